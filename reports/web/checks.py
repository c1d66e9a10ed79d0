"""Starting a district's check from the web, and watching it until its report appears.

An editor (of that district) or an admin starts it; it runs in a thread of
the web server through :func:`schedules.runner.run_site`, the nightly job's
own path: the same host and site locks in the store (so it never overlaps the
nightly crawl of the same site or host, in any process), the same alerts.
The progress page reloads itself every two seconds (no script needed) with
the crawl's pages, documents, OCR and elapsed time, and goes to the report
when the run is stored.
"""

from __future__ import annotations

import logging
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from typing import Any

from sqlalchemy import select
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response

from crawler.progress import crawl_progress
from oitwatch.exceptions import OitwatchError, SiteBusy
from oitwatch.settings import Settings
from oitwatch.store import Crawl, Site, Store
from oitwatch.thai import thai_to_arabic
from reports.web import auth
from reports.web.app import current_user, page, security_headers

__all__ = ["CheckJobs", "WebCheck", "check_page", "check_status", "parse_as_of"]

log = logging.getLogger(__name__)
REFRESH_SECONDS = 2


@dataclass
class WebCheck:
    """One check started from the web: ``state`` running, done, failed or busy."""

    key: str
    by: str
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    started: float = field(default_factory=time.monotonic)
    state: str = "running"
    run_id: int | None = None
    error: str | None = None
    finished: float | None = None

    @property
    def elapsed_s(self) -> float:
        return round((self.finished or time.monotonic()) - self.started, 1)


class CheckJobs:
    """The web server's checks, one per site at a time (the store's locks guard across processes)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._jobs: dict[str, WebCheck] = {}

    def get(self, key: str) -> WebCheck | None:
        with self._lock:
            return self._jobs.get(key)

    def start(
        self, settings: Settings, store: Store, entry: Any, by: str, as_of: date | None
    ) -> WebCheck:
        """Start ``entry``'s check in a thread, unless one of this server is already running."""
        with self._lock:
            current = self._jobs.get(entry.key)
            if current is not None and current.state == "running":
                return current
            job = WebCheck(entry.key, by)
            self._jobs[entry.key] = job
        thread = threading.Thread(
            target=self._run,
            args=(job, settings, store, entry, as_of),
            name=f"oitwatch-check-{entry.key}",
            daemon=True,
        )
        thread.start()
        return job

    @staticmethod
    def _run(job: WebCheck, settings: Settings, store: Store, entry: Any, as_of: date | None):
        from schedules.runner import run_site
        from schedules.window import window_from_settings

        tz = window_from_settings(settings).tz
        now = datetime.now(tz)
        if as_of is not None:
            now = datetime.combine(as_of, dtime(12, 0), tz)
        try:
            outcome = run_site(settings, store, entry, now=now)
        except SiteBusy as exc:
            job.state, job.error = "busy", str(exc)
        except OitwatchError as exc:
            job.state, job.error = "failed", str(exc)
        except Exception as exc:  # a thread's last stop: keep the server up, say what failed
            log.exception("web check of %s crashed", entry.key)
            job.state, job.error = "failed", f"{type(exc).__name__}: {exc}"
        else:
            job.state, job.run_id = "done", outcome.run_id
        job.finished = time.monotonic()


def parse_as_of(value: str) -> date | None:
    """``YYYY-MM-DD`` in Arabic or Thai digits, Common or Buddhist era; empty is ``None``."""
    text = thai_to_arabic(value or "").strip()
    if not text:
        return None
    try:
        year, month, day = (int(p) for p in text.split("-"))
        if year > 2400:
            year -= 543
        if not 1900 <= year <= 2200:
            raise ValueError(year)
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"{value!r} is not a date like 2025-04-30 (or ๒๕๖๘-๐๔-๓๐)") from None


