# -*- coding: utf-8 -*-
"""Generate the mirror_textonly fixture: สำนักงานเขตคลองบัวลอย (fictional), bma-2567, as_of 2025-04-08."""
import json, os, shutil, io
from pathlib import Path
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import ImageReader
from PIL import Image, ImageDraw, ImageFont
import openpyxl
import docx

ROOT = Path(__file__).resolve().parent
SITE = ROOT / "site"
FONTDIR = "/usr/share/fonts/truetype/tlwg/"
pdfmetrics.registerFont(TTFont("Garuda", FONTDIR + "Garuda.ttf"))
pdfmetrics.registerFont(TTFont("Garuda-Bold", FONTDIR + "Garuda-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Loma", FONTDIR + "Loma.ttf"))

TD = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
def th(s):
    return str(s).translate(TD)

DIST = "สำนักงานเขตคลองบัวลอย"
DIST_EN = "Khlong Bua Loi District Office"
ADDR = "เลขที่ ๙๙ ถนนบัวลอยพัฒนา แขวงคลองบัวลอย เขตคลองบัวลอย กรุงเทพมหานคร ๑๐๕๑๐"
PHONE = "๐ ๒๕๔๘ ๓๑๐๐"
FAX = "๐ ๒๕๔๘ ๓๑๑๙"
EMAIL = "khlongbualoi@bangkok.go.th"
DIRECTOR = "นางสาววรรณวิสา ศรีประเสริฐ"
OLD_DIRECTOR = "นายสมชาย ทองคำดี"

# ---------------------------------------------------------------- writers
def write(rel, text):
    p = SITE / rel.lstrip("/")
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")

def wrap(text, font, size, width):
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        line = ""
        for w in words:
            cand = (line + " " + w) if line else w
            if pdfmetrics.stringWidth(cand, font, size) <= width:
                line = cand
            else:
                if line:
                    out.append(line)
                # hard-break very long chunk
                while pdfmetrics.stringWidth(w, font, size) > width:
                    k = len(w)
                    while k > 1 and pdfmetrics.stringWidth(w[:k], font, size) > width:
                        k -= 1
                    out.append(w[:k]); w = w[k:]
                line = w
        out.append(line)
    return out

def pdf(rel, title, lines, font="Garuda", subtitle=None, landscape=False):
    """Text PDF with a real Thai text layer."""
    p = SITE / rel.lstrip("/")
    p.parent.mkdir(parents=True, exist_ok=True)
    size = (A4[1], A4[0]) if landscape else A4
    c = canvas.Canvas(str(p), pagesize=size)
    c.setTitle(title)
    W, H = size
    y = H - 60
    c.setFont("Garuda-Bold", 15)
    for ln in wrap(title, "Garuda-Bold", 15, W - 100):
        c.drawCentredString(W / 2, y, ln); y -= 22
    if subtitle:
        c.setFont(font, 12)
        for ln in wrap(subtitle, font, 12, W - 100):
            c.drawCentredString(W / 2, y, ln); y -= 18
    y -= 10
    c.setFont(font, 11)
    for para in lines:
        for ln in wrap(para, font, 11, W - 110):
            if y < 60:
                c.showPage(); c.setFont(font, 11); y = H - 60
            c.drawString(55, y, ln); y -= 17
        y -= 4
    c.save()

def table_pdf(rel, title, subtitle, header, rows, note=None):
    """Landscape PDF with a grid table (monthly procurement form etc.)."""
    p = SITE / rel.lstrip("/")
    p.parent.mkdir(parents=True, exist_ok=True)
    W, H = A4[1], A4[0]
    c = canvas.Canvas(str(p), pagesize=(W, H))
    c.setTitle(title)
    y = H - 40
    c.setFont("Garuda-Bold", 13); c.drawCentredString(W / 2, y, title); y -= 18
    c.setFont("Garuda", 10)
    for ln in wrap(subtitle, "Garuda", 10, W - 80):
        c.drawCentredString(W / 2, y, ln); y -= 14
    y -= 6
    n = len(header)
    x0, tw = 25, W - 50
    colw = [tw / n] * n
    if n == 9:
        colw = [x * tw for x in (0.04, 0.17, 0.09, 0.09, 0.09, 0.16, 0.14, 0.11, 0.11)]
    def row_h(cells, fs):
        return max(len(wrap(str(t), "Garuda", fs, w - 6)) for t, w in zip(cells, colw)) * (fs + 3) + 6
    def draw_row(cells, y, fs, bold=False):
        h = row_h(cells, fs)
        x = x0
        for t, w in zip(cells, colw):
            c.rect(x, y - h, w, h)
            ty = y - fs - 2
            c.setFont("Garuda-Bold" if bold else "Garuda", fs)
            for ln in wrap(str(t), "Garuda", fs, w - 6):
                c.drawString(x + 3, ty, ln); ty -= fs + 3
            x += w
        return y - h
    y = draw_row(header, y, 8, True)
    for r in rows:
        if y - row_h(r, 8) < 40:
            c.showPage(); y = H - 40
            y = draw_row(header, y, 8, True)
        y = draw_row(r, y, 8)
    if note:
        c.setFont("Garuda", 10); y -= 16
        for ln in wrap(note, "Garuda", 10, W - 80):
            c.drawString(30, y, ln); y -= 14
    c.save()

def render_page_image(title, lines, fontfile="Loma.ttf", dpi_scale=2, noise=False):
    Wp, Hp = int(595 * dpi_scale), int(842 * dpi_scale)
    img = Image.new("L", (Wp, Hp), 255 if not noise else 246)
    d = ImageDraw.Draw(img)
    fb = ImageFont.truetype(FONTDIR + "Garuda-Bold.ttf", 17 * dpi_scale)
    f = ImageFont.truetype(FONTDIR + fontfile, 14 * dpi_scale)
    y = 60 * dpi_scale
    for t in title.split("\n"):
        tw = d.textlength(t, font=fb)
        d.text(((Wp - tw) / 2, y), t, font=fb, fill=0); y += 30 * dpi_scale
    y += 12 * dpi_scale
    maxw = Wp - 120 * dpi_scale
    for para in lines:
        words = para.split(" "); line = ""
        for w in words:
            cand = (line + " " + w) if line else w
            if d.textlength(cand, font=f) <= maxw:
                line = cand
            else:
                d.text((60 * dpi_scale, y), line, font=f, fill=0); y += 24 * dpi_scale; line = w
        d.text((60 * dpi_scale, y), line, font=f, fill=0); y += 30 * dpi_scale
    return img

def scan_pdf(rel, title, lines):
    """Image-only PDF (no text layer), slightly skewed and grey like a scanner output."""
    p = SITE / rel.lstrip("/")
    p.parent.mkdir(parents=True, exist_ok=True)
    img = render_page_image(title, lines, noise=True)
    img = img.rotate(0.6, fillcolor=246, expand=False).convert("RGB")
    img.save(str(p), "PDF", resolution=144.0)

def pdf_no_saraam(rel, title, lines):
    """Visible text drawn as an image (correctly shaped); invisible text layer with every ำ dropped,
    as Word 2007 exports do."""
    p = SITE / rel.lstrip("/")
    p.parent.mkdir(parents=True, exist_ok=True)
    img = render_page_image(title, lines, fontfile="Garuda.ttf")
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setTitle(title.replace("\n", " ").replace("ำ", "า"))
    c.drawImage(ImageReader(img.convert("RGB")), 0, 0, A4[0], A4[1])
    t = c.beginText(60, A4[1] - 60)
    t.setTextRenderMode(3)
    t.setFont("Garuda", 11)
    for ln in (title.split("\n") + lines):
        t.textLine(ln.replace("ำ", ""))
    c.drawText(t)
    c.save()

def xlsx(rel, sheets):
    p = SITE / rel.lstrip("/")
    p.parent.mkdir(parents=True, exist_ok=True)
    wb = openpyxl.Workbook(); wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
    wb.save(str(p))

def docx_file(rel, title, paras):
    p = SITE / rel.lstrip("/")
    p.parent.mkdir(parents=True, exist_ok=True)
    d = docx.Document()
    d.add_heading(title, level=1)
    for para in paras:
        d.add_paragraph(para)
    d.save(str(p))

def png(rel, text, size=(480, 300), color=(90, 130, 170)):
    p = SITE / rel.lstrip("/")
    p.parent.mkdir(parents=True, exist_ok=True)
    img = Image.new("RGB", size, color)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONTDIR + "Garuda-Bold.ttf", 20)
    y = 20
    for t in text.split("\n"):
        d.text((20, y), t, font=f, fill=(255, 255, 255)); y += 32
    img.save(str(p))

# ---------------------------------------------------------------- page templates
CSS_TH = """body{font-family:Sarabun,Tahoma,sans-serif;margin:0;background:#f3f6f4;color:#222}
.portal{background:#0b5d3b;color:#fff;font-size:13px;padding:4px 16px}.portal a{color:#fff;margin-right:10px}
header{background:#fff;padding:14px 16px;border-bottom:4px solid #0b5d3b}header h1{margin:0;font-size:24px;color:#0b5d3b}
nav.main{background:#127a4f;padding:6px 16px}nav.main a{color:#fff;margin-right:16px;text-decoration:none}
main{display:flex;gap:18px;padding:16px}aside{width:230px;background:#fff;padding:10px;font-size:14px}
article{flex:1;background:#fff;padding:16px}table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:5px;font-size:14px;vertical-align:top}
footer{background:#222;color:#ccc;padding:14px 16px;font-size:13px}footer a{color:#9fd}"""

def th_page(rel, title, body, canonical=None, extra_head=""):
    can = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    html = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{title} | {DIST}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">{can}{extra_head}
<style>{CSS_TH}</style></head><body>
<div class="portal"><a href="https://www.bangkok.go.th/">กรุงเทพมหานคร</a> <a href="https://webportal.bangkok.go.th/">เว็บไซต์ ๕๐ เขต</a>
 | <a href="/th/">ภาษาไทย</a> <a href="/en/">English</a> <a href="/textonly/">ฉบับตัวอักษร (Text only)</a></div>
