"""PDF reports, printed by headless Chromium from the report's own HTML.

The HTML is ours (templates with autoescaping, no external resources); it is
written to a private temporary folder and printed with a throw-away profile,
extensions and background networking off. Chromium embeds the Thai fonts it lays out with (Debian's
``fonts-thai-tlwg``: Garuda, Loma, ...), so the PDF reads the same anywhere.

Operators install Debian's ``chromium`` (``apt-get install chromium``); the
``OITWATCH_CHROMIUM`` setting names another binary.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from oitwatch.exceptions import ReportError

__all__ = ["CANDIDATES", "find_chromium", "html_to_pdf"]

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = (
    "--headless",
    "--no-sandbox",  # root in containers; the page is our own escaped HTML with scripts off
    "--disable-gpu",
    "--no-first-run",
    "--disable-extensions",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",
)


def find_chromium(configured: str = "") -> str:
    """The Chromium binary to print with: ``configured`` or the first of ``CANDIDATES`` on PATH."""
    for name in [configured] if configured else CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    raise ReportError(
        "ไม่พบ Chromium สำหรับสร้าง PDF (no Chromium to print the PDF with): "
        "install Debian's chromium (apt-get install chromium) or set OITWATCH_CHROMIUM"
    )


def html_to_pdf(html: str, *, chromium: str = "", timeout: float = 60.0) -> bytes:
    """``html`` (a whole self-contained page) printed to PDF on A4 by headless Chromium."""
    binary = find_chromium(chromium)
    with tempfile.TemporaryDirectory(prefix="oitwatch-pdf-") as tmp:
        folder = Path(tmp)
        page, out = folder / "report.html", folder / "report.pdf"
        page.write_text(html, encoding="utf-8")
        cmd = [
            binary,
            *FLAGS,
            f"--user-data-dir={folder / 'profile'}",
            f"--print-to-pdf={out}",
            page.as_uri(),
        ]
        try:
            proc = subprocess.run(
                cmd, capture_output=True, timeout=timeout, check=False, stdin=subprocess.DEVNULL
            )
        except subprocess.TimeoutExpired as exc:
            raise ReportError(f"Chromium did not print the PDF within {timeout:g} s") from exc
        except OSError as exc:
            raise ReportError(f"cannot run Chromium ({binary}): {exc}") from exc
        if not out.exists() or out.stat().st_size == 0:
            tail = proc.stderr.decode(errors="replace").strip().splitlines()[-3:]
            raise ReportError(
                f"Chromium printed no PDF (exit {proc.returncode}): {' / '.join(tail)}"
            )
        return out.read_bytes()
