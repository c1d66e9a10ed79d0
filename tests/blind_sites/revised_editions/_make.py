# -*- coding: utf-8 -*-
"""Generate the 'revised_editions' held-out fixture (bma-2567, as_of 2025-04-21).

A tidy district site that keeps every edition of its documents online:
ฉบับเดิม / ฉบับปรับปรุง ครั้งที่ n / ยกเลิก / ร่าง / ประกาศแก้ไขคำผิด.
Run: /work/blindenv/bin/python _make.py
"""
import json
import os
import shutil

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)
import openpyxl
from openpyxl.styles import Font as XFont
import docx
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
FONT_DIR = "/usr/share/fonts/truetype/tlwg/"
pdfmetrics.registerFont(TTFont("Garuda", FONT_DIR + "Garuda.ttf"))
pdfmetrics.registerFont(TTFont("Garuda-Bold", FONT_DIR + "Garuda-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Loma", FONT_DIR + "Loma.ttf"))

DNAME = "สำนักงานเขตทุ่งครุ"
ADDR = "เลขที่ ๓ ถนนพุทธบูชา แขวงบางมด เขตทุ่งครุ กรุงเทพมหานคร ๑๐๑๔๐"
PHONE = "0 2426 4102-4"
FAX = "0 2426 4105"
EMAIL = "thungkhru.dist@example.go.th"
DIRECTOR = "นายประเสริฐ วงศ์ทองดี"
OLD_DIRECTOR = "นางสาวจันทร์เพ็ญ ศรีสวัสดิ์"

THD = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    return str(s).translate(THD)


def out(rel):
    p = os.path.join(SITE, rel.lstrip("/"))
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


# ---------------------------------------------------------------- PDF
def _wrap(text, font, size, width):
    """Wrap Thai text by width; break at spaces, else before a base char."""
    marks = set("ัิีึืฺุู็่้๊๋์ํำ")
    lines, cur = [], ""
    for word in text.split(" "):
        cand = (cur + " " + word) if cur else word
        if pdfmetrics.stringWidth(cand, font, size) <= width:
            cur = cand
            continue
        if cur:
            lines.append(cur)
            cur = ""
        # word alone too long: hard break
        while pdfmetrics.stringWidth(word, font, size) > width:
            i = len(word)
            while i > 1 and pdfmetrics.stringWidth(word[:i], font, size) > width:
                i -= 1
            while i > 1 and word[i] in marks:
                i -= 1
            lines.append(word[:i])
            word = word[i:]
        cur = word
    if cur:
        lines.append(cur)
    return lines


def make_pdf(rel, title, paras, stamp=None, author=None, size=14, table=None,
             land=False, col_widths=None):
    """paras: list of str (a str starting with '#' is a heading)."""
    path = out(rel)
    if table is not None:
        return _pdf_table(path, title, paras, table, stamp, author, col_widths)
    pagesize = landscape(A4) if land else A4
    c = canvas.Canvas(path, pagesize=pagesize)
    c.setTitle(title)
    c.setAuthor(author or DNAME)
    W, H = pagesize
    x0, y = 60, H - 70
    width = W - 120

    def newpage():
        nonlocal y
        if stamp:
            c.saveState()
            c.setFont("Garuda-Bold", 40)
            c.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.35))
            c.translate(W / 2, H / 2)
            c.rotate(35)
            c.drawCentredString(0, 0, stamp)
            c.restoreState()
        c.showPage()
        y = H - 70

    for p in paras:
        if p.startswith("#"):
            font, fs, txt = "Garuda-Bold", size + 2, p.lstrip("#").strip()
        else:
            font, fs, txt = "Garuda", size, p
        for ln in _wrap(txt, font, fs, width) or [""]:
            if y < 70:
                newpage()
            c.setFont(font, fs)
            if p.startswith("##"):
                c.drawCentredString(W / 2, y, ln)
            else:
                c.drawString(x0, y, ln)
            y -= fs * 1.6
        y -= fs * 0.4
    if stamp:
        c.saveState()
        c.setFont("Garuda-Bold", 40)
        c.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.35))
        c.translate(W / 2, H / 2)
        c.rotate(35)
        c.drawCentredString(0, 0, stamp)
        c.restoreState()
    c.showPage()
    c.save()


def _pdf_table(path, title, paras, table, stamp, author, col_widths):
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=28,
                            rightMargin=28, topMargin=30, bottomMargin=30,
                            title=title, author=author or DNAME)
    h = ParagraphStyle("h", fontName="Garuda-Bold", fontSize=13, leading=20,
                       alignment=1)
    b = ParagraphStyle("b", fontName="Garuda", fontSize=10, leading=16)
    cell = ParagraphStyle("c", fontName="Garuda", fontSize=7, leading=11)
    story = []
    for p in paras:
        if p.startswith("#"):
            story.append(Paragraph(p.lstrip("#").strip(), h))
        else:
            story.append(Paragraph(p, b))
    story.append(Spacer(1, 8))
    data = [[Paragraph(str(v), cell) for v in row] for row in table]
    t = Table(data, colWidths=col_widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.95)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story.append(t)

    def deco(c, d):
        if stamp:
            c.saveState()
            c.setFont("Garuda-Bold", 44)
            c.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.3))
            c.translate(420, 300)
            c.rotate(30)
            c.drawCentredString(0, 0, stamp)
            c.restoreState()
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- DOCX / XLSX
def make_docx(rel, title, paras, table=None, header_note=None):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "TH Sarabun New"
    st.font.size = Pt(15)
    d.core_properties.title = title
    d.core_properties.author = DNAME
    if header_note:
        d.sections[0].header.paragraphs[0].text = header_note
    for p in paras:
        if p.startswith("#"):
            d.add_heading(p.lstrip("#").strip(), level=1)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    d.save(out(rel))


def make_xlsx(rel, sheets, path=None):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(list(r))
        for cellv in ws[1]:
            cellv.font = XFont(bold=True)
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = 22
    wb.save(path or out(rel))


# ---------------------------------------------------------------- images
def _pil_font(sz, bold=False):
    return ImageFont.truetype(FONT_DIR + ("Garuda-Bold.ttf" if bold else "Garuda.ttf"), sz)


def make_photo(rel, initials, hue):
    im = Image.new("RGB", (240, 300), (200 + hue % 50, 215, 230))
    d = ImageDraw.Draw(im)
    d.ellipse((70, 40, 170, 150), fill=(230, 200, 170))
    d.rectangle((40, 170, 200, 300), fill=(30, 60, 110))
    d.polygon([(120, 170), (100, 230), (140, 230)], fill=(240, 240, 240))
    d.text((12, 8), initials, font=_pil_font(18), fill=(40, 40, 40))
    im.save(out(rel))


