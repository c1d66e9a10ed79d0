"""XLSX workbooks with openpyxl (read-only, cached values): every sheet is a table."""

from __future__ import annotations

from datetime import date, datetime
from io import BytesIO

from crawler.extract._result import PACKAGE_ERRORS, Extracted
from oitwatch.exceptions import ExtractionError

__all__ = ["MAX_CELLS", "MAX_ROWS", "MAX_SCAN_ROWS", "MAX_SHEETS", "extract_xlsx"]

MAX_ROWS = 5000
MAX_CELLS = 60
MAX_SCAN_ROWS = 20_000  # rows looked at per sheet, empty ones included (sparse sheets)
MAX_SHEETS = 50
MAX_EMPTY_RUN = 2000  # empty rows in a row after which the rest of a sheet is not read


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return (
            value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
        )
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def extract_xlsx(body: bytes) -> Extracted:
    """Sheets as tables (rows of cell strings, header row first) and as tab-separated text."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = load_workbook(BytesIO(body), read_only=True, data_only=True)
    except (InvalidFileException, TypeError, *PACKAGE_ERRORS) as exc:
        raise ExtractionError(f"unreadable XLSX: {type(exc).__name__}: {exc}") from exc
    tables: list[list[list[str]]] = []
    lines: list[str] = []
    notes: list[str] = []
    try:
        if len(wb.worksheets) > MAX_SHEETS:
            notes.append(f"sheets past {MAX_SHEETS} not read")
        for ws in wb.worksheets[:MAX_SHEETS]:
            rows: list[list[str]] = []
            empty = 0
            if (ws.max_row or 0) > MAX_SCAN_ROWS:
                notes.append(f"{ws.title}: rows past {MAX_SCAN_ROWS} not read")
            for row in ws.iter_rows(max_row=MAX_SCAN_ROWS, max_col=MAX_CELLS, values_only=True):
                if not any(v is not None for v in row):
                    empty += 1
                    if empty > MAX_EMPTY_RUN:
                        notes.append(f"{ws.title}: rows after {MAX_EMPTY_RUN} empty ones not read")
                        break
                    continue
                empty = 0
                cells = [_cell(v) for v in row]
                while cells and not cells[-1]:
                    cells.pop()
                if cells:
                    rows.append(cells)
                if len(rows) >= MAX_ROWS:
                    break
            if rows:
                tables.append(rows)
                lines.append(ws.title)
                lines.extend("\t".join(r) for r in rows)
    except (TypeError, *PACKAGE_ERRORS) as exc:
        raise ExtractionError(f"unreadable XLSX sheet: {type(exc).__name__}: {exc}") from exc
    finally:
        wb.close()
    title = str(wb.properties.title or "") if wb.properties else ""
    return Extracted(
        title=title,
        text="\n".join(lines),
        tables=tables,
        method="xlsx",
        pages=min(len(wb.worksheets), MAX_SHEETS),
        error="; ".join(notes[:3]) or None,
    )
