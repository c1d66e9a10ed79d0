#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""(Re)generate the static test site under ./site from scratch.

Run with /work/heldout5/.venv/bin/python _make.py
"""
import csv
import io
import json
import os
import shutil
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P, H
from odf import table as odftable
import openpyxl
import docx

HERE = Path(__file__).resolve().parent
SITE = HERE / "site"
FONT_DIR = "/usr/share/fonts/truetype/tlwg/"
pdfmetrics.registerFont(TTFont("Garuda", FONT_DIR + "Garuda.ttf"))
pdfmetrics.registerFont(TTFont("Garuda-Bold", FONT_DIR + "Garuda-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Loma", FONT_DIR + "Loma.ttf"))

TH_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def td(s):
    """Arabic digits -> Thai digits."""
    return str(s).translate(TH_DIGITS)


def out(rel):
    p = SITE / rel.lstrip("/")
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


def write_text(rel, text, encoding="utf-8"):
    out(rel).write_bytes(text.encode(encoding))


def esc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


# ---------------------------------------------------------------- PDF
def pdf(rel, title, paras, table=None, sub=None, land=False, col_widths=None, after=None, font="Garuda"):
    path = out(rel)
    size = landscape(A4) if land else A4
    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=36, rightMargin=36,
                            topMargin=40, bottomMargin=40, title=title)
    st_t = ParagraphStyle("t", fontName="Garuda-Bold", fontSize=15, leading=24, alignment=1)
    st_s = ParagraphStyle("s", fontName=font, fontSize=12, leading=20, alignment=1)
    st_p = ParagraphStyle("p", fontName=font, fontSize=11, leading=19)
    st_c = ParagraphStyle("c", fontName=font, fontSize=8.5, leading=13)
    story = [Paragraph(esc(title), st_t)]
    if sub:
        for s in ([sub] if isinstance(sub, str) else sub):
            story.append(Paragraph(esc(s), st_s))
    story.append(Spacer(1, 10))
    for p in paras:
        story.append(Paragraph(esc(p), st_p))
    if table:
        data = [[Paragraph(esc(c), st_c) for c in row] for row in table]
        t = Table(data, colWidths=col_widths, repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f5")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(Spacer(1, 8))
        story.append(t)
    for p in (after or []):
        story.append(Paragraph(esc(p), st_p))
    doc.build(story)


def pdf_bytes(title, paras, table=None, sub=None, land=False, after=None):
    tmp = SITE / "_tmp.pdf"
    pdf("_tmp.pdf", title, paras, table, sub, land, after=after)
    b = tmp.read_bytes()
    tmp.unlink()
    return b


# ---------------------------------------------------------------- ODF
def _odt_doc(title, paras, table=None, sub=None):
    doc = OpenDocumentText()
    hs = Style(name="Heading1", family="paragraph")
    hs.addElement(TextProperties(fontsize="16pt", fontweight="bold", fontfamily="Garuda"))
    hs.addElement(ParagraphProperties(textalign="center"))
    doc.styles.addElement(hs)
    ps = Style(name="Body", family="paragraph")
    ps.addElement(TextProperties(fontsize="12pt", fontfamily="Garuda"))
    doc.styles.addElement(ps)
    doc.text.addElement(H(outlinelevel=1, stylename=hs, text=title))
    for s in ([sub] if isinstance(sub, str) else (sub or [])):
        doc.text.addElement(P(stylename=hs, text=s))
    for p in paras:
        doc.text.addElement(P(stylename=ps, text=p))
    if table:
        t = odftable.Table(name="ตาราง1")
        t.addElement(odftable.TableColumn(numbercolumnsrepeated=len(table[0])))
        for row in table:
            tr = odftable.TableRow()
            for c in row:
                cell = odftable.TableCell()
                cell.addElement(P(stylename=ps, text=str(c)))
                tr.addElement(cell)
            t.addElement(tr)
        doc.text.addElement(t)
    doc.meta.addElement(__import__("odf.dc", fromlist=["Title"]).Title(text=title))
    return doc


def odt(rel, title, paras, table=None, sub=None):
    _odt_doc(title, paras, table, sub).save(str(out(rel)))


def odt_bytes(title, paras, table=None, sub=None):
    bio = io.BytesIO()
    _odt_doc(title, paras, table, sub).write(bio)
    return bio.getvalue()


def _ods_doc(sheets):
    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets:
        t = odftable.Table(name=name)
        for row in rows:
            tr = odftable.TableRow()
            for c in row:
                if isinstance(c, (int, float)) and not isinstance(c, bool):
                    cell = odftable.TableCell(valuetype="float", value=c)
                    cell.addElement(P(text=str(c)))
                else:
                    cell = odftable.TableCell(valuetype="string")
                    cell.addElement(P(text=str(c)))
                tr.addElement(cell)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    return doc


def ods(rel, sheets):
    _ods_doc(sheets).save(str(out(rel)))


def ods_bytes(sheets):
    bio = io.BytesIO()
    _ods_doc(sheets).write(bio)
    return bio.getvalue()


# ---------------------------------------------------------------- OOXML
def xlsx_bytes(sheets):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name[:31])
        for r in rows:
            ws.append(list(r))
        ws.column_dimensions["B"].width = 40
    bio = io.BytesIO()
    wb.save(bio)
    return bio.getvalue()


def xlsx(rel, sheets):
    out(rel).write_bytes(xlsx_bytes(sheets))


def docx_file(rel, title, paras, table=None, sub=None):
    d = docx.Document()
    d.add_heading(title, level=1)
    for s in ([sub] if isinstance(sub, str) else (sub or [])):
        d.add_paragraph(s)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for row in table:
            cells = t.add_row().cells
            for i, c in enumerate(row):
                cells[i].text = str(c)
    d.core_properties.title = title
    d.save(str(out(rel)))


# ---------------------------------------------------------------- images
def png(rel, lines, size=(900, 500), bg="#f4f7fb", fg="#1b3a6b", fontsize=26, boxes=None):
    img = Image.new("RGB", size, bg)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT_DIR + "Garuda.ttf", fontsize)
    fb = ImageFont.truetype(FONT_DIR + "Garuda-Bold.ttf", fontsize + 4)
    y = 20
    for i, ln in enumerate(lines):
        dr.text((30, y), ln, font=fb if i == 0 else f, fill=fg)
        y += int(fontsize * 1.9)
    for (x0, y0, x1, y1, label) in (boxes or []):
        dr.rectangle([x0, y0, x1, y1], outline=fg, width=2, fill="#ffffff")
        dr.text((x0 + 8, y0 + 8), label, font=ImageFont.truetype(FONT_DIR + "Garuda.ttf", 16), fill=fg)
    img.save(str(out(rel)))


def photo(rel, initials, color):
    img = Image.new("RGB", (160, 200), color)
    dr = ImageDraw.Draw(img)
    dr.ellipse([45, 30, 115, 100], fill="#f1d3b3")
    dr.rectangle([30, 110, 130, 200], fill="#2b3d5c")
    f = ImageFont.truetype(FONT_DIR + "Garuda-Bold.ttf", 18)
    dr.text((50, 160), initials, font=f, fill="#ffffff")
    img.save(str(out(rel)))


def zip_file(rel, members):
    """members: list of (name, bytes)."""
    p = out(rel)
    with zipfile.ZipFile(str(p), "w", zipfile.ZIP_DEFLATED) as z:
        for name, b in members:
            z.writestr(name, b)
    return p


def csv_bytes(rows, encoding="utf-8-sig"):
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(encoding)


def reset_site():
    if SITE.exists():
        shutil.rmtree(SITE)
    SITE.mkdir(parents=True)

# =====================================================================
# Site: สำนักงานเขตบางกะปิ — "archives in open formats" (ODS/ODT/CSV/ZIP)
# framework bma-2564, as_of 2022-06-30 (FY2565 = 1 ต.ค. 2564 – 30 ก.ย. 2565)
# =====================================================================
DIST = "บางกะปิ"
OFFICE = "สำนักงานเขตบางกะปิ"
DIVS = ["ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายรายได้", "ฝ่ายโยธา",
        "ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "ฝ่ายเทศกิจ",
        "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "ฝ่ายการศึกษา"]
DIRECTOR = "นายวิโรจน์ ทองประเสริฐ"

MENU = [("/", "หน้าแรก"), ("/about/index.html", "ข้อมูลเขต"), ("/news/index.html", "ข่าวประชาสัมพันธ์"),
        ("/service/index.html", "บริการประชาชน"), ("/archive/index.html", "คลังเอกสารเปิด (Open Data)"),
        ("/ita/index.html", "ITA / OIT ๒๕๖๕"), ("/contact.html", "ติดต่อเรา")]


def page(rel, title, body, side=True):
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in MENU)
    sidebar = ""
    if side:
        sidebar = """
<div class="side">
 <div class="box"><b>สภาพอากาศวันนี้</b><br>กรุงเทพฯ ๓๓°C ฝนฟ้าคะนองบางแห่ง ๔๐%</div>
 <div class="box"><b>ลิงก์หน่วยงาน</b><ul>
  <li><a href="https://www.bangkok.go.th/">กรุงเทพมหานคร</a></li>
  <li><a href="https://www.bangkok.go.th/pipd">สำนักยุทธศาสตร์และประเมินผล</a></li>
  <li><a href="http://www.ocsc.bangkok.go.th/">สำนักงาน ก.ก.</a></li>
  <li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li>
  <li><a href="https://data.bangkok.go.th/">Bangkok Open Data</a></li></ul></div>
 <div class="box"><a href="https://www.facebook.com/bangkapidistrict"><img src="/img/fb.png" alt="Facebook เขตบางกะปิ" width="180"></a></div>
 <div class="box">เอกสารในเว็บไซต์นี้เผยแพร่ในรูปแบบเปิด (ODF: .odt .ods / CSV) เปิดได้ด้วย LibreOffice
 (<a href="https://www.libreoffice.org/">ดาวน์โหลดฟรี</a>) ไฟล์ .zip แตกได้ด้วยโปรแกรมทั่วไป</div>
