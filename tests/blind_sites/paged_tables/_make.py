#!/usr/bin/env python
"""Generate the paged_tables fixture: a database-driven district site that
publishes most data as HTML tables, paginated with ?cat=&page= query URLs.

Run:  /work/blindenv/bin/python _make.py
"""
import json
import os
import shutil

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "site")
STORE = "store"  # query-string pages and downloads live in site/store/
FONT = "/usr/share/fonts/truetype/tlwg/Garuda.ttf"
FONT_B = "/usr/share/fonts/truetype/tlwg/Garuda-Bold.ttf"
pdfmetrics.registerFont(TTFont("Garuda", FONT))
pdfmetrics.registerFont(TTFont("GarudaB", FONT_B))

NAME_TH = "สำนักงานเขตบางพลัด"
AS_OF = "2025-04-21"
SERVER_FILES = {}

TD = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(x):
    return str(x).translate(TD)


def money(v, thai=True):
    s = f"{v:,.2f}"
    return th(s) if thai else s


def write(rel, text):
    path = os.path.join(SITE, rel.lstrip("/"))
    if rel.endswith("/"):
        path = os.path.join(path, "index.html")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def qpage(url, fname, html):
    """A query-string URL served from a stored file (the server is static)."""
    write(f"/{STORE}/{fname}", html)
    SERVER_FILES[url] = {"file": f"{STORE}/{fname}",
                         "headers": {"Content-Type": "text/html; charset=utf-8"}}


def download(doc_id, fname, title, lines, scan=False):
    """A document behind /download.php?id=N (attachment)."""
    path = os.path.join(SITE, STORE, fname)
    make_pdf(path, title, lines)
    SERVER_FILES[f"/download.php?id={doc_id}"] = {
        "file": f"{STORE}/{fname}",
        "headers": {"Content-Type": "application/pdf",
                    "Content-Disposition": f"attachment; filename={fname}"}}
    return f"/download.php?id={doc_id}"


def make_pdf(path, title, lines):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(title)
    w, h = A4
    y = h - 60
    c.setFont("GarudaB", 15)
    c.drawCentredString(w / 2, y, title)
    y -= 34
    c.setFont("Garuda", 12)
    for line in lines:
        chunks, cur = [], ""
        for word in line.split(" "):
            if cur and len(cur) + len(word) + 1 > 78:
                chunks.append(cur)
                cur = word
            else:
                cur = f"{cur} {word}" if cur else word
        chunks.append(cur)
        for ch in chunks:
            if y < 60:
                c.showPage()
                c.setFont("Garuda", 12)
                y = h - 60
            c.drawString(50, y, ch)
            y -= 20
    c.showPage()
    c.save()


