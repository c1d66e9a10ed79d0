"""The ITAS answer sheet: what an officer types into NACC's ITAS system, item by item.

For each OIT item ITAS asks มี/ไม่มี (have / have not), the one URL on the
agency's site where the assessor should look, and an optional note. The sheet
gives one row per item in the framework's order with exactly that, plus the
status and what to fix before submitting, for the officer:

``code, title_th, answer, url, other_urls, note_th, status, fix_th``

``url`` is the item's own page or document (never the OIT index page, a search
page or the home page); a URL the officer submitted in the checklist is used
when the check verified it, and a failed one is named in ``fix_th``. Built from
a stored run's result dict, as every report is.
"""

from __future__ import annotations

import io
import re
import urllib.parse
from dataclasses import astuple, dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from checklist.evidence import GENERIC_ANCHORS
from oitwatch.thai import compact_for_match, find_dates, fiscal_year_of
from reports._framework import freshness_kinds
from reports.exports import csv_bytes
from reports.labels import STATUS_TH, thai_date, thai_month
from reports.xlsx import safe_append

__all__ = ["HAVE", "HAVE_NOT", "ITAS_HEADERS", "ItasRow", "itas_csv", "itas_rows", "itas_xlsx"]

ITAS_HEADERS = ["code", "title_th", "answer", "url", "other_urls", "note_th", "status", "fix_th"]
HAVE, HAVE_NOT = "มี", "ไม่มี"
MAX_OTHER = 4
_DOCUMENT = re.compile(r"\.(pdf|docx?|xlsx?|pptx?|csv|zip|jpe?g|png)$", re.IGNORECASE)
_SEARCH_KEYS = {"s", "q", "search", "keyword", "keywords", "query", "searchword"}
# Checklist URLs the check refused, as the verdict states them (checklist.judge).
_CHECKLIST_FAILED = (
    ("The checklist URL does not open", "เปิดไม่ได้"),
    ("The checklist URL opens but does not show this item", "เปิดได้แต่ไม่แสดงรายการนี้"),
    ("The checklist URL is outside the agency's site", "อยู่นอกเว็บไซต์ของหน่วยงาน"),
)


@dataclass
class ItasRow:
    code: str
    title_th: str
    answer: str
    url: str
    other_urls: str
    note_th: str
    status: str
    fix_th: str


def _is_search(url: str) -> bool:
    parts = urllib.parse.urlsplit(url)
    keys = {k.lower() for k in urllib.parse.parse_qs(parts.query, keep_blank_values=True)}
    return bool(keys & _SEARCH_KEYS) or "/search" in parts.path.lower()


def _is_home(url: str, site: str) -> bool:
    def norm(u: str) -> str:
        p = urllib.parse.urlsplit(u)
        return f"{p.netloc.lower()}{p.path.rstrip('/')}"

    return bool(site) and norm(url) == norm(site)


def _failed_checklist(item: dict[str, Any]) -> dict[str, str]:
    """Checklist URLs the check refused -> why, in Thai."""
    out: dict[str, str] = {}
    for reason in item.get("reasons") or []:
        en = reason.get("en", "")
        for prefix, why in _CHECKLIST_FAILED:
            if en.startswith(prefix) and ": " in en:
                out[en.rsplit(": ", 1)[1].strip()] = why
    return out


def _first_reason(item: dict[str, Any]) -> str:
    reasons = [r.get("th", "") for r in item.get("reasons") or [] if r.get("th")]
    return reasons[0] if reasons else ""


def _label(url: str, evidence: dict[str, Any]) -> str:
    """``หน้าเว็บ “title”`` / ``เอกสาร “title”``: a link's bare "คลิกที่นี่" gives way to the page's slug."""
    path = urllib.parse.unquote(urllib.parse.urlsplit(url).path)
    kind = "เอกสาร" if _DOCUMENT.search(path) else "หน้าเว็บ"
    title = " ".join(str(evidence.get("title") or "").split())
    if compact_for_match(title) in GENERIC_ANCHORS or len(compact_for_match(title)) < 4:
        last = path.rstrip("/").rsplit("/", 1)[-1]
        title = " ".join(last.replace("-", " ").split()) if re.search("[ก-๛]", last) else ""
    if len(title) > 80:
        title = title[:79] + "…"
    return f"{kind} “{title}”" if title else kind


def _file_name(url: str) -> str:
    """The last part of a URL's path, decoded (a document's file name, a post's slug)."""
    name = urllib.parse.unquote(urllib.parse.urlsplit(url).path).rstrip("/").rsplit("/", 1)[-1]
    return name[:60] or url


def _months(evidence: list[dict[str, Any]], result: dict[str, Any]) -> list[tuple[str, str]]:
    """``("2024-10", url)`` for each month of the fiscal year a piece of evidence is about."""
    fy = result.get("fiscal_year")
    found: dict[str, str] = {}
    for e in evidence:
        text = f"{e.get('title', '')} {e.get('snippet', '')[:60]}"
        dated = [d for d in find_dates(text) if d.precision in ("month", "day")]
        if not dated:
            continue
        month = dated[0].date
        if fy and fiscal_year_of(month) != fy:
            continue
        found.setdefault(f"{month:%Y-%m}", e["url"])
    return sorted(found.items())


