"""Repair text extracted from Thai PDFs and web pages, judge its quality, fold it for matching.

Extraction breaks Thai in known ways: legacy fonts put tone marks and vowels
in the Private Use Area (U+F700-U+F71A Windows, U+F884-U+F898 Mac); OCR and
broken font tables produce Lao look-alike letters (seed 004: ``คະແນນເລີຍ``);
``ํา`` (nikhahit + sara aa) instead of ``ำ``; spaces before combining marks;
tone marks before the vowel they sit on; ``เเ`` typed for ``แ``; Devanagari look-alikes inside Thai words; zero-width
characters; letter-spaced headings and years (``ค ู ่ ม ื อ``, ``๒ ๕ ๖ ๗``) and clusters placed one
by one (distributed justification), which extraction spaces or puts on lines of their own.
:func:`repair_extracted` undoes these (:func:`join_broken_lines` a text layer's line break inside
a word, ``ราคากล`` / ``าง``); :func:`text_quality` says whether the text is worth using or OCR should be tried
instead.

PyThaiNLP's ``normalize()`` is deliberately not used on raw PDF text: it
deletes vowels that follow stray spaces.
"""

from __future__ import annotations

import re
import unicodedata

from oitwatch.thai.digits import thai_to_arabic

__all__ = [
    "READABLE",
    "compact_for_match",
    "join_broken_lines",
    "join_spaced",
    "language_share",
    "normalize_for_match",
    "repair_extracted",
    "text_quality",
]

READABLE = 0.6
"""Texts scoring below this are not readable: try OCR."""

# Lao letters that look like Thai ones. Mostly the parallel code point (Lao = Thai + 0x80),
# except where the parallel letter looks different: ຊ looks like ซ, ຍ like ย.
_LAO_TO_THAI = {cp: cp - 0x80 for cp in (*range(0x0E81, 0x0EAF + 1), *range(0x0EB0, 0x0ECD + 1))}
_LAO_TO_THAI |= {0x0E8A: 0x0E0B, 0x0E8D: 0x0E22}
_LAO_TO_THAI |= {cp: cp - 0x80 for cp in range(0x0ED0, 0x0ED9 + 1)}  # digits
for _cp in (0x0EBB, 0x0EBC, 0x0EBD, 0x0EC5, 0x0EC7):  # no Thai look-alike: leave
    _LAO_TO_THAI.pop(_cp, None)

_PUA_TO_THAI = {
    0xF700: "ฐ", 0xF70F: "ญ",  # descender removed
    0xF701: "ิ", 0xF702: "ี", 0xF703: "ึ", 0xF704: "ื",  # shifted left
    0xF705: "่", 0xF706: "้", 0xF707: "๊", 0xF708: "๋", 0xF709: "์",  # down-left
    0xF70A: "่", 0xF70B: "้", 0xF70C: "๊", 0xF70D: "๋", 0xF70E: "์",  # down
    0xF710: "ั", 0xF711: "ํ", 0xF712: "็",  # shifted left
    0xF713: "่", 0xF714: "้", 0xF715: "๊", 0xF716: "๋", 0xF717: "์",  # shifted left
    0xF718: "ุ", 0xF719: "ู", 0xF71A: "ฺ",  # shifted down
    0xF884: "ั", 0xF885: "ิ", 0xF886: "ี", 0xF887: "ึ", 0xF888: "ื", 0xF889: "็",  # Mac
    0xF88A: "่", 0xF88B: "่", 0xF88C: "่", 0xF88D: "้", 0xF88E: "้", 0xF88F: "้",
    0xF890: "๊", 0xF891: "๊", 0xF892: "๊", 0xF893: "๋", 0xF894: "๋", 0xF895: "๋",
    0xF896: "์", 0xF897: "์", 0xF898: "์",
}  # fmt: skip
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_TRANSLATE = {**_ZERO_WIDTH, **_PUA_TO_THAI, **_LAO_TO_THAI}

