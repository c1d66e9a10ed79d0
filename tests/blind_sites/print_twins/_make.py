# -*- coding: utf-8 -*-
"""Generate the print_twins blind test site: สำนักงานเขตคลองสามแพร่ง (fictional), ITA bma-2564, as of 2021-06-10."""
import os, shutil, json, random
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfgen import canvas as rlcanvas
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
FONTDIR = "/usr/share/fonts/truetype/tlwg/"
pdfmetrics.registerFont(TTFont("Laksaman", FONTDIR + "Laksaman.ttf"))
pdfmetrics.registerFont(TTFont("Laksaman-Bold", FONTDIR + "Laksaman-Bold.ttf"))
random.seed(2564)

if os.path.exists(SITE):
    shutil.rmtree(SITE)
os.makedirs(SITE)

DISTRICT = "สำนักงานเขตคลองสามแพร่ง"
D_SHORT = "เขตคลองสามแพร่ง"
DIRECTOR = "นางสาวกัลยา ศรีประเสริฐ"
FORMER_DIRECTOR = "นายวีระพงษ์ ทองดี"
ASST1 = "นายธนากร วงศ์สวัสดิ์"
ASST2 = "นางพรทิพย์ แก้วมณี"
EGP = "https://egpbma.bangkok.go.th/"

TH_DIG = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
def th(s):
    return str(s).translate(TH_DIG)

