"""W1 document helpers (deterministic)."""
import os, io
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from PIL import Image, ImageDraw, ImageFont
FD = '/usr/share/fonts/truetype/tlwg/'
pdfmetrics.registerFont(TTFont('Garuda', FD + 'Garuda.ttf'))
pdfmetrics.registerFont(TTFont('GarudaB', FD + 'Garuda-Bold.ttf'))

def _mk(path):
    os.makedirs(os.path.dirname(path), exist_ok=True)

def pdf(path, title, lines, table=None, land=False, sign=None):
    """title: list of heading lines; lines: body paragraphs; table: list of rows."""
    _mk(path)
    ps = landscape(A4) if land else A4
    c = canvas.Canvas(path, pagesize=ps, invariant=1)
    c.setTitle(title[0] if title else '')
    W, H = ps
    y = H - 60
    def nl(dy=18):
        nonlocal y
        y -= dy
        if y < 60:
            c.showPage(); y = H - 60
    for t in title:
        c.setFont('GarudaB', 15); c.drawCentredString(W / 2, y, t); nl(24)
    nl(6)
    c.setFont('Garuda', 11)
    for ln in lines:
        while len(ln) > (120 if land else 85):
            cut = (120 if land else 85)
            c.setFont('Garuda', 11); c.drawString(55, y, ln[:cut]); nl(); ln = ln[cut:]
        c.setFont('Garuda', 11); c.drawString(55, y, ln); nl()
    if table:
        nl(6)
        ncol = len(table[0]); cw = (W - 80) / ncol
        for i, row in enumerate(table):
            c.setFont('GarudaB' if i == 0 else 'Garuda', 7.5 if ncol > 6 else 9)
            for j, cell in enumerate(row):
                s = str(cell)
                mx = int(cw / 4.2)
                parts = [s[k:k + mx] for k in range(0, len(s), mx)] or ['']
                for k, p in enumerate(parts[:3]):
                    c.drawString(40 + j * cw + 2, y - k * 10, p)
            c.line(40, y - 24, W - 40, y - 24)
            nl(34)
    if sign:
        nl(20)
        for s in sign:
            c.setFont('Garuda', 11); c.drawString(W / 2, y, s); nl()
    c.showPage(); c.save()

def _img(lines, w=1240, h=1754, size=30, skew=0):
    im = Image.new('L', (w, h), 246)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(FD + 'Norasi.ttf', size)
    fb = ImageFont.truetype(FD + 'Norasi-Bold.ttf', size + 6)
    y = 120
    for i, ln in enumerate(lines):
        d.text((110, y), ln, fill=25, font=fb if i < 2 else f)
        y += int(size * 1.7)
    # specks
    import random
    r = random.Random(len(lines) * 7 + w)
    for _ in range(300):
        x, yy = r.randrange(w), r.randrange(h)
        d.point((x, yy), fill=120)
    if skew:
        im = im.rotate(skew, fillcolor=246)
    return im

def scan_pdf(path, pages, skew=0.6):
    _mk(path)
    ims = [_img(p, skew=skew).convert('RGB') for p in pages]
    ims[0].save(path, 'PDF', resolution=150, save_all=True, append_images=ims[1:])

def scan_img(path, lines, w=1100, h=800, size=28):
    _mk(path)
    _img(lines, w, h, size).convert('RGB').save(path, quality=70)

def xlsx(path, title, headers, rows):
    _mk(path)
    from openpyxl import Workbook
    wb = Workbook(); ws = wb.active; ws.title = 'Sheet1'
    ws.append([title]); ws.append(headers)
    for r in rows: ws.append(r)
    wb.properties.creator = 'admin'
    import datetime
    wb.properties.created = datetime.datetime(2025, 1, 1); wb.properties.modified = datetime.datetime(2025, 1, 1)
    wb.save(path)

def docx(path, title, lines):
    _mk(path)
    from docx import Document
    d = Document(); d.add_heading(title, 1)
    for l in lines: d.add_paragraph(l)
    import datetime
    d.core_properties.created = datetime.datetime(2025, 1, 1); d.core_properties.modified = datetime.datetime(2025, 1, 1)
    d.save(path)

def write(path, text, enc='utf-8'):
    _mk(path)
    with open(path, 'w', encoding=enc) as f:
        f.write(text)

def png_text(path, lines, w=600, h=200, size=22, bg=(230, 240, 250), fg=(10, 40, 90)):
    _mk(path)
    im = Image.new('RGB', (w, h), bg); d = ImageDraw.Draw(im)
    f = ImageFont.truetype(FD + 'Garuda-Bold.ttf', size)
    y = 10
    for l in lines:
        d.text((10, y), l, fill=fg, font=f); y += int(size * 1.6)
    im.save(path)
