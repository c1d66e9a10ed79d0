#!/usr/bin/env python3
"""Generate site/ for the 'select_nav' fixture (สำนักงานเขตลาดพร้าว, bma-2567, as_of 2025-09-10).

Navigation mostly avoids <a href>: a fiscal-year <select onchange>, button[data-href],
div.card[data-url], GET forms to /docs/view.html (served via meta.json server.files),
a month <select> for procurement summaries; last year's OIT page (2567) holds old documents.
"""
import json
import shutil
from pathlib import Path

import openpyxl
from docx import Document
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
SITE = HERE / "site"
FONT_DIR = "/usr/share/fonts/truetype/tlwg/"
pdfmetrics.registerFont(TTFont("Loma", FONT_DIR + "Loma.ttf"))
pdfmetrics.registerFont(TTFont("Loma-Bold", FONT_DIR + "Loma-Bold.ttf"))
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
DIST = "สำนักงานเขตลาดพร้าว"
DIRECTOR = "นายกิตติพงษ์ เรืองศรีวงศ์"


def td(x):
    return str(x).translate(TH)


def money(v, thai=True):
    s = f"{v:,.2f}"
    return td(s) if thai else s


def pdf(path, title, blocks, land=False, author=DIST):
    path = SITE / path
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4) if land else A4, leftMargin=1.8 * cm,
                            rightMargin=1.8 * cm, topMargin=1.6 * cm, bottomMargin=1.6 * cm,
                            title=title, author=author)
    st_t = ParagraphStyle("t", fontName="Loma-Bold", fontSize=14, leading=22, alignment=1)
    st_h = ParagraphStyle("h", fontName="Loma-Bold", fontSize=11.5, leading=19, spaceBefore=6)
    st_p = ParagraphStyle("p", fontName="Loma", fontSize=10.5, leading=18, firstLineIndent=28)
    st_c = ParagraphStyle("c", fontName="Loma", fontSize=8.5, leading=13)
    st_s = ParagraphStyle("s", fontName="Loma", fontSize=10.5, leading=18, alignment=1)
    story = [Paragraph(title, st_t), Spacer(1, 8)]
    for kind, val in blocks:
        if kind == "h":
            story.append(Paragraph(val, st_h))
        elif kind == "p":
            story.append(Paragraph(val, st_p))
        elif kind == "sig":
            story.append(Spacer(1, 18))
            story += [Paragraph(x, st_s) for x in val]
        elif kind == "t":
            t = Table([[Paragraph(str(c), st_c) for c in r] for r in val], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#fde9d9")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 6)]
    doc.build(story)


def scan_pdf(path, lines):
    """Image-only PDF (a 'scan'): Thai text drawn into a bitmap, no text layer."""
    w, h = 1240, 1754
    img = Image.new("L", (w, h), 250)
    d = ImageDraw.Draw(img)
    fb = ImageFont.truetype(FONT_DIR + "Garuda-Bold.ttf", 40)
    f = ImageFont.truetype(FONT_DIR + "Garuda.ttf", 30)
    y = 120
    for i, ln in enumerate(lines):
        d.text((110, y), ln, font=fb if i < 2 else f, fill=25)
        y += 62 if i < 2 else 52
    img = img.rotate(0.6, fillcolor=250)
    tmp = SITE / (str(path) + ".png")
    tmp.parent.mkdir(parents=True, exist_ok=True)
    img.save(tmp)
    c = canvas.Canvas(str(SITE / path), pagesize=A4)
    c.drawImage(str(tmp), 0, 0, A4[0], A4[1])
    c.showPage()
    c.save()
    tmp.unlink()


def write(path, text):
    p = SITE / path
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")


CSS = """
:root{--main:#b4461b;--dark:#6e2a10}
body{font-family:'Garuda',sans-serif;margin:0;background:#fafafa;color:#222}
.navbar{display:flex;align-items:center;gap:16px;background:var(--dark);color:#fff;padding:8px 20px}
.navbar .brand{font-weight:bold;font-size:20px}
.navbar button,.navbar select{background:transparent;color:#fff;border:1px solid #fff6;border-radius:4px;padding:4px 8px;cursor:pointer}
.navbar select option{color:#222}
.navbar a{color:#fff;text-decoration:none}
.hero{background:linear-gradient(120deg,#e06b2d,#8a2f0f);color:#fff;padding:30px 24px}
main{max-width:1100px;margin:0 auto;padding:18px}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:14px}
.card{background:#fff;border:1px solid #e3d6cf;border-radius:10px;padding:14px;cursor:pointer;box-shadow:0 1px 3px #0001}
.card:hover{box-shadow:0 3px 10px #0002}
.code{display:inline-block;background:var(--main);color:#fff;border-radius:4px;padding:0 6px;font-size:12px}
.btn{background:var(--main);color:#fff;border:0;border-radius:6px;padding:6px 12px;cursor:pointer;margin:3px 2px;font-size:14px}
.btn.alt{background:#fff;color:var(--main);border:1px solid var(--main)}
.item{background:#fff;border:1px solid #eadfd9;border-radius:8px;padding:12px 16px;margin:10px 0}
.item h3{margin:0 0 6px;font-size:17px;color:var(--dark)}
form.dl{display:inline}
table.tb{border-collapse:collapse;width:100%;font-size:14px}
table.tb th,table.tb td{border:1px solid #d8c8bf;padding:5px 7px}
table.tb th{background:#fbe9df}
footer{background:#3b1608;color:#f3d9cc;padding:18px;font-size:13px;margin-top:30px}
.note{color:#777;font-size:13px}
.placeholder{padding:40px;text-align:center;color:#a55;font-size:20px}
"""

JS = """
(function(){
  document.querySelectorAll('[data-href]').forEach(function(el){
    el.addEventListener('click',function(){window.open(el.getAttribute('data-href'),'_blank');});
  });
  document.querySelectorAll('[data-url]').forEach(function(el){
    el.addEventListener('click',function(){location.href=el.getAttribute('data-url');});
  });
})();
"""

YEAR_SELECT = """<select aria-label="เลือกปีงบประมาณ ITA" onchange="if(this.value)location.href=this.value">
<option value="">ITA / OIT — เลือกปีงบประมาณ</option>
<option value="/ita/2568/">ปีงบประมาณ พ.ศ. ๒๕๖๘</option>
<option value="/ita/2567/">ปีงบประมาณ พ.ศ. ๒๕๖๗</option></select>"""


def page(title, body, hero=""):
    return f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>{title}</title>
<link rel="stylesheet" href="/assets/app.css"><link rel="icon" href="/assets/logo.png"></head><body>
<div class="navbar"><span class="brand">เขตลาดพร้าว</span>
<button data-href="https://www.bangkok.go.th">กรุงเทพมหานคร</button>
<button data-url="/">หน้าแรก</button><button data-url="/about/">รู้จักเขต</button>
<button data-url="/news/">ข่าวสาร</button><button data-url="/eservice/">บริการออนไลน์</button>
{YEAR_SELECT}<a href="/contact.html">ติดต่อ</a></div>
{hero}<main>{body}</main>
<footer>{DIST} เลขที่ ๓๒๒๕ ถนนลาดพร้าว แขวงลาดพร้าว เขตลาดพร้าว กรุงเทพมหานคร ๑๐๒๓๐ · โทร ๐ ๒๕๓๙ ๗๐๐๑ · โทรสาร ๐ ๒๕๓๙ ๗๐๐๙ ·
ladphrao@bangkok.go.th<br>ผู้เข้าชมวันนี้ ๔๓๗ · ทั้งหมด ๒,๐๑๘,๖๕๒ · © ๒๕๖๘ {DIST} · <a style="color:#f3d9cc" href="/privacy.html">นโยบายความเป็นส่วนตัว</a></footer>
<script src="/assets/app.js"></script></body></html>"""


def tbl(head, rows):
    return ('<table class="tb"><tr>' + "".join(f"<th>{h}</th>" for h in head) + "</tr>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>")


def form(doc, label):
    return (f'<form class="dl" action="/docs/view.html" method="get"><input type="hidden" name="doc" value="{doc}">'
            f'<button class="btn" type="submit">⬇ {label}</button></form>')


def bhref(url, label, alt=False):
    return f'<button class="btn{" alt" if alt else ""}" type="button" data-href="{url}">{label}</button>'


def card(url, code, title, sub):
    return f'<div class="card" data-url="{url}" role="link" tabindex="0"><span class="code">{code}</span><h4>{title}</h4><p class="note">{sub}</p></div>'


SERVER_FILES = {}


def served(doc, store_path, ctype, attach_name=None):
    h = {"Content-Type": ctype}
    if attach_name:
        h["Content-Disposition"] = f'attachment; filename="{attach_name}"'
    SERVER_FILES[f"/docs/view.html?doc={doc}"] = {"file": store_path, "headers": h}


# ------------------------------------------------------------------ FY2568 OIT page
def ita2568():
    it = []

    def item(code, title, inner):
        it.append(f'<div class="item" id="{code.lower()}"><h3><span class="code">{code}</span> {title}</h3>{inner}</div>')

    item("O1", "ข้อมูลพื้นฐาน", '<div class="grid">' + card("/ita/2568/basic.html", "O1", "ข้อมูลพื้นฐานสำนักงานเขต",
         "โครงสร้าง ผู้บริหาร อำนาจหน้าที่ ที่อยู่ติดต่อ กฎหมาย") + "</div>")
    item("O2", "นโยบายผู้ว่าฯ และแผนพัฒนากรุงเทพมหานคร",
         bhref("/files/2568/governor-policy-plan-2568.pdf", "เปิดเอกสารนโยบายและแผน (PDF)"))
    item("O3", "โรงเรียนในพื้นที่เขต", '<a href="/ita/2568/schools.html">รายชื่อโรงเรียนสังกัดกรุงเทพมหานครในเขตลาดพร้าว</a>')
    item("O4", "ประชาสัมพันธ์ผลการดำเนินงาน", '<div class="grid">' + card("/news/", "O4", "ข่าวผลการดำเนินงาน", "อัปเดตทุกสัปดาห์") + "</div>")
    item("O5", "แผนปฏิบัติราชการ และรายงานผลประจำปี", form("ap68", "แผนปฏิบัติราชการ ปี ๒๕๖๘") + form("ar67", "รายงานผลการปฏิบัติราชการ ปี ๒๕๖๗"))
    item("O6", "คู่มือการปฏิบัติหน้าที่", bhref("/files/2568/duty-manual-2568.pdf", "คู่มือการปฏิบัติงาน ทุกฝ่าย (PDF)"))
    item("O7", "คู่มือการให้บริการประชาชน", '<a href="/service/manual.html">คู่มือสำหรับประชาชน</a>')
    item("O8", "E-Service", '<div class="grid">' + card("/eservice/", "O8", "บริการออนไลน์", "ยื่นคำขอ จองคิว แจ้งปัญหา") + "</div>")
    item("O9", "ข้อมูลสถิติการจัดเก็บภาษี", form("tax68", "ดาวน์โหลดสถิติภาษี (Excel)"))
    item("O10", "ข้อมูลสถิติการจัดเก็บรายได้", bhref("/files/2566/revenue-stat-2566.pdf", "สถิติการจัดเก็บรายได้ (PDF)"))
    item("O11", "Checklist พิจารณาออกใบอนุญาต", bhref("/files/2568/license-checklist-2568.pdf", "รายการตรวจ (Checklist) (PDF)"))
    item("O12", "ระบบติดตามสถานะการขอใบอนุญาต", bhref("/tracking/status.php", "ติดตามสถานะคำขออนุญาต (Tracking System)"))
    item("O13", "แผนการใช้จ่ายงบประมาณ และรายงานผล", form("bp68", "แผนการใช้จ่ายงบประมาณ ปี ๒๕๖๘") + form("br67", "รายงานผลการใช้จ่ายงบประมาณ ปี ๒๕๖๗"))
    item("O14", "งบประมาณ ข้อบัญญัติ และเงินอุดหนุนชุมชน", '<div class="grid">' + card("/ita/2568/budget.html", "O14", "ข้อมูลงบประมาณ", "ข้อบัญญัติ ๒๕๖๘ · เงินอุดหนุนชุมชน") + "</div>")
    item("O15", "ประกาศจัดซื้อจัดจ้าง และสรุปผลรายเดือน", '<a href="/ita/2568/procurement.html">ข้อมูลการจัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๘</a>')
    item("O16", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", bhref("/files/2568/hr-criteria-2568.pdf", "หลักเกณฑ์ฯ (PDF)"))
    item("O17", "ร้องเรียนการทุจริต", '<div class="grid">' + card("/ita/2568/complaint.html", "O17", "ช่องทางร้องเรียนการทุจริต", "และข้อมูลสถิติ") + "</div>")
    item("O18", "นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)",
         bhref("/files/2568/anti-bribery-policy-2568.pdf", "ประกาศนโยบาย (PDF)") + bhref("/files/2568/anti-bribery-report-6m-2568.pdf", "รายงานผล รอบ ๖ เดือน (PDF)", True))
    item("O19", "ความเสี่ยงต่อการรับสินบน", bhref("/files/2568/bribery-risk-2568.pdf", "การประเมินความเสี่ยง ปี ๒๕๖๘ (PDF)")
         + '<div class="grid">' + card("/ita/2568/risk-report.html", "O19", "รายงานผลการจัดการความเสี่ยง", "รอบ ๖ เดือน") + "</div>")
    item("O20", "แนวทางการใช้ดุลยพินิจ", form("disc68", "แนวทางปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่ (Word)"))
    item("O21", "ทรัพย์สินของราชการ ของบริจาค และของกลาง", bhref("/files/2568/state-property-2568.pdf", "แนวทางการจัดการ (PDF)"))
    item("O22", "มาตรการยกระดับคุณธรรมและความโปร่งใส", bhref("/files/2567/ita-measures-2567.pdf", "มาตรการยกระดับคุณธรรมและความโปร่งใส และรายงานผล (PDF)"))
    body = (f"<h2>การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ พ.ศ. ๒๕๖๘</h2><p>{DIST} · ปรับปรุงล่าสุด ๕ กันยายน ๒๕๖๘ · "
            f"ปีอื่น: {YEAR_SELECT}</p>" + "".join(it))
    return page("ITA 2568 | เขตลาดพร้าว", body)


# ------------------------------------------------------------------ FY2567 (old) page
def ita2567():
    docs = [("O5", "แผนปฏิบัติราชการ ปี ๒๕๖๗", "/files/2567/action-plan-2567.pdf"),
            ("O10", "สถิติการจัดเก็บรายได้ ปี ๒๕๖๗", "/files/2567/revenue-stat-2567.pdf"),
            ("O15", "สรุปผลการจัดซื้อจัดจ้าง ปี ๒๕๖๗ (ต.ค. ๖๖ – มี.ค. ๖๗)", "/files/2567/procurement-summary-2567.pdf"),
            ("O17", "สถิติเรื่องร้องเรียนการทุจริต ปี ๒๕๖๗", "/files/2567/complaint-stat-2567.pdf"),
            ("O19", "รายงานผลการจัดการความเสี่ยงการรับสินบน ปี ๒๕๖๗", "/files/2567/risk-report-2567.pdf"),
            ("O22", "มาตรการยกระดับคุณธรรมและความโปร่งใส ปี ๒๕๖๗", "/files/2567/ita-measures-2567.pdf")]
    rows = [(c, f'<a href="{u}">{t}</a>') for c, t, u in docs]
    body = (f"<h2>การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ พ.ศ. ๒๕๖๗</h2><p class='note'>ข้อมูลปีงบประมาณที่ผ่านมา (เก็บไว้เพื่ออ้างอิง) · ปีอื่น: {YEAR_SELECT}</p>"
            + tbl(["ข้อ", "เอกสาร"], rows))
    return page("ITA 2567 | เขตลาดพร้าว", body)


def build():
    if SITE.exists():
        shutil.rmtree(SITE)
    SITE.mkdir()
    write("assets/app.css", CSS)
    write("assets/app.js", JS)
    logo = Image.new("RGB", (32, 32), (180, 70, 27))
    (SITE / "assets/logo.png").parent.mkdir(parents=True, exist_ok=True)
    logo.save(SITE / "assets/logo.png")

    hero = f'<div class="hero"><h1>{DIST}</h1><p>ลาดพร้าว เมืองน่าอยู่ ใส่ใจบริการ โปร่งใส ตรวจสอบได้</p></div>'
    home = f"""<div class="grid">
{card('/news/', 'ข่าว', 'ข่าวประชาสัมพันธ์', 'กิจกรรมและผลงานล่าสุด')}
{card('/eservice/', 'บริการ', 'บริการออนไลน์', 'BMA OSS · BMA Q · Traffy Fondue')}
{card('/ita/', 'ITA', 'การเปิดเผยข้อมูลสาธารณะ (OIT)', 'เลือกปีงบประมาณจากเมนูด้านบน')}
<div class="card" data-href="https://www.facebook.com/ladphraodistrict"><span class="code">FB</span><h4>เฟซบุ๊กเขตลาดพร้าว</h4></div></div>
<h3>ประกาศ</h3><ul><li>๙ ก.ย. ๒๕๖๘ ประชาสัมพันธ์ปิดถนนชั่วคราว ซอยลาดพร้าว ๖๔ เพื่อวางท่อระบายน้ำ</li>
<li>๑ ก.ย. ๒๕๖๘ เปิดลงทะเบียนเบี้ยยังชีพผู้สูงอายุ ปี ๒๕๖๙</li></ul>
<p class="note">สภาพอากาศวันนี้ ฝนฟ้าคะนอง ๖๐% · ๓๒°C · ค่าฝุ่น PM2.5 ๑๘ มคก./ลบ.ม.</p>"""
    write("index.html", page(f"{DIST} กรุงเทพมหานคร", home, hero))
    write("ita/index.html", page("ITA | เขตลาดพร้าว", f"""<h2>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA)</h2>
