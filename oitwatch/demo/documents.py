"""Real documents with Thai text, for the demo site, fixtures and benchmarks.

PDFs are drawn with reportlab and a Thai TrueType font from Debian's
``fonts-thai-tlwg`` (marks placed without shaping, as in many real
government exports); a *scanned* PDF holds only an image of its text, so it
needs OCR. Spreadsheets use openpyxl, Word files python-docx. These
generators are for building sites, not for the checker: reportlab is a
development dependency.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

__all__ = ["make_docx", "make_pdf", "make_scanned_pdf", "make_xlsx", "thai_font_path"]

FONT_DIRS = [Path("/usr/share/fonts/truetype/tlwg"), Path("/usr/share/fonts/opentype/tlwg")]
FONT_NAMES = ["Garuda.ttf", "Loma.ttf", "Norasi.ttf", "Sarabun.ttf"]


def thai_font_path() -> Path:
    """A TrueType font with Thai glyphs (install Debian's fonts-thai-tlwg)."""
    for d in FONT_DIRS:
        for name in FONT_NAMES:
            if (d / name).is_file():
                return d / name
    raise FileNotFoundError("no Thai TrueType font: install Debian's fonts-thai-tlwg")


def _register_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = "ThaiFont"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(thai_font_path())))
    return name


def make_pdf(pages: Sequence[Sequence[str]], *, title: str = "") -> bytes:
    """A text PDF: one list of lines per page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = _register_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, pageCompression=1)
    if title:
        c.setTitle(title)
    _width, height = A4
    for lines in pages:
        y = height - 60
        c.setFont(font, 14)
        for line in lines:
            if y < 50:
                c.showPage()
                c.setFont(font, 14)
                y = height - 60
            c.drawString(50, y, line)
            y -= 22
        c.showPage()
    c.save()
    return buf.getvalue()


def make_scanned_pdf(lines: Sequence[str], *, scale: int = 2) -> bytes:
    """An image-only PDF (a 'scan'): text drawn into a picture, no text layer."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(thai_font_path()), 28 * scale)
    img = Image.new("L", (1240 * scale, (100 + 60 * len(lines)) * scale), 255)
    draw = ImageDraw.Draw(img)
    y = 40 * scale
    for line in lines:
        draw.text((40 * scale, y), line, font=font, fill=0)
        y += 60 * scale
    buf = io.BytesIO()
    img.save(buf, format="PDF", resolution=150.0 * scale)
    return buf.getvalue()


def make_xlsx(sheets: dict[str, Sequence[Sequence[object]]]) -> bytes:
    """A workbook: sheet name -> rows of cells (the first row usually the header)."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name[:31])
        for row in rows:
            ws.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def make_docx(paragraphs: Sequence[str], *, table: Sequence[Sequence[str]] | None = None) -> bytes:
    """A Word document of paragraphs, and optionally one table."""
    from docx import Document

    doc = Document()
    for p in paragraphs:
        doc.add_paragraph(p)
    if table:
        t = doc.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for cell, value in zip(cells, row, strict=False):
                cell.text = str(value)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
