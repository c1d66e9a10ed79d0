"""Cross-process locks in the store's ``site_locks`` table.

A lock is a row keyed by name (a site key, or ``host:<netloc>`` for a whole
host). Taking it is one atomic statement: an INSERT, or, when the row is
there but expired, an UPDATE guarded by ``expires_at``; when its holder was a
process of this machine that has died, an UPDATE guarded by the holder's name.
Two scheduler processes started by mistake therefore never crawl one site,
or one host, at the same time.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from oitwatch.exceptions import SiteBusy
from oitwatch.store import SiteLock, Store, utcnow
from oitwatch.store.db import process_alive

__all__ = ["acquire", "holder_id", "host_lock_key", "locked", "release"]


def holder_id() -> str:
    """A name for this process and call: ``host:pid:random``."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def host_lock_key(host: str) -> str:
    """The lock name of a whole host (all districts share one)."""
    return f"host:{host}"[:100]


def acquire(
    store: Store, key: str, holder: str, ttl: timedelta, *, now: datetime | None = None
) -> bool:
    """Take lock ``key`` for ``holder`` until ``now + ttl``; ``False`` if someone else holds it."""
    now = (now or utcnow()).astimezone(UTC)  # stored naive in SQLite: keep every value UTC
    expires = now + ttl
    try:
        with store.engine.begin() as conn:
            conn.execute(
                insert(SiteLock).values(
                    site_key=key, holder=holder, acquired_at=now, expires_at=expires
                )
            )
        return True
    except IntegrityError:
        pass
    with store.engine.begin() as conn:
        taken = conn.execute(
            update(SiteLock)
            .where(SiteLock.site_key == key, SiteLock.expires_at < now)
            .values(holder=holder, acquired_at=now, expires_at=expires)
        )
        if taken.rowcount == 1:
            return True
        current = conn.scalar(select(SiteLock.holder).where(SiteLock.site_key == key))
        if current is None or not _died_here(current):
            return False
        # Its holder was a process of this machine that is gone (a crashed scheduler):
        # take the lock now rather than lose the night waiting for it to expire.
        taken = conn.execute(
            update(SiteLock)
            .where(SiteLock.site_key == key, SiteLock.holder == current)
            .values(holder=holder, acquired_at=now, expires_at=expires)
        )
        return taken.rowcount == 1


def _died_here(holder: str) -> bool:
    """Whether ``holder`` (``host:pid:…``) names a process of this machine that has ended."""
    host, _, rest = holder.partition(":")
    pid = rest.partition(":")[0]
    return host == socket.gethostname() and pid.isdigit() and not process_alive(int(pid))


def release(store: Store, key: str, holder: str) -> None:
    """Give lock ``key`` back, if ``holder`` still holds it."""
    with store.engine.begin() as conn:
        conn.execute(delete(SiteLock).where(SiteLock.site_key == key, SiteLock.holder == holder))


@contextmanager
def locked(
    store: Store, keys: list[str], ttl: timedelta, *, now: datetime | None = None
) -> Iterator[str]:
    """Hold every lock of ``keys`` (in order) for the block; :class:`~oitwatch.exceptions.SiteBusy` if one is taken."""
    holder = holder_id()
    held: list[str] = []
    try:
        for key in keys:
            if not acquire(store, key, holder, ttl, now=now):
                raise SiteBusy(key)
            held.append(key)
        yield holder
    finally:
        for key in reversed(held):
            release(store, key, holder)
