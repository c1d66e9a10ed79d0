"""Officers' corrections in the web UI: "this URL is O3", "this verdict is wrong because …".

Stored as ``Correction`` rows and used by the next check of the site
(``checklist.corrections``); listed on the item page as history. Editing needs a login: an
editor corrects only its own site, an admin every site, a viewer none. URLs pass the same
check as the submitted checklist (the site's own host or a known service host); nothing is
fetched when saving.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import Response

from checklist.statuses import STATUSES
from oitwatch.store.models import Correction, Run, Site, utcnow
from reports import loading
from reports.web.checklist import url_problem
from reports.web.forms import _titles, posted_code, posted_id, site_editor

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
            row_id = posted_id(form.get("correction_id", ""))
            if row_id is not None and delete_correction(s, site, row_id):
                return "", "ถอนการแก้ไขแล้ว / withdrawn"
            return "ไม่พบรายการที่จะถอน / no such correction", ""
        code, error = posted_code(form, framework, titles)
        if error:
            return error, ""
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


def _read(store, key: str) -> dict[str, Any]:
    with store.session() as s:
        site = loading.get_site(s, key)
        _framework, titles = _titles(s, site)
        return {
            "site": site,
            "titles": titles,
            "rows": corrections_of(s, site),
            "statuses": _latest_statuses(s, site),
        }


async def corrections(request: Request) -> Response:
    """A site's corrections; editors of the site and admins add and withdraw them."""
    return await site_editor(
        request,
        path="corrections",
        template="corrections.html",
        fields=("code", "kind", "url", "reason", "action", "correction_id"),
        apply=_apply,
        read=_read,
    )
