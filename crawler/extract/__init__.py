"""Text out of what a crawl downloads: one small module per format.

``extract`` picks the format from the bytes (magic numbers) and the
Content-Type, repairs broken Thai, scores readability and, where the text is
unusable (a scan, a PDF with a broken font), tries Tesseract OCR in Thai.
A malformed file never stops a crawl: it comes back with status ``error``.
"""

from __future__ import annotations

import re
import zipfile
from datetime import date
from io import BytesIO
from typing import TYPE_CHECKING, Any

from crawler.extract._options import ExtractOptions
from crawler.extract._result import PAGE_BREAK, Extracted
from crawler.extract.opendoc import ODF_TYPES, odf_kind
from crawler.urls import split_member
from oitwatch.exceptions import ExtractionError

if TYPE_CHECKING:  # workers pass ExtractOptions and never load pydantic
    from oitwatch.settings import Settings

__all__ = [
    "EXTRACTOR_VERSION",
    "MAX_UNZIPPED",
    "PAGE_BREAK",
    "ExtractOptions",
    "Extracted",
    "detect_format",
    "extract",
    "ocr_engine",
]

EXTRACTOR_VERSION = 8
"""Raise it when extraction reads documents differently: stored ones are extracted again.
3: a document's pages are kept apart (``PAGE_BREAK``), not a blank line between them.
4: OpenDocument (ODT, ODS, ODP), CSV (BOM, UTF-8 or cp874) and ZIP archives are read.
5: a document's links are read (PDF link annotations, DOCX/PPTX/XLSX hyperlinks).
6: a DOCX's tables stand where they are (under their heading), not after all paragraphs; an
   XLSX's sheets are kept apart (``PAGE_BREAK``).
7: letter-spaced Thai is read as words (``ค ู ่ ม ื อ``, ``ป ร ะ จ ํ า ป ี ... ๒ ๕ ๖ ๗``, clusters
   placed one by one), and a line break inside a word (``ราคากล`` / ``าง``) is undone.
8: a plain-text file (``.txt``, an archive's note) is read as text when nothing labels it."""


_ZIP_HINTS = (
    ("xlsx", ("excel", "spreadsheet"), (".xls", ".xlsx")),
    ("docx", ("msword", "wordprocessing"), (".doc", ".docx")),
    ("pptx", ("powerpoint", "presentation"), (".ppt", ".pptx")),
)
_CSV_LABELS = ("", "text/plain", "application/octet-stream", "application/vnd.ms-excel")
_ODF_EXTENSIONS = {"odt": (".odt", ".ott"), "ods": (".ods", ".ots"), "odp": (".odp", ".otp")}
_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*", b"BM")
# An XLSX/DOCX/PPTX is a zip: its readers unpack parts whole (shared strings, the document),
# so a few MB of download may hold GBs. zipfile never yields more than a member's declared size.
MAX_UNZIPPED = 256 * 1024 * 1024
MAX_ZIP_MEMBERS = 10_000


def detect_format(body: bytes, content_type: str, url: str) -> str:
    """One of html, pdf, xlsx, docx, pptx, odt, ods, odp, csv, zip, image, legacy_office, text,
    unknown."""
    head = body[:8]
    ctype = content_type.split(";")[0].strip().lower()
    if head.startswith(b"%PDF") or b"%PDF-" in body[:1024]:
        return "pdf"
    _, member = split_member(url)
    path = (member or url.split("?", 1)[0].split("#", 1)[0]).lower()
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        mimetype = b""
        try:
            with zipfile.ZipFile(BytesIO(body)) as zf:
                names = zf.namelist()
                if "mimetype" in names and zf.getinfo("mimetype").file_size < 200:
                    mimetype = zf.read("mimetype")
        except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, EOFError):
            names = []
        for prefix, kind in (("xl/", "xlsx"), ("word/", "docx"), ("ppt/", "pptx")):
            if any(n.startswith(prefix) for n in names):
                return kind
        odf = odf_kind(names, mimetype) if names else None
        if odf:
            return odf
        if names:
            return "zip"  # an archive of documents
        # A broken zip: trust the claimed type (servers often label .xlsx as vnd.ms-excel).
        for kind, words, exts in _ZIP_HINTS:
            if any(w in ctype for w in words) or path.endswith(exts):
                return kind
        for kind, exts in _ODF_EXTENSIONS.items():
            if path.endswith(exts) or (ctype in ODF_TYPES and ODF_TYPES[ctype] == kind):
                return kind
        return "zip"  # a zip nothing can open: a broken archive
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "legacy_office"
    if head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and body[8:12] == b"WEBP"):
        return "image"
    by_type = {
        "application/pdf": "pdf",
        "text/html": "html",
        "application/xhtml+xml": "html",
        "text/plain": "text",
        "text/csv": "csv",
        "application/csv": "csv",
        "text/comma-separated-values": "csv",
        "application/zip": "zip",
        "application/x-zip-compressed": "zip",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
        "application/msword": "legacy_office",
        "application/vnd.ms-excel": "legacy_office",
        "application/vnd.ms-powerpoint": "legacy_office",
    }
    if path.endswith(".csv") and ctype in _CSV_LABELS:
        return "csv"  # as many servers label a CSV (IIS: as an Excel file)
    if path.endswith(".txt") and ctype in _CSV_LABELS:
        return "text"  # a plain-text note (an archive's "อ่านก่อน.txt" has no Content-Type)
    if ctype in by_type:
        return by_type[ctype]
    if ctype in ODF_TYPES:
        return ODF_TYPES[ctype]
    if ctype.startswith("image/"):
        return "image"
    for ext, kind in ((".pdf", "pdf"), (".xlsx", "xlsx"), (".docx", "docx"), (".pptx", "pptx")):
        if path.endswith(ext):
            return kind
    if path.endswith((".doc", ".xls", ".ppt")):
        return "legacy_office"
    if body.lstrip()[:100].lower().startswith((b"<!doctype html", b"<html")):
        return "html"
    return "unknown"


