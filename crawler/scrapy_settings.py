"""Scrapy settings of a crawl, all derived from oitwatch's ``Settings`` (one place)."""

from __future__ import annotations

from typing import Any

from crawler.render import playwright_settings
from crawler.spider import document_allowance
from oitwatch.settings import Settings

__all__ = ["graceful_limit", "scrapy_settings"]


def graceful_limit(crawl_timeout: float) -> float:
    """When a crawl stops asking for more, ahead of its hard ``crawl_timeout`` kill."""
    margin = max(2.0, min(120.0, crawl_timeout * 0.1))
    return max(1.0, crawl_timeout - margin)


def scrapy_settings(
    settings: Settings,
    *,
    crawl_id: int,
    site_key: str,
    time_left: float | None = None,
    defer_ocr: bool = False,
) -> dict[str, Any]:
    """The settings dict for ``CrawlerProcess``: polite, bounded, closing before its time limit.

    ``time_left``: seconds until the parent's hard kill (default the whole ``crawl_timeout``).
    """
    throttle = settings.delay > 0
    return {
        "BOT_NAME": "oitwatch",
        "USER_AGENT": settings.user_agent,
        "ROBOTSTXT_OBEY": True,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,
        "LOG_LEVEL": "INFO",
        # Scrapy re-reads the callback's source on every response to warn about generator
        # returns (a bound method never hits its cache): a tenth of a cold crawl's CPU.
        "WARN_ON_GENERATOR_RETURN_VALUE": False,
        # Scrapy starts this many asyncio tasks for each response's output (default 100, and
        # 101 tasks a page cost a tenth of a cold crawl's CPU); a page yields one item and its
        # links' requests, none of which waits on another, so a few are as fast.
        "CONCURRENT_ITEMS": 4,
        "CONCURRENT_REQUESTS": max(8, settings.concurrency_per_host),
        "CONCURRENT_REQUESTS_PER_DOMAIN": settings.concurrency_per_host,
        # Scrapy 2.19 starts every queued request of a slot at once when the delay is 0
        # (requests count as transferring only once their coroutine runs): a 1 ms floor
        # keeps CONCURRENT_REQUESTS_PER_DOMAIN honoured on loopback too.
        "DOWNLOAD_DELAY": max(settings.delay, 0.001),
        "DOWNLOAD_DELAY_JITTER": 0.5 if throttle else 0,
        "AUTOTHROTTLE_ENABLED": throttle,
        # Starts at the delay itself: AutoThrottle never lowers it on a non-200 answer, so a
        # re-crawl of 304s would otherwise stay at a floor above a short delay for good.
        "AUTOTHROTTLE_START_DELAY": max(settings.delay, 0.001),
        "AUTOTHROTTLE_MAX_DELAY": max(30.0, settings.delay * 10),
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(settings.concurrency_per_host),
        # Backs up the spider's own max_depth; Scrapy's depth counts the sitemap's response too.
        "DEPTH_LIMIT": settings.max_depth + 1,
        "DEPTH_PRIORITY": 1,
        "SCHEDULER_DISK_QUEUE": "scrapy.squeues.PickleFifoDiskQueue",
        "SCHEDULER_MEMORY_QUEUE": "scrapy.squeues.FifoMemoryQueue",
        # Our spider caps the requests it schedules; this only backs it up.
        # (documents past the cap included: crawler.spider.document_allowance)
        "CLOSESPIDER_PAGECOUNT": settings.max_pages + document_allowance(settings.max_pages) + 50,
        "DOWNLOAD_MAXSIZE": settings.max_bytes,
        "DOWNLOAD_WARNSIZE": max(1, settings.max_bytes // 2),
        "DOWNLOAD_TIMEOUT": settings.download_timeout,
        "DOWNLOAD_FAIL_ON_DATALOSS": True,
        "RETRY_ENABLED": True,
        "RETRY_TIMES": 2,
        "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408, 429],
        "OITWATCH_RETRY_BACKOFF": max(settings.delay, 0.25),
        "OITWATCH_RETRY_AFTER_MAX": settings.retry_after_max,
        "OITWATCH_CRAWL_DELAY_MAX": settings.crawl_delay_max,
        "REDIRECT_MAX_TIMES": 10,
        "HTTPERROR_ALLOW_ALL": True,
        # No per-machine HTTP cache: validators and parses live in the store, shared by all machines.
        "HTTPCACHE_ENABLED": False,
        # Closes gracefully before the parent's hard kill: what it fetched is judged as partial.
        "CLOSESPIDER_TIMEOUT": graceful_limit(
            settings.crawl_timeout if time_left is None else time_left
        ),
        "DNS_RESOLVER": "crawler.middlewares.GuardedResolver",
        "OITWATCH_ALLOW_PRIVATE": settings.allow_private,
        "DOWNLOADER_MIDDLEWARES": {
            "crawler.middlewares.AddressGuard": 50,  # before robots.txt: a refused host sees nothing
            "crawler.middlewares.CrawlDelayMiddleware": 110,
            "crawler.middlewares.RetryBackoffMiddleware": 120,
            # Above Scrapy's RetryMiddleware (550): reads Retry-After before the retry is queued.
            "crawler.middlewares.RetryAfterMiddleware": 560,
            "crawler.middlewares.TransferStats": 950,  # below the cache: sees 304s, not cached bodies
        },
        "EXTENSIONS": {"crawler.middlewares.SizeGuard": 100},
        "ITEM_PIPELINES": {"crawler.pipelines.StorePipeline": 300},
        **playwright_settings(settings),  # JavaScript-built pages, when Chromium is installed
        "OITWATCH_SETTINGS": settings.model_dump(mode="json"),
        "OITWATCH_CRAWL_ID": crawl_id,
        # Documents needing OCR become extract jobs (a task queue's workers read them).
        "OITWATCH_DEFER_OCR": defer_ocr,
    }