<p>กรุณาเลือกปีงบประมาณ: {YEAR_SELECT}</p>
<p class="note"><a href="/ita/2567/">คลังข้อมูล ITA ปีที่ผ่านมา</a></p>"""))
    write("ita/2568/index.html", ita2568())
    write("ita/2567/index.html", ita2567())
    write("docs/view.html", page("ดาวน์โหลดเอกสาร", "<h2>ระบบดาวน์โหลดเอกสาร</h2><p>กรุณาเลือกเอกสารจากหน้า ITA</p>"))
    write("contact.html", page("ติดต่อ", f"<h2>ติดต่อ{DIST}</h2><p>โทร ๐ ๒๕๓๙ ๗๐๐๑ · ladphrao@bangkok.go.th</p>"))
    write("privacy.html", page("นโยบายความเป็นส่วนตัว", "<h2>นโยบายคุ้มครองข้อมูลส่วนบุคคล</h2><p>สำนักงานเขตเก็บข้อมูลเท่าที่จำเป็นตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล พ.ศ. ๒๕๖๒</p>"))
    write("about/index.html", page("รู้จักเขต", "<h2>รู้จักเขตลาดพร้าว</h2><p>พื้นที่ ๒๑.๘๖ ตร.กม. ๒ แขวง (ลาดพร้าว, จรเข้บัว) ประชากร ๑๒๒,๘๕๐ คน ชุมชน ๓๔ แห่ง</p>"))

    build_o1()
    build_news()
    build_schools()
    build_services()
    build_eservice()
    build_budget_page()
    build_procurement()
    build_complaint()
    write("ita/2568/risk-report.html", page("รายงานผลการจัดการความเสี่ยง", """<h2>รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน ปีงบประมาณ พ.ศ. ๒๕๖๘</h2>
