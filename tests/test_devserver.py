"""The loopback server fixture sites are served from: what a site's ``meta.json`` asks of it."""

from __future__ import annotations

from pathlib import Path

import httpx

from oitwatch.devserver import SiteServer, faults_from_spec


def test_server_spec_serves_redirects_statuses_and_query_pages(tmp_path: Path) -> None:
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "a1.pdf").write_bytes(b"%PDF-1.4 a1")
    (tmp_path / "index.php").write_text("<p>หน้าแรก</p>", encoding="utf-8")
    spec = {
        "redirects": {"/old.html": "/index.php"},
        "status": {"/gone.php": 500},
        "files": {
            "/download.php?id=12&cat=4": {
                "file": "store/a1.pdf",
                "headers": {"Content-Disposition": 'attachment; filename="a1.pdf"'},
            }
        },
    }
    with SiteServer(tmp_path, faults_from_spec(spec)) as srv, httpx.Client() as client:
        moved = client.get(srv.url("/old.html"))
        assert (moved.status_code, moved.headers["location"]) == (302, "/index.php")
        assert client.get(srv.url("/gone.php")).status_code == 500
        # the same query written another way (order, encoding) is the same page
        for path in ("/download.php?id=12&cat=4", "/download.php?cat=4&id=%31%32"):
            got = client.get(srv.url(path))
            assert got.content == b"%PDF-1.4 a1"
            assert got.headers["content-type"] == "application/pdf"
            assert got.headers["content-disposition"] == 'attachment; filename="a1.pdf"'
        # a query not listed falls back to the static file, its query ignored
        assert "หน้าแรก" in client.get(srv.url("/index.php?id=99")).text


def test_a_query_page_wins_over_its_bare_path(tmp_path: Path) -> None:
    """A CMS answers ``/index.php`` and ``/index.php?id=101`` with different pages: a spec
    listing both serves each its own (the bare path only for queries not listed)."""
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "home.html").write_text("<p>หน้าแรก</p>", encoding="utf-8")
    (tmp_path / "store" / "a101.html").write_text("<p>บทความ ๑๐๑</p>", encoding="utf-8")
    spec = {
        "files": {
            "/index.php": {"file": "store/home.html", "headers": {"Content-Type": "text/html"}},
            "/index.php?option=com_content&id=101": {
                "file": "store/a101.html",
                "headers": {"Content-Type": "text/html"},
            },
        }
    }
    with SiteServer(tmp_path, faults_from_spec(spec)) as srv, httpx.Client() as client:
        assert "บทความ ๑๐๑" in client.get(srv.url("/index.php?option=com_content&id=101")).text
        assert "บทความ ๑๐๑" in client.get(srv.url("/index.php?id=101&option=com_content")).text
        assert "หน้าแรก" in client.get(srv.url("/index.php")).text
        assert "หน้าแรก" in client.get(srv.url("/index.php?id=7")).text


def test_a_file_given_by_its_path_alone(tmp_path: Path) -> None:
    """``"files": {"/drive/file/d/X/view": "drive/X.html"}``: a page at an address with no
    suffix (a Drive-style viewer), served with the type its file's name gives."""
    (tmp_path / "drive").mkdir()
    (tmp_path / "drive" / "x.html").write_text("<p>ตัวอย่างเอกสาร</p>", encoding="utf-8")
    spec = {"files": {"/drive/file/d/X/view": "drive/x.html"}}
    with SiteServer(tmp_path, faults_from_spec(spec)) as srv, httpx.Client() as client:
        got = client.get(srv.url("/drive/file/d/X/view"))
        assert got.status_code == 200 and "ตัวอย่างเอกสาร" in got.text
        assert got.headers["content-type"].startswith("text/html")


def test_a_name_too_long_for_the_disk_is_a_404(tmp_path: Path) -> None:
    """A double-encoded Thai link asks for a name longer than the file system allows: the
    server answers 404, as a real one does, instead of dropping the connection."""
    (tmp_path / "index.html").write_text("<p>หน้าแรก</p>", encoding="utf-8")
    (tmp_path / "uploads").mkdir()
    twice = "/uploads/" + "%25E0%25B8%2581" * 40 + ".pdf"
    with SiteServer(tmp_path) as srv, httpx.Client() as client:
        assert client.get(srv.url(twice)).status_code == 404
        assert "หน้าแรก" in client.get(srv.url("/")).text
