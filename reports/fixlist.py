"""What a district must fix first: its failing items, each with reason, fix and a due date.

The first page of the district report (one A4 sheet): no internal keys (an
element is named by its Thai title), every date in one Thai form.

Due dates follow the item's rule: a monthly series is due by its ``due_day``
of the month after; a half-year report and last year's annual report by their
deadlines; anything else before the assessment's evidence window opens.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from reports._framework import _load, element_titles
from reports.district import DistrictReport
from reports.labels import as_date, is_failing

__all__ = ["FixRow", "due_date", "fix_rows"]


@dataclass
class FixRow:
    """One failing item as the fix list shows it."""

    code: str
    title_th: str
    status: str
    owner: str
    reason_th: str
    reason_en: str
    fix_th: str
    due: date | None
    due_what_th: str
    elements_missing: list[str] = field(default_factory=list)
    months_missing: list[str] = field(default_factory=list)
    change: str | None = None


def _next_on_or_after(mm_dd: str, day: date) -> date:
    month, dom = (int(p) for p in mm_dd.split("-"))
    due = date(day.year, month, dom)
    return due if due >= day else date(day.year + 1, month, dom)


def due_date(framework_id: str, code: str, as_of: date) -> tuple[date | None, str]:
    """When item ``code`` is due, as of ``as_of``, and what the date is (Thai)."""
    framework = _load(framework_id)
    if framework is None:
        return None, ""
    try:
        item = framework.item(code)
    except KeyError:
        return None, ""
    fresh = item.freshness
    kind = getattr(fresh, "kind", "")
    if kind == "monthly":
        due = as_of.replace(day=fresh.due_day)
        if due < as_of:
            due = (as_of.replace(day=1) + timedelta(days=32)).replace(day=fresh.due_day)
        return due, "กำหนดส่งข้อมูลรายเดือน"
    if kind in ("half_year", "previous_fy") and getattr(fresh, "deadline", None):
        return _next_on_or_after(fresh.deadline, as_of), "กำหนดส่งรายงาน"
    opens = _next_on_or_after(framework.window_start, as_of)
    closes = _next_on_or_after(framework.window_end, as_of)
    if closes < opens:  # inside the evidence window now: due before it closes
        return closes, "ก่อนปิดรับหลักฐานการประเมิน"
    return opens, "ก่อนเปิดรับการประเมิน"


def fix_rows(report: DistrictReport) -> list[FixRow]:
    """The report's failing items, newly failing first, then by due date and code."""
    result = report.result
    framework = result.get("framework", "")
    as_of = as_date(result.get("as_of")) or date.today()
    titles = element_titles(framework)
    rows = []
    for it in report.items:
        if not is_failing(it["status"]):
            continue
        reasons: list[dict[str, Any]] = it.get("reasons") or [{}]
        due, what = due_date(framework, it["code"], as_of)
        rows.append(
            FixRow(
                code=it["code"],
                title_th=it.get("title_th", ""),
                status=it["status"],
                owner=it.get("owner", ""),
                reason_th=reasons[0].get("th", ""),
                reason_en=reasons[0].get("en", ""),
                fix_th=it.get("fix_th", ""),
                due=due,
                due_what_th=what,
                elements_missing=it.get("elements_missing_th")
                or [titles.get((it["code"], key), key) for key in it.get("elements_missing") or []],
                months_missing=list(it.get("months_missing") or []),
                change=it.get("change"),
            )
        )
    rows.sort(key=lambda r: (r.change != "newly_failing", r.due or date.max, _num(r.code)))
    return rows


def _num(code: str) -> int:
    digits = "".join(ch for ch in code if ch.isdigit())
    return int(digits) if digits else 0
