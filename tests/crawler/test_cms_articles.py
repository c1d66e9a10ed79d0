"""A CMS news list of many articles on one script (``news.php?id=N``) is content, not a trap."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from crawler import run_crawl
from oitwatch.devserver import Fault, SiteServer
from oitwatch.settings import Settings
from oitwatch.store import open_store
from tests.crawler.crawled import Crawled
from tests.crawler.sites import write

ARTICLES = 120


def test_every_article_of_a_long_cms_list_is_fetched(
    tmp_path: Path, settings: Settings, serve: Callable[..., SiteServer]
) -> None:
    root = tmp_path / "site"
    links = "".join(
        f'<li><a href="news.php?id={n}">ข่าวประชาสัมพันธ์ ฉบับที่ {n}</a></li>'
        for n in range(1, ARTICLES + 1)
    )
    write(
        root,
        "district-a/index.html",
        '<!doctype html><html><head><meta charset="utf-8"><title>ข่าว</title></head>'
        f"<body><ul>{links}</ul></body></html>",
    )
    faults = {
        f"/district-a/news.php?id={n}": Fault(
            body=(
                f'<html><head><meta charset="utf-8"><title>ข่าว {n}</title></head>'
                f"<body><p>ประกาศสำนักงานเขต ฉบับที่ {n}</p></body></html>"
            ).encode(),
            headers={"Content-Type": "text/html; charset=utf-8"},
        )
        for n in range(1, ARTICLES + 1)
    }
    server = serve(root, faults)
    summary = run_crawl(settings, server.url("/district-a/index.html"))
    store = open_store(settings.db)
    try:
        fetched = Crawled(server, settings, summary, store).fetches()
    finally:
        store.close()
    assert summary.status == "complete"
    articles = {p: f.outcome for p, f in fetched.items() if p.startswith("/district-a/news.php")}
    assert articles == {f"/district-a/news.php?id={n}": "ok" for n in range(1, ARTICLES + 1)}
    assert summary.pages == ARTICLES + 1
