"""What a page says when its content is not there yet, as a whole or in one section.

"อยู่ระหว่างการจัดทำ", "อยู่ระหว่างรวบรวมข้อมูล", "coming soon": a page (or a tab, or the
section under a year's heading) that says only this publishes nothing. A year-tabbed page whose
current year's tab is such a placeholder holds older years only, however full their tabs are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from oitwatch.thai import (
    compact_for_match,
    find_dates,
    find_fiscal_years,
    thai_to_arabic,
    without_dates,
)

__all__ = [
    "CRITERIA",
    "deferred",
    "defers",
    "drop_pending_sections",
    "empty_listing",
    "has_figures",
    "nil_lines",
    "only_pending",
    "partly_pending",
    "pending",
    "points_elsewhere",
    "strip_pending",
]

# "in the course of (preparing | compiling | revising | doing | checking ...)", "coming soon",
# "closed for maintenance" (a Q&A board "ปิดปรับปรุงชั่วคราว"):
# matched on compact text (no spaces, lower case).
_PENDING = re.compile(
    r"อยู่ระหว่าง(?:การ)?(?:จัดทำ|รวบรวม|ปรับปรุง|ดำเนินการ|ตรวจสอบ|สรุปผล|ขออนุมัติ|อนุมัติ|เสนอ"
    r"|ลงนาม|จัดพิมพ์)|กำลัง(?:การ)?(?:ปรับปรุง|จัดทำ|รวบรวม)|ยังไม่ได้(?:จัดทำ|เผยแพร่)"
    r"|ยังไม่มีข้อมูล|comingsoon|underconstruction|เร็วๆนี้|ปิดปรับปรุง|ปิดให้บริการชั่วคราว"
    r"|จะ(?:นำ(?:ข้อมูล)?(?:ขึ้น)?)?เผยแพร่(?:ข้อมูล)?(?:เมื่อ|หลัง|ภายหลัง|ภายใน|เร็วๆนี้|โดยเร็ว)"
    # a page sending the reader to the site's menu ("ดูได้ที่เมนูด้านซ้าย", "ตามเมนู ITA
    # ด้านข้าง"): the menu is on every page, the page itself publishes nothing
    r"|(?:(?:ดู|อ่าน)(?:ข้อมูล|รายละเอียด|เอกสาร)?(?:ได้)?(?:ที่|จาก|ใน)?|ตาม|อยู่(?:ที่|ใน)|ใช้|เลือก(?:จาก)?"
    r"|คลิก(?:ที่)?)(?:แถบ)?(?:เมนู|menu|sidebar)(?:[^ก-๛]{0,12}(?:ด้าน)?(?:ซ้าย|ขวา|ข้าง|บน|ล่าง)"
    r"|(?:ita|oit))"
)
# "… will be published when it is done / at the end of the fiscal year" ("จะเผยแพร่เมื่อสิ้น
# ปีงบประมาณ", "จะนำข้อมูลขึ้นเผยแพร่เมื่อจัดทำแล้วเสร็จ"): what the line names is not out yet.
_DEFERRED = re.compile(
    r"จะ(?:นำ(?:ข้อมูล)?(?:ขึ้น)?)?เผยแพร่(?:ข้อมูล)?(?:เมื่อ|หลัง|ภายหลัง|ภายใน|เร็วๆนี้|โดยเร็ว)"
    # "จะรวบรวมและเผยแพร่ภายหลัง", "จะจัดทำและนำขึ้นเผยแพร่เมื่อ…"
    r"|จะ(?:รวบรวม|จัดทำ|สรุป)(?:ข้อมูล)?และ(?:นำ(?:ขึ้น)?)?เผยแพร่(?:ข้อมูล)?(?:เมื่อ|หลัง|ภายหลัง|ภายใน|ต่อไป)"
    # "ทั้งนี้ จะรายงานผลการดำเนินการ…ให้ทราบต่อไป": the report is to come
    r"|จะ(?:รายงาน|เผยแพร่|แจ้ง)\S{0,80}?(?:ให้ทราบ)?(?:ต่อไป|ภายหลัง)$"
)
# A short line saying part of the content is still coming. Not "อยู่ระหว่างดำเนินการ": in a
# progress report that is a project's state, not a missing part.
# "ปิดปรับปรุงชั่วคราว": a board or system closed for maintenance offers nothing for now.
_PARTIAL = re.compile(
    r"อยู่ระหว่าง(?:การ)?(?:จัดทำ|รวบรวม|ปรับปรุง)|กำลัง(?:การ)?(?:ปรับปรุง|จัดทำ|รวบรวม)|ยังไม่มีข้อมูล"
    r"|ปิดปรับปรุง"
)
# "The details are in the attached file": a sentence that sends the reader to a document.
_DEFERS = re.compile(
    r"(?:ตาม|ดัง|ใน)(?:เอกสาร|ไฟล์|สิ่งที่)(?:ที่)?(?:แนบ|ส่งมาด้วย)|(?:ตาม|ดัง)(?:ที่)?แนบ(?:ท้าย|มา)?"
    r"|(?:ตาม|ดัง)(?:ลิงก์|ลิ้งค์|link)|detailsattached|seeattached|seetheattached"
)
# "The document is at / can be downloaded from …": a line sending the reader elsewhere for the
# document it describes (the menu, a download, an attachment).
_POINTS = re.compile(
    r"(?:ดู|อ่าน|ดาวน์โหลด|download)(?:ข้อมูล|รายละเอียด|เอกสาร|ไฟล์)?(?:ได้)?(?:ที่|จาก)"
    r"|(?:(?:ดู|อ่าน)(?:ข้อมูล|รายละเอียด|เอกสาร)?(?:ได้)?(?:ที่|จาก|ใน)?|ตาม|อยู่(?:ที่|ใน)|ใช้"
    r"|เลือก(?:จาก)?|คลิก(?:ที่)?)(?:แถบ)?(?:เมนู|menu|sidebar)"
)
# What the assessment's own criteria text says: a page that only restates them publishes nothing.
CRITERIA = ("องค์ประกอบด้านข้อมูล", "เกณฑ์การให้คะแนน", "ข้อมูลที่ต้องเผยแพร่ตามเกณฑ์")

HEADING_MAX = 60  # compact letters: a line this short that states a year heads a section
SHORT_REST = 150  # compact letters of short lines (heading, breadcrumb, date) beside a placeholder
LINE_REST = 30  # compact letters beyond the placeholder that make a line content
_BE_YEAR = re.compile(r"(?:พ\.?\s?ศ\.?|ปี)\s*(25\d\d)(?!\d)")


# A line that is only a dash (or dots): a table's or form's way of saying "nothing here" ("-").
# a line that is only a dash, or "none" between dashes ("-ไม่มี-", "(ไม่มีข้อมูล)")
_NIL_LINE = re.compile(r"^[\s\-‐‒–—―_.·…()]*(?:ไม่มี(?:ข้อมูล)?)?[\s\-‐‒–—―_.·…()]*$")


def pending(compact: str) -> str:
    """The placeholder phrase in ``compact`` text ("" if none)."""
    m = _PENDING.search(compact)
    return m.group(0) if m else ""


def nil_lines(text: str) -> bool:
    """Whether ``text`` has a line that is only a dash ("-") or "none" ("-ไม่มี-"), as a page
    or a report's chapter left empty under its headings shows it, and every other line is short
    (a heading, a breadcrumb, a banner)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    nil = [ln for ln in lines if _NIL_LINE.match(ln)]
    rest = [compact_for_match(ln) for ln in lines if not _NIL_LINE.match(ln)]
    return (
        bool(nil) and all(len(c) <= HEADING_MAX for c in rest) and sum(map(len, rest)) <= SHORT_REST
    )


