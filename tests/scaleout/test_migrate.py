"""Machines starting together on a fresh PostgreSQL database migrate it once, without errors.

Every ``open_store`` migrates to head. Before the fix (an advisory lock around
the upgrade, in oitwatch.store.db.migrate), processes opening a fresh database
at the same moment failed with ``duplicate key value violates unique constraint
"pg_type_typname_nsp_index"`` or ``relation "alembic_version" already exists``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from oitwatch.store.models import Base

pytestmark = pytest.mark.postgres

OPENER = """
import sys, time
from pathlib import Path
from oitwatch.store import open_store
url, go = sys.argv[1:]
print("ready", flush=True)
while not Path(go).exists():
    time.sleep(0.005)
open_store(url).close()
print("ok", flush=True)
"""


def test_simultaneous_first_starts_migrate_once(pg_url: str, tmp_path: Path) -> None:
    go = tmp_path / "go"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", OPENER, pg_url, str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(6)
    ]
    assert [p.stdout.readline().strip() for p in procs] == ["ready"] * 6  # all imported
    go.touch()
    results = [p.communicate(timeout=120) for p in procs]
    failures = [
        [line for line in err.splitlines() if "Error" in line][-1:]
        for p, (_, err) in zip(procs, results, strict=True)
        if p.returncode
    ]
    assert not failures, failures
    assert [out.strip() for out, _ in results] == ["ok"] * 6

    engine = create_engine("postgresql+psycopg://" + pg_url.removeprefix("postgresql://"))
    try:
        with engine.connect() as conn:
            versions = conn.scalars(text("SELECT version_num FROM alembic_version")).all()
        assert len(versions) == 1
        assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
