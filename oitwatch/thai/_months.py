"""Month names (Thai full, Thai abbreviated, English) and their regular expression."""

from __future__ import annotations

import functools
import re

THAI_MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
THAI_MONTHS_SHORT = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
ENGLISH_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# Common misspellings seen on agency sites.
_THAI_VARIANTS = {"กรกฏาคม": 7, "กุมภาพันธ": 2, "พฤษภาคาม": 5}

_THAI_LETTER = "ก-ฮะ-ฺเ-ๅ็-๎"


def _abbr_pattern(abbr: str) -> str:
    """``"มี.ค."`` -> a pattern accepting ``มี.ค.``, ``มี.ค``, ``มี. ค.``, ``มีค`` and ``มีค.``.

    Dot-less forms must not touch a Thai letter ("สมคิด", "พยาบาล" are words);
    no form may run on into a letter ("ก.พ.ร." is an office, not February).
    """
    parts = [re.escape(p) for p in abbr.split(".") if p]
    dotted = r"\.\s?".join(parts) + r"\.?+"
    bare = "".join(parts)
    return rf"(?:{dotted}|(?<![{_THAI_LETTER}]){bare}\.?)(?![{_THAI_LETTER}])"


@functools.cache
def _build() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    """Compiled on first use: keeps ``import oitwatch.thai`` cheap."""
    alts: list[tuple[str, str, int]] = []  # (pattern, name, month)
    english: list[str] = []
    lookup: dict[str, int] = {}
    for i, name in enumerate(THAI_MONTHS, 1):
        alts.append((re.escape(name), name, i))
        lookup[name] = i
    for name, i in _THAI_VARIANTS.items():
        alts.append((re.escape(name), name, i))
        lookup[name] = i
    for i, abbr in enumerate(THAI_MONTHS_SHORT, 1):
        alts.append((_abbr_pattern(abbr), abbr, i))
        lookup[abbr.replace(".", "")] = i
    for i, name in enumerate(ENGLISH_MONTHS, 1):
        short = name[:3]
        extra = "|sept" if i == 9 else ""
        english.append(rf"(?<![a-z])(?:{name}|{short}{extra})\.?(?![a-z])")
        lookup[name] = i
        lookup[short] = i
    lookup["sept"] = 9
    alts.sort(key=lambda a: -len(a[1]))
    # The look-ahead on the first letter lets the engine skip most positions fast.
    en = "(?=[jfmasond])(?:" + "|".join(english) + ")"
    pattern = "(?=[มกเพสตธ])(?:" + "|".join(f"(?:{p})" for p, _, _ in alts) + ")|" + en
    return re.compile(pattern, re.IGNORECASE), re.compile(en, re.IGNORECASE), lookup


def month_re() -> re.Pattern[str]:
    """A regular expression matching any month name or abbreviation."""
    return _build()[0]


def english_month_re() -> re.Pattern[str]:
    """A regular expression matching English month names and abbreviations only."""
    return _build()[1]


def month_number(token: str) -> int | None:
    """The month (1..12) a matched month token names, else ``None``."""
    key = re.sub(r"[.\s]", "", token).casefold()
    lookup = _build()[2]
    return lookup.get(key) or lookup.get(key[:3] if key.isascii() else key)
