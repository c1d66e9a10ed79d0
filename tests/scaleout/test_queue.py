"""The task queue with real services: Redis (broker and mutexes), PostgreSQL, worker processes.

Workers are ``oitwatch worker`` processes (each in its own process group, so
``kill -9`` takes its crawl child too, as when a machine dies); sites are
real loopback sites crawled and checked by the real ``check_site``.
"""

from __future__ import annotations

import itertools
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from oitwatch.devserver import Fault, SiteServer
from oitwatch.settings import Settings
from oitwatch.store import QueueJob, Run, Site, open_store
from schedules.queue_cli import enqueue, status

from .conftest import write_registry

pytestmark = [pytest.mark.redis, pytest.mark.postgres]

REDIS = "redis://127.0.0.1:6379/0"


def tiny_site(root: Path, slug: str, pages: int = 3) -> None:
    """A small Thai agency site: a home page linking ``pages`` pages."""
    site = root / slug
    site.mkdir(parents=True)
    links = "".join(f'<li><a href="p{n}.html">ข่าวประชาสัมพันธ์ {n}</a></li>' for n in range(pages))
    (site / "index.html").write_text(
        f"<html><head><meta charset='utf-8'><title>องค์การบริหารส่วนตำบล {slug}</title></head>"
        f"<body><h1>หน้าหลัก</h1><ul>{links}</ul></body></html>",
        encoding="utf-8",
    )
    for n in range(pages):
        (site / f"p{n}.html").write_text(
            f"<html><head><meta charset='utf-8'><title>ข่าว {n}</title></head>"
            f"<body><p>ประกาศ {slug} ฉบับที่ {n} วันที่ ๑ มกราคม ๒๕๖๘</p></body></html>",
            encoding="utf-8",
        )


@pytest.fixture
def redis_url() -> Iterator[str]:
    """The Redis service, or a skip saying it is absent."""
    import redis

    client = redis.Redis.from_url(REDIS, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.exceptions.ConnectionError as exc:
        pytest.skip(f"Redis not reachable on 127.0.0.1:6379: {exc}")
    yield REDIS
    client.close()


@pytest.fixture
def queue_settings(pg_url: str, redis_url: str, tmp_path: Path) -> Iterator[Settings]:
    """Settings on the throw-away PostgreSQL database and a namespace of its own in Redis."""
    import redis

    ns = f"t{secrets.token_hex(5)}"
    settings = Settings(
        data_dir=tmp_path / "data",
        db=pg_url,
        broker=redis_url,
        queue_namespace=ns,
        delay=0.3,
        redelivery_seconds=3,
        host_lease_seconds=3,
        contact="tests@oitwatch.invalid",
    )
    yield settings
    client = redis.Redis.from_url(redis_url)
    for key in client.scan_iter(f"{ns}*"):
        client.delete(key)
    client.close()


class Workers:
    """``oitwatch worker`` processes started with ``settings`` in the environment."""

    def __init__(self, settings: Settings, log_dir: Path):
        self.settings = settings
        self.log_dir = log_dir
        self.procs: list[subprocess.Popen] = []

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        for name, value in self.settings.model_dump(mode="json").items():
            if value is not None:
                env[f"OITWATCH_{name.upper()}"] = str(value)
        return env

    def start(self, threads: int = 1) -> subprocess.Popen:
        with (self.log_dir / f"worker-{len(self.procs)}.log").open("wb") as log:
            proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "oitwatch",
                    "worker",
                    "--threads",
                    str(threads),
                    "--grace",
                    "60",
                ],
                env=self.env(),
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.procs.append(proc)
        return proc

    def kill(self, proc: subprocess.Popen) -> None:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()

    def stop_all(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=90)
            except subprocess.TimeoutExpired:
                self.kill(proc)

    def logs(self) -> str:
        return "\n".join(p.read_text(errors="replace")[-3000:] for p in self.log_dir.glob("*.log"))


