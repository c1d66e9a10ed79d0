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
# Site: สำนักงานเขตลาดพร้าว — "polished site, dates written every way"
# framework bma-2567, as_of 2025-08-05 (FY2568 = 1 ต.ค. 2567 – 30 ก.ย. 2568)
# =====================================================================
OFFICE = "สำนักงานเขตลาดพร้าว"
DIRECTOR = "นางสาวกมลวรรณ เรืองศรี"
DIVS = ["ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายรายได้", "ฝ่ายโยธา",
        "ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "ฝ่ายเทศกิจ",
        "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "ฝ่ายการศึกษา"]

NAV = [("/", "หน้าแรก"), ("/about/", "เกี่ยวกับเขต"), ("/news/", "ผลงาน & ข่าว"), ("/services/", "บริการ"),
       ("/finance/", "งบประมาณ & จัดซื้อจัดจ้าง"), ("/integrity/", "คุณธรรม & โปร่งใส"), ("/ita2568/", "ITA 2568")]


def page(rel, title, body, crumbs=None, updated=None):
    nav = "".join(f'<a href="{h}">{t}</a>' for h, t in NAV)
    crumb = ""
    if crumbs:
        crumb = '<nav class="crumb"><a href="/">หน้าแรก</a> › ' + " › ".join(
            f'<a href="{h}">{t}</a>' if h else t for h, t in crumbs) + "</nav>"
    upd = f'<p class="upd">{updated}</p>' if updated else ""
    html = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title} — {OFFICE}</title><link rel="stylesheet" href="/assets/site.css">
