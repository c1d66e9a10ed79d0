# Document helpers shared by the writerE generators (PDF/XLSX/DOCX/scan with real Thai text).
import os, io, random
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm

F = '/usr/share/fonts/truetype/tlwg/'
pdfmetrics.registerFont(TTFont('Garuda', F + 'Garuda.ttf'))
pdfmetrics.registerFont(TTFont('Garuda-Bold', F + 'Garuda-Bold.ttf'))
pdfmetrics.registerFont(TTFont('Loma', F + 'Loma.ttf'))

ST = ParagraphStyle('t', fontName='Garuda', fontSize=10.5, leading=17, wordWrap='CJK')
STB = ParagraphStyle('b', parent=ST, fontName='Garuda-Bold', fontSize=14, leading=22, alignment=1)
STH = ParagraphStyle('h', parent=ST, fontName='Garuda-Bold', fontSize=11.5, leading=19)
STC = ParagraphStyle('c', parent=ST, fontSize=8.5, leading=12)
STR = ParagraphStyle('r', parent=ST, alignment=2)

TH_DIG = str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙')


def th(s):
    return str(s).translate(TH_DIG)


def ensure(path):
    os.makedirs(os.path.dirname(path), exist_ok=True)


def pdf(path, title, blocks, land=False, author=None):
    """blocks: list of str (paragraph), ('h', str), ('t', rows, widths?), ('sp',), ('sign', lines)"""
    ensure(path)
    ps = landscape(A4) if land else A4
    doc = SimpleDocTemplate(path, pagesize=ps, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm, title=title.replace('<br/>', ' '),
                            author=author or '')
    story = []
    for ln in title.split('<br/>'):
        story.append(Paragraph(ln, STB))
    story.append(Spacer(1, 8))
    for b in blocks:
        if isinstance(b, str):
            story.append(Paragraph(b, ST)); story.append(Spacer(1, 4))
        elif b[0] == 'h':
            story.append(Spacer(1, 4)); story.append(Paragraph(b[1], STH))
        elif b[0] == 'sp':
            story.append(Spacer(1, 14))
        elif b[0] == 'sign':
            story.append(Spacer(1, 20))
            for ln in b[1]:
                story.append(Paragraph(ln, ParagraphStyle('s', parent=ST, leftIndent=250 if not land else 420, alignment=1)))
        elif b[0] == 't':
            rows = b[1]
            data = [[Paragraph(str(c), STC) for c in r] for r in rows]
            w = b[2] if len(b) > 2 and b[2] else None
            tb = Table(data, colWidths=w, repeatRows=1)
            tb.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.black),
                                    ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e8e8e8')),
                                    ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
            story.append(tb); story.append(Spacer(1, 6))
    doc.build(story)


def scan_pdf(path, lines, seed=1, title=''):
    """Image-only PDF (no text layer), like a scanned signed paper."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    ensure(path)
    rnd = random.Random(seed)
    W, H = 1240, 1754
    img = Image.new('L', (W, H), 246)
    d = ImageDraw.Draw(img)
    fb = ImageFont.truetype(F + 'Garuda-Bold.ttf', 34)
    fn = ImageFont.truetype(F + 'Garuda.ttf', 27)
    y = 110
    for i, ln in enumerate(lines):
        f = fb if i == 0 else fn
        d.text((110 + rnd.randint(-3, 3), y), ln, fill=rnd.randint(20, 60), font=f)
        y += 58 if i == 0 else 46
    for _ in range(4000):
        d.point((rnd.randrange(W), rnd.randrange(H)), fill=rnd.randint(120, 200))
    img = img.rotate(rnd.uniform(-0.8, 0.8), fillcolor=240).filter(ImageFilter.GaussianBlur(0.6))
    bio = io.BytesIO(); img.save(bio, 'JPEG', quality=38); bio.seek(0)
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(title); c.setCreator('Canon iR-ADV C5535 ScanToPDF')
    c.drawImage(ImageReader(bio), 0, 0, width=A4[0], height=A4[1])
    c.showPage(); c.save()


def xlsx(path, sheets):
    """sheets: list of (name, rows)"""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    ensure(path)
    wb = Workbook(); wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(list(r))
        for c in ws[1]:
            c.font = Font(bold=True)
        ws.column_dimensions['A'].width = 40
    wb.save(path)


def docx(path, title, paras):
    import docx as D
    ensure(path)
    doc = D.Document()
    doc.add_heading(title, 1)
    for p in paras:
        if isinstance(p, tuple) and p[0] == 't':
            rows = p[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
        else:
            doc.add_paragraph(p)
    doc.save(path)


def png(path, w, h, text='', seed=0, bg=(200, 210, 225)):
    from PIL import Image, ImageDraw, ImageFont
    ensure(path)
    rnd = random.Random(seed)
    img = Image.new('RGB', (w, h), bg)
    d = ImageDraw.Draw(img)
    # a simple silhouette / diagram look
    for _ in range(6):
        x, y = rnd.randrange(w), rnd.randrange(h)
        d.ellipse((x - 20, y - 20, x + 20, y + 20), fill=tuple(max(0, c - 40) for c in bg))
    if text:
        f = ImageFont.truetype(F + 'Garuda.ttf', max(12, h // 12))
        d.text((10, h - h // 6), text, fill=(30, 30, 30), font=f)
    img.save(path, optimize=True)


def write(path, s):
    ensure(path)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(s)
