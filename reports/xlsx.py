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
from openpyxl.worksheet.worksheet import Worksheet

from reports.district import DistrictReport
from reports.labels import STATUS_COLOURS, STATUS_EN, STATUS_TH
from reports.overview import Overview
from reports.owners import OwnerView
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
STATUS_COLUMN = ITEM_HEADERS.index("สถานะ (status_th)") + 1


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
    _append(ws, headers)
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        _append(ws, row)
    ws.freeze_panes = ws.cell(row=ws.max_row - len(rows) + 1, column=1)


def sheet_title(name: str, taken: set[str]) -> str:
    """A sheet name Excel accepts (31 chars, no ``[]:*?/\\``), unique among ``taken``."""
    base = re.sub(r"[\[\]:*?/\\']", " ", name).strip()[:28] or "sheet"
    title, n = base, 2
    while title in taken:
        title = f"{base[:25]} ({n})"
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
