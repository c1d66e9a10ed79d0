"""The one pipeline: stores what the spider yields, in small committed batches.

A body whose SHA-256 the store already knows is not extracted again (an
unchanged document costs a hash, not a parse). A reused parse (a 304, the
same body hash, a URL carried forward unasked) costs one Fetch row: its links
are copied from the crawl that holds them, in bulk, inside the database. Documents' bytes go to the
content-addressed bodies directory; pages keep only their text and tables.
A SIGKILL loses at most the batch in hand; each batch is one transaction.

Document extraction (OCR may take minutes) runs in the reactor's thread pool,
at most ``EXTRACT_THREADS`` at once, so downloads in flight meanwhile do not
reach their timeouts; each thread hands its document to a worker process of
``crawler.extract.budget`` (time and memory budgets). Only that call leaves the
reactor thread; every store session stays on it. A Fetch enters the batch only once
its Content is in the same batch or already stored.

With ``OITWATCH_DEFER_OCR`` (a task queue's worker runs the crawl) documents are read
without OCR; one whose text is unreadable (a scan) is stored as provisional
``review`` Content (extractor version 0) with an ``ExtractJob`` row in the same
transaction, and OCR'd later by an extract job on any worker (:mod:`schedules.extract_jobs`).
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from scrapy.crawler import Crawler
from scrapy.utils.defer import maybe_deferred_to_future
from sqlalchemy import Insert, delete, insert, literal, select, update
from twisted.internet import threads
from twisted.internet.defer import Deferred, DeferredSemaphore

from crawler.bodies import save_body, sha256_of
from crawler.extract import EXTRACTOR_VERSION, Extracted, ocr_engine
from crawler.extract.archive import list_archive, read_members
from crawler.extract.budget import ExtractorPool
from crawler.extract.html import PARSER_VERSION
from crawler.items import CarriedItems, FetchItem
from crawler.record import document_content
from crawler.urls import member_url
from oitwatch.exceptions import ExtractionError
from oitwatch.settings import Settings
from oitwatch.store import (
    Content,
    ContentMember,
    Crawl,
    ExtractJob,
    Fetch,
    Link,
    OcrText,
    Store,
    insert_new,
    open_store,
)

__all__ = ["StorePipeline"]

logger = logging.getLogger(__name__)

BATCH_ITEMS = 25  # newly parsed URLs per transaction
BATCH_ROWS = 250  # URLs per transaction when their parse is reused (one cheap row each)
BATCH_SECONDS = 1.0
EXTRACT_THREADS = 2  # documents extracted at once, each in a pool thread
OCR_PENDING = "OCR pending: an extract job of the task queue reads it"


@dataclass
class _Batch:
    contents: dict[str, dict[str, Any]] = field(default_factory=dict)
    fetches: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)
    # documents made by an older extractor, extracted again: their rows are updated
    redone: dict[str, dict[str, Any]] = field(default_factory=dict)
    ocr: list[dict[str, Any]] = field(default_factory=list)  # new OCR readings to share
    extract_jobs: list[dict[str, Any]] = field(default_factory=list)  # deferred OCR
    # archive SHA-256 -> its members' rows (ContentMember), replacing any stored before
    members: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # crawl id -> URLs whose Link rows are copied from that crawl (a reused parse)
    reused_links: dict[int, list[str]] = field(default_factory=dict)
    parsed: int = 0  # fetches of this batch whose parse is new

    def __len__(self) -> int:
        return len(self.fetches)


def _copy_links(crawl_id: int, source: int, urls: list[str]) -> Insert:
    """INSERT ... SELECT of the Link rows crawl ``source`` stored for ``urls``, into ``crawl_id``."""
    cols = ("from_url", "to_url", "anchor", "context", "tag", "in_scope", "page")
    rows = select(literal(crawl_id), *(getattr(Link, c) for c in cols)).where(
        Link.crawl_id == source, Link.from_url.in_(urls)
    )
    return insert(Link).from_select(["crawl_id", *cols], rows.order_by(Link.id))


class StorePipeline:
    """Writes Fetch, Content and Link rows of crawl ``OITWATCH_CRAWL_ID`` to the store."""

    def __init__(
        self, crawler: Crawler, settings: Settings, crawl_id: int, *, defer_ocr: bool = False
    ):
        self.crawler = crawler
        self.settings = settings
        self.crawl_id = crawl_id
        # Deferring: the crawl reads text layers only; scans go to extract jobs.
        self.defer_ocr = defer_ocr and settings.ocr
        self.store: Store | None = None
        self.batch = _Batch()
        self.known: set[str] = set()
        self.urls: set[str] = set()
        self.counts: Counter[str] = Counter()
        self.last_flush = time.monotonic()
        self.slots = DeferredSemaphore(EXTRACT_THREADS)
        self.extractors = ExtractorPool(  # bounded workers
            settings.model_copy(update={"ocr": False}) if self.defer_ocr else settings,
            size=EXTRACT_THREADS,
        )
        # SHA-256 -> body path (a document's; None for a page) of a row an older reader wrote
        self.stale: dict[str, str | None] = {}
        # SHA-256 of a document being extracted -> items of the same body waiting for it
        self.extracting: dict[str, list[Deferred[None]]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        settings = Settings(**crawler.settings.getdict("OITWATCH_SETTINGS"))
        return cls(
            crawler,
            settings,
            crawler.settings.getint("OITWATCH_CRAWL_ID"),
            defer_ocr=crawler.settings.getbool("OITWATCH_DEFER_OCR"),
        )

    def open_spider(self) -> None:
        self.store = open_store(self.settings.db, upgrade=False)
        spider = self.crawler.spider
        # Content the store holds already (the validators came with it): no lookup per URL,
        # except rows an older reader wrote (a document's extractor, a page's parser): they
        # are read again and replaced.
        held = {s.sha256 for s in getattr(spider, "states", {}).values() if s.sha256}
        pages = Content.extract_method.in_(("html", "html+js"))
        older = ((Content.extractor_version < EXTRACTOR_VERSION) & ~pages) | (
            (Content.extractor_version < PARSER_VERSION) & pages
        )
        with self.store.session() as s:
            for sha, rel in s.execute(select(Content.sha256, Content.body_path).where(older)):
                if sha in held:
                    self.stale[sha] = rel
        self.known.update(held - self.stale.keys())

    def close_spider(self) -> None:
        self.extractors.close()
        self.flush()
        if self.store is not None:
            self.store.close()

    async def process_item(self, item: FetchItem | CarriedItems) -> FetchItem | CarriedItems:
        """Queue the item's rows; a new document's body is extracted first, off the reactor."""
        if isinstance(item, CarriedItems):
            for one in item.items:
                await self.process_item(one)
            return item
        if item.url in self.urls:
            return item
        self.urls.add(item.url)
        sha = item.sha256
        links: list[dict[str, Any]] | None = None  # a document's links, when read now
        if sha and item.outcome in ("ok", "not_modified"):
            while sha in self.extracting:  # the same body from another URL, being read now
                waiter: Deferred[None] = Deferred()
                self.extracting[sha].append(waiter)
                await maybe_deferred_to_future(waiter)
            if item.page is not None:
                # A new parse: no lookup (its row is inserted unless the store has it already;
                # a row an older parser wrote is replaced).
                batched = sha in self.batch.contents or sha in self.batch.redone
                if sha not in self.known and not batched:
                    self._keep(sha, self._page_content(item))
            elif not self._known(sha):
                links = await self._extract_document(item)
            elif item.reused_from is None and item.kind == "document":
                links = self._document_links(sha)  # the same body read before, at another URL
        follow: list[Any] = []
        if links is not None:
            # links read now (a new body, or one an older extractor read without its links):
            # kept and followed from this URL, not copied from an earlier crawl
            item.reused_from = None
            follow = self.crawler.spider.document_links(item, links) if links else []
        self._add(item)
        for out in follow:  # the document's links, followed like a page's
            if isinstance(out, FetchItem | CarriedItems):
                await self.process_item(out)
            else:
                try:
                    self.crawler.engine.crawl(out)
                except RuntimeError:  # the crawl is closing (its time or page limit)
                    break
        return item

    def _add(self, item: FetchItem) -> None:
        self.batch.fetches.append(self._fetch_row(item))
        self.batch.parsed += item.reused_from is None
        if item.reused_from is not None:
            # a page's links, or a document's (an OIT index published as a PDF)
            self.batch.reused_links.setdefault(item.reused_from, []).append(item.url)
            self._count(item)
            self._maybe_flush()
            return
        self.batch.links.extend(
            {
                "crawl_id": self.crawl_id,
                "from_url": item.url,
                "to_url": link.to_url,
                "anchor": link.anchor,
                "context": link.context,
                "tag": link.tag,
                "in_scope": link.in_scope,
                "page": link.page,
            }
            for link in item.links
        )
        self._count(item)
        self._maybe_flush()

    def _maybe_flush(self) -> None:
        if (
            self.batch.parsed >= BATCH_ITEMS
            or len(self.batch) >= BATCH_ROWS
            or time.monotonic() - self.last_flush >= BATCH_SECONDS
        ):
            self.flush()

    def _known(self, sha: str) -> bool:
        """The store holds this body's extraction (a document's by the current extractor)."""
        if sha in self.known or sha in self.batch.contents or sha in self.batch.redone:
            return True
        assert self.store is not None
        with self.store.session() as s:
            row = s.execute(
                select(Content.extract_method, Content.extractor_version, Content.body_path).where(
                    Content.sha256 == sha
                )
            ).first()
        if row is None:
            return False
        if row.extract_method != "html" and row.extractor_version < EXTRACTOR_VERSION:
            self.stale[sha] = row.body_path
            return False
        self.known.add(sha)
        return True

    def _page_content(self, item: FetchItem) -> dict[str, Any]:
        from oitwatch.thai import text_quality

        assert item.sha256 is not None and item.page is not None
        page = item.page
        return {
            "sha256": item.sha256,
            "size": item.size or 0,
            "content_type": item.content_type[:200],
            "title": page.title,
            "text": page.text,
            "tables": page.tables,
            "text_quality": text_quality(page.text) if page.text.strip() else 0.0,
            "extract_method": "html+js" if item.rendered else "html",
            "extract_status": "ok",
            "extract_error": page.notes or None,  # what the parse lost (truncation, links)
            "body_path": None,
            "extractor_version": PARSER_VERSION,
        }

    def _stored_body(self, sha: str) -> bytes | None:
        rel = self.stale.get(sha)
        path = self.settings.bodies_dir / rel if rel else None
        return path.read_bytes() if path is not None and path.is_file() else None

    def _ocr_cached(self, sha: str) -> dict[str, Any] | None:
        """A reading of this body OCR'd before, by any crawl on any machine of this store."""
        assert self.store is not None
        engine = ocr_engine(self.settings)
        with self.store.session() as s:
            row = s.get(OcrText, (sha, engine))
            if row is None:
                return None
            return {
                "engine": engine,
                "text": row.text,
                "pages": row.pages,
                "notes": row.notes,
                "confidence": row.confidence,
                "doubtful": row.doubtful,
            }

    def _document_links(self, sha: str) -> list[dict[str, Any]]:
        """The links the stored reading of document ``sha`` found (as the document writes them)."""
        for rows in (self.batch.contents, self.batch.redone):
            if sha in rows:
                return list(rows[sha].get("links") or [])
        assert self.store is not None
        with self.store.session() as s:
            links = s.scalar(select(Content.links).where(Content.sha256 == sha))
        return list(links or [])

    async def _extract_document(self, item: FetchItem) -> list[dict[str, Any]] | None:
        """Extract a new document in a pool thread; its Content row joins the batch after.
        Returns the links it holds (None: not read now)."""
        sha = item.sha256
        assert sha is not None
        body = item.body
        if body is None and sha in self.stale:
            body = self._stored_body(sha)
            if body is None:
                return None  # an older extraction whose body is gone: it stays as it is
        body = body or b""
        self.extracting[sha] = []
        try:
            url = item.final_url or item.url
            result, row = await self._extract_body(sha, body, item.content_type, url)
            members: list[dict[str, Any]] = []
            if result.method == "zip" and result.status == "ok":
                members = await self._extract_members(sha, body, url)
            # the archive's row and its members' together (its members are read first): a
            # crawl killed meanwhile leaves no archive stored without them
            if members or sha in self.stale:  # an archive read again lists its members anew
                self.batch.members[sha] = members
            self._keep(sha, row)
            return result.links
        finally:
            for waiter in self.extracting.pop(sha):
                waiter.callback(None)

    def _keep(self, sha: str, row: dict[str, Any]) -> None:
        """The Content row of a body read now joins the batch (new, or redone)."""
        if sha in self.stale:
            self.batch.redone[sha] = row
        else:
            self.batch.contents[sha] = row

    async def _extract_body(
        self, sha: str, body: bytes, content_type: str, url: str
    ) -> tuple[Extracted, dict[str, Any]]:
        """Save and extract one body: the result and its Content row (see :meth:`_keep`)."""
        rel = save_body(self.settings.bodies_dir, sha, body)
        cached = self._ocr_cached(sha)
        result: Extracted = await maybe_deferred_to_future(
            self.slots.run(
                threads.deferToThread,
                self.extractors.extract,
                body,
                content_type,
                url,
                as_of=self.settings.ocr_as_of,
                ocr_cached=cached,
            )
        )
        if result.ocr is not None and cached is None:
            self.batch.ocr.append({"sha256": sha, **result.ocr})
            if self.crawler.stats is not None:
                self.crawler.stats.inc_value("oitwatch/ocr_documents")
                self.crawler.stats.inc_value("oitwatch/ocr_pages", int(result.ocr["pages"]))
        row = document_content(sha, len(body), content_type, rel, result)
        if self.defer_ocr and result.status == "review" and result.method in ("pdf", "image"):
            # Unreadable without OCR: provisional until its extract job stores the reading.
            row.update(extractor_version=0, extract_error=OCR_PENDING)
            self.batch.extract_jobs.append(
                {
                    "crawl_id": self.crawl_id,
                    "sha256": sha,
                    "url": url,
                    "content_type": content_type[:200],
                    "state": "pending",
                }
            )
        return result, row

    async def _extract_members(self, sha: str, body: bytes, url: str) -> list[dict[str, Any]]:
        """Each member of the archive ``sha`` read as a document of its own (bounded by
        ``crawler.extract.archive``), unpacked in a pool thread one member at a time: the
        archive's ContentMember rows."""
        try:
            listing = await maybe_deferred_to_future(threads.deferToThread(list_archive, body))
        except ExtractionError:
            return []  # the archive's own row says why
        members = iter(read_members(body, listing))
        rows: list[dict[str, Any]] = []
        position = 0
        while True:
            got = await maybe_deferred_to_future(threads.deferToThread(next, members, None))
            if got is None:
                break
            member, data = got
            murl = member_url(url, member.name)
            if isinstance(data, str):  # damaged: a Content row saying why, keyed by the name
                msha = hashlib.sha256(f"{sha}\0{member.name}".encode()).hexdigest()
                if not self._known(msha):
                    self._keep(
                        msha,
                        document_content(
                            msha,
                            0,
                            "",
                            None,
                            Extracted(method="zip-member", status="error", error=data),
                        ),
                    )
            else:
                msha = sha256_of(data)
                if not self._known(msha) and msha not in self.extracting:
                    self.extracting[msha] = []
                    try:
                        self._keep(msha, (await self._extract_body(msha, data, "", murl))[1])
                    finally:
                        for waiter in self.extracting.pop(msha):
                            waiter.callback(None)
            rows.append(
                {
                    "archive_sha256": sha,
                    "name": member.name[:1000],
                    "position": position,
                    "member_sha256": msha,
                }
            )
            position += 1
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value("oitwatch/archive_members", position)
        return rows

    def _fetch_row(self, item: FetchItem) -> dict[str, Any]:
        return {
            "crawl_id": self.crawl_id,
            "url": item.url,
            "final_url": item.final_url or item.url,
            "kind": item.kind,
            "outcome": item.outcome,
            "status_code": item.status_code,
            "content_type": item.content_type[:200],
            "content_sha256": item.sha256 if item.outcome in ("ok", "not_modified") else None,
            "etag": item.etag,
            "last_modified": item.last_modified,
            "depth": item.depth,
            "referrer": item.referrer,
            "size": item.size,
            "error": item.error,
            "fetched_at": item.fetched_at,
            "carried": item.carried,
            "verified_at": item.verified_at or item.fetched_at,
            "changed_at": item.changed_at or item.fetched_at,
        }

    def _count(self, item: FetchItem) -> None:
        if item.outcome in ("ok", "not_modified"):
            self.counts["pages" if item.kind == "page" else "documents"] += 1
        if item.outcome == "not_modified":
            self.counts["not_modified"] += 1
        elif item.outcome == "error":
            self.counts["errors"] += 1
        elif item.outcome in ("robots", "too_large"):
            self.counts[item.outcome] += 1

    def flush(self) -> None:
        """Commit the batch in hand (one transaction) and the crawl's running counters."""
        self.last_flush = time.monotonic()
        if self.store is None or not self.batch.fetches:
            return
        batch, self.batch = self.batch, _Batch()
        stats = self.crawler.stats
        with self.store.session() as s:
            if batch.contents:
                s.execute(insert_new(s, Content), list(batch.contents.values()))
            for sha, row in batch.redone.items():
                s.execute(update(Content).where(Content.sha256 == sha).values(**row))
            if batch.ocr:
                s.execute(insert_new(s, OcrText), batch.ocr)
            if batch.extract_jobs:
                s.execute(insert_new(s, ExtractJob), batch.extract_jobs)
            if batch.members:
                s.execute(
                    delete(ContentMember).where(ContentMember.archive_sha256.in_(batch.members))
                )
                if rows := [r for listed in batch.members.values() for r in listed]:
                    s.execute(insert(ContentMember), rows)
            s.execute(insert(Fetch), batch.fetches)
            if batch.links:
                s.execute(insert(Link), batch.links)
            for source, urls in batch.reused_links.items():
                s.execute(_copy_links(self.crawl_id, source, urls))
            s.execute(
                update(Crawl)
                .where(Crawl.id == self.crawl_id)
                .values(
                    pages=self.counts["pages"],
                    documents=self.counts["documents"],
                    errors=self.counts["errors"],
                    not_modified=self.counts["not_modified"],
                    skipped_robots=self.counts["robots"],
                    skipped_too_large=self.counts["too_large"],
                    skipped_offsite=int(stats.get_value("oitwatch/offsite", 0) if stats else 0),
                    bytes_downloaded=int(
                        stats.get_value("oitwatch/bytes_transferred", 0) if stats else 0
                    ),
                )
            )
        self.known.update(batch.contents)
        self.known.update(batch.redone)
        for sha in batch.redone:
            self.stale.pop(sha, None)
