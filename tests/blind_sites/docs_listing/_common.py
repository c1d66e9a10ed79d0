"""Small helpers shared by the blind-site generators (HTML, PDF, XLSX, DOCX, PNG).

Run with a venv holding reportlab==5.1.0, openpyxl==3.1.5, python-docx==1.2.0, pillow.
"""
import os
from pathlib import Path

FONT_DIR = "/usr/share/fonts/truetype/tlwg/"
_FONT_OK = False


def _fonts():
    global _FONT_OK
    if _FONT_OK:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("Garuda", FONT_DIR + "Garuda.ttf"))
    pdfmetrics.registerFont(TTFont("Garuda-Bold", FONT_DIR + "Garuda-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("Loma", FONT_DIR + "Loma.ttf"))
    _FONT_OK = True


def write(path, text, encoding="utf-8"):
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(text.encode(encoding))


def pdf(path, title, blocks, font="Garuda", author=None):
    """blocks: list of str (paragraph), ('h', str) heading, ('t', rows) table, ('sp',)"""
    _fonts()
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    wide = any(isinstance(b, tuple) and b[0] == "t" and len(b[1][0]) > 5 for b in blocks)
    size = landscape(A4) if wide else A4
    doc = SimpleDocTemplate(str(path), pagesize=size, title=title, author=author or "",
                            leftMargin=36, rightMargin=36, topMargin=36, bottomMargin=36)
    body = ParagraphStyle("b", fontName=font, fontSize=12, leading=19)
    head = ParagraphStyle("h", fontName="Garuda-Bold", fontSize=14, leading=22, spaceAfter=6)
    cell = ParagraphStyle("c", fontName=font, fontSize=8.5, leading=12)
    story = [Paragraph(title, head)]
    for b in blocks:
        if isinstance(b, str):
            story.append(Paragraph(b, body))
        elif b[0] == "h":
            story.append(Paragraph(b[1], head))
        elif b[0] == "sp":
            story.append(Spacer(1, 10))
        elif b[0] == "t":
            rows = [[Paragraph(str(c), cell) for c in r] for r in b[1]]
            widths = [38, 140, 70, 60, 62, 105, 105, 90, 100] if len(b[1][0]) == 9 else None
            t = Table(rows, repeatRows=1, colWidths=widths)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.Color(.9, .9, .9))]))
            story.append(t)
    doc.build(story)


def png_text(path, lines, size=(900, 1200), fs=26, bg=(250, 248, 240)):
    """A picture of text (scan-like), used for image-only PDFs and posters."""
    from PIL import Image, ImageDraw, ImageFont
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT_DIR + "Garuda.ttf", fs)
    y = 60
    for ln in lines:
        d.text((60, y), ln, fill=(30, 30, 30), font=f)
        y += int(fs * 1.9)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    img = img.convert("L")
    img.save(path, optimize=True)
    return img


def scan_pdf(path, lines, title=""):
    """PDF whose only content is an image of text: no text layer."""
    import io
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from PIL import Image, ImageDraw, ImageFont
    img = Image.new("L", (850, 1200), 244)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT_DIR + "Garuda.ttf", 24)
    y = 70
    for ln in lines:
        d.text((70, y), ln, fill=25, font=f)
        y += 46
    img = img.rotate(0.6, fillcolor=244)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=45)
    buf.seek(0)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(title)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()


