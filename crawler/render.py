"""JavaScript-built pages: telling an empty shell from a page, and rendering it in Chromium.

Many agency sites (Next.js, React, Vue) send an HTML shell with no text and
no links; the OIT page is built by scripts. Such a page is fetched again
through scrapy-playwright in Debian's Chromium (``OITWATCH_CHROMIUM``, no browser download), within
bounds: ``render_pages`` renders per crawl, one page at a time, a navigation
timeout, a V8 heap cap, and the browser may only load the page's own host
(no images, fonts or media). The rendering request goes through the same
downloader as any other (robots.txt, per-host delay, User-Agent, scope), and
every request Chromium makes for it (the page, its scripts, their data) is
intercepted (:class:`BrowserGuard`): the same address rules and robots.txt, or
it is aborted unsent, and the same per-host delay (the downloader's slot for
the host, robots.txt's Crawl-delay): it waits its turn among the crawl's own.
scrapy-playwright, Playwright and the browser load only when the first shell is met.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import shutil
import time
import urllib.parse
from typing import Any

from scrapy import Request
from scrapy.core.downloader.handlers.base import BaseDownloadHandler
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler
from scrapy.http import Response

from crawler.extract.html import ParsedPage
from oitwatch.settings import Settings

__all__ = [
    "BrowserGuard",
    "RenderingDownloadHandler",
    "abort_request",
    "looks_like_shell",
    "playwright_settings",
    "render_meta",
]

logger = logging.getLogger(__name__)

MIN_TEXT = 200  # letters (no spaces) of visible text a real page has at least
MIN_LINKS = 3
SCAN_BYTES = 64 * 1024
MOUNT_POINTS = re.compile(
    rb"""id\s*=\s*["']?(?:root|app|__next|__nuxt|main-app)\b|data-reactroot|__NEXT_DATA__|ng-version""",
    re.IGNORECASE,
)
SCRIPT_SRC = re.compile(rb"<script\b[^>]*\bsrc\s*=", re.IGNORECASE)
BLOCKED_TYPES = {"image", "media", "font", "websocket", "manifest", "eventsource", "texttrack"}
LAUNCH_ARGS = [
    "--headless=new",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-extensions",
    "--disable-background-networking",
    "--renderer-process-limit=1",
    "--js-flags=--max-old-space-size=256",
    "--mute-audio",
]


def looks_like_shell(body: bytes, page: ParsedPage) -> bool:
    """An HTML page with (almost) no text and links of its own, but scripts that build it."""
    letters = len(re.sub(r"\s+", "", page.text))
    anchors = sum(1 for link in page.links if link.tag == "a")
    if letters >= MIN_TEXT or anchors >= MIN_LINKS:
        return False
    # Shells are small; a big body is looked at only where scripts and mount points sit.
    ends = (body[:SCAN_BYTES], body[-SCAN_BYTES:]) if len(body) > 2 * SCAN_BYTES else (body,)
    return any(SCRIPT_SRC.search(part) or MOUNT_POINTS.search(part) for part in ends)


def render_meta(timeout_s: float) -> dict[str, Any]:
    """Request meta that has scrapy-playwright render the page (waits for the network to settle)."""
    return {
        "playwright": True,
        "playwright_page_goto_kwargs": {"wait_until": "networkidle", "timeout": timeout_s * 1000},
    }


def abort_request(request: Any) -> bool:
    """The browser loads only the page's own host, and no images, fonts or media."""
    if request.resource_type in BLOCKED_TYPES:
        return True
    target = urllib.parse.urlsplit(request.url)
    if target.scheme not in ("http", "https"):
        return target.scheme not in ("data", "blob", "about")
    try:
        page_url = request.frame.page.main_frame.url
    except Exception:  # a detached frame: nothing more to load
        return True
    if page_url in ("", "about:blank"):
        return not request.is_navigation_request()  # the crawl's own request
    return target.netloc != urllib.parse.urlsplit(page_url).netloc


