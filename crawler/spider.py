"""The spider: fetches one site inside its scope prefix and parses what comes back.

It only parses (pages into text, tables and links; documents passed on as
bytes) and decides what to follow; storing is the pipeline's job.
"""

from __future__ import annotations

import contextlib
import email.utils
import hashlib
import urllib.parse
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, date, datetime
from typing import Any

import scrapy
from protego import Protego
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest, StopDownload
from scrapy.http import Response
from twisted.python.failure import Failure

from crawler.extract.feeds import Feed, feed_links, following, read_json
from crawler.extract.html import PARSER_VERSION, PageLink, parse_html
from crawler.items import CarriedItems, FetchItem, LinkRecord
from crawler.render import looks_like_shell, render_meta
from crawler.revisit import MAX_SITEMAPS, RevisitPolicy, listed_date, read_sitemap
from crawler.urls import (
    TrapGuard,
    canonicalize,
    fragment_page,
    in_scope,
    is_followable_scheme,
)
from oitwatch.store.validators import UrlState

StoredLink = tuple[str, str, str, str, bool]  # to_url, tag, anchor, context, in_scope

__all__ = ["DOCUMENT_EXTENSIONS", "SiteSpider"]

DOCUMENT_EXTENSIONS = (
    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods",
    ".jpg", ".jpeg", ".png", ".gif", ".tif", ".tiff", ".bmp", ".webp", ".zip", ".rar", ".csv", ".txt",
)  # fmt: skip
HTML_TYPES = ("text/html", "application/xhtml+xml")
DOCUMENT_SHARE = 4  # past the page cap, up to max_pages // this more documents are asked