def make_chart(rel, title, boxes, note):
    im = Image.new("RGB", (1200, 720), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.text((40, 20), title, font=_pil_font(28, True), fill=(0, 0, 0))
    d.text((40, 64), note, font=_pil_font(18), fill=(120, 0, 0))
    d.rectangle((480, 110, 720, 170), outline=(0, 0, 0), width=2)
    d.text((505, 125), "ผู้อำนวยการเขต", font=_pil_font(22), fill=(0, 0, 0))
    d.rectangle((480, 200, 720, 250), outline=(0, 0, 0), width=2)
    d.text((500, 210), "ผู้ช่วยผู้อำนวยการเขต", font=_pil_font(18), fill=(0, 0, 0))
    d.line((600, 170, 600, 200), fill=(0, 0, 0), width=2)
    d.line((600, 250, 600, 290), fill=(0, 0, 0), width=2)
    d.line((100, 290, 1100, 290), fill=(0, 0, 0), width=2)
    for i, b in enumerate(boxes):
        col, row = i % 5, i // 5
        x, y = 30 + col * 232, 320 + row * 180
        d.line((x + 100, 290 if row == 0 else 470, x + 100, y), fill=(0, 0, 0), width=1)
        d.rectangle((x, y, x + 215, y + 120), outline=(0, 0, 120), width=2)
        words = b.split(" ")
        for j, w in enumerate(words):
            d.text((x + 10, y + 12 + j * 30), w, font=_pil_font(17), fill=(0, 0, 90))
    im.save(out(rel))


def make_pic(rel, label, color):
    im = Image.new("RGB", (640, 420), color)
    d = ImageDraw.Draw(im)
    for i in range(0, 640, 40):
        d.line((i, 420, i + 200, 200), fill=(255, 255, 255), width=1)
    d.rectangle((0, 360, 640, 420), fill=(0, 0, 0))
    d.text((16, 372), label, font=_pil_font(22), fill=(255, 255, 255))
    im.save(out(rel), quality=80)


# ---------------------------------------------------------------- HTML
NAV = [
    ("/", "หน้าหลัก"),
    ("/about/", "ข้อมูลพื้นฐาน"),
    ("/news/", "ข่าวประชาสัมพันธ์"),
    ("/eservice.html", "บริการออนไลน์"),
    ("/finance/", "การเงินการคลัง"),
    ("/procurement/", "จัดซื้อจัดจ้าง"),
    ("/ita68", "ITA / OIT ๒๕๖๘"),
    ("/about/contact.html", "ติดต่อเรา"),
]

SIDE = [
    ("/about/structure.html", "โครงสร้างหน่วยงาน"),
    ("/about/executives.html", "ผู้บริหาร"),
    ("/about/authority.html", "อำนาจหน้าที่"),
    ("/divisions/", "ฝ่ายต่าง ๆ ในสำนักงานเขต"),
    ("/policy/governor.html", "นโยบายผู้ว่าฯ และแผนพัฒนา"),
    ("/plan/", "แผนและรายงานผลการปฏิบัติราชการ"),
    ("/manuals/operations.html", "คู่มือการปฏิบัติงาน"),
    ("/manuals/services.html", "คู่มือสำหรับประชาชน"),
    ("/education/", "การศึกษา"),
    ("/hr/", "การบริหารงานบุคคล"),
    ("/complaint/", "ร้องเรียน / ร้องทุกข์"),
    ("/integrity/", "คุณธรรมและความโปร่งใส"),
    ("/jobs.html", "รับสมัครงาน"),
    ("/gallery.html", "ภาพกิจกรรม"),
    ("/tourism.html", "สถานที่ท่องเที่ยว"),
]

CSS = """
body{margin:0;font-family:'Sarabun','Garuda',sans-serif;background:#eef2f6;color:#222}
#top{background:#0b4f8a;color:#fff;padding:14px 28px}
#top .sub{font-size:13px;opacity:.85}
#portal{background:#083a66;color:#cfe0f0;font-size:12px;padding:4px 28px}
#portal a{color:#cfe0f0;margin-right:10px}
nav{background:#135e9f;padding:0 20px}
nav a{color:#fff;display:inline-block;padding:10px 12px;text-decoration:none;font-size:15px}
#wrap{display:flex;max-width:1180px;margin:18px auto;gap:18px}
#side{width:250px;background:#fff;border-radius:6px;padding:10px 0;font-size:14px;align-self:flex-start}
#side a{display:block;padding:7px 16px;color:#0b4f8a;text-decoration:none;border-bottom:1px solid #eef}
main{flex:1;background:#fff;border-radius:6px;padding:20px 28px;min-height:420px}
.crumb{font-size:13px;color:#777;margin-bottom:8px}
table.t{border-collapse:collapse;width:100%;font-size:14px}
table.t td,table.t th{border:1px solid #c9d3df;padding:6px 8px;vertical-align:top}
table.t th{background:#e3ecf6}
.ver{font-size:12px;border-radius:3px;padding:1px 6px;margin-left:4px}
.cancel{background:#f6d5d5;color:#9b1111}.draft{background:#fff0c2;color:#7a5a00}
.cur{background:#d6f2d9;color:#17632a}
footer{background:#0b4f8a;color:#dbe7f3;font-size:13px;padding:16px 28px}
.upd{font-size:12px;color:#888;margin-top:24px}
"""

PAGES = []


def page(rel, title, body, crumb=None, updated="๑๘ เมษายน ๒๕๖๘", side=True):
    nav = "".join(f'<a href="{h}">{t}</a>' for h, t in NAV)
    sidebar = ""
    if side:
        sidebar = '<aside id="side">' + "".join(
            f'<a href="{h}">{t}</a>' for h, t in SIDE) + "</aside>"
    crumbs = ""
    if crumb is not None:
        crumbs = '<div class="crumb"><a href="/">หน้าหลัก</a> &rsaquo; ' + crumb + "</div>"
    html = f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {DNAME}</title>
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<div id="portal">กรุงเทพมหานคร &middot; <a href="https://www.bangkok.go.th/">bangkok.go.th</a> <a href="https://webportal.bangkok.go.th/">เว็บไซต์สำนักงานเขตทั้ง ๕๐ เขต</a></div>
<header id="top"><div style="font-size:24px;font-weight:bold">{DNAME}</div>
<div class="sub">Thung Khru District Office &middot; บริการด้วยใจ โปร่งใส ตรวจสอบได้</div></header>
<nav>{nav}</nav>
<div id="wrap">
{sidebar}
<main>
{crumbs}
<h1 style="font-size:24px;color:#0b4f8a">{title}</h1>
{body}
<p class="upd">ปรับปรุงข้อมูลล่าสุด: {updated}</p>
</main>
</div>
<footer>{DNAME} {ADDR}<br>โทรศัพท์ {PHONE} โทรสาร {FAX} อีเมล {EMAIL}<br>
&copy; ๒๕๖๘ {DNAME} &middot; <a style="color:#fff" href="/sitemap.html">แผนผังเว็บไซต์</a></footer>
</body>
</html>
"""
    with open(out(rel), "w", encoding="utf-8") as f:
        f.write(html)
    PAGES.append((rel, title))


def vtag(kind, text):
    return f'<span class="ver {kind}">{text}</span>'


# ================================================================ content
def build_docs():
    # ---------------- O1: structure, executives
    divs = ["ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายรายได้", "ฝ่ายโยธา",
            "ฝ่ายรักษาความสะอาด และสวนสาธารณะ", "ฝ่ายเทศกิจ",
            "ฝ่ายสิ่งแวดล้อม และสุขาภิบาล", "ฝ่ายพัฒนาชุมชน และสวัสดิการสังคม",
            "ฝ่ายการศึกษา"]
    make_chart("files/about/structure-rev2-2568.png",
               "แผนภูมิโครงสร้างสำนักงานเขตทุ่งครุ (ฉบับปรับปรุง ครั้งที่ ๒)",
               divs, "ปรับปรุงตามคำสั่งกรุงเทพมหานคร มีผลตั้งแต่ ๑ มีนาคม ๒๕๖๘")
    make_chart("files/about/structure-2565.png",
               "แผนภูมิโครงสร้างสำนักงานเขตทุ่งครุ (ฉบับเดิม พ.ศ. ๒๕๖๕)",
               divs[:9], "ยกเลิก - ใช้ฉบับปรับปรุง ครั้งที่ ๒ แทน")
    make_pdf("files/about/structure-rev2-2568.pdf",
             "โครงสร้างสำนักงานเขตทุ่งครุ ฉบับปรับปรุง ครั้งที่ 2",
             ["## โครงสร้างการแบ่งส่วนราชการ สำนักงานเขตทุ่งครุ",
              "## ฉบับปรับปรุง ครั้งที่ ๒ (มีผลตั้งแต่ ๑ มีนาคม ๒๕๖๘)",
              "ผู้อำนวยการเขตทุ่งครุ กำกับดูแลผู้ช่วยผู้อำนวยการเขต ๓ ตำแหน่ง และหน่วยงานภายใน ๑๐ ฝ่าย ดังนี้",
              ] + [f"{th(i+1)}. {d}" for i, d in enumerate(divs)] +
             ["หมายเหตุ ฉบับปรับปรุง ครั้งที่ ๑ (ตุลาคม ๒๕๖๖) และฉบับเดิม พ.ศ. ๒๕๖๕ ให้ยกเลิก "
              "เนื่องจากมีการจัดตั้งฝ่ายการศึกษาเป็นหน่วยงานภายในของสำนักงานเขต"])
    make_pdf("files/about/structure-2565.pdf", "โครงสร้างสำนักงานเขตทุ่งครุ ฉบับเดิม 2565",
             ["## โครงสร้างการแบ่งส่วนราชการ สำนักงานเขตทุ่งครุ (ฉบับเดิม พ.ศ. ๒๕๖๕)"] +
             [f"{th(i+1)}. {d}" for i, d in enumerate(divs[:9])], stamp="ยกเลิก")
    execs = [("dir", DIRECTOR, "ผู้อำนวยการเขตทุ่งครุ", "0 2426 4102 ต่อ 101", "director.tk@example.go.th"),
             ("a1", "นายวิทยา แก้วมณี", "ผู้ช่วยผู้อำนวยการเขต (กำกับฝ่ายปกครอง ฝ่ายทะเบียน ฝ่ายการศึกษา)", "0 2426 4102 ต่อ 102", "asst1.tk@example.go.th"),
             ("a2", "นางกมลวรรณ ชูศรี", "ผู้ช่วยผู้อำนวยการเขต (กำกับฝ่ายการคลัง ฝ่ายรายได้ ฝ่ายโยธา)", "0 2426 4102 ต่อ 103", "asst2.tk@example.go.th")]
    for i, e in enumerate(execs):
        make_photo(f"files/about/exec-{e[0]}.png", e[1], i * 37)

    # ---------------- O2
    gov_paras = [
        "## สรุปนโยบายผู้ว่าราชการกรุงเทพมหานคร และแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร",
        "## สำนักงานเขตทุ่งครุ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
        "# ๑. นโยบายผู้ว่าราชการกรุงเทพมหานคร (นายชัชชาติ สิทธิพันธุ์)",
        "นโยบาย ๙ ด้าน ๙ ดี ได้แก่ ปลอดภัยดี เดินทางดี สิ่งแวดล้อมดี สุขภาพดี เรียนดี เศรษฐกิจดี สังคมดี บริหารจัดการดี และโครงสร้างดี "
        "สำนักงานเขตทุ่งครุนำนโยบายดังกล่าวมาจัดทำโครงการในพื้นที่ เช่น การปลูกต้นไม้ล้านต้น การปรับปรุงทางเท้า และการขุดลอกคูคลอง",
        "# ๒. แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี (พ.ศ. ๒๕๖๑ - ๒๕๘๐)",
        "มหานครปลอดภัย มหานครสีเขียว สะดวกสบาย มหานครสำหรับทุกคน มหานครกะทัดรัด มหานครประชาธิปไตย และมหานครแห่งเศรษฐกิจและการเรียนรู้",
        "# ๓. แผนพัฒนากรุงเทพมหานคร ระยะ ๕ ปี และแผนปฏิบัติราชการกรุงเทพมหานคร ประจำปี พ.ศ. ๒๕๖๘",
        "สำนักงานเขตรับผิดชอบตัวชี้วัดด้านความสะอาด การระบายน้ำ ทางเท้า และการให้บริการประชาชน ตามที่สำนักยุทธศาสตร์และประเมินผลกำหนด",
        "# ๔. ความเชื่อมโยงกับแผนของสำนักงานเขต",
        "แผนพัฒนาสำนักงานเขตทุ่งครุ ประจำปี ๒๕๖๘ จัดทำให้สอดคล้องกับนโยบายและแผนข้างต้น (ดูเอกสารแนบ)",
        "ฉบับปรับปรุง ครั้งที่ ๑ ลงวันที่ ๒๐ มกราคม ๒๕๖๘ แทนฉบับร่างที่เผยแพร่เพื่อรับฟังความคิดเห็นเมื่อ ตุลาคม ๒๕๖๗",
    ]
    make_pdf("files/policy/governor-policy-2568-rev1.pdf",
             "สรุปนโยบายผู้ว่าฯ และแผนพัฒนากรุงเทพมหานคร 2568 ฉบับปรับปรุง ครั้งที่ 1", gov_paras)
    make_pdf("files/policy/governor-policy-2568-draft.pdf",
             "ร่าง สรุปนโยบายผู้ว่าฯ 2568", gov_paras[:6] +
             ["(ร่าง เพื่อรับฟังความคิดเห็น ตุลาคม ๒๕๖๗)"], stamp="ร่าง")
    make_docx("files/policy/district-dev-plan-2568.docx", "แผนพัฒนาสำนักงานเขตทุ่งครุ ประจำปี 2568",
              ["# แผนพัฒนาสำนักงานเขตทุ่งครุ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
               "จัดทำตามแผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี และนโยบายผู้ว่าราชการกรุงเทพมหานคร",
               "ยุทธศาสตร์ที่ ๑ ปลอดภัยดี: ติดตั้งไฟฟ้าแสงสว่าง ๑๒๐ จุด",
               "ยุทธศาสตร์ที่ ๒ สิ่งแวดล้อมดี: ขุดลอกคลองบางมด คลองราษฎร์บูรณะ ระยะทางรวม ๘.๕ กิโลเมตร",
               "ยุทธศาสตร์ที่ ๓ บริหารจัดการดี: ลดระยะเวลาให้บริการงานทะเบียนราษฎร"],
              table=[["ยุทธศาสตร์", "โครงการ", "งบประมาณ (บาท)", "ฝ่ายรับผิดชอบ"],
                     ["ปลอดภัยดี", "ไฟส่องสว่างซอยเปลี่ยว", "1,850,000", "ฝ่ายโยธา"],
                     ["สิ่งแวดล้อมดี", "ขุดลอกคลอง", "2,400,000", "ฝ่ายโยธา"],
                     ["สุขภาพดี", "ตลาดนัดสุขภาพชุมชน", "150,000", "ฝ่ายพัฒนาชุมชนฯ"],
                     ["บริหารจัดการดี", "ศูนย์บริการด่วน", "300,000", "ฝ่ายปกครอง"]])

    # ---------------- O3 schools
    schools = [
        ("โรงเรียนวัดพุทธบูชา", "แขวงบางมด", "อนุบาล - ป.6", 612, "0 2427 1180"),
        ("โรงเรียนวัดทุ่งครุ (ประชาวิทยาคาร)", "แขวงทุ่งครุ", "อนุบาล - ม.3", 945, "0 2463 2201"),
        ("โรงเรียนวัดหลวงพ่อโอภาสี", "แขวงบางมด", "อนุบาล - ป.6", 388, "0 2427 5512"),
        ("โรงเรียนวัดมัชฌันติการาม", "แขวงทุ่งครุ", "อนุบาล - ป.6", 421, "0 2464 0394"),
        ("โรงเรียนประชาอุทิศ (สังกัดกรุงเทพมหานคร)", "แขวงทุ่งครุ", "อนุบาล - ม.3", 1204, "0 2464 1017"),
        ("โรงเรียนบ้านบางมด", "แขวงบางมด", "อนุบาล - ป.6", 276, "0 2427 8820"),
        ("โรงเรียนวัดแสมดำ (ฝั่งทุ่งครุ)", "แขวงบางมด", "อนุบาล - ป.6", 301, "0 2427 6633"),
    ]
    hdr = ["ลำดับ", "ชื่อโรงเรียน", "แขวง", "ระดับชั้นที่เปิดสอน", "จำนวนนักเรียน (คน)", "โทรศัพท์"]
    make_xlsx("files/education/bma-schools-2567-rev1.xlsx",
              [("โรงเรียนสังกัด กทม.", [["รายชื่อโรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขตทุ่งครุ ปีการศึกษา 2567 (ฉบับแก้ไข ครั้งที่ 1 - ม.ค. 2568)"], hdr] +
                [[i + 1, *s] for i, s in enumerate(schools)] +
                [[], ["ที่มา: ฝ่ายการศึกษา สำนักงานเขตทุ่งครุ ข้อมูล ณ 10 มกราคม 2568"]])])
    wrong = [list(s) for s in schools]
    wrong[1][4] = "0 2463 2210"
    make_xlsx("files/education/bma-schools-2567.xlsx",
              [("Sheet1", [["รายชื่อโรงเรียนสังกัดกรุงเทพมหานคร เขตทุ่งครุ (ฉบับเดิม) ยกเลิก - เบอร์โทรศัพท์ไม่ถูกต้อง"], hdr] +
                [[i + 1, *s] for i, s in enumerate(wrong)])])

    # ---------------- O5 plans and annual report
    make_pdf("files/plan/action-plan-2567.pdf", "แผนปฏิบัติราชการประจำปี 2567 สำนักงานเขตทุ่งครุ",
             ["## แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
              "## สำนักงานเขตทุ่งครุ (ฉบับผู้อำนวยการเขตอนุมัติ ๒๕ ตุลาคม ๒๕๖๖)",
              "# ส่วนที่ ๑ บทนำ",
              "แผนฉบับนี้กำหนดโครงการและตัวชี้วัดของสำนักงานเขตทุ่งครุ สำหรับช่วงวันที่ ๑ ตุลาคม ๒๕๖๖ ถึง ๓๐ กันยายน ๒๕๖๗",
              "# ส่วนที่ ๒ โครงการตามยุทธศาสตร์",
              "๑. โครงการจัดเก็บขยะอินทรีย์จากครัวเรือน เป้าหมาย ๓,๐๐๐ ครัวเรือน",
              "๒. โครงการซ่อมแซมทางเท้า ถนนพุทธบูชา ระยะทาง ๑.๒ กิโลเมตร",
              "๓. โครงการตรวจสุขภาพผู้สูงอายุในชุมชน ๒๘ ชุมชน",
              "อนุมัติ", OLD_DIRECTOR + " ผู้อำนวยการเขตทุ่งครุ"])
    make_docx("files/plan/action-plan-2568-draft.docx", "ร่าง แผนปฏิบัติราชการประจำปี 2568",
              ["ร่าง - เพื่อรับฟังความคิดเห็น ยังไม่ได้รับอนุมัติ",
               "# (ร่าง) แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๘ สำนักงานเขตทุ่งครุ",
               "เอกสารนี้เป็นร่างเพื่อเปิดรับฟังความคิดเห็นจากบุคลากรและประชาชน ระหว่างวันที่ ๑๖ - ๓๐ กันยายน ๒๕๖๗ "
               "เนื้อหาอาจเปลี่ยนแปลงเมื่อเสนอผู้อำนวยการเขตพิจารณาอนุมัติ",
               "๑. โครงการเขตสะอาด ไร้ขยะตกค้าง",
               "๒. โครงการทางเท้าดี เดินได้ทุกคน",
               "๓. โครงการเฝ้าระวังน้ำท่วมจุดเสี่ยง ๑๔ จุด",
               "ลงชื่อ ..................................... ผู้อำนวยการเขตทุ่งครุ (ยังไม่ได้ลงนาม)"],
              header_note="ร่าง (DRAFT) ฉบับรับฟังความคิดเห็น กันยายน 2567")
    rep = ["## รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
           "## สำนักงานเขตทุ่งครุ",
           "# ผลการดำเนินงานตามตัวชี้วัด",
           "๑. จัดเก็บขยะอินทรีย์จากครัวเรือน ดำเนินการได้ ๓,๒๑๔ ครัวเรือน (ร้อยละ ๑๐๗ ของเป้าหมาย)",
           "๒. ซ่อมแซมทางเท้าถนนพุทธบูชา แล้วเสร็จ ๑.๒ กิโลเมตร",
           "๓. ตรวจสุขภาพผู้สูงอายุ ครบ ๒๘ ชุมชน รวม ๔,๐๘๑ ราย",
           "# ปัญหาอุปสรรค",
           "ฝนตกหนักช่วงสิงหาคม ๒๕๖๗ ทำให้งานซ่อมทางเท้าล่าช้ากว่าแผน ๓ สัปดาห์"]
    make_pdf("files/plan/annual-report-2567.pdf", "รายงานผลการปฏิบัติราชการประจำปี 2567 (ฉบับเดิม)",
             rep[:4] + ["๒. ซ่อมแซมทางเท้าถนนพุทธบูชา แล้วเสร็จ ๒.๑ กิโลเมตร"] + rep[5:],
             stamp="ยกเลิก")
    make_pdf("files/plan/annual-report-2567-corrected.pdf",
             "รายงานผลการปฏิบัติราชการประจำปี 2567 ฉบับแก้ไข",
             rep[:2] + ["## ฉบับแก้ไข (ออกใหม่ ๑๗ กุมภาพันธ์ ๒๕๖๘) แทนฉบับเดิมลงวันที่ ๒๐ ธันวาคม ๒๕๖๗"] + rep[2:])

    # ---------------- O6 operation manuals (all 10 divisions)
    for i, d in enumerate(divs):
        slug = f"div{i+1:02d}"
        body = [f"## คู่มือการปฏิบัติงาน {d.replace(' ', '')}",
                f"## {DNAME}",
                "# ๑. วัตถุประสงค์",
                f"เพื่อให้เจ้าหน้าที่{d.replace(' ', '')}ปฏิบัติงานเป็นมาตรฐานเดียวกัน ลดความผิดพลาด และตรวจสอบได้",
                "# ๒. ขั้นตอนการปฏิบัติงาน",
                "รับเรื่อง - ตรวจสอบเอกสาร - เสนอผู้บังคับบัญชา - ดำเนินการ - แจ้งผล - จัดเก็บเอกสาร",
                "# ๓. ระยะเวลา",
                "ตามที่กำหนดในแต่ละกระบวนงาน ไม่เกิน ๑๕ วันทำการ"]
        if i in (1, 4):
            make_pdf(f"files/manuals/ops-{slug}-old.pdf", f"คู่มือการปฏิบัติงาน {d} ฉบับเดิม", body,
                     stamp="ยกเลิก")
            make_pdf(f"files/manuals/ops-{slug}-rev1.pdf",
                     f"คู่มือการปฏิบัติงาน {d} ฉบับปรับปรุง ครั้งที่ 1",
                     body[:2] + ["## ฉบับปรับปรุง ครั้งที่ ๑ (ธันวาคม ๒๕๖๗)"] + body[2:])
        elif i in (3, 8):
            make_docx(f"files/manuals/ops-{slug}.docx", f"คู่มือการปฏิบัติงาน {d}",
                      [p.lstrip("#").strip() if p.startswith("##") else p for p in body])
        else:
            make_pdf(f"files/manuals/ops-{slug}.pdf", f"คู่มือการปฏิบัติงาน {d}", body)

    # ---------------- O7 service manual: only old edition exists (rev2 file missing -> 404)
    make_pdf("files/manuals/service-manual-2558.pdf", "คู่มือสำหรับประชาชน ฉบับเดิม 2558",
             ["## คู่มือสำหรับประชาชน ตามพระราชบัญญัติการอำนวยความสะดวก",
              "## ในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘ (ฉบับเดิม)",
              "งานที่ให้บริการ: การแจ้งเกิด การแจ้งตาย การย้ายที่อยู่ การขอใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร",
              "หมายเหตุ ฉบับนี้ยกเลิกแล้ว ตั้งแต่ ๑ พฤศจิกายน ๒๕๖๗ โปรดใช้ฉบับปรับปรุง ครั้งที่ ๒"],
             stamp="ยกเลิก")

    # ---------------- O9 tax stats FY2567 only
    months67 = ["ต.ค. 66", "พ.ย. 66", "ธ.ค. 66", "ม.ค. 67", "ก.พ. 67", "มี.ค. 67",
                "เม.ย. 67", "พ.ค. 67", "มิ.ย. 67", "ก.ค. 67", "ส.ค. 67", "ก.ย. 67"]
    rows = [["สถิติการจัดเก็บภาษี สำนักงานเขตทุ่งครุ ปีงบประมาณ พ.ศ. 2567 (ต.ค. 2566 - ก.ย. 2567)"],
            ["ฉบับแก้ไข ครั้งที่ 1 ปรับปรุงเมื่อ 14 ก.พ. 2568 (แก้ไขยอดภาษีป้าย เดือน มี.ค. 67)"],
            ["เดือน", "ภาษีที่ดินและสิ่งปลูกสร้าง (บาท)", "ภาษีป้าย (บาท)", "รวม (บาท)", "จำนวนราย"]]
    for i, m in enumerate(months67):
        a = [812000, 655400, 590300, 1104500, 2350800, 4120700, 6880100, 1922000, 740300, 512000, 398200, 287600][i]
        b = [42100, 38800, 51200, 30900, 88400, 312600, 95400, 21700, 18800, 15200, 9800, 7300][i]
        rows.append([m, a, b, a + b, 300 + i * 17])
    make_xlsx("files/finance/tax-stat-2567-rev1.xlsx", [("ปีงบ 2567", rows)])
    make_pdf("files/finance/tax-erratum-2568.pdf", "ประกาศแก้ไขคำผิด สถิติการจัดเก็บภาษี",
             ["## ประกาศสำนักงานเขตทุ่งครุ",
              "## เรื่อง แก้ไขคำผิดในข้อมูลสถิติการจัดเก็บภาษี ปีงบประมาณ พ.ศ. ๒๕๖๗",
              "ตามที่สำนักงานเขตทุ่งครุได้เผยแพร่ข้อมูลสถิติการจัดเก็บภาษี ปีงบประมาณ พ.ศ. ๒๕๖๗ นั้น "
              "ปรากฏว่ายอดภาษีป้าย เดือนมีนาคม ๒๕๖๗ พิมพ์คลาดเคลื่อนเป็น ๓๒,๑๖๐ บาท ที่ถูกต้องคือ ๓๑๒,๖๐๐ บาท",
              "จึงประกาศแก้ไขให้ถูกต้อง และเผยแพร่ข้อมูลฉบับแก้ไข ครั้งที่ ๑",
              "ประกาศ ณ วันที่ ๑๔ กุมภาพันธ์ พ.ศ. ๒๕๖๘",
              DIRECTOR + " ผู้อำนวยการเขตทุ่งครุ"])

    # ---------------- O10 revenue FY2568: three editions
    months68 = ["ต.ค. 67", "พ.ย. 67", "ธ.ค. 67", "ม.ค. 68", "ก.พ. 68", "มี.ค. 68"]
    base = [("ค่าธรรมเนียมเก็บขนมูลฝอย", [182300, 176900, 190450, 201200, 188700, 195300]),
            ("ค่าธรรมเนียมใบอนุญาตสถานที่จำหน่ายอาหาร", [45600, 38200, 29700, 61800, 52400, 48900]),
            ("ค่าธรรมเนียมทะเบียนราษฎรและบัตร", [18420, 17960, 16300, 19800, 18250, 20110]),
            ("ค่าปรับเทศกิจ", [22400, 31800, 27500, 19900, 24600, 28700]),
            ("ค่าเช่าและค่าบริการสถานที่", [12000, 12000, 15500, 12000, 12000, 13500])]

    def rev_rows(n, label):
        r = [[f"สถิติการจัดเก็บรายได้ (ไม่รวมภาษี) สำนักงานเขตทุ่งครุ ปีงบประมาณ พ.ศ. 2568 {label}"],
             ["ประเภทรายได้"] + months68[:n] + ["รวม (บาท)"]]
        for name, vals in base:
            r.append([name] + vals[:n] + [sum(vals[:n])])
        r.append(["รวมทั้งสิ้น"] + [sum(v[1][k] for v in base) for k in range(n)] +
                 [sum(sum(v[1][:n]) for v in base)])
        return r

    make_xlsx("files/finance/revenue-2568-q1.xlsx", [("ต.ค.-ธ.ค. 67", rev_rows(3, "(ฉบับเดิม ข้อมูล ต.ค. - ธ.ค. 2567)"))])
    make_xlsx("files/finance/revenue-2568-rev1.xlsx", [("ต.ค.67-ก.พ.68", rev_rows(5, "(ฉบับปรับปรุง ครั้งที่ 1 ข้อมูล ต.ค. 2567 - ก.พ. 2568)"))])
    rev2 = rev_rows(6, "(ฉบับปรับปรุง ครั้งที่ 2 ข้อมูล ต.ค. 2567 - มี.ค. 2568)")
    for p in (os.path.join(SITE, "store", "revenue-2568-rev2.xlsx"),
              os.path.join(HERE, "store", "revenue-2568-rev2.xlsx")):
        os.makedirs(os.path.dirname(p), exist_ok=True)
        make_xlsx(None, [("ต.ค.67-มี.ค.68", rev2), ("หมายเหตุ", [["ข้อมูล ณ 5 เมษายน 2568 ฝ่ายการคลัง"]])], path=p)

    # ---------------- O11 bait: OIT self-checklist docx
    make_docx("files/oit/oit-checklist-2568.docx", "Checklist การเปิดเผยข้อมูลสาธารณะ 2568",
              ["# รายการตรวจ (Checklist) การเปิดเผยข้อมูลสาธารณะ (OIT) สำนักงานเขตทุ่งครุ ประจำปี ๒๕๖๘",
               "ใช้สำหรับติดตามความครบถ้วนของข้อมูลบนเว็บไซต์ เดือนละ ๑ ครั้ง (ต.ค. ๖๗ - มี.ค. ๖๘) โดยผู้อำนวยการเขต"],
              table=[["ข้อ", "หัวข้อ", "ผู้รับผิดชอบ", "ตรวจแล้ว"],
                     ["O1", "ข้อมูลพื้นฐาน", "ฝ่ายปกครอง", "✓"],
                     ["O5", "แผนปฏิบัติราชการ / รายงานผล", "ฝ่ายปกครอง", "รอแผนฉบับอนุมัติ"],
                     ["O9", "สถิติการจัดเก็บภาษี", "ฝ่ายรายได้", "✓"],
                     ["O10", "สถิติการจัดเก็บรายได้", "ฝ่ายการคลัง", "✓"],
                     ["O13", "แผน/รายงานการใช้จ่ายงบประมาณ", "ฝ่ายการคลัง", "✓"],
                     ["O15", "จัดซื้อจัดจ้าง", "ฝ่ายการคลัง", "✓"],
                     ["O20", "แนวทางการใช้ดุลยพินิจ", "ฝ่ายปกครอง", "อยู่ระหว่างดำเนินการ"],
                     ["O21", "ทรัพย์สินของราชการ", "ฝ่ายการคลัง", "✓"]])

    # ---------------- O13 spending plan + only half-year report of FY2567
    plan_rows = [["แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. 2568 สำนักงานเขตทุ่งครุ"],
                 ["หมวดรายจ่าย", "งบประมาณ (บาท)", "ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4"]]
    cats = [("งบบุคลากร", 68450000), ("งบดำเนินงาน", 31220000), ("งบลงทุน", 18600000),
            ("งบเงินอุดหนุน", 2140000), ("งบรายจ่ายอื่น", 410000)]
    for n, v in cats:
        plan_rows.append([n, v, round(v * .22), round(v * .26), round(v * .27), v - round(v * .22) - round(v * .26) - round(v * .27)])
    plan_rows.append(["รวม", sum(v for _, v in cats), "", "", "", ""])
    make_xlsx("files/finance/spending-plan-2568.xlsx", [("แผน 2568 ฉบับเดิม", plan_rows)])
    p1 = [list(r) for r in plan_rows]
    p1[0] = ["แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. 2568 สำนักงานเขตทุ่งครุ (ฉบับปรับปรุง ครั้งที่ 1 - ม.ค. 2568 หลังโอนเปลี่ยนแปลงงบลงทุน)"]
    p1[4][1] = 17950000
    p1[4][5] = p1[4][1] - p1[4][2] - p1[4][3] - p1[4][4]
    p1[-1][1] = sum(r[1] for r in p1[2:-1])
    make_xlsx("files/finance/spending-plan-2568-rev1.xlsx", [("แผน 2568 ปรับปรุง 1", p1)])
    make_pdf("files/finance/spending-report-2567-6m.pdf",
             "รายงานผลการใช้จ่ายงบประมาณ รอบ 6 เดือน ปีงบประมาณ 2567",
             ["## รายงานผลการใช้จ่ายงบประมาณ สำนักงานเขตทุ่งครุ",
              "## ปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๖ เดือนแรก (ตุลาคม ๒๕๖๖ - มีนาคม ๒๕๖๗)"],
             table=[["หมวดรายจ่าย", "งบประมาณที่ได้รับ (บาท)", "เบิกจ่ายสะสม ต.ค. 66 - มี.ค. 67 (บาท)", "ร้อยละ"],
                    ["งบบุคลากร", "66,900,000", "32,880,400", "49.15"],
                    ["งบดำเนินงาน", "30,150,000", "13,204,900", "43.80"],
                    ["งบลงทุน", "15,800,000", "3,120,000", "19.75"],
                    ["งบเงินอุดหนุน", "2,050,000", "1,020,000", "49.76"],
                    ["รวม", "114,900,000", "50,225,300", "43.71"]],
             col_widths=[160, 170, 230, 80])

    # ---------------- O14 budget ordinance
    ord_paras = ["## ข้อบัญญัติกรุงเทพมหานคร",
                 "## เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (ส่วนของสำนักงานเขตทุ่งครุ)",
                 "ข้อ ๑ ข้อบัญญัตินี้เรียกว่า ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
                 "ข้อ ๒ ให้ใช้ข้อบัญญัตินี้ตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๗ เป็นต้นไป",
                 "สำนักงานเขตทุ่งครุ ได้รับจัดสรรงบประมาณรวม ๑๒๐,๘๒๐,๐๐๐ บาท จำแนกตามแผนงาน ดังนี้",
                 "แผนงานบริหารทั่วไป ๗๔,๓๑๐,๐๐๐ บาท",
                 "แผนงานรักษาความสะอาด ๒๘,๙๐๐,๐๐๐ บาท",
                 "แผนงานโยธาและระบายน้ำ ๑๕,๔๗๐,๐๐๐ บาท",
                 "แผนงานพัฒนาชุมชนและสวัสดิการสังคม ๒,๑๔๐,๐๐๐ บาท"]
    make_pdf("files/finance/budget-ordinance-2568-draft.pdf", "ร่างข้อบัญญัติงบประมาณ 2568",
             ["## (ร่าง)"] + ord_paras, stamp="ร่าง")
    make_pdf("files/finance/budget-ordinance-2568.pdf", "ข้อบัญญัติงบประมาณรายจ่าย 2568 สำนักงานเขตทุ่งครุ",
             ord_paras + ["ประกาศในราชกิจจานุเบกษา / ประกาศกรุงเทพมหานคร ณ วันที่ ๒๗ กันยายน พ.ศ. ๒๕๖๗"])

    # ---------------- O15 procurement
    plan_tbl = [["ลำดับ", "รายการ", "วงเงิน (บาท)", "วิธีจัดหา", "ช่วงเวลาที่คาดว่าจะประกาศ"],
                ["1", "จ้างเหมาขุดลอกคลองบางมด", "2,400,000", "e-bidding", "ธ.ค. 2567"],
                ["2", "ซื้อวัสดุงานบ้านงานครัว", "180,000", "เฉพาะเจาะจง", "ต.ค. 2567"],
                ["3", "จ้างซ่อมทางเท้าซอยพุทธบูชา 36", "1,350,000", "e-bidding", "ม.ค. 2568"],
                ["4", "ซื้อเครื่องคอมพิวเตอร์ 12 ชุด", "264,000", "เฉพาะเจาะจง", "มี.ค. 2568"]]
    make_pdf("files/procurement/plan-2568.pdf", "แผนการจัดซื้อจัดจ้าง 2568 ฉบับเดิม",
             ["## แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ สำนักงานเขตทุ่งครุ (ฉบับเดิม ๑๐ ตุลาคม ๒๕๖๗)"],
             table=plan_tbl, col_widths=[40, 300, 100, 100, 160])
    t1 = plan_tbl + [["5", "จ้างติดตั้งไฟฟ้าส่องสว่าง 120 จุด", "1,850,000", "e-bidding", "ก.พ. 2568"]]
    make_pdf("files/procurement/plan-2568-rev1.pdf", "แผนการจัดซื้อจัดจ้าง 2568 ฉบับปรับปรุง ครั้งที่ 1",
             ["## แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (ฉบับปรับปรุง ครั้งที่ ๑ ๒๐ ธันวาคม ๒๕๖๗)"],
             table=t1, col_widths=[40, 300, 100, 100, 160])
    t2 = [list(r) for r in t1]
    t2[3][2] = "1,290,000"
    t2.append(["6", "ซื้อรถเข็นมูลฝอย 40 คัน", "320,000", "เฉพาะเจาะจง", "เม.ย. 2568"])
    make_pdf("files/procurement/plan-2568-rev2.pdf", "แผนการจัดซื้อจัดจ้าง 2568 ฉบับปรับปรุง ครั้งที่ 2",
             ["## แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (ฉบับปรับปรุง ครั้งที่ ๒ ๑๔ มีนาคม ๒๕๖๘)",
              "ปรับปรุงกลางปี: ลดวงเงินรายการที่ ๓ และเพิ่มรายการที่ ๖"],
             table=t2, col_widths=[40, 300, 100, 100, 160])
    ann = [("ann-01", "ประกาศประกวดราคาจ้างเหมาขุดลอกคลองบางมด ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "๒ ธันวาคม ๒๕๖๗"),
           ("ann-02", "ประกาศผู้ชนะการเสนอราคา จ้างเหมาขุดลอกคลองบางมด", "๒๔ ธันวาคม ๒๕๖๗"),
           ("ann-03", "ประกาศประกวดราคาจ้างซ่อมทางเท้าซอยพุทธบูชา ๓๖", "๑๕ มกราคม ๒๕๖๘"),
           ("ann-04", "ประกาศผู้ชนะการเสนอราคา จ้างซ่อมทางเท้าซอยพุทธบูชา ๓๖", "๓ มีนาคม ๒๕๖๘"),
           ("ann-05", "ประกาศผู้ชนะการเสนอราคา ซื้อเครื่องคอมพิวเตอร์ ๑๒ ชุด โดยวิธีเฉพาะเจาะจง", "๒๐ มีนาคม ๒๕๖๘")]
    for slug, t, dt in ann:
        make_pdf(f"files/procurement/{slug}.pdf", t,
                 ["## ประกาศสำนักงานเขตทุ่งครุ", "## เรื่อง " + t,
                  "สำนักงานเขตทุ่งครุ ดำเนินการตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐ "
                  "รายละเอียดตามเอกสารประกวดราคาที่เผยแพร่ในระบบ e-GP และระบบ e-GPBMA",
                  f"ประกาศ ณ วันที่ {dt}", DIRECTOR + " ผู้อำนวยการเขตทุ่งครุ"])
    cols = ["ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อ หรือจ้าง (บาท)", "ราคากลาง (บาท)",
            "วิธีซื้อ หรือจ้าง", "รายชื่อผู้เสนอราคา และราคาที่เสนอ", "ผู้ได้รับการคัดเลือก และราคาที่ตกลง",
            "เหตุผลที่คัดเลือก โดยสรุป", "เลขที่และวันที่ ของสัญญาหรือข้อตกลง", "เลขที่โครงการ e-GP"]
    cw = [34, 116, 62, 56, 66, 108, 108, 78, 92, 66]
    monthly = {
        "2567-10": ("ตุลาคม ๒๕๖๗", [
            ["1", "ซื้อวัสดุงานบ้านงานครัว", "180,000", "180,000", "เฉพาะเจาะจง", "หจก. รุ่งเรืองภัณฑ์ 176,500", "หจก. รุ่งเรืองภัณฑ์ 176,500", "ราคาต่ำสุด คุณสมบัติครบ", "ใบสั่งซื้อ 1/2568 ลว. 18 ต.ค. 67", "67109123456"],
            ["2", "จ้างซ่อมเครื่องปรับอากาศ 4 เครื่อง", "24,000", "24,000", "เฉพาะเจาะจง", "ร้านเย็นฉ่ำแอร์ 23,800", "ร้านเย็นฉ่ำแอร์ 23,800", "ราคาต่ำสุด", "ใบสั่งจ้าง 2/2568 ลว. 25 ต.ค. 67", "67109234567"]]),
        "2567-11": ("พฤศจิกายน ๒๕๖๗", [
            ["1", "ซื้อน้ำมันเชื้อเพลิง", "95,000", "95,000", "เฉพาะเจาะจง", "บจก. ปั๊มบางมด 95,000", "บจก. ปั๊มบางมด 95,000", "ผู้ค้ารายเดียวในพื้นที่", "ใบสั่งซื้อ 5/2568 ลว. 4 พ.ย. 67", "67119011223"],
            ["2", "จ้างพิมพ์เอกสารประชาสัมพันธ์", "12,500", "12,500", "เฉพาะเจาะจง", "ร้านทุ่งครุการพิมพ์ 12,000", "ร้านทุ่งครุการพิมพ์ 12,000", "ราคาต่ำสุด", "ใบสั่งจ้าง 7/2568 ลว. 20 พ.ย. 67", "67119022334"]]),
        "2567-12": ("ธันวาคม ๒๕๖๗", [
            ["1", "จ้างเหมาขุดลอกคลองบางมด", "2,400,000", "2,385,000", "e-bidding", "บจก. คลองใส 2,298,000 / หจก. ชลธาร 2,341,000 / บจก. พัฒนาน้ำ 2,377,500", "บจก. คลองใส 2,298,000", "ราคาต่ำสุด ถูกต้องตามเงื่อนไข", "สัญญา 3/2568 ลว. 27 ธ.ค. 67", "67129055661"],
            ["2", "ซื้อวัสดุไฟฟ้า", "48,000", "48,000", "เฉพาะเจาะจง", "ร้านแสงไฟ 47,200", "ร้านแสงไฟ 47,200", "ราคาต่ำสุด", "ใบสั่งซื้อ 11/2568 ลว. 10 ธ.ค. 67", "67129066772"]]),
        "2568-01": ("มกราคม ๒๕๖๘", [
            ["1", "ซื้อวัสดุสำนักงาน", "36,000", "36,000", "เฉพาะเจาะจง", "หจก. เครื่องเขียนไทย 35,420", "หจก. เครื่องเขียนไทย 35,420", "ราคาต่ำสุด", "ใบสั่งซื้อ 14/2568 ลว. 9 ม.ค. 68", "68019012345"],
            ["2", "จ้างเหมาตัดหญ้าริมคลอง", "60,000", "58,500", "เฉพาะเจาะจง", "นายสมปอง ใจดี 58,000", "นายสมปอง ใจดี 58,000", "ราคาต่ำสุด มีประสบการณ์", "ใบสั่งจ้าง 16/2568 ลว. 22 ม.ค. 68", "68019023456"]]),
        "2568-02": ("กุมภาพันธ์ ๒๕๖๘", None),
        "2568-03": ("มีนาคม ๒๕๖๘", [
            ["1", "ซื้อเครื่องคอมพิวเตอร์ 12 ชุด", "264,000", "262,800", "เฉพาะเจาะจง", "บจก. ไอทีบางมด 259,800", "บจก. ไอทีบางมด 259,800", "ราคาต่ำสุด คุณลักษณะครบ", "สัญญา 21/2568 ลว. 24 มี.ค. 68", "68039088990"],
            ["2", "จ้างซ่อมรถบรรทุกขยะ", "42,000", "42,000", "เฉพาะเจาะจง", "อู่ช่างเอก 41,500", "อู่ช่างเอก 41,500", "ราคาต่ำสุด", "ใบสั่งจ้าง 22/2568 ลว. 28 มี.ค. 68", "68039099001"],
            ["3", "จ้างซ่อมทางเท้าซอยพุทธบูชา 36", "1,290,000", "1,284,000", "e-bidding", "หจก. ทางดี 1,219,000 / บจก. ศิลาไทย 1,247,500", "หจก. ทางดี 1,219,000", "ราคาต่ำสุด ถูกต้องตามเงื่อนไข", "สัญญา 19/2568 ลว. 11 มี.ค. 68", "68019044556"]]),
    }
    for key, (mname, rows_) in monthly.items():
        head = ["## แบบ สขร.๑ สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน " + mname,
                "## สำนักงานเขตทุ่งครุ กรุงเทพมหานคร"]
        if rows_ is None:
            make_pdf(f"files/procurement/skr1-{key}.pdf", f"สขร.1 {mname}",
                     head + ["ในรอบเดือน" + mname + " ไม่มีการจัดซื้อจัดจ้าง",
                             "รับรองข้อมูล ณ วันที่ ๕ มีนาคม ๒๕๖๘ หัวหน้าฝ่ายการคลัง"])
            continue
        make_pdf(f"files/procurement/skr1-{key}.pdf", f"สขร.1 {mname}", head,
                 table=[cols] + rows_, col_widths=cw)
    # January: original cancelled (wrong contract number) + corrected
    jan_bad = [list(r) for r in monthly["2568-01"][1]]
    jan_bad[1][8] = "ใบสั่งจ้าง 61/2568 ลว. 22 ม.ค. 68"
    make_pdf("files/procurement/skr1-2568-01-old.pdf", "สขร.1 มกราคม 2568 ฉบับเดิม",
             ["## แบบ สขร.๑ สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน มกราคม ๒๕๖๘ (ฉบับเดิม)"],
             table=[cols] + jan_bad, col_widths=cw, stamp="ยกเลิก")
    os.replace(out("files/procurement/skr1-2568-01.pdf"), out("files/procurement/skr1-2568-01-rev1.pdf"))
    make_pdf("files/procurement/erratum-skr1-2567-12.pdf", "ประกาศแก้ไขคำผิด สขร.1 ธันวาคม 2567",
             ["## ประกาศแก้ไขคำผิด", "## สรุปผลการจัดซื้อจัดจ้าง เดือนธันวาคม ๒๕๖๗",
              "ลำดับที่ ๒ ชื่อผู้ขายพิมพ์ผิดเป็น ร้านแสงใจ ที่ถูกต้องคือ ร้านแสงไฟ",
              "ประกาศ ณ วันที่ ๘ มกราคม ๒๕๖๘"])
    make_xlsx("files/procurement/skr1-2568-03.xlsx",
              [("มี.ค. 68", [["สขร.1 มีนาคม 2568 สำนักงานเขตทุ่งครุ"], cols] + monthly["2568-03"][1])])

    # ---------------- O16 HR: cancelled 2563 + draft 2568
    hr = ["# หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล สำนักงานเขตทุ่งครุ",
          "๑. การสรรหาและคัดเลือก ๒. การแต่งตั้งโยกย้าย ๓. การพัฒนาบุคลากร ๔. การประเมินผลและให้คุณให้โทษ ๕. การสร้างขวัญกำลังใจ"]
    make_pdf("files/hr/hr-criteria-2563.pdf", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล 2563",
             ["## หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล พ.ศ. ๒๕๖๓",
              hr[1], "ลงนาม ผู้อำนวยการเขตทุ่งครุ (ขณะนั้น) ๑๒ มีนาคม ๒๕๖๓",
              "หมายเหตุ: ยกเลิกตามหนังสือสำนักงาน ก.ก. ลงวันที่ ๓ ตุลาคม ๒๕๖๗"], stamp="ยกเลิก")
    make_docx("files/hr/hr-criteria-2568-draft.docx", "ร่าง หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล 2568",
              ["ร่าง - อยู่ระหว่างเสนอผู้อำนวยการเขตลงนาม", hr[0] + " (ร่าง) พ.ศ. ๒๕๖๘", hr[1],
               "ลงชื่อ ............................. (ยังไม่ได้ลงนาม)"],
              header_note="ร่าง ห้ามอ้างอิง")

    # ---------------- O17 complaint stats FY2568
    cs = [["ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ สำนักงานเขตทุ่งครุ ปีงบประมาณ พ.ศ. 2568 (ฉบับแก้ไข ครั้งที่ 1)"],
          ["เดือน", "จำนวนเรื่องที่รับ", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ", "ไม่อยู่ในอำนาจ/ส่งต่อ", "หมายเหตุ"]]
    vals = [(0, 0, 0, 0, "ไม่มีเรื่องร้องเรียน"), (0, 0, 0, 0, "ไม่มีเรื่องร้องเรียน"), (1, 1, 0, 0, "กล่าวหาเรียกรับเงินตรวจร้านอาหาร - ไม่มีมูล"),
            (0, 0, 0, 0, "ไม่มีเรื่องร้องเรียน"), (0, 0, 0, 0, "ไม่มีเรื่องร้องเรียน"), (1, 0, 1, 0, "เรื่องการจ้างเหมาตัดหญ้า - อยู่ระหว่างสอบข้อเท็จจริง")]
    for m, v in zip(months68, vals):
        cs.append([m, *v])
    cs.append(["รวม", 2, 1, 1, 0, "ข้อมูล ณ 3 เมษายน 2568"])
    make_xlsx("files/complaint/corruption-stat-2568-rev1.xlsx", [("ปีงบ 2568", cs)])
    make_pdf("files/complaint/corruption-stat-2567.pdf", "สถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ 2567",
             ["## ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
              "ตลอดปีงบประมาณ พ.ศ. ๒๕๖๗ ได้รับเรื่องร้องเรียน ๓ เรื่อง ดำเนินการแล้วเสร็จทั้ง ๓ เรื่อง"])

    # ---------------- O18 anti-bribery, 2566 edition only
    make_pdf("files/integrity/anti-bribery-2566.pdf", "ประกาศนโยบายต่อต้านการรับสินบน 2566",
             ["## ประกาศสำนักงานเขตทุ่งครุ",
              "## เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)",
              "สำนักงานเขตทุ่งครุ ไม่ยอมรับการให้หรือรับสินบนทุกรูปแบบ บุคลากรทุกคนต้องไม่เรียก รับ หรือยอมจะรับทรัพย์สินหรือประโยชน์อื่นใด "
              "เพื่อกระทำหรือไม่กระทำการในหน้าที่ และต้องรายงานเมื่อพบเห็นการเสนอให้สินบน",
              "ประกาศ ณ วันที่ ๑๕ พฤศจิกายน พ.ศ. ๒๕๖๖",
              OLD_DIRECTOR, "ผู้อำนวยการเขตทุ่งครุ"])
    make_pdf("files/integrity/anti-bribery-report-2567.pdf", "รายงานผลการนำนโยบายต่อต้านสินบนสู่การปฏิบัติ 2567",
             ["## รายงานผลการนำนโยบายต่อต้านการรับสินบนไปสู่การปฏิบัติ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
              "จัดอบรมบุคลากร ๒ ครั้ง ผู้เข้าร่วม ๒๑๔ คน ติดประกาศ No Gift Policy ทุกจุดบริการ ไม่พบกรณีการรับสินบน"])

    # ---------------- O19 risk
    risk = [["การประเมินความเสี่ยงต่อการรับสินบน สำนักงานเขตทุ่งครุ ประจำปีงบประมาณ พ.ศ. 2568 (ฉบับแก้ไข ครั้งที่ 1)"],
            ["กระบวนงาน", "เหตุการณ์ความเสี่ยง", "โอกาส (1-5)", "ผลกระทบ (1-5)", "ระดับ", "มาตรการควบคุม", "ผู้รับผิดชอบ"],
            ["การออกใบอนุญาตจำหน่ายอาหาร", "เรียกรับเงินเพื่อเร่งรัดการออกใบอนุญาต", 3, 4, "สูง", "กำหนดระยะเวลามาตรฐาน ตรวจร่วม 2 คน", "ฝ่ายสิ่งแวดล้อมฯ"],
            ["การตรวจอาคาร", "รับประโยชน์เพื่อละเว้นการสั่งระงับ", 2, 5, "สูง", "สุ่มตรวจซ้ำโดยหัวหน้าฝ่าย", "ฝ่ายโยธา"],
            ["การจัดเก็บภาษีป้าย", "ประเมินภาษีต่ำกว่าความจริง", 2, 3, "ปานกลาง", "ตรวจสอบภาพถ่ายป้ายทุกราย", "ฝ่ายรายได้"],
            ["การจัดระเบียบผู้ค้า", "เรียกรับเงินจากผู้ค้าหาบเร่", 3, 3, "ปานกลาง", "หมุนเวียนเจ้าหน้าที่ บันทึกภาพ", "ฝ่ายเทศกิจ"]]
    make_xlsx("files/integrity/bribery-risk-2568-rev1.xlsx", [("ประเมินความเสี่ยง 2568", risk)])
    make_pdf("files/integrity/bribery-risk-erratum.pdf", "ประกาศแก้ไขคำผิด การประเมินความเสี่ยงต่อการรับสินบน 2568",
             ["## ประกาศแก้ไขคำผิด", "ตารางประเมินความเสี่ยงต่อการรับสินบน ประจำปี ๒๕๖๘ กระบวนงานการตรวจอาคาร "
              "ระบุผู้รับผิดชอบเป็นฝ่ายเทศกิจ ที่ถูกต้องคือ ฝ่ายโยธา", "ประกาศ ณ วันที่ ๓๐ มกราคม ๒๕๖๘"])
    make_pdf("files/integrity/bribery-risk-report-6m-2568.pdf",
             "รายงานผลการดำเนินการจัดการความเสี่ยงต่อการรับสินบน รอบ 6 เดือน 2568",
             ["## รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน",
              "## ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ รอบ ๖ เดือน (ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘)"],
             table=[["กระบวนงาน", "มาตรการ", "ผลการดำเนินงาน", "สถานะ"],
                    ["การออกใบอนุญาตจำหน่ายอาหาร", "ระยะเวลามาตรฐาน / ตรวจร่วม 2 คน", "ออกใบอนุญาต 184 ราย ภายในกำหนดทุกราย", "ดำเนินการแล้ว"],
                    ["การตรวจอาคาร", "สุ่มตรวจซ้ำโดยหัวหน้าฝ่าย", "สุ่มตรวจซ้ำ 22 จาก 110 ราย ไม่พบความผิดปกติ", "ดำเนินการแล้ว"],
                    ["การจัดเก็บภาษีป้าย", "ตรวจภาพถ่ายป้าย", "ตรวจแล้ว 1,906 ป้าย", "อยู่ระหว่างดำเนินการ"],
                    ["การจัดระเบียบผู้ค้า", "หมุนเวียนเจ้าหน้าที่", "หมุนเวียนทุก 2 เดือน", "ดำเนินการแล้ว"]],
             col_widths=[170, 200, 260, 110])

    # ---------------- O22 measures
    make_pdf("files/integrity/ita-measures-2567.pdf", "มาตรการยกระดับคุณธรรมและความโปร่งใส 2567",
             ["## มาตรการยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
              "จากผลการประเมิน ITA ๒๕๖๖ สำนักงานเขตทุ่งครุ ได้คะแนน ๘๙.๑๒"])
    make_pdf("files/integrity/ita-measures-2568-draft.pdf", "ร่าง มาตรการยกระดับคุณธรรม 2568",
             ["## (ร่าง) มาตรการยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"], stamp="ร่าง")
    make_pdf("files/integrity/ita-measures-2568.pdf", "มาตรการยกระดับคุณธรรมและความโปร่งใส 2568",
             ["## การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี ๒๕๖๗",
              "## และมาตรการยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
              "ผลคะแนนรวม ITA ๒๕๖๗ ของสำนักงานเขตทุ่งครุ ๙๑.๔๐ คะแนน (ผ่านดี) แบบ IIT ๙๔.๒๐ EIT ๙๓.๖๕ OIT ๘๗.๒๗",
              "ประเด็นที่ต้องปรับปรุง: OIT ข้อ O๙ สถิติการจัดเก็บภาษี และ O๑๕ การจัดซื้อจัดจ้าง ไม่เป็นปัจจุบัน",
              "มาตรการ ๑. มอบหมายผู้รับผิดชอบรายข้อ ตรวจสอบเว็บไซต์เดือนละ ๑ ครั้ง (ต.ค. ๖๗ - มี.ค. ๖๘)",
              "มาตรการ ๒. เผยแพร่สรุปผลการจัดซื้อจัดจ้างรายเดือน ภายในวันที่ ๑๐ ของเดือนถัดไป",
              "มาตรการ ๓. ประชาสัมพันธ์ช่องทางร้องเรียนการทุจริตทุกจุดบริการ",
              "ประกาศ ณ วันที่ ๒๑ พฤศจิกายน ๒๕๖๗", DIRECTOR + " ผู้อำนวยการเขตทุ่งครุ"])
    make_docx("files/integrity/ita-measures-report-6m-2568.docx",
              "รายงานผลการดำเนินงานตามมาตรการยกระดับคุณธรรม รอบ 6 เดือน 2568",
              ["# รายงานผลการดำเนินการตามมาตรการยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ รอบ ๖ เดือนแรก (ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘)"],
              table=[["มาตรการ", "ผลการดำเนินงาน", "ผู้รับผิดชอบ"],
                     ["ตรวจสอบเว็บไซต์รายเดือน", "ตรวจครบ 6 ครั้ง ปรับปรุงข้อมูล 14 รายการ", "ฝ่ายปกครอง"],
                     ["เผยแพร่ สขร.1 ภายในวันที่ 10", "เผยแพร่ตรงเวลา 5 จาก 6 เดือน (ม.ค. ออกฉบับแก้ไข)", "ฝ่ายการคลัง"],
                     ["ประชาสัมพันธ์ช่องทางร้องเรียน", "ติดป้าย QR code 9 จุดบริการ", "ฝ่ายปกครอง"]])

    # ---------------- noise docs
    make_pdf("files/jobs/job-2568-01.pdf", "ประกาศรับสมัครลูกจ้างชั่วคราว",
             ["## ประกาศสำนักงานเขตทุ่งครุ", "## เรื่อง รับสมัครบุคคลเพื่อจ้างเป็นลูกจ้างชั่วคราว ตำแหน่งพนักงานกวาด ๕ อัตรา",
              "รับสมัครระหว่างวันที่ ๑๗ - ๒๘ มีนาคม ๒๕๖๘ ณ ฝ่ายรักษาความสะอาดและสวนสาธารณะ"])
    make_pdf("files/jobs/job-2568-01-rev.pdf", "ประกาศแก้ไข เลื่อนวันสอบ",
             ["## ประกาศแก้ไข", "เลื่อนวันสอบปฏิบัติ จากวันที่ ๒ เมษายน ๒๕๖๘ เป็นวันที่ ๙ เมษายน ๒๕๖๘"])
    for i, (lbl, col) in enumerate([("ขุดลอกคลองบางมด ม.ค. ๒๕๖๘", (60, 110, 90)),
                                     ("Big Cleaning ตลาดทุ่งครุ", (120, 90, 60)),
                                     ("ตรวจสุขภาพผู้สูงอายุ ชุมชนบางมด", (70, 90, 140)),
                                     ("ปลูกต้นไม้ริมถนนพุทธบูชา", (40, 120, 60)),
                                     ("อบรม No Gift Policy บุคลากร", (110, 60, 110)),
                                     ("วันเด็กแห่งชาติ ๒๕๖๘", (160, 120, 40))]):
        make_pic(f"files/gallery/g{i+1}.jpg", lbl, col)
    make_pic("files/about/map.jpg", "แผนที่สำนักงานเขตทุ่งครุ ถนนพุทธบูชา", (90, 130, 160))
    return divs, execs, schools


# ================================================================ pages
def build_pages(divs, execs):
    # ---- home
    page("index.html", "หน้าหลัก", f"""
<p>ยินดีต้อนรับสู่เว็บไซต์ {DNAME} กรุงเทพมหานคร</p>
<h2 style="font-size:18px">ข่าวเด่น</h2>
<ul>
<li><a href="/news/n12.html">ผลการดำเนินงานไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๘</a> (๑๘ เม.ย. ๒๕๖๘)</li>
<li><a href="/news/n11.html">ชี้แจงหลักเกณฑ์การขอรับเงินอุดหนุนชุมชน ปี ๒๕๖๘</a> (๒๖ มี.ค. ๒๕๖๘)</li>
<li><a href="/jobs.html">ประกาศรับสมัครลูกจ้างชั่วคราว (มีประกาศแก้ไข)</a></li>
</ul>
<h2 style="font-size:18px">เมนูลัด</h2>
<table class="t"><tr>
<td><a href="/ita68">การเปิดเผยข้อมูลสาธารณะ (OIT) ๒๕๖๘</a></td>
<td><a href="/eservice.html">บริการออนไลน์ (E-Service)</a></td>
<td><a href="/procurement/">ข้อมูลจัดซื้อจัดจ้าง</a></td>
<td><a href="/complaint/">แจ้งเรื่องร้องเรียนการทุจริต</a></td>
</tr><tr>
<td><a href="/finance/">การเงินการคลัง / ภาษี</a></td>
<td><a href="/permit/tracking.html">ติดตามสถานะใบอนุญาต</a></td>
<td><a href="/education/">การศึกษา</a></td>
<td><a href="/tourism.html">ท่องเที่ยวทุ่งครุ</a></td>
</tr></table>
<p style="margin-top:18px">ติดตามเราได้ที่ <a href="https://www.facebook.com/thungkhru.district.example">Facebook เขตทุ่งครุ</a> และ Line OA @thungkhru</p>
""", crumb=None)

    # ---- about
    page("about/index.html", "ข้อมูลพื้นฐานของสำนักงานเขต", f"""
<p>เขตทุ่งครุ มีพื้นที่ประมาณ ๓๑ ตารางกิโลเมตร แบ่งเป็น ๒ แขวง คือ แขวงบางมด และแขวงทุ่งครุ
ประชากรตามทะเบียนราษฎร ณ ธันวาคม ๒๕๖๗ จำนวน ๑๑๘,๔๐๒ คน จำนวนชุมชน ๔๖ ชุมชน</p>
<ul>
<li><a href="/about/structure.html">โครงสร้างหน่วยงาน</a></li>
<li><a href="/about/executives.html">ข้อมูลผู้บริหาร</a></li>
<li><a href="/about/authority.html">อำนาจหน้าที่ และกฎหมายที่เกี่ยวข้อง</a></li>
<li><a href="/about/contact.html">ข้อมูลการติดต่อ</a></li>
<li><a href="/divisions/">ฝ่ายต่าง ๆ</a></li>
</ul>""", crumb="ข้อมูลพื้นฐาน")

    page("about/structure.html", "โครงสร้างหน่วยงาน", f"""
<p>เอกสารทุกฉบับยังคงเผยแพร่ไว้เพื่อการอ้างอิง โปรดใช้ฉบับที่ระบุว่า <b>ฉบับปัจจุบัน</b></p>
<table class="t">
<tr><th>ฉบับ</th><th>วันที่มีผล</th><th>ไฟล์</th></tr>
<tr><td>ฉบับเดิม พ.ศ. ๒๕๖๕ {vtag('cancel','ยกเลิก')}</td><td>๑ มิ.ย. ๒๕๖๕</td><td><a href="/files/about/structure-2565.pdf">PDF</a> | <a href="/files/about/structure-2565.png">ภาพ</a></td></tr>
<tr><td>ฉบับปรับปรุง ครั้งที่ ๑ {vtag('cancel','ถูกแทนที่')}</td><td>๑ ต.ค. ๒๕๖๖</td><td>(นำออกแล้ว)</td></tr>
<tr><td>ฉบับปรับปรุง ครั้งที่ ๒ {vtag('cur','ฉบับปัจจุบัน')}</td><td>๑ มี.ค. ๒๕๖๘</td><td><a href="/files/about/structure-rev2-2568.pdf">PDF</a></td></tr>
</table>
<p><img src="/files/about/structure-rev2-2568.png" alt="แผนภูมิโครงสร้างสำนักงานเขตทุ่งครุ ฉบับปรับปรุง ครั้งที่ ๒" style="max-width:100%"></p>
""", crumb='<a href="/about/">ข้อมูลพื้นฐาน</a> &rsaquo; โครงสร้าง', updated="๕ มีนาคม ๒๕๖๘")

    rows = ""
    for key, name, pos, tel, mail in execs[:2]:
        rows += f'<tr><td><img src="/files/about/exec-{key}.png" alt="{name}" width="120"></td><td><b>{name}</b><br>{pos}<br>โทร {tel}<br>อีเมล {mail}</td></tr>'
    rows += '<tr><td style="text-align:center;color:#999">(ไม่มีภาพ)</td><td><b>- ว่าง -</b><br>ผู้ช่วยผู้อำนวยการเขต (กำกับฝ่ายเทศกิจ ฝ่ายรักษาความสะอาดฯ ฝ่ายสิ่งแวดล้อมฯ)<br>ติดต่อ: ' + PHONE + '</td></tr>'
    key, name, pos, tel, mail = execs[2]
    rows += f'<tr><td><img src="/files/about/exec-{key}.png" alt="{name}" width="120"></td><td><b>{name}</b><br>{pos}<br>โทร {tel}<br>อีเมล {mail}</td></tr>'
    page("about/executives.html", "ข้อมูลผู้บริหาร", f"""
<table class="t">{rows}</table>
<p style="font-size:13px;color:#666">ผู้อำนวยการเขตคนก่อน: {OLD_DIRECTOR} (ย้ายไปดำรงตำแหน่งที่สำนักงานเขตอื่น ตั้งแต่ ๑ ธันวาคม ๒๕๖๗)</p>
""", crumb='<a href="/about/">ข้อมูลพื้นฐาน</a> &rsaquo; ผู้บริหาร', updated="๑ เมษายน ๒๕๖๘")

    page("about/authority.html", "อำนาจหน้าที่", """
<p>สำนักงานเขตมีอำนาจหน้าที่ตามพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘ และประกาศกรุงเทพมหานคร
เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต ได้แก่</p>
<ol>
<li>รักษาความสงบเรียบร้อย และดูแลความปลอดภัยของประชาชนในพื้นที่</li>
<li>งานทะเบียนราษฎร บัตรประจำตัวประชาชน และทะเบียนทั่วไป</li>
<li>จัดเก็บภาษีและรายได้ของกรุงเทพมหานคร</li>
<li>ดูแลทางเท้า ท่อระบายน้ำ คูคลอง และการควบคุมอาคาร</li>
<li>รักษาความสะอาด สวนสาธารณะ และการจัดการมูลฝอย</li>
<li>ส่งเสริมสุขภาพอนามัย สิ่งแวดล้อม และการพัฒนาชุมชน</li>
<li>บริหารจัดการโรงเรียนสังกัดกรุงเทพมหานครในพื้นที่</li>
</ol>
<h2 style="font-size:18px">กฎหมายที่เกี่ยวข้อง</h2>
<ul>
<li>พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘</li>
<li>พระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘</li>
<li>พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐</li>
<li>พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐</li>
</ul>""", crumb='<a href="/about/">ข้อมูลพื้นฐาน</a> &rsaquo; อำนาจหน้าที่', updated="๑๐ มกราคม ๒๕๖๘")

    page("about/contact.html", "ข้อมูลการติดต่อ", f"""
<table class="t">
<tr><th>ที่อยู่</th><td>{DNAME} {ADDR}</td></tr>
<tr><th>โทรศัพท์</th><td>{PHONE}</td></tr>
<tr><th>โทรสาร</th><td>{FAX}</td></tr>
<tr><th>อีเมล</th><td><a href="mailto:{EMAIL}">{EMAIL}</a></td></tr>
<tr><th>เวลาทำการ</th><td>จันทร์ - ศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น. (งานทะเบียนเปิดวันเสาร์ ๐๘.๓๐ - ๑๒.๐๐ น.)</td></tr>
</table>
<h2 style="font-size:18px">แผนที่</h2>
<p><img src="/files/about/map.jpg" alt="แผนที่" width="560"><br>
<a href="https://maps.google.com/?q=สำนักงานเขตทุ่งครุ">เปิดใน Google Maps</a></p>
""", crumb='<a href="/about/">ข้อมูลพื้นฐาน</a> &rsaquo; ติดต่อ', updated="๑๐ มกราคม ๒๕๖๘")

    # ---- divisions
    heads = ["นายธนพล รักษ์ถิ่น", "นางสาวปวีณา ทองมา", "นางอรุณี แสงเพชร", "นายชาตรี บุญยืน", "นายกิตติ ศักดิ์ดี",
             "นายสุรชัย พึ่งบุญ", "นายณัฐวุฒิ เกตุแก้ว", "นางพรทิพย์ มีสุข", "นางสาวรัตนา วงษ์ใหญ่", "นางจิราพร ใจงาม"]
    duty = ["งานธุรการ สารบรรณ งานบุคคล และประสานงานชุมชน", "ทะเบียนราษฎร บัตรประชาชน ทะเบียนทั่วไป",
            "งบประมาณ การเงิน บัญชี และพัสดุ", "จัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย",
            "ควบคุมอาคาร ทางเท้า ระบายน้ำ", "เก็บขนมูลฝอย กวาดถนน ดูแลสวน",
            "จัดระเบียบผู้ค้า ดูแลความเรียบร้อย", "สุขาภิบาลอาหาร อนามัยสิ่งแวดล้อม ใบอนุญาตสถานประกอบการ",
            "พัฒนาชุมชน สวัสดิการผู้สูงอายุ ผู้พิการ", "กำกับดูแลโรงเรียนสังกัดกรุงเทพมหานคร"]
    lis = ""
    for i, d in enumerate(divs):
        page(f"divisions/div{i+1:02d}.html", d.replace(" ", ""), f"""
<p><b>หัวหน้าฝ่าย:</b> {heads[i]}</p>
<p><b>ภารกิจ:</b> {duty[i]}</p>
<p>โทรศัพท์ {PHONE} ต่อ {th(110 + i)}</p>
<p><a href="/manuals/operations.html">คู่มือการปฏิบัติงานของฝ่าย</a></p>
""", crumb='<a href="/divisions/">ฝ่ายต่าง ๆ</a> &rsaquo; ' + d, updated="๒ กุมภาพันธ์ ๒๕๖๘")
        lis += f'<li><a href="/divisions/div{i+1:02d}.html">{d}</a></li>'
    page("divisions/index.html", "ฝ่ายต่าง ๆ ในสำนักงานเขต", f"<ul>{lis}</ul>", crumb="ฝ่ายต่าง ๆ")

    # ---- O2
    page("policy/governor.html", "นโยบายผู้ว่าราชการกรุงเทพมหานคร และแผนพัฒนากรุงเทพมหานคร", f"""
<p>สำนักงานเขตทุ่งครุ นำนโยบายผู้ว่าราชการกรุงเทพมหานคร ๙ ด้าน ๙ ดี และแผนพัฒนากรุงเทพมหานคร มาจัดทำแผนงานในพื้นที่</p>
<table class="t">
<tr><th>เอกสาร</th><th>สถานะ</th><th>ไฟล์</th></tr>
<tr><td>สรุปนโยบายผู้ว่าฯ และแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร ปี ๒๕๖๘</td><td>{vtag('draft','ร่าง')} ต.ค. ๒๕๖๗</td><td><a href="/files/policy/governor-policy-2568-draft.pdf">PDF</a></td></tr>
<tr><td>สรุปนโยบายผู้ว่าฯ และแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร ปี ๒๕๖๘</td><td>{vtag('cur','ฉบับปรับปรุง ครั้งที่ ๑')} ๒๐ ม.ค. ๒๕๖๘</td><td><a href="/files/policy/governor-policy-2568-rev1.pdf">PDF</a></td></tr>
<tr><td>แผนพัฒนาสำนักงานเขตทุ่งครุ ประจำปี ๒๕๖๘</td><td>{vtag('cur','อนุมัติแล้ว')}</td><td><a href="/files/policy/district-dev-plan-2568.docx">DOCX</a></td></tr>
</table>
<p>ลิงก์ภายนอก: <a href="https://www.bangkok.go.th/">นโยบายผู้ว่าราชการกรุงเทพมหานคร (เว็บไซต์กรุงเทพมหานคร)</a></p>
""", crumb="นโยบายและแผน", updated="๒๐ มกราคม ๒๕๖๘")

    # ---- O3
    page("education/index.html", "การศึกษา", f"""
<p>ฝ่ายการศึกษา สำนักงานเขตทุ่งครุ ดูแลสถานศึกษาในพื้นที่ ทั้งด้านการจัดการเรียนการสอน อาหารกลางวัน และอาคารเรียน</p>
<h2 style="font-size:18px">ข้อมูลสถานศึกษา (ดาวน์โหลด)</h2>
<ul>
<li>ข้อมูลสถานศึกษา ปีการศึกษา ๒๕๖๗ ฉบับเดิม {vtag('cancel','ยกเลิก - เบอร์โทรศัพท์ไม่ถูกต้อง')} <a href="/files/education/bma-schools-2567.xlsx">XLSX</a></li>
<li>ข้อมูลสถานศึกษา ปีการศึกษา ๒๕๖๗ ฉบับแก้ไข ครั้งที่ ๑ (ม.ค. ๒๕๖๘) {vtag('cur','ฉบับปัจจุบัน')} <a href="/files/education/bma-schools-2567-rev1.xlsx">XLSX</a></li>
</ul>
<h2 style="font-size:18px">กิจกรรม</h2>
<p>โครงการอาหารกลางวัน และโครงการเรียนว่ายน้ำภาคฤดูร้อน ๒๕๖๘ ดูรายละเอียดได้ที่ <a href="/news/">ข่าวประชาสัมพันธ์</a></p>
""", crumb="การศึกษา", updated="๑๒ มกราคม ๒๕๖๘")

    # ---- O4 news
    news = [
        ("n03", "๒๐ ก.ย. ๒๕๖๖", "สรุปผลการดำเนินงานประจำปีงบประมาณ ๒๕๖๖", "ดำเนินโครงการตามแผนได้ร้อยละ ๙๖"),
        ("n04", "๘ ม.ค. ๒๕๖๗", "ผลการจัดเก็บขยะอินทรีย์ ไตรมาส ๑/๒๕๖๗", "จัดเก็บขยะอินทรีย์ได้ ๑๒๐ ตัน"),
        ("n05", "๑๕ ก.ค. ๒๕๖๗", "เปิดใช้ทางเท้าใหม่ถนนพุทธบูชา", "ซ่อมแซมแล้วเสร็จระยะแรก ๖๐๐ เมตร"),
        ("n06", "๒๙ ก.ย. ๒๕๖๗", "สรุปผลการดำเนินงานประจำปีงบประมาณ ๒๕๖๗", "ดำเนินการตามตัวชี้วัดครบทุกข้อ รายละเอียดในรายงานประจำปี"),
        ("n07", "๒๑ ต.ค. ๒๕๖๗", "เริ่มขุดลอกคลองบางมด ปีงบประมาณ ๒๕๖๘", "เริ่มดำเนินการช่วงแรก ๒.๓ กิโลเมตร"),
        ("n08", "๑๐ ม.ค. ๒๕๖๘", "ผลการดำเนินงานไตรมาสที่ ๑ ปีงบประมาณ ๒๕๖๘", "ติดตั้งไฟส่องสว่าง ๔๒ จุด ขุดลอกคลอง ๓.๑ กิโลเมตร ตรวจร้านอาหาร ๑๒๖ ร้าน"),
        ("n09", "๑๔ ก.พ. ๒๕๖๘", "ประชุมชี้แจงบุคลากรเรื่องการใช้ดุลยพินิจของเจ้าหน้าที่", "ผู้อำนวยการเขตเป็นประธานการประชุม หัวหน้าฝ่ายทุกฝ่ายร่วมหารือเพื่อเตรียมจัดทำแนวทางการปฏิบัติในการใช้ดุลยพินิจ ซึ่งจะเผยแพร่เมื่อจัดทำแล้วเสร็จ"),
        ("n10", "๕ มี.ค. ๒๕๖๘", "Big Cleaning Day ตลาดทุ่งครุ", "ล้างทำความสะอาดตลาดและทางเท้าโดยรอบ ร่วมกับผู้ค้า ๘๐ ราย"),
        ("n11", "๒๖ มี.ค. ๒๕๖๘", "ชี้แจงหลักเกณฑ์การขอรับเงินอุดหนุนชุมชน ปี ๒๕๖๘", "ฝ่ายพัฒนาชุมชนฯ ชี้แจงประธานชุมชนเรื่องขั้นตอนการยื่นโครงการขอรับเงินอุดหนุน ชุมชนที่สนใจยื่นเอกสารได้ถึง ๓๐ เมษายน ๒๕๖๘"),
        ("n12", "๑๘ เม.ย. ๒๕๖๘", "ผลการดำเนินงานไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๘", "ขุดลอกคลองครบ ๘.๕ กิโลเมตร ติดตั้งไฟส่องสว่างครบ ๑๒๐ จุด ให้บริการทะเบียนราษฎร ๙,๘๑๒ ราย"),
    ]
    for i, (slug, dt, t, body) in enumerate(news):
        img = f'<p><img src="/files/gallery/g{(i % 6) + 1}.jpg" width="480" alt=""></p>' if i >= 4 else ""
        page(f"news/{slug}.html", t, f"<p style='color:#777'>วันที่ {dt}</p><p>{body}</p>{img}",
             crumb='<a href="/news/">ข่าวประชาสัมพันธ์</a>', updated=dt)

    def news_list(items):
        return "<table class='t'><tr><th>วันที่</th><th>หัวข้อ</th></tr>" + "".join(
            f'<tr><td>{dt}</td><td><a href="/news/{s}.html">{t}</a></td></tr>' for s, dt, t, _ in items) + "</table>"
    page("news/index.html", "ข่าวประชาสัมพันธ์ / ผลการดำเนินงาน",
         "<p>เรียงตามวันที่ (เก่าไปใหม่) หน้า ๑ จาก ๒</p>" + news_list(news[:4]) +
         '<p><a href="/news/page2.html">หน้าถัดไป &raquo;</a></p>', crumb="ข่าวประชาสัมพันธ์")
    page("news/page2.html", "ข่าวประชาสัมพันธ์ / ผลการดำเนินงาน (หน้า ๒)",
         "<p>เรียงตามวันที่ (เก่าไปใหม่) หน้า ๒ จาก ๒</p>" + news_list(news[4:]) +
         '<p><a href="/news/">&laquo; หน้าก่อน</a></p>', crumb='<a href="/news/">ข่าวประชาสัมพันธ์</a> &rsaquo; หน้า ๒')

    # ---- O5
    page("plan/index.html", "แผนปฏิบัติราชการ และรายงานผลการปฏิบัติราชการประจำปี", f"""
<h2 style="font-size:18px">แผนปฏิบัติราชการประจำปี</h2>
<table class="t">
<tr><th>เอกสาร</th><th>สถานะ</th><th>ไฟล์</th></tr>
<tr><td>แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗</td><td>{vtag('cur','อนุมัติ ๒๕ ต.ค. ๒๕๖๖')}</td><td><a href="/files/plan/action-plan-2567.pdf">PDF</a></td></tr>
<tr><td>แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๘</td><td>{vtag('draft','ร่าง - รับฟังความคิดเห็น')} ก.ย. ๒๕๖๗</td><td><a href="/files/plan/action-plan-2568-draft.docx">DOCX</a></td></tr>
</table>
<h2 style="font-size:18px">รายงานผลการปฏิบัติราชการประจำปี</h2>
<table class="t">
<tr><th>เอกสาร</th><th>สถานะ</th><th>ไฟล์</th></tr>
<tr><td>รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (ฉบับเดิม ๒๐ ธ.ค. ๒๕๖๗)</td><td>{vtag('cancel','ยกเลิก')}</td><td><a href="/files/plan/annual-report-2567.pdf">PDF</a></td></tr>
<tr><td>รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ฉบับแก้ไข (ออกใหม่ ๑๗ ก.พ. ๒๕๖๘)</td><td>{vtag('cur','ฉบับปัจจุบัน')}</td><td><a href="/files/plan/annual-report-2567-corrected.pdf">PDF</a></td></tr>
</table>
""", crumb="แผนและรายงาน", updated="๑๗ กุมภาพันธ์ ๒๕๖๘")

    # ---- O6
    rows = ""
    for i, d in enumerate(divs):
        slug = f"div{i+1:02d}"
        if i in (1, 4):
            cell = (f'ฉบับเดิม {vtag("cancel","ยกเลิก")} <a href="/files/manuals/ops-{slug}-old.pdf">เปิดเอกสาร</a><br>'
                    f'ฉบับปรับปรุง ครั้งที่ ๑ (ธ.ค. ๒๕๖๗) <a href="/files/manuals/ops-{slug}-rev1.pdf">เปิดเอกสาร</a>')
        elif i in (3, 8):
            cell = f'<a href="/files/manuals/ops-{slug}.docx">เปิดเอกสาร</a> (DOCX)'
        else:
            cell = f'<a href="/files/manuals/ops-{slug}.pdf">เปิดเอกสาร</a>'
        rows += f"<tr><td>{th(i+1)}</td><td>{d}</td><td>{cell}</td></tr>"
    page("manuals/operations.html", "คู่มือการปฏิบัติหน้าที่ / คู่มือการปฏิบัติงาน",
         f"<table class='t'><tr><th>ลำดับ</th><th>ฝ่าย</th><th>คู่มือ</th></tr>{rows}</table>",
         crumb="คู่มือการปฏิบัติงาน", updated="๑๖ ธันวาคม ๒๕๖๗")

    # ---- O7 (rev2 link is dead)
    page("manuals/services.html", "คู่มือการให้บริการประชาชน", f"""
<p>คู่มือสำหรับประชาชนตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘</p>
<table class="t">
<tr><th>ฉบับ</th><th>สถานะ</th><th>ไฟล์</th></tr>
<tr><td>คู่มือสำหรับประชาชน ฉบับเดิม พ.ศ. ๒๕๕๘</td><td>{vtag('cancel','ยกเลิก ตั้งแต่ ๑ พ.ย. ๒๕๖๗')}</td><td><a href="/files/manuals/service-manual-2558.pdf">PDF</a></td></tr>
<tr><td>คู่มือสำหรับประชาชน ฉบับปรับปรุง ครั้งที่ ๑ (๒๕๖๕)</td><td>{vtag('cancel','ถูกแทนที่')}</td><td>-</td></tr>
<tr><td>คู่มือสำหรับประชาชน ฉบับปรับปรุง ครั้งที่ ๒ (พ.ย. ๒๕๖๗) ครอบคลุมงานทะเบียน งานใบอนุญาต งานภาษี</td><td>{vtag('cur','ฉบับปัจจุบัน')}</td><td><a href="/files/manuals/service-manual-rev2-2567.pdf">PDF</a></td></tr>
</table>
""", crumb="คู่มือสำหรับประชาชน", updated="๑ พฤศจิกายน ๒๕๖๗")

    # ---- O8
    page("eservice.html", "บริการออนไลน์ (E-Service)", f"""
<table class="t">
<tr><th>บริการ</th><th>รายละเอียด</th></tr>
<tr><td><a href="https://bmaq.bangkok.go.th/">BMA Q จองคิวออนไลน์</a></td><td>จองคิวงานทะเบียนราษฎรและบัตรประชาชนล่วงหน้า</td></tr>
<tr><td><a href="https://traffy.in.th/">Traffy Fondue</a></td><td>แจ้งปัญหาเมือง ไฟดับ ทางเท้าชำรุด ขยะตกค้าง</td></tr>
<tr><td><a href="/eservice-form.html">แบบคำร้องออนไลน์ของสำนักงานเขต</a></td><td>ขอคัดสำเนาเอกสาร ขอใช้สถานที่ ขอรถดูดสิ่งปฏิกูล</td></tr>
<tr><td><a href="https://epayment.bangkok.go.th/">ชำระภาษีออนไลน์</a></td><td>ชำระภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย</td></tr>
</table>
<p style="background:#fff6e0;padding:8px">ประกาศ: ระบบจองคิวออนไลน์เดิมของสำนักงานเขต (ฉบับทดลอง ๒๕๖๖) {vtag('cancel','ยกเลิกการใช้งาน')} ตั้งแต่ ๑ ตุลาคม ๒๕๖๗ โปรดใช้ BMA Q แทน</p>
""", crumb="บริการออนไลน์", updated="๓ ตุลาคม ๒๕๖๗")
    page("eservice-form.html", "แบบคำร้องออนไลน์", """
<form action="/eservice-form.html" method="get">
<p>ชื่อ - นามสกุล <input name="name"></p>
<p>เลขประจำตัวประชาชน <input name="pid"></p>
<p>ประเภทคำร้อง <select name="type"><option>ขอคัดสำเนาเอกสาร</option><option>ขอใช้สถานที่</option><option>ขอรถดูดสิ่งปฏิกูล</option><option>ร้องเรียน</option></select></p>
<p>รายละเอียด <textarea name="detail"></textarea></p>
<p>โทรศัพท์ <input name="tel"> อีเมล <input name="email"></p>
<p><button type="submit">ส่งคำร้อง</button></p>
</form><p>เจ้าหน้าที่จะติดต่อกลับภายใน ๓ วันทำการ</p>""", crumb='<a href="/eservice.html">บริการออนไลน์</a> &rsaquo; แบบคำร้อง')

    # ---- finance
    page("finance/index.html", "การเงินการคลัง", """
<ul>
<li><a href="/finance/tax.html">ข้อมูลสถิติการจัดเก็บภาษี</a></li>
<li><a href="/finance/revenue.html">ข้อมูลสถิติการจัดเก็บรายได้</a></li>
<li><a href="/finance/budget-plan.html">แผนการใช้จ่ายงบประมาณ และรายงานผลการใช้จ่ายงบประมาณ</a></li>
<li><a href="/finance/budget.html">ข้อมูลงบประมาณ / ข้อบัญญัติงบประมาณ</a></li>
<li><a href="/procurement/">การจัดซื้อจัดจ้าง</a></li>
</ul>""", crumb="การเงินการคลัง")
    page("finance/tax.html", "ข้อมูลสถิติการจัดเก็บภาษี", f"""
<p>ฝ่ายรายได้ เผยแพร่ข้อมูลการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย</p>
<table class="t">
<tr><th>เอกสาร</th><th>ปรับปรุงเมื่อ</th><th>ไฟล์</th></tr>
<tr><td>สถิติการจัดเก็บภาษี ปีงบประมาณ พ.ศ. ๒๕๖๗ ฉบับแก้ไข ครั้งที่ ๑</td><td>๑๔ ก.พ. ๒๕๖๘</td><td><a href="/files/finance/tax-stat-2567-rev1.xlsx">XLSX</a></td></tr>
<tr><td>ประกาศแก้ไขคำผิด ข้อมูลสถิติการจัดเก็บภาษี</td><td>๑๔ ก.พ. ๒๕๖๘</td><td><a href="/files/finance/tax-erratum-2568.pdf">PDF</a></td></tr>
</table>
""", crumb='<a href="/finance/">การเงินการคลัง</a> &rsaquo; สถิติภาษี', updated="๑๔ กุมภาพันธ์ ๒๕๖๘")
    page("finance/revenue.html", "ข้อมูลสถิติการจัดเก็บรายได้", f"""
<p>รายได้ที่มิใช่ภาษี ปีงบประมาณ พ.ศ. ๒๕๖๘ (เรียงตามลำดับการเผยแพร่)</p>
<table class="t">
<tr><th>ฉบับ</th><th>ช่วงข้อมูล</th><th>ไฟล์</th></tr>
<tr><td>ฉบับเดิม {vtag('cancel','ถูกแทนที่')}</td><td>ต.ค. - ธ.ค. ๒๕๖๗</td><td><a href="/files/finance/revenue-2568-q1.xlsx">XLSX</a></td></tr>
<tr><td>ฉบับปรับปรุง ครั้งที่ ๑ {vtag('cancel','ถูกแทนที่')}</td><td>ต.ค. ๒๕๖๗ - ก.พ. ๒๕๖๘</td><td><a href="/files/finance/revenue-2568-rev1.xlsx">XLSX</a></td></tr>
<tr><td>ฉบับปรับปรุง ครั้งที่ ๒ {vtag('cur','ล่าสุด')}</td><td>ต.ค. ๒๕๖๗ - มี.ค. ๒๕๖๘</td><td><a href="/download.php?id=10">ดาวน์โหลด</a></td></tr>
</table>
""", crumb='<a href="/finance/">การเงินการคลัง</a> &rsaquo; สถิติรายได้', updated="๕ เมษายน ๒๕๖๘")
    page("finance/budget-plan.html", "แผนการใช้จ่ายงบประมาณประจำปี และรายงานผลการใช้จ่ายงบประมาณ", f"""
<table class="t">
<tr><th>เอกสาร</th><th>สถานะ</th><th>ไฟล์</th></tr>
<tr><td>แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ฉบับเดิม</td><td>{vtag('cancel','ถูกแทนที่')}</td><td><a href="/files/finance/spending-plan-2568.xlsx">XLSX</a></td></tr>
<tr><td>แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ฉบับปรับปรุง ครั้งที่ ๑ (ม.ค. ๒๕๖๘)</td><td>{vtag('cur','ฉบับปัจจุบัน')}</td><td><a href="/files/finance/spending-plan-2568-rev1.xlsx">XLSX</a></td></tr>
<tr><td>รายงานผลการใช้จ่ายงบประมาณ ปีงบประมาณ พ.ศ. ๒๕๖๗</td><td>รอบ ๖ เดือน</td><td><a href="/files/finance/spending-report-2567-6m.pdf">PDF</a></td></tr>
</table>
""", crumb='<a href="/finance/">การเงินการคลัง</a> &rsaquo; แผนการใช้จ่าย', updated="๒๒ มกราคม ๒๕๖๘")
    page("finance/budget.html", "ข้อมูลงบประมาณ และข้อบัญญัติงบประมาณ", f"""
<h2 style="font-size:18px">งบประมาณที่ได้รับจัดสรร ปีงบประมาณ พ.ศ. ๒๕๖๘</h2>
<table class="t">
<tr><th>แผนงาน</th><th>งบประมาณ (บาท)</th></tr>
<tr><td>บริหารทั่วไป</td><td style="text-align:right">๗๔,๓๑๐,๐๐๐</td></tr>
<tr><td>รักษาความสะอาด</td><td style="text-align:right">๒๘,๙๐๐,๐๐๐</td></tr>
<tr><td>โยธาและระบายน้ำ</td><td style="text-align:right">๑๕,๔๗๐,๐๐๐</td></tr>
<tr><td>พัฒนาชุมชนและสวัสดิการสังคม</td><td style="text-align:right">๒,๑๔๐,๐๐๐</td></tr>
<tr><th>รวม</th><th style="text-align:right">๑๒๐,๘๒๐,๐๐๐</th></tr>
</table>
<h2 style="font-size:18px">ข้อบัญญัติงบประมาณรายจ่าย</h2>
<ul>
<li>ร่างข้อบัญญัติงบประมาณรายจ่ายประจำปี พ.ศ. ๒๕๖๘ {vtag('draft','ร่าง')} <a href="/files/finance/budget-ordinance-2568-draft.pdf">PDF</a></li>
<li>ข้อบัญญัติงบประมาณรายจ่ายประจำปี พ.ศ. ๒๕๖๘ (ประกาศใช้ ๒๗ ก.ย. ๒๕๖๗) {vtag('cur','ฉบับประกาศใช้')} <a href="/files/finance/budget-ordinance-2568.pdf">PDF</a></li>
</ul>
""", crumb='<a href="/finance/">การเงินการคลัง</a> &rsaquo; ข้อมูลงบประมาณ', updated="๓ ตุลาคม ๒๕๖๗")

    # ---- O11 bait / O12
    page("oit/checklist.html", "รายการตรวจ (Checklist) การเปิดเผยข้อมูลสาธารณะ ๒๕๖๘", """
<p>สำนักงานเขตทุ่งครุ จัดทำรายการตรวจ (Checklist) เพื่อติดตามการเปิดเผยข้อมูลสาธารณะบนเว็บไซต์ (OIT) ประจำปี ๒๕๖๘
ผู้อำนวยการเขตตรวจติดตามเดือนละ ๑ ครั้ง</p>
<p><a href="/files/oit/oit-checklist-2568.docx">ดาวน์โหลด Checklist (DOCX)</a></p>
""", crumb='<a href="/oit/">OIT</a> &rsaquo; Checklist', updated="๑๐ เมษายน ๒๕๖๘")
    page("permit/tracking.html", "ระบบติดตาม (Tracking System) สถานะการขอใบอนุญาต", f"""
<p style="background:#fde8e8;padding:10px">ระบบติดตามสถานะคำขอใบอนุญาต (ระบบเดิมของสำนักงานเขต) {vtag('cancel','ยกเลิกการใช้งาน')}
ตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๗ เนื่องจากหมดสัญญาบำรุงรักษา</p>
<p>ระบบใหม่อยู่ระหว่างพัฒนา ในระหว่างนี้ผู้ยื่นคำขอสามารถสอบถามสถานะได้ทางโทรศัพท์ {PHONE} ต่อ ๑๑๗ ในวันและเวลาราชการ</p>
""", crumb="ติดตามสถานะใบอนุญาต", updated="๑ ตุลาคม ๒๕๖๗")

    # ---- O15
    mnames = [("2567-10", "ตุลาคม ๒๕๖๗"), ("2567-11", "พฤศจิกายน ๒๕๖๗"), ("2567-12", "ธันวาคม ๒๕๖๗"),
              ("2568-01", "มกราคม ๒๕๖๘"), ("2568-02", "กุมภาพันธ์ ๒๕๖๘"), ("2568-03", "มีนาคม ๒๕๖๘")]
    mrows = ""
    for key, mn in mnames:
        if key == "2568-01":
            cell = (f'ฉบับเดิม {vtag("cancel","ยกเลิก - เลขที่ใบสั่งจ้างผิด")} <a href="/files/procurement/skr1-2568-01-old.pdf">PDF</a><br>'
                    f'ฉบับแก้ไข (๑๒ ก.พ. ๒๕๖๘) <a href="/files/procurement/skr1-2568-01-rev1.pdf">PDF</a>')
        elif key == "2567-12":
            cell = (f'<a href="/files/procurement/skr1-2567-12.pdf">PDF</a><br>'
                    f'ประกาศแก้ไขคำผิด <a href="/files/procurement/erratum-skr1-2567-12.pdf">PDF</a>')
        elif key == "2568-02":
            cell = f'<a href="/files/procurement/skr1-2568-02.pdf">PDF</a> (ไม่มีการจัดซื้อจัดจ้าง)'
        elif key == "2568-03":
            cell = (f'<a href="/files/procurement/skr1-2568-03.pdf">PDF</a> | '
                    f'<a href="/files/procurement/skr1-2568-03.xlsx">XLSX</a>')
        else:
            cell = f'<a href="/files/procurement/skr1-{key}.pdf">PDF</a>'
        mrows += f"<tr><td>{mn}</td><td>{cell}</td></tr>"
    page("procurement/index.html", "การจัดซื้อจัดจ้าง", f"""
<p>ประกาศจัดซื้อจัดจ้างทุกรายการเผยแพร่ในระบบ <a href="https://process3.gprocurement.go.th/">e-GP</a> และระบบ
<a href="https://egpbma.bangkok.go.th/">e-GPBMA ของกรุงเทพมหานคร</a></p>
<ul>
<li><a href="/procurement/plan.html">แผนการจัดซื้อจัดจ้าง ประจำปี ๒๕๖๘</a></li>
<li><a href="/procurement/announcements.html">ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง</a></li>
<li><a href="/procurement/monthly.html">สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑)</a></li>
</ul>""", crumb="จัดซื้อจัดจ้าง", updated="๘ เมษายน ๒๕๖๘")
    page("procurement/plan.html", "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", f"""
