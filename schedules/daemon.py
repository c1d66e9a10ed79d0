"""The scheduler daemon: APScheduler with its jobs in the store's database.

One cron job per host (``nightly:<host>``) fires at the window's start and
walks that host's sites (:func:`schedules.nightly.walk_host`); hosts run in
parallel, up to ``settings.schedule_workers``. Retries are one-off jobs
(``retry:<host>``). Jobs live in an ``SQLAlchemyJobStore`` table
(``apscheduler_jobs``) of ``settings.db``, so a restart resumes them, and a
night missed while the daemon was down still runs when it comes back within
the window (``misfire_grace_time`` = the window's length, coalesced).

APScheduler stores a job as a *textual* reference to a function, so the
jobs point at :func:`fire`, which hands over to the process's running
:class:`Daemon` (one per process, set by :meth:`Daemon.start`).
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from types import FrameType

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.job import Job as SchedulerJob
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import STATE_STOPPED
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from sqlalchemy import select

from oitwatch.settings import Settings
from oitwatch.store import Crawl, Site, Store, open_store
from schedules.nightly import WalkReport, checked_since, walk_host
from schedules.notify.outbox import deliver_pending
from schedules.registry import SiteEntry, load_registry
from schedules.runner import Job
from schedules.window import Window, window_from_settings

__all__ = ["Daemon", "deliver", "fire"]

log = logging.getLogger(__name__)


class _Scheduler(BackgroundScheduler):
    """APScheduler 3.11's BackgroundScheduler, minus one last job pass after shutdown.

    Its loop wakes on shutdown and processes due jobs once more with the
    executor already closed: the job's run is consumed (a missed night lost,
    a retry removed) while nothing runs. A stopped scheduler dispatches nothing.
    """

    def _process_jobs(self) -> float | None:
        if self.state == STATE_STOPPED:
            return None
        return super()._process_jobs()


# The daemon of this process; APScheduler jobs reach it through fire().
_running: Daemon | None = None


def fire(host: str, attempt: int = 1, only: list[str] | None = None) -> None:
    """What the stored jobs call: walk ``host`` with this process's daemon."""
    if _running is None:
        log.error("job for %s fired with no daemon running in this process", host)
        return
    _running.walk(host, attempt=attempt, only=only)


def deliver() -> None:
    """What the start-up job calls: send every alert left pending (a crash mid-delivery)."""
    if _running is None:
        log.error("delivery fired with no daemon running in this process")
        return
    report = deliver_pending(_running.store, _running.settings)
    if report.sent or report.failed:
        log.info(
            "alerts left from before the start: %d sent, %d undelivered", report.sent, report.failed
        )


