"""Lists a page's scripts build from JSON ("โหลดเพิ่ม" buttons on /api/posts?page=N, a
``fetch('/data/docs.json')``): the crawler fetches the JSON (same host, robots.txt obeyed,
bounded) and keeps the records' addresses as the page's links, named by their titles, so the
documents named only there are crawled. Real HTTP on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from crawler import run_crawl
from crawler.extract.feeds import Feed, feed_links, following
from crawler.extract.html import parse_html
from oitwatch.demo.documents import make_pdf
from oitwatch.devserver import Fault, SiteServer
from oitwatch.settings import Settings
from oitwatch.store import Fetch, Link, open_store

JSON = {"Content-Type": "application/json; charset=utf-8"}


def test_a_pages_feeds_are_found_in_its_markup_and_inline_scripts() -> None:
    page = parse_html(
        b"""<html><body><div id="list"></div>
        <button data-api="/api/posts?type=doc&amp;page=" data-next="2">more</button>
        <img data-src="/img/a.png" src="blank.gif">
        <a href="/x.pdf" data-file="/y.pdf">x</a>
        <script>fetch('/data/menu.json').then(r => r.json());
        $.getJSON("news.json?year=2565");
        $.ajax({url: '/api/form', method: 'POST'});
        var cfg = {"url": "/about/"};</script>
        <script src="/assets/app.js"></script></body></html>""",
        "text/html; charset=utf-8",
        "http://h.test/d/",
    )
    assert page.feeds == [
        Feed("http://h.test/api/posts?type=doc&page=", 2),
        Feed("http://h.test/data/menu.json"),
        Feed("http://h.test/d/news.json?year=2565"),
    ]


def test_a_records_address_is_named_by_its_title_and_its_files_by_theirs() -> None:
    data = {
        "next_page": 3,
        "items": [
            {
                "id": 7,
                "title": "รายงานผลการสำรวจความพึงพอใจ",
                "url": "/docs/7.html",
                "date": "๑ เม.ย. ๖๕",
                "files": [{"name": "ดาวน์โหลด", "url": "/files/s.pdf"}],
                "cover": "/img/c.png",
            }
        ],
    }
    links = feed_links(data, "http://h.test/api/posts?page=2")
    assert [(lk.url, lk.anchor) for lk in links] == [
        ("http://h.test/docs/7.html", "รายงานผลการสำรวจความพึงพอใจ"),
        ("http://h.test/files/s.pdf", "ดาวน์โหลด"),
    ]
    assert links[1].context.startswith("รายงานผลการสำรวจความพึงพอใจ ๑ เม.ย. ๖๕")
    feed = Feed("http://h.test/api/posts?page=", 1)
    assert following(feed, 2, data, 2) == "http://h.test/api/posts?page=3"
    assert following(feed, 3, {"items": [], "next_page": None}, 0) is None
    assert following(feed, 3, {"items": [{"url": "/a"}]}, 1) == "http://h.test/api/posts?page=4"
    assert following(feed, 4, [{"url": "/a"}], 0) is None  # nothing new: the list ended


def _posts(n: int, pages: int) -> bytes:
    items = [{"title": f"ประกาศ เรื่อง ฉบับที่ {n}", "url": f"/files/p-{n}.pdf", "date": "2565-04-0{n}"}]
    return json.dumps({"items": items, "next_page": n + 1 if n < pages else None}).encode()


def test_a_crawl_reads_the_json_a_page_loads_and_crawls_what_it_names(tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "files").mkdir(parents=True)
    (root / "index.html").write_text(
        '<html><body><h1>เอกสาร</h1><div id="l"></div><button data-api="/api/posts?page=" '
        'data-next="1" data-target="l">โหลดเพิ่ม</button>'
        "<script>fetch('/data/private.json')</script>"
        '<a href="https://www.facebook.com/x" aria-label="Facebook"><svg></svg></a>'
        "</body></html>",
        encoding="utf-8",
    )
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /data/\n", encoding="utf-8")
    (root / "data").mkdir()
    (root / "data" / "private.json").write_text('{"url": "/files/secret.pdf"}', encoding="utf-8")
    faults = {f"/api/posts?page={n}": Fault(body=_posts(n, 3), headers=JSON) for n in (1, 2, 3, 4)}
    for n in (1, 2, 3, 4):
        (root / "files" / f"p-{n}.pdf").write_bytes(make_pdf([[f"ประกาศ ฉบับที่ {n}"]]))
    (root / "files" / "secret.pdf").write_bytes(make_pdf([["ลับ"]]))
    with SiteServer(root, faults) as server:
        settings = Settings(
            data_dir=tmp_path / "data",
            delay=0,
            ocr=False,
            contact="t@x.invalid",
            allow_private="127.0.0.1",
        )
        summary = run_crawl(settings, server.url("/"))
        asked = [p for p, _ in server.requests]
        store = open_store(settings.db)
        with store.session() as s:
            fetched = {
                f.url.rsplit("/", 1)[1]: f.outcome
                for f in s.scalars(select(Fetch).where(Fetch.crawl_id == summary.crawl_id))
            }
            anchors = {
                link.to_url.rsplit("/", 1)[1]: link.anchor
                for link in s.scalars(select(Link).where(Link.crawl_id == summary.crawl_id))
            }
        store.close()
    # the pages the list's script loads, until the list says it ended
    assert [p for p in asked if p.startswith("/api/")] == [
        f"/api/posts?page={n}" for n in (1, 2, 3)
    ]
    assert "/data/private.json" not in asked  # robots.txt
    assert {fetched[f"p-{n}.pdf"] for n in (1, 2, 3)} == {"ok"}
    assert "p-4.pdf" not in fetched and "secret.pdf" not in fetched
    assert anchors["p-2.pdf"] == "ประกาศ เรื่อง ฉบับที่ 2"
    assert anchors["x"] == "Facebook"  # an icon link's name
    assert not [u for u in fetched if "api" in u or u.endswith(".json")]  # the JSON is no row