<header><h1>{DIST}</h1><div>Khlong Bua Loi District Office · กรุงเทพมหานคร</div></header>
<nav class="main"><a href="/th/">หน้าแรก</a><a href="/th/about/">ข้อมูลพื้นฐาน</a><a href="/th/news/">ข่าวประชาสัมพันธ์</a><a href="/th/eservice.html">บริการออนไลน์</a><a href="/th/procurement/">จัดซื้อจัดจ้าง</a><a href="/th/divisions/">ฝ่ายต่าง ๆ</a><a href="/th/ita/">ITA ๒๕๖๘</a><a href="/th/contact.html">ติดต่อเรา</a></nav>
<main><aside><b>เมนูลัด</b><ul>
<li><a href="/th/ita/oit2568.html">การเปิดเผยข้อมูลสาธารณะ (OIT) ๒๕๖๘</a></li>
<li><a href="/th/complaint.html">ร้องเรียนการทุจริต</a></li>
<li><a href="/th/revenue/tax-stat.html">สถิติภาษี</a></li>
<li><a href="/th/gallery.html">ภาพกิจกรรม</a></li>
<li><a href="/th/tourism.html">สถานที่ท่องเที่ยว</a></li>
<li><a href="/th/jobs.html">รับสมัครงาน</a></li>
</ul></aside><article>
<h2>{title}</h2>
{body}
</article></main>
<footer>{DIST} {ADDR} โทร {PHONE} โทรสาร {FAX}<br>
<a href="/th/contact.html">ติดต่อเรา</a> · <a href="/th/sitemap.html">แผนผังเว็บไซต์</a> · <a href="/2566/">เว็บไซต์เดิม</a> · <a href="/textonly/">ฉบับตัวอักษร</a><br>
สงวนลิขสิทธิ์ © ๒๕๖๘ {DIST}</footer></body></html>"""
    write(rel, html)

CSS_TXT = """body{font-family:Tahoma,sans-serif;background:#fff;color:#000;margin:12px;font-size:18px;line-height:1.6}
a{color:#0000ee;text-decoration:underline}a:visited{color:#551a8b}
body.hc{background:#000;color:#ff0}body.hc a{color:#0ff}
.tools button{font-size:16px;margin-right:6px}"""
JS_TXT = """<script>
function fs(d){var s=parseInt(localStorage.getItem('fs')||'18')+d;if(d==0)s=18;localStorage.setItem('fs',s);document.body.style.fontSize=s+'px';}
function hc(){document.body.classList.toggle('hc');}
</script>"""

def txt_page(rel, title, body, canonical=None):
    can = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    html = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{title} - ฉบับตัวอักษร - {DIST}</title>{can}
<style>{CSS_TXT}</style>{JS_TXT}</head><body>
<p><a href="#content">ข้ามไปยังเนื้อหา</a></p>
<div class="tools">ขนาดตัวอักษร: <button onclick="fs(-2)">ก-</button><button onclick="fs(0)">ก</button><button onclick="fs(2)">ก+</button>
 <button onclick="hc()">ความคมชัดสูง</button> | <a href="/textonly/index.html?contrast=high">โหมดสีดำ-เหลือง</a> | <a href="/th/">กลับสู่เว็บไซต์ปกติ</a></div>
<h1>{DIST} (ฉบับตัวอักษร)</h1>
<p>เมนู: <a href="/textonly/">หน้าแรก</a> | <a href="/textonly/about.html">เกี่ยวกับเขต</a> | <a href="/textonly/news.html">ข่าว</a> | <a href="/textonly/oit.html">OIT</a> | <a href="/textonly/procurement.html">จัดซื้อจัดจ้าง</a> | <a href="/textonly/contact.html">ติดต่อ</a></p>
<hr><div id="content"><h2>{title}</h2>
{body}
</div><hr>
<p>{DIST} โทร {PHONE} | <a href="/old/">เว็บไซต์เดิม</a> | <a href="/en/">English</a></p>
</body></html>"""
    write(rel, html)

def en_page(rel, title, body, canonical=None):
    can = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} - {DIST_EN}</title>{can}
<style>{CSS_TH}</style></head><body>
<div class="portal"><a href="/th/">ภาษาไทย</a> <a href="/en/">English</a> <a href="/textonly/">Text only</a></div>
<header><h1>{DIST_EN}</h1><div>Bangkok Metropolitan Administration</div></header>
<nav class="main"><a href="/en/">Home</a><a href="/en/about.html">About</a><a href="/en/news.html">News</a><a href="/en/oit.html">ITA / OIT</a><a href="/en/contact.html">Contact</a></nav>
<main><article><h2>{title}</h2>
{body}
</article></main>
<footer>{DIST_EN}, 99 Bua Loi Phatthana Rd., Bangkok 10510 · Tel. +66 2548 3100 · <a href="/2566/">Old website</a></footer></body></html>"""
    write(rel, html)

CSS_OLD = """body{font-family:'MS Sans Serif',Tahoma;background:#ffe9c6;margin:0;font-size:13px}
#top{background:#8b1a1a;color:#fff;padding:10px}#menu{background:#c0392b;padding:5px}#menu a{color:#fff;margin-right:10px}
#box{background:#fff;margin:10px;padding:10px;border:1px solid #caa}table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px}"""

def old_page(rel, title, body, canonical=None):
    can = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    html = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{DIST} :: {title}</title>{can}
<style>{CSS_OLD}</style></head><body>
<div id="top"><b>{DIST}</b> กรุงเทพมหานคร &nbsp; <marquee style="width:60%">ยินดีต้อนรับสู่เว็บไซต์{DIST} ปีงบประมาณ ๒๕๖๖</marquee></div>
<div id="menu"><a href="/2566/">หน้าหลัก</a><a href="/2566/about/executives.html">ผู้บริหาร</a><a href="/2566/news.html">ข่าวสาร</a><a href="/2566/ita/oit2566.html">ITA ๒๕๖๖</a><a href="/2566/procurement.html">ประกาศจัดซื้อจัดจ้าง</a></div>
<div id="box"><h3>{title}</h3>
{body}
</div>
<div style="padding:10px;font-size:11px">ปรับปรุงข้อมูลเมื่อ ๒๘ ก.ย. ๒๕๖๖ · <a href="/th/">ไปยังเว็บไซต์ใหม่</a></div></body></html>"""
    write(rel, html)

DIVS = [
    ("ฝ่ายปกครอง", "pokkrong"), ("ฝ่ายทะเบียน", "tabian"), ("ฝ่ายการคลัง", "klang"),
    ("ฝ่ายรายได้", "raidai"), ("ฝ่ายโยธา", "yotha"), ("ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "raksa"),
    ("ฝ่ายเทศกิจ", "tessakit"), ("ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "singwaedlom"),
    ("ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "phatthana"), ("ฝ่ายการศึกษา", "suksa"),
]

MONTHS = ["ตุลาคม", "พฤศจิกายน", "ธันวาคม", "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน"]
MABBR = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."]

# ================================================================ build
def build():
    if SITE.exists():
        shutil.rmtree(SITE)
    SITE.mkdir(parents=True)

    # ------------------------------------------------ root portal
    write("/index.html", f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{DIST}</title>
<link rel="canonical" href="https://webportal.bangkok.go.th/khlongbualoi/"></head>
<body style="font-family:Tahoma;text-align:center;background:#eef5f0;padding-top:60px">
<img src="/img/logo.png" alt="ตราสัญลักษณ์กรุงเทพมหานคร" width="160"><h1>{DIST}</h1><p>{DIST_EN}</p>
<p style="font-size:20px"><a href="/th/">เข้าสู่เว็บไซต์ (ภาษาไทย)</a> &nbsp;|&nbsp; <a href="/en/">English</a> &nbsp;|&nbsp; <a href="/textonly/">ฉบับตัวอักษรสำหรับผู้พิการทางสายตา</a></p>
<p style="font-size:13px;color:#666">เว็บไซต์รองรับการแสดงผลบน Chrome, Edge, Firefox · <a href="/2566/">เว็บไซต์เดิม (ปี ๒๕๖๖)</a></p>
</body></html>""")
    png("/img/logo.png", "กทม.\nคลองบัวลอย", (200, 200), (11, 93, 59))

    # ------------------------------------------------ /th/ home
    news = [
        ("n1", "๗ เม.ย. ๒๕๖๘", "เขตคลองบัวลอยลงพื้นที่ขุดลอกคลองบัวลอยก่อนฤดูฝน ระยะทาง ๒.๔ กิโลเมตร",
         ["ฝ่ายโยธาร่วมกับฝ่ายรักษาความสะอาดและสวนสาธารณะ จัดเครื่องจักรขุดลอกตะกอนดินในคลองบัวลอยช่วงตั้งแต่ซอยบัวลอย ๓ ถึงประตูระบายน้ำหนองปรือ รวมระยะทางประมาณ ๒.๔ กิโลเมตร เพื่อเพิ่มพื้นที่รับน้ำก่อนเข้าสู่ฤดูฝน",
          "ผลการดำเนินงานถึงวันที่ ๗ เมษายน ๒๕๖๘ ขุดลอกแล้วเสร็จร้อยละ ๖๕ คาดว่าจะแล้วเสร็จทั้งหมดภายในเดือนพฤษภาคม ๒๕๖๘"]),
        ("n2", "๒๘ มี.ค. ๒๕๖๘", "สรุปผลการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้างนอกสถานที่ ณ ชุมชนหลังวัดบัวขวัญ",
         ["ฝ่ายรายได้ออกหน่วยรับชำระภาษีที่ดินและสิ่งปลูกสร้างประจำปี ๒๕๖๘ นอกสถานที่ มีผู้มาชำระภาษีจำนวน ๑๘๗ ราย รวมเป็นเงิน ๔๑๒,๕๕๐ บาท",
          "ผู้ที่ยังไม่ได้ชำระสามารถชำระผ่านแอปพลิเคชันธนาคารโดยสแกนคิวอาร์โค้ดในใบแจ้งการประเมิน ภายในวันที่ ๓๐ เมษายน ๒๕๖๘"]),
        ("n3", "๑๔ มี.ค. ๒๕๖๘", "ผู้อำนวยการเขตประชุมติดตามเรื่องร้องเรียนผ่าน Traffy Fondue ประจำเดือนมีนาคม",
         ["ที่ประชุมรับทราบว่าในเดือนกุมภาพันธ์ ๒๕๖๘ เขตได้รับเรื่องร้องเรียนผ่านระบบ Traffy Fondue จำนวน ๙๔๒ เรื่อง ดำเนินการแล้วเสร็จ ๘๗๖ เรื่อง ส่วนใหญ่เป็นเรื่องทางเท้าชำรุด ไฟฟ้าส่องสว่าง และขยะตกค้าง"]),
        ("n4", "๒๑ ก.พ. ๒๕๖๘", "เขตคลองบัวลอยจัดกิจกรรม Big Cleaning Day ตลาดนัดชุมชนบัวทอง",
         ["เจ้าหน้าที่เขตร่วมกับผู้ค้าและชุมชน ล้างทำความสะอาดพื้นที่ตลาด ท่อระบายน้ำ และจุดทิ้งขยะ พร้อมตรวจสุขลักษณะร้านจำหน่ายอาหาร ๔๒ ร้าน"]),
        ("n5", "๓๐ ม.ค. ๒๕๖๘", "รายงานผลการปลูกต้นไม้ล้านต้น ไตรมาสที่ ๑ ปีงบประมาณ ๒๕๖๘",
         ["ในไตรมาสแรกของปีงบประมาณ พ.ศ. ๒๕๖๘ (ต.ค. ๖๗ - ธ.ค. ๖๗) เขตปลูกต้นไม้เพิ่มในพื้นที่สาธารณะและโรงเรียนรวม ๓,๒๐๐ ต้น สะสมตั้งแต่เริ่มโครงการ ๔๑,๘๐๐ ต้น"]),
    ]
    news_list = "".join(f'<li>[{d}] <a href="/th/news/{k}.html">{t}</a></li>' for k, d, t, _ in news)
    th_page("/th/index.html", "หน้าแรก", f"""
<p><img src="/th/img/banner.png" alt="ป้ายประชาสัมพันธ์" width="600"></p>
<h3>ข่าวประชาสัมพันธ์ล่าสุด</h3><ul>{news_list}</ul><p><a href="/th/news/">ข่าวทั้งหมด »</a></p>
<h3>บริการประชาชน</h3><ul>
<li><a href="/th/eservice.html">บริการออนไลน์ (E-Service)</a></li>
<li><a href="/th/ita/service-manuals.html">คู่มือสำหรับประชาชน</a></li>
<li><a href="/th/complaint.html">ช่องทางร้องเรียน / แจ้งเบาะแสการทุจริต</a></li></ul>
<h3>ITA</h3><p><a href="/th/ita/"><img src="/th/img/ita-banner.png" alt="ITA 2568" width="300"></a><br>
<a href="/th/ita/oit2568.html">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๘</a></p>""",
            canonical="https://webportal.bangkok.go.th/khlongbualoi/")
    png("/th/img/banner.png", "เขตคลองบัวลอย ร่วมใจ\nลดฝุ่น PM2.5 ไม่เผา ไม่ติดเครื่อง", (600, 180))
    png("/th/img/ita-banner.png", "ITA 2568\nการประเมินคุณธรรมและความโปร่งใส", (300, 120), (140, 40, 40))

    # news
    for k, d, t, paras in news:
        body = f"<p><small>วันที่ {d} · ฝ่ายปกครอง (งานประชาสัมพันธ์)</small></p>" + "".join(f"<p>{p}</p>" for p in paras)
        body += '<p><a href="/th/news/">« กลับหน้ารวมข่าว</a></p>'
        th_page(f"/th/news/{k}.html", t, body)
    th_page("/th/news/index.html", "ข่าวประชาสัมพันธ์ / ผลการดำเนินงาน",
            "<p>ข่าวผลการดำเนินงานของสำนักงานเขตประจำปีงบประมาณ พ.ศ. ๒๕๖๘</p><ul>" + news_list + "</ul>"
            '<p>ติดตามข่าวเพิ่มเติมได้ที่ Facebook: <a href="https://www.facebook.com/khlongbualoidistrict">สำนักงานเขตคลองบัวลอย</a></p>')

    # ------------------------------------------------ about (O1)
    th_page("/th/about/index.html", "ข้อมูลพื้นฐานของสำนักงานเขต", f"""
<p>เขตคลองบัวลอยมีพื้นที่ ๒๘.๖ ตารางกิโลเมตร แบ่งเป็น ๓ แขวง ได้แก่ แขวงคลองบัวลอย แขวงหนองปรือ และแขวงบัวทอง
มีประชากรตามทะเบียนราษฎร ๑๑๒,๔๓๕ คน (ข้อมูล ณ ธันวาคม ๒๕๖๗) ชุมชนจดทะเบียน ๔๔ ชุมชน</p>
<ul><li><a href="/th/about/structure.html">โครงสร้างสำนักงานเขต</a></li>
<li><a href="/th/about/executives.html">ผู้บริหารสำนักงานเขต</a></li>
<li><a href="/th/about/duties.html">อำนาจหน้าที่</a></li>
<li><a href="/th/about/laws.html">กฎหมายที่เกี่ยวข้อง</a></li>
<li><a href="/th/contact.html">ข้อมูลการติดต่อ</a></li></ul>""")
    png("/th/img/structure.png", "โครงสร้าง สำนักงานเขตคลองบัวลอย\nผู้อำนวยการเขต\nผู้ช่วยผู้อำนวยการเขต (๒)\n๑๐ ฝ่าย", (700, 260))
    th_page("/th/about/structure.html", "โครงสร้างสำนักงานเขต", """
<p><img src="/th/img/structure.png" alt="แผนภูมิโครงสร้างสำนักงานเขตคลองบัวลอย" width="700"></p>
<p>สำนักงานเขตคลองบัวลอยอยู่ภายใต้การบังคับบัญชาของผู้อำนวยการเขต มีผู้ช่วยผู้อำนวยการเขต ๒ ตำแหน่ง และแบ่งส่วนราชการภายในเป็น ๑๐ ฝ่าย ดังนี้</p><ol>"""
            + "".join(f"<li>{n}</li>" for n, _ in DIVS) + "</ol>")
    for rel, img, nm in [("/th/img/exec1.png", "exec1", DIRECTOR), ("/th/img/exec2.png", "exec2", "นายปกรณ์ แสงอรุณ")]:
        png(rel, "รูปถ่าย\n" + nm, (160, 200), (120, 120, 140))
    th_page("/th/about/executives.html", "ผู้บริหารสำนักงานเขต", f"""
<table><tr><th>รูป</th><th>ชื่อ - สกุล</th><th>ตำแหน่ง</th><th>ติดต่อ</th></tr>
<tr><td><img src="/th/img/exec1.png" width="100" alt="{DIRECTOR}"></td><td>{DIRECTOR}</td><td>ผู้อำนวยการเขตคลองบัวลอย</td><td>โทร ๐ ๒๕๔๘ ๓๑๐๑<br>wanwisa.s@bangkok.go.th</td></tr>
<tr><td><img src="/th/img/exec2.png" width="100" alt="นายปกรณ์ แสงอรุณ"></td><td>นายปกรณ์ แสงอรุณ</td><td>ผู้ช่วยผู้อำนวยการเขต</td><td>โทร ๐ ๒๕๔๘ ๓๑๐๒<br>pakorn.s@bangkok.go.th</td></tr>
<tr><td>-</td><td>- ว่าง -</td><td>ผู้ช่วยผู้อำนวยการเขต</td><td>-</td></tr></table>
<p><small>ข้อมูล ณ วันที่ ๓ เมษายน ๒๕๖๘</small></p>""",
            canonical="/2566/about/executives.html")
    th_page("/th/about/duties.html", "อำนาจหน้าที่", """
<p>สำนักงานเขตมีอำนาจหน้าที่ตามประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต โดยสรุปดังนี้</p><ul>
<li>ดูแลความสงบเรียบร้อย การทะเบียนราษฎรและบัตรประจำตัวประชาชน</li>
<li>จัดเก็บภาษีและรายได้ของกรุงเทพมหานครในพื้นที่เขต</li>
<li>ควบคุมอาคาร ดูแลถนน ทางเท้า และระบบระบายน้ำสายรอง</li>
<li>รักษาความสะอาด เก็บขนมูลฝอย ดูแลสวนสาธารณะ</li>
<li>ดูแลสุขาภิบาลอาหาร อนามัยสิ่งแวดล้อม และควบคุมเหตุรำคาญ</li>
<li>พัฒนาชุมชน จัดสวัสดิการสังคม และส่งเสริมการศึกษาในโรงเรียนสังกัดกรุงเทพมหานคร</li></ul>""")
    th_page("/th/about/laws.html", "กฎหมายที่เกี่ยวข้อง", """<ul>
<li>พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘</li>
<li>พระราชบัญญัติการทะเบียนราษฎร พ.ศ. ๒๕๓๔</li>
<li>พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒</li>
<li>พระราชบัญญัติควบคุมอาคาร พ.ศ. ๒๕๒๒</li>
<li>พระราชบัญญัติรักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. ๒๕๓๕</li>
<li>พระราชบัญญัติการสาธารณสุข พ.ศ. ๒๕๓๕</li>
<li>พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐</li>
<li>พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐</li></ul>
<p>ค้นหาตัวบทกฎหมายฉบับเต็มได้ที่ <a href="https://www.krisdika.go.th/">ระบบกฎหมายกลาง</a></p>""")
    png("/th/img/map.png", "แผนที่สำนักงานเขตคลองบัวลอย\n(ถนนบัวลอยพัฒนา)", (500, 300), (70, 140, 90))
    th_page("/th/contact.html", "ข้อมูลการติดต่อ", f"""
<p><b>{DIST}</b><br>ที่อยู่: {ADDR}<br>โทรศัพท์: {PHONE}<br>โทรสาร: {FAX}<br>
อีเมล: <a href="mailto:{EMAIL}">{EMAIL}</a><br>เวลาทำการ: วันจันทร์ - ศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น. (งานทะเบียนเปิดวันเสาร์ ๐๘.๓๐ - ๑๒.๐๐ น.)</p>
<h3>แผนที่</h3><p><img src="/th/img/map.png" alt="แผนที่" width="500"><br>
<a href="https://maps.google.com/?q=13.8,100.7">เปิดใน Google Maps</a></p>
<h3>หมายเลขโทรศัพท์ภายในฝ่าย</h3><table>""" + "".join(f"<tr><td>{n}</td><td>๐ ๒๕๔๘ ๓{th(110+i)}</td></tr>" for i, (n, _) in enumerate(DIVS)) + "</table>")

    # ------------------------------------------------ divisions, noise
    div_body = "<ul>" + "".join(f'<li><a href="/th/divisions/{s}.html">{n}</a></li>' for n, s in DIVS[:4]) + "".join(f"<li>{n}</li>" for n, _ in DIVS[4:]) + "</ul>"
    th_page("/th/divisions/index.html", "ฝ่ายต่าง ๆ ในสำนักงานเขต", div_body)
    desc = {
        "pokkrong": "งานธุรการ งานประชาสัมพันธ์ งานเลือกตั้ง และงานอาสาสมัครป้องกันภัยฝ่ายพลเรือน",
        "tabian": "รับแจ้งเกิด แจ้งตาย ย้ายที่อยู่ ทำบัตรประจำตัวประชาชน และจดทะเบียนครอบครัว",
        "klang": "งานการเงิน บัญชี งบประมาณ และงานพัสดุ (จัดซื้อจัดจ้าง)",
        "raidai": "จัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย และค่าธรรมเนียมต่าง ๆ",
    }
    for n, s in DIVS[:4]:
        th_page(f"/th/divisions/{s}.html", n, f"<p>หน้าที่: {desc[s]}</p><p>หัวหน้าฝ่าย: (ดูรายชื่อที่บอร์ดประชาสัมพันธ์ชั้น ๑)</p><p>โทร ๐ ๒๕๔๘ ๓{th(110+[d[1] for d in DIVS].index(s))}</p>")
    for i in range(1, 5):
        png(f"/th/img/g{i}.png", f"ภาพกิจกรรม {i}", (240, 160), (100 + 30 * i, 110, 90))
    th_page("/th/gallery.html", "ภาพกิจกรรม", "".join(f'<figure style="display:inline-block"><img src="/th/img/g{i}.png" width="240"><figcaption>กิจกรรมที่ {th(i)} เดือนมีนาคม ๒๕๖๘</figcaption></figure>' for i in range(1, 5)))
    th_page("/th/tourism.html", "สถานที่ท่องเที่ยวในเขต", """<ul>
<li><b>วัดบัวขวัญ</b> วัดเก่าแก่ริมคลองบัวลอย มีหอไตรกลางน้ำสมัยรัชกาลที่ ๕</li>
<li><b>ตลาดน้ำหนองปรือ</b> เปิดเฉพาะวันเสาร์-อาทิตย์ ๐๗.๐๐ - ๑๔.๐๐ น.</li>
<li><b>สวนสาธารณะบัวทองรมณีย์</b> ลานวิ่ง ๑.๒ กิโลเมตร และลานกีฬาชุมชน</li></ul>""")
    th_page("/th/jobs.html", "ประกาศรับสมัครงาน", """<ul>
<li>ประกาศรับสมัครบุคคลเพื่อจ้างเป็นลูกจ้างชั่วคราว ตำแหน่งพนักงานกวาดถนน จำนวน ๕ อัตรา (รับสมัคร ๑ - ๑๐ เม.ย. ๒๕๖๘)</li>
<li>ประกาศรายชื่อผู้ผ่านการคัดเลือก ตำแหน่งพนักงานสถานที่ (๒๐ มี.ค. ๒๕๖๘)</li></ul>""")
    th_page("/th/sitemap.html", "แผนผังเว็บไซต์", """<ul>
<li><a href="/th/about/">ข้อมูลพื้นฐาน</a></li><li><a href="/th/policy.html">นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนพัฒนา</a></li>
<li><a href="/th/news/">ข่าวประชาสัมพันธ์</a></li><li><a href="/th/eservice.html">E-Service</a></li>
<li><a href="/th/revenue/tax-stat.html">สถิติการจัดเก็บภาษี</a></li><li><a href="/th/revenue/income-stat.html">สถิติการจัดเก็บรายได้</a></li>
<li><a href="/th/procurement/">จัดซื้อจัดจ้าง</a></li><li><a href="/th/ita/">ITA</a></li>
<li><a href="/2566/">เว็บไซต์เดิม (๒๕๖๖)</a></li></ul>""")

    # ------------------------------------------------ O2 policy
    pdf("/th/ita/files/o2-bma-plans-2568.pdf", "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร",
        ["๑. นโยบายผู้ว่าราชการกรุงเทพมหานคร (นายชัชชาติ สิทธิพันธุ์) มุ่งสู่ \"กรุงเทพฯ เมืองน่าอยู่สำหรับทุกคน\" ภายใต้ ๙ ด้าน ๙ ดี ได้แก่ ปลอดภัยดี สร้างสรรค์ดี สิ่งแวดล้อมดี สุขภาพดี เดินทางดี โครงสร้างดี เศรษฐกิจดี เรียนดี และบริหารจัดการดี",
         "๒. แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี (พ.ศ. ๒๕๖๑ - ๒๕๘๐) ฉบับปรับปรุง",
         "๓. แผนปฏิบัติราชการกรุงเทพมหานคร ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
         "๔. แผนพัฒนาเขตคลองบัวลอย ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ซึ่งถ่ายทอดนโยบายข้างต้นเป็นโครงการระดับเขต ๓๒ โครงการ เช่น โครงการทางเท้าเดินได้เดินดี โครงการปลูกต้นไม้ล้านต้น โครงการลอกท่อระบายน้ำ และโครงการโรงเรียนปลอดขยะ",
         "ประกาศ ณ วันที่ ๔ พฤศจิกายน พ.ศ. ๒๕๖๗"], subtitle=f"{DIST} ปีงบประมาณ พ.ศ. ๒๕๖๘")
    th_page("/th/policy.html", "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนพัฒนากรุงเทพมหานคร", """
<p>นโยบาย ๙ ด้าน ๙ ดี ของผู้ว่าราชการกรุงเทพมหานคร และแผนที่เกี่ยวข้องซึ่งสำนักงานเขตนำมาใช้เป็นกรอบการทำงานประจำปีงบประมาณ พ.ศ. ๒๕๖๘</p>
<ul><li><a href="/th/ita/files/o2-bma-plans-2568.pdf">นโยบายผู้ว่าฯ และแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร ปี ๒๕๖๘ (PDF)</a></li>
<li><a href="https://www.bangkok.go.th/pipd">แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี (เว็บไซต์สำนักยุทธศาสตร์และประเมินผล)</a></li>
<li><a href="https://policy.bangkok.go.th/">เว็บไซต์ติดตามนโยบายผู้ว่าราชการกรุงเทพมหานคร</a></li></ul>""")

    # ------------------------------------------------ O5 plan
    pdf("/th/ita/files/o5-action-plan-2568.pdf", f"แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๘ {DIST}",
        ["ส่วนที่ ๑ บทนำ: แผนฉบับนี้จัดทำขึ้นให้สอดคล้องกับแผนปฏิบัติราชการกรุงเทพมหานคร ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ และนโยบาย ๙ ด้าน ๙ ดี",
         "ส่วนที่ ๒ โครงการ/กิจกรรม จำนวน ๓๒ รายการ งบประมาณรวม ๔๘,๒๖๐,๐๐๐ บาท จำแนกตามมิติ ได้แก่ มิติปลอดภัยดี ๖ โครงการ มิติสิ่งแวดล้อมดี ๘ โครงการ มิติเดินทางดี ๕ โครงการ มิติบริหารจัดการดี ๗ โครงการ และอื่น ๆ ๖ โครงการ",
         "ส่วนที่ ๓ ตัวชี้วัดและค่าเป้าหมาย: ร้อยละความสำเร็จของการดำเนินโครงการไม่น้อยกว่าร้อยละ ๘๐",
         "อนุมัติแผน ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๗ " + DIRECTOR + " ผู้อำนวยการเขตคลองบัวลอย"])
    pdf("/th/ita/files/o5-progress-6m-2568.pdf", "รายงานผลการปฏิบัติราชการ รอบ ๖ เดือน (ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘)",
        ["ผลการดำเนินโครงการตามแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ในรอบ ๖ เดือนแรก: ดำเนินการแล้วเสร็จ ๙ โครงการ อยู่ระหว่างดำเนินการ ๑๘ โครงการ ยังไม่เริ่ม ๕ โครงการ",
         "เบิกจ่ายงบประมาณแล้ว ๑๙,๔๔๐,๒๑๐ บาท คิดเป็นร้อยละ ๔๐.๒๘", "รายงาน ณ วันที่ ๔ เมษายน ๒๕๖๘"], subtitle=DIST)
    th_page("/th/ita/plan.html", "แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการ", """
<table><tr><th>เอกสาร</th><th>ปี</th><th>ไฟล์</th></tr>
<tr><td>แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๘</td><td>๒๕๖๘</td><td><a href="/th/ita/files/o5-action-plan-2568.pdf">ดาวน์โหลด</a></td></tr>
<tr><td>รายงานผลการปฏิบัติราชการ รอบ ๖ เดือน (ต.ค. ๖๗ - มี.ค. ๖๘)</td><td>๒๕๖๘</td><td><a href="/th/ita/files/o5-progress-6m-2568.pdf">ดาวน์โหลด</a></td></tr>
<tr><td>รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗</td><td>๒๕๖๗</td><td>อยู่ระหว่างจัดทำ</td></tr></table>""")

    # ------------------------------------------------ O6 manuals (paged)
    for n, s in DIVS:
        pdf(f"/th/ita/files/manual-{s}.pdf", f"คู่มือการปฏิบัติงาน {n}",
            [f"วัตถุประสงค์: เพื่อให้เจ้าหน้าที่{n}ปฏิบัติงานเป็นมาตรฐานเดียวกัน ลดขั้นตอนและระยะเวลา",
             "ขั้นตอนการปฏิบัติงาน: ๑) รับเรื่องและตรวจสอบเอกสาร ๒) พิจารณาตามระเบียบที่เกี่ยวข้อง ๓) เสนอผู้บังคับบัญชา ๔) แจ้งผลและจัดเก็บเอกสาร",
             "ปรับปรุงครั้งล่าสุด ธันวาคม ๒๕๖๗"], subtitle=DIST)
    def man_rows(lst, start):
        return "".join(f'<tr><td>{th(start+i)}</td><td>คู่มือการปฏิบัติงาน{n}</td><td><a href="/th/ita/files/manual-{s}.pdf">เปิดเอกสาร</a></td></tr>' for i, (n, s) in enumerate(lst))
    th_page("/th/ita/manuals.html", "คู่มือการปฏิบัติหน้าที่", "<table><tr><th>ที่</th><th>คู่มือ</th><th></th></tr>" + man_rows(DIVS[:6], 1) +
            '</table><p>หน้า ๑ / ๒ &nbsp; <a href="/th/ita/manuals-2.html">หน้าถัดไป »</a></p>')
    th_page("/th/ita/manuals-2.html", "คู่มือการปฏิบัติหน้าที่ (หน้า ๒)", "<table><tr><th>ที่</th><th>คู่มือ</th><th></th></tr>" + man_rows(DIVS[6:], 7) +
            '</table><p><a href="/th/ita/manuals.html">« หน้าก่อน</a> &nbsp; หน้า ๒ / ๒</p>')

    # ------------------------------------------------ O7 service manuals (docx)
    svc = [("birth", "การรับแจ้งเกิด", ["เอกสารที่ใช้: หนังสือรับรองการเกิด บัตรประจำตัวประชาชนของผู้แจ้ง ทะเบียนบ้าน", "ระยะเวลา: ๑๕ นาที", "ค่าธรรมเนียม: ไม่มี (แจ้งภายใน ๑๕ วัน)"]),
           ("idcard", "การทำบัตรประจำตัวประชาชน", ["เอกสารที่ใช้: ทะเบียนบ้าน บัตรเดิม (ถ้ามี)", "ระยะเวลา: ๒๐ นาที", "ค่าธรรมเนียม: ๑๐๐ บาท กรณีบัตรหาย/ชำรุด"]),
           ("move", "การแจ้งย้ายที่อยู่", ["เอกสารที่ใช้: ทะเบียนบ้าน บัตรประจำตัวประชาชน หนังสือยินยอมเจ้าบ้าน", "ระยะเวลา: ๒๐ นาที"]),
           ("signtax", "การชำระภาษีป้าย", ["ยื่นแบบ ภ.ป.๑ ภายในเดือนมีนาคมของทุกปี", "ระยะเวลา: ๓๐ นาที"]),
           ("landtax", "การชำระภาษีที่ดินและสิ่งปลูกสร้าง", ["ชำระภายในเดือนเมษายน ตามใบแจ้งการประเมิน", "ชำระได้ที่ฝ่ายรายได้หรือผ่านแอปพลิเคชันธนาคาร"])]
    for s, t, ps in svc:
        docx_file(f"/th/ita/files/service-{s}.docx", f"คู่มือสำหรับประชาชน: {t}", [f"หน่วยงานที่ให้บริการ: {DIST}"] + ps + ["ช่องทางร้องเรียน: โทร " + PHONE + " หรือ สายด่วน ๑๕๕๕"])
    th_page("/th/ita/service-manuals.html", "คู่มือการให้บริการประชาชน", "<p>ดาวน์โหลดคู่มือสำหรับประชาชน (ไฟล์ Word)</p><ul>" +
            "".join(f'<li><a href="/th/ita/files/service-{s}.docx">{t}</a></li>' for s, t, _ in svc) + "</ul>")

    # ------------------------------------------------ O8 e-service
    th_page("/th/eservice.html", "บริการออนไลน์ (E-Service)", f"""
<ul><li><a href="https://oss.bangkok.go.th/">BMA OSS</a> ยื่นขออนุญาตออนไลน์ (ก่อสร้าง/ดัดแปลงอาคาร, ใบอนุญาตสาธารณสุข, ป้าย)</li>
<li><a href="https://q.bangkok.go.th/">BMA Q</a> จองคิวล่วงหน้างานทะเบียนและบัตรประจำตัวประชาชน</li>
<li><a href="https://citydata.traffy.in.th/">Traffy Fondue</a> แจ้งปัญหาเมือง</li>
<li><a href="/textonly/tracking.html">ตรวจสอบสถานะคำขออนุญาต</a></li></ul>
<h3>แบบฟอร์มขอรับบริการ / ขอข้อมูลข่าวสารออนไลน์</h3>
<form action="https://eservice.bangkok.go.th/khlongbualoi/submit" method="post">
ชื่อ-สกุล <input name="name"><br>เบอร์โทร <input name="tel"><br>เรื่องที่ขอรับบริการ <select name="type"><option>ขอข้อมูลข่าวสาร</option><option>ขอรับบริการตัดต้นไม้</option><option>ขอรับบริการดูดไขมัน/สิ่งปฏิกูล</option></select><br>
รายละเอียด <textarea name="detail"></textarea><br><button type="submit">ส่งคำขอ</button></form>
<p>เจ้าหน้าที่จะติดต่อกลับภายใน ๓ วันทำการ</p>""")

    # ------------------------------------------------ O9 tax stats (stale FY2566)
    rows = ""
    vals = [(1820, 2344500), (1644, 1987220), (920, 1103400), (2140, 2876000), (3310, 4420150), (5870, 9012300),
            (6120, 10544800), (1250, 1676000), (640, 802450), (510, 690300), (480, 601200), (390, 455900)]
    for i, (n, amt) in enumerate(vals):
        yr = 65 if i < 3 else 66
        rows += f"<tr><td>{MABBR[i]} {th(yr)}</td><td>{th(f'{n:,}')}</td><td>{th(f'{amt:,}')}</td></tr>"
    th_page("/th/revenue/tax-stat.html", "ข้อมูลสถิติการจัดเก็บภาษี", f"""
<p>สถิติการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้างและภาษีป้าย ฝ่ายรายได้ {DIST}</p>
<p><b>ปีงบประมาณ พ.ศ. ๒๕๖๖</b></p>
<table><tr><th>เดือน</th><th>จำนวนราย</th><th>จำนวนเงิน (บาท)</th></tr>{rows}
<tr><th>รวม</th><th>{th(f'{sum(v[0] for v in vals):,}')}</th><th>{th(f'{sum(v[1] for v in vals):,}')}</th></tr></table>
<p><small>ปรับปรุงล่าสุด ๑๒ มี.ค. ๒๕๖๘ · ผู้ดูแลหน้า: ฝ่ายรายได้</small></p>""", canonical="/th/revenue/tax-stat.html")

    # ------------------------------------------------ O10 income stats (xlsx)
    hdr = ["เดือน", "ภาษีที่ดินและสิ่งปลูกสร้าง (บาท)", "ภาษีป้าย (บาท)", "ค่าธรรมเนียมและใบอนุญาต (บาท)", "รวม (บาท)"]
    def inc_rows(yrs, n, base):
        out = [hdr]
        for i in range(n):
            y = yrs[0] if i < 3 else yrs[1]
            a, b, c = base + 137000 * ((i * 7) % 5), 80000 + 21000 * ((i * 3) % 4), 45000 + 9000 * (i % 3)
            out.append([f"{MABBR[i]} {y}", a, b, c, a + b + c])
        return out
    xlsx("/th/revenue/files/income-stat-2567-2568.xlsx",
         [("ปีงบ 2568 (ต.ค.67-มี.ค.68)", [["สถิติการจัดเก็บรายได้ สำนักงานเขตคลองบัวลอย ปีงบประมาณ พ.ศ. 2568 (ข้อมูล ณ 31 มี.ค. 2568)"]] + inc_rows(("67", "68"), 6, 1200000)),
          ("ปีงบ 2567", [["สถิติการจัดเก็บรายได้ สำนักงานเขตคลองบัวลอย ปีงบประมาณ พ.ศ. 2567"]] + inc_rows(("66", "67"), 12, 1100000))])
    xlsx("/textonly/files/income-2566.xlsx",
         [("2566", [["สถิติการจัดเก็บรายได้ ปีงบประมาณ พ.ศ. 2566"]] + inc_rows(("65", "66"), 12, 1000000))])
    th_page("/th/revenue/income-stat.html", "ข้อมูลสถิติการจัดเก็บรายได้", """
<p>สถิติการจัดเก็บรายได้ของสำนักงานเขตคลองบัวลอย จำแนกตามประเภทรายได้ รายเดือน</p>
<ul><li><a href="/th/revenue/files/income-stat-2567-2568.xlsx">สถิติการจัดเก็บรายได้ ปีงบประมาณ ๒๕๖๗ และ ๒๕๖๘ (ต.ค. ๖๗ - มี.ค. ๖๘) (Excel)</a></li></ul>""")

    # ------------------------------------------------ O12 tracking (textonly, wrong canonical)
    txt_page("/textonly/tracking.html", "ระบบติดตามสถานะการขอใบอนุญาต", """
<p>ตรวจสอบสถานะคำขออนุญาตที่ยื่นต่อสำนักงานเขต (ก่อสร้างอาคาร ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร ป้ายโฆษณา) โดยกรอกเลขที่คำขอ</p>
<form action="https://oss.bangkok.go.th/tracking" method="get"><label>เลขที่คำขอ <input name="req"></label> <button>ตรวจสอบ</button></form>
<p>สถานะที่แสดง: รับคำขอ / ตรวจสอบเอกสาร / ตรวจสถานที่ / เสนอผู้อำนวยการเขต / อนุญาต / ไม่อนุญาต</p>
<p>หรือตรวจสอบผ่าน <a href="https://oss.bangkok.go.th/tracking">ระบบ BMA OSS Tracking</a> · สอบถามสถานะทางโทรศัพท์ ๐ ๒๕๔๘ ๓๑๑๔</p>""",
             canonical="/th/eservice/tracking.html")

    # ------------------------------------------------ O14 budget
    pdf("/th/ita/files/o14-budget-ordinance-2568.pdf", "ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (เฉพาะส่วนของสำนักงานเขตคลองบัวลอย)",
        ["งบประมาณที่ได้รับจัดสรรทั้งสิ้น ๑๘๖,๔๒๐,๓๐๐ บาท", "งบบุคลากร ๑๑๒,๓๐๐,๐๐๐ บาท งบดำเนินงาน ๔๒,๑๗๐,๓๐๐ บาท งบลงทุน ๒๙,๒๕๐,๐๐๐ บาท งบรายจ่ายอื่น ๒,๗๐๐,๐๐๐ บาท",
         "ที่มา: ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘"])
    th_page("/th/ita/budget.html", "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ และข้อมูลเงินอุดหนุนชุมชน", """
<h3>๑. ข้อมูลงบประมาณ</h3><table><tr><th>ประเภทงบ</th><th>ปี ๒๕๖๘ (บาท)</th></tr>
<tr><td>งบบุคลากร</td><td>๑๑๒,๓๐๐,๐๐๐</td></tr><tr><td>งบดำเนินงาน</td><td>๔๒,๑๗๐,๓๐๐</td></tr><tr><td>งบลงทุน</td><td>๒๙,๒๕๐,๐๐๐</td></tr><tr><td>งบรายจ่ายอื่น</td><td>๒,๗๐๐,๐๐๐</td></tr></table>
<h3>๒. ข้อบัญญัติงบประมาณ</h3><p><a href="/th/ita/files/o14-budget-ordinance-2568.pdf">ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (PDF)</a></p>
<h3>๓. ข้อมูลเงินอุดหนุนชุมชน</h3><p>- อยู่ระหว่างรวบรวมข้อมูล -</p>""")

    # ------------------------------------------------ O15 procurement
    form_hdr = ["ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง (บาท)", "ราคากลาง (บาท)", "วิธีซื้อหรือจ้าง",
                "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลง", "เหตุผลที่คัดเลือกโดยสรุป", "เลขที่และวันที่ของสัญญาหรือข้อตกลง"]
    items = {
        0: [("จ้างซ่อมแซมทางเท้าซอยบัวลอย ๗", "๔๘๐,๐๐๐", "๔๗๖,๕๐๐", "เฉพาะเจาะจง", "หจก.ทองบัวก่อสร้าง ๔๗๐,๐๐๐", "หจก.ทองบัวก่อสร้าง ๔๗๐,๐๐๐", "ราคาต่ำสุด คุณสมบัติครบ", "จ.๑/๒๕๖๘ ลว. ๒๑ ต.ค. ๖๗"),
            ("ซื้อวัสดุสำนักงาน", "๔๕,๐๐๐", "๔๕,๐๐๐", "เฉพาะเจาะจง", "ร้านบัวลอยเครื่องเขียน ๔๔,๒๐๐", "ร้านบัวลอยเครื่องเขียน ๔๔,๒๐๐", "ราคาไม่เกินวงเงิน", "ส.๔/๒๕๖๘ ลว. ๒๘ ต.ค. ๖๗")],
        1: [("จ้างลอกท่อระบายน้ำถนนหนองปรือ", "๑,๒๐๐,๐๐๐", "๑,๑๘๖,๐๐๐", "e-bidding", "บจก.สยามท่อ ๑,๐๙๘,๐๐๐ / หจก.ปรือทอง ๑,๑๒๐,๐๐๐", "บจก.สยามท่อ ๑,๐๙๘,๐๐๐", "ราคาต่ำสุด", "จ.๓/๒๕๖๘ ลว. ๒๕ พ.ย. ๖๗")],
        2: [],
        3: [("ซื้อกล้องโทรทัศน์วงจรปิด ๑๒ จุด", "๖๐๐,๐๐๐", "๕๙๔,๐๐๐", "e-bidding", "บจก.ซีซีวิชั่น ๕๕๐,๐๐๐ / บจก.เซฟซิตี้ ๕๗๒,๐๐๐", "บจก.ซีซีวิชั่น ๕๕๐,๐๐๐", "ราคาต่ำสุด", "ซ.๒/๒๕๖๘ ลว. ๒๗ ม.ค. ๖๘")],
        4: [("จ้างปรับปรุงห้องน้ำสวนบัวทองรมณีย์", "๓๕๐,๐๐๐", "๓๔๘,๐๐๐", "เฉพาะเจาะจง", "หจก.ทองบัวก่อสร้าง ๓๔๕,๐๐๐", "หจก.ทองบัวก่อสร้าง ๓๔๕,๐๐๐", "คุณสมบัติครบ ราคาเหมาะสม", "จ.๗/๒๕๖๘ ลว. ๑๘ ก.พ. ๖๘")],
        5: [("ซื้อน้ำมันเชื้อเพลิงรถเก็บขยะ", "๒๒๐,๐๐๐", "๒๒๐,๐๐๐", "เฉพาะเจาะจง", "สถานีบริการบัวลอยปิโตรเลียม ๒๑๘,๔๐๐", "สถานีบริการบัวลอยปิโตรเลียม ๒๑๘,๔๐๐", "ใกล้หน่วยงาน ราคาตามตลาด", "ส.๑๑/๒๕๖๘ ลว. ๓ มี.ค. ๖๘"),
            ("จ้างตัดแต่งต้นไม้ริมถนนบัวลอยพัฒนา", "๑๕๐,๐๐๐", "๑๔๙,๐๐๐", "เฉพาะเจาะจง", "ร้านรุ่งเรืองการเกษตร ๑๔๖,๐๐๐", "ร้านรุ่งเรืองการเกษตร ๑๔๖,๐๐๐", "ราคาต่ำสุด", "จ.๙/๒๕๖๘ ลว. ๑๔ มี.ค. ๖๘")],
    }
    mlinks = []
    for m in range(6):
        yr = "๒๕๖๗" if m < 3 else "๒๕๖๘"
        fn = f"/th/procurement/files/sor-kor-ror-{m+1:02d}-{'2567' if m < 3 else '2568'}-{['10','11','12','01','02','03'][m]}.pdf"
        rows_ = [[th(i + 1)] + list(r) for i, r in enumerate(items[m])]
        note = None
        if not rows_:
            rows_ = [["-", "ไม่มีการจัดซื้อจัดจ้าง", "-", "-", "-", "-", "-", "-", "-"]]
            note = f"ในเดือน{MONTHS[m]} {yr} {DIST} ไม่มีการจัดซื้อจัดจ้าง"
        table_pdf(fn, f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน{MONTHS[m]} {yr}",
                  f"{DIST} (แบบ สขร.๑) ปีงบประมาณ พ.ศ. ๒๕๖๘", form_hdr, rows_, note)
        mlinks.append((f"{MONTHS[m]} {yr}", fn))
    ann = [("๒ เม.ย. ๒๕๖๘", "ประกาศผู้ชนะการเสนอราคา จ้างตัดแต่งต้นไม้ริมถนนบัวลอยพัฒนา โดยวิธีเฉพาะเจาะจง"),
           ("๑๒ มี.ค. ๒๕๖๘", "ประกาศเชิญชวน ประกวดราคาจ้างก่อสร้างลานกีฬาชุมชนหนองปรือ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"),
           ("๑๐ ก.พ. ๒๕๖๘", "ประกาศผู้ชนะการเสนอราคา จ้างปรับปรุงห้องน้ำสวนบัวทองรมณีย์"),
           ("๒๐ ม.ค. ๒๕๖๘", "ประกาศผู้ชนะการเสนอราคา ซื้อกล้องโทรทัศน์วงจรปิด ๑๒ จุด"),
           ("๒๕ ต.ค. ๒๕๖๗", "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")]
    for i, (d, t) in enumerate(ann):
        pdf(f"/th/procurement/files/ann-{i+1}.pdf", t, [f"{DIST} ประกาศ ณ วันที่ {d}", "รายละเอียดตามเอกสารแนบ ผู้สนใจติดต่อฝ่ายการคลัง โทร ๐ ๒๕๔๘ ๓๑๑๒"])
    proc_body = ('<p><a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch"><b>ระบบเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง (e-GP)</b></a> · '
                 '<a href="https://e-gpbma.bangkok.go.th/"><b>ระบบ e-GPBMA กรุงเทพมหานคร</b></a></p>'
                 "<h3>ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๘</h3><ul>" +
                 "".join(f'<li>[{d}] <a href="/th/procurement/files/ann-{i+1}.pdf">{t}</a></li>' for i, (d, t) in enumerate(ann)) +
                 "</ul><h3>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑) ปีงบประมาณ ๒๕๖๘</h3><ul>" +
                 "".join(f'<li><a href="{fn}">สรุปผลการจัดซื้อจัดจ้าง เดือน{m}</a></li>' for m, fn in reversed(mlinks)) + "</ul>")
    th_page("/th/procurement/index.html", "การจัดซื้อจัดจ้าง", proc_body)
    txt_page("/textonly/procurement.html", "จัดซื้อจัดจ้าง", "<p>สรุปผลการจัดซื้อจัดจ้างรายเดือน</p><ul>" +
             "".join(f'<li><a href="{fn}">เดือน{m}</a></li>' for m, fn in mlinks[:3]) +
             '</ul><p><a href="https://e-gpbma.bangkok.go.th/">e-GPBMA</a></p><p><small>ปรับปรุง ๘ ม.ค. ๒๕๖๘</small></p>',
             canonical="/th/procurement/")

    # ------------------------------------------------ O16 HR (scan)
    scan_pdf("/th/ita/files/o16-hr-criteria-2568-scan.pdf",
             f"ประกาศ{DIST}\nเรื่อง หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล\nประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
             ["เพื่อให้การบริหารทรัพยากรบุคคลเป็นไปด้วยความโปร่งใส เป็นธรรม และตรวจสอบได้ สำนักงานเขตจึงกำหนดหลักเกณฑ์ ดังนี้",
              "๑. การสรรหาและคัดเลือก: ดำเนินการตามหลักเกณฑ์ของ ก.ก. ประกาศรับสมัครอย่างเปิดเผย",
              "๒. การแต่งตั้งและโยกย้าย: พิจารณาจากความรู้ความสามารถ ผลงาน และความเหมาะสมกับตำแหน่ง",
              "๓. การพัฒนาบุคลากร: จัดฝึกอบรมอย่างน้อยคนละ ๑ หลักสูตรต่อปี",
              "๔. การประเมินผลการปฏิบัติงาน: ปีละ ๒ รอบ ตามตัวชี้วัดที่ตกลงร่วมกัน",
              "๕. การให้คุณให้โทษและการสร้างขวัญกำลังใจ: ยกย่องผู้มีผลงานดีเด่น ดำเนินการทางวินัยอย่างเป็นธรรม",
              "ประกาศ ณ วันที่ ๘ พฤศจิกายน พ.ศ. ๒๕๖๗",
              f"({DIRECTOR})  ผู้อำนวยการเขตคลองบัวลอย"])
    th_page("/th/ita/hr.html", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", """
<p><a href="/th/ita/files/o16-hr-criteria-2568-scan.pdf">ประกาศสำนักงานเขตคลองบัวลอย เรื่อง หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล (สแกน PDF)</a></p>""")

    # ------------------------------------------------ O17 complaints
    th_page("/th/complaint.html", "ช่องทางการร้องเรียนการทุจริต", f"""
<p>ผู้พบเห็นการทุจริตหรือประพฤติมิชอบของเจ้าหน้าที่ {DIST} สามารถแจ้งได้ทุกช่องทาง โดยข้อมูลผู้แจ้งจะถูกเก็บเป็นความลับ</p>
<ol><li>ยื่นหนังสือด้วยตนเองที่ฝ่ายปกครอง ชั้น ๒</li><li>ทางไปรษณีย์ ถึง ผู้อำนวยการเขตคลองบัวลอย {ADDR}</li>
<li>โทรศัพท์ ๐ ๒๕๔๘ ๓๑๐๕ หรือ สายด่วนกรุงเทพมหานคร ๑๕๕๕</li><li>อีเมล <a href="mailto:antitcorrupt.kbl@bangkok.go.th">antitcorrupt.kbl@bangkok.go.th</a></li>
<li>ตู้รับเรื่องร้องเรียน หน้าห้องผู้อำนวยการเขต</li><li><a href="https://citydata.traffy.in.th/">Traffy Fondue</a> (เลือกหมวด "ร้องเรียนเจ้าหน้าที่")</li></ol>
<h3>ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต</h3>
<p><a href="/2566/files/complaint-stat-2566.pdf">สถิติเรื่องร้องเรียนการทุจริตประจำปี</a></p>""")

    # ------------------------------------------------ O18 anti-bribery
    pdf_no_saraam("/th/ita/files/o18-antibribery-policy-2568.pdf",
                  f"ประกาศ{DIST}\nเรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)",
                  ["ด้วยกรุงเทพมหานครมุ่งส่งเสริมการบริหารงานอย่างซื่อสัตย์สุจริต สำนักงานเขตคลองบัวลอยจึงประกาศนโยบายต่อต้านการรับสินบน ดังนี้",
                   "๑. บุคลากรทุกคนต้องไม่เรียก รับ หรือยอมจะรับสินบน ไม่ว่าโดยทางตรงหรือทางอ้อม",
                   "๒. ห้ามรับของขวัญหรือประโยชน์อื่นใดจากผู้มาติดต่อราชการ (No Gift Policy)",
                   "๓. ผู้บังคับบัญชาทุกระดับมีหน้าที่กำกับดูแลและรายงานเหตุที่พบต่อผู้อำนวยการเขต",
                   "๔. ผู้แจ้งเบาะแสจะได้รับการคุ้มครองตามระเบียบกรุงเทพมหานคร",
                   "ประกาศ ณ วันที่ ๑๑ พฤศจิกายน พ.ศ. ๒๕๖๗",
                   f"({DIRECTOR}) ผู้อำนวยการเขตคลองบัวลอย"])
    pdf("/th/ita/files/o18-antibribery-report-6m-2568.pdf", "รายงานผลการนำนโยบายต่อต้านการรับสินบนไปสู่การปฏิบัติ",
        ["ช่วงเวลา: ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘ (รอบ ๖ เดือน)",
         "๑. เวียนแจ้งนโยบายให้บุคลากรทุกฝ่ายรับทราบ ครบ ๑๐ ฝ่าย (๔๘๒ คน)",
         "๒. ติดประกาศ No Gift Policy ที่จุดบริการ ๖ จุด และเผยแพร่ทาง Facebook ของเขต",
         "๓. จัดอบรมหลักสูตรป้องกันการรับสินบน ๒ รุ่น ผู้เข้าร่วม ๑๑๖ คน",
         "๔. ไม่พบเรื่องร้องเรียนเกี่ยวกับการเรียกรับสินบนในรอบรายงาน",
         "รายงาน ณ วันที่ ๓ เมษายน ๒๕๖๘"], subtitle=DIST)
    th_page("/th/ita/antibribery.html", "นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)", """<ul>
<li><a href="/th/ita/files/o18-antibribery-policy-2568.pdf">ประกาศนโยบายต่อต้านการรับสินบน ปี ๒๕๖๘</a></li>
<li><a href="/th/ita/files/o18-antibribery-report-6m-2568.pdf">รายงานผลการนำนโยบายสู่การปฏิบัติ รอบ ๖ เดือน (ต.ค. ๖๗ - มี.ค. ๖๘)</a></li>
<li><a href="/en/antibribery.html">Anti-Bribery Policy (English)</a></li></ul>""")

    # ------------------------------------------------ O19 risk (wrong topic)
    pdf("/th/ita/files/risk-flood-2568.pdf", "แผนบริหารความเสี่ยงด้านอุทกภัยและสาธารณภัย ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
        ["การประเมินความเสี่ยง: จุดเสี่ยงน้ำท่วมขัง ๑๔ จุด จุดเสี่ยงอัคคีภัยในชุมชนแออัด ๖ จุด",
         "มาตรการ: ติดตั้งเครื่องสูบน้ำประจำจุด ลอกท่อระบายน้ำ ซ้อมแผนอพยพร่วมกับชุมชน",
         "ผู้รับผิดชอบ: ฝ่ายโยธา ฝ่ายปกครอง ฝ่ายรักษาความสะอาดและสวนสาธารณะ"], subtitle=DIST)
    th_page("/th/ita/risk.html", "การประเมินความเสี่ยงและแผนบริหารความเสี่ยง ประจำปี ๒๕๖๘", """
<p>สำนักงานเขตประเมินความเสี่ยงในพื้นที่และจัดทำแผนบริหารความเสี่ยงประจำปี</p>
<ul><li><a href="/th/ita/files/risk-flood-2568.pdf">แผนบริหารความเสี่ยงด้านอุทกภัยและสาธารณภัย ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</a></li></ul>""")

    # ------------------------------------------------ O20 discretion (stored under /2566/ path)
    pdf("/2566/files/ita68/o20-discretion-guideline.pdf", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่ สำนักงานเขตคลองบัวลอย",
        ["๑. งานอนุญาตก่อสร้าง: พิจารณาตามลำดับการยื่นคำขอ ใช้แบบตรวจสอบเดียวกันทุกราย และบันทึกเหตุผลทุกครั้งที่ไม่อนุญาต",
         "๒. งานเทศกิจ: การเปรียบเทียบปรับให้ใช้อัตราตามประกาศกรุงเทพมหานคร ห้ามลดหรือเพิ่มตามดุลยพินิจส่วนตัว",
         "๓. งานภาษี: การประเมินภาษีใช้บัญชีราคาประเมินทุนทรัพย์ที่ประกาศแล้วเท่านั้น",
         "๔. ผู้บังคับบัญชาสุ่มตรวจการใช้ดุลยพินิจทุกไตรมาส และรายงานผู้อำนวยการเขต",
         "ประกาศ ณ วันที่ ๑๕ พฤศจิกายน พ.ศ. ๒๕๖๗", f"({DIRECTOR}) ผู้อำนวยการเขตคลองบัวลอย"])

    # ------------------------------------------------ O21 property (no seized items)
    pdf("/th/ita/files/o21-property-2568.pdf", "มาตรการการจัดการทรัพย์สินของราชการและของบริจาค สำนักงานเขตคลองบัวลอย",
        ["๑. การยืมทรัพย์สินของราชการ ต้องทำบันทึกขออนุญาตตามแบบที่กำหนด และส่งคืนภายในกำหนด",
         "๒. ห้ามนำรถราชการและวัสดุครุภัณฑ์ไปใช้ประโยชน์ส่วนตัว",
         "๓. ของบริจาค: ลงทะเบียนรับ ออกใบอนุโมทนาบัตร และรายงานการใช้จ่ายให้ผู้บริจาคทราบ",
         "๔. ตรวจสอบพัสดุประจำปีโดยคณะกรรมการ",
         "ประกาศ ณ วันที่ ๒๐ พฤศจิกายน พ.ศ. ๒๕๖๗"])
    th_page("/th/ita/property.html", "การจัดการทรัพย์สินของราชการ ของบริจาค และการจัดเก็บของกลาง", """
<p><a href="/th/ita/files/o21-property-2568.pdf">มาตรการการจัดการทรัพย์สินของราชการและของบริจาค (PDF)</a></p>""")

    # ------------------------------------------------ O22 measures (FY2567)
    pdf("/th/ita/files/o22-measures-2567.pdf", "มาตรการในการยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
        ["จากผลการประเมิน ITA ประจำปี ๒๕๖๖ สำนักงานเขตคลองบัวลอยได้คะแนน ๙๑.๔๒ ประเด็นที่ต้องปรับปรุง ได้แก่ การเปิดเผยข้อมูลสถิติการให้บริการ และการสื่อสารเรื่องงบประมาณแก่เจ้าหน้าที่",
         "มาตรการ: ๑) จัดประชุมชี้แจงงบประมาณแก่บุคลากร ๒) ปรับปรุงเว็บไซต์ให้เป็นปัจจุบันทุกเดือน ๓) เผยแพร่ No Gift Policy",
         "ประกาศ ณ วันที่ ๑๘ ธันวาคม พ.ศ. ๒๕๖๖ (" + OLD_DIRECTOR + " ผู้อำนวยการเขตคลองบัวลอย)"])
    pdf("/th/ita/files/o22-report-2567.pdf", "รายงานผลการดำเนินการตามมาตรการยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
        ["รอบ ๖ เดือน (ตุลาคม ๒๕๖๖ - มีนาคม ๒๕๖๗)", "ดำเนินการตามมาตรการครบทั้ง ๓ ข้อ ตามรายละเอียดในตาราง", "รายงาน ณ วันที่ ๕ เมษายน ๒๕๖๗"])
    th_page("/th/ita/measures.html", "มาตรการในการยกระดับคุณธรรมและความโปร่งใส", """
<ul><li><a href="/th/ita/files/o22-measures-2567.pdf">มาตรการในการยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗</a></li>
<li><a href="/th/ita/files/o22-report-2567.pdf">รายงานผลการดำเนินการตามมาตรการฯ ปี ๒๕๖๗</a></li></ul>""")

    # ------------------------------------------------ old copy /2566/
    pdf("/2566/files/budget-plan-2566.pdf", "แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
        [f"{DIST}", "ไตรมาส ๑ ร้อยละ ๓๐ ไตรมาส ๒ ร้อยละ ๒๕ ไตรมาส ๓ ร้อยละ ๒๕ ไตรมาส ๔ ร้อยละ ๒๐", "งบประมาณรวม ๑๗๔,๖๐๐,๐๐๐ บาท"])
    pdf("/2566/files/budget-report-2565.pdf", "รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๕",
        [f"{DIST}", "เบิกจ่ายรวม ๑๖๕,๒๐๐,๔๐๐ บาท คิดเป็นร้อยละ ๙๔.๘๑ ของงบประมาณที่ได้รับ", "ปัญหาอุปสรรค: การเบิกจ่ายงบลงทุนล่าช้าเนื่องจากการประกวดราคาไม่มีผู้เสนอ"])
    pdf("/2566/files/complaint-stat-2566.pdf", "สถิติเรื่องร้องเรียนการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
        ["ตุลาคม ๒๕๖๕ - กันยายน ๒๕๖๖", "เรื่องร้องเรียนการทุจริตทั้งหมด ๓ เรื่อง ดำเนินการแล้วเสร็จ ๓ เรื่อง", "ประเภท: เรียกรับเงินจากผู้ค้าหาบเร่ ๒ เรื่อง การใช้รถราชการ ๑ เรื่อง"], subtitle=DIST)
    pdf("/2566/files/annual-report-2565.pdf", "รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๕", [DIST, "ผลสำเร็จตามตัวชี้วัดร้อยละ ๘๗"])
    old_page("/2566/index.html", "หน้าหลัก", f"""<p>ผู้อำนวยการเขต: {OLD_DIRECTOR}</p>
<ul><li><a href="/2566/news.html">ข่าวประชาสัมพันธ์</a></li><li><a href="/2566/ita/oit2566.html">ITA ๒๕๖๖ (OIT)</a></li>
<li><a href="/2566/procurement.html">จัดซื้อจัดจ้าง</a></li><li><a href="/2566/about/executives.html">ผู้บริหาร</a></li></ul>""", canonical="/th/")
    old_page("/2566/about/executives.html", "ผู้บริหาร", f"""<table><tr><td>{OLD_DIRECTOR}</td><td>ผู้อำนวยการเขตคลองบัวลอย</td><td>โทร ๐ ๒๕๔๘ ๓๑๐๑</td></tr>
<tr><td>นายปกรณ์ แสงอรุณ</td><td>ผู้ช่วยผู้อำนวยการเขต</td><td>โทร ๐ ๒๕๔๘ ๓๑๐๒</td></tr>
<tr><td>นางศิริพร ใจดี</td><td>ผู้ช่วยผู้อำนวยการเขต</td><td>โทร ๐ ๒๕๔๘ ๓๑๐๓</td></tr></table>""")
    old_page("/2566/news.html", "ข่าวประชาสัมพันธ์", """<ul><li>[๒๕ ก.ย. ๒๕๖๖] เขตคลองบัวลอยเตรียมความพร้อมรับมือน้ำหลาก</li>
<li>[๑๐ ส.ค. ๒๕๖๖] ตรวจความปลอดภัยป้ายโฆษณาขนาดใหญ่ ๑๒ ป้าย</li></ul>""")
    old_page("/2566/procurement.html", "ประกาศจัดซื้อจัดจ้าง", """<ul>
<li><a href="/2566/files/sor-kor-ror-2566-08.pdf">สรุปผลการจัดซื้อจัดจ้าง ส.ค. ๒๕๖๖</a></li>
<li><a href="/2566/files/sor-kor-ror-2566-09.pdf">สรุปผลการจัดซื้อจัดจ้าง ก.ย. ๒๕๖๖</a></li></ul>""")
    old_rows = [("O1", "โครงสร้าง", "/2566/about/executives.html"), ("O2", "ข้อมูลผู้บริหาร", "/2566/about/executives.html"),
                ("O3", "อำนาจหน้าที่", "/2566/files/duties.pdf"), ("O7", "ข่าวประชาสัมพันธ์", "/2566/news.html"),
                ("O12", "รายงานผลการดำเนินงานประจำปี", "/2566/files/annual-report-2565.pdf"),
                ("O18", "แผนการใช้จ่ายงบประมาณประจำปี", "/2566/files/budget-plan-2566.pdf"),
                ("O20", "รายงานผลการใช้จ่ายงบประมาณประจำปี", "/2566/files/budget-report-2565.pdf"),
                ("O23", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", "/2566/procurement.html"),
                ("O31", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี", "/2566/files/complaint-stat-2566.pdf")]
    old_page("/2566/ita/oit2566.html", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๖",
             "<table><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>" +
             "".join(f'<tr><td>{c}</td><td>{t}</td><td><a href="{u}">คลิก</a></td></tr>' for c, t, u in old_rows) + "</table>",
             canonical="/th/ita/oit2568.html")

    # ------------------------------------------------ ITA hub + main OIT page
    th_page("/th/ita/index.html", "การประเมินคุณธรรมและความโปร่งใส (ITA)", """<ul>
<li><a href="/th/ita/oit2568.html">การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</a></li>
<li><a href="/textonly/oit.html">OIT ๒๕๖๘ (ฉบับตัวอักษร)</a></li>
<li><a href="/2566/ita/oit2566.html">OIT ประจำปี ๒๕๖๖ (เว็บไซต์เดิม)</a></li>
<li><a href="/en/oit.html">OIT (English)</a></li></ul>""")
    oit = [
        ("O1", "ข้อมูลพื้นฐานของสำนักงานเขต", [("โครงสร้าง", "/th/about/structure.html"), ("ผู้บริหาร", "/th/about/executives.html"), ("อำนาจหน้าที่", "/th/about/duties.html"), ("กฎหมายที่เกี่ยวข้อง", "/th/about/laws.html"), ("ข้อมูลการติดต่อ", "/th/contact.html")]),
        ("0๒", "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร", [("นโยบายและแผน", "/th/policy.html")]),
        ("O3", "โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต", [("รายชื่อโรงเรียนสังกัด กทม. ในเขตคลองบัวลอย (PDF)", "/th/ita/files/school-list-2568.pdf")]),
        ("O4", "การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน", [("ข่าวผลการดำเนินงาน", "/th/news/")]),
        ("O5", "แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี", [("แผน/รายงาน", "/th/ita/plan.html")]),
        ("O6", "คู่มือการปฏิบัติหน้าที่", [("คู่มือรายฝ่าย", "/th/ita/manuals.html")]),
        ("O7", "คู่มือการให้บริการประชาชน", [("คู่มือสำหรับประชาชน", "/th/ita/service-manuals.html")]),
        ("O8", "E-Service", [("บริการออนไลน์", "/th/eservice.html")]),
        ("O9", "ข้อมูลสถิติการจัดเก็บภาษี", [("สถิติภาษี", "/th/revenue/tax-stat.html")]),
        ("O10", "ข้อมูลสถิติการจัดเก็บรายได้", [("สถิติรายได้", "/th/revenue/income-stat.html")]),
        ("O11", "รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต", [("Checklist การออกใบอนุญาต", "/th/eservice/checklist.php")]),
        ("O12", "ระบบติดตาม (Tracking System) สถานะการขอใบอนุญาต", [("ระบบติดตามสถานะ", "/textonly/tracking.html")]),
        ("O13", "แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายงบประมาณประจำปี", [("แผนการใช้จ่ายงบประมาณ ปี ๒๕๖๘", "/2566/files/budget-plan-2566.pdf"), ("รายงานผลการใช้จ่ายงบประมาณ ปี ๒๕๖๗", "/2566/files/budget-report-2565.pdf")]),
        ("O14", "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ ข้อมูลเงินอุดหนุนชุมชน", [("ข้อมูลงบประมาณ", "/th/ita/budget.html")]),
        ("O15", "ประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้าง และ สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("จัดซื้อจัดจ้าง", "/th/procurement/")]),
        ("O16", "หลักเกณฑ์การบริหาร และพัฒนาทรัพยากรบุคคล", [("หลักเกณฑ์", "/th/ita/hr.html")]),
        ("O17", "ช่องทางการร้องเรียนการทุจริตและข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี", [("ช่องทางร้องเรียน/สถิติ", "/th/complaint.html")]),
        ("O18", "ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) และการรายงานผลสู่การปฏิบัติ", [("Anti-Bribery Policy", "/th/ita/antibribery.html")]),
        ("O19", "การประเมินความเสี่ยงต่อการรับสินบนและการรายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน", [("การประเมินความเสี่ยง", "/th/ita/risk.html")]),
        ("O20", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", [("แนวทางการใช้ดุลยพินิจ (PDF)", "/2566/files/ita68/o20-discretion-guideline.pdf")]),
        ("O21", "การจัดการทรัพย์สินของราชการ ของบริจาคและการจัดเก็บของกลาง", [("การจัดการทรัพย์สิน", "/th/ita/property.html")]),
        ("O22", "มาตรการในการยกระดับคุณธรรมและความโปร่งใส และการรายงานผลการดำเนินงาน", [("มาตรการ/รายงาน", "/th/ita/measures.html")]),
    ]
    rows = "".join(f"<tr><td>{c}</td><td>{t}</td><td>" + "<br>".join(f'<a href="{u}">{lt}</a>' for lt, u in links) + "</td></tr>" for c, t, links in oit)
    th_page("/th/ita/oit2568.html", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
            f"<p>ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล และตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต · ผู้รับผิดชอบ: ฝ่ายปกครอง</p><table><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{rows}</table>"
            "<p><small>ปรับปรุงล่าสุด ๗ เมษายน ๒๕๖๘</small></p>", canonical="/th/ita/oit2568.html")

    # ------------------------------------------------ textonly copy
    t_over = {"O6": [("คู่มือรายฝ่าย", "/textonly/manuals.html")], "O10": [("สถิติรายได้ (Excel)", "/textonly/files/income-2566.xlsx")],
              "O15": [("จัดซื้อจัดจ้าง", "/textonly/procurement.html")], "O1": [("เกี่ยวกับเขต", "/textonly/about.html"), ("ติดต่อ", "/textonly/contact.html")]}
    t_items = "".join(f"<li>{c} {t}: " + ", ".join(f'<a href="{u}">{lt}</a>' for lt, u in t_over.get(c, links)) + "</li>" for c, t, links in oit)
    txt_page("/textonly/oit.html", "การเปิดเผยข้อมูลสาธารณะ (OIT) ๒๕๖๘", f"<ol>{t_items}</ol>", canonical="/th/ita/oit2568.html")
    txt_page("/textonly/index.html", "หน้าแรก", """<p>ยินดีต้อนรับสู่เว็บไซต์ฉบับตัวอักษร สำหรับผู้ใช้โปรแกรมอ่านหน้าจอ</p>
<ul><li><a href="/textonly/news.html">ข่าวประชาสัมพันธ์</a></li><li><a href="/textonly/oit.html">การเปิดเผยข้อมูลสาธารณะ (OIT)</a></li>
<li><a href="/textonly/tracking.html">ติดตามสถานะคำขออนุญาต</a></li><li><a href="/textonly/manuals.html">คู่มือการปฏิบัติงาน</a></li>
<li><a href="/textonly/index.html?size=large">แสดงตัวอักษรขนาดใหญ่</a></li></ul>""", canonical="/th/")
    txt_page("/textonly/about.html", "เกี่ยวกับเขต", f"""<p>เขตคลองบัวลอย ๓ แขวง ประชากร ๑๑๒,๔๓๕ คน</p><p>ผู้อำนวยการเขต: {DIRECTOR}</p>
<p>ดูรายละเอียดโครงสร้าง ผู้บริหาร อำนาจหน้าที่ และกฎหมายที่เกี่ยวข้อง ได้ที่ <a href="/th/about/">ข้อมูลพื้นฐาน (เว็บไซต์ปกติ)</a></p>""", canonical="/th/about/")
    txt_page("/textonly/contact.html", "ติดต่อ", f"<p>{ADDR}<br>โทร {PHONE} โทรสาร {FAX}<br>อีเมล {EMAIL}</p>", canonical="/th/contact.html")
    txt_page("/textonly/news.html", "ข่าว", "<ul>" + "".join(f'<li>{d} <a href="/th/news/{k}.html">{t}</a></li>' for k, d, t, _ in news[:3]) + "</ul>", canonical="/th/news/")
    txt_page("/textonly/manuals.html", "คู่มือการปฏิบัติงาน", "<ul>" + "".join(f'<li><a href="/th/ita/files/manual-{s}.pdf">คู่มือ{n}</a></li>' for n, s in DIVS[:6]) + "</ul>",
             canonical="/th/ita/manuals.html")

    # ------------------------------------------------ English copy
    en_page("/en/index.html", "Welcome", """<p>Welcome to the website of Khlong Bua Loi District Office, Bangkok.</p>
<ul><li><a href="/en/about.html">About the district</a></li><li><a href="/en/news.html">News</a></li><li><a href="/en/oit.html">ITA / OIT</a></li><li><a href="/en/antibribery.html">Anti-Bribery Policy</a></li></ul>""",
            canonical="https://webportal.bangkok.go.th/khlongbualoi/en")
    en_page("/en/about.html", "About the district", "<p>Area 28.6 sq km, 3 sub-districts (khwaeng), population about 112,000. The district office has 10 divisions.</p>")
    en_page("/en/news.html", "News", """<ul><li>[12 Sep 2023] District prepares pumps for the rainy season</li><li>[3 Jul 2023] Mobile ID-card service at Bua Thong community</li></ul>""")
    en_page("/en/contact.html", "Contact", "<p>99 Bua Loi Phatthana Rd., Khlong Bua Loi, Bangkok 10510<br>Tel. +66 2548 3100 · Fax +66 2548 3119 · khlongbualoi@bangkok.go.th</p>")
    en_page("/en/antibribery.html", "Anti-Bribery Policy", f"""<p>Khlong Bua Loi District Office announces its Anti-Bribery Policy: no staff member shall demand, accept or agree to accept a bribe,
directly or indirectly; no gifts are accepted from service users (No Gift Policy); supervisors report any case to the District Director; whistle-blowers are protected.</p>
<p>Announced 11 November 2024 — Ms. Wanwisa Sriprasert, District Director.</p><p>Thai original: <a href="/th/ita/files/o18-antibribery-policy-2568.pdf">PDF</a></p>""")
    en_page("/en/oit.html", "Open Data Integrity and Transparency (OIT) 2024", """<p>ITA 2024 (B.E. 2567) items published by the district. For the current year please see the <a href="/th/ita/oit2568.html">Thai page</a>.</p>
<ul><li>O1 Basic information — <a href="/en/about.html">About</a></li><li>O4 Public relations — <a href="/en/news.html">News</a></li>
<li>O18 Anti-Bribery Policy — <a href="/en/antibribery.html">Policy</a></li><li>O15 Procurement — <a href="/2566/procurement.html">Procurement</a></li></ul>""")

    # ------------------------------------------------ meta
    meta = {
        "framework": "bma-2567", "as_of": "2025-04-08", "start": "/",
        "name_th": DIST, "author": "blind", "set": "held-out-10",
        "style": ("A fictional Bangkok district (เขตคลองบัวลอย) whose site exists four times on one host: a splash page at / linking the Thai site /th/ "
                  "(green portal look, left quick-menu, footer 'เว็บไซต์เดิม' → /2566/), a text-only accessibility copy /textonly/ (font-size buttons, high-contrast toggle, "
                  "?contrast=high / ?size=large links, footer 'เว็บไซต์เดิม' → /old/ which redirects to /2566/), a thin English copy /en/ whose OIT page is the old ITA 2567 list, "
                  "and a two-year-old copy /2566/ with its own OIT 2566 page (old numbering; canonical claims /th/ita/oit2568.html). Many pages carry canonicals, some wrong. "
                  "Main OIT page /th/ita/oit2568.html. Traps: O1 executives page canonical → old copy with the previous director (truth pass); O2 code written '0๒'; "
                  "O3 school list PDF 404 from both copies (broken); O4 Thai news current, English news 2023; O5 FY2568 plan + 6-month report but FY2567 annual report 'อยู่ระหว่างจัดทำ' (incomplete); "
                  "O6 manuals for 10 divisions split over two paginated pages, text-only copy lists 6 (pass); O7 manuals only as .docx (pass); O8 external e-services + on-page form (pass); "
                  "O9 tax stats table is FY2566 under a 'ปรับปรุงล่าสุด มี.ค. ๒๕๖๘' stamp (stale); O10 xlsx only, text-only links an older 2566 xlsx (pass); "
                  "O11 checklist link /th/eservice/checklist.php answers 500 (broken); O12 main OIT links cross-copy to /textonly/tracking.html whose canonical is a 404 (pass); "
                  "O13 row labelled 2568/2567 links to FY2566 plan and FY2565 report in /2566/ (stale); O14 community-subsidy section empty (incomplete); "
                  "O15 Oct–Mar monthly สขร.1 with December 'ไม่มีการจัดซื้อจัดจ้าง', e-GPBMA link; text-only copy stops at December (pass); O16 image-only scan, legible (pass); "
                  "O17 channels fine but statistics link is FY2566 in old copy (incomplete/stale); O18 policy PDF whose text layer drops ำ, plus 6-month report (pass); "
                  "O19 'ประเมินความเสี่ยง' page is a flood-risk plan (missing); O20 current guideline (พ.ย. ๒๕๖๗) stored under /2566/files/ita68/ (pass); "
                  "O21 no ของกลาง part (incomplete); O22 FY2567 measures and report only (stale)."),
        "server": {
            "redirects": {"/old": "/2566/", "/old/": "/2566/", "/ita": "/th/ita/oit2568.html"},
            "status": {"/th/eservice/checklist.php": 500},
        },
    }
    (ROOT / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")

if __name__ == "__main__":
    build()
    n = sum(1 for _ in SITE.rglob("*.html"))
    print("html pages:", n, "files:", sum(1 for p in SITE.rglob("*") if p.is_file()))
