"""One document serving many items: its text split into the sections each item is about.

Districts publish several OIT items in one file ("เอกสารประกอบการประเมิน ITA", a plan and its
report in one PDF): a cover, a table of contents, then one part per item, each opening with
the item's name. An item is judged on its own part, not on the whole file: the plan's
projects are not the report's results, a part with only its heading publishes nothing, and
the year a part covers is the year of that part.

A section begins where a heading names an item by its words (``checklist.meaning``):

- the opening lines of a page (a PDF's pages are kept apart by ``PAGE_BREAK``), once the
  lines every page repeats (a running header, a footer) are left out;
- the page a contents list gives for the item ("O11 … หน้า 4", or "บทที่ ๑ … (O1)" over a line
  "๑"), when that page's opening names no item itself (a heading in other words, or a code
  alone); the list's numbers are the ones the pages print ("- ๑ -"), which may stand a few
  pages behind the pages' places (a cover, a preface, the contents before page 1);
- a short line inside a page that begins with the item's code and names it in words
  ("O25 นโยบายการบริหารทรัพยากรบุคคล"), unless it is one of a list of such lines with
  nothing between them (a table of contents), or names an item the assessment lists before
  the part it stands in (a row of a table inside that part: bundles follow the list);
- an annex's heading ("ภาคผนวก ก รายงานผลการใช้จ่ายงบประมาณ…"): annexes follow the parts and
  are attached to any item, so they need not follow the list; one naming no item (the annexes'
  divider) ends the part before it, and pages inside an annex naming items carry it on.

A page whose opening names no item, or the same items, carries on the section before it; so
does one naming an item out of the list's order inside a document whose contents list meets
its chapters (a sub-heading naming another item in passing). A section's text leaves out the
document's running headers and footers that state a year (the document's, not the part's). A
document is split only when its sections are about two or more different items in the order
the assessment lists them, and it has three parts or more, or the links to it open it at a
page or name two of its parts' items; what comes before the first section (a cover, the
contents) belongs to no item. A link opening the document at a page ("#page=7") opens the
section there, or, when that one is not about the item the link names and the pages print
numbers other than their places, the section on the page printing that number.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from itertools import pairwise

from checklist.meaning import Hit, Matcher
from checklist.snapshot import Doc, LinkView, Snapshot
from crawler.extract import PAGE_BREAK
from oitwatch.thai import compact_for_match, find_codes, thai_to_arabic

__all__ = ["ANNEX", "INDEX_LINK_ROWS", "Section", "add_sections", "link_index", "split_sections"]

HEAD_LINES = 3  # a page's heading is within its first lines (of heading length) ...
NAME_LINES = 2  # ... and begins in the first of them (a number or code may stand above it)
SIDE_BY_SIDE = 6  # compact letters between two names of one heading ("โครงสร้างและอำนาจหน้าที่")
CODE_HEAD = 12  # compact letters from a line's start where an item heading's code stands
HEADING_LINE = 120  # compact letters: a longer line is prose, not a heading
CONTENTS_RUN = 3  # this many code headings in a row with nothing between them: a contents list
CONTENTS_GAP = 40  # compact letters between two of them that still count as nothing
RUNNING_SHARE = 0.3  # a line on this share of a document's pages (and 3+) is a running header
HEADING_REST = 80  # compact letters past its heading that make a section more than its heading
MIN_SECTIONS = 2  # a document is a bundle when its sections are about this many items or more
MAX_OFFSET = 4  # unnumbered pages (a cover, the contents) before a contents list's page 1
HEADING_CUT = 100  # compact letters of a link's heading (cut at 150 characters) that may be cut
CODED_AGREE = 3  # headings whose code and words agree that make the document's numbering ours
MIN_PARTS = 3  # ... and has this many parts, or links that open it at a page or name two of them
INDEX_LINK_ROWS = 3  # a document whose links stand in rows naming this many item codes: an index
PRINTED_PAGES = 3  # pages printing their number at one distance from their place: the document's
_LETTER = re.compile(r"[^\W\d_]")
_PAGE_NUMBER = re.compile(r"(\d{1,4})\W*$")
_BE_YEAR = re.compile(r"(?<!\d)25\d\d(?!\d)")
_NUMBER_LINE = re.compile(r"\W*(\d{1,4})\W*")  # a line holding only a number ("๑๘", "- ๑ -")
_PRINTED = re.compile(r"(?:หน้า|page)?\W*(\d{1,4})\W*")  # a page's printed number, compact
# a field's label and its value ("ภารกิจ: งานจัดเก็บภาษี…", compact): a page opening on it
# carries on the part before, it is no heading
_FIELD = re.compile(r"[ก-ฺเ-๎]{2,24}:.")
# an annex ("ภาคผนวก ก …", "เอกสารแนบ ๑", "Appendix A"): attached to an item, after all parts
# a chapter's or part's number opening its heading ("บทที่ ๖", "ส่วนที่ 2", "Chapter 3"), compact
_CHAPTER = re.compile(r"^(?:บทที่|ส่วนที่|ตอนที่|chapter|part)\d{1,2}(?!\d)")
ANNEX = re.compile(
    r"^\W*(?:ภาคผนวก|เอกสารแนบ|appendix|annex)(?:[ก-ฮ](?![ก-๙])|[a-z](?![a-z])|\d+)?\W*"
)


@dataclass(frozen=True)
class Section:
    """A part of a document about ``codes``: its first and last page (1-based), whether it
    starts at the top of its first page, the heading that names the items, its text (the
    heading's lines first) and its own words past the heading (compact, without running
    headers and footers or page numbers)."""

    first_page: int
    last_page: int
    page_top: bool
    codes: frozenset[str]
    heading: str
    text: str
    own: str
    shift: int = 0  # physical page = printed page number + shift (0: none printed, or equal)


@dataclass
class _Start:
    page: int  # 1-based
    line: int  # index in the page's lines
    codes: frozenset[str]
    heading: list[str]  # the heading's lines
    annex: bool = False  # an annex's heading: it follows the parts, about any item


def _pages(text: str) -> list[list[str]]:
    """The document's pages, each as its non-empty lines (stripped)."""
    return [
        [ln.strip() for ln in page.splitlines() if ln.strip()] for page in text.split(PAGE_BREAK)
    ]


