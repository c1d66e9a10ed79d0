"""Which items a short text (a link's words, a title, a table row) speaks for, by meaning.

Every item has a profile: its Thai title, its phrases and its synonyms from the
rule file, in compact form (repaired, Thai digits to Arabic, case folded, no
spaces). A text supports an item in one of two ways:

- **phrase**: one of the item's phrases occurs in it whole. A phrase inside a
  longer phrase of *another* item at the same place does not count: in
  "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล" the HR-actions item's phrase
  holds the HR-policy item's, so the text is the actions item's only. Phrases
  that sit side by side all count ("โครงสร้างและอำนาจหน้าที่" is structure
  *and* duties): one text may support several items.
- **words**: every content word of a phrase (PyThaiNLP ``newmm`` words, the
  rule set's own terms added to its dictionary, function words dropped) occurs
  in a short text, in any order and with other words between
  ("ช่องทางการร้องเรียน/แจ้งเบาะแสการทุจริต" for "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต").
  A words hit is weaker than a phrase hit, and never counts for an item whose
  phrase was absorbed by another item's longer phrase.

Each hit carries a strength in 0..1, kept with the evidence as its reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from oitwatch.thai import compact_for_match
from rules.models import Item

__all__ = ["Hit", "Matcher", "content_words"]

MIN_PHRASE = 3  # compact characters; shorter phrases are noise
WORDS_MAX_TEXT = 400  # words hits only in texts this short (a title, a row), not in prose
WORDS_MIN = 2  # a phrase needs this many content words to match word by word
CACHE_MAX = 50_000  # texts a matcher remembers before it starts over (a long-lived one)
# Function and filler words that say nothing about which item a text is (beyond
# PyThaiNLP's stop list, which lacks some that OIT titles are full of).
FILLER = frozenset(
    {
        "การ",
        "ของ",
        "และ",
        "หรือ",
        "ใน",
        "ที่",
        "ตาม",
        "เพื่อ",
        "ให้",
        "ด้าน",
        "เกี่ยวกับ",
        "ต่างๆ",
        "ต่าง",
        "ๆ",
        "เรื่อง",
        "ข้อมูล",
        "ประจำ",
        "ปี",
        "ประจำปี",
        "หน่วยงาน",
        "สำนักงาน",
        "เขต",
        "สำนักงานเขต",
        "พ.ศ.",
        "พ.ศ",
        "ฯ",
        "ต่อ",
        "กับ",
        "จาก",
        "โดย",
        "ได้",
        "มี",
        "เป็น",
        "แก่",
        "แห่ง",
        "ผล",
        "ภายใน",
        "ความ",
        "รอบ",
        "ทั้ง",
        "/",
        "-",
        "(",
        ")",
    }
)


# Terms the general dictionary splits badly ("ช่อง|ทางการ", "แนว|ปฏิบัติการ").
VOCABULARY = frozenset(
    {
        "ช่องทาง",
        "แนวปฏิบัติ",
        "แนวทาง",
        "ดำเนินการ",
        "ดำเนินงาน",
        "กำกับติดตาม",
        "ปฏิบัติราชการ",
        "ปฏิบัติการ",
        "จัดซื้อจัดจ้าง",
        "ทรัพยากรบุคคล",
        "ผู้บริหาร",
        "ความเสี่ยง",
        "ร้องเรียน",
        "อำนาจหน้าที่",
        "ใบอนุญาต",
        "ขออนุญาต",
        "ประชาสัมพันธ์",
        "งบประมาณ",
        "รายงาน",
        "มาตรการ",
        "โครงสร้าง",
        "ป้องกัน",
        "ส่งเสริม",
    }
)
PAIR_GAP = 12  # characters allowed between the two words of a two-word phrase
OBJECT_LINK = "ตาม"  # "X ตาม Y": X done according to Y; the text is X's, Y is what it acts on
# Terms of no item that contain an item's phrase: "ข้อมูลข่าวสาร" (official information, the
# right-to-information law) is not "ข่าวสาร" (news).
NEUTRAL = ("ข้อมูลข่าวสาร",)
# Dictionary words that glue the nominaliser "การ" onto a neighbour in OIT titles
# ("ราย|งานการ|กำกับ", "ช่อง|ทางการ", "แผน|ปฏิบัติ|ราชการประจำ"): left out so it splits off.
MISLEADING = frozenset(
    {"งานการ", "ทางการ", "ราชการประจำ", "การตาม", "ตามการ", "การประจำ"}
)  # a hit with this many more words, over most of another's words, wins alone


@dataclass(frozen=True)
class Hit:
    """A text's support for one item: how (``phrase`` or ``words``), the phrase, the strength."""

    code: str
    how: str
    phrase: str
    strength: float
    words: int = 0  # content words matched
    start: int = 0  # where in the text the match begins and ends
    end: int = 0


