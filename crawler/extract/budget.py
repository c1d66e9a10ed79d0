"""Extraction within a budget: each document is read in a worker process that can be stopped.

A hostile or broken document (one content stream shared by every page, a page
of 14,400 points square, a million sparse rows) must cost seconds, not a night
or the machine. :class:`ExtractorPool` keeps a few long-lived worker processes
(``python -m crawler.extract._worker``; they load the Thai word list once) with
an address-space limit (``extract_memory_mb``, inherited by Tesseract and
pdftoppm), and gives each document ``extract_timeout`` seconds of wall time. A
worker over its time is killed and replaced; the document comes back as
``review`` saying why, and the crawl goes on.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import resource
import select
import subprocess
import sys
import threading
import time
from dataclasses import asdict, fields
from datetime import date
from typing import IO, TYPE_CHECKING, Any

from crawler.extract._options import ExtractOptions
from crawler.extract._result import Extracted

if TYPE_CHECKING:  # the worker imports this module for result_json: no pydantic there
    from oitwatch.settings import Settings

__all__ = ["ExtractorPool", "extract_within_budget"]

_RECYCLE_AFTER = 200  # documents one worker reads before it is replaced (bounds leaks)
_FIELDS = {f.name for f in fields(Extracted)}


def _limits(memory_mb: int) -> None:  # pragma: no cover - runs in the child before exec
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    with contextlib.suppress(OSError):
        os.nice(5)


class _Worker:
    def __init__(self, settings: Settings):
        env = {**os.environ, "OMP_THREAD_LIMIT": "1", "PYTHONWARNINGS": "ignore"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "crawler.extract._worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            preexec_fn=lambda: _limits(settings.extract_memory_mb),
        )
        self.served = 0

    def ask(self, header: dict[str, Any], body: bytes, timeout: float) -> dict[str, Any] | None:
        """The worker's answer, or None when it ran out of time or died."""
        stdin, stdout = self.proc.stdin, self.proc.stdout
        assert stdin is not None and stdout is not None
        head = json.dumps(header).encode()
        try:
            stdin.write(len(head).to_bytes(8, "big") + head + len(body).to_bytes(8, "big") + body)
            stdin.flush()
        except (BrokenPipeError, OSError):
            return None
        self.served += 1
        return _read_answer(stdout, time.monotonic() + timeout)

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self.proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=5)
        for pipe in (self.proc.stdin, self.proc.stdout):
            with contextlib.suppress(OSError):
                if pipe is not None:
                    pipe.close()


def _read_exact(stream: IO[bytes], n: int, deadline: float) -> bytes | None:
    fd = stream.fileno()
    chunks: list[bytes] = []
    while n > 0:
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            return None
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            return None  # the worker died (memory limit, crash)
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def _read_answer(stream: IO[bytes], deadline: float) -> dict[str, Any] | None:
    size = _read_exact(stream, 8, deadline)
    if size is None:
        return None
    data = _read_exact(stream, int.from_bytes(size, "big"), deadline)
    return None if data is None else json.loads(data)


class ExtractorPool:
    """Up to ``size`` worker processes; :meth:`extract` is safe to call from many threads."""

    def __init__(self, settings: Settings, size: int = 2):
        self.settings = settings
        self.options = asdict(ExtractOptions.of(settings))  # all a worker is told of them
        self.idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self.slots = threading.BoundedSemaphore(size)
        self.closed = False

    def extract(
        self,
        body: bytes,
        content_type: str,
        url: str,
        *,
        as_of: date | None = None,
        ocr_cached: dict[str, Any] | None = None,
    ) -> Extracted:
        """:func:`crawler.extract.extract` in a worker, within the settings' budget."""
        timeout = self.settings.extract_timeout
        header = {
            "content_type": content_type,
            "url": url,
            "as_of": as_of.isoformat() if as_of else None,
            "ocr_cached": ocr_cached,
            "options": self.options,
        }
        with self.slots:
            try:
                worker = self.idle.get_nowait()
            except queue.Empty:
                worker = _Worker(self.settings)
            answer = worker.ask(header, body, timeout)
            if answer is None:
                died = worker.proc.poll() is not None
                worker.kill()
                why = (
                    f"over the memory budget ({self.settings.extract_memory_mb} MiB) or crashed"
                    if died
                    else f"over the time budget ({timeout:g} s)"
                )
                return Extracted(method="budget", status="review", error=f"extraction {why}")
            if worker.served >= _RECYCLE_AFTER or self.closed:
                worker.kill()
            else:
                self.idle.put(worker)
        return Extracted(**{k: v for k, v in answer.items() if k in _FIELDS})

    def close(self) -> None:
        """Stop every idle worker (busy ones stop after their document)."""
        self.closed = True
        while True:
            try:
                self.idle.get_nowait().kill()
            except queue.Empty:
                return

    def __enter__(self) -> ExtractorPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def extract_within_budget(
    body: bytes, content_type: str, url: str, *, settings: Settings, as_of: date | None = None
) -> Extracted:
    """One document in a fresh worker (the CLI); crawls share an :class:`ExtractorPool`."""
    with ExtractorPool(settings, size=1) as pool:
        return pool.extract(body, content_type, url, as_of=as_of)


def result_json(result: Extracted) -> bytes:
    """How a worker sends a result back."""
    return json.dumps(asdict(result), ensure_ascii=False).encode()
