"""Finding an item's evidence in a crawl, and gathering what lies one click below it.

Candidates come from, strongest first: an officer's correction, an OIT index
row whose code *and* words name the item, the officer's checklist, document
and page titles, links whose words name the item (menus, lists, table rows,
image alt text), and the opening of a document's text. Words are matched by
meaning (``checklist.meaning``): one link, title or row may support several
items, and an item code counts only when the words beside it fit the item (or,
for a bare code, when the page states this framework's year).

Every candidate has a confidence in 0..1: its source's weight times the
strength of the words that matched; two sources agreeing on one URL raise it.
The evidence of an item is the union of the bundles of its best candidates:
the target itself plus what it links to.
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass, field

from checklist.meaning import Matcher
from checklist.placeholders import partly_pending
from checklist.sections import add_sections, link_index
from checklist.snapshot import Doc, LinkView, Snapshot
from crawler.urls import document_name, split_member
from oitwatch.thai import compact_for_match, find_codes
from rules.models import Framework, Item

__all__ = ["Bundle", "Candidate", "Finder", "gather", "index_pages"]

CITED_MIN = 3  # distinct item codes in a document's opening that cite items, not title it
INDEX_MIN_CODES = 5  # a page naming this many distinct item codes may be an index, not evidence
INDEX_MIN_AGREE = 3  # ... when this many of its code rows also name their item in words
WEIGHTS = {  # how much a source is worth on its own, before the words' strength
    "correction": 0.98,
    "index": 0.95,
    "checklist": 0.9,
    "title": 0.85,
    "menu": 0.85,
    "index_code": 0.7,
    "filename": 0.75,
    "context": 0.75,
    "document": 0.6,
    "text": 0.5,
    "template": 0.7,
    "people": 0.7,
}
# An item's name saying it is what was done under something, or a report of it
IMPLEMENTATION = ("การดำเนินการตาม", "ผลการดำเนินการ", "การดำเนินการเพื่อ", "รายงานผล")
ANNOUNCEMENT = "ประกาศ"  # a document announcing something: "ประกาศ<agency> เรื่อง <subject>"
ANNOUNCEMENT_SUBJECT = "เรื่อง"
HEADING_SPAN = 120  # compact letters of a document's opening that are its heading
BODY_MIN = 400  # compact letters of a body long enough to say what it is about
OFFICERS = ("correction", "checklist")  # sources that name a URL whatever its words say
FLOOR = 0.4  # a candidate below this confidence is no evidence at all (a word in passing)
STRONG = 0.6  # candidates at or above this confidence join the evidence with the best one
MAX_CANDIDATES = 4
ARCHIVED = 0.8  # strength of a row of a past year's OIT index (:func:`archived_indexes`)
MAX_SIBLINGS = 24
SIBLING = 0.05  # a candidate this close to the best, found the same way, is its sibling
MAX_BUNDLE = 40
OPENING = 400  # characters of a document's text read as its opening
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
    "ดูรายละเอียด",
    "เอกสาร",
    "ไฟล์",
    "คลิกดู",
}
_YEAR = re.compile(r"(?<!\d)(25[5-9]\d)(?!\d)")
_THAI = re.compile(r"[\u0e01-\u0e4e]")  # Thai letters and marks (not Thai digits)
# A person's name on a line of its own, as a directory or an org chart shows it.
PERSON_NAME = re.compile(r"(?:นาย|นางสาว|นาง|ว่าที่|ดร\.|ผศ\.|รศ\.|ศ\.)\s*[ก-๙]")
PERSON_LINE_MAX = 40  # compact letters: a longer line is a sentence about someone (a news post)
PEOPLE_MIN = 2  # names on lines of their own, and photos, that make a page a list of people


@dataclass
class Candidate:
    url: str
    confidence: float
    source: str
    snippet: str = ""
    title: str = ""
    why: str = ""  # the words that matched, or the code row

    @property
    def score(self) -> float:
        return round(100 * self.confidence, 1)

    @property
    def named(self) -> bool:
        """Whether the candidate's words name the item whole (a phrase, a code row, an officer),
        not only word by word."""
        return not self.why.startswith("words:")


@dataclass
class Bundle:
    """What an item's evidence consists of: documents read and links seen."""

    candidates: list[Candidate]
    docs: list[Doc] = field(default_factory=list)
    links: list[LinkView] = field(default_factory=list)
    dead: list[str] = field(default_factory=list)  # candidate URLs that answered an error
    # the item's links robots.txt closes to the crawler: not read, not dead (a person opens them)
    forbidden: list[str] = field(default_factory=list)
    # dead pages naming the item that a link naming it as strongly or more stands in for, it
    # opened and does not link them (an old menu link looping beside the OIT table's working
    # one): one working link with the evidence is enough
    replaced: set[str] = field(default_factory=set)
    # of those, the ones the site redirects to its home page (a soft 404: the page is gone)
    sent_home: list[str] = field(default_factory=list)
    corrupt: list[str] = field(default_factory=list)  # ... of them, files that do not open
    offsite: list[str] = field(default_factory=list)  # candidate URLs outside the crawl scope
    # documents that cannot serve (another agency's, a draft): checklist.screen.Rejection
    rejected: list = field(default_factory=list)
    # documents whose own words name other items and not this one (a tax workbook on a page of
    # tax and revenue statistics, for the revenue item)
    others_items: set[str] = field(default_factory=set)
    # ... of them, those whose own words say so though a link names them for this item (a
    # wrong upload behind the right label): the OIT index lists them in another item's row
    # too, which their title or body names, and their body never names this item
    misfiled: set[str] = field(default_factory=set)
    # dead links below the item's pages whose own words name other items and not this one (the
    # permit tracking system's dead link on the e-service page): that item's, not this one's
    others_dead: set[str] = field(default_factory=set)
    # lines of the evidence saying something is still being prepared that name other items and
    # not this one (the spending report "อยู่ระหว่างจัดทำ" on the budget page, for the budget data)
    others_pending: set[str] = field(default_factory=set)
    director: str | None = None  # the district director now (checklist.screen.SiteFacts)
    structure: str = ""  # the words of the site's structure pages (checklist.screen.SiteFacts)