def photo(rel, label, color):
    path = os.path.join(SITE, rel.lstrip("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    im = Image.new("RGB", (120, 150), color)
    d = ImageDraw.Draw(im)
    d.ellipse((35, 20, 85, 75), fill=(235, 215, 190))
    d.rectangle((25, 85, 95, 150), fill=(40, 60, 110))
    try:
        f = ImageFont.truetype(FONT, 11)
        d.text((5, 2), label, fill=(255, 255, 255), font=f)
    except OSError:
        pass
    im.save(path, "JPEG")


# --------------------------------------------------------------------------
# page template
MENU = [
    ("หน้าแรก", "/"),
    ("ข้อมูลสำนักงานเขต", "/about/"),
    ("ผู้บริหาร", "/about/executives/"),
    ("ข่าวประชาสัมพันธ์", "/list.php?cat=1&amp;page=1"),
    ("ประกาศสำนักงานเขต", "/list.php?cat=2&amp;page=1"),
    ("ประกาศจัดซื้อจัดจ้าง", "/list.php?cat=5&amp;page=1"),
    ("สรุปผลการจัดซื้อจัดจ้าง", "/list.php?cat=6&amp;page=1"),
    ("งบประมาณ", "/budget/"),
    ("แผนงาน / รายงานผล", "/list/5/page/1/"),
    ("คู่มือการปฏิบัติงาน", "/manual/work/"),
    ("คู่มือสำหรับประชาชน", "/service-manual/"),
    ("บริการออนไลน์ (E-Service)", "/eservice/"),
    ("งานอนุญาต", "/permit/checklist/"),
    ("สถิติภาษี", "/stat/tax/"),
    ("สถิติรายได้", "/stat/revenue/"),
    ("ฝ่ายต่าง ๆ", "/division/"),
    ("ร้องเรียนการทุจริต", "/complaint/"),
    ("ITA / OIT", "/oit/"),
    ("ภาพกิจกรรม", "/gallery/"),
    ("ท่องเที่ยวในเขต", "/tourism/"),
    ("รับสมัครงาน", "/jobs/"),
    ("ติดต่อเรา", "/contact/"),
]

CSS = """body{font-family:Tahoma,sans-serif;margin:0;background:#eef2f5;font-size:14px}
#top{background:#1b4f72;color:#fff;padding:10px 20px}#top a{color:#cde}
#portal{background:#123;color:#9ab;font-size:11px;padding:3px 20px}
#wrap{display:flex}#left{width:210px;background:#fff;border-right:1px solid #ccd}
#left a{display:block;padding:6px 10px;border-bottom:1px dotted #ccd;color:#1b4f72;text-decoration:none}
#main{flex:1;padding:14px 22px;background:#fff;margin:8px}
table.grid{border-collapse:collapse;width:100%;margin:8px 0}
table.grid th,table.grid td{border:1px solid #999;padding:4px 6px;vertical-align:top}
table.grid th{background:#d6e4f0}td.num{text-align:right}
.pager a,.pager b{padding:2px 7px;border:1px solid #bbb;margin:1px}
.more{float:right;font-size:12px}.stamp{color:#777;font-size:12px}
#foot{background:#1b4f72;color:#dde;padding:10px 20px;font-size:12px}"""


def page(title, body, crumb=None):
    menu = "\n".join(f'<a href="{u}">{t}</a>' for t, u in MENU)
    crumb_html = ""
    if crumb:
        crumb_html = '<div class="stamp"><a href="/">หน้าแรก</a> &raquo; ' + \
            " &raquo; ".join(f'<a href="{u}">{t}</a>' if u else t for t, u in crumb) + "</div>"
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8">
<title>{title} :: {NAME_TH}</title>
<style>{CSS}</style></head>
<body>
<div id="portal">กรุงเทพมหานคร | <a href="https://webportal.bangkok.go.th/" style="color:#9ab">เว็บไซต์สำนักงานเขต ๕๐ เขต</a></div>
<div id="top"><b style="font-size:20px">{NAME_TH}</b> กรุงเทพมหานคร<br>
<small>Bang Phlat District Office &nbsp;|&nbsp; <a href="#">ค้นหา</a></small></div>
<div id="wrap"><div id="left">{menu}</div>
<div id="main">{crumb_html}
<h2>{title}</h2>
{body}
</div></div>
<div id="foot">{NAME_TH} ๑๐๕ ถนนจรัญสนิทวงศ์ แขวงบางพลัด เขตบางพลัด กรุงเทพมหานคร ๑๐๗๐๐ โทร ๐ ๒๔๒๔ ๖๔๐๐
&nbsp;|&nbsp; สงวนลิขสิทธิ์ พ.ศ. ๒๕๖๘ &nbsp;|&nbsp; ผู้เข้าชม ๑,๒๘๔,๕๐๒ ครั้ง</div>
</body></html>
"""


def pager(base_fmt, cur, total):
    """base_fmt: a format string with {p}."""
    out = ['<div class="pager">หน้า ']
    for p in range(1, total + 1):
        if p == cur:
            out.append(f"<b>{th(p)}</b>")
        else:
            out.append(f'<a href="{base_fmt.format(p=p)}">{th(p)}</a>')
    if cur < total:
        out.append(f'<a href="{base_fmt.format(p=cur + 1)}">ถัดไป &raquo;</a>')
    out.append(f" (ทั้งหมด {th(total)} หน้า)</div>")
    return " ".join(out)


# --------------------------------------------------------------------------
def build():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    build_home()
    build_about()
    build_policy_schools()
    build_news()
    build_plans()
    build_manuals_eservice()
    build_stats()
    build_budget()
    build_procurement()
    build_divisions()
    build_anticorruption()
    build_announcements()
    build_noise()
    build_oit()
    write_meta()


# --------------------------------------------------------------------------
def build_home():
    news = [
        ("๑๘ เม.ย. ๒๕๖๘", "เขตบางพลัดรายงานผลการจัดระเบียบทางเท้าถนนจรัญสนิทวงศ์ ไตรมาสที่ ๒", "/news/view/3391/"),
        ("๑๑ เม.ย. ๒๕๖๘", "ผลการดำเนินงานล้างทำความสะอาดพื้นที่สาธารณะช่วงสงกรานต์", "/news/view/3386/"),
        ("๓ เม.ย. ๒๕๖๘", "สรุปผลการตรวจสุขาภิบาลร้านอาหารริมทาง เดือนมีนาคม", "/news/view/3374/"),
        ("๒๖ มี.ค. ๒๕๖๘", "เขตฯ ลงพื้นที่ติดตามการลอกท่อระบายน้ำ ซอยจรัญฯ ๘๐", "/news/view/3361/"),
    ]
    items = "\n".join(f'<li>[{d}] <a href="{u}">{t}</a></li>' for d, t, u in news)
    body = f"""
<div style="background:#fdf3d8;padding:6px;border:1px solid #e6c36a">ประกาศ: สำนักงานเขตบางพลัดเปิดให้บริการงานทะเบียนวันเสาร์ ๐๘.๓๐–๑๒.๐๐ น.</div>
<h3>ข่าวประชาสัมพันธ์ <a class="more" href="/list.php?cat=1&amp;page=1">ดูทั้งหมด &raquo;</a></h3>
<ul>{items}</ul>
<h3>ประกาศจัดซื้อจัดจ้าง <a class="more" href="/list.php?cat=5&amp;page=1">ดูทั้งหมด &raquo;</a></h3>
<ul>
<li>[๑๐ เม.ย. ๒๕๖๘] ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมผิวจราจรซอยจรัญสนิทวงศ์ ๗๕</li>
<li>[๒๘ มี.ค. ๒๕๖๘] ประกาศประกวดราคาจ้างก่อสร้างเขื่อน ค.ส.ล. คลองบางพลัด (e-bidding)</li>
</ul>
<h3>สรุปผลการจัดซื้อจัดจ้างรายเดือน <a class="more" href="/list.php?cat=6&page=1">ดูทั้งหมด &raquo;</a></h3>
<h3>งบประมาณ <a class="more" href="/budget/">ดูทั้งหมด &raquo;</a></h3>
<p>แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ | ข้อบัญญัติงบประมาณรายจ่ายประจำปี พ.ศ. ๒๕๖๘</p>
<h3>ลิงก์หน่วยงาน</h3>
<p><a href="/oit/"><b>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๘</b></a> |
<a href="https://www.bangkok.go.th/">กรุงเทพมหานคร</a> |
<a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp&amp;proc_id=ShowHTMLFile&amp;processFlows=Procure&amp;deptId=3000">ระบบ e-GP</a> |
<a href="https://www.facebook.com/bangphlatdistrict">Facebook เขตบางพลัด</a></p>
"""
    write("/", page("ยินดีต้อนรับ", body))


def build_about():
    body = """
<p>เขตบางพลัดตั้งอยู่ฝั่งธนบุรีริมแม่น้ำเจ้าพระยา มีพื้นที่ประมาณ ๑๑.๓๖ ตารางกิโลเมตร แบ่งการปกครองออกเป็น ๔ แขวง</p>
<table class="grid"><tr><th rowspan="2">แขวง</th><th rowspan="2">พื้นที่ (ตร.กม.)</th><th colspan="3">ประชากร (ธ.ค. ๒๕๖๗)</th><th rowspan="2">บ้าน (หลัง)</th></tr>
<tr><th>ชาย</th><th>หญิง</th><th>รวม</th></tr>
<tr><td>บางพลัด</td><td class="num">๒.๘๔</td><td class="num">๙,๘๑๒</td><td class="num">๑๑,๐๔๕</td><td class="num">๒๐,๘๕๗</td><td class="num">๑๑,๒๐๓</td></tr>
<tr><td>บางอ้อ</td><td class="num">๒.๖๒</td><td class="num">๑๐,๔๐๑</td><td class="num">๑๑,๙๗๐</td><td class="num">๒๒,๓๗๑</td><td class="num">๑๒,๐๖๖</td></tr>
<tr><td>บางบำหรุ</td><td class="num">๒.๒๔</td><td class="num">๘,๗๕๕</td><td class="num">๙,๙๒๐</td><td class="num">๑๘,๖๗๕</td><td class="num">๙,๔๗๘</td></tr>
<tr><td>บางยี่ขัน</td><td class="num">๓.๖๖</td><td class="num">๑๒,๓๓๐</td><td class="num">๑๔,๑๒๘</td><td class="num">๒๖,๔๕๘</td><td class="num">๑๕,๒๙๑</td></tr>
</table>
<ul>
<li><a href="/about/structure/">โครงสร้างสำนักงานเขต</a></li>
<li><a href="/about/executives/">ทำเนียบผู้บริหาร</a></li>
<li><a href="/about/duty/">อำนาจหน้าที่</a></li>
<li><a href="/contact/">ข้อมูลการติดต่อ</a></li>
</ul>"""
    write("/about/", page("ข้อมูลพื้นฐานของสำนักงานเขต", body, [("ข้อมูลสำนักงานเขต", None)]))

    divs = ["ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายรายได้", "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม",
            "ฝ่ายโยธา", "ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "ฝ่ายเทศกิจ", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล",
            "ฝ่ายการศึกษา"]
    rows = "".join(f"<tr><td>{th(i + 1)}</td><td>{d}</td></tr>" for i, d in enumerate(divs))
    body = f"""
<p>ผู้อำนวยการเขตบางพลัด &rarr; ผู้ช่วยผู้อำนวยการเขต (๒ อัตรา) &rarr; หัวหน้าฝ่าย ๑๐ ฝ่าย</p>
<img src="/img/structure.jpg" alt="แผนผังโครงสร้างสำนักงานเขตบางพลัด" width="480">
<table class="grid"><tr><th>ลำดับ</th><th>ส่วนราชการในสังกัดสำนักงานเขต</th></tr>{rows}</table>"""
    write("/about/structure/", page("โครงสร้างสำนักงานเขตบางพลัด", body,
                                    [("ข้อมูลสำนักงานเขต", "/about/"), ("โครงสร้าง", None)]))
    im = Image.new("RGB", (480, 260), (245, 245, 250))
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONT, 13)
    d.rectangle((180, 10, 300, 40), outline=(0, 0, 0))
    d.text((190, 16), "ผู้อำนวยการเขต", font=f, fill=(0, 0, 0))
    for i, dv in enumerate(divs):
        x, y = 10 + (i % 5) * 94, 110 + (i // 5) * 70
        d.rectangle((x, y, x + 88, y + 50), outline=(0, 0, 0))
        d.text((x + 3, y + 16), dv.replace("ฝ่าย", "ฝ.")[:14], font=f, fill=(0, 0, 0))
    os.makedirs(os.path.join(SITE, "img"), exist_ok=True)
    im.save(os.path.join(SITE, "img", "structure.jpg"))

    # rows: (group, name, position, phone, email, photo, phone_rowspan)
    people = [
        ("ผู้บริหารสำนักงานเขต", "นายธีรวัฒน์ ศรีสุวรรณ", "ผู้อำนวยการเขตบางพลัด", "๐ ๒๔๒๔ ๖๔๐๑", "director.bangphlat@bangkok.go.th", "ex1.jpg"),
        ("ผู้บริหารสำนักงานเขต", "นางสาวพิมพ์ลดา แก้วประเสริฐ", "ผู้ช่วยผู้อำนวยการเขต", "๐ ๒๔๒๔ ๖๔๐๒", "pimlada.k@bangkok.go.th", "ex2.jpg"),
        ("ผู้บริหารสำนักงานเขต", "- ว่าง -", "ผู้ช่วยผู้อำนวยการเขต", "-", "-", None),
        ("หัวหน้าฝ่าย", "นายอนุชา มั่นคงดี", "หัวหน้าฝ่ายปกครอง", "๐ ๒๔๒๔ ๖๔๑๐", "anucha.m@bangkok.go.th", "ex3.jpg"),
        ("หัวหน้าฝ่าย", "นางวันเพ็ญ จันทร์หอม", "หัวหน้าฝ่ายทะเบียน", "๐ ๒๔๒๔ ๖๔๑๑", "wanpen.j@bangkok.go.th", "ex4.jpg"),
        ("หัวหน้าฝ่าย", "นางสาวกนกพร ทองสุข", "หัวหน้าฝ่ายการคลัง", "SPAN2", "kanokporn.t@bangkok.go.th", "ex5.jpg"),
        ("หัวหน้าฝ่าย", "นายประเสริฐ บุญมา", "หัวหน้าฝ่ายรายได้", "SKIP", "prasert.b@bangkok.go.th", "ex6.jpg"),
        ("หัวหน้าฝ่าย", "นางจิราพร สายทอง", "หัวหน้าฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "๐ ๒๔๒๔ ๖๔๑๔", "jiraporn.s@bangkok.go.th", "ex7.jpg"),
        ("หัวหน้าฝ่าย", "นายสุรชัย พานทอง", "หัวหน้าฝ่ายโยธา", "๐ ๒๔๒๔ ๖๔๑๕", "surachai.p@bangkok.go.th", "ex8.jpg"),
        ("หัวหน้าฝ่าย", "นายวีระ ชื่นใจ", "หัวหน้าฝ่ายรักษาความสะอาดและสวนสาธารณะ", "๐ ๒๔๒๔ ๖๔๑๖", "weera.c@bangkok.go.th", "ex9.jpg"),
        ("หัวหน้าฝ่าย", "นายณัฐพล รักษ์ไทย", "หัวหน้าฝ่ายเทศกิจ", "๐ ๒๔๒๔ ๖๔๑๗", "nattapon.r@bangkok.go.th", "ex10.jpg"),
        ("หัวหน้าฝ่าย", "นางสาวอรุณี ใจดี", "หัวหน้าฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "๐ ๒๔๒๔ ๖๔๑๘", "arunee.j@bangkok.go.th", "ex11.jpg"),
        ("หัวหน้าฝ่าย", "นางนงลักษณ์ เพชรงาม", "หัวหน้าฝ่ายการศึกษา", "๐ ๒๔๒๔ ๖๔๑๙", "nonglak.p@bangkok.go.th", "ex12.jpg"),
    ]
    rows = []
    groups_seen = set()
    for i, (g, n, pos, tel, mail, ph) in enumerate(people):
        cells = []
        if g not in groups_seen:
            groups_seen.add(g)
            span = sum(1 for p in people if p[0] == g)
            cells.append(f'<th rowspan="{span}">{g}</th>')
        if ph:
            photo(f"/img/exec/{ph}", n.split()[0][-6:], (90 + i * 9, 110, 150))
            cells.append(f'<td><img src="/img/exec/{ph}" width="60" alt="{n}"></td>')
        else:
            cells.append('<td style="text-align:center">-</td>')
        cells.append(f"<td>{n}</td><td>{pos}</td>")
        if tel == "SPAN2":
            cells.append('<td rowspan="2">๐ ๒๔๒๔ ๖๔๑๒<br>(ต่อ ๑ ฝ่ายการคลัง /<br>ต่อ ๒ ฝ่ายรายได้)</td>')
        elif tel == "SKIP":
            pass
        else:
            cells.append(f"<td>{tel}</td>")
        cells.append(f"<td>{mail}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    body = f"""<p class="stamp">ข้อมูล ณ วันที่ ๑ เมษายน ๒๕๖๘</p>
<table class="grid"><tr><th>กลุ่ม</th><th>ภาพ</th><th>ชื่อ - สกุล</th><th>ตำแหน่ง</th><th>โทรศัพท์</th><th>อีเมล</th></tr>
{''.join(rows)}</table>"""
    write("/about/executives/", page("ทำเนียบผู้บริหารสำนักงานเขตบางพลัด", body,
                                     [("ข้อมูลสำนักงานเขต", "/about/"), ("ผู้บริหาร", None)]))

    body = """<p>สำนักงานเขตมีอำนาจหน้าที่ตามประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต โดยสรุปดังนี้</p>
<table class="grid"><tr><th>ส่วนราชการ</th><th>อำนาจหน้าที่โดยสรุป</th></tr>
<tr><td>ฝ่ายปกครอง</td><td>งานสารบรรณ งานบริหารบุคคล งานป้องกันและบรรเทาสาธารณภัย งานเลือกตั้ง และประสานราชการทั่วไป</td></tr>
<tr><td>ฝ่ายทะเบียน</td><td>งานทะเบียนราษฎร บัตรประจำตัวประชาชน และทะเบียนครอบครัว</td></tr>
<tr><td>ฝ่ายการคลัง</td><td>งานงบประมาณ การเบิกจ่าย บัญชี และการจัดซื้อจัดจ้าง</td></tr>
<tr><td>ฝ่ายรายได้</td><td>งานจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย และค่าธรรมเนียมต่าง ๆ</td></tr>
<tr><td>ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม</td><td>งานพัฒนาชุมชน เบี้ยยังชีพผู้สูงอายุ ผู้พิการ และกองทุนชุมชน</td></tr>
<tr><td>ฝ่ายโยธา</td><td>งานควบคุมอาคาร ก่อสร้างและบำรุงรักษาถนน ทางเท้า ท่อระบายน้ำ</td></tr>
<tr><td>ฝ่ายรักษาความสะอาดและสวนสาธารณะ</td><td>งานเก็บขนมูลฝอย กวาดถนน ดูแลสวนและพื้นที่สีเขียว</td></tr>
<tr><td>ฝ่ายเทศกิจ</td><td>งานรักษาความสงบเรียบร้อย จัดระเบียบผู้ค้า และจัดเก็บของกลาง</td></tr>
<tr><td>ฝ่ายสิ่งแวดล้อมและสุขาภิบาล</td><td>งานอนุญาตกิจการที่เป็นอันตรายต่อสุขภาพ ตรวจสุขาภิบาลอาหาร ควบคุมเหตุรำคาญ</td></tr>
<tr><td>ฝ่ายการศึกษา</td><td>งานโรงเรียนสังกัดกรุงเทพมหานคร และการศึกษานอกระบบ</td></tr>
</table>"""
    write("/about/duty/", page("อำนาจหน้าที่ของสำนักงานเขต", body,
                               [("ข้อมูลสำนักงานเขต", "/about/"), ("อำนาจหน้าที่", None)]))

    im = Image.new("RGB", (420, 260), (230, 240, 225))
    d = ImageDraw.Draw(im)
    d.line((0, 130, 420, 130), fill=(200, 200, 200), width=12)
    d.line((210, 0, 210, 260), fill=(200, 200, 200), width=8)
    d.ellipse((220, 100, 240, 120), fill=(200, 0, 0))
    d.text((245, 100), "สำนักงานเขตบางพลัด", font=f, fill=(0, 0, 0))
    d.text((10, 135), "ถ.จรัญสนิทวงศ์", font=f, fill=(60, 60, 60))
    im.save(os.path.join(SITE, "img", "map.jpg"))
    body = """<table class="grid">
<tr><th>ที่อยู่</th><td>สำนักงานเขตบางพลัด เลขที่ ๑๐๕ ถนนจรัญสนิทวงศ์ แขวงบางพลัด เขตบางพลัด กรุงเทพมหานคร ๑๐๗๐๐</td></tr>
<tr><th>โทรศัพท์</th><td>๐ ๒๔๒๔ ๖๔๐๐ (อัตโนมัติ)</td></tr>
<tr><th>โทรสาร</th><td>๐ ๒๔๒๔ ๖๔๒๙</td></tr>
<tr><th>อีเมล</th><td>bangphlat@bangkok.go.th</td></tr>
<tr><th>เวลาทำการ</th><td>จันทร์ – ศุกร์ ๐๘.๓๐ – ๑๖.๓๐ น.</td></tr>
<tr><th>Facebook / LINE</th><td>สำนักงานเขตบางพลัด / @bangphlat</td></tr>
</table>
<h3>แผนที่</h3><img src="/img/map.jpg" alt="แผนที่ตั้งสำนักงานเขตบางพลัด" width="420">
<p><a href="https://maps.google.com/?q=สำนักงานเขตบางพลัด">เปิดใน Google Maps</a></p>"""
    write("/contact/", page("ติดต่อสำนักงานเขตบางพลัด", body, [("ติดต่อเรา", None)]))


def build_policy_schools():
    body = """<p class="stamp">ปรับปรุงล่าสุด ๓ ก.พ. ๒๕๖๘ โดย ฝ่ายปกครอง</p>
<h3>นโยบายผู้ว่าราชการกรุงเทพมหานคร (พลตำรวจเอก อัศวิน ขวัญเมือง)</h3>
<p>"กรุงเทพฯ เมืองแห่งความสุขของทุกคน" มุ่งแก้ไขปัญหาน้ำท่วม การจราจร ความปลอดภัย และยกระดับคุณภาพชีวิต</p>
<table class="grid"><tr><th>ด้าน</th><th>นโยบาย</th></tr>
<tr><td>๑</td><td>ด้านการแก้ไขปัญหาน้ำท่วมและการระบายน้ำ</td></tr>
<tr><td>๒</td><td>ด้านการจราจรและขนส่งมวลชน</td></tr>
<tr><td>๓</td><td>ด้านความปลอดภัยในชีวิตและทรัพย์สิน</td></tr>
<tr><td>๔</td><td>ด้านคุณภาพชีวิตและสิ่งแวดล้อม</td></tr>
</table>
<h3>แผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร</h3>
<table class="grid"><tr><th>แผน</th><th>ระยะเวลา</th><th>เอกสาร</th></tr>
<tr><td>แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี</td><td>พ.ศ. ๒๕๖๑ – ๒๕๘๐</td><td><a href="https://www.bangkok.go.th/pipd">เว็บไซต์สำนักยุทธศาสตร์และประเมินผล</a></td></tr>
<tr><td>แผนพัฒนากรุงเทพมหานคร ระยะ ๕ ปี ระยะที่ ๑</td><td>พ.ศ. ๒๕๖๑ – ๒๕๖๕</td><td><a href="https://www.bangkok.go.th/pipd">เว็บไซต์สำนักยุทธศาสตร์และประเมินผล</a></td></tr>
<tr><td>แผนปฏิบัติราชการกรุงเทพมหานคร ประจำปี</td><td>พ.ศ. ๒๕๖๕</td><td><a href="https://www.bangkok.go.th/pipd">เว็บไซต์สำนักยุทธศาสตร์และประเมินผล</a></td></tr>
</table>"""
    write("/policy/governor/", page("นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนพัฒนากรุงเทพมหานคร", body,
                                    [("ITA / OIT", "/oit/"), ("นโยบายผู้ว่าฯ", None)]))

    schools = [
        ("โรงเรียนวัดบางพลัด", "แขวงบางพลัด", "อนุบาล – ป.๖", 212, 198, "๐ ๒๔๒๔ ๐๓๑๑"),
        ("โรงเรียนวัดฉัตรแก้วจงกลณี", "แขวงบางอ้อ", "อนุบาล – ป.๖", 185, 176, "๐ ๒๔๒๔ ๕๑๒๐"),
        ("โรงเรียนวัดบางอ้อ", "แขวงบางอ้อ", "อนุบาล – ม.๓", 340, 322, "๐ ๒๔๒๔ ๑๑๙๘"),
        ("โรงเรียนวัดเทพากร", "แขวงบางยี่ขัน", "อนุบาล – ป.๖", 154, 149, "๐ ๒๔๓๓ ๘๐๔๒"),
        ("โรงเรียนวัดบวรมงคล", "แขวงบางยี่ขัน", "อนุบาล – ป.๖", 267, 251, "๐ ๒๔๓๓ ๗๗๓๕"),
        ("โรงเรียนวัดคฤหบดี", "แขวงบางบำหรุ", "อนุบาล – ป.๖", 131, 127, "๐ ๒๔๓๔ ๖๖๐๙"),
    ]
    rows = "".join(
        f"<tr><td>{th(i + 1)}</td><td>{n}</td><td>{k}</td><td>{lv}</td><td class='num'>{th(m)}</td>"
        f"<td class='num'>{th(w)}</td><td class='num'>{th(f'{m + w:,}')}</td><td>{tel}</td></tr>"
        for i, (n, k, lv, m, w, tel) in enumerate(schools))
    tm, tw = sum(s[3] for s in schools), sum(s[4] for s in schools)
    body = f"""<p>ข้อมูลโรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขตบางพลัด ปีการศึกษา ๒๕๖๗ (ข้อมูล ณ ๑๐ พฤศจิกายน ๒๕๖๗) จัดทำโดยฝ่ายการศึกษา</p>
<table class="grid"><tr><th rowspan="2">ที่</th><th rowspan="2">ชื่อโรงเรียน</th><th rowspan="2">ที่ตั้ง</th><th rowspan="2">ระดับที่เปิดสอน</th><th colspan="3">จำนวนนักเรียน (คน)</th><th rowspan="2">โทรศัพท์</th></tr>
<tr><th>ชาย</th><th>หญิง</th><th>รวม</th></tr>{rows}
<tr><th colspan="4">รวม ๖ โรงเรียน</th><td class="num">{th(f'{tm:,}')}</td><td class="num">{th(f'{tw:,}')}</td><td class="num">{th(f'{tm + tw:,}')}</td><td></td></tr></table>"""
    write("/schools/", page("โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขตบางพลัด", body,
                            [("ฝ่ายการศึกษา", "/division/"), ("โรงเรียน", None)]))


NEWS = [
    # id, date, title, text (page 1 items have detail pages)
    (3391, "๑๘ เม.ย. ๒๕๖๘", "เขตบางพลัดรายงานผลการจัดระเบียบทางเท้าถนนจรัญสนิทวงศ์ ไตรมาสที่ ๒",
     "ฝ่ายเทศกิจสรุปผลการจัดระเบียบผู้ค้าบนทางเท้า ช่วง ม.ค. – มี.ค. ๒๕๖๘ ย้ายผู้ค้าเข้าจุดผ่อนผัน ๔๒ ราย คืนพื้นที่ทางเท้า ๑.๒ กิโลเมตร"),
    (3386, "๑๑ เม.ย. ๒๕๖๘", "ผลการดำเนินงานล้างทำความสะอาดพื้นที่สาธารณะช่วงสงกรานต์",
     "ฝ่ายรักษาความสะอาดฯ ล้างถนนและทางเท้า ๑๘ สาย ก่อนเทศกาลสงกรานต์ พร้อมตั้งจุดรับขยะเพิ่ม ๒๔ จุด"),
    (3374, "๓ เม.ย. ๒๕๖๘", "สรุปผลการตรวจสุขาภิบาลร้านอาหารริมทาง เดือนมีนาคม",
     "ฝ่ายสิ่งแวดล้อมฯ ตรวจร้านอาหารริมทาง ๖๕ ร้าน ผ่านเกณฑ์ ๕๙ ร้าน ให้คำแนะนำปรับปรุง ๖ ร้าน"),
    (3361, "๒๖ มี.ค. ๒๕๖๘", "เขตฯ ลงพื้นที่ติดตามการลอกท่อระบายน้ำ ซอยจรัญฯ ๘๐",
     "ฝ่ายโยธาลอกท่อระบายน้ำความยาว ๘๔๐ เมตร เตรียมรับฤดูฝน ผลงานสะสมปีงบประมาณ ๒๕๖๘ รวม ๑๒.๕ กิโลเมตร"),
    (3355, "๒๐ มี.ค. ๒๕๖๘", "ผลการดำเนินงานฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าในชุมชน",
     "ร่วมกับศูนย์บริการสาธารณสุข ฉีดวัคซีนสุนัขและแมว ๓๑๒ ตัว ใน ๙ ชุมชน"),
    (3349, "๑๔ มี.ค. ๒๕๖๘", "เขตบางพลัดจัดกิจกรรม Big Cleaning Day ชุมชนวัดบางพลัด", None),
    (3340, "๗ มี.ค. ๒๕๖๘", "ประชุมคณะกรรมการชุมชนประจำเดือนมีนาคม", None),
    (3332, "๒๘ ก.พ. ๒๕๖๘", "ตรวจความปลอดภัยอาคารสูงริมแม่น้ำเจ้าพระยา", None),
    (3318, "๑๘ ก.พ. ๒๕๖๘", "รายงานผลการจัดเก็บภาษีป้ายประจำปี ๒๕๖๘ ช่วงยื่นแบบ", None),
    (3301, "๕ ก.พ. ๒๕๖๘", "อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) รุ่นที่ ๑/๒๕๖๘", None),
    (3290, "๒๘ ม.ค. ๒๕๖๘", "ตรวจแนวป้องกันน้ำท่วมริมคลองบางพลัด", None),
    (3277, "๑๕ ม.ค. ๒๕๖๘", "กิจกรรมวันเด็กแห่งชาติ ณ สำนักงานเขตบางพลัด", None),
    (3260, "๒๗ ธ.ค. ๒๕๖๗", "เตรียมความพร้อมเทศกาลปีใหม่ ตั้งจุดบริการประชาชน", None),
    (3241, "๑๒ ธ.ค. ๒๕๖๗", "สรุปผลการดำเนินงานตามนโยบายผู้ว่าฯ ไตรมาสที่ ๑ ปีงบประมาณ ๒๕๖๘", None),
    (3222, "๒๘ พ.ย. ๒๕๖๗", "ปลูกต้นไม้ล้านต้นในพื้นที่ริมถนนบรมราชชนนี", None),
    (3207, "๘ พ.ย. ๒๕๖๗", "ลอยกระทงปลอดภัย ใส่ใจสิ่งแวดล้อม ณ ท่าน้ำวัดบางพลัด", None),
    (3188, "๒๕ ต.ค. ๒๕๖๗", "ประชุมชี้แจงแผนปฏิบัติราชการประจำปีงบประมาณ ๒๕๖๘", None),
    (3170, "๑๐ ต.ค. ๒๕๖๗", "ซ้อมแผนอพยพผู้ประสบภัยน้ำท่วม ชุมชนริมน้ำ", None),
]


def build_news():
    per = 8
    pages = [NEWS[i:i + per] for i in range(0, len(NEWS), per)]
    for pno, items in enumerate(pages, 1):
        lis = []
        for nid, d, t, txt in items:
            if txt:
                lis.append(f'<tr><td>{d}</td><td><a href="/news/view/{nid}/">{t}</a></td><td class="num">{th(nid % 97 + 40)}</td></tr>')
            else:
                lis.append(f'<tr><td>{d}</td><td>{t}</td><td class="num">{th(nid % 89 + 60)}</td></tr>')
        body = f"""<p class="stamp">หมวด: ข่าวประชาสัมพันธ์ (เรียงจากใหม่ไปเก่า)</p>
<table class="grid"><tr><th width="110">วันที่</th><th>หัวข้อข่าว</th><th>อ่าน</th></tr>{''.join(lis)}</table>
{pager('/list.php?cat=1&amp;page={p}', pno, len(pages))}"""
        qpage(f"/list.php?cat=1&page={pno}", f"list_cat1_p{pno}.html",
              page("ข่าวประชาสัมพันธ์", body, [("ข่าวประชาสัมพันธ์", None)]))
    for nid, d, t, txt in NEWS:
        if not txt:
            continue
        body = f"""<p class="stamp">โพสต์เมื่อ {d} | หมวด ข่าวประชาสัมพันธ์</p>
<p>{txt}</p><p>ทั้งนี้ สำนักงานเขตบางพลัดจะรายงานความคืบหน้าให้ประชาชนทราบอย่างต่อเนื่อง</p>
<p><a href="/list.php?cat=1&amp;page=1">&laquo; กลับหน้ารวมข่าว</a></p>"""
        write(f"/news/view/{nid}/", page(t, body, [("ข่าวประชาสัมพันธ์", "/list.php?cat=1&amp;page=1"), ("อ่านข่าว", None)]))


def build_plans():
    plan = download(11, "plan_2568.pdf", "แผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๘ สำนักงานเขตบางพลัด", [
        "ส่วนที่ ๑ บทนำ: วิสัยทัศน์ พันธกิจ และเป้าประสงค์ของสำนักงานเขตบางพลัด",
        "ส่วนที่ ๒ โครงการตามแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ จำนวน ๔๖ โครงการ",
        "มิติที่ ๑ ปลอดภัยดี: โครงการติดตั้งไฟฟ้าแสงสว่างในซอย งบประมาณ ๑,๒๐๐,๐๐๐ บาท",
        "มิติที่ ๒ สิ่งแวดล้อมดี: โครงการคัดแยกขยะต้นทางในชุมชน งบประมาณ ๓๕๐,๐๐๐ บาท",
        "มิติที่ ๓ เดินทางดี: โครงการปรับปรุงทางเท้าถนนจรัญสนิทวงศ์ งบประมาณ ๔,๘๐๐,๐๐๐ บาท",
        "ตัวชี้วัดและค่าเป้าหมาย ผู้รับผิดชอบ และระยะเวลาดำเนินการ ต.ค. ๒๕๖๗ - ก.ย. ๒๕๖๘"])
    rep67 = download(12, "report_2567.pdf", "รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗", [
        "สำนักงานเขตบางพลัด รายงานผลการดำเนินงานตามแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
        "(๑ ตุลาคม ๒๕๖๖ - ๓๐ กันยายน ๒๕๖๗)",
        "โครงการทั้งหมด ๔๒ โครงการ ดำเนินการแล้วเสร็จ ๓๙ โครงการ คิดเป็นร้อยละ ๙๒.๘๖",
        "ปัญหาอุปสรรค: ฝนตกหนักช่วง ส.ค. - ก.ย. ทำให้งานก่อสร้างล่าช้า",
        "ข้อเสนอแนะ: วางแผนงานโยธาให้แล้วเสร็จก่อนฤดูฝน"])
    monthly = {}
    for i, (mname, posted) in enumerate([("มีนาคม ๒๕๖๘", "๗ เม.ย. ๒๕๖๘"), ("กุมภาพันธ์ ๒๕๖๘", "๗ มี.ค. ๒๕๖๘"),
                                        ("มกราคม ๒๕๖๘", "๖ ก.พ. ๒๕๖๘"), ("ธันวาคม ๒๕๖๗", "๘ ม.ค. ๒๕๖๘"),
                                        ("พฤศจิกายน ๒๕๖๗", "๕ ธ.ค. ๒๕๖๗"), ("ตุลาคม ๒๕๖๗", "๘ พ.ย. ๒๕๖๗")]):
        u = download(13 + i, f"progress_m{i}.pdf", f"รายงานผลการดำเนินงานตามแผนปฏิบัติราชการ ประจำเดือน{mname}",
                     [f"สรุปความก้าวหน้าโครงการตามแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ เดือน{mname}",
                      f"ดำเนินการแล้ว {th(3 * (6 - i))} โครงการ อยู่ระหว่างดำเนินการ ๒๒ โครงการ"])
        monthly[mname] = (posted, f"รายงานผลการดำเนินงานตามแผนปฏิบัติราชการ ประจำเดือน{mname}", u)
    q1 = download(19, "progress_q1.pdf", "รายงานความก้าวหน้าโครงการก่อสร้าง ไตรมาสที่ ๑/๒๕๖๘",
                  ["โครงการก่อสร้างและปรับปรุง ๘ โครงการ ความก้าวหน้าเฉลี่ยร้อยละ ๒๗"])
    mv = list(monthly.values())
    p1 = mv[:4] + [
        ("๒๐ ธ.ค. ๒๕๖๗", "รายงานความก้าวหน้าโครงการก่อสร้าง ไตรมาสที่ ๑/๒๕๖๘", q1),
        mv[4],
        ("๒๐ พ.ย. ๒๕๖๗", "แผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๘ สำนักงานเขตบางพลัด", plan),
        mv[5],
    ]
    p2 = [
        ("๓๐ ต.ค. ๒๕๖๗", "รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗", rep67),
        ("๑๐ ก.ย. ๒๕๖๗", "รายงานผลการดำเนินงานตามแผนปฏิบัติราชการ ประจำเดือนสิงหาคม ๒๕๖๗", None),
        ("๒๕ เม.ย. ๒๕๖๗", "รายงานผลการปฏิบัติราชการ รอบ ๖ เดือน ปีงบประมาณ ๒๕๖๗", None),
        ("๑๕ พ.ย. ๒๕๖๖", "แผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๗ สำนักงานเขตบางพลัด", None),
        ("๒ พ.ย. ๒๕๖๖", "รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๖", None),
    ]
    for pno, items in enumerate([p1, p2], 1):
        rows = "".join(
            f"<tr><td>{d}</td><td>{t}</td><td>" + (f'<a href="{u}">ดาวน์โหลด</a>' if u else '<span style="color:#999">ไฟล์ถูกย้ายไปคลังเอกสาร</span>') + "</td></tr>"
            for d, t, u in items)
        body = f"""<p class="stamp">หมวด: แผนงาน / รายงานผลการปฏิบัติราชการ (เรียงตามวันที่ลงประกาศ ใหม่ไปเก่า)</p>
<table class="grid"><tr><th width="110">วันที่</th><th>เรื่อง</th><th>ไฟล์</th></tr>{rows}</table>
{pager('/list/5/page/{p}/', pno, 2)}"""
        write(f"/list/5/page/{pno}/", page("แผนปฏิบัติราชการ และรายงานผลการปฏิบัติราชการ", body,
                                          [("แผนงาน / รายงานผล", None)]))


def build_manuals_eservice():
    rows = []
    spec = [
        ("ฝ่ายปกครอง", ["คู่มือการปฏิบัติงานสารบรรณ", "คู่มือการปฏิบัติงานป้องกันและบรรเทาสาธารณภัย"]),
        ("ฝ่ายทะเบียน", ["คู่มือการปฏิบัติงานทะเบียนราษฎร"]),
        ("ฝ่ายการคลัง", ["คู่มือการปฏิบัติงานการเบิกจ่ายเงิน", "คู่มือการปฏิบัติงานการจัดซื้อจัดจ้าง"]),
        ("ฝ่ายรายได้", ["คู่มือการปฏิบัติงานจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง"]),
        ("ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", ["คู่มือการปฏิบัติงานเบี้ยยังชีพผู้สูงอายุ"]),
        ("ฝ่ายโยธา", ["คู่มือการปฏิบัติงานควบคุมอาคาร"]),
        ("ฝ่ายรักษาความสะอาดและสวนสาธารณะ", ["คู่มือการปฏิบัติงานเก็บขนมูลฝอย"]),
        ("ฝ่ายเทศกิจ", [None]),
        ("ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", ["คู่มือการปฏิบัติงานตรวจสุขาภิบาลอาหาร"]),
        ("ฝ่ายการศึกษา", [None]),
    ]
    doc = 21
    n = 0
    for dv, mans in spec:
        for j, m in enumerate(mans):
            n += 1
            head = f'<td rowspan="{len(mans)}">{dv}</td>' if j == 0 else ""
            if m is None:
                rows.append(f"<tr><td>{th(n)}</td>{head}<td>-</td><td>อยู่ระหว่างปรับปรุง</td></tr>")
                continue
            u = download(doc, f"manual_{doc}.pdf", m + " สำนักงานเขตบางพลัด",
                         [f"{m} ฉบับปรับปรุง พ.ศ. ๒๕๖๘", "๑. วัตถุประสงค์ ๒. ขอบเขต ๓. ขั้นตอนการปฏิบัติงาน ๔. ระยะเวลา ๕. แบบฟอร์มที่เกี่ยวข้อง",
                          f"ผู้รับผิดชอบ: {dv}"])
            doc += 1
            rows.append(f'<tr><td>{th(n)}</td>{head}<td>{m}</td><td><a href="{u}">เปิดเอกสาร</a></td></tr>')
    body = f"""<p>คู่มือการปฏิบัติหน้าที่ของเจ้าหน้าที่ จำแนกตามฝ่ายในโครงสร้างสำนักงานเขตบางพลัด ปีงบประมาณ พ.ศ. ๒๕๖๘</p>
<table class="grid"><tr><th>ที่</th><th>ฝ่าย</th><th>ชื่อคู่มือ</th><th>เอกสาร</th></tr>{''.join(rows)}</table>"""
    write("/manual/work/", page("คู่มือการปฏิบัติหน้าที่", body, [("คู่มือการปฏิบัติงาน", None)]))

    body = """<p>ช่องทางบริการประชาชนผ่านระบบออนไลน์ของสำนักงานเขตบางพลัดและกรุงเทพมหานคร</p>
<table class="grid"><tr><th>บริการ</th><th>รายละเอียด</th><th>ลิงก์</th></tr>
<tr><td>จองคิวล่วงหน้า (BMA Q)</td><td>จองคิวรับบริการงานทะเบียนและบัตรประจำตัวประชาชน</td><td><a href="https://q.bangkok.go.th/">เข้าสู่ระบบ</a></td></tr>
<tr><td>แจ้งเรื่องร้องเรียน / ติดตามสถานะเรื่อง (Traffy Fondue)</td><td>แจ้งปัญหาในพื้นที่ ติดตามสถานะการแก้ไขเรื่องร้องเรียนได้ตลอด ๒๔ ชั่วโมง</td><td><a href="https://bangkok.traffy.in.th/">เข้าสู่ระบบ</a></td></tr>
<tr><td>คำร้องทั่วไปออนไลน์</td><td>ยื่นคำร้องขอคัดสำเนาเอกสาร ขอรับบริการรถดูดสิ่งปฏิกูล ขอตัดแต่งต้นไม้</td><td><a href="/eservice/form/">กรอกแบบฟอร์ม</a></td></tr>
<tr><td>ชำระภาษีออนไลน์</td><td>ชำระภาษีที่ดินและสิ่งปลูกสร้าง/ภาษีป้าย ผ่านแอปพลิเคชันธนาคาร</td><td><a href="https://tax.bangkok.go.th/">เข้าสู่ระบบ</a></td></tr>
</table>"""
    write("/eservice/", page("บริการออนไลน์ (E-Service)", body, [("บริการออนไลน์", None)]))
    body = """<form method="post" action="/eservice/form/send.php">
<table class="grid"><tr><th>ชื่อ - สกุล</th><td><input name="name" size="40"></td></tr>
<tr><th>เลขประจำตัวประชาชน</th><td><input name="pid" size="20"></td></tr>
<tr><th>โทรศัพท์</th><td><input name="tel"></td></tr>
<tr><th>ประเภทคำร้อง</th><td><select name="type"><option>ขอคัดสำเนาเอกสาร</option><option>ขอรถดูดสิ่งปฏิกูล</option><option>ขอตัดแต่งต้นไม้</option><option>อื่น ๆ</option></select></td></tr>
<tr><th>รายละเอียด</th><td><textarea name="detail" cols="50" rows="5"></textarea></td></tr>
</table><input type="submit" value="ส่งคำร้อง"></form>
<p class="stamp">เจ้าหน้าที่จะติดต่อกลับภายใน ๓ วันทำการ</p>"""
    write("/eservice/form/", page("แบบฟอร์มคำร้องออนไลน์", body, [("บริการออนไลน์", "/eservice/"), ("แบบฟอร์ม", None)]))

    body = """<p class="stamp">ปรับปรุงข้อมูลโดยฝ่ายโยธา / ฝ่ายสิ่งแวดล้อมและสุขาภิบาล</p>
<div style="border:1px dashed #c00;padding:20px;text-align:center;color:#c00">อยู่ระหว่างปรับปรุงข้อมูล</div>
<p>ประชาชนสามารถยื่นคำขออนุญาตก่อสร้างอาคาร และใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ
ผ่านศูนย์รับคำขออนุญาตกรุงเทพมหานคร <a href="https://oss.bangkok.go.th/">BMA OSS</a></p>"""
    write("/permit/checklist/", page("รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต", body,
                                     [("งานอนุญาต", None)]))


TAX67 = [("ต.ค. ๖๖", 1_245_300, 88_200), ("พ.ย. ๖๖", 986_450, 64_900), ("ธ.ค. ๖๖", 1_102_780, 71_350),
         ("ม.ค. ๖๗", 2_315_900, 120_400), ("ก.พ. ๖๗", 4_882_150, 356_800), ("มี.ค. ๖๗", 9_774_300, 812_650),
         ("เม.ย. ๖๗", 12_450_800, 402_300), ("พ.ค. ๖๗", 3_214_600, 98_750), ("มิ.ย. ๖๗", 1_876_200, 55_100),
         ("ก.ค. ๖๗", 1_453_900, 43_900), ("ส.ค. ๖๗", 2_208_750, 37_200), ("ก.ย. ๖๗", 1_104_500, 29_800)]


def build_stats():
    rows = "".join(f"<tr><td>{m}</td><td class='num'>{money(a)}</td><td class='num'>{money(b)}</td><td class='num'>{money(a + b)}</td></tr>"
                   for m, a, b in TAX67)
    ta, tb = sum(x[1] for x in TAX67), sum(x[2] for x in TAX67)
    body = f"""<p class="stamp">ปรับปรุงล่าสุด ๑๐ มี.ค. ๒๕๖๘ | ฝ่ายรายได้</p>
<p>เลือกปีงบประมาณ: <b>๒๕๖๗</b> | <a href="#y66">๒๕๖๖</a> | <a href="#y65">๒๕๖๕</a></p>
<table class="grid"><tr><th rowspan="2">เดือน</th><th colspan="3">ผลการจัดเก็บภาษี ปีงบประมาณ พ.ศ. ๒๕๖๗ (บาท)</th></tr>
<tr><th>ภาษีที่ดินและสิ่งปลูกสร้าง</th><th>ภาษีป้าย</th><th>รวม</th></tr>{rows}
<tr><th>รวมทั้งปี</th><td class="num">{money(ta)}</td><td class="num">{money(tb)}</td><td class="num">{money(ta + tb)}</td></tr></table>
<h4 id="y66">ปีงบประมาณ ๒๕๖๖</h4><p>รวมภาษีที่ดินและสิ่งปลูกสร้าง ๓๗,๘๐๔,๒๑๐.๐๐ บาท ภาษีป้าย ๑,๙๘๐,๕๔๐.๐๐ บาท</p>
<h4 id="y65">ปีงบประมาณ ๒๕๖๕</h4><p>รวมภาษีที่ดินและสิ่งปลูกสร้าง ๒๙,๑๑๐,๖๐๕.๐๐ บาท ภาษีป้าย ๑,๖๔๒,๐๘๐.๐๐ บาท</p>"""
    write("/stat/tax/", page("ข้อมูลสถิติการจัดเก็บภาษี", body, [("สถิติ", None), ("ภาษี", None)]))

    body = """<p class="stamp">ฝ่ายรายได้ | ข้อมูลสถิติการจัดเก็บรายได้ (ค่าธรรมเนียม ค่าปรับ ค่าใบอนุญาต)</p>
<p>เลือกปีงบประมาณ: <a href="/stat.php?type=revenue&amp;year=2568">ปีงบประมาณ ๒๕๖๘</a> |
<a href="/download.php?id=35">ปีงบประมาณ ๒๕๖๗ (PDF)</a></p>
<h4>สรุปรายได้ทั้งปี ปีงบประมาณ พ.ศ. ๒๕๖๗</h4>
<table class="grid"><tr><th>ประเภทรายได้</th><th>ประมาณการ (บาท)</th><th>จัดเก็บได้ (บาท)</th><th>ร้อยละ</th></tr>
<tr><td>ค่าธรรมเนียม</td><td class="num">๒,๕๐๐,๐๐๐.๐๐</td><td class="num">๒,๖๑๘,๔๓๐.๐๐</td><td class="num">๑๐๔.๗๔</td></tr>
<tr><td>ค่าปรับ</td><td class="num">๘๐๐,๐๐๐.๐๐</td><td class="num">๗๔๒,๑๐๐.๐๐</td><td class="num">๙๒.๗๖</td></tr>
<tr><td>ค่าใบอนุญาต</td><td class="num">๑,๒๐๐,๐๐๐.๐๐</td><td class="num">๑,๓๓๕,๙๒๐.๐๐</td><td class="num">๑๑๑.๓๓</td></tr>
</table>"""
    write("/stat/revenue/", page("ข้อมูลสถิติการจัดเก็บรายได้", body, [("สถิติ", None), ("รายได้", None)]))
    download(35, "revenue_2567.pdf", "สถิติการจัดเก็บรายได้ ปีงบประมาณ พ.ศ. ๒๕๖๗",
             ["ค่าธรรมเนียม ๒,๖๑๘,๔๓๐.๐๐ บาท ค่าปรับ ๗๔๒,๑๐๐.๐๐ บาท ค่าใบอนุญาต ๑,๓๓๕,๙๒๐.๐๐ บาท"])
    rev = [("ต.ค. ๖๗", 198_450, 52_300, 88_900), ("พ.ย. ๖๗", 205_700, 61_150, 97_400),
           ("ธ.ค. ๖๗", 187_320, 48_800, 102_650), ("ม.ค. ๖๘", 231_060, 70_250, 121_300),
           ("ก.พ. ๖๘", 219_880, 58_700, 115_020), ("มี.ค. ๖๘", 244_150, 66_400, 130_780)]
    rows = "".join(f"<tr><td>{m}</td><td class='num'>{money(a)}</td><td class='num'>{money(b)}</td><td class='num'>{money(c)}</td><td class='num'>{money(a + b + c)}</td></tr>"
                   for m, a, b, c in rev)
    s = [sum(r[i] for r in rev) for i in (1, 2, 3)]
    body = f"""<p class="stamp">ข้อมูล ณ วันที่ ๓ เมษายน ๒๕๖๘ | ฝ่ายรายได้</p>
<table class="grid"><tr><th rowspan="2">เดือน</th><th colspan="4">รายได้ที่จัดเก็บ ปีงบประมาณ พ.ศ. ๒๕๖๘ (บาท)</th></tr>
<tr><th>ค่าธรรมเนียม</th><th>ค่าปรับ</th><th>ค่าใบอนุญาต</th><th>รวม</th></tr>{rows}
<tr><th>รวม ๖ เดือน</th><td class="num">{money(s[0])}</td><td class="num">{money(s[1])}</td><td class="num">{money(s[2])}</td><td class="num">{money(sum(s))}</td></tr></table>
<p><a href="/stat/revenue/">&laquo; กลับ</a></p>"""
    qpage("/stat.php?type=revenue&year=2568", "stat_revenue_2568.html",
          page("ข้อมูลสถิติการจัดเก็บรายได้ ปีงบประมาณ ๒๕๖๘", body, [("สถิติรายได้", "/stat/revenue/"), ("๒๕๖๘", None)]))


def build_budget():
    plan = [("งบบุคลากร", 86_450_000), ("งบดำเนินงาน", 41_228_500), ("งบลงทุน", 18_900_000),
            ("งบรายจ่ายอื่น", 2_150_000)]
    q = [0.27, 0.25, 0.24, 0.24]
    rows = "".join("<tr><td>" + n + f"</td><td class='num'>{money(v)}</td>" +
                   "".join(f"<td class='num'>{money(round(v * f, 2))}</td>" for f in q) + "</tr>" for n, v in plan)
    tot = sum(v for _, v in plan)
    body = f"""<p>แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘) ฝ่ายการคลัง</p>
<table class="grid"><tr><th rowspan="2">หมวดรายจ่าย</th><th rowspan="2">งบประมาณที่ได้รับจัดสรร (บาท)</th><th colspan="4">แผนการใช้จ่าย (บาท)</th></tr>
<tr><th>ไตรมาส ๑<br>(ต.ค.–ธ.ค. ๖๗)</th><th>ไตรมาส ๒<br>(ม.ค.–มี.ค. ๖๘)</th><th>ไตรมาส ๓<br>(เม.ย.–มิ.ย. ๖๘)</th><th>ไตรมาส ๔<br>(ก.ค.–ก.ย. ๖๘)</th></tr>
{rows}<tr><th>รวม</th><td class="num">{money(tot)}</td>""" + "".join(
        f"<td class='num'>{money(round(tot * f, 2))}</td>" for f in q) + "</tr></table>"
    write("/budget/plan/2568/", page("แผนการใช้จ่ายงบประมาณประจำปี พ.ศ. ๒๕๖๘", body,
                                     [("งบประมาณ", "/budget/"), ("แผนการใช้จ่าย ๒๕๖๘", None)]))
    rep = [("งบบุคลากร", 84_120_000, 82_905_330.50), ("งบดำเนินงาน", 39_870_400, 37_112_780.25),
           ("งบลงทุน", 21_300_000, 18_452_600.00), ("งบรายจ่ายอื่น", 1_980_000, 1_802_450.00)]
    rows = "".join(f"<tr><td>{n}</td><td class='num'>{money(a)}</td><td class='num'>{money(b)}</td><td class='num'>{money(a - b)}</td><td class='num'>{th(f'{b / a * 100:.2f}')}</td></tr>"
                   for n, a, b in rep)
    ta, tb = sum(r[1] for r in rep), sum(r[2] for r in rep)
    body = f"""<p>รายงานผลการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (ต.ค. ๒๕๖๖ – ก.ย. ๒๕๖๗) ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๗</p>
<table class="grid"><tr><th>หมวดรายจ่าย</th><th>งบประมาณที่ได้รับ (บาท)</th><th>เบิกจ่าย (บาท)</th><th>คงเหลือ (บาท)</th><th>ร้อยละการเบิกจ่าย</th></tr>{rows}
<tr><th>รวม</th><td class="num">{money(ta)}</td><td class="num">{money(tb)}</td><td class="num">{money(ta - tb)}</td><td class="num">{th(f'{tb / ta * 100:.2f}')}</td></tr></table>
<p>ปัญหาอุปสรรค: งบลงทุนบางรายการเบิกจ่ายไม่ทันเนื่องจากผู้รับจ้างส่งมอบงานล่าช้า</p>"""
    write("/budget/report/2567/", page("รายงานผลการใช้จ่ายงบประมาณประจำปี พ.ศ. ๒๕๖๗", body,
                                       [("งบประมาณ", "/budget/"), ("รายงานผล ๒๕๖๗", None)]))
    bylaw = download(31, "bylaw_2568.pdf", "ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปี พ.ศ. ๒๕๖๘", [
        "ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปี พ.ศ. ๒๕๖๘ (ส่วนของสำนักงานเขตบางพลัด)",
        "สำนักงานเขตบางพลัด ได้รับงบประมาณรวม ๑๔๘,๗๒๘,๕๐๐ บาท",
        "แผนงานบริหารทั่วไป แผนงานพัฒนาชุมชน แผนงานโยธา แผนงานรักษาความสะอาด แผนงานการศึกษา"])
    divs = [("ฝ่ายปกครอง", 12_450_000), ("ฝ่ายโยธา", 38_200_000), ("ฝ่ายรักษาความสะอาดและสวนสาธารณะ", 44_870_500),
            ("ฝ่ายการศึกษา", 21_300_000), ("ฝ่ายเทศกิจ", 9_850_000), ("ฝ่ายอื่น ๆ", 22_058_000)]
    rows = "".join(f"<tr><td>{d}</td><td class='num'>{money(v)}</td></tr>" for d, v in divs)
    body = f"""
<h3>๑. แผนการใช้จ่ายงบประมาณ และรายงานผลการใช้จ่ายงบประมาณ</h3>
<ul><li><a href="/budget/plan/2568/">แผนการใช้จ่ายงบประมาณประจำปี พ.ศ. ๒๕๖๘</a></li>
<li><a href="/budget/report/2567/">รายงานผลการใช้จ่ายงบประมาณประจำปี พ.ศ. ๒๕๖๗</a></li></ul>
<p><a class="more" href="/list/13/page/1/">ดูทั้งหมด &raquo;</a></p>
<h3>๒. ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ และข้อมูลเงินอุดหนุนชุมชน</h3>
<h4>ข้อมูลงบประมาณ ปีงบประมาณ พ.ศ. ๒๕๖๘ จำแนกตามหน่วยงาน</h4>
<table class="grid"><tr><th>หน่วยงาน</th><th>งบประมาณ (บาท)</th></tr>{rows}
<tr><th>รวม</th><td class="num">{money(sum(v for _, v in divs))}</td></tr></table>
<h4>ข้อบัญญัติงบประมาณรายจ่ายประจำปี</h4>
<p><a href="{bylaw}">ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปี พ.ศ. ๒๕๖๘</a></p>
<h4>ข้อมูลเงินอุดหนุนชุมชน</h4>
<table class="grid"><tr><th>ชุมชน</th><th>ประเภทเงินอุดหนุน</th><th>จำนวนเงิน (บาท)</th></tr>
<tr><td colspan="3" style="text-align:center;color:#888">ไม่พบข้อมูล</td></tr></table>"""
    write("/budget/", page("งบประมาณ", body, [("งบประมาณ", None)]))

    p1 = [("๑๕ ม.ค. ๒๕๖๘", "รายงานผลการใช้จ่ายงบประมาณ ไตรมาสที่ ๑ ปีงบประมาณ ๒๕๖๘", None),
          ("๑๒ พ.ย. ๒๕๖๗", "แผนการใช้จ่ายงบประมาณประจำปี พ.ศ. ๒๕๖๘", "/budget/plan/2568/"),
          ("๒๕ ต.ค. ๒๕๖๗", "รายงานผลการใช้จ่ายงบประมาณประจำปี พ.ศ. ๒๕๖๗", "/budget/report/2567/")]
    p2 = [("๑๘ เม.ย. ๒๕๖๗", "รายงานผลการใช้จ่ายงบประมาณ รอบ ๖ เดือน ปีงบประมาณ ๒๕๖๗", None),
          ("๑๐ พ.ย. ๒๕๖๖", "แผนการใช้จ่ายงบประมาณประจำปี พ.ศ. ๒๕๖๗", None),
          ("๓๑ ต.ค. ๒๕๖๖", "รายงานผลการใช้จ่ายงบประมาณประจำปี พ.ศ. ๒๕๖๖", None)]
    for pno, items in enumerate([p1, p2], 1):
        rows = "".join(f"<tr><td>{d}</td><td>" + (f'<a href="{u}">{t}</a>' if u else t) + "</td></tr>" for d, t, u in items)
        body = f"""<table class="grid"><tr><th>วันที่</th><th>เรื่อง</th></tr>{rows}</table>{pager('/list/13/page/{p}/', pno, 2)}"""
        write(f"/list/13/page/{pno}/", page("แผน/รายงานการใช้จ่ายงบประมาณ", body, [("งบประมาณ", "/budget/"), ("ทั้งหมด", None)]))


# --- procurement ---------------------------------------------------------
FULL_HEAD = """<tr><th rowspan="2">ลำดับที่</th><th rowspan="2">งานที่จัดซื้อหรือจัดจ้าง</th><th rowspan="2">วงเงินที่จะซื้อหรือจ้าง (บาท)</th>
<th rowspan="2">ราคากลาง (บาท)</th><th rowspan="2">วิธีซื้อหรือจ้าง</th><th rowspan="2">รายชื่อผู้เสนอราคาและราคาที่เสนอ</th>
<th colspan="2">ผลการพิจารณา</th><th rowspan="2">เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง</th></tr>
<tr><th>ผู้ได้รับการคัดเลือกและราคาที่ตกลง</th><th>เหตุผลที่คัดเลือกโดยสรุป</th></tr>"""
NEW_HEAD = """<tr><th rowspan="2">ที่</th><th rowspan="2">เลขที่โครงการ e-GP</th><th rowspan="2">งานที่จัดซื้อหรือจัดจ้าง</th><th colspan="2">วงเงิน (บาท)</th>
<th rowspan="2">วิธีซื้อหรือจ้าง</th><th rowspan="2">รายชื่อผู้เสนอราคาและราคาที่เสนอ</th><th rowspan="2">ผู้ได้รับการคัดเลือกและราคาที่ตกลง</th>
<th rowspan="2">เหตุผลที่คัดเลือกโดยสรุป</th><th rowspan="2">หมายเหตุ</th></tr>
<tr><th>วงเงินที่จะซื้อหรือจ้าง</th><th>ราคากลาง</th></tr>"""

JOBS = ["จัดซื้อวัสดุสำนักงาน", "จ้างซ่อมแซมเครื่องปรับอากาศ", "จัดซื้อน้ำมันเชื้อเพลิง", "จ้างเหมาทำความสะอาดคลอง",
        "จัดซื้อวัสดุก่อสร้าง", "จ้างซ่อมรถเก็บขนมูลฝอย", "จัดซื้อหมึกพิมพ์", "จ้างพิมพ์แบบพิมพ์ภาษี",
        "จัดซื้อวัสดุการเกษตร (ต้นไม้)", "จ้างซ่อมแซมทางเท้าซอยจรัญฯ ๗๕"]
VENDORS = ["หจก. บางพลัดพาณิชย์", "บริษัท ธนบุรีซัพพลาย จำกัด", "ร้านเจริญการค้า", "บริษัท ริเวอร์ไซด์ เซอร์วิส จำกัด",
           "หจก. ทองสุขก่อสร้าง"]


def proc_rows(month_idx, n, full, contract_prefix, mabbr=""):
    rows = []
    for i in range(n):
        job = JOBS[(month_idx * 3 + i) % len(JOBS)]
        amt = 12_000 + ((month_idx + 3) * 7919 + i * 15473) % 380_000
        amt = round(amt, -2)
        ven = VENDORS[(month_idx + i) % len(VENDORS)]
        price = amt - ((i + 1) * 350)
        method = "เฉพาะเจาะจง" if amt < 500_000 else "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"
        cells = [th(i + 1)]
        if not full:
            cells.append(th(f"68{month_idx:02d}9{i:04d}{month_idx * 7 % 10}"))
        cells += [job, money(amt), money(amt)]
        cells += [method, f"{ven}<br>{money(price)} บาท", f"{ven}<br>{money(price)} บาท", "เสนอราคาต่ำสุด คุณสมบัติครบถ้วน"]
        if full:
            cells.append(f"{contract_prefix} {th(month_idx * 10 + i + 1)}/{th(mabbr.split()[-1])}<br>ลว. {th(3 + i * 4)} {mabbr}")
        else:
            cells.append("-")
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return "".join(rows)


def build_procurement():
    # announcements cat=5
    e_plan = download(51, "procplan_2568.pdf", "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", [
        "สำนักงานเขตบางพลัด ขอเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ จำนวน ๑๔ โครงการ",
        "๑. จ้างก่อสร้างเขื่อน ค.ส.ล. คลองบางพลัด วงเงิน ๘,๔๐๐,๐๐๐ บาท ไตรมาส ๒",
        "๒. จ้างปรับปรุงทางเท้าถนนจรัญสนิทวงศ์ วงเงิน ๔,๘๐๐,๐๐๐ บาท ไตรมาส ๒",
        "ประกาศ ณ วันที่ ๒๘ ตุลาคม พ.ศ. ๒๕๖๗"])
    ann1 = [("๑๐ เม.ย. ๒๕๖๘", "ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมผิวจราจรซอยจรัญสนิทวงศ์ ๗๕ โดยวิธีเฉพาะเจาะจง", None),
            ("๒๘ มี.ค. ๒๕๖๘", "ประกาศประกวดราคาจ้างก่อสร้างเขื่อน ค.ส.ล. คลองบางพลัด ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", None),
            ("๑๔ มี.ค. ๒๕๖๘", "ร่างประกาศและร่างเอกสารประกวดราคา จ้างก่อสร้างเขื่อน ค.ส.ล. คลองบางพลัด", None),
            ("๒๐ ก.พ. ๒๕๖๘", "ประกาศผู้ชนะการเสนอราคา ซื้อน้ำมันเชื้อเพลิง ประจำเดือนกุมภาพันธ์", None),
            ("๓๐ ม.ค. ๒๕๖๘", "ประกาศผู้ชนะการเสนอราคา จ้างปรับปรุงทางเท้าถนนจรัญสนิทวงศ์", None),
            ("๑๘ ธ.ค. ๒๕๖๗", "ประกาศประกวดราคาจ้างปรับปรุงทางเท้าถนนจรัญสนิทวงศ์ (e-bidding)", None)]
    ann2 = [("๒๘ ต.ค. ๒๕๖๗", "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", e_plan),
            ("๓ ต.ค. ๒๕๖๗", "ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุสำนักงาน", None),
            ("๑๙ ก.ย. ๒๕๖๗", "ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมอาคารสำนักงานเขต", None),
            ("๒๓ ต.ค. ๒๕๖๖", "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", None)]
    egp = "https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp&amp;proc_id=ShowHTMLFile&amp;processFlows=Procure&amp;deptId=3000"
    for pno, items in enumerate([ann1, ann2], 1):
        rows = "".join(f"<tr><td>{d}</td><td>{t}</td><td>" + (f'<a href="{u}">PDF</a>' if u else f'<a href="{egp}">e-GP</a>') + "</td></tr>" for d, t, u in items)
        body = f"""<p>ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างของสำนักงานเขตบางพลัด เผยแพร่ผ่านระบบ
<a href="https://egpbma.bangkok.go.th/">e-GPBMA (ระบบเผยแพร่ข้อมูลการจัดซื้อจัดจ้างของกรุงเทพมหานคร)</a> และระบบ e-GP กรมบัญชีกลาง</p>
<table class="grid"><tr><th width="110">วันที่</th><th>เรื่อง</th><th>ไฟล์</th></tr>{rows}</table>
{pager('/list.php?cat=5&amp;page={p}', pno, 2)}"""
        qpage(f"/list.php?cat=5&page={pno}", f"list_cat5_p{pno}.html",
              page("ประกาศจัดซื้อจัดจ้าง", body, [("จัดซื้อจัดจ้าง", None)]))

    # monthly summaries: newest first, 5 per page; Oct 67 lands on page 2
    months = [  # (id, label, posted, kind, nrows)
        (688, "มีนาคม ๒๕๖๘", "๙ เม.ย. ๒๕๖๘", "new", 4, "มี.ค. ๖๘"),
        (672, "กุมภาพันธ์ ๒๕๖๘", "๗ มี.ค. ๒๕๖๘", "new", 3, "ก.พ. ๖๘"),
        (659, "มกราคม ๒๕๖๘", "๗ ก.พ. ๒๕๖๘", "none", 0, "ม.ค. ๖๘"),
        (641, "ธันวาคม ๒๕๖๗", "๙ ม.ค. ๒๕๖๘", "full", 4, "ธ.ค. ๖๗"),
        (630, "พฤศจิกายน ๒๕๖๗", "๖ ธ.ค. ๒๕๖๗", "full", 3, "พ.ย. ๖๗"),
        (618, "ตุลาคม ๒๕๖๗", "๘ พ.ย. ๒๕๖๗", "full", 2, "ต.ค. ๖๗"),
        (603, "กันยายน ๒๕๖๗", "๗ ต.ค. ๒๕๖๗", "full", 5, "ก.ย. ๖๗"),
        (591, "สิงหาคม ๒๕๖๗", "๖ ก.ย. ๒๕๖๗", "full", 3, "ส.ค. ๖๗"),
        (577, "กรกฎาคม ๒๕๖๗", "๘ ส.ค. ๒๕๖๗", "full", 3, "ก.ค. ๖๗"),
        (560, "มิถุนายน ๒๕๖๗", "๕ ก.ค. ๒๕๖๗", "full", 2, "มิ.ย. ๖๗"),
    ]
    for k, (pid, label, posted, kind, n, mabbr) in enumerate(months):
        if kind == "new":
            table = f'<table class="grid">{NEW_HEAD}{proc_rows(k, n, False, "")}</table>'
        elif kind == "none":
            table = f'<table class="grid">{FULL_HEAD}<tr><td colspan="9" style="text-align:center">ไม่มีการจัดซื้อจัดจ้างในเดือนนี้</td></tr></table>'
        else:
            table = f'<table class="grid">{FULL_HEAD}{proc_rows(k, n, True, "ใบสั่ง/สัญญา เลขที่", mabbr)}</table>'
        body = f"""<p class="stamp">ลงประกาศ {posted} | ฝ่ายการคลัง</p>
<p style="text-align:center"><b>แบบ สขร.๑</b><br>สรุปผลการดำเนินการจัดซื้อจัดจ้าง ในรอบเดือน{label}<br>สำนักงานเขตบางพลัด</p>
{table}
<p><a href="/list.php?cat=6&amp;page={1 if k < 5 else 2}">&laquo; กลับหน้ารายการ</a></p>"""
        qpage(f"/proc.php?id={pid}", f"proc_{pid}.html",
              page(f"สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน{label}", body,
                   [("สรุปผลการจัดซื้อจัดจ้าง", "/list.php?cat=6&amp;page=1"), (label, None)]))
    for pno in (1, 2):
        items = months[(pno - 1) * 5: pno * 5]
        rows = "".join(f'<tr><td>{posted}</td><td><a href="/proc.php?id={pid}">สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน{label}</a></td></tr>'
                       for pid, label, posted, _, _, _ in items)
        body = f"""<p class="stamp">หมวด: สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑) เรียงจากใหม่ไปเก่า</p>