<table class="t">
<tr><th>ฉบับ</th><th>วันที่</th><th>ไฟล์</th></tr>
<tr><td>ฉบับเดิม {vtag('cancel','ถูกแทนที่')}</td><td>๑๐ ต.ค. ๒๕๖๗</td><td><a href="/files/procurement/plan-2568.pdf">PDF</a></td></tr>
<tr><td>ฉบับปรับปรุง ครั้งที่ ๑ {vtag('cancel','ถูกแทนที่')}</td><td>๒๐ ธ.ค. ๒๕๖๗</td><td><a href="/files/procurement/plan-2568-rev1.pdf">PDF</a></td></tr>
<tr><td>ฉบับปรับปรุง ครั้งที่ ๒ {vtag('cur','ฉบับปัจจุบัน')}</td><td>๑๔ มี.ค. ๒๕๖๘</td><td><a href="/files/procurement/plan-2568-rev2.pdf">PDF</a></td></tr>
</table>""", crumb='<a href="/procurement/">จัดซื้อจัดจ้าง</a> &rsaquo; แผน', updated="๑๔ มีนาคม ๒๕๖๘")
    alist = "".join(f'<tr><td>{dt}</td><td><a href="/files/procurement/{s}.pdf">{t}</a></td></tr>' for s, t, dt in [
        ("ann-01", "ประกาศประกวดราคาจ้างเหมาขุดลอกคลองบางมด (e-bidding)", "๒ ธ.ค. ๒๕๖๗"),
        ("ann-02", "ประกาศผู้ชนะการเสนอราคา จ้างเหมาขุดลอกคลองบางมด", "๒๔ ธ.ค. ๒๕๖๗"),
        ("ann-03", "ประกาศประกวดราคาจ้างซ่อมทางเท้าซอยพุทธบูชา ๓๖", "๑๕ ม.ค. ๒๕๖๘"),
        ("ann-04", "ประกาศผู้ชนะการเสนอราคา จ้างซ่อมทางเท้าซอยพุทธบูชา ๓๖", "๓ มี.ค. ๒๕๖๘"),
        ("ann-05", "ประกาศผู้ชนะการเสนอราคา ซื้อเครื่องคอมพิวเตอร์ ๑๒ ชุด", "๒๐ มี.ค. ๒๕๖๘")])
    page("procurement/announcements.html", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง",
         f"<table class='t'><tr><th>วันที่</th><th>ประกาศ</th></tr>{alist}</table>"
         '<p>ดูประกาศทั้งหมดได้ที่ <a href="https://egpbma.bangkok.go.th/">e-GPBMA</a></p>',
         crumb='<a href="/procurement/">จัดซื้อจัดจ้าง</a> &rsaquo; ประกาศ', updated="๒๐ มีนาคม ๒๕๖๘")
    page("procurement/monthly.html", "สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ พ.ศ. ๒๕๖๘",
         f"<p>แบบ สขร.๑ (เรียงจากเดือนแรกของปีงบประมาณ)</p><table class='t'><tr><th>เดือน</th><th>เอกสาร</th></tr>{mrows}</table>",
         crumb='<a href="/procurement/">จัดซื้อจัดจ้าง</a> &rsaquo; สขร.๑', updated="๘ เมษายน ๒๕๖๘")

    # ---- O16
    page("hr/index.html", "การบริหารและพัฒนาทรัพยากรบุคคล", f"""
