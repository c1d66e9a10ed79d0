"""The spider: fetches one site inside its scope prefix and parses what comes back.

It only parses (pages into text, tables and links; documents passed on as
bytes) and decides what to follow; storing is the pipeline's job.
"""

from __future__ import annotations

import email.utils
import hashlib
import urllib.parse
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any

import scrapy
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest, StopDownload
from scrapy.http import Response
from twisted.python.failure import Failure

from crawler.extract.html import parse_html
from crawler.items import FetchItem, LinkRecord
from crawler.urls import TrapGuard, canonicalize, in_scope, is_followable_scheme

__all__ = ["DOCUMENT_EXTENSIONS", "SiteSpider"]

DOCUMENT_EXTENSIONS = (
    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods",
    ".jpg", ".jpeg", ".png", ".gif", ".tif", ".tiff", ".bmp", ".webp", ".zip", ".rar", ".csv", ".txt",
)  # fmt: skip
HTML_TYPES = ("text/html", "application/xhtml+xml")


def _kind_hint(url: str) -> str:
    path = url.split("?", 1)[0].lower()
    return "document" if path.endswith(DOCUMENT_EXTENSIONS) else "page"


def _header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _http_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    # "-0000" comes back naive; HTTP dates are GMT, and a naive value would be read in the
    # database session's zone (PostgreSQL), shifting the day a document counts for.
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _is_html(content_type: str, body: bytes) -> bool:
    ctype = content_type.split(";")[0].strip().lower()
    if ctype:
        return ctype in HTML_TYPES
    return body.lstrip()[:100].lower().startswith((b"<!doctype html", b"<html"))


