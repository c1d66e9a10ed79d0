"""Recovery with real services: a job row whose message never reached the broker, messages the
broker lost (``enqueue --force``), alerts of a worker killed after storing its run."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import redis
from sqlalchemy import select

from oitwatch.devserver import SiteServer
from oitwatch.settings import Settings
from oitwatch.store import Notification, QueueJob, open_store, utcnow

from .conftest import write_registry
from .queueing import Workers, _enqueue, _jobs, _runs, _wait, tiny_site

pytestmark = [pytest.mark.redis, pytest.mark.postgres]


def test_a_job_never_sent_is_sent_by_the_next_enqueue_and_force_resends_lost_messages(
    queue_settings: Settings, workers: Workers, tmp_path: Path
) -> None:
    root = tmp_path / "sites"
    for key in ("k1", "k2", "k3"):
        tiny_site(root, key, pages=1)
    with SiteServer(root) as server:
        write_registry(queue_settings, {k: server.url(f"/{k}/") for k in ("k1", "k2", "k3")})
        store = open_store(queue_settings.db)
        try:
            # What an enqueuer killed between its job row and the broker leaves: a queued row
            # never sent (k1, two minutes ago), and one being sent right now by another (k2).
            with store.session() as s:
                s.add(QueueJob(site_key="k1", enqueued_at=utcnow() - timedelta(minutes=2)))
                s.add(QueueJob(site_key="k2"))
        finally:
            store.close()
        # k3 is sent, then Redis loses its messages (a restart without persistence).
        assert _enqueue(queue_settings, "k3").startswith("enqueued 1 site(s)")
        client = redis.Redis.from_url(queue_settings.broker)
        for key in client.scan_iter(f"{queue_settings.queue_namespace}*"):
            client.delete(key)
        client.close()
        ids = {k: j.id for k, j in _jobs(queue_settings).items()}

        out = _enqueue(queue_settings, "k1", "k2", "k3")
        assert out.startswith(
            "enqueued 0 site(s); sent again 1 site(s) not sent or lost; 2 already"
        ), out
        assert _jobs(queue_settings)["k1"].sent_at is not None
        assert _jobs(queue_settings)["k2"].sent_at is None  # another enqueuer's, left alone
        out = _enqueue(queue_settings, "--force", "k2", "k3")
        assert out.startswith("enqueued 0 site(s); sent again 2 site(s) not sent or lost"), out

        workers.start()
        _wait(
            lambda: all(j.state == "done" for j in _jobs(queue_settings).values()),
            180,
            workers,
            "all checked",
        )
    assert {k: j.id for k, j in _jobs(queue_settings).items()} == ids  # the same jobs, done
    assert _runs(queue_settings) == {"k1": 1, "k2": 1, "k3": 1}


@dataclass
class StallingHook:
    """A webhook receiver whose first POST hangs (the worker is killed meanwhile)."""

    url: str = ""
    deliveries: list[str] = field(default_factory=list)  # X-Oitwatch-Delivery of each POST
    first: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)


@pytest.fixture
def stalling_hook() -> Iterator[StallingHook]:
    hook = StallingHook()
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
            with lock:
                hook.deliveries.append(self.headers["X-Oitwatch-Delivery"])
                stall = not hook.first.is_set()
                hook.first.set()
            assert body["delivery_id"] == self.headers["X-Oitwatch-Delivery"]
            if stall:
                hook.release.wait(30)
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    hook.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield hook
    hook.release.set()
    server.shutdown()
    server.server_close()


def _notifications(settings: Settings) -> list[Notification]:
    store = open_store(settings.db)
    try:
        with store.session() as s:
            return list(s.scalars(select(Notification).order_by(Notification.id)))
    finally:
        store.close()


def test_alerts_of_a_worker_killed_after_storing_its_run_are_delivered_by_the_redelivery(
    queue_settings: Settings, stalling_hook: StallingHook, tmp_path: Path
) -> None:
    settings = Settings(
        **{
            **queue_settings.model_dump(),
            "webhook_url": stalling_hook.url,
            "notify_attempts": 1,
            "notify_timeout": 2,
            "notify_backoff": 0,
        }
    )
    (tmp_path / "logs").mkdir()
    workers = Workers(settings, tmp_path / "logs")
    try:
        root = tmp_path / "sites"
        tiny_site(root, "w1")
        with SiteServer(root) as server:
            write_registry(settings, {"w1": server.url("/w1/")})
            first = workers.start()
            _enqueue(settings, "w1")
            # The first check of a site: its failing items are newly failing, one post each.
            assert stalling_hook.first.wait(180), workers.logs()
            workers.kill(first)  # kill -9 while the first alert is being posted
            rows = _notifications(settings)
            # The alerts were committed with the run: none lost to the kill.
            assert _runs(settings) == {"w1": 1} and len(rows) > 1
            assert len({r.run_id for r in rows}) == 1 and rows[0].run_id is not None
            assert sum(r.status == "sent" for r in rows) == 0
            stalled = stalling_hook.deliveries[0]

            second = workers.start()
            _wait(
                lambda: (
                    _jobs(settings)["w1"].state == "done"
                    and all(r.status == "sent" for r in _notifications(settings))
                ),
                120,
                workers,
                "alerts delivered after the kill",
            )
    finally:
        workers.stop_all()
    job = _jobs(settings)["w1"]
    assert job.worker.endswith(f":{second.pid}") and _runs(settings) == {"w1": 1}, workers.logs()
    rows = _notifications(settings)
    # Every alert delivered; the one cut short was posted again with the same delivery id
    # (a receiver keeping ids drops it), the others exactly once.
    assert stalling_hook.deliveries.count(stalled) == 2
    assert len(stalling_hook.deliveries) == len(rows) + 1
