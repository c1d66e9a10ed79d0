"""``oitwatch worker``: a Dramatiq worker taking sites and extract jobs from the queue, until SIGTERM.

``queues`` picks what it takes: ``sites`` (crawl and check a site) and
``extract`` (read one document needing OCR); both by default, ``extract``
alone on a machine kept for OCR.

Any number of workers, on any machine, share one broker, one store and one
bodies folder. SIGTERM or SIGINT stops taking messages, lets the sites being
checked finish (up to ``grace`` seconds) and gives prefetched messages back;
a site still running after the grace is delivered again to another worker
(see :mod:`schedules.queue`).
"""

from __future__ import annotations

import logging
import signal
import threading
from types import FrameType

import dramatiq

from oitwatch.settings import Settings
from schedules.queue import QUEUES, TaskQueue
from schedules.runner import Job

__all__ = ["run_worker"]

log = logging.getLogger(__name__)


def run_worker(
    settings: Settings,
    *,
    threads: int | None = None,
    grace: float = 600.0,
    stop: threading.Event | None = None,
    job: Job | None = None,
    queues: tuple[str, ...] = QUEUES,
) -> None:
    """Take messages of ``queues`` with ``threads`` threads until ``stop`` is set or a signal comes."""
    threads = threads or settings.worker_threads
    settings = settings.model_copy(update={"worker_threads": threads})  # sizes the OCR pool
    stop = stop or threading.Event()
    queue = TaskQueue(settings, job=job)
    queue.store()  # migrate and connect before taking messages
    worker = dramatiq.Worker(
        queue.broker,
        worker_threads=threads,
        worker_timeout=1000,
        queues=queue.queue_names(queues),
    )
    # One message per thread in hand: a killed worker holds back no more than it was checking.
    worker.queue_prefetch = threads

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        log.info("signal %d: finishing the sites being checked, then stopping", signum)
        stop.set()

    previous = {}
    if threading.current_thread() is threading.main_thread():
        previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    worker.start()
    log.info("worker on %s: %d thread(s), queues %s", settings.broker, threads, ",".join(queues))
    try:
        stop.wait()
    finally:
        worker.stop(timeout=int(grace * 1000))
        queue.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        log.info("worker stopped")
