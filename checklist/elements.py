"""Does an item's evidence hold every required element (phrases, table columns, links)?"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Callable, Sequence
from dataclasses import replace

from checklist.evidence import PERSON_LINE_MAX, PERSON_NAME, Bundle
from checklist.placeholders import deferred, defers
from checklist.sections import ANNEX
from checklist.snapshot import Doc, LinkView
from crawler.extract._result import PAGE_BREAK
from crawler.urls import document_name
from oitwatch.addresses import host_under
from oitwatch.thai import compact_for_match, find_codes, find_dates
from rules.models import ColumnsMatch, Element, ImageMatch, LinkMatch, PhrasesMatch

__all__ = [
    "content_links",
    "content_text",
    "element_bundle",
    "element_present",
    "missing_columns",
    "missing_elements",
    "off_subject",
    "one_document_twice",
    "short_forms",
    "structure_lacks",
]

TITLE_SEPARATORS = re.compile(r"\s[|\-–—»:]+\s")  # "Item | Site name"
HEADER_ROWS = 4  # a table's header is within its first rows (titles often come first)
INTRO_MAX = 300  # compact letters of a page's own words (its links' aside) that only introduce


def _without(text: str, title: str) -> str:
    """``text`` with the item's own title taken out: a heading naming the item
    ("…ช่องทางการร้องเรียน…และข้อมูลเชิงสถิติ…") is not the element it names."""
    return text.replace(title, "\n") if title else text


# what a heading adds to the item's title when it writes it out: its number ("๒."), its
# punctuation, "และ" before the last part, "ข้อมูล" before any
_TITLE_FILLER = re.compile(r"[\d().,:;/|•·*\"'«»\[\]\-–—_]+|และ|ข้อมูล")


def _skeleton(compact: str) -> str:
    return _TITLE_FILLER.sub("", compact)


def _titled(lines: Sequence[str], title: str) -> list[str]:
    """``lines`` without those that are the item's title however written ("๒. ข้อมูลงบประมาณ
    ข้อบัญญัติงบประมาณ และข้อมูลเงินอุดหนุนชุมชน" for ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ
    ข้อมูลเงินอุดหนุนชุมชน): a heading listing the item's parts names them, it holds none."""
    bare = _skeleton(title) if title else ""
    if not bare:
        return list(lines)
    return [ln for ln in lines if _skeleton(compact_for_match(ln)) != bare]


# A line sending the reader elsewhere for the content: "รายละเอียดตามไฟล์ Excel", "ดูแผ่นงาน
# O14", "ปรากฏในภาคผนวก ก", "รายละเอียดปรากฏในรายงาน … บทที่ ๒"
_POINTER = re.compile(
    r"(?:ตาม|ปรากฏใน|ปรากฏตาม|ดู|อยู่ใน)(?:ไฟล์|แผ่นงาน|ภาคผนวก|เอกสารแนบ|รายงาน)|แผ่นงาน|worksheet"
)
POINTER_LINE = 120  # compact letters: a longer line carries content besides its pointer
HEADING_LINE = 60  # compact letters: a line this short over a block is its heading


def _part_content(doc: Doc) -> str:
    """A part of a long document's words for element matching (``checklist.sections``): not its
    heading when that labels the item by its code (the bundle's name for the item: "บทที่ ๑๔
    ข้อมูลงบประมาณ ข้อบัญญัติ และเงินอุดหนุนชุมชน (O14)"), nothing if that is all it has, and
    not the lines that send the reader to another file, sheet or annex, nor a sub-heading with
    only such lines under it ("๑๔.๓ ข้อมูลเงินอุดหนุนชุมชน" over "รายละเอียดตามไฟล์ Excel
    แผ่นงาน O14"): what they name is where they point, not here. A heading with no code (a
    sheet's title row, an annex's title) names the document there: content."""
    if doc.only_heading:
        return ""
    lines = [ln for ln in doc.main_text.splitlines() if ln.strip()]
    title = compact_for_match(doc.title)
    labelled = bool(find_codes(title)) and not ANNEX.match(title)
    while (
        labelled
        and lines
        and (compact_for_match(lines[0]) in title or not re.search(r"[^\W\d_]", lines[0]))
    ):
        lines.pop(0)  # the heading, a page number above it
    compact = [compact_for_match(ln) for ln in lines]
    pointer = [len(c) <= POINTER_LINE and _POINTER.search(c) is not None for c in compact]
    kept = []
    for n, line in enumerate(lines):
        if pointer[n]:
            continue
        if len(compact[n]) <= HEADING_LINE:
            block = []
            for m in range(n + 1, len(lines)):
                if len(compact[m]) <= HEADING_LINE and not pointer[m]:
                    break
                block.append(pointer[m])
            if block and all(block):
                continue  # a heading over pointers only
        kept.append(line)
    return "\n".join(kept)