<div class="placeholder">อยู่ระหว่างดำเนินการ<br><small>ฝ่ายการคลังอยู่ระหว่างรวบรวมข้อมูล</small></div>"""))
    build_documents()


def build_o1():
    execs = [("ex1.png", DIRECTOR, "ผู้อำนวยการเขตลาดพร้าว", "๐ ๒๕๓๙ ๗๐๐๑ ต่อ ๒๐๑", "director.ladphrao@bangkok.go.th"),
             ("ex2.png", "นางวิภาวรรณ ศักดิ์สิทธิ์", "ผู้ช่วยผู้อำนวยการเขต", "๐ ๒๕๓๙ ๗๐๐๑ ต่อ ๒๐๒", "wipawan.s@bangkok.go.th"),
             ("ex3.png", "นายณัฐพล ทรัพย์มั่น", "ผู้ช่วยผู้อำนวยการเขต", "๐ ๒๕๓๙ ๗๐๐๑ ต่อ ๒๐๓", "nattapon.s@bangkok.go.th")]
    for i, (f, n, *_r) in enumerate(execs):
        img = Image.new("RGB", (160, 200), (150 + i * 20, 90, 60))
        d = ImageDraw.Draw(img)
        d.ellipse((45, 25, 115, 95), fill=(236, 205, 180))
        d.rectangle((30, 105, 130, 200), fill=(50, 40, 90))
        (SITE / "images").mkdir(parents=True, exist_ok=True)
        img.save(SITE / "images" / f)
    rows = [(f'<img src="/images/{f}" width="80" alt="{n}">', n, p, t, m) for f, n, p, t, m in execs]
    org = Image.new("RGB", (760, 260), (255, 255, 255))
    d = ImageDraw.Draw(org)
    fnt = ImageFont.truetype(FONT_DIR + "Garuda.ttf", 14)
    d.rectangle((300, 10, 460, 45), outline=(0, 0, 0))
    d.text((312, 18), "ผู้อำนวยการเขตลาดพร้าว", font=fnt, fill=0)
    d.rectangle((300, 70, 460, 105), outline=(0, 0, 0))
    d.text((318, 78), "ผู้ช่วยผู้อำนวยการเขต", font=fnt, fill=0)
    divs = ["ปกครอง", "ทะเบียน", "การคลัง", "รายได้", "โยธา", "รักษาความสะอาดฯ", "สิ่งแวดล้อมฯ", "เทศกิจ", "พัฒนาชุมชนฯ", "การศึกษา"]
    for i, dv in enumerate(divs):
        x = 8 + i * 75
        d.rectangle((x, 150, x + 70, 200), outline=(0, 0, 0))
        d.text((x + 4, 165), "ฝ่าย" + dv if len(dv) < 6 else dv, font=ImageFont.truetype(FONT_DIR + "Garuda.ttf", 11), fill=0)
        d.line((x + 35, 150, x + 35, 130), fill=0)
    d.line((43, 130, 718, 130), fill=0)
    d.line((380, 105, 380, 130), fill=0)
    org.save(SITE / "images/org-chart.png")
    body = f"""<h2>ข้อมูลพื้นฐานของ{DIST}</h2>
