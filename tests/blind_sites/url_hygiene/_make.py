#!/usr/bin/env python3
# Generates site/ and meta.json for the url_hygiene fixture (สำนักงานเขตลาดพร้าว, bma-2564, as_of 2022-03-10).
# ---------------------------------------------------------------- helpers
import os, io, json, shutil, re, html as _html
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Image as RLImage
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from PIL import Image, ImageDraw, ImageFont
import openpyxl
import docx

FONTDIR = "/usr/share/fonts/truetype/tlwg/"
pdfmetrics.registerFont(TTFont("Garuda", FONTDIR + "Garuda.ttf"))
pdfmetrics.registerFont(TTFont("Garuda-Bold", FONTDIR + "Garuda-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Loma", FONTDIR + "Loma.ttf"))
pdfmetrics.registerFont(TTFont("Norasi", FONTDIR + "Norasi.ttf"))

TH_DIG = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    """arabic digits -> Thai digits"""
    return str(s).translate(TH_DIG)


def _styles(font):
    return {
        "title": ParagraphStyle("t", fontName=font, fontSize=15, leading=24, alignment=1, spaceAfter=6),
        "sub": ParagraphStyle("s", fontName=font, fontSize=12, leading=20, alignment=1, spaceAfter=4),
        "body": ParagraphStyle("b", fontName=font, fontSize=11, leading=19, firstLineIndent=24, spaceAfter=3),
        "cell": ParagraphStyle("c", fontName=font, fontSize=8.5, leading=13),
        "sign": ParagraphStyle("g", fontName=font, fontSize=11, leading=19, alignment=1),
    }


def make_pdf(path, title, paras=(), table=None, sub=None, sign=None, font="Garuda",
             land=False, col_widths=None, table_title=None, extra_tables=()):
    """A real text PDF with Thai text. table = list of rows (first row header)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    st = _styles(font)
    ps = landscape(A4) if land else A4
    doc = SimpleDocTemplate(path, pagesize=ps, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title=" ".join(title) if isinstance(title, (list, tuple)) else title)
    story = []
    for t in (title if isinstance(title, (list, tuple)) else [title]):
        story.append(Paragraph(_html.escape(t), st["title"]))
    if sub:
        for s in (sub if isinstance(sub, (list, tuple)) else [sub]):
            story.append(Paragraph(_html.escape(s), st["sub"]))
    story.append(Spacer(1, 6))
    for p in paras:
        story.append(Paragraph(_html.escape(p), st["body"]))
    tables = ([(table_title, table, col_widths)] if table else []) + list(extra_tables)
    for tt, tb, cw in tables:
        if tt:
            story.append(Spacer(1, 6))
            story.append(Paragraph(_html.escape(tt), st["sub"]))
        data = [[Paragraph(_html.escape(str(c)), st["cell"]) for c in r] for r in tb]
        t = Table(data, colWidths=cw, repeatRows=1)
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde8f5")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        story.append(Spacer(1, 4))
        story.append(t)
    if sign:
        story.append(Spacer(1, 20))
        for s in sign:
            story.append(Paragraph(_html.escape(s), st["sign"]))
    doc.build(story)


def render_text_image(lines, width=1240, font="Garuda.ttf", size=30, title_size=36, noise=True):
    """Render Thai lines onto a 'scanned paper' image."""
    lh = int(size * 1.75)
    height = max(1754, 200 + lh * (len(lines) + 2))
    im = Image.new("L", (width, height), 246)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONTDIR + font, size)
    ft = ImageFont.truetype(FONTDIR + font.replace(".ttf", "-Bold.ttf"), title_size)
    y = 120
    for i, ln in enumerate(lines):
        if ln.startswith("##"):
            txt = ln[2:].strip()
            w = d.textlength(txt, font=ft)
            d.text(((width - w) / 2, y), txt, fill=25, font=ft)
            y += int(title_size * 1.8)
        elif ln.startswith(">>"):  # centred
            txt = ln[2:].strip()
            w = d.textlength(txt, font=f)
            d.text(((width - w) / 2, y), txt, fill=30, font=f)
            y += lh
        else:
            d.text((110, y), ln, fill=30, font=f)
            y += lh
    if noise:
        import random
        rnd = random.Random(len(lines))
        for _ in range(1400):
            x, yy = rnd.randrange(width), rnd.randrange(height)
            d.point((x, yy), fill=rnd.choice([120, 160, 200]))
    im = im.rotate(0.6, fillcolor=246, resample=Image.BICUBIC)
    return im.convert("RGB")


def make_scanned_pdf(path, pages_lines):
    """Image-only PDF (no text layer) - like a scanner output."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    c = rl_canvas.Canvas(path, pagesize=A4)
    W, H = A4
    for lines in pages_lines:
        im = render_text_image(lines)
        bio = io.BytesIO()
        im.save(bio, "JPEG", quality=55)
        bio.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(bio), 0, 0, width=W, height=H)
        c.showPage()
    c.save()


def make_png_text(path, lines, width=1200, size=28):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    im = render_text_image(lines, width=width, size=size, noise=False)
    # crop to content
    im = im.crop((0, 60, width, min(im.height, 200 + int(size * 1.75) * (len(lines) + 2))))
    im.save(path, optimize=True)


def make_photo(path, label, seed=1):
    """A fake portrait (silhouette) - good enough as 'รูปถ่าย'."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    im = Image.new("RGB", (240, 300), (200 + seed * 7 % 40, 215, 230))
    d = ImageDraw.Draw(im)
    d.ellipse((75, 40, 165, 140), fill=(90, 70, 60))
    d.rectangle((40, 150, 200, 300), fill=(40, 50, 90))
    d.polygon([(105, 150), (135, 150), (120, 220)], fill=(240, 240, 240))
    f = ImageFont.truetype(FONTDIR + "Garuda.ttf", 16)
    d.text((10, 270), label, fill=(255, 255, 255), font=f)
    im.save(path, "JPEG", quality=70)


def make_xlsx(path, sheets):
    """sheets: list of (name, rows)"""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    wb = openpyxl.Workbook()
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = 22
    wb.save(path)


def make_docx(path, title, paras, table=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    d = docx.Document()
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for r in table:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)
    d.save(path)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
# ---------------------------------------------------------------- end helpers

# ================================================================= site: url_hygiene
# สำนักงานเขตลาดพร้าว - a site that moved CMS (old links redirect), <base href>, ../ links,
# Thai file names with spaces, uppercase extensions, download.php endpoint, meta refresh.
from urllib.parse import quote
HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
if os.path.isdir(SITE):
    shutil.rmtree(SITE)
os.makedirs(SITE)

D = "สำนักงานเขตลาดพร้าว"
REDIRECTS = {}
FILES = {}
UP = "uploads/2565/"


def redirect(old, new):
    REDIRECTS[old] = quote(new, safe="/:?=&#%")


def download(n, rel, fname, ctype="application/octet-stream"):
    cd = 'attachment; filename="%s"' % fname
    try:
        fname.encode("latin-1")
    except UnicodeEncodeError:
        cd = "attachment; filename=\"download.bin\"; filename*=UTF-8''%s" % quote(fname)
    FILES["/download.php?file=%d" % n] = {"file": rel, "headers": {"Content-Type": ctype, "Content-Disposition": cd}}
    return "/download.php?file=%d" % n


MENU = [("หน้าแรก", "/"), ("เกี่ยวกับเขต", "/main/about.html"), ("ผู้บริหาร", "/main/executive.html"),
        ("ข่าวประชาสัมพันธ์", "/main/news.html"), ("ถาม-ตอบ (Q&amp;A)", "/webboard/index.php"),
        ("ITA", "/main/ita.html"), ("ติดต่อเรา", "/content/contact.html")]


def layout(title, body, base=None, extra_head=""):
    menu = "".join('<li><a href="%s">%s</a></li>' % (u, t) for t, u in MENU)
    b = '<base href="%s">\n' % base if base else ""
    return """<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8">
