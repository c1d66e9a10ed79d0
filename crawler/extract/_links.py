"""Links inside documents: a PDF's link annotations, an Office file's hyperlinks.

A document that links pages and files (an OIT index published as a PDF or a Word
table) is followed like a page: each link is kept with its own words (``anchor``: the
text under it) and the words around it (``context``: the table row or paragraph it
stands in), so a row of a document's table names what it links as a row of a page's
table does. ``context`` is written as a page link's is: ``heading | row``, the heading
being the row a continuation row carries on (the cells left empty under an item's code).

Each link is a plain dict (it crosses the extraction worker's JSON answer and is stored
in ``Content.links``): ``url`` as the document wrote it (maybe relative: the crawler
resolves it against the document's URL), ``anchor``, ``context`` and ``page`` (the
1-based page, slide or sheet it stands on).
"""

from __future__ import annotations

from typing import Any

__all__ = ["MAX_ANCHOR", "MAX_CONTEXT", "MAX_DOC_LINKS", "doc_link", "squash"]

MAX_DOC_LINKS = 2000  # links kept from one document
MAX_ANCHOR = 500
MAX_CONTEXT = 300  # as a page link's context (crawler.extract.html)
MAX_HEADING = 150
MAX_URL = 2000
_SCHEMES_KEPT = ("http:", "https:", "mailto:", "tel:")


def squash(text: str) -> str:
    """Whitespace runs as one space, none at the ends."""
    return " ".join(text.split())


def doc_link(
    url: str, anchor: str = "", context: str = "", page: int | None = None, heading: str = ""
) -> dict[str, Any] | None:
    """One link of a document, or None for no address worth keeping (an empty target, a
    script, a file on the author's own disk)."""
    url = (url or "").strip()
    if not url or len(url) > MAX_URL:
        return None
    low = url.lower()
    if ":" in low.split("/", 1)[0] and not low.startswith(_SCHEMES_KEPT):
        return None  # javascript:, file:, C:\..., a Word bookmark's scheme
    if low.startswith("#"):
        return None  # a place inside the document itself
    return {
        "url": url,
        "anchor": squash(anchor)[:MAX_ANCHOR],
        "context": " | ".join(
            p for p in (squash(heading)[:MAX_HEADING], squash(context)[:MAX_CONTEXT]) if p
        ),
        "page": page,
    }