<table class="t">
<tr><th>เอกสาร</th><th>สถานะ</th><th>ไฟล์</th></tr>
<tr><td>หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล พ.ศ. ๒๕๖๓</td><td>{vtag('cancel','ยกเลิก ๓ ต.ค. ๒๕๖๗')}</td><td><a href="/files/hr/hr-criteria-2563.pdf">PDF</a></td></tr>
<tr><td>หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล พ.ศ. ๒๕๖๘</td><td>{vtag('draft','ร่าง - อยู่ระหว่างเสนอลงนาม')}</td><td><a href="/files/hr/hr-criteria-2568-draft.docx">DOCX</a></td></tr>
</table>
<p>ข่าวรับสมัครงาน ดูได้ที่ <a href="/jobs.html">รับสมัครงาน</a></p>
""", crumb="การบริหารงานบุคคล", updated="๒๘ มีนาคม ๒๕๖๘")

    # ---- O17
    page("complaint/index.html", "ช่องทางการร้องเรียนการทุจริต และสถิติเรื่องร้องเรียน", f"""
<h2 style="font-size:18px">ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h2>
<ul>
<li>ด้วยตนเอง / ตู้รับเรื่องร้องเรียน ชั้น ๑ {DNAME}</li>
<li>ทางไปรษณีย์ ถึงผู้อำนวยการเขตทุ่งครุ {ADDR}</li>
<li>โทรศัพท์ {PHONE} ต่อ ๑๐๙ หรือสายด่วนกรุงเทพมหานคร ๑๕๕๕</li>
<li>อีเมล <a href="mailto:anticorruption.tk@example.go.th">anticorruption.tk@example.go.th</a></li>
<li><a href="/eservice-form.html">แบบคำร้องออนไลน์ของสำนักงานเขต</a> เลือกหัวข้อ "ร้องเรียน" (ผู้ร้องเรียนได้รับความคุ้มครอง ข้อมูลเป็นความลับ)</li>
<li><a href="https://traffy.in.th/">Traffy Fondue</a></li>
</ul>
<h2 style="font-size:18px">ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต</h2>
<table class="t">
<tr><th>เอกสาร</th><th>ไฟล์</th></tr>
<tr><td>ปีงบประมาณ พ.ศ. ๒๕๖๗ (ทั้งปี)</td><td><a href="/files/complaint/corruption-stat-2567.pdf">PDF</a></td></tr>
<tr><td>ปีงบประมาณ พ.ศ. ๒๕๖๘ (ต.ค. ๒๕๖๗ - มี.ค. ๒๕๖๘) ฉบับแก้ไข ครั้งที่ ๑ - แก้ไขจำนวนเรื่องเดือน มี.ค.</td><td><a href="/files/complaint/corruption-stat-2568-rev1.xlsx">XLSX</a></td></tr>
</table>
""", crumb="ร้องเรียน", updated="๓ เมษายน ๒๕๖๘")
    # ---- integrity
    page("integrity/index.html", "คุณธรรมและความโปร่งใส", """