def content_text(doc: Doc) -> str:
    """A document's words for element matching. A page's own heading (its title,
    and the breadcrumb that repeats it) names the item; it is not its content."""
    if doc.kind != "page" and doc.part_of:
        return _part_content(doc)
    if doc.kind != "page":
        return doc.main_text if file_name_title(doc) else f"{doc.title}\n{doc.main_text}"
    headings = [compact_for_match(h) for h in TITLE_SEPARATORS.split(doc.title)]
    headings = [h for h in headings if len(h) >= 8]
    kept = []
    for line in doc.main_text.splitlines():
        compact = compact_for_match(line)
        if any(h in compact and len(compact) <= len(h) + 20 for h in headings):
            continue
        kept.append(line)
    return "\n".join(kept)


def element_text(doc: Doc, bundle: Bundle | None = None) -> str:
    """A document's words for finding the item's parts: its content (:func:`content_text`)
    without the lines saying what they name will be published later ("รายงานผลการดำเนินการ…
    จะเผยแพร่เมื่อสิ้นปีงบประมาณ"): such a line names a part that is not there yet, and without
    the empty tables (:func:`_empty_tables`). With the ``bundle`` it is read in, a page's text
    also leaves out the rows of a listing whose document is not up (:func:`_unpublished_rows`),
    and the lines that are only a link to another page of the evidence with a short heading
    over nothing but such lines: what they name is on that page, judged there."""
    lines = content_text(doc).splitlines()
    compact = [compact_for_match(ln) for ln in lines]
    drop = _empty_tables(doc, lines)
    if bundle is not None and doc.kind == "page":
        pointers, anchors = _page_links(doc, bundle)
        waiting = _unpublished_rows(doc, anchors) if doc.tables else set()
        drop |= {n for n, c in enumerate(compact) if c and c in waiting}
        pointer = [bool(c) and c in pointers for c in compact]
        for n, c in enumerate(compact):
            if pointer[n]:
                drop.add(n)
            elif pointers and c and len(c) <= HEADING_LINE:
                block = []
                for m in range(n + 1, len(lines)):
                    if not compact[m]:
                        continue
                    if len(compact[m]) <= HEADING_LINE and not pointer[m]:
                        break
                    block.append(pointer[m])
                if block and all(block):
                    drop.add(n)  # a heading over links to the evidence's other pages only
    return "\n".join(ln for n, ln in enumerate(lines) if n not in drop and not deferred(compact[n]))


def _page_links(doc: Doc, bundle: Bundle) -> tuple[frozenset[str], frozenset[str]]:
    """The words (compact) of ``doc``'s own links (not its template's) to the evidence's other
    pages that hold nothing (:func:`_bare`), and of all its own links."""
    pages = {
        u: d
        for d in bundle.docs
        if d.kind == "page" and d.url != doc.url
        for u in (d.url, d.final_url)
    }
    own = [
        lk
        for lk in bundle.links
        if lk.from_url == doc.url and not lk.boilerplate and lk.compact_anchor
    ]
    empty = {u for u in {lk.to_url for lk in own} if u in pages and _bare(pages[u])}
    return (
        frozenset(lk.compact_anchor for lk in own if lk.to_url in empty),
        frozenset(lk.compact_anchor for lk in own),
    )


BARE_PAGE = 60  # compact letters of a page's own content (furniture aside) that hold nothing


def _bare(page: Doc) -> bool:
    """Whether a page holds next to nothing of its own once its heading, its empty tables and
    its lines saying the content is coming are left out (a subsidy page whose table says
    "ไม่มีข้อมูล"): a link naming what it should hold is no content."""
    return len(compact_for_match(element_text(page))) < BARE_PAGE


# what a listing's row says where its document's link would be: not up yet
_NOT_UP = re.compile(r"^(?:อยู่ระหว่าง\S{0,20}|กำลัง\S{0,20}|รอ(?!บ)\S{0,20}|ยังไม่\S{0,20}|[-–—]+)$")


def _unpublished_rows(doc: Doc, anchors: frozenset[str]) -> set[str]:
    """The rows (compact words) of ``doc``'s listings whose document is not up: in a column
    where other rows hold a link ("เปิดเอกสาร"), the row says "อยู่ระหว่างดำเนินการ", "รอ…" or
    "-" instead. The division or the month it names has nothing published."""
    out = set()
    for table in doc.tables or []:
        rows = [
            [compact_for_match(str(c)) if c not in (None, "") else "" for c in r] for r in table
        ]
        width = max((len(r) for r in rows), default=0)
        for col in range(width):
            cells = [r[col] if col < len(r) else "" for r in rows]
            if not any(c and c in anchors for c in cells):
                continue
            for r, c in zip(rows, cells, strict=True):
                if c and c not in anchors and _NOT_UP.match(c):
                    out.add("".join(x for x in r if x))
    return out


