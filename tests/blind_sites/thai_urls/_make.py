#!/usr/bin/env python3
"""Deterministic generator for the held-out fixture `thai_urls`.

สำนักงานเขตลาดพร้าว, framework bma-2567, as_of 2025-09-10 (FY2568).
A hand-made site with Thai folder and file names, linked in many ways
(raw Thai, percent-encoded, double-encoded, '+' for spaces, upper-case
extensions).  Run:  /work/blindenv/bin/python _make.py
"""
import io
import os
import shutil
import unicodedata
import zipfile
from datetime import datetime
from urllib.parse import quote

from PIL import Image, ImageDraw, ImageFont
from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
import openpyxl  # noqa: E402
from openpyxl.styles import Font, Alignment  # noqa: E402
import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
FONTDIR = "/usr/share/fonts/truetype/tlwg/"
pdfmetrics.registerFont(TTFont("Garuda", FONTDIR + "Garuda.ttf"))
pdfmetrics.registerFont(TTFont("Garuda-Bold", FONTDIR + "Garuda-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Laksaman", FONTDIR + "Laksaman.ttf"))
pdfmetrics.registerFont(TTFont("Laksaman-Bold", FONTDIR + "Laksaman-Bold.ttf"))
FIXED = datetime(2025, 9, 1, 9, 0, 0)

TD = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    """Arabic digits -> Thai digits."""
    return str(s).translate(TD)


NAME = "สำนักงานเขตลาดพร้าว"
ADDR = "เลขที่ ๓๕๓ ถนนลาดพร้าว แขวงจรเข้บัว เขตลาดพร้าว กรุงเทพมหานคร ๑๐๒๓๐"
PHONE = "๐ ๒๕๑๙ ๓๖๐๐"
FAX = "๐ ๒๕๑๙ ๓๖๐๖"
EMAIL = "latphrao.bkk@bangkok.go.th"

# ---------------------------------------------------------------- helpers


def out(rel):
    p = os.path.join(SITE, rel.lstrip("/"))
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps (deterministic bytes)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>2025-09-01T09:00:00Z\2", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 9, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def wrap(text, font, size, width):
    lines, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, font, size) > width:
            # break at last space if any
            cut = cur.rfind(" ")
            if cut > len(cur) * 0.5:
                lines.append(cur[:cut])
                cur = cur[cut + 1:] + ch
            else:
                lines.append(cur)
                cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def make_pdf(rel, title, body, font="Garuda", land=False, subtitle=None, sign=None):
    """body: list of str (paragraphs) or ('h', str) headings or ('t', [rows]) tables."""
    path = out(rel)
    size = landscape(A4) if land else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size)
    c.setTitle(title)
    c.setAuthor(NAME)
    bold = font + "-Bold"
    y = H - 60
    margin = 56

    def newpage():
        nonlocal y
        c.showPage()
        y = H - 60

    def line(txt, f=font, s=12, indent=0, lead=19):
        nonlocal y
        for ln in wrap(txt, f, s, W - 2 * margin - indent):
            if y < 60:
                newpage()
            c.setFont(f, s)
            c.drawString(margin + indent, y, ln)
            y -= lead

    for ln in wrap(title, bold, 16, W - 2 * margin):
        c.setFont(bold, 16)
        c.drawCentredString(W / 2, y, ln)
        y -= 24
    if subtitle:
        for ln in wrap(subtitle, font, 13, W - 2 * margin):
            c.setFont(font, 13)
            c.drawCentredString(W / 2, y, ln)
            y -= 20
    y -= 10
    for b in body:
        if isinstance(b, tuple) and b[0] == "h":
            y -= 4
            line(b[1], f=bold, s=13)
        elif isinstance(b, tuple) and b[0] == "t":
            rows = b[1]
            ncol = len(rows[0])
            colw = (W - 2 * margin) / ncol
            for ri, row in enumerate(rows):
                cells = [wrap(str(v), font, 9.5, colw - 6) for v in row]
                hgt = max(len(x) for x in cells) * 13 + 6
                if y - hgt < 50:
                    newpage()
                for ci, cl in enumerate(cells):
                    x0 = margin + ci * colw
                    c.rect(x0, y - hgt + 10, colw, hgt, stroke=1, fill=0)
                    for k, ln in enumerate(cl):
                        c.setFont(bold if ri == 0 else font, 9.5)
                        c.drawString(x0 + 3, y - k * 13, ln)
                y -= hgt
            y -= 8
        else:
            line(b, indent=0)
    if sign:
        y -= 20
        for s in sign:
            if y < 60:
                newpage()
            c.setFont(font, 12)
            c.drawCentredString(W * 0.65, y, s)
            y -= 19
    c.save()


def make_docx(rel, title, paras, table=None, sign=None):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "TH SarabunPSK"
    st.font.size = Pt(16)
    h = d.add_paragraph()
    r = h.add_run(title)
    r.bold = True
    r.font.size = Pt(18)
    for p in paras:
        if isinstance(p, tuple) and p[0] == "h":
            q = d.add_paragraph()
            rr = q.add_run(p[1])
            rr.bold = True
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        t.style = "Table Grid"
        for i, row in enumerate(table):
            for j, v in enumerate(row):
                t.cell(i, j).text = str(v)
    if sign:
        for s in sign:
            q = d.add_paragraph(s)
            q.alignment = 2
    d.core_properties.author = "ฝ่ายปกครอง " + NAME
    d.core_properties.title = title
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.last_modified_by = "admin"
    path = out(rel)
    d.save(path)
    normalize_zip(path)


def wb_new():
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "ฝ่ายการคลัง"
    return wb


def wb_save(wb, rel):
    path = out(rel)
    wb.save(path)
    normalize_zip(path)


def sheet_table(ws, title, header, rows, note=None):
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=14)
    if note:
        ws.append([note])
    ws.append([])
    ws.append(header)
    hr = ws.max_row
    for c in ws[hr]:
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for r in rows:
        ws.append(r)
    for i in range(1, len(header) + 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = 24


def photo(rel, label, color):
    img = Image.new("RGB", (180, 220), color)
    d = ImageDraw.Draw(img)
    d.ellipse((50, 30, 130, 110), fill=(235, 215, 190))
    d.rectangle((30, 120, 150, 220), fill=(40, 60, 110))
    try:
        f = ImageFont.truetype(FONTDIR + "Garuda.ttf", 14)
    except OSError:
        f = None
    d.text((10, 200), label, fill=(255, 255, 255), font=f)
    img.save(out(rel), "JPEG", quality=80)


def banner(rel, text, color):
    img = Image.new("RGB", (640, 300), color)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONTDIR + "Garuda-Bold.ttf", 30)
    d.text((30, 120), text, fill=(255, 255, 255), font=f)
    img.save(out(rel), "JPEG", quality=75)


# ------------------------------------------------------------ link styles

def raw(p):
    """Raw Thai in href (browser encodes it)."""
    return p


def pct(p):
    return quote(p)


def pct_lower(p):
    import re
    return re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), quote(p))


def dbl(p):
    """Double-encoded by a careless CMS."""
    return quote(quote(p))


def plus(p):
    """Spaces written as '+', rest raw Thai (a '+' in a path is a literal plus)."""
    return p.replace(" ", "+")


# ------------------------------------------------------------ page shell

MENU = [
    ("หน้าแรก", "/"),
    ("เกี่ยวกับเขต", "/ข้อมูลพื้นฐาน/"),
    ("ข่าวประชาสัมพันธ์", quote("/ข่าวประชาสัมพันธ์/")),
    ("บริการประชาชน", "/บริการประชาชน/"),
    ("ท่องเที่ยวลาดพร้าว", "/ท่องเที่ยว/"),
    ("ภาพกิจกรรม", "/gallery/"),
    ("รับสมัครงาน", quote("/รับสมัครงาน/")),
    ("ITA / OIT", "/ita/"),
    ("ติดต่อเรา", "/ข้อมูลพื้นฐาน/ติดต่อเรา.html"),
]

SIDE = [
    ("โครงสร้างหน่วยงาน", "/ข้อมูลพื้นฐาน/โครงสร้าง.html"),
    ("ผู้บริหาร", "/ข้อมูลพื้นฐาน/ผู้บริหาร.html"),
    ("ฝ่ายต่าง ๆ", "/ฝ่าย/"),
    ("จัดซื้อจัดจ้าง", quote("/จัดซื้อจัดจ้าง/")),
    ("ร้องเรียน/ร้องทุกข์", "/ร้องเรียน/"),
    ("E-Service", "/บริการประชาชน/e-service.html"),
    ("การประเมิน ITA ๒๕๖๘", "/ita/OIT-2568.html"),
    ("ITA ปีที่ผ่านมา", "/ita/OIT-2567.html"),
]


def page(rel, title, body, crumbs=None):
    nav = " | ".join(f'<a href="{h}">{t}</a>' for t, h in MENU)
    side = "\n".join(f'<li><a href="{h}">{t}</a></li>' for t, h in SIDE)
    bc = ""
    if crumbs:
        bc = '<div class="bc">' + " &raquo; ".join(crumbs) + "</div>"
    html = f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<title>{title} - {NAME}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/style.css">