<ul>
<li><a href="/integrity/anti-bribery.html">นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)</a></li>
<li><a href="/integrity/risk.html">การประเมินความเสี่ยงต่อการรับสินบน</a></li>
<li><a href="/integrity/property.html">การจัดการทรัพย์สินของราชการ ของบริจาค และของกลาง</a></li>
<li><a href="/integrity/ita.html">มาตรการยกระดับคุณธรรมและความโปร่งใส</a></li>
<li><a href="/oit/">การเปิดเผยข้อมูลสาธารณะ (OIT)</a></li>
</ul>""", crumb="คุณธรรมและความโปร่งใส")
    page("integrity/anti-bribery.html", "นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)", f"""
<table class="t">
<tr><th>เอกสาร</th><th>วันที่</th><th>ไฟล์</th></tr>
<tr><td>ประกาศสำนักงานเขตทุ่งครุ เรื่อง นโยบายต่อต้านการรับสินบน</td><td>๑๕ พ.ย. ๒๕๖๖</td><td><a href="/files/integrity/anti-bribery-2566.pdf">PDF</a></td></tr>
<tr><td>รายงานผลการนำนโยบายต่อต้านการรับสินบนไปสู่การปฏิบัติ ปีงบประมาณ ๒๕๖๗</td><td>๒๕ ต.ค. ๒๕๖๗</td><td><a href="/files/integrity/anti-bribery-report-2567.pdf">PDF</a></td></tr>
</table>
<p style="background:#fff6e0;padding:8px">ประกาศนโยบายฯ ฉบับปีงบประมาณ ๒๕๖๘ จะเผยแพร่ภายหลังผู้อำนวยการเขตคนปัจจุบันลงนาม</p>
""", crumb='<a href="/integrity/">คุณธรรมและความโปร่งใส</a> &rsaquo; Anti-Bribery', updated="๑๐ มกราคม ๒๕๖๘")
    page("integrity/risk.html", "การประเมินความเสี่ยงต่อการรับสินบน", f"""
