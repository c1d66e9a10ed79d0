"""Thai and English words for statuses and levels, and date formatting for reports."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from checklist.statuses import STATUS_EN, STATUS_TH, STATUSES
from oitwatch.thai import format_thai_date, thai_month_name

__all__ = [
    "FAILING",
    "STATUSES",
    "STATUS_COLOURS",
    "STATUS_EN",
    "STATUS_TH",
    "as_date",
    "is_failing",
    "thai_date",
    "thai_datetime",
    "thai_month",
]

# Background colours, readable in print and by colour-blind readers alongside the words.
STATUS_COLOURS = {
    "pass": "#c8e6c9",
    "missing": "#ef9a9a",
    "stale": "#ffcc80",
    "incomplete": "#fff59d",
    "broken": "#ce93d8",
    "review": "#b3e5fc",
}
# Every status but pass loses the item's 100 points (review: until an officer confirms).
FAILING = frozenset(STATUSES) - {"pass"}


def is_failing(status: str) -> bool:
    """Whether an item with ``status`` does not (yet) score."""
    return status != "pass"


def as_date(value: date | datetime | str | None) -> date | None:
    """A date from a date, a datetime or an ISO string; ``None`` if empty or unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def thai_date(value: date | datetime | str | None, *, short: bool = False) -> str:
    """``"30 เมษายน 2568"`` (Buddhist era); ``""`` when there is no date."""
    d = as_date(value)
    return format_thai_date(d, short=short) if d else ""


def thai_datetime(value: datetime | str | None, tz: str = "Asia/Bangkok") -> str:
    """``"30 เมษายน 2568 14:05 น."`` in time zone ``tz``."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    local = value.astimezone(ZoneInfo(tz))
    return f"{format_thai_date(local.date())} {local:%H:%M} น."


def thai_month(value: str) -> str:
    """``"2025-02"`` -> ``"ก.พ. 2568"``; other text unchanged."""
    try:
        year, month = (int(p) for p in value.split("-")[:2])
        return f"{thai_month_name(month, short=True)} {year + 543}"
    except (ValueError, KeyError, IndexError):
        return value
