"""The APScheduler daemon: jobs in the store, resumed after a restart, missed nights run late."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from schedules.daemon import Daemon

from .conftest import ScriptedJob, two_districts

BKK = ZoneInfo("Asia/Bangkok")
HOST = "127.0.0.1:9"
NIGHT = datetime(2026, 1, 15, 1, 0, tzinfo=BKK)


def _statuses() -> dict[str, dict[str, str]]:
    return {"district-a": {"O1": "pass"}, "district-b": {"O1": "missing"}}


def test_one_nightly_job_per_host_fires_at_the_window_start(make_settings) -> None:
    settings = make_settings(schedule_window="01:30-05:00")
    two_districts(settings)
    daemon = Daemon(settings).start(paused=True)
    try:
        jobs = daemon.nightly_jobs()
        assert [j.id for j in jobs] == [f"nightly:{HOST}"]
        assert jobs[0].kwargs == {"host": HOST}
        local = jobs[0].next_run_time.astimezone(BKK)
        assert (local.hour, local.minute) == (1, 30)
        assert timedelta(0) < jobs[0].next_run_time - datetime.now(BKK) <= timedelta(days=1)
        # with an explicit "now": the next fire is inside the window, and coalesced misfires are allowed its length
        trigger = daemon.trigger()
        assert trigger.get_next_fire_time(None, NIGHT) == NIGHT.replace(minute=30)
        assert trigger.get_next_fire_time(None, NIGHT.replace(hour=6)) == NIGHT.replace(
            minute=30
        ) + timedelta(days=1)
        assert jobs[0].misfire_grace_time == 3.5 * 3600 and jobs[0].coalesce
    finally:
        daemon.shutdown()


def test_jobs_persist_across_a_restart_and_a_missed_night_runs_on_return(
    make_settings, store
) -> None:
    settings = make_settings()
    two_districts(settings)
    first = Daemon(settings).start(paused=True)
    stored = first.nightly_jobs()[0].next_run_time
    first.shutdown()

    second = Daemon(settings).start(paused=True)
    job = second.nightly_jobs()[0]
    assert job.next_run_time == stored  # resumed from the job store, not recomputed
    # the daemon was down at 01:00: the stored run time is now ten minutes past
    missed = datetime.now(BKK).replace(microsecond=0) - timedelta(minutes=10)
    job.modify(next_run_time=missed)
    second.shutdown()

    clock = lambda: NIGHT + timedelta(minutes=10)  # noqa: E731 - inside tonight's window
    scripted = ScriptedJob(store, _statuses(), clock=clock)
    third = Daemon(settings, job=scripted, clock=clock)
    third.start()
    try:
        with third.walked:
            assert third.walked.wait_for(lambda: third.reports, timeout=60)
        report = third.reports[0]
        assert [(o.site_key, o.status) for o in report.outcomes] == [
            ("district-a", "done"),
            ("district-b", "done"),
        ]
        assert scripted.max_active == 1
        after = third.nightly_jobs()[0].next_run_time
        assert after > datetime.now(BKK)  # fired once (coalesced), next one tomorrow
    finally:
        third.shutdown()


def test_a_retry_is_a_stored_job_for_the_failed_sites_only(make_settings, store) -> None:
    settings = make_settings()
    two_districts(settings)
    clock = lambda: NIGHT + timedelta(minutes=10)  # noqa: E731
    scripted = ScriptedJob(store, _statuses(), clock=clock)
    scripted.crash.add("district-b")
    daemon = Daemon(settings, job=scripted, clock=clock).start(paused=True)
    try:
        report = daemon.walk(HOST)
        assert (
            report.status_of("district-a") == "done" and report.status_of("district-b") == "crashed"
        )
    finally:
        daemon.shutdown()
    again = Daemon(settings).start(paused=True)
    try:
        retry = again.scheduler.get_job(f"retry:{HOST}")
        assert retry is not None
        assert retry.kwargs == {"host": HOST, "attempt": 2, "only": ["district-b"]}
        assert retry.next_run_time == NIGHT + timedelta(minutes=40)
    finally:
        again.shutdown()


def test_a_restart_inside_the_window_resumes_tonight_and_sends_pending_alerts(
    make_settings, store, receiver
) -> None:
    """The daemon died mid-night after district-a: on restart district-b is checked, and the
    alert the crash left pending is delivered, without waiting for tomorrow or a person."""
    from oitwatch.store import Notification, Site
    from schedules.registry import load_registry
    from schedules.runner import run_site

    settings = make_settings()
    two_districts(settings)
    clock = lambda: NIGHT + timedelta(minutes=40)  # noqa: E731 - inside tonight's window
    scripted = ScriptedJob(store, _statuses(), clock=clock)
    first = Daemon(settings).start(paused=True)
    for job in first.nightly_jobs():  # tonight's nightly job fired: its next run is tomorrow's
        # start, on the scheduler's own (real) clock, whatever the hour the test runs at
        job.modify(next_run_time=datetime.now(BKK) + (NIGHT + timedelta(days=1) - clock()))
    first.shutdown()
    run_site(settings, store, load_registry(settings).site("district-a"), job=scripted, now=clock())
    with store.session() as s:
        site_id = s.query(Site).filter_by(key="district-a").one().id
        s.add(
            Notification(
                dedupe_key="district-a:bma-2567:O1:newly_failing:missing:webhook:crash",
                site_id=site_id,
                code="O1",
                change="newly_failing",
                channel="webhook",
                recipient=receiver.url,
                payload={"text": "O1 ไม่ผ่าน", "code": "O1"},
            )
        )

    daemon = Daemon(settings, job=scripted, clock=clock)
    daemon.start()
    try:
        with daemon.walked:
            assert daemon.walked.wait_for(lambda: daemon.reports, timeout=60)
        outcomes = [(o.site_key, o.status) for o in daemon.reports[0].outcomes]
        assert outcomes == [("district-b", "done"), ("district-a", "skipped")]
        deadline = datetime.now() + timedelta(seconds=30)
        while not receiver.posts and datetime.now() < deadline:
            threading.Event().wait(0.1)
        assert [p["code"] for p in receiver.posts] == ["O1"]
        with store.session() as s:
            assert s.query(Notification).one().status == "sent"
    finally:
        daemon.shutdown()
