"""PyThaiNLP as an oracle: our fast, import-cheap functions agree with it.

The toolkit avoids importing PyThaiNLP at run time (~150 ms); these tests keep
it honest against PyThaiNLP 5.4's digit conversion, ``thai_strftime`` and
``thai_strptime``.
"""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st
from pythainlp.util import (
    arabic_digit_to_thai_digit,
    thai_digit_to_arabic_digit,
    thai_strftime,
    thai_strptime,
)

from oitwatch.thai import arabic_to_thai, format_thai_date, parse_date, thai_to_arabic

dates = st.dates(min_value=date(1997, 1, 1), max_value=date(2056, 12, 31))


@given(st.text(alphabet="0123456789๐๑๒๓๔๕๖๗๘๙ กขค.,abc", min_size=1))
def test_digits_agree(text: str) -> None:
    assert thai_to_arabic(text) == thai_digit_to_arabic_digit(text)
    assert arabic_to_thai(text) == arabic_digit_to_thai_digit(text)


@given(dates, st.booleans(), st.booleans())
def test_format_agrees_with_thai_strftime(d: date, short: bool, thai_digits: bool) -> None:
    fmt = "%-d %b %y" if short else "%-d %B %Y"
    expected = thai_strftime(datetime(d.year, d.month, d.day), fmt, thaidigit=thai_digits)
    assert format_thai_date(d, short=short, thai_digits=thai_digits) == expected


@given(dates)
def test_parse_agrees_with_thai_strptime(d: date) -> None:
    text = format_thai_date(d)
    assert parse_date(text) == thai_strptime(text, "%d %B %Y").date()
