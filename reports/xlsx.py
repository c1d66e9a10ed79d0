"""Excel workbooks of reports: a summary sheet, then one sheet per district.

Every string cell is written as text (never a formula), whatever it starts with.
"""

from __future__ import annotations

import io
import re
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from reports.district import DistrictReport
from reports.labels import STATUS_COLOURS, STATUS_EN, STATUS_TH
from reports.overview import Overview
from reports.owners import OwnerView
from reports.render import is_http_url, readable_url
from reports.tables import (
    ITEM_HEADERS,
    OWNER_HEADERS,
    SUMMARY_HEADERS,
    item_rows,
    owner_rows,
    summary_row,
)

__all__ = [
    "SUMMARY_SHEET",
    "cut_on_word",
    "district_xlsx",
    "overview_xlsx",
    "owner_xlsx",
    "safe_append",
    "sheet_title",
]

SUMMARY_SHEET = "สรุป Summary"
MATRIX_SHEET = "ตาราง Matrix"
HEADER_FILL = PatternFill("solid", fgColor="E3F2FD")
MAX_CELL = 32767  # Excel's limit: a longer cell makes it call the file damaged
MAX_LINK = 2000  # Excel ignores (or repairs away) longer hyperlinks
STATUS_COLUMN = ITEM_HEADERS.index("สถานะ (status_th)") + 1
EVIDENCE_COLUMN = ITEM_HEADERS.index("หลักฐาน (evidence_urls)") + 1
WRAP = Alignment(wrap_text=True, vertical="top")
LINK_FONT = Font(color="0563C1", underline="single")


def _fill(status: str) -> PatternFill:
    return PatternFill("solid", fgColor=STATUS_COLOURS.get(status, "#eeeeee").lstrip("#").upper())


def _cell(value: Any) -> Any:
    """Control characters (a crawled ``\x0b``) make openpyxl refuse the cell: drop them."""
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)[:MAX_CELL]
    return value


def _append(ws: Worksheet, row: list[Any]) -> None:
    ws.append([_cell(v) for v in row])
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"  # a crawled "=HYPERLINK(...)" stays text


def safe_append(ws: Worksheet, row: list[Any]) -> None:
    """Append ``row``: strings stay text (never formulas), control characters dropped."""
    _append(ws, row)


def _table(ws: Worksheet, headers: list[str], rows: list[list[Any]]) -> None:
    """Header and rows: bold frozen header with an autofilter, wrapped text, A4 landscape."""
    _append(ws, headers)
    header = ws.max_row
    for cell in ws[header]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        _append(ws, row)
        for cell in ws[ws.max_row]:
            cell.alignment = WRAP
    ws.freeze_panes = ws.cell(row=header + 1, column=1)
    ws.auto_filter.ref = f"A{header}:{get_column_letter(len(headers))}{max(ws.max_row, header)}"
    _print_setup(ws, header)


