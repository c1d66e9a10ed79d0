# shared helpers (copied identically into each site folder)
import os, io, shutil
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Image as RLImage
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from PIL import Image, ImageDraw, ImageFont
import openpyxl

FONT_DIR = '/usr/share/fonts/truetype/tlwg/'
pdfmetrics.registerFont(TTFont('Garuda', FONT_DIR + 'Garuda.ttf'))
pdfmetrics.registerFont(TTFont('Garuda-Bold', FONT_DIR + 'Garuda-Bold.ttf'))
pdfmetrics.registerFont(TTFont('Norasi', FONT_DIR + 'Norasi.ttf'))
ST = ParagraphStyle('n', fontName='Garuda', fontSize=11, leading=17)
STB = ParagraphStyle('b', fontName='Garuda-Bold', fontSize=13, leading=20, alignment=1)
STS = ParagraphStyle('s', fontName='Garuda', fontSize=8, leading=11)

TH = str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙')
def th(s):
    return str(s).translate(TH)

def ensure(path):
    os.makedirs(os.path.dirname(path), exist_ok=True)

def pdf(path, title, paras, table=None, col_widths=None, land=False, footer=None):
    """title: list of heading lines; paras: list of str; table: list of rows (first = header)."""
    ensure(path)
    size = landscape(A4) if land else A4
    doc = SimpleDocTemplate(path, pagesize=size, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40,
                            title=title[0] if title else '')
    story = []
    for t in title:
        story.append(Paragraph(t, STB))
    story.append(Spacer(1, 10))
    for p in paras:
        story.append(Paragraph(p, ST))
        story.append(Spacer(1, 4))
    if table:
        data = [[Paragraph(str(c), STS) for c in row] for row in table]
        t = Table(data, colWidths=col_widths, repeatRows=1)
        t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.grey),
                               ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dde8f5')),
                               ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
        story.append(Spacer(1, 6))
        story.append(t)
    if footer:
        story.append(Spacer(1, 14))
        for f in footer:
            story.append(Paragraph(f, ST))
    doc.build(story)

def scanned_pdf(path, lines, seed=1):
    """Image-only PDF (no text layer): text drawn into a slightly tilted greyish bitmap."""
    import random
    random.seed(seed)
    ensure(path)
    W, H = 1240, 1754
    img = Image.new('L', (W, H), 246)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT_DIR + 'Norasi.ttf', 34)
    fb = ImageFont.truetype(FONT_DIR + 'Norasi-Bold.ttf', 40)
    y = 120
    for i, ln in enumerate(lines):
        font = fb if i < 2 else f
        d.text((110 + random.randint(-3, 3), y), ln, fill=random.randint(20, 60), font=font)
        y += 58 if i < 2 else 52
    for _ in range(2500):
        d.point((random.randrange(W), random.randrange(H)), fill=random.randint(120, 200))
    img = img.rotate(0.7, fillcolor=246, expand=False)
    buf = io.BytesIO()
    img.convert('RGB').save(buf, 'JPEG', quality=45)
    buf.seek(0)
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(path, pagesize=A4)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()

def png(path, w, h, text, bg=(30, 90, 160), fg=(255, 255, 255), size=28):
    ensure(path)
    img = Image.new('RGB', (w, h), bg)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT_DIR + 'Garuda.ttf', size)
    d.multiline_text((12, 12), text, fill=fg, font=f)
    img.save(path, optimize=True)

def jpg(path, w, h, text, bg=(120, 140, 110)):
    ensure(path)
    img = Image.new('RGB', (w, h), bg)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT_DIR + 'Garuda.ttf', 18)
    d.rectangle((w // 3, h // 4, 2 * w // 3, 3 * h // 4), fill=(bg[0] + 40, bg[1] + 30, bg[2] + 20))
    d.text((8, h - 30), text, fill=(255, 255, 255), font=f)
    img.save(path, quality=60)

def xlsx(path, sheets):
    """sheets: list of (name, rows)."""
    ensure(path)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = 22
    wb.save(path)

def write(path, text):
    ensure(path)
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write(text)

def reset(site):
    if os.path.isdir(site):
        shutil.rmtree(site)
    os.makedirs(site)
