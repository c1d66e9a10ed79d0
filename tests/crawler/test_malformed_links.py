"""A malformed address on a page costs that link only, never the page or the crawl."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from crawler import run_crawl
from crawler.extract.html import parse_html
from oitwatch.settings import Settings
from oitwatch.store import Fetch, Store
from tests.crawler.sites import write

BAD_LINKS = (
    '<a href="http://[ไม่ใช่ที่อยู่/x">ลิงก์เสีย</a>'
    '<a href="http://127.0.0.1:99999/x">พอร์ตผิด</a>'
    '<a href="ข่าว.html">ข่าวประชาสัมพันธ์</a>'
)


def test_parse_html_skips_a_malformed_href() -> None:
    body = f'<html><head><base href="http://[x/"></head><body>{BAD_LINKS}</body></html>'
    page = parse_html(body.encode(), "text/html", "http://h/d/index.html")
    assert [link.url for link in page.links] == [
        "http://127.0.0.1:99999/x",
        "http://h/d/ข่าว.html",
    ]
    assert "ข่าวประชาสัมพันธ์" in page.text


def test_crawl_survives_malformed_links_on_the_start_page(
    serve, settings: Settings, store: Store, tmp_path: Path
) -> None:
    root = tmp_path / "site"
    write(root, "district-a/index.html", f"<html><body>{BAD_LINKS}</body></html>")
    write(root, "district-a/ข่าว.html", "<p>ข่าวประชาสัมพันธ์ เขตเอ</p>")
    srv = serve(root)
    summary = run_crawl(settings, srv.url("/district-a/index.html"), delay=0)
    assert summary.status == "complete"
    assert (summary.pages, summary.errors) == (2, 0)
    with store.session() as s:
        urls = s.scalars(select(Fetch.url).where(Fetch.crawl_id == summary.crawl_id)).all()
    assert len(urls) == 2
