"""DOCX documents with python-docx: paragraphs, tables and hyperlinks."""

from __future__ import annotations

import re
from io import BytesIO
from typing import Any

from crawler.extract._links import MAX_DOC_LINKS, doc_link
from crawler.extract._result import PACKAGE_ERRORS, Extracted
from oitwatch.exceptions import ExtractionError

__all__ = ["extract_docx"]

MAX_ROWS = 5000
MAX_DEPTH = 3  # tables inside table cells read this deep for links
# A link written as a field code: { HYPERLINK "https://..." } (Word's older way, and some tools')
_FIELD = re.compile(r'HYPERLINK\s+"([^"]+)"')


def extract_docx(body: bytes) -> Extracted:
    """Paragraphs (one per line) and tables' rows in reading order; tables also as ``tables``;
    hyperlinks with their words and their paragraph's or table row's."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from docx.text.paragraph import Paragraph

    try:
        doc = Document(BytesIO(body))
        lines: list[str] = []
        tables = []
        for block in doc.iter_inner_content():  # in reading order: a table under its heading
            if isinstance(block, Paragraph):
                if block.text.strip():
                    lines.append(block.text.strip())
                continue
            rows = [[c.text.strip() for c in row.cells] for row in block.rows[:MAX_ROWS]]
            rows = [r for r in rows if any(r)]
            if rows:
                tables.append(rows)
                lines.extend("\t".join(r) for r in rows)
        title = doc.core_properties.title or ""
        links = _links(doc)
    except (PackageNotFoundError, *PACKAGE_ERRORS) as exc:
        raise ExtractionError(f"unreadable DOCX: {type(exc).__name__}: {exc}") from exc
    return Extracted(title=title, text="\n".join(lines), tables=tables, method="docx", links=links)


def _paragraph_links(paragraph: Any) -> list[tuple[str, str]]:
    """(address, words) of a paragraph's hyperlinks: relationships and field codes."""
    out = []
    for link in paragraph.hyperlinks:
        if link.address:
            out.append((link.url, link.text))
    p = paragraph._p
    instr = "".join(t.text or "" for t in p.xpath(".//w:instrText"))
    instr += " ".join(p.xpath(".//w:fldSimple/@w:instr"))
    out.extend((m.group(1), paragraph.text) for m in _FIELD.finditer(instr))
    return out


def _links(doc: Any) -> list[dict[str, Any]]:
    """The document's hyperlinks in reading order: a body paragraph's under the heading before
    it; a table cell's with its row's words, a row whose first cells are empty carrying on
    the row above it (an item's second document under its code and title)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out: list[dict[str, Any]] = []
    heading = ""

    def table_links(table: Table, depth: int) -> None:
        above = ""
        for row in table.rows[:MAX_ROWS]:
            cells = _distinct(row.cells)
            words = [c.text.strip() for c in cells]
            text = " ".join(w for w in words if w)
            first = next((i for i, w in enumerate(words) if w), len(words))
            for i, cell in enumerate(cells):
                for paragraph in cell.paragraphs:
                    for url, anchor in _paragraph_links(paragraph):
                        # the cells before the link's are empty: the row above goes on
                        over = above if first >= i and above else ""
                        if (link := doc_link(url, anchor, text, None, over or heading)) is not None:
                            out.append(link)
                if depth < MAX_DEPTH:
                    for inner in cell.tables:
                        table_links(inner, depth + 1)
            if first < len(words) and not (first > 0 and above):
                above = text
            if len(out) >= MAX_DOC_LINKS:
                return

    for block in doc.iter_inner_content():
        if len(out) >= MAX_DOC_LINKS:
            break
        if isinstance(block, Paragraph):
            style = (block.style.name if block.style is not None else "") or ""
            if style.lower().startswith(("heading", "title")) and block.text.strip():
                heading = block.text.strip()
                continue
            for url, anchor in _paragraph_links(block):
                if (link := doc_link(url, anchor, block.text, None, heading)) is not None:
                    out.append(link)
        elif isinstance(block, Table):
            table_links(block, 0)
    return out[:MAX_DOC_LINKS]


def _distinct(cells: list[Any]) -> list[Any]:
    """A row's cells once each (a merged cell comes back once per grid column it spans)."""
    seen: set[int] = set()
    out = []
    for cell in cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            out.append(cell)
    return out
