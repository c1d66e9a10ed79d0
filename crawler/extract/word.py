"""DOCX documents with python-docx: paragraphs and tables."""

from __future__ import annotations

from io import BytesIO

from crawler.extract._result import PACKAGE_ERRORS, Extracted
from oitwatch.exceptions import ExtractionError

__all__ = ["extract_docx"]

MAX_ROWS = 5000


def extract_docx(body: bytes) -> Extracted:
    """Paragraph text (one per line), then each table's rows; tables also as ``tables``."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        doc = Document(BytesIO(body))
        lines = [p.text.strip() for p in doc.paragraphs if p.text.strip()]
        tables = []
        for table in doc.tables:
            rows = [[c.text.strip() for c in row.cells] for row in table.rows[:MAX_ROWS]]
            rows = [r for r in rows if any(r)]
            if rows:
                tables.append(rows)
                lines.extend("\t".join(r) for r in rows)
        title = doc.core_properties.title or ""
    except (PackageNotFoundError, *PACKAGE_ERRORS) as exc:
        raise ExtractionError(f"unreadable DOCX: {type(exc).__name__}: {exc}") from exc
    return Extracted(title=title, text="\n".join(lines), tables=tables, method="docx")
