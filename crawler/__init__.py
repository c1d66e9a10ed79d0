"""The crawler: one polite, bounded, incremental Scrapy crawl of a site, in its own process.

The names below load on first use: the extraction workers (``python -m
crawler.extract._worker``) import this package too, and must not pay for
Scrapy, SQLAlchemy and Alembic, which only the launching side needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crawler.runner import CrawlProcess, run_crawl, start_crawl
    from crawler.summary import CrawlSummary, load_summary

__all__ = ["CrawlProcess", "CrawlSummary", "load_summary", "run_crawl", "start_crawl"]

_HOMES = {
    "CrawlProcess": "crawler.runner",
    "run_crawl": "crawler.runner",
    "start_crawl": "crawler.runner",
    "CrawlSummary": "crawler.summary",
    "load_summary": "crawler.summary",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'crawler' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
