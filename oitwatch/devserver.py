"""A real HTTP server on loopback for the demo, tests and benchmarks.

It serves a directory with conditional GET (ETag and Last-Modified, answering
304), and a table of *faults* that make a path misbehave the way real sites
do: an error status, a redirect or a redirect loop, a slow answer, an endless
body, or fixed bytes with fixed headers (a TIS-620 page, say).

    with SiteServer(root, faults={"/loop": Fault(redirect="/loop")}) as srv:
        srv.url("/index.html")
"""

from __future__ import annotations

import email.utils
import hashlib
import mimetypes
import posixpath
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from oitwatch.settings import Settings

__all__ = ["Fault", "SiteServer", "faults_from_spec"]


@dataclass(frozen=True)
class Fault:
    """How one path misbehaves; the first field set wins, in this order."""

    status: int | None = None  # answer this status with a short body
    redirect: str | None = None  # 302 to this location
    delay: float = 0.0  # seconds to wait before answering
    endless: bool = False  # stream bytes until the client hangs up (no Content-Length)
    size: int | None = None  # claim and send this many bytes
    body: bytes | None = None  # answer these bytes ...
    file: str | None = None  # ... or this file under the root (a query-string URL's page) ...
    headers: dict[str, str] = field(default_factory=dict)  # ... with these headers (status too)
    times: int | None = None  # misbehave only for the first this many requests, then serve


def faults_from_spec(spec: dict) -> dict[str, Fault]:
    """Server behaviour a fixture site's ``meta.json`` asks for under ``"server"``::

        {"redirects": {"/old": "/new"}, "status": {"/gone.php": 500},
         "files": {"/download.php?id=3": {"file": "store/a.pdf", "headers": {...}},
                   "/drive/file/d/1Hq/view": "drive/1Hq/view.html"}}

    ``files`` keys are raw request paths, query included; a value that is only a path serves
    that file with no headers of its own.
    """
    faults = {path: Fault(redirect=to) for path, to in spec.get("redirects", {}).items()}
    faults |= {path: Fault(status=int(code)) for path, code in spec.get("status", {}).items()}
    for path, served in spec.get("files", {}).items():
        if isinstance(served, str):
            served = {"file": served}
        faults[path] = Fault(file=served["file"], headers=dict(served.get("headers", {})))
    return faults | {_same_query(path): fault for path, fault in faults.items() if "?" in path}


