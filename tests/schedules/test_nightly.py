"""The nightly walk of a host, driven with an explicit clock."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from oitwatch.store import Run
from schedules.nightly import walk_host
from schedules.registry import load_registry

from .conftest import ScriptedJob, two_districts

BKK = ZoneInfo("Asia/Bangkok")
HOST = "127.0.0.1:9"
NIGHT = datetime(2026, 1, 15, 1, 0, tzinfo=BKK)


class Clock:
    """A clock that moves only when told (each site takes ``step``)."""

    def __init__(self, now: datetime, step: timedelta = timedelta(minutes=20)):
        self.now, self.step = now, step

    def __call__(self) -> datetime:
        return self.now

    def tick(self) -> None:
        self.now += self.step


def _statuses() -> dict[str, dict[str, str]]:
    return {
        "district-a": {"O1": "pass", "O3": "missing"},
        "district-b": {"O1": "stale", "O3": "pass"},
    }


def test_outside_the_window_nothing_starts(make_settings, store) -> None:
    settings = make_settings()
    registry = two_districts(settings)
    job = ScriptedJob(store, _statuses())
    report = walk_host(
        settings, store, registry, HOST, job=job, clock=lambda: NIGHT - timedelta(minutes=1)
    )
    assert report.outcomes == [] and report.note == "outside the window"
    assert job.log == []


def test_sites_of_one_host_run_one_after_another_in_the_window(make_settings, store) -> None:
    settings = make_settings()
    registry = two_districts(settings)
    clock = Clock(NIGHT + timedelta(minutes=5))
    job = ScriptedJob(store, _statuses(), clock=clock)
    report = walk_host(settings, store, registry, HOST, job=job, clock=clock)
    assert [(o.site_key, o.status) for o in report.outcomes] == [
        ("district-a", "done"),
        ("district-b", "done"),
    ]
    assert job.max_active == 1
    assert job.log == [
        ("district-a", "start"),
        ("district-a", "end"),
        ("district-b", "start"),
        ("district-b", "end"),
    ]
    with store.session() as s:
        assert s.query(Run).count() == 2
    # a second walk in the same night (a restart, or another process) redoes nothing
    clock.tick()
    again = walk_host(settings, store, registry, HOST, job=job, clock=clock)
    assert {o.status for o in again.outcomes} == {"skipped"}
    assert len(job.log) == 4
    # the next night both run again, least recently checked first
    clock.now = NIGHT + timedelta(days=1, minutes=1)
    nxt = walk_host(settings, store, registry, HOST, job=job, clock=clock)
    assert [o.status for o in nxt.outcomes] == ["done", "done"]


def test_a_crash_is_contained_and_retried_later_within_the_window(make_settings, store) -> None:
    settings = make_settings(schedule_retry_minutes=30, schedule_attempts=3)
    registry = two_districts(settings)
    clock = Clock(NIGHT + timedelta(minutes=5))
    job = ScriptedJob(store, _statuses(), clock=clock)
    job.crash.add("district-a")
    report = walk_host(settings, store, registry, HOST, job=job, clock=clock)
    assert report.status_of("district-a") == "crashed"
    assert "simulated crash" in (report.outcomes[0].error or "")
    assert report.status_of("district-b") == "done"
    assert report.retry_keys == ["district-a"]
    assert report.retry_at == clock.now + timedelta(minutes=30)
    # the retry walks only the failed site; it works this time
    job.crash.clear()
    clock.now = report.retry_at
    retry = walk_host(
        settings, store, registry, HOST, job=job, clock=clock, attempt=2, only=report.retry_keys
    )
    assert [(o.site_key, o.status) for o in retry.outcomes] == [("district-a", "done")]
    assert retry.retry_at is None


def test_retries_are_bounded_by_attempts_and_by_the_window(make_settings, store) -> None:
    settings = make_settings(schedule_attempts=2)
    registry = two_districts(settings)
    job = ScriptedJob(store, _statuses())
    job.crash.add("district-b")
    last_try = walk_host(
        settings,
        store,
        registry,
        HOST,
        job=job,
        clock=lambda: NIGHT + timedelta(hours=1),
        attempt=2,
    )
    assert last_try.status_of("district-b") == "crashed" and last_try.retry_at is None
    late = walk_host(
        settings,
        store,
        registry,
        HOST,
        job=job,
        clock=lambda: NIGHT + timedelta(hours=3, minutes=45),
    )
    assert (
        late.status_of("district-b") == "crashed" and late.retry_at is None
    )  # 04:15 + 30 min is past 05:00


def test_the_window_closing_stops_new_sites(make_settings, store) -> None:
    settings = make_settings()
    registry = two_districts(settings)
    clock = Clock(NIGHT + timedelta(hours=3, minutes=50), step=timedelta(minutes=20))

    def slow_job(*args, **kwargs):
        result = job(*args, **kwargs)
        clock.tick()  # the first site ends at 05:10, after the window
        return result

    job = ScriptedJob(store, _statuses(), clock=clock)
    report = walk_host(settings, store, registry, HOST, job=slow_job, clock=clock)
    assert [o.status for o in report.outcomes] == ["done", "skipped"]
    assert report.outcomes[1].error == "the window closed"


def test_unconfigured_sites_are_never_walked(make_settings, store) -> None:
    settings = make_settings()
    two_districts(settings)
    registry = load_registry(settings)
    registry.sites["district-b"].url = None
    job = ScriptedJob(store, _statuses())
    report = walk_host(settings, store, registry, HOST, job=job, clock=lambda: NIGHT)
    assert [o.site_key for o in report.outcomes] == ["district-a"]


def test_a_second_scheduler_walking_the_same_host_is_refused_then_skips(
    make_settings, store
) -> None:
    """Two schedulers started by mistake: while one crawls, the other gets "busy", never a parallel crawl."""
    from oitwatch.store import open_store

    settings = make_settings()
    registry = two_districts(settings)
    clock = Clock(NIGHT + timedelta(minutes=5))
    other_store = open_store(settings.db)  # the other process's own connection pool
    other_job = ScriptedJob(other_store, _statuses(), clock=clock)
    seen: list = []

    def job(*args, **kwargs):
        if not seen:  # mid-crawl of the first site, the other scheduler fires
            seen.append(
                walk_host(settings, other_store, registry, HOST, job=other_job, clock=clock)
            )
        return first_job(*args, **kwargs)

    first_job = ScriptedJob(store, _statuses(), clock=clock)
    try:
        report = walk_host(settings, store, registry, HOST, job=job, clock=clock)
        assert [o.status for o in report.outcomes] == ["done", "done"]
        other = seen[0]
        assert [o.status for o in other.outcomes] == ["busy", "busy"]
        assert other_job.log == [] and other.retry_keys == ["district-a", "district-b"]
        # its retry finds both sites checked tonight and does nothing
        clock.now = other.retry_at
        retry = walk_host(
            settings,
            other_store,
            registry,
            HOST,
            job=other_job,
            clock=clock,
            attempt=2,
            only=other.retry_keys,
        )
        assert [o.status for o in retry.outcomes] == ["skipped", "skipped"] and other_job.log == []
    finally:
        other_store.close()
