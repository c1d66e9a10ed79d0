"""Thai fiscal-year arithmetic (ปีงบประมาณ).

Fiscal year N (Buddhist era) runs from 1 October of CE year N-544 to
30 September of CE year N-543: FY2568 = 2024-10-01 .. 2025-09-30.
The first half (ครึ่งปีแรก, "รอบ ๖ เดือนแรก") is October to March.
"""

from __future__ import annotations

from datetime import date

__all__ = [
    "BE_OFFSET",
    "be_to_ce",
    "ce_to_be",
    "first_half",
    "fiscal_year_bounds",
    "fiscal_year_months",
    "fiscal_year_of",
    "second_half",
]

BE_OFFSET = 543


def be_to_ce(year: int) -> int:
    """Buddhist-era year to Common-era year: 2568 -> 2025."""
    return year - BE_OFFSET


def ce_to_be(year: int) -> int:
    """Common-era year to Buddhist-era year: 2025 -> 2568."""
    return year + BE_OFFSET


def fiscal_year_of(d: date) -> int:
    """The fiscal year (BE) that contains ``d``: 2024-10-01 -> 2568, 2024-09-30 -> 2567."""
    return ce_to_be(d.year + 1 if d.month >= 10 else d.year)


def fiscal_year_bounds(fy: int) -> tuple[date, date]:
    """First and last day of fiscal year ``fy`` (BE): 2568 -> (2024-10-01, 2025-09-30)."""
    ce = be_to_ce(fy)
    return date(ce - 1, 10, 1), date(ce, 9, 30)


def fiscal_year_months(fy: int) -> list[tuple[int, int]]:
    """The 12 (CE year, month) pairs of fiscal year ``fy``, October first, September last."""
    ce = be_to_ce(fy)
    return [(ce - 1, m) for m in (10, 11, 12)] + [(ce, m) for m in range(1, 10)]


def first_half(fy: int) -> tuple[date, date]:
    """October..March of fiscal year ``fy``: 2568 -> (2024-10-01, 2025-03-31)."""
    ce = be_to_ce(fy)
    return date(ce - 1, 10, 1), date(ce, 3, 31)


def second_half(fy: int) -> tuple[date, date]:
    """April..September of fiscal year ``fy``: 2568 -> (2025-04-01, 2025-09-30)."""
    ce = be_to_ce(fy)
    return date(ce, 4, 1), date(ce, 9, 30)