# A table's only row saying it has none: a database listing's empty answer ("ไม่พบข้อมูล",
# DataTables' "ไม่มีข้อมูลในตาราง", "No data available in table"). Not "ไม่มีการจัดซื้อจัดจ้าง"
# nor "ไม่มีเรื่องร้องเรียน": those report that the month had nothing, which is content.
# A section's heading over a bare "-ไม่มี-" ("none") says the same of the section.
NO_ROWS = re.compile(
    r"^[-–—(\[]*(?:ไม่พบข้อมูล|ไม่มีข้อมูล|ไม่พบรายการ|ไม่พบรายการข้อมูล|ไม่พบข้อมูลที่ค้นหา"
    r"|ไม่มีข้อมูลในตาราง|ไม่มี|ไม่พบผลลัพธ์|nodatafound|nodataavailable(?:intable)?|norecordsfound"
    r"|norecords|nodata)[-–—)\].!]*$"
)


def _table_rows(doc: Doc) -> set[str]:
    """The compact words of each header row of ``doc``'s tables whose other rows only say they
    are empty (:data:`NO_ROWS`)."""
    heads = set()
    for table in doc.tables or []:
        rows = [[compact_for_match(str(c)) for c in row if c not in (None, "")] for row in table]
        rows = [r for r in rows if r]
        body = {"".join(dict.fromkeys(r)) for r in rows[1:]}
        if rows and body and all(NO_ROWS.match(b) for b in body):
            heads.add("".join(rows[0]))
    return heads


HEADER_CELL = 40  # compact letters of a column's name


def _header_only(doc: Doc) -> set[str]:
    """The compact words of ``doc``'s tables that are only a header row: three columns or more,
    each a short name with no figure ("ประเภทงบ | งบประมาณที่ได้รับ (บาท) | เบิกจ่ายจริง (บาท)"),
    and no row under them. A table's columns with no rows are not its data."""
    out = set()
    for table in doc.tables or []:
        rows = [[compact_for_match(str(c)) for c in row if c not in (None, "")] for row in table]
        rows = [r for r in rows if r]
        if len(rows) != 1 or len(rows[0]) < 3:
            continue
        if all(len(c) <= HEADER_CELL and not re.search(r"\d", c) for c in rows[0]):
            out.add("".join(rows[0]))
    return out


def _empty_tables(doc: Doc, lines: list[str]) -> set[int]:
    """The lines of an empty table: its row saying it holds nothing ("ไม่พบข้อมูล"), its header
    row above it (the columns it would have) and the short heading over them ("ข้อมูลเงินอุดหนุน
    ชุมชน"). What they name is not published: the columns of a table with no rows, and the
    heading of a section with no content, are not the data."""
    compact = [compact_for_match(ln) for ln in lines]
    heads = _table_rows(doc)
    bare = _header_only(doc)
    drop: set[int] = set()
    for n, line in enumerate(compact):
        if not NO_ROWS.match(line) and line not in bare:
            continue
        drop.add(n)
        m = n - 1
        while m >= 0 and not compact[m]:
            m -= 1
        if m >= 0 and compact[m] in heads:
            drop.add(m)
            m -= 1
            while m >= 0 and not compact[m]:
                m -= 1
        if m >= 0 and len(compact[m]) <= HEADING_LINE:
            drop.add(m)
    return drop


def file_name_title(doc: Doc) -> bool:
    """A document whose title is only its file name ("intent_2565.pdf"): the name is how it was
    saved, not words it holds (an English file name is no English version)."""
    return saved_name(doc, doc.title)


def saved_name(doc: Doc, text: str) -> bool:
    """Whether ``text`` is only the name ``doc`` was saved under, with or without its extension."""
    name = document_name(doc.url)
    text = text.strip()
    return bool(text) and (text == name or text == name.rsplit(".", 1)[0])


def content_links(bundle: Bundle) -> list[LinkView]:
    """Links that carry content: not the template's, and not those back to the evidence
    pages themselves (a menu entry naming the item is not the item)."""
    own = {u for d in bundle.docs if d.kind == "page" for u in (d.url, d.final_url)}
    return [lk for lk in bundle.links if not lk.boilerplate and lk.to_url not in own]


def _introducing(bundle: Bundle) -> set[str]:
    """The pages of ``bundle`` that only introduce its documents: a few words sending the reader
    to an attachment ("รายละเอียดตามเอกสารแนบ") beside the links to readable documents."""
    files = {d.url for d in bundle.docs if d.kind == "document" and d.machine_read}
    out = set()
    for page in bundle.docs:
        if page.kind != "page" or not files:
            continue
        links = [lk for lk in bundle.links if lk.from_url == page.url and lk.to_url in files]
        if not links:
            continue
        labels = [lk.compact_anchor for lk in links if len(lk.compact_anchor) >= 8]
        own = [
            c
            for ln in content_text(page).splitlines()
            if (c := compact_for_match(ln)) and not any(lab in c for lab in labels)
        ]
        if any(defers(c) for c in own) and len("".join(own)) < INTRO_MAX:
            out.add(page.url)
    return out


