"""Site locks across processes on PostgreSQL: one run per site, a dead holder's lock taken over.

Every contender is a separate Python process with its own connections (as
machines sharing one database are); they start together on a signal file, so
the contention is real, and the holder keeps its lock until the test releases
it, so "exactly one" does not depend on timing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from oitwatch.demo.sitegen import build_site
from oitwatch.settings import Settings
from oitwatch.store import Run, SiteLock, Store
from schedules.locks import host_lock_key

from .conftest import write_registry

pytestmark = pytest.mark.postgres

# argv: store URL, signal file, mode (hold | die | take), lock keys...
CONTENDER = """
import os, sys, time
from datetime import date, timedelta
from pathlib import Path
from oitwatch.exceptions import SiteBusy
from oitwatch.store import open_store, utcnow
from schedules.locks import acquire, holder_id, locked

url, go, mode, *keys = sys.argv[1:]
store = open_store(url, upgrade=False)
print("ready", flush=True)
while not Path(go).exists():
    time.sleep(0.01)
if mode == "hold":
    try:
        with locked(store, keys, timedelta(hours=1)) as holder:
            print("RUN", holder, flush=True)
            sys.stdin.readline()  # hold the locks until the test says so
    except SiteBusy as exc:
        print("BUSY", exc, flush=True)
elif mode == "die":
    print("TOOK" if acquire(store, keys[0], holder_id(), timedelta(hours=1)) else "LOST", flush=True)
    os._exit(0)  # dies holding the lock: no release
else:  # take: two hours later, when a one-hour lock has expired
    later = utcnow() + timedelta(hours=2)
    won = acquire(store, keys[0], holder_id(), timedelta(hours=1), now=later)
    print("WON" if won else "LOST", flush=True)
