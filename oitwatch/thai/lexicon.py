"""Thai words: which stretches of a text are dictionary words (PyThaiNLP's word list).

:func:`segments` splits a Thai run into the most probable sequence of words
(a unigram model: PyThaiNLP's word list, weighted by the Thai National Corpus
frequencies it ships; a letter no word covers costs more than any word).
:func:`score` is that sequence's log-probability, what the dictionary-guided
repair compares; :func:`word_share` (characters covered by words) is what the
quality score rests on. The lists load once, on first use: built from
PyThaiNLP's corpus files (about 1 s, more under load) the first time on a
machine, then read from a compact copy in the user's cache folder (about
0.1 s), which every crawl process and extraction worker shares.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import marshal
import math
import os
import re
from collections.abc import Iterator
from pathlib import Path

__all__ = [
    "THAI_RUN",
    "coverage",
    "covered_mask",
    "english_words",
    "is_word",
    "score",
    "segments",
    "word_share",
]

THAI_RUN = re.compile(r"[\u0e01-\u0e3a\u0e40-\u0e4e]+")
# Words the list lacks that every agency document uses.
_EXTRA_WORDS = ("หนองใหญ่", "ปีงบประมาณ", "บันทึกข้อความ", "ส่วนราชการ", "โรงพยาบาล")


UNKNOWN_LETTER = -20.0
"""Log-probability of a letter no word covers (any listed word costs less)."""


CACHE_FORMAT = 1
"""Raise it when what :func:`_build` makes changes: cached copies are built again."""

_Tables = tuple[dict[str, float], frozenset[str], frozenset[str]]


def _build() -> _Tables:
    """(log-probability of each word of two or more letters, every prefix of them,
    lower-cased Latin words of the Thai National Corpus), from PyThaiNLP's corpus files."""
    from pythainlp.corpus import thai_words, tnc

    freqs = tnc.word_freqs()
    counts = dict(freqs)
    total = sum(counts.values())
    listed = (w for w in (*thai_words(), *_EXTRA_WORDS) if len(w) >= 2 and " " not in w)
    words = {w: math.log((counts.get(w, 0) + 0.5) / total) for w in listed}
    prefixes = frozenset(w[:i] for w in words for i in range(1, len(w) + 1))
    english = frozenset(w.lower() for w, n in freqs if n >= 2 and w.isascii() and w.isalpha())
    return words, prefixes, english


def cache_path() -> Path:
    """The compact copy of the tables, named after what they are built from."""
    import platformdirs

    source = (CACHE_FORMAT, importlib.metadata.version("pythainlp"), _EXTRA_WORDS)
    key = hashlib.sha256(repr(source).encode()).hexdigest()[:16]
    return platformdirs.user_cache_path("oitwatch") / f"thai-lexicon-{key}.marshal"


def _read_cache(path: Path) -> _Tables | None:
    try:
        tables = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None  # missing, cut short by a crash, or from another Python: build again
    if (
        isinstance(tables, tuple)
        and len(tables) == 3
        and isinstance(tables[0], dict)
        and all(isinstance(t, frozenset) for t in tables[1:])
    ):
        return tables
    return None


def _write_cache(path: Path, tables: _Tables) -> None:
    """Write atomically (a concurrent reader sees the old file or the whole new one)."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(marshal.dumps(tables))
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)  # a read-only home: every process builds its own


@functools.cache
def _tables() -> _Tables:
    path = cache_path()
    tables = _read_cache(path)
    if tables is None:
        tables = _build()
        _write_cache(path, tables)
    return tables


def _lexicon() -> tuple[dict[str, float], frozenset[str]]:
    """(log-probability of each word of two or more letters, every prefix of them)."""
    words, prefixes, _ = _tables()
    return words, prefixes


def english_words() -> frozenset[str]:
    """Lower-cased Latin words of the Thai National Corpus (English used in Thai texts)."""
    return _tables()[2]


def is_word(text: str) -> bool:
    """``text`` is one dictionary word."""
    return text in _lexicon()[0]


def _best(run: str) -> tuple[list[float], list[int]]:
    """DP over ``run``: best[i] = log-probability of run[:i]'s best segmentation."""
    n = len(run)
    best = [-math.inf] * (n + 1)
    best[0] = 0.0
    back = [-1] * (n + 1)  # start of the word ending at i, or -1: run[i-1] uncovered
    for j in range(n):
        if best[j] + UNKNOWN_LETTER > best[j + 1]:  # run[j] left uncovered
            best[j + 1], back[j + 1] = best[j] + UNKNOWN_LETTER, -1
        for i, logp in _words_from(run, j):
            if best[j] + logp > best[i]:
                best[i], back[i] = best[j] + logp, j
    return best, back


