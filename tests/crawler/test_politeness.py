"""Politeness on the wire: at most ``concurrency_per_host`` requests at once, our User-Agent."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from crawler import run_crawl
from oitwatch.settings import Settings

PAGES = 6


class _CountingServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.active = 0
        self.peak = 0
        self.agents: set[str] = set()
        self.lock = threading.Lock()


class _Handler(BaseHTTPRequestHandler):
    server: _CountingServer

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        srv = self.server
        with srv.lock:
            srv.active += 1
            srv.peak = max(srv.peak, srv.active)
            srv.agents.add(self.headers.get("User-Agent", ""))
        try:
            if self.path == "/site/":
                links = "".join(f'<a href="p{i}.html">{i}</a>' for i in range(PAGES))
                body = f"<html><body>{links}</body></html>".encode()
            elif self.path.startswith("/site/p"):
                time.sleep(0.3)  # slow enough for overlapping requests to show
                body = "<p>หน้า</p>".encode()
            else:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        finally:
            with srv.lock:
                srv.active -= 1


@pytest.fixture
def counting() -> Iterator[_CountingServer]:
    srv = _CountingServer()
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.mark.parametrize("per_host", [1, 2])
def test_per_host_concurrency_is_capped(
    counting: _CountingServer, tmp_path: Path, per_host: int
) -> None:
    settings = Settings(
        data_dir=tmp_path, delay=0, concurrency_per_host=per_host, contact="ops@example.go.th"
    )
    summary = run_crawl(settings, f"http://127.0.0.1:{counting.server_address[1]}/site/")
    assert summary.pages == PAGES + 1
    assert counting.peak <= per_host
    assert counting.agents == {settings.user_agent}
    assert "ops@example.go.th" in settings.user_agent
