"""The crawl process: ``python -m crawler._child`` reads its job as JSON on stdin.

(``crawler._fork`` forks it from a warm server instead, and calls ``run_forked``.)

Scrapy's reactor cannot be restarted, so every crawl gets a fresh process;
the parent (``crawler.runner``) waits for it with a hard timeout.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import logging
import os
import resource
import signal
import sys
import threading
import time
from typing import Any

from scrapy.crawler import CrawlerProcess
from sqlalchemy import update

from crawler.record import finish_crawl
from crawler.render import chromium
from crawler.revisit import RevisitPolicy
from crawler.scrapy_settings import scrapy_settings
from crawler.spider import SiteSpider
from crawler.windows import Windows, window_rules
from oitwatch.settings import Settings
from oitwatch.store import Crawl, open_store, utcnow
from oitwatch.store.validators import load_links, load_url_states


def _plain(stats: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v if isinstance(v, int | float | str | bool) or v is None else str(v)
        for k, v in stats.items()
    }


def run(job: dict[str, Any]) -> int:
    """Run the crawl described by ``job``; return the process exit status."""
    settings = Settings(**job["settings"])
    crawl_id = int(job["crawl_id"])
    store = open_store(settings.db, upgrade=False)
    with store.session() as s:
        s.execute(update(Crawl).where(Crawl.id == crawl_id).values(pid=os.getpid()))
        site_id = s.get_one(Crawl, crawl_id).site_id
        states = load_url_states(s, site_id)
        stored_links = load_links(s, states)
        windowed = window_rules(s, site_id, stored_links) if states else {}
    now = utcnow()
    deadline = float(job.get("deadline") or time.time() + settings.crawl_timeout)
    process = CrawlerProcess(
        scrapy_settings(
            settings,
            crawl_id=crawl_id,
            site_key=job["site_key"],
            time_left=deadline - time.time(),
            defer_ocr=bool(job.get("defer_ocr")),
        )
    )
    # Scrapy leaves its loggers at NOTSET and filters in its handler: each response's DEBUG
    # lines ("Crawled (304)", "Scraped from") were built as records, then dropped.
    logging.getLogger("scrapy").setLevel(process.settings.get("LOG_LEVEL"))
    crawler = process.create_crawler(SiteSpider)
    process.crawl(
        crawler,
        start_url=job["start_url"],
        scope_prefix=job["scope_prefix"],
        max_pages=settings.max_pages,
        max_depth=settings.max_depth,
        states=states,
        stored_links=stored_links,
        revisit=RevisitPolicy(
            settings.revisit_max_days,
            now,
            spread=settings.revisit_spread,
            windows=Windows(windowed, now, settings.timezone),
        ),
        render_pages=settings.render_pages if chromium(settings) else 0,
        render_timeout=min(settings.download_timeout, 30.0),
        page_images=settings.page_images,
        image_max_bytes=min(settings.image_max_bytes, settings.max_bytes),
    )
    process.start()
    stats = _plain(crawler.stats.get_stats()) if crawler.stats else {}
    # CPU of this crawl and its extraction workers (a forked crawl is not its launcher's child)
    own, workers = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    stats["oitwatch/cpu_s"] = round(
        own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime, 3
    )
    reason = str(stats.get("finish_reason", ""))
    partial = reason == "closespider_timeout"  # its own time limit: keep and judge what it got
    failed = reason not in ("finished", "closespider_pagecount") and not partial
    status = "partial" if partial else "failed" if failed else "complete"
    finish_crawl(
        store,
        crawl_id,
        status=status,
        offsite=int(stats.get("oitwatch/offsite", 0)),
        bytes_downloaded=int(stats.get("oitwatch/bytes_transferred", 0)),
        stats=stats,
        error=(
            f"stopped at its {settings.crawl_timeout:g} s time limit; judged on what it reached"
            if partial
            else f"crawl ended: {reason or 'unknown reason'}"
            if failed
            else None
        ),
    )
    store.close()
    return 1 if failed else 0


PR_SET_PDEATHSIG = 1  # linux/prctl.h
# Found once, when the module loads (in the fork server: not again for every crawl; it runs
# ldconfig).
LIBC = ctypes.util.find_library("c")
ORPHAN_GRACE = 30.0  # seconds a crawl whose parent died has to close before it is ended


def die_with_parent(parent: int) -> None:
    """End this crawl when its parent (the CLI, the scheduler) dies, as its hard timeout would.

    Linux sends SIGTERM at the parent's death (``PR_SET_PDEATHSIG``); a watchdog
    thread covers other systems and the window before ``prctl`` took effect. On
    SIGTERM Scrapy closes the crawl; if it has not ended ``ORPHAN_GRACE`` s later
    the process exits (the next start marks the crawl aborted).
    """
    if LIBC and sys.platform.startswith("linux"):
        libc = ctypes.CDLL(LIBC, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(ORPHAN_GRACE)
        os._exit(3)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


def run_forked(job: dict[str, Any]) -> int:
    """``run`` in a fork of the warm server (``crawler._fork``): it ends when the server does."""
    die_with_parent(os.getppid())
    return run(job)


def main() -> None:
    job = json.loads(sys.stdin.read())
    if job.get("parent"):
        die_with_parent(int(job["parent"]))
    sys.exit(run(job))


if __name__ == "__main__":
    main()