def _progress(store: Store, job: WebCheck) -> dict[str, Any]:
    """The job and its crawl's counts, for the page and for ``check.json``."""
    data: dict[str, Any] = {
        "site_key": job.key,
        "state": job.state,
        "phase": job.state,
        "run_id": job.run_id,
        "error": job.error,
        "elapsed_s": job.elapsed_s,
        "crawl": None,
    }
    crawl_id = None
    with store.session() as s:
        crawl = s.scalar(
            select(Crawl)
            .join(Site, Site.id == Crawl.site_id)
            .where(Site.key == job.key)
            .order_by(Crawl.id.desc())
            .limit(1)
        )
        if crawl is not None:
            started = crawl.started_at
            if started.tzinfo is None:  # SQLite gives naive UTC back
                started = started.replace(tzinfo=UTC)
            if started >= job.started_at - timedelta(seconds=1):
                crawl_id = crawl.id
    if crawl_id is not None:
        data["crawl"] = crawl_progress(store, crawl_id).as_json()
    if job.state == "running":
        crawl = data["crawl"]
        if crawl is None:
            data["phase"] = "starting"
        elif crawl["status"] == "running":
            data["phase"] = "crawling"
        else:
            data["phase"] = "judging"
    return data


def _forbidden(message: str) -> Response:
    return PlainTextResponse(message, status_code=403, headers=security_headers())


def _entry(settings: Settings, key: str) -> Any:
    from schedules.registry import load_registry

    return load_registry(settings).sites.get(key)


async def check_page(request: Request) -> Response:
    """GET: the start form, or the progress of a running check; POST: start one."""
    key = request.path_params["key"]
    user = current_user(request)
    here = f"/sites/{urllib.parse.quote(key, safe='')}/check"
    if user is None:
        if request.method == "POST":
            return _forbidden("กรุณาเข้าสู่ระบบ / log in first")
        return RedirectResponse(f"/login?next={urllib.parse.quote(here, safe='/')}", 303)
    settings: Settings = request.app.state.settings
    store: Store = request.app.state.store
    jobs: CheckJobs = request.app.state.checks
    allowed = auth.can_edit(user, key)
    entry = await run_in_threadpool(_entry, settings, key)
    error = ""
    if request.method == "POST":
        form = await request.form()
        if not auth.check_csrf(request, form.get("csrf_token")):
            return _forbidden("CSRF token missing or wrong / โทเค็นไม่ถูกต้อง")
        if not allowed:
            return _forbidden("ไม่มีสิทธิ์สั่งตรวจเว็บไซต์นี้ / you may not check this site")
        try:
            as_of = parse_as_of(str(form.get("as_of", "")))
        except ValueError as exc:
            error = f"วันที่ไม่ถูกต้อง / {exc}"
        else:
            if entry is None or entry.url is None:
                error = (
                    f"เว็บไซต์ {key} ไม่อยู่ในทะเบียนหรือยังไม่มี URL / "
                    f"{key!r} is not in the registry or has no URL (oitwatch sites add)"
                )
            else:
                jobs.start(settings, store, entry, user.username, as_of)
                return RedirectResponse(here, status_code=303)
    job = jobs.get(key)
    progress = await run_in_threadpool(_progress, store, job) if job else None
    finished = job is not None and job.state == "done" and request.method == "GET"
    if finished and request.query_params.get("stay") != "1":
        return RedirectResponse(
            f"/sites/{urllib.parse.quote(key, safe='')}?run={job.run_id}#fix", 303
        )
    return page(
        request,
        "check.html",
        status_code=400 if error else 200,
        key=key,
        entry=entry,
        allowed=allowed,
        job=job,
        progress=progress,
        error=error,
        refresh=REFRESH_SECONDS if job is not None and job.state == "running" else 0,
    )


async def check_status(request: Request) -> Response:
    """The running (or last) web check of a site as JSON (any logged-in user)."""
    key = request.path_params["key"]
    if current_user(request) is None:
        return _forbidden("กรุณาเข้าสู่ระบบ / log in first")
    job = request.app.state.checks.get(key)
    if job is None:
        return JSONResponse({"site_key": key, "state": None}, headers=security_headers())
    data = await run_in_threadpool(_progress, request.app.state.store, job)
    return JSONResponse(data, headers=security_headers())
