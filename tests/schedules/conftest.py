"""Fixtures of the schedules tests: a loopback SMTP server, a webhook receiver, a scripted job."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from aiosmtpd.controller import Controller

from oitwatch.settings import Settings
from oitwatch.store import Run, Store
from oitwatch.store.sites import upsert_site
from schedules.registry import Registry, SiteEntry, registry_path, save_registry

if TYPE_CHECKING:
    from checklist.run import OnStore

OWNERS = {"O1": "ฝ่ายปกครอง", "O2": "ฝ่ายปกครอง", "O3": "ฝ่ายการคลัง", "O15": "ฝ่ายการคลัง"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Mailbox:
    def __init__(self) -> None:
        self.messages: list[dict[str, Any]] = []

    async def handle_DATA(self, server, session, envelope) -> str:
        self.messages.append(
            {"from": envelope.mail_from, "rcpt": list(envelope.rcpt_tos), "data": envelope.content}
        )
        return "250 OK"


@pytest.fixture
def mailbox() -> Iterator[_Mailbox]:
    """A real SMTP server on 127.0.0.1; ``.messages`` holds what it received."""
    box = _Mailbox()
    ctl = Controller(box, hostname="127.0.0.1", port=free_port())
    ctl.start()
    box.port = ctl.port  # type: ignore[attr-defined]
    yield box
    ctl.stop()


@dataclass
class Receiver:
    """A webhook endpoint: records each JSON POST; answers ``status``."""

    status: int = 200
    posts: list[dict[str, Any]] = field(default_factory=list)
    hits: int = 0
    url: str = ""


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    rec = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            rec.hits += 1
            if rec.status == 200:
                rec.posts.append(json.loads(body))
            self.send_response(rec.status)
            self.send_header("Content-Length", "0")
            self.end_headers()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    rec.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield rec
    server.shutdown()
    server.server_close()


@pytest.fixture
def make_settings(tmp_path: Path) -> Callable[..., Settings]:
    """Settings in a fresh data dir, no throttling, no delivery backoff; overrides as keywords."""

    def make(**kw: Any) -> Settings:
        base: dict[str, Any] = {
            "data_dir": tmp_path / "data",
            "delay": 0,
            "contact": "tests@oitwatch.invalid",
            "notify_backoff": 0,
            "base_url": "http://oitwatch.test",
        }
        return Settings(**{**base, **kw})

    return make


def two_districts(settings: Settings, base: str = "http://127.0.0.1:9", **extra: Any) -> Registry:
    """A registry of two districts on one host, with owner contacts, written to the live path."""
    sites = {}
    for key, th, unit_mail in (("district-a", "ตัวอย่างเอ", "a"), ("district-b", "ตัวอย่างบี", "b")):
        entry = SiteEntry(
            name_th=th,
            name_en=f"Example {key[-1].upper()}",
            url=f"{base}/{key}/",
            owners={
                "ฝ่ายปกครอง": [f"admin-{unit_mail}@district.test"],
                "ฝ่ายการคลัง": [f"finance-{unit_mail}@district.test"],
            },
            coordinator=f"oit-{unit_mail}@district.test",
            **extra,
        )
        entry._key = key
        sites[key] = entry
    registry = Registry(sites=sites)
    path = registry_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    save_registry(registry, path)
    return registry


class ScriptedJob:
    """A small real job: stores a Run with the statuses it is given, as check_site would.

    ``statuses[site_key]`` maps item codes to statuses; sites in ``crash`` raise;
    ``clock`` stamps the run; ``log`` records (site_key, "start"/"end") in order.
    """

    def __init__(
        self,
        store: Store,
        statuses: dict[str, dict[str, str]],
        *,
        clock: Callable[[], datetime] | None = None,
    ):
        self.store = store
        self.statuses = statuses
        self.clock = clock
        self.crash: set[str] = set()
        self.log: list[tuple[str, str]] = []
        self.active = 0
        self.max_active = 0
        self._lock = threading.Lock()

    def __call__(
        self,
        settings: Settings,
        url: str,
        *,
        framework: str,
        site_key: str,
        as_of: date,
        on_store: OnStore | None = None,
    ) -> dict[str, Any]:
        with self._lock:
            self.active += 1
            self.max_active = max(self.max_active, self.active)
            self.log.append((site_key, "start"))
        try:
            if site_key in self.crash:
                raise RuntimeError(f"simulated crash of {site_key}")
            return self._store_run(url, framework, site_key, as_of, on_store)
        finally:
            with self._lock:
                self.active -= 1
                self.log.append((site_key, "end"))

    def _store_run(
        self, url: str, framework: str, site_key: str, as_of: date, on_store: OnStore | None
    ) -> dict[str, Any]:
        items = [
            {
                "code": code,
                "title_th": f"รายการ {code}",
                "title_en": f"Item {code}",
                "status": status,
                "owner": OWNERS.get(code, "ฝ่ายปกครอง"),
                "reasons": [] if status == "pass" else [{"th": "ไม่พบข้อมูล", "en": "not found"}],
                "evidence": [],
            }
            for code, status in self.statuses[site_key].items()
        ]
        with self.store.session() as s:
            site = upsert_site(s, url, key=site_key, framework=framework)
            run = Run(site_id=site.id, framework=framework, as_of=as_of, result={})
            if self.clock:
                run.created_at = self.clock()
            s.add(run)
            s.flush()
            result = {
                "site": url,
                "site_key": site_key,
                "framework": framework,
                "as_of": as_of.isoformat(),
                "run_id": run.id,
                "checked_at": (self.clock() if self.clock else datetime.now()).isoformat(),
                "items": items,
            }
            run.result = result
            if on_store is not None:  # the alerts commit with the run, as in check_site
                on_store(s, site.id, result)
        return result
