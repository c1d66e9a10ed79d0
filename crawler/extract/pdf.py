"""PDF text with pypdf (pdfminer splits Thai marks from their letters)."""

from __future__ import annotations

import zlib
from io import BytesIO

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from crawler.extract._result import Extracted
from oitwatch.exceptions import ExtractionError

__all__ = ["MAX_PAGES", "extract_pdf"]

MAX_PAGES = 500

# Malformed PDFs make pypdf raise a wide range of errors; all mean "cannot read this file".
_MALFORMED = (
    PyPdfError,
    ValueError,
    KeyError,
    TypeError,
    IndexError,
    AttributeError,
    OSError,
    RecursionError,
    zlib.error,
)


def extract_pdf(body: bytes) -> Extracted:
    """Text of every page (at most ``MAX_PAGES``), pages separated by a blank line."""

    try:
        reader = PdfReader(BytesIO(body), strict=False)
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except (PyPdfError, NotImplementedError) as exc:
                raise ExtractionError(f"encrypted PDF: {exc}") from exc
        pages = [page.extract_text() or "" for page in list(reader.pages)[:MAX_PAGES]]
        meta = reader.metadata
        title = str(meta.title or "") if meta else ""
    except _MALFORMED as exc:
        raise ExtractionError(f"unreadable PDF: {type(exc).__name__}: {exc}") from exc
    if not pages:
        raise ExtractionError("PDF has no pages")
    text = "\n\n".join(p.strip() for p in pages)
    return Extracted(title=title, text=text, method="pdf", pages=len(pages))
