"""Downloader components on real Scrapy requests and responses."""

from __future__ import annotations

import asyncio
import time

import pytest
from scrapy import Request
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.utils.test import get_crawler

from crawler.middlewares import CrawlDelayMiddleware

UA = "oitwatch/0.1 (tests)"


def test_robots_crawl_delay_is_read_and_spaces_requests() -> None:
    mw = CrawlDelayMiddleware(UA, max_delay=60)
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


def test_absurd_crawl_delay_is_capped_by_the_setting() -> None:
    crawler = get_crawler(settings_dict={"ROBOTSTXT_OBEY": True, "OITWATCH_CRAWL_DELAY_MAX": 45})
    mw = CrawlDelayMiddleware.from_crawler(crawler)
    mw.process_response(
        Request("http://h.test/robots.txt"),
        Response("http://h.test/robots.txt", body=b"User-agent: *\nCrawl-delay: 86400\n"),
    )
    assert mw._delays["h.test"] == 45


def test_crawl_delay_max_zero_turns_crawl_delay_off() -> None:
    crawler = get_crawler(settings_dict={"ROBOTSTXT_OBEY": True, "OITWATCH_CRAWL_DELAY_MAX": 0})
    with pytest.raises(NotConfigured):
        CrawlDelayMiddleware.from_crawler(crawler)