<table class="grid"><tr><th width="110">วันที่</th><th>เรื่อง</th></tr>{rows}</table>
{pager('/list.php?cat=6&page={p}', pno, 2)}"""
        qpage(f"/list.php?cat=6&page={pno}", f"list_cat6_p{pno}.html",
              page("สรุปผลการจัดซื้อจัดจ้างรายเดือน", body, [("สรุปผลการจัดซื้อจัดจ้าง", None)]))


def build_divisions():
    hr = download(41, "hr_criteria_2568.pdf", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล สำนักงานเขตบางพลัด ประจำปี พ.ศ. ๒๕๖๘", [
        "๑. หลักเกณฑ์การสรรหาและคัดเลือกบุคลากร ตามระเบียบ ก.ก. ว่าด้วยการสอบแข่งขันและการคัดเลือก",
        "๒. หลักเกณฑ์การแต่งตั้ง โยกย้าย และการเลื่อนตำแหน่ง โดยยึดหลักคุณธรรม",
        "๓. หลักเกณฑ์การพัฒนาบุคลากร: อบรมอย่างน้อย ๑๒ ชั่วโมงต่อคนต่อปี",
        "๔. หลักเกณฑ์การประเมินผลการปฏิบัติราชการ ปีละ ๒ รอบ (๑ ต.ค. - ๓๑ มี.ค. และ ๑ เม.ย. - ๓๐ ก.ย.)",
        "๕. หลักเกณฑ์การให้คุณให้โทษและการสร้างขวัญกำลังใจ",
        "ประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๗  ผู้อำนวยการเขตบางพลัด"])
    body = f"""<p>ฝ่ายปกครอง รับผิดชอบงานบริหารทั่วไป งานบริหารงานบุคคล งานรักษาความสงบเรียบร้อย และงานป้องกันและบรรเทาสาธารณภัย</p>
