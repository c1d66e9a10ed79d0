"""Mutexes shared by every worker on every machine: Dramatiq's rate limiter on Redis, with a lease.

A host is crawled by one worker at a time (``host:<netloc>``), a site by one
(``site:<key>``). Each is a :class:`dramatiq.rate_limits.ConcurrentRateLimiter`
of limit 1 (Dramatiq's distributed mutex) whose Redis key lives
``lease`` seconds; while the holder works, a thread renews the lease every
quarter of it. A worker killed with ``kill -9`` renews nothing, so its hosts
and sites are free again at most ``lease`` seconds later, on any machine.

    with held(backend, ["host:a.go.th", "site:a"], lease=60) as got:
        if not got: ...  # busy: try later
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

from dramatiq.rate_limits import ConcurrentRateLimiter
from dramatiq.rate_limits.backends import RedisBackend

__all__ = ["LeaseKeeper", "held", "host_key", "site_key"]

PREFIX = "oitwatch:mutex:"


def host_key(host: str) -> str:
    """The mutex name of a whole host (``host[:port]``, lower case)."""
    return f"host:{host.lower()}"


def site_key(key: str) -> str:
    """The mutex name of one site."""
    return f"site:{key}"


class LeaseKeeper:
    """Renews the Redis keys of held mutexes every ``lease / 4`` seconds until stopped."""

    def __init__(self, backend: RedisBackend, keys: list[str], lease_ms: int):
        self.backend = backend
        self.keys = keys
        self.lease_ms = lease_ms
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="oitwatch-lease", daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self.lease_ms / 4000):
            for key in self.keys:
                # A renewal lost to a Redis hiccup only shortens the lease; the next one retries.
                with contextlib.suppress(OSError, ConnectionError):
                    self.backend.client.pexpire(key, self.lease_ms)

    def __enter__(self) -> LeaseKeeper:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


@contextlib.contextmanager
def held(
    backend: RedisBackend, names: list[str], *, lease: float, prefix: str = PREFIX
) -> Iterator[bool]:
    """Hold every mutex of ``names`` (in order) for the block; yields ``False`` if one is taken.

    Nothing is held when it yields ``False``; everything taken is released on exit.
    """
    lease_ms = max(1000, int(lease * 1000))
    limiters = [
        ConcurrentRateLimiter(backend, prefix + name, limit=1, ttl=lease_ms) for name in names
    ]
    with contextlib.ExitStack() as stack:
        for limiter in limiters:
            if not stack.enter_context(limiter.acquire(raise_on_failure=False)):
                stack.close()  # release what was taken before yielding "busy"
                yield False
                return
        stack.enter_context(LeaseKeeper(backend, [lim.key for lim in limiters], lease_ms))
        yield True
