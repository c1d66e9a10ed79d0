# -*- coding: utf-8 -*-
"""Generate the blind test site "infographics" (สำนักงานเขตคลองบัวงาม, fictional).

A young PR team's district site: much is published as images (PNG/JPG
infographics with real Thai text), some items also as PDF.
Run: /work/blindenv/bin/python _make.py
"""
import json
import os
import random
import shutil

from PIL import Image, ImageDraw, ImageFont

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak)

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
FONTDIR = "/usr/share/fonts/truetype/tlwg/"

random.seed(2568)

# ---------------------------------------------------------------- helpers
TH_DIG = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def td(s):
    return str(s).translate(TH_DIG)


def out(rel):
    p = os.path.join(SITE, rel.lstrip("/"))
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def F(size, bold=False, face="Laksaman"):
    name = face + ("-Bold" if bold else "") + ".ttf"
    return ImageFont.truetype(os.path.join(FONTDIR, name), size)


def text_w(draw, s, font):
    b = draw.textbbox((0, 0), s, font=font)
    return b[2] - b[0]


def wrap(draw, s, font, width):
    """wrap on spaces (Thai phrases are separated by spaces in these texts)"""
    words = []
    for w in s.split(" "):
        if text_w(draw, w, font) <= width:
            words.append(w)
            continue
        # too long for one line: break between Thai grapheme clusters
        cl = []
        for ch in w:
            if cl and ("\u0e31" == ch or "\u0e34" <= ch <= "\u0e3a" or "\u0e47" <= ch <= "\u0e4e" or ch == "\u0e33"):
                cl[-1] += ch
            else:
                cl.append(ch)
        part = ""
        for c in cl:
            if text_w(draw, part + c, font) > width and part:
                words.append(part)
                part = c
            else:
                part += c
        if part:
            words.append(part)
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if text_w(draw, t, font) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def hexc(h):
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


# ---------------------------------------------------------------- images
def infographic(rel, title, sections, subtitle=None, footer=None, width=1080,
                theme="#0b6e4f", accent="#f2a541", bg="#f7f5ef", fmt=None):
    """sections: list of (heading or None, [lines])"""
    tmp = Image.new("RGB", (10, 10))
    d0 = ImageDraw.Draw(tmp)
    ft = F(54, True)
    fs = F(34, True)
    fh = F(36, True)
    fb = F(30)
    ff = F(26)
    pad = 60
    inner = width - 2 * pad - 40
    tlines = wrap(d0, title, ft, width - 2 * pad)
    h = 60 + len(tlines) * 66 + 20
    if subtitle:
        slines = wrap(d0, subtitle, fs, width - 2 * pad)
        h += len(slines) * 46 + 10
    h += 30
    blocks = []
    for head, lines in sections:
        bl = []
        if head:
            bl.append(("h", head))
        for ln in lines:
            for w in wrap(d0, ln, fb, inner - 30):
                bl.append(("b", w))
        blocks.append(bl)
        h += 30 + sum(52 if k == "h" else 42 for k, _ in bl) + 30
    if footer:
        flines = []
        for f in footer if isinstance(footer, list) else [footer]:
            flines += wrap(d0, f, ff, width - 2 * pad)
        h += 20 + len(flines) * 36 + 30
    h += 40
    img = Image.new("RGB", (width, h), hexc(bg))
    d = ImageDraw.Draw(img)
    # header band
    hb = 60 + len(tlines) * 66 + 20 + ((len(slines) * 46 + 10) if subtitle else 0)
    d.rectangle([0, 0, width, hb + 10], fill=hexc(theme))
    d.rectangle([0, hb + 10, width, hb + 18], fill=hexc(accent))
    y = 50
    for ln in tlines:
        d.text((pad, y), ln, font=ft, fill="white")
        y += 66
    if subtitle:
        y += 6
        for ln in slines:
            d.text((pad, y), ln, font=fs, fill=hexc(accent))
            y += 46
    y = hb + 48
    for bl in blocks:
        bh = 30 + sum(52 if k == "h" else 42 for k, _ in bl)
        d.rounded_rectangle([pad - 10, y, width - pad + 10, y + bh], radius=24,
                            fill="white", outline=hexc(theme), width=3)
        yy = y + 18
        for k, s in bl:
            if k == "h":
                d.text((pad + 20, yy), s, font=fh, fill=hexc(theme))
                yy += 52
            else:
                d.text((pad + 34, yy), s, font=fb, fill=(40, 40, 40))
                yy += 42
        y += bh + 30
    if footer:
        y += 10
        for ln in flines:
            d.text((pad, y), ln, font=ff, fill=(90, 90, 90))
            y += 36
    p = out(rel)
    if (fmt or p.rsplit(".", 1)[-1]).lower() in ("jpg", "jpeg"):
        img.save(p, "JPEG", quality=88)
    else:
        img.save(p, "PNG", optimize=True)
    return rel


