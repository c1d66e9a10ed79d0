"""Pages as browsers forgive them: stray ``</html>``, deep nesting, link floods, real sites."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from crawler import run_crawl
from crawler.extract.html import MAX_LINKS, parse_html
from oitwatch.devserver import SiteServer
from oitwatch.settings import Settings
from oitwatch.store import Content, Crawl, Fetch, Link, open_store
from tests.conftest import real_material

NYSSO = real_material("sites", "nysso")


def _include_page(n: int) -> bytes:
    """A page built from PHP includes: the header include ends with ``</body></html>``."""
    header = (
        "<!DOCTYPE html><html><head><title>หัว</title></head><body><script></script></body></html>"
    )
    items = "".join(f'<li><a href="/doc{i}.pdf">เอกสาร {i}</a></li>' for i in range(n))
    body = f"<body><h1>ข้อมูลสาธารณะ</h1><ul>{items}</ul><footer>ติดต่อเรา</footer></body></html>"
    return f"<!DOCTYPE html><html><head>{header}</head>{body}".encode()


def test_stray_end_of_page_from_an_include_keeps_the_rest() -> None:
    page = parse_html(_include_page(30), "text/html; charset=utf-8", "http://h/p/index.html")
    assert [link.url for link in page.links] == [f"http://h/doc{i}.pdf" for i in range(30)]
    assert "ข้อมูลสาธารณะ" in page.text and "ติดต่อเรา" in page.text
    assert page.notes == ""


def test_duplicate_body_and_unclosed_tags() -> None:
    html = (
        "<html><body><div><p>ย่อหน้าแรก<body><table><tr><td>O1<td><a href=a.pdf>แผน</a>"
        "</html><p>ท้ายหน้า <a href=b.pdf>รายงาน</a>"
    )
    page = parse_html(html.encode(), "text/html; charset=utf-8", "http://h/")
    assert {link.url for link in page.links} == {"http://h/a.pdf", "http://h/b.pdf"}
    assert "ท้ายหน้า" in page.text


@pytest.mark.parametrize("depth", [300, 1500])
def test_deep_nesting_is_not_cut(depth: int) -> None:
    items = "".join(f'<li><font><a href="/l{i}">รายการ {i}</a>' for i in range(200))
    deep = "<div>" * depth + '<a href="/deep">ลึก</a>' + "</div>" * depth
    html = f"<html><body><ul>{items}</ul>{deep}<footer><a href=/foot>ท้าย</a></footer></body></html>"
    page = parse_html(html.encode(), "text/html; charset=utf-8", "http://h/")
    urls = [link.url for link in page.links]
    assert len(urls) == 202
    assert urls[-2:] == ["http://h/deep", "http://h/foot"]
    assert page.text.splitlines()[-1] == "ท้าย"
    assert page.notes == ""


def test_truncation_that_still_happens_is_recorded() -> None:
    # Deeper than any parser keeps in a tree of this size: what is lost is said.
    depth = 2100
    links = "".join(f"<a href=/x{i}>x</a>" for i in range(20))
    html = "<html><body>" + "<div>" * depth + links + "</div>" * depth + "</body></html>"
    page = parse_html(html.encode() + b" " * 3_000_000, "text/html", "http://h/")
    assert len(page.links) < 20
    assert "truncated" in page.notes


def test_link_flood_keeps_the_first_links_and_counts_the_rest() -> None:
    html = (
        "<html><body>" + "".join(f"<a href=/l{i}>l</a> " for i in range(50_000)) + "</body></html>"
    )
    page = parse_html(html.encode(), "text/html", "http://h/")
    assert len(page.links) == MAX_LINKS
    assert page.links_dropped == 50_000 - MAX_LINKS
    assert f"{50_000 - MAX_LINKS} links" in page.notes


def test_crawl_records_dropped_links_and_truncation(tmp_path: Path) -> None:
    site = tmp_path / "site" / "d"
    site.mkdir(parents=True)
    flood = "".join(f"<a href=/d/l{i}.html>l</a> " for i in range(MAX_LINKS + 120))
    (site / "index.html").write_bytes(
        f"<html><body><a href=inc.html>inc</a> {flood}</body></html>".encode()
    )
    (site / "inc.html").write_bytes(_include_page(5))
    server = SiteServer(tmp_path / "site").start()
    try:
        settings = Settings(
            data_dir=tmp_path / "data", delay=0, max_pages=3, ocr=False, contact="t@x.invalid"
        )
        summary = run_crawl(settings, server.url("/d/index.html"))
        store = open_store(settings.db)
        with store.session() as s:
            crawl = s.get(Crawl, summary.crawl_id)
            assert crawl is not None and crawl.stats["oitwatch/links_dropped"] == 121  # 1 + flood
            rows = {
                f.url.rsplit("/", 1)[1]: s.get(Content, f.content_sha256)
                for f in s.scalars(select(Fetch).where(Fetch.crawl_id == summary.crawl_id))
                if f.content_sha256
            }
            assert "121 links" in (rows["index.html"].extract_error or "")
            assert rows["inc.html"].extract_status == "ok"
            assert "ติดต่อเรา" in rows["inc.html"].text
        store.close()
    finally:
        server.stop()


@pytest.mark.skipif(NYSSO is None, reason="../shared/real/sites/nysso is absent")
def test_real_site_built_from_includes_is_read(tmp_path: Path) -> None:
    """nysso's pages repeat ``</body></html>`` from PHP includes; its ITA page links 70 PDFs."""
    assert NYSSO is not None
    server = SiteServer(NYSSO).start()
    try:
        settings = Settings(
            data_dir=tmp_path / "data", delay=0, max_pages=4, ocr=False, contact="t@x.invalid"
        )
        summary = run_crawl(settings, server.url("/page/ITA64.html"))
        store = open_store(settings.db)
        with store.session() as s:
            start = server.url("/page/ITA64.html")
            links = s.scalars(
                select(Link).where(Link.crawl_id == summary.crawl_id, Link.from_url == start)
            ).all()
            pdfs = {link.to_url for link in links if link.to_url.endswith(".pdf")}
            assert len(pdfs) == 70  # every distinct PDF the page links
            fetch = s.scalar(
                select(Fetch).where(Fetch.crawl_id == summary.crawl_id, Fetch.url == start)
            )
            assert fetch is not None
            content = s.get(Content, fetch.content_sha256)
            assert content is not None
            assert "หน่วยงานมีการกำหนดมาตรการ" in content.text
            assert "Copyright" in content.text  # the footer, after three stray </html>
        store.close()
    finally:
        server.stop()