store.close()
"""


@pytest.fixture
def contenders(tmp_path: Path) -> Iterator:
    """Start contender processes, ready and waiting for one signal file; reaped at teardown."""
    procs: list[subprocess.Popen] = []
    go = tmp_path / "go"

    def start(url: str, mode: str, keys: list[str], n: int) -> list[subprocess.Popen]:
        batch = [
            subprocess.Popen(
                [sys.executable, "-c", CONTENDER, url, str(go), mode, *keys],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            for _ in range(n)
        ]
        procs.extend(batch)
        assert [p.stdout.readline().strip() for p in batch] == ["ready"] * n  # all imported
        return batch

    start.go = go  # type: ignore[attr-defined]
    yield start
    for p in procs:
        if p.poll() is None:
            p.kill()
        p.wait()
        for stream in (p.stdin, p.stdout):
            if stream:
                stream.close()


def _cli(settings: Settings, *args: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "OITWATCH_DB": settings.db,
        "OITWATCH_DATA_DIR": str(settings.data_dir),
        "OITWATCH_DELAY": "0",
    }
    return subprocess.run(
        [sys.executable, "-m", "oitwatch", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def test_one_process_runs_a_site_the_others_are_refused_as_busy(
    serve, pg_settings: Settings, pg_store: Store, tmp_path: Path, contenders
) -> None:
    build_site(
        tmp_path / "site",
        slug="district-a",
        name_th="สำนักงานเขตตัวอย่างเอ",
        framework="bma-2567",
        fiscal_year=2568,
        as_of=date(2025, 4, 30),
    )
    srv = serve(tmp_path / "site")
    registry = write_registry(pg_settings, {"district-a": srv.url("/district-a/")})
    site = registry.site("district-a")
    keys = [host_lock_key(site.host), site.key]

    procs = contenders(pg_settings.db, "hold", keys, 4)
    contenders.go.touch()
    first = [p.stdout.readline().split(" ", 1) for p in procs]
    words = sorted(w[0] for w in first)
    assert words == ["BUSY", "BUSY", "BUSY", "RUN"], first
    winner = next(p for p, w in zip(procs, first, strict=True) if w[0] == "RUN")
    holder = next(w[1].strip() for w in first if w[0] == "RUN")
    with pg_store.session() as s:
        held = dict(s.execute(select(SiteLock.site_key, SiteLock.holder)).all())
    assert held == {k: holder for k in keys}  # both the host's and the site's lock, one holder

    # the real command on another process is refused while the site is held, and runs nothing
    refused = _cli(pg_settings, "schedule", "now", "district-a", "--as-of", "2025-04-30")
    assert refused.returncode != 0
    assert "busy" in refused.stderr.lower(), refused.stderr
    with pg_store.session() as s:
        assert s.scalar(select(Run.id)) is None

    winner.stdin.write("\n")
    winner.stdin.flush()
    assert winner.wait(timeout=60) == 0
    with pg_store.session() as s:
        assert s.scalars(select(SiteLock)).all() == []  # given back

    done = _cli(pg_settings, "schedule", "now", "district-a", "--as-of", "2025-04-30")
    assert done.returncode == 0, done.stderr
    with pg_store.session() as s:
        runs = s.scalars(select(Run)).all()
        assert [len(r.result["items"]) for r in runs] == [22]
        assert s.scalars(select(SiteLock)).all() == []


def test_a_dead_holders_lock_is_taken_over_by_exactly_one(
    pg_settings: Settings, pg_store: Store, contenders
) -> None:
    [dying] = contenders(pg_settings.db, "die", ["district-a"], 1)
    contenders.go.touch()
    assert dying.stdout.readline().strip() == "TOOK"
    assert dying.wait(timeout=60) == 0
    with pg_store.session() as s:
        lock = s.get(SiteLock, "district-a")
        assert lock is not None
        dead_holder = lock.holder
    # Not yet expired, and its holder is a dead process of this machine: the takers below
    # may take it over by either path; exactly one of them does.

    contenders.go.unlink()
    takers = contenders(pg_settings.db, "take", ["district-a"], 5)
    contenders.go.touch()
    answers = sorted(p.stdout.readline().strip() for p in takers)
    assert answers == ["LOST", "LOST", "LOST", "LOST", "WON"]
    assert all(p.wait(timeout=60) == 0 for p in takers)
    with pg_store.session() as s:
        lock = s.get(SiteLock, "district-a")
        assert lock is not None and lock.holder != dead_holder


# argv: store URL, this "machine"'s host name, lease seconds, lock keys...
LEASED_HOLDER = """
import socket, sys
from datetime import timedelta
url, machine, lease, *keys = sys.argv[1:]
socket.gethostname = lambda: machine  # another machine: its pids mean nothing here
from oitwatch.store import open_store
from schedules.locks import locked
store = open_store(url, upgrade=False)
with locked(store, keys, timedelta(seconds=float(lease))) as holder:
    print("RUN", holder, flush=True)
    sys.stdin.readline()  # works until killed
"""


def test_a_holder_dead_on_another_machine_loses_its_locks_within_one_lease(
    pg_settings: Settings, pg_store: Store
) -> None:
    """Kill -9 the holder on "machine A": the survivor takes over after one lease, not the night."""
    import time

    from schedules.locks import acquire

    keys = [host_lock_key("webportal.example"), "district-a"]
    lease = 1.5
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            LEASED_HOLDER,
            pg_settings.db,
            "machine-a.example",
            str(lease),
            *keys,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().startswith("RUN machine-a.example:")
        survivor = "machine-b.example:1:cafe"
        # Alive and working for several leases: its heartbeat keeps the locks.
        time.sleep(4 * lease)
        assert not any(acquire(pg_store, k, survivor, timedelta(seconds=lease)) for k in keys)
        holder.kill()
        holder.wait(timeout=30)
        died = time.monotonic()
        taken: set[str] = set()
        while len(taken) < len(keys) and time.monotonic() - died < 30:
            taken |= {k for k in keys if acquire(pg_store, k, survivor, timedelta(minutes=5))}
            time.sleep(0.2)
        assert taken == set(keys)
        assert time.monotonic() - died < 2 * lease + 1  # within one lease (and a beat)
    finally:
        if holder.poll() is None:
            holder.kill()
        holder.wait()
        for stream in (holder.stdin, holder.stdout):
            if stream:
                stream.close()
