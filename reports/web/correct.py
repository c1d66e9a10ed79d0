"""Officers' corrections in the web UI: "this URL is O3", "this verdict is wrong because …".

Stored as ``Correction`` rows and used by the next check of the site
(``checklist.corrections``); listed on the item page as history. Editing needs a login: an
editor corrects only its own site, an admin every site, a viewer none. URLs pass the same
check as the submitted checklist (the site's own host or a known service host); nothing is
fetched when saving.
"""

from __future__ import annotations

import urllib.parse
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from checklist.statuses import STATUSES
from oitwatch.store.models import Correction, Run, Site, utcnow
from oitwatch.thai import normalize_code
from reports import loading
from reports.web import auth
from reports.web.app import current_user, page
from reports.web.checklist import url_problem
from reports.web.forms import _forbidden, _titles

__all__ = ["add_correction", "corrections", "corrections_of", "delete_correction"]

MAX_REASON = 2000


def corrections_of(session: Session, site: Site, code: str | None = None) -> list[Correction]:
    """The site's corrections (of one item when ``code`` is given), newest first."""
    query = select(Correction).where(Correction.site_id == site.id)
    if code:
        query = query.where(Correction.code == code)
    return list(session.scalars(query.order_by(Correction.id.desc())))


def add_correction(
    session: Session,
    site: Site,
    framework: str,
    code: str,
    kind: str,
    *,
    url: str = "",
    status: str = "",
    reason: str = "",
    by: str = "",
) -> Correction:
    """Store a correction (already checked)."""
    row = Correction(
        site_id=site.id,
        framework=framework,
        code=code,
        kind=kind,
        url=url,
        status=status,
        reason=reason[:MAX_REASON],
        created_at=utcnow(),
        created_by=by,
    )
    session.add(row)
    session.flush()
    return row


def delete_correction(session: Session, site: Site, correction_id: int) -> bool:
    """Withdraw correction ``correction_id`` if it belongs to ``site``."""
    row = session.get(Correction, correction_id)
    if row is None or row.site_id != site.id:
        return False
    session.delete(row)
    return True


def _latest_statuses(session: Session, site: Site) -> dict[str, str]:
    run = session.scalar(select(Run).where(Run.site_id == site.id).order_by(Run.id.desc()).limit(1))
    items = (run.result or {}).get("items", []) if run is not None else []
    return {it["code"]: it["status"] for it in items}


def _apply(store, key: str, form: dict[str, str], by: str) -> tuple[str, str]:
    """Add or withdraw a correction; ``(error, message)``."""
    with store.session() as s:
        site = loading.get_site(s, key)
        framework, titles = _titles(s, site)
        if form.get("action") == "delete":
            cid = form.get("correction_id", "")
            ok = cid.isascii() and cid.isdigit() and len(cid) <= 18
            if ok and delete_correction(s, site, int(cid)):
                return "", "ถอนการแก้ไขแล้ว / withdrawn"
            return "ไม่พบรายการที่จะถอน / no such correction", ""
        code = normalize_code(form.get("code", "")) or ""
        if code not in titles:
            return f"ไม่มีรายการ {form.get('code', '')!s} ในเกณฑ์ / no such item in {framework}", ""
        reason = form.get("reason", "")
        if form.get("kind") == "url":
            problem = url_problem(form.get("url", ""), site)
            if problem:
                return problem, ""
            add_correction(s, site, framework, code, "url", url=form["url"], reason=reason, by=by)
            return "", f"บันทึกแล้ว: ลิงก์นี้คือ {code} / saved: this URL is {code}"
        if form.get("kind") == "verdict":
            status = _latest_statuses(s, site).get(code, "")
            if status not in STATUSES:
                return "ยังไม่มีผลการตรวจของรายการนี้ / this item has no verdict yet", ""
            if not reason.strip():
                return "กรุณาระบุเหตุผล / say why the verdict is wrong", ""
            add_correction(s, site, framework, code, "verdict", status=status, reason=reason, by=by)
            return (
                "",
                f"บันทึกแล้ว: ผล {status} ของ {code} ถูกโต้แย้ง / saved: {code}'s {status} disputed",
            )
        return "เลือกชนิดการแก้ไข / choose what to correct", ""


async def corrections(request: Request) -> Response:
    """A site's corrections; editors of the site and admins add and withdraw them."""
    key = request.path_params["key"]
    user = current_user(request)
    if user is None:
        if request.method == "POST":
            return _forbidden("กรุณาเข้าสู่ระบบ / log in first")
        back = urllib.parse.quote(f"/sites/{key}/corrections", safe="/")
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
        form_values = {
            k: str(form.get(k, "")).strip()
            for k in ("code", "kind", "url", "reason", "action", "correction_id")
        }
        error, message = await run_in_threadpool(_apply, store, key, form_values, user.username)
        if error:
            status_code = 400
        else:
            form_values = {}

    def read():
        with store.session() as s:
            site = loading.get_site(s, key)
            _framework, titles = _titles(s, site)
            return site, titles, corrections_of(s, site), _latest_statuses(s, site)

    site, titles, rows, statuses = await run_in_threadpool(read)
    return page(
        request,
        "corrections.html",
        status_code=status_code,
        site=site,
        titles=titles,
        rows=rows,
        statuses=statuses,
        editable=editable,
        error=error,
        message=message,
        form=form_values,
    )