%s<title>%s | %s</title>%s
<link rel="stylesheet" href="/assets/css/theme.css">
<style>body{font-family:Tahoma,sans-serif;margin:0;background:#f4f1ea}header{background:#6b1f7a;color:#fff;padding:12px 20px}
nav ul{list-style:none;margin:0;padding:6px 20px;background:#d9b300}nav li{display:inline;margin-right:14px}
main{background:#fff;margin:14px auto;max-width:960px;padding:16px}table.t td,table.t th{border:1px solid #aaa;padding:4px}
footer{font-size:12px;color:#555;text-align:center;padding:14px}</style>
</head><body>
<div style="font-size:11px;background:#222;color:#ccc;padding:2px 20px">
<a style="color:#ccc" href="https://www.bangkok.go.th/">กรุงเทพมหานคร</a> | <a style="color:#ccc" href="https://www.bangkok.go.th/district">50 เขต</a> |
อุณหภูมิวันนี้ ๓๔&deg;C ฝุ่น PM2.5 ๔๒ มคก./ลบ.ม.</div>
<header><img src="/assets/img/logo.png" alt="ตรากรุงเทพมหานคร" height="48" style="vertical-align:middle">
<b style="font-size:22px">%s</b> <span style="font-size:13px">Lat Phrao District Office</span></header>
<nav><ul>%s</ul></nav>
<main><h1 style="font-size:20px;color:#6b1f7a">%s</h1>
%s
</main>
<footer>%s ๑๐๑ ถนนลาดพร้าว แขวงจรเข้บัว เขตลาดพร้าว กรุงเทพฯ ๑๐๒๓๐ โทร ๐ ๒๕๑๓ ๐๔๔๖<br>
เว็บไซต์ใหม่เปิดใช้งาน ๑ ธันวาคม ๒๕๖๔ (ลิงก์เดิมจะถูกส่งต่ออัตโนมัติ) | ผู้เข้าชม ๔๕๑,๒๐๓ ครั้ง</footer>
</body></html>
""" % (b, title, D, extra_head, D, menu, title, body, D)


def page(path, title, body, base=None):
    write(os.path.join(SITE, path.lstrip("/")), layout(title, body, base))
    return path


def ul(items):
    return "<ul>" + "".join('<li><a href="%s">%s</a></li>' % (u, t) for t, u in items) + "</ul>"


def up(name):
    return os.path.join(SITE, UP, name)


# ---------------------------------------------------------------- assets
os.makedirs(os.path.join(SITE, "assets/img"), exist_ok=True)
write(os.path.join(SITE, "assets/css/theme.css"), "/* theme */\n")
im = Image.new("RGB", (48, 48), (107, 31, 122)); ImageDraw.Draw(im).ellipse((4, 4, 44, 44), fill=(217, 179, 0))
im.save(os.path.join(SITE, "assets/img/logo.png"))

DIVS = ["ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายรายได้", "ฝ่ายโยธา", "ฝ่ายรักษาความสะอาดและสวนสาธารณะ",
        "ฝ่ายเทศกิจ", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "ฝ่ายการศึกษา"]
DIR_NOW = "นายสมศักดิ์ รุ่งเรืองกิจ"
DIR_OLD = "นางพรรณี ชัยมงคล"

# ---------------------------------------------------------------- about (O1-O6)
make_png_text(os.path.join(SITE, "uploads/images/โครงสร้าง สำนักงานเขตลาดพร้าว 2565.PNG"),
              ["##โครงสร้างสำนักงานเขตลาดพร้าว", ">>ผู้อำนวยการเขต", ">>ผู้ช่วยผู้อำนวยการเขต"] + [">>" + x for x in DIVS])
page("/content/about/structure.html", "โครงสร้างหน่วยงาน", """
<p><img src="../../uploads/images/โครงสร้าง สำนักงานเขตลาดพร้าว 2565.PNG" alt="โครงสร้างสำนักงานเขตลาดพร้าว" width="600"></p>
<p>สำนักงานเขตลาดพร้าวแบ่งส่วนราชการออกเป็น ๑๐ ฝ่าย ได้แก่ %s</p>
<p><a href="../about/index.html">&laquo; กลับหน้าเกี่ยวกับเขต</a></p>""" % " ".join(DIVS))
EXE = [(DIR_NOW, "ผู้อำนวยการเขตลาดพร้าว (ตั้งแต่ ๑ ธันวาคม ๒๕๖๔)"), ("นายอดิศร แก้วมณี", "ผู้ช่วยผู้อำนวยการเขตลาดพร้าว"),
       ("นางสาวจิราพร บุญญาศิริ", "ผู้ช่วยผู้อำนวยการเขตลาดพร้าว")]
cards = ""
for k, (n, p) in enumerate(EXE):
    make_photo(os.path.join(SITE, "uploads/images/exec%d.JPG" % (k + 1)), "", k + 3)
    cards += '<div style="display:inline-block;width:250px;text-align:center;vertical-align:top"><img src="../../uploads/images/exec%d.JPG" width="160" alt="%s"><br><b>%s</b><br>%s</div>' % (k + 1, n, n, p)
page("/content/about/executives.html", "ผู้บริหารสำนักงานเขตลาดพร้าว", cards +
     '<p style="font-size:12px;color:#777">ปรับปรุงข้อมูล ๓ ธันวาคม ๒๕๖๔</p>')
page("/content/about/authority.html", "อำนาจหน้าที่", "<p>สำนักงานเขตมีอำนาจหน้าที่ตามประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการของสำนักงานเขต ดังนี้</p><ol>" +
     "".join("<li><b>%s</b> : รับผิดชอบงานตามภารกิจของ%s ในพื้นที่เขตลาดพร้าว</li>" % (x, x) for x in DIVS) + "</ol>")
make_pdf(up("แผนพัฒนาเขตลาดพร้าว ระยะ 4 ปี 2562-2565.PDF"), ["แผนพัฒนาเขตลาดพร้าว ระยะ ๔ ปี", "(พ.ศ. ๒๕๖๒ - ๒๕๖๕)"],
         ["วิสัยทัศน์: ลาดพร้าว เมืองน่าอยู่ ชุมชนเข้มแข็ง บริการประทับใจ",
          "ยุทธศาสตร์ที่ ๑ พัฒนาโครงสร้างพื้นฐานและระบบระบายน้ำ ยุทธศาสตร์ที่ ๒ สิ่งแวดล้อมและความสะอาด ยุทธศาสตร์ที่ ๓ ชุมชนเข้มแข็ง ยุทธศาสตร์ที่ ๔ บริการประชาชนที่ดี"],
         table=[["ยุทธศาสตร์", "เป้าหมาย ๒๕๖๒", "๒๕๖๓", "๒๕๖๔", "๒๕๖๕"],
                ["ระบบระบายน้ำ", "ลอกท่อ ๒๐ กม.", "๒๒ กม.", "๒๕ กม.", "๒๘ กม."],
                ["ความสะอาด", "ลดขยะ ๕%", "๗%", "๑๐%", "๑๒%"],
                ["บริการประชาชน", "พึงพอใจ ๘๐%", "๘๒%", "๘๕%", "๘๘%"]])
page("/content/about/strategy.html", "แผนยุทธศาสตร์และแผนพัฒนาสำนักงานเขต",
     '<p><a href="../../uploads/2565/แผนพัฒนาเขตลาดพร้าว ระยะ 4 ปี 2562-2565.PDF">แผนพัฒนาเขตลาดพร้าว ระยะ ๔ ปี (พ.ศ. ๒๕๖๒-๒๕๖๕)</a></p>')
make_png_text(os.path.join(SITE, "uploads/images/แผนที่ เขตลาดพร้าว.PNG"),
              ["##แผนที่สำนักงานเขตลาดพร้าว", ">>ถนนลาดพร้าว ---- [สำนักงานเขต] ---- แยกโชคชัย ๔", ">>MRT สถานีลาดพร้าว ๗๑"], width=900, size=24)
page("/content/contact.html", "ติดต่อสำนักงานเขตลาดพร้าว", """
<p>ที่ตั้ง: ๑๐๑ ถนนลาดพร้าว แขวงจรเข้บัว เขตลาดพร้าว กรุงเทพมหานคร ๑๐๒๓๐</p>
<p>โทรศัพท์: ๐ ๒๕๑๓ ๐๔๔๖ , ๐ ๒๕๑๓ ๐๔๔๗ &nbsp; โทรสาร: ๐ ๒๕๑๓ ๐๔๔๘</p>
<p>อีเมล: latphrao@bangkok.go.th</p>
<p><img src="../uploads/images/แผนที่ เขตลาดพร้าว.PNG" width="480" alt="แผนที่"></p>
<h3 id="social">ติดตามเราทางโซเชียลมีเดีย</h3>
<ul><li><a href="https://www.facebook.com/latphraodistrictoffice">Facebook : สำนักงานเขตลาดพร้าว</a></li>
<li><a href="https://line.me/R/ti/p/@latphrao">LINE Official : @latphrao</a></li></ul>""")
page("/content/about/laws.html", "กฎหมายที่เกี่ยวข้อง", ul([
    ("พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘", "https://www.krisdika.go.th/"),
    ("พระราชบัญญัติรักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. ๒๕๓๕", "https://www.krisdika.go.th/"),
    ("พระราชบัญญัติควบคุมอาคาร พ.ศ. ๒๕๒๒", "https://www.krisdika.go.th/"),
    ("พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒", "https://www.krisdika.go.th/"),
    ("พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐", "https://www.krisdika.go.th/")]))
page("/content/about/index.html", "เกี่ยวกับสำนักงานเขตลาดพร้าว", ul([
    ("โครงสร้างหน่วยงาน", "structure.html"), ("ผู้บริหาร", "executives.html"), ("อำนาจหน้าที่", "authority.html"),
    ("แผนพัฒนาเขต", "strategy.html"), ("กฎหมายที่เกี่ยวข้อง", "laws.html"), ("ติดต่อเรา", "../contact.html")]))

# ---------------------------------------------------------------- news (O7, O33, O35, O38)
NEWS = [("2565-03-08", "๘ มี.ค. ๒๕๖๕", "เขตลาดพร้าวเร่งลอกท่อระบายน้ำซอยลาดพร้าว ๘๐ ก่อนเข้าฤดูฝน", "ฝ่ายโยธาลอกท่อความยาว ๑.๒ กม. แล้วเสร็จ"),
        ("2565-02-25", "๒๕ ก.พ. ๒๕๖๕", "ประชุมประชาคมรับฟังความคิดเห็นการจัดทำงบประมาณปี ๒๕๖๖",
         "ผู้แทนชุมชน ๔๒ ชุมชนร่วมเสนอโครงการ ได้แก่ ไฟส่องสว่าง ทางเท้า และลานกีฬา ผลการรับฟังนำไปจัดทำคำของบประมาณ"),
        ("2565-02-10", "๑๐ ก.พ. ๒๕๖๕", "ผู้อำนวยการเขตลาดพร้าวมอบนโยบาย No Gift และประกาศเจตนารมณ์ต่อต้านการทุจริต",
         "%s ผู้อำนวยการเขตลาดพร้าว เป็นประธานกิจกรรมและกำชับให้บุคลากรปฏิบัติงานด้วยความโปร่งใส" % DIR_NOW),
        ("2565-01-21", "๒๑ ม.ค. ๒๕๖๕", "อบรมเสริมสร้างวัฒนธรรมองค์กรด้านคุณธรรมจริยธรรม",
         "บุคลากร ๑๕๐ คน เข้าร่วมอบรมหลักสูตรการป้องกันผลประโยชน์ทับซ้อนและประมวลจริยธรรม")]
for slug, dt, t, b in NEWS:
    page("/content/news/%s.html" % slug, t, "<p><small>%s</small></p><p>%s</p><p><a href=\"index.html\">ข่าวทั้งหมด</a></p>" % (dt, b))
page("/content/news/index.html", "ข่าวประชาสัมพันธ์", "<table class=\"t\">" +
     "".join('<tr><td>%s</td><td><a href="%s.html">%s</a></td></tr>' % (dt, s, t) for s, dt, t, b in NEWS) + "</table>")

# ---------------------------------------------------------------- plan (O10-O12)
make_pdf(up("แผนปฏิบัติราชการ ประจำปี 2565 เขตลาดพร้าว.PDF"), ["แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๕", D],
         ["ระยะเวลา ๑ ตุลาคม ๒๕๖๔ - ๓๐ กันยายน ๒๕๖๕ จำนวน ๓๖ โครงการ งบประมาณ ๖๒,๓๐๐,๐๐๐ บาท"],
         table=[["โครงการ", "ตัวชี้วัด", "งบประมาณ (บาท)", "ผู้รับผิดชอบ"],
                ["ลอกท่อระบายน้ำ", "๒๘ กม.", "๙,๕๐๐,๐๐๐", "ฝ่ายโยธา"], ["ชุมชนปลอดขยะ", "๔๒ ชุมชน", "๑,๒๐๐,๐๐๐", "ฝ่ายรักษาความสะอาดฯ"],
                ["บริการด่วนมหานคร", "ความพึงพอใจ ๘๘%", "๓๐๐,๐๐๐", "ฝ่ายปกครอง"]])
make_pdf(up("รายงานความก้าวหน้า แผนปฏิบัติราชการ 2565 (ต.ค.64-ก.พ.65).PDF"),
         ["รายงานการกำกับติดตามการดำเนินงานตามแผนปฏิบัติราชการ ประจำปี ๒๕๖๕", "ตุลาคม ๒๕๖๔ - กุมภาพันธ์ ๒๕๖๕ (ข้อมูล ณ ๒๘ ก.พ. ๒๕๖๕)"],
         ["ความก้าวหน้าภาพรวมร้อยละ ๔๑ ดำเนินการแล้วเสร็จ ๙ โครงการ อยู่ระหว่างดำเนินการ ๒๒ โครงการ ยังไม่เริ่ม ๕ โครงการ",
          "ปัญหาอุปสรรค: การระบาดของโรคโควิด-๑๙ ทำให้กิจกรรมชุมชนบางส่วนเลื่อนออกไป"])
page("/content/plan/action-plan.html", "แผนปฏิบัติราชการประจำปี ๒๕๖๕",
     '<p><a href="../../uploads/2565/แผนปฏิบัติราชการ ประจำปี 2565 เขตลาดพร้าว.PDF">แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ (PDF)</a></p>')
page("/content/plan/progress.html", "รายงานการกำกับติดตามการดำเนินงาน",
     '<p><a href="../../uploads/2565/รายงานความก้าวหน้า แผนปฏิบัติราชการ 2565 (ต.ค.64-ก.พ.65).PDF">รายงานความก้าวหน้าการดำเนินงาน ปี ๒๕๖๕ (ต.ค. ๖๔ - ก.พ. ๖๕)</a></p>')
for y in ("2563", "2562"):
    make_pdf(os.path.join(SITE, "uploads/%s/รายงานผลการดำเนินงานประจำปี %s.PDF" % (y, y)),
             ["รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. " + th(y), D],
             ["สรุปผลการดำเนินงานตามแผนปฏิบัติราชการประจำปี %s ดำเนินการแล้วเสร็จร้อยละ ๘๙" % th(y),
              "ปัญหาอุปสรรคและข้อเสนอแนะ: ควรเพิ่มการมีส่วนร่วมของชุมชนในการวางแผน"])
page("/content/plan/annual-report.html", "รายงานผลการดำเนินงานประจำปี", ul([
    ("รายงานผลการดำเนินงานประจำปี ๒๕๖๓", "../../uploads/2563/รายงานผลการดำเนินงานประจำปี 2563.PDF"),
    ("รายงานผลการดำเนินงานประจำปี ๒๕๖๒", "../../uploads/2562/รายงานผลการดำเนินงานประจำปี 2562.PDF")]))

# ---------------------------------------------------------------- manuals (O13 incomplete, O14)
items = []
for k, dv in enumerate([x for x in DIVS if x not in ("ฝ่ายโยธา", "ฝ่ายเทศกิจ", "ฝ่ายการศึกษา", "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม")]):
    fn = "คู่มือการปฏิบัติงาน %s.PDF" % dv
    make_pdf(up(fn), ["คู่มือการปฏิบัติงาน " + dv, D],
             ["วัตถุประสงค์ ขอบเขต ขั้นตอนการปฏิบัติงาน มาตรฐานงาน และแบบฟอร์มที่ใช้ ของ" + dv, "ปรับปรุง ตุลาคม ๒๕๖๔"],
             table=[["ขั้นตอน", "รายละเอียด", "ระยะเวลา"], ["๑", "รับเรื่อง", "๑ วัน"], ["๒", "ตรวจสอบ/พิจารณา", "๓ วัน"], ["๓", "แจ้งผล", "๑ วัน"]])
    items.append(("คู่มือการปฏิบัติงาน " + dv, "../../uploads/2565/" + fn))
page("/content/manual/staff.html", "คู่มือหรือมาตรฐานการปฏิบัติงาน", ul(items))
cit = []
for k, t in enumerate(["การแจ้งย้ายที่อยู่", "การขออนุญาตก่อสร้างอาคาร", "การชำระภาษีป้าย", "การขอหนังสือรับรองการแจ้งสถานที่สะสมอาหาร"]):
    fn = "คู่มือประชาชน %s.PDF" % t
    make_pdf(up(fn), ["คู่มือสำหรับประชาชน : " + t, D],
             ["หลักเกณฑ์ วิธีการ เงื่อนไข ช่องทางการให้บริการ ขั้นตอนและระยะเวลา รายการเอกสารหลักฐาน ค่าธรรมเนียม และช่องทางร้องเรียน"],
             table=[["ขั้นตอน", "ระยะเวลา"], ["ยื่นคำขอ/ตรวจเอกสาร", "๑๐ นาที"], ["พิจารณา", "๑ วัน"]])
    cit.append(("คู่มือสำหรับประชาชน " + t, "../../uploads/2565/" + fn))
make_docx(up("คู่มือประชาชน การจดทะเบียนพาณิชย์.DOCX"), "คู่มือสำหรับประชาชน การจดทะเบียนพาณิชย์ สำนักงานเขตลาดพร้าว",
          ["หลักเกณฑ์ วิธีการ เงื่อนไข", "ระยะเวลาให้บริการ ๖๐ นาที", "ค่าธรรมเนียม ๕๐ บาท"])
cit.append(("คู่มือสำหรับประชาชน การจดทะเบียนพาณิชย์ (Word)", "../../uploads/2565/คู่มือประชาชน การจดทะเบียนพาณิชย์.DOCX"))
page("/content/manual/citizen.html", "คู่มือหรือมาตรฐานการให้บริการ", ul(cit))

# ---------------------------------------------------------------- service (O15-O17)
make_xlsx(up("สถิติการให้บริการ ต.ค.64-ก.พ.65.XLSX"), [("สถิติ", [["สถิติการให้บริการ สำนักงานเขตลาดพร้าว ปีงบประมาณ 2565"],
          ["งานบริการ", "ต.ค. 64", "พ.ย. 64", "ธ.ค. 64", "ม.ค. 65", "ก.พ. 65"],
          ["ทะเบียนราษฎร", 1820, 1755, 1630, 1902, 1711], ["บัตรประจำตัวประชาชน", 2110, 2024, 1890, 2230, 2045],
          ["ภาษีที่ดินและสิ่งปลูกสร้าง", 120, 98, 75, 210, 640], ["ใบอนุญาตสาธารณสุข", 44, 38, 31, 52, 47]])])
page("/content/service/statistics.html", "ข้อมูลเชิงสถิติการให้บริการ",
     '<p>สถิติการให้บริการประชาชน ปีงบประมาณ ๒๕๖๕ (ต.ค. ๖๔ - ก.พ. ๖๕)</p><p><a href="../../uploads/2565/สถิติการให้บริการ ต.ค.64-ก.พ.65.XLSX">ดาวน์โหลด (Excel)</a></p>')
make_pdf(up("ผลสำรวจความพึงพอใจ ไตรมาส 1 ปี 2565.PDF"), ["รายงานผลการสำรวจความพึงพอใจการให้บริการ", "ไตรมาสที่ ๑ ปีงบประมาณ ๒๕๖๕ (ต.ค. - ธ.ค. ๒๕๖๔)"],
         ["ความเป็นมา: สำรวจผู้รับบริการ ณ จุดบริการ จำนวน ๔๐๐ ราย ด้วยแบบสอบถาม",
          "ผลการสำรวจ: ความพึงพอใจภาพรวมร้อยละ ๘๙.๔๐ ด้านเจ้าหน้าที่ร้อยละ ๙๑.๒ ด้านสถานที่ร้อยละ ๘๖.๕",
          "ข้อเสนอแนะ: เพิ่มที่จอดรถและป้ายบอกทาง"])
page("/content/service/satisfaction.html", "รายงานผลการสำรวจความพึงพอใจการให้บริการ",
     '<p><a href="../../uploads/2565/ผลสำรวจความพึงพอใจ ไตรมาส 1 ปี 2565.PDF">ผลสำรวจความพึงพอใจ ไตรมาส ๑/๒๕๖๕</a></p>')
page("/content/service/eservice.html", "E-Service", ul([
    ("จองคิวออนไลน์ BMA Q (งานทะเบียน/ภาษี)", "https://bmaq.bangkok.go.th/"),
    ("แจ้งปัญหาเมือง Traffy Fondue", "https://bangkok.traffy.in.th/"),
    ("ยื่นคำร้องขอใช้บริการรถสุขาเคลื่อนที่ (แบบฟอร์มออนไลน์)", "https://forms.gle/latphraoToilet65"),
    ("ชำระภาษีที่ดินและสิ่งปลูกสร้างออนไลน์", "https://bmatax.bangkok.go.th/")]))

# ---------------------------------------------------------------- budget (O18-O20)
make_pdf(up("แผนการใช้จ่ายงบประมาณ ประจำปี 2565.PDF"), ["แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๕", D],
         ["งบประมาณที่ได้รับจัดสรร ๒๔๘,๕๐๐,๐๐๐ บาท แผนการเบิกจ่ายรายไตรมาส"],
         table=[["ไตรมาส", "แผนเบิกจ่าย (บาท)", "ร้อยละสะสม"], ["๑ (ต.ค.-ธ.ค. ๖๔)", "๖๒,๐๐๐,๐๐๐", "๒๕"],
                ["๒ (ม.ค.-มี.ค. ๖๕)", "๖๒,๐๐๐,๐๐๐", "๕๐"], ["๓ (เม.ย.-มิ.ย. ๖๕)", "๖๒,๐๐๐,๐๐๐", "๗๕"], ["๔ (ก.ค.-ก.ย. ๖๕)", "๖๒,๕๐๐,๐๐๐", "๑๐๐"]])
page("/content/budget/plan.html", "แผนการใช้จ่ายงบประมาณประจำปี",
     '<p><a href="../../uploads/2565/แผนการใช้จ่ายงบประมาณ ประจำปี 2565.PDF">แผนการใช้จ่ายงบประมาณ ประจำปี ๒๕๖๕</a></p>')
make_pdf(up("รายงานผลการใช้จ่ายงบประมาณ ประจำปี 2564.PDF"), ["รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๔", D],
         ["เบิกจ่ายงบประมาณร้อยละ ๙๒.๘๗ ของงบประมาณที่ได้รับ ปัญหาอุปสรรค: งานก่อสร้างล่าช้าจากสถานการณ์โควิด-๑๙"],
         table=[["หมวด", "ได้รับ", "เบิกจ่าย", "ร้อยละ"], ["งบบุคลากร", "๑๖๐,๐๐๐,๐๐๐", "๑๕๙,๒๐๐,๐๐๐", "๙๙.๕"],
                ["งบดำเนินงาน", "๔๒,๐๐๐,๐๐๐", "๓๘,๑๐๐,๐๐๐", "๙๐.๗"], ["งบลงทุน", "๓๕,๐๐๐,๐๐๐", "๒๓,๘๐๐,๐๐๐", "๖๘.๐"]])
page("/content/budget/annual.html", "รายงานผลการใช้จ่ายงบประมาณประจำปี",
     '<p><a href="../../uploads/2565/รายงานผลการใช้จ่ายงบประมาณ ประจำปี 2564.PDF">รายงานผลการใช้จ่ายงบประมาณ ประจำปี ๒๕๖๔</a></p>')
# O19: chain ending in 404
redirect("/main/budget_report_6m.html", "/content/budget/report-6m.html")
redirect("/content/budget/report-6m.html", "/content/budget/2565/report-6m.html")

# ---------------------------------------------------------------- procurement (O21-O24) - pages use <base href="/content/">
EGP = '<p>ตรวจสอบข้อมูลการจัดซื้อจัดจ้างได้ที่ <a href="https://e-gpbma.bangkok.go.th/">ระบบ e-GPBMA กรุงเทพมหานคร</a> และ <a href="https://www.gprocurement.go.th/">ระบบ e-GP กรมบัญชีกลาง</a></p>'
make_pdf(up("แผนการจัดซื้อจัดจ้าง ประจำปี 2565.PDF"), ["ประกาศสำนักงานเขตลาดพร้าว", "เรื่อง เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๕"],
         ["ประกาศ ณ วันที่ ๒๘ ตุลาคม ๒๕๖๔"],
         table=[["โครงการ", "วงเงิน (บาท)", "ช่วงเวลาที่คาดว่าจะจัดซื้อ"], ["ปรับปรุงทางเท้าซอยลาดพร้าว ๖๔", "๔,๕๐๐,๐๐๐", "ม.ค. ๒๕๖๕"],
                ["จ้างเหมาลอกท่อระบายน้ำ", "๒,๘๐๐,๐๐๐", "ก.พ. ๒๕๖๕"], ["จัดซื้อรถเก็บขยะ", "๓,๙๐๐,๐๐๐", "เม.ย. ๒๕๖๕"]])
page("/content/procurement/plan.html", "แผนการจัดซื้อจัดจ้างประจำปี",
     '<p><a href="../uploads/2565/แผนการจัดซื้อจัดจ้าง ประจำปี 2565.PDF">แผนการจัดซื้อจัดจ้าง ประจำปี ๒๕๖๕</a></p>' + EGP, base="/content/")
anns = []
for k, t in enumerate(["ประกาศประกวดราคาจ้างปรับปรุงทางเท้าซอยลาดพร้าว 64", "ประกาศผู้ชนะการเสนอราคาจ้างเหมาลอกท่อระบายน้ำ"]):
    fn = "%s.PDF" % t
    make_pdf(up(fn), [th(t), D], ["ประกาศ ณ วันที่ %s" % ["๑๔ มกราคม ๒๕๖๕", "๒๑ กุมภาพันธ์ ๒๕๖๕"][k]], sign=["(%s)" % DIR_NOW, "ผู้อำนวยการเขตลาดพร้าว"])
    anns.append((th(t), "../uploads/2565/" + fn))
page("/content/procurement/announce.html", "ประกาศการจัดซื้อจัดจ้าง", ul(anns) + EGP, base="/content/")
SKR = ["ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง", "ราคากลาง", "วิธีซื้อหรือจ้าง",
       "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลง", "เหตุผลที่คัดเลือกโดยสรุป", "เลขที่และวันที่ของสัญญาหรือข้อตกลง"]
MONTHS = [("ตุลาคม ๒๕๖๔", "SKR1_OCT64.XLSX"), ("พฤศจิกายน ๒๕๖๔", "SKR1_NOV64.PDF"), ("ธันวาคม ๒๕๖๔", "SKR1_DEC64.XLSX"),
          ("มกราคม ๒๕๖๕", "สขร1 มกราคม 2565.PDF"), ("กุมภาพันธ์ ๒๕๖๕", "SKR1_FEB65.PDF")]
mon = []
for k, (m, fn) in enumerate(MONTHS):
    rows = [SKR]
    for j in range(2):
        amt = 18_000 + 7_500 * ((k + j) % 5)
        rows.append([str(j + 1), ["จัดซื้อวัสดุสำนักงาน", "จ้างซ่อมแซมรถยนต์ส่วนกลาง", "จัดซื้อวัสดุก่อสร้าง"][(k + j) % 3],
                     "{:,}".format(amt), "{:,}".format(amt), "เฉพาะเจาะจง", "ร้านลาดพร้าวการค้า / {:,}".format(amt - 300),
                     "ร้านลาดพร้าวการค้า / {:,}".format(amt - 300), "ราคาต่ำสุด", "PO %d/2565 ลว. %d %s" % (40 + k * 5 + j, 3 + j * 10, m)])
    rel = "store/dl/%03d.bin" % (201 + k)
    if fn.upper().endswith(".XLSX"):
        make_xlsx(os.path.join(SITE, rel), [("สขร1", [["แบบ สขร.1 สรุปผลการดำเนินการจัดซื้อจัดจ้าง เดือน " + m + " สำนักงานเขตลาดพร้าว"]] + rows)])
    else:
        make_pdf(os.path.join(SITE, rel), ["สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน" + m, D + " (แบบ สขร.๑)"], [],
                 table=rows, land=True, font="Loma",
                 col_widths=[12 * mm, 40 * mm, 25 * mm, 25 * mm, 22 * mm, 40 * mm, 40 * mm, 25 * mm, 38 * mm])
    mon.append(("สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน" + m, download(201 + k, rel, fn)))
page("/content/procurement/monthly.html", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑) ปีงบประมาณ ๒๕๖๕", ul(mon) + EGP, base="/content/")
make_pdf(up("รายงานผลการจัดซื้อจัดจ้าง ประจำปี 2564.PDF"), ["รายงานผลการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. ๒๕๖๔", D],
         ["จำนวนโครงการจัดซื้อจัดจ้างทั้งหมด ๒๑๔ โครงการ วงเงินรวม ๓๘,๔๑๒,๐๐๐ บาท",
          "ปัญหาอุปสรรค: ผู้เสนอราคาน้อยราย ข้อเสนอแนะ: ประชาสัมพันธ์ประกาศให้ทั่วถึง", "ประกาศ ณ วันที่ ๒๑ มกราคม ๒๕๖๕"],
         table=[["วิธี", "จำนวนโครงการ", "วงเงิน (บาท)"], ["e-bidding", "๑๒", "๒๒,๑๐๐,๐๐๐"], ["เฉพาะเจาะจง", "๒๐๒", "๑๖,๓๑๒,๐๐๐"]])
page("/content/procurement/annual.html", "รายงานผลการจัดซื้อจัดจ้างประจำปี",
     '<p><a href="../uploads/2565/รายงานผลการจัดซื้อจัดจ้าง ประจำปี 2564.PDF">รายงานผลการจัดซื้อจัดจ้าง ประจำปี ๒๕๖๔</a></p>', base="/content/")

# ---------------------------------------------------------------- HR (O25-O28)
make_pdf(up("นโยบายการบริหารทรัพยากรบุคคล 2565.PDF"), ["ประกาศสำนักงานเขตลาดพร้าว", "เรื่อง นโยบายการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ ๒๕๖๕"],
         ["๑. สรรหาบุคลากรด้วยระบบคุณธรรม ๒. พัฒนาสมรรถนะบุคลากรอย่างต่อเนื่อง ๓. ประเมินผลอย่างโปร่งใส เป็นธรรม ๔. ส่งเสริมคุณภาพชีวิตและขวัญกำลังใจ",
          "ประกาศ ณ วันที่ ๑๕ ธันวาคม ๒๕๖๔"], sign=["(%s)" % DIR_NOW, "ผู้อำนวยการเขตลาดพร้าว"])
make_pdf(up("การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล 2565.PDF"), ["การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล ปีงบประมาณ ๒๕๖๕", "(ต.ค. ๒๕๖๔ - ก.พ. ๒๕๖๕)"],
         ["อบรมพัฒนาบุคลากร ๔ หลักสูตร ผู้เข้าร่วม ๒๑๐ คน", "ประเมินผลการปฏิบัติราชการรอบที่ ๑ ตามหลักเกณฑ์ ก.ก.", "มอบรางวัลบุคลากรดีเด่น ๑๒ ราย"])
make_pdf(up("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล.PDF"), "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล สำนักงานเขตลาดพร้าว",
         ["หลักเกณฑ์การสรรหาและคัดเลือก", "หลักเกณฑ์การบรรจุและแต่งตั้ง", "หลักเกณฑ์การพัฒนาบุคลากร", "หลักเกณฑ์การประเมินผลการปฏิบัติงาน", "หลักเกณฑ์การให้คุณให้โทษและสร้างขวัญกำลังใจ"])
make_pdf(up("รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี 2564.PDF"), ["รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๔"],
         ["ผลการดำเนินการตามแผน: อบรม ๙ หลักสูตร ผู้เข้าร่วม ๕๔๐ คน บรรจุแต่งตั้ง ๑๘ ราย",
          "ปัญหาอุปสรรค: ข้อจำกัดการจัดอบรมในสถานการณ์โควิด-๑๙ ข้อเสนอแนะ: เพิ่มการอบรมออนไลน์"])
page("/content/hr/index.html", "การบริหารและพัฒนาทรัพยากรบุคคล", ul([
    ("นโยบายการบริหารทรัพยากรบุคคล ปี ๒๕๖๕", "../../uploads/2565/นโยบายการบริหารทรัพยากรบุคคล 2565.PDF"),
    ("การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล ปี ๒๕๖๕", "../../uploads/2565/การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล 2565.PDF"),
    ("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "../../uploads/2565/หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล.PDF"),
    ("รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี ๒๕๖๔", "../../uploads/2565/รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี 2564.PDF")]))

# ---------------------------------------------------------------- complaints & participation (O29-O33)
make_docx(up("แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต.DOCX"), "คู่มือแนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ สำนักงานเขตลาดพร้าว",
          ["ขั้นตอน: รับเรื่อง → ลงทะเบียน → ตรวจสอบข้อเท็จจริง → รายงานผู้อำนวยการเขต → แจ้งผลผู้ร้องภายใน ๑๕ วัน",
           "การคุ้มครองผู้ร้องเรียน: ปกปิดชื่อและข้อมูลส่วนบุคคล", "ผู้รับผิดชอบ: ฝ่ายปกครอง"])
page("/content/complaint/guideline.html", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต",
     '<p><a href="../../uploads/2565/แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต.DOCX">ดาวน์โหลดคู่มือ (Word)</a></p>')
page("/content/complaint/channel.html", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", """
<ol><li>ยื่นด้วยตนเองที่ฝ่ายปกครอง สำนักงานเขตลาดพร้าว</li><li>โทรศัพท์ ๐ ๒๕๑๓ ๐๔๔๖ ต่อ ๑๑๒</li>
<li>อีเมล latphrao.complaint@bangkok.go.th</li><li>ตู้รับเรื่องร้องเรียน ชั้น ๑</li>
<li><a href="https://bangkok.traffy.in.th/">Traffy Fondue</a> / สายด่วน ๑๕๕๕</li></ol>""")
rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in
               [("ตุลาคม ๒๕๖๔", "๐", "-"), ("พฤศจิกายน ๒๕๖๔", "๑", "ดำเนินการแล้วเสร็จ"), ("มกราคม ๒๕๖๕", "๐", "-"), ("กุมภาพันธ์ ๒๕๖๕", "๐", "-")])
page("/content/complaint/statistics.html", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ ๒๕๖๕",
     '<table class="t"><tr><th>เดือน</th><th>จำนวนเรื่อง</th><th>ผลการดำเนินการ</th></tr>%s</table><p><small>ปรับปรุง ๔ มีนาคม ๒๕๖๕</small></p>' % rows)
page("/content/participation/opinion.html", "ช่องทางการรับฟังความคิดเห็น", """
<p>ท่านสามารถแสดงความคิดเห็นและข้อเสนอแนะต่อการดำเนินงานของสำนักงานเขตได้ทาง</p>
<ul><li>แบบฟอร์มออนไลน์ <a href="https://forms.gle/latphraoOpinion">แสดงความคิดเห็น</a></li><li>โทร ๐ ๒๕๑๓ ๐๔๔๖</li>
<li>อีเมล latphrao@bangkok.go.th</li><li><a href="https://www.facebook.com/latphraodistrictoffice">Facebook</a></li><li>กล่องรับความคิดเห็น ชั้น ๑</li></ul>""")
page("/content/participation/involve.html", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", """
<p>สำนักงานเขตลาดพร้าวเปิดโอกาสให้ประชาชนและชุมชนมีส่วนร่วมในการวางแผนงบประมาณ:</p>
<p><a href="../news/2565-02-25.html">ประชุมประชาคมรับฟังความคิดเห็นการจัดทำงบประมาณปี ๒๕๖๖ (๒๕ ก.พ. ๒๕๖๕)</a> ผู้แทน ๔๒ ชุมชน
ร่วมเสนอโครงการ ผลการรับฟังนำไปจัดทำคำของบประมาณ</p>""")

# ---------------------------------------------------------------- integrity (O34-O43)
make_pdf(up("ประกาศเจตจำนงสุจริต ผู้อำนวยการเขตลาดพร้าว.PDF"), ["ประกาศเจตจำนงสุจริตในการบริหารงาน", "สำนักงานเขตลาดพร้าว ปีงบประมาณ ๒๕๖๕"],
         ["ข้าพเจ้าจะบริหารงานด้วยความซื่อสัตย์สุจริต โปร่งใส ตรวจสอบได้ และไม่ยอมให้มีการทุจริตในทุกขั้นตอน",
          "Declaration of Intent: I will lead Lat Phrao District Office with integrity and transparency and zero tolerance for corruption.",
          "ประกาศ ณ วันที่ ๑ ตุลาคม ๒๕๖๔"], sign=["(%s)" % DIR_OLD, "ผู้อำนวยการเขตลาดพร้าว"])
page("/content/integrity/o34.html", "เจตจำนงสุจริตของผู้บริหาร",
     '<p><a href="../../uploads/2565/ประกาศเจตจำนงสุจริต ผู้อำนวยการเขตลาดพร้าว.PDF">ประกาศเจตจำนงสุจริต (ภาษาไทย/English)</a></p>')
page("/content/integrity/o35.html", "การมีส่วนร่วมของผู้บริหาร",
     '<p>ผู้อำนวยการเขตลาดพร้าวเป็นประธานกิจกรรมส่งเสริมคุณธรรมและความโปร่งใส</p>' +
     ul([(NEWS[2][2] + " (" + NEWS[2][1] + ")", "../news/" + NEWS[2][0] + ".html")]))
make_pdf(up("การประเมินความเสี่ยงการทุจริต ประจำปี 2564.PDF"), ["การประเมินความเสี่ยงการทุจริต", "สำนักงานเขตลาดพร้าว ประจำปีงบประมาณ พ.ศ. ๒๕๖๔"],
         ["ระบุเหตุการณ์ความเสี่ยงในกระบวนงานอนุมัติอนุญาตและการจัดซื้อจัดจ้าง"],
         table=[["กระบวนงาน", "ความเสี่ยง", "ระดับ", "มาตรการ"], ["ออกใบอนุญาตก่อสร้าง", "เรียกรับผลประโยชน์", "สูง", "ใช้ระบบคิวและกำหนดเวลา"],
                ["จัดซื้อจัดจ้าง", "กำหนดคุณลักษณะเอื้อผู้ขาย", "ปานกลาง", "ตรวจสอบ TOR โดยคณะกรรมการ"]])
page("/content/integrity/o36.html", "การประเมินความเสี่ยงการทุจริตประจำปี",
     '<p><a href="../../uploads/2565/การประเมินความเสี่ยงการทุจริต ประจำปี 2564.PDF">การประเมินความเสี่ยงการทุจริต</a></p>')
make_pdf(up("ผลการดำเนินการจัดการความเสี่ยงการทุจริต 2565.PDF"), ["รายงานการดำเนินการเพื่อจัดการความเสี่ยงการทุจริต", "ปีงบประมาณ ๒๕๖๕ (ต.ค. ๒๕๖๔ - ก.พ. ๒๕๖๕)"],
         ["ดำเนินมาตรการควบคุมในกระบวนงานออกใบอนุญาตก่อสร้างและการจัดซื้อจัดจ้าง ไม่พบเหตุการณ์ทุจริต"])
page("/content/integrity/o37.html", "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต",
     '<p><a href="../../uploads/2565/ผลการดำเนินการจัดการความเสี่ยงการทุจริต 2565.PDF">รายงานการดำเนินการจัดการความเสี่ยง ปี ๒๕๖๕</a></p>')
page("/content/integrity/o38.html", "การเสริมสร้างวัฒนธรรมองค์กร",
     ul([(NEWS[3][2] + " (" + NEWS[3][1] + ")", "../news/" + NEWS[3][0] + ".html"),
         (NEWS[2][2] + " (" + NEWS[2][1] + ")", "../news/" + NEWS[2][0] + ".html")]))
make_pdf(up("แผนปฏิบัติการป้องกันการทุจริต ระยะ 4 ปี 2562-2565.PDF"), ["แผนปฏิบัติการป้องกันการทุจริต ระยะ ๔ ปี", "(พ.ศ. ๒๕๖๒ - ๒๕๖๕) สำนักงานเขตลาดพร้าว"],
         ["แผนระยะ ๔ ปี ตามยุทธศาสตร์ชาติว่าด้วยการป้องกันและปราบปรามการทุจริต ระยะที่ ๓",
          "มิติที่ ๑ สร้างสังคมที่ไม่ทนต่อการทุจริต มิติที่ ๒ การบริหารราชการเพื่อป้องกันการทุจริต มิติที่ ๓ การส่งเสริมบทบาทภาคประชาชน"],
         table=[["มิติ", "โครงการ", "ระยะเวลา"], ["๑", "ปลูกจิตสำนึกบุคลากร", "๒๕๖๒-๒๕๖๕"], ["๒", "เปิดเผยข้อมูลการจัดซื้อจัดจ้าง", "๒๕๖๒-๒๕๖๕"],
                ["๓", "เครือข่ายเฝ้าระวังการทุจริตในชุมชน", "๒๕๖๒-๒๕๖๕"]])
page("/content/integrity/o39.html", "แผนปฏิบัติการป้องกันการทุจริต",
     '<p><a href="../../uploads/2565/แผนปฏิบัติการป้องกันการทุจริต ระยะ 4 ปี 2562-2565.PDF">แผนปฏิบัติการป้องกันการทุจริต ระยะ ๔ ปี (พ.ศ. ๒๕๖๒ - ๒๕๖๕)</a></p>')
make_pdf(up("รายงานการกำกับติดตามการป้องกันการทุจริต ต.ค.64-ก.พ.65.PDF"), ["รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต", "ปีงบประมาณ ๒๕๖๕ (ตุลาคม ๒๕๖๔ - กุมภาพันธ์ ๒๕๖๕)"],
         ["ดำเนินโครงการแล้ว ๕ โครงการ จาก ๘ โครงการ งบประมาณเบิกจ่าย ๔๕,๐๐๐ บาท"])
page("/content/integrity/o40.html", "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต",
     '<p><a href="../../uploads/2565/รายงานการกำกับติดตามการป้องกันการทุจริต ต.ค.64-ก.พ.65.PDF">รายงานความก้าวหน้า ต.ค. ๖๔ - ก.พ. ๖๕</a></p>')
make_pdf(up("รายงานผลการดำเนินการป้องกันการทุจริต ประจำปี 2564.PDF"), ["รายงานผลการดำเนินการป้องกันการทุจริตประจำปี", "ปีงบประมาณ พ.ศ. ๒๕๖๔ สำนักงานเขตลาดพร้าว"],
         ["ดำเนินโครงการครบ ๘ โครงการ ผู้เข้าร่วม ๖๒๐ คน", "ปัญหาอุปสรรค: จัดกิจกรรมรวมกลุ่มไม่ได้ในช่วงโควิด-๑๙ ข้อเสนอแนะ: ใช้สื่อออนไลน์"])
page("/content/integrity/o41.html", "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี",
     '<p><a href="../../uploads/2565/รายงานผลการดำเนินการป้องกันการทุจริต ประจำปี 2564.PDF">รายงานผลการดำเนินการป้องกันการทุจริต ประจำปี ๒๕๖๔</a></p>')
write(os.path.join(SITE, "content/anticorruption/report-2564.html"), """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta http-equiv="refresh" content="0; URL='../integrity/o41.html'">
<title>กำลังเปลี่ยนหน้า...</title></head>
<body style="font-family:Tahoma"><p>กำลังนำท่านไปยังหน้าใหม่ กรุณารอสักครู่...</p></body></html>
""")
page("/content/integrity/o42.html", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
     '<p style="text-align:center;color:#999;font-size:18px">อยู่ระหว่างดำเนินการ</p>')
make_pdf(up("รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส 2565.PDF"),
         ["รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "ปีงบประมาณ ๒๕๖๕ (ต.ค. ๒๕๖๔ - ก.พ. ๒๕๖๕)"],
         ["มาตรการเปิดเผยข้อมูล: ปรับปรุงเว็บไซต์ใหม่และตรวจสอบข้อมูลรายเดือน ดำเนินการแล้ว",
          "มาตรการป้องกันการรับสินบน: ประกาศ No Gift Policy แล้ว", "มาตรการการใช้ทรัพย์สินของราชการ: ทบทวนระเบียบการยืมครุภัณฑ์แล้ว"])
page("/content/integrity/o43.html", "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
     '<p><a href="../../uploads/2565/รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส 2565.PDF">รายงานผลการดำเนินการตามมาตรการ ปี ๒๕๖๕</a></p>')

page("/content/index.html", "หมวดหมู่เนื้อหา", ul([
    ("เกี่ยวกับเขต", "about/index.html"), ("ข่าวประชาสัมพันธ์", "news/index.html"), ("แผนงาน", "plan/action-plan.html"),
    ("คู่มือประชาชน", "manual/citizen.html"), ("การจัดซื้อจัดจ้าง", "procurement/monthly.html"),
    ("การบริหารทรัพยากรบุคคล", "hr/index.html"), ("ร้องเรียนการทุจริต", "complaint/channel.html")]))

# ---------------------------------------------------------------- old-CMS redirects
for old, new in [("/main/about.html", "/content/about/index.html"), ("/main/executive.html", "/content/about/executives.html"),
                 ("/main/news.html", "/content/news/index.html"), ("/main/ita.html", "/ita/2565/index.html"),
                 ("/ewt/latphrao/oit/o10.html", "/content/plan/action-plan.html"),
                 ("/ewt/latphrao/oit/o14.html", "/content/manual/citizen.html"),
                 ("/ewt/latphrao/oit/o18.html", "/content/budget/plan.html"),
                 ("/ewt/latphrao/oit/o21.html", "/uploads/2565/แผนการจัดซื้อจัดจ้าง ประจำปี 2565.PDF"),
                 ("/ewt/latphrao/oit/o27.html", "/content/hr/index.html"),
                 ("/ewt/latphrao/oit/o30.html", "/content/complaint/channel.html"),
                 ("/webboard/index.php", "/")]:
    redirect(old, new)

# ---------------------------------------------------------------- OIT page (base href="/content/")
OIT = [
    ("O1", "โครงสร้างหน่วยงาน", "about/structure.html"),
    ("O2", "ข้อมูลผู้บริหาร", "/main/executive.html"),
    ("O3", "อำนาจหน้าที่", "about/authority.html"),
    ("O4", "แผนยุทธศาสตร์/แผนพัฒนาเขต", "../uploads/2565/แผนพัฒนาเขตลาดพร้าว ระยะ 4 ปี 2562-2565.PDF"),
    ("O5", "ข้อมูลการติดต่อ", "contact.html"),
    ("O6", "กฎหมายที่เกี่ยวข้อง", "about/laws.html"),
    ("O7", "ข่าวประชาสัมพันธ์", "/main/news.html"),
    ("O8", "Q&amp;A ถาม-ตอบ", "/webboard/index.php"),
    ("O9", "Social Network", "contact.html#social"),
    ("O10", "แผนปฏิบัติราชการประจำปี", "/ewt/latphrao/oit/o10.html"),
    ("O11", "รายงานการกำกับติดตามการดำเนินงาน", "plan/progress.html"),
    ("O12", "รายงานผลการดำเนินงานประจำปี", "plan/annual-report.html"),
    ("O13", "คู่มือหรือมาตรฐานการปฏิบัติงาน", "manual/staff.html"),
    ("O14", "คู่มือหรือมาตรฐานการให้บริการ", "/ewt/latphrao/oit/o14.html"),
    ("O15", "ข้อมูลเชิงสถิติการให้บริการ", "service/statistics.html"),
    ("O16", "ผลสำรวจความพึงพอใจการให้บริการ", "service/satisfaction.html"),
    ("O17", "E-Service", "service/eservice.html"),
    ("O18", "แผนการใช้จ่ายงบประมาณประจำปี", "/ewt/latphrao/oit/o18.html"),
    ("O19", "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ", "/main/budget_report_6m.html"),
    ("O20", "รายงานผลการใช้จ่ายงบประมาณประจำปี", "budget/annual.html"),
    ("O21", "แผนการจัดซื้อจัดจ้าง", "/ewt/latphrao/oit/o21.html"),
    ("O22", "ประกาศการจัดซื้อจัดจ้าง", "procurement/announce.html"),
    ("O23", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", "procurement/monthly.html"),
    ("O24", "รายงานผลการจัดซื้อจัดจ้างประจำปี", "procurement/annual.html"),
    ("O25", "นโยบายการบริหารทรัพยากรบุคคล", "../uploads/2565/นโยบายการบริหารทรัพยากรบุคคล 2565.PDF"),
    ("O26", "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล", "../uploads/2565/การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล 2565.PDF"),
    ("O27", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "/ewt/latphrao/oit/o27.html"),
    ("O28", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", "hr/index.html"),
    ("O29", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", "complaint/guideline.html"),
    ("O30", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", "/ewt/latphrao/oit/o30.html"),
    ("O31", "สถิติเรื่องร้องเรียนการทุจริต", "complaint/statistics.html"),
    ("O32", "ช่องทางการรับฟังความคิดเห็น", "participation/opinion.html"),
    ("O33", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", "participation/involve.html"),
    ("O34", "เจตจำนงสุจริตของผู้บริหาร", "integrity/o34.html"),
    ("O35", "การมีส่วนร่วมของผู้บริหาร", "integrity/o35.html"),
    ("O36", "การประเมินความเสี่ยงการทุจริตประจำปี", "integrity/o36.html"),
    ("O37", "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต", "integrity/o37.html"),
    ("O38", "การเสริมสร้างวัฒนธรรมองค์กร", "integrity/o38.html"),
    ("O39", "แผนปฏิบัติการป้องกันการทุจริตประจำปี", "integrity/o39.html"),
    ("O40", "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต", "integrity/o40.html"),
    ("O41", "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี", "anticorruption/report-2564.html"),
    ("O42", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "integrity/o42.html"),
    ("O43", "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส", "integrity/o43.html"),
]
rows = ""
for code, t, u in OIT:
    cc = code if int(code[1:]) % 3 else "O" + th(code[1:])
    rows += '<tr><td>%s</td><td>%s</td><td><a href="%s">รายละเอียด</a></td></tr>' % (cc, t, u)
page("/ita/2565/index.html", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ ๒๕๖๕",
     '<p>ข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ของสำนักงานเขตลาดพร้าว</p>'
     '<table class="t"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>%s</table>' % rows, base="/content/")

# ---------------------------------------------------------------- home
page("/index.html", "หน้าแรก", """
<p><a href="/main/ita.html"><img src="/assets/img/banner_ita65.PNG" alt="ITA 2565" width="600"></a></p>
<h3>ข่าวล่าสุด</h3>%s
<h3>บริการ</h3><ul><li><a href="/content/service/eservice.html">E-Service</a></li>
<li><a href="/content/manual/citizen.html">คู่มือประชาชน</a></li>
<li><a href="/content/procurement/monthly.html">ข้อมูลการจัดซื้อจัดจ้าง</a></li></ul>
<p><a href="https://www.facebook.com/latphraodistrictoffice">Facebook สำนักงานเขตลาดพร้าว</a> | <a href="https://line.me/R/ti/p/@latphrao">LINE @latphrao</a></p>
""" % ul([(t + " (" + dt + ")", "/content/news/%s.html" % s) for s, dt, t, b in NEWS]))
make_png_text(os.path.join(SITE, "assets/img/banner_ita65.PNG"), ["##ITA ๒๕๖๕", ">>การเปิดเผยข้อมูลสาธารณะ OIT"], width=900, size=30)

# ---------------------------------------------------------------- meta + self-check
meta = {
    "framework": "bma-2564", "as_of": "2022-03-10", "start": "/",
    "name_th": "สำนักงานเขตลาดพร้าว",
    "style": ("A district site that moved to a new CMS on 1 Dec 2564: menu and OIT-page links still point at old paths "
              "(/main/*.html, /ewt/latphrao/oit/*.html) that 302-redirect to new /content/... pages or straight to documents; "
              "the OIT page and procurement pages carry <base href=\"/content/\"> so relative links resolve under /content/; "
              "other pages use ../ and ../../ links; documents have Thai file names with spaces written unencoded in href and "
              "uppercase extensions (.PDF, .XLSX, .DOCX, .PNG); monthly procurement summaries come from /download.php?file=N "
              "answering application/octet-stream with the real name only in Content-Disposition (one with filename*=UTF-8''); "
              "O41 goes through a meta-refresh page; O19's old link is a redirect chain ending in 404; the old Q&A webboard link "
              "(O8) redirects to the home page (soft 404). Traps: O42 placeholder with full title; O34 declaration signed by the "
              "previous director; O36 FY2564 risk assessment; O12 only 2563/2562 annual reports; O39 only a 4-year plan."),
    "author": "blind", "set": "held-out-5",
    "server": {"redirects": REDIRECTS, "files": FILES},
}
with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, ensure_ascii=False, indent=1)

from urllib.parse import urljoin, urlsplit, unquote
import glob
INTENDED = {"/content/budget/2565/report-6m.html"}


def resolve(raw, hops=0):
    sp = urlsplit(raw)
    key = sp.path + ("?" + sp.query if sp.query else "")
    if key in FILES:
        return os.path.isfile(os.path.join(SITE, FILES[key]["file"]))
    if unquote(sp.path) in REDIRECTS or sp.path in REDIRECTS:
        tgt = REDIRECTS.get(sp.path) or REDIRECTS.get(unquote(sp.path))
        return resolve(tgt, hops + 1) if hops < 5 else False
    p = unquote(sp.path)
    if p.endswith("/"):
        p += "index.html"
    if p in INTENDED:
        return "dead-intended"
    return os.path.isfile(os.path.join(SITE, p.lstrip("/")))


bad = []
for f in glob.glob(os.path.join(SITE, "**/*.html"), recursive=True):
    txt = open(f, encoding="utf-8").read()
    page_url = "http://x/" + os.path.relpath(f, SITE)
    m = re.search(r'<base href="([^"]+)"', txt)
    base = urljoin(page_url, m.group(1)) if m else page_url
    for m in re.finditer(r'(?:href|src|data)="([^"]+)"', txt):
        u = _html.unescape(m.group(1))
        if u.startswith(("http", "mailto", "javascript")) or u.startswith("#"):
            continue
        full = urljoin(base, quote(u, safe="/:?=&#%.-_~"))
        r = resolve(full)
        if r is not True:
            bad.append((os.path.relpath(f, SITE), u, r))
    m = re.search(r"URL='([^']+)'", txt)
    if m and not resolve(urljoin(page_url, m.group(1))):
        bad.append((f, "meta-refresh", m.group(1)))
for x in sorted(set(bad)):
    print("link:", x)
n = sum(len(fs) for _, _, fs in os.walk(SITE))
sz = sum(os.path.getsize(os.path.join(dp, x)) for dp, _, fs in os.walk(SITE) for x in fs)
print("files:", n, "bytes:", sz, "redirects:", len(REDIRECTS), "mapped:", len(FILES))
