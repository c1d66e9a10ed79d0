# -*- coding: utf-8 -*-
"""Generate the zip_bundles fixture: a district site whose staff answer OIT items with ZIP archives.
Run: /work/blindenv/bin/python _make.py   (truth.json / truth.md are hand-written and NOT touched here)
"""
import io, os, json, shutil, struct, zlib, random, datetime

from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import openpyxl
from openpyxl.styles import Font, Alignment
import docx
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
FONT_DIR = "/usr/share/fonts/truetype/tlwg/"
pdfmetrics.registerFont(TTFont("TH", FONT_DIR + "Laksaman.ttf"))
pdfmetrics.registerFont(TTFont("THB", FONT_DIR + "Laksaman-Bold.ttf"))
random.seed(2568)

DISTRICT = "เขตหนองแขม"
OFFICE = "สำนักงานเขตหนองแขม"
ADDRESS = "เลขที่ ๙๙ ถนนเพชรเกษม แขวงหนองแขม เขตหนองแขม กรุงเทพมหานคร ๑๐๑๖๐"
PHONE = "๐ ๒๔๒๑ ๔๒๒๐"
FAX = "๐ ๒๔๒๑ ๔๒๒๙"
EMAIL = "nongkhaem.district@bangkok.go.th"
DIRECTOR = "นายธีรวัฒน์ ศรีสุวรรณ"
OLD_DIRECTOR = "นายสมเกียรติ วงศ์ประเสริฐ"
DEPUTY = "นางสาวกมลชนก พูลสวัสดิ์"
DIVISIONS = ["ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายรายได้", "ฝ่ายโยธา",
             "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "ฝ่ายเทศกิจ",
             "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "ฝ่ายการศึกษา"]
DIV_SLUG = ["pokkrong", "tabien", "khlang", "raydai", "yotha", "singwaedlom", "raksakhwamsaat",
            "thetsakit", "phatthanachumchon", "kansueksa"]

TH_DIG = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    return str(s).translate(TH_DIG)


def w(path, data):
    full = os.path.join(SITE, path.lstrip("/"))
    os.makedirs(os.path.dirname(full), exist_ok=True)
    mode = "wb" if isinstance(data, (bytes, bytearray)) else "w"
    with open(full, mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as f:
        f.write(data)


# ---------------------------------------------------------------- documents
def pdf(title_lines, body, landscape_mode=False, table=None, col_widths=None, font_size=14):
    """Simple Thai PDF. body: list of strings (paragraphs). table: list of rows (list of str)."""
    buf = io.BytesIO()
    size = landscape(A4) if landscape_mode else A4
    c = canvas.Canvas(buf, pagesize=size)
    c.setTitle(title_lines[0])
    c.setAuthor(OFFICE)
    W, H = size
    y = H - 60

    def newpage():
        nonlocal y
        c.showPage()
        y = H - 50

    for i, t in enumerate(title_lines):
        c.setFont("THB", 18 if i == 0 else 16)
        c.drawCentredString(W / 2, y, t)
        y -= 24
    y -= 8
    c.setFont("TH", font_size)
    maxw = W - 120
    for para in body:
        if para == "":
            y -= 10
            continue
        line = ""
        for ch in para:
            if pdfmetrics.stringWidth(line + ch, "TH", font_size) > maxw and ch not in "่้๊๋ัิีึืุูำ็์":
                c.drawString(60, y, line)
                y -= font_size + 6
                line = ch
                if y < 60:
                    newpage(); c.setFont("TH", font_size)
            else:
                line += ch
        c.drawString(60, y, line)
        y -= font_size + 6
        if y < 60:
            newpage(); c.setFont("TH", font_size)
    if table:
        fs = 10
        ncol = len(table[0])
        cw = col_widths or [(W - 60) / ncol] * ncol
        x0 = 30
        for ri, row in enumerate(table):
            cells = []
            for ci, cell in enumerate(row):
                lines, cur = [], ""
                for ch in str(cell):
                    if ch == "\n":
                        lines.append(cur); cur = ""; continue
                    if pdfmetrics.stringWidth(cur + ch, "TH", fs) > cw[ci] - 6 and ch not in "่้๊๋ัิีึืุูำ็์":
                        lines.append(cur); cur = ch
                    else:
                        cur += ch
                lines.append(cur)
                cells.append(lines)
            hgt = max(len(l) for l in cells) * (fs + 3) + 6
            if y - hgt < 40:
                newpage()
            x = x0
            for ci, lines in enumerate(cells):
                c.rect(x, y - hgt, cw[ci], hgt)
                c.setFont("THB" if ri == 0 else "TH", fs)
                yy = y - fs - 2
                for ln in lines:
                    c.drawString(x + 3, yy, ln)
                    yy -= fs + 3
                x += cw[ci]
            y -= hgt
    c.showPage()
    c.save()
    return buf.getvalue()


def xlsx(sheets):
    """sheets: list of (name, rows)."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = 22
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def docx_file(title, paras):
    d = docx.Document()
    d.add_heading(title, 1)
    for p in paras:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def png(text_lines, size=(900, 500), bg=(235, 240, 250), boxes=False):
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT_DIR + "Garuda.ttf", 22)
    y = 20
    for t in text_lines:
        if boxes:
            d.rectangle([30, y - 4, size[0] - 30, y + 34], outline=(40, 60, 120), width=2)
        d.text((40, y), t, fill=(20, 30, 60), font=f)
        y += 46
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def jpg(seed, label):
    r = random.Random(seed)
    img = Image.new("RGB", (640, 420), (r.randint(90, 200), r.randint(120, 200), r.randint(90, 180)))
    d = ImageDraw.Draw(img)
    for _ in range(12):
        x, y = r.randint(0, 600), r.randint(0, 380)
        d.ellipse([x, y, x + r.randint(20, 120), y + r.randint(20, 90)],
                  fill=(r.randint(0, 255), r.randint(0, 255), r.randint(0, 255)))
    f = ImageFont.truetype(FONT_DIR + "Garuda.ttf", 20)
    d.text((20, 380), label, fill=(255, 255, 255), font=f)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=70)
    return buf.getvalue()


# ---------------------------------------------------------------- zip writer
def dos_dt(dt):
    t = (dt.hour << 11) | (dt.minute << 5) | (dt.second // 2)
    d = ((dt.year - 1980) << 9) | (dt.month << 5) | dt.day
    return t, d


def make_zip(entries, tool):
    """entries: list of (name, data_or_None_for_dir, datetime).
    tool: 'explorer' (cp874 names, no UTF-8 flag), '7zip' (UTF-8 flag 0x800),
          'winzip' (cp874 names + Info-ZIP Unicode Path extra 0x7075), 'mac' (UTF-8 names, no flag,
          data descriptors, __MACOSX/._ entries)."""
    if tool == "mac":
        extra_entries = []
        for name, data, dt in entries:
            if data is not None:
                d, b = os.path.split(name)
                apple = (b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        \x00\x02"
                         b"\x00\x00\x00\x09\x00\x00\x00\x32\x00\x00\x00\x20" + b"\x00" * 50)
                extra_entries.append(("__MACOSX/" + (d + "/" if d else "") + "._" + b, apple, dt))
        entries = entries + [("__MACOSX/", None, entries[0][2])] + extra_entries
    out = io.BytesIO()
    central = []
    for name, data, dt in entries:
        is_dir = data is None
        raw = b"" if is_dir else data
        crc = zlib.crc32(raw) & 0xFFFFFFFF
        if is_dir or len(raw) == 0:
            method, comp = 0, raw
        else:
            co = zlib.compressobj(6, zlib.DEFLATED, -15)
            comp = co.compress(raw) + co.flush()
            method = 8
        flags = 0
        extra = b""
        if tool == "7zip":
            nb = name.encode("utf-8")
            if any(ord(ch) > 127 for ch in name):
                flags |= 0x800
            made_by = 0x003F  # 6.3, MS-DOS
        elif tool in ("explorer", "winzip"):
            nb = name.encode("cp874")
            made_by = 0x0014 if tool == "explorer" else 0x003F
            if tool == "winzip" and any(ord(ch) > 127 for ch in name):
                u = name.encode("utf-8")
                payload = struct.pack("<BI", 1, zlib.crc32(nb) & 0xFFFFFFFF) + u
                extra = struct.pack("<HH", 0x7075, len(payload)) + payload
        elif tool == "mac":
            nb = name.encode("utf-8")
            made_by = 0x0315
            if not is_dir:
                flags |= 0x08
        else:
            raise ValueError(tool)
        t, d = dos_dt(dt)
        off = out.tell()
        if flags & 0x08:
            out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, t, d, 0, 0, 0, len(nb), len(extra)))
            out.write(nb + extra + comp)
            out.write(struct.pack("<IIII", 0x08074B50, crc, len(comp), len(raw)))
        else:
            out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, t, d, crc, len(comp), len(raw), len(nb), len(extra)))
            out.write(nb + extra + comp)
        ext_attr = 0x10 if is_dir else 0x20
        if tool == "mac":
            ext_attr = ((0o40755 if is_dir else 0o100644) << 16) | (0x10 if is_dir else 0)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, made_by, 20, flags, method, t, d, crc,
                                   len(comp), len(raw), len(nb), len(extra), 0, 0, 0, ext_attr, off) + nb + extra)
    cd_off = out.tell()
    for c in central:
        out.write(c)
    cd_size = out.tell() - cd_off
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), cd_size, cd_off, 0))
    return out.getvalue()


def D(y, m, d, hh=10, mm=15):
    return datetime.datetime(y, m, d, hh, mm, 0)


# ---------------------------------------------------------------- HTML template
MENU = [("/", "หน้าแรก"), ("/about/", "เกี่ยวกับเขต"), ("/divisions/", "หน่วยงานในสังกัด"), ("/news/", "ข่าวประชาสัมพันธ์"),
        ("/service/manuals.html", "งานบริการ"), ("/procurement/", "จัดซื้อจัดจ้าง"), ("/oit", "ITA / OIT"),
        ("/gallery/", "ภาพกิจกรรม"), ("/tourism/", "ท่องเที่ยว"), ("/jobs/", "รับสมัครงาน"), ("/about/contact.html", "ติดต่อเรา")]


def page(path, title, body, left=None):
    menu = "".join('<li><a href="%s">%s</a></li>' % m for m in MENU)
    left_html = ""
    if left:
        left_html = '<aside class="left"><h4>เมนู</h4><ul>' + "".join('<li><a href="%s">%s</a></li>' % l for l in left) + "</ul></aside>"
    html = f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {OFFICE}</title>
<link rel="stylesheet" href="/assets/css/site.css">
</head>
<body>
<div class="portal-bar">กรุงเทพมหานคร · <a href="https://www.bangkok.go.th/">bangkok.go.th</a> · <a href="https://webportal.bangkok.go.th/">สำนักงานเขตทั้ง ๕๐ เขต</a></div>
<header><img src="/assets/img/logo.png" alt="ตรากรุงเทพมหานคร" width="64"> <span class="sitename">{OFFICE}</span>
<span class="slogan">กรุงเทพฯ เมืองน่าอยู่สำหรับทุกคน</span></header>
<nav><ul class="menu">{menu}</ul></nav>
<div class="wrap">{left_html}
<main>
<h1>{title}</h1>
{body}
</main></div>
<footer>
<p>{OFFICE} {ADDRESS}</p>
<p>โทรศัพท์ {PHONE} โทรสาร {FAX} อีเมล {EMAIL}</p>
<p>เปิดให้บริการ วันจันทร์ - วันศุกร์ เวลา ๐๘.๐๐ - ๑๖.๐๐ น. (ฝ่ายทะเบียนเปิดบริการวันเสาร์ ๘.๐๐ - ๑๒.๐๐ น.)</p>
<p class="counter">ผู้เข้าชม ๑,๒๓๔,๕๖๗ ครั้ง · ปรับปรุงเว็บไซต์โดย ฝ่ายปกครอง งานประชาสัมพันธ์</p>
</footer>
</body>
</html>
"""
    if path.endswith("/"):
        path += "index.html"
    w(path, html)


ZIPICON = '<img src="/assets/img/zip.png" width="16" alt="">'


def zlink(href, label="ดาวน์โหลดเอกสารทั้งหมด (.zip)"):
    return f'{ZIPICON} <a href="{href}">{label}</a>'


# ================================================================= build
def build():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)

    # ---- assets
    w("/assets/css/site.css", """body{font-family:'Sarabun',Tahoma,sans-serif;margin:0;background:#f4f6f9;color:#222}
.portal-bar{background:#1b5e20;color:#fff;font-size:13px;padding:4px 12px}.portal-bar a{color:#dfe}
header{background:#2e7d32;color:#fff;padding:10px 16px}.sitename{font-size:26px;font-weight:bold}
.slogan{margin-left:20px;font-size:14px}nav ul{list-style:none;margin:0;padding:0;background:#388e3c;display:flex;flex-wrap:wrap}
nav li a{display:block;color:#fff;padding:8px 12px;text-decoration:none}.wrap{display:flex}aside.left{width:230px;padding:10px;background:#e8f5e9}
main{flex:1;padding:16px;background:#fff}table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 8px;vertical-align:top}
footer{background:#263238;color:#cfd8dc;padding:12px;font-size:14px}.news-item{border-bottom:1px dashed #ccc;padding:6px 0}
.date{color:#777;font-size:13px}.oit td:first-child{white-space:nowrap;font-weight:bold}
""")
    w("/assets/img/logo.png", png(["กทม."], size=(64, 64), bg=(250, 250, 240)))
    w("/assets/img/zip.png", png([""], size=(16, 16), bg=(240, 200, 40)))
    w("/robots.txt", "User-agent: *\nDisallow: /admin/\n")

    # ================= O1: about / structure / executives / contact
    left_about = [("/about/", "ประวัติและข้อมูลทั่วไป"), ("/about/structure.html", "โครงสร้างสำนักงานเขต"),
                  ("/about/executives.html", "ผู้บริหาร"), ("/about/authority.html", "อำนาจหน้าที่"),
                  ("/about/contact.html", "ติดต่อเรา")]
    page("/about/", "ประวัติและข้อมูลทั่วไปของเขตหนองแขม", f"""
<p>เขตหนองแขมตั้งอยู่ทางฝั่งตะวันตกของกรุงเทพมหานคร ชื่อเขตมาจากหนองน้ำขนาดใหญ่ที่มีต้นแขมขึ้นหนาแน่นในอดีต
พื้นที่เดิมเป็นท้องนาและสวนผัก ปัจจุบันกลายเป็นย่านที่อยู่อาศัยและหมู่บ้านจัดสรรตามแนวถนนเพชรเกษมและถนนมาเจริญ</p>
<table><tr><th>หัวข้อ</th><th>ข้อมูล</th></tr>
<tr><td>พื้นที่</td><td>๓๕.๘๒ ตารางกิโลเมตร</td></tr>
<tr><td>แขวง</td><td>๒ แขวง ได้แก่ แขวงหนองแขม และแขวงหนองค้างพลู</td></tr>
<tr><td>ประชากรตามทะเบียนราษฎร (ธ.ค. ๒๕๖๗)</td><td>๑๕๖,๔๑๒ คน</td></tr>
<tr><td>ชุมชน</td><td>๕๔ ชุมชน</td></tr>
<tr><td>อาณาเขต</td><td>ทิศเหนือติดเขตทวีวัฒนา ทิศใต้ติดเขตบางบอนและจังหวัดสมุทรสาคร ทิศตะวันออกติดเขตบางแค ทิศตะวันตกติดจังหวัดนครปฐม</td></tr>
</table>
<h3>ที่ตั้งสำนักงาน</h3><p>{ADDRESS}<br>โทรศัพท์ {PHONE} · โทรสาร {FAX} · อีเมล {EMAIL}</p>
<p><img src="/assets/img/map.png" alt="แผนที่ตั้งสำนักงานเขตหนองแขม" width="450"></p>
<p><a href="https://maps.google.com/?q=สำนักงานเขตหนองแขม">เปิดแผนที่ Google Maps</a></p>
""", left_about)
    w("/assets/img/map.png", png(["แผนที่สำนักงานเขตหนองแขม", "ถนนเพชรเกษม ──■── ซอยเพชรเกษม ๑๑๐", "◆ สำนักงานเขต"], size=(600, 260)))
    w("/assets/img/structure.png", png(["ผู้อำนวยการเขตหนองแขม", "ผู้ช่วยผู้อำนวยการเขต (๒ อัตรา)"] + DIVISIONS, size=(760, 620), boxes=True))
    lis = "".join(f'<li><a href="/divisions/{s}.html">{d}</a></li>' for d, s in zip(DIVISIONS, DIV_SLUG))
    page("/about/structure.html", "โครงสร้างสำนักงานเขตหนองแขม", f"""
<p><img src="/assets/img/structure.png" alt="แผนภูมิโครงสร้างสำนักงานเขตหนองแขม" width="700"></p>
<p>สำนักงานเขตหนองแขมแบ่งส่วนราชการออกเป็น ๑๐ ฝ่าย ดังนี้</p><ol>{lis}</ol>
<p class="date">ข้อมูล ณ วันที่ ๓ มีนาคม ๒๕๖๘</p>""", left_about)
    for i, nm in enumerate(["director", "deputy1", "deputy2"]):
        w(f"/assets/img/exec_{nm}.jpg", jpg(i + 10, "" if i < 2 else "ว่าง"))
    page("/about/executives.html", "ผู้บริหารสำนักงานเขตหนองแขม", f"""
<table>
<tr><td><img src="/assets/img/exec_director.jpg" width="160" alt="{DIRECTOR}"></td><td><b>{DIRECTOR}</b><br>ผู้อำนวยการเขตหนองแขม<br>โทร. ๐ ๒๔๒๑ ๔๒๒๑<br>อีเมล director.nkm@bangkok.go.th</td></tr>
<tr><td><img src="/assets/img/exec_deputy1.jpg" width="160" alt="{DEPUTY}"></td><td><b>{DEPUTY}</b><br>ผู้ช่วยผู้อำนวยการเขตหนองแขม (กำกับดูแลฝ่ายปกครอง ฝ่ายทะเบียน ฝ่ายการคลัง ฝ่ายรายได้ ฝ่ายการศึกษา)<br>โทร. ๐ ๒๔๒๑ ๔๒๒๒</td></tr>
<tr><td><img src="/assets/img/exec_deputy2.jpg" width="160" alt="ว่าง"></td><td><b>- ว่าง -</b><br>ผู้ช่วยผู้อำนวยการเขตหนองแขม (กำกับดูแลฝ่ายโยธา ฝ่ายสิ่งแวดล้อมฯ ฝ่ายรักษาความสะอาดฯ ฝ่ายเทศกิจ ฝ่ายพัฒนาชุมชนฯ)<br>โทร. ๐ ๒๔๒๑ ๔๒๒๓</td></tr>
</table>
<h3>หัวหน้าฝ่าย</h3><p>ดูรายชื่อและเบอร์โทรศัพท์ของหัวหน้าฝ่ายได้ที่หน้า <a href="/divisions/">หน่วยงานในสังกัด</a></p>
<p class="date">ปรับปรุงข้อมูล ๑ เมษายน ๒๕๖๘</p>""", left_about)
    page("/about/authority.html", "อำนาจหน้าที่ของสำนักงานเขต", """
<p>สำนักงานเขตมีอำนาจหน้าที่ตามประกาศกรุงเทพมหานครว่าด้วยการแบ่งส่วนราชการ และตามที่ผู้ว่าราชการกรุงเทพมหานครมอบหมาย ได้แก่</p>
<ul><li>งานทะเบียนราษฎรและบัตรประจำตัวประชาชน</li><li>การจัดเก็บภาษีและรายได้ของกรุงเทพมหานครในพื้นที่</li>
<li>การรักษาความสะอาด การดูแลสวนสาธารณะ และการจัดการมูลฝอย</li><li>การควบคุมอาคาร การบำรุงรักษาถนน ทางเท้า และท่อระบายน้ำ</li>
<li>การรักษาความเป็นระเบียบเรียบร้อยและการบังคับใช้ข้อบัญญัติกรุงเทพมหานคร</li><li>การจัดการศึกษาในโรงเรียนสังกัดกรุงเทพมหานคร</li>
<li>การพัฒนาชุมชนและสวัสดิการสังคม</li></ul>""", left_about)
    page("/about/contact.html", "ติดต่อสำนักงานเขตหนองแขม", f"""
<p>{ADDRESS}</p><p>โทรศัพท์ {PHONE} · โทรสาร {FAX}</p><p>อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p>Facebook: <a href="https://www.facebook.com/nongkhaem.district">สำนักงานเขตหนองแขม</a> · LINE OA: @nongkhaem</p>
<p><img src="/assets/img/map.png" alt="แผนที่" width="450"></p>
<h3>เบอร์โทรศัพท์ภายใน</h3><table><tr><th>ฝ่าย</th><th>โทรศัพท์</th></tr>""" +
         "".join(f"<tr><td>{d}</td><td>๐ ๒๔๒๑ ๔๒{th(30 + i)}</td></tr>" for i, d in enumerate(DIVISIONS)) + "</table>", left_about)

    # ---- divisions
    page("/divisions/", "หน่วยงานในสังกัดสำนักงานเขตหนองแขม",
         "<ul>" + "".join(f'<li><a href="/divisions/{s}.html">{d}</a></li>' for d, s in zip(DIVISIONS, DIV_SLUG)) + "</ul>")
    heads = ["นายประเสริฐ ทองดี", "นางวราภรณ์ แก้วมณี", "นางสาวจิราพร บุญมา", "นายสุรชัย มีสุข", "นายวิชัย อินทร์แก้ว",
             "นางพรทิพย์ ชัยมงคล", "นายบุญเลิศ รักษ์ไทย", "นายอำนาจ ศักดิ์ดี", "นางนงลักษณ์ สายทอง", "นางสาวปิยะนุช ใจดี"]
    duties = {"ฝ่ายการศึกษา": '<p>ดูแลโรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขต <a href="/education/">ข้อมูลการศึกษา</a></p>',
              "ฝ่ายการคลัง": '<p>งานงบประมาณ การเงิน บัญชี และพัสดุ · <a href="/budget/spending-plan.html">แผนการใช้จ่ายงบประมาณ</a> · <a href="/budget/budget-info.html">ข้อมูลงบประมาณ</a> · <a href="/procurement/">จัดซื้อจัดจ้าง</a></p>',
              "ฝ่ายรายได้": '<p>จัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย และค่าธรรมเนียมต่าง ๆ</p>'}
    for i, (d, s) in enumerate(zip(DIVISIONS, DIV_SLUG)):
        page(f"/divisions/{s}.html", d, f"<p>หัวหน้า{d}: {heads[i]}</p><p>โทรศัพท์ ๐ ๒๔๒๑ ๔๒{th(30 + i)}</p>" + duties.get(d, "<p>ภารกิจตามที่ได้รับมอบหมายจากผู้อำนวยการเขต</p>"),
             [("/divisions/" + x, y) for y, x in zip(DIVISIONS, [q + ".html" for q in DIV_SLUG])])

    # ================= news (O4) + noise
    news = [
        ("n2568-04-08", "๘ เม.ย. ๒๕๖๘", "เขตหนองแขมเปิดจุดบริการประชาชนช่วงเทศกาลสงกรานต์", "ผู้อำนวยการเขตตรวจความพร้อมจุดบริการบริเวณวัดหนองแขม ประสานเทศกิจและตำรวจ สน.หนองแขม ดูแลความปลอดภัย"),
        ("n2568-03-27", "๒๗ มี.ค. ๒๕๖๘", "สรุปผลการลอกท่อระบายน้ำถนนพุทธมณฑลสาย ๓ รอบไตรมาสที่ ๒", "ฝ่ายโยธาดำเนินการลอกท่อแล้ว ๑๘.๔ กิโลเมตร คิดเป็นร้อยละ ๖๒ ของแผนทั้งปี"),
        ("n2568-03-12", "๑๒ มี.ค. ๒๕๖๘", "ประชุมชี้แจงแนวทางการขอรับเงินอุดหนุนชุมชน ปีงบประมาณ ๒๕๖๘", "ฝ่ายพัฒนาชุมชนฯ จัดประชุมประธานชุมชน ๕๔ ชุมชน ชี้แจงขั้นตอนการเสนอโครงการ ทั้งนี้ รายละเอียดจำนวนเงินที่แต่ละชุมชนได้รับจะแจ้งให้ทราบภายหลัง"),
        ("n2568-02-20", "๒๐ ก.พ. ๒๕๖๘", "ผลการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง เดือนมกราคม ๒๕๖๘", "ฝ่ายรายได้เชิญชวนผู้เสียภาษีชำระภายในกำหนดเพื่อหลีกเลี่ยงเงินเพิ่ม"),
        ("n2568-02-05", "๕ ก.พ. ๒๕๖๘", "เขตหนองแขมปลูกต้นไม้ล้านต้น ณ สวนหนองแขมรวมใจ", "ร่วมกับภาคเอกชนและชุมชนปลูกต้นไม้ ๒,๕๐๐ ต้น ตามนโยบายผู้ว่าราชการกรุงเทพมหานคร"),
        ("n2568-01-15", "๑๕ ม.ค. ๒๕๖๘", "จัดกิจกรรมวันเด็กแห่งชาติ ประจำปี ๒๕๖๘", "โรงเรียนสังกัดกรุงเทพมหานครในพื้นที่ร่วมจัดซุ้มกิจกรรมกว่า ๓๐ ซุ้ม"),
    ]
    items = ""
    for slug, dt, ttl, txt in news:
        page(f"/news/{slug}.html", ttl, f'<p class="date">โพสต์เมื่อ {dt}</p><p><img src="/gallery/{slug}.jpg" width="480" alt=""></p><p>{txt}</p><p><a href="/news/">« กลับหน้าข่าว</a></p>')
        w(f"/gallery/{slug}.jpg", jpg(slug, ""))
        items += f'<div class="news-item"><span class="date">{dt}</span> <a href="/news/{slug}.html">{ttl}</a></div>'
    page("/news/", "ข่าวประชาสัมพันธ์", items + '<p><a href="/news/results-2568.html">ผลงานเขต (ผลการดำเนินงาน ปี ๒๕๖๘) »</a></p>')
    page("/news/results-2568.html", "ผลงานเขตหนองแขม ปีงบประมาณ ๒๕๖๘", """
<p>สรุปผลการดำเนินงานสำคัญของสำนักงานเขตหนองแขม เผยแพร่เพื่อให้ประชาชนรับทราบ</p>
<table><tr><th>วันที่</th><th>ผลการดำเนินงาน</th><th>ผู้รับผิดชอบ</th></tr>
<tr><td>๓ เม.ย. ๒๕๖๘</td><td>ซ่อมแซมทางเท้าถนนเพชรเกษม ช่วงซอย ๘๑-๙๑ แล้วเสร็จ ระยะทาง ๑.๒ กม.</td><td>ฝ่ายโยธา</td></tr>
<tr><td>๒๗ มี.ค. ๒๕๖๘</td><td>ลอกท่อระบายน้ำสะสม ๑๘.๔ กม. (ร้อยละ ๖๒ ของแผน)</td><td>ฝ่ายโยธา</td></tr>
<tr><td>๑๔ มี.ค. ๒๕๖๘</td><td>จัดระเบียบหาบเร่แผงลอย ๓ จุด ลดจำนวนผู้ค้าบนทางเท้าลง ๔๕ ราย</td><td>ฝ่ายเทศกิจ</td></tr>
<tr><td>๒๘ ก.พ. ๒๕๖๘</td><td>ตรวจวัดฝุ่น PM๒.๕ และตรวจควันดำรถบรรทุก ๑๒๐ คัน</td><td>ฝ่ายสิ่งแวดล้อมและสุขาภิบาล</td></tr>
<tr><td>๕ ก.พ. ๒๕๖๘</td><td>ปลูกต้นไม้ ๒,๕๐๐ ต้น ณ สวนหนองแขมรวมใจ</td><td>ฝ่ายรักษาความสะอาดและสวนสาธารณะ</td></tr>
<tr><td>๒๐ ม.ค. ๒๕๖๘</td><td>ให้บริการทำบัตรประชาชนนอกสถานที่ ๔ ชุมชน รวม ๓๑๒ ราย</td><td>ฝ่ายทะเบียน</td></tr>
</table>""")

    page("/gallery/", "ภาพกิจกรรม", "".join(f'<a href="/news/{s}.html"><img src="/gallery/{s}.jpg" width="200" alt="{t}"></a> ' for s, _, t, _ in news))
    w("/gallery/market.jpg", jpg("market", ""))
    page("/tourism/", "สถานที่ท่องเที่ยวในเขตหนองแขม", """<ul><li><a href="/tourism/market.html">ตลาดน้ำวัดหนองแขม (เปิดเสาร์-อาทิตย์)</a></li>
<li>สวนหนองแขมรวมใจ – สวนสาธารณะริมคลองภาษีเจริญ</li><li>วัดอุดมรังสี – วัดเก่าแก่ริมคลอง</li></ul>""")
    page("/tourism/market.html", "ตลาดน้ำวัดหนองแขม", '<p><img src="/gallery/market.jpg" width="480" alt=""></p><p>ตลาดริมคลองที่ชาวบ้านนำผลผลิตจากสวนมาขาย มีเรือพายขายก๋วยเตี๋ยวและขนมไทย เปิดเฉพาะวันเสาร์และวันอาทิตย์ เวลา ๐๗.๐๐ - ๑๕.๐๐ น.</p>')
    page("/jobs/", "ประกาศรับสมัครงาน", """<div class="news-item"><span class="date">๑ เม.ย. ๒๕๖๘</span> รับสมัครลูกจ้างชั่วคราว ตำแหน่งพนักงานกวาดถนน ๕ อัตรา (ฝ่ายรักษาความสะอาดฯ) รับสมัครถึง ๓๐ เม.ย. ๒๕๖๘</div>
<div class="news-item"><span class="date">๑๐ มี.ค. ๒๕๖๘</span> รับสมัครครูอัตราจ้าง วิชาภาษาอังกฤษ ๒ อัตรา (ฝ่ายการศึกษา) – <b>ปิดรับสมัครแล้ว</b></div>
<div class="news-item"><span class="date">๒ ก.ย. ๒๕๖๗</span> ประกาศรายชื่อผู้ผ่านการคัดเลือกพนักงานเทศกิจ – <b>ปิดรับสมัครแล้ว</b></div>""")

    # ================= O3 schools
    schools = [("โรงเรียนวัดหนองแขม", "หนองแขม", "อนุบาล - ป.๖", 812), ("โรงเรียนวัดอุดมรังสี", "หนองแขม", "อนุบาล - ป.๖", 645),
               ("โรงเรียนบ้านหนองค้างพลู", "หนองค้างพลู", "อนุบาล - ม.๓", 1204), ("โรงเรียนคลองราชมนตรี", "หนองค้างพลู", "อนุบาล - ป.๖", 388),
               ("โรงเรียนวัดศรีนวลธรรมวิมล", "หนองค้างพลู", "อนุบาล - ป.๖", 526), ("โรงเรียนวัดพุทธชัยมงคล", "หนองแขม", "อนุบาล - ป.๖", 301),
               ("โรงเรียนหนองแขมพัฒนา", "หนองแขม", "อนุบาล - ม.๓", 1587), ("โรงเรียนคลองทวีวัฒนา", "หนองค้างพลู", "อนุบาล - ป.๖", 274),
               ("โรงเรียนวัดไร่ขิงเหนือ", "หนองแขม", "อนุบาล - ป.๖", 433)]
    rows = "".join(f"<tr><td>{th(i + 1)}</td><td>{s}</td><td>แขวง{k}</td><td>{lv}</td><td>{th(format(n, ','))}</td><td>๐ ๒๔๒๑ {th(5100 + i * 7)}</td></tr>" for i, (s, k, lv, n) in enumerate(schools))
    page("/education/", "ฝ่ายการศึกษา", '<p>ฝ่ายการศึกษาดูแลโรงเรียนสังกัดกรุงเทพมหานคร ๙ แห่งในพื้นที่เขตหนองแขม</p><ul><li><a href="/education/schools.html">รายชื่อโรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขตหนองแขม</a></li><li>ปฏิทินการรับนักเรียน ปีการศึกษา ๒๕๖๘ (ติดต่อโรงเรียนโดยตรง)</li></ul>')
    page("/education/schools.html", "โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขตหนองแขม",
         f"<p>ข้อมูลปีการศึกษา ๒๕๖๗ (ภาคเรียนที่ ๒) ณ วันที่ ๑๐ พฤศจิกายน ๒๕๖๗</p><table><tr><th>ที่</th><th>ชื่อโรงเรียน</th><th>แขวง</th><th>ระดับชั้นที่เปิดสอน</th><th>จำนวนนักเรียน</th><th>โทรศัพท์</th></tr>{rows}</table>"
         '<p><a href="/files/edu/schools_2567.xlsx">ดาวน์โหลดตาราง (.xlsx)</a></p>')
    w("/files/edu/schools_2567.xlsx", xlsx([("โรงเรียน", [["ที่", "ชื่อโรงเรียน", "แขวง", "ระดับชั้น", "จำนวนนักเรียน"]] + [[i + 1, s, k, lv, n] for i, (s, k, lv, n) in enumerate(schools)])]))

    # ================= O7 service manuals (plain PDFs + one docx)
    svcs = [("svc_idcard.pdf", "การขอมีบัตรประจำตัวประชาชน"), ("svc_house.pdf", "การแจ้งย้ายที่อยู่ (ย้ายเข้า - ย้ายออก)"),
            ("svc_building.pdf", "การขออนุญาตก่อสร้างอาคาร ตามมาตรา ๓๙ ทวิ"), ("svc_food.pdf", "การขอใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร")]
    li = ""
    for fn, nm in svcs:
        w("/files/service/" + fn, pdf(["คู่มือสำหรับประชาชน", "งานที่ให้บริการ: " + nm, "หน่วยงานที่รับผิดชอบ: " + OFFICE],
                                      ["หลักเกณฑ์ วิธีการ เงื่อนไข: ผู้ยื่นคำขอต้องยื่นเอกสารตามรายการ ณ สำนักงานเขต ในวันและเวลาราชการ",
                                       "ขั้นตอน ระยะเวลา และส่วนงานที่รับผิดชอบ: ๑) ยื่นคำขอและตรวจเอกสาร ๑๕ นาที ๒) พิจารณา ๓๐ นาที ๓) แจ้งผล",
                                       "รายการเอกสารหลักฐานประกอบ: บัตรประจำตัวประชาชน ทะเบียนบ้าน และเอกสารอื่นตามที่กำหนด",
                                       "ค่าธรรมเนียม: ตามกฎกระทรวงหรือข้อบัญญัติกรุงเทพมหานครที่เกี่ยวข้อง",
                                       "ช่องทางการร้องเรียน: " + OFFICE + " โทร. " + PHONE + " หรือสายด่วน ๑๕๕๕",
                                       "", "ปรับปรุงครั้งล่าสุด ๑๕ มกราคม ๒๕๖๘"]))
        li += f'<li>{nm} <a href="/files/service/{fn}">เปิดเอกสาร</a></li>'
    w("/files/service/svc_tax.docx", docx_file("คู่มือสำหรับประชาชน: การชำระภาษีที่ดินและสิ่งปลูกสร้าง",
                                              ["หน่วยงานที่รับผิดชอบ: ฝ่ายรายได้ " + OFFICE, "ขั้นตอน: รับแบบแจ้งประเมิน ตรวจสอบ และชำระภาษีที่ฝ่ายรายได้หรือช่องทางออนไลน์",
                                               "ระยะเวลา: ๑๕ นาที", "ค่าธรรมเนียม: ไม่มี", "ช่องทางการร้องเรียน: โทร. " + PHONE, "ปรับปรุง มกราคม ๒๕๖๘"]))
    li += '<li>การชำระภาษีที่ดินและสิ่งปลูกสร้าง <a href="/files/service/svc_tax.docx">เปิดเอกสาร (Word)</a></li>'
    page("/service/manuals.html", "คู่มือการให้บริการประชาชน", f"<p>คู่มือสำหรับประชาชนตาม พ.ร.บ.การอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘ (ปรับปรุงปี ๒๕๖๘)</p><ul>{li}</ul><p><a href=\"/service/eservice.html\">บริการออนไลน์ (E-Service)</a></p>",
         [("/service/manuals.html", "คู่มือประชาชน"), ("/service/eservice.html", "E-Service"), ("/service/request-form.html", "ยื่นคำร้องออนไลน์")])

    # ================= O8 / O12 e-service, tracking
    page("/service/eservice.html", "บริการออนไลน์ (E-Service)", """
<ul><li><a href="/service/request-form.html">ยื่นคำร้องออนไลน์ถึงสำนักงานเขตหนองแขม</a> – ขอคัดสำเนาเอกสาร ขอใช้สถานที่ แจ้งซ่อมไฟฟ้าส่องสว่าง</li>
<li><a href="https://bmaq.bangkok.go.th/">BMA Q</a> – จองคิวล่วงหน้าเพื่อรับบริการงานทะเบียนและบัตรประจำตัวประชาชน</li>
<li><a href="https://www.traffy.in.th/?page_id=27351">Traffy Fondue</a> – แจ้งปัญหาเมือง</li>
<li><a href="/eservice/tracking.php">ระบบติดตามสถานะการขอใบอนุญาต (Tracking System)</a> – กรอกเลขที่คำขอเพื่อดูสถานะการพิจารณาใบอนุญาตก่อสร้าง ใบอนุญาตสถานประกอบการ</li></ul>
""", [("/service/manuals.html", "คู่มือประชาชน"), ("/service/eservice.html", "E-Service"), ("/service/request-form.html", "ยื่นคำร้องออนไลน์")])
    page("/service/request-form.html", "ยื่นคำร้องออนไลน์", """
<form action="/service/request-form.html" method="get">
<p>ชื่อ-นามสกุล <input name="name" size="40"></p><p>เบอร์โทรศัพท์ <input name="tel"></p>
<p>ประเภทคำร้อง <select name="type"><option>ขอคัดสำเนาเอกสาร</option><option>ขอใช้สถานที่</option><option>แจ้งซ่อมไฟฟ้าส่องสว่าง</option><option>อื่น ๆ</option></select></p>
<p>รายละเอียด<br><textarea name="detail" rows="5" cols="60"></textarea></p><p><button type="submit">ส่งคำร้อง</button></p>
</form><p>เจ้าหน้าที่ฝ่ายปกครองจะติดต่อกลับภายใน ๓ วันทำการ</p>""")

    # ================= O13 spending plan (stale)
    w("/files/budget/spending_plan_2567.pdf", pdf(["แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", OFFICE],
        ["แผนการใช้จ่ายงบประมาณรายไตรมาส ตั้งแต่ ๑ ตุลาคม ๒๕๖๖ ถึง ๓๐ กันยายน ๒๕๖๗"],
        table=[["หมวดรายจ่าย", "ไตรมาส ๑", "ไตรมาส ๒", "ไตรมาส ๓", "ไตรมาส ๔", "รวม"],
               ["งบบุคลากร", "๓๒,๑๐๐,๐๐๐", "๓๒,๑๐๐,๐๐๐", "๓๒,๑๐๐,๐๐๐", "๓๒,๑๐๐,๐๐๐", "๑๒๘,๔๐๐,๐๐๐"],
               ["งบดำเนินงาน", "๙,๘๐๐,๐๐๐", "๑๑,๒๐๐,๐๐๐", "๘,๕๐๐,๐๐๐", "๗,๙๐๐,๐๐๐", "๓๗,๔๐๐,๐๐๐"],
               ["งบลงทุน", "๑,๐๐๐,๐๐๐", "๖,๒๐๐,๐๐๐", "๙,๔๐๐,๐๐๐", "๕,๑๐๐,๐๐๐", "๒๑,๗๐๐,๐๐๐"]]))
    w("/files/budget/spending_report_2566.pdf", pdf(["รายงานผลการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", OFFICE],
        ["ผลการเบิกจ่ายงบประมาณ ณ วันที่ ๓๐ กันยายน ๒๕๖๖ คิดเป็นร้อยละ ๙๓.๔๑ ของงบประมาณที่ได้รับจัดสรร",
         "ปัญหาอุปสรรค: โครงการงบลงทุนบางรายการลงนามสัญญาล่าช้า", "ข้อเสนอแนะ: เร่งรัดการจัดทำราคากลางตั้งแต่ไตรมาสแรก"]))
    page("/budget/spending-plan.html", "แผนการใช้จ่ายงบประมาณประจำปี และรายงานผลการใช้จ่ายงบประมาณประจำปี", """
<ul><li>แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ <a href="/files/budget/spending_plan_2567.pdf">เปิดเอกสาร</a></li>
<li>รายงานผลการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ <a href="/files/budget/spending_report_2566.pdf">เปิดเอกสาร</a></li></ul>
<p class="date">ปรับปรุงข้อมูล ๑๐ มี.ค. ๒๕๖๘ โดย ฝ่ายการคลัง</p>""",
         [("/budget/spending-plan.html", "แผนการใช้จ่ายงบประมาณ"), ("/budget/budget-info.html", "ข้อมูลงบประมาณ"), ("/procurement/", "จัดซื้อจัดจ้าง")])

    # ================= O14 budget info (no community subsidy)
    w("/files/budget/budget_allocation_2568.xlsx", xlsx([("งบประมาณ 2568", [["หมวดรายจ่าย", "งบประมาณที่ได้รับจัดสรร (บาท)"],
        ["งบบุคลากร", 131250000], ["งบดำเนินงาน", 39870000], ["งบลงทุน", 24615000], ["งบเงินอุดหนุน", 0], ["งบรายจ่ายอื่น", 1200000], ["รวม", 196935000]])]))
    w("/files/budget/ordinance_2568_excerpt.pdf", pdf(["ข้อบัญญัติกรุงเทพมหานคร", "เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "(เฉพาะส่วนของสำนักงานเขตหนองแขม)"],
        ["ข้อบัญญัติกรุงเทพมหานครฉบับนี้ใช้บังคับตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๗ เป็นต้นไป",
         "สำนักงานเขตหนองแขม ตั้งไว้ ๑๙๖,๙๓๕,๐๐๐ บาท จำแนกเป็น แผนงานบริหารทั่วไป แผนงานรักษาความสะอาด แผนงานโยธา และแผนงานพัฒนาชุมชน",
         "ประกาศ ณ วันที่ ๒๖ กันยายน พ.ศ. ๒๕๖๗"]))
    page("/budget/budget-info.html", "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ และเงินอุดหนุนชุมชน", """
<ul><li>ข้อมูลงบประมาณที่ได้รับจัดสรร ปีงบประมาณ พ.ศ. ๒๕๖๘ <a href="/files/budget/budget_allocation_2568.xlsx">(.xlsx)</a></li>
<li>ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (ส่วนของเขตหนองแขม) <a href="/files/budget/ordinance_2568_excerpt.pdf">เปิดเอกสาร</a></li>
<li>ข่าว: <a href="/news/n2568-03-12.html">ประชุมชี้แจงแนวทางการขอรับเงินอุดหนุนชุมชน ปีงบประมาณ ๒๕๖๘</a></li></ul>
<p class="date">ปรับปรุงข้อมูล ๑๘ มี.ค. ๒๕๖๘</p>""",
         [("/budget/spending-plan.html", "แผนการใช้จ่ายงบประมาณ"), ("/budget/budget-info.html", "ข้อมูลงบประมาณ"), ("/procurement/", "จัดซื้อจัดจ้าง")])

    # ================= O15 procurement
    HEAD = ["ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง (บาท)", "ราคากลาง (บาท)", "วิธีซื้อหรือจ้าง",
            "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลง", "เหตุผลที่คัดเลือกโดยสรุป",
            "เลขที่และวันที่ของสัญญาหรือข้อตกลง", "เลขที่โครงการ e-GP"]
    CW = [32, 120, 70, 62, 62, 110, 110, 80, 95, 60]
    jobs_ = ["จัดซื้อวัสดุสำนักงาน", "จ้างซ่อมแซมรถบรรทุกขยะ", "จัดซื้อน้ำมันเชื้อเพลิง", "จ้างเหมาลอกท่อระบายน้ำ", "จัดซื้อวัสดุงานบ้านงานครัว",
             "จ้างซ่อมเครื่องปรับอากาศ", "จัดซื้อหมึกพิมพ์", "จ้างเหมาตัดหญ้าเกาะกลางถนน", "จัดซื้อวัสดุก่อสร้างซ่อมทางเท้า"]
    vendors = ["หจก.หนองแขมพาณิชย์", "บริษัท ศรีเพชรเกษม จำกัด", "ร้านรุ่งเรืองการช่าง", "บริษัท บางแคซัพพลาย จำกัด", "หจก.ทวีทรัพย์ก่อสร้าง"]

    def sk_pdf(mon_name, yr, n, start_no, seed):
        r = random.Random(seed)
        rows = [HEAD]
        for k in range(n):
            amt = r.choice([8500, 12400, 35000, 48000, 96500, 150000, 285000])
            ven = r.choice(vendors)
            meth = "เฉพาะเจาะจง" if amt <= 500000 else "e-bidding"
            no = start_no + k
            rows.append([th(k + 1), r.choice(jobs_), th(format(amt, ",")), th(format(amt, ",")), meth,
                         f"{ven} / {th(format(amt - 200, ','))}", f"{ven} / {th(format(amt - 200, ','))}",
                         "เสนอราคาต่ำสุด คุณสมบัติถูกต้องตามเงื่อนไข", f"ใบสั่งซื้อ/สั่งจ้าง เลขที่ {th(no)}/{th(yr)} ลว. {th(r.randint(2, 27))} {mon_name} {th(yr)}",
                         th(67000000000 + no * 131)[:11]])
        return pdf([f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {mon_name} {th(yr)}", OFFICE + " (แบบ สขร.๑)"], [], landscape_mode=True, table=rows, col_widths=CW)
    q1 = [("ตุลาคม", 2567, 5), ("พฤศจิกายน", 2567, 6), ("ธันวาคม", 2567, 4)]
    q2 = [("มกราคม", 2568, 6), ("กุมภาพันธ์", 2568, 5), ("มีนาคม", 2568, 7)]
    ents = [("สรุปผลจัดซื้อจัดจ้าง ไตรมาส 1 ปีงบ 2568/", None, D(2025, 1, 9))]
    for i, (m, y, n) in enumerate(q1):
        ents.append((f"สรุปผลจัดซื้อจัดจ้าง ไตรมาส 1 ปีงบ 2568/{i + 1:02d}_สขร1_{m}{y}.pdf", sk_pdf(m, y, n, 100 + i * 10, m), D(2024, 10 + i, 28 if i < 2 else 30)))
    w("/files/procurement/skr_q1_2568.zip", make_zip(ents, "7zip"))
    ents = [("สรุปผลจัดซื้อจัดจ้าง ไตรมาส 2 ปีงบ 2568/", None, D(2025, 4, 7))]
    for i, (m, y, n) in enumerate(q2):
        ents.append((f"สรุปผลจัดซื้อจัดจ้าง ไตรมาส 2 ปีงบ 2568/{i + 4:02d}_สขร1_{m}{y}.pdf", sk_pdf(m, y, n, 140 + i * 10, m), D(2025, 1 + i, 28)))
    full = make_zip(ents, "7zip")
    w("/files/procurement/skr_q2_2568.zip", full[: int(len(full) * 0.46)])  # upload cut off: truncated, no central directory
    anns = [("๒๘ มี.ค. ๒๕๖๘", "ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมผิวจราจรซอยเพชรเกษม ๑๑๒ โดยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"),
            ("๑๔ มี.ค. ๒๕๖๘", "ประกาศประกวดราคาจ้างปรับปรุงทางเท้าถนนพุทธมณฑลสาย ๓ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"),
            ("๒๐ ก.พ. ๒๕๖๘", "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (เพิ่มเติม ครั้งที่ ๑)"),
            ("๑๕ พ.ย. ๒๕๖๗", "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")]
    al = ""
    for i, (dt, t) in enumerate(anns):
        fn = f"/files/procurement/announce_{i + 1}.pdf"
        w(fn, pdf(["ประกาศ" + OFFICE, t.replace("ประกาศ", "เรื่อง ", 1)], ["สำนักงานเขตหนองแขมขอประกาศให้ทราบโดยทั่วกัน รายละเอียดตามเอกสารแนบ", "", "ประกาศ ณ วันที่ " + dt, DIRECTOR, "ผู้อำนวยการเขตหนองแขม"]))
        al += f'<div class="news-item"><span class="date">{dt}</span> <a href="{fn}">{t}</a></div>'
    page("/procurement/", "ข่าวจัดซื้อจัดจ้าง", f"""
<h3>ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง</h3>{al}
<p>ดูประกาศทั้งหมดได้ที่ระบบ <a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch">e-GP กรมบัญชีกลาง</a> และ <a href="https://e-gpbma.bangkok.go.th/">e-GPBMA ระบบเผยแพร่ข้อมูลการจัดซื้อจัดจ้างของกรุงเทพมหานคร</a></p>
<h3>สรุปผลการดำเนินการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.๑) ปีงบประมาณ ๒๕๖๘</h3>
<ul><li>ไตรมาสที่ ๑ (ต.ค. - ธ.ค. ๒๕๖๗) {zlink('/files/procurement/skr_q1_2568.zip')}</li>
<li>ไตรมาสที่ ๒ (ม.ค. - มี.ค. ๒๕๖๘) {zlink('/files/procurement/skr_q2_2568.zip')}</li></ul>
<p class="date">ฝ่ายการคลัง งานพัสดุ · ปรับปรุง ๘ เม.ย. ๒๕๖๘</p>""",
         [("/budget/spending-plan.html", "แผนการใช้จ่ายงบประมาณ"), ("/budget/budget-info.html", "ข้อมูลงบประมาณ"), ("/procurement/", "จัดซื้อจัดจ้าง")])

    # ================= ZIP-answered OIT items
    Z = "/files/ita68/"
    # O2 — Windows Explorer zip, cp874 names, folders
    o2 = [("1 นโยบายผู้ว่าราชการกรุงเทพมหานคร/", None, D(2025, 1, 6)),
          ("1 นโยบายผู้ว่าราชการกรุงเทพมหานคร/นโยบายผู้ว่าฯ 9 ดี.pdf", pdf(["นโยบายผู้ว่าราชการกรุงเทพมหานคร", "กรุงเทพฯ เมืองน่าอยู่สำหรับทุกคน"],
            ["นโยบาย ๙ ด้าน (๙ ดี): ปลอดภัยดี เดินทางดี สิ่งแวดล้อมดี สุขภาพดี เรียนดี เศรษฐกิจดี สังคมดี บริหารจัดการดี โครงสร้างดี",
             "สำนักงานเขตหนองแขมนำนโยบายมาจัดทำโครงการในพื้นที่ เช่น การปลูกต้นไม้ การปรับปรุงทางเท้า และการเพิ่มไฟฟ้าส่องสว่าง",
             "เผยแพร่ ณ วันที่ ๖ มกราคม ๒๕๖๘"]), D(2025, 1, 6)),
          ("2 แผนพัฒนากรุงเทพมหานคร/", None, D(2025, 1, 6)),
          ("2 แผนพัฒนากรุงเทพมหานคร/สรุปแผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี.pdf", pdf(["สรุปสาระสำคัญ แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี", "(พ.ศ. ๒๕๖๑ - ๒๕๘๐)"],
            ["วิสัยทัศน์: กรุงเทพฯ มหานครแห่งเอเชีย", "มิติที่ ๑ มหานครปลอดภัย · มิติที่ ๒ มหานครสีเขียว สะดวกสบาย · มิติที่ ๓ มหานครสำหรับทุกคน",
             "มิติที่ ๔ มหานครกะทัดรัด · มิติที่ ๕ มหานครแห่งประชาธิปไตย · มิติที่ ๖ มหานครแห่งเศรษฐกิจและการเรียนรู้ · มิติที่ ๗ การบริหารจัดการเมืองมหานคร"]), D(2025, 1, 6)),
          ("3 แผนพัฒนาเขต/", None, D(2025, 1, 6)),
          ("3 แผนพัฒนาเขต/แผนพัฒนาเขตหนองแขม ปี 2568.pdf", pdf(["แผนพัฒนาเขตหนองแขม ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", OFFICE],
            ["แผนพัฒนาเขตจัดทำให้สอดคล้องกับแผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี และนโยบายผู้ว่าราชการกรุงเทพมหานคร",
             "โครงการสำคัญ: ปรับปรุงทางเท้า ๑๒ สาย · ติดตั้งไฟฟ้าส่องสว่าง ๓๐๐ จุด · พัฒนาสวน ๑๕ นาที ๒ แห่ง · ลอกท่อระบายน้ำ ๓๐ กม.",
             "อนุมัติแผน ณ วันที่ ๒๐ ธันวาคม ๒๕๖๗", DIRECTOR, "ผู้อำนวยการเขตหนองแขม"]), D(2025, 1, 6))]
    w(Z + "O2_policy_plans.zip", make_zip(o2, "explorer"))

    # O5 — 7-Zip UTF-8; plan 2568 + plan 2567, no annual report
    def action_plan(yr):
        return pdf([f"แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. {th(yr)}", OFFICE],
                   [f"ระยะเวลา ๑ ตุลาคม {th(yr - 1)} - ๓๐ กันยายน {th(yr)}", "ประกอบด้วยโครงการ/กิจกรรม ๔๒ รายการ จำแนกตามมิติของแผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี",
                    "ตัวชี้วัดระดับเขต: ร้อยละความสำเร็จของการลอกท่อ ร้อยละการเบิกจ่ายงบประมาณ จำนวนจุดเสี่ยงที่ได้รับการแก้ไข", ""],
                   table=[["ลำดับ", "โครงการ/กิจกรรม", "ตัวชี้วัด", "งบประมาณ (บาท)", "ผู้รับผิดชอบ"],
                          ["๑", "ปรับปรุงทางเท้า", "ระยะทาง (กม.)", "๘,๕๐๐,๐๐๐", "ฝ่ายโยธา"],
                          ["๒", "ลอกท่อระบายน้ำ", "ร้อยละของแผน", "๓,๒๐๐,๐๐๐", "ฝ่ายโยธา"],
                          ["๓", "ปลูกต้นไม้ล้านต้น", "จำนวนต้น", "๔๕๐,๐๐๐", "ฝ่ายรักษาความสะอาดฯ"],
                          ["๔", "บริการทะเบียนนอกสถานที่", "จำนวนครั้ง", "๑๒๐,๐๐๐", "ฝ่ายทะเบียน"]])
    o5 = [("01_แผนปฏิบัติราชการ_ปีงบประมาณ2568.pdf", action_plan(2568), D(2024, 11, 20)),
          ("02_แผนปฏิบัติราชการ_ปีงบประมาณ2567.pdf", action_plan(2567), D(2023, 11, 22))]
    w(Z + "O5_action_plan.zip", make_zip(o5, "7zip"))

    # O6 — every division's manual; ฝ่ายโยธา nested zip
    def manual(div):
        return pdf([f"คู่มือการปฏิบัติงาน {div}", OFFICE, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"],
                   [f"วัตถุประสงค์: เพื่อให้เจ้าหน้าที่{div}ปฏิบัติงานเป็นมาตรฐานเดียวกัน", "ขอบเขตงาน: งานตามอำนาจหน้าที่ของฝ่าย",
                    "ขั้นตอนการปฏิบัติงาน (Flow Chart): รับเรื่อง → ตรวจสอบ → เสนอผู้บังคับบัญชา → ดำเนินการ → รายงานผล",
                    "มาตรฐานงานและระยะเวลา: ตามที่กำหนดในแต่ละกระบวนงาน", "แบบฟอร์มที่ใช้: ตามภาคผนวก", "", "จัดทำเมื่อ ธันวาคม ๒๕๖๗"])
    o6 = []
    for d in DIVISIONS:
        if d == "ฝ่ายโยธา":
            inner = make_zip([("ฝ่ายโยธา/", None, D(2024, 12, 18)), ("ฝ่ายโยธา/คู่มือการปฏิบัติงาน_ฝ่ายโยธา_2568.pdf", manual(d), D(2024, 12, 18)),
                              ("ฝ่ายโยธา/คู่มือการควบคุมอาคาร_2568.pdf", manual(d + " (งานควบคุมอาคาร)"), D(2024, 12, 18))], "7zip")
            o6.append(("ฝ่ายโยธา.zip", inner, D(2024, 12, 19)))
        else:
            o6.append((d + "/", None, D(2024, 12, 20)))
            o6.append((f"{d}/คู่มือการปฏิบัติงาน_{d}_2568.pdf", manual(d), D(2024, 12, 20)))
    w(Z + "O6_manuals_all_divisions.zip", make_zip(o6, "7zip"))

    # O9 — zip named 2568; members are FY2566
    months66 = ["ต.ค.65", "พ.ย.65", "ธ.ค.65", "ม.ค.66", "ก.พ.66", "มี.ค.66", "เม.ย.66", "พ.ค.66", "มิ.ย.66", "ก.ค.66", "ส.ค.66", "ก.ย.66"]
    r = random.Random(9)
    taxrows = [["เดือน", "ภาษีที่ดินและสิ่งปลูกสร้าง (บาท)", "ภาษีป้าย (บาท)", "รวม (บาท)"]]
    for m in months66:
        a, b = r.randint(800000, 9000000), r.randint(50000, 600000)
        taxrows.append([m, a, b, a + b])
    o9 = [("สถิติการจัดเก็บภาษี ปีงบประมาณ 2566.xlsx", xlsx([("ปีงบ 2566", taxrows)]), D(2023, 10, 12)),
          ("สรุปผลการจัดเก็บภาษี ปี 2566.pdf", pdf(["สรุปผลการจัดเก็บภาษี ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", "ฝ่ายรายได้ " + OFFICE],
              ["ผลการจัดเก็บภาษีตั้งแต่ ๑ ตุลาคม ๒๕๖๕ ถึง ๓๐ กันยายน ๒๕๖๖", "ภาษีที่ดินและสิ่งปลูกสร้าง รวม ๕๘,๔๑๒,๓๐๐ บาท",
               "ภาษีป้าย รวม ๓,๙๘๗,๖๕๐ บาท", "คิดเป็นร้อยละ ๑๐๒.๓ ของประมาณการ"]), D(2023, 10, 13))]
    w(Z + "O9_tax_stats_2568.zip", make_zip(o9, "explorer"))

    # O10 — xlsx via download.php
    months68 = ["ต.ค.67", "พ.ย.67", "ธ.ค.67", "ม.ค.68", "ก.พ.68", "มี.ค.68"]
    r = random.Random(10)
    revrows = [["เดือน", "ค่าธรรมเนียมใบอนุญาต", "ค่าธรรมเนียมเก็บขนมูลฝอย", "ค่าปรับ", "รายได้อื่น", "รวม (บาท)"]]
    for m in months68:
        v = [r.randint(40000, 400000), r.randint(300000, 900000), r.randint(10000, 90000), r.randint(5000, 60000)]
        revrows.append([m] + v + [sum(v)])
    os.makedirs(os.path.join(SITE, "store"), exist_ok=True)
    w("/store/f_0010.xlsx", xlsx([("รายได้ ต.ค.67-มี.ค.68", [["สถิติการจัดเก็บรายได้ สำนักงานเขตหนองแขม ปีงบประมาณ พ.ศ. 2568 (ข้อมูล ณ 31 มี.ค. 2568)"], []] + revrows),
                                   ("หมายเหตุ", [["ที่มา: ฝ่ายรายได้ และฝ่ายการคลัง สำนักงานเขตหนองแขม"]])]))

    # O11 — WinZip-style (cp874 + 0x7075)
    chk = ["ใบอนุญาตก่อสร้างอาคาร", "ใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ", "ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร", "ใบอนุญาตจำหน่ายสินค้าในที่หรือทางสาธารณะ"]
    o11 = [("Checklist ใบอนุญาต 2568/", None, D(2025, 2, 3))]
    for i, c in enumerate(chk):
        o11.append((f"Checklist ใบอนุญาต 2568/{i + 1}. {c}.pdf", pdf([f"รายการตรวจ (Checklist) การพิจารณาออก{c}", OFFICE],
            ["ใช้สำหรับเจ้าหน้าที่ตรวจสอบคำขอก่อนเสนอพิจารณา ปีงบประมาณ พ.ศ. ๒๕๖๘"],
            table=[["ที่", "รายการตรวจสอบ", "มี", "ไม่มี", "หมายเหตุ"], ["๑", "แบบคำขอที่กรอกครบถ้วนและลงลายมือชื่อ", "[ ]", "[ ]", ""],
                   ["๒", "สำเนาบัตรประจำตัวประชาชนและทะเบียนบ้านของผู้ขอ", "[ ]", "[ ]", ""], ["๓", "หนังสือแสดงสิทธิในที่ดินหรือสถานที่", "[ ]", "[ ]", ""],
                   ["๔", "แผนผังหรือแบบแปลนที่เกี่ยวข้อง", "[ ]", "[ ]", ""], ["๕", "ผลการตรวจสถานที่โดยเจ้าหน้าที่", "[ ]", "[ ]", ""],
                   ["๖", "ค่าธรรมเนียมตามข้อบัญญัติกรุงเทพมหานคร", "[ ]", "[ ]", ""]], col_widths=[30, 260, 50, 50, 120]), D(2025, 2, 3)))
    w(Z + "O11_checklist.zip", make_zip(o11, "winzip"))

    # O16 — HR docs, explorer cp874
    o16 = [("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ปี 2568.pdf", pdf(["หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", OFFICE, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"],
              ["๑. การสรรหาและคัดเลือก: ดำเนินการตามหลักเกณฑ์ของ ก.ก. อย่างเปิดเผยและเป็นธรรม", "๒. การบรรจุและแต่งตั้ง: พิจารณาจากความรู้ความสามารถและความเหมาะสมกับตำแหน่ง",
               "๓. การพัฒนาบุคลากร: จัดอบรมอย่างน้อยปีละ ๒ หลักสูตรต่อคน", "๔. การประเมินผลการปฏิบัติราชการ: ปีละ ๒ รอบ (๑ ต.ค. - ๓๑ มี.ค. และ ๑ เม.ย. - ๓๐ ก.ย.)",
               "๕. การให้คุณให้โทษและการสร้างขวัญกำลังใจ: ยกย่องบุคลากรดีเด่นประจำปี", "", "ประกาศ ณ วันที่ ๘ พฤศจิกายน ๒๕๖๗", DIRECTOR, "ผู้อำนวยการเขตหนองแขม"]), D(2024, 11, 8)),
           ("แผนพัฒนาบุคลากร ปี 2568.pdf", pdf(["แผนพัฒนาบุคลากร ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", OFFICE],
              ["หลักสูตร: การบริการประชาชนด้วยใจ · การป้องกันผลประโยชน์ทับซ้อน · การใช้ระบบ e-GP · ความปลอดภัยในการทำงานภาคสนาม"]), D(2024, 11, 8)),
           ("หลักเกณฑ์การประเมินผลการปฏิบัติราชการ.docx", docx_file("หลักเกณฑ์และวิธีการประเมินผลการปฏิบัติราชการ สำนักงานเขตหนองแขม",
              ["องค์ประกอบการประเมิน: ผลสัมฤทธิ์ของงาน ร้อยละ ๗๐ และพฤติกรรมการปฏิบัติราชการ ร้อยละ ๓๐", "ใช้สำหรับปีงบประมาณ พ.ศ. ๒๕๖๘"]), D(2024, 11, 9))]
    w(Z + "O16_HR.zip", make_zip(o16, "explorer"))

    # O17 — general complaint statistics only
    cats = ["ถนน/ทางเท้า", "ความสะอาด/ขยะ", "น้ำท่วม/ท่อระบายน้ำ", "เสียงรบกวน", "ไฟฟ้าส่องสว่าง", "สัตว์จรจัด", "อื่น ๆ"]
    r = random.Random(17)
    crow = [["ประเภทเรื่อง"] + months68 + ["รวม"]]
    for c in cats:
        v = [r.randint(5, 140) for _ in months68]
        crow.append([c] + v + [sum(v)])
    o17 = [("สถิติเรื่องร้องเรียน ต.ค.67-มี.ค.68.xlsx", xlsx([("สถิติ", [["สถิติเรื่องร้องเรียนทั่วไป ผ่าน Traffy Fondue และสายด่วน 1555 สำนักงานเขตหนองแขม"], []] + crow)]), D(2025, 4, 3)),
           ("ช่องทางการร้องเรียน.png", png(["ช่องทางการร้องเรียน / แจ้งเบาะแส", "☎ " + PHONE, "✉ " + EMAIL, "Traffy Fondue · สายด่วน ๑๕๕๕"], size=(700, 260)), D(2025, 4, 3))]
    w(Z + "O17_complaint_stats.zip", make_zip(o17, "7zip"))
    page("/ita/2568/complaint.html", "ช่องทางการร้องเรียนการทุจริตและประพฤติมิชอบ", f"""
<p>ผู้พบเห็นการทุจริตหรือการประพฤติมิชอบของเจ้าหน้าที่สำนักงานเขตหนองแขม แจ้งได้ทางช่องทางต่อไปนี้ โดยสำนักงานเขตจะเก็บข้อมูลผู้แจ้งเป็นความลับ</p>
<ol><li>ยื่นหนังสือถึงผู้อำนวยการเขตหนองแขม ที่ฝ่ายปกครอง หรือส่งทางไปรษณีย์ ({ADDRESS})</li>
<li>โทรศัพท์ ๐ ๒๔๒๑ ๔๒๒๑ (ห้องผู้อำนวยการเขต)</li><li>อีเมล {EMAIL} หัวเรื่อง "แจ้งเบาะแสการทุจริต"</li>
<li>ตู้รับเรื่องร้องเรียนการทุจริต ชั้น ๑ อาคารสำนักงานเขต</li>
<li>ศูนย์ต่อต้านการทุจริตกรุงเทพมหานคร โทร. ๐ ๒๒๒๑ ๒๑๔๑</li></ol>
<h3>สถิติเรื่องร้องเรียน</h3><p>{zlink(Z + 'O17_complaint_stats.zip', 'ดาวน์โหลดสถิติเรื่องร้องเรียน (.zip)')}</p>
<p><a href="/ita/2568/">« กลับหน้า ITA ๒๕๖๘</a></p>""")

    # O18 — old anti-bribery policy (2566, previous director)
    o18 = [("ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy).pdf", pdf(["ประกาศสำนักงานเขตหนองแขม", "เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)"],
              ["สำนักงานเขตหนองแขมมุ่งมั่นให้บุคลากรทุกระดับปฏิเสธการรับสินบนทุกรูปแบบ ไม่เรียก รับ หรือยอมจะรับทรัพย์สินหรือประโยชน์อื่นใด",
               "ผู้บังคับบัญชาทุกระดับต้องกำกับดูแลและเป็นแบบอย่าง หากพบการกระทำผิดจะดำเนินการทางวินัยโดยเคร่งครัด",
               "", "ประกาศ ณ วันที่ ๑๗ มกราคม พ.ศ. ๒๕๖๖", OLD_DIRECTOR, "ผู้อำนวยการเขตหนองแขม"]), D(2023, 1, 17)),
           ("รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน ปี 2566.pdf", pdf(["รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", OFFICE],
              ["๑. ประชาสัมพันธ์นโยบายให้บุคลากรทราบผ่านการประชุมประจำเดือน ๑๒ ครั้ง", "๒. ไม่พบเรื่องร้องเรียนเกี่ยวกับการรับสินบนในปีงบประมาณ พ.ศ. ๒๕๖๖",
               "รายงาน ณ วันที่ ๒๙ กันยายน ๒๕๖๖"]), D(2023, 9, 29))]
    w(Z + "O18_anti_bribery.zip", make_zip(o18, "explorer"))

    # O20 — download.php, PDF
    w("/store/f_0020.pdf", pdf(["แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", OFFICE, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"],
        ["๑. งานอนุญาตก่อสร้างอาคาร: พิจารณาตามลำดับการยื่นคำขอ ใช้แบบตรวจ (Checklist) ทุกคำขอ ห้ามเรียกเอกสารนอกเหนือรายการที่ประกาศ",
         "๒. งานทะเบียนราษฎร: กรณีเอกสารไม่ครบ ให้แจ้งผู้ยื่นเป็นลายลักษณ์อักษรครั้งเดียว พร้อมระบุรายการที่ขาด",
         "๓. งานเทศกิจ: การว่ากล่าวตักเตือนหรือเปรียบเทียบปรับ ให้ยึดหลักเกณฑ์อัตราค่าปรับที่ประกาศ และบันทึกเหตุผลทุกครั้ง",
         "๔. งานรายได้: การประเมินภาษีต้องมีผู้ตรวจสอบอย่างน้อย ๒ คน", "", "ประกาศ ณ วันที่ ๒๒ พฤศจิกายน พ.ศ. ๒๕๖๗", DIRECTOR, "ผู้อำนวยการเขตหนองแขม"]))

    # O21 — README only
    readme = ("เรียน ผู้ตรวจประเมิน\r\n\r\nเอกสารข้อ O21 การจัดการทรัพย์สินของราชการ ของบริจาค และการจัดเก็บของกลาง\r\n"
              "อยู่ระหว่างรวบรวมจากฝ่ายการคลังและฝ่ายเทศกิจ จะนำขึ้นเว็บไซต์โดยเร็ว\r\n\r\nฝ่ายปกครอง สำนักงานเขตหนองแขม\r\n๒ เมษายน ๒๕๖๘\r\n")
    w(Z + "O21_assets.zip", make_zip([("อ่านก่อน.txt", b"\xef\xbb\xbf" + readme.encode("utf-8"), D(2025, 4, 2))], "7zip"))

    # O22 — macOS zip
    o22 = [("ITA2568/", None, D(2025, 4, 10)),
           ("ITA2568/มาตรการยกระดับคุณธรรมและความโปร่งใส ปี 2568.pdf", pdf(["มาตรการส่งเสริมคุณธรรมและความโปร่งใส", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", OFFICE],
              ["ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ของสำนักงานเขตหนองแขม ได้คะแนนร้อยละ ๙๒.๑๘ ระดับผ่านดี",
               "ประเด็นที่ได้คะแนนต่ำ: การประชาสัมพันธ์ช่องทางร้องเรียน และการเปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน",
               "มาตรการ ๑: มอบหมายผู้รับผิดชอบข้อมูล OIT รายข้อ และตรวจสอบเว็บไซต์ทุกเดือน",
               "มาตรการ ๒: เผยแพร่ช่องทางร้องเรียนการทุจริตที่ป้ายประชาสัมพันธ์และเว็บไซต์", "มาตรการ ๓: จัดอบรมเรื่องผลประโยชน์ทับซ้อนแก่บุคลากร",
               "", "ประกาศ ณ วันที่ ๙ ธันวาคม ๒๕๖๗", DIRECTOR, "ผู้อำนวยการเขตหนองแขม"]), D(2025, 4, 10)),
           ("ITA2568/รายงานผลตามมาตรการ รอบ 6 เดือน (ต.ค.67-มี.ค.68).pdf", pdf(["รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส", "รอบ ๖ เดือน (ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘)", OFFICE],
              ["มาตรการ ๑: แต่งตั้งผู้รับผิดชอบครบ ๒๒ ข้อ ตรวจสอบเว็บไซต์แล้ว ๖ ครั้ง", "มาตรการ ๒: ติดป้ายช่องทางร้องเรียน ๔ จุด",
               "มาตรการ ๓: อบรมแล้ว ๑ รุ่น ผู้เข้าร่วม ๑๒๐ คน", "", "รายงาน ณ วันที่ ๙ เมษายน ๒๕๖๘"]), D(2025, 4, 10))]
    w(Z + "O22_measures.zip", make_zip(o22, "mac"))

    # ================= OIT index
    def row(code, name, ev):
        return f"<tr><td>{code}</td><td>{name}</td><td>{ev}</td></tr>"
    rows = [
        row("O๑", "ข้อมูลพื้นฐานของสำนักงานเขต", '<a href="/about/">ประวัติและข้อมูลทั่วไป</a> · <a href="/about/structure.html">โครงสร้าง</a> · <a href="/about/executives.html">ผู้บริหาร</a> · <a href="/about/authority.html">อำนาจหน้าที่</a> · <a href="/about/contact.html">ติดต่อ</a>'),
        row("O๒", "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร", zlink(Z + "O2_policy_plans.zip")),
        row("O๓", "โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต", '<a href="/education/schools.html">รายชื่อโรงเรียน</a>'),
        row("O๔", "การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน", '<a href="/news/results-2568.html">ผลงานเขต</a> · <a href="/news/">ข่าวประชาสัมพันธ์</a>'),
        row("O๕", "แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี", zlink(Z + "O5_action_plan.zip")),
        row("O๖", "คู่มือการปฏิบัติหน้าที่ (ครบทุกฝ่าย)", zlink(Z + "O6_manuals_all_divisions.zip")),
        row("O๗", "คู่มือการให้บริการประชาชน", '<a href="/service/manuals.html">คู่มือสำหรับประชาชน</a>'),
        row("O๘", "E-Service", '<a href="/service/eservice.html">บริการออนไลน์</a>'),
        row("O๙", "ข้อมูลสถิติการจัดเก็บภาษี", zlink(Z + "O9_tax_stats_2568.zip", "ดาวน์โหลดเอกสารทั้งหมด ปี ๒๕๖๘ (.zip)")),
        row("O๑๐", "ข้อมูลสถิติการจัดเก็บรายได้", '<a href="/download.php?id=10">ดาวน์โหลด</a>'),
        row("O๑๑", "รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต", zlink(Z + "O11_checklist.zip")),
        row("O๑๒", "ระบบติดตาม (Tracking System) สถานะการขอใบอนุญาต", '<a href="/eservice/tracking.php">เข้าสู่ระบบติดตามสถานะ</a>'),
        row("O๑๓", "แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายงบประมาณประจำปี", '<a href="/budget/spending-plan.html">เปิดหน้าข้อมูล</a>'),
        row("O๑๔", "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ ข้อมูลเงินอุดหนุนชุมชน", '<a href="/budget/budget-info.html">เปิดหน้าข้อมูล</a>'),
        row("O๑๕", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้างรายเดือน", '<a href="/procurement/">ข่าวจัดซื้อจัดจ้าง / สขร.๑</a>'),
        row("O๑๖", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", zlink(Z + "O16_HR.zip")),
        row("O๑๗", "ช่องทางการร้องเรียนการทุจริตและข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี", '<a href="/ita/2568/complaint.html">ช่องทางร้องเรียนและสถิติ</a>'),
        row("O๑๘", "ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) และการรายงานผลสู่การปฏิบัติ", zlink(Z + "O18_anti_bribery.zip")),
        row("O๑๙", "การประเมินความเสี่ยงต่อการรับสินบนและการรายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน", zlink(Z + "O18_anti_bribery.zip")),
        row("O๒๐", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", '<a href="/download.php?id=20">ดาวน์โหลด</a>'),
        row("O๒๑", "การจัดการทรัพย์สินของราชการ ของบริจาคและการจัดเก็บของกลาง", zlink(Z + "O21_assets.zip")),
        row("O๒๒", "มาตรการในการยกระดับคุณธรรมและความโปร่งใส และการรายงานผลการดำเนินงาน", zlink(Z + "O22_measures.zip")),
    ]
    page("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
         "<p>สำนักงานเขตหนองแขมเผยแพร่ข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ของการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) "
         "เพื่อความสะดวก เอกสารส่วนใหญ่รวบรวมเป็นไฟล์ .zip ให้ดาวน์โหลดได้ในครั้งเดียว (แตกไฟล์ด้วย WinRAR หรือ 7-Zip)</p>"
         '<table class="oit"><tr><th>ข้อ</th><th>ข้อมูล</th><th>เอกสาร/ลิงก์</th></tr>' + "".join(rows) + "</table>"
         "<p class=\"date\">ผู้รับผิดชอบ: ฝ่ายปกครอง · ปรับปรุงล่าสุด ๑๐ เมษายน ๒๕๖๘</p>")

    # ================= home
    latest = "".join(f'<div class="news-item"><span class="date">{dt}</span> <a href="/news/{s}.html">{t}</a></div>' for s, dt, t, _ in news[:5])
    page("/", "หน้าแรก", f"""
<div class="banner"><img src="/assets/img/banner.jpg" width="760" alt="เขตหนองแขม"></div>
<div class="quick"><a href="/ita/2568/"><b>ITA ๒๕๖๘ · การเปิดเผยข้อมูลสาธารณะ (OIT)</b></a> · <a href="/service/eservice.html">E-Service</a> ·
<a href="/ita/2568/complaint.html">แจ้งเบาะแสการทุจริต</a> · <a href="/procurement/">จัดซื้อจัดจ้าง</a> · <a href="/education/">การศึกษา</a></div>
<h2>ข่าวประชาสัมพันธ์</h2>{latest}<p><a href="/news/">ดูข่าวทั้งหมด »</a></p>
<h2>ประกาศรับสมัครงาน</h2><p><a href="/jobs/">รับสมัครลูกจ้างชั่วคราว พนักงานกวาดถนน ๕ อัตรา</a></p>
<h2>เที่ยวหนองแขม</h2><p><a href="/tourism/">ตลาดน้ำวัดหนองแขม · สวนหนองแขมรวมใจ</a></p>
""")
    w("/assets/img/banner.jpg", jpg("banner", "สำนักงานเขตหนองแขม"))

    # ================= meta
    meta = {
        "framework": "bma-2567",
        "as_of": "2025-04-22",
        "start": "/",
        "name_th": OFFICE,
        "style": (
            "Mid-sized green-themed district site (static, Bangkok portal bar, top menu, left sub-menus, Thai digits and BE dates). "
            "The OIT page /ita/2568/ (menu 'ITA / OIT' goes via redirect /oit; home links it directly) writes codes O๑..O๒๒ and answers most rows with "
            "'ดาวน์โหลดเอกสารทั้งหมด (.zip)'. Zips come from different tools: Windows Explorer (cp874 names, no UTF-8 flag: O2, O9, O16, O18), "
            "7-Zip (UTF-8 flag: O5, O6, O17, O21, procurement), WinZip (cp874 + 0x7075 Unicode path extra: O11), macOS Archive Utility "
            "(UTF-8 names without flag, data descriptors, __MACOSX/._ junk: O22). Traps: O1 spread over 3 pages, structure chart is an image (pass); "
            "O2 folders in a cp874 zip (pass); O3 plain HTML table under education (pass); O4 'ผลงานเขต' page (pass); O5 zip titled plan+report holds two plans, no report (incomplete); "
            "O6 every division's manual, ฝ่ายโยธา as a zip inside the zip (pass); O7 PDFs + one DOCX (pass); O8 internal form + external BMA Q/Traffy (pass); "
            "O9 zip named 2568 whose members are FY2566 (stale); O10 xlsx behind /download.php?id=10 (pass); O11 WinZip-encoded checklists (pass); "
            "O12 tracking link answers 500 (broken); O13 fresh 'ปรับปรุง ๑๐ มี.ค. ๒๕๖๘' stamp over FY2567 plan / FY2566 report (stale); "
            "O14 no community-subsidy data, only a news link mentioning it (incomplete); O15 announcements + e-GPBMA link, Q1 zip good, Q2 zip truncated/corrupt (broken or incomplete); "
            "O16 HR zip cp874 (pass); O17 channels OK but the stats zip holds general (Traffy/1555) complaint stats only (incomplete); "
            "O18 anti-bribery policy of 2566 signed by the previous director + FY2566 report (stale); O19 row links to the O18 zip, no risk assessment (missing); "
            "O20 PDF behind /download.php?id=20 as attachment (pass); O21 zip holds only อ่านก่อน.txt 'being compiled' (missing); O22 macOS zip with measures FY2568 + 6-month report (pass)."),
        "author": "blind",
        "set": "held-out-9",
        "server": {
            "redirects": {"/oit": "/ita/2568/"},
            "status": {"/eservice/tracking.php": 500},
            "files": {
                "/download.php?id=10": {"file": "store/f_0010.xlsx", "headers": {
                    "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "Content-Disposition": "attachment; filename=\"revenue_2568.xlsx\"; filename*=UTF-8''%E0%B8%AA%E0%B8%96%E0%B8%B4%E0%B8%95%E0%B8%B4%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B9%84%E0%B8%94%E0%B9%89_2568.xlsx"}},
                "/download.php?id=20": {"file": "store/f_0020.pdf", "headers": {
                    "Content-Type": "application/pdf",
                    "Content-Disposition": "attachment; filename=\"discretion_guideline_2568.pdf\""}},
            },
        },
    }
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()
    n = sum(1 for dp, dn, fn in os.walk(SITE) for x in fn if x.endswith(".html"))
    print("html pages:", n)
