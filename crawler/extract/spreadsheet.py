"""XLSX workbooks with openpyxl (read-only, cached values): every sheet is a table."""

from __future__ import annotations

import posixpath
import re
import zipfile
from datetime import date, datetime
from io import BytesIO
from typing import Any

import lxml.etree

from crawler.extract._links import MAX_DOC_LINKS, doc_link
from crawler.extract._result import PACKAGE_ERRORS, Extracted, join_pages
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
    """Sheets as tables (rows of cell strings, header row first) and as tab-separated text, each
    sheet its title over its rows, ``PAGE_BREAK`` between sheets (a sheet per item)."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = load_workbook(BytesIO(body), read_only=True, data_only=True)
    except (InvalidFileException, TypeError, *PACKAGE_ERRORS) as exc:
        raise ExtractionError(f"unreadable XLSX: {type(exc).__name__}: {exc}") from exc
    tables: list[list[list[str]]] = []
    sheets: list[str] = []
    notes: list[str] = []
    links: list[dict[str, Any]] = []
    try:
        sheet_links = _hyperlinks(body)
    except (*PACKAGE_ERRORS, lxml.etree.LxmlError) as exc:
        sheet_links = {}
        notes.append(f"hyperlinks not read: {type(exc).__name__}")
    try:
        if len(wb.worksheets) > MAX_SHEETS:
            notes.append(f"sheets past {MAX_SHEETS} not read")
        for number, ws in enumerate(wb.worksheets[:MAX_SHEETS], 1):
            rows: list[list[str]] = []
            empty = 0
            wanted = sheet_links.get(ws.title, {})  # row number -> the row's links
            if (ws.max_row or 0) > MAX_SCAN_ROWS:
                notes.append(f"{ws.title}: rows past {MAX_SCAN_ROWS} not read")
            for at, row in enumerate(
                ws.iter_rows(min_row=1, max_row=MAX_SCAN_ROWS, max_col=MAX_CELLS, values_only=True),
                1,
            ):
                if at in wanted:
                    words = " ".join(_cell(v) for v in row if v is not None)
                    for target, shown, col in wanted[at]:
                        shown = shown or (_cell(row[col]) if col < len(row) else "")
                        if len(links) < MAX_DOC_LINKS and (
                            link := doc_link(target, shown, words, number)
                        ):
                            links.append(link)
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
            if rows:  # a sheet is the workbook's page: its title, then its rows
                tables.append(rows)
                sheets.append("\n".join([ws.title, *("\t".join(r) for r in rows)]))
    except (TypeError, *PACKAGE_ERRORS) as exc:
        raise ExtractionError(f"unreadable XLSX sheet: {type(exc).__name__}: {exc}") from exc
    finally:
        wb.close()
    title = str(wb.properties.title or "") if wb.properties else ""
    return Extracted(
        title=title,
        text=join_pages(sheets),
        tables=tables,
        method="xlsx",
        pages=min(len(wb.worksheets), MAX_SHEETS),
        error="; ".join(notes[:3]) or None,
        links=links,
    )


_NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "p": "http://schemas.openxmlformats.org/package/2006/relationships",
}
_REF = re.compile(r"\$?([A-Z]{1,3})\$?(\d+)")
_PARSER = lxml.etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def _column(letters: str) -> int:
    """0-based index of a column written in letters (A, Z, AA …)."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def _xml(package: zipfile.ZipFile, name: str) -> Any:
    return lxml.etree.fromstring(package.read(name), _PARSER)


def _rels(package: zipfile.ZipFile, part: str, kind: str = "") -> dict[str, str]:
    """A part's relationships (of type ``…/kind``): id -> target (as written)."""
    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", name + ".rels")
    if rels not in package.namelist():
        return {}
    return {
        r.get("Id"): r.get("Target") or ""
        for r in _xml(package, rels).iterfind("p:Relationship", _NS)
        if (r.get("Type") or "").endswith("/" + kind)
    }


def _hyperlinks(body: bytes) -> dict[str, dict[int, list[tuple[str, str, int]]]]:
    """Sheet title -> row number -> the row's hyperlinks to an address (target, shown words,
    column index).

    openpyxl's read-only sheets do not read hyperlinks: they are read from the package, each
    sheet's ``<hyperlink ref="B4" r:id="…">`` and its relationship's target."""
    out: dict[str, dict[int, list[tuple[str, str, int]]]] = {}
    with zipfile.ZipFile(BytesIO(body)) as package:
        names = set(package.namelist())
        if "xl/workbook.xml" not in names:
            return out
        book_rels = _rels(package, "xl/workbook.xml", "worksheet")
        for sheet in _xml(package, "xl/workbook.xml").findall("m:sheets/m:sheet", _NS)[:MAX_SHEETS]:
            target = book_rels.get(sheet.get(f"{{{_NS['r']}}}id") or "", "")
            part = posixpath.normpath(
                target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            )
            if part not in names:
                continue
            rels = _rels(package, part, "hyperlink")
            if not rels:  # no link to an address: the sheet is not parsed again
                continue
            rows: dict[int, list[tuple[str, str, int]]] = {}
            for cell in _xml(package, part).iterfind("m:hyperlinks/m:hyperlink", _NS):
                address = rels.get(cell.get(f"{{{_NS['r']}}}id") or "", "")
                m = _REF.match(cell.get("ref") or "")
                if address and m:
                    rows.setdefault(int(m.group(2)), []).append(
                        (address, cell.get("display") or "", _column(m.group(1)))
                    )
            if rows:
                out[sheet.get("name") or ""] = rows
    return out
