"""A legacy PHP district site in TIS-620 whose listings are chosen by Thai words in the query
string (``list.php?cat=ข่าว``): a browser sends those words in the page's encoding
(``%A2%E8%D2%C7``), and so must the crawler; the server answers nothing else. A query already
escaped in TIS-620 bytes is sent byte for byte. Served over real HTTP on 127.0.0.1.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

import pytest

from crawler import run_crawl
from crawler.urls import canonicalize
from oitwatch.settings import Settings

NEWS = quote("ข่าว".encode("cp874"))  # %A2%E8%D2%C7
PLAN = quote("แผน".encode("cp874"))


class _LegacyServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.asked: list[str] = []


class _Handler(BaseHTTPRequestHandler):
    server: _LegacyServer

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.server.asked.append(self.path)
        pages = {
            "/": '<a href="list.php?cat=ข่าว">ข่าวประชาสัมพันธ์</a>'
            f' <a href="list.php?cat={PLAN}&amp;page=1">แผนงาน</a>',
            f"/list.php?cat={NEWS}": "<p>ข่าวกิจกรรมของสำนักงานเขต</p>",
            f"/list.php?cat={PLAN}&page=1": "<p>แผนปฏิบัติราชการ</p>",
        }
        page = next((v for k, v in pages.items() if k.upper() == self.path.upper()), None)
        if page is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = f"<html><head><title>เขต</title></head><body>{page}</body></html>".encode("cp874")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=tis-620")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def legacy() -> Iterator[_LegacyServer]:
    srv = _LegacyServer()
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def test_thai_query_words_go_in_the_pages_encoding(legacy: _LegacyServer, tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, delay=0, contact="tests@oitwatch.invalid")
    summary = run_crawl(settings, f"http://127.0.0.1:{legacy.server_address[1]}/")
    asked = {p.upper() for p in legacy.asked}
    assert f"/list.php?cat={NEWS}".upper() in asked, legacy.asked
    assert f"/list.php?cat={PLAN}&page=1".upper() in asked, legacy.asked
    assert summary.pages == 3 and summary.errors == 0, summary


def test_a_query_escaped_in_tis620_keeps_its_bytes() -> None:
    assert canonicalize(f"http://x.go.th/list.php?page=2&cat={NEWS}") == (
        f"http://x.go.th/list.php?cat={NEWS}&page=2"
    )
    assert canonicalize("http://x.go.th/list.php?cat=ข่าว") == (
        "http://x.go.th/list.php?cat=%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7"
    )
