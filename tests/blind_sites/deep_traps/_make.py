#!/usr/bin/env python3
"""Generate the `deep_traps` fixture site (framework bma-2567, as_of 2025-07-15 = FY2568).

A large, busy district site (สำนักงานเขตบางบอน, invented data) where OIT evidence
sits 3-6 clicks deep among crawl traps: endless-looking event calendar, tag pages
combining tags, a 40-page news list with ?page=/?sort=/?print= duplicates, a /m/
mirror, session ids in links and a ~200-link site-wide footer.
Run: /work/blindenv/bin/python _make.py
"""
import hashlib
import itertools
import json
import os
import random
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
pdfmetrics.registerFont(TTFont("Garuda", FONT_DIR + "Garuda.ttf"))
pdfmetrics.registerFont(TTFont("GarudaB", FONT_DIR + "Garuda-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Norasi", FONT_DIR + "Norasi.ttf"))
pdfmetrics.registerFont(TTFont("NorasiB", FONT_DIR + "Norasi-Bold.ttf"))

RNG = random.Random(2568)
DIST = "สำนักงานเขตบางบอน"
DIST_SHORT = "เขตบางบอน"
TH_DIG = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    return str(s).translate(TH_DIG)


MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
          "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
MONTHS_AB = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def thdate(d, digits=False, short=False):
    m = MONTHS_AB[d.month - 1] if short else MONTHS[d.month - 1]
    s = f"{d.day} {m} {d.year + 543}"
    return th(s) if digits else s


def fy_months(fy):
    """(ce_year, month) pairs Oct(fy-1)..Sep(fy), fy in BE."""
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
    def __init__(self, path, land=False, font="Garuda", bold="Garuda"):
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