def _bundle_text(bundle: Bundle, title: str = "", heading: str = "") -> str:
    """The evidence's words: its pages' and documents' text and the words of its links. A page
    that only introduces its documents ("รายละเอียดตามเอกสารแนบ") says nothing of its own: the
    documents hold the content, not the page's sentence or the link's words. The item's
    ``title`` (compact) is taken out, and its lines that only write out ``heading`` (the title,
    :func:`_titled`)."""
    intro = _introducing(bundle)
    files = {d.url for d in bundle.docs if d.kind == "document"}
    parts = [
        ln for d in bundle.docs if d.url not in intro for ln in element_text(d, bundle).splitlines()
    ]
    parts += [
        lk.anchor
        for lk in content_links(bundle)
        if not (lk.from_url in intro and lk.to_url in files)
    ]
    return _without(compact_for_match("\n".join(_titled(parts, heading or title))), title)


def _header_cells(table: list) -> list[str]:
    return [
        compact_for_match(str(c)) for row in table[:HEADER_ROWS] for c in row if c not in (None, "")
    ]


def _columns_by_document(match: ColumnsMatch, bundle: Bundle) -> list[list[bool]]:
    """Which of ``match``'s columns each table of the bundle heads, and each document's text
    holds (PDF tables arrive as text): a form's columns are one table's, not gathered from
    several documents (an awards sheet beside a page naming the form's other columns)."""
    wordings = [[compact_for_match(w) for w in ws] for ws in match.wordings]
    out: list[list[bool]] = []
    for doc in bundle.docs:
        for table in doc.tables or []:
            cells = _header_cells(table)
            out.append([any(w in cell for w in ws for cell in cells) for ws in wordings])
        text = compact_for_match(element_text(doc))
        out.append([any(w in text for w in ws) for ws in wordings])
    return out


FORM_ROWS = 12  # rows of a table searched for a column its header rows seem to lack
# a table of the form saying the month had nothing to report needs no columns of it
NOTHING = ("ไม่มีการจัดซื้อ", "ไม่มีการจัดจ้าง", "ไม่มีรายการ", "ไม่มีข้อมูล")


def _table_label(doc: Doc, index: int, count: int) -> str:
    """A table's name: a workbook's sheet title with the file's, else the file's."""
    title = doc.title.strip() or urllib.parse.unquote(doc.url.split("?")[0].rsplit("/", 1)[-1])
    if doc.extract_method == "xlsx":
        sheets = doc.text.split(PAGE_BREAK)
        if len(sheets) == count:
            sheet = sheets[index].strip().split("\n", 1)[0].strip()
            if sheet:
                return f"{title} ({sheet})"
    return title


def short_forms(match: ColumnsMatch, bundle: Bundle) -> list[tuple[str, list[str]]]:
    """The tables of the form (heading at least half its columns: each month's sheet of a
    summary) that lack columns of it, each by its name (a workbook's sheet) with the columns'
    names: every month's summary carries the whole form, the fullest one does not stand for
    the rest. A table saying the month had nothing (:data:`NOTHING`) needs none; a column
    named lower in the table (headers under title rows) or, for a PDF or page, anywhere in
    the document's words (its table read apart from its headers) is there."""
    wordings = [[compact_for_match(w) for w in ws] for ws in match.wordings]
    need = (len(wordings) + 1) // 2
    out: list[tuple[str, list[str]]] = []
    for doc in bundle.docs:
        tables = doc.tables or []
        text = compact_for_match(element_text(doc)) if doc.extract_method != "xlsx" else ""
        for n, table in enumerate(tables):
            cells = _header_cells(table)
            found = [any(w in cell for w in ws for cell in cells) for ws in wordings]
            if sum(found) < need or all(found):
                continue
            deep = [compact_for_match(str(c)) for row in table[:FORM_ROWS] for c in row if c]
            rows = compact_for_match(" ".join(str(c) for row in table for c in row if c))
            if any(compact_for_match(w) in rows for w in NOTHING):
                continue
            lacking = [
                name
                for name, ws, there in zip(match.names, wordings, found, strict=True)
                if not there
                and not any(w in cell for w in ws for cell in deep)
                and not any(w in text for w in ws)
            ]
            if lacking:
                out.append((_table_label(doc, n, len(tables)), lacking))
    return out


def missing_columns(element: Element, bundle: Bundle) -> list[str]:
    """The columns of a table element that the bundle's fullest table (or document) lacks, by
    their names; none when the element is not a table's or no table of it is there."""
    match = element.match
    if not isinstance(match, ColumnsMatch):
        return []
    found = max(_columns_by_document(match, bundle), key=sum, default=None)
    if found is None or not any(found):
        return []
    return [name for name, there in zip(match.names, found, strict=True) if not there]


def _part(bundle: Bundle, phrases: list[str]) -> Bundle:
    """The pages, documents and links of ``bundle`` that name one of ``phrases``."""
    wanted = [compact_for_match(p) for p in phrases]

    def names(*texts: str) -> bool:
        return any(w in t for t in texts for w in wanted)

    docs = [d for d in bundle.docs if names(d.compact_title, compact_for_match(d.main_text[:300]))]
    urls = {d.url for d in docs}
    links = [lk for lk in bundle.links if lk.from_url in urls or names(lk.compact_anchor)]
    return Bundle(candidates=[], docs=docs, links=links)