def _words_from(run: str, j: int) -> Iterator[tuple[int, float]]:
    """``(end, log-probability)`` of each dictionary word that starts at ``run[j]``."""
    words, prefixes = _lexicon()
    for i in range(j + 2, len(run) + 1):
        piece = run[j:i]
        if piece not in prefixes:
            return
        logp = words.get(piece)
        if logp is not None:
            yield i, logp


@functools.lru_cache(maxsize=50_000)
def score(run: str) -> float:
    """Log-probability of a Thai run's most probable segmentation into words.

    Cached: the repairs score the same stretches around each suspect letter many times.
    """
    return _best(run)[0][len(run)] if run else 0.0


@functools.lru_cache(maxsize=50_000)
def coverage(run: str) -> int:
    """How many characters of a Thai run dictionary words can cover.

    Cached: a site's menus and footers repeat the same runs on every page.
    """
    return sum(end - start for start, end in segments(run) if end - start > 0)


def segments(run: str) -> list[tuple[int, int]]:
    """The words of the best segmentation of ``run`` as (start, end) spans, in order."""
    _, back = _best(run)
    spans: list[tuple[int, int]] = []
    i = len(run)
    while i > 0:
        j = back[i]
        if j < 0:
            i -= 1
            continue
        spans.append((j, i))
        i = j
    return spans[::-1]


def covered_mask(run: str) -> list[bool]:
    """Per character of ``run``: is it inside a dictionary word of the best segmentation."""
    mask = [False] * len(run)
    for start, end in segments(run):
        for k in range(start, end):
            mask[k] = True
    return mask


def word_share(text: str, *, sample: int = 20_000) -> tuple[int, int]:
    """(Thai characters covered by words, Thai characters) in ``text`` (a spread sample if long)."""
    if len(text) > sample:
        step = len(text) // 10
        text = "\n".join(text[k : k + sample // 10] for k in range(0, len(text), step))
    covered = total = 0
    for m in THAI_RUN.finditer(text):
        run = m.group()
        covered += coverage(run)
        total += len(run)
    return covered, total


MARKS = frozenset("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d")
MISSING_MARK = -2.5
"""Log-probability cost of each mark OCR dropped from a word (see :func:`restore_marks`)."""


def _skeleton(text: str) -> str:
    return "".join(c for c in text if c not in MARKS)


@functools.cache
def _skeletons() -> tuple[dict[str, tuple[str, float]], frozenset[str]]:
    """Skeleton (word without its marks) -> the most probable word; every skeleton prefix."""
    words, _ = _lexicon()
    best: dict[str, tuple[str, float]] = {}
    for word, logp in words.items():
        sk = _skeleton(word)
        if len(sk) >= 2 and sk != word and (sk not in best or logp > best[sk][1]):
            best[sk] = (word, logp)
    prefixes = frozenset(sk[:i] for sk in best for i in range(1, len(sk) + 1))
    return best, prefixes


def _marks_kept(read: str, word: str) -> bool:
    """OCR only dropped marks: ``read``'s marks are, in order, among ``word``'s."""
    it = iter(c for c in word if c in MARKS)
    return all(any(c == m for m in it) for c in read if c in MARKS)


def restore_marks(run: str) -> tuple[str, float, float]:
    """``(run with dropped marks restored, its score, the run's own score)``.

    OCR of Thai drops vowel and tone marks (``บนทกขอความ`` for บันทึกข้อความ). Each
    stretch may be read as itself, as dictionary words, or as a word whose marks
    OCR lost (at :data:`MISSING_MARK` per lost mark); the most probable reading wins.
    """
    skeletons, sk_prefixes = _skeletons()
    n = len(run)
    best = [-math.inf] * (n + 1)
    best[0] = 0.0
    back: list[tuple[int, str]] = [(0, "")] * (n + 1)
    for j in range(n):
        if best[j] == -math.inf:
            continue
        if best[j] + UNKNOWN_LETTER > best[j + 1]:
            best[j + 1], back[j + 1] = best[j] + UNKNOWN_LETTER, (j, run[j])
        for i, logp in _words_from(run, j):
            if best[j] + logp > best[i]:
                best[i], back[i] = best[j] + logp, (j, run[j:i])
        if run[j] in MARKS:
            continue
        sk = ""
        for i in range(j + 1, n + 1):
            if run[i - 1] not in MARKS:
                sk += run[i - 1]
                if sk not in sk_prefixes:
                    break
            found = skeletons.get(sk)
            if found is None or (i < n and run[i] in MARKS):
                continue
            word, logp = found
            piece = run[j:i]
            lost = len(word) - len(piece)
            if lost > 0 and _marks_kept(piece, word):
                got = best[j] + logp + MISSING_MARK * lost
                if got > best[i]:
                    best[i], back[i] = got, (j, word)
    pieces: list[str] = []
    i = n
    while i > 0:
        j, piece = back[i]
        pieces.append(piece)
        i = j
    return "".join(reversed(pieces)), best[n], score(run)
