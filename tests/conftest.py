"""Fixtures every test area shares: a clean environment, settings, a store, a loopback site server."""

from __future__ import annotations

import secrets
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from oitwatch.devserver import Fault, SiteServer
from oitwatch.settings import Settings
from oitwatch.store import Store, open_store

# Every test site is served on 127.0.0.1, which the crawler refuses by default (no SSRF):
# the tests allow exactly that address (not 127.0.0.2, not ::1); tests/crawler/test_ssrf.py
# proves the default refuses it and that hops to other hosts or ports stay refused.
TEST_ALLOW_PRIVATE = "127.0.0.1"


@pytest.fixture(autouse=True, scope="session")
def _loopback_allowed() -> Iterator[None]:
    """Session-wide (module fixtures crawl before any function fixture runs)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("OITWATCH_ALLOW_PRIVATE", TEST_ALLOW_PRIVATE)
        yield


@pytest.fixture(autouse=True)
def _hermetic_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No OITWATCH_* setting leaks in from the machine; HOME is a temporary folder."""
    import os

    for name in list(os.environ):
        if name.startswith("OITWATCH_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("OITWATCH_ALLOW_PRIVATE", TEST_ALLOW_PRIVATE)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings with a fresh data dir (SQLite store inside) and no throttling for loopback."""
    return Settings(data_dir=tmp_path / "data", delay=0, contact="tests@oitwatch.invalid")


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    s = open_store(settings.db)
    yield s
    s.close()


@pytest.fixture
def serve() -> Iterator[Callable[..., SiteServer]]:
    """Start a SiteServer on 127.0.0.1 for a directory (and faults); all stop at teardown."""
    servers: list[SiteServer] = []

    def start(root: Path | str | None, faults: dict[str, Fault] | None = None) -> SiteServer:
        srv = SiteServer(root, faults).start()
        servers.append(srv)
        return srv

    yield start
    for srv in servers:
        srv.stop()


PG_SERVER = "postgresql://postgres@127.0.0.1:5432"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The URL of a throw-away PostgreSQL database ``oitwatch_test_<hex>``, dropped after the test.

    Skips when psycopg is missing or the server on 127.0.0.1:5432 does not answer.
    """
    psycopg = pytest.importorskip("psycopg")
    name = f"oitwatch_test_{secrets.token_hex(6)}"
    try:
        admin = psycopg.connect(f"{PG_SERVER}/test", autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL not reachable: {exc}")
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield f"{PG_SERVER}/{name}"
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def have_tesseract_thai() -> bool:
    import subprocess

    if not shutil.which("tesseract"):
        return False
    out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, check=False)
    return "tha" in out.stdout.split()


def real_material(*parts: str) -> Path | None:
    """``../shared/real/<parts>`` beside the repository (real agencies' files), or None.

    Read at test time only, never copied into the repository; tests skip without it.
    """
    repo = Path(__file__).resolve().parents[1]
    for root in (repo.parent / "shared", repo.parents[1] / "shared", Path("/work/shared")):
        path = root.joinpath("real", *parts)
        if path.exists():
            return path
    return None
