#!/usr/bin/env python3
"""Generate the 'section_shells' fixture: a CMS-style Bangkok district site
(fictional สำนักงานเขตบางระมาด) where every OIT item (bma-2564, O1..O43) has its
own page built from one template (heading, description, year tabs, document
table, sidebar).  Many pages are shells.  Run with /work/blindenv/bin/python."""
import json, os, random, shutil, html
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, Image as RLImage, PageBreak)
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas as rlcanvas
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
import docx
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
SITE = HERE / "site"
FONTDIR = "/usr/share/fonts/truetype/tlwg/"
RNG = random.Random(2565)

pdfmetrics.registerFont(TTFont("Norasi", FONTDIR + "Norasi.ttf"))
pdfmetrics.registerFont(TTFont("Norasi-Bold", FONTDIR + "Norasi-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Garuda", FONTDIR + "Garuda.ttf"))
pdfmetrics.registerFont(TTFont("Garuda-Bold", FONTDIR + "Garuda-Bold.ttf"))

DIST = "เขตบางระมาด"
OFFICE = "สำนักงานเขตบางระมาด"
DIRECTOR = "นายธีรวัฒน์ ศรีสุวรรณ"
OLD_DIRECTOR = "นายประยูร ทองคำดี"
ADDRESS = "เลขที่ 99 ถนนบางระมาด แขวงบางระมาด เขตบางระมาด กรุงเทพมหานคร 10170"
PHONE = "0 2448 5120-4"
EMAIL = "saraban.bangramat@bangkok.go.th"
THD = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    return str(s).translate(THD)


# ---------------------------------------------------------------- documents
def st(name, size=14, font="Norasi", lead=None, align=0, bold=False):
    return ParagraphStyle(name, fontName=font + ("-Bold" if bold else ""),
                          fontSize=size, leading=lead or size * 1.45,
                          alignment=align)


S_T = st("t", 18, bold=True, align=1)
S_H = st("h", 15, bold=True)
S_P = st("p", 14)
S_C = st("c", 14, align=1)
S_R = st("r", 14, align=2)
S_CELL = st("cell", 11.5, lead=15)
S_CELLB = st("cellb", 11.5, lead=15, bold=True)


def P(text, style=S_P):
    return Paragraph(html.escape(text).replace("\n", "<br/>"), style)


def pdf(relpath, blocks, title="", author=OFFICE, land=False):
    """blocks: list of ('t', text) title, ('h', text), ('p', text),
    ('c', text) centred, ('r', text) right, ('ul', [items]),
    ('table', header, rows, colwidths_mm), ('img', path, w_mm), ('sp', mm),
    ('br',)."""
    out = SITE / relpath
    out.parent.mkdir(parents=True, exist_ok=True)
    size = landscape(A4) if land else A4
    doc = SimpleDocTemplate(str(out), pagesize=size, leftMargin=22 * mm,
                            rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=title, author=author)
    flow = []
    for b in blocks:
        k = b[0]
        if k == "t":
            flow += [P(b[1], S_T), Spacer(1, 4 * mm)]
        elif k == "h":
            flow += [Spacer(1, 2 * mm), P(b[1], S_H)]
        elif k == "p":
            flow.append(P("\u00a0" * 8 + b[1]))
        elif k == "c":
            flow.append(P(b[1], S_C))
        elif k == "r":
            flow.append(P(b[1], S_R))
        elif k == "ul":
            for it in b[1]:
                flow.append(P("- " + it, st("li", 14, lead=20)))
        elif k == "table":
            hdr, rows, widths = b[1], b[2], b[3]
            data = [[P(h, S_CELLB) for h in hdr]] + \
                   [[P(str(c), S_CELL) for c in r] for r in rows]
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f3")),
                ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow += [Spacer(1, 2 * mm), t, Spacer(1, 3 * mm)]
        elif k == "img":
            im = Image.open(b[1])
            w = b[2] * mm
            flow.append(RLImage(b[1], width=w, height=w * im.height / im.width))
        elif k == "sp":
            flow.append(Spacer(1, b[1] * mm))
        elif k == "br":
            flow.append(PageBreak())
    doc.build(flow)
    return "/" + relpath


def font(size, bold=False, name="Norasi"):
    return ImageFont.truetype(FONTDIR + name + ("-Bold" if bold else "") + ".ttf", size)


