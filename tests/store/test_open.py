"""Concurrent first opens of one SQLite store: migrations run once, one after another."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from sqlalchemy import text

from oitwatch.exceptions import StoreError
from oitwatch.store import open_store


def test_threads_opening_a_new_store_together_all_succeed(tmp_path: Path) -> None:
    errors: list[BaseException] = []

    def open_close(url: str, go: threading.Barrier) -> None:
        go.wait()
        try:
            open_store(url).close()
        except StoreError as exc:  # what a migration race raised (KeyError: 'script', table exists)
            errors.append(exc)

    for round_ in range(10):
        url = f"sqlite:///{tmp_path / f'round{round_}' / 'oitwatch.db'}"
        go = threading.Barrier(4)
        threads = [threading.Thread(target=open_close, args=(url, go)) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert errors == []
        store = open_store(url)
        with store.session() as s:
            assert s.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
        store.close()


def test_processes_opening_a_new_store_together_all_succeed(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'oitwatch.db'}"
    go = tmp_path / "go"
    script = (
        "import sys, time, pathlib\n"
        "from oitwatch.store import open_store\n"
        "while not pathlib.Path(sys.argv[2]).exists(): time.sleep(0.005)\n"
        "open_store(sys.argv[1]).close()\n"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", script, url, str(go)], stderr=subprocess.PIPE)
        for _ in range(4)
    ]
    go.touch()
    failures = [p.stderr.read().decode()[-300:] for p in procs if p.wait(timeout=120) != 0]
    for p in procs:
        p.stderr.close()
    assert failures == []