</head>
<body>
<div id="top"><img src="/images/logo-bma.png" alt="ตรากรุงเทพมหานคร" width="60">
<span class="sitename">{NAME} กรุงเทพมหานคร</span>
<span class="portal"><a href="https://www.bangkok.go.th/">กรุงเทพมหานคร</a></span></div>
<div id="nav">{nav}</div>
<div id="wrap">
<div id="side"><h4>เมนูหลัก</h4><ul>
{side}
</ul></div>
<div id="content">
{bc}
<h2>{title}</h2>
{body}
</div>
</div>
<div id="footer">{NAME} {ADDR}<br>โทรศัพท์ {PHONE} โทรสาร {FAX} อีเมล {EMAIL}<br>
<small>ปรับปรุงเว็บไซต์ล่าสุด ๘ กันยายน ๒๕๖๘ | จำนวนผู้เข้าชม ๑๒๘,๔๕๓</small></div>
</body>
</html>
"""
    p = out(rel)
    with open(p, "w", encoding="utf-8") as f:
        f.write(html)


def a(href, text):
    return f'<a href="{href}">{text}</a>'


# ================================================================ content

DIVS = [
    ("ฝ่ายปกครอง", "ปกครอง"),
    ("ฝ่ายทะเบียน", "ทะเบียน"),
    ("ฝ่ายการคลัง", "การคลัง"),
    ("ฝ่ายรายได้", "รายได้"),
    ("ฝ่ายโยธา", "โยธา"),
    ("ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "รักษาความสะอาด"),
    ("ฝ่ายเทศกิจ", "เทศกิจ"),
    ("ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "สิ่งแวดล้อม"),
    ("ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "พัฒนาชุมชน"),
    ("ฝ่ายการศึกษา", "การศึกษา"),
]

EXECS = [
    ("นายประเสริฐ วงศ์สุวรรณ", "ผู้อำนวยการเขตลาดพร้าว", "๐ ๒๕๑๙ ๓๖๐๑", "prasert.w@bangkok.go.th", "exec1.jpg"),
    ("นางสาวกนกพร ศรีสมบูรณ์", "ผู้ช่วยผู้อำนวยการเขตลาดพร้าว", "๐ ๒๕๑๙ ๓๖๐๒", "kanokporn.s@bangkok.go.th", "exec2.jpg"),
    ("นายธนากร ใจดีงาม", "ผู้ช่วยผู้อำนวยการเขตลาดพร้าว", "๐ ๒๕๑๙ ๓๖๐๓", "thanakorn.j@bangkok.go.th", "exec3.jpg"),
]
DIRECTOR = EXECS[0][0]


def build_css_images():
    with open(out("/css/style.css"), "w") as f:
        f.write("""body{font-family:Tahoma,sans-serif;margin:0;background:#f4f1ea}
#top{background:#2b5d34;color:#fff;padding:10px}.sitename{font-size:22px;margin-left:10px}
.portal{float:right}.portal a{color:#ffd}#nav{background:#3d7a48;padding:6px}#nav a{color:#fff;margin:0 6px}
#wrap{display:flex}#side{width:220px;background:#fff;padding:8px}#content{flex:1;background:#fff;margin:8px;padding:12px}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px;vertical-align:top}
#footer{background:#333;color:#eee;padding:10px;font-size:13px}.bc{font-size:12px;color:#666}
""")
    img = Image.new("RGB", (60, 60), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.ellipse((4, 4, 56, 56), outline=(20, 90, 40), width=4)
    img.save(out("/images/logo-bma.png"))
    colors = [(120, 90, 70), (90, 110, 130), (100, 120, 90)]
    for (n, pos, tel, em, fn), col in zip(EXECS, colors):
        photo("/images/ผู้บริหาร/" + fn, pos[:12], col)
    banner("/images/โครงสร้างสำนักงานเขตลาดพร้าว.jpg", "แผนภูมิโครงสร้างสำนักงานเขตลาดพร้าว", (60, 90, 60))


def build_home():
    news = [
        ("/ข่าวประชาสัมพันธ์/ข่าว-2568-09-05.html", "๕ ก.ย. ๒๕๖๘", "เขตลาดพร้าวลงพื้นที่ขุดลอกคลองลาดพร้าว เตรียมรับมือฤดูฝน"),
        ("/ข่าวประชาสัมพันธ์/ข่าว-2568-08-28.html", "๒๘ ส.ค. ๒๕๖๘", "จัดเก็บขยะชิ้นใหญ่ชุมชนโชคชัย ๔"),
        ("/ข่าวประชาสัมพันธ์/ข่าว-2568-08-15.html", "๑๕ ส.ค. ๒๕๖๘", "ประชุมคณะกรรมการชุมชนประจำเดือนสิงหาคม"),
    ]
    body = ['<img src="/images/โครงสร้างสำนักงานเขตลาดพร้าว.jpg" alt="" width="100%" style="max-height:180px;object-fit:cover">',
            "<h3>ข่าวล่าสุด</h3><ul>"]
    for h, d, t in news:
        body.append(f"<li>{d} {a(raw(h), t)}</li>")
    body.append("</ul>")
    body.append("<h3>ลิงก์ที่น่าสนใจ</h3><ul>")
    body.append(f'<li>{a("/ita/OIT-2568.html", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๘")}</li>')
    body.append(f'<li>{a(quote("/จัดซื้อจัดจ้าง/"), "ประกาศจัดซื้อจัดจ้าง")}</li>')
    body.append(f'<li>{a("https://process3.gprocurement.go.th/", "ระบบ e-GP กรมบัญชีกลาง")}</li>')
    body.append(f'<li>{a("https://www.traffy.in.th/", "แจ้งปัญหาผ่าน Traffy Fondue")}</li>')
    body.append(f'<li>{a(quote("/ท่องเที่ยว/"), "เที่ยวลาดพร้าว ไหว้พระ ชิมอาหาร")}</li>')
    body.append("</ul>")
    body.append("<p>นโยบายคุ้มครองข้อมูลส่วนบุคคล | " + a("/sitemap.html", "แผนผังเว็บไซต์") + "</p>")
    page("/index.html", "ยินดีต้อนรับสู่" + NAME, "\n".join(body))


def build_basic():
    # O1 landing page
    body = f"""
<h3>ประวัติความเป็นมา</h3>
<p>เขตลาดพร้าวเดิมเป็นส่วนหนึ่งของเขตบางเขน ได้รับการยกฐานะเป็นเขตลาดพร้าวเมื่อ พ.ศ. ๒๕๓๒
มีพื้นที่ประมาณ ๒๑.๘๖ ตารางกิโลเมตร แบ่งเป็น ๒ แขวง คือ แขวงลาดพร้าว และแขวงจรเข้บัว
มีชุมชนจดทะเบียน ๓๙ ชุมชน ประชากรตามทะเบียนราษฎร ๑๒๐,๔๑๑ คน (ข้อมูล ณ มิถุนายน ๒๕๖๘)</p>
<h3>วิสัยทัศน์</h3><p>ลาดพร้าวน่าอยู่ ปลอดภัย ใส่ใจบริการ ชุมชนเข้มแข็ง</p>
<h3>อำนาจหน้าที่</h3>
<p>สำนักงานเขตมีอำนาจหน้าที่ตามพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘
และประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต ได้แก่ การทะเบียนราษฎร
การจัดเก็บรายได้ การรักษาความสะอาด การควบคุมอาคาร การศึกษา การพัฒนาชุมชน
การรักษาความสงบเรียบร้อย และงานอื่นตามที่กรุงเทพมหานครมอบหมาย</p>
<h3>ข้อมูลหน่วยงาน</h3>
<ul>
<li>{a(raw("/ข้อมูลพื้นฐาน/โครงสร้าง.html"), "โครงสร้างหน่วยงาน")}</li>
<li>{a(raw("/ข้อมูลพื้นฐาน/ผู้บริหาร.html"), "ทำเนียบผู้บริหาร")}</li>
<li>{a(pct("/ข้อมูลพื้นฐาน/ติดต่อเรา.html"), "ข้อมูลการติดต่อ / แผนที่")}</li>
<li>{a(raw("/ข้อมูลพื้นฐาน/กฎหมายที่เกี่ยวข้อง.html"), "กฎหมายที่เกี่ยวข้อง")}</li>
</ul>
"""
    page("/ข้อมูลพื้นฐาน/index.html", "ข้อมูลพื้นฐานสำนักงานเขตลาดพร้าว", body, ["หน้าแรก", "เกี่ยวกับเขต"])

    rows = "".join(f"<li>{d[0]} ({a(raw('/ฝ่าย/' + d[1] + '.html'), 'รายละเอียด')})</li>" for d in DIVS)
    page("/ข้อมูลพื้นฐาน/โครงสร้าง.html", "โครงสร้างหน่วยงาน",
         f'<img src="{raw("/images/โครงสร้างสำนักงานเขตลาดพร้าว.jpg")}" alt="แผนภูมิโครงสร้าง" width="600">'
         f"<p>ผู้อำนวยการเขต — ผู้ช่วยผู้อำนวยการเขต (๒) — {len(DIVS)} ฝ่าย</p><ol>{rows}</ol>",
         ["หน้าแรก", "เกี่ยวกับเขต", "โครงสร้าง"])

    cards = []
    for n, pos, tel, em, fn in EXECS:
        cards.append(f'<tr><td><img src="{pct("/images/ผู้บริหาร/" + fn)}" width="120" alt="{n}"></td>'
                     f"<td><b>{n}</b><br>{pos}<br>โทร {tel}<br>อีเมล {em}</td></tr>")
    cards.append('<tr><td>-</td><td><b>- ว่าง -</b><br>ผู้ช่วยผู้อำนวยการเขตลาดพร้าว (ด้านการบริหาร)</td></tr>')
    page("/ข้อมูลพื้นฐาน/ผู้บริหาร.html", "ทำเนียบผู้บริหารสำนักงานเขตลาดพร้าว",
         "<table>" + "".join(cards) + "</table><p><small>ข้อมูล ณ วันที่ ๑ กันยายน ๒๕๖๘</small></p>",
         ["หน้าแรก", "เกี่ยวกับเขต", "ผู้บริหาร"])

    page("/ข้อมูลพื้นฐาน/ติดต่อเรา.html", "ติดต่อสำนักงานเขตลาดพร้าว", f"""
<p>{NAME}<br>{ADDR}</p>
<p>โทรศัพท์ {PHONE}<br>โทรสาร {FAX}<br>อีเมล {EMAIL}<br>
เวลาทำการ วันจันทร์ - ศุกร์ ๐๘.๐๐ - ๑๖.๐๐ น. (งานทะเบียนเปิดวันเสาร์ ๐๘.๓๐ - ๑๕.๓๐ น.)</p>
<p>แผนที่: <a href="https://maps.google.com/?q=สำนักงานเขตลาดพร้าว">เปิดใน Google Maps</a></p>
<iframe src="https://www.google.com/maps?q=13.8167,100.6089&output=embed" width="500" height="300"></iframe>
<p>Facebook: <a href="https://www.facebook.com/latphraodistrict">สำนักงานเขตลาดพร้าว</a> | LINE: @latphrao</p>
""", ["หน้าแรก", "ติดต่อเรา"])

    page("/ข้อมูลพื้นฐาน/กฎหมายที่เกี่ยวข้อง.html", "กฎหมายที่เกี่ยวข้อง", """
<ul><li>พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘</li>
<li>พระราชบัญญัติการทะเบียนราษฎร พ.ศ. ๒๕๓๔</li>
<li>พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒</li>
<li>พระราชบัญญัติควบคุมอาคาร พ.ศ. ๒๕๒๒</li>
<li>พระราชบัญญัติการรักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. ๒๕๓๕</li>
<li>พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐</li></ul>
<p>ดูฉบับเต็มได้ที่ <a href="https://www.krisdika.go.th/">สำนักงานคณะกรรมการกฤษฎีกา</a></p>""",
         ["หน้าแรก", "เกี่ยวกับเขต", "กฎหมาย"])

    # division pages (noise + O6 context)
    lst = []
    for full, short in DIVS:
        lst.append(f"<li>{a(raw('/ฝ่าย/' + short + '.html'), full)}</li>")
        page(f"/ฝ่าย/{short}.html", full,
             f"<p>{full} {NAME} มีหน้าที่ตามประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต</p>"
             f"<p>หัวหน้า{full[3:]}: ติดต่อ {PHONE} ต่อ {th(10 + DIVS.index((full, short)))}</p>"
             + ("<p>ในพื้นที่เขตมีโรงเรียนสังกัดกรุงเทพมหานคร ๖ โรงเรียน</p>" if short == "การศึกษา" else ""),
             ["หน้าแรก", "ฝ่ายต่าง ๆ", full])
    page("/ฝ่าย/index.html", "ฝ่ายต่าง ๆ ในสำนักงานเขต", "<ul>" + "".join(lst) + "</ul>")


NEWS = [
    ("2568-09-05", "๕ กันยายน ๒๕๖๘", "เขตลาดพร้าวลงพื้นที่ขุดลอกคลองลาดพร้าว เตรียมรับมือฤดูฝน",
     "ผู้อำนวยการเขตลาดพร้าวนำเจ้าหน้าที่ฝ่ายโยธาและฝ่ายรักษาความสะอาดฯ ขุดลอกคลองลาดพร้าวช่วงซอยลาดพร้าว ๘๗ ระยะทาง ๑.๒ กิโลเมตร เก็บผักตบชวาและขยะได้ ๑๘ ตัน"),
    ("2568-08-28", "๒๘ สิงหาคม ๒๕๖๘", "จัดเก็บขยะชิ้นใหญ่ชุมชนโชคชัย ๔",
     "ฝ่ายรักษาความสะอาดและสวนสาธารณะจัดเก็บขยะชิ้นใหญ่ ได้แก่ ที่นอน โซฟา ตู้ รวม ๙๒ ชิ้น"),
    ("2568-08-15", "๑๕ สิงหาคม ๒๕๖๘", "ประชุมคณะกรรมการชุมชนประจำเดือนสิงหาคม",
     "ประชุมคณะกรรมการชุมชน ๓๙ ชุมชน ชี้แจงการใช้เงินอุดหนุนชุมชนและโครงการป้องกันไข้เลือดออก"),
    ("2568-07-30", "๓๐ กรกฎาคม ๒๕๖๘", "ผลการดำเนินงานจัดระเบียบทางเท้าถนนลาดพร้าว ไตรมาส ๓",
     "ฝ่ายเทศกิจรายงานผลการจัดระเบียบผู้ค้าหาบเร่แผงลอย ๑๒ จุด ลดจุดผ่อนผันเหลือ ๔ จุด"),
    ("2568-07-10", "๑๐ กรกฎาคม ๒๕๖๘", "ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าให้สุนัขและแมวในชุมชน",
     "ฝ่ายสิ่งแวดล้อมและสุขาภิบาลร่วมกับสำนักอนามัยฉีดวัคซีน ๔๑๒ ตัว"),
    ("2568-06-20", "๒๐ มิถุนายน ๒๕๖๘", "รายงานผลการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ๒๕๖๘",
     "ฝ่ายรายได้จัดเก็บภาษีที่ดินและสิ่งปลูกสร้างได้ร้อยละ ๘๗ ของเป้าหมาย ขอเชิญผู้ที่ยังไม่ชำระภาษีติดต่อฝ่ายรายได้"),
    ("2568-05-02", "๒ พฤษภาคม ๒๕๖๘", "ปลูกต้นไม้ล้านต้นในสวนสาธารณะเขต",
     "ร่วมกับภาคเอกชนปลูกต้นไม้ ๑,๒๐๐ ต้น ตามนโยบายผู้ว่าราชการกรุงเทพมหานคร"),
    ("2568-03-14", "๑๔ มีนาคม ๒๕๖๘", "อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) รุ่นที่ ๒",
     "อบรมหลักสูตร อปพร. ผู้ผ่านการอบรม ๖๐ คน"),
]


def build_news():
    items = []
    for d, dt, t, txt in NEWS:
        rel = f"/ข่าวประชาสัมพันธ์/ข่าว-{d}.html"
        page(rel, t, f"<p><small>วันที่ {dt}</small></p><p>{txt}</p>"
             f'<img src="/gallery/{d}.jpg" alt="ภาพกิจกรรม" width="400">',
             ["หน้าแรก", "ข่าวประชาสัมพันธ์"])
        banner(f"/gallery/{d}.jpg", t[:26], (80 + int(d[-2:]) * 3, 100, 120))
        items.append(f"<li>{dt} — {a(raw(rel), t)}</li>")
    page("/ข่าวประชาสัมพันธ์/index.html", "ข่าวประชาสัมพันธ์ / ผลการดำเนินงาน",
         "<ul>" + "".join(items) + "</ul><p>ติดตามข่าวสารเพิ่มเติมที่ Facebook สำนักงานเขตลาดพร้าว</p>",
         ["หน้าแรก", "ข่าวประชาสัมพันธ์"])
    gal = "".join(f'<img src="/gallery/{d}.jpg" width="200" alt="{t}"> ' for d, dt, t, x in NEWS)
    page("/gallery/index.html", "ภาพกิจกรรม", gal, ["หน้าแรก", "ภาพกิจกรรม"])


def build_noise():
    spots = [
        ("วัดลาดพร้าว", "วัดเก่าแก่ริมคลองลาดพร้าว สร้างสมัยอยุธยาตอนปลาย มีพระอุโบสถและเจดีย์โบราณ"),
        ("ตลาดนัดโชคชัย ๔", "ตลาดอาหารยามเย็น ร้านอาหารกว่า ๒๐๐ ร้าน เปิดทุกวันตั้งแต่ ๑๖.๐๐ น."),
        ("สวนเสรีไทย", "สวนสาธารณะขนาด ๓๕๐ ไร่ (ติดเขตบึงกุ่ม) เหมาะแก่การพักผ่อนและปั่นจักรยาน"),
    ]
    lst = []
    for i, (n, t) in enumerate(spots, 1):
        rel = f"/ท่องเที่ยว/{n}.html"
        page(rel, n, f"<p>{t}</p>", ["หน้าแรก", "ท่องเที่ยว", n])
        lst.append(f"<li>{a(pct(rel), n)}</li>")
    page("/ท่องเที่ยว/index.html", "ท่องเที่ยวลาดพร้าว", "<ul>" + "".join(lst) + "</ul>", ["หน้าแรก", "ท่องเที่ยว"])

    make_pdf("/เอกสาร/รับสมัครงาน/ประกาศรับสมัครลูกจ้างชั่วคราว ๒๕๖๘.pdf",
             "ประกาศสำนักงานเขตลาดพร้าว เรื่อง รับสมัครบุคคลเพื่อเลือกสรรเป็นลูกจ้างชั่วคราว",
             ["ด้วยสำนักงานเขตลาดพร้าวมีความประสงค์จะรับสมัครบุคคลเพื่อเลือกสรรเป็นลูกจ้างชั่วคราว ตำแหน่งพนักงานกวาด จำนวน ๕ อัตรา และตำแหน่งพนักงานขับรถยนต์ จำนวน ๑ อัตรา",
              "รับสมัครตั้งแต่วันที่ ๑ - ๑๙ กันยายน ๒๕๖๘ ณ ฝ่ายปกครอง ชั้น ๒"],
             sign=["ประกาศ ณ วันที่ ๒๖ สิงหาคม พ.ศ. ๒๕๖๘", f"({DIRECTOR})", "ผู้อำนวยการเขตลาดพร้าว"])
    page("/รับสมัครงาน/index.html", "รับสมัครงาน", "<ul>"
         f"<li>{a(raw('/เอกสาร/รับสมัครงาน/ประกาศรับสมัครลูกจ้างชั่วคราว ๒๕๖๘.pdf'), 'ประกาศรับสมัครลูกจ้างชั่วคราว (๒๖ ส.ค. ๒๕๖๘)')}</li>"
         f"<li>{a(raw('/รับสมัครงาน/อาสาสมัคร.html'), 'รับสมัครอาสาสมัครเทศกิจ')}</li></ul>", ["หน้าแรก", "รับสมัครงาน"])
    page("/รับสมัครงาน/อาสาสมัคร.html", "รับสมัครอาสาสมัครเทศกิจ",
         "<p>รับสมัครอาสาสมัครเทศกิจ อายุ ๑๘ ปีขึ้นไป สมัครได้ที่ฝ่ายเทศกิจ ตลอดปี</p>")
    page("/sitemap.html", "แผนผังเว็บไซต์", "<ul>" + "".join(f"<li>{a(h, t)}</li>" for t, h in MENU + SIDE) + "</ul>")
    with open(out("/robots.txt"), "w") as f:
        f.write("User-agent: *\nDisallow: /gallery/\nDisallow: /admin/\n")


# ================================================================ OIT documents

FY = "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"
SIGN68 = [f"({DIRECTOR})", "ผู้อำนวยการเขตลาดพร้าว"]


def build_docs():
    D = {}  # key -> (disk path, href)

    # O2 governor policy + BMA development plan  (upper-case .PDF, percent-encoded; works)
    p = "/เอกสาร/นโยบาย/นโยบายผู้ว่าราชการกรุงเทพมหานคร.PDF"
    make_pdf(p, "นโยบายผู้ว่าราชการกรุงเทพมหานคร (นายชัชชาติ สิทธิพันธุ์)",
             ["นโยบาย ๙ ดี เพื่อคนกรุงเทพฯ ทุกคน: ปลอดภัยดี เดินทางดี สุขภาพดี สิ่งแวดล้อมดี เรียนดี เศรษฐกิจดี สังคมดี บริหารจัดการดี และโครงสร้างดี",
              "สำนักงานเขตลาดพร้าวนำนโยบายมาจัดทำโครงการในแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๘ จำนวน ๓๒ โครงการ",
              ("t", [["มิติ", "ตัวอย่างโครงการของเขตลาดพร้าว"], ["ปลอดภัยดี", "ติดตั้งไฟส่องสว่างซอยลาดพร้าว ๘๗, ๑๐๑"],
                     ["สิ่งแวดล้อมดี", "ปลูกต้นไม้ล้านต้น, สวน ๑๕ นาที"], ["เดินทางดี", "ปรับปรุงทางเท้าถนนโชคชัย ๔"],
                     ["บริหารจัดการดี", "เปิดเผยข้อมูลสาธารณะ, ลดขั้นตอนการให้บริการ"]])])
    D["O2a"] = pct(p)
    p = "/เอกสาร/นโยบาย/แผนพัฒนากรุงเทพมหานคร ระยะที่ ๓ (พ.ศ. ๒๕๖๖-๒๕๗๐).pdf"
    make_pdf(p, "แผนพัฒนากรุงเทพมหานคร ระยะที่ ๓ (พ.ศ. ๒๕๖๖ - ๒๕๗๐) ภายใต้แผนพัฒนากรุงเทพมหานครระยะ ๒๐ ปี",
             ["ยุทธศาสตร์ที่ ๑ มหานครปลอดภัย", "ยุทธศาสตร์ที่ ๒ มหานครสีเขียว สะดวกสบาย", "ยุทธศาสตร์ที่ ๓ มหานครสำหรับทุกคน",
              "ยุทธศาสตร์ที่ ๔ มหานครกระชับ", "ยุทธศาสตร์ที่ ๕ มหานครแห่งประชาธิปไตย", "ยุทธศาสตร์ที่ ๖ มหานครแห่งเศรษฐกิจและการเรียนรู้",
              "ยุทธศาสตร์ที่ ๗ การบริหารจัดการเมืองมหานคร",
              "สำนักงานเขตลาดพร้าวถ่ายทอดแผนพัฒนากรุงเทพมหานครสู่แผนพัฒนาเขตลาดพร้าว ระยะ ๕ ปี และแผนปฏิบัติราชการประจำปี"])
    D["O2b"] = quote(p)  # %20 spaces
    D["O2b"] = p.replace(" ", "%20")  # Thai raw, spaces %20

    # O3 schools (file .xlsx, link .Xlsx -> dead)
    wb = wb_new()
    ws = wb.active
    ws.title = "โรงเรียน"
    sheet_table(ws, "รายชื่อโรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขตลาดพร้าว (ปีการศึกษา ๒๕๖๘)",
                ["ลำดับ", "ชื่อโรงเรียน", "ที่อยู่", "โทรศัพท์", "จำนวนนักเรียน"],
                [[1, "โรงเรียนวัดลาดพร้าว", "ถนนลาดพร้าว แขวงลาดพร้าว", "0 2538 1234", 612],
                 [2, "โรงเรียนคลองทรงกระเทียม", "ซอยโชคชัย ๔ แขวงลาดพร้าว", "0 2538 2345", 455],
                 [3, "โรงเรียนวัดสิริกมลาวาส", "ถนนนวลจันทร์ แขวงจรเข้บัว", "0 2570 1122", 380],
                 [4, "โรงเรียนคลองกุ่ม", "แขวงจรเข้บัว", "0 2570 3344", 290],
                 [5, "โรงเรียนสามัคคีประชาราษฎร์", "ซอยลาดพร้าว ๑๐๑ แขวงลาดพร้าว", "0 2538 5566", 510],
                 [6, "โรงเรียนวัดแสงสุริยาราม", "ถนนประเสริฐมนูกิจ แขวงจรเข้บัว", "0 2570 7788", 340]])
    p = "/เอกสาร/การศึกษา/รายชื่อโรงเรียนสังกัดกรุงเทพมหานคร.xlsx"
    wb_save(wb, p)
    D["O3"] = raw(p[:-5] + ".Xlsx")

    # O5 plan FY2568 (raw Thai with space) + annual report FY2567 (double-encoded, literal-% filename: WORKS)
    p = "/เอกสาร/แผน/แผนปฏิบัติราชการ ๒๕๖๘.pdf"
    make_pdf(p, "แผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๘ สำนักงานเขตลาดพร้าว", [
        ("h", "ส่วนที่ ๑ บทนำ"),
        "แผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๘ จัดทำขึ้นภายใต้แผนพัฒนากรุงเทพมหานคร ระยะที่ ๓ และนโยบายผู้ว่าราชการกรุงเทพมหานคร ระยะเวลาดำเนินการ ๑ ตุลาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๖๘",
        ("h", "ส่วนที่ ๒ โครงการ/กิจกรรม"),
        ("t", [["ลำดับ", "โครงการ", "งบประมาณ (บาท)", "ผู้รับผิดชอบ", "ตัวชี้วัด"],
               ["๑", "ขุดลอกคลองลาดพร้าวและคลองย่อย", "๒,๔๕๐,๐๐๐", "ฝ่ายโยธา", "ความยาวคลองที่ขุดลอก ๘ กม."],
               ["๒", "ติดตั้งไฟส่องสว่างในซอย", "๑,๒๐๐,๐๐๐", "ฝ่ายโยธา", "๑๒๐ จุด"],
               ["๓", "คัดแยกขยะต้นทางในชุมชน", "๓๕๐,๐๐๐", "ฝ่ายรักษาความสะอาดฯ", "ลดขยะร้อยละ ๑๐"],
               ["๔", "จัดระเบียบหาบเร่แผงลอย", "๑๘๐,๐๐๐", "ฝ่ายเทศกิจ", "ลดจุดผ่อนผัน"],
               ["๕", "ส่งเสริมคุณธรรมและความโปร่งใส (ITA)", "๕๐,๐๐๐", "ฝ่ายปกครอง", "คะแนน ITA ไม่น้อยกว่า ๙๕"]]),
    ], sign=["อนุมัติ ณ วันที่ ๒๕ ตุลาคม ๒๕๖๗"] + SIGN68)
    D["O5a"] = raw(p)
    name67 = "รายงานประจำปี ๒๕๖๗.pdf"
    literal = "/uploads/2567/" + quote(name67)  # file whose name on disk is the %-string
    make_pdf(literal, "รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗ สำนักงานเขตลาดพร้าว", [
        "ระยะเวลา ๑ ตุลาคม ๒๕๖๖ - ๓๐ กันยายน ๒๕๖๗",
        ("t", [["โครงการ", "เป้าหมาย", "ผลการดำเนินงาน", "งบประมาณที่ใช้ (บาท)", "ร้อยละ"],
               ["ขุดลอกคลอง", "๘ กม.", "๘.๔ กม.", "๒,๓๑๐,๐๐๐", "๑๐๕"],
               ["ไฟส่องสว่าง", "๑๐๐ จุด", "๙๒ จุด", "๙๘๐,๐๐๐", "๙๒"],
               ["คัดแยกขยะ", "ลดร้อยละ ๑๐", "ลดร้อยละ ๑๑.๒", "๓๒๐,๐๐๐", "๑๑๒"]]),
        "ปัญหาอุปสรรค: ฝนตกหนักในเดือนกันยายนทำให้งานไฟส่องสว่างล่าช้า", "ข้อเสนอแนะ: จัดลำดับงานตามฤดูกาล"],
        sign=["รายงาน ณ วันที่ ๑๕ ตุลาคม ๒๕๖๗"] + SIGN68)
    D["O5b"] = "/uploads/2567/" + dbl(name67)

    # O6 manuals for every division (mixed formats and link styles; ALL work)
    o6 = []
    styles = [
        ("ปกครอง", ".Docx", raw), ("ทะเบียน", ".pdf", lambda s: s.replace(" ", "%20")),
        ("การคลัง", ".docx", raw), ("รายได้", "+", raw), ("โยธา", ".PDF", pct),
        ("รักษาความสะอาด", ".docx", pct_lower), ("เทศกิจ", ".pdf", raw), ("สิ่งแวดล้อม", ".DOCX", pct),
        ("พัฒนาชุมชน", ".pdf", pct), ("การศึกษา", ".docx", raw)]
    fulls = dict((s, f) for f, s in DIVS)
    for short, ext, fn in styles:
        full = fulls[short]
        title = f"คู่มือการปฏิบัติงาน {full} {NAME}"
        body = [f"คู่มือนี้จัดทำขึ้นเพื่อเป็นแนวทางการปฏิบัติงานของเจ้าหน้าที่{full} ให้เป็นมาตรฐานเดียวกัน",
                ("h", "ขั้นตอนการปฏิบัติงาน"),
                "๑. รับเรื่อง/ตรวจสอบเอกสาร ๒. พิจารณาตามกฎหมายและระเบียบ ๓. เสนอผู้บังคับบัญชา ๔. แจ้งผล/จัดเก็บเอกสาร",
                "ระยะเวลาแล้วเสร็จตามที่กำหนดในประกาศกรุงเทพมหานคร",
                f"ปรับปรุงครั้งล่าสุด มกราคม ๒๕๖๘"]
        if ext == "+":
            p = "/เอกสาร/คู่มือ/คู่มือการจัดเก็บภาษีที่ดิน+สิ่งปลูกสร้าง ฝ่ายรายได้.pdf"
            make_pdf(p, "คู่มือการปฏิบัติงาน การจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ฝ่ายรายได้ " + NAME, body)
            href = raw(p)
        elif ext.lower() == ".pdf":
            p = f"/เอกสาร/คู่มือ/คู่มือการปฏิบัติงาน {full}{ext}"
            make_pdf(p, title, body)
            href = fn(p)
        else:
            p = f"/เอกสาร/คู่มือ/คู่มือการปฏิบัติงาน {full}{ext}"
            make_docx(p, title, body)
            href = fn(p)
        o6.append((full, href, ext.strip("+").upper() or "PDF"))
    D["O6"] = o6

    # O7 citizen service manuals: files have spaces, links use '+'  -> dead
    o7 = []
    for t in ["คู่มือสำหรับประชาชน งานทะเบียนราษฎร", "คู่มือสำหรับประชาชน การขออนุญาตก่อสร้างอาคาร"]:
        p = f"/เอกสาร/คู่มือประชาชน/{t}.pdf"
        make_pdf(p, t + " " + NAME, ["ขั้นตอน ระยะเวลา และเอกสารหลักฐานประกอบคำขอ ตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘",
                                       ("t", [["ขั้นตอน", "ระยะเวลา", "ส่วนที่รับผิดชอบ"], ["ยื่นคำขอ/ตรวจเอกสาร", "๑๕ นาที", "ฝ่ายทะเบียน/ฝ่ายโยธา"],
                                              ["พิจารณา", "ตามกฎหมายกำหนด", "ฝ่ายที่เกี่ยวข้อง"]])])
        o7.append((t, plus(p)))
    D["O7"] = o7

    # O9 tax statistics: folder says 2568, content is FY2566  -> stale
    wb = wb_new()
    ws = wb.active
    ws.title = "สถิติภาษี"
    months66 = ["ต.ค. ๖๕", "พ.ย. ๖๕", "ธ.ค. ๖๕", "ม.ค. ๖๖", "ก.พ. ๖๖", "มี.ค. ๖๖", "เม.ย. ๖๖", "พ.ค. ๖๖", "มิ.ย. ๖๖", "ก.ค. ๖๖", "ส.ค. ๖๖", "ก.ย. ๖๖"]
    sheet_table(ws, "ข้อมูลสถิติการจัดเก็บภาษี ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ สำนักงานเขตลาดพร้าว",
                ["เดือน", "ภาษีที่ดินและสิ่งปลูกสร้าง (บาท)", "ภาษีป้าย (บาท)", "รวม (บาท)"],
                [[m, 1200000 + i * 91000, 85000 + i * 3000, 1285000 + i * 94000] for i, m in enumerate(months66)],
                note="ที่มา: ฝ่ายรายได้ ข้อมูล ณ ๓๐ กันยายน ๒๕๖๖")
    p = "/เอกสาร/สถิติ/2568/สถิติการจัดเก็บภาษี.xlsx"
    wb_save(wb, p)
    D["O9"] = pct(p)

    # O10 revenue statistics FY2568 (upper-case .XLSX on disk; works)
    wb = wb_new()
    ws = wb.active
    ws.title = "รายได้ ๒๕๖๘"
    months68 = ["ต.ค. ๖๗", "พ.ย. ๖๗", "ธ.ค. ๖๗", "ม.ค. ๖๘", "ก.พ. ๖๘", "มี.ค. ๖๘", "เม.ย. ๖๘", "พ.ค. ๖๘", "มิ.ย. ๖๘", "ก.ค. ๖๘", "ส.ค. ๖๘"]
    sheet_table(ws, "ข้อมูลสถิติการจัดเก็บรายได้ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (ต.ค. ๒๕๖๗ - ส.ค. ๒๕๖๘)",
                ["เดือน", "ภาษีที่ดินฯ", "ภาษีป้าย", "ค่าธรรมเนียมขยะ", "ค่าธรรมเนียมใบอนุญาต", "รายได้อื่น", "รวม"],
                [[m, 1300000 + i * 87000, 90000 + i * 2500, 410000 + i * 1000, 120000 + i * 4000, 35000,
                  1955000 + i * 94500] for i, m in enumerate(months68)],
                note="ที่มา: ฝ่ายรายได้ ข้อมูล ณ ๕ กันยายน ๒๕๖๘")
    p = "/เอกสาร/สถิติ/2568/สถิติการจัดเก็บรายได้ ปีงบประมาณ ๒๕๖๘.XLSX"
    wb_save(wb, p)
    D["O10"] = pct(p)

    # O11 permit checklists (DOCX)
    o11 = []
    for t, rows in [
        ("รายการตรวจ (Checklist) การพิจารณาออกใบอนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร",
         [["ลำดับ", "รายการตรวจ", "มี", "ไม่มี"], ["๑", "แบบคำขอ ข.๑", "", ""], ["๒", "สำเนาโฉนดที่ดิน", "", ""],
          ["๓", "แบบแปลนพร้อมรายการคำนวณ", "", ""], ["๔", "หนังสือรับรองผู้ออกแบบ/วิศวกร", "", ""]]),
        ("รายการตรวจ (Checklist) การพิจารณาออกใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร",
         [["ลำดับ", "รายการตรวจ", "ผ่าน", "ไม่ผ่าน"], ["๑", "สุขลักษณะสถานที่ปรุงอาหาร", "", ""],
          ["๒", "ใบรับรองแพทย์ผู้สัมผัสอาหาร", "", ""], ["๓", "การจัดการขยะและน้ำเสีย", "", ""]])]:
        p = "/เอกสาร/ใบอนุญาต/Checklist " + ("ใบอนุญาตก่อสร้างอาคาร" if "อาคาร" in t else "สถานที่จำหน่ายอาหาร") + ".docx"
        make_docx(p, t + " " + NAME, ["ใช้ประกอบการพิจารณาคำขออนุญาต ปีงบประมาณ ๒๕๖๘"], table=rows)
        o11.append((t, raw(p)))
    D["O11"] = o11

    # O13 budget spending plan FY2568 + half-year report (no FY2567 annual report) -> incomplete
    p = "/เอกสาร/งบประมาณ/แผนการใช้จ่ายงบประมาณ ๒๕๖๘.pdf"
    make_pdf(p, "แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๘ สำนักงานเขตลาดพร้าว", [
        ("t", [["ไตรมาส", "งบบุคลากร", "งบดำเนินงาน", "งบลงทุน", "รวม (บาท)"],
               ["๑ (ต.ค.-ธ.ค. ๖๗)", "๓๘,๒๐๐,๐๐๐", "๑๒,๔๐๐,๐๐๐", "๒,๑๐๐,๐๐๐", "๕๒,๗๐๐,๐๐๐"],
               ["๒ (ม.ค.-มี.ค. ๖๘)", "๓๘,๒๐๐,๐๐๐", "๑๓,๑๐๐,๐๐๐", "๘,๕๐๐,๐๐๐", "๕๙,๘๐๐,๐๐๐"],
               ["๓ (เม.ย.-มิ.ย. ๖๘)", "๓๘,๒๐๐,๐๐๐", "๑๒,๙๐๐,๐๐๐", "๙,๔๐๐,๐๐๐", "๖๐,๕๐๐,๐๐๐"],
               ["๔ (ก.ค.-ก.ย. ๖๘)", "๓๘,๒๐๐,๐๐๐", "๑๑,๘๐๐,๐๐๐", "๔,๐๐๐,๐๐๐", "๕๔,๐๐๐,๐๐๐"]])],
        land=True)
    D["O13a"] = raw(p)
    p = "/เอกสาร/งบประมาณ/รายงานผลการใช้จ่ายงบประมาณ รอบ ๖ เดือน ๒๕๖๘.pdf"
    make_pdf(p, "รายงานผลการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ รอบ ๖ เดือน (ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘)", [
        ("t", [["หมวด", "งบที่ได้รับ", "เบิกจ่าย", "ร้อยละ"], ["งบบุคลากร", "๑๕๒,๘๐๐,๐๐๐", "๗๖,๓๐๐,๐๐๐", "๔๙.๙๔"],
               ["งบดำเนินงาน", "๕๐,๒๐๐,๐๐๐", "๒๓,๘๐๐,๐๐๐", "๔๗.๔๑"], ["งบลงทุน", "๒๔,๐๐๐,๐๐๐", "๖,๙๐๐,๐๐๐", "๒๘.๗๕"]]),
        "ปัญหาอุปสรรค: งบลงทุนเบิกจ่ายล่าช้าเนื่องจากอยู่ระหว่างจัดซื้อจัดจ้าง"], sign=["ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๘"])
    D["O13b"] = pct(p)

    # O14 budget ordinance + community subsidy: only FY2567 -> stale
    p = "/เอกสาร/งบประมาณ/ข้อบัญญัติ.pdf"
    make_pdf(p, "ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (ส่วนของสำนักงานเขตลาดพร้าว)", [
        ("t", [["แผนงาน", "งบประมาณ (บาท)"], ["บริหารทั่วไป", "๙๘,๔๑๐,๐๐๐"], ["รักษาความสะอาด", "๖๑,๒๐๐,๐๐๐"],
               ["โยธาและระบายน้ำ", "๒๘,๕๐๐,๐๐๐"], ["พัฒนาชุมชน", "๙,๗๐๐,๐๐๐"], ["รวม", "๑๙๗,๘๑๐,๐๐๐"]]),
        "ประกาศ ณ วันที่ ๒๒ กันยายน ๒๕๖๖"])
    D["O14a"] = raw(p)
    wb = wb_new()
    ws = wb.active
    ws.title = "เงินอุดหนุน"
    sheet_table(ws, "ข้อมูลเงินอุดหนุนชุมชน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ สำนักงานเขตลาดพร้าว",
                ["ลำดับ", "ชุมชน", "จำนวนเงิน (บาท)", "กิจกรรม"],
                [[i + 1, f"ชุมชน{n}", 50000, "พัฒนาชุมชน/ป้องกันยาเสพติด"] for i, n in enumerate(
                    ["โชคชัย ๔", "ลาดพร้าว ๘๗", "วัดลาดพร้าว", "จรเข้บัว", "นวลจันทร์", "สามัคคีพัฒนา", "คลองลำเจียก"])])
    p = "/เอกสาร/งบประมาณ/เงินอุดหนุนชุมชน.xlsx"
    wb_save(wb, p)
    D["O14b"] = raw(p)

    # O15 procurement: announcements + monthly summaries (some sheets lack columns) -> incomplete
    SKR = ["ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง (บาท)", "ราคากลาง (บาท)", "วิธีซื้อหรือจ้าง",
           "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลง", "เหตุผลที่คัดเลือกโดยสรุป",
           "เลขที่และวันที่ของสัญญาหรือข้อตกลง"]
    items = [("จัดซื้อวัสดุสำนักงาน", 48500, "เฉพาะเจาะจง", "หจก.ลาดพร้าวเครื่องเขียน"),
             ("จ้างซ่อมแซมรถบรรทุกขยะ", 96000, "เฉพาะเจาะจง", "อู่ช่างเอกการช่าง"),
             ("จัดซื้อน้ำมันเชื้อเพลิง", 320000, "เฉพาะเจาะจง", "บจก.ปิโตรโชคชัย"),
             ("จ้างเหมาขุดลอกคลองย่อย", 1480000, "e-bidding", "บจก.ธาราก่อสร้าง"),
             ("จัดซื้อวัสดุงานบ้านงานครัว", 27400, "เฉพาะเจาะจง", "ร้านสมใจพาณิชย์"),
             ("จ้างติดตั้งไฟส่องสว่างซอย", 455000, "e-bidding", "หจก.แสงไฟวิศวกรรม")]
    MTH = [("ต.ค.", "ตุลาคม", "๒๕๖๗", 10, 2024), ("พ.ย.", "พฤศจิกายน", "๒๕๖๗", 11, 2024), ("ธ.ค.", "ธันวาคม", "๒๕๖๗", 12, 2024),
           ("ม.ค.", "มกราคม", "๒๕๖๘", 1, 2025), ("ก.พ.", "กุมภาพันธ์", "๒๕๖๘", 2, 2025), ("มี.ค.", "มีนาคม", "๒๕๖๘", 3, 2025),
           ("เม.ย.", "เมษายน", "๒๕๖๘", 4, 2025), ("พ.ค.", "พฤษภาคม", "๒๕๖๘", 5, 2025), ("มิ.ย.", "มิถุนายน", "๒๕๖๘", 6, 2025),
           ("ก.ค.", "กรกฎาคม", "๒๕๖๘", 7, 2025), ("ส.ค.", "สิงหาคม", "๒๕๖๘", 8, 2025)]

    def rows_for(k, drop=()):
        rs = []
        for j in range(3):
            n, amt, how, win = items[(k + j) % len(items)]
            amt = amt + k * 1000
            r = [th(j + 1), n, amt, amt, how,
                 f"{win} / {amt:,.2f}", f"{win} / {amt - 500:,.2f}",
                 "ราคาต่ำสุดและคุณสมบัติครบถ้วน" if how == "e-bidding" else "เป็นผู้ประกอบการที่มีอาชีพโดยตรง ราคาเหมาะสม",
                 f"ใบสั่ง{'จ้าง' if 'จ้าง' in n else 'ซื้อ'} เลขที่ {th(k * 3 + j + 1)}/{th(2568 if k >= 3 else 2567)} ลว. {th(5 + j * 7)} {MTH[k][0]} {MTH[k][2][-2:]}"]
            rs.append([v for i, v in enumerate(r) if i not in drop])
        return rs

    o15 = []
    for k in range(3):  # Oct-Dec 2567: one file per month, full columns
        ab, full, y, _, _ = MTH[k]
        wb = wb_new()
        ws = wb.active
        ws.title = f"{ab}{y[-2:]}"
        sheet_table(ws, f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {full} {y} (แบบ สขร.๑)", SKR, rows_for(k),
                    note=NAME + " ฝ่ายการคลัง")
        ext = ".XLSX" if k == 2 else ".xlsx"
        p = f"/เอกสาร/จัดซื้อจัดจ้าง/2568/สขร.1 {full} {y}{ext}"
        wb_save(wb, p)
        o15.append((f"สรุปผลการจัดซื้อจัดจ้าง เดือน{full} {y}", [raw, pct, lambda s: s.replace(" ", "%20")][k](p)))
    # Jan-Aug 2568: one workbook, one sheet per month
    wb = wb_new()
    first = True
    drops = {4: (7,), 7: (8,), 8: (8,), 9: (7, 8)}  # Feb: no reason; May/Jun: no contract; Jul: neither
    for k in range(3, 11):
        ab, full, y, _, _ = MTH[k]
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = f"{ab}{y[-2:]}"
        title = f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {full} {y}"
        if k == 6:  # April: no procurement (valid)
            sheet_table(ws, title, SKR, [["-", "ไม่มีการจัดซื้อจัดจ้าง", "", "", "", "", "", "", ""]], note=NAME)
            continue
        d = drops.get(k, ())
        hdr = [h for i, h in enumerate(SKR) if i not in d]
        sheet_table(ws, title, hdr, rows_for(k, d), note=NAME)
    p = "/เอกสาร/จัดซื้อจัดจ้าง/2568/สรุปผลการจัดซื้อจัดจ้าง ม.ค.-ส.ค. ๒๕๖๘.xlsx"
    wb_save(wb, p)
    o15.append(("สรุปผลการจัดซื้อจัดจ้าง มกราคม - สิงหาคม ๒๕๖๘ (แยกชีตรายเดือน)", pct(p)))
    D["O15sum"] = o15
    anns = []
    for t, dt in [("ประกาศสำนักงานเขตลาดพร้าว เรื่อง ประกวดราคาจ้างเหมาขุดลอกคลองย่อย ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "๑๒ ธันวาคม ๒๕๖๗"),
                  ("ประกาศสำนักงานเขตลาดพร้าว เรื่อง ผู้ชนะการเสนอราคาจ้างติดตั้งไฟส่องสว่างในซอย", "๑๘ กรกฎาคม ๒๕๖๘")]:
        p = "/เอกสาร/จัดซื้อจัดจ้าง/ประกาศ/" + ("ประกาศประกวดราคา ขุดลอกคลองย่อย" if "ขุดลอก" in t else "ประกาศผู้ชนะ ไฟส่องสว่าง") + ".pdf"
        make_pdf(p, t, ["รายละเอียดตามเอกสารประกวดราคา สามารถดูได้ที่ www.gprocurement.go.th และระบบ e-GPBMA",
                        f"ประกาศ ณ วันที่ {dt}"], sign=SIGN68)
        anns.append((t, dt, raw(p)))
    D["O15ann"] = anns

    # O16 HR criteria (DOCX)
    p = "/เอกสาร/บุคคล/หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ๒๕๖๘.docx"
    make_docx(p, "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล สำนักงานเขตลาดพร้าว " + FY, [
        ("h", "๑. การสรรหาและเลือกสรร"), "ดำเนินการตามหลักเกณฑ์ ก.ก. อย่างเปิดเผย โปร่งใส ตรวจสอบได้",
        ("h", "๒. การประเมินผลการปฏิบัติราชการ"), "ประเมินปีละ ๒ รอบ (๑ ต.ค. - ๓๑ มี.ค. และ ๑ เม.ย. - ๓๐ ก.ย.)",
        ("h", "๓. การพัฒนาบุคลากร"), "จัดอบรมตามแผนพัฒนาบุคลากร ไม่น้อยกว่าคนละ ๑๐ ชั่วโมงต่อปี",
        ("h", "๔. การให้คุณให้โทษและการสร้างขวัญกำลังใจ"), "พิจารณาเลื่อนเงินเดือนตามผลการประเมินและยกย่องข้าราชการดีเด่น"],
        sign=SIGN68)
    D["O16"] = raw(p)

    # O17 complaint stats: file has U+0E33 (sara am); href typed with NIKHAHIT+SARA AA -> dead
    p = "/เอกสาร/ร้องเรียน/สถิติเรื่องร้องเรียนการทุจริต ประจำปี ๒๕๖๘.pdf"
    make_pdf(p, "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ " + FY + " (ต.ค. ๖๗ - ส.ค. ๖๘)", [
        ("t", [["เดือน", "จำนวนเรื่อง", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ"]] +
              [[m, "๐", "๐", "๐"] for m in months68])])
    bad = p.replace("ประจำปี", "ประจ\u0e4d\u0e32ปี")
    assert bad != p and unicodedata.normalize("NFC", bad) != p
    D["O17"] = raw(bad)

    # O18 anti-bribery policy + report (percent-encoded, lower-case hex)
    p = "/เอกสาร/ป้องกันการทุจริต/ประกาศนโยบายต่อต้านการรับสินบน ๒๕๖๘.pdf"
    make_pdf(p, "ประกาศสำนักงานเขตลาดพร้าว เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)", [
        "สำนักงานเขตลาดพร้าวประกาศเจตนารมณ์ไม่เรียก ไม่รับ ไม่ให้สินบนในทุกรูปแบบ ผู้บริหารและเจ้าหน้าที่ทุกคนต้องปฏิบัติตามนโยบายนี้",
        "Latphrao District Office declares a zero-tolerance policy against bribery in all forms."],
        sign=["ประกาศ ณ วันที่ ๑ พฤศจิกายน พ.ศ. ๒๕๖๗"] + SIGN68)
    D["O18a"] = pct_lower(p)
    p = "/เอกสาร/ป้องกันการทุจริต/รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน รอบ ๖ เดือน ๒๕๖๘.pdf"
    make_pdf(p, "รายงานผลการนำนโยบายต่อต้านการรับสินบนไปสู่การปฏิบัติ รอบ ๖ เดือน (ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘)", [
        "๑. ประชุมชี้แจงนโยบายแก่บุคลากรทุกฝ่าย เมื่อวันที่ ๑๕ พฤศจิกายน ๒๕๖๗ ผู้เข้าร่วม ๒๑๐ คน",
        "๒. ติดประกาศ No Gift Policy ณ จุดบริการ", "๓. ไม่พบเรื่องร้องเรียนเกี่ยวกับการรับสินบนในรอบ ๖ เดือน"],
        sign=["รายงาน ณ วันที่ ๑๐ เมษายน ๒๕๖๘"] + SIGN68)
    D["O18b"] = pct_lower(p)

    # O19 (only on the old 2567 page): FY2567 bribery-risk assessment
    p = "/เอกสาร/ป้องกันการทุจริต/การประเมินความเสี่ยงการรับสินบน ๒๕๖๗.pdf"
    make_pdf(p, "การประเมินความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ สำนักงานเขตลาดพร้าว", [
        ("t", [["กระบวนงาน", "ความเสี่ยง", "ระดับ", "มาตรการ"], ["การออกใบอนุญาตก่อสร้าง", "เรียกรับผลประโยชน์", "สูง", "ตรวจสอบโดยคณะกรรมการ"],
               ["การจัดเก็บภาษี", "ละเว้นการประเมิน", "กลาง", "สุ่มตรวจ"]])], sign=["๒๐ พฤศจิกายน ๒๕๖๖"])
    D["O19old"] = raw(p)

    # O20 discretion guideline (DOCX)
    p = "/เอกสาร/ป้องกันการทุจริต/แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่.docx"
    make_docx(p, "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่ สำนักงานเขตลาดพร้าว", [
        "เพื่อให้การใช้ดุลยพินิจในการพิจารณาอนุญาต อนุมัติ เป็นไปอย่างโปร่งใส เป็นธรรม ตรวจสอบได้",
        ("h", "กระบวนงานที่ต้องใช้ดุลยพินิจ"), "๑. การอนุญาตก่อสร้างอาคาร ๒. การอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร ๓. การประเมินภาษีที่ดินและสิ่งปลูกสร้าง",
        ("h", "หลักการ"), "ใช้ดุลยพินิจตามกฎหมาย บันทึกเหตุผลทุกครั้ง และผู้บังคับบัญชาตรวจทาน"],
        sign=["ประกาศ ณ วันที่ ๑๕ มกราคม ๒๕๖๘"] + SIGN68)
    D["O20"] = raw(p)

    # O21 asset management: double-encoded link, file stored under its Thai name -> dead
    name21 = "การจัดการทรัพย์สินของราชการ ของบริจาค และการจัดเก็บของกลาง ๒๕๖๘.pdf"
    p = "/uploads/2568/" + name21
    make_pdf(p, "แนวทางการจัดการทรัพย์สินของราชการ ของบริจาค และการจัดเก็บของกลาง สำนักงานเขตลาดพร้าว " + FY, [
        "๑. การยืมใช้ทรัพย์สินของราชการต้องได้รับอนุญาตเป็นลายลักษณ์อักษร", "๒. การรับของบริจาคให้ออกใบอนุโมทนาบัตรและลงทะเบียน",
        "๓. ของกลางที่ยึดจากการกระทำผิดให้จัดเก็บ ณ ห้องเก็บของกลาง ฝ่ายเทศกิจ และจัดทำบัญชีคุม"], sign=SIGN68)
    D["O21"] = "/uploads/2568/" + dbl(name21)

    # O22 ITA measures FY2568 (PDF) + progress report (DOCX)
    p = "/เอกสาร/ITA/มาตรการส่งเสริมคุณธรรมและความโปร่งใส ๒๕๖๘.pdf"
    make_pdf(p, "การวิเคราะห์ผลการประเมิน ITA ประจำปี ๒๕๖๗ และมาตรการยกระดับคุณธรรมและความโปร่งใส " + FY, [
        "สำนักงานเขตลาดพร้าวได้คะแนน ITA ประจำปี ๒๕๖๗ รวม ๙๓.๔๒ คะแนน (ผ่านดี) แบบ OIT ได้ ๙๐.๙๑ คะแนน ข้อ O๙ และ O๑๕ ได้ ๐ คะแนน",
        ("t", [["ประเด็น", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"],
               ["O๑๕ สรุปผลจัดซื้อจัดจ้างไม่ครบองค์ประกอบ", "ใช้แบบ สขร.๑ ครบทุกคอลัมน์ ตรวจทานก่อนเผยแพร่", "ฝ่ายการคลัง", "ต.ค. ๖๗ - ก.ย. ๖๘"],
               ["O๙ สถิติภาษีไม่เป็นปัจจุบัน", "ปรับปรุงข้อมูลทุกไตรมาส", "ฝ่ายรายได้", "ทุกไตรมาส"],
               ["E๔ การประชาสัมพันธ์", "เผยแพร่ผลการดำเนินงานผ่าน Facebook/เว็บไซต์", "ฝ่ายปกครอง", "เดือนละ ๑ ครั้ง"]])],
        land=True, sign=["๑๘ ธันวาคม ๒๕๖๗"] + SIGN68)
    D["O22a"] = pct(p)
    p = "/เอกสาร/ITA/รายงานผลการดำเนินการตามมาตรการ รอบ ๖ เดือน.docx"
    make_docx(p, "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส " + FY + " รอบ ๖ เดือน (ต.ค. ๒๕๖๗ - มี.ค. ๒๕๖๘)",
              ["สรุปผลการดำเนินการตามมาตรการที่กำหนด"],
              table=[["มาตรการ", "ผลการดำเนินการ"], ["ใช้แบบ สขร.๑ ครบทุกคอลัมน์", "ดำเนินการแล้ว (ต.ค. - ธ.ค. ๖๗)"],
                     ["ปรับปรุงสถิติภาษีทุกไตรมาส", "อยู่ระหว่างดำเนินการ"], ["เผยแพร่ผลการดำเนินงาน", "เผยแพร่ ๒๔ เรื่อง"]],
              sign=["รายงาน ณ วันที่ ๒๕ เมษายน ๒๕๖๘"] + SIGN68)
    D["O22b"] = raw(p)

    # archive: FY2567 plan (for the old OIT page)
    p = "/เอกสาร/แผน/แผนปฏิบัติราชการ ๒๕๖๗.pdf"
    make_pdf(p, "แผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๗ สำนักงานเขตลาดพร้าว", [
        "ระยะเวลาดำเนินการ ๑ ตุลาคม ๒๕๖๖ - ๓๐ กันยายน ๒๕๖๗", ("t", [["โครงการ", "งบประมาณ"], ["ขุดลอกคลอง", "๒,๓๐๐,๐๐๐"], ["ไฟส่องสว่าง", "๑,๐๐๐,๐๐๐"]])])
    D["plan67"] = raw(p)
    return D


# ================================================================ service pages + OIT page

def build_service_pages(D):
    # O6 manuals page
    rows = "".join(f"<tr><td>{i}</td><td>{full}</td><td>{a(h, 'เปิดเอกสาร')} ({ext})</td></tr>"
                   for i, (full, h, ext) in enumerate(D["O6"], 1))
    page("/คู่มือ/คู่มือการปฏิบัติงาน.html", "คู่มือการปฏิบัติงานของฝ่ายต่าง ๆ",
         f"<table><tr><th>ที่</th><th>ฝ่าย</th><th>เอกสาร</th></tr>{rows}</table>", ["หน้าแรก", "คู่มือ"])

    # O8 e-service page
    page("/บริการประชาชน/e-service.html", "บริการอิเล็กทรอนิกส์ (E-Service)", """
<ul>
<li><a href="https://oss.bangkok.go.th/">BMA OSS ระบบขออนุญาตออนไลน์ (ก่อสร้างอาคาร, สถานที่จำหน่ายอาหาร, ป้าย)</a></li>
<li><a href="https://q.bangkok.go.th/">BMA Q จองคิวล่วงหน้า งานทะเบียนราษฎรและบัตรประจำตัวประชาชน</a></li>
<li><a href="https://www.traffy.in.th/">Traffy Fondue แจ้งปัญหาเมือง</a></li>
<li><a href="https://line.me/R/ti/p/@latphrao">LINE @latphrao ติดต่อสอบถาม</a></li>
</ul><p>ใช้งานได้ตลอด ๒๔ ชั่วโมง</p>""", ["หน้าแรก", "บริการประชาชน", "E-Service"])

    # O12 bait: tracking page with no tracking system
    page("/บริการประชาชน/ติดตามสถานะคำขอ.html", "ระบบติดตามสถานะการขอใบอนุญาต", f"""
<p>ผู้ยื่นคำขออนุญาตสามารถสอบถามสถานะคำขอได้ที่ฝ่ายโยธา (ใบอนุญาตก่อสร้าง) และฝ่ายสิ่งแวดล้อมและสุขาภิบาล
(ใบอนุญาตสถานที่จำหน่ายอาหาร) ทางโทรศัพท์ {PHONE} ต่อ ๑๔ และ ๑๗ ในวันและเวลาราชการ</p>
<p><b>ระบบติดตามสถานะออนไลน์ของสำนักงานเขต อยู่ระหว่างการพัฒนา</b></p>
<p>กรุณาเก็บใบรับคำขอไว้เพื่อใช้อ้างอิงเลขที่คำขอ</p>""", ["หน้าแรก", "บริการประชาชน"])

    page("/บริการประชาชน/index.html", "บริการประชาชน", "<ul>" +
         f"<li>{a(raw('/บริการประชาชน/e-service.html'), 'E-Service')}</li>"
         f"<li>{a(pct('/บริการประชาชน/ติดตามสถานะคำขอ.html'), 'ติดตามสถานะคำขอ')}</li>"
         f"<li>{a(raw('/คู่มือ/คู่มือการปฏิบัติงาน.html'), 'คู่มือการปฏิบัติงาน')}</li>"
         "<li>งานทะเบียนราษฎร เปิดวันเสาร์ ๐๘.๓๐ - ๑๕.๓๐ น.</li></ul>", ["หน้าแรก", "บริการประชาชน"])

    # O17 complaint channel page (stats link dead: invisible Unicode typo)
    page("/ร้องเรียน/index.html", "ช่องทางการร้องเรียนการทุจริตและประพฤติมิชอบ", f"""
<p>ท่านสามารถแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่สำนักงานเขตลาดพร้าวได้ทางช่องทางต่อไปนี้</p>
<ol>
<li>ด้วยตนเอง ณ ฝ่ายปกครอง ชั้น ๒ {NAME} (ตู้รับเรื่องร้องเรียน ชั้น ๑)</li>
<li>ทางไปรษณีย์ ถึง ผู้อำนวยการเขตลาดพร้าว {ADDR}</li>
<li>โทรศัพท์ {PHONE} ต่อ ๑๐ หรือสายด่วนกรุงเทพมหานคร ๑๕๕๕</li>
<li>อีเมล {EMAIL}</li>
<li><a href="https://www.traffy.in.th/">Traffy Fondue</a></li>
</ol>
<p>ผู้ร้องเรียนจะได้รับการคุ้มครองและเก็บรักษาข้อมูลเป็นความลับ</p>
<h3>ข้อมูลเชิงสถิติ</h3>
<p>{a(D['O17'], 'สถิติเรื่องร้องเรียนการทุจริต ประจำปี ๒๕๖๘')}</p>""", ["หน้าแรก", "ร้องเรียน"])

    # procurement page (O15 landing)
    ann = "".join(f"<li>{dt} {a(h, t)}</li>" for t, dt, h in D["O15ann"])
    summ = "".join(f"<li>{a(h, t)}</li>" for t, h in D["O15sum"])
    page("/จัดซื้อจัดจ้าง/index.html", "ข่าวจัดซื้อจัดจ้าง", f"""
<p>ประกาศจัดซื้อจัดจ้างทั้งหมดเผยแพร่ในระบบ <a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch">e-GP</a>
และระบบ <a href="https://egpbma.bangkok.go.th/">e-GPBMA</a> ของกรุงเทพมหานคร</p>
<h3>ประกาศจัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๘</h3><ul>{ann}</ul>
<h3>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑) ปีงบประมาณ ๒๕๖๘</h3><ul>{summ}</ul>""", ["หน้าแรก", "จัดซื้อจัดจ้าง"])


def build_oit(D):
    def links(lst):
        return "<br>".join(a(h, t) for t, h in lst)

    R = [
        ("O๑", "ข้อมูลพื้นฐานของสำนักงานเขต", a(raw("/ข้อมูลพื้นฐาน/"), "ข้อมูลพื้นฐาน / โครงสร้าง / ผู้บริหาร / ติดต่อ"), "ฝ่ายปกครอง"),
        ("O๒", "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร",
         links([("นโยบายผู้ว่าราชการกรุงเทพมหานคร", D["O2a"]), ("แผนพัฒนากรุงเทพมหานคร ระยะที่ ๓", D["O2b"])]), "ฝ่ายปกครอง"),
        ("O๓", "โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต", a(D["O3"], "รายชื่อโรงเรียนสังกัดกรุงเทพมหานคร"), "ฝ่ายการศึกษา"),
        ("O๔", "การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน", a(pct("/ข่าวประชาสัมพันธ์/"), "ข่าวประชาสัมพันธ์ผลการดำเนินงาน"), "ฝ่ายปกครอง"),
        ("O๕", "แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี",
         links([("แผนปฏิบัติราชการประจำปี ๒๕๖๘", D["O5a"]), ("รายงานผลการปฏิบัติราชการประจำปี ๒๕๖๗", D["O5b"])]), "ฝ่ายปกครอง"),
        ("O๖", "คู่มือการปฏิบัติหน้าที่", a(raw("/คู่มือ/คู่มือการปฏิบัติงาน.html"), "คู่มือการปฏิบัติงานทุกฝ่าย"), "ทุกฝ่าย"),
        ("O๗", "คู่มือการให้บริการประชาชน", links(D["O7"]), "ฝ่ายทะเบียน/ฝ่ายโยธา"),
        ("O๘", "E-Service", a(raw("/บริการประชาชน/e-service.html"), "บริการออนไลน์"), "ฝ่ายปกครอง"),
        ("O๙", "ข้อมูลสถิติการจัดเก็บภาษี", a(D["O9"], "สถิติการจัดเก็บภาษี ปี 2568"), "ฝ่ายรายได้"),
        ("O๑๐", "ข้อมูลสถิติการจัดเก็บรายได้", a(D["O10"], "สถิติการจัดเก็บรายได้ ปีงบประมาณ ๒๕๖๘"), "ฝ่ายรายได้"),
        ("O๑๑", "รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต", links(D["O11"]), "ฝ่ายโยธา/ฝ่ายสิ่งแวดล้อมฯ"),
        ("O๑๒", "ระบบติดตาม (Tracking System) สถานะการขอใบอนุญาต", a(raw("/บริการประชาชน/ติดตามสถานะคำขอ.html"), "ระบบติดตามสถานะ"), "ฝ่ายโยธา"),
        ("O๑๓", "แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายงบประมาณประจำปี",
         links([("แผนการใช้จ่ายงบประมาณ ๒๕๖๘", D["O13a"]), ("รายงานผลการใช้จ่ายงบประมาณ", D["O13b"])]), "ฝ่ายการคลัง"),
        ("O๑๔", "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ ข้อมูลเงินอุดหนุนชุมชน",
         links([("ข้อบัญญัติงบประมาณรายจ่ายประจำปี", D["O14a"]), ("ข้อมูลเงินอุดหนุนชุมชน", D["O14b"])]), "ฝ่ายการคลัง/ฝ่ายพัฒนาชุมชนฯ"),
        ("O๑๕", "ประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้างรายเดือน",
         a(pct("/จัดซื้อจัดจ้าง/"), "ประกาศจัดซื้อจัดจ้าง และ สขร.๑ รายเดือน"), "ฝ่ายการคลัง"),
        ("O๑๖", "หลักเกณฑ์การบริหาร และพัฒนาทรัพยากรบุคคล", a(D["O16"], "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ๒๕๖๘"), "ฝ่ายปกครอง"),
        ("O๑๗", "ช่องทางการร้องเรียนการทุจริตและข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี",
         a(raw("/ร้องเรียน/"), "ช่องทางร้องเรียนและสถิติ"), "ฝ่ายปกครอง"),
        ("O๑๘", "ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) และการรายงานผลสู่การปฏิบัติ",
         links([("ประกาศนโยบายต่อต้านการรับสินบน", D["O18a"]), ("รายงานผลรอบ ๖ เดือน", D["O18b"])]), "ฝ่ายปกครอง"),
        ("O๑๙", "การประเมินความเสี่ยงต่อการรับสินบนและการรายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน",
         "อยู่ระหว่างดำเนินการ", "ฝ่ายการคลัง"),
        ("O๒๐", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", a(D["O20"], "แนวทางการใช้ดุลยพินิจ"), "ฝ่ายปกครอง"),
        ("O๒๑", "การจัดการทรัพย์สินของราชการ ของบริจาคและการจัดเก็บของกลาง", a(D["O21"], "การจัดการทรัพย์สินของราชการ ของบริจาค และของกลาง"), "ฝ่ายการคลัง/ฝ่ายเทศกิจ"),
        ("O๒๒", "มาตรการในการยกระดับคุณธรรมและความโปร่งใส และการรายงานผลการดำเนินงาน",
         links([("มาตรการส่งเสริมคุณธรรมและความโปร่งใส ๒๕๖๘", D["O22a"]), ("รายงานผลการดำเนินการตามมาตรการ รอบ ๖ เดือน", D["O22b"])]), "ฝ่ายปกครอง"),
    ]
    trs = "\n".join(f"<tr><td>{c}</td><td>{t}</td><td>{l}</td><td>{o}</td></tr>" for c, t, l, o in R)
    page("/ita/OIT-2568.html", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", f"""
<p>{NAME} เปิดเผยข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT)
การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ของกรุงเทพมหานคร</p>
<table><tr><th>ข้อ</th><th>หัวข้อ</th><th>ข้อมูล/ลิงก์</th><th>ผู้รับผิดชอบ</th></tr>
{trs}
</table>
<p><small>ปรับปรุงข้อมูล ณ วันที่ ๒ กันยายน ๒๕๖๘ โดย ฝ่ายปกครอง</small></p>""", ["หน้าแรก", "ITA", "OIT ๒๕๖๘"])

    # old page (FY2567) still online
    page("/ita/OIT-2567.html", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (ข้อมูลเก่า)", f"""
