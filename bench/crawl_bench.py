"""Crawl benchmark: a synthetic farm of district sites under one loopback host.

    python bench/crawl_bench.py --sites 10 --pages 50

Builds ``--sites`` districts (``/district-N/``, each ``--pages`` HTML pages
with a portal bar linking every other district, and a PDF, XLSX or DOCX on
every tenth page), crawls each one cold, then again unchanged, and prints
pages/s, documents/s, peak RSS of the crawl processes and both wall times.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import resource
import sys
import tempfile
import time
from pathlib import Path

from crawler import CrawlSummary, run_crawl
from oitwatch.demo.documents import make_docx, make_pdf, make_xlsx
from oitwatch.devserver import SiteServer
from oitwatch.settings import Settings
from oitwatch.store import Crawl, open_store


def build_farm(root: Path, sites: int, pages: int) -> int:
    """Write the farm; return the number of documents."""
    docs = 0
    portal = " ".join(f'<a href="/district-{n}/">เขต {n}</a>' for n in range(sites))
    for n in range(sites):
        base = root / f"district-{n}"
        base.mkdir(parents=True)
        for p in range(pages):
            links = [
                f'<li><a href="p{(p * 7 + k) % pages}.html">หน้า {(p * 7 + k) % pages}</a></li>'
                for k in range(1, 4)
            ]
            if p % 10 == 0:
                kind = ("pdf", "xlsx", "docx")[(p // 10) % 3]
                name = f"doc{p}.{kind}"
                line = f"รายงานผลการดำเนินงาน เขต {n} ฉบับที่ {p} ประจำปีงบประมาณ พ.ศ. 2568"
                if kind == "pdf":
                    data = make_pdf([[line] * 5])
                elif kind == "xlsx":
                    data = make_xlsx({"สรุป": [["รายการ", "จำนวน"], [line, p]]})
                else:
                    data = make_docx([line], table=[["โครงการ", "งบ"], [line, str(p)]])
                (base / name).write_bytes(data)
                links.append(f'<li>เอกสาร <a href="{name}">ดาวน์โหลด</a></li>')
                docs += 1
            body = (
                f'<!doctype html><html><head><meta charset="utf-8"><title>เขต {n} หน้า {p}</title></head>'
                f"<body><nav>{portal}</nav><h1>สำนักงานเขต {n}</h1><h2>หน้า {p}</h2>"
                f"<p>{'ข้อมูลข่าวสารของหน่วยงาน ' * 40}</p><ul>{''.join(links)}</ul></body></html>"
            )
            (base / ("index.html" if p == 0 else f"p{p}.html")).write_text(body, encoding="utf-8")
        (base / "p0.html").write_text(
            (base / "index.html").read_text(encoding="utf-8"), encoding="utf-8"
        )
    return docs


def crawl_all(
    settings: Settings, server: SiteServer, sites: int, parallel: int
) -> tuple[list[CrawlSummary], float]:
    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=parallel) as pool:
        futures = [
            pool.submit(
                run_crawl, settings, server.url(f"/district-{n}/"), site_key=f"district-{n}"
            )
            for n in range(sites)
        ]
        summaries = [f.result() for f in futures]
    return summaries, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sites", type=int, default=10)
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument(
        "--parallel", type=int, default=1, help="crawls at once (each its own process)"
    )
    parser.add_argument(
        "--delay", type=float, default=0.0, help="per-host delay (0: no throttling)"
    )
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="oitwatch-bench-") as tmp:
        root = Path(tmp) / "farm"
        t = time.perf_counter()
        docs = build_farm(root, args.sites, args.pages)
        print(
            f"farm: {args.sites} sites x {args.pages} pages, {docs} documents (built in {time.perf_counter() - t:.1f} s)"
        )
        settings = Settings(
            data_dir=Path(tmp) / "data",
            delay=args.delay,
            contact="bench@oitwatch.invalid",
            max_pages=args.pages * 3,
        )
        with SiteServer(root) as server:
            settings = server.allow(settings)
            cold, cold_s = crawl_all(settings, server, args.sites, args.parallel)
            requests_cold = len(server.requests)
            server.clear_requests()
            warm, warm_s = crawl_all(settings, server, args.sites, args.parallel)
            conditional = sum(
                1 for _, h in server.requests if "If-None-Match" in h or "If-Modified-Since" in h
            )
            requests_warm = len(server.requests)
        store = open_store(settings.db)
        with store.session() as s:
            engine_s = {
                c.id: float(c.stats.get("elapsed_time_seconds", 0.0)) for c in s.query(Crawl)
            }
        store.close()
    cold_engine = sum(engine_s[c.crawl_id] for c in cold)
    warm_engine = sum(engine_s[c.crawl_id] for c in warm)
    bad = [s for s in cold + warm if s.status != "complete"]
    pages = sum(s.pages for s in cold)
    documents = sum(s.documents for s in cold)
    rss_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"cold crawl:      {cold_s:7.1f} s  {pages} pages, {documents} documents, {requests_cold} requests"
    )
    print(f"  pages/s:       {pages / cold_s:7.1f}")
    print(f"  documents/s:   {documents / cold_s:7.1f}")
    print(f"  bytes:         {sum(s.bytes_downloaded for s in cold) / 1024:7.0f} KiB")
    print(
        f"unchanged crawl: {warm_s:7.1f} s  ({warm_s / cold_s:.0%} of cold), "
        f"{sum(s.not_modified for s in warm)} not modified, {conditional}/{requests_warm} requests conditional, "
        f"{sum(s.bytes_downloaded for s in warm) / 1024:.0f} KiB"
    )
    print(
        f"  per site:      cold {cold_s / args.sites:.2f} s, unchanged {warm_s / args.sites:.2f} s"
    )
    print(
        f"inside Scrapy (no process start-up): cold {cold_engine:.1f} s = {pages / cold_engine:.1f} pages/s, "
        f"unchanged {warm_engine:.1f} s ({warm_engine / cold_engine:.0%} of cold)"
    )
    print(f"peak RSS of a crawl process: {rss_mib:.0f} MiB")
    if bad:
        print(
            f"{len(bad)} crawls did not complete: {[(s.site_key, s.status, s.error) for s in bad]}"
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