<meta property="og:site_name" content="{OFFICE} กรุงเทพมหานคร"></head>
<body>
<div class="topbar"><span>กรุงเทพมหานคร · Bangkok Metropolitan Administration</span>
<span><a href="https://www.bangkok.go.th/">bangkok.go.th</a> · <a href="https://www.traffy.in.th/">Traffy Fondue</a> · โทร ๑๕๕๕ · <a href="#" class="a11y">ก ก+ ก++</a> · TH | EN</span></div>
<header class="hdr"><a href="/" class="brand"><img src="/assets/logo.png" alt="ตรา กทม." width="56"><span>{OFFICE}<small>Lat Phrao District Office</small></span></a>
<nav class="nav">{nav}</nav></header>
<main class="container">{crumb}<h1>{title}</h1>{upd}
{body}
</main>
<footer class="ftr"><div>{OFFICE} ๒๕๖ ถนนลาดพร้าว แขวงลาดพร้าว เขตลาดพร้าว กรุงเทพมหานคร ๑๐๒๓๐ · โทร ๐ ๒๕๓๘ ๓๓๔๐ · โทรสาร ๐ ๒๕๓๘ ๓๓๔๑ · latphrao@bangkok.go.th</div>
<div>© 2025 Lat Phrao District Office · นโยบายคุ้มครองข้อมูลส่วนบุคคล · แผนผังเว็บไซต์ · ผู้เข้าชมวันนี้ 1,284 · ทั้งหมด 3,904,117</div></footer>
</body></html>"""
    write_text(rel if not rel.endswith("/") else rel + "index.html", html)


def card(title, meta, link, label="ดาวน์โหลด"):
    return f'<div class="card"><h3>{title}</h3><p class="meta">{meta}</p><a class="btn" href="{link}">{label}</a></div>'


def sxr_rows(items):
    head = ["ลำดับ", "เลขที่โครงการ e-GP", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง", "ราคากลาง", "วิธีซื้อหรือจ้าง",
            "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลง", "เหตุผลที่คัดเลือกโดยสรุป",
            "เลขที่และวันที่ของสัญญาหรือข้อตกลง"]
    return [head] + items


SHOPS = ["หจก.ลาดพร้าวพาณิชย์", "บริษัท โชคชัยซัพพลาย จำกัด", "ร้านวังหินการช่าง", "บริษัท สหกิจออฟฟิศ จำกัด", "หจก.จรเข้บัวค้าวัสดุ"]
JOBS = ["ซื้อวัสดุสำนักงาน", "จ้างซ่อมรถบรรทุกขยะ", "ซื้อวัสดุก่อสร้างซ่อมทางเท้า", "จ้างเหมาล้างท่อระบายน้ำซอยลาดพร้าว ๗๑",
        "ซื้อวัสดุคอมพิวเตอร์", "จ้างทำป้ายประชาสัมพันธ์", "ซื้อน้ำยาพ่นหมอกควันกำจัดยุงลาย", "จ้างซ่อมแซมศาลาริมคลองลาดพร้าว"]
TH_MONTHS = ["ตุลาคม", "พฤศจิกายน", "ธันวาคม", "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม"]
EN_MONTHS = ["Oct 2024", "Nov 2024", "Dec 2024", "Jan 2025", "Feb 2025", "Mar 2025", "Apr 2025", "May 2025", "Jun 2025", "Jul 2025"]


def month_rows(k):
    be = 2567 if k < 3 else 2568
    mm = (10 + k - 1) % 12 + 1
    rows = []
    for j in range(3 + k % 3):
        amt = 6500 + (k * 7717 + j * 3301) % 95000
        shop = SHOPS[(k + j) % len(SHOPS)]
        rows.append([td(j + 1), f"6{8 if k >= 3 else 7}{mm:02d}{j + 1:05d}", JOBS[(k * 2 + j) % len(JOBS)], f"{amt:,}.00", f"{amt:,}.00",
                     "เฉพาะเจาะจง", f"{shop} {amt:,}.00", f"{shop} {amt:,}.00", "ราคาต่ำสุด คุณสมบัติครบถ้วน",
                     f"PO {k + 1}{j + 1:02d}/{be} ลว. {td(5 + j * 7)}/{td(mm)}/{td(be)}"])
    return rows


def build():
    reset_site()
    write_text("/assets/site.css", """:root{--p:#5b2a86;--a:#f2a900}*{box-sizing:border-box}body{margin:0;font-family:'Sarabun','Garuda',system-ui,sans-serif;color:#1d1d1f;background:#fafafa}
.topbar{display:flex;justify-content:space-between;background:#2e1546;color:#ddd;font-size:12px;padding:4px 24px}.topbar a{color:#fff}
.hdr{display:flex;justify-content:space-between;align-items:center;background:#fff;padding:12px 24px;box-shadow:0 2px 8px #0001;position:sticky;top:0}
.brand{display:flex;gap:10px;align-items:center;text-decoration:none;color:var(--p);font-weight:700;font-size:20px}.brand small{display:block;font-size:12px;color:#777;font-weight:400}
.nav a{margin-left:18px;color:#333;text-decoration:none;font-weight:500}.nav a:hover{color:var(--p)}
.container{max-width:1100px;margin:24px auto;padding:0 20px}.crumb{font-size:13px;color:#888}.upd{color:#777;font-size:13px}
.hero{background:linear-gradient(120deg,#5b2a86,#8e44ad);color:#fff;border-radius:16px;padding:32px;margin-bottom:24px}
.grid3{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:16px}
.card{background:#fff;border-radius:12px;padding:16px;box-shadow:0 1px 4px #0002}.card h3{margin:0 0 6px;font-size:17px}.meta{color:#777;font-size:13px}
.btn{display:inline-block;background:var(--p);color:#fff;padding:6px 14px;border-radius:20px;text-decoration:none;font-size:14px}
table.t{border-collapse:collapse;width:100%;background:#fff}table.t td,table.t th{border-bottom:1px solid #eee;padding:8px;text-align:left}table.t th{background:#f3ecf9}
details{background:#fff;border-radius:10px;margin:8px 0;padding:10px 16px;box-shadow:0 1px 3px #0001}summary{font-weight:600;cursor:pointer}
.badge{background:var(--a);border-radius:8px;padding:1px 8px;font-size:12px}.ftr{background:#2e1546;color:#ccc;padding:20px 24px;font-size:13px;margin-top:40px}.notice{background:#fff6db;border-left:4px solid var(--a);padding:16px;border-radius:6px}""")
    png("/assets/logo.png", ["กทม"], size=(56, 56), bg="#5b2a86", fg="#ffffff", fontsize=14)
    png("/assets/hero.png", ["ลาดพร้าว เมืองน่าอยู่ สำหรับทุกคน", "Lat Phrao — a liveable district for everyone"], size=(900, 180), bg="#5b2a86", fg="#ffffff")

    # ------------------------------------------------------------ O1 basic info
    photo("/about/img/dir.png", "ผอ.", "#d9cfe3")
    photo("/about/img/as1.png", "ผช.", "#cfe3da")
    photo("/about/img/as2.png", "ผช.", "#e3dccf")
    png("/about/img/org.png", ["โครงสร้างสำนักงานเขตลาดพร้าว", "ผู้อำนวยการเขต → ผู้ช่วยผู้อำนวยการเขต ๒ ตำแหน่ง → ๑๐ ฝ่าย",
                               "ปกครอง · ทะเบียน · การคลัง · รายได้ · โยธา", "รักษาความสะอาดฯ · สิ่งแวดล้อมฯ · เทศกิจ · พัฒนาชุมชนฯ · การศึกษา"],
        size=(900, 300), fontsize=22)
    ex = [("dir", DIRECTOR, "ผู้อำนวยการเขตลาดพร้าว", "0 2538 3340 ต่อ 101", "latphrao.dir@bangkok.go.th"),
          ("as1", "นายภาณุพงศ์ อินทรวงศ์", "ผู้ช่วยผู้อำนวยการเขต", "0 2538 3340 ต่อ 102", "latphrao.ad1@bangkok.go.th"),
          ("as2", "นางจิราพร สุขสวัสดิ์", "ผู้ช่วยผู้อำนวยการเขต", "0 2538 3340 ต่อ 103", "latphrao.ad2@bangkok.go.th")]
    exhtml = "".join(f'<div class="card"><img src="/about/img/{i}.png" alt="{n}" width="120"><h3>{n}</h3><p>{p}</p><p class="meta">โทร {t}<br>{e}</p></div>' for i, n, p, t, e in ex)
    laws = ["พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘", "พระราชบัญญัติทะเบียนราษฎร พ.ศ. ๒๕๓๔",
            "พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒", "พระราชบัญญัติควบคุมอาคาร พ.ศ. ๒๕๒๒",
            "พระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘"]
    page("/about/", "ข้อมูลพื้นฐานของสำนักงานเขตลาดพร้าว", f"""
<h2>โครงสร้างหน่วยงาน</h2><img src="/about/img/org.png" alt="แผนผังโครงสร้าง" style="max-width:100%">
<h2>ผู้บริหาร</h2><div class="grid3">{exhtml}</div>
<h2>อำนาจหน้าที่</h2><p>สำนักงานเขตมีอำนาจหน้าที่ตามประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต ได้แก่ การทะเบียนราษฎร การจัดเก็บรายได้ การรักษาความสะอาด การควบคุมอาคาร งานเทศกิจ งานพัฒนาชุมชน และการศึกษาในพื้นที่เขต</p>
<h2>ข้อมูลการติดต่อ</h2><p>๒๕๖ ถนนลาดพร้าว แขวงลาดพร้าว เขตลาดพร้าว กรุงเทพมหานคร ๑๐๒๓๐<br>โทรศัพท์ ๐ ๒๕๓๘ ๓๓๔๐ · โทรสาร ๐ ๒๕๓๘ ๓๓๔๑ · อีเมล latphrao@bangkok.go.th<br>
<a href="https://maps.google.com/?q=สำนักงานเขตลาดพร้าว">แผนที่ Google Maps</a> · <a href="https://www.facebook.com/latphraodistrict">Facebook</a> · LINE @latphrao</p>
<h2>กฎหมายที่เกี่ยวข้อง</h2><ul>{''.join(f'<li>{x}</li>' for x in laws)}</ul>""",
         crumbs=[(None, "เกี่ยวกับเขต")], updated="ปรับปรุงข้อมูล 15/01/2568")

    # ------------------------------------------------------------ O2 governor policy + plans (multi-year 2566-2570)
    pdf("/docs/plan/แผนพัฒนาเขตลาดพร้าว_2566-2570.pdf", "แผนพัฒนาเขตลาดพร้าว พ.ศ. ๒๕๖๖ – ๒๕๗๐",
        ["จัดทำให้สอดคล้องกับแผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๓ (พ.ศ. ๒๕๖๖ – ๒๕๗๐) และนโยบายผู้ว่าราชการกรุงเทพมหานคร ๙ ด้าน ๙ ดี",
         "ด้านปลอดภัยดี: ติดตั้งไฟส่องสว่างและกล้อง CCTV ในซอยลาดพร้าว ๓๐ จุดต่อปี",
         "ด้านเดินทางดี: ปรับปรุงทางเท้าถนนลาดพร้าวและถนนโชคชัย ๔ ปีละ ๒ กิโลเมตร",
         "ด้านสิ่งแวดล้อมดี: สวน ๑๕ นาที ในพื้นที่เขต ๖ แห่ง ภายในปี ๒๕๗๐",
         "ด้านบริหารจัดการดี: ลดขั้นตอนการอนุญาตผ่าน BMA OSS",
         "การติดตามประเมินผล: ทบทวนแผนทุกปีงบประมาณ ครั้งล่าสุดทบทวนสำหรับปีงบประมาณ ๒๕๖๘"])
    page("/about/policy/", "นโยบายผู้ว่าราชการกรุงเทพมหานคร และแผนพัฒนากรุงเทพมหานคร", f"""
<div class="grid3">
{card("นโยบายผู้ว่าราชการกรุงเทพมหานคร ๙ ด้าน ๙ ดี", "นายชัชชาติ สิทธิพันธุ์ · ๒๑๖ นโยบาย", "https://www.bangkok.go.th/policy", "ดูนโยบาย")}
{card("แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๓ (พ.ศ. ๒๕๖๖ – ๒๕๗๐)", "สำนักยุทธศาสตร์และประเมินผล", "https://www.bangkok.go.th/pipd", "ไปยังหน้าแผน")}
{card("แผนพัฒนาเขตลาดพร้าว พ.ศ. 2566-2570", "PDF · เผยแพร่ 2023-03-14 · ทบทวนล่าสุด ต.ค. 67", "/docs/plan/แผนพัฒนาเขตลาดพร้าว_2566-2570.pdf")}
</div>""", crumbs=[("/about/", "เกี่ยวกับเขต"), (None, "นโยบายและแผน")])

    # ------------------------------------------------------------ O3 schools
    schools = [("โรงเรียนวัดลาดพร้าว", "แขวงลาดพร้าว", "0 2538 1234"), ("โรงเรียนบ้านนายเหนือ", "แขวงจรเข้บัว", "0 2539 2201"),
               ("โรงเรียนคลองลาดพร้าว", "แขวงลาดพร้าว", "0 2538 5561"), ("โรงเรียนประชาร่วมใจ", "แขวงจรเข้บัว", "0 2510 3320"),
               ("โรงเรียนวัดแจ้งเจริญ", "แขวงจรเข้บัว", "0 2570 8812")]
    page("/about/schools/", "โรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขตลาดพร้าว", "<table class='t'><tr><th>ที่</th><th>โรงเรียน</th><th>แขวง</th><th>โทรศัพท์</th></tr>"
         + "".join(f"<tr><td>{td(i + 1)}</td><td>{n}</td><td>{k}</td><td>{t}</td></tr>" for i, (n, k, t) in enumerate(schools))
         + "</table><p class='meta'>ข้อมูลจากฝ่ายการศึกษา ปีการศึกษา ๒๕๖๘ · นักเรียนรวม ๓,๑๔๒ คน</p>",
         crumbs=[("/about/", "เกี่ยวกับเขต"), (None, "โรงเรียน")])

    # ------------------------------------------------------------ O4 performance news (Thai-digit dates)
    news = [("๒๘ ก.ค. ๖๘", "เขตลาดพร้าวเปิดสวน ๑๕ นาที แห่งที่ ๔ ซอยโชคชัย ๔ แยก ๕๐"),
            ("๑๕ ก.ค. ๖๘", "ผลการล้างท่อระบายน้ำ ๑๒ ซอย ก่อนฤดูฝน ระยะทางรวม ๘.๔ กม."),
            ("๓๐ มิ.ย. ๖๘", "สรุปผลงานเขตลาดพร้าว ครึ่งปีงบประมาณ: ปรับปรุงทางเท้า ๑.๒ กม. ติดไฟส่องสว่าง ๑๘ จุด"),
            ("๑๕ ม.ค. ๖๘", "จัดระเบียบหาบเร่แผงลอยถนนลาดพร้าว ช่วงซอย ๘๗–๑๐๑ สำเร็จ")]
    page("/news/", "ผลงานและข่าวประชาสัมพันธ์", "<div class='grid3'>" + "".join(
        f'<div class="card"><p class="meta">{d}</p><h3>{t}</h3><p>อ่านต่อบน <a href="https://www.facebook.com/latphraodistrict">Facebook เขตลาดพร้าว</a></p></div>' for d, t in news) + "</div>",
         crumbs=[(None, "ผลงาน & ข่าว")])

    # ------------------------------------------------------------ O5 action plan "Fiscal Year 2025" + annual report FY2567
    pdf("/docs/plan/LatPhrao_ActionPlan_FY2025.pdf", "แผนปฏิบัติราชการประจำปี สำนักงานเขตลาดพร้าว",
        [], sub=["Annual Action Plan — Fiscal Year 2025", "ระยะเวลา 2024-10-01 ถึง 2025-09-30"],
        table=[["ที่", "โครงการ", "ตัวชี้วัด", "งบประมาณ (บาท)", "ระยะเวลา", "ฝ่ายรับผิดชอบ"],
               ["1", "ปรับปรุงทางเท้าถนนโชคชัย ๔", "ระยะทาง ๑ กม.", "4,200,000", "Q1–Q3", "ฝ่ายโยธา"],
               ["2", "สวน ๑๕ นาที แห่งที่ ๔", "เปิดใช้งาน", "850,000", "Q2–Q4", "ฝ่ายรักษาความสะอาดฯ"],
               ["3", "ล้างท่อระบายน้ำก่อนฤดูฝน", "๑๒ ซอย", "1,100,000", "Q2–Q3", "ฝ่ายโยธา"],
               ["4", "จัดระเบียบหาบเร่แผงลอย", "๓ จุด", "90,000", "Q1–Q4", "ฝ่ายเทศกิจ"],
               ["5", "คลินิกภาษีเคลื่อนที่", "ร้อยละการจัดเก็บ", "60,000", "Q2–Q3", "ฝ่ายรายได้"]],
        after=["อนุมัติแผน: " + DIRECTOR + " ผู้อำนวยการเขตลาดพร้าว"])
    pdf("/docs/report/รายงานผลการปฏิบัติราชการ_ปีงบ67.pdf", "รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
        ["สำนักงานเขตลาดพร้าว ช่วงเวลา ต.ค. 66 – ก.ย. 67",
         "ผลการดำเนินงาน: โครงการตามแผน ๑๘ โครงการ แล้วเสร็จ ๑๖ โครงการ (ร้อยละ ๘๘.๘๙)",
         "ผลการใช้จ่ายงบประมาณ: เบิกจ่ายร้อยละ ๙๔.๒๐", "ปัญหาอุปสรรค: ฝนตกหนักทำให้งานทางเท้าล่าช้า",
         "ข้อเสนอแนะ: เริ่มงานก่อสร้างในไตรมาสแรกของปีงบประมาณ"])
    page("/about/plans/", "แผนปฏิบัติราชการ และรายงานผลการปฏิบัติราชการ", f"""<div class="grid3">
{card("Annual Action Plan — Fiscal Year 2025", "PDF · posted 2024-09-25", "/docs/plan/LatPhrao_ActionPlan_FY2025.pdf")}
{card("รายงานผลการปฏิบัติราชการ ปีงบ 67", "PDF · โพสต์เมื่อ 20/12/2567", "/docs/report/รายงานผลการปฏิบัติราชการ_ปีงบ67.pdf")}
</div>""", crumbs=[("/about/", "เกี่ยวกับเขต"), (None, "แผนและรายงาน")])

    # ------------------------------------------------------------ O6 duty manuals per division
    cards = []
    for i, d in enumerate(DIVS, 1):
        docx_file(f"/docs/manual/duty_{i:02d}.docx", f"คู่มือการปฏิบัติหน้าที่ {d} {OFFICE}",
                  ["ฉบับปรับปรุง ต.ค. 67", f"ภารกิจของ{d}", "ขั้นตอนการปฏิบัติงาน ระยะเวลา และผู้รับผิดชอบ", "แบบฟอร์มและกฎหมายที่เกี่ยวข้อง"])
        cards.append(card(f"คู่มือการปฏิบัติหน้าที่ {d}", "DOCX · ฉบับปรับปรุง ต.ค. 67", f"/docs/manual/duty_{i:02d}.docx", "เปิดเอกสาร"))
    page("/services/duty-manuals/", "คู่มือการปฏิบัติหน้าที่ของเจ้าหน้าที่", "<div class='grid3'>" + "".join(cards) + "</div>",
         crumbs=[("/services/", "บริการ"), (None, "คู่มือปฏิบัติหน้าที่")])

    # ------------------------------------------------------------ O7 citizen manual: placeholder (missing)
    page("/services/citizen-manual/", "คู่มือการให้บริการประชาชน", """<div class="notice"><b>อยู่ระหว่างปรับปรุงข้อมูล</b><br>
คู่มือการให้บริการประชาชนของสำนักงานเขตลาดพร้าว อยู่ระหว่างการจัดทำฉบับใหม่ให้สอดคล้องกับ พ.ร.บ.การอำนวยความสะดวกฯ ขออภัยในความไม่สะดวก<br>
<span class="meta">Coming soon · 2025-07-01</span></div>""", crumbs=[("/services/", "บริการ"), (None, "คู่มือประชาชน")])

    # ------------------------------------------------------------ O8 e-service, O11 checklist, O12 tracking
    page("/services/e-service/", "บริการอิเล็กทรอนิกส์ (E-Service)", f"""<div class="grid3">
{card("BMA OSS ยื่นคำขออนุญาตออนไลน์", "ศูนย์รับคำขออนุญาต กทม.", "https://oss.bangkok.go.th/", "เข้าสู่ระบบ")}
{card("BMA Q จองคิวงานทะเบียน", "จองล่วงหน้า ๗ วัน", "https://q.bangkok.go.th/", "จองคิว")}
{card("แบบฟอร์มขอรับบริการออนไลน์ เขตลาดพร้าว", "กรอกแล้วเจ้าหน้าที่ติดต่อกลับภายใน ๑ วันทำการ", "/services/e-form/", "กรอกแบบฟอร์ม")}
</div>""", crumbs=[("/services/", "บริการ"), (None, "E-Service")])
    page("/services/e-form/", "แบบฟอร์มขอรับบริการออนไลน์", """<form action="/services/e-form/" method="get" class="card">
<p>ชื่อ-สกุล <input name="n"></p><p>เบอร์โทร <input name="t"></p><p>บริการ <select name="s"><option>ขอเลขที่บ้าน</option><option>ชำระภาษีป้าย</option><option>ขอตัดแต่งต้นไม้</option></select></p>
<p><button>ส่งคำขอ</button></p></form>""")
    pdf("/docs/permit/checklist_permits.pdf", "รายการตรวจ (Checklist) ประกอบการพิจารณาออกใบอนุญาต",
        [f"{OFFICE} · ฉบับแก้ไขวันที่ 01/15/2025"],
        table=[["ประเภทใบอนุญาต", "เอกสารที่ต้องตรวจ", "ระยะเวลาพิจารณา", "ฝ่าย"],
               ["ใบอนุญาตก่อสร้างอาคาร (อ.๑)", "แบบแปลน ๕ ชุด, โฉนดที่ดิน, หนังสือยินยอมเจ้าของที่ดิน, ใบอนุญาตวิศวกร", "๔๕ วัน", "ฝ่ายโยธา"],
               ["ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร", "บัตรประชาชน, แผนที่ตั้ง, ใบรับรองแพทย์ผู้สัมผัสอาหาร", "๓๐ วัน", "ฝ่ายสิ่งแวดล้อมฯ"],
               ["ใบอนุญาตตั้งวางสิ่งของในที่สาธารณะ", "คำขอ, แผนผัง, บัตรประชาชน", "๑๕ วัน", "ฝ่ายเทศกิจ"],
               ["ใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ", "คำขอ, ใบอนุญาตก่อสร้าง/ใช้อาคาร, แผนที่", "๓๐ วัน", "ฝ่ายสิ่งแวดล้อมฯ"]])
    page("/services/permits/", "การขอใบอนุญาต: รายการตรวจและการติดตามสถานะ", f"""<div class="grid3">
{card("Checklist การพิจารณาออกใบอนุญาต", "PDF · แก้ไข 01/15/2025", "/docs/permit/checklist_permits.pdf")}
{card("ติดตามสถานะคำขออนุญาต (Tracking)", "กรอกเลขที่คำขอในระบบ BMA OSS เพื่อดูขั้นตอนปัจจุบัน", "https://oss.bangkok.go.th/tracking", "ตรวจสอบสถานะ")}
</div><p>หรือโทรสอบถามสถานะ ฝ่ายโยธา ๐ ๒๕๓๘ ๓๓๔๐ ต่อ ๒๑๐</p>""", crumbs=[("/services/", "บริการ"), (None, "ใบอนุญาต")])
    page("/services/", "บริการประชาชน", f"""<div class="grid3">
{card("คู่มือการให้บริการประชาชน", "", "/services/citizen-manual/", "เปิด")}
{card("คู่มือการปฏิบัติหน้าที่", "", "/services/duty-manuals/", "เปิด")}
{card("E-Service", "", "/services/e-service/", "เปิด")}
{card("ใบอนุญาต: Checklist / Tracking", "", "/services/permits/", "เปิด")}</div>""", crumbs=[(None, "บริการ")])

    # ------------------------------------------------------------ O9 tax statistics (current FY, BE short years)
    tax = [("ต.ค. 67", 1.82), ("พ.ย. 67", 2.10), ("ธ.ค. 67", 2.45), ("ม.ค. 68", 3.02), ("ก.พ. 68", 9.87), ("มี.ค. 68", 14.21),
           ("เม.ย. 68", 18.66), ("พ.ค. 68", 6.40), ("มิ.ย. 68", 3.11)]
    page("/finance/tax-stats/", "สถิติการจัดเก็บภาษี ปีงบ 68", "<table class='t'><tr><th>เดือน</th><th>ภาษีที่ดินและสิ่งปลูกสร้าง (ล้านบาท)</th><th>ภาษีป้าย (ล้านบาท)</th></tr>"
         + "".join(f"<tr><td>{m}</td><td>{v:.2f}</td><td>{v / 7:.2f}</td></tr>" for m, v in tax) + "</table><p class='meta'>ที่มา: ฝ่ายรายได้ · ข้อมูล ณ 2025-07-03</p>",
         crumbs=[("/finance/", "งบประมาณ"), (None, "สถิติภาษี")])

    # ------------------------------------------------------------ O10 revenue stats: re-uploaded 2025, content FY2567 (stale)
    pdf("/docs/finance/revenue_stats_2025-03.pdf", "สถิติการจัดเก็บรายได้ สำนักงานเขตลาดพร้าว",
        ["ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (ตุลาคม ๒๕๖๖ – กันยายน ๒๕๖๗)"],
        table=[["ประเภทรายได้", "ประมาณการ (บาท)", "จัดเก็บได้ (บาท)", "ร้อยละ"],
               ["ภาษีที่ดินและสิ่งปลูกสร้าง", "58,000,000", "61,204,330", "105.52"],
               ["ภาษีป้าย", "9,500,000", "9,876,120", "103.96"],
               ["ค่าธรรมเนียมใบอนุญาต", "2,100,000", "1,984,500", "94.50"],
               ["ค่าธรรมเนียมเก็บขนมูลฝอย", "6,300,000", "6,512,880", "103.38"]],
        after=["ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๗"])
    page("/finance/revenue/", "สถิติการจัดเก็บรายได้", card("สถิติการจัดเก็บรายได้ (ฉบับอัปโหลดใหม่)", "PDF · โพสต์เมื่อ 03/03/2568 · อัปเดต 2025-03-03", "/docs/finance/revenue_stats_2025-03.pdf"),
         crumbs=[("/finance/", "งบประมาณ"), (None, "สถิติรายได้")], updated="อัปเดตล่าสุด 3 มี.ค. 2568")

    # ------------------------------------------------------------ O13 budget plan FY2568 + annual report "Fiscal Year 2024"
    xlsx("/docs/finance/แผนการใช้จ่ายงบประมาณ_ปีงบ68.xlsx", [("ปีงบ 68", [
        ["แผนการใช้จ่ายงบประมาณ ปีงบ 68 สำนักงานเขตลาดพร้าว"],
        ["หมวด", "งบประมาณ (บาท)", "ต.ค.-ธ.ค. 67", "ม.ค.-มี.ค. 68", "เม.ย.-มิ.ย. 68", "ก.ค.-ก.ย. 68"],
        ["งบบุคลากร", 132400000, 33100000, 33100000, 33100000, 33100000],
        ["งบดำเนินงาน", 51800000, 15540000, 12950000, 12950000, 10360000],
        ["งบลงทุน", 24600000, 2460000, 7380000, 9840000, 4920000]])])
    xlsx("/docs/finance/Budget_Execution_Report_FY2024.xlsx", [("FY2024", [
        ["Annual Budget Execution Report — Fiscal Year 2024 (1 Oct 2023 – 30 Sep 2024)"],
        ["รายงานผลการใช้จ่ายงบประมาณประจำปี สำนักงานเขตลาดพร้าว"],
        ["หมวด", "ได้รับจัดสรร", "เบิกจ่าย", "ร้อยละ"],
        ["งบบุคลากร", 128900000, 128640500, 99.80], ["งบดำเนินงาน", 49700000, 45120300, 90.78],
        ["งบลงทุน", 26100000, 23410000, 89.69], ["ปัญหาอุปสรรค", "งานลงทุนบางรายการผู้รับจ้างส่งมอบล่าช้า", "", ""]])])
    # ------------------------------------------------------------ O14 budget ordinance + community subsidy
    out("/docs/finance/community_subsidy_FY68.csv").write_bytes(csv_bytes([
        ["date", "ชุมชน", "โครงการ", "เงินอุดหนุน (บาท)"],
        ["2024-11-12", "ชุมชนวัดลาดพร้าว", "ฝึกอาชีพทำขนมไทย", 25000],
        ["2025-01-20", "ชุมชนโชคชัยร่วมใจ", "กีฬาเยาวชนต้านยาเสพติด", 30000],
        ["2025-03-05", "ชุมชนบ้านนายเหนือ", "ปรับภูมิทัศน์ลานกีฬา", 40000]], "utf-8-sig"))
    pdf("/docs/finance/budget_ordinance_2568.pdf", "ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (ส่วนของสำนักงานเขตลาดพร้าว)",
        ["มีผลใช้บังคับตั้งแต่ 2024-10-01", "สำนักงานเขตลาดพร้าว ได้รับจัดสรรงบประมาณรวม ๒๐๘,๘๐๐,๐๐๐ บาท",
         "งบบุคลากร ๑๓๒,๔๐๐,๐๐๐ บาท งบดำเนินงาน ๕๑,๘๐๐,๐๐๐ บาท งบลงทุน ๒๔,๖๐๐,๐๐๐ บาท"])
    page("/finance/budget/", "งบประมาณ: แผนการใช้จ่าย รายงานผล ข้อบัญญัติ และเงินอุดหนุนชุมชน", f"""<div class="grid3">
{card("แผนการใช้จ่ายงบประมาณ ปีงบ 68", "XLSX · posted 2024-09-25", "/docs/finance/แผนการใช้จ่ายงบประมาณ_ปีงบ68.xlsx")}
{card("Annual Budget Execution Report FY2024", "XLSX · posted 2024-11-08", "/docs/finance/Budget_Execution_Report_FY2024.xlsx")}
{card("ข้อบัญญัติงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2568", "PDF · มีผล 2024-10-01", "/docs/finance/budget_ordinance_2568.pdf")}
{card("ข้อมูลเงินอุดหนุนชุมชน ปีงบ 68", "CSV (UTF-8)", "/docs/finance/community_subsidy_FY68.csv")}
</div>""", crumbs=[("/finance/", "งบประมาณ"), (None, "งบประมาณ")])

    # ------------------------------------------------------------ O15 announcements + monthly series named only "Oct 2024" ...
    anns = [("2024-11-18", "ประกาศประกวดราคาจ้างปรับปรุงทางเท้าถนนโชคชัย ๔ (e-bidding)"),
            ("2025-01-09", "ประกาศผู้ชนะการเสนอราคา จ้างปรับปรุงทางเท้าถนนโชคชัย ๔"),
            ("2025-03-24", "ประกาศประกวดราคาจ้างก่อสร้างสวน ๑๕ นาที แห่งที่ ๔"),
            ("2025-05-02", "ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างสวน ๑๕ นาที แห่งที่ ๔")]
    for i, (d, t) in enumerate(anns, 1):
        pdf(f"/docs/procurement/announce_{i}.pdf", t, [OFFICE, f"ประกาศ ณ วันที่ {d}", f"({DIRECTOR}) ผู้อำนวยการเขตลาดพร้าว"])
    mon = []
    for k, en in enumerate(EN_MONTHS):
        be = 2567 if k < 3 else 2568
        pdf(f"/docs/procurement/sxr1/สขร1_{en}.pdf", f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {TH_MONTHS[k]} {td(be)}",
            [], sub=f"{OFFICE} (แบบ สขร.๑)", table=sxr_rows(month_rows(k)), land=True)
        mon.append(f'<li><a href="/docs/procurement/sxr1/สขร1_{en.replace(" ", "%20")}.pdf">{en}</a></li>')
    page("/finance/procurement/", "ประกาศจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้างรายเดือน", f"""
<h2>ประกาศจัดซื้อจัดจ้าง</h2><table class="t"><tr><th>date</th><th>เรื่อง</th></tr>{''.join(f'<tr><td>{d}</td><td><a href="/docs/procurement/announce_{i}.pdf">{t}</a></td></tr>' for i, (d, t) in enumerate(anns, 1))}</table>
<p>ประกาศทั้งหมดในระบบ <a href="https://e-gpbma.bangkok.go.th/">e-GPBMA</a> · <a href="https://www.gprocurement.go.th/">e-GP</a></p>
<h2>Monthly procurement summary (สขร.๑)</h2><ul>{''.join(mon)}</ul>""", crumbs=[("/finance/", "งบประมาณ"), (None, "จัดซื้อจัดจ้าง")])

    page("/finance/", "งบประมาณ การเงิน และจัดซื้อจัดจ้าง", f"""<div class="grid3">
{card("สถิติการจัดเก็บภาษี", "", "/finance/tax-stats/", "เปิด")}{card("สถิติการจัดเก็บรายได้", "", "/finance/revenue/", "เปิด")}
{card("งบประมาณ", "", "/finance/budget/", "เปิด")}{card("จัดซื้อจัดจ้าง", "", "/finance/procurement/", "เปิด")}</div>""", crumbs=[(None, "งบประมาณ")])

    # ------------------------------------------------------------ O16 HR criteria
    pdf("/docs/hr/หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล.pdf", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล สำนักงานเขตลาดพร้าว",
        ["อ้างอิงกฎ ก.ก. และหลักเกณฑ์สำนักงาน ก.ก. ฉบับปัจจุบัน",
         "๑. การสรรหาและคัดเลือก ๒. การแต่งตั้งและโยกย้าย ๓. การพัฒนาบุคลากร ๔. การประเมินผลการปฏิบัติราชการ ๕. การให้คุณให้โทษและสร้างขวัญกำลังใจ",
         "ประกาศ ณ วันที่ ๑๕ ม.ค. ๖๘"])
    # ------------------------------------------------------------ O17 complaints
    page("/integrity/complaints/", "ช่องทางร้องเรียนการทุจริต และสถิติเรื่องร้องเรียน", """
<div class="grid3"><div class="card"><h3>ช่องทางร้องเรียน</h3><ul><li>ด้วยตนเอง ฝ่ายปกครอง ชั้น ๒</li><li>โทร ๐ ๒๕๓๘ ๓๓๔๐ ต่อ ๑๑๐ / สายด่วน ๑๕๕๕</li>
<li>อีเมล latphrao@bangkok.go.th</li><li><a href="https://www.traffy.in.th/">Traffy Fondue</a></li><li><a href="/integrity/complaint-form/">แบบฟอร์มออนไลน์ (ไม่ระบุตัวตนได้)</a></li></ul></div></div>
<h2>สถิติเรื่องร้องเรียนการทุจริต ปีงบ 68</h2><table class="t"><tr><th>เดือน</th><th>รับเรื่อง</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>
<tr><td>ต.ค. 67</td><td>0</td><td>0</td><td>0</td></tr><tr><td>พ.ย. 67</td><td>1</td><td>1</td><td>0</td></tr><tr><td>ธ.ค. 67</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>ม.ค. 68</td><td>0</td><td>0</td><td>0</td></tr><tr><td>ก.พ. 68</td><td>2</td><td>2</td><td>0</td></tr><tr><td>มี.ค. 68</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>เม.ย. 68</td><td>0</td><td>0</td><td>0</td></tr><tr><td>พ.ค. 68</td><td>1</td><td>0</td><td>1</td></tr><tr><td>มิ.ย. 68</td><td>0</td><td>0</td><td>0</td></tr></table>
<p class="meta">ข้อมูล ณ 30/06/2568</p>""", crumbs=[("/integrity/", "คุณธรรม & โปร่งใส"), (None, "ร้องเรียน")])
    page("/integrity/complaint-form/", "แจ้งเรื่องร้องเรียนการทุจริตออนไลน์", """<form class="card" action="/integrity/complaint-form/" method="get">
<p>เรื่อง <input name="s"></p><p>รายละเอียด<br><textarea name="d" rows="5" cols="60"></textarea></p><p><button>ส่งเรื่อง</button></p></form>""")

    # ------------------------------------------------------------ O18 anti-bribery policy + report
    pdf("/docs/integrity/anti_bribery_policy.pdf", "ประกาศสำนักงานเขตลาดพร้าว เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)",
        ["สำนักงานเขตลาดพร้าวจะไม่ให้ ไม่รับ ไม่เรียกรับสินบนในทุกรูปแบบ และจะดำเนินการทางวินัยแก่ผู้ฝ่าฝืน",
         "ประกาศ ณ วันที่ 15/01/2568", f"(ลงชื่อ) {DIRECTOR} ผู้อำนวยการเขตลาดพร้าว"])
    pdf("/docs/integrity/anti_bribery_report_h1.pdf", "รายงานผลการนำนโยบายต่อต้านการรับสินบนสู่การปฏิบัติ",
        ["รอบ ๖ เดือน ปีงบ 68 (ต.ค. 67 – มี.ค. 68)", "๑. สื่อสารนโยบายแก่บุคลากร ๓๔๒ คน ผ่านการประชุมประจำเดือน",
         "๒. ติดป้าย No Gift Policy ณ จุดบริการ ๑๒ จุด", "๓. ไม่พบเรื่องร้องเรียนการเรียกรับสินบน"])
    # ------------------------------------------------------------ O19 bribery risk: assessment FY2568 OK, "6-month" report = Apr–Sep 2567
    pdf("/docs/integrity/bribery_risk_assessment_68.pdf", "การประเมินความเสี่ยงต่อการรับสินบน ปีงบประมาณ พ.ศ. ๒๕๖๘",
        ["สำนักงานเขตลาดพร้าว · จัดทำ ต.ค. 67"],
        table=[["กระบวนงาน", "ความเสี่ยง", "ระดับ", "มาตรการ"],
               ["การออกใบอนุญาตก่อสร้าง", "เรียกรับเงินเพื่อเร่งรัด", "สูง", "ติดตามผ่าน BMA OSS, สุ่มตรวจ"],
               ["การจัดเก็บภาษีที่ดิน", "ลดการประเมินเพื่อผลประโยชน์", "ปานกลาง", "ตรวจทานโดยหัวหน้าฝ่าย"],
               ["การจัดระเบียบหาบเร่แผงลอย", "เรียกรับเงินผู้ค้า", "สูง", "หมุนเวียนเจ้าหน้าที่ ติดกล้อง"]])
    pdf("/docs/integrity/bribery_risk_report_6m_68.pdf", "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน รอบ ๖ เดือน",
        ["สำนักงานเขตลาดพร้าว", "ระยะเวลารายงาน: เมษายน – กันยายน ๒๕๖๗",
         "๑. กระบวนงานออกใบอนุญาตก่อสร้าง: ตรวจสอบคำขอ ๑๑๒ รายการ ไม่พบการเรียกรับ",
         "๒. กระบวนงานจัดเก็บภาษีป้าย: สุ่มตรวจภาคสนาม ๔๐ ราย", "๓. ข้อเสนอแนะ: เพิ่มการสื่อสารช่องทางร้องเรียน",
         "รายงาน ณ วันที่ ๑๕ ตุลาคม ๒๕๖๗"])
    # ------------------------------------------------------------ O20 discretion guidelines
    pdf("/docs/integrity/discretion_guideline.pdf", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่ สำนักงานเขตลาดพร้าว",
        ["ประกาศ ณ วันที่ ๑๕ ม.ค. ๖๘", "ขอบเขตการใช้ดุลยพินิจในการอนุมัติ อนุญาต ต้องเป็นไปตามกฎหมาย มีเหตุผล และบันทึกเหตุผลทุกครั้ง",
         "กระบวนงานที่ใช้ดุลยพินิจ: การออกใบอนุญาตก่อสร้าง การผ่อนผันจำหน่ายสินค้าในที่สาธารณะ การประเมินภาษี",
         "การทบทวน: หัวหน้าฝ่ายทบทวนทุกไตรมาส"])
    # ------------------------------------------------------------ O21 asset management: link dead (no file written)
    # ------------------------------------------------------------ O22 measures FY2568 only, no progress report
    pdf("/docs/integrity/ita_measures_68.pdf", "มาตรการยกระดับคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบ 68",
        ["ส่วนที่ ๑ ผลการประเมิน ITA ปี ๒๕๖๗ สำนักงานเขตลาดพร้าว ๙๕.๘๒ คะแนน ระดับผ่านดีเยี่ยม",
         "ส่วนที่ ๒ ประเด็นที่ต้องปรับปรุง: O๙ สถิติภาษีไม่เป็นรายเดือน, E๔ การเผยแพร่ข้อมูลบริการ"],
        table=[["ประเด็น", "มาตรการ/กิจกรรม", "ผู้รับผิดชอบ", "ระยะเวลา", "การรายงานผล"],
               ["การเปิดเผยข้อมูล", "ตรวจทานข้อมูลบนเว็บไซต์เดือนละ ๑ ครั้ง", "ฝ่ายปกครอง", "ต.ค. 67 – ก.ย. 68", "รายงานผู้อำนวยการเขต รอบ ๖ เดือน"],
               ["การป้องกันการทุจริต", "ประกาศ No Gift Policy และ Anti-Bribery Policy", "ผู้อำนวยการเขต", "ต.ค. 67 – ม.ค. 68", "รายงานรอบ ๖ เดือน"],
               ["การสื่อสาร", "เผยแพร่ผลงานทาง Facebook สัปดาห์ละ ๒ ครั้ง", "ฝ่ายปกครอง", "ตลอดปี", "รายงานรอบ ๖ เดือน"]])

    page("/integrity/", "คุณธรรมและความโปร่งใส", f"""<div class="grid3">
{card("นโยบายต่อต้านการรับสินบน", "ประกาศ 15/01/2568", "/docs/integrity/anti_bribery_policy.pdf")}
{card("รายงานผลการนำนโยบายต่อต้านสินบนสู่การปฏิบัติ", "รอบ 6 เดือน ปีงบ 68", "/docs/integrity/anti_bribery_report_h1.pdf")}
{card("ประเมินความเสี่ยงต่อการรับสินบน ปีงบ 68", "PDF", "/docs/integrity/bribery_risk_assessment_68.pdf")}
{card("รายงานผลการจัดการความเสี่ยงต่อการรับสินบน รอบ 6 เดือน ปีงบ 68", "PDF · posted 2025-04-28", "/docs/integrity/bribery_risk_report_6m_68.pdf")}
{card("แนวทางการใช้ดุลยพินิจของเจ้าหน้าที่", "๑๕ ม.ค. ๖๘", "/docs/integrity/discretion_guideline.pdf")}
{card("การจัดการทรัพย์สินของราชการ ของบริจาค และของกลาง", "PDF · ปีงบ 68", "/docs/integrity/asset_donation_exhibit_68.pdf")}
{card("มาตรการยกระดับคุณธรรมและความโปร่งใส ปีงบ 68", "PDF · การรายงานผลการดำเนินงาน", "/docs/integrity/ita_measures_68.pdf")}
{card("ช่องทางร้องเรียนการทุจริต", "", "/integrity/complaints/", "เปิด")}
{card("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "PDF", "/docs/hr/หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล.pdf")}
</div>""", crumbs=[(None, "คุณธรรม & โปร่งใส")])

    # ------------------------------------------------------------ ITA 2568 page (accordion)
    ita = [
        ("o1", "ข้อมูลพื้นฐานของสำนักงานเขต", "/about/"),
        ("o2", "นโยบายผู้ว่าฯ และแผนพัฒนากรุงเทพมหานคร", "/about/policy/"),
        ("o3", "โรงเรียนสังกัด กทม. ในพื้นที่เขต", "/about/schools/"),
        ("o4", "ประชาสัมพันธ์ผลการดำเนินงาน", "/news/"),
        ("o5", "แผนปฏิบัติราชการ / รายงานผลการปฏิบัติราชการ", "/about/plans/"),
        ("o6", "คู่มือการปฏิบัติหน้าที่", "/services/duty-manuals/"),
        ("o7", "คู่มือการให้บริการประชาชน", "/services/citizen-manual/"),
        ("o8", "E-Service", "/services/e-service/"),
        ("o9", "สถิติการจัดเก็บภาษี", "/finance/tax-stats/"),
        ("o10", "สถิติการจัดเก็บรายได้", "/finance/revenue/"),
        ("o11", "Checklist การออกใบอนุญาต", "/services/permits/"),
        ("o12", "Tracking System สถานะใบอนุญาต", "/services/permits/"),
        ("o13", "แผนการใช้จ่าย / รายงานผลการใช้จ่ายงบประมาณ", "/finance/budget/"),
        ("o14", "ข้อมูลงบประมาณ ข้อบัญญัติ เงินอุดหนุนชุมชน", "/finance/budget/"),
        ("o15", "ประกาศจัดซื้อจัดจ้าง / สรุปผลรายเดือน", "/finance/procurement/"),
        ("o16", "หลักเกณฑ์การบริหารและพัฒนาบุคลากร", "/docs/hr/หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล.pdf"),
        ("o17", "ช่องทางร้องเรียนและสถิติเรื่องร้องเรียนการทุจริต", "/integrity/complaints/"),
        ("o18", "Anti-Bribery Policy และการรายงานผล", "/integrity/"),
        ("o19", "ประเมินความเสี่ยงการรับสินบน และรายงานผล", "/integrity/"),
        ("o20", "แนวทางการใช้ดุลยพินิจ", "/docs/integrity/discretion_guideline.pdf"),
        ("o21", "การจัดการทรัพย์สินราชการ ของบริจาค ของกลาง", "/docs/integrity/asset_donation_exhibit_68.pdf"),
        ("o22", "มาตรการยกระดับคุณธรรมและความโปร่งใส และรายงานผล", "/docs/integrity/ita_measures_68.pdf"),
    ]
    body = "<p>ศูนย์รวมข้อมูลการเปิดเผยข้อมูลสาธารณะ (OIT) สำหรับการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ <span class='badge'>FY2025</span></p>"
    body += "".join(f'<details><summary>{c} · {t}</summary><p><a class="btn" href="{h}">ดูข้อมูล</a></p></details>' for c, t, h in ita)
    page("/ita2568/", "ITA 2568 · การเปิดเผยข้อมูลสาธารณะ", body, crumbs=[(None, "ITA 2568")])

    # ------------------------------------------------------------ home
    page("/", "สำนักงานเขตลาดพร้าว", f"""<div class="hero"><img src="/assets/hero.png" alt="ลาดพร้าว เมืองน่าอยู่" style="max-width:100%"></div>
<div class="grid3">
{card("ITA 2568", "การเปิดเผยข้อมูลสาธารณะ", "/ita2568/", "เข้าสู่หน้า ITA")}
{card("จองคิวงานทะเบียน", "BMA Q", "https://q.bangkok.go.th/", "จองคิว")}
{card("แจ้งปัญหาเมือง", "Traffy Fondue", "https://www.traffy.in.th/", "แจ้งปัญหา")}
</div><h2>ข่าวล่าสุด</h2><ul>{''.join(f'<li>{d} · {t}</li>' for d, t in news[:3])}</ul>
<p><a href="/news/">ดูทั้งหมด</a> · อุณหภูมิวันนี้ 31°C ☁ · PM2.5 ลาดพร้าว 18 µg/m³</p>""")


if __name__ == "__main__":
    build()
    n = sum(1 for p in SITE.rglob("*") if p.is_file())
    size = sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file())
    print(f"site built: {n} files, {size / 1e6:.2f} MB")
