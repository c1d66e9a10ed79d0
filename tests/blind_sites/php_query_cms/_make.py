#!/usr/bin/env python3
# Generates site/ and meta.json for the php_query_cms fixture (สำนักงานเขตบางเขน, bma-2567, as_of 2025-06-20).
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

# ================================================================= site: php_query_cms
# สำนักงานเขตบางเขน - old PHP CMS, every page is a query string.
HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
if os.path.isdir(SITE):
    shutil.rmtree(SITE)
os.makedirs(SITE)

SID = "PHPSESSID=3b9f0c1e7a5d42e8b1c6a0f9d2e4b7c1"
DISTRICT = "สำนักงานเขตบางเขน"
FILES = {}          # raw url (with query) -> {"file":..., "headers":...}
HTML_HDR = {"Content-Type": "text/html; charset=utf-8"}


def route(url, rel, headers=None):
    assert url.startswith("/")
    e = {"file": rel}
    if headers:
        e["headers"] = headers
    FILES[url] = e


def art(i, cat):
    return "index.php?option=com_content&view=article&id=%d&catid=%d" % (i, cat)


def dl(cat, page, sort=None):
    u = "index.php?mod=download&cat=%d&page=%d" % (cat, page)
    if sort:
        u += "&sort=" + sort
    return u


DOCS = {}  # doc_id -> rel


def doc(doc_id, rel):
    DOCS[doc_id] = rel
    route("/showdoc.php?doc_id=%d" % doc_id, rel,
          {"Content-Type": "application/pdf" if rel.endswith(".pdf") else
           "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
           "Content-Disposition": 'inline; filename="%s"' % os.path.basename(rel)})
    return "showdoc.php?doc_id=%d" % doc_id


TODAY = "วันศุกร์ที่ ๒๐ มิถุนายน ๒๕๖๘"

MENU = [
    ("หน้าแรก", "index.php"),
    ("ข้อมูลสำนักงานเขต", art(101, 2)),
    ("ข่าวประชาสัมพันธ์", "index.php?mod=news&page=1"),
    ("ดาวน์โหลดเอกสาร", dl(4, 1) + "&" + SID),
    ("ITA / OIT", "index.php?option=com_content&view=category&id=9&" + SID),
    ("บริการออนไลน์", art(130, 3)),
    ("ติดต่อเรา", art(104, 2) + "&" + SID),
]
LEFT = [
    ("ประวัติและข้อมูลพื้นฐาน", art(101, 2)),
    ("โครงสร้าง / ผู้บริหาร", art(102, 2)),
    ("อำนาจหน้าที่", art(103, 2)),
    ("คู่มือสำหรับประชาชน", dl(5, 1)),
    ("คู่มือการปฏิบัติงาน", dl(4, 1)),
    ("ร้องเรียน / แจ้งเบาะแส", art(151, 7) + "&" + SID),
    ("การจัดซื้อจัดจ้าง", art(142, 6)),
    ("โรงเรียนในสังกัด", art(111, 2)),
]


