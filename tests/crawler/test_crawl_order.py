"""Crawl order: a document is fetched as soon as a page links it, ahead of the pages waiting.

Breadth-first (DEPTH_PRIORITY) would leave every document, one level below the
pages linking it, to the end of the crawl, and their extraction after it.
"""

from __future__ import annotations

from pathlib import Path

from crawler import run_crawl
from oitwatch.demo.documents import make_pdf
from oitwatch.settings import Settings

LISTS = 20  # more than Scrapy takes into the downloader at once (CONCURRENT_REQUESTS 8)


def test_a_linked_document_goes_ahead_of_the_waiting_pages(
    serve, settings: Settings, tmp_path: Path
) -> None:
    site = tmp_path / "site" / "d"
    site.mkdir(parents=True)
    head = '<!doctype html><html><head><meta charset="utf-8"></head><body>'
    links = "".join(f'<a href="list{n}.html">หมวด {n}</a>' for n in range(LISTS))
    (site / "index.html").write_text(f"{head}{links}</body></html>", encoding="utf-8")
    for n in range(LISTS):
        doc = '<a href="report.pdf">รายงาน</a>' if n == 0 else ""
        (site / f"list{n}.html").write_text(
            f"{head}<h1>หมวด {n}</h1>{doc}</body></html>", encoding="utf-8"
        )
    (site / "report.pdf").write_bytes(make_pdf([["รายงานผลการดำเนินงาน ประจำปีงบประมาณ 2568"]]))
    one = settings.model_copy(update={"concurrency_per_host": 1})
    srv = serve(tmp_path / "site")
    summary = run_crawl(one, srv.url("/d/index.html"))
    assert summary.status == "complete" and summary.documents == 1
    order = [path for path, _ in srv.requests if path != "/robots.txt"]
    assert len(order) == LISTS + 2
    # Linked from the first list page (depth 1), the document (depth 2) is fetched before
    # the list pages still queued, not after all of them.
    assert order.index("/d/report.pdf") < order.index(f"/d/list{LISTS - 1}.html")
