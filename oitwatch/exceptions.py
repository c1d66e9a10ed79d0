"""Every error oitwatch raises on purpose.

Hierarchy::

    OitwatchError
    ├── ConfigError            a setting or a command-line value is unusable
    ├── RuleFileError          a rule-set data file is malformed (names file, item, field)
    ├── DraftError             a manual holds no item table a rule set can be drafted from
    ├── ChecklistFileError     an officer's checklist file is malformed
    ├── RegistryError          the site registry file is malformed or a site is unknown
    ├── SiteBusy               another run holds the site's (or its host's) lock
    ├── StoreError             the database cannot be opened or migrated
    ├── QueueError             the task queue's broker (or its Redis) cannot be reached
    ├── CrawlError             a crawl could not run or did not finish
    │   └── CrawlTimeout       the crawl process outlived its hard timeout
    ├── ExtractionError        a document's text could not be extracted
    ├── ReportError            a report could not be rendered (e.g. no Chromium for the PDF)
    └── NotifyError            a notification could not be delivered

Catch the narrowest class that fits; the CLI turns any ``OitwatchError`` into
a one-line message and a non-zero exit, never a traceback.
"""

from __future__ import annotations

__all__ = [
    "ChecklistFileError",
    "ConfigError",
    "CrawlError",
    "CrawlTimeout",
    "DraftError",
    "ExtractionError",
    "NotifyError",
    "OitwatchError",
    "QueueError",
    "RegistryError",
    "ReportError",
    "RuleFileError",
    "SiteBusy",
    "StoreError",
]


class OitwatchError(Exception):
    """Base class of every error oitwatch raises on purpose."""


class ConfigError(OitwatchError):
    """A setting or a command-line value is unusable."""


class RuleFileError(OitwatchError):
    """A rule-set file is malformed.

    ``path`` is the file, ``item`` the item code (or ``None`` for the
    framework's own fields), ``field`` the dotted field path.
    """

    def __init__(self, path: str, message: str, *, item: str | None = None, field: str | None = None):
        self.path = path
        self.item = item
        self.field = field
        where = path
        if item:
            where += f": item {item}"
        if field:
            where += f": field {field}"
        super().__init__(f"{where}: {message}")


class DraftError(OitwatchError):
    """A manual (or its item table) could not be read into a draft rule set."""


class ChecklistFileError(OitwatchError):
    """An officer's checklist file (YAML or CSV) is malformed."""


class RegistryError(OitwatchError):
    """The site registry is malformed, or names no such site."""


class SiteBusy(OitwatchError):
    """Another run (maybe another process) is checking this site or its host; try later."""

    def __init__(self, key: str):
        self.key = key
        super().__init__(f"{key} is busy: another run holds its lock")


class StoreError(OitwatchError):
    """The database cannot be opened, migrated or written."""


class QueueError(OitwatchError):
    """The task queue's broker (Redis or RabbitMQ), or the Redis of its mutexes, cannot be reached."""


class CrawlError(OitwatchError):
    """A crawl could not start, or ended abnormally."""


class CrawlTimeout(CrawlError):
    """The crawl process outlived its hard timeout and was killed."""


class ExtractionError(OitwatchError):
    """A document's text could not be extracted (malformed, encrypted, unsupported)."""


class ReportError(OitwatchError):
    """A report could not be rendered (e.g. no Chromium to print its PDF)."""


class NotifyError(OitwatchError):
    """A notification could not be delivered (after its retries)."""
