"""Cross-process locks in the store's ``site_locks`` table, held by a short lease.

A lock is a row keyed by name (a site key, or ``host:<netloc>`` for a whole
host). Taking it is one atomic statement: an INSERT, or, when the row is
there but its lease has run out, an UPDATE guarded by ``expires_at``; when its
holder was a process of this machine that has died, an UPDATE guarded by the
holder's name. Two scheduler processes started by mistake therefore never
crawl one site, or one host, at the same time.

The lease is short (``OITWATCH_HOST_LEASE_SECONDS``, a minute): while ``locked``
holds its locks a heartbeat thread renews them every third of the lease, so
a holder that dies on any machine (kill -9, power cut, lost network) stops
renewing and a survivor takes its sites over within one lease.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from oitwatch.exceptions import SiteBusy
from oitwatch.store import SiteLock, Store, utcnow
from oitwatch.store.db import process_alive

__all__ = ["Heartbeat", "acquire", "holder_id", "host_lock_key", "locked", "release", "renew"]

log = logging.getLogger(__name__)


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


def renew(store: Store, key: str, holder: str, lease: timedelta) -> bool:
    """Extend ``holder``'s lock ``key`` to now + ``lease``; ``False`` if it no longer holds it."""
    expires = utcnow().astimezone(UTC) + lease
    with store.engine.begin() as conn:
        done = conn.execute(
            update(SiteLock)
            .where(SiteLock.site_key == key, SiteLock.holder == holder)
            .values(expires_at=expires)
        )
    return done.rowcount == 1


class Heartbeat:
    """A daemon thread renewing ``holder``'s locks ``keys`` every third of ``lease`` until stopped."""

    def __init__(self, store: Store, keys: list[str], holder: str, lease: timedelta):
        self.store, self.keys, self.holder, self.lease = store, list(keys), holder, lease
        self.lost: set[str] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, name=f"lock-heartbeat {holder}", daemon=True
        )

    def start(self) -> Heartbeat:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        interval = max(self.lease.total_seconds() / 3, 0.05)
        while not self._stop.wait(interval):
            for key in self.keys:
                if key in self.lost:
                    continue
                try:
                    if not renew(self.store, key, self.holder, self.lease):
                        self.lost.add(key)
                        log.error(
                            "lock %s was lost (its lease ran out); another run may hold it", key
                        )
                except SQLAlchemyError as exc:  # the database is away: try again next beat
                    log.warning("could not renew lock %s: %s", key, exc)


def release(store: Store, key: str, holder: str) -> None:
    """Give lock ``key`` back, if ``holder`` still holds it."""
    with store.engine.begin() as conn:
        conn.execute(delete(SiteLock).where(SiteLock.site_key == key, SiteLock.holder == holder))


@contextmanager
def locked(
    store: Store, keys: list[str], lease: timedelta, *, now: datetime | None = None
) -> Iterator[str]:
    """Hold every lock of ``keys`` (in order) for the block, renewing each ``lease``.

    :class:`~oitwatch.exceptions.SiteBusy` if one is taken. The locks outlive
    this process by at most ``lease``.
    """
    holder = holder_id()
    held: list[str] = []
    beat: Heartbeat | None = None
    try:
        for key in keys:
            if not acquire(store, key, holder, lease, now=now):
                raise SiteBusy(key)
            held.append(key)
        beat = Heartbeat(store, held, holder, lease).start()
        yield holder
    finally:
        if beat is not None:
            beat.stop()
        for key in reversed(held):
            release(store, key, holder)
