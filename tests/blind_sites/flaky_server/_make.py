#!/usr/bin/env python3
"""Generate the `flaky_server` fixture site (สำนักงานเขตสายไหม, framework bma-2567,
as_of 2025-06-20 = FY2568).  A district site on a struggling server: some pages
answer 500/503, some documents 404/403 (meta.json server.status), an old menu
link loops, a document redirects to a login page, robots.txt hides a folder
that holds real evidence, pages with wrong charset declarations.
Deterministic: re-running produces the same files (PDF timestamps fixed).
"""
import json
import os
import random
import shutil
from html import escape

from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
NAME = "สำนักงานเขตสายไหม"
FONTDIR = "/usr/share/fonts/truetype/tlwg/"
rl_config.invariant = 1
pdfmetrics.registerFont(TTFont("Garuda", FONTDIR + "Garuda.ttf"))
pdfmetrics.registerFont(TTFont("Garuda-Bold", FONTDIR + "Garuda-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Loma", FONTDIR + "Loma.ttf"))

TD = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(x):
    return str(x).translate(TD)


MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
          "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
MABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
         "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def dth(y, m, d, thai=True):
    s = f"{d} {MONTHS[m-1]} {y+543}"
    return th(s) if thai else s


def money(x, thai=False):
    s = f"{x:,.2f}"
    return th(s) if thai else s


