"""Live crawl counts on the terminal (rich), refreshed from the store about every second."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.markup import escape

from crawler.summary import CrawlSummary

__all__ = ["live_progress"]


@contextmanager
def live_progress(start_url: str) -> Iterator[Callable[[CrawlSummary], None]]:
    """A ``tick(summary)`` callback that updates a status line on stderr."""
    console = Console(stderr=True)
    with console.status(f"กำลังเก็บข้อมูล (crawling) {escape(start_url)}") as status:

        def tick(summary: CrawlSummary) -> None:
            status.update(
                f"กำลังเก็บข้อมูล (crawling) {escape(start_url)}: "
                f"หน้า {summary.pages} pages · เอกสาร {summary.documents} documents · "
                f"ผิดพลาด {summary.errors} errors · {summary.duration_s:.0f} s"
            )

        yield tick