<p>ข้อมูลประกอบการประเมิน ITA ปี ๒๕๖๗</p>
<table><tr><th>ข้อ</th><th>หัวข้อ</th><th>ลิงก์</th></tr>
<tr><td>o5</td><td>แผนปฏิบัติราชการประจำปี</td><td>{a(D['plan67'], 'แผนปฏิบัติราชการ ๒๕๖๗')}</td></tr>
<tr><td>o14</td><td>ข้อบัญญัติงบประมาณ</td><td>{a(D['O14a'], 'ข้อบัญญัติงบประมาณ ๒๕๖๗')}</td></tr>
<tr><td>o19</td><td>การประเมินความเสี่ยงต่อการรับสินบน</td><td>{a(D['O19old'], 'การประเมินความเสี่ยงการรับสินบน ๒๕๖๗')}</td></tr>
</table>""", ["หน้าแรก", "ITA", "OIT ๒๕๖๗"])

    page("/ita/index.html", "การประเมินคุณธรรมและความโปร่งใส (ITA)", "<ul>"
         f"<li>{a('/ita/OIT-2568.html', 'OIT ประจำปี ๒๕๖๘')}</li>"
         f"<li>{a('/ita/OIT-2567.html', 'OIT ประจำปี ๒๕๖๗')}</li></ul>", ["หน้าแรก", "ITA"])


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    build_css_images()
    build_home()
    build_basic()
    build_news()
    build_noise()
    D = build_docs()
    build_service_pages(D)
    build_oit(D)


if __name__ == "__main__":
    main()
