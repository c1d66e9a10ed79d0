"""Downloader components: address guard, robots.txt Crawl-delay, Retry-After, retry backoff, size guard, transfer bytes.

Each is built from the crawler's settings and stays out of the way where
its setting is off (Scrapy's ``NotConfigured``).
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import time
import urllib.parse
from datetime import UTC, datetime

from protego import Protego
from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured, StopDownload
from scrapy.http import Response
from scrapy.resolver import CachingThreadedResolver
from twisted.internet.error import DNSLookupError

from oitwatch.addresses import AddressPolicy, same_site_host

__all__ = [
    "AddressGuard",
    "CrawlDelayMiddleware",
    "GuardedResolver",
    "RetryAfterMiddleware",
    "RetryBackoffMiddleware",
    "SizeGuard",
    "TransferStats",
]

logger = logging.getLogger(__name__)


class AddressGuard:
    """Refuses, before it is sent, every request the crawl must not make (no SSRF).

    Every request passes here, whatever made it: the start URL, a link, an HTTP
    redirect's next hop, a ``<meta http-equiv="refresh">`` target, robots.txt.
    It must be http(s), on the crawled site's own host and port (where its
    documents are fetched too), and resolve only to public addresses or ones
    listed in ``OITWATCH_ALLOW_PRIVATE``. A refused request fails with
    ``IgnoreRequest``; ``request.meta["oitwatch_refused"]`` says why.
    """

    def __init__(self, crawler: Crawler, policy: AddressPolicy):
        self.crawler = crawler
        self.policy = policy
        self._verdicts: dict[tuple[str, str], str | None] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AddressGuard:
        return cls(crawler, AddressPolicy.parse(crawler.settings.get("OITWATCH_ALLOW_PRIVATE", "")))

    def _site(self) -> str:
        return getattr(self.crawler.spider, "scope_prefix", "")

    def refusal(self, url: str) -> str | None:
        site = self._site()
        if site and not same_site_host(url, site):
            return f"refused {url[:200]!r}: it leaves the site {site}"
        parts = urllib.parse.urlsplit(url)
        key = (parts.scheme.lower(), parts.netloc.lower())
        if key not in self._verdicts:
            self._verdicts[key] = self.policy.refusal(url)
        return self._verdicts[key]

    def process_request(self, request: Request) -> None:
        reason = self.refusal(request.url)
        if reason:
            request.meta["oitwatch_refused"] = reason
            if self.crawler.stats is not None:
                self.crawler.stats.inc_value("oitwatch/refused")
            logger.warning("%s", reason)
            raise IgnoreRequest(reason)


class GuardedResolver(CachingThreadedResolver):
    """Scrapy's DNS resolver that will not hand the downloader a non-public address.

    ``AddressGuard`` checks each request before it is sent; this closes the gap
    of a name that resolves to another address by the time the connection is
    made (DNS rebinding). Addresses in ``OITWATCH_ALLOW_PRIVATE`` pass (their
    ports are checked by the guard).
    """

    policy = AddressPolicy()

    @classmethod
    def from_crawler(cls, crawler: Crawler, reactor):  # type: ignore[no-untyped-def]
        resolver = super().from_crawler(crawler, reactor)
        resolver.policy = AddressPolicy.parse(crawler.settings.get("OITWATCH_ALLOW_PRIVATE", ""))
        return resolver

    def getHostByName(self, name: str, timeout=()):  # type: ignore[no-untyped-def]
        def check(address: str) -> str:
            if not self.policy.allowed(address):
                raise DNSLookupError(f"{name} resolves to a non-public address ({address})")
            return address

        return super().getHostByName(name, timeout).addCallback(check)


class CrawlDelayMiddleware:
    """Honours robots.txt ``Crawl-delay`` for our User-Agent (Scrapy does not by itself)."""

    def __init__(self, user_agent: str, max_delay: float):
        self.user_agent = user_agent
        self.max_delay = max_delay
        self._delays: dict[str, float] = {}
        self._next: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlDelayMiddleware:
        max_delay = crawler.settings.getfloat("OITWATCH_CRAWL_DELAY_MAX", 60.0)
        if not crawler.settings.getbool("ROBOTSTXT_OBEY") or max_delay <= 0:
            raise NotConfigured
        return cls(crawler.settings.get("USER_AGENT", ""), max_delay)

    def process_response(self, request: Request, response: Response) -> Response:
        parts = urllib.parse.urlsplit(request.url)
        if parts.path == "/robots.txt" and response.status == 200:
            rules = Protego.parse(response.body.decode("utf-8", errors="replace"))
            delay = rules.crawl_delay(self.user_agent)
            if delay:
                self._delays[parts.netloc] = min(float(delay), self.max_delay)
                logger.info(
                    "robots.txt Crawl-delay for %s: %.1fs", parts.netloc, self._delays[parts.netloc]
                )
        return response

    async def process_request(self, request: Request) -> None:
        if request.meta.get("dont_obey_robotstxt"):
            return
        await self.take_turn(urllib.parse.urlsplit(request.url).netloc)

    async def take_turn(self, netloc: str) -> None:
        """Wait out ``netloc``'s Crawl-delay since its last request (the downloader's or
        the browser's, ``crawler.render.BrowserGuard``), then take the turn."""
        delay = self._delays.get(netloc)
        if not delay:
            return
        now = time.monotonic()
        start = max(now, self._next.get(netloc, 0.0))
        self._next[netloc] = start + delay
        if start > now:
            await asyncio.sleep(start - now)


