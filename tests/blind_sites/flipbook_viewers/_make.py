# -*- coding: utf-8 -*-
"""Generate the 'flipbook_viewers' fixture site (held-out set 11).

Fictional district: สำนักงานเขตคลองสุวรรณ (Bangkok).  Framework bma-2567,
assessor looks on 2025-05-20 (20 พ.ค. 2568, FY2568 second half).

Run:  /work/blindenv/bin/python _make.py
"""
import json
import os
import random
import shutil
from urllib.parse import quote

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Image as RLImage, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
FONTDIR = "/usr/share/fonts/truetype/tlwg/"
random.seed(2568)

NAME_TH = "สำนักงานเขตคลองสุวรรณ"
DIST = "เขตคลองสุวรรณ"
ADDR = "เลขที่ 88 ถนนสุวรรณาราม แขวงคลองสุวรรณ เขตคลองสุวรรณ กรุงเทพมหานคร 10160"
PHONE = "0 2457 3120"
FAX = "0 2457 3121"
EMAIL = "klongsuwan@bangkok.go.th"
DIRECTOR = "นายธนพล ศรีวัฒนากุล"

pdfmetrics.registerFont(TTFont("Garuda", FONTDIR + "Garuda.ttf"))
pdfmetrics.registerFont(TTFont("Garuda-Bold", FONTDIR + "Garuda-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Norasi", FONTDIR + "Norasi.ttf"))
pdfmetrics.registerFont(TTFont("Norasi-Bold", FONTDIR + "Norasi-Bold.ttf"))

TH_DIG = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    return str(s).translate(TH_DIG)


def w(rel, data, mode="w"):
    p = os.path.join(SITE, rel.lstrip("/"))
    os.makedirs(os.path.dirname(p), exist_ok=True)
    if mode == "wb":
        with open(p, "wb") as f:
            f.write(data)
    else:
        with open(p, "w", encoding="utf-8") as f:
            f.write(data)
    return p


def sp(rel):
    p = os.path.join(SITE, rel.lstrip("/"))
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