</div>"""
    html = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{title} | {OFFICE}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/style.css"></head>
<body>
<div class="portal">กรุงเทพมหานคร | <a href="https://www.bangkok.go.th/">bangkok.go.th</a> | ๕๐ สำนักงานเขต | <a href="https://www.bangkok.go.th/pranakorn">พระนคร</a> · <a href="https://www.bangkok.go.th/bangkhen">บางเขน</a> · <a href="https://www.bangkok.go.th/bangkapi">บางกะปิ</a> · ...</div>
<div class="head"><img src="/img/logo.png" alt="ตรากรุงเทพมหานคร" height="70"> <span class="sitename">{OFFICE}<br><small>Bang Kapi District Office</small></span></div>
<ul class="menu">{menu}</ul>
<div class="wrap"><div class="main">
<h1>{title}</h1>
{body}
</div>{sidebar}</div>
<div class="foot">{OFFICE} เลขที่ ๓ ซอยนวมินทร์ ๒ ถนนนวมินทร์ แขวงคลองจั่น เขตบางกะปิ กรุงเทพมหานคร ๑๐๒๔๐
โทร ๐ ๒๓๗๗ ๐๗๑๖ | ผู้เข้าชม <span class="counter">๐๐๔๗๒๑๘๓</span> | ปรับปรุงล่าสุด ๓๐ มิ.ย. ๒๕๖๕</div>
</body></html>"""
    write_text(rel, html)


def sxr_rows(month_th, items):
    head = ["ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง (บาท)", "ราคากลาง (บาท)",
            "วิธีซื้อหรือจ้าง", "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง",
            "เหตุผลที่คัดเลือกโดยสรุป", "เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง"]
    rows = [head]
    for i, (job, amt, shop, no) in enumerate(items, 1):
        rows.append([str(i), job, f"{amt:,.2f}", f"{amt:,.2f}", "เฉพาะเจาะจง",
                     f"{shop} / {amt:,.2f}", f"{shop} / {amt:,.2f}",
                     "ผู้เสนอราคามีคุณสมบัติครบถ้วน ราคาไม่เกินวงเงิน", no])
    return rows


SHOPS = ["หจก.บางกะปิค้าวัสดุ", "ร้านสมใจพาณิชย์", "บริษัท นวมินทร์ซัพพลาย จำกัด", "ร้านเจริญการพิมพ์",
         "หจก.คลองจั่นการช่าง", "บริษัท ทีพีเค ออฟฟิศ จำกัด"]


def month_items(tag, n, seed):
    jobs = ["ซื้อวัสดุสำนักงาน", "จ้างซ่อมแซมรถยนต์ส่วนกลาง", "ซื้อวัสดุงานบ้านงานครัว", "จ้างเหมาทำป้ายประชาสัมพันธ์",
            "ซื้อน้ำมันเชื้อเพลิงเครื่องตัดหญ้า", "จ้างซ่อมแซมทางเท้าซอยลาดพร้าว ๑๒๒", "ซื้อวัสดุคอมพิวเตอร์",
            "จ้างเหมาบริการกำจัดผักตบชวาคลองแสนแสบ", "ซื้อวัสดุเครื่องแต่งกายเทศกิจ", "จ้างพิมพ์แบบพิมพ์ภาษีป้าย"]
    res = []
    for k in range(n):
        j = jobs[(seed + k * 3) % len(jobs)]
        amt = 4800 + ((seed * 7919 + k * 1543) % 90000)
        res.append((j, float(amt), SHOPS[(seed + k) % len(SHOPS)], f"ใบสั่ง{'ซื้อ' if 'ซื้อ' in j else 'จ้าง'}เลขที่ {seed:02d}{k + 1:02d}/{tag}"))
    return res