class RetryBackoffMiddleware:
    """Waits ``base * 2**(n-1)`` seconds before the n-th retry of a request (5xx, timeouts)."""

    def __init__(self, base: float):
        self.base = base

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryBackoffMiddleware:
        base = crawler.settings.getfloat("OITWATCH_RETRY_BACKOFF")
        if base <= 0 or not crawler.settings.getbool("RETRY_ENABLED"):
            raise NotConfigured
        return cls(base)

    async def process_request(self, request: Request) -> None:
        tries = request.meta.get("retry_times", 0)
        if tries and "oitwatch_retry_after" not in request.meta:  # the server said how long
            await asyncio.sleep(min(self.base * 2 ** (tries - 1), 60.0))


class SizeGuard:
    """Extension: stops a download over DOWNLOAD_MAXSIZE (or a request's own
    ``oitwatch_maxsize``, when lower).

    A Content-Length over the limit stops it before any body byte; a body
    without one is cut as soon as it passes the limit. The request is marked
    ``oitwatch_too_large`` (the announced size, or ``None``).
    """

    def __init__(self, maxsize: int):
        self.maxsize = maxsize

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SizeGuard:
        maxsize = crawler.settings.getint("DOWNLOAD_MAXSIZE")
        if maxsize <= 0:
            raise NotConfigured
        guard = cls(maxsize)
        crawler.signals.connect(guard.headers_received, signal=signals.headers_received)
        crawler.signals.connect(guard.bytes_received, signal=signals.bytes_received)
        return guard

    def _limit(self, request: Request) -> int:
        """The crawl's limit, or the request's own lower one (``oitwatch_maxsize``: a picture)."""
        return min(self.maxsize, request.meta.get("oitwatch_maxsize") or self.maxsize)

    def bytes_received(self, data: bytes, request: Request, **kwargs) -> None:
        """A body without Content-Length (or a lying one) is cut once it passes the limit."""
        got = request.meta.get("oitwatch_bytes", 0) + len(data)
        request.meta["oitwatch_bytes"] = got
        if got > self._limit(request):
            request.meta.setdefault("oitwatch_too_large", None)
            raise StopDownload(fail=True)

    def headers_received(self, headers, body_length, request: Request, **kwargs) -> None:
        request.meta["oitwatch_bytes"] = 0  # a retry or redirect starts counting afresh
        try:
            length = int(headers.get(b"Content-Length") or -1)
        except ValueError:
            length = -1
        if length > self._limit(request):
            request.meta["oitwatch_too_large"] = length
            raise StopDownload(fail=True)


class TransferStats:
    """Counts body bytes that really crossed the network (placed below the HTTP cache).

    Scrapy's own ``downloader/response_bytes`` sees the cached body a 304
    brings back; this sees the 304 itself. Stat: ``oitwatch/bytes_transferred``.
    """

    def __init__(self, crawler: Crawler):
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> TransferStats:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if self.stats is not None:
            self.stats.inc_value("oitwatch/bytes_transferred", len(response.body))
        return response


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (delta-seconds or an HTTP date); None if unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = datetime.now(UTC).timestamp() if now is None else now
    return max(0.0, when.timestamp() - current)


class RetryAfterMiddleware:
    """Honours ``Retry-After`` on 429 and 503: no request to that host until then.

    The wait is capped at ``OITWATCH_RETRY_AFTER_MAX`` seconds; Scrapy's retry
    middleware (below this one) then asks again, at most ``RETRY_TIMES``.
    Stat: ``oitwatch/retry_after_s`` (seconds asked for, after the cap).
    """

    def __init__(self, crawler: Crawler, max_wait: float):
        self.stats = crawler.stats
        self.max_wait = max_wait
        self._not_before: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        max_wait = crawler.settings.getfloat("OITWATCH_RETRY_AFTER_MAX")
        if max_wait <= 0:
            raise NotConfigured
        return cls(crawler, max_wait)

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status in (429, 503):
            header = response.headers.get("Retry-After")
            wait = retry_after_seconds(header.decode("latin-1") if header else None)
            if wait is not None:
                wait = min(wait, self.max_wait)
                netloc = urllib.parse.urlsplit(request.url).netloc
                until = time.monotonic() + wait
                self._not_before[netloc] = max(self._not_before.get(netloc, 0.0), until)
                request.meta["oitwatch_retry_after"] = wait
                if self.stats is not None:
                    self.stats.inc_value("oitwatch/retry_after_s", wait)
        return response

    async def process_request(self, request: Request) -> None:
        netloc = urllib.parse.urlsplit(request.url).netloc
        wait = self._not_before.get(netloc, 0.0) - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)