<table class="t">
<tr><th>เอกสาร</th><th>สถานะ</th><th>ไฟล์</th></tr>
<tr><td>การประเมินความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ฉบับแก้ไข ครั้งที่ ๑</td><td>{vtag('cur','ฉบับปัจจุบัน')} ๓๐ ม.ค. ๒๕๖๘</td><td><a href="/files/integrity/bribery-risk-2568-rev1.xlsx">XLSX</a></td></tr>
<tr><td>ประกาศแก้ไขคำผิด ตารางประเมินความเสี่ยง ๒๕๖๘</td><td>๓๐ ม.ค. ๒๕๖๘</td><td><a href="/files/integrity/bribery-risk-erratum.pdf">PDF</a></td></tr>
<tr><td>รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน รอบ ๖ เดือน (ต.ค. ๖๗ - มี.ค. ๖๘)</td><td>๗ เม.ย. ๒๕๖๘</td><td><a href="/files/integrity/bribery-risk-report-6m-2568.pdf">PDF</a></td></tr>
</table>""", crumb='<a href="/integrity/">คุณธรรมและความโปร่งใส</a> &rsaquo; ความเสี่ยง', updated="๗ เมษายน ๒๕๖๘")
    page("integrity/property.html", "การจัดการทรัพย์สินของราชการ ของบริจาค และการจัดเก็บของกลาง", f"""
