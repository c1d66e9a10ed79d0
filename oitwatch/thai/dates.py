"""Dates, date ranges and fiscal-year statements in Thai (and English) text.

Accepts Thai and Arabic digits, Buddhist-era (BE) and Common-era (CE) years
(a 4-digit year above 2400 is BE; a 2-digit year is a BE short form, ``๖๔`` =
2564, only 40..99 = BE 2540..2599, except after an explicit CE marker or an
English month name), full and
abbreviated Thai month names (``ตุลาคม``, ``ต.ค.``, ``ตค``) and English ones.
Every date returned is a CE :class:`datetime.date`; impossible dates
(31 February) are skipped, never raised.
"""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date
from typing import Literal, NamedTuple

from oitwatch.thai._months import (
    THAI_MONTHS,
    THAI_MONTHS_SHORT,
    english_month_re,
    month_number,
    month_re,
)
from oitwatch.thai.digits import arabic_to_thai, thai_to_arabic
from oitwatch.thai.fiscal import BE_OFFSET

__all__ = [
    "DateMatch",
    "DateRange",
    "Precision",
    "find_date_ranges",
    "find_dates",
    "find_fiscal_years",
    "format_thai_date",
    "parse_date",
    "thai_month_name",
    "without_dates",
]

Precision = Literal["day", "month", "year"]

_MIN_CE, _MAX_CE = 1900, 2200
_ERA = r"(?P<era>พ\.\s?ศ\.?|ค\.\s?ศ\.?|พศ\.?|คศ\.?|B\.\s?E\.?|A\.\s?D\.?|C\.\s?E\.?)"
_YEAR = r"(?P<year>\d{4}|\d{2})(?!\d)"
_CONNECTOR = r"\s*(?:-|–|—|~|(?:จน)?ถึง(?:วันที่)?|to|until|through)\s*"
_FLAGS = re.IGNORECASE


class _Patterns:
    """The compiled expressions; built on first use to keep imports cheap."""

    def __init__(self) -> None:
        month = rf"(?P<month>{month_re().pattern})"
        self.day_month_year = re.compile(
            rf"(?<![\d.])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?[^\S\n]*(?:เดือน\s*)?{month}\s*,?\s*"
            rf"(?:{_ERA}\s*)?{_YEAR}",
            _FLAGS,
        )
        self.month_day_year = re.compile(
            rf"(?P<month>{english_month_re().pattern})\s+(?P<day>\d{{1,2}})(?!\d),?\s+(?P<year>\d{{4}})(?!\d)",
            _FLAGS,
        )
        self.numeric = re.compile(
            r"(?<![\d/.\-])(?P<day>\d{1,2})(?P<sep>[/.\-])(?P<month>\d{1,2})(?P=sep)"
            r"(?P<year>\d{4}|\d{2})(?![\d/\-]|\.\d)"
        )
        self.iso = re.compile(
            r"(?<![\d/.\-])(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?![\d\-])"
        )
        self.month_year = re.compile(rf"{month}\s*(?:{_ERA}\s*)?{_YEAR}", _FLAGS)
        self.year_only = re.compile(rf"{_ERA}\s*(?P<year>\d{{4}})(?!\d)", _FLAGS)
        self.fiscal_before = re.compile(
            r"(?:ปีงบประมาณ|ปีงบฯ?|(?<![A-Za-z])(?:fiscal\s+year|FY))\s*\Z", _FLAGS
        )
        self.connector = re.compile(_CONNECTOR, _FLAGS)
        self.left_partial = re.compile(
            rf"(?:(?<!\d)(?P<day>\d{{1,2}})\s*)?{month}{_CONNECTOR}\Z"
            rf"|(?<![\d.])(?P<dayonly>\d{{1,2}}){_CONNECTOR}\Z",
            _FLAGS,
        )
        self.fiscal = re.compile(
            r"(?:ปีงบประมาณ|ปีงบฯ|ปีงบ|(?<![A-Za-z])(?:fiscal\s+year|FY))\s*(?:พ\.?\s?ศ\.?\s*)?"
            r"(?P<y1>\d{4}|\d{2})(?!\d)(?:\s*[-–]\s*(?P<y2>\d{4}|\d{2})(?!\d))?",
            _FLAGS,
        )