def _row(item: dict[str, Any], result: dict[str, Any], kinds: dict[str, str]) -> ItasRow:
    status = item.get("status", "")
    failed = _failed_checklist(item)
    usable = [
        e
        for e in item.get("evidence") or []
        if e.get("url")
        and e["url"] not in failed
        and not _is_search(e["url"])
        and not _is_home(e["url"], result.get("site", ""))
    ]
    # The officer's verified URL first, then the site's own pages (ITAS asks for a URL of the
    # agency's website), each in the checker's order (best evidence first).
    host = urllib.parse.urlsplit(result.get("site", "")).netloc.lower()
    usable.sort(
        key=lambda e: (
            e.get("source") != "checklist",
            bool(host) and urllib.parse.urlsplit(e["url"]).netloc.lower() != host,
        )
    )
    urls = list(dict.fromkeys(e["url"] for e in usable))
    by_url = {e["url"]: e for e in reversed(usable)}
    fix = item.get("fix_th", "")
    reason = _first_reason(item)
    notes: list[str] = []
    to_fix: list[str] = []
    if status in ("missing", "broken") or not urls:
        answer, url, others = HAVE_NOT, "", []
        if status == "broken":
            to_fix.append(f"ก่อนส่ง: {reason} แก้ลิงก์ให้เปิดได้ แล้วจึงตอบ “มี”")
        elif status == "missing":
            to_fix.append(f"ยังไม่พบบนเว็บไซต์: {fix}")
        else:
            to_fix.append(f"ไม่พบลิงก์ที่ใช้ได้: {reason}")
    else:
        answer, url, others = HAVE, urls[0], urls[1 : 1 + MAX_OTHER]
        first = by_url[url]
        if first.get("source") == "checklist":
            notes.append("ลิงก์ตามแบบ Checklist ของหน่วยงาน (ตรวจแล้วเปิดได้และแสดงรายการนี้)")
        notes.append(f"เปิดที่{_label(url, first)}")
        if kinds.get(item.get("code", "")) == "monthly":
            months = _months(usable, result)
            if months:
                where = "; ".join(f"{thai_month(m)} = {_file_name(u)}" for m, u in months)
                notes.append(f"เอกสารรายเดือน: {where}")
            else:
                notes.append("ข้อมูลรายเดือนแยกเป็นเดือน ลิงก์ของแต่ละเดือนอยู่ในหน้านี้")
        if others:
            notes.append(f"เอกสารประกอบอีก {len(others)} รายการอยู่ในช่อง other_urls")
        if status != "pass":
            what = {
                "stale": "ปรับข้อมูลให้เป็นปัจจุบัน",
                "incomplete": "เพิ่มองค์ประกอบที่ขาด",
                "review": "ตรวจเอกสารด้วยตนเอง (เครื่องอ่านไม่ได้) ให้ครบถ้วน",
            }.get(status, "แก้ไข")
            to_fix.append(f"ก่อนส่ง{what}: {reason}")
            months = [thai_month(m) for m in item.get("months_missing") or []]
            if months and "ขาดเดือน" not in reason:
                to_fix.append(f"เดือนที่ยังขาด: {', '.join(months)}")
            if fix:
                to_fix.append(f"สิ่งที่ต้องเผยแพร่: {fix}")
    for bad, why in failed.items():
        instead = f" ใช้ {url} แทน หรือแก้ลิงก์" if url else " แก้ลิงก์ก่อนส่ง"
        to_fix.append(f"ลิงก์ที่ระบุใน Checklist {why}: {bad}{instead}")
    return ItasRow(
        code=item.get("code", ""),
        title_th=item.get("title_th", ""),
        answer=answer,
        url=url,
        other_urls="\n".join(others),
        note_th="; ".join(notes),
        status=f"{status} ({STATUS_TH.get(status, status)})",
        fix_th="\n".join(to_fix),
    )


def itas_rows(result: dict[str, Any]) -> list[ItasRow]:
    """One row per item of a check result, in the framework's order."""
    kinds = freshness_kinds(result.get("framework", ""))
    return [_row(item, result, kinds) for item in result.get("items") or []]


def itas_csv(result: dict[str, Any]) -> bytes:
    """The sheet as CSV: UTF-8 with a BOM (Excel reads Thai), cells safe from formulas."""
    return csv_bytes(ITAS_HEADERS, [list(astuple(r)) for r in itas_rows(result)])


def itas_xlsx(result: dict[str, Any]) -> bytes:
    """The sheet as an XLSX workbook: one sheet, header frozen, text wrapped, never formulas."""
    wb = Workbook()
    ws = wb.active
    ws.title = "ITAS"
    safe_append(ws, ITAS_HEADERS)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in itas_rows(result):
        safe_append(ws, list(astuple(row)))
    for letter, width in zip("ABCDEFGH", (7, 45, 8, 60, 60, 50, 18, 60), strict=True):
        ws.column_dimensions[letter].width = width
    for line in ws.iter_rows(min_row=2):
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    ws.oddFooter.center.text = (
        f"{result.get('site_name_th') or result.get('site_key', '')} · "
        f"{result.get('framework', '')} · ข้อมูล ณ {thai_date(result.get('as_of'))}"
    )
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