ABBREVIATED_MIN = 10  # letters of a long name written before "ฯ" that still name it whole


def _names(phrase: str, text: str) -> bool:
    """Whether ``text`` (compact) names ``phrase``: whole, or cut short with Thai's mark of
    abbreviation ("ฝ่ายรักษาความสะอาดฯ" for ฝ่ายรักษาความสะอาดและสวนสาธารณะ)."""
    if phrase in text:
        return True
    if "ฯ" not in text or len(phrase) <= ABBREVIATED_MIN:
        return False
    return any(f"{phrase[:n]}ฯ" in text for n in range(ABBREVIATED_MIN, len(phrase)))


SECTION = 1500  # compact characters after a heading that still belong to its section
STOP_EXTRA = 12  # a line this much longer than another part's name is content, not its heading


def _stops(line: str, stops: list[str]) -> bool:
    """Whether ``line`` (compact) is the heading of another part ("อำนาจหน้าที่" after the
    executives), not a line that merely names one ("ช่องทางการติดต่อ: โทร. 0 2424 6504")."""
    return any(s in line and len(line) <= len(s) + STOP_EXTRA for s in stops)


def _section_text(bundle: Bundle, phrases: list[str], stops: Sequence[str] = ()) -> str:
    """The words of the parts of ``bundle`` about ``phrases``: whole documents that name them in
    their title (a file also in its opening), and on pages that carry several things, the section
    from each line naming them up to the heading of another part (one of ``stops``, e.g. the
    item's other names) or :data:`SECTION` letters, whichever comes first."""
    wanted = [compact_for_match(p) for p in phrases]
    ends = [
        c for c in (compact_for_match(s) for s in stops) if c and not any(w in c for w in wanted)
    ]
    parts: list[str] = []
    for doc in bundle.docs:
        text = compact_for_match(element_text(doc))
        opening = text[:300] if doc.kind == "document" else ""
        if any(w in doc.compact_title or w in opening for w in wanted):
            parts.append(text)
            continue
        lines = [compact_for_match(ln) for ln in element_text(doc).splitlines()]
        n = 0
        while n < len(lines):
            if not any(w in lines[n] for w in wanted):
                n += 1
                continue
            section, size = [lines[n]], len(lines[n])
            n += 1
            while n < len(lines) and size < SECTION:
                if not any(w in lines[n] for w in wanted) and _stops(lines[n], ends):
                    break
                section.append(lines[n])
                size += len(lines[n])
                n += 1
            parts.append("".join(section)[:SECTION])
    return "\n".join(parts)


HEADING = 100  # compact letters: a line this short is a title, heading or table cell
# ... unless it carries on a sentence wrapped from the line before ("และรายงานผล…ต่อผู้บริหาร")
CONTINUATION = ("และ", "หรือ", "โดย", "ซึ่ง", "ที่", "เพื่อ", "ให้", "ต่อ", "ของ", "กับ", "แก่", "จาก")


def _heading_text(bundle: Bundle) -> str:
    """Titles, headings, link texts and short lines of the evidence: where a part that is a
    document of its own is named (not "… and report the results to …" inside a policy)."""
    parts = [compact_for_match(d.title) for d in bundle.docs]
    for doc in bundle.docs:
        for line in element_text(doc).splitlines():
            compact = compact_for_match(line)
            if len(compact) <= HEADING and not compact.startswith(CONTINUATION):
                parts.append(compact)
    parts += [lk.compact_anchor for lk in content_links(bundle)]
    parts += [compact_for_match(f"{c.title} {c.snippet}") for c in bundle.candidates]
    return "\n".join(parts)


# a phone number, compact: "๐ ๒๓๑๔ ๕๒๖๐", "081-234-5678"
PHONE_NUMBER = re.compile(r"(?<!\d)0\d(?:-?\d){7,8}(?!\d)")
EXECUTIVE_POST = compact_for_match("ผู้อำนวยการ")  # the director's and assistants' posts
PERSON_BLOCK = 6  # lines under a person's name that are theirs (post, phone, e-mail)


