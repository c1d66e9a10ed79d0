"""PPTX presentations with python-pptx: text frames and tables, slide by slide."""

from __future__ import annotations

from io import BytesIO

from crawler.extract._result import PACKAGE_ERRORS, Extracted
from oitwatch.exceptions import ExtractionError

__all__ = ["extract_pptx"]


def extract_pptx(body: bytes) -> Extracted:
    """Every slide's text (shapes in order) and its tables."""
    from pptx import Presentation
    from pptx.exc import PackageNotFoundError

    lines: list[str] = []
    tables: list[list[list[str]]] = []
    try:
        prs = Presentation(BytesIO(body))
        for slide in prs.slides:
            for shape in slide.shapes:
                if shape.has_text_frame:
                    lines.extend(p.strip() for p in shape.text_frame.text.split("\n") if p.strip())
                if getattr(shape, "has_table", False) and shape.has_table:
                    rows = [[c.text.strip() for c in row.cells] for row in shape.table.rows]
                    tables.append(rows)
                    lines.extend("\t".join(r) for r in rows)
        title = prs.core_properties.title or ""
    except (PackageNotFoundError, *PACKAGE_ERRORS) as exc:
        raise ExtractionError(f"unreadable PPTX: {type(exc).__name__}: {exc}") from exc
    return Extracted(title=title, text="\n".join(lines), tables=tables, method="pptx")
