"""Crawl cost at the politeness limit: oitwatch against a bare Scrapy spider, re-crawls, a week of nights.

    nice python bench/crawl_cost_bench.py                 # all three parts
    nice python bench/crawl_cost_bench.py --part bare     # one part: bare, week or night

Prints figures, side by side with their baseline; it asserts nothing.

- ``bare``: one loopback site of 600 Thai pages and 60 PDFs. A bare Scrapy
  spider (follow every link, keep nothing) and ``oitwatch crawl`` (parse,
  extract the PDFs, store) at the same per-host concurrency; URLs/s of each
  and the ratio, inside Scrapy (process start-up apart), wall-clock and per
  CPU second. ``--repeat`` runs of each take turns (a shared machine's load
  swings between runs): each pair's ratio, the median pair, the best runs.
  Then the same site re-crawled unchanged: time and requests as a share of cold.
- ``week``: that site crawled every simulated night for a week (the store's
  history moved back a day between nights); a document added on night 5,
  linked from the OIT index page. Requests and time per night, share of cold;
  ``--sitemap both`` (the default) runs the week on a site without
  ``sitemap.xml`` and on one with it (every page's ``lastmod``, as WordPress,
  Drupal and Joomla publish it), side by side.
- ``night``: ``--districts`` districts on one loopback host at a scaled-down
  politeness delay (``--delay``, 20 ms standing for 1 s), one after another
  as the scheduler runs them: requests per night, scaled to ``--scale-to``
  districts, and the hours they take at 1 request/s, cold and through a week.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import select

from crawler import CrawlSummary, run_crawl
from crawler._fork import start_server
from oitwatch.demo.documents import make_pdf
from oitwatch.devserver import SiteServer
from oitwatch.settings import Settings
from oitwatch.store import Crawl, Site, open_store
from oitwatch.store.validators import shift_history

DOC_AGE_DAYS = 120  # agency PDFs are posted once and stay: Last-Modified months back

BARE_SPIDER = r"""
import sys, time
import scrapy
from scrapy.crawler import CrawlerProcess

start, prefix, conc = sys.argv[1], sys.argv[2], int(sys.argv[3])

class Bare(scrapy.Spider):
    name = "bare"
    start_urls = [start]
    def parse(self, response):
        if b"html" not in response.headers.get("Content-Type", b""):
            return
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href)
            if url.startswith(prefix):
                yield scrapy.Request(url, callback=self.parse)