def _same_query(raw: str) -> str:
    """``raw`` with its path unquoted and its query's pairs decoded and sorted: one key for
    the ways a client may write the same query-string URL."""
    path, _, query = raw.partition("?")
    pairs = sorted(urllib.parse.parse_qsl(query, keep_blank_values=True))
    return urllib.parse.unquote(path) + "?" + urllib.parse.urlencode(pairs)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_HEAD(self) -> None:
        self._timed(head=True)

    def do_GET(self) -> None:
        self._timed(head=False)

    def _timed(self, *, head: bool) -> None:
        start = time.time()
        try:
            self._answer(head=head)
        finally:
            self.server.timed(self.path, start, time.time())

    def _answer(self, *, head: bool) -> None:
        raw_path = self.path.split("?", 1)[0]
        path = urllib.parse.unquote(raw_path)
        self.server.record(self.path, dict(self.headers.items()))
        faults = self.server.faults
        # the page a query string names first (a CMS's index.php?option=...&id=N), then the path's
        fault = faults.get(self.path) or faults.get(_same_query(self.path)) or faults.get(path)
        if fault and fault.times is not None and self.server.hits(self.path) > fault.times:
            fault = None
        if fault:
            self._fault(fault, head=head)
            return
        file = self._file(path)
        if file is None:
            self._send(
                404, b"<h1>404 Not Found</h1>", {"Content-Type": "text/html; charset=utf-8"}, head
            )
            return
        stat = file.stat()
        etag = (
            '"' + hashlib.sha1(f"{stat.st_mtime_ns}-{stat.st_size}".encode()).hexdigest()[:16] + '"'
        )
        last_mod = email.utils.formatdate(stat.st_mtime, usegmt=True)
        if self.headers.get("If-None-Match") == etag or (
            "If-None-Match" not in self.headers
            and self.headers.get("If-Modified-Since") == last_mod
        ):
            self._send(304, b"", {"ETag": etag, "Last-Modified": last_mod}, head=True)
            return
        ctype = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        body = file.read_bytes()
        if (ctype.startswith("text/") or ctype == "application/xml") and _is_utf8(body):
            ctype += "; charset=utf-8"  # a TIS-620 page is served as is: its own meta says so
        self._send(
            200, body, {"Content-Type": ctype, "ETag": etag, "Last-Modified": last_mod}, head
        )

    def _file(self, path: str) -> Path | None:
        root = self.server.root
        if root is None:
            return None
        rel = posixpath.normpath(path).lstrip("/")
        if rel.startswith(".."):
            return None
        candidate = (root / rel).resolve()
        if not candidate.is_relative_to(root):
            return None
        try:  # a name too long for the file system is simply not there, as on a real server
            if candidate.is_dir():
                candidate = candidate / "index.html"
            return candidate if candidate.is_file() else None
        except OSError:
            return None

    def _fault(self, fault: Fault, *, head: bool) -> None:
        if fault.delay:
            time.sleep(fault.delay)
        if fault.status:
            headers = {"Content-Type": "text/plain", **fault.headers}
            self._send(fault.status, f"status {fault.status}".encode(), headers, head)
        elif fault.redirect:
            self._send(302, b"", {"Location": fault.redirect}, head=True)
        elif fault.endless:
            self.send_response(200)
            self.send_header("Content-Type", "application/pdf")
            self.send_header("Connection", "close")
            self.end_headers()
            chunk = b"%PDF-1.4\n" + b"0" * 65527
            deadline = time.monotonic() + 60
            try:
                while not head and time.monotonic() < deadline and not self.server.stopping:
                    self.wfile.write(chunk)
            except OSError:
                pass
            self.close_connection = True
        elif fault.size is not None:
            self.send_response(200)
            self.send_header("Content-Type", fault.headers.get("Content-Type", "application/pdf"))
            self.send_header("Content-Length", str(fault.size))
            self.end_headers()
            sent, chunk = 0, b"\0" * 65536
            try:
                while not head and sent < fault.size and not self.server.stopping:
                    n = min(len(chunk), fault.size - sent)
                    self.wfile.write(chunk[:n])
                    sent += n
            except OSError:
                pass
            self.close_connection = True
        elif fault.file is not None:
            file = self._file("/" + fault.file)
            if file is None:
                self._send(404, b"<h1>404 Not Found</h1>", {"Content-Type": "text/html"}, head)
                return
            ctype = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
            self._send(200, file.read_bytes(), {"Content-Type": ctype, **fault.headers}, head)
        else:
            self._send(200, fault.body or b"", dict(fault.headers), head)

    def _send(self, status: int, body: bytes, headers: dict[str, str], head: bool) -> None:
        try:
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if not head and body:
                self.wfile.write(body)
        except OSError:  # the client hung up (a timeout on a slow fault): nothing to answer
            self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, addr, root: Path | None, faults: dict[str, Fault]):
        super().__init__(addr, _Handler)
        self.root = root.resolve() if root else None
        self.faults = faults
        self.stopping = False
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.timings: list[tuple[str, float, float]] = []
        self._lock = threading.Lock()

    def record(self, path: str, headers: dict[str, str]) -> None:
        with self._lock:
            self.requests.append((path, headers))

    def hits(self, path: str) -> int:
        """How many requests for ``path`` (with its query) arrived so far, this one included."""
        with self._lock:
            return sum(1 for p, _ in self.requests if p == path)

    def timed(self, path: str, start: float, end: float) -> None:
        with self._lock:
            self.timings.append((path, start, end))


class SiteServer:
    """Serve ``root`` (and ``faults``) on 127.0.0.1 (or ``host``, another loopback address)
    at an ephemeral port, in a thread."""

    def __init__(
        self,
        root: Path | str | None,
        faults: dict[str, Fault] | None = None,
        port: int = 0,
        host: str = "127.0.0.1",
    ):
        self.host = host
        self._server = _Server((host, port), Path(root) if root else None, dict(faults or {}))
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, path: str = "/") -> str:
        return self.base + path

    def allow(self, settings: Settings) -> Settings:
        """``settings`` that let the crawler fetch from this loopback server (its port only)."""
        listed = ", ".join(filter(None, [settings.allow_private, f"127.0.0.1:{self.port}"]))
        return Settings(**{**settings.model_dump(), "allow_private": listed})

    @property
    def requests(self) -> list[tuple[str, dict[str, str]]]:
        """Every request seen: (path with query, request headers)."""
        return list(self._server.requests)

    @property
    def timings(self) -> list[tuple[str, float, float]]:
        """Every request answered: (path with query, start, end), wall-clock seconds."""
        return list(self._server.timings)

    def clear_requests(self) -> None:
        with self._server._lock:
            self._server.requests.clear()
            self._server.timings.clear()

    def set_fault(self, path: str, fault: Fault | None) -> None:
        if fault is None:
            self._server.faults.pop(path, None)
        else:
            self._server.faults[path] = fault

    def start(self) -> SiteServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.stopping = True
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> SiteServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
