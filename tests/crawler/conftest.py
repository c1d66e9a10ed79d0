"""Crawler fixtures: the hostile district site, crawled once per module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler import run_crawl
from oitwatch.devserver import Fault, SiteServer
from oitwatch.settings import Settings
from oitwatch.store import open_store
from tests.crawler.crawled import Crawled
from tests.crawler.sites import build_district

MiB = 1024 * 1024


def district_settings(data_dir: Path) -> Settings:
    return Settings(
        data_dir=data_dir,
        delay=0,
        contact="tests@oitwatch.invalid",
        max_depth=60,
        max_bytes=5 * MiB,
        download_timeout=1.5,
        crawl_timeout=240,
    )


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawled]:
    """The district site of ``sites.build_district`` (plus a slow page), crawled once."""
    tmp = tmp_path_factory.mktemp("district")
    faults = build_district(tmp / "site")
    faults["/district-a/slow.html"] = Fault(
        delay=4, body=b"<html>slow</html>", headers={"Content-Type": "text/html"}
    )
    index = tmp / "site" / "district-a" / "index.html"
    index.write_text(index.read_text().replace("</ul>", '<li><a href="slow.html">ช้า</a></li></ul>'))
    server = SiteServer(tmp / "site", faults).start()
    settings = district_settings(tmp / "data")
    summary = run_crawl(settings, server.url("/district-a/index.html"))
    store = open_store(settings.db)
    yield Crawled(server, settings, summary, store)
    store.close()
    server.stop()