def fix_zip(path, stamp=(2025, 7, 4, 9, 0, 0)):
    """Make an OOXML file byte-stable: fixed zip timestamps and document dates."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2025-07-04T09:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---------------------------------------------------------------- people
DIRECTOR = ("นายธนพล ศรีวิเศษ", "ผู้อำนวยการเขตบางบอน", "02-416-8400 ต่อ 101", "director.bangbon@bangkok.go.th")
EXECS = [
    DIRECTOR,
    ("นางสาวปิยนุช แก้วมณี", "ผู้ช่วยผู้อำนวยการเขตบางบอน", "02-416-8400 ต่อ 102", "piyanuch.k@bangkok.go.th"),
    ("นายวรวุฒิ ทองคำ", "ผู้ช่วยผู้อำนวยการเขตบางบอน", "02-416-8400 ต่อ 103", "worawut.t@bangkok.go.th"),
]
DIVS = [
    ("div-01", "ฝ่ายปกครอง", "นายสุรชัย บุญมา", "02-416-8401"),
    ("div-02", "ฝ่ายทะเบียน", "นางวิมลรัตน์ ศรีสุข", "02-416-8402"),
    ("div-03", "ฝ่ายการคลัง", "นางสาวจันทร์เพ็ญ มีทรัพย์", "02-416-8403"),
    ("div-04", "ฝ่ายรายได้", "นายประเสริฐ วงศ์ใหญ่", "02-416-8404"),
    ("div-05", "ฝ่ายโยธา", "นายกิตติศักดิ์ พานทอง", "02-416-8405"),
    ("div-06", "ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "นายสมบัติ ใจดี", "02-416-8406"),
    ("div-07", "ฝ่ายเทศกิจ", "นายอนุชา รักษ์ไทย", "02-416-8407"),
    ("div-08", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "นางพรทิพย์ สายสุวรรณ", "02-416-8408"),
    ("div-09", "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "นางสาวกัลยา ทองดี", "02-416-8409"),
    ("div-10", "ฝ่ายการศึกษา", "นายเอกชัย นิลสุวรรณ", "02-416-8410"),
]
ADDRESS = "เลขที่ 1399 ถนนเอกชัย แขวงบางบอนเหนือ เขตบางบอน กรุงเทพมหานคร 10150"

DISTRICTS = [("พระนคร", "phranakhon"), ("ดุสิต", "dusit"), ("หนองจอก", "nongchok"), ("บางรัก", "bangrak"),
             ("บางเขน", "bangkhen"), ("บางกะปิ", "bangkapi"), ("ปทุมวัน", "pathumwan"), ("ป้อมปราบศัตรูพ่าย", "pomprap"),
             ("พระโขนง", "phrakhanong"), ("มีนบุรี", "minburi"), ("ลาดกระบัง", "latkrabang"), ("ยานนาวา", "yannawa"),
             ("สัมพันธวงศ์", "samphanthawong"), ("พญาไท", "phayathai"), ("ธนบุรี", "thonburi"), ("บางกอกใหญ่", "bangkokyai"),
             ("ห้วยขวาง", "huaikhwang"), ("คลองสาน", "khlongsan"), ("ตลิ่งชัน", "talingchan"), ("บางกอกน้อย", "bangkoknoi"),
             ("บางขุนเทียน", "bangkhunthian"), ("ภาษีเจริญ", "phasicharoen"), ("หนองแขม", "nongkhaem"), ("ราษฎร์บูรณะ", "ratburana"),
             ("บางพลัด", "bangphlat"), ("ดินแดง", "dindaeng"), ("บึงกุ่ม", "buengkum"), ("สาทร", "sathon"),
             ("บางซื่อ", "bangsue"), ("จตุจักร", "chatuchak"), ("บางคอแหลม", "bangkholaem"), ("ประเวศ", "prawet"),
             ("คลองเตย", "khlongtoei"), ("สวนหลวง", "suanluang"), ("จอมทอง", "chomthong"), ("ดอนเมือง", "donmueang"),
             ("ราชเทวี", "ratchathewi"), ("ลาดพร้าว", "latphrao"), ("วัฒนา", "watthana"), ("บางแค", "bangkhae"),
             ("หลักสี่", "laksi"), ("สายไหม", "saimai"), ("คันนายาว", "khannayao"), ("สะพานสูง", "saphansung"),
             ("วังทองหลาง", "wangthonglang"), ("คลองสามวา", "khlongsamwa"), ("บางนา", "bangna"), ("ทวีวัฒนา", "thawiwatthana"),
             ("ทุ่งครุ", "thungkhru"), ("บางบอน", "bangbon")]
AGENCIES = ["สำนักปลัดกรุงเทพมหานคร", "สำนักการคลัง", "สำนักการโยธา", "สำนักการระบายน้ำ", "สำนักสิ่งแวดล้อม",
            "สำนักเทศกิจ", "สำนักการศึกษา", "สำนักอนามัย", "สำนักการแพทย์", "สำนักพัฒนาสังคม",
            "สำนักวัฒนธรรม กีฬาและการท่องเที่ยว", "สำนักการวางผังและพัฒนาเมือง", "สำนักการจราจรและขนส่ง",
            "สำนักป้องกันและบรรเทาสาธารณภัย", "สำนักยุทธศาสตร์และประเมินผล", "สำนักงาน ก.ก.",
            "สำนักงานตรวจสอบภายใน", "สำนักงานประชาสัมพันธ์", "สำนักงานกฎหมายและคดี", "สำนักงานเลขานุการสภากรุงเทพมหานคร"]
EXTERNAL = [("Traffy Fondue แจ้งปัญหาเมือง", "https://traffy.in.th/?page_id=27351"),
            ("BMA OSS ขออนุญาตออนไลน์", "https://oss.bangkok.go.th/"),
            ("BMA Q จองคิวล่วงหน้า", "https://q.bangkok.go.th/"),
            ("ระบบ e-GP กรมบัญชีกลาง", "https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch"),
            ("ระบบเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง กทม. (e-GPBMA)", "https://www.bangkok.go.th/procurement"),
            ("สำนักงาน ป.ป.ช.", "https://www.nacc.go.th/"),
            ("ศูนย์ดำรงธรรม", "https://www.damrongdham.moi.go.th/"),
            ("ราชกิจจานุเบกษา", "https://ratchakitcha.soc.go.th/"),
            ("Bangkok Open Data", "https://data.bangkok.go.th/"),
            ("กรุงเทพมหานคร", "https://www.bangkok.go.th/")]

TAGS = [("activity", "กิจกรรม"), ("announce", "ประกาศ"), ("community", "ชุมชน"), ("environment", "สิ่งแวดล้อม"),
        ("ita", "ITA"), ("procurement", "จัดซื้อจัดจ้าง"), ("school", "โรงเรียน")]
TAGTH = dict(TAGS)

# ---------------------------------------------------------------- page frame
MENU = [("/", "หน้าแรก"), ("/about/", "เกี่ยวกับเขต"), ("/news/", "ข่าวประชาสัมพันธ์"), ("/service/", "บริการประชาชน"),
        ("/finance/", "การเงินการคลัง"), ("/procurement/", "จัดซื้อจัดจ้าง"), ("/integrity/", "ต่อต้านการทุจริต"),
        ("/education/", "การศึกษา"), ("/calendar/2568-07.html", "ปฏิทินกิจกรรม"), ("/ita/", "ITA"), ("/m/", "มือถือ")]


def build_footer():
    cols = []
    cols.append(("สำนักงานเขตในกรุงเทพมหานคร",
                 [(f"https://webportal.bangkok.go.th/{s}", f"เขต{n}") for n, s in DISTRICTS if s != "bangbon"]))
    cols.append(("หน่วยงานในสังกัดกรุงเทพมหานคร",
                 [(f"https://www.bangkok.go.th/agency/{i + 1:02d}", a) for i, a in enumerate(AGENCIES)]))
    cols.append(("ลิงก์ที่เกี่ยวข้อง", [(u, t) for t, u in EXTERNAL]))
    site = [("/about/history.html", "ประวัติเขต"), ("/about/structure.html", "โครงสร้างส่วนราชการ"),
            ("/about/executives.html", "ผู้บริหาร"), ("/about/duty.html", "อำนาจหน้าที่"),
            ("/about/contact.html", "ติดต่อเรา"), ("/about/laws/", "กฎหมายที่เกี่ยวข้อง"),
            ("/about/policy/", "นโยบายและแผน"), ("/about/plan/", "แผนและผลการปฏิบัติราชการ"),
            ("/about/manuals/", "คู่มือการปฏิบัติงาน"), ("/about/hr/", "การบริหารงานบุคคล"),
            ("/service/", "บริการประชาชน"), ("/service/guide/", "คู่มือสำหรับประชาชน"),
            ("/service/permits/", "การขออนุญาต"), ("/finance/", "การเงินการคลัง"),
            ("/finance/tax/", "สถิติภาษี"), ("/finance/revenue/", "สถิติรายได้"),
            ("/finance/budget/", "งบประมาณ"), ("/finance/budget-plan/", "แผนการใช้จ่ายงบประมาณ"),
            ("/procurement/", "จัดซื้อจัดจ้าง"), ("/procurement/announce/", "ประกาศจัดซื้อจัดจ้าง"),
            ("/procurement/summary/", "สรุปผลจัดซื้อจัดจ้าง"), ("/integrity/", "ต่อต้านการทุจริต"),
            ("/integrity/complaint/", "ร้องเรียนการทุจริต"), ("/integrity/no-gift.html", "No Gift Policy"),
            ("/education/", "การศึกษา"), ("/ita/", "ITA"), ("/ita/2567/", "ITA 2567"),
            ("/news/", "ข่าวทั้งหมด"), ("/news/?sort=oldest", "ข่าวเก่าสุด"), ("/news/?sort=title", "เรียงตามชื่อ"),
            ("/m/", "เว็บไซต์สำหรับมือถือ"), ("/?print=1", "พิมพ์หน้าแรก"),
            ("/webboard/", "เว็บบอร์ด"), ("/faq.php", "คำถามที่พบบ่อย"), ("/english/", "English")]
    site += [(f"/news/?page={i}", f"ข่าวหน้า {i}") for i in range(2, 31)]
    site += [(f"/tag/{s}/", f"แท็ก {t}") for s, t in TAGS]
    site += [(f"/tag/{a}+{b}/", f"{TAGTH[a]}+{TAGTH[b]}") for a, b in itertools.combinations([s for s, _ in TAGS], 2)][:21]
    site += [(f"/calendar/{y + 543}-{m:02d}.html", f"ปฏิทิน {MONTHS_AB[m - 1]} {th(str(y + 543)[2:])}") for y, m in fy_months(2568)]
    site += [(f"/calendar/{y + 543}-{m:02d}.html", f"ปฏิทิน {MONTHS_AB[m - 1]} {str(y + 543)[2:]}") for y, m in fy_months(2567)]
    cols.append(("แผนผังเว็บไซต์", site))
    out = ['<footer class="big"><div class="fcols">']
    n = 0
    for head, links in cols:
        out.append(f'<div class="fcol"><h4>{head}</h4><p>')
        for u, t in links:
            out.append(f'<a href="{u}">{t}</a>')
            n += 1
        out.append("</p></div>")
    out.append(f'</div><p class="addr">{DIST} {ADDRESS} โทร 02-416-8400 โทรสาร 02-416-8499 '
               f'อีเมล bangbon@bangkok.go.th</p><p class="cp">© ๒๕๖๘ {DIST} กรุงเทพมหานคร</p></footer>')
    return "\n".join(out), n


FOOTER, FOOTER_N = build_footer()
CSS = """body{font-family:Tahoma,'Garuda',sans-serif;margin:0;color:#222;font-size:14px}
header{background:#0b5e3c;color:#fff;padding:8px 16px}header a{color:#fff}
nav.top a{margin-right:12px}.wrap{max-width:1100px;margin:auto;padding:12px}
.crumb{font-size:12px;color:#666}.crumb a{color:#0b5e3c}
table.t{border-collapse:collapse;width:100%}table.t td,table.t th{border:1px solid #ccc;padding:4px}
footer.big{background:#f1f1f1;font-size:11px;padding:10px}.fcols{display:flex;flex-wrap:wrap}
.fcol{width:25%}.fcol ul{padding-left:14px;margin:0}.cal td{width:14%;height:40px;vertical-align:top;border:1px solid #ddd}
.tools{float:right;font-size:12px}"""


def page(path, title, body, crumbs=None, extra_head="", footer=True, sid=None):
    crumbs = crumbs or []
    cr = ' &rsaquo; '.join(['<a href="/">หน้าแรก</a>'] + [f'<a href="{u}">{t}</a>' if u else t for u, t in crumbs])
    menu = " ".join(f'<a href="{u}{("?sid=" + sid) if (sid and u not in ("/", "/m/")) else ""}">{t}</a>' for u, t in MENU)
    pr = path if path.endswith(".html") else path
    html = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{title} | {DIST}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.css">{extra_head}</head>
<body><header><div class="wrap"><a href="/"><b>{DIST}</b></a> กรุงเทพมหานคร
<nav class="top">{menu}</nav></div></header>
<div class="wrap"><div class="tools"><a href="{pr}?print=1">พิมพ์</a> | <a href="/m/">มือถือ</a> | ขนาดอักษร <a href="{pr}?fs=l">ก+</a> <a href="{pr}?fs=s">ก-</a></div>
<div class="crumb">{cr}</div>
<h1>{title}</h1>
{body}
</div>
{FOOTER if footer else ''}
</body></html>"""
    w(path, html)


def ul(items):
    out = []
    for it in items:
        extra = (" " + it[2]) if len(it) > 2 else ""
        out.append(f'<li><a href="{it[0]}">{it[1]}</a>{extra}</li>')
    return "<ul>" + "".join(out) + "</ul>"


# ---------------------------------------------------------------- images
def font(size, bold=False):
    return ImageFont.truetype(FONT_DIR + ("Garuda-Bold.ttf" if bold else "Garuda.ttf"), size)


def org_chart():
    img = Image.new("RGB", (1000, 520), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([380, 20, 620, 80], outline="#0b5e3c", width=3)
    d.text((400, 35), "ผู้อำนวยการเขตบางบอน", fill="black", font=font(18, True))
    d.rectangle([380, 110, 620, 160], outline="#0b5e3c", width=2)
    d.text((395, 120), "ผู้ช่วยผู้อำนวยการเขต (๒)", fill="black", font=font(16))
    d.line([500, 80, 500, 110], fill="black", width=2)
    d.line([500, 160, 500, 200], fill="black", width=2)
    d.line([60, 200, 940, 200], fill="black", width=2)
    for i, (_, name, _, _) in enumerate(DIVS):
        x = 20 + (i % 5) * 196
        y = 230 + (i // 5) * 140
        d.line([x + 90, 200 if i < 5 else 340, x + 90, y], fill="black", width=1)
        d.rectangle([x, y, x + 180, y + 90], outline="#0b5e3c", width=2)
        rest = name[len("ฝ่าย"):]
        parts = rest.split("และ", 1)
        d.text((x + 8, y + 8), "ฝ่าย", fill="black", font=font(16, True))
        d.text((x + 8, y + 36), parts[0], fill="black", font=font(13))
        if len(parts) > 1:
            d.text((x + 8, y + 58), "และ" + parts[1], fill="black", font=font(13))
    d.text((20, 490), "โครงสร้างส่วนราชการ สำนักงานเขตบางบอน (ข้อมูล ณ มิถุนายน ๒๕๖๘)", fill="#444", font=font(14))
    buf = os.path.join(SITE, "images/org/structure-2568.png")
    os.makedirs(os.path.dirname(buf), exist_ok=True)
    img.save(buf, optimize=True)


def photo(path, initials, color):
    img = Image.new("RGB", (160, 200), color)
    d = ImageDraw.Draw(img)
    d.ellipse([45, 30, 115, 100], fill="#f2d3b1")
    d.rectangle([30, 110, 130, 200], fill="#1f3b63")
    d.text((60, 150), initials, fill="white", font=font(22, True))
    full = os.path.join(SITE, path.lstrip("/"))
    os.makedirs(os.path.dirname(full), exist_ok=True)
    img.save(full, optimize=True)


# ---------------------------------------------------------------- news
ROADS = ["ถนนเอกชัย", "ถนนบางบอน 1", "ถนนบางบอน 3", "ถนนบางบอน 5", "ถนนกาญจนาภิเษก", "ซอยเอกชัย 131", "ซอยกำนันแม้น 36"]
COMMS = ["ชุมชนหมู่บ้านบางบอนวิลล์", "ชุมชนคลองหนองใหญ่", "ชุมชนวัดโพธิ์แตงใต้", "ชุมชนร่วมใจพัฒนา", "ชุมชนเอกชัยสามัคคี",
         "ชุมชนบ้านสวนบางบอน", "ชุมชนคลองบางโบสถ์"]
SCHOOLS = ["โรงเรียนวัดบางบอน", "โรงเรียนวัดกำแพง (ราษฎร์บำรุง)", "โรงเรียนคลองหนองใหญ่", "โรงเรียนวัดสีสุก",
           "โรงเรียนบ้านบางบอน"]
CANALS = ["คลองบางบอน", "คลองหนองใหญ่", "คลองบางโบสถ์", "คลองวัดสีสุก"]
TOPICS = [
    ("ลงพื้นที่ตรวจความเรียบร้อยทางเท้าและผิวจราจร {road}", ["activity"]),
    ("จัดกิจกรรม Big Cleaning Day ร่วมกับ{comm}", ["activity", "environment", "community"]),
    ("ประชุมคณะกรรมการ{comm} ประจำเดือน{month}", ["community"]),
    ("ประกาศ เรื่อง กำหนดการรับชำระภาษีที่ดินและสิ่งปลูกสร้าง", ["announce"]),
    ("ผู้อำนวยการเขตตรวจเยี่ยม{school} ติดตามโครงการอาหารกลางวัน", ["school", "activity"]),
    ("ประกาศผู้ชนะการเสนอราคา งานซ่อมแซมผิวจราจร {road}", ["announce", "procurement"]),
    ("กิจกรรมรณรงค์ไม่รับของขวัญ (No Gift Policy) แก่บุคลากร", ["ita", "activity"]),
    ("ฉีดพ่นหมอกควันกำจัดยุงลาย ป้องกันไข้เลือดออก {comm}", ["environment", "community"]),
    ("ขุดลอก{canal} เตรียมรับมือฤดูฝน", ["environment", "activity"]),
    ("ประชุมชี้แจงแนวทางการประเมินคุณธรรมและความโปร่งใส (ITA)", ["ita"]),
    ("จัดระเบียบผู้ค้าหาบเร่แผงลอย บริเวณ{road}", ["activity"]),
    ("อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน (อปพร.) {comm}", ["community", "activity"]),
    ("{school} จัดกิจกรรมวันไหว้ครู ผู้บริหารเขตร่วมงาน", ["school"]),
    ("ประกาศประกวดราคาจ้างก่อสร้างเขื่อนริม{canal}", ["announce", "procurement"]),
    ("ปลูกต้นไม้ล้านต้น ณ สวนสาธารณะริม{canal}", ["environment", "activity"]),
]


def build_news():
    arts = []
    d = date(2025, 7, 14)
    for i in range(200):
        aid = 2500 - i
        tpl, tags = TOPICS[(i * 7 + 3) % len(TOPICS)]
        title = tpl.format(road=ROADS[i % len(ROADS)], comm=COMMS[i % len(COMMS)], school=SCHOOLS[i % len(SCHOOLS)],
                           canal=CANALS[i % len(CANALS)], month=MONTHS[d.month - 1])
        arts.append({"id": aid, "date": d, "title": title, "tags": list(tags)})
        d -= timedelta(days=3 + (i % 3))
    # special article for O14 trap (community subsidy training, no subsidy data)
    sp = arts[67]
    sp["title"] = "ฝ่ายพัฒนาชุมชนฯ อบรมการเขียนโครงการขอรับเงินอุดหนุนชุมชน ประจำปีงบประมาณ ๒๕๖๘"
    sp["tags"] = ["community", "activity"]
    sp["special"] = "subsidy"
    return arts


ARTS = build_news()
ART_BY_ID = {a["id"]: a for a in ARTS}


def art_url(a):
    return f"/news/n-{a['id']}.html"


def art_body(a):
    d = a["date"]
    if a.get("special") == "subsidy":
        return (f"<p>วันที่ {thdate(d, True)} ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม {DIST} จัดอบรมให้ความรู้แก่คณะกรรมการชุมชน "
                f"จำนวน ๓๔ ชุมชน เรื่อง การเขียนโครงการเพื่อขอรับเงินอุดหนุนชุมชน ตามระเบียบกรุงเทพมหานครว่าด้วยชุมชน "
                f"โดยมีนางสาวกัลยา ทองดี หัวหน้าฝ่ายพัฒนาชุมชนและสวัสดิการสังคม เป็นวิทยากร</p>"
                f"<p>ผู้เข้าอบรมได้ฝึกจัดทำแบบเสนอโครงการ การจัดทำบัญชีรับจ่าย และการรายงานผล "
                f"ทั้งนี้ ชุมชนที่ประสงค์ขอรับการสนับสนุนสามารถยื่นโครงการได้ที่ฝ่ายพัฒนาชุมชนฯ ภายในเดือนถัดไป</p>")
    extra = ""
    if "school" in a["tags"]:
        extra = f"<p>ทั้งนี้ {SCHOOLS[a['id'] % len(SCHOOLS)]} เป็นโรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขตบางบอน</p>"
    return (f"<p>เมื่อวันที่ {thdate(d)} {DIRECTOR[0]} ผู้อำนวยการเขตบางบอน มอบหมายให้เจ้าหน้าที่"
            f"{DIVS[a['id'] % 10][1]} ดำเนินการ{a['title']} เพื่อให้ประชาชนในพื้นที่ได้รับความสะดวกและปลอดภัย</p>"
            f"<p>การดำเนินงานครั้งนี้เป็นไปตามแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. {th(2568 if d >= date(2024, 10, 1) else 2567)} "
            f"ของสำนักงานเขต โดยมีประชาชนและภาคีเครือข่ายเข้าร่วมกิจกรรม</p>{extra}")


def gen_news():
    per = 5
    pages = [ARTS[i:i + per] for i in range(0, len(ARTS), per)]
    npages = len(pages)
    files = {}

    def listing(items, pno, sort=None):
        rows = "".join(
            f'<div class="item"><a href="{art_url(a)}">{a["title"]}</a><br><small>{thdate(a["date"], True, True)} · '
            + " ".join(f'<a href="/tag/{t}/">#{TAGTH[t]}</a>' for t in a["tags"]) + "</small></div>" for a in items)
        pag = []
        if pno > 1:
            pag.append(f'<a href="/news/?page={pno - 1}">&laquo; ก่อนหน้า</a>')
        for k in range(max(1, pno - 4), min(npages, pno + 4) + 1):
            pag.append(f"<b>{k}</b>" if k == pno else f'<a href="/news/?page={k}">{k}</a>')
        if pno < npages:
            pag.append(f'<a href="/news/?page={pno + 1}">ถัดไป &raquo;</a>')
        pag.append(f'<a href="/news/?page={npages}">หน้าสุดท้าย</a>')
        sorts = (f'เรียง: <a href="/news/?page={pno}&amp;sort=newest">ใหม่สุด</a> | '
                 f'<a href="/news/?page={pno}&amp;sort=oldest">เก่าสุด</a> | <a href="/news/?page={pno}&amp;sort=title">ชื่อเรื่อง</a>')
        return (f"<p>{sorts}</p>{rows}<p class='pg'>{' '.join(pag)}</p>"
                f"<p>หน้า {pno} จาก {npages} (ทั้งหมด {len(ARTS)} รายการ)</p>")

    for pno, items in enumerate(pages, 1):
        body = listing(items, pno)
        if pno == 1:
            page("/news/", "ข่าวประชาสัมพันธ์และผลการดำเนินงาน", body, [(None, "ข่าวประชาสัมพันธ์")])
        rel = f"news/p/{pno}.html"
        page("/" + rel, f"ข่าวประชาสัมพันธ์ (หน้า {pno})", body, [("/news/", "ข่าวประชาสัมพันธ์"), (None, f"หน้า {pno}")])
        files[f"/news/?page={pno}"] = rel
        # sorted duplicate: oldest first
        # sorted duplicate (oldest first): the CMS answers with the mirror page of the list
        files[f"/news/?page={npages + 1 - pno}&sort=oldest"] = rel
    for a in ARTS:
        sid = hashlib.md5(str(a["id"]).encode()).hexdigest()[:16]
        pno = (2500 - a["id"]) // per + 1
        tags = " ".join(f'<a href="/tag/{t}/">#{TAGTH[t]}</a>' for t in a["tags"])
        combo = "+".join(sorted(a["tags"]))
        img = ""
        body = (f"<p><small>โพสต์เมื่อ {thdate(a['date'], True)} · ผู้ดูแล: กลุ่มงานประชาสัมพันธ์ · อ่าน {th(120 + a['id'] % 300)} ครั้ง</small></p>"
                f"{img}{art_body(a)}<p>แท็ก: {tags} · <a href=\"/tag/{combo}/\">ข่าวที่มีแท็กเดียวกัน</a></p>"
                f'<p><a href="/news/?sid={sid}&amp;page={pno}">&laquo; กลับหน้ารายการข่าว</a> | '
                f'<a href="{art_url(a)}?print=1">ฉบับพิมพ์</a> | <a href="/m/news/">อ่านบนมือถือ</a></p>')
        prev_a = ART_BY_ID.get(a["id"] - 1)
        next_a = ART_BY_ID.get(a["id"] + 1)
        nav = ""
        if next_a:
            nav += f'<a href="{art_url(next_a)}">&laquo; ข่าวใหม่กว่า</a> '
        if prev_a:
            nav += f'<a href="{art_url(prev_a)}">ข่าวก่อนหน้า &raquo;</a>'
        page(art_url(a), a["title"], body + f"<p>{nav}</p>", [("/news/", "ข่าวประชาสัมพันธ์"), (None, "รายละเอียดข่าว")])
    return files


def gen_tags():
    slugs = [s for s, _ in TAGS]
    combos = []
    for k in (1, 2, 3):
        combos += list(itertools.combinations(slugs, k))
    for combo in combos:
        items = [a for a in ARTS if all(t in a["tags"] for t in combo)][:8]
        name = " + ".join(TAGTH[t] for t in combo)
        rows = "".join(f'<li><a href="{art_url(a)}">{a["title"]}</a> <small>{thdate(a["date"], True, True)}</small></li>'
                       for a in items) or "<li>ไม่พบรายการ</li>"
        more = []
        for t in slugs:
            if t in combo:
                continue
            nc = sorted(set(combo) | {t})
            more.append(f'<a href="/tag/{"+".join(nc)}/">+{TAGTH[t]}</a>')
        if len(combo) > 1:
            for t in combo:
                nc = [x for x in combo if x != t]
                more.append(f'<a href="/tag/{"+".join(nc)}/">-{TAGTH[t]}</a>')
        path = "/tag/" + "+".join(combo) + "/"
        body = (f"<p>รายการที่ติดแท็ก: <b>{name}</b></p><ul>{rows}</ul>"
                f"<p>กรองเพิ่ม: {' '.join(more)}</p><p><a href='{path}?page=2'>หน้าถัดไป</a> | "
                f"<a href='{path}?sort=popular'>ยอดนิยม</a></p>")
        page(path, f"แท็ก: {name}", body, [("/tag/activity/", "แท็ก"), (None, name)])


def month_add(y, m, k):
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


EVENTS = {}


def gen_calendar():
    # 60 months: ต.ค. 2564 .. ก.ย. 2569 (BE)
    start = (2564, 10)
    months = [month_add(*start, k) for k in range(60)]
    ev_id = 100
    for (by, m) in months:
        key = (by, m)
        evs = []
        if (by, m) >= (2567, 10) and (by, m) <= (2568, 9):
            for day in (5, 12, 21):
                ev_id += 1
                evs.append((day, ev_id, ["ประชุมผู้บริหารเขต", "กิจกรรมจิตอาสา", "ประชุมประชาคมชุมชน"][day % 3]))
        EVENTS[key] = evs
    for i, (by, m) in enumerate(months):
        py, pm = month_add(by, m, -1)
        ny, nm = month_add(by, m, 1)
        prev_u = f"/calendar/{py}-{pm:02d}.html" if i > 0 else f"/calendar/view.html?ym={py}-{pm:02d}"
        next_u = f"/calendar/{ny}-{nm:02d}.html" if i < len(months) - 1 else f"/calendar/view.html?ym={ny}-{nm:02d}"
        ce = by - 543
        first = date(ce, m, 1)
        ndays = (date(*[(ce + (m == 12)), (m % 12) + 1, 1]) - first).days
        evmap = {d: (eid, t) for d, eid, t in EVENTS[(by, m)]}
        cells = ["<td></td>"] * first.weekday()
        for d in range(1, ndays + 1):
            ev = ""
            if d in evmap:
                eid, t = evmap[d]
                ev = f'<br><a href="/calendar/event/e-{eid}.html">{t}</a>'
            cells.append(f'<td><a href="/calendar/{by}-{m:02d}.html?day={d}">{th(d)}</a>{ev}</td>')
        rows = "".join("<tr>" + "".join(cells[k:k + 7]) + "</tr>" for k in range(0, len(cells), 7))
        body = (f'<p><a href="{prev_u}">&laquo; เดือนก่อนหน้า</a> | <a href="{next_u}">เดือนถัดไป &raquo;</a> | '
                f'<a href="/calendar/{by}-{m:02d}.html?view=week">รายสัปดาห์</a> | '
                f'<a href="/calendar/{by}-{m:02d}.html?view=list">รายการ</a> | <a href="/calendar/{by + 1}-{m:02d}.html">ปีถัดไป</a></p>'
                f'<table class="cal"><tr><th>จ</th><th>อ</th><th>พ</th><th>พฤ</th><th>ศ</th><th>ส</th><th>อา</th></tr>{rows}</table>')
        page(f"/calendar/{by}-{m:02d}.html", f"ปฏิทินกิจกรรม {MONTHS[m - 1]} {th(by)}", body, [(None, "ปฏิทินกิจกรรม")])
        for d, eid, t in EVENTS[(by, m)]:
            ebody = (f"<p>วันที่ {th(d)} {MONTHS[m - 1]} {th(by)} เวลา ๐๙.๐๐ น. ณ ห้องประชุม {DIST}</p><p>{t} ประจำเดือน{MONTHS[m - 1]}</p>"
                     f'<p><a href="/calendar/{by}-{m:02d}.html;jsessionid={hashlib.md5(str(eid).encode()).hexdigest()[:24].upper()}">กลับปฏิทิน</a> | '
                     f'<a href="/calendar/event/e-{eid}.html?ical=1">เพิ่มลงปฏิทินของฉัน</a></p>')
            page(f"/calendar/event/e-{eid}.html", t, ebody, [(f"/calendar/{by}-{m:02d}.html", "ปฏิทินกิจกรรม"), (None, t)])
    # generic template: answers any ?ym=... (static file, query ignored)
    body = ('<p id="msg">ไม่พบกิจกรรมในเดือนที่เลือก</p>'
            '<p><a id="pv" href="/calendar/view.html?ym=prev">&laquo; เดือนก่อนหน้า</a> | '
            '<a id="nx" href="/calendar/view.html?ym=next">เดือนถัดไป &raquo;</a> | '
            '<a href="/calendar/view.html?ym=next&amp;view=week">รายสัปดาห์</a></p>'
            '<script>var p=new URLSearchParams(location.search).get("ym")||"";'
            'document.getElementById("msg").textContent="ไม่พบกิจกรรมในเดือน "+p;</script>')
    page("/calendar/view.html", "ปฏิทินกิจกรรม", body, [(None, "ปฏิทินกิจกรรม")])


# ---------------------------------------------------------------- documents
def pdf_simple(path, title_lines, paras, signer=DIRECTOR, when=None, table=None, land=False):
    d = Doc(path, land=land)
    for t in title_lines:
        d.center(t, 16)
    d.gap(10)
    for p in paras:
        if p.startswith("## "):
            d.para(p[3:], bold=True)
        else:
            d.para(p, indent=0)
    if table:
        d.table(*table)
    if signer:
        d.sign(signer[0], signer[1], when)
    d.save()


def gen_docs():
    D = {}
    # O2 governor policy / BMA plan
    pdf_simple("/files/policy/governor-policy-9d.pdf",
               ["นโยบายผู้ว่าราชการกรุงเทพมหานคร", "๙ ด้าน ๙ ดี สู่การปฏิบัติระดับพื้นที่เขตบางบอน"],
               ["กรุงเทพมหานครกำหนดนโยบายการพัฒนาเมือง ๙ ด้าน ได้แก่ ปลอดภัยดี เดินทางดี สิ่งแวดล้อมดี สุขภาพดี เรียนดี "
                "เศรษฐกิจดี สร้างสรรค์ดี บริหารจัดการดี และโครงสร้างดี",
                "สำนักงานเขตบางบอนนำนโยบายดังกล่าวมาแปลงเป็นโครงการในแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๘ "
                "โดยเน้นการแก้ไขปัญหาน้ำท่วมขัง ทางเท้า ไฟส่องสว่าง และการจัดการขยะในชุมชน",
                "## ความเชื่อมโยงกับแผนพัฒนากรุงเทพมหานคร",
                "แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๓ (พ.ศ. ๒๕๖๖ - ๒๕๗๐) และแผนปฏิบัติราชการกรุงเทพมหานคร "
                "ประจำปี พ.ศ. ๒๕๖๘ เป็นกรอบในการจัดทำแผนของสำนักงานเขต"],
               signer=None)
    pdf_simple("/files/policy/bma-dev-plan-phase3-summary.pdf",
               ["สรุปสาระสำคัญ", "แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๓ (พ.ศ. ๒๕๖๖ - ๒๕๗๐)",
                "และแผนปฏิบัติราชการกรุงเทพมหานคร ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"],
               ["มิติที่ ๑ มหานครปลอดภัย  มิติที่ ๒ มหานครสีเขียว สะดวกสบาย  มิติที่ ๓ มหานครสำหรับทุกคน "
                "มิติที่ ๔ มหานครกระชับ  มิติที่ ๕ มหานครแห่งประชาธิปไตย  มิติที่ ๖ มหานครแห่งเศรษฐกิจและการเรียนรู้ "
                "มิติที่ ๗ การบริหารจัดการเมืองมหานคร",
                "สำนักงานเขตบางบอนรับผิดชอบตัวชี้วัดระดับพื้นที่ จำนวน ๒๗ ตัวชี้วัด ตามที่สำนักยุทธศาสตร์และประเมินผลกำหนด"],
               signer=None)
    # O5 action plan 2568 / annual report 2567 (+ archive)
    rows = [[th(i + 1), p, d_, th(b), per] for i, (p, d_, b, per) in enumerate([
        ("โครงการปรับปรุงทางเท้าถนนเอกชัย", "ฝ่ายโยธา", "4,850,000", "ต.ค. 67 - ก.ย. 68"),
        ("โครงการขุดลอกคูคลองและเปิดทางระบายน้ำ", "ฝ่ายโยธา", "1,200,000", "ธ.ค. 67 - พ.ค. 68"),
        ("โครงการคัดแยกขยะต้นทาง (ไม่เทรวม)", "ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "350,000", "ต.ค. 67 - ก.ย. 68"),
        ("โครงการจัดระเบียบผู้ค้าหาบเร่แผงลอย", "ฝ่ายเทศกิจ", "120,000", "ต.ค. 67 - ก.ย. 68"),
        ("โครงการส่งเสริมคุณธรรมและความโปร่งใส", "ฝ่ายปกครอง", "80,000", "ม.ค. 68 - ส.ค. 68"),
        ("โครงการพัฒนาศักยภาพคณะกรรมการชุมชน", "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "240,000", "ก.พ. 68 - มิ.ย. 68"),
        ("โครงการตรวจสุขลักษณะสถานประกอบการอาหาร", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "60,000", "ต.ค. 67 - ก.ย. 68"),
    ])]
    pdf_simple("/files/plan/2568/action-plan-2568.pdf",
               ["แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๘", DIST],
               ["แผนปฏิบัติราชการฉบับนี้จัดทำขึ้นให้สอดคล้องกับแผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๓ "
                "และนโยบายผู้ว่าราชการกรุงเทพมหานคร โดยมีโครงการ/กิจกรรม งบประมาณ และผู้รับผิดชอบ ดังนี้"],
               when="ประกาศ ณ วันที่ ๒๕ ตุลาคม ๒๕๖๗",
               table=(["ลำดับ", "โครงการ/กิจกรรม", "ผู้รับผิดชอบ", "งบประมาณ (บาท)", "ระยะเวลา"], rows, [7, 40, 25, 13, 15]))
    pdf_simple("/files/plan/2567/annual-report-2567.pdf",
               ["รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗", DIST, "(๑ ตุลาคม ๒๕๖๖ - ๓๐ กันยายน ๒๕๖๗)"],
               ["สำนักงานเขตบางบอนดำเนินโครงการตามแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗ จำนวน ๓๒ โครงการ "
                "ดำเนินการแล้วเสร็จ ๓๐ โครงการ คิดเป็นร้อยละ ๙๓.๗๕ ใช้จ่ายงบประมาณรวม ๔๑,๒๕๐,๖๐๐ บาท",
                "## ผลการดำเนินงานตามตัวชี้วัดที่สำคัญ",
                "๑. ร้อยละของถนนและทางเท้าที่ได้รับการซ่อมแซม ร้อยละ ๙๑  ๒. ปริมาณขยะที่ลดลง ร้อยละ ๖.๒  "
                "๓. จำนวนชุมชนที่ได้รับการพัฒนาศักยภาพ ๓๔ ชุมชน",
                "## ปัญหาอุปสรรคและข้อเสนอแนะ",
                "งบประมาณได้รับจัดสรรล่าช้าในไตรมาสแรก และฝนตกหนักต่อเนื่องทำให้งานก่อสร้างบางโครงการล่าช้า "
                "เสนอให้วางแผนจัดซื้อจัดจ้างล่วงหน้าตั้งแต่ต้นปีงบประมาณ"],
               when="๓๐ ตุลาคม ๒๕๖๗")
    pdf_simple("/files/plan/2567/action-plan-2567.pdf", ["แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗", DIST],
               ["แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ประกอบด้วยโครงการ ๓๒ โครงการ งบประมาณรวม ๔๓,๙๘๐,๐๐๐ บาท"],
               when="๒๗ ตุลาคม ๒๕๖๖")
    pdf_simple("/files/plan/2566/annual-report-2566.pdf",
               ["รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๖", DIST],
               ["ดำเนินโครงการแล้วเสร็จ ๒๘ โครงการ จาก ๓๐ โครงการ"], when="๓๑ ตุลาคม ๒๕๖๖")
    # O6 manuals per division
    for slug, name, head, tel in DIVS:
        pdf_simple(f"/files/manuals/{slug}-manual-2568.pdf",
                   ["คู่มือการปฏิบัติงาน", f"{name} {DIST}", "ฉบับปรับปรุง พ.ศ. ๒๕๖๘"],
                   ["## ๑. วัตถุประสงค์", f"เพื่อให้เจ้าหน้าที่{name}ปฏิบัติงานเป็นไปในแนวทางเดียวกัน ถูกต้องตามระเบียบ และมีมาตรฐาน",
                    "## ๒. ขอบเขตงาน", f"ครอบคลุมภารกิจหลักของ{name} ตั้งแต่การรับเรื่อง การตรวจสอบ การพิจารณา จนถึงการแจ้งผล",
                    "## ๓. ขั้นตอนการปฏิบัติงาน", "รับเรื่อง ๑ วัน / ตรวจสอบเอกสาร ๑ วัน / เสนอผู้มีอำนาจพิจารณา ๓ วัน / แจ้งผล ๑ วัน",
                    "## ๔. ผู้รับผิดชอบ", f"{head} หัวหน้า{name} โทร {th(tel)}"], signer=None)
    # O7 public service guides
    GUIDES = [("s-01", "การแจ้งเกิด แจ้งตาย และย้ายที่อยู่", "ฝ่ายทะเบียน"),
              ("s-02", "การขอมีบัตรประจำตัวประชาชน", "ฝ่ายทะเบียน"),
              ("s-03", "การขออนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร", "ฝ่ายโยธา"),
              ("s-04", "การขอรับใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล"),
              ("s-05", "การชำระภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย", "ฝ่ายรายได้"),
              ("s-06", "การขอรับเบี้ยยังชีพผู้สูงอายุและคนพิการ", "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม")]
    for slug, name, div in GUIDES:
        pdf_simple(f"/files/service/{slug}.pdf", ["คู่มือสำหรับประชาชน", f"งาน{name}", f"หน่วยงานที่ให้บริการ: {div} {DIST}"],
                   ["## ช่องทางการให้บริการ", f"สถานที่: {DIST} {ADDRESS} วันจันทร์ถึงวันศุกร์ เวลา ๐๘.๓๐ - ๑๖.๓๐ น.",
                    "## ขั้นตอน ระยะเวลา และส่วนงานที่รับผิดชอบ",
                    "๑. ยื่นคำขอและตรวจสอบเอกสาร (๑๕ นาที)  ๒. พิจารณา (ตามที่กฎหมายกำหนด)  ๓. แจ้งผล",
                    "## รายการเอกสารหลักฐานประกอบ", "บัตรประจำตัวประชาชน ทะเบียนบ้าน และเอกสารอื่นตามประเภทคำขอ",
                    "## ค่าธรรมเนียม", "ตามกฎกระทรวง/ข้อบัญญัติกรุงเทพมหานคร",
                    "## ช่องทางการร้องเรียน", "ศูนย์รับเรื่องร้องเรียน กทม. ๑๕๕๕ หรือ Traffy Fondue"], signer=None)
    D["guides"] = GUIDES
    # O11 permit checklists
    PERMITS = [("building", "การขออนุญาตก่อสร้างอาคาร (แบบ ข.๑)",
                ["คำขอตามแบบ ข.๑", "สำเนาโฉนดที่ดิน", "แบบแปลนและรายการคำนวณ", "หนังสือรับรองผู้ออกแบบ (ภาคีวิศวกร/สถาปนิก)",
                 "หนังสือยินยอมให้ปลูกสร้างชิดเขต (ถ้ามี)", "ตรวจสอบระยะร่นตามผังเมืองรวม"]),
               ("food", "การขออนุญาตจัดตั้งสถานที่จำหน่ายอาหาร",
                ["คำขอรับใบอนุญาต (แบบ สอ.๑)", "สำเนาบัตรประจำตัวประชาชน", "แผนที่ตั้งสถานประกอบการ",
                 "ใบรับรองแพทย์ผู้สัมผัสอาหาร", "ผลตรวจสุขลักษณะตามแบบตรวจ ๑๕ ข้อ"]),
               ("signage", "การขออนุญาตติดตั้งป้ายโฆษณา",
                ["คำขออนุญาตติดตั้งป้าย", "แบบแปลนป้ายและโครงสร้าง", "หนังสือยินยอมเจ้าของอาคาร", "ใบอนุญาตก่อสร้าง (กรณีป้ายขนาดใหญ่)"])]
    for slug, name, items in PERMITS:
        pdf_simple(f"/files/permits/checklist-{slug}.pdf",
                   ["รายการตรวจสอบ (Checklist)", f"ประกอบการพิจารณา{name}", DIST],
                   ["เจ้าหน้าที่ใช้รายการตรวจสอบนี้ในการพิจารณาคำขอทุกราย และแจ้งผู้ยื่นคำขอทราบกรณีเอกสารไม่ครบ"],
                   signer=None,
                   table=(["ข้อ", "รายการที่ตรวจสอบ", "มี", "ไม่มี", "หมายเหตุ"],
                          [[th(i + 1), it, "☐", "☐", ""] for i, it in enumerate(items)], [6, 60, 8, 8, 18]))
    D["permits"] = PERMITS
    # O9 tax statistics (2566, 2567 only)
    for fy, tot in ((2566, "118,420,315.50"), (2567, "124,915,220.75")):
        rows = []
        for (y, m) in fy_months(fy):
            land = 4_200_000 + ((y * 13 + m * 7) % 50) * 91_000 + (6_000_000 if m in (4, 5) else 0)
            sign = 520_000 + ((y + m * 3) % 20) * 12_500 + (900_000 if m == 3 else 0)
            rows.append([f"{MONTHS_AB[m - 1]} {th(y + 543)}", f"{land:,.2f}", f"{sign:,.2f}", f"{land + sign:,.2f}"])
        pdf_simple(f"/files/finance/tax-stat-{fy}.pdf",
                   ["สถิติการจัดเก็บภาษี", f"ประจำปีงบประมาณ พ.ศ. {th(fy)}", f"ฝ่ายรายได้ {DIST}"],
                   [f"ยอดรวมทั้งปี {th(tot)} บาท"], signer=None,
                   table=(["เดือน", "ภาษีที่ดินและสิ่งปลูกสร้าง (บาท)", "ภาษีป้าย (บาท)", "รวม (บาท)"], rows, [20, 30, 25, 25]))
    # O10 revenue statistics xlsx (2568 + 2567)
    for fy, upto in ((2568, 9), (2567, 12)):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = f"รายได้ปีงบ {fy}"
        ws.append([f"สถิติการจัดเก็บรายได้ {DIST} ประจำปีงบประมาณ พ.ศ. {fy}"])
        ws.append(["ข้อมูล ณ วันที่ 4 กรกฎาคม 2568" if fy == 2568 else "ข้อมูล ณ วันที่ 30 กันยายน 2567"])
        ws.append(["เดือน", "ค่าธรรมเนียมใบอนุญาต", "ค่าธรรมเนียมเก็บขนขยะ", "ค่าปรับ", "รายได้เบ็ดเตล็ด", "รวม"])
        for (y, m) in fy_months(fy)[:upto]:
            a = 180_000 + ((y * 5 + m * 11) % 30) * 4_250
            b = 410_000 + ((y + m * 17) % 25) * 3_100
            c = 35_000 + (m * 2_350)
            e = 12_000 + ((m * 7) % 9) * 1_500
            ws.append([f"{MONTHS[m - 1]} {y + 543}", a, b, c, e, a + b + c + e])
        ws.append(["ที่มา: ฝ่ายรายได้และฝ่ายการคลัง สำนักงานเขตบางบอน"])
        full = os.path.join(SITE, f"files/finance/revenue-stat-{fy}.xlsx")
        os.makedirs(os.path.dirname(full), exist_ok=True)
        wb.save(full)
        fix_zip(full)
    # O13 budget spending plan 2568 + "annual report" that is actually FY2566
    q = [["ไตรมาส ๑ (ต.ค. - ธ.ค. ๖๗)", "9,850,000", "22.4"], ["ไตรมาส ๒ (ม.ค. - มี.ค. ๖๘)", "12,300,000", "27.9"],
         ["ไตรมาส ๓ (เม.ย. - มิ.ย. ๖๘)", "11,200,000", "25.5"], ["ไตรมาส ๔ (ก.ค. - ก.ย. ๖๘)", "10,640,000", "24.2"]]
    pdf_simple("/files/finance/budget-plan-2568.pdf",
               ["แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๘", DIST],
               ["งบประมาณรายจ่ายที่ได้รับจัดสรรทั้งสิ้น ๔๓,๙๙๐,๐๐๐ บาท แผนการใช้จ่ายจำแนกรายไตรมาสดังนี้"],
               when="๑๕ พฤศจิกายน ๒๕๖๗", table=(["ช่วงเวลา", "แผนการใช้จ่าย (บาท)", "ร้อยละ"], q, [45, 35, 20]))
    pdf_simple("/files/finance/budget-plan-2567.pdf",
               ["แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๗", DIST],
               ["งบประมาณรายจ่ายที่ได้รับจัดสรรทั้งสิ้น ๔๒,๕๐๐,๐๐๐ บาท"], when="๒๐ พฤศจิกายน ๒๕๖๖")
    pdf_simple("/files/finance/budget-report.pdf",
               ["รายงานผลการใช้จ่ายงบประมาณประจำปี", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", DIST],
               ["ผลการเบิกจ่ายงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๖ (๑ ตุลาคม ๒๕๖๕ - ๓๐ กันยายน ๒๕๖๖) "
                "เบิกจ่ายทั้งสิ้น ๓๘,๗๑๔,๒๒๐ บาท คิดเป็นร้อยละ ๙๔.๑๒ ของงบประมาณที่ได้รับจัดสรร",
                "## ปัญหาอุปสรรค", "การเบิกจ่ายงบลงทุนล่าช้าเนื่องจากผู้รับจ้างส่งมอบงานไม่ตรงตามกำหนด",
                "## ข้อเสนอแนะ", "เร่งรัดการจัดทำร่างขอบเขตของงานตั้งแต่ไตรมาสแรก"], when="๓๑ ตุลาคม ๒๕๖๖",
               table=(["งบรายจ่าย", "ได้รับจัดสรร (บาท)", "เบิกจ่าย (บาท)", "ร้อยละ"],
                      [["งบบุคลากร", "21,300,000", "21,120,400", "99.15"], ["งบดำเนินงาน", "9,800,000", "9,402,820", "95.95"],
                       ["งบลงทุน", "8,030,000", "6,991,000", "87.06"], ["งบรายจ่ายอื่น", "2,000,000", "1,200,000", "60.00"]],
                      [30, 25, 25, 20]))
    # O14 budget ordinance + allocation 2568
    pdf_simple("/files/finance/budget-ordinance-2568-excerpt.pdf",
               ["ข้อบัญญัติกรุงเทพมหานคร", "เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "(เฉพาะส่วนของสำนักงานเขตบางบอน)"],
               ["ตามข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ สำนักงานเขตบางบอน "
                "ได้รับงบประมาณรายจ่ายจำแนกตามแผนงานดังนี้"], signer=None,
               table=(["แผนงาน", "จำนวนเงิน (บาท)"],
                      [["แผนงานบริหารทั่วไป", "22,140,000"], ["แผนงานรักษาความสะอาด", "9,610,000"],
                       ["แผนงานโยธาและระบายน้ำ", "8,300,000"], ["แผนงานพัฒนาชุมชนและสวัสดิการสังคม", "2,440,000"],
                       ["แผนงานเทศกิจ", "1,500,000"], ["รวม", "43,990,000"]], [70, 30]))
    pdf_simple("/files/finance/budget-allocation-2568.pdf",
               ["ข้อมูลงบประมาณที่ได้รับจัดสรร", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", DIST],
               ["ได้รับจัดสรรงวดที่ ๑ - ๓ รวม ๓๓,๓๕๐,๐๐๐ บาท (ข้อมูล ณ ๓๐ มิถุนายน ๒๕๖๘)"], signer=None,
               table=(["งวด", "วันที่ได้รับจัดสรร", "จำนวนเงิน (บาท)"],
                      [["๑", "๒ ต.ค. ๒๕๖๗", "11,000,000"], ["๒", "๑๐ ม.ค. ๒๕๖๘", "11,350,000"], ["๓", "๓ เม.ย. ๒๕๖๘", "11,000,000"]],
                      [20, 40, 40]))
    # O15 procurement announcements + monthly summaries
    ANN = [("a-01", "ประกาศแผนการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. ๒๕๖๘", date(2024, 11, 8)),
           ("a-02", "ประกวดราคาจ้างปรับปรุงทางเท้าถนนเอกชัย ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", date(2024, 12, 20)),
           ("a-03", "ประกาศผู้ชนะการเสนอราคา จ้างปรับปรุงทางเท้าถนนเอกชัย", date(2025, 2, 14)),
           ("a-04", "ประกวดราคาจ้างก่อสร้างเขื่อน คสล. ริมคลองหนองใหญ่ (e-bidding)", date(2025, 3, 3)),
           ("a-05", "ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างเขื่อน คสล. ริมคลองหนองใหญ่", date(2025, 4, 22)),
           ("a-06", "ประกาศเผยแพร่ราคากลาง จ้างขุดลอกคลองบางบอน", date(2025, 5, 9)),
           ("a-07", "ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุงานบ้านงานครัว โดยวิธีเฉพาะเจาะจง", date(2025, 6, 11))]
    for slug, t, dd in ANN:
        pdf_simple(f"/files/procurement/announce/{slug}.pdf", [f"ประกาศ{DIST}", t],
                   [f"ด้วย{DIST} มีความประสงค์จะดำเนินการตามรายการข้างต้น โดยดำเนินการตามพระราชบัญญัติการจัดซื้อจัดจ้าง"
                    "และการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐ ผู้สนใจสามารถดูรายละเอียดได้ที่ระบบ e-GP และเว็บไซต์สำนักงานเขต"],
                   when=f"ประกาศ ณ วันที่ {thdate(dd, True)}")
    D["ann"] = ANN
    VENDORS = ["ห้างหุ้นส่วนจำกัด ทรัพย์เจริญวัสดุ", "บริษัท บางบอนก่อสร้าง จำกัด", "ร้านสมใจเครื่องเขียน",
               "บริษัท เอกชัยการโยธา จำกัด", "ห้างหุ้นส่วนจำกัด ศรีสมบูรณ์ซัพพลาย", "ร้านรุ่งเรืองการค้า"]
    WORKS = [("ซื้อวัสดุสำนักงาน", 48_500), ("จ้างซ่อมแซมรถยนต์ส่วนกลาง", 36_200), ("ซื้อวัสดุงานบ้านงานครัว", 25_900),
             ("จ้างเหมาซ่อมแซมฝาท่อระบายน้ำ", 96_000), ("ซื้อน้ำมันเชื้อเพลิง", 72_450), ("จ้างพิมพ์เอกสารประชาสัมพันธ์", 18_000),
             ("ซื้อวัสดุไฟฟ้าและวิทยุ", 41_300)]
    HDR = ["ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อ หรือจ้าง (บาท)", "ราคากลาง (บาท)", "วิธีซื้อหรือจ้าง",
           "รายชื่อผู้เสนอราคา และราคาที่เสนอ", "ผู้ได้รับการคัดเลือก และราคาที่ตกลง", "เหตุผลที่คัดเลือก โดยสรุป",
           "เลขที่และวันที่ของสัญญา หรือข้อตกลง / เลขที่โครงการ e-GP"]

    def summary(fy, y, m, k):
        be = y + 543
        title = ["แบบ สขร.๑", f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {MONTHS[m - 1]} {th(be)}", DIST,
                 f"ประจำปีงบประมาณ พ.ศ. {th(fy)}"]
        rows = []
        if not (fy == 2568 and m == 2):
            n = 3 + (k % 3)
            for i in range(n):
                wk, base = WORKS[(k + i) % len(WORKS)]
                price = base + (k * 137 + i * 911) % 4000
                v = VENDORS[(k + 2 * i) % len(VENDORS)]
                offer = price - (k + i) % 5 * 100
                rows.append([th(i + 1), wk, f"{price:,.2f}", f"{price:,.2f}", "เฉพาะเจาะจง",
                             f"{v} / {offer:,.2f}", f"{v} / {offer:,.2f}", "เสนอราคาต่ำสุด มีคุณสมบัติ ครบถ้วน",
                             f"ใบสั่ง{'ซื้อ' if 'ซื้อ' in wk else 'จ้าง'} ที่ {th(k * 10 + i + 1)}/{th(be)} ลว. {th(3 + i * 5)} {MONTHS_AB[m - 1]} {th(str(be)[2:])} "
                             f"/ e-GP {be - 2500}{m:02d}{(k * 7919 + i * 104729) % 10000000:07d}"])
        path = f"/files/procurement/summary/{fy}/sor1-{be}-{m:02d}.pdf"
        d = Doc(path, land=True)
        for t in title:
            d.center(t, 14)
        d.gap(6)
        if rows:
            d.table(HDR, rows, [4, 16, 10, 8, 8, 15, 15, 10, 14], size=8)
        else:
            d.table(HDR, [["-", "ไม่มีการจัดซื้อจัดจ้างในเดือนนี้", "-", "-", "-", "-", "-", "-", "-"]],
                    [4, 16, 10, 8, 8, 15, 15, 10, 14], size=8)
        d.para(f"ข้อมูล ณ วันที่ {th(5)} ของเดือนถัดไป   ผู้จัดทำ: {DIVS[2][2]} หัวหน้าฝ่ายการคลัง", size=10)
        d.save()
        return path

    D["sum2568"] = []
    for k, (y, m) in enumerate(fy_months(2568)[:9]):
        D["sum2568"].append(((y, m), summary(2568, y, m, k)))
    D["sum2567"] = []
    for k, (y, m) in enumerate(fy_months(2567)):
        D["sum2567"].append(((y, m), summary(2567, y, m, k + 20)))
    # O16 HR criteria
    pdf_simple("/files/hr/hr-criteria-2568.pdf",
               ["หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", f"{DIST} ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"],
               ["## ๑. การสรรหาและคัดเลือก", "ดำเนินการตามประกาศ ก.ก. และหลักเกณฑ์ที่สำนักงาน ก.ก. กำหนด โดยเปิดเผยและเป็นธรรม",
                "## ๒. การแต่งตั้ง โยกย้าย", "พิจารณาจากความรู้ ความสามารถ ผลการปฏิบัติงาน และความเหมาะสมกับตำแหน่ง",
                "## ๓. การพัฒนาบุคลากร", "จัดทำแผนพัฒนารายบุคคล (IDP) และส่งเข้ารับการอบรมอย่างน้อยปีละ ๑ หลักสูตร",
                "## ๔. การประเมินผลการปฏิบัติงาน", "ประเมินปีละ ๒ รอบ ตามหลักเกณฑ์ ก.ก. และแจ้งผลให้ผู้รับการประเมินทราบ",
                "## ๕. การให้คุณให้โทษและสร้างขวัญกำลังใจ", "ยกย่องบุคลากรดีเด่นประจำปี และดำเนินการทางวินัยตามกฎ ก.ก."],
               when="ประกาศ ณ วันที่ ๑๔ พฤศจิกายน ๒๕๖๗")
    # O17 complaint statistics FY2568 monthly
    rows = []
    for (y, m) in fy_months(2568)[:9]:
        n = 1 if (y, m) == (2025, 1) else 0
        rows.append([f"{MONTHS[m - 1]} {th(y + 543)}", th(n), th(n), th(0), "-" if not n else "ตรวจสอบแล้ว ไม่มีมูล"])
    pdf_simple("/files/integrity/complaint-stat-2568.pdf",
               ["ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", f"{DIST} ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
                "(ตุลาคม ๒๕๖๗ - มิถุนายน ๒๕๖๘)"],
               ["ช่องทางรับเรื่อง: ศูนย์รับเรื่องร้องเรียน ๑๕๕๕ / Traffy Fondue / หนังสือถึงผู้อำนวยการเขต / อีเมล / ตู้รับเรื่องร้องเรียน"],
               signer=None, table=(["เดือน", "จำนวนเรื่อง", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ", "ผลการดำเนินการ"],
                                   rows, [25, 15, 20, 20, 20]))
    # O18 anti-bribery policy + report
    pdf_simple("/files/integrity/anti-bribery-policy-2568.pdf",
               [f"ประกาศ{DIST}", "เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"],
               ["ข้าราชการและบุคลากรของสำนักงานเขตบางบอนทุกคน ต้องไม่เรียก รับ หรือยอมจะรับทรัพย์สินหรือประโยชน์อื่นใด "
                "เพื่อกระทำการหรือไม่กระทำการในหน้าที่ ไม่ว่าทางตรงหรือทางอ้อม",
                "ผู้บังคับบัญชาทุกระดับมีหน้าที่กำกับดูแล และรายงานผลการดำเนินการตามนโยบายต่อผู้อำนวยการเขตทุก ๖ เดือน"],
               when="ประกาศ ณ วันที่ ๑ พฤศจิกายน ๒๕๖๗")
    pdf_simple("/files/integrity/anti-bribery-report-6m-2568.pdf",
               ["รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน", f"{DIST} รอบ ๖ เดือน (ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘)"],
               ["๑. เวียนแจ้งประกาศนโยบายให้บุคลากรทุกฝ่ายรับทราบและลงนามรับทราบ ครบทั้ง ๑๐ ฝ่าย",
                "๒. จัดกิจกรรมรณรงค์ No Gift Policy ช่วงเทศกาลปีใหม่ ๒๕๖๘ ผู้เข้าร่วม ๑๘๕ คน",
                "๓. ไม่พบเรื่องร้องเรียนเกี่ยวกับการเรียกรับสินบนในรอบรายงาน",
                "ปัญหาอุปสรรค: บุคลากรบางส่วนยังไม่เข้าใจขอบเขตของประโยชน์อื่นใด  แนวทางแก้ไข: จัดอบรมเพิ่มเติมในไตรมาส ๓"],
               when="๒๐ เมษายน ๒๕๖๘")
    # O19 bribery risk assessment 2568 (no report on managing the risk)
    pdf_simple("/files/integrity/bribery-risk-assessment-2568.pdf",
               ["การประเมินความเสี่ยงต่อการรับสินบน", f"{DIST} ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"],
               ["สำนักงานเขตวิเคราะห์กระบวนงานที่มีความเสี่ยงต่อการรับสินบน โดยพิจารณาโอกาสและผลกระทบ ดังนี้"],
               when="๒๐ ธันวาคม ๒๕๖๗",
               table=(["กระบวนงาน", "เหตุการณ์ความเสี่ยง", "โอกาส", "ผลกระทบ", "ระดับ", "มาตรการควบคุม"],
                      [["การอนุญาต ก่อสร้างอาคาร", "เรียกรับเงิน เพื่อเร่งรัดการพิจารณา", "๓", "๔", "สูง", "กำหนดคิวและระยะเวลาพิจารณา ให้เปิดเผย"],
                       ["การตรวจ สถานประกอบการอาหาร", "ละเว้นการตรวจ เพื่อแลกผลประโยชน์", "๒", "๓", "ปานกลาง", "ตรวจเป็นทีม ๒ คนขึ้นไป"],
                       ["การจัดระเบียบผู้ค้า", "เรียกรับเงินจากผู้ค้า เพื่อผ่อนผัน", "๓", "๓", "สูง", "หมุนเวียนเจ้าหน้าที่ และสุ่มตรวจ"]],
                      [20, 26, 7, 9, 10, 28]))
    # O20 discretion guidelines
    pdf_simple("/files/integrity/discretion-guideline-2568.pdf",
               ["แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", DIST, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"],
               ["๑. การใช้ดุลยพินิจต้องอยู่ภายในขอบเขตที่กฎหมายให้อำนาจ และต้องระบุเหตุผลเป็นลายลักษณ์อักษร",
                "๒. งานอนุมัติ อนุญาต ให้พิจารณาตามลำดับคำขอ (First come, first served) เว้นแต่มีเหตุจำเป็นที่ต้องบันทึกไว้",
                "๓. ผู้บังคับบัญชาสุ่มตรวจการใช้ดุลยพินิจอย่างน้อยเดือนละ ๑ ครั้ง",
                "๔. ตัวอย่างกระบวนงาน: การผ่อนผันจุดทำการค้า การพิจารณาเปรียบเทียบปรับ การยกเว้นค่าธรรมเนียม"],
               when="ประกาศ ณ วันที่ ๘ พฤศจิกายน ๒๕๖๗")
    # O22 integrity measures + 6-month report
    pdf_simple("/files/integrity/ita-measures-2568.pdf",
               ["มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", f"{DIST} ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"],
               ["## ผลการประเมิน ITA ประจำปี ๒๕๖๗", "IIT ๙๗.๒๑  EIT ๙๓.๔๐  OIT ๙๑.๐๐  คะแนนรวม ๙๓.๘๒ (ผ่านดี)",
                "## ประเด็นที่ต้องปรับปรุง", "ข้อ O15 สรุปผลการจัดซื้อจัดจ้างรายเดือนไม่ครบองค์ประกอบ / E4 การเผยแพร่ข้อมูลข่าวสาร",
                "## มาตรการ", "๑. มอบหมายฝ่ายการคลังตรวจทานแบบ สขร.๑ ก่อนเผยแพร่ทุกเดือน  ๒. ประชาสัมพันธ์ผ่าน Facebook และ LINE OA",
                "## การกำกับติดตาม", "ผู้อำนวยการเขตติดตามเดือนละ ๑ ครั้ง (ต.ค. ๖๗ - มี.ค. ๖๘)"], when="๑๕ ธันวาคม ๒๕๖๗")
    pdf_simple("/files/integrity/ita-measures-report-6m-2568.pdf",
               ["รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส", f"{DIST} รอบ ๖ เดือนแรก (ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘)"],
               ["มาตรการที่ ๑: ฝ่ายการคลังตรวจทานแบบ สขร.๑ และเผยแพร่ครบทุกเดือน (ต.ค. ๖๗ - มี.ค. ๖๘)",
                "มาตรการที่ ๒: เผยแพร่ข่าวผ่าน Facebook เฉลี่ยสัปดาห์ละ ๔ เรื่อง",
                "ผลสัมฤทธิ์: ดำเนินการแล้วเสร็จตามแผน ร้อยละ ๑๐๐ ในรอบรายงาน"], when="๑๘ เมษายน ๒๕๖๘")
    return D


# ---------------------------------------------------------------- content pages
def item_page(path, title, crumbs, doc_links, note=""):
    body = f"<p><small>ปรับปรุงล่าสุด {thdate(date(2025, 6, 30), True)} · ผู้ดูแลข้อมูล: ฝ่ายปกครอง</small></p>{note}"
    body += "<h3>เอกสารแนบ</h3><ul>" + "".join(
        f'<li><a href="{u}">{t}</a> <small>({"XLSX" if u.endswith(".xlsx") else "PDF"})</small></li>' for u, t in doc_links) + "</ul>"
    page(path, title, body, crumbs)


def gen_pages(D):
    S = "a91f3c7e55d0b2c4"   # session id seen in some links
    # -------- home
    latest = "".join(f'<li><a href="{art_url(a)}">{a["title"]}</a> <small>{thdate(a["date"], True, True)}</small></li>' for a in ARTS[:6])
    cloud = " ".join(f'<a href="/tag/{s}/">#{t}</a>' for s, t in TAGS)
    banners = " | ".join(f'<a href="{u}">{t}</a>' for t, u in EXTERNAL[:5])
    home = (f'<p>ยินดีต้อนรับสู่เว็บไซต์{DIST}</p><div class="banner"><a href="/ita/"><b>ITA ๒๕๖๘ การประเมินคุณธรรมและความโปร่งใส</b></a></div>'
            f'<h2>ข่าวล่าสุด</h2><ul>{latest}</ul><p><a href="/news/">ดูข่าวทั้งหมด</a> | <a href="/news/?page=2">หน้า ๒</a></p>'
            f'<h2>ปฏิทินกิจกรรม</h2><p><a href="/calendar/2568-07.html">กรกฎาคม ๒๕๖๘</a> · <a href="/calendar/2568-08.html">สิงหาคม ๒๕๖๘</a></p>'
            f'<h2>แท็กยอดนิยม</h2><p>{cloud}</p><h2>ลิงก์บริการ</h2><p>{banners}</p>')
    page("/", f"{DIST}", home)

    # -------- ITA
    page("/ita/", "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA)",
         '<p>เลือกปีงบประมาณ</p><ul><li><a href="/ita/2568/">ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (ปัจจุบัน)</a></li>'
         '<li><a href="/ita/2567/">ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗</a></li><li><a href="/ita/2566/">ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖</a></li></ul>',
         [(None, "ITA")])
    OIT = [
        ("O1", "ข้อมูลพื้นฐานของสำนักงานเขต (ประวัติ โครงสร้าง ผู้บริหาร อำนาจหน้าที่ ที่ตั้ง)", "/about/"),
        ("O๒", "นโยบายผู้ว่าฯ กทม. และแผนพัฒนากรุงเทพมหานคร", "/about/policy/"),
        ("O 3", "โรงเรียนสังกัด กทม. ในพื้นที่เขต", "/education/"),
        ("0๔", "ประชาสัมพันธ์ผลการดำเนินงาน", "/news/"),
        ("O5", "แผนปฏิบัติราชการประจำปี / รายงานผลการปฏิบัติราชการประจำปี", "/about/plan/"),
        ("O6", "คู่มือการปฏิบัติหน้าที่ (ทุกฝ่าย)", "/about/manuals/"),
        ("O7", "คู่มือการให้บริการประชาชน", "/service/guide/"),
        ("O8", "บริการออนไลน์ (E-Service)", f"/service/?sid={S}"),
        ("O9", "สถิติการจัดเก็บภาษี", "/finance/tax/"),
        ("O10", "สถิติการจัดเก็บรายได้", None),
        ("O11", "รายการตรวจสอบ (Checklist) ประกอบการพิจารณาออกใบอนุญาต", "/service/permits/"),
        ("O12", "ระบบติดตามสถานะคำขออนุญาต (Tracking)", f"/service/eservice.html?sid={S}"),
        ("O๑๓", "แผนการใช้จ่ายงบประมาณ / รายงานผลการใช้จ่ายงบประมาณประจำปี", "/finance/budget-plan/"),
        ("O14", "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ เงินอุดหนุนชุมชน", "/finance/budget/"),
        ("O15", "ประกาศจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้างรายเดือน", "/procurement/"),
        ("O16", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "/about/hr/"),
        ("O17", "ช่องทางร้องเรียนการทุจริต และสถิติเรื่องร้องเรียน", "/integrity/complaint/"),
        ("O18", "นโยบายต่อต้านการรับสินบน และรายงานผล", "/integrity/anti-bribery/"),
        ("O19", "การประเมินความเสี่ยงต่อการรับสินบน", "/integrity/risk/"),
        ("O20", "แนวทางการใช้ดุลยพินิจของเจ้าหน้าที่", None),
        ("O21", "การจัดการทรัพย์สินของราชการ ของบริจาค และของกลาง", "/ita/2568/o21.php"),
        ("O22", "มาตรการยกระดับคุณธรรมและความโปร่งใส และรายงานผล", "/integrity/measures/"),
    ]
    notes = {"O10": "ดูที่เมนู การเงินการคลัง &gt; สถิติการจัดเก็บรายได้", "O20": "อยู่ในหมวด ต่อต้านการทุจริต (เมนูด้านบน)"}
    rows = "".join(f"<tr><td>{c}</td><td>{t}</td><td>" + (f'<a href="{u}">คลิกดูข้อมูล</a>' if u else notes[c]) + "</td></tr>"
                   for c, t, u in OIT)
    page("/ita/2568/", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
         f'<p>ตามแบบตรวจการเปิดเผยข้อมูลสาธารณะของกรุงเทพมหานคร ประจำปี ๒๕๖๘ (ข้อมูลหน้านี้เชื่อมโยงไปยังหมวดต่าง ๆ ของเว็บไซต์)</p>'
         f'<table class="t"><tr><th>ข้อ</th><th>หัวข้อ</th><th>ลิงก์</th></tr>{rows}</table>',
         [("/ita/", "ITA"), (None, "ปี ๒๕๖๘")])
    OIT67 = [("O5", "แผนปฏิบัติราชการ ๒๕๖๗", "/about/plan/2567/"), ("O9", "สถิติภาษี ๒๕๖๗", "/finance/tax/2567.html"),
             ("O10", "สถิติรายได้ ๒๕๖๗", "/finance/revenue/2567/"), ("O13", "แผนการใช้จ่ายงบประมาณ ๒๕๖๗", "/finance/budget-plan/2567/"),
             ("O15", "สรุปผลการจัดซื้อจัดจ้างรายเดือน ๒๕๖๗", "/procurement/summary/2567/"), ("O21", "การจัดการทรัพย์สิน", None)]
    rows = "".join(f"<tr><td>{c}</td><td>{t}</td><td>" + (f'<a href="{u}">เปิด</a>' if u else "ติดต่อฝ่ายการคลัง") + "</td></tr>"
                   for c, t, u in OIT67)
    page("/ita/2567/", "OIT ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (ข้อมูลย้อนหลัง)",
         f'<p>ข้อมูลย้อนหลัง (บางหัวข้อย้ายไปอยู่ในหมวดหลักของเว็บไซต์แล้ว)</p><table class="t">{rows}</table>',
         [("/ita/", "ITA"), (None, "ปี ๒๕๖๗")])

    # -------- about (O1, O2, O5, O6, O16)
    page("/about/", "เกี่ยวกับสำนักงานเขตบางบอน", ul([
        ("/about/history.html", "ประวัติความเป็นมา"), ("/about/structure.html", "โครงสร้างส่วนราชการ"),
        ("/about/executives.html", "ทำเนียบผู้บริหาร"), ("/about/duty.html", "อำนาจหน้าที่"),
        ("/about/contact.html", "ที่ตั้งและการติดต่อ"), ("/about/laws/", "กฎหมายที่เกี่ยวข้อง"),
        ("/about/policy/", "นโยบายและแผนพัฒนา"), ("/about/plan/", "แผนและผลการปฏิบัติราชการ"),
        ("/about/manuals/", "คู่มือการปฏิบัติงานของเจ้าหน้าที่"), ("/about/hr/", "การบริหารทรัพยากรบุคคล")]),
         [(None, "เกี่ยวกับเขต")])
    page("/about/history.html", "ประวัติความเป็นมา",
         "<p>เขตบางบอนแยกพื้นที่ออกจากเขตบางขุนเทียน ตามประกาศกระทรวงมหาดไทย เมื่อวันที่ ๒๑ พฤศจิกายน ๒๕๔๐ "
         "มีพื้นที่ประมาณ ๓๔.๗๔ ตารางกิโลเมตร แบ่งเป็น ๔ แขวง ได้แก่ แขวงบางบอนเหนือ แขวงบางบอนใต้ แขวงคลองบางพราน และแขวงคลองบางบอน</p>",
         [("/about/", "เกี่ยวกับเขต"), (None, "ประวัติ")])
    org_chart()
    divrows = "".join(f"<tr><td>{n}</td><td>{h}</td><td>{th(t)}</td></tr>" for _, n, h, t in DIVS)
    page("/about/structure.html", "โครงสร้างส่วนราชการ",
         f'<p><img src="/images/org/structure-2568.png" alt="แผนผังโครงสร้าง{DIST}" width="900"></p>'
         f'<table class="t"><tr><th>ส่วนราชการ</th><th>หัวหน้าฝ่าย</th><th>โทรศัพท์</th></tr>{divrows}</table>',
         [("/about/", "เกี่ยวกับเขต"), (None, "โครงสร้าง")])
    ex = ""
    for i, (n, p, t, e) in enumerate(EXECS):
        photo(f"/images/exec/exec-{i + 1}.png", n.split()[0][-2:], ["#c9d6df", "#d8e2dc", "#e2dcd8"][i])
        ex += (f'<div class="ex"><img src="/images/exec/exec-{i + 1}.png" alt="{n}" width="160"><p><b>{n}</b><br>{p}<br>'
               f'โทร {th(t)}<br>อีเมล {e}</p></div>')
    page("/about/executives.html", "ทำเนียบผู้บริหารสำนักงานเขตบางบอน", ex + "<p><small>ข้อมูล ณ วันที่ ๑ กรกฎาคม ๒๕๖๘</small></p>",
         [("/about/", "เกี่ยวกับเขต"), (None, "ผู้บริหาร")])
    duties = "".join(f"<li><b>{n}</b>: รับผิดชอบงานตามประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต</li>" for _, n, _, _ in DIVS)
    page("/about/duty.html", "อำนาจหน้าที่",
         f"<p>สำนักงานเขตมีอำนาจหน้าที่ตามพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘ มาตรา ๖๘ "
         f"และประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต</p><ul>{duties}</ul>",
         [("/about/", "เกี่ยวกับเขต"), (None, "อำนาจหน้าที่")])
    page("/about/contact.html", "ที่ตั้งและช่องทางการติดต่อ",
         f"<p>{DIST}<br>{ADDRESS}<br>โทรศัพท์ ๐๒-๔๑๖-๘๔๐๐<br>โทรสาร ๐๒-๔๑๖-๘๔๙๙<br>อีเมล bangbon@bangkok.go.th<br>"
         f"Facebook: สำนักงานเขตบางบอน · LINE OA: @bangbon</p>"
         f'<p>แผนที่: <a href="https://maps.google.com/?q=13.6638,100.4095">เปิดแผนที่ Google Maps</a></p>'
         f'<iframe src="https://www.google.com/maps/embed?pb=bangbon" width="600" height="300" title="แผนที่"></iframe>',
         [("/about/", "เกี่ยวกับเขต"), (None, "ติดต่อ")])
    laws = [("พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘", "https://ratchakitcha.soc.go.th/law/bma2528"),
            ("พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐", "https://ratchakitcha.soc.go.th/law/proc2560"),
            ("พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐", "https://ratchakitcha.soc.go.th/law/info2540"),
            ("พระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘", "https://ratchakitcha.soc.go.th/law/fac2558"),
            ("พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒", "https://ratchakitcha.soc.go.th/law/tax2562"),
            ("พระราชบัญญัติรักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. ๒๕๓๕", "https://ratchakitcha.soc.go.th/law/clean2535")]
    page("/about/laws/", "กฎหมายที่เกี่ยวข้อง", ul([(u, t) for t, u in laws]), [("/about/", "เกี่ยวกับเขต"), (None, "กฎหมาย")])
    page("/about/policy/", "นโยบายและแผนพัฒนา", ul([
        ("/about/policy/governor.html", "นโยบายผู้ว่าราชการกรุงเทพมหานคร"),
        ("/about/policy/bma-plan.html", "แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี และแผนปฏิบัติราชการ กทม.")]),
         [("/about/", "เกี่ยวกับเขต"), (None, "นโยบายและแผน")])
    item_page("/about/policy/governor.html", "นโยบายผู้ว่าราชการกรุงเทพมหานคร (๙ ด้าน ๙ ดี)",
              [("/about/", "เกี่ยวกับเขต"), ("/about/policy/", "นโยบายและแผน"), (None, "นโยบายผู้ว่าฯ")],
              [("/files/policy/governor-policy-9d.pdf", "นโยบายผู้ว่าราชการกรุงเทพมหานคร ๙ ด้าน ๙ ดี และการนำสู่การปฏิบัติของเขตบางบอน")])
    item_page("/about/policy/bma-plan.html", "แผนพัฒนากรุงเทพมหานคร",
              [("/about/", "เกี่ยวกับเขต"), ("/about/policy/", "นโยบายและแผน"), (None, "แผนพัฒนา กทม.")],
              [("/files/policy/bma-dev-plan-phase3-summary.pdf", "สรุปแผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๓ (๒๕๖๖-๒๕๗๐)")])
    page("/about/plan/", "แผนและผลการปฏิบัติราชการ", ul([
        ("/about/plan/2568/", "ปีงบประมาณ ๒๕๖๘"), ("/about/plan/2567/", "ปีงบประมาณ ๒๕๖๗"), ("/about/plan/2566/", "ปีงบประมาณ ๒๕๖๖")]),
         [("/about/", "เกี่ยวกับเขต"), (None, "แผนและผล")])
    page("/about/plan/2568/", "แผนและผลการปฏิบัติราชการ ปีงบประมาณ ๒๕๖๘",
         ul([("/about/plan/2568/p-1184.html", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "<small>๒๕ ต.ค. ๖๗</small>")]) +
         "<p>รายงานผลการปฏิบัติราชการประจำปี ๒๕๖๘ จะเผยแพร่หลังสิ้นปีงบประมาณ</p>",
         [("/about/", "เกี่ยวกับเขต"), ("/about/plan/", "แผนและผล"), (None, "๒๕๖๘")])
    item_page("/about/plan/2568/p-1184.html", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
              [("/about/plan/", "แผนและผล"), ("/about/plan/2568/", "๒๕๖๘"), (None, "แผนปฏิบัติราชการ")],
              [("/files/plan/2568/action-plan-2568.pdf", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๘ สำนักงานเขตบางบอน")])
    page("/about/plan/2567/", "แผนและผลการปฏิบัติราชการ ปีงบประมาณ ๒๕๖๗",
         ul([("/about/plan/2567/p-0962.html", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗"),
             ("/about/plan/2567/p-1177.html", "รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "<small>๓๐ ต.ค. ๖๗</small>")]),
         [("/about/", "เกี่ยวกับเขต"), ("/about/plan/", "แผนและผล"), (None, "๒๕๖๗")])
    item_page("/about/plan/2567/p-0962.html", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
              [("/about/plan/", "แผนและผล"), ("/about/plan/2567/", "๒๕๖๗"), (None, "แผน")],
              [("/files/plan/2567/action-plan-2567.pdf", "แผนปฏิบัติราชการ ๒๕๖๗")])
    item_page("/about/plan/2567/p-1177.html", "รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
              [("/about/plan/", "แผนและผล"), ("/about/plan/2567/", "๒๕๖๗"), (None, "รายงานผล")],
              [("/files/plan/2567/annual-report-2567.pdf", "รายงานผลการปฏิบัติราชการประจำปี ๒๕๖๗ (ฉบับสมบูรณ์)")])
    page("/about/plan/2566/", "แผนและผลการปฏิบัติราชการ ปีงบประมาณ ๒๕๖๖",
         ul([("/files/plan/2566/annual-report-2566.pdf", "รายงานผลการปฏิบัติราชการประจำปี ๒๕๖๖")]),
         [("/about/", "เกี่ยวกับเขต"), ("/about/plan/", "แผนและผล"), (None, "๒๕๖๖")])
    page("/about/manuals/", "คู่มือการปฏิบัติงานของเจ้าหน้าที่",
         "<p>เลือกส่วนราชการ</p>" + ul([(f"/about/manuals/{s}.html", n) for s, n, _, _ in DIVS]),
         [("/about/", "เกี่ยวกับเขต"), (None, "คู่มือการปฏิบัติงาน")])
    for s, n, h, t in DIVS:
        item_page(f"/about/manuals/{s}.html", f"คู่มือการปฏิบัติงาน {n}",
                  [("/about/", "เกี่ยวกับเขต"), ("/about/manuals/", "คู่มือการปฏิบัติงาน"), (None, n)],
                  [(f"/files/manuals/{s}-manual-2568.pdf", f"คู่มือการปฏิบัติงาน{n} ฉบับปรับปรุง ๒๕๖๘")])
    page("/about/hr/", "การบริหารทรัพยากรบุคคล",
         ul([("/about/hr/criteria-2568.html", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ประจำปี ๒๕๖๘"),
             ("https://www.bangkok.go.th/cscbma", "สำนักงาน ก.ก. (มติ ก.ก. และประกาศที่เกี่ยวข้อง)")]),
         [("/about/", "เกี่ยวกับเขต"), (None, "บริหารงานบุคคล")])
    item_page("/about/hr/criteria-2568.html", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ประจำปี ๒๕๖๘",
              [("/about/", "เกี่ยวกับเขต"), ("/about/hr/", "บริหารงานบุคคล"), (None, "หลักเกณฑ์")],
              [("/files/hr/hr-criteria-2568.pdf", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล สำนักงานเขตบางบอน ๒๕๖๘")])

    # -------- education (O3: placeholder only)
    page("/education/", "การศึกษา", ul([("/education/schools.html", "โรงเรียนในสังกัดกรุงเทพมหานคร"),
                                        ("/tag/school/", "ข่าวกิจกรรมโรงเรียน")]), [(None, "การศึกษา")])
    page("/education/schools.html", "โรงเรียนในสังกัดกรุงเทพมหานคร พื้นที่เขตบางบอน",
         '<p style="color:#a00">อยู่ระหว่างปรับปรุงข้อมูล</p><p>ขออภัยในความไม่สะดวก ฝ่ายการศึกษาอยู่ระหว่างรวบรวมข้อมูลโรงเรียน</p>'
         '<p>ติดต่อสอบถาม ฝ่ายการศึกษา โทร ๐๒-๔๑๖-๘๔๑๐</p>', [("/education/", "การศึกษา"), (None, "โรงเรียน")])

    # -------- service (O7, O8, O11, O12)
    page("/service/", "บริการประชาชน", ul([
        ("/service/guide/", "คู่มือสำหรับประชาชน"), (f"/service/eservice.html?sid={S}", "บริการออนไลน์ (E-Service)"),
        ("/service/permits/", "การขออนุญาตต่าง ๆ"), ("https://q.bangkok.go.th/", "จองคิวล่วงหน้า BMA Q")]),
         [(None, "บริการประชาชน")])
    page("/service/guide/", "คู่มือสำหรับประชาชน",
         ul([(f"/service/guide/{s}.html", f"งาน{n}") for s, n, _ in D["guides"]]),
         [("/service/", "บริการประชาชน"), (None, "คู่มือสำหรับประชาชน")])
    for s, n, div in D["guides"]:
        item_page(f"/service/guide/{s}.html", f"คู่มือสำหรับประชาชน: งาน{n}",
                  [("/service/", "บริการประชาชน"), ("/service/guide/", "คู่มือสำหรับประชาชน"), (None, n)],
                  [(f"/files/service/{s}.pdf", f"คู่มือสำหรับประชาชน งาน{n} ({div})")])
    page("/service/eservice.html", "บริการออนไลน์ (E-Service)",
         "<p>ประชาชนสามารถใช้บริการออนไลน์ได้ตลอด ๒๔ ชั่วโมง</p><ul>"
         '<li><a href="https://oss.bangkok.go.th/">BMA OSS</a> ยื่นคำขออนุญาตก่อสร้าง ใบอนุญาตสถานที่จำหน่ายอาหาร และอื่น ๆ ทางออนไลน์</li>'
         '<li><a href="https://q.bangkok.go.th/">BMA Q</a> จองคิวงานทะเบียนราษฎรและบัตรประจำตัวประชาชนล่วงหน้า</li>'
         '<li><a href="https://traffy.in.th/?page_id=27351">Traffy Fondue</a> แจ้งปัญหาเมือง</li>'
         '<li><a href="https://forms.bangkok.go.th/bangbon/request">แบบฟอร์มขอรับบริการออนไลน์ของสำนักงานเขต</a></li>'
         f'<li><a href="/service/tracking.html?sid={S}">ตรวจสอบสถานะคำขออนุญาต (Tracking System)</a></li></ul>',
         [("/service/", "บริการประชาชน"), (None, "E-Service")])
    page("/service/tracking.html", "ระบบติดตามสถานะการขอใบอนุญาต (Tracking System)",
         "<p>ผู้ยื่นคำขออนุญาตสามารถติดตามสถานะคำขอได้ด้วยเลขที่คำขอ ผ่านระบบ BMA OSS</p>"
         '<form action="https://oss.bangkok.go.th/tracking" method="get"><label>เลขที่คำขอ <input name="req"></label> '
         '<button type="submit">ตรวจสอบสถานะ</button></form>'
         '<p><a href="https://oss.bangkok.go.th/tracking">เข้าสู่ระบบติดตามสถานะ BMA OSS</a></p>'
         "<p>สถานะที่แสดง: รับคำขอ → ตรวจสอบเอกสาร → ตรวจสถานที่ → เสนอพิจารณา → อนุญาต/ไม่อนุญาต</p>"
         "<p>สอบถามเพิ่มเติม ฝ่ายโยธา โทร ๐๒-๔๑๖-๘๔๐๕ / ฝ่ายสิ่งแวดล้อมและสุขาภิบาล โทร ๐๒-๔๑๖-๘๔๐๘</p>",
         [("/service/", "บริการประชาชน"), (f"/service/eservice.html?sid={S}", "E-Service"), (None, "Tracking")])
    page("/service/permits/", "การขออนุญาตต่าง ๆ",
         ul([(f"/service/permits/{s}.html", n) for s, n, _ in D["permits"]]),
         [("/service/", "บริการประชาชน"), (None, "การขออนุญาต")])
    for s, n, _ in D["permits"]:
        item_page(f"/service/permits/{s}.html", n,
                  [("/service/", "บริการประชาชน"), ("/service/permits/", "การขออนุญาต"), (None, n)],
                  [(f"/files/permits/checklist-{s}.pdf", f"รายการตรวจสอบ (Checklist) {n}")],
                  note="<p>ยื่นคำขอได้ที่สำนักงานเขตหรือผ่านระบบ BMA OSS</p>")

    # -------- finance (O9, O10, O13, O14)
    page("/finance/", "การเงินการคลัง", ul([
        ("/finance/tax/", "สถิติการจัดเก็บภาษี"), ("/finance/revenue/", "สถิติการจัดเก็บรายได้"),
        ("/finance/budget/", "ข้อมูลงบประมาณ / ข้อบัญญัติงบประมาณ"), ("/finance/budget-plan/", "แผนและผลการใช้จ่ายงบประมาณ")]),
         [(None, "การเงินการคลัง")])
    page("/finance/tax/", "สถิติการจัดเก็บภาษี", ul([
        ("/finance/tax/2568.html", "ปีงบประมาณ ๒๕๖๘"), ("/finance/tax/2567.html", "ปีงบประมาณ ๒๕๖๗"),
        ("/finance/tax/2566.html", "ปีงบประมาณ ๒๕๖๖")]), [("/finance/", "การเงินการคลัง"), (None, "สถิติภาษี")])
    page("/finance/tax/2568.html", "สถิติการจัดเก็บภาษี ปีงบประมาณ ๒๕๖๘",
         "<p>อยู่ระหว่างรวบรวมข้อมูล</p>", [("/finance/", "การเงินการคลัง"), ("/finance/tax/", "สถิติภาษี"), (None, "๒๕๖๘")])
    for fy in (2567, 2566):
        item_page(f"/finance/tax/{fy}.html", f"สถิติการจัดเก็บภาษี ปีงบประมาณ {th(fy)}",
                  [("/finance/", "การเงินการคลัง"), ("/finance/tax/", "สถิติภาษี"), (None, th(fy))],
                  [(f"/files/finance/tax-stat-{fy}.pdf", f"สถิติการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้างและภาษีป้าย ปี {th(fy)}")])
    page("/finance/revenue/", "สถิติการจัดเก็บรายได้", ul([
        ("/finance/revenue/2568/", "ปีงบประมาณ ๒๕๖๘"), ("/finance/revenue/2567/", "ปีงบประมาณ ๒๕๖๗")]),
         [("/finance/", "การเงินการคลัง"), (None, "สถิติรายได้")])
    page("/finance/revenue/2568/", "สถิติการจัดเก็บรายได้ ปีงบประมาณ ๒๕๖๘",
         ul([("/finance/revenue/2568/r-771.html", "สถิติการจัดเก็บรายได้ ต.ค. ๖๗ - มิ.ย. ๖๘", "<small>๔ ก.ค. ๖๘</small>")]),
         [("/finance/", "การเงินการคลัง"), ("/finance/revenue/", "สถิติรายได้"), (None, "๒๕๖๘")])
    item_page("/finance/revenue/2568/r-771.html", "สถิติการจัดเก็บรายได้ ประจำปีงบประมาณ ๒๕๖๘ (ต.ค. ๖๗ - มิ.ย. ๖๘)",
              [("/finance/revenue/", "สถิติรายได้"), ("/finance/revenue/2568/", "๒๕๖๘"), (None, "รายละเอียด")],
              [("/files/finance/revenue-stat-2568.xlsx", "ตารางสถิติการจัดเก็บรายได้รายเดือน ปีงบประมาณ ๒๕๖๘")])
    page("/finance/revenue/2567/", "สถิติการจัดเก็บรายได้ ปีงบประมาณ ๒๕๖๗",
         ul([("/files/finance/revenue-stat-2567.xlsx", "สถิติการจัดเก็บรายได้ ปีงบประมาณ ๒๕๖๗ (XLSX)")]),
         [("/finance/", "การเงินการคลัง"), ("/finance/revenue/", "สถิติรายได้"), (None, "๒๕๖๗")])
    page("/finance/budget-plan/", "แผนและผลการใช้จ่ายงบประมาณ", ul([
        ("/finance/budget-plan/2568/", "ปีงบประมาณ ๒๕๖๘"), ("/finance/budget-plan/2567/", "ปีงบประมาณ ๒๕๖๗")]),
         [("/finance/", "การเงินการคลัง"), (None, "แผนการใช้จ่ายงบประมาณ")])
    page("/finance/budget-plan/2568/", "แผนและผลการใช้จ่ายงบประมาณ ปี ๒๕๖๘",
         ul([("/finance/budget-plan/2568/bp-0415.html", "แผนการใช้จ่ายงบประมาณ และรายงานผลการใช้จ่ายงบประมาณประจำปี")]),
         [("/finance/", "การเงินการคลัง"), ("/finance/budget-plan/", "แผนการใช้จ่ายงบประมาณ"), (None, "๒๕๖๘")])
    item_page("/finance/budget-plan/2568/bp-0415.html", "แผนการใช้จ่ายงบประมาณ และรายงานผลการใช้จ่ายงบประมาณประจำปี",
              [("/finance/budget-plan/", "แผนการใช้จ่ายงบประมาณ"), ("/finance/budget-plan/2568/", "๒๕๖๘"), (None, "รายละเอียด")],
              [("/files/finance/budget-plan-2568.pdf", "แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
               ("/files/finance/budget-report.pdf", "รายงานผลการใช้จ่ายงบประมาณประจำปี")])
    page("/finance/budget-plan/2567/", "แผนและผลการใช้จ่ายงบประมาณ ปี ๒๕๖๗",
         ul([("/files/finance/budget-plan-2567.pdf", "แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๗")]),
         [("/finance/", "การเงินการคลัง"), ("/finance/budget-plan/", "แผนการใช้จ่ายงบประมาณ"), (None, "๒๕๖๗")])
    sub = ARTS[67]
    page("/finance/budget/", "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ และเงินอุดหนุนชุมชน", ul([
        ("/finance/budget/ordinance-2568.html", "ข้อบัญญัติงบประมาณรายจ่ายประจำปี ๒๕๖๘ (ส่วนของเขตบางบอน)"),
        ("/finance/budget/allocation-2568.html", "ข้อมูลงบประมาณที่ได้รับจัดสรร ปี ๒๕๖๘"),
        (art_url(sub), "ข้อมูลเงินอุดหนุนชุมชน")]), [("/finance/", "การเงินการคลัง"), (None, "งบประมาณ")])
    item_page("/finance/budget/ordinance-2568.html", "ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
              [("/finance/", "การเงินการคลัง"), ("/finance/budget/", "งบประมาณ"), (None, "ข้อบัญญัติ")],
              [("/files/finance/budget-ordinance-2568-excerpt.pdf", "ข้อบัญญัติ กทม. งบประมาณรายจ่าย ๒๕๖๘ (เฉพาะเขตบางบอน)")])
    item_page("/finance/budget/allocation-2568.html", "ข้อมูลงบประมาณที่ได้รับจัดสรร ปี ๒๕๖๘",
              [("/finance/", "การเงินการคลัง"), ("/finance/budget/", "งบประมาณ"), (None, "การจัดสรร")],
              [("/files/finance/budget-allocation-2568.pdf", "ข้อมูลงบประมาณที่ได้รับจัดสรร ๒๕๖๘")])

    # -------- procurement (O15)
    page("/procurement/", "การจัดซื้อจัดจ้าง",
         '<p><a href="https://www.bangkok.go.th/procurement"><b>ระบบเผยแพร่ข้อมูลการจัดซื้อจัดจ้างของกรุงเทพมหานคร (e-GPBMA)</b></a> · '
         '<a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch">ค้นหาประกาศในระบบ e-GP</a></p>' +
         ul([("/procurement/announce/", "ประกาศจัดซื้อจัดจ้าง"), ("/procurement/summary/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.๑)")]),
         [(None, "จัดซื้อจัดจ้าง")])
    page("/procurement/announce/", "ประกาศจัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๘",
         ul([(f"/procurement/announce/{s}.html", t, f"<small>{thdate(d_, True, True)}</small>") for s, t, d_ in D["ann"]]),
         [("/procurement/", "จัดซื้อจัดจ้าง"), (None, "ประกาศ")])
    for s, t, d_ in D["ann"]:
        item_page(f"/procurement/announce/{s}.html", t,
                  [("/procurement/", "จัดซื้อจัดจ้าง"), ("/procurement/announce/", "ประกาศ"), (None, "รายละเอียด")],
                  [(f"/files/procurement/announce/{s}.pdf", t)])
    page("/procurement/summary/", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", ul([
        ("/procurement/summary/2568/", "ปีงบประมาณ ๒๕๖๘"), ("/procurement/summary/2567/", "ปีงบประมาณ ๒๕๖๗")]),
         [("/procurement/", "จัดซื้อจัดจ้าง"), (None, "สรุปผลรายเดือน")])
    for fy in (2568, 2567):
        items = []
        for (y, m), pdfp in D[f"sum{fy}"]:
            be = y + 543
            mp = f"/procurement/summary/{fy}/m-{be}-{m:02d}.html"
            items.append((mp, f"สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน{MONTHS[m - 1]} {th(be)}"))
            item_page(mp, f"สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน{MONTHS[m - 1]} {th(be)}",
                      [("/procurement/", "จัดซื้อจัดจ้าง"), ("/procurement/summary/", "สรุปผลรายเดือน"),
                       (f"/procurement/summary/{fy}/", th(fy)), (None, MONTHS[m - 1])],
                      [(pdfp, f"แบบ สขร.๑ เดือน{MONTHS[m - 1]} {th(be)}")])
        page(f"/procurement/summary/{fy}/", f"สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ {th(fy)}", ul(items),
             [("/procurement/", "จัดซื้อจัดจ้าง"), ("/procurement/summary/", "สรุปผลรายเดือน"), (None, th(fy))])

    # -------- integrity (O17, O18, O19, O20, O22)
    page("/integrity/", "ต่อต้านการทุจริตและประพฤติมิชอบ", ul([
        ("/integrity/complaint/", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต"), ("/integrity/anti-bribery/", "นโยบายต่อต้านการรับสินบน"),
        ("/integrity/risk/", "การประเมินความเสี่ยงการรับสินบน"), ("/integrity/discretion/", "แนวทางการใช้ดุลยพินิจ"),
        ("/integrity/measures/", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส"), ("/integrity/no-gift.html", "No Gift Policy")]),
         [(None, "ต่อต้านการทุจริต")])
    page("/integrity/complaint/", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
         "<ul><li>ยื่นหนังสือถึงผู้อำนวยการเขตบางบอน ณ ฝ่ายปกครอง ชั้น ๒</li><li>โทรศัพท์ ๐๒-๔๑๖-๘๔๐๑ / สายด่วน กทม. ๑๕๕๕</li>"
         "<li>อีเมล anticorrupt.bangbon@bangkok.go.th</li><li><a href=\"https://traffy.in.th/?page_id=27351\">Traffy Fondue</a></li>"
         "<li>ตู้รับเรื่องร้องเรียน หน้าสำนักงานเขต</li></ul><p>ผู้ร้องเรียนจะได้รับการคุ้มครองข้อมูลส่วนบุคคล</p>"
         + ul([("/integrity/complaint/stats-2568.html", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ ๒๕๖๘")]),
         [("/integrity/", "ต่อต้านการทุจริต"), (None, "ร้องเรียน")])
    item_page("/integrity/complaint/stats-2568.html", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ ๒๕๖๘",
              [("/integrity/", "ต่อต้านการทุจริต"), ("/integrity/complaint/", "ร้องเรียน"), (None, "สถิติ")],
              [("/files/integrity/complaint-stat-2568.pdf", "สถิติเรื่องร้องเรียนการทุจริต ต.ค. ๖๗ - มิ.ย. ๖๘")])
    item_page("/integrity/anti-bribery/", "นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)",
              [("/integrity/", "ต่อต้านการทุจริต"), (None, "Anti-Bribery")],
              [("/files/integrity/anti-bribery-policy-2568.pdf", "ประกาศนโยบายต่อต้านการรับสินบน ปี ๒๕๖๘"),
               ("/files/integrity/anti-bribery-report-6m-2568.pdf", "รายงานผลการดำเนินการตามนโยบาย รอบ ๖ เดือน")])
    item_page("/integrity/risk/", "การประเมินความเสี่ยงต่อการรับสินบน",
              [("/integrity/", "ต่อต้านการทุจริต"), (None, "ความเสี่ยง")],
              [("/files/integrity/bribery-risk-assessment-2568.pdf", "ผลการประเมินความเสี่ยงต่อการรับสินบน ปีงบประมาณ ๒๕๖๘")],
              note="<p>รายงานผลการดำเนินการเพื่อจัดการความเสี่ยง จะเผยแพร่เมื่อสิ้นปีงบประมาณ</p>")
    item_page("/integrity/discretion/", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่",
              [("/integrity/", "ต่อต้านการทุจริต"), (None, "ดุลยพินิจ")],
              [("/files/integrity/discretion-guideline-2568.pdf", "แนวทางการใช้ดุลยพินิจของเจ้าหน้าที่ ๒๕๖๘")])
    item_page("/integrity/measures/", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
              [("/integrity/", "ต่อต้านการทุจริต"), (None, "มาตรการ")],
              [("/files/integrity/ita-measures-2568.pdf", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปี ๒๕๖๘"),
               ("/files/integrity/ita-measures-report-6m-2568.pdf", "รายงานผลการดำเนินการตามมาตรการ รอบ ๖ เดือนแรก")])
    page("/integrity/no-gift.html", "No Gift Policy",
         "<p>สำนักงานเขตบางบอนขอความร่วมมืองดให้ของขวัญแก่ผู้บริหารและเจ้าหน้าที่ทุกโอกาส</p>",
         [("/integrity/", "ต่อต้านการทุจริต"), (None, "No Gift")])

    # -------- /m/ mirror (mobile copies, light footer)
    def mpage(path, title, body):
        html = (f'<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{title} | {DIST} (มือถือ)</title>'
                f'<meta name="viewport" content="width=device-width"><link rel="canonical" href="{path[2:] or "/"}"></head>'
                f'<body><p><a href="/m/">หน้าแรก</a> · <a href="/m/news/">ข่าว</a> · <a href="/m/ita/">ITA</a> · '
                f'<a href="/m/about/">เกี่ยวกับเขต</a> · <a href="/">เว็บไซต์หลัก</a></p><h1>{title}</h1>{body}</body></html>')
        w(path, html)
    mpage("/m/", DIST, "<ul>" + "".join(f'<li><a href="{art_url(a)}">{a["title"]}</a></li>' for a in ARTS[:5]) + "</ul>")
    mpage("/m/news/", "ข่าวประชาสัมพันธ์",
          "<ul>" + "".join(f'<li><a href="{art_url(a)}">{a["title"]}</a></li>' for a in ARTS[:10]) + "</ul>"
          '<p><a href="/m/news/?page=2">ถัดไป</a></p>')
    mpage("/m/ita/", "ITA ๒๕๖๘",
          "<ul>" + "".join(f'<li>{c} ' + (f'<a href="{u}">{t}</a>' if u else t) + "</li>" for c, t, u in OIT) + "</ul>")
    mpage("/m/about/", "เกี่ยวกับเขต", ul([("/about/structure.html", "โครงสร้าง"), ("/about/executives.html", "ผู้บริหาร"),
                                          ("/about/contact.html", "ติดต่อ")]))
    page("/404.html", "ไม่พบหน้าที่ต้องการ", "<p>ไม่พบหน้าที่ต้องการ</p>", footer=False)
    return S


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    w("/assets/style.css", CSS)
    D = gen_docs()
    news_files = gen_news()
    gen_tags()
    gen_calendar()
    S = gen_pages(D)
    files = {}
    for k, rel in news_files.items():
        files[k] = {"file": rel, "headers": {"Content-Type": "text/html; charset=utf-8"}}
    for k, rel in ((f"/service/?sid={S}", "service/index.html"), (f"/service/eservice.html?sid={S}", "service/eservice.html"),
                   (f"/service/tracking.html?sid={S}", "service/tracking.html")):
        files[k] = {"file": rel, "headers": {"Content-Type": "text/html; charset=utf-8"}}
    meta = {
        "framework": "bma-2567",
        "as_of": "2025-07-15",
        "start": "/",
        "name_th": DIST,
        "style": (
            "Large, busy district portal (about 510 HTML pages) in an old-CMS look: green header menu, breadcrumbs, "
            f"a site-wide footer with {FOOTER_N} links (49 other districts and 20 BMA agencies on outside hosts, outside services, "
            "and a ~120-link internal sitemap incl. tags, calendar months, news pages, a dead /webboard/, /faq.php and /english/). "
            "OIT evidence is 3-6 clicks deep: /ita/ -> /ita/2568/ (OIT table whose items point to section pages, not to documents; "
            "O10 and O20 have no link at all and are only reachable through the finance / integrity menus) -> section -> year -> "
            "item page -> PDF/XLSX. Crawl traps: a 60-month event calendar (ต.ค. 2564 - ก.ย. 2569) with prev/next month and "
            "?day=N/?view= links on every day, whose ends link to a generic template /calendar/view.html?ym=... that answers any month; "
            "event pages link back with ;jsessionid=... paths (404); 63 tag pages /tag/a+b+c/ combining up to 3 of 7 tags, whose "
            "'+tag' links from 3-tag pages point to 4-tag paths that 404, plus ?page=2/?sort= links; a 40-page news list served through "
            "server.files at /news/?page=N and /news/?page=N&sort=oldest (also real files under /news/p/), with unregistered ?sort=newest/"
            "?sort=title, ?print=1, ?fs= duplicates on every page and article back-links carrying per-article ?sid=...; a /m/ mobile mirror "
            "of a few pages; some menu links carry ?sid=a91f3c7e55d0b2c4 (registered in server.files so they work even if queries are not stripped). "
            "Item traps: O3 school page is an 'อยู่ระหว่างปรับปรุงข้อมูล' placeholder while news and tags mention schools; O9 tax statistics "
            "only for FY2566/2567 (2568 page says อยู่ระหว่างรวบรวมข้อมูล); O13 'รายงานผลการใช้จ่ายงบประมาณประจำปี' link without year "
            "opens a FY2566 report; O14 'ข้อมูลเงินอุดหนุนชุมชน' links to a news article about a training, no subsidy data; O19 only the "
            "risk assessment, no report on managing the risk; O21 link on the OIT table answers HTTP 500 and nothing else on the site covers it; "
            "an /ita/2567/ archive page offers last year's documents. Everything else passes, mostly deep (O15: 9 monthly สขร.1 PDFs, "
            "Feb 2568 says no procurement)."),
        "author": "blind",
        "set": "held-out-6",
        "server": {"status": {"/ita/2568/o21.php": 500}, "files": files},
    }
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
