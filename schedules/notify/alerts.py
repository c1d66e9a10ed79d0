"""What is worth telling after a run: items newly failing, newly passing, deadlines near.

Each :class:`Alert` carries a *state* that does not depend on the run id
(status and month, or the due date), so the same change seen on two nights
makes the same ``dedupe_base`` and is told once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from reports.changes import RunChanges
from reports.labels import is_failing, thai_month

__all__ = ["CHANGES", "Alert", "build_alerts"]

CHANGES = ("newly_failing", "newly_passing", "deadline")


@dataclass(frozen=True)
class Alert:
    """One change of one item of one site, to tell its owner unit and the coordinator."""

    site_key: str
    framework: str
    code: str
    change: str  # one of CHANGES
    state: str  # run-independent: "missing@2026-11", "pass@2026-11", "due@2026-12-10"
    owner: str
    item: dict[str, Any]
    due: date | None = None
    due_what_th: str = ""
    due_what_en: str = ""

    @property
    def dedupe_base(self) -> str:
        """``site:framework:code:change:state``; a channel and recipient are appended per message."""
        return f"{self.site_key}:{self.framework}:{self.code}:{self.change}:{self.state}"


def _month_before(d: date) -> str:
    last = d.replace(day=1) - timedelta(days=1)
    return f"{last:%Y-%m}"


def _next_on_or_after(mm_dd: str, today: date) -> date:
    month, day = (int(p) for p in mm_dd.split("-"))
    due = date(today.year, month, day)
    return due if due >= today else date(today.year + 1, month, day)


def _deadline(
    item: dict[str, Any], freshness: Any, window_start: str, as_of: date, notice_days: int
) -> Alert | None:
    """A deadline alert for a failing item, or ``None`` when no due date is near."""
    kind = getattr(freshness, "kind", None)
    if kind == "monthly":
        if as_of.day > freshness.due_day:
            return None
        month = _month_before(as_of)
        missing = item.get("months_missing") or []
        if missing and month not in missing:
            return None
        due = as_of.replace(day=freshness.due_day)
        what_th, what_en = f"ข้อมูลประจำเดือน {thai_month(month)}", f"the {month} monthly data"
    elif kind in ("half_year", "previous_fy"):
        mm_dd = window_start if kind == "half_year" else getattr(freshness, "deadline", None)
        if not mm_dd:
            return None
        due = _next_on_or_after(mm_dd, as_of)
        if (due - as_of).days > notice_days:
            return None
        if kind == "half_year":
            what_th = "รายงานรอบ 6 เดือนแรกของปีงบประมาณ (ก่อนเริ่มการประเมิน)"
            what_en = "the first-half report (before the assessment opens)"
        else:
            what_th, what_en = "รายงานประจำปีของปีงบประมาณที่แล้ว", "last fiscal year's annual report"
    else:
        return None
    return Alert(
        site_key="",
        framework="",
        code=item["code"],
        change="deadline",
        state=f"due@{due.isoformat()}",
        owner=item.get("owner", ""),
        item=item,
        due=due,
        due_what_th=what_th,
        due_what_en=what_en,
    )


def build_alerts(
    changes: RunChanges,
    result: dict[str, Any],
    *,
    framework: Any | None = None,
    as_of: date,
    notice_days: int = 30,
) -> list[Alert]:
    """Alerts for one run: newly failing, newly passing, then deadlines near for failing items.

    ``framework`` (a :class:`rules.models.Framework`, optional) gives each item's
    freshness kind; without it no deadline is reported. An item newly failing
    is not also reported as near its deadline in the same run.
    """
    site_key, fw = result.get("site_key", ""), result.get("framework", "")
    month = f"{as_of:%Y-%m}"
    alerts: list[Alert] = []
    for change, items in (
        ("newly_failing", changes.newly_failing),
        ("newly_passing", changes.newly_passing),
    ):
        for item in items:
            alerts.append(
                Alert(
                    site_key,
                    fw,
                    item["code"],
                    change,
                    f"{item['status']}@{month}",
                    item.get("owner", ""),
                    item,
                )
            )
    if framework is None:
        return alerts
    told = {a.code for a in alerts}
    codes = {it.code: it for it in framework.items}
    for item in result.get("items", []):
        rule = codes.get(item["code"])
        if rule is None or item["code"] in told or not is_failing(item["status"]):
            continue
        alert = _deadline(item, rule.freshness, framework.window_start, as_of, notice_days)
        if alert is not None:
            alerts.append(replace(alert, site_key=site_key, framework=fw))
    return alerts