<h3>โครงสร้างหน่วยงาน</h3><img src="/images/org-chart.png" alt="แผนภูมิโครงสร้าง{DIST}" width="760">
<h3>ผู้บริหาร</h3>{tbl(["รูป", "ชื่อ-สกุล", "ตำแหน่ง", "โทรศัพท์", "อีเมล"], rows)}<p class="note">ข้อมูล ณ ๑ กันยายน ๒๕๖๘</p>
<h3>อำนาจหน้าที่</h3><p>ปฏิบัติตาม พ.ร.บ. ระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘ มาตรา ๘๙ และประกาศกรุงเทพมหานครว่าด้วยการแบ่งส่วนราชการในสำนักงานเขต
ได้แก่ งานปกครองและทะเบียน การจัดเก็บรายได้ การโยธา การรักษาความสะอาด การสิ่งแวดล้อม เทศกิจ พัฒนาชุมชน และการศึกษา</p>
<h3>ติดต่อ</h3><p>{DIST} เลขที่ ๓๒๒๕ ถนนลาดพร้าว แขวงลาดพร้าว เขตลาดพร้าว กรุงเทพฯ ๑๐๒๓๐<br>โทรศัพท์ ๐ ๒๕๓๙ ๗๐๐๑–๘ · โทรสาร ๐ ๒๕๓๙ ๗๐๐๙ · อีเมล ladphrao@bangkok.go.th</p>
<p><iframe src="https://www.google.com/maps?q=สำนักงานเขตลาดพร้าว&output=embed" width="600" height="300" title="แผนที่"></iframe><br>
<button class="btn alt" data-href="https://maps.google.com/?q=สำนักงานเขตลาดพร้าว">เปิดแผนที่</button></p>
<h3>กฎหมายที่เกี่ยวข้อง</h3><ul><li>พ.ร.บ. ระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘</li><li>พ.ร.บ. การทะเบียนราษฎร พ.ศ. ๒๕๓๔</li>
<li>พ.ร.บ. ควบคุมอาคาร พ.ศ. ๒๕๒๒</li><li>พ.ร.บ. การสาธารณสุข พ.ศ. ๒๕๓๕</li><li>พ.ร.บ. ภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒</li>
<li>พ.ร.บ. การอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘</li></ul>"""
    write("ita/2568/basic.html", page("ข้อมูลพื้นฐาน | เขตลาดพร้าว", body))


def build_news():
    news = [("๕ ก.ย. ๒๕๖๘", "สรุปผลการลอกท่อระบายน้ำก่อนฤดูฝนตกหนัก", "ลอกท่อ ๒๘ ซอย รวม ๑๔.๒ กม. ลดจุดน้ำท่วมขังจาก ๙ จุด เหลือ ๓ จุด"),
            ("๒๘ ส.ค. ๒๕๖๘", "ผลการตรวจสถานประกอบการอาหาร เดือนสิงหาคม", "ตรวจ ๑๑๖ แห่ง ผ่านเกณฑ์ ๑๐๙ แห่ง แนะนำแก้ไข ๗ แห่ง"),
            ("๑๕ ส.ค. ๒๕๖๘", "เปิดสวน ๑๕ นาที ซอยลาดพร้าว ๔๒", "พื้นที่ ๑ ไร่ ๒ งาน ใช้งบประมาณ ๑.๙ ล้านบาท"),
            ("๓๐ ก.ค. ๒๕๖๘", "หน่วยบริการทะเบียนเคลื่อนที่ ชุมชนจรเข้บัว", "ให้บริการ ๒๔๒ ราย"),
            ("๑๐ ก.ค. ๒๕๖๘", "ผลการจัดระเบียบทางเท้าถนนโชคชัย ๔", "ยุบจุดผ่อนผัน ๒ จุด ทางเท้าโล่ง")]
    rows = "".join(f'<div class="item"><small>{d}</small><h3>{t}</h3><p>{x}</p></div>' for d, t, x in news)
    write("news/index.html", page("ข่าวสาร | เขตลาดพร้าว", "<h2>ข่าวประชาสัมพันธ์ผลการดำเนินงาน</h2>" + rows))


def build_schools():
    sch = [("โรงเรียนวัดลาดพร้าว", "ซอยลาดพร้าว ๙๒", "๐ ๒๕๓๘ ๑๘๖๔", 1120), ("โรงเรียนคลองจั่น (สหราษฎร์บำรุง)", "ถนนนวมินทร์", "๐ ๒๕๓๘ ๒๒๐๑", 486),
           ("โรงเรียนบ้านลาดพร้าว", "ซอยโชคชัย ๔", "๐ ๒๕๓๙ ๐๓๔๖", 731), ("โรงเรียนวัดสิงหาราม", "ซอยลาดพร้าว ๑๐๑", "๐ ๒๕๓๙ ๕๑๗๒", 398),
           ("โรงเรียนนาคนิวาสวิทยา", "ซอยลาดพร้าว ๗๑", "๐ ๒๕๓๙ ๘๘๐๔", 542)]
    rows = [(td(i + 1), n, a, t, td(f"{c:,}")) for i, (n, a, t, c) in enumerate(sch)]
    write("ita/2568/schools.html", page("โรงเรียนในเขต", "<h2>โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขตลาดพร้าว</h2>"
                                        + tbl(["ที่", "โรงเรียน", "ที่ตั้ง", "โทรศัพท์", "นักเรียน (คน)"], rows)
                                        + "<p class='note'>ข้อมูล ณ ๑๐ มิถุนายน ๒๕๖๘ ปีการศึกษา ๒๕๖๘</p>"))


def build_services():
    svc = [("registration", "งานทะเบียนราษฎร (แจ้งเกิด แจ้งย้าย แจ้งตาย)", "ฝ่ายทะเบียน", "๑๕–๓๐ นาที"),
           ("building", "การขออนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร", "ฝ่ายโยธา", "๔๕ วัน"),
           ("food", "ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "๓๐ วัน")]
    links = ""
    for slug, name, div, t in svc:
        pdf(f"files/2568/service/{slug}.pdf", f"คู่มือสำหรับประชาชน: {name}", [
            ("p", f"หน่วยงานที่ให้บริการ: {div} {DIST}"), ("p", f"ระยะเวลาดำเนินการ: {t}"),
            ("t", [["ขั้นตอน", "รายละเอียด", "ระยะเวลา"], ["๑", "ยื่นคำขอ และตรวจสอบเอกสาร", "-"], ["๒", "พิจารณา", t], ["๓", "แจ้งผล", "๑ วัน"]]),
            ("p", "ช่องทางร้องเรียน: ฝ่ายปกครอง โทร ๐ ๒๕๓๙ ๗๐๐๑ ต่อ ๒๑๑ หรือสายด่วน ๑๕๕๕"),
            ("p", "ฉบับปรับปรุง ตุลาคม ๒๕๖๗")])
        links += f'<li><a href="/files/2568/service/{slug}.pdf">{name} (PDF)</a></li>'
    doc = Document()
    doc.styles["Normal"].font.name = "Loma"
    doc.styles["Normal"].font.size = Pt(14)
    doc.add_heading("คู่มือสำหรับประชาชน: การชำระภาษีป้าย", 1)
    doc.add_paragraph(f"หน่วยงานที่ให้บริการ: ฝ่ายรายได้ {DIST}")
    doc.add_paragraph("เอกสาร: แบบ ภ.ป.๑ รูปถ่ายป้าย สำเนาบัตรประชาชน/หนังสือรับรองนิติบุคคล")
    doc.add_paragraph("ระยะเวลา: ๓๐ นาที · ยื่นแบบภายในเดือนมีนาคมของทุกปี")
    (SITE / "files/2568/service").mkdir(parents=True, exist_ok=True)
    doc.save(SITE / "files/2568/service/sign-tax.docx")
    links += '<li><a href="/files/2568/service/sign-tax.docx">การชำระภาษีป้าย (Word)</a></li>'
    write("service/manual.html", page("คู่มือสำหรับประชาชน", f"<h2>คู่มือสำหรับประชาชน</h2><ul>{links}</ul>"))


def build_eservice():
    body = """<h2>บริการออนไลน์ (E-Service)</h2><div class="grid">
