"""Launching a crawl in its own process and waiting for it with a hard timeout.

    summary = run_crawl(settings, "https://webportal.bangkok.go.th/bangkoknoi/")

``start_crawl`` returns at once with a ``CrawlProcess`` (for schedulers and
tests that need the process); ``run_crawl`` waits and returns the summary.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from crawler._fork import ForkedCrawl, can_fork, fork_crawl
from crawler.record import count_fetches, finish_crawl
from crawler.summary import CrawlSummary, load_summary
from crawler.urls import canonicalize, in_scope
from oitwatch.exceptions import ConfigError, CrawlError, CrawlTimeout
from oitwatch.settings import Settings
from oitwatch.store import Crawl, Store, open_store
from oitwatch.store.sites import upsert_site

__all__ = ["CrawlProcess", "run_crawl", "start_crawl"]


class CrawlProcess:
    """A running crawl: its child process, crawl id, store and log file."""

    def __init__(
        self,
        proc: subprocess.Popen | ForkedCrawl,
        crawl_id: int,
        store: Store,
        settings: Settings,
        log: Path,
    ):
        self.proc = proc
        self.crawl_id = crawl_id
        self.store = store
        self.settings = settings
        self.log = log
        self.started = time.monotonic()

    @property
    def pid(self) -> int:
        return self.proc.pid

    def summary(self) -> CrawlSummary:
        """The crawl's counts as the store has them now."""
        return load_summary(self.store, self.crawl_id)

    def poll(self) -> int | None:
        return self.proc.poll()

    def stop(self, grace: float = 10.0) -> None:
        """Ask the child to stop (SIGTERM: Scrapy closes cleanly), then kill it after ``grace`` s."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                self.kill()

    def kill(self) -> None:
        """Kill the child (SIGKILL) and reap it."""
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()

    def _log_tail(self) -> str:
        try:
            return self.log.read_text(errors="replace")[-2000:]
        except OSError:
            return ""

    def wait(
        self,
        *,
        timeout: float | None = None,
        on_tick: Callable[[CrawlSummary], None] | None = None,
    ) -> CrawlSummary:
        """Wait for the child; kill it after ``timeout`` (default ``settings.crawl_timeout``).

        ``on_tick(summary)`` is called about every second while it runs. Killed
        at the timeout, a crawl that fetched something is kept as ``partial``
        (the child normally closes itself as partial a little earlier);
        one that fetched nothing is marked failed and ``CrawlTimeout`` raised.
        """
        limit = self.settings.crawl_timeout if timeout is None else timeout
        deadline = self.started + limit
        while self.proc.poll() is None:
            if time.monotonic() >= deadline:
                self.kill()
                # What it fetched is kept and judged as a partial crawl; nothing fetched, it failed.
                counts = count_fetches(self.store, self.crawl_id)
                fetched = bool(counts["pages"] or counts["documents"])
                finish_crawl(
                    self.store,
                    self.crawl_id,
                    status="partial" if fetched else "failed",
                    error=f"killed after the {limit:g} s crawl timeout",
                )
                if fetched:
                    summary = self.summary()
                    self.store.close()
                    return summary
                self.store.close()
                raise CrawlTimeout(
                    f"crawl {self.crawl_id} outlived its {limit:g} s timeout and was killed"
                )
            try:
                if on_tick is not None:
                    on_tick(self.summary())
                with contextlib.suppress(subprocess.TimeoutExpired):
                    self.proc.wait(timeout=min(1.0, max(0.05, deadline - time.monotonic())))
            except KeyboardInterrupt:
                self.stop()
                finish_crawl(self.store, self.crawl_id, status="failed", error="interrupted")
                self.store.close()
                raise
        if self.proc.returncode != 0:
            error = f"crawl process exited with status {self.proc.returncode}: {self._log_tail()}"
        else:
            error = "the crawl process ended without closing its crawl"
        # A no-op when the child closed its crawl itself (the normal case).
        finish_crawl(self.store, self.crawl_id, status="failed", error=error)
        summary = self.summary()
        self.store.close()
        return summary


def start_crawl(
    settings: Settings,
    start_url: str,
    *,
    site_key: str | None = None,
    scope_prefix: str | None = None,
    max_pages: int | None = None,
    delay: float | None = None,
    defer_ocr: bool = False,
) -> CrawlProcess:
    """Create the site and crawl rows and launch ``python -m crawler._child``; return at once.

    ``defer_ocr``: documents needing OCR are left to extract jobs (``ExtractJob`` rows).
    """
    overrides = {k: v for k, v in (("max_pages", max_pages), ("delay", delay)) if v is not None}
    if overrides:
        settings = Settings(**{**settings.model_dump(), **overrides})
    store = open_store(settings.db)
    try:
        return _launch(
            store,
            settings,
            start_url,
            site_key=site_key,
            scope_prefix=scope_prefix,
            defer_ocr=defer_ocr,
        )
    except BaseException:
        store.close()
        raise


def _start_child(job: dict, log: Path) -> subprocess.Popen | ForkedCrawl:
    """The crawl's process: forked from the warm server (``crawler._fork``) where there is one."""
    log.write_bytes(b"")
    if can_fork():
        return fork_crawl(job, log)
    with log.open("wb") as log_fh:
        proc = subprocess.Popen(
            [sys.executable, "-m", "crawler._child"],
            stdin=subprocess.PIPE,
            stdout=log_fh,
            stderr=subprocess.STDOUT,
        )
    assert proc.stdin is not None
    proc.stdin.write(json.dumps(job).encode())
    proc.stdin.close()
    return proc


