"""Opening the store: engine, sessions, migrations, crash recovery."""

from __future__ import annotations

import fcntl
import functools
import os
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import (
    Connection,
    Engine,
    Insert,
    create_engine,
    event,
    insert,
    inspect,
    select,
    text,
)
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from oitwatch.exceptions import ConfigError, StoreError
from oitwatch.store.models import Base, Crawl, utcnow

if TYPE_CHECKING:  # Alembic loads on first migration: a crawl process never migrates
    from alembic.config import Config

__all__ = ["Store", "connection_tag", "insert_new", "open_store", "process_alive"]

def insert_new(session: Session, model: type[Base]) -> Insert:
    """INSERT that skips rows whose key exists (another process may store the same row meanwhile)."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(model).on_conflict_do_nothing()
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(model).on_conflict_do_nothing()
    return insert(model).prefix_with("IGNORE") if dialect in ("mysql", "mariadb") else insert(model)


MIGRATIONS = Path(__file__).with_name("migrations")
MIGRATION_LOCK = 0x6F697477_61746368  # PostgreSQL advisory lock key of migrations ("oitwatch")


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
            remote = _connected_pids(s) if self.engine.dialect.name == "postgresql" else set()
            for crawl in s.scalars(select(Crawl).where(Crawl.status == "running")):
                if crawl.pid and (process_alive(crawl.pid) or crawl.pid in remote):
                    continue
                crawl.status = "aborted"
                crawl.finished_at = utcnow()
                crawl.error = crawl.error or "the crawl process ended without finishing"
                count += 1
        return count

    def close(self) -> None:
        self.engine.dispose()


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` of this machine is running (a zombie is not)."""
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


def connection_tag() -> str:
    """The PostgreSQL ``application_name`` of this process's connections: ``oitwatch <pid> <host>``.

    A crawl's ``pid`` means something only on the machine that ran it; on a
    server database shared by several machines, a crawl is also alive while a
    connection tagged with its pid is open (its process holds one for its
    whole life; the server drops it when the process dies).
    """
    return f"oitwatch {os.getpid()} {socket.gethostname()}"[:63]


def _connected_pids(session: Session) -> set[int]:
    """Pids of oitwatch processes, on any machine, with a connection open to this server."""
    names = session.scalars(
        text(
            "SELECT application_name FROM pg_stat_activity WHERE application_name LIKE 'oitwatch %'"
        )
    )
    pids = set()
    for name in names:
        parts = (name or "").split()
        if len(parts) > 1 and parts[1].isdigit():
            pids.add(int(parts[1]))
    return pids


def _tag_connection(_dialect, _record, _cargs, cparams) -> None:
    cparams["application_name"] = connection_tag()  # per connect: right pid after a fork


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
    engine = create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "postgresql":
        event.listen(engine, "do_connect", _tag_connection)
    return engine


# Alembic's ``context`` is module state: two threads migrating at once trample each other
# (KeyError: 'script'). One migration at a time per process, and per SQLite file across
# processes (a file lock beside the database); PostgreSQL takes an advisory lock.
_MIGRATING = threading.Lock()


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@functools.cache
def _head() -> str | None:
    """The newest migration's revision id."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


@contextmanager
def _file_lock(engine: Engine) -> Iterator[None]:
    """Hold an exclusive lock on ``<database>.migrate-lock`` (SQLite files only)."""
    path = engine.url.database if engine.dialect.name == "sqlite" else None
    if not path or path == ":memory:":
        yield
        return
    with open(f"{path}.migrate-lock", "a+b") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _at_head(conn: Connection) -> bool:
    if not inspect(conn).has_table("alembic_version"):
        return False
    return conn.scalar(text("SELECT version_num FROM alembic_version")) == _head()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (each migration is recorded).

    Safe to call from many threads and processes at once: they migrate one
    after another, and a store already at the newest migration is left alone.
    """
    with _MIGRATING, _file_lock(engine), engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Machines starting together on one database migrate one after another:
            # the others wait here, then find the schema at head (held to commit).
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        if _at_head(conn):
            return
        from alembic import command

        cfg = _config()
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
    except OSError as exc:  # the database's folder cannot be made (a bad --db or --data-dir)
        raise ConfigError(f"cannot open the store {url!r}: {exc.strerror or exc}") from exc
    return Store(engine)