<p>หัวหน้าฝ่าย: นายอนุชา มั่นคงดี โทร ๐ ๒๔๒๔ ๖๔๑๐</p>
<h3>เอกสารเผยแพร่</h3>
<table class="grid"><tr><th>ที่</th><th>เรื่อง</th><th>ไฟล์</th></tr>
<tr><td>๑</td><td>หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ประจำปี พ.ศ. ๒๕๖๘</td><td><a href="{hr}">เปิดเอกสาร</a></td></tr>
<tr><td>๒</td><td>ประกาศ เรื่อง แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่</td><td><a href="/announce/view/2041/">อ่าน</a></td></tr>
<tr><td>๓</td><td>คำสั่งแบ่งงานและมอบหมายหน้าที่ภายในฝ่ายปกครอง</td><td>-</td></tr>
</table>"""
    write("/division/admin/", page("ฝ่ายปกครอง", body, [("ฝ่ายต่าง ๆ", "/division/"), ("ฝ่ายปกครอง", None)]))
    body = """<table class="grid"><tr><th>ฝ่าย</th><th>โทรศัพท์</th></tr>
<tr><td><a href="/division/admin/">ฝ่ายปกครอง</a></td><td>๐ ๒๔๒๔ ๖๔๑๐</td></tr>
<tr><td>ฝ่ายทะเบียน</td><td>๐ ๒๔๒๔ ๖๔๑๑</td></tr>
<tr><td>ฝ่ายการคลัง</td><td>๐ ๒๔๒๔ ๖๔๑๒</td></tr>
<tr><td>ฝ่ายรายได้ (<a href="/stat/tax/">สถิติภาษี</a>)</td><td>๐ ๒๔๒๔ ๖๔๑๒ ต่อ ๒</td></tr>
<tr><td>ฝ่ายโยธา</td><td>๐ ๒๔๒๔ ๖๔๑๕</td></tr>
<tr><td>ฝ่ายเทศกิจ (<a href="/asset/">การจัดเก็บของกลาง</a>)</td><td>๐ ๒๔๒๔ ๖๔๑๗</td></tr>
<tr><td>ฝ่ายการศึกษา (<a href="/schools/">โรงเรียนในสังกัด</a>)</td><td>๐ ๒๔๒๔ ๖๔๑๙</td></tr>
</table>"""
    write("/division/", page("ฝ่ายต่าง ๆ ในสำนักงานเขต", body, [("ฝ่ายต่าง ๆ", None)]))


def build_anticorruption():
    stats = [("ต.ค. ๖๗", 0, 0, 0), ("พ.ย. ๖๗", 1, 1, 0), ("ธ.ค. ๖๗", 0, 0, 0),
             ("ม.ค. ๖๘", 0, 0, 0), ("ก.พ. ๖๘", 1, 0, 1), ("มี.ค. ๖๘", 0, 0, 0)]
    z = lambda v: th(v) if v else "-"
    rows = "".join(f"<tr><td>{m}</td><td class='num'>{z(a)}</td><td class='num'>{z(b)}</td><td class='num'>{z(c)}</td><td>{'เรื่องการเรียกรับเงินในงานอนุญาต (ส่งสำนักงานตรวจสอบฯ)' if a else ''}</td></tr>" for m, a, b, c in stats)
    body = f"""<h3>ช่องทางการร้องเรียนการทุจริตและประพฤติมิชอบ</h3>
