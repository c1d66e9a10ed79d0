"""The task queue with real services: Redis (broker and mutexes), PostgreSQL, worker processes.

Workers are ``oitwatch worker`` processes (each in its own process group, so
``kill -9`` takes its crawl child too, as when a machine dies); sites are
real loopback sites crawled and checked by the real ``check_site``.
"""

from __future__ import annotations

import itertools
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner

from oitwatch.devserver import Fault, SiteServer
from oitwatch.settings import Settings
from schedules.queue_cli import status

from .conftest import write_registry
from .queueing import REDIS, Workers, _enqueue, _jobs, _runs, _wait, tiny_site

pytestmark = [pytest.mark.redis, pytest.mark.postgres]


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
        for name in (f"{ns}-{q}{x}" for q in ("sites", "extract") for x in ("", ".DQ", ".XQ")):
            channel.queue_delete(name)
        conn.close()
