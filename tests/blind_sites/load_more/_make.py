# -*- coding: utf-8 -*-
"""Generate the Suan Luang district office site (load-more lists) under site/."""
import os, json, shutil, random
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from PIL import Image, ImageDraw, ImageFont
import openpyxl
from openpyxl.styles import Font, Alignment

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
if os.path.exists(SITE):
    shutil.rmtree(SITE)
os.makedirs(SITE)
random.seed(15)

FONTDIR = "/usr/share/fonts/truetype/tlwg/"
pdfmetrics.registerFont(TTFont("TH", FONTDIR + "Garuda.ttf"))
pdfmetrics.registerFont(TTFont("THB", FONTDIR + "Garuda-Bold.ttf"))

DIST = "สวนหลวง"
OFFICE = "สำนักงานเขตสวนหลวง"
DIRECTOR = "นายวิรัช ทองมณี"
FORMER = "นางสาวพรทิพย์ แก้วประเสริฐ"
ASST1 = "นางกนกวรรณ ศรีสุข"
ASST2 = "นายธนากร พึ่งบุญ"
ADDR = "เลขที่ ๑๐๔๙ ถนนพัฒนาการ แขวงสวนหลวง เขตสวนหลวง กรุงเทพมหานคร ๑๐๒๕๐"
PHONE = "๐ ๒๓๑๘ ๗๕๔๐ - ๔"
EMAIL = "suanluang@bangkok.go.th"
FB = "https://www.facebook.com/suanluangdistrict"
LINE = "https://line.me/R/ti/p/@suanluang.bma"
EGP = "https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch"
EGPBMA = "https://e-gpbma.bangkok.go.th/"

TD = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
def th(s):
    return str(s).translate(TD)