def render_page_image(lines, dpi=110, skew=0.0, noise=6):
    """Draw Thai text lines into an A4 image (looks like a scan)."""
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (W, H), 246)
    d = ImageDraw.Draw(img)
    y = int(0.8 * dpi)
    for ln in lines:
        if isinstance(ln, tuple):
            text, kind = ln
        else:
            text, kind = ln, "p"
        if kind == "t":
            f = font(int(dpi * 0.21), True)
            w = d.textlength(text, font=f)
            d.text(((W - w) / 2, y), text, font=f, fill=20)
            y += int(dpi * 0.34)
        elif kind == "r":
            f = font(int(dpi * 0.17))
            w = d.textlength(text, font=f)
            d.text((W - w - int(0.8 * dpi), y), text, font=f, fill=25)
            y += int(dpi * 0.28)
        else:
            f = font(int(dpi * 0.17))
            d.text((int(0.9 * dpi), y), text, font=f, fill=25)
            y += int(dpi * 0.28)
    rnd = random.Random(len(lines))
    px = img.load()
    for _ in range(W * H // 60):
        x, yy = rnd.randrange(W), rnd.randrange(H)
        px[x, yy] = max(0, min(255, px[x, yy] + rnd.randint(-noise * 8, noise * 2)))
    if skew:
        img = img.rotate(skew, fillcolor=240, resample=Image.BICUBIC)
    return img


def scan_pdf(relpath, pages, unreadable=False, garbage_layer=None):
    out = SITE / relpath
    out.parent.mkdir(parents=True, exist_ok=True)
    imgs = []
    for i, lines in enumerate(pages):
        im = render_page_image(lines, skew=0.6 if i % 2 == 0 else -0.4)
        if unreadable:
            w, h = im.size
            im = im.resize((w // 7, h // 7), Image.BILINEAR)
            im = im.filter(ImageFilter.GaussianBlur(1.2))
            im = im.resize((w, h), Image.NEAREST)
            im = im.point(lambda v: 150 + v * 0.35)
            im = im.filter(ImageFilter.GaussianBlur(2.5))
        imgs.append(im.convert("RGB"))
    if garbage_layer is None:
        imgs[0].save(out, "PDF", resolution=110, save_all=True,
                     append_images=imgs[1:])
    else:
        c = rlcanvas.Canvas(str(out), pagesize=A4)
        for i, im in enumerate(imgs):
            tmp = out.with_suffix(f".p{i}.jpg")
            im.save(tmp, "JPEG", quality=55)
            c.drawImage(str(tmp), 0, 0, width=A4[0], height=A4[1])
            t = c.beginText(60, A4[1] - 80)
            t.setTextRenderMode(3)
            t.setFont("Helvetica", 11)
            for ln in garbage_layer[i % len(garbage_layer)]:
                t.textLine(ln)
            c.drawText(t)
            c.showPage()
            tmp.unlink()
        c.save()
    return "/" + relpath


def image_with_hidden_text(relpath, pages, hidden_transform):
    """Visible text as picture, invisible text layer given by hidden_transform
    (mimics an office export whose text layer lost ำ)."""
    out = SITE / relpath
    out.parent.mkdir(parents=True, exist_ok=True)
    c = rlcanvas.Canvas(str(out), pagesize=A4)
    c.setTitle("แผนการใช้จ่ายงบประมาณ")
    for i, lines in enumerate(pages):
        im = render_page_image(lines, dpi=130, noise=0).convert("RGB")
        tmp = out.with_suffix(f".p{i}.png")
        im.save(tmp)
        c.drawImage(str(tmp), 0, 0, width=A4[0], height=A4[1])
        t = c.beginText(65, A4[1] - 62)
        t.setTextRenderMode(3)
        t.setFont("Norasi", 12)
        for ln in lines:
            text = ln[0] if isinstance(ln, tuple) else ln
            t.textLine(hidden_transform(text))
        c.drawText(t)
        c.showPage()
        tmp.unlink()
    c.save()
    return "/" + relpath


def xlsx(relpath, title_lines, header, rows, widths=None, sheet="Sheet1"):
    out = SITE / relpath
    out.parent.mkdir(parents=True, exist_ok=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    r = 1
    thin = Side(style="thin")
    for tl in title_lines:
        ws.cell(row=r, column=1, value=tl).font = Font(name="TH SarabunPSK", bold=True, size=16)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
        ws.cell(row=r, column=1).alignment = Alignment(horizontal="center")
        r += 1
    for j, h in enumerate(header, 1):
        c = ws.cell(row=r, column=j, value=h)
        c.font = Font(name="TH SarabunPSK", bold=True, size=14)
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        c.fill = PatternFill("solid", fgColor="DDE6F3")
        c.border = Border(thin, thin, thin, thin)
    r += 1
    for row in rows:
        for j, v in enumerate(row, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.font = Font(name="TH SarabunPSK", size=14)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = Border(thin, thin, thin, thin)
        r += 1
    for j, w in enumerate(widths or [18] * len(header), 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
    wb.save(out)
    return "/" + relpath


def docx_file(relpath, title, paras, table=None):
    out = SITE / relpath
    out.parent.mkdir(parents=True, exist_ok=True)
    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = "TH SarabunPSK"
    stl.font.size = Pt(16)
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        hdr, rows = table
        t = d.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            t.rows[0].cells[j].text = h
        for row in rows:
            cells = t.add_row().cells
            for j, v in enumerate(row):
                cells[j].text = str(v)
    d.save(out)
    return "/" + relpath


def png_chart(relpath):
    out = SITE / relpath
    out.parent.mkdir(parents=True, exist_ok=True)
    W, H = 1500, 900
    im = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(im)
    f1, f2, f3 = font(30, True, "Garuda"), font(22, False, "Garuda"), font(17, False, "Garuda")

    def box(cx, y, w, h, text, f, fill):
        d.rectangle([cx - w // 2, y, cx + w // 2, y + h], fill=fill, outline="#1f3b73", width=3)
        for i, t in enumerate(text.split("\n")):
            tw = d.textlength(t, font=f)
            d.text((cx - tw / 2, y + 8 + i * (f.size + 6)), t, font=f, fill="#10213f")
    d.text((W / 2 - d.textlength("แผนภูมิโครงสร้างสำนักงานเขตบางระมาด", font=f1) / 2, 20),
           "แผนภูมิโครงสร้างสำนักงานเขตบางระมาด", font=f1, fill="#10213f")
    box(W // 2, 80, 420, 80, "ผู้อำนวยการเขตบางระมาด\n" + DIRECTOR, f2, "#ffe9a8")
    box(W // 2, 200, 520, 80, "ผู้ช่วยผู้อำนวยการเขต (3 อัตรา)", f2, "#fff4d1")
    d.line([W // 2, 160, W // 2, 200], fill="#1f3b73", width=3)
    d.line([W // 2, 280, W // 2, 330], fill="#1f3b73", width=3)
    d.line([90, 330, W - 90, 330], fill="#1f3b73", width=3)
    for i, name in enumerate(DIVISIONS):
        col, rowi = i % 5, i // 5
        cx = 150 + col * 300
        y = 360 + rowi * 230
        d.line([cx, 330 if rowi == 0 else 330, cx, y], fill="#1f3b73", width=2) if rowi == 0 else None
        box(cx, y, 270, 150, name.replace("ฝ่าย", "ฝ่าย\n", 1) if len(name) > 14 else name, f3, "#e3edf9")
    d.text((40, H - 40), "ที่มา: ประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต (ปรับปรุง พฤศจิกายน 2564)",
           font=f3, fill="#444")
    im.save(out)
    return "/" + relpath


def photo(relpath, label, color):
    out = SITE / relpath
    out.parent.mkdir(parents=True, exist_ok=True)
    im = Image.new("RGB", (300, 380), color)
    d = ImageDraw.Draw(im)
    d.ellipse([95, 60, 205, 170], fill="#f1d2b6")
    d.rounded_rectangle([55, 185, 245, 380], 60, fill="#27324a")
    d.polygon([(150, 190), (130, 260), (150, 300), (170, 260)], fill="#a01c1c")
    d.text((10, 10), label, font=font(16, False, "Garuda"), fill="white")
    im.save(out, "JPEG", quality=85)
    return "/" + relpath


def event_photo(relpath, caption, seed):
    out = SITE / relpath
    out.parent.mkdir(parents=True, exist_ok=True)
    r = random.Random(seed)
    im = Image.new("RGB", (800, 500), "#cfd8dc")
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, 800, 200], fill="#8fa9c4")
    d.rectangle([120, 40, 680, 150], fill="#1d4e89")
    d.text((140, 70), caption[:40], font=font(26, True, "Garuda"), fill="white")
    for i in range(14):
        x = 30 + i * 55 + r.randint(-8, 8)
        y = 260 + r.randint(-20, 30)
        d.ellipse([x, y, x + 36, y + 36], fill="#e8c4a0")
        d.rectangle([x - 6, y + 40, x + 42, y + 150], fill=r.choice(["#f4f4f4", "#ffd54f", "#5c6bc0", "#ef5350"]))
    d.rectangle([0, 430, 800, 500], fill="#795548")
    im.save(out, "JPEG", quality=80)
    return "/" + relpath


DIVISIONS = ["ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายรายได้",
             "ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "ฝ่ายโยธา", "ฝ่ายเทศกิจ",
             "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "ฝ่ายการศึกษา"]


# ---------------------------------------------------------------- HTML
CSS = """
body{font-family:'Sarabun','Tahoma',sans-serif;margin:0;background:#f3f5f8;color:#222}
.portal{background:#0b2a52;color:#cfd9ea;font-size:13px;padding:4px 16px}
.portal a{color:#fff;margin-right:12px}
header{background:#1d4e89;color:#fff;padding:14px 24px}
header h1{margin:0;font-size:24px} header small{color:#dbe6f6}
nav.main{background:#143a68;padding:0 16px}
nav.main a{color:#fff;display:inline-block;padding:10px 12px;text-decoration:none}
nav.main a:hover{background:#0d2b50}
.wrap{display:flex;gap:18px;max-width:1180px;margin:16px auto;padding:0 12px}
main{flex:1;background:#fff;padding:18px 24px;border-radius:4px;min-height:520px}
aside{width:280px}
aside .box{background:#fff;margin-bottom:14px;padding:10px 14px;border-radius:4px}
aside h3{margin:0 0 6px;font-size:16px;color:#1d4e89;border-bottom:2px solid #1d4e89}
aside ul{padding-left:18px;margin:4px 0} aside li{margin:3px 0;font-size:14px}
.crumb{font-size:13px;color:#777;margin-bottom:8px}
.desc{background:#f7f9fc;border-left:4px solid #1d4e89;padding:10px 14px;line-height:1.7}
.tabs{margin-top:18px;border-bottom:2px solid #1d4e89}
.tabs button{border:1px solid #1d4e89;border-bottom:none;background:#e9eef6;padding:6px 16px;cursor:pointer;font-size:15px}
.tabs button.active{background:#1d4e89;color:#fff}
table.doc{width:100%;border-collapse:collapse;margin-top:8px}
table.doc th{background:#1d4e89;color:#fff;padding:6px;font-weight:normal}
table.doc td{border-bottom:1px solid #dde3ea;padding:6px;vertical-align:top}
a.btn{display:inline-block;background:#2e7d32;color:#fff;padding:3px 10px;border-radius:3px;text-decoration:none;font-size:13px}
.empty{color:#999;text-align:center;padding:18px}
.content{margin-top:14px;line-height:1.7}
.cards{display:flex;flex-wrap:wrap;gap:16px}
.card{width:200px;text-align:center;border:1px solid #e0e6ee;padding:10px;border-radius:4px}
.card img{width:150px;height:190px;object-fit:cover}
footer{background:#0b2a52;color:#cfd9ea;padding:18px 24px;font-size:14px;margin-top:20px}
footer a{color:#fff}
.newslist li{margin:8px 0}
.itatable td,.itatable th{border:1px solid #ccd;padding:5px 8px}
.itatable{border-collapse:collapse;width:100%}
.hint{font-size:12px;color:#888}
"""

TABJS = """
function showTab(btn, id){
  var root = btn.closest('.yeartabs');
  root.querySelectorAll('.pane').forEach(function(p){p.style.display='none';});
  root.querySelectorAll('.tabs button').forEach(function(b){b.classList.remove('active');});
  document.getElementById(id).style.display='block'; btn.classList.add('active');
}
"""

NEWS = []      # filled later: (id, date_th, title, href)
ITEM_URL = {}  # n -> url
SIDEBAR_EXTRA = ""


def layout(title, body, crumb=None, sidebar=True):
    navs = [("/", "หน้าหลัก"), ("/about/", "เกี่ยวกับเขต"), ("/news/", "ข่าวประชาสัมพันธ์"),
            ("/ita/", "ITA 2565"), (ITEM_URL.get(17, "#"), "บริการออนไลน์"),
            ("/qa/", "ถาม-ตอบ"), ("/complaint/", "แจ้งเรื่องร้องเรียน"),
            (ITEM_URL.get(5, "#"), "ติดต่อเรา"), ("/sitemap/", "แผนผังเว็บไซต์")]
    nav = "".join(f'<a href="{h}">{t}</a>' for h, t in navs)
    crumbs = ""
    if crumb:
        crumbs = '<div class="crumb"><a href="/">หน้าหลัก</a> &raquo; ' + \
            " &raquo; ".join(f'<a href="{h}">{t}</a>' if h else t for h, t in crumb) + "</div>"
    side = ""
    if sidebar:
        news = "".join(f'<li><a href="{h}">{t}</a> <span class="hint">{d}</span></li>'
                       for _, d, t, h in NEWS[:4])
        side = f"""<aside>
<div class="box"><h3>การเปิดเผยข้อมูลสาธารณะ (OIT)</h3><ul>
<li><a href="/ita/#s91">9.1 ข้อมูลพื้นฐาน</a></li>
<li><a href="/ita/#s92">9.2 การบริหารงาน</a></li>
<li><a href="/ita/#s93">9.3 การบริหารเงินงบประมาณ</a></li>
<li><a href="/ita/#s94">9.4 การบริหารและพัฒนาทรัพยากรบุคคล</a></li>
<li><a href="/ita/#s95">9.5 การส่งเสริมความโปร่งใส</a></li>
<li><a href="/ita/#s101">10.1 การดำเนินการเพื่อป้องกันการทุจริต</a></li>
<li><a href="/ita/#s102">10.2 มาตรการภายในเพื่อป้องกันการทุจริต</a></li></ul></div>
<div class="box"><h3>ข่าวล่าสุด</h3><ul class="newslist">{news}</ul></div>
<div class="box"><h3>ลิงก์หน่วยงาน</h3><ul>
<li><a href="https://www.bangkok.go.th/">กรุงเทพมหานคร</a></li>
<li><a href="https://www.bangkok.go.th/ocsc/">สำนักงาน ก.ก.</a></li>
<li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li>
<li><a href="https://itas.nacc.go.th/">ระบบ ITAS</a></li></ul></div>
<div class="box"><h3>สถิติผู้เข้าชม</h3><p class="hint">วันนี้ 412 | เดือนนี้ 9,877 | ทั้งหมด 318,554</p></div>
</aside>"""
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {OFFICE}</title>
<link rel="stylesheet" href="/assets/style.css">
<script src="/assets/tabs.js"></script>
</head><body>
<div class="portal">กรุงเทพมหานคร : <a href="https://www.bangkok.go.th/">หน้าหลัก กทม.</a><a href="https://www.bangkok.go.th/district">สำนักงานเขต 50 เขต</a></div>
<header><h1>{OFFICE}</h1><small>Bang Ramat District Office · กรุงเทพมหานคร</small></header>
<nav class="main">{nav}</nav>
<div class="wrap"><main>{crumbs}{body}</main>{side}</div>
<footer><b>{OFFICE}</b><br>{ADDRESS}<br>โทรศัพท์ {PHONE} · อีเมล {EMAIL}<br>
เวลาทำการ วันจันทร์ - ศุกร์ 08.00 - 16.00 น. (ฝ่ายทะเบียนเปิดบริการวันเสาร์ 08.00 - 12.00 น.)<br>
<span class="hint">© 2565 {OFFICE} · ปรับปรุงล่าสุด 27 เมษายน 2565</span></footer>
</body></html>"""


def write(urlpath, text):
    p = SITE / urlpath.strip("/") / "index.html" if urlpath.endswith("/") else SITE / urlpath.strip("/")
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")


def rows_html(rows):
    if not rows:
        return '<tr><td colspan="4" class="empty">ไม่พบข้อมูล</td></tr>'
    out = []
    for i, r in enumerate(rows, 1):
        name, date, href = r[0], r[1], r[2]
        label = r[3] if len(r) > 3 else "ดาวน์โหลด"
        out.append(f'<tr><td style="text-align:center">{i}</td><td>{name}</td>'
                   f'<td style="white-space:nowrap">{date}</td>'
                   f'<td><a class="btn" href="{href}">{label}</a></td></tr>')
    return "".join(out)


def item_page(n, code, title, desc, tabs, content="", section=""):
    """tabs: dict year -> rows (None/[] means empty)."""
    years = ["2565", "2564", "2563"]
    buttons = "".join(
        f'<button type="button" class="{"active" if y == "2565" else ""}" '
        f'onclick="showTab(this,\'y{y}-{n}\')">ปี {y}</button>' for y in years)
    panes = "".join(
        f'<div class="pane" id="y{y}-{n}" style="display:{"block" if y == "2565" else "none"}">'
        f'<table class="doc"><thead><tr><th style="width:60px">ลำดับ</th><th>ชื่อเอกสาร</th>'
        f'<th style="width:120px">วันที่</th><th style="width:100px">ดาวน์โหลด</th></tr></thead>'
        f'<tbody>{rows_html(tabs.get(y))}</tbody></table></div>' for y in years)
    body = f"""<h2>{code} {title}</h2>
<div class="desc">{desc}</div>
{'<div class="content">' + content + '</div>' if content else ''}
<div class="yeartabs"><div class="tabs">{buttons}</div>{panes}</div>
<p class="hint" style="margin-top:18px">ผู้รับผิดชอบข้อมูล: {RESP.get(n, 'ฝ่ายปกครอง')} · จำนวนผู้เข้าชม {RNG.randint(40, 900)} ครั้ง</p>"""
    write(ITEM_URL[n], layout(f"{code} {title}", body,
                              crumb=[("/ita/", "ITA 2565"), (None, section), (None, f"{code} {title}")]))


RESP = {n: "ฝ่ายการคลัง" for n in list(range(18, 25)) + [36, 37]}
RESP.update({13: "ฝ่ายปกครอง (รวบรวมจากทุกฝ่าย)", 15: "ฝ่ายปกครอง (รวบรวมจากทุกฝ่าย)"})

ITEMS = [
    (1, "โครงสร้างหน่วยงาน", "9.1"), (2, "ข้อมูลผู้บริหาร", "9.1"), (3, "อำนาจหน้าที่", "9.1"),
    (4, "แผนยุทธศาสตร์และแผนพัฒนาสำนักงานเขต", "9.1"), (5, "ข้อมูลการติดต่อ", "9.1"),
    (6, "กฎหมายที่เกี่ยวข้อง", "9.1"), (7, "ข่าวประชาสัมพันธ์", "9.1"), (8, "Q&A", "9.1"),
    (9, "Social Network", "9.1"),
    (10, "แผนปฏิบัติราชการประจำปี", "9.2"), (11, "รายงานการกำกับติดตามการดำเนินงาน", "9.2"),
    (12, "รายงานผลการดำเนินงานประจำปี", "9.2"),
    (13, "คู่มือหรือมาตรฐานการปฏิบัติงาน", "9.2"), (14, "คู่มือหรือมาตรฐานการให้บริการ", "9.2"),
    (15, "ข้อมูลเชิงสถิติการให้บริการ", "9.2"), (16, "รายงานผลการสำรวจความพึงพอใจการให้บริการ", "9.2"),
    (17, "E-Service", "9.2"),
    (18, "แผนการใช้จ่ายงบประมาณประจำปี", "9.3"), (19, "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ", "9.3"),
    (20, "รายงานผลการใช้จ่ายงบประมาณประจำปี", "9.3"),
    (21, "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ", "9.3"),
    (22, "ประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ", "9.3"),
    (23, "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน", "9.3"),
    (24, "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี", "9.3"),
    (25, "นโยบายการบริหารทรัพยากรบุคคล", "9.4"), (26, "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล", "9.4"),
    (27, "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "9.4"),
    (28, "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", "9.4"),
    (29, "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", "9.5"), (30, "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", "9.5"),
    (31, "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี", "9.5"), (32, "ช่องทางการรับฟังความคิดเห็น", "9.5"),
    (33, "การเปิดโอกาสให้เกิดการมีส่วนร่วม", "9.5"),
    (34, "เจตจำนงสุจริตของผู้บริหาร", "10.1"), (35, "การมีส่วนร่วมของผู้บริหาร", "10.1"),
    (36, "การประเมินความเสี่ยงการทุจริตประจำปี", "10.1"), (37, "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต", "10.1"),
    (38, "การเสริมสร้างวัฒนธรรมองค์กร", "10.1"), (39, "แผนปฏิบัติการป้องกันการทุจริตประจำปี", "10.1"),
    (40, "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต", "10.1"),
    (41, "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี", "10.1"),
    (42, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "10.2"),
    (43, "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "10.2"),
]
SECTIONS = {"9.1": ("s91", "ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน"),
            "9.2": ("s92", "ตัวชี้วัดย่อยที่ 9.2 การบริหารงาน"),
            "9.3": ("s93", "ตัวชี้วัดย่อยที่ 9.3 การบริหารเงินงบประมาณ"),
            "9.4": ("s94", "ตัวชี้วัดย่อยที่ 9.4 การบริหารและพัฒนาทรัพยากรบุคคล"),
            "9.5": ("s95", "ตัวชี้วัดย่อยที่ 9.5 การส่งเสริมความโปร่งใส"),
            "10.1": ("s101", "ตัวชี้วัดย่อยที่ 10.1 การดำเนินการเพื่อป้องกันการทุจริต"),
            "10.2": ("s102", "ตัวชี้วัดย่อยที่ 10.2 มาตรการภายในเพื่อป้องกันการทุจริต")}


def code_of(n):
    # the CMS editors typed item codes in several ways
    styles = [lambda n: f"O{n}", lambda n: f"O{th(n)}", lambda n: f"0{th(n)}", lambda n: f"O{th(n)}"]
    return styles[n % 4](n)


def main():
    if SITE.exists():
        shutil.rmtree(SITE)
    SITE.mkdir(parents=True)
    (SITE / "assets").mkdir()
    (SITE / "assets/style.css").write_text(CSS, encoding="utf-8")
    (SITE / "assets/tabs.js").write_text(TABJS, encoding="utf-8")

    ids = RNG.sample(range(2310, 2990), 43)
    for (n, _, _), pid in zip(ITEMS, ids):
        ITEM_URL[n] = f"/page/{pid}/"

    build_news()
    build_items()
    build_other_pages()
    write_meta()


# ---------------------------------------------------------------- news
def build_news():
    data = [
        (118, "18 เม.ย. 2565", "ขอเชิญชวนประชาชนจองคิวรับบริการล่วงหน้าผ่านแอปพลิเคชัน BMA Q",
         ["สำนักงานเขตบางระมาดขอเชิญชวนประชาชนที่ประสงค์จะติดต่อราชการกับฝ่ายทะเบียน ฝ่ายรายได้ และฝ่ายโยธา จองคิวล่วงหน้าผ่านแอปพลิเคชัน BMA Q เพื่อลดระยะเวลารอคอยและลดความแออัดในพื้นที่ให้บริการ",
          "ผู้ใช้บริการสามารถดาวน์โหลดแอปพลิเคชันได้ทั้งระบบ iOS และ Android เลือกสำนักงานเขตบางระมาด เลือกประเภทบริการ วันและเวลาที่สะดวก แล้วแสดงหมายเลขคิวต่อเจ้าหน้าที่ ณ จุดประชาสัมพันธ์"]),
        (117, "5 เม.ย. 2565", "เขตบางระมาดจัดกิจกรรม Big Cleaning Day คลองบางระมาดก่อนเทศกาลสงกรานต์",
         ["ฝ่ายรักษาความสะอาดและสวนสาธารณะ ร่วมกับชุมชนริมคลองบางระมาด จิตอาสา และผู้ประกอบการในพื้นที่ จัดกิจกรรมทำความสะอาดคลอง เก็บขยะและผักตบชวา ตลอดแนวคลองระยะทาง 2.4 กิโลเมตร",
          "มีผู้เข้าร่วมกิจกรรมกว่า 180 คน เก็บขยะและวัชพืชได้ประมาณ 6.5 ตัน"]),
        (116, "22 มี.ค. 2565", "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี พ.ศ. 2565",
         ["ฝ่ายรายได้ สำนักงานเขตบางระมาด ขอประชาสัมพันธ์ให้เจ้าของที่ดินและสิ่งปลูกสร้างที่ได้รับหนังสือแจ้งการประเมินภาษี ชำระภาษีภายในระยะเวลาที่กำหนด ณ ฝ่ายรายได้ หรือชำระผ่านช่องทางออนไลน์ของธนาคารที่ร่วมให้บริการ",
          "สอบถามรายละเอียดเพิ่มเติม โทร 0 2448 5120 ต่อ 4102"]),
        (115, "15 ก.พ. 2565", "ประชุมคณะกรรมการชุมชนร่วมเสนอความต้องการเพื่อจัดทำแผนพัฒนาเชิงพื้นที่ ประจำปี 2566",
         ["เมื่อวันที่ 15 กุมภาพันธ์ 2565 ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม จัดประชุมประธานและคณะกรรมการชุมชนทั้ง 21 ชุมชนในพื้นที่เขตบางระมาด เพื่อรับฟังปัญหาและความต้องการของประชาชน สำหรับใช้ประกอบการจัดทำแผนพัฒนาเชิงพื้นที่ ประจำปีงบประมาณ พ.ศ. 2566",
          "ที่ประชุมได้เสนอโครงการสำคัญ ได้แก่ การปรับปรุงทางเดินริมคลอง การติดตั้งไฟฟ้าส่องสว่างในซอยเปลี่ยว และการขุดลอกท่อระบายน้ำก่อนฤดูฝน โดยสำนักงานเขตจะนำข้อเสนอไปพิจารณาบรรจุในแผนต่อไป และแจ้งผลการพิจารณาให้ชุมชนทราบในการประชุมครั้งถัดไป"]),
        (114, "20 ม.ค. 2565", "ศูนย์บริการสาธารณสุขในพื้นที่ให้บริการฉีดวัคซีนโควิด-19 เข็มกระตุ้น",
         ["สำนักงานเขตบางระมาดร่วมกับศูนย์บริการสาธารณสุขในพื้นที่ เปิดให้บริการฉีดวัคซีนโควิด-19 เข็มกระตุ้นแก่ประชาชน ณ ห้องประชุมชั้น 2 สำนักงานเขตบางระมาด ทุกวันพุธ เวลา 09.00 - 12.00 น."]),
        (113, "9 ธ.ค. 2564", "เขตบางระมาดร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล และรณรงค์ No Gift Policy",
         ["เนื่องในวันต่อต้านคอร์รัปชันสากล 9 ธันวาคม 2564 หัวหน้าฝ่ายปกครอง พร้อมข้าราชการและบุคลากรสำนักงานเขตบางระมาด ร่วมกิจกรรมรณรงค์ต่อต้านการทุจริต แต่งกายด้วยเสื้อสีดำ และร่วมกล่าวคำปฏิญาณตนเป็นข้าราชการที่ดี",
          "พร้อมทั้งติดประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) ณ จุดให้บริการทุกฝ่าย"]),
    ]
    for nid, d, t, paras in data:
        href = f"/news/{nid}/"
        NEWS.append((nid, d, t, href))
    for nid, d, t, paras in data:
        img = event_photo(f"uploads/news/{nid}.jpg", t, nid)
        body = f"<h2>{t}</h2><p class='hint'>วันที่ {d} · หมวด ข่าวประชาสัมพันธ์</p>" + \
            f'<img src="{img}" alt="{t}" style="max-width:100%">' + \
            "".join(f"<p>{p}</p>" for p in paras)
        write(f"/news/{nid}/", layout(t, body, crumb=[("/news/", "ข่าวประชาสัมพันธ์"), (None, t)]))
    lst = "".join(f'<li><a href="{h}">{t}</a> <span class="hint">({d})</span></li>' for _, d, t, h in NEWS)
    write("/news/", layout("ข่าวประชาสัมพันธ์", f"<h2>ข่าวประชาสัมพันธ์</h2><ul class='newslist'>{lst}</ul>"
                           "<p class='hint'>หน้า 1 จาก 14</p>", crumb=[(None, "ข่าวประชาสัมพันธ์")]))


# ---------------------------------------------------------------- OIT items
def crit(text):
    return text


def build_items():
    U = {}  # shared document urls

    # O1 structure -------------------------------------------------------
    chart = png_chart("uploads/2564/11/org-chart-bangramat.png")
    struct_rows = [[str(i + 1), d, "หัวหน้าฝ่าย (อำนวยการต้น)",
                    {"ฝ่ายปกครอง": "กลุ่มงานธุรการ, กลุ่มงานนิติกร, กลุ่มงานประชาสัมพันธ์",
                     "ฝ่ายการคลัง": "กลุ่มงานการเงิน, กลุ่มงานพัสดุ, กลุ่มงานงบประมาณ"}.get(d, "งานบริหารทั่วไป และงานตามภารกิจ")]
                   for i, d in enumerate(DIVISIONS)]
    U["o1"] = pdf("uploads/2564/11/struct-2565.pdf", [
        ("t", "แผนภูมิโครงสร้างสำนักงานเขตบางระมาด"),
        ("c", "(ปรับปรุงข้อมูล ณ วันที่ 1 พฤศจิกายน 2564)"),
        ("img", str(SITE / chart.strip("/")), 165),
        ("h", "ส่วนราชการภายในสำนักงานเขต"),
        ("table", ["ลำดับ", "ส่วนราชการ", "ตำแหน่งหัวหน้าส่วนราชการ", "กลุ่มงานภายใน"], struct_rows, [12, 55, 45, 55]),
        ("p", "สำนักงานเขตบางระมาดเป็นส่วนราชการของกรุงเทพมหานคร อยู่ภายใต้การกำกับของปลัดกรุงเทพมหานคร โดยมีโรงเรียนสังกัดกรุงเทพมหานครในพื้นที่ 9 โรงเรียน อยู่ในความดูแลของฝ่ายการศึกษา"),
    ], title="โครงสร้างสำนักงานเขตบางระมาด")
    item_page(1, code_of(1), "โครงสร้างหน่วยงาน",
              "แสดงแผนผังแสดงโครงสร้างการแบ่งส่วนราชการของสำนักงานเขตบางระมาด ประกอบด้วย ผู้อำนวยการเขต ผู้ช่วยผู้อำนวยการเขต และส่วนราชการภายใน 10 ฝ่าย",
              {"2565": [("แผนภูมิโครงสร้างสำนักงานเขตบางระมาด (ปรับปรุง พ.ย. 2564)", th("1 พ.ย. 2564"), U["o1"])],
               "2564": [("แผนภูมิโครงสร้างสำนักงานเขตบางระมาด ปี 2564", th("5 ต.ค. 2563"), "/uploads/2563/10/struct-2564.pdf")]},
              content=f'<img src="{chart}" alt="แผนภูมิโครงสร้าง" style="max-width:100%;border:1px solid #ccc">',
              section=SECTIONS["9.1"][1])
    # old struct doc (exists)
    pdf("uploads/2563/10/struct-2564.pdf", [("t", "แผนภูมิโครงสร้างสำนักงานเขตบางระมาด"), ("c", "(ข้อมูล ณ ตุลาคม 2563)"),
                                             ("ul", DIVISIONS)])

    # O2 executives: name/position/photo but NO contact -------------------
    p1 = photo("uploads/exec/director.jpg", "ผอ.เขต", "#3d6fa8")
    p2 = photo("uploads/exec/asst1.jpg", "ผช.ผอ.เขต", "#6a8fbe")
    p3 = photo("uploads/exec/asst2.jpg", "ผช.ผอ.เขต", "#6a8fbe")
    cards = f"""<div class="cards">
<div class="card"><img src="{p1}" alt="{DIRECTOR}"><br><b>{DIRECTOR}</b><br>ผู้อำนวยการเขตบางระมาด</div>
<div class="card"><img src="{p2}" alt="นางสาวพรทิพย์ แก้วมณี"><br><b>นางสาวพรทิพย์ แก้วมณี</b><br>ผู้ช่วยผู้อำนวยการเขต</div>
<div class="card"><img src="{p3}" alt="นายอนุชา บุญมาก"><br><b>นายอนุชา บุญมาก</b><br>ผู้ช่วยผู้อำนวยการเขต</div>
<div class="card"><div style="width:150px;height:190px;background:#eee;margin:auto;line-height:190px">- ว่าง -</div><br><b>- ว่าง -</b><br>ผู้ช่วยผู้อำนวยการเขต</div>
</div><p class="hint">ข้อมูล ณ วันที่ 1 เมษายน 2565</p>"""
    item_page(2, code_of(2), "ข้อมูลผู้บริหาร",
              "แสดงข้อมูลผู้บริหารสำนักงานเขตบางระมาด ได้แก่ ผู้อำนวยการเขต และผู้ช่วยผู้อำนวยการเขต",
              {}, content=cards, section=SECTIONS["9.1"][1])

    # O3 authority: criteria text only ------------------------------------
    item_page(3, code_of(3), "อำนาจหน้าที่",
              "แสดงอำนาจหน้าที่หรือภารกิจของหน่วยงานตามที่กฎหมายกำหนด • ข้อมูลต้องประกอบด้วย อำนาจหน้าที่ของสำนักงานเขตและส่วนราชการภายในสังกัด "
              "• ควรระบุแหล่งที่มาของข้อมูล เช่น ประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในหน่วยงานและการกำหนดอำนาจหน้าที่ของส่วนราชการกรุงเทพมหานคร "
              "• ควรแสดงอำนาจหน้าที่ของโรงเรียนในสังกัดด้วย",
              {}, section=SECTIONS["9.1"][1])

    # O4 plans --------------------------------------------------------------
    U["o4a"] = pdf("uploads/2565/01/area-plan-2565.pdf", [
        ("t", "แผนพัฒนาเชิงพื้นที่ เขตบางระมาด ประจำปีงบประมาณ พ.ศ. 2565"),
        ("c", "สำนักงานเขตบางระมาด กรุงเทพมหานคร"),
        ("h", "1. สภาพทั่วไปของพื้นที่"),
        ("p", "เขตบางระมาดมีพื้นที่ประมาณ 18.6 ตารางกิโลเมตร ประกอบด้วย 2 แขวง มีประชากรตามทะเบียนราษฎร 86,412 คน (ข้อมูล ณ ธันวาคม 2564) จำนวนชุมชน 21 ชุมชน พื้นที่ส่วนใหญ่เป็นที่อยู่อาศัยและพื้นที่เกษตรกรรมริมคลอง"),
        ("h", "2. ประเด็นปัญหาและความต้องการของประชาชน"),
        ("ul", ["น้ำท่วมขังในช่วงฤดูฝนบริเวณถนนบางระมาดและซอยสาขา", "ขยะและผักตบชวาในคลองสายหลัก",
                "ไฟฟ้าส่องสว่างไม่เพียงพอในซอยเปลี่ยว", "ความปลอดภัยทางถนนบริเวณหน้าโรงเรียน"]),
        ("h", "3. โครงการตามแผนพัฒนาเชิงพื้นที่ ปี 2565"),
        ("table", ["ลำดับ", "โครงการ", "ยุทธศาสตร์ตามแผนพัฒนา กทม.", "งบประมาณ (บาท)", "ผู้รับผิดชอบ"], [
            ["1", "โครงการปรับปรุงท่อระบายน้ำซอยบางระมาด 12", "มหานครปลอดภัย", "4,850,000", "ฝ่ายโยธา"],
            ["2", "โครงการคลองสวยน้ำใส คลองบางระมาด", "มหานครสีเขียว สะดวกสบาย", "620,000", "ฝ่ายรักษาความสะอาดฯ"],
            ["3", "โครงการติดตั้งไฟฟ้าส่องสว่าง 12 ซอย", "มหานครปลอดภัย", "1,240,000", "ฝ่ายโยธา"],
            ["4", "โครงการส่งเสริมอาชีพชุมชน", "มหานครสำหรับทุกคน", "180,000", "ฝ่ายพัฒนาชุมชนฯ"],
            ["5", "โครงการโรงเรียนปลอดภัยทางถนน", "มหานครปลอดภัย", "95,000", "ฝ่ายเทศกิจ / ฝ่ายการศึกษา"]],
         [12, 62, 40, 25, 30]),
        ("r", "ฝ่ายปกครอง สำนักงานเขตบางระมาด มกราคม 2565"),
    ], title="แผนพัฒนาเชิงพื้นที่ เขตบางระมาด 2565")
    U["o4b"] = pdf("uploads/2565/01/bma-dev-plan-phase2-summary.pdf", [
        ("t", "สรุปสาระสำคัญ แผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี ระยะที่ 2 (พ.ศ. 2561 - 2565)"),
        ("p", "แผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี ระยะที่ 2 กำหนดยุทธศาสตร์การพัฒนา 7 มิติ ได้แก่ มหานครปลอดภัย มหานครสีเขียว สะดวกสบาย มหานครสำหรับทุกคน มหานครกะทัดรัด มหานครแห่งประชาธิปไตย มหานครแห่งเศรษฐกิจและการเรียนรู้ และการบริหารจัดการเมืองมหานคร"),
        ("p", "สำนักงานเขตบางระมาดได้นำยุทธศาสตร์ดังกล่าวมาเป็นกรอบในการจัดทำแผนพัฒนาเชิงพื้นที่และแผนปฏิบัติราชการประจำปีของสำนักงานเขต"),
        ("p", "ที่มา: สำนักยุทธศาสตร์และประเมินผล กรุงเทพมหานคร"),
    ])
    item_page(4, code_of(4), "แผนยุทธศาสตร์และแผนพัฒนาสำนักงานเขต",
              "แผนพัฒนากรุงเทพมหานคร และแผนพัฒนาเชิงพื้นที่ของสำนักงานเขตบางระมาด",
              {"2565": [("แผนพัฒนาเชิงพื้นที่ เขตบางระมาด ประจำปีงบประมาณ พ.ศ. 2565", th("14 ม.ค. 2565"), U["o4a"]),
                        ("สรุปแผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี ระยะที่ 2 (พ.ศ. 2561-2565)", th("14 ม.ค. 2565"), U["o4b"]),
                        ("แผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี ระยะที่ 2 (ฉบับเต็ม เว็บไซต์สำนักยุทธศาสตร์ฯ)", "-", "https://www.bangkok.go.th/pipd/", "เปิดลิงก์")]},
              section=SECTIONS["9.1"][1])

    # O5 contact: no fax --------------------------------------------------
    mapimg = SITE / "uploads/map-bangramat.png"
    mapimg.parent.mkdir(parents=True, exist_ok=True)
    im = Image.new("RGB", (640, 360), "#e8efe3")
    d = ImageDraw.Draw(im)
    d.line([0, 180, 640, 160], fill="#ffffff", width=16)
    d.line([320, 0, 300, 360], fill="#ffffff", width=12)
    d.line([0, 260, 640, 300], fill="#7fb3e0", width=10)
    d.ellipse([300, 150, 330, 180], fill="#d32f2f")
    d.text((340, 130), "สำนักงานเขตบางระมาด", font=font(20, True, "Garuda"), fill="#222")
    d.text((20, 270), "คลองบางระมาด", font=font(16, False, "Garuda"), fill="#1d4e89")
    d.text((20, 140), "ถนนบางระมาด", font=font(16, False, "Garuda"), fill="#444")
    im.save(mapimg)
    contact = f"""<table class="doc">
<tr><td style="width:160px"><b>ที่อยู่</b></td><td>{ADDRESS}</td></tr>
<tr><td><b>โทรศัพท์</b></td><td>{PHONE} (ส่วนกลาง)<br>ฝ่ายทะเบียน ต่อ 3101 · ฝ่ายรายได้ ต่อ 4102 · ฝ่ายโยธา ต่อ 5103 · ฝ่ายเทศกิจ ต่อ 6104</td></tr>
<tr><td><b>อีเมล</b></td><td><a href="mailto:{EMAIL}">{EMAIL}</a></td></tr>
<tr><td><b>เวลาทำการ</b></td><td>วันจันทร์ - ศุกร์ 08.00 - 16.00 น.</td></tr>
<tr><td><b>แผนที่</b></td><td><img src="/uploads/map-bangramat.png" alt="แผนที่สำนักงานเขต" style="max-width:100%"><br>
<a href="https://maps.google.com/?q=สำนักงานเขตบางระมาด">เปิดใน Google Maps</a></td></tr></table>"""
    item_page(5, code_of(5), "ข้อมูลการติดต่อ", "ช่องทางการติดต่อสำนักงานเขตบางระมาด",
              {}, content=contact, section=SECTIONS["9.1"][1])

    # O6 laws ---------------------------------------------------------------
    laws = [("พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. 2528", "2528"),
            ("พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540", "2540"),
            ("พระราชบัญญัติการทะเบียนราษฎร พ.ศ. 2534 และที่แก้ไขเพิ่มเติม", "2534"),
            ("พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562", "2562"),
            ("พระราชบัญญัติรักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. 2535", "2535"),
            ("พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560", "2560"),
            ("พระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558", "2558")]
    U["o6"] = pdf("uploads/2564/10/laws-district.pdf", [
        ("t", "กฎหมาย ระเบียบ และข้อบัญญัติที่เกี่ยวข้องกับการปฏิบัติงานของสำนักงานเขตบางระมาด"),
        ("table", ["ลำดับ", "ชื่อกฎหมาย / ระเบียบ", "ฝ่ายที่ใช้บังคับ"],
         [[str(i + 1), l, ["ทุกฝ่าย", "ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายรายได้", "ฝ่ายรักษาความสะอาดฯ / ฝ่ายเทศกิจ", "ฝ่ายการคลัง", "ทุกฝ่าย"][i]]
          for i, (l, _) in enumerate(laws)] +
         [["8", "ข้อบัญญัติกรุงเทพมหานคร เรื่อง ควบคุมอาคาร พ.ศ. 2544", "ฝ่ายโยธา"],
          ["9", "ข้อบัญญัติกรุงเทพมหานคร เรื่อง การจัดการมูลฝอยทั่วไป พ.ศ. 2562", "ฝ่ายรักษาความสะอาดฯ"]],
         [12, 110, 45]),
        ("r", "ข้อมูล ณ ตุลาคม 2564"),
    ])
    item_page(6, code_of(6), "กฎหมายที่เกี่ยวข้อง",
              "กฎหมาย ระเบียบ ข้อบังคับ และข้อบัญญัติที่เกี่ยวข้องกับการดำเนินงานของสำนักงานเขต",
              {"2565": [("รวมกฎหมายที่เกี่ยวข้องกับการปฏิบัติงานของสำนักงานเขตบางระมาด", th("11 ต.ค. 2564"), U["o6"])] +
               [(l, "-", f"https://www.krisdika.go.th/search?q={y}", "เปิดลิงก์") for l, y in laws[:4]]},
              section=SECTIONS["9.1"][1])

    # O7 news ---------------------------------------------------------------
    news = "<ul class='newslist'>" + "".join(
        f'<li><a href="{h}">{t}</a> <span class="hint">({d})</span></li>' for _, d, t, h in NEWS) + \
        "</ul><p><a href='/news/'>ดูข่าวทั้งหมด &raquo;</a></p>"
    item_page(7, code_of(7), "ข่าวประชาสัมพันธ์", "ข่าวสารและกิจกรรมของสำนักงานเขตบางระมาด",
              {}, content=news, section=SECTIONS["9.1"][1])

    # O8 Q&A ----------------------------------------------------------------
    item_page(8, code_of(8), "Q&A",
              "ช่องทางถาม-ตอบ ให้ประชาชนสอบถามข้อมูลและได้รับคำตอบจากเจ้าหน้าที่",
              {}, content='<p>ท่านสามารถตั้งคำถามและติดตามคำตอบได้ที่ <a href="/qa/">กระดานถาม-ตอบ (Q&amp;A) สำนักงานเขตบางระมาด</a> '
                          'เจ้าหน้าที่กลุ่มงานประชาสัมพันธ์จะตอบคำถามภายใน 3 วันทำการ</p>',
              section=SECTIONS["9.1"][1])

    # O9 social -------------------------------------------------------------
    qr = SITE / "uploads/line-qr.png"
    im = Image.new("RGB", (200, 200), "white")
    dq = ImageDraw.Draw(im)
    r2 = random.Random(9)
    for x in range(20):
        for y in range(20):
            if r2.random() < 0.5:
                dq.rectangle([x * 10, y * 10, x * 10 + 9, y * 10 + 9], fill="black")
    im.save(qr)
    social = """<ul>
<li>Facebook: <a href="https://www.facebook.com/bangramat.district">สำนักงานเขตบางระมาด</a> (อัปเดตข่าวทุกวันทำการ)</li>
<li>LINE Official Account: <a href="https://line.me/R/ti/p/@bangramat">@bangramat</a><br><img src="/uploads/line-qr.png" alt="QR LINE" width="120"></li>
<li>YouTube: <a href="https://www.youtube.com/@bangramatdistrict">Bang Ramat District Channel</a></li></ul>"""
    item_page(9, code_of(9), "Social Network", "ช่องทางสื่อสังคมออนไลน์ของสำนักงานเขตบางระมาด",
              {}, content=social, section=SECTIONS["9.1"][1])

    # O10 annual plan: only 2564/2563 ----------------------------------------
    def ops_plan(year, rel, date):
        return pdf(rel, [
            ("t", f"แผนปฏิบัติราชการประจำปี พ.ศ. {year}"), ("c", "สำนักงานเขตบางระมาด"),
            ("p", f"สำนักงานเขตบางระมาดได้จัดทำแผนปฏิบัติราชการประจำปี พ.ศ. {year} ให้สอดคล้องกับแผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี ระยะที่ 2 และแผนพัฒนาเชิงพื้นที่ของสำนักงานเขต เพื่อใช้เป็นกรอบในการดำเนินงานของทุกฝ่าย"),
            ("table", ["ลำดับ", "โครงการ/กิจกรรม", "ตัวชี้วัด", "งบประมาณ (บาท)", "ระยะเวลา", "ผู้รับผิดชอบ"], [
                ["1", "โครงการปรับปรุงถนนและทางเท้า", "ร้อยละความสำเร็จ", "3,200,000", f"ม.ค. - ก.ย. {year}", "ฝ่ายโยธา"],
                ["2", "โครงการรณรงค์คัดแยกขยะต้นทาง", "ปริมาณขยะลดลงร้อยละ 5", "150,000", f"ต.ค. {int(year)-1} - ก.ย. {year}", "ฝ่ายรักษาความสะอาดฯ"],
                ["3", "โครงการจัดระเบียบหาบเร่แผงลอย", "จุดผ่อนผันได้มาตรฐาน", "60,000", "ตลอดปี", "ฝ่ายเทศกิจ"],
                ["4", "โครงการพัฒนาคุณภาพการให้บริการทะเบียน", "ความพึงพอใจร้อยละ 85", "40,000", "ตลอดปี", "ฝ่ายทะเบียน"]],
             [12, 55, 35, 25, 28, 30]),
            ("r", f"ฝ่ายปกครอง {date}")], title=f"แผนปฏิบัติราชการ {year}")
    item_page(10, code_of(10), "แผนปฏิบัติราชการประจำปี",
              "แผนปฏิบัติราชการประจำปีของสำนักงานเขตบางระมาด แสดงโครงการ/กิจกรรม งบประมาณ ระยะเวลา และผู้รับผิดชอบ",
              {"2565": [],
               "2564": [("แผนปฏิบัติราชการประจำปี พ.ศ. 2564 สำนักงานเขตบางระมาด", th("18 ธ.ค. 2563"),
                         ops_plan("2564", "uploads/2563/12/action-plan-2564.pdf", "ธันวาคม 2563"))],
               "2563": [("แผนปฏิบัติราชการประจำปี พ.ศ. 2563", th("20 ธ.ค. 2562"),
                         ops_plan("2563", "uploads/2562/12/action-plan-2563.pdf", "ธันวาคม 2562"))]},
              section=SECTIONS["9.2"][1])

    # O11 6-month monitoring -------------------------------------------------
    U["o11"] = pdf("uploads/2565/04/monitor-6m-2565.pdf", [
        ("t", "รายงานการกำกับติดตามการดำเนินงานตามแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2565"),
        ("c", "รอบ 6 เดือน (1 ตุลาคม 2564 - 31 มีนาคม 2565) สำนักงานเขตบางระมาด"),
        ("table", ["ลำดับ", "โครงการ/กิจกรรม", "งบประมาณ (บาท)", "เบิกจ่าย (บาท)", "ความก้าวหน้า", "ปัญหา/อุปสรรค"], [
            ["1", "โครงการปรับปรุงท่อระบายน้ำซอยบางระมาด 12", "4,850,000", "1,455,000", "ร้อยละ 35", "ฝนตกต่อเนื่องในเดือน พ.ย."],
            ["2", "โครงการคลองสวยน้ำใส คลองบางระมาด", "620,000", "301,500", "ร้อยละ 50", "-"],
            ["3", "โครงการติดตั้งไฟฟ้าส่องสว่าง 12 ซอย", "1,240,000", "0", "อยู่ระหว่างจัดหา", "รอประกาศผู้ชนะ"],
            ["4", "โครงการส่งเสริมอาชีพชุมชน", "180,000", "72,000", "ร้อยละ 40", "-"],
            ["5", "โครงการโรงเรียนปลอดภัยทางถนน", "95,000", "95,000", "ร้อยละ 100", "-"]], [12, 55, 25, 25, 25, 35]),
        ("p", "ภาพรวมการดำเนินงานรอบ 6 เดือน มีโครงการดำเนินการแล้วเสร็จ 1 โครงการ อยู่ระหว่างดำเนินการ 4 โครงการ การเบิกจ่ายงบประมาณคิดเป็นร้อยละ 27.5 ของงบประมาณที่ได้รับจัดสรร"),
        ("r", "ฝ่ายปกครอง สำนักงานเขตบางระมาด 8 เมษายน 2565")], title="รายงานกำกับติดตาม 6 เดือน 2565")
    item_page(11, code_of(11), "รายงานการกำกับติดตามการดำเนินงาน",
              "รายงานความก้าวหน้าการดำเนินงานตามแผนปฏิบัติราชการประจำปี",
              {"2565": [("รายงานการกำกับติดตามการดำเนินงาน ประจำปี 2565 รอบ 6 เดือน (ต.ค. 64 - มี.ค. 65)", th("8 เม.ย. 2565"), U["o11"])],
               "2564": [("รายงานการกำกับติดตามการดำเนินงาน ประจำปี 2564 รอบ 6 เดือน", th("9 เม.ย. 2564"), "/uploads/2564/04/monitor-6m-2564.pdf")]},
              section=SECTIONS["9.2"][1])
    pdf("uploads/2564/04/monitor-6m-2564.pdf", [("t", "รายงานการกำกับติดตามการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2564"),
                                                 ("c", "รอบ 6 เดือน (ตุลาคม 2563 - มีนาคม 2564)"),
                                                 ("p", "ภาพรวมการดำเนินงานเป็นไปตามแผน การเบิกจ่ายคิดเป็นร้อยละ 31.2")])

    # O12 annual report FY2564 (in the 2564 tab; 2565 tab empty) ---------------
    U["o12"] = pdf("uploads/2564/11/annual-report-2564.pdf", [
        ("t", "รายงานผลการดำเนินงานประจำปี พ.ศ. 2564"), ("c", "สำนักงานเขตบางระมาด (1 ตุลาคม 2563 - 30 กันยายน 2564)"),
        ("h", "1. ผลการดำเนินงานตามแผนปฏิบัติราชการ"),
        ("table", ["ลำดับ", "โครงการ", "ผลการดำเนินงาน", "งบประมาณที่ใช้ (บาท)", "ผลสัมฤทธิ์"], [
            ["1", "โครงการปรับปรุงถนนและทางเท้า", "แล้วเสร็จ", "3,118,400", "ถนน 4 สาย ระยะทาง 2.1 กม."],
            ["2", "โครงการรณรงค์คัดแยกขยะต้นทาง", "แล้วเสร็จ", "148,900", "ขยะลดลงร้อยละ 6.2"],
            ["3", "โครงการจัดระเบียบหาบเร่แผงลอย", "แล้วเสร็จ", "57,300", "ยุบเลิกจุดผ่อนผัน 2 จุด"],
            ["4", "โครงการพัฒนาคุณภาพการให้บริการทะเบียน", "แล้วเสร็จ", "38,000", "ความพึงพอใจร้อยละ 91.4"]], [12, 55, 25, 30, 45]),
        ("h", "2. ปัญหา อุปสรรค และข้อเสนอแนะ"),
        ("ul", ["สถานการณ์การแพร่ระบาดของโรคโควิด-19 ทำให้ต้องเลื่อนกิจกรรมที่รวมกลุ่มคน",
                "ควรวางแผนจัดซื้อจัดจ้างให้เร็วขึ้นในไตรมาสแรกของปีงบประมาณ"]),
        ("r", "ฝ่ายปกครอง 15 พฤศจิกายน 2564")], title="รายงานผลการดำเนินงานประจำปี 2564")
    item_page(12, code_of(12), "รายงานผลการดำเนินงานประจำปี",
              "รายงานผลการดำเนินงานประจำปีของสำนักงานเขตบางระมาด",
              {"2565": [],
               "2564": [("รายงานผลการดำเนินงานประจำปี พ.ศ. 2564", th("15 พ.ย. 2564"), U["o12"])],
               "2563": [("รายงานผลการดำเนินงานประจำปี พ.ศ. 2563", th("13 พ.ย. 2563"), "/uploads/2563/11/annual-report-2563.pdf")]},
              section=SECTIONS["9.2"][1])
    pdf("uploads/2563/11/annual-report-2563.pdf", [("t", "รายงานผลการดำเนินงานประจำปี พ.ศ. 2563"), ("c", "สำนักงานเขตบางระมาด"),
                                                   ("p", "สรุปผลการดำเนินงานตามแผนปฏิบัติราชการ ปีงบประมาณ พ.ศ. 2563 ดำเนินการแล้วเสร็จ 11 โครงการ จาก 12 โครงการ")])

    # O13 manuals: only 3 of 10 divisions -----------------------------------
    def manual(div, rel, steps):
        return pdf(rel, [("t", f"คู่มือการปฏิบัติงาน {div}"), ("c", "สำนักงานเขตบางระมาด ฉบับปรับปรุง พ.ศ. 2565"),
                         ("h", "1. วัตถุประสงค์"),
                         ("p", f"เพื่อให้เจ้าหน้าที่{div}ปฏิบัติงานได้อย่างถูกต้อง เป็นมาตรฐานเดียวกัน และลดความผิดพลาดในการปฏิบัติงาน"),
                         ("h", "2. ขั้นตอนการปฏิบัติงาน"),
                         ("table", ["ขั้นตอน", "รายละเอียด", "ระยะเวลา", "ผู้รับผิดชอบ"],
                          [[str(i + 1), s, t, r] for i, (s, t, r) in enumerate(steps)], [18, 90, 25, 35]),
                         ("h", "3. กฎหมายที่เกี่ยวข้อง"), ("p", "ตามกฎหมาย ระเบียบ และหนังสือสั่งการที่เกี่ยวข้อง")])
    m1 = manual("ฝ่ายทะเบียน", "uploads/2565/01/manual-registration.pdf",
                [("ตรวจสอบคำร้องและเอกสารหลักฐาน", "5 นาที", "นายทะเบียนผู้รับแจ้ง"),
                 ("บันทึกข้อมูลในระบบคอมพิวเตอร์งานทะเบียน", "10 นาที", "เจ้าหน้าที่ทะเบียน"),
                 ("เสนอนายทะเบียนลงนาม", "5 นาที", "นายทะเบียน")])
    m2 = manual("ฝ่ายการคลัง", "uploads/2565/01/manual-finance.pdf",
                [("ตรวจสอบเอกสารขอเบิกจ่าย", "1 วัน", "กลุ่มงานการเงิน"),
                 ("บันทึกรายการในระบบ BMA-GFMIS", "1 วัน", "กลุ่มงานการเงิน"),
                 ("จ่ายเงินและจัดเก็บหลักฐาน", "1 วัน", "กลุ่มงานการเงิน")])
    m3 = manual("ฝ่ายรายได้", "uploads/2565/01/manual-revenue.pdf",
                [("สำรวจและจัดทำบัญชีรายการที่ดินและสิ่งปลูกสร้าง", "ตามแผน", "เจ้าหน้าที่สำรวจ"),
                 ("แจ้งการประเมินภาษี", "ภายในเดือนกุมภาพันธ์", "นักวิชาการจัดเก็บรายได้"),
                 ("รับชำระภาษีและออกใบเสร็จ", "15 นาที", "เจ้าหน้าที่การเงิน")])
    item_page(13, code_of(13), "คู่มือหรือมาตรฐานการปฏิบัติงาน",
              "คู่มือหรือมาตรฐานการปฏิบัติงานของเจ้าหน้าที่ผู้ปฏิบัติงาน ครอบคลุมทุกฝ่ายตามโครงสร้างของสำนักงานเขต",
              {"2565": [("คู่มือการปฏิบัติงาน ฝ่ายทะเบียน", th("20 ม.ค. 2565"), m1),
                        ("คู่มือการปฏิบัติงาน ฝ่ายการคลัง", th("20 ม.ค. 2565"), m2),
                        ("คู่มือการปฏิบัติงาน ฝ่ายรายได้", th("20 ม.ค. 2565"), m3)]},
              section=SECTIONS["9.2"][1])

    # O14 service manuals ------------------------------------------------------
    s1 = docx_file("uploads/2565/02/service-birth.docx", "คู่มือสำหรับประชาชน: การแจ้งเกิด",
                   ["หน่วยงานที่ให้บริการ: ฝ่ายทะเบียน สำนักงานเขตบางระมาด", "ช่องทางการให้บริการ: ณ ฝ่ายทะเบียน วันจันทร์ - ศุกร์ 08.00 - 16.00 น. และวันเสาร์ 08.00 - 12.00 น.",
                    "หลักเกณฑ์: ผู้แจ้งต้องแจ้งภายใน 15 วันนับแต่วันเกิด", "ระยะเวลาดำเนินการ: 15 นาที", "ค่าธรรมเนียม: ไม่มี"],
                   (["ลำดับ", "เอกสาร", "จำนวน"], [["1", "หนังสือรับรองการเกิด (ท.ร.1/1)", "1 ฉบับ"],
                                                   ["2", "บัตรประจำตัวประชาชนของผู้แจ้ง", "1 ฉบับ"],
                                                   ["3", "ทะเบียนบ้านที่เด็กจะเพิ่มชื่อ", "1 ฉบับ"]]))
    s2 = pdf("uploads/2565/02/service-house-number.pdf", [
        ("t", "คู่มือสำหรับประชาชน: การขอเลขที่บ้าน"), ("c", "ฝ่ายทะเบียน สำนักงานเขตบางระมาด"),
        ("table", ["ขั้นตอน", "รายละเอียด", "ระยะเวลา"], [["1", "ยื่นคำร้องพร้อมเอกสาร", "10 นาที"],
                                                          ["2", "เจ้าหน้าที่ตรวจสอบสถานที่", "7 วันทำการ"],
                                                          ["3", "กำหนดเลขที่บ้านและจัดทำทะเบียนบ้าน", "1 วันทำการ"]], [20, 100, 40]),
        ("p", "ค่าธรรมเนียม: ไม่มี  ช่องทางร้องเรียน: ฝ่ายทะเบียน โทร 0 2448 5120 ต่อ 3101")])
    s3 = pdf("uploads/2565/02/service-sign-tax.pdf", [
        ("t", "คู่มือสำหรับประชาชน: การชำระภาษีป้าย"), ("c", "ฝ่ายรายได้ สำนักงานเขตบางระมาด"),
        ("p", "ผู้เป็นเจ้าของป้ายต้องยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ภายในเดือนมีนาคมของทุกปี และชำระภาษีภายใน 15 วันนับแต่วันที่ได้รับแจ้งการประเมิน"),
        ("table", ["ขั้นตอน", "รายละเอียด", "ระยะเวลา"], [["1", "ยื่นแบบ ภ.ป.1", "10 นาที"], ["2", "ประเมินภาษี", "1 วัน"], ["3", "ชำระภาษี", "10 นาที"]], [20, 100, 40])])
    item_page(14, code_of(14), "คู่มือหรือมาตรฐานการให้บริการ",
              "คู่มือสำหรับประชาชนตาม พ.ร.บ. การอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558",
              {"2565": [("คู่มือสำหรับประชาชน การแจ้งเกิด (Word)", th("3 ก.พ. 2565"), s1),
                        ("คู่มือสำหรับประชาชน การขอเลขที่บ้าน", th("3 ก.พ. 2565"), s2),
                        ("คู่มือสำหรับประชาชน การชำระภาษีป้าย", th("3 ก.พ. 2565"), s3)]},
              section=SECTIONS["9.2"][1])

    # O15 service statistics: only FY2564 / FY2563 ----------------------------
    def stats(rel, fy, months):
        rows = []
        r = random.Random(fy)
        for svc in ["แจ้งเกิด", "แจ้งตาย", "แจ้งย้ายที่อยู่", "ทำบัตรประจำตัวประชาชน", "ชำระภาษีที่ดินและสิ่งปลูกสร้าง", "ขออนุญาตก่อสร้างอาคาร", "ขอใบอนุญาตจำหน่ายอาหาร"]:
            vals = [r.randint(20, 900) for _ in months]
            rows.append([svc] + vals + [sum(vals)])
        return xlsx(rel, [f"สถิติการให้บริการประชาชน สำนักงานเขตบางระมาด ปีงบประมาณ พ.ศ. {fy}"],
                    ["ประเภทบริการ"] + months + ["รวม"], rows, [34] + [9] * len(months) + [10])
    m12 = lambda a, b: [f"ต.ค.{a}", f"พ.ย.{a}", f"ธ.ค.{a}", f"ม.ค.{b}", f"ก.พ.{b}", f"มี.ค.{b}",
                        f"เม.ย.{b}", f"พ.ค.{b}", f"มิ.ย.{b}", f"ก.ค.{b}", f"ส.ค.{b}", f"ก.ย.{b}"]
    item_page(15, code_of(15), "ข้อมูลเชิงสถิติการให้บริการ",
              "ข้อมูลเชิงสถิติการให้บริการตามอำนาจหน้าที่หรือภารกิจของสำนักงานเขต",
              {"2565": [],
               "2564": [("สถิติการให้บริการประชาชน ปีงบประมาณ 2564 (Excel)", th("8 ต.ค. 2564"),
                         stats("uploads/2564/10/service-stat-2564.xlsx", "2564", m12("63", "64")))],
               "2563": [("สถิติการให้บริการประชาชน ปีงบประมาณ 2563 (Excel)", th("7 ต.ค. 2563"),
                         stats("uploads/2563/10/service-stat-2563.xlsx", "2563", m12("62", "63")))]},
              section=SECTIONS["9.2"][1])

    # O16 satisfaction: href="#" ---------------------------------------------
    item_page(16, code_of(16), "รายงานผลการสำรวจความพึงพอใจการให้บริการ",
              "รายงานผลการสำรวจความพึงพอใจของผู้รับบริการที่มีต่อการให้บริการของสำนักงานเขตบางระมาด",
              {"2565": [("รายงานผลการสำรวจความพึงพอใจการให้บริการ ประจำปี 2564", th("10 ม.ค. 2565"), "#"),
                        ("สรุปผลแบบสอบถามความพึงพอใจ ไตรมาสที่ 1/2565", th("7 เม.ย. 2565"), "#")]},
              section=SECTIONS["9.2"][1])

    # O17 E-service ----------------------------------------------------------
    es = """<table class="doc"><thead><tr><th>บริการ</th><th>รายละเอียด</th><th>ลิงก์</th></tr></thead><tbody>
<tr><td>BMA Q</td><td>จองคิวล่วงหน้าสำหรับฝ่ายทะเบียน ฝ่ายรายได้ ฝ่ายโยธา</td><td><a href="https://bmaq.bangkok.go.th/">เข้าใช้งาน</a></td></tr>
<tr><td>BMA OSS</td><td>ยื่นขออนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร และใบอนุญาตด้านสาธารณสุขออนไลน์</td><td><a href="https://oss.bangkok.go.th/">เข้าใช้งาน</a></td></tr>
<tr><td>Traffy Fondue</td><td>แจ้งปัญหาเมือง เช่น ไฟฟ้าดับ ขยะ ทางเท้าชำรุด</td><td><a href="https://bangkok.traffy.in.th/">เข้าใช้งาน</a></td></tr>
<tr><td>แบบฟอร์มนัดหมายออนไลน์</td><td>นัดหมายเจ้าหน้าที่ฝ่ายพัฒนาชุมชนฯ (Google Form)</td><td><a href="https://forms.gle/bangramat-appoint">เข้าใช้งาน</a></td></tr>
</tbody></table>"""
    item_page(17, code_of(17), "E-Service", "การให้บริการผ่านระบบอิเล็กทรอนิกส์ของสำนักงานเขตบางระมาด",
              {}, content=es, section=SECTIONS["9.2"][1])

    # O18 budget plan (text layer without ำ) ---------------------------------
    budget_lines = [("แผนการใช้จ่ายงบประมาณประจำปี พ.ศ. 2565", "t"), ("สำนักงานเขตบางระมาด กรุงเทพมหานคร", "t"), "",
                    "งบประมาณรายจ่ายประจำปี พ.ศ. 2565 ที่ได้รับจัดสรร รวมทั้งสิ้น 187,426,300 บาท",
                    "จำแนกตามหมวดรายจ่ายและแผนการใช้จ่ายรายไตรมาส ดังนี้", "",
                    "หมวดรายจ่าย              งบประมาณ        ไตรมาส 1      ไตรมาส 2      ไตรมาส 3      ไตรมาส 4",
                    "เงินเดือนและค่าจ้างประจำ   112,540,000    28,135,000   28,135,000   28,135,000   28,135,000",
                    "ค่าจ้างชั่วคราว               18,220,000     4,555,000    4,555,000    4,555,000    4,555,000",
                    "ค่าตอบแทนใช้สอยและวัสดุ      31,866,300     6,200,000    9,400,000    9,100,000    7,166,300",
                    "ค่าสาธารณูปโภค               4,800,000     1,200,000    1,200,000    1,200,000    1,200,000",
                    "ค่าครุภัณฑ์ ที่ดินและสิ่งก่อสร้าง 20,000,000       0        6,000,000    9,000,000    5,000,000", "",
                    "ทั้งนี้ สำนักงานเขตจะเร่งรัดการเบิกจ่ายงบประมาณให้เป็นไปตามเป้าหมายที่กรุงเทพมหานครกำหนด",
                    ("ฝ่ายการคลัง สำนักงานเขตบางระมาด   ประกาศ ณ วันที่ 12 ตุลาคม 2564", "r")]
    U["o18"] = image_with_hidden_text("uploads/2564/10/budget-plan-2565.pdf", [budget_lines],
                                      lambda s: s.replace("ำ", "า"))
    U["o18x"] = xlsx("uploads/2564/10/budget-plan-2565.xlsx", ["แผนการใช้จ่ายงบประมาณประจำปี พ.ศ. 2565 สำนักงานเขตบางระมาด"],
                     ["หมวดรายจ่าย", "งบประมาณ", "ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4"],
                     [["เงินเดือนและค่าจ้างประจำ", 112540000, 28135000, 28135000, 28135000, 28135000],
                      ["ค่าจ้างชั่วคราว", 18220000, 4555000, 4555000, 4555000, 4555000],
                      ["ค่าตอบแทนใช้สอยและวัสดุ", 31866300, 6200000, 9400000, 9100000, 7166300],
                      ["ค่าสาธารณูปโภค", 4800000, 1200000, 1200000, 1200000, 1200000],
                      ["ค่าครุภัณฑ์ ที่ดินและสิ่งก่อสร้าง", 20000000, 0, 6000000, 9000000, 5000000],
                      ["รวม", 187426300, 40090000, 49290000, 51990000, 46056300]], [34, 16, 14, 14, 14, 14])
    item_page(18, code_of(18), "แผนการใช้จ่ายงบประมาณประจำปี",
              "แผนการใช้จ่ายงบประมาณประจำปีของสำนักงานเขตบางระมาด จำแนกตามหมวดรายจ่ายและรายไตรมาส",
              {"2565": [("แผนการใช้จ่ายงบประมาณประจำปี พ.ศ. 2565", th("12 ต.ค. 2564"), U["o18"]),
                        ("แผนการใช้จ่ายงบประมาณประจำปี พ.ศ. 2565 (Excel)", th("12 ต.ค. 2564"), U["o18x"])]},
              section=SECTIONS["9.3"][1])

    # O19 wrong docs (budget plan + appropriation ordinance) -------------------
    U["ord"] = pdf("uploads/2564/10/budget-ordinance-2565-district.pdf", [
        ("t", "ข้อบัญญัติงบประมาณรายจ่ายประจำปี พ.ศ. 2565"), ("c", "(เฉพาะส่วนของสำนักงานเขตบางระมาด)"),
        ("p", "ตามข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปี พ.ศ. 2565 สำนักงานเขตบางระมาดได้รับงบประมาณรายจ่าย รวมทั้งสิ้น 187,426,300 บาท จำแนกตามแผนงาน ได้แก่ แผนงานบริหารทั่วไป แผนงานบริหารการคลัง แผนงานรักษาความสะอาด แผนงานโยธา และแผนงานพัฒนาชุมชน"),
        ("table", ["แผนงาน", "งบประมาณ (บาท)"], [["แผนงานบริหารทั่วไป", "61,230,000"], ["แผนงานบริหารการคลัง", "15,870,000"],
                                                  ["แผนงานรักษาความสะอาด", "58,400,300"], ["แผนงานโยธา", "39,726,000"],
                                                  ["แผนงานพัฒนาชุมชนและสวัสดิการสังคม", "12,200,000"]], [100, 50])])
    item_page(19, code_of(19), "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ",
              "รายงานความก้าวหน้าการใช้จ่ายงบประมาณประจำปี",
              {"2565": [("แผนการใช้จ่ายงบประมาณประจำปี พ.ศ. 2565", th("12 ต.ค. 2564"), U["o18"]),
                        ("ข้อบัญญัติงบประมาณรายจ่ายประจำปี พ.ศ. 2565 (เฉพาะส่วนของสำนักงานเขต)", th("12 ต.ค. 2564"), U["ord"])]},
              section=SECTIONS["9.3"][1])

    # O20 rich description, no document --------------------------------------
    item_page(20, code_of(20), "รายงานผลการใช้จ่ายงบประมาณประจำปี",
              "ในปีงบประมาณ พ.ศ. 2564 สำนักงานเขตบางระมาดได้รับจัดสรรงบประมาณจากกรุงเทพมหานครเพื่อใช้ในการดำเนินงานตามภารกิจของสำนักงานเขต "
              "ทั้งงบบุคลากร งบดำเนินงาน งบลงทุน และงบรายจ่ายอื่น สำนักงานเขตได้ดำเนินการเบิกจ่ายงบประมาณตามแผนการใช้จ่ายงบประมาณ "
              "และมีการกำกับติดตามผลการเบิกจ่ายเป็นรายไตรมาส เพื่อให้การใช้จ่ายงบประมาณเป็นไปอย่างมีประสิทธิภาพ คุ้มค่า และโปร่งใส "
              "ทั้งนี้ ได้จัดทำรายงานผลการใช้จ่ายงบประมาณประจำปี ซึ่งประกอบด้วยผลการใช้จ่ายงบประมาณ ปัญหา อุปสรรค และข้อเสนอแนะ "
              "เพื่อนำไปปรับปรุงการบริหารงบประมาณในปีต่อไป รายละเอียดปรากฏตามเอกสารแนบ",
              {}, section=SECTIONS["9.3"][1])

    # O21 procurement plan ------------------------------------------------------
    egp = '<p><a href="https://www.bangkok.go.th/egpbma/" style="font-size:17px">&#128279; ระบบเผยแพร่ข้อมูลการจัดซื้อจัดจ้างของหน่วยงานกรุงเทพมหานคร (e-GPBMA)</a></p>'
    U["o21"] = pdf("uploads/2564/11/procurement-plan-2565.pdf", [
        ("t", "ประกาศสำนักงานเขตบางระมาด เรื่อง เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2565"),
        ("p", "ด้วยพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560 มาตรา 11 กำหนดให้หน่วยงานของรัฐจัดทำแผนการจัดซื้อจัดจ้างประจำปีและประกาศเผยแพร่ในระบบเครือข่ายสารสนเทศ สำนักงานเขตบางระมาดจึงขอเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2565 ตามเอกสารแนบท้ายประกาศนี้"),
        ("table", ["ลำดับ", "ชื่อโครงการ", "วงเงิน (บาท)", "วิธีจัดหา", "คาดว่าจะประกาศ", "หน่วยงานเจ้าของงบ"], [
            ["1", "จ้างปรับปรุงท่อระบายน้ำซอยบางระมาด 12", "4,850,000", "e-bidding", "พ.ย. 2564", "ฝ่ายโยธา"],
            ["2", "จ้างติดตั้งไฟฟ้าส่องสว่าง 12 ซอย", "1,240,000", "e-bidding", "ม.ค. 2565", "ฝ่ายโยธา"],
            ["3", "ซื้อวัสดุสำนักงาน", "350,000", "เฉพาะเจาะจง", "ต.ค. 2564 - ก.ย. 2565", "ฝ่ายปกครอง"],
            ["4", "ซื้อน้ำมันเชื้อเพลิงรถเก็บขนมูลฝอย", "2,400,000", "เฉพาะเจาะจง", "ต.ค. 2564", "ฝ่ายรักษาความสะอาดฯ"],
            ["5", "จ้างเหมาทำความสะอาดคลองบางระมาด", "480,000", "เฉพาะเจาะจง", "ธ.ค. 2564", "ฝ่ายรักษาความสะอาดฯ"]],
         [12, 58, 22, 22, 28, 30]),
        ("sp", 8), ("r", "ประกาศ ณ วันที่ 2 พฤศจิกายน พ.ศ. 2564"), ("r", f"({DIRECTOR})"), ("r", "ผู้อำนวยการเขตบางระมาด")],
        title="แผนการจัดซื้อจัดจ้าง 2565")
    item_page(21, code_of(21), "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ",
              "แผนการจัดซื้อจัดจ้างประจำปีตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560",
              {"2565": [("ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2565", th("2 พ.ย. 2564"), U["o21"])],
               "2564": [("แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2564", th("30 ต.ค. 2563"), "/uploads/2563/10/procurement-plan-2564.pdf")]},
              content=egp, section=SECTIONS["9.3"][1])
    pdf("uploads/2563/10/procurement-plan-2564.pdf", [("t", "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2564"), ("c", "สำนักงานเขตบางระมาด"),
                                                       ("p", "รายละเอียดตามตารางแนบท้าย จำนวน 14 โครงการ")])

    # O22 announcements ---------------------------------------------------------
    def announce(rel, title, body, date):
        return pdf(rel, [("t", "ประกาศสำนักงานเขตบางระมาด"), ("c", f"เรื่อง {title}"), ("p", body), ("sp", 8),
                         ("r", f"ประกาศ ณ วันที่ {date}"), ("r", f"({DIRECTOR})"), ("r", "ผู้อำนวยการเขตบางระมาด")])
    a1 = announce("uploads/2564/11/ann-drain-soi12-invite.pdf", "ประกวดราคาจ้างปรับปรุงท่อระบายน้ำซอยบางระมาด 12 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
                  "สำนักงานเขตบางระมาดมีความประสงค์จะประกวดราคาจ้างปรับปรุงท่อระบายน้ำซอยบางระมาด 12 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ ราคากลางของงานในการประกวดราคาครั้งนี้เป็นเงินทั้งสิ้น 4,850,000 บาท ผู้สนใจสามารถดูรายละเอียดได้ที่เว็บไซต์ www.gprocurement.go.th",
                  "18 พฤศจิกายน พ.ศ. 2564")
    a2 = announce("uploads/2564/12/ann-drain-soi12-winner.pdf", "ประกาศผู้ชนะการเสนอราคา จ้างปรับปรุงท่อระบายน้ำซอยบางระมาด 12",
                  "ตามที่สำนักงานเขตบางระมาดได้มีประกาศประกวดราคาจ้างปรับปรุงท่อระบายน้ำซอยบางระมาด 12 นั้น ผู้ได้รับการคัดเลือก ได้แก่ ห้างหุ้นส่วนจำกัด ส.รุ่งเรืองการโยธา เสนอราคาเป็นเงินทั้งสิ้น 4,612,000 บาท (รวมภาษีมูลค่าเพิ่มและภาษีอื่น ค่าขนส่ง ค่าจดทะเบียน และค่าใช้จ่ายอื่นๆ ทั้งปวง)",
                  "24 ธันวาคม พ.ศ. 2564")
    a3 = announce("uploads/2565/02/ann-lighting-invite.pdf", "ประกวดราคาจ้างติดตั้งไฟฟ้าส่องสว่าง 12 ซอย ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
                  "สำนักงานเขตบางระมาดมีความประสงค์จะประกวดราคาจ้างติดตั้งไฟฟ้าส่องสว่างในซอยสาขาถนนบางระมาด จำนวน 12 ซอย ราคากลาง 1,240,000 บาท กำหนดยื่นข้อเสนอในวันที่ 10 มีนาคม 2565",
                  "24 กุมภาพันธ์ พ.ศ. 2565")
    a4 = announce("uploads/2565/03/ann-canal-cleaning-winner.pdf", "ประกาศผู้ชนะการเสนอราคา จ้างเหมาทำความสะอาดคลองบางระมาด โดยวิธีเฉพาะเจาะจง",
                  "สำนักงานเขตบางระมาดได้คัดเลือกนายสมบัติ ใจดี เป็นผู้รับจ้าง ในราคา 468,000 บาท เนื่องจากเป็นผู้มีคุณสมบัติครบถ้วนและเสนอราคาไม่เกินวงเงินงบประมาณ",
                  "8 มีนาคม พ.ศ. 2565")
    item_page(22, code_of(22), "ประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ",
              "ประกาศเชิญชวน ประกาศผลผู้ชนะการเสนอราคา และประกาศอื่นที่เกี่ยวข้องกับการจัดซื้อจัดจ้าง",
              {"2565": [("ประกาศประกวดราคาจ้างปรับปรุงท่อระบายน้ำซอยบางระมาด 12 (e-bidding)", th("18 พ.ย. 2564"), a1),
                        ("ประกาศผู้ชนะการเสนอราคา จ้างปรับปรุงท่อระบายน้ำซอยบางระมาด 12", th("24 ธ.ค. 2564"), a2),
                        ("ประกาศประกวดราคาจ้างติดตั้งไฟฟ้าส่องสว่าง 12 ซอย (e-bidding)", th("24 ก.พ. 2565"), a3),
                        ("ประกาศผู้ชนะการเสนอราคา จ้างเหมาทำความสะอาดคลองบางระมาด", th("8 มี.ค. 2565"), a4)]},
              content=egp, section=SECTIONS["9.3"][1])

    # O23 monthly summaries: Oct-Jan only ----------------------------------------
    HDR = ["ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง", "ราคากลาง", "วิธีซื้อหรือจ้าง",
           "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลง", "เหตุผลที่คัดเลือกโดยสรุป",
           "เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง"]
    monthly = {
        ("ตุลาคม", "2564"): [["1", "ซื้อน้ำมันเชื้อเพลิงรถเก็บขนมูลฝอย", "200,000", "200,000", "เฉพาะเจาะจง", "หจก.ปั๊มบางระมาด 198,500", "หจก.ปั๊มบางระมาด 198,500", "ราคาต่ำสุด", "ข้อตกลง 1/2565 ลว. 5 ต.ค. 64"],
                             ["2", "ซื้อวัสดุสำนักงาน", "28,400", "28,400", "เฉพาะเจาะจง", "ร้านเจริญภัณฑ์ 28,150", "ร้านเจริญภัณฑ์ 28,150", "คุณสมบัติครบ ราคาไม่เกินวงเงิน", "ใบสั่งซื้อ 2/2565 ลว. 14 ต.ค. 64"]],
        ("พฤศจิกายน", "2564"): [["1", "ซื้อน้ำมันเชื้อเพลิงรถเก็บขนมูลฝอย", "200,000", "200,000", "เฉพาะเจาะจง", "หจก.ปั๊มบางระมาด 199,300", "หจก.ปั๊มบางระมาด 199,300", "ราคาต่ำสุด", "ข้อตกลง 5/2565 ลว. 2 พ.ย. 64"],
                                ["2", "จ้างซ่อมรถบรรทุกขยะ ทะเบียน 83-4412", "45,000", "45,000", "เฉพาะเจาะจง", "อู่ช่างเล็ก 44,500", "อู่ช่างเล็ก 44,500", "คุณสมบัติครบ", "ใบสั่งจ้าง 6/2565 ลว. 19 พ.ย. 64"]],
        ("ธันวาคม", "2564"): [["1", "จ้างปรับปรุงท่อระบายน้ำซอยบางระมาด 12", "4,850,000", "4,850,000", "e-bidding", "หจก.ส.รุ่งเรืองการโยธา 4,612,000 / บจก.ไทยวิศว์ 4,790,000", "หจก.ส.รุ่งเรืองการโยธา 4,612,000", "ราคาต่ำสุดและคุณสมบัติครบ", "สัญญา 1/2565 ลว. 28 ธ.ค. 64"],
                             ["2", "จ้างเหมาทำความสะอาดคลองบางระมาด (งวดแรก)", "120,000", "120,000", "เฉพาะเจาะจง", "นายสมบัติ ใจดี 117,000", "นายสมบัติ ใจดี 117,000", "คุณสมบัติครบ", "ใบสั่งจ้าง 9/2565 ลว. 10 ธ.ค. 64"]],
        ("มกราคม", "2565"): [["1", "ซื้อวัสดุงานบ้านงานครัว", "18,600", "18,600", "เฉพาะเจาะจง", "ร้านเจริญภัณฑ์ 18,450", "ร้านเจริญภัณฑ์ 18,450", "ราคาไม่เกินวงเงิน", "ใบสั่งซื้อ 12/2565 ลว. 11 ม.ค. 65"]],
    }
    rows23 = []
    for i, ((mon, yr), rows) in enumerate(monthly.items()):
        title = [f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {mon} {yr}", "สำนักงานเขตบางระมาด (แบบ สขร.1)"]
        if i % 2 == 0:
            href = xlsx(f"uploads/{yr}/skr1-{mon}-{yr}.xlsx", title, HDR, rows, [8, 34, 14, 14, 14, 30, 28, 22, 28])
            lab = f"สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน{mon} {yr} (Excel)"
        else:
            href = pdf(f"uploads/{yr}/skr1-{mon}-{yr}.pdf", [("t", title[0]), ("c", title[1]),
                                                            ("table", HDR, rows, [10, 38, 20, 20, 20, 38, 36, 26, 36])], land=True)
            lab = f"สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน{mon} {yr}"
        rows23.append((lab, th(f"{[10, 8, 7, 9][i]} {['พ.ย. 2564', 'ธ.ค. 2564', 'ม.ค. 2565', 'ก.พ. 2565'][i]}"), href))
    old23 = []
    for mon in ["กรกฎาคม", "สิงหาคม", "กันยายน"]:
        href = xlsx(f"uploads/2564/skr1-{mon}-2564.xlsx", [f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {mon} 2564"], HDR,
                    [["1", "ซื้อน้ำมันเชื้อเพลิงรถเก็บขนมูลฝอย", "200,000", "200,000", "เฉพาะเจาะจง", "หจก.ปั๊มบางระมาด 197,800", "หจก.ปั๊มบางระมาด 197,800", "ราคาต่ำสุด", "ข้อตกลง ลว. 2564"]])
        old23.append((f"สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน{mon} 2564", "-", href))
    item_page(23, code_of(23), "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน",
              "สรุปผลการจัดซื้อจัดจ้างรายเดือนตามแบบ สขร.1",
              {"2565": rows23, "2564": old23}, section=SECTIONS["9.3"][1])

    # O24 annual procurement report: only FY2563 (filed under 2564) --------------
    U["o24"] = pdf("uploads/2564/01/procurement-annual-report.pdf", [
        ("t", "รายงานผลการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. 2563"), ("c", "สำนักงานเขตบางระมาด"),
        ("h", "1. สรุปผลการจัดซื้อจัดจ้าง"),
        ("table", ["วิธีการจัดซื้อจัดจ้าง", "จำนวนโครงการ", "งบประมาณ (บาท)", "ร้อยละ"], [
            ["e-bidding", "6", "14,210,000", "62.1"], ["คัดเลือก", "1", "1,150,000", "5.0"],
            ["เฉพาะเจาะจง", "188", "7,530,400", "32.9"], ["รวม", "195", "22,890,400", "100"]], [60, 30, 40, 25]),
        ("h", "2. ปัญหาอุปสรรค"), ("ul", ["ผู้ประกอบการยื่นเอกสารไม่ครบถ้วน", "การจัดทำราคากลางใช้ระยะเวลานาน"]),
        ("h", "3. แนวทางการปรับปรุง"), ("ul", ["จัดอบรมเจ้าหน้าที่พัสดุเรื่องการจัดทำราคากลาง"]),
        ("r", "ฝ่ายการคลัง 28 มกราคม 2564")], title="รายงานผลการจัดซื้อจัดจ้างประจำปี")
    item_page(24, code_of(24), "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี",
              "รายงานผลการจัดซื้อจัดจ้างประจำปี ประกอบด้วยสรุปผล ปัญหาอุปสรรค และแนวทางการปรับปรุง",
              {"2565": [], "2564": [("รายงานผลการจัดซื้อจัดจ้างประจำปี", th("28 ม.ค. 2564"), U["o24"])]},
              section=SECTIONS["9.3"][1])

    # O25 HR policy -------------------------------------------------------------
    U["o25"] = pdf("uploads/2564/11/hr-policy-2565.pdf", [
        ("t", "ประกาศสำนักงานเขตบางระมาด"), ("c", "เรื่อง นโยบายการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2565"),
        ("p", "เพื่อให้การบริหารทรัพยากรบุคคลของสำนักงานเขตบางระมาดเป็นไปอย่างมีประสิทธิภาพ โปร่งใส และเป็นธรรม จึงกำหนดนโยบายการบริหารทรัพยากรบุคคล ดังนี้"),
        ("ul", ["ด้านการบริหารทรัพยากรบุคคล: สรรหา บรรจุ แต่งตั้ง และเลื่อนระดับตามหลักคุณธรรม",
                "ด้านการพัฒนาทรัพยากรบุคคล: ส่งเสริมให้บุคลากรทุกคนได้รับการพัฒนาอย่างน้อย 1 หลักสูตรต่อปี",
                "ด้านการรักษาวินัย: ส่งเสริมให้บุคลากรปฏิบัติตามประมวลจริยธรรมข้าราชการกรุงเทพมหานคร",
                "ด้านการส่งเสริมคุณธรรมจริยธรรม: ยกย่องเชิดชูบุคลากรที่ประพฤติตนเป็นแบบอย่างที่ดี"]),
        ("sp", 8), ("r", "ประกาศ ณ วันที่ 1 พฤศจิกายน พ.ศ. 2564"), ("r", f"({DIRECTOR})"), ("r", "ผู้อำนวยการเขตบางระมาด")])
    item_page(25, code_of(25), "นโยบายการบริหารทรัพยากรบุคคล",
              "นโยบายการบริหารทรัพยากรบุคคลของสำนักงานเขต ลงนามโดยผู้บริหารสูงสุด",
              {"2565": [("ประกาศนโยบายการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2565", th("1 พ.ย. 2564"), U["o25"])]},
              section=SECTIONS["9.4"][1])

    # O26 empty hrefs -----------------------------------------------------------
    item_page(26, code_of(26), "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล",
              "ผลการดำเนินการตามนโยบายการบริหารทรัพยากรบุคคลของสำนักงานเขต",
              {"2565": [("ผลการดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล ปี 2565 รอบ 6 เดือน", th("11 เม.ย. 2565"), ""),
                        ("ภาพกิจกรรมฝึกอบรมพัฒนาบุคลากร ประจำปี 2565", th("11 เม.ย. 2565"), "")]},
              section=SECTIONS["9.4"][1])

    # O27 criteria --------------------------------------------------------------
    c1 = pdf("uploads/2565/01/criteria-performance-eval.pdf", [
        ("t", "หลักเกณฑ์และวิธีการประเมินผลการปฏิบัติราชการของข้าราชการกรุงเทพมหานครสามัญ"),
        ("p", "อาศัยอำนาจตามมติ ก.ก. สำนักงานเขตบางระมาดขอเผยแพร่หลักเกณฑ์การประเมินผลการปฏิบัติราชการ ซึ่งประเมินปีละ 2 รอบ ได้แก่ รอบที่ 1 (1 ตุลาคม - 31 มีนาคม) และรอบที่ 2 (1 เมษายน - 30 กันยายน) โดยประเมินจากผลสัมฤทธิ์ของงานร้อยละ 70 และพฤติกรรมการปฏิบัติราชการ (สมรรถนะ) ร้อยละ 30"),
        ("table", ["ระดับผลการประเมิน", "ช่วงคะแนน"], [["ดีเด่น", "90 - 100"], ["ดีมาก", "80 - 89"], ["ดี", "70 - 79"], ["พอใช้", "60 - 69"], ["ต้องปรับปรุง", "ต่ำกว่า 60"]], [80, 60])])
    c2 = pdf("uploads/2565/01/criteria-transfer-promotion.pdf", [
        ("t", "หลักเกณฑ์การย้าย การโอน และการเลื่อนระดับ ข้าราชการกรุงเทพมหานครสามัญ"),
        ("p", "การย้ายและการเลื่อนระดับให้พิจารณาจากความรู้ ความสามารถ ประสบการณ์ และผลการปฏิบัติงาน โดยคำนึงถึงหลักคุณธรรม ความเป็นธรรม และประโยชน์ของทางราชการ ตามมติ ก.ก. และหนังสือสำนักงาน ก.ก. ที่เกี่ยวข้อง")])
    c3 = pdf("uploads/2565/01/criteria-training.pdf", [
        ("t", "หลักเกณฑ์การพัฒนาบุคลากร สำนักงานเขตบางระมาด ประจำปี 2565"),
        ("p", "การคัดเลือกบุคลากรเข้ารับการฝึกอบรม ศึกษาดูงาน ให้พิจารณาจากความจำเป็นในการพัฒนาตามแผนพัฒนารายบุคคล (IDP) และหมุนเวียนให้ทั่วถึงทุกฝ่าย")])
    crit_rows = [("หลักเกณฑ์และวิธีการประเมินผลการปฏิบัติราชการ", th("17 ม.ค. 2565"), c1),
                 ("หลักเกณฑ์การย้าย การโอน และการเลื่อนระดับ", th("17 ม.ค. 2565"), c2),
                 ("หลักเกณฑ์การพัฒนาบุคลากร ประจำปี 2565", th("17 ม.ค. 2565"), c3)]
    item_page(27, code_of(27), "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
              "หลักเกณฑ์การสรรหา การคัดเลือก การพัฒนา การประเมินผล และการให้คุณให้โทษ",
              {"2565": crit_rows}, section=SECTIONS["9.4"][1])
    # O28 wrong docs (criteria again)
    item_page(28, code_of(28), "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี",
              "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปีของสำนักงานเขต",
              {"2565": crit_rows}, section=SECTIONS["9.4"][1])

    # O29 complaint guideline -----------------------------------------------------
    U["o29"] = pdf("uploads/2564/12/complaint-manual.pdf", [
        ("t", "คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"), ("c", "สำนักงานเขตบางระมาด ฉบับปรับปรุง ธันวาคม 2564"),
        ("h", "1. หน่วยงานผู้รับผิดชอบ"), ("p", "ฝ่ายปกครอง (กลุ่มงานนิติกร) เป็นผู้รับผิดชอบการรับและจัดการเรื่องร้องเรียนการทุจริต"),
        ("h", "2. ขั้นตอนการดำเนินการ"),
        ("table", ["ขั้นตอน", "รายละเอียด", "ระยะเวลา"], [["1", "รับเรื่องร้องเรียนและลงทะเบียน", "1 วันทำการ"],
                                                          ["2", "ตรวจสอบข้อเท็จจริงเบื้องต้น", "15 วันทำการ"],
                                                          ["3", "เสนอผู้อำนวยการเขตพิจารณาสั่งการ", "3 วันทำการ"],
                                                          ["4", "แจ้งผลการดำเนินการให้ผู้ร้องเรียนทราบ", "ภายใน 30 วัน"]], [20, 100, 40]),
        ("h", "3. การคุ้มครองผู้ร้องเรียน"), ("p", "สำนักงานเขตจะเก็บรักษาข้อมูลผู้ร้องเรียนเป็นความลับ")])
    item_page(29, code_of(29), "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต",
              "คู่มือหรือแนวทางการดำเนินการต่อเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
              {"2565": [("คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", th("6 ธ.ค. 2564"), U["o29"])]},
              section=SECTIONS["9.5"][1])

    # O30 complaint channels ------------------------------------------------------
    ch = f"""<ul>
<li>แบบฟอร์มแจ้งเรื่องร้องเรียนการทุจริตออนไลน์: <a href="/complaint/">คลิกที่นี่</a> (ผู้แจ้งไม่ต้องเปิดเผยตัวตน)</li>
<li>ยื่นหนังสือถึงผู้อำนวยการเขตบางระมาด ณ ฝ่ายปกครอง ชั้น 1</li>
<li>โทรศัพท์ {PHONE} ต่อ 1105 (กลุ่มงานนิติกร)</li>
<li>อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a></li>
<li>ศูนย์รับเรื่องราวร้องทุกข์กรุงเทพมหานคร สายด่วน 1555</li></ul>"""
    item_page(30, code_of(30), "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต",
              "ช่องทางที่บุคคลภายนอกสามารถแจ้งเรื่องร้องเรียนการทุจริตของเจ้าหน้าที่ในสำนักงานเขต",
              {}, content=ch, section=SECTIONS["9.5"][1])

    # O31 criteria text only ----------------------------------------------------
    item_page(31, code_of(31), "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี",
              "แสดงข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ของหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2565 "
              "• มีข้อมูลรายละเอียด เช่น จำนวนเรื่อง เรื่องที่ดำเนินการแล้วเสร็จ เรื่องที่อยู่ระหว่างดำเนินการ ประเภทเรื่องร้องเรียน "
              "• เป็นข้อมูลเป็นรายเดือน อย่างน้อยในรอบ 6 เดือนแรกของปี (ตุลาคม 2564 - มีนาคม 2565) "
              "• นำเสนอในรูปแบบ infographic เพื่อให้เข้าใจได้ง่าย",
              {}, section=SECTIONS["9.5"][1])

    # O32 opinion channels --------------------------------------------------------
    op = f"""<ul>
<li>แบบแสดงความคิดเห็นออนไลน์: <a href="https://forms.gle/bangramat-opinion">Google Form</a></li>
<li>กระดานถาม-ตอบ: <a href="/qa/">Q&amp;A สำนักงานเขตบางระมาด</a></li>
<li>Facebook Messenger: <a href="https://m.me/bangramat.district">สำนักงานเขตบางระมาด</a></li>
<li>ตู้รับความคิดเห็น ณ จุดประชาสัมพันธ์ ชั้น 1</li>
<li>โทรศัพท์ {PHONE}</li></ul>"""
    item_page(32, code_of(32), "ช่องทางการรับฟังความคิดเห็น",
              "ช่องทางที่บุคคลภายนอกสามารถแสดงความคิดเห็นต่อการดำเนินงานของสำนักงานเขต",
              {}, content=op, section=SECTIONS["9.5"][1])

    # O33 participation -------------------------------------------------------------
    U["o33"] = pdf("uploads/2565/02/community-meeting-2565.pdf", [
        ("t", "สรุปผลการประชุมคณะกรรมการชุมชน ครั้งที่ 1/2565"), ("c", "วันที่ 15 กุมภาพันธ์ 2565 ณ ห้องประชุมสำนักงานเขตบางระมาด"),
        ("p", "ผู้เข้าร่วมประชุม ได้แก่ ประธานและคณะกรรมการชุมชน 21 ชุมชน จำนวน 64 คน และเจ้าหน้าที่สำนักงานเขต 12 คน"),
        ("h", "ข้อเสนอจากชุมชน"),
        ("table", ["ลำดับ", "ข้อเสนอ", "ชุมชนที่เสนอ", "การพิจารณาของสำนักงานเขต"], [
            ["1", "ปรับปรุงทางเดินริมคลองบางระมาด", "ชุมชนริมคลองพัฒนา", "บรรจุในแผนพัฒนาเชิงพื้นที่ ปี 2566"],
            ["2", "ติดตั้งไฟฟ้าส่องสว่างในซอยเปลี่ยว", "ชุมชนร่วมใจ 2", "ดำเนินการในโครงการติดตั้งไฟฟ้า 12 ซอย ปี 2565"],
            ["3", "ขุดลอกท่อระบายน้ำก่อนฤดูฝน", "ชุมชนหลังวัด", "ฝ่ายโยธาดำเนินการ เม.ย. - พ.ค. 2565"]], [12, 55, 38, 60])])
    img33 = "/uploads/news/115.jpg"
    item_page(33, code_of(33), "การเปิดโอกาสให้เกิดการมีส่วนร่วม",
              "การเปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงานของสำนักงานเขต",
              {"2565": [("สรุปผลการประชุมคณะกรรมการชุมชน ครั้งที่ 1/2565 (15 ก.พ. 2565)", th("18 ก.พ. 2565"), U["o33"])]},
              content=f'<p><img src="{img33}" alt="ประชุมคณะกรรมการชุมชน" style="max-width:60%"><br>'
                      f'<a href="/news/115/">ข่าว: ประชุมคณะกรรมการชุมชนร่วมเสนอความต้องการเพื่อจัดทำแผนพัฒนาเชิงพื้นที่</a></p>',
              section=SECTIONS["9.5"][1])

    # O34 integrity declaration: Thai only ----------------------------------------
    U["o34"] = pdf("uploads/2564/10/integrity-declaration-2565.pdf", [
        ("t", "ประกาศสำนักงานเขตบางระมาด"), ("c", "เรื่อง เจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ พ.ศ. 2565"),
        ("p", "ข้าพเจ้า นายธีรวัฒน์ ศรีสุวรรณ ผู้อำนวยการเขตบางระมาด ขอประกาศเจตจำนงว่าจะบริหารงานด้วยความซื่อสัตย์สุจริต โปร่งใส และตรวจสอบได้ ยึดมั่นในหลักธรรมาภิบาล ไม่กระทำการทุจริตและประพฤติมิชอบ และจะดำเนินการตามนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)"),
        ("p", "ทั้งนี้ ขอให้ข้าราชการ ลูกจ้าง และบุคลากรทุกคนของสำนักงานเขตบางระมาดถือปฏิบัติโดยเคร่งครัด"),
        ("sp", 8), ("r", "ประกาศ ณ วันที่ 15 ตุลาคม พ.ศ. 2564"), ("r", f"({DIRECTOR})"), ("r", "ผู้อำนวยการเขตบางระมาด")])
    item_page(34, code_of(34), "เจตจำนงสุจริตของผู้บริหาร",
              "การแสดงเจตจำนงสุจริตของผู้บริหารสูงสุดในการบริหารงานด้วยความซื่อสัตย์สุจริต",
              {"2565": [("ประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ พ.ศ. 2565", th("15 ต.ค. 2564"), U["o34"])]},
              section=SECTIONS["10.1"][1])

    # O35 only 2563 ------------------------------------------------------------------
    ph35 = event_photo("uploads/2563/02/exec-ita-2563.jpg", "ผู้บริหารเขตประชุมขับเคลื่อน ITA 2563", 35)
    U["o35"] = pdf("uploads/2563/02/exec-participation-2563.pdf", [
        ("t", "การมีส่วนร่วมของผู้บริหาร ประจำปีงบประมาณ พ.ศ. 2563"),
        ("p", f"เมื่อวันที่ 12 กุมภาพันธ์ 2563 {OLD_DIRECTOR} ผู้อำนวยการเขตบางระมาด (ในขณะนั้น) เป็นประธานการประชุมขับเคลื่อนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปี 2563 และมอบนโยบายให้ทุกฝ่ายเปิดเผยข้อมูลสาธารณะบนเว็บไซต์ของสำนักงานเขต"),
        ("img", str(SITE / ph35.strip("/")), 140)])
    item_page(35, code_of(35), "การมีส่วนร่วมของผู้บริหาร",
              "การดำเนินการหรือกิจกรรมที่แสดงถึงการมีส่วนร่วมของผู้บริหารในการปรับปรุงพัฒนาหน่วยงานด้านคุณธรรมและความโปร่งใส",
              {"2565": [], "2564": [],
               "2563": [("ผู้บริหารเขตประชุมขับเคลื่อนการประเมิน ITA ประจำปี 2563", th("14 ก.พ. 2563"), U["o35"])]},
              section=SECTIONS["10.1"][1])

    # O36 FY2564 risk assessment sitting in the 2565 tab ----------------------------
    U["o36"] = pdf("uploads/2565/01/risk-assessment.pdf", [
        ("t", "การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2564"), ("c", "สำนักงานเขตบางระมาด"),
        ("table", ["ลำดับ", "กระบวนงาน/ประเด็นความเสี่ยง", "โอกาส", "ผลกระทบ", "ระดับความเสี่ยง", "มาตรการควบคุม"], [
            ["1", "การตรวจรับงานจ้างก่อสร้างไม่เป็นไปตามแบบ", "3", "4", "สูง", "แต่งตั้งกรรมการตรวจรับจากหลายฝ่าย"],
            ["2", "การเรียกรับผลประโยชน์ในการออกใบอนุญาตก่อสร้าง", "2", "5", "สูง", "ใช้ระบบ BMA OSS ลดการพบปะ"],
            ["3", "การใช้รถราชการไปใช้ส่วนตัว", "2", "2", "ปานกลาง", "ทะเบียนคุมการใช้รถ"]], [12, 60, 16, 18, 22, 45]),
        ("r", "ฝ่ายการคลัง 20 พฤศจิกายน 2563")], title="การประเมินความเสี่ยงการทุจริต 2564")
    item_page(36, code_of(36), "การประเมินความเสี่ยงการทุจริตประจำปี",
              "การประเมินความเสี่ยงการทุจริตในการดำเนินงานหรือการปฏิบัติหน้าที่ของสำนักงานเขต",
              {"2565": [("การประเมินความเสี่ยงการทุจริตประจำปี", th("12 ม.ค. 2565"), U["o36"])]},
              section=SECTIONS["10.1"][1])

    # O37 dead link --------------------------------------------------------------------
    item_page(37, code_of(37), "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต",
              "มาตรการหรือการดำเนินการเพื่อบริหารจัดการความเสี่ยงการทุจริตตามผลการประเมินความเสี่ยง",
              {"2565": [("มาตรการบริหารจัดการความเสี่ยงการทุจริต ประจำปี 2565", th("14 ก.พ. 2565"), "/uploads/2565/02/risk-mgmt-2565.pdf")]},
              section=SECTIONS["10.1"][1])

    # O38 culture -----------------------------------------------------------------------
    U["o38"] = pdf("uploads/2564/12/culture-activity-2565.pdf", [
        ("t", "กิจกรรมเสริมสร้างวัฒนธรรมองค์กร ประจำปีงบประมาณ พ.ศ. 2565"), ("c", "สำนักงานเขตบางระมาด"),
        ("h", "1. กิจกรรมวันต่อต้านคอร์รัปชันสากล (9 ธันวาคม 2564)"),
        ("p", "ข้าราชการและบุคลากรร่วมแต่งกายด้วยเสื้อสีดำ กล่าวคำปฏิญาณตนเป็นข้าราชการที่ดี และรับชมสื่อรณรงค์ต่อต้านการทุจริต มีผู้เข้าร่วม 152 คน"),
        ("img", str(SITE / "uploads/news/113.jpg"), 120),
        ("h", "2. รณรงค์นโยบาย No Gift Policy"),
        ("p", "ติดประกาศนโยบายไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ ณ จุดให้บริการทุกฝ่าย และเผยแพร่ทางช่องทาง LINE กลุ่มบุคลากร"),
        ("h", "3. การอบรมประมวลจริยธรรมข้าราชการกรุงเทพมหานคร"),
        ("p", "จัดอบรมออนไลน์เมื่อวันที่ 20 มกราคม 2565 มีผู้เข้าร่วม 98 คน")])
    item_page(38, code_of(38), "การเสริมสร้างวัฒนธรรมองค์กร",
              "กิจกรรมที่แสดงถึงการเสริมสร้างทัศนคติ ค่านิยมในการปฏิบัติงานอย่างซื่อสัตย์สุจริต",
              {"2565": [("กิจกรรมเสริมสร้างวัฒนธรรมองค์กร ประจำปีงบประมาณ พ.ศ. 2565", th("25 ม.ค. 2565"), U["o38"]),
                        ("ข่าว: เขตบางระมาดร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล", th("9 ธ.ค. 2564"), "/news/113/", "อ่านข่าว")]},
              section=SECTIONS["10.1"][1])

    # O39 2565 plan misfiled in the 2564 tab ----------------------------------------
    def ac_plan(year, rel, date):
        return pdf(rel, [
            ("t", f"แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. {year}"), ("c", "สำนักงานเขตบางระมาด"),
            ("table", ["ลำดับ", "โครงการ/กิจกรรม", "งบประมาณ (บาท)", "ระยะเวลา", "ผู้รับผิดชอบ"], [
                ["1", "กิจกรรมเผยแพร่ประกาศเจตจำนงสุจริตของผู้บริหาร", "-", f"ต.ค. {int(year)-1}", "ฝ่ายปกครอง"],
                ["2", "กิจกรรมวันต่อต้านคอร์รัปชันสากล", "-", f"ธ.ค. {int(year)-1}", "ฝ่ายปกครอง"],
                ["3", "โครงการอบรมประมวลจริยธรรมข้าราชการกรุงเทพมหานคร", "15,000", f"ม.ค. - มี.ค. {year}", "ฝ่ายปกครอง"],
                ["4", "กิจกรรมตรวจสอบการจัดซื้อจัดจ้างโดยภาคประชาชน", "-", "ตลอดปี", "ฝ่ายการคลัง"],
                ["5", "กิจกรรมเปิดเผยข้อมูลสาธารณะบนเว็บไซต์", "-", "ตลอดปี", "ทุกฝ่าย"]], [12, 75, 25, 30, 30]),
            ("r", f"ฝ่ายปกครอง {date}")], title=f"แผนปฏิบัติการป้องกันการทุจริต {year}")
    item_page(39, code_of(39), "แผนปฏิบัติการป้องกันการทุจริตประจำปี",
              "แผนปฏิบัติการป้องกันการทุจริตประจำปีของสำนักงานเขต",
              {"2565": [],
               "2564": [("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2565", th("25 ต.ค. 2564"),
                         ac_plan("2565", "uploads/2564/10/anticorruption-plan-2565.pdf", "25 ตุลาคม 2564")),
                        ("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2564", th("22 ต.ค. 2563"),
                         ac_plan("2564", "uploads/2563/10/anticorruption-plan-2564.pdf", "22 ตุลาคม 2563"))]},
              section=SECTIONS["10.1"][1])

    # O40 legible scan -------------------------------------------------------------------
    U["o40"] = scan_pdf("uploads/2565/04/scan-ac-monitor-6m.pdf", [[
        ("บันทึกข้อความ", "t"),
        "ส่วนราชการ  ฝ่ายปกครอง สำนักงานเขตบางระมาด โทร. 1105",
        "ที่  กท 5301/1188          วันที่  7 เมษายน 2565",
        "เรื่อง  รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต",
        "          ประจำปีงบประมาณ พ.ศ. 2565 รอบ 6 เดือน (ตุลาคม 2564 - มีนาคม 2565)",
        "เรียน  ผู้อำนวยการเขตบางระมาด", "",
        "   ตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2565 จำนวน 5 โครงการ/กิจกรรม",
        "ฝ่ายปกครองขอรายงานความก้าวหน้าในรอบ 6 เดือน ดังนี้",
        "   1. เผยแพร่ประกาศเจตจำนงสุจริตของผู้บริหาร  - ดำเนินการแล้วเสร็จ (15 ต.ค. 2564)",
        "   2. กิจกรรมวันต่อต้านคอร์รัปชันสากล  - ดำเนินการแล้วเสร็จ (9 ธ.ค. 2564)",
        "   3. โครงการอบรมประมวลจริยธรรมฯ  - ดำเนินการแล้ว 1 รุ่น ใช้งบประมาณ 7,200 บาท",
        "   4. ตรวจสอบการจัดซื้อจัดจ้างโดยภาคประชาชน  - อยู่ระหว่างดำเนินการ",
        "   5. เปิดเผยข้อมูลสาธารณะบนเว็บไซต์  - ดำเนินการต่อเนื่อง",
        "ปัญหาอุปสรรค: สถานการณ์โควิด-19 ทำให้ต้องปรับการอบรมเป็นรูปแบบออนไลน์", "",
        "   จึงเรียนมาเพื่อโปรดทราบ", "",
        ("(นางสาวกัลยา มีสุข)", "r"), ("หัวหน้าฝ่ายปกครอง", "r"), "",
        ("- ทราบ -   ธีรวัฒน์ ศรีสุวรรณ   ผอ.เขตบางระมาด   8 เม.ย. 65", "r")]])
    item_page(40, code_of(40), "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต",
              "รายงานความก้าวหน้าการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริตประจำปี",
              {"2565": [("รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ 6 เดือน ปี 2565", th("8 เม.ย. 2565"), U["o40"])]},
              section=SECTIONS["10.1"][1])

    # O41 FY2564 report ------------------------------------------------------------------
    U["o41"] = pdf("uploads/2564/10/anticorruption-report-2564.pdf", [
        ("t", "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี พ.ศ. 2564"), ("c", "สำนักงานเขตบางระมาด (ตุลาคม 2563 - กันยายน 2564)"),
        ("table", ["ลำดับ", "โครงการ/กิจกรรม", "ผลการดำเนินการ", "งบประมาณที่ใช้ (บาท)"], [
            ["1", "เผยแพร่ประกาศเจตจำนงสุจริต", "แล้วเสร็จ", "-"], ["2", "กิจกรรมวันต่อต้านคอร์รัปชันสากล", "แล้วเสร็จ", "-"],
            ["3", "อบรมประมวลจริยธรรม", "แล้วเสร็จ 2 รุ่น", "14,600"], ["4", "เปิดเผยข้อมูลสาธารณะ", "แล้วเสร็จ", "-"]], [12, 75, 40, 35]),
        ("h", "ปัญหา อุปสรรค และข้อเสนอแนะ"),
        ("p", "การจัดกิจกรรมรวมกลุ่มถูกจำกัดจากสถานการณ์โควิด-19 ข้อเสนอแนะ: พัฒนาสื่อออนไลน์เพื่อสร้างการรับรู้"),
        ("r", "ฝ่ายปกครอง 20 ตุลาคม 2564")])
    item_page(41, code_of(41), "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี",
              "รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริตประจำปี",
              {"2565": [("รายงานผลการดำเนินการป้องกันการทุจริตประจำปี พ.ศ. 2564", th("20 ต.ค. 2564"), U["o41"])]},
              section=SECTIONS["10.1"][1])

    # O42 measures + ITA 2564 analysis -----------------------------------------------------
    U["o42"] = pdf("uploads/2565/01/ita-measures-2565.pdf", [
        ("t", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2565"), ("c", "สำนักงานเขตบางระมาด"),
        ("h", "1. ผลการประเมิน ITA ประจำปี พ.ศ. 2564"),
        ("table", ["เครื่องมือ", "คะแนน"], [["IIT", "86.41"], ["EIT", "84.72"], ["OIT", "79.10"], ["คะแนนรวม", "82.96 (ระดับ B)"]], [80, 50]),
        ("h", "2. การวิเคราะห์ผลการประเมิน"),
        ("table", ["ประเด็น", "ข้อบกพร่อง/จุดอ่อน", "มาตรการ/แนวทางปี 2565", "ผู้รับผิดชอบ", "การกำกับติดตาม"], [
            ["O23 สรุปผลการจัดซื้อจัดจ้างรายเดือน", "เผยแพร่ไม่ครบทุกเดือน", "เผยแพร่ภายในวันที่ 10 ของเดือนถัดไป", "ฝ่ายการคลัง", "รายงาน ผอ.เขต ทุกเดือน"],
            ["O36 การประเมินความเสี่ยง", "ไม่เป็นปัจจุบัน", "จัดทำการประเมินความเสี่ยงปี 2565", "ฝ่ายการคลัง", "ไตรมาส 1"],
            ["E15 ความโปร่งใสในการให้บริการ", "ผู้รับบริการบางส่วนเห็นว่ายังขาดความโปร่งใส", "ประชาสัมพันธ์ขั้นตอนและระยะเวลาการให้บริการ", "ทุกฝ่าย", "ทุก 3 เดือน"]],
         [35, 35, 45, 25, 30]),
        ("sp", 6), ("r", f"({DIRECTOR})"), ("r", "ผู้อำนวยการเขตบางระมาด  14 มกราคม 2565")])
    item_page(42, code_of(42), "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
              "การวิเคราะห์ผลการประเมิน ITA ปีที่ผ่านมา และมาตรการส่งเสริมคุณธรรมและความโปร่งใสของปีปัจจุบัน",
              {"2565": [("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี 2565", th("14 ม.ค. 2565"), U["o42"])]},
              section=SECTIONS["10.2"][1])

    # O43 unreadable scan with garbage English OCR layer ------------------------------------
    U["o43"] = scan_pdf("uploads/2565/04/scan0043.pdf", [[
        ("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส", "t"),
        ("ประจำปีงบประมาณ พ.ศ. 2565 รอบ 6 เดือน", "t"), "",
        "1. มาตรการเผยแพร่ข้อมูลสรุปผลการจัดซื้อจัดจ้างรายเดือน ........................................",
        "2. มาตรการประเมินความเสี่ยงการทุจริต ........................................",
        "3. มาตรการประชาสัมพันธ์ขั้นตอนการให้บริการ ........................................"] + ["." * 60] * 12],
        unreadable=True,
        garbage_layer=[["rJ:ynroiy u.r6'u fl1nJ1J1.J n1J", "vl'lU1fl1d tJYHI 'lW'h1n fl.nu", "~rrn::i1ua1 Jfl'l.Jn1J \"1ua'UJJ1 u",
                        "1. llJlflnlrn Vll~'H' .......... .......", "2. nl1'1J~l8UfllJ1'l.Jn~8'.l ........", "3. , iJ L'l'l1 ~ ......."]])
    item_page(43, code_of(43), "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
              "ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
              {"2565": [("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส รอบ 6 เดือน", th("19 เม.ย. 2565"), U["o43"])]},
              section=SECTIONS["10.2"][1])


# ---------------------------------------------------------------- other pages
def build_other_pages():
    # ITA index
    parts = ['<h2>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี 2565</h2>',
             '<p>แบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT) ของสำนักงานเขตบางระมาด คลิกที่หัวข้อเพื่อดูข้อมูล</p>']
    cur = None
    for n, title, sec in ITEMS:
        if sec != cur:
            if cur:
                parts.append("</table>")
            anchor, name = SECTIONS[sec]
            parts.append(f'<h3 id="{anchor}">{name}</h3><table class="itatable"><tr><th style="width:70px">ข้อ</th><th>รายการ</th></tr>')
            cur = sec
        parts.append(f'<tr><td>{code_of(n)}</td><td><a href="{ITEM_URL[n]}">{title}</a></td></tr>')
    parts.append("</table>")
    write("/ita/", layout("ITA 2565", "".join(parts), crumb=[(None, "ITA 2565")]))

    # home
    news = "".join(f'<li><a href="{h}">{t}</a> <span class="hint">({d})</span></li>' for _, d, t, h in NEWS[:5])
    home = f"""<h2>ยินดีต้อนรับสู่เว็บไซต์{OFFICE}</h2>
<p>สำนักงานเขตบางระมาดให้บริการประชาชนด้านงานทะเบียนราษฎร การจัดเก็บภาษี การขออนุญาตก่อสร้าง การรักษาความสะอาด และงานพัฒนาชุมชน</p>
<div style="display:flex;gap:12px;flex-wrap:wrap;margin:14px 0">
<a class="btn" style="background:#1d4e89;padding:12px 18px" href="/ita/">ITA 2565 การเปิดเผยข้อมูลสาธารณะ</a>
<a class="btn" style="background:#c62828;padding:12px 18px" href="/complaint/">แจ้งเรื่องร้องเรียนการทุจริต</a>
<a class="btn" style="background:#00897b;padding:12px 18px" href="{ITEM_URL[17]}">บริการออนไลน์ (E-Service)</a>
<a class="btn" style="background:#6a1b9a;padding:12px 18px" href="/qa/">ถาม-ตอบ Q&amp;A</a></div>
<h3>ข่าวประชาสัมพันธ์</h3><ul class="newslist">{news}</ul><p><a href="/news/">ข่าวทั้งหมด &raquo;</a></p>
<h3>ลิงก์ที่เกี่ยวข้อง</h3><ul><li><a href="https://www.bangkok.go.th/egpbma/">e-GPBMA ระบบเผยแพร่ข้อมูลการจัดซื้อจัดจ้างของหน่วยงานกรุงเทพมหานคร</a></li>
<li><a href="https://bangkok.traffy.in.th/">Traffy Fondue</a></li></ul>"""
    write("/", layout("หน้าหลัก", home))

    about = f"""<h2>เกี่ยวกับเขตบางระมาด</h2>
<p>เขตบางระมาดเป็นเขตการปกครองของกรุงเทพมหานครในฝั่งธนบุรี ตั้งอยู่ริมคลองบางระมาด แต่เดิมเป็นพื้นที่สวนผลไม้และนาข้าว
ปัจจุบันเป็นพื้นที่ที่อยู่อาศัยผสมเกษตรกรรม มีประชากรตามทะเบียนราษฎรประมาณ 86,000 คน</p>
<h3>วิสัยทัศน์</h3><p>"บางระมาด เมืองน่าอยู่ริมคลอง ชุมชนเข้มแข็ง บริการด้วยใจ"</p>
<h3>ข้อมูลพื้นที่</h3><ul><li>พื้นที่ 18.6 ตารางกิโลเมตร</li><li>แขวง 2 แขวง</li><li>ชุมชน 21 ชุมชน</li><li>โรงเรียนสังกัดกรุงเทพมหานคร 9 แห่ง</li></ul>
<h3>สถานที่สำคัญ</h3><p>วัดบางระมาด ตลาดน้ำริมคลอง สวนสาธารณะเฉลิมพระเกียรติ</p>"""
    write("/about/", layout("เกี่ยวกับเขต", about, crumb=[(None, "เกี่ยวกับเขต")]))

    qa = [("สมชาย ร.", "3 เม.ย. 2565", "ต้องการย้ายทะเบียนบ้านปลายทาง ใช้เอกสารอะไรบ้างครับ",
           "ใช้บัตรประจำตัวประชาชนของผู้ย้าย และหนังสือยินยอมจากเจ้าบ้านปลายทาง สามารถยื่นได้ที่ฝ่ายทะเบียนทุกวันทำการ และวันเสาร์ 08.00 - 12.00 น. (ตอบโดย กลุ่มงานประชาสัมพันธ์ 4 เม.ย. 2565)"),
          ("ผู้ประกอบการร้านอาหาร", "21 มี.ค. 2565", "ใบอนุญาตจำหน่ายอาหารหมดอายุ ต่ออายุออนไลน์ได้หรือไม่",
           "สามารถยื่นต่ออายุผ่านระบบ BMA OSS ได้ หรือติดต่อฝ่ายสิ่งแวดล้อมและสุขาภิบาล โทร 0 2448 5120 ต่อ 7106 (ตอบ 22 มี.ค. 2565)"),
          ("ชาวบ้านซอย 12", "2 มี.ค. 2565", "ท่อระบายน้ำซอย 12 จะซ่อมเสร็จเมื่อไรคะ",
           "ฝ่ายโยธาแจ้งว่าผู้รับจ้างอยู่ระหว่างดำเนินการ คาดว่าแล้วเสร็จภายในเดือนมิถุนายน 2565 (ตอบ 4 มี.ค. 2565)")]
    qhtml = "".join(f'<div style="border:1px solid #dde;padding:10px;margin:10px 0"><b>ถาม:</b> {q} <span class="hint">โดย {who} · {d}</span>'
                    f'<div style="background:#f3f8f3;padding:8px;margin-top:6px"><b>ตอบ:</b> {a}</div></div>' for who, d, q, a in qa)
    form = """<h3>ตั้งคำถามใหม่</h3><form action="#" method="post"><p>ชื่อ <input name="name"></p><p>อีเมล <input name="email"></p>
<p>คำถาม<br><textarea name="q" rows="4" cols="60"></textarea></p><p><button type="submit">ส่งคำถาม</button></p></form>"""
    write("/qa/", layout("ถาม-ตอบ Q&A", "<h2>กระดานถาม-ตอบ (Q&amp;A)</h2>" + qhtml + form, crumb=[(None, "ถาม-ตอบ")]))

    comp = f"""<h2>แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h2>
<p>ท่านสามารถแจ้งเรื่องร้องเรียนการทุจริตของเจ้าหน้าที่สำนักงานเขตบางระมาดได้ทางแบบฟอร์มด้านล่าง โดยข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ</p>
<form action="#" method="post">
<p>ชื่อ-นามสกุล (ไม่บังคับ) <input name="name"></p><p>เบอร์โทรศัพท์/อีเมล (ไม่บังคับ) <input name="contact"></p>
<p>เรื่องที่ร้องเรียน <select name="type"><option>การทุจริตของเจ้าหน้าที่</option><option>การเรียกรับสินบน</option><option>การจัดซื้อจัดจ้างไม่โปร่งใส</option><option>อื่น ๆ</option></select></p>
<p>รายละเอียด<br><textarea name="detail" rows="6" cols="60"></textarea></p>
<p>แนบหลักฐาน <input type="file" name="evidence"></p><p><button type="submit">ส่งเรื่องร้องเรียน</button></p></form>
<p>ช่องทางอื่น: โทร {PHONE} ต่อ 1105 · อีเมล {EMAIL} · สายด่วน กทม. 1555</p>"""
    write("/complaint/", layout("แจ้งเรื่องร้องเรียน", comp, crumb=[(None, "แจ้งเรื่องร้องเรียน")]))

    sm = "<h2>แผนผังเว็บไซต์</h2><ul><li><a href='/'>หน้าหลัก</a></li><li><a href='/about/'>เกี่ยวกับเขต</a></li>" \
         "<li><a href='/news/'>ข่าวประชาสัมพันธ์</a></li><li><a href='/qa/'>ถาม-ตอบ</a></li><li><a href='/complaint/'>แจ้งเรื่องร้องเรียน</a></li>" \
         "<li><a href='/ita/'>ITA 2565</a><ul>" + "".join(f"<li><a href='{ITEM_URL[n]}'>{code_of(n)} {t}</a></li>" for n, t, _ in ITEMS) + "</ul></li></ul>"
    write("/sitemap/", layout("แผนผังเว็บไซต์", sm, crumb=[(None, "แผนผังเว็บไซต์")]))


# ---------------------------------------------------------------- meta / truth
TRUTH = {
    "O1": ("pass", "structure page: org chart PNG + PDF (Nov 2564) with 10 divisions", "tabs show older year too; none"),
    "O2": ("incomplete", "executive cards: names, positions, photos, vacant post marked '- ว่าง -'", "no phone/e-mail for any executive; page looks complete"),
    "O3": ("missing", "item page only", "description paragraph is the assessor's criteria text (อำนาจหน้าที่...ตามที่กฎหมายกำหนด, ประกาศกรุงเทพมหานคร) with no duties listed; tabs 'ไม่พบข้อมูล'"),
    "O4": ("pass", "area plan FY2565 PDF + BMA 20-year plan phase 2 summary", "none"),
    "O5": ("incomplete", "contact page: address, phone, e-mail, map", "no fax number anywhere on the site"),
    "O6": ("pass", "law list PDF + krisdika links", "none"),
    "O7": ("pass", "news list on item page and /news/ (items Dec 2564 - Apr 2565)", "tabs 'ไม่พบข้อมูล' under the content"),
    "O8": ("pass", "item page links to /qa/ board with answered questions Mar-Apr 2565 and a form", "evidence one click below; tabs empty"),
    "O9": ("pass", "Facebook, LINE OA (QR), YouTube links", "tabs empty 'ไม่พบข้อมูล' although content block has the evidence"),
    "O10": ("stale", "2564 tab: action plan FY2564; 2563 tab: FY2563", "current-year tab empty; only older plans"),
    "O11": ("pass", "6-month monitoring report Oct 64 - Mar 65 PDF (8 Apr 2565)", "none"),
    "O12": ("pass", "annual report FY2564 PDF, filed under the 'ปี 2564' tab", "2565 tab shows 'ไม่พบข้อมูล' but previous-FY report is what is required"),
    "O13": ("incomplete", "manuals for ฝ่ายทะเบียน, ฝ่ายการคลัง, ฝ่ายรายได้ only", "structure has 10 divisions; 7 have no manual"),
    "O14": ("pass", "3 citizen manuals (DOCX birth registration, PDF house number, PDF sign tax)", "one is a DOCX"),
    "O15": ("stale", "2564 tab: XLSX statistics FY2564; 2563 tab: FY2563", "nothing for FY2565 (Oct 64 - Mar 65)"),
    "O16": (["broken", "missing"], "2565 tab lists two survey reports", "download buttons have href=\"#\": no document can be opened"),
    "O17": ("pass", "table of e-services: BMA Q, BMA OSS, Traffy Fondue, Google Form", "external links only (not fetched)"),
    "O18": ("pass", "budget spending plan FY2565 PDF + XLSX twin", "PDF text layer has every ำ as า (ประจาปี) — image shows it right"),
    "O19": ("missing", "2565 tab lists the O18 budget plan and the appropriation ordinance", "documents of a different item; no monitoring/progress report of spending"),
    "O20": ("missing", "item page only", "long, specific-sounding description ('รายละเอียดปรากฏตามเอกสารแนบ') but no document in any tab"),
    "O21": ("pass", "procurement plan FY2565 announcement PDF + visible e-GPBMA link", "none"),
    "O22": ("pass", "4 procurement announcements Nov 2564 - Mar 2565 + e-GPBMA link", "none"),
    "O23": ("incomplete", "สขร.1 summaries Oct, Nov, Dec 2564, Jan 2565 (XLSX/PDF alternating), full columns", "Feb and Mar 2565 missing as of end of April"),
    "O24": ("stale", "2564 tab: 'รายงานผลการจัดซื้อจัดจ้างประจำปี' (28 ม.ค. 2564) — content is FY2563", "row title has no year; FY2564 report (due 31 Jan 2565) absent"),
    "O25": ("pass", "HR policy FY2565 signed by current director (1 Nov 2564)", "none"),
    "O26": (["broken", "missing"], "2565 tab rows for HR policy implementation report", "download buttons have empty href (point back to the page)"),
    "O27": ("pass", "3 criteria PDFs (evaluation, transfer/promotion, training)", "none"),
    "O28": ("missing", "2565 tab lists the same three O27 criteria PDFs", "documents of a different item; no annual HR report"),
    "O29": ("pass", "complaint-handling manual PDF (Dec 2564)", "none"),
    "O30": ("pass", "channels: online form /complaint/, letter, phone, e-mail, 1555", "none"),
    "O31": ("missing", "item page only", "description is the criteria text (จำนวนเรื่อง, รายเดือน ต.ค. 64 - มี.ค. 65, infographic) with no statistics"),
    "O32": ("pass", "Google Form, Q&A board, Messenger, suggestion box, phone", "none"),
    "O33": ("pass", "community committee meeting minutes 15 Feb 2565 PDF + news + photo", "none"),
    "O34": ("incomplete", "Thai integrity declaration FY2565 signed by current director", "no English version"),
    "O35": ("stale", "2563 tab only: former director's ITA meeting Feb 2563", "2565 and 2564 tabs empty"),
    "O36": ("stale", "2565 tab row 'การประเมินความเสี่ยงการทุจริตประจำปี' dated 12 ม.ค. 2565", "the PDF is the FY2564 risk assessment (signed Nov 2563); row title has no year"),
    "O37": ("broken", "2565 tab row 'มาตรการบริหารจัดการความเสี่ยงการทุจริต ประจำปี 2565'", "link /uploads/2565/02/risk-mgmt-2565.pdf answers 404"),
    "O38": ("pass", "culture activities FY2565 PDF (anti-corruption day 9 Dec 2564, No Gift, ethics training) + news", "none"),
    "O39": ("pass", "anti-corruption plan FY2565 PDF, misfiled under the 'ปี 2564' tab", "2565 tab says 'ไม่พบข้อมูล'; the current plan sits in the older tab next to the FY2564 plan"),
    "O40": (["pass", "review"], "scanned memo: 6-month anti-corruption monitoring report Oct 64 - Mar 65", "image-only PDF, no text layer, legible to a person"),
    "O41": ("pass", "annual anti-corruption report FY2564 PDF (20 Oct 2564)", "none"),
    "O42": ("pass", "measures FY2565 with analysis of ITA 2564 scores, signed by director", "none"),
    "O43": ("review", "2565 tab: 'รายงานผลการดำเนินการตามมาตรการ... รอบ 6 เดือน' scan0043.pdf", "blurred unreadable scan with a garbage English OCR text layer; cannot verify"),
}


def write_meta():
    style = ("CMS-style fictional Bangkok district site (สำนักงานเขตบางระมาด), bma-2564 OIT list assessed on 2022-04-28 "
             "(FY2565). Every OIT item has its own /page/{id}/ built from one template: heading with the item code written "
             "as O1/O๒/0๓, a description box, year tabs ปี 2565/2564/2563 (all panes in the HTML, non-current ones "
             "display:none), a document table ลำดับ|ชื่อเอกสาร|วันที่|ดาวน์โหลด, and a sidebar. Traps: shells whose "
             "description is the assessor's criteria text with no evidence (O3, O31); a rich description promising "
             "'เอกสารแนบ' with no document (O20); current-year tab 'ไม่พบข้อมูล' with only older documents (O10, O15, O35); "
             "a FY2563 annual procurement report filed under the 2564 tab with a year-less title (O24); a FY2564 risk "
             "assessment under the 2565 tab with a 2565 upload date (O36); download buttons with href='#' (O16) or "
             "href='' (O26); a 404 document (O37); pages listing another item's documents (O19 shows the O18 budget plan, "
             "O28 shows the O27 criteria); incomplete elements (O2 executives without contact, O5 no fax, O13 manuals for "
             "3 of 10 divisions, O23 monthly summaries Oct-Jan only, O34 Thai-only declaration). Reverse traps that must "
             "pass: O12 previous-FY annual report under the 2564 tab with the 2565 tab empty, O39 FY2565 plan misfiled "
             "under the 2564 tab, web-content items (O7, O8, O9, O17, O30, O32) whose content block has the evidence while "
             "the tabs below say 'ไม่พบข้อมูล', O18 PDF whose text layer reads ประจาปี (ำ lost). O40 is a legible "
             "image-only scan; O43 an unreadable scan with a garbage English text layer.")
    meta = {"framework": "bma-2564", "as_of": "2022-04-28", "start": "/", "name_th": OFFICE, "style": style,
            "author": "blind", "set": "held-out-11",
            "server": {"redirects": {"/ita2565/": "/ita/", "/index.php": "/"},
                       "status": {"/uploads/2565/02/risk-mgmt-2565.pdf": 404}}}
    (HERE / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    truth = {k: v[0] for k, v in TRUTH.items()}
    (HERE / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2), encoding="utf-8")
    lines = ["# section_shells — truth (bma-2564, as_of 2022-04-28, FY2565)", ""]
    for n, title, _ in ITEMS:
        k = f"O{n}"
        v, where, trap = TRUTH[k]
        vv = "/".join(v) if isinstance(v, list) else v
        lines.append(f"- {k} {title}: **{vv}** — {where} ({ITEM_URL[n]}) — trap: {trap}")
    (HERE / "truth.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
