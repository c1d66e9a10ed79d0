# -*- coding: utf-8 -*-
"""Build the static fixture site for สำนักงานเขตคลองบางไผ่ (fictional), ITA 2568 / bma-2567 list.
Run: /work/blindenv/bin/python _make.py
"""
import os, shutil, html
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
import openpyxl
from openpyxl.styles import Font, Alignment
import docx
from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
SITE = HERE / "site"

pdfmetrics.registerFont(TTFont("Garuda", "/usr/share/fonts/truetype/tlwg/Garuda.ttf"))
pdfmetrics.registerFont(TTFont("Garuda-Bold", "/usr/share/fonts/truetype/tlwg/Garuda-Bold.ttf"))

DIST = "สำนักงานเขตคลองบางไผ่"
DISTS = "เขตคลองบางไผ่"
DIRECTOR = "นายธีรวัฒน์ ศรีสุวรรณ"
OLD_DIRECTOR = "นางวิไลวรรณ ทองประเสริฐ"
ADDRESS = "เลขที่ 99 ถนนบางไผ่พัฒนา แขวงคลองบางไผ่ เขตคลองบางไผ่ กรุงเทพมหานคร 10160"
PHONE = "0 2413 5521"
FAX = "0 2413 5529"
EMAIL = "khlongbangphai@bangkok.go.th"

TH_DIG = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    return str(s).translate(TH_DIG)


def out(rel):
    p = SITE / rel.lstrip("/")
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


# ---------------------------------------------------------------- documents
ST_T = ParagraphStyle("t", fontName="Garuda-Bold", fontSize=15, leading=24, alignment=1, spaceAfter=4)
ST_H = ParagraphStyle("h", fontName="Garuda-Bold", fontSize=12, leading=20, spaceBefore=6, spaceAfter=2)
ST_P = ParagraphStyle("p", fontName="Garuda", fontSize=11, leading=19, firstLineIndent=24)
ST_C = ParagraphStyle("c", fontName="Garuda", fontSize=8.5, leading=13)
ST_S = ParagraphStyle("s", fontName="Garuda", fontSize=11, leading=19, alignment=2)


