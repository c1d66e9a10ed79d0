"""Plain-language descriptions of freshness rules and element matches, Thai and English.

Used by ``oitwatch rules show`` and usable by anything that explains a rule to an officer.
"""

from __future__ import annotations

from rules.models import (
    ColumnsMatch,
    CurrentFiscalYear,
    Freshness,
    HalfYear,
    ImageMatch,
    LinkMatch,
    Match,
    MonthlySeries,
    PhrasesMatch,
    PreviousFiscalYear,
    Recent,
    Standing,
    month_day,
)

__all__ = ["describe_freshness", "describe_match", "format_deadline"]

_MONTHS_TH = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def format_deadline(deadline: str) -> tuple[str, str]:
    """``"01-31"`` -> ``("31 มกราคม", "31 January")``."""
    month, day = month_day(deadline)
    return f"{day} {_MONTHS_TH[month - 1]}", f"{day} {_MONTHS_EN[month - 1]}"


def describe_freshness(f: Freshness) -> tuple[str, str]:
    """(Thai, English) sentence saying how current an item must be."""
    if isinstance(f, Standing):
        return (
            "ข้อมูลประจำ มีเผยแพร่และเป็นปัจจุบันก็เพียงพอ",
            "standing information: present and up to date is enough",
        )
    if isinstance(f, CurrentFiscalYear):
        th, en = "ต้องเป็นข้อมูลของปีงบประมาณปัจจุบัน", "must be of the current fiscal year"
        if f.half_by:
            d_th, d_en = format_deadline(f.half_by)
            th += f" ตั้งแต่วันที่ {d_th} ต้องครอบคลุมรอบ 6 เดือนแรก (ตุลาคม-มีนาคม)"
            en += f"; from {d_en} covering the first six months (October-March)"
        return th, en
    if isinstance(f, PreviousFiscalYear):
        th, en = "รายงานประจำปีของปีงบประมาณที่ผ่านมา", "the annual report of the previous fiscal year"
        if f.deadline:
            d_th, d_en = format_deadline(f.deadline)
            th += f" เผยแพร่ภายในวันที่ {d_th}"
            en += f", published by {d_en}"
        return th, en
    if isinstance(f, HalfYear):
        d_th, d_en = format_deadline(f.deadline)
        th = f"รายงานรอบ 6 เดือนแรก (ตุลาคม-มีนาคม) ของปีงบประมาณปัจจุบัน เผยแพร่ภายในวันที่ {d_th}"
        en = f"a report on the first six months (October-March) of the current fiscal year, published by {d_en}"
        if f.previous_until:
            p_th, p_en = format_deadline(f.previous_until)
            th += f" (รายงานของปีที่แล้วใช้ได้ถึงวันที่ {p_th})"
            en += f" (last year's report stands until {p_en})"
        return th, en
    if isinstance(f, MonthlySeries):
        empty = " หรือ ".join(f'"{p}"' for p in f.empty_phrases) or "-"
        return (
            f"รายเดือน ครบทุกเดือนของปีงบประมาณจนถึงปัจจุบัน แต่ละเดือนเผยแพร่ภายในวันที่ {f.due_day}"
            f" ของเดือนถัดไป เดือนที่ไม่มีรายการให้ระบุ {empty}",
            f"monthly: every month of the fiscal year so far, each published by day {f.due_day} of the"
            f" next month; a month with nothing to report says {empty}",
        )
    if isinstance(f, Recent):
        return (
            f"ต้องมีรายการใหม่ภายใน {f.within_days} วันก่อนวันตรวจ",
            f"something dated within {f.within_days} days of the check",
        )
    raise TypeError(f"unknown freshness rule: {f!r}")


def describe_match(m: Match) -> tuple[str, str]:
    """(Thai, English) sentence saying how an element is recognised."""
    if isinstance(m, PhrasesMatch):
        words = ", ".join(m.any)
        if m.min == 1:
            return f"พบคำใดคำหนึ่ง: {words}", f"any of these words: {words}"
        return f"พบอย่างน้อย {m.min} คำจาก: {words}", f"at least {m.min} of these words: {words}"
    if isinstance(m, ColumnsMatch):
        need = m.min or len(m.columns)
        cols = ", ".join(m.names)
        if need == len(m.columns):
            return (
                f"ตารางที่มีหัวคอลัมน์ครบทั้ง {need}: {cols}",
                f"a table whose header has all {need} columns: {cols}",
            )
        return (
            f"ตารางที่มีหัวคอลัมน์อย่างน้อย {need} จาก {len(m.columns)}: {cols}",
            f"a table whose header has at least {need} of {len(m.columns)} columns: {cols}",
        )
    if isinstance(m, LinkMatch):
        parts_th, parts_en = [], []
        if m.hosts:
            parts_th.append("ลิงก์ไปยัง " + ", ".join(m.hosts))
            parts_en.append("a link to " + ", ".join(m.hosts))
        if m.phrases:
            parts_th.append("ลิงก์ที่มีข้อความ " + ", ".join(m.phrases))
            parts_en.append("a link whose text has " + ", ".join(m.phrases))
        return " หรือ ".join(parts_th), " or ".join(parts_en)
    if isinstance(m, ImageMatch):
        return f"มีรูปภาพในเนื้อหาอย่างน้อย {m.min} รูป", f"at least {m.min} image(s) in the page content"
    raise TypeError(f"unknown match rule: {m!r}")