def strip_pending(compact: str) -> str:
    """``compact`` without its placeholder phrases."""
    return _PENDING.sub("", compact)


def partly_pending(compact: str) -> bool:
    """Whether a (short, compact) line says part of the content is still being prepared."""
    return _PARTIAL.search(compact) is not None


def _line_years(line: str) -> set[object]:
    plain = thai_to_arabic(line)
    return set(find_fiscal_years(plain)) | {int(y) for y in _BE_YEAR.findall(plain)}


def _line_months(line: str) -> set[object]:
    return {(d.date.year, d.date.month) for d in find_dates(line) if d.precision == "month"}


def _pending_line(compact: str, says_pending: Callable[[str], bool]) -> bool:
    """A line that only says its content is coming ("อยู่ระหว่างรวบรวมข้อมูลจากฝ่ายรายได้"), not
    a line that also carries content (a table header with an "in progress" column)."""
    return says_pending(compact) and len(strip_pending(compact)) <= LINE_REST


def _drop(
    lines: list[str],
    compact: list[str],
    keys_of: Callable[[str], set[object]],
    says_pending: Callable[[str], bool],
    also_heads: Collection[int] = (),
) -> set[int]:
    """The lines to leave out: sections headed by a short line with keys (years, months) whose
    every section is a placeholder, and the bare labels of those keys."""
    keyed = {i for i, c in enumerate(compact) if len(c) <= HEADING_MAX and keys_of(lines[i])}
    if not keyed:
        return set()
    heads = sorted(keyed | set(also_heads))
    sections: list[tuple[int, int, set[object], str]] = []  # first, end (exclusive), keys, kind
    for n, i in enumerate(heads):
        if i not in keyed:
            continue  # a heading of the other kind only ends the section before it
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        body = compact[i + 1 : end]
        if body and all(_pending_line(c, says_pending) for c in body):
            kind = "pending"  # every line under the heading says its content is coming
        elif body:
            kind = "content"
        else:
            kind = "pending" if says_pending(compact[i]) else "label"
        sections.append((i, end, keys_of(lines[i]), kind))
    empty = set().union(*(ks for *_, ks, k in sections if k == "pending"))
    empty -= set().union(*(ks for *_, ks, k in sections if k == "content"))
    drop: set[int] = set()
    for i, end, keys, kind in sections:
        if kind == "pending" and keys <= empty:
            drop.update(range(i, end))
        elif kind == "label" and keys <= empty:
            drop.add(i)
    return drop