def _launch(
    store: Store,
    settings: Settings,
    start_url: str,
    *,
    site_key: str | None,
    scope_prefix: str | None,
    defer_ocr: bool = False,
) -> CrawlProcess:
    store.abort_dead_crawls()
    with store.session() as s:
        site = upsert_site(s, start_url, key=site_key, scope_prefix=scope_prefix)
        if not in_scope(canonicalize(start_url), canonicalize(site.scope_prefix)):
            raise ConfigError(f"start URL {start_url!r} is outside the scope {site.scope_prefix!r}")
        refused = settings.address_policy.refusal(start_url, unresolved=False)
        if refused:  # (rolled back: no site row, no crawl row)
            raise ConfigError(refused)
        crawl = Crawl(site_id=site.id, status="running", pid=os.getpid())
        s.add(crawl)
        s.flush()
        crawl_id, key, scope = crawl.id, site.key, site.scope_prefix
    job = {
        "settings": settings.model_dump(mode="json"),
        "crawl_id": crawl_id,
        "start_url": start_url,
        "scope_prefix": scope,
        "site_key": key,
        # Wall-clock time of the hard kill: the child closes gracefully a little before it.
        "deadline": time.time() + settings.crawl_timeout,
        "parent": os.getpid(),  # the child ends when this process dies
        "defer_ocr": defer_ocr,
    }
    logs = settings.data_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    log = logs / f"crawl-{crawl_id}.log"
    try:
        proc = _start_child(job, log)
    except OSError as exc:
        finish_crawl(
            store, crawl_id, status="failed", error=f"cannot start the crawl process: {exc}"
        )
        raise CrawlError(f"cannot start the crawl process: {exc}") from exc
    with store.session() as s:
        row = s.get(Crawl, crawl_id)
        if row is not None and row.status == "running":
            row.pid = proc.pid
    return CrawlProcess(proc, crawl_id, store, settings, log)


def run_crawl(
    settings: Settings,
    start_url: str,
    *,
    site_key: str | None = None,
    scope_prefix: str | None = None,
    max_pages: int | None = None,
    delay: float | None = None,
    progress: bool = False,
    defer_ocr: bool = False,
) -> CrawlSummary:
    """Crawl ``start_url`` in a child process (hard timeout ``settings.crawl_timeout``).

    Marks dead earlier crawls aborted, upserts the site, and returns the
    summary read back from the store. ``progress`` shows live counts on stderr.
    """
    job = start_crawl(
        settings,
        start_url,
        site_key=site_key,
        scope_prefix=scope_prefix,
        max_pages=max_pages,
        delay=delay,
        defer_ocr=defer_ocr,
    )
    if not progress:
        return job.wait()
    from crawler.progress import live_progress

    with live_progress(start_url, store=job.store) as tick:
        return job.wait(on_tick=tick)
