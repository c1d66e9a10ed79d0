"""A crawled fixture site and the questions tests ask of its store."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from crawler import CrawlSummary
from oitwatch.devserver import SiteServer
from oitwatch.settings import Settings
from oitwatch.store import Content, Fetch, Link, Store

__all__ = ["Crawled"]


@dataclass
class Crawled:
    """A served site, the settings of its crawl, the first summary and the store."""

    server: SiteServer
    settings: Settings
    summary: CrawlSummary
    store: Store

    def fetches(self, crawl_id: int | None = None) -> dict[str, Fetch]:
        """Fetch rows of a crawl keyed by path-and-query (after the host)."""
        crawl_id = crawl_id or self.summary.crawl_id
        with self.store.session() as s:
            rows = s.scalars(select(Fetch).where(Fetch.crawl_id == crawl_id)).all()
        return {r.url.removeprefix(self.server.base): r for r in rows}

    def content(self, sha: str | None) -> Content:
        assert sha, "no content hash"
        with self.store.session() as s:
            row = s.get(Content, sha)
        assert row is not None
        return row

    def links(self, crawl_id: int | None = None) -> list[Link]:
        crawl_id = crawl_id or self.summary.crawl_id
        with self.store.session() as s:
            return list(s.scalars(select(Link).where(Link.crawl_id == crawl_id)))