<div class="card" data-href="https://oss.bangkok.go.th"><h4>BMA OSS</h4><p class="note">ยื่นขออนุญาตก่อสร้าง สถานประกอบการ ป้าย ออนไลน์</p></div>
<div class="card" data-href="https://q.bangkok.go.th"><h4>BMA Q</h4><p class="note">จองคิวงานทะเบียนล่วงหน้า</p></div>
<div class="card" data-href="https://traffy.in.th"><h4>Traffy Fondue</h4><p class="note">แจ้งปัญหาเมือง</p></div>
<div class="card" data-url="/eservice/request.html"><h4>ขอข้อมูลข่าวสารออนไลน์</h4><p class="note">แบบฟอร์มออนไลน์ของเขต</p></div></div>"""
    write("eservice/index.html", page("บริการออนไลน์", body))
    write("eservice/request.html", page("ขอข้อมูลข่าวสาร", """<h2>แบบคำขอข้อมูลข่าวสาร</h2><form onsubmit="alert('ส่งคำขอเรียบร้อย');return false">
<label>ชื่อ-สกุล <input name="n" required></label><br><label>เรื่อง <textarea name="q"></textarea></label><br><button class="btn">ส่ง</button></form>"""))


def build_budget_page():
    rows = [("งบบุคลากร", money(104.2e6)), ("งบดำเนินงาน", money(72.9e6)), ("งบลงทุน", money(41.3e6)), ("งบเงินอุดหนุน", money(7.4e6)), ("งบรายจ่ายอื่น", money(2.6e6))]
    body = f"""<h2>ข้อมูลงบประมาณ ปีงบประมาณ พ.ศ. ๒๕๖๘</h2>{tbl(["ประเภทงบ", "งบประมาณ (บาท)"], rows)}
<p>{bhref('/files/2568/budget-ordinance-2568.pdf', 'ข้อบัญญัติงบประมาณรายจ่ายประจำปี ๒๕๖๘ (ส่วนของเขตลาดพร้าว) (PDF)')}
{bhref('/files/2568/community-subsidy-2568.xlsx', 'ข้อมูลเงินอุดหนุนชุมชน ปี ๒๕๖๘ (Excel)', True)}</p>"""
    write("ita/2568/budget.html", page("ข้อมูลงบประมาณ", body))
    pdf("files/2568/budget-ordinance-2568.pdf", "ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (ส่วนของสำนักงานเขตลาดพร้าว)", [
        ("p", "ข้อบัญญัติ ประกาศ ณ วันที่ ๑๙ กันยายน ๒๕๖๗ กำหนดงบประมาณรายจ่าย ของสำนักงานเขตลาดพร้าว ดังนี้"),
        ("t", [["แผนงาน", "จำนวนเงิน (บาท)"], ["แผนงานบริหารทั่วไป", "๑๑๒,๔๐๐,๐๐๐"], ["แผนงานโยธา", "๕๘,๙๐๐,๐๐๐"],
               ["แผนงานรักษาความสะอาด", "๔๑,๒๐๐,๐๐๐"], ["แผนงานพัฒนาชุมชน", "๑๕,๙๐๐,๐๐๐"], ["รวม", "๒๒๘,๔๐๐,๐๐๐"]])])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "เงินอุดหนุนชุมชน ๒๕๖๘"
    ws.append(["ลำดับ", "ชุมชน", "จำนวนเงิน (บาท)", "วันที่อนุมัติ", "กิจกรรม"])
    for i, (c, a) in enumerate([("ชุมชนซอยลาดพร้าว ๘๗", 25000), ("ชุมชนจรเข้บัวพัฒนา", 25000), ("ชุมชนสหกรณ์ลาดพร้าว", 20000),
                                ("ชุมชนโชคชัย ๔ ร่วมใจ", 20000), ("ชุมชนวัดลาดพร้าว", 25000), ("ชุมชนนาคนิวาส", 15000)]):
        ws.append([i + 1, c, a, "๑๒ ธ.ค. ๒๕๖๗", "ส่งเสริมสุขภาพและคัดแยกขยะ"])
    wb.save(SITE / "files/2568/community-subsidy-2568.xlsx")


PROC_HEAD = ["ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง", "ราคากลาง", "วิธีซื้อหรือจ้าง",
             "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลง", "เหตุผลที่คัดเลือกโดยสรุป",
             "เลขที่และวันที่ของสัญญาหรือข้อตกลง"]
MONTHS = [(2567, 10, "ตุลาคม"), (2567, 11, "พฤศจิกายน"), (2567, 12, "ธันวาคม"), (2568, 1, "มกราคม"), (2568, 2, "กุมภาพันธ์"),
          (2568, 3, "มีนาคม"), (2568, 4, "เมษายน"), (2568, 5, "พฤษภาคม"), (2568, 6, "มิถุนายน"), (2568, 7, "กรกฎาคม"), (2568, 8, "สิงหาคม")]
ABBR = {1: "ม.ค.", 2: "ก.พ.", 3: "มี.ค.", 4: "เม.ย.", 5: "พ.ค.", 6: "มิ.ย.", 7: "ก.ค.", 8: "ส.ค.", 9: "ก.ย.",
        10: "ต.ค.", 11: "พ.ย.", 12: "ธ.ค."}
JOBS = [("ซื้อวัสดุสำนักงาน", 35000, "ร้านลาดพร้าวเครื่องเขียน"), ("จ้างซ่อมรถเก็บขยะ หมายเลข ๘๓-๔๔๑๒", 48000, "อู่ช่างเอกการช่าง"),
        ("ซื้อน้ำมันเชื้อเพลิง", 420000, "หจก.โชคชัยปิโตรเลียม"), ("จ้างเหมาซ่อมผิวจราจร ซอยลาดพร้าว ๘๐", 468000, "หจก.ทรัพย์ทวีโยธา"),
        ("จ้างเหมาลอกท่อระบายน้ำ", 1350000, "บริษัท ท่อสะอาด จำกัด"), ("ซื้อวัสดุการเกษตร (ต้นไม้)", 64000, "สวนไม้ประดับจรเข้บัว"),
        ("จ้างพิมพ์เอกสารภาษี", 38000, "โรงพิมพ์สหราษฎร์")]


def build_procurement():
    opts = ""
    for k, (y, m, name) in enumerate(MONTHS):
        f = f"files/2568/proc/skr1-{y}-{m:02d}.pdf"
        title = f"สรุปผลการดำเนินการจัดซื้อจัดจ้าง ในรอบเดือน{name} พ.ศ. {td(y)} ({DIST})"
        if k == 0:
            blocks = [("p", f"ในรอบเดือน{name} {td(y)} {DIST} ไม่มีการจัดซื้อจัดจ้าง เนื่องจากอยู่ระหว่างรอการจัดสรรงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
                      ("t", [PROC_HEAD, ["-", "ไม่มีการจัดซื้อจัดจ้าง", "-", "-", "-", "-", "-", "-", "-"]])]
        else:
            rows = [PROC_HEAD]
            for i in range(3):
                job, amt, win = JOBS[(k + i) % len(JOBS)]
                price = int(amt * 0.97)
                how = "e-bidding" if amt > 500000 else "เฉพาะเจาะจง"
                rows.append([td(i + 1), job, money(amt), money(amt), how, f"{win} {money(price)}", f"{win} {money(price)}",
                             "ราคาต่ำสุด คุณสมบัติครบถ้วน", f"{td(k * 10 + i + 5)}/{td(2568)} ลว. {td(3 + i * 7)} {ABBR[m]} {td(y % 100)}"])
            blocks = [("t", rows)]
        ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
        blocks.append(("sig", [f"ข้อมูล ณ วันที่ ๕ {ABBR[nm]} {td(ny)}", "ฝ่ายการคลัง " + DIST]))
        pdf(f, title, blocks, land=True)
        opts += f'<option value="/{f}">{name} {td(y)}</option>'
    ann = [("๒ ก.ย. ๒๕๖๘", "ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างเขื่อนริมคลองลาดพร้าว"), ("๒๐ ส.ค. ๒๕๖๘", "ประกาศประกวดราคา จ้างปรับปรุงอาคารศูนย์บริการสาธารณสุข"),
           ("๑๑ ก.ค. ๒๕๖๘", "ประกาศเผยแพร่ราคากลาง จ้างลอกท่อระบายน้ำ"), ("๑๘ พ.ย. ๒๕๖๗", "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. ๒๕๖๘")]
    body = f"""<h2>ข้อมูลการจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. ๒๕๖๘</h2>
