"""A crawl's outcome in numbers, read back from the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from oitwatch.exceptions import CrawlError
from oitwatch.store import Crawl, Store

__all__ = ["CrawlSummary", "load_summary"]


@dataclass
class CrawlSummary:
    """What one crawl did; ``status`` complete, failed, aborted (or running while it runs)."""

    crawl_id: int
    site_id: int
    site_key: str
    status: str
    pages: int = 0
    documents: int = 0
    errors: int = 0
    not_modified: int = 0
    reused: int = 0  # answered 304 or with the same body: the stored parse reused
    carried: int = 0  # not asked (revisit back-off not due): carried forward
    skipped: dict[str, int] = field(
        default_factory=lambda: {"offsite": 0, "robots": 0, "too_large": 0}
    )
    duration_s: float = 0.0
    bytes_downloaded: int = 0
    error: str | None = None

    def as_json(self) -> dict[str, Any]:
        """The ``--json`` document of ``oitwatch crawl``."""
        return {
            "crawl_id": self.crawl_id,
            "site_key": self.site_key,
            "status": self.status,
            "pages": self.pages,
            "documents": self.documents,
            "errors": self.errors,
            "not_modified": self.not_modified,
            "reused": self.reused,
            "carried": self.carried,
            "skipped": dict(self.skipped),
            "duration_s": round(self.duration_s, 3),
            "bytes_downloaded": self.bytes_downloaded,
            "error": self.error,
        }


def load_summary(store: Store, crawl_id: int) -> CrawlSummary:
    """The summary of crawl ``crawl_id`` as the store has it now."""
    from oitwatch.store.models import utcnow

    with store.session() as s:
        crawl = s.get(Crawl, crawl_id)
        if crawl is None:
            raise CrawlError(f"no crawl {crawl_id} in the store")
        end = crawl.finished_at or utcnow()
        start = crawl.started_at
        if start.tzinfo is None:  # SQLite gives naive datetimes back
            end = end.replace(tzinfo=None)
        elif end.tzinfo is None:
            start = start.replace(tzinfo=None)
        return CrawlSummary(
            crawl_id=crawl.id,
            site_id=crawl.site_id,
            site_key=crawl.site.key,
            status=crawl.status,
            pages=crawl.pages,
            documents=crawl.documents,
            errors=crawl.errors,
            not_modified=crawl.not_modified,
            reused=int((crawl.stats or {}).get("oitwatch/reused", 0)),
            carried=int((crawl.stats or {}).get("oitwatch/carried", 0)),
            skipped={
                "offsite": crawl.skipped_offsite,
                "robots": crawl.skipped_robots,
                "too_large": crawl.skipped_too_large,
            },
            duration_s=max(0.0, (end - start).total_seconds()),
            bytes_downloaded=crawl.bytes_downloaded,
            error=crawl.error,
        )
