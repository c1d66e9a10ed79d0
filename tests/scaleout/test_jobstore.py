"""The APScheduler job store on PostgreSQL: jobs survive a restart, machines share one job table."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import inspect, text

from oitwatch.settings import Settings
from oitwatch.store import Store
from schedules.daemon import Daemon

from .conftest import write_registry

pytestmark = pytest.mark.postgres

BKK = ZoneInfo("Asia/Bangkok")
SITES = {
    "district-a": "http://127.0.0.1:9/district-a/",
    "district-b": "http://127.0.0.1:9/district-b/",
    "agency-c": "http://127.0.0.2:9/agency-c/",
}


def _stored(store: Store) -> dict[str, float]:
    with store.engine.connect() as conn:
        return dict(conn.execute(text("SELECT id, next_run_time FROM apscheduler_jobs")).all())


def test_jobs_live_in_postgres_and_a_restart_sees_the_same_next_runs(
    pg_settings: Settings, pg_store: Store
) -> None:
    write_registry(pg_settings, SITES)
    first = Daemon(pg_settings).start(paused=True)
    try:
        before = {j.id: j.next_run_time for j in first.nightly_jobs()}
    finally:
        first.shutdown()
    assert sorted(before) == ["nightly:127.0.0.1:9", "nightly:127.0.0.2:9"]  # one job per host
    for when in before.values():
        local = when.astimezone(BKK)
        assert (local.hour, local.minute) == (1, 0)
        assert timedelta(0) < when - datetime.now(BKK) <= timedelta(days=1)
    assert "apscheduler_jobs" in inspect(pg_store.engine).get_table_names()
    rows = _stored(pg_store)
    assert sorted(rows) == sorted(before)
    assert {k: datetime.fromtimestamp(v, BKK) for k, v in rows.items()} == before

    # a job moved (as firing moves it) is stored moved: a restart resumes it, not recomputes it
    moved = before["nightly:127.0.0.2:9"] + timedelta(days=1)
    mover = Daemon(pg_settings).start(paused=True)
    try:
        mover.scheduler.get_job("nightly:127.0.0.2:9").modify(next_run_time=moved)
    finally:
        mover.shutdown()
    assert _stored(pg_store)["nightly:127.0.0.2:9"] == moved.timestamp()
    second = Daemon(pg_settings).start(paused=True)
    try:
        after = {j.id: j.next_run_time for j in second.nightly_jobs()}
    finally:
        second.shutdown()
    assert after == {**before, "nightly:127.0.0.2:9": moved}


def test_two_daemons_on_one_database_share_one_job_per_host(
    pg_settings: Settings, pg_store: Store, tmp_path
) -> None:
    write_registry(pg_settings, SITES)
    # a second machine: its own data dir (and a copy of the same registry), the same database
    other = Settings(**{**pg_settings.model_dump(), "data_dir": tmp_path / "machine-b"})
    write_registry(other, SITES)
    one = Daemon(pg_settings).start(paused=True)
    two = Daemon(other).start(paused=True)
    try:
        assert [j.id for j in one.nightly_jobs()] == [j.id for j in two.nightly_jobs()]
        assert {j.id: j.next_run_time for j in one.nightly_jobs()} == {
            j.id: j.next_run_time for j in two.nightly_jobs()
        }
        with pg_store.engine.connect() as conn:
            count = conn.execute(text("SELECT count(*) FROM apscheduler_jobs")).scalar()
        assert count == 2
    finally:
        two.shutdown()
        one.shutdown()