<p>แนวทางการยืม การใช้ และการตรวจสอบทรัพย์สินของราชการ การรับและบันทึกของบริจาค และการจัดเก็บของกลางที่ยึดจากการจัดระเบียบผู้ค้า</p>
<table class="t">
<tr><th>เอกสาร</th><th>สถานะ</th><th>ไฟล์</th></tr>
<tr><td>แนวทางการบริหารจัดการทรัพย์สินของราชการ ของบริจาค และของกลาง ฉบับเดิม พ.ศ. ๒๕๖๕</td><td>{vtag('cancel','ถูกแทนที่ - นำไฟล์ออกแล้ว')}</td><td>-</td></tr>
<tr><td>แนวทางการบริหารจัดการทรัพย์สินของราชการ ของบริจาค และของกลาง ฉบับปรับปรุง พ.ศ. ๒๕๖๘</td><td>{vtag('cur','ฉบับปัจจุบัน')}</td><td><a href="/download.php?id=21">ดาวน์โหลด</a></td></tr>
</table>""", crumb='<a href="/integrity/">คุณธรรมและความโปร่งใส</a> &rsaquo; ทรัพย์สินของราชการ', updated="๑๙ กุมภาพันธ์ ๒๕๖๘")
    page("integrity/ita.html", "มาตรการยกระดับคุณธรรมและความโปร่งใส และการรายงานผล", f"""
