"""The --as-of date option (oitwatch._cli.DateParam): Thai digits, Buddhist era, nonsense refused."""

from __future__ import annotations

from datetime import date

import click
import pytest

from oitwatch._cli import DateParam


def test_date_param_reads_thai_and_be_dates():
    p = DateParam()
    assert p.convert("๒๕๖๘-๐๔-๓๐", None, None) == date(2025, 4, 30)
    assert p.convert("2025-04-30", None, None) == date(2025, 4, 30)


@pytest.mark.parametrize("text", ["68-04-30", "๖๘-๐๔-๓๐", "0001-01-01", "2568-02-29"])
def test_date_param_refuses_short_or_impossible_years(text):
    # "68-04-30" used to become 0068-04-30: fiscal year 611, every item stale
    with pytest.raises(click.BadParameter):
        DateParam().convert(text, None, None)
