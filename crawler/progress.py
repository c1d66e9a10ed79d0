"""A running crawl's progress: counts read from the store, shown on a terminal or in a log.

On a terminal a live status line on stderr (pages, documents, OCR, errors,
elapsed); when stderr is not a terminal (a pipe, cron, a log file) one plain
line every ``every`` seconds. Standard output is never touched, so ``--json``
output and pipes stay clean. The web UI reads the same :func:`crawl_progress`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from typing import Any

from rich.console import Console
from rich.markup import escape
from sqlalchemy import func, select

from crawler.summary import CrawlSummary, load_summary
from oitwatch.store import Content, Fetch, Store

__all__ = ["CrawlProgress", "crawl_progress", "live_progress", "ocr_count"]


@dataclass
class CrawlProgress:
    """Where a crawl stands: its counts so far and seconds since it started."""

    crawl_id: int
    status: str
    pages: int
    documents: int
    ocr: int
    errors: int
    elapsed_s: float
    error: str | None = None

    @classmethod
    def of(cls, summary: CrawlSummary, ocr: int) -> CrawlProgress:
        return cls(
            summary.crawl_id,
            summary.status,
            summary.pages,
            summary.documents,
            ocr,
            summary.errors,
            round(summary.duration_s, 1),
            summary.error,
        )

    def line(self) -> str:
        """One line, Thai first: ``หน้า 12 pages · เอกสาร 3 documents · OCR 1 · 42 s``."""
        return (
            f"หน้า {self.pages} pages · เอกสาร {self.documents} documents · "
            f"OCR {self.ocr} · ผิดพลาด {self.errors} errors · {self.elapsed_s:.0f} s"
        )

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def ocr_count(store: Store, crawl_id: int) -> int:
    """How many documents of the crawl were read by OCR so far."""
    with store.session() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(Fetch)
                .join(Content, Content.sha256 == Fetch.content_sha256)
                .where(Fetch.crawl_id == crawl_id, Content.extract_method.like("%ocr"))
            )
            or 0
        )


def crawl_progress(store: Store, crawl_id: int) -> CrawlProgress:
    """The crawl's progress as the store has it now."""
    return CrawlProgress.of(load_summary(store, crawl_id), ocr_count(store, crawl_id))


@contextmanager
def live_progress(
    label: str,
    *,
    store: Store | None = None,
    console: Console | None = None,
    every: float = 5.0,
) -> Iterator[Callable[[CrawlSummary], None]]:
    """A ``tick(summary)`` callback showing the crawl's progress on stderr.

    ``store`` (optional) adds the OCR count. On a terminal the line is live;
    otherwise a plain line is printed at most every ``every`` seconds.
    """
    console = console or Console(stderr=True, highlight=False)
    title = f"กำลังเก็บข้อมูล (crawling) {label}"

    def progress(summary: CrawlSummary) -> CrawlProgress:
        ocr = ocr_count(store, summary.crawl_id) if store is not None else 0
        return CrawlProgress.of(summary, ocr)

    if console.is_terminal:
        with console.status(escape(title)) as status:

            def tick(summary: CrawlSummary) -> None:
                status.update(f"{escape(title)}: {progress(summary).line()}")

            yield tick
        return

    last = [float("-inf")]

    def plain(summary: CrawlSummary) -> None:
        now = time.monotonic()
        if now - last[0] >= every:
            last[0] = now
            console.print(f"{title}: {progress(summary).line()}", markup=False, soft_wrap=True)

    yield plain
