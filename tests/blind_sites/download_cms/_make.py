# -*- coding: utf-8 -*-
"""Deterministic generator for the held-out fixture 'download_cms'
(สำนักงานเขตประเวศ, framework bma-2567, as_of 2025-11-25).
Run: /work/blindenv/bin/python _make.py   -> rebuilds site/ and meta.json
"""
import os, io, json, random, shutil, urllib.parse, zipfile
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import ImageReader
import openpyxl
from openpyxl.styles import Font as XFont, Alignment
import docx, datetime
from reportlab import rl_config
rl_config.invariant = 1
FIXED = datetime.datetime(2025, 11, 21, 9, 0, 0)

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
FONTDIR = "/usr/share/fonts/truetype/tlwg/"
random.seed(2569)

if os.path.exists(SITE):
    shutil.rmtree(SITE)
os.makedirs(SITE)

pdfmetrics.registerFont(TTFont("Laksaman", FONTDIR + "Laksaman.ttf"))
pdfmetrics.registerFont(TTFont("Laksaman-Bold", FONTDIR + "Laksaman-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Garuda", FONTDIR + "Garuda.ttf"))

TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
def thd(s):
    return str(s).translate(TH)

def w(path, data, mode="w"):
    full = os.path.join(SITE, path.lstrip("/"))
    os.makedirs(os.path.dirname(full), exist_ok=True)
    if mode == "w":
        with open(full, "w", encoding="utf-8") as f:
            f.write(data)
    else:
        with open(full, "wb") as f:
            f.write(data)
    return full

DISTRICT = "สำนักงานเขตประเวศ"
ADDR = "เลขที่ 1 ซอยเฉลิมพระเกียรติ ร.9 ซอย 28 ถนนเฉลิมพระเกียรติ ร.9 แขวงหนองบอน เขตประเวศ กรุงเทพมหานคร 10250"
TEL = "0 2328 7119"
FAX = "0 2328 7118"
MAIL = "prawet@bangkok.go.th"
DIRECTOR = "นายธนพล วงศ์สวัสดิ์"

# ---------------------------------------------------------------- PDF helpers
MARKS = set("ัิีึืฺุู็่้๊๋์ํำ")
def _split_long(wd, font, size, maxw):
    out, cur = [], ""
    for ch in wd:
        t = cur + ch
        if pdfmetrics.stringWidth(t, font, size) > maxw and cur and ch not in MARKS and ch not in "ะาๆ":
            out.append(cur); cur = ch
        else:
            cur = t
    if cur:
        out.append(cur)
    return out

def _wrap(text, font, size, maxw):
    words = []
    for wd in text.split(" "):
        words.extend(_split_long(wd, font, size, maxw) if pdfmetrics.stringWidth(wd, font, size) > maxw else [wd])
    lines, cur = [], ""
    for wd in words:
        t = (cur + " " + wd) if cur else wd
        if pdfmetrics.stringWidth(t, font, size) <= maxw:
            cur = t
        else:
            if cur:
                lines.append(cur)
            cur = wd
    if cur:
        lines.append(cur)
    return lines

def text_pdf(relpath, title, paras, font="Laksaman", size=15, sign=None, land=False, invisible_fix=None):
    """paras: list of str; '## ' prefix = bold heading; '|' separated = table row."""
    buf = io.BytesIO()
    ps = landscape(A4) if land else A4
    c = canvas.Canvas(buf, pagesize=ps)
    c.setTitle(title)
    c.setAuthor(DISTRICT)
    W, H = ps
    y = H - 60
    def newpage():
        nonlocal y
        c.showPage(); y = H - 60
    c.setFont("Laksaman-Bold", size + 3)
    for ln in _wrap(title, "Laksaman-Bold", size + 3, W - 120):
        c.drawCentredString(W / 2, y, ln); y -= size + 10
    y -= 8
    for p in paras:
        if p.startswith("## "):
            c.setFont("Laksaman-Bold", size + 1)
            for ln in _wrap(p[3:], "Laksaman-Bold", size + 1, W - 120):
                if y < 60: newpage(); c.setFont("Laksaman-Bold", size + 1)
                c.drawString(60, y, ln); y -= size + 7
            continue
        if "|" in p:
            cells = p.split("|")
            cw = (W - 100) / len(cells)
            c.setFont(font, size - 3)
            hmax = 1
            wrapped = [_wrap(cl.strip(), font, size - 3, cw - 6) or [""] for cl in cells]
            hmax = max(len(x) for x in wrapped)
            rowh = hmax * (size) + 6
            if y - rowh < 50: newpage(); c.setFont(font, size - 3)
            for i, wl in enumerate(wrapped):
                x0 = 50 + i * cw
                c.rect(x0, y - rowh + size - 2, cw, rowh, stroke=1, fill=0)
                yy = y
                for ln in wl:
                    c.drawString(x0 + 3, yy, ln); yy -= size
            y -= rowh
            continue
        c.setFont(font, size)
        for ln in _wrap(p, font, size, W - 120):
            if y < 60: newpage(); c.setFont(font, size)
            c.drawString(60, y, ln); y -= size + 6
        y -= 4
    if sign:
        y -= 20
        if y < 120: newpage()
        c.setFont(font, size)
        for ln in sign:
            c.drawCentredString(W * 0.62, y, ln); y -= size + 6
    c.showPage(); c.save()
    w(relpath, buf.getvalue(), "wb")

