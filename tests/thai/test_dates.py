"""Dates, ranges and fiscal-year statements: seed strings, edge cases, round trips."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oitwatch.thai import (
    DateRange,
    find_date_ranges,
    find_dates,
    find_fiscal_years,
    format_thai_date,
    parse_date,
    thai_month_name,
    without_dates,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("๓๑ มกราคม ๒๕๖๕", date(2022, 1, 31)),  # seed 004
        ("๒๘ มีนาคม ๒๕๖๗", date(2024, 3, 28)),  # seed 002
        ("1 ต.ค. 2567", date(2024, 10, 1)),
        ("1ต.ค.67", date(2024, 10, 1)),
        ("1 ตค 2567", date(2024, 10, 1)),
        ("1/10/2567", date(2024, 10, 1)),
        ("01/10/67", date(2024, 10, 1)),
        ("๐๑/๑๐/๖๗", date(2024, 10, 1)),
        ("1.10.2567", date(2024, 10, 1)),
        ("2024-10-01", date(2024, 10, 1)),
        ("31 มกราคม พ.ศ. 2568", date(2025, 1, 31)),
        ("วันที่ 5 เดือน เมษายน พ.ศ. ๒๕๖๗", date(2024, 4, 5)),
        ("15 October 2024", date(2024, 10, 15)),
        ("October 15, 2024", date(2024, 10, 15)),
        ("15 Oct 2024", date(2024, 10, 15)),
        ("1 มกราคม 2025", date(2025, 1, 1)),  # a year below 2400 is CE
        ("ต.ค. ๖๔", date(2021, 10, 1)),
        ("ตุลาคม ๒๕๖๗", date(2024, 10, 1)),
        ("ตุลาคม พ.ศ. ๒๕๖๗", date(2024, 10, 1)),
        ("กรกฏาคม 2567", date(2024, 7, 1)),  # common misspelling
        ("October 2024", date(2024, 10, 1)),
        ("พ.ศ. ๒๕๖๗", date(2024, 1, 1)),
        ("29 ก.พ. 2567", date(2024, 2, 29)),
    ],
)
def test_parse_date(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "31 ก.พ. 2567",  # no such day, and no month reading either
        "30/02/2567",
        "ไม่มีวันที่",
        "2567",
        "ก.พ.ร. 2567",  # the commission, not February
        "1 ต.ค. 2567 - 31 ต.ค. 2567",  # two dates
        "13/13/2567",
        "May 15",
        "เดือนมีนาคม 31 วัน",
        "",
    ],
)
def test_parse_date_rejects(text: str) -> None:
    assert parse_date(text) is None


def test_find_dates_precision_and_spans() -> None:
    text = "ประกาศ ณ วันที่ ๓๑ มกราคม ๒๕๖๕ รายงานเดือน ต.ค. ๖๔ ปี พ.ศ. ๒๕๖๕"
    found = find_dates(text)
    assert [(m.date, m.precision) for m in found] == [
        (date(2022, 1, 31), "day"),
        (date(2021, 10, 1), "month"),
        (date(2022, 1, 1), "year"),
    ]
    assert [m.text for m in found] == ["๓๑ มกราคม ๒๕๖๕", "ต.ค. ๖๔", "พ.ศ. ๒๕๖๕"]
    assert all(text[m.start : m.end] == m.text for m in found)


def test_find_dates_ignores_look_alikes() -> None:
    text = "สมคิด พยาบาล ก.พ.ร. โทร 02 123 4567 ข้อ 10.1 เวลา ๐๙.๐๐ - ๑๖.๐๐ น. 1,050.00 บาท"
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("ตลอดปีงบประมาณ (ต.ค. ๖๔ - ก.ย. ๖๕)", date(2021, 10, 1), date(2022, 9, 30)),  # seed 004
        ("รอบ ๖ เดือนแรก (ตุลาคม ๒๕๖๖ - มีนาคม ๒๕๖๗)", date(2023, 10, 1), date(2024, 3, 31)),
        ("(ต.ค.67-มี.ค.68)", date(2024, 10, 1), date(2025, 3, 31)),
        ("1 ตุลาคม 2566 – 31 มีนาคม 2567", date(2023, 10, 1), date(2024, 3, 31)),
        ("ตั้งแต่ 1 ต.ค. 2567 ถึง 15 ม.ค. 2568", date(2024, 10, 1), date(2025, 1, 15)),
        ("พฤศจิกายน 2567 ถึง กุมภาพันธ์ 2568", date(2024, 11, 1), date(2025, 2, 28)),
        ("1 - 31 ตุลาคม 2567", date(2024, 10, 1), date(2024, 10, 31)),
        ("ตุลาคม - ธันวาคม 2567", date(2024, 10, 1), date(2024, 12, 31)),
        ("ตุลาคม - มีนาคม 2568", date(2024, 10, 1), date(2025, 3, 31)),
        ("October 2024 to March 2025", date(2024, 10, 1), date(2025, 3, 31)),
    ],
)
def test_find_date_ranges(text: str, start: date, end: date) -> None:
    ranges = find_date_ranges(text)
    assert [(r.start, r.end) for r in ranges] == [(start, end)]


def test_range_positions_and_backwards_ranges() -> None:
    text = "ช่วง ต.ค. ๖๔ - ก.ย. ๖๕ และ มี.ค. 68 - ต.ค. 67"
    assert find_date_ranges(text) == [DateRange(date(2021, 10, 1), date(2022, 9, 30), 5, 22)]
    assert text[5:22] == "ต.ค. ๖๔ - ก.ย. ๖๕"
    assert find_date_ranges("๒๘ มีนาคม ๒๕๖๗ และ ๒๙ มีนาคม ๒๕๖๗") == []


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", [2568]),
        ("ปีงบประมาณ 2568", [2568]),
        ("ปีงบ 68", [2568]),
        ("FY2568", [2568]),
        ("FY 2025 / fiscal year 2025", [2568]),
        ("ปีงบประมาณ พ.ศ. ๒๕๖๕ ... ปีงบประมาณ ๒๕๖๔ ... ปีงบประมาณ พ.ศ. ๒๕๖๕", [2565, 2564]),
        ("แผนปีงบประมาณ 2566-2568", [2566, 2567, 2568]),
        ("ตลอดปีงบประมาณ (ต.ค. ๖๔ - ก.ย. ๖๕)", []),
        ("ปี พ.ศ. 2568 งบประมาณ 1,000 บาท", []),
        ("ปีงบ 12 เดือน", []),
    ],
)
def test_find_fiscal_years(text: str, years: list[int]) -> None:
    assert find_fiscal_years(text) == years


def test_format_thai_date() -> None:
    d = date(2025, 1, 31)
    assert format_thai_date(d) == "31 มกราคม 2568"
    assert format_thai_date(d, short=True) == "31 ม.ค. 68"
    assert format_thai_date(d, thai_digits=True) == "๓๑ มกราคม ๒๕๖๘"
    assert format_thai_date(d, short=True, thai_digits=True) == "๓๑ ม.ค. ๖๘"
    assert thai_month_name(10) == "ตุลาคม" and thai_month_name(10, short=True) == "ต.ค."
    with pytest.raises(ValueError):
        thai_month_name(13)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2150, 12, 31)), st.booleans())
def test_long_format_round_trip(d: date, thai_digits: bool) -> None:
    assert parse_date(format_thai_date(d, thai_digits=thai_digits)) == d


@given(st.dates(min_value=date(1997, 1, 1), max_value=date(2056, 12, 31)), st.booleans())
def test_short_format_round_trip(d: date, thai_digits: bool) -> None:
    """Short years are BE 2540..2599, so the round trip holds for CE 1997..2056."""
    assert parse_date(format_thai_date(d, short=True, thai_digits=thai_digits)) == d


@given(st.text(alphabet="0123456789๐๑๒๓๔๕๖๗๘๙ /.-–มกราคมต.ค.ก.พ.พ.ศ.ปีงบOctober", max_size=40))
def test_never_raises(text: str) -> None:
    for m in find_dates(text):
        assert text[m.start : m.end] == m.text
    for r in find_date_ranges(text):
        assert r.start <= r.end
    find_fiscal_years(text)
    parse_date(text)


def test_fiscal_year_with_era_is_not_a_calendar_year():
    # "ปีงบประมาณ พ.ศ. ๒๕๖๘" is FY2568 (Oct 2024 - Sep 2025), not calendar 2025; like
    # "ปีงบประมาณ 2568" it gives no date, so a monthly report naming its month bare
    # ("ประจำเดือนตุลาคม ปีงบประมาณ พ.ศ. 2568") is read through find_fiscal_years
    for text in (
        "ประจำเดือนตุลาคม ปีงบประมาณ พ.ศ. 2568",
        "ปีงบประมาณพ.ศ.๒๕๖๘",
        "ปีงบ พ.ศ. 2568",
        "ปีงบประมาณ  พ.ศ. ๒๕๖๘",
    ):
        assert find_dates(text) == [], text
        assert parse_date(text) is None
        assert find_fiscal_years(text) == [2568]
    # a calendar year with its era still is one
    assert parse_date("ปี พ.ศ. ๒๕๖๘") == date(2025, 1, 1)


def test_dotless_abbreviation_with_a_final_dot():
    # "ตค.67" (the inner dot dropped, the final one kept) is as common as "ตค 67"
    assert parse_date("ตค.67") == date(2024, 10, 1)
    assert parse_date("๓๑ ธค. ๖๗") == date(2024, 12, 31)
    assert find_date_ranges("ตค.67-กย.68") == [
        DateRange(date(2024, 10, 1), date(2025, 9, 30), 0, 11)
    ]
    assert find_dates("ก.พ.ร.") == []  # still the commission, not February


def test_a_period_is_not_one_date():
    for text in ("ต.ค.-ธ.ค. 67", "ธันวาคม - มกราคม ๒๕๖๘", "ไตรมาสที่ 1 (ต.ค.-ธ.ค. 2567)"):
        assert find_date_ranges(text), text
        assert parse_date(text) is None, text
    assert parse_date("ธันวาคม ๒๕๖๗") == date(2024, 12, 1)


def test_fy_inside_an_english_word_is_not_a_fiscal_year():
    for text in ("Certify 2568", "Identify 2024 priorities", "Simplify 68 steps"):
        assert find_fiscal_years(text) == [], text
    assert find_fiscal_years("(FY2025) FY 68 fiscal year 2569") == [2568, 2569]


def test_a_number_on_the_line_before_is_not_the_day():
    # a monthly table read row by row: "ก.พ. 68 | 1 | 0 | 1" then "มี.ค. 68 | 0 ...". The 1
    # closing February's row is a count, not "1 March": March is a month of its own.
    rows = "ก.พ. 68 1 0 1\nมี.ค. 68 0 0 0"
    assert [(m.date, m.precision) for m in find_dates(rows)] == [
        (date(2025, 2, 1), "month"),
        (date(2025, 3, 1), "month"),
    ]
    assert parse_date("1 มี.ค. 68") == date(2025, 3, 1)  # on one line it is a day


@pytest.mark.parametrize(
    ("line", "figures"),
    [
        ("ต.ค. ๖๗  ๐  ๐  ๐", True),  # a row of a monthly table: counts besides its month
        ("รายงาน ณ วันที่ ๓๑ มีนาคม ๒๕๖๘", False),
        ("ประจำปีงบประมาณ พ.ศ. 2568", False),
        ("โทร. 0 2465 1234", True),
        ("งบประมาณ 1,250,000 บาท ปี 2567", True),
    ],
)
def test_without_dates_leaves_only_figures(line: str, figures: bool) -> None:
    assert (re.search(r"\d", without_dates(line)) is not None) is figures
