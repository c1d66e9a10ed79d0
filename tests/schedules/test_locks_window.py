"""The nightly window and the cross-process site locks."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from oitwatch.exceptions import ConfigError, SiteBusy
from oitwatch.store import SiteLock
from schedules.locks import acquire, host_lock_key, locked, release
from schedules.window import Window

from .conftest import two_districts

BKK = ZoneInfo("Asia/Bangkok")


def test_window_bounds_and_midnight_crossing() -> None:
    w = Window.parse("01:00-05:00", "Asia/Bangkok")
    inside = datetime(2026, 1, 15, 2, 30, tzinfo=BKK)
    assert w.contains(inside)
    assert w.bounds(inside) == (
        datetime(2026, 1, 15, 1, 0, tzinfo=BKK),
        datetime(2026, 1, 15, 5, 0, tzinfo=BKK),
    )
    assert not w.contains(datetime(2026, 1, 15, 5, 0, tzinfo=BKK))
    assert not w.contains(datetime(2026, 1, 15, 0, 59, tzinfo=BKK))
    # UTC input is read in Bangkok time: 19:30 UTC is 02:30 the next morning
    assert w.contains(datetime(2026, 1, 14, 19, 30, tzinfo=UTC))
    late = Window.parse("22:00-02:00", "Asia/Bangkok")
    assert late.contains(datetime(2026, 1, 16, 1, 0, tzinfo=BKK))
    assert late.night(datetime(2026, 1, 16, 1, 0, tzinfo=BKK)).isoformat() == "2026-01-15"
    assert late.next_start(datetime(2026, 1, 16, 1, 0, tzinfo=BKK)) == datetime(
        2026, 1, 16, 22, 0, tzinfo=BKK
    )
    for bad in ("01:00-01:00", "25:00-01:00", "soon"):
        with pytest.raises(ConfigError):
            Window.parse(bad, "Asia/Bangkok")


def test_a_held_lock_refuses_a_second_holder_until_it_expires(store) -> None:
    now = datetime(2026, 1, 15, 2, 0, tzinfo=BKK)
    assert acquire(store, "district-a", "one", timedelta(hours=1), now=now)
    assert not acquire(
        store, "district-a", "two", timedelta(hours=1), now=now + timedelta(minutes=59)
    )
    release(store, "district-a", "two")  # not the holder: nothing happens
    assert not acquire(
        store, "district-a", "two", timedelta(hours=1), now=now + timedelta(minutes=30)
    )
    # the holder died: after expiry the lock is taken over
    assert acquire(store, "district-a", "two", timedelta(hours=1), now=now + timedelta(minutes=61))
    release(store, "district-a", "two")
    assert acquire(store, "district-a", "three", timedelta(hours=1), now=now)


def test_a_lock_of_a_dead_process_of_this_machine_is_taken_over_at_once(store) -> None:
    """A crashed scheduler must not block its host for the whole night."""
    import socket
    import subprocess
    import sys

    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead = f"{socket.gethostname()}:{gone.stdout.strip()}:deadbeef"
    now = datetime(2026, 1, 15, 2, 0, tzinfo=BKK)
    assert acquire(store, "district-a", dead, timedelta(hours=4), now=now)
    assert acquire(store, "district-a", "me", timedelta(hours=1), now=now + timedelta(minutes=1))
    # a live holder, or one on another machine, is never taken over before expiry
    assert not acquire(
        store, "district-a", "you", timedelta(hours=1), now=now + timedelta(minutes=2)
    )
    elsewhere = f"other-machine.example:{gone.stdout.strip()}:cafe"
    assert acquire(store, "district-b", elsewhere, timedelta(hours=4), now=now)
    assert not acquire(
        store, "district-b", "me", timedelta(hours=1), now=now + timedelta(minutes=1)
    )


def test_locked_takes_all_or_nothing(store) -> None:
    assert acquire(store, "district-b", "other", timedelta(hours=1))
    with (
        pytest.raises(SiteBusy, match="district-b"),
        locked(store, [host_lock_key("h"), "district-b"], timedelta(hours=1)),
    ):
        pass
    # the host lock taken first was given back
    assert acquire(store, host_lock_key("h"), "me", timedelta(hours=1))


def test_a_second_process_is_refused_while_the_site_is_locked(make_settings, store) -> None:
    settings = make_settings()
    two_districts(settings)
    assert acquire(store, "district-a", "the nightly daemon", timedelta(hours=1))
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "oitwatch",
            "schedule",
            "now",
            "district-a",
            "--data-dir",
            str(settings.data_dir),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode != 0
    assert "busy" in proc.stderr
    # it never ran: no Site row was created by the refused process
    from oitwatch.store import Site

    with store.session() as s:
        assert s.query(Site).count() == 0


def test_a_held_lock_is_renewed_past_its_lease_and_given_back(store) -> None:
    """One machine (SQLite): the heartbeat keeps a short lease alive while the holder works."""
    import time

    lease = timedelta(seconds=0.3)
    with locked(store, ["district-a"], lease) as holder:
        time.sleep(1.0)  # three leases
        assert not acquire(store, "district-a", "another run", lease)
        with store.session() as s:
            assert s.get(SiteLock, "district-a").holder == holder
    assert acquire(store, "district-a", "another run", lease)
