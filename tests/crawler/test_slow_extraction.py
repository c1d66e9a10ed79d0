"""A document that takes long to read (OCR) must not stall the downloads around it.

Extraction runs beside Scrapy's reactor: while Tesseract reads a scan for longer
than the download timeout, the pages in flight keep downloading. Were the reactor
blocked, their timeout timers would fire before their large bodies were read,
and each page would be fetched again (a retry) or lost.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from crawler import run_crawl
from oitwatch.demo.documents import make_scanned_pdf
from oitwatch.devserver import Fault, SiteServer
from oitwatch.settings import Settings
from oitwatch.store import Crawl, open_store
from tests.conftest import have_tesseract_thai
from tests.crawler.crawled import Crawled
from tests.crawler.sites import SCAN_LINE, write

PAGES = 8
TIMEOUT = 2.0
PADDING = 2 * 1024 * 1024  # more than loopback buffers hold: a body takes many reads


def _page(i: int) -> bytes:
    html = f"<html><body><p>เนื้อหาหน้า {i}</p><!-- {'x' * PADDING} --></body></html>"
    return html.encode()


@pytest.mark.ocr
@pytest.mark.skipif(not have_tesseract_thai(), reason="needs tesseract with Thai")
def test_slow_ocr_does_not_time_out_other_downloads(
    tmp_path: Path, serve: Callable[..., SiteServer]
) -> None:
    root = tmp_path / "site"
    links = "".join(f'<li><a href="p{i}.html">หน้า {i}</a></li>' for i in range(PAGES))
    write(
        root,
        "district-a/index.html",
        '<!doctype html><html><head><meta charset="utf-8"><title>หน้าแรก</title></head><body>'
        '<ul><li><a href="scan.pdf">ประกาศ (สแกน)</a></li>'
        f'<li><a href="copy/scan.pdf">ประกาศ (สำเนา)</a></li>{links}</ul></body></html>',
    )
    # Eight lines of a scan: OCR takes several times the download timeout.
    scan_pdf = make_scanned_pdf([f"{SCAN_LINE} {n}" for n in range(8)])
    write(root, "district-a/scan.pdf", scan_pdf)
    write(root, "district-a/copy/scan.pdf", scan_pdf)  # the same body, fetched meanwhile
    faults = {
        f"/district-a/p{i}.html": Fault(
            delay=0.5, body=_page(i), headers={"Content-Type": "text/html; charset=utf-8"}
        )
        for i in range(PAGES)
    }
    server = serve(root, faults)
    settings = Settings(
        data_dir=tmp_path / "data",
        delay=0,
        contact="tests@oitwatch.invalid",
        download_timeout=TIMEOUT,
        concurrency_per_host=4,
        ocr=True,
        crawl_timeout=120,
    )
    summary = run_crawl(settings, server.url("/district-a/index.html"))
    store = open_store(settings.db)
    try:
        crawled = Crawled(server, settings, summary, store)
        fetched = crawled.fetches()
        scan = crawled.content(fetched["/district-a/scan.pdf"].content_sha256)
        with store.session() as s:
            crawl = s.get(Crawl, summary.crawl_id)
            assert crawl is not None
            stats = dict(crawl.stats)
    finally:
        store.close()
    assert summary.status == "complete"
    assert (scan.extract_method, scan.extract_status) == ("pdf+ocr", "ok")
    copy = fetched["/district-a/copy/scan.pdf"]  # stored with the Content it references
    assert (copy.outcome, copy.content_sha256) == ("ok", scan.sha256)
    paths = [f"/district-a/p{i}.html" for i in range(PAGES)]
    assert {p: fetched[p].outcome for p in paths} == dict.fromkeys(paths, "ok")
    # Not one timeout, hence not one retry: every page was asked for exactly once.
    assert not [k for k in stats if "Timeout" in k]
    requested = [p for p, _ in server.requests]
    assert {p: requested.count(p) for p in paths} == dict.fromkeys(paths, 1)
