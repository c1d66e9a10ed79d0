#!/usr/bin/env python3
"""Generate the `lazy_mobile` fixture site (framework bma-2564, as_of 2022-05-16 = FY2565).

Mobile-first district site (สำนักงานเขตทุ่งครุ, invented data): main menu built by a
script from /assets/menu.json with a small <noscript> fallback, "โหลดเพิ่ม" buttons
that fetch /api/posts?... JSON (answered through meta.json server.files),
javascript:void(0) + onclick=window.open(...) links, <a download>, lazy images
with data-src, PDF thumbnails (PNG) as the only link to files, a bottom tab bar.
Run: /work/blindenv/bin/python _make.py
"""
import json
import os
import shutil
from datetime import date, timedelta

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from PIL import Image, ImageDraw, ImageFont
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
FONT_DIR = "/usr/share/fonts/truetype/tlwg/"
pdfmetrics.registerFont(TTFont("Loma", FONT_DIR + "Loma.ttf"))

DIST = "สำนักงานเขตทุ่งครุ"
TH_DIG = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    return str(s).translate(TH_DIG)


MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
          "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
MONTHS_AB = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def thdate(d, digits=True, short=False):
    m = MONTHS_AB[d.month - 1] if short else MONTHS[d.month - 1]
    s = f"{d.day} {m} {d.year + 543}"
    return th(s) if digits else s


def fy_months(fy):
    ce = fy - 543
    return [(ce - 1, m) for m in (10, 11, 12)] + [(ce, m) for m in range(1, 10)]


def w(path, data):
    full = os.path.join(SITE, path.lstrip("/"))
    if full.endswith("/"):
        full += "index.html"
    os.makedirs(os.path.dirname(full), exist_ok=True)
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(full, mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as f:
        f.write(data)


# ---------------------------------------------------------------- PDF helpers
COMB = set(chr(c) for c in list(range(0x0E31, 0x0E32)) + list(range(0x0E34, 0x0E3B)) + list(range(0x0E47, 0x0E4F)))


def wrap(text, font, size, width):
    lines = []
    for para in str(text).split("\n"):
        cur = ""
        for tok in para.split(" "):
            cand = (cur + " " + tok) if cur else tok
            if pdfmetrics.stringWidth(cand, font, size) <= width:
                cur = cand
                continue
            if cur:
                lines.append(cur)
                cur = ""
            # token alone may be too long: cut at character boundaries
            while pdfmetrics.stringWidth(tok, font, size) > width:
                i = len(tok)
                while i > 1 and pdfmetrics.stringWidth(tok[:i], font, size) > width:
                    i -= 1
                while i > 1 and tok[i] in COMB:
                    i -= 1
                while i > 2 and (tok[i] in COMB or tok[i] in "ะาำๆฯ" or tok[i - 1] in "เแโใไ"):
                    i -= 1
                lines.append(tok[:i])
                tok = tok[i:]
            cur = tok
        lines.append(cur)
    return lines


class Doc:
    def __init__(self, path, land=False, font="Loma", bold="Loma"):
        self.full = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(self.full), exist_ok=True)
        self.size = landscape(A4) if land else A4
        self.c = canvas.Canvas(self.full, pagesize=self.size, invariant=1)
        self.c.setTitle(os.path.basename(path))
        self.c.setAuthor(DIST)
        self.font, self.bold = font, bold
        self.W, self.H = self.size
        self.m = 50
        self.y = self.H - 60

    def need(self, h):
        if self.y - h < 50:
            self.c.showPage()
            self.y = self.H - 60

    def center(self, text, size=16, bold=True):
        f = self.bold if bold else self.font
        for ln in wrap(text, f, size, self.W - 2 * self.m):
            self.need(size + 6)
            self.c.setFont(f, size)
            self.c.drawCentredString(self.W / 2, self.y, ln)
            self.y -= size + 6

    def para(self, text, size=12, indent=0, bold=False):
        f = self.bold if bold else self.font
        for ln in wrap(text, f, size, self.W - 2 * self.m - indent):
            self.need(size + 5)
            self.c.setFont(f, size)
            self.c.drawString(self.m + indent, self.y, ln)
            self.y -= size + 5
        self.y -= 3

    def gap(self, h=8):
        self.y -= h

    def table(self, header, rows, widths, size=9):
        total = sum(widths)
        scale = (self.W - 2 * self.m) / total
        widths = [x * scale for x in widths]

        def draw_row(cells, bold=False):
            f = self.bold if bold else self.font
            wrapped = [wrap(str(c), f, size, wd - 6) for c, wd in zip(cells, widths)]
            h = max(len(x) for x in wrapped) * (size + 3) + 6
            if self.y - h < 50:
                self.c.showPage()
                self.y = self.H - 60
                if not bold:
                    draw_row(header, True)
            x = self.m
            for lines, wd in zip(wrapped, widths):
                self.c.rect(x, self.y - h, wd, h)
                yy = self.y - size - 2
                self.c.setFont(f, size)
                for ln in lines:
                    self.c.drawString(x + 3, yy, ln)
                    yy -= size + 3
                x += wd
            self.y -= h

        draw_row(header, True)
        for r in rows:
            draw_row(r)
        self.y -= 10

    def sign(self, name, pos, when=None):
        self.gap(20)
        if when:
            self.para(when, indent=250)
        self.para("(ลงชื่อ)  " + "................................", indent=250)
        self.para(f"( {name} )", indent=262)
        self.para(pos, indent=250)

    def save(self):
        self.c.save()