@lru_cache(maxsize=1)
def _tokenizer(words: frozenset[str]):  # type: ignore[no-untyped-def]
    from pythainlp.corpus.common import thai_words
    from pythainlp.tokenize import Tokenizer

    return Tokenizer(
        custom_dict=(set(thai_words()) - MISLEADING) | VOCABULARY | set(words), engine="newmm"
    )


def _split_known(tokens: list[str]) -> list[str]:
    """Tokens that begin with one of our terms split after it ("มาตรการป้องกัน" -> "มาตรการ",
    "ป้องกัน"): the dictionary's long compounds would demand the compound in every text."""
    out: list[str] = []
    for token in tokens:
        while True:
            head = next(
                (v for v in VOCABULARY if token.startswith(v) and len(token) - len(v) >= 2), None
            )
            if head is None:
                break
            out.append(head)
            token = token[len(head) :]
        out.append(token)
    return out


def content_words(phrase: str, tokenizer=None) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    """The words of ``phrase`` that carry meaning, compact, in order (no repeats)."""
    tok = tokenizer or _tokenizer(frozenset())
    out: list[str] = []
    for raw in _split_known(tok.word_tokenize(phrase)):
        w = compact_for_match(raw)
        if w.startswith("การ") and len(w) > 5:  # "การร้องเรียน" is "ร้องเรียน" here
            w = w[3:]
        if len(w) < 2 or w in FILLER or w.isdigit():
            continue
        if w not in out:
            out.append(w)
    return tuple(out)


def _strength(length: int, is_title: bool) -> float:
    if is_title:
        return 1.0
    return round(0.6 + 0.35 * min(length, 24) / 24, 3)


class Matcher:
    """The items' profiles, and the items each text supports (texts repeat: cached)."""

    def __init__(self, items: Iterable[Item]):
        self.titles: dict[str, str] = {}
        self.phrases: dict[str, list[str]] = {}
        for it in items:
            seen: dict[str, None] = {}
            for p in [it.title_th, *it.phrases, *it.synonyms]:
                c = compact_for_match(p)
                if len(c) >= MIN_PHRASE:
                    seen.setdefault(c, None)
            self.phrases[it.code] = sorted(seen, key=len, reverse=True)
            self.titles[it.code] = compact_for_match(it.title_th)
        vocabulary = frozenset(
            p for phrases in self.phrases.values() for p in phrases if len(p) <= 12
        )
        tok = _tokenizer(vocabulary)
        self.content: dict[str, tuple[str, ...]] = {}  # phrase -> its content words
        self.words: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for code, phrases in self.phrases.items():
            for p in phrases:
                self.content.setdefault(p, content_words(p, tok) or (p,))
            self.words[code] = [
                (p, self.content[p]) for p in phrases if len(self.content[p]) >= WORDS_MIN
            ]
        self._cache: dict[str, dict[str, Hit]] = {}

    def match(self, text: str, *, compact: bool = False) -> dict[str, Hit]:
        """The items ``text`` supports, each with its best hit."""
        key = text if compact else compact_for_match(text)
        got = self._cache.get(key)
        if got is None:
            if len(self._cache) >= CACHE_MAX:
                self._cache.clear()
            got = self._cache[key] = self._match(key)
        return got

    def _match(self, text: str) -> dict[str, Hit]:
        if len(text) < MIN_PHRASE:
            return {}
        spans: list[tuple[int, int, str, str]] = []  # start, end, code, phrase
        for code, phrases in self.phrases.items():
            for p in phrases:
                start = text.find(p)
                while start >= 0:
                    spans.append((start, start + len(p), code, p))
                    start = text.find(p, start + 1)
        for p in NEUTRAL:  # words of no item that hold an item's word ("ข้อมูลข่าวสาร")
            start = text.find(p)
            while start >= 0:
                spans.append((start, start + len(p), "", p))
                start = text.find(p, start + 1)
        kept: dict[str, Hit] = {}
        absorbed: set[str] = set()
        for s, e, code, p in spans:
            if not code:
                continue
            if any(
                c2 != code and s2 <= s and e <= e2 and e2 - s2 > e - s for s2, e2, c2, _ in spans
            ):
                absorbed.add(code)
                continue
            words = self.content[p]
            hit = Hit(
                code, "phrase", p, _strength(len(p), p == self.titles[code]), len(words), s, e
            )
            if code not in kept or hit.strength > kept[code].strength:
                kept[code] = hit
        if len(text) <= WORDS_MAX_TEXT:
            for code, pairs in self.words.items():
                if code in absorbed:
                    continue
                for p, words in pairs:
                    if not _words_in(text, words):
                        continue
                    strength = round(0.6 + 0.08 * min(len(words), 4), 3)
                    old = kept.get(code)
                    if old is None or (old.how == "words" and len(words) > old.words):
                        firsts = [_find(text, w) for w in words]
                        start = min(i for i, _ in firsts)
                        end = max(e for _, e in firsts)
                        kept[code] = Hit(code, "words", p, strength, len(words), start, end)
        return self._subjects(_undominated(kept), text)

    def _subjects(self, hits: dict[str, Hit], text: str) -> dict[str, Hit]:
        """Drop the hits that are not what the text is about: the item a text acts on after
        another item ("รายงานการกำกับติดตามการดำเนินงาน|ตาม|แผนปฏิบัติราชการ" is the report, not
        the plan), and a words hit that borrows another item's phrase for all its words but one,
        that one far off ("สถิติการจัดเก็บภาษี ปีงบประมาณ 2567 ฝ่าย|รายได้|" is tax statistics,
        not revenue statistics: the revenue division compiled them)."""
        out = {}
        for code, h in hits.items():
            others = [o for o in hits.values() if o.code != code]
            acted_on = text[: h.start].endswith(OBJECT_LINK) and any(
                o.start < h.start and o.end >= h.start - len(OBJECT_LINK) for o in others
            )
            if not acted_on and not (h.how == "words" and _borrowed(h, others, text, self.content)):
                out[code] = h
        return out