class BrowserGuard:
    """Route interception of Chromium's own requests (scripts, data, frames of a rendered page).

    The page itself came through the downloader's guards; what its scripts ask for must pass
    the same rules before Chromium sends it: :func:`abort_request` (own host, no images or
    fonts), the address guard (the site's host and port, public or allowed addresses: no
    SSRF) and the site's robots.txt for our User-Agent. Refused requests are aborted unsent.
    Stats: ``oitwatch/render_refused`` (address), ``oitwatch/render_robots`` (robots.txt).
    """

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.user_agent = crawler.settings.get("USER_AGENT", "")
        self.turns = asyncio.Lock()  # the browser's requests take their turns one by one

    def _middleware(self, kind: type) -> Any:
        engine = self.crawler.engine
        chain = engine.downloader.middleware.middlewares if engine is not None else ()
        return next((m for m in chain if isinstance(m, kind)), None)

    def _refuse(self, stat: str, url: str, why: str) -> bool:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(stat)
        logger.info("the browser may not load %s: %s", url[:200], why)
        return True

    async def __call__(self, request: Any) -> bool:
        """Whether to abort ``request`` (a Playwright request) before Chromium sends it."""
        if abort_request(request):
            return True
        if urllib.parse.urlsplit(request.url).scheme not in ("http", "https"):
            return False  # data:, blob:, about: stay in the browser
        from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware

        from crawler.middlewares import AddressGuard

        guard = self._middleware(AddressGuard)
        refused = guard.refusal(request.url) if guard is not None else "no address guard"
        if refused:
            return self._refuse("oitwatch/render_refused", request.url, refused)
        robots = self._middleware(RobotsTxtMiddleware)
        if robots is None:
            return False  # ROBOTSTXT_OBEY off
        parser = await robots.robot_parser(Request(request.url))
        if parser is not None and not parser.allowed(request.url, self.user_agent):
            return self._refuse("oitwatch/render_robots", request.url, "disallowed by robots.txt")
        await self.take_turn(request.url)
        return False

    async def take_turn(self, url: str) -> None:
        """Wait until ``url``'s host may be asked again, as the downloader would, then mark it
        asked: the per-host delay (with its jitter) since the host's last request, Scrapy's or
        Chromium's, and robots.txt's Crawl-delay. The downloader's next request for the host
        waits after this one as after its own (they share the slot's ``lastseen``)."""
        from crawler.middlewares import CrawlDelayMiddleware

        engine = self.crawler.engine
        downloader = engine.downloader if engine is not None else None
        async with self.turns:
            slot = None
            if downloader is not None:
                slot = downloader.slots.get(downloader.get_slot_key(Request(url)))
            if slot is not None:
                delay = slot.download_delay()
                while (wait := slot.lastseen + delay - time.monotonic()) > 0:
                    await asyncio.sleep(wait)
                slot.lastseen = time.monotonic()  # Scrapy's clock (time.monotonic) as well
            crawl_delay = self._middleware(CrawlDelayMiddleware)
            if crawl_delay is not None:
                await crawl_delay.take_turn(urllib.parse.urlsplit(url).netloc)


def chromium(settings: Settings) -> str | None:
    """The Chromium to render with (``OITWATCH_CHROMIUM``, else ``chromium`` on PATH), if rendering is on.

    (``reports.pdf.find_chromium`` finds the same binary for PDF reports; importing the
    reports package in every crawl process would cost more than this lookup.)
    """
    if settings.render_pages <= 0:
        return None
    return shutil.which(settings.chromium or "chromium")


def playwright_settings(settings: Settings) -> dict[str, Any]:
    """Scrapy settings of the rendering download handler (empty: rendering off or no Chromium)."""
    path = chromium(settings)
    if path is None:
        return {}
    args = list(LAUNCH_ARGS)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--no-sandbox")  # Chromium refuses to sandbox as root
    timeout_ms = min(settings.download_timeout, 30.0) * 1000
    return {
        "DOWNLOAD_HANDLERS": {
            "http": "crawler.render.RenderingDownloadHandler",
            "https": "crawler.render.RenderingDownloadHandler",
        },
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": {
            "executable_path": path,
            "headless": True,
            "args": args,
            "timeout": 30_000,
        },
        "PLAYWRIGHT_MAX_CONTEXTS": 1,
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 1,
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": timeout_ms,
    }


def _playwright_handler(crawler: Crawler) -> Any:
    """scrapy-playwright's handler, made when the first shell is met, Playwright launched then."""
    from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

    class LazyPlaywrightHandler(ScrapyPlaywrightDownloadHandler):
        _start_lock: asyncio.Lock | None = None

        def __init__(self, crawler: Crawler):
            super().__init__(crawler)
            self.abort_request = BrowserGuard(crawler)  # every request the page makes

        async def _download_request(self, request: Any, spider: Any = None) -> Any:
            if self._start_lock is None:
                self._start_lock = asyncio.Lock()
            async with self._start_lock:  # the engine had started before this handler existed
                if getattr(self, "browser_provider", None) is None:
                    await self._launch()
            return await super()._download_request(request, spider)

    return LazyPlaywrightHandler(crawler)


class RenderingDownloadHandler(BaseDownloadHandler):
    """HTTP(S) download handler: Scrapy's own for every request, Chromium for ``playwright`` ones.

    scrapy-playwright (and Playwright's driver, and Chromium) load only when
    a crawl meets its first JavaScript shell; a crawl that meets none pays nothing.
    """

    lazy = False

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.http = HTTP11DownloadHandler(crawler)
        self.browser: Any = None

    async def download_request(self, request: Request) -> Response:
        if request.meta.get("playwright"):
            if self.browser is None:
                self.browser = _playwright_handler(self.crawler)
            return await self.browser.download_request(request)
        return await self.http.download_request(request)

    async def close(self) -> None:
        await self.http.close()
        if self.browser is not None:
            await self.browser.close()
