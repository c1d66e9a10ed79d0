"""Downloader components on real Scrapy requests and responses."""

from __future__ import annotations

import asyncio
import time

from scrapy import Request
from scrapy.http import Response
from scrapy.settings import Settings as ScrapySettings

from crawler.cache import AlwaysRevalidatePolicy
from crawler.middlewares import MAX_CRAWL_DELAY, CrawlDelayMiddleware

UA = "oitwatch/0.1 (tests)"


def test_robots_crawl_delay_is_read_and_spaces_requests() -> None:
    mw = CrawlDelayMiddleware(UA)
    robots = Response(
        "http://h.test/robots.txt", body=b"User-agent: *\nCrawl-delay: 0.2\nDisallow: /private/\n"
    )
    assert mw.process_response(Request("http://h.test/robots.txt"), robots) is robots
    assert mw._delays == {"h.test": 0.2}

    async def three() -> None:
        await asyncio.gather(*(mw.process_request(Request(f"http://h.test/{i}")) for i in range(3)))

    start = time.monotonic()
    asyncio.run(three())
    assert mw._next["h.test"] >= start + 0.6  # three slots reserved 0.2 s apart


def test_absurd_crawl_delay_is_capped() -> None:
    mw = CrawlDelayMiddleware(UA)
    mw.process_response(
        Request("http://h.test/robots.txt"),
        Response("http://h.test/robots.txt", body=b"User-agent: *\nCrawl-delay: 86400\n"),
    )
    assert mw._delays["h.test"] == MAX_CRAWL_DELAY


def test_cache_policy_always_revalidates() -> None:
    policy = AlwaysRevalidatePolicy(ScrapySettings())
    request = Request("http://h.test/a")
    cached = Response(
        "http://h.test/a",
        headers={
            "ETag": '"abc"',
            "Last-Modified": "Mon, 01 Jan 2024 00:00:00 GMT",
            "Cache-Control": "max-age=86400",
        },
    )
    assert policy.is_cached_response_fresh(cached, request) is False
    assert request.headers[b"If-None-Match"] == b'"abc"'
    assert request.headers[b"If-Modified-Since"] == b"Mon, 01 Jan 2024 00:00:00 GMT"
    assert policy.is_cached_response_valid(cached, Response("http://h.test/a", status=304), request)
    assert not policy.is_cached_response_valid(
        cached, Response("http://h.test/a", status=503), request
    )


def _storage(tmp_path):
    from scrapy import Spider
    from scrapy.utils.test import get_crawler

    from crawler.cache import AtomicFilesystemCacheStorage

    crawler = get_crawler(Spider, {"HTTPCACHE_DIR": str(tmp_path), "HTTPCACHE_EXPIRATION_SECS": 0})
    spider = Spider.from_crawler(crawler, name="t")
    storage = AtomicFilesystemCacheStorage(crawler.settings)
    storage.open_spider(spider)
    return storage, spider


def test_cache_entries_are_whole_or_missing(tmp_path) -> None:
    storage, spider = _storage(tmp_path)
    request = Request("http://h.test/ข่าว.html")
    body = "<p>ประกาศ</p>".encode()
    storage.store_response(
        spider, request, Response(request.url, body=body, headers={"ETag": '"1"'})
    )
    storage.store_response(
        spider, request, Response(request.url, body=body * 2, headers={"ETag": '"2"'})
    )
    cached = storage.retrieve_response(spider, request)
    assert cached is not None and cached.body == body * 2 and cached.headers[b"ETag"] == b'"2"'
    entry = tmp_path / "t"
    assert not list(entry.rglob("*.tmp*"))
    (next(entry.rglob("pickled_meta"))).write_bytes(b"\x80\x04truncated")
    assert storage.retrieve_response(spider, request) is None  # a broken entry is a miss
