"""Years in OCR text: Tesseract reads Thai ๖ as ๒ and ๘ as ๕ or ๐ (๒๕๖๘ -> ๒๕๒๕).

A year read by OCR that cannot be right (far from the as-of year) is corrected
when exactly one reading through the known digit confusions is a fiscal year
near the as-of year; otherwise it is masked (``๒๕??``) so that it never decides
freshness. The caller keeps the OCR text as read for evidence.
"""

from __future__ import annotations

import itertools
import re
from datetime import date

from oitwatch.thai.fiscal import fiscal_year_of

__all__ = ["fix_ocr_years"]

# What OCR printed -> what the page may have said.
_CONFUSED = {
    "๒": "๖",
    "๕": "๘",
    "๐": "๘",
    "๓": "๘",
    "๙": "๖",
    "2": "6",
    "5": "8",
    "0": "8",
    "3": "8",
}
_YEAR = re.compile(r"(?<![0-9๐-๙])([2๒][4-6๔-๖][0-9๐-๙]{2})(?![0-9๐-๙])")
_PLAUSIBLE_BACK = 30  # years before the as-of year a document may still state
_NEAR = (-2, 1)  # fiscal years near the as-of year a correction may land on


def _value(digits: str) -> int:
    return int(digits.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")))


def fix_ocr_years(text: str, as_of: date | None = None) -> tuple[str, dict[str, int]]:
    """``(text, {"ocr_year_fixed": n, "ocr_year_unreliable": m})`` (zero counts left out)."""
    fy = fiscal_year_of(as_of or date.today())
    low, high = fy - _PLAUSIBLE_BACK, fy + 1
    counts = {"ocr_year_fixed": 0, "ocr_year_unreliable": 0}

    def fix(m: re.Match[str]) -> str:
        read = m.group(1)
        if low <= _value(read) <= high:
            return read
        spots = [i for i, c in enumerate(read) if i >= 2 and c in _CONFUSED]
        found: dict[int, str] = {}
        for k in range(1, len(spots) + 1):
            for subset in itertools.combinations(spots, k):
                chars = list(read)
                for i in subset:
                    chars[i] = _CONFUSED[chars[i]]
                value = _value("".join(chars))
                if fy + _NEAR[0] <= value <= fy + _NEAR[1]:
                    found.setdefault(value, "".join(chars))
            if found:
                break  # the fewest substitutions that give a near year
        if len(found) == 1:
            counts["ocr_year_fixed"] += 1
            return next(iter(found.values()))
        counts["ocr_year_unreliable"] += 1
        return read[:2] + "??"

    text = _YEAR.sub(fix, text)
    return text, {k: v for k, v in counts.items() if v}
