"""Scrapy settings of a crawl, all derived from oitwatch's ``Settings`` (one place)."""

from __future__ import annotations

from typing import Any

from oitwatch.settings import Settings

__all__ = ["scrapy_settings"]


def scrapy_settings(settings: Settings, *, crawl_id: int, site_key: str) -> dict[str, Any]:
    """The settings dict for ``CrawlerProcess``: polite, bounded, revalidating cache."""
    throttle = settings.delay > 0
    return {
        "BOT_NAME": "oitwatch",
        "USER_AGENT": settings.user_agent,
        "ROBOTSTXT_OBEY": True,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,
        "LOG_LEVEL": "INFO",
        "CONCURRENT_REQUESTS": max(8, settings.concurrency_per_host),
        "CONCURRENT_REQUESTS_PER_DOMAIN": settings.concurrency_per_host,
        # Scrapy 2.19 starts every queued request of a slot at once when the delay is 0
        # (requests count as transferring only once their coroutine runs): a 1 ms floor
        # keeps CONCURRENT_REQUESTS_PER_DOMAIN honoured on loopback too.
        "DOWNLOAD_DELAY": max(settings.delay, 0.001),
        "DOWNLOAD_DELAY_JITTER": 0.5 if throttle else 0,
        "AUTOTHROTTLE_ENABLED": throttle,
        "AUTOTHROTTLE_START_DELAY": max(settings.delay, 0.1),
        "AUTOTHROTTLE_MAX_DELAY": max(30.0, settings.delay * 10),
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(settings.concurrency_per_host),
        "DEPTH_LIMIT": settings.max_depth,
        "DEPTH_PRIORITY": 1,
        "SCHEDULER_DISK_QUEUE": "scrapy.squeues.PickleFifoDiskQueue",
        "SCHEDULER_MEMORY_QUEUE": "scrapy.squeues.FifoMemoryQueue",
        # Our spider caps the requests it schedules; this only backs it up.
        "CLOSESPIDER_PAGECOUNT": settings.max_pages + 50,
        "DOWNLOAD_MAXSIZE": settings.max_bytes,
        "DOWNLOAD_WARNSIZE": max(1, settings.max_bytes // 2),
        "DOWNLOAD_TIMEOUT": settings.download_timeout,
        "DOWNLOAD_FAIL_ON_DATALOSS": True,
        "RETRY_ENABLED": True,
        "RETRY_TIMES": 2,
        "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408, 429],
        "OITWATCH_RETRY_BACKOFF": max(settings.delay, 0.25),
        "REDIRECT_MAX_TIMES": 10,
        "HTTPERROR_ALLOW_ALL": True,
        "HTTPCACHE_ENABLED": True,
        "HTTPCACHE_POLICY": "crawler.cache.AlwaysRevalidatePolicy",
        "HTTPCACHE_STORAGE": "crawler.cache.AtomicFilesystemCacheStorage",
        "HTTPCACHE_DIR": str(settings.data_dir / "httpcache" / site_key),
        "HTTPCACHE_EXPIRATION_SECS": 0,
        "DOWNLOADER_MIDDLEWARES": {
            "crawler.middlewares.CrawlDelayMiddleware": 110,
            "crawler.middlewares.RetryBackoffMiddleware": 120,
            "crawler.middlewares.TransferStats": 950,  # below the cache: sees 304s, not cached bodies
        },
        "EXTENSIONS": {"crawler.middlewares.SizeGuard": 100},
        "ITEM_PIPELINES": {"crawler.pipelines.StorePipeline": 300},
        "OITWATCH_SETTINGS": settings.model_dump(mode="json"),
        "OITWATCH_CRAWL_ID": crawl_id,
    }
