"""Pages with forms: log in, log out, edit a site's submitted URLs.

Every POST must carry the session's CSRF token (else 403). Editing needs a
login; an editor edits only its own site, an admin every site, a viewer none.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

from oitwatch.store.models import Run, User
from oitwatch.thai import normalize_code
from reports import loading
from reports._framework import framework_items
from reports.web import auth
from reports.web.app import current_user, page, security_headers
from reports.web.checklist import add_entry, delete_entry, entries_of, url_problem

__all__ = ["checklist", "login", "logout", "site_editor"]


def _forbidden(message: str) -> Response:
    return PlainTextResponse(message, status_code=403, headers=security_headers())


def _safe_next(value: object) -> str:
    """A local path to go back to after logging in (never another site)."""
    if isinstance(value, str) and value.startswith("/") and not value.startswith(("//", "/\\")):
        return value
    return "/"


async def login(request: Request) -> Response:
    """GET: the form; POST: check the password, start a fresh session."""
    if request.method == "GET":
        return page(
            request, "login.html", error="", next=_safe_next(request.query_params.get("next"))
        )
    form = await request.form()
    if not auth.check_csrf(request, form.get("csrf_token")):
        return _forbidden("CSRF token missing or wrong / โทเค็นไม่ถูกต้อง")
    username, password = str(form.get("username", "")), str(form.get("password", ""))
    store = request.app.state.store
    throttle: auth.LoginThrottle = request.app.state.login_throttle
    address = request.client.host if request.client else ""
    if not await run_in_threadpool(throttle.admit, username, address):
        return page(
            request,
            "login.html",
            status_code=429,
            error="ลองผิดหลายครั้งเกินไป กรุณารอ 15 นาที / too many failed logins: wait 15 minutes",
            next=_safe_next(form.get("next")),
        )

    def check():
        with store.session() as s:
            return auth.authenticate(s, username, password)

    user = await run_in_threadpool(check)
    if user is None:
        return page(
            request,
            "login.html",
            status_code=400,
            error="ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง / wrong user name or password",
            next=_safe_next(form.get("next")),
        )
    await run_in_threadpool(throttle.succeeded, username)
    request.session.clear()  # no session fixation: a new CSRF token too
    request.session["uid"] = user.id
    request.session["sv"] = user.session_version
    request.state.user = user
    return RedirectResponse(_safe_next(form.get("next")), status_code=303)


async def logout(request: Request) -> Response:
    form = await request.form()
    if not auth.check_csrf(request, form.get("csrf_token")):
        return _forbidden("CSRF token missing or wrong / โทเค็นไม่ถูกต้อง")
    user = current_user(request)
    if user is not None:  # every cookie of this user stops working, saved copies too

        def end() -> None:
            with request.app.state.store.session() as s:
                row = s.get(User, user.id)
                if row is not None:
                    auth.end_sessions(row)

        await run_in_threadpool(end)
    request.session.clear()
    return RedirectResponse("/", status_code=303)


def _titles(session, site) -> tuple[str, dict[str, str]]:
    """The framework of the site's latest run (or the site's) and its item titles."""
    run = session.scalar(select(Run).where(Run.site_id == site.id).order_by(Run.id.desc()).limit(1))
    if run is not None:
        items = (run.result or {}).get("items", [])
        return run.framework, {it["code"]: it.get("title_th", "") for it in items}
    return site.framework, dict(framework_items(site.framework))


def posted_id(value: str) -> int | None:
    """A row id posted by a form, or ``None`` when it is not a plain number of at most 18 digits."""
    return int(value) if value.isascii() and value.isdigit() and len(value) <= 18 else None


def posted_code(form: dict[str, str], framework: str, titles: dict[str, str]) -> tuple[str, str]:
    """The posted item code, normalised (Thai digits too), and ``""``; or ``""`` and the error."""
    code = normalize_code(form.get("code", "")) or ""
    if code not in titles:
        return "", f"ไม่มีรายการ {form.get('code', '')!s} ในเกณฑ์ / no such item in {framework}"
    return code, ""


async def site_editor(
    request: Request,
    *,
    path: str,
    template: str,
    fields: tuple[str, ...],
    apply: Callable[[Any, str, dict[str, str], str], tuple[str, str]],
    read: Callable[[Any, str], dict[str, Any]],
) -> Response:
    """The one flow of a site's editing pages (submitted URLs, officers' corrections).

    GET shows the page (``read(store, key)`` gives its context); POST needs a login, the
    session's CSRF token and the right to edit the site, then ``apply(store, key, form, user)``
    returns ``(error, message)``. A viewer sees the page read-only.
    """
    key = request.path_params["key"]
    user = current_user(request)
    if user is None:
        if request.method == "POST":
            return _forbidden("กรุณาเข้าสู่ระบบ / log in first")
        back = urllib.parse.quote(f"/sites/{key}/{path}", safe="/")
        return RedirectResponse(f"/login?next={back}", status_code=303)
    store = request.app.state.store
    editable = auth.can_edit(user, key)
    error = message = ""
    form_values: dict[str, Any] = {
        "code": normalize_code(request.query_params.get("code", "")) or ""
    }
    status_code = 200
    if request.method == "POST":
        form = await request.form()
        if not auth.check_csrf(request, form.get("csrf_token")):
            return _forbidden("CSRF token missing or wrong / โทเค็นไม่ถูกต้อง")
        if not editable:
            return _forbidden("ไม่มีสิทธิ์แก้ไขเว็บไซต์นี้ / you may not edit this site")
        form_values = {k: str(form.get(k, "")).strip() for k in fields}
        error, message = await run_in_threadpool(apply, store, key, form_values, user.username)
        if error:
            status_code = 400
        else:
            form_values = {}
    context = await run_in_threadpool(read, store, key)
    return page(
        request,
        template,
        status_code=status_code,
        editable=editable,
        error=error,
        message=message,
        form=form_values,
        **context,
    )


def _read_checklist(store, key: str) -> dict[str, Any]:
    with store.session() as s:
        site = loading.get_site(s, key)
        _framework, titles = _titles(s, site)
        return {"site": site, "titles": titles, "entries": entries_of(s, site)}


async def checklist(request: Request) -> Response:
    """A site's submitted URLs; editors of the site and admins add and delete them."""
    return await site_editor(
        request,
        path="checklist",
        template="checklist.html",
        fields=("code", "url", "note", "action", "entry_id"),
        apply=_apply,
        read=_read_checklist,
    )


def _apply(store, key: str, form: dict[str, str], by: str) -> tuple[str, str]:
    """Add or delete an entry; ``(error, message)``."""
    entry_id = form.get("entry_id", "")
    with store.session() as s:
        site = loading.get_site(s, key)
        framework, titles = _titles(s, site)
        if form.get("action") == "delete":
            row_id = posted_id(entry_id)
            if row_id is not None and delete_entry(s, site, row_id):
                return "", "ลบแล้ว / deleted"
            return "ไม่พบรายการที่จะลบ / no such entry", ""
        code, error = posted_code(form, framework, titles)
        if error:
            return error, ""
        problem = url_problem(form.get("url", ""), site)
        if problem:
            return problem, ""
        add_entry(s, site, framework, code, form["url"], form.get("note", ""), by)
        return "", f"บันทึก {code} แล้ว / saved"
