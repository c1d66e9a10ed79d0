"""Thai digits (๐-๙) to Arabic digits (0-9) and back.

Both conversions keep the text's length, so positions found in a converted
string are valid in the original one (the date and code finders rely on it).
PyThaiNLP's ``thai_digit_to_arabic_digit`` does the same translation, but
importing ``pythainlp.util`` costs ~150 ms; a translate table costs nothing.
"""

from __future__ import annotations

__all__ = ["THAI_DIGITS", "arabic_to_thai", "thai_to_arabic"]

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)


def thai_to_arabic(text: str) -> str:
    """Replace every Thai digit with its Arabic digit: ``"๒๕๖๘"`` -> ``"2568"``."""
    return text.translate(_TO_ARABIC)


def arabic_to_thai(text: str) -> str:
    """Replace every Arabic digit with its Thai digit: ``"2568"`` -> ``"๒๕๖๘"``."""
    return text.translate(_TO_THAI)
