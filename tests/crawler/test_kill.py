"""A crawl killed with SIGKILL mid-way: the store survives, the next crawl cleans up."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from sqlalchemy import func, select, text

from crawler import run_crawl, start_crawl
from oitwatch.devserver import Fault
from oitwatch.settings import Settings
from oitwatch.store import Crawl, Fetch, Store
from tests.crawler.sites import build_small_site

PAGES = 30


def _fetch_count(store: Store, crawl_id: int) -> int:
    with store.session() as s:
        return (
            s.scalar(select(func.count()).select_from(Fetch).where(Fetch.crawl_id == crawl_id)) or 0
        )


def test_sigkill_mid_crawl_loses_only_that_crawl(
    serve, settings: Settings, store: Store, tmp_path: Path
) -> None:
    root = tmp_path / "site"
    build_small_site(root, pages=PAGES)
    srv = serve(root)
    url = srv.url("/district-a/index.html")
    first = run_crawl(settings, url)
    assert first.status == "complete"
    first_fetches = _fetch_count(store, first.crawl_id)
    assert first_fetches == PAGES + 2

    for i in range(PAGES):  # now every page answers slowly
        body = (root / f"district-a/p{i}.html").read_bytes()
        srv.set_fault(
            f"/district-a/p{i}.html",
            Fault(delay=0.4, body=body, headers={"Content-Type": "text/html"}),
        )
    job = start_crawl(settings, url)
    deadline = time.monotonic() + 60
    while _fetch_count(store, job.crawl_id) < 3 and time.monotonic() < deadline:
        assert job.poll() is None, "the crawl ended before it could be killed"
        time.sleep(0.1)
    assert _fetch_count(store, job.crawl_id) >= 3
    with store.session() as s:
        assert s.get(Crawl, job.crawl_id).pid == job.pid  # the child recorded itself
    os.kill(job.pid, signal.SIGKILL)
    job.proc.wait()
    killed_at = _fetch_count(store, job.crawl_id)
    assert killed_at < PAGES + 2

    for i in range(PAGES):
        srv.set_fault(f"/district-a/p{i}.html", None)
    third = run_crawl(settings, url)
    assert third.status == "complete"
    with store.session() as s:
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        killed = s.get(Crawl, job.crawl_id)
        assert killed.status == "aborted" and killed.finished_at is not None
        assert s.get(Crawl, first.crawl_id).status == "complete"
    assert _fetch_count(store, first.crawl_id) == first_fetches
    assert _fetch_count(store, job.crawl_id) == killed_at
    assert _fetch_count(store, third.crawl_id) == PAGES + 2


def test_the_crawl_process_ends_when_its_parent_is_killed(
    serve, settings: Settings, store: Store, tmp_path: Path
) -> None:
    """kill -9 of the CLI must not leave its crawl child running without a timeout."""
    import subprocess
    import sys

    from oitwatch.store.db import process_alive

    root = tmp_path / "site"
    build_small_site(root, pages=PAGES)
    faults = {
        f"/district-a/p{i}.html": Fault(
            delay=1.0, body=b"<html><p>slow</p></html>", headers={"Content-Type": "text/html"}
        )
        for i in range(PAGES)
    }
    srv = serve(root, faults)
    cli = subprocess.Popen(
        [sys.executable, "-m", "oitwatch", "crawl", srv.url("/district-a/index.html"),
         "--data-dir", str(settings.data_dir), "--delay", "0"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    child = None
    try:
        deadline = time.monotonic() + 60
        while child is None and time.monotonic() < deadline:
            time.sleep(0.2)
            with store.session() as s:
                pid = s.scalar(select(Crawl.pid).where(Crawl.status == "running"))
            if pid and pid != cli.pid and process_alive(pid):
                child = pid
        assert child is not None, "the crawl child never started"
        time.sleep(1.0)  # mid-crawl: fetching the slow pages
        cli.kill()
        cli.wait(timeout=30)
        gone_by = time.monotonic() + 20
        while process_alive(child) and time.monotonic() < gone_by:
            time.sleep(0.2)
        assert not process_alive(child), "the crawl child outlived its parent"
    finally:
        if cli.poll() is None:
            cli.kill()
            cli.wait()
        if child and process_alive(child):
            os.kill(child, signal.SIGKILL)
