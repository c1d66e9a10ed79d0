"""Crawl processes forked from a warm server instead of started from nothing.

A fresh ``python -m crawler._child`` spends about a second importing Scrapy,
SQLAlchemy and the crawl's own modules before it sends a request: for an
unchanged re-crawl that is a third of its time. The first crawl a process
launches starts multiprocessing's fork server, which imports them once
(``crawler._warm``); every crawl after that is a fresh fork of it, still its
own process (Scrapy's reactor cannot be restarted), started in milliseconds.

A fork does not import the launcher's main module (multiprocessing's spawn
and forkserver methods do, for targets defined there): the crawl's target lives
in this module, and the ``oitwatch`` command's main module alone (the CLI and
all it imports) cost a crawl about a second of CPU. The fork server ends when
the process that started it dies; a crawl forked from it then gets SIGTERM
(``crawler._child.die_with_parent``), as a crawl started directly did when its
parent died.
"""

from __future__ import annotations

import io
import multiprocessing
import multiprocessing.forkserver
import multiprocessing.popen_forkserver
import os
import subprocess
import sys
from multiprocessing import reduction, spawn, util
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


class _LeanPopen(multiprocessing.popen_forkserver.Popen):
    """The fork server's ``Popen``, less the main module: its ``_launch`` as in CPython
    3.11-3.13, with the preparation data's ``init_main_from_*`` left out (a crawl's target,
    ``_forked``, is this module's; the launcher's main module has nothing a crawl needs)."""

    def _launch(self, process_obj: Any) -> None:  # pragma: no cover - mirrors the stdlib
        prep_data = {
            k: v
            for k, v in spawn.get_preparation_data(process_obj._name).items()
            if not k.startswith("init_main_from_")
        }
        buf = io.BytesIO()
        multiprocessing.context.set_spawning_popen(self)
        try:
            reduction.dump(prep_data, buf)
            reduction.dump(process_obj, buf)
        finally:
            multiprocessing.context.set_spawning_popen(None)
        self.sentinel, w = multiprocessing.forkserver.connect_to_new_process(self._fds)
        parent_w = os.dup(w)  # the child's sentinel of its parent, as the stdlib keeps it
        self.finalizer = util.Finalize(self, util.close_fds, (parent_w, self.sentinel))
        with open(w, "wb", closefd=True) as f:
            f.write(buf.getbuffer())
        self.pid = multiprocessing.forkserver.read_signed(self.sentinel)


class _CrawlProcess(multiprocessing.context.ForkServerProcess):
    @staticmethod
    def _Popen(process_obj: Any) -> _LeanPopen:
        return _LeanPopen(process_obj)


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
    _context()  # the server's preload, should this launch start it
    job = {**job, "env": dict(os.environ), "cwd": os.getcwd()}
    process = _CrawlProcess(
        target=_forked, args=(job, str(log)), name=f"oitwatch-crawl-{job['crawl_id']}", daemon=True
    )
    process.start()
    return ForkedCrawl(process)