<p>เรียงตามลำดับการเผยแพร่</p>
<table class="t">
<tr><th>เอกสาร</th><th>สถานะ</th><th>ไฟล์</th></tr>
<tr><td>มาตรการยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗</td><td>{vtag('cancel','สิ้นปีงบประมาณ')}</td><td><a href="/files/integrity/ita-measures-2567.pdf">PDF</a></td></tr>
<tr><td>(ร่าง) มาตรการยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</td><td>{vtag('draft','ร่าง')}</td><td><a href="/files/integrity/ita-measures-2568-draft.pdf">PDF</a></td></tr>
<tr><td>การวิเคราะห์ผล ITA ๒๕๖๗ และมาตรการยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</td><td>{vtag('cur','ประกาศใช้ ๒๑ พ.ย. ๒๕๖๗')}</td><td><a href="/files/integrity/ita-measures-2568.pdf">PDF</a></td></tr>
<tr><td>รายงานผลการดำเนินการตามมาตรการฯ ปีงบประมาณ ๒๕๖๘ รอบ ๖ เดือนแรก</td><td>{vtag('cur','๘ เม.ย. ๒๕๖๘')}</td><td><a href="/files/integrity/ita-measures-report-6m-2568.docx">DOCX</a></td></tr>
</table>""", crumb='<a href="/integrity/">คุณธรรมและความโปร่งใส</a> &rsaquo; มาตรการ ITA', updated="๘ เมษายน ๒๕๖๘")

    # ---- OIT page
    oit = [
        ("O1", "ข้อมูลพื้นฐานของสำนักงานเขต", "/about/"),
        ("O๒", "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร", "/policy/governor.html"),
        ("O3", "โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต", "/education/"),
        ("O4", "การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน", "/news/"),
        ("O๕", "แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี", "/plan/"),
        ("O6", "คู่มือการปฏิบัติหน้าที่", "/manuals/operations.html"),
        ("O7", "คู่มือการให้บริการประชาชน", "/manuals/services.html"),
        ("O8", "E-Service", "/eservice.html"),
        ("O9", "ข้อมูลสถิติการจัดเก็บภาษี", "/finance/tax.html"),
        ("O๑๐", "ข้อมูลสถิติการจัดเก็บรายได้", "/finance/revenue.html"),
        ("O11", "รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต", "/oit/checklist.html"),
        ("O12", "ระบบติดตาม (Tracking System) สถานะการขอใบอนุญาต", "/permit/tracking.html"),
        ("O13", "แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายงบประมาณประจำปี", "/finance/budget-plan.html"),
        ("O14", "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ ข้อมูลเงินอุดหนุนชุมชน", "/finance/budget.html"),
        ("0๑๕", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้างรายเดือน", "/procurement/"),
        ("O16", "หลักเกณฑ์การบริหาร และพัฒนาทรัพยากรบุคคล", "/hr/"),
        ("O17", "ช่องทางการร้องเรียนการทุจริตและข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี", "/complaint/"),
        ("O18", "ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) และการรายงานผลสู่การปฏิบัติ", "/integrity/anti-bribery.html"),
        ("O19", "การประเมินความเสี่ยงต่อการรับสินบนและการรายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน", "/integrity/risk.html"),
        ("O20", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", None),
        ("O21", "การจัดการทรัพย์สินของราชการ ของบริจาคและการจัดเก็บของกลาง", "/integrity/property.html"),
        ("O22", "มาตรการในการยกระดับคุณธรรมและความโปร่งใส และการรายงานผลการดำเนินงาน", "/integrity/ita.html"),
    ]
    rows = ""
    for code, t, href in oit:
        link = f'<a href="{href}">คลิก</a>' if href else '<span style="color:#a60">อยู่ระหว่างดำเนินการ</span>'
        rows += f"<tr><td>{code}</td><td>{t}</td><td>{link}</td></tr>"
    page("oit/index.html", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๘", f"""
<p>ตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) การประเมินคุณธรรมและความโปร่งใส
ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</p>
<table class="t"><tr><th>ข้อ</th><th>หัวข้อ</th><th>ลิงก์</th></tr>{rows}</table>
<p><a href="/oit/checklist.html">รายการตรวจ (Checklist) การเปิดเผยข้อมูลสาธารณะ</a></p>
""", crumb="OIT", updated="๑๐ เมษายน ๒๕๖๘")

    # ---- noise
    page("jobs.html", "รับสมัครงาน", f"""
<ul>
<li>ประกาศรับสมัครบุคคลเพื่อจ้างเป็นลูกจ้างชั่วคราว ตำแหน่งพนักงานกวาด ๕ อัตรา (๑๔ มี.ค. ๒๕๖๘) <a href="/files/jobs/job-2568-01.pdf">PDF</a></li>
<li>ประกาศแก้ไข เลื่อนวันสอบปฏิบัติ (๒๘ มี.ค. ๒๕๖๘) {vtag('cur','ใหม่')} <a href="/files/jobs/job-2568-01-rev.pdf">PDF</a></li>
</ul>""", crumb="รับสมัครงาน", updated="๒๘ มีนาคม ๒๕๖๘")
    g = "".join(f'<figure style="display:inline-block;margin:6px"><img src="/files/gallery/g{i}.jpg" width="280" alt=""></figure>' for i in range(1, 7))
    page("gallery.html", "ภาพกิจกรรม", g, crumb="ภาพกิจกรรม")
    page("tourism.html", "สถานที่ท่องเที่ยวในเขตทุ่งครุ", """
<ul>
<li><b>วัดพุทธบูชา</b> วัดเก่าแก่ริมคลองบางมด มีต้นไม้ร่มรื่น เหมาะกับการทำบุญและเดินเล่น</li>
<li><b>ตลาดริมคลองบางมด</b> เปิดทุกวันเสาร์ - อาทิตย์ จำหน่ายส้มบางมดและผลไม้ท้องถิ่น</li>
<li><b>สวนสาธารณะเฉลิมพระเกียรติ ทุ่งครุ</b> ลานวิ่งและลานกีฬา เปิด ๐๕.๐๐ - ๒๐.๐๐ น.</li>
</ul>""", crumb="ท่องเที่ยว")
    smap = "".join(f'<li><a href="/{r.replace("index.html", "")}">{t}</a></li>' for r, t in sorted(PAGES))
    page("sitemap.html", "แผนผังเว็บไซต์", f"<ul>{smap}</ul>", crumb="แผนผังเว็บไซต์")


def main():
    for p in (SITE, os.path.join(HERE, "store")):
        if os.path.exists(p):
            shutil.rmtree(p)
    os.makedirs(SITE)
    with open(out("assets/site.css"), "w", encoding="utf-8") as f:
        f.write(CSS)
    with open(out("robots.txt"), "w") as f:
        f.write("User-agent: *\nDisallow: /admin/\n")
    divs, execs, _ = build_docs()
    build_pages(divs, execs)
    meta = {
        "framework": "bma-2567",
        "as_of": "2025-04-21",
        "start": "/",
        "name_th": DNAME,
        "style": (
            "Tidy blue district portal that keeps every edition online, each row tagged ฉบับเดิม / ฉบับปรับปรุง ครั้งที่ n / "
            "ยกเลิก / ถูกแทนที่ / ร่าง / ประกาศแก้ไขคำผิด; OIT page at /ita68 (redirect to /oit/) with codes O1, O๒, 0๑๕. "
            "O1 pass (cancelled 2565 chart kept above current rev2; vacant deputy '- ว่าง -'); O2 pass (ร่าง listed before rev1); "
            "O3 pass (schools only in XLSX, first link the cancelled edition); O4 pass (news oldest-first, FY2568 on page 2); "
            "O5 fail (FY2568 action plan only a ร่าง DOCX; approved plan is FY2567; FY2567 annual report re-issued); "
            "O6 pass (all 10 ฝ่าย, two with cancelled+rev1); O7 broken (current rev2 link 404, only cancelled 2558 edition opens); "
            "O8 pass (BMA Q, Traffy, own form; old queue system cancelled notice); O9 stale (FY2567 tax stats revised Feb 2568); "
            "O10 pass (three editions newest-last, latest via /download.php?id=10 attachment); O11 missing (the 'Checklist' is the OIT self-checklist); "
            "O12 missing (tracking system cancelled, new one in development); O13 incomplete (FY2568 plan rev1, only a 6-month FY2567 report); "
            "O14 incomplete (budget + ordinance, no community-subsidy data); O15 pass (plan amended twice, all six สขร.1 months, Jan re-issued, Feb none, erratum for Dec); "
            "O16 fail (HR criteria only cancelled 2563 + unsigned draft); O17 pass (FY2568 stats XLSX mostly zeros, rev1); "
            "O18 stale (Anti-Bribery policy 2566 by former director + FY2567 report); O19 pass (risk 2568 rev1 + erratum + 6-month report); "
            "O20 missing (only a meeting news item); O21 broken (only document /download.php?id=21 returns 500); "
            "O22 pass (FY2568 measures with ITA 2567 analysis + 6-month report, listed after FY2567 and ร่าง)."),
        "author": "blind",
        "set": "held-out-9",
        "server": {
            "redirects": {"/ita68": "/oit/", "/ita": "/oit/"},
            "status": {"/download.php?id=21": 500},
            "files": {"/download.php?id=10": {
                "file": "store/revenue-2568-rev2.xlsx",
                "headers": {"Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            "Content-Disposition": "attachment; filename=revenue-2568-rev2.xlsx"}}},
        },
    }
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
    print("pages:", len(PAGES))


if __name__ == "__main__":
    main()
