"""A crawl running on another machine is not taken for dead (the fix in oitwatch.store.db).

A crawl row holds its process id, which means something only on the machine
that ran it. Before every crawl, ``abort_dead_crawls`` marks ``running``
crawls whose process is gone as aborted; on a shared PostgreSQL it used to
abort every crawl of every *other* machine (their pids are not alive here),
so their finished crawls stayed "aborted" and their checks failed. Now a crawl
also counts as alive while its process holds a connection to the server,
tagged ``oitwatch <pid> <host>``.

Machine B is simulated by a process whose pid and host name are those of a
process elsewhere: a pid above this kernel's ``pid_max`` can never be alive here.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select, text

from crawler import run_crawl
from oitwatch.settings import Settings
from oitwatch.store import Crawl, Store
from oitwatch.store.db import connection_tag
from oitwatch.store.sites import upsert_site
from tests.crawler.sites import build_small_site

pytestmark = pytest.mark.postgres

REMOTE_PID = int(Path("/proc/sys/kernel/pid_max").read_text()) + 1000

# A process of machine B holding the store open (as a crawl process does) until its stdin closes.
MACHINE_B = f"""
import os, socket, sys
os.getpid = lambda: {REMOTE_PID}
socket.gethostname = lambda: "machine-b"
from sqlalchemy import text
from oitwatch.store import open_store
store = open_store(sys.argv[1], upgrade=False)
with store.session() as s:
    s.execute(text("SELECT 1"))
print("ready", flush=True)
sys.stdin.read()
"""


def _tags(store: Store) -> list[str]:
    with store.engine.connect() as conn:
        return list(
            conn.scalars(
                text(
                    "SELECT application_name FROM pg_stat_activity "
                    "WHERE application_name LIKE 'oitwatch %'"
                )
            )
        )


def _status(store: Store, crawl_id: int) -> str:
    with store.session() as s:
        return s.scalar(select(Crawl.status).where(Crawl.id == crawl_id))


def test_connections_are_tagged_with_pid_and_host(pg_store: Store) -> None:
    assert connection_tag().split()[:2] == ["oitwatch", str(os.getpid())]
    assert connection_tag() in _tags(pg_store)


def test_another_machines_running_crawl_survives_a_local_crawl_until_its_process_dies(
    serve, pg_settings: Settings, pg_store: Store, tmp_path: Path
) -> None:
    with pg_store.session() as s:
        site = upsert_site(s, "http://127.0.0.1:9/district-b/", key="district-b")
        remote = Crawl(site_id=site.id, status="running", pid=REMOTE_PID)
        s.add(remote)
        s.flush()
        remote_id = remote.id
    machine_b = subprocess.Popen(
        [sys.executable, "-c", MACHINE_B, pg_settings.db],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert machine_b.stdout.readline().strip() == "ready"
        assert f"oitwatch {REMOTE_PID} machine-b" in _tags(pg_store)

        # this machine crawls another site meanwhile (its start cleans up dead crawls)
        build_small_site(tmp_path / "site")
        srv = serve(tmp_path / "site")
        local = run_crawl(pg_settings, srv.url("/district-a/index.html"), site_key="district-a")
        assert local.status == "complete"
        assert _status(pg_store, remote_id) == "running"
        assert pg_store.abort_dead_crawls() == 0
    finally:
        machine_b.stdin.close()
        machine_b.wait(timeout=60)
        machine_b.stdout.close()

    # machine B's process is gone: once the server has dropped its connection, the crawl is dead
    for _ in range(500):
        if not any(t.startswith(f"oitwatch {REMOTE_PID} ") for t in _tags(pg_store)):
            break
        time.sleep(0.02)
    assert pg_store.abort_dead_crawls() == 1
    assert _status(pg_store, remote_id) == "aborted"
