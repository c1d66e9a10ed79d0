"""The result of extracting one body."""

from __future__ import annotations

import xml.etree.ElementTree
import zipfile
from dataclasses import dataclass, field
from typing import Any

import lxml.etree

__all__ = ["PACKAGE_ERRORS", "PAGE_BREAK", "XML_ERRORS", "Extracted", "join_pages"]

PAGE_BREAK = "\f"
"""Between the pages of a document's text (a form feed on a line of its own, as pdftotext
writes it): a PDF serving many items keeps where each page begins. ``str.splitlines`` takes
it for a line break, so line-by-line readers see an empty line."""

# What a malformed XML part of an XLSX/DOCX/PPTX raises (lxml, or ElementTree in openpyxl).
XML_ERRORS = (lxml.etree.LxmlError, xml.etree.ElementTree.ParseError)
# What a broken Office Open XML file (DOCX, XLSX, PPTX: a zip of XML parts) raises while read.
PACKAGE_ERRORS = (zipfile.BadZipFile, KeyError, ValueError, OSError, *XML_ERRORS)


def join_pages(pages: list[str]) -> str:
    """One text of a document's pages, :data:`PAGE_BREAK` between them."""
    return f"\n{PAGE_BREAK}\n".join(p.strip() for p in pages)


@dataclass
class Extracted:
    """Extracted text; ``status`` ok, review (unreadable), error (malformed) or unsupported.

    ``text`` is repaired (see ``repairs``: kind -> count); ``original_text`` holds the
    text layer as the file had it when a repair changed it. ``pages``: pages (PDF),
    sheets (XLSX) or slides (PPTX) read. ``fiscal_years``: BE fiscal years stated.
    ``error`` says why a document is not ``ok`` (or what a readable one lost).
    ``ocr`` is OCR's reading as made (or as found in the store's OCR cache).
    ``scanned``: a page of the PDF is a picture of the page (OCR reads it as ``pdf+ocr``; a
    PDF whose unreadable text is drawn in fonts is read as ``pdf+drawn+ocr``).
    ``links``: the document's links to addresses (PDF link annotations, Office hyperlinks).
    """

    title: str = ""
    text: str = ""
    tables: list[list[list[str]]] = field(default_factory=list)
    quality: float = 0.0
    method: str = ""
    status: str = "ok"
    error: str | None = None
    pages: int = 0
    repairs: dict[str, int] = field(default_factory=dict)
    original_text: str | None = None
    fiscal_years: list[int] = field(default_factory=list)
    ocr: dict[str, Any] | None = None  # what OCR read: {"engine", "text", "pages", "notes"}
    scanned: bool = False  # a PDF page is a picture of the page (a scan), not text in fonts
    # links inside the document (crawler.extract._links): {"url", "anchor", "context", "page"}
    links: list[dict[str, Any]] = field(default_factory=list)