PROSE_ROW = 80  # characters: a link's row longer than this is prose, read by clauses
PROSE_CLAUSES = 8  # space-separated chunks read outwards from a link in prose
# what a clause names after "ตาม" it refers to, it is not about it ("รายงาน…ผลการดำเนินงาน
# ตามแผนปฏิบัติการป้องกันการทุจริต": the report, not the plan)
_REFERRED = "ตาม"


def _row_words(link: LinkView) -> str:
    """A link's own words and its row's (the context without the heading before it)."""
    around = link.context.rsplit(" | ", 1)[-1] if link.context else ""
    return f"{link.anchor} {around}".strip()


def _coded_row(link: LinkView) -> bool:
    """Whether a link's own row (not the heading above it) names an item code ("O1 …")."""
    row = link.context.rsplit(" | ", 1)[-1] if " | " in link.context else ""
    return bool(find_codes(row, clauses=True))


THAI_HEADING_LINES = 3  # lines of an English-titled page's opening where its Thai title stands
THAI_HEADING_MAX = 60  # compact letters: a longer line is a sentence, not a heading


# A letterhead's lines: the agency's names above a document's own title.
_LETTERHEAD = re.compile(
    r"^(?:กรุงเทพมหานคร|กทม\.?|ศาลาว่าการกรุงเทพมหานคร|สำนักงานเขต\S*|ฝ่าย\S*|ประกาศ"
    r"|บันทึกข้อความ)$"
)
LETTERHEAD_LINES = 4  # lines of a document's opening a letterhead may take
DOC_HEADING_MAX = 100  # compact letters: a longer line is a paragraph, not a title


def _thai_heading(doc: Doc) -> str:
    """The title a page or document shows under what was taken for its title: a bilingual
    page's Thai title when its own is in English only (the first short Thai line of its
    opening: "Authority & Duties" over "อำนาจหน้าที่"); a document's title under its letterhead
    when the letterhead was taken for it ("กรุงเทพมหานคร / สำนักงานเขตคันนายาว /
    แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. 2568")."""
    if not doc.title:
        return ""
    if doc.kind == "document":
        if not _LETTERHEAD.match(compact_for_match(doc.title.splitlines()[0])):
            return ""
        for line in doc.main_text.splitlines()[:LETTERHEAD_LINES]:
            compact = compact_for_match(line)
            if compact and not _LETTERHEAD.match(compact):
                return line.strip() if len(compact) <= DOC_HEADING_MAX else ""
        return ""
    if doc.kind != "page" or _THAI.search(doc.title):
        return ""
    for line in doc.main_text.splitlines()[:THAI_HEADING_LINES]:
        if _THAI.search(line):
            return line.strip() if len(compact_for_match(line)) <= THAI_HEADING_MAX else ""
    return ""


def _first_line(doc: Doc) -> str:
    """A document's first line when short enough to be its title ("" otherwise)."""
    line = next((ln.strip() for ln in doc.main_text.splitlines() if ln.strip()), "")
    return line if len(compact_for_match(line)) <= DOC_HEADING_MAX else ""


def _strip_codes(text: str) -> str:
    out, last = [], 0
    for m in find_codes(text, clauses=True):
        out.append(text[last : m.start])
        last = m.end
    out.append(text[last:])
    return " ".join(out)


def _listed_codes(text: str, matcher: Matcher | None) -> set[str]:
    """The item codes ``text`` lists as an index does (empty when too few): at least
    :data:`INDEX_MIN_CODES`, written as codes (``O1``) or, with a ``matcher``, at least
    :data:`INDEX_MIN_AGREE` of their lines also naming their item in words."""
    matches = find_codes(text, clauses=True)
    codes = {m.code for m in matches}
    if len(codes) < INDEX_MIN_CODES:
        return set()
    if matcher is not None:
        latin = {m.code for m in matches if text[m.start] in "Oo"}
        if len(latin) < INDEX_MIN_CODES:
            agree = set()
            for line in text.splitlines():
                line_codes = {m.code for m in find_codes(line, clauses=True)}
                if line_codes:
                    agree |= line_codes & set(matcher.match(_strip_codes(line)))
            if len(agree) < INDEX_MIN_AGREE:
                return set()
    return codes


def index_pages(snapshot: Snapshot, matcher: Matcher | None = None) -> dict[str, set[str]]:
    """Pages that list many item codes: URL -> the codes named.

    With a ``matcher``, a page counts only when its codes are written as codes
    (``O1``) or at least :data:`INDEX_MIN_AGREE` of its code lines also name
    their item in words: a law list numbered ``01.``, ``02.`` is not an index.
    A document counts as a page does when its links stand in rows naming items
    (``sections.link_index``: an OIT index published as a PDF or a Word table).

    A page counts by its own content, not its template's: the OIT list in a sidebar or
    footer on every page (a WordPress widget, a Joomla module) is the site's navigation,
    read once, on the start page (else the first page carrying it), and every other page
    carrying it is judged on what it publishes itself (:func:`navigation_pages`).
    """
    found: dict[str, set[str]] = {}
    carried: dict[frozenset[str], list[Doc]] = {}  # the template's list -> the pages with it
    for doc in snapshot.each_doc():
        if not doc.alive or not doc.text:
            continue
        if doc.kind != "page" and not (
            doc.kind == "document" and doc.readable and link_index(snapshot, doc.url)
        ):
            continue
        codes = _listed_codes(doc.main_text, matcher)
        if codes:
            found[doc.url] = codes
        elif doc.kind == "page" and (codes := _listed_codes(doc.text, matcher)):
            carried.setdefault(frozenset(codes), []).append(doc)
    start = {snapshot.site.start_url, snapshot.site.scope_prefix}
    for codes, pages in carried.items():
        reader = next((d for d in pages if {d.url, d.final_url} & start), pages[0])
        found[reader.url] = set(codes)
    return found


def navigation_pages(
    snapshot: Snapshot, indexes: dict[str, set[str]], matcher: Matcher | None = None
) -> set[str]:
    """The pages of ``indexes`` that are one only by their template's OIT list (the one page
    it is read on): what they publish themselves is evidence like any page's."""
    return {
        url
        for url in indexes
        if (doc := snapshot.doc(url)) is not None
        and doc.kind == "page"
        and not _listed_codes(doc.main_text, matcher)
    }