<h3>ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง</h3>{tbl(["วันที่", "เรื่อง"], ann)}
<p>{bhref('https://egpbma.bangkok.go.th', 'ระบบ e-GPBMA', True)} {bhref('https://www.gprocurement.go.th', 'ระบบ e-GP กรมบัญชีกลาง', True)}</p>
<h3>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑)</h3>
<p>เลือกเดือน: <select onchange="if(this.value)window.open(this.value,'_blank')"><option value="">-- เลือกเดือน --</option>{opts}</select></p>"""
    write("ita/2568/procurement.html", page("จัดซื้อจัดจ้าง ๒๕๖๘", body))


def build_complaint():
    body = """<h2>ช่องทางการร้องเรียนการทุจริตและข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี</h2>
<p>ประชาชนสามารถแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่สำนักงานเขตลาดพร้าวได้ทางช่องทางต่อไปนี้ โดยข้อมูลผู้ร้องจะถูกเก็บเป็นความลับ</p>
<ul><li>ด้วยตนเอง ณ ฝ่ายปกครอง ชั้น ๒</li><li>ไปรษณีย์ ถึงผู้อำนวยการเขตลาดพร้าว ๓๒๒๕ ถนนลาดพร้าว กรุงเทพฯ ๑๐๒๓๐</li>
<li>โทร ๐ ๒๕๓๙ ๗๐๐๑ ต่อ ๒๑๑ / สายด่วน ๑๕๕๕</li><li>อีเมล ladphrao.complaint@bangkok.go.th</li>
<li>Traffy Fondue หมวด “ร้องเรียนเจ้าหน้าที่”</li></ul>
<div class="grid"><div class="card" data-url="/eservice/request.html"><h4>แบบฟอร์มร้องเรียนออนไลน์</h4></div></div>"""
    write("ita/2568/complaint.html", page("ร้องเรียนการทุจริต", body))


def build_documents():
    sig68 = [f"({DIRECTOR})", "ผู้อำนวยการเขตลาดพร้าว"]
    scan_pdf("files/2568/governor-policy-plan-2568.pdf", [
        "นโยบายผู้ว่าราชการกรุงเทพมหานคร และแผนพัฒนา", "สำนักงานเขตลาดพร้าว ปีงบประมาณ พ.ศ. ๒๕๖๘",
        "๑. นโยบาย ๙ ดี ๙ ด้าน: ปลอดภัยดี เดินทางดี สิ่งแวดล้อมดี", "   โครงสร้างดี สุขภาพดี เรียนดี เศรษฐกิจดี สังคมดี บริหารจัดการดี",
        "๒. แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี (พ.ศ. ๒๕๖๑ - ๒๕๘๐)", "   ระยะที่ ๓ (พ.ศ. ๒๕๖๖ - ๒๕๗๐)",
        "๓. แผนพัฒนาเขตลาดพร้าว ประจำปี ๒๕๖๘", "   - พัฒนาสวน ๑๕ นาที ๓ แห่ง", "   - ติดตั้งไฟส่องสว่าง ๔๐ จุด ในซอยเปลี่ยว",
        "   - ลอกท่อระบายน้ำ ๓๐ ซอย ก่อนฤดูฝน", "   - คัดแยกขยะต้นทาง ๓๔ ชุมชน", "", "ประกาศ ณ วันที่ ๑๕ ตุลาคม ๒๕๖๗", f"({DIRECTOR})", "ผู้อำนวยการเขตลาดพร้าว"])
    (SITE / "store").mkdir(parents=True, exist_ok=True)
    pdf("store/ap68.pdf", "แผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๘ สำนักงานเขตลาดพร้าว", [
        ("p", "แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘)"),
        ("t", [["โครงการ", "ฝ่าย", "งบประมาณ (บาท)", "ตัวชี้วัด"], ["ลอกท่อระบายน้ำ", "ฝ่ายโยธา", "๑,๓๕๐,๐๐๐", "๓๐ ซอย"],
               ["สวน ๑๕ นาที", "ฝ่ายรักษาความสะอาดฯ", "๑,๙๐๐,๐๐๐", "๓ แห่ง"], ["ทะเบียนเคลื่อนที่", "ฝ่ายทะเบียน", "๖๐,๐๐๐", "๖ ครั้ง"]]),
        ("sig", ["อนุมัติ ณ วันที่ ๒๘ ตุลาคม ๒๕๖๗"] + sig68)])
    served("ap68", "store/ap68.pdf", "application/pdf")
    pdf("store/ar67.pdf", "รายงานผลการปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๗ สำนักงานเขตลาดพร้าว", [
        ("p", "รายงานผล ตั้งแต่ ๑ ตุลาคม ๒๕๖๖ ถึง ๓๐ กันยายน ๒๕๖๗"),
        ("t", [["โครงการ", "เป้าหมาย", "ผล", "ร้อยละ"], ["ลอกท่อระบายน้ำ", "๒๘ ซอย", "๒๘ ซอย", "๑๐๐"], ["สวน ๑๕ นาที", "๒ แห่ง", "๒ แห่ง", "๑๐๐"],
               ["ปรับปรุงทางเท้า", "๒.๐ กม.", "๑.๖ กม.", "๘๐"]]),
        ("h", "ปัญหา อุปสรรค และข้อเสนอแนะ"), ("p", "งานปรับปรุงทางเท้า ล่าช้า เนื่องจาก ฝนตกต่อเนื่อง ข้อเสนอแนะ: ปรับแผนให้เริ่มงานก่อนฤดูฝน"),
        ("sig", ["รายงาน ณ วันที่ ๒๕ ตุลาคม ๒๕๖๗"] + sig68)])
    served("ar67", "store/ar67.pdf", "application/pdf")
    pdf("files/2568/duty-manual-2568.pdf", "คู่มือการปฏิบัติงาน สำนักงานเขตลาดพร้าว (ทุกฝ่าย) ฉบับ พ.ศ. ๒๕๖๘", [
        ("t", [["ฝ่าย", "กระบวนงานหลัก", "มาตรฐานเวลา"]] + [[d, "รับเรื่อง → ตรวจสอบ → พิจารณา → แจ้งผล", "ตามคู่มือ"] for d in
               ["ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายรายได้", "ฝ่ายโยธา", "ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล",
                "ฝ่ายเทศกิจ", "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "ฝ่ายการศึกษา"]]), ("p", "ฉบับปรับปรุง ตุลาคม ๒๕๖๗")])
    # O9 tax statistics (xlsx, attachment)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "สถิติภาษี ๒๕๖๘"
    ws.append(["สถิติการจัดเก็บภาษี สำนักงานเขตลาดพร้าว ปีงบประมาณ พ.ศ. ๒๕๖๘ (ข้อมูล ณ ๕ ก.ย. ๒๕๖๘)"])
    ws.append(["เดือน", "ภาษีที่ดินและสิ่งปลูกสร้าง (บาท)", "ภาษีป้าย (บาท)", "รวม (บาท)"])
    land = [1.4, 1.1, 1.9, 4.6, 7.8, 16.2, 24.9, 6.3, 2.7, 2.1, 1.3]
    sign = [0.5, 0.4, 0.3, 1.1, 1.9, 3.2, 0.7, 0.4, 0.3, 0.2, 0.2]
    for (y, m, n), a, b in zip(MONTHS, land, sign):
        ws.append([f"{n} {td(y)}", a * 1e6, b * 1e6, (a + b) * 1e6])
    ws.append(["รวม", sum(land) * 1e6, sum(sign) * 1e6, (sum(land) + sum(sign)) * 1e6])
    wb.save(SITE / "store/tax-stat-2568.xlsx")
    served("tax68", "store/tax-stat-2568.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "tax-stat-2568.xlsx")
    # O10 stale revenue statistics FY2566
    m66 = ["ต.ค. ๖๕", "พ.ย. ๖๕", "ธ.ค. ๖๕", "ม.ค. ๖๖", "ก.พ. ๖๖", "มี.ค. ๖๖", "เม.ย. ๖๖", "พ.ค. ๖๖", "มิ.ย. ๖๖", "ก.ค. ๖๖", "ส.ค. ๖๖", "ก.ย. ๖๖"]
    pdf("files/2566/revenue-stat-2566.pdf", "สถิติการจัดเก็บรายได้ สำนักงานเขตลาดพร้าว ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", [
        ("t", [["เดือน", "ค่าธรรมเนียม", "ค่าปรับ", "รวม"]] + [[m, money(150000 + i * 7300), money(41000 + i * 1900), money(191000 + i * 9200)] for i, m in enumerate(m66)]),
        ("p", "ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๖ ฝ่ายรายได้")])
    pdf("files/2568/license-checklist-2568.pdf", "รายการตรวจ (Checklist) การพิจารณาออกใบอนุญาต สำนักงานเขตลาดพร้าว ปี ๒๕๖๘", [
        ("h", "๑. ใบอนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร"),
        ("t", [["ที่", "รายการตรวจ", "ผล"], ["๑", "แบบคำขอ ข.๑ ครบถ้วน", "☐"], ["๒", "สำเนาโฉนดที่ดิน", "☐"], ["๓", "แบบแปลน ๕ ชุด", "☐"], ["๔", "รายการคำนวณ ลงนามวิศวกร", "☐"]]),
        ("h", "๒. ใบอนุญาตสถานที่จำหน่ายอาหาร"),
        ("t", [["ที่", "รายการตรวจ", "ผล"], ["๑", "แบบ สอ.๑", "☐"], ["๒", "ใบรับรองแพทย์ ผู้สัมผัสอาหาร", "☐"], ["๓", "บ่อดักไขมัน", "☐"]])])
    pdf("store/bp68.pdf", "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ สำนักงานเขตลาดพร้าว", [
        ("t", [["ประเภทงบ", "งบประมาณ", "ไตรมาส ๑", "ไตรมาส ๒", "ไตรมาส ๓", "ไตรมาส ๔"],
               ["งบบุคลากร", "๑๐๔,๒๐๐,๐๐๐", "๒๖,๐๕๐,๐๐๐", "๒๖,๐๕๐,๐๐๐", "๒๖,๐๕๐,๐๐๐", "๒๖,๐๕๐,๐๐๐"],
               ["งบดำเนินงาน", "๗๒,๙๐๐,๐๐๐", "๑๕,๒๐๐,๐๐๐", "๑๙,๑๐๐,๐๐๐", "๒๐,๔๐๐,๐๐๐", "๑๘,๒๐๐,๐๐๐"],
               ["งบลงทุน", "๔๑,๓๐๐,๐๐๐", "๒,๑๐๐,๐๐๐", "๙,๘๐๐,๐๐๐", "๑๖,๔๐๐,๐๐๐", "๑๓,๐๐๐,๐๐๐"]]),
        ("sig", ["ณ วันที่ ๒๐ ตุลาคม ๒๕๖๗"] + sig68)], land=True)
    served("bp68", "store/bp68.pdf", "application/pdf")
    pdf("store/br67.pdf", "รายงานผลการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ สำนักงานเขตลาดพร้าว", [
        ("t", [["ประเภทงบ", "ได้รับ", "เบิกจ่าย", "ร้อยละ"], ["งบบุคลากร", "๑๐๑,๘๐๐,๐๐๐", "๑๐๑,๒๐๐,๐๐๐", "๙๙.๔๑"],
               ["งบดำเนินงาน", "๗๐,๑๐๐,๐๐๐", "๖๗,๓๐๐,๐๐๐", "๙๖.๐๑"], ["งบลงทุน", "๓๘,๖๐๐,๐๐๐", "๓๓,๙๐๐,๐๐๐", "๘๗.๘๒"]]),
        ("p", "ปัญหาอุปสรรค: งบลงทุน เบิกจ่ายไม่ทัน เนื่องจาก ผู้รับจ้าง ขอขยายเวลา"),
        ("sig", ["รายงาน ณ วันที่ ๑๕ ตุลาคม ๒๕๖๗"] + sig68)])
    served("br67", "store/br67.pdf", "application/pdf")
    pdf("files/2568/hr-criteria-2568.pdf", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล สำนักงานเขตลาดพร้าว ปี ๒๕๖๘", [
        ("h", "๑. การสรรหาและเลือกสรร"), ("p", "ดำเนินการตาม หลักเกณฑ์ ก.ก. อย่างเปิดเผย และเป็นธรรม"),
        ("h", "๒. การแต่งตั้งและโยกย้าย"), ("p", "พิจารณาจาก ความรู้ ความสามารถ และผลการปฏิบัติงาน"),
        ("h", "๓. การพัฒนาบุคลากร"), ("p", "ทุกคน ได้รับการพัฒนา ไม่น้อยกว่า ๑๐ ชั่วโมง ต่อปี"),
        ("h", "๔. การประเมินผลและการให้คุณให้โทษ"), ("p", "ประเมิน ปีละ ๒ รอบ (๑ ต.ค. และ ๑ เม.ย.)"),
        ("sig", ["ประกาศ ณ วันที่ ๗ ตุลาคม ๒๕๖๗"] + sig68)])
    pdf("files/2568/anti-bribery-policy-2568.pdf", "ประกาศสำนักงานเขตลาดพร้าว เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)", [
        ("p", "สำนักงานเขตลาดพร้าว มุ่งมั่น ที่จะบริหารงาน ด้วยความซื่อสัตย์สุจริต จึงกำหนด นโยบาย ดังนี้"),
        ("p", "๑. บุคลากรทุกคน ต้องไม่เรียก รับ หรือยอมจะรับ สินบน ในทุกรูปแบบ"),
        ("p", "๒. ไม่รับของขวัญ และของกำนัลทุกชนิด จากการปฏิบัติหน้าที่ (No Gift Policy)"),
        ("p", "๓. จัดให้มี ช่องทางแจ้งเบาะแส และคุ้มครอง ผู้แจ้ง"),
        ("sig", ["ประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๗"] + sig68)])
    pdf("files/2568/anti-bribery-report-6m-2568.pdf", "รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน รอบ ๖ เดือน (ตุลาคม ๒๕๖๗ – มีนาคม ๒๕๖๘)", [
        ("t", [["กิจกรรม", "ผล"], ["ประชุมชี้แจงนโยบาย", "๒ ครั้ง ผู้เข้าร่วม ๒๘๖ คน"], ["ติดป้าย No Gift Policy", "ครบทุกจุดบริการ"], ["เรื่องแจ้งเบาะแส", "ไม่มี"]]),
        ("sig", ["รายงาน ณ วันที่ ๘ เมษายน ๒๕๖๘"] + sig68)])
    pdf("files/2568/bribery-risk-2568.pdf", "การประเมินความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ สำนักงานเขตลาดพร้าว", [
        ("t", [["กระบวนงาน", "ความเสี่ยง", "ระดับ", "มาตรการ"], ["อนุญาตก่อสร้าง", "เรียกรับเงิน เร่งรัดพิจารณา", "สูง", "ยื่นผ่าน BMA OSS"],
               ["ตรวจสถานประกอบการ", "รับของกำนัล", "ปานกลาง", "ตรวจเป็นทีม"], ["จัดระเบียบผู้ค้า", "รับเงินผ่อนผัน", "ปานกลาง", "หมุนเวียนเจ้าหน้าที่"]]),
        ("sig", ["ประกาศ ณ วันที่ ๒๔ ตุลาคม ๒๕๖๗"] + sig68)], land=True)
    doc = Document()
    doc.styles["Normal"].font.name = "Loma"
    doc.add_heading("แนวทางปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่ สำนักงานเขตลาดพร้าว ปีงบประมาณ พ.ศ. ๒๕๖๘", 1)
    for ln in ["๑. พิจารณาคำขอ ตามรายการตรวจ (Checklist) และกรอบเวลาในคู่มือประชาชน",
               "๒. บันทึกเหตุผล ทุกครั้งที่ใช้ดุลยพินิจ", "๓. แจ้งเหตุผล และสิทธิอุทธรณ์ เมื่อไม่อนุญาต ภายใน ๗ วัน",
               "๔. หัวหน้าฝ่าย สุ่มตรวจ เดือนละ ๑ ครั้ง", "", "ประกาศ ณ วันที่ ๔ พฤศจิกายน ๒๕๖๗", f"({DIRECTOR})", "ผู้อำนวยการเขตลาดพร้าว"]:
        doc.add_paragraph(ln)
    doc.save(SITE / "store/discretion-2568.docx")
    served("disc68", "store/discretion-2568.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "discretion-2568.docx")
    pdf("files/2568/state-property-2568.pdf", "แนวทางการจัดการทรัพย์สินของราชการ ของบริจาค และการจัดเก็บของกลาง สำนักงานเขตลาดพร้าว ปี ๒๕๖๘", [
        ("h", "๑. ทรัพย์สินของราชการ"), ("p", "การยืมใช้ ต้องมีบันทึกขออนุญาต และคืน ภายในกำหนด ห้ามนำไปใช้ ประโยชน์ส่วนตน"),
        ("h", "๒. ของบริจาค"), ("p", "รับบริจาค ผ่านฝ่ายการคลัง ออกใบอนุโมทนาบัตร และลงทะเบียน คุมทุกรายการ"),
        ("h", "๓. ของกลาง"), ("p", "ฝ่ายเทศกิจ จัดเก็บในห้องเก็บของกลาง มีบัญชีรับ–จ่าย และตรวจนับ ทุกเดือน"),
        ("sig", ["ประกาศ ณ วันที่ ๑๑ พฤศจิกายน ๒๕๖๗"] + sig68)])
    # --- FY2567 documents (old page; O22 of the 2568 page points to one of them)
    old_sig = ["(นางสาวอรุณี พงษ์ไพบูลย์)", "ผู้อำนวยการเขตลาดพร้าว"]
    pdf("files/2567/ita-measures-2567.pdf", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน สำนักงานเขตลาดพร้าว ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", [
        ("p", "จากผลการประเมิน ITA ประจำปี ๒๕๖๖ สำนักงานเขตลาดพร้าว ได้คะแนน ๘๙.๑๒ จึงกำหนดมาตรการ ดังนี้"),
        ("t", [["ประเด็น", "มาตรการ", "ผู้รับผิดชอบ"], ["การเปิดเผยข้อมูล", "ตรวจสอบเว็บไซต์ เดือนละ ๑ ครั้ง", "ฝ่ายปกครอง"],
               ["การจัดซื้อจัดจ้าง", "เผยแพร่ สขร.๑ ทุกเดือน", "ฝ่ายการคลัง"]]),
        ("h", "รายงานผลการดำเนินการ รอบ ๖ เดือน (ตุลาคม ๒๕๖๖ – มีนาคม ๒๕๖๗)"),
        ("t", [["มาตรการ", "ผล"], ["ตรวจสอบเว็บไซต์", "ดำเนินการ ๖ ครั้ง"], ["เผยแพร่ สขร.๑", "ครบ ๖ เดือน"]]),
        ("sig", ["ประกาศ ณ วันที่ ๑๒ ตุลาคม ๒๕๖๖"] + old_sig)])
    pdf("files/2567/action-plan-2567.pdf", "แผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๗ สำนักงานเขตลาดพร้าว", [
        ("t", [["โครงการ", "งบประมาณ"], ["ลอกท่อระบายน้ำ", "๑,๒๐๐,๐๐๐"], ["สวน ๑๕ นาที", "๑,๕๐๐,๐๐๐"]]), ("sig", ["ณ วันที่ ๓๐ ตุลาคม ๒๕๖๖"] + old_sig)])
    pdf("files/2567/revenue-stat-2567.pdf", "สถิติการจัดเก็บรายได้ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (ต.ค. ๖๖ – มี.ค. ๖๗)", [
        ("t", [["เดือน", "รวม (บาท)"]] + [[m, money(180000 + i * 8100)] for i, m in enumerate(["ต.ค. ๖๖", "พ.ย. ๖๖", "ธ.ค. ๖๖", "ม.ค. ๖๗", "ก.พ. ๖๗", "มี.ค. ๖๗"])])])
    pdf("files/2567/procurement-summary-2567.pdf", "สรุปผลการจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. ๒๕๖๗ (ตุลาคม ๒๕๖๖ – มีนาคม ๒๕๖๗)", [
        ("t", [PROC_HEAD, ["๑", "ซื้อวัสดุสำนักงาน", "๓๒,๐๐๐.๐๐", "๓๒,๐๐๐.๐๐", "เฉพาะเจาะจง", "ร้านลาดพร้าวเครื่องเขียน ๓๑,๕๐๐.๐๐",
                           "ร้านลาดพร้าวเครื่องเขียน ๓๑,๕๐๐.๐๐", "ราคาต่ำสุด", "๑๒/๒๕๖๗ ลว. ๙ พ.ย. ๖๖"]])], land=True)
    pdf("files/2567/complaint-stat-2567.pdf", "สถิติเรื่องร้องเรียนการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", [
        ("t", [["เดือน", "ได้รับ", "ดำเนินการแล้ว"]] + [[m, "๐", "๐"] for m in ["ต.ค. ๖๖", "พ.ย. ๖๖", "ธ.ค. ๖๖", "ม.ค. ๖๗", "ก.พ. ๖๗"]] + [["มี.ค. ๖๗", "๑", "๑"]])])
    pdf("files/2567/risk-report-2567.pdf", "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน ปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๖ เดือน", [
        ("t", [["ความเสี่ยง", "ผลการจัดการ"], ["อนุญาตก่อสร้าง", "คำขอผ่านระบบ ๑๐๐%"], ["จัดระเบียบผู้ค้า", "ไม่พบเรื่องร้องเรียน"]]),
        ("sig", ["รายงาน ณ วันที่ ๑๐ เมษายน ๒๕๖๗"] + old_sig)])


if __name__ == "__main__":
    build()
    meta_path = HERE / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    meta.setdefault("server", {})
    meta["server"]["files"] = SERVER_FILES
    meta["server"]["status"] = {"/tracking/status.php": 500}
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    print("files:", sum(1 for p in SITE.rglob("*") if p.is_file()))