class Daemon:
    """Build with settings (and optionally a job and a clock), :meth:`start`, later :meth:`shutdown`."""

    def __init__(
        self,
        settings: Settings,
        *,
        job: Job | None = None,
        clock: Callable[[], datetime] | None = None,
        store: Store | None = None,
    ):
        self.settings = settings
        self.window: Window = window_from_settings(settings)
        self.job = job
        self.clock = clock
        self.store = store or open_store(settings.db)
        self._own_store = store is None
        self.stop = threading.Event()
        self.reports: list[WalkReport] = []
        self.walked = threading.Condition()
        self.scheduler = _Scheduler(
            timezone=self.window.tz,
            # "startup": this start's own one-off job (pending alerts), not kept
            jobstores={
                "default": SQLAlchemyJobStore(engine=self.store.engine),
                "startup": MemoryJobStore(),
            },
            executors={"default": ThreadPoolExecutor(settings.schedule_workers)},
            job_defaults={
                "coalesce": True,
                "max_instances": 1,
                "misfire_grace_time": int(self.window.length.total_seconds()),
            },
        )

    # --- jobs ---------------------------------------------------------------------------

    def trigger(self) -> CronTrigger:
        """Every day at the window's start, local time."""
        return CronTrigger(
            hour=self.window.start.hour, minute=self.window.start.minute, timezone=self.window.tz
        )

    def sync_jobs(self) -> list[SchedulerJob]:
        """One nightly job per host of the registry; unchanged jobs keep their stored next run."""
        hosts = set(load_registry(self.settings).by_host())
        trigger = self.trigger()
        for job in self.scheduler.get_jobs():
            if job.id.startswith("nightly:") and job.id.removeprefix("nightly:") not in hosts:
                job.remove()
        for host in sorted(hosts):
            existing = self.scheduler.get_job(f"nightly:{host}")
            if existing is not None and repr(existing.trigger) == repr(trigger):
                continue
            self.scheduler.add_job(
                "schedules.daemon:fire",
                trigger,
                id=f"nightly:{host}",
                name=f"nightly crawl-and-check of {host}",
                kwargs={"host": host},
                replace_existing=True,
            )
        return self.nightly_jobs()

    def nightly_jobs(self) -> list[SchedulerJob]:
        return sorted(
            (j for j in self.scheduler.get_jobs() if j.id.startswith("nightly:")),
            key=lambda j: j.id,
        )

    def walk(self, host: str, *, attempt: int = 1, only: list[str] | None = None) -> WalkReport:
        """Walk ``host`` now and schedule its retry if one is due.

        With a broker configured (``settings.broker``) the walk only enqueues the
        host's sites for tonight; workers check them and the queue retries them.
        """
        if self.settings.broker:
            return self._enqueue(host)
        report = walk_host(
            self.settings,
            self.store,
            load_registry(self.settings),
            host,
            job=self.job,
            clock=self.clock,
            attempt=attempt,
            only=only,
            stop=self.stop,
        )
        if report.retry_at is not None and not self.stop.is_set():
            self.scheduler.add_job(
                "schedules.daemon:fire",
                DateTrigger(run_date=report.retry_at),
                id=f"retry:{host}",
                name=f"retry {', '.join(report.retry_keys)}",
                kwargs={"host": host, "attempt": attempt + 1, "only": report.retry_keys},
                replace_existing=True,
            )
            log.info(
                "%s: retry of %s at %s",
                host,
                ", ".join(report.retry_keys),
                report.retry_at.isoformat(),
            )
        with self.walked:
            self.reports = [*self.reports[-99:], report]  # the latest walks, for callers and tests
            self.walked.notify_all()
        return report

    def _enqueue(self, host: str) -> WalkReport:
        from schedules.queue import TaskQueue

        clock = self.clock or (lambda: datetime.now(self.window.tz))
        night = self.window.bounds(clock())[0].date()
        sites = load_registry(self.settings).by_host().get(host, [])
        queue = TaskQueue(self.settings, job=self.job)
        try:
            sent = queue.enqueue(sites, night=night)
        finally:
            queue.close()
        report = WalkReport(
            host,
            1,
            note=f"enqueued {len(sent.sent)} site(s) for the night of {night.isoformat()}, "
            f"{len(sent.already)} already queued",
        )
        log.info("%s: %s", host, report.note)
        with self.walked:
            self.reports = [*self.reports[-99:], report]
            self.walked.notify_all()
        return report

    def resume_tonight(self) -> list[str]:
        """Walk now every host whose run tonight is over but whose window is still open.

        After a crash or restart mid-night the nightly job has fired (its next
        run is tomorrow), yet sites it did not reach, or whose crawl died, are
        unchecked: a walk skips those already checked tonight and takes the rest.
        Returns the hosts resumed.
        """
        now = self.clock() if self.clock else datetime.now(self.window.tz)
        if not self.window.contains(now):
            return []
        night_start, night_end = self.window.bounds(now)
        real_now = datetime.now(self.window.tz)
        tonight_until = real_now + (night_end - now)  # the window's end on the scheduler's clock
        by_host = load_registry(self.settings).by_host()
        resumed = []
        for job in self.nightly_jobs():
            if job.next_run_time is not None and job.next_run_time <= tonight_until:
                continue  # tonight's walk is still to come (or missed and about to run late)
            host = job.id.removeprefix("nightly:")
            if self.scheduler.get_job(f"retry:{host}") is not None:
                continue  # a retry of tonight's walk is already stored
            if not self._walked_tonight(by_host.get(host, []), night_start, night_end):
                continue  # no walk of this host began tonight: nothing to resume
            # The host's own nightly job fires again now (one job: never two walks of a host
            # at once); after it, its trigger gives tomorrow's start as before.
            job.modify(next_run_time=real_now)
            resumed.append(host)
        if resumed:
            log.info("resuming tonight's walk of %s", ", ".join(resumed))
        return resumed

    def _walked_tonight(
        self, sites: list[SiteEntry], night_start: datetime, night_end: datetime
    ) -> bool:
        """Whether a walk of these sites began tonight: one was checked, or a crawl started."""
        last = (night_end - timedelta(seconds=1)).date()
        if any(checked_since(self.store, s.key, night_start.date(), last) for s in sites):
            return True
        with self.store.session() as s:
            found = s.scalar(
                select(Crawl.id)
                .join(Site, Crawl.site_id == Site.id)
                .where(Site.key.in_([e.key for e in sites]), Crawl.started_at >= night_start)
                .limit(1)
            )
        return found is not None

    # --- life cycle ---------------------------------------------------------------------

    def start(self, *, paused: bool = False) -> Daemon:
        """Start the scheduler: jobs missed while down within their grace time run now, tonight's
        unfinished sites are resumed while the window is open, pending alerts are sent."""
        global _running
        _running = self
        self.scheduler.start(paused=True)
        self.sync_jobs()
        self.resume_tonight()
        self.scheduler.add_job(
            "schedules.daemon:deliver",
            DateTrigger(run_date=datetime.now(self.window.tz)),
            jobstore="startup",
            id="deliver:start",
            name="alerts left pending",
            replace_existing=True,
        )
        if not paused:
            self.scheduler.resume()
        return self

    def shutdown(self, *, wait: bool = True) -> None:
        """Start no new site, let the running one finish (``wait``), stop the scheduler."""
        global _running
        self.stop.set()
        if self.scheduler.running:
            self.scheduler.shutdown(wait=wait)
        if _running is self:
            _running = None
        if self._own_store:
            self.store.close()

    def run_forever(self) -> None:
        """Run until SIGTERM or SIGINT, then shut down cleanly."""

        def on_signal(signum: int, _frame: FrameType | None) -> None:
            log.info("signal %d: finishing the running site, then stopping", signum)
            self.stop.set()

        previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
        try:
            self.start()
            while not self.stop.wait(1.0):
                pass
        finally:
            self.shutdown(wait=True)
            for sig, handler in previous.items():
                signal.signal(sig, handler)
