# helpers for _make.py (PDF/DOCX/XLSX/HTML writers with Thai text)
import os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import Color, black, HexColor

FD = "/usr/share/fonts/truetype/tlwg/"
for name, fn in [("Norasi", "Norasi.ttf"), ("NorasiB", "Norasi-Bold.ttf"),
                 ("Garuda", "Garuda.ttf"), ("GarudaB", "Garuda-Bold.ttf"),
                 ("Loma", "Loma.ttf"), ("LomaB", "Loma-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FD + fn))

THAI_DIG = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def td(s):
    """arabic -> thai digits"""
    return str(s).translate(THAI_DIG)


COMBINING = set(chr(c) for c in [0x0E31] + list(range(0x0E34, 0x0E3B)) + list(range(0x0E47, 0x0E4F)))
PREFIX = set("เแโใไ")


def _clusters(tok):
    out = []
    for ch in tok:
        if out and (ch in COMBINING or ch == "\u0e33" or (out[-1][-1] in PREFIX)):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def wrap(text, font, size, width):
    lines = []
    for para in str(text).split("\n"):
        words = para.split(" ")
        cur = ""
        for w in words:
            cand = (cur + " " + w) if cur else w
            if pdfmetrics.stringWidth(cand, font, size) <= width:
                cur = cand
                continue
            if cur:
                lines.append(cur)
                cur = ""
            if pdfmetrics.stringWidth(w, font, size) <= width:
                cur = w
            else:
                piece = ""
                for cl in _clusters(w):
                    if pdfmetrics.stringWidth(piece + cl, font, size) > width and piece:
                        lines.append(piece)
                        piece = cl
                    else:
                        piece += cl
                cur = piece
        lines.append(cur)
    return lines


class Doc:
    def __init__(self, path, land=False, font="Norasi", bold="NorasiB", size=14,
                 watermark=None, running=None, footer=None):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        self.ps = landscape(A4) if land else A4
        self.c = canvas.Canvas(path, pagesize=self.ps)
        self.W, self.H = self.ps
        self.m = 56
        self.font, self.bold, self.size = font, bold, size
        self.wm, self.running, self.footer = watermark, running, footer
        self.page = 1
        self._start()

    def _start(self):
        self.y = self.H - self.m
        c = self.c
        if self.wm:
            c.saveState()
            c.setFillColor(Color(0.85, 0.1, 0.1, alpha=0.18))
            c.setFont(self.bold, 200)
            c.translate(self.W / 2, self.H / 2)
            c.rotate(35)
            c.drawCentredString(0, -40, self.wm)
            c.restoreState()
        if self.running:
            c.setFont(self.font, 10)
            c.setFillColor(HexColor("#555555"))
            c.drawRightString(self.W - self.m, self.H - 30, self.running)
            c.setFillColor(black)
        if self.footer is not None:
            c.setFont(self.font, 10)
            c.drawCentredString(self.W / 2, 28, (self.footer + " " if self.footer else "") + "- " + td(self.page) + " -")

    def newpage(self):
        self.c.showPage()
        self.page += 1
        self._start()

    def need(self, h):
        if self.y - h < self.m:
            self.newpage()

    def text(self, s, size=None, bold=False, align="left", indent=0, gap=4):
        size = size or self.size
        f = self.bold if bold else self.font
        lh = size * 1.35
        for ln in wrap(s, f, size, self.W - 2 * self.m - indent):
            self.need(lh)
            self.c.setFont(f, size)
            if align == "center":
                self.c.drawCentredString(self.W / 2, self.y - size, ln)
            elif align == "right":
                self.c.drawRightString(self.W - self.m, self.y - size, ln)
            else:
                self.c.drawString(self.m + indent, self.y - size, ln)
            self.y -= lh
        self.y -= gap

    def title(self, s, size=None):
        self.text(s, size=size or self.size + 4, bold=True, align="center", gap=2)

    def h(self, s):
        self.y -= 4
        self.text(s, bold=True, gap=2)

    def p(self, s, indent=0):
        self.text(s, indent=indent)

    def space(self, n=10):
        self.y -= n

    def line(self):
        self.c.line(self.m, self.y, self.W - self.m, self.y)
        self.y -= 8

    def table(self, widths, rows, header=1, size=None, boldcol=None):
        size = size or self.size - 2
        tot = sum(widths)
        avail = self.W - 2 * self.m
        ws = [w * avail / tot for w in widths]
        lh = size * 1.3
        for ri, row in enumerate(rows):
            isb = ri < header
            f = self.bold if isb else self.font
            cells = [wrap(str(v), f, size, ws[i] - 6) for i, v in enumerate(row)]
            rh = max(len(x) for x in cells) * lh + 6
            if self.y - rh < self.m:
                self.newpage()
            x = self.m
            c = self.c
            if isb:
                c.setFillColor(HexColor("#e6e6e6"))
                c.rect(self.m, self.y - rh, avail, rh, fill=1, stroke=0)
                c.setFillColor(black)
            for i, cl in enumerate(cells):
                c.rect(x, self.y - rh, ws[i], rh, fill=0, stroke=1)
                c.setFont(f, size)
                yy = self.y - 3 - size
                for ln in cl:
                    c.drawString(x + 3, yy, ln)
                    yy -= lh
                x += ws[i]
            self.y -= rh
        self.y -= 8

    def sign(self, lines, x_center=None):
        self.need(len(lines) * self.size * 1.4 + 30)
        self.y -= 16
        xc = x_center or self.W * 0.66
        for i, l in enumerate(lines):
            self.c.setFont(self.font, self.size)
            self.c.drawCentredString(xc, self.y - self.size, l)
            self.y -= self.size * 1.4

    def save(self):
        self.c.save()


def garuda_emblem(c, x, y, r=26, label="กทม."):
    c.saveState()
    c.setStrokeColor(HexColor("#1b5e20"))
    c.setLineWidth(2)
    c.circle(x, y, r)
    c.circle(x, y, r - 5)
    c.setFont("GarudaB", 9)
    c.setFillColor(HexColor("#1b5e20"))
    c.drawCentredString(x, y - 3, label)
    c.restoreState()

# ---------------------------------------------------------------- main part
import json, shutil, datetime
from PIL import Image, ImageDraw, ImageFont
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill
import docx
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
if os.path.exists(SITE):
    shutil.rmtree(SITE)
os.makedirs(SITE)

D = "สำนักงานเขตบางพลัด"
DS = "เขตบางพลัด"
ADDR = "เลขที่ ๑๒๙ ถนนจรัญสนิทวงศ์ แขวงบางพลัด เขตบางพลัด กรุงเทพมหานคร ๑๐๗๐๐"
TEL = "0 2424 1410"
FAX = "0 2424 1411"
MAIL = "bangphlat@bangkok.go.th"
DIRECTOR = "นายธนากร ศรีวงศ์ทอง"
AS_OF = "2025-05-15"

def F(rel):
    p = os.path.join(SITE, rel.lstrip("/"))
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p

def letterhead(d, who=D, topic=None):
    garuda_emblem(d.c, d.W / 2, d.H - 60, label="ครุฑ")
    d.y = d.H - 100

# ---------------------------------------------------------------- images
def font(sz, bold=False):
    return ImageFont.truetype(FD + ("Garuda-Bold.ttf" if bold else "Garuda.ttf"), sz)

def portrait(path, initials, hue):
    im = Image.new("RGB", (240, 300), hue)
    dr = ImageDraw.Draw(im)
    dr.ellipse((70, 40, 170, 150), fill=(235, 205, 180))
    dr.rectangle((40, 170, 200, 300), fill=(245, 245, 235))
    dr.polygon([(120, 170), (100, 300), (140, 300)], fill=(120, 20, 20))
    dr.rectangle((40, 170, 95, 300), fill=(200, 180, 80))
    dr.rectangle((145, 170, 200, 300), fill=(200, 180, 80))
    dr.text((8, 272), initials, fill=(255, 255, 255), font=font(16))
    im.save(F(path), "JPEG", quality=85)

def banner(path, text, sub, color):
    im = Image.new("RGB", (1100, 220), color)
    dr = ImageDraw.Draw(im)
    for i in range(0, 1100, 40):
        dr.line((i, 220, i + 220, 0), fill=tuple(min(255, c + 18) for c in color), width=12)
    dr.text((40, 50), text, fill="white", font=font(48, True))
    dr.text((42, 130), sub, fill="white", font=font(26))
    im.save(F(path), "JPEG", quality=85)

def photo(path, caption, color):
    im = Image.new("RGB", (640, 400), color)
    dr = ImageDraw.Draw(im)
    dr.rectangle((0, 280, 640, 400), fill=tuple(max(0, c - 50) for c in color))
    for k in range(7):
        x = 60 + k * 80
        dr.ellipse((x, 170, x + 36, 206), fill=(230, 200, 170))
        dr.rectangle((x - 6, 206, x + 42, 300), fill=(240, 240, 240) if k % 2 else (60, 90, 160))
    dr.rectangle((0, 350, 640, 400), fill=(0, 0, 0))
    dr.text((14, 360), caption, fill="white", font=font(20))
    im.save(F(path), "JPEG", quality=80)

def orgchart(path):
    im = Image.new("RGB", (1200, 620), "white")
    dr = ImageDraw.Draw(im)
    f, fb = font(16), font(18, True)
    def box(x, y, w, h, t, fill=(225, 240, 225)):
        dr.rectangle((x, y, x + w, y + h), fill=fill, outline=(27, 94, 32), width=2)
        lines = t.split("\n")
        for i, l in enumerate(lines):
            dr.text((x + 8, y + 6 + i * 22), l, fill="black", font=f)
    dr.text((380, 12), "โครงสร้างการแบ่งส่วนราชการ สำนักงานเขตบางพลัด", fill="black", font=fb)
    box(470, 50, 260, 56, "ผู้อำนวยการเขตบางพลัด\nนายธนากร ศรีวงศ์ทอง", (255, 240, 200))
    box(250, 140, 300, 56, "ผู้ช่วยผู้อำนวยการเขต (๑)\nนางสาวพิมพ์ชนก อินทรประเสริฐ", (255, 248, 220))
    box(650, 140, 300, 56, "ผู้ช่วยผู้อำนวยการเขต (๒)\nนายวีระพงษ์ แก้วมณี", (255, 248, 220))
    dr.line((600, 106, 600, 140), fill="black", width=2)
    dr.line((400, 120, 800, 120), fill="black", width=2)
    for xx in (400, 800):
        dr.line((xx, 120, xx, 140), fill="black", width=2)
    divs = DIVS
    for i, (dv, head, _) in enumerate(divs):
        col, row = i % 5, i // 5
        x, y = 20 + col * 236, 260 + row * 150
        box(x, y, 220, 110, dv.replace("และ", "และ\n", 1) if len(dv) > 18 else dv)
        dr.line((x + 110, y, x + 110, y - 20), fill="black", width=1)
    dr.line((130, 240, 1074, 240), fill="black", width=1)
    dr.line((130, 390, 1074, 390), fill="black", width=1)
    dr.line((600, 196, 600, 240), fill="black", width=2)
    im.save(F(path), "PNG")

DIVS = [
    ("ฝ่ายปกครอง", "นางวรรณา ทองประเสริฐ", "111"),
    ("ฝ่ายทะเบียน", "นายสุรชัย มีสุข", "121"),
    ("ฝ่ายการคลัง", "นางสาวกนกวรรณ พึ่งบุญ", "131"),
    ("ฝ่ายรายได้", "นายอรรถพล วงศ์ใหญ่", "141"),
    ("ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "นางจันทร์เพ็ญ สายสุวรรณ", "151"),
    ("ฝ่ายโยธา", "นายปกรณ์ ชัยมงคล", "161"),
    ("ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "นายเกรียงไกร บุญมา", "171"),
    ("ฝ่ายเทศกิจ", "นายณัฐวุฒิ จันทร์หอม", "181"),
    ("ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "นางสาวศิริพร แสงทอง", "191"),
    ("ฝ่ายการศึกษา", "นางรัตนา ปานทอง", "201"),
]

# ---------------------------------------------------------------- HTML template
NAV = [("/", "หน้าแรก"), ("/about/", "เกี่ยวกับเขต"), ("/news/", "ข่าวประชาสัมพันธ์"),
       ("/services/", "บริการประชาชน"), ("/procurement/", "จัดซื้อจัดจ้าง"),
       ("/budget/", "งบประมาณ"), ("/ita/", "ITA / OIT 2568"), ("/contact/", "ติดต่อเรา")]
SIDE = [("/about/structure/", "โครงสร้างหน่วยงาน"), ("/about/executives/", "ผู้บริหารเขต"),
        ("/about/authority/", "อำนาจหน้าที่"), ("/policy/", "นโยบายผู้ว่าฯ และแผนพัฒนากรุงเทพมหานคร"),
        ("/schools/", "โรงเรียนสังกัดกรุงเทพมหานคร"), ("/manuals/", "คู่มือการปฏิบัติงาน"),
        ("/services/manuals/", "คู่มือสำหรับประชาชน"), ("/services/eservice/", "E-Service"),
        ("/permits/", "การขออนุญาต / Checklist"), ("/revenue/", "สถิติภาษีและรายได้"),
        ("/hr/", "การบริหารทรัพยากรบุคคล"), ("/complaint/", "ร้องเรียนการทุจริต"),
        ("/communities/", "ชุมชนในเขต"), ("/tourism/", "สถานที่สำคัญ"), ("/sitemap/", "แผนผังเว็บไซต์")]

CSS = """
body{font-family:'Sarabun','Garuda',sans-serif;margin:0;background:#f4f6f4;color:#222}
.portal{background:#0d3b1e;color:#cfe;font-size:13px;padding:4px 20px}
.portal a{color:#cfe;margin-right:12px;text-decoration:none}
header{background:#1b5e20;color:#fff;padding:14px 20px}
header .t{font-size:26px;font-weight:bold} header .s{font-size:14px}
nav{background:#2e7d32} nav a{color:#fff;display:inline-block;padding:10px 14px;text-decoration:none}
nav a:hover{background:#43a047}
.wrap{display:flex;max-width:1180px;margin:16px auto;gap:16px}
aside{width:260px;background:#fff;border:1px solid #cdd;padding:10px}
aside a{display:block;padding:6px 4px;border-bottom:1px dotted #ccc;color:#1b5e20;text-decoration:none}
main{flex:1;background:#fff;border:1px solid #cdd;padding:18px 22px}
table{border-collapse:collapse;width:100%} td,th{border:1px solid #bbb;padding:6px;vertical-align:top}
th{background:#e8f5e9} .crumb{font-size:13px;color:#666;margin-bottom:8px}
footer{background:#263238;color:#ddd;padding:16px 20px;font-size:14px}
.newsitem{border-bottom:1px solid #eee;padding:8px 0} .date{color:#888;font-size:13px}
.doc{display:inline-block;background:#e3f2fd;border:1px solid #90caf9;padding:1px 6px;border-radius:3px;margin:2px 0}
"""

def page(path, title, body, crumbs=None):
    crumbs = crumbs or []
    cr = " &rsaquo; ".join(['<a href="/">หน้าแรก</a>'] + [f'<a href="{u}">{t}</a>' for u, t in crumbs] + [title])
    navh = "".join(f'<a href="{u}">{t}</a>' for u, t in NAV)
    side = "".join(f'<a href="{u}">{t}</a>' for u, t in SIDE)
    html = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {D}</title><link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div class="portal">เว็บไซต์ในเครือกรุงเทพมหานคร: <a href="https://www.bangkok.go.th/">กรุงเทพมหานคร</a><a href="https://webportal.bangkok.go.th/bangkoknoi">เขตบางกอกน้อย</a><a href="https://webportal.bangkok.go.th/bangsue">เขตบางซื่อ</a><a href="https://webportal.bangkok.go.th/dusit">เขตดุสิต</a><a href="https://webportal.bangkok.go.th/">ดูทั้ง ๕๐ เขต</a></div>
<header><div class="t">{D}</div><div class="s">Bang Phlat District Office · กรุงเทพมหานคร · “บางพลัด เมืองน่าอยู่ ริมน้ำเจ้าพระยา”</div></header>
<nav>{navh}</nav>
<div class="wrap"><aside><b>เมนู</b>{side}</aside>
<main><div class="crumb">{cr}</div>
<h1 style="font-size:22px;color:#1b5e20">{title}</h1>
{body}
</main></div>
<footer><b>{D}</b><br>{ADDR}<br>โทรศัพท์ {TEL} · โทรสาร {FAX} · อีเมล {MAIL}<br>
เวลาทำการ วันจันทร์ - ศุกร์ ๐๘.๐๐ - ๑๖.๐๐ น. (ฝ่ายทะเบียนเปิดบริการวันเสาร์ ๐๘.๐๐ - ๑๒.๐๐ น.)<br>
© ๒๕๖๘ {D} · <a style="color:#9cf" href="/sitemap/">แผนผังเว็บไซต์</a> · <a style="color:#9cf" href="/ita/">ITA</a></footer>
</body></html>
"""
    p = F(path.strip("/") + "/index.html") if path != "/" else F("index.html")
    with open(p, "w", encoding="utf-8") as f:
        f.write(html)

def a(u, t, doc=True):
    return f'<a class="doc" href="{u}">{t}</a>' if doc else f'<a href="{u}">{t}</a>'

# ======================================================================
# DOCUMENTS
# ======================================================================
FILES = {}

# ---------- O1: basic info PDF (own)
def doc_basic():
    d = Doc(F("files/about/basic_info_bangphlat_2568.pdf"), footer="", running=D)
    d.title("ข้อมูลพื้นฐานสำนักงานเขตบางพลัด")
    d.text("ข้อมูล ณ วันที่ ๑ เมษายน ๒๕๖๘", align="center")
    d.h("๑. ประวัติความเป็นมา")
    d.p("เขตบางพลัดเดิมเป็นส่วนหนึ่งของเขตบางกอกน้อย ต่อมาได้มีประกาศกระทรวงมหาดไทย ลงวันที่ ๒๑ พฤศจิกายน พ.ศ. ๒๕๓๒ จัดตั้งเขตบางพลัด โดยแยกพื้นที่แขวงบางพลัด แขวงบางอ้อ แขวงบางบำหรุ และแขวงบางยี่ขัน ออกจากเขตบางกอกน้อย ", indent=20)
    d.h("๒. ที่ตั้งและอาณาเขต")
    d.p("พื้นที่ ๑๑.๓๖ ตารางกิโลเมตร ทิศเหนือติดต่อเขตบางซื่อและจังหวัดนนทบุรี ทิศใต้ติดต่อเขตบางกอกน้อย ทิศตะวันออกติดต่อแม่น้ำเจ้าพระยา ทิศตะวันตกติดต่อเขตตลิ่งชัน", indent=20)
    d.h("๓. ประชากร (ทะเบียนราษฎร ณ ๓๑ มีนาคม ๒๕๖๘)")
    d.table([3, 2, 2, 2], [["แขวง", "ชาย", "หญิง", "รวม"],
                           ["บางพลัด", "๙,๔๑๒", "๑๐,๒๘๘", "๑๙,๗๐๐"],
                           ["บางอ้อ", "๘,๑๐๕", "๘,๙๔๐", "๑๗,๐๔๕"],
                           ["บางบำหรุ", "๑๒,๒๐๓", "๑๓,๖๒๑", "๒๕,๘๒๔"],
                           ["บางยี่ขัน", "๑๒,๙๙๐", "๑๔,๔๑๒", "๒๗,๔๐๒"],
                           ["รวม", "๔๒,๗๑๐", "๔๗,๒๖๑", "๘๙,๙๗๑"]])
    d.h("๔. ข้อมูลการติดต่อ")
    d.p(f"{ADDR}  โทรศัพท์ {TEL}  โทรสาร {FAX}  อีเมล {MAIL}")
    d.save()

# ---------- O2: Governor policy & BMA plans (BMA-wide, correct for O2)
def doc_policy():
    d = Doc(F("files/policy/bma_governor_policy_9d9d.pdf"), footer="", running="กรุงเทพมหานคร")
    garuda_emblem(d.c, d.W / 2, d.H - 60)
    d.y = d.H - 100
    d.title("นโยบายผู้ว่าราชการกรุงเทพมหานคร")
    d.text("(นายชัชชาติ สิทธิพันธุ์)  “เส้นเลือดฝอย” ๙ ด้าน ๙ ดี", align="center")
    d.p("กรุงเทพมหานครกำหนดนโยบายการบริหารราชการ ๙ ด้าน เพื่อให้กรุงเทพฯ เป็นเมืองน่าอยู่สำหรับทุกคน โดยให้หน่วยงานในสังกัดกรุงเทพมหานคร ทั้งสำนักและสำนักงานเขต นำไปจัดทำแผนปฏิบัติราชการและโครงการให้สอดคล้อง ดังนี้", indent=20)
    for i, (k, v) in enumerate([
        ("ปลอดภัยดี", "ลดพื้นที่เสี่ยงภัย ไฟฟ้าส่องสว่าง กล้อง CCTV จุดเสี่ยงอุบัติเหตุ"),
        ("เดินทางดี", "ทางเท้าดี เชื่อมต่อระบบขนส่ง ล้อ ราง เรือ"),
        ("สิ่งแวดล้อมดี", "สวน ๑๕ นาที ต้นไม้ล้านต้น คัดแยกขยะ ฝุ่น PM2.5"),
        ("สุขภาพดี", "ศูนย์บริการสาธารณสุข ระบบส่งต่อ Telemedicine"),
        ("เรียนดี", "โรงเรียนสังกัดกรุงเทพมหานคร ๔๓๗ แห่ง ลดภาระครู พัฒนาหลักสูตร"),
        ("เศรษฐกิจดี", "หาบเร่แผงลอย พื้นที่ทำกิน ส่งเสริมผู้ประกอบการรายย่อย"),
        ("สังคมดี", "ชุมชน ผู้สูงอายุ คนพิการ คนไร้บ้าน"),
        ("โครงสร้างดี", "ระบบระบายน้ำ ลอกท่อ ขยายเส้นเลือดฝอย"),
        ("บริหารจัดการดี", "โปร่งใส ไม่ส่วย ใช้เทคโนโลยี Traffy Fondue เปิดเผยข้อมูล Open Data")]):
        d.p(f"{td(i+1)}. {k} : {v}", indent=30)
    d.newpage()
    d.title("แผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร")
    d.table([1, 4, 3], [["ลำดับ", "ชื่อแผน", "หน่วยงานเจ้าของแผน"],
                        ["๑", "แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี (พ.ศ. ๒๕๕๖ - ๒๕๗๕)", "สำนักยุทธศาสตร์และประเมินผล"],
                        ["๒", "แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๓ (พ.ศ. ๒๕๖๖ - ๒๕๗๐)", "สำนักยุทธศาสตร์และประเมินผล"],
                        ["๓", "แผนปฏิบัติราชการกรุงเทพมหานคร ประจำปี พ.ศ. ๒๕๖๘", "สำนักยุทธศาสตร์และประเมินผล"],
                        ["๔", "แผนพัฒนาเขตบางพลัด (แผนพัฒนาเชิงพื้นที่) ประจำปี พ.ศ. ๒๕๖๘", "สำนักงานเขตบางพลัด"]])
    d.save()
    # BMA action plan 2568 (BMA-wide) -- also (wrongly) used under O5
    d = Doc(F("files/policy/bma_action_plan_2568.pdf"), footer="", running="สำนักยุทธศาสตร์และประเมินผล กรุงเทพมหานคร")
    garuda_emblem(d.c, d.W / 2, d.H - 60)
    d.y = d.H - 100
    d.title("แผนปฏิบัติราชการกรุงเทพมหานคร")
    d.title("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")
    d.text("จัดทำโดย สำนักยุทธศาสตร์และประเมินผล กรุงเทพมหานคร", align="center")
    d.space(10)
    d.h("ส่วนที่ ๑ บทนำ")
    d.p("แผนปฏิบัติราชการกรุงเทพมหานคร ประจำปี พ.ศ. ๒๕๖๘ จัดทำขึ้นตามพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘ เพื่อถ่ายทอดแผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๓ และนโยบายผู้ว่าราชการกรุงเทพมหานคร ๙ ด้าน ลงสู่การปฏิบัติของส่วนราชการทุกระดับ ได้แก่ สำนัก ๑๖ หน่วยงาน และสำนักงานเขต ๕๐ เขต", indent=20)
    d.p("ให้สำนักงานเขตแต่ละแห่งนำแผนนี้ไปจัดทำแผนปฏิบัติราชการประจำปีของสำนักงานเขต โดยระบุโครงการ งบประมาณ ตัวชี้วัด และผู้รับผิดชอบในระดับฝ่าย", indent=20)
    d.h("ส่วนที่ ๒ เป้าหมายและตัวชี้วัดระดับกรุงเทพมหานคร")
    d.table([3, 4, 2, 2], [["มิติ", "ตัวชี้วัด", "ค่าเป้าหมาย", "หน่วยงานหลัก"],
                           ["มหานครปลอดภัย", "ร้อยละของจุดเสี่ยงที่ได้รับการแก้ไข", "ร้อยละ ๘๐", "สำนักงานเขต ๕๐ เขต"],
                           ["มหานครสีเขียว", "จำนวนสวน ๑๕ นาทีที่เพิ่มขึ้น", "๕๐ แห่ง", "สำนักสิ่งแวดล้อม"],
                           ["มหานครสำหรับทุกคน", "ร้อยละผู้สูงอายุที่ได้รับการดูแล", "ร้อยละ ๙๐", "สำนักพัฒนาสังคม"],
                           ["มหานครกระชับ", "ระยะทางทางเท้าที่ปรับปรุง (กม.)", "๑,๐๐๐ กม.", "สำนักการโยธา/สำนักงานเขต"],
                           ["การบริหารจัดการเมืองมหานคร", "ร้อยละเรื่อง Traffy Fondue ที่แก้ไขเสร็จ", "ร้อยละ ๘๕", "ทุกส่วนราชการ"]])
    d.h("ส่วนที่ ๓ โครงการสำคัญ (ภาพรวมกรุงเทพมหานคร)")
    for i, x in enumerate(["โครงการปลูกต้นไม้ล้านต้น", "โครงการปรับปรุงทางเท้าทั่วกรุงเทพฯ",
                           "โครงการลอกท่อระบายน้ำ ๓,๓๐๐ กิโลเมตร", "โครงการ Open Bangkok เปิดเผยข้อมูลภาครัฐ",
                           "โครงการพัฒนาศูนย์บริการสาธารณสุข ๖๙ แห่ง"]):
        d.p(f"{td(i+1)}) {x}", indent=30)
    d.save()
    d = Doc(F("files/policy/bma_dev_plan_20y_phase3.pdf"), footer="", running="แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๓")
    garuda_emblem(d.c, d.W / 2, d.H - 60)
    d.y = d.H - 100
    d.title("แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๓")
    d.title("(พ.ศ. ๒๕๖๖ - ๒๕๗๐)")
    d.p("วิสัยทัศน์ “กรุงเทพฯ มหานครแห่งเอเชีย” ประกอบด้วย ๗ มิติ ได้แก่ มหานครปลอดภัย มหานครสีเขียว สะดวกสบาย มหานครสำหรับทุกคน มหานครกระชับ มหานครประชาธิปไตย มหานครแห่งเศรษฐกิจและการเรียนรู้ และการบริหารจัดการเมืองมหานคร", indent=20)
    d.p("แผนระยะที่ ๓ ได้ปรับเป้าหมายให้สอดคล้องกับนโยบายผู้ว่าราชการกรุงเทพมหานคร และยุทธศาสตร์ชาติ ๒๐ ปี เพื่อใช้เป็นกรอบในการจัดทำแผนปฏิบัติราชการประจำปีของทุกหน่วยงาน", indent=20)
    d.save()

# ---------- O5: own annual report FY2567
def doc_o5():
    d = Doc(F("files/plan/annual_report_2567_bangphlat.pdf"), footer=D, running="รายงานผลการปฏิบัติราชการ ประจำปี ๒๕๖๗")
    garuda_emblem(d.c, d.W / 2, d.H - 60)
    d.y = d.H - 100
    d.title("รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗")
    d.title(D)
    d.text("(๑ ตุลาคม ๒๕๖๖ - ๓๐ กันยายน ๒๕๖๗)", align="center")
    d.h("๑. สรุปผลการดำเนินงานตามแผนปฏิบัติราชการ")
    d.p("สำนักงานเขตบางพลัดมีโครงการตามแผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๗ จำนวน ๔๒ โครงการ ดำเนินการแล้วเสร็จ ๓๙ โครงการ คิดเป็นร้อยละ ๙๒.๘๖ อยู่ระหว่างดำเนินการ ๓ โครงการ", indent=20)
    d.table([4, 1, 1, 1, 2], [["มิติ", "โครงการ", "เสร็จ", "ค้าง", "เบิกจ่าย (บาท)"],
                              ["มหานครปลอดภัย", "๘", "๘", "-", "๓,๒๑๐,๕๐๐"],
                              ["มหานครสีเขียว สะดวกสบาย", "๑๐", "๙", "๑", "๕,๔๐๒,๒๐๐"],
                              ["มหานครสำหรับทุกคน", "๙", "๙", "-", "๒,๑๑๐,๐๐๐"],
                              ["มหานครกระชับ", "๕", "๔", "๑", "๗,๘๘๐,๐๐๐"],
                              ["มหานครประชาธิปไตย", "๔", "๔", "-", "๓๒๐,๐๐๐"],
                              ["การบริหารจัดการเมืองมหานคร", "๖", "๕", "๑", "๙๘๐,๔๐๐"],
                              ["รวม", "๔๒", "๓๙", "๓", "๑๙,๙๐๓,๑๐๐"]])
    d.h("๒. ปัญหาอุปสรรคและข้อเสนอแนะ")
    d.p("โครงการปรับปรุงทางเท้าถนนจรัญสนิทวงศ์ช่วงแยกบางพลัดล่าช้าเนื่องจากการรื้อย้ายสาธารณูปโภค จะดำเนินการต่อในปีงบประมาณ พ.ศ. ๒๕๖๘", indent=20)
    d.sign(["(นายธนากร ศรีวงศ์ทอง)", "ผู้อำนวยการเขตบางพลัด", "๒๙ ตุลาคม ๒๕๖๗"])
    d.save()

# ---------- O6: division manuals (own)
def doc_o6():
    steps = {
        "ฝ่ายปกครอง": ["รับหนังสือ/เรื่องร้องเรียน ลงทะเบียนรับ", "เสนอผู้อำนวยการเขตพิจารณาสั่งการ", "ส่งเรื่องฝ่ายที่เกี่ยวข้องภายใน ๑ วันทำการ", "ติดตามและรายงานผลภายใน ๑๕ วัน"],
        "ฝ่ายทะเบียน": ["ตรวจสอบเอกสารหลักฐานผู้ยื่นคำร้อง", "บันทึกข้อมูลในระบบงานทะเบียนราษฎร", "นายทะเบียนพิจารณาอนุมัติ", "มอบเอกสารแก่ผู้รับบริการ"],
        "ฝ่ายการคลัง": ["รับเอกสารขอเบิกจ่ายจากฝ่ายต่าง ๆ", "ตรวจสอบความถูกต้องตามระเบียบ", "บันทึกในระบบ BMA-ERP", "อนุมัติและจ่ายเงินเข้าบัญชีเจ้าหนี้"],
        "ฝ่ายรายได้": ["สำรวจและจัดทำบัญชีรายการที่ดินและสิ่งปลูกสร้าง", "ประเมินภาษีและแจ้งผู้เสียภาษี", "รับชำระภาษี ออกใบเสร็จ", "ติดตามภาษีค้างชำระ"],
        "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม": ["รับลงทะเบียนเบี้ยยังชีพผู้สูงอายุ/คนพิการ", "ตรวจสอบคุณสมบัติ", "เสนออนุมัติ", "จ่ายเบี้ยยังชีพผ่านบัญชีธนาคาร"],
        "ฝ่ายโยธา": ["รับคำขออนุญาตก่อสร้างผ่าน BMA OSS", "ตรวจสอบแบบแปลนและสถานที่", "พิจารณาออกใบอนุญาตภายใน ๔๕ วัน", "ตรวจสอบระหว่างก่อสร้าง"],
        "ฝ่ายรักษาความสะอาดและสวนสาธารณะ": ["จัดเส้นทางเก็บขนมูลฝอย", "กวาดล้างถนนและตรอกซอย", "ดูแลสวนสาธารณะและต้นไม้", "รับแจ้งเรื่องผ่าน Traffy Fondue"],
        "ฝ่ายเทศกิจ": ["ตรวจตราพื้นที่สาธารณะ", "จัดระเบียบหาบเร่แผงลอย", "ดำเนินการตามกฎหมายรักษาความสะอาด", "อำนวยความสะดวกบริเวณโรงเรียน"],
        "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล": ["รับคำขอใบอนุญาตสถานที่จำหน่ายอาหาร", "ตรวจสุขลักษณะสถานประกอบการ", "ออกใบอนุญาต", "ตรวจเฝ้าระวังเหตุรำคาญ"],
        "ฝ่ายการศึกษา": ["นิเทศติดตามโรงเรียนสังกัดกรุงเทพมหานคร", "จัดสรรงบประมาณอาหารกลางวัน/อาหารเสริม(นม)", "ประสานการรับนักเรียน", "รายงานผลการจัดการศึกษา"],
    }
    out = []
    for i, (dv, head, ext) in enumerate(DIVS):
        fn = f"files/manuals/manual_{i+1:02d}.pdf"
        d = Doc(F(fn), footer=f"คู่มือการปฏิบัติงาน {dv}", running=D)
        d.title(f"คู่มือการปฏิบัติงาน {dv}")
        d.title(D, size=16)
        d.text("ปรับปรุงครั้งล่าสุด พฤศจิกายน ๒๕๖๗" if i % 3 else "ปรับปรุงครั้งล่าสุด ธันวาคม ๒๕๖๖", align="center")
        d.h("๑. วัตถุประสงค์")
        d.p(f"เพื่อให้เจ้าหน้าที่{dv}ปฏิบัติงานเป็นไปในแนวทางเดียวกัน ถูกต้องตามระเบียบ และให้บริการประชาชนได้ภายในระยะเวลาที่กำหนด", indent=20)
        d.h("๒. ขอบเขตงาน")
        d.p(f"ครอบคลุมภารกิจของ{dv} {D} ตามประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต", indent=20)
        d.h("๓. ขั้นตอนการปฏิบัติงาน")
        rows = [["ขั้นตอน", "รายละเอียด", "ระยะเวลา", "ผู้รับผิดชอบ"]]
        for k, s in enumerate(steps[dv]):
            rows.append([td(k + 1), s, ["๑ วัน", "๒ วัน", "๓ วัน", "๑ วัน"][k], ["เจ้าหน้าที่", "หัวหน้างาน", "หัวหน้าฝ่าย", "เจ้าหน้าที่"][k]])
        d.table([1, 6, 2, 2], rows)
        d.h("๔. ผู้จัดทำ")
        d.p(f"{dv} โทร {TEL} ต่อ {td(ext)}  หัวหน้าฝ่าย: {head}")
        d.save()
        out.append((dv, "/" + fn))
    return out

# ---------- O7: citizen manuals (own)
def doc_o7():
    items = [
        ("การแจ้งเกิด", "ฝ่ายทะเบียน", ["หนังสือรับรองการเกิด (ท.ร. ๑/๑)", "บัตรประจำตัวประชาชนของผู้แจ้ง", "สำเนาทะเบียนบ้านที่จะเพิ่มชื่อเด็ก"], "ไม่มีค่าธรรมเนียม (เกิน ๑๕ วัน ปรับไม่เกิน ๑,๐๐๐ บาท)", "๓๐ นาที"),
        ("การทำบัตรประจำตัวประชาชน", "ฝ่ายทะเบียน", ["บัตรเดิม (กรณีบัตรหมดอายุ)", "สูติบัตร (กรณีทำครั้งแรก)"], "๑๐๐ บาท (ยกเว้นกรณีทำครั้งแรก/อายุเกิน ๗๐ ปี)", "๑๕ นาที"),
        ("การขออนุญาตก่อสร้างอาคาร (ตามมาตรา ๒๑)", "ฝ่ายโยธา", ["แบบคำขอ ข.๑", "แบบแปลนและรายการคำนวณ ๕ ชุด", "สำเนาโฉนดที่ดิน", "หนังสือยินยอมของเจ้าของที่ดิน (หากมีการทำร่างสัญญาเช่าให้แนบร่างสัญญาเช่าประกอบ)"], "ตามกฎกระทรวงค่าธรรมเนียม", "๔๕ วัน"),
        ("การชำระภาษีที่ดินและสิ่งปลูกสร้าง", "ฝ่ายรายได้", ["หนังสือแจ้งการประเมินภาษี", "บัตรประจำตัวประชาชน"], "ตามอัตราภาษีที่ประเมิน", "๑๕ นาที"),
        ("การขอใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", ["แบบคำขอ สอ.๑", "สำเนาบัตรประชาชน", "แผนที่ตั้งสถานประกอบการ", "ใบรับรองแพทย์ผู้สัมผัสอาหาร"], "ตามขนาดพื้นที่ ๒๐๐ - ๓,๐๐๐ บาท", "๑๕ วันทำการ"),
    ]
    out = []
    for i, (nm, dv, docs, fee, tm) in enumerate(items):
        fn = f"files/services/citizen_manual_{i+1}.pdf"
        d = Doc(F(fn), footer="", running="คู่มือสำหรับประชาชน " + D)
        d.title("คู่มือสำหรับประชาชน")
        d.title(nm, size=16)
        d.table([2, 5], [["หัวข้อ", "รายละเอียด"],
                         ["หน่วยงานที่ให้บริการ", f"{dv} {D}"],
                         ["สถานที่/ช่องทาง", f"{ADDR} หรือ BMA OSS / จองคิว BMA Q"],
                         ["ระยะเวลาเปิดให้บริการ", "วันจันทร์ - ศุกร์ ๐๘.๐๐ - ๑๖.๐๐ น. (ยกเว้นวันหยุดราชการ)"],
                         ["ระยะเวลาดำเนินการ", tm],
                         ["ค่าธรรมเนียม", fee],
                         ["ช่องทางร้องเรียน", f"โทร {TEL} ต่อ ๑๑๑ / Traffy Fondue / สายด่วน กทม. ๑๕๕๕"]])
        d.h("เอกสารหลักฐานประกอบคำขอ")
        for k, x in enumerate(docs):
            d.p(f"{td(k+1)}) {x}", indent=20)
        d.h("ขั้นตอนการให้บริการ")
        d.p("๑) ยื่นคำขอและตรวจสอบเอกสาร  ๒) เจ้าหน้าที่พิจารณา  ๓) ผู้มีอำนาจลงนาม  ๔) แจ้งผลและส่งมอบเอกสาร", indent=20)
        d.save()
        out.append((nm, "/" + fn))
    return out

# ---------- O9 (stale) & O10 (current) XLSX
MONTHS = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."]
def xlsx_tax_2567():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "ภาษี 2567"
    ws["A1"] = "สถิติการจัดเก็บภาษี สำนักงานเขตบางพลัด ปีงบประมาณ พ.ศ. 2567 (ต.ค. 2566 - ก.ย. 2567)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["เดือน", "ภาษีที่ดินและสิ่งปลูกสร้าง (บาท)", "ภาษีป้าย (บาท)", "รวม (บาท)", "จำนวนราย"])
    base = [3.1, 2.4, 2.2, 4.8, 9.6, 12.4, 18.9, 6.2, 3.3, 2.1, 1.9, 1.7]
    for m, b in zip(MONTHS, base):
        y = "66" if m in ("ต.ค.", "พ.ย.", "ธ.ค.") else "67"
        land = int(b * 1_000_000); sign = int(b * 61_300)
        ws.append([f"{m} {y}", land, sign, land + sign, int(b * 310)])
    ws.append(["รวมทั้งปี", "=SUM(B4:B15)", "=SUM(C4:C15)", "=SUM(D4:D15)", "=SUM(E4:E15)"])
    ws.append([]); ws.append(["ที่มา: ฝ่ายรายได้ สำนักงานเขตบางพลัด ข้อมูล ณ 30 กันยายน 2567"])
    for c in "ABCDE": ws.column_dimensions[c].width = 28
    wb.save(F("files/revenue/tax_statistics.xlsx"))

def xlsx_revenue_2568():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "รายได้ 2568"
    ws["A1"] = "สถิติการจัดเก็บรายได้ สำนักงานเขตบางพลัด ปีงบประมาณ พ.ศ. 2568"
    ws["A2"] = "ข้อมูลตั้งแต่ 1 ตุลาคม 2567 ถึง 30 เมษายน 2568"
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["เดือน", "ภาษีที่ดินและสิ่งปลูกสร้าง", "ภาษีป้าย", "ค่าธรรมเนียมใบอนุญาต", "ค่าปรับ", "ค่าธรรมเนียมเก็บขนมูลฝอย", "รวม (บาท)"])
    vals = [(3.3, 0.21, 0.41, 0.05, 0.62), (2.6, 0.18, 0.38, 0.04, 0.60), (2.5, 0.15, 0.35, 0.06, 0.61),
            (5.1, 0.33, 0.44, 0.05, 0.63), (10.2, 0.71, 0.39, 0.07, 0.62), (13.0, 0.92, 0.42, 0.04, 0.64),
            (19.6, 1.12, 0.40, 0.06, 0.63)]
    for i, v in enumerate(vals):
        y = "67" if i < 3 else "68"
        row = [f"{MONTHS[i]} {y}"] + [int(x * 1_000_000) for x in v]
        r = ws.max_row + 1
        ws.append(row + [f"=SUM(B{r}:F{r})"])
    ws.append(["รวม", "=SUM(B4:B10)", "=SUM(C4:C10)", "=SUM(D4:D10)", "=SUM(E4:E10)", "=SUM(F4:F10)", "=SUM(G4:G10)"])
    ws.append([]); ws.append(["ที่มา: ฝ่ายรายได้/ฝ่ายการคลัง สำนักงานเขตบางพลัด ปรับปรุงข้อมูล ณ 8 พฤษภาคม 2568"])
    for c in "ABCDEFG": ws.column_dimensions[c].width = 22
    ws2 = wb.create_sheet("สรุปรายไตรมาส")
    ws2.append(["ไตรมาส", "ช่วงเดือน", "รวม (บาท)"])
    ws2.append(["ไตรมาส 1", "ต.ค. 67 - ธ.ค. 67", "='รายได้ 2568'!G4+'รายได้ 2568'!G5+'รายได้ 2568'!G6"])
    ws2.append(["ไตรมาส 2", "ม.ค. 68 - มี.ค. 68", "='รายได้ 2568'!G7+'รายได้ 2568'!G8+'รายได้ 2568'!G9"])
    ws2.append(["ไตรมาส 3 (บางส่วน)", "เม.ย. 68", "='รายได้ 2568'!G10"])
    wb.save(F("files/revenue/revenue_statistics_2568.xlsx"))

# ---------- O11 checklists (forms with dotted blanks for APPLICANT -- legitimately a checklist)
def doc_o11():
    lists = [
        ("การขออนุญาตก่อสร้าง ดัดแปลง รื้อถอน อาคาร (ข.๑)", "ฝ่ายโยธา",
         ["แบบคำขอ ข.๑ กรอกข้อความครบถ้วน", "สำเนาบัตรประชาชนและทะเบียนบ้านผู้ขออนุญาต", "สำเนาโฉนดที่ดิน ขนาดเท่าต้นฉบับ", "หนังสือยินยอมให้ก่อสร้างในที่ดิน", "แบบแปลน ๕ ชุด ลงนามสถาปนิก/วิศวกร", "รายการคำนวณโครงสร้าง ๑ ชุด", "สำเนาใบอนุญาตประกอบวิชาชีพ"]),
        ("การขอใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร/สะสมอาหาร", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล",
         ["แบบคำขอ สอ.๑", "สำเนาบัตรประชาชน", "หนังสือมอบอำนาจ (ถ้ามี)", "แผนที่ตั้งและแผนผังภายใน", "ใบรับรองแพทย์ผู้สัมผัสอาหาร", "หลักฐานการผ่านอบรมผู้สัมผัสอาหาร"]),
        ("การขอใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล",
         ["แบบคำขอ อภ.๑", "สำเนาบัตรประชาชน/หนังสือรับรองนิติบุคคล", "แผนที่ตั้งสถานประกอบการ", "หลักฐานการอนุญาตตามกฎหมายอื่น (ถ้ามี)", "ผลการตรวจวัดคุณภาพสิ่งแวดล้อม (ถ้ามี)"]),
    ]
    out = []
    for i, (nm, dv, items) in enumerate(lists):
        fn = f"files/permits/checklist_{i+1}.pdf"
        d = Doc(F(fn), footer="", running=f"{dv} {D}")
        d.title("รายการตรวจสอบเอกสาร (Checklist)")
        d.title(nm, size=16)
        d.text(f"{dv} {D}  โทร {TEL}", align="center")
        d.p("ชื่อผู้ขออนุญาต .................................................................  เลขที่รับคำขอ ....................")
        d.p("วันที่ยื่นคำขอ ........ / ........ / ............   เจ้าหน้าที่ผู้ตรวจสอบ ...........................................")
        rows = [["ลำดับ", "รายการเอกสาร/ข้อพิจารณา", "มี", "ไม่มี", "หมายเหตุ"]]
        for k, x in enumerate(items):
            rows.append([td(k + 1), x, "☐", "☐", ""])
        d.table([1, 7, 1, 1, 3], rows)
        d.h("เกณฑ์การพิจารณา")
        d.p("เจ้าหน้าที่ตรวจสอบเอกสารตามรายการข้างต้นให้ครบถ้วนก่อนรับคำขอ หากเอกสารไม่ครบถ้วนให้บันทึกความบกพร่องและแจ้งผู้ยื่นคำขอทราบ ตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘", indent=20)
        d.save()
        out.append((nm, "/" + fn))
    return out

# ---------- O13: own spending plan + ANOTHER DISTRICT's annual report
def doc_o13():
    d = Doc(F("files/budget/spending_plan_2568.pdf"), land=True, footer="", running=D)
    d.title("แผนการใช้จ่ายงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘")
    d.title(D, size=16)
    rows = [["หมวดรายจ่าย", "งบประมาณที่ได้รับ", "ไตรมาส ๑ (ต.ค.-ธ.ค. ๖๗)", "ไตรมาส ๒ (ม.ค.-มี.ค. ๖๘)", "ไตรมาส ๓ (เม.ย.-มิ.ย. ๖๘)", "ไตรมาส ๔ (ก.ค.-ก.ย. ๖๘)"],
            ["เงินเดือนและค่าจ้างประจำ", "๑๒๘,๔๐๐,๐๐๐", "๓๒,๑๐๐,๐๐๐", "๓๒,๑๐๐,๐๐๐", "๓๒,๑๐๐,๐๐๐", "๓๒,๑๐๐,๐๐๐"],
            ["ค่าจ้างชั่วคราว", "๔,๒๐๐,๐๐๐", "๑,๐๕๐,๐๐๐", "๑,๐๕๐,๐๐๐", "๑,๐๕๐,๐๐๐", "๑,๐๕๐,๐๐๐"],
            ["ค่าตอบแทน ใช้สอยและวัสดุ", "๓๘,๕๐๐,๐๐๐", "๘,๒๐๐,๐๐๐", "๑๐,๑๐๐,๐๐๐", "๑๐,๔๐๐,๐๐๐", "๙,๘๐๐,๐๐๐"],
            ["ค่าสาธารณูปโภค", "๖,๑๐๐,๐๐๐", "๑,๕๒๕,๐๐๐", "๑,๕๒๕,๐๐๐", "๑,๕๒๕,๐๐๐", "๑,๕๒๕,๐๐๐"],
            ["ค่าครุภัณฑ์ ที่ดินและสิ่งก่อสร้าง", "๒๑,๘๐๐,๐๐๐", "๑,๒๐๐,๐๐๐", "๖,๔๐๐,๐๐๐", "๘,๙๐๐,๐๐๐", "๕,๓๐๐,๐๐๐"],
            ["เงินอุดหนุน", "๒,๔๐๐,๐๐๐", "-", "๑,๒๐๐,๐๐๐", "๑,๒๐๐,๐๐๐", "-"],
            ["รวม", "๒๐๑,๔๐๐,๐๐๐", "๔๔,๐๗๕,๐๐๐", "๕๒,๓๗๕,๐๐๐", "๕๕,๑๗๕,๐๐๐", "๔๙,๗๗๕,๐๐๐"]]
    d.table([4, 3, 3, 3, 3, 3], rows)
    d.sign(["(นางสาวกนกวรรณ พึ่งบุญ)", "หัวหน้าฝ่ายการคลัง", "(นายธนากร ศรีวงศ์ทอง)", "ผู้อำนวยการเขตบางพลัด", "๒๕ ตุลาคม ๒๕๖๗"])
    d.save()
    # BORROWED: annual spending report of Bang Sue district, saved under a Bang Phlat file name
    d = Doc(F("files/budget/budget_report_2567_bangphlat.pdf"), footer="สำนักงานเขตบางซื่อ", running="ฝ่ายการคลัง สำนักงานเขตบางซื่อ")
    garuda_emblem(d.c, d.W / 2, d.H - 60)
    d.y = d.H - 100
    d.title("รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๗")
    d.title("สำนักงานเขตบางซื่อ")
    d.text("(๑ ตุลาคม ๒๕๖๖ - ๓๐ กันยายน ๒๕๖๗)", align="center")
    d.h("๑. ผลการเบิกจ่ายจำแนกตามหมวดรายจ่าย")
    d.table([4, 3, 3, 2], [["หมวดรายจ่าย", "งบประมาณ (บาท)", "เบิกจ่าย (บาท)", "ร้อยละ"],
                           ["เงินเดือนและค่าจ้างประจำ", "๑๔๒,๘๐๐,๐๐๐", "๑๔๑,๙๒๐,๔๐๐", "๙๙.๓๘"],
                           ["ค่าจ้างชั่วคราว", "๕,๐๐๐,๐๐๐", "๔,๘๗๐,๐๐๐", "๙๗.๔๐"],
                           ["ค่าตอบแทน ใช้สอยและวัสดุ", "๔๑,๒๐๐,๐๐๐", "๓๘,๙๘๐,๑๒๕", "๙๔.๖๑"],
                           ["ค่าสาธารณูปโภค", "๖,๘๐๐,๐๐๐", "๖,๔๑๒,๓๓๐", "๙๔.๓๐"],
                           ["ค่าครุภัณฑ์ ที่ดินและสิ่งก่อสร้าง", "๒๔,๓๐๐,๐๐๐", "๒๐,๑๑๕,๐๐๐", "๘๒.๗๖"],
                           ["รวม", "๒๒๐,๑๐๐,๐๐๐", "๒๑๒,๒๙๗,๘๕๕", "๙๖.๔๕"]])
    d.h("๒. ปัญหาอุปสรรค")
    d.p("โครงการปรับปรุงถนนประชาราษฎร์สาย ๒ และซอยประชาชื่น ๑๒ ไม่สามารถก่อหนี้ผูกพันได้ทันภายในปีงบประมาณ เนื่องจากผู้รับจ้างขอขยายระยะเวลา จึงขอกันเงินไว้เบิกเหลื่อมปี", indent=20)
    d.sign(["(ลงชื่อ) .......................................", "หัวหน้าฝ่ายการคลัง สำนักงานเขตบางซื่อ", "ผู้อำนวยการเขตบางซื่อ", "ตุลาคม ๒๕๖๗"])
    d.save()

# ---------- O14: BMA ordinance (fine, BMA-wide by nature) + district allocation xlsx + BLANK subsidy form
def doc_o14():
    d = Doc(F("files/budget/bma_budget_ordinance_2568_excerpt.pdf"), footer="", running="ข้อบัญญัติกรุงเทพมหานคร")
    garuda_emblem(d.c, d.W / 2, d.H - 60)
    d.y = d.H - 100
    d.title("ข้อบัญญัติกรุงเทพมหานคร")
    d.title("เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘")
    d.p("โดยที่เป็นการสมควรตั้งงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ อาศัยอำนาจตามความในมาตรา ๙๗ แห่งพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘ ผู้ว่าราชการกรุงเทพมหานครจึงตราข้อบัญญัติขึ้นไว้โดยความเห็นชอบของสภากรุงเทพมหานคร ดังต่อไปนี้", indent=20)
    d.p("ข้อ ๑ ข้อบัญญัตินี้เรียกว่า “ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘”", indent=20)
    d.p("ข้อ ๓ งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ เป็นจำนวนทั้งสิ้น ๙๘,๐๐๐,๐๐๐,๐๐๐ บาท", indent=20)
    d.h("(บัญชีท้ายข้อบัญญัติ - เฉพาะส่วนสำนักงานเขตบางพลัด)")
    d.table([5, 3], [["รายการ", "จำนวนเงิน (บาท)"],
                     ["สำนักงานเขตบางพลัด - งบบุคลากร", "๑๓๒,๖๐๐,๐๐๐"],
                     ["สำนักงานเขตบางพลัด - งบดำเนินงาน", "๔๔,๖๐๐,๐๐๐"],
                     ["สำนักงานเขตบางพลัด - งบลงทุน", "๒๑,๘๐๐,๐๐๐"],
                     ["สำนักงานเขตบางพลัด - งบเงินอุดหนุน", "๒,๔๐๐,๐๐๐"],
                     ["รวม", "๒๐๑,๔๐๐,๐๐๐"]])
    d.save()
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "งบประมาณ 2568"
    ws["A1"] = "ข้อมูลงบประมาณที่ได้รับจัดสรร สำนักงานเขตบางพลัด ปีงบประมาณ พ.ศ. 2568"; ws["A1"].font = Font(bold=True)
    ws.append([]); ws.append(["ลำดับ", "แผนงาน/งาน", "งบประมาณ (บาท)", "ฝ่ายที่รับผิดชอบ"])
    for i, (x, y, z) in enumerate([("บริหารทั่วไป", 23100000, "ฝ่ายปกครอง"), ("การคลังและรายได้", 9800000, "ฝ่ายการคลัง/ฝ่ายรายได้"),
                                   ("การทะเบียน", 6100000, "ฝ่ายทะเบียน"), ("โยธาและระบายน้ำ", 41200000, "ฝ่ายโยธา"),
                                   ("รักษาความสะอาด", 72400000, "ฝ่ายรักษาความสะอาดและสวนสาธารณะ"), ("เทศกิจ", 18300000, "ฝ่ายเทศกิจ"),
                                   ("สิ่งแวดล้อมและสุขาภิบาล", 5400000, "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล"), ("พัฒนาชุมชนและสวัสดิการสังคม", 9200000, "ฝ่ายพัฒนาชุมชนฯ"),
                                   ("การศึกษา", 15900000, "ฝ่ายการศึกษา")]):
        ws.append([i + 1, x, y, z])
    ws.append(["", "รวม", "=SUM(C4:C12)", ""])
    for c, w in zip("ABCD", (8, 36, 18, 34)): ws.column_dimensions[c].width = w
    wb.save(F("files/budget/district_budget_2568.xlsx"))
    # BLANK form for community subsidy, from BMA Social Development Dept, never filled
    doc = docx.Document()
    st = doc.styles["Normal"]; st.font.name = "TH SarabunPSK"; st.font.size = Pt(16)
    doc.add_paragraph("แบบ อช. ๓").alignment = 2
    p = doc.add_paragraph(); r = p.add_run("แบบรายงานข้อมูลการใช้จ่ายเงินอุดหนุนชุมชน"); r.bold = True; p.alignment = 1
    doc.add_paragraph("(แบบฟอร์มกลาง สำนักพัฒนาสังคม กรุงเทพมหานคร)").alignment = 1
    doc.add_paragraph("สำนักงานเขต ........................................  ปีงบประมาณ พ.ศ. ............")
    doc.add_paragraph("ชื่อชุมชน ........................................................  ประเภทชุมชน ...........................")
    doc.add_paragraph("ประธานกรรมการชุมชน ...........................................  โทร ...................................")
    t = doc.add_table(rows=6, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["ลำดับ", "กิจกรรม/รายการ", "จำนวนเงินที่ได้รับ (บาท)", "จำนวนเงินที่ใช้จ่าย (บาท)", "หมายเหตุ"]):
        t.cell(0, i).text = h
    for rr in range(1, 6):
        t.cell(rr, 0).text = "......"
        t.cell(rr, 1).text = "..............................."
    doc.add_paragraph("")
    doc.add_paragraph("ลงชื่อ ........................................ ประธานกรรมการชุมชน")
    doc.add_paragraph("ลงชื่อ ........................................ ผู้อำนวยการเขต..........................")
    doc.add_paragraph("วันที่ ........ เดือน ............................ พ.ศ. ............")
    doc.save(F("files/budget/community_subsidy_2568.docx"))

# ---------- O15 procurement
PROC = {
    "10": [("จ้างเหมาลอกท่อระบายน้ำ ซอยจรัญสนิทวงศ์ ๘๕", "๔๙๘,๐๐๐", "๔๙๖,๕๐๐", "เฉพาะเจาะจง", "หจก.ทรัพย์ทวีการโยธา ๔๙๕,๐๐๐", "หจก.ทรัพย์ทวีการโยธา ๔๙๕,๐๐๐", "ราคาต่ำสุด คุณสมบัติครบ", "สญ.๑/๒๕๖๘ ลว. ๑๘ ต.ค. ๖๗"),
           ("ซื้อวัสดุสำนักงาน", "๔๕,๐๐๐", "๔๕,๐๐๐", "เฉพาะเจาะจง", "ร้านบางพลัดเครื่องเขียน ๔๔,๒๐๐", "ร้านบางพลัดเครื่องเขียน ๔๔,๒๐๐", "ราคาไม่เกินวงเงิน", "ใบสั่งซื้อ ๓/๒๕๖๘ ลว. ๒๒ ต.ค. ๖๗")],
    "11": [("จ้างซ่อมแซมผิวจราจร ซอยจรัญสนิทวงศ์ ๗๕", "๑,๘๕๐,๐๐๐", "๑,๘๔๒,๓๐๐", "e-bidding", "บจก.ศิริชัยวิศวกรรม ๑,๖๙๐,๐๐๐ / หจก.รุ่งเรืองก่อสร้าง ๑,๗๕๕,๐๐๐", "บจก.ศิริชัยวิศวกรรม ๑,๖๙๐,๐๐๐", "ราคาต่ำสุด", "สญ.๔/๒๕๖๘ ลว. ๒๘ พ.ย. ๖๗"),
           ("จ้างเหมารถโดยสารงานลอยกระทง", "๑๒,๐๐๐", "๑๒,๐๐๐", "เฉพาะเจาะจง", "นายสมพงษ์ รถเช่า ๑๒,๐๐๐", "นายสมพงษ์ รถเช่า ๑๒,๐๐๐", "ราคาเหมาะสม", "ใบสั่งจ้าง ๑๕/๒๕๖๘ ลว. ๑๐ พ.ย. ๖๗")],
    "12": [("ซื้อวัสดุงานบ้านงานครัว", "๘๘,๐๐๐", "๘๘,๐๐๐", "เฉพาะเจาะจง", "ร้านเจริญพาณิชย์ ๘๖,๔๐๐", "ร้านเจริญพาณิชย์ ๘๖,๔๐๐", "ราคาไม่เกินวงเงิน", "ใบสั่งซื้อ ๒๑/๒๕๖๘ ลว. ๔ ธ.ค. ๖๗")],
    "01": [("ซื้อชุดกีฬาและของรางวัลงานวันเด็ก", "๙๕,๐๐๐", "๙๕,๐๐๐", "เฉพาะเจาะจง", "ร้านสปอร์ตพลัส ๙๓,๕๐๐", "ร้านสปอร์ตพลัส ๙๓,๕๐๐", "ราคาไม่เกินวงเงิน", "ใบสั่งซื้อ ๒๘/๒๕๖๘ ลว. ๖ ม.ค. ๖๘"),
           ("จ้างปรับปรุงสวนหย่อม ๑๕ นาที ชุมชนวัดบางพลัด", "๔๘๐,๐๐๐", "๔๗๘,๐๐๐", "เฉพาะเจาะจง", "หจก.กรีนสเปซ ๔๗๕,๐๐๐", "หจก.กรีนสเปซ ๔๗๕,๐๐๐", "ราคาต่ำสุด", "สญ.๗/๒๕๖๘ ลว. ๒๐ ม.ค. ๖๘")],
    "03": [("จ้างปรับปรุงทางเท้าถนนจรัญสนิทวงศ์ (ช่วงแยกบางพลัด)", "๔,๒๐๐,๐๐๐", "๔,๑๘๕,๐๐๐", "e-bidding", "บจก.ศิริชัยวิศวกรรม ๓,๙๒๐,๐๐๐ / บจก.เอสพีก่อสร้าง ๓,๙๘๐,๐๐๐ / หจก.รุ่งเรืองก่อสร้าง ๔,๐๕๐,๐๐๐", "บจก.ศิริชัยวิศวกรรม ๓,๙๒๐,๐๐๐", "ราคาต่ำสุด", "สญ.๑๒/๒๕๖๘ ลว. ๒๘ มี.ค. ๖๘"),
           ("ซื้อน้ำมันเชื้อเพลิง", "๓๐๐,๐๐๐", "๓๐๐,๐๐๐", "เฉพาะเจาะจง", "บจก.ปตท.น้ำมัน (สถานีจรัญฯ) ๓๐๐,๐๐๐", "บจก.ปตท.น้ำมัน (สถานีจรัญฯ) ๓๐๐,๐๐๐", "ราคาตามประกาศ", "สญ.๑๓/๒๕๖๘ ลว. ๓ มี.ค. ๖๘")],
    "04": [("จ้างเหมาจัดสถานที่งานสงกรานต์", "๘๕,๐๐๐", "๘๕,๐๐๐", "เฉพาะเจาะจง", "ร้านบางอ้อการช่าง ๘๔,๐๐๐", "ร้านบางอ้อการช่าง ๘๔,๐๐๐", "ราคาไม่เกินวงเงิน", "ใบสั่งจ้าง ๔๑/๒๕๖๘ ลว. ๒ เม.ย. ๖๘")],
}
MNAME = {"10": "ตุลาคม ๒๕๖๗", "11": "พฤศจิกายน ๒๕๖๗", "12": "ธันวาคม ๒๕๖๗", "01": "มกราคม ๒๕๖๘",
         "02": "กุมภาพันธ์ ๒๕๖๘", "03": "มีนาคม ๒๕๖๘", "04": "เมษายน ๒๕๖๘"}
HDR = ["ลำดับ", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง", "ราคากลาง", "วิธีซื้อหรือจ้าง",
       "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลง", "เหตุผลที่คัดเลือกโดยสรุป", "เลขที่และวันที่ของสัญญาหรือข้อตกลง"]
def doc_o15():
    out = []
    for m in ["10", "11", "12", "01", "02", "03", "04"]:
        yy = "2567" if m in ("10", "11", "12") else "2568"
        fn = f"files/procurement/skr1_{yy}_{m}.pdf"
        out.append((MNAME[m], "/" + fn))
        if m == "02":
            continue  # file never uploaded -> dead link on the page
        d = Doc(F(fn), land=True, size=13, footer="", running="แบบ สขร.๑")
        d.title("สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน " + MNAME[m])
        d.title(D, size=15)
        rows = [HDR] + [[td(i + 1)] + list(r) for i, r in enumerate(PROC[m])]
        d.table([1.1, 4.6, 2.3, 2.3, 2, 5, 4, 3, 3.6], rows, size=10)
        d.sign(["(นางสาวกนกวรรณ พึ่งบุญ)", "หัวหน้าฝ่ายการคลัง"])
        d.save()
    # xlsx twin for march
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "สขร.1 มี.ค.68"
    ws.append(["สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน มีนาคม 2568 สำนักงานเขตบางพลัด"])
    ws.append(HDR)
    for i, r in enumerate(PROC["03"]):
        ws.append([i + 1] + list(r))
    wb.save(F("files/procurement/skr1_2568_03.xlsx"))
    anns = [("ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "ann_plan_2568.pdf", "๑๐ ตุลาคม ๒๕๖๗",
             "สำนักงานเขตบางพลัดขอเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ จำนวน ๒๔ โครงการ รายละเอียดตามเอกสารแนบท้ายประกาศนี้ และได้เผยแพร่ในระบบ e-GPBMA แล้ว"),
            ("ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมผิวจราจร ซอยจรัญสนิทวงศ์ ๗๕ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "ann_win_cr75.pdf", "๒๒ พฤศจิกายน ๒๕๖๗",
             "ผู้ชนะการเสนอราคา ได้แก่ บริษัท ศิริชัยวิศวกรรม จำกัด เสนอราคาเป็นเงินทั้งสิ้น ๑,๖๙๐,๐๐๐.๐๐ บาท (หนึ่งล้านหกแสนเก้าหมื่นบาทถ้วน) รวมภาษีมูลค่าเพิ่มและภาษีอื่น ค่าขนส่ง ค่าจดทะเบียน และค่าใช้จ่ายอื่น ๆ ทั้งปวง"),
            ("ประกาศผู้ชนะการเสนอราคา จ้างปรับปรุงทางเท้าถนนจรัญสนิทวงศ์ (ช่วงแยกบางพลัด)", "ann_win_sidewalk.pdf", "๒๑ มีนาคม ๒๕๖๘",
             "ผู้ชนะการเสนอราคา ได้แก่ บริษัท ศิริชัยวิศวกรรม จำกัด เสนอราคาเป็นเงินทั้งสิ้น ๓,๙๒๐,๐๐๐.๐๐ บาท")]
    aout = []
    for t, fn, dt, body in anns:
        d = Doc(F("files/procurement/" + fn), footer="")
        garuda_emblem(d.c, d.W / 2, d.H - 60)
        d.y = d.H - 100
        d.title("ประกาศสำนักงานเขตบางพลัด")
        d.title("เรื่อง " + t, size=15)
        d.text("---------------------------------------", align="center")
        d.p(body, indent=40)
        d.p("จึงประกาศมาเพื่อทราบโดยทั่วกัน", indent=40)
        d.p("ประกาศ ณ วันที่ " + dt, indent=80)
        d.sign(["(นายธนากร ศรีวงศ์ทอง)", "ผู้อำนวยการเขตบางพลัด"])
        d.save()
        aout.append((t, "/files/procurement/" + fn, dt))
    return out, aout

# ---------- O16: district HR plan (own) + BMA ก.ก. criteria (appropriate)
def doc_o16():
    d = Doc(F("files/hr/hr_plan_2568_bangphlat.pdf"), footer=D, running=D)
    garuda_emblem(d.c, d.W / 2, d.H - 60)
    d.y = d.H - 100
    d.title("ประกาศสำนักงานเขตบางพลัด")
    d.title("เรื่อง หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", size=15)
    d.p("เพื่อให้การบริหารทรัพยากรบุคคลของสำนักงานเขตบางพลัดเป็นไปตามระบบคุณธรรม โปร่งใส และตรวจสอบได้ สอดคล้องกับแผนการบริหารและพัฒนาทรัพยากรบุคคลของกรุงเทพมหานคร สำนักงานเขตบางพลัดจึงกำหนดหลักเกณฑ์ ดังนี้", indent=40)
    for k, (h, t) in enumerate([
        ("การสรรหาและคัดเลือก", "ดำเนินการตามหลักเกณฑ์ของ ก.ก. โดยประกาศรับสมัครลูกจ้างชั่วคราวผ่านเว็บไซต์และบอร์ดของสำนักงานเขตไม่น้อยกว่า ๗ วัน"),
        ("การแต่งตั้งและโยกย้าย", "พิจารณาจากความรู้ ความสามารถ ผลการปฏิบัติงาน และความต้องการของหน่วยงาน โดยคณะกรรมการของสำนักงานเขต"),
        ("การพัฒนาบุคลากร", "ข้าราชการทุกคนได้รับการพัฒนาไม่น้อยกว่า ๑๘ ชั่วโมงต่อปี ผ่านหลักสูตรของสถาบันพัฒนาข้าราชการกรุงเทพมหานครและหลักสูตรภายในเขต"),
        ("การประเมินผลการปฏิบัติงาน", "ประเมินปีละ ๒ รอบ (๑ ต.ค. - ๓๑ มี.ค. และ ๑ เม.ย. - ๓๐ ก.ย.) ตามหลักเกณฑ์ ก.ก. และแจ้งผลให้ผู้รับการประเมินทราบ"),
        ("การให้คุณให้โทษและสร้างขวัญกำลังใจ", "คัดเลือกข้าราชการดีเด่นประจำปี และดำเนินการทางวินัยตามกฎ ก.ก. อย่างเป็นธรรม")]):
        d.p(f"{td(k+1)}. {h}: {t}", indent=40)
    d.h("แผนการพัฒนาบุคลากร ปีงบประมาณ พ.ศ. ๒๕๖๘")
    d.table([1, 5, 2, 2], [["ที่", "หลักสูตร/กิจกรรม", "กลุ่มเป้าหมาย", "ช่วงเวลา"],
                           ["๑", "อบรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน", "ทุกคน", "ธ.ค. ๖๗"],
                           ["๒", "การใช้ระบบ BMA OSS และ Traffy Fondue", "ฝ่ายบริการ", "ม.ค. ๖๘"],
                           ["๓", "การจัดซื้อจัดจ้างและ e-GP", "ฝ่ายการคลัง/ฝ่ายโยธา", "ก.พ. ๖๘"],
                           ["๔", "การบริการด้วยใจ (Service Mind)", "ฝ่ายทะเบียน/ฝ่ายรายได้", "มิ.ย. ๖๘"]])
    d.p("ประกาศ ณ วันที่ ๑๔ ตุลาคม พ.ศ. ๒๕๖๗", indent=80)
    d.sign([f"({DIRECTOR})", "ผู้อำนวยการเขตบางพลัด"])
    d.save()
    d = Doc(F("files/hr/kk_hr_criteria_bma.pdf"), footer="", running="สำนักงาน ก.ก.")
    garuda_emblem(d.c, d.W / 2, d.H - 60)
    d.y = d.H - 100
    d.title("แผนการบริหารและพัฒนาทรัพยากรบุคคลของกรุงเทพมหานคร")
    d.title("(หลักเกณฑ์ตามมติ ก.ก.)", size=15)
    d.p("หลักเกณฑ์การสรรหาและคัดเลือก หลักเกณฑ์การแต่งตั้งโยกย้าย หลักเกณฑ์การพัฒนาทรัพยากรบุคคล หลักเกณฑ์การประเมินผลการปฏิบัติงาน และหลักเกณฑ์การให้คุณให้โทษและการสร้างขวัญกำลังใจ ของข้าราชการกรุงเทพมหานครสามัญ ใช้บังคับกับทุกส่วนราชการในสังกัดกรุงเทพมหานครรวมถึงสำนักงานเขต", indent=20)
    d.save()

# ---------- O17: channels (HTML) + BMA-wide statistics (not district's)
def doc_o17():
    d = Doc(F("files/complaint/corruption_complaint_stat_2568.pdf"), footer="", running="ศูนย์รับเรื่องราวร้องทุกข์กรุงเทพมหานคร")
    garuda_emblem(d.c, d.W / 2, d.H - 60)
    d.y = d.H - 100
    d.title("สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ")
    d.title("ของกรุงเทพมหานคร ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", size=15)
    d.text("รอบ ๖ เดือน (ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘)  ข้อมูลภาพรวมกรุงเทพมหานคร", align="center")
    d.table([4, 1, 1, 1, 1, 1, 1, 1], [["ประเภทหน่วยงาน", "ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "รวม"],
                                      ["สำนัก (๑๖ หน่วยงาน)", "๑๒", "๙", "๗", "๑๔", "๑๑", "๘", "๖๑"],
                                      ["สำนักงานเขต (๕๐ เขต)", "๓๑", "๒๘", "๒๒", "๓๕", "๒๙", "๒๖", "๑๗๑"],
                                      ["หน่วยงานอื่น", "๓", "๒", "๑", "๔", "๒", "๓", "๑๕"],
                                      ["รวม", "๔๖", "๓๙", "๓๐", "๕๓", "๔๒", "๓๗", "๒๔๗"]])
    d.p("หมายเหตุ: ข้อมูลจำแนกรายสำนักงานเขตอยู่ระหว่างการตรวจสอบ ไม่เผยแพร่ในเอกสารฉบับนี้", indent=20)
    d.save()

# ---------- O18: BMA anti-bribery policy (acceptable) + district implementation report (own)
def doc_o18():
    d = Doc(F("files/integrity/bma_anti_bribery_policy.pdf"), footer="")
    garuda_emblem(d.c, d.W / 2, d.H - 60)
    d.y = d.H - 100
    d.title("ประกาศกรุงเทพมหานคร")
    d.title("เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)", size=15)
    d.text("---------------------------------------", align="center")
    d.p("กรุงเทพมหานครมุ่งมั่นบริหารราชการด้วยความซื่อสัตย์สุจริต โปร่งใส ตรวจสอบได้ ตามนโยบาย “โปร่งใส ไม่ส่วย” จึงประกาศนโยบายต่อต้านการรับสินบน ให้ข้าราชการ ลูกจ้าง และผู้ปฏิบัติงานในทุกส่วนราชการของกรุงเทพมหานคร รวมถึงสำนักงานเขตทุกแห่ง ถือปฏิบัติ ดังนี้", indent=40)
    for k, t in enumerate(["ห้ามเรียก รับ หรือยอมจะรับสินบนในทุกรูปแบบ ไม่ว่าโดยทางตรงหรือทางอ้อม",
                           "ผู้บังคับบัญชาทุกระดับต้องกำกับดูแลและเป็นแบบอย่างที่ดี",
                           "ส่วนราชการต้องประเมินความเสี่ยงต่อการรับสินบนในกระบวนงานอนุมัติ อนุญาต และรายงานผลการดำเนินการ",
                           "ผู้แจ้งเบาะแสจะได้รับความคุ้มครองตามกฎหมาย"]):
        d.p(f"{td(k+1)}. {t}", indent=40)
    d.p("ประกาศ ณ วันที่ ๒๐ พฤศจิกายน พ.ศ. ๒๕๖๖", indent=80)
    d.sign(["(นายชัชชาติ สิทธิพันธุ์)", "ผู้ว่าราชการกรุงเทพมหานคร"])
    d.save()
    d = Doc(F("files/integrity/anti_bribery_report_2568_h1.pdf"), footer=D, running=D)
    d.title("รายงานผลการนำนโยบายต่อต้านการรับสินบนสู่การปฏิบัติ")
    d.title(f"{D} ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ รอบ ๖ เดือน (ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘)", size=15)
    d.table([1, 5, 4, 2], [["ที่", "กิจกรรม", "ผลการดำเนินการ", "วันที่"],
                           ["๑", "เวียนแจ้งประกาศกรุงเทพมหานคร เรื่อง นโยบายต่อต้านการรับสินบน ให้ทุกฝ่ายทราบ", "เวียนแจ้ง ๑๐ ฝ่าย และโรงเรียนในสังกัด ๙ แห่ง", "๘ ต.ค. ๖๗"],
                           ["๒", "ติดป้ายประชาสัมพันธ์ No Gift Policy ณ จุดบริการ", "ติดตั้ง ๑๒ จุด ฝ่ายทะเบียน ฝ่ายรายได้ ฝ่ายโยธา", "๒๑ ต.ค. ๖๗"],
                           ["๓", "กิจกรรมวันต่อต้านคอร์รัปชันสากล", "ผู้เข้าร่วม ๑๘๖ คน", "๙ ธ.ค. ๖๗"],
                           ["๔", "ประชุมชี้แจงแนวทางปฏิบัติ ITA ๒๕๖๘", "ผู้บริหารและหัวหน้าฝ่ายเข้าร่วมครบ", "๕ ก.พ. ๖๘"],
                           ["๕", "สุ่มสอบถามผู้รับบริการเรื่องการเรียกรับเงิน", "สอบถาม ๓๒๐ ราย ไม่พบการเรียกรับ", "มี.ค. ๖๘"]])
    d.sign([f"({DIRECTOR})", "ผู้อำนวยการเขตบางพลัด", "๑๐ เมษายน ๒๕๖๘"])
    d.save()

# ---------- O19: BLANK NACC risk-assessment form (docx) + blank report template (pdf)
def doc_o19():
    doc = docx.Document()
    st = doc.styles["Normal"]; st.font.name = "TH SarabunPSK"; st.font.size = Pt(16)
    p = doc.add_paragraph(); r = p.add_run("แบบประเมินความเสี่ยงต่อการรับสินบน"); r.bold = True; p.alignment = 1
    doc.add_paragraph("(ตัวอย่างแบบฟอร์ม สำนักงาน ป.ป.ช. สำหรับหน่วยงานเข้ารับการประเมิน ITA)").alignment = 1
    doc.add_paragraph("หน่วยงาน: สำนักงานเขต..........................................  ปีงบประมาณ พ.ศ. ........")
    doc.add_paragraph("กระบวนงาน/ภารกิจที่ประเมิน ...............................................................................")
    doc.add_paragraph("ขั้นตอนที่ ๑ ระบุเหตุการณ์ความเสี่ยง").runs[0].bold = True
    t = doc.add_table(rows=5, cols=4); t.style = "Table Grid"
    for i, h in enumerate(["ลำดับ", "เหตุการณ์ความเสี่ยง", "ปัจจัยเสี่ยง", "ผู้ที่เกี่ยวข้อง"]):
        t.cell(0, i).text = h
    for rr in range(1, 5):
        for cc in range(4):
            t.cell(rr, cc).text = "........"
    doc.add_paragraph("ขั้นตอนที่ ๒ วิเคราะห์ระดับความเสี่ยง (โอกาส x ผลกระทบ)").runs[0].bold = True
    t = doc.add_table(rows=4, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["เหตุการณ์", "โอกาส (๑-๕)", "ผลกระทบ (๑-๕)", "ระดับความเสี่ยง", "มาตรการควบคุม"]):
        t.cell(0, i).text = h
    for rr in range(1, 4):
        for cc in range(5):
            t.cell(rr, cc).text = "...."
    doc.add_paragraph("ขั้นตอนที่ ๓ แผนบริหารจัดการความเสี่ยง").runs[0].bold = True
    doc.add_paragraph("มาตรการ ........................................................................................")
    doc.add_paragraph("ผู้รับผิดชอบ ..................................  ระยะเวลา ........................................")
    doc.add_paragraph("ผู้ประเมิน ..................................  ตำแหน่ง ..................................")
    doc.add_paragraph("วันที่ ........ เดือน ....................... พ.ศ. ........")
    doc.save(F("files/integrity/bribery_risk_assessment_2568.docx"))
    d = Doc(F("files/integrity/bribery_risk_report_2568.pdf"), footer="", running="แบบรายงาน (ตัวอย่าง)")
    d.title("แบบรายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน")
    d.text("หน่วยงาน สำนักงานเขต.......................................   ปีงบประมาณ พ.ศ. ........   รอบ ........ เดือน", align="center")
    d.table([1, 4, 4, 3, 2], [["ที่", "ความเสี่ยง", "มาตรการ/การดำเนินการ", "ผลการดำเนินการ", "สถานะ"],
                              ["๑", ".....................", ".....................", ".....................", "☐ ดำเนินการแล้ว"],
                              ["๒", ".....................", ".....................", ".....................", "☐ อยู่ระหว่าง"],
                              ["๓", ".....................", ".....................", ".....................", "☐ ยังไม่ดำเนินการ"]])
    d.p("คำอธิบายการกรอก: ให้หน่วยงานกรอกข้อมูลความเสี่ยงที่ได้ประเมินไว้ในแบบประเมินความเสี่ยงต่อการรับสินบน และรายงานผลการดำเนินการตามมาตรการ พร้อมแนบหลักฐานประกอบ", indent=20)
    d.sign(["ลงชื่อ ..........................................", "(..........................................)", "ผู้อำนวยการเขต.........................."])
    d.save()

# ---------- O20: training handout explaining the item (slides)
def doc_o20():
    d = Doc(F("files/integrity/O20_discretion_guideline.pdf"), land=True, font="Garuda", bold="GarudaB", size=18, footer="")
    slides = [
        ("การเตรียมความพร้อมรับการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", ["การประชุมเชิงปฏิบัติการสำหรับผู้รับผิดชอบ ITA ของสำนักงานเขต", "จัดโดย สำนักงาน ก.ก. ร่วมกับ สำนักงานตรวจสอบภายใน", "๒๕ ตุลาคม ๒๕๖๗ ณ ศาลาว่าการกรุงเทพมหานคร (ดินแดง)"]),
        ("ข้อ O20 แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่ คืออะไร?", ["หน่วยงานต้องจัดทำ “แนวทาง” ของตนเอง สำหรับกระบวนงานที่เจ้าหน้าที่ต้องใช้ดุลยพินิจ", "เช่น การอนุญาตก่อสร้าง การตรวจสถานประกอบการ การจัดระเบียบหาบเร่แผงลอย", "ต้องระบุ: ขั้นตอน ระยะเวลา เกณฑ์การพิจารณา ผู้มีอำนาจ และช่องทางตรวจสอบ"]),
        ("องค์ประกอบที่ผู้ประเมินจะตรวจ", ["๑. เป็นแนวทางของหน่วยงานเอง (ไม่ใช่ตัวบทกฎหมาย)", "๒. ครอบคลุมภารกิจที่มีการใช้ดุลยพินิจ", "๓. ลงนามโดยผู้บริหารสูงสุดของหน่วยงาน ปีปัจจุบัน", "๔. เผยแพร่บนเว็บไซต์หลักของหน่วยงาน"]),
        ("ตัวอย่างโครงร่างเอกสาร (สำหรับให้สำนักงานเขตนำไปจัดทำ)", ["ชื่อเอกสาร: แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่ สำนักงานเขต.............", "ส่วนที่ ๑ ภารกิจที่มีการใช้ดุลยพินิจ ........................", "ส่วนที่ ๒ หลักเกณฑ์และขั้นตอน ........................", "ส่วนที่ ๓ การกำกับติดตาม ........................"]),
        ("ข้อผิดพลาดที่พบบ่อย", ["- นำเอกสารประกอบการบรรยายนี้ไปเผยแพร่แทนเอกสารของหน่วยงาน", "- เผยแพร่ร่างที่ยังไม่ผ่านการลงนาม", "- ใช้เอกสารของปีที่ผ่านมา", "คำถาม - ตอบ"]),
    ]
    for i, (t, bl) in enumerate(slides):
        if i:
            d.newpage()
        d.c.setFillColor(HexColor("#0d47a1")); d.c.rect(0, d.H - 70, d.W, 70, fill=1, stroke=0); d.c.setFillColor(black)
        d.c.setFont("GarudaB", 12); d.c.setFillColor(HexColor("#ffffff"))
        d.c.drawString(30, d.H - 20, "สำนักงาน ก.ก. | เอกสารประกอบการบรรยาย ITA 2568")
        d.c.setFillColor(black)
        d.y = d.H - 100
        d.text(t, size=24, bold=True)
        d.space(10)
        for b in bl:
            d.text("• " + b, size=18, indent=20, gap=10)
        d.c.setFont("Garuda", 10); d.c.drawRightString(d.W - 30, 20, f"สไลด์ {i+1}/{len(slides)}")
    d.save()

# ---------- O21: law text instead of own measure
def doc_o21():
    d = Doc(F("files/integrity/O21_asset_management.pdf"), footer="", running="ราชกิจจานุเบกษา")
    d.title("ระเบียบกระทรวงการคลัง")
    d.title("ว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐", size=16)
    d.text("(คัดเฉพาะหมวด ๙ การบริหารพัสดุ)", align="center")
    arts = [
        ("ข้อ ๒๐๓", "การเก็บรักษาพัสดุ ให้เจ้าหน้าที่ลงบัญชีหรือทะเบียนเพื่อควบคุมพัสดุ แล้วแต่กรณี และเก็บรักษาพัสดุให้เป็นระเบียบเรียบร้อย ครบถ้วน ถูกต้องตรงตามบัญชีหรือทะเบียน"),
        ("ข้อ ๒๐๔", "การเบิกจ่ายพัสดุจากบัญชีหรือทะเบียนทุกครั้ง ให้มีหลักฐานการจ่ายไว้เพื่อประโยชน์ในการตรวจสอบ"),
        ("ข้อ ๒๐๗", "การยืมพัสดุประเภทใช้คงรูปซึ่งมิใช่เป็นการยืมระหว่างหน่วยงานของรัฐ จะกระทำมิได้ เว้นแต่เพื่อประโยชน์ของทางราชการ"),
        ("ข้อ ๒๐๘", "การยืมพัสดุประเภทใช้คงรูป ผู้ยืมจะต้องทำหลักฐานการยืมเป็นลายลักษณ์อักษร แสดงเหตุผลและกำหนดวันส่งคืน"),
        ("ข้อ ๒๑๓", "ภายในเดือนสุดท้ายก่อนสิ้นปีงบประมาณของทุกปี ให้หัวหน้าหน่วยงานของรัฐแต่งตั้งผู้รับผิดชอบในการตรวจสอบพัสดุ ซึ่งมิใช่เจ้าหน้าที่ตามความจำเป็น"),
        ("ข้อ ๒๑๕", "พัสดุใดหมดความจำเป็น หรือหากใช้ในหน่วยงานของรัฐต่อไปจะสิ้นเปลืองค่าใช้จ่ายมาก ให้เจ้าหน้าที่เสนอรายงานต่อหัวหน้าหน่วยงานของรัฐเพื่อสั่งให้ดำเนินการจำหน่าย"),
    ]
    for a1, t in arts:
        d.p(f"{a1}  {t}", indent=30)
    d.p("ประกาศ ณ วันที่ ๒๓ สิงหาคม พ.ศ. ๒๕๖๐  อภิศักดิ์ ตันติวรวงศ์ รัฐมนตรีว่าการกระทรวงการคลัง", indent=30)
    d.save()

# ---------- O22: DRAFT measures, no report
def doc_o22():
    d = Doc(F("files/integrity/ita_measures_2568.pdf"), land=True, footer="", watermark="ร่าง", running="ร่าง - เพื่อพิจารณา (ฝ่ายปกครองตรวจทาน)")
    d.title("(ร่าง) มาตรการในการยกระดับคุณธรรมและความโปร่งใส")
    d.title(f"ของ{D} ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", size=16)
    d.p("ผลการประเมิน ITA ประจำปี พ.ศ. ๒๕๖๗ ของสำนักงานเขตบางพลัด ได้ ........ คะแนน อยู่ในระดับ ........ [รอข้อมูลจากสำนักงาน ก.ก.]", indent=20)
    d.table([3, 4, 4, 2, 2], [["ประเด็นการประเมิน", "ประเด็นที่ต้องปรับปรุง", "มาตรการ/กิจกรรม", "ผู้รับผิดชอบ", "การกำกับติดตาม"],
                              ["IIT ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่", "[ใส่ข้อมูล]", "เผยแพร่คู่มือการปฏิบัติงานทุกฝ่าย", "ฝ่ายปกครอง/ทุกฝ่าย", "เดือนละ ๑ ครั้ง"],
                              ["IIT ตัวชี้วัดที่ ๒ การใช้งบประมาณ", "[ใส่ข้อมูล]", "เผยแพร่แผนการใช้จ่ายงบประมาณ", "ฝ่ายการคลัง", "ไตรมาสละ ๑ ครั้ง"],
                              ["EIT ตัวชี้วัดที่ ๖ - ๘", "[ใส่ข้อมูล]", "ประชาสัมพันธ์ E-Service / BMA OSS", "ฝ่ายปกครอง", "..........."],
                              ["OIT ตัวชี้วัดที่ ๙ - ๑๐", "[ใส่ข้อมูล]", "ตรวจสอบการเปิดเผยข้อมูลตาม Checklist", "ฝ่ายปกครอง/ทุกฝ่าย", "เดือนละ ๑ ครั้ง"]])
    d.p("หมายเหตุ ร่างนี้ยังไม่ผ่านการพิจารณาของผู้อำนวยการเขต ห้ามอ้างอิง", indent=20)
    d.sign(["(ลงชื่อ) ............................................", "ผู้อำนวยการเขตบางพลัด", "วันที่ ......................"])
    d.save()

# ---------- archive (ITA 2567) docs: harmless, previous year
def doc_archive():
    d = Doc(F("files/archive/anti_bribery_report_2567.pdf"), footer=D, running=D)
    d.title("รายงานผลการนำนโยบายต่อต้านการรับสินบนสู่การปฏิบัติ")
    d.title(f"{D} ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", size=15)
    d.p("สำนักงานเขตบางพลัดได้ดำเนินกิจกรรมตามนโยบายต่อต้านการรับสินบน รวม ๘ กิจกรรม ผู้เข้าร่วม ๔๑๒ คน", indent=20)
    d.sign(["(นายธนากร ศรีวงศ์ทอง)", "ผู้อำนวยการเขตบางพลัด", "๓๐ กันยายน ๒๕๖๗"])
    d.save()

doc_basic(); doc_policy(); doc_o5()
MANUALS = doc_o6(); CMAN = doc_o7()
xlsx_tax_2567(); xlsx_revenue_2568()
CHECK = doc_o11(); doc_o13(); doc_o14()
SKR, ANNS = doc_o15()
doc_o16(); doc_o17(); doc_o18(); doc_o19(); doc_o20(); doc_o21(); doc_o22(); doc_archive()

# ---------------------------------------------------------------- images
with open(F("assets/style.css"), "w") as f:
    f.write(CSS)
banner("assets/banner.jpg", "สำนักงานเขตบางพลัด", "ให้บริการด้วยใจ โปร่งใส ไม่ส่วย", (27, 94, 32))
orgchart("files/about/orgchart_bangphlat_2568.png")
portrait("assets/exec_director.jpg", "ผอ.เขต", (40, 70, 120))
portrait("assets/exec_asst1.jpg", "ผช.ผอ.", (70, 100, 140))
portrait("assets/exec_asst2.jpg", "ผช.ผอ.", (60, 90, 120))

NEWS = [
    ("n01", "2567-10-15", "๑๕ ตุลาคม ๒๕๖๗", "เขตบางพลัดเร่งลอกท่อระบายน้ำ ซอยจรัญสนิทวงศ์ ๘๕ รับมือฝนตกหนัก", "ฝ่ายโยธาร่วมกับผู้รับจ้างลอกท่อระบายน้ำความยาว ๑.๒ กิโลเมตร และเปิดทางน้ำไหลบริเวณชุมชนริมคลองบางพลัด เพื่อลดปัญหาน้ำท่วมขังในช่วงปลายฤดูฝน", (60, 110, 150)),
    ("n02", "2567-11-15", "๑๕ พฤศจิกายน ๒๕๖๗", "งานลอยกระทงริมน้ำเจ้าพระยา ประจำปี ๒๕๖๗ รักษ์น้ำ ลดขยะ", "สำนักงานเขตบางพลัดจัดจุดลอยกระทง ๓ จุด รณรงค์ใช้กระทงจากวัสดุธรรมชาติ เก็บกระทงได้ทั้งหมด ๑๒,๔๐๐ ใบ เป็นกระทงโฟมเพียงร้อยละ ๑.๒", (30, 40, 90)),
    ("n03", "2567-12-09", "๙ ธันวาคม ๒๕๖๗", "ผู้บริหารและบุคลากรเขตบางพลัดร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล", "ผู้อำนวยการเขตบางพลัดนำข้าราชการและลูกจ้าง ๑๘๖ คน ร่วมประกาศเจตนารมณ์ “โปร่งใส ไม่ส่วย” และรับฟังการบรรยายเรื่องการป้องกันผลประโยชน์ทับซ้อน", (120, 30, 30)),
    ("n04", "2568-01-11", "๑๑ มกราคม ๒๕๖๘", "งานวันเด็กแห่งชาติ ๒๕๖๘ ณ สวนสาธารณะเฉลิมพระเกียรติบางพลัด", "มีเด็กและผู้ปกครองเข้าร่วมกว่า ๒,๐๐๐ คน กิจกรรมเกมส์ การแสดงของนักเรียนโรงเรียนสังกัดกรุงเทพมหานคร และมอบทุนการศึกษา", (200, 140, 40)),
    ("n05", "2568-02-05", "๕ กุมภาพันธ์ ๒๕๖๘", "ประชุมชี้แจงแนวทางการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี ๒๕๖๘", "ผู้อำนวยการเขตประชุมหัวหน้าฝ่ายทุกฝ่ายและผู้บริหารสถานศึกษา มอบหมายผู้รับผิดชอบการเปิดเผยข้อมูลสาธารณะ (OIT) ๒๒ ข้อ และกำหนดติดตามเดือนละ ๑ ครั้ง", (40, 90, 60)),
    ("n06", "2568-03-03", "๓ มีนาคม ๒๕๖๘", "ตรวจสุขาภิบาลร้านอาหารและแผงลอยบริเวณตลาดบางพลัด", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาลตรวจร้านอาหาร ๔๒ ร้าน ผ่านเกณฑ์มาตรฐาน Clean Food Good Taste ๓๘ ร้าน ให้คำแนะนำปรับปรุง ๔ ร้าน", (90, 130, 60)),
    ("n07", "2568-03-25", "๒๕ มีนาคม ๒๕๖๘", "ประชาคมรับฟังความคิดเห็นการจัดทำงบประมาณปี ๒๕๖๙ (งบประมาณ ๒๐๐,๐๐๐ บาท/ชุมชน)", "ตัวแทนชุมชน ๒๘ ชุมชนร่วมเสนอโครงการ เช่น ไฟส่องสว่าง ทางเท้า และลานกีฬา เพื่อบรรจุในคำของบประมาณของสำนักงานเขต", (110, 80, 140)),
    ("n08", "2568-04-10", "๑๐ เมษายน ๒๕๖๘", "สงกรานต์ปลอดภัย ปลอดเหล้า เขตบางพลัด", "ฝ่ายเทศกิจร่วมกับสถานีตำรวจนครบาลบางพลัดตั้งจุดบริการประชาชน ๓ จุด ตลอดช่วงเทศกาล", (30, 130, 170)),
    ("n09", "2568-04-28", "๒๘ เมษายน ๒๕๖๘", "เขตบางพลัดร่วมกับเขตบางกอกน้อยปลูกต้นไม้ริมแม่น้ำเจ้าพระยา", "ปลูกต้นไม้ยืนต้น ๖๐๐ ต้น ตามนโยบายต้นไม้ล้านต้น ณ ลานริมน้ำหน้าวัดบางพลัด", (50, 140, 70)),
    ("n10", "2568-05-12", "๑๒ พฤษภาคม ๒๕๖๘", "เปิดรับฟังความคิดเห็นการจัดระเบียบหาบเร่แผงลอยถนนจรัญสนิทวงศ์", "ประชาชนแสดงความคิดเห็นได้ถึงวันที่ ๓๑ พฤษภาคม ๒๕๖๘ ทางแบบฟอร์มออนไลน์ หรือกล่องรับความคิดเห็นหน้าสำนักงานเขต", (150, 100, 50)),
]
for nid, _, _, t, _, col in NEWS:
    photo(f"files/news/{nid}.jpg", t[:38], col)

# ======================================================================
# PAGES
# ======================================================================
newslist = "".join(f'<div class="newsitem"><span class="date">{dt}</span><br><a href="/news/{nid}/">{t}</a></div>' for nid, _, dt, t, _, _ in reversed(NEWS))
page("/", "หน้าแรก", f"""<img src="/assets/banner.jpg" alt="banner" style="width:100%">
<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2>{newslist}
<h2>บริการออนไลน์</h2><ul><li><a href="https://bmaoss.bangkok.go.th/">BMA OSS ยื่นขออนุญาตออนไลน์</a></li><li><a href="https://bmaq.bangkok.go.th/">จองคิวล่วงหน้า BMA Q</a></li><li><a href="https://www.traffy.in.th/">แจ้งปัญหาผ่าน Traffy Fondue</a></li></ul>
<p><a href="/ita/"><b>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</b></a></p>""")

page("/about/", "เกี่ยวกับเขตบางพลัด", f"""<p>เขตบางพลัดตั้งอยู่ฝั่งธนบุรี ริมแม่น้ำเจ้าพระยา มีพื้นที่ ๑๑.๓๖ ตารางกิโลเมตร แบ่งเป็น ๔ แขวง ได้แก่ บางพลัด บางอ้อ บางบำหรุ และบางยี่ขัน ประชากรตามทะเบียนราษฎร ๘๙,๙๗๑ คน (มีนาคม ๒๕๖๘)</p>
<ul><li><a href="/about/structure/">โครงสร้างหน่วยงาน</a></li><li><a href="/about/executives/">ผู้บริหารเขต</a></li><li><a href="/about/authority/">อำนาจหน้าที่</a></li><li><a href="/contact/">ข้อมูลการติดต่อ</a></li></ul>
<p>เอกสาร: {a('/files/about/basic_info_bangphlat_2568.pdf', 'ข้อมูลพื้นฐานสำนักงานเขตบางพลัด (PDF)')}</p>""")

divrows = "".join(f"<tr><td>{dv}</td><td>{hd}</td><td>{TEL} ต่อ {td(ext)}</td></tr>" for dv, hd, ext in DIVS)
page("/about/structure/", "โครงสร้างหน่วยงาน", f"""<p>โครงสร้างการแบ่งส่วนราชการของสำนักงานเขตบางพลัด ตามประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต</p>
<img src="/files/about/orgchart_bangphlat_2568.png" alt="แผนภูมิโครงสร้างสำนักงานเขตบางพลัด" style="width:100%">
<h3>ฝ่ายในสังกัด</h3><table><tr><th>ฝ่าย</th><th>หัวหน้าฝ่าย</th><th>โทรศัพท์</th></tr>{divrows}</table>""", [("/about/", "เกี่ยวกับเขต")])

page("/about/executives/", "ผู้บริหารสำนักงานเขตบางพลัด", f"""<p>ข้อมูล ณ วันที่ ๒ พฤษภาคม ๒๕๖๘</p>
<table>
<tr><td style="width:150px"><img src="/assets/exec_director.jpg" width="140" alt="{DIRECTOR}"></td><td><b>{DIRECTOR}</b><br>ผู้อำนวยการเขตบางพลัด<br>โทร {TEL} ต่อ ๑๐๑<br>อีเมล dir.bangphlat@bangkok.go.th</td></tr>
<tr><td><img src="/assets/exec_asst1.jpg" width="140" alt="นางสาวพิมพ์ชนก อินทรประเสริฐ"></td><td><b>นางสาวพิมพ์ชนก อินทรประเสริฐ</b><br>ผู้ช่วยผู้อำนวยการเขตบางพลัด (กำกับฝ่ายปกครอง ฝ่ายทะเบียน ฝ่ายการคลัง ฝ่ายรายได้ ฝ่ายพัฒนาชุมชนฯ)<br>โทร {TEL} ต่อ ๑๐๒<br>อีเมล asst1.bangphlat@bangkok.go.th</td></tr>
<tr><td><img src="/assets/exec_asst2.jpg" width="140" alt="นายวีระพงษ์ แก้วมณี"></td><td><b>นายวีระพงษ์ แก้วมณี</b><br>ผู้ช่วยผู้อำนวยการเขตบางพลัด (กำกับฝ่ายโยธา ฝ่ายรักษาความสะอาดฯ ฝ่ายเทศกิจ ฝ่ายสิ่งแวดล้อมฯ ฝ่ายการศึกษา)<br>โทร {TEL} ต่อ ๑๐๓<br>อีเมล asst2.bangphlat@bangkok.go.th</td></tr>
</table>""", [("/about/", "เกี่ยวกับเขต")])

page("/about/authority/", "อำนาจหน้าที่", """<p>สำนักงานเขตมีอำนาจหน้าที่ตามพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘ มาตรา ๖๙ และประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต ดังนี้</p>
<ol><li>ฝ่ายปกครอง - งานบริหารทั่วไป งานปกครองและทะเบียนทั่วไป งานนิติการ งานประชาสัมพันธ์ งานป้องกันและบรรเทาสาธารณภัย</li>
<li>ฝ่ายทะเบียน - งานทะเบียนราษฎร บัตรประจำตัวประชาชน ทะเบียนครอบครัว</li>
<li>ฝ่ายการคลัง - งานการเงิน บัญชี งบประมาณ และพัสดุ</li>
<li>ฝ่ายรายได้ - จัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย ค่าธรรมเนียม</li>
<li>ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม - งานชุมชน สวัสดิการสังคม เบี้ยยังชีพ</li>
<li>ฝ่ายโยธา - งานควบคุมอาคาร งานบำรุงรักษาทางและระบายน้ำ</li>
<li>ฝ่ายรักษาความสะอาดและสวนสาธารณะ - งานรักษาความสะอาด เก็บขนมูลฝอย สวนสาธารณะ</li>
<li>ฝ่ายเทศกิจ - งานรักษาความสงบเรียบร้อย บังคับใช้กฎหมาย กทม.</li>
<li>ฝ่ายสิ่งแวดล้อมและสุขาภิบาล - งานสุขาภิบาลอาหาร อนามัยสิ่งแวดล้อม</li>
<li>ฝ่ายการศึกษา - งานส่งเสริมการศึกษาและโรงเรียนสังกัดกรุงเทพมหานครในพื้นที่</li></ol>
<p>ที่มา: พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘ และประกาศกรุงเทพมหานคร</p>""", [("/about/", "เกี่ยวกับเขต")])

page("/contact/", "ติดต่อสำนักงานเขตบางพลัด", f"""<table><tr><th>ที่อยู่</th><td>{ADDR}</td></tr>
<tr><th>โทรศัพท์</th><td>{TEL} (อัตโนมัติ ๑๐ คู่สาย)</td></tr><tr><th>โทรสาร</th><td>{FAX}</td></tr>
<tr><th>อีเมล</th><td><a href="mailto:{MAIL}">{MAIL}</a></td></tr>
<tr><th>Facebook</th><td><a href="https://www.facebook.com/bangphlatdistrict">facebook.com/bangphlatdistrict</a></td></tr>
<tr><th>LINE OA</th><td>@bangphlat</td></tr></table>
<h3>แผนที่</h3><p><a href="https://maps.google.com/?q=สำนักงานเขตบางพลัด">ดูแผนที่ Google Maps</a></p>
<div style="border:1px solid #aaa;background:#eef;height:220px;text-align:center;padding-top:90px">แผนที่ตั้งสำนักงานเขตบางพลัด ถนนจรัญสนิทวงศ์ ใกล้สถานีรถไฟฟ้า MRT บางพลัด</div>
<p>หน่วยงานใกล้เคียง: สำนักงานเขตบางกอกน้อย โทร 0 2424 0029 · สำนักงานเขตบางซื่อ โทร 0 2585 3000</p>""")

for nid, iso, dt, t, body, _ in NEWS:
    page(f"/news/{nid}/", t, f"""<p class="date">เผยแพร่เมื่อ {dt} · ฝ่ายปกครอง (งานประชาสัมพันธ์)</p>
<img src="/files/news/{nid}.jpg" alt="{t}" style="max-width:100%"><p>{body}</p>""", [("/news/", "ข่าวประชาสัมพันธ์")])
page("/news/", "ข่าวประชาสัมพันธ์", f"<p>ข่าวสารและผลการดำเนินงานของสำนักงานเขตบางพลัด ปีงบประมาณ พ.ศ. ๒๕๖๘</p>{newslist}")

page("/policy/", "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนพัฒนากรุงเทพมหานคร", f"""<p>สำนักงานเขตบางพลัดนำนโยบายผู้ว่าราชการกรุงเทพมหานคร และแผนพัฒนากรุงเทพมหานคร มาเป็นกรอบในการจัดทำแผนและโครงการของสำนักงานเขต</p>
<ul><li>{a('/files/policy/bma_governor_policy_9d9d.pdf', 'นโยบายผู้ว่าราชการกรุงเทพมหานคร ๙ ด้าน ๙ ดี')}</li>
<li>{a('/files/policy/bma_dev_plan_20y_phase3.pdf', 'แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๓ (พ.ศ. ๒๕๖๖ - ๒๕๗๐)')}</li>
<li>{a('/files/policy/bma_action_plan_2568.pdf', 'แผนปฏิบัติราชการกรุงเทพมหานคร ประจำปี พ.ศ. ๒๕๖๘')}</li>
<li><a href="https://www.bangkok.go.th/office/page/sub/15767/">เว็บไซต์สำนักยุทธศาสตร์และประเมินผล</a></li></ul>""")

SCHOOLS = [("โรงเรียนวัดบางพลัด", "บางพลัด", "0 2424 5512", "อนุบาล - ป.๖", "๔๑๒"),
           ("โรงเรียนวัดเทพากร", "บางพลัด", "0 2424 6631", "อนุบาล - ป.๖", "๓๘๘"),
           ("โรงเรียนวัดคฤหบดี", "บางพลัด", "0 2424 3318", "อนุบาล - ม.๓", "๖๒๐"),
           ("โรงเรียนวัดบวรมงคล", "บางยี่ขัน", "0 2424 1987", "อนุบาล - ป.๖", "๕๐๑"),
           ("โรงเรียนวัดภาวนาภิรตาราม", "บางยี่ขัน", "0 2424 2210", "อนุบาล - ป.๖", "๒๙๕"),
           ("โรงเรียนวัดรวก", "บางอ้อ", "0 2424 7702", "อนุบาล - ป.๖", "๓๑๗"),
           ("โรงเรียนวัดฉิมทายกาตาม", "บางอ้อ", "0 2424 0871", "อนุบาล - ป.๖", "๒๔๔"),
           ("โรงเรียนวัดบางบำหรุ", "บางบำหรุ", "0 2424 4420", "อนุบาล - ป.๖", "๓๖๒"),
           ("โรงเรียนวัดเพลงวิปัสสนา", "บางบำหรุ", "0 2424 3865", "อนุบาล - ม.๓", "๕๘๘")]
srows = "".join(f"<tr><td>{td(i+1)}</td><td>{n}</td><td>แขวง{w}</td><td>{p}</td><td>{lv}</td><td>{st}</td></tr>" for i, (n, w, p, lv, st) in enumerate(SCHOOLS))
page("/schools/", "โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขตบางพลัด", f"""<p>ฝ่ายการศึกษา สำนักงานเขตบางพลัด กำกับดูแลโรงเรียนสังกัดกรุงเทพมหานคร ๙ แห่ง (ข้อมูลปีการศึกษา ๒๕๖๗ ณ ๑๐ พฤศจิกายน ๒๕๖๗)</p>
<table><tr><th>ที่</th><th>ชื่อโรงเรียน</th><th>ที่ตั้ง</th><th>โทรศัพท์</th><th>ระดับชั้น</th><th>นักเรียน (คน)</th></tr>{srows}</table>""")

mrows = "".join(f"<tr><td>{dv}</td><td>{a(u, 'เปิดเอกสาร')}</td></tr>" for dv, u in MANUALS)
page("/manuals/", "คู่มือการปฏิบัติงาน (ทุกฝ่าย)", f"<p>คู่มือการปฏิบัติงานของฝ่ายต่าง ๆ ในสำนักงานเขตบางพลัด จำนวน ๑๐ ฝ่าย</p><table><tr><th>ฝ่าย</th><th>เอกสาร</th></tr>{mrows}</table>")

crows = "".join(f"<li>{a(u, nm)}</li>" for nm, u in CMAN)
page("/services/manuals/", "คู่มือสำหรับประชาชน", f"<p>คู่มือสำหรับประชาชนตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘</p><ul>{crows}</ul>", [("/services/", "บริการประชาชน")])

page("/services/", "บริการประชาชน", """<ul><li><a href="/services/manuals/">คู่มือสำหรับประชาชน</a></li><li><a href="/services/eservice/">บริการออนไลน์ (E-Service)</a></li>
<li><a href="/permits/">การขออนุญาต / รายการตรวจสอบเอกสาร (Checklist)</a></li><li><a href="/permits/tracking/">ติดตามสถานะคำขออนุญาต</a></li><li><a href="/revenue/">ภาษีและรายได้</a></li></ul>
<p>จุดบริการ: ชั้น ๑ ฝ่ายทะเบียน / ฝ่ายรายได้ · ชั้น ๒ ฝ่ายโยธา / ฝ่ายสิ่งแวดล้อมและสุขาภิบาล</p>""")

page("/services/eservice/", "บริการออนไลน์ (E-Service)", f"""<table><tr><th>บริการ</th><th>รายละเอียด</th><th>ลิงก์</th></tr>
<tr><td>BMA OSS</td><td>ยื่นคำขออนุญาตก่อสร้าง ใบอนุญาตสถานที่จำหน่ายอาหาร กิจการที่เป็นอันตรายต่อสุขภาพ ออนไลน์</td><td><a href="https://bmaoss.bangkok.go.th/">bmaoss.bangkok.go.th</a></td></tr>
<tr><td>BMA Q</td><td>จองคิวล่วงหน้า งานทะเบียน บัตรประชาชน ภาษี (ทุกฝ่าย)</td><td><a href="https://bmaq.bangkok.go.th/">bmaq.bangkok.go.th</a></td></tr>
<tr><td>Traffy Fondue</td><td>แจ้งปัญหาเมือง ถนน ทางเท้า ขยะ น้ำท่วม</td><td><a href="https://www.traffy.in.th/">traffy.in.th</a></td></tr>
<tr><td>ชำระภาษีออนไลน์</td><td>ภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย ผ่าน Krungthai NEXT / QR Code</td><td><a href="https://tax.bangkok.go.th/">tax.bangkok.go.th</a></td></tr>
<tr><td>แบบฟอร์มออนไลน์เขตบางพลัด</td><td>ขอใช้สถานที่/ขอรถบริการ/ขอสำเนาเอกสาร</td><td><a href="https://forms.gle/bangphlat-eservice">แบบฟอร์มออนไลน์</a></td></tr></table>""", [("/services/", "บริการประชาชน")])

chrows = "".join(f"<li>{a(u, nm)}</li>" for nm, u in CHECK)
page("/permits/", "การขออนุญาตและรายการตรวจสอบ (Checklist)", f"<p>รายการตรวจสอบเอกสาร (Checklist) ที่เจ้าหน้าที่ใช้ในการพิจารณาออกใบอนุญาต</p><ul>{chrows}</ul><p>ติดตามสถานะคำขอได้ที่ <a href='/permits/tracking/'>ระบบติดตามสถานะ</a></p>")

page("/permits/tracking/", "ระบบติดตามสถานะการขอใบอนุญาต (Tracking System)", f"""<p>ผู้ยื่นคำขอสามารถติดตามสถานะคำขออนุญาตได้ ๒ ช่องทาง</p>
<ol><li>ระบบ BMA OSS: <a href="https://bmaoss.bangkok.go.th/tracking">bmaoss.bangkok.go.th/tracking</a> (กรอกเลขที่คำขอ)</li>
<li>ตารางสถานะคำขอของสำนักงานเขตบางพลัด (ปรับปรุงทุกวันทำการ)</li></ol>
<form onsubmit="return false"><label>เลขที่คำขอ <input name="q" placeholder="เช่น บพ.๖๘/๐๑๒๓"></label> <button>ค้นหา</button></form>
<table><tr><th>เลขที่คำขอ</th><th>ประเภท</th><th>วันที่ยื่น</th><th>สถานะ</th></tr>
<tr><td>บพ.๖๘/๐๑๑๘</td><td>ขออนุญาตก่อสร้าง</td><td>๒๘ มี.ค. ๖๘</td><td>อยู่ระหว่างตรวจสอบแบบ</td></tr>
<tr><td>บพ.๖๘/๐๑๒๓</td><td>สถานที่จำหน่ายอาหาร</td><td>๒ เม.ย. ๖๘</td><td>อนุญาตแล้ว</td></tr>
<tr><td>บพ.๖๘/๐๑๔๐</td><td>กิจการอันตรายต่อสุขภาพ</td><td>๒๑ เม.ย. ๖๘</td><td>รอตรวจสถานที่</td></tr>
<tr><td>บพ.๖๘/๐๑๕๒</td><td>ขออนุญาตรื้อถอน</td><td>๘ พ.ค. ๖๘</td><td>รับคำขอ</td></tr></table>""", [("/permits/", "การขออนุญาต")])

page("/revenue/", "สถิติการจัดเก็บภาษีและรายได้", f"""<ul><li>{a('/files/revenue/tax_statistics.xlsx', 'ข้อมูลสถิติการจัดเก็บภาษี (XLSX)')}</li>
<li>{a('/files/revenue/revenue_statistics_2568.xlsx', 'ข้อมูลสถิติการจัดเก็บรายได้ ปีงบประมาณ พ.ศ. ๒๕๖๘ (XLSX)')}</li></ul>
<p>ชำระภาษีที่ดินและสิ่งปลูกสร้างภายในเดือนเมษายนของทุกปี ภาษีป้ายภายในเดือนมีนาคม</p>""", [("/services/", "บริการประชาชน")])

page("/budget/", "ข้อมูลงบประมาณ", f"""<ul><li>{a('/files/budget/spending_plan_2568.pdf', 'แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘')}</li>
<li>{a('/files/budget/budget_report_2567_bangphlat.pdf', 'รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๗')}</li>
<li>{a('/files/budget/bma_budget_ordinance_2568_excerpt.pdf', 'ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘')}</li>
<li>{a('/files/budget/district_budget_2568.xlsx', 'ข้อมูลงบประมาณที่ได้รับจัดสรร ปี ๒๕๖๘ (XLSX)')}</li>
<li>{a('/files/budget/community_subsidy_2568.docx', 'ข้อมูลเงินอุดหนุนชุมชน ปี ๒๕๖๘ (DOCX)')}</li></ul>""")

skrl = "".join(f"<li>{a(u, 'สรุปผลการจัดซื้อจัดจ้าง เดือน' + m)}</li>" for m, u in SKR)
annl = "".join(f"<li><span class='date'>{dt}</span> {a(u, t)}</li>" for t, u, dt in ANNS)
page("/procurement/", "ประกาศจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้าง", f"""<p>ประกาศจัดซื้อจัดจ้างทั้งหมดของสำนักงานเขตบางพลัดเผยแพร่ในระบบ <a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp&proc_id=ShowHTMLFile&processFlows=Procure&deptId=BMA">e-GPBMA (ระบบเผยแพร่ข้อมูลการจัดซื้อจัดจ้างของกรุงเทพมหานคร)</a></p>
<h3>ประกาศต่าง ๆ</h3><ul>{annl}</ul>
<h3>สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.๑) ปีงบประมาณ พ.ศ. ๒๕๖๘</h3><ul>{skrl}</ul>
<p>{a('/files/procurement/skr1_2568_03.xlsx', 'สขร.๑ มีนาคม ๒๕๖๘ (XLSX)')}</p>""")

page("/hr/", "การบริหารและพัฒนาทรัพยากรบุคคล", f"""<ul><li>{a('/files/hr/hr_plan_2568_bangphlat.pdf', 'ประกาศสำนักงานเขตบางพลัด เรื่อง หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล ประจำปี ๒๕๖๘')}</li>
<li>{a('/files/hr/kk_hr_criteria_bma.pdf', 'แผนการบริหารและพัฒนาทรัพยากรบุคคลของกรุงเทพมหานคร (หลักเกณฑ์ตามมติ ก.ก.)')}</li></ul>""")

page("/complaint/", "ช่องทางการร้องเรียนการทุจริตและประพฤติมิชอบ", f"""<p>หากพบเห็นเจ้าหน้าที่ของสำนักงานเขตบางพลัดทุจริต เรียกรับเงิน หรือประพฤติมิชอบ แจ้งได้ทางช่องทางต่อไปนี้ ผู้แจ้งจะได้รับการคุ้มครองและเก็บข้อมูลเป็นความลับ</p>
<table><tr><th>ช่องทาง</th><th>รายละเอียด</th></tr>
<tr><td>ร้องเรียนด้วยตนเอง/จดหมาย</td><td>ฝ่ายปกครอง {ADDR} (ระบุ “ร้องเรียนการทุจริต” หน้าซอง)</td></tr>
<tr><td>โทรศัพท์</td><td>{TEL} ต่อ ๑๑๑ (ฝ่ายปกครอง) / สายด่วน กทม. ๑๕๕๕</td></tr>
<tr><td>อีเมล</td><td>antigraft.bangphlat@bangkok.go.th</td></tr>
<tr><td>กล่องรับเรื่องร้องเรียน</td><td>หน้าห้องฝ่ายปกครอง ชั้น ๒ (เปิดกล่องทุกวันศุกร์ ต่อหน้าพยาน)</td></tr>
<tr><td>ออนไลน์</td><td><a href="https://forms.gle/bangphlat-antigraft">แบบฟอร์มร้องเรียนการทุจริต</a> · Traffy Fondue</td></tr></table>
<h3>ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต</h3><p>{a('/files/complaint/corruption_complaint_stat_2568.pdf', 'สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (ต.ค. ๖๗ - มี.ค. ๖๘)')}</p>""")

page("/communities/", "ชุมชนในพื้นที่เขตบางพลัด", """<p>เขตบางพลัดมีชุมชนที่จดทะเบียนกับกรุงเทพมหานคร ๒๘ ชุมชน แบ่งเป็น ชุมชนแออัด ๖ ชุมชน ชุมชนชานเมือง ๙ ชุมชน ชุมชนหมู่บ้านจัดสรร ๗ ชุมชน และชุมชนเมือง ๖ ชุมชน</p>
<ul><li>ชุมชนวัดบางพลัด</li><li>ชุมชนบางอ้อ (ชุมชนมุสลิมริมน้ำ)</li><li>ชุมชนวัดบวรมงคล</li><li>ชุมชนหมู่บ้านเศรษฐกิจ</li><li>ชุมชนริมคลองบางบำหรุ</li></ul>""")

page("/tourism/", "สถานที่สำคัญในเขตบางพลัด", """<ul><li>มัสยิดบางอ้อ - มัสยิดสถาปัตยกรรมยุโรปริมแม่น้ำเจ้าพระยา</li><li>วัดบวรมงคลราชวรวิหาร</li><li>สะพานพระราม ๗ และสะพานกรุงธน</li><li>พิพิธภัณฑ์บ้านบางพลัด</li></ul>""")

# ITA archive (previous year) page
page("/ita/2567/", "ITA ประจำปี ๒๕๖๗ (ข้อมูลย้อนหลัง)", f"""<p>ข้อมูลการเปิดเผยข้อมูลสาธารณะของปีงบประมาณ พ.ศ. ๒๕๖๗ (เก็บไว้เพื่ออ้างอิง)</p>
<ul><li>O18 {a('/files/archive/anti_bribery_report_2567.pdf', 'รายงานผลการนำนโยบายต่อต้านการรับสินบนสู่การปฏิบัติ ปี ๒๕๖๗')}</li>
<li>O9 {a('/files/revenue/tax_statistics.xlsx', 'ข้อมูลสถิติการจัดเก็บภาษี')}</li>
<li>O5 {a('/files/plan/annual_report_2567_bangphlat.pdf', 'รายงานผลการปฏิบัติราชการประจำปี ๒๕๖๗')}</li></ul>""", [("/ita/", "ITA")])

# ---------------------------------------------------------------- the OIT page
skr_links = "<br>".join(a(u, "เดือน" + m) for m, u in SKR)
man_links = "<br>".join(a(u, dv) for dv, u in MANUALS)
cman_links = "<br>".join(a(u, nm) for nm, u in CMAN)
chk_links = "<br>".join(a(u, nm) for nm, u in CHECK)
ann_links = "<br>".join(a(u, t) for t, u, _ in ANNS)
OIT = [
    ("9.1 ข้อมูลพื้นฐาน", None, None),
    ("O1", "ข้อมูลพื้นฐานของสำนักงานเขต", f"{a('/about/structure/', 'โครงสร้างหน่วยงาน', False)}<br>{a('/about/executives/', 'ข้อมูลผู้บริหาร', False)}<br>{a('/about/authority/', 'อำนาจหน้าที่', False)}<br>{a('/contact/', 'ข้อมูลการติดต่อ', False)}<br>{a('/files/about/basic_info_bangphlat_2568.pdf', 'ข้อมูลพื้นฐาน (PDF)')}"),
    ("O2", "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร", f"{a('/files/policy/bma_governor_policy_9d9d.pdf', 'นโยบายผู้ว่าราชการกรุงเทพมหานคร')}<br>{a('/files/policy/bma_dev_plan_20y_phase3.pdf', 'แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๓')}"),
    ("O3", "โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต", a('/schools/', 'รายชื่อโรงเรียนสังกัดกรุงเทพมหานครในเขตบางพลัด', False)),
    ("O4", "การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน", a('/news/', 'ข่าวประชาสัมพันธ์และผลการดำเนินงาน', False)),
    ("9.2 การบริหารงาน", None, None),
    ("O5", "แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี", f"{a('/files/policy/bma_action_plan_2568.pdf', 'แผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๘')}<br>{a('/files/plan/annual_report_2567_bangphlat.pdf', 'รายงานผลการปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๗')}"),
    ("O6", "คู่มือการปฏิบัติหน้าที่", man_links),
    ("O7", "คู่มือการให้บริการประชาชน", cman_links),
    ("O8", "E-Service", a('/services/eservice/', 'บริการออนไลน์ (E-Service)', False)),
    ("O9", "ข้อมูลสถิติการจัดเก็บภาษี", a('/files/revenue/tax_statistics.xlsx', 'ข้อมูลสถิติการจัดเก็บภาษี (XLSX)')),
    ("O10", "ข้อมูลสถิติการจัดเก็บรายได้", a('/files/revenue/revenue_statistics_2568.xlsx', 'ข้อมูลสถิติการจัดเก็บรายได้ ปี ๒๕๖๘ (XLSX)')),
    ("O11", "รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต", chk_links),
    ("O12", "ระบบติดตาม (Tracking System) สถานะการขอใบอนุญาต", a('/permits/tracking/', 'ระบบติดตามสถานะคำขออนุญาต', False)),
    ("9.3 การบริหารเงินงบประมาณ", None, None),
    ("O13", "แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายงบประมาณประจำปี", f"{a('/files/budget/spending_plan_2568.pdf', 'แผนการใช้จ่ายงบประมาณ ปี ๒๕๖๘')}<br>{a('/files/budget/budget_report_2567_bangphlat.pdf', 'รายงานผลการใช้จ่ายงบประมาณประจำปี ๒๕๖๗')}"),
    ("O14", "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ ข้อมูลเงินอุดหนุนชุมชน", f"{a('/files/budget/district_budget_2568.xlsx', 'ข้อมูลงบประมาณ ปี ๒๕๖๘')}<br>{a('/files/budget/bma_budget_ordinance_2568_excerpt.pdf', 'ข้อบัญญัติงบประมาณรายจ่าย ปี ๒๕๖๘')}<br>{a('/files/budget/community_subsidy_2568.docx', 'ข้อมูลเงินอุดหนุนชุมชน')}"),
    ("O๑๕", "ประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้าง และ สรุปผลการจัดซื้อจัดจ้างรายเดือน", f"<b>ประกาศ</b><br>{ann_links}<br><a href='https://process3.gprocurement.go.th/'>e-GPBMA</a><br><b>สรุปผลรายเดือน</b><br>{skr_links}"),
    ("9.4 การบริหารและพัฒนาทรัพยากรบุคคล", None, None),
    ("O16", "หลักเกณฑ์การบริหาร และพัฒนาทรัพยากรบุคคล", f"{a('/files/hr/hr_plan_2568_bangphlat.pdf', 'หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล ปี ๒๕๖๘')}<br>{a('/files/hr/kk_hr_criteria_bma.pdf', 'หลักเกณฑ์ ก.ก.')}"),
    ("O17", "ช่องทางการร้องเรียนการทุจริตและข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี", f"{a('/complaint/', 'ช่องทางการร้องเรียนการทุจริต', False)}<br>{a('/files/complaint/corruption_complaint_stat_2568.pdf', 'สถิติเรื่องร้องเรียนการทุจริต ปี ๒๕๖๘')}"),
    ("10.1 การดำเนินการเพื่อป้องกันการทุจริต", None, None),
    ("O18", "ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) และการรายงานผลสู่การปฏิบัติ", f"{a('/files/integrity/bma_anti_bribery_policy.pdf', 'ประกาศนโยบายต่อต้านการรับสินบน')}<br>{a('/files/integrity/anti_bribery_report_2568_h1.pdf', 'รายงานผลการนำนโยบายสู่การปฏิบัติ รอบ ๖ เดือน ปี ๒๕๖๘')}"),
    ("O19", "การประเมินความเสี่ยงต่อการรับสินบนและการรายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน", f"{a('/files/integrity/bribery_risk_assessment_2568.docx', 'การประเมินความเสี่ยงต่อการรับสินบน ปี ๒๕๖๘ (DOCX)')}<br>{a('/files/integrity/bribery_risk_report_2568.pdf', 'รายงานผลการดำเนินการจัดการความเสี่ยง')}"),
    ("O20", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", a('/files/integrity/O20_discretion_guideline.pdf', 'แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่')),
    ("O21", "การจัดการทรัพย์สินของราชการ ของบริจาคและการจัดเก็บของกลาง", a('/files/integrity/O21_asset_management.pdf', 'การจัดการทรัพย์สินของราชการ')),
    ("O22", "มาตรการในการยกระดับคุณธรรมและความโปร่งใส และการรายงานผลการดำเนินงาน", a('/files/integrity/ita_measures_2568.pdf', 'มาตรการในการยกระดับคุณธรรมและความโปร่งใส ปี ๒๕๖๘')),
]
rows = ""
for code, nm, links in OIT:
    if nm is None:
        rows += f"<tr><th colspan='3' style='text-align:left;background:#c8e6c9'>{code}</th></tr>"
    else:
        rows += f"<tr><td>{code}</td><td>{nm}</td><td>{links}</td></tr>"
page("/ita/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", f"""<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล และตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต</p>
<p>ผู้รับผิดชอบ: ฝ่ายปกครอง สำนักงานเขตบางพลัด · ปรับปรุงล่าสุด ๘ พฤษภาคม ๒๕๖๘</p>
<table><tr><th style="width:60px">ข้อ</th><th>รายการ</th><th>ลิงก์/เอกสาร</th></tr>{rows}</table>
<p><a href="/ita/2567/">ข้อมูล ITA ปี ๒๕๖๗ (ย้อนหลัง)</a></p>""")

# sitemap
allp = []
for root, dirs, files in os.walk(SITE):
    if "index.html" in files:
        rel = "/" + os.path.relpath(root, SITE).replace("\\", "/") + "/"
        allp.append(rel.replace("/./", "/"))
allp = sorted(set(allp + ["/sitemap/"]))
page("/sitemap/", "แผนผังเว็บไซต์", "<ul>" + "".join(f'<li><a href="{u}">{u}</a></li>' for u in allp) + "</ul>")

# ---------------------------------------------------------------- meta & truth
STYLE = ("A tidy Bang Phlat district site (bma-2567, as_of 2025-05-15) whose OIT page (/ita/) links a document for every item O1-O22, "
         "but several documents are borrowed or unfilled rather than the district's own. Traps that should FAIL: O5 links the BMA-wide "
         "'แผนปฏิบัติราชการกรุงเทพมหานคร 2568' (Strategy & Evaluation Dept) as the district's action plan (the district's own annual report 2567 is fine); "
         "O13's annual spending report file is named ..._bangphlat.pdf but is Bang Sue district's report (header/footer say สำนักงานเขตบางซื่อ); "
         "O14 community-subsidy 'data' is a blank BMA form (DOCX) with dotted blanks 'สำนักงานเขต.......... ปีงบประมาณ พ.ศ. ......'; "
         "O15 monthly summaries Oct 67-Apr 68 in full สขร.1 columns except the February 2568 link is dead (404); "
         "O17 statistics are BMA-wide aggregates (no district figure); O19 is a blank NACC-style risk form (DOCX) plus blank report template; "
         "O20 is a training handout (slides from สำนักงาน ก.ก.) explaining what O20 means, not the district's guideline; "
         "O21 is the text of the Finance Ministry procurement regulation (ch. 9) instead of the district's measure; "
         "O22 is a draft ('ร่าง' watermark, unsigned, placeholders) and no results report; O9 tax statistics XLSX is FY2567 only (stale). "
         "Traps that should PASS: O2 is BMA-wide by definition (governor policy, BMA plans); O16 pairs the district's own signed HR announcement with ก.ก. criteria; "
         "O18 uses the BMA anti-bribery announcement (signed by the Governor) plus the district's own signed 6-month implementation report; "
         "O8/O12 point to BMA systems (BMA OSS, BMA Q, Traffy) plus district tracking table; O11 checklists legitimately contain dotted blanks for the applicant; "
         "O7's building-permit manual mentions 'ร่างสัญญาเช่า' (not a draft); the contact page and a news item mention neighbouring districts. "
         "An /ita/2567/ archive page links last year's files.")
meta = {"framework": "bma-2567", "as_of": AS_OF, "start": "/", "name_th": D, "style": STYLE,
        "author": "blind", "set": "held-out-11"}
with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
    json.dump(meta, f, ensure_ascii=False, indent=2)

TRUTH = {
    "O1": ("pass", "/about/structure/, /about/executives/, /about/authority/, /contact/ + basic_info PDF", "own info: org chart, 3 executives with name/position/photo/phone/e-mail, address/phone/fax/e-mail/map; mentions neighbouring districts on contact page"),
    "O2": ("pass", "/files/policy/bma_governor_policy_9d9d.pdf, bma_dev_plan_20y_phase3.pdf", "BMA-wide documents ARE the item here (governor policy + BMA development plans)"),
    "O3": ("pass", "/schools/", "HTML table of the 9 BMA schools in the district"),
    "O4": ("pass", "/news/ (10 items Oct 2567 - May 2568)", "own news of FY2568"),
    "O5": ("incomplete", "/files/policy/bma_action_plan_2568.pdf + /files/plan/annual_report_2567_bangphlat.pdf", "the 'action plan' is the BMA city-wide plan (it even tells districts to make their own); district's own FY2568 plan absent; annual report 2567 is fine"),
    "O6": ("pass", "/files/manuals/manual_01..10.pdf", "manuals for all 10 divisions, own header"),
    "O7": ("pass", "/files/services/citizen_manual_1..5.pdf", "own citizen manuals; 'ร่างสัญญาเช่า' in the building manual is not a draft marker"),
    "O8": ("pass", "/services/eservice/", "BMA OSS/BMA Q/Traffy + district online form; BMA-wide systems are what districts use"),
    "O9": ("stale", "/files/revenue/tax_statistics.xlsx", "title and rows cover FY2567 (ต.ค. 66 - ก.ย. 67) only; link text has no year"),
    "O10": ("pass", "/files/revenue/revenue_statistics_2568.xlsx", "FY2568 monthly Oct 67 - Apr 68, own"),
    "O11": ("pass", "/files/permits/checklist_1..3.pdf", "district checklists; dotted blanks are for the applicant's name, legitimately part of a checklist"),
    "O12": ("pass", "/permits/tracking/", "BMA OSS tracking link + district status table"),
    "O13": ("incomplete", "/files/budget/spending_plan_2568.pdf + /files/budget/budget_report_2567_bangphlat.pdf", "the annual report is Bang Sue district's (header/footer สำนักงานเขตบางซื่อ) under a Bang Phlat file name; plan 2568 itself is fine"),
    "O14": ("incomplete", "/files/budget/district_budget_2568.xlsx, bma_budget_ordinance_2568_excerpt.pdf, community_subsidy_2568.docx", "ordinance (BMA-wide by nature) and budget data fine, but community-subsidy data is a blank form with dotted blanks"),
    "O15": ("broken", "/procurement/ and /ita/: skr1_2568_02.pdf 404", "Oct-Jan, Mar, Apr summaries complete with all สขร.1 columns; February link dead"),
    "O16": ("pass", "/files/hr/hr_plan_2568_bangphlat.pdf + kk_hr_criteria_bma.pdf", "own signed HR criteria/plan FY2568; ก.ก. criteria alongside are appropriate"),
    "O17": ("incomplete", "/complaint/ + /files/complaint/corruption_complaint_stat_2568.pdf", "channels fine; statistics are BMA-wide aggregates by agency type, no figures for the district"),
    "O18": ("pass", "/files/integrity/bma_anti_bribery_policy.pdf + anti_bribery_report_2568_h1.pdf", "BMA announcement applies to all districts (seed 000 cites it) + district's own signed 6-month report"),
    "O19": ("incomplete", "/files/integrity/bribery_risk_assessment_2568.docx + bribery_risk_report_2568.pdf", "blank NACC-style forms: 'สำนักงานเขต.......... ปีงบประมาณ พ.ศ. ........', no risks assessed"),
    "O20": (["missing", "incomplete"], "/files/integrity/O20_discretion_guideline.pdf", "training slides by สำนักงาน ก.ก. explaining what O20 requires; no district guideline anywhere"),
    "O21": ("incomplete", "/files/integrity/O21_asset_management.pdf", "text of the Finance Ministry procurement regulation ch. 9, not the district's own measure for assets/donations/exhibits"),
    "O22": ("incomplete", "/files/integrity/ita_measures_2568.pdf", "draft: '(ร่าง)' title, red ร่าง watermark, unsigned, placeholders; no results report"),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump({k: v[0] for k, v in TRUTH.items()}, f, ensure_ascii=False, indent=2)
with open(os.path.join(HERE, "truth.md"), "w", encoding="utf-8") as f:
    f.write(f"# borrowed_docs — truth (bma-2567, as_of {AS_OF})\n\n")
    for k, (v, w, t) in TRUTH.items():
        vv = " / ".join(v) if isinstance(v, list) else v
        f.write(f"- {k}: {vv} — {w} — {t}\n")
print("done", len(allp), "pages")
