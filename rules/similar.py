"""How alike two item titles are in meaning: Thai word tokens (PyThaiNLP) plus fuzzy similarity.

Item lists are reworded every year ("ข้อมูลการติดต่อ" becomes part of
"ข้อมูลพื้นฐานของสำนักงานเขต", two items merge into one): comparing the
compacted strings alone misses rewordings, comparing word sets alone misses
near-identical spellings. :func:`similarity` blends both, 0..1.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

from rapidfuzz import fuzz

from oitwatch.thai import compact_for_match, normalize_for_match

__all__ = ["MATCH_MIN", "Match", "best_matches", "similarity", "words"]

MATCH_MIN = 0.5
"""Below this, two titles are not the same item reworded."""

# Words that say nothing about which item it is.
_FILLER = frozenset(
    [
        "และ",
        "หรือ",
        "การ",
        "ของ",
        "ที่",
        "ใน",
        "เกี่ยวกับ",
        "ต่างๆ",
        "ต่าง",
        "ๆ",
        "ให้",
        "ได้",
        "เพื่อ",
        "กับ",
        "แก่",
        "โดย",
        "ตาม",
        "ข้อมูล",
    ]
)


@functools.lru_cache(maxsize=4096)
def words(text: str) -> tuple[str, ...]:
    """The content words of ``text`` (normalised, PyThaiNLP newmm), filler words dropped."""
    from pythainlp.tokenize import word_tokenize

    tokens = word_tokenize(normalize_for_match(text), engine="newmm", keep_whitespace=False)
    return tuple(t for t in (tok.strip() for tok in tokens) if t and t not in _FILLER)


def _weighted_overlap(a: tuple[str, ...], b: tuple[str, ...], weight: dict[str, float]) -> float:
    """Dice overlap of two word sets, each word weighted (rare words count more)."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    w = lambda words: sum(weight.get(x, 1.0) for x in words)  # noqa: E731
    return 2 * w(sa & sb) / (w(sa) + w(sb))


def similarity(a: str, b: str, weight: dict[str, float] | None = None) -> float:
    """0..1: 0.6 x word overlap + 0.4 x character similarity of the compacted titles.

    ``weight`` gives each word's weight (see :func:`best_matches`: words common to
    many titles, such as สำนักงานเขต, weigh less); one title holding the other whole
    (two items merged into one) counts at least 0.8.
    """
    ca, cb = compact_for_match(a), compact_for_match(b)
    if not ca or not cb:
        return 0.0
    if weight is None:
        by_words = fuzz.token_set_ratio(" ".join(words(a)), " ".join(words(b))) / 100
    else:
        by_words = _weighted_overlap(words(a), words(b), weight)
    by_chars = fuzz.ratio(ca, cb) / 100
    score = 0.6 * by_words + 0.4 * by_chars
    shorter, longer = sorted((ca, cb), key=len)
    if len(shorter) >= 6 and shorter in longer:
        score = max(score, 0.8)
    return round(score, 4)


class Match(NamedTuple):
    key: str
    score: float


def best_matches(
    text: str, candidates: Iterable[tuple[str, str]], *, floor: float = MATCH_MIN
) -> list[Match]:
    """``(key, score)`` of the candidates ``(key, title)`` at least ``floor`` alike, best first.

    Words are weighted by their rarity among the candidates (inverse document frequency).
    """
    candidates = list(candidates)
    df: Counter[str] = Counter()
    for _key, title in candidates:
        df.update(set(words(title)))
    n = len(candidates) + 1
    weight = {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}
    scored = [Match(key, similarity(text, title, weight)) for key, title in candidates]
    return sorted((m for m in scored if m.score >= floor), key=lambda m: -m.score)
