"""Dictionary-guided repair of systematic faults in Thai text layers.

PDF exporters damage Thai in ways that are the same all through a document:

==================  =====================================  ==================
kind                what the text layer holds              exported by
==================  =====================================  ==================
``sara_am_lost``    ``ประจาปี`` for ประจำปี (nikhahit lost)  Word 2007/2013
``sara_aa_as_am``   ``ควำมพึงพอใจ`` for ความพึงพอใจ            PowerPoint, Word 2019
``latin_tone``      ``ดlาน`` for ด้าน (Latin look-alikes)     Canva
``space_in_word``   ``เป็ น`` for เป็น                         many
==================  =====================================  ==================

Each suspicious character is only changed where the change turns non-words
into words (:mod:`oitwatch.thai.lexicon`): a run of Thai letters that the
word list already covers is never touched, and of the candidate spellings
the one covering most characters with words wins.
"""

from __future__ import annotations

import re
from collections import Counter

from oitwatch.thai.lexicon import THAI_RUN, restore_marks, score

__all__ = ["REPAIR_KINDS", "repair_ocr", "repair_words"]

REPAIR_KINDS = {
    "sara_am_lost": "ำ ที่หายไป (ประจาปี → ประจำปี) / lost sara am restored",
    "sara_aa_as_am": "า ที่กลายเป็น ำ (ควำม → ความ) / sara aa exported as sara am",
    "latin_tone": "อักษรละตินแทนวรรณยุกต์ (ดlาน → ด้าน) / Latin look-alikes for tone marks",
    "space_in_word": "ช่องว่างกลางคำ (เป็ น → เป็น) / stray space inside a word",
    "ocr_letter": "OCR อ่านอักษรคล้ายกันผิด (จัดชื่อ → จัดซื้อ) / OCR look-alike letters",
    "ocr_marks": "OCR ทำสระ/วรรณยุกต์หาย (บนทก → บันทึก) / marks OCR dropped",
    "ocr_year_fixed": "ปีที่ OCR อ่านผิด แก้ตามปีงบประมาณ / OCR year corrected",
    "ocr_year_unreliable": "ปีที่ OCR อ่านไม่ได้ ไม่นำไปตัดสิน / OCR year masked",
}
_WINDOW = 14
MARGIN = 3.0
"""How much more probable (natural log) a repaired stretch must be than the original."""
_SWAPS = {"\u0e32": ("\u0e33", "sara_am_lost"), "\u0e33": ("\u0e32", "sara_aa_as_am")}
_TONES = ("\u0e49", "\u0e48", "\u0e4a", "\u0e4b", "\u0e4c", "\u0e34", "\u0e35", "\u0e31", "\u0e47")
# Canva's fonts: the Latin letter its text layer holds for a shifted tone-mark glyph.
_LOOKALIKE = {"l": "\u0e49", "g": "\u0e49", "k": "\u0e48"}
_LATIN_IN_THAI = re.compile(r"(?<=[\u0e01-\u0e2e])[A-Za-z](?=[\u0e01-\u0e4e])")
_SPACE_AFTER_MARK = re.compile(r"(?<=[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]) (?=[\u0e01-\u0e2e])")


def _window_score(text: str) -> float:
    """Log-probability of ``text``'s Thai runs (anything else is neutral)."""
    return sum(score(m.group()) for m in THAI_RUN.finditer(text))


def _better(old: str, new: str) -> bool:
    """Do the words prefer ``new`` to ``old`` by a clear margin (log-probability)?"""
    return score(new) > score(old) + MARGIN