def fix_zip(path, stamp=(2022, 4, 8, 9, 0, 0)):
    """Make an OOXML file byte-stable: fixed zip timestamps and document dates."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2022-04-08T09:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---------------------------------------------------------------- people and data
DIRECTOR = ("นายชาตรี วงศ์ประเสริฐ", "ผู้อำนวยการเขตทุ่งครุ")           # in post since 1 ก.พ. 2565
OLD_DIRECTOR = ("นางอรุณี พึ่งทอง", "ผู้อำนวยการเขตทุ่งครุ")             # in post until 31 ม.ค. 2565
EXECS = [(DIRECTOR[0], DIRECTOR[1] + " (ตั้งแต่ ๑ กุมภาพันธ์ ๒๕๖๕)"),
         ("นายพิเชษฐ์ สุขประเสริฐ", "ผู้ช่วยผู้อำนวยการเขตทุ่งครุ"),
         ("นางสาวสุนิสา ปานทอง", "ผู้ช่วยผู้อำนวยการเขตทุ่งครุ")]
ADDRESS = "เลขที่ 3 ถนนพุทธบูชา แขวงบางมด เขตทุ่งครุ กรุงเทพมหานคร 10140"
DIVS = [("div-01", "ฝ่ายปกครอง"), ("div-02", "ฝ่ายทะเบียน"), ("div-03", "ฝ่ายการคลัง"), ("div-04", "ฝ่ายรายได้"),
        ("div-05", "ฝ่ายโยธา"), ("div-06", "ฝ่ายรักษาความสะอาดและสวนสาธารณะ"), ("div-07", "ฝ่ายเทศกิจ"),
        ("div-08", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล"), ("div-09", "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม"), ("div-10", "ฝ่ายการศึกษา")]
MANUAL_DIVS = ["div-01", "div-02", "div-03", "div-04", "div-05", "div-06", "div-08"]   # 7 of 10 only


def font(size):
    return ImageFont.truetype(FONT_DIR + "Loma.ttf", size)


def png(path, img):
    full = os.path.join(SITE, path.lstrip("/"))
    os.makedirs(os.path.dirname(full), exist_ok=True)
    img.save(full, optimize=True)


def thumb(path, lines):
    """A first-page preview of a PDF, as sites generate them."""
    img = Image.new("RGB", (180, 254), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 179, 253], outline="#999")
    y = 24
    for ln in lines:
        d.text((12, y), ln, fill="#222", font=font(13))
        y += 20
    for k in range(8):
        d.line([14, 130 + k * 12, 166 - (k % 3) * 20, 130 + k * 12], fill="#bbb", width=3)
    d.rectangle([120, 222, 170, 246], fill="#c62828")
    d.text((130, 224), "PDF", fill="white", font=font(14))
    png(path, img)


def pdf_simple(path, titles, paras, signer=DIRECTOR, when=None, table=None, land=False):
    d = Doc(path, land=land)
    for t in titles:
        d.center(t, 16)
    d.gap(10)
    for p in paras:
        if p.startswith("## "):
            d.para(p[3:], bold=True, size=13)
        else:
            d.para(p)
    if table:
        d.table(*table)
    if signer:
        d.sign(signer[0], signer[1], when)
    d.save()


# ---------------------------------------------------------------- documents
def gen_docs():
    pdf_simple("/files/plan/district-dev-plan-2565.pdf",
               ["แผนพัฒนาเขตทุ่งครุ ประจำปี พ.ศ. ๒๕๖๕", "(สอดคล้องกับแผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๒ พ.ศ. ๒๕๖๑ - ๒๕๖๕)"],
               ["## วิสัยทัศน์", "ทุ่งครุ เมืองน่าอยู่ ชุมชนเข้มแข็ง สิ่งแวดล้อมดี",
                "## ประเด็นการพัฒนา", "๑. มหานครปลอดภัย: ไฟส่องสว่าง กล้อง CCTV จุดเสี่ยง  ๒. มหานครสีเขียว: สวน ๑๕ นาที คลองสะอาด  "
                "๓. มหานครสำหรับทุกคน: สวัสดิการผู้สูงอายุ  ๔. การบริหารจัดการเมือง: บริการออนไลน์",
                "## ตัวชี้วัด", "ร้อยละของข้อร้องเรียนที่แก้ไขแล้วเสร็จ ไม่น้อยกว่า ๘๕ / ปริมาณขยะลดลงร้อยละ ๕"],
               signer=OLD_DIRECTOR, when="๑ ตุลาคม ๒๕๖๔")
    rows = [["๑", "โครงการปรับปรุงทางเท้าถนนประชาอุทิศ", "ฝ่ายโยธา", "3,200,000", "ต.ค. 64 - ก.ย. 65"],
            ["๒", "โครงการลอกท่อระบายน้ำ ซอยพุทธบูชา ๓๖", "ฝ่ายโยธา", "850,000", "พ.ย. 64 - เม.ย. 65"],
            ["๓", "โครงการคัดแยกขยะจากต้นทาง", "ฝ่ายรักษาความสะอาดฯ", "300,000", "ต.ค. 64 - ก.ย. 65"],
            ["๔", "โครงการฉีดวัคซีนป้องกันโควิด ๑๙ เชิงรุก", "ฝ่ายสิ่งแวดล้อมฯ", "150,000", "ต.ค. 64 - มี.ค. 65"],
            ["๕", "โครงการส่งเสริมคุณธรรมและความโปร่งใส", "ฝ่ายปกครอง", "60,000", "ม.ค. 65 - ส.ค. 65"]]
    pdf_simple("/files/plan/action-plan-2565.pdf", ["แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๕", DIST],
               ["แผนปฏิบัติราชการประจำปีฉบับนี้ประกอบด้วยโครงการ/กิจกรรม งบประมาณ และระยะเวลาดำเนินการ ดังนี้"],
               signer=OLD_DIRECTOR, when="๑๕ ตุลาคม ๒๕๖๔",
               table=(["ลำดับ", "โครงการ/กิจกรรม", "ผู้รับผิดชอบ", "งบประมาณ (บาท)", "ระยะเวลา"], rows, [7, 41, 22, 14, 16]))
    pdf_simple("/files/plan/progress-12m-2564.pdf",
               ["รายงานการกำกับติดตามการดำเนินงานตามแผนปฏิบัติราชการ", f"{DIST} ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ รอบ ๑๒ เดือน",
                "(ตุลาคม ๒๕๖๓ - กันยายน ๒๕๖๔)"],
               ["ความก้าวหน้าของโครงการตามแผนปฏิบัติราชการ ปี ๒๕๖๔ จำนวน ๒๘ โครงการ แล้วเสร็จ ๒๕ โครงการ "
                "อยู่ระหว่างดำเนินการ ๓ โครงการ (ได้รับผลกระทบจากสถานการณ์โควิด ๑๙)"], signer=OLD_DIRECTOR, when="๒๐ ตุลาคม ๒๕๖๔",
               table=(["โครงการ", "ผลการดำเนินงาน", "งบประมาณที่ใช้ (บาท)", "สถานะ"],
                      [["ปรับปรุงผิวจราจร ซอยประชาอุทิศ ๗๖", "ร้อยละ ๑๐๐", "1,450,000", "แล้วเสร็จ"],
                       ["ขุดลอกคลองบางมด", "ร้อยละ ๑๐๐", "700,000", "แล้วเสร็จ"],
                       ["ศูนย์พักคอยผู้ป่วยโควิด ๑๙", "ร้อยละ ๘๐", "420,000", "ดำเนินการ"]], [40, 20, 20, 20]))
    pdf_simple("/files/plan/annual-report-2564.pdf",
               ["รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๔", DIST],
               ["## ผลการดำเนินงาน", "ดำเนินโครงการตามแผน ๒๘ โครงการ แล้วเสร็จ ๒๕ โครงการ ใช้งบประมาณ ๓๕,๔๐๒,๑๐๐ บาท",
                "## ผลสัมฤทธิ์ตามเป้าหมาย", "ข้อร้องเรียนแก้ไขแล้วเสร็จร้อยละ ๙๑ / ปริมาณขยะลดลงร้อยละ ๔.๘",
                "## ปัญหา อุปสรรค และข้อเสนอแนะ", "สถานการณ์โควิด ๑๙ ทำให้ต้องชะลอกิจกรรมรวมกลุ่ม เสนอให้ปรับรูปแบบเป็นออนไลน์"],
               signer=OLD_DIRECTOR, when="๑๕ พฤศจิกายน ๒๕๖๔")
    for slug, name in DIVS:
        if slug not in MANUAL_DIVS:
            continue
        pdf_simple(f"/files/manuals/{slug}.pdf", ["คู่มือการปฏิบัติงาน", f"{name} {DIST}"],
                   ["## วัตถุประสงค์", f"เพื่อเป็นแนวทางการปฏิบัติงานของเจ้าหน้าที่{name}ให้เป็นมาตรฐานเดียวกัน",
                    "## ขั้นตอนการปฏิบัติงาน", "๑. รับเรื่อง/ลงทะเบียน  ๒. ตรวจสอบข้อเท็จจริง  ๓. เสนอความเห็น  ๔. ผู้มีอำนาจพิจารณา  ๕. แจ้งผล",
                    "## มาตรฐานงาน", "ดำเนินการให้แล้วเสร็จภายในระยะเวลาที่กำหนดในคู่มือสำหรับประชาชน"], signer=None)
        thumb(f"/thumbs/manual-{slug}.png", ["คู่มือการปฏิบัติงาน"] + [("และ" if i else "") + x for i, x in enumerate(name.split("และ", 1))])
    GUIDES = [("guide-01", "การแจ้งย้ายที่อยู่"), ("guide-02", "การขอมีบัตรประจำตัวประชาชน"),
              ("guide-03", "การขออนุญาตก่อสร้างอาคาร"), ("guide-04", "การขอใบอนุญาตจำหน่ายสินค้าในที่สาธารณะ"),
              ("guide-05", "การชำระภาษีป้าย")]
    for slug, name in GUIDES:
        pdf_simple(f"/files/service/{slug}.pdf", ["คู่มือสำหรับประชาชน", f"งาน{name}", DIST],
                   ["## สถานที่/ช่องทางการให้บริการ", f"{DIST} วันจันทร์ - ศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น.",
                    "## หลักเกณฑ์ วิธีการ เงื่อนไข", "ตามกฎหมายและระเบียบที่เกี่ยวข้อง",
                    "## ขั้นตอนและระยะเวลา", "ยื่นคำขอ ๑๐ นาที / ตรวจสอบ ๑๐ นาที / อนุมัติ ๑๕ นาที",
                    "## เอกสารหลักฐาน", "บัตรประจำตัวประชาชน ทะเบียนบ้าน", "## ค่าธรรมเนียม", "ตามที่กฎหมายกำหนด"], signer=None)
    # O15 statistics: only the previous fiscal year
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "สถิติ 2564"
    ws.append([f"ข้อมูลเชิงสถิติการให้บริการ {DIST} ประจำปีงบประมาณ พ.ศ. 2564 (ตุลาคม 2563 - กันยายน 2564)"])
    ws.append(["เดือน", "งานทะเบียนราษฎร", "บัตรประจำตัวประชาชน", "ขออนุญาตก่อสร้าง", "ชำระภาษี", "รวม"])
    for (y, m) in fy_months(2564):
        a, b, c, e = 900 + (m * 37) % 200, 700 + (m * 53) % 150, 20 + m % 7, 300 + (m * 71) % 400
        ws.append([f"{MONTHS[m - 1]} {y + 543}", a, b, c, e, a + b + c + e])
    full = os.path.join(SITE, "files/service/service-stat-2564.xlsx")
    os.makedirs(os.path.dirname(full), exist_ok=True)
    wb.save(full)
    fix_zip(full)
    pdf_simple("/files/service/satisfaction-6m-2565.pdf",
               ["รายงานผลการสำรวจความพึงพอใจการให้บริการ", f"{DIST} ปีงบประมาณ พ.ศ. ๒๕๖๕ รอบ ๖ เดือน (ตุลาคม ๒๕๖๔ - มีนาคม ๒๕๖๕)"],
               ["## วิธีการสำรวจ", "แบบสอบถามผู้รับบริการ ณ จุดบริการและแบบออนไลน์ จำนวน ๔๐๐ ราย",
                "## ผลการสำรวจ", "ความพึงพอใจภาพรวมร้อยละ ๘๙.๔๐ ด้านเจ้าหน้าที่ ๙๑.๒๐ ด้านกระบวนการ ๘๗.๖๐ ด้านสิ่งอำนวยความสะดวก ๘๖.๙๐",
                "## ข้อเสนอแนะ", "เพิ่มที่จอดรถ และขยายเวลาให้บริการวันเสาร์"], signer=None)
    pdf_simple("/files/budget/spending-plan-2565.pdf", ["แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๕", DIST],
               ["งบประมาณที่ได้รับ ๓๘,๑๒๐,๐๐๐ บาท แผนการใช้จ่ายรายไตรมาส"], signer=OLD_DIRECTOR, when="๑๙ พฤศจิกายน ๒๕๖๔",
               table=(["ไตรมาส", "แผน (บาท)", "ร้อยละ"], [["๑ (ต.ค. - ธ.ค. ๖๔)", "8,900,000", "23.3"],
                                                      ["๒ (ม.ค. - มี.ค. ๖๕)", "10,100,000", "26.5"],
                                                      ["๓ (เม.ย. - มิ.ย. ๖๕)", "9,800,000", "25.7"],
                                                      ["๔ (ก.ค. - ก.ย. ๖๕)", "9,320,000", "24.5"]], [40, 35, 25]))
    pdf_simple("/files/budget/spending-monitor-6m-2565.pdf",
               ["รายงานการกำกับติดตามการใช้จ่ายงบประมาณ", f"{DIST} ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ รอบ ๖ เดือน (ต.ค. ๒๕๖๔ - มี.ค. ๒๕๖๕)"],
               ["ผลการเบิกจ่ายสะสม ณ ๓๑ มีนาคม ๒๕๖๕ จำนวน ๑๘,๐๔๐,๕๐๐ บาท คิดเป็นร้อยละ ๔๗.๓๒ ของงบประมาณ"], signer=DIRECTOR,
               when="๒๐ เมษายน ๒๕๖๕",
               table=(["งบรายจ่าย", "ได้รับ (บาท)", "เบิกจ่าย (บาท)", "ร้อยละ"],
                      [["งบบุคลากร", "19,800,000", "9,900,000", "50.00"], ["งบดำเนินงาน", "9,100,000", "4,640,500", "50.99"],
                       ["งบลงทุน", "7,220,000", "2,800,000", "38.78"], ["งบรายจ่ายอื่น", "2,000,000", "700,000", "35.00"]],
                      [30, 25, 25, 20]))
    pdf_simple("/files/budget/spending-report-2564.pdf",
               ["รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๔", DIST],
               ["เบิกจ่ายทั้งสิ้น ๓๕,๔๐๒,๑๐๐ บาท ร้อยละ ๙๕.๐๑", "## ปัญหาอุปสรรค", "การก่อสร้างล่าช้าจากสถานการณ์โควิด ๑๙",
                "## ข้อเสนอแนะ", "เร่งรัดการจัดทำขอบเขตงานตั้งแต่ต้นปี"], signer=OLD_DIRECTOR, when="๒๙ ตุลาคม ๒๕๖๔")
    # procurement
    pdf_simple("/files/procurement/procurement-plan-2565.pdf", ["ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง", f"ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ {DIST}"],
               ["รายละเอียดแผนการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. ๒๕๖๕ ตามแนบท้ายประกาศนี้"], signer=OLD_DIRECTOR,
               when="๒๕ ตุลาคม ๒๕๖๔",
               table=(["ลำดับ", "รายการ", "วงเงิน (บาท)", "ช่วงเวลาที่คาดว่าจะประกาศ"],
                      [["๑", "จ้างปรับปรุงทางเท้าถนนประชาอุทิศ", "3,200,000", "ธันวาคม ๒๕๖๔"],
                       ["๒", "จ้างลอกท่อระบายน้ำ ซอยพุทธบูชา ๓๖", "850,000", "มกราคม ๒๕๖๕"],
                       ["๓", "ซื้อรถเก็บขนมูลฝอย ขนาด ๕ ตัน", "2,650,000", "มีนาคม ๒๕๖๕"]], [8, 52, 15, 25]))
    thumb("/thumbs/procurement-plan-2565.png", ["ประกาศเผยแพร่", "แผนการจัดซื้อจัดจ้าง", "ปีงบประมาณ ๒๕๖๕"])
    ANN = []
    titles = ["ประกวดราคาจ้างปรับปรุงทางเท้าถนนประชาอุทิศ (e-bidding)", "ประกาศราคากลาง งานลอกท่อระบายน้ำ ซอยพุทธบูชา ๓๖",
              "ประกาศผู้ชนะการเสนอราคา จ้างปรับปรุงทางเท้าถนนประชาอุทิศ", "ประกวดราคาซื้อรถเก็บขนมูลฝอย ขนาด ๕ ตัน (e-bidding)",
              "ประกาศผู้ชนะการเสนอราคา จ้างลอกท่อระบายน้ำ ซอยพุทธบูชา ๓๖", "ประกาศผู้ชนะ ซื้อวัสดุสำนักงาน โดยวิธีเฉพาะเจาะจง",
              "ประกาศผู้ชนะ จ้างซ่อมรถยนต์ส่วนกลาง โดยวิธีเฉพาะเจาะจง", "ประกาศผู้ชนะการเสนอราคา ซื้อรถเก็บขนมูลฝอย ขนาด ๕ ตัน",
              "ประกาศผู้ชนะ ซื้อน้ำมันเชื้อเพลิง โดยวิธีเฉพาะเจาะจง", "ประกาศยกเลิกการจัดซื้อเครื่องพ่นหมอกควัน"]
    dd = date(2022, 5, 10)
    for i, t in enumerate(titles):
        slug = f"p-{i + 1:02d}"
        pdf_simple(f"/files/procurement/announce/{slug}.pdf", [f"ประกาศ{DIST}", t],
                   ["ดำเนินการตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐ "
                    "และเผยแพร่ในระบบ e-GP และระบบเผยแพร่ข้อมูลการจัดซื้อจัดจ้างของกรุงเทพมหานคร"],
                   when=f"ประกาศ ณ วันที่ {thdate(dd)}", signer=DIRECTOR if dd >= date(2022, 2, 1) else OLD_DIRECTOR)
        ANN.append((slug, t, dd))
        dd -= timedelta(days=19)
    # O23: monthly summaries in a home-made 5-column form (lacks required columns)
    SUM = []
    works = [("ซื้อวัสดุสำนักงาน", 35_400), ("จ้างซ่อมรถยนต์ส่วนกลาง", 28_900), ("ซื้อน้ำมันเชื้อเพลิง", 61_250),
             ("ซื้อวัสดุงานบ้านงานครัว", 19_800), ("จ้างถ่ายเอกสาร", 12_000)]
    vendors = ["ร้านทุ่งครุพาณิชย์", "บริษัท บางมดออโต้เซอร์วิส จำกัด", "หจก. ประชาอุทิศปิโตรเลียม", "ร้านสุขใจซัพพลาย"]
    for k, (y, m) in enumerate(fy_months(2565)[:7]):
        be = y + 543
        rows = []
        for i in range(3 + k % 2):
            wk, base = works[(k + i) % len(works)]
            rows.append([th(i + 1), wk, f"{base + k * 150:,.2f}", vendors[(k + i) % len(vendors)], "เฉพาะเจาะจง"])
        path = f"/files/procurement/monthly/{be}-{m:02d}.pdf"
        pdf_simple(path, ["สรุปผลการจัดซื้อจัดจ้าง", f"ประจำเดือน{MONTHS[m - 1]} {th(be)}", DIST], [], signer=None,
                   table=(["ลำดับ", "รายการจัดซื้อจัดจ้าง", "จำนวนเงิน (บาท)", "ผู้ขาย/ผู้รับจ้าง", "วิธีการ"], rows, [8, 36, 18, 24, 14]))
        thumb(f"/thumbs/sum-{be}-{m:02d}.png", ["สรุปผลการจัดซื้อจัดจ้าง", f"{MONTHS[m - 1]} {th(be)}"])
        SUM.append(((y, m), path))
    pdf_simple("/files/procurement/annual-report.pdf",
               ["รายงานผลการจัดซื้อจัดจ้างประจำปี", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๓", DIST],
               ["สรุปผลการจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. ๒๕๖๓ (๑ ตุลาคม ๒๕๖๒ - ๓๐ กันยายน ๒๕๖๓) จำนวน ๒๑๔ โครงการ วงเงินรวม ๒๘,๙๑๐,๔๐๐ บาท",
                "## ปัญหา อุปสรรค", "ผู้ประกอบการยื่นเอกสารไม่ครบถ้วน", "## แนวทางการปรับปรุง", "ชี้แจงเงื่อนไขให้ชัดเจนในประกาศ"],
               signer=OLD_DIRECTOR, when="๒๘ มกราคม ๒๕๖๔",
               table=(["วิธีการ", "จำนวนโครงการ", "วงเงิน (บาท)"],
                      [["เฉพาะเจาะจง", "๒๐๓", "9,410,400"], ["e-bidding", "๑๑", "19,500,000"]], [40, 30, 30]))
    # HR
    pdf_simple("/files/hr/hr-policy-2565.pdf", [f"ประกาศ{DIST}", "เรื่อง นโยบายการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๕"],
               ["๑. ด้านการบริหารทรัพยากรบุคคล: สรรหาและแต่งตั้งโดยยึดหลักคุณธรรม", "๒. ด้านการพัฒนาทรัพยากรบุคคล: อบรมอย่างน้อยคนละ ๑ หลักสูตรต่อปี",
                "๓. ด้านการรักษาวินัย: เสริมสร้างวินัยเชิงบวก", "๔. ด้านการส่งเสริมคุณธรรมจริยธรรม: ยกย่องคนดี"],
               signer=DIRECTOR, when="ประกาศ ณ วันที่ ๗ กุมภาพันธ์ ๒๕๖๕")
    pdf_simple("/files/hr/hr-policy-result-6m-2565.pdf",
               ["รายงานการดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล", f"{DIST} ปีงบประมาณ ๒๕๖๕ รอบ ๖ เดือน"],
               ["- อบรมหลักสูตรการให้บริการด้วยใจ ผู้เข้าร่วม ๑๑๒ คน (๑๗ มี.ค. ๖๕)", "- คัดเลือกข้าราชการดีเด่น ๓ ราย",
                "- เวียนแจ้งประมวลจริยธรรมข้าราชการกรุงเทพมหานครทุกฝ่าย"], signer=DIRECTOR, when="๑ เมษายน ๒๕๖๕")
    pdf_simple("/files/hr/hr-criteria.pdf", ["หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "ของข้าราชการกรุงเทพมหานครสามัญ (สรุปโดยสำนักงานเขตทุ่งครุ)"],
               ["## การสรรหา", "ตามประกาศ ก.ก.", "## การแต่งตั้ง", "ตามหลักเกณฑ์ ก.ก. ว่าด้วยการย้าย โอน เลื่อน",
                "## การพัฒนา", "แผนพัฒนารายบุคคล", "## การประเมินผล", "ปีละ ๒ ครั้ง", "## การให้คุณให้โทษ", "ตามกฎ ก.ก."], signer=None)
    pdf_simple("/store/hr-report-2564.pdf", ["รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", f"ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ {DIST}"],
               ["## ผลการดำเนินงาน", "อบรม ๘ หลักสูตร ผู้เข้าร่วม ๓๔๐ คน / บรรจุแต่งตั้ง ๑๒ ราย",
                "## ปัญหาอุปสรรค", "จัดอบรมแบบรวมกลุ่มไม่ได้ช่วงโควิด ๑๙", "## ข้อเสนอแนะ", "ใช้การอบรมออนไลน์"],
               signer=OLD_DIRECTOR, when="๑๐ พฤศจิกายน ๒๕๖๔")
    # integrity
    pdf_simple("/files/integrity/complaint-guideline.pdf", ["แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", DIST],
               ["๑. รับเรื่องและลงทะเบียนภายใน ๑ วันทำการ", "๒. ตรวจสอบข้อเท็จจริงภายใน ๑๕ วัน", "๓. แจ้งผลแก่ผู้ร้องเรียนภายใน ๓๐ วัน",
                "๔. คุ้มครองผู้ร้องเรียนและพยาน เก็บรักษาข้อมูลเป็นความลับ"], signer=None)
    rows = [[f"{MONTHS[m - 1]} {th(y + 543)}", th(1 if m == 12 else 0), th(1 if m == 12 else 0), th(0)] for (y, m) in fy_months(2565)[:6]]
    pdf_simple("/files/integrity/complaint-stat-2565-6m.pdf",
               ["ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต", f"{DIST} ปีงบประมาณ พ.ศ. ๒๕๖๕ (ตุลาคม ๒๕๖๔ - มีนาคม ๒๕๖๕)"], [],
               signer=None, table=(["เดือน", "จำนวนเรื่อง", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ"], rows, [34, 22, 22, 22]))
    pdf_simple("/files/integrity/intent-th.pdf", [f"ประกาศ{DIST}", "เรื่อง เจตจำนงสุจริตในการบริหารงาน"],
               ["ข้าพเจ้าในฐานะผู้อำนวยการเขตทุ่งครุ จะบริหารงานด้วยความซื่อสัตย์สุจริต โปร่งใส ตรวจสอบได้ "
                "ไม่ทนต่อการทุจริตทุกรูปแบบ และส่งเสริมให้บุคลากรยึดถือปฏิบัติ"], signer=OLD_DIRECTOR, when="๑ ตุลาคม ๒๕๖๔")
    d = Doc("/files/integrity/intent-en.pdf")
    d.center("Thung Khru District Office", 16)
    d.center("Declaration of Integrity Intent", 16)
    d.gap(10)
    d.para("I, as Director of Thung Khru District Office, declare my intent to administer with honesty, transparency "
           "and accountability, with zero tolerance for corruption in every form.")
    d.sign("Mrs. Arunee Phuengthong", "Director of Thung Khru District Office", "1 October 2021")
    d.save()
    pdf_simple("/files/integrity/risk-assessment-2565.pdf", ["การประเมินความเสี่ยงการทุจริตประจำปีงบประมาณ พ.ศ. ๒๕๖๕", DIST], [],
               when="๑๐ ธันวาคม ๒๕๖๔", signer=OLD_DIRECTOR,
               table=(["กระบวนงาน", "เหตุการณ์ความเสี่ยง", "ระดับ"],
                      [["การอนุญาตก่อสร้าง", "เรียกรับผลประโยชน์ เพื่อเร่งรัดการพิจารณา", "สูง"],
                       ["การจัดซื้อจัดจ้าง", "กำหนดคุณลักษณะเอื้อผู้ค้ารายใดรายหนึ่ง", "สูง"],
                       ["การใช้รถราชการ", "ใช้รถราชการ เพื่อประโยชน์ส่วนตน", "ปานกลาง"]], [30, 55, 15]))
    pdf_simple("/files/integrity/risk-actions-2565.pdf", ["การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต", f"{DIST} ปีงบประมาณ ๒๕๖๕ (ต.ค. ๖๔ - มี.ค. ๖๕)"],
               ["- กำหนดคิวการพิจารณาคำขออนุญาตก่อสร้างและเผยแพร่บนบอร์ดหน้าสำนักงาน",
                "- ให้คณะกรรมการกำหนดร่างขอบเขตงานอย่างน้อย ๓ คน", "- บันทึกการใช้รถราชการทุกครั้ง ตรวจสอบรายเดือน"],
               signer=DIRECTOR, when="๕ เมษายน ๒๕๖๕")
    pdf_simple("/files/integrity/culture-2565.pdf", ["การเสริมสร้างวัฒนธรรมองค์กร", f"{DIST} ปีงบประมาณ ๒๕๖๕"],
               ["- กิจกรรมวันต่อต้านคอร์รัปชันสากล ๙ ธันวาคม ๒๕๖๔", "- กิจกรรมรณรงค์ No Gift Policy ช่วงปีใหม่",
                "- กิจกรรมแยกแยะประโยชน์ส่วนตนและประโยชน์ส่วนรวม (อบรมออนไลน์)"], signer=None)
    pdf_simple("/files/integrity/anticorruption-plan-4y.pdf",
               ["แผนปฏิบัติการป้องกันการทุจริต ระยะ ๔ ปี", "(พ.ศ. ๒๕๖๒ - ๒๕๖๕)", DIST],
               ["แผนฉบับนี้กำหนดยุทธศาสตร์และแนวทางระยะ ๔ ปี ได้แก่ ๑. สร้างสังคมที่ไม่ทนต่อการทุจริต ๒. ป้องกันการทุจริตเชิงนโยบาย "
                "๓. พัฒนาระบบป้องกันการทุจริตเชิงรุก ๔. ปฏิรูปกลไกการปราบปรามการทุจริต",
                "หมายเหตุ: โครงการรายปีให้ส่วนราชการพิจารณาตามความเหมาะสม"], signer=None)
    pdf_simple("/files/integrity/anticorruption-report-2564.pdf",
               ["รายงานผลการดำเนินการป้องกันการทุจริตประจำปี", f"ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ {DIST}"],
               ["## ผลการดำเนินการ", "โครงการ ๖ โครงการ แล้วเสร็จทั้งหมด ใช้งบประมาณ ๔๕,๐๐๐ บาท",
                "## ปัญหาอุปสรรค", "ข้อจำกัดการรวมกลุ่มช่วงโควิด ๑๙", "## ข้อเสนอแนะ", "เพิ่มสื่อออนไลน์"],
               signer=OLD_DIRECTOR, when="๑๕ ตุลาคม ๒๕๖๔")
    pdf_simple("/files/integrity/ita-measures-2565.pdf",
               ["มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", f"{DIST} ประจำปีงบประมาณ พ.ศ. ๒๕๖๕"],
               ["## ผลการประเมิน ITA ปี ๒๕๖๔", "คะแนนรวม ๙๐.๑๒ (IIT ๙๕.๐๔ EIT ๘๘.๖๗ OIT ๘๖.๐๐)",
                "## ประเด็นที่เป็นข้อบกพร่อง", "O๑๗ E-Service ยังไม่ระบุบริการให้ชัดเจน / E๑๒ การปรับปรุงขั้นตอนการให้บริการ",
                "## มาตรการ แนวทาง ผู้รับผิดชอบ การกำกับติดตาม",
                "๑. จัดทำหน้ารวมบริการออนไลน์ (ฝ่ายปกครอง) ๒. ลดขั้นตอนงานทะเบียน (ฝ่ายทะเบียน) ติดตามทุกเดือน"],
               signer=DIRECTOR, when="๒๐ กุมภาพันธ์ ๒๕๖๕")
    pdf_simple("/files/integrity/ita-measures-result-2564.pdf",
               ["รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", f"ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ {DIST}"],
               ["มาตรการตามแผนปี ๒๕๖๔ ดำเนินการครบ ๕ มาตรการ (ต.ค. ๖๓ - ก.ย. ๖๔)"], signer=OLD_DIRECTOR, when="๓๐ กันยายน ๒๕๖๔")
    # laws
    pdf_simple("/files/laws/bma-act-2528.pdf", ["พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘", "(ฉบับรวมแก้ไข)"],
               ["มาตรา ๖๘ สำนักงานเขตมีอำนาจหน้าที่ ..."], signer=None)
    # generic docs for the document list
    GEN = [("g-01", "ประกาศเขตทุ่งครุ เรื่อง การปิดถนนชั่วคราว ซอยประชาอุทิศ ๗๖"),
           ("g-02", "คำสั่งแต่งตั้งคณะทำงานขับเคลื่อนการประเมิน ITA ๒๕๖๕"),
           ("g-03", "รายงานการประชุมผู้บริหารเขต ครั้งที่ ๓/๒๕๖๕"),
           ("g-04", "ประกาศ เรื่อง กำหนดการยื่นแบบภาษีป้าย ประจำปี ๒๕๖๕"),
           ("g-05", "ประกาศรับสมัครบุคคลเพื่อจ้างเป็นลูกจ้างชั่วคราว"),
           ("g-06", "ประกาศ หยุดให้บริการงานทะเบียนชั่วคราว (ปรับปรุงระบบ)"),
           ("g-07", "ประกาศผลการคัดเลือกลูกจ้างชั่วคราว"),
           ("g-08", "ประกาศ เรื่อง มาตรการป้องกันโควิด ๑๙ ในสำนักงานเขต"),
           ("g-09", "สรุปข้อมูลจุดผ่อนผันการค้าในที่สาธารณะ")]
    for slug, t in GEN:
        pdf_simple(f"/files/docs/{slug}.pdf", [t, DIST], ["รายละเอียดตามเอกสารแนบ"], signer=DIRECTOR, when="เมษายน ๒๕๖๕")
    from docx import Document
    doc = Document()
    doc.add_heading("แบบคำร้องทั่วไป สำนักงานเขตทุ่งครุ", 1)
    doc.add_paragraph("ข้าพเจ้า ........................................ อยู่บ้านเลขที่ ........ ขอยื่นคำร้องต่อผู้อำนวยการเขตทุ่งครุ")
    doc.add_paragraph("เรื่อง ..............................................................")
    doc.core_properties.created = doc.core_properties.modified = __import__("datetime").datetime(2022, 1, 5, 9, 0, 0)
    full = os.path.join(SITE, "files/forms/general-request.docx")
    os.makedirs(os.path.dirname(full), exist_ok=True)
    doc.save(full)
    fix_zip(full)
    thumb("/thumbs/progress-12m-2564.png", ["รายงานการกำกับติดตาม", "การดำเนินงาน", "(คลิกเพื่อเปิด)"])
    return {"guides": GUIDES, "ann": ANN, "sum": SUM, "gen": GEN}


# ---------------------------------------------------------------- news
NEWS_T = ["Big Cleaning Day ซอยพุทธบูชา {n}", "ลอกท่อระบายน้ำ ถนนประชาอุทิศ ช่วงซอย {n}", "หน่วยฉีดวัคซีนโควิด ๑๙ เคลื่อนที่ ชุมชนบางมด",
          "ตรวจสุขลักษณะร้านอาหารริมทาง ถนนพุทธบูชา", "จัดระเบียบทางเท้า หน้าตลาดทุ่งครุ", "มอบถุงยังชีพผู้ได้รับผลกระทบโควิด ๑๙",
          "ปลูกต้นไม้ สวน ๑๕ นาที ริมคลองบางมด", "อบรมการให้บริการด้วยใจ แก่บุคลากรสำนักงานเขต", "ประกาศ กำหนดยื่นแบบภาษีป้าย ปี ๒๕๖๕",
          "ซ่อมไฟฟ้าส่องสว่าง ซอยประชาอุทิศ {n}", "ตรวจความปลอดภัยอาคารสูง ย่านทุ่งครุ", "รณรงค์คัดแยกขยะ ไม่เทรวม"]


def build_news():
    items = []
    d = date(2022, 5, 13)
    for i in range(24):
        t = NEWS_T[i % len(NEWS_T)].format(n=th(20 + i * 4))
        items.append({"id": 430 - i, "date": d, "title": t})
        d -= timedelta(days=10 if i % 2 else 7)
    items.append({"id": 380, "date": date(2022, 2, 8), "special": "o35",
                  "title": "ผู้อำนวยการเขตทุ่งครุประชุมมอบนโยบายการป้องกันการทุจริต และขับเคลื่อนการประเมิน ITA ปี ๒๕๖๕"})
    items.sort(key=lambda a: (a["date"], a["id"]), reverse=True)
    for a in items:
        a["url"] = f"/news/2565/n-{a['id']:04d}.html"
    return items


NEWS = build_news()

# ---------------------------------------------------------------- page frame
ICON = {"fb": '<svg viewBox="0 0 24 24" width="28" height="28"><path d="M14 8h3V4h-3c-2.8 0-4 1.8-4 4v2H7v4h3v8h4v-8h3l1-4h-4V8z"/></svg>',
        "yt": '<svg viewBox="0 0 24 24" width="28" height="28"><path d="M23 7s-.2-1.6-.9-2.3c-.9-.9-1.9-.9-2.3-1C16.5 3.5 12 3.5 12 3.5s-4.5 0-7.8.2c-.5.1-1.5.1-2.3 1C1.2 5.4 1 7 1 7S.8 8.9.8 10.8v1.8c0 1.9.2 3.8.2 3.8s.2 1.6.9 2.3c.9.9 2 .9 2.5 1 1.8.2 7.6.2 7.6.2s4.5 0 7.8-.3c.5-.1 1.5-.1 2.3-1 .7-.7.9-2.3.9-2.3s.2-1.9.2-3.8v-1.8C23.2 8.9 23 7 23 7zM9.7 14.6V8.4l6 3.1-6 3.1z"/></svg>',
        "tw": '<svg viewBox="0 0 24 24" width="28" height="28"><path d="M23 4.6a9 9 0 0 1-2.6.7 4.5 4.5 0 0 0 2-2.5 9 9 0 0 1-2.9 1.1A4.5 4.5 0 0 0 11.8 8 12.8 12.8 0 0 1 2.5 3.3a4.5 4.5 0 0 0 1.4 6 4.5 4.5 0 0 1-2-.6 4.5 4.5 0 0 0 3.6 4.4 4.5 4.5 0 0 1-2 .1 4.5 4.5 0 0 0 4.2 3.1A9 9 0 0 1 1 18.2 12.8 12.8 0 0 0 7.9 20c8.3 0 12.8-6.9 12.8-12.8v-.6A9 9 0 0 0 23 4.6z"/></svg>'}
FOOT = (f'<footer class="mini"><p>{DIST}<br>{ADDRESS}<br>โทร ๐๒-๔๒๖-๒๐๐๐</p><p class="social">'
        f'<a href="https://www.facebook.com/thungkhrudistrict" aria-label="Facebook" target="_blank" rel="noopener">{ICON["fb"]}</a>'
        f'<a href="https://www.youtube.com/@thungkhru" aria-label="YouTube" target="_blank" rel="noopener">{ICON["yt"]}</a>'
        f'<a href="https://twitter.com/thungkhru_bma" aria-label="Twitter" target="_blank" rel="noopener">{ICON["tw"]}</a></p>'
        f'<p class="cp">© ๒๕๖๕ {DIST}</p></footer>')
TABBAR = ('<nav class="tabbar"><a href="/"><i>⌂</i><span>หน้าแรก</span></a><a href="/news/"><i>▤</i><span>ข่าว</span></a>'
          '<a href="/service/"><i>☺</i><span>บริการ</span></a><a href="/docs/"><i>▦</i><span>เอกสาร</span></a>'
          '<a href="/contact/"><i>☎</i><span>ติดต่อ</span></a></nav>')


def page(path, title, body, noscript=""):
    html = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="theme-color" content="#6a1b9a"><title>{title} - {DIST}</title>
<link rel="manifest" href="/manifest.json"><link rel="stylesheet" href="/assets/style.css"></head>
<body><header class="appbar"><button id="burger" aria-label="เปิดเมนู">&#9776;</button>
<a class="brand" href="/"><img class="lazy" src="/assets/blank.gif" data-src="/images/logo.png" alt="" width="32" height="32"> เขตทุ่งครุ</a></header>
<nav id="menu" class="drawer" hidden></nav>{noscript}
<main><h1>{title}</h1>
{body}
</main>
{FOOT}
{TABBAR}
<script src="/assets/app.js" defer></script>
</body></html>"""
    w(path, html)