def _check_zip(body: bytes, kind: str) -> None:
    """Refuse a zip that would unpack to more than ``MAX_UNZIPPED`` bytes (a zip bomb)."""
    try:
        infos = zipfile.ZipFile(BytesIO(body)).infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a readable zip: the format's reader says so
    total = sum(info.file_size for info in infos)
    if len(infos) > MAX_ZIP_MEMBERS or total > MAX_UNZIPPED:
        raise ExtractionError(
            f"{kind} refused: {len(infos)} parts would unpack to {total} bytes uncompressed "
            f"(limits {MAX_ZIP_MEMBERS} parts, {MAX_UNZIPPED} bytes)"
        )


_TEXT_KINDS = ("html", "text", "csv", "xlsx", "docx", "pptx", "odt", "ods", "odp")


def _no_nul(text: str) -> str:
    return text.replace("\x00", "") if "\x00" in text else text


def _run(
    kind: str, body: bytes, content_type: str, url: str, settings: Settings | ExtractOptions
) -> Extracted:
    if kind == "html":
        from crawler.extract.html import parse_html

        page = parse_html(body, content_type, url)
        return Extracted(title=page.title, text=page.text, tables=page.tables, method="html")
    if kind == "text":
        from crawler.extract.html import decode_html

        return Extracted(text=decode_html(body, content_type)[1], method="text")
    if kind == "pdf":
        from crawler.extract.pdf import extract_pdf

        return extract_pdf(body, max_chars=settings.extract_max_chars)
    if kind == "xlsx":
        from crawler.extract.spreadsheet import extract_xlsx

        return extract_xlsx(body)
    if kind == "docx":
        from crawler.extract.word import extract_docx

        return extract_docx(body)
    if kind == "pptx":
        from crawler.extract.slides import extract_pptx

        return extract_pptx(body)
    if kind in ("odt", "ods", "odp"):
        from crawler.extract.opendoc import extract_odf

        return extract_odf(body, kind)
    if kind == "csv":
        from crawler.extract.delimited import extract_csv

        return extract_csv(body)
    if kind == "zip":
        from crawler.extract.archive import extract_archive

        return extract_archive(body)
    if kind == "image":
        return Extracted(method="image")
    if kind == "legacy_office":
        return Extracted(
            method="legacy", status="unsupported", error="legacy .doc/.xls/.ppt format"
        )
    return Extracted(
        method="none",
        status="unsupported",
        error=f"no extractor for {content_type or 'unknown type'}",
    )


def _repair(text: str, repairs: dict[str, int], *, layer: bool = True) -> str:
    """Character-level then dictionary-guided repair; counts each kind in ``repairs``. A text
    layer's (not OCR's) line breaks inside a word are undone first."""
    from oitwatch.thai import repair_extracted
    from oitwatch.thai.repair import join_broken_lines
    from oitwatch.thai.wordfix import repair_words

    text, kinds = repair_words(repair_extracted(join_broken_lines(text) if layer else text))
    for kind, n in kinds.items():
        repairs[kind] = repairs.get(kind, 0) + n
    return text


def ocr_engine(settings: Settings | ExtractOptions) -> str:
    """Names the OCR settings a reading was made with (the OCR cache's key with the hash)."""
    from crawler.extract.ocr import DPI, LANGS, PSM

    return f"tesseract:{LANGS}:psm{PSM}:{DPI}dpi:{settings.ocr_max_pages}p"


