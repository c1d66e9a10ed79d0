"""PPTX presentations with python-pptx: text frames, tables and hyperlinks, slide by slide."""

from __future__ import annotations

from io import BytesIO
from typing import Any

from crawler.extract._links import MAX_DOC_LINKS, doc_link
from crawler.extract._result import PACKAGE_ERRORS, Extracted
from oitwatch.exceptions import ExtractionError

__all__ = ["extract_pptx"]


def extract_pptx(body: bytes) -> Extracted:
    """Every slide's text (shapes in order) and its tables; hyperlinks of text runs and of
    shapes, with their paragraph's (or table row's, or shape's) words."""
    from pptx import Presentation
    from pptx.exc import PackageNotFoundError

    lines: list[str] = []
    tables: list[list[list[str]]] = []
    links: list[dict[str, Any]] = []
    try:
        prs = Presentation(BytesIO(body))
        for number, slide in enumerate(prs.slides, 1):
            for shape in slide.shapes:
                if shape.has_text_frame:
                    lines.extend(p.strip() for p in shape.text_frame.text.split("\n") if p.strip())
                    _frame_links(shape.text_frame, number, links)
                    _shape_link(shape, shape.text_frame.text, number, links)
                if getattr(shape, "has_table", False) and shape.has_table:
                    rows = [[c.text.strip() for c in row.cells] for row in shape.table.rows]
                    tables.append(rows)
                    lines.extend("\t".join(r) for r in rows)
                    for row, words in zip(shape.table.rows, rows, strict=False):
                        for cell in row.cells:
                            _frame_links(cell.text_frame, number, links, " ".join(words))
                elif not shape.has_text_frame:
                    _shape_link(shape, "", number, links)
        title = prs.core_properties.title or ""
    except (PackageNotFoundError, *PACKAGE_ERRORS) as exc:
        raise ExtractionError(f"unreadable PPTX: {type(exc).__name__}: {exc}") from exc
    return Extracted(
        title=title,
        text="\n".join(lines),
        tables=tables,
        method="pptx",
        links=links[:MAX_DOC_LINKS],
    )


def _frame_links(frame: Any, slide: int, out: list[dict[str, Any]], row: str = "") -> None:
    for paragraph in frame.paragraphs:
        for run in paragraph.runs:
            address = run.hyperlink.address
            if address and len(out) < MAX_DOC_LINKS:
                words = " ".join(r.text for r in paragraph.runs)
                if (link := doc_link(address, run.text, row or words, slide)) is not None:
                    out.append(link)


def _shape_link(shape: Any, words: str, slide: int, out: list[dict[str, Any]]) -> None:
    """A shape (a button, a picture) that opens an address when clicked."""
    try:
        address = shape.click_action.hyperlink.address
    except (AttributeError, KeyError, ValueError):
        return  # a group or graphic frame without a click action
    if address and len(out) < MAX_DOC_LINKS:
        alt = shape._element.xpath("./*/p:cNvPr/@descr")  # a picture's alternative text
        anchor = words or (str(alt[0]) if alt else "")
        if (link := doc_link(address, anchor, words, slide)) is not None:
            out.append(link)
