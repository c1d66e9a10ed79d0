# -*- coding: utf-8 -*-
"""Generate the fictional website of สำนักงานเขตบางซื่อ (held-out-15 / signatories).

Run: /work/blindenv/bin/python _make.py   (writes ./site/)
"""
import os, shutil, random, math
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                Image as RLImage, KeepTogether)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from PIL import Image, ImageDraw
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
if os.path.exists(SITE):
    shutil.rmtree(SITE)
os.makedirs(SITE)

FD = "/usr/share/fonts/truetype/tlwg/"
pdfmetrics.registerFont(TTFont("Garuda", FD + "Garuda.ttf"))
pdfmetrics.registerFont(TTFont("Garuda-Bold", FD + "Garuda-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Norasi", FD + "Norasi.ttf"))
pdfmetrics.registerFont(TTFont("Norasi-Bold", FD + "Norasi-Bold.ttf"))

TD = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
def th(s):
    return str(s).translate(TD)

DIST = "บางซื่อ"
OFFICE = "สำนักงานเขตบางซื่อ"
OLD = "นายวิรัช ทองประเสริฐ"        # director until 31 Jan 2568
NEW = "นางสาวพรรณี ศรีวัฒนากุล"     # director from 1 Feb 2568
AST1 = "นายธนากร มีสุข"
AST2 = "นางอรุณี แก้วประเสริฐ"
AST3 = "นายสุรเชษฐ์ บุญมา"
DIRPOS = "ผู้อำนวยการเขตบางซื่อ"

# ---------------------------------------------------------------- helpers
def path(p):
    full = os.path.join(SITE, p.lstrip("/"))
    os.makedirs(os.path.dirname(full), exist_ok=True)
    return full

def sig_png(name, seed):
    """A hand-written-looking signature drawn with Pillow."""
    rnd = random.Random(seed)
    im = Image.new("RGBA", (420, 140), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    pts = []
    x = 20
    while x < 380:
        y = 70 + 35 * math.sin(x / rnd.uniform(14, 30)) * rnd.uniform(0.4, 1.1) + rnd.uniform(-8, 8)
        pts.append((x, y))
        x += rnd.uniform(4, 9)
    d.line(pts, fill=(20, 30, 120, 255), width=4, joint="curve")
    d.line([(40, 105), (300 + rnd.uniform(-30, 30), 95)], fill=(20, 30, 120, 255), width=3)
    out = path(f"/images/sig/{seed}.png")
    im.save(out)
    return out

SIG = {
    "old": sig_png(OLD, "s-wirat"),
    "new": sig_png(NEW, "s-phannee"),
    "a1": sig_png(AST1, "s-thanakorn"),
    "a2": sig_png(AST2, "s-arunee"),
}

ST = {
    "title": ParagraphStyle("t", fontName="Norasi-Bold", fontSize=16, leading=24, alignment=TA_CENTER),
    "h": ParagraphStyle("h", fontName="Norasi-Bold", fontSize=14, leading=21, spaceBefore=6),
    "p": ParagraphStyle("p", fontName="Norasi", fontSize=14, leading=21, firstLineIndent=28),
    "pl": ParagraphStyle("pl", fontName="Norasi", fontSize=14, leading=21),
    "c": ParagraphStyle("c", fontName="Norasi", fontSize=14, leading=21, alignment=TA_CENTER),
    "r": ParagraphStyle("r", fontName="Norasi", fontSize=14, leading=21, alignment=TA_RIGHT),
    "cell": ParagraphStyle("cell", fontName="Garuda", fontSize=8, leading=11),
    "cellb": ParagraphStyle("cellb", fontName="Garuda-Bold", fontSize=7.5, leading=11, alignment=TA_CENTER),
    "small": ParagraphStyle("s", fontName="Garuda", fontSize=9, leading=13),
}

def P(t, s="p"):
    return Paragraph(t, ST[s])

def sigblock(name, lines, sig=None, date_line=None):
    """Signature block. sig: key of SIG or None (typed name only)."""
    fl = []
    if date_line:
        fl.append(Spacer(1, 4))
        fl.append(P(date_line, "c"))
    fl.append(Spacer(1, 8))
    if sig:
        img = RLImage(SIG[sig], width=42 * mm, height=14 * mm)
        img.hAlign = "CENTER"
        fl.append(img)
    else:
        fl.append(Spacer(1, 6))
    fl.append(P(f"({name})", "c"))
    for l in lines:
        fl.append(P(l, "c"))
    return KeepTogether(fl)

def garuda_krut():
    """Small emblem-like image (circle) for letterheads."""
    out = path("/images/krut.png")
    if not os.path.exists(out):
        im = Image.new("RGB", (120, 120), "white")
        d = ImageDraw.Draw(im)
        d.ellipse((10, 10, 110, 110), outline=(0, 0, 0), width=5)
        d.polygon([(60, 22), (90, 95), (30, 95)], outline=(0, 0, 0), width=4)
        im.save(out)
    return out

def pdf(p, story, land=False, title=""):
    full = path(p)
    ps = landscape(A4) if land else A4
    doc = SimpleDocTemplate(full, pagesize=ps, leftMargin=20 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm, title=title, author=OFFICE)
    doc.build(story)

def letterhead(kind="ประกาศสำนักงานเขตบางซื่อ"):
    img = RLImage(garuda_krut(), width=22 * mm, height=22 * mm)
    img.hAlign = "CENTER"
    return [img, Spacer(1, 4), P(kind, "title")]

def table(rows, widths, head=1, fs=None):
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(str(c), ST["cellb" if i < head else "cell"]) for c in r])
    t = Table(data, colWidths=widths, repeatRows=head)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, head - 1), colors.HexColor("#dfe8f5")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t

def xlsx(p, sheets):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = 22
    wb.save(path(p))

# ---------------------------------------------------------------- HTML shell
MENU = [
    ("/index.html", "หน้าหลัก"),
    ("/about/history.html", "ข้อมูลเขต"),
    ("/about/structure.html", "โครงสร้าง"),
    ("/about/executives.html", "ผู้บริหาร"),
    ("/about/authority.html", "อำนาจหน้าที่"),
    ("/news/index.html", "ข่าวประชาสัมพันธ์"),
    ("/eservice.html", "E-Service"),
    ("/procurement/index.html", "จัดซื้อจัดจ้าง"),
    ("/oit/index.html", "ITA / OIT ๒๕๖๘"),
    ("/about/contact.html", "ติดต่อเรา"),
]

def page(p, title, body, side=None):
    nav = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in MENU)
    side_html = side or (
        '<div class="box"><h4>ลิงก์หน่วยงาน</h4><ul>'
        '<li><a href="https://www.bangkok.go.th/">กรุงเทพมหานคร</a></li>'
        '<li><a href="https://webportal.bangkok.go.th/">Bangkok Webportal</a></li>'
        '<li><a href="https://egp.bangkok.go.th/">e-GPBMA</a></li>'
        '<li><a href="https://www.traffy.in.th/">Traffy Fondue</a></li></ul></div>')
    html = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{title} | {OFFICE}</title>