def lazyimg(src, alt="", wd=None):
    return f'<img class="lazy" src="/assets/blank.gif" data-src="{src}" alt="{alt}"{f" width={wd}" if wd else ""}>'


def onclick(url, label):
    return f'<a href="javascript:void(0)" onclick="window.open(\'{url}\')" class="btn">{label}</a>'


def thumbcard(pdf, png, caption):
    return (f'<div class="doc"><a href="{pdf}" target="_blank">{lazyimg(png)}</a>'
            f'<div class="cap">{caption}</div></div>')


APP_JS = r"""(function(){
  function el(t,c,txt){var e=document.createElement(t);if(c)e.className=c;if(txt)e.textContent=txt;return e;}
  /* main menu from JSON */
  fetch('/assets/menu.json').then(function(r){return r.json();}).then(function(m){
    var nav=document.getElementById('menu');var ul=el('ul');
    m.items.forEach(function(it){var li=el('li');var a=el('a',null,it.title);a.href=it.url||'#';li.appendChild(a);
      if(it.children){var sub=el('ul');it.children.forEach(function(c){var l2=el('li');var a2=el('a',null,c.title);a2.href=c.url;l2.appendChild(a2);sub.appendChild(l2);});li.appendChild(sub);}
      ul.appendChild(li);});
    nav.appendChild(ul);});
  document.getElementById('burger').addEventListener('click',function(){var n=document.getElementById('menu');n.hidden=!n.hidden;});
  /* lazy images and frames */
  function show(e){if(e.getAttribute('data-src')){e.src=e.getAttribute('data-src');e.removeAttribute('data-src');}}
  var lazy=[].slice.call(document.querySelectorAll('[data-src]'));
  if('IntersectionObserver' in window){var io=new IntersectionObserver(function(es){es.forEach(function(x){if(x.isIntersecting){show(x.target);io.unobserve(x.target);}});});lazy.forEach(function(e){io.observe(e);});}
  else{lazy.forEach(show);}
  /* buttons that open a document */
  document.addEventListener('click',function(ev){var t=ev.target.closest('[data-file]');if(t){ev.preventDefault();window.open(t.getAttribute('data-file'));}});
  /* load more */
  function render(list,items){items.forEach(function(it){var d=el('div','post');var a=el('a',null,it.title);a.href=it.url;d.appendChild(a);
      if(it.date){d.appendChild(el('small',null,' '+it.date));}
      (it.files||[]).forEach(function(f){var b=el('a','att',f.name);b.href='javascript:void(0)';b.setAttribute('data-file',f.url);d.appendChild(b);});
      list.appendChild(d);});}
  [].slice.call(document.querySelectorAll('button[data-api]')).forEach(function(btn){
    var list=document.getElementById(btn.getAttribute('data-target'));
    function load(){var n=btn.getAttribute('data-next');btn.disabled=true;btn.textContent='กำลังโหลด...';
      fetch(btn.getAttribute('data-api')+n).then(function(r){return r.json();}).then(function(j){render(list,j.items);
        btn.disabled=false;btn.textContent='โหลดเพิ่ม';
        if(j.next_page){btn.setAttribute('data-next',j.next_page);}else{btn.style.display='none';}});}
    btn.addEventListener('click',load);if(btn.hasAttribute('data-autoload')){load();}
  });
})();
"""