def pdf(rel, title_lines, blocks, land=False):
    """blocks: list of ('h', text) | ('p', text) | ('t', rows, colwidths_mm) | ('s', text) | ('sp', n)"""
    path = out(rel)
    size = landscape(A4) if land else A4
    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm, title=title_lines[0], author=DIST)
    story = [Paragraph(html.escape(t), ST_T) for t in title_lines]
    story.append(Spacer(1, 6))
    for b in blocks:
        kind = b[0]
        if kind == "h":
            story.append(Paragraph(html.escape(b[1]), ST_H))
        elif kind == "p":
            story.append(Paragraph(html.escape(b[1]), ST_P))
        elif kind == "s":
            story.append(Paragraph(html.escape(b[1]).replace("\n", "<br/>"), ST_S))
        elif kind == "sp":
            story.append(Spacer(1, b[1]))
        elif kind == "t":
            rows = [[Paragraph(html.escape(str(c)), ST_C) for c in r] for r in b[1]]
            cw = [w * mm for w in b[2]] if len(b) > 2 and b[2] else None
            t = Table(rows, colWidths=cw, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde8f3")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
    doc.build(story)


def xlsx(rel, sheets):
    """sheets: list of (name, title, header, rows)"""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, title, header, rows in sheets:
        ws = wb.create_sheet(name)
        ws.append([title])
        ws["A1"].font = Font(bold=True, size=14)
        ws.append([])
        ws.append(header)
        for c in ws[3]:
            c.font = Font(bold=True)
            c.alignment = Alignment(wrap_text=True)
        for r in rows:
            ws.append(r)
        for col in "ABCDEFGHIJ":
            ws.column_dimensions[col].width = 22
    wb.save(out(rel))


def docxf(rel, title, paras):
    d = docx.Document()
    d.add_heading(title, level=1)
    for p in paras:
        if p.startswith("## "):
            d.add_heading(p[3:], level=2)
        else:
            d.add_paragraph(p)
    d.save(out(rel))


def avatar(rel, color):
    img = Image.new("RGB", (240, 300), (235, 240, 245))
    d = ImageDraw.Draw(img)
    d.ellipse((70, 40, 170, 140), fill=color)
    d.rectangle((45, 160, 195, 300), fill=color)
    d.polygon([(105, 160), (135, 160), (120, 220)], fill=(250, 250, 250))
    img.save(out(rel))


def banner(rel, text_color):
    img = Image.new("RGB", (1200, 320), (18, 92, 62))
    d = ImageDraw.Draw(img)
    for i in range(0, 1200, 40):
        d.line((i, 320, i + 200, 0), fill=(30, 110, 78), width=12)
    d.rectangle((0, 250, 1200, 320), fill=text_color)
    img.save(out(rel))


# ---------------------------------------------------------------- html
CSS = """
*{box-sizing:border-box}body{margin:0;font-family:'Sarabun','Tahoma',sans-serif;background:#f4f6f8;color:#222;font-size:16px}
a{color:#0d6e4a;text-decoration:none}a:hover{text-decoration:underline}
.topbar{background:#0b4f36;color:#dfeee6;font-size:13px;padding:4px 0}
.container{max-width:1180px;margin:0 auto;padding:0 16px}
.brand{background:#fff;padding:14px 0;border-bottom:3px solid #f2b705}
.brand .name{font-size:26px;font-weight:700;color:#0b4f36}.brand .sub{color:#666;font-size:14px}
.navbar{background:#126b4a}.navbar ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap}
.navbar li{position:relative}.navbar a{display:block;color:#fff;padding:12px 16px;font-weight:600}
.navbar li.active>a,.navbar a:hover{background:#0b4f36;text-decoration:none}
.navbar .dropdown-menu{display:none;position:absolute;top:100%;left:0;background:#fff;min-width:260px;box-shadow:0 4px 12px rgba(0,0,0,.15);z-index:10}
.navbar li:hover .dropdown-menu{display:block}.navbar .dropdown-menu a{color:#0b4f36;font-weight:400;padding:8px 14px}
.row{display:flex;gap:20px;margin:20px 0}.col-3{flex:0 0 260px}.col-9{flex:1}
.card{background:#fff;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.08);padding:16px;margin-bottom:16px}
.card h3{margin-top:0;color:#0b4f36;font-size:18px;border-bottom:1px solid #e4e4e4;padding-bottom:8px}
.list-group{list-style:none;padding:0;margin:0}.list-group li{border-bottom:1px solid #eee}
.list-group a{display:block;padding:8px 6px}.list-group li.archive a{color:#8a6d00;background:#fff8e1}
table.table{width:100%;border-collapse:collapse;background:#fff;font-size:15px}
.table th,.table td{border:1px solid #d6dde3;padding:7px 9px;vertical-align:top}.table th{background:#e7f1ec}
.badge{display:inline-block;background:#f2b705;color:#222;border-radius:10px;padding:1px 8px;font-size:12px}
.text-muted{color:#777;font-size:14px}.alert{background:#fff3cd;border:1px solid #ffe08a;padding:10px 14px;border-radius:4px}
.news-grid{display:grid;grid-template-columns:repeat(3,1fr);gap:16px}.news-grid .card img{width:100%;border-radius:4px}
footer{background:#0b4f36;color:#cfe3d9;padding:24px 0;margin-top:30px;font-size:14px}footer a{color:#fff}
.breadcrumb{font-size:14px;color:#666;margin:14px 0 0}.hero img{width:100%;display:block}
"""

MENU = [
    ("/", "หน้าแรก", None),
    ("/about/", "เกี่ยวกับเขต", [("/about/", "ข้อมูลพื้นฐาน"), ("/about/structure.html", "โครงสร้างหน่วยงาน"),
                                 ("/about/executives.html", "ผู้บริหาร"), ("/about/authority.html", "อำนาจหน้าที่"),
                                 ("/about/policy.html", "นโยบายผู้ว่าฯ และแผนพัฒนา"), ("/schools/", "โรงเรียนในสังกัด กทม.")]),
    ("/news/", "ข่าวประชาสัมพันธ์", None),
    ("/services/", "บริการประชาชน", [("/services/", "คู่มือสำหรับประชาชน"), ("/services/eservice.html", "E-Service"),
                                      ("/services/checklist.html", "Checklist การขออนุญาต"),
                                      ("/services/tracking.html", "ติดตามสถานะคำขออนุญาต")]),
    ("/procurement/", "จัดซื้อจัดจ้าง", None),
    ("/finance/", "การเงินและรายได้", [("/finance/budget.html", "งบประมาณ/ข้อบัญญัติ"), ("/finance/tax.html", "สถิติการจัดเก็บภาษี"),
                                        ("/finance/revenue.html", "สถิติการจัดเก็บรายได้"), ("/finance/spending.html", "แผน/ผลการใช้จ่ายงบประมาณ")]),
    ("/ita2568/", "ITA 2568", [("/ita2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) 2568"), ("/ita2567/", "ITA 2567 (ข้อมูลย้อนหลัง)")]),
    ("/contact/", "ติดต่อเรา", None),
]

SIDEBAR = [
    ("/about/", "ข้อมูลพื้นฐานของสำนักงานเขต"),
    ("/about/executives.html", "ผู้บริหารสำนักงานเขต"),
    ("/about/structure.html", "โครงสร้างหน่วยงาน"),
    ("/manuals/", "คู่มือการปฏิบัติงาน"),
    ("/services/", "คู่มือสำหรับประชาชน"),
    ("/services/eservice.html", "E-Service"),
    ("/complaint/", "ร้องเรียนการทุจริต"),
    ("/hr/", "การบริหารทรัพยากรบุคคล"),
    ("/integrity/", "ป้องกันการทุจริต"),
    ("/ita2568/", "ITA 2568 (OIT)"),
]


def nav(active):
    parts = []
    for href, label, sub in MENU:
        cls = ' class="active"' if active == href else ""
        if sub:
            items = "".join(f'<li><a href="{h}">{l}</a></li>' for h, l in sub)
            parts.append(f'<li{cls}><a href="{href}">{label} ▾</a><ul class="dropdown-menu">{items}</ul></li>')
        else:
            parts.append(f'<li{cls}><a href="{href}">{label}</a></li>')
    return "<ul>" + "".join(parts) + "</ul>"


def sidebar():
    lis = "".join(f'<li><a href="{h}">{l}</a></li>' for h, l in SIDEBAR)
    lis += '<li class="archive"><a href="/ita2567/">ITA 2567 (ข้อมูลปีที่ผ่านมา)</a></li>'
    return (f'<div class="card"><h3>เมนูหลัก</h3><ul class="list-group">{lis}</ul></div>'
            '<div class="card"><h3>ลิงก์ที่เกี่ยวข้อง</h3><ul class="list-group">'
            '<li><a href="https://www.bangkok.go.th/">กรุงเทพมหานคร</a></li>'
            '<li><a href="https://egp.bangkok.go.th/">ระบบ e-GPBMA</a></li>'
            '<li><a href="https://bmaoss.bangkok.go.th/">BMA OSS</a></li>'
            '<li><a href="https://www.traffy.in.th/">Traffy Fondue</a></li></ul></div>')


def page(rel, title, body, active=None, crumb=None, side=True):
    crumbs = f'<div class="breadcrumb"><a href="/">หน้าแรก</a> / {crumb or title}</div>'
    main = (f'<div class="row"><div class="col-3">{sidebar()}</div><div class="col-9">{body}</div></div>'
            if side else body)
    doc = f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {DIST}</title>
<link rel="stylesheet" href="/assets/css/style.css">
</head>
<body>
<div class="topbar"><div class="container">กรุงเทพมหานคร · Bangkok Metropolitan Administration &nbsp;|&nbsp; โทร. {PHONE}</div></div>
<header class="brand"><div class="container"><div class="name">{DIST}</div><div class="sub">Khlong Bang Phai District Office · กรุงเทพมหานคร</div></div></header>
<nav class="navbar"><div class="container">{nav(active)}</div></nav>
<div class="container">{crumbs}
{main}
</div>
<footer><div class="container">
<div><strong>{DIST}</strong> {ADDRESS}</div>
<div>โทรศัพท์ {PHONE} โทรสาร {FAX} อีเมล {EMAIL}</div>
<div><a href="/contact/">ติดต่อเรา</a> · <a href="https://www.facebook.com/khlongbangphai.district">Facebook เขตคลองบางไผ่</a> · <a href="https://www.bangkok.go.th/">bangkok.go.th</a></div>
<div class="text-muted">© 2567 {DIST} ปรับปรุงเว็บไซต์ล่าสุด 12 พฤษภาคม 2568</div>
</div></footer>
</body>
</html>
"""
    p = out(rel)
    p.write_text(doc, encoding="utf-8")


def card(title, inner):
    return f'<div class="card"><h3>{title}</h3>{inner}</div>'


def table(header, rows):
    h = "".join(f"<th>{c}</th>" for c in header)
    b = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="table"><thead><tr>{h}</tr></thead><tbody>{b}</tbody></table>'


def a(href, text):
    return f'<a href="{href}">{text}</a>'


# ================================================================ content
DIVISIONS = ["ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายรายได้", "ฝ่ายโยธา",
             "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "ฝ่ายเทศกิจ",
             "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "ฝ่ายการศึกษา"]

MONTHS = ["ตุลาคม", "พฤศจิกายน", "ธันวาคม", "มกราคม", "กุมภาพันธ์", "มีนาคม",
          "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน"]
MABBR = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."]


def fy_month_label(fy, i, abbr=False):
    yr = fy - 1 if i < 3 else fy
    return f"{(MABBR if abbr else MONTHS)[i]} {yr if not abbr else str(yr)[2:]}"


def build_assets():
    out("assets/css/style.css").write_text(CSS, encoding="utf-8")
    banner("assets/img/banner.png", (242, 183, 5))
    for i, col in enumerate([(60, 80, 110), (90, 70, 60), (70, 100, 80), (110, 90, 120)]):
        avatar(f"assets/img/exec{i + 1}.png", col)
    for i in range(6):
        img = Image.new("RGB", (480, 270), (40 + i * 30, 120, 90 + i * 20))
        ImageDraw.Draw(img).rectangle((20, 200, 460, 250), fill=(255, 255, 255))
        img.save(out(f"assets/img/news{i + 1}.jpg"), quality=70)


# ---------------------------------------------------------------- O1 basic info
def build_about():
    body = card("ข้อมูลพื้นฐานของสำนักงานเขตคลองบางไผ่", f"""
<p>{DIST} ตั้งขึ้นตามประกาศกระทรวงมหาดไทย เมื่อ พ.ศ. 2540 โดยแยกพื้นที่บางส่วนออกจากเขตใกล้เคียง
มีพื้นที่ประมาณ 18.64 ตารางกิโลเมตร แบ่งการปกครองออกเป็น 3 แขวง ได้แก่ แขวงคลองบางไผ่ แขวงบางไผ่เหนือ และแขวงวัดทองนพคุณ
มีชุมชนที่จดทะเบียน 42 ชุมชน</p>
<h4>สถิติประชากร</h4>
<p class="text-muted">ข้อมูล ณ วันที่ 31 ธันวาคม 2567 (ที่มา: ฝ่ายทะเบียน)</p>
{table(["แขวง", "ชาย", "หญิง", "รวม", "บ้าน"], [
        ["คลองบางไผ่", "21,402", "23,118", "44,520", "19,870"],
        ["บางไผ่เหนือ", "15,377", "16,905", "32,282", "14,113"],
        ["วัดทองนพคุณ", "9,826", "10,551", "20,377", "8,904"],
        ["<b>รวม</b>", "<b>46,605</b>", "<b>50,574</b>", "<b>97,179</b>", "<b>42,887</b>"]])}
<h4>วิสัยทัศน์</h4><p>“คลองบางไผ่ เมืองน่าอยู่ ริมคลองสะอาด ประชาชนมีส่วนร่วม บริการโปร่งใส”</p>
<ul>
<li>{a('/about/structure.html', 'โครงสร้างหน่วยงาน')}</li>
<li>{a('/about/executives.html', 'ข้อมูลผู้บริหาร')}</li>
<li>{a('/about/authority.html', 'อำนาจหน้าที่')}</li>
<li>{a('/contact/', 'ข้อมูลการติดต่อ')}</li>
</ul>""")
    page("about/index.html", "ข้อมูลพื้นฐาน", body, "/about/")

    rows = [[d, f"หัวหน้า{d}" if d != "ฝ่ายการศึกษา" else "ผู้อำนวยการฝ่ายการศึกษา",
             f"0 2413 55{30 + i:02d}"] for i, d in enumerate(DIVISIONS)]
    body = card("โครงสร้างหน่วยงาน", f"""
<p>{DIST} แบ่งส่วนราชการตามประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต
ประกอบด้วย 10 ฝ่าย โดยมีผู้อำนวยการเขตเป็นผู้บังคับบัญชา และผู้ช่วยผู้อำนวยการเขตกำกับดูแลตามที่ได้รับมอบหมาย</p>
<pre style="background:#fff;border:1px solid #ddd;padding:12px;font-family:inherit">
                         ผู้อำนวยการเขตคลองบางไผ่
                 ┌──────────────┴──────────────┐
     ผู้ช่วยผู้อำนวยการเขต (1)          ผู้ช่วยผู้อำนวยการเขต (2)
  ปกครอง · ทะเบียน · การคลัง · รายได้ · การศึกษา    โยธา · สิ่งแวดล้อมฯ · รักษาความสะอาดฯ · เทศกิจ · พัฒนาชุมชนฯ
</pre>
{table(["ส่วนราชการ", "ผู้รับผิดชอบ", "โทรศัพท์"], rows)}
<p>{a('/files/2568/structure_2568.pdf', 'ดาวน์โหลดแผนผังโครงสร้าง (PDF) ปรับปรุง มกราคม 2568')}</p>""")
    page("about/structure.html", "โครงสร้างหน่วยงาน", body, "/about/")
    pdf("files/2568/structure_2568.pdf", ["แผนผังโครงสร้างสำนักงานเขตคลองบางไผ่", "ปรับปรุง ณ วันที่ 6 มกราคม 2568"],
        [("p", f"ผู้อำนวยการเขตคลองบางไผ่ : {DIRECTOR}"),
         ("p", "ผู้ช่วยผู้อำนวยการเขต 2 ตำแหน่ง กำกับดูแลฝ่ายต่าง ๆ ตามคำสั่งสำนักงานเขต"),
         ("t", [["ลำดับ", "ส่วนราชการ", "ภารกิจหลัก"]] +
          [[str(i + 1), d, "ตามประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการ"] for i, d in enumerate(DIVISIONS)],
          [15, 70, 85])])

    execs = [
        ("exec1.png", DIRECTOR, "ผู้อำนวยการเขตคลองบางไผ่", "0 2413 5521 ต่อ 101", "director.kbp@bangkok.go.th"),
        ("exec2.png", "นางสาวพิมพ์ชนก วงศ์ไทย", "ผู้ช่วยผู้อำนวยการเขต", "0 2413 5521 ต่อ 102", "asst1.kbp@bangkok.go.th"),
        ("exec3.png", "นายอนุชา แก้วมณี", "ผู้ช่วยผู้อำนวยการเขต", "0 2413 5521 ต่อ 103", "asst2.kbp@bangkok.go.th"),
    ]
    cards = "".join(
        f'<div class="card" style="display:flex;gap:16px"><img src="/assets/img/{img}" alt="{n}" width="120" height="150">'
        f'<div><h4 style="margin:0">{n}</h4><div>{p}</div><div>โทรศัพท์ {t}</div><div>อีเมล {e}</div></div></div>'
        for img, n, p, t, e in execs)
    heads = table(["ฝ่าย", "ชื่อ - สกุล", "โทรศัพท์"], [
        ["ฝ่ายปกครอง", "นายสมชาย ประเสริฐวงศ์", "ต่อ 201"], ["ฝ่ายทะเบียน", "นางรัชนี บุญมา", "ต่อ 211"],
        ["ฝ่ายการคลัง", "นางสาวศิริพร เจริญสุข", "ต่อ 221"], ["ฝ่ายรายได้", "นายวีระพงษ์ ทองดี", "ต่อ 231"],
        ["ฝ่ายโยธา", "นายกิตติศักดิ์ มั่นคง", "ต่อ 241"], ["ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "นางสาวนภัสสร ใจดี", "ต่อ 251"],
        ["ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "นายประยุทธ ศรีทอง", "ต่อ 261"], ["ฝ่ายเทศกิจ", "นายณรงค์ชัย พลสวัสดิ์", "ต่อ 271"],
        ["ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "- ว่าง -", "ต่อ 281"], ["ฝ่ายการศึกษา", "นางมาลัย สุขเจริญ", "ต่อ 291"]])
    body = card("ผู้บริหารสำนักงานเขตคลองบางไผ่",
                f'<p class="text-muted">ข้อมูล ณ วันที่ 1 พฤษภาคม 2568</p>{cards}<h4>หัวหน้าฝ่าย</h4>{heads}')
    page("about/executives.html", "ผู้บริหาร", body, "/about/")

    body = card("อำนาจหน้าที่ของสำนักงานเขต", """
<p>ตามพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. 2528 มาตรา 70 และประกาศกรุงเทพมหานคร
สำนักงานเขตมีอำนาจหน้าที่ดังนี้</p>
<ol><li>การรักษาความสงบเรียบร้อยของประชาชน และงานทะเบียนราษฎรและบัตรประจำตัวประชาชน</li>
<li>การจัดเก็บภาษีและรายได้ของกรุงเทพมหานครในพื้นที่เขต</li>
<li>การควบคุมอาคาร การขุดดินถมดิน และการบำรุงรักษาทางและท่อระบายน้ำ</li>
<li>การรักษาความสะอาด การจัดเก็บขยะมูลฝอย และการดูแลสวนสาธารณะ</li>
<li>การสาธารณสุขและสิ่งแวดล้อม การควบคุมกิจการที่เป็นอันตรายต่อสุขภาพ</li>
<li>การพัฒนาชุมชน การสังคมสงเคราะห์ และการศึกษาในโรงเรียนสังกัดกรุงเทพมหานคร</li>
<li>การเทศกิจ และหน้าที่อื่นตามที่กรุงเทพมหานครมอบหมาย</li></ol>""")
    page("about/authority.html", "อำนาจหน้าที่", body, "/about/")

    body = card("ติดต่อสำนักงานเขตคลองบางไผ่", f"""
<p><b>ที่อยู่</b> {ADDRESS}</p>
<p><b>โทรศัพท์</b> {PHONE} &nbsp; <b>โทรสาร</b> {FAX}</p>
<p><b>อีเมล</b> <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p><b>เวลาทำการ</b> วันจันทร์ - วันศุกร์ 08.30 - 16.30 น. (งานทะเบียนเปิดบริการวันเสาร์ 08.30 - 12.00 น.)</p>
<h4>แผนที่</h4>
<p><img src="/assets/img/map.png" alt="แผนที่สำนักงานเขตคลองบางไผ่" width="560"></p>
<p><a href="https://maps.google.com/?q=สำนักงานเขตคลองบางไผ่">เปิดใน Google Maps</a></p>""")
    page("contact/index.html", "ติดต่อเรา", body, "/contact/")
    img = Image.new("RGB", (560, 320), (230, 236, 228))
    d = ImageDraw.Draw(img)
    d.line((0, 160, 560, 170), fill=(255, 255, 255), width=18)
    d.line((300, 0, 280, 320), fill=(120, 170, 220), width=14)
    d.ellipse((330, 120, 360, 150), fill=(200, 30, 30))
    img.save(out("assets/img/map.png"))


# ---------------------------------------------------------------- O2 governor policy + plans (pass; multi-year plan)
def build_policy():
    pdf("files/plans/district_dev_plan_2566-2570.pdf",
        ["แผนพัฒนาสำนักงานเขตคลองบางไผ่ ระยะ 5 ปี", "(พ.ศ. 2566 - 2570)"],
        [("h", "ส่วนที่ 1 บทนำ"),
         ("p", "แผนพัฒนาสำนักงานเขตคลองบางไผ่ ระยะ 5 ปี (พ.ศ. 2566 - 2570) จัดทำขึ้น ให้สอดคล้องกับ แผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี (พ.ศ. 2561 - 2580) และ นโยบายผู้ว่าราชการกรุงเทพมหานคร 9 ด้าน (9 ดี) โดยใช้เป็นกรอบในการจัดทำแผนปฏิบัติราชการประจำปี ของสำนักงานเขต ทุกปีงบประมาณ ตลอดช่วงของแผน"),
         ("h", "ส่วนที่ 2 ยุทธศาสตร์การพัฒนาเขต"),
         ("t", [["ยุทธศาสตร์", "เป้าหมาย", "ตัวชี้วัด", "ปีงบประมาณ"],
                ["1. ปลอดภัยดี", "ลดจุดเสี่ยงอาชญากรรมและอุบัติเหตุ", "จุดเสี่ยงได้รับการแก้ไข ร้อยละ 80", "2566 - 2570"],
                ["2. เดินทางดี", "ทางเท้าและคลองสะอาด เดินทางสะดวก", "ทางเท้าปรับปรุงปีละ 2 กม.", "2566 - 2570"],
                ["3. สิ่งแวดล้อมดี", "สวน 15 นาที และการคัดแยกขยะ", "ขยะลดลง ร้อยละ 5 ต่อปี", "2566 - 2570"],
                ["4. บริหารจัดการดี", "บริการโปร่งใส ผ่านระบบดิจิทัล", "ผลคะแนน ITA ไม่ต่ำกว่า 85", "2566 - 2570"],
                ["5. เรียนดี", "โรงเรียนสังกัด กทม. มีคุณภาพ", "ผลสัมฤทธิ์ทางการเรียนเพิ่มขึ้น", "2566 - 2570"]],
          [40, 55, 50, 25]),
         ("h", "ส่วนที่ 3 การนำแผนไปสู่การปฏิบัติ"),
         ("p", "สำนักงานเขตจะนำยุทธศาสตร์ตามแผนนี้ ไปกำหนดโครงการ/กิจกรรม ในแผนปฏิบัติราชการประจำปี งบประมาณ พ.ศ. 2566 2567 2568 2569 และ 2570 และทบทวนแผน ในปีงบประมาณ พ.ศ. 2568"),
         ("s", f"อนุมัติแผน ณ วันที่ 28 ตุลาคม 2565")])
    pdf("files/plans/governor_policy_9dee.pdf",
        ["นโยบายผู้ว่าราชการกรุงเทพมหานคร", "(นายชัชชาติ สิทธิพันธุ์) 9 ด้าน 9 ดี"],
        [("p", "นโยบายผู้ว่าราชการกรุงเทพมหานคร ประกอบด้วย 9 ด้าน ได้แก่ ปลอดภัยดี สร้างสรรค์ดี สิ่งแวดล้อมดี สุขภาพดี เรียนดี เศรษฐกิจดี เดินทางดี โครงสร้างดี บริหารจัดการดี รวม 216 นโยบาย"),
         ("p", "สำนักงานเขตคลองบางไผ่ นำนโยบายดังกล่าวมาถ่ายทอด สู่แผนพัฒนาสำนักงานเขต และแผนปฏิบัติราชการประจำปี"),
         ("t", [["ด้าน", "ตัวอย่างนโยบายที่เขตดำเนินการ"],
                ["ปลอดภัยดี", "ติดตั้งไฟส่องสว่าง และกล้อง CCTV ในชุมชน"],
                ["สิ่งแวดล้อมดี", "สวน 15 นาที / ปลูกต้นไม้ล้านต้น / ไม่เทรวม"],
                ["เดินทางดี", "ปรับปรุงทางเท้า และท่าเรือคลองบางไผ่"],
                ["บริหารจัดการดี", "Traffy Fondue / BMA OSS / เปิดเผยข้อมูล"]], [40, 130])])
    body = card("นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร", f"""
<ul class="list-group">
<li>{a('/files/plans/governor_policy_9dee.pdf', 'นโยบายผู้ว่าราชการกรุงเทพมหานคร 9 ด้าน 9 ดี (PDF)')}</li>
<li>{a('/files/plans/district_dev_plan_2566-2570.pdf', 'แผนพัฒนาสำนักงานเขตคลองบางไผ่ ระยะ 5 ปี (พ.ศ. 2566 - 2570) (PDF)')}</li>
<li><a href="https://webportal.bangkok.go.th/pipd/page/sub/20250/แผนพัฒนากรุงเทพมหานคร-ระยะ-20-ปี">แผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี (พ.ศ. 2561 - 2580) (สำนักยุทธศาสตร์และประเมินผล)</a></li>
</ul>""")
    page("about/policy.html", "นโยบายผู้ว่าฯ และแผนพัฒนา", body, "/about/")


# ---------------------------------------------------------------- O3 schools (pass)
def build_schools():
    schools = [("โรงเรียนวัดทองนพคุณ", "อนุบาล - ป.6", 612, 31, "0 2413 6601"),
               ("โรงเรียนคลองบางไผ่ (ประชาอุทิศ)", "อนุบาล - ม.3", 1048, 52, "0 2413 6602"),
               ("โรงเรียนวัดบางไผ่เหนือ", "อนุบาล - ป.6", 455, 24, "0 2413 6603"),
               ("โรงเรียนชุมชนริมคลอง", "อนุบาล - ป.6", 287, 17, "0 2413 6604"),
               ("โรงเรียนบ้านสวนพัฒนา", "อนุบาล - ม.3", 733, 39, "0 2413 6605")]
    rows = [[str(i + 1), n, lv, f"{s:,}", str(t), p] for i, (n, lv, s, t, p) in enumerate(schools)]
    body = card("โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขตคลองบางไผ่", f"""
<p class="text-muted">ข้อมูล ณ วันที่ 15 มกราคม 2568 (ปีการศึกษา 2567) ที่มา: ฝ่ายการศึกษา</p>
{table(["ลำดับ", "ชื่อโรงเรียน", "ระดับชั้น", "จำนวนนักเรียน", "จำนวนครู", "โทรศัพท์"], rows)}
<p>รวม 5 โรงเรียน นักเรียน 3,135 คน ครู 163 คน</p>""")
    page("schools/index.html", "โรงเรียนในสังกัด กทม.", body, "/about/")


# ---------------------------------------------------------------- O4 news (pass)
NEWS = [
    ("2568-05-12", "12 พฤษภาคม 2568", "เขตคลองบางไผ่ ลอกท่อระบายน้ำ เตรียมรับมือฤดูฝน ปี 2568",
     "สำนักงานเขตคลองบางไผ่ โดยฝ่ายโยธา ร่วมกับฝ่ายรักษาความสะอาดฯ ดำเนินการลอกท่อระบายน้ำ ถนนบางไผ่พัฒนา ระยะทาง 3.2 กิโลเมตร และเปิดทางน้ำไหล คลองบางไผ่ เพื่อเตรียมความพร้อมรับมือฤดูฝน ปีงบประมาณ พ.ศ. 2568 ผลการดำเนินงานสะสม ตั้งแต่ ตุลาคม 2567 ถึง เมษายน 2568 ลอกท่อแล้ว 18.4 กิโลเมตร คิดเป็นร้อยละ 76 ของแผน"),
    ("2568-04-25", "25 เมษายน 2568", "สรุปผลการให้บริการงานทะเบียน ไตรมาสที่ 2 ปีงบประมาณ 2568",
     "ฝ่ายทะเบียน สำนักงานเขตคลองบางไผ่ ให้บริการประชาชน ในไตรมาสที่ 2 (มกราคม - มีนาคม 2568) รวม 6,214 ราย แบ่งเป็น งานบัตรประจำตัวประชาชน 3,902 ราย งานทะเบียนราษฎร 2,011 ราย และงานทะเบียนทั่วไป 301 ราย ผ่านระบบจองคิว BMA Q จำนวน 1,540 ราย"),
    ("2568-04-10", "10 เมษายน 2568", "เขตคลองบางไผ่ ตรวจความปลอดภัยอาหาร ช่วงเทศกาลสงกรานต์ 2568",
     "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล ออกตรวจร้านอาหาร และตลาดในพื้นที่ 46 แห่ง ก่อนเทศกาลสงกรานต์ ผ่านเกณฑ์มาตรฐาน 44 แห่ง และให้คำแนะนำแก้ไข 2 แห่ง"),
    ("2568-03-18", "18 มีนาคม 2568", "รายงานผลการดำเนินงานโครงการสวน 15 นาที รอบ 6 เดือน ปีงบประมาณ 2568",
     "สำนักงานเขตคลองบางไผ่ ดำเนินโครงการสวน 15 นาที ในปีงบประมาณ พ.ศ. 2568 แล้วเสร็จ 2 แห่ง ได้แก่ สวนริมคลองบางไผ่ และสวนชุมชนวัดทองนพคุณ รวมพื้นที่ 3 ไร่ 1 งาน"),
    ("2568-02-05", "5 กุมภาพันธ์ 2568", "เขตคลองบางไผ่ จัดประชุมชี้แจงการประเมิน ITA ประจำปีงบประมาณ 2568",
     "ผู้อำนวยการเขตคลองบางไผ่ เป็นประธานการประชุม ชี้แจงหลักเกณฑ์การประเมินคุณธรรมและความโปร่งใส ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 แก่หัวหน้าฝ่าย และผู้บริหารสถานศึกษา"),
]
OLD_NEWS = [
    ("2567-09-20", "20 กันยายน 2567", "เขตคลองบางไผ่ สรุปผลการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ปี 2567",
     "ฝ่ายรายได้ สรุปผลการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ประจำปีงบประมาณ พ.ศ. 2567"),
    ("2567-08-14", "14 สิงหาคม 2567", "เขตคลองบางไผ่ จัดกิจกรรมวันแม่แห่งชาติ 2567",
     "สำนักงานเขตคลองบางไผ่ ร่วมกับชุมชน จัดกิจกรรมเฉลิมพระเกียรติ เนื่องในวันแม่แห่งชาติ"),
]


def build_news():
    items = []
    for i, (slug, d, t, txt) in enumerate(NEWS + OLD_NEWS):
        body = card(t, f'<p class="text-muted">ประกาศเมื่อ {d} · ฝ่ายปกครอง (งานประชาสัมพันธ์)</p>'
                       f'<p><img src="/assets/img/news{i % 6 + 1}.jpg" alt="" width="480"></p><p>{txt}</p>'
                       f'<p>{a("/news/", "« กลับหน้าข่าวประชาสัมพันธ์")}</p>')
        page(f"news/{slug}.html", t, body, "/news/", crumb=f'{a("/news/", "ข่าวประชาสัมพันธ์")} / {t}')
        items.append(f'<li><a href="/news/{slug}.html">{t}</a> <span class="text-muted">({d})</span></li>')
    body = card("ข่าวประชาสัมพันธ์ / ผลการดำเนินงาน", f'<ul class="list-group">{"".join(items)}</ul>')
    page("news/index.html", "ข่าวประชาสัมพันธ์", body, "/news/")


# ---------------------------------------------------------------- O5 action plan (stale: link 2568, content 2567)
def action_plan_pdf(rel):
    pdf(rel, ["แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2567", "สำนักงานเขตคลองบางไผ่"],
        [("p", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2567 ของสำนักงานเขตคลองบางไผ่ จัดทำขึ้น เพื่อแปลงแผนพัฒนาสำนักงานเขต ระยะ 5 ปี (พ.ศ. 2566 - 2570) สู่การปฏิบัติ ในช่วงระยะเวลา 1 ตุลาคม 2566 ถึง 30 กันยายน 2567"),
         ("t", [["ลำดับ", "โครงการ/กิจกรรม", "ฝ่ายที่รับผิดชอบ", "งบประมาณ (บาท)", "ระยะเวลา"],
                ["1", "โครงการลอกท่อระบายน้ำ ปี 2567", "ฝ่ายโยธา", "2,450,000", "ต.ค. 66 - ก.ย. 67"],
                ["2", "โครงการสวน 15 นาที ริมคลองบางไผ่", "ฝ่ายรักษาความสะอาดฯ", "1,200,000", "ม.ค. 67 - ส.ค. 67"],
                ["3", "โครงการคัดแยกขยะ ไม่เทรวม", "ฝ่ายรักษาความสะอาดฯ", "350,000", "ต.ค. 66 - ก.ย. 67"],
                ["4", "โครงการจัดระเบียบหาบเร่แผงลอย", "ฝ่ายเทศกิจ", "180,000", "ต.ค. 66 - ก.ย. 67"],
                ["5", "โครงการส่งเสริมคุณธรรมและความโปร่งใส ปี 2567", "ฝ่ายปกครอง", "60,000", "พ.ย. 66 - มิ.ย. 67"]],
          [12, 68, 38, 28, 28]),
         ("s", f"อนุมัติ ณ วันที่ 9 ตุลาคม 2566\n({OLD_DIRECTOR})\nผู้อำนวยการเขตคลองบางไผ่")])


def annual_report_pdf(rel):
    pdf(rel, ["รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2567", "สำนักงานเขตคลองบางไผ่",
              "(1 ตุลาคม 2566 - 30 กันยายน 2567)"],
        [("p", "สำนักงานเขตคลองบางไผ่ ขอรายงานผลการปฏิบัติราชการ ตามแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2567 ดังนี้"),
         ("t", [["โครงการ", "เป้าหมาย", "ผลการดำเนินงาน", "ร้อยละ", "งบประมาณที่ใช้ (บาท)"],
                ["ลอกท่อระบายน้ำ", "24 กม.", "24.6 กม.", "102.5", "2,398,500"],
                ["สวน 15 นาที ริมคลองบางไผ่", "1 แห่ง", "1 แห่ง", "100", "1,185,000"],
                ["คัดแยกขยะ ไม่เทรวม", "20 ชุมชน", "22 ชุมชน", "110", "341,200"],
                ["จัดระเบียบหาบเร่แผงลอย", "8 จุด", "7 จุด", "87.5", "166,000"],
                ["ส่งเสริมคุณธรรมและความโปร่งใส", "4 กิจกรรม", "4 กิจกรรม", "100", "58,400"]],
          [52, 25, 28, 18, 40]),
         ("h", "ปัญหา อุปสรรค และข้อเสนอแนะ"),
         ("p", "การจัดระเบียบหาบเร่แผงลอย ยังไม่บรรลุเป้าหมาย 1 จุด เนื่องจากอยู่ระหว่างการหาพื้นที่ทำการค้าทดแทน จะดำเนินการต่อ ในปีงบประมาณ พ.ศ. 2568"),
         ("s", f"รายงาน ณ วันที่ 13 ธันวาคม 2567\n({DIRECTOR})\nผู้อำนวยการเขตคลองบางไผ่")])


# ---------------------------------------------------------------- O6 manuals (incomplete: 6 of 10 divisions)
def build_manuals():
    have = {"ฝ่ายปกครอง": "governance", "ฝ่ายทะเบียน": "registration", "ฝ่ายการคลัง": "finance",
            "ฝ่ายรายได้": "revenue", "ฝ่ายโยธา": "works", "ฝ่ายเทศกิจ": "municipal"}
    rows = []
    for i, d in enumerate(DIVISIONS):
        if d in have:
            rel = f"files/manuals/manual_{have[d]}.pdf"
            pdf(rel, [f"คู่มือการปฏิบัติงาน {d}", DIST, "ฉบับปรับปรุง พ.ศ. 2567"],
                [("h", "1. วัตถุประสงค์"),
                 ("p", f"เพื่อให้ข้าราชการและบุคลากร {d} ปฏิบัติงานเป็นมาตรฐานเดียวกัน ตามขั้นตอน และระยะเวลาที่กำหนด"),
                 ("h", "2. ขั้นตอนการปฏิบัติงาน"),
                 ("t", [["ขั้นตอน", "รายละเอียด", "ระยะเวลา", "ผู้รับผิดชอบ"],
                        ["1", "รับเรื่อง ตรวจสอบเอกสาร", "15 นาที", "เจ้าหน้าที่ธุรการ"],
                        ["2", "พิจารณา ตรวจสอบข้อเท็จจริง", "1 - 3 วันทำการ", "เจ้าหน้าที่ผู้รับผิดชอบ"],
                        ["3", "เสนอผู้บังคับบัญชาพิจารณา", "1 วันทำการ", f"หัวหน้า{d}"],
                        ["4", "แจ้งผล / ส่งมอบงาน", "1 วันทำการ", "เจ้าหน้าที่ผู้รับผิดชอบ"]], [18, 72, 35, 45]),
                 ("h", "3. กฎหมายและระเบียบที่เกี่ยวข้อง"),
                 ("p", "พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. 2528 และระเบียบที่เกี่ยวข้อง")])
            rows.append([str(i + 1), d, f'{a("/" + rel, "เปิดเอกสาร")}'])
        else:
            rows.append([str(i + 1), d, '<span class="text-muted">อยู่ระหว่างจัดทำ</span>'])
    body = card("คู่มือการปฏิบัติหน้าที่ (คู่มือการปฏิบัติงาน) แยกตามฝ่าย", table(["ลำดับ", "ส่วนราชการ", "คู่มือ"], rows))
    page("manuals/index.html", "คู่มือการปฏิบัติงาน", body)


# ---------------------------------------------------------------- O7 O8 O11 O12 services (pass)
def build_services():
    svcs = [("id_card", "การทำบัตรประจำตัวประชาชน", "ฝ่ายทะเบียน", "60 นาที", "ไม่มีค่าธรรมเนียม (กรณีบัตรหมดอายุ)"),
            ("house_reg", "การแจ้งย้ายที่อยู่ (ย้ายเข้า - ย้ายออก)", "ฝ่ายทะเบียน", "30 นาที", "ไม่มีค่าธรรมเนียม"),
            ("food_license", "การขอใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "30 วัน", "ตามขนาดพื้นที่"),
            ("building_permit", "การขออนุญาตก่อสร้างอาคาร (ข.1)", "ฝ่ายโยธา", "45 วัน", "ตามกฎกระทรวง"),
            ("land_tax", "การชำระภาษีที่ดินและสิ่งปลูกสร้าง", "ฝ่ายรายได้", "15 นาที", "-")]
    rows = []
    for code, n, d, tm, fee in svcs:
        rel = f"files/services/guide_{code}.pdf"
        pdf(rel, ["คู่มือสำหรับประชาชน", n, f"หน่วยงานที่ให้บริการ : {d} {DIST}"],
            [("h", "หลักเกณฑ์ วิธีการ เงื่อนไข"), ("p", f"ผู้ขอรับบริการ ยื่นคำขอพร้อมเอกสาร ณ {d} หรือผ่านระบบออนไลน์ ของกรุงเทพมหานคร"),
             ("h", "ขั้นตอน และระยะเวลาการให้บริการ"),
             ("t", [["ขั้นตอน", "รายละเอียด", "ระยะเวลา"], ["1", "ยื่นคำขอ และตรวจสอบเอกสาร", "-"],
                    ["2", "พิจารณา", "-"], ["3", "แจ้งผลการพิจารณา", "-"], ["รวม", "", tm]], [25, 100, 40]),
             ("h", "ค่าธรรมเนียม"), ("p", fee),
             ("h", "ช่องทางการร้องเรียน"), ("p", f"{DIST} โทร. {PHONE} หรือ สายด่วน กทม. 1555 หรือ Traffy Fondue")])
        rows.append([n, d, tm, a("/" + rel, "คู่มือ (PDF)")])
    body = card("คู่มือการให้บริการประชาชน (คู่มือสำหรับประชาชน)", table(["งานบริการ", "ฝ่าย", "ระยะเวลา", "เอกสาร"], rows))
    page("services/index.html", "คู่มือสำหรับประชาชน", body, "/services/")

    body = card("บริการอิเล็กทรอนิกส์ (E-Service)", f"""
<p>{DIST} เปิดให้บริการออนไลน์ ประชาชนสามารถยื่นคำขอ ชำระภาษี จองคิว และแจ้งเรื่องร้องเรียน ได้ตลอด 24 ชั่วโมง</p>
{table(["บริการ", "รายละเอียด", "ช่องทาง"], [
        ["ยื่นคำขออนุญาตออนไลน์ (BMA OSS)", "ขออนุญาตก่อสร้าง ใบอนุญาตสถานที่จำหน่ายอาหาร กิจการที่เป็นอันตรายต่อสุขภาพ", '<a href="https://bmaoss.bangkok.go.th/">bmaoss.bangkok.go.th</a>'],
        ["จองคิวล่วงหน้า (BMA Q)", "จองคิวงานทะเบียนราษฎรและบัตรประจำตัวประชาชน", '<a href="https://q.bangkok.go.th/">BMA Q</a>'],
        ["ชำระภาษีออนไลน์", "ภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย ผ่าน QR Code / Mobile Banking", '<a href="https://chdtax.bangkok.go.th/">ระบบภาษี กทม.</a>'],
        ["แจ้งเรื่องร้องเรียน", "แจ้งปัญหาในพื้นที่ผ่าน Traffy Fondue ติดตามผลได้", '<a href="https://www.traffy.in.th/">Traffy Fondue</a>'],
        ["แบบฟอร์มออนไลน์ของเขต", "ขอใช้สถานที่ / ขอรับบริการรถดูดสิ่งปฏิกูล", a("/services/eform.html", "กรอกแบบฟอร์ม")]])}""")
    page("services/eservice.html", "E-Service", body, "/services/")
    body = card("แบบฟอร์มขอรับบริการออนไลน์", """
<form action="/services/eform.html" method="get">
<p><label>ชื่อ - สกุล <input name="name"></label></p>
<p><label>เบอร์โทรศัพท์ <input name="tel"></label></p>
<p><label>ประเภทบริการ <select name="type"><option>ขอใช้สถานที่</option><option>ขอรับบริการรถดูดสิ่งปฏิกูล</option><option>ขอตัดแต่งกิ่งไม้</option></select></label></p>
<p><label>รายละเอียด <textarea name="detail"></textarea></label></p>
<p><button type="submit">ส่งคำขอ</button></p></form>
<p class="text-muted">เจ้าหน้าที่จะติดต่อกลับภายใน 2 วันทำการ</p>""")
    page("services/eform.html", "แบบฟอร์มออนไลน์", body, "/services/")

    chk = [("building", "การขออนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร (ข.1)", "ฝ่ายโยธา",
            ["แบบคำขออนุญาต (ข.1)", "สำเนาโฉนดที่ดิน ขนาดเท่าต้นฉบับ", "หนังสือยินยอมให้ปลูกสร้างอาคารในที่ดิน",
             "แบบแปลน 5 ชุด พร้อมรายการคำนวณ", "สำเนาใบอนุญาตผู้ประกอบวิชาชีพวิศวกรรมควบคุม/สถาปัตยกรรมควบคุม"]),
           ("food", "การขอใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล",
            ["แบบคำขอ สอ.1", "สำเนาบัตรประจำตัวประชาชน", "สำเนาทะเบียนบ้าน", "แผนที่ตั้งสถานประกอบการ",
             "หนังสือยินยอมให้ใช้สถานที่", "ใบรับรองแพทย์ผู้สัมผัสอาหาร"]),
           ("health", "การขอใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล",
            ["แบบคำขอ อภ.1", "สำเนาบัตรประจำตัวประชาชน", "หนังสือรับรองนิติบุคคล (ถ้ามี)", "ผังบริเวณ",
             "ใบอนุญาตอื่นที่เกี่ยวข้อง (ถ้ามี)"])]
    rows = []
    for code, n, d, docs in chk:
        rel = f"files/checklist/checklist_{code}.pdf"
        pdf(rel, ["รายการตรวจ (Checklist) ในการพิจารณาออกใบอนุญาต", n, f"{d} {DIST}"],
            [("t", [["ลำดับ", "รายการเอกสาร / เงื่อนไขที่ตรวจสอบ", "มี", "ไม่มี", "หมายเหตุ"]] +
              [[str(i + 1), x, "☐", "☐", ""] for i, x in enumerate(docs)] +
              [[str(len(docs) + 1), "ตรวจสอบสถานที่จริง", "☐", "☐", "เจ้าพนักงานท้องถิ่น"]], [14, 100, 14, 14, 30]),
             ("p", "ผลการพิจารณา ☐ อนุญาต ☐ ไม่อนุญาต เนื่องจาก ........................................"),
             ("s", "ลงชื่อ ............................ เจ้าหน้าที่ผู้ตรวจสอบ")])
        rows.append([n, d, a("/" + rel, "Checklist (PDF)")])
    body = card("รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต",
                table(["ใบอนุญาต", "ฝ่ายที่รับผิดชอบ", "เอกสาร"], rows) +
                "<p class='text-muted'>ปรับปรุงข้อมูล 20 มกราคม 2568</p>")
    page("services/checklist.html", "Checklist การขออนุญาต", body, "/services/")

    pdf("files/services/tracking_guide.pdf", ["คู่มือการติดตามสถานะคำขออนุญาต (Tracking System)", DIST],
        [("p", "ผู้ยื่นคำขออนุญาต ผ่านศูนย์รับคำขออนุญาตกรุงเทพมหานคร (BMA OSS) สามารถติดตามสถานะคำขอ ได้ด้วยตนเอง ดังนี้"),
         ("t", [["ขั้นตอน", "วิธีการ"], ["1", "เข้าเว็บไซต์ bmaoss.bangkok.go.th เลือกเมนู ติดตามสถานะ"],
                ["2", "กรอกเลขที่คำขอ ที่ได้รับจากใบรับคำขอ"], ["3", "ระบบแสดงสถานะ: รับคำขอ / ตรวจสอบเอกสาร / ตรวจสถานที่ / พิจารณาอนุญาต / ออกใบอนุญาต"],
                ["4", "หากเกินระยะเวลาที่กำหนด ติดต่อฝ่ายที่รับผิดชอบ โทร. 0 2413 5521"]], [20, 150])])
    body = card("ระบบติดตามสถานะการขอใบอนุญาต (Tracking System)", f"""
<p>ประชาชนที่ยื่นคำขออนุญาตกับสำนักงานเขตคลองบางไผ่ สามารถติดตามสถานะคำขอได้ โดยกรอกเลขที่คำขอในระบบ BMA OSS</p>
<form action="https://bmaoss.bangkok.go.th/tracking" method="get"><label>เลขที่คำขอ <input name="req"></label> <button type="submit">ตรวจสอบสถานะ</button></form>
<p>สถานะที่แสดง: รับคำขอ → ตรวจสอบเอกสาร → ตรวจสถานที่ → พิจารณาอนุญาต → ออกใบอนุญาต</p>
<p>{a('/files/services/tracking_guide.pdf', 'คู่มือการติดตามสถานะคำขออนุญาต (PDF)')}</p>""")
    page("services/tracking.html", "ติดตามสถานะคำขออนุญาต", body, "/services/")


# ---------------------------------------------------------------- O9 tax (stale: file name 2568, content 2567)
def build_finance():
    fy = 2567
    rows = []
    land = [1250, 980, 1430, 5220, 18400, 22150, 31800, 9350, 2100, 1180, 860, 640]
    sign = [310, 220, 280, 940, 2630, 4120, 1300, 420, 190, 150, 120, 90]
    for i in range(12):
        rows.append([fy_month_label(fy, i), land[i] * 1000, sign[i] * 1000, (land[i] + sign[i]) * 1000])
    rows.append(["รวม", sum(land) * 1000, sum(sign) * 1000, (sum(land) + sum(sign)) * 1000])
    xlsx("files/2568/stat_tax_2568.xlsx",
         [("สถิติภาษี", "สถิติการจัดเก็บภาษี สำนักงานเขตคลองบางไผ่ ปีงบประมาณ พ.ศ. 2567 (ตุลาคม 2566 - กันยายน 2567)",
           ["เดือน", "ภาษีที่ดินและสิ่งปลูกสร้าง (บาท)", "ภาษีป้าย (บาท)", "รวม (บาท)"], rows)])
    body = card("ข้อมูลสถิติการจัดเก็บภาษี", f"""
<p>ฝ่ายรายได้ สำนักงานเขตคลองบางไผ่ เผยแพร่สถิติการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย รายเดือน</p>
<ul class="list-group">
<li>{a('/files/2568/stat_tax_2568.xlsx', 'สถิติการจัดเก็บภาษี ประจำปีงบประมาณ พ.ศ. 2568 (Excel)')} <span class="badge">ใหม่</span></li>
</ul>""")
    page("finance/tax.html", "สถิติการจัดเก็บภาษี", body, "/finance/")

    # ------------------------------------------------------------ O10 revenue (stale: series ends Sep 2567)
    def rev_rows(fy, vals):
        r = [[fy_month_label(fy, i), f"{v:,.2f}"] for i, v in enumerate(vals)]
        r.append(["<b>รวม</b>", f"<b>{sum(vals):,.2f}</b>"])
        return r
    v67 = [2.41e6, 2.05e6, 2.62e6, 6.88e6, 21.7e6, 27.1e6, 34.2e6, 10.8e6, 3.05e6, 2.27e6, 1.96e6, 1.71e6]
    v66 = [2.22e6, 1.98e6, 2.40e6, 6.12e6, 19.8e6, 25.3e6, 31.9e6, 9.70e6, 2.88e6, 2.10e6, 1.85e6, 1.62e6]
    body = card("ข้อมูลสถิติการจัดเก็บรายได้", f"""
<p class="text-muted">ข้อมูล ณ วันที่ 30 กันยายน 2567</p>
<h4>ปีงบประมาณ พ.ศ. 2567</h4>{table(["เดือน", "รายได้ที่จัดเก็บ (บาท)"], rev_rows(2567, v67))}
<h4>ปีงบประมาณ พ.ศ. 2566</h4>{table(["เดือน", "รายได้ที่จัดเก็บ (บาท)"], rev_rows(2566, v66))}
<p>{a('/files/2567/stat_revenue_2567.pdf', 'ดาวน์โหลดสถิติการจัดเก็บรายได้ ปีงบประมาณ 2567 (PDF)')}</p>""")
    page("finance/revenue.html", "สถิติการจัดเก็บรายได้", body, "/finance/")
    pdf("files/2567/stat_revenue_2567.pdf", ["สถิติการจัดเก็บรายได้ สำนักงานเขตคลองบางไผ่", "ปีงบประมาณ พ.ศ. 2567"],
        [("t", [["เดือน", "รายได้ที่จัดเก็บ (บาท)"]] + [[fy_month_label(2567, i), f"{v:,.2f}"] for i, v in enumerate(v67)],
          [60, 60]), ("s", "ข้อมูล ณ วันที่ 30 กันยายน 2567\nฝ่ายรายได้")])

    # ------------------------------------------------------------ O13 spending plan 2568 + annual report 2567 (pass)
    pdf("files/2568/spending_plan_2568.pdf", ["แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. 2568", DIST],
        [("p", "สำนักงานเขตคลองบางไผ่ ได้รับจัดสรรงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568 ตามข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568 รวมทั้งสิ้น 214,562,300 บาท โดยมีแผนการใช้จ่ายรายไตรมาส ดังนี้"),
         ("t", [["หมวดรายจ่าย", "ไตรมาส 1 (ต.ค.-ธ.ค. 67)", "ไตรมาส 2 (ม.ค.-มี.ค. 68)", "ไตรมาส 3 (เม.ย.-มิ.ย. 68)", "ไตรมาส 4 (ก.ค.-ก.ย. 68)", "รวม"],
                ["งบบุคลากร", "38,200,000", "38,200,000", "38,200,000", "38,262,300", "152,862,300"],
                ["งบดำเนินงาน", "9,850,000", "11,200,000", "10,400,000", "8,950,000", "40,400,000"],
                ["งบลงทุน", "1,200,000", "6,500,000", "7,800,000", "2,300,000", "17,800,000"],
                ["งบเงินอุดหนุน", "600,000", "1,200,000", "1,000,000", "700,000", "3,500,000"],
                ["รวม", "49,850,000", "57,100,000", "57,400,000", "50,212,300", "214,562,300"]],
          [30, 28, 28, 28, 28, 30]),
         ("s", f"ประกาศ ณ วันที่ 25 ตุลาคม 2567\n({DIRECTOR})\nผู้อำนวยการเขตคลองบางไผ่")])
    pdf("files/2568/spending_report_2567.pdf", ["รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. 2567", DIST,
                                                 "(1 ตุลาคม 2566 - 30 กันยายน 2567)"],
        [("t", [["หมวดรายจ่าย", "งบประมาณที่ได้รับ", "เบิกจ่าย", "คงเหลือ", "ร้อยละการเบิกจ่าย"],
                ["งบบุคลากร", "149,500,000", "148,912,400", "587,600", "99.61"],
                ["งบดำเนินงาน", "38,900,000", "37,115,800", "1,784,200", "95.41"],
                ["งบลงทุน", "15,600,000", "14,020,300", "1,579,700", "89.87"],
                ["งบเงินอุดหนุน", "3,300,000", "3,262,000", "38,000", "98.85"],
                ["รวม", "207,300,000", "203,310,500", "3,989,500", "98.08"]], [36, 34, 34, 30, 30]),
         ("h", "ปัญหาอุปสรรค"),
         ("p", "งบลงทุนเบิกจ่ายได้ ร้อยละ 89.87 เนื่องจากโครงการปรับปรุงทางเท้า 1 โครงการ ต้องขยายระยะเวลาสัญญา"),
         ("s", f"รายงาน ณ วันที่ 20 ธันวาคม 2567\nฝ่ายการคลัง สำนักงานเขตคลองบางไผ่")])
    body = card("แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายงบประมาณประจำปี", f"""
<ul class="list-group">
<li>{a('/files/2568/spending_plan_2568.pdf', 'แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. 2568')} <span class="text-muted">(25 ต.ค. 2567)</span></li>
<li>{a('/files/2568/spending_report_2567.pdf', 'รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. 2567')} <span class="text-muted">(20 ธ.ค. 2567)</span></li>
</ul>""")
    page("finance/spending.html", "แผน/ผลการใช้จ่ายงบประมาณ", body, "/finance/")

    # ------------------------------------------------------------ O14 budget (incomplete: no community subsidy)
    pdf("files/2568/budget_ordinance_2568_extract.pdf",
        ["ข้อบัญญัติกรุงเทพมหานคร", "เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568", "(เฉพาะส่วนของสำนักงานเขตคลองบางไผ่)"],
        [("p", "ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568 ประกาศใช้ ณ วันที่ 27 กันยายน 2567 จัดสรรงบประมาณให้สำนักงานเขตคลองบางไผ่ ดังนี้"),
         ("t", [["แผนงาน", "งบประมาณ (บาท)"], ["แผนงานบริหารทั่วไป", "98,420,000"],
                ["แผนงานรักษาความสะอาด", "61,880,300"], ["แผนงานโยธา", "29,612,000"],
                ["แผนงานการศึกษา", "14,150,000"], ["แผนงานพัฒนาชุมชน", "10,500,000"], ["รวม", "214,562,300"]], [100, 60])])
    body = card("ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ", f"""
<h4>ข้อมูลงบประมาณรายจ่าย ปีงบประมาณ พ.ศ. 2568</h4>
{table(["หมวดรายจ่าย", "งบประมาณ (บาท)"], [["งบบุคลากร", "152,862,300"], ["งบดำเนินงาน", "40,400,000"], ["งบลงทุน", "17,800,000"], ["งบเงินอุดหนุน", "3,500,000"], ["<b>รวม</b>", "<b>214,562,300</b>"]])}
<h4>ข้อบัญญัติงบประมาณ</h4>
<p>{a('/files/2568/budget_ordinance_2568_extract.pdf', 'ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568 (ส่วนของสำนักงานเขต)')}</p>
<p><a href="https://www.bangkok.go.th/budget">ข้อบัญญัติงบประมาณฉบับเต็ม (สำนักงบประมาณกรุงเทพมหานคร)</a></p>
<h4>ข้อมูลเงินอุดหนุนชุมชน</h4>
<div class="alert">อยู่ระหว่างปรับปรุงข้อมูล</div>""")
    page("finance/budget.html", "งบประมาณ/ข้อบัญญัติ", body, "/finance/")

    body = card("การเงินและรายได้", f"""<ul class="list-group">
<li>{a('/finance/budget.html', 'ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ')}</li>
<li>{a('/finance/spending.html', 'แผนการใช้จ่ายงบประมาณ / รายงานผลการใช้จ่ายงบประมาณ')}</li>
<li>{a('/finance/tax.html', 'สถิติการจัดเก็บภาษี')}</li>
<li>{a('/finance/revenue.html', 'สถิติการจัดเก็บรายได้')}</li></ul>""")
    page("finance/index.html", "การเงินและรายได้", body, "/finance/")


# ---------------------------------------------------------------- O15 procurement (incomplete: Oct 67 - Jan 68 only)
SKR_HEAD = ["ลำดับ", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง", "ราคากลาง", "วิธีซื้อหรือจ้าง",
            "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลง", "เหตุผลที่คัดเลือกโดยสรุป",
            "เลขที่และวันที่ของสัญญาหรือข้อตกลง"]

SKR_HEAD_PDF = ["ลำดับ ที่", "งานที่จัดซื้อ หรือจัดจ้าง", "วงเงินที่จะ ซื้อหรือจ้าง", "ราคากลาง", "วิธีซื้อ หรือจ้าง",
                "รายชื่อผู้เสนอราคา และราคาที่เสนอ", "ผู้ได้รับการคัดเลือก และราคาที่ตกลง", "เหตุผลที่คัดเลือก โดยสรุป",
                "เลขที่และวันที่ ของสัญญาหรือข้อตกลง"]


def skr_rows(month_idx, fy):
    base = [("จ้างซ่อมแซมรถบรรทุกขยะ", 48500, "หจก.ช่างยนต์บางไผ่", "บจก.ออโต้เซอร์วิส"),
            ("ซื้อวัสดุสำนักงาน", 27800, "ร้านเครื่องเขียนคลองบางไผ่", "บจก.ออฟฟิศพลัส"),
            ("จ้างเหมาลอกท่อระบายน้ำ ซอยบางไผ่ 12", 385000, "หจก.รุ่งเรืองโยธา", "บจก.ไทยดรีมคอนสตรัคชั่น"),
            ("ซื้อวัสดุงานบ้านงานครัว", 15600, "ร้านบางไผ่พาณิชย์", None)]
    rows = []
    for j, (job, amt, w, other) in enumerate(base[: 2 + (month_idx % 3)]):
        price = int(amt * 0.985)
        bidders = f"{w} / {price:,} บาท" + (f"; {other} / {int(amt * 1.02):,} บาท" if other else "")
        mname = fy_month_label(fy, month_idx, abbr=True)
        rows.append([str(j + 1), job, f"{amt:,}", f"{amt:,}", "เฉพาะเจาะจง" if amt < 500000 else "e-bidding",
                     bidders, f"{w} / {price:,} บาท", "ราคาต่ำสุด และคุณสมบัติครบถ้วน",
                     f"ใบสั่ง/สัญญา เลขที่ {10 + j + month_idx * 5}/{fy} ลงวันที่ {5 + j * 6} {mname}"])
    return rows


def build_procurement():
    links = []
    for i in range(4):  # Oct 2567 .. Jan 2568
        m = fy_month_label(2568, i)
        code = ["2567-10", "2567-11", "2567-12", "2568-01"][i]
        rows = skr_rows(i, 2568)
        pdf(f"files/procurement/2568/skr1_{code}.pdf",
            ["แบบ สขร.1", f"สรุปผลการดำเนินการจัดซื้อจัดจ้าง ในรอบเดือน {m}", DIST],
            [("t", [SKR_HEAD_PDF] + rows, [12, 34, 24, 22, 22, 40, 36, 30, 40])], land=True)
        xlsx(f"files/procurement/2568/skr1_{code}.xlsx",
             [("สขร.1", f"สรุปผลการดำเนินการจัดซื้อจัดจ้าง ในรอบเดือน {m} {DIST}", SKR_HEAD, rows)])
        links.append(f'<tr><td>{m}</td><td>{a(f"/files/procurement/2568/skr1_{code}.pdf", "PDF")} | '
                     f'{a(f"/files/procurement/2568/skr1_{code}.xlsx", "Excel")}</td></tr>')
    anns = [("ann_plan_2568", "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568", "8 พฤศจิกายน 2567"),
            ("ann_drain_2568", "ประกาศผู้ชนะการเสนอราคา จ้างเหมาลอกท่อระบายน้ำ ซอยบางไผ่ 12", "22 ธันวาคม 2567"),
            ("ann_sidewalk_2568", "ประกวดราคาจ้างปรับปรุงทางเท้า ถนนบางไผ่พัฒนา ด้วยวิธี e-bidding", "14 มีนาคม 2568"),
            ("ann_sidewalk_win_2568", "ประกาศผู้ชนะการเสนอราคา จ้างปรับปรุงทางเท้า ถนนบางไผ่พัฒนา", "21 เมษายน 2568")]
    alinks = []
    for code, t, d in anns:
        pdf(f"files/procurement/2568/{code}.pdf", [f"ประกาศ{DIST}", f"เรื่อง {t}"],
            [("p", f"ด้วย{DIST} ได้ดำเนินการตามระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560 จึงขอประกาศ {t} ให้ทราบโดยทั่วกัน รายละเอียดตามเอกสารแนบท้าย และเผยแพร่ในระบบ e-GPBMA"),
             ("s", f"ประกาศ ณ วันที่ {d}\n({DIRECTOR})\nผู้อำนวยการเขตคลองบางไผ่")])
        alinks.append(f'<li>{a(f"/files/procurement/2568/{code}.pdf", t)} <span class="text-muted">({d})</span></li>')
    body = (card("ประกาศเกี่ยวกับการจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. 2568",
                 f'<ul class="list-group">{"".join(alinks)}</ul>'
                 '<p>ดูประกาศทั้งหมดได้ที่ <a href="https://egp.bangkok.go.th/">ระบบเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง กรุงเทพมหานคร (e-GPBMA)</a></p>') +
            card("สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1) ปีงบประมาณ พ.ศ. 2568",
                 f'<table class="table"><thead><tr><th>เดือน</th><th>เอกสาร</th></tr></thead><tbody>{"".join(links)}</tbody></table>') +
            card("ข้อมูลปีงบประมาณ พ.ศ. 2567", a("/files/2567/skr1_summary_2567.pdf", "สรุปผลการจัดซื้อจัดจ้าง ปีงบประมาณ 2567 (ต.ค. 66 - ก.ย. 67)")))
    page("procurement/index.html", "จัดซื้อจัดจ้าง", body, "/procurement/")
    rows = []
    for i in range(12):
        for r in skr_rows(i, 2567)[:1]:
            rows.append([fy_month_label(2567, i, abbr=True)] + r[1:4] + [r[6]])
    pdf("files/2567/skr1_summary_2567.pdf", ["สรุปผลการดำเนินการจัดซื้อจัดจ้าง", "ปีงบประมาณ พ.ศ. 2567", DIST],
        [("t", [["เดือน", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงิน", "ราคากลาง", "ผู้ได้รับการคัดเลือกและราคาที่ตกลง"]] + rows,
          [20, 50, 25, 25, 55])])


# ---------------------------------------------------------------- O16 HR (stale: posted FY2568, covers FY2567)
def build_hr():
    pdf("files/2568/hr_plan_2567.pdf",
        ["แผนและหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "ประจำปีงบประมาณ พ.ศ. 2567", DIST],
        [("p", "สำนักงานเขตคลองบางไผ่ กำหนดแผนและหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2567 (1 ตุลาคม 2566 - 30 กันยายน 2567) ตามแนวทางของสำนักงาน ก.ก. ดังนี้"),
         ("t", [["ด้าน", "หลักเกณฑ์ / กิจกรรม", "ช่วงเวลา"],
                ["การสรรหาและคัดเลือก", "ดำเนินการตามประกาศ ก.ก. โปร่งใส เปิดเผยผลการคัดเลือก", "ต.ค. 66 - ก.ย. 67"],
                ["การแต่งตั้งโยกย้าย", "พิจารณาตามหลักเกณฑ์ ก.ก. และความเห็นคณะกรรมการกลั่นกรอง", "เม.ย. 67 / ต.ค. 67"],
                ["การพัฒนาบุคลากร", "อบรมจริยธรรม / การให้บริการ / ดิจิทัล ไม่น้อยกว่า 12 ชม. ต่อคน", "ม.ค. 67 - ส.ค. 67"],
                ["การเลื่อนเงินเดือน", "ประเมินผลการปฏิบัติราชการ 2 รอบ ต่อปี", "มี.ค. 67 / ก.ย. 67"],
                ["การสร้างขวัญกำลังใจ", "ยกย่องข้าราชการดีเด่น ประจำปี 2567", "ก.ย. 67"]], [38, 95, 35]),
         ("s", f"ประกาศ ณ วันที่ 16 ตุลาคม 2566\n({OLD_DIRECTOR})\nผู้อำนวยการเขตคลองบางไผ่")])
    body = card("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", f"""
<ul class="list-group">
<li>{a('/files/2568/hr_plan_2567.pdf', 'แผนและหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2567')}
<span class="text-muted">(เผยแพร่เมื่อ 15 พฤศจิกายน 2567)</span></li>
</ul>""")
    page("hr/index.html", "การบริหารทรัพยากรบุคคล", body)


# ---------------------------------------------------------------- O17 complaints (stale stats)
def build_complaint():
    months = [fy_month_label(2567, i) for i in range(12)]
    counts = [0, 1, 0, 0, 2, 0, 0, 1, 0, 0, 0, 1]
    rows = [[m, str(c), str(c), "0"] for m, c in zip(months, counts)]
    rows.append(["<b>รวม</b>", f"<b>{sum(counts)}</b>", f"<b>{sum(counts)}</b>", "<b>0</b>"])
    body = card("ช่องทางการร้องเรียนการทุจริตและประพฤติมิชอบ", f"""
<p>หากพบเห็นเจ้าหน้าที่ของสำนักงานเขตคลองบางไผ่ กระทำการทุจริต เรียกรับสินบน หรือประพฤติมิชอบ แจ้งได้ที่</p>
<ul>
<li>ด้วยตนเอง / ตู้รับเรื่องร้องเรียน ณ ฝ่ายปกครอง ชั้น 2 {DIST}</li>
<li>ทางไปรษณีย์ ถึง ผู้อำนวยการเขตคลองบางไผ่ {ADDRESS} (วงเล็บมุมซอง “ร้องเรียนการทุจริต”)</li>
<li>โทรศัพท์ {PHONE} ต่อ 201 หรือ สายด่วน กทม. 1555</li>
<li>อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></li>
<li>แอปพลิเคชัน <a href="https://www.traffy.in.th/">Traffy Fondue</a> (เลือกหมวด ร้องเรียนเจ้าหน้าที่)</li>
<li>{a('/complaint/form.html', 'แบบฟอร์มร้องเรียนการทุจริตออนไลน์')}</li>
</ul>
<p>ผู้ร้องเรียนจะได้รับความคุ้มครอง ข้อมูลจะถูกเก็บเป็นความลับ</p>""") + card("สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", f"""
<p class="text-muted">ข้อมูล ณ วันที่ 30 กันยายน 2567</p>
<h4>ปีงบประมาณ พ.ศ. 2567</h4>
{table(["เดือน", "เรื่องที่ได้รับ", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ"], rows)}""")
    page("complaint/index.html", "ร้องเรียนการทุจริต", body)
    body = card("แบบฟอร์มร้องเรียนการทุจริต", """
<form action="/complaint/form.html" method="get">
<p><label>ชื่อผู้ร้องเรียน (ไม่ระบุก็ได้) <input name="name"></label></p>
<p><label>ช่องทางติดต่อกลับ <input name="contact"></label></p>
<p><label>เรื่องที่ร้องเรียน <textarea name="detail"></textarea></label></p>
<p><button type="submit">ส่งเรื่อง</button></p></form>""")
    page("complaint/form.html", "แบบฟอร์มร้องเรียนการทุจริต", body)


# ---------------------------------------------------------------- O18-O22 integrity
def build_integrity():
    # O18 stale: link says 2568, content 2567 + report 2567
    pdf("files/2568/anti_bribery_policy_2568.pdf",
        [f"ประกาศ{DIST}", "เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)", "ประจำปีงบประมาณ พ.ศ. 2567"],
        [("p", f"{DIST} ยึดมั่นในการปฏิบัติหน้าที่ด้วยความซื่อสัตย์สุจริต จึงประกาศนโยบายต่อต้านการรับสินบน ประจำปีงบประมาณ พ.ศ. 2567 ดังนี้"),
         ("p", "1. ห้ามข้าราชการและบุคลากรทุกคน เรียก รับ หรือยอมจะรับ สินบน ทรัพย์สิน หรือประโยชน์อื่นใด เพื่อแลกกับการปฏิบัติหน้าที่"),
         ("p", "2. ห้ามให้หรือรับของขวัญ ของกำนัล ทุกชนิด จากการปฏิบัติหน้าที่ (No Gift Policy)"),
         ("p", "3. ผู้บังคับบัญชาทุกระดับ ต้องกำกับ ดูแล และเป็นแบบอย่างที่ดี"),
         ("p", "4. ผู้ฝ่าฝืนนโยบายนี้ จะถูกดำเนินการทางวินัย และทางอาญา"),
         ("s", f"ประกาศ ณ วันที่ 2 ตุลาคม 2566\n({OLD_DIRECTOR})\nผู้อำนวยการเขตคลองบางไผ่")])
    pdf("files/2568/anti_bribery_report_2568.pdf",
        ["รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน", "ประจำปีงบประมาณ พ.ศ. 2567", DIST],
        [("t", [["กิจกรรม", "ผลการดำเนินงาน", "ช่วงเวลา"],
                ["ประกาศและเวียนแจ้งนโยบาย", "เวียนแจ้งทุกฝ่าย 10 ฝ่าย", "ต.ค. 2566"],
                ["ติดป้าย No Gift Policy", "ติดตั้ง ณ จุดบริการ 12 จุด", "พ.ย. 2566"],
                ["อบรมการป้องกันการรับสินบน", "ผู้เข้าร่วม 186 คน", "มี.ค. 2567"],
                ["เรื่องร้องเรียนการรับสินบน", "ไม่มี", "ต.ค. 66 - ก.ย. 67"]], [60, 65, 45]),
         ("s", "รายงาน ณ วันที่ 30 กันยายน 2567\nฝ่ายปกครอง")])

    # O19 pass: 2568 risk assessment + 6-month report
    pdf("files/2568/bribery_risk_assessment_2568.pdf",
        ["การประเมินความเสี่ยงต่อการรับสินบน", "ประจำปีงบประมาณ พ.ศ. 2568", DIST],
        [("p", "สำนักงานเขตคลองบางไผ่ ได้ประชุมคณะทำงาน เมื่อวันที่ 15 พฤศจิกายน 2567 เพื่อวิเคราะห์กระบวนงาน ที่มีความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. 2568 ผลการประเมินดังนี้"),
         ("t", [["กระบวนงาน", "เหตุการณ์ความเสี่ยง", "โอกาส", "ผลกระทบ", "ระดับความเสี่ยง", "มาตรการจัดการความเสี่ยง"],
                ["การอนุญาตก่อสร้างอาคาร (ฝ่ายโยธา)", "เรียกรับเงินเพื่อเร่งรัดการพิจารณา", "3", "4", "สูง", "ยื่นผ่าน BMA OSS / Tracking System / ตรวจสอบโดย 2 คน"],
                ["ใบอนุญาตสถานที่จำหน่ายอาหาร (ฝ่ายสิ่งแวดล้อมฯ)", "รับของกำนัลจากผู้ประกอบการ", "2", "3", "ปานกลาง", "Checklist มาตรฐาน / No Gift Policy"],
                ["การประเมินภาษีที่ดินฯ (ฝ่ายรายได้)", "ใช้ดุลยพินิจประเมินต่ำกว่าความจริง", "2", "4", "สูง", "สุ่มสอบทานการประเมิน ร้อยละ 10"],
                ["การจัดระเบียบหาบเร่แผงลอย (ฝ่ายเทศกิจ)", "เรียกรับเงินจากผู้ค้า", "3", "3", "สูง", "หมุนเวียนเจ้าหน้าที่ / กล้องติดตัว"]],
          [34, 34, 14, 16, 20, 52]),
         ("s", f"อนุมัติ ณ วันที่ 22 พฤศจิกายน 2567\n({DIRECTOR})\nผู้อำนวยการเขตคลองบางไผ่")], land=False)
    pdf("files/2568/bribery_risk_report_6m_2568.pdf",
        ["รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน", "ปีงบประมาณ พ.ศ. 2568 รอบ 6 เดือน",
         "(ตุลาคม 2567 - มีนาคม 2568)"],
        [("t", [["กระบวนงาน", "มาตรการ", "ผลการดำเนินการ", "ระดับความเสี่ยงหลังดำเนินการ"],
                ["การอนุญาตก่อสร้างอาคาร", "BMA OSS / ตรวจสอบโดย 2 คน", "คำขอผ่านระบบ ร้อยละ 100 (84 คำขอ)", "ปานกลาง"],
                ["ใบอนุญาตสถานที่จำหน่ายอาหาร", "Checklist / No Gift Policy", "ใช้ Checklist ครบทุกราย 132 ราย", "ต่ำ"],
                ["การประเมินภาษีที่ดินฯ", "สุ่มสอบทาน ร้อยละ 10", "สุ่มสอบทาน 412 แปลง ไม่พบข้อผิดพลาด", "ปานกลาง"],
                ["การจัดระเบียบหาบเร่แผงลอย", "หมุนเวียนเจ้าหน้าที่", "หมุนเวียนทุก 2 เดือน ไม่มีเรื่องร้องเรียน", "ปานกลาง"]],
          [40, 42, 60, 32]),
         ("s", f"รายงาน ณ วันที่ 8 เมษายน 2568\n({DIRECTOR})\nผู้อำนวยการเขตคลองบางไผ่")])

    # O20 pass: discretion guideline (standing, DOCX + PDF)
    paras = ["## หลักการ",
             "การใช้ดุลยพินิจของเจ้าหน้าที่ สำนักงานเขตคลองบางไผ่ ต้องเป็นไปตามกฎหมาย ระเบียบ หลักเกณฑ์ และคู่มือการปฏิบัติงาน โดยคำนึงถึงประโยชน์สาธารณะ ความเสมอภาค และความโปร่งใส",
             "## แนวทางการปฏิบัติ",
             "1. งานอนุมัติ อนุญาต ให้พิจารณาตามรายการตรวจ (Checklist) และระยะเวลาตามคู่มือสำหรับประชาชน หากไม่อนุญาต ต้องแจ้งเหตุผลเป็นลายลักษณ์อักษร",
             "2. งานจัดเก็บภาษี การประเมินต้องอ้างอิงบัญชีราคาประเมิน และบันทึกเหตุผลทุกกรณีที่ใช้ดุลยพินิจ",
             "3. งานเทศกิจ การว่ากล่าวตักเตือน หรือเปรียบเทียบปรับ ให้เป็นไปตามอัตราที่กำหนด และบันทึกในระบบ",
             "4. งานจัดซื้อจัดจ้าง การกำหนดคุณลักษณะ และราคากลาง ต้องไม่เอื้อประโยชน์ผู้ประกอบการรายใด",
             "## การกำกับติดตาม",
             "หัวหน้าฝ่ายรายงานการใช้ดุลยพินิจที่มีนัยสำคัญ ต่อผู้อำนวยการเขต เป็นรายไตรมาส",
             f"ประกาศ ณ วันที่ 3 ธันวาคม 2567  {DIRECTOR} ผู้อำนวยการเขตคลองบางไผ่"]
    docxf("files/2568/discretion_guideline_2568.docx", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่ สำนักงานเขตคลองบางไผ่", paras)
    pdf("files/2568/discretion_guideline_2568.pdf",
        ["แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", DIST, "(ปรับปรุง ธันวาคม 2567)"],
        [("h", p[3:]) if p.startswith("## ") else ("p", p) for p in paras])

    # O22 pass: measures 2568 + 6-month report
    pdf("files/2568/ita_measures_2568.pdf",
        ["การวิเคราะห์และกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
         "ประจำปีงบประมาณ พ.ศ. 2568", DIST],
        [("h", "1. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567"),
         ("p", "สำนักงานเขตคลองบางไผ่ ได้คะแนน ITA ประจำปีงบประมาณ พ.ศ. 2567 รวม 91.84 คะแนน อยู่ในระดับ ผ่านดี โดย IIT 97.12 คะแนน EIT 93.40 คะแนน OIT 86.36 คะแนน"),
         ("t", [["ข้อ OIT ที่ได้ 0 คะแนน", "สาเหตุ", "มาตรการ ปี 2568"],
                ["O9 ข้อมูลสถิติการจัดเก็บภาษี", "ข้อมูลไม่เป็นปัจจุบัน", "ฝ่ายรายได้ ปรับปรุงข้อมูลทุกเดือน"],
                ["O15 สรุปผลการจัดซื้อจัดจ้างรายเดือน", "ไม่เป็นไปตามองค์ประกอบ (แบบ สขร.1)", "ฝ่ายการคลัง เผยแพร่ สขร.1 ทุกเดือน ภายในวันที่ 15"],
                ["O17 สถิติเรื่องร้องเรียนการทุจริต", "ไม่ครบทุกเดือน", "ฝ่ายปกครอง สรุปสถิติรายเดือน"]], [50, 50, 70]),
         ("h", "2. มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2568"),
         ("p", "2.1 แต่งตั้งคณะทำงานขับเคลื่อน ITA ประจำปีงบประมาณ พ.ศ. 2568 (คำสั่งที่ 412/2567 ลงวันที่ 21 พฤศจิกายน 2567)"),
         ("p", "2.2 ประชุมชี้แจงหลักเกณฑ์ แก่หัวหน้าฝ่าย และผู้บริหารสถานศึกษา"),
         ("p", "2.3 ผู้อำนวยการเขต กำกับติดตามการเปิดเผยข้อมูลตาม Checklist เดือนละ 1 ครั้ง (ต.ค. 67 - มี.ค. 68)"),
         ("p", "2.4 เผยแพร่นโยบาย No Gift Policy และ Anti-Bribery Policy ทางเว็บไซต์ และสื่อสังคมออนไลน์"),
         ("s", f"อนุมัติ ณ วันที่ 29 พฤศจิกายน 2567\n({DIRECTOR})\nผู้อำนวยการเขตคลองบางไผ่")])
    pdf("files/2568/ita_measures_report_6m_2568.pdf",
        ["รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส", "ประจำปีงบประมาณ พ.ศ. 2568 รอบ 6 เดือน",
         "(ตุลาคม 2567 - มีนาคม 2568)"],
        [("t", [["มาตรการ", "ผลการดำเนินการ", "สถานะ"],
                ["แต่งตั้งคณะทำงาน ITA", "คำสั่งที่ 412/2567", "ดำเนินการแล้ว"],
                ["ประชุมชี้แจงหลักเกณฑ์", "ประชุม 5 กุมภาพันธ์ 2568 ผู้เข้าร่วม 48 คน", "ดำเนินการแล้ว"],
                ["กำกับติดตามรายเดือน", "ประชุมติดตาม 6 ครั้ง", "ดำเนินการแล้ว"],
                ["เผยแพร่ No Gift / Anti-Bribery", "เผยแพร่ทาง Facebook 4 ครั้ง", "อยู่ระหว่างดำเนินการ"]], [55, 80, 35]),
         ("s", f"รายงาน ณ วันที่ 10 เมษายน 2568\nฝ่ายปกครอง")])

    body = card("การป้องกันการทุจริต", f"""<ul class="list-group">
<li>{a('/files/2568/anti_bribery_policy_2568.pdf', 'ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) ประจำปี 2568')}</li>
<li>{a('/files/2568/anti_bribery_report_2568.pdf', 'รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน ปี 2568')}</li>
<li>{a('/files/2568/bribery_risk_assessment_2568.pdf', 'การประเมินความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. 2568')}</li>
<li>{a('/files/2568/bribery_risk_report_6m_2568.pdf', 'รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน รอบ 6 เดือน ปี 2568')}</li>
<li>{a('/files/2568/discretion_guideline_2568.pdf', 'แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่')} ({a('/files/2568/discretion_guideline_2568.docx', 'Word')})</li>
<li>{a('/files/2568/O21_asset_donation_custody.pdf', 'แนวทางการจัดการทรัพย์สินของราชการ ของบริจาค และการจัดเก็บของกลาง')}</li>
<li>{a('/files/2568/ita_measures_2568.pdf', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568')}</li>
<li>{a('/files/2568/ita_measures_report_6m_2568.pdf', 'รายงานผลการดำเนินการตามมาตรการฯ รอบ 6 เดือน ปี 2568')}</li>
</ul>""")
    page("integrity/index.html", "ป้องกันการทุจริต", body)


# ---------------------------------------------------------------- OIT table pages
def build_ita():
    action_plan_pdf("files/2568/action_plan_2568.pdf")   # trap: file & link say 2568, content 2567
    action_plan_pdf("files/2567/action_plan_2567.pdf")
    annual_report_pdf("files/2568/annual_report_2567.pdf")
    body = card("O5 แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี", f"""<ul class="list-group">
<li>{a('/files/2568/action_plan_2568.pdf', 'แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568')}</li>
<li>{a('/files/2568/annual_report_2567.pdf', 'รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2567')} <span class="text-muted">(เผยแพร่ 13 ธ.ค. 2567)</span></li>
</ul>""")
    page("ita2568/o5.html", "O5 แผนปฏิบัติราชการ", body, "/ita2568/",
         crumb=f'{a("/ita2568/", "ITA 2568")} / O5')

    items = [
        ("O1", "ข้อมูลพื้นฐานของสำนักงานเขต", [("/about/", "ข้อมูลพื้นฐาน"), ("/about/structure.html", "โครงสร้าง"),
                                              ("/about/executives.html", "ผู้บริหาร"), ("/about/authority.html", "อำนาจหน้าที่"), ("/contact/", "ติดต่อ")]),
        ("O2", "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร", [("/about/policy.html", "นโยบายและแผน")]),
        ("O3", "โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต", [("/schools/", "รายชื่อโรงเรียน")]),
        ("O4", "การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน", [("/news/", "ข่าวประชาสัมพันธ์")]),
        ("O5", "แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี", [("/ita2568/o5.html", "แผน/รายงาน ปี 2568")]),
        ("O6", "คู่มือการปฏิบัติหน้าที่", [("/manuals/", "คู่มือการปฏิบัติงาน")]),
        ("O7", "คู่มือการให้บริการประชาชน", [("/services/", "คู่มือสำหรับประชาชน")]),
        ("O8", "E-Service", [("/services/eservice.html", "E-Service")]),
        ("O9", "ข้อมูลสถิติการจัดเก็บภาษี", [("/finance/tax.html", "สถิติภาษี ปี 2568")]),
        ("O10", "ข้อมูลสถิติการจัดเก็บรายได้", [("/finance/revenue.html", "สถิติรายได้")]),
        ("O11", "รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต", [("/services/checklist.html", "Checklist")]),
        ("O12", "ระบบติดตาม (Tracking System) สถานะการขอใบอนุญาต", [("/services/tracking.html", "Tracking System")]),
        ("O13", "แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายงบประมาณประจำปี", [("/finance/spending.html", "แผน/รายงาน")]),
        ("O14", "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ ข้อมูลเงินอุดหนุนชุมชน", [("/finance/budget.html", "งบประมาณ")]),
        ("O15", "ประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้าง และ สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("/procurement/", "จัดซื้อจัดจ้าง")]),
        ("O16", "หลักเกณฑ์การบริหาร และพัฒนาทรัพยากรบุคคล", [("/hr/", "หลักเกณฑ์ HR")]),
        ("O17", "ช่องทางการร้องเรียนการทุจริตและข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี", [("/complaint/", "ช่องทาง/สถิติ")]),
        ("O18", "ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) และการรายงานผลสู่การปฏิบัติ",
         [("/files/2568/anti_bribery_policy_2568.pdf", "ประกาศนโยบาย ปี 2568"), ("/files/2568/anti_bribery_report_2568.pdf", "รายงานผล ปี 2568")]),
        ("O19", "การประเมินความเสี่ยงต่อการรับสินบนและการรายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน",
         [("/files/2568/bribery_risk_assessment_2568.pdf", "ประเมินความเสี่ยง 2568"), ("/files/2568/bribery_risk_report_6m_2568.pdf", "รายงาน 6 เดือน")]),
        ("O20", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", [("/files/2568/discretion_guideline_2568.pdf", "แนวทาง (PDF)")]),
        ("O21", "การจัดการทรัพย์สินของราชการ ของบริจาคและการจัดเก็บของกลาง", [("/files/2568/O21_asset_donation_custody.pdf", "แนวทาง (PDF)")]),
        ("O22", "มาตรการในการยกระดับคุณธรรมและความโปร่งใส และการรายงานผลการดำเนินงาน",
         [("/files/2568/ita_measures_2568.pdf", "มาตรการ 2568"), ("/files/2568/ita_measures_report_6m_2568.pdf", "รายงาน 6 เดือน")]),
    ]
    groups = {"O1": "9.1 ข้อมูลพื้นฐาน", "O5": "9.2 การบริหารงาน", "O13": "9.3 การบริหารเงินงบประมาณ",
              "O16": "9.4 การบริหารและพัฒนาทรัพยากรบุคคล", "O18": "10.1 การดำเนินการเพื่อป้องกันการทุจริต"}
    rows = ""
    for code, name, links in items:
        if code in groups:
            rows += f'<tr><th colspan="3" style="text-align:left">{groups[code]}</th></tr>'
        disp = code.replace("O", "O") if int(code[1:]) % 4 else "O" + th(code[1:])  # some codes in Thai digits
        ls = "<br>".join(a(h, t) for h, t in links)
        rows += f"<tr><td>{disp}</td><td>{name}</td><td>{ls}</td></tr>"
    body = card("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568", f"""
<p>สำนักงานเขตคลองบางไผ่ เปิดเผยข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT)
การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</p>
<table class="table"><thead><tr><th style="width:70px">ข้อ</th><th>ข้อมูล</th><th style="width:220px">ลิงก์</th></tr></thead><tbody>{rows}</tbody></table>
<p class="text-muted">ผู้รับผิดชอบ: ฝ่ายปกครอง (งานประชาสัมพันธ์) ปรับปรุงล่าสุด 12 พฤษภาคม 2568 · ดูข้อมูลปีที่ผ่านมา {a('/ita2567/', 'ITA 2567')}</p>""")
    page("ita2568/index.html", "ITA 2568", body, "/ita2568/")

    # ---- ITA 2567 archive (left-hand link)
    for code, t, lines in [
        ("risk_2567", "การประเมินความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. 2567", ["การอนุญาตก่อสร้างอาคาร ความเสี่ยงสูง", "ใบอนุญาตสถานที่จำหน่ายอาหาร ความเสี่ยงปานกลาง"]),
        ("measures_2567", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567", ["วิเคราะห์ผล ITA 2566 และกำหนดมาตรการ ปี 2567", "กำกับติดตาม ทุก 3 เดือน"]),
        ("spending_plan_2567", "แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. 2567", ["งบประมาณรวม 207,300,000 บาท", "แผนรายไตรมาส ต.ค. 66 - ก.ย. 67"]),
    ]:
        pdf(f"files/2567/{code}.pdf", [t, DIST], [("p", x) for x in lines] +
            [("s", f"({OLD_DIRECTOR})\nผู้อำนวยการเขตคลองบางไผ่")])
    xl = [[fy_month_label(2566, i), 1000 * (i + 1), 200 * (i + 1), 1200 * (i + 1)] for i in range(12)]
    xlsx("files/2567/stat_tax_2567.xlsx", [("สถิติภาษี", "สถิติการจัดเก็บภาษี ปีงบประมาณ พ.ศ. 2566",
                                           ["เดือน", "ภาษีที่ดินและสิ่งปลูกสร้าง (บาท)", "ภาษีป้าย (บาท)", "รวม (บาท)"], xl)])
    arch = [("O1", "ข้อมูลพื้นฐานของสำนักงานเขต", "/about/"),
            ("O2", "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้อง", "/about/policy.html"),
            ("O3", "โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต", "/schools/"),
            ("O4", "การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน", "/news/"),
            ("O5", "แผนปฏิบัติราชการประจำปี 2567", "/files/2567/action_plan_2567.pdf"),
            ("O6", "คู่มือการปฏิบัติหน้าที่", "/manuals/"),
            ("O7", "คู่มือการให้บริการประชาชน", "/services/"),
            ("O8", "E-Service", "/services/eservice.html"),
            ("O9", "ข้อมูลสถิติการจัดเก็บภาษี ปี 2567", "/files/2567/stat_tax_2567.xlsx"),
            ("O10", "ข้อมูลสถิติการจัดเก็บรายได้ ปี 2567", "/files/2567/stat_revenue_2567.pdf"),
            ("O11", "Checklist การออกใบอนุญาต", "/services/checklist.html"),
            ("O12", "Tracking System", "/services/tracking.html"),
            ("O13", "แผนการใช้จ่ายงบประมาณ ปี 2567", "/files/2567/spending_plan_2567.pdf"),
            ("O14", "ข้อมูลงบประมาณ ข้อบัญญัติ", "/finance/budget.html"),
            ("O15", "สรุปผลการจัดซื้อจัดจ้าง ปี 2567", "/files/2567/skr1_summary_2567.pdf"),
            ("O16", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "/hr/"),
            ("O17", "ช่องทางร้องเรียนการทุจริตและสถิติ", "/complaint/"),
            ("O18", "นโยบายต่อต้านการรับสินบน ปี 2567", "/files/2568/anti_bribery_policy_2568.pdf"),
            ("O19", "การประเมินความเสี่ยงต่อการรับสินบน ปี 2567", "/files/2567/risk_2567.pdf"),
            ("O20", "แนวทางการใช้ดุลยพินิจ", "/files/2568/discretion_guideline_2568.pdf"),
            ("O21", "การจัดการทรัพย์สินของราชการ ของบริจาค และของกลาง", "/files/2568/O21_asset_donation_custody.pdf"),
            ("O22", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2567", "/files/2567/measures_2567.pdf")]
    body = card("ITA 2567 : การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2567 (ข้อมูลย้อนหลัง)",
                '<div class="alert">หน้านี้เป็นข้อมูลของปีงบประมาณ พ.ศ. 2567 เก็บไว้เพื่อการอ้างอิง</div>' +
                table(["ข้อ", "ข้อมูล", "ลิงก์"], [[c, n, a(h, "เปิด")] for c, n, h in arch]))
    page("ita2567/index.html", "ITA 2567 (ย้อนหลัง)", body, "/ita2568/")


def build_home():
    news_cards = "".join(
        f'<div class="card"><img src="/assets/img/news{i + 1}.jpg" alt=""><h4><a href="/news/{s}.html">{t}</a></h4>'
        f'<div class="text-muted">{d}</div></div>' for i, (s, d, t, _) in enumerate(NEWS[:3]))
    body = f"""
<div class="hero" style="margin-top:16px"><img src="/assets/img/banner.png" alt="คลองบางไผ่ เมืองน่าอยู่"></div>
<div class="row"><div class="col-9">
<div class="card"><h3>ข่าวประชาสัมพันธ์ล่าสุด</h3><div class="news-grid">{news_cards}</div>
<p style="text-align:right">{a('/news/', 'ข่าวทั้งหมด »')}</p></div>
<div class="card"><h3>บริการประชาชน</h3><ul class="list-group">
<li>{a('/services/', 'คู่มือสำหรับประชาชน')}</li><li>{a('/services/eservice.html', 'E-Service / จองคิว BMA Q')}</li>
<li>{a('/services/checklist.html', 'Checklist การขออนุญาต')}</li><li>{a('/services/tracking.html', 'ติดตามสถานะคำขออนุญาต')}</li>
<li>{a('/procurement/', 'ประกาศจัดซื้อจัดจ้าง')}</li></ul></div>
</div><div class="col-3">
<div class="card" style="background:#fff8e1"><h3>ITA 2568</h3><p>การประเมินคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. ๒๕๖๘</p>
<p>{a('/ita2568/', 'การเปิดเผยข้อมูลสาธารณะ (OIT) »')}</p></div>
{sidebar()}
</div></div>"""
    page("index.html", "หน้าแรก", body, "/", side=False)

    body = card("บริการประชาชน", "")  # not used; services index is the manual page
    body = card("หน้าไม่พบ", "<p>ไม่พบหน้าที่ท่านต้องการ</p>")
    page("404.html", "ไม่พบหน้า", body)


def main():
    if SITE.exists():
        shutil.rmtree(SITE)
    SITE.mkdir()
    build_assets()
    build_about()
    build_policy()
    build_schools()
    build_news()
    build_manuals()
    build_services()
    build_finance()
    build_procurement()
    build_hr()
    build_complaint()
    build_integrity()
    build_ita()
    build_home()
    # O21 target deliberately not created (dead link)
    assert not (SITE / "files/2568/O21_asset_donation_custody.pdf").exists()


if __name__ == "__main__":
    main()
