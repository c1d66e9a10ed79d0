"""Documents needing OCR read by their own queue jobs, and the site's check after the last one.

A queue worker crawls a site with ``defer_ocr``: the crawl stores every body in
the shared bodies folder and, for a document whose text layer is unreadable
(a scan), a provisional ``Content`` row and an ``ExtractJob`` row
(:mod:`crawler.pipelines`). Then:

1. :func:`start_extracting` sets the site's job ``extracting`` with
   ``extracts_left`` = its crawl's pending extract jobs (one transaction), and
   the worker sends one ``extract_document`` message per job (any worker takes
   them: OCR spreads over machines while crawls stay I/O-bound);
2. :func:`read_document` OCRs one document; :func:`store_reading` stores the
   reading, marks the extract job ``done`` and counts the site's job down,
   **in one transaction**, only if the extract job was still ``pending``: a
   message delivered twice (a worker killed after the commit, before the ack)
   stores nothing the second time;
3. whoever sees the count at 0 (:func:`ready_to_check`) sends the site's
   message again: its worker judges the stored crawl. The count is a row
   updated under its lock, so two extract jobs ending at once cannot both miss
   the last decrement; both may send the check, which runs once (the job row).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

from crawler.extract import EXTRACTOR_VERSION, Extracted, ocr_engine
from crawler.extract.budget import ExtractorPool
from crawler.record import document_content
from oitwatch.settings import Settings
from oitwatch.store import Content, ExtractJob, OcrText, QueueJob, Store, insert_new, utcnow

__all__ = [
    "Reading",
    "pending_extracts",
    "read_document",
    "ready_to_check",
    "start_extracting",
    "store_reading",
]

log = logging.getLogger(__name__)


def pending_extracts(store: Store, crawl_id: int) -> list[int]:
    """Ids of the crawl's extract jobs not done yet."""
    with store.session() as s:
        return list(
            s.scalars(
                select(ExtractJob.id)
                .where(ExtractJob.crawl_id == crawl_id, ExtractJob.state == "pending")
                .order_by(ExtractJob.id)
            )
        )


def start_extracting(store: Store, job_id: int, crawl_id: int) -> list[int]:
    """Mark queue job ``job_id`` waiting for crawl ``crawl_id``'s extract jobs; their ids."""
    with store.session() as s:
        pending = list(
            s.scalars(
                select(ExtractJob.id).where(
                    ExtractJob.crawl_id == crawl_id, ExtractJob.state == "pending"
                )
            )
        )
        s.execute(
            update(QueueJob)
            .where(QueueJob.id == job_id)
            .values(
                # Nothing to wait for: the job stays running and is checked at once.
                state="extracting" if pending else "running",
                crawl_id=crawl_id,
                extracts_left=len(pending),
            )
        )
    return pending


@dataclass
class Reading:
    """What an extract job read: ``result`` ``None`` when there was nothing to do."""

    extract_id: int
    crawl_id: int
    sha256: str
    size: int = 0
    body_path: str = ""
    content_type: str = ""
    result: Extracted | None = None
    cached: bool = False


def read_document(
    store: Store, settings: Settings, pool: ExtractorPool, extract_id: int
) -> Reading | None:
    """Read (OCR) extract job ``extract_id``'s document; ``None`` if the job is gone or done.

    A body another job already read (the same document in two crawls) is not read again.
    """
    with store.session() as s:
        job = s.get(ExtractJob, extract_id)
        if job is None or job.state != "pending":
            return None
        content = s.get(Content, job.sha256)
        reading = Reading(extract_id, job.crawl_id, job.sha256, content_type=job.content_type)
        if content is None or content.extractor_version >= EXTRACTOR_VERSION:
            return reading  # read by another job (or gone): count down only
        reading.size, reading.body_path = content.size, content.body_path or ""
        url = job.url
        engine = ocr_engine(settings)
        ocr = s.get(OcrText, (job.sha256, engine))
        cached: dict[str, Any] | None = None
        if ocr is not None:
            cached = {
                "engine": engine,
                "text": ocr.text,
                "pages": ocr.pages,
                "notes": ocr.notes,
                "confidence": ocr.confidence,
                "doubtful": ocr.doubtful,
            }
    path = settings.bodies_dir / reading.body_path
    if not reading.body_path or not path.is_file():
        reading.result = Extracted(
            method="body",
            status="review",
            error=f"body not found in {settings.bodies_dir} (OITWATCH_BODIES_DIR not shared?)",
        )
        return reading
    reading.result = pool.extract(path.read_bytes(), reading.content_type, url, ocr_cached=cached)
    reading.cached = cached is not None
    return reading


def store_reading(store: Store, reading: Reading, worker: str) -> bool:
    """Store the reading, mark its job done and count the site down, once; ``False``: done before."""
    with store.session() as s:
        claimed = s.execute(
            update(ExtractJob)
            .where(ExtractJob.id == reading.extract_id, ExtractJob.state == "pending")
            .values(
                state="done",
                worker=worker,
                method=reading.result.method if reading.result else None,
                done_at=utcnow(),
            )
        )
        if claimed.rowcount != 1:
            return False  # a redelivered message: stored by its first delivery
        result = reading.result
        if result is not None:
            row = document_content(
                reading.sha256, reading.size, reading.content_type, reading.body_path, result
            )
            s.execute(
                update(Content)
                .where(
                    Content.sha256 == reading.sha256,
                    Content.extractor_version < EXTRACTOR_VERSION,
                )
                .values(**row)
            )
            if result.ocr is not None and not reading.cached:
                s.execute(insert_new(s, OcrText), [{"sha256": reading.sha256, **result.ocr}])
        s.execute(
            update(QueueJob)
            .where(QueueJob.crawl_id == reading.crawl_id, QueueJob.state == "extracting")
            .values(extracts_left=QueueJob.extracts_left - 1)
        )
    return True


def ready_to_check(store: Store, crawl_id: int) -> QueueJob | None:
    """The queue job waiting on crawl ``crawl_id`` once none of its extract jobs is left."""
    with store.session() as s:
        job = s.scalar(
            select(QueueJob).where(QueueJob.crawl_id == crawl_id, QueueJob.state == "extracting")
        )
        if job is None or job.extracts_left > 0:
            return None
        return job