def people_without(element: Element, bundle: Bundle) -> list[str]:
    """Executives a page lists person by person (a name line, the post under it) whose lines
    lack ``element`` while an executive listed before them has it: the director's phone and
    e-mail, nothing for the assistants. A contact written once after everyone (the office's)
    is no person's and flags no one."""
    if not isinstance(element.match, PhrasesMatch):
        return []
    wanted = [compact_for_match(p) for p in element.match.any]
    # a table's phone column holds the numbers, the word "โทร" only in its header
    phone = any(w.startswith("โทร") for w in wanted)
    lacking: list[str] = []
    for doc in bundle.docs:
        if not doc.readable:
            continue
        blocks: list[tuple[str, list[str]]] = []
        for line in content_text(doc).splitlines():
            line = line.strip()
            compact = compact_for_match(line)
            if PERSON_NAME.match(line) and len(compact) <= PERSON_LINE_MAX:
                if not blocks or blocks[-1][0] != line or blocks[-1][1]:
                    blocks.append((line, []))
                continue
            if blocks and len(blocks[-1][1]) < PERSON_BLOCK:
                blocks[-1][1].append(compact)
        executives = [
            (name, "".join(lines))
            for name, lines in blocks
            if any(EXECUTIVE_POST in ln for ln in lines[:2])
        ]
        shown = False
        for name, text in executives:
            has = any(w in text for w in wanted) or (
                phone and PHONE_NUMBER.search(text) is not None
            )
            if shown and not has:
                lacking.append(name)
            shown = shown or has
    return lacking


# A news listing's "read more" under each teaser.
READ_MORE = re.compile(r"^(?:อ่านต่อ|อ่านเพิ่มเติม|ดูเพิ่มเติม|รายละเอียดเพิ่มเติม|readmore|more)\W*$")
LISTING_MIN = 4  # teasers: a page with this many "read more" lines lists stories


def news_listing(doc: Doc) -> bool:
    """Whether ``doc`` is a page listing stories, each a teaser over "อ่านต่อ »"."""
    if doc.kind != "page":
        return False
    lines = (compact_for_match(ln) for ln in doc.main_text.splitlines())
    return sum(1 for ln in lines if READ_MORE.match(ln)) >= LISTING_MIN


def structure_lacks(match: PhrasesMatch, bundle: Bundle, text: str | None = None) -> list[str]:
    """The units of ``match`` (divisions) that the site's structure pages list and the evidence
    does not name (a manual for 8 of the 10 divisions its structure shows), when the structure
    lists at least ``match.min`` of them (fewer: it is not the list, or units were renamed)."""
    listed = [p for p in match.any if _names(compact_for_match(p), bundle.structure)]
    if len(listed) < match.min:
        return []
    text = _bundle_text(bundle) if text is None else text
    return [p for p in listed if not _names(compact_for_match(p), text)]


def element_present(
    element: Element,
    bundle: Bundle,
    text: str | None = None,
    stops: Sequence[str] = (),
    title: str = "",
) -> bool:
    """Whether ``bundle`` holds ``element``; ``text`` is the bundle's words when already known,
    ``stops`` the names of the item's other parts (where an element's section on a page ends),
    ``title`` the item's own (compact): a heading or index row naming the whole item ("O18
    ประกาศนโยบาย… และการรายงานผลสู่การปฏิบัติ") names each part, it is none of them."""
    if element.each_person and people_without(element, bundle):
        return False
    if element.heading and isinstance(element.match, PhrasesMatch):
        text = _without(_heading_text(bundle), title)
        found = sum(1 for p in element.match.any if compact_for_match(p) in text)
        return found >= element.match.min
    if element.within:
        if isinstance(element.match, PhrasesMatch):
            text = _section_text(bundle, element.within, stops)
            return (
                bool(text)
                and sum(1 for p in element.match.any if compact_for_match(p) in text)
                >= element.match.min
            )
        bundle, text = _part(bundle, element.within), None
        if not bundle.docs and not bundle.links:
            return False
    match = element.match
    if isinstance(match, PhrasesMatch):
        if match.of_structure:
            # units (divisions) are counted on what the item's pages and documents name, not
            # on a news listing's teasers of other stories ("ฝ่ายโยธาตรวจความพร้อม…")
            listings = {d.url for d in bundle.docs if news_listing(d)}
            if listings:
                bundle, text = (
                    replace(bundle, docs=[d for d in bundle.docs if d.url not in listings]),
                    None,
                )
        text = _bundle_text(bundle) if text is None else text
        if match.of_structure and structure_lacks(match, bundle, text):
            return False
        text = _outside(match, text)
        if match.or_months and _months_named(text) >= match.or_months:
            return True
        return sum(1 for p in match.any if _names(compact_for_match(p), text)) >= match.min
    if isinstance(match, ColumnsMatch):
        need = match.min or len(match.columns)
        return any(
            sum(found) >= need for found in _columns_by_document(match, bundle)
        ) and not short_forms(match, bundle)
    if isinstance(match, LinkMatch):
        phrases = [compact_for_match(p) for p in match.phrases]
        targets = [(lk.to_url, lk.compact_anchor) for lk in bundle.links]
        targets += [(c.url, compact_for_match(c.snippet)) for c in bundle.candidates]
        targets += _described_links(bundle)
        for url, anchor in targets:
            if host_under(url, match.hosts):
                return True
            if any(p in anchor for p in phrases):
                return True
        # a button's row names what it opens with a phrase of some length ("จองคิว", not "OSS"
        # in "process")
        long = [p for p in phrases if len(p) >= ROW_PHRASE_MIN]
        return any(p in row for _, row in _button_rows(bundle) for p in long)
    if isinstance(match, ImageMatch):
        pages = {d.url for d in bundle.docs if d.kind == "page"}
        images = {
            lk.to_url
            for lk in bundle.links
            if lk.tag == "img" and lk.from_url in pages and not lk.boilerplate
        }
        return len(images) >= match.min
    raise TypeError(f"unknown element match {match!r}")  # pragma: no cover