def _fix_run(
    run: str, counts: Counter[str], swaps: dict[str, tuple[str, str]] | None = None
) -> str:
    """Swap ำ/า (or ``swaps``) where the run's words say so: alone or with the next one near."""
    swaps = swaps or _SWAPS
    spots = [p for p, ch in enumerate(run) if ch in swaps]
    if not spots:
        return run
    chars = list(run)
    n = len(chars)
    for _ in range(2):  # a second pass sees the first pass's repairs on both sides
        changed = False
        for k, p in enumerate(spots):
            near = [q for q in spots[k + 1 : k + 2] if q - p <= 4]
            options = [(p,), *((q,) for q in near), *((p, q) for q in near)]
            a, b = max(0, p - _WINDOW), min(n, (near[-1] if near else p) + _WINDOW + 1)
            old = "".join(chars[a:b])
            best, top = None, score(old) + MARGIN
            for option in options:
                new = list(old)
                for q in option:
                    new[q - a] = swaps[new[q - a]][0]
                got = score("".join(new))
                if got > top:
                    best, top = option, got
            for q in best or ():
                swapped, kind = swaps[chars[q]]
                chars[q] = swapped
                counts[kind] += 1
                changed = True
        if not changed:
            break
    return "".join(chars)


def _best_of(text: str, m: re.Match[str], options: tuple[str, ...], prior: str = "") -> str:
    """The option for ``m`` the words prefer (``prior``, the usual look-alike, wins ties)."""
    a, b = max(0, m.start() - _WINDOW), min(len(text), m.end() + _WINDOW)
    head, tail = text[a : m.start()], text[m.end() : b]
    best, top = m.group(), _window_score(text[a:b]) + MARGIN
    if prior:
        got = _window_score(head + prior + tail)
        if got > top:
            best, top = prior, got + MARGIN
    for option in options:
        got = _window_score(head + option + tail)
        if (not prior or option != prior) and got > top:
            best, top = option, got
    return best


def _substitute(
    text: str, pattern: re.Pattern[str], options: tuple[str, ...], kind: str, counts: Counter[str]
) -> str:
    """Replace each match of ``pattern`` by its best option, left to right on the text so far."""
    pos = 0
    while m := pattern.search(text, pos):
        got = _best_of(text, m, options, _LOOKALIKE.get(m.group(), ""))
        if got != m.group():
            counts[kind] += 1
            text = text[: m.start()] + got + text[m.end() :]
        pos = m.start() + max(1, len(got))
    return text


def repair_words(text: str) -> tuple[str, dict[str, int]]:
    """``(repaired text, {kind: count})``; see the module docstring for the kinds."""
    counts: Counter[str] = Counter()
    if _LATIN_IN_THAI.search(text):
        text = _substitute(text, _LATIN_IN_THAI, _TONES, "latin_tone", counts)
    if _SPACE_AFTER_MARK.search(text):
        text = _substitute(text, _SPACE_AFTER_MARK, ("",), "space_in_word", counts)
    text = THAI_RUN.sub(lambda m: _fix_run(m.group(), counts), text)
    return text, dict(counts)


# Letters Tesseract's Thai model mistakes for each other (จัดชื่อ for จัดซื้อ).
_OCR_SWAPS = {
    a: (b, "ocr_letter")
    for x, y in ("ชซ", "ดต", "บป", "ผฝ", "พฟ", "ถภ", "ฎฏ", "ขฃ", "คฅ")
    for a, b in ((x, y), (y, x))
}


def repair_ocr(text: str) -> tuple[str, dict[str, int]]:
    """Dictionary-guided repair of what OCR misreads in Thai (after :func:`repair_words`).

    Look-alike letters (``ocr_letter``) and dropped vowel and tone marks
    (``ocr_marks``: บนทกขอความ -> บันทึกขอความ), only where the words clearly prefer it.
    """
    counts: Counter[str] = Counter()

    def fix(m: re.Match[str]) -> str:
        run = _fix_run(m.group(), counts, _OCR_SWAPS)
        restored, better, own = restore_marks(run)
        if restored != run and better > own + MARGIN:
            counts["ocr_marks"] += 1
            return restored
        return run

    return THAI_RUN.sub(fix, text), dict(counts)
