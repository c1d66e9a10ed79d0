"""Opening the store: engine, sessions, migrations, crash recovery."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from oitwatch.exceptions import StoreError
from oitwatch.store.models import Crawl, utcnow

__all__ = ["Store", "open_store"]

MIGRATIONS = Path(__file__).with_name("migrations")


class Store:
    """A migrated database: ``with store.session() as s: ...`` commits or rolls back."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    def abort_dead_crawls(self) -> int:
        """Mark ``running`` crawls whose process is gone as ``aborted``; return how many."""
        count = 0
        with self.session() as s:
            for crawl in s.scalars(select(Crawl).where(Crawl.status == "running")):
                if crawl.pid and _alive(crawl.pid):
                    continue
                crawl.status = "aborted"
                crawl.finished_at = utcnow()
                crawl.error = crawl.error or "the crawl process ended without finishing"
                count += 1
        return count

    def close(self) -> None:
        self.engine.dispose()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child still answers kill(0); look at its state where /proc exists.
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rsplit(")", 1)[-1].split()[0] != "Z"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL, foreign keys and a busy timeout."""
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return create_engine(url, pool_pre_ping=True)


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (each migration is recorded)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def open_store(url: str, *, upgrade: bool = True) -> Store:
    """Open (and by default migrate) the store at SQLAlchemy ``url``."""
    try:
        engine = make_engine(url)
        if upgrade:
            migrate(engine)
    except (OperationalError, ProgrammingError) as exc:
        raise StoreError(f"cannot open the store {url!r}: {exc.orig}") from exc
    except ModuleNotFoundError as exc:
        raise StoreError(f"no database driver for {url!r}: {exc}") from exc
    return Store(engine)
