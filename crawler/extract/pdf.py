"""PDF text with pypdf (pdfminer splits Thai marks from their letters)."""

from __future__ import annotations

import zlib
from io import BytesIO
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PyPdfError
from pypdf.generic import ArrayObject, IndirectObject, StreamObject

from crawler.extract._result import Extracted, join_pages
from oitwatch.exceptions import ExtractionError

__all__ = ["MAX_PAGES", "MAX_PAGE_CONTENT", "extract_pdf", "page_sizes"]

MAX_PAGES = 500
MAX_PAGE_CONTENT = 1024 * 1024
"""Decoded bytes of one page's content streams read for text (pypdf takes ~10 s a MB)."""

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


def _contents(page: Any) -> tuple[tuple[int, ...], int]:
    """(ids of the page's content stream objects, their decoded size in bytes)."""
    raw = page.get("/Contents")
    refs = raw if isinstance(raw, ArrayObject) else [raw] if raw is not None else []
    ids = tuple(r.idnum for r in refs if isinstance(r, IndirectObject))
    size = 0
    for ref in refs:
        obj = ref.get_object() if isinstance(ref, IndirectObject) else ref
        if isinstance(obj, StreamObject):
            size += len(obj.get_data())
    return ids, size


SCAN_PIXELS = 500_000
"""An image this large on a page (a 150 dpi A4 page is 2.2 million pixels) is a picture of the
page: a scan, not text drawn in fonts."""


MIN_LAYER_WORDS = 5  # a text layer with fewer runs of characters is none


def _pictured(page: Any) -> bool:
    """Whether the page shows an image of at least ``SCAN_PIXELS`` (read from its
    dictionary, never decoded)."""
    try:
        resources = page.get("/Resources")
        resources = resources.get_object() if resources is not None else None
        xobjects = resources.get("/XObject") if resources is not None else None
        if xobjects is None:
            return False
        for ref in xobjects.get_object().values():
            obj = ref.get_object()
            size = int(obj.get("/Width", 0)) * int(obj.get("/Height", 0))
            if obj.get("/Subtype") == "/Image" and size >= SCAN_PIXELS:
                return True
    except _MALFORMED:
        return True  # unreadable resources: not known to be text in fonts
    return False


def extract_pdf(body: bytes, *, max_chars: int = 2_000_000) -> Extracted:
    """Text of every page (at most ``MAX_PAGES``), ``PAGE_BREAK`` between pages.

    Bounded: a page whose content streams decode past ``MAX_PAGE_CONTENT``, or that
    repeats an earlier page's streams, is not read again; reading stops at
    ``max_chars`` characters. What was skipped is said in ``error`` (status stays ok).
    """
    notes: list[str] = []
    pages: list[str] = []
    try:
        reader = PdfReader(BytesIO(body), strict=False)
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except (PyPdfError, NotImplementedError) as exc:
                raise ExtractionError(f"encrypted PDF: {exc}") from exc
        seen: set[tuple[int, ...]] = set()
        total = 0
        scanned = False
        all_pages = list(reader.pages)
        for number, page in enumerate(all_pages[:MAX_PAGES], 1):
            ids, size = _contents(page)
            if ids and ids in seen:
                notes.append(f"page {number} repeats an earlier page's content, not read again")
                pages.append("")
                continue
            seen.add(ids)
            if size > MAX_PAGE_CONTENT:
                notes.append(f"page {number}: {size} bytes of content, over {MAX_PAGE_CONTENT}")
                pages.append("")
                continue
            text = page.extract_text() or ""
            pages.append(text)
            scanned = scanned or _pictured(page)
            total += len(text)
            if total > max_chars:
                notes.append(f"text cut at {max_chars} characters (page {number})")
                break
        if len(all_pages) > MAX_PAGES:
            notes.append(f"pages past {MAX_PAGES} not read")
        meta = reader.metadata
        title = str(meta.title or "") if meta else ""
    except _MALFORMED as exc:
        raise ExtractionError(f"unreadable PDF: {type(exc).__name__}: {exc}") from exc
    if not pages:
        raise ExtractionError("PDF has no pages")
    text = join_pages(pages)[:max_chars]
    return Extracted(
        title=title,
        text=text,
        method="pdf",
        pages=len(pages),
        error=_summary(notes),
        # no text layer at all (an image of any size, outlines): not known to be text in fonts
        scanned=scanned or sum(len(p.split()) for p in pages) < MIN_LAYER_WORDS,
    )


def _summary(notes: list[str]) -> str | None:
    if not notes:
        return None
    more = f" (+{len(notes) - 3} more)" if len(notes) > 3 else ""
    return "; ".join(notes[:3]) + more


def page_sizes(body: bytes, max_pages: int) -> list[tuple[float, float, str]]:
    """Width and height in points of the first ``max_pages`` pages, and why not to draw one.

    The reason is empty for a page worth rendering; a page whose content streams
    repeat an earlier page's or decode past ``MAX_PAGE_CONTENT`` is not a scan.
    """
    try:
        reader = PdfReader(BytesIO(body), strict=False)
        if reader.is_encrypted:
            reader.decrypt("")
        sizes = []
        seen: set[tuple[int, ...]] = set()
        for number, page in enumerate(list(reader.pages)[:max_pages], 1):
            box = page.mediabox
            ids, size = _contents(page)
            why = ""
            if ids and ids in seen:
                why = f"page {number} repeats an earlier page"
            elif size > MAX_PAGE_CONTENT:
                why = f"page {number}: {size} bytes of drawing, not a scan"
            seen.add(ids)
            sizes.append((abs(float(box.width)), abs(float(box.height)), why))
        return sizes
    except (*_MALFORMED, NotImplementedError) as exc:
        raise ExtractionError(f"unreadable PDF: {type(exc).__name__}: {exc}") from exc