_THAI = "\u0e01-\u0e4e"
_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"  # above/below vowels, tone marks, others
_TONES = "\u0e48-\u0e4c"
_SPACE_BEFORE_MARK = re.compile(rf"(?<=[{_THAI}])[ \t]+(?=[{_MARKS}\u0e30\u0e32\u0e33\u0e45])")
_SPACE_AFTER_LEADING = re.compile(r"(?<=[\u0e40-\u0e44])[ \t]+(?=[\u0e01-\u0e2e])")
_NIKHAHIT_AA = re.compile(rf"\u0e4d([{_TONES}]?)\u0e32")
_TONE_BEFORE_VOWEL = re.compile(rf"([{_TONES}])([\u0e31\u0e34-\u0e3a])")
# Devanagari look-alikes typed or OCR'd inside Thai words (seed 004's O23: "พัสดुरายเดือน").
_DEVANAGARI_TO_THAI = {"\u0941": "\u0e38", "\u0942": "\u0e39", "\u0930": "\u0e23"}
_DEVANAGARI_IN_THAI = re.compile(rf"(?<=[{_THAI}])[\u0941\u0942\u0930]+(?=[{_THAI}])")
# Whole words OCR wrecks in the seeds (after the Lao look-alikes are mapped back).
_KNOWN_WORDS = {"คะแนวเลีย": "คะแนนเฉลี่ย", "คะแนนเลีย": "คะแนนเฉลี่ย", "คะแนว": "คะแนน"}
_KNOWN_WORDS_RE = re.compile("|".join(sorted(_KNOWN_WORDS, key=len, reverse=True)))

# Letter-spaced text: a heading typed "ค ู ่ ม ื อ", a year "๒ ๕ ๖ ๗", or a distributed-justified
# line whose every cluster is placed apart (extraction puts a space between them). Read after the
# marks are back on their letters: one cell is a letter with its marks (and a leading vowel, a
# trailing ะ/า/ำ), a digit, a Latin letter or a stop; a gap of one space is inside a word, of two
# or more between words.
_THAI_CELL = (
    r"[\u0e40-\u0e44]?[\u0e01-\u0e2e][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*[\u0e30\u0e32\u0e33\u0e45]?"
)
_CELL = rf"(?:{_THAI_CELL}|[\u0e40-\u0e44\u0e2f\u0e46]|[0-9\u0e50-\u0e59A-Za-z.,:;()/-])"
_SPACED_RUN = re.compile(rf"(?<![^ \t\n\r\f\v\u00a0]){_CELL}(?:[ \u00a0]{_CELL})+(?![^\s])")
_THAI_CELL_RE = re.compile(_THAI_CELL)
# Two Thai cells one space apart after a space: what a run of three holds (a quick test first).
_SPACED_HINT = re.compile(rf"[ \u00a0]{_THAI_CELL}[ \u00a0]{_THAI_CELL}(?:\s|$)")
SPACED_MIN = 3
"""Thai cells a run of cells one space apart needs to be letter-spaced Thai (``คู่ มื อ``);
two (``งา น``) are as often two short words."""
_SPACED_SHARE = 0.5  # a line with Thai spaced out and this much of it in runs is spaced all along
# A year spaced out after the words that name one (พ.ศ., ปี, ปีงบประมาณ, พุทธศักราช).
_SPACED_YEAR = re.compile(
    r"(พ\.ศ\.|ปี|ประมาณ|ศักราช)([ \u00a0]*)([2๒])[ \u00a0]([5๕])[ \u00a0]([0-9\u0e50-\u0e59])"
    r"[ \u00a0]([0-9\u0e50-\u0e59])(?![ \u00a0]?[0-9\u0e50-\u0e59])"
)
_GAPS = re.compile(r"[ \u00a0]{2,}")
_CELL_LINE = re.compile(rf"[ \u00a0]*{_CELL}[ \u00a0]*")
_CELL_LINES = re.compile(
    rf"(?:^|\n){_CELL_LINE.pattern}\n{_CELL_LINE.pattern}\n{_CELL_LINE.pattern}(?:\n|$)"
)
# A line break inside a word: no line starts with a mark or ะ/า/ำ/ๅ (a PUA glyph of one, before
# repair), nor ends on a leading vowel.
_BROKEN_WORD = re.compile(
    rf"(?<=[{_THAI}\uf700-\uf71a\uf884-\uf898])\n"
    rf"(?=[{_MARKS}\u0e30\u0e32\u0e33\u0e45\uf701-\uf70e\uf710-\uf71a\uf884-\uf898])"
    r"|(?<=[\u0e40-\u0e44])\n(?=[\u0e01-\u0e2e])"
)
# Inside a run the one-space gaps go, but between a number and a word ("ละ ๑ ค รั้ ง") the space
# a person sees stays.
_INNER_GAP = re.compile(
    r"(?<=[0-9\u0e50-\u0e59])[ \u00a0](?=[\u0e01-\u0e2e\u0e40-\u0e44])"
    r"|(?<=[\u0e01-\u0e4e])[ \u00a0](?=[0-9\u0e50-\u0e59])|([ \u00a0])"
)