def _print_setup(ws: Worksheet, header: int | None = None) -> None:
    """A4 landscape, as wide as one page, the header row repeated on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if header is not None:
        ws.print_title_rows = f"{header}:{header}"


def _links(ws: Worksheet, column: int, first: int, items: list[dict[str, Any]]) -> None:
    """Evidence cells as people read them (Thai URLs decoded), the first one clickable."""
    for i, item in enumerate(items):
        urls = [ev.get("url", "") for ev in item.get("evidence", []) if ev.get("url")]
        cell = ws.cell(row=first + i, column=column)
        cell.value = _cell("\n".join(readable_url(u) for u in urls))
        if urls and is_http_url(urls[0]) and len(urls[0]) <= MAX_LINK:
            cell.hyperlink = urls[0]
            cell.font = LINK_FONT


# Thai marks written above or below the letter before them: never the first character of a cut.
_MARKS = re.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def cut_on_word(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at the end of a word (a space, or a Thai
    word by PyThaiNLP's dictionary), never inside a letter's vowel and tone marks."""
    text = text.strip()
    if len(text) <= limit:
        return text
    from oitwatch.thai.lexicon import THAI_RUN, segments

    ends = {i for i, ch in enumerate(text) if ch.isspace()}
    for run in THAI_RUN.finditer(text):
        ends.update(run.start() + end for _, end in segments(run.group()))
        ends.add(run.start())
    fits = [i for i in ends if limit // 2 <= i <= limit]
    cut = max(fits) if fits else limit
    while cut > 1 and _MARKS.match(text, cut):
        cut -= 1
    return text[:cut].rstrip()


def sheet_title(name: str, taken: set[str]) -> str:
    """A sheet name Excel accepts (31 chars, no ``[]:*?/\\``), cut on a word, unique in ``taken``."""
    clean = re.sub(r"[\[\]:*?/\\']", " ", name).strip() or "sheet"
    base = cut_on_word(clean, 28)
    title, n = base, 2
    while title in taken:
        title = f"{cut_on_word(clean, 25)} ({n})"
        n += 1
    taken.add(title)
    return title


def _district_sheet(wb: Workbook, report: DistrictReport, taken: set[str]) -> None:
    ws = wb.create_sheet(sheet_title(report.name_th, taken))
    score = report.score
    _append(ws, [f"{report.name_th} ({report.site_key})"])
    ws["A1"].font = Font(bold=True, size=14)
    _append(
        ws,
        [
            "คะแนนประมาณการ (estimate)",
            score.get("estimate"),
            score.get("level", ""),
            score.get("level_en", ""),
            score.get("note_th", ""),
        ],
    )
    _append(ws, [])
    _table(ws, ITEM_HEADERS, item_rows(report))
    first = ws.max_row - len(report.items) + 1
    for i, item in enumerate(report.items):
        ws.cell(row=first + i, column=STATUS_COLUMN).fill = _fill(item["status"])
        ws.cell(row=first + i, column=STATUS_COLUMN - 1).fill = _fill(item["status"])
    _links(ws, EVIDENCE_COLUMN, first, report.items)
    _widths(ws, {"I": 8, "J": 40, "K": 30, "M": 18, "N": 18, "O": 40, "S": 40, "T": 40})


def _widths(ws: Worksheet, widths: dict[str, int]) -> None:
    for col, width in widths.items():
        ws.column_dimensions[col].width = width


def _summary(wb: Workbook, reports: list[DistrictReport]) -> None:
    ws = wb.active
    ws.title = SUMMARY_SHEET
    _table(ws, SUMMARY_HEADERS, [summary_row(r) for r in reports])
    _widths(ws, {"A": 30, "B": 20, "C": 40, "F": 18, "H": 18, "L": 40, "M": 30})


def _save(wb: Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def district_xlsx(reports: list[DistrictReport]) -> bytes:
    """Summary sheet, then one sheet per district report."""
    wb = Workbook()
    _summary(wb, reports)
    taken = {SUMMARY_SHEET}
    for report in reports:
        _district_sheet(wb, report, taken)
    return _save(wb)


def overview_xlsx(overviews: list[Overview], reports: list[DistrictReport]) -> bytes:
    """Summary, a districts x items matrix per framework, then one sheet per district."""
    wb = Workbook()
    _summary(wb, reports)
    taken = {SUMMARY_SHEET}
    for ov in overviews:
        ws = wb.create_sheet(sheet_title(f"{MATRIX_SHEET} {ov.framework}", taken))
        codes = [c.code for c in ov.columns]
        _append(ws, ["เขต (site)", "คะแนนประมาณการ (score)", "ระดับ (level)", *codes])
        for cell in ws[1]:
            cell.font = Font(bold=True)
            cell.fill = HEADER_FILL
        for row in ov.rows:
            statuses = [row.statuses[c] for c in codes]
            _append(
                ws,
                [
                    row.name_th,
                    row.score.get("estimate"),
                    row.score.get("level", ""),
                    *(
                        f"{STATUS_TH.get(s, '')} ({STATUS_EN.get(s, '')})" if s else "-"
                        for s in statuses
                    ),
                ],
            )
            for i, status in enumerate(statuses):
                if status:
                    ws.cell(row=ws.max_row, column=4 + i).fill = _fill(status)
        _append(ws, ["ไม่ผ่าน (เขต) / failing sites", None, None, *(c.failing for c in ov.columns)])
        _append(
            ws,
            [
                "สรุป / summary",
                None,
                None,
                *(f"{c.summary_th} / {c.summary_en}" for c in ov.columns),
            ],
        )
        ws.freeze_panes = "D2"
        ws.auto_filter.ref = f"A1:{get_column_letter(3 + len(codes))}{1 + len(ov.rows)}"
        _print_setup(ws, 1)
        _widths(ws, {"A": 22, "B": 12, "C": 18})
    for report in reports:
        _district_sheet(wb, report, taken)
    return _save(wb)


def owner_xlsx(view: OwnerView) -> bytes:
    """One sheet of the unit's failing items across districts."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title(view.unit or "owner", set())
    _table(ws, OWNER_HEADERS, owner_rows(view))
    _widths(ws, {"A": 18, "B": 30, "C": 18, "E": 40, "G": 22, "H": 40, "I": 40})
    return _save(wb)
