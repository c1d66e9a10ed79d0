"""The store: SQLAlchemy models and how to open them (SQLite by default, any SQLAlchemy URL)."""

from oitwatch.store.db import Store, open_store
from oitwatch.store.models import (
    Base,
    ChecklistEntry,
    Content,
    Correction,
    Crawl,
    ExtractJob,
    Fetch,
    ItemResult,
    Link,
    Notification,
    OcrText,
    QueueJob,
    Run,
    Site,
    SiteLock,
    User,
    utcnow,
)

__all__ = [
    "Base",
    "ChecklistEntry",
    "Content",
    "Correction",
    "Crawl",
    "ExtractJob",
    "Fetch",
    "ItemResult",
    "Link",
    "Notification",
    "OcrText",
    "QueueJob",
    "Run",
    "Site",
    "SiteLock",
    "Store",
    "User",
    "open_store",
    "utcnow",
]
