"""PDF text with pypdf (pdfminer splits Thai marks from their letters)."""

from __future__ import annotations

import zlib
from io import BytesIO
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PyPdfError
from pypdf.generic import ArrayObject, IndirectObject, StreamObject

from crawler.extract._links import MAX_DOC_LINKS, doc_link
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
    links: list[dict[str, Any]] = []
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
            uris = _uri_annotations(page) if len(links) < MAX_DOC_LINKS else []
            if uris:
                chunks: list[_Chunk] = []
                text = page.extract_text(visitor_text=_collector(chunks)) or ""
                links.extend(_page_links(uris, chunks, number))
            else:
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
        links=links[:MAX_DOC_LINKS],
    )


# -- link annotations ---------------------------------------------------------------------

_Chunk = tuple[float, float, str]  # x, y of a piece of text's start (page space), the text
BAND_SLACK = 2.0  # points above and below a link's rectangle still on its line


def _uri_annotations(page: Any) -> list[tuple[str, tuple[float, float, float, float]]]:
    """The page's links to an address (``/Link`` annotations with a ``/URI`` action):
    (URI, rectangle x0, y0, x1, y1)."""
    out = []
    annots = page.get("/Annots")
    annots = annots.get_object() if isinstance(annots, IndirectObject) else annots
    if not isinstance(annots, ArrayObject):
        return out
    for ref in annots[:MAX_DOC_LINKS]:
        annot = ref.get_object() if isinstance(ref, IndirectObject) else ref
        if not hasattr(annot, "get") or annot.get("/Subtype") != "/Link":
            continue
        action = annot.get("/A")
        action = action.get_object() if isinstance(action, IndirectObject) else action
        if not hasattr(action, "get") or action.get("/S") != "/URI":
            continue
        uri = action.get("/URI")
        uri = uri.get_object() if isinstance(uri, IndirectObject) else uri
        if isinstance(uri, bytes):
            uri = uri.decode("latin-1")
        rect = annot.get("/Rect")
        rect = rect.get_object() if isinstance(rect, IndirectObject) else rect
        if not isinstance(uri, str) or not isinstance(rect, ArrayObject) or len(rect) != 4:
            continue
        x0, y0, x1, y1 = (float(v) for v in rect)
        out.append((uri.strip(), (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))))
    return out


def _collector(chunks: list[_Chunk]) -> Any:
    """A pypdf ``visitor_text`` keeping each piece of text with where it starts on the page."""

    def visit(text: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        if text:
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            chunks.append((float(x), float(y), text))

    return visit


def _band(chunks: list[_Chunk], y0: float, y1: float, x0: float = -1e9, x1: float = 1e9) -> str:
    """The text starting between heights ``y0`` and ``y1`` (and ``x0``, ``x1``), as the page
    writes it (pypdf's order)."""
    lo, hi = y0 - BAND_SLACK, y1 + BAND_SLACK
    return " ".join(
        " ".join(t.split()) for x, y, t in chunks if lo <= y <= hi and x0 - 1 <= x < x1 and t.strip()
    )


def _page_links(
    uris: list[tuple[str, tuple[float, float, float, float]]], chunks: list[_Chunk], page: int
) -> list[dict[str, Any]]:
    """The page's links with their words: the text inside the rectangle is the anchor, the
    text across the page at its height (a table's row) the context. A row whose cells left
    of the link are empty carries on the row of the link above it in the same column (an
    item's second document under its code and title): that row is its heading."""
    out: list[dict[str, Any]] = []
    rows: list[tuple[tuple[float, float, float, float], str, bool]] = []
    for uri, (x0, y0, x1, y1) in sorted(uris, key=lambda u: -u[1][3]):
        anchor = _band(chunks, y0, y1, x0, x1)
        row = _band(chunks, y0, y1)
        leading = bool(_band(chunks, y0, y1, -1e9, x0 - 1)) if x0 > 1 else True
        heading = ""
        if not leading:
            above = [
                (r, text)
                for r, text, lead in rows
                if lead and r[1] >= y1 - BAND_SLACK and r[0] < x1 and x0 < r[2]
            ]
            if above:
                (_, low, _, _), text = min(above, key=lambda a: a[0][1])
                # ... unless a row with cells of its own stands between them
                if not _band(chunks, y1 + 2 * BAND_SLACK, low - 2 * BAND_SLACK, -1e9, x0 - 1):
                    heading = text
        rows.append(((x0, y0, x1, y1), row, leading))
        link = doc_link(uri, anchor, row, page, heading)
        if link is not None:
            out.append(link)
    return out


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