CUR_DIR = "นายชยพล ศรีวัฒนากุล"
DIVS = [
    ("ฝ่ายปกครอง", "pokkrong"), ("ฝ่ายทะเบียน", "tabien"), ("ฝ่ายการคลัง", "klang"),
    ("ฝ่ายรายได้", "rayadai"), ("ฝ่ายโยธา", "yotha"), ("ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "cleaning"),
    ("ฝ่ายเทศกิจ", "tessakij"), ("ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "environment"),
    ("ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "community"), ("ฝ่ายการศึกษา", "education"),
]


# --------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------
def out_path(rel):
    p = os.path.join(SITE, rel.lstrip("/"))
    if rel.endswith("/"):
        p = os.path.join(p, "index.html")
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def write_text(rel, text, encoding="utf-8", bom=False):
    data = text.encode(encoding, errors="xmlcharrefreplace")
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(out_path(rel), "wb") as f:
        f.write(data)


ST = ParagraphStyle("t", fontName="Garuda", fontSize=11, leading=17)
ST_S = ParagraphStyle("s", fontName="Garuda", fontSize=9, leading=13)
ST_H = ParagraphStyle("h", fontName="Garuda-Bold", fontSize=14, leading=22, alignment=1)
ST_H2 = ParagraphStyle("h2", fontName="Garuda-Bold", fontSize=12, leading=19)
ST_R = ParagraphStyle("r", fontName="Garuda", fontSize=11, leading=17, alignment=1, leftIndent=220)


def pdf(rel, title_lines, blocks, land=False, author="สำนักงานเขตสายไหม"):
    """blocks: list of ('p', text) | ('h', text) | ('t', [header], [rows], widths|None) | ('sig', name, pos) | ('sp',)"""
    path = out_path(rel)
    size = landscape(A4) if land else A4
    doc = SimpleDocTemplate(path, pagesize=size, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title=title_lines[0], author=author, creator="Microsoft Word 2016",
                            producer="Microsoft Word 2016")
    story = [Paragraph(escape(t), ST_H) for t in title_lines] + [Spacer(1, 8)]
    for b in blocks:
        if b[0] == "p":
            story.append(Paragraph(b[1], ST))
            story.append(Spacer(1, 4))
        elif b[0] == "h":
            story.append(Paragraph(b[1], ST_H2))
        elif b[0] == "sp":
            story.append(Spacer(1, 14))
        elif b[0] == "sig":
            story.append(Spacer(1, 18))
            for line in ["(ลงชื่อ) ...................................", f"({b[1]})", b[2]] + list(b[3:]):
                story.append(Paragraph(line, ST_R))
        elif b[0] == "t":
            hdr, rows = b[1], b[2]
            widths = b[3] if len(b) > 3 else None
            data = [[Paragraph(f"<b>{h}</b>", ST_S) for h in hdr]] + \
                   [[Paragraph(str(c), ST_S) for c in r] for r in rows]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef7")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
    doc.build(story)


def xlsx(rel, title, hdr, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append([title])
    ws["A1"].font = Font(bold=True)
    ws.append(hdr)
    for r in rows:
        ws.append(r)
    for col in "ABCDEFGHIJ":
        ws.column_dimensions[col].width = 24
    wb.properties.creator = "ฝ่ายการคลัง"
    import datetime
    wb.properties.created = datetime.datetime(2025, 6, 5, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 6, 5, 9, 0, 0)
    wb.save(out_path(rel))


def docx(rel, title, paras, table_=None):
    d = Document()
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table_:
        hdr, rows = table_
        t = d.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = h
        for r in rows:
            cells = t.add_row().cells
            for i, c in enumerate(r):
                cells[i].text = str(c)
    import datetime
    d.core_properties.created = datetime.datetime(2025, 4, 25, 10, 0, 0)
    d.core_properties.modified = datetime.datetime(2025, 4, 25, 10, 0, 0)
    d.core_properties.author = "ฝ่ายปกครอง"
    d.save(out_path(rel))


# --------------------------------------------------------------------------
# HTML chrome
# --------------------------------------------------------------------------
def head(title, charset_decl="utf-8", http_equiv=False):
    meta = (f'<meta http-equiv="Content-Type" content="text/html; charset={charset_decl}">' if http_equiv
            else f'<meta charset="{charset_decl}">')
    return f"""<!DOCTYPE html>
<html lang="th">
<head>
{meta}
<title>{escape(title)} | {NAME}</title>
<link rel="stylesheet" href="/assets/style.css">
</head>"""


NAV = """<div id="hdr"><img src="/assets/logo.png" alt="" width="56" height="56"><div><b>สำนักงานเขตสายไหม</b><br><small>Sai Mai District Office, Bangkok</small></div></div>
<ul id="nav">
<li><a href="/">หน้าแรก</a></li>
<li><a href="/about/">ข้อมูลหน่วยงาน</a></li>
<li><a href="/news.php?cat=1">ข่าวประชาสัมพันธ์</a></li>
<li><a href="/school.php">โรงเรียนในสังกัด</a></li>
<li><a href="/eservice/">บริการออนไลน์</a></li>
<li><a href="/procurement/">จัดซื้อจัดจ้าง</a></li>
<li><a href="/service-manual/">คู่มือประชาชน</a></li>
<li><a href="/ita/2568/">ITA 2568</a></li>
<li><a href="/complaint/">ร้องเรียนการทุจริต</a></li>
<li><a href="/about/contact.html">ติดต่อเรา</a></li>
</ul>"""

FOOT = """<div id="ft">สำนักงานเขตสายไหม เลขที่ ๙๙ ถนนสุขาภิบาล ๕ แขวงสายไหม เขตสายไหม กรุงเทพมหานคร ๑๐๒๒๐ ·
โทร ๐๒-๑๕๘-๐๔๐๐ · โทรสาร ๐๒-๑๕๘-๐๔๐๙ · saimai@bangkok.go.th<br>
Facebook: <a href="https://www.facebook.com/saimaidistrict">สำนักงานเขตสายไหม</a> · LINE OA @saimaibma · © 2568</div>"""


def html(title, body, charset_decl="utf-8", http_equiv=False):
    return f"""{head(title, charset_decl, http_equiv)}
<body>
{NAV}
<div id="main">
<h1>{escape(title)}</h1>
{body}
</div>
{FOOT}
</body>
</html>
"""


def tbl(hdr, rows):
    h = "".join(f"<th>{x}</th>" for x in hdr)
    b = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><tr>{h}</tr>{b}</table>"


CSS = """body{font-family:Tahoma,'Sarabun',sans-serif;margin:0;background:#eef2f7;font-size:14px}
#hdr{background:#123e7c;color:#fff;padding:10px 20px;display:flex;gap:12px;align-items:center}
#nav{list-style:none;margin:0;padding:0 10px;background:#1b5bb5}#nav li{display:inline-block}
#nav a{color:#fff;display:block;padding:8px 10px;text-decoration:none}
#main{background:#fff;max-width:1100px;margin:14px auto;padding:16px 24px}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #aab;padding:4px 6px;vertical-align:top}
th{background:#e3eaf5}#ft{background:#222;color:#ccc;padding:14px 20px;font-size:12px}
.dl{display:inline-block;background:#1b5bb5;color:#fff;padding:2px 8px;border-radius:3px;text-decoration:none;margin:2px}
"""


# --------------------------------------------------------------------------
# documents
# --------------------------------------------------------------------------
def make_documents():
    # ---- O2 governor policy and BMA plans
    goods = ["ปลอดภัยดี", "เดินทางดี", "สิ่งแวดล้อมดี", "สุขภาพดี", "เรียนดี", "เศรษฐกิจดี",
             "สังคมดี", "โครงสร้างดี", "บริหารจัดการดี"]
    pdf("/files/policy/bma-dev-plan-20y-phase3.pdf",
        ["แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๓ (พ.ศ. ๒๕๖๖ – ๒๕๗๐)", "(ฉบับสรุปสำหรับเผยแพร่ในพื้นที่เขตสายไหม)"],
        [("p", "แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี (พ.ศ. ๒๕๖๑ – ๒๕๘๐) กำหนดวิสัยทัศน์ “กรุงเทพฯ มหานครแห่งเอเชีย” "
               "ระยะที่ ๓ ครอบคลุมปี พ.ศ. ๒๕๖๖ – ๒๕๗๐ โดยปรับให้สอดคล้องกับนโยบายของผู้ว่าราชการกรุงเทพมหานคร"),
         ("h", "มิติการพัฒนา ๗ มิติ"),
         ("t", ["มิติ", "สาระสำคัญ"], [["๑ มหานครปลอดภัย", "ลดอุบัติเหตุ อาชญากรรม และภัยพิบัติ"],
                                        ["๒ มหานครสีเขียว สะดวกสบาย", "เพิ่มพื้นที่สีเขียว ลดมลพิษ"],
                                        ["๓ มหานครสำหรับทุกคน", "ลดความเหลื่อมล้ำ"],
                                        ["๔ มหานครกะทัดรัด", "พัฒนาเมืองตามผังเมืองรวม"],
                                        ["๕ มหานครประชาธิปไตย", "การมีส่วนร่วมของประชาชน"],
                                        ["๖ มหานครแห่งเศรษฐกิจและการเรียนรู้", "เศรษฐกิจฐานราก"],
                                        ["๗ การบริหารจัดการเมืองมหานคร", "ระบบบริหารที่โปร่งใส"]], [60 * mm, 110 * mm])])
    pdf("/files/policy/bma-action-plan-2568.pdf",
        ["แผนปฏิบัติราชการกรุงเทพมหานคร ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "(ส่วนที่เกี่ยวข้องกับสำนักงานเขตสายไหม)"],
        [("p", "แผนปฏิบัติราชการประจำปี ๒๕๖๘ ของกรุงเทพมหานคร ขับเคลื่อนนโยบาย ๙ ดี ๙ ด้าน ของผู้ว่าราชการกรุงเทพมหานคร"),
         ("t", ["นโยบาย", "ตัวอย่างโครงการในพื้นที่เขตสายไหม"],
          [[g, p] for g, p in zip(goods, ["ติดตั้งไฟส่องสว่าง ๑๒๐ จุด", "ปรับปรุงทางเท้าถนนสายไหม", "สวน ๑๕ นาที ๓ แห่ง",
                                          "คัดกรองสุขภาพผู้สูงอายุ", "ห้องเรียนดิจิทัลโรงเรียนในสังกัด", "ตลาดนัดชุมชน",
                                          "ศูนย์บริการผู้สูงอายุ", "ขุดลอกคลองสอง", "ลดขั้นตอนบริการด้วย BMA OSS"])],
          [60 * mm, 110 * mm])])

    # ---- O5 action plan 2568 + annual report 2567 (robots-disallowed folder)
    proj = [("ปรับปรุงทางเท้าถนนสายไหม ช่วงซอยสายไหม ๕๖ – ๗๙", "4,850,000", "ฝ่ายโยธา", "ม.ค. – ก.ค. 68"),
            ("ขุดลอกคลองสองและคลองลำผักชี", "2,300,000", "ฝ่ายโยธา", "พ.ย. 67 – เม.ย. 68"),
            ("สวน 15 นาที ซอยสุขาภิบาล 5 ซอย 32", "1,200,000", "ฝ่ายรักษาความสะอาดฯ", "ก.พ. – ส.ค. 68"),
            ("ฝึกอบรม อปพร. และฝึกซ้อมแผนอัคคีภัยชุมชน", "310,000", "ฝ่ายปกครอง", "ธ.ค. 67 – มี.ค. 68"),
            ("คัดแยกขยะต้นทาง ชุมชนปลอดถังขยะ", "150,000", "ฝ่ายรักษาความสะอาดฯ", "ต.ค. 67 – ก.ย. 68"),
            ("ตรวจสุขลักษณะสถานประกอบการอาหาร", "80,000", "ฝ่ายสิ่งแวดล้อมฯ", "ต.ค. 67 – ก.ย. 68")]
    pdf("/files/oit/action-plan-2568.pdf",
        ["แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568", "สำนักงานเขตสายไหม"],
        [("p", "สำนักงานเขตสายไหมจัดทำแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568 (1 ตุลาคม 2567 – 30 กันยายน 2568) "
               "ให้สอดคล้องกับแผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี ระยะที่ 3 และนโยบาย 9 ดี 9 ด้าน"),
         ("t", ["โครงการ", "งบประมาณ (บาท)", "ผู้รับผิดชอบ", "ระยะเวลา"], [list(p) for p in proj],
          [75 * mm, 28 * mm, 35 * mm, 32 * mm]),
         ("h", "ตัวชี้วัด"), ("p", "ร้อยละความสำเร็จของโครงการตามแผน ไม่น้อยกว่าร้อยละ 80"),
         ("sig", CUR_DIR, "ผู้อำนวยการเขตสายไหม", "15 ตุลาคม 2567")])
    pdf("/files/oit/annual-report-2567.pdf",
        ["รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2567", "สำนักงานเขตสายไหม"],
        [("p", "ผลการดำเนินงานตามแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2567 (1 ต.ค. 2566 – 30 ก.ย. 2567)"),
         ("t", ["โครงการ", "งบประมาณ", "ใช้จ่ายจริง", "ผลการดำเนินงาน"],
          [["ปรับปรุงทางเท้าถนนสายไหม ระยะที่ 1", "3,900,000", "3,712,000", "แล้วเสร็จ 100%"],
           ["ขุดลอกคูคลอง 18 สาย", "1,850,000", "1,790,500", "แล้วเสร็จ 18 สาย"],
           ["ฝึกอบรม อปพร.", "280,000", "264,000", "ผู้ผ่านการอบรม 120 คน"],
           ["ชุมชนปลอดถังขยะ", "150,000", "138,200", "ชุมชนต้นแบบ 12 ชุมชน"]], [70 * mm, 30 * mm, 30 * mm, 40 * mm]),
         ("h", "ปัญหาและอุปสรรค"), ("p", "การก่อสร้างบางโครงการล่าช้าเนื่องจากฝนตกหนักในช่วงเดือนสิงหาคม – กันยายน"),
         ("h", "ข้อเสนอแนะ"), ("p", "วางแผนงานก่อสร้างให้แล้วเสร็จก่อนฤดูฝน และประสานหน่วยงานสาธารณูปโภคล่วงหน้า"),
         ("sig", CUR_DIR, "ผู้อำนวยการเขตสายไหม", "20 ธันวาคม 2567")])

    # ---- O6 manuals per division (the all-in-one file is dead: not generated)
    for dv, slug in DIVS:
        pdf(f"/files/manual/{slug}-2568.pdf", [f"คู่มือการปฏิบัติงาน {dv}", "สำนักงานเขตสายไหม ฉบับปรับปรุง พ.ศ. ๒๕๖๘"],
            [("h", "๑. วัตถุประสงค์"), ("p", f"เพื่อเป็นแนวทางการปฏิบัติหน้าที่ของเจ้าหน้าที่{dv} ให้เป็นมาตรฐานเดียวกัน"),
             ("h", "๒. ขั้นตอนการปฏิบัติงาน"),
             ("t", ["ขั้นตอน", "รายละเอียด", "ระยะเวลา"],
              [["๑", "รับเรื่อง/ตรวจสอบเอกสาร", "๑ วัน"], ["๒", "พิจารณาดำเนินการตามระเบียบ", "๓ วัน"],
               ["๓", "เสนอผู้บังคับบัญชา", "๑ วัน"], ["๔", "แจ้งผล/จัดเก็บเอกสาร", "๑ วัน"]], [20 * mm, 110 * mm, 30 * mm]),
             ("h", "๓. มาตรฐานงาน"), ("p", "ดำเนินการแล้วเสร็จภายในเวลาที่กำหนดไม่น้อยกว่าร้อยละ ๙๕")])

    # ---- O9 tax statistics (robots folder) xlsx
    months = [(2024, 10), (2024, 11), (2024, 12), (2025, 1), (2025, 2), (2025, 3), (2025, 4), (2025, 5)]
    r = random.Random(9)
    rows = []
    for y, m in months:
        land = round(r.uniform(2.5e6, 9.5e6) * (3.2 if m in (4, 5) else 1), 2)
        sign = round(r.uniform(0.3e6, 1.4e6) * (2.5 if m == 3 else 1), 2)
        rows.append([f"{MABBR[m-1]} {str(y+543)[2:]}", land, sign, round(land + sign, 2)])
    xlsx("/files/oit/tax-stat-2568.xlsx", "สถิติการจัดเก็บภาษี สำนักงานเขตสายไหม ปีงบประมาณ 2568 (ต.ค. 67 – พ.ค. 68) หน่วย: บาท",
         ["เดือน", "ภาษีที่ดินและสิ่งปลูกสร้าง", "ภาษีป้าย", "รวม"], rows)

    # ---- O11 permit checklist: the real file sits behind the login wall -> NOT published

    # ---- O13 budget plan 2567 + report 2566 (stale)
    cats = [("งบบุคลากร", 121_400_000), ("งบดำเนินงาน", 52_300_000), ("งบลงทุน", 38_900_000), ("งบเงินอุดหนุน", 4_200_000), ("งบรายจ่ายอื่น", 1_600_000)]
    pdf("/files/budget/budget-plan-2567.pdf", ["แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", NAME],
        [("p", "แผนการใช้จ่ายงบประมาณรายไตรมาส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (๑ ต.ค. ๒๕๖๖ – ๓๐ ก.ย. ๒๕๖๗)"),
         ("t", ["งบรายจ่าย", "ไตรมาส ๑", "ไตรมาส ๒", "ไตรมาส ๓", "ไตรมาส ๔", "รวม"],
          [[n] + [money(v * f * 0.95) for f in (0.27, 0.25, 0.25, 0.23)] + [money(v * 0.95)] for n, v in cats])], land=True)
    pdf("/files/budget/budget-report-2566.pdf", ["รายงานผลการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", NAME],
        [("t", ["งบรายจ่าย", "ได้รับจัดสรร", "เบิกจ่าย", "ร้อยละ"],
          [[n, money(v * 0.9), money(v * 0.9 * 0.93), "93.00"] for n, v in cats]),
         ("h", "ปัญหาอุปสรรค"), ("p", "การเบิกจ่ายงบลงทุนล่าช้า"), ("h", "ข้อเสนอแนะ"), ("p", "เร่งรัดการจัดซื้อจัดจ้างตั้งแต่ไตรมาสแรก")])

    # ---- O14 bylaw 2568 summary
    pdf("/files/budget/bylaw-2568-summary.pdf",
        ["ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "(สรุปส่วนของสำนักงานเขตสายไหม)"],
        [("p", "ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ของกรุงเทพมหานคร ตั้งงบประมาณให้สำนักงานเขตสายไหม ดังนี้"),
         ("t", ["งบรายจ่าย", "จำนวนเงิน (บาท)"], [[n, money(v)] for n, v in cats] + [["รวม", money(sum(v for _, v in cats))]],
          [90 * mm, 60 * mm])])

    # ---- O15 monthly procurement summaries (PDF + XLSX twins); March PDF is dead (not generated)
    HDR = ["ลำดับ", "งานที่จัดซื้อจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง", "ราคากลาง", "วิธีซื้อหรือจ้าง",
           "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลง", "เหตุผลที่คัดเลือกโดยสรุป",
           "เลขที่และวันที่ของสัญญาหรือข้อตกลง", "เลขที่โครงการ e-GP"]
    things = [("ซื้อวัสดุสำนักงาน", 10_000, 60_000), ("จ้างซ่อมรถเก็บขนมูลฝอย", 8_000, 70_000),
              ("ซื้อน้ำมันเชื้อเพลิง", 40_000, 120_000), ("จ้างเหมาล้างท่อระบายน้ำ", 50_000, 99_000),
              ("ซื้อวัสดุไฟฟ้า", 6_000, 45_000), ("จ้างซ่อมเครื่องปรับอากาศ", 5_000, 30_000)]
    vend = ["ร้านสายไหมพาณิชย์", "หจก.ออเงินการช่าง", "บริษัท สุขาภิบาลห้าปิโตรเลียม จำกัด", "ร้านรุ่งทรัพย์วัสดุ", "หจก.คลองถนนเซอร์วิส"]
    for y, m in months:
        rr = random.Random(f"p{y}{m}")
        rows = []
        for i in range(rr.randint(3, 6)):
            it, lo, hi = things[rr.randrange(len(things))]
            v = round(rr.uniform(lo, hi), -2)
            pr = round(v * rr.uniform(0.94, 1.0), 2)
            vn = vend[rr.randrange(len(vend))]
            rows.append([str(i + 1), it, money(v), money(v), "เฉพาะเจาะจง", f"{vn} / {money(pr)}", f"{vn} / {money(pr)}",
                         "เสนอราคาไม่เกินวงเงิน มีคุณสมบัติครบถ้วน",
                         f"PO {y+543}-{m:02d}{i+1:02d} ลว. {rr.randint(2, 27)} {MABBR[m-1]} {str(y+543)[2:]}",
                         f"6{str(y+543)[2:]}{m:02d}{rr.randint(10000, 99999)}"])
        tag = f"{y+543}-{m:02d}"
        title = f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {MONTHS[m-1]} {y+543}"
        if (y, m) != (2025, 3):
            pdf(f"/files/procurement/sum-{tag}.pdf", ["แบบ สขร.1", title, NAME],
                [("t", HDR, rows, [w * mm for w in (10, 38, 24, 24, 20, 35, 35, 28, 28, 19)])], land=True)
        xlsx(f"/files/procurement/sum-{tag}.xlsx", title + " " + NAME, HDR, rows)

    # ---- O16 HR criteria
    pdf("/files/hr/hr-criteria.pdf", ["หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", NAME],
        [("p", "สำนักงานเขตสายไหมบริหารทรัพยากรบุคคลตามหลักเกณฑ์ของคณะกรรมการข้าราชการกรุงเทพมหานคร (ก.ก.)"),
         ("t", ["ด้าน", "หลักเกณฑ์"], [["การสรรหา", "ตามประกาศ ก.ก. ว่าด้วยการสอบแข่งขัน/คัดเลือก"],
                                     ["การแต่งตั้ง โอน ย้าย", "ตามหลักเกณฑ์ ก.ก. ว่าด้วยการย้ายข้าราชการ"],
                                     ["การพัฒนา", "แผนพัฒนารายบุคคล (IDP) อย่างน้อย 1 หลักสูตร/ปี"],
                                     ["การประเมินผล", "ปีละ 2 รอบ ตามหลักเกณฑ์ ก.ก."],
                                     ["การให้คุณให้โทษ", "การเลื่อนเงินเดือน การยกย่อง การดำเนินการทางวินัย"]], [50 * mm, 120 * mm])])

    # ---- O17 complaint statistics: file named 2568 but the content is FY2567
    cm = [(2023, 10, 1), (2023, 11, 0), (2023, 12, 0), (2024, 1, 2), (2024, 2, 0), (2024, 3, 1),
          (2024, 4, 0), (2024, 5, 0), (2024, 6, 1), (2024, 7, 0), (2024, 8, 0), (2024, 9, 0)]
    pdf("/files/complaint/complaint-stat-2568.pdf",
        ["สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", f"{NAME} ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "(ตุลาคม ๒๕๖๖ – กันยายน ๒๕๖๗)"],
        [("t", ["เดือน", "จำนวนเรื่อง", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ"],
          [[th(f"{MONTHS[m-1]} {y+543}"), th(n), th(n), "๐"] for y, m, n in cm] + [["รวม", "๕", "๕", "๐"]],
          [50 * mm, 35 * mm, 40 * mm, 40 * mm])])

    # ---- O18 anti-bribery policy + report (docx)
    pdf("/files/integrity/anti-bribery-policy-2568.pdf",
        ["ประกาศสำนักงานเขตสายไหม", "เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"],
        [("p", "สำนักงานเขตสายไหมมีเจตนารมณ์ในการดำเนินงานด้วยความซื่อสัตย์สุจริต จึงประกาศนโยบายต่อต้านการรับสินบน ดังนี้"),
         ("p", "๑. ห้ามบุคลากรทุกระดับเรียก รับ หรือยอมจะรับทรัพย์สินหรือประโยชน์อื่นใด เพื่อกระทำหรือไม่กระทำการในหน้าที่"),
         ("p", "๒. ห้ามให้หรือเสนอให้สินบนแก่เจ้าหน้าที่ของรัฐหรือบุคคลอื่นใด"),
         ("p", "๓. ผู้พบเห็นการรับสินบนให้แจ้งผ่านช่องทางร้องเรียนของสำนักงานเขต โดยผู้แจ้งจะได้รับความคุ้มครอง"),
         ("p", "๔. ผู้บังคับบัญชาทุกระดับต้องกำกับดูแลและเป็นแบบอย่างที่ดี"),
         ("sig", CUR_DIR, "ผู้อำนวยการเขตสายไหม", "ประกาศ ณ วันที่ ๑ ตุลาคม ๒๕๖๗")])
    docx("/files/integrity/anti-bribery-report-6m-2568.docx",
         "รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน สำนักงานเขตสายไหม รอบ 6 เดือน (ต.ค. 2567 – มี.ค. 2568)",
         ["สำนักงานเขตสายไหมได้ดำเนินการตามนโยบายต่อต้านการรับสินบน ประจำปีงบประมาณ พ.ศ. 2568 ดังนี้"],
         (["กิจกรรม", "ผลการดำเนินการ", "วันที่"],
          [["ประชุมชี้แจงนโยบายแก่บุคลากรทุกฝ่าย", "ผู้เข้าร่วม 215 คน", "8 พ.ย. 2567"],
           ["ติดประกาศ “ที่นี่ไม่รับสินบน” ทุกจุดบริการ", "ครบ 14 จุด", "ธ.ค. 2567"],
           ["สุ่มตรวจงานออกใบอนุญาต", "สุ่มตรวจ 40 เรื่อง ไม่พบการเรียกรับ", "ก.พ. – มี.ค. 2568"]]))

    # ---- O19 bribery risk assessment + report (robots folder)
    pdf("/files/oit/bribery-risk-2568.pdf",
        ["การประเมินความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", NAME],
        [("t", ["กระบวนงาน", "เหตุการณ์ความเสี่ยง", "ระดับ", "มาตรการ"],
          [["การอนุญาตก่อสร้าง/ดัดแปลงอาคาร", "เรียกรับเงินเพื่อเร่งรัดการพิจารณา", "สูง", "ยื่นผ่าน BMA OSS ติดตามสถานะออนไลน์"],
           ["การตรวจสถานประกอบการอาหาร", "รับสินบนเพื่อละเว้นการลงโทษ", "ปานกลาง", "ตรวจเป็นทีมอย่างน้อย ๒ คน"],
           ["การจัดระเบียบผู้ค้า", "เรียกรับเงินรายเดือนจากผู้ค้า", "สูง", "หมุนเวียนเจ้าหน้าที่ทุก ๓ เดือน ใช้กล้องติดตัว"]],
          [45 * mm, 50 * mm, 20 * mm, 55 * mm])])
    pdf("/files/oit/bribery-risk-report-6m-2568.pdf",
        ["รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน", "รอบ ๖ เดือน (ต.ค. ๒๕๖๗ – มี.ค. ๒๕๖๘)", NAME],
        [("t", ["มาตรการ", "ผลการดำเนินการ"],
          [["ยื่นคำขออนุญาตผ่าน BMA OSS", "คำขอ ๑๘๔ เรื่อง ผ่านระบบ ๑๐๐%"],
           ["ตรวจเป็นทีม", "ตรวจ ๒๖๐ แห่ง ไม่มีข้อร้องเรียน"],
           ["หมุนเวียนเจ้าหน้าที่เทศกิจ", "หมุนเวียน ๒ รอบ"]], [70 * mm, 100 * mm])])

    # ---- O21 asset management: answered 403 by the server (file not generated)

    # ---- O22 measures 2568 + 6-month report
    pdf("/files/integrity/ita-measures-2568.pdf",
        ["มาตรการในการยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568", NAME],
        [("p", "จากผลการประเมิน ITA ประจำปี 2567 สำนักงานเขตสายไหมได้คะแนน 93.12 คะแนน ประเด็นที่ต่ำกว่า 85 คะแนน ได้แก่"),
         ("t", ["ประเด็น", "คะแนน", "ข้อบกพร่อง", "มาตรการ 2568", "ผู้รับผิดชอบ", "ระยะเวลา"],
          [["I17 การใช้งบประมาณ", "82.40", "บุคลากรไม่ทราบแผนการใช้จ่าย", "ชี้แจงในที่ประชุมประจำเดือน", "ฝ่ายการคลัง", "ต.ค. 67 – ก.ย. 68"],
           ["E5 การปรับปรุงการให้บริการ", "84.10", "ผู้รับบริการรอคิวนาน", "เพิ่มจุดบริการ BMA Q", "ฝ่ายทะเบียน", "ต.ค. 67 – มี.ค. 68"],
           ["O15 สรุปผลจัดซื้อรายเดือน", "100", "ควรเผยแพร่ให้ครบทุกเดือน", "เผยแพร่ภายในวันที่ 10 ของเดือนถัดไป", "ฝ่ายการคลัง", "ทุกเดือน"]],
          [35 * mm, 15 * mm, 35 * mm, 40 * mm, 25 * mm, 25 * mm]),
         ("sig", CUR_DIR, "ผู้อำนวยการเขตสายไหม", "25 พฤศจิกายน 2567")])
    pdf("/files/integrity/ita-measures-report-6m-2568.pdf",
        ["รายงานผลการดำเนินการตามมาตรการยกระดับคุณธรรมและความโปร่งใส", "รอบ 6 เดือน (ตุลาคม 2567 – มีนาคม 2568)", NAME],
        [("t", ["มาตรการ", "ผลการดำเนินการ", "ภาพกิจกรรม/หลักฐาน"],
          [["ชี้แจงแผนการใช้จ่ายงบประมาณ", "ชี้แจงแล้ว 6 ครั้ง", "รายงานการประชุม"],
           ["เพิ่มจุดบริการ BMA Q", "เพิ่ม 2 จุด เวลารอคิวเฉลี่ยลดจาก 42 เหลือ 18 นาที", "ภาพถ่าย"],
           ["เผยแพร่สรุปผลจัดซื้อรายเดือน", "เผยแพร่ครบ ต.ค. 67 – มี.ค. 68", "หน้าเว็บไซต์จัดซื้อจัดจ้าง"]],
          [55 * mm, 70 * mm, 45 * mm])])


# --------------------------------------------------------------------------
# HTML pages
# --------------------------------------------------------------------------
def make_pages():
    write_text("/assets/style.css", CSS)
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (56, 56), (18, 62, 124))
    ImageDraw.Draw(im).ellipse((6, 6, 50, 50), outline=(255, 210, 0), width=3)
    im.save(out_path("/assets/logo.png"))
    for i, col in enumerate([(60, 80, 140), (140, 70, 90), (60, 120, 90), (120, 110, 60)]):
        im = Image.new("RGB", (110, 140), (228, 230, 236))
        dr = ImageDraw.Draw(im)
        dr.ellipse((30, 15, 80, 68), fill=(230, 198, 168))
        dr.rectangle((15, 76, 95, 140), fill=col)
        im.save(out_path(f"/assets/exec{i}.jpg"), "JPEG", quality=80)

    # robots.txt – hides /files/oit/ (real evidence) and /member/
    write_text("/robots.txt", "User-agent: *\nDisallow: /files/oit/\nDisallow: /member/\nDisallow: /admin/\n")

    # ---- home
    news = NEWS
    lis = "".join(f'<li><a href="{u}">{escape(t)}</a> ({th(d)})</li>' for u, t, d in news[:6])
    body = f"""<p>ยินดีต้อนรับสู่เว็บไซต์สำนักงานเขตสายไหม</p>
<p><a class="dl" href="/ita/2568/">ITA 2568 การเปิดเผยข้อมูลสาธารณะ (OIT)</a>
<a class="dl" href="http://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp&proc_id=ShowHTMLFile&processFlows=Procure&depId=9990099">e-GPBMA</a>
<a class="dl" href="/eservice/">บริการออนไลน์</a> <a class="dl" href="/complaint/">แจ้งเรื่องร้องเรียนการทุจริต</a></p>
<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2><ul>{lis}</ul>
<p><a href="/news.php?cat=1">ดูข่าวทั้งหมด</a></p>
<p style="color:#999;font-size:12px">เว็บไซต์อยู่ระหว่างย้ายเซิร์ฟเวอร์ บางหน้าอาจเข้าใช้งานไม่ได้ชั่วคราว ขออภัยในความไม่สะดวก</p>"""
    write_text("/index.html", html("หน้าแรก", body))

    # ---- O1 about page: UTF-8 **with BOM** but declares windows-874 (browser obeys the BOM)
    execs = [(CUR_DIR, "ผู้อำนวยการเขตสายไหม", "๐๒-๑๕๘-๐๔๐๐ ต่อ ๑๐๑", "saimai.dir@bangkok.go.th"),
             ("นางสาวนันทนา บุญประเสริฐ", "ผู้ช่วยผู้อำนวยการเขตสายไหม", "๐๒-๑๕๘-๐๔๐๐ ต่อ ๑๐๒", "saimai.asst1@bangkok.go.th"),
             ("นายอภิชาติ มั่นคง", "ผู้ช่วยผู้อำนวยการเขตสายไหม", "๐๒-๑๕๘-๐๔๐๐ ต่อ ๑๐๓", "saimai.asst2@bangkok.go.th"),
             ("นางพัชรี วงศ์สวัสดิ์", "ผู้ช่วยผู้อำนวยการเขตสายไหม", "๐๒-๑๕๘-๐๔๐๐ ต่อ ๑๐๔", "saimai.asst3@bangkok.go.th")]
    cards = "".join(f'<div style="display:inline-block;width:240px;vertical-align:top;margin:6px"><img src="/assets/exec{i}.jpg" alt="{n}" width="110" height="140"><br><b>{n}</b><br>{p}<br>โทร {t}<br>{e}</div>'
                    for i, (n, p, t, e) in enumerate(execs))
    body = f"""<h2>ประวัติความเป็นมา</h2><p>เขตสายไหมแยกพื้นที่จากเขตบางเขน ตั้งขึ้นเมื่อ พ.ศ. ๒๕๔๐ มีพื้นที่ประมาณ ๔๔.๗๔ ตารางกิโลเมตร แบ่งเป็น ๓ แขวง คือ แขวงสายไหม แขวงออเงิน และแขวงคลองถนน</p>
<h2>โครงสร้างหน่วยงาน</h2><p>ผู้อำนวยการเขต → ผู้ช่วยผู้อำนวยการเขต ๓ ท่าน → ๑๐ ฝ่าย ได้แก่ {', '.join(d for d, _ in DIVS)}</p>
<h2>คณะผู้บริหาร</h2>{cards}
<h2>อำนาจหน้าที่</h2><p>ตามพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘ มาตรา ๗๐ และประกาศกรุงเทพมหานครเรื่องการแบ่งส่วนราชการภายในสำนักงานเขต
สำนักงานเขตมีหน้าที่ปฏิบัติงานตามกฎหมาย ข้อบัญญัติ และคำสั่งของกรุงเทพมหานครในพื้นที่ เช่น การทะเบียนราษฎร การจัดเก็บรายได้ การควบคุมอาคาร การรักษาความสะอาด การพัฒนาชุมชน และการศึกษา</p>
<h2>กฎหมายที่เกี่ยวข้อง</h2><ul><li>พ.ร.บ. ระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘</li><li>พ.ร.บ. การอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘</li>
<li>พ.ร.บ. ควบคุมอาคาร พ.ศ. ๒๕๒๒</li><li>พ.ร.บ. ภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒</li><li>พ.ร.บ. การจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐</li></ul>
<h2>ติดต่อ</h2><p>ดู <a href="/about/contact.html">ข้อมูลการติดต่อ</a></p>
<p style="font-size:12px">ปรับปรุงข้อมูล ๒ มิถุนายน ๒๕๖๘</p>"""
    write_text("/about/", html("ข้อมูลพื้นฐานสำนักงานเขตสายไหม", body, charset_decl="windows-874", http_equiv=True), bom=True)

    body = """<table><tr><th>ที่อยู่</th><td>สำนักงานเขตสายไหม เลขที่ ๙๙ ถนนสุขาภิบาล ๕ แขวงสายไหม เขตสายไหม กรุงเทพมหานคร ๑๐๒๒๐</td></tr>
<tr><th>โทรศัพท์</th><td>๐๒-๑๕๘-๐๔๐๐</td></tr><tr><th>โทรสาร</th><td>๐๒-๑๕๘-๐๔๐๙</td></tr>
<tr><th>อีเมล</th><td>saimai@bangkok.go.th</td></tr><tr><th>เวลาทำการ</th><td>จันทร์ – ศุกร์ ๐๘.๓๐ – ๑๖.๓๐ น.</td></tr>
<tr><th>แผนที่</th><td><a href="https://maps.google.com/?q=Sai+Mai+District+Office">Google Maps</a></td></tr>
<tr><th>สื่อสังคมออนไลน์</th><td>Facebook: สำนักงานเขตสายไหม · LINE OA @saimaibma</td></tr></table>"""
    write_text("/about/contact.html", html("ข้อมูลการติดต่อ", body))

    # ---- O2 governor policy
    goods = ["ปลอดภัยดี", "เดินทางดี", "สิ่งแวดล้อมดี", "สุขภาพดี", "เรียนดี", "เศรษฐกิจดี", "สังคมดี", "โครงสร้างดี", "บริหารจัดการดี"]
    body = f"""<p>นโยบายผู้ว่าราชการกรุงเทพมหานคร “๙ ดี ๙ ด้าน” เพื่อสร้าง “กรุงเทพฯ เมืองน่าอยู่สำหรับทุกคน”</p>
<ol>{''.join(f'<li>{g}</li>' for g in goods)}</ol>
<h2>แผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร</h2>
<ul><li><a href="/files/policy/bma-dev-plan-20y-phase3.pdf">แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๓ (พ.ศ. ๒๕๖๖ – ๒๕๗๐)</a></li>
<li><a href="/files/policy/bma-action-plan-2568.pdf">แผนปฏิบัติราชการกรุงเทพมหานคร ประจำปี ๒๕๖๘</a></li></ul>"""
    write_text("/policy/", html("นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนพัฒนากรุงเทพมหานคร", body))

    # ---- O3 schools (reached through the OIT page; old menu /school.php loops)
    schools = [("โรงเรียนคลองสอง", "ซอยสายไหม ๕๖", "๐๒-๑๕๘-๑๑๒๐", 612), ("โรงเรียนวัดหนามแดง", "ถนนสายไหม", "๐๒-๑๕๘-๑๒๓๔", 845),
               ("โรงเรียนคลองถนน", "ถนนพหลโยธิน", "๐๒-๑๕๙-๐๐๒๒", 720), ("โรงเรียนออเงิน", "ถนนสุขาภิบาล ๕", "๐๒-๑๕๘-๓๓๑๐", 512),
               ("โรงเรียนประชาอุทิศ", "ซอยประชาอุทิศ", "๐๒-๑๕๘-๔๔๕๐", 430), ("โรงเรียนสายไหม (ชัยพฤกษ์)", "ถนนสายไหม", "๐๒-๑๕๘-๕๑๐๐", 960),
               ("โรงเรียนวัดลาดปลาดุก", "ถนนลำลูกกา", "๐๒-๑๕๘-๖๒๒๐", 388), ("โรงเรียนบ้านคลองสาม", "ซอยสุขาภิบาล ๕ ซอย ๖๘", "๐๒-๑๕๘-๗๐๗๐", 275)]
    rows = [[th(i), n, a, p, th(f"{s:,}")] for i, (n, a, p, s) in enumerate(schools, 1)]
    body = f"""<p>โรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขตสายไหม ปีการศึกษา ๒๕๖๘ จำนวน ๘ โรงเรียน (ข้อมูลจากฝ่ายการศึกษา ณ ๑๖ พ.ค. ๒๕๖๘)</p>
{tbl(['ลำดับ','โรงเรียน','ที่ตั้ง','โทรศัพท์','จำนวนนักเรียน'], rows)}"""
    write_text("/schools/", html("โรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขตสายไหม", body))

    # ---- O4 news: list and two items are served through news.php?… with a windows-874 HTTP header,
    # the bytes are windows-874 but the page itself declares utf-8 (browser obeys the header)
    lis = "".join(f'<li><a href="{u}">{escape(t)}</a> <small>– {th(d)}</small></li>' for u, t, d in news)
    write_text("/store/news_cat1.html", html("ข่าวประชาสัมพันธ์", f"<ul>{lis}</ul>"), encoding="cp874")
    for u, t, d, b in NEWS_BODIES:
        if u.startswith("/news.php?id="):
            write_text(f"/store/news_{u.split('=')[1]}.html", html(t, f"<p><small>{th(d)}</small></p>{b}"), encoding="cp874")
        else:
            write_text(u, html(t, f"<p><small>{th(d)}</small></p>{b}"))

    # ---- O6 manuals
    lis = "".join(f'<li><a href="/files/manual/{s}-2568.pdf">คู่มือการปฏิบัติงาน {d}</a></li>' for d, s in DIVS)
    write_text("/manuals/", html("คู่มือการปฏิบัติงานของเจ้าหน้าที่ (รายฝ่าย)", f"<p>ฉบับปรับปรุง พ.ศ. ๒๕๖๘</p><ol>{lis}</ol>"))

    # ---- O8 e-service / O12 tracking
    body = """<p>บริการออนไลน์ของสำนักงานเขตสายไหม</p>
<ul><li><a href="https://q.bangkok.go.th/">BMA Q</a> จองคิวล่วงหน้างานทะเบียนราษฎรและบัตรประจำตัวประชาชน</li>
<li><a href="https://oss.bangkok.go.th/">BMA OSS</a> ยื่นคำขออนุญาตออนไลน์ (ก่อสร้างอาคาร ใบอนุญาตประกอบกิจการ ฯลฯ)</li>
<li><a href="https://www.traffy.in.th/">Traffy Fondue</a> แจ้งปัญหาเมือง</li>
<li><a href="/eservice/request/">แบบฟอร์มขอรับบริการออนไลน์ของเขต</a> (ขอคัดสำเนาเอกสาร, แจ้งเก็บขยะชิ้นใหญ่)</li>
<li><a href="/eservice/tracking/">ติดตามสถานะคำขออนุญาต</a></li></ul>"""
    write_text("/eservice/", html("บริการออนไลน์ (E-Service)", body))
    body = """<form method="get" action="/eservice/request/"><p>ประเภทบริการ <select name="t"><option>ขอคัดสำเนาทะเบียนบ้าน</option><option>แจ้งเก็บขยะชิ้นใหญ่</option><option>ขอตัดแต่งกิ่งไม้</option></select></p>
<p>ชื่อ-สกุล <input name="n"> โทรศัพท์ <input name="p"></p><p>รายละเอียด <textarea name="d"></textarea></p><button>ส่งคำขอ</button></form>"""
    write_text("/eservice/request/", html("แบบฟอร์มขอรับบริการออนไลน์", body))
    body = """<p>ผู้ยื่นคำขออนุญาต (ก่อสร้าง ดัดแปลง รื้อถอนอาคาร, ใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ, จำหน่ายอาหาร)
สามารถติดตามสถานะคำขอได้ด้วยเลขที่คำขอ ผ่านระบบ BMA OSS ตลอด ๒๔ ชั่วโมง</p>
<form method="get" action="https://oss.bangkok.go.th/tracking"><p>เลขที่คำขอ <input name="reqno" placeholder="เช่น 68-0452-000123"> <button>ตรวจสอบสถานะ</button></p></form>
<h2>ขั้นตอนการติดตาม</h2><ol><li>กรอกเลขที่คำขอที่ได้รับเมื่อยื่นเรื่อง</li><li>ระบบแสดงสถานะ: รับเรื่อง / ตรวจสอบเอกสาร / ตรวจสถานที่ / พิจารณา / ออกใบอนุญาต</li>
<li>หากเกินระยะเวลาตามคู่มือประชาชน ติดต่อฝ่ายโยธา ๐๒-๑๕๘-๐๔๐๐ ต่อ ๕๐๑ หรือฝ่ายสิ่งแวดล้อมฯ ต่อ ๘๐๑</li></ol>"""
    write_text("/eservice/tracking/", html("ระบบติดตามสถานะการขออนุญาต (Tracking System)", body))

    # ---- O9 HTML summary of tax (points to the xlsx)
    # (no separate page: the OIT row links the xlsx directly)

    # ---- O13 budget page (stale docs) / O14 bylaw page (no community subsidy)
    body = """<ul><li><a href="/files/budget/budget-plan-2567.pdf">แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗</a></li>
<li><a href="/files/budget/budget-report-2566.pdf">รายงานผลการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖</a></li></ul>
<p><a href="/budget/bylaw-2568/">ข้อมูลงบประมาณและข้อบัญญัติงบประมาณ ๒๕๖๘</a></p>"""
    write_text("/budget/", html("แผนการใช้จ่ายงบประมาณและรายงานผล", body))
    cats = [("งบบุคลากร", 121_400_000), ("งบดำเนินงาน", 52_300_000), ("งบลงทุน", 38_900_000), ("งบเงินอุดหนุน", 4_200_000), ("งบรายจ่ายอื่น", 1_600_000)]
    body = f"""<h2>ข้อมูลงบประมาณ ปี ๒๕๖๘</h2>{tbl(['งบรายจ่าย','จำนวนเงิน (บาท)'], [[n, money(v, True)] for n, v in cats] + [['รวม', money(sum(v for _, v in cats), True)]])}
<h2>ข้อบัญญัติงบประมาณรายจ่ายประจำปี</h2><p><a href="/files/budget/bylaw-2568-summary.pdf">ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (สรุปส่วนของเขตสายไหม)</a></p>
<h2>ข้อมูลเงินอุดหนุนชุมชน</h2><p>อยู่ระหว่างรวบรวมข้อมูลจากฝ่ายพัฒนาชุมชนและสวัสดิการสังคม</p>"""
    write_text("/budget/bylaw-2568/", html("ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ และเงินอุดหนุนชุมชน", body))

    # ---- O15 procurement page
    months = [(2024, 10), (2024, 11), (2024, 12), (2025, 1), (2025, 2), (2025, 3), (2025, 4), (2025, 5)]
    rows = []
    for y, m in months:
        tag = f"{y+543}-{m:02d}"
        rows.append([f"{MONTHS[m-1]} {th(y+543)}",
                     f'<a href="/files/procurement/sum-{tag}.pdf">PDF</a> | <a href="/files/procurement/sum-{tag}.xlsx">Excel</a>'])
    anns = "".join(f'<li><a href="/procurement/ann/{s}.html">{t}</a> ({th(d)})</li>' for s, t, d, _ in ANNS)
    body = f"""<p><a class="dl" href="http://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp&proc_id=ShowHTMLFile&processFlows=Procure&depId=9990099">ระบบเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง e-GPBMA</a></p>
<h2>ประกาศจัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๘</h2><ul>{anns}</ul>
<h2>สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.๑) ปีงบประมาณ ๒๕๖๘</h2>{tbl(['เดือน','เอกสาร'], rows)}"""
    write_text("/procurement/", html("จัดซื้อจัดจ้าง", body))
    for s, t, d, b in ANNS:
        write_text(f"/procurement/ann/{s}.html", html(t, f"<p><small>{th(d)}</small></p>{b}"))

    # ---- O16 HR page – legacy but correct tis-620 declaration, tis-620 bytes
    body = """<p>หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคลของสำนักงานเขตสายไหม</p>
<ul><li>การสรรหาและเลือกสรร: ตามประกาศ ก.ก.</li><li>การแต่งตั้ง โอน ย้าย: ตามหลักเกณฑ์ ก.ก.</li><li>การพัฒนาบุคลากร: แผนพัฒนารายบุคคล (IDP)</li>
<li>การประเมินผลการปฏิบัติราชการ: ปีละ ๒ รอบ</li><li>การให้คุณให้โทษ: ตามกฎ ก.ก.</li></ul>
<p><a href="/files/hr/hr-criteria.pdf">ดาวน์โหลดเอกสารหลักเกณฑ์ฉบับเต็ม (PDF)</a></p>"""
    write_text("/hr/", html("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", body, charset_decl="tis-620", http_equiv=True), encoding="cp874")

    # ---- O17 complaint channels (stats file is FY2567)
    body = """<p>ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ สำนักงานเขตสายไหม</p>
<ol><li>ด้วยตนเอง ณ ฝ่ายปกครอง ชั้น ๓</li><li>ไปรษณีย์ ถึงผู้อำนวยการเขตสายไหม (ลับ)</li><li>โทรศัพท์ ๐๒-๑๕๘-๐๔๐๐ ต่อ ๑๑๑</li>
<li>อีเมล saimai.anticorruption@bangkok.go.th</li><li>ตู้รับเรื่องร้องเรียนการทุจริต ชั้น ๑</li><li>ศูนย์รับเรื่องราวร้องทุกข์ กทม. ๑๕๕๕</li></ol>
<h2>ข้อมูลเชิงสถิติ</h2><p><a href="/files/complaint/complaint-stat-2568.pdf">สถิติเรื่องร้องเรียนการทุจริต ประจำปี ๒๕๖๘</a></p>"""
    write_text("/complaint/", html("ช่องทางร้องเรียนการทุจริต", body))

    # ---- O18 anti-bribery
    body = """<ul><li><a href="/files/integrity/anti-bribery-policy-2568.pdf">ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) ประจำปี ๒๕๖๘</a></li>
<li><a href="/files/integrity/anti-bribery-report-6m-2568.docx">รายงานผลการดำเนินการตามนโยบายฯ รอบ ๖ เดือน</a></li></ul>"""
    write_text("/integrity/anti-bribery/", html("นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)", body))

    # ---- O20 discretion: criteria text only (placeholder)
    body = """<p><b>O20 แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่</b></p>
<p>ข้อมูลที่หน่วยงานต้องเผยแพร่: แสดงแนวทางการปฏิบัติงานในการใช้ดุลยพินิจของเจ้าหน้าที่ในกระบวนงานที่มีการใช้ดุลยพินิจ
โดยมีข้อมูลรายละเอียด เช่น กระบวนงาน ขั้นตอน หลักเกณฑ์ในการใช้ดุลยพินิจ ผู้มีอำนาจพิจารณา เป็นต้น และเป็นข้อมูลที่เป็นปัจจุบัน</p>
<p style="color:#999">(ฝ่ายปกครองจะนำข้อมูลขึ้นเผยแพร่เมื่อจัดทำแล้วเสร็จ)</p>"""
    write_text("/integrity/discretion/", html("แนวทางการปฏิบัติในการใช้ดุลยพินิจ", body))

    # ---- O22 measures
    body = """<ul><li><a href="/files/integrity/ita-measures-2568.pdf">มาตรการในการยกระดับคุณธรรมและความโปร่งใส ประจำปี ๒๕๖๘</a></li>
<li><a href="/files/integrity/ita-measures-report-6m-2568.pdf">รายงานผลการดำเนินการตามมาตรการฯ รอบ ๖ เดือน (ต.ค. ๖๗ – มี.ค. ๖๘)</a></li></ul>"""
    write_text("/integrity/measures-2568/", html("มาตรการยกระดับคุณธรรมและความโปร่งใส", body))

    # ---- login wall (target of the O11 document redirect)
    body = """<p>กรุณาเข้าสู่ระบบสมาชิกเพื่อดาวน์โหลดเอกสาร</p>
<form method="post" action="/member/login/"><p>ชื่อผู้ใช้ <input name="username"></p><p>รหัสผ่าน <input type="password" name="password"></p>
<p><button>เข้าสู่ระบบ</button> <a href="/member/register/">สมัครสมาชิก</a></p></form>"""
    write_text("/member/login/", html("เข้าสู่ระบบ (Member Login)", body))

    # ---- OIT page
    A = lambda u, t: f'<a href="{u}">{t}</a>'
    R = [
        ("O1", "ข้อมูลพื้นฐานของสำนักงานเขต", A("/about/", "ข้อมูลหน่วยงาน") + " · " + A("/about/contact.html", "ข้อมูลการติดต่อ")),
        ("O2", "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนพัฒนากรุงเทพมหานคร", A("/policy/", "เปิดดู")),
        ("O3", "โรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขต", A("/schools/", "รายชื่อโรงเรียน")),
        ("O4", "การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน", A("/news.php?cat=1", "ข่าวประชาสัมพันธ์")),
        ("O5", "แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี",
         A("/files/oit/action-plan-2568.pdf", "แผนปฏิบัติราชการ ๒๕๖๘") + " · " + A("/files/oit/annual-report-2567.pdf", "รายงานผล ๒๕๖๗")),
        ("O6", "คู่มือการปฏิบัติหน้าที่", A("/files/manual/manual-all-2568.pdf", "ดาวน์โหลดคู่มือฉบับรวม (PDF)") + " หรือ " + A("/manuals/", "เลือกดูรายฝ่าย")),
        ("O7", "คู่มือการให้บริการประชาชน", A("/service-manual/", "คู่มือสำหรับประชาชน")),
        ("O8", "E-Service", A("/eservice/", "บริการออนไลน์")),
        ("O9", "ข้อมูลสถิติการจัดเก็บภาษี", A("/files/oit/tax-stat-2568.xlsx", "สถิติการจัดเก็บภาษี ๒๕๖๘ (Excel)")),
        ("O10", "ข้อมูลสถิติการจัดเก็บรายได้", A("/stat/revenue/", "สถิติการจัดเก็บรายได้")),
        ("O11", "รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต", A("/files/permit/checklist-2568.pdf", "Checklist การพิจารณาออกใบอนุญาต")),
        ("O12", "ระบบติดตาม (Tracking System) สถานะการขอใบอนุญาต", A("/eservice/tracking/", "ติดตามสถานะคำขอ")),
        ("O13", "แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายงบประมาณประจำปี", A("/budget/", "เปิดดู")),
        ("O14", "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ ข้อมูลเงินอุดหนุนชุมชน", A("/budget/bylaw-2568/", "เปิดดู")),
        ("O15", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้างรายเดือน", A("/procurement/", "จัดซื้อจัดจ้าง")),
        ("O16", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", A("/hr/", "เปิดดู")),
        ("O17", "ช่องทางการร้องเรียนการทุจริตและข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี", A("/complaint/", "เปิดดู")),
        ("O18", "ประกาศนโยบายต่อต้านการรับสินบน และการรายงานผลสู่การปฏิบัติ", A("/integrity/anti-bribery/", "เปิดดู")),
        ("O19", "การประเมินความเสี่ยงต่อการรับสินบนและการรายงานผล",
         A("/files/oit/bribery-risk-2568.pdf", "ผลการประเมินความเสี่ยง ๒๕๖๘") + " · " + A("/files/oit/bribery-risk-report-6m-2568.pdf", "รายงานผลรอบ ๖ เดือน")),
        ("O20", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", A("/integrity/discretion/", "เปิดดู")),
        ("O21", "การจัดการทรัพย์สินของราชการ ของบริจาค และการจัดเก็บของกลาง", A("/files/asset/asset-management-2568.pdf", "แนวทางการจัดการทรัพย์สิน ๒๕๖๘")),
        ("O22", "มาตรการในการยกระดับคุณธรรมและความโปร่งใส และการรายงานผล", A("/integrity/measures-2568/", "เปิดดู")),
    ]
    body = f"""<p>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</p>
{tbl(['ข้อ','หัวข้อ','ข้อมูล'], [list(r) for r in R])}
<p style="font-size:12px">ผู้ดูแล: ฝ่ายปกครอง · ปรับปรุงล่าสุด ๑๐ มิถุนายน ๒๕๖๘</p>"""
    write_text("/ita/2568/", html("ITA 2568 – การเปิดเผยข้อมูลสาธารณะ (OIT)", body))


NEWS_BODIES = [
    ("/news.php?id=318", "เขตสายไหมเร่งขุดลอกคลองสอง เตรียมรับมือฤดูฝน ปี ๒๕๖๘", "16 มิถุนายน 2568",
     "<p>ฝ่ายโยธาร่วมกับฝ่ายรักษาความสะอาดฯ ขุดลอกคลองสองและเก็บผักตบชวา ระยะทาง ๓.๕ กิโลเมตร แล้วเสร็จร้อยละ ๘๐</p>"),
    ("/news/2568/0605-footpath.html", "ปรับปรุงทางเท้าถนนสายไหม ช่วงซอยสายไหม ๕๖ – ๗๙ ความคืบหน้าร้อยละ ๖๕", "5 มิถุนายน 2568",
     "<p>การปรับปรุงทางเท้าตามแผนปฏิบัติราชการ ๒๕๖๘ คาดว่าแล้วเสร็จเดือนกรกฎาคม ๒๕๖๘</p>"),
    ("/news/2568/0521-park15.html", "เปิดสวน ๑๕ นาที ซอยสุขาภิบาล ๕ ซอย ๓๒", "21 พฤษภาคม 2568",
     "<p>ผู้อำนวยการเขตสายไหมเป็นประธานเปิดสวน ๑๕ นาที แห่งที่ ๓ ของเขต พื้นที่ ๒ ไร่</p>"),
    ("/news/2568/0428-landtax.html", "ขยายเวลาชำระภาษีที่ดินและสิ่งปลูกสร้าง ถึง ๓๑ กรกฎาคม ๒๕๖๘", "28 เมษายน 2568",
     "<p>ผู้เสียภาษีสามารถชำระได้ที่ฝ่ายรายได้ หรือผ่านแอปพลิเคชันธนาคาร</p>"),
    ("/news/2568/0318-firedrill.html", "ฝึกซ้อมแผนป้องกันอัคคีภัยชุมชนออเงิน", "18 มีนาคม 2568",
     "<p>ฝ่ายปกครองร่วมกับสถานีดับเพลิงและกู้ภัยสายไหม ฝึกซ้อมแผนให้ประชาชน ๙๐ คน</p>"),
    ("/news/2568/0212-waste.html", "ชุมชนปลอดถังขยะ เขตสายไหม ขยายผลเพิ่ม ๕ ชุมชน", "12 กุมภาพันธ์ 2568",
     "<p>ฝ่ายรักษาความสะอาดฯ ขยายผลโครงการคัดแยกขยะต้นทางไปยังชุมชนใหม่ ๕ ชุมชน</p>"),
]
NEWS = [(u, t, d) for u, t, d, _ in NEWS_BODIES]

ANNS = [
    ("2568-001", "ประกาศสำนักงานเขตสายไหม เรื่อง ประกวดราคาจ้างปรับปรุงทางเท้าถนนสายไหม ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "12 ธันวาคม 2567",
     "<p>ราคากลาง ๔,๘๑๒,๐๐๐.๐๐ บาท ยื่นข้อเสนอผ่านระบบ e-GP วันที่ ๒๓ ธันวาคม ๒๕๖๗</p>"),
    ("2568-002", "ประกาศผู้ชนะการเสนอราคา จ้างปรับปรุงทางเท้าถนนสายไหม", "10 มกราคม 2568",
     "<p>ผู้ชนะ: บริษัท สายไหมก่อสร้าง จำกัด ราคา ๔,๕๙๐,๐๐๐.๐๐ บาท</p>"),
    ("2568-003", "ประกาศสำนักงานเขตสายไหม เรื่อง ประกวดราคาจ้างขุดลอกคลองสองและคลองลำผักชี", "4 พฤศจิกายน 2567",
     "<p>ราคากลาง ๒,๒๘๐,๐๐๐.๐๐ บาท</p>"),
    ("2568-004", "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "18 ตุลาคม 2567",
     "<p>แผนการจัดซื้อจัดจ้าง ๖ โครงการ วงเงินรวม ๘,๘๙๐,๐๐๐ บาท</p>"),
]


def normalize_zips():
    """Rewrite xlsx/docx zip entries with a fixed timestamp so the build is byte-stable."""
    import zipfile
    for root, _, files in os.walk(SITE):
        for fn in files:
            if fn.endswith((".xlsx", ".docx")):
                p = os.path.join(root, fn)
                with zipfile.ZipFile(p) as z:
                    items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
                import re
                items = [(n, re.sub(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2025-06-05T09:00:00Z\g<2>", d)
                          if n == "docProps/core.xml" else d) for n, d in items]
                with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
                    for name, data in sorted(items, key=lambda x: (x[0] != "[Content_Types].xml", x[0])):
                        zi = zipfile.ZipInfo(name, date_time=(2025, 6, 5, 9, 0, 0))
                        zi.compress_type = zipfile.ZIP_DEFLATED
                        z.writestr(zi, data)


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    make_documents()
    make_pages()
    normalize_zips()


if __name__ == "__main__":
    main()