CSS = """*{box-sizing:border-box}body{margin:0;font-family:'Loma','Tahoma',sans-serif;background:#faf7fc;padding-bottom:64px}
.appbar{position:sticky;top:0;background:#6a1b9a;color:#fff;display:flex;align-items:center;padding:8px}
.appbar a{color:#fff;text-decoration:none;margin-left:8px}#burger{background:none;border:0;color:#fff;font-size:24px}
.drawer ul{list-style:none;margin:0;padding:8px}main{padding:12px}.btn{display:inline-block;padding:4px 10px;background:#ede7f6;border-radius:12px}
.card{background:#fff;border-radius:10px;margin:8px 0;padding:10px;box-shadow:0 1px 3px #0002}.code{color:#6a1b9a;font-weight:bold}
.doc{display:inline-block;width:46%;margin:2%;vertical-align:top}.doc img{width:100%}.cap{font-size:12px}
.tabbar{position:fixed;bottom:0;left:0;right:0;display:flex;background:#fff;border-top:1px solid #ddd}
.tabbar a{flex:1;text-align:center;font-size:11px;color:#555;text-decoration:none;padding:6px 0}.tabbar i{display:block;font-style:normal;font-size:20px}
footer.mini{font-size:12px;color:#666;padding:12px}.social svg{fill:#6a1b9a;margin-right:8px}button[data-api]{width:100%;padding:10px}
"""

