"""The browser's own requests (a rendered page's scripts) obey robots.txt and the address rules."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from crawler import run_crawl
from oitwatch.settings import Settings
from oitwatch.store import Content, Crawl, Fetch, open_store
from tests.crawler.sites import write

pytestmark = pytest.mark.skipif(
    shutil.which("chromium") is None and not Path("/usr/bin/chromium").is_file(),
    reason="Debian's chromium is not installed",
)

SHELL = (
    '<!doctype html><html><head><meta charset="utf-8"><title>OIT</title>'
    '<script src="/site/app.js" defer></script></head>'
    '<body><div id="__next"></div></body></html>'
)
APP_JS = """
function put(url) {
  return fetch(url).then(function (r) { return r.json(); })
    .then(function (d) { document.getElementById('__next').insertAdjacentHTML('beforeend', d.html); })
    .catch(function () {});
}
Promise.all([put('/site/api/ok.json'), put('/site/private/secret.json'), put('OTHER')]);
"""


def test_the_browser_does_not_fetch_what_robots_txt_disallows(serve, tmp_path: Path) -> None:
    root = tmp_path / "site"
    write(root, "robots.txt", "User-agent: *\nDisallow: /site/private/\n")
    write(root, "site/index.html", SHELL)
    ok = "การเปิดเผยข้อมูลสาธารณะ " * 20
    write(root, "site/api/ok.json", json.dumps({"html": f"<p>{ok}</p>"}, ensure_ascii=False))
    write(root, "site/private/secret.json", '{"html": "<p>ความลับ</p>"}')
    (tmp_path / "elsewhere").mkdir()
    other = serve(tmp_path / "elsewhere")  # another port of the same machine: not the site
    write(root, "site/app.js", APP_JS.replace("OTHER", other.url("/steal.json")))
    srv = serve(root)
    settings = Settings(data_dir=tmp_path / "data", delay=0, contact="tests@oitwatch.invalid")
    summary = run_crawl(settings, srv.url("/site/index.html"))
    assert summary.status == "complete"
    paths = [p for p, _ in srv.requests]
    assert "/site/app.js" in paths and "/site/api/ok.json" in paths  # the page was rendered
    assert "/site/private/secret.json" not in paths  # robots.txt: Chromium never sent it
    assert other.requests == []  # nor anything to another port
    store = open_store(settings.db)
    with store.session() as s:
        text = s.scalar(
            select(Content.text)
            .join(Fetch, Fetch.content_sha256 == Content.sha256)
            .where(Content.extract_method == "html+js")
        )
        stats = s.get(Crawl, summary.crawl_id).stats
    store.close()
    assert text and "การเปิดเผยข้อมูลสาธารณะ" in text and "ความลับ" not in text
    assert stats.get("oitwatch/render_robots") == 1