@pytest.fixture
def workers(queue_settings: Settings, tmp_path: Path) -> Iterator[Workers]:
    (tmp_path / "logs").mkdir()
    w = Workers(queue_settings, tmp_path / "logs")
    yield w
    w.stop_all()


def _enqueue(settings: Settings, *keys: str) -> None:
    env = {
        f"OITWATCH_{k.upper()}": str(v)
        for k, v in settings.model_dump(mode="json").items()
        if v is not None
    }
    res = CliRunner(env=env).invoke(enqueue, list(keys))
    assert res.exit_code == 0, res.output


def _wait(cond: Callable[[], bool], timeout: float, workers: Workers, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            pytest.fail(f"{what}: not within {timeout:g} s\n{workers.logs()}")
        time.sleep(0.3)


def _jobs(settings: Settings) -> dict[str, QueueJob]:
    store = open_store(settings.db)
    try:
        with store.session() as s:
            return {j.site_key: j for j in s.scalars(select(QueueJob))}
    finally:
        store.close()


def _runs(settings: Settings) -> dict[str, int]:
    store = open_store(settings.db)
    try:
        with store.session() as s:
            rows = s.execute(
                select(Site.key, func.count(Run.id))
                .join(Run, Run.site_id == Site.id)
                .group_by(Site.key)
            )
            return dict(rows.all())
    finally:
        store.close()


def test_a_killed_workers_site_is_redelivered_and_checked_once_by_another(
    queue_settings: Settings, workers: Workers, tmp_path: Path
) -> None:
    root = tmp_path / "sites"
    tiny_site(root, "slow")
    # Each page answers after 1 s: the crawl is still running when its worker is killed.
    faults = {
        f"/slow/p{n}.html": Fault(
            delay=1.0, body=b"<p>ok</p>", headers={"Content-Type": "text/html"}
        )
        for n in range(3)
    }
    with SiteServer(root, faults=faults) as server:
        write_registry(queue_settings, {"slow": server.url("/slow/")})
        first = workers.start()
        _enqueue(queue_settings, "slow")
        _wait(lambda: _jobs(queue_settings)["slow"].state == "running", 60, workers, "site taken")
        assert _jobs(queue_settings)["slow"].worker.endswith(f":{first.pid}")
        workers.kill(first)  # kill -9 mid-crawl, its crawl child with it
        assert _jobs(queue_settings)["slow"].state == "running"  # nobody said it ended

        second = workers.start()
        _wait(lambda: _jobs(queue_settings)["slow"].state == "done", 120, workers, "redelivered")
    job = _jobs(queue_settings)["slow"]
    assert job.worker.endswith(f":{second.pid}") and job.attempts == 2
    assert _runs(queue_settings) == {"slow": 1}
    assert job.run_id is not None

    res = CliRunner().invoke(
        status,
        ["--json", "slow", "--data-dir", str(queue_settings.data_dir), "--db", queue_settings.db],
    )
    assert res.exit_code == 0, res.output
    assert '"state": "done"' in res.output and f'"last_run_id": {job.run_id}' in res.output


def test_two_workers_never_crawl_one_host_at_once_and_keep_its_delay(
    queue_settings: Settings, workers: Workers, tmp_path: Path
) -> None:
    root = tmp_path / "sites"
    keys = ["a1", "a2", "a3"]
    for key in keys:
        tiny_site(root, key, pages=4)
    with SiteServer(root) as server:
        write_registry(queue_settings, {k: server.url(f"/{k}/") for k in keys})
        first = workers.start()
        _enqueue(queue_settings, "a1")
        _wait(lambda: _jobs(queue_settings)["a1"].state == "running", 60, workers, "a1 taken")
        second = workers.start()  # the first is busy: the second takes a2 and a3, and must wait
        _enqueue(queue_settings, "a2", "a3")
        _wait(
            lambda: (
                all(j.state == "done" for j in _jobs(queue_settings).values())
                and len(_jobs(queue_settings)) == 3
            ),
            180,
            workers,
            "all done",
        )
        timings = server.timings
    jobs = _jobs(queue_settings)
    assert jobs["a1"].worker.endswith(f":{first.pid}")
    assert {j.worker.rsplit(":", 1)[1] for j in jobs.values()} <= {str(first.pid), str(second.pid)}
    spans = {}
    for path, start, end in timings:
        key = path.strip("/").split("/")[0]
        if key == "robots.txt":  # the host's, asked by every crawl: in the gaps below
            continue
        lo, hi = spans.get(key, (start, end))
        spans[key] = (min(lo, start), max(hi, end))
    ordered = sorted(spans.values())
    assert len(ordered) == 3
    for (_, end), (start, _) in itertools.pairwise(ordered):
        assert start >= end + queue_settings.delay * 0.9, (ordered, workers.logs())
    starts = sorted(start for _, start, _ in timings)
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    # Scrapy's delay jitter is ±50 %: no two requests to the host closer than half the delay.
    assert min(gaps) >= queue_settings.delay * 0.5 * 0.9, gaps
    assert _runs(queue_settings) == dict.fromkeys(keys, 1)


def test_the_nightly_job_of_two_machines_enqueues_each_site_once(
    queue_settings: Settings, tmp_path: Path
) -> None:
    from schedules.daemon import Daemon

    write_registry(
        queue_settings,
        {k: f"http://127.0.0.2:9/{k}/" for k in ("n1", "n2")} | {"n3": "http://127.0.0.3:9/n3/"},
    )
    machine_b = Settings(**{**queue_settings.model_dump(), "data_dir": tmp_path / "machine-b"})
    write_registry(machine_b, {k: f"http://127.0.0.2:9/{k}/" for k in ("n1", "n2")})
    notes = []
    for settings in (queue_settings, machine_b):
        daemon = Daemon(settings)
        try:
            notes.append(daemon.walk("127.0.0.2:9").note)
        finally:
            daemon.shutdown(wait=False)
    assert notes[0].startswith("enqueued 2 site(s)") and notes[1].startswith("enqueued 0 site(s)")
    jobs = _jobs(queue_settings)
    assert sorted(jobs) == ["n1", "n2"]  # n3 is another host's job
    assert all(j.state == "queued" and j.dedupe.startswith(j.site_key + "@") for j in jobs.values())


RABBIT = "amqp://guest:guest@127.0.0.1:5672/"


@pytest.mark.rabbitmq
def test_a_site_sent_through_rabbitmq_is_checked_and_the_worker_stops_on_sigterm(
    queue_settings: Settings, tmp_path: Path
) -> None:
    pika = pytest.importorskip("pika")
    try:
        conn = pika.BlockingConnection(pika.URLParameters(RABBIT))
    except pika.exceptions.AMQPConnectionError as exc:
        pytest.skip(f"RabbitMQ not reachable on 127.0.0.1:5672: {exc}")
    settings = Settings(**{**queue_settings.model_dump(), "broker": RABBIT, "rate_limits": REDIS})
    workers = Workers(settings, tmp_path)
    try:
        root = tmp_path / "sites"
        tiny_site(root, "r1")
        with SiteServer(root) as server:
            write_registry(settings, {"r1": server.url("/r1/")})
            proc = workers.start()
            _enqueue(settings, "r1")
            _wait(lambda: _jobs(settings)["r1"].state == "done", 120, workers, "checked")
        assert _runs(settings) == {"r1": 1}
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0, workers.logs()
        assert "worker stopped" in workers.logs()
    finally:
        workers.stop_all()
        channel = conn.channel()
        ns = settings.queue_namespace
        for name in (f"{ns}-sites", f"{ns}-sites.DQ", f"{ns}-sites.XQ"):
            channel.queue_delete(name)
        conn.close()
