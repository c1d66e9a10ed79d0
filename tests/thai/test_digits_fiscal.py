"""Digits and fiscal-year arithmetic: examples and hypothesis invariants."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oitwatch.thai import (
    arabic_to_thai,
    be_to_ce,
    ce_to_be,
    first_half,
    fiscal_year_bounds,
    fiscal_year_months,
    fiscal_year_of,
    second_half,
    thai_to_arabic,
)

fiscal_years = st.integers(min_value=2450, max_value=2700)


def test_digits_examples() -> None:
    assert thai_to_arabic("ปีงบประมาณ พ.ศ. ๒๕๖๘ O๑๕") == "ปีงบประมาณ พ.ศ. 2568 O15"
    assert arabic_to_thai("31 มกราคม 2565") == "๓๑ มกราคม ๒๕๖๕"
    assert thai_to_arabic("no digits") == "no digits"


@given(st.text())
def test_digit_round_trip_from_arabic(text: str) -> None:
    thai = arabic_to_thai(text)
    assert not any(c in "0123456789" for c in thai)
    assert len(thai) == len(text)
    if not any(c in "๐๑๒๓๔๕๖๗๘๙" for c in text):
        assert thai_to_arabic(thai) == text


@given(st.integers(min_value=0))
def test_number_round_trip(n: int) -> None:
    thai = arabic_to_thai(str(n))
    assert set(thai) <= set("๐๑๒๓๔๕๖๗๘๙")
    assert int(thai_to_arabic(thai)) == n


def test_fiscal_examples() -> None:
    assert fiscal_year_bounds(2568) == (date(2024, 10, 1), date(2025, 9, 30))
    assert first_half(2567) == (date(2023, 10, 1), date(2024, 3, 31))
    assert second_half(2568) == (date(2025, 4, 1), date(2025, 9, 30))
    assert fiscal_year_of(date(2024, 10, 1)) == 2568
    assert fiscal_year_of(date(2024, 9, 30)) == 2567
    assert be_to_ce(2568) == 2025 and ce_to_be(2025) == 2568
    assert fiscal_year_months(2568)[:3] == [(2024, 10), (2024, 11), (2024, 12)]
    assert fiscal_year_months(2568)[-1] == (2025, 9)


@given(fiscal_years)
def test_every_day_of_a_fiscal_year_belongs_to_it(fy: int) -> None:
    start, end = fiscal_year_bounds(fy)
    assert fiscal_year_of(start - timedelta(days=1)) == fy - 1
    assert fiscal_year_of(end + timedelta(days=1)) == fy + 1
    day = start
    while day <= end:
        assert fiscal_year_of(day) == fy
        day += timedelta(days=1)


@given(fiscal_years)
def test_months_are_october_to_september(fy: int) -> None:
    months = fiscal_year_months(fy)
    assert len(months) == 12
    assert [m for _, m in months] == [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    start, end = fiscal_year_bounds(fy)
    assert months[0] == (start.year, start.month) and months[-1] == (end.year, end.month)
    assert all(fiscal_year_of(date(y, m, 15)) == fy for y, m in months)


@given(fiscal_years)
def test_halves_split_the_year(fy: int) -> None:
    start, end = fiscal_year_bounds(fy)
    h1, h2 = first_half(fy), second_half(fy)
    assert h1[0] == start and h2[1] == end
    assert h2[0] - h1[1] == timedelta(days=1)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2150, 12, 31)))
def test_fiscal_year_of_lies_in_bounds(d: date) -> None:
    start, end = fiscal_year_bounds(fiscal_year_of(d))
    assert start <= d <= end


@pytest.mark.parametrize("year", [2500, 2567, 2568])
def test_era_round_trip(year: int) -> None:
    assert ce_to_be(be_to_ce(year)) == year
