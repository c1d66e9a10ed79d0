"""Officers' corrections, kept in the store and used by the next check of their site.

Two kinds (``oitwatch.store.models.Correction``):

- ``url``: "this URL is item O3". The next check takes the URL as the item's evidence with the
  weight of an officer's word (``checklist.evidence`` source ``correction``), yet still opens and
  judges it: a dead URL is ``broken``, an old document ``stale``.
- ``verdict``: "the verdict *missing* of O1 is wrong because ...". While the checker's verdict
  for the item stays the disputed one, the item is reported ``review`` with the officer's reason
  first: a disputed verdict is never repeated silently, and an officer's word alone never makes
  an item ``pass``. When the verdict changes, the correction is shown as history only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from oitwatch.store.models import Correction, Site

__all__ = ["CorrectionSet", "apply_disputes", "load_corrections"]

KINDS = ("url", "verdict")


@dataclass
class CorrectionSet:
    """A site's corrections for one framework: URLs per item, disputed verdicts per item."""

    urls: dict[str, list[str]] = field(default_factory=dict)
    disputes: dict[str, list[dict[str, str]]] = field(default_factory=dict)


def load_corrections(session: Session, site: Site, framework: str) -> CorrectionSet:
    """``site``'s corrections for ``framework``, oldest first."""
    out = CorrectionSet()
    rows = session.scalars(
        select(Correction)
        .where(Correction.site_id == site.id, Correction.framework == framework)
        .order_by(Correction.id)
    )
    for c in rows:
        if c.kind == "url" and c.url:
            urls = out.urls.setdefault(c.code, [])
            if c.url not in urls:
                urls.append(c.url)
        elif c.kind == "verdict":
            out.disputes.setdefault(c.code, []).append(
                {
                    "status": c.status,
                    "reason": c.reason,
                    "by": c.created_by,
                    "at": c.created_at.isoformat(timespec="seconds") if c.created_at else "",
                }
            )
    return out


def apply_disputes(item: dict, disputes: list[dict[str, str]]) -> None:
    """Mark ``item`` (a check result's item dict) with the officers' disputes of its verdict.

    Every dispute is listed under ``corrections``; when the verdict is still the one an
    officer disputed, the item becomes ``review`` with that officer's reason first.
    """
    if not disputes:
        return
    item["corrections"] = list(disputes)
    live = [d for d in disputes if d["status"] == item["status"]]
    if not live:
        return
    last = live[-1]
    item["status"] = "review"
    item["reasons"].insert(
        0,
        {
            "th": f'เจ้าหน้าที่แจ้งว่าผลการตรวจ "{last["status"]}" ไม่ถูกต้อง: {last["reason"]} '
            f"({last['by']}) โปรดตรวจสอบ",
            "en": f'An officer says the verdict "{last["status"]}" is wrong: {last["reason"]} '
            f"({last['by']}); check it.",
        },
    )
