"""OIT item codes (O1..O99) in their many spellings.

Seeds spell codes ``O15``, ``O๑๕``, ``0๑๕`` (digit zero for letter O), ``๐๑๒``
(Thai zero), ``O 15``, ``O-15``, ``O.15``. In running text a zero-for-O form is
accepted only where it cannot be a number: a zero followed by Thai digits in
another script (``0๑๕``), or a zero at a token start followed by one or two
digits and then a title (``๐๑๒ รายงานผล...``), never a year, phone number,
money amount, time (``๐๙.๐๐``), sub-indicator (``10.1``) or day (``05 มีนาคม``).

An OIT table's rows may number their items as clauses (``ข้อ ๑๕ ข้อมูลเชิงสถิติ...``,
``ข้อที่ 15``): read only where asked (``clauses=True``: an index's rows and headings, whose
words must still name the item), never in running text, where ``ข้อ ๑`` is a rule's clause.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from oitwatch.thai._months import month_re
from oitwatch.thai.digits import thai_to_arabic

__all__ = ["CodeMatch", "find_codes", "normalize_code"]

_D = "[0-9๐-๙]"
_TOKEN_RE = re.compile(rf"[Oo0๐]\s*[-.–]?\s*({_D}{{1,3}})")
_LATIN_RE = re.compile(
    rf"(?<![A-Za-z0-9๐-๙_])[Oo](?:[ \t]?[-.–][ \t]?|[ \t])?({_D}{{1,3}})(?!{_D})"
)
_ZERO_RE = re.compile(rf"(?:^|(?<=[\s(\[{{<>\"'“‘•*|]))([0๐])({_D}{{1,2}})(?!{_D})")
_CLAUSE_RE = re.compile(rf"(?:^|(?<=[\s(\[{{<>\"'“‘•*|]))ข้อ(?:ที่)?[ \t]*({_D}{{1,2}})(?!{_D})")
# After a code there must be no more number: "0.15", "๐๙.๐๐", "02 123 4567", "0-2465".
_NUMBER_GOES_ON = re.compile(rf"\s*[-–.,:/]?\s*{_D}")
_LATIN_NUMBER_GOES_ON = re.compile(rf"[.,:/]{_D}")
# A number just before, on the same line: "467 080 027 052" is a list of numbers.
_NUMBER_BEFORE = re.compile(rf"{_D}[ \t\-–/.,:]*\Z")
_TITLE_START = re.compile(r"[ \t]*[.)]?[ \t]*(?=[ก-ฮเ-ไA-Za-z])")
_UNITS = re.compile(
    r"(?:คน|ราย|น\.|นาฬิกา|นาที|ชั่วโมง|ชม\.|วัน|เดือน|ปี|บาท|ครั้ง|แห่ง|เรื่อง|ฉบับ|หน่วย|ชุด|"
    r"เล่ม|ข้อ|ลำดับ|am|pm|hrs?|min)(?![ก-ฮะ-ฺเ-๎A-Za-z])",
    re.IGNORECASE,
)


class CodeMatch(NamedTuple):
    """An item code found in text: normalized ``code`` (``"O15"``) and its span."""

    code: str
    start: int
    end: int


def _code(digits: str) -> str | None:
    n = int(thai_to_arabic(digits))
    return f"O{n}" if 1 <= n <= 99 else None


def normalize_code(token: str) -> str | None:
    """``"O๑๕"``, ``"0๑๕"``, ``"o15"``, ``"O 15"``, ``"O-15"``, ``"O.15"`` -> ``"O15"``.

    The whole token must be a code (surrounding spaces and a trailing ``.``/``:``
    are allowed); anything else, or a number outside 1..99, gives ``None``.
    """
    text = unicodedata.normalize("NFKC", token).strip().rstrip(".:").strip()
    m = _TOKEN_RE.fullmatch(text)
    if m is None:
        return None
    if text[0] in "0๐" and not re.fullmatch(rf"[0๐]{_D}{{1,2}}", text):
        return None  # "0.15", "0-15", "0 15" are numbers, not codes
    return _code(m.group(1))


def _zero_form_is_code(text: str, m: re.Match[str]) -> bool:
    rest = text[m.end() :]
    if _NUMBER_GOES_ON.match(rest):
        return False
    zero, digits = m.group(1), m.group(2)
    if zero == "0" and all(c in "๐๑๒๓๔๕๖๗๘๙" for c in digits):
        return True  # mixed scripts: nobody writes a number like that
    if _NUMBER_BEFORE.search(text, max(0, m.start() - 4), m.start()):
        return False
    title = _TITLE_START.match(rest)
    if title is None:
        return False
    after = rest[title.end() :]
    return not (_UNITS.match(after) or month_re().match(after))


def find_codes(text: str, *, clauses: bool = False) -> list[CodeMatch]:
    """Every item code in ``text``, in order, as :class:`CodeMatch` (normalized code, span);
    with ``clauses``, items numbered as clauses too (``ข้อ ๑๕ ...`` before the item's title)."""
    found: list[CodeMatch] = []
    if clauses:
        for m in _CLAUSE_RE.finditer(text):
            rest = text[m.end() :]
            title = _TITLE_START.match(rest)
            if _NUMBER_GOES_ON.match(rest) or title is None:
                continue  # "ข้อ 1.2", "ข้อ 15/2": a sub-clause, not an item
            after = rest[title.end() :]
            if _UNITS.match(after) or month_re().match(after):
                continue
            code = _code(m.group(1))
            if code:
                found.append(CodeMatch(code, m.start(), m.end()))
    for m in _LATIN_RE.finditer(text):
        if _LATIN_NUMBER_GOES_ON.match(text, m.end()):
            continue  # "O10.1" is not O10
        code = _code(m.group(1))
        if code:
            found.append(CodeMatch(code, m.start(), m.end()))
    for m in _ZERO_RE.finditer(text):
        code = _code(m.group(2))
        if code and _zero_form_is_code(text, m):
            found.append(CodeMatch(code, m.start(1), m.end()))
    found.sort(key=lambda c: c.start)
    return found