MONTHS = ["", "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
          "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
MSHORT = ["", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]

def thdate(iso, short=False, digits=True):
    y, m, d = [int(x) for x in iso.split("-")]
    s = f"{d} {MSHORT[m] if short else MONTHS[m]} {y+543}"
    return th(s) if digits else s

def money(x):
    return f"{x:,.2f}"

# ------------------------------------------------------------------ PDF writer
class Doc:
    W, H = A4
    M = 56
    def __init__(self, path, land=False):
        self.path = os.path.join(SITE, path.lstrip("/"))
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        self.size = landscape(A4) if land else A4
        self.W, self.H = self.size
        self.c = canvas.Canvas(self.path, pagesize=self.size)
        self.c.setTitle(os.path.basename(path))
        self.y = self.H - self.M
        self.page = 1
    def newpage(self):
        self.c.setFont("TH", 8)
        self.c.drawRightString(self.W - self.M, 25, th(f"หน้า {self.page}"))
        self.c.showPage()
        self.page += 1
        self.y = self.H - self.M
    def need(self, h):
        if self.y - h < self.M:
            self.newpage()
    @staticmethod
    def wrap(text, font, size, width):
        lines = []
        for para in text.split("\n"):
            cur = ""
            last_space = -1
            for ch in para:
                cand = cur + ch
                if pdfmetrics.stringWidth(cand, font, size) > width and cur:
                    if ch in "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e33\u0e30\u0e32\u0e45":
                        cur = cand
                        continue
                    if last_space > 0:
                        lines.append(cur[:last_space])
                        cur = cur[last_space + 1:] + ch
                    else:
                        lines.append(cur)
                        cur = ch
                    last_space = cur.rfind(" ")
                else:
                    cur = cand
                    if ch == " ":
                        last_space = len(cur) - 1
            lines.append(cur)
        return lines
    def header(self, lines):
        # Garuda seal-ish circle + centred heading
        self.c.circle(self.W / 2, self.y - 18, 18)
        self.c.setFont("THB", 7)
        self.c.drawCentredString(self.W / 2, self.y - 21, "กทม.")
        self.y -= 48
        for i, l in enumerate(lines):
            self.c.setFont("THB", 14 if i == 0 else 12)
            for w in self.wrap(l, "THB", 14 if i == 0 else 12, self.W - 2 * self.M):
                self.need(20)
                self.c.drawCentredString(self.W / 2, self.y, w)
                self.y -= 20
        self.y -= 6
    def h(self, text, size=12):
        self.need(24)
        self.c.setFont("THB", size)
        for w in self.wrap(text, "THB", size, self.W - 2 * self.M):
            self.c.drawString(self.M, self.y, w)
            self.y -= size + 7
        self.y -= 2
    def p(self, text, size=11, indent=24):
        for i, w in enumerate(self.wrap(text, "TH", size, self.W - 2 * self.M - indent)):
            self.need(size + 7)
            self.c.setFont("TH", size)
            self.c.drawString(self.M + indent, self.y, w)
            self.y -= size + 7
        self.y -= 4
    def table(self, head, rows, widths, size=9):
        tot = sum(widths)
        ws = [w * (self.W - 2 * self.M) / tot for w in widths]
        def draw_row(cells, bold):
            font = "THB" if bold else "TH"
            wrapped = [self.wrap(str(c), font, size, ws[i] - 6) for i, c in enumerate(cells)]
            hgt = max(len(x) for x in wrapped) * (size + 4) + 6
            if self.y - hgt < self.M:
                self.newpage()
                if not bold:
                    draw_row(head, True)
            x = self.M
            for i, lines in enumerate(wrapped):
                self.c.rect(x, self.y - hgt, ws[i], hgt)
                self.c.setFont(font, size)
                yy = self.y - size - 2
                for l in lines:
                    self.c.drawString(x + 3, yy, l)
                    yy -= size + 4
                x += ws[i]
            self.y -= hgt
        draw_row(head, True)
        for r in rows:
            draw_row(r, False)
        self.y -= 12
    def sign(self, name, pos, date_iso=None):
        self.need(90)
        x = self.W / 2 + 40
        if date_iso:
            self.c.setFont("TH", 11)
            self.c.drawCentredString(x, self.y, "ประกาศ ณ วันที่ " + thdate(date_iso))
            self.y -= 30
        # handwriting-ish signature
        self.c.setLineWidth(0.8)
        p = self.c.beginPath()
        p.moveTo(x - 45, self.y)
        for k in range(9):
            p.curveTo(x - 45 + k * 10, self.y + 12, x - 40 + k * 10, self.y - 8, x - 35 + k * 10, self.y + 2)
        self.c.drawPath(p)
        self.y -= 18
        self.c.setFont("TH", 11)
        self.c.drawCentredString(x, self.y, f"({name})")
        self.y -= 16
        for l in pos.split("\n"):
            self.c.drawCentredString(x, self.y, l)
            self.y -= 16
        self.y -= 8
    def save(self):
        self.c.setFont("TH", 8)
        self.c.drawRightString(self.W - self.M, 25, th(f"หน้า {self.page}"))
        self.c.save()

DIRPOS = "ผู้อำนวยการเขตสวนหลวง"

DIVS = ["ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายรายได้", "ฝ่ายรักษาความสะอาดและสวนสาธารณะ",
        "ฝ่ายโยธา", "ฝ่ายเทศกิจ", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "ฝ่ายการศึกษา"]

# ------------------------------------------------------------------ documents
def simple_notice(path, title, paras, date_iso, signer=DIRECTOR, signpos=DIRPOS):
    d = Doc(path)
    d.header([f"ประกาศ{OFFICE}", f"เรื่อง {title}"])
    for x in paras:
        d.p(x)
    d.sign(signer, signpos, date_iso)
    d.save()

# --- plan list docs
def doc_action_plan(path, fy, signer, date_iso):
    d = Doc(path)
    d.header([f"แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. {th(fy)}", OFFICE, "กรุงเทพมหานคร"])
    d.h("ส่วนที่ ๑ บทนำ")
    d.p(f"{OFFICE} ได้จัดทำแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. {th(fy)} ให้สอดคล้องกับแผนพัฒนากรุงเทพมหานครระยะ ๒๐ ปี ระยะที่ ๒ (พ.ศ. ๒๕๖๑ - ๒๕๖๕) และแผนพัฒนาสำนักงานเขตสวนหลวง ระยะ ๕ ปี เพื่อใช้เป็นกรอบในการดำเนินงานของทุกฝ่าย ระยะเวลาดำเนินการ ๑ ตุลาคม {th(fy-1)} ถึง ๓๐ กันยายน {th(fy)}")
    d.h("ส่วนที่ ๒ โครงการ/กิจกรรม ตามแผนปฏิบัติราชการ")
    rows = [
        ["๑", "มหานครปลอดภัย", "โครงการติดตั้งกล้องโทรทัศน์วงจรปิด (CCTV) จุดเสี่ยงในชุมชน", "๑,๒๕๐,๐๐๐", "จำนวนจุดเสี่ยงที่ได้รับการติดตั้ง ๑๒ จุด", "ฝ่ายโยธา"],
        ["๒", "มหานครสีเขียว สะดวกสบาย", "โครงการขุดลอกคูคลองและเปิดทางน้ำไหล คลองหนองบอน คลองมะขามเทศ", "๒,๔๘๐,๐๐๐", "ความยาวคลองที่ขุดลอก ๖.๕ กม.", "ฝ่ายโยธา"],
        ["๓", "มหานครสีเขียว สะดวกสบาย", "กิจกรรมคัดแยกขยะมูลฝอยต้นทางในชุมชน", "๑๘๐,๐๐๐", "ชุมชนเข้าร่วม ๒๐ ชุมชน", "ฝ่ายรักษาความสะอาดฯ"],
        ["๔", "มหานครสำหรับทุกคน", "โครงการส่งเสริมสุขภาพผู้สูงอายุในชุมชน", "๓๖๐,๐๐๐", "ผู้สูงอายุเข้าร่วม ๘๐๐ คน", "ฝ่ายพัฒนาชุมชนฯ"],
        ["๕", "มหานครกระชับ", "โครงการตรวจสอบอาคารและควบคุมการก่อสร้างตาม พ.ร.บ.ควบคุมอาคาร", "๙๐,๐๐๐", "ตรวจสอบอาคารร้อยละ ๑๐๐ ของคำขอ", "ฝ่ายโยธา"],
        ["๖", "มหานครประชาธิปไตย", "โครงการพัฒนาการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง", "๑๒๐,๐๐๐", "จัดเก็บได้ไม่น้อยกว่าร้อยละ ๘๕ ของเป้าหมาย", "ฝ่ายรายได้"],
        ["๗", "การบริหารจัดการเมืองมหานคร", "โครงการส่งเสริมคุณธรรมและความโปร่งใส (ITA)", "๕๐,๐๐๐", "ผลคะแนน ITA ไม่น้อยกว่า ๙๐ คะแนน", "ฝ่ายปกครอง"],
        ["๘", "มหานครแห่งการเรียนรู้", "โครงการเรียนรู้สู่ชุมชน ห้องสมุดเคลื่อนที่", "๗๕,๐๐๐", "จัดกิจกรรม ๑๒ ครั้ง", "ฝ่ายการศึกษา"],
    ]
    d.table(["ที่", "มิติ/ยุทธศาสตร์", "โครงการ/กิจกรรม", "งบประมาณ (บาท)", "ตัวชี้วัด/ค่าเป้าหมาย", "ผู้รับผิดชอบ"], rows, [4, 14, 30, 12, 24, 14])
    d.h("ส่วนที่ ๓ การติดตามและประเมินผล")
    d.p("ให้ทุกฝ่ายรายงานผลการดำเนินงานตามแผนต่อกลุ่มงานยุทธศาสตร์ รายไตรมาส และรายงานสำนักยุทธศาสตร์และประเมินผลผ่านระบบ BMA Project")
    d.p(f"อนุมัติแผน ณ วันที่ {thdate(date_iso)}", indent=0)
    d.sign(signer, DIRPOS)
    d.save()

def doc_spending_plan(path, fy, signer, date_iso):
    d = Doc(path)
    d.header([f"แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. {th(fy)}", OFFICE])
    d.p(f"{OFFICE} ได้รับจัดสรรงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. {th(fy)} ตามข้อบัญญัติงบประมาณรายจ่ายประจำปี กรุงเทพมหานคร และได้จัดทำแผนการใช้จ่ายงบประมาณรายไตรมาส ดังนี้")
    rows = [["งบบุคลากร", "๙๘,๔๒๐,๐๐๐", "๒๔,๖๐๕,๐๐๐", "๒๔,๖๐๕,๐๐๐", "๒๔,๖๐๕,๐๐๐", "๒๔,๖๐๕,๐๐๐"],
            ["งบดำเนินงาน", "๔๕,๑๘๐,๐๐๐", "๘,๙๐๐,๐๐๐", "๑๒,๒๐๐,๐๐๐", "๑๒,๔๘๐,๐๐๐", "๑๑,๖๐๐,๐๐๐"],
            ["งบลงทุน", "๑๘,๖๕๐,๐๐๐", "๑,๒๐๐,๐๐๐", "๕,๕๐๐,๐๐๐", "๖,๙๕๐,๐๐๐", "๕,๐๐๐,๐๐๐"],
            ["งบเงินอุดหนุน", "๒,๑๔๐,๐๐๐", "๕๐๐,๐๐๐", "๕๔๐,๐๐๐", "๕๕๐,๐๐๐", "๕๕๐,๐๐๐"],
            ["งบรายจ่ายอื่น", "๖๑๐,๐๐๐", "๑๐๐,๐๐๐", "๒๐๐,๐๐๐", "๒๐๐,๐๐๐", "๑๑๐,๐๐๐"],
            ["รวม", "๑๖๕,๐๐๐,๐๐๐", "๓๕,๓๐๕,๐๐๐", "๔๓,๐๔๕,๐๐๐", "๔๔,๗๘๕,๐๐๐", "๔๑,๘๖๕,๐๐๐"]]
    q = lambda a, b: f"ไตรมาส {a} ({b})"
    yy = th(str(fy)[2:]); yp = th(str(fy - 1)[2:])
    d.table(["หมวดรายจ่าย", "งบประมาณทั้งสิ้น", q("๑", f"ต.ค.-ธ.ค. {yp}"), q("๒", f"ม.ค.-มี.ค. {yy}"), q("๓", f"เม.ย.-มิ.ย. {yy}"), q("๔", f"ก.ค.-ก.ย. {yy}")], rows, [16, 16, 17, 17, 17, 17])
    d.p("หมายเหตุ แผนการใช้จ่ายงบประมาณอาจมีการปรับปรุงตามการโอนเปลี่ยนแปลงงบประมาณระหว่างปี")
    d.sign(signer, DIRPOS, date_iso)
    d.save()

def doc_budget_monitor(path):
    d = Doc(path)
    d.header(["รายงานการกำกับติดตามการใช้จ่ายงบประมาณ", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ (ตุลาคม ๒๕๖๔ - กุมภาพันธ์ ๒๕๖๕)", f"{OFFICE} ข้อมูล ณ วันที่ ๒๘ กุมภาพันธ์ ๒๕๖๕"])
    rows = [["งบบุคลากร", "๙๘,๔๒๐,๐๐๐.๐๐", "๔๑,๐๐๕,๒๑๐.๐๐", "๔๑.๖๖"],
            ["งบดำเนินงาน", "๔๕,๑๘๐,๐๐๐.๐๐", "๑๔,๘๐๒,๓๓๐.๕๐", "๓๒.๗๖"],
            ["งบลงทุน", "๑๘,๖๕๐,๐๐๐.๐๐", "๓,๐๑๐,๐๐๐.๐๐", "๑๖.๑๔"],
            ["งบเงินอุดหนุน", "๒,๑๔๐,๐๐๐.๐๐", "๘๒๐,๐๐๐.๐๐", "๓๘.๓๒"],
            ["งบรายจ่ายอื่น", "๖๑๐,๐๐๐.๐๐", "๑๔๒,๕๐๐.๐๐", "๒๓.๓๖"],
            ["รวม", "๑๖๕,๐๐๐,๐๐๐.๐๐", "๕๙,๗๘๐,๐๔๐.๕๐", "๓๖.๒๓"]]
    d.table(["หมวดรายจ่าย", "งบประมาณที่ได้รับ (บาท)", "เบิกจ่ายสะสม ต.ค. ๖๔ - ก.พ. ๖๕ (บาท)", "ร้อยละการเบิกจ่าย"], rows, [25, 25, 30, 20])
    d.h("ปัญหา อุปสรรค และแนวทางแก้ไข")
    d.p("๑. งบลงทุนเบิกจ่ายต่ำกว่าแผน เนื่องจากโครงการก่อสร้างเขื่อน ค.ส.ล. คลองหนองบอน อยู่ระหว่างประกาศเชิญชวนผ่านระบบ e-GP แนวทางแก้ไข เร่งรัดการจัดทำสัญญาภายในเดือนเมษายน ๒๕๖๕")
    d.p("๒. สถานการณ์การแพร่ระบาดของโรคโควิด-๑๙ ทำให้กิจกรรมในชุมชนบางส่วนเลื่อนออกไป")
    d.sign("นางสาวอรุณี มีสมบัติ", "หัวหน้าฝ่ายการคลัง\nผู้รายงาน")
    d.sign(DIRECTOR, DIRPOS + "\nผู้ตรวจสอบ", "2022-03-08")
    d.save()

def doc_annual_report(path, fy, signer):
    d = Doc(path)
    d.header([f"รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. {th(fy)}", OFFICE, f"(๑ ตุลาคม {th(fy-1)} - ๓๐ กันยายน {th(fy)})"])
    d.h("๑. สรุปผลการดำเนินงานตามแผนปฏิบัติราชการ")
    d.p(f"ในปีงบประมาณ พ.ศ. {th(fy)} {OFFICE} มีโครงการ/กิจกรรมตามแผนปฏิบัติราชการ จำนวน ๒๔ โครงการ ดำเนินการแล้วเสร็จ ๒๑ โครงการ (ร้อยละ ๘๗.๕๐) อยู่ระหว่างดำเนินการ ๒ โครงการ และยกเลิก ๑ โครงการ เนื่องจากสถานการณ์การแพร่ระบาดของโรคโควิด-๑๙")
    rows = [["โครงการขุดลอกคูคลองและเปิดทางน้ำไหล", "๒,๓๑๐,๐๐๐", "ขุดลอก ๖.๒ กม.", "แล้วเสร็จ"],
            ["โครงการติดตั้งกล้อง CCTV จุดเสี่ยง", "๑,๑๘๐,๐๐๐", "ติดตั้ง ๑๐ จุด", "แล้วเสร็จ"],
            ["กิจกรรมคัดแยกขยะต้นทางในชุมชน", "๑๔๕,๐๐๐", "ชุมชนเข้าร่วม ๑๘ ชุมชน", "แล้วเสร็จ"],
            ["โครงการจุดฉีดวัคซีนชุมชน (โควิด-๑๙)", "๒๒๐,๐๐๐", "ผู้รับวัคซีน ๔๑,๒๐๐ ราย", "แล้วเสร็จ"],
            ["โครงการเรียนรู้สู่ชุมชน ห้องสมุดเคลื่อนที่", "-", "-", "ยกเลิก"]]
    d.table(["โครงการ/กิจกรรม", "ใช้จ่ายจริง (บาท)", "ผลผลิต", "สถานะ"], rows, [40, 18, 26, 16])
    d.h("๒. ปัญหาอุปสรรคและข้อเสนอแนะ")
    d.p("การจัดกิจกรรมที่ต้องรวมกลุ่มประชาชนทำได้จำกัด จึงปรับรูปแบบเป็นออนไลน์ผ่าน Facebook Live ของสำนักงานเขต")
    d.sign(signer, DIRPOS)
    d.save()

def doc_budget_report(path, fy, signer):
    d = Doc(path)
    d.header([f"รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. {th(fy)}", OFFICE])
    rows = [["งบบุคลากร", "๙๔,๒๐๐,๐๐๐.๐๐", "๙๓,๙๘๗,๔๐๐.๐๐", "๙๙.๗๗"],
            ["งบดำเนินงาน", "๔๒,๕๕๐,๐๐๐.๐๐", "๔๐,๑๒๐,๕๘๐.๒๕", "๙๔.๒๙"],
            ["งบลงทุน", "๒๑,๓๐๐,๐๐๐.๐๐", "๑๘,๘๕๐,๐๐๐.๐๐", "๘๘.๕๠"],
            ["งบเงินอุดหนุน", "๑,๙๘๐,๐๐๐.๐๐", "๑,๙๖๐,๐๐๐.๐๐", "๙๘.๙๙"],
            ["รวม", "๑๖๐,๐๓๐,๐๐๐.๐๐", "๑๕๔,๙๑๗,๙๘๐.๒๕", "๙๖.๘๑"]]
    rows[2][3] = "๘๘.๕๐"
    d.table(["หมวดรายจ่าย", "งบประมาณที่ได้รับ", "ผลการเบิกจ่าย", "ร้อยละ"], rows, [25, 25, 30, 20])
    d.p("ปัญหาและอุปสรรค: โครงการก่อสร้างบางรายการต้องกันเงินไว้เบิกเหลื่อมปี")
    d.sign(signer, DIRPOS)
    d.save()

def doc_monitor6m_2564(path):
    d = Doc(path)
    d.header(["รายงานการกำกับติดตามการดำเนินงานตามแผนปฏิบัติราชการ", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ รอบ ๖ เดือน (ตุลาคม ๒๕๖๓ - มีนาคม ๒๕๖๔)", OFFICE])
    rows = [["โครงการขุดลอกคูคลองและเปิดทางน้ำไหล", "ร้อยละ ๔๕", "อยู่ระหว่างดำเนินการ"],
            ["โครงการติดตั้งกล้อง CCTV จุดเสี่ยง", "ร้อยละ ๓๐", "อยู่ระหว่างจัดซื้อ"],
            ["กิจกรรมคัดแยกขยะต้นทางในชุมชน", "ร้อยละ ๖๐", "ดำเนินการแล้ว ๑๑ ชุมชน"],
            ["โครงการส่งเสริมคุณธรรมและความโปร่งใส", "ร้อยละ ๕๐", "จัดอบรมแล้ว ๑ ครั้ง"]]
    d.table(["โครงการ", "ความก้าวหน้า", "ผลการดำเนินงาน"], rows, [45, 20, 35])
    d.sign(FORMER, DIRPOS, "2021-04-30")
    d.save()

def doc_devplan(path):
    d = Doc(path)
    d.header(["แผนพัฒนาสำนักงานเขตสวนหลวง ระยะ ๕ ปี (พ.ศ. ๒๕๖๑ - ๒๕๖๕)", "(ฉบับทบทวน พ.ศ. ๒๕๖๔)", "ภายใต้แผนพัฒนากรุงเทพมหานครระยะ ๒๐ ปี ระยะที่ ๒"])
    d.h("วิสัยทัศน์")
    d.p("“สวนหลวงเมืองน่าอยู่ ชุมชนเข้มแข็ง ปลอดภัย สิ่งแวดล้อมดี บริการประชาชนด้วยความโปร่งใส”")
    d.h("พันธกิจ")
    d.p("๑. พัฒนาโครงสร้างพื้นฐานและระบบระบายน้ำให้มีประสิทธิภาพ ๒. ส่งเสริมความปลอดภัยในชีวิตและทรัพย์สิน ๓. ส่งเสริมสิ่งแวดล้อมที่ดีและการจัดการขยะ ๔. พัฒนาคุณภาพชีวิตของประชาชนทุกกลุ่มวัย ๕. บริหารจัดการด้วยหลักธรรมาภิบาล")
    d.h("เป้าหมายและตัวชี้วัดรายปี")
    rows = [["ร้อยละของจุดอ่อนน้ำท่วมที่ได้รับการแก้ไข", "๒๐", "๔๐", "๖๐", "๘๐", "๑๐๐"],
            ["ปริมาณขยะที่ลดลงเทียบปีฐาน (ร้อยละ)", "๕", "๘", "๑๐", "๑๒", "๑๕"],
            ["จำนวนจุดเสี่ยงที่ติดตั้ง CCTV (สะสม)", "๒๐", "๔๐", "๖๐", "๗๒", "๘๔"],
            ["ความพึงพอใจของผู้รับบริการ (ร้อยละ)", "๘๐", "๘๒", "๘๔", "๘๖", "๘๘"],
            ["คะแนนการประเมิน ITA", "๘๕", "๘๗", "๘๘", "๙๐", "๙๒"]]
    d.table(["ตัวชี้วัด", "๒๕๖๑", "๒๕๖๒", "๒๕๖๓", "๒๕๖๔", "๒๕๖๕"], rows, [40, 12, 12, 12, 12, 12])
    d.p("แผนฉบับนี้ทบทวนเมื่อเดือนพฤษภาคม ๒๕๖๔ เพื่อใช้เป็นกรอบการจัดทำแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๕")
    d.sign(FORMER, DIRPOS, "2021-05-18")
    d.save()

def doc_service_stats(path):
    d = Doc(path, land=True)
    d.header(["สถิติการให้บริการประชาชน ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", f"{OFFICE} (ตุลาคม ๒๕๖๓ - กันยายน ๒๕๖๔)"])
    months = ["ต.ค.๖๓", "พ.ย.๖๓", "ธ.ค.๖๓", "ม.ค.๖๔", "ก.พ.๖๔", "มี.ค.๖๔", "เม.ย.๖๔", "พ.ค.๖๔", "มิ.ย.๖๔", "ก.ค.๖๔", "ส.ค.๖๔", "ก.ย.๖๔"]
    svcs = ["ทะเบียนราษฎร", "บัตรประจำตัวประชาชน", "ชำระภาษีที่ดินฯ", "ขออนุญาตก่อสร้าง", "ใบอนุญาตสถานที่จำหน่ายอาหาร", "จดทะเบียนพาณิชย์"]
    rows = []
    for s in svcs:
        vals = [random.randint(80, 1400) for _ in months]
        rows.append([s] + [th(v) for v in vals] + [th(f"{sum(vals):,}")])
    d.table(["งานบริการ"] + months + ["รวม"], rows, [20] + [6] * 12 + [8], size=8)
    d.save()

def doc_allocation(path):
    d = Doc(path)
    d.header(["สรุปงบประมาณรายจ่ายที่ได้รับจัดสรร ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", OFFICE])
    d.p("ตามข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๕ สำนักงานเขตสวนหลวงได้รับจัดสรรงบประมาณรวม ๑๖๕,๐๐๐,๐๐๐ บาท จำแนกตามแผนงาน ได้แก่ แผนงานบริหารทั่วไป แผนงานรักษาความสะอาด แผนงานโยธา แผนงานพัฒนาชุมชน แผนงานการศึกษา และแผนงานเทศกิจ")
    d.save()

# --- manuals
def doc_manual(path, div):
    d = Doc(path)
    d.header([f"คู่มือการปฏิบัติงาน {div}", OFFICE, "ฉบับปรับปรุง พ.ศ. ๒๕๖๕"])
    d.h("๑. วัตถุประสงค์")
    d.p(f"เพื่อให้เจ้าหน้าที่{div}ปฏิบัติงานเป็นมาตรฐานเดียวกัน ถูกต้องตามระเบียบ และใช้เป็นเครื่องมือในการถ่ายทอดงานแก่ผู้ปฏิบัติงานใหม่")
    d.h("๒. ขอบเขตงาน")
    d.p(f"ครอบคลุมภารกิจหลักของ{div} ตามประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต")
    d.h("๓. ขั้นตอนการปฏิบัติงาน")
    rows = [["๑", "รับเรื่อง/คำร้อง ตรวจสอบความครบถ้วนของเอกสาร", "๑ วัน", "เจ้าหน้าที่ธุรการ"],
            ["๒", "พิจารณาตามระเบียบ/กฎหมายที่เกี่ยวข้อง", "๓ วัน", "เจ้าพนักงานผู้รับผิดชอบ"],
            ["๓", "เสนอหัวหน้าฝ่ายพิจารณา", "๑ วัน", "หัวหน้าฝ่าย"],
            ["๔", "แจ้งผล/บันทึกข้อมูลในระบบ", "๑ วัน", "เจ้าหน้าที่ผู้รับผิดชอบ"]]
    d.table(["ลำดับ", "ขั้นตอน", "ระยะเวลา", "ผู้รับผิดชอบ"], rows, [8, 52, 14, 26])
    d.h("๔. มาตรฐานคุณภาพงานและการติดตามประเมินผล")
    d.p("หัวหน้าฝ่ายติดตามผลการปฏิบัติงานเป็นรายเดือน และทบทวนคู่มือปีละ ๑ ครั้ง")
    d.sign(f"หัวหน้า{div}", "ผู้จัดทำ")
    d.save()

SERVICE_MANUALS = [
    ("birth", "การแจ้งเกิด", "ฝ่ายทะเบียน", "สูติบัตร / หนังสือรับรองการเกิด บัตรประจำตัวประชาชนผู้แจ้ง ทะเบียนบ้าน", "ไม่เสียค่าธรรมเนียม", "๑๕ นาที"),
    ("move", "การแจ้งย้ายที่อยู่", "ฝ่ายทะเบียน", "บัตรประจำตัวประชาชน ทะเบียนบ้านฉบับเจ้าบ้าน หนังสือยินยอมเจ้าบ้าน", "ไม่เสียค่าธรรมเนียม", "๑๕ นาที"),
    ("idcard", "การทำบัตรประจำตัวประชาชน", "ฝ่ายทะเบียน", "ทะเบียนบ้าน บัตรเดิม (กรณีบัตรหมดอายุ)", "บัตรหาย/ชำรุด ๑๐๐ บาท", "๑๕ นาที"),
    ("building", "การขออนุญาตก่อสร้างอาคาร (มาตรา ๓๙ ทวิ)", "ฝ่ายโยธา", "แบบ กทม.๑ แบบแปลน รายการคำนวณ โฉนดที่ดิน", "ตามกฎกระทรวง", "๔๕ วัน"),
    ("food", "การขอรับใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "คำขอ สอ.๑ บัตรประชาชน แผนที่ตั้ง", "ตามขนาดพื้นที่ ๑๐๐ - ๓,๐๐๐ บาท", "๓๐ วัน"),
]
def doc_service_manual(path, name, div, docs, fee, dur):
    d = Doc(path)
    d.header([f"คู่มือสำหรับประชาชน: {name}", f"หน่วยงานที่ให้บริการ: {div} {OFFICE}"])
    d.p("หลักเกณฑ์ วิธีการ เงื่อนไข ตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘", indent=0)
    d.table(["หัวข้อ", "รายละเอียด"], [["ช่องทางการให้บริการ", f"{OFFICE} {ADDR} โทร {PHONE} วันจันทร์ - ศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น."],
                                    ["ขั้นตอน", "๑. ยื่นคำขอและตรวจเอกสาร ๒. เจ้าหน้าที่พิจารณา ๓. ผู้มีอำนาจลงนาม ๔. รับเอกสาร/ใบอนุญาต"],
                                    ["ระยะเวลา", dur], ["เอกสารหลักฐาน", docs], ["ค่าธรรมเนียม", fee],
                                    ["ช่องทางร้องเรียน", f"{OFFICE} โทร {PHONE} หรือสายด่วนกรุงเทพมหานคร ๑๕๕๕"]], [25, 75], size=10)
    d.save()

# --- procurement
PROC = []  # list entries built below
def doc_proc_notice(path, kind, title, date_iso, extra):
    d = Doc(path)
    d.header([f"ประกาศ{OFFICE}", f"เรื่อง {kind}{title}"])
    for x in extra:
        d.p(x)
    d.sign(DIRECTOR, DIRPOS, date_iso)
    d.save()

def doc_proc_plan(path):
    d = Doc(path, land=True)
    d.header([f"ประกาศ{OFFICE}", "เรื่อง เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๕"])
    d.p("ตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐ มาตรา ๑๑ กำหนดให้หน่วยงานของรัฐจัดทำแผนการจัดซื้อจัดจ้างประจำปีและประกาศเผยแพร่ในระบบเครือข่ายสารสนเทศของกรมบัญชีกลางและของหน่วยงานของรัฐ สำนักงานเขตสวนหลวงจึงขอประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ ตามรายละเอียดแนบท้ายประกาศนี้")
    rows = [["๑", "ก่อสร้างเขื่อน ค.ส.ล. คลองหนองบอน ช่วงที่ ๒", "๘,๕๐๐,๐๐๐", "ฝ่ายโยธา", "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "มี.ค. ๒๕๖๕"],
            ["๒", "ปรับปรุงผิวจราจร ซอยอ่อนนุช ๔๔", "๔๙๕,๐๐๐", "ฝ่ายโยธา", "เฉพาะเจาะจง", "ก.พ. ๒๕๖๕"],
            ["๓", "จ้างเหมาทำความสะอาดอาคารสำนักงานเขต", "๔๘๐,๐๐๐", "ฝ่ายปกครอง", "เฉพาะเจาะจง", "ต.ค. ๒๕๖๔"],
            ["๔", "ซื้อเครื่องตัดหญ้าแบบสะพาย ๑๐ เครื่อง", "๑๒๐,๐๐๐", "ฝ่ายรักษาความสะอาดฯ", "เฉพาะเจาะจง", "ธ.ค. ๒๕๖๔"],
            ["๕", "ติดตั้งกล้อง CCTV จุดเสี่ยงในชุมชน ๑๒ จุด", "๑,๒๕๐,๐๐๐", "ฝ่ายโยธา", "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "พ.ค. ๒๕๖๕"],
            ["๖", "ซื้อวัสดุสำนักงาน", "๓๕๐,๐๐๐", "ทุกฝ่าย", "เฉพาะเจาะจง", "ไตรมาสละ ๑ ครั้ง"]]
    d.table(["ที่", "รายการ", "วงเงิน (บาท)", "หน่วยงานเจ้าของ", "วิธีจัดซื้อจัดจ้าง", "คาดว่าจะประกาศ"], rows, [4, 36, 12, 16, 20, 12])
    d.sign(DIRECTOR, DIRPOS, "2021-11-15")
    d.save()

VENDORS = ["ห้างหุ้นส่วนจำกัด ทรัพย์ทวีการโยธา", "บริษัท พัฒนาการ ซัพพลาย จำกัด", "ร้านสมใจพาณิชย์", "บริษัท คลีนโปร เซอร์วิส จำกัด",
           "ห้างหุ้นส่วนจำกัด เอส.แอล. ก่อสร้าง", "บริษัท ออฟฟิศเมท (ประเทศไทย) จำกัด", "ร้านเจริญการช่าง", "บริษัท ไทยเครื่องกล จำกัด"]
ITEMS = [("ซื้อวัสดุสำนักงาน", 30000, 90000), ("ซื้อวัสดุงานบ้านงานครัว", 15000, 60000), ("จ้างซ่อมแซมรถบรรทุกขยะ", 20000, 120000),
         ("ซื้อวัสดุก่อสร้างซ่อมแซมทางเท้า", 40000, 200000), ("จ้างเหมาบริการดูแลต้นไม้", 50000, 150000), ("ซื้อน้ำมันเชื้อเพลิง", 60000, 300000),
         ("จ้างพิมพ์แบบพิมพ์ภาษีที่ดิน", 10000, 40000), ("ซื้อวัสดุคอมพิวเตอร์", 10000, 80000)]

def month_rows(year_ce, month, n):
    rows = []
    for i in range(n):
        it = ITEMS[(i + month) % len(ITEMS)]
        amt = random.randrange(it[1], it[2], 500)
        v = VENDORS[(i * 3 + month) % len(VENDORS)]
        price = amt - random.randrange(0, 2000, 100)
        day = 3 + i * 5
        rows.append([th(i + 1), it[0], th(money(amt)), th(money(amt)), "เฉพาะเจาะจง", f"{v} / {th(money(price))}",
                     f"{v} / {th(money(price))}", "เสนอราคาต่ำสุด คุณสมบัติครบถ้วน", th(f"ใบสั่ง {i+1+month*10}/{year_ce+543} ลว. {day} {MSHORT[month]} {str(year_ce+543)[2:]}")])
    return rows

SKR_HEAD = ["ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง", "ราคากลาง", "วิธีซื้อหรือจ้าง", "รายชื่อผู้เสนอราคาและราคาที่เสนอ",
            "ผู้ได้รับการคัดเลือกและราคาที่ตกลง", "เหตุผลที่คัดเลือกโดยสรุป", "เลขที่และวันที่ของสัญญาหรือข้อตกลง"]
def doc_monthly(pdfpath, xlsxpath, year_ce, month, n):
    rows = month_rows(year_ce, month, n)
    d = Doc(pdfpath, land=True)
    d.header(["แบบ สขร.๑", f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {MONTHS[month]} {th(year_ce+543)}", OFFICE])
    d.table(SKR_HEAD, rows, [5, 16, 10, 10, 9, 16, 16, 9, 12], size=8)
    d.sign("นางสาวอรุณี มีสมบัติ", "หัวหน้าฝ่ายการคลัง")
    d.save()
    if xlsxpath:
        wb = openpyxl.Workbook(); ws = wb.active; ws.title = "สขร1"
        ws.append([f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {MONTHS[month]} {year_ce+543} {OFFICE}"])
        ws.append(SKR_HEAD)
        for r in rows:
            ws.append(r)
        for c in ws[2]:
            c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True)
        p = os.path.join(SITE, xlsxpath.lstrip("/")); os.makedirs(os.path.dirname(p), exist_ok=True)
        wb.save(p)

# --- HR
def doc_hr_policy(path):
    d = Doc(path)
    d.header([f"ประกาศ{OFFICE}", "เรื่อง นโยบายการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๔"])
    d.p("เพื่อให้การบริหารทรัพยากรบุคคลของสำนักงานเขตสวนหลวงเป็นไปอย่างมีประสิทธิภาพ โปร่งใส และเป็นธรรม สอดคล้องกับนโยบายของกรุงเทพมหานคร จึงกำหนดนโยบายการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ ดังนี้")
    for x in ["๑. ด้านการวางแผนกำลังคน วิเคราะห์อัตรากำลังให้เหมาะสมกับภารกิจ", "๒. ด้านการสรรหาและคัดเลือก ดำเนินการอย่างเปิดเผย เป็นธรรม ตามหลักคุณธรรม",
              "๓. ด้านการพัฒนาบุคลากร ส่งเสริมให้บุคลากรได้รับการพัฒนาอย่างน้อยคนละ ๑ หลักสูตรต่อปี", "๔. ด้านการประเมินผลการปฏิบัติราชการ ใช้ตัวชี้วัดที่ชัดเจน วัดผลได้",
              "๕. ด้านการรักษาวินัยและส่งเสริมคุณธรรมจริยธรรม", "๖. ด้านการสร้างความก้าวหน้าและคุณภาพชีวิตในการทำงาน"]:
        d.p(x)
    d.sign(FORMER, DIRPOS, "2020-11-10")
    d.save()

def doc_hr_criteria(path):
    d = Doc(path)
    d.header(["หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", f"{OFFICE} (ตามหลักเกณฑ์คณะกรรมการข้าราชการกรุงเทพมหานคร (ก.ก.))"])
    rows = [["การสรรหาและคัดเลือก", "ประกาศ ก.ก. เรื่อง หลักเกณฑ์และวิธีการสอบแข่งขัน การคัดเลือก และการรับโอน ข้าราชการกรุงเทพมหานครสามัญ"],
            ["การบรรจุและแต่งตั้ง", "ประกาศ ก.ก. เรื่อง หลักเกณฑ์และวิธีการแต่งตั้งข้าราชการให้ดำรงตำแหน่งสูงขึ้น"],
            ["การพัฒนาบุคลากร", "แผนพัฒนาบุคลากรของกรุงเทพมหานคร และหลักเกณฑ์การฝึกอบรม ดูงาน ของสถาบันพัฒนาข้าราชการกรุงเทพมหานคร"],
            ["การประเมินผลการปฏิบัติราชการ", "ประกาศ ก.ก. เรื่อง หลักเกณฑ์และวิธีการประเมินผลการปฏิบัติราชการ ปีละ ๒ รอบ (๑ ต.ค. - ๓๑ มี.ค. และ ๑ เม.ย. - ๓๐ ก.ย.)"],
            ["การเลื่อนเงินเดือน", "กฎ ก.ก. ว่าด้วยการเลื่อนเงินเดือน พ.ศ. ๒๕๕๔ และที่แก้ไขเพิ่มเติม"],
            ["การให้คุณให้โทษ/วินัย", "พระราชบัญญัติระเบียบข้าราชการกรุงเทพมหานครและบุคลากรกรุงเทพมหานคร พ.ศ. ๒๕๕๔"]]
    d.table(["ด้าน", "หลักเกณฑ์ที่ใช้"], rows, [28, 72], size=10)
    d.p("หลักเกณฑ์ข้างต้นยังคงมีผลใช้บังคับ สำนักงานเขตสวนหลวงถือปฏิบัติโดยเคร่งครัด")
    d.save()

def doc_hr_report(path):
    d = Doc(path)
    d.header(["รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๓", OFFICE])
    rows = [["การพัฒนาบุคลากร (อบรม)", "๑๒ หลักสูตร", "บุคลากรได้รับการพัฒนา ร้อยละ ๙๒"],
            ["การสรรหาและรับโอน", "๘ อัตรา", "บรรจุได้ครบ"],
            ["การประเมินผลการปฏิบัติราชการ", "๒ รอบ", "ดำเนินการแล้วเสร็จ"],
            ["กิจกรรมเสริมสร้างคุณธรรม", "๓ ครั้ง", "ผู้เข้าร่วม ๒๑๐ คน"]]
    d.table(["ด้าน", "เป้าหมาย", "ผลการดำเนินงาน"], rows, [40, 20, 40])
    d.p("ปัญหาอุปสรรค: การแพร่ระบาดของโรคโควิด-๑๙ ทำให้ต้องเลื่อนหลักสูตรอบรมบางหลักสูตร")
    d.sign(FORMER, DIRPOS, "2021-03-15")
    d.save()

# --- integrity
def doc_measures(path):
    d = Doc(path, land=True)
    d.header(["มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", OFFICE,
              "(จากผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๔)"])
    d.h("๑. ผลการประเมิน ITA ประจำปี ๒๕๖๔")
    d.p("สำนักงานเขตสวนหลวงได้คะแนนรวม ๘๙.๔๒ คะแนน ระดับผ่านดี แบ่งเป็น IIT ๙๒.๑๕ EIT ๘๗.๐๓ OIT ๘๘.๓๗ ข้อที่ได้ ๐ คะแนนใน OIT ได้แก่ O๑๖ รายงานผลการสำรวจความพึงพอใจการให้บริการ O๓๑ ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี (ไม่เป็นรายเดือน)")
    d.h("๒. การวิเคราะห์ จุดแข็ง จุดอ่อน และมาตรการ")
    rows = [["OIT - การเปิดเผยข้อมูล", "ข้อมูลบางรายการไม่เป็นปัจจุบัน ไม่ครบ ๖ เดือน", "มอบหมายผู้รับผิดชอบรายข้อ ตรวจสอบเว็บไซต์เดือนละ ๑ ครั้ง (Checklist)", "ต.ค. ๖๔ - ก.ย. ๖๕ รายงาน ผอ.เขต ทุกเดือน", "ฝ่ายปกครอง"],
            ["EIT - การปรับปรุงการให้บริการ", "E๑๕ คะแนนต่ำสุด ๘๔.๙๑", "เผยแพร่ขั้นตอนและระยะเวลาการให้บริการ เปิดช่องทางรับฟังความคิดเห็น", "รายไตรมาส", "ทุกฝ่าย"],
            ["IIT - การใช้ทรัพย์สินของราชการ", "บุคลากรบางส่วนไม่ทราบแนวปฏิบัติการยืมทรัพย์สิน", "จัดทำคู่มือการยืมทรัพย์สินราชการ และเวียนแจ้งทุกฝ่าย", "ภายใน มี.ค. ๒๕๖๕", "ฝ่ายการคลัง"],
            ["การป้องกันผลประโยชน์ทับซ้อน", "-", "ประกาศมาตรการ No Gift Policy ประชุมชี้แจงบุคลากร", "ภายใน มี.ค. ๒๕๖๕", "ฝ่ายปกครอง"]]
    d.table(["ประเด็น", "จุดอ่อน/ข้อบกพร่อง", "มาตรการ/แนวทางปฏิบัติ ปี ๒๕๖๕", "ระยะเวลา/การกำกับติดตาม", "ผู้รับผิดชอบ"], rows, [18, 22, 30, 18, 12])
    d.sign(DIRECTOR, DIRPOS, "2022-03-04")
    d.save()

def doc_intent(path, fy, signer, date_iso):
    simple_notice(path, f"เจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ พ.ศ. {th(fy)}",
                  [f"ข้าพเจ้า {signer} ผู้อำนวยการเขตสวนหลวง ขอแสดงเจตจำนงว่าจะบริหารงานด้วยความซื่อสัตย์สุจริต โปร่งใส ตรวจสอบได้ ยึดหลักธรรมาภิบาล ไม่ทนต่อการทุจริตทุกรูปแบบ (Zero Tolerance)",
                   "และพร้อมให้บุคลากรและประชาชนมีส่วนร่วมในการตรวจสอบการปฏิบัติราชการ ตลอดจนจะกำกับดูแลให้บุคลากรทุกระดับปฏิบัติตามมาตรฐานทางจริยธรรมอย่างเคร่งครัด",
                   "จึงประกาศให้ทราบโดยทั่วกัน"], date_iso, signer)

def doc_complaint_stats(path):
    d = Doc(path)
    d.header(["ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", OFFICE])
    rows = [["ตุลาคม ๒๕๖๔", "๐", "๐", "๐", "-"], ["พฤศจิกายน ๒๕๖๔", "๑", "๑", "๐", "เรื่องเรียกรับเงินค่าตรวจแบบ ตรวจสอบแล้วไม่มีมูล"]]
    d.table(["เดือน", "จำนวนเรื่อง", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ", "หมายเหตุ"], rows, [22, 14, 18, 18, 28])
    d.p("ข้อมูล ณ วันที่ ๓๐ พฤศจิกายน ๒๕๖๔", indent=0)
    d.sign("นายสมชาย ใจตรง", "หัวหน้าฝ่ายปกครอง")
    d.save()

def doc_complaint_guideline(path):
    d = Doc(path)
    d.header(["แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", OFFICE])
    d.h("๑. ช่องทางการรับเรื่องร้องเรียน")
    d.p(f"ด้วยตนเอง ณ ฝ่ายปกครอง {OFFICE} / ทางไปรษณีย์ / โทรศัพท์ {PHONE} / อีเมล {EMAIL} / แบบฟอร์มบนเว็บไซต์ / สายด่วน ๑๕๕๕ / Traffy Fondue")
    d.h("๒. ขั้นตอนการดำเนินการ")
    rows = [["๑", "ลงทะเบียนรับเรื่อง และคัดแยกประเภทเรื่องร้องเรียน", "๑ วันทำการ"],
            ["๒", "เสนอผู้อำนวยการเขตพิจารณาสั่งการ", "๑ วันทำการ"],
            ["๓", "แต่งตั้งคณะกรรมการตรวจสอบข้อเท็จจริง (กรณีมีมูล)", "๗ วันทำการ"],
            ["๔", "แจ้งผลความคืบหน้าให้ผู้ร้องเรียนทราบ", "ภายใน ๑๕ วันทำการ"],
            ["๕", "รายงานผลต่อสำนักงานปลัดกรุงเทพมหานครและเผยแพร่สถิติ", "รายเดือน"]]
    d.table(["ขั้นตอน", "รายละเอียด", "ระยะเวลา"], rows, [12, 63, 25])
    d.h("๓. การคุ้มครองผู้ร้องเรียน")
    d.p("ผู้รับเรื่องต้องเก็บรักษาข้อมูลผู้ร้องเรียนเป็นความลับ ไม่เปิดเผยชื่อ ที่อยู่ และข้อมูลที่อาจทำให้ทราบตัวผู้ร้องเรียน")
    d.sign(DIRECTOR, DIRPOS, "2021-11-25")
    d.save()

def doc_prevention_report(path):
    d = Doc(path)
    d.header(["รายงานผลการดำเนินการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", OFFICE])
    rows = [["กิจกรรมเสริมสร้างจิตสำนึกต่อต้านการทุจริต", "๑ ครั้ง", "ดำเนินการแล้ว ผู้เข้าร่วม ๑๘๐ คน", "๐"],
            ["การประกาศเจตจำนงสุจริตของผู้บริหาร", "๑ ครั้ง", "ประกาศแล้ว ๓๐ ต.ค. ๒๕๖๓", "๐"],
            ["การเผยแพร่ข้อมูลจัดซื้อจัดจ้างรายเดือน", "๑๒ เดือน", "เผยแพร่ครบ ๑๒ เดือน", "๐"],
            ["การประเมินความเสี่ยงการทุจริต", "๑ ครั้ง", "ดำเนินการแล้ว ๓ กระบวนงาน", "๐"],
            ["การอบรมประมวลจริยธรรมข้าราชการกรุงเทพมหานคร", "๑ ครั้ง", "อบรมออนไลน์ ๒๑๕ คน", "๒๕,๐๐๐"]]
    d.table(["กิจกรรม/โครงการตามแผน", "เป้าหมาย", "ผลการดำเนินงาน", "งบประมาณ (บาท)"], rows, [40, 14, 32, 14])
    d.p("ปัญหาอุปสรรค: กิจกรรมที่ต้องรวมกลุ่มต้องปรับเป็นรูปแบบออนไลน์ ข้อเสนอแนะ: เพิ่มการสื่อสารผ่านสื่อสังคมออนไลน์")
    d.sign(DIRECTOR, DIRPOS, "2021-11-08")
    d.save()

def doc_risk(path):
    d = Doc(path, land=True)
    d.header(["การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", OFFICE])
    rows = [["การพิจารณาอนุญาตก่อสร้างอาคาร", "เรียกรับผลประโยชน์เพื่อเร่งรัดการอนุญาต", "สูง (๔x๓)", "เผยแพร่ขั้นตอน/ระยะเวลา ระบบติดตามสถานะ"],
            ["การจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง", "ประเมินภาษีต่ำกว่าความเป็นจริง", "กลาง (๓x๓)", "สุ่มตรวจการประเมิน ร้อยละ ๑๐"],
            ["การจัดซื้อจัดจ้าง", "กำหนดคุณลักษณะเอื้อผู้ค้ารายใด", "กลาง (๒x๔)", "คณะกรรมการกำหนด TOR ๓ คน เผยแพร่ร่าง TOR"]]
    d.table(["กระบวนงาน", "เหตุการณ์ความเสี่ยง", "ระดับความเสี่ยง", "มาตรการควบคุม"], rows, [25, 30, 15, 30])
    d.sign(FORMER, DIRPOS, "2021-01-20")
    d.save()

def doc_prev_plan(path):
    d = Doc(path)
    d.header(["แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", OFFICE])
    rows = [["๑", "กิจกรรมเสริมสร้างจิตสำนึกต่อต้านการทุจริต", "ธ.ค. ๒๕๖๓", "-", "ฝ่ายปกครอง"],
            ["๒", "ประกาศเจตจำนงสุจริตของผู้บริหาร", "ต.ค. ๒๕๖๓", "-", "ฝ่ายปกครอง"],
            ["๓", "การประเมินความเสี่ยงการทุจริต", "ม.ค. ๒๕๖๔", "-", "ฝ่ายการคลัง"],
            ["๔", "อบรมประมวลจริยธรรม", "มิ.ย. ๒๕๖๔", "๒๕,๐๐๐", "ฝ่ายปกครอง"]]
    d.table(["ที่", "โครงการ/กิจกรรม", "ระยะเวลา", "งบประมาณ", "ผู้รับผิดชอบ"], rows, [6, 44, 16, 14, 20])
    d.sign(FORMER, DIRPOS, "2020-12-15")
    d.save()

def doc_measures_2564(path):
    simple_notice(path, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
                  ["๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ ๒. มาตรการป้องกันการรับสินบน ๓. มาตรการป้องกันผลประโยชน์ทับซ้อน ๔. มาตรการตรวจสอบการใช้ดุลพินิจ"], "2020-11-20", FORMER)

def corrupt_pdf(path):
    # a real PDF cut off after the first bytes: upload failed part-way
    tmp = os.path.join(SITE, "_tmp.pdf")
    d = Doc("/_tmp.pdf")
    d.header(["รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ ไตรมาสที่ ๑"])
    d.p("ผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ไตรมาสที่ ๑ (ต.ค. - ธ.ค. ๒๕๖๔)")
    d.save()
    data = open(tmp, "rb").read()
    os.remove(tmp)
    p = os.path.join(SITE, path.lstrip("/")); os.makedirs(os.path.dirname(p), exist_ok=True)
    open(p, "wb").write(data[:900])

# ------------------------------------------------------------------ images
def font(sz, bold=False):
    return ImageFont.truetype(FONTDIR + ("Garuda-Bold.ttf" if bold else "Garuda.ttf"), sz)

def img_save(im, path):
    p = os.path.join(SITE, path.lstrip("/")); os.makedirs(os.path.dirname(p), exist_ok=True)
    im.save(p)

def make_images():
    im = Image.new("RGB", (120, 120), (255, 255, 255)); dr = ImageDraw.Draw(im)
    dr.ellipse((4, 4, 116, 116), fill=(0, 105, 92)); dr.text((60, 60), "กทม.", font=font(22, True), fill="white", anchor="mm")
    img_save(im, "/assets/logo.png")
    for fn, name, col in [("director", DIRECTOR, (70, 90, 140)), ("asst1", ASST1, (140, 80, 90))]:
        im = Image.new("RGB", (240, 300), (225, 232, 240)); dr = ImageDraw.Draw(im)
        dr.rectangle((0, 220, 240, 300), fill=col); dr.ellipse((70, 40, 170, 160), fill=(233, 196, 160))
        dr.polygon([(40, 300), (70, 190), (170, 190), (200, 300)], fill=col)
        dr.rectangle((105, 190, 135, 240), fill="white"); dr.ellipse((70, 30, 170, 95), fill=(40, 30, 30))
        img_save(im, f"/img/exec/{fn}.jpg")
    im = Image.new("RGB", (900, 520), "white"); dr = ImageDraw.Draw(im)
    dr.rectangle((350, 20, 550, 70), outline="black", width=2); dr.text((450, 45), "ผู้อำนวยการเขต", font=font(18, True), fill="black", anchor="mm")
    dr.rectangle((330, 100, 570, 145), outline="black", width=2); dr.text((450, 122), "ผู้ช่วยผู้อำนวยการเขต", font=font(16), fill="black", anchor="mm")
    dr.line((450, 70, 450, 100), fill="black", width=2); dr.line((450, 145, 450, 180), fill="black", width=2); dr.line((90, 180, 810, 180), fill="black", width=2)
    for i, dv in enumerate(DIVS):
        r, c = divmod(i, 5); x = 90 + c * 180; y = 220 + r * 150
        dr.line((x, 180 if r == 0 else 330, x, y), fill="black", width=1)
        dr.rectangle((x - 82, y, x + 82, y + 90), outline=(0, 105, 92), width=2)
        words = dv.replace("ฝ่าย", "ฝ่าย\n", 1)
        dr.multiline_text((x, y + 45), words, font=font(13), fill="black", anchor="mm", align="center")
    img_save(im, "/img/structure.png")
    im = Image.new("RGB", (700, 420), (236, 240, 228)); dr = ImageDraw.Draw(im)
    dr.line((0, 200, 700, 180), fill=(250, 200, 60), width=14); dr.line((380, 0, 360, 420), fill=(255, 255, 255), width=10)
    dr.text((20, 160), "ถนนพัฒนาการ", font=font(16), fill="black"); dr.text((390, 20), "ซอยพัฒนาการ ๓๐", font=font(14), fill="black")
    dr.ellipse((430, 215, 460, 245), fill=(200, 30, 30)); dr.text((470, 225), OFFICE, font=font(16, True), fill=(200, 30, 30), anchor="lm")
    img_save(im, "/img/map.png")
    for i in range(1, 16):
        im = Image.new("RGB", (480, 300), (random.randint(60, 200), random.randint(90, 180), random.randint(90, 200))); dr = ImageDraw.Draw(im)
        dr.text((240, 150), th(f"ภาพกิจกรรม {i}"), font=font(26, True), fill="white", anchor="mm")
        img_save(im, f"/img/news/n{i:02d}.jpg")

# ------------------------------------------------------------------ HTML
CSS = """
:root{--g:#00695c;--g2:#e0f2f1;--ink:#263238}
*{box-sizing:border-box}body{margin:0;font-family:'Sarabun','Prompt',Tahoma,sans-serif;color:var(--ink);background:#f5f7f8}
a{color:var(--g)}header.top{background:linear-gradient(90deg,#004d40,#00897b);color:#fff}
.bar{max-width:1120px;margin:auto;display:flex;align-items:center;gap:14px;padding:12px 16px}
.bar img{width:54px;height:54px}.bar h1{font-size:1.25rem;margin:0}.bar small{opacity:.85}
.social{margin-left:auto;display:flex;gap:10px}.social a{color:#fff;text-decoration:none;border:1px solid #fff6;border-radius:20px;padding:4px 12px;font-size:.85rem}
nav.menu{background:#fff;box-shadow:0 2px 6px #0001}nav.menu ul{max-width:1120px;margin:auto;display:flex;flex-wrap:wrap;list-style:none;padding:0 8px}
nav.menu li{position:relative}nav.menu a{display:block;padding:12px 14px;text-decoration:none;color:var(--ink);font-weight:600}
nav.menu li ul{display:none;position:absolute;background:#fff;min-width:240px;box-shadow:0 6px 14px #0002;z-index:9;flex-direction:column}
nav.menu li:hover>ul{display:flex}nav.menu li ul a{font-weight:400}
main{max-width:1120px;margin:24px auto;padding:0 16px}.card{background:#fff;border-radius:14px;box-shadow:0 2px 10px #0000000d;padding:22px;margin-bottom:22px}
h2{color:var(--g);margin-top:0}.list{list-style:none;padding:0;margin:0}.list li{display:flex;gap:12px;align-items:baseline;padding:12px 4px;border-bottom:1px dashed #cfd8dc}
.list time{min-width:120px;color:#607d8b;font-size:.9rem}.badge{font-size:.7rem;background:var(--g2);color:var(--g);border-radius:8px;padding:2px 8px}
.btn-more{display:block;margin:18px auto 0;background:var(--g);color:#fff;border:0;border-radius:24px;padding:10px 34px;font-size:1rem;cursor:pointer}
.btn-more[disabled]{opacity:.5}.err{color:#c62828;text-align:center}.viewall{float:right;font-size:.9rem}
.hero{background:url(/img/news/n03.jpg) center/cover;border-radius:14px;min-height:180px;display:flex;align-items:flex-end;padding:20px;color:#fff;text-shadow:0 1px 4px #000}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(230px,1fr));gap:16px}.tile{background:var(--g2);border-radius:12px;padding:16px;text-decoration:none;font-weight:600}
table.t{border-collapse:collapse;width:100%}table.t td,table.t th{border:1px solid #cfd8dc;padding:8px;vertical-align:top}table.t th{background:var(--g2)}
.exec{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:18px}.exec .p{text-align:center}.exec img{width:180px;height:225px;object-fit:cover;border-radius:10px}
.nophoto{width:180px;height:225px;margin:auto;border-radius:10px;background:#eceff1;display:flex;align-items:center;justify-content:center;color:#90a4ae}
footer{background:#263238;color:#cfd8dc;padding:26px 16px;font-size:.9rem}footer .in{max-width:1120px;margin:auto}footer a{color:#80cbc4}
form label{display:block;margin:10px 0 4px}form input,form textarea,form select{width:100%;padding:8px;border:1px solid #b0bec5;border-radius:8px}
"""

JS = r"""
// โหลดรายการเพิ่มเติม: ดึงข้อมูลจาก /api/list.php ครั้งละ 5 รายการ
(function(){
  function esc(s){return String(s).replace(/[&<>"]/g,function(c){return {'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c];});}
  function render(it){
    var li=document.createElement('li');
    li.innerHTML='<time>'+esc(it.date_th)+'</time><span><a href="'+esc(it.url)+'"'+(it.type!=='html'?' target="_blank"':'')+'>'+esc(it.title)+'</a> '+(it.type&&it.type!=='html'?'<span class="badge">'+esc(it.type.toUpperCase())+'</span>':'')+'</span>';
    return li;
  }
  document.querySelectorAll('button.btn-more').forEach(function(btn){
    btn.addEventListener('click',function(){
      var cat=btn.getAttribute('data-cat'), off=parseInt(btn.getAttribute('data-offset'),10);
      var ul=document.getElementById(btn.getAttribute('data-target'));
      btn.disabled=true; btn.textContent='กำลังโหลด...';
      fetch('/api/list.php?cat='+encodeURIComponent(cat)+'&offset='+off,{headers:{'Accept':'application/json'}})
        .then(function(r){if(!r.ok) throw new Error('HTTP '+r.status); return r.json();})
        .then(function(data){
          (data.items||[]).forEach(function(it){ul.appendChild(render(it));});
          if(data.has_more){btn.setAttribute('data-offset',data.next_offset);btn.disabled=false;btn.textContent='โหลดเพิ่มเติม';}
          else{btn.remove();}
        })
        .catch(function(e){
          btn.disabled=false; btn.textContent='โหลดเพิ่มเติม';
          var p=document.createElement('p'); p.className='err'; p.textContent='ไม่สามารถโหลดข้อมูลได้ กรุณาลองใหม่อีกครั้ง'; btn.parentNode.insertBefore(p,btn);
        });
    });
  });
})();
"""

MENU = [
    ("หน้าแรก", "/", []),
    ("เกี่ยวกับเขต", "/about/structure.html", [("โครงสร้างหน่วยงาน", "/about/structure.html"), ("ผู้บริหาร", "/about/executives.html"),
        ("อำนาจหน้าที่", "/about/duty.html"), ("กฎหมายที่เกี่ยวข้อง", "/about/laws.php"), ("ติดต่อเรา", "/about/contact.html")]),
    ("ข่าวสาร", "/news/", []),
    ("เอกสารเผยแพร่", "/docs/", [("แผนงานและรายงาน", "/docs/plan.html"), ("คู่มือการปฏิบัติงาน", "/docs/manual.html"),
        ("การบริหารทรัพยากรบุคคล", "/docs/hr.html"), ("การป้องกันการทุจริต", "/docs/integrity.html")]),
    ("จัดซื้อจัดจ้าง", "/procurement/", [("ประกาศจัดซื้อจัดจ้าง", "/procurement/"), ("สรุปผลการจัดซื้อจัดจ้างรายเดือน", "/procurement/monthly.html")]),
    ("บริการประชาชน", "/service/", [("คู่มือสำหรับประชาชน", "/service/"), ("E-Service", "/service/eservice.html"), ("ถาม-ตอบ (Q&A)", "/service/qa.html")]),
    ("ร้องเรียน/ความคิดเห็น", "/contact/complaint.html", [("ร้องเรียนการทุจริต", "/contact/complaint.html"), ("แสดงความคิดเห็น", "/contact/comment.html")]),
    ("ITA ๒๕๖๕", "/ita/", []),
]

def layout(title, body):
    m = []
    for name, href, sub in MENU:
        s = "".join(f'<li><a href="{h}">{n}</a></li>' for n, h in sub)
        m.append(f'<li><a href="{href}">{name}</a>' + (f"<ul>{s}</ul>" if s else "") + "</li>")
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {OFFICE}</title><link rel="stylesheet" href="/assets/style.css"></head>
<body>
<header class="top"><div class="bar"><a href="/"><img src="/assets/logo.png" alt="ตรา กทม."></a>
<div><h1>{OFFICE}</h1><small>Suan Luang District Office · กรุงเทพมหานคร</small></div>
<div class="social"><a href="{FB}" target="_blank">Facebook</a><a href="{LINE}" target="_blank">LINE @suanluang.bma</a></div></div></header>
<nav class="menu"><ul>{''.join(m)}</ul></nav>
<main>
{body}
</main>
<footer><div class="in"><b>{OFFICE}</b><br>{ADDR}<br>โทรศัพท์ {PHONE} · อีเมล <a href="mailto:{EMAIL}">{EMAIL}</a><br>
ติดตามเรา: <a href="{FB}">Facebook สำนักงานเขตสวนหลวง</a> · <a href="{LINE}">LINE Official</a> · เวลาทำการ จันทร์-ศุกร์ ๐๘.๓๐-๑๖.๓๐ น.<br>
<small>© ๒๕๖๕ สำนักงานเขตสวนหลวง กรุงเทพมหานคร</small></div></footer>
<script src="/assets/loadmore.js"></script>
</body></html>"""

def write(path, html):
    p = os.path.join(SITE, path.lstrip("/"))
    if p.endswith("/"):
        p += "index.html"
    os.makedirs(os.path.dirname(p), exist_ok=True)
    open(p, "w", encoding="utf-8").write(html)

def li(it):
    badge = f' <span class="badge">{it["type"].upper()}</span>' if it["type"] != "html" else ""
    tgt = ' target="_blank"' if it["type"] != "html" else ""
    return f'<li><time>{it["date_th"]}</time><span><a href="{it["url"]}"{tgt}>{it["title"]}</a>{badge}</span></li>'

SERVER_FILES = {}
SERVER_STATUS = {}
PAGE = 5

def prep(items):
    out = []
    for i, (date, title, url) in enumerate(items):
        typ = url.rsplit(".", 1)[-1].lower() if "." in url.rsplit("/", 1)[-1] else "html"
        out.append({"id": i + 1, "title": title, "date": date, "date_th": thdate(date, short=True), "url": url, "type": typ})
    return out

def list_block(cat, items, ul_id, archive=None, noscript=None):
    """first five rendered in HTML; the rest only through the JSON endpoint."""
    first = items[:PAGE]
    html = f'<ul class="list" id="{ul_id}">' + "".join(li(x) for x in first) + "</ul>"
    if len(items) > PAGE:
        html += f'<button type="button" class="btn-more" data-cat="{cat}" data-offset="{PAGE}" data-target="{ul_id}">โหลดเพิ่มเติม</button>'
    if noscript:
        html += f'<noscript><p><a href="{noscript}">ดูรายการทั้งหมด (สำหรับเบราว์เซอร์ที่ไม่รองรับ JavaScript)</a></p></noscript>'
    return html

def register_api(cat, items, broken_offsets=()):
    total = len(items)
    off = PAGE
    while off < total:
        chunk = items[off:off + PAGE]
        nxt = off + PAGE
        payload = {"status": "success", "cat": cat, "offset": off, "limit": PAGE, "total": total,
                   "has_more": nxt < total, "next_offset": nxt if nxt < total else None, "items": chunk}
        key = f"/api/list.php?cat={cat}&offset={off}"
        if off in broken_offsets:
            SERVER_STATUS[key] = 500
        else:
            fn = f"api/{cat}_{off}.json"
            p = os.path.join(SITE, fn); os.makedirs(os.path.dirname(p), exist_ok=True)
            open(p, "w", encoding="utf-8").write(json.dumps(payload, ensure_ascii=False, indent=1))
            SERVER_FILES[key] = {"file": fn, "headers": {"Content-Type": "application/json; charset=utf-8"}}
        off = nxt

# ------------------------------------------------------------------ content
NEWS = [
    ("2022-03-22", "ผู้อำนวยการเขตสวนหลวงประชุมชี้แจงมาตรการ “ไม่รับของขวัญและของกำนัลทุกชนิด (No Gift Policy)” และการป้องกันผลประโยชน์ทับซ้อน",
     f"วันที่ ๒๒ มีนาคม ๒๕๖๕ {DIRECTOR} ผู้อำนวยการเขตสวนหลวง เป็นประธานการประชุมข้าราชการและบุคลากรสำนักงานเขตสวนหลวง ชี้แจงมาตรการไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) แนวทางป้องกันผลประโยชน์ทับซ้อน และการขับเคลื่อนการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี ๒๕๖๕ โดยมอบนโยบายให้ทุกฝ่ายเปิดเผยข้อมูลบนเว็บไซต์ให้ครบถ้วนและเป็นปัจจุบัน และติดตามผลทุกเดือน ณ ห้องประชุมสำนักงานเขตสวนหลวง ชั้น ๓"),
    ("2022-03-18", "เขตสวนหลวงลงพื้นที่ตรวจความเรียบร้อยตลาดนัดและการจัดระเบียบผู้ค้าบนทางเท้า ถนนอ่อนนุช",
     "ฝ่ายเทศกิจร่วมกับฝ่ายสิ่งแวดล้อมและสุขาภิบาลตรวจความเรียบร้อยตลาดนัด และกวดขันผู้ค้าให้ปฏิบัติตามมาตรการป้องกันโรคโควิด-๑๙"),
    ("2022-03-15", "บริการฉีดวัคซีนโควิด-๑๙ เข็มกระตุ้น (Walk in) ณ สำนักงานเขตสวนหลวง",
     "สำนักงานเขตสวนหลวงร่วมกับศูนย์บริการสาธารณสุข จัดบริการฉีดวัคซีนเข็มกระตุ้นสำหรับประชาชนทั่วไป ทุกวันอังคารและพฤหัสบดี"),
    ("2022-03-09", "Big Cleaning Day ล้างทำความสะอาดถนนและเก็บขยะในคลองหนองบอน",
     "เจ้าหน้าที่ฝ่ายรักษาความสะอาดและสวนสาธารณะร่วมกับจิตอาสาในชุมชนทำความสะอาดคลองหนองบอนและถนนโดยรอบ"),
    ("2022-03-02", "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี ๒๕๖๕",
     "ฝ่ายรายได้ขอเชิญผู้เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้างได้ที่สำนักงานเขต หรือผ่านแอปพลิเคชันของธนาคารที่ร่วมโครงการ"),
    ("2022-02-25", "อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) หลักสูตรทบทวน ประจำปี ๒๕๖๕",
     "ฝ่ายปกครองจัดอบรมทบทวน อปพร. จำนวน ๖๐ คน เรื่องการระงับอัคคีภัยเบื้องต้นและการช่วยเหลือผู้ประสบภัย"),
    ("2022-02-14", "ประชุมคณะกรรมการชุมชนประจำเดือนกุมภาพันธ์ ๒๕๖๕",
     "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคมจัดประชุมประธานชุมชนทั้ง ๓๓ ชุมชน เพื่อรับทราบนโยบายและปัญหาในพื้นที่"),
    ("2022-01-27", "เขตสวนหลวงจัดประชุมประชาคมรับฟังความคิดเห็นประชาชน เพื่อจัดทำแผนพัฒนาเขตและโครงการประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
     "วันที่ ๒๗ มกราคม ๒๕๖๕ สำนักงานเขตสวนหลวงจัดประชุมประชาคม เปิดโอกาสให้ประธานชุมชน ผู้แทนภาคเอกชน สถานศึกษา และประชาชนผู้มีส่วนได้ส่วนเสีย ร่วมเสนอปัญหาและความต้องการ เช่น จุดน้ำท่วมขัง ไฟฟ้าส่องสว่าง และทางเท้า เพื่อนำไปจัดลำดับความสำคัญในแผนปฏิบัติราชการปี ๒๕๖๖ มีผู้เข้าร่วม ๑๒๕ คน ทั้งในห้องประชุมและผ่านระบบออนไลน์ (Zoom/Facebook Live)"),
    ("2022-01-10", "จัดกิจกรรมวันเด็กแห่งชาติ ๒๕๖๕ รูปแบบออนไลน์",
     "ฝ่ายการศึกษาร่วมกับโรงเรียนในสังกัดกรุงเทพมหานครในพื้นที่ จัดกิจกรรมวันเด็กผ่าน Facebook Live"),
    ("2021-12-24", "ตรวจความปลอดภัยสถานบริการและสถานบันเทิงช่วงเทศกาลปีใหม่",
     "ฝ่ายโยธาและฝ่ายเทศกิจร่วมตรวจทางหนีไฟ ระบบดับเพลิง ในสถานบริการ ๑๘ แห่ง"),
    ("2021-12-09", "สำนักงานเขตสวนหลวงจัดกิจกรรมวันต่อต้านคอร์รัปชันสากล ๙ ธันวาคม ๒๕๖๔ “สวนหลวงโปร่งใส ไม่ทนต่อการทุจริต”",
     f"วันที่ ๙ ธันวาคม ๒๕๖๔ {DIRECTOR} ผู้อำนวยการเขตสวนหลวง นำข้าราชการ ลูกจ้าง และบุคลากรทุกฝ่ายร่วมกิจกรรมเสริมสร้างวัฒนธรรมองค์กร กล่าวคำปฏิญาณตนต่อต้านการทุจริต รับชมสื่อ “ประมวลจริยธรรมข้าราชการกรุงเทพมหานคร” และกิจกรรมแลกเปลี่ยนเรียนรู้กรณีศึกษาผลประโยชน์ทับซ้อน เพื่อปลูกฝังค่านิยมซื่อสัตย์สุจริต มีผู้เข้าร่วม ๒๓๐ คน"),
    ("2021-11-19", "ประชาสัมพันธ์เทศกาลลอยกระทงวิถีใหม่ ปลอดภัย ห่างไกลโควิด",
     "สำนักงานเขตขอความร่วมมือประชาชนลอยกระทงออนไลน์ หรือลอยในจุดที่กำหนดพร้อมปฏิบัติตามมาตรการป้องกันโรค"),
    ("2021-11-01", "ต้อนรับผู้อำนวยการเขตสวนหลวงคนใหม่",
     f"{DIRECTOR} เข้ารับตำแหน่งผู้อำนวยการเขตสวนหลวง ตามคำสั่งกรุงเทพมหานคร มีผลตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๔"),
    ("2021-10-20", "เตรียมความพร้อมรับมือน้ำท่วม ตรวจสถานีสูบน้ำและประตูระบายน้ำ",
     "ฝ่ายโยธาตรวจความพร้อมเครื่องสูบน้ำ ๑๒ จุด และเปิดทางน้ำไหลในคลองสาขา"),
    ("2021-10-05", "เปิดรับสมัครจิตอาสาพัฒนาชุมชน ประจำปี ๒๕๖๕",
     "ฝ่ายพัฒนาชุมชนฯ เปิดรับสมัครจิตอาสาร่วมกิจกรรมพัฒนาชุมชนตลอดปีงบประมาณ"),
]

def build():
    make_images()
    open_ = lambda p: os.makedirs(os.path.join(SITE, p), exist_ok=True)
    open_("assets")
    open(os.path.join(SITE, "assets/style.css"), "w").write(CSS)
    open(os.path.join(SITE, "assets/loadmore.js"), "w").write(JS)

    # ---- news
    news_items = []
    for i, (date, title, body) in enumerate(NEWS, 1):
        url = f"/news/n{i:02d}.html"
        news_items.append((date, title, url))
        write(url, layout(title, f'<div class="card"><p><a href="/news/">&larr; ข่าวประชาสัมพันธ์</a></p><h2>{title}</h2><p><time>โพสต์เมื่อ {thdate(date)}</time></p>'
                                 f'<img src="/img/news/n{i:02d}.jpg" alt="ภาพกิจกรรม" style="max-width:100%;border-radius:10px"><p>{body}</p>'
                                 f'<p>ฝ่ายปกครอง (งานประชาสัมพันธ์) {OFFICE}</p></div>'))
    NI = prep(news_items)
    register_api("news", NI, broken_offsets=(10,))
    news_block = list_block("news", NI, "news-list")
    write("/news/", layout("ข่าวประชาสัมพันธ์", f'<div class="card"><a class="viewall" href="/news/archive.html">ดูทั้งหมด &raquo;</a><h2>ข่าวประชาสัมพันธ์</h2>{news_block}</div>'))
    write("/news/archive.html", layout("คลังข่าวประชาสัมพันธ์", '<div class="card"><h2>คลังข่าวประชาสัมพันธ์ (ทั้งหมด)</h2><ul class="list">' + "".join(li(x) for x in NI) + "</ul></div>"))

    # ---- plan docs
    doc_action_plan("/files/plan/action-plan-2565.pdf", 2565, DIRECTOR, "2021-12-15")
    doc_spending_plan("/files/plan/spending-plan-2565.pdf", 2565, DIRECTOR, "2021-12-27")
    doc_budget_monitor("/files/plan/budget-monitor-2565-feb.pdf")
    doc_annual_report("/files/plan/annual-report-2564.pdf", 2564, DIRECTOR)
    doc_allocation("/files/plan/budget-allocation-2565.pdf")
    doc_service_stats("/files/plan/service-stats-2564.pdf")
    doc_monitor6m_2564("/files/plan/monitor-6m-2564.pdf")
    doc_devplan("/files/plan/district-dev-plan-2561-2565.pdf")
    doc_budget_report("/files/plan/budget-report-2563.pdf", 2563, FORMER)
    doc_annual_report("/files/plan/annual-report-2563.pdf", 2563, FORMER)
    doc_spending_plan("/files/plan/spending-plan-2564.pdf", 2564, FORMER, "2020-12-22")
    doc_action_plan("/files/plan/action-plan-2564.pdf", 2564, FORMER, "2020-12-10")
    plan = prep([
        ("2022-03-08", "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ (ต.ค. ๖๔ - ก.พ. ๖๕)", "/files/plan/budget-monitor-2565-feb.pdf"),
        ("2022-01-25", "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๔", "/files/plan/annual-report-2564.pdf"),
        ("2021-12-27", "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", "/files/plan/spending-plan-2565.pdf"),
        ("2021-12-15", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๕", "/files/plan/action-plan-2565.pdf"),
        ("2021-11-30", "สรุปงบประมาณรายจ่ายที่ได้รับจัดสรร ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", "/files/plan/budget-allocation-2565.pdf"),
        ("2021-11-10", "สถิติการให้บริการประชาชน ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", "/files/plan/service-stats-2564.pdf"),
        ("2021-07-20", "รายงานการกำกับติดตามการดำเนินงานตามแผนปฏิบัติราชการ รอบ ๖ เดือน ปีงบประมาณ พ.ศ. ๒๕๖๔", "/files/plan/monitor-6m-2564.pdf"),
        ("2021-05-18", "แผนพัฒนาสำนักงานเขตสวนหลวง ระยะ ๕ ปี (พ.ศ. ๒๕๖๑ - ๒๕๖๕) ฉบับทบทวน", "/files/plan/district-dev-plan-2561-2565.pdf"),
        ("2021-01-28", "รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๓", "/files/plan/budget-report-2563.pdf"),
        ("2021-01-15", "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๓", "/files/plan/annual-report-2563.pdf"),
        ("2020-12-22", "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", "/files/plan/spending-plan-2564.pdf"),
        ("2020-12-10", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๔", "/files/plan/action-plan-2564.pdf"),
    ])
    register_api("plan", plan)
    write("/docs/plan.html", layout("แผนงานและรายงาน", f'<div class="card"><h2>แผนงานและรายงานผลการดำเนินงาน</h2><p>เอกสารแผนงาน งบประมาณ และรายงานผลของสำนักงานเขตสวนหลวง เรียงจากล่าสุด</p>{list_block("plan", plan, "plan-list")}</div>'))

    # ---- manuals
    man = []
    dates = ["2022-02-15", "2022-02-15", "2022-02-10", "2022-02-10", "2022-01-28", "2022-01-28", "2022-01-20", "2022-01-20", "2022-01-12", "2022-01-12"]
    for i, dv in enumerate(DIVS):
        fn = f"/files/manual/manual-{i+1:02d}.pdf"
        doc_manual(fn, dv)
        man.append((dates[i], f"คู่มือการปฏิบัติงาน {dv}", fn))
    man = prep(man)
    register_api("manual", man)
    write("/docs/manual.html", layout("คู่มือการปฏิบัติงาน", f'<div class="card"><h2>คู่มือหรือมาตรฐานการปฏิบัติงาน</h2><p>คู่มือการปฏิบัติงานของเจ้าหน้าที่ จำแนกตามฝ่าย</p>{list_block("manual", man, "manual-list")}</div>'))

    # ---- HR
    simple_notice("/files/hr/transfer-2565.pdf", "รับโอนข้าราชการกรุงเทพมหานครสามัญ ตำแหน่งนักจัดการงานทั่วไปปฏิบัติการ", ["ด้วยสำนักงานเขตสวนหลวงมีตำแหน่งว่าง จำนวน ๑ อัตรา ประสงค์รับโอนข้าราชการ ผู้สนใจยื่นคำร้องได้ที่ฝ่ายปกครอง ภายในวันที่ ๒๘ กุมภาพันธ์ ๒๕๖๕"], "2022-02-01")
    simple_notice("/files/hr/temp-staff-2565.pdf", "รายชื่อผู้ผ่านการคัดเลือกเป็นลูกจ้างชั่วคราว (พนักงานกวาด)", ["๑. นายสมศักดิ์ ดีงาม ๒. นางสาวจันทร์เพ็ญ ทองดี ๓. นายประเสริฐ ชูชื่น รายงานตัววันที่ ๑ กุมภาพันธ์ ๒๕๖๕"], "2022-01-12")
    simple_notice("/files/hr/wfh-2565.pdf", "การปฏิบัติงานนอกสถานที่ตั้ง (Work from Home) ในสถานการณ์การแพร่ระบาดของโรคโควิด-๑๙", ["ให้หัวหน้าฝ่ายจัดบุคลากรสลับปฏิบัติงานนอกสถานที่ไม่เกินร้อยละ ๕๐ โดยไม่กระทบการให้บริการประชาชน"], "2021-12-03")
    simple_notice("/files/hr/assign-2565.pdf", "มอบหมายหน้าที่ความรับผิดชอบของผู้ช่วยผู้อำนวยการเขต", ["มอบหมายให้ผู้ช่วยผู้อำนวยการเขตกำกับดูแลฝ่ายปกครอง ฝ่ายทะเบียน ฝ่ายการคลัง ฝ่ายรายได้ และฝ่ายการศึกษา"], "2021-10-20")
    doc_hr_report("/files/hr/hr-report-2563.pdf")
    doc_hr_policy("/files/hr/hr-policy-2564.pdf")
    doc_hr_criteria("/files/hr/hr-criteria.pdf")
    simple_notice("/files/hr/temp-staff-2563.pdf", "รับสมัครบุคคลเพื่อจ้างเป็นลูกจ้างชั่วคราว", ["รับสมัครระหว่างวันที่ ๑ - ๑๕ มิถุนายน ๒๕๖๓"], "2020-06-01", FORMER)
    hr = prep([
        ("2022-02-01", "ประกาศรับโอนข้าราชการกรุงเทพมหานครสามัญ ตำแหน่งนักจัดการงานทั่วไปปฏิบัติการ", "/files/hr/transfer-2565.pdf"),
        ("2022-01-12", "ประกาศรายชื่อผู้ผ่านการคัดเลือกเป็นลูกจ้างชั่วคราว", "/files/hr/temp-staff-2565.pdf"),
        ("2021-12-03", "ประกาศการปฏิบัติงานนอกสถานที่ตั้ง (Work from Home)", "/files/hr/wfh-2565.pdf"),
        ("2021-10-20", "คำสั่งมอบหมายหน้าที่ความรับผิดชอบของผู้ช่วยผู้อำนวยการเขต", "/files/hr/assign-2565.pdf"),
        ("2021-03-15", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๓", "/files/hr/hr-report-2563.pdf"),
        ("2020-11-10", "นโยบายการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", "/files/hr/hr-policy-2564.pdf"),
        ("2020-09-25", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "/files/hr/hr-criteria.pdf"),
        ("2020-06-01", "ประกาศรับสมัครบุคคลเพื่อจ้างเป็นลูกจ้างชั่วคราว", "/files/hr/temp-staff-2563.pdf"),
    ])
    register_api("hr", hr)
    write("/docs/hr.html", layout("การบริหารทรัพยากรบุคคล", f'<div class="card"><a class="viewall" href="/docs/hr-archive.html">ดูทั้งหมด &raquo;</a><h2>การบริหารและพัฒนาทรัพยากรบุคคล</h2>{list_block("hr", hr, "hr-list")}</div>'))
    write("/docs/hr-archive.html", layout("การบริหารทรัพยากรบุคคล (ทั้งหมด)", '<div class="card"><h2>การบริหารและพัฒนาทรัพยากรบุคคล — รายการทั้งหมด</h2><ul class="list">' + "".join(li(x) for x in hr) + "</ul></div>"))

    # ---- integrity
    doc_measures("/files/integrity/measures-2565.pdf")
    doc_intent("/files/integrity/intent-2565-th.pdf", 2565, DIRECTOR, "2022-01-20")
    corrupt_pdf("/files/integrity/prevention-monitor-2565.pdf")
    doc_complaint_stats("/files/integrity/complaint-stats-2565.pdf")
    doc_complaint_guideline("/files/integrity/complaint-guideline.pdf")
    doc_prevention_report("/files/integrity/prevention-report-2564.pdf")
    doc_risk("/files/integrity/risk-2564.pdf")
    doc_prev_plan("/files/integrity/prevention-plan-2564.pdf")
    doc_measures_2564("/files/integrity/measures-2564.pdf")
    doc_intent("/files/integrity/intent-2564-th.pdf", 2564, FORMER, "2020-10-30")
    integ = prep([
        ("2022-03-04", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", "/files/integrity/measures-2565.pdf"),
        ("2022-01-20", "ประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", "/files/integrity/intent-2565-th.pdf"),
        ("2022-01-14", "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ ไตรมาสที่ ๑", "/files/integrity/prevention-monitor-2565.pdf"),
        ("2021-12-10", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", "/files/integrity/complaint-stats-2565.pdf"),
        ("2021-11-25", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "/files/integrity/complaint-guideline.pdf"),
        ("2021-11-08", "รายงานผลการดำเนินการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", "/files/integrity/prevention-report-2564.pdf"),
        ("2021-01-20", "การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", "/files/integrity/risk-2564.pdf"),
        ("2020-12-15", "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", "/files/integrity/prevention-plan-2564.pdf"),
        ("2020-11-20", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", "/files/integrity/measures-2564.pdf"),
        ("2020-10-30", "ประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", "/files/integrity/intent-2564-th.pdf"),
    ])
    register_api("integrity", integ)
    write("/docs/integrity.html", layout("การป้องกันการทุจริต", f'<div class="card"><h2>การส่งเสริมความโปร่งใสและการป้องกันการทุจริต</h2>{list_block("integrity", integ, "integrity-list")}</div>'))

    write("/docs/", layout("เอกสารเผยแพร่", '<div class="card"><h2>เอกสารเผยแพร่</h2><div class="grid">'
          '<a class="tile" href="/docs/plan.html">แผนงานและรายงาน</a><a class="tile" href="/docs/manual.html">คู่มือการปฏิบัติงาน</a>'
          '<a class="tile" href="/docs/hr.html">การบริหารทรัพยากรบุคคล</a><a class="tile" href="/docs/integrity.html">การป้องกันการทุจริต</a>'
          '<a class="tile" href="/procurement/">จัดซื้อจัดจ้าง</a><a class="tile" href="/procurement/monthly.html">สรุปผลจัดซื้อจัดจ้างรายเดือน</a></div></div>'))

    # ---- procurement
    P = []
    def pn(date, kind, title, fn, extra):
        doc_proc_notice(fn, kind, title, date, extra)
        P.append((date, f"{kind}{title}", fn))
    pn("2022-03-21", "ประกาศผู้ชนะการเสนอราคา ", "จ้างปรับปรุงผิวจราจร ซอยอ่อนนุช ๔๔ โดยวิธีเฉพาะเจาะจง", "/files/procure/win-2565-031.pdf",
       ["ตามที่สำนักงานเขตสวนหลวงได้มีโครงการจ้างปรับปรุงผิวจราจร ซอยอ่อนนุช ๔๔ โดยวิธีเฉพาะเจาะจง นั้น ผู้ได้รับการคัดเลือก ได้แก่ ห้างหุ้นส่วนจำกัด ทรัพย์ทวีการโยธา โดยเสนอราคาเป็นเงินทั้งสิ้น ๔๘๙,๐๐๐.๐๐ บาท (สี่แสนแปดหมื่นเก้าพันบาทถ้วน) รวมภาษีมูลค่าเพิ่มและภาษีอื่น"])
    pn("2022-03-14", "ประกาศเชิญชวน ", "ประกวดราคาจ้างก่อสร้างเขื่อน ค.ส.ล. คลองหนองบอน ช่วงที่ ๒ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "/files/procure/invite-2565-008.pdf",
       ["ราคากลาง ๘,๔๖๐,๐๐๐.๐๐ บาท ผู้สนใจติดต่อขอรับเอกสารประกวดราคาผ่านทางระบบจัดซื้อจัดจ้างภาครัฐ www.gprocurement.go.th ตั้งแต่วันที่ ๑๔ - ๒๑ มีนาคม ๒๕๖๕ กำหนดยื่นข้อเสนอวันที่ ๒๒ มีนาคม ๒๕๖๕"])
    pn("2022-03-03", "ประกาศผู้ชนะการเสนอราคา ", "ซื้อวัสดุงานบ้านงานครัว โดยวิธีเฉพาะเจาะจง", "/files/procure/win-2565-027.pdf",
       ["ผู้ได้รับการคัดเลือก ได้แก่ ร้านสมใจพาณิชย์ เสนอราคาเป็นเงินทั้งสิ้น ๔๕,๖๕๐.๐๐ บาท"])
    pn("2022-02-22", "ประกาศ", "ราคากลางงานก่อสร้างเขื่อน ค.ส.ล. คลองหนองบอน ช่วงที่ ๒", "/files/procure/refprice-2565-008.pdf",
       ["ราคากลาง (ราคาอ้างอิง) ๘,๔๖๐,๐๐๐.๐๐ บาท คำนวณ ณ วันที่ ๑๕ กุมภาพันธ์ ๒๕๖๕ คณะกรรมการกำหนดราคากลาง ๓ คน"])
    pn("2022-02-10", "ประกาศผู้ชนะการเสนอราคา ", "ซื้อวัสดุสำนักงาน ไตรมาสที่ ๒ โดยวิธีเฉพาะเจาะจง", "/files/procure/win-2565-020.pdf",
       ["ผู้ได้รับการคัดเลือก ได้แก่ บริษัท ออฟฟิศเมท (ประเทศไทย) จำกัด เสนอราคาเป็นเงินทั้งสิ้น ๘๒,๓๐๐.๐๐ บาท"])
    P.append(("2022-01-31", "รายงานผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", "/files/procure/annual-report-2564.pdf"))  # file never uploaded -> 404
    pn("2022-01-18", "ประกาศผู้ชนะการเสนอราคา ", "จ้างเหมาทำความสะอาดอาคารสำนักงานเขต โดยวิธีเฉพาะเจาะจง", "/files/procure/win-2565-011.pdf",
       ["ผู้ได้รับการคัดเลือก ได้แก่ บริษัท คลีนโปร เซอร์วิส จำกัด เสนอราคา ๔๗๕,๐๐๐.๐๐ บาท"])
    pn("2021-12-28", "ประกาศเชิญชวน ", "ซื้อเครื่องตัดหญ้าแบบสะพาย จำนวน ๑๐ เครื่อง", "/files/procure/invite-2565-004.pdf", ["ราคากลาง ๑๒๐,๐๐๐.๐๐ บาท"])
    doc_proc_plan("/files/procure/plan-2565.pdf")
    P.append(("2021-11-15", "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", "/files/procure/plan-2565.pdf"))
    pn("2021-11-02", "ประกาศผู้ชนะการเสนอราคา ", "จ้างซ่อมแซมรถบรรทุกขยะ หมายเลขทะเบียน ๘๙-๔๔๒๑", "/files/procure/win-2565-002.pdf", ["ผู้ได้รับการคัดเลือก ได้แก่ ร้านเจริญการช่าง ราคา ๓๘,๕๐๐.๐๐ บาท"])
    pn("2021-09-20", "ประกาศผู้ชนะการเสนอราคา ", "ซื้อน้ำมันเชื้อเพลิง เดือนกันยายน ๒๕๖๔", "/files/procure/win-2564-118.pdf", ["ผู้ได้รับการคัดเลือก ได้แก่ บริษัท ไทยเครื่องกล จำกัด"])
    pn("2021-06-14", "ประกาศผู้ชนะการเสนอราคา ", "จ้างเหมาบริการดูแลต้นไม้ ถนนพัฒนาการ", "/files/procure/win-2564-071.pdf", ["ผู้ได้รับการคัดเลือก ได้แก่ ห้างหุ้นส่วนจำกัด เอส.แอล. ก่อสร้าง"])
    P.append(("2020-11-10", "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", "/files/procure/plan-2564.pdf"))
    simple_notice("/files/procure/plan-2564.pdf", "เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", ["รายละเอียดตามแนบท้ายประกาศ (๑๔ รายการ วงเงินรวม ๑๒,๘๔๐,๐๐๐ บาท)"], "2020-11-10", FORMER)
    PI = prep(P)
    register_api("procure", PI)
    egp = (f'<p style="background:#fff8e1;padding:12px;border-radius:10px">ตรวจสอบข้อมูลการจัดซื้อจัดจ้างได้ที่ '
           f'<a href="{EGPBMA}" target="_blank"><b>ระบบเผยแพร่ข้อมูลการจัดซื้อจัดจ้างของกรุงเทพมหานคร (e-GPBMA)</b></a> และ '
           f'<a href="{EGP}" target="_blank">ระบบจัดซื้อจัดจ้างภาครัฐ (e-GP) กรมบัญชีกลาง</a></p>')
    write("/procurement/", layout("ประกาศจัดซื้อจัดจ้าง", f'<div class="card"><h2>ประกาศจัดซื้อจัดจ้าง</h2>{egp}{list_block("procure", PI, "procure-list", noscript="/procurement/all.html")}</div>'))
    write("/procurement/all.html", layout("ประกาศจัดซื้อจัดจ้าง (ทั้งหมด)", f'<div class="card"><h2>ประกาศจัดซื้อจัดจ้าง — รายการทั้งหมด</h2>{egp}<ul class="list">' + "".join(li(x) for x in PI) + "</ul></div>"))

    # ---- monthly summaries
    M = []
    spec = [(2022, 2, "2022-03-10", 5), (2022, 1, "2022-02-09", 4), (2021, 12, "2022-01-11", 6), (2021, 11, "2021-12-08", 4), (2021, 10, "2021-11-09", 3)]
    for y, m, pub, n in spec:
        base = f"/files/procure/monthly/skr1-{y+543}-{m:02d}"
        doc_monthly(base + ".pdf", base + ".xlsx", y, m, n)
        lab = f"{MONTHS[m]} {th(y+543)}"
        M.append((pub, f"สรุปผลการจัดซื้อจัดจ้างประจำเดือน{lab} (แบบ สขร.๑)", base + ".pdf"))
        M.append((pub, f"สรุปผลการจัดซื้อจัดจ้างประจำเดือน{lab} (ไฟล์ Excel)", base + ".xlsx"))
    for y, m, pub, n in [(2021, 9, "2021-10-08", 5), (2021, 8, "2021-09-09", 4)]:
        base = f"/files/procure/monthly/skr1-{y+543}-{m:02d}"
        doc_monthly(base + ".pdf", None, y, m, n)
        M.append((pub, f"สรุปผลการจัดซื้อจัดจ้างประจำเดือน{MONTHS[m]} {th(y+543)} (แบบ สขร.๑)", base + ".pdf"))
    MI = prep(M)
    register_api("monthly", MI)
    write("/procurement/monthly.html", layout("สรุปผลการจัดซื้อจัดจ้างรายเดือน", f'<div class="card"><h2>สรุปผลการจัดซื้อจัดจ้างรายเดือน</h2>{egp}{list_block("monthly", MI, "monthly-list")}</div>'))

    # ---- about
    write("/about/structure.html", layout("โครงสร้างหน่วยงาน", '<div class="card"><h2>โครงสร้างสำนักงานเขตสวนหลวง</h2><img src="/img/structure.png" alt="แผนภูมิโครงสร้าง" style="max-width:100%">'
          f'<p>สำนักงานเขตสวนหลวง มีผู้อำนวยการเขตเป็นผู้บังคับบัญชา ผู้ช่วยผู้อำนวยการเขต ๒ ตำแหน่ง และแบ่งส่วนราชการภายในเป็น {th(len(DIVS))} ฝ่าย ได้แก่</p><ol>' + "".join(f"<li>{d}</li>" for d in DIVS) + "</ol></div>"))
    write("/about/executives.html", layout("ผู้บริหาร", f'''<div class="card"><h2>คณะผู้บริหารสำนักงานเขตสวนหลวง</h2><div class="exec">
<div class="p"><img src="/img/exec/director.jpg" alt="{DIRECTOR}"><h3>{DIRECTOR}</h3><p>ผู้อำนวยการเขตสวนหลวง</p><p>โทร ๐ ๒๓๑๘ ๗๕๔๑<br>อีเมล wirat.t@bangkok.go.th</p></div>
<div class="p"><img src="/img/exec/asst1.jpg" alt="{ASST1}"><h3>{ASST1}</h3><p>ผู้ช่วยผู้อำนวยการเขตสวนหลวง</p><p>โทร ๐ ๒๓๑๘ ๗๕๔๒<br>อีเมล kanokwan.s@bangkok.go.th</p></div>
<div class="p"><div class="nophoto">อยู่ระหว่างปรับปรุงข้อมูล</div><h3>{ASST2}</h3><p>ผู้ช่วยผู้อำนวยการเขตสวนหลวง</p><p>โทร -<br>อีเมล -</p></div>
</div><p><small>ข้อมูล ณ วันที่ ๑ มีนาคม ๒๕๖๕</small></p></div>'''))
    duties = {"ฝ่ายปกครอง": "งานธุรการ สารบรรณ การเจ้าหน้าที่ การประชาสัมพันธ์ และการรักษาความสงบเรียบร้อย",
              "ฝ่ายทะเบียน": "งานทะเบียนราษฎร บัตรประจำตัวประชาชน และทะเบียนทั่วไป",
              "ฝ่ายการคลัง": "งานการเงิน บัญชี งบประมาณ และการพัสดุ", "ฝ่ายรายได้": "งานจัดเก็บภาษีและรายได้ของกรุงเทพมหานคร",
              "ฝ่ายรักษาความสะอาดและสวนสาธารณะ": "งานเก็บขนมูลฝอย กวาดถนน และดูแลสวนสาธารณะ", "ฝ่ายโยธา": "งานควบคุมอาคาร บำรุงรักษาถนน ท่อระบายน้ำ และคลอง",
              "ฝ่ายเทศกิจ": "งานบังคับใช้กฎหมาย จัดระเบียบ และรักษาความปลอดภัย", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล": "งานสุขาภิบาลอาหาร ควบคุมเหตุรำคาญ และอนามัยสิ่งแวดล้อม",
              "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม": "งานพัฒนาชุมชน สวัสดิการผู้สูงอายุ คนพิการ และเด็ก", "ฝ่ายการศึกษา": "งานส่งเสริมและกำกับโรงเรียนสังกัดกรุงเทพมหานครในพื้นที่"}
    write("/about/duty.html", layout("อำนาจหน้าที่", '<div class="card"><h2>อำนาจหน้าที่</h2><p>สำนักงานเขตมีอำนาจหน้าที่ตามพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘ มาตรา ๖๐ และข้อบัญญัติกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการของสำนักงานเขต ในการดูแลความเรียบร้อย ให้บริการประชาชน และดำเนินงานตามที่กรุงเทพมหานครมอบหมายในพื้นที่เขตสวนหลวง</p>'
          '<table class="t"><tr><th>ฝ่าย</th><th>อำนาจหน้าที่</th></tr>' + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in duties.items()) + "</table></div>"))
    write("/about/contact.html", layout("ติดต่อเรา", f'''<div class="card"><h2>ข้อมูลการติดต่อ</h2>
<table class="t"><tr><th>ที่อยู่</th><td>{OFFICE} {ADDR}</td></tr><tr><th>โทรศัพท์</th><td>{PHONE} (ศูนย์บริการประชาชน ต่อ ๑๐๑)</td></tr>
<tr><th>อีเมล</th><td><a href="mailto:{EMAIL}">{EMAIL}</a></td></tr><tr><th>Facebook</th><td><a href="{FB}">สำนักงานเขตสวนหลวง</a></td></tr>
<tr><th>LINE</th><td><a href="{LINE}">@suanluang.bma</a></td></tr><tr><th>เวลาทำการ</th><td>วันจันทร์ - ศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น. (เว้นวันหยุดราชการ)</td></tr></table>
<h3>แผนที่</h3><img src="/img/map.png" alt="แผนที่สำนักงานเขตสวนหลวง" style="max-width:100%"><p><a href="https://goo.gl/maps/suanluang" target="_blank">เปิดใน Google Maps</a></p>
<h3>หมายเลขโทรศัพท์ภายในฝ่าย</h3><table class="t">''' + "".join(f"<tr><td>{d}</td><td>ต่อ {th(201+i)}</td></tr>" for i, d in enumerate(DIVS)) + "</table></div>"))

    # ---- service
    rows = ""
    for key, name, dv, docs, fee, dur in SERVICE_MANUALS:
        fn = f"/files/service/{key}.pdf"
        doc_service_manual(fn, name, dv, docs, fee, dur)
        rows += f'<tr><td>{name}</td><td>{dv}</td><td>{dur}</td><td><a href="{fn}" target="_blank">เปิดเอกสาร</a></td></tr>'
    write("/service/", layout("คู่มือสำหรับประชาชน", '<div class="card"><h2>คู่มือหรือมาตรฐานการให้บริการประชาชน</h2><table class="t"><tr><th>งานบริการ</th><th>ฝ่าย</th><th>ระยะเวลา</th><th>คู่มือ</th></tr>' + rows + "</table></div>"))
    write("/service/eservice.html", layout("E-Service", '''<div class="card"><h2>บริการออนไลน์ (E-Service)</h2><div class="grid">
<a class="tile" href="https://bmaq.bangkok.go.th/" target="_blank">BMA Q จองคิวล่วงหน้า (ทะเบียน/รายได้/โยธา)</a>
<a class="tile" href="https://oss.bangkok.go.th/" target="_blank">BMA OSS ขออนุญาตออนไลน์ (ก่อสร้าง/สถานที่จำหน่ายอาหาร)</a>
<a class="tile" href="https://citydata.traffy.in.th/" target="_blank">Traffy Fondue แจ้งปัญหาเมือง</a>
<a class="tile" href="https://forms.gle/SuanLuangBooking" target="_blank">แบบฟอร์มนัดหมายรับบริการ (Google Form)</a>
<a class="tile" href="https://landtax.bangkok.go.th/" target="_blank">ชำระภาษีที่ดินและสิ่งปลูกสร้างออนไลน์</a></div>
<p>ผู้ใช้บริการกรอกข้อมูลผ่านระบบ เจ้าหน้าที่จะติดต่อกลับภายใน ๑ วันทำการ</p></div>'''))
    write("/service/qa.html", layout("ถาม-ตอบ (Q&A)", '<div class="card"><h2>กระดานถาม-ตอบ (Q&amp;A)</h2><p style="padding:40px;text-align:center;background:#eceff1;border-radius:10px">ระบบกระดานถาม-ตอบอยู่ระหว่างปรับปรุงระบบ<br>ขออภัยในความไม่สะดวก</p></div>'))

    # ---- contact
    write("/contact/complaint.html", layout("ร้องเรียนการทุจริต", f'''<div class="card"><h2>ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h2>
<ul><li>ด้วยตนเอง: ฝ่ายปกครอง {OFFICE} ชั้น ๑</li><li>ทางไปรษณีย์: {OFFICE} {ADDR} (วงเล็บมุมซอง “ร้องเรียนการทุจริต”)</li>
<li>โทรศัพท์: {PHONE} ต่อ ๒๐๑</li><li>อีเมล: <a href="mailto:{EMAIL}">{EMAIL}</a></li><li>สายด่วนกรุงเทพมหานคร ๑๕๕๕</li></ul>
<h3>แบบฟอร์มร้องเรียนการทุจริตออนไลน์</h3><form action="/api/complaint.php" method="post">
<label>ชื่อ-สกุล (ไม่บังคับ ข้อมูลจะถูกเก็บเป็นความลับ)</label><input name="name"><label>หมายเลขโทรศัพท์/อีเมล</label><input name="contact">
<label>เจ้าหน้าที่/หน่วยงานที่ถูกร้องเรียน</label><input name="target"><label>รายละเอียด</label><textarea name="detail" rows="5"></textarea>
<label>แนบหลักฐาน</label><input type="file" name="file"><p><button class="btn-more" type="submit">ส่งเรื่องร้องเรียน</button></p></form></div>'''))
    write("/contact/comment.html", layout("แสดงความคิดเห็น", f'''<div class="card"><h2>ช่องทางการรับฟังความคิดเห็นและข้อเสนอแนะ</h2>
<p>ท่านสามารถแสดงความคิดเห็น ข้อเสนอแนะ ต่อการให้บริการของสำนักงานเขตสวนหลวงได้ทางแบบฟอร์มด้านล่าง หรือทาง <a href="{FB}">Facebook</a> / <a href="{LINE}">LINE @suanluang.bma</a> / โทร {PHONE}</p>
<form action="/api/comment.php" method="post"><label>ชื่อ-สกุล</label><input name="name"><label>อีเมล</label><input name="email">
<label>เรื่อง</label><select name="topic"><option>การให้บริการ</option><option>ความสะอาด</option><option>ถนน/ทางเท้า</option><option>อื่น ๆ</option></select>
<label>ความคิดเห็น/ข้อเสนอแนะ</label><textarea name="msg" rows="5"></textarea><p><button class="btn-more" type="submit">ส่งความคิดเห็น</button></p></form></div>'''))

    # ---- ITA page
    ita = [
        ("O๑", "โครงสร้างหน่วยงาน", "/about/structure.html"), ("O๒", "ข้อมูลผู้บริหาร", "/about/executives.html"), ("O๓", "อำนาจหน้าที่", "/about/duty.html"),
        ("O๔", "แผนยุทธศาสตร์และแผนพัฒนาสำนักงานเขต", "/docs/plan.html"), ("O๕", "ข้อมูลการติดต่อ", "/about/contact.html"), ("O๖", "กฎหมายที่เกี่ยวข้อง", "/about/laws.php"),
        ("O๗", "ข่าวประชาสัมพันธ์", "/news/"), ("O๘", "Q&amp;A", "/service/qa.html"), ("O๙", "Social Network", FB),
        ("O๑๐", "แผนปฏิบัติราชการประจำปี", "/docs/plan.html"), ("O๑๑", "รายงานการกำกับติดตามการดำเนินงาน", "/docs/plan.html"), ("O๑๒", "รายงานผลการดำเนินงานประจำปี", "/docs/plan.html"),
        ("O๑๓", "คู่มือหรือมาตรฐานการปฏิบัติงาน", "/docs/manual.html"), ("O๑๔", "คู่มือหรือมาตรฐานการให้บริการ", "/service/"), ("O๑๕", "ข้อมูลเชิงสถิติการให้บริการ", "/docs/plan.html"),
        ("O๑๖", "รายงานผลการสำรวจความพึงพอใจการให้บริการ", None), ("O๑๗", "E-Service", "/service/eservice.html"),
        ("O๑๘", "แผนการใช้จ่ายงบประมาณประจำปี", "/docs/plan.html"), ("O๑๙", "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ", "/docs/plan.html"), ("O๒๐", "รายงานผลการใช้จ่ายงบประมาณประจำปี", "/docs/plan.html"),
        ("O๒๑", "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ", "/procurement/"), ("O๒๒", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง", "/procurement/"),
        ("O๒๓", "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน", "/procurement/monthly.html"), ("O๒๔", "รายงานผลการจัดซื้อจัดจ้างประจำปี", "/procurement/"),
        ("O๒๕", "นโยบายการบริหารทรัพยากรบุคคล", "/docs/hr.html"), ("O๒๖", "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล", "/docs/hr.html"),
        ("O๒๗", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "/docs/hr.html"), ("O๒๘", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", "/docs/hr.html"),
        ("O๒๙", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", "/docs/integrity.html"), ("O๓๐", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", "/contact/complaint.html"),
        ("O๓๑", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี", "/docs/integrity.html"), ("O๓๒", "ช่องทางการรับฟังความคิดเห็น", "/contact/comment.html"),
        ("O๓๓", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", "/news/"), ("O๓๔", "เจตจำนงสุจริตของผู้บริหาร", "/docs/integrity.html"), ("O๓๕", "การมีส่วนร่วมของผู้บริหาร", "/news/"),
        ("O๓๖", "การประเมินความเสี่ยงการทุจริตประจำปี", "/docs/integrity.html"), ("O๓๗", "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต", "/docs/integrity.html"),
        ("O๓๘", "การเสริมสร้างวัฒนธรรมองค์กร", "/news/"), ("O๓๙", "แผนปฏิบัติการป้องกันการทุจริตประจำปี", "/docs/integrity.html"),
        ("O๔๐", "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต", "/docs/integrity.html"), ("O๔๑", "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี", "/docs/integrity.html"),
        ("O๔๒", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "/docs/integrity.html"), ("O๔๓", "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส", "/docs/integrity.html"),
    ]
    rows = "".join(f"<tr><td>{c}</td><td>{n}</td><td>" + (f'<a href="{u}">คลิกที่นี่</a>' if u else "อยู่ระหว่างดำเนินการ") + "</td></tr>" for c, n, u in ita)
    write("/ita/", layout("ITA ๒๕๖๕", '<div class="card"><h2>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๕</h2>'
          '<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) สำนักงานเขตสวนหลวง — ข้อมูลแต่ละรายการอยู่ในหมวดเอกสารที่เกี่ยวข้อง (กดปุ่ม “โหลดเพิ่มเติม” เพื่อดูรายการก่อนหน้า)</p>'
          '<table class="t"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>' + rows + "</table></div>"))

    # ---- home
    write("/", layout("หน้าแรก", f'''<div class="hero"><div><h2 style="color:#fff;margin:0">สวนหลวงเมืองน่าอยู่ ชุมชนเข้มแข็ง</h2><p>ยินดีต้อนรับสู่เว็บไซต์สำนักงานเขตสวนหลวง</p></div></div><br>
<div class="grid"><a class="tile" href="/service/eservice.html">บริการออนไลน์</a><a class="tile" href="/procurement/">จัดซื้อจัดจ้าง</a><a class="tile" href="/docs/">เอกสารเผยแพร่</a><a class="tile" href="/ita/">ITA ๒๕๖๕</a></div><br>
<div class="card"><a class="viewall" href="/news/archive.html">ดูทั้งหมด &raquo;</a><h2>ข่าวประชาสัมพันธ์</h2>{list_block("news", NI, "home-news")}</div>
<div class="card"><h2>ประกาศจัดซื้อจัดจ้าง</h2>{egp}{list_block("procure", PI, "home-procure", noscript="/procurement/all.html")}</div>'''))

    SERVER_STATUS["/about/laws.php"] = 404

    meta = {
        "framework": "bma-2564", "as_of": "2022-03-25", "start": "/", "name_th": OFFICE,
        "style": STYLE, "author": "blind", "set": "held-out-15",
        "server": {"status": SERVER_STATUS, "files": SERVER_FILES},
    }
    json.dump(meta, open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)

STYLE = ("Modern teal theme for สำนักงานเขตสวนหลวง (ITA 2564 list, assessed 25 Mar 2022 = FY2565). Every list page (news, plan/report "
 "documents, manuals, HR, integrity, procurement announcements, monthly สขร.1) renders only the newest 5 entries in HTML; a "
 "“โหลดเพิ่มเติม” button runs /assets/loadmore.js which fetches /api/list.php?cat=X&offset=5 (then offset=10) as JSON "
 "(served from api/*.json via meta server.files) and appends the items. News and HR have a plain “ดูทั้งหมด” archive page; "
 "procurement has a <noscript> link to /procurement/all.html; plan, manual, integrity and monthly lists have no HTML fallback. "
 "Traps: O4, O21, O27, O41 pass only through the button; O13 has 5 division manuals before and 5 after the button (all 10 needed); "
 "O23 has ก.พ./ม.ค./ธ.ค. in the first five and พ.ย./ต.ค. behind the button (PDF + XLSX twins); O11, O15, O20, O25, O36, O39 "
 "show only previous-year documents and these sit behind the button; O24's entry behind the button links to a 404 PDF; "
 "O40's PDF in the first five is truncated (unreadable); the news button's second page (offset=10) answers 500, so O38 "
 "(anti-corruption day, ธ.ค. 64) is reachable only via the news archive; O33 is on news page 2 (button or archive); "
 "O35 in the first five. O2 one assistant director without photo/phone/e-mail; O5 no fax; O6 menu link /about/laws.php is 404; "
 "O8 Q&A board 'under repair'; O31 FY2565 complaint stats only Oct–Nov; O34 Thai-only pledge; O28 only FY2563 HR report in "
 "first five; O16, O26, O37, O43 absent. An /ita/ page maps items to the list pages (not to documents).")

if __name__ == "__main__":
    build()
    print("ok")