<link rel="stylesheet" href="/css/site.css"></head>
<body>
<div class="portal">กรุงเทพมหานคร | <a href="https://webportal.bangkok.go.th/">สำนักงานเขต ๕๐ เขต</a></div>
<header><img src="/images/logo.png" alt="ตรา"> <span class="brand">{OFFICE}<br><small>Bang Sue District Office</small></span></header>
<nav><ul>{nav}</ul></nav>
<div class="wrap"><main>
<div class="crumb"><a href="/index.html">หน้าหลัก</a> &raquo; {title}</div>
<h1>{title}</h1>
{body}
</main><aside>{side_html}</aside></div>
<footer>{OFFICE} เลขที่ ๒๘๙ ถนนประชาราษฎร์สาย ๒ แขวงบางซื่อ เขตบางซื่อ กรุงเทพมหานคร ๑๐๘๐๐
โทร. ๐ ๒๕๘๗ ๔๓๑๐ โทรสาร ๐ ๒๕๘๗ ๔๓๑๙ | ปรับปรุงข้อมูลล่าสุด ๙ พฤษภาคม ๒๕๖๘</footer>
</body></html>"""
    with open(path(p), "w", encoding="utf-8") as f:
        f.write(html)

with open(path("/css/site.css"), "w") as f:
    f.write("""body{font-family:Tahoma,'Garuda',sans-serif;margin:0;background:#f4f6f9;color:#222}
.portal{background:#0b3d2e;color:#fff;font-size:12px;padding:4px 12px}.portal a{color:#cfe}
header{background:#137a4b;color:#fff;padding:10px 16px}header img{height:48px;vertical-align:middle}
.brand{display:inline-block;vertical-align:middle;font-size:20px;margin-left:8px}
nav ul{list-style:none;margin:0;padding:0;background:#0f5e3a;display:flex;flex-wrap:wrap}
nav li a{display:block;color:#fff;padding:8px 12px;text-decoration:none;font-size:14px}
.wrap{display:flex;gap:16px;padding:16px}main{flex:3;background:#fff;padding:16px}aside{flex:1}
.box{background:#fff;padding:10px;margin-bottom:12px}table.t{border-collapse:collapse;width:100%}
table.t td,table.t th{border:1px solid #bbb;padding:6px;font-size:14px;vertical-align:top}
table.t th{background:#e5f1ea}.crumb{font-size:12px;color:#666}.note{background:#fff8e0;padding:8px;border-left:4px solid #e0a800}
.exec{display:flex;gap:14px;border-bottom:1px solid #ddd;padding:10px 0}.exec img{width:120px;height:150px;object-fit:cover}
footer{background:#0b3d2e;color:#dfe;padding:12px;font-size:13px}.sig{margin-top:20px;text-align:center}
""")

def photo(p, label, seed):
    rnd = random.Random(seed)
    im = Image.new("RGB", (240, 300), (rnd.randint(150, 210), rnd.randint(170, 220), rnd.randint(190, 240)))
    d = ImageDraw.Draw(im)
    d.ellipse((70, 50, 170, 160), fill=(230, 200, 170))
    d.rectangle((50, 170, 190, 300), fill=(200, 180, 120))
    im.save(path(p))

logo = Image.new("RGB", (96, 96), "white")
ImageDraw.Draw(logo).ellipse((4, 4, 92, 92), outline=(180, 140, 20), width=6)
logo.save(path("/images/logo.png"))
photo("/images/exec/phannee.jpg", NEW, 1)
photo("/images/exec/wirat.jpg", OLD, 2)
photo("/images/exec/thanakorn.jpg", AST1, 3)
photo("/images/exec/arunee.jpg", AST2, 4)
photo("/images/exec/surachet.jpg", AST3, 5)
for i in range(1, 7):
    photo(f"/images/news/n{i}.jpg", "news", 10 + i)

DIVS = ["ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายรายได้", "ฝ่ายโยธา",
        "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "ฝ่ายเทศกิจ",
        "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "ฝ่ายการศึกษา"]
DIV_TEL = ["๐ ๒๕๘๗ ๔๓๑๑", "๐ ๒๕๘๗ ๔๓๒๑", "๐ ๒๕๘๗ ๔๓๓๑", "๐ ๒๕๘๗ ๔๓๔๑", "๐ ๒๕๘๗ ๔๓๕๑",
           "๐ ๒๕๘๗ ๔๓๖๑", "๐ ๒๕๘๗ ๔๓๗๑", "๐ ๒๕๘๗ ๔๓๘๑", "๐ ๒๕๘๗ ๔๓๙๑", "๐ ๒๕๘๗ ๔๔๐๑"]

# ================================================================ HOME
news = [
    ("n6", "๓๐ เมษายน ๒๕๖๘", "ผู้อำนวยการเขตบางซื่อ ลงพื้นที่ตรวจความพร้อมจุดรับน้ำ ถนนประชาราษฎร์สาย ๑ ก่อนเข้าฤดูฝน"),
    ("n5", "๒๔ มีนาคม ๒๕๖๘", "สำนักงานเขตบางซื่อ จัดกิจกรรม “บางซื่อโปร่งใส ไม่รับสินบน” ชี้แจงนโยบายต่อต้านการรับสินบนแก่บุคลากร"),
    ("n4", "๑๔ กุมภาพันธ์ ๒๕๖๘", "ประชุมชี้แจงการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ แก่หัวหน้าฝ่ายและโรงเรียนในสังกัด"),
    ("n3", "๓ กุมภาพันธ์ ๒๕๖๘", "ข้าราชการและบุคลากรสำนักงานเขตบางซื่อ ให้การต้อนรับ นางสาวพรรณี ศรีวัฒนากุล ผู้อำนวยการเขตบางซื่อ คนใหม่"),
    ("n2", "๒๘ มกราคม ๒๕๖๘", "พิธีมุทิตาจิต นายวิรัช ทองประเสริฐ ผู้อำนวยการเขตบางซื่อ ในโอกาสย้ายไปดำรงตำแหน่งผู้อำนวยการเขตดอนเมือง"),
    ("n1", "๑๙ ธันวาคม ๒๕๖๗", "สำนักงานเขตบางซื่อ ร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล ประจำปี ๒๕๖๗"),
]
NEWS_BODY = {
    "n6": "นางสาวพรรณี ศรีวัฒนากุล ผู้อำนวยการเขตบางซื่อ พร้อมด้วยฝ่ายโยธาและฝ่ายรักษาความสะอาดและสวนสาธารณะ ลงพื้นที่ตรวจความพร้อมของบ่อสูบน้ำและการลอกท่อระบายน้ำ บริเวณถนนประชาราษฎร์สาย ๑ และซอยประชาราษฎร์บำเพ็ญ เพื่อเตรียมรับมือฤดูฝนปี ๒๕๖๘ โดยได้สั่งการให้เร่งลอกท่อให้แล้วเสร็จภายในเดือนพฤษภาคม",
    "n5": "สำนักงานเขตบางซื่อ จัดกิจกรรมชี้แจงประกาศสำนักงานเขตบางซื่อ เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ซึ่งผู้อำนวยการเขตบางซื่อคนปัจจุบันได้ลงนามประกาศเมื่อวันที่ ๔ กุมภาพันธ์ ๒๕๖๘ ให้ข้าราชการ ลูกจ้าง และบุคลากรทุกฝ่ายรับทราบและถือปฏิบัติ มีผู้เข้าร่วมจำนวน ๑๘๖ คน",
    "n4": "นางสาวพรรณี ศรีวัฒนากุล ผู้อำนวยการเขตบางซื่อ เป็นประธานการประชุมชี้แจงหลักเกณฑ์การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ให้หัวหน้าฝ่ายทุกฝ่ายและผู้บริหารสถานศึกษาในสังกัดรับทราบ และมอบหมายผู้รับผิดชอบรายหัวข้อ O1 - O22",
    "n3": "ตามคำสั่งกรุงเทพมหานคร ที่ ๑๒๑/๒๕๖๘ ลงวันที่ ๒๔ มกราคม ๒๕๖๘ ให้ นางสาวพรรณี ศรีวัฒนากุล ดำรงตำแหน่งผู้อำนวยการเขตบางซื่อ ตั้งแต่วันที่ ๑ กุมภาพันธ์ ๒๕๖๘ เป็นต้นไป ข้าราชการและบุคลากรสำนักงานเขตบางซื่อได้ให้การต้อนรับและมอบช่อดอกไม้แสดงความยินดี",
    "n2": "ข้าราชการและบุคลากรสำนักงานเขตบางซื่อ จัดพิธีมุทิตาจิตแด่ นายวิรัช ทองประเสริฐ ผู้อำนวยการเขตบางซื่อ ซึ่งได้รับคำสั่งให้ย้ายไปดำรงตำแหน่งผู้อำนวยการเขตดอนเมือง มีผลตั้งแต่วันที่ ๑ กุมภาพันธ์ ๒๕๖๘",
    "n1": "นายวิรัช ทองประเสริฐ ผู้อำนวยการเขตบางซื่อ นำข้าราชการและบุคลากรร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล (ประเทศไทย) ประจำปี ๒๕๖๗ และร่วมกล่าวคำปฏิญาณตนเป็นข้าราชการที่ดี ไม่รับสินบน",
}
for i, (nid, d, t) in enumerate(news):
    page(f"/news/{nid}.html", t, f'<p class="crumb">เผยแพร่ {d} โดย ฝ่ายปกครอง (งานประชาสัมพันธ์)</p>'
         f'<img src="/images/news/{nid}.jpg" alt="ภาพข่าว" width="360"><p>{NEWS_BODY[nid]}</p>')
page("/news/index.html", "ข่าวประชาสัมพันธ์",
     "<table class='t'><tr><th>วันที่</th><th>หัวข้อข่าว</th></tr>" +
     "".join(f"<tr><td>{d}</td><td><a href='/news/{nid}.html'>{t}</a></td></tr>" for nid, d, t in news) +
     "</table><p>ติดตามข่าวสารเพิ่มเติมได้ที่ Facebook: <a href='https://www.facebook.com/bangsuedistrict'>สำนักงานเขตบางซื่อ</a></p>")

# the home page greeting box was never updated: it still shows the former director
home_side = ('<div class="box"><h4>สารจากผู้อำนวยการเขต</h4><img src="/images/exec/wirat.jpg" width="120" alt="ผอ.เขต">'
             f'<p>{OLD}<br>ผู้อำนวยการเขตบางซื่อ</p><p>“บางซื่อ เมืองน่าอยู่ ทุกคนมีส่วนร่วม”</p></div>'
             '<div class="box"><h4>บริการออนไลน์</h4><ul><li><a href="/eservice.html">จองคิว BMA Q / แบบฟอร์มออนไลน์</a></li>'
             '<li><a href="/oit/index.html">การเปิดเผยข้อมูลสาธารณะ (OIT)</a></li></ul></div>')
page("/index.html", "สำนักงานเขตบางซื่อ",
     "<h3>ข่าวล่าสุด</h3><ul>" + "".join(f"<li>{d} — <a href='/news/{nid}.html'>{t}</a></li>" for nid, d, t in news[:4]) +
     "</ul><h3>เมนูลัด</h3><ul><li><a href='/oit/index.html'>การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี ๒๕๖๘</a></li>"
     "<li><a href='/schools.html'>โรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขตบางซื่อ</a></li>"
     "<li><a href='/procurement/index.html'>ประกาศจัดซื้อจัดจ้าง</a></li></ul>", side=home_side)

# ================================================================ O1: basic info pages
page("/about/history.html", "ข้อมูลทั่วไปเขตบางซื่อ",
     "<p>เขตบางซื่อตั้งอยู่ทางทิศเหนือของกรุงเทพมหานคร มีพื้นที่ประมาณ ๑๑.๕๔ ตารางกิโลเมตร แบ่งการปกครองออกเป็น ๒ แขวง ได้แก่ แขวงบางซื่อ และแขวงวงศ์สว่าง "
     "มีประชากรตามทะเบียนราษฎร ๑๒๔,๕๑๗ คน (ธันวาคม ๒๕๖๗) ชุมชน ๔๒ ชุมชน</p>"
     "<p>อาณาเขต: ทิศเหนือติดเขตจตุจักรและจังหวัดนนทบุรี ทิศใต้ติดเขตดุสิต ทิศตะวันออกติดเขตจตุจักร ทิศตะวันตกติดแม่น้ำเจ้าพระยา</p>")
struct_rows = "".join(f"<tr><td>{d}</td><td>{tel}</td></tr>" for d, tel in zip(DIVS, DIV_TEL))
page("/about/structure.html", "โครงสร้างสำนักงานเขตบางซื่อ",
     "<p>สำนักงานเขตบางซื่อ เป็นส่วนราชการของกรุงเทพมหานคร ตามประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต "
     "มีผู้อำนวยการเขตเป็นผู้บังคับบัญชา ขึ้นตรงต่อปลัดกรุงเทพมหานคร ผู้ช่วยผู้อำนวยการเขต ๓ คน กำกับดูแลฝ่ายต่าง ๆ ๑๐ ฝ่าย "
     "และโรงเรียนสังกัดกรุงเทพมหานคร ๑๒ โรง</p><p><img src='/images/structure.png' alt='แผนภูมิโครงสร้าง' width='560'></p>"
     f"<table class='t'><tr><th>ส่วนราชการ</th><th>โทรศัพท์</th></tr>{struct_rows}</table>")
im = Image.new("RGB", (900, 420), "white"); d = ImageDraw.Draw(im)
d.rectangle((380, 10, 520, 60), outline="black", width=2)
for k in range(3):
    d.rectangle((140 + k * 230, 120, 280 + k * 230, 170), outline="black", width=2)
for k in range(10):
    d.rectangle((10 + k * 88, 260, 92 + k * 88, 330), outline="black", width=2)
im.save(path("/images/structure.png"))

execs = [
    (NEW, "ผู้อำนวยการเขตบางซื่อ (ตั้งแต่ ๑ กุมภาพันธ์ ๒๕๖๘)", "phannee", "๐ ๒๕๘๗ ๔๓๐๑", "bangsue_director@bangkok.go.th", "กำกับดูแลราชการทั่วไปของสำนักงานเขตบางซื่อ"),
    (AST1, "ผู้ช่วยผู้อำนวยการเขตบางซื่อ", "thanakorn", "๐ ๒๕๘๗ ๔๓๐๒", "bangsue_ast1@bangkok.go.th", "กำกับดูแลฝ่ายปกครอง ฝ่ายทะเบียน ฝ่ายการคลัง ฝ่ายรายได้"),
    (AST2, "ผู้ช่วยผู้อำนวยการเขตบางซื่อ", "arunee", "๐ ๒๕๘๗ ๔๓๐๓", "bangsue_ast2@bangkok.go.th", "กำกับดูแลฝ่ายโยธา ฝ่ายสิ่งแวดล้อมและสุขาภิบาล ฝ่ายรักษาความสะอาดและสวนสาธารณะ ฝ่ายเทศกิจ"),
    (AST3, "ผู้ช่วยผู้อำนวยการเขตบางซื่อ", "surachet", "๐ ๒๕๘๗ ๔๓๐๔", "bangsue_ast3@bangkok.go.th", "กำกับดูแลฝ่ายพัฒนาชุมชนและสวัสดิการสังคม ฝ่ายการศึกษา"),
]
ex_html = "".join(
    f"<div class='exec'><img src='/images/exec/{ph}.jpg' alt='{n}'><div><b>{n}</b><br>{pos}<br>{duty}<br>"
    f"โทรศัพท์ {tel}<br>E-mail: <a href='mailto:{em}'>{em}</a></div></div>" for n, pos, ph, tel, em, duty in execs)
page("/about/executives.html", "ผู้บริหารสำนักงานเขตบางซื่อ",
     ex_html + "<p class='crumb'>ข้อมูล ณ วันที่ ๒ พฤษภาคม ๒๕๖๘</p>"
     "<h3>ทำเนียบผู้อำนวยการเขตบางซื่อ (ย้อนหลัง)</h3><table class='t'><tr><th>ชื่อ - สกุล</th><th>ระยะเวลาดำรงตำแหน่ง</th></tr>"
     f"<tr><td>{NEW}</td><td>๑ ก.พ. ๒๕๖๘ - ปัจจุบัน</td></tr><tr><td>{OLD}</td><td>๑ ต.ค. ๒๕๖๕ - ๓๑ ม.ค. ๒๕๖๘</td></tr>"
     "<tr><td>นายประพันธ์ เรืองศรี</td><td>๑ พ.ย. ๒๕๖๒ - ๓๐ ก.ย. ๒๕๖๕</td></tr></table>")
page("/about/authority.html", "อำนาจหน้าที่ของสำนักงานเขตบางซื่อ",
     "<p>ตามพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘ มาตรา ๔๙ และประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต สำนักงานเขตมีอำนาจหน้าที่ดังนี้</p><ol>"
     "<li>ปฏิบัติตามกฎหมายที่กำหนดให้เป็นอำนาจหน้าที่ของกรุงเทพมหานครในเขตพื้นที่</li><li>จัดทำทะเบียนราษฎรและบัตรประจำตัวประชาชน</li>"
     "<li>จัดเก็บภาษีและรายได้ของกรุงเทพมหานคร</li><li>ดูแลรักษาความสะอาด สวนสาธารณะ และสิ่งแวดล้อม</li>"
     "<li>ควบคุมอาคารและการก่อสร้าง การบำรุงรักษาทางและระบบระบายน้ำ</li><li>จัดการศึกษาในโรงเรียนสังกัดกรุงเทพมหานคร</li>"
     "<li>พัฒนาชุมชนและจัดสวัสดิการสังคม</li><li>รักษาความสงบเรียบร้อยตามกฎหมายว่าด้วยการรักษาความสะอาดฯ โดยเจ้าพนักงานเทศกิจ</li></ol>"
     + "".join(f"<h4>{dv}</h4><p>รับผิดชอบงานตามภารกิจของ{dv}ตามประกาศการแบ่งส่วนราชการ</p>" for dv in DIVS))
page("/about/contact.html", "ติดต่อสำนักงานเขตบางซื่อ",
     "<table class='t'><tr><th>ที่อยู่</th><td>เลขที่ ๒๘๙ ถนนประชาราษฎร์สาย ๒ แขวงบางซื่อ เขตบางซื่อ กรุงเทพมหานคร ๑๐๘๐๐</td></tr>"
     "<tr><th>โทรศัพท์</th><td>๐ ๒๕๘๗ ๔๓๑๐ ถึง ๔๓๑๕</td></tr><tr><th>โทรสาร</th><td>๐ ๒๕๘๗ ๔๓๑๙</td></tr>"
     "<tr><th>E-mail</th><td><a href='mailto:bangsue@bangkok.go.th'>bangsue@bangkok.go.th</a></td></tr>"
     "<tr><th>เวลาทำการ</th><td>จันทร์ - ศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น. (ฝ่ายทะเบียนเปิดวันเสาร์ ๐๘.๓๐ - ๑๒.๐๐ น.)</td></tr></table>"
     "<h3>แผนที่</h3><p><img src='/images/map.png' alt='แผนที่ตั้งสำนักงานเขตบางซื่อ' width='480'></p>"
     "<p><a href='https://maps.google.com/?q=สำนักงานเขตบางซื่อ'>เปิดใน Google Maps</a></p>"
     "<h3>Social Network</h3><p><a href='https://www.facebook.com/bangsuedistrict'>Facebook</a> | LINE: @bangsue</p>")
im = Image.new("RGB", (480, 300), (235, 240, 230)); d = ImageDraw.Draw(im)
d.line((0, 150, 480, 150), fill="gray", width=8); d.line((240, 0, 240, 300), fill="gray", width=6)
d.ellipse((250, 120, 275, 145), fill="red"); im.save(path("/images/map.png"))
page("/about/laws.html", "กฎหมายที่เกี่ยวข้อง",
     "<ul><li>พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘ และที่แก้ไขเพิ่มเติม</li>"
     "<li>พระราชบัญญัติการรักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. ๒๕๓๕</li>"
     "<li>พระราชบัญญัติควบคุมอาคาร พ.ศ. ๒๕๒๒</li><li>พระราชบัญญัติการทะเบียนราษฎร พ.ศ. ๒๕๓๔</li>"
     + "<li>พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒</li><li>พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐</li>"
     "<li>พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐</li></ul>")

# ================================================================ O3 schools
schools = [("โรงเรียนวัดสร้อยทอง", "ซอยประชาราษฎร์สาย ๑ ซอย ๓", "๐ ๒๕๘๗ ๑๑๒๔"),
           ("โรงเรียนวัดประชาศรัทธาธรรม", "ถนนประชาราษฎร์สาย ๒", "๐ ๒๕๘๗ ๒๐๓๕"),
           ("โรงเรียนวัดบางโพโอมาวาส", "ถนนประชาราษฎร์บำเพ็ญ", "๐ ๒๕๘๗ ๓๓๔๑"),
           ("โรงเรียนวัดเทวสุนทร", "ถนนเตชะวณิช", "๐ ๒๕๘๗ ๔๖๑๒"),
           ("โรงเรียนวัดเลียบราษฎร์บำรุง", "ถนนกรุงเทพ-นนทบุรี", "๐ ๒๕๘๗ ๕๕๒๐"),
           ("โรงเรียนวัดมัชฌันติการาม", "ซอยประชาชื่น ๑๒", "๐ ๒๕๘๗ ๖๗๐๘"),
           ("โรงเรียนประชาภิบาล", "ถนนประชาชื่น", "๐ ๒๕๘๗ ๗๘๑๙"),
           ("โรงเรียนวงศ์สว่างวิทยา", "ถนนวงศ์สว่าง", "๐ ๒๕๘๗ ๘๙๐๒"),
           ("โรงเรียนบางซื่อ (บุญมีอุปถัมภ์)", "ซอยกรุงเทพ-นนทบุรี ๑๔", "๐ ๒๕๘๗ ๙๐๑๓"),
           ("โรงเรียนวัดอินทร์บรรจง", "ถนนเทอดดำริ", "๐ ๒๕๘๗ ๐๑๕๔"),
           ("โรงเรียนคลองบางซื่อ", "ซอยประชาราษฎร์สาย ๒ ซอย ๒๐", "๐ ๒๕๘๗ ๑๒๖๕"),
           ("โรงเรียนประชานุกูล", "ถนนประชาราษฎร์สาย ๑", "๐ ๒๕๘๗ ๒๓๗๖")]
page("/schools.html", "โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขตบางซื่อ",
     "<p>ข้อมูลปีการศึกษา ๒๕๖๗ (จำนวน ๑๒ โรงเรียน) ฝ่ายการศึกษา โทร. ๐ ๒๕๘๗ ๔๔๐๑</p><table class='t'><tr><th>ลำดับ</th><th>ชื่อโรงเรียน</th><th>ที่ตั้ง</th><th>โทรศัพท์</th><th>ระดับที่เปิดสอน</th></tr>" +
     "".join(f"<tr><td>{th(i+1)}</td><td>{n}</td><td>{a} แขวง{'บางซื่อ' if i%2==0 else 'วงศ์สว่าง'} เขตบางซื่อ</td><td>{t}</td><td>{'อนุบาล - ประถมศึกษาปีที่ ๖' if i%3 else 'อนุบาล - มัธยมศึกษาปีที่ ๓'}</td></tr>" for i, (n, a, t) in enumerate(schools)) +
     "</table>")

# ================================================================ E-service (O8) and tracking (O12)
page("/eservice.html", "บริการออนไลน์ (E-Service)",
     "<table class='t'><tr><th>บริการ</th><th>ช่องทาง</th></tr>"
     "<tr><td>จองคิวล่วงหน้า ฝ่ายทะเบียน / ฝ่ายรายได้ / ฝ่ายโยธา (BMA Q)</td><td><a href='https://q.bangkok.go.th/'>https://q.bangkok.go.th</a></td></tr>"
     "<tr><td>ยื่นคำขออนุญาตออนไลน์ (BMA OSS) ใบอนุญาตก่อสร้าง ใบอนุญาตสถานที่จำหน่ายอาหาร</td><td><a href='https://oss.bangkok.go.th/'>https://oss.bangkok.go.th</a></td></tr>"
     "<tr><td>แจ้งเรื่องร้องเรียน / ปัญหาเมือง (Traffy Fondue)</td><td><a href='https://www.traffy.in.th/'>Traffy Fondue</a></td></tr>"
     "<tr><td>ขอรับบริการจัดเก็บขยะชิ้นใหญ่ (แบบฟอร์มออนไลน์)</td><td><a href='/eservice/bulky-waste.html'>กรอกแบบฟอร์ม</a></td></tr>"
     "<tr><td>ขอใช้ห้องประชุม / ลานกีฬา</td><td><a href='/eservice/room.html'>กรอกแบบฟอร์ม</a></td></tr></table>")
for p_, t_ in [("/eservice/bulky-waste.html", "แบบฟอร์มขอรับบริการจัดเก็บขยะชิ้นใหญ่"), ("/eservice/room.html", "แบบฟอร์มขอใช้สถานที่")]:
    page(p_, t_, "<form action='/eservice/submit.php' method='post'><p>ชื่อ - สกุล <input name='name'></p><p>เบอร์โทรศัพท์ <input name='tel'></p>"
         "<p>ที่อยู่ <textarea name='addr'></textarea></p><p>รายละเอียด <textarea name='detail'></textarea></p><p><button>ส่งคำขอ</button></p></form>"
         "<p>เจ้าหน้าที่จะติดต่อกลับภายใน ๒ วันทำการ</p>")

# ================================================================ DOCUMENTS
# ---- O2 governor policy / plans
pdf("/files/o02/bangsue-area-plan-2568.pdf", letterhead("แผนพัฒนาเชิงพื้นที่เขตบางซื่อ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘") + [
    P("แผนพัฒนาเชิงพื้นที่เขตบางซื่อ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ จัดทำขึ้นเพื่อขับเคลื่อน นโยบายผู้ว่าราชการกรุงเทพมหานคร (นายชัชชาติ สิทธิพันธุ์) ๙ ด้าน ๙ ดี "
      "ได้แก่ ปลอดภัยดี เดินทางดี สิ่งแวดล้อมดี สุขภาพดี เรียนดี เศรษฐกิจดี สังคมดี บริหารจัดการดี และโครงสร้างดี และสอดคล้องกับ แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๓ (พ.ศ. ๒๕๖๖ - ๒๕๗๐)"),
    table([["มิติ (๙ ดี)", "ประเด็นพื้นที่เขตบางซื่อ", "โครงการ/กิจกรรม ปี ๒๕๖๘", "ฝ่ายรับผิดชอบ"],
           ["ปลอดภัยดี", "จุดเสี่ยงน้ำท่วมถนนประชาราษฎร์สาย ๑", "ลอกท่อระบายน้ำ ๑๒ กม.", "ฝ่ายโยธา"],
           ["สิ่งแวดล้อมดี", "พื้นที่สีเขียวต่อประชากรต่ำ", "สวน ๑๕ นาที จำนวน ๒ แห่ง", "ฝ่ายรักษาความสะอาดฯ"],
           ["เรียนดี", "ผลสัมฤทธิ์ทางการเรียน", "ห้องเรียนดิจิทัล ๑๒ โรงเรียน", "ฝ่ายการศึกษา"],
           ["บริหารจัดการดี", "ความโปร่งใส", "เปิดเผยข้อมูลตาม ITA ครบทุกหัวข้อ", "ฝ่ายปกครอง"]],
          [35 * mm, 45 * mm, 55 * mm, 35 * mm]),
], title="แผนพัฒนาเชิงพื้นที่เขตบางซื่อ 2568")

# ---- O5 action plan FY2568 (approved by the then-director, valid) and annual report FY2567
pdf("/files/o05/action-plan-2568.pdf", letterhead("แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๘ สำนักงานเขตบางซื่อ") + [
    P("สำนักงานเขตบางซื่อ ได้จัดทำแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (๑ ตุลาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๖๘) โดยถ่ายทอดเป้าหมายจากแผนพัฒนากรุงเทพมหานคร และนโยบายผู้ว่าราชการกรุงเทพมหานคร "
      "ประกอบด้วย ๓๘ โครงการ งบประมาณรวม ๑๘๔,๓๒๐,๕๐๐ บาท รายละเอียดดังนี้"),
    table([["ที่", "โครงการ/กิจกรรม", "ตัวชี้วัด", "งบประมาณ (บาท)", "ระยะเวลา", "ผู้รับผิดชอบ"],
           ["๑", "โครงการลอกท่อระบายน้ำ", "ร้อยละ ๑๐๐ ของแผน", "๔,๒๐๐,๐๐๐", "ต.ค. ๖๗ - พ.ค. ๖๘", "ฝ่ายโยธา"],
           ["๒", "โครงการปรับปรุงทางเท้า ถนนประชาชื่น", "๑.๘ กม.", "๑๒,๕๐๐,๐๐๐", "ม.ค. - ก.ย. ๖๘", "ฝ่ายโยธา"],
           ["๓", "โครงการส่งเสริมการคัดแยกขยะในชุมชน", "๔๒ ชุมชน", "๓๕๐,๐๐๐", "ต.ค. ๖๗ - ก.ย. ๖๘", "ฝ่ายรักษาความสะอาดฯ"],
           ["๔", "โครงการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้างเชิงรุก", "ร้อยละ ๘๕ ของประมาณการ", "๑๒๐,๐๐๐", "ต.ค. ๖๗ - ก.ย. ๖๘", "ฝ่ายรายได้"],
           ["๕", "โครงการเสริมสร้างคุณธรรมและความโปร่งใส", "ITA ไม่น้อยกว่า ๙๕ คะแนน", "๕๐,๐๐๐", "ต.ค. ๖๗ - ก.ย. ๖๘", "ฝ่ายปกครอง"],
           ["๖", "โครงการทะเบียนเคลื่อนที่", "๑๒ ครั้ง", "๘๐,๐๐๐", "ต.ค. ๖๗ - ก.ย. ๖๘", "ฝ่ายทะเบียน"]],
          [8 * mm, 52 * mm, 32 * mm, 25 * mm, 26 * mm, 30 * mm]),
    Spacer(1, 8), P("อนุมัติแผน", "c"),
    sigblock(OLD, [DIRPOS], "old", "ณ วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๗"),
], title="แผนปฏิบัติราชการ 2568")
pdf("/files/o05/annual-report-2567.pdf", letterhead("รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗ สำนักงานเขตบางซื่อ") + [
    P("ในรอบปีงบประมาณ พ.ศ. ๒๕๖๗ (ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗) สำนักงานเขตบางซื่อ ดำเนินโครงการตามแผนปฏิบัติราชการ จำนวน ๓๕ โครงการ แล้วเสร็จ ๓๓ โครงการ คิดเป็นร้อยละ ๙๔.๒๙ "
      "ใช้จ่ายงบประมาณ ๑๖๙,๔๑๒,๓๐๐ บาท จากงบประมาณที่ได้รับ ๑๗๖,๐๒๐,๐๐๐ บาท (ร้อยละ ๙๖.๒๔)"),
    table([["โครงการ", "ผลการดำเนินงาน", "งบประมาณที่ใช้ (บาท)", "ปัญหาอุปสรรค"],
           ["ลอกท่อระบายน้ำ", "๑๑.๖ กม. (ร้อยละ ๑๐๐)", "๓,๙๘๐,๐๐๐", "-"],
           ["ปรับปรุงสวนหย่อมชุมชน", "๓ แห่ง", "๑,๒๐๐,๐๐๐", "-"],
           ["ทะเบียนเคลื่อนที่", "๑๑ ครั้ง ผู้รับบริการ ๑,๔๒๐ คน", "๗๒,๐๐๐", "ฝนตก ยกเลิก ๑ ครั้ง"],
           ["ปรับปรุงอาคารเรียน", "ไม่แล้วเสร็จ (ร้อยละ ๗๐)", "๔,๑๐๐,๐๐๐", "ผู้รับจ้างส่งมอบงานล่าช้า"]],
          [45 * mm, 50 * mm, 35 * mm, 40 * mm]),
    sigblock(OLD, [DIRPOS], "old", "ณ วันที่ ๒๙ พฤศจิกายน พ.ศ. ๒๕๖๗"),
], title="รายงานผลการปฏิบัติราชการ 2567")

# ---- O6 manuals: 9 of 10 divisions (no ฝ่ายเทศกิจ)
MANUAL_DIVS = [d for d in DIVS if d != "ฝ่ายเทศกิจ"]
for i, dv in enumerate(MANUAL_DIVS):
    pdf(f"/files/o06/manual-{i+1:02d}.pdf", letterhead(f"คู่มือการปฏิบัติงาน {dv} สำนักงานเขตบางซื่อ") + [
        P(f"คู่มือฉบับนี้จัดทำขึ้นเพื่อให้เจ้าหน้าที่ของ{dv} ปฏิบัติงานเป็นมาตรฐานเดียวกัน ปรับปรุงครั้งล่าสุด ธันวาคม ๒๕๖๗"),
        P("๑. วัตถุประสงค์  ๒. ขอบเขต  ๓. ขั้นตอนการปฏิบัติงาน  ๔. ระยะเวลา  ๕. แบบฟอร์มที่เกี่ยวข้อง  ๖. กฎหมายที่เกี่ยวข้อง", "pl"),
        table([["ขั้นตอน", "รายละเอียด", "ระยะเวลา", "ผู้รับผิดชอบ"],
               ["๑", "รับเรื่อง ตรวจสอบเอกสาร", "๑๐ นาที", "เจ้าหน้าที่ธุรการ"],
               ["๒", "พิจารณาตามระเบียบ", "๑ - ๓ วัน", "เจ้าพนักงานผู้รับผิดชอบ"],
               ["๓", "เสนอหัวหน้าฝ่ายลงนาม", "๑ วัน", f"หัวหน้า{dv}"]],
              [20 * mm, 70 * mm, 30 * mm, 50 * mm]),
    ], title=f"คู่มือ {dv}")

# ---- O7 service manuals for the public
SERV = [("การแจ้งเกิด", "ฝ่ายทะเบียน"), ("การแจ้งย้ายที่อยู่", "ฝ่ายทะเบียน"),
        ("การขออนุญาตก่อสร้างอาคาร", "ฝ่ายโยธา"), ("การขอใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล"),
        ("การชำระภาษีที่ดินและสิ่งปลูกสร้าง", "ฝ่ายรายได้")]
for i, (s, dv) in enumerate(SERV):
    pdf(f"/files/o07/service-{i+1}.pdf", letterhead(f"คู่มือสำหรับประชาชน: {s}") + [
        P(f"หน่วยงานที่ให้บริการ: {dv} สำนักงานเขตบางซื่อ โทร. {DIV_TEL[DIVS.index(dv)]} เปิดให้บริการ วันจันทร์ - วันศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น.", "pl"),
        P("หลักเกณฑ์ วิธีการ เงื่อนไข: ผู้ยื่นคำขอต้องยื่นเอกสารครบถ้วนตามรายการ ณ จุดบริการ หรือยื่นผ่านระบบออนไลน์", "pl"),
        table([["ขั้นตอน", "ระยะเวลา", "ส่วนงานที่รับผิดชอบ"], ["ยื่นคำขอและตรวจสอบเอกสาร", "๑๕ นาที", dv],
               ["พิจารณา", "ตามที่กฎหมายกำหนด", dv], ["แจ้งผล/ออกเอกสาร", "๑ วัน", dv]], [70 * mm, 40 * mm, 60 * mm]),
        P("เอกสารหลักฐาน: บัตรประจำตัวประชาชน, ทะเบียนบ้าน, เอกสารอื่นตามที่กำหนด  ค่าธรรมเนียม: ตามกฎกระทรวง/ข้อบัญญัติกรุงเทพมหานคร  ช่องทางร้องเรียน: ๐ ๒๕๘๗ ๔๓๑๐ หรือ Traffy Fondue", "pl"),
    ], title=s)

# ---- O9 tax statistics: ONLY FY2567
months67 = ["ต.ค. ๖๖", "พ.ย. ๖๖", "ธ.ค. ๖๖", "ม.ค. ๖๗", "ก.พ. ๖๗", "มี.ค. ๖๗", "เม.ย. ๖๗", "พ.ค. ๖๗", "มิ.ย. ๖๗", "ก.ค. ๖๗", "ส.ค. ๖๗", "ก.ย. ๖๗"]
rnd = random.Random(9)
tax_rows = [["เดือน", "ภาษีที่ดินและสิ่งปลูกสร้าง (บาท)", "ภาษีป้าย (บาท)", "รวม (บาท)"]]
for m in months67:
    a, b = rnd.randint(2_000_000, 30_000_000), rnd.randint(100_000, 2_500_000)
    tax_rows.append([m, f"{a:,}", f"{b:,}", f"{a+b:,}"])
pdf("/files/o09/tax-stat-2567.pdf", letterhead("ข้อมูลสถิติการจัดเก็บภาษี ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ฝ่ายรายได้ สำนักงานเขตบางซื่อ") + [
    P("ข้อมูลระหว่างเดือนตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗", "c"), table(tax_rows, [30 * mm, 55 * mm, 40 * mm, 45 * mm])],
    title="สถิติการจัดเก็บภาษี 2567")
xlsx("/files/o09/tax-stat-2567.xlsx", [("ภาษี 2567", [[c.replace(",", "") if i else c for i, c in enumerate(r)] for r in tax_rows])])

# ---- O10 revenue statistics FY2568 Oct-Mar (current)
months68 = ["ตุลาคม ๒๕๖๗", "พฤศจิกายน ๒๕๖๗", "ธันวาคม ๒๕๖๗", "มกราคม ๒๕๖๘", "กุมภาพันธ์ ๒๕๖๘", "มีนาคม ๒๕๖๘"]
rev_rows = [["เดือน", "ค่าธรรมเนียมใบอนุญาต", "ค่าปรับ", "รายได้เบ็ดเตล็ด", "รวม (บาท)"]]
for m in months68:
    a, b, c = rnd.randint(150_000, 900_000), rnd.randint(20_000, 200_000), rnd.randint(5_000, 60_000)
    rev_rows.append([m, f"{a:,}", f"{b:,}", f"{c:,}", f"{a+b+c:,}"])
pdf("/files/o10/revenue-stat-2568-h1.pdf", letterhead("ข้อมูลสถิติการจัดเก็บรายได้ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘)") + [
    table(rev_rows, [35 * mm, 38 * mm, 30 * mm, 32 * mm, 35 * mm]), Spacer(1, 6),
    P("ที่มา: ฝ่ายรายได้ สำนักงานเขตบางซื่อ ข้อมูล ณ วันที่ ๓ เมษายน ๒๕๖๘", "pl")], title="สถิติรายได้ 2568")
xlsx("/files/o10/revenue-stat-2568-h1.xlsx", [("รายได้ 2568", rev_rows)])

# ---- O13 spending plan FY2568 (valid, former director) + report FY2566 (wrong year)
pdf("/files/o13/spending-plan-2568.pdf", letterhead("แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ สำนักงานเขตบางซื่อ") + [
    table([["งบรายจ่าย", "ไตรมาส ๑ (ต.ค.-ธ.ค. ๖๗)", "ไตรมาส ๒ (ม.ค.-มี.ค. ๖๘)", "ไตรมาส ๓ (เม.ย.-มิ.ย. ๖๘)", "ไตรมาส ๔ (ก.ค.-ก.ย. ๖๘)", "รวม (บาท)"],
           ["งบบุคลากร", "๒๔,๑๐๐,๐๐๐", "๒๔,๑๐๐,๐๐๐", "๒๔,๑๐๐,๐๐๐", "๒๔,๑๐๐,๐๐๐", "๙๖,๔๐๐,๐๐๐"],
           ["งบดำเนินงาน", "๘,๒๐๐,๐๐๐", "๙,๕๐๐,๐๐๐", "๑๐,๑๐๐,๐๐๐", "๗,๘๒๐,๕๐๐", "๓๕,๖๒๐,๕๐๐"],
           ["งบลงทุน", "๒,๐๐๐,๐๐๐", "๑๐,๕๐๐,๐๐๐", "๑๘,๐๐๐,๐๐๐", "๑๖,๘๐๐,๐๐๐", "๔๗,๓๐๐,๐๐๐"],
           ["งบรายจ่ายอื่น", "๑,๐๐๐,๐๐๐", "๑,๐๐๐,๐๐๐", "๑,๐๐๐,๐๐๐", "๑,๐๐๐,๐๐๐", "๔,๐๐๐,๐๐๐"],
           ["รวม", "๓๕,๓๐๐,๐๐๐", "๔๕,๑๐๐,๐๐๐", "๕๓,๒๐๐,๐๐๐", "๔๙,๗๒๐,๕๐๐", "๑๘๓,๓๒๐,๕๐๐"]],
          [28 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm, 30 * mm]),
    sigblock(OLD, [DIRPOS], "old", "ณ วันที่ ๒๑ ตุลาคม พ.ศ. ๒๕๖๗"),
], title="แผนการใช้จ่ายงบประมาณ 2568")
pdf("/files/o13/spending-report.pdf", letterhead("รายงานผลการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ สำนักงานเขตบางซื่อ") + [
    P("ข้อมูลระหว่าง ๑ ตุลาคม ๒๕๖๕ - ๓๐ กันยายน ๒๕๖๖", "c"),
    table([["งบรายจ่าย", "งบประมาณที่ได้รับ", "เบิกจ่าย", "ร้อยละ"],
           ["งบบุคลากร", "๙๑,๒๐๐,๐๐๐", "๙๐,๘๑๐,๔๒๐", "๙๙.๕๗"], ["งบดำเนินงาน", "๓๒,๔๐๐,๐๐๐", "๓๑,๐๕๕,๑๒๐", "๙๕.๘๕"],
           ["งบลงทุน", "๓๙,๘๐๐,๐๐๐", "๓๓,๖๑๐,๐๐๐", "๘๔.๔๕"], ["รวม", "๑๖๓,๔๐๐,๐๐๐", "๑๕๕,๔๗๕,๕๔๐", "๙๕.๑๕"]],
          [45 * mm, 40 * mm, 40 * mm, 30 * mm]),
    P("ปัญหาอุปสรรค: งบลงทุนโครงการปรับปรุงทางเท้าเบิกจ่ายไม่ทันเนื่องจากผู้รับจ้างส่งงานล่าช้า", "pl"),
    sigblock("นายประพันธ์ เรืองศรี", ["ผู้อำนวยการเขตบางซื่อ"], "a2", "ณ วันที่ ๒๗ ตุลาคม พ.ศ. ๒๕๖๖"),
], title="รายงานผลการใช้จ่ายงบประมาณ")

# ---- O14 budget data (no community subsidy)
pdf("/files/o14/budget-2568.pdf", letterhead("ข้อมูลงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ที่สำนักงานเขตบางซื่อได้รับจัดสรร") + [
    P("ตามข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ สำนักงานเขตบางซื่อได้รับจัดสรรงบประมาณ รวมทั้งสิ้น ๑๘๓,๓๒๐,๕๐๐ บาท จำแนกตามแผนงาน ดังนี้"),
    table([["แผนงาน", "จำนวนเงิน (บาท)"], ["แผนงานบริหารทั่วไป", "๖๘,๔๒๐,๐๐๐"], ["แผนงานรักษาความสะอาด", "๔๑,๒๐๐,๕๐๐"],
           ["แผนงานโยธา", "๔๙,๘๐๐,๐๐๐"], ["แผนงานการศึกษา", "๑๔,๙๐๐,๐๐๐"], ["แผนงานพัฒนาชุมชนและสวัสดิการสังคม", "๙,๐๐๐,๐๐๐"],
           ["รวม", "๑๘๓,๓๒๐,๕๐๐"]], [100 * mm, 50 * mm]),
], title="ข้อมูลงบประมาณ 2568")

# ---- O15 procurement: announcements signed ปฏิบัติราชการแทน; monthly summaries Oct-Mar (full สขร.1 form)
ANN = [
    ("ann-2568-014", "ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุงานบ้านงานครัว จำนวน ๑๒ รายการ โดยวิธีเฉพาะเจาะจง", "บริษัท บางซื่อเครื่องใช้ จำกัด", "๔๘,๖๐๐.๐๐", "๑๒ พฤศจิกายน ๒๕๖๗", AST1, "a1"),
    ("ann-2568-031", "ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมผิวจราจรซอยประชาราษฎร์สาย ๒ ซอย ๔ โดยวิธีประกาศเชิญชวนทั่วไป (e-bidding)", "ห้างหุ้นส่วนจำกัด ทวีทรัพย์ก่อสร้าง", "๑,๘๔๒,๐๐๐.๐๐", "๒๐ กุมภาพันธ์ ๒๕๖๘", AST2, "a2"),
    ("ann-2568-038", "ประกาศผู้ชนะการเสนอราคา ซื้อเครื่องสูบน้ำ ขนาด ๑๒ นิ้ว จำนวน ๒ เครื่อง โดยวิธีเฉพาะเจาะจง", "บริษัท ไทยปั๊มเซอร์วิส จำกัด", "๔๙๕,๐๐๐.๐๐", "๑๑ มีนาคม ๒๕๖๘", AST2, "a2"),
]
for fid, title, win, price, dt, signer, sk in ANN:
    pdf(f"/files/o15/{fid}.pdf", letterhead() + [
        P(f"เรื่อง {title}", "c"), P("---------------------------------", "c"),
        P(f"ตามที่ สำนักงานเขตบางซื่อ ได้ดำเนินการ{title.replace('ประกาศผู้ชนะการเสนอราคา ', '')} นั้น"),
        P(f"ผู้ได้รับการคัดเลือก ได้แก่ {win} โดยเสนอราคาเป็นเงินทั้งสิ้น {price} บาท (รวมภาษีมูลค่าเพิ่มและภาษีอื่น ค่าขนส่ง ค่าจดทะเบียน และค่าใช้จ่ายอื่น ๆ ทั้งปวง)"),
        sigblock(signer, ["ผู้ช่วยผู้อำนวยการเขตบางซื่อ", "ปฏิบัติราชการแทน", "ผู้อำนวยการเขตบางซื่อ"], sk, f"ประกาศ ณ วันที่ {dt}"),
    ], title=title)

SKR_HEAD = ["ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง (บาท)", "ราคากลาง (บาท)", "วิธีซื้อหรือจ้าง",
            "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลง", "เหตุผลที่คัดเลือกโดยสรุป", "เลขที่และวันที่ของสัญญาหรือข้อตกลง"]
ITEMS = ["ซื้อวัสดุสำนักงาน", "จ้างซ่อมรถบรรทุกขยะ", "ซื้อน้ำมันเชื้อเพลิง", "จ้างเหมาทำความสะอาดอาคาร", "ซื้อวัสดุก่อสร้าง",
         "จ้างซ่อมแซมเครื่องปรับอากาศ", "ซื้อวัสดุงานบ้านงานครัว", "จ้างพิมพ์แบบพิมพ์", "ซื้อเครื่องสูบน้ำ", "จ้างซ่อมผิวจราจร"]
VEND = ["ร้านบางซื่อพาณิชย์", "บริษัท ประชาราษฎร์ออโต้ จำกัด", "หจก. วงศ์สว่างปิโตรเลียม", "บริษัท คลีนโปร จำกัด", "ร้านเตชะวณิชวัสดุ",
        "บริษัท เย็นฉ่ำแอร์ จำกัด", "บริษัท บางซื่อเครื่องใช้ จำกัด", "โรงพิมพ์ประชาชื่น", "บริษัท ไทยปั๊มเซอร์วิส จำกัด", "หจก. ทวีทรัพย์ก่อสร้าง"]
MONTHS_EN = ["2567-10", "2567-11", "2567-12", "2568-01", "2568-02", "2568-03"]
mrnd = random.Random(15)
for mi, (mth, mcode) in enumerate(zip(months68, MONTHS_EN)):
    rows = [SKR_HEAD]
    for k in range(mrnd.randint(3, 6)):
        j = mrnd.randrange(len(ITEMS))
        amt = mrnd.randint(8, 480) * 1000
        rows.append([th(k + 1), ITEMS[j], f"{amt:,}.00", f"{amt:,}.00", "เฉพาะเจาะจง", f"{VEND[j]} / {amt - 500:,}.00",
                     f"{VEND[j]} / {amt - 500:,}.00", "ราคาต่ำสุด และมีคุณสมบัติครบถ้วนตามเงื่อนไข",
                     f"ใบสั่ง{'ซื้อ' if 'ซื้อ' in ITEMS[j] else 'จ้าง'} ที่ {th(mi*10+k+1)}/๒๕๖๘ ลว. {th(mrnd.randint(2,27))} {mth}"])
    pdf(f"/files/o15/skr1-{mcode}.pdf", [
        P("แบบ สขร.๑", "r"),
        P(f"สรุปผลการดำเนินการจัดซื้อจัดจ้าง ในรอบเดือน {mth}", "title"),
        P(f"{OFFICE} กรุงเทพมหานคร", "c"),
        table(rows, [11 * mm, 36 * mm, 25 * mm, 21 * mm, 21 * mm, 36 * mm, 36 * mm, 32 * mm, 36 * mm]),
    ], land=True, title=f"สขร.1 {mth}")
page("/procurement/index.html", "ประกาศจัดซื้อจัดจ้าง",
     "<p>ประกาศจัดซื้อจัดจ้างของสำนักงานเขตบางซื่อ เผยแพร่ผ่านระบบ <a href='https://egp.bangkok.go.th/'>e-GPBMA</a> และ <a href='https://www.gprocurement.go.th/'>ระบบ e-GP กรมบัญชีกลาง</a></p><ul>" +
     "".join(f"<li><a href='/files/o15/{fid}.pdf'>{t}</a> ({dt})</li>" for fid, t, w, p_, dt, s, k in ANN) + "</ul>")

# ---- O16 HR: FY2568 version typed for the new director but NOT signed; FY2567 signed by former director
HR_TEXT = [
    "๑. ด้านการสรรหาและคัดเลือก: ดำเนินการตามหลักเกณฑ์ของ ก.ก. อย่างเปิดเผย โปร่งใส ตรวจสอบได้",
    "๒. ด้านการแต่งตั้ง โยกย้าย และเลื่อนตำแหน่ง: พิจารณาจากผลการปฏิบัติงาน ความรู้ความสามารถ และความประพฤติ โดยคณะกรรมการ",
    "๓. ด้านการพัฒนาบุคลากร: จัดทำแผนพัฒนารายบุคคล (IDP) ให้บุคลากรได้รับการพัฒนาอย่างน้อยคนละ ๑๒ ชั่วโมงต่อปี",
    "๔. ด้านการประเมินผลการปฏิบัติราชการ: ประเมินปีละ ๒ รอบ แจ้งผลและเปิดโอกาสให้โต้แย้ง",
    "๕. ด้านการให้คุณให้โทษและสร้างขวัญกำลังใจ: ยกย่องบุคลากรดีเด่น และดำเนินการทางวินัยอย่างเป็นธรรม",
]
pdf("/files/o16/hr-policy-2568.pdf", letterhead() + [
    P("เรื่อง นโยบายและหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "c"),
    P("---------------------------------", "c"),
    P("เพื่อให้การบริหารและพัฒนาทรัพยากรบุคคลของสำนักงานเขตบางซื่อ เป็นไปอย่างมีประสิทธิภาพ โปร่งใส และเป็นธรรม สำนักงานเขตบางซื่อ จึงกำหนดนโยบายและหลักเกณฑ์ ดังนี้"),
] + [P(t, "pl") for t in HR_TEXT] + [
    P("จึงประกาศให้ทราบโดยทั่วกัน"),
    sigblock(NEW, [DIRPOS], None, "ประกาศ ณ วันที่        กุมภาพันธ์ พ.ศ. ๒๕๖๘"),
], title="นโยบายการบริหารทรัพยากรบุคคล 2568")
pdf("/files/o16/hr-policy-2567.pdf", letterhead() + [
    P("เรื่อง นโยบายและหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "c"),
    P("---------------------------------", "c"),
    P("เพื่อให้การบริหารและพัฒนาทรัพยากรบุคคลของสำนักงานเขตบางซื่อ เป็นไปอย่างมีประสิทธิภาพ โปร่งใส และเป็นธรรม สำนักงานเขตบางซื่อ จึงกำหนดนโยบายและหลักเกณฑ์ ดังนี้"),
] + [P(t, "pl") for t in HR_TEXT] + [
    P("ทั้งนี้ ให้ใช้สำหรับปีงบประมาณ พ.ศ. ๒๕๖๗"),
    sigblock(OLD, [DIRPOS], "old", "ประกาศ ณ วันที่ ๙ พฤศจิกายน พ.ศ. ๒๕๖๖"),
], title="นโยบายการบริหารทรัพยากรบุคคล 2567")

# ---- O17 complaint statistics: FY2568 only Oct-Dec; FY2567 full
def cstat(p, title, months, seed):
    r = random.Random(seed)
    rows = [["เดือน", "เรื่องร้องเรียนการทุจริต (เรื่อง)", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ", "ช่องทาง"]]
    for m in months:
        n = r.choice([0, 0, 1, 0, 2])
        rows.append([m, th(n), th(n), "๐", "Traffy Fondue / หนังสือ" if n else "-"])
    pdf(p, letterhead(title) + [table(rows, [35 * mm, 40 * mm, 35 * mm, 35 * mm, 30 * mm]),
        Spacer(1, 6), P("ที่มา: ฝ่ายปกครอง สำนักงานเขตบางซื่อ", "pl")], title=title)
cstat("/files/o17/complaint-stat-2568.pdf", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", months68[:3], 17)
cstat("/files/o17/complaint-stat-2567.pdf", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
      ["ตุลาคม ๒๕๖๖", "พฤศจิกายน ๒๕๖๖", "ธันวาคม ๒๕๖๖", "มกราคม ๒๕๖๗", "กุมภาพันธ์ ๒๕๖๗", "มีนาคม ๒๕๖๗",
       "เมษายน ๒๕๖๗", "พฤษภาคม ๒๕๖๗", "มิถุนายน ๒๕๖๗", "กรกฎาคม ๒๕๖๗", "สิงหาคม ๒๕๖๗", "กันยายน ๒๕๖๗"], 1717)

# ---- O18 anti-bribery: FY2567 PDF (former director); FY2568 re-issued HTML with signature image; 6-month report
AB = [
    "๑. ข้าราชการ ลูกจ้าง และบุคลากรของสำนักงานเขตบางซื่อ ต้องไม่เรียก รับ หรือยอมจะรับสินบน ไม่ว่าโดยทางตรงหรือทางอ้อม เพื่อกระทำการหรือไม่กระทำการในหน้าที่",
    "๒. ห้ามเสนอ ให้ หรือสัญญาว่าจะให้สินบนแก่เจ้าหน้าที่ของรัฐหรือบุคคลอื่นใด เพื่อประโยชน์ของหน่วยงาน",
    "๓. ผู้บังคับบัญชาทุกระดับต้องกำกับดูแล ส่งเสริม และเป็นแบบอย่างที่ดีในการต่อต้านการรับสินบน",
    "๔. ผู้พบเห็นการรับสินบน สามารถแจ้งเบาะแสได้ที่ ฝ่ายปกครอง โทร. ๐ ๒๕๘๗ ๔๓๑๑ หรือ Traffy Fondue โดยผู้แจ้งจะได้รับความคุ้มครอง",
    "๕. ผู้ฝ่าฝืนนโยบายนี้ จะถูกดำเนินการทางวินัยและทางกฎหมายอย่างเคร่งครัด",
]
pdf("/files/o18/anti-bribery-2567.pdf", letterhead() + [
    P("เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "c"),
    P("---------------------------------", "c"),
    P("สำนักงานเขตบางซื่อ มีความมุ่งมั่นที่จะดำเนินงานด้วยความซื่อสัตย์ สุจริต โปร่งใส ตามประกาศกรุงเทพมหานคร เรื่อง นโยบายต่อต้านการรับสินบน จึงกำหนดนโยบาย ดังนี้"),
] + [P(t, "pl") for t in AB] + [
    P("จึงประกาศให้ทราบโดยทั่วกัน"),
    sigblock(OLD, [DIRPOS], "old", "ประกาศ ณ วันที่ ๒ พฤศจิกายน พ.ศ. ๒๕๖๖"),
], title="Anti-Bribery Policy 2567")
shutil.copy(SIG["new"], path("/images/sig/director-2568.png"))
page("/oit/o18-policy-2568.html", "ประกาศสำนักงานเขตบางซื่อ เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
     "<div style='text-align:center'><img src='/images/krut.png' width='70' alt='ตราครุฑ'><h3>ประกาศสำนักงานเขตบางซื่อ</h3>"
     "<p>เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</p><p>----------------------------</p></div>"
     "<p>&emsp;&emsp;สำนักงานเขตบางซื่อ มีความมุ่งมั่นที่จะดำเนินงานด้วยความซื่อสัตย์ สุจริต โปร่งใส ตามประกาศกรุงเทพมหานคร เรื่อง นโยบายต่อต้านการรับสินบน "
     "และเพื่อให้การบริหารราชการภายใต้ผู้บริหารชุดปัจจุบันเป็นไปตามหลักธรรมาภิบาล จึงประกาศนโยบายต่อต้านการรับสินบนฉบับนี้แทนฉบับลงวันที่ ๒ พฤศจิกายน ๒๕๖๖ ดังนี้</p>" +
     "".join(f"<p>{t}</p>" for t in AB) +
     "<p>&emsp;&emsp;จึงประกาศให้ทราบโดยทั่วกัน</p><div class='sig'><p>ประกาศ ณ วันที่ ๔ กุมภาพันธ์ พ.ศ. ๒๕๖๘</p>"
     f"<img src='/images/sig/director-2568.png' width='170' alt='ลายมือชื่อ'><p>({NEW})<br>ผู้อำนวยการเขตบางซื่อ</p></div>")
pdf("/files/o18/anti-bribery-report-2568-h1.pdf", letterhead("รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ รอบ ๖ เดือน (ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘)") + [
    table([["กิจกรรม", "ผลการดำเนินงาน", "วันที่", "ผู้รับผิดชอบ"],
           ["ประกาศนโยบายต่อต้านการรับสินบน ปี ๒๕๖๘ (ผู้อำนวยการเขตคนปัจจุบัน)", "ลงนามและเผยแพร่ทางเว็บไซต์/บอร์ด", "๔ ก.พ. ๖๘", "ฝ่ายปกครอง"],
           ["กิจกรรมวันต่อต้านคอร์รัปชันสากล", "ผู้เข้าร่วม ๒๑๐ คน", "๙ ธ.ค. ๖๗", "ฝ่ายปกครอง"],
           ["กิจกรรม “บางซื่อโปร่งใส ไม่รับสินบน” ชี้แจงนโยบาย", "ผู้เข้าร่วม ๑๘๖ คน", "๒๔ มี.ค. ๖๘", "ฝ่ายปกครอง"],
           ["ติดป้าย No Gift Policy / ไม่รับสินบน ณ จุดบริการ", "๑๔ จุด ครบทุกฝ่าย", "ต.ค. ๖๗", "ทุกฝ่าย"],
           ["เรื่องร้องเรียนเกี่ยวกับการรับสินบน", "ไม่มี", "ต.ค. ๖๗ - มี.ค. ๖๘", "ฝ่ายปกครอง"]],
          [60 * mm, 50 * mm, 25 * mm, 30 * mm]),
    P("ปัญหาอุปสรรค: ไม่มี   ข้อเสนอแนะ: ควรจัดกิจกรรมชี้แจงซ้ำสำหรับบุคลากรที่บรรจุใหม่", "pl"),
    sigblock(AST1, ["ผู้ช่วยผู้อำนวยการเขตบางซื่อ", "ผู้รายงาน"], "a1", "วันที่ ๒ เมษายน พ.ศ. ๒๕๖๘"),
    sigblock(NEW, [DIRPOS, "ทราบ"], "new"),
], title="รายงานผลตามนโยบายต่อต้านการรับสินบน 6 เดือน")

# ---- O19 bribery risk assessment FY2568 (former director, Dec 2567) + report signed by acting director
pdf("/files/o19/bribery-risk-2568.pdf", letterhead("การประเมินความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ สำนักงานเขตบางซื่อ") + [
    P("สำนักงานเขตบางซื่อ โดยคณะทำงานบริหารความเสี่ยง ได้วิเคราะห์กระบวนงานที่มีความเสี่ยงต่อการรับสินบน จำนวน ๔ กระบวนงาน ดังนี้"),
    table([["กระบวนงาน", "เหตุการณ์ความเสี่ยง", "โอกาส", "ผลกระทบ", "ระดับ", "มาตรการควบคุม"],
           ["การพิจารณาอนุญาตก่อสร้างอาคาร", "เรียกรับเงินเพื่อเร่งรัดการพิจารณา", "๓", "๔", "สูง", "ใช้ระบบ BMA OSS ติดตามสถานะ/กำหนดเวลา"],
           ["การประเมินภาษีที่ดินและสิ่งปลูกสร้าง", "ประเมินต่ำกว่าความเป็นจริงแลกผลตอบแทน", "๒", "๔", "สูง", "สุ่มตรวจการประเมินร้อยละ ๑๐"],
           ["การตรวจจับผู้กระทำผิด พ.ร.บ. รักษาความสะอาดฯ", "รับเงินแทนการเปรียบเทียบปรับ", "๓", "๓", "ปานกลาง", "ใช้กล้องติดตัวเจ้าหน้าที่"],
           ["การตรวจรับพัสดุ", "รับประโยชน์จากผู้ขาย", "๒", "๓", "ปานกลาง", "หมุนเวียนกรรมการตรวจรับ"]],
          [35 * mm, 40 * mm, 13 * mm, 15 * mm, 17 * mm, 50 * mm]),
    P("อนุมัติผลการประเมินความเสี่ยง", "c"),
    sigblock(OLD, [DIRPOS], "old", "วันที่ ๒๐ ธันวาคม พ.ศ. ๒๕๖๗"),
], title="ประเมินความเสี่ยงการรับสินบน 2568")
pdf("/files/o19/bribery-risk-report-2568-h1.pdf", letterhead("รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ รอบ ๖ เดือน") + [
    P("ช่วงเวลา ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘", "c"),
    table([["กระบวนงาน", "มาตรการ", "ผลการดำเนินงาน", "สถานะความเสี่ยง"],
           ["อนุญาตก่อสร้างอาคาร", "ติดตามสถานะผ่าน BMA OSS", "คำขอ ๘๔ เรื่อง พิจารณาภายในกำหนด ๘๑ เรื่อง", "ลดลงเป็นระดับปานกลาง"],
           ["ประเมินภาษีที่ดินฯ", "สุ่มตรวจร้อยละ ๑๐", "สุ่มตรวจ ๓๒๐ แปลง ไม่พบความผิดปกติ", "คงที่"],
           ["ตรวจจับผู้กระทำผิด", "กล้องติดตัว", "ใช้กล้อง ๒๔ ตัว ครบทุกชุดปฏิบัติการ", "ลดลง"],
           ["ตรวจรับพัสดุ", "หมุนเวียนกรรมการ", "หมุนเวียนแล้ว ๓ ชุด", "คงที่"]],
          [35 * mm, 40 * mm, 60 * mm, 35 * mm]),
    sigblock(AST1, ["ผู้ช่วยผู้อำนวยการเขตบางซื่อ", "รักษาราชการแทน", "ผู้อำนวยการเขตบางซื่อ"], "a1", "วันที่ ๘ เมษายน พ.ศ. ๒๕๖๘"),
], title="รายงานจัดการความเสี่ยงการรับสินบน 6 เดือน")

# ---- O20 discretion guideline: standing, issued 2566 by former director, still in force
pdf("/files/o20/discretion-guideline.pdf", letterhead() + [
    P("เรื่อง แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่สำนักงานเขตบางซื่อ", "c"),
    P("---------------------------------", "c"),
    P("เพื่อให้การใช้ดุลยพินิจของเจ้าหน้าที่ในการอนุมัติ อนุญาต และการให้บริการประชาชน เป็นไปอย่างโปร่งใส เป็นธรรม และตรวจสอบได้ สำนักงานเขตบางซื่อ จึงกำหนดแนวทางการปฏิบัติ ดังนี้"),
    P("๑. การใช้ดุลยพินิจต้องอยู่บนพื้นฐานของกฎหมาย ระเบียบ และข้อเท็จจริง โดยบันทึกเหตุผลประกอบทุกครั้ง", "pl"),
    P("๒. กระบวนงานที่ต้องใช้ดุลยพินิจ ได้แก่ การอนุญาตก่อสร้าง การประเมินภาษี การเปรียบเทียบปรับ และการอนุญาตจำหน่ายสินค้าในที่สาธารณะ ให้พิจารณาโดยคณะกรรมการ หรือผู้บังคับบัญชาอย่างน้อย ๒ ระดับ", "pl"),
    P("๓. ให้เปิดเผยหลักเกณฑ์ ระยะเวลา และเอกสารที่ใช้ในการพิจารณาต่อผู้รับบริการ", "pl"),
    P("๔. กรณีผู้รับบริการไม่เห็นด้วยกับผลการพิจารณา สามารถอุทธรณ์ได้ภายใน ๑๕ วัน ต่อผู้อำนวยการเขต", "pl"),
    P("๕. ผู้บังคับบัญชาทุกระดับมีหน้าที่กำกับติดตาม และรายงานการใช้ดุลยพินิจที่ผิดปกติ", "pl"),
    P("ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป จนกว่าจะมีการเปลี่ยนแปลง"),
    sigblock(OLD, [DIRPOS], "old", "ประกาศ ณ วันที่ ๖ มิถุนายน พ.ศ. ๒๕๖๖"),
], title="แนวทางการใช้ดุลยพินิจ")

# ---- O21 assets: standing asset-use guideline (former director) + seized goods procedure; NO donation part
pdf("/files/o21/asset-use-guideline.pdf", letterhead() + [
    P("เรื่อง แนวทางปฏิบัติการใช้ทรัพย์สินของราชการ สำนักงานเขตบางซื่อ", "c"),
    P("---------------------------------", "c"),
    P("เพื่อป้องกันการนำทรัพย์สินของราชการไปใช้เพื่อประโยชน์ส่วนตนหรือพวกพ้อง สำนักงานเขตบางซื่อ จึงกำหนดแนวทางปฏิบัติ ดังนี้"),
    P("๑. การยืมทรัพย์สินของราชการ ต้องยื่นแบบขอยืมต่อหัวหน้าฝ่ายเจ้าของทรัพย์สิน และส่งคืนภายในกำหนด", "pl"),
    P("๒. ห้ามนำรถยนต์ราชการ เครื่องมือ และวัสดุไปใช้ในกิจธุระส่วนตัว", "pl"),
    P("๓. ฝ่ายการคลังตรวจสอบพัสดุประจำปี และรายงานผู้อำนวยการเขตภายในเดือนธันวาคมของทุกปี", "pl"),
    P("ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป"),
    sigblock(OLD, [DIRPOS], "old", "ประกาศ ณ วันที่ ๑๔ กันยายน พ.ศ. ๒๕๖๖"),
], title="แนวทางการใช้ทรัพย์สินของราชการ")
pdf("/files/o21/seized-goods-procedure.pdf", letterhead("ขั้นตอนการจัดเก็บและบริหารจัดการของกลาง ฝ่ายเทศกิจ สำนักงานเขตบางซื่อ") + [
    table([["ขั้นตอน", "รายละเอียด", "ผู้รับผิดชอบ"],
           ["๑", "ยึดของกลาง ทำบันทึกการยึดพร้อมภาพถ่าย ให้ผู้กระทำผิดลงชื่อ", "เจ้าพนักงานเทศกิจ"],
           ["๒", "นำของกลางเข้าเก็บในห้องเก็บของกลาง ลงทะเบียนคุมของกลาง", "หัวหน้าชุดปฏิบัติการ"],
           ["๓", "คืนของกลางเมื่อชำระค่าปรับ หรือขายทอดตลาด/ทำลายเมื่อพ้น ๓๐ วัน", "หัวหน้าฝ่ายเทศกิจ"],
           ["๔", "รายงานบัญชีของกลางต่อผู้อำนวยการเขตทุกเดือน", "ฝ่ายเทศกิจ"]],
          [20 * mm, 110 * mm, 40 * mm]),
    P("ปรับปรุง ณ วันที่ ๕ สิงหาคม ๒๕๖๗", "pl"),
], title="การจัดเก็บของกลาง")

# ---- O22 measures: only FY2567 (FY2568 awaiting signature)
pdf("/files/o22/measures-2567.pdf", letterhead("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ สำนักงานเขตบางซื่อ") + [
    P("จากผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ สำนักงานเขตบางซื่อได้คะแนน ๙๓.๑๘ คะแนน ระดับผ่านดี ประเด็นที่ต้องพัฒนา ได้แก่ การเปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน และการสื่อสาร จึงกำหนดมาตรการ ดังนี้"),
    table([["ประเด็น", "มาตรการ", "ผู้รับผิดชอบ", "การกำกับติดตาม"],
           ["การเปิดเผยข้อมูล", "ตรวจสอบความครบถ้วนของข้อมูลบนเว็บไซต์ทุกเดือน", "ฝ่ายปกครอง/ทุกฝ่าย", "เดือนละ ๑ ครั้ง (ต.ค.๖๖-มี.ค.๖๗)"],
           ["การจัดซื้อจัดจ้าง", "เผยแพร่ สขร.๑ ภายในวันที่ ๑๐ ของเดือนถัดไป", "ฝ่ายการคลัง", "เดือนละ ๑ ครั้ง"],
           ["การป้องกันการทุจริต", "ประกาศ No Gift Policy และ Anti-Bribery Policy", "ฝ่ายปกครอง", "รายไตรมาส"]],
          [35 * mm, 70 * mm, 30 * mm, 35 * mm]),
    sigblock(OLD, [DIRPOS], "old", "ประกาศ ณ วันที่ ๑๖ มกราคม พ.ศ. ๒๕๖๗"),
], title="มาตรการ 2567")
pdf("/files/o22/measures-report-2567.pdf", letterhead("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗") + [
    table([["มาตรการ", "ผลการดำเนินงาน"], ["ตรวจสอบข้อมูลบนเว็บไซต์ทุกเดือน", "ดำเนินการครบ ๑๒ ครั้ง"],
           ["เผยแพร่ สขร.๑", "เผยแพร่ครบ ๑๒ เดือน"], ["ประกาศนโยบาย", "ประกาศแล้ว ๒ พ.ย. ๒๕๖๖"]], [80 * mm, 90 * mm]),
    sigblock(OLD, [DIRPOS], "old", "วันที่ ๓๐ กันยายน พ.ศ. ๒๕๖๗"),
], title="รายงานมาตรการ 2567")

# ================================================================ OIT pages
ITEMS_2567 = {
    1: "ข้อมูลพื้นฐานของสำนักงานเขต",
    2: "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร",
    3: "โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต",
    4: "การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน",
    5: "แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี",
    6: "คู่มือการปฏิบัติหน้าที่",
    7: "คู่มือการให้บริการประชาชน",
    8: "E-Service",
    9: "ข้อมูลสถิติการจัดเก็บภาษี",
    10: "ข้อมูลสถิติการจัดเก็บรายได้",
    11: "รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต",
    12: "ระบบติดตาม (Tracking System) สถานะการขอใบอนุญาต",
    13: "แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายงบประมาณประจำปี",
    14: "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ ข้อมูลเงินอุดหนุนชุมชน",
    15: "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้างรายเดือน",
    16: "หลักเกณฑ์การบริหาร และพัฒนาทรัพยากรบุคคล",
    17: "ช่องทางการร้องเรียนการทุจริตและข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี",
    18: "ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) และการรายงานผลสู่การปฏิบัติ",
    19: "การประเมินความเสี่ยงต่อการรับสินบนและการรายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน",
    20: "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่",
    21: "การจัดการทรัพย์สินของราชการ ของบริจาคและการจัดเก็บของกลาง",
    22: "มาตรการในการยกระดับคุณธรรมและความโปร่งใส และการรายงานผลการดำเนินงาน",
}
def links(lst):
    return "<ul>" + "".join(f"<li><a href='{u}'>{t}</a></li>" for u, t in lst) + "</ul>"

O = {}
O[1] = links([("/about/structure.html", "โครงสร้างสำนักงานเขตบางซื่อ"), ("/about/executives.html", "ข้อมูลผู้บริหาร"),
              ("/about/authority.html", "อำนาจหน้าที่"), ("/about/contact.html", "ข้อมูลการติดต่อ / แผนที่ / Social Network"),
              ("/about/laws.html", "กฎหมายที่เกี่ยวข้อง"), ("/about/history.html", "ข้อมูลทั่วไป")])
O[2] = ("<h3>นโยบายผู้ว่าราชการกรุงเทพมหานคร (นายชัชชาติ สิทธิพันธุ์)</h3><p>นโยบาย ๙ ด้าน ๙ ดี: ปลอดภัยดี เดินทางดี สิ่งแวดล้อมดี สุขภาพดี เรียนดี เศรษฐกิจดี สังคมดี บริหารจัดการดี โครงสร้างดี "
        "รวม ๒๑๖ นโยบาย ดูรายละเอียดที่ <a href='https://www.bangkok.go.th/policy'>bangkok.go.th</a></p>" +
        links([("https://webportal.bangkok.go.th/pipd/", "แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๓ (พ.ศ. ๒๕๖๖ - ๒๕๗๐) (สำนักยุทธศาสตร์และประเมินผล)"),
               ("/files/o02/bangsue-area-plan-2568.pdf", "แผนพัฒนาเชิงพื้นที่เขตบางซื่อ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (ถ่ายทอดนโยบาย ๙ ดี)")]))
O[3] = links([("/schools.html", "รายชื่อโรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขตบางซื่อ (๑๒ โรงเรียน) พร้อมที่ตั้งและหมายเลขโทรศัพท์")])
O[4] = links([(f"/news/{nid}.html", f"{d} {t}") for nid, d, t in news]) + "<p><a href='/news/index.html'>ข่าวทั้งหมด</a></p>"
O[5] = links([("/files/o05/action-plan-2568.pdf", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
              ("/files/o05/annual-report-2567.pdf", "รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗")])
O[6] = "<table class='t'><tr><th>ลำดับ</th><th>คู่มือ</th><th></th></tr>" + "".join(
    f"<tr><td>{th(i+1)}</td><td>คู่มือการปฏิบัติงาน{dv}</td><td><a href='/files/o06/manual-{i+1:02d}.pdf'>เปิดเอกสาร</a></td></tr>"
    for i, dv in enumerate(MANUAL_DIVS)) + "</table>"
O[7] = "<table class='t'><tr><th>คู่มือสำหรับประชาชน</th><th>หน่วยงาน</th><th></th></tr>" + "".join(
    f"<tr><td>{s}</td><td>{dv}</td><td><a href='/files/o07/service-{i+1}.pdf'>เปิดเอกสาร</a></td></tr>" for i, (s, dv) in enumerate(SERV)) + "</table>"
O[8] = links([("/eservice.html", "บริการออนไลน์ของสำนักงานเขตบางซื่อ (BMA Q, BMA OSS, แบบฟอร์มออนไลน์, Traffy Fondue)")])
O[9] = links([("/files/o09/tax-stat-2567.pdf", "ข้อมูลสถิติการจัดเก็บภาษี (PDF)"), ("/files/o09/tax-stat-2567.xlsx", "ข้อมูลสถิติการจัดเก็บภาษี (Excel)")])
O[10] = links([("/files/o10/revenue-stat-2568-h1.pdf", "ข้อมูลสถิติการจัดเก็บรายได้ ปีงบประมาณ ๒๕๖๘ (ต.ค. ๖๗ - มี.ค. ๖๘) (PDF)"),
               ("/files/o10/revenue-stat-2568-h1.xlsx", "ข้อมูลสถิติการจัดเก็บรายได้ (Excel)")])
O[11] = "<p class='note'>อยู่ระหว่างปรับปรุงข้อมูล</p>"
O[12] = links([("/eservice/tracking.php", "ระบบติดตามสถานะการขอใบอนุญาต สำนักงานเขตบางซื่อ")])
O[13] = links([("/files/o13/spending-plan-2568.pdf", "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
               ("/files/o13/spending-report.pdf", "รายงานผลการใช้จ่ายงบประมาณประจำปี")])
O[14] = links([("/files/o14/budget-2568.pdf", "ข้อมูลงบประมาณที่ได้รับจัดสรร ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
               ("https://council.bangkok.go.th/bmc/budget2568", "ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (สภากรุงเทพมหานคร)")])
O[15] = ("<h3>ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๘</h3>" +
         links([(f"/files/o15/{fid}.pdf", f"{t} ({dt})") for fid, t, w, p_, dt, s, k in ANN]) +
         "<p>ประกาศทั้งหมดดูได้ที่ระบบ <a href='https://egp.bangkok.go.th/'>e-GPBMA (ระบบเผยแพร่ข้อมูลการจัดซื้อจัดจ้างกรุงเทพมหานคร)</a></p>"
         "<h3>สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.๑) ปีงบประมาณ ๒๕๖๘</h3>" +
         links([(f"/files/o15/skr1-{c}.pdf", f"เดือน{m}") for m, c in zip(months68, MONTHS_EN)]))
O[16] = links([("/files/o16/hr-policy-2568.pdf", "ประกาศสำนักงานเขตบางซื่อ เรื่อง นโยบายและหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
               ("/files/o16/hr-policy-2567.pdf", "ประกาศสำนักงานเขตบางซื่อ เรื่อง นโยบายและหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")])
O[17] = ("<h3>ช่องทางการร้องเรียนการทุจริต</h3><ul><li>ยื่นหนังสือ ณ ฝ่ายปกครอง สำนักงานเขตบางซื่อ ชั้น ๒</li><li>โทรศัพท์ ๐ ๒๕๘๗ ๔๓๑๑</li>"
         "<li>E-mail: <a href='mailto:bangsue_complaint@bangkok.go.th'>bangsue_complaint@bangkok.go.th</a></li>"
         "<li>Traffy Fondue: <a href='https://www.traffy.in.th/'>แจ้งเรื่องร้องเรียน</a></li><li>ศูนย์รับเรื่องราวร้องทุกข์กรุงเทพมหานคร สายด่วน ๑๕๕๕</li></ul>"
         "<h3>ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต</h3>" +
         links([("/files/o17/complaint-stat-2568.pdf", "สถิติเรื่องร้องเรียนการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
                ("/files/o17/complaint-stat-2567.pdf", "สถิติเรื่องร้องเรียนการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")]))
O[18] = links([("/oit/o18-policy-2568.html", "ประกาศสำนักงานเขตบางซื่อ เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (ลงวันที่ ๔ ก.พ. ๒๕๖๘)"),
               ("/files/o18/anti-bribery-2567.pdf", "ประกาศสำนักงานเขตบางซื่อ เรื่อง นโยบายต่อต้านการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"),
               ("/files/o18/anti-bribery-report-2568-h1.pdf", "รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน รอบ ๖ เดือน (ต.ค. ๖๗ - มี.ค. ๖๘)")])
O[19] = links([("/files/o19/bribery-risk-2568.pdf", "การประเมินความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
               ("/files/o19/bribery-risk-report-2568-h1.pdf", "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน รอบ ๖ เดือน")])
O[20] = (links([("/files/o20/discretion-guideline.pdf", "ประกาศสำนักงานเขตบางซื่อ เรื่อง แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่")]) +
         "<p class='note'>ประกาศฉบับนี้ยังคงมีผลใช้บังคับ</p>")
O[21] = links([("/files/o21/asset-use-guideline.pdf", "แนวทางปฏิบัติการใช้ทรัพย์สินของราชการ"),
               ("/files/o21/seized-goods-procedure.pdf", "ขั้นตอนการจัดเก็บและบริหารจัดการของกลาง (ฝ่ายเทศกิจ)")])
O[22] = (links([("/files/o22/measures-2567.pdf", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"),
                ("/files/o22/measures-report-2567.pdf", "รายงานผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")]) +
         "<p class='note'>มาตรการฯ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ อยู่ระหว่างเสนอผู้อำนวยการเขตบางซื่อลงนาม จะเผยแพร่เมื่อลงนามแล้ว</p>")

codes = {n: f"O{th(n)}" if n % 3 == 0 else f"O{n}" for n in ITEMS_2567}  # mixed digit styles as real sites do
for n, name in ITEMS_2567.items():
    page(f"/oit/o{n:02d}.html", f"{codes[n]} {name}",
         f"<p>ตัวชี้วัดที่ {'๙' if n <= 17 else '๑๐'} การ{'เปิดเผยข้อมูล' if n <= 17 else 'ป้องกันการทุจริต'}</p>" + O[n] +
         "<p class='crumb'>ผู้รับผิดชอบ: " + ("ฝ่ายการคลัง" if n in (13, 14, 15, 19) else "ฝ่ายปกครอง") + "</p>")
rows = "".join(f"<tr><td>{codes[n]}</td><td><a href='/oit/o{n:02d}.html'>{name}</a></td></tr>" for n, name in ITEMS_2567.items())
page("/oit/index.html", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
     "<p>สำนักงานเขตบางซื่อ เปิดเผยข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) "
     "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)</p>"
     f"<table class='t'><tr><th>ข้อ</th><th>หัวข้อ</th></tr>{rows}</table>")

print("done")