def _running(pages: list[list[str]]) -> set[str]:
    """Lines that repeat on many pages (running headers and footers), compact."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({compact_for_match(ln) for ln in lines})
    least = max(3, int(RUNNING_SHARE * len(pages)))
    return {ln for ln, n in counts.items() if n >= least and ln}


def _first_names(hits: dict[str, Hit], codes: set[str]) -> frozenset[str]:
    """The items a heading names first: the earliest hit and those side by side with it (words
    further on are the section's first sentence, not its heading). A code written beside the
    names picks among them."""
    if not hits:
        return frozenset()
    ordered = sorted(hits.values(), key=lambda h: (h.start, -h.end))
    chosen = [ordered[0]]
    end = ordered[0].end
    for hit in ordered[1:]:
        if hit.start > end + SIDE_BY_SIDE:
            break
        chosen.append(hit)
        end = max(end, hit.end)
    names = {h.code for h in chosen}
    return frozenset(names & codes or names)


def _codes_at_start(compact: str) -> set[str]:
    return {m.code for m in find_codes(compact) if m.start < CODE_HEAD}


def _codes_written(compact: str) -> set[str]:
    """The codes a heading writes for itself: at its start, or closing it in brackets ("บทที่ ๑
    ข้อมูลพื้นฐาน (O1)")."""
    found = find_codes(compact)
    last = found[-1] if found else None
    closing = {last.code} if last and re.fullmatch(r"\)\W*", compact[last.end :]) else set()
    return _codes_at_start(compact) | closing


def _names(compact: str, matcher: Matcher) -> frozenset[str]:
    """The items a short line names first (nothing for a line of prose)."""
    if len(compact) > HEADING_LINE:
        return frozenset()
    return _first_names(matcher.match(compact, compact=True), _codes_written(compact))


def _entry_page(compact: list[str], n: int) -> int | None:
    """The page number a list of items gives for line ``n``: last on the line ("O10
    แผนปฏิบัติราชการประจำปี ....... หน้า 3"), not a code's number ("(O10)"), or alone on the
    line under it."""
    if n + 1 < len(compact) and (m := _NUMBER_LINE.fullmatch(compact[n + 1])):
        return int(m[1])
    m = _PAGE_NUMBER.search(compact[n])
    if m is None or any(c.start < m.end(1) <= c.end for c in find_codes(compact[n])):
        return None
    return int(m[1])


def _entry(compact: list[str], n: int) -> bool:
    """A line as a list of items writes it: the item's code first, or its page number."""
    return bool(_codes_at_start(compact[n])) or _entry_page(compact, n) is not None


def _contents(compact: list[str], named: list[frozenset[str]]) -> set[int]:
    """Lines of a page that are a list of items (a table of contents): several lines in a row,
    each naming an item as a list entry, about different items, next to nothing between them.
    An item named again ends the list (the first part's heading after the contents)."""
    entries = [n for n, codes in enumerate(named) if codes and _entry(compact, n)]
    out: set[int] = set()
    run: list[int] = []
    for n in [*entries, None]:
        if n is not None and (
            not run
            or (
                sum(map(len, compact[run[-1] + 1 : n])) < CONTENTS_GAP
                and all(named[n] != named[i] for i in run)
            )
        ):
            run.append(n)
            continue
        if len(run) >= CONTENTS_RUN and len({named[i] for i in run}) >= CONTENTS_RUN:
            out.update(run)
        run = [] if n is None else [n]
    return out


def _opening(compact: list[str], head: list[int], matcher: Matcher) -> tuple[frozenset[str], int]:
    """The items a page's opening lines ``head`` name, and the last of those lines: the first
    line that names one, read with the line after it when a name runs on to it (a title
    wrapped in two lines)."""
    codes: set[str] = set()
    for i, n in enumerate(head[:NAME_LINES]):
        line = compact[n]
        codes |= _codes_written(line)
        after = compact[head[i + 1]] if i + 1 < len(head) else ""
        hits = _leading(matcher.match(line + after, compact=True)) if after else {}
        if any(h.start < len(line) < h.end for h in hits.values()):
            first = {c: h for c, h in hits.items() if h.start < len(line)}
            return _first_names(first, codes), head[i + 1]
        own = _leading(matcher.match(line, compact=True))
        if own:
            return _first_names(own, codes), n
    return frozenset(), -1


def _leading(hits: dict[str, Hit]) -> dict[str, Hit]:
    """The hits that open their line (after a number or code at most): a heading starts with
    what it names; a sentence carried over from the page before names things further on."""
    return {c: h for c, h in hits.items() if h.start <= CODE_HEAD}


@dataclass
class _Page:
    starts: list[_Start]
    head: list[str]  # the opening's lines
    head_codes: set[str]  # item codes written at the start of them ("ข้อ o10")
    contents: list[tuple[frozenset[str], int]]  # a contents list's items and their pages
    printed: int | None = None  # the number the page prints for itself ("- ๗ -", "หน้า 7")


def _printed(compact: list[str]) -> int | None:
    """The page number a page prints (a line of its own among its first two or its last)."""
    for c in [*compact[:2], *compact[-1:]]:
        if (m := _PRINTED.fullmatch(c)) is not None:
            return int(m[1])
    return None


def _annex(compact: list[str], head: list[int], matcher: Matcher) -> tuple[frozenset[str], int]:
    """The items an annex's heading names ("ภาคผนวก ค รายงานผลการดำเนินการตามมาตรการ…"):
    anywhere in its title, read with the line under it (a wrapped title); ``last`` is -1 when
    the opening is no annex's."""
    if not head or (m := ANNEX.match(compact[head[0]])) is None:
        return frozenset(), -1
    title = compact[head[0]][m.end() :]
    after = compact[head[1]] if len(head) > 1 else ""
    hits = matcher.match(title + after, compact=True) if len(title + after) <= HEADING_LINE else {}
    first = {c: h for c, h in hits.items() if h.start < len(title)}
    if first:
        last = head[1] if any(h.end > len(title) for h in first.values()) else head[0]
        return _first_names(first, set()), last
    own = matcher.match(title, compact=True) if title else {}
    return _first_names(own, set()), head[0]


def _page_starts(lines: list[str], page: int, running: set[str], matcher: Matcher) -> _Page:
    """Where sections begin on one page (its opening, code headings inside it), and the
    entries of a contents list on it."""
    compact = [compact_for_match(ln) for ln in lines]
    named = [_names(c, matcher) for c in compact]
    listed = _contents(compact, named)
    starts: list[_Start] = []
    head: list[int] = []  # the opening's lines, past running headers and page numbers
    for n, c in enumerate(compact):
        if not _own(c, running):
            continue  # a running header or footer, a page number
        if n in listed or len(c) > HEADING_LINE or _FIELD.match(c):
            break
        head.append(n)
        if len(head) >= HEAD_LINES:
            break
    contents = [
        (named[n], number)
        for n in sorted(listed)
        if (number := _entry_page(compact, n)) is not None
    ]
    opening = _Page(
        starts,
        [lines[n] for n in head[:NAME_LINES]],
        {c for n in head[:NAME_LINES] for c in _codes_at_start(compact[n])},
        contents,
        _printed(compact),
    )
    body = 0
    codes, last = _annex(compact, head, matcher)
    if last >= 0:  # an annex: a part of its own, about the item its title names (or none)
        starts.append(_Start(page, 0, codes, lines[head[0] : last + 1], annex=True))
        body = last + 1
    elif (found := _opening(compact, head, matcher))[0]:
        codes, last = found
        starts.append(_Start(page, 0, codes, lines[head[0] : last + 1]))
        body = last + 1
    for n in range(body, len(lines)):
        if n in listed or not named[n] or not _codes_at_start(compact[n]):
            continue
        # a numbered heading: its code agrees with its words (or with the title under it)
        text = compact[n] + (compact[n + 1] if n + 1 < len(lines) else "")
        hits = matcher.match(text, compact=True)
        codes = frozenset(
            {c for c, h in hits.items() if h.start < len(compact[n])} & _codes_at_start(compact[n])
        )
        if codes:
            starts.append(_Start(page, n, codes, [lines[n]]))
    return opening


def _shift(found: list[_Page]) -> int | None:
    """How many pages the document's place of a page is past the number it prints (the pages
    before its page 1: a cover, the contents), when :data:`PRINTED_PAGES` pages or more print
    their number and most of them at one distance."""
    shifts = Counter(n - page.printed for n, page in enumerate(found, 1) if page.printed)
    if not shifts:
        return None
    shift, count = shifts.most_common(1)[0]
    return shift if count >= PRINTED_PAGES and 2 * count > shifts.total() else None


def _from_contents(found: list[_Page], distance: int | None) -> tuple[list[_Start], int]:
    """Sections a contents list places ("O11 … หน้า 4") on pages whose opening names no item
    (a heading in other words, a code only), and how many of its entries meet a page opening
    with their item: the list's page numbers, shifted by the number of unnumbered pages before
    (``distance``, the one the pages print their numbers at, else the offset at which the
    most entries meet their page, by the item's words or its code); none when no entry meets
    its page."""
    entries = [(codes, p) for page in found for codes, p in page.contents]
    if not entries:
        return [], 0

    def meets(codes: frozenset[str], number: int) -> bool:
        if not 1 <= number <= len(found):
            return False
        page = found[number - 1]
        return codes <= page.head_codes or any(
            s.line == 0 and s.codes == codes for s in page.starts
        )

    offsets = Counter(k for k in range(MAX_OFFSET + 1) for c, p in entries if meets(c, p + k))
    if distance is not None and 0 <= distance <= MAX_OFFSET:
        offsets[distance] += len(entries)  # the pages' own numbers say where page 1 is
    if not offsets:
        return [], 0
    shift = offsets.most_common(1)[0][0]
    met = sum(1 for c, p in entries if meets(c, p + shift))
    if not met:
        return [], 0
    out = []
    for codes, printed in entries:
        number = printed + shift
        if not 1 <= number <= len(found) or found[number - 1].contents:
            continue
        page = found[number - 1]
        if not any(s.line == 0 for s in page.starts) and page.head:
            out.append(_Start(number, 0, codes, page.head))
    return out, met


def _by_code(found: list[_Page]) -> list[_Start]:
    """Sections opened by a code alone ("O3 สถานศึกษาสังกัด กทม.": a heading in other words)
    in a document whose headings number the items as this assessment does: at least
    :data:`CODED_AGREE` headings' codes and words agree, none disagree (another year's
    numbering)."""
    agree = disagree = 0
    for page in found:
        for start in page.starts:
            written = (
                _codes_at_start(compact_for_match(start.heading[0])) if start.heading else set()
            )
            if written:
                agree += written == start.codes
                disagree += written != start.codes
    if agree < CODED_AGREE or disagree:
        return []
    return [
        _Start(number, 0, frozenset(page.head_codes), page.head[:1])
        for number, page in enumerate(found, 1)
        if len(page.head_codes) == 1
        and page.head
        and not page.contents
        and not any(s.line == 0 for s in page.starts)
    ]


def _chapter(start: _Start) -> bool:
    """Whether a part opens a page under its chapter's number ("บทที่ ๖ …")."""
    return (
        start.line == 0
        and bool(start.heading)
        and bool(_CHAPTER.match(thai_to_arabic(compact_for_match(start.heading[0]))))
    )


def _after(codes: frozenset[str], before: frozenset[str], order: dict[str, int]) -> bool:
    """Whether items ``codes`` come after ``before`` in the assessment's list: the parts of a
    bundle follow the list, an item named inside a part (a table row) need not."""
    return min(order.get(c, -1) for c in codes) > max(order.get(c, -1) for c in before)


def split_sections(text: str, matcher: Matcher) -> list[Section]:
    """The sections of a document's ``text`` about the items ``matcher`` knows, in order; empty
    when the document is not a bundle (its parts are about fewer than two items)."""
    pages = _pages(text)
    running = _running(pages)
    order = {code: n for n, code in enumerate(matcher.phrases)}
    found = [_page_starts(lines, n, running, matcher) for n, lines in enumerate(pages, 1)]
    printed = _shift(found)
    placed, met = _from_contents(found, printed)
    listed = placed + _by_code(found)
    starts = sorted(
        [s for page in found for s in page.starts] + listed, key=lambda s: (s.page, s.line)
    )
    # a contents list whose entries meet their pages: the document's parts are its chapters,
    # and a page inside one naming an item out of the list's order names it in passing
    ordered = met >= CONTENTS_RUN
    # ... whose numbered chapters ("บทที่ ๖ สถิติการจัดเก็บภาษี") open their parts in any order
    chapters = {id(s) for s in starts if ordered and _chapter(s)}
    merged: list[_Start] = []
    body: list[_Start] = []  # the parts in the list's order (annexes aside)
    for start in starts:
        if merged and start.line == 0 and start.codes == merged[-1].codes:
            continue  # a page naming the items of the part before carries it on
        if start.annex:  # after the parts, about any of them
            merged.append(start)
            continue
        if (
            body
            and not _after(start.codes, body[-1].codes, order)
            and (start.line > 0 or ordered or merged[-1].annex)
            and id(start) not in chapters
        ):
            continue  # a row of a table inside the part ("O9 สถิติภาษี" in the measures), a
            # page of a chapter or of an annex naming another item
        merged.append(start)
        body.append(start)
    if len({s.codes for s in merged if s.codes}) < MIN_SECTIONS or not all(
        _after(b.codes, a.codes, order) or id(b) in chapters for a, b in pairwise(body)
    ):
        return []  # one item's document, or headings out of the list's order (a manual's
        # chapters, a plan's pages naming things in passing): not a bundle of items
    out: list[Section] = []
    for i, start in enumerate(merged):
        nxt = merged[i + 1] if i + 1 < len(merged) else None
        last_page = len(pages) if nxt is None else nxt.page - (nxt.line == 0)
        parts: list[list[str]] = []
        for number in range(start.page, last_page + 1):
            lines = pages[number - 1]
            lo = start.line if number == start.page else 0
            hi = nxt.line if nxt is not None and number == nxt.page else len(lines)
            parts.append(lines[lo:hi])
        # the part's lines, less a running header stating a year ("รายงาน … ประจำปีงบประมาณ
        # ๒๕๖๘"): that is the document's year, not the part's (a signature on every page stays)
        text = f"\n{PAGE_BREAK}\n".join(
            "\n".join(ln for ln in lines if not _running_year(ln, running)) for lines in parts
        )
        own = "".join(
            "\n".join(ln for ln in lines if _own(compact_for_match(ln), running)) for lines in parts
        )
        heading = " ".join(" ".join(start.heading).split())
        own = compact_for_match(own).replace(compact_for_match(heading), "", 1)
        out.append(
            Section(
                start.page,
                last_page,
                start.line == 0,
                start.codes,
                heading,
                text,
                own,
                printed or 0,
            )
        )
    return out


def _running_year(line: str, running: set[str]) -> bool:
    """Whether ``line`` is a running header or footer stating a Buddhist-era year."""
    compact = compact_for_match(line)
    return compact in running and _BE_YEAR.search(compact) is not None


def _own(compact: str, running: set[str]) -> bool:
    """Whether a line is the part's own (not a running header or footer, not a page number)."""
    return compact not in running and bool(_LETTER.search(compact))


def _section_doc(parent: Doc, section: Section, url: str) -> Doc:
    return replace(
        parent,
        url=url,
        final_url=url,
        title=section.heading,
        text=section.text,
        main_text=section.text,
        only_heading=len(section.own) < HEADING_REST,
        tables=[],
        part_of=parent.url,
        codes=section.codes,
        pages=(section.first_page, section.last_page),
        shift=section.shift,
    )


def add_sections(snapshot: Snapshot, matcher: Matcher) -> None:
    """Split every readable document of ``snapshot`` that serves several items into its
    sections (``Snapshot.parts``), and point the links that open a page of one
    ("bundle.pdf#page=5") at the section there. Done once per snapshot."""
    if snapshot.sectioned:
        return
    snapshot.sectioned = True
    for doc in snapshot.each_doc():
        if doc.kind == "page" and doc.alive and PAGE_BREAK in doc.text:
            _add_page_sections(snapshot, doc, matcher)
            continue
        if doc.kind != "document" or not doc.readable or link_index(snapshot, doc.url):
            continue  # an index's rows name items: their links, not its text, are the evidence
        found = split_sections(doc.main_text, matcher)
        if len(found) < MIN_PARTS and not _linked_as_bundle(snapshot, doc.url, found, matcher):
            continue
        parts = []
        for index, section in enumerate(found, 1):
            where = f"page={section.first_page}"
            url = f"{doc.url}#{where}" if section.page_top else f"{doc.url}#{where}&part={index}"
            parts.append(_section_doc(doc, section, url))
        snapshot.parts[doc.url] = parts
    if not snapshot.parts:
        return
    links: list[LinkView] = []
    for link in snapshot.links:
        if link.page is not None and link.to_url in snapshot.parts:
            target = _linked_part(snapshot, link, matcher)
            if target is not None:
                link = replace(link, to_url=target.url)
        links.append(link)
    snapshot.relink(links)
    for url, parts in snapshot.parts.items():
        for part in parts:
            if part.kind == "page":  # a page's section: the links under its headings
                snapshot.links_from[part.url] = _section_links(snapshot, url, part)


def _linked_part(snapshot: Snapshot, link: LinkView, matcher: Matcher) -> Doc | None:
    """The section a link opens the document at ("#page=7"): the one on that page, or, when
    that one is not about the item the link names and the document prints page numbers other
    than its pages' places, the one on the page printing that number (the link's writer read
    the number off the page) when it is about the item."""
    assert link.page is not None
    named = set(matcher.match(link_words(link)))
    target = snapshot.part_at(link.to_url, link.page, named)
    if target is not None and target.codes & named:
        return target
    parts = snapshot.parts.get(link.to_url, [])
    shift = parts[0].shift if parts else 0
    printed = snapshot.part_at(link.to_url, link.page + shift, named) if shift else None
    if printed is not None and printed.codes & named:
        return printed
    return target


def _linked_as_bundle(snapshot: Snapshot, url: str, found: list[Section], matcher: Matcher) -> bool:
    """Whether the links to document ``url`` treat it as serving several items: one opens it
    at a page, or their words name two of its sections' items (an OIT table's rows)."""
    if not found:
        return False
    codes = {c for s in found for c in s.codes}
    named: set[str] = set()
    for link in snapshot.links:
        if link.to_url != url:
            continue
        if link.page is not None:
            return True
        named |= set(matcher.match(link_words(link))) & codes
    return len(named) >= MIN_SECTIONS


def link_index(snapshot: Snapshot, url: str) -> bool:
    """Whether the links of document ``url`` stand in rows naming items by code (an OIT index
    published as a PDF or a Word table): at least :data:`INDEX_LINK_ROWS` codes."""
    codes: set[str] = set()
    for link in snapshot.links_from.get(url, ()):
        if link.tag == "a":
            codes |= {m.code for m in find_codes(f"{link.anchor} {link.context}", clauses=True)}
            if len(codes) >= INDEX_LINK_ROWS:
                return True
    return False


def link_words(link: LinkView) -> str:
    """A link's words and its row's."""
    return f"{link.anchor} {link.context}"


def _page_blocks(doc: Doc) -> str:
    """A page's text without the site's template (``main_text``), its blocks (the parts a
    heading, a panel or an anchor opens: ``crawler.extract.html``) kept apart as pages."""
    keep = set(doc.main_text.splitlines())
    lines = [ln for ln in doc.text.split("\n") if ln == PAGE_BREAK or ln.strip() in keep]
    return "\n".join(lines)


def _add_page_sections(snapshot: Snapshot, doc: Doc, matcher: Matcher) -> None:
    """A page holding many items inline (one long OIT page: a section per item under its
    heading, a table of contents linking "#o5"): each item's section is a part of its own,
    judged on its text, tables and links."""
    found = split_sections(_page_blocks(doc), matcher)
    if len(found) < MIN_PARTS or not _item_by_item(snapshot, doc, found, matcher):
        return
    parts = []
    for index, section in enumerate(found, 1):
        part = _section_doc(doc, section, f"{doc.url}#part={index}")
        own = compact_for_match(section.text)
        tables = [t for t in doc.tables if _table_line(t) and _table_line(t) in own]
        # a page's heading is one line (the heading element's): the line under it is content
        parts.append(replace(part, tables=tables, title=section.text.split("\n", 1)[0].strip()))
    snapshot.parts[doc.url] = parts


def _item_by_item(snapshot: Snapshot, doc: Doc, found: list[Section], matcher: Matcher) -> bool:
    """Whether a page presents the items one by one: its sections' headings write the items'
    codes (:data:`CODED_AGREE` of them), or its own links jump to the sections of
    :data:`MIN_PARTS` items (a table of contents, "#o5"). A download page's headings name
    kinds of documents ("คู่มือ", "จัดซื้อจัดจ้าง") over lists of files: its links are its
    content, the page is not split."""
    coded = sum(1 for s in found if _codes_at_start(compact_for_match(s.heading)) == set(s.codes))
    if coded >= CODED_AGREE:
        return True
    codes = {c for s in found for c in s.codes}
    jumps = {
        c
        for link in snapshot.links_from.get(doc.url, [])
        if link.to_url == doc.url
        for c in matcher.match(link.anchor)
    }
    return len(jumps & codes) >= MIN_PARTS


def _table_line(table: list[list[str]]) -> str:
    """A table's first row as the page's text writes it (cells side by side), compact."""
    return compact_for_match(" ".join(str(c) for c in table[0])) if table else ""


def _section_links(snapshot: Snapshot, url: str, part: Doc) -> list[LinkView]:
    """The links of page ``url`` inside its section ``part``, from the section: those under a
    heading of the section (a link's context begins with the heading above it)."""
    lines = {compact_for_match(ln) for ln in part.text.split("\n") if ln.strip()}
    out = []
    for link in snapshot.links_from.get(url, []):
        heading = compact_for_match(link.context.split(" | ", 1)[0])
        if heading and (
            heading in lines
            or (len(heading) >= HEADING_CUT and any(ln.startswith(heading) for ln in lines))
        ):
            out.append(replace(link, from_url=part.url))
    return out
