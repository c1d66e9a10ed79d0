"""Writer W2 document helpers (deterministic). Shared copy in each W2 site folder."""
import os
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from PIL import Image, ImageDraw, ImageFont

FD = "/usr/share/fonts/truetype/tlwg/"
pdfmetrics.registerFont(TTFont("Garuda", FD + "Garuda.ttf"))
pdfmetrics.registerFont(TTFont("GarudaB", FD + "Garuda-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Norasi", FD + "Norasi.ttf"))

FIXED_DATE = (2024, 1, 1, 0, 0, 0)

def _mk(path):
    os.makedirs(os.path.dirname(path), exist_ok=True)

def pdf(path, title, lines, table=None, font="Garuda", author="", subject=""):
    """Text PDF. lines: list of str; table: list of rows (list of str) drawn as tab text."""
    _mk(path)
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(title); c.setAuthor(author); c.setSubject(subject)
    w, h = A4
    y = h - 60
    c.setFont("GarudaB", 15); c.drawCentredString(w / 2, y, title); y -= 30
    c.setFont(font, 11)
    def nl(y):
        if y < 60:
            c.showPage(); c.setFont(font, 11); return h - 60
        return y
    for ln in lines:
        y = nl(y)
        c.drawString(50, y, ln); y -= 17
    if table:
        y -= 6
        ncol = max(len(r) for r in table)
        cw = (w - 80) / ncol
        for i, row in enumerate(table):
            y = nl(y)
            c.setFont("GarudaB" if i == 0 else font, 7.5 if ncol > 6 else 9)
            for j, cell in enumerate(row):
                c.drawString(40 + j * cw, y, str(cell)[: int(cw / 4.2)])
            c.line(40, y - 4, w - 40, y - 4)
            y -= 15
    c.showPage(); c.save()

def scan_pdf(path, title, lines, rotate=0.6, pages=1):
    """Image-only PDF (no text layer) simulating a scan."""
    _mk(path)
    font = ImageFont.truetype(FD + "Norasi.ttf", 30)
    fontb = ImageFont.truetype(FD + "Norasi-Bold.ttf", 36)
    imgs = []
    per = (len(lines) + pages - 1) // pages
    for p in range(pages):
        im = Image.new("L", (1240, 1754), 246)
        d = ImageDraw.Draw(im)
        y = 120
        if p == 0:
            d.text((160, y), title, font=fontb, fill=20); y += 90
        for ln in lines[p * per:(p + 1) * per]:
            d.text((130, y), ln, font=font, fill=35); y += 52
        # scanner speckle, deterministic
        for k in range(0, 1240 * 3, 37):
            d.point(((k * 97) % 1240, (k * 53) % 1754), fill=120)
        im = im.rotate(rotate, fillcolor=246)
        imgs.append(im.convert("RGB"))
    imgs[0].save(path, "PDF", resolution=150, save_all=True, append_images=imgs[1:], quality=60)

def scan_img(path, title, lines):
    _mk(path)
    font = ImageFont.truetype(FD + "Norasi.ttf", 26)
    im = Image.new("RGB", (1000, 200 + 44 * len(lines)), (250, 250, 245))
    d = ImageDraw.Draw(im)
    d.text((60, 60), title, font=ImageFont.truetype(FD + "Norasi-Bold.ttf", 32), fill=(20, 20, 20))
    y = 140
    for ln in lines:
        d.text((60, y), ln, font=font, fill=(30, 30, 30)); y += 44
    im.save(path, quality=70)

def docx(path, title, paras, tables=(), core_title=None):
    import docx as _d
    import datetime
    _mk(path)
    doc = _d.Document()
    doc.core_properties.title = core_title or title
    doc.core_properties.created = datetime.datetime(2024, 1, 1)
    doc.core_properties.modified = datetime.datetime(2024, 1, 1)
    doc.add_heading(title, level=1)
    for p in paras:
        if isinstance(p, tuple) and p[0] == "h":
            doc.add_heading(p[1], level=2)
        else:
            doc.add_paragraph(p)
    for tb in tables:
        t = doc.add_table(rows=len(tb), cols=len(tb[0]))
        t.style = "Table Grid"
        for i, row in enumerate(tb):
            for j, cell in enumerate(row):
                t.cell(i, j).text = str(cell)
        doc.add_paragraph("")
    doc.save(path)

def xlsx(path, sheets, title=""):
    """sheets: list of (name, rows)."""
    import openpyxl, datetime
    _mk(path)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(list(r))
    wb.properties.title = title
    wb.properties.created = datetime.datetime(2024, 1, 1)
    wb.properties.modified = datetime.datetime(2024, 1, 1)
    wb.save(path)

def pptx(path, slides, core_title=""):
    """slides: list of (title, [bullets])."""
    from pptx import Presentation
    import datetime
    _mk(path)
    pr = Presentation()
    pr.core_properties.title = core_title
    pr.core_properties.created = datetime.datetime(2024, 1, 1)
    pr.core_properties.modified = datetime.datetime(2024, 1, 1)
    for i, (t, bullets) in enumerate(slides):
        if i == 0:
            s = pr.slides.add_slide(pr.slide_layouts[0])
            s.shapes.title.text = t
            s.placeholders[1].text = "\n".join(bullets)
        else:
            s = pr.slides.add_slide(pr.slide_layouts[1])
            s.shapes.title.text = t
            tf = s.placeholders[1].text_frame
            tf.text = bullets[0] if bullets else ""
            for b in bullets[1:]:
                tf.add_paragraph().text = b
    pr.save(path)

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
def thd(s):
    return str(s).translate(TH)

def write(path, text):
    _mk(path)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