def _ocr(
    result: Extracted,
    body: bytes,
    kind: str,
    url: str,
    settings: Settings | ExtractOptions,
    as_of: date | None,
    cached: dict[str, Any] | None,
) -> None:
    """OCR ``body`` (or take the cached reading) and keep it when it reads better."""
    from crawler.extract.ocr import SURE, OcrText, ocr_available, ocr_document
    from oitwatch.thai import text_quality
    from oitwatch.thai.ocrfix import fix_ocr_years

    engine = ocr_engine(settings)
    if cached is not None and cached.get("engine") == engine:
        read = OcrText(
            text=cached["text"],
            pages=cached["pages"],
            notes=list(cached["notes"]),
            confidence=cached.get("confidence", 100.0),
            doubtful=cached.get("doubtful", 0.0),
        )
    elif settings.ocr and ocr_available():
        try:
            read = ocr_document(
                body, kind, max_pages=settings.ocr_max_pages, workers=settings.ocr_workers
            )
        except ExtractionError as exc:
            result.error = str(exc)[:2000]
            return
    else:
        return
    result.ocr = {
        "engine": engine,
        "text": read.text,
        "pages": read.pages,
        "notes": read.notes,
        "confidence": read.confidence,
        "doubtful": read.doubtful,
    }
    if read.notes:
        result.error = "; ".join(read.notes)[:2000]
    from oitwatch.thai.wordfix import repair_ocr

    repairs: dict[str, int] = {}
    text, ocr_fixes = repair_ocr(_repair(read.text, repairs, layer=False))
    # the file's name may settle a year OCR leaves open (๒๕๒๕: ๒๕๖๔ or ๒๕๖๕), never override one
    hints = [int(y) for y in re.findall(r"(?<![0-9])25[0-9]{2}(?![0-9])", url.split("?", 1)[0])]
    text, years = fix_ocr_years(text, as_of, hints)
    repairs.update(ocr_fixes)
    repairs.update(years)
    quality = text_quality(text) if text.strip() else 0.0
    if quality > result.quality:
        result.original_text = read.text if text != read.text else None
        result.text, result.quality, result.repairs = text, quality, repairs
        # OCR of text drawn in fonts (a text layer whose font maps are broken) reads crisp
        # glyphs; a scan's is a photograph's: the checker trusts the first, not the second
        drawn = kind == "pdf" and not result.scanned
        result.method = f"{kind}+drawn+ocr" if drawn else f"{kind}+ocr"
        result.pages = result.pages or read.pages
        if read.confidence < SURE[0] or read.doubtful > SURE[1]:
            result.status = "review"
            unsure = (
                f"OCR unsure: mean confidence {read.confidence:.0f}, "
                f"{read.doubtful:.0%} of characters doubtful"
            )
            result.error = "; ".join(p for p in (unsure, result.error) if p)


def extract(
    body: bytes,
    content_type: str,
    url: str,
    *,
    settings: Settings | ExtractOptions,
    as_of: date | None = None,
    ocr_cached: dict[str, Any] | None = None,
) -> Extracted:
    """Extract title, text and tables from ``body``; never raises for a malformed file.

    ``as_of`` (default today) is the date OCR'd years are judged against;
    ``ocr_cached`` a reading of this body from the store (``Extracted.ocr``).
    """
    from oitwatch.thai import READABLE, find_fiscal_years, text_quality

    kind = detect_format(body, content_type, url)
    try:
        if kind in ("xlsx", "docx", "pptx", "odt", "ods", "odp"):
            _check_zip(body, kind)
        result = _run(kind, body, content_type, url, settings)
    except ExtractionError as exc:
        return Extracted(method=kind, status="error", error=str(exc)[:2000])
    if result.status != "ok":
        return result
    if len(result.text) > settings.extract_max_chars:
        result.text = result.text[: settings.extract_max_chars]
        result.error = f"text cut at {settings.extract_max_chars} characters"
    # PostgreSQL text refuses NUL, and one such value would lose the whole batch being stored.
    result.title, result.text = _no_nul(result.title), _no_nul(result.text)
    result.tables = [[[_no_nul(c) for c in row] for row in table] for table in result.tables]
    layer = result.text
    result.text = _repair(layer, result.repairs)
    if result.text != layer:
        result.original_text = layer
        for link in result.links:  # the words of its links are of the same broken text layer
            for key in ("anchor", "context"):
                if link[key]:
                    link[key] = _repair(link[key], {})
    result.quality = text_quality(result.text) if result.text.strip() else 0.0
    if kind == "zip":
        return result  # a list of file names, readable as such; its members are read each
    if result.quality < READABLE and kind in ("pdf", "image"):
        _ocr(result, body, kind, url, settings, as_of, ocr_cached)
    result.fiscal_years = find_fiscal_years(result.text)
    if result.status == "review":
        return result  # OCR read it, unsure
    if result.quality >= READABLE:
        return result
    if kind in _TEXT_KINDS and not result.text.strip():
        return result  # an empty page or sheet is readable, just empty
    result.status = "review"
    if not result.error:
        result.error = f"no machine-readable text: quality {result.quality:.2f} < {READABLE}" + (
            "" if settings.ocr else " (OCR off)"
        )
    return result
