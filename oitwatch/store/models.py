"""The store's tables: sites, crawls and what they fetched, check runs, users.

A crawl never overwrites an earlier one: each fetch is a row of its crawl, and
the bodies it saw are kept once per content hash (``Content``). A crawl that
dies mid-way stays ``running`` until the next start marks it ``aborted``;
readers only ever use ``complete`` crawls.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

__all__ = [
    "Base",
    "ChecklistEntry",
    "Content",
    "ContentMember",
    "Correction",
    "Crawl",
    "ExtractJob",
    "Fetch",
    "ItemResult",
    "Link",
    "LoginAttempt",
    "Notification",
    "OcrText",
    "QueueJob",
    "Run",
    "Site",
    "SiteLock",
    "User",
    "utcnow",
]


def utcnow() -> datetime:
    """Now, timezone-aware UTC (stored as such everywhere)."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict] = {
        datetime: DateTime(timezone=True),
        dict: JSON,
        list: JSON,
    }


class Site(Base):
    """An agency website, crawled inside ``scope_prefix``."""

    __tablename__ = "sites"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    name_th: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")
    start_url: Mapped[str] = mapped_column(Text)
    scope_prefix: Mapped[str] = mapped_column(Text)
    framework: Mapped[str] = mapped_column(String(50), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    crawls: Mapped[list[Crawl]] = relationship(back_populates="site", cascade="all, delete-orphan")


class Crawl(Base):
    """One crawl of one site; ``status`` is running, complete, partial, failed or aborted.

    ``partial``: the crawl stopped at its time limit; what it fetched is kept
    and judged (items whose evidence it did not reach are ``review``).
    """

    __tablename__ = "crawls"
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(20), default="running")
    pid: Mapped[int | None]
    pages: Mapped[int] = mapped_column(default=0)
    documents: Mapped[int] = mapped_column(default=0)
    errors: Mapped[int] = mapped_column(default=0)
    not_modified: Mapped[int] = mapped_column(default=0)
    skipped_offsite: Mapped[int] = mapped_column(default=0)
    skipped_robots: Mapped[int] = mapped_column(default=0)
    skipped_too_large: Mapped[int] = mapped_column(default=0)
    bytes_downloaded: Mapped[int] = mapped_column(default=0)
    stats: Mapped[dict] = mapped_column(default=dict)
    error: Mapped[str | None] = mapped_column(Text)

    site: Mapped[Site] = relationship(back_populates="crawls")
    fetches: Mapped[list[Fetch]] = relationship(
        back_populates="crawl", cascade="all, delete-orphan"
    )


class Content(Base):
    """A body seen at least once, keyed by its SHA-256, with its extracted text.

    ``extract_status``: ok (readable text), review (no machine could read it,
    e.g. a scan without usable OCR), error (malformed), unsupported.
    ``tables`` holds extracted tables as lists of rows of cell strings.
    ``body_path`` is relative to the bodies directory (documents only).
    ``extractor_version``: ``crawler.extract.EXTRACTOR_VERSION`` that made the row;
    a document extracted by an older one is extracted again when crawled.
    ``repairs``: repair kind -> count; ``text_original``: the text layer (or OCR
    reading) as the file had it, when a repair changed it. ``pages``: pages read.
    ``links``: a document's links as it writes them (relative ones resolved per URL).
    """

    __tablename__ = "contents"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(default=0)
    content_type: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    text_quality: Mapped[float] = mapped_column(Float, default=0.0)
    extract_method: Mapped[str] = mapped_column(String(30), default="")
    extract_status: Mapped[str] = mapped_column(String(20), default="ok")
    extract_error: Mapped[str | None] = mapped_column(Text)
    tables: Mapped[list] = mapped_column(default=list)
    body_path: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    extractor_version: Mapped[int] = mapped_column(default=0, server_default="0")
    repairs: Mapped[dict] = mapped_column(default=dict)
    text_original: Mapped[str | None] = mapped_column(Text)
    pages: Mapped[int] = mapped_column(default=0, server_default="0")
    # a document's links as written (crawler.extract._links): {"url", "anchor", "context", "page"}
    links: Mapped[list] = mapped_column(default=list, server_default="[]")


class ContentMember(Base):
    """A document inside an archive (a ZIP of monthly forms, of every division's manual):
    ``archive_sha256``'s member ``name`` (its path inside the archive) is the body
    ``member_sha256``, a Content row of its own (``crawler.extract.archive``). The checker
    knows it as ``<archive URL>#member=<name>`` (``crawler.urls.member_url``)."""

    __tablename__ = "content_members"
    archive_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(1000), primary_key=True)
    position: Mapped[int] = mapped_column(default=0)
    member_sha256: Mapped[str] = mapped_column(String(64), index=True)