def drop_pending_sections(text: str) -> str:
    """``text`` without the sections that are placeholders, and without the bare labels (tabs,
    a year menu) of the years or months whose every section is one.

    A section is a short line stating a year (a tab's or an archive's heading: "ปีงบประมาณ พ.ศ.
    2568") or a month ("มีนาคม 2568", a row of a monthly list), and the lines after it up to the
    next such line. Its year or month counts for nothing when it says only that its content is
    coming ("อยู่ระหว่างรวบรวมข้อมูล"), unless another section of the same year or month has
    content. A month's row saying "อยู่ระหว่างดำเนินการ" is a matter in progress (a complaint's
    state), not a placeholder.
    """
    lines = [ln for ln in text.splitlines() if ln.strip()]
    compact = [compact_for_match(ln) for ln in lines]
    drop = _drop(lines, compact, _line_years, lambda c: bool(pending(c)))
    year_heads = {
        i for i, c in enumerate(compact) if len(c) <= HEADING_MAX and _line_years(lines[i])
    }
    drop |= _drop(lines, compact, _line_months, partly_pending, year_heads)
    if not drop:
        return text
    return "\n".join(ln for n, ln in enumerate(lines) if n not in drop)


# A web server's directory listing (Apache, nginx): its heading, column row, parent link and
# signature, whatever else it lists is a file or folder.
_LISTING_HEAD = re.compile(r"^index of /", re.IGNORECASE)
_LISTING_FRAME = re.compile(
    r"^(?:index of /.*|(?:\[ico\]\s*)?name\s+last modified\s+size(?:\s+description)?"
    r"|(?:\[parentdir\]\s*)?(?:parent directory|\.\./?)(?:\s+-)?"
    r"|\S+/[\d.]+ (?:\(.*\) )?server at .*)$",
    re.IGNORECASE,
)


def empty_listing(text: str) -> bool:
    """Whether a page is a directory listing that lists nothing (only its parent directory):
    the item's folder is there, empty."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return (
        bool(lines)
        and bool(_LISTING_HEAD.match(lines[0]))
        and all(_LISTING_FRAME.match(ln) for ln in lines)
    )


def only_pending(text: str) -> bool:
    """Whether a page or file says only that its content is coming: a placeholder line
    ("อยู่ระหว่างรวบรวมข้อมูล") and nothing but short lines around it (its heading, a breadcrumb,
    a date), e.g. the current year's own page beside last year's full one."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if any(has_figures(ln) for ln in lines):
        return False  # a row of figures ("ต.ค. 67  0  0  0") is content, whatever the header says
    compact = [compact_for_match(ln) for ln in lines]
    held = [c for c in compact if _pending_line(c, lambda t: bool(pending(t)))]
    rest = [c for c in compact if c not in held]
    return (
        bool(held)
        and all(len(c) <= HEADING_MAX for c in rest)
        and sum(map(len, rest)) <= SHORT_REST
    )


def has_figures(line: str) -> bool:
    """Whether ``line`` carries numbers besides its dates and years (a phone number, a row of
    figures)."""
    return re.search(r"\d", without_dates(line)) is not None


# What a short line says of the thing it names when that is not there yet: "(เร็วๆ นี้)" on a
# disabled map button, "English version coming soon", "อยู่ระหว่างจัดทำ" on a badge.
_NOT_YET = re.compile(
    r"เร็วๆนี้|comingsoon|underconstruction|อยู่ระหว่าง(?:การ)?(?:จัดทำ|รวบรวม|ปรับปรุง|แปล)"
    r"|กำลัง(?:การ)?(?:จัดทำ|รวบรวม|ปรับปรุง)|ยังไม่(?:ได้)?(?:จัดทำ|เผยแพร่|เปิดให้บริการ|มีข้อมูล)"
)
NOT_YET_LINE = 80  # compact letters: a longer line carries content besides its badge


def deferred(compact: str) -> bool:
    """Whether a (compact) line says what it names will be published later ("รายงานผล…
    จะเผยแพร่เมื่อสิ้นปีงบประมาณ", "Declaration (English version) coming soon", a map button
    "แผนที่ (เร็วๆ นี้)"): it names the part, it is not the part."""
    if _DEFERRED.search(compact) is not None:
        return True
    return len(compact) <= NOT_YET_LINE and _NOT_YET.search(compact) is not None


def defers(compact: str) -> bool:
    """Whether (compact) text sends the reader to an attached document for its details
    ("รายละเอียดตามเอกสารแนบ", "ดังไฟล์แนบ"): its words introduce the document, they are not
    its content."""
    return _DEFERS.search(compact) is not None


def points_elsewhere(compact: str) -> str:
    """The phrase of (compact) text sending the reader elsewhere for the document it describes
    ("ดูเอกสารได้ที่เมนูด้านซ้าย", "ดาวน์โหลดได้ที่…", "รายละเอียดตามเอกสารแนบ"; "" if none)."""
    for rx in (_POINTS, _DEFERS):
        m = rx.search(compact)
        if m:
            return m.group(0)
    return ""