<table class="grid"><tr><th>ช่องทาง</th><th>รายละเอียด</th></tr>
<tr><td>ด้วยตนเอง / หนังสือ</td><td>ฝ่ายปกครอง ชั้น ๒ สำนักงานเขตบางพลัด ๑๐๕ ถนนจรัญสนิทวงศ์ แขวงบางพลัด ๑๐๗๐๐</td></tr>
<tr><td>โทรศัพท์</td><td>๐ ๒๔๒๔ ๖๔๑๐ (ในเวลาราชการ) และสายด่วนกรุงเทพมหานคร ๑๕๕๕</td></tr>
<tr><td>อีเมล</td><td>anticorruption.bangphlat@bangkok.go.th</td></tr>
<tr><td>ออนไลน์</td><td><a href="https://bangkok.traffy.in.th/">Traffy Fondue</a> (เลือกหมวด "ร้องเรียนเจ้าหน้าที่")</td></tr>
<tr><td>กล่องรับเรื่อง</td><td>ตู้รับเรื่องร้องเรียนการทุจริต หน้าห้องผู้อำนวยการเขต (ผู้ร้องไม่ต้องระบุชื่อ)</td></tr>
</table>
<h3>ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</h3>
<table class="grid"><tr><th rowspan="2">เดือน</th><th colspan="3">จำนวนเรื่องร้องเรียนการทุจริต (เรื่อง)</th><th rowspan="2">ประเด็น / หมายเหตุ</th></tr>
<tr><th>ได้รับ</th><th>ดำเนินการแล้วเสร็จ</th><th>อยู่ระหว่างดำเนินการ</th></tr>{rows}
<tr><th>รวม</th><td class="num">๒</td><td class="num">๑</td><td class="num">๑</td><td></td></tr></table>
<p class="stamp">ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๘</p>"""
    write("/complaint/", page("ช่องทางร้องเรียนการทุจริต และสถิติเรื่องร้องเรียน", body, [("ร้องเรียนการทุจริต", None)]))

    pol = download(71, "antibribery_2568.pdf", "ประกาศสำนักงานเขตบางพลัด เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)", [
        "สำนักงานเขตบางพลัดถือว่าการให้หรือรับสินบนในทุกรูปแบบเป็นการกระทำที่ยอมรับไม่ได้",
        "๑. บุคลากรทุกระดับต้องไม่เรียก รับ หรือยอมจะรับทรัพย์สินหรือประโยชน์อื่นใด",
        "๒. ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
        "๓. ผู้บังคับบัญชาต้องกำกับดูแลและรายงานการกระทำที่อาจเป็นการรับสินบน",
        "ประกาศ ณ วันที่ ๕ พฤศจิกายน พ.ศ. ๒๕๖๗",
        "(นายธีรวัฒน์ ศรีสุวรรณ) ผู้อำนวยการเขตบางพลัด"])
    body = f"""<div style="border:1px solid #999;padding:14px">
