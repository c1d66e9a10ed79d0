"""JavaScript-built pages: an OIT index page that is an empty shell filled by a script is rendered and checked."""

from __future__ import annotations

import itertools
import json
import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from crawler import run_crawl
from crawler.extract.html import parse_html
from crawler.render import looks_like_shell
from oitwatch.demo.scenarios import bangkok_noi_2567
from oitwatch.settings import Settings
from oitwatch.store import Content, Crawl, Fetch, open_store

pytestmark = pytest.mark.skipif(
    shutil.which("chromium") is None and not Path("/usr/bin/chromium").is_file(),
    reason="Debian's chromium is not installed",
)

AS_OF = date(2025, 4, 30)
OIT_DIR = "bangkoknoi/page/sub/20000"


def _shell(title: str, mount: str = "__next") -> str:
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>'
        f'<script src="/bangkoknoi/static/oit-app.js" defer></script></head>'
        f'<body><div id="{mount}"></div><noscript>เปิด JavaScript</noscript></body></html>'
    )


APP_JS = """
fetch('/bangkoknoi/api/oit.json')
  .then(function (r) { return r.json(); })
  .then(function (d) { document.getElementById('__next').innerHTML = d.html; });
"""


def build_js_site(root: Path) -> dict[str, str]:
    """Bangkok Noi's known-answer site, its OIT index page a Next.js-like shell filled by fetch()."""
    expected = bangkok_noi_2567(root)
    oit = next((root / OIT_DIR).glob("*/index.html"))
    html = oit.read_text(encoding="utf-8")
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    body = re.search(r"<body[^>]*>(.*)</body>", html, re.S).group(1)
    (root / "bangkoknoi/api").mkdir(parents=True, exist_ok=True)
    (root / "bangkoknoi/api/oit.json").write_text(
        json.dumps({"html": body}, ensure_ascii=False), encoding="utf-8"
    )
    (root / "bangkoknoi/static").mkdir(parents=True, exist_ok=True)
    (root / "bangkoknoi/static/oit-app.js").write_text(APP_JS, encoding="utf-8")
    oit.write_text(_shell(title), encoding="utf-8")
    return expected


def test_shell_detection() -> None:
    shell = _shell("การเปิดเผยข้อมูลสาธารณะ OIT").encode()
    assert looks_like_shell(shell, parse_html(shell, "text/html", "http://h.test/"))
    page = (
        "<html><body><h1>ข่าวประชาสัมพันธ์</h1>"
        + "<p>สำนักงานเขตจัดกิจกรรมวันต่อต้านคอร์รัปชันสากล ณ ลานหน้าสำนักงานเขต</p>" * 5
        + '<script src="/app.js"></script></body></html>'
    ).encode()
    assert not looks_like_shell(page, parse_html(page, "text/html", "http://h.test/"))
    empty = b"<html><body><p>404</p></body></html>"  # no scripts: nothing to render
    assert not looks_like_shell(empty, parse_html(empty, "text/html", "http://h.test/"))


def test_javascript_built_oit_page_is_rendered_and_checked(serve, tmp_path: Path) -> None:
    from checklist.run import check_site

    expected = build_js_site(tmp_path / "site")
    srv = serve(tmp_path / "site")
    url = srv.url("/bangkoknoi")
    settings = Settings(data_dir=tmp_path / "data", delay=0, contact="tests@oitwatch.invalid")
    result = check_site(settings, url, framework="bma-2567", as_of=AS_OF)
    got = {it["code"]: it["status"] for it in result["items"]}
    assert got == expected
    store = open_store(settings.db)
    with store.session() as s:
        rendered = s.execute(
            select(Fetch.url, Content.text)
            .join(Content, Content.sha256 == Fetch.content_sha256)
            .where(Content.extract_method == "html+js")
        ).all()
    store.close()
    assert len(rendered) == 1 and "20000" in rendered[0][0]
    # The browser asked our server only for the page, its script and its data: no other host.
    paths = [p for p, _ in srv.requests]
    assert "/bangkoknoi/api/oit.json" in paths and "/bangkoknoi/static/oit-app.js" in paths

    # A re-crawl renders it again: its shell's 304 says nothing of the data the script loads.
    again = run_crawl(settings, url)
    store = open_store(settings.db)
    with store.session() as s:
        stats = s.get(Crawl, again.crawl_id).stats
    store.close()
    assert stats.get("oitwatch/rendered") == 1 and again.reused >= 1

    # Without rendering the same site loses the items only the OIT page links.
    plain = Settings(
        data_dir=tmp_path / "plain", delay=0, contact="tests@oitwatch.invalid", render_pages=0
    )
    unrendered = check_site(plain, url, framework="bma-2567", as_of=AS_OF)
    lost = [it["code"] for it in unrendered["items"] if it["status"] != expected[it["code"]]]
    assert lost, "the fixture must depend on the JavaScript-built page"


def test_the_browser_waits_out_the_per_host_delay(serve, tmp_path: Path) -> None:
    """Chromium's own requests (the page, its script, its data) are spaced like the crawl's:
    measured on the loopback server, the gaps between request starts, all of them."""
    root = tmp_path / "site"
    (root / "js").mkdir(parents=True)
    links = "".join(f'<a href="{n}">{n}</a> ' for n in ("shell.html", "a.html", "b.html"))
    (root / "js/index.html").write_text(f"<html><body>{links}</body></html>", encoding="utf-8")
    for name in ("a.html", "b.html"):
        (root / f"js/{name}").write_text(
            f"<html><body><p>{'หน้าธรรมดา ' * 40}</p></body></html>", encoding="utf-8"
        )
    (root / "js/shell.html").write_text(
        '<!doctype html><html><head><script src="app.js"></script></head>'
        '<body><div id="root"></div></body></html>',
        encoding="utf-8",
    )
    (root / "js/app.js").write_text(
        "Promise.all(['one.json', 'two.json', 'three.json'].map(function (n) {"
        "  return fetch(n).then(function (r) { return r.json(); }); }))"
        ".then(function (parts) { document.getElementById('root').innerHTML ="
        "  parts.map(function (p) { return p.html; }).join(''); });",
        encoding="utf-8",
    )
    for n, name in enumerate(("one", "two", "three")):
        html = f"<p>{'ข้อมูลที่สคริปต์สร้าง ' * 20}</p><a href='a.html'>{n}</a>"
        (root / f"js/{name}.json").write_text(json.dumps({"html": html}), encoding="utf-8")
    srv = serve(root)
    delay = 1.2
    settings = Settings(data_dir=tmp_path / "data", delay=delay, contact="tests@oitwatch.invalid")
    summary = run_crawl(settings, srv.url("/js/index.html"))
    assert summary.status == "complete"
    starts = sorted(start for _, start, _ in srv.timings)
    paths = [p for p, _ in srv.requests]
    assert {"/js/app.js", "/js/one.json", "/js/two.json", "/js/three.json"} <= set(paths)
    assert paths.count("/js/shell.html") == 2  # fetched, then rendered
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    # Scrapy's delay has a ±50% jitter: no two requests leave closer than half the delay; on a
    # loaded machine Playwright's driver may hold one back a few tenths of a second more than
    # the next. Chromium's own burst, before it waited its turn: 10-60 ms apart.
    assert min(gaps) >= delay * 0.25, sorted(gaps)[:4]
