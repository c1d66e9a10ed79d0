"""Imported once by the crawl fork server: every module a crawl process loads.

Scrapy builds its components from dotted paths when a crawl starts; loading
them here, in the server, spares each forked crawl that work. No reactor is
installed (each crawl installs its own after the fork).
"""

from __future__ import annotations

import importlib

import sqlalchemy.dialects.sqlite  # noqa: F401  (the default store: Settings and open_store load it)
from scrapy.settings import default_settings
from sqlalchemy.orm import configure_mappers

import crawler._child
import crawler.middlewares
import crawler.pipelines  # noqa: F401
import oitwatch.store  # noqa: F401  (its models, for configure_mappers below)
from oitwatch.thai.lexicon import english_words

_COMPONENTS = (
    "DOWNLOADER_MIDDLEWARES_BASE",
    "SPIDER_MIDDLEWARES_BASE",
    "EXTENSIONS_BASE",
    "ADDONS",
)
_SKIP = ("scrapy.core.downloader.handlers",)  # loaded lazily; some pull in optional packages

for _setting in _COMPONENTS:
    for _path in getattr(default_settings, _setting, {}) or {}:
        if isinstance(_path, str) and not _path.startswith(_SKIP):
            importlib.import_module(_path.rsplit(".", 1)[0])
for _path in (
    default_settings.SCHEDULER,
    default_settings.SCHEDULER_PRIORITY_QUEUE,
    default_settings.STATS_CLASS,
    default_settings.DUPEFILTER_CLASS,
    default_settings.DOWNLOADER,
    default_settings.SCRAPER
    if hasattr(default_settings, "SCRAPER")
    else "scrapy.core.scraper.Scraper",
    "scrapy.core.downloader.handlers.http11.HTTP11DownloadHandler",
    "scrapy.squeues.FifoMemoryQueue",
    "scrapy.squeues.PickleFifoDiskQueue",
    "scrapy.robotstxt.ProtegoRobotParser",
    "scrapy.resolver.CachingThreadedResolver",
):
    if isinstance(_path, str):
        importlib.import_module(_path.rsplit(".", 1)[0])

# Every crawl scores its pages' Thai text: the word lists read once, here, not per crawl.
english_words()
# The store's mappers are configured at their first use: once here, not in every crawl.
configure_mappers()