class SiteSpider(scrapy.Spider):
    """Crawls ``start_url`` within ``scope_prefix``, at most ``max_pages`` requests, ``max_depth`` clicks.

    Pages outside the prefix are never fetched (their links are kept, in_scope
    False). Documents (by extension) on the same host but outside the prefix
    are fetched when an in-scope page links them: districts' files often live
    in the portal's shared upload folder.
    """

    name = "oitwatch"

    def __init__(
        self, start_url: str, scope_prefix: str, max_pages: int, max_depth: int, **kwargs: Any
    ):
        super().__init__(**kwargs)
        self.start_url = canonicalize(start_url)
        self.scope_prefix = canonicalize(scope_prefix)
        self.max_pages = max_pages
        self.max_depth = max_depth
        self.guard = TrapGuard()
        self.seen: set[str] = set()
        self.offsite: set[str] = set()
        self.scheduled = 0

    async def start(self) -> AsyncIterator[Any]:
        for out in self._follow(self.start_url, referrer=None, depth=0):
            yield out

    def _request(
        self, url: str, referrer: str | None, depth: int, *, document_only: bool = False
    ) -> scrapy.Request:
        # Our own canonical seen-set dedupes; the scheduler's filter would drop redirect loops silently.
        return scrapy.Request(
            url,
            callback=self.parse,
            errback=self.failed,
            dont_filter=True,
            meta={
                "fetch_url": url,
                "referrer": referrer,
                "depth": depth,
                "document_only": document_only,
            },
        )

    def _same_host(self, url: str) -> bool:
        return urllib.parse.urlsplit(url).netloc == urllib.parse.urlsplit(self.scope_prefix).netloc

    def _follow(
        self, url: str, *, referrer: str | None, depth: int, document_only: bool = False
    ) -> Iterator[Any]:
        if url in self.seen or depth > self.max_depth:
            return  # (too deep now, maybe reached by a shorter path later)
        self.seen.add(url)
        reason = self.guard.check(url)
        if reason:
            self.crawler.stats.inc_value("oitwatch/trap")
            yield FetchItem(
                url=url,
                kind=_kind_hint(url),
                outcome="trap",
                depth=depth,
                referrer=referrer,
                error=reason,
            )
            return
        if self.scheduled >= self.max_pages:
            self.crawler.stats.inc_value("oitwatch/skipped_page_cap")
            return
        self.scheduled += 1
        yield self._request(url, referrer, depth, document_only=document_only)

    def parse(self, response: Response) -> Iterator[Any]:
        meta = response.meta
        url, depth = meta["fetch_url"], meta.get("depth", 0)
        ctype = _header(response, "Content-Type") or ""
        cached = "cached" in response.flags
        item = FetchItem(
            url=url,
            kind=_kind_hint(url),
            outcome="not_modified" if cached else "ok",
            final_url=response.url,
            status_code=304 if cached else response.status,
            content_type=ctype,
            depth=depth,
            referrer=meta.get("referrer"),
            etag=_header(response, "ETag"),
            last_modified=_http_date(_header(response, "Last-Modified")),
            size=len(response.body),
        )
        if response.status == 304 and not cached:
            item.outcome = "not_modified"  # the server said so, but we hold no copy
            yield item
            return
        if response.status >= 300 and not cached:
            item.outcome, item.error = "error", f"HTTP {response.status}"
            yield item
            return
        final = canonicalize(response.url)
        document_only = bool(meta.get("document_only"))
        if final != url and not in_scope(final, self.scope_prefix) and not document_only:
            item.error = f"redirected outside the site scope to {final}"
            item.links = [LinkRecord(final, "redirect", "", "", False)]
            self._offsite(final)
            yield item
            return
        body = response.body
        item.sha256 = hashlib.sha256(body).hexdigest()
        if not _is_html(ctype, body):
            item.kind, item.body = "document", body
            yield item
            return
        item.kind = "page"
        item.page = parse_html(body, ctype, response.url)
        if item.page.links_dropped:
            self.crawler.stats.inc_value("oitwatch/links_dropped", item.page.links_dropped)
        if (
            document_only
        ):  # an off-prefix "document" that turned out to be a page: keep, don't follow
            item.page.links = []
            yield item
            return
        requests: list[Any] = []
        seen_here: set[tuple[str, str]] = set()
        for link in item.page.links:
            raw = link.url
            low = raw.lower()
            if low.startswith(("mailto:", "tel:")):
                target, scope = raw[:2000], False
            elif not is_followable_scheme(raw):
                continue  # javascript:, data: ...
            else:
                try:
                    target = canonicalize(raw)
                except ValueError:
                    continue  # e.g. a port out of range: no address to fetch or keep
                scope = in_scope(target, self.scope_prefix)
            if (target, link.tag) in seen_here:
                continue
            seen_here.add((target, link.tag))
            item.links.append(LinkRecord(target, link.tag, link.anchor, link.context, scope))
            if not scope:
                if (
                    link.tag != "img"
                    and self._same_host(target)
                    and _kind_hint(target) == "document"
                ):
                    # The district's own files often sit in a shared upload folder of the host:
                    # fetch the document (it has no links to follow), never the pages around it.
                    requests.extend(
                        self._follow(target, referrer=url, depth=depth + 1, document_only=True)
                    )
                elif is_followable_scheme(target):
                    self._offsite(target)
                continue
            if link.tag == "img":
                continue  # inline images are recorded, not fetched
            requests.extend(self._follow(target, referrer=url, depth=depth + 1))
        yield item
        yield from requests

    def _offsite(self, url: str) -> None:
        if url not in self.offsite:
            self.offsite.add(url)
            self.crawler.stats.inc_value("oitwatch/offsite")

    def failed(self, failure: Failure) -> Iterator[FetchItem]:
        request = failure.request
        meta = request.meta
        url = meta.get("fetch_url", request.url)
        item = FetchItem(
            url=url, kind=_kind_hint(url), depth=meta.get("depth", 0), referrer=meta.get("referrer")
        )
        exc = failure.value
        message = str(exc) or type(exc).__name__
        if isinstance(exc, IgnoreRequest) and "robots.txt" in message:
            item.outcome, item.error = "robots", "disallowed by robots.txt"
        elif "oitwatch_too_large" in meta or (
            isinstance(exc, DownloadCancelledError | StopDownload) and "max size" in message
        ):
            item.outcome = "too_large"
            item.size = meta.get("oitwatch_too_large")
            limit = self.crawler.settings.getint("DOWNLOAD_MAXSIZE")
            item.error = (
                f"Content-Length {item.size} is over the {limit}-byte download limit"
                if item.size
                else f"the body passed the {limit}-byte download limit and was cut"
            )
        else:
            item.outcome, item.error = "error", f"{type(exc).__name__}: {message}"[:1000]
        yield item