MENU = {"items": [
    {"title": "หน้าแรก", "url": "/"},
    {"title": "เกี่ยวกับเรา", "children": [{"title": "โครงสร้างหน่วยงาน", "url": "/about/structure.html"},
                                          {"title": "ผู้บริหาร", "url": "/about/executives.html"},
                                          {"title": "อำนาจหน้าที่", "url": "/about/duty.html"},
                                          {"title": "กฎหมายที่เกี่ยวข้อง", "url": "/laws/"}]},
    {"title": "ข่าวสาร", "children": [{"title": "ข่าวประชาสัมพันธ์", "url": "/news/"}, {"title": "เอกสารเผยแพร่", "url": "/docs/"},
                                      {"title": "ถาม-ตอบ", "url": "/qa/"}]},
    {"title": "บริการประชาชน", "children": [{"title": "คู่มือประชาชน", "url": "/service/"}, {"title": "E-Service", "url": "/eservice/"},
                                            {"title": "สถิติการให้บริการ", "url": "/service/stats.html"}]},
    {"title": "แผนงาน/งบประมาณ", "children": [{"title": "แผนและรายงาน", "url": "/plan/"}, {"title": "งบประมาณ", "url": "/budget/"},
                                               {"title": "จัดซื้อจัดจ้าง", "url": "/procurement/"}]},
    {"title": "บุคลากร", "children": [{"title": "การบริหารทรัพยากรบุคคล", "url": "/hr/"}, {"title": "คู่มือการปฏิบัติงาน", "url": "/manuals/"}]},
    {"title": "ความโปร่งใส", "children": [{"title": "ร้องเรียนการทุจริต", "url": "/complaint/"},
                                          {"title": "ป้องกันการทุจริต", "url": "/integrity/"},
                                          {"title": "การมีส่วนร่วม", "url": "/participate/"}]},
    {"title": "ITA 2565", "url": "/ita/"}]}