# ---------------------------------------------------------------- PDF helper
def make_pdf(rel, blocks, font="Garuda", land=False, title=None):
    """blocks: list of tuples ('h', text) ('p', text) ('c', text centered)
    ('t', rows, colwidths_mm) ('sp', mm) ('pb',) ('img', path, wmm, hmm)"""
    path = sp(rel)
    bold = font + "-Bold"
    st_h = ParagraphStyle("h", fontName=bold, fontSize=15, leading=24, alignment=1, spaceAfter=4)
    st_p = ParagraphStyle("p", fontName=font, fontSize=12, leading=20, firstLineIndent=0, spaceAfter=3)
    st_c = ParagraphStyle("c", fontName=font, fontSize=12, leading=20, alignment=1)
    st_r = ParagraphStyle("r", fontName=font, fontSize=12, leading=20, alignment=2)
    st_cell = ParagraphStyle("cell", fontName=font, fontSize=9.5, leading=14)
    st_cellb = ParagraphStyle("cellb", fontName=bold, fontSize=9.5, leading=14, alignment=1)
    size = landscape(A4) if land else A4
    doc = SimpleDocTemplate(path, pagesize=size, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title=title or "", author=NAME_TH)
    story = []
    for b in blocks:
        k = b[0]
        if k == "h":
            story.append(Paragraph(b[1], st_h))
        elif k == "p":
            story.append(Paragraph(b[1], st_p))
        elif k == "c":
            story.append(Paragraph(b[1], st_c))
        elif k == "r":
            story.append(Paragraph(b[1], st_r))
        elif k == "sp":
            story.append(Spacer(1, b[1] * mm))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "img":
            story.append(RLImage(b[1], width=b[2] * mm, height=b[3] * mm))
        elif k == "t":
            rows = b[1]
            data = []
            for i, r in enumerate(rows):
                data.append([Paragraph(str(c), st_cellb if i == 0 else st_cell) for c in r])
            t = Table(data, colWidths=[x * mm for x in b[2]], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
    doc.build(story)
    return path


def signature(name, pos, date_th):
    return [("sp", 6), ("c", "ประกาศ ณ วันที่ " + date_th), ("sp", 8),
            ("c", "(ลงชื่อ)  ธนพล  ศรีวัฒนากุล"), ("c", "( " + name + " )"), ("c", pos)]


# ---------------------------------------------------------------- image helper
def font(size, bold=False, face="Sarabun"):
    f = {"Sarabun": "Garuda", "Norasi": "Norasi", "Loma": "Loma"}[face]
    fn = FONTDIR + f + ("-Bold" if bold else "") + ".ttf"
    return ImageFont.truetype(fn, size, layout_engine=ImageFont.Layout.RAQM)


def wrap(draw, text, fnt, width):
    words = text.split(" ")
    lines, cur = [], ""
    for wd in words:
        cand = (cur + " " + wd).strip()
        if draw.textlength(cand, font=fnt) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = wd
    if cur:
        lines.append(cur)
    return lines


def render_page(blocks, size=(1240, 1754), bg="white", face="Sarabun"):
    """blocks like make_pdf but for an image page."""
    W, H = size
    im = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(im)
    y = 90
    mx = 100
    fh, fp, fc = font(40, True, face), font(28, False, face), font(23, False, face)
    fcb = font(23, True, face)
    for b in blocks:
        k = b[0]
        if k in ("h", "c"):
            f = fh if k == "h" else fp
            for ln in wrap(d, b[1], f, W - 2 * mx):
                tw = d.textlength(ln, font=f)
                d.text(((W - tw) / 2, y), ln, font=f, fill="black")
                y += int(f.size * 1.6)
            y += 8
        elif k == "p":
            for ln in wrap(d, b[1], fp, W - 2 * mx):
                d.text((mx, y), ln, font=fp, fill="black")
                y += int(fp.size * 1.6)
            y += 6
        elif k == "sp":
            y += b[1]
        elif k == "t":
            rows, cw = b[1], b[2]
            tot = sum(cw)
            cws = [c * (W - 2 * mx) / tot for c in cw]
            for i, r in enumerate(rows):
                f = fcb if i == 0 else fc
                cells = [wrap(d, str(c), f, cws[j] - 14) for j, c in enumerate(r)]
                rh = max(len(c) for c in cells) * int(f.size * 1.55) + 16
                x = mx
                for j, c in enumerate(cells):
                    if i == 0:
                        d.rectangle([x, y, x + cws[j], y + rh], fill="#e3ebf5")
                    d.rectangle([x, y, x + cws[j], y + rh], outline="black", width=2)
                    yy = y + 8
                    for ln in c:
                        d.text((x + 7, yy), ln, font=f, fill="black")
                        yy += int(f.size * 1.55)
                    x += cws[j]
                y += rh
            y += 20
    return im


def degrade(im):
    """make a page look like a poor office scan"""
    im = im.convert("L")
    im = im.rotate(1.3, resample=Image.BICUBIC, expand=False, fillcolor=235)
    im = im.resize((im.width * 56 // 100, im.height * 56 // 100), Image.LANCZOS)
    im = im.filter(ImageFilter.GaussianBlur(0.9))
    px = im.load()
    for yy in range(im.height):
        for xx in range(im.width):
            v = px[xx, yy]
            v = int(70 + v * 0.68) + random.randint(-22, 22)
            px[xx, yy] = max(0, min(255, v))
    # scanner streak and punched holes
    d = ImageDraw.Draw(im)
    d.line([(im.width - 40, 0), (im.width - 38, im.height)], fill=150, width=3)
    for yy in (im.height // 3, 2 * im.height // 3):
        d.ellipse([18, yy - 14, 46, yy + 14], fill=60)
    return im.convert("RGB")


# ---------------------------------------------------------------- HTML
NAV = [
    ("/", "หน้าหลัก"),
    ("/about/", "เกี่ยวกับเขต"),
    ("/news/", "ข่าวประชาสัมพันธ์"),
    ("/services/", "บริการประชาชน"),
    ("/downloads/", "เอกสารดาวน์โหลด"),
    ("/ita/2568/", "ITA 2568"),
    ("/contact/", "ติดต่อเรา"),
]


def page(title, body, crumbs=None, side=None):
    nav = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in NAV)
    side_html = ""
    if side:
        side_html = '<aside class="side"><h3>เมนู</h3><ul>' + "".join(
            f'<li><a href="{h}">{t}</a></li>' for h, t in side) + "</ul></aside>"
    crumb = ""
    if crumbs:
        crumb = '<div class="crumb"><a href="/">หน้าหลัก</a> &raquo; ' + " &raquo; ".join(
            (f'<a href="{h}">{t}</a>' if h else t) for h, t in crumbs) + "</div>"
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {NAME_TH}</title>
<link rel="stylesheet" href="/assets/css/site.css">
</head>
<body>
<div class="portal">กรุงเทพมหานคร &middot; <a href="https://www.bangkok.go.th/">bangkok.go.th</a> &middot; สำนักงานเขต 50 เขต</div>
<header class="top">
  <a href="/" class="logo"><img src="/assets/img/logo.png" alt="ตราสัญลักษณ์กรุงเทพมหานคร" width="64" height="64"></a>
  <div class="brand"><div class="th">{NAME_TH}</div><div class="en">Khlong Suwan District Office, Bangkok</div></div>
</header>
<nav class="menu"><ul>{nav}</ul></nav>
{crumb}
<div class="wrap">{side_html}<main class="content">
{body}
</main></div>
<footer>
  <p><b>{NAME_TH}</b> {ADDR}</p>
  <p>โทรศัพท์ {PHONE} &middot; โทรสาร {FAX} &middot; อีเมล {EMAIL}</p>
  <p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.00 - 16.00 น. (ฝ่ายทะเบียนเปิดให้บริการวันเสาร์ 08.00 - 12.00 น.)</p>
  <p><a href="https://www.facebook.com/klongsuwandistrict">Facebook เขตคลองสุวรรณ</a> &middot; <a href="https://line.me/R/ti/p/@klongsuwan">LINE @klongsuwan</a> &middot; <a href="/sitemap/">แผนผังเว็บไซต์</a></p>
  <p class="small">&copy; 2568 สำนักงานเขตคลองสุวรรณ ปรับปรุงข้อมูลล่าสุด 16 พฤษภาคม 2568</p>
</footer>
</body>
</html>
"""


def viewer(path, encoded_rel=False):
    """PDF.js viewer link"""
    if encoded_rel:
        return "/viewer/web/viewer.html?file=" + quote("../.." + path, safe="")
    return "/viewer/web/viewer.html?file=" + path


ITA_SIDE = [("/ita/2568/", "ITA 2568 (O1 - O22)"), ("/ita/2567/", "ITA 2567 (ข้อมูลปีที่ผ่านมา)"),
            ("/about/", "ข้อมูลพื้นฐาน"), ("/services/", "บริการประชาชน")]

CSS = """
body{font-family:'Sarabun','Garuda',sans-serif;margin:0;background:#f4f6f9;color:#222}
.portal{background:#0b3d2e;color:#cfe;font-size:13px;padding:4px 16px}.portal a{color:#fff}
.top{display:flex;align-items:center;gap:14px;background:#14663f;color:#fff;padding:10px 20px}
.brand .th{font-size:24px;font-weight:bold}.brand .en{font-size:14px;opacity:.8}
.menu ul{list-style:none;margin:0;padding:0;display:flex;background:#1d8050}
.menu a{display:block;color:#fff;padding:10px 16px;text-decoration:none}.menu a:hover{background:#0b3d2e}
.crumb{padding:8px 20px;font-size:13px}
.wrap{display:flex;gap:20px;padding:10px 20px}.side{width:230px;background:#fff;padding:10px}
.content{flex:1;background:#fff;padding:16px 24px;min-height:400px}
table.list{border-collapse:collapse;width:100%}table.list td,table.list th{border:1px solid #bbb;padding:6px}
table.list th{background:#e3ebf5}.btn{display:inline-block;background:#1d8050;color:#fff;padding:4px 10px;border-radius:4px;text-decoration:none}
footer{background:#0b3d2e;color:#dfe;padding:14px 20px;font-size:14px}footer a{color:#fff}.small{font-size:12px;opacity:.8}
.newsgrid{display:grid;grid-template-columns:repeat(3,1fr);gap:14px}.newsgrid .card{border:1px solid #ddd;padding:8px}
.exec{display:flex;gap:16px;border-bottom:1px solid #eee;padding:10px 0}
.pdfbox{border:1px solid #999;margin:8px 0}
"""


# ---------------------------------------------------------------- start
def clean():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)


def assets():
    w("/assets/css/site.css", CSS)
    # logo
    im = Image.new("RGBA", (128, 128), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse([4, 4, 124, 124], fill="#14663f", outline="#d4af37", width=6)
    d.text((30, 44), "กทม.", font=font(30, True), fill="white")
    im.save(sp("/assets/img/logo.png"))
    # office photo
    im = Image.new("RGB", (900, 420), "#9cc7e8")
    d = ImageDraw.Draw(im)
    d.rectangle([0, 300, 900, 420], fill="#7a8f6a")
    d.rectangle([200, 120, 700, 320], fill="#efe6d2", outline="#806040", width=4)
    d.polygon([(180, 125), (450, 40), (720, 125)], fill="#a0442c")
    for i in range(6):
        d.rectangle([230 + i * 78, 170, 280 + i * 78, 230], fill="#6a8caf")
    d.text((300, 250), NAME_TH, font=font(30, True), fill="#333")
    im.save(sp("/assets/img/office.jpg"), quality=85)


# ---------------------------------------------------------------- executives
EXECS = [
    (DIRECTOR, "ผู้อำนวยการเขตคลองสุวรรณ", "0 2457 3122", "dir.klongsuwan@bangkok.go.th", "exec1.jpg"),
    ("นางสาวกมลชนก อินทรประเสริฐ", "ผู้ช่วยผู้อำนวยการเขตคลองสุวรรณ (กำกับฝ่ายปกครอง ฝ่ายทะเบียน ฝ่ายการคลัง ฝ่ายรายได้ ฝ่ายการศึกษา)", "0 2457 3123", "kamonchanok.i@bangkok.go.th", "exec2.jpg"),
    ("นายวีระยุทธ พึ่งบุญ", "ผู้ช่วยผู้อำนวยการเขตคลองสุวรรณ (กำกับฝ่ายโยธา ฝ่ายเทศกิจ ฝ่ายสิ่งแวดล้อมและสุขาภิบาล)", "0 2457 3124", "weerayut.p@bangkok.go.th", "exec3.jpg"),
    ("- ว่าง -", "ผู้ช่วยผู้อำนวยการเขตคลองสุวรรณ (กำกับฝ่ายรักษาความสะอาดและสวนสาธารณะ ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม)", "0 2457 3125", "-", None),
]

DIVISIONS = ["ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายการคลัng", "ฝ่ายรายได้", "ฝ่ายโยธา",
             "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "ฝ่ายเทศกิจ",
             "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "ฝ่ายการศึกษา"]
DIVISIONS[2] = "ฝ่ายการคลัง"


def portrait(fn, hue):
    im = Image.new("RGB", (240, 300), hue)
    d = ImageDraw.Draw(im)
    d.ellipse([70, 40, 170, 150], fill="#e8c9a8")
    d.rectangle([40, 170, 200, 300], fill="#f0f0f0")
    d.polygon([(40, 190), (120, 170), (200, 190), (200, 300), (40, 300)], fill="#c9b27c")
    d.rectangle([112, 175, 128, 260], fill="#1a3d6b")
    im.save(sp("/assets/img/" + fn), quality=88)


def about_pages():
    side = [("/about/", "ประวัติเขตคลองสุวรรณ"), ("/about/structure/", "โครงสร้างส่วนราชการ"),
            ("/about/executives/", "ผู้บริหาร"), ("/about/authority/", "อำนาจหน้าที่"),
            ("/about/laws/", "กฎหมายที่เกี่ยวข้อง"), ("/contact/", "ติดต่อเรา")]
    body = f"""<h1>ประวัติเขตคลองสุวรรณ</h1>
<img src="/assets/img/office.jpg" alt="อาคารสำนักงานเขตคลองสุวรรณ" width="600">
<p>เขตคลองสุวรรณเดิมเป็นส่วนหนึ่งของอำเภอภาษีเจริญ จังหวัดธนบุรี ได้รับการประกาศจัดตั้งเป็นเขตเมื่อปี พ.ศ. 2541
ประกอบด้วย 2 แขวง ได้แก่ แขวงคลองสุวรรณ และแขวงบางไผ่งาม มีพื้นที่ประมาณ 14.62 ตารางกิโลเมตร
มีประชากรตามทะเบียนราษฎร ณ เดือนธันวาคม 2567 จำนวน 86,412 คน 35,207 หลังคาเรือน มีชุมชนที่จดทะเบียน 31 ชุมชน</p>
<p>ลักษณะพื้นที่เป็นที่ราบลุ่ม มีคลองสุวรรณและคลองบางไผ่งามไหลผ่าน
ยังคงมีสวนผลไม้และวิถีชีวิตริมคลองของชาวฝั่งธนบุรี มีวัดสำคัญ ได้แก่ วัดสุวรรณาราม และวัดบางไผ่งาม</p>
<h2>วิสัยทัศน์</h2><p>"คลองสุวรรณ เมืองน่าอยู่ริมคลอง ชุมชนเข้มแข็ง บริการโปร่งใส ทันสมัย"</p>
<h2>พันธกิจ</h2><ol><li>ให้บริการประชาชนอย่างสะดวก รวดเร็ว โปร่งใส</li><li>ดูแลความสะอาด ความปลอดภัย และสิ่งแวดล้อมในพื้นที่</li>
<li>ส่งเสริมการศึกษา สุขภาพ และคุณภาพชีวิตของชุมชน</li><li>พัฒนาโครงสร้างพื้นฐานและระบบระบายน้ำ</li></ol>"""
    w("/about/index.html", page("ประวัติเขตคลองสุวรรณ", body, [("/about/", "เกี่ยวกับเขต")], side))

    # structure PDF, shown with <object>
    rows = [["หน่วยงาน", "หัวหน้าหน่วยงาน", "ภารกิจโดยสรุป"]]
    chiefs = ["นายสมชาย ทองดี", "นางวิภาวรรณ แก้วมณี", "นางสาวรัตนา ชื่นจิต", "นายประเสริฐ บุญมา", "นายอนุชา เพ็ชรรัตน์",
              "นางสุภาพร ศรีสุข", "นายชาตรี จันทร์หอม", "นายกิตติพงษ์ ศักดิ์ดี", "นางจันทร์เพ็ญ มีสุข", "นางสาวพิมพ์ชนก ใจงาม"]
    tasks = ["งานธุรการ งานบุคคล งานแผน งานเลือกตั้ง", "งานทะเบียนราษฎร บัตรประจำตัวประชาชน", "งานงบประมาณ การเงิน บัญชี พัสดุ",
             "งานจัดเก็บภาษีและรายได้", "งานก่อสร้าง ควบคุมอาคาร ระบายน้ำ", "งานอนามัย อาหารปลอดภัย กิจการที่เป็นอันตรายต่อสุขภาพ",
             "งานเก็บขนมูลฝอย สวนสาธารณะ", "งานรักษาความสงบเรียบร้อย หาบเร่แผงลอย", "งานชุมชน สวัสดิการ ผู้สูงอายุ คนพิการ",
             "งานโรงเรียนสังกัดกรุงเทพมหานคร"]
    for dv, c, t in zip(DIVISIONS, chiefs, tasks):
        rows.append([dv, c, t])
    make_pdf("/files/about/structure-2568.pdf", [
        ("h", "โครงสร้างส่วนราชการ สำนักงานเขตคลองสุวรรณ"),
        ("c", "ข้อมูล ณ วันที่ 1 ตุลาคม 2567"),
        ("p", "ผู้อำนวยการเขตคลองสุวรรณ : " + DIRECTOR),
        ("p", "ผู้ช่วยผู้อำนวยการเขต 3 ตำแหน่ง (ว่าง 1 ตำแหน่ง) กำกับดูแลฝ่ายต่าง ๆ 10 ฝ่าย ดังนี้"),
        ("t", rows, [55, 40, 80]),
        ("p", "อัตรากำลังรวม ข้าราชการ 148 อัตรา ลูกจ้างประจำ 96 อัตรา ลูกจ้างชั่วคราว 412 อัตรา"),
    ], title="โครงสร้างส่วนราชการ สำนักงานเขตคลองสุวรรณ")
    body = """<h1>โครงสร้างส่วนราชการ</h1>
<p>โครงสร้างการแบ่งส่วนราชการของสำนักงานเขตคลองสุวรรณ ประกอบด้วย 10 ฝ่าย (ข้อมูล ณ 1 ตุลาคม 2567)</p>
<object data="/files/about/structure-2568.pdf" type="application/pdf" width="100%" height="760" class="pdfbox">
  <p>เบราว์เซอร์ของท่านไม่รองรับการแสดงผล PDF <a href="/files/about/structure-2568.pdf">ดาวน์โหลดโครงสร้างส่วนราชการ</a></p>
</object>"""
    w("/about/structure/index.html", page("โครงสร้างส่วนราชการ", body, [("/about/", "เกี่ยวกับเขต"), (None, "โครงสร้าง")], side))

    hues = ["#b9cde0", "#d8c3dc", "#c6dcc2"]
    ex = ""
    for i, (n, p, ph, em, img) in enumerate(EXECS):
        if img:
            portrait(img, hues[i])
            pic = f'<img src="/assets/img/{img}" alt="{n}" width="120" height="150">'
        else:
            pic = '<div style="width:120px;height:150px;background:#ddd;text-align:center;line-height:150px">ว่าง</div>'
        ex += f'<div class="exec">{pic}<div><h3>{n}</h3><p>{p}</p><p>โทรศัพท์ {ph}<br>อีเมล {em}</p></div></div>\n'
    body = f"<h1>ผู้บริหารสำนักงานเขตคลองสุวรรณ</h1>\n<p>ข้อมูล ณ วันที่ 2 พฤษภาคม 2568</p>\n{ex}"
    w("/about/executives/index.html", page("ผู้บริหาร", body, [("/about/", "เกี่ยวกับเขต"), (None, "ผู้บริหาร")], side))

    body = """<h1>อำนาจหน้าที่ของสำนักงานเขต</h1>
<p>ตามพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. 2528 มาตรา 71 และข้อบัญญัติกรุงเทพมหานคร
สำนักงานเขตมีอำนาจหน้าที่ ดังนี้</p>
<ol>
<li>ดำเนินการตามอำนาจหน้าที่ของกรุงเทพมหานครเฉพาะภายในเขต ตามที่ผู้ว่าราชการกรุงเทพมหานครมอบหมาย</li>
<li>ดำเนินการตามอำนาจหน้าที่ที่กฎหมายกำหนดให้เป็นอำนาจหน้าที่ของผู้อำนวยการเขต</li>
<li>จัดเก็บภาษีและรายได้ของกรุงเทพมหานครในเขตพื้นที่</li>
<li>งานทะเบียนราษฎร บัตรประจำตัวประชาชน และงานทะเบียนอื่น ๆ</li>
<li>รักษาความสะอาด ความเป็นระเบียบเรียบร้อย การสาธารณสุข และสิ่งแวดล้อม</li>
<li>ควบคุมอาคาร การก่อสร้าง และการบำรุงรักษาถนน ทางเท้า ท่อระบายน้ำ</li>
<li>ส่งเสริมการศึกษา กีฬา วัฒนธรรม การพัฒนาชุมชนและสวัสดิการสังคม</li>
</ol>"""
    w("/about/authority/index.html", page("อำนาจหน้าที่", body, [("/about/", "เกี่ยวกับเขต"), (None, "อำนาจหน้าที่")], side))

    body = """<h1>กฎหมายที่เกี่ยวข้อง</h1><ul>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. 2528</a></li>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติการสาธารณสุข พ.ศ. 2535</a></li>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติควบคุมอาคาร พ.ศ. 2522</a></li>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562</a></li>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560</a></li>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558</a></li>
</ul>"""
    w("/about/laws/index.html", page("กฎหมายที่เกี่ยวข้อง", body, [("/about/", "เกี่ยวกับเขต"), (None, "กฎหมาย")], side))

    # map image
    im = Image.new("RGB", (700, 420), "#eef3e6")
    d = ImageDraw.Draw(im)
    d.line([(0, 200), (700, 220)], fill="#f4c542", width=18)
    d.line([(330, 0), (360, 420)], fill="#ffffff", width=12)
    d.line([(0, 330), (700, 300)], fill="#6fa8dc", width=14)
    d.ellipse([365, 150, 395, 180], fill="#d0312d")
    d.text((400, 140), "สำนักงานเขตคลองสุวรรณ", font=font(22, True), fill="#222")
    d.text((20, 170), "ถนนสุวรรณาราม", font=font(18), fill="#333")
    d.text((20, 340), "คลองสุวรรณ", font=font(18), fill="#1c4f80")
    im.save(sp("/assets/img/map.png"))
    body = f"""<h1>ติดต่อสำนักงานเขตคลองสุวรรณ</h1>
<table class="list">
<tr><th>ที่อยู่</th><td>{ADDR}</td></tr>
<tr><th>โทรศัพท์</th><td>{PHONE} (ประชาสัมพันธ์) / 0 2457 3130 (ฝ่ายทะเบียน) / 0 2457 3140 (ฝ่ายรายได้)</td></tr>
<tr><th>โทรสาร</th><td>{FAX}</td></tr>
<tr><th>อีเมล</th><td><a href="mailto:{EMAIL}">{EMAIL}</a></td></tr>
<tr><th>Facebook</th><td><a href="https://www.facebook.com/klongsuwandistrict">สำนักงานเขตคลองสุวรรณ</a></td></tr>
<tr><th>LINE Official</th><td>@klongsuwan</td></tr>
</table>
<h2>แผนที่</h2>
<img src="/assets/img/map.png" alt="แผนที่สำนักงานเขตคลองสุวรรณ" width="700">
<p><a href="https://maps.google.com/?q=13.7215,100.4412">เปิดใน Google Maps</a></p>"""
    w("/contact/index.html", page("ติดต่อเรา", body, [(None, "ติดต่อเรา")], side))


# ---------------------------------------------------------------- news
NEWS = [
    ("2568-05-12", "ผอ.เขตคลองสุวรรณ ลงพื้นที่ตรวจความเรียบร้อยทางเท้า ถนนสุวรรณาราม",
     "นายธนพล ศรีวัฒนากุล ผู้อำนวยการเขตคลองสุวรรณ พร้อมด้วยฝ่ายโยธาและฝ่ายเทศกิจ ลงพื้นที่ตรวจความเรียบร้อยทางเท้าถนนสุวรรณาราม ช่วงแยกบางไผ่งามถึงวัดสุวรรณาราม ระยะทาง 1.2 กิโลเมตร ซึ่งปรับปรุงแล้วเสร็จตามแผนงานปี 2568 พร้อมสั่งการให้จัดระเบียบหาบเร่แผงลอยในจุดผ่อนผัน"),
    ("2568-05-03", "กิจกรรม Big Cleaning Day ล้างตลาดและขุดลอกคลองบางไผ่งาม",
     "สำนักงานเขตคลองสุวรรณ ร่วมกับชุมชนริมคลองบางไผ่งาม 6 ชุมชน จัดกิจกรรม Big Cleaning Day เก็บขยะและผักตบชวาได้ 4.8 ตัน ล้างทำความสะอาดตลาดบางไผ่งาม และขุดลอกท่อระบายน้ำรวม 860 เมตร เพื่อเตรียมรับมือฤดูฝน"),
    ("2568-04-22", "ประชุมคณะกรรมการชุมชน ครั้งที่ 2/2568",
     "สำนักงานเขตจัดประชุมประธานกรรมการชุมชน 31 ชุมชน ชี้แจงการใช้งบประมาณพัฒนาชุมชน และรับฟังความคิดเห็นเรื่องจุดเสี่ยงน้ำท่วมขังและจุดเสี่ยงอาชญากรรม"),
    ("2568-04-10", "เตรียมความพร้อมเทศกาลสงกรานต์ปลอดภัย ปี 2568",
     "ฝ่ายเทศกิจร่วมกับสถานีตำรวจนครบาลคลองสุวรรณ ตรวจความพร้อมจุดจัดงานสงกรานต์ 4 จุด และติดตั้งจุดบริการประชาชนตลอดช่วงวันที่ 12 - 16 เมษายน 2568"),
    ("2568-03-20", "บริการฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าฟรี 8 ชุมชน",
     "ฝ่ายสิ่งแวดล้อมและสุขาภิบาลให้บริการฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าและผ่าตัดทำหมันสุนัขและแมว รวม 1,240 ตัว ในพื้นที่ 8 ชุมชน"),
    ("2568-02-27", "อบรมการป้องกันและระงับอัคคีภัยในชุมชน",
     "สำนักงานเขตร่วมกับสถานีดับเพลิงและกู้ภัยบางไผ่งาม จัดอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือนและตัวแทนชุมชน 120 คน ฝึกใช้ถังดับเพลิงและการอพยพ"),
    ("2568-01-11", "จัดงานวันเด็กแห่งชาติ ประจำปี 2568",
     "สำนักงานเขตคลองสุวรรณ ร่วมกับโรงเรียนสังกัดกรุงเทพมหานคร 6 โรงเรียน จัดงานวันเด็กแห่งชาติ ณ ลานกีฬาสุวรรณาราม มีเด็กและผู้ปกครองร่วมงานกว่า 2,500 คน"),
    ("2567-12-18", "ประชุมชี้แจงแนวทางการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568",
     "ฝ่ายปกครองจัดประชุมหัวหน้าฝ่ายทุกฝ่าย ชี้แจงหลักเกณฑ์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) และมอบหมายผู้รับผิดชอบการเปิดเผยข้อมูลสาธารณะแต่ละข้อ โดยผู้อำนวยการเขตกำกับติดตามเดือนละ 1 ครั้ง"),
]
TH_MONTHS = ["", "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
             "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON_S = ["", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def thdate(s):
    y, m, d = s.split("-")
    return f"{int(d)} {TH_MONTHS[int(m)]} {y}"


def news_pages():
    cards = ""
    colors_ = ["#2e86ab", "#a23b72", "#f18f01", "#3b8b5a", "#6c4f9c", "#c73e1d", "#2a9d8f", "#264653"]
    for i, (dt, title, text) in enumerate(NEWS, 1):
        im = Image.new("RGB", (800, 450), colors_[i - 1])
        d = ImageDraw.Draw(im)
        ff = font(34, True)
        yy = 150
        for ln in wrap(d, title, ff, 720):
            d.text((40, yy), ln, font=ff, fill="white")
            yy += 52
        d.text((40, 380), "เขตคลองสุวรรณ " + thdate(dt), font=font(22), fill="white")
        im.save(sp(f"/news/{i}/cover.jpg"), quality=80)
        extra = ""
        if i == 8:
            extra = ('<p>เอกสารประกอบการประชุม:</p><embed src="/files/news/ita-briefing-2568.pdf" '
                     'type="application/pdf" width="100%" height="500">')
        if i == 4:
            extra = '<p><a href="/files/forms/songkran-booth-request.docx">แบบคำขอใช้พื้นที่จัดกิจกรรม (DOCX)</a></p>'
        body = f"""<h1>{title}</h1><p class="small">วันที่ {thdate(dt)} โดย ฝ่ายปกครอง (งานประชาสัมพันธ์)</p>
<img src="/news/{i}/cover.jpg" alt="{title}" width="640"><p>{text}</p>{extra}
<p><a href="/news/">&laquo; กลับหน้าข่าวประชาสัมพันธ์</a></p>"""
        w(f"/news/{i}/index.html", page(title, body, [("/news/", "ข่าวประชาสัมพันธ์"), (None, title[:30])]))
        cards += f'<div class="card"><a href="/news/{i}/"><img src="/news/{i}/cover.jpg" width="100%" alt=""></a><p><a href="/news/{i}/">{title}</a></p><p class="small">{thdate(dt)}</p></div>\n'
    body = f"""<h1>ข่าวประชาสัมพันธ์ / ผลการดำเนินงาน</h1>
<p>จดหมายข่าวรายเดือน: <a href="/flipbook/newsletter-2568-04/index.html">จดหมายข่าวเขตคลองสุวรรณ ฉบับเดือนเมษายน 2568 (E-Book)</a></p>
<div class="newsgrid">{cards}</div>"""
    w("/news/index.html", page("ข่าวประชาสัมพันธ์", body, [(None, "ข่าวประชาสัมพันธ์")]))
    make_pdf("/files/news/ita-briefing-2568.pdf", [
        ("h", "เอกสารประกอบการประชุมชี้แจงการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568"),
        ("c", "สำนักงานเขตคลองสุวรรณ วันที่ 18 ธันวาคม 2567"),
        ("p", "1. ผลการประเมิน ITA ปี 2567 ของสำนักงานเขตคลองสุวรรณ ได้คะแนนรวม 93.87 คะแนน ระดับผ่านดี"),
        ("p", "2. แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) มีจำนวน 22 ข้อ ให้ทุกฝ่ายตรวจสอบข้อมูลของฝ่ายให้เป็นปัจจุบัน"),
        ("p", "3. ให้ฝ่ายปกครองจัดทำ Checklist การเปิดเผยข้อมูลสาธารณะ และรายงานผู้อำนวยการเขตเดือนละ 1 ครั้ง"),
    ])
    # docx form
    from docx import Document
    doc = Document()
    doc.add_heading("แบบคำขอใช้พื้นที่สาธารณะเพื่อจัดกิจกรรม", 1)
    for t in ["เขียนที่ ...........................................", "วันที่ ........ เดือน .................. พ.ศ. ..........",
              "เรียน ผู้อำนวยการเขตคลองสุวรรณ", "ข้าพเจ้า ...................................... อายุ ...... ปี",
              "มีความประสงค์ขอใช้พื้นที่ ...................................... เพื่อจัดกิจกรรม ......................",
              "ระหว่างวันที่ ................... ถึงวันที่ ...................", "ลงชื่อ .................................. ผู้ยื่นคำขอ"]:
        doc.add_paragraph(t)
    doc.save(sp("/files/forms/songkran-booth-request.docx"))


# ---------------------------------------------------------------- viewer and drive
VIEWER_HTML = """<!DOCTYPE html>
<!-- PDF.js viewer (trimmed build used by the district web team) -->
<html dir="ltr" lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<meta name="google" content="notranslate">
<title>PDF.js viewer</title>
<link rel="stylesheet" href="viewer.css">
<script src="../build/pdf.js"></script>
<script src="viewer.js"></script>
</head>
<body tabindex="1">
<div id="outerContainer">
  <div id="toolbarContainer">
    <div id="toolbarViewer">
      <button id="sidebarToggle" title="Toggle Sidebar">&#9776;</button>
      <button id="previous" title="หน้าก่อน">&lsaquo;</button>
      <input type="number" id="pageNumber" value="1" size="4"> <span id="numPages"></span>
      <button id="next" title="หน้าถัดไป">&rsaquo;</button>
      <span id="title" class="docTitle"></span>
      <a id="download" title="ดาวน์โหลด" href="#">ดาวน์โหลด</a>
      <button id="print" title="พิมพ์">พิมพ์</button>
    </div>
  </div>
  <div id="viewerContainer"><div id="viewer" class="pdfViewer"></div></div>
  <div id="errorWrapper" hidden>
    <div id="errorMessageLeft"><span id="errorMessage"></span></div>
  </div>
</div>
</body>
</html>
"""

VIEWER_JS = r"""/* viewer.js - minimal PDF.js application glue */
(function () {
  'use strict';
  var DEFAULT_URL = 'compressed.tracemonkey-pldi-09.pdf';
  function getFile() {
    var params = new URLSearchParams(window.location.search);
    var f = params.get('file');
    return f ? decodeURIComponent(f) : DEFAULT_URL;
  }
  function showError(msg) {
    var w = document.getElementById('errorWrapper');
    document.getElementById('errorMessage').textContent = msg;
    w.hidden = false;
  }
  document.addEventListener('DOMContentLoaded', function () {
    var file = getFile();
    var url = new URL(file, window.location.href).href;
    document.getElementById('download').href = url;
    document.getElementById('title').textContent = decodeURIComponent(url.split('/').pop());
    document.title = decodeURIComponent(url.split('/').pop()) + ' - PDF.js viewer';
    pdfjsLib.getDocument(url).promise.then(function (pdf) {
      document.getElementById('numPages').textContent = '/ ' + pdf.numPages;
      for (var i = 1; i <= pdf.numPages; i++) { PDFViewerApplication.renderPage(pdf, i); }
    }).catch(function (e) {
      showError('Missing PDF file. เกิดข้อผิดพลาดในการโหลดเอกสาร PDF (' + url + ')');
    });
  });
})();
"""

PDFJS_STUB = r"""/* pdf.js (stub of the display layer; the real build was stripped to save space) */
var pdfjsLib = {
  getDocument: function (url) {
    return { promise: fetch(url).then(function (r) {
      if (!r.ok) { throw new Error('Missing PDF "' + url + '".'); }
      return { numPages: 1, url: url };
    }) };
  }
};
var PDFViewerApplication = {
  renderPage: function (pdf, n) {
    var v = document.getElementById('viewer');
    var f = document.createElement('iframe');
    f.src = pdf.url; f.style.width = '100%'; f.style.height = '90vh';
    v.appendChild(f);
  }
};
"""


def viewer_files():
    w("/viewer/web/viewer.html", VIEWER_HTML)
    w("/viewer/web/viewer.js", VIEWER_JS)
    w("/viewer/build/pdf.js", PDFJS_STUB)
    w("/viewer/web/viewer.css", "body{margin:0;background:#525659}#toolbarContainer{background:#38383d;color:#fff;padding:4px}"
      "#errorWrapper{background:#ff5555;color:#fff;padding:8px}")


DRIVE_PAGES = {}


def drive_page(fid, fname, preview, download, exists=True):
    """Google-Drive-style preview page at /drive/file/d/<id>/view"""
    body = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8">
<title>{fname} - Google ไดรฟ์</title>
<meta property="og:title" content="{fname}">
<style>body{{margin:0;background:#2b2b2b;font-family:Arial,'Garuda',sans-serif}}
.bar{{display:flex;align-items:center;justify-content:space-between;background:#1f1f1f;color:#eee;padding:10px 16px}}
.bar a{{color:#fff;background:#1a73e8;padding:6px 14px;border-radius:4px;text-decoration:none}}
iframe{{width:100%;height:calc(100vh - 56px);border:0;background:#fff}}</style>
</head><body>
<div class="bar"><div class="name">&#128196; {fname}</div>
<div><a class="ndfHFb-c4YZDc-to915-LgbsSe" href="{download}" download aria-label="ดาวน์โหลด">ดาวน์โหลด</a></div></div>
<iframe src="{preview}" title="{fname}" allow="autoplay"></iframe>
</body></html>
"""
    w(f"/drive/file/d/{fid}/view/index.html", body)
    DRIVE_PAGES[f"/drive/file/d/{fid}/view"] = f"drive/file/d/{fid}/view/index.html"
    return f"/drive/file/d/{fid}/view"


# ---------------------------------------------------------------- flipbook
FLIP_JS = r"""/* flipbook.js - HTML5 page-flip reader */
(function () {
  function el(t, a) { var e = document.createElement(t); for (var k in a) e.setAttribute(k, a[k]); return e; }
  window.addEventListener('load', function () {
    var cfg = window.bookConfig; if (!cfg) return;
    document.title = cfg.bookTitle;
    var book = document.getElementById('flipbook');
    document.getElementById('bookTitle').textContent = cfg.bookTitle;
    cfg.pages.forEach(function (p, i) {
      var pg = el('div', {'class': 'page', 'data-page': i + 1});
      pg.appendChild(el('img', {src: p.large, alt: 'page ' + (i + 1), width: cfg.pageWidth, height: cfg.pageHeight}));
      book.appendChild(pg);
    });
    if (cfg.searchFile) {
      fetch(cfg.searchFile).then(function (r) { return r.json(); }).then(function (d) { window.bookSearch = d; });
    }
  });
})();
"""


def flipbook(name, title, pages_blocks, searchable, degrade_pages=False, desc=""):
    base = f"/flipbook/{name}"
    pages = []
    texts = []
    for i, blocks in enumerate(pages_blocks, 1):
        im = render_page(blocks)
        if degrade_pages:
            im = degrade(im)
            im.save(sp(f"{base}/files/page/{i}.jpg"), quality=34)
        else:
            im = im.resize((im.width * 3 // 4, im.height * 3 // 4), Image.LANCZOS)
            im.save(sp(f"{base}/files/page/{i}.jpg"), quality=82)
        th_ = im.resize((124, 175))
        th_.save(sp(f"{base}/files/thumb/{i}.jpg"), quality=70)
        pages.append({"large": f"files/page/{i}.jpg", "thumb": f"files/thumb/{i}.jpg"})
        txt = []
        for b in blocks:
            if b[0] in ("h", "c", "p"):
                txt.append(b[1])
            elif b[0] == "t":
                for r in b[1]:
                    txt.append(" ".join(str(c) for c in r))
        texts.append("\n".join(txt))
    iw, ih = Image.open(sp(f"{base}/files/page/1.jpg")).size
    cfg = {"bookTitle": title, "totalPageCount": len(pages), "pageWidth": iw, "pageHeight": ih,
           "pages": pages, "searchFile": "files/search/searchtext.json" if searchable else "",
           "logoUrl": "/", "language": "thai", "createdBy": "FlipBuilder HTML5"}
    w(f"{base}/javascript/config.js",
      "var bookConfig = " + json.dumps(cfg, ensure_ascii=False, indent=1) + ";\n")
    w(f"{base}/javascript/flipbook.js", FLIP_JS)
    if searchable:
        w(f"{base}/files/search/searchtext.json",
          json.dumps({"title": title, "pages": [{"page": i + 1, "text": t} for i, t in enumerate(texts)]},
                     ensure_ascii=False, indent=1))
    html = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="description" content="{desc or title}">
<style>body{{margin:0;background:#3a3a3a}}#top{{color:#fff;padding:10px;font-family:Garuda,sans-serif}}
.page{{display:inline-block;margin:6px;box-shadow:0 0 8px #000}}.page img{{max-width:46vw;height:auto}}</style>
<script src="javascript/config.js"></script>
<script src="javascript/flipbook.js"></script>
</head><body>
<div id="top"><span id="bookTitle">{title}</span></div>
<div id="flipbook"></div>
<noscript>กรุณาเปิดใช้งาน JavaScript เพื่ออ่าน E-Book</noscript>
</body></html>
"""
    w(f"{base}/index.html", html)
    return base + "/index.html"


# ---------------------------------------------------------------- documents per item
def months_fy2568(upto=7):
    ms = [(2567, 10), (2567, 11), (2567, 12), (2568, 1), (2568, 2), (2568, 3), (2568, 4)]
    return ms[:upto]


def build_items():
    items = {}  # code -> html body for the item page

    # ---- O1 basic info (HTML pages + object PDF) -> pass
    items["O1"] = ("ข้อมูลพื้นฐานของสำนักงานเขต", """
<ul>
<li><a href="/about/structure/">โครงสร้างส่วนราชการ</a> (แสดงเอกสาร PDF)</li>
<li><a href="/about/executives/">ข้อมูลผู้บริหาร</a> (ชื่อ ตำแหน่ง รูปถ่าย โทรศัพท์ อีเมล)</li>
<li><a href="/about/authority/">อำนาจหน้าที่</a></li>
<li><a href="/about/laws/">กฎหมายที่เกี่ยวข้อง</a></li>
<li><a href="/contact/">ข้อมูลการติดต่อ</a> (ที่อยู่ โทรศัพท์ โทรสาร อีเมล แผนที่)</li>
<li><a href="/faq/">ถาม-ตอบ (Q&amp;A)</a></li>
<li>Social Network: <a href="https://www.facebook.com/klongsuwandistrict">Facebook</a> / LINE @klongsuwan</li>
</ul>""")

    # ---- O2 governor policy + BMA plans (Drive previews) -> pass
    make_pdf("/files/drive/1Hq3vT9kLmZ2xR7pWc4YbN8sFd6GjA0eU/policy.pdf", [
        ("h", "นโยบายผู้ว่าราชการกรุงเทพมหานคร (นายชัชชาติ สิทธิพันธุ์)"),
        ("c", "9 ดี เพื่อคนกรุงเทพฯ ทุกคน"),
        ("t", [["มิติ", "สาระสำคัญ"], ["ปลอดภัยดี", "ลดจุดเสี่ยง ไฟส่องสว่าง น้ำท่วม"], ["เดินทางดี", "ทางเท้า การเดินทางเชื่อมต่อ"],
               ["สิ่งแวดล้อมดี", "ต้นไม้ล้านต้น ขยะ ฝุ่น PM2.5"], ["สุขภาพดี", "ศูนย์บริการสาธารณสุข บริการปฐมภูมิ"],
               ["เศรษฐกิจดี", "หาบเร่แผงลอย ผู้ประกอบการรายย่อย"], ["สังคมดี", "ผู้สูงอายุ คนพิการ กลุ่มเปราะบาง"],
               ["เรียนดี", "โรงเรียนสังกัดกรุงเทพมหานคร"], ["โครงสร้างดี", "ระบบระบายน้ำ ผังเมือง"],
               ["บริหารจัดการดี", "ความโปร่งใส Open Data ลดขั้นตอน"]], [45, 120]),
        ("p", "สำนักงานเขตคลองสุวรรณนำนโยบายดังกล่าวมาจัดทำแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568 ของสำนักงานเขต"),
    ], title="นโยบายผู้ว่าราชการกรุงเทพมหานคร")
    d2a = drive_page("1Hq3vT9kLmZ2xR7pWc4YbN8sFd6GjA0eU", "นโยบายผู้ว่าราชการกรุงเทพมหานคร.pdf",
                     "/files/drive/1Hq3vT9kLmZ2xR7pWc4YbN8sFd6GjA0eU/policy.pdf",
                     "/files/drive/1Hq3vT9kLmZ2xR7pWc4YbN8sFd6GjA0eU/policy.pdf")
    make_pdf("/files/drive/1Pz8rK2nVb5XtL9wQm3CyH7jDf4SgE1aO/bma-plans.pdf", [
        ("h", "แผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร"),
        ("p", "1. แผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี (พ.ศ. 2561 - 2580)"),
        ("p", "2. แผนพัฒนากรุงเทพมหานคร ระยะ 5 ปี ระยะที่ 2 (พ.ศ. 2566 - 2570)"),
        ("p", "3. แผนปฏิบัติราชการกรุงเทพมหานคร ประจำปีงบประมาณ พ.ศ. 2568"),
        ("p", "สรุปสาระสำคัญ: มหานครปลอดภัย มหานครสีเขียว สะดวกสบาย มหานครสำหรับทุกคน มหานครกระชับ "
              "มหานครประชาธิปไตย และการบริหารจัดการเมืองมหานคร"),
        ("p", "ความเชื่อมโยงกับแผนของสำนักงานเขตคลองสุวรรณ: ตัวชี้วัดระดับเขต 42 ตัวชี้วัด ตามแผนปฏิบัติราชการ ประจำปี 2568"),
    ], title="แผนพัฒนากรุงเทพมหานคร")
    d2b = drive_page("1Pz8rK2nVb5XtL9wQm3CyH7jDf4SgE1aO", "แผนพัฒนากรุงเทพมหานคร 20 ปี และแผนปฏิบัติราชการ กทม. 2568.pdf",
                     "/files/drive/1Pz8rK2nVb5XtL9wQm3CyH7jDf4SgE1aO/bma-plans.pdf",
                     "/files/drive/1Pz8rK2nVb5XtL9wQm3CyH7jDf4SgE1aO/bma-plans.pdf")
    items["O2"] = ("นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร", f"""
<table class="list"><tr><th>เอกสาร</th><th>เปิดดู</th></tr>
<tr><td>นโยบายผู้ว่าราชการกรุงเทพมหานคร 9 ดี</td><td><a class="btn" href="{d2a}">ดูเอกสาร (Google Drive)</a></td></tr>
<tr><td>แผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี / แผนปฏิบัติราชการกรุงเทพมหานคร ประจำปี 2568</td><td><a class="btn" href="{d2b}">ดูเอกสาร (Google Drive)</a></td></tr>
</table>""")

    # ---- O3 schools (image-only clean flipbook) -> pass
    schools = [
        ["โรงเรียน", "ที่ตั้ง", "โทรศัพท์", "นักเรียน (คน)"],
        ["โรงเรียนวัดสุวรรณาราม", "ถนนสุวรรณาราม แขวงคลองสุวรรณ", "0 2457 2201", "812"],
        ["โรงเรียนวัดบางไผ่งาม", "ซอยบางไผ่งาม 3 แขวงบางไผ่งาม", "0 2457 2215", "645"],
        ["โรงเรียนคลองสุวรรณวิทยา", "ซอยสุวรรณาราม 14 แขวงคลองสุวรรณ", "0 2457 2230", "1,104"],
        ["โรงเรียนบ้านบางไผ่งาม", "ริมคลองบางไผ่งาม แขวงบางไผ่งาม", "0 2457 2248", "388"],
        ["โรงเรียนวัดทองนพคุณ", "ถนนเทอดไท แขวงคลองสุวรรณ", "0 2457 2256", "529"],
        ["โรงเรียนสุวรรณประชาสรรค์", "ซอยเพชรเกษม 28 แขวงบางไผ่งาม", "0 2457 2263", "701"],
    ]
    fb3 = flipbook("bma-schools", "โรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขตคลองสุวรรณ", [
        [("h", "ข้อมูลโรงเรียนสังกัดกรุงเทพมหานคร"), ("h", "ในพื้นที่เขตคลองสุวรรณ"),
         ("c", "ปีการศึกษา ๒๕๖๗"), ("sp", 40), ("c", "ฝ่ายการศึกษา สำนักงานเขตคลองสุวรรณ"),
         ("p", "เขตคลองสุวรรณมีโรงเรียนสังกัดกรุงเทพมหานครจำนวน 6 โรงเรียน จัดการศึกษาตั้งแต่ระดับปฐมวัยถึงมัธยมศึกษาตอนต้น "
               "มีนักเรียนรวม 4,179 คน ครูและบุคลากรทางการศึกษา 236 คน")],
        [("h", "รายชื่อโรงเรียน"), ("t", schools, [32, 40, 18, 14]),
         ("p", "ข้อมูล ณ วันที่ 10 มกราคม 2568 ติดต่อฝ่ายการศึกษา โทร. 0 2457 3150")],
    ], searchable=False)
    items["O3"] = ("โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต", f"""
<p>ข้อมูลโรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขตคลองสุวรรณ (E-Book)</p>
<p><a href="{fb3}"><img src="/flipbook/bma-schools/files/thumb/1.jpg" alt="E-Book โรงเรียน"><br>อ่าน E-Book</a></p>""")

    # ---- O4 performance PR (news pages + searchable newsletter flipbook) -> pass
    fb4 = flipbook("newsletter-2568-04", "จดหมายข่าวเขตคลองสุวรรณ ฉบับเดือนเมษายน 2568", [
        [("h", "จดหมายข่าวเขตคลองสุวรรณ"), ("c", "ฉบับที่ 4/2568 เดือนเมษายน 2568"),
         ("p", "ผลการดำเนินงานเด่นประจำเดือน: ปรับปรุงทางเท้าถนนสุวรรณาราม ระยะทาง 1.2 กิโลเมตร แล้วเสร็จ 100%"),
         ("p", "ขุดลอกท่อระบายน้ำสะสมตั้งแต่ตุลาคม 2567 รวม 18.4 กิโลเมตร จากเป้าหมาย 30 กิโลเมตร"),
         ("p", "ปลูกต้นไม้ตามโครงการต้นไม้ล้านต้น สะสม 3,420 ต้น"),
         ("p", "รับเรื่องผ่าน Traffy Fondue 1,862 เรื่อง ดำเนินการเสร็จสิ้น 1,795 เรื่อง (ร้อยละ 96.4)")],
        [("h", "บริการประชาชน"), ("p", "ฝ่ายทะเบียนให้บริการทำบัตรประจำตัวประชาชน 2,140 ราย งานทะเบียนราษฎร 3,006 ราย"),
         ("p", "ฝ่ายรายได้จัดเก็บภาษีที่ดินและสิ่งปลูกสร้างได้ร้อยละ 71 ของประมาณการ"),
         ("p", "ฝ่ายพัฒนาชุมชนฯ จ่ายเบี้ยยังชีพผู้สูงอายุ 9,812 ราย และคนพิการ 1,206 ราย")],
    ], searchable=True)
    items["O4"] = ("การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน", f"""
<p>ข่าวผลการดำเนินงานของสำนักงานเขตคลองสุวรรณ เผยแพร่ที่ <a href="/news/">ข่าวประชาสัมพันธ์</a> และจดหมายข่าวรายเดือน</p>
<ul>{''.join(f'<li><a href="/news/{i}/">{t}</a> ({thdate(d)})</li>' for i, (d, t, _) in enumerate(NEWS, 1))}</ul>
<p><a href="{fb4}">จดหมายข่าวเขตคลองสุวรรณ ฉบับเดือนเมษายน 2568 (E-Book)</a></p>""")

    # ---- O5 action plan (ok) + annual report (viewer -> missing file) -> broken
    make_pdf("/files/plan/action-plan-2568.pdf", [
        ("h", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568"), ("h", "สำนักงานเขตคลองสุวรรณ"),
        ("c", "จัดทำโดย ฝ่ายปกครอง ตุลาคม 2567"),
        ("p", "แผนปฏิบัติราชการฉบับนี้สอดคล้องกับแผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี และนโยบายผู้ว่าราชการกรุงเทพมหานคร 9 ดี"),
        ("t", [["ลำดับ", "โครงการ/กิจกรรม", "งบประมาณ (บาท)", "ผู้รับผิดชอบ", "ตัวชี้วัด"],
               ["1", "ปรับปรุงทางเท้าถนนสุวรรณาราม", "4,850,000", "ฝ่ายโยธา", "ทางเท้า 1.2 กม."],
               ["2", "ขุดลอกท่อระบายน้ำ", "2,300,000", "ฝ่ายโยธา", "30 กม."],
               ["3", "ต้นไม้ล้านต้น", "450,000", "ฝ่ายรักษาความสะอาดฯ", "5,000 ต้น"],
               ["4", "ส่งเสริมอาหารปลอดภัย", "380,000", "ฝ่ายสิ่งแวดล้อมฯ", "ร้านอาหาร 300 ร้าน"],
               ["5", "จัดระเบียบหาบเร่แผงลอย", "150,000", "ฝ่ายเทศกิจ", "จุดผ่อนผัน 12 จุด"],
               ["6", "พัฒนาศักยภาพกรรมการชุมชน", "520,000", "ฝ่ายพัฒนาชุมชนฯ", "31 ชุมชน"],
               ["7", "บริการ BMA OSS และลดขั้นตอน", "90,000", "ฝ่ายปกครอง", "ร้อยละ 90 ภายในเวลา"]],
         [12, 55, 28, 35, 40]),
    ], title="แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568")
    items["O5"] = ("แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี", f"""
<table class="list"><tr><th>เอกสาร</th><th>เปิด</th></tr>
<tr><td>แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568</td><td><a class="btn" href="{viewer('/files/plan/action-plan-2568.pdf')}">เปิดเอกสาร</a></td></tr>
<tr><td>รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2567</td><td><a class="btn" href="{viewer('/files/plan/annual-report-2567.pdf')}">เปิดเอกสาร</a></td></tr>
</table>""")

    # ---- O6 manuals per division (viewer, encoded relative) -> incomplete (ฝ่ายเทศกิจ missing)
    rows = ""
    for i, dv in enumerate(DIVISIONS, 1):
        if dv == "ฝ่ายเทศกิจ":
            rows += f"<tr><td>{i}</td><td>{dv}</td><td>คู่มือการปฏิบัติงาน{dv}</td><td>อยู่ระหว่างปรับปรุงข้อมูล</td></tr>\n"
            continue
        fn = f"/files/manual/manual-{i:02d}.pdf"
        make_pdf(fn, [
            ("h", f"คู่มือการปฏิบัติงาน {dv}"), ("c", "สำนักงานเขตคลองสุวรรณ ปีงบประมาณ พ.ศ. 2568"),
            ("p", f"1. วัตถุประสงค์ เพื่อให้ข้าราชการและบุคลากร{dv}ปฏิบัติงานเป็นมาตรฐานเดียวกัน"),
            ("p", "2. ขอบเขต ครอบคลุมงานตามภารกิจของฝ่ายตั้งแต่รับเรื่องจนแล้วเสร็จ"),
            ("p", "3. ขั้นตอนการปฏิบัติงาน (Work Flow) รับเรื่อง ตรวจสอบ เสนอผู้มีอำนาจ แจ้งผล และจัดเก็บเอกสาร"),
            ("p", "4. มาตรฐานคุณภาพงาน และระยะเวลาแล้วเสร็จ ตามที่ประกาศกำหนด"),
            ("p", "5. แบบฟอร์มที่ใช้ และกฎหมาย/ระเบียบที่เกี่ยวข้อง"),
        ], title=f"คู่มือการปฏิบัติงาน {dv}")
        rows += (f'<tr><td>{i}</td><td>{dv}</td><td>คู่มือการปฏิบัติงาน{dv}</td>'
                 f'<td><a href="{viewer(fn, encoded_rel=True)}" target="_blank">เปิดเอกสาร</a></td></tr>\n')
    items["O6"] = ("คู่มือการปฏิบัติหน้าที่", f"""
<p>คู่มือการปฏิบัติงานของทุกฝ่ายในสำนักงานเขตคลองสุวรรณ</p>
<table class="list"><tr><th>ที่</th><th>ฝ่าย</th><th>เอกสาร</th><th>เปิด</th></tr>
{rows}</table>""")

    # ---- O7 service manuals (embed/object) -> pass
    svc = [("manual-id-card", "คู่มือสำหรับประชาชน การขอมีบัตรประจำตัวประชาชน", "ฝ่ายทะเบียน", "1 ชั่วโมง"),
           ("manual-birth", "คู่มือสำหรับประชาชน การแจ้งเกิด", "ฝ่ายทะเบียน", "30 นาที"),
           ("manual-food-license", "คู่มือสำหรับประชาชน การขอใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "30 วัน"),
           ("manual-building", "คู่มือสำหรับประชาชน การขออนุญาตก่อสร้างอาคาร", "ฝ่ายโยธา", "45 วัน")]
    emb = ""
    for k, (fn, t, dv, tm) in enumerate(svc):
        make_pdf(f"/files/service/{fn}.pdf", [
            ("h", t), ("c", f"หน่วยงานที่ให้บริการ: {dv} สำนักงานเขตคลองสุวรรณ"),
            ("p", "หลักเกณฑ์ วิธีการ เงื่อนไข ในการยื่นคำขอ ตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558"),
            ("p", f"ช่องทางการให้บริการ: ณ {dv} สำนักงานเขตคลองสุวรรณ และระบบ BMA OSS เวลาเปิดบริการ 08.00 - 16.00 น."),
            ("t", [["ขั้นตอน", "ระยะเวลา", "ส่วนที่รับผิดชอบ"], ["ยื่นคำขอและตรวจสอบเอกสาร", "-", dv],
                   ["พิจารณา", "-", dv], ["แจ้งผลการพิจารณา", "-", dv], ["รวมระยะเวลา", tm, ""]], [70, 40, 60]),
            ("p", "ค่าธรรมเนียม: ตามกฎกระทรวงและข้อบัญญัติกรุงเทพมหานคร ช่องทางร้องเรียน: สำนักงานเขตคลองสุวรรณ โทร. 0 2457 3120"),
        ], title=t)
        if k % 2 == 0:
            emb += f'<h3>{t}</h3><embed src="/files/service/{fn}.pdf" type="application/pdf" width="100%" height="520">\n'
        else:
            emb += (f'<h3>{t}</h3><object data="/files/service/{fn}.pdf" type="application/pdf" width="100%" height="520">'
                    f'<a href="/files/service/{fn}.pdf">ดาวน์โหลด</a></object>\n')
    items["O7"] = ("คู่มือการให้บริการประชาชน", "<p>คู่มือสำหรับประชาชนของงานบริการของสำนักงานเขตคลองสุวรรณ</p>\n" + emb)

    # ---- O8 E-Service -> pass
    items["O8"] = ("E-Service", """
<table class="list"><tr><th>บริการ</th><th>ช่องทาง</th></tr>
<tr><td>ยื่นคำขออนุญาตออนไลน์ (BMA OSS) ใบอนุญาตก่อสร้าง ใบอนุญาตสาธารณสุข ฯลฯ</td><td><a href="https://oss.bangkok.go.th/">oss.bangkok.go.th</a></td></tr>
<tr><td>จองคิวล่วงหน้าบริการฝ่ายทะเบียน (BMA Q)</td><td><a href="https://bmaq.bangkok.go.th/">ระบบจองคิวออนไลน์ BMA Q</a></td></tr>
<tr><td>แจ้งปัญหาเมือง (Traffy Fondue)</td><td><a href="https://citydata.traffy.in.th/">Traffy Fondue</a> / LINE @traffyfondue</td></tr>
<tr><td>ชำระภาษีที่ดินและสิ่งปลูกสร้างออนไลน์</td><td><a href="https://bmatax.bangkok.go.th/">ระบบภาษีออนไลน์ กทม.</a></td></tr>
<tr><td>ขอใช้ห้องประชุม/ลานกีฬาของเขต (แบบฟอร์มออนไลน์)</td><td><a href="https://forms.gle/Kx7nQ2suwan2568">Google Form</a></td></tr>
</table>""")

    # ---- O9 tax statistics (image-only flipbook, FY2566 content) -> stale
    months66 = [("ต.ค. ๖๕", "2,184,300"), ("พ.ย. ๖๕", "1,906,550"), ("ธ.ค. ๖๕", "1,422,700"), ("ม.ค. ๖๖", "1,388,100"),
                ("ก.พ. ๖๖", "2,045,900"), ("มี.ค. ๖๖", "6,912,450"), ("เม.ย. ๖๖", "11,847,300"), ("พ.ค. ๖๖", "4,106,800"),
                ("มิ.ย. ๖๖", "2,950,200"), ("ก.ค. ๖๖", "1,615,000"), ("ส.ค. ๖๖", "1,302,650"), ("ก.ย. ๖๖", "1,198,400")]
    trows = [["เดือน", "ภาษีที่ดินและสิ่งปลูกสร้าง (บาท)", "ภาษีป้าย (บาท)", "รวม (บาท)"]]
    for m, v in months66:
        sign = random.randint(80000, 420000)
        tot = int(v.replace(",", "")) + sign
        trows.append([m, v, f"{sign:,}", f"{tot:,}"])
    fb9 = flipbook("tax-statistics", "ข้อมูลสถิติการจัดเก็บภาษี สำนักงานเขตคลองสุวรรณ", [
        [("h", "ข้อมูลสถิติการจัดเก็บภาษี"), ("c", "สำนักงานเขตคลองสุวรรณ ฝ่ายรายได้"),
         ("c", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ (ตุลาคม ๒๕๖๕ - กันยายน ๒๕๖๖)"),
         ("t", [[c.translate(TH_DIG) for c in r] for r in trows], [18, 36, 24, 22])],
        [("h", "สรุปผลการจัดเก็บภาษี ปีงบประมาณ 2566"),
         ("p", "ประมาณการรายได้ภาษีที่ดินและสิ่งปลูกสร้าง ๔๒,๐๐๐,๐๐๐ บาท จัดเก็บได้จริง ๓๘,๘๘๐,๓๕๐ บาท คิดเป็นร้อยละ ๙๒.๕๗"),
         ("p", "จำนวนผู้เสียภาษีที่ดินและสิ่งปลูกสร้าง ๒๘,๔๑๒ ราย ภาษีป้าย ๑,๘๐๖ ราย"),
         ("p", "ข้อมูล ณ วันที่ 30 กันยายน 2566 (ฝ่ายรายได้ สำนักงานเขตคลองสุวรรณ)")],
    ], searchable=False)
    items["O9"] = ("ข้อมูลสถิติการจัดเก็บภาษี", f"""
<p>ข้อมูลสถิติการจัดเก็บภาษีของสำนักงานเขตคลองสุวรรณ (ฝ่ายรายได้)</p>
<p><a href="{fb9}"><img src="/flipbook/tax-statistics/files/thumb/1.jpg" alt="สถิติการจัดเก็บภาษี"><br>เปิดอ่าน E-Book ข้อมูลสถิติการจัดเก็บภาษี</a></p>""")

    # ---- O10 revenue statistics (Drive: pdf preview, xlsx download), FY2568 -> pass
    rev_rows = [["เดือน", "ค่าธรรมเนียมใบอนุญาต", "ค่าธรรมเนียมเก็บขนมูลฝอย", "ค่าปรับ", "ค่าธรรมเนียมทะเบียน", "รวม"]]
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "สถิติรายได้ 2568"
    ws.append(["สถิติการจัดเก็บรายได้ (ที่มิใช่ภาษีอากร) สำนักงานเขตคลองสุวรรณ ปีงบประมาณ พ.ศ. 2568"])
    ws.append(rev_rows[0])
    for (y, m) in months_fy2568(6):
        vals = [random.randint(120000, 380000), random.randint(410000, 520000), random.randint(20000, 90000), random.randint(30000, 70000)]
        label = f"{TH_MONTHS[m]} {y}"
        ws.append([label] + vals + [sum(vals)])
        rev_rows.append([label] + [f"{v:,}" for v in vals] + [f"{sum(vals):,}"])
    ws.append(["ข้อมูล ณ วันที่ 10 เมษายน 2568 ฝ่ายรายได้"])
    rid = "1Tr6yU3iOp9AsD2fGh5JkL8zXc1VbN4mQ"
    wb.save(sp(f"/files/drive/{rid}/revenue-stat-2568.xlsx"))
    make_pdf(f"/files/drive/{rid}/preview.pdf", [
        ("h", "สถิติการจัดเก็บรายได้ (ที่มิใช่ภาษีอากร)"), ("c", "สำนักงานเขตคลองสุวรรณ ปีงบประมาณ พ.ศ. 2568 (ตุลาคม 2567 - มีนาคม 2568)"),
        ("t", rev_rows, [32, 28, 30, 20, 28, 24]), ("p", "ข้อมูล ณ วันที่ 10 เมษายน 2568 ฝ่ายรายได้"),
    ], land=True, title="สถิติการจัดเก็บรายได้ 2568")
    d10 = drive_page(rid, "สถิติการจัดเก็บรายได้ ปีงบประมาณ 2568.xlsx", f"/files/drive/{rid}/preview.pdf",
                     f"/files/drive/{rid}/revenue-stat-2568.xlsx")
    items["O10"] = ("ข้อมูลสถิติการจัดเก็บรายได้", f"""
<p>สถิติการจัดเก็บรายได้ของสำนักงานเขตคลองสุวรรณ ปีงบประมาณ พ.ศ. 2568 (รายเดือน)</p>
<p><a class="btn" href="{d10}">ดูข้อมูล (Google Drive)</a></p>""")

    # ---- O11 permit checklists (searchable flipbook) -> pass
    chk = lambda items_: [("p", "☐ " + x) for x in items_]
    fb11 = flipbook("permit-checklist", "รายการตรวจ (Checklist) ในการพิจารณาออกใบอนุญาต สำนักงานเขตคลองสุวรรณ", [
        [("h", "รายการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต"), ("c", "สำนักงานเขตคลองสุวรรณ ปีงบประมาณ พ.ศ. 2568"),
         ("p", "1. ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร (ฝ่ายสิ่งแวดล้อมและสุขาภิบาล)")] +
        chk(["แบบคำขอรับใบอนุญาต (แบบ สอ.1)", "สำเนาบัตรประจำตัวประชาชนของผู้ขอ", "ใบรับรองแพทย์ผู้สัมผัสอาหาร",
             "แผนที่ตั้งสถานประกอบการ", "ตรวจสถานที่: พื้น ผนัง การระบายอากาศ ที่ล้างภาชนะ บ่อดักไขมัน"]),
        [("p", "2. ใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ")] +
        chk(["แบบคำขอ (แบบ กอ.1)", "หนังสือยินยอมให้ใช้สถานที่", "ตรวจการป้องกันเหตุรำคาญ เสียง กลิ่น ฝุ่น",
             "ตรวจระบบความปลอดภัยและอัคคีภัย"]) +
        [("p", "3. ใบอนุญาตก่อสร้างอาคาร (ข.1) (ฝ่ายโยธา)")] +
        chk(["แบบ ข.1 พร้อมแบบแปลน 5 ชุด", "สำเนาโฉนดที่ดิน", "หนังสือรับรองผู้ออกแบบและคำนวณ",
             "ตรวจระยะร่นและที่ว่างตามกฎกระทรวง"]) +
        [("p", "4. หนังสืออนุญาตโฆษณาโดยใช้เครื่องขยายเสียง (ฝ่ายปกครอง)")] +
        chk(["คำขออนุญาต (แบบ ฆ.ษ.1)", "สำเนาบัตรประจำตัวประชาชน", "กำหนดเวลาและสถานที่โฆษณา"]),
    ], searchable=True)
    items["O11"] = ("รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต", f"""
<p>รายการตรวจ (Checklist) ที่เจ้าหน้าที่ใช้พิจารณาคำขอรับใบอนุญาตแต่ละประเภท</p>
<p><a href="{fb11}">เปิดอ่าน E-Book รายการตรวจ (Checklist)</a></p>""")

    # ---- O12 tracking system -> pass
    items["O12"] = ("ระบบติดตาม (Tracking System) สถานะการขอใบอนุญาต", """
<p>ผู้ยื่นคำขออนุญาตสามารถตรวจสอบสถานะคำขอได้ด้วยตนเองผ่านระบบศูนย์รับคำขออนุญาตของกรุงเทพมหานคร (BMA OSS)</p>
<ol><li>เข้าสู่ระบบ <a href="https://oss.bangkok.go.th/tracking">ติดตามสถานะคำขอ BMA OSS</a></li>
<li>กรอกเลขที่คำขอที่ได้รับจากสำนักงานเขต หรือเลขประจำตัวประชาชน</li>
<li>ระบบจะแสดงสถานะ: รับคำขอ / ตรวจสอบเอกสาร / ตรวจสถานที่ / อนุญาต / ไม่อนุญาต</li></ol>
<p>สอบถามเพิ่มเติม ศูนย์บริการ BMA OSS สำนักงานเขตคลองสุวรรณ โทร. 0 2457 3126</p>""")

    # ---- O13 spending plan: file named 2568 but content FY2567 -> stale
    q = [["ไตรมาส", "ช่วงเวลา", "แผนการใช้จ่าย (บาท)", "ร้อยละสะสม"],
         ["1", "ต.ค. 2566 - ธ.ค. 2566", "38,420,000", "24.5"], ["2", "ม.ค. 2567 - มี.ค. 2567", "41,905,000", "51.2"],
         ["3", "เม.ย. 2567 - มิ.ย. 2567", "40,118,000", "76.8"], ["4", "ก.ค. 2567 - ก.ย. 2567", "36,382,000", "100.0"]]
    make_pdf("/files/budget/spending-plan-2568.pdf", [
        ("h", "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2567"), ("h", "สำนักงานเขตคลองสุวรรณ"),
        ("p", "งบประมาณที่ได้รับจัดสรรทั้งสิ้น 156,825,000 บาท จำแนกตามงบรายจ่ายและรายไตรมาส ดังนี้"),
        ("t", q, [18, 55, 45, 30]),
        ("t", [["งบรายจ่าย", "จำนวนเงิน (บาท)"], ["งบบุคลากร", "98,440,000"], ["งบดำเนินงาน", "41,265,000"],
               ["งบลงทุน", "15,120,000"], ["งบรายจ่ายอื่น", "2,000,000"]], [80, 50]),
        ("r", "ฝ่ายการคลัง สำนักงานเขตคลองสุวรรณ 5 ตุลาคม 2566"),
    ], title="spending-plan")
    make_pdf("/files/budget/spending-report-2567.pdf", [
        ("h", "รายงานผลการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2567"), ("h", "สำนักงานเขตคลองสุวรรณ"),
        ("t", [["งบรายจ่าย", "ได้รับจัดสรร (บาท)", "เบิกจ่าย (บาท)", "ร้อยละ"],
               ["งบบุคลากร", "98,440,000", "97,912,300", "99.46"], ["งบดำเนินงาน", "41,265,000", "39,801,550", "96.45"],
               ["งบลงทุน", "15,120,000", "13,486,000", "89.19"], ["งบรายจ่ายอื่น", "2,000,000", "1,944,000", "97.20"],
               ["รวม", "156,825,000", "153,143,850", "97.65"]], [45, 40, 40, 25]),
        ("p", "ปัญหาอุปสรรค: งบลงทุนโครงการปรับปรุงท่อระบายน้ำซอยสุวรรณาราม 22 ล่าช้าเนื่องจากผู้รับจ้างขอขยายเวลา"),
        ("r", "ข้อมูล ณ วันที่ 30 กันยายน 2567"),
    ], title="รายงานผลการใช้จ่ายงบประมาณ 2567")
    items["O13"] = ("แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายงบประมาณประจำปี", f"""
<ul>
<li><a href="{viewer('/files/budget/spending-plan-2568.pdf')}">แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2568</a></li>
<li><a href="{viewer('/files/budget/spending-report-2567.pdf')}">รายงานผลการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2567</a></li>
</ul>""")

    # ---- O14 budget data + ordinance, no community subsidy -> incomplete
    bid = "1Bd4gE7hJk2LmN5pQr8StU1vWx3YzA6cF"
    make_pdf(f"/files/drive/{bid}/budget-2568.pdf", [
        ("h", "ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568"), ("c", "ส่วนของสำนักงานเขตคลองสุวรรณ"),
        ("p", "ตามข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568 กรุงเทพมหานคร ประกาศ ณ วันที่ 20 กันยายน 2567 "
              "สำนักงานเขตคลองสุวรรณได้รับงบประมาณ ดังนี้"),
        ("t", [["แผนงาน/งบรายจ่าย", "จำนวนเงิน (บาท)"], ["แผนงานบริหารทั่วไป", "61,204,000"],
               ["แผนงานรักษาความสะอาด", "52,870,000"], ["แผนงานโยธาและระบายน้ำ", "23,615,000"],
               ["แผนงานเทศกิจ", "9,480,000"], ["แผนงานสาธารณสุขและสิ่งแวดล้อม", "6,212,000"],
               ["แผนงานพัฒนาชุมชนและสวัสดิการสังคม", "5,037,000"], ["รวมทั้งสิ้น", "158,418,000"]], [100, 50]),
        ("p", "ข้อมูลงบประมาณจำแนกตามงบรายจ่าย: งบบุคลากร 99,860,000 บาท งบดำเนินงาน 42,118,000 บาท งบลงทุน 14,440,000 บาท งบรายจ่ายอื่น 2,000,000 บาท"),
    ], title="ข้อบัญญัติงบประมาณ 2568")
    d14 = drive_page(bid, "ข้อบัญญัติงบประมาณรายจ่าย 2568 (สนข.คลองสุวรรณ).pdf",
                     f"/files/drive/{bid}/budget-2568.pdf", f"/files/drive/{bid}/budget-2568.pdf")
    items["O14"] = ("ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ ข้อมูลเงินอุดหนุนชุมชน", f"""
<table class="list"><tr><th>หัวข้อ</th><th>เอกสาร</th></tr>
<tr><td>ข้อมูลงบประมาณ / ข้อบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2568</td><td><a class="btn" href="{d14}">เปิดเอกสาร</a></td></tr>
<tr><td>ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปี พ.ศ. 2568 (ฉบับเต็ม)</td><td><a href="https://www.bangkok.go.th/budget">สำนักงบประมาณกรุงเทพมหานคร</a></td></tr>
</table>""")

    # ---- O15 procurement: announcements + monthly summaries lacking columns -> incomplete
    jobs = [("จ้างซ่อมแซมทางเท้าซอยสุวรรณาราม 9", 184000, "เฉพาะเจาะจง", "หจก. ทรัพย์สุวรรณการโยธา", 183500),
            ("ซื้อวัสดุสำนักงาน", 48600, "เฉพาะเจาะจง", "ร้านบางไผ่งามเครื่องเขียน", 48600),
            ("จ้างเหมาล้างท่อระบายน้ำ ซอยเทอดไท 5", 96000, "เฉพาะเจาะจง", "บริษัท คลองใสวิศวกรรม จำกัด", 95000),
            ("ซื้อน้ำมันเชื้อเพลิงรถเก็บขนมูลฝอย", 420000, "เฉพาะเจาะจง", "หจก. สุวรรณปิโตรเลียม", 420000),
            ("จ้างซ่อมรถบรรทุกขยะ หมายเลข 81-2256", 62400, "เฉพาะเจาะจง", "อู่ช่างเก่งบางไผ่", 62000),
            ("ซื้อต้นไม้ตามโครงการต้นไม้ล้านต้น", 87500, "เฉพาะเจาะจง", "สวนไม้งามพันธุ์ไม้", 87500),
            ("จ้างปรับปรุงห้องบริการฝ่ายทะเบียน", 498000, "เฉพาะเจาะจง", "หจก. ช่างดีก่อสร้าง", 496000)]
    links = ""
    for idx, (y, m) in enumerate(months_fy2568(7)):
        fn = f"/files/procure/summary-{y}-{m:02d}.pdf"
        rows_ = [["ลำดับ", "งานที่จัดซื้อจัดจ้าง", "วงเงิน (บาท)", "วิธีซื้อหรือจ้าง", "ผู้ได้รับการคัดเลือก", "ราคาที่ตกลง (บาท)"]]
        if m == 12:
            blocks_extra = [("p", "เดือนธันวาคม 2567 ไม่มีการจัดซื้อจัดจ้าง")]
        else:
            sel = random.sample(jobs, 3)
            for n, (job, amt, how, who, price) in enumerate(sel, 1):
                rows_.append([str(n), job, f"{amt:,}", how, who, f"{price:,}"])
            blocks_extra = [("t", rows_, [12, 70, 28, 30, 60, 30])]
        make_pdf(fn, [("h", f"สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือน{TH_MONTHS[m]} {y}"),
                      ("c", "สำนักงานเขตคลองสุวรรณ (ฝ่ายการคลัง)")] + blocks_extra +
                 [("r", f"ผู้รายงาน ฝ่ายการคลัง ข้อมูล ณ วันที่ 5 {TH_MONTHS[m % 12 + 1]} {y + (1 if m == 12 else 0)}")],
                 land=True, title=f"สรุปผลการจัดซื้อจัดจ้าง {TH_MONTHS[m]} {y}")
        links += f'<li><a href="{viewer(fn)}">สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน{TH_MONTHS[m]} {y}</a></li>\n'
    make_pdf("/files/procure/announce-plan-2568.pdf", [
        ("h", "ประกาศสำนักงานเขตคลองสุวรรณ"), ("c", "เรื่อง เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568"),
        ("p", "ด้วยสำนักงานเขตคลองสุวรรณ ได้จัดทำแผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568 "
              "ตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560 มาตรา 11 จึงขอประกาศเผยแพร่ ดังนี้"),
        ("t", [["โครงการ", "วงเงิน (บาท)", "คาดว่าจะประกาศ"], ["ปรับปรุงทางเท้าถนนสุวรรณาราม", "4,850,000", "ธันวาคม 2567"],
               ["ขุดลอกท่อระบายน้ำ", "2,300,000", "มกราคม 2568"], ["ปรับปรุงห้องบริการฝ่ายทะเบียน", "498,000", "กุมภาพันธ์ 2568"]], [90, 35, 40]),
    ] + signature(DIRECTOR, "ผู้อำนวยการเขตคลองสุวรรณ", "8 ตุลาคม 2567"), title="ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง 2568")
    make_pdf("/files/procure/announce-winner-2568-01.pdf", [
        ("h", "ประกาศสำนักงานเขตคลองสุวรรณ"),
        ("c", "เรื่อง ประกาศผู้ชนะการเสนอราคา ประกวดราคาจ้างปรับปรุงทางเท้าถนนสุวรรณาราม ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"),
        ("p", "ตามประกาศ ประกวดราคาจ้างปรับปรุงทางเท้าถนนสุวรรณาราม ลงวันที่ 6 ธันวาคม 2567 นั้น ผู้ได้รับการคัดเลือก ได้แก่ "
              "บริษัท ทรัพย์สุวรรณการโยธา จำกัด เสนอราคาต่ำสุด เป็นเงินทั้งสิ้น 4,612,000 บาท (รวมภาษีมูลค่าเพิ่ม)"),
    ] + signature(DIRECTOR, "ผู้อำนวยการเขตคลองสุวรรณ", "17 มกราคม 2568"), title="ประกาศผู้ชนะการเสนอราคา")
    items["O15"] = ("ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้างรายเดือน", f"""
<h3>ประกาศเกี่ยวกับการจัดซื้อจัดจ้าง</h3>
<ul><li><a href="{viewer('/files/procure/announce-plan-2568.pdf')}">ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568</a></li>
<li><a href="{viewer('/files/procure/announce-winner-2568-01.pdf')}">ประกาศผู้ชนะการเสนอราคา จ้างปรับปรุงทางเท้าถนนสุวรรณาราม</a></li>
<li>ประกาศทั้งหมดในระบบ <a href="https://process3.gprocurement.go.th/">e-GP</a> และ <a href="https://e-gpbma.bangkok.go.th/">ระบบ e-GPBMA</a></li></ul>
<h3>สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ พ.ศ. 2568</h3>
<ul>{links}</ul>""")

    # ---- O16 HR criteria (poor scanned image-only flipbook) -> pass (review)
    fb16 = flipbook("hr-criteria-2568", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", [
        [("h", "ประกาศสำนักงานเขตคลองสุวรรณ"),
         ("c", "เรื่อง หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
         ("p", "เพื่อให้การบริหารทรัพยากรบุคคลของสำนักงานเขตคลองสุวรรณเป็นไปตามหลักคุณธรรม โปร่งใส ตรวจสอบได้ "
               "สอดคล้องกับหลักเกณฑ์ของคณะกรรมการข้าราชการกรุงเทพมหานคร (ก.ก.) จึงกำหนดหลักเกณฑ์ ดังนี้"),
         ("p", "๑. การสรรหาและเลือกสรร ดำเนินการตามประกาศ ก.ก. เปิดเผยประกาศรับสมัครและผลการคัดเลือก"),
         ("p", "๒. การบรรจุและแต่งตั้ง การย้าย การโอน พิจารณาจากความรู้ความสามารถ และผลการปฏิบัติงาน"),
         ("p", "๓. การพัฒนาบุคลากร จัดทำแผนพัฒนารายบุคคล (IDP) อย่างน้อยปีละ ๑ ครั้ง"),
         ("p", "๔. การประเมินผลการปฏิบัติราชการ ปีละ ๒ รอบ โดยคณะกรรมการกลั่นกรอง")],
        [("p", "๕. การให้คุณให้โทษ การเลื่อนเงินเดือน พิจารณาตามผลการประเมิน และการดำเนินการทางวินัยตามกฎหมาย"),
         ("p", "๖. การสร้างขวัญกำลังใจ ยกย่องเชิดชูข้าราชการและบุคลากรดีเด่นประจำปี"),
         ("sp", 60), ("c", "ประกาศ ณ วันที่ ๑๑ พฤศจิกายน ๒๕๖๗"), ("sp", 40),
         ("c", "ธนพล ศรีวัฒนากุล"), ("c", "( นายธนพล ศรีวัฒนากุล )"), ("c", "ผู้อำนวยการเขตคลองสุวรรณ")],
    ], searchable=False, degrade_pages=True)
    items["O16"] = ("หลักเกณฑ์การบริหาร และพัฒนาทรัพยากรบุคคล", f"""
<p>ประกาศหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคลของสำนักงานเขตคลองสุวรรณ (สแกนจากต้นฉบับ)</p>
<p><a href="{fb16}">เปิดอ่าน E-Book</a></p>""")

    # ---- O17 complaint channels + stats of FY2567 only -> stale
    make_pdf("/files/complaint/stat-2567.pdf", [
        ("h", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"),
        ("c", "สำนักงานเขตคลองสุวรรณ ประจำปีงบประมาณ พ.ศ. 2567 (ตุลาคม 2566 - กันยายน 2567)"),
        ("t", [["เดือน", "จำนวนเรื่อง", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ"]] +
         [[f"{TH_MON_S[m]} {str(y)[-2:]}", "0" if m not in (2, 7) else "1", "0" if m not in (2, 7) else "1", "0"]
          for y, m in [(2566, 10), (2566, 11), (2566, 12), (2567, 1), (2567, 2), (2567, 3), (2567, 4), (2567, 5),
                       (2567, 6), (2567, 7), (2567, 8), (2567, 9)]] + [["รวม", "2", "2", "0"]], [35, 30, 40, 40]),
        ("r", "ข้อมูล ณ วันที่ 30 กันยายน 2567"),
    ], title="สถิติเรื่องร้องเรียนการทุจริต 2567")
    items["O17"] = ("ช่องทางการร้องเรียนการทุจริตและข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี", """
<h3>ช่องทางการแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h3>
<ul><li>ด้วยตนเอง/ไปรษณีย์: ถึงผู้อำนวยการเขตคลองสุวรรณ เลขที่ 88 ถนนสุวรรณาราม แขวงคลองสุวรรณ เขตคลองสุวรรณ กรุงเทพมหานคร 10160</li>
<li>โทรศัพท์ 0 2457 3120 ต่อ 1101 หรือสายด่วนกรุงเทพมหานคร 1555</li>
<li>อีเมล anticorruption.ks@bangkok.go.th</li>
<li>กล่องรับเรื่องร้องเรียน ชั้น 1 อาคารสำนักงานเขต</li>
<li>ระบบ <a href="https://citydata.traffy.in.th/">Traffy Fondue</a> (เลือกหมวด ร้องเรียนเจ้าหน้าที่)</li></ul>
<p>ผู้ร้องเรียนจะได้รับการคุ้มครองและเก็บรักษาข้อมูลเป็นความลับ</p>
<h3>ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี</h3>
<embed src="/files/complaint/stat-2567.pdf" type="application/pdf" width="100%" height="600">""")

    # ---- O18 anti-bribery policy + report (viewer, encoded relative) -> pass
    make_pdf("/files/ita/o18-anti-bribery-policy-2568.pdf", [
        ("h", "ประกาศสำนักงานเขตคลองสุวรรณ"),
        ("c", "เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) ประจำปีงบประมาณ พ.ศ. 2568"),
        ("p", "สำนักงานเขตคลองสุวรรณ มีความมุ่งมั่นในการบริหารงานด้วยความซื่อสัตย์สุจริต โปร่งใส ตรวจสอบได้ "
              "จึงประกาศนโยบายต่อต้านการรับสินบน ดังนี้"),
        ("p", "1. ผู้บริหาร ข้าราชการ และบุคลากรทุกคน ต้องไม่เรียก รับ หรือยอมจะรับสินบน ทรัพย์สิน หรือประโยชน์อื่นใด"),
        ("p", "2. ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)"),
        ("p", "3. ให้หัวหน้าฝ่ายทุกฝ่ายสื่อสาร กำกับ ติดตาม และรายงานผลการปฏิบัติตามนโยบายต่อผู้อำนวยการเขต"),
        ("p", "4. ผู้ใดพบเห็นการรับสินบน แจ้งได้ที่ช่องทางร้องเรียนของสำนักงานเขต โดยจะได้รับการคุ้มครอง"),
    ] + signature(DIRECTOR, "ผู้อำนวยการเขตคลองสุวรรณ", "15 ตุลาคม 2567"), title="นโยบายต่อต้านการรับสินบน 2568")
    make_pdf("/files/ita/o18-report-6m-2568.pdf", [
        ("h", "รายงานผลการนำนโยบายต่อต้านการรับสินบนสู่การปฏิบัติ"),
        ("c", "สำนักงานเขตคลองสุวรรณ ประจำปีงบประมาณ พ.ศ. 2568 รอบ 6 เดือน (ตุลาคม 2567 - มีนาคม 2568)"),
        ("t", [["กิจกรรม", "ผลการดำเนินงาน"],
               ["ประกาศและเผยแพร่นโยบายทางเว็บไซต์และบอร์ดประชาสัมพันธ์", "ดำเนินการแล้ว 15 ต.ค. 2567"],
               ["ประชุมชี้แจงหัวหน้าฝ่ายและบุคลากร", "3 ครั้ง ผู้เข้าร่วม 214 คน"],
               ["ติดป้าย No Gift Policy ณ จุดบริการ", "12 จุด"],
               ["เรื่องร้องเรียนการรับสินบน", "ไม่มี"]], [100, 60]),
        ("r", "ฝ่ายปกครอง รายงาน ณ วันที่ 8 เมษายน 2568"),
    ], title="รายงานผลนโยบายต่อต้านการรับสินบน รอบ 6 เดือน")
    items["O18"] = ("ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) และการรายงานผลสู่การปฏิบัติ", f"""
<ul><li><a href="{viewer('/files/ita/o18-anti-bribery-policy-2568.pdf', True)}">ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) ประจำปี 2568</a></li>
<li><a href="{viewer('/files/ita/o18-report-6m-2568.pdf', True)}">รายงานผลการนำนโยบายสู่การปฏิบัติ รอบ 6 เดือน (ต.ค. 67 - มี.ค. 68)</a></li></ul>""")

    # ---- O19 risk assessment: Drive page whose file is gone -> broken
    d19 = drive_page("1Xw2eR5tYu8IoP1aSd4FgH7jKl0ZxC3vB", "การประเมินความเสี่ยงการรับสินบน 2568 และรายงานผล.pdf",
                     "/files/drive/1Xw2eR5tYu8IoP1aSd4FgH7jKl0ZxC3vB/bribery-risk-2568.pdf",
                     "/files/drive/1Xw2eR5tYu8IoP1aSd4FgH7jKl0ZxC3vB/bribery-risk-2568.pdf", exists=False)
    items["O19"] = ("การประเมินความเสี่ยงต่อการรับสินบนและการรายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน", f"""
<p>การประเมินความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. 2568 และรายงานผลการดำเนินการเพื่อจัดการความเสี่ยง</p>
<p><a class="btn" href="{d19}">เปิดเอกสาร (Google Drive)</a></p>""")

    # ---- O20 discretion guidelines -> missing
    items["O20"] = ("แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", """
<p style="color:#a00">อยู่ระหว่างปรับปรุงข้อมูล</p>""")

    # ---- O21 assets / donations / seized items (plain links) -> pass
    make_pdf("/files/ita/2568/แนวทางการยืมทรัพย์สินของราชการ.pdf", [
        ("h", "แนวทางการยืมและการใช้ทรัพย์สินของราชการ"), ("c", "สำนักงานเขตคลองสุวรรณ ปีงบประมาณ พ.ศ. 2568"),
        ("p", "1. การยืมพัสดุไปใช้ในราชการ ต้องทำหลักฐานการยืมเป็นลายลักษณ์อักษร ระบุเหตุผลและกำหนดวันส่งคืน และได้รับอนุมัติจากหัวหน้าฝ่าย"),
        ("p", "2. ห้ามนำทรัพย์สินของราชการไปใช้เพื่อประโยชน์ส่วนตน ผู้ยืมต้องรับผิดชอบหากเกิดความเสียหาย"),
        ("p", "3. ฝ่ายการคลังตรวจสอบทะเบียนคุมการยืมทุกสิ้นเดือน"),
    ] + signature(DIRECTOR, "ผู้อำนวยการเขตคลองสุวรรณ", "1 พฤศจิกายน 2567"), title="แนวทางการยืมทรัพย์สินของราชการ")
    make_pdf("/files/ita/2568/o21-donation.pdf", [
        ("h", "แนวทางการรับและการจัดการของบริจาค"), ("c", "สำนักงานเขตคลองสุวรรณ ปีงบประมาณ พ.ศ. 2568"),
        ("p", "1. การรับบริจาคเงินหรือสิ่งของ ต้องออกใบอนุโมทนาบัตรหรือหลักฐานการรับ และลงทะเบียนคุมของบริจาค"),
        ("p", "2. การใช้ของบริจาคต้องเป็นไปตามวัตถุประสงค์ของผู้บริจาค และรายงานผู้อำนวยการเขตทราบ"),
        ("p", "3. เปิดเผยรายการรับบริจาคบนเว็บไซต์ของสำนักงานเขตทุกไตรมาส"),
    ] + signature(DIRECTOR, "ผู้อำนวยการเขตคลองสุวรรณ", "1 พฤศจิกายน 2567"), title="แนวทางการจัดการของบริจาค")
    make_pdf("/files/ita/2568/o21-seized-goods.pdf", [
        ("h", "แนวทางการจัดเก็บและการจัดการของกลาง"), ("c", "ฝ่ายเทศกิจ สำนักงานเขตคลองสุวรรณ ปีงบประมาณ พ.ศ. 2568"),
        ("p", "1. ของกลางที่ยึดจากการกระทำความผิดตามพระราชบัญญัติรักษาความสะอาดฯ ให้บันทึกในบัญชีของกลาง พร้อมถ่ายภาพ"),
        ("p", "2. จัดเก็บในห้องเก็บของกลางที่มีกุญแจ 2 ชั้น ผู้ถือกุญแจ 2 คน"),
        ("p", "3. ของกลางที่เน่าเสียได้ ให้ดำเนินการตามระเบียบภายใน 24 ชั่วโมง โดยมีกรรมการ 3 คน"),
        ("p", "4. การคืนของกลางต้องมีหลักฐานการชำระค่าปรับและลายมือชื่อผู้รับคืน"),
    ] + signature(DIRECTOR, "ผู้อำนวยการเขตคลองสุวรรณ", "1 พฤศจิกายน 2567"), title="แนวทางการจัดการของกลาง")
    items["O21"] = ("การจัดการทรัพย์สินของราชการ ของบริจาคและการจัดเก็บของกลาง", """
<ol><li><a href="/files/ita/2568/แนวทางการยืมทรัพย์สินของราชการ.pdf">แนวทางการยืมและการใช้ทรัพย์สินของราชการ</a></li>
<li><a href="/files/ita/2568/o21-donation.pdf">แนวทางการรับและการจัดการของบริจาค</a></li>
<li><a href="/files/ita/2568/o21-seized-goods.pdf">แนวทางการจัดเก็บและการจัดการของกลาง</a></li></ol>""")

    # ---- O22 measures (searchable flipbook) + 6-month report (Drive) -> pass
    fb22 = flipbook("ita-measures-2568", "มาตรการยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568", [
        [("h", "มาตรการในการยกระดับคุณธรรมและความโปร่งใส"), ("c", "สำนักงานเขตคลองสุวรรณ ประจำปีงบประมาณ พ.ศ. 2568"),
         ("p", "1. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567 สำนักงานเขตคลองสุวรรณได้คะแนน 93.87 คะแนน อยู่ในระดับผ่านดี "
               "IIT 96.12 คะแนน EIT 91.40 คะแนน OIT 94.09 คะแนน"),
         ("p", "2. ผลการวิเคราะห์: OIT ข้อ O20 แนวทางการปฏิบัติในการใช้ดุลยพินิจ ได้ 0 คะแนน เนื่องจากเผยแพร่ไม่ครบองค์ประกอบ "
               "EIT ตัวชี้วัดการปรับปรุงระบบการทำงาน ได้คะแนนต่ำสุด"),
         ("t", [["ประเด็นที่ต้องพัฒนา", "มาตรการ/กิจกรรม", "ผู้รับผิดชอบ", "ระยะเวลา"],
                ["การเปิดเผยข้อมูลไม่ครบถ้วน", "จัดทำ Checklist OIT ติดตามเดือนละ 1 ครั้ง", "ฝ่ายปกครอง", "ต.ค. 67 - ก.ย. 68"],
                ["การใช้ดุลยพินิจ", "จัดทำแนวทางการใช้ดุลยพินิจของทุกฝ่าย", "ทุกฝ่าย", "ภายใน มี.ค. 68"],
                ["การปรับปรุงบริการ", "ขยายบริการ BMA Q และ BMA OSS", "ฝ่ายทะเบียน", "ต.ค. 67 - ก.ย. 68"],
                ["การรับสินบน", "No Gift Policy และป้ายประชาสัมพันธ์", "ฝ่ายปกครอง", "ต.ค. 67"]], [30, 40, 18, 18])],
        [("h", "การกำกับติดตาม"), ("p", "ผู้อำนวยการเขตกำกับติดตามผลการดำเนินงานตามมาตรการทุกเดือน "
                                      "และรายงานผลการดำเนินงานรอบ 6 เดือน และรอบ 12 เดือน"),
         ("c", "ประกาศ ณ วันที่ 20 พฤศจิกายน 2567"), ("c", "นายธนพล ศรีวัฒนากุล ผู้อำนวยการเขตคลองสุวรรณ")],
    ], searchable=True)
    rid22 = "1Mn7bV4cXz1LkJ8hGf5DsA2pOi9UyT6rE"
    make_pdf(f"/files/drive/{rid22}/ita-report-6m-2568.pdf", [
        ("h", "รายงานผลการดำเนินการตามมาตรการยกระดับคุณธรรมและความโปร่งใสภายในหน่วยงาน"),
        ("c", "สำนักงานเขตคลองสุวรรณ ประจำปีงบประมาณ พ.ศ. 2568 รอบ 6 เดือนแรก (ตุลาคม 2567 - มีนาคม 2568)"),
        ("t", [["มาตรการ/กิจกรรม", "ผลการดำเนินงาน", "สถานะ"],
               ["Checklist OIT ติดตามเดือนละ 1 ครั้ง", "ประชุมติดตาม 6 ครั้ง (ต.ค. 67 - มี.ค. 68)", "ดำเนินการแล้ว"],
               ["แนวทางการใช้ดุลยพินิจของทุกฝ่าย", "ฝ่ายยกร่างแล้ว 7 จาก 10 ฝ่าย", "อยู่ระหว่างดำเนินการ"],
               ["ขยายบริการ BMA Q และ BMA OSS", "ผู้ใช้บริการจองคิว 3,412 ราย", "ดำเนินการแล้ว"],
               ["No Gift Policy", "ติดป้าย 12 จุด ประกาศ 15 ต.ค. 67", "ดำเนินการแล้ว"]], [60, 70, 40]),
        ("r", "รายงาน ณ วันที่ 9 เมษายน 2568"),
    ], title="รายงานผลมาตรการ ITA รอบ 6 เดือน 2568")
    d22 = drive_page(rid22, "รายงานผลมาตรการ ITA รอบ 6 เดือน ปี 2568.pdf",
                     f"/files/drive/{rid22}/ita-report-6m-2568.pdf", f"/files/drive/{rid22}/ita-report-6m-2568.pdf")
    items["O22"] = ("มาตรการในการยกระดับคุณธรรมและความโปร่งใส และการรายงานผลการดำเนินงาน", f"""
<ul><li><a href="{fb22}">มาตรการยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568 (E-Book)</a></li>
<li><a href="{d22}">รายงานผลการดำเนินการตามมาตรการ รอบ 6 เดือน (ต.ค. 2567 - มี.ค. 2568)</a></li></ul>""")
    return items


CODE_LABEL = {"O1": "O1", "O2": "O2", "O3": "O3", "O4": "O4", "O5": "O5", "O6": "O6", "O7": "O7", "O8": "O8",
              "O9": "O9", "O10": "O10", "O11": "O๑๑", "O12": "O๑๒", "O13": "O13", "O14": "O14", "O15": "o15",
              "O16": "O16", "O17": "O17", "O18": "O18", "O19": "O19", "O20": "O20", "O21": "O๒๑", "O22": "O22"}


def ita_pages(items):
    groups = [("9.1 ข้อมูลพื้นฐาน", 1, 4), ("9.2 การบริหารงาน", 5, 12), ("9.3 การบริหารเงินงบประมาณ", 13, 15),
              ("9.4 การบริหารและพัฒนาทรัพยากรบุคคล", 16, 17), ("10.1 การดำเนินการเพื่อป้องกันการทุจริต", 18, 22)]
    idx = ""
    for g, a, b in groups:
        idx += f"<tr><th colspan='2' style='text-align:left'>{g}</th></tr>\n"
        for n in range(a, b + 1):
            code = f"O{n}"
            title, body = items[code]
            idx += f'<tr><td>{CODE_LABEL[code]}</td><td><a href="/ita/2568/o{n}/">{title}</a></td></tr>\n'
            pb = f"<h1>{CODE_LABEL[code]} {title}</h1>\n{body}\n<p class='small'>ผู้รับผิดชอบ: ฝ่ายปกครอง (ผู้ประสานงาน ITA) โทร. 0 2457 3120 ต่อ 1101</p>"
            w(f"/ita/2568/o{n}/index.html",
              page(f"{CODE_LABEL[code]} {title}", pb, [("/ita/2568/", "ITA 2568"), (None, CODE_LABEL[code])], ITA_SIDE))
    body = f"""<h1>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568</h1>
<p>แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) สำนักงานเขตคลองสุวรรณ</p>
<table class="list"><tr><th>ข้อ</th><th>ข้อมูล</th></tr>
{idx}</table>"""
    w("/ita/2568/index.html", page("ITA 2568", body, [(None, "ITA 2568")], ITA_SIDE))

    # last year's page (old documents, real files)
    make_pdf("/files/ita/2567/action-plan-2567.pdf", [
        ("h", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2567"), ("h", "สำนักงานเขตคลองสุวรรณ"),
        ("p", "โครงการสำคัญ: ปรับปรุงท่อระบายน้ำซอยสุวรรณาราม 22 / ตลาดนัดชุมชน / ห้องสมุดชุมชนบางไผ่งาม"),
    ], title="แผนปฏิบัติราชการ 2567")
    make_pdf("/files/ita/2567/ita-measures-2567.pdf", [
        ("h", "มาตรการในการยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567"), ("c", "สำนักงานเขตคลองสุวรรณ"),
        ("p", "ผลการประเมิน ITA ปี 2566 ได้ 91.02 คะแนน ระดับผ่านดี มาตรการปี 2567: ปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบัน"),
    ], title="มาตรการ ITA 2567")
    body = """<h1>ITA ประจำปีงบประมาณ พ.ศ. 2567 (ข้อมูลปีที่ผ่านมา)</h1>
<p class="small">หน้านี้เก็บไว้เพื่อการอ้างอิง ข้อมูลปีปัจจุบันดูที่ <a href="/ita/2568/">ITA 2568</a></p>
<ul><li>O5 <a href="/files/ita/2567/action-plan-2567.pdf">แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2567</a></li>
<li>O13 <a href="/files/budget/spending-plan-2568.pdf">แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2567</a></li>
<li>O17 <a href="/files/complaint/stat-2567.pdf">สถิติเรื่องร้องเรียนการทุจริต ประจำปี 2567</a></li>
<li>O22 <a href="/files/ita/2567/ita-measures-2567.pdf">มาตรการยกระดับคุณธรรมและความโปร่งใส ประจำปี 2567</a></li></ul>"""
    w("/ita/2567/index.html", page("ITA 2567", body, [(None, "ITA 2567")], ITA_SIDE))


def misc_pages():
    # home
    latest = "".join(f'<li><a href="/news/{i}/">{t}</a> <span class="small">{thdate(d)}</span></li>'
                     for i, (d, t, _) in enumerate(NEWS[:5], 1))
    body = f"""<img src="/assets/img/office.jpg" alt="สำนักงานเขตคลองสุวรรณ" width="100%">
<h1>ยินดีต้อนรับสู่เว็บไซต์สำนักงานเขตคลองสุวรรณ</h1>
<div style="display:flex;gap:24px">
<div style="flex:2"><h2>ข่าวล่าสุด</h2><ul>{latest}</ul><p><a href="/news/">ข่าวทั้งหมด &raquo;</a></p>
<h2>E-Book</h2><ul>
<li><a href="/flipbook/newsletter-2568-04/index.html">จดหมายข่าวเขตคลองสุวรรณ เดือนเมษายน 2568</a></li>
<li><a href="/flipbook/bma-schools/index.html">โรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขต</a></li></ul></div>
<div style="flex:1"><h2>ลิงก์ด่วน</h2><ul>
<li><a href="/ita/2568/">ITA 2568 การเปิดเผยข้อมูลสาธารณะ (OIT)</a></li>
<li><a href="/services/">บริการประชาชน</a></li>
<li><a href="/ita/2568/o8/">E-Service</a></li>
<li><a href="/ita/2568/o17/">แจ้งเรื่องร้องเรียนการทุจริต</a></li>
<li><a href="https://e-gpbma.bangkok.go.th/">ระบบ e-GPBMA (จัดซื้อจัดจ้าง กทม.)</a></li>
<li><a href="/faq/">ถาม-ตอบ</a></li></ul></div></div>"""
    w("/index.html", page("หน้าหลัก", body))

    body = """<h1>บริการประชาชน</h1>
<table class="list"><tr><th>งานบริการ</th><th>ฝ่าย</th><th>เวลา</th></tr>
<tr><td>ทำบัตรประจำตัวประชาชน แจ้งเกิด แจ้งตาย ย้ายที่อยู่</td><td>ฝ่ายทะเบียน</td><td>จ.-ศ. 08.00-16.00 น. / ส. 08.00-12.00 น.</td></tr>
<tr><td>ชำระภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย</td><td>ฝ่ายรายได้</td><td>จ.-ศ. 08.00-16.00 น.</td></tr>
<tr><td>ขออนุญาตก่อสร้างอาคาร</td><td>ฝ่ายโยธา</td><td>จ.-ศ. 08.00-16.00 น.</td></tr>
<tr><td>ใบอนุญาตสถานที่จำหน่ายอาหาร / กิจการที่เป็นอันตรายต่อสุขภาพ</td><td>ฝ่ายสิ่งแวดล้อมและสุขาภิบาล</td><td>จ.-ศ. 08.00-16.00 น.</td></tr>
<tr><td>ขึ้นทะเบียนผู้สูงอายุ คนพิการ</td><td>ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม</td><td>จ.-ศ. 08.00-16.00 น.</td></tr>
</table>
<p>คู่มือสำหรับประชาชน ดูที่ <a href="/ita/2568/o7/">คู่มือการให้บริการประชาชน</a> / บริการออนไลน์ ดูที่ <a href="/ita/2568/o8/">E-Service</a></p>"""
    w("/services/index.html", page("บริการประชาชน", body, [(None, "บริการประชาชน")]))

    body = f"""<h1>เอกสารดาวน์โหลด</h1>
<ul><li><a href="/files/forms/songkran-booth-request.docx">แบบคำขอใช้พื้นที่สาธารณะเพื่อจัดกิจกรรม (DOCX)</a></li>
<li><a href="{viewer('/files/forms/tax-form-pds3.pdf')}">แบบ ภ.ด.ส.3 แบบแสดงรายการที่ดินและสิ่งปลูกสร้าง</a></li>
<li><a href="{viewer('/files/about/structure-2568.pdf')}">โครงสร้างส่วนราชการ</a></li>
<li><a href="/flipbook/newsletter-2568-04/index.html">จดหมายข่าวเดือนเมษายน 2568</a></li></ul>"""
    w("/downloads/index.html", page("เอกสารดาวน์โหลด", body, [(None, "เอกสารดาวน์โหลด")]))
    # (tax-form-pds3.pdf intentionally not present: a dead viewer link outside the OIT items)

    body = """<h1>ถาม-ตอบ (Q&amp;A)</h1>
<dl><dt>ถาม: ทำบัตรประชาชนวันเสาร์ได้หรือไม่</dt><dd>ตอบ: ฝ่ายทะเบียนเปิดให้บริการวันเสาร์ 08.00 - 12.00 น.</dd>
<dt>ถาม: ชำระภาษีที่ดินและสิ่งปลูกสร้างได้ถึงเมื่อใด</dt><dd>ตอบ: ภายในเดือนเมษายนของทุกปี หรือตามที่กรุงเทพมหานครประกาศขยายเวลา</dd>
<dt>ถาม: แจ้งท่อระบายน้ำอุดตันได้ที่ไหน</dt><dd>ตอบ: แจ้งผ่าน Traffy Fondue หรือโทร 0 2457 3120</dd></dl>
<h2>ส่งคำถาม</h2><form action="https://forms.gle/Kx7nQ2suwan2568" method="get"><textarea name="q" rows="4" cols="60"></textarea><br><button>ส่ง</button></form>"""
    w("/faq/index.html", page("ถาม-ตอบ", body, [(None, "ถาม-ตอบ")]))

    body = """<h1>แผนผังเว็บไซต์</h1><ul>
<li><a href="/">หน้าหลัก</a></li><li><a href="/about/">เกี่ยวกับเขต</a></li><li><a href="/news/">ข่าวประชาสัมพันธ์</a></li>
<li><a href="/services/">บริการประชาชน</a></li><li><a href="/downloads/">เอกสารดาวน์โหลด</a></li>
<li><a href="/ita/2568/">ITA 2568</a></li><li><a href="/ita/2567/">ITA 2567</a></li><li><a href="/contact/">ติดต่อเรา</a></li></ul>"""
    w("/sitemap/index.html", page("แผนผังเว็บไซต์", body, [(None, "แผนผังเว็บไซต์")]))


TRUTH = {
    "O1": ("pass", "/ita/2568/o1/ -> /about/structure/ (<object> PDF), /about/executives/ (name, post, photo, phone, e-mail; vacant post '- ว่าง -'), /about/authority/, /contact/ (address, phone, fax, e-mail, map)",
           "structure is only inside an <object> tag; vacant executive post is correct, not a gap"),
    "O2": ("pass", "/ita/2568/o2/ -> two Drive-style preview pages /drive/file/d/<id>/view with <iframe> to the PDFs (governor's 9-ดี policy; BMA 20-year/5-year plans, BMA FY2568 action plan)",
           "documents only reachable through the Drive mimic page (iframe + download button)"),
    "O3": ("pass", "/ita/2568/o3/ -> flipbook /flipbook/bma-schools/ (config.js lists 2 JPG pages): 6 BMA schools with address, phone, pupils, ปีการศึกษา ๒๕๖๗",
           "image-only flipbook, no text layer or search JSON; clean images, content readable (OCR or eyes)"),
    "O4": ("pass", "/ita/2568/o4/ lists 8 dated news items (Dec 2567 - May 2568) + searchable newsletter flipbook /flipbook/newsletter-2568-04/",
           "newsletter text only in files/search/searchtext.json and page JPGs"),
    "O5": ("broken", "/ita/2568/o5/: plan FY2568 via /viewer/web/viewer.html?file=/files/plan/action-plan-2568.pdf (ok); annual report FY2567 via viewer?file=/files/plan/annual-report-2567.pdf -> 404",
           "viewer.html itself answers 200; only the file named in ?file= is dead"),
    "O6": ("incomplete", "/ita/2568/o6/ table of 10 divisions, manuals via viewer.html?file=..%2F..%2Ffiles%2Fmanual%2Fmanual-NN.pdf (encoded relative path, all resolve); ฝ่ายเทศกิจ row says 'อยู่ระหว่างปรับปรุงข้อมูล'",
           "9 of 10 divisions have manuals; encoded relative ?file= paths must be resolved against /viewer/web/ (they are NOT broken)"),
    "O7": ("pass", "/ita/2568/o7/ four service manuals in <embed>/<object> tags (/files/service/*.pdf) with steps, time, fees, channels",
           "no <a> links for two of them, only embed src"),
    "O8": ("pass", "/ita/2568/o8/ links to BMA OSS, BMA Q, Traffy Fondue, BMA tax online, district Google Form", "external links only (not fetched)"),
    "O9": ("stale", "/ita/2568/o9/ -> flipbook /flipbook/tax-statistics/ (image-only). Title 'ข้อมูลสถิติการจัดเก็บภาษี' has no year; page 1 image shows ปีงบประมาณ พ.ศ. ๒๕๖๖ (ต.ค. ๒๕๖๕ - ก.ย. ๒๕๖๖) in Thai digits (Tesseract reads ๖ as ๒, still an old year); page 2 says 'ปีงบประมาณ 2566' and 'ข้อมูล ณ วันที่ 30 กันยายน 2566' in Arabic digits",
           "title-only reading says pass; the images (clean, OCR-able) show FY2566 data"),
    "O10": ("pass", "/ita/2568/o10/ -> Drive page /drive/file/d/1Tr6.../view: iframe preview PDF + download XLSX, non-tax revenue monthly Oct 2567 - Mar 2568",
            "preview is PDF but the download is XLSX; both must be seen as the same doc"),
    "O11": ("pass", "/ita/2568/o11/ -> flipbook /flipbook/permit-checklist/ with searchtext.json: checklists for 4 permit types", "text only in flipbook search JSON / images"),
    "O12": ("pass", "/ita/2568/o12/ explains tracking and links https://oss.bangkok.go.th/tracking", "external tracking system, page text only"),
    "O13": ("stale", "/ita/2568/o13/: link text 'แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2568' -> viewer?file=/files/budget/spending-plan-2568.pdf whose content is the FY2567 plan (ต.ค. 2566 - ก.ย. 2567, dated 5 ต.ค. 2566); report FY2567 is fine",
            "file name and link text say 2568, document says 2567 (old file re-uploaded); /ita/2567/ also links the same file as 2567"),
    "O14": ("incomplete", "/ita/2568/o14/ -> Drive page with ข้อบัญญัติงบประมาณ 2568 / budget data; no ข้อมูลเงินอุดหนุนชุมชน anywhere",
            "the item title on the page names เงินอุดหนุนชุมชน, but no subsidy data is published"),
    "O15": ("incomplete", "/ita/2568/o15/: 2 announcements + e-GPBMA link + monthly summaries Oct 2567 - Apr 2568 via viewer (Dec = ไม่มีการจัดซื้อจัดจ้าง)",
            "all months present, but the summaries lack ราคากลาง, รายชื่อผู้เสนอราคาและราคาที่เสนอ, เหตุผลที่คัดเลือก, เลขที่และวันที่ของสัญญา (the Bangkok Noi O15 failure)"),
    "O16": (["pass", "review"], "/ita/2568/o16/ -> flipbook /flipbook/hr-criteria-2568/ (2 pages, degraded scan: grey, blurred, tilted, JPEG q34, ~700px wide): ประกาศ หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ปี ๒๕๖๘ signed by the director 11 พ.ย. ๒๕๖๗",
            "a human reads it and passes it; machine text from a poor scan may be unreadable -> review acceptable"),
    "O17": ("stale", "/ita/2568/o17/ channels in HTML (ok) + <embed> /files/complaint/stat-2567.pdf = statistics FY2567 only (ต.ค. 2566 - ก.ย. 2567)",
            "channels complete; statistics not of FY2568 (Oct 2567 - Mar 2568 missing)"),
    "O18": ("pass", "/ita/2568/o18/ policy FY2568 signed by current director 15 ต.ค. 2567 + 6-month report, both via viewer.html?file=..%2F..%2Ffiles%2Fita%2F... (encoded relative)",
            "encoded relative viewer paths resolve fine"),
    "O19": ("broken", "/ita/2568/o19/ -> Drive page /drive/file/d/1Xw2.../view (200) whose iframe and download both point at /files/drive/1Xw2.../bribery-risk-2568.pdf -> 404",
            "the Drive page itself loads; its file is gone"),
    "O20": ("missing", "/ita/2568/o20/ says only 'อยู่ระหว่างปรับปรุงข้อมูล'; nothing elsewhere (the O22 measures doc mentions O20 scored 0 last year and a plan to draft guidelines — that is not the guidelines)",
            "menu entry exists, keyword appears in O22 flipbook text"),
    "O21": ("pass", "/ita/2568/o21/ three plain PDF links (one with a raw Thai file name) on asset borrowing, donations, seized goods, FY2568 signed", "Thai characters in the URL"),
    "O22": ("pass", "/ita/2568/o22/ -> searchable flipbook /flipbook/ita-measures-2568/ (ITA 2567 analysis + FY2568 measures) + Drive page with 6-month report (ต.ค. 2567 - มี.ค. 2568)",
            "measures text only in flipbook JSON/images; report behind Drive mimic"),
}


def write_meta(items):
    meta = {
        "framework": "bma-2567",
        "as_of": "2025-05-20",
        "start": "/",
        "name_th": NAME_TH,
        "style": ("District site that shows documents through viewers instead of plain links: a PDF.js-style static "
                  "viewer page (/viewer/web/viewer.html?file=...; the file is named only in the query string, sometimes "
                  "as an URL-encoded path relative to /viewer/web/, e.g. ?file=..%2F..%2Ffiles%2Fita%2Fx.pdf), Google-Drive-style "
                  "preview pages mimicked locally (/drive/file/d/<id>/view, no extension, served via server.files; an HTML page "
                  "with an <iframe> to the file and a download button; for O10 the preview is a PDF and the download an XLSX), "
                  "HTML5 flipbooks (/flipbook/<name>/index.html + javascript/config.js listing files/page/N.jpg and the book "
                  "title; some ship files/search/searchtext.json, others are image-only), <embed>/<object> PDFs and a few plain "
                  "links (one raw Thai file name). Traps: viewer links whose ?file= target is missing (O5 report, plus a "
                  "non-OIT download) while viewer.html itself is 200; a Drive page whose file is gone (O19); an image-only "
                  "flipbook whose title has no year but whose images show FY2566 data (O9, stale); a clean image-only flipbook "
                  "that passes (O3); a degraded-scan flipbook a human reads as a pass (O16, pass or review); a file named "
                  "spending-plan-2568 with link text 2568 whose content is the FY2567 plan (O13, stale); complaint statistics "
                  "for FY2567 only (O17); O14 heading names community subsidy but none is published; monthly procurement "
                  "summaries for every month but missing required columns (O15); one division without a manual (O6); O20 "
                  "page 'อยู่ระหว่างปรับปรุงข้อมูล' while the O22 measures mention O20; an /ita/2567/ archive page with old "
                  "documents; item codes written O๑๑, o15, O๒๑."),
        "author": "blind",
        "set": "held-out-11",
        "server": {"redirects": {"/ita/": "/ita/2568/", "/oit": "/ita/2568/"},
                   "files": dict(DRIVE_PAGES)},
    }
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
    truth = {k: v[0] for k, v in TRUTH.items()}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
    lines = ["# truth — flipbook_viewers (bma-2567, as_of 2025-05-20 = 20 พ.ค. 2568, FY2568)", ""]
    for n in range(1, 23):
        k = f"O{n}"
        v, ev, trap = TRUTH[k]
        vv = "/".join(v) if isinstance(v, list) else v
        lines.append(f"- {k} {items[k][0]}: **{vv}** — {ev} — trap: {trap}")
    with open(os.path.join(HERE, "truth.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    clean()
    assets()
    viewer_files()
    about_pages()
    news_pages()
    items = build_items()
    ita_pages(items)
    misc_pages()
    write_meta(items)


if __name__ == "__main__":
    main()
