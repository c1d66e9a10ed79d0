"""Downloader components on real Scrapy requests and responses."""

from __future__ import annotations

import asyncio
import time

from scrapy import Request
from scrapy.http import Response

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