@functools.cache
def _rx() -> _Patterns:
    return _Patterns()


class DateMatch(NamedTuple):
    """A date found in text; month precision -> 1st of month, year precision -> 1 January."""

    date: date
    start: int
    end: int
    precision: Precision
    text: str


class DateRange(NamedTuple):
    """A period found in text; ``end`` is the last day the period covers."""

    start: date
    end: date
    pos_start: int
    pos_end: int


def _ce_year(raw: str, era: str | None, english: bool) -> int | None:
    n = int(raw)
    era_key = re.sub(r"[.\s]", "", era or "").upper()
    is_ce = era_key in {"คศ", "AD", "CE"} or (english and not era_key)
    is_be = era_key in {"พศ", "BE"}
    if len(raw) == 2:
        if not is_ce and n < 40:
            return None  # BE 2500..2539 is long past; "มีนาคม 31 วัน" is not a date
        year = 2000 + n if is_ce else 2500 + n - BE_OFFSET
    elif is_be or (not is_ce and n > 2400):
        year = n - BE_OFFSET
    else:
        year = n
    return year if _MIN_CE <= year <= _MAX_CE else None


def _make(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


_Candidate = tuple[int, int, date | None, Precision]


def _candidates(t: str) -> list[_Candidate]:
    """Candidate dates in digit-normalized ``t``, best patterns first (``None``: invalid)."""
    out: list[_Candidate] = []
    for rx in (_rx().day_month_year, _rx().month_day_year):
        for m in rx.finditer(t):
            month = month_number(m["month"])
            english = m["month"].isascii()
            year = _ce_year(m["year"], m["era"] if "era" in m.re.groupindex else None, english)
            day = int(m["day"])
            if month and year and 1 <= day <= 31:
                # An impossible day ("31 ก.พ.") still claims its span: no month reading.
                out.append((m.start(), m.end(), _make(year, month, day), "day"))
    for m in _rx().numeric.finditer(t):
        year = _ce_year(m["year"], None, False)
        if year and (d := _make(year, int(m["month"]), int(m["day"]))):
            out.append((m.start(), m.end(), d, "day"))
    for m in _rx().iso.finditer(t):
        year = _ce_year(m["year"], None, False)
        if year and (d := _make(year, int(m["month"]), int(m["day"]))):
            out.append((m.start(), m.end(), d, "day"))
    for m in _rx().month_year.finditer(t):
        token = m["month"]
        english = token.isascii()
        full = english or ("." not in token and len(token) > 3)
        if (english and len(m["year"]) == 2) or (m["era"] and not full):
            continue  # "May 15" has no year; "ก.พ. พ.ศ. ..." is usually the commission
        month = month_number(token)
        year = _ce_year(m["year"], m["era"], english)
        if month and year:
            out.append((m.start(), m.end(), date(year, month, 1), "month"))
    for m in _rx().year_only.finditer(t):
        if _rx().fiscal_before.search(t, max(0, m.start() - 20), m.start()):
            continue  # "ปีงบประมาณ พ.ศ. 2568" is fiscal year 2568 (find_fiscal_years), not 2025
        year = _ce_year(m["year"], m["era"], False)
        if year:
            out.append((m.start(), m.end(), date(year, 1, 1), "year"))
    return out


def find_dates(text: str) -> list[DateMatch]:
    """Every date in ``text`` in order, longest reading first, spans never overlapping."""
    t = thai_to_arabic(text)
    claimed = bytearray(len(t))
    found: list[DateMatch] = []
    for start, end, d, precision in _candidates(t):
        if any(claimed[start:end]):
            continue
        claimed[start:end] = b"\x01" * (end - start)
        if d is not None:
            found.append(DateMatch(d, start, end, precision, text[start:end]))
    found.sort(key=lambda m: m.start)
    return found


def without_dates(text: str) -> str:
    """``text`` in Arabic digits without its dates and its Buddhist-era years ("25xx"), so
    what numbers are left are figures: an amount, a count, a phone number."""
    plain = thai_to_arabic(text)
    for d in reversed(find_dates(plain)):
        plain = plain[: d.start] + plain[d.end :]
    return re.sub(r"(?<!\d)25\d\d(?!\d)", "", plain)


def parse_date(text: str) -> date | None:
    """The date a string states (``"๓๑ มกราคม ๒๕๖๕"`` -> 2022-01-31), else ``None``.

    The string must hold exactly one date, no other number and no period.
    """
    matches = find_dates(text)
    if len(matches) != 1:
        return None
    m = matches[0]
    rest = text[: m.start] + text[m.end :]
    if re.search(r"[0-9๐-๙]", rest) or find_date_ranges(text):
        return None  # "ต.ค.-ธ.ค. 67" is a period, not December
    return m.date


def _period_end(m: DateMatch) -> date:
    d = m.date
    if m.precision == "month":
        return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
    if m.precision == "year":
        return date(d.year, 12, 31)
    return d


def _left_partial(t: str, right: DateMatch) -> tuple[int, date] | None:
    """``"1 - 31 ตุลาคม 2567"``, ``"ตุลาคม - ธันวาคม 2567"``: a left side without a year."""
    lo = max(0, right.start - 40)
    m = _rx().left_partial.search(t, lo, right.start)
    if m is None:
        return None
    y, mo = right.date.year, right.date.month
    if m["dayonly"]:
        if right.precision != "day":
            return None
        start = _make(y, mo, int(m["dayonly"]))
        return (m.start(), start) if start else None
    month = month_number(m["month"])
    if month is None:
        return None
    if month > mo:
        y -= 1
    start = _make(y, month, int(m["day"]) if m["day"] else 1)
    return (m.start(), start) if start else None


def find_date_ranges(text: str) -> list[DateRange]:
    """Every period in ``text``: ``"ต.ค. ๖๔ - ก.ย. ๖๕"`` -> 2021-10-01..2022-09-30."""
    t = thai_to_arabic(text)
    dates = find_dates(text)
    ranges: list[DateRange] = []
    used_left = -1
    for i, right in enumerate(dates):
        left = dates[i - 1] if i else None
        if left and i - 1 != used_left and _rx().connector.fullmatch(t, left.end, right.start):
            start, pos = left.date, left.start
        elif (partial := _left_partial(t, right)) and (left is None or partial[0] >= left.end):
            pos, start = partial
        else:
            continue
        end = _period_end(right)
        if start <= end and (end - start).days <= 3700:
            ranges.append(DateRange(start, end, pos, right.end))
            used_left = i
    return ranges


def _fiscal_be(raw: str) -> int | None:
    n = int(raw)
    if len(raw) == 2:
        n += 2500 if n >= 40 else 0  # like dates: only BE 2540..2599 have short forms
    elif n < 2400:
        n += BE_OFFSET  # "FY2025" / "fiscal year 2025" are CE
    return n if 2490 <= n <= 2700 else None


def find_fiscal_years(text: str) -> list[int]:
    """BE years stated as fiscal years, in order of first mention, without repeats.

    ``"ปีงบประมาณ พ.ศ. ๒๕๖๘"``, ``"ปีงบประมาณ 2568"``, ``"ปีงบ 68"``, ``"FY2568"`` -> 2568;
    ``"ปีงบประมาณ 2566-2568"`` -> 2566, 2567, 2568.
    """
    years: list[int] = []
    for m in _rx().fiscal.finditer(thai_to_arabic(text)):
        first = _fiscal_be(m["y1"])
        if first is None:
            continue
        last = _fiscal_be(m["y2"]) if m["y2"] else None
        span = [first] if last is None or not 0 < last - first <= 10 else range(first, last + 1)
        years.extend(y for y in span if y not in years)
    return years


def thai_month_name(month: int, short: bool = False) -> str:
    """``10`` -> ``"ตุลาคม"`` (``short=True``: ``"ต.ค."``)."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, not {month!r}")
    return (THAI_MONTHS_SHORT if short else THAI_MONTHS)[month - 1]


def format_thai_date(d: date, *, short: bool = False, thai_digits: bool = False) -> str:
    """``2025-01-31`` -> ``"31 มกราคม 2568"``; ``short=True`` -> ``"31 ม.ค. 68"``.

    Short years parse back only for CE 1997..2056 (BE 2540..2599).
    """
    be = d.year + BE_OFFSET
    year = f"{be % 100:02d}" if short else str(be)
    out = f"{d.day} {thai_month_name(d.month, short)} {year}"
    return arabic_to_thai(out) if thai_digits else out