def banner(rel, text, sub=None, theme="#0b6e4f", accent="#f2a541", w=1200, h=320):
    img = Image.new("RGB", (w, h), hexc(theme))
    d = ImageDraw.Draw(img)
    for i in range(0, w, 40):
        d.line([(i, h), (i + 160, 0)], fill=tuple(min(255, c + 14) for c in hexc(theme)), width=12)
    d.ellipse([w - 300, -120, w + 120, 300], fill=hexc(accent))
    f1 = F(76, True)
    tw = text_w(d, text, f1)
    d.text(((w - tw) // 2 - 80, h // 2 - 70 if sub else h // 2 - 50), text, font=f1, fill="white")
    if sub:
        f2 = F(38)
        d.text(((w - text_w(d, sub, f2)) // 2 - 80, h // 2 + 30), sub, font=f2, fill=hexc(accent))
    p = out(rel)
    img.save(p, "JPEG" if rel.endswith(".jpg") else "PNG", quality=88)
    return rel


def bar_chart(rel, title, labels, values, unit, caption, color="#1f77b4", subtitle=None):
    w, h = 1280, 820
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    tsz = 40
    while text_w(d, title, F(tsz, True)) > w - 100 and tsz > 24:
        tsz -= 2
    d.text((60, 30), title, font=F(tsz, True), fill=(20, 20, 20))
    if subtitle:
        d.text((60, 84), subtitle, font=F(30), fill=(90, 90, 90))
    x0, y0, x1, y1 = 150, 150, w - 60, h - 170
    vmax = max(values) if max(values) > 0 else 1
    top = vmax * 1.15
    if all(isinstance(v, int) for v in values) and vmax <= 10:
        top = 5 if vmax < 5 else 10
    for k in range(6):
        yy = y1 - (y1 - y0) * k / 5
        d.line([(x0, yy), (x1, yy)], fill=(220, 220, 220), width=1)
        v = top * k / 5
        lab = "{:,.0f}".format(v)
        d.text((20, yy - 14), lab, font=F(22), fill=(90, 90, 90))
    d.line([(x0, y0), (x0, y1), (x1, y1)], fill=(60, 60, 60), width=2)
    n = len(values)
    slot = (x1 - x0) / n
    bw = slot * 0.6
    for i, (lab, v) in enumerate(zip(labels, values)):
        bx = x0 + slot * i + (slot - bw) / 2
        by = y1 - (y1 - y0) * v / top
        d.rectangle([bx, by, bx + bw, y1], fill=hexc(color))
        vs = "{:,.2f}".format(v) if isinstance(v, float) else "{:,}".format(v)
        fvs = F(22, True)
        d.text((bx + bw / 2 - text_w(d, vs, fvs) / 2, by - 30), vs, font=fvs, fill=(30, 30, 30))
        fl = F(26)
        d.text((bx + bw / 2 - text_w(d, lab, fl) / 2, y1 + 10), lab, font=fl, fill=(30, 30, 30))
    d.text((x0, y1 + 52), "หน่วย: " + unit, font=F(24), fill=(90, 90, 90))
    yy = y1 + 90
    for c in caption:
        d.text((60, yy), c, font=F(26), fill=(50, 50, 50))
        yy += 34
    img.save(out(rel), "PNG")
    return rel


def portrait(draw, cx, cy, r, skin, shirt, hair, female=False):
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(222, 232, 240))
    # shoulders
    draw.pieslice([cx - r * 0.95, cy + r * 0.35, cx + r * 0.95, cy + r * 1.9], 180, 360, fill=shirt)
    draw.polygon([(cx - r * 0.18, cy + r * 0.45), (cx + r * 0.18, cy + r * 0.45), (cx, cy + r * 0.8)], fill="white")
    # head
    if female:
        draw.ellipse([cx - r * 0.45, cy - r * 0.72, cx + r * 0.45, cy + r * 0.35], fill=hair)
    draw.ellipse([cx - r * 0.36, cy - r * 0.62, cx + r * 0.36, cy + r * 0.22], fill=skin)
    draw.chord([cx - r * 0.38, cy - r * 0.68, cx + r * 0.38, cy - r * 0.05], 180, 360, fill=hair)
    draw.ellipse([cx - r * 0.16, cy - r * 0.25, cx - r * 0.08, cy - r * 0.17], fill=(40, 30, 30))
    draw.ellipse([cx + r * 0.08, cy - r * 0.25, cx + r * 0.16, cy - r * 0.17], fill=(40, 30, 30))
    draw.arc([cx - r * 0.14, cy - r * 0.08, cx + r * 0.14, cy + r * 0.06], 20, 160, fill=(150, 60, 60), width=3)


def photo(rel, caption, seed, w=960, h=600):
    rnd = random.Random(seed)
    img = Image.new("RGB", (w, h), (135, 190, 230))
    d = ImageDraw.Draw(img)
    d.rectangle([0, h * 0.55, w, h], fill=(110, 150, 90))
    for i in range(5):
        bx = rnd.randint(0, w - 200)
        d.rectangle([bx, h * 0.25, bx + rnd.randint(120, 240), h * 0.6], fill=(rnd.randint(180, 240), rnd.randint(170, 220), rnd.randint(150, 200)))
    for i in range(9):
        px = rnd.randint(40, w - 40)
        py = int(h * 0.62) + rnd.randint(0, 80)
        c = (rnd.randint(20, 230), rnd.randint(20, 230), rnd.randint(20, 230))
        d.ellipse([px - 16, py - 70, px + 16, py - 38], fill=(230, 190, 160))
        d.rectangle([px - 20, py - 38, px + 20, py + 30], fill=c)
    d.rectangle([0, h - 70, w, h], fill=(0, 0, 0))
    d.text((24, h - 58), caption, font=F(30, True), fill="white")
    img.save(out(rel), "JPEG", quality=85)
    return rel


# ---------------------------------------------------------------- PDFs
pdfmetrics.registerFont(TTFont("Laksaman", FONTDIR + "Laksaman.ttf"))
pdfmetrics.registerFont(TTFont("Laksaman-Bold", FONTDIR + "Laksaman-Bold.ttf"))
ST = {
    "t": ParagraphStyle("t", fontName="Laksaman-Bold", fontSize=19, leading=26, alignment=1, spaceAfter=6),
    "h": ParagraphStyle("h", fontName="Laksaman-Bold", fontSize=16, leading=22, spaceBefore=8, spaceAfter=3),
    "p": ParagraphStyle("p", fontName="Laksaman", fontSize=15, leading=21, firstLineIndent=28),
    "b": ParagraphStyle("b", fontName="Laksaman", fontSize=15, leading=21, leftIndent=28),
    "c": ParagraphStyle("c", fontName="Laksaman", fontSize=15, leading=21, alignment=1),
    "r": ParagraphStyle("r", fontName="Laksaman", fontSize=15, leading=21, leftIndent=250, alignment=1),
    "cell": ParagraphStyle("cell", fontName="Laksaman", fontSize=11, leading=14),
    "cellb": ParagraphStyle("cellb", fontName="Laksaman-Bold", fontSize=11, leading=14, alignment=1),
}


def pdf(rel, flow, land=False, title=""):
    p = out(rel)
    ps = landscape(A4) if land else A4
    doc = SimpleDocTemplate(p, pagesize=ps, leftMargin=20 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=title,
                            author="สำนักงานเขตคลองบัวงาม")
    story = []
    for kind, val in flow:
        if kind == "sp":
            story.append(Spacer(1, val))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "tbl":
            head, rows, widths = val
            data = [[Paragraph(x, ST["cellb"]) for x in head]]
            for r in rows:
                data.append([Paragraph(str(x), ST["cell"]) for x in r])
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6efe9")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
        else:
            story.append(Paragraph(val, ST[kind]))
    doc.build(story)
    return rel


SIGN = [("sp", 18), ("r", "(นายธนวัฒน์ ศรีประเสริฐ)"), ("r", "ผู้อำนวยการเขตคลองบัวงาม")]

# ---------------------------------------------------------------- data
NAME = "สำนักงานเขตคลองบัวงาม"
ADDR = "เลขที่ ๙๙ ถนนบัวงามพัฒนา แขวงคลองบัวงาม เขตคลองบัวงาม กรุงเทพมหานคร ๑๐๕๘๐"
TEL = "๐ ๒๔๖๒ ๗๗๐๑-๔"
FAX = "๐ ๒๔๖๒ ๗๗๐๕"
MAIL = "klongbuangam@bangkok.go.th"

DIVS = ["ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายรายได้", "ฝ่ายโยธา",
        "ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "ฝ่ายเทศกิจ", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล",
        "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "ฝ่ายการศึกษา"]
DIV_HEADS = ["นางสาวพิมพ์ชนก อินทรสุวรรณ", "นายวีรยุทธ บุญมาก", "นางสุภาวดี แสงจันทร์",
             "นางสาวรัตนาภรณ์ คงเจริญ", "นายอนุชา พรหมวงศ์", "นายสมศักดิ์ ทองประเสริฐ",
             "นายกิตติพงษ์ ศักดิ์ดี", "นางสาวจิราพร มีสุข", "นางวิไลวรรณ เพชรรัตน์",
             "นางสาวนันทนา รุ่งเรือง"]

MONTHS = ["ตุลาคม ๒๕๖๗", "พฤศจิกายน ๒๕๖๗", "ธันวาคม ๒๕๖๗", "มกราคม ๒๕๖๘",
          "กุมภาพันธ์ ๒๕๖๘", "มีนาคม ๒๕๖๘", "เมษายน ๒๕๖๘"]
MSHORT = ["ต.ค.๖๗", "พ.ย.๖๗", "ธ.ค.๖๗", "ม.ค.๖๘", "ก.พ.๖๘", "มี.ค.๖๘", "เม.ย.๖๘"]
MSLUG = ["2567-10", "2567-11", "2567-12", "2568-01", "2568-02", "2568-03", "2568-04"]

PAGES = []  # for the sitemap

MENU = [
    ("/", "หน้าแรก"),
    ("/about/history.html", "เกี่ยวกับเขต"),
    ("/about/structure.html", "โครงสร้าง"),
    ("/about/executives.html", "ผู้บริหาร"),
    ("/news/", "ข่าวประชาสัมพันธ์"),
    ("/service/", "คู่มือบริการประชาชน"),
    ("/eservice.html", "E-Service"),
    ("/ita/", "ITA 2568"),
    ("/about/contact.html", "ติดต่อเรา"),
]

CSS = """
body{font-family:'Sarabun','Laksaman',sans-serif;margin:0;background:#f4f4f0;color:#222}
.portal{background:#163a2b;color:#cde;font-size:13px;padding:4px 16px}
.portal a{color:#cde;margin-right:12px}
header{background:#0b6e4f;color:#fff;padding:14px 20px;display:flex;align-items:center;gap:14px}
header img{height:56px}
header h1{font-size:26px;margin:0} header small{display:block;font-size:14px;color:#f2a541}
nav{background:#f2a541;padding:6px 16px} nav a{color:#222;margin-right:18px;text-decoration:none;font-weight:bold}
main{max-width:1100px;margin:20px auto;background:#fff;padding:20px 28px;min-height:400px}
.crumb{font-size:13px;color:#777} .upd{font-size:13px;color:#777;margin-top:24px}
img.full{max-width:100%;height:auto;border:1px solid #ddd}
.carousel{display:flex;overflow-x:auto;gap:10px;scroll-snap-type:x mandatory}
.carousel img{width:520px;flex:none;scroll-snap-align:start}
.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:14px}
.card{border:1px solid #ddd;padding:10px;border-radius:8px}
table.t{border-collapse:collapse;width:100%} table.t td,table.t th{border:1px solid #bbb;padding:6px}
footer{background:#163a2b;color:#dde;padding:16px 20px;font-size:14px} footer a{color:#f2a541}
.side{float:right;width:260px;margin-left:20px;background:#f7f5ef;padding:10px;font-size:14px}
"""


def page(rel, title, body, crumb=None, upd=None, side=None):
    nav = " ".join('<a href="%s">%s</a>' % (h, t) for h, t in MENU)
    cr = '<div class="crumb"><a href="/">หน้าแรก</a> &raquo; %s</div>' % (crumb or title)
    sd = ""
    if side:
        sd = '<aside class="side"><b>เมนูที่เกี่ยวข้อง</b><ul>%s</ul></aside>' % "".join(
            '<li><a href="%s">%s</a></li>' % (h, t) for h, t in side)
    up = '<div class="upd">ปรับปรุงข้อมูลล่าสุด: %s</div>' % upd if upd else ""
    html = """<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s | %s</title>
<link rel="stylesheet" href="/assets/style.css">
</head>
<body>
<div class="portal"><a href="https://www.bangkok.go.th/">กรุงเทพมหานคร</a> <a href="https://www.bangkok.go.th/district">สำนักงานเขต ๕๐ เขต</a> <a href="/sitemap.html">แผนผังเว็บไซต์</a></div>
<header><img src="/assets/img/logo.png" alt="ตราสัญลักษณ์กรุงเทพมหานคร"><div><h1>%s</h1><small>Khlong Bua Ngam District Office · ใกล้ชิด ใส่ใจ บริการประชาชน</small></div></header>
<nav>%s</nav>
<main>
%s
%s
<h2>%s</h2>
%s
%s
</main>
<footer>%s<br>โทรศัพท์ %s โทรสาร %s อีเมล <a href="mailto:%s">%s</a><br>
<a href="https://www.facebook.com/klongbuangam.pr">Facebook: ประชาสัมพันธ์เขตคลองบัวงาม</a> · <a href="/sitemap.html">แผนผังเว็บไซต์</a> · <a href="/ita/">ITA</a></footer>
</body>
</html>
""" % (title, NAME, NAME, nav, cr, sd, title, body, up, ADDR, TEL, FAX, MAIL, MAIL)
    with open(out(rel), "w", encoding="utf-8") as f:
        f.write(html)
    PAGES.append((rel, title))


def img(src, alt, cls="full"):
    return '<img class="%s" src="%s" alt="%s">' % (cls, src, alt)


# ================================================================= build
if os.path.isdir(SITE):
    shutil.rmtree(SITE)
os.makedirs(SITE)
with open(out("assets/style.css"), "w", encoding="utf-8") as f:
    f.write(CSS)

# logo
lg = Image.new("RGBA", (120, 120), (0, 0, 0, 0))
dl = ImageDraw.Draw(lg)
dl.ellipse([4, 4, 116, 116], fill=(242, 165, 65), outline="white", width=4)
dl.ellipse([28, 28, 92, 92], fill=(11, 110, 79))
dl.text((38, 40), "กทม", font=F(30, True), fill="white")
lg.save(out("assets/img/logo.png"))

# ------------------------------------------------------------ banners
banner("uploads/banner/welcome.jpg", "ยินดีต้อนรับสู่เขตคลองบัวงาม", "ใกล้ชิด ใส่ใจ บริการประชาชน")
banner("uploads/banner/plan68.jpg", "แผนปฏิบัติราชการ ๒๕๖๘", "สำนักงานเขตคลองบัวงาม", theme="#1d4e89")
banner("uploads/banner/ita68.jpg", "ITA 2568", "การเปิดเผยข้อมูลสาธารณะ (OIT)", theme="#6a1b4d")
banner("uploads/banner/checklist.jpg", "Checklist การออกใบอนุญาต", "รายการการตรวจในการพิจารณาการออกใบอนุญาต", theme="#7a4e00")
banner("uploads/banner/nobribe.jpg", "ไม่รับ ไม่ให้ ไม่เรียก", "Anti-Bribery", theme="#8b1e1e")

# ------------------------------------------------------------ news (stale: last post Sep 2567)
NEWS = [
    ("2567-07-12", "๑๒ กรกฎาคม ๒๕๖๗", "เขตคลองบัวงามลงพื้นที่ขุดลอกคลองบัวงาม เตรียมรับมือฤดูฝน",
     "ผู้อำนวยการเขตคลองบัวงาม นำเจ้าหน้าที่ฝ่ายโยธาและฝ่ายรักษาความสะอาดฯ ขุดลอกคลองบัวงามระยะทาง ๑.๒ กิโลเมตร เก็บขยะและผักตบชวากว่า ๘ ตัน"),
    ("2567-07-26", "๒๖ กรกฎาคม ๒๕๖๗", "จัดกิจกรรมจิตอาสาพัฒนา เนื่องในโอกาสวันเฉลิมพระชนมพรรษา",
     "สำนักงานเขตร่วมกับชุมชนในพื้นที่ ๑๔ ชุมชน จัดกิจกรรมจิตอาสาทำความสะอาดถนนบัวงามพัฒนาและปลูกต้นไม้ ๒๐๐ ต้น"),
    ("2567-08-09", "๙ สิงหาคม ๒๕๖๗", "ตรวจสุขลักษณะร้านอาหารริมทาง ถนนบัวงามพัฒนา",
     "ฝ่ายสิ่งแวดล้อมและสุขาภิบาลตรวจสุขลักษณะร้านอาหารและแผงลอย ๓๖ ราย ให้คำแนะนำการล้างภาชนะและการคัดแยกขยะ"),
    ("2567-08-23", "๒๓ สิงหาคม ๒๕๖๗", "เขตคลองบัวงามจัดหน่วยบริการทำบัตรประจำตัวประชาชนเคลื่อนที่",
     "ฝ่ายทะเบียนออกหน่วยบริการทำบัตรประจำตัวประชาชนให้ผู้สูงอายุและผู้พิการในชุมชนวัดบัวงาม มีผู้รับบริการ ๔๒ ราย"),
    ("2567-09-06", "๖ กันยายน ๒๕๖๗", "ประชุมคณะกรรมการชุมชน ติดตามการใช้เงินอุดหนุนชุมชน ปี ๒๕๖๗",
     "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคมประชุมประธานชุมชนทั้ง ๑๔ ชุมชน สรุปผลการใช้จ่ายเงินอุดหนุนชุมชนประจำปี ๒๕๖๗"),
    ("2567-09-20", "๒๐ กันยายน ๒๕๖๗", "เทศกิจเขตคลองบัวงามจัดระเบียบทางเท้า หน้าตลาดบัวงาม",
     "ฝ่ายเทศกิจจัดระเบียบผู้ค้าบนทางเท้าหน้าตลาดบัวงาม คืนพื้นที่ทางเท้าให้ประชาชน พร้อมประชาสัมพันธ์จุดผ่อนผันใหม่"),
]
news_cards = []
for i, (slug, dth, ttl, txt) in enumerate(NEWS):
    ph = photo("uploads/news/%s.jpg" % slug, ttl[:40], seed=i)
    ph2 = photo("uploads/news/%s-2.jpg" % slug, "ภาพกิจกรรม " + dth, seed=i + 50)
    page("news/%s.html" % slug, ttl,
         '<p><b>%s</b></p>%s<p>%s</p>%s<p>ข่าว/ภาพ: งานประชาสัมพันธ์ ฝ่ายปกครอง %s</p>' % (
             dth, img("/" + ph, ["", "image1.jpg", ttl][i % 3]), txt, img("/" + ph2, ""), NAME),
         crumb='<a href="/news/">ข่าวประชาสัมพันธ์</a> &raquo; ข่าว')
    news_cards.append('<div class="card"><a href="/news/%s.html">%s</a><p>%s</p><p><a href="/news/%s.html">%s</a></p></div>' % (
        slug, img("/" + ph, ""), dth, slug, ttl))
page("news/index.html", "ข่าวประชาสัมพันธ์ / ผลการดำเนินงาน",
     '<p>ข่าวกิจกรรมและผลการดำเนินงานของสำนักงานเขตคลองบัวงาม</p><div class="grid">%s</div>'
     '<p>ติดตามข่าวสารเพิ่มเติมได้ที่ <a href="https://www.facebook.com/klongbuangam.pr">Facebook ประชาสัมพันธ์เขตคลองบัวงาม</a></p>' % "".join(reversed(news_cards)),
     upd="๒๐ กันยายน ๒๕๖๗")

# ------------------------------------------------------------ home
home = """
<div class="carousel">
%s
%s
%s
</div>
<h3>ข่าวประชาสัมพันธ์</h3>
<div class="grid">%s</div>
<p><a href="/news/">ดูข่าวทั้งหมด</a></p>
<h3>บริการของเรา</h3>
<ul>
<li><a href="/service/">คู่มือการให้บริการประชาชน</a></li>
<li><a href="/eservice.html">E-Service บริการออนไลน์</a></li>
<li><a href="/permit/checklist.html">Checklist การพิจารณาออกใบอนุญาต</a></li>
<li><a href="/permit/tracking.html">ติดตามสถานะคำขออนุญาต</a></li>
<li><a href="/stat/tax.html">สถิติการจัดเก็บภาษี</a> · <a href="/stat/revenue.html">สถิติการจัดเก็บรายได้</a></li>
<li><a href="/schools.html">โรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขต</a></li>
</ul>
<h3>ข้อมูลหน่วยงาน</h3>
<ul>
<li><a href="/about/history.html">ประวัติเขต</a> · <a href="/about/structure.html">โครงสร้าง</a> · <a href="/about/executives.html">ผู้บริหาร</a> · <a href="/about/authority.html">อำนาจหน้าที่</a> · <a href="/about/contact.html">ติดต่อเรา</a></li>
<li><a href="/policy/governor.html">นโยบายผู้ว่าราชการกรุงเทพมหานคร</a></li>
<li><a href="/plan/action-plan.html">แผนปฏิบัติราชการ / รายงานผล</a></li>
<li><a href="/budget/plan.html">แผนการใช้จ่ายงบประมาณ</a> · <a href="/budget/info.html">ข้อมูลงบประมาณ</a> · <a href="/procurement/">จัดซื้อจัดจ้าง</a></li>
<li><a href="/ita/">ITA 2568 การเปิดเผยข้อมูลสาธารณะ</a></li>
<li><a href="/gallery.html">คลังภาพ</a> · <a href="/faq.html">ถาม-ตอบ</a></li>
</ul>
""" % (img("/uploads/banner/welcome.jpg", "ยินดีต้อนรับสู่เขตคลองบัวงาม"),
       img("/uploads/banner/plan68.jpg", "แผนปฏิบัติราชการ ๒๕๖๘"),
       '<a href="/ita/">%s</a>' % img("/uploads/banner/ita68.jpg", "ITA 2568"),
       "".join(reversed(news_cards[-3:])))
page("index.html", "หน้าแรก", home)

# ------------------------------------------------------------ O1 basic info
# org chart
W, H = 1600, 1000
oc = Image.new("RGB", (W, H), (247, 245, 239))
d = ImageDraw.Draw(oc)
d.text((60, 30), "โครงสร้างสำนักงานเขตคลองบัวงาม", font=F(52, True), fill=(11, 110, 79))
d.text((60, 100), "ตามประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต", font=F(30), fill=(80, 80, 80))


def box(x, y, w, h, t1, t2=None, fill=(11, 110, 79), fg="white"):
    d.rounded_rectangle([x, y, x + w, y + h], radius=14, fill=fill)
    f1 = F(28, True)
    d.text((x + (w - text_w(d, t1, f1)) / 2, y + 10), t1, font=f1, fill=fg)
    if t2:
        f2 = F(22)
        d.text((x + (w - text_w(d, t2, f2)) / 2, y + 48), t2, font=f2, fill=fg)


box(600, 170, 400, 90, "ผู้อำนวยการเขต", "นายธนวัฒน์ ศรีประเสริฐ")
d.line([(800, 260), (800, 300)], fill=(60, 60, 60), width=3)
d.line([(320, 300), (1280, 300)], fill=(60, 60, 60), width=3)
for i, (t, n) in enumerate([("ผู้ช่วยผู้อำนวยการเขต", "นางสาวกมลชนก วงศ์ทองดี"),
                            ("ผู้ช่วยผู้อำนวยการเขต", "นายพีรพล แก้วมณี"),
                            ("ผู้ช่วยผู้อำนวยการเขต", "- ว่าง -")]):
    x = 140 + i * 480
    d.line([(x + 180, 300), (x + 180, 330)], fill=(60, 60, 60), width=3)
    box(x, 330, 360, 90, t, n, fill=(29, 78, 137))
d.line([(100, 470), (1500, 470)], fill=(60, 60, 60), width=3)
d.line([(800, 420), (800, 470)], fill=(60, 60, 60), width=3)
for i, dv in enumerate(DIVS):
    col, row = i % 5, i // 5
    x = 40 + col * 310
    y = 510 + row * 220
    d.line([(x + 145, 470 if row == 0 else 690), (x + 145, y)], fill=(160, 160, 160), width=2)
    d.rounded_rectangle([x, y, x + 290, y + 170], radius=12, fill="white", outline=(242, 165, 65), width=4)
    fdv = F(25, True)
    lines = wrap(d, dv.replace("ฝ่าย", "ฝ่าย ", 1).replace("และ", " และ"), fdv, 260)
    yy = y + 14
    for ln in lines:
        d.text((x + 14, yy), ln.replace("ฝ่าย ", "ฝ่าย"), font=fdv, fill=(40, 40, 40))
        yy += 34
    d.text((x + 14, y + 118), "หัวหน้าฝ่าย: " + DIV_HEADS[i].split(" ")[0][-8:] if False else "หัวหน้า: " + DIV_HEADS[i], font=F(19), fill=(90, 90, 90))
d.text((60, 960), "ข้อมูล ณ วันที่ ๑ พฤษภาคม ๒๕๖๘  งานประชาสัมพันธ์ ฝ่ายปกครอง", font=F(24), fill=(90, 90, 90))
oc.save(out("uploads/about/image1.jpg"), "JPEG", quality=90)

# executives
EX = [("นายธนวัฒน์ ศรีประเสริฐ", "ผู้อำนวยการเขตคลองบัวงาม", "๐ ๒๔๖๒ ๗๗๐๑ ต่อ ๑๐๑", "thanawat.s@bangkok.go.th", (60, 60, 110), (30, 30, 30), False),
      ("นางสาวกมลชนก วงศ์ทองดี", "ผู้ช่วยผู้อำนวยการเขต (ด้านบริหาร)", "๐ ๒๔๖๒ ๗๗๐๑ ต่อ ๑๐๒", "kamonchanok.w@bangkok.go.th", (120, 40, 60), (40, 25, 20), True),
      ("นายพีรพล แก้วมณี", "ผู้ช่วยผู้อำนวยการเขต (ด้านพัฒนาพื้นที่)", "๐ ๒๔๖๒ ๗๗๐๑ ต่อ ๑๐๓", "peerapol.k@bangkok.go.th", (30, 80, 60), (20, 20, 20), False),
      ("- ว่าง -", "ผู้ช่วยผู้อำนวยการเขต (ด้านบริการ)", "-", "-", None, None, False)]
W, H = 1400, 1250
ex = Image.new("RGB", (W, H), (247, 245, 239))
d = ImageDraw.Draw(ex)
d.rectangle([0, 0, W, 165], fill=(11, 110, 79))
d.text((60, 22), "ผู้บริหารสำนักงานเขตคลองบัวงาม", font=F(56, True), fill="white")
d.text((60, 112), "ข้อมูล ณ เดือนพฤษภาคม ๒๕๖๘", font=F(30), fill=(242, 165, 65))
for i, (n, pos, tel, em, shirt, hair, fem) in enumerate(EX):
    col, row = i % 2, i // 2
    x, y = 40 + col * 680, 190 + row * 520
    d.rounded_rectangle([x, y, x + 640, y + 490], radius=24, fill="white", outline=(242, 165, 65), width=4)
    if shirt:
        portrait(d, x + 320, y + 130, 100, (236, 200, 170), shirt, hair, fem)
    else:
        d.ellipse([x + 220, y + 30, x + 420, y + 230], fill=(220, 220, 220))
        d.text((x + 270, y + 105), "ว่าง", font=F(48, True), fill=(150, 150, 150))
    for j, (s, f, c) in enumerate([(n, F(38, True), (11, 110, 79)), (pos, F(30), (40, 40, 40)),
                                   ("โทรศัพท์ " + tel, F(28), (60, 60, 60)), ("อีเมล " + em, F(28), (60, 60, 60))]):
        d.text((x + (640 - text_w(d, s, f)) / 2, y + 260 + j * 52), s, font=f, fill=c)
ex.save(out("uploads/about/executives-2568.jpg"), "JPEG", quality=90)

# map
mp = Image.new("RGB", (900, 560), (236, 236, 228))
d = ImageDraw.Draw(mp)
d.rectangle([0, 250, 900, 300], fill=(255, 255, 255))
d.rectangle([420, 0, 470, 560], fill=(255, 255, 255))
d.rectangle([0, 420, 900, 460], fill=(150, 200, 230))
d.text((20, 258), "ถนนบัวงามพัฒนา", font=F(26), fill=(80, 80, 80))
d.text((480, 20), "ซอยวัดบัวงาม", font=F(26), fill=(80, 80, 80))
d.text((20, 424), "คลองบัวงาม", font=F(26), fill=(40, 90, 130))
d.rounded_rectangle([500, 150, 720, 240], radius=10, fill=(11, 110, 79))
d.text((515, 172), "สำนักงานเขต", font=F(30, True), fill="white")
d.ellipse([590, 100, 630, 140], fill=(220, 40, 40))
d.text((500, 320), "ตลาดบัวงาม", font=F(24), fill=(80, 80, 80))
d.text((120, 150), "วัดบัวงาม", font=F(24), fill=(80, 80, 80))
mp.save(out("uploads/about/map.png"))

page("about/history.html", "ประวัติและข้อมูลทั่วไปของเขตคลองบัวงาม",
     "<p>เขตคลองบัวงามตั้งอยู่ฝั่งตะวันตกของกรุงเทพมหานคร มีพื้นที่ ๑๘.๔๒ ตารางกิโลเมตร แบ่งการปกครองเป็น ๓ แขวง ได้แก่ แขวงคลองบัวงาม แขวงบางบัว และแขวงสวนหลวงใต้ มีชุมชนที่จดทะเบียน ๑๔ ชุมชน</p>"
     "<p>ประชากรตามทะเบียนราษฎร ณ ๓๑ ธันวาคม ๒๕๖๗ จำนวน ๗๔,๒๑๘ คน ๓๒,๔๐๕ ครัวเรือน</p>"
     "<p>ชื่อ “คลองบัวงาม” มาจากคลองสายหลักที่เคยมีบัวหลวงขึ้นหนาแน่นตลอดแนวคลอง ปัจจุบันพื้นที่เป็นชุมชนที่อยู่อาศัยผสมพาณิชยกรรม</p>",
     side=[("/about/structure.html", "โครงสร้าง"), ("/about/executives.html", "ผู้บริหาร"), ("/about/authority.html", "อำนาจหน้าที่"), ("/about/contact.html", "ติดต่อเรา")],
     upd="๑๐ มกราคม ๒๕๖๘")
page("about/structure.html", "โครงสร้างหน่วยงาน",
     img("/uploads/about/image1.jpg", "image1.jpg") + '<p><a href="/uploads/about/image1.jpg">ดูภาพขนาดใหญ่</a></p>',
     side=[("/about/executives.html", "ผู้บริหาร"), ("/about/authority.html", "อำนาจหน้าที่")],
     upd="๑ พฤษภาคม ๒๕๖๘")
page("about/executives.html", "ทำเนียบผู้บริหาร",
     img("/uploads/about/executives-2568.jpg",
         "ผู้บริหารสำนักงานเขตคลองบัวงาม: นายธนวัฒน์ ศรีประเสริฐ ผู้อำนวยการเขต, นางสาวกมลชนก วงศ์ทองดี และนายพีรพล แก้วมณี ผู้ช่วยผู้อำนวยการเขต, ผู้ช่วยผู้อำนวยการเขตด้านบริการ ว่าง พร้อมเบอร์โทรศัพท์และอีเมล"),
     side=[("/about/structure.html", "โครงสร้าง"), ("/about/contact.html", "ติดต่อเรา")],
     upd="๒ พฤษภาคม ๒๕๖๘")
auth_items = ["ดำเนินการตามกฎหมายว่าด้วยการทะเบียนราษฎร บัตรประจำตัวประชาชน และการทะเบียนครอบครัว",
              "จัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย และรายได้อื่นของกรุงเทพมหานครในพื้นที่",
              "ควบคุมอาคาร การขุดดินและถมดิน และดูแลบำรุงรักษาถนน ทางเท้า คูคลอง",
              "รักษาความสะอาด เก็บขนมูลฝอย ดูแลสวนสาธารณะ",
              "รักษาความสงบเรียบร้อย และดูแลการจำหน่ายสินค้าในที่สาธารณะ",
              "ควบคุมสุขลักษณะสถานประกอบการ ตลาด และสถานที่จำหน่ายอาหาร",
              "ส่งเสริมพัฒนาชุมชน สวัสดิการสังคม และจัดการศึกษาในโรงเรียนสังกัดกรุงเทพมหานคร",
              "ปฏิบัติงานอื่นตามที่ผู้ว่าราชการกรุงเทพมหานครมอบหมาย"]
page("about/authority.html", "อำนาจหน้าที่ของสำนักงานเขต",
     "<p>สำนักงานเขตมีอำนาจหน้าที่ตามพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘ มาตรา ๗๐ และตามที่กฎหมายอื่นกำหนด ดังนี้</p><ol>%s</ol>"
     "<h3>กฎหมายที่เกี่ยวข้อง</h3><ul><li>พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘</li><li>พระราชบัญญัติการทะเบียนราษฎร พ.ศ. ๒๕๓๔</li><li>พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒</li><li>พระราชบัญญัติควบคุมอาคาร พ.ศ. ๒๕๒๒</li><li>พระราชบัญญัติการสาธารณสุข พ.ศ. ๒๕๓๕</li><li>พระราชบัญญัติรักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. ๒๕๓๕</li></ul>"
     % "".join("<li>%s</li>" % a for a in auth_items),
     side=[("/about/structure.html", "โครงสร้าง"), ("/about/executives.html", "ผู้บริหาร")], upd="๑๐ มกราคม ๒๕๖๘")
page("about/contact.html", "ติดต่อสำนักงานเขตคลองบัวงาม",
     "<p><b>ที่อยู่</b> %s</p><p><b>โทรศัพท์</b> %s<br><b>โทรสาร</b> %s<br><b>อีเมล</b> <a href=\"mailto:%s\">%s</a><br><b>เวลาทำการ</b> วันจันทร์ – ศุกร์ เวลา ๐๘.๐๐ – ๑๖.๐๐ น. (ฝ่ายทะเบียนเปิดบริการวันเสาร์ ๐๘.๐๐ – ๑๒.๐๐ น.)</p>"
     "<h3>แผนที่</h3>%s<p><a href=\"https://maps.google.com/?q=สำนักงานเขตคลองบัวงาม\">เปิดใน Google Maps</a></p>"
     "<h3>หมายเลขโทรศัพท์ภายในแยกตามฝ่าย</h3><table class=\"t\"><tr><th>ฝ่าย</th><th>ต่อ</th></tr>%s</table>"
     % (ADDR, TEL, FAX, MAIL, MAIL, img("/uploads/about/map.png", "แผนที่ตั้งสำนักงานเขตคลองบัวงาม ถนนบัวงามพัฒนา"),
        "".join("<tr><td>%s</td><td>%s</td></tr>" % (dv, td(200 + i * 10)) for i, dv in enumerate(DIVS))),
     upd="๑๐ มกราคม ๒๕๖๘")

# ------------------------------------------------------------ O2 governor policy & BMA plans
infographic("uploads/policy/policy-9dee.png", "นโยบายผู้ว่าราชการกรุงเทพมหานคร ๙ ด้าน ๙ ดี",
            [(None, ["๑. ปลอดภัยดี  ๒. เดินทางดี  ๓. สิ่งแวดล้อมดี", "๔. สุขภาพดี  ๕. เรียนดี  ๖. เศรษฐกิจดี",
                     "๗. สังคมดี  ๘. บริหารจัดการดี  ๙. โครงสร้างดี"]),
             ("การขับเคลื่อนในพื้นที่เขตคลองบัวงาม ปี ๒๕๖๘", [
                 "ปลอดภัยดี: ติดตั้งไฟฟ้าส่องสว่างเพิ่ม ๑๒๐ จุด ในซอยเปลี่ยว",
                 "สิ่งแวดล้อมดี: ขยายโครงการ ไม่เทรวม ครบ ๑๔ ชุมชน",
                 "เดินทางดี: ปรับปรุงทางเท้าถนนบัวงามพัฒนา ๒.๑ กม.",
                 "บริหารจัดการดี: เปิดเผยข้อมูลผ่านเว็บไซต์และ Traffy Fondue"])],
            subtitle="เมืองน่าอยู่สำหรับทุกคน", footer="สำนักงานเขตคลองบัวงาม · ข้อมูล ณ มกราคม ๒๕๖๘")
pdf("uploads/policy/bkk-dev-plan-phase3-summary.pdf", [
    ("t", "สรุปแผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๓ (พ.ศ. ๒๕๖๖ – ๒๕๗๐)"),
    ("c", "และความเชื่อมโยงกับการดำเนินงานของสำนักงานเขตคลองบัวงาม"),
    ("h", "๑. ความเป็นมา"),
    ("p", "แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี (พ.ศ. ๒๕๖๑ – ๒๕๘๐) แบ่งการดำเนินการออกเป็น ๔ ระยะ ระยะที่ ๓ ครอบคลุมปี พ.ศ. ๒๕๖๖ – ๒๕๗๐ และได้ปรับให้สอดคล้องกับนโยบายผู้ว่าราชการกรุงเทพมหานคร ๙ ด้าน ๙ ดี"),
    ("h", "๒. มิติการพัฒนา ๗ มิติ"),
    ("b", "มิติที่ ๑ มหานครปลอดภัย  มิติที่ ๒ มหานครสีเขียว สะดวกสบาย  มิติที่ ๓ มหานครสำหรับทุกคน  มิติที่ ๔ มหานครกะทัดรัด  มิติที่ ๕ มหานครแห่งประชาธิปไตย  มิติที่ ๖ มหานครแห่งเศรษฐกิจและการเรียนรู้  มิติที่ ๗ การบริหารจัดการเมืองมหานคร"),
    ("h", "๓. ความเชื่อมโยงกับสำนักงานเขตคลองบัวงาม"),
    ("tbl", (["มิติ", "ประเด็นของเขต", "ฝ่ายรับผิดชอบ"], [
        ["มิติที่ ๑", "ไฟฟ้าส่องสว่าง กล้อง CCTV จุดเสี่ยง", "ฝ่ายโยธา / ฝ่ายเทศกิจ"],
        ["มิติที่ ๒", "การคัดแยกขยะ สวน ๑๕ นาที", "ฝ่ายรักษาความสะอาดและสวนสาธารณะ"],
        ["มิติที่ ๓", "สวัสดิการผู้สูงอายุ ผู้พิการ", "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม"],
        ["มิติที่ ๖", "โรงเรียนสังกัดกรุงเทพมหานคร ๖ แห่ง", "ฝ่ายการศึกษา"],
        ["มิติที่ ๗", "การให้บริการออนไลน์ การเปิดเผยข้อมูล", "ฝ่ายปกครอง"]], [30, 80, 60])),
], title="สรุปแผนพัฒนากรุงเทพมหานคร ระยะที่ ๓")
page("policy/governor.html", "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร",
     img("/uploads/policy/policy-9dee.png", "นโยบาย ๙ ด้าน ๙ ดี") +
     "<h3>แผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร</h3><ul>"
     '<li><a href="/uploads/policy/bkk-dev-plan-phase3-summary.pdf">สรุปแผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๓ (พ.ศ. ๒๕๖๖ – ๒๕๗๐) (PDF)</a></li>'
     '<li><a href="https://www.bangkok.go.th/policy">นโยบายผู้ว่าราชการกรุงเทพมหานคร (เว็บไซต์กรุงเทพมหานคร)</a></li>'
     '<li><a href="https://www.bangkok.go.th/pipd">แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี (สำนักยุทธศาสตร์และประเมินผล)</a></li></ul>',
     upd="๑๕ มกราคม ๒๕๖๘")

# ------------------------------------------------------------ O3 schools (image only)
SCH = [("โรงเรียนวัดบัวงาม", "๑๒ ซอยวัดบัวงาม แขวงคลองบัวงาม", "๐ ๒๔๖๒ ๑๑๐๒", "อนุบาล – ป.๖", "๕๑๒"),
       ("โรงเรียนบางบัววิทยา", "๔๕ ถนนบางบัว แขวงบางบัว", "๐ ๒๔๖๒ ๑๒๓๔", "อนุบาล – ม.๓", "๘๔๐"),
       ("โรงเรียนสวนหลวงใต้", "๘ ซอยสวนหลวง ๓ แขวงสวนหลวงใต้", "๐ ๒๔๖๒ ๑๓๓๑", "อนุบาล – ป.๖", "๓๗๕"),
       ("โรงเรียนคลองบัวงามพัฒนา", "๒๑๐ ถนนบัวงามพัฒนา แขวงคลองบัวงาม", "๐ ๒๔๖๒ ๑๔๔๕", "อนุบาล – ป.๖", "๔๖๖"),
       ("โรงเรียนวัดสวนหลวง", "๗๗ ซอยวัดสวนหลวง แขวงสวนหลวงใต้", "๐ ๒๔๖๒ ๑๕๘๐", "อนุบาล – ม.๓", "๖๙๒"),
       ("โรงเรียนชุมชนบางบัว", "๓ ซอยบางบัว ๑๒ แขวงบางบัว", "๐ ๒๔๖๒ ๑๖๐๙", "อนุบาล – ป.๖", "๒๘๘")]
infographic("uploads/school/image1.jpg", "โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขตคลองบัวงาม",
            [("%d. %s" % (i + 1, s[0]), ["ที่อยู่: " + s[1], "โทร: " + s[2] + "   ระดับชั้น: " + s[3], "จำนวนนักเรียน: " + s[4] + " คน"])
             for i, s in enumerate(SCH)],
            subtitle="รวม ๖ โรงเรียน  ภาคเรียนที่ ๒/๒๕๖๗", footer="ข้อมูล: ฝ่ายการศึกษา สำนักงานเขตคลองบัวงาม ณ ๑๐ มกราคม ๒๕๖๘",
            theme="#1d4e89", fmt="jpg")
page("schools.html", "โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต",
     img("/uploads/school/image1.jpg", "image1.jpg"), upd="๑๐ มกราคม ๒๕๖๘")

# ------------------------------------------------------------ O5 action plan: banner only + last FY annual report
pdf("uploads/plan/annual-report-2567.pdf", [
    ("t", "รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗"),
    ("c", "สำนักงานเขตคลองบัวงาม (๑ ตุลาคม ๒๕๖๖ – ๓๐ กันยายน ๒๕๖๗)"),
    ("h", "๑. ภาพรวมผลการดำเนินงาน"),
    ("p", "ในปีงบประมาณ พ.ศ. ๒๕๖๗ สำนักงานเขตคลองบัวงามมีโครงการ/กิจกรรมตามแผนปฏิบัติราชการ จำนวน ๔๘ โครงการ ดำเนินการแล้วเสร็จ ๔๕ โครงการ คิดเป็นร้อยละ ๙๓.๗๕ อยู่ระหว่างดำเนินการ ๓ โครงการ"),
    ("h", "๒. ผลการดำเนินงานตามตัวชี้วัด"),
    ("tbl", (["ตัวชี้วัด", "ค่าเป้าหมาย", "ผลการดำเนินงาน", "ผล"], [
        ["ร้อยละของเรื่องร้องเรียน Traffy Fondue ที่ดำเนินการแล้วเสร็จ", "ร้อยละ ๘๐", "ร้อยละ ๘๗.๒", "บรรลุ"],
        ["ปริมาณมูลฝอยที่ลดลงจากการคัดแยก", "ร้อยละ ๕", "ร้อยละ ๖.๑", "บรรลุ"],
        ["ความยาวทางเท้าที่ปรับปรุง", "๒.๐ กม.", "๑.๘ กม.", "ไม่บรรลุ"],
        ["ร้อยละการเบิกจ่ายงบประมาณ", "ร้อยละ ๙๕", "ร้อยละ ๙๖.๔", "บรรลุ"],
        ["ความพึงพอใจของผู้รับบริการ", "ร้อยละ ๘๕", "ร้อยละ ๙๑.๓", "บรรลุ"]], [70, 30, 35, 25])),
    ("h", "๓. ปัญหา อุปสรรค และแนวทางแก้ไข"),
    ("p", "การปรับปรุงทางเท้าล่าช้าเนื่องจากติดสาธารณูปโภคใต้ดิน ได้ประสานการไฟฟ้านครหลวงและการประปานครหลวงเพื่อวางแผนร่วมกันในปีงบประมาณ พ.ศ. ๒๕๖๘"),
] + SIGN, title="รายงานผลการปฏิบัติราชการประจำปี ๒๕๖๗")
page("plan/action-plan.html", "แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี",
     img("/uploads/banner/plan68.jpg", "แผนปฏิบัติราชการ ๒๕๖๘") +
     '<h3>รายงานผลการปฏิบัติราชการประจำปี</h3><ul><li><a href="/uploads/plan/annual-report-2567.pdf">รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (PDF)</a></li></ul>',
     upd="๒๑ พฤศจิกายน ๒๕๖๗")

# ------------------------------------------------------------ O6 duty manuals (4 of 10 divisions)
MAN = {
    "ฝ่ายปกครอง": ["การรับเรื่องราวร้องทุกข์", "การจัดทำคำสั่งและหนังสือราชการ", "การเผยแพร่ข้อมูลข่าวสารทางเว็บไซต์"],
    "ฝ่ายทะเบียน": ["การแจ้งเกิด แจ้งตาย", "การย้ายที่อยู่", "การทำบัตรประจำตัวประชาชน"],
    "ฝ่ายการคลัง": ["การเบิกจ่ายเงินงบประมาณ", "การจัดซื้อจัดจ้างโดยวิธีเฉพาะเจาะจง", "การควบคุมพัสดุ"],
    "ฝ่ายรายได้": ["การประเมินภาษีที่ดินและสิ่งปลูกสร้าง", "การจัดเก็บภาษีป้าย", "การติดตามลูกหนี้ภาษีค้างชำระ"],
}
man_links = []
for i, dv in enumerate(DIVS):
    if dv in MAN:
        rel = "uploads/manual/work-manual-%02d.pdf" % (i + 1)
        fl = [("t", "คู่มือการปฏิบัติงาน %s" % dv), ("c", "สำนักงานเขตคลองบัวงาม ปรับปรุงครั้งที่ ๒ ธันวาคม ๒๕๖๗"),
              ("h", "๑. วัตถุประสงค์"), ("p", "เพื่อให้เจ้าหน้าที่ของ%sปฏิบัติงานเป็นมาตรฐานเดียวกัน ถูกต้องตามระเบียบ และให้บริการประชาชนได้อย่างรวดเร็ว" % dv),
              ("h", "๒. ขอบเขตงาน")]
        for k, job in enumerate(MAN[dv]):
            fl.append(("b", "๒.%s %s" % (td(k + 1), job)))
        for k, job in enumerate(MAN[dv]):
            fl += [("h", "%s. ขั้นตอนการปฏิบัติงาน: %s" % (td(k + 3), job)),
                   ("tbl", (["ขั้นตอน", "รายละเอียด", "ระยะเวลา", "ผู้รับผิดชอบ"], [
                       ["๑", "รับเรื่องและตรวจสอบเอกสาร", "๑๕ นาที", "เจ้าหน้าที่ธุรการ"],
                       ["๒", "ตรวจสอบข้อเท็จจริงตามระเบียบ", "๑ – ๓ วันทำการ", "เจ้าหน้าที่ผู้รับผิดชอบ"],
                       ["๓", "เสนอหัวหน้าฝ่ายพิจารณา", "๑ วันทำการ", "หัวหน้า" + dv],
                       ["๔", "แจ้งผล / จัดเก็บเอกสาร", "๑ วันทำการ", "เจ้าหน้าที่ธุรการ"]], [20, 75, 35, 45]))]
        pdf(rel, fl, title="คู่มือการปฏิบัติงาน " + dv)
        man_links.append('<tr><td>%s</td><td><a href="/%s">เปิดเอกสาร</a></td></tr>' % (dv, rel))
    else:
        man_links.append('<tr><td>%s</td><td>อยู่ระหว่างปรับปรุง</td></tr>' % dv)
page("manual/work.html", "คู่มือการปฏิบัติหน้าที่ (คู่มือการปฏิบัติงาน)",
     '<p>คู่มือการปฏิบัติงานของฝ่ายต่าง ๆ สำนักงานเขตคลองบัวงาม</p><table class="t"><tr><th>ฝ่าย</th><th>เอกสาร</th></tr>%s</table>' % "".join(man_links),
     upd="๒๐ ธันวาคม ๒๕๖๗")

# ------------------------------------------------------------ O7 service manuals: image carousels
SERV = [
    ("house-no", "การขอเลขที่บ้าน", "ฝ่ายทะเบียน", ["ยื่นคำร้อง (ท.ร.๙) ที่ฝ่ายทะเบียน", "เจ้าหน้าที่ตรวจสอบเอกสารและสถานที่จริง", "นายทะเบียนพิจารณาอนุมัติ", "ออกเลขที่บ้านและเพิ่มชื่อบ้านในทะเบียน"],
     ["บัตรประจำตัวประชาชนผู้ขอ", "ใบอนุญาตปลูกสร้างอาคาร (ถ้ามี)", "เอกสารสิทธิ์ที่ดิน / สัญญาเช่า", "ภาพถ่ายบ้านและแผนที่สังเขป"], "ไม่มีค่าธรรมเนียม", "ไม่เกิน ๑๕ วันทำการ"),
    ("move", "การแจ้งย้ายที่อยู่", "ฝ่ายทะเบียน", ["ยื่นคำร้องและเอกสาร", "ตรวจสอบหลักฐานกับฐานข้อมูลทะเบียนราษฎร", "บันทึกการย้ายออก / ย้ายเข้า", "คืนเอกสารและทะเบียนบ้าน"],
     ["บัตรประจำตัวประชาชน", "ทะเบียนบ้านฉบับเจ้าบ้าน", "หนังสือยินยอมของเจ้าบ้าน", "หนังสือมอบอำนาจ (กรณีมอบหมาย)"], "ไม่มีค่าธรรมเนียม (ย้ายปลายทาง ๒๐ บาท)", "๒๐ นาที"),
    ("food", "การขอใบอนุญาต จัดตั้งสถานที่จำหน่ายอาหาร", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", ["ยื่นคำขอ (แบบ สอ.๑) ที่เขตหรือผ่าน BMA OSS", "ตรวจสอบเอกสาร", "ตรวจสถานที่ด้านสุขลักษณะ", "พิจารณาออกใบอนุญาต"],
     ["บัตรประจำตัวประชาชน", "ทะเบียนบ้านหรือสัญญาเช่า", "ใบรับรองแพทย์ผู้สัมผัสอาหาร", "แผนผังสถานที่"], "ตามพื้นที่ ๑๐๐ – ๓,๐๐๐ บาท/ปี", "ไม่เกิน ๓๐ วันทำการ"),
    ("landtax", "การชำระภาษีที่ดิน และสิ่งปลูกสร้าง", "ฝ่ายรายได้", ["รับแบบแจ้งการประเมินภาษี", "ตรวจสอบรายการที่ดิน/สิ่งปลูกสร้าง", "ชำระภาษีที่เขต ธนาคาร หรือแอปพลิเคชัน", "รับใบเสร็จรับเงิน"],
     ["หนังสือแจ้งการประเมินภาษี", "บัตรประจำตัวประชาชน", "หนังสือมอบอำนาจ (กรณีมอบหมาย)"], "ตามอัตราภาษีที่ประเมิน", "๑๕ นาที"),
    ("elderly", "การขอรับเบี้ยยังชีพ ผู้สูงอายุ", "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", ["ลงทะเบียนที่ฝ่ายพัฒนาชุมชนฯ", "ตรวจสอบคุณสมบัติ", "ประกาศรายชื่อผู้มีสิทธิ", "รับเบี้ยยังชีพทุกวันที่ ๑๐ ของเดือน"],
     ["บัตรประจำตัวประชาชน", "ทะเบียนบ้าน", "สมุดบัญชีเงินฝากธนาคาร"], "ไม่มีค่าธรรมเนียม", "๓๐ นาที"),
]
ALTS = [lambda t, n: "image1.jpg", lambda t, n: "", lambda t, n: "%s ภาพที่ %d" % (t, n)]
svc_cards = []
for si, (slug, t, unit, steps, docs, fee, dur) in enumerate(SERV):
    slides = []
    slides.append(infographic("uploads/service/%s-1.jpg" % slug, "คู่มือสำหรับประชาชน: " + t,
                              [("หน่วยงานที่ให้บริการ", [unit + " " + NAME, "โทร " + TEL + " · เปิดบริการ จันทร์ – ศุกร์ ๐๘.๐๐ – ๑๖.๐๐ น."]),
                               ("ระยะเวลาดำเนินการ", [dur])], subtitle="ปรับปรุงล่าสุด มกราคม ๒๕๖๘", width=1080, fmt="jpg"))
    slides.append(infographic("uploads/service/%s-2.jpg" % slug, "ขั้นตอนการให้บริการ",
                              [(None, ["ขั้นที่ %s  %s" % (td(k + 1), s) for k, s in enumerate(steps)])], subtitle=t, width=1080, fmt="jpg", theme="#1d4e89"))
    slides.append(infographic("uploads/service/%s-3.jpg" % slug, "เอกสารที่ต้องใช้",
                              [(None, ["• " + x for x in docs])], subtitle=t, width=1080, fmt="jpg", theme="#7a4e00"))
    slides.append(infographic("uploads/service/%s-4.jpg" % slug, "ค่าธรรมเนียมและช่องทางร้องเรียน",
                              [("ค่าธรรมเนียม", [fee]), ("ช่องทางร้องเรียน", ["ฝ่ายปกครอง " + NAME + " โทร " + TEL, "ศูนย์รับเรื่องราวร้องทุกข์กรุงเทพมหานคร โทร ๑๕๕๕", "แอปพลิเคชัน Traffy Fondue"])],
                              subtitle=t, width=1080, fmt="jpg", theme="#6a1b4d"))
    alt = ALTS[si % 3]
    car = "".join(img("/" + s, alt(t, k + 1), cls="") for k, s in enumerate(slides))
    page("service/%s.html" % slug, "คู่มือสำหรับประชาชน: " + t,
         '<div class="carousel">%s</div><p>เลื่อนดูภาพถัดไป &rarr;</p>' % car,
         crumb='<a href="/service/">คู่มือบริการประชาชน</a> &raquo; ' + t, upd="๑๕ มกราคม ๒๕๖๘")
    svc_cards.append('<div class="card"><a href="/service/%s.html">%s</a><p><a href="/service/%s.html">%s</a><br>%s</p></div>' % (
        slug, img("/" + slides[0], ""), slug, t, unit))
page("service/index.html", "คู่มือการให้บริการประชาชน",
     '<p>คู่มือสำหรับประชาชนในรูปแบบอินโฟกราฟิก กดเลือกงานบริการเพื่อดูขั้นตอน เอกสาร ค่าธรรมเนียม และระยะเวลา</p><div class="grid">%s</div>' % "".join(svc_cards),
     upd="๑๕ มกราคม ๒๕๖๘")

# ------------------------------------------------------------ O8 e-service
infographic("uploads/eservice/eservice.png", "บริการออนไลน์ เขตคลองบัวงาม",
            [("BMA OSS", ["ยื่นคำขออนุญาต ๒๗ ประเภท เช่น ขออนุญาตก่อสร้าง สถานที่จำหน่ายอาหาร ผ่าน bmaoss.bangkok.go.th"]),
             ("BMA Q", ["จองคิวล่วงหน้า งานทะเบียนและงานรายได้"]),
             ("Traffy Fondue", ["แจ้งปัญหาเมือง ถนน ไฟฟ้า ขยะ ทางเท้า ตลอด ๒๔ ชั่วโมง"])], theme="#1d4e89")
page("eservice.html", "E-Service บริการออนไลน์",
     img("/uploads/eservice/eservice.png", "") +
     '<ul><li><a href="https://bmaoss.bangkok.go.th/">BMA OSS ยื่นคำขออนุญาตออนไลน์</a></li>'
     '<li><a href="https://q.bangkok.go.th/">BMA Q จองคิวรับบริการ</a></li>'
     '<li><a href="https://citydata.traffy.in.th/">Traffy Fondue แจ้งเรื่องร้องเรียน</a></li>'
     '<li><a href="/eservice-form.html">แบบฟอร์มขอรับบริการออนไลน์ของสำนักงานเขต (ขอคัดสำเนาเอกสาร / ขอใช้สถานที่)</a></li></ul>',
     upd="๓ กุมภาพันธ์ ๒๕๖๘")
page("eservice-form.html", "แบบฟอร์มขอรับบริการออนไลน์",
     '<form action="https://forms.bangkok.go.th/klongbuangam/request" method="post"><p>ชื่อ-นามสกุล <input name="name"></p><p>เลขบัตรประชาชน <input name="pid"></p><p>โทรศัพท์ <input name="tel"></p>'
     '<p>ประเภทบริการ <select name="type"><option>ขอคัดสำเนาทะเบียนบ้าน</option><option>ขอใช้สถานที่</option><option>ขอรับรองเอกสาร</option></select></p><p>รายละเอียด <textarea name="detail"></textarea></p><p><button>ส่งคำขอ</button></p></form>'
     '<p>เจ้าหน้าที่จะติดต่อกลับภายใน ๒ วันทำการ</p>', crumb='<a href="/eservice.html">E-Service</a> &raquo; แบบฟอร์ม', upd="๓ กุมภาพันธ์ ๒๕๖๘")

# ------------------------------------------------------------ O9 tax statistics: last FY only (stale)
bar_chart("uploads/stat/tax-2567.png",
          "สถิติการจัดเก็บภาษี ปีงบประมาณ พ.ศ. ๒๕๖๗ (ต.ค. ๒๕๖๖ – ก.ย. ๒๕๖๗)",
          ["ภาษีที่ดินฯ", "ภาษีป้าย", "ค่าธรรมเนียม", "ภาษีบำรุง กทม. (น้ำมัน)", "อื่น ๆ"],
          [48.62, 6.15, 2.31, 1.04, 0.58], "ล้านบาท",
          ["รวมจัดเก็บทั้งสิ้น ๕๘.๗๐ ล้านบาท คิดเป็นร้อยละ ๑๐๔.๘ ของประมาณการ",
           "ข้อมูล: ฝ่ายรายได้ สำนักงานเขตคลองบัวงาม ณ ๓๐ กันยายน ๒๕๖๗"], color="#0b6e4f")
page("stat/tax.html", "ข้อมูลสถิติการจัดเก็บภาษี",
     img("/uploads/stat/tax-2567.png", "image1.jpg") +
     '<p>ภาพ: สถิติการจัดเก็บภาษีของสำนักงานเขตคลองบัวงาม ประจำปีงบประมาณ พ.ศ. ๒๕๖๗</p>',
     upd="๑๕ ตุลาคม ๒๕๖๗")

# ------------------------------------------------------------ O10 revenue statistics: chart image 404
page("stat/revenue.html", "ข้อมูลสถิติการจัดเก็บรายได้",
     img("/uploads/stat/revenue-2568-apr.png", "สถิติการจัดเก็บรายได้ ปีงบประมาณ ๒๕๖๘") +
     '<p>สถิติการจัดเก็บรายได้ ปีงบประมาณ พ.ศ. ๒๕๖๘ (ต.ค. ๒๕๖๗ – เม.ย. ๒๕๖๘) จำแนกตามประเภทรายได้</p>'
     '<p><a href="/uploads/stat/revenue-2568-apr.png">ดูภาพขนาดเต็ม</a></p>',
     upd="๘ พฤษภาคม ๒๕๖๘")

# ------------------------------------------------------------ O11 checklist: banner only (missing)
page("permit/checklist.html", "รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต",
     img("/uploads/banner/checklist.jpg", "Checklist การออกใบอนุญาต"), upd="๕ มีนาคม ๒๕๖๘")

# ------------------------------------------------------------ O12 tracking
infographic("uploads/permit/tracking-howto.png", "ติดตามสถานะคำขออนุญาตออนไลน์",
            [("ขั้นตอน", ["๑. เข้าเว็บไซต์ bmaoss.bangkok.go.th", "๒. เลือกเมนู ติดตามสถานะคำขอ",
                          "๓. กรอกเลขที่คำขอ (ได้รับจากใบรับคำขอ) และเลขบัตรประชาชน",
                          "๔. ระบบแสดงสถานะ: รับเรื่อง / ตรวจสอบ / พิจารณา / อนุญาต"]),
             ("สอบถามเพิ่มเติม", ["ศูนย์ BMA OSS สำนักงานเขตคลองบัวงาม ชั้น ๑ โทร ๐ ๒๔๖๒ ๗๗๐๑ ต่อ ๒๑๐"])], theme="#1d4e89")
page("permit/tracking.html", "ระบบติดตามสถานะการขอใบอนุญาต (Tracking System)",
     img("/uploads/permit/tracking-howto.png", "วิธีติดตามสถานะคำขออนุญาตผ่าน BMA OSS") +
     '<p><a href="https://bmaoss.bangkok.go.th/tracking">คลิกเพื่อติดตามสถานะคำขออนุญาต (BMA OSS)</a></p>'
     '<p>ติดตามสถานะคำขออนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร ได้ที่ <a href="https://bmaoss.bangkok.go.th/tracking?type=building">BMA OSS – งานควบคุมอาคาร</a></p>',
     upd="๓ กุมภาพันธ์ ๒๕๖๘")

# ------------------------------------------------------------ O13 budget spending plan (infographic + PDF) + FY2567 report
QUART = [("ไตรมาส ๑ (ต.ค.–ธ.ค. ๖๗)", 42.35), ("ไตรมาส ๒ (ม.ค.–มี.ค. ๖๘)", 38.10), ("ไตรมาส ๓ (เม.ย.–มิ.ย. ๖๘)", 35.72), ("ไตรมาส ๔ (ก.ค.–ก.ย. ๖๘)", 30.48)]
infographic("uploads/budget/spending-plan-2568.png", "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
            [("งบประมาณที่ได้รับจัดสรร ๑๔๖.๖๕ ล้านบาท", ["งบบุคลากร ๘๒.๔๐ ล้านบาท", "งบดำเนินงาน ๔๑.๒๖ ล้านบาท", "งบลงทุน ๑๕.๘๙ ล้านบาท", "งบเงินอุดหนุน ๗.๑๐ ล้านบาท"]),
             ("แผนการเบิกจ่ายรายไตรมาส", ["%s  %s ล้านบาท" % (q, td("%.2f" % v)) for q, v in QUART])],
            subtitle=NAME, footer="ฝ่ายการคลัง · จัดทำเมื่อ ๑๕ ตุลาคม ๒๕๖๗")
cats = [("งบบุคลากร", 82.40), ("งบดำเนินงาน", 41.26), ("งบลงทุน", 15.89), ("งบเงินอุดหนุน", 7.10)]
rows = []
for c, v in cats:
    qs = [v * 0.289, v * 0.26, v * 0.244, v * 0.207]
    rows.append([c, "{:,.2f}".format(v)] + ["{:,.2f}".format(q) for q in qs])
rows.append(["รวม", "146.65", "42.35", "38.10", "35.72", "30.48"])
pdf("uploads/budget/spending-plan-2568.pdf", [
    ("t", "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"), ("c", NAME),
    ("p", "สำนักงานเขตคลองบัวงามได้รับจัดสรรงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ตามข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ เป็นเงินทั้งสิ้น ๑๔๖,๖๕๐,๐๐๐ บาท จึงได้จัดทำแผนการใช้จ่ายงบประมาณรายไตรมาส ดังนี้"),
    ("tbl", (["ประเภทงบ", "งบประมาณ (ล้านบาท)", "ไตรมาส ๑", "ไตรมาส ๒", "ไตรมาส ๓", "ไตรมาส ๔"], rows, [38, 30, 26, 26, 26, 26])),
    ("sp", 8), ("p", "ทั้งนี้ ฝ่ายการคลังจะรายงานผลการใช้จ่ายงบประมาณต่อผู้อำนวยการเขตเป็นรายเดือน และเผยแพร่ผ่านเว็บไซต์ของสำนักงานเขต"),
    ("c", "ประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๗")] + SIGN, title="แผนการใช้จ่ายงบประมาณ ๒๕๖๘")
pdf("uploads/budget/spending-report-2567.pdf", [
    ("t", "รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๗"), ("c", NAME + " (ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๗)"),
    ("tbl", (["ประเภทงบ", "ได้รับจัดสรร (บาท)", "เบิกจ่าย (บาท)", "ร้อยละ"], [
        ["งบบุคลากร", "79,850,000.00", "79,102,450.00", "99.06"],
        ["งบดำเนินงาน", "39,420,000.00", "37,015,380.25", "93.90"],
        ["งบลงทุน", "14,300,000.00", "12,987,600.00", "90.82"],
        ["งบเงินอุดหนุน", "6,980,000.00", "6,980,000.00", "100.00"],
        ["รวม", "140,550,000.00", "136,085,430.25", "96.82"]], [45, 45, 45, 25])),
    ("h", "ปัญหาอุปสรรค"), ("p", "งบลงทุนโครงการปรับปรุงทางเท้าบางส่วนเบิกจ่ายไม่ทันเนื่องจากผู้รับจ้างส่งมอบงานล่าช้า ได้ขอกันเงินไว้เบิกเหลื่อมปี"),
] + SIGN, title="รายงานผลการใช้จ่ายงบประมาณ ๒๕๖๗")
page("budget/plan.html", "แผนการใช้จ่ายงบประมาณประจำปี และรายงานผลการใช้จ่ายงบประมาณประจำปี",
     img("/uploads/budget/spending-plan-2568.png", "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ รวม ๑๔๖.๖๕ ล้านบาท แยกตามประเภทงบและรายไตรมาส") +
     '<ul><li><a href="/uploads/budget/spending-plan-2568.pdf">แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (PDF)</a></li>'
     '<li><a href="/uploads/budget/spending-report-2567.pdf">รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (PDF)</a></li></ul>',
     side=[("/budget/info.html", "ข้อมูลงบประมาณ"), ("/procurement/", "จัดซื้อจัดจ้าง")], upd="๒๐ ตุลาคม ๒๕๖๗")

# ------------------------------------------------------------ O14 budget info: no community subsidy data (incomplete)
infographic("uploads/budget/budget-2568.png", "งบประมาณสำนักงานเขตคลองบัวงาม ปี ๒๕๖๘",
            [("จำแนกตามแผนงาน", ["แผนงานบริหารทั่วไป ๖๒.๑๘ ล้านบาท", "แผนงานรักษาความสะอาด ๓๘.๔๐ ล้านบาท",
                                 "แผนงานโยธาและระบายน้ำ ๒๑.๓๕ ล้านบาท", "แผนงานพัฒนาสังคม ๑๓.๐๒ ล้านบาท", "แผนงานการศึกษา ๑๑.๗๐ ล้านบาท"]),
             ("รวมทั้งสิ้น", ["๑๔๖.๖๕ ล้านบาท"])], theme="#7a4e00")
pdf("uploads/budget/ordinance-2568-excerpt.pdf", [
    ("t", "ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
    ("c", "(ส่วนที่เกี่ยวข้องกับสำนักงานเขตคลองบัวงาม)"),
    ("p", "ข้อ ๑ ข้อบัญญัตินี้เรียกว่า ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
    ("p", "ข้อ ๒ ข้อบัญญัตินี้ให้ใช้บังคับตั้งแต่วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๗ เป็นต้นไป"),
    ("p", "ข้อ ๔ งบประมาณรายจ่ายของสำนักงานเขต ... สำนักงานเขตคลองบัวงาม เป็นจำนวนเงิน ๑๔๖,๖๕๐,๐๐๐ บาท"),
    ("tbl", (["แผนงาน", "จำนวนเงิน (บาท)"], [["บริหารทั่วไป", "62,180,000"], ["รักษาความสะอาด", "38,400,000"],
                                              ["โยธาและระบายน้ำ", "21,350,000"], ["พัฒนาสังคม", "13,020,000"], ["การศึกษา", "11,700,000"], ["รวม", "146,650,000"]], [90, 60])),
], title="ข้อบัญญัติงบประมาณ ๒๕๖๘ (ส่วนของเขต)")
page("budget/info.html", "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ ข้อมูลเงินอุดหนุนชุมชน",
     img("/uploads/budget/budget-2568.png", "") +
     '<h3>ข้อบัญญัติงบประมาณ</h3><ul><li><a href="/uploads/budget/ordinance-2568-excerpt.pdf">ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (ส่วนของสำนักงานเขตคลองบัวงาม) (PDF)</a></li></ul>'
     '<h3>ข้อมูลเงินอุดหนุนชุมชน</h3><p>อยู่ระหว่างรวบรวมข้อมูล</p>',
     side=[("/budget/plan.html", "แผนการใช้จ่ายงบประมาณ")], upd="๑๒ มีนาคม ๒๕๖๘")

# ------------------------------------------------------------ O15 procurement: announcements + monthly สขร.1 (pass)
HEAD = ["ลำดับที่", "งานที่จัดซื้อ หรือจัดจ้าง", "วงเงินที่จะซื้อ หรือจ้าง (บาท)", "ราคากลาง (บาท)", "วิธีซื้อ หรือจ้าง",
        "รายชื่อผู้เสนอราคา และราคาที่เสนอ", "ผู้ได้รับการคัดเลือก และราคาที่ตกลง", "เหตุผลที่คัดเลือก โดยสรุป", "เลขที่และวันที่ ของสัญญา หรือข้อตกลง"]
JOBS = ["ซื้อวัสดุสำนักงาน", "จ้างซ่อมแซมรถเก็บขนมูลฝอย", "ซื้อวัสดุงานบ้านงานครัว", "จ้างเหมาบริการทำความสะอาดอาคาร", "ซื้อน้ำมันเชื้อเพลิง",
        "จ้างซ่อมไฟฟ้าส่องสว่างซอยวัดบัวงาม", "ซื้อวัสดุคอมพิวเตอร์", "จ้างพิมพ์แบบพิมพ์ภาษี", "ซื้อถุงดำและอุปกรณ์รักษาความสะอาด", "จ้างซ่อมเครื่องปรับอากาศ"]
SHOPS = ["ร้านบัวงามพาณิชย์", "บริษัท สยามออฟฟิศ จำกัด", "หจก. ช่างดีการไฟฟ้า", "บริษัท ไทยคลีนเซอร์วิส จำกัด", "ร้านโชคชัยการช่าง", "บริษัท พีทีที สเตชั่น บางบัว จำกัด"]
mon_links = []
for mi, (mname, ms) in enumerate(zip(MONTHS, MSLUG)):
    rnd = random.Random(mi)
    rows = []
    for k in range(rnd.randint(3, 6)):
        job = rnd.choice(JOBS)
        amt = rnd.randint(8, 480) * 100
        s1, s2 = rnd.sample(SHOPS, 2)
        p1 = amt - rnd.randint(0, 20) * 10
        rows.append([td(k + 1), job, "{:,.2f}".format(amt), "{:,.2f}".format(amt), "เฉพาะเจาะจง",
                     "%s ราคา %s บาท" % (s1, "{:,.2f}".format(p1)), "%s ราคา %s บาท" % (s1, "{:,.2f}".format(p1)),
                     "เสนอราคาต่ำสุด คุณสมบัติครบถ้วน", "ใบสั่ง%s ที่ %s/%s ลว. %s %s" % ("ซื้อ" if job.startswith("ซื้อ") else "จ้าง", td(rnd.randint(10, 99)), td(2568 if mi > 2 else 2568), td(rnd.randint(1, 27)), MSHORT[mi])])
    rel = "uploads/procurement/skr1-%s.pdf" % ms
    pdf(rel, [("t", "สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน %s" % mname), ("c", NAME + " (แบบ สขร.๑)"),
              ("tbl", (HEAD, rows, [13, 36, 26, 24, 24, 40, 40, 30, 38]))], land=True, title="สขร.1 " + mname)
    mon_links.append('<li><a href="/%s">สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน%s (PDF)</a></li>' % (rel, mname))
    if mi == 6:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "สขร1"
        ws.append(["สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน " + mname + " " + NAME])
        ws.append(HEAD)
        for r in rows:
            ws.append(r)
        wb.save(out("uploads/procurement/skr1-%s.xlsx" % ms))
        mon_links.append('<li><a href="/uploads/procurement/skr1-%s.xlsx">สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน%s (Excel)</a></li>' % (ms, mname))
pdf("uploads/procurement/proc-plan-2568.pdf", [
    ("t", "ประกาศสำนักงานเขตคลองบัวงาม เรื่อง เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
    ("tbl", (["ลำดับ", "ชื่อโครงการ", "วงเงิน (บาท)", "ช่วงเวลาที่คาดว่าจะประกาศ"], [
        ["๑", "ปรับปรุงทางเท้าถนนบัวงามพัฒนา ช่วงที่ ๒", "8,450,000", "ธันวาคม ๒๕๖๗"],
        ["๒", "ติดตั้งไฟฟ้าส่องสว่างซอยเปลี่ยว ๑๒๐ จุด", "3,960,000", "มกราคม ๒๕๖๘"],
        ["๓", "ขุดลอกคลองบัวงามและคลองสาขา", "2,180,000", "กุมภาพันธ์ ๒๕๖๘"]], [15, 85, 30, 45])),
    ("c", "ประกาศ ณ วันที่ ๒๘ ตุลาคม พ.ศ. ๒๕๖๗")] + SIGN, title="แผนการจัดซื้อจัดจ้าง ๒๕๖๘")
pdf("uploads/procurement/ann-winner-footpath.pdf", [
    ("t", "ประกาศสำนักงานเขตคลองบัวงาม เรื่อง ประกาศผู้ชนะการเสนอราคา"),
    ("c", "ประกวดราคาจ้างปรับปรุงทางเท้าถนนบัวงามพัฒนา ช่วงที่ ๒ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"),
    ("p", "ตามประกาศสำนักงานเขตคลองบัวงาม เรื่อง ประกวดราคาจ้างปรับปรุงทางเท้าถนนบัวงามพัฒนา ช่วงที่ ๒ ลงวันที่ ๑๖ ธันวาคม ๒๕๖๗ นั้น ผู้ได้รับการคัดเลือก ได้แก่ ห้างหุ้นส่วนจำกัด บัวงามโยธา เสนอราคาเป็นเงินทั้งสิ้น ๗,๙๘๐,๐๐๐.๐๐ บาท (เจ็ดล้านเก้าแสนแปดหมื่นบาทถ้วน) รวมภาษีมูลค่าเพิ่มและภาษีอื่น ค่าขนส่ง ค่าจดทะเบียน และค่าใช้จ่ายอื่น ๆ ทั้งปวง"),
    ("c", "ประกาศ ณ วันที่ ๒๔ มกราคม พ.ศ. ๒๕๖๘")] + SIGN, title="ประกาศผู้ชนะ")
pdf("uploads/procurement/ann-invite-canal.pdf", [
    ("t", "ประกาศสำนักงานเขตคลองบัวงาม เรื่อง ประกวดราคาจ้างขุดลอกคลองบัวงามและคลองสาขา"),
    ("c", "ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"),
    ("p", "สำนักงานเขตคลองบัวงามมีความประสงค์จะประกวดราคาจ้างขุดลอกคลองบัวงามและคลองสาขา ราคากลางของงานในการประกวดราคาครั้งนี้ เป็นเงินทั้งสิ้น ๒,๑๘๐,๐๐๐.๐๐ บาท ผู้สนใจสามารถขอรับเอกสารได้ทางระบบจัดซื้อจัดจ้างภาครัฐ www.gprocurement.go.th"),
    ("c", "ประกาศ ณ วันที่ ๑๑ กุมภาพันธ์ พ.ศ. ๒๕๖๘")] + SIGN, title="ประกาศประกวดราคา")
page("procurement/index.html", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้างรายเดือน",
     '<p>ดูประกาศจัดซื้อจัดจ้างทั้งหมดได้ที่ระบบ <a href="https://process5.gprocurement.go.th/egp-bma/">e-GPBMA (ระบบเผยแพร่ข้อมูลการจัดซื้อจัดจ้างของกรุงเทพมหานคร)</a></p>'
     '<h3>แผนการจัดซื้อจัดจ้าง</h3><ul><li><a href="/uploads/procurement/proc-plan-2568.pdf">ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (PDF)</a></li></ul>'
     '<h3>ประกาศต่าง ๆ</h3><ul><li><a href="/uploads/procurement/ann-invite-canal.pdf">ประกาศประกวดราคาจ้างขุดลอกคลองบัวงามและคลองสาขา (๑๑ ก.พ. ๒๕๖๘)</a></li>'
     '<li><a href="/uploads/procurement/ann-winner-footpath.pdf">ประกาศผู้ชนะการเสนอราคา จ้างปรับปรุงทางเท้าถนนบัวงามพัฒนา ช่วงที่ ๒ (๒๔ ม.ค. ๒๕๖๘)</a></li></ul>'
     '<h3>สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ พ.ศ. ๒๕๖๘ (แบบ สขร.๑)</h3><ul>%s</ul>' % "".join(mon_links),
     side=[("/budget/plan.html", "แผนการใช้จ่ายงบประมาณ")], upd="๙ พฤษภาคม ๒๕๖๘")

# ------------------------------------------------------------ O16 HR criteria
infographic("uploads/hr/hr-criteria.png", "หลักเกณฑ์การบริหาร และพัฒนาทรัพยากรบุคคล",
            [("การสรรหาและคัดเลือก", ["ตามกฎ ก.ก. และประกาศ ก.ก. ว่าด้วยการสอบแข่งขันและการคัดเลือก"]),
             ("การแต่งตั้งโยกย้าย", ["พิจารณาจากความรู้ ความสามารถ ประสบการณ์ และผลการปฏิบัติงาน", "โยกย้ายสับเปลี่ยนหน้าที่ตำแหน่งเสี่ยงทุก ๔ ปี"]),
             ("การพัฒนาบุคลากร", ["อบรมอย่างน้อยคนละ ๑๒ ชั่วโมงต่อปี", "จัดทำแผนพัฒนารายบุคคล (IDP)"]),
             ("การประเมินผลและการให้คุณให้โทษ", ["ประเมินผลการปฏิบัติราชการปีละ ๒ รอบ (๑ ต.ค. และ ๑ เม.ย.)", "เลื่อนเงินเดือนตามผลการประเมิน ยึดหลักคุณธรรม"])],
            subtitle="สำนักงานเขตคลองบัวงาม ปีงบประมาณ พ.ศ. ๒๕๖๘", theme="#6a1b4d")
pdf("uploads/hr/hr-criteria-2568.pdf", [
    ("t", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล สำนักงานเขตคลองบัวงาม"), ("c", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
    ("h", "๑. การสรรหาและคัดเลือกบุคลากร"), ("p", "ดำเนินการตามกฎ ก.ก. ว่าด้วยการสอบแข่งขันและการคัดเลือก และประกาศกรุงเทพมหานครที่เกี่ยวข้อง โดยยึดหลักความรู้ความสามารถ ความเสมอภาค และความเป็นธรรม"),
    ("h", "๒. การแต่งตั้งและโยกย้าย"), ("p", "พิจารณาจากความรู้ ความสามารถ ประสบการณ์ ผลการปฏิบัติงาน และความเหมาะสมกับตำแหน่ง ตำแหน่งที่มีความเสี่ยงต่อการทุจริต เช่น งานจัดเก็บรายได้ งานพัสดุ งานอนุมัติอนุญาต ให้หมุนเวียนทุก ๔ ปี"),
    ("h", "๓. การพัฒนาบุคลากร"), ("p", "บุคลากรทุกคนต้องได้รับการพัฒนาไม่น้อยกว่า ๑๒ ชั่วโมงต่อปี ผ่านการฝึกอบรม การเรียนรู้ออนไลน์ของสถาบันพัฒนาข้าราชการกรุงเทพมหานคร และการสอนงานในฝ่าย"),
    ("h", "๔. การประเมินผลการปฏิบัติราชการ"), ("p", "ประเมินปีละ ๒ รอบ ตามหลักเกณฑ์และวิธีการที่ ก.ก. กำหนด โดยแจ้งตัวชี้วัดให้ผู้รับการประเมินทราบตั้งแต่ต้นรอบ"),
    ("h", "๕. การให้คุณให้โทษและการสร้างขวัญกำลังใจ"), ("p", "เลื่อนเงินเดือนตามผลการประเมินด้วยความเป็นธรรม ยกย่องเชิดชูบุคลากรดีเด่นประจำปี และดำเนินการทางวินัยอย่างเคร่งครัดเมื่อมีการกระทำผิด"),
    ("c", "ประกาศ ณ วันที่ ๑ พฤศจิกายน พ.ศ. ๒๕๖๗")] + SIGN, title="หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ๒๕๖๘")
page("hr/criteria.html", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
     img("/uploads/hr/hr-criteria.png", "image1.jpg") +
     '<p><a href="/uploads/hr/hr-criteria-2568.pdf">ดาวน์โหลด หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (PDF)</a></p>',
     upd="๔ พฤศจิกายน ๒๕๖๗")

# ------------------------------------------------------------ O17 complaint channels + stats (pass)
infographic("uploads/ac/complaint-channels.png", "ช่องทางแจ้งเรื่องร้องเรียน การทุจริตและประพฤติมิชอบ",
            [(None, ["๑. ด้วยตนเอง: ฝ่ายปกครอง ชั้น ๒ สำนักงานเขตคลองบัวงาม", "๒. ไปรษณีย์: " + ADDR,
                     "๓. โทรศัพท์: " + TEL + " ต่อ ๑๑๒", "๔. อีเมล: " + MAIL, "๕. ศูนย์รับเรื่องราวร้องทุกข์ กทม. โทร ๑๕๕๕",
                     "๖. แอปพลิเคชัน Traffy Fondue", "ผู้ร้องเรียนจะได้รับการคุ้มครองและเก็บข้อมูลเป็นความลับ"])], theme="#8b1e1e")
bar_chart("uploads/ac/complaint-stat-2568.png",
          "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ปีงบประมาณ พ.ศ. ๒๕๖๘",
          MSHORT, [0, 1, 0, 0, 1, 0, 0], "เรื่อง",
          ["ต.ค. ๒๕๖๗ – เม.ย. ๒๕๖๘ รวม ๒ เรื่อง: ดำเนินการแล้วเสร็จ ๑ เรื่อง อยู่ระหว่างตรวจสอบข้อเท็จจริง ๑ เรื่อง",
           "ข้อมูล: ฝ่ายปกครอง สำนักงานเขตคลองบัวงาม ณ ๕ พฤษภาคม ๒๕๖๘"], color="#8b1e1e")
page("anticorruption/complaint.html", "ช่องทางการร้องเรียนการทุจริต และข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี",
     img("/uploads/ac/complaint-channels.png", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต") +
     '<p><a href="mailto:%s?subject=แจ้งเรื่องร้องเรียนการทุจริต">ส่งอีเมลร้องเรียน</a> · <a href="/eservice-form.html">แบบฟอร์มออนไลน์</a> · <a href="https://citydata.traffy.in.th/">Traffy Fondue</a></p>' % MAIL +
     "<h3>สถิติเรื่องร้องเรียนการทุจริต</h3>" + img("/uploads/ac/complaint-stat-2568.png", "") +
     "<p>สถิติเรื่องร้องเรียนการทุจริต รายเดือน ปีงบประมาณ พ.ศ. ๒๕๖๘ (ต.ค. ๖๗ – เม.ย. ๖๘)</p>",
     side=[("/anticorruption/anti-bribery.html", "นโยบายต่อต้านการรับสินบน"), ("/anticorruption/risk.html", "การประเมินความเสี่ยง")],
     upd="๕ พฤษภาคม ๒๕๖๘")

# ------------------------------------------------------------ O18 anti-bribery poster: no date / no signature (incomplete)
W, H = 1080, 1500
po = Image.new("RGB", (W, H), (139, 30, 30))
d = ImageDraw.Draw(po)
d.rectangle([40, 40, W - 40, H - 40], outline=(242, 200, 80), width=6)
for i, (s, f, c) in enumerate([("นโยบายต่อต้านการรับสินบน", F(72, True), (255, 255, 255)),
                               ("Anti-Bribery Policy", F(56, True), (242, 200, 80)),
                               ("สำนักงานเขตคลองบัวงาม", F(44), (255, 255, 255))]):
    d.text(((W - text_w(d, s, f)) / 2, 90 + i * 95), s, font=f, fill=c)
d.ellipse([W / 2 - 150, 400, W / 2 + 150, 700], fill=(242, 200, 80))
d.text((W / 2 - text_w(d, "NO", F(110, True)) / 2, 470), "NO", font=F(110, True), fill=(139, 30, 30))
d.line([(W / 2 - 110, 650), (W / 2 + 110, 440)], fill=(139, 30, 30), width=16)
pol = ["บุคลากรทุกคนต้องไม่เรียก ไม่รับ ไม่ให้ สินบนในทุกรูปแบบ",
       "ไม่ละเลยหรือเพิกเฉยเมื่อพบเห็นการให้หรือรับสินบน",
       "ผู้บังคับบัญชาต้องกำกับดูแลและเป็นแบบอย่างที่ดี",
       "ผู้แจ้งเบาะแสจะได้รับความคุ้มครองและไม่ถูกลงโทษ",
       "ผู้ฝ่าฝืนจะถูกดำเนินการทางวินัยและตามกฎหมาย"]
y = 760
for k, s in enumerate(pol):
    d.text((110, y), td(k + 1) + ". " + s, font=F(36), fill="white")
    y += 70
d.text(((W - text_w(d, "ไม่รับ ไม่ให้ ไม่เรียก", F(60, True))) / 2, 1200), "ไม่รับ ไม่ให้ ไม่เรียก", font=F(60, True), fill=(242, 200, 80))
d.text(((W - text_w(d, "แจ้งเบาะแส โทร ๑๕๕๕", F(36))) / 2, 1310), "แจ้งเบาะแส โทร ๑๕๕๕", font=F(36), fill="white")
po.save(out("uploads/ac/image1.jpg"), "JPEG", quality=90)
pdf("uploads/ac/anti-bribery-report-6m-2568.pdf", [
    ("t", "รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)"),
    ("c", "สำนักงานเขตคลองบัวงาม ปีงบประมาณ พ.ศ. ๒๕๖๘ รอบ ๖ เดือน (ตุลาคม ๒๕๖๗ – มีนาคม ๒๕๖๘)"),
    ("tbl", (["กิจกรรม", "ผลการดำเนินงาน", "หลักฐาน"], [
        ["เผยแพร่นโยบายต่อต้านการรับสินบนทางเว็บไซต์และบอร์ดประชาสัมพันธ์", "ดำเนินการแล้ว ธันวาคม ๒๕๖๗", "ภาพโปสเตอร์บนเว็บไซต์"],
        ["ประชุมชี้แจงหัวหน้าฝ่ายและเจ้าหน้าที่ ๒๖๐ คน", "ดำเนินการแล้ว ๑๗ มกราคม ๒๕๖๘", "รายงานการประชุม"],
        ["ติดป้าย No Gift Policy ณ จุดบริการ ๑๐ จุด", "ดำเนินการแล้ว", "ภาพถ่าย"],
        ["รับแจ้งเบาะแสการเรียกรับสินบน", "ไม่มีเรื่องร้องเรียน", "-"]], [75, 50, 40])),
    ("h", "ปัญหาและข้อเสนอแนะ"), ("p", "ควรจัดอบรมเจ้าหน้าที่ที่เข้าใหม่เพิ่มเติมในไตรมาสที่ ๓"),
] + SIGN, title="รายงานผล Anti-Bribery ๖ เดือน")
page("anticorruption/anti-bribery.html", "ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) และการรายงานผลสู่การปฏิบัติ",
     img("/uploads/ac/image1.jpg", "image1.jpg") +
     '<h3>รายงานผลสู่การปฏิบัติ</h3><ul><li><a href="/uploads/ac/anti-bribery-report-6m-2568.pdf">รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน รอบ ๖ เดือน ปีงบประมาณ พ.ศ. ๒๕๖๘ (PDF)</a></li></ul>',
     side=[("/anticorruption/complaint.html", "ช่องทางร้องเรียน"), ("/anticorruption/risk.html", "การประเมินความเสี่ยง")],
     upd="๒๒ เมษายน ๒๕๖๘")

# ------------------------------------------------------------ O19 bribery risk assessment + report (pass)
RISK = [["การอนุญาตก่อสร้างอาคาร", "เจ้าหน้าที่เรียกรับเงินเพื่อเร่งรัดการพิจารณา", "สูง", "ขั้นตอนและระยะเวลาเผยแพร่ทาง BMA OSS, ติดตามสถานะออนไลน์", "ฝ่ายโยธา"],
        ["การจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง", "การประเมินภาษีต่ำกว่าความเป็นจริงเพื่อแลกผลประโยชน์", "ปานกลาง", "สุ่มสอบทานการประเมินร้อยละ ๑๐", "ฝ่ายรายได้"],
        ["การจัดระเบียบผู้ค้าหาบเร่แผงลอย", "เรียกรับเงินจากผู้ค้าเพื่อผ่อนผัน", "สูง", "ประกาศจุดผ่อนผันและรายชื่อผู้ค้า, ตรวจร่วมชุมชน", "ฝ่ายเทศกิจ"],
        ["การออกใบอนุญาตสถานที่จำหน่ายอาหาร", "รับของขวัญเพื่อผ่อนปรนการตรวจสุขลักษณะ", "ปานกลาง", "ตรวจเป็นทีม ๒ คน, ใช้แบบตรวจมาตรฐาน", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล"]]
pdf("uploads/ac/bribery-risk-2568.pdf", [
    ("t", "การประเมินความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"), ("c", NAME),
    ("p", "สำนักงานเขตคลองบัวงามได้ประชุมหัวหน้าฝ่ายเมื่อวันที่ ๒๘ พฤศจิกายน ๒๕๖๗ เพื่อวิเคราะห์กระบวนงานที่มีความเสี่ยงต่อการรับสินบน โดยพิจารณาโอกาสและผลกระทบ ได้ผลดังนี้"),
    ("tbl", (["กระบวนงาน", "เหตุการณ์ความเสี่ยง", "ระดับ", "มาตรการจัดการความเสี่ยง", "ผู้รับผิดชอบ"], RISK, [35, 45, 18, 55, 30])),
] + SIGN, title="ประเมินความเสี่ยงการรับสินบน ๒๕๖๘")
pdf("uploads/ac/bribery-risk-report-6m-2568.pdf", [
    ("t", "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน"), ("c", NAME + " รอบ ๖ เดือน (ต.ค. ๒๕๖๗ – มี.ค. ๒๕๖๘)"),
    ("tbl", (["กระบวนงาน", "มาตรการ", "ผลการดำเนินงาน", "สถานะความเสี่ยง"], [
        [r[0], r[3], ["เผยแพร่ครบ ๑๐๐%", "สุ่มสอบทาน ๑๘๔ ราย ไม่พบความผิดปกติ", "ประกาศจุดผ่อนผัน ๔ จุด ตรวจร่วม ๖ ครั้ง", "ตรวจเป็นทีม ๔๒ ราย"][i], "ลดลง" if i % 2 == 0 else "คงที่"] for i, r in enumerate(RISK)], [35, 55, 50, 25])),
] + SIGN, title="รายงานจัดการความเสี่ยงการรับสินบน ๖ เดือน")
page("anticorruption/risk.html", "การประเมินความเสี่ยงต่อการรับสินบนและการรายงานผลการดำเนินการเพื่อจัดการความเสี่ยง",
     '<ul><li><a href="/uploads/ac/bribery-risk-2568.pdf">การประเมินความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (PDF)</a></li>'
     '<li><a href="/uploads/ac/bribery-risk-report-6m-2568.pdf">รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน รอบ ๖ เดือน (PDF)</a></li></ul>',
     upd="๑๘ เมษายน ๒๕๖๘")

# ------------------------------------------------------------ O20 discretion guideline: image only (pass)
infographic("uploads/ac/discretion-2568.png", "แนวทางการปฏิบัติ ในการใช้ดุลยพินิจของเจ้าหน้าที่",
            [("หลักการ", ["ใช้ดุลยพินิจภายในขอบเขตของกฎหมาย ระเบียบ และคู่มือการปฏิบัติงาน", "ยึดหลักความเสมอภาค ไม่เลือกปฏิบัติ บันทึกเหตุผลทุกครั้ง",
                          "กรณีไม่ชัดเจน ให้เสนอหัวหน้าฝ่ายพิจารณาเป็นลายลักษณ์อักษร"]),
             ("งานที่ต้องใช้ดุลยพินิจ", ["การอนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร (ฝ่ายโยธา)", "การประเมินภาษีที่ดินและสิ่งปลูกสร้าง (ฝ่ายรายได้)",
                                        "การผ่อนผันจุดจำหน่ายสินค้าในที่สาธารณะ (ฝ่ายเทศกิจ)", "การออกใบอนุญาตสถานที่จำหน่ายอาหาร (ฝ่ายสิ่งแวดล้อมฯ)"]),
             ("การตรวจสอบ", ["หัวหน้าฝ่ายสุ่มตรวจการใช้ดุลยพินิจเดือนละ ๑ ครั้ง และรายงานผู้อำนวยการเขต"])],
            subtitle="สำนักงานเขตคลองบัวงาม ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
            footer=["ประกาศ ณ วันที่ ๑๕ พฤศจิกายน ๒๕๖๗", "ธนวัฒน์ ศรีประเสริฐ (นายธนวัฒน์ ศรีประเสริฐ) ผู้อำนวยการเขตคลองบัวงาม"], theme="#1d4e89")
page("anticorruption/discretion.html", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่",
     img("/uploads/ac/discretion-2568.png", ""), upd="๑๕ พฤศจิกายน ๒๕๖๗")

# ------------------------------------------------------------ O21 state property: only borrowing (incomplete)
infographic("uploads/ac/image2.jpg", "ขั้นตอนการยืมทรัพย์สินของราชการ",
            [(None, ["๑. กรอกแบบขอยืมพัสดุ ระบุวัตถุประสงค์และกำหนดส่งคืน", "๒. หัวหน้าฝ่ายลงนามรับรอง",
                     "๓. เจ้าหน้าที่พัสดุตรวจสอบและบันทึกทะเบียนคุมการยืม", "๔. ส่งคืนตามกำหนด พร้อมตรวจสภาพ",
                     "ห้ามนำทรัพย์สินของราชการไปใช้ประโยชน์ส่วนตน"])], subtitle="ฝ่ายการคลัง สำนักงานเขตคลองบัวงาม", fmt="jpg")
pdf("uploads/ac/state-property-guide-2568.pdf", [
    ("t", "แนวทางการใช้ทรัพย์สินของราชการ สำนักงานเขตคลองบัวงาม"), ("c", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
    ("h", "๑. การใช้ทรัพย์สินของราชการ"), ("p", "ทรัพย์สินของราชการ ได้แก่ วัสดุ ครุภัณฑ์ ยานพาหนะ และอาคารสถานที่ ต้องใช้เพื่อประโยชน์ของทางราชการเท่านั้น ห้ามนำไปใช้เพื่อประโยชน์ส่วนตน ครอบครัว หรือพวกพ้อง"),
    ("h", "๒. การยืมทรัพย์สินของราชการ"), ("p", "การยืมต้องทำเป็นหนังสือ ได้รับอนุมัติจากหัวหน้าฝ่าย และส่งคืนภายใน ๗ วันทำการนับแต่วันครบกำหนด หากเกิดความเสียหายผู้ยืมต้องรับผิดชอบซ่อมแซมหรือชดใช้"),
    ("h", "๓. การใช้รถราชการ"), ("p", "ต้องบันทึกการใช้รถทุกครั้ง ระบุผู้ขอใช้ สถานที่ไป เลขไมล์ และปริมาณน้ำมัน ห้ามนำรถราชการกลับบ้านโดยไม่ได้รับอนุญาต"),
    ("c", "ประกาศ ณ วันที่ ๒๒ พฤศจิกายน พ.ศ. ๒๕๖๗")] + SIGN, title="แนวทางการใช้ทรัพย์สินของราชการ")
page("anticorruption/property.html", "การจัดการทรัพย์สินของราชการ ของบริจาค และการจัดเก็บของกลาง",
     img("/uploads/ac/image2.jpg", "image2.jpg") +
     '<ul><li><a href="/uploads/ac/state-property-guide-2568.pdf">แนวทางการใช้ทรัพย์สินของราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (PDF)</a></li></ul>',
     upd="๒๕ พฤศจิกายน ๒๕๖๗")

# ------------------------------------------------------------ O22 ITA measures + report (pass)
pdf("uploads/ac/ita-measures-2568.pdf", [
    ("t", "การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ และมาตรการยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
    ("c", NAME),
    ("h", "๑. ผลการประเมิน ITA ปี ๒๕๖๗"),
    ("p", "สำนักงานเขตคลองบัวงามได้คะแนน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ รวม ๙๒.๔๘ คะแนน อยู่ในระดับ ผ่านดี โดย IIT ๙๗.๑๒ คะแนน EIT ๙๐.๘๔ คะแนน และ OIT ๙๐.๐๐ คะแนน"),
    ("tbl", (["เครื่องมือ", "คะแนน", "ประเด็นที่ต่ำสุด"], [["IIT", "97.12", "I11 ผู้บังคับบัญชาให้ความสำคัญในการป้องกันการทุจริต"],
                                                       ["EIT", "90.84", "E4 การเผยแพร่ข้อมูลข่าวสารการให้บริการ"],
                                                       ["OIT", "90.00", "O10 ข้อมูลสถิติการจัดเก็บรายได้ และ O15 สรุปผลการจัดซื้อจัดจ้างรายเดือน (๐ คะแนน)"]], [25, 25, 110])),
    ("h", "๒. มาตรการยกระดับ ปีงบประมาณ พ.ศ. ๒๕๖๘"),
    ("tbl", (["ประเด็น", "มาตรการ/กิจกรรม", "ผู้รับผิดชอบ", "การกำกับติดตาม"], [
        ["การเปิดเผยข้อมูล (OIT)", "จัดทำ Checklist การเปิดเผยข้อมูล มอบหมายผู้รับผิดชอบรายข้อ ตรวจทานก่อนเผยแพร่", "ฝ่ายปกครอง / ทุกฝ่าย", "เดือนละ ๑ ครั้ง (ต.ค.๖๗ – มี.ค.๖๘)"],
        ["ประสิทธิภาพการสื่อสาร", "ผลิตสื่ออินโฟกราฟิกคู่มือบริการ เผยแพร่ทางเว็บไซต์และ Facebook", "ฝ่ายปกครอง", "เดือนละ ๑ ครั้ง"],
        ["การป้องกันการทุจริต", "เผยแพร่ No Gift Policy และ Anti-Bribery Policy ประชุมชี้แจงเจ้าหน้าที่", "ฝ่ายปกครอง", "รายไตรมาส"],
        ["การจัดซื้อจัดจ้าง", "เผยแพร่ สขร.๑ ครบทุกคอลัมน์ทุกเดือน ภายในวันที่ ๑๐ ของเดือนถัดไป", "ฝ่ายการคลัง", "เดือนละ ๑ ครั้ง"]], [35, 75, 30, 35])),
    ("c", "ประกาศ ณ วันที่ ๒๐ ธันวาคม พ.ศ. ๒๕๖๗")] + SIGN, title="มาตรการยกระดับคุณธรรมและความโปร่งใส ๒๕๖๘")
pdf("uploads/ac/ita-measures-report-6m-2568.pdf", [
    ("t", "รายงานผลการดำเนินการตามมาตรการยกระดับคุณธรรมและความโปร่งใส"), ("c", NAME + " ปีงบประมาณ พ.ศ. ๒๕๖๘ รอบ ๖ เดือนแรก (ตุลาคม ๒๕๖๗ – มีนาคม ๒๕๖๘)"),
    ("tbl", (["มาตรการ", "ผลการดำเนินงาน"], [
        ["Checklist การเปิดเผยข้อมูล", "จัดทำแล้ว ตรวจทานรายเดือน ๖ ครั้ง"],
        ["สื่ออินโฟกราฟิกคู่มือบริการ", "เผยแพร่ ๕ งานบริการ"],
        ["No Gift / Anti-Bribery Policy", "เผยแพร่แล้ว ประชุมชี้แจง ๑๗ ม.ค. ๒๕๖๘"],
        ["สขร.๑ รายเดือน", "เผยแพร่ครบ ต.ค. ๒๕๖๗ – มี.ค. ๒๕๖๘"]], [70, 100])),
] + SIGN, title="รายงานผลมาตรการ ITA ๖ เดือน")
infographic("uploads/ac/ita-measures-2568.png", "มาตรการยกระดับคุณธรรมและความโปร่งใส ปี ๒๕๖๘",
            [(None, ["๑. Checklist การเปิดเผยข้อมูล ตรวจทานทุกเดือน", "๒. อินโฟกราฟิกคู่มือบริการ", "๓. No Gift Policy และ Anti-Bribery Policy", "๔. สขร.๑ ครบทุกคอลัมน์ทุกเดือน"])],
            subtitle=NAME, theme="#6a1b4d")
page("anticorruption/ita-measures.html", "มาตรการในการยกระดับคุณธรรมและความโปร่งใส และการรายงานผลการดำเนินงาน",
     img("/uploads/ac/ita-measures-2568.png", "มาตรการยกระดับคุณธรรมและความโปร่งใส ปี ๒๕๖๘") +
     '<ul><li><a href="/uploads/ac/ita-measures-2568.pdf">การวิเคราะห์ผลการประเมิน ITA ปี ๒๕๖๗ และมาตรการยกระดับคุณธรรมและความโปร่งใส ปี ๒๕๖๘ (PDF)</a></li>'
     '<li><a href="/uploads/ac/ita-measures-report-6m-2568.pdf">รายงานผลการดำเนินการตามมาตรการ รอบ ๖ เดือน (PDF)</a></li></ul>',
     upd="๒๒ เมษายน ๒๕๖๘")

# ------------------------------------------------------------ extras: gallery, faq
gal = "".join(img("/uploads/news/%s-2.jpg" % n[0], "", cls="") for n in NEWS)
page("gallery.html", "คลังภาพกิจกรรม", '<div class="carousel">%s</div>' % gal, upd="๒๐ กันยายน ๒๕๖๗")
page("faq.html", "ถาม-ตอบ (Q&A)",
     "<dl><dt>ถาม: ย้ายที่อยู่ต้องใช้เอกสารอะไร</dt><dd>ตอบ: ดูได้ที่ <a href=\"/service/move.html\">คู่มือการแจ้งย้ายที่อยู่</a></dd>"
     "<dt>ถาม: ชำระภาษีที่ดินได้ถึงเมื่อไร</dt><dd>ตอบ: ภายในเดือนเมษายนของทุกปี</dd>"
     "<dt>ถาม: แจ้งไฟฟ้าส่องสว่างดับ</dt><dd>ตอบ: แจ้งผ่าน Traffy Fondue หรือโทร " + TEL + "</dd></dl>", upd="๓ กุมภาพันธ์ ๒๕๖๘")

# ------------------------------------------------------------ ITA index
ITA = [("O๑", "ข้อมูลพื้นฐานของสำนักงานเขต", [("/about/structure.html", "โครงสร้าง"), ("/about/executives.html", "ผู้บริหาร"), ("/about/authority.html", "อำนาจหน้าที่"), ("/about/contact.html", "ติดต่อ")]),
       ("O๒", "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร", [("/policy/governor.html", "เปิด")]),
       ("O๓", "โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต", [("/schools.html", "เปิด")]),
       ("O๔", "การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน", [("/news/", "เปิด")]),
       ("O๕", "แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี", [("/plan/action-plan.html", "เปิด")]),
       ("O๖", "คู่มือการปฏิบัติหน้าที่", [("/manual/work.html", "เปิด")]),
       ("O๗", "คู่มือการให้บริการประชาชน", [("/service/", "เปิด")]),
       ("O๘", "E-Service", [("/eservice.html", "เปิด")]),
       ("O๙", "ข้อมูลสถิติการจัดเก็บภาษี", [("/stat/tax.html", "เปิด")]),
       ("O๑๐", "ข้อมูลสถิติการจัดเก็บรายได้", [("/stat/revenue.html", "เปิด")]),
       ("O๑๑", "รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต", [("/permit/checklist.html", "เปิด")]),
       ("O๑๒", "ระบบติดตาม (Tracking System) สถานะการขอใบอนุญาต", [("/permit/tracking.html", "เปิด")]),
       ("O๑๓", "แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายงบประมาณประจำปี", [("/budget/plan.html", "เปิด")]),
       ("O๑๔", "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ ข้อมูลเงินอุดหนุนชุมชน", [("/budget/info.html", "เปิด")]),
       ("O๑๕", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้างรายเดือน", [("/procurement/", "เปิด")]),
       ("O๑๖", "หลักเกณฑ์การบริหาร และพัฒนาทรัพยากรบุคคล", [("/hr/criteria.html", "เปิด")]),
       ("O๑๗", "ช่องทางการร้องเรียนการทุจริตและข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี", [("/anticorruption/complaint.html", "เปิด")]),
       ("O๑๘", "ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) และการรายงานผลสู่การปฏิบัติ", [("/anticorruption/anti-bribery.html", "เปิด")]),
       ("O๑๙", "การประเมินความเสี่ยงต่อการรับสินบนและการรายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน", [("/anticorruption/risk.html", "เปิด")]),
       ("O๒๐", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", [("/anticorruption/discretion.html", "เปิด")]),
       ("O๒๑", "การจัดการทรัพย์สินของราชการ ของบริจาคและการจัดเก็บของกลาง", [("/anticorruption/property.html", "เปิด")]),
       ("O๒๒", "มาตรการในการยกระดับคุณธรรมและความโปร่งใส และการรายงานผลการดำเนินงาน", [("/anticorruption/ita-measures.html", "เปิด")])]
rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (c, t, " · ".join('<a href="%s">%s</a>' % l for l in ls)) for c, t, ls in ITA)
page("ita/index.html", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
     img("/uploads/banner/ita68.jpg", "ITA 2568") +
     '<table class="t"><tr><th>ข้อ</th><th>หัวข้อ</th><th>ลิงก์</th></tr>%s</table>' % rows, upd="๘ พฤษภาคม ๒๕๖๘")

# sitemap (last)
PAGES.append(("sitemap.html", "แผนผังเว็บไซต์"))
page("sitemap.html", "แผนผังเว็บไซต์",
     "<ul>%s</ul>" % "".join('<li><a href="/%s">%s</a></li>' % (r.replace("index.html", ""), t) for r, t in PAGES if r != "sitemap.html"))

# ================================================================= meta & truth
STYLE = (
    "A young PR team's district site (สำนักงานเขตคลองบัวงาม, fictional) that publishes much as images: org chart "
    "(alt 'image1.jpg') and executives (name, position, drawn portrait, phone, e-mail, one post '- ว่าง -') as JPG "
    "infographics with real Thai text; schools list image-only (alt 'image1.jpg'); service manuals as 4-slide JPG "
    "carousels (alts full / 'image1.jpg' / empty); tax and complaint statistics as bar-chart PNGs with a caption; budget "
    "plan as infographic plus PDF; anti-bribery policy as a poster; several items also have proper PDFs. Traps, item by "
    "item: O4 news stopped in Sep 2567 (team moved to Facebook) -> stale; O5 only a decorative banner "
    "'แผนปฏิบัติราชการ ๒๕๖๘' linking nowhere (no plan) next to the FY2567 annual report -> incomplete; O6 duty manuals "
    "for 4 of 10 divisions, rest 'อยู่ระหว่างปรับปรุง' -> incomplete; O9 tax-statistics chart is FY2567 (last FY) only "
    "-> stale; O10 revenue chart <img> and full-size link 404, caption claims FY2568 -> broken; O11 page is only a "
    "banner with the Checklist title -> missing; O14 budget infographic + ordinance excerpt, community subsidy "
    "'อยู่ระหว่างรวบรวมข้อมูล' -> incomplete; O18 anti-bribery poster has no date, no signature, no executive name "
    "(6-month report PDF present) -> incomplete; O21 only state-property borrowing infographic/guide, nothing on "
    "donations or ของกลาง -> incomplete. Passing items rely on readable images: O1 (images + HTML contact/map), O3 "
    "(image only), O7 (carousels only), O17 (chart with empty alt), O20 (image only, dated and signed in image)."
)
meta = {"framework": "bma-2567", "as_of": "2025-05-28", "start": "/", "name_th": NAME, "style": STYLE,
        "author": "blind", "set": "held-out-13",
        "server": {"status": {"/uploads/stat/revenue-2568-apr.png": 404}}}
TRUTH = [
    ("O1", "pass", "/about/structure.html /about/executives.html /about/authority.html /about/contact.html",
     "structure and executives as readable images (name, position, photo, phone, e-mail, vacant post marked), authority + laws, contact with address/phone/fax/e-mail/map"),
    ("O2", "pass", "/policy/governor.html", "governor's 9-dimension policy infographic + BMA development plan summary PDF and links"),
    ("O3", "pass", "/schools.html", "one image (alt image1.jpg) listing the 6 BMA schools with address, phone, levels; readable"),
    ("O4", "stale", "/news/", "last news 20 Sep 2567; nothing in FY2568 on the site (only a Facebook link)"),
    ("O5", "incomplete", "/plan/action-plan.html", "FY2568 action plan is only a title banner linking nowhere; FY2567 annual report PDF present"),
    ("O6", "incomplete", "/manual/work.html", "work manuals for 4 of 10 divisions; 6 'อยู่ระหว่างปรับปรุง'"),
    ("O7", "pass", "/service/", "5 service manuals as image carousels: steps, documents, fee, time, complaint channel, readable"),
    ("O8", "pass", "/eservice.html", "links to BMA OSS, BMA Q, Traffy Fondue and the district's own online request form"),
    ("O9", "stale", "/stat/tax.html", "only FY2567 (Oct 66-Sep 67) tax chart; nothing for FY2568"),
    ("O10", "broken", "/stat/revenue.html", "the FY2568 revenue chart image and its full-size link return 404; only a caption remains"),
    ("O11", "missing", "/permit/checklist.html", "only a banner with the item title; no checklist"),
    ("O12", "pass", "/permit/tracking.html", "link to BMA OSS tracking + how-to infographic"),
    ("O13", "pass", "/budget/plan.html", "FY2568 spending plan (infographic + signed PDF) and FY2567 annual spending report PDF"),
    ("O14", "incomplete", "/budget/info.html", "budget infographic and FY2568 ordinance excerpt, but community subsidy data 'อยู่ระหว่างรวบรวมข้อมูล'"),
    ("O15", "pass", "/procurement/", "e-GPBMA link, FY2568 plan and announcements, สขร.1 monthly PDFs Oct 67-Apr 68 with all columns"),
    ("O16", "pass", "/hr/criteria.html", "HR criteria FY2568 infographic + signed PDF (recruitment, appointment, development, appraisal, rewards)"),
    ("O17", "pass", "/anticorruption/complaint.html", "complaint channels + monthly FY2568 statistics chart (Oct 67-Apr 68, empty alt)"),
    ("O18", "incomplete", "/anticorruption/anti-bribery.html", "policy only as a poster with no date, no signature, no executive: not a signed announcement; 6-month report present"),
    ("O19", "pass", "/anticorruption/risk.html", "FY2568 bribery risk assessment + 6-month risk-management report PDFs"),
    ("O20", "pass", "/anticorruption/discretion.html", "image-only guideline (empty alt), FY2568, dated 15 Nov 2567 and signed by the director in the image"),
    ("O21", "incomplete", "/anticorruption/property.html", "state-property use/borrowing only; nothing on donations or storage of seized goods (ของกลาง)"),
    ("O22", "pass", "/anticorruption/ita-measures.html", "analysis of ITA 2567 + FY2568 measures PDF and 6-month report PDF"),
]
with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
    json.dump(meta, f, ensure_ascii=False, indent=2)
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump({c: v for c, v, _, _ in TRUTH}, f, ensure_ascii=False, indent=2)
with open(os.path.join(HERE, "truth.md"), "w", encoding="utf-8") as f:
    f.write("# truth: infographics (bma-2567, as of 2025-05-28, FY2568)\n\n")
    for c, v, p, why in TRUTH:
        f.write("%s: %s — %s — %s\n" % (c, v if isinstance(v, str) else " / ".join(v), p, why))

npages = sum(1 for r, _, fs in os.walk(SITE) for x in fs if x.endswith(".html"))
print("pages", npages, "pdfs", sum(1 for r, _, fs in os.walk(SITE) for x in fs if x.endswith(".pdf")))