def gen_pages(D):
    w("/assets/app.js", APP_JS)
    w("/assets/style.css", CSS)
    w("/assets/menu.json", json.dumps(MENU, ensure_ascii=False, indent=1))
    w("/manifest.json", json.dumps({"name": DIST, "short_name": "เขตทุ่งครุ", "start_url": "/", "display": "standalone",
                                    "theme_color": "#6a1b9a", "background_color": "#ffffff"}, ensure_ascii=False))
    # 1x1 gif placeholder
    w("/assets/blank.gif", bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b"))
    logo = Image.new("RGB", (64, 64), "#6a1b9a")
    ImageDraw.Draw(logo).text((10, 18), "ทค", fill="white", font=font(24))
    png("/images/logo.png", logo)
    for i, col in enumerate(["#b39ddb", "#9fa8da"]):
        im = Image.new("RGB", (640, 240), col)
        ImageDraw.Draw(im).text((30, 90), ["ทุ่งครุ เมืองน่าอยู่", "ฉีดวัคซีนโควิด ๑๙ ฟรี ที่สำนักงานเขต"][i], fill="white", font=font(34))
        png(f"/images/banner-{i + 1}.png", im)

    # ---------------- home
    latest = "".join(f'<div class="post"><a href="{a["url"]}">{a["title"]}</a> <small>{thdate(a["date"], short=True)}</small></div>'
                     for a in NEWS[:3])
    noscript = ('<noscript><div class="ns"><a href="/">หน้าแรก</a> | <a href="/news/">ข่าวประชาสัมพันธ์</a> | '
                '<a href="/about/structure.html">โครงสร้างหน่วยงาน</a> | <a href="/contact/">ติดต่อเรา</a> | '
                '<a href="/ita/">ITA ๒๕๖๕</a></div></noscript>')
    body = (f'<div class="slider">{lazyimg("/images/banner-1.png", "ทุ่งครุ เมืองน่าอยู่")}{lazyimg("/images/banner-2.png", "ฉีดวัคซีน")}</div>'
            '<h2>ข่าวล่าสุด</h2><div id="home-news">' + latest + '</div>'
            '<button data-api="/api/posts?page=" data-next="2" data-target="home-news">โหลดเพิ่ม</button>'
            '<h2>บริการยอดนิยม</h2><p><a class="btn" href="/eservice/">บริการออนไลน์</a> <a class="btn" href="/service/">คู่มือประชาชน</a> '
            '<a class="btn" href="javascript:void(0)" onclick="window.open(\'https://q.bangkok.go.th/\')">จองคิว</a></p>')
    page("/", "สำนักงานเขตทุ่งครุ", body, noscript=noscript)

    # ---------------- news
    for a in NEWS:
        if a.get("special") == "o35":
            txt = (f"<p>วันที่ {thdate(a['date'])} {DIRECTOR[0]} ผู้อำนวยการเขตทุ่งครุ เป็นประธานการประชุมข้าราชการและบุคลากร "
                   "เพื่อมอบนโยบายการป้องกันการทุจริต ย้ำนโยบายไม่รับของขวัญ (No Gift Policy) และติดตามการเตรียมความพร้อม "
                   "การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี ๒๕๖๕ โดยมอบหมายหัวหน้าฝ่ายทุกฝ่ายรายงานความก้าวหน้าทุกเดือน</p>"
                   f"<p>{lazyimg('/images/news/n-0380.png', 'ภาพการประชุม', 320)}</p>")
            im = Image.new("RGB", (320, 200), "#d1c4e9")
            ImageDraw.Draw(im).text((20, 80), "ประชุมมอบนโยบาย ITA ๒๕๖๕", fill="#311b92", font=font(20))
            png("/images/news/n-0380.png", im)
        else:
            txt = (f"<p>วันที่ {thdate(a['date'])} สำนักงานเขตทุ่งครุ ดำเนินการ{a['title']} "
                   "เพื่อดูแลความเป็นอยู่ของประชาชนในพื้นที่ ตามแผนปฏิบัติราชการประจำปี ๒๕๖๕</p>")
        page(a["url"], a["title"], f"<p><small>{thdate(a['date'])}</small></p>{txt}<p><a href='/news/'>ข่าวทั้งหมด</a></p>")
    first = "".join(f'<div class="post"><a href="{a["url"]}">{a["title"]}</a> <small>{thdate(a["date"], short=True)}</small></div>'
                    for a in NEWS[:6])
    page("/news/", "ข่าวประชาสัมพันธ์",
         f'<div id="news-list">{first}</div><button data-api="/api/posts?page=" data-next="2" data-target="news-list">โหลดเพิ่ม</button>')

    # ---------------- docs (list only via JSON)
    page("/docs/", "เอกสารเผยแพร่",
         '<p>ประกาศ คำสั่ง รายงาน และเอกสารเผยแพร่ของสำนักงานเขต</p><div id="doc-list"></div>'
         '<button data-api="/api/posts?type=doc&amp;page=" data-next="1" data-target="doc-list" data-autoload>โหลดเพิ่ม</button>'
         '<p><a href="/ita/">การประเมิน ITA ๒๕๖๕</a></p>'
         '<noscript><p>กรุณาเปิดใช้งาน JavaScript เพื่อดูรายการเอกสาร</p></noscript>')

    # ---------------- about
    org = Image.new("RGB", (800, 420), "white")
    dr = ImageDraw.Draw(org)
    dr.rectangle([300, 10, 500, 60], outline="#6a1b9a", width=3)
    dr.text((318, 22), "ผู้อำนวยการเขตทุ่งครุ", fill="black", font=font(18))
    dr.rectangle([300, 90, 500, 130], outline="#6a1b9a", width=2)
    dr.text((312, 98), "ผู้ช่วยผู้อำนวยการเขต", fill="black", font=font(16))
    for i, (_, n) in enumerate(DIVS):
        x, y = 10 + (i % 5) * 158, 170 + (i // 5) * 120
        dr.rectangle([x, y, x + 150, y + 90], outline="#6a1b9a", width=2)
        parts = n.split("และ", 1)
        dr.text((x + 6, y + 10), parts[0], fill="black", font=font(14))
        if len(parts) > 1:
            dr.text((x + 6, y + 34), "และ" + parts[1], fill="black", font=font(14))
    png("/images/structure-2565.png", org)
    divs = "".join(f"<li>{n}</li>" for _, n in DIVS)
    page("/about/structure.html", "โครงสร้างหน่วยงาน",
         f'<p>{lazyimg("/images/structure-2565.png", "แผนภูมิโครงสร้างสำนักงานเขตทุ่งครุ")}</p><p>สำนักงานเขตทุ่งครุ แบ่งส่วนราชการเป็น ๑๐ ฝ่าย</p><ol>{divs}</ol>')
    ex = ""
    for i, (n, p) in enumerate(EXECS):
        im = Image.new("RGB", (150, 190), ["#d7ccc8", "#cfd8dc", "#f8bbd0"][i])
        dd = ImageDraw.Draw(im)
        dd.ellipse([45, 25, 105, 85], fill="#ffe0b2")
        dd.rectangle([25, 95, 125, 190], fill="#37474f")
        png(f"/images/exec/{i + 1}.png", im)
        ex += f'<div class="card">{lazyimg(f"/images/exec/{i + 1}.png", n, 120)}<p><b>{n}</b><br>{p}</p></div>'
    page("/about/executives.html", "ผู้บริหารสำนักงานเขตทุ่งครุ", ex)
    page("/about/duty.html", "อำนาจหน้าที่",
         "<p>สำนักงานเขตมีอำนาจหน้าที่ตามมาตรา ๖๘ แห่งพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘ "
         "และประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต ได้แก่ งานทะเบียนราษฎร งานจัดเก็บรายได้ "
         "งานโยธา งานรักษาความสะอาด งานเทศกิจ งานสิ่งแวดล้อมและสุขาภิบาล งานพัฒนาชุมชน และงานการศึกษา</p>"
         + "".join(f"<div class='card'><b>{n}</b>: ปฏิบัติงานตามภารกิจของ{n}ตามที่กรุงเทพมหานครกำหนด</div>" for _, n in DIVS))
    page("/laws/", "กฎหมายที่เกี่ยวข้อง",
         '<ul><li><a href="/files/laws/bma-act-2528.pdf" download>พ.ร.บ. ระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘</a></li>'
         '<li><a href="https://www.krisdika.go.th/law?lawId=procurement2560">พ.ร.บ. การจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐</a></li>'
         '<li><a href="https://www.krisdika.go.th/law?lawId=info2540">พ.ร.บ. ข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐</a></li>'
         '<li><a href="https://www.krisdika.go.th/law?lawId=facilitation2558">พ.ร.บ. การอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘</a></li>'
         '<li><a href="https://www.krisdika.go.th/law?lawId=clean2535">พ.ร.บ. รักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. ๒๕๓๕</a></li></ul>')
    page("/qa/", "ถาม-ตอบ (Q&amp;A)",
         '<p class="card" style="color:#b71c1c">ระบบกระดานถาม-ตอบออนไลน์ ปิดปรับปรุงชั่วคราว</p>'
         "<div class='card'><b>ถาม:</b> ย้ายที่อยู่ต้องใช้เอกสารอะไร<br><b>ตอบ:</b> บัตรประจำตัวประชาชน และทะเบียนบ้านฉบับเจ้าบ้าน</div>"
         "<div class='card'><b>ถาม:</b> ชำระภาษีป้ายได้ถึงเมื่อไร<br><b>ตอบ:</b> ภายในเดือนมีนาคมของทุกปี</div>"
         "<div class='card'><b>ถาม:</b> ขอใบอนุญาตก่อสร้างใช้เวลากี่วัน<br><b>ตอบ:</b> ไม่เกิน ๔๕ วัน ตามกฎหมาย</div>"
         "<p>หากมีข้อสงสัยเพิ่มเติม โปรดติดต่อสำนักงานเขตในวันและเวลาราชการ</p>")
    page("/contact/", "ติดต่อเรา",
         f"<div class='card'><p>{DIST}<br>{ADDRESS}</p><p>โทรศัพท์ ๐๒-๔๒๖-๒๐๐๐<br>โทรสาร ๐๒-๔๒๖-๒๐๐๙<br>อีเมล thungkhru@bangkok.go.th</p>"
         '<p><iframe class="lazy" data-src="https://www.google.com/maps/embed?pb=thungkhru" width="100%" height="220" title="แผนที่"></iframe>'
         '<br><a href="https://goo.gl/maps/thungkhru">เปิดแผนที่</a></p></div>'
         "<div class='card'><h2>แสดงความคิดเห็น / ข้อเสนอแนะ</h2><p>ท่านสามารถแสดงความคิดเห็นต่อการให้บริการของสำนักงานเขตได้ที่</p>"
         '<p><a href="https://forms.gle/tkFeedback2565">แบบฟอร์มรับฟังความคิดเห็นออนไลน์</a> · อีเมล thungkhru@bangkok.go.th · '
         'ตู้รับความคิดเห็น ชั้น ๑ สำนักงานเขต</p></div>')

    # ---------------- service
    guides = "".join(f"<div class='card'>{n} {onclick(f'/files/service/{s}.pdf', 'เปิดคู่มือ')}</div>" for s, n in D["guides"])
    page("/service/", "คู่มือสำหรับประชาชน",
         guides + '<p><a href="/eservice/">บริการออนไลน์ (E-Service)</a> · <a href="/service/stats.html">สถิติการให้บริการ</a></p>')
    page("/service/stats.html", "ข้อมูลเชิงสถิติการให้บริการ",
         '<div class="card">สถิติการให้บริการประชาชน <a href="/files/service/service-stat-2564.xlsx" download>ดาวน์โหลด (Excel)</a></div>')
    page("/eservice/", "บริการออนไลน์ (E-Service)",
         '<div class="card"><b>BMA OSS</b> ยื่นขออนุญาตก่อสร้าง/ประกอบกิจการ ' + onclick("https://oss.bangkok.go.th/", "เข้าสู่ระบบ") + '</div>'
         '<div class="card"><b>BMA Q</b> จองคิวงานทะเบียน/บัตรประชาชนล่วงหน้า ' + onclick("https://q.bangkok.go.th/", "จองคิว") + '</div>'
         '<div class="card"><b>นัดหมายล่วงหน้าทุกฝ่าย</b> ผ่านแบบฟอร์มออนไลน์ <a href="https://forms.gle/tkBooking2565">กรอกแบบฟอร์ม</a></div>'
         '<div class="card"><b>Traffy Fondue</b> แจ้งปัญหาในพื้นที่ <a href="https://traffy.in.th/">แจ้งเรื่อง</a></div>')

    # ---------------- plan / budget
    page("/plan/", "แผนและรายงานผลการดำเนินงาน",
         f"<div class='card'>แผนพัฒนาเขตทุ่งครุ ปี ๒๕๖๕ {onclick('/files/plan/district-dev-plan-2565.pdf', 'เปิด')}</div>"
         f"<div class='card'>แผนปฏิบัติราชการประจำปี ๒๕๖๕ {onclick('/files/plan/action-plan-2565.pdf', 'เปิด')}</div>"
         + thumbcard("/files/plan/progress-12m-2564.pdf", "/thumbs/progress-12m-2564.png", "รายงานการกำกับติดตามการดำเนินงาน")
         + '<div class="card">รายงานผลการดำเนินงานประจำปี <a href="/files/plan/annual-report-2564.pdf" download>ดาวน์โหลด</a></div>')
    page("/budget/", "งบประมาณ",
         f"<div class='card'>แผนการใช้จ่ายงบประมาณประจำปี ๒๕๖๕ {onclick('/files/budget/spending-plan-2565.pdf', 'เปิด')}</div>"
         '<div class="card">รายงานผลการใช้จ่ายงบประมาณประจำปี ๒๕๖๔ <a href="/files/budget/spending-report-2564.pdf" download>ดาวน์โหลด</a></div>'
         '<p>รายงานอื่น ๆ ดูที่ <a href="/docs/">เอกสารเผยแพร่</a></p>')

    # ---------------- procurement
    sums = "".join(thumbcard(p, f"/thumbs/sum-{y + 543}-{m:02d}.png", f"{MONTHS_AB[m - 1]} {th(y + 543)}") for (y, m), p in D["sum"])
    page("/procurement/", "การจัดซื้อจัดจ้าง",
         '<div class="card"><a href="https://www.bangkok.go.th/procurement" target="_blank"><b>e-GPBMA</b> ระบบเผยแพร่ข้อมูลการจัดซื้อจัดจ้างของหน่วยงานกรุงเทพมหานคร</a></div>'
         '<h2>แผนการจัดซื้อจัดจ้าง</h2>' + thumbcard("/files/procurement/procurement-plan-2565.pdf", "/thumbs/procurement-plan-2565.png", "แผนการจัดซื้อจัดจ้าง ปี ๒๕๖๕")
         + '<h2>ประกาศจัดซื้อจัดจ้าง</h2><div id="proc-list"></div>'
         '<button data-api="/api/posts?type=procure&amp;page=" data-next="1" data-target="proc-list" data-autoload>โหลดเพิ่ม</button>'
         '<h2>สรุปผลการจัดซื้อจัดจ้างรายเดือน</h2>' + sums
         + f"<h2>รายงานประจำปี</h2><div class='card'>รายงานผลการจัดซื้อจัดจ้างประจำปี {onclick('/files/procurement/annual-report.pdf', 'เปิด')}</div>")

    # ---------------- manuals, HR
    mans = "".join(thumbcard(f"/files/manuals/{s}.pdf", f"/thumbs/manual-{s}.png", n) for s, n in DIVS if s in MANUAL_DIVS)
    page("/manuals/", "คู่มือการปฏิบัติงาน", "<p>คู่มือการปฏิบัติงานของเจ้าหน้าที่ จำแนกตามฝ่าย</p>" + mans)
    page("/hr/", "การบริหารและพัฒนาทรัพยากรบุคคล",
         f"<div class='card'>นโยบายการบริหารทรัพยากรบุคคล ปี ๒๕๖๕ {onclick('/files/hr/hr-policy-2565.pdf', 'เปิด')}</div>"
         f"<div class='card'>การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล (รอบ ๖ เดือน) <a href='/files/hr/hr-policy-result-6m-2565.pdf' download>ดาวน์โหลด</a></div>"
         f"<div class='card'>หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล <a href='/files/hr/hr-criteria.pdf'>เปิด</a></div>"
         "<div class='card'>รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี ๒๕๖๔ <a href='/dl.php?id=28' download>ดาวน์โหลด</a></div>")

    # ---------------- complaint, integrity, participation
    page("/complaint/", "ร้องเรียนการทุจริตและประพฤติมิชอบ",
         "<div class='card'><b>ช่องทางแจ้งเรื่องร้องเรียนการทุจริต</b><br>โทร ๐๒-๔๒๖-๒๐๑๑ (ฝ่ายปกครอง) / สายด่วน กทม. ๑๕๕๕<br>"
         "อีเมล anticorruption.tk@bangkok.go.th<br>จดหมายถึงผู้อำนวยการเขตทุ่งครุ (ระบุ \"ลับ\")<br>"
         '<a href="https://forms.gle/tkCorruption">แบบฟอร์มแจ้งเบาะแสการทุจริตออนไลน์</a></div>'
         f"<div class='card'>แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต {onclick('/files/integrity/complaint-guideline.pdf', 'เปิด')}</div>"
         "<p>สถิติเรื่องร้องเรียน ดูที่ <a href='/docs/'>เอกสารเผยแพร่</a></p>")
    thumb("/thumbs/plan-4y.png", ["แผนปฏิบัติการ", "ป้องกันการทุจริต", "ระยะ ๔ ปี"])
    page("/integrity/", "การป้องกันการทุจริต",
         "<div class='card'>ประกาศเจตจำนงสุจริตในการบริหารงาน "
         "<a href='/files/integrity/intent-th.pdf' download>ภาษาไทย</a> · <a href='/files/integrity/intent-en.pdf' download>English</a></div>"
         f"<div class='card'>การประเมินความเสี่ยงการทุจริต ปี ๒๕๖๕ {onclick('/files/integrity/risk-assessment-2565.pdf', 'เปิด')}</div>"
         f"<div class='card'>การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต {onclick('/files/integrity/risk-actions-2565.pdf', 'เปิด')}</div>"
         "<div class='card'>การเสริมสร้างวัฒนธรรมองค์กร <a href='/files/integrity/culture-2565.pdf'>เปิด</a></div>"
         "<h2>แผนปฏิบัติการป้องกันการทุจริต</h2>" + thumbcard("/files/integrity/anticorruption-plan-4y.pdf", "/thumbs/plan-4y.png", "แผนปฏิบัติการป้องกันการทุจริต")
         + "<div class='card'>รายงานผลการดำเนินการป้องกันการทุจริตประจำปี <a href='javascript:void(0)' data-file='/files/integrity/anticorruption-report-2564.pdf'>เปิดเอกสาร</a></div>"
         "<div class='card'>มาตรการส่งเสริมคุณธรรมและความโปร่งใส <a href='javascript:void(0)' data-file='/files/integrity/ita-measures-2565.pdf'>เปิดเอกสาร</a></div>"
         "<div class='card'>ผลการดำเนินการตามมาตรการ <a href='javascript:void(0)' data-file='/files/integrity/ita-measures-result-2564.pdf'>เปิดเอกสาร</a></div>")
    page("/participate/", "การเปิดโอกาสให้เกิดการมีส่วนร่วม",
         "<div class='card'>แสดงการดำเนินการหรือกิจกรรมที่แสดงถึงการเปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียได้มีส่วนร่วมในการดำเนินงาน"
         "ตามภารกิจของหน่วยงาน เช่น การมีส่วนร่วมในการวางแผน การดำเนินการ การติดตามประเมินผล เป็นต้น</div>"
         "<p><i>อยู่ระหว่างรวบรวมข้อมูล</i></p>")

    # ---------------- ITA page
    o35 = [a for a in NEWS if a.get("special") == "o35"][0]
    OIT = [
        ("O1", "โครงสร้างหน่วยงาน", '<a href="/about/structure.html">ดูข้อมูล</a>'),
        ("O๒", "ข้อมูลผู้บริหาร", '<a href="/about/executives.html">ดูข้อมูล</a>'),
        ("O๓", "อำนาจหน้าที่", '<a href="/about/duty.html">ดูข้อมูล</a>'),
        ("O๔", "แผนพัฒนาเขต / แผนยุทธศาสตร์", onclick("/files/plan/district-dev-plan-2565.pdf", "เปิดเอกสาร")),
        ("O๕", "ข้อมูลการติดต่อ", '<a href="/contact/">ดูข้อมูล</a>'),
        ("O๖", "กฎหมายที่เกี่ยวข้อง", '<a href="/laws/">ดูข้อมูล</a>'),
        ("O๗", "ข่าวประชาสัมพันธ์", '<a href="/news/">ดูข้อมูล</a>'),
        ("0๘", "Q&amp;A", '<a href="/qa/">ดูข้อมูล</a>'),
        ("0๙", "Social Network", "ไอคอน Facebook / YouTube / Twitter ด้านล่างของทุกหน้า"),
        ("0๑๐", "แผนปฏิบัติราชการประจำปี ๒๕๖๕", onclick("/files/plan/action-plan-2565.pdf", "เปิดเอกสาร")),
        ("0๑๑", "รายงานการกำกับติดตามการดำเนินงาน", thumbcard("/files/plan/progress-12m-2564.pdf", "/thumbs/progress-12m-2564.png", "")),
        ("0๑๒", "รายงานผลการดำเนินงานประจำปี", '<a href="/files/plan/annual-report-2564.pdf" download>ดาวน์โหลด</a>'),
        ("0๑๓", "คู่มือหรือมาตรฐานการปฏิบัติงาน", '<a href="/manuals/">ดูข้อมูล</a>'),
        ("0๑๔", "คู่มือหรือมาตรฐานการให้บริการ", '<a href="/service/">ดูข้อมูล</a>'),
        ("0๑๕", "ข้อมูลเชิงสถิติการให้บริการ", '<a href="/service/stats.html">ดูข้อมูล</a>'),
        ("0๑๖", "รายงานผลการสำรวจความพึงพอใจการให้บริการ", 'ดูที่ <a href="/docs/">เอกสารเผยแพร่</a> (กดโหลดเพิ่ม)'),
        ("0๑๗", "E-Service", '<a href="/eservice/">ดูข้อมูล</a>'),
        ("0๑๘", "แผนการใช้จ่ายงบประมาณประจำปี", onclick("/files/budget/spending-plan-2565.pdf", "เปิดเอกสาร")),
        ("0๑๙", "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ", 'ดูที่ <a href="/docs/">เอกสารเผยแพร่</a>'),
        ("0๒๐", "รายงานผลการใช้จ่ายงบประมาณประจำปี", '<a href="/files/budget/spending-report-2564.pdf" download>ดาวน์โหลด</a>'),
        ("O๒๑", "แผนการจัดซื้อจัดจ้าง", '<a href="/procurement/">ดูข้อมูล</a>'),
        ("O๒๒", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง", '<a href="/procurement/">ดูข้อมูล</a>'),
        ("O๒๓", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", '<a href="/procurement/">ดูข้อมูล</a>'),
        ("O๒๔", "รายงานผลการจัดซื้อจัดจ้างประจำปี", onclick("/files/procurement/annual-report.pdf", "เปิดเอกสาร")),
        ("O๒๕", "นโยบายการบริหารทรัพยากรบุคคล", '<a href="/hr/">ดูข้อมูล</a>'),
        ("O๒๖", "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล", '<a href="/hr/">ดูข้อมูล</a>'),
        ("O๒๗", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", '<a href="/hr/">ดูข้อมูล</a>'),
        ("O๒๘", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", '<a href="/dl.php?id=28" download>ดาวน์โหลด</a>'),
        ("O๒๙", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", '<a href="/complaint/">ดูข้อมูล</a>'),
        ("O๓๐", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", '<a href="/complaint/">ดูข้อมูล</a>'),
        ("O๓๑", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต", 'ดูที่ <a href="/docs/">เอกสารเผยแพร่</a>'),
        ("O๓๒", "ช่องทางการรับฟังความคิดเห็น", '<a href="/contact/">ดูข้อมูล</a>'),
        ("O๓๓", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", '<a href="/participate/">ดูข้อมูล</a>'),
        ("O๓๔", "เจตจำนงสุจริตของผู้บริหาร", '<a href="/integrity/">ดูข้อมูล</a>'),
        ("O๓๕", "การมีส่วนร่วมของผู้บริหาร", f'<a href="{o35["url"]}">ดูข่าวกิจกรรม</a>'),
        ("O๓๖", "การประเมินความเสี่ยงการทุจริตประจำปี", onclick("/files/integrity/risk-assessment-2565.pdf", "เปิดเอกสาร")),
        ("O๓๗", "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต", onclick("/files/integrity/risk-actions-2565.pdf", "เปิดเอกสาร")),
        ("O๓๘", "การเสริมสร้างวัฒนธรรมองค์กร", '<a href="/integrity/">ดูข้อมูล</a>'),
        ("O๓๙", "แผนปฏิบัติการป้องกันการทุจริต", '<a href="/integrity/">ดูข้อมูล</a>'),
        ("O๔๐", "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต", onclick("/files/ita65/o40-monitor-6m.pdf", "เปิดเอกสาร")),
        ("O๔๑", "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี",
         '<a href="javascript:void(0)" data-file="/files/integrity/anticorruption-report-2564.pdf">เปิดเอกสาร</a>'),
        ("O๔๒", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
         '<a href="javascript:void(0)" data-file="/files/integrity/ita-measures-2565.pdf">เปิดเอกสาร</a>'),
        ("O๔๓", "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส", '<a href="/integrity/">ดูข้อมูล</a>'),
    ]
    cards = "".join(f'<div class="card"><span class="code">{c}</span> <b>{t}</b><br>{l}</div>' for c, t, l in OIT)
    ns = ('<noscript><p>ลิงก์เอกสาร (สำหรับเบราว์เซอร์ที่ปิด JavaScript):</p><ul>'
          '<li><a href="/files/integrity/anticorruption-report-2564.pdf">O41 รายงานผลการดำเนินการป้องกันการทุจริตประจำปี</a></li>'
          '<li><a href="/files/integrity/ita-measures-2565.pdf">O42 มาตรการส่งเสริมคุณธรรมและความโปร่งใส</a></li></ul></noscript>')
    page("/ita/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๕",
         '<p>ข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ของสำนักงานเขต ประจำปีงบประมาณ พ.ศ. ๒๕๖๕</p>' + cards + ns)
    return OIT


def gen_api(D):
    files = {}

    def put(key, rel, obj):
        w("/" + rel, json.dumps(obj, ensure_ascii=False, indent=1))
        files[key] = {"file": rel, "headers": {"Content-Type": "application/json; charset=utf-8"}}

    # news: 6 per page
    pages = [NEWS[i:i + 6] for i in range(0, len(NEWS), 6)]
    for n, items in enumerate(pages, 1):
        put(f"/api/posts?page={n}", f"api/posts/news-{n}.json",
            {"page": n, "total_pages": len(pages), "next_page": n + 1 if n < len(pages) else None,
             "items": [{"id": a["id"], "title": a["title"], "date": thdate(a["date"], digits=False, short=True), "url": a["url"],
                        "thumb": "/images/news/n-0380.png" if a.get("special") else None} for a in items]})
    put(f"/api/posts?page={len(pages) + 1}", "api/posts/empty.json",
        {"page": len(pages) + 1, "total_pages": len(pages), "next_page": None, "items": []})
    # documents
    gen = {s: t for s, t in D["gen"]}
    docs = [
        [("g-01", None), ("O31", ("ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ ๒๕๖๕ (ต.ค. ๖๔ - มี.ค. ๖๕)",
                                   "/files/integrity/complaint-stat-2565-6m.pdf")),
         ("g-02", None), ("g-03", None), ("g-04", None),
         ("plan", ("แผนการใช้จ่ายงบประมาณประจำปี ๒๕๖๕", "/files/budget/spending-plan-2565.pdf"))],
        [("O16", ("รายงานผลการสำรวจความพึงพอใจการให้บริการ รอบ ๖ เดือน ปีงบประมาณ ๒๕๖๕", "/files/service/satisfaction-6m-2565.pdf")),
         ("g-05", None), ("g-06", None),
         ("guide", ("คู่มือสำหรับประชาชน งานแจ้งย้ายที่อยู่", "/files/service/guide-01.pdf")),
         ("form", ("แบบคำร้องทั่วไป (Word)", "/files/forms/general-request.docx")), ("g-07", None)],
        [("O19", ("รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ ๖ เดือน (ต.ค. ๖๔ - มี.ค. ๖๕)", "/files/budget/spending-monitor-6m-2565.pdf")),
         ("g-08", None), ("g-09", None)]]
    for n, lst in enumerate(docs, 1):
        items = []
        for k, (key, val) in enumerate(lst):
            if val is None:
                title, url = gen[key], f"/files/docs/{key}.pdf"
            else:
                title, url = val
            items.append({"id": 900 - n * 10 - k, "title": title, "url": url, "date": f"{th(28 - n * 3 - k)} เม.ย. ๖๕",
                          "files": [{"name": "ดาวน์โหลด", "url": url}]})
        put(f"/api/posts?type=doc&page={n}", f"api/posts/doc-{n}.json",
            {"page": n, "total_pages": len(docs), "next_page": n + 1 if n < len(docs) else None, "items": items})
    # procurement announcements
    ann = D["ann"]
    for n, lst in enumerate([ann[:6], ann[6:]], 1):
        put(f"/api/posts?type=procure&page={n}", f"api/posts/procure-{n}.json",
            {"page": n, "total_pages": 2, "next_page": 2 if n == 1 else None,
             "items": [{"title": t, "date": thdate(d_, short=True), "url": f"/files/procurement/announce/{s}.pdf",
                        "files": [{"name": "ประกาศ (PDF)", "url": f"/files/procurement/announce/{s}.pdf"}]} for s, t, d_ in lst]})
    files["/dl.php?id=28"] = {"file": "store/hr-report-2564.pdf",
                              "headers": {"Content-Type": "application/pdf",
                                          "Content-Disposition": "attachment; filename=\"hr-report-2564.pdf\""}}
    return files


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    D = gen_docs()
    gen_pages(D)
    files = gen_api(D)
    meta = {
        "framework": "bma-2564",
        "as_of": "2022-05-16",
        "start": "/",
        "name_th": DIST,
        "style": (
            "Mobile-first app-like theme (purple app bar, hamburger, fixed bottom tab bar หน้าแรก/ข่าว/บริการ/เอกสาร/ติดต่อ). "
            "The main menu is built by /assets/app.js from /assets/menu.json; without scripts only a <noscript> strip on the home page "
            "(หน้าแรก, ข่าว, โครงสร้าง, ติดต่อ, ITA) and the tab bar remain. All images are lazy (src=blank.gif, data-src=real; the map "
            "iframe too). News, the document list (/docs/) and procurement announcements load via 'โหลดเพิ่ม' buttons that fetch "
            "/api/posts?page=N, /api/posts?type=doc&page=N and /api/posts?type=procure&page=N (JSON served through server.files; "
            "/docs/ and the procurement list are empty until the script runs). Attachments from JSON are rendered as "
            "javascript:void(0) links with data-file. Link styles on the OIT page /ita/ and section pages: plain href, "
            "href=\"javascript:void(0)\" onclick=\"window.open('/files/...pdf')\", <a download>, PDF thumbnails (PNG, empty alt, caption outside "
            "the link) as the only link to a file, data-file buttons opened by script, and a <noscript> list on /ita/ that is the only plain "
            "link to O41/O42 documents; /dl.php?id=28 answers a PDF as an attachment (Content-Disposition). Social icons are SVG only. "
            "Item traps: O2 executives have photo/name/position but no contact; O8 Q&A page is a static FAQ with the board closed; "
            "O11 only the FY2564 12-month monitoring report (thumbnail without title in the link); O13 manuals for 7 of 10 divisions; "
            "O15 service statistics for FY2564 only; O16, O19, O31 exist only in the JSON document list; O22 announcements only in JSON; "
            "O23 monthly summaries ต.ค. 64 - เม.ย. 65 on a home-made 5-column form (no ราคากลาง, bidders, reasons, contract no.); "
            "O24 'รายงานผลการจัดซื้อจัดจ้างประจำปี' opens the FY2563 report; O33 page repeats the criterion text + อยู่ระหว่างรวบรวมข้อมูล; "
            "O34 Thai/English intent declarations signed by the previous director (new director since 1 ก.พ. 2565); O39 only a 4-year plan; "
            "O40 onclick target 404; O43 report is for FY2564 measures."),
        "author": "blind",
        "set": "held-out-6",
        "server": {"files": files},
    }
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
