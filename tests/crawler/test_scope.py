"""Scope: the start URL decides the path prefix; Thai district folders work too."""

from __future__ import annotations

import urllib.parse
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crawler import run_crawl
from oitwatch.exceptions import ConfigError
from oitwatch.settings import Settings
from oitwatch.store import Crawl, Site, Store
from tests.crawler.sites import write


def test_start_url_outside_the_given_scope_is_refused(
    serve, settings: Settings, store: Store, tmp_path: Path
) -> None:
    write(tmp_path / "site", "district-a/index.html", "<p>ก</p>")
    srv = serve(tmp_path / "site")
    with pytest.raises(ConfigError, match="outside the scope"):
        run_crawl(settings, srv.url("/district-a/index.html"), scope_prefix=srv.url("/district-b/"))
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Crawl)) == 0


def test_thai_district_folder_is_its_own_scope(
    serve, settings: Settings, store: Store, tmp_path: Path
) -> None:
    root = tmp_path / "site"
    quoted = urllib.parse.quote("เขตบางรัก")
    write(
        root,
        "เขตบางรัก/index.html",
        f'<a href="ข่าว.html">ข่าว</a> <a href="/{quoted}/ข่าว.html">ข่าวซ้ำ</a>'
        '<a href="/เขตบางนา/index.html">เขตบางนา</a>',
    )
    write(root, "เขตบางรัก/ข่าว.html", "<p>ข่าวประชาสัมพันธ์ เขตบางรัก</p>")
    write(root, "เขตบางนา/index.html", "<p>ไม่ควรถูกเก็บ</p>")
    srv = serve(root)
    summary = run_crawl(settings, srv.url("/เขตบางรัก/index.html"), site_key="bangrak")
    assert summary.status == "complete"
    assert (summary.pages, summary.skipped["offsite"]) == (2, 1)
    paths = [urllib.parse.unquote(p) for p, _ in srv.requests]
    assert sorted(paths) == ["/robots.txt", "/เขตบางรัก/index.html", "/เขตบางรัก/ข่าว.html"]
    with store.session() as s:
        site = s.scalar(select(Site).where(Site.key == "bangrak"))
        assert site is not None and urllib.parse.unquote(site.scope_prefix).endswith("/เขตบางรัก/")


def test_thai_district_folders_get_their_own_site_keys() -> None:
    from oitwatch.store.sites import site_key_for

    bangrak = site_key_for("https://h.go.th/เขตบางรัก/index.html")
    bangna = site_key_for("https://h.go.th/เขตบางนา/index.html")
    assert len({bangrak, bangna, site_key_for("https://h.go.th/")}) == 3
    assert site_key_for(f"https://h.go.th/{urllib.parse.quote('เขตบางรัก')}/") == bangrak
    assert (
        site_key_for("https://webportal.bangkok.go.th/bangkoknoi/index")
        == "webportal.bangkok.go.th-bangkoknoi"
    )


def test_start_in_the_sites_own_oit_section_scopes_to_the_host(
    serve, settings: Settings, store: Store, tmp_path: Path
) -> None:
    """An agency's OIT page (``/oit/``, ``/ita68/``) links the pages around it; they are crawled."""
    root = tmp_path / "site"
    write(root, "oit/index.html", '<a href="/about/structure.html">O1 โครงสร้าง</a>')
    write(root, "about/structure.html", "<p>โครงสร้างสำนักงานเขต</p>")
    srv = serve(root)
    summary = run_crawl(settings, srv.url("/oit/"), site_key="oit-section")
    assert summary.status == "complete"
    assert "/about/structure.html" in [p for p, _ in srv.requests]
    with store.session() as s:
        site = s.scalar(select(Site).where(Site.key == "oit-section"))
        assert site is not None and site.scope_prefix == srv.url("/")


@pytest.mark.parametrize(
    ("url", "scope"),
    [
        ("https://h.go.th/ita68/", "https://h.go.th/"),
        ("https://h.go.th/OIT/index.php", "https://h.go.th/"),
        ("https://h.go.th/ita-2568/o1.html", "https://h.go.th/"),
        ("https://webportal.bangkok.go.th/bangkoknoi/index", "https://webportal.bangkok.go.th/bangkoknoi/"),
        ("https://h.go.th/italy/", "https://h.go.th/italy/"),
    ],
)
def test_default_scope(url: str, scope: str) -> None:
    from oitwatch.store.sites import default_scope

    assert default_scope(url) == scope
