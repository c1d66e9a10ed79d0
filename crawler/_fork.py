"""Crawl processes forked from a warm server instead of started from nothing.

A fresh ``python -m crawler._child`` spends about a second importing Scrapy,
SQLAlchemy and the crawl's own modules before it sends a request: for an
unchanged re-crawl that is a third of its time. The first crawl a process
launches starts multiprocessing's fork server, which imports them once
(``crawler._warm``); every crawl after that is a fresh fork of it, still its
own process (Scrapy's reactor cannot be restarted), started in milliseconds.

A script that launches crawls must keep its own work under
``if __name__ == "__main__":`` (multiprocessing imports the main module in
each fork, as with its spawn method). The fork server ends when the process
that started it dies; a crawl forked
from it then gets SIGTERM (``crawler._child.die_with_parent``), as a crawl
started directly did when its parent died.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

__all__ = ["ForkedCrawl", "can_fork", "fork_crawl", "start_server"]

_PRELOAD = ["crawler._warm"]


def can_fork() -> bool:
    """Whether this platform has multiprocessing's fork server (POSIX)."""
    return "forkserver" in multiprocessing.get_all_start_methods()


class ForkedCrawl:
    """A forked crawl process, with the parts of ``subprocess.Popen`` the runner uses."""

    def __init__(self, process: Any):
        self._process = process
        self.args = ["crawler._child", process.name]

    @property
    def pid(self) -> int:
        return int(self._process.pid)

    @property
    def returncode(self) -> int | None:
        return self._process.exitcode

    def poll(self) -> int | None:
        return self._process.exitcode

    def wait(self, timeout: float | None = None) -> int:
        self._process.join(timeout)
        code = self._process.exitcode
        if code is None:
            raise subprocess.TimeoutExpired(self.args, timeout or 0.0)
        return code

    def terminate(self) -> None:
        self._process.terminate()

    def kill(self) -> None:
        self._process.kill()


def _forked(job: dict[str, Any], log: str) -> None:  # pragma: no cover - runs in the fork
    """The fork's first moves: its output to the crawl's log, the launcher's environment."""
    # multiprocessing hands every fork the write end of the pipe whose EOF tells the server
    # its launcher died; a crawl holding it would keep the server (and itself) alive.
    server = getattr(multiprocessing.forkserver, "_forkserver", None)
    alive = getattr(server, "_forkserver_alive_fd", None)
    if alive is not None:
        os.close(alive)
        server._forkserver_alive_fd = None  # type: ignore[union-attr]
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    os.environ.clear()
    os.environ.update(job.pop("env"))
    os.chdir(job.pop("cwd"))
    from crawler._child import run_forked

    sys.exit(run_forked(job))


def _context() -> Any:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(_PRELOAD)
    return ctx


def start_server() -> None:
    """Start the fork server now (else the first crawl does): a process that will launch
    crawls, or a benchmark that times them, pays its start-up once, up front."""
    if can_fork():
        process = _context().Process(target=_nothing, name="oitwatch-warm-up", daemon=True)
        process.start()  # answered once the server has imported what a crawl needs
        process.join()


def _nothing() -> None:  # pragma: no cover - runs in the fork
    pass


def fork_crawl(job: dict[str, Any], log: Path) -> ForkedCrawl:
    """Start the crawl ``job`` (``crawler._child``'s JSON job) in a fork of the warm server."""
    ctx = _context()
    job = {**job, "env": dict(os.environ), "cwd": os.getcwd()}
    process = ctx.Process(
        target=_forked, args=(job, str(log)), name=f"oitwatch-crawl-{job['crawl_id']}", daemon=True
    )
    process.start()
    return ForkedCrawl(process)
