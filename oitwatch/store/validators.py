"""What the store knows of each URL of a site: validators and revisit history, for every machine.

The next crawl of a site, on whichever machine, sends ``If-None-Match`` /
``If-Modified-Since`` from here, reuses the parse (text and tables by content
hash, links by the crawl that holds them) when the server answers 304 or the
body hash is unchanged, and leaves out URLs whose revisit back-off is not due.

Writers: the crawl pipeline writes a ``Fetch`` row per URL (requested or
carried forward), with its ETag, Last-Modified, content hash, ``verified_at``
and ``changed_at``; this module reads the newest one per URL back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from oitwatch.store.models import Content, Crawl, Fetch, Link

__all__ = ["UrlState", "load_links", "load_url_states", "shift_history", "source_crawls"]

USABLE = ("complete", "partial")


@dataclass(frozen=True)
class UrlState:
    """The newest usable observation of one URL: its validators and where its parse lives."""

    url: str
    kind: str
    outcome: str
    final_url: str
    content_type: str
    status_code: int | None
    sha256: str
    etag: str | None
    last_modified: datetime | None
    verified_at: datetime
    changed_at: datetime
    crawl_id: int  # the crawl whose Link rows hold this URL's links
    depth: int
    size: int | None = None
    rendered: bool = False  # parsed as Chromium rendered it (its shell's validators say nothing)
    parser_version: int = 0  # of a page: ``crawler.extract.html.PARSER_VERSION`` that read it


def _aware(value: datetime | None, default: datetime) -> datetime:
    if value is None:
        return default
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def source_crawls(session: Session, site_id: int) -> list[int]:
    """The site's newest complete crawl and the partial ones after it, oldest first."""
    rows = session.execute(
        select(Crawl.id, Crawl.status)
        .where(Crawl.site_id == site_id, Crawl.status.in_(USABLE))
        .order_by(Crawl.id.desc())
    ).all()
    ids: list[int] = []
    for crawl_id, status in rows:
        ids.append(crawl_id)
        if status == "complete":
            break
    return ids[::-1]


def load_url_states(session: Session, site_id: int) -> dict[str, UrlState]:
    """URL → its newest state among the source crawls; only URLs whose content the store holds."""
    states: dict[str, UrlState] = {}
    columns = (
        Fetch.url, Fetch.kind, Fetch.outcome, Fetch.final_url, Fetch.content_type,
        Fetch.status_code, Fetch.content_sha256, Fetch.etag, Fetch.last_modified,
        Fetch.fetched_at, Fetch.verified_at, Fetch.changed_at, Fetch.depth, Fetch.size,
    )  # fmt: skip
    for crawl_id in source_crawls(session, site_id):
        started = session.scalar(select(Crawl.started_at).where(Crawl.id == crawl_id))
        crawl_start = _aware(started, datetime.now(UTC))
        rows = session.execute(  # plain columns, not ORM objects: a site has thousands
            select(*columns, Content.extract_method, Content.extractor_version)
            .join(Content, Content.sha256 == Fetch.content_sha256)
            .where(Fetch.crawl_id == crawl_id, Fetch.outcome.in_(("ok", "not_modified")))
        )
        for f in rows:
            seen = _aware(f.fetched_at, crawl_start)
            verified = _aware(f.verified_at, seen)
            states[f.url] = UrlState(
                url=f.url,
                kind=f.kind,
                outcome=f.outcome,
                final_url=f.final_url or f.url,
                content_type=f.content_type or "",
                status_code=f.status_code,
                sha256=f.content_sha256 or "",
                etag=f.etag,
                last_modified=f.last_modified,
                verified_at=verified,
                changed_at=_aware(f.changed_at, verified),
                crawl_id=crawl_id,
                depth=f.depth,
                size=f.size,
                rendered=f.extract_method == "html+js",
                parser_version=f.extractor_version,
            )
    return states


def load_links(
    session: Session, states: dict[str, UrlState]
) -> dict[str, list[tuple[str, str, str, str, bool]]]:
    """from_url → its links ``(to_url, tag, anchor, context, in_scope)`` as the states' crawls saw them."""
    by_crawl: dict[int, set[str]] = {}
    for state in states.values():  # pages' links, and documents' (an OIT index as a PDF)
        if state.kind in ("page", "document"):
            by_crawl.setdefault(state.crawl_id, set()).add(state.url)
    out: dict[str, list[tuple[str, str, str, str, bool]]] = {}
    for crawl_id, urls in by_crawl.items():
        rows = session.execute(
            select(Link.from_url, Link.to_url, Link.tag, Link.anchor, Link.context, Link.in_scope)
            .where(Link.crawl_id == crawl_id)
            .order_by(Link.id)
        )
        for from_url, to_url, tag, anchor, context, in_scope in rows:
            if from_url in urls:
                out.setdefault(from_url, []).append(
                    (to_url, tag or "a", anchor or "", context or "", bool(in_scope))
                )
    return out


def shift_history(session: Session, site_id: int, by: timedelta) -> None:
    """Move a site's crawl history ``by`` into the past (simulated nights for benchmarks and tests)."""

    def back(value: datetime | None) -> datetime | None:
        return None if value is None else value - by

    crawls = session.execute(
        select(Crawl.id, Crawl.started_at, Crawl.finished_at).where(Crawl.site_id == site_id)
    ).all()
    if not crawls:
        return
    session.execute(
        update(Crawl),
        [{"id": i, "started_at": back(a), "finished_at": back(b)} for i, a, b in crawls],
    )
    fetches = session.execute(
        select(Fetch.id, Fetch.fetched_at, Fetch.verified_at, Fetch.changed_at).where(
            Fetch.crawl_id.in_([c[0] for c in crawls])
        )
    ).all()
    if fetches:
        session.execute(
            update(Fetch),
            [
                {"id": i, "fetched_at": back(f), "verified_at": back(v), "changed_at": back(c)}
                for i, f, v, c in fetches
            ],
        )