<p style="text-align:center"><b>ประกาศสำนักงานเขตบางพลัด<br>เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)</b></p>
<p>สำนักงานเขตบางพลัดมุ่งมั่นบริหารงานด้วยความซื่อสัตย์ โปร่งใส จึงกำหนดนโยบายดังนี้ บุคลากรทุกระดับต้องไม่เรียก รับ
หรือยอมจะรับสินบนในทุกรูปแบบ ไม่รับของขวัญหรือของกำนัลจากการปฏิบัติหน้าที่ และต้องรายงานผู้บังคับบัญชาเมื่อพบการกระทำที่ส่อว่าเป็นการให้สินบน</p>
<p style="text-align:right">ประกาศ ณ วันที่ ๕ พฤศจิกายน พ.ศ. ๒๕๖๗<br>(นายธีรวัฒน์ ศรีสุวรรณ)<br>ผู้อำนวยการเขตบางพลัด</p></div>
<table class="grid"><tr><th>เอกสาร</th><th>ไฟล์</th></tr>
<tr><td>ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) ฉบับลงนาม</td><td><a href="{pol}">PDF</a></td></tr>
<tr><td>การรายงานผลสู่การปฏิบัติตามนโยบายต่อต้านการรับสินบน ประจำปี ๒๕๖๘</td><td><a href="{pol}">PDF</a></td></tr>
</table>"""
    write("/anticorruption/bribery-policy/", page("นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)", body,
                                                  [("ITA / OIT", "/oit/"), ("Anti-Bribery Policy", None)]))

    body = """<h3>การประเมินความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</h3>