class OcrText(Base):
    """What OCR read in a body (by SHA-256 and OCR settings), shared by every crawl and machine.

    ``engine`` names the OCR settings (languages, page segmentation, resolution,
    page cap); a scan is OCR'd once per engine, however many sites publish it and
    however often the extractor changes.
    """

    __tablename__ = "ocr_texts"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    engine: Mapped[str] = mapped_column(String(100), primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")
    pages: Mapped[int] = mapped_column(default=0)
    notes: Mapped[list] = mapped_column(default=list)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    doubtful: Mapped[float] = mapped_column(Float, default=1.0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Fetch(Base):
    """What one crawl got for one canonical URL.

    ``kind`` is page or document; ``outcome`` is ok, not_modified, error,
    too_large, robots (disallowed) or trap (refused by a crawl-trap guard).
    ``carried``: not asked tonight (its back-off was not due), the row carried
    forward from the crawl that last asked; ``verified_at`` is when the server
    last answered for it, ``changed_at`` since when its content is the same.
    ETag, Last-Modified and the content hash are the validators of the next
    conditional request, read back by ``oitwatch.store.validators``.
    """

    __tablename__ = "fetches"
    __table_args__ = (
        UniqueConstraint("crawl_id", "url"),
        Index("ix_fetches_url", "url"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    crawl_id: Mapped[int] = mapped_column(ForeignKey("crawls.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(Text)
    final_url: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(20), default="page")
    outcome: Mapped[str] = mapped_column(String(20), default="ok")
    status_code: Mapped[int | None]
    content_type: Mapped[str] = mapped_column(String(200), default="")
    content_sha256: Mapped[str | None] = mapped_column(ForeignKey("contents.sha256"), index=True)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[datetime | None]
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)
    depth: Mapped[int] = mapped_column(default=0)
    referrer: Mapped[str | None] = mapped_column(Text)
    size: Mapped[int | None]
    error: Mapped[str | None] = mapped_column(Text)
    carried: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    verified_at: Mapped[datetime | None]
    changed_at: Mapped[datetime | None]

    crawl: Mapped[Crawl] = relationship(back_populates="fetches")
    content: Mapped[Content | None] = relationship()


class Link(Base):
    """A link seen by a crawl: ``tag`` a, img, iframe or frame; off-scope links are kept as evidence.

    ``anchor`` is the link's own text (or an image's alt); ``context`` the text
    around it (its list item, table row or paragraph, and the nearest heading
    before it), so a bare "เปิดเอกสาร" still says what it opens.
    """

    __tablename__ = "links"
    __table_args__ = (Index("ix_links_crawl_from", "crawl_id", "from_url"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    crawl_id: Mapped[int] = mapped_column(ForeignKey("crawls.id", ondelete="CASCADE"))
    from_url: Mapped[str] = mapped_column(Text)
    to_url: Mapped[str] = mapped_column(Text)
    anchor: Mapped[str] = mapped_column(Text, default="")
    context: Mapped[str] = mapped_column(Text, default="")
    tag: Mapped[str] = mapped_column(String(10), default="a")
    in_scope: Mapped[bool] = mapped_column(Boolean, default=True)
    # the page of a document the link opens at ("bundle.pdf#page=5"): one PDF serving several
    # items, each row of an OIT table pointing at its own section; None when it names no page
    page: Mapped[int | None]


class Run(Base):
    """One check of one site's crawl against a framework, as of a date."""

    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    crawl_id: Mapped[int | None] = mapped_column(ForeignKey("crawls.id", ondelete="SET NULL"))
    framework: Mapped[str] = mapped_column(String(50))
    as_of: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    score: Mapped[float] = mapped_column(Float, default=0.0)
    level: Mapped[str] = mapped_column(String(50), default="")
    result: Mapped[dict] = mapped_column(default=dict)

    items: Mapped[list[ItemResult]] = relationship(
        back_populates="run", cascade="all, delete-orphan"
    )


class ItemResult(Base):
    """One item's verdict in a run (the same facts as ``Run.result``, queryable)."""

    __tablename__ = "item_results"
    __table_args__ = (UniqueConstraint("run_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(20))
    owner: Mapped[str] = mapped_column(String(200), default="")
    evidence: Mapped[list] = mapped_column(default=list)
    reasons: Mapped[list] = mapped_column(default=list)

    run: Mapped[Run] = relationship(back_populates="items")


class ChecklistEntry(Base):
    """A URL a district says it submits for an item (edited in the web UI)."""

    __tablename__ = "checklist_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    framework: Mapped[str] = mapped_column(String(50))
    code: Mapped[str] = mapped_column(String(10))
    url: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")


class Correction(Base):
    """An officer's correction of the checker, kept and used by the next check of the site.

    ``kind`` ``url``: "this URL is item ``code``" (``url`` set): the next check takes it as the
    item's evidence, judged like any other. ``kind`` ``verdict``: "the verdict ``status`` of item
    ``code`` is wrong because ``reason``": while the checker's verdict stays ``status`` it is
    reported as ``review`` with the officer's reason, never silently repeated.
    """

    __tablename__ = "corrections"
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    framework: Mapped[str] = mapped_column(String(50))
    code: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(10))  # url | verdict
    url: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="")  # the verdict disputed
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")


class User(Base):
    """A web UI user: admin, editor (of ``site_key`` only) or viewer."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(20), default="viewer")
    site_key: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # A session cookie names the version it was issued under; logging out or changing the
    # password bumps it, and every cookie of the older version stops working.
    session_version: Mapped[int] = mapped_column(default=0, server_default="0")


class LoginAttempt(Base):
    """One login attempt, counted (before any password is checked) per user name and per address."""

    __tablename__ = "login_attempts"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), index=True)  # user:<name> or addr:<address>
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class Notification(Base):
    """One alert to one recipient; ``dedupe_key`` makes a change alert once."""

    __tablename__ = "notifications"
    id: Mapped[int] = mapped_column(primary_key=True)
    dedupe_key: Mapped[str] = mapped_column(String(300), unique=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id", ondelete="SET NULL"))
    code: Mapped[str] = mapped_column(String(10), default="")
    change: Mapped[str] = mapped_column(String(30))
    channel: Mapped[str] = mapped_column(String(20))
    recipient: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    payload: Mapped[dict] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
    # Set with status "sending" before a delivery starts: one deliverer at a time, and a
    # delivery cut short by a crash is taken up again (same delivery id) once it is stale.
    claimed_at: Mapped[datetime | None]


class SiteLock(Base):
    """At most one crawl-and-check of a site at once, across processes."""

    __tablename__ = "site_locks"
    site_key: Mapped[str] = mapped_column(String(100), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))
    acquired_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]


class QueueJob(Base):
    """One site's crawl-and-check sent to the task queue, and how it went (``oitwatch status``).

    ``state``: queued, running, extracting, done, failed or skipped. ``dedupe`` (e.g.
    ``<site>@<night>``) makes the nightly enqueue of every machine create one
    job per site and night. ``run_id`` is the run the job stored (or found
    stored by an earlier delivery of the same job). ``sent_at``: when its message
    reached the broker (``None``: the enqueuer died before; the next enqueue sends it).
    ``extracting``: crawl ``crawl_id`` is stored and ``extracts_left`` of its
    documents wait for their extract jobs; the last one to finish sends the check.
    """

    __tablename__ = "queue_jobs"
    id: Mapped[int] = mapped_column(primary_key=True)
    site_key: Mapped[str] = mapped_column(String(100), index=True)
    dedupe: Mapped[str | None] = mapped_column(String(150), unique=True)
    state: Mapped[str] = mapped_column(String(20), default="queued", index=True)
    attempts: Mapped[int] = mapped_column(default=0)
    worker: Mapped[str | None] = mapped_column(String(200))
    as_of: Mapped[date | None] = mapped_column(Date)
    enqueued_at: Mapped[datetime] = mapped_column(default=utcnow)
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id", ondelete="SET NULL"))
    error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None]
    crawl_id: Mapped[int | None] = mapped_column(ForeignKey("crawls.id", ondelete="SET NULL"))
    extracts_left: Mapped[int] = mapped_column(default=0, server_default="0")


class ExtractJob(Base):
    """A document of crawl ``crawl_id`` whose extraction (OCR) runs as its own queue job.

    The crawl stores the body (``bodies_dir``) and a provisional ``Content`` row
    (``review``, extractor version 0: a later crawl reads it again if the job is
    lost), then this row, ``pending``. The extract job stores the reading, sets
    ``done`` and counts its site's job down in one transaction: a job delivered
    twice finds ``done`` and stores nothing.
    """

    __tablename__ = "extract_jobs"
    __table_args__ = (UniqueConstraint("crawl_id", "sha256"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    crawl_id: Mapped[int] = mapped_column(ForeignKey("crawls.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    url: Mapped[str] = mapped_column(Text)
    content_type: Mapped[str] = mapped_column(String(200), default="")
    state: Mapped[str] = mapped_column(String(20), default="pending")
    worker: Mapped[str | None] = mapped_column(String(200))
    method: Mapped[str | None] = mapped_column(String(30))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    done_at: Mapped[datetime | None]
