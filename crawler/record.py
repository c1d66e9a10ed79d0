"""The Crawl row's life: counted from its Fetch rows, closed as complete or failed; a document's row."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from crawler.extract import EXTRACTOR_VERSION, Extracted
from oitwatch.store import Crawl, Fetch, Store, utcnow

__all__ = ["count_fetches", "document_content", "finish_crawl", "nothing_reached"]


def document_content(
    sha256: str, size: int, content_type: str, body_path: str | None, result: Extracted
) -> dict[str, Any]:
    """The ``Content`` row of a document read now (by a crawl or an extract job)."""
    return {
        "sha256": sha256,
        "size": size,
        "content_type": content_type[:200],
        "title": result.title[:1000],
        "text": result.text,
        "tables": result.tables,
        "text_quality": result.quality,
        "extract_method": result.method,
        "extract_status": result.status,
        "extract_error": result.error,
        "body_path": body_path,
        "extractor_version": EXTRACTOR_VERSION,
        "repairs": result.repairs,
        "text_original": result.original_text,
        "pages": result.pages,
        "links": result.links,
    }


def count_fetches(store: Store, crawl_id: int) -> dict[str, int]:
    """Counters of a crawl from its fetches (pages, documents, errors, not_modified, robots, too_large)."""
    with store.session() as s:
        rows = s.execute(
            select(Fetch.kind, Fetch.outcome, func.count())
            .where(Fetch.crawl_id == crawl_id)
            .group_by(Fetch.kind, Fetch.outcome)
        ).all()
    counts = {
        "pages": 0,
        "documents": 0,
        "errors": 0,
        "not_modified": 0,
        "robots": 0,
        "too_large": 0,
        "trap": 0,
    }
    for kind, outcome, n in rows:
        if outcome in ("ok", "not_modified"):
            counts["pages" if kind == "page" else "documents"] += n
        if outcome == "not_modified":
            counts["not_modified"] += n
        elif outcome == "error":
            counts["errors"] += n
        elif outcome in ("robots", "too_large", "trap"):
            counts[outcome] += n
    return counts


def nothing_reached(store: Store, crawl_id: int, counts: dict[str, int]) -> str | None:
    """Why a crawl that got no page and no document is a failure (Thai, then English), or ``None``."""
    if counts["pages"] or counts["documents"]:
        return None
    with store.session() as s:
        first = s.execute(
            select(Fetch.url, Fetch.outcome, Fetch.status_code, Fetch.error)
            .where(Fetch.crawl_id == crawl_id)
            .order_by(Fetch.id)
            .limit(1)
        ).first()
    if first is None:
        why = "ไม่มีคำตอบจากเซิร์ฟเวอร์ (the server answered nothing)"
    else:
        url, outcome, code, error = first
        detail = error or (f"HTTP {code}" if code else outcome)
        why = f"{url}: {outcome} ({detail})"
    return (
        "ไม่ได้หน้าเว็บหรือเอกสารใดเลย ตรวจสอบ URL หรือลองใหม่ภายหลัง "
        f"(the site did not answer with any page or document): {why}"
    )


def finish_crawl(
    store: Store,
    crawl_id: int,
    *,
    status: str,
    offsite: int | None = None,
    bytes_downloaded: int | None = None,
    stats: dict[str, Any] | None = None,
    error: str | None = None,
) -> None:
    """Close crawl ``crawl_id`` with ``status`` and its final counts (only if still running).

    A crawl that reached no page and no document closes ``failed``, whatever
    ``status`` says: an empty snapshot would judge every item missing.
    """
    counts = count_fetches(store, crawl_id)
    if status in ("complete", "partial") and (empty := nothing_reached(store, crawl_id, counts)):
        status, error = "failed", empty
    with store.session() as s:
        crawl = s.get(Crawl, crawl_id)
        if crawl is None or crawl.status != "running":
            return
        crawl.status = status
        crawl.finished_at = utcnow()
        crawl.pages = counts["pages"]
        crawl.documents = counts["documents"]
        crawl.errors = counts["errors"]
        crawl.not_modified = counts["not_modified"]
        crawl.skipped_robots = counts["robots"]
        crawl.skipped_too_large = counts["too_large"]
        if offsite is not None:
            crawl.skipped_offsite = offsite
        if bytes_downloaded is not None:
            crawl.bytes_downloaded = bytes_downloaded
        if stats is not None:
            crawl.stats = {**stats, "trap": counts["trap"]}
        if error:
            crawl.error = error[-4000:]
