"""The crawl process: ``python -m crawler._child`` reads its job as JSON on stdin.

Scrapy's reactor cannot be restarted, so every crawl gets a fresh process;
the parent (``crawler.runner``) waits for it with a hard timeout.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from scrapy.crawler import CrawlerProcess
from sqlalchemy import update

from crawler.record import finish_crawl
from crawler.scrapy_settings import scrapy_settings
from crawler.spider import SiteSpider
from oitwatch.settings import Settings
from oitwatch.store import Crawl, open_store


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
    process = CrawlerProcess(scrapy_settings(settings, crawl_id=crawl_id, site_key=job["site_key"]))
    crawler = process.create_crawler(SiteSpider)
    process.crawl(
        crawler,
        start_url=job["start_url"],
        scope_prefix=job["scope_prefix"],
        max_pages=settings.max_pages,
        max_depth=settings.max_depth,
    )
    process.start()
    stats = _plain(crawler.stats.get_stats()) if crawler.stats else {}
    reason = str(stats.get("finish_reason", ""))
    failed = reason not in ("finished", "closespider_pagecount")
    finish_crawl(
        store,
        crawl_id,
        status="failed" if failed else "complete",
        offsite=int(stats.get("oitwatch/offsite", 0)),
        bytes_downloaded=int(stats.get("oitwatch/bytes_transferred", 0)),
        stats=stats,
        error=f"crawl ended: {reason or 'unknown reason'}" if failed else None,
    )
    store.close()
    return 1 if failed else 0


def main() -> None:
    job = json.loads(sys.stdin.read())
    sys.exit(run(job))


if __name__ == "__main__":
    main()
