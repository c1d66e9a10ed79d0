"""Re-crawls: conditional requests, nothing re-downloaded or re-extracted unless it changed."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crawler import run_crawl
from oitwatch.devserver import Fault
from oitwatch.settings import Settings
from oitwatch.store import Content, Crawl, Fetch, Store
from tests.crawler.sites import build_small_site, write

CONDITIONAL = ("If-None-Match", "If-Modified-Since")


def _fetches(store: Store, crawl_id: int) -> dict[str, Fetch]:
    with store.session() as s:
        rows = s.scalars(select(Fetch).where(Fetch.crawl_id == crawl_id)).all()
    return {r.url.rsplit("/", 1)[-1]: r for r in rows}


def _contents(store: Store) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(Content)) or 0


def test_unchanged_recrawl_is_conditional_and_downloads_nothing(
    serve, settings: Settings, store: Store, tmp_path: Path
) -> None:
    build_small_site(tmp_path / "site")
    srv = serve(tmp_path / "site")
    first = run_crawl(settings, srv.url("/district-a/index.html"))
    assert first.status == "complete" and first.pages == 6 and first.documents == 1
    contents = _contents(store)
    srv.clear_requests()
    second = run_crawl(settings, srv.url("/district-a/index.html"))
    assert second.status == "complete"
    assert (second.pages, second.documents, second.not_modified) == (6, 1, 7)
    # robots.txt and the sitemap (read first on a re-crawl, none here) are not the site's URLs
    asked = [
        (path, headers)
        for path, headers in srv.requests
        if path not in ("/robots.txt", "/district-a/sitemap.xml")
    ]
    assert len(asked) == 7
    assert all(any(h in headers for h in CONDITIONAL) for _, headers in asked)
    assert _contents(store) == contents  # nothing new stored, nothing re-extracted
    again = _fetches(store, second.crawl_id)
    before = _fetches(store, first.crawl_id)
    assert {u: f.outcome for u, f in again.items()} == dict.fromkeys(before, "not_modified")
    assert all(again[u].content_sha256 == before[u].content_sha256 for u in before)
    assert first.bytes_downloaded > 10_000
    assert second.bytes_downloaded < 100  # 304s have no body; only robots.txt's 404 page


def test_changed_page_is_fetched_and_extracted_again(
    serve, settings: Settings, store: Store, tmp_path: Path
) -> None:
    root = tmp_path / "site"
    build_small_site(root)
    srv = serve(root)
    first = run_crawl(settings, srv.url("/district-a/index.html"))
    page = write(
        root,
        "district-a/p1.html",
        "<html><title>ใหม่</title><body><p>ประกาศฉบับแก้ไข</p></body></html>",
    )
    later = time.time() + 5
    os.utime(page, (later, later))
    second = run_crawl(settings, srv.url("/district-a/index.html"))
    after = _fetches(store, second.crawl_id)
    assert after["p1.html"].outcome == "ok"
    assert (
        after["p1.html"].content_sha256 != _fetches(store, first.crawl_id)["p1.html"].content_sha256
    )
    with store.session() as s:
        assert "ประกาศฉบับแก้ไข" in s.get(Content, after["p1.html"].content_sha256).text
    assert second.not_modified == 6
    assert after["doc.pdf"].outcome == "not_modified"


def test_page_cap_and_depth(serve, tmp_path: Path) -> None:
    build_small_site(tmp_path / "site", pages=10)
    srv = serve(tmp_path / "site")
    settings = Settings(data_dir=tmp_path / "data", delay=0, max_pages=4)
    summary = run_crawl(settings, srv.url("/district-a/index.html"))
    assert summary.status == "complete"
    asked = [p for p, _ in srv.requests if p != "/robots.txt"]
    # four URLs, then the document the pages read link (the evidence), though the cap is reached
    assert len([p for p in asked if p.endswith(".html")]) == 4
    assert "/district-a/doc.pdf" in asked and len(asked) == 5
    shallow = Settings(data_dir=tmp_path / "data2", delay=0, max_depth=1)
    write(tmp_path / "site", "district-a/p0.html", '<a href="deeper.html">ลึก</a>')
    write(tmp_path / "site", "district-a/deeper.html", "<p>ลึก</p>")
    srv.clear_requests()
    assert run_crawl(shallow, srv.url("/district-a/index.html")).pages == 11
    assert "/district-a/deeper.html" not in [p for p, _ in srv.requests]


def test_hard_timeout_kills_the_crawl(serve, tmp_path: Path) -> None:
    from oitwatch.exceptions import CrawlTimeout

    srv = serve(None, {"/district-a/index.html": Fault(delay=30, body=b"<p>x</p>")})
    settings = Settings(data_dir=tmp_path / "data", delay=0, crawl_timeout=4, download_timeout=60)
    with pytest.raises(CrawlTimeout):
        run_crawl(settings, srv.url("/district-a/index.html"))
    from oitwatch.store import open_store

    store = open_store(settings.db)
    with store.session() as s:
        crawl = s.scalars(select(Crawl)).one()
        assert crawl.status == "failed" and "timeout" in (crawl.error or "")
    store.close()
