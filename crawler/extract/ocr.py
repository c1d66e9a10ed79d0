"""OCR in Thai with Tesseract: PDFs rendered by poppler's pdftoppm, images directly."""

from __future__ import annotations

import functools
import shutil
import subprocess
import tempfile
from io import BytesIO
from pathlib import Path

from oitwatch.exceptions import ExtractionError

__all__ = ["ocr_available", "ocr_document"]

OCR_TIMEOUT = 120
MAX_PIXELS = 60_000_000


@functools.cache
def ocr_available() -> bool:
    """Tesseract with Thai (``tha``) and pdftoppm are installed."""
    if not shutil.which("tesseract") or not shutil.which("pdftoppm"):
        return False
    out = subprocess.run(
        ["tesseract", "--list-langs"], capture_output=True, text=True, check=False, timeout=30
    )
    return "tha" in out.stdout.split()


def _ocr_image_file(path: Path) -> str:
    out = subprocess.run(
        ["tesseract", str(path), "stdout", "-l", "tha+eng", "--psm", "3"],
        capture_output=True,
        text=True,
        check=False,
        timeout=OCR_TIMEOUT,
    )
    if out.returncode != 0:
        raise ExtractionError(f"tesseract failed: {out.stderr.strip()[:300]}")
    return out.stdout


def ocr_document(body: bytes, kind: str, *, max_pages: int) -> str:
    """OCR text of a PDF (its first ``max_pages`` pages) or an image."""
    from PIL import Image, UnidentifiedImageError

    with tempfile.TemporaryDirectory(prefix="oitwatch-ocr-") as tmp:
        tmpdir = Path(tmp)
        try:
            if kind == "pdf":
                src = tmpdir / "doc.pdf"
                src.write_bytes(body)
                run = subprocess.run(
                    [
                        "pdftoppm",
                        "-r",
                        "200",
                        "-gray",
                        "-png",
                        "-f",
                        "1",
                        "-l",
                        str(max_pages),
                        str(src),
                        str(tmpdir / "p"),
                    ],
                    capture_output=True,
                    check=False,
                    timeout=OCR_TIMEOUT,
                )
                pages = sorted(tmpdir.glob("p*.png"))
                if not pages:
                    raise ExtractionError(
                        f"pdftoppm rendered no page: {run.stderr.decode(errors='replace')[:300]}"
                    )
            else:
                with Image.open(BytesIO(body)) as img:
                    if img.width * img.height > MAX_PIXELS:
                        raise ExtractionError("image too large for OCR")
                    img.convert("L").save(tmpdir / "img.png")
                pages = [tmpdir / "img.png"]
            return "\n\n".join(_ocr_image_file(p).strip() for p in pages)
        except (
            UnidentifiedImageError,
            Image.DecompressionBombError,
            OSError,
            subprocess.TimeoutExpired,
        ) as exc:
            raise ExtractionError(f"OCR failed: {type(exc).__name__}: {exc}") from exc
