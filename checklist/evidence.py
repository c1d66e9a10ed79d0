"""Finding an item's evidence in a crawl, and gathering what lies one click below it.

Candidates come from, strongest first: an OIT index page (a page listing many
item codes with links), the officer's checklist, links whose text names the
item (menus, lists), document and page titles, and the opening of a
document's text. The evidence of an item is the union of the bundles of its
best candidates: the target itself plus what it links to.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checklist.snapshot import Doc, LinkView, Snapshot
from oitwatch.thai import compact_for_match, find_codes
from rules.models import Item

__all__ = ["Bundle", "Candidate", "Finder", "gather", "index_pages", "item_phrases"]

INDEX_MIN_CODES = 5  # a page naming this many distinct item codes is an index, not evidence
SCORES = {
    "index": 100,
    "checklist": 90,
    "title": 60,
    "menu": 50,
    "context": 35,
    "document": 40,
    "text": 25,
}
STRONG = 45  # candidates at or above this score join the evidence with the best one
MAX_CANDIDATES = 4
MAX_BUNDLE = 40
GENERIC_ANCHORS = {
    "เปิดเอกสาร",
    "ดาวน์โหลด",
    "download",
    "คลิก",
    "คลิกที่นี่",
    "รายละเอียด",
    "อ่านต่อ",
    "ดูเพิ่มเติม",
    "pdf",
    "link",
    "ลิงก์",
}


@dataclass
class Candidate:
    url: str
    score: float
    source: str
    snippet: str = ""
    title: str = ""


@dataclass
class Bundle:
    """What an item's evidence consists of: documents read and links seen."""

    candidates: list[Candidate]
    docs: list[Doc] = field(default_factory=list)
    links: list[LinkView] = field(default_factory=list)
    dead: list[str] = field(default_factory=list)  # candidate URLs that answered an error
    offsite: list[str] = field(default_factory=list)  # candidate URLs outside the crawl scope


def item_phrases(item: Item) -> list[str]:
    """The item's phrases in compact form, its Thai title first, longest first, no duplicates."""
    seen: dict[str, None] = {}
    for p in [item.title_th, *item.phrases]:
        c = compact_for_match(p)
        if len(c) >= 3:
            seen.setdefault(c, None)
    return sorted(seen, key=len, reverse=True)


def index_pages(snapshot: Snapshot) -> dict[str, set[str]]:
    """Pages that list many item codes: URL -> the codes named."""
    found: dict[str, set[str]] = {}
    for doc in {id(d): d for d in snapshot.docs.values()}.values():
        if doc.kind != "page" or not doc.alive or not doc.text:
            continue
        codes = {m.code for m in find_codes(doc.text)}
        if len(codes) >= INDEX_MIN_CODES:
            found[doc.url] = codes
    return found


