"""OCR in Thai with Tesseract: PDF pages rendered by poppler's pdftoppm, images directly.

Bounded before anything is drawn: a page is rendered at the resolution that
keeps it under ``MAX_PIXELS`` (a 14,400-point page is not drawn at 200 dpi),
and one too large even at ``MIN_DPI`` is skipped; the first ``max_pages``
pages only; pages OCR'd ``workers`` at a time (Tesseract itself single-threaded).
Settings measured on real scans are in ``bench/extract_bench.py``.
"""

from __future__ import annotations

import functools
import math
import os
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

from crawler.extract._result import join_pages
from oitwatch.exceptions import ExtractionError

__all__ = [
    "DOUBT",
    "DPI",
    "MAX_PIXELS",
    "PSM",
    "SURE",
    "OcrText",
    "ocr_available",
    "ocr_document",
]

OCR_TIMEOUT = 120
DOUBT = 60  # a word Tesseract is less sure of than this is doubtful
SURE = (90.0, 0.05)
"""A reading is trusted (``ok``) with at least this mean confidence and at most this
share of doubtful characters; otherwise its document is ``review`` (measured on real
scans: readings below it lost title words, see ``bench/extract_bench.py``)."""
MAX_PIXELS = 40_000_000
DPI = 200
MIN_DPI = 60
MIN_IMAGE_SIDE = 48  # a picture smaller than this (pixels, a side or in all) holds no document
MIN_IMAGE_PIXELS = 40_000  # (an icon, a button, a portrait thumbnail): not sent to OCR
IMAGE_PIXELS = 8_000_000  # a larger picture is scaled down to this before OCR (time)
PSM = "6"
LANGS = "tha+eng"


@dataclass
class OcrText:
    """OCR'd text of a document (pages separated by a blank line) and what was skipped.

    ``confidence``: Tesseract's mean word confidence (0-100, weighted by length);
    ``doubtful``: share of characters in words it is less than ``DOUBT`` sure of.
    """

    text: str = ""
    pages: int = 0
    notes: list[str] = field(default_factory=list)
    confidence: float = 0.0
    doubtful: float = 1.0


@dataclass
class _Page:
    text: str
    chars: int
    confident: float  # sum of confidence x characters
    doubtful: int  # characters in doubtful words


@functools.cache
def ocr_available() -> bool:
    """Tesseract with Thai (``tha``) and pdftoppm are installed."""
    if not shutil.which("tesseract") or not shutil.which("pdftoppm"):
        return False
    out = subprocess.run(
        ["tesseract", "--list-langs"], capture_output=True, text=True, check=False, timeout=30
    )
    return "tha" in out.stdout.split()


def _tesseract(path: Path) -> _Page:
    """One image's text and Tesseract's word confidences (one run, text and TSV out)."""
    out = subprocess.run(
        [
            "tesseract",
            str(path),
            str(path.with_suffix("")),
            "-l",
            LANGS,
            "--psm",
            PSM,
            "txt",
            "tsv",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=OCR_TIMEOUT,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )
    if out.returncode != 0:
        raise ExtractionError(f"tesseract failed: {out.stderr.strip()[:300]}")
    text = path.with_suffix(".txt").read_text(encoding="utf-8", errors="replace")
    page = _Page(text.strip(), 0, 0.0, 0)
    tsv = path.with_suffix(".tsv").read_text(encoding="utf-8", errors="replace")
    for line in tsv.splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        try:
            conf = float(cols[10])
        except ValueError:
            continue
        if conf < 0:
            continue
        n = len(cols[11].strip())
        page.chars += n
        page.confident += conf * n
        page.doubtful += n if conf < DOUBT else 0
    return page


def _combine(pages: list[_Page], result: OcrText) -> OcrText:
    chars = sum(p.chars for p in pages)
    result.text = join_pages([p.text for p in pages])
    result.pages = len(pages)
    if chars:
        result.confidence = round(sum(p.confident for p in pages) / chars, 1)
        result.doubtful = round(sum(p.doubtful for p in pages) / chars, 3)
    return result


def dpi_for(width_pt: float, height_pt: float) -> int:
    """Resolution that keeps a page under ``MAX_PIXELS`` (at most ``DPI``; 0: too large)."""
    inches = max(width_pt, 1.0) / 72 * max(height_pt, 1.0) / 72
    dpi = min(DPI, int(math.sqrt(MAX_PIXELS / inches)))
    return dpi if dpi >= MIN_DPI else 0


def _render(src: Path, number: int, dpi: int, out: Path) -> Path:
    pages = ["-f", str(number), "-l", str(number)]
    run = subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-png", "-singlefile", *pages, str(src), str(out)],
        capture_output=True,
        check=False,
        timeout=OCR_TIMEOUT,
    )
    png = out.with_suffix(".png")
    if not png.exists():
        raise ExtractionError(
            f"pdftoppm rendered no page {number}: {run.stderr.decode(errors='replace')[:300]}"
        )
    return png


def _pdf_pages(body: bytes, tmp: Path, max_pages: int, workers: int) -> OcrText:
    from crawler.extract.pdf import page_sizes

    src = tmp / "doc.pdf"
    src.write_bytes(body)
    result = OcrText()
    jobs: list[tuple[int, int]] = []
    for number, (w, h, why) in enumerate(page_sizes(body, max_pages), 1):
        dpi = dpi_for(w, h)
        if why:
            result.notes.append(why)
        elif dpi:
            jobs.append((number, dpi))
        else:
            result.notes.append(f"page {number} ({w:.0f}x{h:.0f} pt) too large to render")
    if not jobs:
        return result

    def one(job: tuple[int, int]) -> _Page:
        number, dpi = job
        return _tesseract(_render(src, number, dpi, tmp / f"p{number}"))

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return _combine(list(pool.map(one, jobs)), result)


def ocr_document(body: bytes, kind: str, *, max_pages: int, workers: int = 2) -> OcrText:
    """OCR text of a PDF (its first ``max_pages`` pages) or an image."""
    from PIL import Image, UnidentifiedImageError

    with tempfile.TemporaryDirectory(prefix="oitwatch-ocr-") as tmp:
        tmpdir = Path(tmp)
        try:
            if kind == "pdf":
                return _pdf_pages(body, tmpdir, max_pages, workers)
            with Image.open(BytesIO(body)) as img:
                if img.width * img.height > MAX_PIXELS:
                    return OcrText(notes=[f"image of {img.width}x{img.height} too large for OCR"])
                if min(img.width, img.height) < MIN_IMAGE_SIDE or (
                    img.width * img.height < MIN_IMAGE_PIXELS
                ):
                    return OcrText(
                        notes=[f"image of {img.width}x{img.height} too small to hold a document"]
                    )
                gray = img.convert("L")
                if gray.width * gray.height > IMAGE_PIXELS:  # a phone's photo of a table
                    scale = math.sqrt(IMAGE_PIXELS / (gray.width * gray.height))
                    gray = gray.resize((int(gray.width * scale), int(gray.height * scale)))
                gray.save(tmpdir / "img.png")
            return _combine([_tesseract(tmpdir / "img.png")], OcrText())
        except (
            UnidentifiedImageError,
            Image.DecompressionBombError,
            OSError,
            subprocess.TimeoutExpired,
        ) as exc:
            raise ExtractionError(f"OCR failed: {type(exc).__name__}: {exc}") from exc
