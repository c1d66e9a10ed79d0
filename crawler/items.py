"""What the spider yields: one ``FetchItem`` per canonical URL, with the page's links."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from crawler.extract.html import ParsedPage
from oitwatch.store.models import utcnow

__all__ = ["CarriedItems", "FetchItem", "LinkRecord"]


@dataclass
class LinkRecord:
    """A link as the store keeps it (``to_url`` canonical when http(s))."""

    to_url: str
    tag: str
    anchor: str
    context: str
    in_scope: bool
    page: int | None = None  # the document page the link opens at ("x.pdf#page=5"), if it says


@dataclass
class FetchItem:
    """The crawl's answer for one URL; ``body`` only for documents, ``page`` only for HTML."""

    url: str
    kind: str = "page"
    outcome: str = "ok"
    final_url: str = ""
    status_code: int | None = None
    content_type: str = ""
    depth: int = 0
    referrer: str | None = None
    etag: str | None = None
    last_modified: datetime | None = None
    size: int | None = None
    error: str | None = None
    sha256: str | None = None
    body: bytes | None = None
    page: ParsedPage | None = None
    links: list[LinkRecord] = field(default_factory=list)
    fetched_at: datetime = field(default_factory=utcnow)
    # Reuse of an earlier crawl's parse: its Link rows are copied from crawl ``reused_from``
    # (a 304, an unchanged body hash, or a URL carried forward without asking).
    reused_from: int | None = None
    # a JavaScript-built page, parsed as Chromium rendered it, or with the links of the JSON
    # its scripts load (its HTML's validators say nothing of that data)
    rendered: bool = False
    carried: bool = False  # not asked tonight: its revisit back-off was not due
    verified_at: datetime | None = None  # when the server last answered for it (None: now)
    changed_at: datetime | None = None  # since when its content is the same (None: now)


@dataclass
class CarriedItems:
    """URLs one response carries forward unasked, passed on together: one item for Scrapy's
    machinery, a row each in the store (a quiet night carries most of a site)."""

    items: list[FetchItem]