proc = CrawlerProcess({
    "LOG_LEVEL": "ERROR", "ROBOTSTXT_OBEY": True, "TELNETCONSOLE_ENABLED": False,
    "CONCURRENT_REQUESTS": max(8, conc), "CONCURRENT_REQUESTS_PER_DOMAIN": conc,
    "DOWNLOAD_DELAY": 0.001, "COOKIES_ENABLED": False,
})
crawler = proc.create_crawler(Bare)
proc.crawl(crawler)
proc.start()
stats = crawler.stats.get_stats()
print(stats.get("response_received_count", 0), stats.get("elapsed_time_seconds", 0.0))
"""


def build_site(
    root: Path, slug: str, pages: int, pdfs: int, *, portal: str = "", doc_age_days: float = 0
) -> None:
    """A district: an OIT index page, ten section lists, ``pages`` Thai pages, ``pdfs`` PDFs.

    ``doc_age_days``: the PDFs' modification time (the server's Last-Modified) that long ago.
    """
    base = root / slug
    base.mkdir(parents=True)
    sections = 10
    per = pages // sections
    every = max(1, pages // max(1, pdfs))
    pdf_links: dict[int, str] = {}
    for n in range(pdfs):
        line = f"รายงานผลการดำเนินงาน {slug} ฉบับที่ {n} ประจำปีงบประมาณ พ.ศ. 2568"
        (base / f"doc{n}.pdf").write_bytes(make_pdf([[line] * 4]))
        if doc_age_days:
            then = time.time() - doc_age_days * 86400
            os.utime(base / f"doc{n}.pdf", (then, then))
        pdf_links[n * every] = f'<li>เอกสาร <a href="doc{n}.pdf">ดาวน์โหลดรายงาน {n}</a></li>'
    head = '<!doctype html><html><head><meta charset="utf-8"><title>{}</title></head><body>'
    for p in range(pages):
        sec = p // per
        near = "".join(
            f'<li><a href="p{(p + k) % pages}.html">หน้า {(p + k) % pages}</a></li>' for k in (1, 2)
        )
        (base / f"p{p}.html").write_text(
            head.format(f"{slug} หน้า {p}")
            + f'<nav>{portal}<a href="index.html">หน้าแรก</a> <a href="list{sec}.html">หมวด {sec}</a></nav>'
            f"<h1>สำนักงานเขต {slug}</h1><h2>เรื่องที่ {p}</h2>"
            f"<p>{'ข้อมูลข่าวสารของหน่วยงานเพื่อการเปิดเผยต่อสาธารณะ ' * 30}</p>"
            f"<ul>{near}{pdf_links.get(p, '')}</ul></body></html>",
            encoding="utf-8",
        )
    for sec in range(sections):
        items = "".join(
            f'<li><a href="p{p}.html">เรื่องที่ {p}</a></li>'
            for p in range(sec * per, min(pages, (sec + 1) * per))
        )
        (base / f"list{sec}.html").write_text(
            head.format(f"หมวด {sec}") + f"<h1>หมวด {sec}</h1><ul>{items}</ul></body></html>",
            encoding="utf-8",
        )
    lists = "".join(f'<li><a href="list{s}.html">หมวด {s}</a></li>' for s in range(sections))
    (base / "index.html").write_text(
        head.format(f"{slug} การเปิดเผยข้อมูลสาธารณะ (OIT)")
        + f"<nav>{portal}</nav><h1>การเปิดเผยข้อมูลสาธารณะ</h1><ul>{lists}</ul></body></html>",
        encoding="utf-8",
    )


BANGKOK = timezone(timedelta(hours=7))


def write_sitemap(root: Path, slug: str, base_url: str, starts: list[float]) -> None:
    """The district's ``sitemap.xml`` as WordPress (Yoast), Drupal or Joomla publish one: every
    page with its ``lastmod`` (W3C datetime, the site's zone), no attachments (the PDFs).

    ``starts``: real start times of the nights so far (the last is tonight's). The store's
    history is moved a day back each night; a file's ``lastmod`` is moved back as far from
    the night it was written on, so the site's dates and the store's keep their order.
    """
    base = root / slug
    tonight = len(starts) - 1
    entries = []
    for page in sorted(base.glob("*.html")):
        mtime = page.stat().st_mtime
        written = max((n for n, t in enumerate(starts) if t <= mtime), default=0)
        then = datetime.fromtimestamp(mtime - (tonight - written) * 86400, BANGKOK)
        entries.append(
            f"<url><loc>{base_url}{page.name}</loc>"
            f"<lastmod>{then.isoformat(timespec='seconds')}</lastmod></url>"
        )
    (base / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(entries)
        + "</urlset>",
        encoding="utf-8",
    )


def add_document(root: Path, slug: str, name: str) -> None:
    """A new PDF linked from the district's index page (as an officer would post it)."""
    base = root / slug
    (base / name).write_bytes(make_pdf([[f"ประกาศใหม่ {slug} {name} พ.ศ. 2568"] * 3]))
    index = base / "index.html"
    html = index.read_text(encoding="utf-8")
    index.write_text(
        html.replace("</ul>", f'<li><a href="{name}">ประกาศใหม่</a></li></ul>', 1),
        encoding="utf-8",
    )


def load_average() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def asked(server: SiteServer) -> int:
    return sum(1 for p, _ in server.requests if p != "/robots.txt")


def engine_seconds(settings: Settings, crawl_id: int) -> float:
    store = open_store(settings.db)
    with store.session() as s:
        crawl = s.get(Crawl, crawl_id)
        value = float((crawl.stats or {}).get("elapsed_time_seconds", 0.0))
    store.close()
    return value


def next_night(settings: Settings) -> None:
    store = open_store(settings.db)
    with store.session() as s:
        for site_id in s.scalars(select(Site.id)):
            shift_history(s, site_id, timedelta(days=1))
    store.close()


def timed_crawl(settings: Settings, url: str, key: str) -> tuple[CrawlSummary, float, float]:
    start = time.perf_counter()
    summary = run_crawl(settings, url, site_key=key)
    wall = time.perf_counter() - start
    if summary.status != "complete":
        raise SystemExit(f"crawl of {url} ended {summary.status}: {summary.error}")
    return summary, wall, engine_seconds(settings, summary.crawl_id)


def crawl_cpu(settings: Settings, summary: CrawlSummary) -> float:
    """CPU seconds of a crawl process and its extraction workers, as the crawl recorded them
    (it is forked from the fork server, not a child of this process)."""
    store = open_store(settings.db)
    with store.session() as s:
        value = float((s.get(Crawl, summary.crawl_id).stats or {}).get("oitwatch/cpu_s", 0.0))
    store.close()
    return value


def cpu_of_children() -> float:
    """CPU seconds of this process's waited-for children and theirs (the bare spider)."""
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


def part_bare(tmp: Path, pages: int, pdfs: int, concurrency: int, repeat: int) -> None:
    root = tmp / "bare-site"
    build_site(root, "district-0", pages, pdfs)

    def cold_settings(n: int) -> Settings:  # a fresh store each time: every crawl is cold
        return Settings(
            data_dir=tmp / f"bare-data-{n}",
            delay=0,
            concurrency_per_host=concurrency,
            contact="bench@oitwatch.invalid",
            allow_private="127.0.0.1",  # the loopback site
            revisit_max_days=0,
        )

    # (URLs, inside Scrapy s, wall s, CPU s) of each run, bare and oitwatch taking turns
    bare_runs: list[tuple[int, float, float, float]] = []
    cold_runs: list[tuple[int, float, float, float]] = []
    with SiteServer(root) as server:
        url = server.url("/district-0/index.html")
        script = tmp / "bare_spider.py"  # a file: Scrapy reads callbacks' source
        script.write_text(BARE_SPIDER, encoding="utf-8")
        for n in range(repeat):
            t, cpu = time.perf_counter(), cpu_of_children()
            out = subprocess.run(
                [sys.executable, str(script), url, server.url("/district-0/"), str(concurrency)],
                capture_output=True,
                text=True,
                check=True,
            )
            bare_wall, bare_cpu = time.perf_counter() - t, cpu_of_children() - cpu
            bare_n, bare_s = out.stdout.split()[-2:]
            bare_runs.append((int(bare_n), float(bare_s), bare_wall, bare_cpu))
            settings = cold_settings(n)
            server.clear_requests()
            cold, cold_wall, cold_engine = timed_crawl(settings, url, "district-0")
            cold_runs.append(
                (cold.pages + cold.documents, cold_engine, cold_wall, crawl_cpu(settings, cold))
            )
            cold_asked = asked(server)
        server.clear_requests()
        warm, warm_wall, warm_engine = timed_crawl(settings, url, "district-0")
        warm_asked = asked(server)
    print(
        f"site: {pages} Thai pages + {pdfs} PDFs + index/lists; per-host concurrency {concurrency}, "
        f"no delay; {repeat} runs each, bare and oitwatch taking turns, each oitwatch crawl cold "
        "(a new store); oitwatch parses the pages, extracts the PDFs and stores everything"
    )
    print(
        f"{'':34}{'URLs':>6}{'inside Scrapy':>15}{'URLs/s':>9}{'wall':>9}{'URLs/s':>9}"
        f"{'CPU':>9}{'ms/URL':>8}"
    )

    def row(name: str, run: tuple[int, float, float, float]) -> None:
        n, engine, wall, cpu = run
        print(
            f"{name:34}{n:6d}{engine:13.1f} s{n / engine:9.1f}{wall:7.1f} s{n / wall:9.1f}"
            f"{cpu:7.1f} s{cpu * 1000 / n:8.1f}"
        )

    for n, (bare_run, cold_run) in enumerate(zip(bare_runs, cold_runs, strict=True), 1):
        row(f"bare Scrapy spider #{n}", bare_run)
        row(f"oitwatch crawl #{n}", cold_run)

    def ratio(column: int, pick: Callable[[list[float]], float]) -> float:
        bare = pick([r[0] / r[column] for r in bare_runs])  # URLs per second (or per CPU second)
        ours = pick([r[0] / r[column] for r in cold_runs])
        return ours / bare

    pairs = [(c[0] / c[1]) / (b[0] / b[1]) for b, c in zip(bare_runs, cold_runs, strict=True)]
    walls = [(c[0] / c[2]) / (b[0] / b[2]) for b, c in zip(bare_runs, cold_runs, strict=True)]
    print(
        f"{'ratio oitwatch / bare, each pair':34}{'':21}"
        + " ".join(f"{x:.2f}x" for x in pairs)
        + "   wall "
        + " ".join(f"{x:.2f}x" for x in walls)
    )
    print(
        f"{'ratio, median pair':34}{'':21}{statistics.median(pairs):8.2f}x"
        f"{'':9}{statistics.median(walls):8.2f}x   (target >= 0.7x)"
    )
    print(
        f"{'ratio, best run of each':34}{'':21}{ratio(1, max):8.2f}x{'':9}{ratio(2, max):8.2f}x"
        f"{'':9}{ratio(3, max):8.2f}x  (URLs per CPU second; CPU: the crawl process and its "
        "extraction workers)"
    )
    cold_engine, cold_wall, cold_cpu = cold_runs[-1][1], cold_runs[-1][2], cold_runs[-1][3]
    warm_cpu = crawl_cpu(settings, warm)
    print(
        f"unchanged re-crawl (every URL asked): {warm_engine:.1f} s inside Scrapy = "
        f"{warm_engine / cold_engine:.0%} of cold ({warm_wall:.1f} s wall = {warm_wall / cold_wall:.0%}; "
        f"{warm_cpu:.1f} s CPU = {warm_cpu / cold_cpu:.0%}, the measure a loaded machine leaves fair); "
        f"{warm_asked}/{cold_asked} requests, {warm.reused} parses reused, "
        f"{warm.bytes_downloaded / 1024:.0f} KiB of bodies   (target <= 10% time)"
    )


def part_week(
    tmp: Path, pages: int, pdfs: int, concurrency: int, nights: int, *, sitemap: bool = False
) -> list[tuple[float, float, float, float]]:
    """The week's nights; returns each night's (requests, inside Scrapy, wall, CPU) share of cold."""
    name = "week-sitemap" if sitemap else "week"
    root = tmp / f"{name}-site"
    build_site(root, "district-0", pages, pdfs, doc_age_days=DOC_AGE_DAYS)
    settings = Settings(
        data_dir=tmp / f"{name}-data",
        delay=0,
        concurrency_per_host=concurrency,
        contact="bench@oitwatch.invalid",
        allow_private="127.0.0.1",  # the loopback site
    )
    print(
        f"\na week of nights, same site ({pages} pages + {pdfs} PDFs), back-off up to "
        f"{settings.revisit_max_days} days; PDFs' Last-Modified {DOC_AGE_DAYS} days back, "
        "pages' the day they were built (a CMS page); "
        + (
            "sitemap.xml with every page's lastmod (as WordPress/Drupal/Joomla publish it)"
            if sitemap
            else "no sitemap.xml"
        )
    )
    print(
        f"{'night':>5}{'requests':>10}{'share':>7}{'inside Scrapy':>15}{'share':>7}{'wall':>8}"
        f"{'share':>7}{'CPU':>8}{'share':>7}{'carried':>9}{'reused':>8}  note"
    )
    out: list[tuple[float, float, float, float]] = []
    starts: list[float] = []
    with SiteServer(root) as server:
        url = server.url("/district-0/index.html")
        cold: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
        for night in range(1, nights + 1):
            note = ""
            if night > 1:
                next_night(settings)
            if night == 5:
                add_document(root, "district-0", "new-night5.pdf")
            starts.append(time.time())
            if sitemap:
                write_sitemap(root, "district-0", server.url("/district-0/"), starts)
            server.clear_requests()
            summary, wall, engine = timed_crawl(settings, url, "district-0")
            cpu = crawl_cpu(settings, summary)
            n = asked(server)
            if night == 1:
                cold = (n, engine, wall, cpu)
                note = "cold"
            if night == 5:
                found = any(p.endswith("new-night5.pdf") for p, _ in server.requests)
                note = f"document added tonight {'found' if found else 'NOT found'}"
            share = (n / cold[0], engine / cold[1], wall / cold[2], cpu / cold[3])
            out.append(share)
            print(
                f"{night:5d}{n:10d}{share[0]:7.0%}{engine:13.1f} s{share[1]:7.0%}"
                f"{wall:6.1f} s{share[2]:7.0%}{cpu:6.1f} s{share[3]:7.0%}{summary.carried:9d}"
                f"{summary.reused:8d}  {note}"
            )
    shares = [r[0] for r in out[1:]]
    if shares:
        print(
            f"nights 2-{nights}: requests {min(shares):.0%} to {max(shares):.0%} of cold a night, "
            f"{sum(shares) / len(shares):.0%} on average; nights 3-{nights} (after the first "
            f"re-crawl) at most {max(shares[1:] or shares):.0%}"
        )
    print(
        "(targets: the first re-crawl <= 10% of cold wall time; requests <= 20% of cold by the "
        "week's end; the night-5 document found on night 5)"
    )
    return out


def compare_weeks(plain: list[tuple[float, ...]], mapped: list[tuple[float, ...]]) -> None:
    """The week without and with a sitemap, night by night (shares of each one's cold night)."""
    print("\nthe week without / with sitemap.xml (share of each one's cold night)")
    print(f"{'night':>5}{'requests':>16}{'inside Scrapy':>18}{'wall':>16}{'CPU':>16}")
    for night, (a, b) in enumerate(zip(plain, mapped, strict=True), 1):
        cells = "".join(f"{x:>8.0%} /{y:>5.0%}  " for x, y in zip(a, b, strict=True))
        print(f"{night:5d}  {cells}")


def part_night(
    tmp: Path, districts: int, pages: int, pdfs: int, delay: float, nights: int, scale_to: int
) -> None:
    root = tmp / "night-site"
    portal = " ".join(f'<a href="/district-{n}/index.html">เขต {n}</a>' for n in range(districts))
    for n in range(districts):
        build_site(root, f"district-{n}", pages, pdfs, portal=portal, doc_age_days=DOC_AGE_DAYS)
    settings = Settings(
        data_dir=tmp / "night-data",
        delay=delay,
        contact="bench@oitwatch.invalid",
        allow_private="127.0.0.1",
    )
    factor = scale_to / districts
    print(
        f"\n{districts} districts on one loopback host, {pages} pages + {pdfs} PDFs each, "
        f"one after another, delay {delay * 1000:.0f} ms standing for 1 s; "
        f"requests x{factor:g} for {scale_to} districts (identical districts scale linearly)"
    )
    print(
        f"{'night':>5}{'requests':>10}{'share':>7}{'wall':>9}"
        f"{f'requests x{factor:g}':>14}{'hours at 1 req/s':>18}"
    )
    week: list[float] = []
    with SiteServer(root) as server:
        cold = 0
        for night in range(1, nights + 1):
            if night > 1:
                next_night(settings)
            server.clear_requests()
            start = time.perf_counter()
            for n in range(districts):
                timed_crawl(settings, server.url(f"/district-{n}/index.html"), f"district-{n}")
            wall = time.perf_counter() - start
            n_req = asked(server)
            cold = cold or n_req
            print(
                f"{night:5d}{n_req:10d}{n_req / cold:7.0%}{wall:7.0f} s"
                f"{n_req * factor:14.0f}{n_req * factor / 3600:16.2f} h"
            )
            if night > 1:
                week.append(n_req * factor)
    if week:
        print(
            f"cold night {cold * factor:,.0f} requests = {cold * factor / 3600:.2f} h; "
            f"the {len(week)} nights after it {sum(week):,.0f} requests, "
            f"{sum(week) / len(week) / 3600:.2f} h a night on average, "
            f"{max(week) / 3600:.2f} h the longest, {min(week) / 3600:.2f} h the shortest"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=("all", "bare", "week", "night"), default="all")
    parser.add_argument("--pages", type=int, default=600)
    parser.add_argument("--pdfs", type=int, default=60)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument(
        "--repeat", type=int, default=3, help="bare and cold oitwatch runs (taking turns)"
    )
    parser.add_argument("--nights", type=int, default=8, help="cold night and a week after it")
    parser.add_argument(
        "--sitemap",
        choices=("off", "on", "both"),
        default="both",
        help="week: the site without sitemap.xml, with one (each page's lastmod), or both",
    )
    parser.add_argument("--districts", type=int, default=10, help="districts really crawled")
    parser.add_argument("--scale-to", type=int, default=50, help="districts the night stands for")
    parser.add_argument("--district-pages", type=int, default=40)
    parser.add_argument("--district-pdfs", type=int, default=4)
    parser.add_argument("--delay", type=float, default=0.02)
    args = parser.parse_args(argv)
    print("(figures from a 2-core machine shared with other work: compare within one run)")
    print(f"load average at the start: {load_average()}")
    start = time.perf_counter()
    start_server()  # once per process (a night's scheduler does it for its first site)
    print(f"crawl fork server started in {time.perf_counter() - start:.1f} s (not in the figures)")
    with tempfile.TemporaryDirectory(prefix="oitwatch-cost-") as tmp_name:
        tmp = Path(tmp_name)
        if args.part in ("all", "bare"):
            part_bare(tmp, args.pages, args.pdfs, args.concurrency, args.repeat)
        if args.part in ("all", "week"):
            weeks = {
                mapped: part_week(
                    tmp, args.pages, args.pdfs, args.concurrency, args.nights, sitemap=mapped
                )
                for mapped in {"off": [False], "on": [True], "both": [False, True]}[args.sitemap]
            }
            if len(weeks) == 2:
                compare_weeks(weeks[False], weeks[True])
        if args.part in ("all", "night"):
            part_night(
                tmp,
                args.districts,
                args.district_pages,
                args.district_pdfs,
                args.delay,
                args.nights,
                args.scale_to,
            )
    print(f"load average at the end: {load_average()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