def document_allowance(max_pages: int) -> int:
    """How many documents a crawl still asks once it has asked ``max_pages`` URLs: those the
    pages it read link (see ``SiteSpider._follow``)."""
    return max(1, max_pages // DOCUMENT_SHARE)


DOCUMENT_PRIORITY = 100  # above any page (pages: minus their depth, DEPTH_PRIORITY 1)
PAGE_IMAGES_EACH = 6  # pictures of one page's content fetched to be read (a gallery: the first)
CONTENT_IMAGE = "image"  # the follow tag of a picture of a page's content (stored as "img")
# JSON a page's scripts load (``crawler.extract.feeds``): answers asked for one page, for the
# whole crawl, and pages of one paged list ("/api/posts?page=N")
FEED_REQUESTS_EACH = 12
FEED_REQUESTS = 60
FEED_PAGES = 10
FeedStep = tuple[Feed, int, str]  # a feed, the number of its page, the address to ask


def _follow_tag(tag: str, content: bool) -> str:
    """How a page's link is followed: a picture of its content is fetched to be read."""
    return CONTENT_IMAGE if tag == "img" and content else tag


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


def _changed_since(item: FetchItem, state: UrlState | None) -> datetime:
    """Since when new content is the same: its Last-Modified when offered (never before the
    store's last answer of other content, never in the future), else now."""
    when = item.fetched_at
    if item.last_modified is not None and item.last_modified < when:
        when = item.last_modified
    if state is not None and state.verified_at > when:
        when = state.verified_at
    return when


def _carried_together(outputs: Iterable[Any]) -> Iterator[Any]:
    """A callback's outputs, its carried-forward items gathered into one ``CarriedItems``."""
    carried: list[FetchItem] = []
    for out in outputs:
        if isinstance(out, FetchItem) and out.carried:
            carried.append(out)
        else:
            yield out
    if carried:
        yield CarriedItems(carried)


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

    ``states`` (URL → what the store knows of it) and ``stored_links`` (URL →
    its links then) make a re-crawl cheap: requests carry the validators, a
    304 or an unchanged body reuses the stored parse, and ``revisit`` leaves
    out URLs whose back-off is not due (they are yielded as carried items).
    """

    name = "oitwatch"

    def __init__(
        self,
        start_url: str,
        scope_prefix: str,
        max_pages: int,
        max_depth: int,
        states: dict[str, UrlState] | None = None,
        stored_links: dict[str, list[StoredLink]] | None = None,
        revisit: RevisitPolicy | None = None,
        render_pages: int = 0,
        render_timeout: float = 20.0,
        page_images: int = 0,
        image_max_bytes: int = 5_242_880,
        **kwargs: Any,
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
        self.extra_documents = 0  # documents asked past the page cap
        self.document_allowance = document_allowance(max_pages)
        self.states = states or {}
        self.stored_links = stored_links or {}
        self.revisit = revisit
        self.render_pages = render_pages  # JavaScript shells still to render this crawl
        self.render_timeout = render_timeout
        self.page_images = page_images  # pictures of pages' content still to fetch this crawl
        self.image_max_bytes = image_max_bytes
        self.sitemaps_read = 0
        self.sitemaps_asked: set[str] = set()
        # files a sitemap index or robots.txt listed, not read yet
        self.sitemaps_due: list[str] = []
        self.feed_requests = 0  # JSON answers asked for pages' scripts this crawl
        # a JSON address asked: its links and the address it names next (None: unreadable)
        self.feed_answers: dict[str, tuple[list[PageLink], str | None] | None] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> SiteSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider._robots_answered, signal=signals.response_received)
        return spider

    def _robots_answered(self, response: Response, request: scrapy.Request, **_: Any) -> None:
        """robots.txt's ``Sitemap:`` lines (the host's sitemaps where ``sitemap.xml`` is not
        one of them): read once the crawl's own sitemap has been. Robots.txt is fetched ahead
        of the first request to its host, so its answer is in before the sitemap's."""
        if self.revisit is None or response.status != 200:
            return
        if urllib.parse.urlsplit(request.url).path != "/robots.txt":
            return
        rules = Protego.parse(response.body.decode("utf-8", errors="replace"))
        self.sitemaps_due.extend(canonicalize(u) for u in rules.sitemaps if self._same_host(u))

    async def start(self) -> AsyncIterator[Any]:
        if self.revisit is not None and self.revisit.max_days > 0 and self.states:
            # A re-crawl that may leave URLs out reads the site's sitemap first.
            yield self._sitemap_request(urllib.parse.urljoin(self.scope_prefix, "sitemap.xml"))
            return
        for out in self._follow(self.start_url, referrer=None, depth=0):
            yield out

    def _sitemap_request(self, url: str) -> scrapy.Request:
        self.sitemaps_read += 1
        self.sitemaps_asked.add(url)
        return scrapy.Request(
            url,
            callback=self.parse_sitemap,
            errback=self.sitemap_failed,
            dont_filter=True,
            meta={"oitwatch_sitemap": True},
        )

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        """Take the sitemap's ``lastmod`` dates (if it has one), read the next file a sitemap
        index listed, and start the crawl after the last (the back-off needs every date)."""
        if response.status == 200 and self.revisit is not None:
            lastmods, children = read_sitemap(response.body)
            self.revisit.lastmods.update(lastmods)
            self.crawler.stats.set_value("oitwatch/sitemap_urls", len(self.revisit.lastmods))
            self.sitemaps_due.extend(canonicalize(c) for c in children if self._same_host(c))
        yield from self._after_sitemap()

    def sitemap_failed(self, failure: Failure) -> Iterator[Any]:
        yield from self._after_sitemap()

    def _after_sitemap(self) -> Iterator[Any]:
        while self.sitemaps_due and self.sitemaps_read < MAX_SITEMAPS:
            url = self.sitemaps_due.pop(0)
            if url not in self.sitemaps_asked:
                yield self._sitemap_request(url)
                return
        yield from self._follow(self.start_url, referrer=None, depth=0)

    def _request(
        self,
        url: str,
        referrer: str | None,
        depth: int,
        *,
        document_only: bool = False,
        image: bool = False,
    ) -> scrapy.Request:
        headers: dict[str, str] = {}
        state = self.states.get(url)
        # A rendered page's shell, or a page whose scripts load JSON, says nothing of the data
        # its scripts load: always ask for it whole.
        # A page an older parser read is fetched whole: its body is not kept, only its parse.
        if state is not None and not state.rendered and not _parsed_before(state):
            if state.etag:
                headers["If-None-Match"] = state.etag
            if state.last_modified:
                headers["If-Modified-Since"] = email.utils.format_datetime(
                    state.last_modified.astimezone(UTC), usegmt=True
                )
        # Our own canonical seen-set dedupes; the scheduler's filter would drop redirect loops silently.
        return scrapy.Request(
            url,
            callback=self.parse,
            errback=self.failed,
            dont_filter=True,
            headers=headers or None,
            # A document goes ahead of the pages waiting (breadth-first would leave every
            # document to the end): its extraction, the slow part, overlaps the crawl.
            priority=DOCUMENT_PRIORITY if document_only or _kind_hint(url) == "document" else 0,
            meta={
                "fetch_url": url,
                "referrer": referrer,
                # Our clicks from the start page: Scrapy's own "depth" counts responses (the
                # sitemap's among them, and none of the carried pages between).
                "oitwatch_depth": depth,
                "document_only": document_only,
                # a picture of a page's content: read, but never a large download
                **({"oitwatch_maxsize": self.image_max_bytes} if image else {}),
            },
        )

    def _same_host(self, url: str) -> bool:
        return urllib.parse.urlsplit(url).netloc == urllib.parse.urlsplit(self.scope_prefix).netloc

    def _follow(
        self,
        url: str,
        *,
        referrer: str | None,
        depth: int,
        document_only: bool = False,
        parent_changed: bool = True,
        listed: date | None = None,
        image: bool = False,
    ) -> Iterator[Any]:
        if url in self.seen or depth > self.max_depth:
            return  # (too deep now, maybe reached by a shorter path later)
        self.seen.add(url)
        state = self.states.get(url)
        if (
            state is not None
            and self.revisit is not None
            and not _parsed_before(state)
            and not self.revisit.due(
                state, depth=depth, parent_changed=parent_changed, listed=listed
            )
        ):
            yield from self._carry(
                state, referrer=referrer, depth=depth, document_only=document_only
            )
            return
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
            # past the cap, the documents of the pages fetched are still asked (up to an
            # allowance): they are the evidence, and leaves (a site's endless calendar or
            # print variants must not cost the PDFs of the pages that were read)
            if _kind_hint(url) != "document" or self.extra_documents >= self.document_allowance:
                self.crawler.stats.inc_value("oitwatch/skipped_page_cap")
                return
            self.extra_documents += 1
            self.crawler.stats.inc_value("oitwatch/documents_past_cap")
        self.scheduled += 1
        yield self._request(url, referrer, depth, document_only=document_only, image=image)

    def _carry(
        self, state: UrlState, *, referrer: str | None, depth: int, document_only: bool
    ) -> Iterator[Any]:
        """A URL not asked tonight: its earlier row goes on, and its stored links are followed."""
        self.crawler.stats.inc_value("oitwatch/carried")
        item = FetchItem(
            url=state.url,
            kind=state.kind,
            outcome=state.outcome,
            final_url=state.final_url,
            status_code=state.status_code,
            content_type=state.content_type,
            depth=depth,
            referrer=referrer,
            etag=state.etag,
            last_modified=state.last_modified,
            size=state.size,
            sha256=state.sha256,
            reused_from=state.crawl_id,
            carried=True,
            verified_at=state.verified_at,
            changed_at=state.changed_at,
        )
        yield item
        if state.kind == "document" or not document_only:
            yield from self._follow_stored(state.url, depth, changed=False)

    def _reuse(self, item: FetchItem, state: UrlState, *, document_only: bool) -> Iterator[Any]:
        """The body is the one the store holds (a 304 or the same hash): reuse its parse."""
        self.crawler.stats.inc_value("oitwatch/reused")
        item.kind = state.kind
        item.sha256 = state.sha256
        item.reused_from = state.crawl_id
        item.changed_at = state.changed_at
        yield item
        if state.kind == "document" or not document_only:
            # a document's links too (an OIT index published as a PDF)
            yield from self._follow_stored(item.url, item.depth, changed=False)

    def _follow_stored(self, url: str, depth: int, *, changed: bool) -> Iterator[Any]:
        """Follow the links an earlier crawl stored for ``url`` (already canonical)."""
        links = self.stored_links.get(url, ())
        yield from self._follow_links(
            url,
            depth,
            (
                # a picture an earlier crawl fetched from this page was its content: read again
                (t, _follow_tag(tag, t in self.states), scope)
                for t, tag, _a, _c, scope in links
            ),
            changed=changed,
        )

    def _follow_links(
        self,
        url: str,
        depth: int,
        links: Iterable[tuple[str, str, bool]],
        *,
        changed: bool,
        listed: dict[str, date] | None = None,
    ) -> Iterator[Any]:
        """Requests (or carried items) for a page's links ``(to_url, tag, in_scope)``.

        ``listed``: the date a changed page writes beside a link (``revisit.listed_date``).
        """
        listed = listed or {}
        images = 0  # this page's content pictures followed
        for target, tag, scope in links:
            if tag == CONTENT_IMAGE:
                if (
                    images < PAGE_IMAGES_EACH
                    and (scope or self._same_host(target))
                    and target not in self.seen
                    and self.page_images > 0
                ):
                    images += 1
                    self.page_images -= 1
                    self.crawler.stats.inc_value("oitwatch/page_images")
                    yield from self._follow(
                        target,
                        referrer=url,
                        depth=depth + 1,
                        document_only=True,
                        parent_changed=changed,
                        listed=listed.get(target),
                        image=True,
                    )
                continue
            if not scope:
                if tag != "img" and self._same_host(target) and _kind_hint(target) == "document":
                    # The district's own files often sit in a shared upload folder of the host:
                    # fetch the document (it has no links to follow), never the pages around it.
                    yield from self._follow(
                        target,
                        referrer=url,
                        depth=depth + 1,
                        document_only=True,
                        parent_changed=changed,
                        listed=listed.get(target),
                    )
                elif is_followable_scheme(target):
                    self._offsite(target)
                continue
            if tag == "img":
                continue  # inline images are recorded, not fetched
            yield from self._follow(
                target,
                referrer=url,
                depth=depth + 1,
                parent_changed=changed,
                listed=listed.get(target),
            )

    def parse(self, response: Response) -> Iterator[Any]:
        yield from _carried_together(self._parse(response))

    def _parse(self, response: Response) -> Iterator[Any]:
        meta = response.meta
        url, depth = meta["fetch_url"], meta.get("oitwatch_depth", 0)
        ctype = _header(response, "Content-Type") or ""
        state = self.states.get(url)
        document_only = bool(meta.get("document_only"))
        item = FetchItem(
            url=url,
            kind=_kind_hint(url),
            outcome="ok",
            final_url=response.url,
            status_code=response.status,
            content_type=ctype,
            depth=depth,
            referrer=meta.get("referrer"),
            etag=_header(response, "ETag"),
            last_modified=_http_date(_header(response, "Last-Modified")),
            size=len(response.body),
        )
        if response.status == 304:
            item.outcome = "not_modified"
            if state is None:  # the server said so, but we hold no copy
                yield item
                return
            item.final_url = state.final_url
            item.content_type = state.content_type
            item.etag = item.etag or state.etag
            item.last_modified = item.last_modified or state.last_modified
            item.size = state.size
            yield from self._reuse(item, state, document_only=document_only)
            return
        if response.status >= 300:
            item.outcome, item.error = "error", f"HTTP {response.status}"
            yield item
            return
        final = canonicalize(response.url)
        if final != url and not in_scope(final, self.scope_prefix) and not document_only:
            item.error = f"redirected outside the site scope to {final}"
            item.links = [LinkRecord(final, "redirect", "", "", False)]
            self._offsite(final)
            yield item
            return
        body = response.body
        item.sha256 = hashlib.sha256(body).hexdigest()
        item.rendered = bool(meta.get("playwright"))
        if item.rendered and len(body) > self.crawler.settings.getint("DOWNLOAD_MAXSIZE"):
            static: FetchItem = meta["oitwatch_static"]
            if static.page is not None:
                static.page.notes = "; ".join(
                    n for n in (static.page.notes, "the rendered page passed the size limit") if n
                )
            yield from self._static_links(static, document_only)
            return
        if (
            state is not None
            and state.sha256 == item.sha256
            and not state.rendered  # the same shell may load other data
            and not _parsed_before(state)
        ):
            yield from self._reuse(item, state, document_only=document_only)
            return
        item.changed_at = _changed_since(item, state)
        if not _is_html(ctype, body):
            item.kind, item.body = "document", body
            yield item
            return
        item.kind = "page"
        item.page = parse_html(body, ctype, response.url)
        if not item.rendered and looks_like_shell(body, item.page):
            if self.render_pages > 0:
                self.render_pages -= 1
                self.crawler.stats.inc_value("oitwatch/rendered")
                yield self._render(response, item, document_only=document_only)
                return
            self.crawler.stats.inc_value("oitwatch/render_skipped")
        if item.page.links_dropped:
            self.crawler.stats.inc_value("oitwatch/links_dropped", item.page.links_dropped)
        if (
            document_only
        ):  # an off-prefix "document" that turned out to be a page: keep, don't follow
            item.page.links = []
            yield item
            return
        if not item.rendered and item.page.feeds:
            steps = [
                (f, f.first or 0, f.page(f.first or 0))
                for f in item.page.feeds
                if self._same_host(f.url)
            ]
            yield from self._feed_step(item, steps, asked=0, seen=set())
            return
        follow = self._page_links(item)
        requests = list(
            self._follow_links(url, depth, follow, changed=True, listed=self._listed(item))
        )
        yield item
        yield from requests

    def _feed_step(
        self, item: FetchItem, steps: list[FeedStep], *, asked: int, seen: set[str]
    ) -> Iterator[Any]:
        """Ask for the next JSON answer the page's scripts load (one at a time, its page item
        carried along), or, when none is left or the budgets are spent, yield the page with
        the links the answers named and follow them."""
        assert item.page is not None
        while steps:
            feed, n, url = steps.pop(0)
            try:
                url = canonicalize(url)
            except ValueError:
                continue
            if url in seen:
                continue
            seen.add(url)
            if url in self.feed_answers:  # another page loads the same list: read once
                answer = self.feed_answers[url]
                if answer is not None:
                    item.rendered = True
                    links, after = answer
                    item.page.links.extend(links)
                    if after and n < (feed.first or 0) + FEED_PAGES - 1:
                        steps.insert(0, (feed, n + 1, after))
                continue
            if asked >= FEED_REQUESTS_EACH or self.feed_requests >= FEED_REQUESTS:
                self.crawler.stats.inc_value("oitwatch/feeds_skipped")
                break
            asked += 1
            self.feed_requests += 1
            self.crawler.stats.inc_value("oitwatch/feeds")
            yield scrapy.Request(
                url,
                callback=self.parse_feed,
                errback=self.feed_failed,
                dont_filter=True,
                priority=DOCUMENT_PRIORITY,  # the page waits for it
                headers={"Accept": "application/json, text/javascript, */*; q=0.01"},
                meta={
                    "oitwatch_feed": (item, feed, n, steps, asked, seen),
                    "oitwatch_feed_url": url,
                },
            )
            return
        follow = self._page_links(item)
        requests = list(
            self._follow_links(
                item.url, item.depth, follow, changed=True, listed=self._listed(item)
            )
        )
        yield item
        yield from requests

    def parse_feed(self, response: Response) -> Iterator[Any]:
        """A JSON answer a page's script loads: its links join the page's."""
        yield from _carried_together(self._parse_feed(response))

    def _parse_feed(self, response: Response) -> Iterator[Any]:
        item, feed, n, steps, asked, seen = response.meta["oitwatch_feed"]
        url = response.meta["oitwatch_feed_url"]
        data = read_json(response.body) if response.status == 200 else None
        if data is None:
            self.feed_answers[url] = None
        else:
            known = {lk.url for lk in item.page.links}
            links = [
                PageLink(url=lk.url, tag="a", anchor=lk.anchor, context=lk.context)
                for lk in feed_links(data, response.url)
            ]
            new = sum(1 for lk in links if lk.url not in known)
            after = following(feed, n, data, new)
            self.feed_answers[url] = (links, after)
            item.rendered = True  # its links come from its scripts' data, not its HTML alone
            item.page.links.extend(links)
            if after and n < (feed.first or 0) + FEED_PAGES - 1:
                steps.insert(0, (feed, n + 1, after))
        yield from self._feed_step(item, steps, asked=asked, seen=seen)

    def feed_failed(self, failure: Failure) -> Iterator[Any]:
        """The JSON could not be had (robots.txt, an error, the size limit): go on without."""
        item, _feed, _n, steps, asked, seen = failure.request.meta["oitwatch_feed"]
        self.crawler.stats.inc_value("oitwatch/feeds_failed")
        self.feed_answers[failure.request.meta["oitwatch_feed_url"]] = None
        yield from _carried_together(self._feed_step(item, steps, asked=asked, seen=seen))

    def _listed(self, item: FetchItem) -> dict[str, date]:
        """Known URLs of a changed page mapped to the date written beside their link."""
        if self.revisit is None or not self.states:
            return {}
        out: dict[str, date] = {}
        for link in item.links:
            if link.to_url in self.states and (when := listed_date(link.context)) is not None:
                out[link.to_url] = max(when, out.get(link.to_url, when))
        return out

    def _page_links(self, item: FetchItem) -> list[tuple[str, str, bool]]:
        """The page's links as the store keeps them (``item.links``) and what to follow."""
        assert item.page is not None
        return self._keep_links(
            item,
            (
                (lk.url, _follow_tag(lk.tag, lk.content), lk.anchor, lk.context)
                for lk in item.page.links
            ),
        )

    def document_links(self, item: FetchItem, links: Iterable[dict[str, Any]]) -> list[Any]:
        """A document's links (``crawler.extract._links``: as the document writes them,
        maybe relative to its URL) become ``item.links``; returns the requests (and carried
        items) that follow them, as a page's links are followed: same scope, robots.txt,
        address guard, page cap and depth (one click below the document)."""
        base = item.final_url or item.url
        absolute = []
        for link in links:
            try:
                url = urllib.parse.urljoin(base, str(link.get("url") or ""))
            except ValueError:
                continue  # "http://[x": not an address
            absolute.append((url, "a", link.get("anchor") or "", link.get("context") or ""))
        follow = self._keep_links(item, absolute)
        self.crawler.stats.inc_value("oitwatch/document_links", len(item.links))
        return list(
            _carried_together(self._follow_links(item.url, item.depth, follow, changed=True))
        )

    def _keep_links(
        self, item: FetchItem, links: Iterable[tuple[str, str, str, str]]
    ) -> list[tuple[str, str, bool]]:
        """``links`` (absolute URL, tag, anchor, context) as the store keeps them
        (``item.links``) and what to follow."""
        follow: list[tuple[str, str, bool]] = []
        followed: set[tuple[str, str]] = set()
        # a target is followed once, but kept under each of its wordings, rows and pages: the
        # menu's "บริการประชาชน" and the OIT row's "E-Service" to one page are two statements,
        # so are three rows (O15, O16, O17) that each say "เปิด" to one page, and the rows that
        # open one PDF at their own page ("bundle.pdf#page=5")
        kept: set[tuple] = set()
        for raw, tag, anchor, context in links:
            low = raw.lower()
            page = None
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
                page = fragment_page(raw)
            stored = "img" if tag == CONTENT_IMAGE else tag  # a picture of the content: an img
            key = (target, stored, page, anchor, context)
            if key not in kept:
                kept.add(key)
                item.links.append(LinkRecord(target, stored, anchor, context, scope, page))
            if (target, tag) not in followed:
                followed.add((target, tag))
                follow.append((target, tag, scope))
        return follow

    def _render(
        self, response: Response, static: FetchItem, *, document_only: bool
    ) -> scrapy.Request:
        """Ask for the page again through Chromium; the static parse stands if that fails."""
        meta = {
            **{
                k: response.meta[k]
                for k in ("fetch_url", "referrer", "oitwatch_depth")
                if k in response.meta
            },
            "document_only": document_only,
            "oitwatch_static": static,
            **render_meta(self.render_timeout),
        }
        return scrapy.Request(
            response.url,
            callback=self.parse,
            errback=self.render_failed,
            dont_filter=True,
            meta=meta,
        )

    def render_failed(self, failure: Failure) -> Iterator[Any]:
        """Chromium could not render the page: keep what its static HTML said, and say why."""
        yield from _carried_together(self._render_failed(failure))

    def _render_failed(self, failure: Failure) -> Iterator[Any]:
        meta = failure.request.meta
        item: FetchItem = meta["oitwatch_static"]
        self.crawler.stats.inc_value("oitwatch/render_failed")
        note = f"JavaScript rendering failed: {type(failure.value).__name__}"
        if item.page is not None:
            item.page.notes = "; ".join(n for n in (item.page.notes, note) if n)
        yield from self._static_links(item, meta.get("document_only", False))

    def _static_links(self, item: FetchItem, document_only: bool) -> Iterator[Any]:
        if item.page is None or document_only:
            yield item
            return
        follow = self._page_links(item)
        requests = list(self._follow_links(item.url, item.depth, follow, changed=True))
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
            url=url,
            kind=_kind_hint(url),
            depth=meta.get("oitwatch_depth", 0),
            referrer=meta.get("referrer"),
        )
        exc = failure.value
        message = str(exc) or type(exc).__name__
        refused = meta.get("oitwatch_refused")
        if refused:  # the address guard: off the site, or a non-public address (no SSRF)
            item.outcome, item.error = "error", refused[:1000]
            item.final_url = request.url
            if request.url != url and is_followable_scheme(request.url):
                with contextlib.suppress(ValueError):
                    target = canonicalize(request.url)
                    item.links = [LinkRecord(target, "redirect", "", "", False)]
                    self._offsite(target)
        elif isinstance(exc, IgnoreRequest) and "robots.txt" in message:
            item.outcome, item.error = "robots", "disallowed by robots.txt"
            if request.url != url:  # the link answered a redirect into what robots.txt closes
                # (a file's link sent to /member/login/): where it went, so the checker can tell
                # a link that does not deliver from one it was not allowed to read
                item.final_url = request.url
                item.error = f"redirected to {request.url[:900]}, disallowed by robots.txt"
        elif "oitwatch_too_large" in meta or (
            isinstance(exc, DownloadCancelledError | StopDownload) and "max size" in message
        ):
            item.outcome = "too_large"
            item.size = meta.get("oitwatch_too_large")
            limit = min(
                self.crawler.settings.getint("DOWNLOAD_MAXSIZE"),
                meta.get("oitwatch_maxsize") or self.crawler.settings.getint("DOWNLOAD_MAXSIZE"),
            )
            item.error = (
                f"Content-Length {item.size} is over the {limit}-byte download limit"
                if item.size
                else f"the body passed the {limit}-byte download limit and was cut"
            )
        else:
            item.outcome, item.error = "error", f"{type(exc).__name__}: {message}"[:1000]
        yield item


def _parsed_before(state: UrlState) -> bool:
    """A page whose stored parse an older :data:`PARSER_VERSION` made: read it again."""
    return state.kind == "page" and state.parser_version < PARSER_VERSION
