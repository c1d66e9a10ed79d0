"""Is an item's evidence of the right time? Fiscal years, months, news dates.

Fiscal years come first from what the documents state (ปีงบประมาณ พ.ศ. …),
then from date ranges and dates in the text, then from HTTP Last-Modified as a
last resort. Monthly series are checked month by month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from checklist.evidence import Bundle
from oitwatch.thai import (
    find_date_ranges,
    find_dates,
    find_fiscal_years,
    fiscal_year_months,
    fiscal_year_of,
    thai_month_name,
)
from rules.models import (
    CurrentFiscalYear,
    HalfYear,
    MonthlySeries,
    PreviousFiscalYear,
    Recent,
    Standing,
)

__all__ = ["Timing", "judge_freshness", "month_due", "units"]


@dataclass
class Timing:
    """The verdict on time: ``ok`` None means the year could not be told."""

    ok: bool | None
    years: list[int] = field(default_factory=list)  # fiscal years seen (BE)
    months_missing: list[str] = field(default_factory=list)  # "YYYY-MM" (CE)
    latest: date | None = None
    basis: str = ""  # stated | dates | http | none


def units(bundle: Bundle) -> list[str]:
    """Texts that each speak of one thing: titles with text, link texts, candidate snippets."""
    out: list[str] = []
    for doc in bundle.docs:
        out.append(f"{doc.title}\n{doc.main_text}")
    for link in bundle.links:
        if not link.boilerplate and link.tag == "a":
            out.append(f"{link.anchor} {link.context}".strip())
    out.extend(c.snippet for c in bundle.candidates)
    return [u for u in out if u.strip()]


def _fy_deadline(fy: int, month_day: str) -> date:
    month, day = (int(x) for x in month_day.split("-"))
    year = fy - 543 - (1 if month >= 10 else 0)
    return date(year, month, day)


def month_due(year: int, month: int, due_day: int) -> date:
    """The day a month's publication is due: ``due_day`` of the following month."""
    return date(year + month // 12, month % 12 + 1, due_day)


def _stated_years(texts: list[str]) -> set[int]:
    years: set[int] = set()
    for t in texts:
        years.update(find_fiscal_years(t))
    return years


def _dated_years(texts: list[str], as_of: date) -> set[int]:
    years: set[int] = set()
    horizon = as_of + timedelta(days=400)
    for t in texts:
        for r in find_date_ranges(t):
            if r.start <= horizon:
                years.add(fiscal_year_of(r.start))
                years.add(fiscal_year_of(r.end))
        for d in find_dates(t):
            if d.precision in ("day", "month") and d.date <= horizon:
                years.add(fiscal_year_of(d.date))
    return years


def _years(bundle: Bundle, as_of: date) -> tuple[set[int], str]:
    texts = units(bundle)
    stated = _stated_years(texts)
    if stated:
        return stated, "stated"
    dated = _dated_years(texts, as_of)
    if dated:
        return dated, "dates"
    http = {fiscal_year_of(d.last_modified.date()) for d in bundle.docs if d.last_modified}
    if http:
        return http, "http"
    return set(), "none"


_MONTHS = [(m, thai_month_name(m), thai_month_name(m, short=True)) for m in range(1, 13)]


def _bare_months(text: str) -> set[int]:
    """Months named without a year (ประจำเดือนตุลาคม)."""
    found: set[int] = set()
    squeezed = re.sub(r"\s+", "", text)
    for m, full, short in _MONTHS:
        if full in squeezed or (short and short in text):
            found.add(m)
    return found


def _months_covered(bundle: Bundle, fy: int) -> set[tuple[int, int]]:
    """Months of ``fy`` that have their own entry: a month named as such (ประจำเดือน
    ตุลาคม 2567, ต.ค. 67), not a day's date (an announcement's) nor a half-year range."""
    wanted = set(fiscal_year_months(fy))
    covered: set[tuple[int, int]] = set()
    for text in units(bundle):
        found = find_dates(text)
        covered |= {(d.date.year, d.date.month) for d in found if d.precision == "month"} & wanted
        if not found and fy in find_fiscal_years(text):
            for m in _bare_months(text):
                covered.add((fy - 543 - (1 if m >= 10 else 0), m))
    return covered


def judge_freshness(bundle: Bundle, freshness: object, as_of: date) -> Timing:
    """How the bundle stands against the item's freshness rule on ``as_of``."""
    fy = fiscal_year_of(as_of)
    if isinstance(freshness, Standing):
        return Timing(ok=True, basis="standing")
    if isinstance(freshness, MonthlySeries):
        due = [
            (y, m)
            for (y, m) in fiscal_year_months(fy)
            if month_due(y, m, freshness.due_day) <= as_of
        ]
        covered = _months_covered(bundle, fy)
        missing = [f"{y:04d}-{m:02d}" for (y, m) in due if (y, m) not in covered]
        return Timing(
            ok=not missing, years=[fy] if covered else [], months_missing=missing, basis="months"
        )
    if isinstance(freshness, Recent):
        latest = None
        for text in units(bundle):
            for d in find_dates(text):
                if d.precision == "day" and d.date <= as_of and (latest is None or d.date > latest):
                    latest = d.date
        if latest is None:
            return Timing(ok=None, basis="none")
        return Timing(
            ok=(as_of - latest).days <= freshness.within_days, latest=latest, basis="dates"
        )

    years, basis = _years(bundle, as_of)
    if not years:
        return Timing(ok=None, basis="none")
    if isinstance(freshness, CurrentFiscalYear):
        wanted = {fy}
    elif isinstance(freshness, PreviousFiscalYear):
        late = freshness.deadline is None or as_of >= _fy_deadline(fy, freshness.deadline)
        wanted = {fy - 1, fy} if late else {fy - 2, fy - 1, fy}
    elif isinstance(freshness, HalfYear):
        late = as_of >= _fy_deadline(fy, freshness.deadline)
        wanted = {fy} if late else {fy - 1, fy}
    else:  # pragma: no cover - the rule models allow no other kind
        raise TypeError(f"unknown freshness rule {freshness!r}")
    return Timing(ok=bool(years & wanted), years=sorted(years), basis=basis)
