"""What a page says when its content is not there yet, as a whole or in one section.

"อยู่ระหว่างการจัดทำ", "อยู่ระหว่างรวบรวมข้อมูล", "coming soon": a page (or a tab, or the
section under a year's heading) that says only this publishes nothing. A year-tabbed page whose
current year's tab is such a placeholder holds older years only, however full their tabs are.
"""

from __future__ import annotations

import re

from oitwatch.thai import compact_for_match, find_fiscal_years, thai_to_arabic

__all__ = [
    "CRITERIA",
    "drop_pending_sections",
    "partly_pending",
    "pending",
    "strip_pending",
]

# "in the course of (preparing | compiling | revising | doing | checking ...)", "coming soon":
# matched on compact text (no spaces, lower case).
_PENDING = re.compile(
    r"อยู่ระหว่าง(?:การ)?(?:จัดทำ|รวบรวม|ปรับปรุง|ดำเนินการ|ตรวจสอบ|สรุปผล|ขออนุมัติ|เสนอ)"
    r"|กำลัง(?:การ)?(?:ปรับปรุง|จัดทำ|รวบรวม)|ยังไม่มีข้อมูล|comingsoon|underconstruction|เร็วๆนี้"
)
# A short line saying part of the content is still coming. Not "อยู่ระหว่างดำเนินการ": in a
# progress report that is a project's state, not a missing part.
_PARTIAL = re.compile(
    r"อยู่ระหว่าง(?:การ)?(?:จัดทำ|รวบรวม|ปรับปรุง)|กำลัง(?:การ)?(?:ปรับปรุง|จัดทำ|รวบรวม)|ยังไม่มีข้อมูล"
)
# What the assessment's own criteria text says: a page that only restates them publishes nothing.
CRITERIA = ("องค์ประกอบด้านข้อมูล", "เกณฑ์การให้คะแนน", "ข้อมูลที่ต้องเผยแพร่ตามเกณฑ์")

HEADING_MAX = 60  # compact letters: a line this short that states a year heads a section
SECTION_REST = 80  # compact letters beyond the placeholder that make a section's body content
_BE_YEAR = re.compile(r"(?:พ\.?\s?ศ\.?|ปี)\s*(25\d\d)(?!\d)")


def pending(compact: str) -> str:
    """The placeholder phrase in ``compact`` text ("" if none)."""
    m = _PENDING.search(compact)
    return m.group(0) if m else ""


def strip_pending(compact: str) -> str:
    """``compact`` without its placeholder phrases."""
    return _PENDING.sub("", compact)


def partly_pending(compact: str) -> bool:
    """Whether a (short, compact) line says part of the content is still being prepared."""
    return _PARTIAL.search(compact) is not None


def _line_years(line: str) -> set[int]:
    plain = thai_to_arabic(line)
    return set(find_fiscal_years(plain)) | {int(y) for y in _BE_YEAR.findall(plain)}


def drop_pending_sections(text: str) -> str:
    """``text`` without the sections that are placeholders, and without the bare year labels
    (tabs, a year menu) of the years whose every section is one.

    A section is a short line stating a year (a tab's or an archive's heading: "ปีงบประมาณ พ.ศ.
    2568") and the lines after it up to the next such line. Its year counts for nothing when it
    says only that its content is coming ("อยู่ระหว่างรวบรวมข้อมูล"), unless another section of the
    same year has content.
    """
    lines = [ln for ln in text.splitlines() if ln.strip()]
    compact = [compact_for_match(ln) for ln in lines]
    heads = [i for i, c in enumerate(compact) if len(c) <= HEADING_MAX and _line_years(lines[i])]
    if not heads:
        return text
    # each heading's section: (first line, end line exclusive, years, kind)
    sections: list[tuple[int, int, set[int], str]] = []
    for n, i in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        body = "".join(compact[i + 1 : end])
        if pending(compact[i]) or pending(body):
            rest = strip_pending(body)
            kind = "pending" if len(rest) < SECTION_REST else "content"
        else:
            kind = "content" if body else "label"
        sections.append((i, end, _line_years(lines[i]), kind))
    empty = set().union(*(ys for *_, ys, k in sections if k == "pending"))
    empty -= set().union(*(ys for *_, ys, k in sections if k == "content"))
    if not empty:
        return text
    drop: set[int] = set()
    for i, end, years, kind in sections:
        if kind == "pending" and years <= empty:
            drop.update(range(i, end))
        elif kind == "label" and years <= empty:
            drop.add(i)
    return "\n".join(ln for n, ln in enumerate(lines) if n not in drop)