def file_name(url: str) -> str:
    """A document's file name as words: decoded, extension dropped, ``_`` and ``-`` as spaces."""
    name = document_name(url)
    name = name.rsplit(".", 1)[0] if "." in name else name
    return " ".join(re.sub(r"[_\-+]+", " ", name).split())


def _snippet(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _heading_years(doc: Doc) -> set[int]:
    """The Buddhist-era years an index page states in its title and opening."""
    head = f"{doc.title} {doc.main_text[:600]}"
    return {int(y) for y in _YEAR.findall(compact_for_match(head))}


def archived_indexes(snapshot: Snapshot, indexes: dict[str, set[str]]) -> set[str]:
    """The OIT index pages of a past year: every year their heading states is older than the
    newest another index page of the site states (``/ita/2567/`` beside ``/ita/2568/``). Their
    rows point to that year's evidence, which this year's index has replaced."""
    years = {}
    for url in indexes:
        doc = snapshot.doc(url)
        if doc is not None and (found := _heading_years(doc)):
            years[url] = max(found)
    if not years:
        return set()
    newest = max(years.values())
    return {url for url, year in years.items() if year < newest}


def _states_year(doc: Doc, framework: Framework | None) -> bool | None:
    """Whether an index page states this framework's year (None: it states no year)."""
    if framework is None:
        return None
    years = _heading_years(doc)
    if not years:
        return None
    return bool(years & {framework.assessment_year, framework.fiscal_year})


class Finder:
    """Every item's candidates in one pass over the crawl."""

    def __init__(
        self,
        snapshot: Snapshot,
        items: list[Item],
        checklist: dict[str, list[str]],
        framework: Framework | None = None,
        corrections: dict[str, list[str]] | None = None,
    ):
        self.snapshot = snapshot
        self.framework = framework
        self.matcher = Matcher(items)
        # items of what was done under something (a policy's implementation, a report of results)
        self._implementation = {
            it.code: any(w in compact_for_match(it.title_th) for w in IMPLEMENTATION)
            for it in items
        }
        add_sections(snapshot, self.matcher)  # a document serving many items: by section
        self.indexes = index_pages(snapshot, self.matcher)
        # ... of them, pages that are one only by the site's OIT menu on every page: their
        # template's coded links are read as the index's rows, their own content as evidence
        self.navigation = navigation_pages(snapshot, self.indexes, self.matcher)
        self.archived = archived_indexes(snapshot, self.indexes)
        self._found: dict[str, dict[str, Candidate]] = {it.code: {} for it in items}
        self.wrong: dict[str, list[str]] = {}  # checklist URLs that open but do not show their item
        self.unchecked: dict[str, list[str]] = {}  # URLs outside the site that it never links
        linked = {lk.to_url for lk in snapshot.links}
        self._labels: dict[str, list[str]] = {}  # URL -> the words of the links to it
        self._links_to: dict[str, set[str]] | None = None  # URL -> pages linking it (lazily)
        for lk in snapshot.links:
            if not lk.boilerplate and len(lk.compact_anchor) >= 4:
                self._labels.setdefault(lk.to_url, []).append(lk.anchor)
        for code, urls in (corrections or {}).items():
            for url in urls:  # an officer said so: trusted, though still fetched and judged
                if url not in linked and not url.startswith(snapshot.site.scope_prefix):
                    self.unchecked.setdefault(code, []).append(url)
                else:
                    self._offer(code, url, "correction", url, why="officer's correction")
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
                    self._offer(code, url, "checklist", url, why="officer's checklist")
        self._scan_links()
        self._scan_docs()
        self._scan_people([it.code for it in items if it.people_page])

    def _index(self, url: str) -> bool:
        """Whether ``url`` is an OIT index page by its own content (not evidence itself)."""
        return url in self.indexes and url not in self.navigation

    def _shows(self, code: str, doc: Doc) -> bool:
        """Whether ``doc``, or a document or link one click below it, names item ``code``."""
        texts = [doc.title, doc.main_text[:4000]]
        for link in self.snapshot.links_from.get(doc.url, []):
            if not link.boilerplate:
                texts.append(link.anchor)
                target = self.snapshot.doc(link.to_url)
                if target is not None and target.kind == "document":
                    texts.append(target.title)
        return any(code in self.matcher.match(t) for t in texts if t)

    def _offer(
        self,
        code: str,
        url: str,
        source: str,
        snippet: str,
        title: str = "",
        strength: float = 1.0,
        why: str = "",
    ) -> None:
        found = self._found.get(code)
        if found is None:
            return
        parts = self.snapshot.parts_for(url, code)
        if parts is not None and (parts or source not in OFFICERS):
            # a document serving many items: the item's evidence is its own section; a
            # document with no section about it is not (its contents page only names it)
            for part in parts:
                self._offer(code, part.url, source, snippet, title, strength, why)
            return
        target = self.snapshot.doc(url) if "#" in url else None
        if (
            target is not None
            and target.part_of
            and target.codes
            and code not in target.codes
            and source not in OFFICERS
        ):
            return  # a link naming the item opens a long document at another item's part
        conf = round(WEIGHTS[source] * strength, 3)
        if conf < FLOOR:
            return
        current = found.get(url)
        if current is None:
            found[url] = Candidate(url, conf, source, _snippet(snippet), title, why)
            return
        low, high = sorted((conf, current.confidence))
        if source == current.source:  # the same kind of signal again (a menu on every page)
            joined = high
        else:  # two independent signals agree
            joined = round(min(0.99, high + 0.5 * (1 - high) * low), 3)
        if conf > current.confidence:
            found[url] = Candidate(
                url, joined, source, _snippet(snippet), title or current.title, why
            )
        else:
            current.confidence = joined

    def _offer_hits(self, hits: dict, url: str, source: str, snippet: str, title: str) -> None:
        for code, hit in hits.items():
            why = f"{hit.how}: {hit.phrase}"
            self._offer(code, url, source, snippet, title, hit.strength, why)

    def _scan_links(self) -> None:
        for link in self.snapshot.links:
            if link.tag not in ("a", "iframe", "frame") or self._index(link.to_url):
                continue
            if link.to_url == link.from_url:
                continue  # an in-page link (a tab, "#EB10") names a part of its own page
            if self._beside(link):
                continue
            # the template's links (a footer after the last heading) are no row of the index;
            # a link in a row that names its item's code is, though the site's menu repeats it
            # (the OIT row's "ผู้บริหาร" beside the side menu's "ผู้บริหาร")
            if (
                link.from_url in self.indexes
                and (not link.boilerplate or _coded_row(link))
                and self._index_row(link)
            ):
                continue
            compact = link.compact_anchor
            if compact and compact not in GENERIC_ANCHORS and len(compact) >= 4:
                hits = self.matcher.match(compact, compact=True)
                if link.boilerplate:
                    # a site-wide block (a recent-documents widget, a footer) repeats its links
                    # on every page: one is the item's only when its words name the item's
                    # document, not when they share some of its words ("คำสั่งแต่งตั้งคณะทำงาน
                    # ขับเคลื่อนการประเมิน ITA" is no analysis of the ITA results)
                    hits = {c: h for c, h in hits.items() if h.how != "words"}
                self._offer_hits(hits, link.to_url, "menu", link.anchor, link.anchor)
                row = link.context.rsplit(" | ", 1)[-1] if link.context else ""
                if (
                    hits
                    or link.boilerplate
                    or _THAI.search(link.anchor)
                    or compact not in (compact_for_match(row))
                ):
                    continue  # a link that says what it is is not read by its surroundings
                # ... unless it says it in English only, its Thai name beside it in its own row
                # ("Budget Spending Report FY2024 (รายงานผลการใช้จ่ายงบประมาณ ๒๕๖๗)"; not a
                # heading above it)
                hits = self.matcher.match(row)
                self._offer_hits(hits, link.to_url, "context", link.context, link.anchor)
                continue
            if link.boilerplate:
                continue  # the template's link (a category "ITA" on every post): the heading
                # above it on one page says nothing of where it goes
            if link.from_url in self.indexes:
                hits = self.matcher.match(_row_words(link))
            else:
                hits = self._nearest_hits(link)
            self._offer_hits(hits, link.to_url, "context", link.context, link.anchor)

    def _nearest_hits(self, link: LinkView) -> dict:
        """The items a generic link ("คลิกที่นี่", "รายละเอียด") in prose is about: those the
        clauses nearest it name ("…กำลังจัดทำรายงานการกำกับติดตาม… จะเผยแพร่ภายหลัง ในระหว่างนี้
        ท่านสามารถดูแผนปฏิบัติราชการได้จาก [รายละเอียด]" is about the plan, not the report).
        Clauses (Thai separates them by spaces) of the link's own row are read outwards from
        the link, before it first, then the row, then the heading with it; what a clause names
        after "ตาม" it refers to, it is not about it. A short row (a table's, a caption) is
        read whole with its heading."""
        text = " ".join(link.context.split())
        anchor = " ".join(link.anchor.split())
        row = text.rsplit(" | ", 1)[-1]
        if len(row) <= PROSE_ROW or not anchor:
            return self.matcher.match(text)
        before, _, after = row.partition(anchor) if row.count(anchor) == 1 else ("", "", "")
        head, tail = before.split(), after.split()
        windows = [" ".join(head[-n:]) for n in range(1, min(len(head), PROSE_CLAUSES) + 1)]
        windows += [" ".join(tail[:n]) for n in range(1, min(len(tail), PROSE_CLAUSES) + 1)]
        for window in [*windows, row, text]:
            compact = compact_for_match(window)
            hits = {
                code: hit
                for code, hit in self.matcher.match(compact, compact=True).items()
                if compact[max(0, hit.start - len(_REFERRED)) : hit.start] != _REFERRED
            }
            if hits:
                return hits
        return {}

    def _beside(self, link: LinkView) -> bool:
        """A page of the agency's host outside its site (a shared portal's root, another
        district's section), never fetched: not the agency's publishing ("ข่าวสาร" -> "/")."""
        if link.in_scope or self.snapshot.doc(link.to_url) is not None:
            return False
        host = urllib.parse.urlsplit(self.snapshot.site.scope_prefix).netloc
        return urllib.parse.urlsplit(link.to_url).netloc == host

    def _index_row(self, link: LinkView) -> bool:
        """Judge a link on an index page by its row's code and words; True when it was used."""
        row = _row_words(link)
        # a past year's index (an archive beside this year's) names last year's evidence
        strength = ARCHIVED if link.from_url in self.archived else 1.0
        codes = {m.code for m in find_codes(link.anchor, clauses=True)} or {
            m.code for m in find_codes(row, clauses=True)
        }
        if not codes and " | " in link.context:
            # under a heading that names one item (an accordion panel, a tab): the heading's row
            heading = link.context.split(" | ", 1)[0]
            codes = {m.code for m in find_codes(heading, clauses=True)}
            if len(codes) != 1:
                return False
            row = f"{heading} {row}"
        if not codes:
            return False
        words = _strip_codes(row)
        hits = self.matcher.match(words)
        agreeing = {c: h for c, h in hits.items() if c in codes}
        for code, hit in agreeing.items():
            why = f"{code} + {hit.phrase}"
            self._offer(code, link.to_url, "index", row, link.anchor, strength, why)
        if agreeing:
            own = self.matcher.match(link.anchor) if len(link.compact_anchor) >= 4 else {}
            others = {c: h for c, h in own.items() if c not in agreeing}
            self._offer_hits(others, link.to_url, "menu", link.anchor, link.anchor)
            return True
        if hits:  # the row's words name other items: the code is another year's numbering
            self._offer_hits(hits, link.to_url, "menu", row, link.anchor)
            return True
        if len(codes) == 1 and len(compact_for_match(words)) < 12:
            page = self.snapshot.doc(link.from_url)
            if page is not None and _states_year(page, self.framework):
                (code,) = codes  # a bare code on a page of this framework's year
                self._offer(code, link.to_url, "index_code", row, link.anchor, strength, code)
        return True

    def _scan_docs(self) -> None:
        for parts in self.snapshot.parts.values():
            for part in parts:  # a section's heading is its title
                hits = self.matcher.match(part.title)
                for code in sorted(part.codes):
                    hit = hits.get(code)
                    strength = hit.strength if hit is not None else 1.0
                    why = f"{hit.how}: {hit.phrase}" if hit is not None else f"{code} heading"
                    self._offer(code, part.url, "title", part.title, part.title, strength, why)
        # documents the site links only from a block repeated on every page (a recent-documents
        # widget): their title is the item's document only when it names it, not when it shares
        # some of its words
        content = {lk.to_url for lk in self.snapshot.links if not lk.boilerplate}
        repeated = {lk.to_url for lk in self.snapshot.links if lk.boilerplate} - content
        for doc in self.snapshot.each_doc():
            if self._index(doc.url) or not doc.alive:
                continue
            hits = self.matcher.match(doc.title) if doc.title else {}
            if doc.url in repeated:
                hits = {c: h for c, h in hits.items() if h.how != "words"}
            if hits:
                self._offer_hits(hits, doc.url, "title", doc.title, doc.title)
                continue
            heading = _thai_heading(doc)
            hits = self.matcher.match(heading) if heading else {}
            if hits:  # an English title over its Thai one, a letterhead over the document's
                self._offer_hits(hits, doc.url, "title", heading, doc.title)
                continue
            name = file_name(doc.url) if doc.kind == "document" else ""
            hits = self.matcher.match(name) if name else {}
            if hits:  # the file's name says what it is ("สถิติรายได้_ปีงบ68.xlsx")
                self._offer_hits(hits, doc.url, "filename", name, doc.title or name)
                continue
            opening = doc.main_text[:OPENING]
            source = "document" if doc.kind == "document" else "text"
            hits = {c: h for c, h in self.matcher.match(opening).items() if h.how == "phrase"}
            # items a document's opening cites by code among other items' codes (the ITA
            # result's analysis: "ข้อที่ได้ ๐ คะแนน ได้แก่ O๑๐ ข้อมูลสถิติการจัดเก็บรายได้ O๑๕ …"):
            # it is none of them
            cited = {m.code for m in find_codes(doc.main_text[: 2 * OPENING])}
            if len(cited) >= CITED_MIN:
                hits = {c: h for c, h in hits.items() if c not in cited}
            # words in passing in the opening do not make a document another item's when the
            # links to it name what it is ("Annual Report" is not the 6-month report it mentions)
            named = {c for a in self._labels.get(doc.url, ()) for c in self.matcher.match(a)}
            if named:
                hits = {c: h for c, h in hits.items() if c in named}
            self._offer_hits(hits, doc.url, source, opening, doc.title)

    def _scan_people(self, codes: list[str]) -> None:
        """Pages that list people (names on lines of their own, with photos): evidence of the
        items about people (the executives), though the page never names the item (an org
        chart). The item's elements still decide whether names, positions and contacts are all
        there."""
        if not codes:
            return
        for doc in self.snapshot.each_doc():
            if doc.kind != "page" or not doc.alive or self._index(doc.url):
                continue
            names = {
                ln.strip()
                for ln in doc.main_text.splitlines()
                if PERSON_NAME.match(ln.strip()) and len(compact_for_match(ln)) <= PERSON_LINE_MAX
            }
            photos = {
                lk.to_url
                for lk in self.snapshot.links_from.get(doc.url, [])
                if lk.tag == "img" and not lk.boilerplate
            }
            if len(names) >= PEOPLE_MIN and len(photos) >= PEOPLE_MIN:
                why = f"a list of people: {len(names)} names, {len(photos)} photos"
                for code in codes:
                    self._offer(code, doc.url, "people", doc.main_text, doc.title, 1.0, why)

    def attribute(self, code: str, bundle: Bundle) -> None:
        """Mark the bundle's documents whose labels (title, the words of the links to them, file
        name) name other items and not ``code``: they are there for another item."""
        # a document the OIT index lists in the item's own row (or an officer names) is the
        # item's, whatever else its title names (the spending-plan workbook whose second sheet
        # is the community subsidy, in O14's row)
        # ... unless the index lists it in another item's row too, which its own title names,
        # and its text never names this one (the anti-bribery policy uploaded under the
        # discretion guideline's row as well); an officer's word stands
        officers = {c.url for c in bundle.candidates if c.source in OFFICERS}
        assigned = {c.url for c in bundle.candidates if c.source == "index"} | officers
        anchors: dict[str, list[str]] = {}
        for lk in bundle.links:
            if lk.boilerplate:
                continue
            if len(lk.compact_anchor) >= 4:
                anchors.setdefault(lk.to_url, []).append(lk.anchor)
            if len(lk.compact_anchor) < 4 or not self.matcher.match(lk.anchor):
                # a button or thumbnail says nothing: its row or card does ("ผลการดำเนินการ
                # ตามมาตรการ" over "เปิดเอกสาร"), not the heading above it
                row = lk.context.rsplit(" | ", 1)[-1] if " | " in lk.context else ""
                if row:
                    anchors.setdefault(lk.to_url, []).append(_strip_codes(row))
        unnamed: list[str] = []  # documents whose labels name no item, their openings another
        labelled = False  # ... beside one whose labels name this item
        chosen = {c.url for c in bundle.candidates}
        for doc in bundle.docs:
            if doc.kind != "document" or doc.url in officers:
                continue
            # a member of an archive the row gives (the row's "download all (.zip)") is given
            # by the row as much as the archive is
            archive = split_member(doc.url)[0]
            if doc.url in assigned or (archive != doc.url and archive in assigned):
                if self._titled_other(code, doc) or self._announces_other(code, doc):
                    bundle.others_items.add(doc.url)
                    bundle.misfiled.add(doc.url)
                    continue
                if doc.url in assigned:
                    continue
            # ... and the words of the links that made it a candidate (a menu's, a list's)
            found_as = [c.title for c in bundle.candidates if c.url == doc.url]
            labels = [doc.title, file_name(doc.url), *anchors.get(doc.url, []), *found_as]
            named: set[str] = set()
            whole: set[str] = set()  # ... by a phrase, not by words in common only
            for label in labels:
                if label:
                    hits = self.matcher.match(label)
                    named |= set(hits)
                    whole |= {c for c, h in hits.items() if h.how != "words"}
            if (named and code not in named) or (whole and code not in whole):
                # labels naming another item, or naming it whole and sharing words with this
                # one ("ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต" beside the complaint channels)
                bundle.others_items.add(doc.url)
            elif self._heading_only(code, doc):
                bundle.others_items.add(doc.url)
                bundle.misfiled.add(doc.url)
            elif code in named:
                labelled = True
            elif doc.url not in chosen and not named:
                opening = {
                    c
                    for c, h in self.matcher.match(doc.main_text[:OPENING]).items()
                    if h.how == "phrase"
                }
                if opening and code not in opening:
                    unnamed.append(doc.url)
        if labelled:
            # a section page serving many items (its cards' buttons, thumbnails, "ภาษาไทย ·
            # English"), some of its documents labelled for this item: one labelled for nothing
            # whose opening names another item, never this one, is that item's
            bundle.others_items.update(unnamed)
        self._attribute_dead(code, bundle, anchors)
        self._attribute_pending(code, bundle)

    def _attribute_dead(self, code: str, bundle: Bundle, anchors: dict[str, list[str]]) -> None:
        """Leave out of the item's dead links those that are another item's: a dead link counts
        against the item it is for, not every item whose evidence shares its page.

        - A link below the item's pages whose words (its own, its row's when it says nothing
          ("📄 PDF"), its file's name) name other items and never this one: the e-service
          page's dead link to the permit tracking system is the tracking item's, the home
          page's dead procurement notices are the notices item's.
        - A dead link naming the item found only on other items' pages (pages the OIT index,
          their title or the menu give other items, never this one), while the item's own row
          opens a page that does not link it (the plan's table on the procurement page its row
          gives; "ประกาศเผยแพร่แผน…" dead on the notices page): the row's page is the item's
          evidence (:attr:`Bundle.replaced`).
        """
        chosen = {c.url for c in bundle.candidates}
        gone: set[str] = set()
        for url in dict.fromkeys(bundle.dead):
            if url in chosen:
                continue
            named: set[str] = set()
            for label in (file_name(url), *anchors.get(url, [])):
                if label:  # by name, not by words in common ("รายงานผลการดำเนินงานตามมาตรการ"
                    # shares words with the annual report; it names none of the items whole)
                    named |= {c for c, h in self.matcher.match(label).items() if h.how != "words"}
            if named and code not in named:
                gone.add(url)
        if gone:
            bundle.others_dead |= gone
            bundle.dead = [u for u in bundle.dead if u not in gone]
            bundle.sent_home = [u for u in bundle.sent_home if u not in gone]
            bundle.corrupt = [u for u in bundle.corrupt if u not in gone]
        opened = {d.url for d in bundle.docs} | {d.final_url for d in bundle.docs}
        rows = [c for c in bundle.candidates if c.source == "index" and c.url in opened]
        if not rows:
            return
        linked = {lk.to_url for lk in bundle.links}
        for c in bundle.candidates:
            if c.url not in bundle.dead or c.source in (*OFFICERS, "index") or c.url in linked:
                continue
            if not any(r.confidence >= c.confidence for r in rows):
                continue
            pages = self._linking_pages(c.url)
            if pages and all(p not in self._found[code] and self._page_items(p) for p in pages):
                bundle.replaced.add(c.url)

    def _page_items(self, url: str) -> set[str]:
        """The items whose page ``url`` is: the OIT index's row gives it, or its title or the
        site's menu name the item (a strong candidate of it)."""
        return {
            code
            for code, found in self._found.items()
            if (c := found.get(url)) is not None
            and c.source in ("index", "title", "menu")
            and c.confidence >= STRONG
        }

    def _linking_pages(self, url: str) -> set[str]:
        """The pages whose own links (not their template's) lead to ``url``."""
        if self._links_to is None:
            self._links_to = {}
            for lk in self.snapshot.links:
                if not lk.boilerplate:
                    self._links_to.setdefault(lk.to_url, set()).add(lk.from_url)
        return self._links_to.get(url, set())

    def _attribute_pending(self, code: str, bundle: Bundle) -> None:
        """Mark the lines of the evidence saying something is still being prepared that name
        other items and never this one (:attr:`Bundle.others_pending`): the budget page's
        "รายงานผลการใช้จ่ายงบประมาณ ปี 2568 (อยู่ระหว่างจัดทำ)" is the spending report's, not the
        budget data's, the HR page's pending results report not the HR criteria's."""
        for doc in bundle.docs:
            if not doc.readable:
                continue
            for line in f"{doc.title}\n{doc.main_text}".splitlines():
                compact = compact_for_match(line)
                if not compact or compact in bundle.others_pending or not partly_pending(compact):
                    continue
                named = set(self.matcher.match(line))
                if named and code not in named:
                    bundle.others_pending.add(compact)

    def _names(self, code: str, compact: str) -> bool:
        return any(p in compact for p in self.matcher.phrases[code])

    def _rows(self, url: str) -> set[str]:
        """The items whose rows of the OIT index link ``url``, or the archive holding it."""
        archive = split_member(url)[0]
        return {
            code
            for code, found in self._found.items()
            for u in {url, archive}
            if (c := found.get(u)) is not None and c.source == "index"
        }

    def _titled_other(self, code: str, doc: Doc) -> bool:
        """Whether ``doc``'s own title names another item, not ``code``, the OIT index lists it
        in that item's row too, and its text never names ``code``: the same file under two rows
        is the item's its own words name (the anti-bribery policy under the discretion
        guideline's row as well). Its first line titles it too (the risk assessment's heading
        over its table, the file's own title "untitled"), and so do the title under a
        letterhead and, for a member of an archive, its own file name."""
        if not doc.machine_read or not doc.main_text.strip():
            return False
        titles = [doc.title, _thai_heading(doc), _first_line(doc)]
        if split_member(doc.url)[1] is not None:
            titles.append(file_name(doc.url))
        if doc.tables and len(doc.tables) > 1:
            # a workbook's sheets each head their own table ("คำอธิบาย" over the notes, then
            # "การประเมินความเสี่ยงต่อการรับสินบน… ๒๕๖๙" over the assessment): its opening titles it
            titles.append(doc.main_text[:OPENING])
        named = set().union(*(self.matcher.match(t) for t in titles if t))
        if not named:
            return False
        return (
            code not in named
            and bool(named & self._rows(doc.url) - {code})
            and not self._names(code, compact_for_match(f"{doc.title}\n{doc.main_text}"))
        )

    def _announces_other(self, code: str, doc: Doc) -> bool:
        """Whether ``doc``, for an item of what was done under something (its implementation,
        a report of results: "การดำเนินการตามนโยบาย…"), is the announcement of that thing itself
        ("ประกาศ… เรื่อง นโยบายการบริหารทรัพยากรบุคคล"): its title announces what another item
        names, not ``code``, and its text never names ``code``. The policy is not what was done
        under it, whatever the link to it says ("ผลการดำเนินการตามนโยบาย")."""
        if not self._implementation.get(code) or not doc.machine_read or not doc.title:
            return False
        title = compact_for_match(doc.title)
        if not (title.startswith(ANNOUNCEMENT) and ANNOUNCEMENT_SUBJECT in title):
            return False
        named = set(self.matcher.match(doc.title))
        return (
            bool(named - {code})
            and code not in named
            and not self._names(code, compact_for_match(f"{doc.title}\n{doc.main_text}"))
        )

    def _heading_only(self, code: str, doc: Doc) -> bool:
        """Whether ``doc`` names ``code`` only in its heading (its title and opening lines),
        while its body, of some length, never names ``code`` and names another item the OIT
        index lists it under: a heading left over from another document over that item's
        content (the HR criteria under the discretion guideline's heading)."""
        if not doc.machine_read:
            return False
        rows = self._rows(doc.url) - {code}
        text = compact_for_match(doc.main_text)
        head, body = text[:HEADING_SPAN], text[HEADING_SPAN:]
        if not rows or len(body) < BODY_MIN or self._names(code, body):
            return False
        if not self._names(code, f"{compact_for_match(doc.title)}\n{head}"):
            return False
        return bool(rows & set(self.matcher.match(body, compact=True)))

    def candidates(self, code: str) -> list[Candidate]:
        """``code``'s candidates, best first, one per URL."""
        return sorted(self._found[code].values(), key=lambda c: (-c.confidence, c.url))


# Words of a page that says where its content is instead of holding it ("อยู่ที่", "ดูได้ที่").
_POINTS = re.compile(r"(?:อยู่|ดู|อ่าน|ย้ายไป)(?:ได้)?ที่|ดังลิงก์|ตามลิงก์|ตามลิ้งค์|seeat|movedto")
POINTER_TEXT = 200  # compact letters: a pointer page says little besides where to look
POINTER_LINKS = 3  # ... and links to few places
POINTED = 2  # depth of a page a pointer leads to: its documents join, not its pages


def _pointer(page: Doc, snapshot: Snapshot) -> bool:
    """Whether ``page`` is a pointer: short, saying where its content is, linking a few pages
    of the site (not a page of content, nor a menu)."""
    if page.kind != "page":
        return False
    text = compact_for_match(page.main_text)
    if len(text) > POINTER_TEXT:
        return False
    own = [
        lk
        for lk in snapshot.links_from.get(page.url, [])
        if not lk.boilerplate and lk.tag == "a" and lk.to_url != page.url
    ]
    for lk in own:  # the words saying where are the page's own, not a link's ("อ่านที่นี่.html")
        if lk.compact_anchor:
            text = text.replace(lk.compact_anchor, "\n")
    return 0 < len(own) <= POINTER_LINKS and _POINTS.search(text) is not None


# A link whose words are a year only ("ปีงบประมาณ ๒๕๖๘", "พ.ศ. 2568", "2568"): a page of years.
_YEAR_LABEL = re.compile(r"(?:ปีงบประมาณ|ปีงบ|ปี|พ\.ศ\.|fy|ita)?(25[5-9]\d)")
YEARS_MIN = 2  # year links that make a page a list of its years


def _newest_year(page: Doc, snapshot: Snapshot) -> str | None:
    """The page of the newest year a page lists its years by (links whose words are a year
    only: "ปีงบประมาณ ๒๕๖๘", "ปีงบประมาณ ๒๕๖๗"), None when it lists fewer than
    :data:`YEARS_MIN`."""
    years: dict[str, int] = {}
    for lk in snapshot.links_from.get(page.url, []):
        if lk.boilerplate or lk.tag != "a" or not lk.in_scope or lk.to_url == page.url:
            continue
        m = _YEAR_LABEL.fullmatch(lk.compact_anchor)
        if m is not None:
            years[lk.to_url] = max(years.get(lk.to_url, 0), int(m.group(1)))
    if len(set(years.values())) < YEARS_MIN:
        return None
    return max(years, key=lambda u: (years[u], u))


EMBEDS = ("iframe", "frame", "embed", "object")  # tags that show a document inside a page


def gather(snapshot: Snapshot, candidates: list[Candidate], code: str = "") -> Bundle:
    """The evidence of item ``code``: the best candidate, the other strong ones, and what each
    links to.

    Documents one click below a chosen page join the evidence; so do pages one
    click below that are themselves candidates of the item (the posts of a list
    page, each month's summary), with their documents. A document serving many
    items joins as the sections about ``code`` (none when it has none).
    """
    if not candidates:
        return Bundle(candidates=[])
    best = candidates[0]
    strong = [c for c in candidates[1:] if c.confidence >= STRONG]
    # siblings: as strong as the best and found the same way (one manual per division, one
    # summary per month) all join, however weak the best (the evidence the item is judged on);
    # other strong candidates up to MAX_CANDIDATES in all
    # ... of the best the site holds: an outside link (e-GPBMA) is no series of the site's own
    lead = next((c for c in candidates if snapshot.doc(c.url) is not None), best)
    siblings = [
        c
        for c in candidates
        if c is not best
        and (c is lead or (c.source == lead.source and c.confidence >= lead.confidence - SIBLING))
    ][:MAX_SIBLINGS]
    # pages before single documents: a list page brings every document it links to
    others = sorted(
        (c for c in strong if c not in siblings),
        key=lambda c: (getattr(snapshot.doc(c.url), "kind", "") != "page", -c.confidence),
    )[: MAX_CANDIDATES - 1]
    chosen = [best, *siblings, *others]
    related = {c.url for c in candidates}
    bundle = Bundle(candidates=chosen)
    seen: set[str] = set()

    def add(doc: Doc) -> None:
        inside = snapshot.members.get(doc.url)
        if inside:  # an archive: its documents are the evidence, not the list of their names
            for member in inside:
                add(member)
            return
        parts = snapshot.parts_for(doc.url, code) if code else None
        if parts is not None and (parts or doc.url not in related):
            for part in parts:  # an officer naming the whole document keeps the whole
                add(part)
            return
        if doc.url not in seen and len(bundle.docs) < MAX_BUNDLE:
            seen.add(doc.url)
            bundle.docs.append(doc)

    paged: set[str] = set()  # a listing's pages followed so far (:func:`next_page`)
    # the pages named as the item's (its index row, a menu), whose listing goes on over pages;
    # not a page found by a word near a link (a news list's pager "1")
    listings = {c.url for c in chosen if c.source in LISTING_SOURCES}

    def below(page: Doc, depth: int, pager: int = 0) -> None:
        points = _pointer(page, snapshot)
        newest = _newest_year(page, snapshot) if depth <= 1 else None
        for link in snapshot.links_from.get(page.url, []):
            bundle.links.append(link)
            if link.boilerplate or link.tag not in ("a", *EMBEDS):
                continue
            target = snapshot.doc(link.to_url)
            if target is None or target.url in seen:
                continue
            if link.tag != "a" and target.kind != "document":
                continue  # a page's frame is its own page; a document it embeds is shown on it
            if not link.in_scope and target.kind != "document":
                continue  # a page outside the site; its files in a shared folder count (the
                # crawler fetched them because this page links them)
            if target.kind != "document" and target.unasked:
                # a page the crawl's trap guard chose not to ask (a list's endless sort and
                # session variants): not known dead, and no evidence of the item's either
                continue
            if target.forbidden:
                bundle.forbidden.append(link.to_url)
            elif not target.alive:
                bundle.dead.append(link.to_url)
                if target.outcome == "soft_404":
                    bundle.sent_home.append(link.to_url)
                if target.corrupt:
                    bundle.corrupt.append(link.to_url)
            elif target.kind == "document":
                add(target)
            elif target.url == newest or target.final_url == newest:
                # a page of the item listing its years ("ปีงบประมาณ ๒๕๖๘", "ปีงบประมาณ ๒๕๖๗"): the
                # newest year's page is the item's page for now, read as the page itself is
                add(target)
                below(target, 0)
            elif points and depth <= 1 and link.in_scope:
                # a page saying only where the item is ("…สขร.1 รายเดือน อยู่ที่ /files/
                # procurement/2568/"): where it points is the item's evidence
                add(target)
                below(target, POINTED)
            elif (
                depth == 0
                and link.in_scope
                and (pager or page.url in listings)
                and pager < PAGER_MAX
                and target.url not in paged
                and next_page(page.url, link)
            ):
                # the listing's next page ("?page=2", "ถัดไป »"): the same list, read as it is
                paged.add(target.url)
                add(target)
                below(target, 0, pager + 1)
            elif depth == 0 and (
                target.url in related or (link.in_scope and _pointer(target, snapshot))
            ):
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
        if doc.forbidden:
            bundle.forbidden.append(cand.url)
            continue
        if not doc.alive:
            bundle.dead.append(cand.url)
            if doc.outcome == "soft_404":
                bundle.sent_home.append(cand.url)
            if doc.corrupt:
                bundle.corrupt.append(cand.url)
            continue
        add(doc)
        below(doc, 0)
    bundle.replaced = _replaced(bundle, snapshot)
    return bundle


PAGER_MAX = 4  # pages of a listing read after its first
LISTING_SOURCES = ("correction", "index", "checklist", "menu")  # how an item's own listing is named
# a pager's link: a page number, "ถัดไป", "next", "»"
_PAGER_WORDS = re.compile(r"^(?:\d{1,3}|ถัดไป|หน้าถัดไป|next|older|[»›>]+)\W*$", re.IGNORECASE)
_PAGER_KEYS = ("page", "p", "paged", "pg", "start", "offset")
_PAGE_PATH = re.compile(r"/page/\d+/?$")


def next_page(url: str, link: LinkView) -> bool:
    """Whether ``link`` on the page at ``url`` opens another page of the same listing: its
    words are a pager's ("๒", "ถัดไป »") and its address differs from the page's only in the
    page number ("?page=2", "/page/2/")."""
    if not _PAGER_WORDS.match(compact_for_match(link.anchor)):
        return False
    here, there = urllib.parse.urlsplit(url), urllib.parse.urlsplit(link.to_url)
    if here.netloc != there.netloc or (here.path, here.query) == (there.path, there.query):
        return False
    if _PAGE_PATH.sub("/", here.path.rstrip("/") + "/") == _PAGE_PATH.sub(
        "/", there.path.rstrip("/") + "/"
    ) and (_PAGE_PATH.search(here.path) or _PAGE_PATH.search(there.path)):
        return here.query == there.query
    if here.path != there.path:
        return False
    a = {k: v for k, v in urllib.parse.parse_qsl(here.query) if k not in _PAGER_KEYS}
    b = urllib.parse.parse_qsl(there.query)
    return any(k in _PAGER_KEYS for k, _ in b) and a == {k: v for k, v in b if k not in _PAGER_KEYS}


def _replaced(bundle: Bundle, snapshot: Snapshot) -> set[str]:
    """The dead page candidates of ``bundle`` a working candidate stands in for: one naming
    the item as strongly or more that opened, not linking them but in the site's menus
    (:attr:`Bundle.replaced`). A
    dead file is never stood in for: it may be the evidence a working page only lists."""
    opened = {d.url for d in bundle.docs}
    working = [c for c in bundle.candidates if c.named and c.url in opened]
    dead = set(bundle.dead)
    out = set()
    for c in bundle.candidates:
        doc = snapshot.doc(c.url)
        if c.url not in dead or doc is None or doc.kind != "page" or not c.named:
            continue
        if any(
            w.confidence >= c.confidence
            and not any(
                lk.to_url == c.url and not lk.boilerplate
                for lk in snapshot.links_from.get(w.url, [])
            )
            for w in working
        ):
            out.add(c.url)
    return out