def _snippet(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Finder:
    """Every item's candidates in one pass over the crawl.

    A text (a link's words, a title) speaks for the item whose phrase it
    contains *longest*: "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล" is O26's,
    though O25's shorter "นโยบายการบริหารทรัพยากรบุคคล" is inside it.
    """

    def __init__(self, snapshot: Snapshot, items: list[Item], checklist: dict[str, list[str]]):
        self.snapshot = snapshot
        self.phrases = {it.code: item_phrases(it) for it in items}
        self.indexes = index_pages(snapshot)
        self._found: dict[str, dict[str, Candidate]] = {it.code: {} for it in items}
        self._best_cache: dict[str, tuple[list[str], int]] = {}
        self.wrong: dict[str, list[str]] = {}  # checklist URLs that open but do not show their item
        self.unchecked: dict[str, list[str]] = {}  # URLs outside the site that it never links
        linked = {lk.to_url for lk in snapshot.links}
        for code, urls in checklist.items():
            for url in urls:
                doc = snapshot.doc(url)
                if url not in linked and not url.startswith(snapshot.site.scope_prefix):
                    # not the agency's own pages (another district of a shared portal, say),
                    # and not something its site links: no evidence of its publishing
                    self.unchecked.setdefault(code, []).append(url)
                elif doc is not None and doc.alive and not self._shows(code, doc):
                    self.wrong.setdefault(code, []).append(url)
                else:
                    self._offer(code, url, "checklist", url)
        self._scan_links()
        self._scan_docs()

    def _shows(self, code: str, doc: Doc) -> bool:
        """Whether ``doc``, or a document or link one click below it, names item ``code``."""
        phrases = self.phrases.get(code, [])
        texts = [doc.compact_title, doc.compact_main]
        for link in self.snapshot.links_from.get(doc.url, []):
            if not link.boilerplate:
                texts.append(link.compact_anchor)
                target = self.snapshot.doc(link.to_url)
                if target is not None and target.kind == "document":
                    texts.append(target.compact_title)
        return any(p in t for t in texts for p in phrases)

    def _best(self, text: str) -> tuple[list[str], int]:
        """The items whose longest phrase in ``text`` is the longest of all (menus repeat: cached)."""
        cached = self._best_cache.get(text)
        if cached is None:
            cached = self._best_cache[text] = self._best_uncached(text)
        return cached

    def _best_uncached(self, text: str) -> tuple[list[str], int]:
        best: list[str] = []
        length = 0
        for code, phrases in self.phrases.items():
            hit = next((len(p) for p in phrases if p in text), 0)  # phrases are longest first
            if hit > length:
                best, length = [code], hit
            elif hit and hit == length:
                best.append(code)
        return best, length

    def _offer(
        self, code: str, url: str, source: str, snippet: str, title: str = "", bonus: float = 0
    ) -> None:
        found = self._found.get(code)
        if found is None:
            return
        score = SCORES[source] + bonus
        current = found.get(url)
        if current is None:
            found[url] = Candidate(url, score, source, _snippet(snippet), title)
        elif score > current.score:
            found[url] = Candidate(
                url, score + 5, source, _snippet(snippet), title or current.title
            )
        else:
            current.score += 5  # another signal for the same target

    def _scan_links(self) -> None:
        for link in self.snapshot.links:
            if link.tag != "a" or link.to_url in self.indexes:
                continue
            if link.from_url in self.indexes:
                codes = {m.code for m in find_codes(link.anchor)} or {
                    m.code for m in find_codes(link.context)
                }
                if len(codes) == 1:
                    (code,) = codes
                    self._offer(
                        code, link.to_url, "index", link.context or link.anchor, link.anchor
                    )
                    continue
                if codes:
                    continue  # a row naming several items is no one's evidence
            codes, length = self._best(link.compact_anchor)
            source, snippet = "menu", link.anchor
            if not codes and (
                link.compact_anchor in GENERIC_ANCHORS or len(link.compact_anchor) < 4
            ):
                codes, length = self._best(link.compact_context)
                source, snippet = "context", link.context
            for code in codes:
                self._offer(
                    code, link.to_url, source, snippet, link.anchor, bonus=min(length, 30) / 3
                )

    def _scan_docs(self) -> None:
        for doc in {id(d): d for d in self.snapshot.docs.values()}.values():
            if doc.url in self.indexes or not doc.alive:
                continue
            codes, length = self._best(doc.compact_title)
            source, snippet = "title", doc.title
            if not codes:
                codes, length = self._best(compact_for_match(doc.main_text[:400]))
                source = "document" if doc.kind == "document" else "text"
                snippet = doc.main_text[:400]
            for code in codes:
                self._offer(code, doc.url, source, snippet, doc.title, bonus=min(length, 30) / 3)

    def candidates(self, code: str) -> list[Candidate]:
        """``code``'s candidates, best first, one per URL."""
        return sorted(self._found[code].values(), key=lambda c: (-c.score, c.url))


def gather(snapshot: Snapshot, candidates: list[Candidate]) -> Bundle:
    """The evidence: the best candidate, the other strong ones, and what each links to.

    Documents one click below a chosen page join the evidence; so do pages one
    click below that are themselves candidates of the item (the posts of a list
    page, each month's summary), with their documents.
    """
    if not candidates:
        return Bundle(candidates=[])
    chosen = [
        candidates[0],
        *[c for c in candidates[1:] if c.score >= STRONG][: MAX_CANDIDATES - 1],
    ]
    related = {c.url for c in candidates}
    bundle = Bundle(candidates=chosen)
    seen: set[str] = set()

    def add(doc: Doc) -> None:
        if doc.url not in seen and len(bundle.docs) < MAX_BUNDLE:
            seen.add(doc.url)
            bundle.docs.append(doc)

    def below(page: Doc, depth: int) -> None:
        for link in snapshot.links_from.get(page.url, []):
            bundle.links.append(link)
            if link.boilerplate or not link.in_scope or link.tag != "a":
                continue
            target = snapshot.doc(link.to_url)
            if target is None or target.url in seen:
                continue
            if not target.alive:
                bundle.dead.append(link.to_url)
            elif target.kind == "document":
                add(target)
            elif depth == 0 and target.url in related:
                add(target)
                below(target, 1)

    for cand in chosen:
        doc = snapshot.doc(cand.url)
        if doc is None:
            if not cand.url.startswith(snapshot.site.scope_prefix):
                bundle.offsite.append(cand.url)
            else:
                bundle.dead.append(cand.url)  # in scope yet never fetched: treat as unreachable
            continue
        if not doc.alive:
            bundle.dead.append(cand.url)
            continue
        add(doc)
        below(doc, 0)
    return bundle