def render_lines_image(title, lines, width=1240, scale=1.0, noise=False, rotate=0.0):
    """Render an A4 page (150 dpi) with Pillow+raqm; returns list of images."""
    ftitle = ImageFont.truetype(FONTDIR + "Laksaman-Bold.ttf", 40)
    fbody = ImageFont.truetype(FONTDIR + "Laksaman.ttf", 32)
    pages = []
    H = int(width * 297 / 210)
    img = Image.new("L", (width, H), 255); d = ImageDraw.Draw(img)
    y = 110
    tl = [title]
    if d.textlength(title, font=ftitle) > width - 160:
        sp = [k for k, ch in enumerate(title) if ch == " "]
        cut = min(sp, key=lambda k: abs(k - len(title) / 2))
        tl = [title[:cut], title[cut + 1:]]
    for t_ in tl:
        d.text((width // 2, y), t_, font=ftitle, fill=0, anchor="mm"); y += 56
    y += 24
    for ln in lines:
        if y > H - 120:
            pages.append(img); img = Image.new("L", (width, H), 255); d = ImageDraw.Draw(img); y = 110
        if ln.startswith("## "):
            d.text((110, y), ln[3:], font=ftitle, fill=0); y += 58
        elif "|" in ln:
            cells = ln.split("|"); n = len(cells); unit = (width - 180) / (n + 1)
            xs = [90] + [90 + unit * (2 + k) for k in range(n)]
            for i, cl in enumerate(cells):
                d.rectangle((xs[i], y - 6, xs[i + 1], y + 44), outline=0)
                d.text((xs[i] + 8, y), cl.strip(), font=ImageFont.truetype(FONTDIR + "Laksaman.ttf", 26), fill=0)
            y += 50
        else:
            d.text((110, y), ln, font=fbody, fill=0); y += 48
    pages.append(img)
    out = []
    for im in pages:
        if rotate:
            im = im.rotate(rotate, fillcolor=255, resample=Image.BICUBIC)
        if noise:
            px = im.load(); rnd = random.Random(7)
            for _ in range(9000):
                x = rnd.randrange(im.width); yy = rnd.randrange(im.height)
                px[x, yy] = rnd.choice((90, 140, 200))
            im = im.filter(ImageFilter.GaussianBlur(0.6))
        out.append(im)
    return out

def scan_pdf(relpath, title, lines):
    ims = render_lines_image(title, lines, noise=True, rotate=0.6)
    ims = [i.convert("RGB") for i in ims]
    buf = io.BytesIO()
    ims[0].save(buf, "PDF", resolution=150, save_all=True, append_images=ims[1:],
                creationDate=FIXED.timetuple(), modDate=FIXED.timetuple(), producer="Canon iR-ADV C5540 PDF")
    w(relpath, buf.getvalue(), "wb")

def image_with_broken_textlayer_pdf(relpath, title, lines):
    """Visible page is an image of correct Thai; the text layer (invisible) is the
    Word-2007-style export where every sara am (ำ) became sara aa (า)."""
    ims = render_lines_image(title, lines)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setTitle(title.replace("ำ", "า"))
    W, H = A4
    for pi, im in enumerate(ims):
        bio = io.BytesIO(); im.convert("RGB").save(bio, "PNG"); bio.seek(0)
        c.drawImage(ImageReader(bio), 0, 0, W, H)
        t = c.beginText(); t.setTextRenderMode(3); t.setFont("Laksaman", 15)
        t.setTextOrigin(55, H - 55)
        if pi == 0:
            t.textLine(title.replace("ำ", "า"))
        per = len(lines) if len(ims) == 1 else None
        for ln in (lines if len(ims) == 1 else (lines if pi == 0 else [])):
            t.textLine(ln.replace("## ", "").replace("|", " ").replace("ำ", "า"))
        c.drawText(t)
        c.showPage()
    c.save()
    w(relpath, buf.getvalue(), "wb")

def _fixzip(data):
    src = zipfile.ZipFile(io.BytesIO(data)); out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for it in src.infolist():
            zi = zipfile.ZipInfo(it.filename, date_time=(2025, 11, 21, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            data_ = src.read(it.filename)
            if it.filename == "docProps/core.xml":
                import re as _re
                data_ = _re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2025-11-21T09:00:00Z", data_)
            z.writestr(zi, data_)
    return out.getvalue()

def xlsx(relpath, sheets):
    wb = openpyxl.Workbook(); first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet(); first = False
        ws.title = name[:30]
        for r in rows:
            ws.append(r)
        for cell in ws[1]:
            cell.font = XFont(bold=True)
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = 24
    wb.properties.creator = "prawet"; wb.properties.created = FIXED; wb.properties.modified = FIXED
    bio = io.BytesIO(); wb.save(bio)
    w(relpath, _fixzip(bio.getvalue()), "wb")

def make_docx(relpath, title, paras):
    d = docx.Document()
    d.add_heading(title, level=1)
    for p in paras:
        if p.startswith("## "):
            d.add_heading(p[3:], level=2)
        else:
            d.add_paragraph(p)
    d.core_properties.created = FIXED; d.core_properties.modified = FIXED; d.core_properties.author = "prawet"
    bio = io.BytesIO(); d.save(bio)
    w(relpath, _fixzip(bio.getvalue()), "wb")

# ---------------------------------------------------------------- HTML shell
MENU = [("/", "หน้าแรก"), ("/about/", "เกี่ยวกับเขต"), ("/news_list.php?page=1", "ข่าวประชาสัมพันธ์"),
        ("/download_list.php?page=1", "เอกสารดาวน์โหลด"), ("/service/", "บริการประชาชน"),
        ("/ita/", "ITA / OIT"), ("/travel/", "ท่องเที่ยว"), ("/gallery/", "ภาพกิจกรรม"),
        ("/jobs/", "สมัครงาน"), ("/contact/", "ติดต่อเรา")]

def page(title, body, side=True):
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in MENU)
    sidebar = ""
    if side:
        sidebar = """<aside class="col-side">
<div class="box"><h4>เมนูลัด</h4><ul>
<li><a href="/ita/">การเปิดเผยข้อมูลสาธารณะ (OIT)</a></li>
<li><a href="/download_list.php?page=1">เอกสารดาวน์โหลด</a></li>
<li><a href="/complaint/">ร้องเรียน/แจ้งเบาะแสการทุจริต</a></li>
<li><a href="/service/eservice.html">บริการออนไลน์ (E-Service)</a></li>
<li><a href="/finance/procurement.html">ข้อมูลการจัดซื้อจัดจ้าง</a></li>
<li><a href="/hr/">งานบริหารทรัพยากรบุคคล</a></li>
<li><a href="/faq/">ถาม-ตอบ (FAQ)</a></li>
</ul></div>
<div class="box"><a href="https://www.facebook.com/prawetdistrict"><img src="/img/fb.png" alt="Facebook เขตประเวศ" width="180"></a></div>
<div class="box counter">ผู้เข้าชม 1,284,55x คน</div>
</aside>"""
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8">
<title>{title} :: {DISTRICT}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/style.css">
</head><body>
<div id="portal">กรุงเทพมหานคร | <a href="https://www.bangkok.go.th">bangkok.go.th</a> | 50 สำนักงานเขต</div>
<header><a href="/"><img src="/img/logo.png" alt="ตรากรุงเทพมหานคร" height="70"></a>
<div class="brand"><b>{DISTRICT}</b><br><small>Prawet District Office, Bangkok</small></div>
<form action="/search.php" class="search"><input name="q" placeholder="ค้นหา"><button>ค้นหา</button></form></header>
<nav><ul class="menu">{menu}</ul></nav>
<div class="wrap"><main class="col-main">
{body}
</main>{sidebar}</div>
<footer><p>{DISTRICT} {ADDR}<br>โทรศัพท์ {TEL} โทรสาร {FAX} อีเมล {MAIL}</p>
<p>เวลาทำการ วันจันทร์ - วันศุกร์ 08.00 - 16.00 น. (เว้นวันหยุดราชการ) | <a href="/sitemap.html">แผนผังเว็บไซต์</a> | <a href="/privacy.html">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></p>
<p class="small">Powered by GovCMS 3.2 &copy; 2560-2568 ฝ่ายปกครอง {DISTRICT}</p></footer>
</body></html>"""

# ---------------------------------------------------------------- documents registry
DOCS = {}   # id -> dict
def doc(i, cat, title, fname_th, store, up, dl, ctype, disp="attachment", listed=True):
    DOCS[i] = dict(cat=cat, title=title, fname=fname_th, store=store, up=up, dl=dl,
                   ctype=ctype, disp=disp, listed=listed)

PDF = "application/pdf"; OCT = "application/octet-stream"
XL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

SIGN = [f"({DIRECTOR})", "ผู้อำนวยการเขตประเวศ"]

# 1-3 Governor policy & BMA plans (O2)
text_pdf("store/f/0001.pdf", "นโยบายผู้ว่าราชการกรุงเทพมหานคร (นายชัชชาติ สิทธิพันธุ์) 9 ดี",
    ["นโยบายการบริหารราชการกรุงเทพมหานคร มุ่งสู่ \"กรุงเทพฯ เมืองน่าอยู่สำหรับทุกคน\" ประกอบด้วย 9 ด้าน ดังนี้",
     "## 1. ปลอดภัยดี", "ลดความเสี่ยงจากอุบัติเหตุ อาชญากรรม อัคคีภัย และภัยพิบัติ จัดการจุดเสี่ยงทั่วกรุงเทพมหานคร",
     "## 2. สร้างสรรค์ดี", "ส่งเสริมเศรษฐกิจสร้างสรรค์ เทศกาลศิลปะและวัฒนธรรมในทุกเขต",
     "## 3. สิ่งแวดล้อมดี", "ปลูกต้นไม้ล้านต้น สวน 15 นาที ลดฝุ่น PM2.5 และจัดการขยะต้นทาง",
     "## 4. สุขภาพดี", "พัฒนาระบบบริการสุขภาพปฐมภูมิ ศูนย์บริการสาธารณสุขใกล้บ้าน",
     "## 5. เรียนดี", "ยกระดับคุณภาพโรงเรียนสังกัดกรุงเทพมหานคร",
     "## 6. เศรษฐกิจดี", "พัฒนาหาบเร่แผงลอย ตลาดชุมชน และทักษะอาชีพ",
     "## 7. เดินทางดี", "พัฒนาทางเท้า จุดเชื่อมต่อการเดินทาง และระบบขนส่งรอง",
     "## 8. โครงสร้างดี", "แก้ไขปัญหาน้ำท่วม ขุดลอกคูคลอง และบำรุงโครงสร้างพื้นฐาน",
     "## 9. บริหารจัดการดี", "เปิดเผยข้อมูล ความโปร่งใส ต่อต้านการทุจริต และนำเทคโนโลยีมาใช้ (Traffy Fondue, Open Data)"])
doc(1, "นโยบายและแผน", "นโยบายผู้ว่าราชการกรุงเทพมหานคร 9 ดี", "นโยบายผู้ว่าราชการกรุงเทพมหานคร_9ดี.pdf", "store/f/0001.pdf", "3 ก.ค. 2566", 1842, OCT)
text_pdf("store/f/0002.pdf", "แผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี ระยะที่ 3 (พ.ศ. 2566 - 2570) (ฉบับสรุป)",
    ["แผนพัฒนากรุงเทพมหานครระยะ 20 ปี (พ.ศ. 2561 - 2580) ระยะที่ 3 (พ.ศ. 2566 - 2570) จัดทำโดยสำนักยุทธศาสตร์และประเมินผล กรุงเทพมหานคร",
     "## มิติที่ 1 มหานครปลอดภัย", "## มิติที่ 2 มหานครสีเขียว สะดวกสบาย", "## มิติที่ 3 มหานครสำหรับทุกคน",
     "## มิติที่ 4 มหานครกะทัดรัด", "## มิติที่ 5 มหานครแห่งประชาธิปไตย", "## มิติที่ 6 มหานครแห่งเศรษฐกิจและการเรียนรู้",
     "## มิติที่ 7 การบริหารจัดการเมืองมหานคร",
     "สำนักงานเขตประเวศนำแผนฉบับนี้มาใช้เป็นกรอบในการจัดทำแผนพัฒนาเขตและแผนปฏิบัติราชการประจำปี"])
doc(2, "นโยบายและแผน", "แผนพัฒนากรุงเทพมหานคร ระยะที่ 3 (พ.ศ. 2566-2570) ฉบับสรุป", "แผนพัฒนากรุงเทพมหานคร_ระยะที่3.pdf", "store/f/0002.pdf", "3 ก.ค. 2566", 911, PDF, "inline")
text_pdf("store/f/0003.pdf", "แผนพัฒนาเขตประเวศ (พ.ศ. 2566 - 2570)",
    ["แผนพัฒนาเขตประเวศ เป็นแผนระดับพื้นที่ที่สอดคล้องกับแผนพัฒนากรุงเทพมหานคร ระยะที่ 3 และนโยบายผู้ว่าราชการกรุงเทพมหานคร",
     "## วิสัยทัศน์", "เขตประเวศ น่าอยู่ ปลอดภัย สิ่งแวดล้อมดี ประชาชนมีส่วนร่วม",
     "## ประเด็นการพัฒนา", "1. การป้องกันน้ำท่วมในพื้นที่แขวงหนองบอนและแขวงดอกไม้",
     "2. การเพิ่มพื้นที่สีเขียวและสวน 15 นาที", "3. การจัดระเบียบทางเท้าถนนศรีนครินทร์และถนนอ่อนนุช",
     "4. การพัฒนาคุณภาพชีวิตผู้สูงอายุและชุมชน"])
doc(3, "นโยบายและแผน", "แผนพัฒนาเขตประเวศ (พ.ศ. 2566-2570)", "แผนพัฒนาเขตประเวศ_2566-2570.pdf", "store/f/0003.pdf", "14 ก.ย. 2566", 603, OCT)

# 4 old action plan FY2568 (library + old OIT page only), 5 annual performance report FY2568 (O5)
text_pdf("store/f/0004.pdf", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๘ สำนักงานเขตประเวศ",
    ["แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (๑ ตุลาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๖๘)",
     "โครงการ|ฝ่ายรับผิดชอบ|งบประมาณ (บาท)|ตัวชี้วัด",
     "ขุดลอกคลองประเวศบุรีรมย์|ฝ่ายโยธา|๒,๔๕๐,๐๐๐|ร้อยละ ๑๐๐ ของระยะทาง",
     "สวน ๑๕ นาที ซอยอ่อนนุช ๖๕|ฝ่ายรักษาความสะอาดฯ|๘๕๐,๐๐๐|๑ แห่ง",
     "จัดระเบียบหาบเร่แผงลอย|ฝ่ายเทศกิจ|๑๒๐,๐๐๐|๑๒ จุด",
     "พัฒนาศักยภาพกรรมการชุมชน|ฝ่ายพัฒนาชุมชนฯ|๒๐๐,๐๐๐|๔๕ ชุมชน"], sign=SIGN)
doc(4, "นโยบายและแผน", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568", "แผนปฏิบัติราชการ_2568.pdf", "store/f/0004.pdf", "30 ต.ค. 2567", 377, PDF)
text_pdf("store/f/0005.pdf", "รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๘ สำนักงานเขตประเวศ",
    ["รอบ ๑๒ เดือน (๑ ตุลาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๖๘)",
     "โครงการ|เป้าหมาย|ผลการดำเนินงาน|ร้อยละ",
     "ขุดลอกคลองประเวศบุรีรมย์|๘.๕ กม.|๘.๕ กม.|๑๐๐",
     "สวน ๑๕ นาที ซอยอ่อนนุช ๖๕|๑ แห่ง|๑ แห่ง|๑๐๐",
     "จัดระเบียบหาบเร่แผงลอย|๑๒ จุด|๑๐ จุด|๘๓.๓๓",
     "พัฒนาศักยภาพกรรมการชุมชน|๔๕ ชุมชน|๔๕ ชุมชน|๑๐๐",
     "สรุป: ดำเนินการแล้วเสร็จตามแผน ๓๘ โครงการ จาก ๔๑ โครงการ คิดเป็นร้อยละ ๙๒.๖๘",
     "ปัญหาอุปสรรค: ฝนตกหนักช่วงเดือนสิงหาคม - กันยายน ๒๕๖๘ ทำให้งานขุดลอกบางช่วงล่าช้า"], sign=SIGN + ["๓๑ ตุลาคม ๒๕๖๘"])
doc(5, "นโยบายและแผน", "รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568", "รายงานผลการปฏิบัติราชการ_ปี2568.pdf", "store/f/0005.pdf", "3 พ.ย. 2568", 58, OCT)

# 6-12 division manuals (O6): 7 of 10 divisions
DIVS = ["ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายรายได้", "ฝ่ายรักษาความสะอาดและสวนสาธารณะ",
        "ฝ่ายโยธา", "ฝ่ายเทศกิจ", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "ฝ่ายการศึกษา"]
MANUAL_IDS = {}
nid = 6
for dv in DIVS:
    if dv in ("ฝ่ายโยธา", "ฝ่ายเทศกิจ", "ฝ่ายการศึกษา"):
        continue
    p = f"store/f/{nid:04d}.pdf"
    text_pdf(p, f"คู่มือการปฏิบัติงาน {dv} สำนักงานเขตประเวศ",
        ["## 1. วัตถุประสงค์", f"เพื่อให้เจ้าหน้าที่{dv}ปฏิบัติงานเป็นมาตรฐานเดียวกัน ถูกต้องตามระเบียบ",
         "## 2. ขอบเขตงาน", f"ครอบคลุมภารกิจหลักของ{dv} ตามประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต",
         "## 3. ขั้นตอนการปฏิบัติงาน", "รับเรื่อง|ตรวจสอบเอกสาร|เสนอผู้บังคับบัญชา|แจ้งผล",
         "## 4. ระยะเวลา", "ตามมาตรฐานระยะเวลาการให้บริการ (SLA) ที่กำหนด",
         "ปรับปรุงครั้งล่าสุด มีนาคม 2568"])
    MANUAL_IDS[dv] = nid
    doc(nid, "คู่มือปฏิบัติงาน", f"คู่มือการปฏิบัติงาน {dv}", f"คู่มือการปฏิบัติงาน_{dv}.pdf", p, "20 มี.ค. 2568", random.randint(40, 300), OCT if nid % 2 else PDF)
    nid += 1
assert nid == 13

# 13-16 citizen manuals (O7)
PUB = [("การแจ้งเกิด", "ฝ่ายทะเบียน", "ภายใน 15 วันนับแต่วันเกิด ใช้เวลา 15 นาที", "ไม่มีค่าธรรมเนียม"),
       ("การแจ้งย้ายที่อยู่", "ฝ่ายทะเบียน", "ใช้เวลา 20 นาที", "ไม่มีค่าธรรมเนียม"),
       ("การขออนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร (อ.1)", "ฝ่ายโยธา", "ภายใน 45 วัน", "ตามกฎกระทรวง"),
       ("การขอรับใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "ภายใน 30 วัน", "ตามข้อบัญญัติกรุงเทพมหานคร")]
for k, (svc, dv, tm, fee) in enumerate(PUB):
    i = 13 + k; p = f"store/f/{i:04d}.pdf"
    text_pdf(p, f"คู่มือสำหรับประชาชน: {svc}",
        [f"หน่วยงานที่ให้บริการ: {dv} {DISTRICT}",
         "## หลักเกณฑ์ วิธีการ เงื่อนไข", "ผู้ยื่นคำขอต้องเป็นเจ้าของเรื่องหรือผู้ได้รับมอบอำนาจ",
         "## ขั้นตอน ระยะเวลา และส่วนงานที่รับผิดชอบ", f"ยื่นคำขอ ณ {dv} หรือผ่านระบบ BMA OSS / ระยะเวลา {tm}",
         "## รายการเอกสารหลักฐานประกอบ", "บัตรประจำตัวประชาชน|ทะเบียนบ้าน|หนังสือมอบอำนาจ (ถ้ามี)",
         "## ค่าธรรมเนียม", fee,
         "## ช่องทางการร้องเรียน", f"{DISTRICT} โทร. {TEL} / ศูนย์บริการข้อมูลกรุงเทพมหานคร 1555 / Traffy Fondue",
         "ตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558"])
    doc(i, "คู่มือประชาชน", f"คู่มือสำหรับประชาชน {svc}", f"คู่มือประชาชน_{svc}.pdf", p, "12 ม.ค. 2568", random.randint(100, 900), OCT)

# 17-18 revenue statistics XLSX (O10)
months68 = ["ต.ค. 67", "พ.ย. 67", "ธ.ค. 67", "ม.ค. 68", "ก.พ. 68", "มี.ค. 68", "เม.ย. 68", "พ.ค. 68", "มิ.ย. 68", "ก.ค. 68", "ส.ค. 68", "ก.ย. 68"]
rows = [["เดือน", "ภาษีที่ดินและสิ่งปลูกสร้าง (บาท)", "ภาษีป้าย (บาท)", "ค่าธรรมเนียม/ใบอนุญาต (บาท)", "รวม (บาท)"]]
rr = random.Random(68)
for m in months68:
    a, b, c_ = rr.randint(900000, 9000000), rr.randint(50000, 700000), rr.randint(80000, 400000)
    rows.append([m, a, b, c_, a + b + c_])
rows.append(["รวมทั้งปี", "=SUM(B2:B13)", "=SUM(C2:C13)", "=SUM(D2:D13)", "=SUM(E2:E13)"])
xlsx("store/f/0017.xlsx", [("สถิติรายได้ ปีงบ 2568", [["สถิติการจัดเก็บรายได้ สำนักงานเขตประเวศ ประจำปีงบประมาณ พ.ศ. 2568 (ต.ค. 2567 - ก.ย. 2568)"]] + rows)])
doc(17, "การเงินการคลัง", "สถิติการจัดเก็บรายได้ ประจำปีงบประมาณ พ.ศ. 2568", "สถิติการจัดเก็บรายได้_ปีงบ2568.xlsx", "store/f/0017.xlsx", "9 ต.ค. 2568", 41, OCT)
xlsx("store/f/0018.xlsx", [("ต.ค. 68", [["สถิติการจัดเก็บรายได้ สำนักงานเขตประเวศ ประจำเดือนตุลาคม 2568 (ปีงบประมาณ พ.ศ. 2569)"],
      ["ประเภทรายได้", "เป้าหมายทั้งปี (บาท)", "จัดเก็บได้เดือนนี้ (บาท)", "สะสม (บาท)"],
      ["ภาษีที่ดินและสิ่งปลูกสร้าง", 98000000, 1210450, 1210450], ["ภาษีป้าย", 6500000, 188300, 188300],
      ["ค่าธรรมเนียมและใบอนุญาต", 3400000, 241770, 241770]])])
doc(18, "การเงินการคลัง", "สถิติการจัดเก็บรายได้ ประจำเดือนตุลาคม 2568", "สถิติรายได้_ต.ค.68.xlsx", "store/f/0018.xlsx", "11 พ.ย. 2568", 9, XL)

# 19 spending plan FY2569 = image-only scan (O13); 20 annual spending report FY2568; 21 6-month FY2568
scan_pdf("store/f/0019.pdf", "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
    ["สำนักงานเขตประเวศ กรุงเทพมหานคร", "งบประมาณที่ได้รับจัดสรรตามข้อบัญญัติ ๒๕๖๙",
     "หมวดรายจ่าย|ไตรมาส ๑|ไตรมาส ๒|ไตรมาส ๓|ไตรมาส ๔",
     "เงินเดือนและค่าจ้างประจำ|๓๘.๒|๓๘.๒|๓๘.๒|๓๘.๒", "ค่าตอบแทนใช้สอยและวัสดุ|๙.๕|๑๒.๑|๑๑.๔|๘.๗",
     "ค่าสาธารณูปโภค|๑.๘|๑.๘|๑.๘|๑.๙", "ค่าครุภัณฑ์ที่ดินสิ่งก่อสร้าง|๒.๐|๑๔.๖|๑๘.๓|๖.๑",
     "เงินอุดหนุน|๐.๙|๐.๙|๐.๙|๐.๘", "(หน่วย: ล้านบาท)", "", "ประกาศ ณ วันที่ ๒๐ ตุลาคม ๒๕๖๘",
     f"({DIRECTOR})", "ผู้อำนวยการเขตประเวศ"])
doc(19, "การเงินการคลัง", "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2569", "แผนการใช้จ่ายงบประมาณ_2569.pdf", "store/f/0019.pdf", "21 ต.ค. 2568", 37, OCT)
text_pdf("store/f/0020.pdf", "รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๘ สำนักงานเขตประเวศ",
    ["ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๘", "หมวดรายจ่าย|งบประมาณที่ได้รับ (บาท)|เบิกจ่าย (บาท)|ร้อยละ",
     "เงินเดือนและค่าจ้างประจำ|๑๕๑,๒๐๐,๐๐๐|๑๔๙,๘๗๐,๔๒๐|๙๙.๑๒", "ค่าตอบแทนใช้สอยและวัสดุ|๔๐,๕๕๐,๐๐๐|๓๘,๑๐๒,๓๑๐|๙๓.๙๖",
     "ค่าสาธารณูปโภค|๗,๒๐๐,๐๐๐|๖,๙๘๘,๑๔๕|๙๗.๐๖", "ค่าครุภัณฑ์ที่ดินสิ่งก่อสร้าง|๓๘,๙๐๐,๐๐๐|๓๕,๔๔๐,๐๐๐|๙๑.๑๑",
     "เงินอุดหนุน|๓,๕๐๐,๐๐๐|๓,๔๘๒,๐๐๐|๙๙.๔๙", "รวม|๒๔๑,๓๕๐,๐๐๐|๒๓๓,๘๘๒,๘๗๕|๙๖.๙๑",
     "ปัญหาอุปสรรค: งานก่อสร้างบางโครงการเบิกจ่ายไม่ทันสิ้นปีงบประมาณ ได้ขอกันเงินไว้เบิกเหลื่อมปี"], sign=SIGN + ["๑๔ พฤศจิกายน ๒๕๖๘"])
doc(20, "การเงินการคลัง", "รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. 2568", "รายงานผลการใช้จ่ายงบประมาณ_ประจำปี2568.pdf", "store/f/0020.pdf", "17 พ.ย. 2568", 12, PDF)
text_pdf("store/f/0021.pdf", "รายงานผลการใช้จ่ายงบประมาณ รอบ ๖ เดือน (ต.ค. ๖๗ - มี.ค. ๖๘)",
    ["ปีงบประมาณ พ.ศ. ๒๕๖๘ ข้อมูล ณ ๓๑ มีนาคม ๒๕๖๘", "หมวดรายจ่าย|งบประมาณ|เบิกจ่าย|ร้อยละ",
     "รวมทุกหมวด|๒๔๑,๓๕๐,๐๐๐|๑๐๒,๔๔๐,๕๐๐|๔๒.๔๔"], sign=SIGN)
doc(21, "การเงินการคลัง", "รายงานผลการใช้จ่ายงบประมาณ รอบ 6 เดือน ปีงบประมาณ 2568", "รายงานการใช้จ่ายงบ_6เดือน_2568.pdf", "store/f/0021.pdf", "22 เม.ย. 2568", 140, PDF)

# 22 district budget summary FY2569 (O14)
text_pdf("store/f/0022.pdf", "ข้อมูลงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๙ สำนักงานเขตประเวศ",
    ["ตามข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ของกรุงเทพมหานคร",
     "แผนงาน|งบประมาณ (บาท)", "บริหารทั่วไป|๙๘,๔๑๐,๐๐๐", "ปกครองและทะเบียน|๒๒,๑๐๐,๐๐๐",
     "รักษาความสะอาด|๖๘,๕๕๐,๐๐๐", "โยธาและระบายน้ำ|๔๑,๓๐๐,๐๐๐", "เทศกิจ|๑๘,๒๒๐,๐๐๐",
     "พัฒนาชุมชนและสวัสดิการสังคม|๙,๘๐๐,๐๐๐", "รวม|๒๕๘,๓๘๐,๐๐๐"])
doc(22, "การเงินการคลัง", "ข้อมูลงบประมาณรายจ่าย ปีงบประมาณ พ.ศ. 2569", "ข้อมูลงบประมาณ_2569.pdf", "store/f/0022.pdf", "8 ต.ค. 2568", 25, PDF)

# 23 procurement plan announcement FY2569; 24/25 monthly Oct 2568; 26 monthly Sep 2568 (O15)
text_pdf("store/f/0023.pdf", "ประกาศสำนักงานเขตประเวศ เรื่อง เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
    ["ตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐ มาตรา ๑๑ สำนักงานเขตประเวศขอเผยแพร่แผนการจัดซื้อจัดจ้าง ดังนี้",
     "ลำดับ|รายการ|วงเงิน (บาท)|ช่วงเวลาที่คาดว่าจะประกาศ",
     "๑|ปรับปรุงผิวจราจรซอยเฉลิมพระเกียรติ ร.๙ ซอย ๓๐|๔,๘๐๐,๐๐๐|ธ.ค. ๖๘",
     "๒|ขุดลอกคลองบ้านหลวง|๒,๑๐๐,๐๐๐|ม.ค. ๖๙", "๓|จัดซื้อวัสดุงานบ้านงานครัว|๓๕๐,๐๐๐|ต.ค. ๖๘",
     "๔|จ้างเหมาซ่อมแซมรถเก็บขนมูลฝอย|๘๐๐,๐๐๐|พ.ย. ๖๘",
     "ประกาศ ณ วันที่ ๑๕ ตุลาคม ๒๕๖๘"], sign=SIGN)
doc(23, "จัดซื้อจัดจ้าง", "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569", "ประกาศแผนจัดซื้อจัดจ้าง_2569.pdf", "store/f/0023.pdf", "15 ต.ค. 2568", 66, OCT)
SKR_HEAD = "ลำดับ|งานที่จัดซื้อหรือจัดจ้าง|วงเงินที่จะซื้อหรือจ้าง|ราคากลาง|วิธีซื้อหรือจ้าง|รายชื่อผู้เสนอราคาและราคาที่เสนอ|ผู้ได้รับการคัดเลือกและราคาที่ตกลง|เหตุผลที่คัดเลือกโดยสรุป|เลขที่และวันที่ของสัญญาหรือข้อตกลง"
skr_oct = [
    ["1", "จัดซื้อวัสดุงานบ้านงานครัว", "98,500", "98,500", "เฉพาะเจาะจง", "หจก.ประเวศพาณิชย์ 97,900", "หจก.ประเวศพาณิชย์ 97,900", "ราคาต่ำสุด คุณสมบัติครบ", "ใบสั่งซื้อ 1/2569 ลว. 8 ต.ค. 68"],
    ["2", "จ้างซ่อมเครื่องสูบน้ำ สถานีสูบน้ำคลองประเวศ", "45,000", "45,000", "เฉพาะเจาะจง", "บ.ไทยปั๊ม จำกัด 44,500", "บ.ไทยปั๊ม จำกัด 44,500", "ผู้ประกอบการมีอาชีพโดยตรง", "ใบสั่งจ้าง 2/2569 ลว. 13 ต.ค. 68"],
    ["3", "จัดซื้อน้ำมันเชื้อเพลิง เดือน ต.ค. 68", "260,000", "260,000", "เฉพาะเจาะจง", "หจก.ศรีนครินทร์ปิโตรเลียม 258,400", "หจก.ศรีนครินทร์ปิโตรเลียม 258,400", "ราคาเหมาะสม", "ใบสั่งซื้อ 3/2569 ลว. 1 ต.ค. 68"],
    ["4", "จ้างพิมพ์แบบพิมพ์งานทะเบียน", "12,000", "12,000", "เฉพาะเจาะจง", "ร้านอ่อนนุชการพิมพ์ 11,800", "ร้านอ่อนนุชการพิมพ์ 11,800", "ราคาต่ำสุด", "ใบสั่งจ้าง 4/2569 ลว. 22 ต.ค. 68"]]
text_pdf("store/f/0024.pdf", "สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือน ตุลาคม ๒๕๖๘ (แบบ สขร.๑) สำนักงานเขตประเวศ",
    [SKR_HEAD] + ["|".join(r) for r in skr_oct], size=12, land=True)
doc(24, "จัดซื้อจัดจ้าง", "สรุปผลการจัดซื้อจัดจ้าง (สขร.1) ประจำเดือนตุลาคม 2568", "สขร1_ตุลาคม2568.pdf", "store/f/0024.pdf", "7 พ.ย. 2568", 15, OCT)
xlsx("store/f/0025.xlsx", [("ต.ค.68", [["แบบ สขร.1 สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ตุลาคม 2568 สำนักงานเขตประเวศ"], SKR_HEAD.split("|")] + skr_oct)])
doc(25, "จัดซื้อจัดจ้าง", "สรุปผลการจัดซื้อจัดจ้าง (สขร.1) ประจำเดือนตุลาคม 2568 (Excel)", "สขร1_ตุลาคม2568.xlsx", "store/f/0025.xlsx", "7 พ.ย. 2568", 6, OCT)
text_pdf("store/f/0026.pdf", "สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือน กันยายน ๒๕๖๘ (แบบ สขร.๑) สำนักงานเขตประเวศ",
    [SKR_HEAD, "1|จ้างเหมาทำความสะอาดอาคาร|240,000|240,000|เฉพาะเจาะจง|บ.คลีนพลัส จำกัด 238,000|บ.คลีนพลัส จำกัด 238,000|ราคาต่ำสุด|สัญญา 41/2568 ลว. 5 ก.ย. 68"], size=12, land=True)
doc(26, "จัดซื้อจัดจ้าง", "สรุปผลการจัดซื้อจัดจ้าง (สขร.1) ประจำเดือนกันยายน 2568", "สขร1_กันยายน2568.pdf", "store/f/0026.pdf", "6 ต.ค. 2568", 31, OCT)

# 27 = soft-404 (risk assessment, O19) ; 44 = hard 404 (risk report, O19)
doc(27, "ป้องกันการทุจริต", "การประเมินความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. 2569", None, "store/notfound.html", "28 ต.ค. 2568", 3, "text/html; charset=utf-8", None)

# 28-29 HR criteria (O16)
text_pdf("store/f/0028.pdf", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล กรุงเทพมหานคร",
    ["## 1. หลักเกณฑ์การสรรหาและคัดเลือกบุคลากร", "ดำเนินการตามประกาศคณะกรรมการข้าราชการกรุงเทพมหานคร (ก.ก.) ด้วยความโปร่งใส เปิดเผย",
     "## 2. หลักเกณฑ์การแต่งตั้งและโยกย้าย", "พิจารณาจากความรู้ความสามารถ ผลการปฏิบัติงาน และความเหมาะสมกับตำแหน่ง",
     "## 3. หลักเกณฑ์การพัฒนาบุคลากร", "บุคลากรทุกคนได้รับการพัฒนาอย่างน้อยปีละ 1 หลักสูตร ผ่านสถาบันพัฒนาข้าราชการกรุงเทพมหานคร",
     "## 4. หลักเกณฑ์การประเมินผลการปฏิบัติราชการ", "ประเมินปีละ 2 รอบ (1 ต.ค. - 31 มี.ค. และ 1 เม.ย. - 30 ก.ย.)",
     "## 5. หลักเกณฑ์การให้คุณให้โทษและการสร้างขวัญกำลังใจ", "การเลื่อนเงินเดือน การยกย่องเชิดชูเกียรติ และการดำเนินการทางวินัย"])
doc(28, "บริหารงานบุคคล", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล.pdf", "store/f/0028.pdf", "5 ธ.ค. 2567", 212, PDF)
text_pdf("store/f/0029.pdf", "แผนพัฒนาบุคลากร สำนักงานเขตประเวศ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
    ["หลักสูตร|กลุ่มเป้าหมาย|ช่วงเวลา", "การให้บริการด้วยใจ (Service Mind)|เจ้าหน้าที่ทุกฝ่าย|ธ.ค. ๖๘",
     "ความรู้เรื่องผลประโยชน์ทับซ้อน|ข้าราชการ|ม.ค. ๖๙", "การใช้งานระบบ BMA OSS|ฝ่ายโยธา ฝ่ายสิ่งแวดล้อมฯ|ก.พ. ๖๙"], sign=SIGN)
doc(29, "บริหารงานบุคคล", "แผนพัฒนาบุคลากร ประจำปีงบประมาณ พ.ศ. 2569", "แผนพัฒนาบุคลากร_2569.pdf", "store/f/0029.pdf", "24 ต.ค. 2568", 19, PDF)

# 30 complaint statistics - recent upload, FY2566 content (O17 stale)
text_pdf("store/f/0030.pdf", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี สำนักงานเขตประเวศ",
    ["ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ (๑ ตุลาคม ๒๕๖๕ - ๓๐ กันยายน ๒๕๖๖)",
     "เดือน|จำนวนเรื่อง|ดำเนินการแล้วเสร็จ|อยู่ระหว่างดำเนินการ",
     "ต.ค. ๖๕|๐|๐|๐", "พ.ย. ๖๕|๑|๑|๐", "ธ.ค. ๖๕|๐|๐|๐", "ม.ค. ๖๖|๐|๐|๐", "ก.พ. ๖๖|๒|๒|๐", "มี.ค. ๖๖|๐|๐|๐",
     "เม.ย. ๖๖|๐|๐|๐", "พ.ค. ๖๖|๑|๑|๐", "มิ.ย. ๖๖|๐|๐|๐", "ก.ค. ๖๖|๐|๐|๐", "ส.ค. ๖๖|๐|๐|๐", "ก.ย. ๖๖|๐|๐|๐",
     "รวม|๔|๔|๐", "ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๖"])
doc(30, "ป้องกันการทุจริต", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี", "สถิติเรื่องร้องเรียนการทุจริต.pdf", "store/f/0030.pdf", "15 ต.ค. 2568", 22, OCT)

# 31 checklist for permits - listed, but 404 (O11)
doc(31, "คู่มือประชาชน", "รายการตรวจ (Checklist) ในการพิจารณาออกใบอนุญาต", "Checklist_การพิจารณาออกใบอนุญาต.pdf", None, "2 ก.ย. 2568", 47, PDF)

# 32 anti-bribery policy implementation report FY2568 (attached to news 3, O18)
text_pdf("store/f/0032.pdf", "รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
    ["สำนักงานเขตประเวศ รอบ ๑๒ เดือน (ต.ค. ๒๕๖๗ - ก.ย. ๒๕๖๘)",
     "กิจกรรม|ผลการดำเนินการ", "เผยแพร่ประกาศนโยบายทางเว็บไซต์และบอร์ดประชาสัมพันธ์|ดำเนินการแล้ว ทุกจุดบริการ",
     "อบรมเจ้าหน้าที่เรื่องการรับสินบนและผลประโยชน์ทับซ้อน|๒ ครั้ง ผู้เข้าร่วม ๓๑๒ คน",
     "ติดป้าย No Gift Policy ณ จุดบริการ|๑๔ จุด", "เรื่องร้องเรียนเกี่ยวกับการรับสินบน|ไม่มี",
     "ข้อเสนอแนะ: ต่อเนื่องการสื่อสารนโยบายในปีงบประมาณ พ.ศ. ๒๕๖๙"], sign=SIGN + ["๑๐ ตุลาคม ๒๕๖๘"])
doc(32, "ป้องกันการทุจริต", "รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน ประจำปี 2568", "รายงานผล_AntiBribery_2568.pdf", "store/f/0032.pdf", "15 ต.ค. 2568", 17, PDF)

# 33 discretion guideline (O20) DOCX
make_docx("store/f/0033.docx", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่ สำนักงานเขตประเวศ",
    ["เพื่อให้การใช้ดุลยพินิจในการพิจารณาอนุมัติ อนุญาต ของเจ้าหน้าที่เป็นไปอย่างโปร่งใส เป็นธรรม ตรวจสอบได้",
     "## 1. หลักการทั่วไป", "เจ้าหน้าที่ต้องใช้ดุลยพินิจโดยอาศัยข้อเท็จจริง ข้อกฎหมาย และเหตุผล ไม่เลือกปฏิบัติ",
     "## 2. งานที่ต้องใช้ดุลยพินิจ", "การอนุญาตก่อสร้างอาคาร, การอนุญาตจำหน่ายอาหาร, การเปรียบเทียบปรับ, การจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง",
     "## 3. ขั้นตอนกำกับ", "ให้ผู้บังคับบัญชาระดับหัวหน้าฝ่ายตรวจสอบการใช้ดุลยพินิจทุกกรณี และบันทึกเหตุผลไว้ในสำนวน",
     "## 4. การร้องเรียน", f"ผู้ได้รับผลกระทบร้องเรียนได้ที่ {DISTRICT} โทร. {TEL} หรือ Traffy Fondue",
     f"ประกาศ ณ วันที่ 1 พฤศจิกายน 2567", f"({DIRECTOR})", "ผู้อำนวยการเขตประเวศ"])
doc(33, "ป้องกันการทุจริต", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", "แนวทางการใช้ดุลยพินิจ.docx", "store/f/0033.docx", "1 พ.ย. 2567", 88, OCT)

# 34 ITA measures FY2569 (image + broken text layer), 35 report of measures FY2568 (O22)
image_with_broken_textlayer_pdf("store/f/0034.pdf", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
    ["สำนักงานเขตประเวศ", "## ๑. ผลการประเมิน ITA ประจำปี ๒๕๖๘", "ได้คะแนนรวม ๙๔.๑๒ คะแนน ระดับผ่านดี",
     "ประเด็นที่ต่ำกว่าเกณฑ์: O15 สรุปผลการจัดซื้อจัดจ้างรายเดือน", "และ O9 สถิติการจัดเก็บภาษี (ไม่เป็นปัจจุบัน)",
     "## ๒. มาตรการปีงบประมาณ พ.ศ. ๒๕๖๙",
     "มาตรการ|ผู้รับผิดชอบ|ระยะเวลา", "เผยแพร่ สขร.๑ ภายในวันที่ ๑๐ ของเดือนถัดไป|ฝ่ายการคลัง|ต.ค. ๖๘ - ก.ย. ๖๙",
     "ทบทวนข้อมูล OIT ทุกเดือน|ฝ่ายปกครอง|เดือนละ ๑ ครั้ง", "สื่อสาร No Gift Policy|ทุกฝ่าย|ต.ค. ๖๘ - มี.ค. ๖๙",
     "", "ประกาศ ณ วันที่ ๗ พฤศจิกายน ๒๕๖๘", f"({DIRECTOR})", "ผู้อำนวยการเขตประเวศ"])
doc(34, "ป้องกันการทุจริต", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี 2569", "มาตรการส่งเสริมคุณธรรม_ITA2569.pdf", "store/f/0034.pdf", "10 พ.ย. 2568", 14, PDF)
text_pdf("store/f/0035.pdf", "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
    ["สำนักงานเขตประเวศ รอบ ๑๒ เดือน (ตุลาคม ๒๕๖๗ - กันยายน ๒๕๖๘)",
     "มาตรการ|ผลการดำเนินการ", "ประชุมชี้แจงหลักเกณฑ์ ITA แก่ทุกฝ่ายและโรงเรียนในสังกัด|ดำเนินการ ๒ ครั้ง",
     "จัดทำ Checklist การเปิดเผยข้อมูลสาธารณะ|ดำเนินการแล้ว มอบหมายผู้รับผิดชอบรายข้อ",
     "ผู้อำนวยการเขตกำกับติดตามเดือนละ ๑ ครั้ง|ดำเนินการ ๑๒ ครั้ง",
     "ภาพกิจกรรมประกอบตามภาคผนวก"], sign=SIGN)
doc(35, "ป้องกันการทุจริต", "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมฯ ประจำปี 2568 (รอบ 12 เดือน)", "รายงานผลมาตรการ_2568_12เดือน.pdf", "store/f/0035.pdf", "10 พ.ย. 2568", 11, OCT)

# 36 tax statistics (O9 stale) FY2565-2566
text_pdf("store/f/0036.pdf", "ข้อมูลสถิติการจัดเก็บภาษี สำนักงานเขตประเวศ",
    ["เปรียบเทียบปีงบประมาณ พ.ศ. ๒๕๖๕ - ๒๕๖๖", "ประเภทภาษี|ปีงบ ๒๕๖๕ (บาท)|ปีงบ ๒๕๖๖ (บาท)",
     "ภาษีที่ดินและสิ่งปลูกสร้าง|๖๑,๒๐๔,๓๑๐|๘๔,๕๕๐,๑๒๐", "ภาษีป้าย|๕,๑๑๒,๔๐๐|๕,๘๙๐,๒๑๐",
     "รวม|๖๖,๓๑๖,๗๑๐|๙๐,๔๔๐,๓๓๐", "ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๖ ฝ่ายรายได้"])
doc(36, "การเงินการคลัง", "ข้อมูลสถิติการจัดเก็บภาษี", "สถิติการจัดเก็บภาษี.pdf", "store/f/0036.pdf", "20 ต.ค. 2566", 301, PDF)

# noise documents
text_pdf("store/f/0037.pdf", "ประกาศสำนักงานเขตประเวศ เรื่อง รับสมัครบุคคลเพื่อเลือกสรรเป็นลูกจ้างชั่วคราว",
    ["ตำแหน่ง พนักงานกวาด จำนวน ๕ อัตรา / พนักงานขับรถยนต์ จำนวน ๒ อัตรา",
     "รับสมัครระหว่างวันที่ ๑ - ๑๒ ธันวาคม ๒๕๖๘ ณ ฝ่ายปกครอง ชั้น ๒"], sign=SIGN)
doc(37, "ประกาศทั่วไป", "ประกาศรับสมัครลูกจ้างชั่วคราว (ธันวาคม 2568)", "ประกาศรับสมัครลูกจ้าง_ธ.ค.68.pdf", "store/f/0037.pdf", "20 พ.ย. 2568", 264, PDF)
make_docx("store/f/0038.docx", "ใบสมัครลูกจ้างชั่วคราว สำนักงานเขตประเวศ",
    ["ชื่อ - นามสกุล ........................................", "ตำแหน่งที่สมัคร ........................................",
     "ที่อยู่ ........................................", "โทรศัพท์ ........................................"])
doc(38, "ประกาศทั่วไป", "แบบฟอร์มใบสมัครลูกจ้างชั่วคราว", "ใบสมัครลูกจ้าง.docx", "store/f/0038.docx", "20 พ.ย. 2568", 198, OCT)
text_pdf("store/f/0039.pdf", "แผนที่ท่องเที่ยวเขตประเวศ",
    ["สวนหลวง ร.๙ - ตลาดน้ำขวัญเรียม - วัดมหาวงษ์ - คลองประเวศบุรีรมย์", "การเดินทาง: รถไฟฟ้าสายสีเหลือง สถานีศรีอุดม / ศรีเอี่ยม"])
doc(39, "ท่องเที่ยว", "แผนที่ท่องเที่ยวเขตประเวศ", "แผนที่ท่องเที่ยวเขตประเวศ.pdf", "store/f/0039.pdf", "2 ก.พ. 2568", 77, PDF)
text_pdf("store/f/0040.pdf", "ปฏิทินกิจกรรมสำนักงานเขตประเวศ ไตรมาสที่ ๑ ปีงบประมาณ พ.ศ. ๒๕๖๙",
    ["วันที่|กิจกรรม", "๕ พ.ย. ๖๘|ลอยกระทง สวนหลวง ร.๙", "๕ ธ.ค. ๖๘|วันพ่อแห่งชาติ", "๒๖ ธ.ค. ๖๘|Big Cleaning ถนนศรีนครินทร์"])
doc(40, "ประกาศทั่วไป", "ปฏิทินกิจกรรม ไตรมาส 1 ปีงบประมาณ 2569", "ปฏิทินกิจกรรม_ไตรมาส1_2569.pdf", "store/f/0040.pdf", "1 ต.ค. 2568", 53, PDF)
# 41 old measures FY2568 (old OIT page)
text_pdf("store/f/0041.pdf", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
    ["สำนักงานเขตประเวศ", "มาตรการ|ผู้รับผิดชอบ|ระยะเวลา", "ประชุมชี้แจงหลักเกณฑ์ ITA|ฝ่ายปกครอง|ต.ค. ๖๗ - มี.ค. ๖๘"], sign=SIGN)
doc(41, "ป้องกันการทุจริต", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี 2568", "มาตรการส่งเสริมคุณธรรม_2568.pdf", "store/f/0041.pdf", "18 พ.ย. 2567", 97, PDF)
# 42 FY2568 6-month procurement-free month note (Aug 2568) - shows "ไม่มีการจัดซื้อจัดจ้าง" format
text_pdf("store/f/0042.pdf", "สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือน สิงหาคม ๒๕๖๘ (แบบ สขร.๑) สำนักงานเขตประเวศ",
    [SKR_HEAD, "-|ไม่มีการจัดซื้อจัดจ้าง|-|-|-|-|-|-|-"], size=12, land=True)
doc(42, "จัดซื้อจัดจ้าง", "สรุปผลการจัดซื้อจัดจ้าง (สขร.1) ประจำเดือนสิงหาคม 2568", "สขร1_สิงหาคม2568.pdf", "store/f/0042.pdf", "5 ก.ย. 2568", 28, OCT)
# 43 risk management report FY2568 : hard 404 (O19)
doc(43, "ป้องกันการทุจริต", "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน", "รายงานความเสี่ยงสินบน.pdf", None, "28 ต.ค. 2568", 2, PDF)

# soft-404 page the CMS returns with HTTP 200
w("store/notfound.html", page("ไม่พบเอกสาร", """<h2>ขออภัย ไม่พบเอกสารที่ท่านต้องการ</h2>
<p>เอกสารอาจถูกย้ายหรือลบออกจากระบบแล้ว กรุณาติดต่อผู้ดูแลระบบ ฝ่ายปกครอง โทร. 0 2328 7119 ต่อ 1101</p>
<p><a href="/download_list.php?page=1">กลับไปหน้าเอกสารดาวน์โหลด</a></p>"""))

# ---------------------------------------------------------------- images
def png(rel, size, color, label):
    im = Image.new("RGB", size, color); d = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONTDIR + "Garuda.ttf", max(12, size[1] // 8))
    d.text((size[0] // 2, size[1] // 2), label, font=f, fill=(255, 255, 255), anchor="mm")
    b = io.BytesIO(); im.save(b, "PNG"); w(rel, b.getvalue(), "wb")
def jpg_person(rel, seed):
    r = random.Random(seed)
    im = Image.new("RGB", (240, 300), (200 + r.randint(0, 40), 210, 225)); d = ImageDraw.Draw(im)
    skin = (224, 180 + r.randint(0, 20), 150)
    d.ellipse((70, 50, 170, 160), fill=skin); d.rectangle((40, 170, 200, 300), fill=(230, 230, 230))
    d.polygon([(120, 175), (105, 300), (135, 300)], fill=(40, 40, 90))
    b = io.BytesIO(); im.save(b, "JPEG", quality=85); w(rel, b.getvalue(), "wb")
png("img/logo.png", (70, 70), (20, 110, 60), "กทม.")
png("img/fb.png", (180, 60), (59, 89, 152), "Facebook")
png("img/banner-oss.png", (468, 90), (0, 90, 160), "BMA OSS")
png("img/banner-egp.png", (468, 90), (120, 60, 20), "e-GP BMA")
png("img/banner-ita.png", (468, 90), (150, 20, 40), "ITA 2569")
png("img/structure.png", (900, 520), (70, 110, 150), "แผนภูมิโครงสร้างสำนักงานเขตประเวศ")
jpg_person("img/exec1.jpg", 1); jpg_person("img/exec2.jpg", 2); jpg_person("img/exec3.jpg", 3)
for k in range(1, 9):
    png(f"img/gallery/{k}.png", (320, 200), (60 + k * 20, 120, 90 + k * 10), f"ภาพกิจกรรม {k}")
w("css/style.css", """body{font-family:Tahoma,sans-serif;margin:0;background:#f4f4f4}header{background:#155c3a;color:#fff;padding:8px 20px;display:flex;gap:14px;align-items:center}
#portal{background:#0b3d25;color:#cde;font-size:12px;padding:3px 20px}#portal a{color:#cde}nav ul{list-style:none;margin:0;padding:0;background:#1f7a4d;display:flex;flex-wrap:wrap}
nav li a{display:block;color:#fff;padding:8px 12px;text-decoration:none}.wrap{display:flex;gap:16px;padding:16px}.col-main{flex:3;background:#fff;padding:16px}.col-side{flex:1}
.box{background:#fff;margin-bottom:12px;padding:10px}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:5px;font-size:14px}th{background:#e8f3ec}
footer{background:#333;color:#ddd;padding:12px 20px;font-size:13px}.small{font-size:11px}.badge{background:#c00;color:#fff;font-size:11px;padding:1px 4px}.pager a{margin:0 4px}""")

# ---------------------------------------------------------------- news posts (news.php?id=N)
NEWS = {}
def news(i, date, title, body, cat="ข่าวกิจกรรม", imgs=()):
    NEWS[i] = dict(date=date, title=title, body=body, cat=cat, imgs=imgs)

news(1, "8 ต.ค. 2568", "เขตประเวศประชุมจัดทำแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569",
     """<p>วันที่ 7 ตุลาคม 2568 เวลา 09.30 น. นายธนพล วงศ์สวัสดิ์ ผู้อำนวยการเขตประเวศ เป็นประธานการประชุมจัดทำแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569
ร่วมกับผู้ช่วยผู้อำนวยการเขตและหัวหน้าฝ่ายทุกฝ่าย ณ ห้องประชุมชั้น 3 สำนักงานเขตประเวศ เพื่อทบทวนผลการดำเนินงานปี 2568 และกำหนดโครงการ/กิจกรรม ตัวชี้วัด
ให้สอดคล้องกับนโยบายผู้ว่าราชการกรุงเทพมหานคร และแผนพัฒนากรุงเทพมหานคร ระยะที่ 3</p>
<p>ที่ประชุมมอบหมายให้ทุกฝ่ายส่งรายละเอียดโครงการให้ฝ่ายปกครองภายในวันที่ 31 ตุลาคม 2568 เพื่อรวบรวมเสนอผู้อำนวยการเขตพิจารณาอนุมัติต่อไป</p>""",
     imgs=(1, 2))
news(2, "20 ต.ค. 2568", "ผู้อำนวยการเขตประเวศ ประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปี 2569",
     """<p>วันที่ 17 ตุลาคม 2568 นายธนพล วงศ์สวัสดิ์ ผู้อำนวยการเขตประเวศ นำคณะผู้บริหารและข้าราชการกล่าวประกาศเจตจำนงสุจริตในการบริหารงาน
ว่าจะปฏิบัติหน้าที่ด้วยความซื่อสัตย์สุจริต โปร่งใส ตรวจสอบได้ และไม่รับของขวัญหรือของกำนัลทุกชนิด (No Gift Policy)
ณ ลานอเนกประสงค์หน้าสำนักงานเขตประเวศ</p><p>ภาพกิจกรรมเพิ่มเติมดูได้ที่ Facebook เขตประเวศ</p>""", imgs=(3,))
news(3, "15 ต.ค. 2568", "ประกาศสำนักงานเขตประเวศ เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) ประจำปีงบประมาณ พ.ศ. 2569",
     f"""<div class="announce"><p style="text-align:center"><b>ประกาศสำนักงานเขตประเวศ<br>เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)</b></p>
<p>สำนักงานเขตประเวศ มุ่งมั่นบริหารงานด้วยความซื่อสัตย์สุจริต โปร่งใส ตามหลักธรรมาภิบาล จึงประกาศนโยบายต่อต้านการรับสินบน ดังนี้</p>
<ol><li>ห้ามข้าราชการ ลูกจ้าง และบุคลากรทุกคนของสำนักงานเขตประเวศ เรียก รับ หรือยอมจะรับสินบน ทรัพย์สิน หรือประโยชน์อื่นใด จากผู้มาติดต่อราชการ ไม่ว่าทางตรงหรือทางอ้อม</li>
<li>ห้ามให้หรือเสนอให้สินบนแก่เจ้าหน้าที่ของรัฐ เพื่อจูงใจให้กระทำการหรือไม่กระทำการใดอันมิชอบด้วยหน้าที่</li>
<li>ให้ผู้บังคับบัญชาทุกระดับกำกับดูแล สร้างความตระหนัก และเป็นแบบอย่างที่ดี</li>
<li>ผู้พบเห็นการรับสินบนสามารถแจ้งได้ที่ ฝ่ายปกครอง โทร. {TEL} อีเมล {MAIL} หรือ Traffy Fondue โดยผู้แจ้งจะได้รับความคุ้มครอง</li>
<li>ผู้ฝ่าฝืนจะถูกดำเนินการทางวินัยและกฎหมายอย่างเคร่งครัด</li></ol>
<p>ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป</p><p style="text-align:right">ประกาศ ณ วันที่ 15 ตุลาคม พ.ศ. 2568<br>({DIRECTOR})<br>ผู้อำนวยการเขตประเวศ</p></div>
<p><b>เอกสารแนบ:</b> <a href="/download.php?id=32">รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน ประจำปีงบประมาณ พ.ศ. 2568 (PDF)</a></p>""",
     cat="ประกาศ")
news(4, "5 พ.ย. 2568", "เขตประเวศประชุมผู้บริหารสถานศึกษาสังกัดกรุงเทพมหานคร ในพื้นที่เขตประเวศ",
     """<p>วันที่ 4 พฤศจิกายน 2568 ผู้ช่วยผู้อำนวยการเขตประเวศ เป็นประธานการประชุมผู้บริหารสถานศึกษาสังกัดกรุงเทพมหานครในพื้นที่เขตประเวศ
ทั้ง 10 โรงเรียน เพื่อติดตามการเตรียมความพร้อมการประเมิน ITA และแผนความปลอดภัยในโรงเรียน ณ ห้องประชุมฝ่ายการศึกษา</p>
<p>ฝ่ายการศึกษาได้ชี้แจงแนวทางการรายงานข้อมูลนักเรียนและการใช้งบประมาณอาหารกลางวัน</p>""", imgs=(4,))
news(5, "12 พ.ย. 2568", "ผู้อำนวยการเขตประเวศ มอบเงินอุดหนุนชุมชน ประจำปีงบประมาณ พ.ศ. 2569",
     """<p>วันที่ 11 พฤศจิกายน 2568 ผู้อำนวยการเขตประเวศ มอบเงินอุดหนุนให้แก่ชุมชนในพื้นที่เขตประเวศ เพื่อใช้ในการพัฒนาชุมชนและจัดกิจกรรมตามแผนชุมชน
โดยมีประธานกรรมการชุมชนเข้ารับมอบ ณ ห้องประชุมสำนักงานเขตประเวศ พร้อมชี้แจงระเบียบการใช้จ่ายและการรายงานผลการใช้เงิน</p>""", imgs=(5, 6))
news(6, "28 ต.ค. 2568", "เขตประเวศเปิดจุดรับบริจาคสิ่งของช่วยเหลือผู้ประสบอุทกภัย",
     """<p>สำนักงานเขตประเวศ เปิดจุดรับบริจาคสิ่งของอุปโภคบริโภค เพื่อส่งมอบให้ผู้ประสบอุทกภัยในพื้นที่ภาคเหนือ ณ โถงชั้น 1 สำนักงานเขต
ตั้งแต่วันนี้ถึงวันที่ 15 พฤศจิกายน 2568 ในวันและเวลาราชการ</p>""")
news(7, "3 พ.ย. 2568", "ฝ่ายสิ่งแวดล้อมฯ ตรวจสุขลักษณะร้านอาหาร ถนนอ่อนนุช", "<p>ตรวจร้านอาหารและแผงลอย 24 ร้าน ให้คำแนะนำด้านสุขาภิบาลอาหาร</p>", imgs=(7,))
news(8, "14 พ.ย. 2568", "Big Cleaning Day ถนนศรีนครินทร์", "<p>ฝ่ายรักษาความสะอาดฯ ร่วมกับชุมชนล้างทำความสะอาดทางเท้าถนนศรีนครินทร์ ระยะทาง 2.5 กม.</p>", imgs=(8,))
news(9, "30 ต.ค. 2568", "อบรมการใช้งานระบบ BMA OSS ให้เจ้าหน้าที่ฝ่ายโยธา", "<p>จัดอบรมการรับคำขออนุญาตผ่านระบบ BMA OSS เพื่อให้ประชาชนยื่นคำขอและติดตามสถานะได้ทางออนไลน์</p>")
news(10, "6 พ.ย. 2568", "ลอยกระทงวิถีไทย สวนหลวง ร.9", "<p>ประชาสัมพันธ์งานลอยกระทง ณ สวนหลวง ร.9 งดใช้กระทงโฟม</p>", cat="ท่องเที่ยว")
news(11, "22 ต.ค. 2568", "ประชุมคณะกรรมการชุมชน ครั้งที่ 1/2569", "<p>ประชุมประธานกรรมการชุมชน 45 ชุมชน ชี้แจงแผนงานปีงบประมาณ 2569</p>")
news(12, "18 พ.ย. 2568", "ตรวจความปลอดภัยอาคารสาธารณะในพื้นที่", "<p>ฝ่ายโยธาตรวจความปลอดภัยอาคารประเภทควบคุมการใช้ 12 แห่ง</p>")
news(13, "19 พ.ย. 2568", "ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าฟรี", "<p>บริการฉีดวัคซีนสุนัขและแมว ณ ลานชุมชนหมู่บ้านเสรีวิลล่า</p>", cat="ประชาสัมพันธ์")
news(14, "24 ต.ค. 2568", "ประชุมชี้แจงการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2569",
     """<p>ฝ่ายปกครองจัดประชุมชี้แจงหลักเกณฑ์การประเมิน ITA ประจำปี 2569 แก่ผู้รับผิดชอบข้อมูล OIT ทุกฝ่าย และมอบหมายให้จัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใส
รวมถึงการประเมินความเสี่ยงต่อการรับสินบน ให้แล้วเสร็จภายในเดือนพฤศจิกายน 2568</p>""")
news(15, "20 พ.ย. 2568", "รับสมัครลูกจ้างชั่วคราว ตำแหน่งพนักงานกวาดและพนักงานขับรถยนต์",
     '<p>รายละเอียดตาม <a href="/download.php?id=37">ประกาศรับสมัคร</a> และ <a href="/download.php?id=38">ใบสมัคร</a></p>', cat="ประกาศ")
news(16, "1 พ.ย. 2568", "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569",
     "<p>ฝ่ายรายได้แจ้งกำหนดชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในเดือนเมษายน 2569 ชำระได้ที่สำนักงานเขตหรือผ่านแอปพลิเคชันธนาคาร</p>", cat="ประชาสัมพันธ์")
news(17, "10 พ.ย. 2568", "เขตประเวศ โปร่งใส ไร้สินบน รณรงค์ No Gift Policy", "<p>ติดป้ายรณรงค์ No Gift Policy ณ จุดบริการทุกฝ่าย</p>", imgs=(3,))
news(18, "7 ต.ค. 2568", "ประชุมสรุปผลการจัดเก็บรายได้ ปีงบประมาณ 2568", "<p>ฝ่ายรายได้รายงานผลการจัดเก็บรายได้ปีงบประมาณ 2568 สูงกว่าเป้าหมายร้อยละ 4.2</p>")

FILES = {}
def news_html(i):
    n = NEWS[i]
    imgs = "".join(f'<img src="/img/gallery/{k}.png" alt="ภาพกิจกรรม" width="300"> ' for k in n["imgs"])
    prev = f'<a href="/news.php?id={i-1}">&laquo; ข่าวก่อนหน้า</a>' if i - 1 in NEWS else ""
    nxt = f'<a href="/news.php?id={i+1}">ข่าวถัดไป &raquo;</a>' if i + 1 in NEWS else ""
    body = f"""<div class="crumb"><a href="/">หน้าแรก</a> &gt; <a href="/news_list.php?page=1">ข่าวประชาสัมพันธ์</a> &gt; {n['cat']}</div>
<h2>{n['title']}</h2><p class="meta">หมวด: {n['cat']} | โพสต์เมื่อ {n['date']} | โดย ฝ่ายปกครอง | อ่าน {100 + i * 37} ครั้ง</p>
{n['body']}<div class="pics">{imgs}</div><p class="pager">{prev} {nxt}</p>"""
    return page(n["title"], body)

def _dstamp(s):
    mm = {"ม.ค.": 1, "ก.พ.": 2, "มี.ค.": 3, "เม.ย.": 4, "พ.ค.": 5, "มิ.ย.": 6, "ก.ค.": 7, "ส.ค.": 8, "ก.ย.": 9, "ต.ค.": 10, "พ.ย.": 11, "ธ.ค.": 12}
    d, m, y = s.split(" ")
    return (int(y), mm[m], int(d))

HTMLH = {"Content-Type": "text/html; charset=utf-8"}
for i in NEWS:
    rel = f"store/news/{i}.html"
    w(rel, news_html(i))
    FILES[f"/news.php?id={i}"] = {"file": rel, "headers": dict(HTMLH)}

order = sorted(NEWS, key=lambda k: _dstamp(NEWS[k]["date"]), reverse=True)
PER = 10
npages = (len(order) + PER - 1) // PER
for pg in range(1, npages + 1):
    rows = "".join(f'<tr><td>{NEWS[k]["date"]}</td><td>{NEWS[k]["cat"]}</td><td><a href="/news.php?id={k}">{NEWS[k]["title"]}</a></td></tr>'
                   for k in order[(pg - 1) * PER: pg * PER])
    pager = " ".join(f'<a href="/news_list.php?page={p}">{p}</a>' if p != pg else f"<b>{p}</b>" for p in range(1, npages + 1))
    rel = f"store/news_list_{pg}.html"
    w(rel, page("ข่าวประชาสัมพันธ์", f"<h2>ข่าวประชาสัมพันธ์</h2><table><tr><th>วันที่</th><th>หมวด</th><th>หัวข้อข่าว</th></tr>{rows}</table><p class='pager'>หน้า {pager}</p>"))
    FILES[f"/news_list.php?page={pg}"] = {"file": rel, "headers": dict(HTMLH)}

# ---------------------------------------------------------------- download library (download_list.php?page=N)
STATUS = {}
for i, d in DOCS.items():
    if d["store"] is None:
        STATUS[f"/download.php?id={i}"] = 404
        continue
    if d["fname"] is None:
        FILES[f"/download.php?id={i}"] = {"file": d["store"], "headers": dict(HTMLH)}
        continue
    q = urllib.parse.quote(d["fname"])
    if i % 3 == 0:
        cd = f"{d['disp']}; filename*=UTF-8''{q}"
    elif i % 3 == 1:
        cd = f"{d['disp']}; filename=\"file_{i}{os.path.splitext(d['store'])[1]}\"; filename*=UTF-8''{q}"
    else:
        cd = f"{d['disp']}; filename=\"download\"; filename*=utf-8''{q}"
    FILES[f"/download.php?id={i}"] = {"file": d["store"], "headers": {"Content-Type": d["ctype"], "Content-Disposition": cd}}

lib = [i for i in DOCS if DOCS[i]["listed"]]
lib.sort(key=lambda k: (_dstamp(DOCS[k]["up"]), k), reverse=True)
LPER = 15
lpages = (len(lib) + LPER - 1) // LPER
for pg in range(1, lpages + 1):
    rows = ""
    for n_, k in enumerate(lib[(pg - 1) * LPER: pg * LPER], start=(pg - 1) * LPER + 1):
        d = DOCS[k]
        ext = "PDF" if (d["store"] or ".pdf").endswith(".pdf") or d["store"] is None or d["store"].endswith(".html") else d["store"].rsplit(".", 1)[1].upper()
        new = ' <span class="badge">ใหม่</span>' if _dstamp(d["up"]) >= (2568, 11, 1) else ""
        rows += (f'<tr><td>{n_}</td><td>{d["cat"]}</td><td><a href="/download.php?id={k}">{d["title"]}</a>{new}</td>'
                 f'<td>{ext}</td><td>{d["up"]}</td><td>{d["dl"]:,}</td></tr>')
    pager = " ".join(f'<a href="/download_list.php?page={p}">{p}</a>' if p != pg else f"<b>{p}</b>" for p in range(1, lpages + 1))
    nxt = f' <a href="/download_list.php?page={pg+1}">ถัดไป &raquo;</a>' if pg < lpages else ""
    body = f"""<h2>เอกสารดาวน์โหลด</h2><p>หมวดหมู่: ทั้งหมด | เรียงตามวันที่อัปโหลดล่าสุด</p>
<table><tr><th>ลำดับ</th><th>หมวดหมู่</th><th>ชื่อเอกสาร</th><th>ประเภท</th><th>วันที่อัปโหลด</th><th>ดาวน์โหลด (ครั้ง)</th></tr>{rows}</table>
<p class="pager">หน้า {pager}{nxt}</p>"""
    rel = f"store/download_list_{pg}.html"
    w(rel, page("เอกสารดาวน์โหลด", body))
    FILES[f"/download_list.php?page={pg}"] = {"file": rel, "headers": dict(HTMLH)}

# ---------------------------------------------------------------- static pages
def D(i, label=None):
    return f'<a href="/download.php?id={i}">{label or DOCS[i]["title"]}</a>'

w("index.html", page("หน้าแรก", f"""
<div class="banners"><a href="/ita.php"><img src="/img/banner-ita.png" alt="ITA 2569 การประเมินคุณธรรมและความโปร่งใส"></a>
<a href="https://bmaoss.bangkok.go.th"><img src="/img/banner-oss.png" alt="BMA OSS"></a></div>
<h3>ข่าวล่าสุด</h3><ul>{''.join(f'<li><a href="/news.php?id={k}">{NEWS[k]["title"]}</a> <small>{NEWS[k]["date"]}</small></li>' for k in order[:8])}</ul>
<p><a href="/news_list.php?page=1">ดูข่าวทั้งหมด</a></p>
<h3>เอกสารล่าสุด</h3><ul>{''.join(f'<li>{D(k)} <small>{DOCS[k]["up"]}</small></li>' for k in lib[:5])}</ul>
<p><a href="/download_list.php?page=1">เอกสารดาวน์โหลดทั้งหมด</a></p>
<h3>เกี่ยวกับเขตประเวศ</h3><p>เขตประเวศมีพื้นที่ประมาณ 52.49 ตารางกิโลเมตร แบ่งเป็น 3 แขวง ได้แก่ แขวงประเวศ แขวงหนองบอน และแขวงดอกไม้ <a href="/about/">อ่านต่อ</a></p>"""))

w("about/index.html", page("เกี่ยวกับเขต", """<h2>เกี่ยวกับเขตประเวศ</h2>
<ul><li><a href="/about/basic.html">ข้อมูลพื้นฐานของสำนักงานเขตประเวศ</a></li><li><a href="/about/history.html">ประวัติความเป็นมา</a></li>
<li><a href="/about/structure.html">โครงสร้างหน่วยงาน</a></li><li><a href="/about/executives.html">ผู้บริหาร</a></li>
<li><a href="/about/duties.html">อำนาจหน้าที่</a></li><li><a href="/contact/">ติดต่อเรา</a></li></ul>"""))
w("about/history.html", page("ประวัติความเป็นมา", """<h2>ประวัติความเป็นมา</h2><p>เขตประเวศเดิมเป็นอำเภอประเวศ จังหวัดพระนคร ต่อมาเปลี่ยนเป็นเขตประเวศ
เมื่อ พ.ศ. 2515 ชื่อ "ประเวศ" มาจากคลองประเวศบุรีรมย์ที่ขุดในสมัยรัชกาลที่ 5 ต่อมาได้แบ่งพื้นที่บางส่วนไปจัดตั้งเขตสวนหลวง</p>"""))
w("about/structure.html", page("โครงสร้างหน่วยงาน", f"""<h2>โครงสร้างสำนักงานเขตประเวศ</h2>
<img src="/img/structure.png" alt="แผนภูมิโครงสร้างสำนักงานเขตประเวศ" width="700">
<p>ผู้อำนวยการเขต / ผู้ช่วยผู้อำนวยการเขต 2 ตำแหน่ง / 10 ฝ่าย ได้แก่ {' '.join(DIVS)}</p>"""))
w("about/executives.html", page("ผู้บริหาร", f"""<h2>ผู้บริหารสำนักงานเขตประเวศ</h2>
<table><tr><th>รูปถ่าย</th><th>ชื่อ - สกุล</th><th>ตำแหน่ง</th><th>ติดต่อ</th></tr>
<tr><td><img src="/img/exec1.jpg" width="100" alt="{DIRECTOR}"></td><td>{DIRECTOR}</td><td>ผู้อำนวยการเขตประเวศ</td><td>โทร. 0 2328 7120<br>อีเมล prawet.director@bangkok.go.th</td></tr>
<tr><td><img src="/img/exec2.jpg" width="100" alt="นางสาวพรทิพย์ แก้วมณี"></td><td>นางสาวพรทิพย์ แก้วมณี</td><td>ผู้ช่วยผู้อำนวยการเขตประเวศ</td><td>โทร. 0 2328 7121<br>อีเมล prawet.asst1@bangkok.go.th</td></tr>
<tr><td><img src="/img/exec3.jpg" width="100" alt="ว่าง"></td><td>- ว่าง -</td><td>ผู้ช่วยผู้อำนวยการเขตประเวศ</td><td>โทร. 0 2328 7122</td></tr>
</table><p>ข้อมูล ณ วันที่ 3 พฤศจิกายน 2568</p>"""))
DUTIES = """<ol><li>ดูแลรักษาความสะอาด ความเป็นระเบียบเรียบร้อย และสิ่งแวดล้อมในพื้นที่เขต</li><li>ดำเนินการทะเบียนราษฎรและบัตรประจำตัวประชาชน</li>
<li>จัดเก็บภาษีและรายได้ของกรุงเทพมหานคร</li><li>ควบคุมอาคาร การก่อสร้าง และบำรุงรักษาถนน ท่อระบายน้ำในความรับผิดชอบ</li>
<li>ส่งเสริมการศึกษา ดูแลโรงเรียนสังกัดกรุงเทพมหานครในพื้นที่</li><li>พัฒนาชุมชนและสวัสดิการสังคม</li><li>บังคับใช้กฎหมายตามข้อบัญญัติกรุงเทพมหานคร</li></ol>
<p>ที่มา: ประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต และพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. 2528</p>"""
w("about/duties.html", page("อำนาจหน้าที่", "<h2>อำนาจหน้าที่ของสำนักงานเขต</h2>" + DUTIES))
MAP = '<iframe src="https://www.google.com/maps?q=สำนักงานเขตประเวศ&output=embed" width="600" height="300" title="แผนที่สำนักงานเขตประเวศ"></iframe><p><a href="https://goo.gl/maps/prawetdistrict">เปิดแผนที่ Google Maps</a></p>'
CONTACT = f"<p><b>ที่อยู่:</b> {DISTRICT} {ADDR}<br><b>โทรศัพท์:</b> {TEL}<br><b>โทรสาร:</b> {FAX}<br><b>อีเมล:</b> {MAIL}</p>" + MAP
w("about/basic.html", page("ข้อมูลพื้นฐานของสำนักงานเขตประเวศ", f"""<h2>ข้อมูลพื้นฐานของสำนักงานเขตประเวศ</h2>
<h3>1. ข้อมูลทั่วไป</h3><p>พื้นที่ 52.49 ตร.กม. 3 แขวง (ประเวศ หนองบอน ดอกไม้) ประชากรตามทะเบียนราษฎร 190,128 คน (ก.ย. 2568) ชุมชน 45 ชุมชน</p>
<h3>2. โครงสร้างหน่วยงาน</h3><img src="/img/structure.png" alt="แผนภูมิโครงสร้างสำนักงานเขตประเวศ" width="600"><p><a href="/about/structure.html">รายละเอียดโครงสร้าง</a></p>
<h3>3. ผู้บริหาร</h3><p>{DIRECTOR} ผู้อำนวยการเขตประเวศ (โทร. 0 2328 7120) <a href="/about/executives.html">ดูข้อมูลผู้บริหารทั้งหมด (รูปถ่าย ตำแหน่ง ช่องทางติดต่อ)</a></p>
<h3>4. อำนาจหน้าที่</h3>{DUTIES}
<h3>5. ข้อมูลการติดต่อ</h3>{CONTACT}"""))
w("contact/index.html", page("ติดต่อเรา", "<h2>ติดต่อสำนักงานเขตประเวศ</h2>" + CONTACT + """
<table><tr><th>ฝ่าย</th><th>โทรศัพท์ภายใน</th></tr>""" + "".join(f"<tr><td>{dv}</td><td>{7130 + k}</td></tr>" for k, dv in enumerate(DIVS)) + "</table>"))

w("service/index.html", page("บริการประชาชน", """<h2>บริการประชาชน</h2><ul>
<li><a href="/service/manual-public.html">คู่มือสำหรับประชาชน</a></li><li><a href="/service/eservice.html">บริการออนไลน์ (E-Service)</a></li>
<li><a href="/service/tracking.html">ติดตามสถานะคำขออนุญาต</a></li><li><a href="/division/manuals.html">คู่มือการปฏิบัติงานของฝ่ายต่าง ๆ</a></li>
<li><a href="/complaint/">ร้องเรียน/ร้องทุกข์</a></li></ul>"""))
w("service/manual-public.html", page("คู่มือสำหรับประชาชน", "<h2>คู่มือสำหรับประชาชน</h2><p>ตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558</p><table><tr><th>งานบริการ</th><th>ฝ่าย</th><th>เอกสาร</th></tr>"
  + "".join(f"<tr><td>{svc}</td><td>{dv}</td><td>{D(13+k, 'ดาวน์โหลด')}</td></tr>" for k, (svc, dv, _, _) in enumerate(PUB)) + "</table>"))
w("service/eservice.html", page("E-Service", """<h2>บริการออนไลน์ (E-Service) ของสำนักงานเขตประเวศ</h2>
<table><tr><th>ระบบ</th><th>บริการ</th><th>ลิงก์</th></tr>
<tr><td>BMA OSS ศูนย์รับคำขออนุญาตกรุงเทพมหานคร</td><td>ยื่นคำขออนุญาตก่อสร้าง จำหน่ายอาหาร ใบอนุญาตต่าง ๆ ออนไลน์</td><td><a href="https://bmaoss.bangkok.go.th">bmaoss.bangkok.go.th</a></td></tr>
<tr><td>BMA Q</td><td>จองคิวล่วงหน้างานทะเบียนราษฎร บัตรประชาชน ชำระภาษี</td><td><a href="https://q.bangkok.go.th">q.bangkok.go.th</a></td></tr>
<tr><td>Traffy Fondue</td><td>แจ้งปัญหาเมือง ร้องเรียน</td><td><a href="https://traffy.in.th">traffy.in.th</a></td></tr>
<tr><td>ชำระภาษีออนไลน์</td><td>ภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย</td><td><a href="https://tax.bangkok.go.th">tax.bangkok.go.th</a></td></tr>
</table><p>สอบถามการใช้งาน โทร. 0 2328 7119</p>"""))
w("service/tracking.html", page("ติดตามสถานะคำขออนุญาต", """<h2>ติดตามสถานะคำขออนุญาต</h2>
<p>ผู้ยื่นคำขอใบอนุญาตผ่านศูนย์รับคำขออนุญาตกรุงเทพมหานคร ตรวจสอบความคืบหน้าได้ด้วยเลขที่คำขอ คลิกที่ภาพด้านล่าง</p>
<p><a href="https://bmaoss.bangkok.go.th/tracking"><img src="/img/banner-oss.png" alt="ระบบติดตามสถานะการขอใบอนุญาต (Tracking System) BMA OSS"></a></p>
<p><img src="/img/gallery/2.png" alt="ขั้นตอนการตรวจสอบสถานะ" width="320"></p>"""))

rows = ""
for dv in DIVS:
    if dv in MANUAL_IDS:
        rows += f"<tr><td>{dv}</td><td>คู่มือการปฏิบัติงาน{dv}</td><td>{D(MANUAL_IDS[dv], 'เปิดเอกสาร')}</td></tr>"
    else:
        rows += f"<tr><td>{dv}</td><td>คู่มือการปฏิบัติงาน{dv}</td><td>อยู่ระหว่างปรับปรุง</td></tr>"
w("division/manuals.html", page("คู่มือการปฏิบัติหน้าที่", f"<h2>คู่มือการปฏิบัติหน้าที่ ของฝ่ายต่าง ๆ สำนักงานเขตประเวศ</h2><table><tr><th>ฝ่าย</th><th>คู่มือ</th><th>เอกสาร</th></tr>{rows}</table><p>ปรับปรุงข้อมูลล่าสุด 20 มีนาคม 2568</p>"))

w("finance/tax-stat.html", page("สถิติการจัดเก็บภาษี", f"""<h2>ข้อมูลสถิติการจัดเก็บภาษี</h2>
<table><tr><th>ประเภทภาษี</th><th>ปีงบประมาณ 2565</th><th>ปีงบประมาณ 2566</th></tr>
<tr><td>ภาษีที่ดินและสิ่งปลูกสร้าง</td><td>61,204,310</td><td>84,550,120</td></tr><tr><td>ภาษีป้าย</td><td>5,112,400</td><td>5,890,210</td></tr></table>
<p>ดาวน์โหลด: {D(36)}</p><p>ปรับปรุงล่าสุด 20 ตุลาคม 2566 ฝ่ายรายได้</p>"""))
w("finance/budget.html", page("ข้อมูลงบประมาณ", f"""<h2>ข้อมูลงบประมาณ</h2>
<ul><li><a href="https://www.bangkok.go.th/budget/2569">ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569 กรุงเทพมหานคร</a></li>
<li>{D(22)}</li><li>ข้อมูลเงินอุดหนุนชุมชน: <a href="/news.php?id=5">ผู้อำนวยการเขตประเวศ มอบเงินอุดหนุนชุมชน ประจำปีงบประมาณ พ.ศ. 2569</a></li></ul>"""))
w("finance/procurement.html", page("ข้อมูลการจัดซื้อจัดจ้าง", f"""<h2>ข้อมูลการจัดซื้อจัดจ้าง สำนักงานเขตประเวศ</h2>
<p><a href="https://egpbma.bangkok.go.th/"><img src="/img/banner-egp.png" alt="ระบบเผยแพร่ข้อมูลการจัดซื้อจัดจ้างกรุงเทพมหานคร e-GPBMA"></a></p>
<h3>ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. ๒๕๖๙</h3>
<table><tr><th>วันที่</th><th>เรื่อง</th></tr>
<tr><td>๑๕ ต.ค. ๖๘</td><td>{D(23)}</td></tr>
<tr><td>๓ พ.ย. ๖๘</td><td><a href="https://egpbma.bangkok.go.th/announce/2569-0101">ประกาศประกวดราคาจ้างปรับปรุงผิวจราจรซอยเฉลิมพระเกียรติ ร.๙ ซอย ๓๐ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)</a></td></tr>
<tr><td>๑๔ พ.ย. ๖๘</td><td><a href="https://egpbma.bangkok.go.th/announce/2569-0117">ประกาศผู้ชนะการเสนอราคา จ้างเหมาซ่อมแซมรถเก็บขนมูลฝอย</a></td></tr></table>
<h3>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑)</h3>
<p><b>ปีงบประมาณ พ.ศ. ๒๕๖๙</b></p><ul><li>ต.ค. ๖๘ : {D(24, 'PDF')} | {D(25, 'Excel')}</li></ul>
<p><b>ปีงบประมาณ พ.ศ. ๒๕๖๘</b></p><ul><li>ก.ย. ๖๘ : {D(26, 'PDF')}</li><li>ส.ค. ๖๘ : {D(42, 'PDF')}</li><li>ต.ค. ๖๗ - ก.ค. ๖๘ : ดูที่ <a href="/download_list.php?page=1">เอกสารดาวน์โหลด</a> หมวดจัดซื้อจัดจ้าง</li></ul>"""))

w("hr/index.html", page("งานบริหารทรัพยากรบุคคล", f"""<h2>การบริหารและพัฒนาทรัพยากรบุคคล</h2><ul><li>{D(28)}</li><li>{D(29)}</li>
<li><a href="https://www.bangkok.go.th/csc">สำนักงานคณะกรรมการข้าราชการกรุงเทพมหานคร (สำนักงาน ก.ก.)</a></li></ul>"""))
w("complaint/index.html", page("ร้องเรียนการทุจริต", f"""<h2>ช่องทางการร้องเรียน/แจ้งเบาะแสการทุจริตและประพฤติมิชอบ</h2>
<ol><li>ด้วยตนเอง ณ ฝ่ายปกครอง ชั้น 2 {DISTRICT}</li><li>โทรศัพท์ {TEL} ต่อ 1101 / สายด่วนกรุงเทพมหานคร 1555</li>
<li>อีเมล {MAIL}</li><li>จดหมายถึง ผู้อำนวยการเขตประเวศ {ADDR}</li><li>แอปพลิเคชัน <a href="https://traffy.in.th">Traffy Fondue</a></li>
<li>ตู้รับเรื่องร้องเรียน โถงชั้น 1</li></ol><p>ผู้ร้องเรียนจะได้รับการคุ้มครองและเก็บรักษาข้อมูลเป็นความลับ</p>
<h3>ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี</h3><p>{D(30)}</p>"""))

# OIT page (current) and old OIT page
def row(code, name, links, note=""):
    lk = "<br>".join(links) if links else "-"
    return f"<tr><td>{code}</td><td>{name}</td><td>{lk}</td><td>{note}</td></tr>"
N = lambda i, lbl=None: f'<a href="/news.php?id={i}">{lbl or NEWS[i]["title"]}</a>'
R = lambda h, lbl: f'<a href="{h}">{lbl}</a>'
oit_rows = [
 ("<b>9.1 ข้อมูลพื้นฐาน</b>", None),
 ("O1", "ข้อมูลพื้นฐานของสำนักงานเขต", [R("/about/basic.html", "ข้อมูลพื้นฐานของสำนักงานเขตประเวศ")]),
 ("o2", "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร", [D(1), D(2), D(3)]),
 ("O๓", "โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต", [N(4, "โรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขตประเวศ")]),
 ("0๔", "การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน", [R("/news_list.php?page=1", "ข่าวประชาสัมพันธ์ผลการดำเนินงาน"), R("https://www.facebook.com/prawetdistrict", "Facebook เขตประเวศ")]),
 ("<b>9.2 การบริหารงาน</b>", None),
 ("O5", "แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี", [N(1, "แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569"), D(5)]),
 ("O6", "คู่มือการปฏิบัติหน้าที่", [R("/division/manuals.html", "คู่มือการปฏิบัติหน้าที่ (ทุกฝ่าย)")]),
 ("O7", "คู่มือการให้บริการประชาชน", [R("/service/manual-public.html", "คู่มือสำหรับประชาชน")]),
 ("O8", "E-Service", [R("/service/eservice.html", "บริการออนไลน์ของสำนักงานเขต")]),
 ("O9", "ข้อมูลสถิติการจัดเก็บภาษี", [R("/finance/tax-stat.html", "สถิติการจัดเก็บภาษี")]),
 ("O10", "ข้อมูลสถิติการจัดเก็บรายได้", [D(17), D(18)]),
 ("O11", "รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต", [D(31)]),
 ("O12", "ระบบติดตาม (Tracking System) สถานะการขอใบอนุญาต", [R("/service/tracking.html", "ติดตามสถานะคำขออนุญาต")]),
 ("<b>9.3 การบริหารเงินงบประมาณ</b>", None),
 ("O13", "แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายงบประมาณประจำปี", [D(19), D(20)]),
 ("O14", "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ ข้อมูลเงินอุดหนุนชุมชน", [R("/finance/budget.html", "ข้อมูลงบประมาณ")]),
 ("O15", "ประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้าง และ สรุปผลการจัดซื้อจัดจ้างรายเดือน", [R("/finance/procurement.html", "ข้อมูลการจัดซื้อจัดจ้าง")]),
 ("<b>9.4 การบริหารและพัฒนาทรัพยากรบุคคล</b>", None),
 ("O16", "หลักเกณฑ์การบริหาร และพัฒนาทรัพยากรบุคคล", [R("/hr/", "การบริหารและพัฒนาทรัพยากรบุคคล")]),
 ("O17", "ช่องทางการร้องเรียนการทุจริตและข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี", [R("/complaint/", "ช่องทางร้องเรียนการทุจริต"), D(30)]),
 ("<b>10.1 การดำเนินการเพื่อป้องกันการทุจริต</b>", None),
 ("O18", "ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) และการรายงานผลสู่การปฏิบัติ", [N(3, "ประกาศนโยบายต่อต้านการรับสินบน ปี 2569 และรายงานผล")]),
 ("O19", "การประเมินความเสี่ยงต่อการรับสินบนและการรายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน", [D(27), D(43)]),
 ("O20", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", [D(33)]),
 ("O21", "การจัดการทรัพย์สินของราชการ ของบริจาคและการจัดเก็บของกลาง", [], "อยู่ระหว่างจัดทำข้อมูล"),
 ("O22", "มาตรการในการยกระดับคุณธรรมและความโปร่งใส และการรายงานผลการดำเนินงาน", [D(34), D(35), N(2, "ประกาศเจตจำนงสุจริต ปี 2569")]),
]
trs = ""
for r in oit_rows:
    if r[1] is None:
        trs += f'<tr><td colspan="4">{r[0]}</td></tr>'
    else:
        trs += row(*r)
w("ita/index.html", page("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2569", f"""<h2>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)<br>
แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๙</h2>
<table><tr><th>ข้อ</th><th>หัวข้อ</th><th>ข้อมูล / ลิงก์</th><th>หมายเหตุ</th></tr>{trs}</table>
<p>ผู้รับผิดชอบ: ฝ่ายปกครอง สำนักงานเขตประเวศ โทร. 0 2328 7119 ต่อ 1101 | ปรับปรุงล่าสุด 21 พฤศจิกายน 2568</p>
<p><a href="/ita/2568.html">OIT ประจำปี 2568 (ข้อมูลเดิม)</a></p>"""))
w("ita/2568.html", page("OIT ประจำปี 2568", f"""<h2>แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (ข้อมูลเดิม)</h2>
<table><tr><th>ข้อ</th><th>หัวข้อ</th><th>ลิงก์</th></tr>
<tr><td>O5</td><td>แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี</td><td>{D(4)}</td></tr>
<tr><td>O13</td><td>แผนการใช้จ่ายงบประมาณประจำปีและรายงานผล</td><td>{D(21)}</td></tr>
<tr><td>O21</td><td>การจัดการทรัพย์สินของราชการ ของบริจาคและการจัดเก็บของกลาง</td><td>-</td></tr>
<tr><td>O22</td><td>มาตรการในการยกระดับคุณธรรมและความโปร่งใส</td><td>{D(41)}</td></tr></table>
<p><a href="/ita/">กลับไปหน้า OIT ปัจจุบัน</a></p>"""))

# noise pages
w("travel/index.html", page("ท่องเที่ยว", """<h2>สถานที่ท่องเที่ยวเขตประเวศ</h2><ul><li><a href="/travel/suanluang.html">สวนหลวง ร.9</a></li>
<li><a href="/travel/market.html">ตลาดน้ำขวัญเรียม</a></li></ul><p><a href="/download.php?id=39">ดาวน์โหลดแผนที่ท่องเที่ยว</a></p>"""))
w("travel/suanluang.html", page("สวนหลวง ร.9", "<h2>สวนหลวง ร.9</h2><p>สวนสาธารณะขนาดใหญ่ที่สุดของกรุงเทพมหานคร พื้นที่ประมาณ 500 ไร่ เปิดทุกวัน 05.00 - 19.00 น.</p><img src='/img/gallery/5.png' alt='สวนหลวง ร.9'>"))
w("travel/market.html", page("ตลาดน้ำขวัญเรียม", "<h2>ตลาดน้ำขวัญเรียม</h2><p>ตลาดริมคลองแสนแสบ เปิดวันเสาร์ - อาทิตย์ อาหารพื้นบ้านและสินค้าชุมชน</p>"))
w("gallery/index.html", page("ภาพกิจกรรม", "<h2>ภาพกิจกรรม</h2>" + "".join(f'<a href="/gallery/album{k}.html"><img src="/img/gallery/{k}.png" width="200" alt="อัลบั้ม {k}"></a> ' for k in (1, 2))))
w("gallery/album1.html", page("อัลบั้ม: ลอยกระทง 2568", "<h2>ลอยกระทงวิถีไทย สวนหลวง ร.9 (พฤศจิกายน 2568)</h2>" + "".join(f'<img src="/img/gallery/{k}.png" width="250" alt="ภาพ">' for k in range(1, 5))))
w("gallery/album2.html", page("อัลบั้ม: Big Cleaning Day", "<h2>Big Cleaning Day ถนนศรีนครินทร์</h2>" + "".join(f'<img src="/img/gallery/{k}.png" width="250" alt="ภาพ">' for k in range(5, 9))))
w("jobs/index.html", page("สมัครงาน", f"""<h2>ประกาศรับสมัครงาน</h2><ul><li>{D(37)} <small>20 พ.ย. 2568</small></li><li>{D(38)}</li>
<li><a href="/jobs/2567-06.html">ประกาศผลการคัดเลือกลูกจ้างชั่วคราว (มิถุนายน 2567)</a></li></ul>"""))
w("jobs/2567-06.html", page("ประกาศผลการคัดเลือก", "<h2>ประกาศรายชื่อผู้ผ่านการคัดเลือก ตำแหน่งพนักงานกวาด</h2><ol><li>นายสมชาย ใจดี</li><li>นางสาวมาลี ศรีสุข</li></ol>"))
w("faq/index.html", page("ถาม-ตอบ", """<h2>ถาม-ตอบ (FAQ)</h2><dl><dt>ทำบัตรประชาชนใช้เวลานานเท่าไร</dt><dd>ประมาณ 15 นาที จองคิวล่วงหน้าผ่าน BMA Q</dd>
<dt>ชำระภาษีป้ายได้ที่ไหน</dt><dd>ฝ่ายรายได้ ชั้น 1 หรือ tax.bangkok.go.th</dd></dl>"""))
w("privacy.html", page("นโยบายคุ้มครองข้อมูลส่วนบุคคล", "<h2>นโยบายคุ้มครองข้อมูลส่วนบุคคล</h2><p>สำนักงานเขตประเวศเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</p>", side=False))
w("sitemap.html", page("แผนผังเว็บไซต์", "<h2>แผนผังเว็บไซต์</h2><ul>" + "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in MENU) +
  '<li><a href="/about/basic.html">ข้อมูลพื้นฐาน</a></li><li><a href="/finance/procurement.html">จัดซื้อจัดจ้าง</a></li><li><a href="/finance/budget.html">งบประมาณ</a></li><li><a href="/finance/tax-stat.html">สถิติภาษี</a></li><li><a href="/hr/">บริหารงานบุคคล</a></li><li><a href="/complaint/">ร้องเรียน</a></li></ul>'))
w("robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /search.php\n")

# ---------------------------------------------------------------- meta.json
STYLE = ("Thai government CMS ('GovCMS 3.2') for สำนักงานเขตประเวศ: every document is served from /download.php?id=N "
 "(Content-Disposition with RFC 5987 Thai file names, sometimes only a generic ASCII fallback; Content-Type often application/octet-stream, "
 "XLSX/DOCX too); a 'เอกสารดาวน์โหลด' library /download_list.php?page=1..3 (category, title, type, BE upload date, download count); "
 "news posts /news.php?id=N and list /news_list.php?page=1..2; OIT page /ita/ (old /ita.php redirects there; an old 2568 OIT page at /ita/2568.html) "
 "whose rows link a mix of download ids, HTML pages and news posts; codes written O1/o2/O๓/0๔. Traps: "
 "O1 pass (composite basic-info page; vacant assistant post shown as '- ว่าง -'); "
 "O2 pass via three octet-stream downloads with Thai names only in Content-Disposition; "
 "O3 false-pass bait: row links a news post about a meeting of 'all 10' BMA school heads, no list of schools anywhere -> missing; "
 "O4 pass (news list + Facebook); "
 "O5 false-pass bait: row links news 'ประชุมจัดทำแผนปฏิบัติราชการ 2569' (a meeting, not the plan) + FY2568 annual report; FY2569 plan not published, only FY2568 plan in library/old OIT page -> incomplete (stale acceptable); "
 "O6 looks complete (10-row table) but 3 divisions 'อยู่ระหว่างปรับปรุง' -> incomplete; "
 "O7 pass (links labelled only 'ดาวน์โหลด', octet-stream); O8 pass (external e-services table); "
 "O9 stale: tax statistics FY2565-2566 only (updated Oct 2566); "
 "O10 pass: XLSX served as octet-stream (FY2568 annual + Oct 2568); "
 "O11 broken: only link download.php?id=31 answers 404 though the library lists the title with a download count; "
 "O12 pass: tracking link is an image banner with alt text only; "
 "O13 pass with false-missing bait: FY2569 spending plan is an image-only scan (octet-stream), FY2568 annual report text PDF; no FY2569 half-year report (not yet due); "
 "O14 incomplete: budget data + ordinance link present, community subsidy 'data' is only a news post about a handover ceremony; "
 "O15 pass with false-stale bait: FY2569 announcements + e-GPBMA banner + only October 2568 สขร.1 (PDF+XLSX, all columns), which is all that is due on 25 Nov 2568; "
 "O16 pass; O17 stale: channels fine but the annual statistics file (uploaded 15 Oct 2568, title without year) covers FY2566; "
 "O18 pass with false-missing bait: the evidence is a news post carrying the full signed policy text plus the FY2568 implementation report attachment; "
 "O19 broken: one link is a CMS soft-404 (HTTP 200 'ไม่พบเอกสาร' page), the other a hard 404; "
 "O20 pass: DOCX as octet-stream; O21 missing: row says 'อยู่ระหว่างจัดทำข้อมูล', unrelated donation-drive news post elsewhere as keyword bait; "
 "O22 pass: FY2569 measures PDF is a page image whose invisible text layer lost every ำ (Word-2007 style 'ประจาปี'), + FY2568 12-month report; a เจตจำนงสุจริต ceremony news post linked alongside as noise.")
meta = {"framework": "bma-2567", "as_of": "2025-11-25", "start": "/", "name_th": DISTRICT, "style": STYLE,
        "author": "blind", "set": "held-out-8",
        "server": {"redirects": {"/ita.php": "/ita/"}, "status": STATUS, "files": FILES}}
with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
    json.dump(meta, f, ensure_ascii=False, indent=1)
print("docs", len(DOCS), "files", len(FILES), "status", STATUS)
