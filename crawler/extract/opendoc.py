"""OpenDocument files (ODT, ODS, ODP) with the standard library's zipfile and lxml: the
``content.xml`` part read as paragraphs and tables, ``meta.xml`` for the title.

LibreOffice writes a sheet's unused columns and rows as one cell or row "repeated" a
million times; repeats are expanded only while they hold something, and only up to the
spreadsheet reader's caps.
"""

from __future__ import annotations

import zipfile
from io import BytesIO

import lxml.etree

from crawler.extract._result import PACKAGE_ERRORS, Extracted
from crawler.extract.spreadsheet import MAX_CELLS, MAX_ROWS, MAX_SHEETS
from oitwatch.exceptions import ExtractionError

__all__ = ["ODF_TYPES", "extract_odf", "odf_kind"]

ODF_TYPES = {
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/vnd.oasis.opendocument.presentation": "odp",
}
MAX_REPEAT = 100  # a non-empty row or cell repeated more than this is read this many times

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_PARSER = lxml.etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)


def odf_kind(names: list[str], mimetype: bytes) -> str | None:
    """odt, ods or odp for an OpenDocument package (its ``mimetype`` part), else None."""
    kind = ODF_TYPES.get(mimetype.decode("ascii", "replace").strip())
    if kind is None and "content.xml" in names and "META-INF/manifest.xml" in names:
        return "odt"  # an OpenDocument package of another flavour: its text is still text
    return kind


def _q(ns: str, tag: str) -> str:
    return f"{{{ns}}}{tag}"


_P, _H = _q(_TEXT, "p"), _q(_TEXT, "h")
_S, _TAB, _BR = _q(_TEXT, "s"), _q(_TEXT, "tab"), _q(_TEXT, "line-break")
_NOTE, _TRACKED = _q(_TEXT, "note"), _q(_TEXT, "tracked-changes")
_TABLE_EL, _ROW, _CELL = _q(_TABLE, "table"), _q(_TABLE, "table-row"), _q(_TABLE, "table-cell")
_COVERED = _q(_TABLE, "covered-table-cell")
_REPEAT_ROWS, _REPEAT_COLS = (
    _q(_TABLE, "number-rows-repeated"),
    _q(_TABLE, "number-columns-repeated"),
)
_PAGE, _FRAME = _q(_DRAW, "page"), _q(_DRAW, "frame")


def _para(el: lxml.etree._Element) -> str:
    """A paragraph's text: spaces (``text:s``), tabs and line breaks as written."""
    out: list[str] = [el.text or ""]
    for child in el:
        tag = child.tag
        if tag == _S:
            out.append(" " * min(int(child.get(_q(_TEXT, "c"), "1") or 1), 20))
        elif tag == _TAB:
            out.append("\t")
        elif tag == _BR:
            out.append("\n")
        elif tag in (_NOTE, _TRACKED, _FRAME) or not isinstance(tag, str):
            pass  # a footnote's body is not the paragraph's text, a frame's is read on its own
        else:
            out.append(_para(child))
        out.append(child.tail or "")
    return "".join(out)


def _cell_text(cell: lxml.etree._Element) -> str:
    parts = [_para(p) for p in cell.iter(_P, _H)]
    return " ".join(" ".join(p.split()) for p in parts if p.strip())


def _repeat(el: lxml.etree._Element, attr: str) -> int:
    try:
        return max(1, int(el.get(attr, "1")))
    except ValueError:
        return 1


def _table(el: lxml.etree._Element) -> list[list[str]]:
    rows: list[list[str]] = []
    for row in el.iter(_ROW):
        if row.getparent() is not None and _nearest_table(row) is not el:
            continue  # a row of a table nested in a cell: read with its cell
        cells: list[str] = []
        for cell in row:
            if cell.tag not in (_CELL, _COVERED):
                continue
            text = _cell_text(cell)
            n = _repeat(cell, _REPEAT_COLS)
            cells.extend([text] * (min(n, MAX_REPEAT) if text else min(n, MAX_CELLS)))
            if len(cells) >= MAX_CELLS:
                break
        cells = cells[:MAX_CELLS]
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            continue
        rows.extend([cells] * min(_repeat(row, _REPEAT_ROWS), MAX_REPEAT))
        if len(rows) >= MAX_ROWS:
            break
    return rows[:MAX_ROWS]


def _nearest_table(el: lxml.etree._Element) -> lxml.etree._Element | None:
    up = el.getparent()
    while up is not None and up.tag != _TABLE_EL:
        up = up.getparent()
    return up


def _walk(el: lxml.etree._Element, lines: list[str], tables: list[list[list[str]]]) -> None:
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in (_NOTE, _TRACKED):
            continue
        if tag == _TABLE_EL:
            rows = _table(child)
            if rows:
                tables.append(rows)
                name = child.get(_q(_TABLE, "name"), "")
                if name and el.tag == _q(_OFFICE, "spreadsheet"):
                    lines.append(name)  # a sheet's name, as the XLSX reader gives it
                lines.extend("\t".join(r) for r in rows)
        elif tag in (_P, _H):
            text = _para(child)
            lines.extend(t.strip() for t in text.split("\n") if t.strip())
            # a frame anchored in the paragraph (a text box, a table in a frame)
            for frame in child.iter(_q(_DRAW, "text-box")):
                _walk(frame, lines, tables)
        else:
            _walk(child, lines, tables)


def extract_odf(body: bytes, kind: str) -> Extracted:
    """Paragraphs (one per line) and tables (a sheet each, in an ODS) of an ODT/ODS/ODP."""
    label = kind.upper()
    try:
        with zipfile.ZipFile(BytesIO(body)) as zf:
            content = zf.read("content.xml")
            meta = zf.read("meta.xml") if "meta.xml" in zf.namelist() else b""
        root = lxml.etree.fromstring(content, _PARSER)
        title = ""
        if meta:
            found = lxml.etree.fromstring(meta, _PARSER).find(
                ".//{http://purl.org/dc/elements/1.1/}title"
            )
            title = " ".join((found.text or "").split()) if found is not None else ""
    except (*PACKAGE_ERRORS, lxml.etree.XMLSyntaxError) as exc:
        raise ExtractionError(f"unreadable {label}: {type(exc).__name__}: {exc}") from exc
    lines: list[str] = []
    tables: list[list[list[str]]] = []
    body_el = root.find(_q(_OFFICE, "body"))
    if body_el is not None:
        _walk(body_el, lines, tables)
    pages = 1
    if kind == "ods":
        pages = min(len(root.findall(f".//{_TABLE_EL}")), MAX_SHEETS)
    elif kind == "odp":
        pages = len(root.findall(f".//{_PAGE}"))
    return Extracted(title=title, text="\n".join(lines), tables=tables, method=kind, pages=pages)