def _outside(match: PhrasesMatch, text: str) -> str:
    """``text`` (compact) with the longer words the phrases do not count in taken out
    (``not_within``: "ปีงบประมาณ" for "งบประมาณ")."""
    for word in match.not_within:
        text = text.replace(compact_for_match(word), "\n")
    return text


def _months_named(text: str) -> int:
    """How many months ``text`` names as such ("มี.ค. ๖๕", "ตุลาคม ๒๕๖๔"), not days."""
    return sum(1 for d in find_dates(text) if d.precision == "month")


ROW_MAX = 200  # compact letters of a table's row or a list's item that labels its button
ROW_PHRASE_MIN = 5  # compact letters of a phrase read in a row ("ไลน์" is in "ออนไลน์")


def _button_rows(bundle: Bundle) -> list[tuple[str, str]]:
    """Links of the evidence's pages that say nothing of where they go ("เข้าสู่ระบบ", "กรอก
    แบบฟอร์ม") in a table's row or a list's item that does ("จองคิวล่วงหน้า (BMA Q) …
    เข้าสู่ระบบ"): the link's address and its row (compact)."""
    pages = {d.url for d in bundle.docs if d.kind == "page"}
    out: list[tuple[str, str]] = []
    for lk in bundle.links:
        if lk.from_url not in pages or lk.boilerplate or lk.tag != "a" or " | " not in lk.context:
            continue
        row = compact_for_match(lk.context.rsplit(" | ", 1)[-1])
        if lk.compact_anchor and lk.compact_anchor in row and len(row) <= ROW_MAX:
            out.append((lk.to_url, row))
    return out


def _described_links(bundle: Bundle) -> list[tuple[str, str]]:
    """Links to another site under a line of their page that says what they open (a card's
    "กรอกเลขที่คำขอในระบบ BMA OSS เพื่อดูขั้นตอน" above its button "ตรวจสอบสถานะ"): the link's
    address and that line (compact)."""
    out: list[tuple[str, str]] = []
    pages = {d.url: d for d in bundle.docs if d.kind == "page"}
    for lk in bundle.links:
        page = pages.get(lk.from_url)
        host = (urllib.parse.urlsplit(lk.to_url).hostname or "").lower()
        if (
            page is None
            or lk.boilerplate
            or lk.tag != "a"
            or not lk.compact_anchor
            or host == (urllib.parse.urlsplit(lk.from_url).hostname or "").lower()
        ):
            continue
        lines = [c for c in (compact_for_match(ln) for ln in page.main_text.splitlines()) if c]
        for n, line in enumerate(lines):
            if n and line == lk.compact_anchor and len(lines[n - 1]) <= HEADING:
                out.append((lk.to_url, lines[n - 1]))
    return out


def element_bundle(element: Element, bundle: Bundle, title: str = "") -> Bundle:
    """The part of ``bundle`` that speaks of ``element`` (its documents and links naming it),
    not counting mentions inside the item's own ``title`` (compact form)."""
    if not isinstance(element.match, PhrasesMatch):
        return bundle
    phrases = [compact_for_match(p) for p in element.match.any]

    def names(text: str) -> bool:
        text = _without(text, title)
        return any(p in text for p in phrases)

    docs = [
        _sheets_naming(d, names) if d.extract_method in WORKBOOKS else d
        for d in bundle.docs
        if names(compact_for_match(element_text(d)))
    ]
    links = [
        lk for lk in content_links(bundle) if names(lk.compact_anchor) or names(lk.compact_context)
    ]
    return Bundle(candidates=[], docs=docs, links=links)


WORKBOOKS = ("xlsx", "ods")  # documents whose parts (sheets) stand each on their own


def _sheets_naming(doc: Doc, names: Callable[[str], bool]) -> Doc:
    """A workbook with only its sheets that name the element: the plan's sheet of 2569 does
    not date the report's sheet of 2567 in the same file."""
    sheets = doc.main_text.split(PAGE_BREAK)
    own = [sh for sh in sheets if names(compact_for_match(sh))]
    if len(sheets) < 2 or not own or len(own) == len(sheets):
        return doc
    return replace(doc, main_text=PAGE_BREAK.join(own), tables=[])


def missing_elements(
    elements: list[Element], bundle: Bundle, title: str = "", stops: Sequence[str] = ()
) -> list[Element]:
    """The elements the bundle lacks, in the rule's order; ``title`` is the item's own (compact),
    ``stops`` the names of its parts (an element found only in its own part's section)."""
    text = _bundle_text(bundle, title)
    raw = _bundle_text(bundle, heading=title) if title else text
    return [
        e
        for e in elements
        if not element_present(e, bundle, text, stops, title) and not _beyond_title(e, raw, title)
    ]


