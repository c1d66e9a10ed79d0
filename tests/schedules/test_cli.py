"""``oitwatch schedule ...``: the list, and the daemon's clean stop on SIGTERM with its jobs kept."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from click.testing import CliRunner
from sqlalchemy import inspect

from oitwatch.store import open_store
from oitwatch.thai import thai_month_name
from schedules.cli import schedule

from .conftest import two_districts

BKK = ZoneInfo("Asia/Bangkok")


def test_schedule_list_shows_next_run_in_thai_and_iso(make_settings, monkeypatch) -> None:
    monkeypatch.setenv("OITWATCH_SCHEDULE_WINDOW", "02:15-04:00")
    settings = make_settings()
    two_districts(settings)
    now = datetime.now(BKK)
    nxt = now.replace(hour=2, minute=15, second=0, microsecond=0)
    if nxt <= now:
        nxt += timedelta(days=1)
    runner = CliRunner()
    res = runner.invoke(schedule, ["list", "--data-dir", str(settings.data_dir)])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    thai = f"{nxt.day} {thai_month_name(nxt.month)} {nxt.year + 543} 02:15 น."
    assert (
        lines[0]
        == f"district-a\tตัวอย่างเอ\t{thai} ({nxt.isoformat()})\tลำดับ (order) 1/2 @ 127.0.0.1:9"
    )
    assert lines[1].startswith("district-b\tตัวอย่างบี\t") and lines[1].endswith(
        "ลำดับ (order) 2/2 @ 127.0.0.1:9"
    )
    data = json.loads(
        runner.invoke(schedule, ["list", "--json", "--data-dir", str(settings.data_dir)]).output
    )
    assert [d["site_key"] for d in data] == ["district-a", "district-b"]
    assert data[0]["next_run"] == nxt.isoformat() and data[0]["last_run"] is None


def test_schedule_now_refuses_an_unconfigured_site(settings) -> None:
    res = CliRunner().invoke(schedule, ["now", "dusit", "--data-dir", str(settings.data_dir)])
    assert res.exit_code != 0 and "not configured" in res.output


def test_the_daemon_stops_cleanly_on_sigterm_and_keeps_its_jobs(make_settings) -> None:
    settings = make_settings()
    two_districts(settings)
    proc = subprocess.Popen(
        [sys.executable, "-m", "oitwatch", "schedule", "run", "--data-dir", str(settings.data_dir)],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stderr is not None
        seen = []
        for line in proc.stderr:
            seen.append(line)
            if "Scheduler started" in line or "Added job" in line:
                break
        proc.send_signal(signal.SIGTERM)
        _, rest = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, "".join(seen) + rest
    assert "Scheduler has been shut down" in rest
    store = open_store(settings.db)
    try:
        assert "apscheduler_jobs" in inspect(store.engine).get_table_names()
        with store.engine.connect() as conn:
            ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM apscheduler_jobs")]
        assert ids == ["nightly:127.0.0.1:9"]
    finally:
        store.close()


def test_worker_refuses_an_unknown_queue_in_one_line(settings) -> None:
    from schedules.queue_cli import worker

    res = CliRunner().invoke(
        worker, ["--queues", "sites,ocr", "--data-dir", str(settings.data_dir)]
    )
    assert res.exit_code == 2
    assert "Invalid value for --queues: ocr: choose among sites, extract" in res.output