<table class="grid"><tr><th rowspan="2">กระบวนงาน</th><th rowspan="2">เหตุการณ์ความเสี่ยง</th><th colspan="3">การประเมิน</th><th rowspan="2">มาตรการควบคุม</th></tr>
<tr><th>โอกาส</th><th>ผลกระทบ</th><th>ระดับ</th></tr>
<tr><td rowspan="2">การอนุญาตก่อสร้างอาคาร (ฝ่ายโยธา)</td><td>เรียกรับเงินเพื่อเร่งรัดการพิจารณา</td><td>๓</td><td>๔</td><td>สูง</td><td>ยื่นผ่าน BMA OSS กำหนดระยะเวลาพิจารณาชัดเจน</td></tr>
<tr><td>ละเว้นการตรวจสอบตามรายการตรวจ</td><td>๒</td><td>๔</td><td>ปานกลาง</td><td>ตรวจสอบโดยคณะกรรมการ ๒ คน</td></tr>
<tr><td rowspan="2">การจัดระเบียบผู้ค้า (ฝ่ายเทศกิจ)</td><td>รับเงินจากผู้ค้าเพื่อไม่ดำเนินคดี</td><td>๓</td><td>๓</td><td>สูง</td><td>สลับสายตรวจ บันทึกภาพกล้องติดตัว</td></tr>
<tr><td>ไม่นำของกลางเข้าบัญชี</td><td>๒</td><td>๓</td><td>ปานกลาง</td><td>ทะเบียนของกลางตรวจนับรายสัปดาห์</td></tr>
<tr><td>การประเมินภาษี (ฝ่ายรายได้)</td><td>ประเมินภาษีต่ำกว่าความจริงเพื่อแลกผลประโยชน์</td><td>๒</td><td>๔</td><td>ปานกลาง</td><td>สุ่มทบทวนการประเมินร้อยละ ๑๐</td></tr>
</table>
<h3>รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน รอบ ๖ เดือน (ต.ค. ๒๕๖๗ – มี.ค. ๒๕๖๘)</h3>
<table class="grid"><tr><th>มาตรการ</th><th>ผลการดำเนินงาน</th><th>สถานะ</th></tr>
<tr><td>ยื่นคำขออนุญาตผ่าน BMA OSS</td><td>รับคำขอ ๑๘๒ เรื่อง ผ่านระบบทั้งหมด ไม่มีข้อร้องเรียน</td><td>ดำเนินการแล้ว</td></tr>
<tr><td>สลับสายตรวจเทศกิจ</td><td>สลับทุก ๒ สัปดาห์ รวม ๑๒ ครั้ง</td><td>ดำเนินการแล้ว</td></tr>
<tr><td>ตรวจนับของกลาง</td><td>ตรวจนับ ๒๔ ครั้ง พบบัญชีตรงกันทุกครั้ง</td><td>ดำเนินการแล้ว</td></tr>
<tr><td>สุ่มทบทวนการประเมินภาษี</td><td>สุ่มทบทวน ๓๑๐ แปลง อยู่ระหว่างสรุปผล</td><td>อยู่ระหว่างดำเนินการ</td></tr>
</table><p class="stamp">รายงาน ณ วันที่ ๔ เมษายน ๒๕๖๘</p>"""
    write("/anticorruption/risk/", page("การประเมินความเสี่ยงต่อการรับสินบน และรายงานผลการจัดการความเสี่ยง", body,
                                        [("ITA / OIT", "/oit/"), ("ความเสี่ยงการรับสินบน", None)]))

    body = """<table class="grid"><tr><th rowspan="2">เรื่อง</th><th colspan="2">แนวทางปฏิบัติ</th><th rowspan="2">ผู้รับผิดชอบ</th></tr>
<tr><th>ขั้นตอน</th><th>เอกสาร / หลักฐาน</th></tr>
<tr><td rowspan="2">การยืมทรัพย์สินของราชการ</td><td>ยื่นแบบขอยืมต่อหัวหน้าฝ่ายเจ้าของทรัพย์สิน ระบุวัตถุประสงค์และกำหนดคืน</td><td>แบบขอยืมพัสดุ</td><td rowspan="2">ฝ่ายการคลัง</td></tr>
<tr><td>ส่งคืนในสภาพเดิม หากชำรุดให้ผู้ยืมซ่อมแซมหรือชดใช้</td><td>บันทึกการคืน</td></tr>
<tr><td>การรับของบริจาค</td><td>รับได้เฉพาะในนามสำนักงานเขต ออกใบอนุโมทนาบัตร และลงทะเบียนรับบริจาค ห้ามรับเป็นการส่วนตัว</td><td>ทะเบียนของบริจาค</td><td>ฝ่ายปกครอง</td></tr>
<tr><td rowspan="2">การจัดเก็บของกลาง</td><td>ลงบัญชีของกลางทันทีที่ยึด ถ่ายภาพ และเก็บในห้องเก็บของกลางที่ใส่กุญแจ</td><td>บัญชีของกลาง</td><td rowspan="2">ฝ่ายเทศกิจ</td></tr>
<tr><td>คืนเจ้าของเมื่อชำระค่าปรับ หรือขายทอดตลาด/ทำลายเมื่อพ้น ๓๐ วัน โดยคณะกรรมการ</td><td>บันทึกการคืน/ทำลาย</td></tr>
</table><p class="stamp">ประกาศใช้ ๑ พฤศจิกายน ๒๕๖๗ (ปีงบประมาณ ๒๕๖๘)</p>"""
    write("/asset/", page("การจัดการทรัพย์สินของราชการ ของบริจาค และการจัดเก็บของกลาง", body,
                          [("ITA / OIT", "/oit/"), ("ทรัพย์สินของราชการ", None)]))

    m67 = download(81, "measures_2567.pdf", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ พ.ศ. ๒๕๖๗", [
        "ส่วนที่ ๑ ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ของสำนักงานเขตบางพลัด ได้ ๙๑.๒๔ คะแนน",
        "ส่วนที่ ๒ การวิเคราะห์ประเด็นที่ต้องปรับปรุง: การเผยแพร่ข้อมูลสาธารณะไม่เป็นปัจจุบัน",
        "ส่วนที่ ๓ มาตรการ ปีงบประมาณ พ.ศ. ๒๕๖๗: มอบหมายผู้รับผิดชอบรายข้อ ติดตามเดือนละ ๑ ครั้ง",
        "ประกาศ ณ วันที่ ๑๕ มกราคม พ.ศ. ๒๕๖๗"])
    r67 = download(82, "measures_report_2567.pdf", "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. ๒๕๖๗", [
        "ผลการดำเนินการตามมาตรการ ปีงบประมาณ พ.ศ. ๒๕๖๗ (ต.ค. ๒๕๖๖ - ก.ย. ๒๕๖๗)",
        "ดำเนินการครบทุกมาตรการ จำนวน ๖ มาตรการ", "รายงาน ณ วันที่ ๓๐ กันยายน ๒๕๖๗"])
    body = f"""<table class="grid"><tr><th width="110">วันที่</th><th>เรื่อง</th><th>ไฟล์</th></tr>
<tr><td>๒๒ ม.ค. ๒๕๖๘</td><td>ข่าว: ประชุมชี้แจงแนวทางการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี ๒๕๖๘ แก่หัวหน้าฝ่าย</td><td>-</td></tr>
<tr><td>๓๐ ก.ย. ๒๕๖๗</td><td>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. ๒๕๖๗</td><td><a href="{r67}">PDF</a></td></tr>
<tr><td>๑๕ ม.ค. ๒๕๖๗</td><td>มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ พ.ศ. ๒๕๖๗ (วิเคราะห์ผล ITA ๒๕๖๖)</td><td><a href="{m67}">PDF</a></td></tr>
<tr><td>๑๒ ธ.ค. ๒๕๖๖</td><td>ผลการประเมิน ITA ประจำปี ๒๕๖๖ สำนักงานเขตบางพลัด</td><td>-</td></tr>
</table>"""
    write("/ita/measures/", page("มาตรการในการยกระดับคุณธรรมและความโปร่งใส และการรายงานผลการดำเนินงาน", body,
                                 [("ITA / OIT", "/oit/"), ("มาตรการ", None)]))


def build_announcements():
    g = download(91, "discretion_guideline.pdf", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่ สำนักงานเขตบางพลัด", [
        "๑. การใช้ดุลยพินิจต้องเป็นไปตามกฎหมาย ระเบียบ และคู่มือการให้บริการ",
        "๒. ต้องให้เหตุผลประกอบการใช้ดุลยพินิจเป็นลายลักษณ์อักษรทุกครั้ง",
        "๓. งานอนุญาตต้องพิจารณาตามรายการตรวจสอบ และผ่านการทบทวนของหัวหน้างาน",
        "๔. ห้ามใช้ดุลยพินิจเพื่อประโยชน์ของตนเองหรือผู้อื่นโดยมิชอบ",
        "ประกาศ ณ วันที่ ๑๒ ธันวาคม พ.ศ. ๒๕๖๗ ผู้อำนวยการเขตบางพลัด"])
    body = f"""<p class="stamp">ประกาศเมื่อ ๑๒ ธ.ค. ๒๕๖๗ | หมวด ประกาศสำนักงานเขต</p>
