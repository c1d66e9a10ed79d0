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

__all__ = [
    "make_docx",
    "make_pdf",
    "make_scanned_pdf",
    "make_table_pdf",
    "make_xlsx",
    "thai_font_path",
    "wrap_thai",
]

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


def wrap_thai(text: str, width: int) -> list[str]:
    """``text`` cut into lines of at most ``width`` characters at Thai word boundaries.

    As a word processor wraps a table cell: between words (PyThaiNLP newmm), a space
    at a break is dropped, a word longer than a line is cut.
    """
    from pythainlp.tokenize import word_tokenize

    lines: list[str] = []
    line = ""
    for word in word_tokenize(text, engine="newmm", keep_whitespace=True):
        while len(word) > width:
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:width])
            word = word[width:]
        if len(line) + len(word) > width:
            lines.append(line.rstrip())
            line = word.lstrip()
        else:
            line += word
    if line.strip():
        lines.append(line.rstrip())
    return [ln for ln in lines if ln]


def make_table_pdf(
    rows: Sequence[Sequence[str]],
    widths: Sequence[int],
    *,
    before: Sequence[str] = (),
    header: str = "",
    footer: str = "",
    rows_per_page: int = 18,
) -> bytes:
    """A PDF holding a bordered table, as manuals and reports print their item tables.

    A row with text in one cell only is a heading row, drawn across the table (merged
    cells). Each other cell's text is wrapped at ``widths[i]`` characters (:func:`wrap_thai`), so long
    titles run over several lines inside their cell; ``before`` are lines of prose above
    the table; ``header``/``footer`` are drawn on every page (``{page}`` is the number).
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = _register_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, pageCompression=1)
    _width, height = A4
    size, leading, pad = 11, 15, 4
    col_x = [40]
    for w in widths[:-1]:
        col_x.append(col_x[-1] + w * 6 + 2 * pad)
    right = col_x[-1] + widths[-1] * 6 + 2 * pad
    page = 0

    def new_page() -> float:
        nonlocal page
        if page:
            c.showPage()
        page += 1
        c.setFont(font, 9)
        if header:
            c.drawString(40, height - 30, header.format(page=page))
        if footer:
            c.drawString(40, 25, footer.format(page=page))
        c.setFont(font, size)
        return height - 60

    y = new_page()
    for line in before:
        c.drawString(40, y, line)
        y -= leading
    done = 0
    for row in rows:
        filled = [str(text) for text in row if str(text).strip()]
        if len(filled) == 1 and len(row) > 1:  # a heading row: cells merged across the table
            cells = [wrap_thai(filled[0], sum(widths) + 2 * len(widths))]
        else:
            cells = [wrap_thai(str(t), w) if t else [] for t, w in zip(row, widths, strict=False)]
        tall = max([len(lines) for lines in cells] + [1]) * leading + 2 * pad
        if y - tall < 50 or done >= rows_per_page:
            y, done = new_page(), 0
        c.line(40, y, right, y)
        for x, lines in zip(col_x, cells, strict=False):
            for k, line in enumerate(lines):
                c.drawString(x + pad, y - pad - size - k * leading, line)
        for x in [*col_x[: len(cells)], right]:
            c.line(x, y, x, y - tall)
        y -= tall
        c.line(40, y, right, y)
        done += 1
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