def png_org(path, boxes, title):
    """Simple org chart picture: title on top, one row of boxes."""
    from PIL import Image, ImageDraw, ImageFont
    w = 180 * min(len(boxes), 5) + 60
    rows = (len(boxes) + 4) // 5
    img = Image.new("RGB", (w, 150 + rows * 110), (255, 255, 255))
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT_DIR + "Garuda.ttf", 15)
    fb = ImageFont.truetype(FONT_DIR + "Garuda-Bold.ttf", 18)
    d.rectangle((w // 2 - 140, 20, w // 2 + 140, 70), outline=(20, 60, 140), width=2)
    d.text((w // 2 - 125, 32), title, fill=(20, 60, 140), font=fb)
    for i, b in enumerate(boxes):
        x = 30 + (i % 5) * 180
        y = 120 + (i // 5) * 110
        d.line((w // 2, 70, x + 80, y), fill=(150, 150, 150))
        d.rectangle((x, y, x + 165, y + 70), outline=(20, 60, 140), width=1)
        d.text((x + 8, y + 24), b, fill=(0, 0, 0), font=f)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    img = img.quantize(colors=16)
    img.save(path, optimize=True)


def png_photo(path, seed, label=""):
    """Tiny placeholder 'portrait' (a coloured silhouette)."""
    from PIL import Image, ImageDraw
    col = ((seed * 53) % 200 + 30, (seed * 97) % 200 + 30, (seed * 31) % 200 + 30)
    img = Image.new("RGB", (120, 150), (225, 230, 238))
    d = ImageDraw.Draw(img)
    d.ellipse((35, 20, 85, 75), fill=(235, 200, 170))
    d.rectangle((20, 85, 100, 150), fill=col)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    img.quantize(colors=8).save(path, optimize=True)


SKR_HEAD = ["ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง (บาท)", "ราคากลาง (บาท)",
            "วิธีซื้อหรือจ้าง", "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลง",
            "เหตุผลที่คัดเลือกโดยสรุป", "เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง"]

_WORKS = [("จัดซื้อวัสดุสำนักงาน (กระดาษ หมึกพิมพ์)", 48500), ("จ้างซ่อมแซมรถบรรทุกขยะ ทะเบียน 83-1234", 36200),
          ("จัดซื้อวัสดุงานบ้านงานครัว", 22400), ("จ้างเหมาทำความสะอาดคลองสาธารณะ", 98000),
          ("จัดซื้อน้ำมันเชื้อเพลิงรถเก็บขนมูลฝอย", 245000), ("จ้างซ่อมเครื่องปรับอากาศห้องบริการประชาชน", 18600),
          ("จัดซื้อวัสดุก่อสร้างซ่อมทางเท้า", 87300), ("จ้างพิมพ์แผ่นพับประชาสัมพันธ์ภาษีที่ดิน", 12500),
          ("จัดซื้อวัสดุป้องกันยุงลาย (ทรายอะเบท)", 64000), ("จ้างเหมาบริการรถโดยสารพาผู้สูงอายุศึกษาดูงาน", 30000)]
_SHOPS = ["หจก.รุ่งเรืองพาณิชย์", "บริษัท ไทยออฟฟิศซัพพลาย จำกัด", "ร้านเจริญการช่าง", "หจก.สมบูรณ์ยนต์",
          "บริษัท ปิโตรไทย จำกัด", "ร้านแอร์เซอร์วิส", "หจก.ศรีวัสดุภัณฑ์", "ร้านพิมพ์ดีการพิมพ์"]


def skr_rows(month_idx, be_year_short, n=4, egp=False, mabbr=""):
    rows = []
    for i in range(n):
        w, amt = _WORKS[(month_idx * 3 + i) % len(_WORKS)]
        amt = amt + month_idx * 100
        shop = _SHOPS[(month_idx + i) % len(_SHOPS)]
        day = 3 + i * 6
        r = [i + 1, w, f"{amt:,.2f}", f"{amt:,.2f}", "เฉพาะเจาะจง",
             f"{shop} / {amt:,.2f}", f"{shop} / {amt - 200:,.2f}",
             "เสนอราคาต่ำสุดและคุณสมบัติครบถ้วน", f"ใบสั่งซื้อ/จ้าง เลขที่ {month_idx+1}{i+1}/{be_year_short} ลว. {day} {mabbr} {be_year_short}".rstrip()]
        if egp:
            r.insert(1, f"6{be_year_short[-1]}0{month_idx+1}9{i}0{i}12{i}")
        rows.append(r)
    return rows


def xlsx_skr(path, sheet_title, header_lines, rows, egp=False):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title
    r = 1
    for h in header_lines:
        ws.cell(row=r, column=1, value=h).font = Font(bold=True)
        r += 1
    head = list(SKR_HEAD)
    if egp:
        head.insert(1, "เลขที่โครงการ e-GP")
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True)
    for row in rows:
        r += 1
        for c, v in enumerate(row, 1):
            ws.cell(row=r, column=c, value=v)
    for col, w in zip("ABCDEFGHIJ", [6, 34, 14, 14, 12, 30, 30, 26, 30, 30]):
        ws.column_dimensions[col].width = w
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


def docx(path, title, paras, table=None):
    from docx import Document
    d = Document()
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, v in enumerate(row):
                t.cell(i, j).text = str(v)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    d.save(path)


TH_DIG = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    return str(s).translate(TH_DIG)