def _beyond_title(element: Element, raw: str, title: str) -> bool:
    """Whether the element's phrases are named in ``raw`` (the bundle's words, compact, with the
    item's ``title`` kept) where they run past the title: "แผนปฏิบัติการป้องกันการทุจริต
    ประจำปีงบประมาณ พ.ศ. 2565" names "ประจำปีงบประมาณ", though its first half is the end of the
    item's name ("…ประจำปี"). A phrase lying wholly inside the title is the name, not the element."""
    match = element.match
    if (
        not title
        or element.heading
        or element.within
        or element.each_person
        or not isinstance(match, PhrasesMatch)
    ):
        return False  # (a person without a phone is not named by the heading's words)
    raw = _outside(match, raw)
    spans = [(m.start(), m.start() + len(title)) for m in re.finditer(re.escape(title), raw)]
    if not spans:
        return False
    found = 0
    for phrase in {compact_for_match(p) for p in match.any}:
        for m in re.finditer(re.escape(phrase), raw):
            start, end = m.start(), m.start() + len(phrase)
            if not any(a <= start and end <= b for a, b in spans):
                found += 1
                break
    return found >= match.min


LABEL_MIN = 8  # compact letters of a row's words that tell what its link opens


def _row_words(link: LinkView) -> str:
    """The compact words of the row (or block) a link stands in, past the heading over it."""
    return compact_for_match(link.context.rsplit(" | ", 1)[-1])


def one_document_twice(bundle: Bundle, elements: Sequence[Element]) -> Bundle:
    """``bundle`` without the rows that give one document a second name it does not bear out: a
    page linking the same readable file under two labels ("ประกาศนโยบาย… PDF" and "การรายงานผล
    สู่การปฏิบัติ… PDF", both opening the policy) lists one document, not two parts. A label naming
    an element the file itself lacks (:func:`element_present` on the file alone) is taken out of
    the page's words and its link's row; what the file holds is still read from the file."""
    files = {d.url: d for d in bundle.docs if d.kind == "document" and d.machine_read}
    pages = {d.url for d in bundle.docs if d.kind == "page"}
    rows: dict[tuple[str, str], set[str]] = {}
    for lk in bundle.links:
        if lk.from_url in pages and lk.to_url in files and not lk.boilerplate:
            row = _row_words(lk)
            if len(row) >= LABEL_MIN:
                rows.setdefault((lk.from_url, lk.to_url), set()).add(row)
    wrong: dict[str, set[str]] = {}
    for (page, url), labels in rows.items():
        if len(labels) < 2:
            continue
        alone = Bundle(candidates=[], docs=[files[url]], links=[])
        for label in labels:
            named = [
                e
                for e in elements
                if isinstance(e.match, PhrasesMatch)
                and not e.within
                and any(compact_for_match(p) in label for p in e.match.any)
            ]
            if any(not element_present(e, alone) for e in named):
                wrong.setdefault(page, set()).add(label)
    if not wrong:
        return bundle

    def relabelled(doc: Doc) -> Doc:
        labels = wrong.get(doc.url)
        if not labels:
            return doc
        kept = [
            ln
            for ln in doc.main_text.splitlines()
            if not any(label in compact_for_match(ln) for label in labels)
        ]
        return replace(doc, main_text="\n".join(kept))

    links = [
        lk
        if lk.from_url not in wrong or _row_words(lk) not in wrong[lk.from_url]
        else replace(lk, context="", anchor="")
        for lk in bundle.links
    ]
    return replace(bundle, docs=[relabelled(d) for d in bundle.docs], links=links)


FIGURE_ROWS = 2  # rows of a table with figures that make it data, not a layout of links


def _of_figures(doc: Doc) -> bool:
    """Whether ``doc`` holds a table of figures (a statistics sheet, a page's monthly table)."""
    return any(
        sum(1 for row in table if any(re.search(r"\d", str(c)) for c in row[1:] if c))
        >= FIGURE_ROWS
        for table in doc.tables or []
    )


def off_subject(element: Element, bundle: Bundle, title: str = "") -> bool:
    """Whether every table of figures of ``bundle`` naming ``element`` (in its document's title
    or words) is of something else than the element asks (``element.of``): the figures say they
    are of general complaints (Traffy Fondue, 1555, a division's) and name no corruption. The
    pages naming the statistics beside their link label them; the figures are the data."""
    subject = element.of
    if subject is None or not isinstance(element.match, PhrasesMatch):
        return False
    phrases = [compact_for_match(p) for p in element.match.any]
    want = [compact_for_match(w) for w in subject.any]
    other = [compact_for_match(w) for w in subject.other]
    data = []
    for doc in bundle.docs:
        words = _without(compact_for_match(f"{doc.title}\n{element_text(doc)}"), title)
        if _of_figures(doc) and any(p in words for p in phrases):
            data.append(words)
    return bool(data) and all(
        any(w in words for w in other) and not any(w in words for w in want) for words in data
    )