MONTHS = ["", "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
          "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
MABBR = ["", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
def dshort(d):  # d = "2564-04-27"
    y, m, dd = d.split("-")
    return f"{int(dd)} {MABBR[int(m)]} {y}"
def dlong_th(d):
    y, m, dd = d.split("-")
    return th(f"{int(dd)} {MONTHS[int(m)]} {y}")

def w(rel, text):
    p = os.path.join(SITE, rel.lstrip("/"))
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)

# ---------------------------------------------------------------- documents
ST = {
    "title": ParagraphStyle("t", fontName="Laksaman-Bold", fontSize=18, leading=24, alignment=1),
    "h": ParagraphStyle("h", fontName="Laksaman-Bold", fontSize=15, leading=20, spaceBefore=6),
    "p": ParagraphStyle("p", fontName="Laksaman", fontSize=15, leading=21, firstLineIndent=28),
    "c": ParagraphStyle("c", fontName="Laksaman", fontSize=12, leading=15),
    "cs": ParagraphStyle("cs", fontName="Laksaman", fontSize=11, leading=13),
    "r": ParagraphStyle("r", fontName="Laksaman", fontSize=15, leading=21, alignment=1),
}
DOCS = []

def pdf(rel, title_lines, paras=(), table=None, colw=None, signer=None, land=False, after=(), small=False):
    path = os.path.join(SITE, rel.lstrip("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    ps = landscape(A4) if land else A4
    doc = SimpleDocTemplate(path, pagesize=ps, leftMargin=50, rightMargin=50, topMargin=45, bottomMargin=45,
                            title=title_lines[0], author=DISTRICT)
    fl = []
    for t in title_lines:
        fl.append(Paragraph(t, ST["title"]))
    fl.append(Spacer(1, 10))
    for p in paras:
        if p.startswith("##"):
            fl.append(Paragraph(p[2:].strip(), ST["h"]))
        else:
            fl.append(Paragraph(p, ST["p"]))
    if table:
        cst = ST["cs"] if small else ST["c"]
        data = [[Paragraph(str(c), cst) for c in row] for row in table]
        tb = Table(data, colWidths=colw, repeatRows=1)
        tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        fl.append(Spacer(1, 8))
        fl.append(tb)
    for p in after:
        fl.append(Paragraph(p, ST["p"]))
    if signer:
        fl.append(Spacer(1, 24))
        for s in signer:
            fl.append(Paragraph(s, ST["r"]))
    doc.build(fl)
    DOCS.append(rel)

def scan_pdf(rel, lines):
    """An image-only, badly scanned page: no text layer, too blurred to read."""
    font = ImageFont.truetype(FONTDIR + "Laksaman.ttf", 30)
    img = Image.new("L", (1240, 1754), 235)
    dr = ImageDraw.Draw(img)
    y = 120
    for ln in lines:
        dr.text((110, y), ln, font=font, fill=40)
        y += 52
    img = img.rotate(2.3, fillcolor=200)
    img = img.resize((250, 354), Image.BILINEAR).filter(ImageFilter.GaussianBlur(1.6))
    px = img.load()
    for _ in range(9000):
        x, yy = random.randrange(250), random.randrange(354)
        px[x, yy] = random.choice([90, 140, 255])
    img = img.resize((620, 877), Image.NEAREST)
    ip = os.path.join(HERE, "_scan_tmp.png")
    img.save(ip)
    path = os.path.join(SITE, rel.lstrip("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    c = rlcanvas.Canvas(path, pagesize=A4)
    c.drawImage(ip, 0, 0, width=A4[0], height=A4[1])
    c.showPage(); c.save()
    os.remove(ip)
    DOCS.append(rel)

def xlsx(rel, title, header, rows):
    path = os.path.join(SITE, rel.lstrip("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "แผน"
    ws.append([title]); ws.append([DISTRICT]); ws.append([])
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    DOCS.append(rel)

# ---------------------------------------------------------------- images
def portrait(rel, seed):
    img = Image.new("RGB", (240, 300), (200 + seed * 10 % 40, 215, 230))
    dr = ImageDraw.Draw(img)
    dr.ellipse((75, 40, 165, 140), fill=(235, 205, 180))
    dr.rectangle((45, 160, 195, 300), fill=(60, 70, 110))
    dr.polygon([(120, 160), (105, 200), (135, 200)], fill=(250, 250, 250))
    p = os.path.join(SITE, rel.lstrip("/")); os.makedirs(os.path.dirname(p), exist_ok=True)
    img.save(p)

def orgchart(rel, units):
    font = ImageFont.truetype(FONTDIR + "Loma.ttf", 18)
    img = Image.new("RGB", (1200, 520), "white")
    dr = ImageDraw.Draw(img)
    dr.rectangle((470, 20, 730, 70), outline="black", width=2)
    dr.text((488, 33), "ผู้อำนวยการเขตคลองสามแพร่ง", font=font, fill="black")
    dr.rectangle((470, 110, 730, 160), outline="black", width=2)
    dr.text((490, 123), "ผู้ช่วยผู้อำนวยการเขต (๒)", font=font, fill="black")
    dr.line((600, 70, 600, 110), fill="black", width=2); dr.line((600, 160, 600, 200), fill="black", width=2)
    dr.line((60, 200, 1140, 200), fill="black", width=2)
    for i, u in enumerate(units):
        col, row = i % 5, i // 5
        x = 20 + col * 235; y = 240 + row * 130
        dr.line((x + 107, 200 if row == 0 else 330, x + 107, y), fill="black", width=1)
        dr.rectangle((x, y, x + 215, y + 70), outline="black", width=2)
        words = u.split("และ")
        dr.text((x + 8, y + 10), words[0] + ("และ" if len(words) > 1 else ""), font=font, fill="black")
        if len(words) > 1:
            dr.text((x + 8, y + 36), words[1], font=font, fill="black")
    p = os.path.join(SITE, rel.lstrip("/")); os.makedirs(os.path.dirname(p), exist_ok=True)
    img.save(p)

UNITS = ["ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายรายได้", "ฝ่ายโยธา",
         "ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "ฝ่ายเทศกิจ", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล",
         "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "ฝ่ายการศึกษา"]

# ---------------------------------------------------------------- articles
# id -> dict(cat, date, title, body(list of html paras), files[(label, href, size)], tags, item, updated)
A = {}
def art(aid, cat, date, title, body, files=(), tags=("ita",), updated=None, related=(), extra_html=""):
    A[aid] = dict(id=aid, cat=cat, date=date, title=title, body=body, files=list(files), tags=list(tags),
                  updated=updated, related=list(related), extra=extra_html)

def f(aid, name):
    return f"/files/{aid}/{name}"

FY64 = "ประจำปีงบประมาณ พ.ศ. 2564"
FY63 = "ประจำปีงบประมาณ พ.ศ. 2563"

# ---- ITA 2563 category (last year) ---------------------------------------
art(951, "ita-2563", "2562-10-18", f"แผนพัฒนาเขตคลองสามแพร่ง {FY63}",
    ["สำนักงานเขตคลองสามแพร่ง เผยแพร่แผนพัฒนาเขตคลองสามแพร่ง ประจำปีงบประมาณ พ.ศ. 2563 ซึ่งสอดคล้องกับแผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี ระยะที่ 2 (พ.ศ. 2561 - 2565)",
     "รายละเอียดตามเอกสารแนบ"], [("แผนพัฒนาเขตคลองสามแพร่ง ปี 2563.pdf", f(951, "devplan-2563.pdf"), "412 KB")])
art(953, "ita-2563", "2562-11-04", f"แผนปฏิบัติราชการ{FY63} สำนักงานเขตคลองสามแพร่ง",
    ["สำนักงานเขตคลองสามแพร่ง ได้จัดทำแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2563 เพื่อใช้เป็นกรอบในการดำเนินงานของทุกฝ่าย", "รายละเอียดตามเอกสารแนบ"],
    [("แผนปฏิบัติราชการ ปี 2563.pdf", f(953, "actionplan-2563.pdf"), "688 KB")])
art(955, "ita-2563", "2562-12-20", "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2562",
    ["สำนักงานเขตคลองสามแพร่ง รายงานผลการดำเนินงานตามแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2562 (ตุลาคม 2561 - กันยายน 2562)"],
    [("รายงานผลการดำเนินงานประจำปี 2562.pdf", f(955, "annual-report-2562.pdf"), "954 KB")])
art(957, "ita-2563", "2563-01-24", "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี พ.ศ. 2562",
    ["ฝ่ายการคลัง สำนักงานเขตคลองสามแพร่ง สรุปผลการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. 2562 พร้อมการวิเคราะห์ปัญหาอุปสรรคและแนวทางแก้ไข"],
    [("รายงานผลการจัดซื้อจัดจ้างประจำปี 2562.pdf", f(957, "proc-annual-2562.pdf"), "301 KB")])
art(958, "ita-2563", "2563-03-30", f"การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล {FY63}",
    ["สำนักงานเขตคลองสามแพร่ง ดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2563 ได้แก่ การสรรหา การพัฒนา และการสร้างขวัญกำลังใจ"],
    [("การดำเนินการตามนโยบาย HR ปี 2563.pdf", f(958, "hr-action-2563.pdf"), "275 KB")])
art(959, "ita-2563", "2562-11-15", f"แผนปฏิบัติการป้องกันการทุจริต{FY63}",
    ["สำนักงานเขตคลองสามแพร่ง จัดทำแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2563 ภายใต้แผนปฏิบัติการป้องกันและปราบปรามการทุจริตและประพฤติมิชอบของกรุงเทพมหานคร"],
    [("แผนปฏิบัติการป้องกันการทุจริต ปี 2563.pdf", f(959, "anticorrupt-plan-2563.pdf"), "233 KB")])
art(961, "ita-2563", "2562-12-11", "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี พ.ศ. 2562",
    ["รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2562"],
    [("รายงานผลการป้องกันการทุจริต ปี 2562.pdf", f(961, "anticorrupt-report-2562.pdf"), "198 KB")])

# ---- ITA 2564 category ----------------------------------------------------
art(1102, "ita-2564", "2563-10-20", f"แผนพัฒนาเขตคลองสามแพร่ง {FY64}",
    ["สำนักงานเขตคลองสามแพร่ง เผยแพร่แผนพัฒนาเขตคลองสามแพร่ง ประจำปีงบประมาณ พ.ศ. 2564 ซึ่งสอดคล้องกับแผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี ระยะที่ 2 (พ.ศ. 2561 - 2565) และนโยบายผู้ว่าราชการกรุงเทพมหานคร",
     "ประกอบด้วย วิสัยทัศน์ ยุทธศาสตร์ เป้าหมาย และโครงการสำคัญในพื้นที่เขต รายละเอียดตามเอกสารแนบ"],
    [("แผนพัฒนาเขตคลองสามแพร่ง ปี 2564.pdf", f(1102, "devplan-2564.pdf"), "436 KB")], related=[951])
art(1105, "ita-2564", "2563-10-28", f"แผนปฏิบัติราชการ{FY64} สำนักงานเขตคลองสามแพร่ง",
    ["สำนักงานเขตคลองสามแพร่ง ได้จัดทำแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2564 เพื่อใช้เป็นกรอบในการดำเนินงานของทุกฝ่าย ประกอบด้วยโครงการ/กิจกรรม งบประมาณ ระยะเวลา และผู้รับผิดชอบ",
     "รายละเอียดตามเอกสารแนบ"],
    [("แผนปฏิบัติราชการ ปี 2564.pdf", f(1105, "actionplan-2564.pdf"), "702 KB")], related=[953])
art(1109, "ita-2564", "2563-11-05", f"แผนการใช้จ่ายงบประมาณ{FY64}",
    ["ฝ่ายการคลัง สำนักงานเขตคลองสามแพร่ง เผยแพร่แผนการใช้จ่ายงบประมาณประจำปี",
     "<em>ปรับปรุงข้อมูลเมื่อ 12 มกราคม 2564 : เพิ่มไฟล์แผนการใช้จ่ายงบประมาณ ปีงบประมาณ พ.ศ. 2564 ตามที่ได้รับจัดสรรงบประมาณ</em>"],
    [("แผนการใช้จ่ายงบประมาณ ปี 2563.pdf", f(1109, "spending-plan-2563.pdf"), "188 KB"),
     ("แผนการใช้จ่ายงบประมาณ ปี 2564 (ตามที่ได้รับจัดสรร).xlsx", f(1109, "spending-plan-2564.xlsx"), "24 KB")],
    updated="2564-01-12")
art(1112, "ita-2564", "2563-11-12", "ข้อมูลเชิงสถิติการให้บริการ สำนักงานเขตคลองสามแพร่ง",
    ["สถิติการให้บริการประชาชนของฝ่ายต่าง ๆ สำนักงานเขตคลองสามแพร่ง ประจำปีงบประมาณ พ.ศ. 2563 (ตุลาคม 2562 - กันยายน 2563)",
     "รายละเอียดตามเอกสารแนบ"],
    [("สถิติการให้บริการ ปีงบประมาณ 2563.pdf", f(1112, "service-stat-2563.pdf"), "156 KB")])
art(1116, "ita-2564", "2563-11-20", f"แผนการจัดซื้อจัดจ้าง{FY64}",
    ["สำนักงานเขตคลองสามแพร่ง ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2564",
     f'ตรวจสอบประกาศและแผนการจัดซื้อจัดจ้างได้ที่ระบบ <a href="{EGP}">e-GPBMA กรุงเทพมหานคร</a>'],
    [("แผนการจัดซื้อจัดจ้าง ปี 2564.pdf", f(1116, "proc-plan-2564.pdf"), "221 KB")])
art(1120, "ita-2564", "2563-12-04", "รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. 2563",
    ["ฝ่ายการคลัง รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. 2563 (ตุลาคม 2562 - กันยายน 2563) จำแนกตามงบรายจ่าย พร้อมปัญหาอุปสรรค"],
    [("รายงานผลการใช้จ่ายงบประมาณ ปี 2563.pdf", f(1120, "spending-report-2563.pdf"), "243 KB")])
art(1123, "ita-2564", "2563-12-10", "รายงานผลการดำเนินการป้องกันการทุจริตประจำปีงบประมาณ พ.ศ. 2563",
    ["รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2563 ประกอบด้วยผลการดำเนินการโครงการ/กิจกรรม ผลการใช้จ่ายงบประมาณ ปัญหา อุปสรรค และข้อเสนอแนะ"],
    [("รายงานผลการป้องกันการทุจริต ปี 2563.pdf", f(1123, "anticorrupt-report-2563.pdf"), "265 KB")], related=[961])
art(1126, "ita-2564", "2563-12-15", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปีงบประมาณ พ.ศ. 2563",
    ["สำนักงานเขตคลองสามแพร่ง รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", "รายละเอียดตามเอกสารแนบ"],
    [("รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล.pdf", f(1126, "hr-report-2562.pdf"), "310 KB")])
art(1130, "ita-2564", "2564-01-08", f"นโยบายการบริหารทรัพยากรบุคคล {FY64}",
    ["สำนักงานเขตคลองสามแพร่ง ประกาศนโยบายการบริหารทรัพยากรบุคคล เพื่อเป็นแนวทางในการสรรหา พัฒนา และรักษาไว้ซึ่งบุคลากรที่มีคุณภาพ", "รายละเอียดตามเอกสารแนบ"],
    [("ประกาศนโยบายการบริหารทรัพยากรบุคคล.pdf", f(1130, "hr-policy.pdf"), "129 KB")])
art(1133, "ita-2564", "2564-01-15", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
    ["หลักเกณฑ์การสรรหาและคัดเลือกบุคลากร การบรรจุและแต่งตั้ง การพัฒนาบุคลากร การประเมินผลการปฏิบัติงาน และการให้คุณให้โทษ ของข้าราชการกรุงเทพมหานครสามัญ ที่สำนักงานเขตคลองสามแพร่งถือปฏิบัติ ประจำปีงบประมาณ พ.ศ. 2564"],
    [("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล 2564.pdf", f(1133, "hr-criteria-2564.pdf"), "340 KB")])
art(1136, "ita-2564", "2564-01-22", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
    ["คู่มือ/แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ สำนักงานเขตคลองสามแพร่ง ประกอบด้วยช่องทางการร้องเรียน ขั้นตอนการรับและตรวจสอบเรื่อง ระยะเวลาการดำเนินการ และการแจ้งผลให้ผู้ร้องทราบ"],
    [("แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต.pdf", f(1136, "complaint-guideline.pdf"), "287 KB")])
art(1139, "ita-2564", "2564-01-29", "เจตจำนงสุจริตของผู้บริหาร ประจำปี 2564",
    [f"{DIRECTOR} ผู้อำนวยการเขตคลองสามแพร่ง ประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ พ.ศ. 2564 (ฉบับภาษาไทย)",
     "รายละเอียดตามเอกสารแนบ"],
    [("ประกาศเจตจำนงสุจริต 2564.pdf", f(1139, "integrity-2564-th.pdf"), "118 KB")])
art(1142, "ita-2564", "2564-02-05", "คู่มือหรือมาตรฐานการให้บริการประชาชน",
    ["คู่มือสำหรับประชาชน ตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558 งานบริการของสำนักงานเขตคลองสามแพร่ง"],
    [("คู่มือประชาชน งานทะเบียนราษฎร.pdf", f(1142, "guide-registration.pdf"), "201 KB"),
     ("คู่มือประชาชน การชำระภาษีป้าย.pdf", f(1142, "guide-signtax.pdf"), "176 KB"),
     ("คู่มือประชาชน การขออนุญาตก่อสร้างอาคาร.pdf", f(1142, "guide-building.pdf"), "233 KB")])
MANUAL_UNITS = ["ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายรายได้", "ฝ่ายรักษาความสะอาดและสวนสาธารณะ",
                "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม"]
art(1145, "ita-2564", "2564-02-10", "คู่มือการปฏิบัติงานของเจ้าหน้าที่ สำนักงานเขตคลองสามแพร่ง",
    ["คู่มือการปฏิบัติงานของเจ้าหน้าที่ฝ่ายต่าง ๆ สำนักงานเขตคลองสามแพร่ง (ฉบับปรับปรุง พ.ศ. 2564)"],
    [(f"คู่มือการปฏิบัติงาน {u}.pdf", f(1145, f"manual-{i+1}.pdf"), f"{150+i*17} KB") for i, u in enumerate(MANUAL_UNITS)])
art(1148, "ita-2564", "2564-02-18", f"การประเมินความเสี่ยงการทุจริต{FY64}",
    ["ฝ่ายการคลัง ร่วมกับทุกฝ่าย วิเคราะห์และประเมินความเสี่ยงการทุจริตของสำนักงานเขตคลองสามแพร่ง ประจำปีงบประมาณ พ.ศ. 2564 ประกอบด้วยเหตุการณ์ความเสี่ยง ระดับความเสี่ยง และมาตรการควบคุม"],
    [("การประเมินความเสี่ยงการทุจริต ปี 2564.pdf", f(1148, "risk-2564.pdf"), "256 KB")])
art(1151, "ita-2564", "2564-02-24", "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต",
    ["รายงานการดำเนินการเพื่อจัดการความเสี่ยงการทุจริต สำนักงานเขตคลองสามแพร่ง", "รายละเอียดตามเอกสารแนบ (สแกน)"],
    [("การดำเนินการจัดการความเสี่ยง.pdf", f(1151, "risk-action-scan.pdf"), "1.2 MB")])
art(1154, "ita-2564", "2564-03-01", f"มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน {FY64}",
    ["สำนักงานเขตคลองสามแพร่ง ได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี 2563 และกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2564 พร้อมผู้รับผิดชอบและการกำกับติดตาม",
     "รายละเอียดตามเอกสารแนบ"],
    [("มาตรการส่งเสริมคุณธรรมและความโปร่งใส 2564.pdf", f(1154, "measures-2564.pdf"), "372 KB")])
art(1157, "ita-2564", "2564-03-08", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. 2564",
    ["รวมประกาศเชิญชวน ประกาศผู้ชนะการเสนอราคา และประกาศราคากลาง ของสำนักงานเขตคลองสามแพร่ง ปีงบประมาณ พ.ศ. 2564",
     f'ประกาศทั้งหมดเผยแพร่ในระบบ <a href="{EGP}">e-GPBMA</a> ด้วย'],
    [("ประกาศเชิญชวน จ้างปรับปรุงผิวจราจรซอยสามแพร่ง 7.pdf", f(1157, "ann-1.pdf"), "96 KB"),
     ("ประกาศผู้ชนะ จ้างปรับปรุงผิวจราจรซอยสามแพร่ง 7.pdf", f(1157, "ann-2.pdf"), "88 KB"),
     ("ประกาศผู้ชนะ ซื้อวัสดุสำนักงาน มี.ค. 64.pdf", f(1157, "ann-3.pdf"), "81 KB")])
art(1160, "ita-2564", "2564-03-15", "การเปิดโอกาสให้เกิดการมีส่วนร่วม",
    ["<b>O33 การเปิดโอกาสให้เกิดการมีส่วนร่วม</b>",
     "แสดงการดำเนินการหรือกิจกรรมที่แสดงถึงการเปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียได้มีส่วนร่วมในการดำเนินงานตามภารกิจของหน่วยงาน เช่น การมีส่วนร่วมในการวางแผน การดำเนินการ การติดตามประเมินผล",
     "เป็นการดำเนินการในปี พ.ศ. 2564"], files=[])
art(1187, "ita-2564", "2564-04-09", "รายงานผลการดำเนินงานตามแผนปฏิบัติราชการ รอบ 6 เดือน (ต.ค. 63 - มี.ค. 64)",
    ["สำนักงานเขตคลองสามแพร่ง รายงานความก้าวหน้าการดำเนินงานตามแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2564 รอบ 6 เดือนแรก (ตุลาคม 2563 - มีนาคม 2564) แสดงความก้าวหน้าของโครงการ/กิจกรรม และงบประมาณที่ใช้"],
    [("รายงานผลการดำเนินงาน รอบ 6 เดือน ปี 2564.pdf", f(1187, "progress-6m-2564.pdf"), "318 KB")])
# 1190 (O19) is referenced but its article page is gone (404); only /print/1190.html survives.
art(1190, "ita-2564", "2564-04-12", "รายงานผลการใช้จ่ายงบประมาณ รอบ 6 เดือน (ต.ค. 63 - มี.ค. 64)",
    ["ฝ่ายการคลัง รายงานการกำกับติดตามการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2564 รอบ 6 เดือนแรก", "รายละเอียดตามเอกสารแนบ"],
    [("รายงานการใช้จ่ายงบประมาณ รอบ 6 เดือน.pdf", f(1190, "spending-6m-2564.pdf"), "150 KB")])
art(1193, "ita-2564", "2564-04-20", "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2564",
    ["รายงานการกำกับติดตามการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2564", "รายละเอียดตามเอกสารแนบ"],
    [("รายงานการกำกับติดตามการป้องกันการทุจริต.pdf", f(1193, "anticorrupt-q1-2564.pdf"), "142 KB")])
art(1196, "ita-2564", "2564-04-27", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต ประจำปีงบประมาณ พ.ศ. 2564 (รอบ 6 เดือน)",
    ["สรุปข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ สำนักงานเขตคลองสามแพร่ง รอบ 6 เดือน (ตุลาคม 2563 - มีนาคม 2564) จำแนกรายเดือน", "รายละเอียดตามเอกสารแนบ"],
    [("สถิติเรื่องร้องเรียนการทุจริต ต.ค.63-มี.ค.64.pdf", f(1196, "complaint-stat-6m-2564.pdf"), "97 KB")])
art(1199, "ita-2564", "2564-05-06", "รายงานผลการสำรวจความพึงพอใจการให้บริการ ประจำปีงบประมาณ พ.ศ. 2564 (รอบ 6 เดือน)",
    ["สำนักงานเขตคลองสามแพร่ง สำรวจความพึงพอใจของผู้รับบริการ ระหว่างเดือนตุลาคม 2563 - มีนาคม 2564 จำนวน 400 ราย ภาพรวมความพึงพอใจร้อยละ 89.6", "รายละเอียดตามเอกสารแนบ"],
    [("รายงานผลการสำรวจความพึงพอใจ รอบ 6 เดือน ปี 2564.pdf", f(1199, "satisfaction-6m-2564.pdf"), "205 KB")])
PROC_MONTHS = [("ต.ค. 63", "2563-10", "10-2563"), ("พ.ย. 63", "2563-11", "11-2563"), ("ธ.ค. 63", "2563-12", "12-2563"),
               ("ก.พ. 64", "2564-02", "02-2564"), ("มี.ค. 64", "2564-03", "03-2564"), ("เม.ย. 64", "2564-04", "04-2564")]
art(1202, "ita-2564", "2564-05-11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ พ.ศ. 2564",
    ["ฝ่ายการคลัง สำนักงานเขตคลองสามแพร่ง สรุปผลการดำเนินการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1) ปีงบประมาณ พ.ศ. 2564",
     f'ดูประกาศเพิ่มเติมได้ที่ <a href="{EGP}">e-GPBMA</a>'],
    [(f"สรุปผลการจัดซื้อจัดจ้าง เดือน {lab}.pdf", f(1202, f"skr1-{code}.pdf"), f"{60+i*3} KB") for i, (lab, _, code) in enumerate(PROC_MONTHS)])
art(1205, "ita-2564", "2564-05-25", "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน (รอบ 6 เดือน)",
    ["รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2564 รอบ 6 เดือน ตามมาตรการที่ได้กำหนดไว้ (ประกาศเมื่อ 1 มีนาคม 2564)"],
    [("ผลการดำเนินการตามมาตรการ รอบ 6 เดือน ปี 2564.pdf", f(1205, "measures-result-6m-2564.pdf"), "281 KB")], related=[1154])

# ---- news ------------------------------------------------------------------
art(1166, "news", "2564-03-19", "ผู้อำนวยการเขตคลองสามแพร่ง ประชุมมอบนโยบายขับเคลื่อนการประเมิน ITA ประจำปี 2564",
    [f"วันที่ 19 มีนาคม 2564 {DIRECTOR} ผู้อำนวยการเขตคลองสามแพร่ง เป็นประธานการประชุมหัวหน้าฝ่ายและบุคลากรเพื่อมอบนโยบายการขับเคลื่อนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2564",
     "โดยกำชับให้ทุกฝ่ายเผยแพร่ข้อมูลสาธารณะบนเว็บไซต์ให้ครบถ้วนเป็นปัจจุบัน และยึดมั่นการปฏิบัติงานด้วยความซื่อสัตย์สุจริต ไม่รับของขวัญหรือประโยชน์ใด ๆ จากการปฏิบัติหน้าที่",
     '<img src="/images/news/1166.png" alt="ภาพการประชุม" width="480">'], tags=("ita", "ข่าวกิจกรรม"))
art(1174, "news", "2564-03-24", "กิจกรรมเสริมสร้างวัฒนธรรมองค์กร “ไม่ให้ ไม่รับ No Gift Policy” ประจำปี 2564",
    ["สำนักงานเขตคลองสามแพร่ง จัดกิจกรรมเสริมสร้างวัฒนธรรมองค์กร ให้ข้าราชการและบุคลากรมีทัศนคติ ค่านิยมในการปฏิบัติงานอย่างซื่อสัตย์สุจริต และการแยกแยะประโยชน์ส่วนตนและประโยชน์ส่วนรวม",
     "ภายในกิจกรรมมีการบรรยายเรื่องประมวลจริยธรรมข้าราชการกรุงเทพมหานคร และร่วมกันกล่าวคำปฏิญาณตนต่อต้านการทุจริต",
     '<img src="/images/news/1174.png" alt="ภาพกิจกรรม" width="480">'], tags=("ita", "ข่าวกิจกรรม"))
art(1181, "news", "2564-04-02", "เขตคลองสามแพร่งจัดเก็บขยะชิ้นใหญ่ตามนัดหมาย เดือนเมษายน 2564",
    ["ฝ่ายรักษาความสะอาดและสวนสาธารณะ ให้บริการจัดเก็บขยะชิ้นใหญ่ เช่น ที่นอน ตู้ โซฟา ตามวันเวลาที่นัดหมาย โทร. 0 2555 0100 ต่อ 6401"], tags=("ข่าวประชาสัมพันธ์",))
art(1208, "news", "2564-06-08", "เขตคลองสามแพร่งฉีดพ่นน้ำยาฆ่าเชื้อโควิด-19 บริเวณตลาดและจุดเสี่ยงในพื้นที่",
    ["วันที่ 8 มิถุนายน 2564 ฝ่ายสิ่งแวดล้อมและสุขาภิบาล ร่วมกับฝ่ายรักษาความสะอาดและสวนสาธารณะ ฉีดพ่นน้ำยาฆ่าเชื้อบริเวณตลาดสามแพร่ง ป้ายรถโดยสารประจำทาง และจุดเสี่ยงในพื้นที่ เพื่อป้องกันการแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019",
     '<img src="/images/news/1208.png" alt="ภาพข่าว" width="480">'], tags=("ข่าวประชาสัมพันธ์", "โควิด-19"))

PRINT_IDS = [1139, 1154, 1187, 1190, 1199, 1202]
MISSING_ARTICLE = {1190}
MISSING_FILES = {f(1196, "complaint-stat-6m-2564.pdf")}

CATS = {"ita-2564": "ITA 2564 (การเปิดเผยข้อมูลสาธารณะ OIT)", "ita-2563": "ITA 2563 (การเปิดเผยข้อมูลสาธารณะ OIT)",
        "news": "ข่าวประชาสัมพันธ์"}

# ---------------------------------------------------------------- HTML chrome
CSS = """body{font-family:Tahoma,'TH Sarabun New',sans-serif;margin:0;background:#f3f5f8;color:#222;font-size:15px}
#top{background:#2a5a2e;color:#fff;padding:10px 24px}#top a{color:#fff}
#top h1{margin:0;font-size:24px}#top small{display:block}
#social{float:right;margin-top:6px}#social a{margin-left:12px}
nav{background:#3b7a40}nav>ul{list-style:none;margin:0;padding:0 16px;display:flex;flex-wrap:wrap}
nav>ul>li{position:relative;padding:10px 14px}nav a{color:#fff;text-decoration:none}
nav li ul{list-style:none;padding:4px 0 0 10px;margin:0;font-size:13px}
#wrap{display:flex;max-width:1180px;margin:16px auto;gap:18px}
main{flex:3;background:#fff;padding:18px 24px;border:1px solid #ddd}
aside{flex:1;min-width:250px}aside section{background:#fff;border:1px solid #ddd;margin-bottom:14px;padding:10px 14px}
aside h3{margin:0 0 6px;font-size:16px;border-bottom:2px solid #3b7a40}aside li{margin:4px 0;font-size:13px}
.crumb{font-size:13px;color:#666;margin-bottom:8px}.meta{color:#777;font-size:13px}
.att{background:#f7f9f2;border:1px solid #cdd;padding:8px 14px;margin:14px 0}.tools a{margin-right:10px;font-size:13px}
.list li{margin:10px 0;border-bottom:1px dotted #ccc;padding-bottom:8px}
table.oit{border-collapse:collapse;width:100%}table.oit td,table.oit th{border:1px solid #bbb;padding:4px 6px;font-size:13px}
footer{background:#24412a;color:#dfe;padding:16px 24px;font-size:13px}footer a{color:#fff}
.pager a,.pager span{margin:0 4px}"""

MENU = [
    ("หน้าหลัก", "/", []),
    ("เกี่ยวกับเขต", "/about/structure.html", [("โครงสร้างหน่วยงาน", "/about/structure.html"), ("ผู้บริหาร", "/about/executives.html"),
                                          ("อำนาจหน้าที่", "/about/authority.html"), ("กฎหมายที่เกี่ยวข้อง", "/about/laws.html")]),
    ("แผนงาน", "#", [("แผนพัฒนาเขต", "/article/951.html"), ("แผนปฏิบัติราชการประจำปี", "/article/953.html"),
                     ("แผนปฏิบัติการป้องกันการทุจริต", "/article/959.html")]),
    ("ข่าวประชาสัมพันธ์", "/category/news/", []),
    ("ITA", "/ita/", [("ITA 2564 (OIT)", "/ita/"), ("หมวด ITA 2564", "/category/ita-2564/"), ("หมวด ITA 2563", "/category/ita-2563/")]),
    ("E-Service", "/eservice.html", []),
    ("ถาม-ตอบ (Q&amp;A)", "/qa.html", []),
    ("ร้องเรียนการทุจริต", "/complaint.html", []),
    ("ติดต่อเรา", "/contact.html", []),
]

def sidebar():
    latest = sorted([a for a in A.values() if a["id"] not in MISSING_ARTICLE], key=lambda a: (a["date"], a["id"]), reverse=True)[:5]
    lt = "".join(f'<li><a href="/article/{a["id"]}.html">{a["title"]}</a> <span class="meta">{dshort(a["date"])}</span></li>' for a in latest)
    pop = [("/article/953.html", A[953]["title"], 2417), ("/print/1190.html", A[1190]["title"], 1533),
           ("/print/1154.html", A[1154]["title"], 1208), ("/article/959.html", A[959]["title"], 990),
           ("/article/1116.html", A[1116]["title"], 874)]
    pp = "".join(f'<li><a href="{h}">{t}</a> <span class="meta">({n:,} ครั้ง)</span></li>' for h, t, n in pop)
    return f"""<aside><section><h3>ข่าวล่าสุด</h3><ul>{lt}</ul></section>
<section><h3>ยอดนิยม</h3><ol>{pp}</ol></section>
<section><h3>ลิงก์หน่วยงาน</h3><ul><li><a href="https://www.bangkok.go.th/">กรุงเทพมหานคร</a></li>
<li><a href="{EGP}">ระบบ e-GPBMA</a></li><li><a href="https://www.facebook.com/klongsamphraeng.bma">Facebook เขตคลองสามแพร่ง</a></li></ul></section></aside>"""

def nav():
    out = []
    for t, h, sub in MENU:
        s = ""
        if sub:
            s = "<ul>" + "".join(f'<li><a href="{sh}">{st}</a></li>' for st, sh in sub) + "</ul>"
        out.append(f'<li><a href="{h}">{t}</a>{s}</li>')
    return "<nav><ul>" + "".join(out) + "</ul></nav>"

FOOTER = f"""<footer><b>{DISTRICT}</b> เลขที่ 99 ถนนสามแพร่งพัฒนา แขวงคลองสามแพร่ง เขตคลองสามแพร่ง กรุงเทพมหานคร 10590<br>
โทรศัพท์ 0 2555 0100-3 โทรสาร 0 2555 0104 อีเมล klongsamphraeng@bangkok.go.th |
<a href="https://www.facebook.com/klongsamphraeng.bma">Facebook</a> | <a href="https://line.me/R/ti/p/@klongsamphraeng">LINE @klongsamphraeng</a><br>
สงวนลิขสิทธิ์ © 2564 {DISTRICT} กรุงเทพมหานคร | ปรับปรุงเว็บไซต์ล่าสุด 8 มิถุนายน 2564</footer>"""

def page(title, content, crumbs=None):
    cr = ""
    if crumbs:
        cr = '<div class="crumb">' + " &gt; ".join(f'<a href="{h}">{t}</a>' if h else t for t, h in crumbs) + "</div>"
    return f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{title} | {DISTRICT}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{CSS}</style></head><body>
<div id="top"><div id="social"><a href="https://www.facebook.com/klongsamphraeng.bma">Facebook</a><a href="https://line.me/R/ti/p/@klongsamphraeng">LINE</a><a href="https://www.youtube.com/@klongsamphraeng">YouTube</a></div>
<h1><a href="/" style="text-decoration:none">{DISTRICT}</a></h1><small>Khlong Sam Phraeng District Office · กรุงเทพมหานคร</small></div>
{nav()}<div id="wrap"><main>{cr}{content}</main>{sidebar()}</div>{FOOTER}</body></html>"""

def crumbs_for(a):
    return [("หน้าหลัก", "/"), (CATS[a["cat"]], f'/category/{a["cat"]}/'), (a["title"], None)]

def article_html(a):
    att = ""
    if a["files"]:
        rows = "".join(f'<li><a href="{h}">{lab}</a> <span class="meta">({sz})</span> <a href="{h}" download>ดาวน์โหลด</a></li>' for lab, h, sz in a["files"])
        att = f'<div class="att"><b>เอกสารแนบ</b><ul>{rows}</ul></div>'
    upd = f' | แก้ไขล่าสุด {dshort(a["updated"])}' if a["updated"] else ""
    tags = " ".join(f'<a href="/tag/ita/">#{t}</a>' if t == "ita" else f"<span>#{t}</span>" for t in a["tags"])
    rel = ""
    rels = a["related"] + [x["id"] for x in A.values() if x["id"] != a["id"] and x["cat"] == a["cat"] and x["id"] not in a["related"]][:0]
    if rels:
        rel = "<h4>ข่าวที่เกี่ยวข้อง</h4><ul>" + "".join(f'<li><a href="/article/{r}.html">{A[r]["title"]}</a> <span class="meta">{dshort(A[r]["date"])}</span></li>' for r in rels) + "</ul>"
    url = f"http://www.klongsamphraeng.go.th/article/{a['id']}.html"
    body = "".join(f"<p>{p}</p>" for p in a["body"])
    printlink = f'/print/{a["id"]}.html' if a["id"] in PRINT_IDS else f'/article/{a["id"]}.html?print=1'
    content = f"""<article><h2>{a['title']}</h2>
<div class="meta">โพสต์เมื่อ {dshort(a['date'])}{upd} | หมวด: <a href="/category/{a['cat']}/">{CATS[a['cat']]}</a> | อ่าน {random.randint(80, 900)} ครั้ง</div>
<div class="tools"><a href="{printlink}">🖨 พิมพ์</a><a href="https://www.facebook.com/sharer/sharer.php?u={url}">แชร์ Facebook</a><a href="https://social-plugins.line.me/lineit/share?url={url}">แชร์ LINE</a></div>
{body}{a['extra']}{att}<div class="meta">แท็ก: {tags}</div>{rel}</article>"""
    return page(a["title"], content, crumbs_for(a))

def print_html(a):
    body = "".join(f"<p>{p}</p>" for p in a["body"] if not p.startswith("<img"))
    return f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>พิมพ์: {a['title']}</title>
<style>body{{font-family:Tahoma,sans-serif;max-width:760px;margin:20px auto;font-size:15px}} .noprint{{color:#666;font-size:12px}}</style></head>
<body onload="window.print()"><div class="noprint"><a href="javascript:window.print()">พิมพ์หน้านี้</a> | <a href="/article/{a['id']}.html">กลับไปหน้าต้นฉบับ</a></div>
<h2>{DISTRICT}</h2><h3>{a['title']}</h3><p class="noprint">วันที่ {dshort(a['date'])}</p>{body}
<hr><p class="noprint">พิมพ์จากเว็บไซต์{DISTRICT} : http://www.klongsamphraeng.go.th/article/{a['id']}.html</p></body></html>"""

# ---------------------------------------------------------------- write articles, prints
for a in A.values():
    if a["id"] not in MISSING_ARTICLE:
        w(f"/article/{a['id']}.html", article_html(a))
for pid in PRINT_IDS:
    w(f"/print/{pid}.html", print_html(A[pid]))

def listing(items, more=True):
    lis = []
    for a in items:
        first = a["body"][0]
        import re
        first = re.sub("<[^>]+>", "", first)[:140]
        lis.append(f'<li><b><a href="/article/{a["id"]}.html">{a["title"]}</a></b><br><span class="meta">{dshort(a["date"])}</span><br>{first}... '
                   f'<a href="/article/{a["id"]}.html">อ่านต่อ</a></li>')
    return '<ul class="list">' + "".join(lis) + "</ul>"

for cat in CATS:
    items = sorted([a for a in A.values() if a["cat"] == cat], key=lambda a: (a["date"], a["id"]), reverse=True)
    per = 10
    pages = [items[i:i + per] for i in range(0, len(items), per)]
    for n, chunk in enumerate(pages, 1):
        pager = '<div class="pager">หน้า: ' + " ".join(
            (f"<span>[{k}]</span>" if k == n else f'<a href="/category/{cat}/{"" if k == 1 else f"page/{k}/"}">{k}</a>') for k in range(1, len(pages) + 1))
        if n < len(pages):
            pager += f' <a href="/category/{cat}/page/{n+1}/">ถัดไป »</a>'
        pager += "</div>"
        note = ""
        if cat == "ita-2563":
            note = '<p class="meta">ข้อมูลการเปิดเผยข้อมูลสาธารณะ ประจำปี 2563 (เก็บไว้เพื่ออ้างอิง)</p>'
        content = f"<h2>{CATS[cat]}</h2>{note}<p class='meta'>เรียงจากใหม่ไปเก่า · ทั้งหมด {len(items)} รายการ</p>{listing(chunk)}{pager}"
        rel = f"/category/{cat}/index.html" if n == 1 else f"/category/{cat}/page/{n}/index.html"
        w(rel, page(CATS[cat] + (f" หน้า {n}" if n > 1 else ""), content, [("หน้าหลัก", "/"), (CATS[cat], None)]))

# tag page
tagged = sorted([a for a in A.values() if "ita" in a["tags"]], key=lambda a: (a["date"], a["id"]), reverse=True)
w("/tag/ita/index.html", page("แท็ก: ita", f"<h2>แท็ก #ita</h2><p class='meta'>{len(tagged)} รายการ</p>" + listing(tagged),
                              [("หน้าหลัก", "/"), ("แท็ก: ita", None)]))

# ---------------------------------------------------------------- static pages
w("/about/structure.html", page("โครงสร้างหน่วยงาน", f"""<h2>โครงสร้างหน่วยงาน {DISTRICT}</h2>
<p>{DISTRICT} เป็นหน่วยงานในสังกัดกรุงเทพมหานคร แบ่งส่วนราชการภายในออกเป็น 10 ฝ่าย ภายใต้การบังคับบัญชาของผู้อำนวยการเขตและผู้ช่วยผู้อำนวยการเขต</p>
<img src="/images/orgchart-2564.png" alt="แผนภูมิโครงสร้างสำนักงานเขตคลองสามแพร่ง" width="760">
<ol>{''.join(f'<li>{u}</li>' for u in UNITS)}</ol>
<p class="meta">ข้อมูล ณ วันที่ 1 ตุลาคม 2563 ตามประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต</p>""",
    [("หน้าหลัก", "/"), ("เกี่ยวกับเขต", None), ("โครงสร้างหน่วยงาน", None)]))

execs = [(DIRECTOR, "ผู้อำนวยการเขตคลองสามแพร่ง", "/images/exec/1.png"),
         (ASST1, "ผู้ช่วยผู้อำนวยการเขตคลองสามแพร่ง", "/images/exec/2.png"),
         (ASST2, "ผู้ช่วยผู้อำนวยการเขตคลองสามแพร่ง", "/images/exec/3.png")]
ex_html = "".join(f'<div style="display:inline-block;width:220px;text-align:center;margin:10px;vertical-align:top"><img src="{img}" width="160" alt="{n}"><br><b>{n}</b><br>{p}</div>' for n, p, img in execs)
heads = "".join(f"<tr><td>{u}</td><td>{nm}</td></tr>" for u, nm in zip(UNITS, ["นายประเสริฐ มั่นคง", "นางสาววิไลวรรณ จันทร์หอม", "นางอรุณี ทองคำ", "นายสุรชัย บุญมา", "นายเกียรติศักดิ์ ปัญญาดี",
                                                                                     "นายสมพงษ์ ใจกล้า", "นายวัชระ แสงทอง", "นางสาวนภาพร ศรีสุข", "นางมาลัย พึ่งบุญ", "นายปิยะ รักษ์ไทย"]))
w("/about/executives.html", page("ผู้บริหาร", f"""<h2>คณะผู้บริหาร{DISTRICT}</h2>{ex_html}
<h3>หัวหน้าฝ่าย</h3><table class="oit"><tr><th>ฝ่าย</th><th>หัวหน้าฝ่าย</th></tr>{heads}</table>
<p class="meta">ปรับปรุงข้อมูลเมื่อ 3 พฤษภาคม 2564</p>""", [("หน้าหลัก", "/"), ("เกี่ยวกับเขต", None), ("ผู้บริหาร", None)]))

w("/about/authority.html", page("อำนาจหน้าที่", f"""<h2>อำนาจหน้าที่ของ{DISTRICT}</h2>
<p>ตามประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในและการกำหนดอำนาจหน้าที่ของส่วนราชการกรุงเทพมหานคร สำนักงานเขตมีอำนาจหน้าที่ดังนี้</p>
<ol><li>ฝ่ายปกครอง มีอำนาจหน้าที่เกี่ยวกับงานบริหารทั่วไป งานอำนวยการ งานการเจ้าหน้าที่ งานปกครองและงานประชาสัมพันธ์</li>
<li>ฝ่ายทะเบียน มีอำนาจหน้าที่เกี่ยวกับงานทะเบียนราษฎร งานบัตรประจำตัวประชาชน และงานทะเบียนทั่วไป</li>
<li>ฝ่ายการคลัง มีอำนาจหน้าที่เกี่ยวกับงานการเงิน การบัญชี การงบประมาณ และการพัสดุ</li>
<li>ฝ่ายรายได้ มีอำนาจหน้าที่เกี่ยวกับการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย และรายได้อื่น</li>
<li>ฝ่ายโยธา มีอำนาจหน้าที่เกี่ยวกับการควบคุมอาคาร การบำรุงรักษาถนน ทางเท้า และระบบระบายน้ำ</li>
<li>ฝ่ายรักษาความสะอาดและสวนสาธารณะ มีอำนาจหน้าที่เกี่ยวกับการรักษาความสะอาด การเก็บขนมูลฝอย และสวนสาธารณะ</li>
<li>ฝ่ายเทศกิจ มีอำนาจหน้าที่เกี่ยวกับการรักษาความสงบเรียบร้อย และการบังคับใช้กฎหมายที่กรุงเทพมหานครรับผิดชอบ</li>
<li>ฝ่ายสิ่งแวดล้อมและสุขาภิบาล มีอำนาจหน้าที่เกี่ยวกับการควบคุมกิจการที่เป็นอันตรายต่อสุขภาพ และการสุขาภิบาลอาหาร</li>
<li>ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม มีอำนาจหน้าที่เกี่ยวกับการพัฒนาชุมชน และสวัสดิการสังคม</li>
<li>ฝ่ายการศึกษา มีอำนาจหน้าที่เกี่ยวกับการจัดการศึกษาในโรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขต</li></ol>
<p class="meta">ที่มา: ประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในและการกำหนดอำนาจหน้าที่ของส่วนราชการกรุงเทพมหานคร</p>""",
    [("หน้าหลัก", "/"), ("เกี่ยวกับเขต", None), ("อำนาจหน้าที่", None)]))

w("/about/laws.html", page("กฎหมายที่เกี่ยวข้อง", """<h2>กฎหมายที่เกี่ยวข้อง</h2><ul>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. 2528</a></li>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558</a></li>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560</a></li>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562</a></li>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติรักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. 2535</a></li>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติควบคุมอาคาร พ.ศ. 2522</a></li>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540</a></li>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติการสาธารณสุข พ.ศ. 2535</a></li></ul>
<p class="meta">ตรวจสอบความเป็นปัจจุบัน ณ วันที่ 3 พฤษภาคม 2564</p>""", [("หน้าหลัก", "/"), ("เกี่ยวกับเขต", None), ("กฎหมายที่เกี่ยวข้อง", None)]))

w("/contact.html", page("ติดต่อเรา", f"""<h2>ติดต่อ{DISTRICT}</h2>
<p><b>ที่อยู่</b> เลขที่ 99 ถนนสามแพร่งพัฒนา แขวงคลองสามแพร่ง เขตคลองสามแพร่ง กรุงเทพมหานคร 10590</p>
<p><b>โทรศัพท์</b> 0 2555 0100-3 &nbsp; <b>โทรสาร</b> 0 2555 0104</p>
<p><b>อีเมล</b> <a href="mailto:klongsamphraeng@bangkok.go.th">klongsamphraeng@bangkok.go.th</a></p>
<p><b>เวลาทำการ</b> วันจันทร์ - วันศุกร์ เวลา 08.00 - 16.00 น. (งานทะเบียนเปิดบริการวันเสาร์ 08.00 - 12.00 น.)</p>
<p><b>แผนที่</b></p><img src="/images/map.png" alt="แผนที่ตั้งสำนักงานเขตคลองสามแพร่ง" width="560">
<p><a href="https://maps.google.com/?q=13.7065,100.4321">ดูแผนที่ Google Maps</a></p>
<h3>แสดงความคิดเห็น / ข้อเสนอแนะ</h3>
<p>ท่านสามารถแสดงความคิดเห็นหรือข้อเสนอแนะเพื่อการปรับปรุงการให้บริการของสำนักงานเขตได้ทางแบบฟอร์มด้านล่าง ทาง LINE @klongsamphraeng หรือกล่องรับความคิดเห็นบริเวณชั้น 1</p>
<form action="/contact-submit" method="post"><p>ชื่อ-สกุล <input name="name"></p><p>อีเมล/โทรศัพท์ <input name="contact"></p>
<p>ความคิดเห็น/ข้อเสนอแนะ<br><textarea name="msg" rows="5" cols="60"></textarea></p><p><button>ส่งความคิดเห็น</button></p></form>""",
    [("หน้าหลัก", "/"), ("ติดต่อเรา", None)]))

w("/qa.html", page("ถาม-ตอบ (Q&A)", """<h2>ถาม-ตอบ (Q&amp;A)</h2>
<div style="padding:30px;text-align:center;background:#fff8e0;border:1px solid #e0c060">
<p><b>ระบบกระดานถาม-ตอบ อยู่ระหว่างปรับปรุง</b></p><p>ขออภัยในความไม่สะดวก</p></div>""",
    [("หน้าหลัก", "/"), ("ถาม-ตอบ", None)]))

w("/eservice.html", page("E-Service", f"""<h2>บริการออนไลน์ (E-Service)</h2><ul>
<li><a href="https://q.bangkok.go.th/">จองคิวรับบริการล่วงหน้า (BMA Q)</a> งานทะเบียนราษฎร บัตรประจำตัวประชาชน ทะเบียนสมรส</li>
<li><a href="https://oss.bangkok.go.th/">ขออนุญาตออนไลน์ (BMA OSS)</a> ขออนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร ใบอนุญาตประกอบกิจการ</li>
<li><a href="https://www.bangkok.go.th/">ชำระภาษีที่ดินและสิ่งปลูกสร้างออนไลน์</a></li></ul>
<h3>แบบฟอร์มขอใช้สถานที่/ขอรับบริการออนไลน์ {DISTRICT}</h3>
<form action="/eservice-submit" method="post"><p>ชื่อ-สกุล <input name="name"></p><p>โทรศัพท์ <input name="tel"></p>
<p>เรื่องที่ขอรับบริการ <select name="type"><option>ขอใช้ห้องประชุม/ลานกีฬา</option><option>ขอรับบริการจัดเก็บขยะชิ้นใหญ่</option><option>ขอรับบริการตัดแต่งกิ่งไม้</option></select></p>
<p>รายละเอียด<br><textarea name="detail" rows="4" cols="60"></textarea></p><button>ส่งคำขอ</button></form>
<p class="meta">เจ้าหน้าที่จะติดต่อกลับภายใน 2 วันทำการ</p>""", [("หน้าหลัก", "/"), ("E-Service", None)]))

w("/complaint.html", page("ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", f"""<h2>ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h2>
<p>ผู้ที่พบเห็นการทุจริตหรือประพฤติมิชอบของเจ้าหน้าที่{DISTRICT} สามารถแจ้งเรื่องร้องเรียนได้ทางช่องทางต่อไปนี้ โดยข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>
<ol><li>ยื่นด้วยตนเอง ณ ฝ่ายปกครอง ชั้น 2 {DISTRICT}</li><li>ทางไปรษณีย์ ถึง ผู้อำนวยการเขตคลองสามแพร่ง เลขที่ 99 ถนนสามแพร่งพัฒนา กรุงเทพมหานคร 10590</li>
<li>โทรศัพท์ 0 2555 0100 ต่อ 1207 หรือสายด่วนกรุงเทพมหานคร 1555</li><li>อีเมล <a href="mailto:antifraud.ksp@bangkok.go.th">antifraud.ksp@bangkok.go.th</a></li>
<li>แบบฟอร์มออนไลน์ด้านล่าง</li></ol>
<form action="/complaint-submit" method="post"><p>เรื่องที่ร้องเรียน <input name="subject" size="50"></p><p>ผู้ถูกร้องเรียน/หน่วยงาน <input name="who"></p>
<p>รายละเอียด<br><textarea name="detail" rows="6" cols="60"></textarea></p><p>ช่องทางติดต่อกลับ (ถ้ามี) <input name="contact"></p><button>ส่งเรื่องร้องเรียน</button></form>
<p>แนวปฏิบัติการจัดการเรื่องร้องเรียน: <a href="/article/1136.html">{A[1136]['title']}</a></p>""",
    [("หน้าหลัก", "/"), ("ร้องเรียนการทุจริต", None)]))

# ---- ITA checklist page -----------------------------------------------------
OIT = [
 ("O1", "โครงสร้างหน่วยงาน", "/about/structure.html"), ("O2", "ข้อมูลผู้บริหาร", "/about/executives.html"),
 ("O3", "อำนาจหน้าที่", "/about/authority.html"), ("O4", "แผนยุทธศาสตร์และแผนพัฒนาสำนักงานเขต", "/article/951.html"),
 ("O5", "ข้อมูลการติดต่อ", "/contact.html"), ("O6", "กฎหมายที่เกี่ยวข้อง", "/about/laws.html"),
 ("O7", "ข่าวประชาสัมพันธ์", "/category/news/"), ("O8", "Q&amp;A", "/qa.html"),
 ("O9", "Social Network", "https://www.facebook.com/klongsamphraeng.bma"), ("O10", "แผนปฏิบัติราชการประจำปี", "/article/953.html"),
 ("O11", "รายงานการกำกับติดตามการดำเนินงาน", "/print/1187.html"), ("O12", "รายงานผลการดำเนินงานประจำปี", "/article/955.html"),
 ("O13", "คู่มือหรือมาตรฐานการปฏิบัติงาน", "/article/1145.html"), ("O14", "คู่มือหรือมาตรฐานการให้บริการ", "/article/1142.html"),
 ("O15", "ข้อมูลเชิงสถิติการให้บริการ", "/article/1112.html"), ("O16", "รายงานผลการสำรวจความพึงพอใจการให้บริการ", "/print/1199.html"),
 ("O17", "E-Service", "/eservice.html"), ("O18", "แผนการใช้จ่ายงบประมาณประจำปี", "/article/1109.html"),
 ("O19", "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ", "/article/1190.html"), ("O20", "รายงานผลการใช้จ่ายงบประมาณประจำปี", "/article/1120.html"),
 ("O21", "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ", "/article/1116.html"), ("O22", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง", "/article/1157.html"),
 ("O23", "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน", "/print/1202.html"), ("O24", "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี", "/article/957.html"),
 ("O25", "นโยบายการบริหารทรัพยากรบุคคล", "/article/1130.html"), ("O26", "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล", "/article/958.html"),
 ("O27", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "/article/1133.html"), ("O28", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", "/article/1126.html"),
 ("O29", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", "/article/1136.html"), ("O30", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", "/complaint.html"),
 ("O31", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี", "/article/1196.html"), ("O32", "ช่องทางการรับฟังความคิดเห็น", "/contact.html"),
 ("O33", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", "/article/1160.html"), ("O34", "เจตจำนงสุจริตของผู้บริหาร", "/print/1139.html"),
 ("O35", "การมีส่วนร่วมของผู้บริหาร", "/article/1166.html"), ("O36", "การประเมินความเสี่ยงการทุจริตประจำปี", None),
 ("O37", "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต", "/article/1151.html"), ("O38", "การเสริมสร้างวัฒนธรรมองค์กร", "/article/1174.html"),
 ("O39", "แผนปฏิบัติการป้องกันการทุจริตประจำปี", "/article/959.html"), ("O40", "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต", "/article/1193.html"),
 ("O41", "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี", "/article/1123.html"), ("O42", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "/article/1154.html"),
 ("O43", "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "/article/1205.html"),
]
def _cell(h):
    return f'<a href="{h}">เปิดดู</a>' if h else '<span style="color:#a00">อยู่ระหว่างปรับปรุงข้อมูล</span>'
rows = "".join(f"<tr><td>{c}</td><td>{t}</td><td>{_cell(h)}</td></tr>" for c, t, h in OIT)
w("/ita/index.html", page("ITA 2564", f"""<h2>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2564</h2>
<p>แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) {DISTRICT} — รวบรวมโดยฝ่ายปกครอง</p>
<table class="oit"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{rows}</table>
<p class="meta">ดูข้อมูลทั้งหมดได้ที่ <a href="/category/ita-2564/">หมวด ITA 2564</a> · ข้อมูลปีก่อน <a href="/category/ita-2563/">หมวด ITA 2563</a> · ปรับปรุงตารางเมื่อ 30 เมษายน 2564</p>""",
    [("หน้าหลัก", "/"), ("ITA 2564", None)]))

# ---- home -------------------------------------------------------------------
news = sorted([a for a in A.values() if a["cat"] == "news"], key=lambda a: a["date"], reverse=True)
ita_latest = sorted([a for a in A.values() if a["cat"] == "ita-2564" and a["id"] not in MISSING_ARTICLE], key=lambda a: (a["date"], a["id"]), reverse=True)[:5]
w("/index.html", page("หน้าหลัก", f"""<h2>ยินดีต้อนรับสู่เว็บไซต์{DISTRICT}</h2>
<img src="/images/banner.png" alt="ร่วมต่อต้านการทุจริต" width="100%">
<h3>ข่าวประชาสัมพันธ์</h3>{listing(news)}<p><a href="/category/news/">ดูข่าวทั้งหมด</a></p>
<h3>ITA 2564 ล่าสุด</h3>{listing(ita_latest)}<p><a href="/category/ita-2564/">ดูทั้งหมด</a> · <a href="/ita/">ตาราง OIT 2564</a></p>"""))

# ---------------------------------------------------------------- images
for i in (1, 2, 3):
    portrait(f"/images/exec/{i}.png", i)
orgchart("/images/orgchart-2564.png", UNITS)
def plain_img(rel, txt, size=(800, 300), bg=(70, 120, 80)):
    img = Image.new("RGB", size, bg); dr = ImageDraw.Draw(img)
    dr.text((30, size[1] // 2 - 20), txt, font=ImageFont.truetype(FONTDIR + "Loma-Bold.ttf", 30), fill="white")
    p = os.path.join(SITE, rel.lstrip("/")); os.makedirs(os.path.dirname(p), exist_ok=True); img.save(p)
plain_img("/images/banner.png", "สำนักงานเขตคลองสามแพร่ง ร่วมต่อต้านการทุจริต คอร์รัปชัน", (1000, 200))
plain_img("/images/map.png", "แผนที่: 99 ถ.สามแพร่งพัฒนา (ใกล้ตลาดสามแพร่ง)", (560, 360), (120, 140, 160))
for nid in (1166, 1174, 1208):
    plain_img(f"/images/news/{nid}.png", A[nid]["title"][:40], (640, 360), (90, 90, 110))

# ---------------------------------------------------------------- PDFs
def sig(name, pos, date):
    return [f"ประกาศ ณ วันที่ {date}", "", f"({name})", pos]
DIR_POS = "ผู้อำนวยการเขตคลองสามแพร่ง"
W4 = [40, 190, 90, 90, 85]

def plan_doc(rel, year, kind, signer_name, sdate):
    rows = [["ลำดับ", "โครงการ/กิจกรรม", "งบประมาณ (บาท)", "ระยะเวลา", "ผู้รับผิดชอบ"],
            [th(1), "โครงการปรับปรุงผิวจราจรและทางเท้าในซอยสาธารณะ", th("4,850,000"), f"ม.ค. - มิ.ย. {th(year)}", "ฝ่ายโยธา"],
            [th(2), "โครงการพัฒนาคุณภาพชีวิตผู้สูงอายุในชุมชน", th("320,000"), f"ต.ค. {th(year-1)} - ก.ย. {th(year)}", "ฝ่ายพัฒนาชุมชนฯ"],
            [th(3), "โครงการคลองสวย น้ำใส คลองสามแพร่ง", th("780,000"), f"ธ.ค. {th(year-1)} - ส.ค. {th(year)}", "ฝ่ายรักษาความสะอาดฯ"],
            [th(4), "โครงการเพิ่มประสิทธิภาพการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง", th("150,000"), f"ม.ค. - เม.ย. {th(year)}", "ฝ่ายรายได้"],
            [th(5), "โครงการตรวจสุขาภิบาลอาหารและตลาด", th("95,000"), f"ต.ค. {th(year-1)} - ก.ย. {th(year)}", "ฝ่ายสิ่งแวดล้อมฯ"]]
    pdf(rel, [f"{kind}", DISTRICT, f"ประจำปีงบประมาณ พ.ศ. {th(year)}"],
        [f"{DISTRICT} ได้จัดทำ{kind} ประจำปีงบประมาณ พ.ศ. {th(year)} ให้สอดคล้องกับแผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๒ (พ.ศ. ๒๕๖๑ - ๒๕๖๕) เพื่อใช้เป็นกรอบการดำเนินงานของทุกฝ่าย ระหว่างวันที่ ๑ ตุลาคม {th(year-1)} ถึงวันที่ ๓๐ กันยายน {th(year)}",
         "##วิสัยทัศน์", "เขตคลองสามแพร่ง เมืองน่าอยู่ ชุมชนเข้มแข็ง บริการโปร่งใส"],
        rows, W4, sig(signer_name, DIR_POS, sdate))

plan_doc(f(951, "devplan-2563.pdf"), 2563, "แผนพัฒนาเขตคลองสามแพร่ง", FORMER_DIRECTOR, "๑๐ ตุลาคม ๒๕๖๒")
plan_doc(f(1102, "devplan-2564.pdf"), 2564, "แผนพัฒนาเขตคลองสามแพร่ง", DIRECTOR, "๑๕ ตุลาคม ๒๕๖๓")
plan_doc(f(953, "actionplan-2563.pdf"), 2563, "แผนปฏิบัติราชการ", FORMER_DIRECTOR, "๓๑ ตุลาคม ๒๕๖๒")
plan_doc(f(1105, "actionplan-2564.pdf"), 2564, "แผนปฏิบัติราชการ", DIRECTOR, "๒๖ ตุลาคม ๒๕๖๓")

pdf(f(955, "annual-report-2562.pdf"), ["รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๒", DISTRICT],
    ["รายงานผลการดำเนินงานตามแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๒ (ตุลาคม ๒๕๖๑ - กันยายน ๒๕๖๒) ดำเนินการแล้วเสร็จ ๒๔ โครงการ จาก ๒๖ โครงการ คิดเป็นร้อยละ ๙๒.๓๑"],
    [["ลำดับ", "โครงการ", "ผลการดำเนินงาน", "งบประมาณที่ใช้", "หมายเหตุ"],
     ["๑", "โครงการปรับปรุงผิวจราจรซอยสามแพร่ง ๓", "แล้วเสร็จ", "๓,๙๘๐,๐๐๐", "-"],
     ["๒", "โครงการคลองสวย น้ำใส", "แล้วเสร็จ", "๖๔๐,๐๐๐", "-"],
     ["๓", "โครงการอบรมอาสาสมัครป้องกันภัย", "ไม่แล้วเสร็จ", "๐", "เลื่อนไปปี ๒๕๖๓"]], W4)
pdf(f(1187, "progress-6m-2564.pdf"), ["รายงานผลการดำเนินงานตามแผนปฏิบัติราชการ", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ รอบ ๖ เดือน", "(๑ ตุลาคม ๒๕๖๓ - ๓๑ มีนาคม ๒๕๖๔)", DISTRICT],
    ["ความก้าวหน้าการดำเนินงานตามแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ ในรอบ ๖ เดือนแรก สรุปได้ดังนี้"],
    [["ลำดับ", "โครงการ/กิจกรรม", "ความก้าวหน้า (%)", "งบประมาณที่ใช้ (บาท)", "ผู้รับผิดชอบ"],
     ["๑", "โครงการปรับปรุงผิวจราจรและทางเท้าในซอยสาธารณะ", "๔๕", "๑,๙๒๐,๐๐๐", "ฝ่ายโยธา"],
     ["๒", "โครงการพัฒนาคุณภาพชีวิตผู้สูงอายุในชุมชน", "๕๐", "๑๔๕,๐๐๐", "ฝ่ายพัฒนาชุมชนฯ"],
     ["๓", "โครงการคลองสวย น้ำใส คลองสามแพร่ง", "๔๐", "๒๘๐,๕๐๐", "ฝ่ายรักษาความสะอาดฯ"],
     ["๔", "โครงการเพิ่มประสิทธิภาพการจัดเก็บภาษีที่ดินฯ", "๗๐", "๘๘,๐๐๐", "ฝ่ายรายได้"],
     ["๕", "โครงการตรวจสุขาภิบาลอาหารและตลาด", "๕๕", "๔๑,๒๐๐", "ฝ่ายสิ่งแวดล้อมฯ"]], W4,
    after=["ปัญหาอุปสรรค: สถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา ๒๐๑๙ ทำให้ต้องเลื่อนกิจกรรมที่มีการรวมกลุ่ม"])
for u_i, u in enumerate(MANUAL_UNITS):
    pdf(f(1145, f"manual-{u_i+1}.pdf"), ["คู่มือการปฏิบัติงาน", u, DISTRICT, "ฉบับปรับปรุง พ.ศ. ๒๕๖๔"],
        ["##วัตถุประสงค์", f"เพื่อให้เจ้าหน้าที่{u}ปฏิบัติงานได้อย่างถูกต้อง เป็นมาตรฐานเดียวกัน และตรวจสอบได้",
         "##ขั้นตอนการปฏิบัติงาน", "๑. รับเรื่องและตรวจสอบเอกสาร  ๒. พิจารณาและเสนอผู้บังคับบัญชา  ๓. ดำเนินการและบันทึกผล  ๔. แจ้งผลและจัดเก็บเอกสาร",
         "##ระยะเวลา", "ตามที่กฎหมายและระเบียบที่เกี่ยวข้องกำหนด"])
for rel, t in [(f(1142, "guide-registration.pdf"), "การแจ้งเกิด แจ้งตาย และการย้ายที่อยู่"),
               (f(1142, "guide-signtax.pdf"), "การยื่นแบบและชำระภาษีป้าย"),
               (f(1142, "guide-building.pdf"), "การขออนุญาตก่อสร้างอาคาร ดัดแปลง หรือรื้อถอนอาคาร")]:
    pdf(rel, ["คู่มือสำหรับประชาชน", f"งานบริการ: {t}", DISTRICT],
        ["##หลักเกณฑ์ วิธีการ เงื่อนไข", "ผู้ยื่นคำขอต้องยื่นเอกสารให้ครบถ้วนตามรายการ ณ สำนักงานเขตคลองสามแพร่ง หรือผ่านระบบออนไลน์ของกรุงเทพมหานคร",
         "##ขั้นตอนและระยะเวลา", "ตรวจสอบเอกสาร ๑๕ นาที · พิจารณา ๑ วันทำการ · แจ้งผล ๑ วันทำการ",
         "##ค่าธรรมเนียม", "ตามอัตราที่กฎหมายกำหนด", "##ช่องทางร้องเรียน", "โทร. ๐ ๒๕๕๕ ๐๑๐๐-๓ หรือสายด่วน ๑๕๕๕"])
pdf(f(1112, "service-stat-2563.pdf"), ["ข้อมูลเชิงสถิติการให้บริการ", DISTRICT, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๓ (ตุลาคม ๒๕๖๒ - กันยายน ๒๕๖๓)"], [],
    [["งานบริการ", "ต.ค.-ธ.ค. ๖๒", "ม.ค.-มี.ค. ๖๓", "เม.ย.-มิ.ย. ๖๓", "ก.ค.-ก.ย. ๖๓"],
     ["ทะเบียนราษฎร", "๓,๑๒๐", "๒,๙๘๐", "๑,๔๔๐", "๒,๖๕๐"], ["บัตรประจำตัวประชาชน", "๒,๕๐๐", "๒,๓๑๐", "๙๘๐", "๒,๑๒๐"],
     ["ภาษีป้าย", "๑๒๐", "๑,๐๕๐", "๒๒๐", "๘๕"], ["ขออนุญาตก่อสร้าง", "๔๒", "๓๘", "๒๑", "๓๕"]], [150, 80, 80, 80, 80])
pdf(f(1199, "satisfaction-6m-2564.pdf"), ["รายงานผลการสำรวจความพึงพอใจการให้บริการ", DISTRICT, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ รอบ ๖ เดือน (ตุลาคม ๒๕๖๓ - มีนาคม ๒๕๖๔)"],
    ["สำรวจจากผู้รับบริการ จำนวน ๔๐๐ ราย ด้วยแบบสอบถาม ณ จุดบริการและแบบออนไลน์"],
    [["ด้าน", "ค่าเฉลี่ย (เต็ม ๕)", "ร้อยละ"], ["ขั้นตอนการให้บริการ", "๔.๔๒", "๘๘.๔"], ["เจ้าหน้าที่ผู้ให้บริการ", "๔.๕๖", "๙๑.๒"],
     ["สิ่งอำนวยความสะดวก", "๔.๓๙", "๘๗.๘"], ["คุณภาพการให้บริการ", "๔.๕๔", "๙๐.๘"], ["ภาพรวม", "๔.๔๘", "๘๙.๖"]], [200, 120, 100],
    after=["ข้อเสนอแนะ: เพิ่มที่จอดรถ และขยายเวลาให้บริการวันเสาร์"])
pdf(f(1109, "spending-plan-2563.pdf"), ["แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๓", DISTRICT], [],
    [["งบรายจ่าย", "ไตรมาส ๑", "ไตรมาส ๒", "ไตรมาส ๓", "ไตรมาส ๔", "รวม"],
     ["งบบุคลากร", "๑๘,๒๐๐,๐๐๐", "๑๘,๒๐๐,๐๐๐", "๑๘,๒๐๐,๐๐๐", "๑๘,๒๐๐,๐๐๐", "๗๒,๘๐๐,๐๐๐"],
     ["งบดำเนินงาน", "๖,๔๐๐,๐๐๐", "๕,๙๐๐,๐๐๐", "๕,๒๐๐,๐๐๐", "๔,๘๐๐,๐๐๐", "๒๒,๓๐๐,๐๐๐"],
     ["งบลงทุน", "๐", "๓,๒๐๐,๐๐๐", "๔,๑๐๐,๐๐๐", "๒,๐๐๐,๐๐๐", "๙,๓๐๐,๐๐๐"]], [90, 75, 75, 75, 75, 85])
xlsx(f(1109, "spending-plan-2564.xlsx"), "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2564 (ตามที่ได้รับจัดสรร)",
     ["งบรายจ่าย", "ไตรมาส 1 (ต.ค.-ธ.ค. 63)", "ไตรมาส 2 (ม.ค.-มี.ค. 64)", "ไตรมาส 3 (เม.ย.-มิ.ย. 64)", "ไตรมาส 4 (ก.ค.-ก.ย. 64)", "รวม"],
     [["งบบุคลากร", 18650000, 18650000, 18650000, 18650000, 74600000], ["งบดำเนินงาน", 6100000, 5800000, 5300000, 4900000, 22100000],
      ["งบลงทุน", 0, 2900000, 4300000, 1800000, 9000000], ["งบรายจ่ายอื่น", 250000, 250000, 250000, 250000, 1000000]])
pdf(f(1120, "spending-report-2563.pdf"), ["รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๓", DISTRICT, "(๑ ตุลาคม ๒๕๖๒ - ๓๐ กันยายน ๒๕๖๓)"], [],
    [["งบรายจ่าย", "งบประมาณที่ได้รับ", "เบิกจ่าย", "ร้อยละ"], ["งบบุคลากร", "๗๒,๘๐๐,๐๐๐", "๗๒,๑๔๐,๐๐๐", "๙๙.๐๙"],
     ["งบดำเนินงาน", "๒๒,๓๐๐,๐๐๐", "๒๐,๙๗๐,๐๐๐", "๙๔.๐๔"], ["งบลงทุน", "๙,๓๐๐,๐๐๐", "๘,๕๒๐,๐๐๐", "๙๑.๖๑"]], [150, 110, 110, 70],
    after=["ปัญหาอุปสรรค: การดำเนินโครงการบางส่วนล่าช้าจากสถานการณ์โรคติดเชื้อไวรัสโคโรนา ๒๐๑๙"])
pdf(f(1190, "spending-6m-2564.pdf"), ["รายงานการใช้จ่ายงบประมาณ รอบ ๖ เดือน"], ["(ไม่ได้เผยแพร่)"])  # removed below (404)
pdf(f(1116, "proc-plan-2564.pdf"), ["ประกาศสำนักงานเขตคลองสามแพร่ง", "เรื่อง เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๔"], [],
    [["ลำดับ", "รายการ", "วงเงิน (บาท)", "วิธีจัดหา", "คาดว่าจะประกาศ"],
     ["๑", "จ้างปรับปรุงผิวจราจรซอยสามแพร่ง ๗", "๒,๔๕๐,๐๐๐", "e-bidding", "ม.ค. ๒๕๖๔"],
     ["๒", "จ้างก่อสร้างทางเท้าถนนสามแพร่งพัฒนา", "๑,๘๙๐,๐๐๐", "e-bidding", "ก.พ. ๒๕๖๔"],
     ["๓", "ซื้อวัสดุสำนักงาน", "๓๒๐,๐๐๐", "เฉพาะเจาะจง", "รายไตรมาส"]], W4,
    signer=sig(DIRECTOR, DIR_POS, "๑๙ พฤศจิกายน ๒๕๖๓"))
for n, (rel, t, d) in enumerate([(f(1157, "ann-1.pdf"), "ประกาศเชิญชวนจ้างปรับปรุงผิวจราจรซอยสามแพร่ง ๗ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "๑๒ มกราคม ๒๕๖๔"),
                                 (f(1157, "ann-2.pdf"), "ประกาศผู้ชนะการเสนอราคา จ้างปรับปรุงผิวจราจรซอยสามแพร่ง ๗", "๒๔ กุมภาพันธ์ ๒๕๖๔"),
                                 (f(1157, "ann-3.pdf"), "ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุสำนักงาน ประจำเดือนมีนาคม ๒๕๖๔", "๕ มีนาคม ๒๕๖๔")]):
    pdf(rel, ["ประกาศสำนักงานเขตคลองสามแพร่ง", f"เรื่อง {t}"],
        [f"ด้วยสำนักงานเขตคลองสามแพร่ง มีความประสงค์จะดำเนินการตามรายการข้างต้น ปีงบประมาณ พ.ศ. ๒๕๖๔ รายละเอียดตามเอกสารประกวดราคาที่เผยแพร่ในระบบ e-GPBMA"],
        signer=sig(DIRECTOR, DIR_POS, d))
SKR = ["ที่", "งานที่จัดซื้อ หรือจัดจ้าง", "วงเงินที่จะ ซื้อหรือจ้าง", "ราคากลาง", "วิธีซื้อ หรือจ้าง", "รายชื่อผู้เสนอราคา และราคาที่เสนอ",
       "ผู้ได้รับการคัดเลือก และราคาที่ตกลง", "เหตุผลที่คัดเลือก โดยสรุป", "เลขที่และวันที่ของ สัญญาหรือข้อตกลง"]
for i, (lab, ym, code) in enumerate(PROC_MONTHS):
    y, m = ym.split("-")
    mname = MONTHS[int(m)]
    rows = [SKR,
            ["๑", "ซื้อวัสดุสำนักงาน", th(f"{45000 + i*1200:,}"), th(f"{45000 + i*1200:,}"), "เฉพาะเจาะจง", f"หจก.สามแพร่งภัณฑ์ {th(f'{44500 + i*1200:,}')}",
             f"หจก.สามแพร่งภัณฑ์ {th(f'{44500 + i*1200:,}')}", "ราคาต่ำสุด คุณสมบัติครบ", f"ใบสั่งซื้อ {th(f'{12+i}/{y}')} ลว. {th(5+i)} {MABBR[int(m)]} {th(y[2:])}"],
            ["๒", "จ้างซ่อมรถเก็บขนมูลฝอย", th(f"{38000 + i*900:,}"), th(f"{38000 + i*900:,}"), "เฉพาะเจาะจง", f"อู่ช่างเอก {th(f'{37800 + i*900:,}')}",
             f"อู่ช่างเอก {th(f'{37800 + i*900:,}')}", "ราคาเหมาะสม", f"ใบสั่งจ้าง {th(f'{30+i}/{y}')} ลว. {th(12+i)} {MABBR[int(m)]} {th(y[2:])}"]]
    pdf(f(1202, f"skr1-{code}.pdf"), [f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {mname} {th(y)}", DISTRICT, "(แบบ สขร.๑)"], [], rows,
        [30, 100, 70, 62, 62, 110, 110, 88, 110], land=True, small=True)
pdf(f(957, "proc-annual-2562.pdf"), ["รายงานผลการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. ๒๕๖๒", DISTRICT],
    ["สรุปผลการจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. ๒๕๖๒ จำนวน ๑๘๔ รายการ วงเงินรวม ๓๔,๒๑๐,๕๐๐ บาท"],
    [["วิธีจัดหา", "จำนวน", "วงเงิน (บาท)"], ["e-bidding", "๙", "๒๑,๔๐๐,๐๐๐"], ["เฉพาะเจาะจง", "๑๗๕", "๑๒,๘๑๐,๕๐๐"]], [180, 80, 120],
    after=["ปัญหาอุปสรรค: ผู้ประกอบการบางรายยื่นเอกสารไม่ครบถ้วน", "แนวทางแก้ไข: ชี้แจงหลักเกณฑ์ก่อนการยื่นข้อเสนอ"])
pdf(f(1130, "hr-policy.pdf"), ["ประกาศสำนักงานเขตคลองสามแพร่ง", "เรื่อง นโยบายการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๓"],
    ["เพื่อให้การบริหารทรัพยากรบุคคลของสำนักงานเขตคลองสามแพร่งเป็นไปอย่างมีประสิทธิภาพ โปร่งใส และเป็นธรรม จึงกำหนดนโยบายดังนี้",
     "๑. ด้านการสรรหาและคัดเลือก ยึดหลักคุณธรรม  ๒. ด้านการพัฒนาบุคลากร ส่งเสริมให้บุคลากรทุกคนได้รับการพัฒนาอย่างน้อยปีละ ๑ ครั้ง  ๓. ด้านการรักษาไว้ซึ่งบุคลากร สร้างขวัญกำลังใจและสวัสดิการ  ๔. ด้านการประเมินผลการปฏิบัติงาน อย่างเป็นธรรมและโปร่งใส"],
    signer=sig(FORMER_DIRECTOR, DIR_POS, "๑๕ พฤศจิกายน ๒๕๖๒"))
pdf(f(958, "hr-action-2563.pdf"), ["การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๓", DISTRICT], [],
    [["นโยบาย", "การดำเนินการ", "ช่วงเวลา"], ["การพัฒนาบุคลากร", "อบรมจริยธรรมข้าราชการ", "ธ.ค. ๒๕๖๒"],
     ["การรักษาไว้ซึ่งบุคลากร", "มอบรางวัลข้าราชการดีเด่น", "ม.ค. ๒๕๖๓"], ["การสรรหา", "คัดเลือกลูกจ้างชั่วคราว", "ก.พ. ๒๕๖๓"]], [150, 200, 100])
pdf(f(1133, "hr-criteria-2564.pdf"), ["หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", DISTRICT, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๔"],
    ["##การสรรหาและคัดเลือก", "ดำเนินการตามกฎ ก.ก. และประกาศที่เกี่ยวข้อง โดยประกาศรับสมัครอย่างเปิดเผย",
     "##การบรรจุและแต่งตั้ง", "พิจารณาตามคุณสมบัติ ผลการปฏิบัติงาน และความรู้ความสามารถ",
     "##การพัฒนาบุคลากร", "ส่งบุคลากรเข้ารับการฝึกอบรมตามแผนพัฒนาบุคลากร ปี ๒๕๖๔",
     "##การประเมินผลการปฏิบัติงาน", "ประเมินปีละ ๒ รอบ (๑ ต.ค. - ๓๑ มี.ค. และ ๑ เม.ย. - ๓๐ ก.ย.)",
     "##การให้คุณให้โทษและการสร้างขวัญกำลังใจ", "พิจารณาเลื่อนเงินเดือนตามผลการประเมิน และดำเนินการทางวินัยตามระเบียบ"])
pdf(f(1126, "hr-report-2562.pdf"), ["รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๒", DISTRICT],
    ["รายงานผลการดำเนินงานด้านการบริหารและพัฒนาทรัพยากรบุคคล ระหว่างวันที่ ๑ ตุลาคม ๒๕๖๑ ถึงวันที่ ๓๐ กันยายน ๒๕๖๒"],
    [["กิจกรรม", "เป้าหมาย", "ผล"], ["อบรมพัฒนาบุคลากร", "๑๒๐ คน", "๑๑๔ คน"], ["ประเมินผลการปฏิบัติงาน", "๒ รอบ", "๒ รอบ"],
     ["สวัสดิการและขวัญกำลังใจ", "๔ กิจกรรม", "๔ กิจกรรม"]], [200, 100, 100],
    signer=["", f"({FORMER_DIRECTOR})", DIR_POS, "๒๐ พฤศจิกายน ๒๕๖๒"])
pdf(f(1136, "complaint-guideline.pdf"), ["แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", DISTRICT],
    ["##ช่องทางการร้องเรียน", "ด้วยตนเอง ไปรษณีย์ โทรศัพท์ ๐ ๒๕๕๕ ๐๑๐๐ ต่อ ๑๒๐๗ อีเมล antifraud.ksp@bangkok.go.th และแบบฟอร์มออนไลน์บนเว็บไซต์",
     "##ขั้นตอนการดำเนินการ", "๑. ลงทะเบียนรับเรื่องภายใน ๑ วันทำการ  ๒. ตรวจสอบข้อเท็จจริงภายใน ๑๕ วัน  ๓. เสนอผู้อำนวยการเขตพิจารณา  ๔. แจ้งผลให้ผู้ร้องทราบภายใน ๓๐ วัน",
     "##การคุ้มครองผู้ร้องเรียน", "เก็บรักษาข้อมูลของผู้ร้องเรียนเป็นความลับ"],
    signer=sig(DIRECTOR, DIR_POS, "๒๐ มกราคม ๒๕๖๔"))
pdf(f(1139, "integrity-2564-th.pdf"), ["ประกาศสำนักงานเขตคลองสามแพร่ง", "เรื่อง เจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๔"],
    [f"ข้าพเจ้า {DIRECTOR} ผู้อำนวยการเขตคลองสามแพร่ง ขอประกาศเจตจำนงว่าจะปฏิบัติหน้าที่และบริหารงานด้วยความซื่อสัตย์สุจริต โปร่งใส เป็นธรรม และตรวจสอบได้ จะไม่ยอมให้มีการทุจริตคอร์รัปชันในทุกรูปแบบ",
     "และจะนำหลักธรรมาภิบาลมาใช้ในการบริหารงาน เพื่อให้สำนักงานเขตคลองสามแพร่งเป็นหน่วยงานที่มีคุณธรรมและความโปร่งใส"],
    signer=sig(DIRECTOR, DIR_POS, "๒๕ มกราคม ๒๕๖๔"))
pdf(f(1148, "risk-2564.pdf"), ["การประเมินความเสี่ยงการทุจริต", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", DISTRICT], [],
    [["กระบวนงาน", "เหตุการณ์ความเสี่ยง", "ระดับความเสี่ยง", "มาตรการควบคุม", "ผู้รับผิดชอบ"],
     ["การอนุญาตก่อสร้างอาคาร", "เรียกรับประโยชน์เพื่อเร่งรัดการอนุญาต", "สูง", "ใช้ระบบ BMA OSS ติดตามสถานะ", "ฝ่ายโยธา"],
     ["การจัดซื้อจัดจ้าง", "กำหนดคุณลักษณะเอื้อผู้ค้ารายใด", "สูง", "ตรวจสอบ TOR โดยคณะกรรมการ", "ฝ่ายการคลัง"],
     ["การจัดเก็บภาษี", "ประเมินภาษีต่ำกว่าความเป็นจริง", "ปานกลาง", "สุ่มตรวจการประเมิน", "ฝ่ายรายได้"]], W4)
scan_pdf(f(1151, "risk-action-scan.pdf"),
         ["รายงานการดำเนินการเพื่อจัดการความเสี่ยงการทุจริต", "สำนักงานเขตคลองสามแพร่ง", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
          "", "๑. กระบวนงานอนุญาตก่อสร้าง ดำเนินการตามมาตรการ ...", "๒. การจัดซื้อจัดจ้าง ตรวจสอบ TOR ...", "๓. การจัดเก็บภาษี สุ่มตรวจ ...",
          "", "ผลการดำเนินการ ...", "", "ลงชื่อ ............................", "ผู้อำนวยการเขต"])
pdf(f(1154, "measures-2564.pdf"), ["มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", DISTRICT],
    ["##การวิเคราะห์ผลการประเมิน ITA ประจำปี ๒๕๖๓", "สำนักงานเขตคลองสามแพร่งได้คะแนน ITA ปี ๒๕๖๓ รวม ๘๖.๔๒ คะแนน (IIT ๘๘.๑๐ EIT ๘๔.๙๕ OIT ๘๖.๒๕) ประเด็นที่เป็นจุดอ่อน ได้แก่ การเปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน และการรับฟังความคิดเห็น"],
    [["ประเด็น/จุดอ่อน", "มาตรการ/กิจกรรม ปี ๒๕๖๔", "ผู้รับผิดชอบ", "การกำกับติดตาม"],
     ["O๒๓ สรุปผลการจัดซื้อจัดจ้างรายเดือนไม่ครบ", "จัดทำ สขร.๑ ทุกเดือน เผยแพร่ภายในวันที่ ๑๕ ของเดือนถัดไป", "ฝ่ายการคลัง", "รายงานผู้อำนวยการเขตทุกเดือน"],
     ["EIT การปรับปรุงการให้บริการ", "เพิ่มช่องทางรับฟังความคิดเห็นออนไลน์", "ฝ่ายปกครอง", "ทุกไตรมาส"],
     ["IIT การใช้ทรัพย์สินของราชการ", "ประชาสัมพันธ์แนวปฏิบัติการยืมทรัพย์สินราชการ", "ฝ่ายปกครอง", "ทุกไตรมาส"]], [130, 170, 80, 100],
    signer=sig(DIRECTOR, DIR_POS, "๑ มีนาคม ๒๕๖๔"))
pdf(f(1205, "measures-result-6m-2564.pdf"), ["ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ (รอบ ๖ เดือน)", DISTRICT], [],
    [["มาตรการ", "ผลการดำเนินการ", "ผู้รับผิดชอบ"],
     ["จัดทำ สขร.๑ ทุกเดือน", "เผยแพร่บนเว็บไซต์แล้ว", "ฝ่ายการคลัง"],
     ["เพิ่มช่องทางรับฟังความคิดเห็นออนไลน์", "เปิดแบบฟอร์มบนเว็บไซต์และ LINE @klongsamphraeng", "ฝ่ายปกครอง"],
     ["ประชาสัมพันธ์แนวปฏิบัติการยืมทรัพย์สินราชการ", "เวียนแจ้งทุกฝ่าย ๒๒ มี.ค. ๒๕๖๔", "ฝ่ายปกครอง"]], [170, 200, 90])
pdf(f(1193, "anticorrupt-q1-2564.pdf"), ["รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", "ไตรมาสที่ ๑ (ตุลาคม - ธันวาคม ๒๕๖๓)", DISTRICT], [],
    [["โครงการ/กิจกรรม", "ความก้าวหน้า", "งบประมาณที่ใช้"], ["อบรมประมวลจริยธรรม", "อยู่ระหว่างเตรียมการ", "-"],
     ["รณรงค์ No Gift Policy", "ดำเนินการแล้ว", "-"], ["เผยแพร่ข้อมูลสาธารณะ", "ดำเนินการต่อเนื่อง", "-"]], [200, 130, 100])
pdf(f(959, "anticorrupt-plan-2563.pdf"), ["แผนปฏิบัติการป้องกันการทุจริต", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๓", DISTRICT], [],
    [["โครงการ/กิจกรรม", "งบประมาณ", "ระยะเวลา", "ผู้รับผิดชอบ"], ["อบรมประมวลจริยธรรม", "๒๐,๐๐๐", "ธ.ค. ๒๕๖๒", "ฝ่ายปกครอง"],
     ["รณรงค์ No Gift Policy", "-", "ต.ค. ๒๕๖๒ - ก.ย. ๒๕๖๓", "ทุกฝ่าย"], ["กิจกรรมวันต่อต้านคอร์รัปชันสากล", "๕,๐๐๐", "๙ ธ.ค. ๒๕๖๒", "ฝ่ายปกครอง"]], [170, 80, 120, 90],
    signer=sig(FORMER_DIRECTOR, DIR_POS, "๘ พฤศจิกายน ๒๕๖๒"))
for aid, yy, fn in [(961, "๒๕๖๒", "anticorrupt-report-2562.pdf"), (1123, "๒๕๖๓", "anticorrupt-report-2563.pdf")]:
    pdf(f(aid, fn), ["รายงานผลการดำเนินการป้องกันการทุจริต", f"ประจำปีงบประมาณ พ.ศ. {yy}", DISTRICT],
        [f"ผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. {yy} ดำเนินการครบทุกโครงการ"],
        [["โครงการ/กิจกรรม", "ผลการดำเนินการ", "งบประมาณที่ใช้", "ปัญหาอุปสรรค/ข้อเสนอแนะ"],
         ["อบรมประมวลจริยธรรม", "ผู้เข้าร่วม ๑๑๐ คน", "๑๘,๕๐๐", "ควรจัดแบบออนไลน์เพิ่ม"],
         ["รณรงค์ No Gift Policy", "ดำเนินการตลอดปี", "-", "-"], ["กิจกรรมวันต่อต้านคอร์รัปชันสากล", "ดำเนินการแล้ว", "๕,๐๐๐", "-"]], [140, 120, 90, 130])

# remove the O19 PDF too: its article is gone, so the attachment went with it
os.remove(os.path.join(SITE, f(1190, "spending-6m-2564.pdf").lstrip("/")))
DOCS.remove(f(1190, "spending-6m-2564.pdf"))
for mf in MISSING_FILES:
    assert not os.path.exists(os.path.join(SITE, mf.lstrip("/")))

n_html = sum(1 for r, d, fs in os.walk(SITE) for x in fs if x.endswith(".html"))
print("html pages:", n_html, "documents:", len(DOCS))
