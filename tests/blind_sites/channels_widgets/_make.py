#!/usr/bin/env python3
"""Generate the channels_widgets fixture: a widget-heavy Bangkok district site (bma-2564, as_of 2021-04-20)."""
import json, os, shutil, html
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SITE = ROOT / "site"
STORE = ROOT / "store"
FONT_DIR = "/usr/share/fonts/truetype/tlwg/"

TD = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
def td(s):
    return str(s).translate(TD)

NAME = "สำนักงานเขตบางบอน"
DIRECTOR = "นางสาวพิมพ์ลดา ศรีวงศ์ชัย"
OLD_DIRECTOR = "นายวีระพงษ์ ทองประเสริฐ"
ASST1 = "นายธนกฤต แก้วมณี"

DIVISIONS = [
    ("ฝ่ายปกครอง", "นายสุรเชษฐ์ บุญยืน", "0 2416 3301"),
    ("ฝ่ายทะเบียน", "นางวราภรณ์ ชัยมงคล", "0 2416 3302"),
    ("ฝ่ายการคลัง", "นางสาวกัญญารัตน์ พูลผล", "0 2416 3303"),
    ("ฝ่ายรายได้", "นายอดิศักดิ์ เรืองศรี", "0 2416 3304"),
    ("ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "นายชาญวิทย์ มั่นคง", "0 2416 3305"),
    ("ฝ่ายเทศกิจ", "นายพงศกร ทิพย์สุวรรณ", "0 2416 3306"),
    ("ฝ่ายโยธา", "นายเกียรติศักดิ์ วงศ์ไทย", "0 2416 3307"),
    ("ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "นางสาวศิริพร แสงทอง", "0 2416 3308"),
    ("ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "นางจันทร์เพ็ญ ศรีสุข", "0 2416 3309"),
    ("ฝ่ายการศึกษา", "นายประเสริฐ นาคสวัสดิ์", "0 2416 3310"),
]

# ------------------------------------------------------------------ PDF helpers
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT

pdfmetrics.registerFont(TTFont("TH", FONT_DIR + "Laksaman.ttf"))
pdfmetrics.registerFont(TTFont("THB", FONT_DIR + "Laksaman-Bold.ttf"))
ST_T = ParagraphStyle("t", fontName="THB", fontSize=18, leading=24, alignment=TA_CENTER, spaceAfter=4)
ST_H = ParagraphStyle("h", fontName="THB", fontSize=15, leading=21, spaceBefore=6, spaceAfter=2)
ST_P = ParagraphStyle("p", fontName="TH", fontSize=14, leading=20, firstLineIndent=24)
ST_C = ParagraphStyle("c", fontName="TH", fontSize=12, leading=16)
ST_CB = ParagraphStyle("cb", fontName="THB", fontSize=12, leading=16, alignment=TA_CENTER)
ST_S = ParagraphStyle("s", fontName="TH", fontSize=14, leading=20, alignment=TA_CENTER)
ST_R = ParagraphStyle("r", fontName="TH", fontSize=13, leading=18, alignment=TA_RIGHT)


def make_pdf(path, blocks, landscape=False, sara_am_split=False, author=NAME):
    """blocks: list of (kind, ...). kinds: t, h, p, table, sign, right, space, pb"""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    from reportlab.lib.pagesizes import landscape as ls
    size = ls(A4) if landscape else A4
    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=18*mm, rightMargin=18*mm,
                            topMargin=16*mm, bottomMargin=16*mm, title="", author=author)
    fix = (lambda s: s.replace("ำ", "\u0e4d\u0e32")) if sara_am_split else (lambda s: s)
    width = size[0] - 36*mm
    story = []
    for b in blocks:
        k = b[0]
        if k == "t":
            story.append(Paragraph(fix(b[1]), ST_T))
        elif k == "h":
            story.append(Paragraph(fix(b[1]), ST_H))
        elif k == "p":
            story.append(Paragraph(fix(b[1]), ST_P))
        elif k == "right":
            story.append(Paragraph(fix(b[1]), ST_R))
        elif k == "space":
            story.append(Spacer(1, b[1]*mm))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "sign":
            story.append(Spacer(1, 8*mm))
            for line in b[1]:
                story.append(Paragraph(fix(line), ST_S))
        elif k == "table":
            rows = b[1]
            ws = b[2] if len(b) > 2 and b[2] else None
            data = []
            for i, r in enumerate(rows):
                data.append([Paragraph(fix(str(c)), ST_CB if i == 0 else ST_C) for c in r])
            if ws:
                tot = sum(ws)
                cw = [width * w / tot for w in ws]
            else:
                cw = [width / len(rows[0])] * len(rows[0])
            t = Table(data, colWidths=cw, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f3")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 3*mm))
    doc.build(story)


def hdr(title_lines, sub=None):
    out = [("t", l) for l in title_lines]
    if sub:
        out.append(("right", sub))
    return out

# ------------------------------------------------------------------ HTML helpers
CSS = """
:root{--pri:#0b5394;--acc:#f1a90f}
*{box-sizing:border-box}body{margin:0;font-family:'Sarabun','Prompt',Tahoma,sans-serif;color:#222;background:#f5f7fb}
a{color:var(--pri)}.portal{background:#083a68;color:#cfe0f3;font-size:13px;padding:4px 16px}.portal a{color:#fff;margin-right:12px;text-decoration:none}
.navbar{background:#fff;box-shadow:0 2px 6px rgba(0,0,0,.08);display:flex;align-items:center;padding:8px 16px;flex-wrap:wrap}
.navbar-brand{display:flex;align-items:center;gap:10px;font-weight:700;color:var(--pri);text-decoration:none;margin-right:24px}
.navbar-brand img{height:46px}.nav{list-style:none;display:flex;margin:0;padding:0;flex-wrap:wrap}
.nav>li{position:relative}.nav>li>a{display:block;padding:10px 12px;text-decoration:none;color:#123}
.dropdown-menu{display:none;position:absolute;left:0;top:100%;background:#fff;min-width:250px;list-style:none;padding:6px 0;margin:0;box-shadow:0 6px 16px rgba(0,0,0,.15);z-index:20}
.nav>li:hover .dropdown-menu{display:block}.dropdown-menu a{display:block;padding:6px 14px;text-decoration:none;color:#123}
.container{max-width:1140px;margin:0 auto;padding:16px}.row{display:flex;flex-wrap:wrap;gap:16px}.col{flex:1 1 300px}
.card{background:#fff;border-radius:10px;box-shadow:0 1px 4px rgba(0,0,0,.08);padding:16px;margin-bottom:16px}
.btn{display:inline-block;padding:8px 16px;border-radius:20px;background:var(--pri);color:#fff;text-decoration:none;border:0;cursor:pointer}
.btn-outline{background:#fff;color:var(--pri);border:1px solid var(--pri)}.btn.disabled,.btn[disabled]{background:#bbb;color:#fff;cursor:not-allowed;border:0}
.badge{display:inline-block;padding:2px 8px;border-radius:10px;font-size:12px;background:#e8eef7;color:#0b5394}.badge-warn{background:#fff3cd;color:#8a6d00}.badge-new{background:#d4f5dd;color:#0b6b2c}
.breadcrumb{font-size:14px;color:#666;margin-bottom:8px}.breadcrumb a{text-decoration:none}
table.tbl{width:100%;border-collapse:collapse;background:#fff}table.tbl th,table.tbl td{border:1px solid #d7dde8;padding:6px 8px;vertical-align:top;font-size:15px}table.tbl th{background:#e9f0fa}
.carousel{position:relative;overflow:hidden;border-radius:10px}.carousel img{width:100%;display:block}.carousel-caption{position:absolute;bottom:0;left:0;right:0;background:rgba(0,0,0,.45);color:#fff;padding:10px 16px}
.tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:12px}.tile{background:#fff;border-radius:12px;padding:16px;text-align:center;box-shadow:0 1px 4px rgba(0,0,0,.08);text-decoration:none;color:#123}
.tile .ico{font-size:34px}.tile.soon{opacity:.55}
footer{background:#0b2e4f;color:#dbe6f2;margin-top:30px;padding:24px 16px}footer a{color:#fff}footer h5{font-size:18px;margin:0 0 8px}
.social a{display:inline-block;width:36px;height:36px;border-radius:50%;background:#fff2;text-align:center;line-height:36px;margin-right:6px;text-decoration:none}
.chat-bubble{position:fixed;right:18px;bottom:18px;background:#06c755;color:#fff;border-radius:30px;padding:12px 18px;text-decoration:none;box-shadow:0 4px 12px rgba(0,0,0,.25);z-index:50}
.survey-tab{position:fixed;left:0;top:45%;background:var(--acc);color:#222;padding:10px 8px;writing-mode:vertical-rl;text-decoration:none;border-radius:0 8px 8px 0;z-index:50}
.counter{font-size:30px;font-weight:700;color:var(--pri)}.qa-item{border-bottom:1px solid #eee;padding:10px 0}.muted{color:#777;font-size:14px}
.doc-list li{margin:6px 0}form label{display:block;margin-top:8px}form input,form textarea,form select{width:100%;padding:8px;border:1px solid #ccd;border-radius:6px}
"""

NAV = [
    ("หน้าแรก", "/", []),
    ("เกี่ยวกับเขต", "/about/", [("ประวัติความเป็นมา", "/about/"), ("วิสัยทัศน์ / พันธกิจ", "/about/vision.html"),
        ("ผังองค์กร", "/about/structure.html"), ("ทำเนียบผู้บริหาร", "/about/executives.html"),
        ("ฝ่ายต่าง ๆ", "/division/"), ("ติดต่อเรา", "/about/contact.html")]),
    ("ข่าวสาร", "/news/", [("ข่าวประชาสัมพันธ์/กิจกรรม", "/news/"), ("ภาพกิจกรรม", "/gallery/"), ("ร่วมงานกับเรา", "/jobs/")]),
    ("บริการประชาชน", "/eservice/", [("E-Service บริการออนไลน์", "/eservice/"), ("คู่มือสำหรับประชาชน", "/services/"),
        ("สถิติการให้บริการ", "/stats/"), ("แบบประเมินความพึงพอใจ", "/survey/")]),
    ("มีส่วนร่วม", "/participation/", [("ถาม-ตอบ (Q&A)", "/qa/"), ("เว็บบอร์ด / ติชม", "/webboard/"),
        ("ร้องเรียน/ร้องทุกข์", "/complaint/"), ("แจ้งเบาะแสการทุจริต", "/complaint/corruption.html"),
        ("ประชาคมออนไลน์", "/participation/")]),
    ("ข้อมูลสาธารณะ", "/ita/", [("แผนงาน / รายงาน", "/plans/"), ("งบประมาณ", "/budget/"),
        ("จัดซื้อจัดจ้าง", "/procurement/"), ("บริหารงานบุคคล", "/hr/"), ("คุณธรรมและความโปร่งใส", "/integrity/"),
        ("คู่มือการปฏิบัติงาน", "/manuals/"), ("กฎหมายที่เกี่ยวข้อง", "/laws/")]),
    ("ITA", "/ita/", []),
    ("ท่องเที่ยว", "/tourism/", []),
]


def nav_html():
    out = ['<ul class="nav">']
    for label, href, sub in NAV:
        if sub:
            out.append(f'<li class="dropdown"><a href="{href}">{label} ▾</a><ul class="dropdown-menu">')
            for l, h in sub:
                out.append(f'<li><a href="{h}">{l}</a></li>')
            out.append('</ul></li>')
        else:
            out.append(f'<li><a href="{href}">{label}</a></li>')
    out.append('</ul>')
    return "".join(out)

FOOTER = f"""
<footer><div class="container"><div class="row">
<div class="col"><h5>ช่องทางการติดต่อ</h5>
<p>{NAME}<br>เลขที่ ๙๙ ถนนเอกชัย แขวงบางบอนเหนือ เขตบางบอน กรุงเทพมหานคร ๑๐๑๕๐<br>
โทรศัพท์ ๐ ๒๔๑๖ ๓๓๐๐ &nbsp;|&nbsp; โทรสาร ๐ ๒๔๑๖ ๓๓๙๙<br>
อีเมล <a href="mailto:bangbon.district@bangkok.go.th">bangbon.district@bangkok.go.th</a><br>
เวลาทำการ จันทร์–ศุกร์ ๐๘.๐๐–๑๖.๐๐ น. (เว้นวันหยุดราชการ)</p></div>
<div class="col"><h5>ลิงก์ด่วน</h5><ul>
<li><a href="/eservice/">บริการออนไลน์</a></li><li><a href="/qa/">ถาม-ตอบ</a></li><li><a href="/complaint/">ร้องเรียน/ร้องทุกข์</a></li>
<li><a href="/ita/">การเปิดเผยข้อมูลสาธารณะ (ITA)</a></li><li><a href="https://www.bangkok.go.th">กรุงเทพมหานคร</a></li></ul></div>
<div class="col"><h5>ติดตามเรา</h5><div class="social">
<a href="https://www.facebook.com/bangbondistrict.official" aria-label="Facebook สำนักงานเขตบางบอน" title="Facebook">f</a>
<a href="/line/" aria-label="LINE Official Account" title="LINE">L</a>
<a href="https://www.youtube.com/channel/UCbangbonbkk" aria-label="YouTube" title="YouTube">▶</a></div>
<p class="muted" style="color:#b9c8d8">จำนวนผู้เข้าชม <span>๑๒๘,๔๔๐</span> ครั้ง<br>ปรับปรุงข้อมูลล่าสุด ๑๙ เม.ย. ๒๕๖๔</p></div>
</div><p style="text-align:center;font-size:13px;color:#9fb3c8">© ๒๕๖๔ {NAME} กรุงเทพมหานคร | ออกแบบโดยกลุ่มงานประชาสัมพันธ์</p></div></footer>
<a class="chat-bubble" href="/chat/">💬 แชทกับเจ้าหน้าที่</a>
<a class="survey-tab" href="/survey/">ประเมินความพึงพอใจ</a>
"""


def page(rel, title, body, crumbs=None):
    crumb = ""
    if crumbs:
        parts = ['<a href="/">หน้าแรก</a>'] + [f'<a href="{h}">{l}</a>' if h else l for l, h in crumbs]
        crumb = '<div class="breadcrumb">' + " › ".join(parts) + "</div>"
    doc = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} | {NAME}</title>
<link rel="stylesheet" href="/css/style.css">
</head><body>
<div class="portal">กรุงเทพมหานคร › <a href="https://www.bangkok.go.th">bangkok.go.th</a> <a href="https://webportal.bangkok.go.th">สำนักงานเขต ๕๐ เขต</a> <span style="float:right">ขนาดตัวอักษร ก- ก ก+</span></div>
<nav class="navbar"><a class="navbar-brand" href="/"><img src="/img/logo.png" alt="ตรากรุงเทพมหานคร"><span>{NAME}<br><small style="font-weight:400;color:#666">Bang Bon District Office</small></span></a>
{nav_html()}</nav>
<main class="container">{crumb}
{body}
</main>
{FOOTER}
</body></html>
"""
    p = SITE / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(doc, encoding="utf-8")

# ------------------------------------------------------------------ images
from PIL import Image, ImageDraw, ImageFont

def font(sz, bold=False):
    return ImageFont.truetype(FONT_DIR + ("Laksaman-Bold.ttf" if bold else "Laksaman.ttf"), sz)

def banner(rel, text, sub, color):
    im = Image.new("RGB", (1100, 360), color)
    d = ImageDraw.Draw(im)
    for i in range(0, 1100, 40):
        d.line([(i, 360), (i + 200, 0)], fill=tuple(min(255, c + 18) for c in color), width=6)
    d.text((60, 110), text, font=font(56, True), fill="white")
    d.text((60, 200), sub, font=font(32), fill="white")
    p = SITE / rel; p.parent.mkdir(parents=True, exist_ok=True); im.save(p)

def photo(rel, color, label=""):
    im = Image.new("RGB", (240, 300), (230, 234, 240))
    d = ImageDraw.Draw(im)
    d.ellipse([70, 40, 170, 140], fill=color)
    d.rounded_rectangle([40, 150, 200, 300], radius=40, fill=color)
    if label:
        d.text((10, 270), label, font=font(20), fill="white")
    p = SITE / rel; p.parent.mkdir(parents=True, exist_ok=True); im.save(p)

def org_chart(rel):
    im = Image.new("RGB", (1400, 620), "white")
    d = ImageDraw.Draw(im)
    def box(x, y, w, h, t, f=20):
        d.rectangle([x, y, x + w, y + h], outline=(11, 83, 148), width=3, fill=(233, 240, 250))
        d.multiline_text((x + 8, y + 8), t, font=font(f), fill=(0, 0, 0), spacing=2)
    box(560, 20, 280, 70, "ผู้อำนวยการเขตบางบอน", 26)
    box(560, 130, 280, 70, "ผู้ช่วยผู้อำนวยการเขต", 24)
    d.line([(700, 90), (700, 130)], fill="black", width=3)
    d.line([(700, 200), (700, 250)], fill="black", width=3)
    d.line([(70, 250), (1330, 250)], fill="black", width=3)
    for i, (n, _, _) in enumerate(DIVISIONS):
        x = 10 + i * 138
        d.line([(x + 60, 250), (x + 60, 290)], fill="black", width=2)
        words = {"ฝ่ายรักษาความสะอาดและสวนสาธารณะ": "ฝ่าย\nรักษาความ\nสะอาดและ\nสวนสาธารณะ",
                 "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม": "ฝ่าย\nพัฒนาชุมชน\nและสวัสดิการ\nสังคม"}.get(n, n.replace("ฝ่าย", "ฝ่าย\n", 1).replace("และ", "\nและ"))
        box(x, 290, 128, 150, words, 19)
    d.text((20, 560), "ที่มา: ประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต (ข้อมูล ณ ตุลาคม ๒๕๖๓)", font=font(22), fill=(80, 80, 80))
    p = SITE / rel; p.parent.mkdir(parents=True, exist_ok=True); im.save(p)

def logo(rel):
    im = Image.new("RGBA", (120, 120), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse([4, 4, 116, 116], fill=(11, 83, 148), outline=(241, 169, 15), width=6)
    d.text((30, 36), "กทม.", font=font(34, True), fill="white")
    p = SITE / rel; p.parent.mkdir(parents=True, exist_ok=True); im.save(p)

def thumb(rel, text, color):
    im = Image.new("RGB", (400, 260), color)
    d = ImageDraw.Draw(im)
    d.rectangle([0, 190, 400, 260], fill=(0, 0, 0))
    d.text((14, 200), text, font=font(26), fill="white")
    p = SITE / rel; p.parent.mkdir(parents=True, exist_ok=True); im.save(p)

# ------------------------------------------------------------------ build
def build():
    if SITE.exists():
        shutil.rmtree(SITE)
    if STORE.exists():
        shutil.rmtree(STORE)
    SITE.mkdir(parents=True)
    (SITE / "css").mkdir()
    (SITE / "css/style.css").write_text(CSS, encoding="utf-8")
    (SITE / "robots.txt").write_text("User-agent: *\nDisallow: /admin/\nDisallow: /cgi-bin/\n", encoding="utf-8")

    logo("img/logo.png")
    banner("img/slide1.png", "สงกรานต์ปลอดภัย ห่างไกลโควิด-19", "งดจัดกิจกรรมรวมกลุ่ม ๑๓–๑๕ เมษายน ๒๕๖๔", (11, 83, 148))
    banner("img/slide2.png", "ชำระภาษีที่ดินและสิ่งปลูกสร้าง ปี ๒๕๖๔", "ลดภาษีร้อยละ ๙๐ ตามพระราชกฤษฎีกา ชำระได้ถึง ๓๑ ส.ค. ๖๔", (22, 120, 80))
    banner("img/slide3.png", "จองคิวล่วงหน้า ไม่ต้องรอนาน", "บริการจองคิวออนไลน์ ฝ่ายทะเบียน / ฝ่ายรายได้", (160, 70, 30))
    photo("img/exec/director.png", (11, 83, 148))
    photo("img/exec/asst1.png", (60, 110, 160))
    photo("img/exec/vacant.png", (190, 190, 190), "")
    org_chart("img/org-chart.png")
    for i, (t, c) in enumerate([("ประชาคมคลองบางบอน", (70, 130, 90)), ("วันต่อต้านคอร์รัปชัน", (120, 40, 40)),
                                ("No Gift Policy", (90, 60, 140)), ("ขุดลอกคลอง", (40, 100, 140)),
                                ("ตรวจคัดกรองเชิงรุก", (150, 110, 30)), ("สงกรานต์ ๒๕๖๔", (11, 83, 148))]):
        thumb(f"img/gallery/g{i+1}.png", t, c)

    build_pages()
    build_docs()
    build_meta()


# ------------------------------------------------------------------ pages
NEWS = [
    ("n6404-songkran.html", "๑๒ เม.ย. ๖๔", "เขตบางบอนขอความร่วมมืองดจัดงานสงกรานต์รวมกลุ่ม ป้องกันการแพร่ระบาดโควิด-19",
     "img/gallery/g6.png",
     ["สำนักงานเขตบางบอนขอความร่วมมือชุมชน วัด และสถานประกอบการในพื้นที่ งดการจัดกิจกรรมเล่นน้ำและการรวมกลุ่มในช่วงเทศกาลสงกรานต์ ระหว่างวันที่ ๑๓–๑๕ เมษายน ๒๕๖๔ ตามมาตรการของกรุงเทพมหานคร",
      "ประชาชนยังสามารถร่วมสรงน้ำพระและรดน้ำขอพรผู้สูงอายุภายในครอบครัวได้ โดยสวมหน้ากากอนามัยและเว้นระยะห่าง หากพบผู้มีอาการเข้าข่าย ให้แจ้งศูนย์บริการสาธารณสุขในพื้นที่"]),
    ("n6404-tax.html", "๕ เม.ย. ๖๔", "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี ๒๕๖๔",
     "img/slide2.png",
     ["ฝ่ายรายได้ สำนักงานเขตบางบอน แจ้งผู้เสียภาษีที่ได้รับหนังสือแจ้งประเมินภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี ๒๕๖๔ ให้ชำระภาษีภายในเดือนสิงหาคม ๒๕๖๔ โดยปีนี้ลดจำนวนภาษีที่ต้องชำระลงร้อยละ ๙๐",
      "ชำระได้ที่ฝ่ายรายได้ ชั้น ๑ อาคารสำนักงานเขต หรือผ่านช่องทางออนไลน์ที่ระบุในหน้า บริการออนไลน์ ของเว็บไซต์"]),
    ("n6403-screening.html", "๒๓ มี.ค. ๖๔", "ตรวจคัดกรองโควิด-19 เชิงรุก ชุมชนหลังวัดบางบอน",
     "img/gallery/g5.png",
     ["ฝ่ายสิ่งแวดล้อมและสุขาภิบาลร่วมกับศูนย์บริการสาธารณสุขในพื้นที่ ออกหน่วยตรวจคัดกรองเชิงรุกให้แก่ผู้อาศัยในชุมชนหลังวัดบางบอนและแรงงานในสถานประกอบการใกล้เคียง รวม ๓๑๒ ราย ไม่พบผู้ติดเชื้อ"]),
    ("n6403-canal.html", "๘ มี.ค. ๖๔", "ขุดลอกคลองบางบอนช่วงหมู่บ้านเอกชัยเตรียมรับฤดูฝน",
     "img/gallery/g4.png",
     ["ฝ่ายโยธาและฝ่ายรักษาความสะอาดฯ ดำเนินการขุดลอกวัชพืชและตะกอนในคลองบางบอน ความยาวประมาณ ๑.๒ กิโลเมตร เพื่อเพิ่มประสิทธิภาพการระบายน้ำก่อนเข้าสู่ฤดูฝน ปี ๒๕๖๔"]),
    ("n6402-community.html", "๑๘ ก.พ. ๖๔", "เขตบางบอนจัดประชาคมรับฟังความคิดเห็นโครงการปรับปรุงทางเดินริมคลองบางบอน",
     "img/gallery/g1.png",
     ["เมื่อวันที่ ๑๘ กุมภาพันธ์ ๒๕๖๔ สำนักงานเขตบางบอนจัดประชุมประชาคมรับฟังความคิดเห็นของประชาชน ผู้นำชุมชน ๘ ชุมชนริมคลอง และผู้ประกอบการในพื้นที่ ต่อโครงการปรับปรุงทางเดินเลียบคลองบางบอน ระยะทาง ๘๐๐ เมตร ณ ห้องประชุมสำนักงานเขต มีผู้เข้าร่วม ๖๔ คน",
      "ที่ประชุมเสนอให้เพิ่มไฟส่องสว่าง ราวกันตก และจุดพักสำหรับผู้สูงอายุ รวมทั้งขอให้ทำงานนอกช่วงเวลาเร่งด่วนเพื่อลดผลกระทบการจราจร ฝ่ายโยธาจะนำข้อเสนอไปปรับแบบรายละเอียดและแจ้งผลให้ชุมชนทราบผ่านคณะกรรมการชุมชน",
      "ผู้ที่ไม่ได้เข้าร่วมสามารถส่งความคิดเห็นเพิ่มเติมได้ที่ฝ่ายโยธา โทร ๐ ๒๔๑๖ ๓๓๐๗ ภายในวันที่ ๓๑ มีนาคม ๒๕๖๔"]),
    ("n6401-nogift.html", "๒๐ ม.ค. ๖๔", "เขตบางบอนรณรงค์ No Gift Policy เสริมสร้างวัฒนธรรมองค์กรสุจริต",
     "img/gallery/g3.png",
     ["สำนักงานเขตบางบอนจัดกิจกรรมเสริมสร้างวัฒนธรรมองค์กร “บางบอนโปร่งใส ไม่รับ ไม่ให้” ให้แก่ข้าราชการและลูกจ้างทุกฝ่าย จำนวน ๑๘๕ คน เมื่อวันที่ ๒๐ มกราคม ๒๕๖๔ ประกอบด้วยการบรรยายเรื่องการแยกแยะประโยชน์ส่วนตนและประโยชน์ส่วนรวม กรณีศึกษาการรับของขวัญในช่วงเทศกาล และการลงนามแสดงเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิด",
      "พร้อมกันนี้ได้ติดป้ายประชาสัมพันธ์นโยบายไม่รับของขวัญ ณ จุดให้บริการทุกฝ่าย และเผยแพร่สื่ออินโฟกราฟิกผ่านกลุ่มไลน์ภายในของบุคลากร"]),
    ("n6312-anticorruption-day.html", "๙ ธ.ค. ๖๓", "ผู้อำนวยการเขตบางบอนนำบุคลากรร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล ๒๕๖๓",
     "img/gallery/g2.png",
     [f"วันที่ ๙ ธันวาคม ๒๕๖๓ {DIRECTOR} ผู้อำนวยการเขตบางบอน เป็นประธานนำข้าราชการและลูกจ้างร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล ณ ลานหน้าสำนักงานเขต โดยกล่าวมอบนโยบายให้ทุกฝ่ายปฏิบัติงานด้วยความซื่อสัตย์ โปร่งใส และเปิดเผยข้อมูลต่อประชาชน",
      "ผู้อำนวยการเขตยังได้ประชุมร่วมกับหัวหน้าฝ่ายเพื่อติดตามการเตรียมข้อมูลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี ๒๕๖๔ และมอบหมายให้ฝ่ายปกครองรายงานความก้าวหน้าทุกเดือน"]),
]


def build_pages():
    # ---------------- home
    slides = "".join(f'<div class="carousel-item"><a href="/news/{n}"><img src="/{img}" alt="{t}"></a><div class="carousel-caption">{t}</div></div>'
                     for n, _, t, img, _ in [NEWS[0], NEWS[1]]) + \
        '<div class="carousel-item"><a href="/eservice/"><img src="/img/slide3.png" alt="จองคิวออนไลน์"></a></div>'
    news_cards = "".join(f'<div class="col card"><img src="/{img}" alt="" style="width:100%;border-radius:8px"><p class="muted">{d}</p><a href="/news/{n}">{t}</a></div>'
                         for n, d, t, img, _ in NEWS[:4])
    body = f"""
<div class="carousel" id="mainCarousel" data-ride="carousel">{slides}</div>
<h3>บริการออนไลน์ (E-Service)</h3>
<div class="tiles">
<a class="tile" href="/eservice/booking.html"><div class="ico">📅</div>จองคิวออนไลน์</a>
<a class="tile" href="/eservice/"><div class="ico">💳</div>ชำระภาษีออนไลน์</a>
<a class="tile" href="/complaint/"><div class="ico">📣</div>ร้องเรียน/ร้องทุกข์</a>
<a class="tile" href="/qa/"><div class="ico">❓</div>ถาม-ตอบ</a>
<a class="tile" href="/survey/"><div class="ico">⭐</div>ประเมินความพึงพอใจ</a>
<a class="tile soon" href="#" onclick="return false"><div class="ico">📄</div>ขอเอกสารออนไลน์ <span class="badge badge-warn">เร็วๆ นี้</span></a>
</div>
<h3>ข่าวประชาสัมพันธ์</h3><div class="row">{news_cards}</div><p><a class="btn btn-outline" href="/news/">ดูข่าวทั้งหมด</a></p>
<div class="row">
<div class="col card"><h4>ประกาศจัดซื้อจัดจ้าง</h4><ul class="doc-list">
<li><a href="/procurement/doc/ann-6412.pdf">ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมผิวจราจรซอยเอกชัย ๑๓๑</a> <span class="badge badge-new">ใหม่</span></li>
<li><a href="/procurement/doc/ann-6411.pdf">ประกาศเชิญชวน ซื้อวัสดุงานบ้านงานครัว ฝ่ายรักษาความสะอาดฯ</a></li>
<li><a href="/procurement/doc/ann-6410.pdf">ประกาศผู้ชนะการเสนอราคา จ้างขุดลอกคลองบางบอน</a></li></ul>
<a href="/procurement/announce.html">ดูทั้งหมด ›</a></div>
<div class="col card"><h4>สถิติการให้บริการวันนี้</h4><div class="counter" data-count-url="/api/counter">0</div><p class="muted">ผู้รับบริการวันนี้ (อัปเดตอัตโนมัติ)</p>
<p><a href="/stats/">สถิติการให้บริการรายเดือน ›</a></p></div>
</div>
<div class="row" id="follow">
<div class="col card"><h4>ติดตามเรา Facebook</h4>
<iframe src="/widget/fb-page.html" title="Facebook Page สำนักงานเขตบางบอน" width="100%" height="360" style="border:0"></iframe></div>
<div class="col card"><h4>LINE Official Account</h4>
<iframe src="/widget/line-oa.html" title="LINE OA สำนักงานเขตบางบอน" width="100%" height="360" style="border:0"></iframe>
<p class="muted">สแกนเพื่อเพิ่มเพื่อน @bangbonbkk</p></div>
</div>
<div class="card"><h4>หน่วยงานที่เกี่ยวข้อง</h4><a href="https://www.bangkok.go.th">กรุงเทพมหานคร</a> · <a href="https://www.nacc.go.th">สำนักงาน ป.ป.ช.</a> · <a href="https://www.traffy.in.th">Traffy Fondue</a> · <a href="http://www.oic.go.th">สำนักงานคณะกรรมการข้อมูลข่าวสารของราชการ</a></div>
"""
    page("index.html", "หน้าแรก", body)

    # ---------------- widget pages
    (SITE / "widget").mkdir(parents=True, exist_ok=True)
    (SITE / "widget/fb-page.html").write_text(f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>Facebook Page Plugin</title>
<link rel="stylesheet" href="/css/style.css"></head><body style="background:#fff">
<div style="padding:8px;border:1px solid #dde"><b>สำนักงานเขตบางบอน Bang Bon District Office</b><br><span class="muted">หน่วยงานราชการ · ผู้ติดตาม ๑๒,๓๐๖ คน</span>
<p><a href="https://www.facebook.com/bangbondistrict.official" target="_blank">ดูเพจบน Facebook</a></p>
<div class="qa-item"><span class="muted">๑๒ เมษายน ๒๕๖๔</span><br>ขอความร่วมมืองดจัดงานสงกรานต์รวมกลุ่ม เพื่อความปลอดภัยของทุกคน 🙏</div>
<div class="qa-item"><span class="muted">๕ เมษายน ๒๕๖๔</span><br>ภาษีที่ดินและสิ่งปลูกสร้างปี ๒๕๖๔ ลด ๙๐% ชำระได้ถึงสิ้นเดือนสิงหาคม</div>
<div class="qa-item"><span class="muted">๒๓ มีนาคม ๒๕๖๔</span><br>ภาพบรรยากาศการตรวจคัดกรองเชิงรุก ชุมชนหลังวัดบางบอน</div>
</div></body></html>""", encoding="utf-8")

    # ---------------- about
    page("about/index.html", "ประวัติความเป็นมา", f"""
<h2>ประวัติความเป็นมา</h2><div class="card">
<p>พื้นที่เขตบางบอนเดิมเป็นส่วนหนึ่งของเขตบางขุนเทียน ต่อมาเมื่อชุมชนขยายตัวและมีประชากรเพิ่มขึ้นอย่างรวดเร็ว กรุงเทพมหานครจึงจัดตั้งเป็นเขตใหม่เมื่อปี ๒๕๔๐ เพื่อให้การบริการประชาชนทั่วถึงมากขึ้น</p>
<p>ชื่อ “บางบอน” มาจากคลองบางบอนซึ่งเป็นเส้นทางสัญจรสำคัญของชาวสวนในอดีต ปัจจุบันพื้นที่มีทั้งย่านที่อยู่อาศัย โรงงานอุตสาหกรรมขนาดเล็ก และพื้นที่เกษตรกรรมบางส่วน</p>
<p>ขนาดพื้นที่ประมาณ ๓๔.๗ ตารางกิโลเมตร ประชากรตามทะเบียนราษฎร ณ ธันวาคม ๒๕๖๓ จำนวน ๑๐๘,๒๑๔ คน</p></div>
<p><a href="/about/vision.html">วิสัยทัศน์ / พันธกิจ</a> · <a href="/about/structure.html">ผังองค์กร</a> · <a href="/about/executives.html">ทำเนียบผู้บริหาร</a></p>
""", [("เกี่ยวกับเขต", None)])

    page("about/vision.html", "วิสัยทัศน์ พันธกิจ", """
<h2>วิสัยทัศน์ / พันธกิจ / ค่านิยม</h2>
<div class="card"><h4>วิสัยทัศน์</h4><p>“บางบอนน่าอยู่ ชุมชนเข้มแข็ง บริการทันใจ โปร่งใสทุกขั้นตอน”</p></div>
<div class="card"><h4>พันธกิจ</h4><ol>
<li>พัฒนาคุณภาพการให้บริการประชาชนด้วยเทคโนโลยีดิจิทัล</li>
<li>ดูแลความสะอาด สิ่งแวดล้อม และคูคลองให้ระบายน้ำได้ดี</li>
<li>ส่งเสริมความเข้มแข็งของชุมชนและการมีส่วนร่วมของประชาชน</li>
<li>บริหารงานด้วยหลักธรรมาภิบาล โปร่งใส ตรวจสอบได้</li></ol></div>
<div class="card"><h4>ค่านิยมองค์กร</h4><p>B-O-N : Best service · Open & honest · Network with community</p></div>
""", [("เกี่ยวกับเขต", "/about/"), ("วิสัยทัศน์ / พันธกิจ", None)])

    div_list = "".join(f"<li>{n}</li>" for n, _, _ in DIVISIONS)
    page("about/structure.html", "ผังองค์กร", f"""
<h2>ผังองค์กร</h2>
<div class="card"><img src="/img/org-chart.png" alt="แผนภูมิโครงสร้างการแบ่งส่วนราชการ สำนักงานเขตบางบอน" style="width:100%">
<p class="muted">แผนภูมิโครงสร้างการแบ่งส่วนราชการภายในสำนักงานเขตบางบอน (คลิกที่ภาพเพื่อขยาย)</p></div>
<div class="card"><h4>ส่วนราชการภายใน</h4><p>ผู้อำนวยการเขต › ผู้ช่วยผู้อำนวยการเขต › ฝ่ายต่าง ๆ ๑๐ ฝ่าย ดังนี้</p><ol>{div_list}</ol>
<p>ข้อมูลติดต่อแต่ละฝ่าย ดูได้ที่หน้า <a href="/division/">ฝ่ายต่าง ๆ</a></p></div>
""", [("เกี่ยวกับเขต", "/about/"), ("ผังองค์กร", None)])

    page("about/executives.html", "ทำเนียบผู้บริหาร", f"""
<h2>ทำเนียบผู้บริหาร</h2><p class="muted">ข้อมูล ณ วันที่ ๑ เมษายน ๒๕๖๔</p>
<div class="row">
<div class="col card" style="text-align:center"><img src="/img/exec/director.png" alt="{DIRECTOR}"><h4>{DIRECTOR}</h4><p>ผู้อำนวยการเขตบางบอน</p>
<p>โทร ๐ ๒๔๑๖ ๓๓๐๑ ต่อ ๑๐๑<br>อีเมล director.bangbon@bangkok.go.th</p><p class="muted">ดำรงตำแหน่งตั้งแต่ ๑ ตุลาคม ๒๕๖๓</p></div>
<div class="col card" style="text-align:center"><img src="/img/exec/asst1.png" alt="{ASST1}"><h4>{ASST1}</h4><p>ผู้ช่วยผู้อำนวยการเขตบางบอน</p>
<p>โทร ๐ ๒๔๑๖ ๓๓๐๑ ต่อ ๑๐๒<br>อีเมล asst1.bangbon@bangkok.go.th</p></div>
<div class="col card" style="text-align:center"><img src="/img/exec/vacant.png" alt="ว่าง"><h4>- ว่าง -</h4><p>ผู้ช่วยผู้อำนวยการเขตบางบอน</p>
<p>-</p></div>
</div>
<h3>หัวหน้าฝ่าย</h3><table class="tbl"><tr><th>ฝ่าย</th><th>หัวหน้าฝ่าย</th><th>โทรศัพท์</th></tr>
{''.join(f'<tr><td>{n}</td><td>{h}</td><td>{td(p)}</td></tr>' for n, h, p in DIVISIONS)}</table>
""", [("เกี่ยวกับเขต", "/about/"), ("ทำเนียบผู้บริหาร", None)])

    page("about/contact.html", "ติดต่อเรา", f"""
<h2>ติดต่อเรา</h2>
<div class="row"><div class="col card"><h4>{NAME}</h4>
<p>ที่อยู่ : เลขที่ ๙๙ ถนนเอกชัย แขวงบางบอนเหนือ เขตบางบอน กรุงเทพมหานคร ๑๐๑๕๐</p>
<p>โทรศัพท์ : ๐ ๒๔๑๖ ๓๓๐๐<br>โทรสาร : ๐ ๒๔๑๖ ๓๓๙๙<br>อีเมล : bangbon.district@bangkok.go.th</p>
<p>สายด่วนกรุงเทพมหานคร ๑๕๕๕</p>
<p><button class="btn disabled" disabled>🗺️ แผนที่ (เร็วๆ นี้)</button></p>
<p class="muted">การเดินทาง: รถโดยสารประจำทางสาย ๑๐๕, ๑๔๑ ลงป้ายหน้าสำนักงานเขต</p></div>
<div class="col card"><h4>ส่งข้อความถึงเรา</h4>
<form action="/about/contact-thanks.html" method="get">
<label>ชื่อ-สกุล<input name="name"></label><label>อีเมล/โทรศัพท์<input name="contact"></label>
<label>ข้อความ<textarea name="msg" rows="4"></textarea></label><p><button class="btn" type="submit">ส่งข้อความ</button></p></form></div></div>
""", [("เกี่ยวกับเขต", "/about/"), ("ติดต่อเรา", None)])
    page("about/contact-thanks.html", "ส่งข้อความแล้ว", "<div class='card'><h3>ขอบคุณสำหรับข้อความ</h3><p>เจ้าหน้าที่จะติดต่อกลับภายใน ๓ วันทำการ</p><a href='/'>กลับหน้าแรก</a></div>",
         [("ติดต่อเรา", "/about/contact.html")])

    # ---------------- divisions (noise; no statement of duties)
    def dlink(n, slug):
        return f'<a href="/division/{slug}">{n}</a>' if slug else n
    rows = "".join(f'<tr><td>{dlink(n, slug)}</td><td>{h}</td><td>{td(p)}</td><td>{fl}</td></tr>'
                   for (n, h, p), slug, fl in zip(DIVISIONS,
                        [None, None, None, "revenue.html", None, None, "works.html", None, None, None],
                        ["ชั้น ๒", "ชั้น ๑", "ชั้น ๒", "ชั้น ๑", "อาคาร ๒", "อาคาร ๒", "ชั้น ๓", "ชั้น ๓", "ชั้น ๒", "ชั้น ๔"]))
    page("division/index.html", "ฝ่ายต่าง ๆ", f"""<h2>ฝ่ายต่าง ๆ ในสำนักงานเขต</h2>
<table class="tbl"><tr><th>ฝ่าย</th><th>หัวหน้าฝ่าย</th><th>โทรศัพท์</th><th>ที่ตั้ง</th></tr>{rows}</table>""", [("เกี่ยวกับเขต", "/about/"), ("ฝ่ายต่าง ๆ", None)])
    page("division/revenue.html", "ฝ่ายรายได้", """<h2>ฝ่ายรายได้</h2><div class="card">
<p>หัวหน้าฝ่าย: นายอดิศักดิ์ เรืองศรี · โทร ๐ ๒๔๑๖ ๓๓๐๔</p><p>เปิดให้บริการรับชำระภาษี จันทร์–ศุกร์ ๐๘.๓๐–๑๕.๓๐ น. ช่วงเดือนเมษายน–สิงหาคม ๒๕๖๔ เปิดบริการวันเสาร์ที่ ๒ และ ๔ ของเดือน</p>
<p>ข่าวล่าสุด: <a href="/news/n6404-tax.html">ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี ๒๕๖๔</a></p></div>""",
         [("ฝ่ายต่าง ๆ", "/division/"), ("ฝ่ายรายได้", None)])
    page("division/works.html", "ฝ่ายโยธา", """<h2>ฝ่ายโยธา</h2><div class="card">
<p>หัวหน้าฝ่าย: นายเกียรติศักดิ์ วงศ์ไทย · โทร ๐ ๒๔๑๖ ๓๓๐๗</p><p>ยื่นคำขออนุญาตก่อสร้างอาคารได้ที่ชั้น ๓ หรือดูขั้นตอนที่ <a href="/services/building-permit.html">คู่มือการขออนุญาตก่อสร้าง</a></p>
<p>ข่าวล่าสุด: <a href="/news/n6403-canal.html">ขุดลอกคลองบางบอน</a> · <a href="/news/n6402-community.html">ประชาคมโครงการปรับปรุงทางเดินริมคลอง</a></p></div>""",
         [("ฝ่ายต่าง ๆ", "/division/"), ("ฝ่ายโยธา", None)])

    # ---------------- news
    items = "".join(f'<div class="card row"><img src="/{img}" style="width:200px;border-radius:8px" alt=""><div class="col"><p class="muted">{d}</p><h4><a href="/news/{n}">{t}</a></h4></div></div>'
                    for n, d, t, img, _ in NEWS)
    page("news/index.html", "ข่าวประชาสัมพันธ์", f"<h2>ข่าวประชาสัมพันธ์ / กิจกรรม</h2>{items}<p class='muted'>หน้า ๑ จาก ๑๔ <a href='/news/'>‹</a> <a href='#'>›</a></p>",
         [("ข่าวสาร", None)])
    for n, d, t, img, paras in NEWS:
        body = f"<h2>{t}</h2><p class='muted'>โพสต์เมื่อ {d} · โดย กลุ่มงานประชาสัมพันธ์</p><img src='/{img}' alt='' style='max-width:100%;border-radius:10px'>" + \
               "".join(f"<p>{p}</p>" for p in paras) + "<p><a href='/news/'>‹ กลับหน้าข่าว</a></p>"
        page(f"news/{n}", t, f"<div class='card'>{body}</div>", [("ข่าวสาร", "/news/"), (t[:30] + "…", None)])

    page("gallery/index.html", "ภาพกิจกรรม", "<h2>ภาพกิจกรรม</h2><div class='tiles'>" +
         "".join(f"<a class='tile' href='/news/{n}'><img src='/{img}' style='width:100%' alt=''><br>{d}</a>" for n, d, t, img, _ in NEWS) + "</div>",
         [("ข่าวสาร", "/news/"), ("ภาพกิจกรรม", None)])
    page("jobs/index.html", "ร่วมงานกับเรา", """<h2>ร่วมงานกับเรา</h2>
<div class="card"><h4>รับสมัครบุคคลเพื่อจ้างเป็นลูกจ้างชั่วคราว ตำแหน่ง พนักงานกวาดและทำความสะอาด จำนวน ๕ อัตรา</h4>
<p>รับสมัครตั้งแต่วันที่ ๑๙–๓๐ เมษายน ๒๕๖๔ ณ ฝ่ายรักษาความสะอาดและสวนสาธารณะ อาคาร ๒ ในวันและเวลาราชการ</p>
<p>คุณสมบัติ: สัญชาติไทย อายุ ๑๘ ปีขึ้นไป ร่างกายแข็งแรง ค่าจ้างตามอัตราที่กรุงเทพมหานครกำหนด</p></div>
<div class="card"><h4>ประกาศรายชื่อผู้ผ่านการคัดเลือก ตำแหน่ง ผู้ช่วยเจ้าหน้าที่ธุรการ (มีนาคม ๒๕๖๔)</h4><p>รายชื่อติดประกาศ ณ บอร์ดหน้าฝ่ายปกครอง</p></div>""",
         [("ข่าวสาร", "/news/"), ("ร่วมงานกับเรา", None)])
    page("tourism/index.html", "ท่องเที่ยว", """<h2>สถานที่น่าสนใจในเขตบางบอน</h2>
<div class="row"><div class="col card"><h4>วัดบางบอน</h4><p>วัดเก่าแก่ริมคลองบางบอน มีพระอุโบสถศิลปะรัตนโกสินทร์ตอนต้น และตลาดนัดชุมชนทุกวันอาทิตย์</p></div>
<div class="col card"><h4>สวนสาธารณะริมคลอง</h4><p>พื้นที่สีเขียวสำหรับออกกำลังกายและพักผ่อน เปิดทุกวัน ๐๕.๐๐–๒๑.๐๐ น.</p></div>
<div class="col card"><h4>ตลาดเอกชัยยามเย็น</h4><p>ตลาดอาหารพื้นบ้านและผลไม้จากสวนในฝั่งธนบุรี คึกคักช่วงหัวค่ำ</p></div></div>""", [("ท่องเที่ยว", None)])

    # ---------------- laws (O6)
    laws = [("พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘", "https://www.krisdika.go.th/law?lawId=bma2528"),
            ("พระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘", "https://www.krisdika.go.th/law?lawId=fac2558"),
            ("พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐", "https://www.krisdika.go.th/law?lawId=info2540"),
            ("พระราชบัญญัติการทะเบียนราษฎร พ.ศ. ๒๕๓๔ และที่แก้ไขเพิ่มเติม", "https://www.krisdika.go.th/law?lawId=reg2534"),
            ("พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒", "https://www.krisdika.go.th/law?lawId=tax2562"),
            ("พระราชบัญญัติควบคุมอาคาร พ.ศ. ๒๕๒๒", "https://www.krisdika.go.th/law?lawId=bld2522"),
            ("พระราชบัญญัติรักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. ๒๕๓๕", "https://www.krisdika.go.th/law?lawId=clean2535"),
            ("พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐", "https://www.krisdika.go.th/law?lawId=proc2560"),
            ("ข้อบัญญัติกรุงเทพมหานคร (ระบบค้นหาข้อบัญญัติ สำนักงานเลขานุการสภากรุงเทพมหานคร)", "https://www.bangkok.go.th/council")]
    page("laws/index.html", "กฎหมายที่เกี่ยวข้อง", "<h2>กฎหมาย ระเบียบ ข้อบังคับที่เกี่ยวข้อง</h2><div class='card'><ol class='doc-list'>" +
         "".join(f"<li><a href='{u}' target='_blank' rel='noopener'>{t}</a> ↗</li>" for t, u in laws) +
         "</ol><p class='muted'>ลิงก์เชื่อมโยงไปยังระบบกฎหมายของสำนักงานคณะกรรมการกฤษฎีกาและกรุงเทพมหานคร</p></div>",
         [("ข้อมูลสาธารณะ", "/ita/"), ("กฎหมายที่เกี่ยวข้อง", None)])

    # ---------------- Q&A (O8 dead)
    qa = [("๓ เม.ย. ๒๕๖๔", "ขอทราบขั้นตอนการย้ายทะเบียนบ้านปลายทางครับ", "คุณเอกชัย", None),
          ("๒๒ ก.พ. ๒๕๖๔", "ถนนซอยเอกชัย ๑๑๙ ไฟส่องสว่างดับหลายจุด จะแจ้งที่ไหนคะ", "ชาวซอย ๑๑๙", None),
          ("๑๔ ต.ค. ๒๕๖๓", "ต้องการขอใบอนุญาตจำหน่ายสินค้าในที่สาธารณะ ต้องใช้เอกสารอะไรบ้าง", "แม่ค้า", None),
          ("๙ มิ.ย. ๒๕๖๓", "ช่วงโควิดเปิดทำบัตรประชาชนตามปกติหรือไม่", "นักศึกษา", None),
          ("๒๖ มี.ค. ๒๕๖๒", "ขอทราบเวลาเปิดสวนสาธารณะริมคลองบางบอน", "ผู้ใช้สวน", ("๒๗ มี.ค. ๒๕๖๒", "ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "สวนเปิดให้บริการทุกวัน เวลา ๐๕.๐๐–๒๑.๐๐ น. ครับ")),
          ("๑๑ ม.ค. ๒๕๖๒", "ชำระภาษีป้ายได้ถึงวันไหน", "ร้านค้า", ("๑๔ ม.ค. ๒๕๖๒", "ฝ่ายรายได้", "ยื่นแบบแสดงรายการภาษีป้ายภายในเดือนมีนาคมของทุกปีค่ะ")),
          ("๒ พ.ย. ๒๕๖๑", "อยากทราบเบอร์โทรศัพท์ฝ่ายทะเบียน", "ผู้ใช้ทั่วไป", ("๕ พ.ย. ๒๕๖๑", "ฝ่ายทะเบียน", "โทร ๐ ๒๔๑๖ ๓๓๐๒ ในวันและเวลาราชการครับ"))]
    qa_html = ""
    for d, q, who, ans in qa:
        status = f'<span class="badge">ตอบแล้ว</span>' if ans else '<span class="badge badge-warn">รอการตอบกลับ</span>'
        a = f'<div style="margin-left:24px;background:#f0f6ff;padding:8px;border-radius:8px"><b>ตอบโดย {ans[1]}</b> <span class="muted">{ans[0]}</span><br>{ans[2]}</div>' if ans else ""
        qa_html += f'<div class="qa-item"><b>ถาม:</b> {q} {status}<br><span class="muted">โดย {who} · {d}</span>{a}</div>'
    page("qa/index.html", "ถาม-ตอบ (Q&A)", f"""<h2>กระดานถาม-ตอบ (Q&amp;A)</h2>
<p>ท่านสามารถสอบถามข้อมูลการให้บริการของสำนักงานเขตบางบอน เจ้าหน้าที่จะตอบกลับภายใน ๓ วันทำการ</p>
<div class="card">{qa_html}<p class="muted">แสดง ๗ จาก ๑๒๔ กระทู้ · <a href="/qa/topic-118.html">กระทู้ยอดนิยม</a></p></div>
<div class="card"><h4>ตั้งกระทู้ถาม</h4>
<form action="/qa/post.php" method="post"><label>ชื่อผู้ถาม<input name="name"></label><label>อีเมล<input name="email"></label>
<label>คำถาม<textarea name="question" rows="4"></textarea></label><p><button class="btn" type="submit">ส่งคำถาม</button></p></form></div>
<div class="card"><h4>หรือแชทกับเจ้าหน้าที่</h4><a class="btn" href="/chat/">💬 เริ่มแชท</a> <a class="btn btn-outline" href="/line/">LINE @bangbonbkk</a></div>
""", [("มีส่วนร่วม", "/participation/"), ("ถาม-ตอบ", None)])
    page("qa/topic-118.html", "กระทู้: เวลาเปิดสวนสาธารณะ", """<div class="card"><h3>ขอทราบเวลาเปิดสวนสาธารณะริมคลองบางบอน</h3>
<p class="muted">โดย ผู้ใช้สวน · ๒๖ มี.ค. ๒๕๖๒ · เข้าชม ๘๔๑ ครั้ง</p><p>อยากพาผู้สูงอายุไปเดินออกกำลังกายตอนเช้า สวนเปิดกี่โมงครับ</p>
<div style="background:#f0f6ff;padding:8px;border-radius:8px"><b>ตอบโดย ฝ่ายรักษาความสะอาดและสวนสาธารณะ</b> <span class="muted">๒๗ มี.ค. ๒๕๖๒</span><br>สวนเปิดให้บริการทุกวัน เวลา ๐๕.๐๐–๒๑.๐๐ น. ครับ</div>
<p><a href="/qa/">‹ กลับกระดานถาม-ตอบ</a></p></div>""", [("ถาม-ตอบ", "/qa/"), ("กระทู้", None)])
    page("chat/index.html", "แชทกับเจ้าหน้าที่", """<div class="card" style="text-align:center"><div style="font-size:60px">💬</div>
<h3>ระบบแชทออนไลน์กับเจ้าหน้าที่</h3><p>อยู่ระหว่างพัฒนาระบบ <span class="badge badge-warn">เร็วๆ นี้ (Coming soon)</span></p>
<p class="muted">ขออภัยในความไม่สะดวก</p></div>""", [("แชทกับเจ้าหน้าที่", None)])

    # ---------------- e-service (O17)
    page("eservice/index.html", "E-Service บริการออนไลน์", """<h2>E-Service บริการออนไลน์</h2>
<p>บริการที่ประชาชนสามารถดำเนินการผ่านอินเทอร์เน็ตได้โดยไม่ต้องเดินทางมาสำนักงานเขต</p>
<div class="tiles">
<a class="tile" href="/eservice/booking.html"><div class="ico">📅</div><b>จองคิวล่วงหน้าออนไลน์</b><br><span class="muted">ฝ่ายทะเบียน (บัตรประชาชน ทะเบียนบ้าน) และฝ่ายรายได้</span></a>
<a class="tile" href="https://tax.bangkok.go.th/"><div class="ico">💳</div><b>ชำระภาษีที่ดินและสิ่งปลูกสร้างออนไลน์</b><br><span class="muted">ผ่านระบบของกรุงเทพมหานคร ↗</span></a>
<a class="tile soon" href="#" onclick="return false"><div class="ico">🏗️</div><b>ยื่นขออนุญาตก่อสร้างออนไลน์</b><br><span class="badge badge-warn">เร็วๆ นี้</span></a>
<a class="tile soon" href="#" onclick="return false"><div class="ico">📄</div><b>ขอคัดสำเนาเอกสารออนไลน์</b><br><span class="badge badge-warn">เร็วๆ นี้</span></a>
</div>
<p class="muted">ดูคู่มือการให้บริการแต่ละงานได้ที่ <a href="/services/">คู่มือสำหรับประชาชน</a></p>""", [("บริการประชาชน", None)])
    page("eservice/booking.html", "จองคิวล่วงหน้าออนไลน์", """<h2>จองคิวล่วงหน้าออนไลน์</h2><div class="card">
<form action="/eservice/booking-done.html" method="get">
<label>บริการ<select name="svc"><option>ทำบัตรประจำตัวประชาชน</option><option>แจ้งย้ายที่อยู่</option><option>ชำระภาษีป้าย</option><option>ชำระภาษีที่ดินและสิ่งปลูกสร้าง</option></select></label>
<label>วันที่ต้องการรับบริการ<input type="date" name="date"></label>
<label>ช่วงเวลา<select name="slot"><option>๐๘.๓๐–๑๐.๐๐</option><option>๑๐.๐๐–๑๑.๓๐</option><option>๑๓.๐๐–๑๔.๓๐</option></select></label>
<label>ชื่อ-สกุล<input name="name"></label><label>เลขประจำตัวประชาชน<input name="pid"></label><label>โทรศัพท์มือถือ<input name="tel"></label>
<p><button class="btn" type="submit">ยืนยันการจอง</button></p></form>
<p class="muted">ระบบจะออกหมายเลขคิวให้ทันที กรุณามาก่อนเวลานัด ๑๕ นาที</p></div>""", [("E-Service", "/eservice/"), ("จองคิว", None)])
    page("eservice/booking-done.html", "จองคิวสำเร็จ", """<div class="card" style="text-align:center"><h3>✅ จองคิวสำเร็จ</h3>
<p>หมายเลขคิวของท่าน <b>B-๐๔๒</b></p><p>กรุณาแสดงหมายเลขคิวที่จุดประชาสัมพันธ์ชั้น ๑</p><a class="btn" href="/eservice/">กลับหน้าบริการออนไลน์</a></div>""",
         [("E-Service", "/eservice/"), ("จองคิวสำเร็จ", None)])

    # ---------------- service manuals (O14)
    svc = [("civil-registration.html", "คู่มือสำหรับประชาชน : การแจ้งย้ายที่อยู่และการทำบัตรประจำตัวประชาชน", "ฝ่ายทะเบียน",
            [("ยื่นคำร้องและเอกสารที่ช่องบริการ", "๕ นาที"), ("เจ้าหน้าที่ตรวจสอบหลักฐาน", "๑๐ นาที"), ("บันทึกข้อมูล/ถ่ายภาพ", "๑๐ นาที"), ("นายทะเบียนลงนาม ส่งมอบเอกสาร", "๕ นาที")],
            ["บัตรประจำตัวประชาชนฉบับเดิม (ถ้ามี)", "ทะเบียนบ้านฉบับเจ้าบ้าน", "หนังสือยินยอมของเจ้าบ้าน"], "บัตรประชาชนครั้งแรกไม่เสียค่าธรรมเนียม กรณีอื่น ๒๐ บาท / แจ้งย้ายไม่เสียค่าธรรมเนียม"),
           ("building-permit.html", "คู่มือสำหรับประชาชน : การขออนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร (มาตรา ๒๑)", "ฝ่ายโยธา",
            [("ยื่นคำขอ (แบบ ข.๑) พร้อมแบบแปลน", "๑ วัน"), ("ตรวจสอบเอกสารและพื้นที่", "๑๕ วัน"), ("พิจารณาแบบแปลน", "๒๕ วัน"), ("ออกใบอนุญาต (อ.๑)", "๔ วัน")],
            ["แบบ ข.๑", "โฉนดที่ดินพร้อมหนังสือยินยอม", "แบบแปลนและรายการคำนวณ ๕ ชุด", "หนังสือรับรองผู้ออกแบบ"], "ตามกฎกระทรวง คิดตามพื้นที่อาคาร"),
           ("tax.html", "คู่มือสำหรับประชาชน : การชำระภาษีป้ายและภาษีที่ดินและสิ่งปลูกสร้าง", "ฝ่ายรายได้",
            [("ยื่นแบบ ภ.ป.๑ / รับหนังสือแจ้งประเมิน", "๑๐ นาที"), ("เจ้าหน้าที่คำนวณภาษี", "๑๐ นาที"), ("ชำระเงิน รับใบเสร็จ", "๕ นาที")],
            ["บัตรประจำตัวประชาชน", "หนังสือแจ้งประเมิน (ถ้ามี)", "ภาพถ่ายป้าย"], "ตามอัตราภาษีที่กฎหมายกำหนด")]
    for slug, title, div, steps, docs, fee in svc:
        srows = "".join(f"<tr><td>{td(i+1)}</td><td>{s}</td><td>{t}</td></tr>" for i, (s, t) in enumerate(steps))
        page(f"services/{slug}", title, f"""<h2>{title}</h2><div class="card"><p><b>หน่วยงานที่ให้บริการ:</b> {div} {NAME} · เปิดบริการ จันทร์–ศุกร์ ๐๘.๓๐–๑๖.๐๐ น.</p>
<h4>ขั้นตอน ระยะเวลา</h4><table class="tbl"><tr><th>ที่</th><th>ขั้นตอน</th><th>ระยะเวลา</th></tr>{srows}</table>
<h4>เอกสารหลักฐานที่ต้องใช้</h4><ul>{''.join(f'<li>{d}</li>' for d in docs)}</ul>
<h4>ค่าธรรมเนียม</h4><p>{fee}</p><h4>ช่องทางร้องเรียน</h4><p>{NAME} โทร ๐ ๒๔๑๖ ๓๓๐๐ หรือสายด่วน ๑๕๕๕</p></div>""",
             [("บริการประชาชน", "/eservice/"), ("คู่มือสำหรับประชาชน", "/services/"), (div, None)])
    page("services/index.html", "คู่มือสำหรับประชาชน", "<h2>คู่มือสำหรับประชาชน</h2><p>ตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘</p><div class='card'><ul class='doc-list'>" +
         "".join(f"<li><a href='/services/{s}'>{t}</a> ({d})</li>" for s, t, d, *_ in svc) + "</ul></div>" +
         "<div class='card'><h4>บริการออนไลน์</h4><a class='btn' href='/eservice/'>ไปที่ E-Service</a></div>",
         [("บริการประชาชน", "/eservice/"), ("คู่มือสำหรับประชาชน", None)])

    # ---------------- stats (O15)
    page("stats/index.html", "สถิติการให้บริการ", """<h2>สถิติการให้บริการ</h2>
<div class="card"><p>สถิติผู้รับบริการจำแนกตามฝ่าย รายเดือน ปีงบประมาณ พ.ศ. ๒๕๖๔ (ตุลาคม ๒๕๖๓ – มีนาคม ๒๕๖๔)</p>
<p><a class="btn" href="/files/stats/service-stats-2564.xlsx">⬇ ดาวน์โหลด (.xlsx)</a></p>
<p class="muted">ปรับปรุงข้อมูล ๘ เม.ย. ๒๕๖๔</p></div>
<div class="card"><h4>ผู้รับบริการวันนี้</h4><div class="counter" id="live">0</div><p class="muted">ระบบนับอัตโนมัติจากเครื่องกดบัตรคิว</p></div>""",
         [("บริการประชาชน", "/eservice/"), ("สถิติการให้บริการ", None)])

    # ---------------- survey (O16 missing)
    page("survey/index.html", "แบบประเมินความพึงพอใจ", """<h2>แบบประเมินความพึงพอใจในการรับบริการ</h2>
<div class="card"><form action="/survey/thanks.html" method="get">
<label>บริการที่ท่านได้รับ<select name="svc"><option>ฝ่ายทะเบียน</option><option>ฝ่ายรายได้</option><option>ฝ่ายโยธา</option><option>อื่น ๆ</option></select></label>
<label>ความพึงพอใจต่อขั้นตอนการให้บริการ<select name="q1"><option>มากที่สุด</option><option>มาก</option><option>ปานกลาง</option><option>น้อย</option></select></label>
<label>ความพึงพอใจต่อเจ้าหน้าที่<select name="q2"><option>มากที่สุด</option><option>มาก</option><option>ปานกลาง</option><option>น้อย</option></select></label>
<label>ข้อเสนอแนะ<textarea name="note" rows="3"></textarea></label><p><button class="btn" type="submit">ส่งแบบประเมิน</button></p></form></div>
<div class="card"><h4>ผลการสำรวจความพึงพอใจ</h4><button class="btn disabled" disabled>ดูผลการสำรวจ (เร็วๆ นี้)</button></div>""",
         [("บริการประชาชน", "/eservice/"), ("แบบประเมินความพึงพอใจ", None)])
    page("survey/thanks.html", "ขอบคุณ", "<div class='card'><h3>ขอบคุณที่ร่วมประเมิน</h3><p>ความคิดเห็นของท่านจะนำไปปรับปรุงการให้บริการ</p></div>",
         [("แบบประเมิน", "/survey/")])

    # ---------------- webboard (O32)
    wb = [("๑๕ มี.ค. ๒๕๖๔", "อยากให้เพิ่มจุดทิ้งขยะอันตรายในชุมชน", "ป้าสมใจ", "ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "๑๖ มี.ค. ๒๕๖๔", "ขอบคุณสำหรับข้อเสนอแนะ ฝ่ายฯ จะจัดตั้งถังขยะอันตรายเพิ่ม ๓ จุด ภายในเดือนเมษายน ๒๕๖๔ ค่ะ"),
          ("๒ มี.ค. ๒๕๖๔", "ชมเจ้าหน้าที่ฝ่ายทะเบียน บริการรวดเร็วมาก", "คุณภูมิ", "ฝ่ายทะเบียน", "๓ มี.ค. ๒๕๖๔", "ขอบพระคุณที่ใช้บริการครับ"),
          ("๑๗ ก.พ. ๒๕๖๔", "ทางเท้าหน้าตลาดเอกชัยชำรุด เสนอให้ซ่อม", "ชาวบางบอน", "ฝ่ายโยธา", "๑๙ ก.พ. ๒๕๖๔", "ฝ่ายโยธาได้ตรวจสอบแล้ว บรรจุในแผนซ่อมแซมเดือนมีนาคม ๒๕๖๔ ครับ")]
    wb_html = "".join(f'<div class="qa-item"><b>{t}</b><br><span class="muted">โดย {w} · {d}</span><div style="margin-left:24px;background:#f0f6ff;padding:8px;border-radius:8px"><b>{who}</b> <span class="muted">{ad}</span><br>{a}</div></div>'
                      for d, t, w, who, ad, a in wb)
    page("webboard/index.html", "เว็บบอร์ด / ติชม", f"""<h2>เว็บบอร์ด แสดงความคิดเห็น / ติชม</h2>
<p>ร่วมแสดงความคิดเห็น เสนอแนะ หรือติชมการทำงานของสำนักงานเขตบางบอน ทุกความเห็นจะถูกส่งถึงฝ่ายที่เกี่ยวข้อง</p>
<div class="card">{wb_html}</div>
<div class="card"><h4>แสดงความคิดเห็น / ข้อเสนอแนะ</h4><form action="/webboard/thanks.html" method="get">
<label>หัวข้อ<input name="title"></label><label>รายละเอียด<textarea name="body" rows="4"></textarea></label><label>ชื่อ (ไม่บังคับ)<input name="name"></label>
<p><button class="btn" type="submit">ส่งความคิดเห็น</button></p></form></div>""", [("มีส่วนร่วม", "/participation/"), ("เว็บบอร์ด", None)])
    page("webboard/thanks.html", "ส่งความคิดเห็นแล้ว", "<div class='card'><h3>ได้รับความคิดเห็นของท่านแล้ว</h3><p>ผู้ดูแลจะตรวจสอบและเผยแพร่ภายใน ๑ วันทำการ</p><a href='/webboard/'>กลับเว็บบอร์ด</a></div>",
         [("เว็บบอร์ด", "/webboard/")])

    # ---------------- participation (O33)
    page("participation/index.html", "การมีส่วนร่วม", """<h2>ประชาคมออนไลน์ / การมีส่วนร่วม</h2>
<div class="card"><h4>ห้องประชาคมออนไลน์</h4>
<iframe src="/widget/community-forum.html" title="ประชาคมออนไลน์เขตบางบอน" width="100%" height="300" style="border:1px solid #ddd"></iframe></div>
<div class="card"><h4>กิจกรรมการมีส่วนร่วมของประชาชน ปี ๒๕๖๔</h4><ul class="doc-list">
<li><a href="/news/n6402-community.html">ประชาคมรับฟังความคิดเห็นโครงการปรับปรุงทางเดินริมคลองบางบอน (๑๘ ก.พ. ๒๕๖๔)</a></li></ul></div>
<div class="card"><h4>ช่องทางอื่น</h4><a href="/webboard/">เว็บบอร์ด/ติชม</a> · <a href="/qa/">ถาม-ตอบ</a> · <a href="/complaint/">ร้องเรียน/ร้องทุกข์</a></div>""",
         [("มีส่วนร่วม", None)])

    # ---------------- complaints
    page("complaint/index.html", "ร้องเรียน/ร้องทุกข์", """<h2>ร้องเรียน / ร้องทุกข์ (เรื่องความเดือดร้อนทั่วไป)</h2>
<p>สำหรับแจ้งปัญหาความเดือดร้อน เช่น ถนนชำรุด ไฟฟ้าส่องสว่าง ขยะ น้ำท่วมขัง เหตุรำคาญ</p>
<div class="tiles"><a class="tile" href="https://www.traffy.in.th/?page_id=27351"><div class="ico">📱</div>แจ้งผ่าน Traffy Fondue ↗</a>
<a class="tile" href="tel:1555"><div class="ico">☎️</div>สายด่วน กทม. ๑๕๕๕</a>
<a class="tile" href="/about/contact.html"><div class="ico">🏢</div>ยื่นด้วยตนเองที่ฝ่ายปกครอง ชั้น ๒</a></div>
<p class="muted">กรณีร้องเรียนการทุจริตของเจ้าหน้าที่ โปรดใช้ช่องทาง <a href="/complaint/corruption.html">แจ้งเบาะแสการทุจริต</a></p>""",
         [("มีส่วนร่วม", "/participation/"), ("ร้องเรียน/ร้องทุกข์", None)])
    page("complaint/corruption.html", "แจ้งเบาะแสการทุจริต", """<h2>แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h2>
<p>สำนักงานเขตบางบอนจะเก็บรักษาข้อมูลผู้แจ้งเป็นความลับ ผู้แจ้งจะได้รับการคุ้มครองตามระเบียบ</p>
<div class="card"><form action="/complaint/corruption_send.php" method="post">
<label>ชื่อผู้ร้องเรียน (ไม่ระบุก็ได้)<input name="name"></label><label>ช่องทางติดต่อกลับ<input name="contact"></label>
<label>เจ้าหน้าที่/หน่วยงานที่ถูกร้องเรียน<input name="target"></label><label>รายละเอียดการกระทำ<textarea name="detail" rows="5"></textarea></label>
<label>แนบหลักฐาน<input type="file" name="evidence"></label><p><button class="btn" type="submit">ส่งเรื่องร้องเรียน</button></p></form></div>
<div class="card"><h4>ติดตามสถานะเรื่องร้องเรียน</h4><button class="btn disabled" disabled>ตรวจสอบสถานะ (เร็วๆ นี้)</button></div>""",
         [("มีส่วนร่วม", "/participation/"), ("แจ้งเบาะแสการทุจริต", None)])

    # ---------------- plans (O4, O10-O12)
    page("plans/index.html", "แผนงาน / รายงาน", """<h2>แผนงานและรายงานผลการดำเนินงาน</h2>
<div class="card"><h4>แผนพัฒนา</h4><ul class="doc-list">
<li><a href="/files/plans/dev-plan-2560-2563.pdf">แผนพัฒนาสำนักงานเขตบางบอน</a> <span class="muted">(PDF)</span></li></ul></div>
<div class="card"><h4>แผนปฏิบัติราชการ</h4><ul class="doc-list">
<li><a href="/download.php?id=101">แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๔</a> <span class="badge">ดาวน์โหลด</span></li>
<li><a href="/files/plans/monitor-q1-2564.pdf">รายงานการกำกับติดตามการดำเนินงานตามแผนปฏิบัติราชการ ประจำปี ๒๕๖๔</a></li>
<li><a href="/files/plans/annual-report-2563.docx">รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๓</a> <span class="muted">(Word)</span></li></ul></div>""",
         [("ข้อมูลสาธารณะ", "/ita/"), ("แผนงาน / รายงาน", None)])

    # ---------------- budget (O18-O20)
    page("budget/index.html", "งบประมาณ", """<h2>ข้อมูลงบประมาณ</h2><div class="card"><ul class="doc-list">
<li><a href="/files/budget/spending-plan-2564.pdf">แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๔</a></li>
<li><a href="/files/budget/spending-6m-2564.pdf">รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ ๖ เดือน ปีงบประมาณ ๒๕๖๔</a> <span class="badge badge-new">ใหม่</span></li>
<li><a href="/files/budget/spending-annual-2562.pdf">รายงานผลการใช้จ่ายงบประมาณประจำปี</a></li></ul></div>""",
         [("ข้อมูลสาธารณะ", "/ita/"), ("งบประมาณ", None)])

    # ---------------- procurement (O21-O24)
    plan_rows = [("จ้างซ่อมแซมผิวจราจรซอยเอกชัย ๑๓๑", "๑,๘๕๐,๐๐๐", "ธ.ค. ๒๕๖๓", "e-bidding", "ฝ่ายโยธา"),
                 ("จ้างขุดลอกคลองบางบอน", "๔๙๐,๐๐๐", "ก.พ. ๒๕๖๔", "เฉพาะเจาะจง", "ฝ่ายโยธา"),
                 ("ซื้อวัสดุงานบ้านงานครัว", "๓๒๐,๐๐๐", "พ.ย. ๒๕๖๓ / มี.ค. ๒๕๖๔", "เฉพาะเจาะจง", "ฝ่ายรักษาความสะอาดฯ"),
                 ("ซื้อวัสดุคอมพิวเตอร์", "๑๕๐,๐๐๐", "ม.ค. ๒๕๖๔", "เฉพาะเจาะจง", "ฝ่ายปกครอง"),
                 ("จ้างปรับปรุงห้องน้ำอาคารสำนักงานเขต", "๙๘๐,๐๐๐", "เม.ย. ๒๕๖๔", "e-bidding", "ฝ่ายปกครอง"),
                 ("ซื้อเครื่องตัดหญ้า ๔ เครื่อง", "๔๘,๐๐๐", "พ.ค. ๒๕๖๔", "เฉพาะเจาะจง", "ฝ่ายรักษาความสะอาดฯ")]
    months = [("ตุลาคม ๒๕๖๓", "sorkor1-2563-10.pdf"), ("พฤศจิกายน ๒๕๖๓", "sorkor1-2563-11.pdf"), ("ธันวาคม ๒๕๖๓", "sorkor1-2563-12.pdf"),
              ("มกราคม ๒๕๖๔", "sorkor1-2564-01.pdf"), ("กุมภาพันธ์ ๒๕๖๔", "sorkor1-2564-02.pdf"), ("มีนาคม ๒๕๖๔", "sorkor1-2564-03.pdf")]
    page("procurement/index.html", "จัดซื้อจัดจ้าง", f"""<h2>การจัดซื้อจัดจ้าง</h2>
<div class="card"><h4>แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๔</h4>
<table class="tbl"><tr><th>ที่</th><th>รายการ</th><th>วงเงิน (บาท)</th><th>ช่วงเวลาที่คาดว่าจะจัดหา</th><th>วิธีการ</th><th>หน่วยงาน</th></tr>
{''.join(f'<tr><td>{td(i+1)}</td><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>' for i, (a, b, c, d, e) in enumerate(plan_rows))}</table>
<p class="muted">ประกาศ ณ วันที่ ๒๓ ตุลาคม ๒๕๖๓</p>
<p><a class="btn" href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp&proc_id=ShowHTMLFile&processFlows=Procure&deptId=bma">🔗 ระบบเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง กรุงเทพมหานคร (e-GPBMA)</a></p></div>
<div class="card"><h4>ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง</h4><a href="/procurement/announce.html">ดูประกาศทั้งหมด ›</a></div>
<div class="card"><h4>สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.๑) ปีงบประมาณ ๒๕๖๔</h4><ul class="doc-list">
{''.join(f'<li><a href="/files/procurement/{f}">สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือน{m}</a></li>' for m, f in months)}</ul></div>
<div class="card"><h4>รายงานประจำปี</h4><ul class="doc-list"><li><a href="/files/procurement/annual-report-2563.pdf">รายงานผลการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. ๒๕๖๓</a> (เผยแพร่ ๒๕ ม.ค. ๒๕๖๔)</li></ul></div>""",
         [("ข้อมูลสาธารณะ", "/ita/"), ("จัดซื้อจัดจ้าง", None)])
    ann = [("6412", "๒ เม.ย. ๒๕๖๔", "ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมผิวจราจรซอยเอกชัย ๑๓๑ โดยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"),
           ("6411", "๒๙ มี.ค. ๒๕๖๔", "ประกาศเชิญชวน ซื้อวัสดุงานบ้านงานครัว ฝ่ายรักษาความสะอาดและสวนสาธารณะ"),
           ("6410", "๒๖ ก.พ. ๒๕๖๔", "ประกาศผู้ชนะการเสนอราคา จ้างขุดลอกคลองบางบอน โดยวิธีเฉพาะเจาะจง"),
           ("6409", "๑๕ ม.ค. ๒๕๖๔", "ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุคอมพิวเตอร์ โดยวิธีเฉพาะเจาะจง"),
           ("6408", "๑๘ ธ.ค. ๒๕๖๓", "ประกาศประกวดราคาจ้างซ่อมแซมผิวจราจรซอยเอกชัย ๑๓๑ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์"),
           ("6407", "๒๓ ต.ค. ๒๕๖๓", "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๔")]
    page("procurement/announce.html", "ประกาศจัดซื้อจัดจ้าง", "<h2>ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๔</h2><div class='card'><table class='tbl'><tr><th>วันที่</th><th>เรื่อง</th><th>เอกสาร</th></tr>" +
         "".join(f"<tr><td>{d}</td><td>{t}</td><td><a href='/procurement/doc/ann-{n}.pdf'>📄 PDF</a></td></tr>" for n, d, t in ann) + "</table></div>",
         [("จัดซื้อจัดจ้าง", "/procurement/"), ("ประกาศ", None)])

    # ---------------- HR (O25-O28)
    page("hr/index.html", "บริหารงานบุคคล", """<h2>การบริหารและพัฒนาทรัพยากรบุคคล</h2><div class="card"><ul class="doc-list">
<li><a href="/files/hr/hr-policy-2563.pdf">นโยบายการบริหารทรัพยากรบุคคล สำนักงานเขตบางบอน</a></li>
<li><a href="/hr/actions.html">การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล ประจำปี ๒๕๖๔</a></li>
<li><a href="/files/hr/hr-criteria-bma.pdf">หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล (สรรหา บรรจุ แต่งตั้ง พัฒนา ประเมินผล)</a></li>
<li>รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี ๒๕๖๓ <span class="badge badge-warn">อยู่ระหว่างจัดทำ</span></li></ul></div>""",
         [("ข้อมูลสาธารณะ", "/ita/"), ("บริหารงานบุคคล", None)])
    hr_rows = [("การสรรหาและบรรจุลูกจ้างชั่วคราวทดแทนอัตราว่าง", "ฝ่ายปกครอง", "บรรจุแล้ว ๗ อัตรา จากเป้าหมาย ๑๒ อัตรา", "ร้อยละ ๕๘"),
               ("อบรมการให้บริการด้วยใจ (Service Mind) แก่เจ้าหน้าที่หน้าเคาน์เตอร์", "ฝ่ายปกครอง/ฝ่ายทะเบียน", "จัดแล้ว ๑๒ ก.พ. ๒๕๖๔ ผู้เข้าอบรม ๔๘ คน", "ร้อยละ ๑๐๐"),
               ("ส่งบุคลากรเข้ารับการอบรมหลักสูตรของสถาบันพัฒนาข้าราชการกรุงเทพมหานคร", "ทุกฝ่าย", "ส่งแล้ว ๑๙ คน", "ร้อยละ ๖๓"),
               ("ประเมินผลการปฏิบัติราชการรอบที่ ๑ (ต.ค. ๖๓ – มี.ค. ๖๔)", "ทุกฝ่าย", "อยู่ระหว่างรวบรวมผล กำหนดแล้วเสร็จ ๓๐ เม.ย. ๒๕๖๔", "ร้อยละ ๘๐"),
               ("ยกย่องข้าราชการและลูกจ้างดีเด่นประจำไตรมาส", "ฝ่ายปกครอง", "มอบเกียรติบัตรไตรมาส ๑ และ ๒ รวม ๖ คน", "ร้อยละ ๑๐๐")]
    page("hr/actions.html", "การดำเนินการตามนโยบาย HR ๒๕๖๔", "<h2>การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๔</h2><p class='muted'>ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๔</p><table class='tbl'><tr><th>กิจกรรม</th><th>ผู้รับผิดชอบ</th><th>ผลการดำเนินงาน</th><th>ความก้าวหน้า</th></tr>" +
         "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in hr_rows) + "</table>",
         [("บริหารงานบุคคล", "/hr/"), ("การดำเนินการตามนโยบาย", None)])

    # ---------------- manuals (O13: 8 of 10)
    mrows = "".join(f"<tr><td>{n}</td><td>คู่มือการปฏิบัติงาน{n}</td><td><a href='/files/manuals/{slug}.pdf'>เปิดเอกสาร</a></td></tr>"
                    for (n, _, _), slug in zip(DIVISIONS, MANUAL_SLUGS) if slug)
    page("manuals/index.html", "คู่มือการปฏิบัติงาน", f"<h2>คู่มือหรือมาตรฐานการปฏิบัติงาน</h2><div class='card'><table class='tbl'><tr><th>หน่วยงาน</th><th>เอกสาร</th><th></th></tr>{mrows}</table></div>",
         [("ข้อมูลสาธารณะ", "/ita/"), ("คู่มือการปฏิบัติงาน", None)])

    # ---------------- integrity (O29, O31, O34, O36-O43)
    page("integrity/index.html", "คุณธรรมและความโปร่งใส", """<h2>คุณธรรมและความโปร่งใส / การป้องกันการทุจริต</h2>
<div class="card"><h4>เจตจำนงสุจริต</h4><ul class="doc-list">
<li><a href="/files/integrity/integrity-declaration-2564-th.pdf">ประกาศเจตจำนงสุจริตในการบริหารงาน ผู้อำนวยการเขตบางบอน ปี ๒๕๖๔ (ภาษาไทย)</a></li>
<li>Declaration of Integrity (English version) <span class="badge badge-warn">coming soon</span></li>
<li><a href="/news/n6312-anticorruption-day.html">การมีส่วนร่วมของผู้บริหาร: ผู้อำนวยการเขตนำบุคลากรร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล</a></li></ul></div>
<div class="card"><h4>การจัดการเรื่องร้องเรียนการทุจริต</h4><ul class="doc-list">
<li><a href="/files/integrity/complaint-manual-2564.pdf">คู่มือแนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a></li>
<li><a href="/complaint/corruption.html">ช่องทางแจ้งเรื่องร้องเรียนการทุจริต</a></li>
<li><a href="/integrity/complaint-stats.html">ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ ๒๕๖๔</a></li></ul></div>
<div class="card"><h4>ความเสี่ยงการทุจริตและแผนป้องกัน</h4><ul class="doc-list">
<li><a href="/files/integrity/risk-assessment-2564.pdf">การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๔</a></li>
<li><a href="/news/n6401-nogift.html">การเสริมสร้างวัฒนธรรมองค์กร: กิจกรรม No Gift Policy</a></li>
<li><a href="/files/integrity/anticorruption-plan-2561-2565.pdf">แผนปฏิบัติการป้องกันการทุจริต</a></li>
<li><a href="/ita/o40">รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ ๖ เดือน</a></li>
<li><a href="/files/integrity/anticorruption-report-2563.pdf">รายงานผลการดำเนินการป้องกันการทุจริตประจำปี ๒๕๖๓</a></li></ul></div>
<div class="card"><h4>มาตรการภายในเพื่อส่งเสริมคุณธรรมและความโปร่งใส</h4><ul class="doc-list">
<li><a href="/files/integrity/ita-measures-2563.pdf">มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</a></li>
<li><a href="/files/integrity/ita-measures-progress-2564.pdf">รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี ๒๕๖๔</a></li></ul></div>""",
         [("ข้อมูลสาธารณะ", "/ita/"), ("คุณธรรมและความโปร่งใส", None)])
    mon = ["ต.ค. ๖๓", "พ.ย. ๖๓", "ธ.ค. ๖๓", "ม.ค. ๖๔", "ก.พ. ๖๔", "มี.ค. ๖๔"]
    page("integrity/complaint-stats.html", "สถิติเรื่องร้องเรียนการทุจริต", "<h2>ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ปีงบประมาณ พ.ศ. ๒๕๖๔</h2><p class='muted'>ข้อมูล ณ ๓๑ มีนาคม ๒๕๖๔</p><table class='tbl'><tr><th>เดือน</th><th>จำนวนเรื่องที่รับ</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th><th>ประเภทเรื่อง</th></tr>" +
         "".join(f"<tr><td>{m}</td><td>๐</td><td>๐</td><td>๐</td><td>-</td></tr>" for m in mon) +
         "<tr><th>รวม</th><th>๐</th><th>๐</th><th>๐</th><th></th></tr></table><p>หมายเหตุ: ในรอบ ๖ เดือนแรกของปีงบประมาณ ไม่มีเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่</p>",
         [("คุณธรรมและความโปร่งใส", "/integrity/"), ("สถิติเรื่องร้องเรียน", None)])

    # ---------------- ITA index
    ita = [
        ("O๑", "โครงสร้างหน่วยงาน", "/about/structure.html"), ("O๒", "ข้อมูลผู้บริหาร", "/about/executives.html"),
        ("O๓", "อำนาจหน้าที่", "/about/vision.html"), ("O๔", "แผนยุทธศาสตร์และแผนพัฒนาสำนักงานเขต", "/plans/"),
        ("O๕", "ข้อมูลการติดต่อ", "/about/contact.html"), ("O๖", "กฎหมายที่เกี่ยวข้อง", "/laws/"),
        ("O๗", "ข่าวประชาสัมพันธ์", "/news/"), ("O๘", "Q&A", "/qa/"), ("O๙", "Social Network", "/#follow"),
        ("O๑๐", "แผนปฏิบัติราชการประจำปี", "/plans/"), ("O๑๑", "รายงานการกำกับติดตามการดำเนินงาน", "/plans/"),
        ("O๑๒", "รายงานผลการดำเนินงานประจำปี", "/plans/"), ("O๑๓", "คู่มือหรือมาตรฐานการปฏิบัติงาน", "/manuals/"),
        ("O๑๔", "คู่มือหรือมาตรฐานการให้บริการ", "/services/"), ("O๑๕", "ข้อมูลเชิงสถิติการให้บริการ", "/stats/"),
        ("O๑๖", "รายงานผลการสำรวจความพึงพอใจการให้บริการ", "/survey/"), ("O๑๗", "E-Service", "/eservice/"),
        ("0๑๘", "แผนการใช้จ่ายงบประมาณประจำปี", "/budget/"), ("0๑๙", "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ", "/budget/"),
        ("0๒๐", "รายงานผลการใช้จ่ายงบประมาณประจำปี", "/budget/"), ("0๒๑", "แผนการจัดซื้อจัดจ้าง", "/procurement/"),
        ("0๒๒", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง", "/procurement/announce.html"),
        ("0๒๓", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", "/procurement/"), ("0๒๔", "รายงานผลการจัดซื้อจัดจ้างประจำปี", "/procurement/"),
        ("O๒๕", "นโยบายการบริหารทรัพยากรบุคคล", "/hr/"), ("O๒๖", "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล", "/hr/actions.html"),
        ("O๒๗", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "/hr/"), ("O๒๘", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", "/hr/"),
        ("O๒๙", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", "/integrity/"), ("O๓๐", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", "/complaint/corruption.html"),
        ("O๓๑", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี", "/integrity/complaint-stats.html"),
        ("O๓๒", "ช่องทางการรับฟังความคิดเห็น", "/webboard/"), ("O๓๓", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", "/participation/"),
        ("O๓๔", "เจตจำนงสุจริตของผู้บริหาร", "/integrity/"), ("O๓๕", "การมีส่วนร่วมของผู้บริหาร", "/news/n6312-anticorruption-day.html"),
        ("O๓๖", "การประเมินความเสี่ยงการทุจริตประจำปี", "/files/integrity/risk-assessment-2564.pdf"),
        ("O๓๗", "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต", "/files/integrity/risk-assessment-2564.pdf"),
        ("O๓๘", "การเสริมสร้างวัฒนธรรมองค์กร", "/news/n6401-nogift.html"), ("O๓๙", "แผนปฏิบัติการป้องกันการทุจริตประจำปี", "/integrity/"),
        ("O๔๐", "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต", "/ita/o40"),
        ("O๔๑", "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี", "/integrity/"),
        ("O๔๒", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "/integrity/"),
        ("O๔๓", "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "/integrity/")]
    page("ita/index.html", "การเปิดเผยข้อมูลสาธารณะ (OIT)", "<h2>การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี ๒๕๖๔</h2><p>แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ของสำนักงานเขตบางบอน</p><table class='tbl'><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>" +
         "".join(f"<tr><td>{c}</td><td>{t}</td><td><a href='{u}'>คลิก</a></td></tr>" if c not in ("O๒๘",) else f"<tr><td>{c}</td><td>{t}</td><td><span class='badge badge-warn'>อยู่ระหว่างจัดทำ</span></td></tr>"
                 for c, t, u in ita) + "</table><p class='muted'>ผู้รับผิดชอบ: ฝ่ายปกครอง สำนักงานเขตบางบอน · ตรวจสอบข้อมูลล่าสุด ๑๖ เม.ย. ๒๕๖๔</p>",
         [("ITA", None)])


MANUAL_SLUGS = ["admin", "registration", "finance", "revenue", "cleansing", None, "works", "environment", "community", None]

# ------------------------------------------------------------------ documents
HEAD = f"{NAME} กรุงเทพมหานคร"

def build_docs():
    F = SITE / "files"
    # O4 stale development plan 2560-2563
    make_pdf(F / "plans/dev-plan-2560-2563.pdf", hdr([f"แผนพัฒนา{NAME}", "ระยะ ๔ ปี (พ.ศ. ๒๕๖๐ – ๒๕๖๓)"]) + [
        ("h", "๑. สภาพทั่วไปของพื้นที่"),
        ("p", "เขตบางบอนเป็นพื้นที่ชานเมืองฝั่งธนบุรี มีการขยายตัวของหมู่บ้านจัดสรรและโรงงานขนาดเล็ก ปัญหาสำคัญ ได้แก่ น้ำท่วมขังในฤดูฝน ขยะมูลฝอย และการจราจรบนถนนเอกชัย"),
        ("h", "๒. ยุทธศาสตร์การพัฒนา"),
        ("table", [["ยุทธศาสตร์", "เป้าประสงค์", "ตัวชี้วัด"],
                   ["มหานครปลอดภัย", "ลดจุดน้ำท่วมขัง", "จุดเสี่ยงลดลงร้อยละ ๒๐ ภายในปี ๒๕๖๓"],
                   ["มหานครสีเขียว สะดวกสบาย", "เพิ่มพื้นที่สีเขียว", "พื้นที่สีเขียวเพิ่ม ๕ ไร่"],
                   ["มหานครสำหรับทุกคน", "ชุมชนเข้มแข็ง", "ชุมชนผ่านเกณฑ์ร้อยละ ๘๐"],
                   ["การบริหารจัดการมหานคร", "บริการรวดเร็ว โปร่งใส", "ความพึงพอใจไม่ต่ำกว่าร้อยละ ๘๕"]], [2, 2, 3]),
        ("p", "แผนนี้ใช้เป็นกรอบในการจัดทำแผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๐ ถึง พ.ศ. ๒๕๖๓"),
        ("sign", ["ให้ไว้ ณ วันที่ ๓๐ กันยายน ๒๕๕๙", "(นายสมศักดิ์ รุ่งเรืองกิจ)", "ผู้อำนวยการเขตบางบอน"])])

    # O10 action plan 2564 -> store (served via download.php)
    blocks = hdr(["แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๔", NAME]) + [
        ("p", "สำนักงานเขตบางบอนจัดทำแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๔ (๑ ตุลาคม ๒๕๖๓ – ๓๐ กันยายน ๒๕๖๔) ให้สอดคล้องกับแผนพัฒนากรุงเทพมหานครระยะ ๒๐ ปี และนโยบายผู้ว่าราชการกรุงเทพมหานคร"),
        ("table", [["โครงการ/กิจกรรม", "ตัวชี้วัด", "งบประมาณ (บาท)", "ระยะเวลา", "ผู้รับผิดชอบ"],
                   ["ขุดลอกคูคลองและท่อระบายน้ำ", "ความยาวคลองที่ขุดลอก ๘ กม.", "๒,๔๐๐,๐๐๐", "ต.ค. ๖๓ – พ.ค. ๖๔", "ฝ่ายโยธา"],
                   ["ปรับปรุงทางเดินริมคลองบางบอน", "ดำเนินการแล้วเสร็จ ๘๐๐ ม.", "๓,๒๐๐,๐๐๐", "เม.ย. – ก.ย. ๖๔", "ฝ่ายโยธา"],
                   ["คัดแยกขยะต้นทางในชุมชน", "ขยะลดลงร้อยละ ๕", "๑๘๐,๐๐๐", "ตลอดปี", "ฝ่ายรักษาความสะอาดฯ"],
                   ["จองคิวออนไลน์และลดเวลารอคอย", "เวลารอเฉลี่ยไม่เกิน ๒๐ นาที", "๕๐,๐๐๐", "ตลอดปี", "ฝ่ายทะเบียน"],
                   ["ป้องกันและควบคุมโรคโควิด-19 ในชุมชน", "ตรวจคัดกรองเชิงรุก ๑๐ ครั้ง", "๓๐๐,๐๐๐", "ตลอดปี", "ฝ่ายสิ่งแวดล้อมฯ"],
                   ["ส่งเสริมคุณธรรมและความโปร่งใส", "ผลประเมิน ITA ไม่ต่ำกว่า ๘๕", "๒๐,๐๐๐", "ตลอดปี", "ฝ่ายปกครอง"]], [3, 3, 2, 2, 2]),
        ("sign", ["ประกาศ ณ วันที่ ๓๐ ตุลาคม ๒๕๖๓", f"({DIRECTOR})", "ผู้อำนวยการเขตบางบอน"])]
    STORE.mkdir(parents=True, exist_ok=True)
    make_pdf(STORE / "action-plan-2564.pdf", blocks)
    (SITE / "store").mkdir(parents=True, exist_ok=True)
    shutil.copy(STORE / "action-plan-2564.pdf", SITE / "store/action-plan-2564.pdf")

    # O11 Q1-only monitoring
    make_pdf(F / "plans/monitor-q1-2564.pdf", hdr(["รายงานการกำกับติดตามการดำเนินงานตามแผนปฏิบัติราชการ", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", "ไตรมาสที่ ๑ (ตุลาคม – ธันวาคม ๒๕๖๓)"]) + [
        ("table", [["โครงการ", "เป้าหมาย", "ผลการดำเนินงาน ไตรมาส ๑", "ปัญหา/อุปสรรค"],
                   ["ขุดลอกคูคลองและท่อระบายน้ำ", "๘ กม.", "๒.๑ กม. (ร้อยละ ๒๖)", "-"],
                   ["ปรับปรุงทางเดินริมคลองบางบอน", "๘๐๐ ม.", "อยู่ระหว่างออกแบบ", "รอรับฟังความคิดเห็นประชาชน"],
                   ["คัดแยกขยะต้นทางในชุมชน", "ลดลงร้อยละ ๕", "ชุมชนเข้าร่วม ๖ ชุมชน", "-"],
                   ["จองคิวออนไลน์", "รอไม่เกิน ๒๐ นาที", "เฉลี่ย ๒๔ นาที", "ผู้ใช้บริการยังไม่คุ้นเคย"]], [3, 2, 3, 3]),
        ("sign", ["ข้อมูล ณ วันที่ ๓๑ ธันวาคม ๒๕๖๓", "ฝ่ายปกครอง สำนักงานเขตบางบอน"])])

    # O12 annual report 2563 as DOCX
    import docx
    d = docx.Document()
    d.add_heading("รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๓", 0)
    d.add_paragraph(f"{NAME} กรุงเทพมหานคร (๑ ตุลาคม ๒๕๖๒ – ๓๐ กันยายน ๒๕๖๓)")
    d.add_heading("๑. ผลการดำเนินงานตามแผนปฏิบัติราชการ", 1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["โครงการ", "เป้าหมาย", "ผลการดำเนินงาน", "งบประมาณที่ใช้ (บาท)"]):
        c.text = h
    for r in [("ขุดลอกคูคลองและท่อระบายน้ำ", "๗ กม.", "๗.๔ กม. (ร้อยละ ๑๐๖)", "๒,๑๑๐,๐๐๐"),
              ("ปลูกต้นไม้เพิ่มพื้นที่สีเขียว", "๕ ไร่", "๔.๒ ไร่ (ร้อยละ ๘๔)", "๓๔๐,๐๐๐"),
              ("ควบคุมการแพร่ระบาดโรคโควิด-19", "ทุกชุมชน", "ครบ ๔๒ ชุมชน", "๖๒๐,๐๐๐"),
              ("ลดระยะเวลารอรับบริการ", "ไม่เกิน ๓๐ นาที", "เฉลี่ย ๒๖ นาที", "๔๐,๐๐๐")]:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    d.add_heading("๒. ปัญหา อุปสรรค และข้อเสนอแนะ", 1)
    d.add_paragraph("สถานการณ์การแพร่ระบาดของโรคโควิด-19 ทำให้ต้องเลื่อนกิจกรรมที่มีการรวมกลุ่มหลายโครงการ ข้อเสนอแนะคือเพิ่มการให้บริการออนไลน์และการประชุมผ่านระบบอิเล็กทรอนิกส์")
    d.add_paragraph(f"จัดทำโดย ฝ่ายปกครอง {NAME} · ตุลาคม ๒๕๖๓")
    (F / "plans").mkdir(parents=True, exist_ok=True)
    d.save(F / "plans/annual-report-2563.docx")

    # O13 manuals (8 of 10)
    steps = {"admin": ["รับหนังสือเข้าและลงทะเบียนในระบบสารบรรณ", "เสนอผู้บังคับบัญชาพิจารณาสั่งการ", "ส่งเรื่องให้ฝ่ายที่เกี่ยวข้องภายใน ๑ วันทำการ"],
             "registration": ["ตรวจสอบหลักฐานผู้ยื่นคำร้อง", "บันทึกข้อมูลในระบบทะเบียนราษฎร", "นายทะเบียนตรวจสอบและลงนาม"],
             "finance": ["ตรวจสอบเอกสารขอเบิก", "วางฎีกาเบิกจ่ายในระบบ", "จ่ายเงินและจัดเก็บหลักฐาน"],
             "revenue": ["สำรวจและจัดทำบัญชีผู้เสียภาษี", "แจ้งประเมินภาษี", "รับชำระและออกใบเสร็จ"],
             "cleansing": ["วางแผนเส้นทางเก็บขน", "เก็บขนมูลฝอยตามตาราง", "รายงานปริมาณมูลฝอยประจำวัน"],
             "works": ["รับคำขออนุญาตก่อสร้าง", "ตรวจสอบแบบแปลนและพื้นที่", "เสนอผู้อำนวยการเขตออกใบอนุญาต"],
             "environment": ["รับคำขอใบอนุญาตประกอบกิจการ", "ตรวจสุขลักษณะสถานประกอบการ", "ออกใบอนุญาตหรือแจ้งให้ปรับปรุง"],
             "community": ["สำรวจข้อมูลชุมชน", "รับลงทะเบียนผู้สูงอายุและผู้พิการ", "จัดกิจกรรมพัฒนาชุมชน"]}
    for (n, head, _), slug in zip(DIVISIONS, MANUAL_SLUGS):
        if not slug:
            continue
        make_pdf(F / f"manuals/{slug}.pdf", hdr([f"คู่มือการปฏิบัติงาน{n}", NAME], "ปรับปรุงครั้งล่าสุด พฤศจิกายน ๒๕๖๓") + [
            ("h", "วัตถุประสงค์"), ("p", f"เพื่อให้เจ้าหน้าที่{n}ปฏิบัติงานเป็นมาตรฐานเดียวกัน ถูกต้องตามระเบียบ และให้บริการประชาชนได้รวดเร็ว"),
            ("h", "ขั้นตอนการปฏิบัติงาน"),
            ("table", [["ที่", "ขั้นตอน", "ผู้รับผิดชอบ"]] + [[td(i + 1), s, n] for i, s in enumerate(steps[slug])], [1, 6, 3]),
            ("sign", [f"({head})", f"หัวหน้า{n}"])])

    # O15 xlsx
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "สถิติ 2564"
    ws.append(["สถิติการให้บริการประชาชน สำนักงานเขตบางบอน ปีงบประมาณ พ.ศ. 2564"])
    ws.append(["ฝ่าย/งานบริการ", "ต.ค. 63", "พ.ย. 63", "ธ.ค. 63", "ม.ค. 64", "ก.พ. 64", "มี.ค. 64", "รวม"])
    data = [("ฝ่ายทะเบียน - บัตรประจำตัวประชาชน", [812, 776, 701, 845, 790, 902]),
            ("ฝ่ายทะเบียน - ทะเบียนบ้าน/แจ้งย้าย", [431, 402, 388, 460, 415, 477]),
            ("ฝ่ายรายได้ - ชำระภาษี", [122, 98, 87, 140, 166, 390]),
            ("ฝ่ายโยธา - ขออนุญาตก่อสร้าง", [14, 11, 9, 16, 12, 18]),
            ("ฝ่ายสิ่งแวดล้อมฯ - ใบอนุญาตประกอบกิจการ", [36, 29, 22, 41, 38, 44]),
            ("ฝ่ายพัฒนาชุมชนฯ - เบี้ยยังชีพผู้สูงอายุ/ผู้พิการ", [64, 58, 47, 71, 60, 69])]
    for name_, vals in data:
        ws.append([name_] + vals + [sum(vals)])
    ws.column_dimensions["A"].width = 46
    (F / "stats").mkdir(parents=True, exist_ok=True)
    wb.save(F / "stats/service-stats-2564.xlsx")

    # O18 spending plan 2564
    make_pdf(F / "budget/spending-plan-2564.pdf", hdr(["แผนการใช้จ่ายงบประมาณรายจ่ายประจำปี พ.ศ. ๒๕๖๔", NAME]) + [
        ("table", [["แผนงาน", "งบประมาณทั้งปี", "ไตรมาส ๑", "ไตรมาส ๒", "ไตรมาส ๓", "ไตรมาส ๔"],
                   ["บริหารทั่วไปและบริการทะเบียน", "๔๒,๕๐๐,๐๐๐", "๑๐,๖๐๐,๐๐๐", "๑๐,๖๐๐,๐๐๐", "๑๐,๖๐๐,๐๐๐", "๑๐,๗๐๐,๐๐๐"],
                   ["รักษาความสะอาด", "๓๘,๒๐๐,๐๐๐", "๙,๕๐๐,๐๐๐", "๙,๕๐๐,๐๐๐", "๙,๕๐๐,๐๐๐", "๙,๗๐๐,๐๐๐"],
                   ["โยธาและระบายน้ำ", "๑๖,๘๐๐,๐๐๐", "๒,๔๐๐,๐๐๐", "๔,๘๐๐,๐๐๐", "๕,๖๐๐,๐๐๐", "๔,๐๐๐,๐๐๐"],
                   ["พัฒนาชุมชนและสวัสดิการสังคม", "๙,๑๐๐,๐๐๐", "๒,๒๐๐,๐๐๐", "๒,๓๐๐,๐๐๐", "๒,๓๐๐,๐๐๐", "๒,๓๐๐,๐๐๐"],
                   ["รวม", "๑๐๖,๖๐๐,๐๐๐", "๒๔,๗๐๐,๐๐๐", "๒๗,๒๐๐,๐๐๐", "๒๘,๐๐๐,๐๐๐", "๒๖,๗๐๐,๐๐๐"]], [3, 2, 2, 2, 2, 2]),
        ("sign", ["ฝ่ายการคลัง สำนักงานเขตบางบอน", "ณ วันที่ ๒ พฤศจิกายน ๒๕๖๓"])], landscape=True)
    # O19 6-month
    make_pdf(F / "budget/spending-6m-2564.pdf", hdr(["รายงานการกำกับติดตามการใช้จ่ายงบประมาณ", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ รอบ ๖ เดือน", "(ตุลาคม ๒๕๖๓ – มีนาคม ๒๕๖๔)"]) + [
        ("table", [["แผนงาน", "แผน ๖ เดือน", "เบิกจ่ายจริง", "ร้อยละ"],
                   ["บริหารทั่วไปและบริการทะเบียน", "๒๑,๒๐๐,๐๐๐", "๒๐,๔๑๐,๐๐๐", "๙๖.๒๗"],
                   ["รักษาความสะอาด", "๑๙,๐๐๐,๐๐๐", "๑๘,๒๒๐,๐๐๐", "๙๕.๘๙"],
                   ["โยธาและระบายน้ำ", "๗,๒๐๐,๐๐๐", "๕,๓๖๐,๐๐๐", "๗๔.๔๔"],
                   ["พัฒนาชุมชนและสวัสดิการสังคม", "๔,๕๐๐,๐๐๐", "๔,๐๘๐,๐๐๐", "๙๐.๖๗"]], [4, 2, 2, 1]),
        ("p", "ปัญหาอุปสรรค: งานจ้างซ่อมผิวจราจรซอยเอกชัย ๑๓๑ ลงนามสัญญาช้ากว่าแผน ทำให้การเบิกจ่ายแผนงานโยธาต่ำกว่าเป้าหมาย"),
        ("sign", ["ฝ่ายการคลัง", "รายงาน ณ วันที่ ๙ เมษายน ๒๕๖๔"])])
    # O20 stale FY2562 annual
    make_pdf(F / "budget/spending-annual-2562.pdf", hdr(["รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๒", NAME]) + [
        ("table", [["แผนงาน", "งบประมาณที่ได้รับ", "เบิกจ่าย", "ร้อยละ"],
                   ["บริหารทั่วไปและบริการทะเบียน", "๓๙,๘๐๐,๐๐๐", "๓๘,๙๑๐,๐๐๐", "๙๗.๗๖"],
                   ["รักษาความสะอาด", "๓๖,๑๐๐,๐๐๐", "๓๕,๗๗๐,๐๐๐", "๙๙.๐๙"],
                   ["โยธาและระบายน้ำ", "๑๔,๒๐๐,๐๐๐", "๑๓,๐๕๐,๐๐๐", "๙๑.๙๐"]], [4, 2, 2, 1]),
        ("sign", ["ฝ่ายการคลัง", "ณ วันที่ ๑๕ ตุลาคม ๒๕๖๒"])])

    # O23 monthly summaries (January file wrongly contains December)
    cols = ["ที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง", "ราคากลาง", "วิธีซื้อหรือจ้าง",
            "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลง", "เหตุผลที่คัดเลือกโดยสรุป", "เลขที่และวันที่ของสัญญาหรือข้อตกลง"]
    monthly = {
        "ตุลาคม ๒๕๖๓": [["๑", "ซื้อวัสดุสำนักงาน", "๒๔,๕๐๐", "๒๔,๕๐๐", "เฉพาะเจาะจง", "หจก.บางบอนเครื่องเขียน ๒๔,๓๐๐", "หจก.บางบอนเครื่องเขียน ๒๔,๓๐๐", "ราคาต่ำสุด", "ใบสั่งซื้อ ๑/๒๕๖๔ ลว. ๑๙ ต.ค. ๖๓"]],
        "พฤศจิกายน ๒๕๖๓": [["๑", "ซื้อวัสดุงานบ้านงานครัว", "๑๖๐,๐๐๐", "๑๖๐,๐๐๐", "เฉพาะเจาะจง", "บจก.สะอาดดี ๑๕๘,๖๐๐", "บจก.สะอาดดี ๑๕๘,๖๐๐", "คุณสมบัติครบ ราคาเหมาะสม", "ใบสั่งซื้อ ๗/๒๕๖๔ ลว. ๑๐ พ.ย. ๖๓"],
                            ["๒", "จ้างซ่อมรถบรรทุกขยะ", "๓๘,๐๐๐", "๓๘,๐๐๐", "เฉพาะเจาะจง", "อู่ช่างเอก ๓๗,๕๐๐", "อู่ช่างเอก ๓๗,๕๐๐", "ราคาต่ำสุด", "ใบสั่งจ้าง ๙/๒๕๖๔ ลว. ๒๓ พ.ย. ๖๓"]],
        "ธันวาคม ๒๕๖๓": [["๑", "จ้างถ่ายเอกสาร", "๑๒,๐๐๐", "๑๒,๐๐๐", "เฉพาะเจาะจง", "ร้านก๊อปปี้พลัส ๑๒,๐๐๐", "ร้านก๊อปปี้พลัส ๑๒,๐๐๐", "ราคาเหมาะสม", "ใบสั่งจ้าง ๑๔/๒๕๖๔ ลว. ๔ ธ.ค. ๖๓"],
                          ["๒", "ซื้อน้ำมันเชื้อเพลิง", "๙๕,๐๐๐", "๙๕,๐๐๐", "เฉพาะเจาะจง", "หจก.เอกชัยปิโตรเลียม ๙๔,๘๒๐", "หจก.เอกชัยปิโตรเลียม ๙๔,๘๒๐", "ราคาตามประกาศ", "ใบสั่งซื้อ ๑๖/๒๕๖๔ ลว. ๑๕ ธ.ค. ๖๓"]],
        "กุมภาพันธ์ ๒๕๖๔": [["๑", "จ้างขุดลอกคลองบางบอน", "๔๙๐,๐๐๐", "๔๘๘,๕๐๐", "เฉพาะเจาะจง", "หจก.คลองใส ๔๘๕,๐๐๐", "หจก.คลองใส ๔๘๕,๐๐๐", "คุณสมบัติครบ ราคาไม่เกินราคากลาง", "สัญญา ๓/๒๕๖๔ ลว. ๒๖ ก.พ. ๖๔"]],
        "มีนาคม ๒๕๖๔": [["๑", "ซื้อวัสดุงานบ้านงานครัว", "๑๖๐,๐๐๐", "๑๖๐,๐๐๐", "เฉพาะเจาะจง", "บจก.สะอาดดี ๑๕๙,๒๐๐", "บจก.สะอาดดี ๑๕๙,๒๐๐", "ราคาต่ำสุด", "ใบสั่งซื้อ ๔๑/๒๕๖๔ ลว. ๑๗ มี.ค. ๖๔"],
                         ["๒", "จ้างซ่อมแซมผิวจราจรซอยเอกชัย ๑๓๑", "๑,๘๕๐,๐๐๐", "๑,๘๓๒,๐๐๐", "e-bidding", "บจก.ทางดี ๑,๗๒๐,๐๐๐ / หจก.ธนโยธา ๑,๗๘๕,๐๐๐", "บจก.ทางดี ๑,๗๒๐,๐๐๐", "ราคาต่ำสุด คุณสมบัติครบ", "สัญญา ๕/๒๕๖๔ ลว. ๓๑ มี.ค. ๖๔"]],
    }
    def sorkor(path, month):
        make_pdf(path, hdr([f"สรุปผลการดำเนินการจัดซื้อจัดจ้าง ในรอบเดือน{month}", NAME], "แบบ สขร.๑") +
                 [("table", [cols] + monthly[month], [1, 4, 2, 2, 2, 4, 4, 3, 4])] +
                 [("sign", ["ฝ่ายการคลัง สำนักงานเขตบางบอน"])], landscape=True)
    for month, fn in [("ตุลาคม ๒๕๖๓", "sorkor1-2563-10.pdf"), ("พฤศจิกายน ๒๕๖๓", "sorkor1-2563-11.pdf"), ("ธันวาคม ๒๕๖๓", "sorkor1-2563-12.pdf"),
                      ("ธันวาคม ๒๕๖๓", "sorkor1-2564-01.pdf"),  # wrong upload: January link carries December
                      ("กุมภาพันธ์ ๒๕๖๔", "sorkor1-2564-02.pdf"), ("มีนาคม ๒๕๖๔", "sorkor1-2564-03.pdf")]:
        sorkor(F / f"procurement/{fn}", month)

    # O24 annual procurement report FY2563 (sara am split in text layer)
    make_pdf(F / "procurement/annual-report-2563.pdf", hdr(["รายงานผลการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. ๒๕๖๓", NAME]) + [
        ("p", "สำนักงานเขตบางบอนได้สรุปผลการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. ๒๕๖๓ (๑ ตุลาคม ๒๕๖๒ – ๓๐ กันยายน ๒๕๖๓) เพื่อนำไปวิเคราะห์และปรับปรุงการดำเนินงานในปีถัดไป"),
        ("table", [["วิธีการจัดซื้อจัดจ้าง", "จำนวนโครงการ", "วงเงินรวม (บาท)", "ร้อยละของวงเงิน"],
                   ["ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "๕", "๘,๔๒๐,๐๐๐", "๖๒.๑๐"],
                   ["เฉพาะเจาะจง", "๑๑๘", "๔,๖๑๐,๐๐๐", "๓๔.๐๐"],
                   ["คัดเลือก", "๒", "๕๒๘,๐๐๐", "๓.๙๐"],
                   ["รวม", "๑๒๕", "๑๓,๕๕๘,๐๐๐", "๑๐๐.๐๐"]], [4, 2, 2, 2]),
        ("h", "ปัญหา อุปสรรค และแนวทางแก้ไข"),
        ("p", "ผู้ค้าบางรายยื่นเอกสารไม่ครบถ้วน ทำให้ต้องประกาศซ้ำ แนวทางแก้ไขคือจัดทำรายการเอกสารที่ต้องใช้แนบท้ายประกาศทุกครั้ง และวางแผนจัดซื้อล่วงหน้าให้สอดคล้องกับแผนการใช้จ่ายงบประมาณ"),
        ("sign", ["ประกาศ ณ วันที่ ๒๕ มกราคม ๒๕๖๔", f"({DIRECTOR})", "ผู้อำนวยการเขตบางบอน"])], sara_am_split=True)

    # O25 stale HR policy (former director)
    make_pdf(F / "hr/hr-policy-2563.pdf", hdr([f"ประกาศ{NAME}", "เรื่อง นโยบายการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๓"]) + [
        ("p", "เพื่อให้การบริหารทรัพยากรบุคคลของสำนักงานเขตบางบอนเป็นไปอย่างมีประสิทธิภาพ เป็นธรรม และโปร่งใส จึงกำหนดนโยบายไว้ดังนี้"),
        ("p", "๑. ด้านการสรรหา ยึดหลักคุณธรรม เปิดเผย และเท่าเทียม ๒. ด้านการพัฒนา ส่งเสริมให้บุคลากรทุกคนได้รับการพัฒนาอย่างน้อยปีละ ๑ หลักสูตร ๓. ด้านการประเมินผล ประเมินตามผลงานที่วัดได้จริง ๔. ด้านคุณภาพชีวิต ดูแลสวัสดิการและความปลอดภัยในการทำงาน ๕. ด้านจริยธรรม ส่งเสริมให้ประพฤติตนตามประมวลจริยธรรม"),
        ("sign", ["ประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๒", f"({OLD_DIRECTOR})", "ผู้อำนวยการเขตบางบอน"])])
    # O27 HR criteria
    make_pdf(F / "hr/hr-criteria-bma.pdf", hdr(["หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "ข้าราชการและลูกจ้างกรุงเทพมหานคร สังกัดสำนักงานเขตบางบอน"]) + [
        ("table", [["ด้าน", "หลักเกณฑ์โดยสรุป", "อ้างอิง"],
                   ["การสรรหาและเลือกสรร", "สอบแข่งขัน/คัดเลือกตามประกาศ ก.ก. ลูกจ้างชั่วคราวคัดเลือกโดยคณะกรรมการ ๓ คน", "ประกาศ ก.ก."],
                   ["การบรรจุและแต่งตั้ง โยกย้าย", "พิจารณาตามคุณสมบัติเฉพาะตำแหน่ง ความรู้ความสามารถ และความต้องการของหน่วยงาน", "กฎ ก.ก."],
                   ["การพัฒนาบุคลากร", "อบรมตามแผนพัฒนารายบุคคล (IDP) อย่างน้อยปีละ ๑ ครั้ง", "สถาบันพัฒนาข้าราชการกรุงเทพมหานคร"],
                   ["การประเมินผลการปฏิบัติราชการ", "ปีละ ๒ รอบ (๑ ต.ค. – ๓๑ มี.ค. / ๑ เม.ย. – ๓๐ ก.ย.) ผลสัมฤทธิ์ของงานร้อยละ ๗๐ พฤติกรรมร้อยละ ๓๐", "หลักเกณฑ์ ก.ก."],
                   ["การให้คุณให้โทษ", "เลื่อนเงินเดือนตามผลประเมิน ยกย่องเชิดชูผู้ประพฤติดี ดำเนินการทางวินัยตามระเบียบ", "ระเบียบ กทม."]], [2, 5, 2]),
        ("sign", ["ฝ่ายปกครอง สำนักงานเขตบางบอน", "ปรับปรุงข้อมูล ๕ ตุลาคม ๒๕๖๓"])])

    # integrity docs
    make_pdf(F / "integrity/complaint-manual-2564.pdf", hdr(["คู่มือแนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", NAME], "ฉบับปรับปรุง ตุลาคม ๒๕๖๓") + [
        ("h", "๑. ขอบเขต"), ("p", "ใช้กับเรื่องร้องเรียนที่กล่าวหาว่าข้าราชการ ลูกจ้าง หรือผู้ปฏิบัติงานในสังกัดสำนักงานเขตบางบอน กระทำการทุจริตหรือประพฤติมิชอบ"),
        ("h", "๒. ขั้นตอนการดำเนินการ"),
        ("table", [["ขั้นตอน", "การดำเนินการ", "ระยะเวลา"],
                   ["รับเรื่อง", "ลงทะเบียนรับเรื่องจากทุกช่องทาง แยกเรื่องทุจริตออกจากเรื่องร้องทุกข์ทั่วไป", "๑ วันทำการ"],
                   ["ตรวจสอบเบื้องต้น", "หัวหน้าฝ่ายปกครองพิจารณาข้อเท็จจริงและความเพียงพอของหลักฐาน", "๗ วันทำการ"],
                   ["เสนอผู้อำนวยการเขต", "เสนอแต่งตั้งคณะกรรมการสืบสวนข้อเท็จจริง", "๓ วันทำการ"],
                   ["แจ้งผล", "แจ้งความคืบหน้าแก่ผู้ร้องเรียนภายใน ๑๕ วัน และแจ้งผลเมื่อแล้วเสร็จ", "-"]], [2, 6, 2]),
        ("h", "๓. การคุ้มครองผู้ร้องเรียน"), ("p", "เก็บรักษาข้อมูลผู้ร้องเป็นความลับ ไม่เปิดเผยต่อผู้ถูกร้อง และดำเนินการตามกฎหมายว่าด้วยการคุ้มครองพยาน"),
        ("sign", [f"({DIRECTOR})", "ผู้อำนวยการเขตบางบอน"])])
    make_pdf(F / "integrity/integrity-declaration-2564-th.pdf", hdr([f"ประกาศ{NAME}", "เรื่อง เจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๔"]) + [
        ("p", f"ข้าพเจ้า {DIRECTOR} ผู้อำนวยการเขตบางบอน ขอประกาศเจตจำนงว่าจะบริหารงานด้วยความซื่อสัตย์สุจริต โปร่งใส ตรวจสอบได้ ไม่แสวงหาประโยชน์โดยมิชอบ และจะนำพาข้าราชการและลูกจ้างทุกคนปฏิบัติหน้าที่โดยยึดประโยชน์ของประชาชนเป็นหลัก"),
        ("p", "ทั้งนี้ จะเปิดเผยข้อมูลการดำเนินงานต่อสาธารณะ ส่งเสริมการมีส่วนร่วมของประชาชน ไม่รับของขวัญหรือประโยชน์ใด ๆ จากการปฏิบัติหน้าที่ และจัดการเรื่องร้องเรียนการทุจริตอย่างเป็นธรรม"),
        ("sign", ["ประกาศ ณ วันที่ ๕ ตุลาคม พ.ศ. ๒๕๖๓", f"({DIRECTOR})", "ผู้อำนวยการเขตบางบอน"])])
    make_pdf(F / "integrity/risk-assessment-2564.pdf", hdr(["การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", NAME]) + [
        ("table", [["กระบวนงาน", "เหตุการณ์ความเสี่ยง", "โอกาส", "ผลกระทบ", "ระดับ", "มาตรการควบคุมที่กำหนด"],
                   ["การอนุญาตก่อสร้าง", "เรียกรับประโยชน์เพื่อเร่งรัดการพิจารณา", "๓", "๔", "สูง", "เปิดเผยลำดับคำขอและระยะเวลาบนเว็บไซต์"],
                   ["การจัดซื้อจัดจ้าง", "กำหนดคุณลักษณะเอื้อผู้ค้ารายใดรายหนึ่ง", "๒", "๕", "สูง", "ให้คณะกรรมการกำหนดคุณลักษณะอย่างน้อย ๓ คน"],
                   ["การจัดเก็บภาษี", "ประเมินภาษีต่ำกว่าความจริง", "๒", "๔", "ปานกลาง", "สุ่มตรวจการประเมินร้อยละ ๑๐"],
                   ["การใช้รถราชการ", "นำรถไปใช้ส่วนตัว", "๒", "๒", "ต่ำ", "บันทึกการใช้รถทุกครั้ง"]], [2, 3, 1, 1, 1, 3]),
        ("sign", ["ฝ่ายการคลัง สำนักงานเขตบางบอน", "๑๒ พฤศจิกายน ๒๕๖๓"])], landscape=True)
    make_pdf(F / "integrity/anticorruption-plan-2561-2565.pdf", hdr(["แผนปฏิบัติการป้องกันการทุจริต", f"{NAME} ระยะ ๔ ปี (พ.ศ. ๒๕๖๑ – ๒๕๖๕)"]) + [
        ("p", "แผนนี้กำหนดแนวทางระยะกลางเพื่อป้องกันการทุจริต สอดคล้องกับยุทธศาสตร์ชาติว่าด้วยการป้องกันและปราบปรามการทุจริต ระยะที่ ๓"),
        ("table", [["ยุทธศาสตร์", "แนวทาง", "ช่วงปี"],
                   ["สร้างสังคมที่ไม่ทนต่อการทุจริต", "ปลูกฝังค่านิยมสุจริตแก่บุคลากรและชุมชน", "๒๕๖๑–๒๕๖๕"],
                   ["ป้องกันการทุจริตเชิงระบบ", "ลดการใช้ดุลยพินิจ เพิ่มบริการออนไลน์", "๒๕๖๑–๒๕๖๕"],
                   ["เปิดเผยข้อมูลและมีส่วนร่วม", "เผยแพร่ข้อมูลตามเกณฑ์ ITA", "๒๕๖๑–๒๕๖๕"]], [3, 4, 2]),
        ("sign", ["ประกาศ ณ วันที่ ๒ ตุลาคม ๒๕๖๐", "(นายสมศักดิ์ รุ่งเรืองกิจ)", "ผู้อำนวยการเขตบางบอน"])])
    make_pdf(F / "integrity/anticorruption-report-2563.pdf", hdr(["รายงานผลการดำเนินการป้องกันการทุจริตประจำปีงบประมาณ พ.ศ. ๒๕๖๓", NAME]) + [
        ("table", [["โครงการ/กิจกรรม", "ผลการดำเนินการ", "งบประมาณที่ใช้", "ผลสัมฤทธิ์"],
                   ["อบรมประมวลจริยธรรม", "จัด ๒ รุ่น ๑๖๐ คน", "๑๒,๐๐๐", "ผ่านแบบทดสอบร้อยละ ๙๒"],
                   ["รณรงค์ไม่รับของขวัญ", "ติดป้ายทุกจุดบริการ", "๓,๕๐๐", "ไม่พบการร้องเรียน"],
                   ["เปิดเผยข้อมูลจัดซื้อจัดจ้าง", "เผยแพร่ สขร.๑ ครบ ๑๒ เดือน", "-", "ผ่านเกณฑ์ OIT"]], [3, 3, 2, 3]),
        ("p", "ปัญหาอุปสรรค: สถานการณ์โควิด-19 ทำให้ต้องปรับกิจกรรมเป็นรูปแบบออนไลน์ ข้อเสนอแนะ: เพิ่มสื่ออินโฟกราฟิกเพื่อสื่อสารกับบุคลากร"),
        ("sign", ["๓๐ ตุลาคม ๒๕๖๓", f"({DIRECTOR})", "ผู้อำนวยการเขตบางบอน"])])
    make_pdf(F / "integrity/ita-measures-2563.pdf", hdr(["มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", f"{NAME} ประจำปีงบประมาณ พ.ศ. ๒๕๖๓"]) + [
        ("h", "ผลการประเมิน ITA ประจำปี ๒๕๖๒"),
        ("p", "สำนักงานเขตบางบอนได้คะแนนรวม ๘๑.๔๒ คะแนน ระดับ B จุดอ่อนอยู่ที่ตัวชี้วัดการเปิดเผยข้อมูล และการป้องกันการทุจริต"),
        ("table", [["ประเด็นที่ต้องพัฒนา", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"],
                   ["ข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน", "มอบหมายผู้ดูแลข้อมูลแต่ละข้อและตรวจสอบทุกเดือน", "ฝ่ายปกครอง", "ต.ค. ๖๒ – ก.ย. ๖๓"],
                   ["บุคลากรไม่ทราบแผนการใช้จ่ายงบประมาณ", "ชี้แจงในที่ประชุมหัวหน้าฝ่ายรายไตรมาส", "ฝ่ายการคลัง", "ต.ค. ๖๒ – ก.ย. ๖๓"]], [3, 4, 2, 2]),
        ("sign", ["ประกาศ ณ วันที่ ๒๐ ธันวาคม ๒๕๖๒", f"({OLD_DIRECTOR})", "ผู้อำนวยการเขตบางบอน"])])
    make_pdf(F / "integrity/ita-measures-progress-2564.pdf", hdr(["รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ (ตุลาคม ๒๕๖๓ – มีนาคม ๒๕๖๔)"]) + [
        ("table", [["มาตรการ", "การดำเนินการ", "ผลการดำเนินการ", "ผู้รับผิดชอบ"],
                   ["ปรับปรุงข้อมูลสาธารณะบนเว็บไซต์ทุกเดือน", "ตรวจสอบตาม checklist รายข้อ เดือนละ ๑ ครั้ง", "ดำเนินการแล้ว ๖ ครั้ง", "ฝ่ายปกครอง"],
                   ["สื่อสารแผนการใช้จ่ายงบประมาณแก่บุคลากร", "ชี้แจงในที่ประชุมหัวหน้าฝ่าย", "ไตรมาส ๑ และ ๒", "ฝ่ายการคลัง"],
                   ["รณรงค์ No Gift Policy", "กิจกรรม ๒๐ ม.ค. ๒๕๖๔ ผู้เข้าร่วม ๑๘๕ คน", "แล้วเสร็จ", "ฝ่ายปกครอง"],
                   ["ลดเวลารอรับบริการ", "เปิดระบบจองคิวออนไลน์", "เวลารอเฉลี่ยลดเหลือ ๑๙ นาที", "ฝ่ายทะเบียน"]], [3, 3, 3, 2]),
        ("sign", ["รายงาน ณ วันที่ ๘ เมษายน ๒๕๖๔", "ฝ่ายปกครอง สำนักงานเขตบางบอน"])])


def build_meta():
    status = {f"/procurement/doc/ann-{n}.pdf": 500 for n in ["6407", "6408", "6409", "6410", "6411", "6412"]}
    meta = {
        "framework": "bma-2564",
        "as_of": "2021-04-20",
        "start": "/",
        "name_th": NAME,
        "style": ("Modern Bootstrap-like widget site (carousel, e-service tiles, floating LINE-green chat bubble and yellow survey tab on every page, "
                  "Facebook/LINE embeds, Q&A board, web board, complaint forms, footer 'ช่องทางการติดต่อ' on every page, own O1–O43 index at /ita/). "
                  "Traps: O1 org chart is an image + list (pass); O2 vacant assistant post '- ว่าง -' (pass); O3 only vision/mission page, which the /ita/ index labels อำนาจหน้าที่ (missing); "
                  "O4 dev plan 2560–2563 with undated link text (stale); O5 contact info everywhere but map is a disabled 'เร็วๆ นี้' button (incomplete); "
                  "O6 laws list of outbound links only (pass); O8 Q&A board last answered 2562, post form to 404, chat 'coming soon', LINE widget iframe 404 (broken/stale); "
                  "O9 Facebook embed via local iframe + icon-only social links next to a dead LINE widget (pass); O10 action plan behind /download.php?id=101 attachment (pass); "
                  "O11 monitoring report covers Q1 only (incomplete); O12 annual report as DOCX (pass); O13 manuals for 8 of 10 divisions (incomplete); "
                  "O14 service manuals as HTML pages (pass); O15 stats XLSX + dummy live counter (pass); O16 survey form only, results 'เร็วๆ นี้' (missing); "
                  "O17 two working e-services among coming-soon tiles (pass); O20 only FY2562 annual spending report (stale); O22 announcement list whose PDFs answer 500 (broken); "
                  "O23 six monthly links but the January file is December's summary (incomplete); O24 text layer spells ำ as ํ+า (pass); "
                  "O25 HR policy 2563 signed by former director (stale); O28 'อยู่ระหว่างจัดทำ' badge (missing); O30 fraud-complaint form posts to 404, general complaint page is not a fraud channel (broken); "
                  "O31 all-zero monthly stats (pass); O33 dead community-forum embed but a linked 2564 participation news item (pass); O34 Thai only, English 'coming soon' (incomplete); "
                  "O37 /ita/ links to the risk assessment's planned-measures column (missing); O39 4-year plan only (incomplete/missing); O40 redirect to a missing PDF (broken); "
                  "O42 measures document of FY2563 built on ITA 2562 (stale)."),
        "author": "blind",
        "set": "held-out-9",
        "server": {
            "redirects": {"/ita/o40": "/files/integrity/anticorruption-monitor-6m-2564.pdf"},
            "status": status,
            "files": {"/download.php?id=101": {"file": "store/action-plan-2564.pdf",
                                               "headers": {"Content-Type": "application/pdf",
                                                           "Content-Disposition": "attachment; filename=\"action-plan-2564.pdf\""}}},
        },
    }
    (ROOT / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    build()
    n = len(list(SITE.rglob("*.html")))
    print("html pages:", n)