def layout(title, body, crumb=""):
    menu = " | ".join('<a href="%s">%s</a>' % (u, t) for t, u in MENU)
    left = "\n".join('<tr><td class="lm">&raquo; <a href="%s">%s</a></td></tr>' % (u, t) for t, u in LEFT)
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>%(title)s - %(d)s กรุงเทพมหานคร</title>
<link rel="stylesheet" href="templates/bk2009/css/template.css" type="text/css">
<style>body{font-family:Tahoma,sans-serif;font-size:13px;background:#e9eef3}td.lm{padding:3px}
.hd{background:#0a4f8f;color:#fff;padding:10px}.mn{background:#f7c600;padding:5px}.mn a{color:#222}
.box{background:#fff;border:1px solid #ccc;padding:8px}table.grid td,table.grid th{border:1px solid #999;padding:3px}</style>
</head>
<body>
<table width="990" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td colspan="3" style="font-size:11px;background:#333;color:#ddd;padding:2px 6px">
<a style="color:#ddd" href="https://www.bangkok.go.th/">กรุงเทพมหานคร</a> :: <a style="color:#ddd" href="https://webportal.bangkok.go.th/">เว็บไซต์ 50 สำนักงานเขต</a>
:: %(today)s</td></tr>
<tr><td colspan="3" class="hd"><img src="images/logo_bma.png" alt="ตรากรุงเทพมหานคร" width="60" align="left">
<b style="font-size:22px">%(d)s</b><br>Bang Khen District Office, Bangkok Metropolitan Administration</td></tr>
<tr><td colspan="3" class="mn">%(menu)s</td></tr>
<tr>
<td width="190" valign="top"><table width="100%%" class="box">
<tr><td><b>เมนูหลัก</b></td></tr>
%(left)s
</table>
<div class="box" style="margin-top:6px"><b>พยากรณ์อากาศ</b><br>กรุงเทพฯ ๓๓&deg;C ฝนฟ้าคะนองร้อยละ ๔๐ ของพื้นที่</div>
<div class="box" style="margin-top:6px"><a href="https://bangkok.traffy.in.th/"><img src="images/banner_traffy.png" alt="Traffy Fondue" width="170"></a></div>
</td>
<td valign="top" style="padding:8px">
<div style="font-size:11px;color:#666">%(crumb)s</div>
<div class="box">
<h2 style="color:#0a4f8f">%(title)s</h2>
%(body)s
</div>
</td>
<td width="160" valign="top"><div class="box"><b>ลิงก์หน่วยงาน</b><br>
<a href="https://www.bangkok.go.th/">กรุงเทพมหานคร</a><br>
<a href="https://www.bangkok.go.th/ocsc">สำนักงาน ก.ก.</a><br>
<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a><br>
<a href="https://www.gprocurement.go.th/">ระบบ e-GP</a></div>
<div class="box" style="margin-top:6px"><b>สถิติผู้เข้าชม</b><br>วันนี้ ๓๔๒<br>เดือนนี้ ๘,๑๑๕<br>ทั้งหมด ๑,๒๔๗,๐๓๓</div>
</td></tr>
<tr><td colspan="3" style="background:#0a4f8f;color:#fff;padding:8px;font-size:11px">
%(d)s เลขที่ ๑ ถนนพหลโยธิน แขวงอนุสาวรีย์ เขตบางเขน กรุงเทพมหานคร ๑๐๒๒๐ โทร. ๐ ๒๕๒๑ ๐๗๒๘<br>
Copyright &copy; 2552-2568 Bang Khen District Office. Powered by Joomla! 1.5 / mod_download 2.1 &nbsp; หน้านี้สร้างเมื่อ %(today)s</td></tr>
</table>
</body></html>
""" % dict(title=title, body=body, crumb=crumb, menu=menu, left=left, d=DISTRICT, today=TODAY)


def print_layout(title, body):
    return """<html><head><meta charset="utf-8"><title>%s (พิมพ์)</title></head>
<body onload="window.print()" style="font-family:Tahoma;font-size:13px">
<p><b>%s</b> - ฉบับพิมพ์</p><h2>%s</h2>%s
<hr><small>พิมพ์จากเว็บไซต์ %s เมื่อ %s</small></body></html>""" % (title, DISTRICT, title, body, DISTRICT, TODAY)


def article(i, cat, title, body, crumb="หน้าแรก &raquo; บทความ", sid_variant=False, date=None):
    url = art(i, cat)
    rel = "store/article_%d.html" % i
    prel = "store/article_%d_print.html" % i
    meta = ""
    if date:
        meta = '<p style="font-size:11px;color:#777">เขียนโดย ผู้ดูแลระบบ &nbsp; %s</p>' % date
    tools = ('<p align="right" style="font-size:11px"><a href="%s&amp;print=1" rel="nofollow">'
             '<img src="images/printButton.png" alt="พิมพ์" border="0"> พิมพ์</a></p>' % url)
    write(os.path.join(SITE, rel), layout(title, tools + meta + body, crumb))
    write(os.path.join(SITE, prel), print_layout(title, meta + body))
    route("/" + url, rel, HTML_HDR)
    route("/" + url + "&print=1", prel, HTML_HDR)
    if sid_variant:
        route("/" + url + "&" + SID, rel, HTML_HDR)
    return url


def links_list(items):
    return "<ul>" + "".join('<li><a href="%s">%s</a></li>' % (u, t) for t, u in items) + "</ul>"


# ---------------------------------------------------------------- static bits
os.makedirs(os.path.join(SITE, "images"), exist_ok=True)
im = Image.new("RGB", (60, 60), (10, 79, 143)); ImageDraw.Draw(im).ellipse((5, 5, 55, 55), fill=(247, 198, 0))
im.save(os.path.join(SITE, "images/logo_bma.png"))
im = Image.new("RGB", (170, 60), (255, 120, 0)); ImageDraw.Draw(im).text((10, 20), "Traffy Fondue", fill=(255, 255, 255))
im.save(os.path.join(SITE, "images/banner_traffy.png"))
im = Image.new("RGB", (16, 16), (120, 120, 120)); im.save(os.path.join(SITE, "images/printButton.png"))
write(os.path.join(SITE, "templates/bk2009/css/template.css"), "body{margin:0}\n")
write(os.path.join(SITE, "pdfjs/web/viewer.html"), """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>PDF.js viewer</title><style>html,body,iframe{margin:0;width:100%;height:100%;border:0}</style></head>
<body><div id="toolbar" style="background:#474747;color:#fff;font:12px sans-serif;padding:4px">PDF.js viewer</div>
<iframe id="viewerContainer"></iframe>
<script>
var p = new URLSearchParams(location.search); var f = p.get('file');
if (f) { document.getElementById('viewerContainer').src = f; document.title = f.split('/').pop(); }
</script></body></html>
""")

# ---------------------------------------------------------------- O1 basic info
DIVS = ["ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายรายได้", "ฝ่ายโยธา",
        "ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "ฝ่ายเทศกิจ", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล",
        "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "ฝ่ายการศึกษา"]
make_png_text(os.path.join(SITE, "images/structure2568.png"),
              ["##แผนภูมิโครงสร้างสำนักงานเขตบางเขน", ">>ผู้อำนวยการเขตบางเขน",
               ">>ผู้ช่วยผู้อำนวยการเขต (๒ อัตรา)"] + [">>" + d for d in DIVS] +
              [">>(ข้อมูล ณ วันที่ ๑ มิถุนายน ๒๕๖๘)"])
EXEC = [
    ("นายประพันธ์ ศรีวิเศษ", "ผู้อำนวยการเขตบางเขน", "๐ ๒๕๒๑ ๐๗๒๘ ต่อ ๖๐๐๑", "bangkhen.dir@bangkok.go.th"),
    ("นางสาวกมลวรรณ ทองประเสริฐ", "ผู้ช่วยผู้อำนวยการเขตบางเขน", "๐ ๒๕๒๑ ๐๗๒๘ ต่อ ๖๐๐๒", "bangkhen.ast1@bangkok.go.th"),
    ("นายธนกร วงศ์สวัสดิ์", "ผู้ช่วยผู้อำนวยการเขตบางเขน", "๐ ๒๕๒๑ ๐๗๒๘ ต่อ ๖๐๐๓", "bangkhen.ast2@bangkok.go.th"),
]
rows = ""
for k, (n, p, t, e) in enumerate(EXEC):
    make_photo(os.path.join(SITE, "images/exec/exec%d.jpg" % (k + 1)), "", k)
    rows += ('<tr><td><img src="images/exec/exec%d.jpg" width="100" alt="%s"></td><td><b>%s</b><br>%s<br>'
             'โทร. %s<br>อีเมล %s</td></tr>' % (k + 1, n, n, p, t, e))
heads = ""
for k, dv in enumerate(DIVS):
    heads += "<tr><td>%s</td><td>หัวหน้า%s</td><td>๐ ๒๕๒๑ ๐๗๒๘ ต่อ %s</td></tr>" % (th(k + 1), dv, th(6010 + k))

a101 = article(101, 2, "ข้อมูลพื้นฐานของสำนักงานเขตบางเขน", """
<p>เขตบางเขนตั้งอยู่ทางทิศเหนือของกรุงเทพมหานคร มีพื้นที่ประมาณ ๔๒.๑๒ ตารางกิโลเมตร แบ่งการปกครองออกเป็น ๒ แขวง
ได้แก่ แขวงอนุสาวรีย์ และแขวงท่าแร้ง มีประชากรตามทะเบียนราษฎร ณ เดือนพฤษภาคม ๒๕๖๘ จำนวน ๑๘๓,๙๐๔ คน ชุมชน ๖๔ ชุมชน</p>
<p>หัวข้อข้อมูลพื้นฐาน:</p>
<ul><li><a href="%s">โครงสร้างหน่วยงานและผู้บริหาร</a></li>
<li><a href="%s">อำนาจหน้าที่ของสำนักงานเขต</a></li>
<li><a href="%s">ข้อมูลการติดต่อ / แผนที่</a></li>
<li><a href="%s">กฎหมายและระเบียบที่เกี่ยวข้อง</a></li></ul>
""" % (art(102, 2), art(103, 2), art(104, 2) + "&" + SID, art(105, 2)), sid_variant=False,
    date="ปรับปรุงล่าสุด ๒ มิถุนายน ๒๕๖๘")
article(102, 2, "โครงสร้างและผู้บริหารสำนักงานเขตบางเขน", """
<p><img src="images/structure2568.png" width="560" alt="แผนภูมิโครงสร้างสำนักงานเขตบางเขน"></p>
<h3>คณะผู้บริหาร</h3><table class="grid">%s</table>
<h3>หัวหน้าฝ่าย</h3><table class="grid"><tr><th>ลำดับ</th><th>ตำแหน่ง</th><th>โทรศัพท์</th></tr>%s</table>
""" % (rows, heads), date="ปรับปรุงล่าสุด ๒ มิถุนายน ๒๕๖๘")
article(103, 2, "อำนาจหน้าที่ของสำนักงานเขต", """
<p>ตามประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการและการกำหนดอำนาจหน้าที่ของส่วนราชการในสำนักงานเขต
สำนักงานเขตมีอำนาจหน้าที่เกี่ยวกับการปกครอง การทะเบียนราษฎร การจัดเก็บรายได้ การโยธา การรักษาความสะอาด
การเทศกิจ การสาธารณสุขและสิ่งแวดล้อม การพัฒนาชุมชนและสวัสดิการสังคม และการศึกษาในพื้นที่ โดยมีรายละเอียดแยกตามฝ่ายดังนี้</p>
<ol>%s</ol>""" % "".join("<li>%s : ปฏิบัติงานตามภารกิจของ%sตามที่กรุงเทพมหานครกำหนด</li>" % (d, d) for d in DIVS))
article(104, 2, "ติดต่อสำนักงานเขตบางเขน", """
<p>ที่อยู่ : เลขที่ ๑ ถนนพหลโยธิน แขวงอนุสาวรีย์ เขตบางเขน กรุงเทพมหานคร ๑๐๒๒๐</p>
<p>โทรศัพท์ : ๐ ๒๕๒๑ ๐๗๒๘ , ๐ ๒๕๒๑ ๑๐๙๙ &nbsp; โทรสาร : ๐ ๒๕๒๑ ๐๗๒๙</p>
<p>อีเมล : bangkhen@bangkok.go.th &nbsp; Facebook : สำนักงานเขตบางเขน</p>
<p>เวลาทำการ : วันจันทร์ - วันศุกร์ เวลา ๐๘.๓๐ - ๑๖.๓๐ น. (งานทะเบียนเปิดวันเสาร์ ๐๘.๓๐ - ๑๒.๐๐ น.)</p>
<p><img src="images/map_bangkhen.png" width="400" alt="แผนที่ตั้งสำนักงานเขตบางเขน"><br>
<a href="https://maps.google.com/?q=Bang+Khen+District+Office">ดูแผนที่ Google Maps</a></p>""", sid_variant=True)
route("/" + art(104, 2) + "&" + SID, "store/article_104.html", HTML_HDR)
make_png_text(os.path.join(SITE, "images/map_bangkhen.png"),
              ["##แผนที่ตั้ง", ">>ถนนพหลโยธิน  ------  [ สำนักงานเขตบางเขน ]  ------  วงเวียนบางเขน",
               ">>BTS สถานีบางบัว  /  ตลาดยิ่งเจริญ"], width=900, size=24)
d_law = doc(12, "files/law/law_list_2568.pdf")
make_pdf(os.path.join(SITE, DOCS[12]), "กฎหมายและระเบียบที่เกี่ยวข้องกับการปฏิบัติงานของสำนักงานเขต",
         ["พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘ และที่แก้ไขเพิ่มเติม",
          "พระราชบัญญัติการทะเบียนราษฎร พ.ศ. ๒๕๓๔ และที่แก้ไขเพิ่มเติม",
          "พระราชบัญญัติควบคุมอาคาร พ.ศ. ๒๕๒๒ และที่แก้ไขเพิ่มเติม",
          "พระราชบัญญัติการสาธารณสุข พ.ศ. ๒๕๓๕ และที่แก้ไขเพิ่มเติม",
          "พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒",
          "พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐"])
article(105, 2, "กฎหมายที่เกี่ยวข้อง", '<p>รวบรวมกฎหมายหลักที่ใช้ในการปฏิบัติงาน <a href="%s">ดาวน์โหลด (PDF)</a></p>' % d_law)

# ---------------------------------------------------------------- O2 governor policy
d = doc(20, "files/policy/governor_policy_9dee.pdf")
make_pdf(os.path.join(SITE, DOCS[20]), ["นโยบายผู้ว่าราชการกรุงเทพมหานคร", "(นายชัชชาติ สิทธิพันธุ์)"],
         ["นโยบาย ๙ ดี ได้แก่ ปลอดภัยดี เดินทางดี สิ่งแวดล้อมดี สุขภาพดี เรียนดี เศรษฐกิจดี สังคมดี โครงสร้างดี และบริหารจัดการดี",
          "สำนักงานเขตบางเขนได้นำนโยบายดังกล่าวมาจัดทำแผนปฏิบัติราชการของสำนักงานเขต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ เพื่อขับเคลื่อนในพื้นที่"])
d2 = doc(21, "files/policy/bma_plan_2568.pdf")
make_pdf(os.path.join(SITE, DOCS[21]), "แผนปฏิบัติราชการกรุงเทพมหานคร ประจำปี พ.ศ. ๒๕๖๘",
         ["แผนปฏิบัติราชการกรุงเทพมหานครประจำปี พ.ศ. ๒๕๖๘ จัดทำขึ้นภายใต้แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๓ (พ.ศ. ๒๕๖๖ - ๒๕๗๐)",
          "ประกอบด้วยยุทธศาสตร์ ๗ ด้าน ได้แก่ มหานครปลอดภัย มหานครสีเขียว มหานครสำหรับทุกคน มหานครกระชับ มหานครประชาธิปไตย มหานครแห่งเศรษฐกิจและการเรียนรู้ และการบริหารจัดการเมืองมหานคร"])
article(110, 9, "นโยบายผู้ว่าราชการกรุงเทพมหานคร และแผนพัฒนากรุงเทพมหานคร", links_list([
    ("นโยบายผู้ว่าราชการกรุงเทพมหานคร (นโยบาย ๙ ดี)", d),
    ("แผนปฏิบัติราชการกรุงเทพมหานคร ประจำปี พ.ศ. ๒๕๖๘", d2),
    ("แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี (เว็บไซต์สำนักยุทธศาสตร์และประเมินผล)", "https://www.bangkok.go.th/pipd")]),
    date="๑๕ ตุลาคม ๒๕๖๗")

# ---------------------------------------------------------------- O3 schools
SCHOOLS = [("โรงเรียนวัดบางบัว", "ถนนพหลโยธิน แขวงอนุสาวรีย์", "๐ ๒๕๒๑ ๑๓๔๕", "๘๑๒"),
           ("โรงเรียนประชาภิบาล", "ซอยพหลโยธิน ๔๘ แขวงอนุสาวรีย์", "๐ ๒๕๒๑ ๐๕๗๒", "๕๓๔"),
           ("โรงเรียนวัดไผ่เขียว", "ถนนรามอินทรา แขวงท่าแร้ง", "๐ ๒๕๒๒ ๑๐๑๗", "๖๐๖"),
           ("โรงเรียนคลองบางบัว", "ซอยเทพรักษ์ แขวงท่าแร้ง", "๐ ๒๕๒๓ ๘๔๑๙", "๓๘๒"),
           ("โรงเรียนวัดบางเขนใหม่", "ถนนรามอินทรา แขวงอนุสาวรีย์", "๐ ๒๕๒๑ ๒๒๖๐", "๙๔๕"),
           ("โรงเรียนท่าแร้งราษฎร์บำรุง", "ถนนสุขาภิบาล ๕ แขวงท่าแร้ง", "๐ ๒๕๔๗ ๐๐๓๘", "๔๔๑")]
article(111, 2, "โรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขตบางเขน",
        "<p>ฝ่ายการศึกษา สำนักงานเขตบางเขน ดูแลโรงเรียนสังกัดกรุงเทพมหานคร จำนวน ๖ โรงเรียน (ปีการศึกษา ๒๕๖๘)</p>"
        '<table class="grid"><tr><th>ลำดับ</th><th>ชื่อโรงเรียน</th><th>ที่ตั้ง</th><th>โทรศัพท์</th><th>จำนวนนักเรียน</th></tr>' +
        "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % ((th(i + 1),) + s) for i, s in enumerate(SCHOOLS)) +
        "</table><p>ข้อมูล ณ วันที่ ๑๐ มิถุนายน ๒๕๖๘</p>")

# ---------------------------------------------------------------- O4 news & performance PR
NEWS = [
    (301, "๑๘ มิ.ย. ๒๕๖๘", "เขตบางเขนลงพื้นที่ขุดลอกคูคลองบางบัว เตรียมรับมือฤดูฝน",
     "ฝ่ายโยธาและฝ่ายรักษาความสะอาดฯ ร่วมกันขุดลอกและเก็บขยะในคลองบางบัว ความยาว ๒.๔ กิโลเมตร ผลการดำเนินงานแล้วเสร็จร้อยละ ๘๐"),
    (302, "๑๒ มิ.ย. ๒๕๖๘", "ตรวจสุขลักษณะร้านอาหารริมทางย่านตลาดยิ่งเจริญ",
     "ฝ่ายสิ่งแวดล้อมและสุขาภิบาลตรวจร้านอาหารจำนวน ๔๖ ร้าน ผ่านเกณฑ์ ๔๑ ร้าน และให้คำแนะนำปรับปรุง ๕ ร้าน"),
    (303, "๓ มิ.ย. ๒๕๖๘", "สรุปผลการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้างรอบแรก",
     "ประชาสัมพันธ์ให้ผู้เสียภาษีชำระภาษีภายในกำหนด ผ่านแอปพลิเคชันธนาคารหรือช่องทางออนไลน์"),
    (304, "๒๘ พ.ค. ๒๕๖๘", "ปลูกต้นไม้ล้านต้น ในสวน ๑๕ นาที ซอยพหลโยธิน ๕๒",
     "สำนักงานเขตร่วมกับชุมชนปลูกต้นไม้ยืนต้น ๓๕๐ ต้น ตามนโยบายสิ่งแวดล้อมดี"),
    (305, "๒๐ พ.ค. ๒๕๖๘", "จัดระเบียบหาบเร่แผงลอยหน้ามหาวิทยาลัย",
     "ฝ่ายเทศกิจจัดระเบียบผู้ค้าบริเวณทางเท้าถนนพหลโยธิน คืนทางเท้าให้ประชาชน"),
    (306, "๙ พ.ค. ๒๕๖๘", "ประชุมคณะกรรมการชุมชน ครั้งที่ ๓/๒๕๖๘", "ชี้แจงโครงการเงินอุดหนุนชุมชนและการป้องกันยาเสพติด"),
    (307, "๒๕ เม.ย. ๒๕๖๘", "ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าฟรีในชุมชน", "ให้บริการฉีดวัคซีนสุนัขและแมวจำนวน ๔๑๒ ตัว"),
    (308, "๑๑ เม.ย. ๒๕๖๘", "อำนวยความสะดวกช่วงเทศกาลสงกรานต์", "ตั้งจุดบริการประชาชนและดูแลความปลอดภัย ๓ จุด"),
]
for nid, dt, t, b in NEWS:
    article(nid, 12, t, "<p>%s</p><p>%s</p><p>ภาพ/ข่าว : กลุ่มงานประชาสัมพันธ์ ฝ่ายปกครอง</p>" % (b, b[:40] + "..."),
            crumb="หน้าแรก &raquo; ข่าวประชาสัมพันธ์", date=dt)


def news_list(page, sort=None):
    items = NEWS[:]
    if sort == "title":
        items.sort(key=lambda x: x[2])
    per = 5
    chunk = items[(page - 1) * per: page * per]
    body = ('<p style="font-size:11px">เรียงตาม: <a href="index.php?mod=news&page=1&sort=date_desc">วันที่ล่าสุด</a> | '
            '<a href="index.php?mod=news&page=1&sort=title">ชื่อเรื่อง</a></p><table class="grid" width="100%">')
    for nid, dt, t, b in chunk:
        body += '<tr><td width="110">%s</td><td><a href="%s">%s</a></td></tr>' % (dt, art(nid, 12), t)
    body += "</table><p>"
    if page > 1:
        body += '<a href="index.php?mod=news&page=%d">&laquo; ก่อนหน้า</a> ' % (page - 1)
    if page * per < len(items):
        body += '<a href="index.php?mod=news&page=%d">ถัดไป &raquo;</a>' % (page + 1)
    body += "</p>"
    rel = "store/news_p%d%s.html" % (page, "_" + sort if sort else "")
    write(os.path.join(SITE, rel), layout("ข่าวประชาสัมพันธ์", body, "หน้าแรก &raquo; ข่าวประชาสัมพันธ์"))
    u = "/index.php?mod=news&page=%d" % page + ("&sort=" + sort if sort else "")
    route(u, rel, HTML_HDR)


news_list(1); news_list(2); news_list(1, "title"); news_list(1, "date_desc")
make_png_text(os.path.join(SITE, "images/info_6m_2568.png"),
              ["##ผลการดำเนินงานสำนักงานเขตบางเขน รอบ ๖ เดือน", ">>(ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘)",
               "• ขุดลอกคูคลอง ๑๒ สาย ความยาวรวม ๑๘.๕ กม.", "• ซ่อมแซมทางเท้า ๔,๒๐๐ ตร.ม.",
               "• ปลูกต้นไม้ ๓,๑๐๐ ต้น", "• ให้บริการทะเบียนราษฎร ๒๑,๔๐๗ ราย",
               "• แก้ไขเรื่องร้องเรียนผ่าน Traffy Fondue ร้อยละ ๙๒.๓"], size=26)
article(112, 9, "ประชาสัมพันธ์ผลการดำเนินงานของสำนักงานเขตบางเขน", """
<p>สำนักงานเขตบางเขนเผยแพร่ผลการดำเนินงานให้ประชาชนทราบอย่างต่อเนื่องผ่านเว็บไซต์และเพจ Facebook</p>
<p><img src="images/info_6m_2568.png" width="520" alt="ผลการดำเนินงาน รอบ ๖ เดือน ปีงบประมาณ ๒๕๖๘"></p>
<p>ข่าวผลการดำเนินงานล่าสุด:</p>%s<p><a href="index.php?mod=news&page=1">ข่าวทั้งหมด</a></p>
""" % links_list([(t + " (" + dt + ")", art(n, 12)) for n, dt, t, b in NEWS[:4]]), date="๑๘ มิถุนายน ๒๕๖๘")

# ---------------------------------------------------------------- O5 plan + annual report
d1 = doc(30, "files/plan/action_plan_2568.pdf")
make_pdf(os.path.join(SITE, DOCS[30]), ["แผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๘", "สำนักงานเขตบางเขน"],
         ["แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (๑ ตุลาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๖๘) จัดทำให้สอดคล้องกับนโยบายผู้ว่าราชการกรุงเทพมหานครและแผนพัฒนากรุงเทพมหานคร",
          "ประกอบด้วยโครงการ/กิจกรรม จำนวน ๔๒ โครงการ งบประมาณรวม ๘๗,๔๕๐,๐๐๐ บาท"],
         table=[["ยุทธศาสตร์", "โครงการ/กิจกรรม", "ตัวชี้วัด", "งบประมาณ (บาท)", "ผู้รับผิดชอบ"],
                ["มหานครปลอดภัย", "ขุดลอกคูคลองและท่อระบายน้ำ", "ร้อยละ ๑๐๐ ของคลองเป้าหมาย", "๑๒,๕๐๐,๐๐๐", "ฝ่ายโยธา"],
                ["มหานครสีเขียว", "ปลูกต้นไม้ล้านต้น", "๕,๐๐๐ ต้น", "๘๕๐,๐๐๐", "ฝ่ายรักษาความสะอาดฯ"],
                ["มหานครสำหรับทุกคน", "ส่งเสริมสุขภาพผู้สูงอายุในชุมชน", "๖๔ ชุมชน", "๑,๒๐๐,๐๐๐", "ฝ่ายพัฒนาชุมชนฯ"],
                ["การบริหารจัดการ", "พัฒนาการให้บริการด้วยระบบดิจิทัล", "ความพึงพอใจร้อยละ ๘๕", "๔๕๐,๐๐๐", "ฝ่ายปกครอง"]],
         col_widths=[30 * mm, 50 * mm, 35 * mm, 25 * mm, 30 * mm])
d2 = doc(31, "files/plan/annual_report_2567.pdf")
make_pdf(os.path.join(SITE, DOCS[31]), ["รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "สำนักงานเขตบางเขน"],
         ["รายงานผลการดำเนินงานตามแผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๗ (ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗)",
          "ดำเนินการแล้วเสร็จ ๓๗ โครงการ จาก ๔๐ โครงการ คิดเป็นร้อยละ ๙๒.๕ เบิกจ่ายงบประมาณร้อยละ ๙๔.๑๒",
          "ปัญหาอุปสรรค: การขุดลอกคลองบางส่วนล่าช้าเนื่องจากฝนตกต่อเนื่อง ข้อเสนอแนะ: วางแผนดำเนินการก่อนฤดูฝน"],
         table=[["ยุทธศาสตร์", "จำนวนโครงการ", "แล้วเสร็จ", "ร้อยละ"],
                ["มหานครปลอดภัย", "๑๒", "๑๑", "๙๑.๖๗"], ["มหานครสีเขียว", "๘", "๘", "๑๐๐"],
                ["มหานครสำหรับทุกคน", "๑๐", "๙", "๙๐"], ["การบริหารจัดการ", "๑๐", "๙", "๙๐"]])
article(120, 9, "แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี", links_list([
    ("แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๘ สำนักงานเขตบางเขน", d1),
    ("รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗", d2)]), date="๒๘ ตุลาคม ๒๕๖๗")

# ---------------------------------------------------------------- O6 manuals (download cat 4, pager trap)
MANUALS = []
for k, dv in enumerate(DIVS):
    did = 40 + k
    rel = "files/manual/work_manual_%02d.pdf" % (k + 1)
    u = doc(did, rel)
    make_pdf(os.path.join(SITE, rel), ["คู่มือการปฏิบัติงาน " + dv, "สำนักงานเขตบางเขน"],
             ["คู่มือฉบับนี้จัดทำขึ้นเพื่อให้เจ้าหน้าที่ของ%sใช้เป็นแนวทางในการปฏิบัติงานให้เป็นมาตรฐานเดียวกัน" % dv,
              "ประกอบด้วย ขอบเขตงาน ขั้นตอนการปฏิบัติงาน (Flow chart) ระยะเวลา มาตรฐานงาน แบบฟอร์ม และกฎหมายที่เกี่ยวข้อง",
              "ปรับปรุงครั้งล่าสุด เดือนพฤศจิกายน ๒๕๖๗"],
             table=[["ขั้นตอน", "รายละเอียด", "ระยะเวลา", "ผู้รับผิดชอบ"],
                    ["๑", "รับเรื่อง/ตรวจสอบเอกสาร", "๑ วัน", "เจ้าหน้าที่ " + dv],
                    ["๒", "พิจารณาดำเนินการตามระเบียบ", "๓ วัน", "หัวหน้ากลุ่มงาน"],
                    ["๓", "เสนอผู้บังคับบัญชาลงนาม", "๑ วัน", "หัวหน้า" + dv]])
    MANUALS.append(("คู่มือการปฏิบัติงาน " + dv, u, "%s พ.ย. ๒๕๖๗" % th(5 + k)))

SVC = []
svc_titles = ["คู่มือสำหรับประชาชน การแจ้งเกิด", "คู่มือสำหรับประชาชน การขอมีบัตรประจำตัวประชาชน",
              "คู่มือสำหรับประชาชน การขออนุญาตก่อสร้างอาคาร", "คู่มือสำหรับประชาชน การชำระภาษีที่ดินและสิ่งปลูกสร้าง",
              "คู่มือสำหรับประชาชน การขอใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร", "คู่มือสำหรับประชาชน การจดทะเบียนพาณิชย์"]
for k, t in enumerate(svc_titles):
    rel = "files/service/citizen_manual_%02d.pdf" % (k + 1)
    u = doc(60 + k, rel)
    make_pdf(os.path.join(SITE, rel), [t, "สำนักงานเขตบางเขน"],
             ["หน่วยงานที่ให้บริการ : สำนักงานเขตบางเขน กรุงเทพมหานคร",
              "หลักเกณฑ์ วิธีการ เงื่อนไข ในการยื่นคำขอ และในการพิจารณาอนุญาต ตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘",
              "ช่องทางการให้บริการ : ณ สำนักงานเขต วันจันทร์ถึงวันศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น. หรือผ่านระบบ BMA OSS",
              "ค่าธรรมเนียม : ตามที่กฎหมายกำหนด  ช่องทางร้องเรียน : โทร. ๐ ๒๕๒๑ ๐๗๒๘ หรือสายด่วน กทม. ๑๕๕๕"],
             table=[["ขั้นตอน", "ระยะเวลา", "ส่วนที่รับผิดชอบ"], ["ตรวจสอบเอกสาร", "๑๕ นาที", "เจ้าหน้าที่"],
                    ["พิจารณา", "๑ วัน", "หัวหน้าฝ่าย"], ["แจ้งผล", "๑ วัน", "เจ้าหน้าที่"]])
    SVC.append((t, u, "๑๐ ม.ค. ๒๕๖๘"))


def dl_page(cat, page, items, per, title, sort=None, trap_until=None, loop_to=None):
    n = len(items)
    pages = (n + per - 1) // per
    lst = items[:]
    if sort == "title":
        lst.sort(key=lambda x: x[0])
    elif sort == "date_desc":
        lst = lst[::-1]
    chunk = lst[(page - 1) * per: page * per]
    body = ('<p style="font-size:11px">เรียงลำดับ: <a href="%s">ล่าสุดก่อน</a> | <a href="%s">ตามชื่อ</a></p>'
            % (dl(cat, 1, "date_desc"), dl(cat, 1, "title")))
    if chunk:
        body += '<table class="grid" width="100%"><tr><th>เอกสาร</th><th>วันที่</th><th>ดาวน์โหลด</th></tr>'
        for t, u, dt in chunk:
            body += '<tr><td>%s</td><td>%s</td><td><a href="%s">เปิดเอกสาร</a></td></tr>' % (t, dt, u)
        body += "</table>"
    else:
        body += "<p><i>ไม่พบรายการเอกสารในหน้านี้</i></p>"
    nav = '<p>หน้า %s : ' % th(page)
    if page > 1:
        nav += '<a href="%s">&laquo; ก่อนหน้า</a> ' % dl(cat, page - 1)
    for p in range(1, pages + 1):
        nav += '<a href="%s">[%s]</a> ' % (dl(cat, p), th(p))
    nxt = None
    if trap_until:
        nxt = page + 1 if page < trap_until else loop_to
    elif page < pages:
        nxt = page + 1
    if nxt and not sort:
        nav += '<a href="%s">ถัดไป &raquo;</a>' % dl(cat, nxt)
    body += nav + "</p>"
    rel = "store/dl_c%d_p%d%s.html" % (cat, page, "_" + sort if sort else "")
    write(os.path.join(SITE, rel), layout(title, body, "หน้าแรก &raquo; ดาวน์โหลด"))
    route("/" + dl(cat, page, sort), rel, HTML_HDR)
    return rel


TRAP_END = 18
for p in range(1, TRAP_END + 1):
    dl_page(4, p, MANUALS, 4, "ดาวน์โหลด : คู่มือการปฏิบัติงานของเจ้าหน้าที่ (ทุกฝ่าย)", trap_until=TRAP_END, loop_to=TRAP_END + 1)
# page 19 is served by page 18's file (its "next" points to page 19 itself): the pager never ends
route("/" + dl(4, TRAP_END + 1), "store/dl_c4_p%d.html" % TRAP_END, HTML_HDR)
route("/" + dl(4, 1) + "&" + SID, "store/dl_c4_p1.html", HTML_HDR)
dl_page(4, 1, MANUALS, 4, "ดาวน์โหลด : คู่มือการปฏิบัติงานของเจ้าหน้าที่ (ทุกฝ่าย)", sort="title")
dl_page(4, 1, MANUALS, 4, "ดาวน์โหลด : คู่มือการปฏิบัติงานของเจ้าหน้าที่ (ทุกฝ่าย)", sort="date_desc")
dl_page(5, 1, SVC, 10, "ดาวน์โหลด : คู่มือสำหรับประชาชน")
dl_page(5, 1, SVC, 10, "ดาวน์โหลด : คู่มือสำหรับประชาชน", sort="title")
dl_page(5, 1, SVC, 10, "ดาวน์โหลด : คู่มือสำหรับประชาชน", sort="date_desc")

# ---------------------------------------------------------------- O8 e-service
article(130, 3, "บริการออนไลน์ (E-Service)", """
<p>ประชาชนสามารถใช้บริการของสำนักงานเขตบางเขนผ่านช่องทางออนไลน์ได้ ดังนี้</p>
<table class="grid"><tr><th>บริการ</th><th>รายละเอียด</th><th>ลิงก์</th></tr>
<tr><td>BMA Q</td><td>จองคิวล่วงหน้าเพื่อรับบริการงานทะเบียนและงานรายได้</td><td><a href="https://bmaq.bangkok.go.th/">เข้าสู่ระบบ</a></td></tr>
<tr><td>BMA OSS</td><td>ยื่นคำขออนุญาตก่อสร้าง/ใบอนุญาตด้านสาธารณสุขออนไลน์</td><td><a href="https://officeapp.bangkok.go.th/bmaoss/">เข้าสู่ระบบ</a></td></tr>
<tr><td>Traffy Fondue</td><td>แจ้งปัญหาเมือง ไฟฟ้า ทางเท้า ขยะ น้ำท่วม</td><td><a href="https://bangkok.traffy.in.th/">แจ้งปัญหา</a></td></tr>
<tr><td>แบบฟอร์มขอใช้บริการรถสุขา/รถน้ำ</td><td>กรอกคำขอผ่าน Google Form ระบบจะแจ้งผลทางโทรศัพท์</td><td><a href="https://forms.gle/bkhenService68">กรอกแบบฟอร์ม</a></td></tr>
</table>""", date="๓ กุมภาพันธ์ ๒๕๖๘")

# ---------------------------------------------------------------- O9 tax stats (STALE: FY2566 only)
MONTHS_66 = ["ต.ค. ๖๕", "พ.ย. ๖๕", "ธ.ค. ๖๕", "ม.ค. ๖๖", "ก.พ. ๖๖", "มี.ค. ๖๖", "เม.ย. ๖๖", "พ.ค. ๖๖", "มิ.ย. ๖๖", "ก.ค. ๖๖", "ส.ค. ๖๖", "ก.ย. ๖๖"]
taxrows = [["เดือน", "ภาษีที่ดินและสิ่งปลูกสร้าง (บาท)", "ภาษีป้าย (บาท)", "รวม (บาท)"]]
for k, m in enumerate(MONTHS_66):
    a, b = 1_200_000 + k * 310_000 * (1 if k < 6 else 2), 85_000 + k * 4_100
    taxrows.append([m, "{:,}".format(a), "{:,}".format(b), "{:,}".format(a + b)])
rel = "files/stat/tax_stat_2566.xlsx"
make_xlsx(os.path.join(SITE, rel), [("ปีงบ2566", [["สถิติการจัดเก็บภาษี สำนักงานเขตบางเขน ปีงบประมาณ พ.ศ. 2566"]] + taxrows)])
d9 = doc(70, rel)
article(131, 9, "ข้อมูลสถิติการจัดเก็บภาษี", """
<p>ฝ่ายรายได้ สำนักงานเขตบางเขน รายงานสถิติการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้างและภาษีป้าย ปีงบประมาณ พ.ศ. ๒๕๖๖</p>
<table class="grid">%s</table>
<p><a href="%s">ดาวน์โหลดไฟล์ Excel</a></p><p style="font-size:11px">ปรับปรุงข้อมูลเมื่อ ๑๕ พฤศจิกายน ๒๕๖๖</p>
""" % ("".join("<tr>" + "".join("<td>%s</td>" % th(c) for c in r) + "</tr>" for r in taxrows), d9))

# ---------------------------------------------------------------- O10 revenue stats (pass, non-tax revenue FY2568)
MONTHS_68 = ["ต.ค. ๖๗", "พ.ย. ๖๗", "ธ.ค. ๖๗", "ม.ค. ๖๘", "ก.พ. ๖๘", "มี.ค. ๖๘", "เม.ย. ๖๘", "พ.ค. ๖๘"]
revrows = [["เดือน", "ค่าธรรมเนียมใบอนุญาต", "ค่าปรับ", "ค่าเช่าและค่าบริการ", "รวม"]]
for k, m in enumerate(MONTHS_68):
    a, b, c = 410_000 + 13_000 * k, 62_000 + 2_500 * k, 38_000 + 900 * k
    revrows.append([m, "{:,}".format(a), "{:,}".format(b), "{:,}".format(c), "{:,}".format(a + b + c)])
rel = "files/stat/revenue_stat_2568.xlsx"
make_xlsx(os.path.join(SITE, rel), [("รายได้2568", [["สถิติการจัดเก็บรายได้ (ค่าธรรมเนียม ค่าปรับ ค่าเช่า) ปีงบประมาณ 2568"]] + revrows)])
d10 = doc(71, rel)
article(132, 9, "ข้อมูลสถิติการจัดเก็บรายได้ ปีงบประมาณ พ.ศ. ๒๕๖๘", """
<p>สถิติการจัดเก็บรายได้ประเภทค่าธรรมเนียม ค่าปรับ และค่าเช่า ของสำนักงานเขตบางเขน (ตุลาคม ๒๕๖๗ - พฤษภาคม ๒๕๖๘)</p>
<table class="grid">%s</table><p><a href="%s">ดาวน์โหลดไฟล์ Excel</a></p>
<p style="font-size:11px">ข้อมูล ณ วันที่ ๖ มิถุนายน ๒๕๖๘</p>""" % (
    "".join("<tr>" + "".join("<td>%s</td>" % c for c in r) + "</tr>" for r in revrows), d10))

# ---------------------------------------------------------------- O11 checklists
CL = [("รายการตรวจสอบเอกสาร (Checklist) การขออนุญาตก่อสร้างอาคาร", ["แบบคำขอ ข.๑", "สำเนาโฉนดที่ดิน", "แบบแปลนและรายการคำนวณ", "หนังสือรับรองผู้ออกแบบ"]),
      ("รายการตรวจสอบ (Checklist) การขอใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร", ["คำขอรับใบอนุญาต", "สำเนาบัตรประจำตัวประชาชน", "ใบรับรองแพทย์", "แผนผังสถานที่"]),
      ("รายการตรวจสอบ (Checklist) การขอใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ", ["คำขอ", "หนังสือยินยอมให้ใช้สถานที่", "ผลตรวจสภาพสถานประกอบการ", "หลักฐานการชำระค่าธรรมเนียม"])]
items = []
for k, (t, lst) in enumerate(CL):
    rel = "files/permit/checklist_%02d.pdf" % (k + 1)
    u = doc(80 + k, rel)
    make_pdf(os.path.join(SITE, rel), [t, "สำนักงานเขตบางเขน"],
             ["ใช้ประกอบการพิจารณาออกใบอนุญาต เจ้าหน้าที่ตรวจสอบตามรายการและทำเครื่องหมาย ✓ เมื่อครบถ้วน"],
             table=[["ลำดับ", "รายการที่ต้องตรวจ", "มี", "ไม่มี", "หมายเหตุ"]] + [[th(i + 1), x, "☐", "☐", ""] for i, x in enumerate(lst)])
    items.append((t, u))
article(133, 9, "รายการตรวจ (Checklist) ในการพิจารณาออกใบอนุญาต", links_list(items), date="๑๗ ธันวาคม ๒๕๖๗")

# ---------------------------------------------------------------- O12 tracking (MISSING: placeholder)
article(134, 9, "ระบบติดตามสถานะการขอใบอนุญาต (Tracking System)", """
<p align="center"><img src="images/under_construction.png" alt="อยู่ระหว่างดำเนินการ"></p>
<p align="center" style="color:#b00"><b>อยู่ระหว่างดำเนินการพัฒนาระบบ</b><br>ขออภัยในความไม่สะดวก</p>""",
        date="๑๐ มกราคม ๒๕๖๘")
im = Image.new("RGB", (300, 120), (255, 220, 0)); dr = ImageDraw.Draw(im)
dr.text((40, 45), "UNDER CONSTRUCTION", fill=(0, 0, 0)); im.save(os.path.join(SITE, "images/under_construction.png"))

# ---------------------------------------------------------------- O13 budget plan & report (pdf.js viewer links)
make_pdf(os.path.join(SITE, "files/budget/spending_plan_2568.pdf"),
         ["แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "สำนักงานเขตบางเขน"],
         ["งบประมาณที่ได้รับจัดสรรทั้งสิ้น ๓๑๒,๖๔๐,๐๐๐ บาท แผนการเบิกจ่ายรายไตรมาสดังตาราง"],
         table=[["หมวดรายจ่าย", "ไตรมาส ๑", "ไตรมาส ๒", "ไตรมาส ๓", "ไตรมาส ๔", "รวม"],
                ["เงินเดือนและค่าจ้างประจำ", "๕๕,๐๐๐,๐๐๐", "๕๕,๐๐๐,๐๐๐", "๕๕,๐๐๐,๐๐๐", "๕๕,๐๐๐,๐๐๐", "๒๒๐,๐๐๐,๐๐๐"],
                ["ค่าตอบแทน ใช้สอยและวัสดุ", "๑๐,๒๐๐,๐๐๐", "๑๒,๔๐๐,๐๐๐", "๑๒,๐๐๐,๐๐๐", "๑๑,๔๔๐,๐๐๐", "๔๖,๐๔๐,๐๐๐"],
                ["ค่าครุภัณฑ์ ที่ดินและสิ่งก่อสร้าง", "๒,๐๐๐,๐๐๐", "๘,๐๐๐,๐๐๐", "๑๕,๖๐๐,๐๐๐", "๒๑,๐๐๐,๐๐๐", "๔๖,๖๐๐,๐๐๐"]])
make_pdf(os.path.join(SITE, "files/budget/spending_report_2567.pdf"),
         ["รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "สำนักงานเขตบางเขน"],
         ["ผลการเบิกจ่ายงบประมาณประจำปี ๒๕๖๗ (๑ ต.ค. ๒๕๖๖ - ๓๐ ก.ย. ๒๕๖๗) เบิกจ่ายได้ร้อยละ ๙๔.๑๒ ของงบประมาณที่ได้รับ",
          "ปัญหาอุปสรรค: โครงการก่อสร้างบางโครงการลงนามสัญญาล่าช้า"],
         table=[["หมวดรายจ่าย", "งบที่ได้รับ", "เบิกจ่าย", "ร้อยละ"],
                ["เงินเดือนและค่าจ้างประจำ", "๒๑๒,๐๐๐,๐๐๐", "๒๑๑,๔๐๐,๐๐๐", "๙๙.๗๒"],
                ["ค่าตอบแทน ใช้สอยและวัสดุ", "๔๔,๐๐๐,๐๐๐", "๔๐,๒๑๐,๐๐๐", "๙๑.๓๙"],
                ["ค่าครุภัณฑ์ ที่ดินและสิ่งก่อสร้าง", "๔๑,๕๐๐,๐๐๐", "๓๔,๐๙๐,๐๐๐", "๘๒.๑๕"]])
article(140, 9, "แผนการใช้จ่ายงบประมาณประจำปี และรายงานผลการใช้จ่ายงบประมาณ", """
<p>เอกสารเปิดด้วยโปรแกรมแสดงผล PDF ออนไลน์</p>
<ul><li><a href="/pdfjs/web/viewer.html?file=/files/budget/spending_plan_2568.pdf" target="_blank">แผนการใช้จ่ายงบประมาณ ปี ๒๕๖๘ (คลิกเพื่อเปิดดู)</a></li>
<li><a href="/pdfjs/web/viewer.html?file=/files/budget/spending_report_2567.pdf" target="_blank">รายงานผลการใช้จ่ายงบประมาณ ปี ๒๕๖๗ (คลิกเพื่อเปิดดู)</a></li></ul>
""", date="๓๑ ตุลาคม ๒๕๖๗")

# ---------------------------------------------------------------- O14 budget data (INCOMPLETE: no subsidy data)
d14 = doc(90, "files/budget/budget_ordinance_2568.pdf")
make_pdf(os.path.join(SITE, DOCS[90]), ["ข้อบัญญัติกรุงเทพมหานคร", "เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
                                         "(เฉพาะส่วนของสำนักงานเขตบางเขน)"],
         ["สำนักงานเขตบางเขน ได้รับงบประมาณตามข้อบัญญัติ รวมทั้งสิ้น ๓๑๒,๖๔๐,๐๐๐ บาท จำแนกตามแผนงานดังนี้"],
         table=[["แผนงาน", "จำนวนเงิน (บาท)"], ["แผนงานบริหารทั่วไป", "๙๘,๒๐๐,๐๐๐"], ["แผนงานรักษาความสะอาด", "๑๑๒,๔๐๐,๐๐๐"],
                ["แผนงานโยธาและระบายน้ำ", "๖๐,๐๔๐,๐๐๐"], ["แผนงานพัฒนาชุมชนและสวัสดิการสังคม", "๒๒,๐๐๐,๐๐๐"],
                ["แผนงานการศึกษา", "๒๐,๐๐๐,๐๐๐"]])
article(141, 9, "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ และข้อมูลเงินอุดหนุนชุมชน", """
<h3>๑. ข้อบัญญัติงบประมาณรายจ่ายประจำปี</h3>
<p><a href="%s">ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (ส่วนของสำนักงานเขตบางเขน)</a></p>
<h3>๒. ข้อมูลงบประมาณที่ได้รับจัดสรร</h3>
<p>งบประมาณรวม ๓๑๒,๖๔๐,๐๐๐ บาท (รายละเอียดตามข้อบัญญัติ)</p>
<h3>๓. ข้อมูลเงินอุดหนุนชุมชน</h3>
<p style="color:#999">- อยู่ระหว่างรวบรวมข้อมูล -</p>
""" % d14, date="๒๐ พฤศจิกายน ๒๕๖๗")

# ---------------------------------------------------------------- O15 procurement (INCOMPLETE: Jan 68 link opens Dec 67 file)
SKR = ["ลำดับ", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง", "ราคากลาง", "วิธีซื้อหรือจ้าง",
       "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลง", "เหตุผลที่คัดเลือกโดยสรุป",
       "เลขที่และวันที่ของสัญญาหรือข้อตกลง"]
MFULL = ["ตุลาคม ๒๕๖๗", "พฤศจิกายน ๒๕๖๗", "ธันวาคม ๒๕๖๗", "มกราคม ๒๕๖๘", "กุมภาพันธ์ ๒๕๖๘", "มีนาคม ๒๕๖๘", "เมษายน ๒๕๖๘", "พฤษภาคม ๒๕๖๘"]
JOBS = ["จัดซื้อวัสดุสำนักงาน", "จ้างซ่อมแซมทางเท้า ซอยพหลโยธิน ๔๕", "จัดซื้อวัสดุงานบ้านงานครัว", "จ้างเหมาขุดลอกท่อระบายน้ำ",
        "จัดซื้อน้ำมันเชื้อเพลิง", "จ้างซ่อมรถบรรทุกขยะ", "จัดซื้อวัสดุคอมพิวเตอร์", "จ้างทำป้ายประชาสัมพันธ์"]
month_docs = []
for k, m in enumerate(MFULL):
    rel = "files/procure/skr1_%02d.pdf" % (k + 1)
    if k == 6:
        tb = [SKR, ["-", "ไม่มีการจัดซื้อจัดจ้างในเดือนนี้", "-", "-", "-", "-", "-", "-", "-"]]
    else:
        tb = [SKR]
        for j in range(3):
            job = JOBS[(k + j) % len(JOBS)]
            amt = 25_000 + 11_000 * ((k * 3 + j) % 7)
            tb.append([th(j + 1), job, th("{:,}".format(amt)), th("{:,}".format(amt)), "เฉพาะเจาะจง",
                       "หจก.บางเขนพัฒนา / %s บาท" % th("{:,}".format(amt - 500)),
                       "หจก.บางเขนพัฒนา / %s บาท" % th("{:,}".format(amt - 500)), "ราคาต่ำสุดและถูกต้องตามเงื่อนไข",
                       "ใบสั่ง %s/%s ลว. %s %s" % (th(100 + k * 10 + j), th(2568 if k > 2 else 2567), th(5 + j * 7), m)])
    make_pdf(os.path.join(SITE, rel), ["สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือน" + m, "สำนักงานเขตบางเขน (แบบ สขร.๑)"],
             [], table=tb, land=True, font="Loma",
             col_widths=[12 * mm, 45 * mm, 25 * mm, 25 * mm, 22 * mm, 40 * mm, 40 * mm, 30 * mm, 33 * mm])
    month_docs.append(doc(100 + k, rel))
# the January link on the page points at December's document (doc 102)
mlinks = []
for k, m in enumerate(MFULL):
    u = month_docs[2] if k == 3 else month_docs[k]
    mlinks.append(("สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน" + m, u))
ann = []
for k, t in enumerate(["ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
                       "ประกาศประกวดราคาจ้างก่อสร้างปรับปรุงผิวจราจร ซอยพหลโยธิน ๕๔/๑ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
                       "ประกาศผู้ชนะการเสนอราคา จ้างเหมาขุดลอกคลองบางบัว"]):
    rel = "files/procure/announce_%02d.pdf" % (k + 1)
    make_pdf(os.path.join(SITE, rel), [t, "สำนักงานเขตบางเขน"],
             ["ด้วยสำนักงานเขตบางเขน กรุงเทพมหานคร มีความประสงค์จะดำเนินการตามประกาศนี้ รายละเอียดตามเอกสารแนบท้าย",
              "ประกาศ ณ วันที่ %s %s" % (th(3 + k * 9), ["ตุลาคม ๒๕๖๗", "กุมภาพันธ์ ๒๕๖๘", "พฤษภาคม ๒๕๖๘"][k])],
             sign=["(นายประพันธ์ ศรีวิเศษ)", "ผู้อำนวยการเขตบางเขน"])
    ann.append((t, doc(110 + k, rel)))
article(142, 6, "การจัดซื้อจัดจ้าง : ประกาศ และสรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ ๒๕๖๘", """
<p>ตรวจสอบประกาศจัดซื้อจัดจ้างทั้งหมดได้ที่ <a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch">ระบบ e-GP</a>
และ <a href="https://e-gpbma.bangkok.go.th/">ระบบเผยแพร่ข้อมูลการจัดซื้อจัดจ้างของกรุงเทพมหานคร (e-GPBMA)</a></p>
<h3>ประกาศต่าง ๆ</h3>%s
<h3>สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.๑)</h3>%s
""" % (links_list(ann), links_list(mlinks)), sid_variant=True, date="๗ มิถุนายน ๒๕๖๘")

# ---------------------------------------------------------------- O16 HR criteria
d16 = doc(120, "files/hr/hr_criteria_2568.pdf")
make_pdf(os.path.join(SITE, DOCS[120]), ["หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "สำนักงานเขตบางเขน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"],
         ["๑. หลักเกณฑ์การสรรหาและคัดเลือกบุคลากร ตามประกาศคณะกรรมการข้าราชการกรุงเทพมหานคร (ก.ก.)",
          "๒. หลักเกณฑ์การบรรจุและแต่งตั้งบุคลากร", "๓. หลักเกณฑ์การพัฒนาบุคลากร การฝึกอบรม และการศึกษาดูงาน",
          "๔. หลักเกณฑ์การประเมินผลการปฏิบัติราชการ ปีละ ๒ รอบ", "๕. หลักเกณฑ์การให้คุณให้โทษและการสร้างขวัญกำลังใจ"])
article(150, 10, "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", links_list([("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ประจำปี ๒๕๖๘", d16)]),
        date="๕ พฤศจิกายน ๒๕๖๗")

# ---------------------------------------------------------------- O17 complaints (pass; all-zero stats)
d17 = doc(121, "files/complaint/corruption_complaint_stat_2568.pdf")
make_pdf(os.path.join(SITE, DOCS[121]), ["สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "สำนักงานเขตบางเขน ปีงบประมาณ พ.ศ. ๒๕๖๘"],
         ["ข้อมูลตั้งแต่เดือนตุลาคม ๒๕๖๗ ถึงเดือนพฤษภาคม ๒๕๖๘"],
         table=[["เดือน", "จำนวนเรื่องที่ได้รับ", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ"]] +
               [[m, "๐", "๐", "๐"] for m in MFULL] + [["รวม", "๐", "๐", "๐"]])
article(151, 7, "ช่องทางการร้องเรียนการทุจริต และสถิติเรื่องร้องเรียนการทุจริต", """
<p>ท่านสามารถแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่สำนักงานเขตบางเขนได้ทางช่องทางต่อไปนี้ (ปกปิดชื่อผู้ร้องเรียน)</p>
<ol><li>ด้วยตนเอง ณ ฝ่ายปกครอง สำนักงานเขตบางเขน ชั้น ๒</li><li>โทรศัพท์ ๐ ๒๕๒๑ ๐๗๒๘ ต่อ ๖๐๑๐</li>
<li>อีเมล bangkhen.complaint@bangkok.go.th</li><li>ไปรษณีย์ ถึง ผู้อำนวยการเขตบางเขน</li>
<li>สายด่วนกรุงเทพมหานคร ๑๕๕๕ / <a href="https://bangkok.traffy.in.th/">Traffy Fondue</a></li></ol>
<p><a href="%s">สถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ ๒๕๖๘ (ต.ค. ๖๗ - พ.ค. ๖๘)</a></p>""" % d17,
        sid_variant=True, date="๒ มิถุนายน ๒๕๖๘")

# ---------------------------------------------------------------- O18 anti-bribery (scanned policy, <embed>)
make_scanned_pdf(os.path.join(SITE, "files/integrity/anti_bribery_policy_2568.pdf"), [[
    "##ประกาศสำนักงานเขตบางเขน", ">>เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)", ">>-----------------------------",
    "สำนักงานเขตบางเขน มุ่งมั่นบริหารงานด้วยความซื่อสัตย์สุจริต โปร่งใส",
    "จึงประกาศนโยบายต่อต้านการรับสินบน ดังนี้",
    "๑. ห้ามบุคลากรเรียก รับ หรือยอมจะรับสินบนในทุกรูปแบบ",
    "๒. ห้ามให้หรือเสนอให้สินบนแก่เจ้าหน้าที่ของรัฐ",
    "๓. ให้รายงานผู้บังคับบัญชาทันทีเมื่อพบการเรียกรับสินบน",
    "๔. ผู้แจ้งเบาะแสจะได้รับความคุ้มครองและไม่ถูกลงโทษ",
    "๕. ผู้ฝ่าฝืนจะถูกดำเนินการทางวินัยอย่างเคร่งครัด",
    "", ">>ประกาศ ณ วันที่ ๒๘ ตุลาคม พ.ศ. ๒๕๖๗", "", ">>(ลงชื่อ)   ประพันธ์ ศรีวิเศษ",
    ">>(นายประพันธ์ ศรีวิเศษ)", ">>ผู้อำนวยการเขตบางเขน"]])
make_pdf(os.path.join(SITE, "files/integrity/anti_bribery_report_6m_2568.pdf"),
         ["รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน", "สำนักงานเขตบางเขน รอบ ๖ เดือน (ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘)"],
         ["๑. เวียนแจ้งนโยบายให้บุคลากรทุกฝ่ายรับทราบ เมื่อวันที่ ๑ พฤศจิกายน ๒๕๖๗",
          "๒. จัดกิจกรรมอบรม No Gift Policy ผู้เข้าร่วม ๑๘๔ คน", "๓. ไม่พบเรื่องร้องเรียนการเรียกรับสินบนในรอบรายงาน"])
article(160, 11, "นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) และรายงานผลการดำเนินการ", """
<p><b>ประกาศนโยบาย</b></p>
<embed src="files/integrity/anti_bribery_policy_2568.pdf" type="application/pdf" width="100%" height="600">
<p><b>รายงานผลการนำนโยบายสู่การปฏิบัติ รอบ ๖ เดือน</b></p>
<embed src="files/integrity/anti_bribery_report_6m_2568.pdf" type="application/pdf" width="100%" height="500">
""", date="๑๐ เมษายน ๒๕๖๘")

# ---------------------------------------------------------------- O19 bribery risk (<object data>)
o1 = doc(130, "files/integrity/bribery_risk_2568.pdf")
make_pdf(os.path.join(SITE, DOCS[130]), ["การประเมินความเสี่ยงต่อการรับสินบน", "สำนักงานเขตบางเขน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"],
         ["ประเมินความเสี่ยงในกระบวนงานที่มีการใช้ดุลยพินิจและติดต่อกับประชาชน"],
         table=[["กระบวนงาน", "เหตุการณ์ความเสี่ยง", "ระดับความเสี่ยง", "มาตรการควบคุม"],
                ["การออกใบอนุญาตก่อสร้าง", "เรียกรับเงินเพื่อเร่งรัดการอนุญาต", "สูง", "ใช้ระบบ BMA OSS และกำหนดระยะเวลาชัดเจน"],
                ["การประเมินภาษีที่ดินฯ", "ลดราคาประเมินเพื่อแลกกับผลประโยชน์", "ปานกลาง", "ตรวจสอบสองชั้น"],
                ["การจัดระเบียบผู้ค้า", "รับส่วยจากผู้ค้า", "สูง", "สับเปลี่ยนพื้นที่ปฏิบัติงาน/กล้องติดตัว"]])
o2 = doc(131, "files/integrity/bribery_risk_report_6m_2568.pdf")
make_pdf(os.path.join(SITE, DOCS[131]), ["รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน", "รอบ ๖ เดือน (ต.ค. ๒๕๖๗ - มี.ค. ๒๕๖๘)"],
         ["ดำเนินการตามมาตรการควบคุมครบทั้ง ๓ กระบวนงาน ไม่พบการเรียกรับสินบน",
          "ระดับความเสี่ยงกระบวนงานออกใบอนุญาตก่อสร้างลดลงจากระดับสูงเป็นปานกลาง"])
article(161, 11, "การประเมินความเสี่ยงต่อการรับสินบน และรายงานผลการจัดการความเสี่ยง", """
<object data="%s" type="application/pdf" width="100%%" height="600"><p>เบราว์เซอร์ของท่านไม่รองรับการแสดงผลเอกสาร PDF</p></object>
<hr>
<object data="%s" type="application/pdf" width="100%%" height="500"><p>เบราว์เซอร์ของท่านไม่รองรับการแสดงผลเอกสาร PDF</p></object>
""" % (o1, o2), date="๒๔ เมษายน ๒๕๖๘")

# ---------------------------------------------------------------- O20 discretion (spelled ดุลพินิจ)
d20 = doc(140, "files/integrity/discretion_guide.pdf")
make_pdf(os.path.join(SITE, DOCS[140]), ["คู่มือแนวทางการใช้ดุลพินิจของเจ้าหน้าที่", "สำนักงานเขตบางเขน พ.ศ. ๒๕๖๘"],
         ["เพื่อให้เจ้าหน้าที่ใช้ดุลพินิจในการพิจารณาอนุมัติ อนุญาต อย่างเป็นธรรม โปร่งใส และตรวจสอบได้",
          "กำหนดกระบวนงานที่ต้องใช้ดุลพินิจ ขั้นตอน ระยะเวลา และผู้มีอำนาจพิจารณา ครอบคลุมงานโยธา งานรายได้ งานสาธารณสุข และงานเทศกิจ"],
         table=[["กระบวนงาน", "ประเด็นที่ใช้ดุลพินิจ", "หลักเกณฑ์", "ผู้มีอำนาจ"],
                ["การอนุญาตก่อสร้าง", "ความถูกต้องของแบบแปลน", "กฎกระทรวงและข้อบัญญัติ กทม.", "ผู้อำนวยการเขต"],
                ["การผ่อนผันจุดทำการค้า", "ความเหมาะสมของพื้นที่", "ประกาศ กทม.", "ผู้อำนวยการเขต"]])
article(162, 11, "แนวทางการใช้ดุลพินิจของเจ้าหน้าที่", links_list([("คู่มือแนวทางการใช้ดุลพินิจ (PDF)", d20)]), date="๙ มกราคม ๒๕๖๘")

# ---------------------------------------------------------------- O21 assets (BROKEN: doc_id 91 is not served)
article(163, 11, "การจัดการทรัพย์สินของราชการ ของบริจาค และการจัดเก็บของกลาง", """
<p>สำนักงานเขตบางเขนได้จัดทำแนวปฏิบัติในการจัดการทรัพย์สินของราชการ การรับของบริจาค และการจัดเก็บของกลาง
รายละเอียดตามเอกสารแนบ</p>
<p><img src="images/icon_pdf.gif" alt="pdf"> <a href="showdoc.php?doc_id=91">ดาวน์โหลดเอกสาร</a></p>""", date="๑๔ กุมภาพันธ์ ๒๕๖๘")
im = Image.new("RGB", (16, 16), (200, 0, 0)); im.save(os.path.join(SITE, "images/icon_pdf.gif"), "GIF")

# ---------------------------------------------------------------- O22 integrity measures (STALE: FY2567)
d22a = doc(150, "files/integrity/ita_measures.pdf")
make_pdf(os.path.join(SITE, DOCS[150]), ["มาตรการยกระดับคุณธรรมและความโปร่งใสภายในหน่วยงาน", "ของสำนักงานเขตบางเขน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"],
         ["จากผลการประเมิน ITA ประจำปี พ.ศ. ๒๕๖๖ สำนักงานเขตบางเขนได้คะแนน ๙๑.๒๔ คะแนน จึงวิเคราะห์ประเด็นที่ต้องพัฒนาและกำหนดมาตรการดังนี้"],
         table=[["ประเด็น", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"],
                ["การเปิดเผยข้อมูล", "ตรวจสอบข้อมูลบนเว็บไซต์ให้เป็นปัจจุบันทุกเดือน", "ฝ่ายปกครอง", "ต.ค. ๖๖ - ก.ย. ๖๗"],
                ["การใช้งบประมาณ", "เผยแพร่แผนการใช้จ่ายงบประมาณให้บุคลากรทราบ", "ฝ่ายการคลัง", "ต.ค. ๖๖ - ก.ย. ๖๗"]])
d22b = doc(151, "files/integrity/ita_measures_report.pdf")
make_pdf(os.path.join(SITE, DOCS[151]), ["รายงานผลการดำเนินการตามมาตรการยกระดับคุณธรรมและความโปร่งใส",
                                          "สำนักงานเขตบางเขน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๖ เดือน (ตุลาคม ๒๕๖๖ - มีนาคม ๒๕๖๗)"],
         ["ดำเนินการตามมาตรการครบทุกประเด็น ได้แก่ การตรวจสอบข้อมูลบนเว็บไซต์รายเดือน และการประชุมชี้แจงงบประมาณ"])
article(164, 11, "มาตรการยกระดับคุณธรรมและความโปร่งใส และรายงานผลการดำเนินงาน", links_list([
    ("มาตรการยกระดับคุณธรรมและความโปร่งใสภายในหน่วยงาน", d22a),
    ("รายงานผลการดำเนินการตามมาตรการ รอบ ๖ เดือน", d22b)]), date="๒๐ กุมภาพันธ์ ๒๕๖๗")

# ---------------------------------------------------------------- OIT category page
OIT = [
    ("O1", "ข้อมูลพื้นฐานของสำนักงานเขต", a101),
    ("O2", "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนพัฒนากรุงเทพมหานคร", art(110, 9)),
    ("O3", "โรงเรียนสังกัดกรุงเทพมหานครในเขตบางเขน", art(111, 2)),
    ("O4", "การเผยแพร่ผลการดำเนินงาน", art(112, 9)),
    ("O5", "แผนปฏิบัติราชการ / รายงานผลการปฏิบัติราชการประจำปี", art(120, 9)),
    ("O6", "คู่มือปฏิบัติงานของเจ้าหน้าที่", dl(4, 1)),
    ("O7", "คู่มือสำหรับประชาชน", dl(5, 1)),
    ("O8", "บริการออนไลน์ (E-Service)", art(130, 3)),
    ("O9", "สถิติการจัดเก็บภาษี", art(131, 9)),
    ("O10", "สถิติการจัดเก็บรายได้", art(132, 9)),
    ("O11", "Checklist การพิจารณาออกใบอนุญาต", art(133, 9)),
    ("O12", "ระบบติดตามสถานะคำขอใบอนุญาต", art(134, 9)),
    ("O13", "แผนการใช้จ่าย / ผลการใช้จ่ายงบประมาณ", art(140, 9)),
    ("O14", "ข้อมูลงบประมาณ ข้อบัญญัติ เงินอุดหนุนชุมชน", art(141, 9)),
    ("O15", "การจัดซื้อจัดจ้าง (ประกาศ / สรุปผลรายเดือน)", art(142, 6) + "&" + SID),
    ("O16", "หลักเกณฑ์การบริหารและพัฒนาบุคลากร", art(150, 10)),
    ("O17", "ร้องเรียนการทุจริต / สถิติเรื่องร้องเรียน", art(151, 7) + "&" + SID),
    ("O18", "นโยบาย No Bribery และผลการดำเนินการ", art(160, 11)),
    ("O19", "ประเมินความเสี่ยงการรับสินบน", art(161, 11)),
    ("O20", "แนวทางการใช้ดุลพินิจ", art(162, 11)),
    ("O21", "ทรัพย์สินของราชการ ของบริจาค ของกลาง", art(163, 11)),
    ("O22", "มาตรการยกระดับคุณธรรมและความโปร่งใส", art(164, 11)),
]


def oit_page(sort=None):
    lst = OIT[:]
    if sort == "title":
        lst.sort(key=lambda x: x[1])
    body = ('<p>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT) '
            'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ของสำนักงานเขตบางเขน</p>'
            '<p style="font-size:11px">เรียงตาม: <a href="index.php?option=com_content&view=category&id=9&sort=title">ชื่อหัวข้อ</a> | '
            '<a href="index.php?option=com_content&view=category&id=9">ลำดับตัวชี้วัด</a></p>'
            '<table class="grid" width="100%"><tr><th>ข้อ</th><th>หัวข้อ</th><th>ลิงก์</th></tr>')
    for code, t, u in lst:
        cc = "O" + th(code[1:]) if code in ("O2", "O7", "O13", "O19") else code
        body += '<tr><td>%s</td><td>%s</td><td><a href="%s">คลิก</a></td></tr>' % (cc, t, u)
    body += "</table>"
    rel = "store/oit%s.html" % ("_" + sort if sort else "")
    write(os.path.join(SITE, rel), layout("ITA / OIT ปี ๒๕๖๘", body, "หน้าแรก &raquo; ITA"))
    u = "/index.php?option=com_content&view=category&id=9" + ("&sort=" + sort if sort else "")
    route(u, rel, HTML_HDR)
    return rel


r = oit_page()
route("/index.php?option=com_content&view=category&id=9&" + SID, r, HTML_HDR)
oit_page("title")

# ---------------------------------------------------------------- home
home_body = """
<table width="100%%"><tr><td valign="top">
<p><a href="index.php?option=com_content&view=category&id=9&%s"><img src="images/banner_ita.png" alt="ITA OIT 2568" width="480"></a></p>
<h3>ข่าวประชาสัมพันธ์ล่าสุด</h3>%s<p><a href="index.php?mod=news&page=1">อ่านทั้งหมด</a></p>
<h3>เอกสารเผยแพร่</h3><ul>
<li><a href="%s">คู่มือการปฏิบัติงาน</a></li><li><a href="%s">คู่มือสำหรับประชาชน</a></li>
<li><a href="%s">การจัดซื้อจัดจ้าง</a></li></ul>
</td></tr></table>""" % (SID, links_list([(t + " (" + dt + ")", art(n, 12)) for n, dt, t, b in NEWS[:5]]),
                         dl(4, 1) + "&" + SID, dl(5, 1), art(142, 6) + "&" + SID)
make_png_text(os.path.join(SITE, "images/banner_ita.png"), ["##ITA ๒๕๖๘", ">>การเปิดเผยข้อมูลสาธารณะ (OIT) คลิกที่นี่"], width=900, size=30)
write(os.path.join(SITE, "index.html"), layout("หน้าแรก", home_body, ""))
route("/index.php", "index.html", HTML_HDR)

# ---------------------------------------------------------------- meta.json + self-check
meta = {
    "framework": "bma-2567", "as_of": "2025-06-20", "start": "/",
    "name_th": "สำนักงานเขตบางเขน",
    "style": ("Old PHP/Joomla-like CMS where every page is a query string (index.php?option=com_content&view=article&id=N&catid=C, "
              "index.php?mod=download&cat=N&page=P, index.php?mod=news&page=P, showdoc.php?doc_id=N). Every article has a &print=1 "
              "duplicate, list pages have &sort=title / &sort=date_desc duplicates, and some menu links carry &PHPSESSID=... . "
              "The manuals download category (cat=4) has a 'next' link that never stops: pages 4-18 are empty and page 19 serves "
              "page 18 again (self-loop). Documents are reached through showdoc.php?doc_id=N, <embed src>, <object data> and a "
              "pdf.js viewer link (/pdfjs/web/viewer.html?file=/files/...). A CMS header prints today's date (20 Jun 2568) on every page. "
              "Traps: O12 placeholder page with the full title; O14 heading names community subsidy but that section is 'being compiled'; "
              "O15 January link opens December's summary; O22 measures/report are FY2567; O18 policy is an image-only scan; "
              "O13 only via pdf.js viewer; O20 spelled ดุลพินิจ; O21 document link 404."),
    "author": "blind", "set": "held-out-5",
    "server": {"files": FILES},
}
with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, ensure_ascii=False, indent=1)

# self-check: every href/src/data on every page resolves (except the intended broken doc)
from urllib.parse import urljoin, urlsplit, unquote
import glob
INTENDED_DEAD = {"/showdoc.php?doc_id=91"}
bad = []
for f in glob.glob(os.path.join(SITE, "**/*.html"), recursive=True):
    txt = open(f, encoding="utf-8").read()
    for m in re.finditer(r'(?:href|src|data)="([^"]+)"', txt):
        u = _html.unescape(m.group(1))
        if u.startswith(("http", "mailto", "#", "javascript")):
            continue
        full = urljoin("http://x/index.php", u)
        sp = urlsplit(full)
        raw = sp.path + ("?" + sp.query if sp.query else "")
        if raw in FILES or raw in INTENDED_DEAD:
            continue
        if os.path.isfile(os.path.join(SITE, unquote(sp.path).lstrip("/"))) and not sp.path.endswith(".php"):
            continue
        bad.append((os.path.relpath(f, SITE), raw))
for k, v in FILES.items():
    assert os.path.isfile(os.path.join(SITE, v["file"])), (k, v)
print("distinct mapped URLs:", len(FILES))
print("unresolved links:", sorted(set(bad))[:20], len(set(bad)))
assert len(FILES) <= 250
n = sum(len(fs) for _, _, fs in os.walk(SITE))
sz = sum(os.path.getsize(os.path.join(dp, x)) for dp, _, fs in os.walk(SITE) for x in fs)
print("files:", n, "bytes:", sz)