def _thai_cells(run: str) -> int:
    return sum(1 for cell in run.split() if _THAI_CELL_RE.fullmatch(cell))


def _join_spaced_line(line: str) -> str:
    runs = list(_SPACED_RUN.finditer(line))
    thai = [m for m in runs if _thai_cells(m.group()) >= SPACED_MIN]
    if not thai:
        return line
    visible = sum(1 for c in line if not c.isspace())
    spaced = sum(len(m.group()) - m.group().count(" ") for m in runs)
    # a line mostly spaced out: its digits and stops too ("พ . ศ .   ๒ ๕ ๖ ๗"), its word gaps one
    whole = spaced >= _SPACED_SHARE * visible
    out, pos = [], 0
    for m in runs if whole else thai:
        out += [line[pos : m.start()], _INNER_GAP.sub(lambda g: "" if g[1] else " ", m.group())]
        pos = m.end()
    out.append(line[pos:])
    joined = "".join(out)
    return _GAPS.sub(" ", joined) if whole else joined


def _join_cell_lines(text: str) -> str:
    """Runs of lines one cell each (``ค่า`` / ``ธ`` / ``ร`` …) joined into one line."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _CELL_LINE.fullmatch(lines[j]):
            j += 1
        cells = [ln.strip() for ln in lines[i:j]]
        thai = sum(1 for c in cells if _THAI_CELL_RE.fullmatch(c))
        if thai >= SPACED_MIN and thai >= 2 * sum(1 for c in cells if c.isdigit()):
            out.append(_INNER_GAP.sub(lambda g: "" if g[1] else " ", " ".join(cells)))
        else:
            out += lines[i : max(j, i + 1)]
        i = max(j, i + 1)
    return "\n".join(out)


def join_spaced(text: str) -> str:
    """Letter-spaced Thai read as words: ``คู่ มื อ`` -> ``คู่มือ``, ``ป ร ะ จำ ปี   ๒ ๕ ๖ ๗`` ->
    ``ประจำปี ๒๕๖๗``, ``พ.ศ. ๒ ๕ ๖ ๗`` -> ``พ.ศ. ๒๕๖๗`` (see :data:`SPACED_MIN`).

    A run of at least three one-cell tokens one space apart is joined; on a line that is mostly
    such runs, digits and stops are too, and the wider gaps between words become one space. A
    year spaced out after พ.ศ./ปี/ปีงบประมาณ is joined wherever it stands. Text placed cluster
    by cluster, each on its own line as extraction gives it (``ธ`` / ``ร`` / ``ร`` / ``ม``), is
    joined into one line when at least three of its lines are Thai letters and at most half as
    many digits (a column of numbers stays as it is). Other line breaks are kept.
    """
    if "\n" in text and _CELL_LINES.search(text):
        text = _join_cell_lines(text)
    if _SPACED_HINT.search(text):
        text = "\n".join(
            _join_spaced_line(ln) if _SPACED_HINT.search(ln) else ln for ln in text.split("\n")
        )
    if "2 5" not in text and "\u0e52 \u0e55" not in text:
        return text
    return _SPACED_YEAR.sub(lambda m: m[1] + (m[2] and " ") + "".join(m.groups()[2:]), text)


def join_broken_lines(text: str) -> str:
    """A text layer's line breaks inside a word undone: ``ราคากล`` / ``าง`` -> ``ราคากลาง`` (a
    word cut at the edge of a narrow table cell, or a cluster drawn on its own). No Thai line
    starts with a mark or ะ/า/ำ/ๅ, nor ends on a leading vowel. Not for OCR, whose lines start
    that way when it lost their beginning (``ะมาณที่ได้รับ…``)."""
    return _BROKEN_WORD.sub("", text) if "\n" in text else text


def repair_extracted(text: str) -> str:
    """Undo the usual damage in extracted Thai text (see the module docstring).

    Lao look-alikes -> Thai, PUA glyphs -> Thai marks, ``ํา`` -> ``ำ``, stray spaces
    before marks and after leading vowels removed, tone-before-vowel reordered,
    ``เเ`` -> ``แ``, zero-width characters dropped, letter-spaced words and years joined
    (:func:`join_spaced`). Line breaks are kept, but for those between clusters set one per line.
    """
    text = text.translate(_TRANSLATE)
    text = _DEVANAGARI_IN_THAI.sub(
        lambda m: "".join(_DEVANAGARI_TO_THAI[c] for c in m.group()), text
    )
    text = _SPACE_BEFORE_MARK.sub("", text)
    text = _SPACE_AFTER_LEADING.sub("", text)
    text = _NIKHAHIT_AA.sub(lambda m: m.group(1) + "\u0e33", text)
    text = _TONE_BEFORE_VOWEL.sub(r"\2\1", text)
    text = text.replace("\u0e40\u0e40", "\u0e41")
    text = join_spaced(text)
    return _KNOWN_WORDS_RE.sub(lambda m: _KNOWN_WORDS[m.group()], text)


def normalize_for_match(text: str) -> str:
    """Repaired, Thai digits -> Arabic, NFC, casefolded, whitespace runs -> one space."""
    text = unicodedata.normalize("NFC", thai_to_arabic(repair_extracted(text))).casefold()
    return " ".join(text.split())


def compact_for_match(text: str) -> str:
    """:func:`normalize_for_match` with every space removed (Thai PDFs insert them randomly)."""
    return "".join(normalize_for_match(text).split())


# Broken glyphs, counted by two patterns that each start with a character class (the regex
# engine then skips ahead to candidates instead of trying every alternative at every position).
_BAD = re.compile(
    r"[\u0e80-\u0eff"  # Lao
    r"\uf700-\uf71a\uf884-\uf89f"  # Thai glyphs in the Private Use Area
    r"\ufffd"  # replacement character
    r"\x00-\x08\x0b\x0e-\x1f]"  # control characters (not \x0c: the break between pages)
    r"|\(cid:\d+\)"  # pdfminer's unmapped glyphs
    r"|[àÃ][\u0080-\u00bf¸¹]"  # Thai UTF-8 read as Latin-1 ("à¸")
)
# A combining mark at the start or after a character it cannot sit on (an orphan).
_ORPHAN_MARK = re.compile(rf"[{_MARKS}](?<![{_THAI}\u0e80-\u0eff\uf700-\uf71a].)")


_LATIN_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9'.:;,&/\\|()\[\]{}<>!?*@~^_-]*")
_ACRONYM = re.compile(r"[A-Z]{2,6}s?")


def language_share(text: str) -> float | None:
    """Share of letters that belong to real words, 0..1 (None: no letters to judge).

    Thai letters count when the most probable segmentation puts them in a
    dictionary word; a Latin token counts when it is a word of the Thai
    National Corpus (English as Thai documents use it) or an acronym. A
    scanner's English OCR of a Thai page (``rJ:ynroiy u.r6'u``) scores low.
    """
    from oitwatch.thai.lexicon import english_words, word_share

    covered, thai = word_share(text)
    english = english_words()
    good = bad = 0
    for m in _LATIN_TOKEN.finditer(text[:200_000]):
        tok = m.group()
        core = tok.strip(".,:;()[]{}!?'\"-_/")
        letters = sum(c.isalpha() for c in tok)
        if core.isalpha() and (core.lower() in english or _ACRONYM.fullmatch(core)):
            good += letters
        else:
            bad += letters
    total = thai + good + bad
    return (covered + good) / total if total else None


def _glyph_quality(text: str) -> float:
    # Counted per distinct character (a page has a few dozen), not per each of its thousands.
    chars = set(text)
    letters = sum(text.count(c) for c in chars if c.isalpha())
    visible = len(text) - sum(text.count(c) for c in chars if c.isspace())
    if visible == 0:
        return 0.0
    bad = len(_BAD.findall(text)) + len(_ORPHAN_MARK.findall(text))
    bad_ratio = bad / (letters + bad) if letters + bad else 1.0
    garbage = min(1.0, 120 * bad_ratio)
    letter_share = min(1.0, 0.4 + 1.2 * letters / visible)
    score = (1.0 - garbage) * letter_share
    if letters < 20:
        score = min(score, 0.7)
    return max(0.0, min(1.0, score))


def text_quality(text: str) -> float:
    """How readable extracted text is, 0..1; below :data:`READABLE` (0.6) try OCR.

    The share of its letters that make real words (:func:`language_share`; 90 %
    or more counts as fully readable), times a glyph check: Lao look-alikes,
    PUA glyphs, orphan combining marks, replacement characters and
    mostly-non-letter text pull it down steeply (one broken glyph per 120
    letters is already unreadable). Texts with fewer than 20 letters score at
    most 0.7; empty text scores 0.
    """
    glyphs = _glyph_quality(text)
    if glyphs == 0.0:
        return 0.0
    share = language_share(text)
    words = 1.0 if share is None else min(1.0, share / 0.9)
    return round(glyphs * words, 4)