<div style="border:1px solid #999;padding:14px">
<p style="text-align:center"><b>ประกาศสำนักงานเขตบางพลัด<br>เรื่อง แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่</b></p>
<p>เพื่อให้การปฏิบัติหน้าที่ที่ต้องใช้ดุลยพินิจเป็นไปอย่างโปร่งใส เป็นธรรม และตรวจสอบได้ สำนักงานเขตบางพลัดจึงกำหนดแนวทางดังนี้</p>
<ol><li>ใช้ดุลยพินิจภายในกรอบกฎหมาย ระเบียบ และคู่มือการให้บริการเท่านั้น</li>
<li>บันทึกเหตุผลการใช้ดุลยพินิจเป็นลายลักษณ์อักษรทุกครั้ง</li>
<li>งานอนุญาตต้องพิจารณาตามรายการตรวจสอบและผ่านการทบทวนของหัวหน้างาน</li>
<li>หากมีส่วนได้เสียกับเรื่องที่พิจารณา ต้องแจ้งผู้บังคับบัญชาและถอนตัว</li></ol>
<p style="text-align:right">ประกาศ ณ วันที่ ๑๒ ธันวาคม พ.ศ. ๒๕๖๗<br>(นายธีรวัฒน์ ศรีสุวรรณ)<br>ผู้อำนวยการเขตบางพลัด</p></div>
<p><a href="{g}">ดาวน์โหลดฉบับลงนาม (PDF)</a></p>"""
    write("/announce/view/2041/", page("ประกาศ เรื่อง แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", body,
                                       [("ประกาศสำนักงานเขต", "/list.php?cat=2&amp;page=1"), ("อ่านประกาศ", None)]))
    p1 = [("๑๘ เม.ย. ๒๕๖๘", "ประกาศ เรื่อง วันหยุดราชการเพิ่มเติม"),
          ("๑ เม.ย. ๒๕๖๘", "ประกาศ เรื่อง กำหนดจุดผ่อนผันการทำการค้าบนที่สาธารณะ"),
          ("๒๐ มี.ค. ๒๕๖๘", "ประกาศ เรื่อง การยื่นแบบแสดงรายการภาษีป้าย ประจำปี ๒๕๖๘"),
          ("๓ มี.ค. ๒๕๖๘", "ประกาศ เรื่อง ปิดการจราจรชั่วคราว ถนนจรัญสนิทวงศ์ ซอย ๘๐"),
          ("๑๔ ก.พ. ๒๕๖๘", "ประกาศ เรื่อง รับสมัครอาสาสมัครป้องกันภัยฝ่ายพลเรือน"),
          ("๒๗ ม.ค. ๒๕๖๘", "ประกาศ เรื่อง ราคาประเมินทุนทรัพย์ที่ดิน ปี ๒๕๖๘")]
    p2 = [("๑๒ ธ.ค. ๒๕๖๗", '<a href="/announce/view/2041/">ประกาศ เรื่อง แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่</a>'),
          ("๒ ธ.ค. ๒๕๖๗", "ประกาศ เรื่อง การจัดเก็บค่าธรรมเนียมเก็บขนมูลฝอย"),
          ("๑๘ พ.ย. ๒๕๖๗", "ประกาศ เรื่อง ขยายเวลาให้บริการงานทะเบียน"),
          ("๑ พ.ย. ๒๕๖๗", "ประกาศ เรื่อง การจัดการทรัพย์สินของราชการ ของบริจาค และการจัดเก็บของกลาง (ดูที่หน้า <a href=\"/asset/\">การจัดการทรัพย์สิน</a>)")]
    for pno, items in enumerate([p1, p2], 1):
        rows = "".join(f"<tr><td>{d}</td><td>{t}</td></tr>" for d, t in items)
        body = f"""<p class="stamp">หมวด: ประกาศสำนักงานเขต (เรียงจากใหม่ไปเก่า)</p>
<table class="grid"><tr><th width="110">วันที่</th><th>เรื่อง</th></tr>{rows}</table>
{pager('/list.php?cat=2&amp;page={p}', pno, 2)}"""
        qpage(f"/list.php?cat=2&page={pno}", f"list_cat2_p{pno}.html",
              page("ประกาศสำนักงานเขต", body, [("ประกาศสำนักงานเขต", None)]))


def build_noise():
    pics = []
    for i, (cap, col) in enumerate([("Big Cleaning Day", (120, 170, 120)), ("วันเด็ก ๒๕๖๘", (230, 180, 90)),
                                    ("ลอยกระทง", (80, 120, 200)), ("ซ้อมแผนอพยพ", (200, 90, 90))]):
        p = os.path.join(SITE, "img", "gallery", f"g{i}.jpg")
        os.makedirs(os.path.dirname(p), exist_ok=True)
        Image.new("RGB", (200, 130), col).save(p)
        pics.append(f'<div style="display:inline-block;margin:6px"><img src="/img/gallery/g{i}.jpg" width="200" alt="{cap}"><br>{cap}</div>')
    write("/gallery/", page("ภาพกิจกรรม", "".join(pics), [("ภาพกิจกรรม", None)]))
    body = """<table class="grid"><tr><th>สถานที่</th><th>แขวง</th><th>จุดเด่น</th></tr>
<tr><td>วัดฉัตรแก้วจงกลณี</td><td>บางอ้อ</td><td>วัดเก่าริมแม่น้ำเจ้าพระยา ศิลปะผสมจีน</td></tr>
<tr><td>มัสยิดบางอ้อ</td><td>บางอ้อ</td><td>อาคารสถาปัตยกรรมโคโลเนียล อายุกว่าร้อยปี</td></tr>
<tr><td>ตลาดบางพลัด</td><td>บางพลัด</td><td>ตลาดชุมชนริมคลอง อาหารพื้นบ้าน</td></tr>
<tr><td>สวนสาธารณะริมสะพานพระราม ๘</td><td>บางยี่ขัน</td><td>ลานกิจกรรมและทางเดินริมน้ำ</td></tr></table>"""
    write("/tourism/", page("สถานที่ท่องเที่ยวในเขตบางพลัด", body, [("ท่องเที่ยว", None)]))
    body = """<table class="grid"><tr><th>วันที่ประกาศ</th><th>ตำแหน่ง</th><th>จำนวน</th><th>รับสมัครถึง</th></tr>
<tr><td>๑๐ เม.ย. ๒๕๖๘</td><td>ลูกจ้างชั่วคราว ตำแหน่งพนักงานกวาดถนน</td><td>๕ อัตรา</td><td>๓๐ เม.ย. ๒๕๖๘</td></tr>
<tr><td>๒๕ มี.ค. ๒๕๖๘</td><td>ลูกจ้างชั่วคราว ตำแหน่งพนักงานสถานที่</td><td>๒ อัตรา</td><td>๑๐ เม.ย. ๒๕๖๘</td></tr>
<tr><td>๑ ก.พ. ๒๕๖๘</td><td>ครูผู้ช่วย (จ้างสอน) โรงเรียนวัดบางอ้อ</td><td>๑ อัตรา</td><td>๑๕ ก.พ. ๒๕๖๘</td></tr></table>"""
    write("/jobs/", page("รับสมัครงาน", body, [("รับสมัครงาน", None)]))
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nDisallow: /admin/\n")


def build_oit():
    # (sub-indicator, code as written, title, link or None)
    rows = [
        ("๙.๑ ข้อมูลพื้นฐาน", "O๑", "ข้อมูลพื้นฐานของสำนักงานเขต", "/about/"),
        (None, "O๒", "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร", "/policy/governor/"),
        (None, "o3", "โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต", "/schools/"),
        (None, "O๔", "การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน", "/list.php?cat=1&amp;page=1"),
        ("๙.๒ การบริหารงาน", "0๕", "แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี", "/list/5/page/1/"),
        (None, "O๖", "คู่มือการปฏิบัติหน้าที่", "/manual/work/"),
        (None, "O๗", "คู่มือการให้บริการประชาชน", "/service-manual/"),
        (None, "O๘", "E-Service", "/eservice/"),
        (None, "O๙", "ข้อมูลสถิติการจัดเก็บภาษี", "/stat/tax/"),
        (None, "O๑๐", "ข้อมูลสถิติการจัดเก็บรายได้", "/stat/revenue/"),
        (None, "O๑๑", "รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต", "/permit/checklist/"),
        (None, "O๑๒", "ระบบติดตาม (Tracking System) สถานะการขอใบอนุญาต", "/eservice/"),
        ("๙.๓ การบริหารเงินงบประมาณ", "O๑๓", "แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายงบประมาณประจำปี", "/budget/"),
        (None, "O๑๔", "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ ข้อมูลเงินอุดหนุนชุมชน", "/budget/"),
        (None, "O๑๕", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้างรายเดือน", "PROC"),
        ("๙.๔ การบริหารและพัฒนาทรัพยากรบุคคล", "O๑๖", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "/division/admin/"),
        (None, "O๑๗", "ช่องทางการร้องเรียนการทุจริตและข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี", "/complaint/"),
        ("๑๐.๑ การดำเนินการเพื่อป้องกันการทุจริต", "O๑๘", "ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) และการรายงานผลสู่การปฏิบัติ", "/anticorruption/bribery-policy/"),
        (None, "O๑๙", "การประเมินความเสี่ยงต่อการรับสินบนและการรายงานผลการดำเนินการเพื่อจัดการความเสี่ยง", "/anticorruption/risk/"),
        (None, "O๒๐", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", None),
        (None, "O๒๑", "การจัดการทรัพย์สินของราชการ ของบริจาคและการจัดเก็บของกลาง", "/asset/"),
        (None, "O๒๒", "มาตรการในการยกระดับคุณธรรมและความโปร่งใส และการรายงานผลการดำเนินงาน", "/ita/measures/"),
    ]
    spans = {}
    cur = None
    for r in rows:
        if r[0]:
            cur = r[0]
            spans[cur] = 0
        spans[cur] += 1
    html = []
    for sub, code, title, link in rows:
        cells = f'<td rowspan="{spans[sub]}">{sub}</td>' if sub else ""
        if link == "PROC":
            lk = ('<a href="/list.php?cat=5&amp;page=1">ประกาศจัดซื้อจัดจ้าง</a><br>'
                  '<a href="/list.php?cat=6&amp;page=1">สรุปผลรายเดือน</a>')
        elif link:
            lk = f'<a href="{link}">คลิก</a>'
        else:
            lk = "-"
        html.append(f"<tr>{cells}<td>{code}</td><td>{title}</td><td>{lk}</td></tr>")
    body = f"""<p>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT)
ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ สำนักงานเขตบางพลัด</p>
<table class="grid"><tr><th>ตัวชี้วัดย่อย</th><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{''.join(html)}</table>
<p class="stamp">ผู้รับผิดชอบ: ฝ่ายปกครอง | ปรับปรุง ๒ เม.ย. ๒๕๖๘</p>"""
    write("/oit/", page("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๘", body, [("ITA / OIT", None)]))


def write_meta():
    # mirror stored files at the fixture root too, in case "file" paths resolve there
    dst = os.path.join(ROOT, STORE)
    if os.path.exists(dst):
        shutil.rmtree(dst)
    shutil.copytree(os.path.join(SITE, STORE), dst)
    style = (
        "Database-driven district site (fictional Bang Phlat content) that publishes most data as HTML tables: "
        "listings at /list.php?cat=N&page=P (declared in server.files, hrefs written with &amp; and sometimes raw &), "
        "folder-style listings /list/5/page/N/ and /list/13/page/N/, monthly procurement as one HTML table per month "
        "at /proc.php?id=N, documents behind /download.php?id=N (attachments). Thai digits, BE dates, budget figures with commas, "
        "rowspan/colspan and two-row headers everywhere, newest-first sorting so older years sit on page 2. "
        "Traps: O1 executives table with a vacant post and a merged phone cell (pass); O2 previous governor's policy and expired plans "
        "under a fresh update stamp (stale); O5 previous-year annual report only on page 2 (pass); O6 two divisions 'อยู่ระหว่างปรับปรุง' "
        "(incomplete); O7 menu and OIT row point to a 404 page (broken); O9 FY2567 tax table with a March 2568 update stamp (stale); "
        "O10 landing shows last year, FY2568 behind a ?year=2568 link (pass); O11 exact title page 'อยู่ระหว่างปรับปรุงข้อมูล' (missing); "
        "O12 OIT row points to e-service with complaint tracking only (missing); O14 subsidy section 'ไม่พบข้อมูล' (incomplete); "
        "O15 all six months present (Oct on page 2, Jan 'no procurement') but Feb/Mar 2568 tables drop the contract number/date column "
        "(incomplete); O16 one click below a division page (pass); O17 dashes for zero (pass); O18 'report' link points to the policy PDF "
        "(incomplete); O20 OIT row has no link, doc on page 2 of announcements and on the ฝ่ายปกครอง page (pass); O22 only FY2567 "
        "measures and report, newest row is a Jan 2568 meeting news (stale).")
    meta = {"framework": "bma-2567", "as_of": AS_OF, "start": "/", "name_th": NAME_TH, "style": style,
            "author": "blind", "set": "held-out-9", "server": {"files": SERVER_FILES}}
    with open(os.path.join(ROOT, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    build()
