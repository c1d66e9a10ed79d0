"""Years in OCR text: Tesseract reads Thai ๖ as ๒ and ๘ as ๕ or ๐ (๒๕๖๘ -> ๒๕๒๕).

A year read by OCR that cannot be right (far from the as-of year) is corrected
when exactly one reading through the known digit confusions is a fiscal year
near the as-of year; otherwise it is masked (``๒๕??``) so that it never decides
freshness. The caller keeps the OCR text as read for evidence.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection
from datetime import date

from oitwatch.thai.fiscal import fiscal_year_of

__all__ = ["fix_ocr_years"]

# What OCR printed -> what the page may have said (Tesseract's Thai model reads ๔ as ๕ in
# some typefaces: ๒๕๖๔ came out ๒๕๒๕ on a tlwg Norasi scan, as ๒๕๖๘ does elsewhere).
_CONFUSED = {
    "๒": "๖",
    "๕": "๘๔",
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


def _readings(read: str, low: int, high: int) -> dict[int, str]:
    """Every near year ``read`` may stand for through the known confusions (any number)."""
    spots = [i for i, c in enumerate(read) if i >= 2 and c in _CONFUSED]
    found: dict[int, str] = {}
    for k in range(1, len(spots) + 1):
        for subset in itertools.combinations(spots, k):
            for chars in itertools.product(*(_CONFUSED[read[i]] for i in subset)):
                digits = list(read)
                for i, c in zip(subset, chars, strict=True):
                    digits[i] = c
                value = _value("".join(digits))
                if low <= value <= high:
                    found.setdefault(value, "".join(digits))
    return found


def fix_ocr_years(
    text: str, as_of: date | None = None, hints: Collection[int] = ()
) -> tuple[str, dict[str, int]]:
    """``(text, {"ocr_year_fixed": n, "ocr_year_unreliable": m})`` (zero counts left out).

    A year that cannot be right is corrected when one near year only reads as it; when
    several do (๒๕๒๕: ๒๕๖๔ or ๒๕๖๕), the one the document states clearly elsewhere or
    ``hints`` names (years in its URL) is taken, else the one whose previous year the
    document states clearly (a fiscal year's span: ตุลาคม ๒๕๖๓ - กันยายน ๒๕๖๔); else it
    is masked.
    """
    fy = fiscal_year_of(as_of or date.today())
    low, high = fy - _PLAUSIBLE_BACK, fy + 1
    counts = {"ocr_year_fixed": 0, "ocr_year_unreliable": 0}
    clear: set[int] = set()
    choices: dict[str, dict[int, str]] = {}
    for m in _YEAR.finditer(text):
        read = m.group(1)
        if low <= _value(read) <= high:
            clear.add(_value(read))
            continue
        found = choices[read] = _readings(read, fy + _NEAR[0], fy + _NEAR[1])
        if len(found) == 1:
            clear.update(found)
    named = clear | set(hints)

    def fix(m: re.Match[str]) -> str:
        read = m.group(1)
        if read not in choices:
            return read
        found = choices[read]
        for keep in (
            found,
            {y: t for y, t in found.items() if y in named},
            {y: t for y, t in found.items() if y - 1 in clear},
        ):
            if len(keep) == 1:
                counts["ocr_year_fixed"] += 1
                return next(iter(keep.values()))
        counts["ocr_year_unreliable"] += 1
        return read[:2] + "??"

    text = _YEAR.sub(fix, text)
    return text, {k: v for k, v in counts.items() if v}