def build():
    reset_site()
    # ---------- static assets
    write_text("/css/style.css", """body{font-family:Tahoma,'Garuda',sans-serif;margin:0;background:#eef2f7;color:#222;font-size:14px}
.portal{background:#0b3d2e;color:#cfe;padding:3px 10px;font-size:12px}.portal a{color:#fff}
.head{background:#14613f;color:#fff;padding:10px}.sitename{font-size:22px;vertical-align:top;display:inline-block;margin-left:10px}
.menu{list-style:none;margin:0;padding:0;background:#1e7d52;display:flex;flex-wrap:wrap}.menu li a{display:block;padding:8px 14px;color:#fff;text-decoration:none}
.wrap{display:flex;gap:14px;padding:14px}.main{flex:3;background:#fff;padding:14px;border-radius:4px}.side{flex:1}
.box{background:#fff;margin-bottom:10px;padding:10px;border-radius:4px;font-size:13px}
table.grid{border-collapse:collapse;width:100%}table.grid td,table.grid th{border:1px solid #bbb;padding:5px;vertical-align:top}
table.grid th{background:#dfeee6}.foot{background:#14613f;color:#fff;padding:10px;font-size:12px}.counter{font-family:monospace;background:#000;color:#0f0;padding:0 4px}
.exec{display:inline-block;width:200px;vertical-align:top;text-align:center;margin:8px}.note{color:#a33}""")
    png("/img/logo.png", ["กทม."], size=(70, 70), bg="#14613f", fg="#ffffff", fontsize=16)
    png("/img/fb.png", ["Facebook", "เขตบางกะปิ"], size=(180, 90), bg="#3b5998", fg="#ffffff", fontsize=16)
    png("/img/banner_ita.png", ["ร่วมต่อต้านการทุจริต", "สำนักงานเขตบางกะปิ โปร่งใส ตรวจสอบได้"], size=(700, 140), bg="#fff3d6")
    png("/img/line_qr.png", ["LINE @bangkapi", "สแกนเพื่อเพิ่มเพื่อน"], size=(220, 120), bg="#06c755", fg="#fff", fontsize=16)

    # ---------- home
    news = [("๒๘ มิ.ย. ๒๕๖๕", "เขตบางกะปิ ลงพื้นที่ตรวจความพร้อมจุดรับน้ำฝน ถนนลาดพร้าว", "/news/n0628.html"),
            ("๒๑ มิ.ย. ๒๕๖๕", "ประชุมคณะกรรมการชุมชน ครั้งที่ ๒/๒๕๖๕ รับฟังความคิดเห็นโครงการปรับปรุงสวนหย่อม", "/news/participation.html"),
            ("๑๕ มิ.ย. ๒๕๖๕", "ผู้อำนวยการเขตบางกะปิ มอบนโยบาย No Gift Policy แก่ข้าราชการและบุคลากร", "/news/exec-integrity.html"),
            ("๓ มิ.ย. ๒๕๖๕", "กิจกรรมเสริมสร้างวัฒนธรรมองค์กร “บางกะปิโปร่งใส ใจสุจริต”", "/news/culture.html")]
    li = "".join(f'<li>{d} — <a href="{h}">{t}</a></li>' for d, t, h in news)
    page("/index.html", "ยินดีต้อนรับสู่เว็บไซต์สำนักงานเขตบางกะปิ", f"""
<img src="/img/banner_ita.png" alt="แบนเนอร์ต่อต้านการทุจริต" width="100%">
<p>ข่าวล่าสุด</p><ul>{li}</ul><p><a href="/news/index.html">ข่าวทั้งหมด &raquo;</a></p>
<p><b>ประกาศ:</b> เว็บไซต์เผยแพร่เอกสารราชการในรูปแบบมาตรฐานเปิด (Open Document Format) ตามนโยบายข้อมูลเปิดภาครัฐ
ดูเอกสารทั้งหมดได้ที่ <a href="/archive/index.html">คลังเอกสารเปิด</a> และรายการตรวจ <a href="/ita/index.html">ITA/OIT ประจำปีงบประมาณ ๒๕๖๕</a></p>
<p>ติดตามเราได้ที่ <a href="https://www.facebook.com/bangkapidistrict">Facebook: สำนักงานเขตบางกะปิ</a> ·
<a href="https://line.me/R/ti/p/@bangkapi">LINE Official @bangkapi</a> · <a href="https://twitter.com/bangkapi_bma">Twitter</a></p>
<p><img src="/img/line_qr.png" alt="QR LINE"></p>""")

    # ---------- O1 structure
    boxes = [(330, 90, 570, 130, "ผู้อำนวยการเขตบางกะปิ"), (120, 160, 360, 200, "ผู้ช่วยผู้อำนวยการเขต (๑)"),
             (540, 160, 780, 200, "ผู้ช่วยผู้อำนวยการเขต (๒)")]
    for i, d in enumerate(DIVS):
        x = 20 + (i % 5) * 175
        y = 250 + (i // 5) * 60
        boxes.append((x, y, x + 165, y + 45, d.replace("ฝ่าย", "ฝ่าย")[:22]))
    png("/about/img/structure.png", ["แผนภูมิโครงสร้างสำนักงานเขตบางกะปิ"], size=(900, 400), fontsize=22, boxes=boxes)
    odt("/archive/about/โครงสร้างส่วนราชการ_เขตบางกะปิ.odt", "โครงสร้างการแบ่งส่วนราชการ สำนักงานเขตบางกะปิ",
        ["สำนักงานเขตบางกะปิ เป็นส่วนราชการของกรุงเทพมหานคร ตามประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต",
         "ผู้อำนวยการเขตเป็นผู้บังคับบัญชาสูงสุด มีผู้ช่วยผู้อำนวยการเขต ๒ ตำแหน่ง และแบ่งส่วนราชการภายในเป็น ๑๐ ฝ่าย ดังนี้"]
        + [f"{td(i + 1)}. {d}" for i, d in enumerate(DIVS)]
        + ["นอกจากนี้ยังมีโรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขต ๑๑ โรงเรียน อยู่ในความดูแลของฝ่ายการศึกษา"])
    page("/about/structure.html", "โครงสร้างสำนักงานเขตบางกะปิ", """
<p><img src="/about/img/structure.png" alt="แผนภูมิโครงสร้างสำนักงานเขตบางกะปิ" width="100%"></p>
<p>ดาวน์โหลดรายละเอียดการแบ่งส่วนราชการ: <a href="/archive/about/โครงสร้างส่วนราชการ_เขตบางกะปิ.odt">โครงสร้างส่วนราชการ (ODT)</a></p>
<p>ความเชื่อมโยงกับกรุงเทพมหานคร: สำนักงานเขตอยู่ภายใต้การกำกับของปลัดกรุงเทพมหานคร ตามโครงสร้างของ <a href="https://www.bangkok.go.th/">กรุงเทพมหานคร</a></p>""")

    # ---------- O2 executives (assistants lack contact -> incomplete)
    photo("/about/img/ex1.png", "ผอ.", "#cfd8e3")
    photo("/about/img/ex2.png", "ผช.๑", "#d8e3cf")
    photo("/about/img/ex3.png", "ผช.๒", "#e3d8cf")
    page("/about/executives.html", "ทำเนียบผู้บริหารสำนักงานเขตบางกะปิ", f"""
<div class="exec"><img src="/about/img/ex1.png" alt="{DIRECTOR}"><br><b>{DIRECTOR}</b><br>ผู้อำนวยการเขตบางกะปิ<br>
โทร ๐ ๒๓๗๗ ๐๗๑๖ ต่อ ๑๐๑<br>อีเมล bangkapi@bangkok.go.th</div>
<div class="exec"><img src="/about/img/ex2.png" alt="ผู้ช่วยผู้อำนวยการเขต"><br><b>นางสาวพิมพ์ชนก ศรีสุข</b><br>ผู้ช่วยผู้อำนวยการเขตบางกะปิ</div>
<div class="exec"><img src="/about/img/ex3.png" alt="ผู้ช่วยผู้อำนวยการเขต"><br><b>นายธนากร แก้วมณี</b><br>ผู้ช่วยผู้อำนวยการเขตบางกะปิ</div>
<h3>หัวหน้าฝ่าย</h3>
<table class="grid"><tr><th>ฝ่าย</th><th>ชื่อ - สกุล</th></tr>
<tr><td>ฝ่ายปกครอง</td><td>นายประเสริฐ บุญมา</td></tr><tr><td>ฝ่ายการคลัง</td><td>นางวรรณา ใจดี</td></tr>
<tr><td>ฝ่ายรายได้</td><td>- ว่าง -</td></tr><tr><td>ฝ่ายโยธา</td><td>นายสุรชัย มั่นคง</td></tr></table>
<p><small>ข้อมูล ณ วันที่ ๑ มิถุนายน ๒๕๖๕</small></p>""")

    # ---------- O3 authority
    odt("/archive/about/อำนาจหน้าที่_สำนักงานเขต.odt", "อำนาจหน้าที่ของสำนักงานเขตบางกะปิ",
        ["อ้างอิง: พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘ และประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต",
         "สำนักงานเขตมีอำนาจหน้าที่ดำเนินการตามกฎหมายที่อยู่ในความรับผิดชอบของกรุงเทพมหานครภายในพื้นที่เขต เช่น งานทะเบียนราษฎร งานจัดเก็บรายได้ งานรักษาความสะอาด งานโยธา งานเทศกิจ และงานพัฒนาชุมชน"]
        + [f"{d}: รับผิดชอบงานตามภารกิจของ{d} ตามที่กรุงเทพมหานครกำหนด" for d in DIVS])
    page("/about/index.html", "ข้อมูลเขตบางกะปิ", """
<ul><li><a href="/about/structure.html">โครงสร้างหน่วยงาน</a></li><li><a href="/about/executives.html">ผู้บริหาร</a></li>
<li><a href="/archive/about/อำนาจหน้าที่_สำนักงานเขต.odt">อำนาจหน้าที่ (ODT)</a></li>
<li><a href="/archive/plan/แผนพัฒนาเขตบางกะปิ_2565.odt">แผนพัฒนาเขต ปี ๒๕๖๕ (ODT)</a></li></ul>
<p>เขตบางกะปิ มีพื้นที่ประมาณ ๒๘.๕๒๓ ตารางกิโลเมตร แบ่งเป็น ๒ แขวง คือ แขวงคลองจั่น และแขวงหัวหมาก ประชากรตามทะเบียนราษฎร ๑๔๘,๗๒๖ คน (ธ.ค. ๖๔)</p>""")

    # ---------- O4 plan
    odt("/archive/plan/แผนพัฒนาเขตบางกะปิ_2565.odt", "แผนพัฒนาเชิงพื้นที่ เขตบางกะปิ ประจำปี พ.ศ. ๒๕๖๕",
        ["สอดคล้องกับแผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๒ (พ.ศ. ๒๕๖๑ – ๒๕๖๕)",
         "วิสัยทัศน์: บางกะปิ เมืองน่าอยู่ ชุมชนเข้มแข็ง การบริการโปร่งใส",
         "ยุทธศาสตร์ที่ ๑ มหานครปลอดภัย: ติดตั้งไฟฟ้าส่องสว่างในซอยเปลี่ยว ๔๒ จุด",
         "ยุทธศาสตร์ที่ ๒ มหานครสีเขียว สะดวกสบาย: ปรับปรุงสวนหย่อมริมคลองแสนแสบ ๓ แห่ง",
         "ยุทธศาสตร์ที่ ๓ มหานครสำหรับทุกคน: ส่งเสริมกิจกรรมผู้สูงอายุใน ๒๓ ชุมชน",
         "ยุทธศาสตร์ที่ ๗ การบริหารจัดการเมืองมหานคร: พัฒนาการให้บริการอิเล็กทรอนิกส์"])

    # ---------- O5 contact
    png("/img/map.png", ["แผนที่ตั้งสำนักงานเขตบางกะปิ", "ถนนนวมินทร์ ใกล้ห้างเดอะมอลล์บางกะปิ", "ซอยนวมินทร์ ๒ ▶ สำนักงานเขต"], size=(600, 260), fontsize=18)
    page("/contact.html", "ติดต่อสำนักงานเขตบางกะปิ", """
<p>ที่อยู่: เลขที่ ๓ ซอยนวมินทร์ ๒ ถนนนวมินทร์ แขวงคลองจั่น เขตบางกะปิ กรุงเทพมหานคร ๑๐๒๔๐</p>
<p>โทรศัพท์: ๐ ๒๓๗๗ ๐๗๑๖, ๐ ๒๓๗๗ ๐๗๗๘ &nbsp; โทรสาร: ๐ ๒๓๗๗ ๐๗๒๐</p>
<p>ไปรษณีย์อิเล็กทรอนิกส์: bangkapi (at) bangkok.go.th</p>
<p>เวลาทำการ จันทร์ – ศุกร์ ๐๘.๓๐ – ๑๖.๓๐ น. (ฝ่ายทะเบียน เปิดวันเสาร์ ๐๘.๓๐ – ๑๒.๐๐ น.)</p>
<p><img src="/img/map.png" alt="แผนที่ตั้งสำนักงานเขตบางกะปิ"></p>
<p><a href="https://goo.gl/maps/bangkapi-district">ดูแผนที่ Google Maps</a></p>""")

    # ---------- O6 laws: the ITA page links to /archive/laws/index.html which does not exist (broken)
    # (no file written on purpose)

    # ---------- O7 news
    for d, t, h in news[:1]:
        page(h, t, f"<p>{d}</p><p>ผู้อำนวยการเขตบางกะปิ พร้อมด้วยฝ่ายโยธา ลงพื้นที่ตรวจความพร้อมของระบบระบายน้ำและจุดรับน้ำฝนบริเวณถนนลาดพร้าว เพื่อเตรียมรับมือฝนตกหนักในช่วงฤดูฝน</p>")
    allnews = news + [("๒๖ พ.ค. ๒๕๖๕", "ฉีดวัคซีนป้องกันโควิด-๑๙ เข็มกระตุ้น ณ ศูนย์เยาวชนบางกะปิ", "/news/index.html#n1"),
                      ("๑๒ พ.ค. ๒๕๖๕", "รณรงค์ Big Cleaning Day คลองแสนแสบ", "/news/index.html#n2"),
                      ("๒๙ เม.ย. ๒๕๖๕", "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี ๒๕๖๕", "/news/index.html#n3")]
    page("/news/index.html", "ข่าวประชาสัมพันธ์", "<ul>" + "".join(f'<li>{d} — <a href="{h}">{t}</a></li>' for d, t, h in allnews) + "</ul>")

    # ---------- O8 Q&A
    page("/qa.html", "กระดานถาม – ตอบ (Q&A)", """
<form action="/qa.html" method="get"><p>หัวข้อคำถาม <input name="q" size="40"></p><p>รายละเอียด<br><textarea name="d" cols="60" rows="4"></textarea></p>
<p>ชื่อ <input name="n"> อีเมล <input name="e"> <button type="submit">ส่งคำถาม</button></p></form>
<table class="grid"><tr><th>วันที่</th><th>คำถาม</th><th>คำตอบ</th></tr>
<tr><td>๒๔ มิ.ย. ๖๕</td><td>ขอคัดสำเนาทะเบียนบ้านต้องใช้เอกสารอะไรบ้าง</td><td>ใช้บัตรประจำตัวประชาชนของเจ้าบ้าน ติดต่อฝ่ายทะเบียน (ตอบโดย ฝ่ายทะเบียน ๒๔ มิ.ย. ๖๕)</td></tr>
<tr><td>๑๐ มิ.ย. ๖๕</td><td>ต้นไม้ล้มขวางซอยนวมินทร์ ๒๔</td><td>ฝ่ายรักษาความสะอาดฯ ดำเนินการตัดแต่งเรียบร้อยแล้ว (๑๑ มิ.ย. ๖๕)</td></tr></table>""")

    # ---------- O10 annual action plan (ODS)
    ods("/archive/2565/แผนปฏิบัติราชการ_ประจำปี_2565.ods", [("แผนปฏิบัติราชการ ๒๕๖๕", [
        ["แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๕ สำนักงานเขตบางกะปิ"],
        ["ลำดับ", "โครงการ/กิจกรรม", "ตัวชี้วัด", "งบประมาณ (บาท)", "ระยะเวลา", "ผู้รับผิดชอบ"],
        [1, "โครงการปรับปรุงทางเท้าถนนเสรีไทย", "ร้อยละความสำเร็จ", 3450000, "ต.ค. ๖๔ - ก.ย. ๖๕", "ฝ่ายโยธา"],
        [2, "โครงการเขตปลอดลูกน้ำยุงลาย", "จำนวนชุมชนที่เข้าร่วม", 120000, "ม.ค. - ส.ค. ๖๕", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล"],
        [3, "โครงการจัดระเบียบหาบเร่แผงลอย", "จำนวนจุดที่จัดระเบียบ", 85000, "ต.ค. ๖๔ - ก.ย. ๖๕", "ฝ่ายเทศกิจ"],
        [4, "โครงการส่งเสริมอาชีพผู้สูงอายุ", "จำนวนผู้เข้าร่วม", 150000, "ก.พ. - มิ.ย. ๖๕", "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม"],
        [5, "โครงการจัดเก็บภาษีที่ดินเชิงรุก", "ร้อยละการจัดเก็บ", 60000, "ต.ค. ๖๔ - ก.ย. ๖๕", "ฝ่ายรายได้"],
        [6, "โครงการพัฒนาการให้บริการอิเล็กทรอนิกส์", "ความพึงพอใจ", 40000, "ต.ค. ๖๔ - ก.ย. ๖๕", "ฝ่ายปกครอง"]])])
    # an old plan stays in the archive (clutter)
    ods("/archive/2564/แผนปฏิบัติราชการ_ประจำปี_2564.ods", [("แผนปฏิบัติราชการ ๒๕๖๔", [
        ["แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๔ สำนักงานเขตบางกะปิ"],
        ["ลำดับ", "โครงการ/กิจกรรม", "งบประมาณ (บาท)", "ผู้รับผิดชอบ"],
        [1, "โครงการปรับปรุงสวนหย่อมซอยลาดพร้าว ๑๐๑", 900000, "ฝ่ายโยธา"]])])

    # ---------- O11 monitoring report — link text undated; CONTENT IS FY2564 (stale)
    ods("/archive/report/รายงานกำกับติดตามการดำเนินงาน_รอบ6เดือน.ods", [("รอบ 6 เดือน", [
        ["รายงานการกำกับติดตามการดำเนินงานตามแผนปฏิบัติราชการ รอบ ๖ เดือน"],
        ["สำนักงานเขตบางกะปิ ปีงบประมาณ พ.ศ. ๒๕๖๔ (ตุลาคม ๒๕๖๓ – มีนาคม ๒๕๖๔)"],
        ["ลำดับ", "โครงการ", "ความก้าวหน้า (ร้อยละ)", "งบประมาณที่ใช้ (บาท)", "ปัญหาอุปสรรค"],
        [1, "โครงการปรับปรุงสวนหย่อมซอยลาดพร้าว ๑๐๑", 45, 380000, "ผู้รับจ้างส่งมอบงานล่าช้า"],
        [2, "โครงการคัดแยกขยะต้นทาง", 60, 22000, "-"],
        [3, "โครงการตรวจสุขลักษณะร้านอาหาร", 52, 15000, "สถานการณ์โควิด-๑๙"],
        ["", "ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๔", "", "", ""]])])

    # ---------- O12 annual performance report FY2564
    odt("/archive/2564/รายงานผลการดำเนินงานประจำปี_2564.odt", "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
        ["สำนักงานเขตบางกะปิ (๑ ตุลาคม ๒๕๖๓ – ๓๐ กันยายน ๒๕๖๔)",
         "ผลการดำเนินงานตามแผนปฏิบัติราชการ: ดำเนินการแล้วเสร็จ ๒๑ โครงการ จาก ๒๔ โครงการ คิดเป็นร้อยละ ๘๗.๕",
         "ผลการใช้จ่ายงบประมาณ: เบิกจ่าย ๑๘๔,๒๓๐,๕๕๐ บาท จากงบประมาณที่ได้รับ ๑๙๒,๔๐๐,๐๐๐ บาท",
         "ปัญหาอุปสรรค: สถานการณ์การแพร่ระบาดของโรคโควิด-๑๙ ทำให้ต้องเลื่อนกิจกรรมที่มีการรวมกลุ่ม",
         "ข้อเสนอแนะ: ปรับรูปแบบกิจกรรมเป็นออนไลน์ และเร่งรัดการเบิกจ่ายในไตรมาสแรก"])

    # ---------- O13 operation manuals: only inside a ZIP (one ODT per division)
    members = []
    for i, d in enumerate(DIVS, 1):
        members.append((f"คู่มือการปฏิบัติงาน_{i:02d}_{d}.odt",
                        odt_bytes(f"คู่มือการปฏิบัติงาน {d}", [f"{OFFICE} ฉบับปรับปรุง พ.ศ. ๒๕๖๔",
                                  f"วัตถุประสงค์: เพื่อให้เจ้าหน้าที่{d}ปฏิบัติงานเป็นมาตรฐานเดียวกัน",
                                  "ขั้นตอนการปฏิบัติงาน: ๑) รับเรื่อง ๒) ตรวจสอบ ๓) เสนอผู้บังคับบัญชา ๔) แจ้งผล",
                                  "ระยะเวลาดำเนินการ และแบบฟอร์มที่เกี่ยวข้องตามภาคผนวก"])))
    zip_file("/archive/manuals/คู่มือการปฏิบัติงาน_ทุกฝ่าย_2565.zip", members)

    # ---------- O14 service manuals (PDF)
    svc = [("แจ้งเกิด", "ฝ่ายทะเบียน"), ("ขอมีบัตรประจำตัวประชาชน", "ฝ่ายทะเบียน"),
           ("ขออนุญาตก่อสร้างอาคาร", "ฝ่ายโยธา"), ("ชำระภาษีป้าย", "ฝ่ายรายได้"),
           ("ขอใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล")]
    rows = []
    for i, (s, d) in enumerate(svc, 1):
        pdf(f"/docs/service/manual_{i}.pdf", f"คู่มือสำหรับประชาชน: การ{s}",
            [f"หน่วยงานที่ให้บริการ: {d} {OFFICE}", "ช่องทางการให้บริการ: ณ สำนักงานเขต วันจันทร์ – ศุกร์ ๐๘.๓๐ – ๑๖.๓๐ น.",
             "หลักเกณฑ์ วิธีการ เงื่อนไข: ตามกฎหมายที่เกี่ยวข้อง", "ขั้นตอน ระยะเวลา: ยื่นคำขอ ตรวจสอบเอกสาร พิจารณา แจ้งผล รวม ๑ – ๑๕ วันทำการ",
             "ค่าธรรมเนียม: ตามอัตราที่กฎหมายกำหนด", "ช่องทางการร้องเรียน: ศูนย์รับเรื่องราวร้องทุกข์ กรุงเทพมหานคร โทร ๑๕๕๕"])
        rows.append(f'<tr><td>{td(i)}</td><td>การ{s}</td><td>{d}</td><td><a href="/docs/service/manual_{i}.pdf">เปิดเอกสาร</a></td></tr>')
    page("/service/manuals.html", "คู่มือสำหรับประชาชน (มาตรฐานการให้บริการ)",
         '<table class="grid"><tr><th>ที่</th><th>งานบริการ</th><th>ฝ่าย</th><th>เอกสาร</th></tr>' + "".join(rows) + "</table>")

    # ---------- O15 service statistics: CSV encoded TIS-620/cp874 (no BOM)
    months = ["ต.ค. 64", "พ.ย. 64", "ธ.ค. 64", "ม.ค. 65", "ก.พ. 65", "มี.ค. 65", "เม.ย. 65", "พ.ค. 65"]
    st = [["สถิติการให้บริการประชาชน สำนักงานเขตบางกะปิ ปีงบประมาณ 2565"],
          ["เดือน", "งานทะเบียนราษฎร", "งานบัตรประจำตัวประชาชน", "งานจัดเก็บภาษี", "งานขออนุญาตก่อสร้าง", "รวม"]]
    for i, m in enumerate(months):
        a, b, c, d = 2100 + i * 37, 1650 + i * 21, 800 + (i * 113) % 400, 35 + i
        st.append([m, a, b, c, d, a + b + c + d])
    out("/archive/stat/สถิติการให้บริการ_2565.csv").write_bytes(csv_bytes(st, encoding="cp874"))

    # ---------- O16 satisfaction survey: placeholder (missing)
    page("/service/satisfaction.html", "ผลสำรวจความพึงพอใจการให้บริการ",
         '<p class="note">อยู่ระหว่างดำเนินการ</p><p>ขออภัยในความไม่สะดวก ข้อมูลจะเผยแพร่เร็ว ๆ นี้</p>')

    # ---------- O17 e-service
    page("/service/eservice.html", "บริการออนไลน์ (E-Service)", """
<ul><li><a href="https://q.bangkok.go.th/">BMA Q — จองคิวรับบริการงานทะเบียนล่วงหน้า</a></li>
<li><a href="https://oss.bangkok.go.th/">BMA OSS — ยื่นคำขออนุญาตออนไลน์</a></li>
<li><a href="https://www.traffy.in.th/?page_id=27351">Traffy Fondue — แจ้งปัญหาเมือง</a></li>
<li><a href="/service/eform.html">แบบฟอร์มขอรับบริการออนไลน์ของเขตบางกะปิ</a></li></ul>""")
    page("/service/eform.html", "แบบฟอร์มขอรับบริการออนไลน์", """
<form action="/service/eform.html" method="get"><p>ชื่อ - สกุล <input name="name"></p><p>เลขบัตรประชาชน <input name="pid"></p>
<p>เรื่องที่ขอรับบริการ <select name="t"><option>ขอคัดสำเนาทะเบียนบ้าน</option><option>ขอหนังสือรับรองการชำระภาษี</option><option>ขอตัดต้นไม้</option></select></p>
<p>เบอร์โทร <input name="tel"> <button>ส่งคำขอ</button></p></form><p>เจ้าหน้าที่จะติดต่อกลับภายใน ๑ วันทำการ</p>""")
    page("/service/index.html", "บริการประชาชน", """<ul>
<li><a href="/service/manuals.html">คู่มือสำหรับประชาชน</a></li><li><a href="/service/eservice.html">E-Service</a></li>
<li><a href="/archive/stat/สถิติการให้บริการ_2565.csv">สถิติการให้บริการ (CSV)</a></li>
<li><a href="/service/satisfaction.html">ผลสำรวจความพึงพอใจ</a></li><li><a href="/qa.html">ถาม-ตอบ</a></li></ul>""")

    # ---------- O18 budget plan FY2565
    ods("/archive/budget/แผนการใช้จ่ายงบประมาณ_2565.ods", [("แผนการใช้จ่าย", [
        ["แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๕ สำนักงานเขตบางกะปิ"],
        ["หมวดรายจ่าย", "งบประมาณที่ได้รับ (บาท)", "ไตรมาส ๑ (ต.ค.-ธ.ค. ๖๔)", "ไตรมาส ๒ (ม.ค.-มี.ค. ๖๕)", "ไตรมาส ๓ (เม.ย.-มิ.ย. ๖๕)", "ไตรมาส ๔ (ก.ค.-ก.ย. ๖๕)"],
        ["งบบุคลากร", 121500000, 30375000, 30375000, 30375000, 30375000],
        ["งบดำเนินงาน", 48200000, 14460000, 12050000, 12050000, 9640000],
        ["งบลงทุน", 19800000, 1980000, 5940000, 7920000, 3960000],
        ["งบรายจ่ายอื่น", 2600000, 650000, 650000, 650000, 650000]])])

    # ---------- O19 budget monitoring report: CORRUPT ZIP (truncated) -> broken
    full = io.BytesIO()
    with zipfile.ZipFile(full, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("รายงานผลการใช้จ่ายงบประมาณ_รอบ6เดือน_2565.pdf",
                   pdf_bytes("รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ ๖ เดือน ปีงบประมาณ พ.ศ. ๒๕๖๕",
                             ["สำนักงานเขตบางกะปิ (ตุลาคม ๒๕๖๔ – มีนาคม ๒๕๖๕)",
                              "เบิกจ่ายสะสม ๙๓,๘๑๐,๒๒๐ บาท คิดเป็นร้อยละ ๔๘.๘๐ ของงบประมาณที่ได้รับ"] * 6))
        z.writestr("ตารางประกอบ.ods", ods_bytes([("ตาราง", [["หมวด", "เบิกจ่าย"], ["งบบุคลากร", 60750000]])]))
    data = full.getvalue()
    out("/archive/budget/รายงานกำกับติดตามการใช้จ่ายงบประมาณ_6เดือน_2565.zip").write_bytes(data[: int(len(data) * 0.55)])

    # ---------- O20 annual budget report FY2564
    odt("/archive/budget/รายงานผลการใช้จ่ายงบประมาณประจำปี_2564.odt", "รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
        ["สำนักงานเขตบางกะปิ ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๔"],
        table=[["หมวดรายจ่าย", "งบประมาณที่ได้รับ", "เบิกจ่าย", "ร้อยละ"],
               ["งบบุคลากร", "๑๑๘,๒๐๐,๐๐๐", "๑๑๗,๙๔๐,๑๒๐", "๙๙.๗๘"],
               ["งบดำเนินงาน", "๔๖,๕๐๐,๐๐๐", "๔๑,๒๒๐,๕๐๐", "๘๘.๖๕"],
               ["งบลงทุน", "๒๗,๗๐๐,๐๐๐", "๒๕,๐๖๙,๙๓๐", "๙๐.๕๐"],
               ["ปัญหาอุปสรรค", "งานลงทุนบางรายการเบิกจ่ายไม่ทันสิ้นปี", "", ""],
               ["ข้อเสนอแนะ", "จัดทำแผนจัดซื้อจัดจ้างให้เร็วขึ้นตั้งแต่ไตรมาสแรก", "", ""]])

    # ---------- O21 procurement plan FY2565
    ods("/archive/procurement/แผนการจัดซื้อจัดจ้าง_2565.ods", [("แผนจัดซื้อจัดจ้าง", [
        ["ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ สำนักงานเขตบางกะปิ"],
        ["ลำดับ", "ชื่อโครงการ", "วงเงินงบประมาณ (บาท)", "แหล่งที่มาของงบประมาณ", "วิธีการจัดหา", "คาดว่าจะประกาศจัดซื้อจัดจ้าง (เดือน/ปี)"],
        [1, "จ้างปรับปรุงทางเท้าถนนเสรีไทย", 3450000, "งบประมาณกรุงเทพมหานคร", "e-bidding", "ธ.ค. ๖๔"],
        [2, "จ้างก่อสร้างรางระบายน้ำซอยนวมินทร์ ๒๔", 1980000, "งบประมาณกรุงเทพมหานคร", "e-bidding", "ก.พ. ๖๕"],
        [3, "ซื้อรถเก็บขนมูลฝอยขนาดเล็ก", 1250000, "งบประมาณกรุงเทพมหานคร", "e-bidding", "มี.ค. ๖๕"],
        [4, "จ้างปรับปรุงสวนหย่อมริมคลองแสนแสบ", 870000, "งบประมาณกรุงเทพมหานคร", "เฉพาะเจาะจง", "เม.ย. ๖๕"]])])

    # ---------- O22 announcements
    ann = [("๑๖ ธ.ค. ๒๕๖๔", "ประกาศประกวดราคาจ้างปรับปรุงทางเท้าถนนเสรีไทย ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"),
           ("๗ ก.พ. ๒๕๖๕", "ประกาศประกวดราคาจ้างก่อสร้างรางระบายน้ำซอยนวมินทร์ ๒๔ (e-bidding)"),
           ("๒๒ มี.ค. ๒๕๖๕", "ประกาศผู้ชนะการเสนอราคา ซื้อรถเก็บขนมูลฝอยขนาดเล็ก"),
           ("๑๘ เม.ย. ๒๕๖๕", "ประกาศผู้ชนะการเสนอราคา จ้างปรับปรุงสวนหย่อมริมคลองแสนแสบ โดยวิธีเฉพาะเจาะจง")]
    rows = []
    for i, (d, t) in enumerate(ann, 1):
        pdf(f"/docs/procurement/ann_{i}.pdf", t, [f"{OFFICE}", f"ประกาศ ณ วันที่ {d}", "ผู้สนใจติดต่อขอรับเอกสารหรือดูรายละเอียดได้ที่ระบบ e-GP และเว็บไซต์ e-GPBMA",
                                                   f"({DIRECTOR}) ผู้อำนวยการเขตบางกะปิ"])
        rows.append(f'<tr><td>{d}</td><td><a href="/docs/procurement/ann_{i}.pdf">{t}</a></td></tr>')
    page("/procurement/announcements.html", "ประกาศจัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๕",
         '<p>ดูประกาศทั้งหมดได้ที่ระบบเผยแพร่ข้อมูลการจัดซื้อจัดจ้างของกรุงเทพมหานคร <a href="https://e-gpbma.bangkok.go.th/">e-GPBMA</a> และ <a href="https://www.gprocurement.go.th/">ระบบ e-GP กรมบัญชีกลาง</a></p>'
         '<table class="grid"><tr><th>วันที่</th><th>เรื่อง</th></tr>' + "".join(rows) + "</table>")

    # ---------- O23 monthly summaries: quarterly ZIPs + single ODS; FEB 2565 missing inside Q2 zip
    q1 = []
    for k, (mname, tag) in enumerate([("ตุลาคม ๒๕๖๔", "2564"), ("พฤศจิกายน ๒๕๖๔", "2564"), ("ธันวาคม ๒๕๖๔", "2564")]):
        q1.append((f"สขร1_{['ต.ค.64', 'พ.ย.64', 'ธ.ค.64'][k]}.pdf",
                   pdf_bytes(f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {mname}", [], sub=f"{OFFICE} (แบบ สขร.๑)",
                             table=sxr_rows(mname, month_items(tag, 4, 10 + k)), land=True)))
    zip_file("/archive/procurement/สขร1_ไตรมาส1_2565.zip", q1)
    q2 = []
    for k, mname in [(0, "มกราคม ๒๕๖๕"), (2, "มีนาคม ๒๕๖๕")]:
        q2.append((f"สขร1_{['ม.ค.65', 'ก.พ.65', 'มี.ค.65'][k]}.xlsx",
                   xlsx_bytes([("สขร1", [[f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {mname} {OFFICE}"]]
                                + sxr_rows(mname, month_items("2565", 5, 20 + k)))])))
    zip_file("/archive/procurement/สขร1_ไตรมาส2_2565.zip", q2)
    for k, (mname, fn) in enumerate([("เมษายน ๒๕๖๕", "เม.ย.65"), ("พฤษภาคม ๒๕๖๕", "พ.ค.65")]):
        ods(f"/archive/procurement/สขร1_{fn}.ods", [("สขร1", [[f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {mname} {OFFICE}"]]
                                                      + sxr_rows(mname, month_items("2565", 3, 30 + k)))])
    page("/procurement/monthly.html", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.๑) ปีงบประมาณ ๒๕๖๕", """
<p>เพื่อความสะดวกในการดาวน์โหลด ฝ่ายการคลังรวบรวมแบบ สขร.๑ เป็นรายไตรมาส (ไฟล์ ZIP)</p>
<table class="grid"><tr><th>งวด</th><th>ไฟล์</th></tr>
<tr><td>ไตรมาส ๑ (ต.ค. – ธ.ค. ๒๕๖๔)</td><td><a href="/archive/procurement/สขร1_ไตรมาส1_2565.zip">สขร1_ไตรมาส1_2565.zip</a></td></tr>
<tr><td>ไตรมาส ๒ (ม.ค. – มี.ค. ๒๕๖๕)</td><td><a href="/archive/procurement/สขร1_ไตรมาส2_2565.zip">สขร1_ไตรมาส2_2565.zip</a></td></tr>
<tr><td>เมษายน ๒๕๖๕</td><td><a href="/archive/procurement/สขร1_เม.ย.65.ods">สขร1_เม.ย.65.ods</a></td></tr>
<tr><td>พฤษภาคม ๒๕๖๕</td><td><a href="/archive/procurement/สขร1_พ.ค.65.ods">สขร1_พ.ค.65.ods</a></td></tr></table>""")

    # ---------- O24 annual procurement report: undated file name, content FY2563 (stale)
    odt("/archive/procurement/รายงานผลการจัดซื้อจัดจ้างประจำปี.odt", "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี",
        ["สำนักงานเขตบางกะปิ ประจำปีงบประมาณ พ.ศ. ๒๕๖๓ (ตุลาคม ๒๕๖๒ – กันยายน ๒๕๖๓)",
         "จำนวนโครงการทั้งหมด ๒๑๔ โครงการ วงเงินรวม ๓๘,๑๒๐,๔๕๐ บาท",
         "ปัญหาอุปสรรค: ผู้ประกอบการยื่นเอกสารไม่ครบถ้วน",
         "แนวทางแก้ไข: ชี้แจงหลักเกณฑ์ก่อนยื่นข้อเสนอ"],
        table=[["วิธีการจัดซื้อจัดจ้าง", "จำนวนโครงการ", "วงเงิน (บาท)"],
               ["e-bidding", "๙", "๒๔,๕๐๐,๐๐๐"], ["เฉพาะเจาะจง", "๒๐๕", "๑๓,๖๒๐,๔๕๐"]])

    # ---------- O25–O28 HR documents: only inside one ZIP; O25 is an unsigned draft
    hr = [
        ("01_นโยบายการบริหารทรัพยากรบุคคล_2565.odt",
         odt_bytes("(ร่าง) นโยบายการบริหารทรัพยากรบุคคล สำนักงานเขตบางกะปิ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕",
                   ["ร่างเพื่อเสนอความเห็น — ยังไม่ได้ลงนาม",
                    "๑. ด้านการวางแผนกำลังคน ๒. ด้านการสรรหา ๓. ด้านการพัฒนาบุคลากร ๔. ด้านการรักษาไว้ซึ่งบุคลากร ๕. ด้านคุณภาพชีวิต",
                    "ประกาศ ณ วันที่ ........ เดือน ................ พ.ศ. ..........",
                    "(........................................) ผู้อำนวยการเขตบางกะปิ"])),
        ("02_การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล_2565.ods",
         ods_bytes([("การดำเนินการ", [["การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล ปีงบประมาณ พ.ศ. ๒๕๖๕"],
                                      ["กิจกรรม", "ช่วงเวลา", "ผลการดำเนินการ"],
                                      ["อบรมหลักสูตรการให้บริการด้วยใจ", "ธ.ค. ๖๔", "ผู้เข้าอบรม ๑๒๐ คน"],
                                      ["ปฐมนิเทศข้าราชการบรรจุใหม่", "ก.พ. ๖๕", "๘ คน"],
                                      ["ยกย่องข้าราชการดีเด่น", "มี.ค. ๖๕", "๕ คน"]])])),
        ("03_หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล.odt",
         odt_bytes("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", ["ตามกฎ ก.ก. และหลักเกณฑ์ของสำนักงาน ก.ก.",
                   "หลักเกณฑ์การสรรหาและคัดเลือก หลักเกณฑ์การประเมินผลการปฏิบัติราชการ หลักเกณฑ์การพัฒนาบุคลากร หลักเกณฑ์การให้คุณให้โทษและการสร้างขวัญกำลังใจ"])),
        ("04_รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล_2564.odt",
         odt_bytes("รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปีงบประมาณ พ.ศ. ๒๕๖๔", ["สำนักงานเขตบางกะปิ",
                   "ผลการดำเนินการตามแผน: อบรม ๑๔ หลักสูตร ผู้เข้าร่วม ๔๑๒ คน", "ปัญหาอุปสรรค: สถานการณ์โควิด-๑๙ ต้องปรับเป็นออนไลน์",
                   "ข้อเสนอแนะ: พัฒนาหลักสูตรดิจิทัลสำหรับบุคลากร"])),
    ]
    zip_file("/archive/hr/เอกสารบริหารทรัพยากรบุคคล_2565.zip", hr)

    # ---------- O29–O31 complaints
    odt("/archive/integrity/แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต.odt", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
        ["สำนักงานเขตบางกะปิ ฉบับ พ.ศ. ๒๕๖๕", "ขั้นตอน: รับเรื่อง → ลงทะเบียน → ตรวจสอบข้อเท็จจริง → เสนอผู้อำนวยการเขต → แจ้งผลผู้ร้องภายใน ๑๕ วัน",
         "ผู้รับผิดชอบ: ฝ่ายปกครอง", "การคุ้มครองผู้ร้องเรียนและการรักษาความลับ"])
    page("/complaint.html", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", """
<ul><li>ยื่นหนังสือด้วยตนเอง ณ ฝ่ายปกครอง สำนักงานเขตบางกะปิ</li><li>ตู้รับเรื่องร้องเรียน ชั้น ๑ อาคารสำนักงานเขต</li>
<li>โทรศัพท์ ๐ ๒๓๗๗ ๐๗๑๖ ต่อ ๑๒๐ หรือสายด่วนกรุงเทพมหานคร ๑๕๕๕</li><li>อีเมล bangkapi (at) bangkok.go.th</li>
<li><a href="https://www.traffy.in.th/">Traffy Fondue</a></li>
<li><a href="/opinion.html">แบบฟอร์มแจ้งเรื่องร้องเรียนออนไลน์</a> (ไม่ต้องระบุชื่อได้)</li></ul>""")
    st = [["สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ สำนักงานเขตบางกะปิ ปีงบประมาณ พ.ศ. 2565"],
          ["เดือน", "จำนวนเรื่องที่รับ", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ", "ช่องทาง"],
          ["ตุลาคม 2564", 0, 0, 0, "-"], ["พฤศจิกายน 2564", 1, 1, 0, "หนังสือ"], ["ธันวาคม 2564", 0, 0, 0, "-"],
          ["รวมไตรมาส 1", 1, 1, 0, ""]]
    out("/archive/integrity/สถิติเรื่องร้องเรียนการทุจริต_2565.csv").write_bytes(csv_bytes(st, "utf-8-sig"))

    # ---------- O32 O33
    page("/opinion.html", "รับฟังความคิดเห็น / ข้อเสนอแนะ", """
<form action="/opinion.html" method="get"><p>เรื่อง <input name="s" size="40"></p><p>ความคิดเห็น<br><textarea name="c" cols="60" rows="5"></textarea></p>
<p>ชื่อ (ไม่บังคับ) <input name="n"> <button>ส่ง</button></p></form>
<p>หรือแสดงความคิดเห็นผ่าน <a href="https://www.facebook.com/bangkapidistrict">Facebook</a> และ LINE @bangkapi</p>""")
    page("/news/participation.html", "การเปิดโอกาสให้ประชาชนมีส่วนร่วม ปีงบประมาณ ๒๕๖๕", """
<p>๒๑ มิ.ย. ๒๕๖๕ — ประชุมคณะกรรมการชุมชน ครั้งที่ ๒/๒๕๖๕ รับฟังความคิดเห็นโครงการปรับปรุงสวนหย่อมริมคลองแสนแสบ ผู้แทนชุมชน ๒๓ ชุมชนร่วมเสนอแนะ</p>
<p>๑๔ ก.พ. ๒๕๖๕ — ประชาคมรับฟังความคิดเห็นการจัดระเบียบหาบเร่แผงลอย ถนนลาดพร้าว</p>
<p>๒๘ ต.ค. ๒๕๖๔ — เปิดรับฟังความคิดเห็นแผนพัฒนาเขต ปี ๒๕๖๕ ผ่าน Google Form</p>""")

    # ---------- O34–O43 integrity
    odt("/archive/integrity/เจตจำนงสุจริตของผู้บริหาร_2565.odt", "ประกาศสำนักงานเขตบางกะปิ เรื่อง เจตจำนงสุจริตในการบริหารงาน",
        ["ข้าพเจ้า นายวิโรจน์ ทองประเสริฐ ผู้อำนวยการเขตบางกะปิ ขอประกาศเจตจำนงว่าจะบริหารงานด้วยความซื่อสัตย์สุจริต โปร่งใส ตรวจสอบได้",
         "ประกาศ ณ วันที่ ๔ ตุลาคม พ.ศ. ๒๕๖๔", f"(ลงชื่อ) {DIRECTOR} ผู้อำนวยการเขตบางกะปิ",
         "— English version —",
         "Declaration of Integrity: I, Mr. Wirot Thongprasert, Director of Bang Kapi District Office, declare my intention to administer with honesty, transparency and accountability.",
         "Given on 4 October 2021. (Signed) Wirot Thongprasert, Director of Bang Kapi District"])
    page("/news/exec-integrity.html", "ผู้บริหารร่วมขับเคลื่อนคุณธรรมและความโปร่งใส", """
<p>๑๕ มิ.ย. ๒๕๖๕ — ผู้อำนวยการเขตบางกะปิ มอบนโยบาย No Gift Policy และติดตามการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ในการประชุมหัวหน้าฝ่าย</p>
<p>๙ ธ.ค. ๒๕๖๔ — ผู้อำนวยการเขตนำข้าราชการร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล</p>""")
    ods("/archive/integrity/การประเมินความเสี่ยงการทุจริต_2565.ods", [("ประเมินความเสี่ยง", [
        ["การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ สำนักงานเขตบางกะปิ"],
        ["กระบวนงาน", "เหตุการณ์ความเสี่ยง", "โอกาส", "ผลกระทบ", "ระดับ", "มาตรการควบคุม"],
        ["การออกใบอนุญาตก่อสร้าง", "เรียกรับผลประโยชน์เพื่อเร่งรัดการอนุญาต", 3, 4, "สูง", "ติดตามสถานะผ่านระบบ BMA OSS"],
        ["การจัดซื้อจัดจ้าง", "กำหนดคุณลักษณะเอื้อผู้ค้ารายใด", 2, 4, "ปานกลาง", "ตรวจทานคุณลักษณะโดยคณะกรรมการ"],
        ["การจัดเก็บภาษีป้าย", "ประเมินภาษีต่ำกว่าความเป็นจริง", 2, 3, "ปานกลาง", "สุ่มตรวจภาคสนาม"]])])
    odt("/archive/integrity/การดำเนินการจัดการความเสี่ยงการทุจริต_2565.odt", "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต ปีงบประมาณ พ.ศ. ๒๕๖๕",
        ["ผลการดำเนินการตามมาตรการควบคุมความเสี่ยง รอบ ๖ เดือน (ต.ค. ๖๔ – มี.ค. ๖๕)",
         "กระบวนงานออกใบอนุญาตก่อสร้าง: ใช้ระบบ BMA OSS ครบร้อยละ ๑๐๐ ไม่พบเรื่องร้องเรียน",
         "กระบวนงานจัดซื้อจัดจ้าง: คณะกรรมการตรวจทานคุณลักษณะ ๑๒ โครงการ"])
    page("/news/culture.html", "การเสริมสร้างวัฒนธรรมองค์กร", """
<p>๓ มิ.ย. ๒๕๖๕ — กิจกรรม “บางกะปิโปร่งใส ใจสุจริต” ข้าราชการและบุคลากรร่วมแลกเปลี่ยนเรื่องการแยกแยะประโยชน์ส่วนตนและประโยชน์ส่วนรวม</p>
<p>๒๐ ม.ค. ๒๕๖๕ — อบรมประมวลจริยธรรมข้าราชการกรุงเทพมหานคร</p>""")
    odt("/archive/integrity/แผนปฏิบัติการป้องกันการทุจริต_2564-2567.odt", "แผนปฏิบัติการป้องกันการทุจริต สำนักงานเขตบางกะปิ ระยะ ๔ ปี (พ.ศ. ๒๕๖๔ – ๒๕๖๗)",
        ["แผนนี้จัดทำตามยุทธศาสตร์ชาติว่าด้วยการป้องกันและปราบปรามการทุจริต ระยะที่ ๓",
         "ยุทธศาสตร์ที่ ๑ สร้างสังคมที่ไม่ทนต่อการทุจริต", "ยุทธศาสตร์ที่ ๒ ยกระดับเจตจำนงทางการเมืองในการต่อต้านการทุจริต",
         "ยุทธศาสตร์ที่ ๓ สกัดกั้นการทุจริตเชิงนโยบาย", "ยุทธศาสตร์ที่ ๔ พัฒนาระบบป้องกันการทุจริตเชิงรุก",
         "ระยะเวลาดำเนินการ ปีงบประมาณ ๒๕๖๔ – ๒๕๖๗ (กิจกรรมจะกำหนดรายละเอียดตามความเหมาะสม)"])
    ods("/archive/integrity/รายงานกำกับติดตามการป้องกันการทุจริต_6เดือน_2565.ods", [("รอบ 6 เดือน", [
        ["รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ ๖ เดือน ปีงบประมาณ พ.ศ. ๒๕๖๕ (ต.ค. ๒๕๖๔ – มี.ค. ๒๕๖๕)"],
        ["กิจกรรม", "ความก้าวหน้า", "งบประมาณที่ใช้", "ผู้รับผิดชอบ"],
        ["กิจกรรมวันต่อต้านคอร์รัปชันสากล", "ดำเนินการแล้ว ๙ ธ.ค. ๖๔", 0, "ฝ่ายปกครอง"],
        ["อบรมประมวลจริยธรรม", "ดำเนินการแล้ว ๒๐ ม.ค. ๖๕", 12000, "ฝ่ายปกครอง"],
        ["ประกาศเจตจำนงสุจริต", "ดำเนินการแล้ว ๔ ต.ค. ๖๔", 0, "ผู้อำนวยการเขต"]])])
    odt("/archive/integrity/รายงานผลการดำเนินการป้องกันการทุจริต_2564.odt", "รายงานผลการดำเนินการป้องกันการทุจริตประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
        ["สำนักงานเขตบางกะปิ", "ผลการดำเนินการ: ดำเนินกิจกรรม ๘ กิจกรรม ครบตามแผน", "ผลการใช้จ่ายงบประมาณ ๓๖,๕๐๐ บาท",
         "ปัญหาอุปสรรค: การจัดกิจกรรมรวมกลุ่มถูกจำกัดจากโควิด-๑๙", "ข้อเสนอแนะ: จัดกิจกรรมออนไลน์เพิ่มขึ้น"])
    odt("/archive/integrity/มาตรการส่งเสริมคุณธรรมและความโปร่งใส_2565.odt",
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน สำนักงานเขตบางกะปิ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕",
        ["ส่วนที่ ๑ ผลการประเมิน ITA ปี ๒๕๖๔ ของสำนักงานเขตบางกะปิ: ๘๙.๑๒ คะแนน (IIT ๙๑.๔๐ / EIT ๘๗.๖๑ / OIT ๘๘.๕๐)",
         "ส่วนที่ ๒ การวิเคราะห์: ข้อบกพร่องที่พบ ได้แก่ O๒๓ สรุปผลการจัดซื้อจัดจ้างไม่ครบทุกเดือน และ O๓๑ ไม่มีสถิติรายเดือน",
         "ส่วนที่ ๓ มาตรการ ปีงบประมาณ ๒๕๖๕: ๑) มอบหมายผู้รับผิดชอบแต่ละข้อ ๒) ตรวจทานข้อมูลบนเว็บไซต์เดือนละ ๑ ครั้ง ๓) เผยแพร่เอกสารในรูปแบบเปิด",
         "ผู้รับผิดชอบ: ฝ่ายปกครอง (เจ้าภาพหลัก) ทุกฝ่าย (สนับสนุน) การกำกับติดตาม: ผู้อำนวยการเขต รายเดือน"])
    odt("/archive/integrity/ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม_รอบ6เดือน_2565.odt",
        "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน รอบ ๖ เดือน ปีงบประมาณ พ.ศ. ๒๕๖๕",
        ["ช่วงเวลา: ตุลาคม ๒๕๖๔ – มีนาคม ๒๕๖๕", "มาตรการที่ ๑ มอบหมายผู้รับผิดชอบ: ออกคำสั่งเขตบางกะปิ ที่ ๒๑๒/๒๕๖๔ แล้ว",
         "มาตรการที่ ๒ ตรวจทานเว็บไซต์รายเดือน: ดำเนินการทุกเดือน บันทึกผลในแบบ Checklist", "มาตรการที่ ๓ เผยแพร่เอกสารรูปแบบเปิด: ดำเนินการแล้ว"])

    # ---------- archive listing (open data catalogue)
    files = sorted(p.relative_to(SITE).as_posix() for p in (SITE / "archive").rglob("*") if p.is_file())
    rows = "".join(f'<tr><td>{Path(f).parent.name}</td><td><a href="/{f}">{Path(f).name}</a></td><td>{Path(f).suffix[1:].upper()}</td></tr>' for f in files)
    page("/archive/index.html", "คลังเอกสารเปิด (Open Data) สำนักงานเขตบางกะปิ",
         "<p>รายการไฟล์ทั้งหมด จัดเรียงตามหมวด</p><table class='grid'><tr><th>หมวด</th><th>ไฟล์</th><th>รูปแบบ</th></tr>" + rows + "</table>")

    # ---------- the ITA / OIT page
    def L(h, t):
        return f'<a href="{h}">{t}</a>'
    hrzip = "/archive/hr/เอกสารบริหารทรัพยากรบุคคล_2565.zip"
    items = [
        ("ข้อมูลพื้นฐาน", [
            ("O1", "โครงสร้างส่วนราชการ", L("/about/structure.html", "แผนภูมิโครงสร้าง")),
            ("O2", "ผู้บริหารเขต", L("/about/executives.html", "ทำเนียบผู้บริหาร")),
            ("O๓", "อำนาจหน้าที่", L("/archive/about/อำนาจหน้าที่_สำนักงานเขต.odt", "อำนาจหน้าที่ (.odt)")),
            ("O๔", "แผนพัฒนาเขต", L("/archive/plan/แผนพัฒนาเขตบางกะปิ_2565.odt", "แผนพัฒนาเชิงพื้นที่ ปี ๒๕๖๕ (.odt)")),
            ("O5", "ช่องทางติดต่อ", L("/contact.html", "ติดต่อเรา")),
            ("O6", "กฎหมาย ระเบียบที่เกี่ยวข้อง", L("/archive/laws/index.html", "รวมกฎหมายที่เกี่ยวข้อง")),
            ("O7", "ข่าวสาร", L("/news/index.html", "ข่าวประชาสัมพันธ์")),
            ("O8", "ถาม-ตอบ", L("/qa.html", "Q&amp;A")),
            ("O9", "สื่อสังคมออนไลน์", L("https://www.facebook.com/bangkapidistrict", "Facebook") + " · " + L("https://line.me/R/ti/p/@bangkapi", "LINE"))]),
        ("การบริหารงาน", [
            ("O10", "แผนปฏิบัติราชการ ปี ๒๕๖๕", L("/archive/2565/แผนปฏิบัติราชการ_ประจำปี_2565.ods", "ไฟล์ .ods")),
            ("O11", "รายงานกำกับติดตามการดำเนินงาน รอบ ๖ เดือน", L("/archive/report/รายงานกำกับติดตามการดำเนินงาน_รอบ6เดือน.ods", "ไฟล์ .ods")),
            ("O12", "รายงานผลการดำเนินงาน ปี ๒๕๖๔", L("/archive/2564/รายงานผลการดำเนินงานประจำปี_2564.odt", "ไฟล์ .odt")),
            ("O13", "คู่มือปฏิบัติงานของเจ้าหน้าที่ (ทุกฝ่าย)", L("/archive/manuals/คู่มือการปฏิบัติงาน_ทุกฝ่าย_2565.zip", "ดาวน์โหลด .zip")),
            ("O14", "คู่มือบริการประชาชน", L("/service/manuals.html", "คู่มือสำหรับประชาชน")),
            ("O15", "สถิติการให้บริการ", L("/archive/stat/สถิติการให้บริการ_2565.csv", "ไฟล์ .csv")),
            ("O16", "ผลสำรวจความพึงพอใจ", L("/service/satisfaction.html", "ผลสำรวจ")),
            ("O17", "E-Service", L("/service/eservice.html", "บริการออนไลน์"))]),
        ("งบประมาณและพัสดุ", [
            ("O18", "แผนการใช้จ่ายงบประมาณ ปี ๒๕๖๕", L("/archive/budget/แผนการใช้จ่ายงบประมาณ_2565.ods", "ไฟล์ .ods")),
            ("O19", "รายงานกำกับติดตามการใช้จ่ายงบประมาณ รอบ ๖ เดือน", L("/archive/budget/รายงานกำกับติดตามการใช้จ่ายงบประมาณ_6เดือน_2565.zip", "ดาวน์โหลด .zip")),
            ("O20", "รายงานผลการใช้จ่ายงบประมาณ ปี ๒๕๖๔", L("/archive/budget/รายงานผลการใช้จ่ายงบประมาณประจำปี_2564.odt", "ไฟล์ .odt")),
            ("O21", "แผนจัดซื้อจัดจ้าง ปี ๒๕๖๕", L("/archive/procurement/แผนการจัดซื้อจัดจ้าง_2565.ods", "ไฟล์ .ods") + " · " + L("https://e-gpbma.bangkok.go.th/", "e-GPBMA")),
            ("O22", "ประกาศจัดซื้อจัดจ้าง", L("/procurement/announcements.html", "ประกาศ ปี ๒๕๖๕")),
            ("O23", "สรุปผลจัดซื้อจัดจ้างรายเดือน (สขร.๑)", L("/procurement/monthly.html", "รายเดือน/รายไตรมาส")),
            ("O24", "รายงานผลจัดซื้อจัดจ้างประจำปี", L("/archive/procurement/รายงานผลการจัดซื้อจัดจ้างประจำปี.odt", "ไฟล์ .odt"))]),
        ("ทรัพยากรบุคคล", [
            ("O25", "นโยบายบริหารทรัพยากรบุคคล", L(hrzip, "ชุดเอกสาร HR (.zip) ไฟล์ที่ ๑")),
            ("O26", "การดำเนินการตามนโยบาย HR", L(hrzip, "ชุดเอกสาร HR (.zip) ไฟล์ที่ ๒")),
            ("O27", "หลักเกณฑ์บริหารและพัฒนาบุคลากร", L(hrzip, "ชุดเอกสาร HR (.zip) ไฟล์ที่ ๓")),
            ("O28", "รายงานผลบริหารและพัฒนาบุคลากร ปี ๒๕๖๔", L(hrzip, "ชุดเอกสาร HR (.zip) ไฟล์ที่ ๔"))]),
        ("ความโปร่งใส", [
            ("O29", "แนวปฏิบัติจัดการเรื่องร้องเรียนการทุจริต", L("/archive/integrity/แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต.odt", "ไฟล์ .odt")),
            ("O30", "ช่องทางร้องเรียนการทุจริต", L("/complaint.html", "แจ้งเรื่องร้องเรียน")),
            ("O31", "สถิติเรื่องร้องเรียนการทุจริต ปี ๒๕๖๕", L("/archive/integrity/สถิติเรื่องร้องเรียนการทุจริต_2565.csv", "ไฟล์ .csv")),
            ("O32", "ช่องทางรับฟังความคิดเห็น", L("/opinion.html", "แสดงความคิดเห็น")),
            ("O33", "การมีส่วนร่วมของประชาชน", L("/news/participation.html", "กิจกรรมมีส่วนร่วม"))]),
        ("การป้องกันการทุจริต", [
            ("O34", "เจตจำนงสุจริตของผู้บริหาร", L("/archive/integrity/เจตจำนงสุจริตของผู้บริหาร_2565.odt", "ไฟล์ .odt")),
            ("O35", "การมีส่วนร่วมของผู้บริหาร", L("/news/exec-integrity.html", "ข่าวกิจกรรม")),
            ("O36", "ประเมินความเสี่ยงการทุจริต ปี ๒๕๖๕", L("/archive/integrity/การประเมินความเสี่ยงการทุจริต_2565.ods", "ไฟล์ .ods")),
            ("O37", "การจัดการความเสี่ยงการทุจริต", L("/archive/integrity/การดำเนินการจัดการความเสี่ยงการทุจริต_2565.odt", "ไฟล์ .odt")),
            ("O38", "เสริมสร้างวัฒนธรรมองค์กร", L("/news/culture.html", "กิจกรรม")),
            ("O39", "แผนปฏิบัติการป้องกันการทุจริต", L("/archive/integrity/แผนปฏิบัติการป้องกันการทุจริต_2564-2567.odt", "ไฟล์ .odt")),
            ("O40", "รายงานกำกับติดตามการป้องกันการทุจริต รอบ ๖ เดือน", L("/archive/integrity/รายงานกำกับติดตามการป้องกันการทุจริต_6เดือน_2565.ods", "ไฟล์ .ods")),
            ("O41", "รายงานผลการป้องกันการทุจริต ปี ๒๕๖๔", L("/archive/integrity/รายงานผลการดำเนินการป้องกันการทุจริต_2564.odt", "ไฟล์ .odt")),
            ("O42", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", L("/archive/integrity/มาตรการส่งเสริมคุณธรรมและความโปร่งใส_2565.odt", "ไฟล์ .odt")),
            ("O43", "ผลการดำเนินการตามมาตรการ", L("/archive/integrity/ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม_รอบ6เดือน_2565.odt", "ไฟล์ .odt"))]),
    ]
    body = ['<p>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ — เอกสารทุกรายการเผยแพร่ในรูปแบบเปิด (ODF/CSV) บางรายการรวมไว้ในไฟล์ ZIP</p>']
    for sec, its in items:
        body.append(f"<h3>{sec}</h3><table class='grid'><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>")
        for c, t, l in its:
            body.append(f"<tr><td>{c}</td><td>{t}</td><td>{l}</td></tr>")
        body.append("</table>")
    page("/ita/index.html", "ITA / OIT ปีงบประมาณ ๒๕๖๕", "\n".join(body))


if __name__ == "__main__":
    build()
    n = sum(1 for p in SITE.rglob("*") if p.is_file())
    size = sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file())
    print(f"site built: {n} files, {size / 1e6:.2f} MB")
