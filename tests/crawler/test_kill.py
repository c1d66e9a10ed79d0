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
