"""Thai text toolkit: digits, item codes, dates and fiscal years, repair of extracted text.

Everything here is pure functions on strings; nothing imports PyThaiNLP at
module load (its import costs ~150 ms).
"""

from __future__ import annotations

from oitwatch.thai.codes import CodeMatch, find_codes, normalize_code
from oitwatch.thai.dates import (
    DateMatch,
    DateRange,
    find_date_ranges,
    find_dates,
    find_fiscal_years,
    format_thai_date,
    parse_date,
    thai_month_name,
    without_dates,
)
from oitwatch.thai.digits import arabic_to_thai, thai_to_arabic
from oitwatch.thai.fiscal import (
    be_to_ce,
    ce_to_be,
    first_half,
    fiscal_year_bounds,
    fiscal_year_months,
    fiscal_year_of,
    second_half,
)
from oitwatch.thai.repair import (
    READABLE,
    compact_for_match,
    normalize_for_match,
    repair_extracted,
    text_quality,
)

__all__ = [
    "READABLE",
    "CodeMatch",
    "DateMatch",
    "DateRange",
    "arabic_to_thai",
    "be_to_ce",
    "ce_to_be",
    "compact_for_match",
    "find_codes",
    "find_date_ranges",
    "find_dates",
    "find_fiscal_years",
    "first_half",
    "fiscal_year_bounds",
    "fiscal_year_months",
    "fiscal_year_of",
    "format_thai_date",
    "normalize_code",
    "normalize_for_match",
    "parse_date",
    "repair_extracted",
    "second_half",
    "text_quality",
    "thai_month_name",
    "thai_to_arabic",
    "without_dates",
]