def _borrowed(h: Hit, others: list[Hit], text: str, content: dict[str, tuple[str, ...]]) -> bool:
    """Whether words hit ``h`` finds all its words but one inside another item's phrase hit, and
    that one more than :data:`PAIR_GAP` characters away from it."""
    words = content[h.phrase]
    for o in others:
        if o.how != "phrase":
            continue
        inside = text[o.start : o.end]
        own = [w for w in words if w not in inside]
        if len(own) != 1:
            continue
        near = text[max(0, o.start - PAIR_GAP - len(own[0])) : o.end + PAIR_GAP + len(own[0])]
        if own[0] not in near:
            return True
    return False


FUZZY_MIN = 6  # Thai letters of a word that may be spelt with one letter more or less
_CONSONANT = "[\u0e01-\u0e2e]"


@lru_cache(maxsize=4096)
def _variants(word: str) -> re.Pattern[str] | None:
    """The spellings of ``word`` one consonant longer or shorter inside it (not at its ends):
    Thai writes a silent or linking letter or leaves it out ("ดุลยพินิจ" / "ดุลพินิจ"). Only
    in words of :data:`FUZZY_MIN` letters or more, and only consonants: a vowel or a tone
    mark more or less is another word more often than another spelling."""
    if len(word) < FUZZY_MIN or not all("\u0e01" <= ch <= "\u0e4e" for ch in word):
        return None
    head = word[:2]  # every shape begins so: the engine looks for it first
    shapes = [
        re.escape(word[2:i] + word[i + 1 :])
        for i in range(2, len(word) - 2)
        if "\u0e01" <= word[i] <= "\u0e2e"
    ]
    shapes += [
        re.escape(word[2:i]) + _CONSONANT + re.escape(word[i:]) for i in range(2, len(word) - 1)
    ]
    return re.compile(f"{re.escape(head)}(?:{'|'.join(shapes)})")


def _find(text: str, word: str, start: int = 0) -> tuple[int, int]:
    """Where ``word`` is in ``text`` from ``start``, as written or spelt one consonant longer or
    shorter (:func:`_variants`): its start and end, (-1, -1) when absent."""
    i = text.find(word, start)
    if i >= 0:
        return i, i + len(word)
    pattern = _variants(word)
    m = pattern.search(text, start) if pattern is not None else None
    return (m.start(), m.end()) if m else (-1, -1)


def _words_in(text: str, words: tuple[str, ...]) -> bool:
    """Every word in ``text`` (:func:`_find`); two words only in their order and close together
    ("ผัง…องค์กร"), since two words far apart in a long title say little."""
    if len(words) == 2:
        a, b = words
        i, end = _find(text, a)
        while i >= 0:
            j, _ = _find(text, b, end)
            if 0 <= j - end <= PAIR_GAP:
                return True
            i, end = _find(text, a, i + 1)
        return False
    return all(_find(text, w)[0] >= 0 for w in words)


def _undominated(hits: dict[str, Hit]) -> dict[str, Hit]:
    """Drop a hit that lies inside another item's hit of more words: the more specific item
    is what the text is about ("รายงานการกำกับติดตาม…ตามแผนปฏิบัติการป้องกัน…การทุจริต"
    is the monitoring report, not the plan it reports on); at equal words a whole phrase beats
    words found apart. Hits side by side all stay."""
    return {
        code: h
        for code, h in hits.items()
        if not any(
            o.code != code
            and o.start <= h.start
            and h.end <= o.end
            and (
                o.words > h.words or (o.how == "phrase" and h.how == "words" and o.words == h.words)
            )
            for o in hits.values()
        )
    }
