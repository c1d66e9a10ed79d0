#!/usr/bin/env python3
"""Generate the 'pdf_index' fixture site (สำนักงานเขตบางบอน, bma-2567, as_of 2025-11-20).

The district's OIT index is itself a PDF (plus a DOCX copy): the home page only
carries a banner link to it. Many item documents are reachable only through the
PDF's link annotations. Run: /work/heldout5/.venv/bin/python _make.py
"""
import os
import re
import shutil
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
SITE = HERE / "site"
FONTDIR = "/usr/share/fonts/truetype/tlwg/"
for name, fn in [("Norasi", "Norasi.ttf"), ("Norasi-Bold", "Norasi-Bold.ttf"),
                 ("Garuda", "Garuda.ttf"), ("Garuda-Bold", "Garuda-Bold.ttf"),
                 ("Loma", "Loma.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FONTDIR + fn))

TH_DIG = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    """Arabic digits -> Thai digits."""
    return str(s).translate(TH_DIG)


MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
          "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
MONTHS_S = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]

# ---------------------------------------------------------------- PDF writer
COMBINING = set(chr(c) for c in list(range(0x0E31, 0x0E32)) + list(range(0x0E34, 0x0E3B)) + list(range(0x0E47, 0x0E4F)))


def clusters(tok):
    out = []
    for ch in tok:
        if out and ch in COMBINING:
            out[-1] += ch
        else:
            out.append(ch)
    return out


def wrap(text, font, size, width):
    lines = []
    for para in str(text).split("\n"):
        cur = ""
        for tok in re.split(r"(\s+)", para):
            if not tok:
                continue
            if pdfmetrics.stringWidth(cur + tok, font, size) <= width:
                cur += tok
                continue
            if cur.strip():
                lines.append(cur.rstrip())
                cur = ""
            tok = tok.lstrip() if tok.isspace() else tok
            if pdfmetrics.stringWidth(tok, font, size) <= width:
                cur = tok
            else:
                for cl in clusters(tok):
                    if pdfmetrics.stringWidth(cur + cl, font, size) > width:
                        lines.append(cur)
                        cur = ""
                    cur += cl
        lines.append(cur.rstrip())
    return lines


class Doc:
    def __init__(self, path, pagesize=A4, font="Norasi", bold="Norasi-Bold", margin=56, title=None):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.c = canvas.Canvas(str(self.path), pagesize=pagesize, pageCompression=1)
        if title:
            self.c.setTitle(title)
        self.c.setAuthor("สำนักงานเขตบางบอน")
        self.W, self.H = pagesize
        self.m = margin
        self.font, self.bold = font, bold
        self.y = self.H - margin
        self.page = 1

    def need(self, h):
        if self.y - h < self.m:
            self.newpage()

    def newpage(self):
        self.c.setFont(self.font, 10)
        self.c.drawCentredString(self.W / 2, 28, th(f"- {self.page} -"))
        self.c.showPage()
        self.page += 1
        self.y = self.H - self.m

    def title(self, text, size=17):
        for ln in wrap(text, self.bold, size, self.W - 2 * self.m):
            self.need(size + 6)
            self.c.setFont(self.bold, size)
            self.c.drawCentredString(self.W / 2, self.y - size, ln)
            self.y -= size + 6
        self.y -= 4

    def para(self, text, size=14, indent=0, bold=False, gap=4):
        f = self.bold if bold else self.font
        for ln in wrap(text, f, size, self.W - 2 * self.m - indent):
            self.need(size + 5)
            self.c.setFont(f, size)
            self.c.drawString(self.m + indent, self.y - size, ln)
            self.y -= size + 5
        self.y -= gap

    def table(self, rows, widths, size=11, header=True, links=None):
        """rows: list of lists of str. widths: fractions. links: {(r,c): url}."""
        total = self.W - 2 * self.m
        ws = [w * total for w in widths]
        pad = 3
        for ri, row in enumerate(rows):
            f = self.bold if (header and ri == 0) else self.font
            cells = [wrap(cell, f, size, ws[i] - 2 * pad) for i, cell in enumerate(row)]
            h = max(len(cl) for cl in cells) * (size + 3) + 2 * pad + 2
            if self.y - h < self.m:
                self.newpage()
                if header:
                    self._row(rows[0], ws, size, True, None, 0)
            self._row(row, ws, size, header and ri == 0, links, ri, cells, h)

    def _row(self, row, ws, size, is_head, links, ri, cells=None, h=None):
        f = self.bold if is_head else self.font
        pad = 3
        if cells is None:
            cells = [wrap(cell, f, size, ws[i] - 2 * pad) for i, cell in enumerate(row)]
            h = max(len(cl) for cl in cells) * (size + 3) + 2 * pad + 2
        x = self.m
        c = self.c
        if is_head:
            c.setFillColorRGB(0.85, 0.9, 0.97)
            c.rect(self.m, self.y - h, sum(ws), h, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        for i, lines in enumerate(cells):
            c.rect(x, self.y - h, ws[i], h, stroke=1, fill=0)
            url = links.get((ri, i)) if links else None
            ty = self.y - pad - size
            for ln in lines:
                if url:
                    c.setFillColorRGB(0, 0.2, 0.75)
                c.setFont(f, size)
                c.drawString(x + pad, ty, ln)
                if url:
                    wdt = pdfmetrics.stringWidth(ln, f, size)
                    c.setStrokeColorRGB(0, 0.2, 0.75)
                    c.line(x + pad, ty - 1.5, x + pad + wdt, ty - 1.5)
                    c.setStrokeColorRGB(0, 0, 0)
                    c.setFillColorRGB(0, 0, 0)
                ty -= size + 3
            if url:
                c.linkURL(url, (x + 1, self.y - h + 1, x + ws[i] - 1, self.y - 1), relative=0, thickness=0)
            x += ws[i]
        self.y -= h

    def sign(self, name, position, extra=None):
        self.need(90)
        self.y -= 20
        x = self.W * 0.58
        self.c.setFont(self.font, 14)
        # a pen-like scribble as the signature
        self.c.setStrokeColorRGB(0.1, 0.1, 0.45)
        p = self.c.beginPath()
        p.moveTo(x + 10, self.y - 5)
        p.curveTo(x + 30, self.y + 12, x + 45, self.y - 18, x + 70, self.y + 2)
        p.curveTo(x + 85, self.y + 10, x + 95, self.y - 8, x + 120, self.y - 2)
        self.c.drawPath(p, stroke=1, fill=0)
        self.c.setStrokeColorRGB(0, 0, 0)
        self.y -= 22
        for ln in [f"({name})", position] + ([extra] if extra else []):
            self.c.drawCentredString(x + 60, self.y, ln)
            self.y -= 18

    def stamp(self, text, rgb=(0.8, 0.1, 0.1)):
        c = self.c
        c.saveState()
        c.setFillColorRGB(*rgb)
        c.setFont(self.bold, 40)
        c.translate(self.W / 2, self.H / 2)
        c.rotate(35)
        c.setFillAlpha(0.25)
        c.drawCentredString(0, 0, text)
        c.restoreState()

    def save(self):
        self.c.setFont(self.font, 10)
        self.c.drawCentredString(self.W / 2, 28, th(f"- {self.page} -"))
        self.c.save()


def simple_pdf(path, title, paras, sign=None, table=None, widths=None, pagesize=A4, subtitle=None, size=14, tsize=11):
    d = Doc(path, pagesize=pagesize, title=title)
    d.title(title)
    if subtitle:
        d.title(subtitle, size=14)
    for p in paras:
        if isinstance(p, tuple) and p[0] == "h":
            d.para(p[1], bold=True, size=size)
        elif isinstance(p, tuple) and p[0] == "table":
            d.table(p[1], p[2], size=p[3] if len(p) > 3 else tsize)
            d.y -= 8
        else:
            d.para(p, indent=0, size=size)
    if table:
        d.table(table, widths, size=tsize)
    if sign:
        d.sign(*sign)
    d.save()


# ---------------------------------------------------------------- HTML
DISTRICT = "บางบอน"
OFFICE = "สำนักงานเขตบางบอน"
ADDRESS = "เลขที่ ๙๙ ถนนเอกชัย แขวงบางบอนเหนือ เขตบางบอน กรุงเทพมหานคร ๑๐๑๕๐"
TEL = "๐ ๒๔๕๐ ๒๕๙๑"
FAX = "๐ ๒๔๕๐ ๒๕๙๙"
EMAIL = "bangbon.dso@bangkok.go.th"

CSS = """
body{font-family:'Sarabun','Garuda',Tahoma,sans-serif;margin:0;background:#eef2f5;color:#222}
#top{background:#0b4f2e;color:#fff;padding:6px 18px;font-size:13px}
#top a{color:#d6f5e3;margin-right:12px}
#head{background:linear-gradient(90deg,#137a45,#41a86b);color:#fff;padding:18px}
#head h1{margin:0;font-size:28px} #head small{font-size:15px}
#nav{background:#0f6338} #nav a{color:#fff;display:inline-block;padding:10px 14px;text-decoration:none}
#wrap{display:flex;max-width:1150px;margin:12px auto;gap:14px}
#main{flex:3;background:#fff;padding:18px;border-radius:4px}
#side{flex:1;background:#fff;padding:12px;border-radius:4px;font-size:14px}
table.t{border-collapse:collapse;width:100%} table.t td,table.t th{border:1px solid #bbb;padding:5px;vertical-align:top}
.banner{display:block;background:#fff4d6;border:2px solid #d9a300;padding:14px;margin:10px 0;font-size:20px;text-align:center;text-decoration:none;color:#6b4b00;border-radius:8px}
#foot{background:#24323d;color:#ccd;padding:16px;text-align:center;font-size:13px}
.crumb{font-size:13px;color:#666;margin-bottom:8px}
"""


def html(path, title, body, crumbs=None, side=True):
    p = SITE / path.lstrip("/")
    p.parent.mkdir(parents=True, exist_ok=True)
    crumb = ""
    if crumbs:
        crumb = '<div class="crumb"><a href="/">หน้าแรก</a> &raquo; ' + " &raquo; ".join(crumbs) + "</div>"
    sidebar = ""
    if side:
        sidebar = f"""<div id="side">
<h4>ลิงก์หน่วยงาน</h4>
<ul><li><a href="https://www.bangkok.go.th/">กรุงเทพมหานคร</a></li>
<li><a href="https://webportal.bangkok.go.th/">เว็บพอร์ทัลสำนักงานเขต</a></li>
<li><a href="https://www.traffy.in.th/">Traffy Fondue แจ้งปัญหาเมือง</a></li>
<li><a href="https://bmaoss.bangkok.go.th/">BMA OSS ขออนุญาตออนไลน์</a></li>
<li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li></ul>
<h4>สภาพอากาศวันนี้</h4><p>กรุงเทพฯ ๓๑&deg;C มีเมฆบางส่วน<br>ค่าฝุ่น PM2.5 : ๒๘ มคก./ลบ.ม. (ปานกลาง)</p>
<h4>สายด่วน</h4><p>กรุงเทพมหานคร ๑๕๕๕<br>ศูนย์ดับเพลิงฯ ๑๙๙</p>
<p style="font-size:12px;color:#888">ผู้เข้าชมวันนี้ ๓๑๒ คน<br>ผู้เข้าชมทั้งหมด ๑,๒๔๘,๐๒๗ คน</p>
</div>"""
    doc = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{title} - {OFFICE}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{CSS}</style></head>
<body>
<div id="top"><a href="https://www.bangkok.go.th/">กรุงเทพมหานคร</a><a href="https://webportal.bangkok.go.th/">เว็บไซต์สำนักงานเขต ๕๐ เขต</a>
<span style="float:right">วันพฤหัสบดีที่ ๒๐ พฤศจิกายน ๒๕๖๘</span></div>
<div id="head"><h1>{OFFICE}</h1><small>Bang Bon District Office · กรุงเทพมหานคร</small></div>
<div id="nav"><a href="/">หน้าแรก</a><a href="/about/history.html">เกี่ยวกับเขต</a><a href="/news/index.html">ข่าวประชาสัมพันธ์</a>
<a href="/announce/index.html">ประกาศ/คำสั่ง</a><a href="/education/schools.html">การศึกษา</a><a href="/contact.html">ติดต่อเรา</a></div>
<div id="wrap"><div id="main">{crumb}
{body}
</div>{sidebar}</div>
<div id="foot">{OFFICE} {ADDRESS}<br>โทรศัพท์ {TEL} โทรสาร {FAX} อีเมล {EMAIL}<br>
&copy; ๒๕๖๘ {OFFICE} กรุงเทพมหานคร สงวนลิขสิทธิ์</div>
</body></html>
"""
    p.write_text(doc, encoding="utf-8")


def png(path, w, h, draw_fn, bg=(255, 255, 255)):
    p = SITE / path.lstrip("/")
    p.parent.mkdir(parents=True, exist_ok=True)
    im = Image.new("RGB", (w, h), bg)
    draw_fn(im, ImageDraw.Draw(im))
    im.save(p, optimize=True)


def pfont(size, bold=False):
    return ImageFont.truetype(FONTDIR + ("Garuda-Bold.ttf" if bold else "Garuda.ttf"), size)


# ---------------------------------------------------------------- content
EXECS = [
    ("นายธีรวัฒน์ ศรีประเสริฐ", "ผู้อำนวยการเขตบางบอน", "๐ ๒๔๕๐ ๒๕๙๑ ต่อ ๒๐๐๑", "theerawat.s@bangkok.go.th"),
    ("นางสาวกมลชนก วงศ์ทอง", "ผู้ช่วยผู้อำนวยการเขตบางบอน", "๐ ๒๔๕๐ ๒๕๙๑ ต่อ ๒๐๐๒", "kamonchanok.w@bangkok.go.th"),
    ("นายอนุชา พึ่งบุญ", "ผู้ช่วยผู้อำนวยการเขตบางบอน", "๐ ๒๔๕๐ ๒๕๙๑ ต่อ ๒๐๐๓", "anucha.p@bangkok.go.th"),
]
DIVISIONS = [
    ("ฝ่ายปกครอง", "admin"), ("ฝ่ายทะเบียน", "registry"), ("ฝ่ายการคลัง", "finance"),
    ("ฝ่ายรายได้", "revenue"), ("ฝ่ายโยธา", "works"), ("ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "clean"),
    ("ฝ่ายเทศกิจ", "tessakij"), ("ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "env"),
    ("ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "community"), ("ฝ่ายการศึกษา", "edu"),
]
DIRECTOR = EXECS[0]


def build_basic_pages():
    # org chart
    def chart(im, d):
        f, fb = pfont(16), pfont(18, True)
        d.rectangle([420, 20, 780, 80], outline=(0, 90, 50), width=3, fill=(225, 245, 232))
        d.text((600, 50), "ผู้อำนวยการเขตบางบอน", font=fb, fill=(0, 0, 0), anchor="mm")
        d.rectangle([200, 110, 520, 160], outline=(0, 90, 50), width=2)
        d.text((360, 135), "ผู้ช่วยผู้อำนวยการเขต (๑)", font=f, fill=(0, 0, 0), anchor="mm")
        d.rectangle([680, 110, 1000, 160], outline=(0, 90, 50), width=2)
        d.text((840, 135), "ผู้ช่วยผู้อำนวยการเขต (๒)", font=f, fill=(0, 0, 0), anchor="mm")
        d.line([600, 80, 600, 95, 360, 95, 360, 110], fill=(0, 0, 0), width=2)
        d.line([600, 95, 840, 95, 840, 110], fill=(0, 0, 0), width=2)
        for i, (dv, _) in enumerate(DIVISIONS):
            x = 20 + (i % 5) * 236
            y = 200 + (i // 5) * 90
            d.rectangle([x, y, x + 220, y + 60], outline=(60, 60, 60), width=2, fill=(248, 248, 248))
            d.text((x + 110, y + 30), dv if len(dv) < 20 else dv[:16] + "…", font=pfont(15), fill=(0, 0, 0), anchor="mm")
    png("/images/org-chart-2568.png", 1200, 400, chart)

    def avatar(seed):
        def fn(im, d):
            d.ellipse([45, 25, 115, 95], fill=(120 + seed * 20, 100, 90))
            d.rectangle([25, 100, 135, 180], fill=(30, 50 + seed * 30, 90))
            d.text((80, 190), "ภาพถ่าย", font=pfont(12), fill=(90, 90, 90), anchor="mm")
        return fn
    for i in range(len(EXECS)):
        png(f"/images/exec{i + 1}.png", 160, 200, avatar(i), bg=(230, 236, 240))

    rows = "".join(
        f'<tr><td><img src="/images/exec{i + 1}.png" width="120" alt="{n}"></td><td><b>{n}</b><br>{pos}<br>'
        f"โทรศัพท์ {t}<br>อีเมล <a href=\"mailto:{e}\">{e}</a></td></tr>"
        for i, (n, pos, t, e) in enumerate(EXECS))
    html("/about/executives.html", "ผู้บริหารสำนักงานเขต", f"""<h2>คณะผู้บริหารสำนักงานเขตบางบอน</h2>
<p>ข้อมูล ณ วันที่ ๓ พฤศจิกายน ๒๕๖๘</p><table class="t">{rows}</table>
<h3>หัวหน้าฝ่าย</h3><p>รายชื่อหัวหน้าฝ่ายและหมายเลขโทรศัพท์ภายใน ดูได้ที่ <a href="/contact.html">หน้าติดต่อเรา</a></p>""",
         ["เกี่ยวกับเขต", "ผู้บริหาร"])

    divs = "".join(f"<li>{d}</li>" for d, _ in DIVISIONS)
    html("/about/info.html", "ข้อมูลพื้นฐานสำนักงานเขต", f"""<h2>ข้อมูลพื้นฐานของสำนักงานเขตบางบอน</h2>
<h3 id="structure">โครงสร้างการแบ่งส่วนราชการ</h3>
<img src="/images/org-chart-2568.png" alt="แผนภูมิโครงสร้างสำนักงานเขตบางบอน" style="max-width:100%">
<p>สำนักงานเขตบางบอนแบ่งส่วนราชการออกเป็น ๑๐ ฝ่าย ดังนี้</p><ol>{divs}</ol>
<p>ดูรายชื่อผู้บริหาร <a href="/about/executives.html">คลิกที่นี่</a></p>
<h3 id="duty">อำนาจหน้าที่</h3>
<p>สำนักงานเขตมีอำนาจหน้าที่ตามประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต ได้แก่ การปกครองและทะเบียนราษฎร
การจัดเก็บรายได้ การรักษาความสะอาด การดูแลสิ่งแวดล้อมและสุขาภิบาล การควบคุมอาคาร การรักษาความเป็นระเบียบเรียบร้อย
การพัฒนาชุมชนและสวัสดิการสังคม และการจัดการศึกษาในโรงเรียนสังกัดกรุงเทพมหานครในพื้นที่ ตลอดจนหน้าที่อื่นตามที่ผู้ว่าราชการกรุงเทพมหานครมอบหมาย</p>
<p>อำนาจหน้าที่รายฝ่ายโดยย่อ: ฝ่ายปกครอง (งานธุรการ งานนิติการ งานอำนวยการ) · ฝ่ายทะเบียน (ทะเบียนราษฎร บัตรประจำตัวประชาชน) ·
ฝ่ายการคลัง (การเงิน บัญชี พัสดุ) · ฝ่ายรายได้ (ภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย) · ฝ่ายโยธา (ควบคุมอาคาร ถนน ทางเท้า) ฯลฯ</p>
<h3 id="law">กฎหมายที่เกี่ยวข้อง</h3>
<ul><li>พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘</li><li>พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐</li>
<li>พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒</li><li>พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐</li>
<li>พระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘</li></ul>
<h3 id="contact">ติดต่อ</h3><p>ดูที่ <a href="/contact.html">หน้าติดต่อเรา</a></p>""", ["เกี่ยวกับเขต", "ข้อมูลพื้นฐาน"])

    html("/about/history.html", "ประวัติเขตบางบอน", """<h2>ประวัติความเป็นมา</h2>
<p>เขตบางบอนเดิมเป็นส่วนหนึ่งของเขตบางขุนเทียน ต่อมาได้จัดตั้งเป็นเขตบางบอนเมื่อปี พ.ศ. ๒๕๔๑ มีพื้นที่ประมาณ ๓๔.๗ ตารางกิโลเมตร
ประกอบด้วย ๔ แขวง ได้แก่ แขวงบางบอนเหนือ แขวงบางบอนใต้ แขวงคลองบางพราน และแขวงคลองบางบอน</p>
<p>ลิงก์ที่เกี่ยวข้อง: <a href="/about/info.html">ข้อมูลพื้นฐานสำนักงานเขต</a> · <a href="/about/executives.html">ผู้บริหาร</a></p>
<p><img src="/images/banner-fest.png" alt="งานประจำปีเขตบางบอน" style="max-width:100%"></p>""", ["เกี่ยวกับเขต"])

    def fest(im, d):
        d.rectangle([0, 0, 900, 160], fill=(250, 220, 120))
        d.text((450, 80), "เทศกาลลอยกระทง เขตบางบอน ๒๕๖๘", font=pfont(40, True), fill=(120, 40, 0), anchor="mm")
    png("/images/banner-fest.png", 900, 160, fest)

    def mapimg(im, d):
        d.rectangle([0, 0, 600, 400], fill=(236, 240, 228))
        d.line([0, 200, 600, 180], fill=(200, 170, 80), width=14)
        d.text((300, 160), "ถนนเอกชัย", font=pfont(18), fill=(60, 60, 60), anchor="mm")
        d.line([320, 0, 300, 400], fill=(255, 255, 255), width=8)
        d.ellipse([330, 205, 350, 225], fill=(220, 30, 30))
        d.text((345, 240), "สำนักงานเขตบางบอน", font=pfont(16, True), fill=(150, 0, 0), anchor="lm")
    png("/images/map-bangbon.png", 600, 400, mapimg)

    heads = "".join(f"<tr><td>{d}</td><td>๐ ๒๔๕๐ ๒๕๙๑ ต่อ {th(3001 + i)}</td></tr>" for i, (d, _) in enumerate(DIVISIONS))
    html("/contact.html", "ติดต่อเรา", f"""<h2>ติดต่อสำนักงานเขตบางบอน</h2>
<p><b>ที่อยู่</b> {ADDRESS}</p><p><b>โทรศัพท์</b> {TEL} &nbsp; <b>โทรสาร</b> {FAX}</p>
<p><b>อีเมล</b> <a href="mailto:{EMAIL}">{EMAIL}</a> &nbsp; <b>Facebook</b> <a href="https://www.facebook.com/bangbondistrict">สำนักงานเขตบางบอน</a></p>
<p><b>เวลาทำการ</b> วันจันทร์ - วันศุกร์ เวลา ๐๘.๐๐ - ๑๖.๐๐ น. (ฝ่ายทะเบียนเปิดบริการวันเสาร์ ๐๘.๐๐ - ๑๒.๐๐ น.)</p>
<h3>แผนที่</h3><img src="/images/map-bangbon.png" alt="แผนที่ตั้งสำนักงานเขตบางบอน">
<p><a href="https://maps.google.com/?q=สำนักงานเขตบางบอน">เปิดใน Google Maps</a></p>
<h3>หมายเลขโทรศัพท์ฝ่ายต่าง ๆ</h3><table class="t">{heads}</table>
<h3>ถาม-ตอบ (Q&amp;A)</h3><p>ส่งคำถามถึงสำนักงานเขตได้ทางอีเมลหรือ Facebook Messenger ของสำนักงานเขต เจ้าหน้าที่ตอบภายใน ๓ วันทำการ</p>""",
         ["ติดต่อเรา"])


NEWS = [
    ("2568-11-18", "ผู้อำนวยการเขตบางบอนลงพื้นที่ตรวจความเรียบร้อยจุดผ่อนผันหาบเร่แผงลอยถนนเอกชัย"),
    ("2568-11-14", "เขตบางบอนจัดกิจกรรม Big Cleaning Day คลองบางบอน ร่วมกับชุมชนริมคลอง"),
    ("2568-11-06", "ประชาสัมพันธ์ชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี ๒๕๖๘ ผ่านแอปพลิเคชันธนาคาร"),
    ("2568-10-31", "เขตบางบอนจัดงานลอยกระทงวิถีไทย ณ สวนสาธารณะหนองบอน ร่วมรักษ์สิ่งแวดล้อม"),
    ("2568-10-22", "ประชุมคณะกรรมการชุมชนเขตบางบอน ครั้งที่ ๑/๒๕๖๙"),
    ("2568-10-08", "ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"),
]


def be_date(s):
    y, m, d = s.split("-")
    return th(f"{int(d)} {MONTHS[int(m) - 1]} {y}")


def build_news():
    items = []
    for i, (dt, t) in enumerate(NEWS):
        items.append(f'<li><a href="/news/n{i + 1}.html">{t}</a> <small>({be_date(dt)})</small></li>')
        html(f"/news/n{i + 1}.html", t, f"<h2>{t}</h2><p><small>วันที่ {be_date(dt)} | ฝ่ายปกครอง</small></p>"
             f"<p>{OFFICE} โดยผู้อำนวยการเขตบางบอน พร้อมด้วยผู้ช่วยผู้อำนวยการเขตและหัวหน้าฝ่ายที่เกี่ยวข้อง ร่วมดำเนินกิจกรรมดังกล่าว "
             f"เพื่อให้การให้บริการประชาชนเป็นไปด้วยความเรียบร้อย ทั้งนี้ประชาชนสามารถติดตามข่าวสารได้ทาง Facebook สำนักงานเขตบางบอน</p>"
             + ('<p>อ่านประกาศฉบับเต็มได้ที่หน้า <a href="/announce/index.html">ประกาศ/คำสั่ง</a></p>' if "สินบน" in t else ""),
             ["ข่าวประชาสัมพันธ์"])
    html("/news/index.html", "ข่าวประชาสัมพันธ์", "<h2>ข่าวประชาสัมพันธ์และผลการดำเนินงาน</h2><ul>" + "".join(items) +
         "</ul><p>หน้า ๑ / ๑๒ &nbsp; <a href=\"/news/index.html\">ถัดไป &raquo;</a></p>", ["ข่าวประชาสัมพันธ์"])


SCHOOLS = [
    ("โรงเรียนวัดบางบอน", "แขวงบางบอนเหนือ", "อนุบาล - ป.๖", 612),
    ("โรงเรียนวัดกำแพง (สังข์สุวรรณราษฎร์บำรุง)", "แขวงบางบอนใต้", "อนุบาล - ม.๓", 1045),
    ("โรงเรียนวัดนิมมานรดี", "แขวงคลองบางบอน", "อนุบาล - ป.๖", 488),
    ("โรงเรียนวัดโพธิ์แจ้", "แขวงคลองบางพราน", "อนุบาล - ป.๖", 356),
    ("โรงเรียนคลองหนองใหญ่", "แขวงคลองบางพราน", "อนุบาล - ป.๖", 402),
    ("โรงเรียนวัดศรีนวลธรรมวิมล", "แขวงบางบอนเหนือ", "อนุบาล - ม.๓", 930),
]


def build_schools():
    rows = "".join(f"<tr><td>{th(i + 1)}</td><td>{n}</td><td>{k}</td><td>{lv}</td><td>{th(f'{s:,}')}</td></tr>"
                   for i, (n, k, lv, s) in enumerate(SCHOOLS))
    html("/education/schools.html", "โรงเรียนสังกัดกรุงเทพมหานคร", f"""<h2>โรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขตบางบอน</h2>
<p>ฝ่ายการศึกษา สำนักงานเขตบางบอน ดูแลโรงเรียนสังกัดกรุงเทพมหานครจำนวน {th(len(SCHOOLS))} โรงเรียน (ข้อมูลปีการศึกษา ๒๕๖๘)</p>
<table class="t"><tr><th>ที่</th><th>ชื่อโรงเรียน</th><th>ที่ตั้ง</th><th>ระดับชั้นที่เปิดสอน</th><th>จำนวนนักเรียน</th></tr>{rows}</table>
<p>ติดต่อฝ่ายการศึกษา โทร ๐ ๒๔๕๐ ๒๕๙๑ ต่อ ๓๐๑๐</p>""", ["การศึกษา", "โรงเรียนในสังกัด"])


def monthly_list():
    """FY2568 (Oct 2567 .. Sep 2568) + Oct 2568."""
    out = []
    for k in range(13):
        m = (9 + k) % 12  # 9 = ตุลาคม index
        y = 2567 + (9 + k) // 12
        out.append((m, y))
    return out


PROC_ITEMS = [
    ("จ้างซ่อมแซมผิวจราจรซอยเอกชัย {n}", 480000, "เฉพาะเจาะจง", "ห้างหุ้นส่วนจำกัด บางบอนการโยธา"),
    ("ซื้อวัสดุสำนักงาน (กระดาษ หมึกพิมพ์)", 48500, "เฉพาะเจาะจง", "ร้านศรีเจริญเครื่องเขียน"),
    ("จ้างขุดลอกท่อระบายน้ำซอยบางบอน {n}", 1250000, "e-bidding", "บริษัท ท่อสะอาด จำกัด"),
    ("ซื้อน้ำมันเชื้อเพลิงสำหรับรถเก็บขนมูลฝอย", 96000, "เฉพาะเจาะจง", "หจก. เอกชัยปิโตรเลียม"),
    ("จ้างเหมาบริการทำความสะอาดอาคารสำนักงาน", 215000, "เฉพาะเจาะจง", "บริษัท คลีนเวิร์ค จำกัด"),
]


def build_procurement():
    rows_html = []
    for idx, (m, y) in enumerate(monthly_list()):
        fname = f"/files/o15/sor-kor-ror-1-{y}-{m + 1:02d}.pdf"
        d = Doc(SITE / fname.lstrip("/"), pagesize=landscape(A4), margin=36, title=f"สขร.1 {MONTHS[m]} {y}")
        d.title(f"แบบ สขร.๑ สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน{MONTHS[m]} พ.ศ. {th(y)}")
        d.title(f"{OFFICE} กรุงเทพมหานคร", size=14)
        hdr = ["ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง (บาท)", "ราคากลาง (บาท)", "วิธีซื้อหรือจ้าง",
               "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลง", "เหตุผลที่คัดเลือกโดยสรุป",
               "เลขที่และวันที่ของสัญญาหรือข้อตกลง"]
        rows = [hdr]
        for j in range(2 + idx % 3):
            t, amt, meth, who = PROC_ITEMS[(idx + j) % len(PROC_ITEMS)]
            amt = amt + 1000 * ((idx * 7 + j * 3) % 11)
            price = amt - 500 * (j + 1)
            rows.append([th(j + 1), t.format(n=th(20 + idx * 3 + j)), th(f"{amt:,.2f}"), th(f"{amt:,.2f}"), meth,
                         f"{who} / {th(f'{price:,.2f}')}", f"{who} / {th(f'{price:,.2f}')}",
                         "เสนอราคาต่ำสุดและคุณสมบัติถูกต้องตามเงื่อนไข",
                         th(f"สัญญาเลขที่ {idx + 1}{j}/{y} ลงวันที่ {5 + j * 7} {MONTHS_S[m]} {str(y)[2:]}")])
        d.table(rows, [0.05, 0.17, 0.1, 0.09, 0.08, 0.15, 0.15, 0.11, 0.10], size=9)
        d.y -= 10
        d.para("หมายเหตุ: ข้อมูลโครงการจัดซื้อจัดจ้างเผยแพร่ในระบบ e-GPBMA ของกรุงเทพมหานครด้วย", size=11)
        d.sign("นางวราภรณ์ ใจดี", "หัวหน้าฝ่ายการคลัง")
        d.save()
        rows_html.append(f'<tr><td>{MONTHS[m]} {th(y)}</td><td><a href="{fname}">ดาวน์โหลด (PDF)</a></td></tr>')

    ann = [("ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", "/files/o15/plan-2569.pdf"),
           ("ประกาศประกวดราคาจ้างก่อสร้างเขื่อน คสล. คลองบางบอน ด้วยวิธี e-bidding", "/files/o15/ebid-01-2569.pdf"),
           ("ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมผิวจราจรซอยเอกชัย ๑๓๑", "/files/o15/winner-02-2569.pdf")]
    simple_pdf(SITE / "files/o15/plan-2569.pdf", "ประกาศสำนักงานเขตบางบอน เรื่อง เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
               ["ด้วยสำนักงานเขตบางบอน ได้จัดทำแผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ เสร็จเรียบร้อยแล้ว จึงขอเผยแพร่แผนการจัดซื้อจัดจ้างตามเอกสารแนบท้ายประกาศนี้",
                ("table", [["ที่", "รายการ", "วงเงิน (บาท)", "คาดว่าจะประกาศ"],
                           ["๑", "จ้างก่อสร้างเขื่อน คสล. คลองบางบอน", "๘,๕๐๐,๐๐๐", "พ.ย. ๒๕๖๘"],
                           ["๒", "จ้างซ่อมแซมผิวจราจรซอยเอกชัย", "๔,๒๐๐,๐๐๐", "ธ.ค. ๒๕๖๘"],
                           ["๓", "ซื้อรถเก็บขนมูลฝอยแบบอัดท้าย", "๓,๙๕๐,๐๐๐", "ม.ค. ๒๕๖๙"]], [0.08, 0.52, 0.2, 0.2]),
                "ประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๘"], sign=(DIRECTOR[0], DIRECTOR[1]))
    simple_pdf(SITE / "files/o15/ebid-01-2569.pdf", "ประกาศสำนักงานเขตบางบอน เรื่อง ประกวดราคาจ้างก่อสร้างเขื่อน คสล. คลองบางบอน ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
               ["สำนักงานเขตบางบอน มีความประสงค์จะประกวดราคาจ้างก่อสร้างเขื่อน คสล. คลองบางบอน ความยาว ๔๒๐ เมตร ราคากลางของงานในการประกวดราคาครั้งนี้เป็นเงินทั้งสิ้น ๘,๔๖๒,๐๐๐.๐๐ บาท",
                "ผู้สนใจสามารถดูรายละเอียดได้ที่ระบบ e-GPBMA และเว็บไซต์กรมบัญชีกลาง www.gprocurement.go.th",
                "ประกาศ ณ วันที่ ๔ พฤศจิกายน พ.ศ. ๒๕๖๘"], sign=(DIRECTOR[0], DIRECTOR[1]))
    simple_pdf(SITE / "files/o15/winner-02-2569.pdf", "ประกาศสำนักงานเขตบางบอน เรื่อง ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมผิวจราจรซอยเอกชัย ๑๓๑ โดยวิธีเฉพาะเจาะจง",
               ["ตามที่สำนักงานเขตบางบอน ได้มีโครงการจ้างซ่อมแซมผิวจราจรซอยเอกชัย ๑๓๑ โดยวิธีเฉพาะเจาะจง นั้น",
                "ผู้ได้รับการคัดเลือก ได้แก่ ห้างหุ้นส่วนจำกัด บางบอนการโยธา โดยเสนอราคาเป็นเงินทั้งสิ้น ๔๗๘,๐๐๐.๐๐ บาท (สี่แสนเจ็ดหมื่นแปดพันบาทถ้วน) ซึ่งรวมภาษีมูลค่าเพิ่มและภาษีอื่น ค่าขนส่ง ค่าจดทะเบียน และค่าใช้จ่ายอื่น ๆ ทั้งปวง",
                "ประกาศ ณ วันที่ ๑๒ พฤศจิกายน พ.ศ. ๒๕๖๘"], sign=(DIRECTOR[0], DIRECTOR[1]))
    ann_html = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in ann)
    html("/oit/procurement.html", "การจัดซื้อจัดจ้าง", f"""<h2>การจัดซื้อจัดจ้าง สำนักงานเขตบางบอน</h2>
<p><a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch">ระบบ e-GP กรมบัญชีกลาง</a> ·
<a href="https://egpbma.bangkok.go.th/">ระบบ e-GPBMA กรุงเทพมหานคร</a></p>
<h3>ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๙</h3><ul>{ann_html}</ul>
<h3>สรุปผลการดำเนินการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.๑)</h3>
<table class="t"><tr><th>เดือน</th><th>เอกสาร</th></tr>{''.join(rows_html)}</table>""", ["ข้อมูล ITA", "จัดซื้อจัดจ้าง"])


def build_docs():
    D = DIRECTOR
    # O2 governor policy + plans (reachable only from the PDF index)
    simple_pdf(SITE / "files/o2/bma-policy-district-plan-2569.pdf",
               "นโยบายผู้ว่าราชการกรุงเทพมหานคร และแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร",
               [("h", "๑. นโยบายผู้ว่าราชการกรุงเทพมหานคร (นายชัชชาติ สิทธิพันธุ์)"),
                "นโยบาย ๙ ดี ได้แก่ ปลอดภัยดี เดินทางดี สิ่งแวดล้อมดี สุขภาพดี เรียนดี เศรษฐกิจดี สังคมดี บริหารจัดการดี และโครงสร้างดี รวมทั้งนโยบายย่อยกว่า ๒๐๐ ข้อ ที่สำนักงานเขตนำมาขับเคลื่อนในระดับพื้นที่",
                ("h", "๒. แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี (พ.ศ. ๒๕๖๑ - ๒๕๘๐) และแผนปฏิบัติราชการกรุงเทพมหานคร ประจำปี พ.ศ. ๒๕๖๙"),
                "สำนักงานเขตบางบอนได้จัดทำแผนพัฒนาเขตบางบอน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ให้สอดคล้องกับแผนดังกล่าว โดยเน้นการแก้ไขปัญหาน้ำท่วมขังในพื้นที่คลองบางบอน การพัฒนาทางเท้า การจัดการขยะต้นทาง และการพัฒนาคุณภาพการศึกษาในโรงเรียนสังกัดกรุงเทพมหานคร",
                ("table", [["ยุทธศาสตร์ (มิติ ๙ ดี)", "โครงการสำคัญของเขตบางบอน ปี ๒๕๖๙", "งบประมาณ (บาท)"],
                           ["สิ่งแวดล้อมดี", "โครงการขุดลอกคูคลองและท่อระบายน้ำ", "๕,๒๐๐,๐๐๐"],
                           ["เดินทางดี", "โครงการปรับปรุงทางเท้าถนนเอกชัย", "๓,๘๐๐,๐๐๐"],
                           ["เรียนดี", "โครงการพัฒนาห้องเรียนดิจิทัล ๖ โรงเรียน", "๒,๑๐๐,๐๐๐"],
                           ["ปลอดภัยดี", "โครงการติดตั้งไฟฟ้าส่องสว่างในซอย", "๑,๖๐๐,๐๐๐"]], [0.25, 0.5, 0.25]),
                "ข้อมูล ณ วันที่ ๒๐ ตุลาคม ๒๕๖๘ จัดทำโดย ฝ่ายปกครอง สำนักงานเขตบางบอน"])
    # O5 plan FY2569 (good) and annual report FY2566 (stale)
    simple_pdf(SITE / "files/o5/action-plan-2569.pdf", "แผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๙ สำนักงานเขตบางบอน",
               ["แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๙ (๑ ตุลาคม ๒๕๖๘ - ๓๐ กันยายน ๒๕๖๙) จัดทำขึ้นเพื่อเป็นกรอบการดำเนินงานของทุกฝ่าย ได้รับความเห็นชอบจากผู้อำนวยการเขตเมื่อวันที่ ๙ ตุลาคม ๒๕๖๘",
                ("table", [["ที่", "โครงการ/กิจกรรม", "ตัวชี้วัด", "งบประมาณ (บาท)", "ฝ่ายที่รับผิดชอบ"],
                           ["๑", "ขุดลอกคูคลองและท่อระบายน้ำ", "ความยาว ๑๘ กม.", "๕,๒๐๐,๐๐๐", "ฝ่ายโยธา"],
                           ["๒", "ปรับปรุงทางเท้าถนนเอกชัย", "๒.๕ กม.", "๓,๘๐๐,๐๐๐", "ฝ่ายโยธา"],
                           ["๓", "คัดแยกขยะต้นทางในชุมชน", "๒๕ ชุมชน", "๔๕๐,๐๐๐", "ฝ่ายรักษาความสะอาดฯ"],
                           ["๔", "จัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง", "ร้อยละ ๙๐ ของเป้าหมาย", "๑๒๐,๐๐๐", "ฝ่ายรายได้"],
                           ["๕", "ตรวจสุขลักษณะร้านอาหาร", "๓๐๐ ร้าน", "๘๐,๐๐๐", "ฝ่ายสิ่งแวดล้อมฯ"]],
                 [0.06, 0.38, 0.2, 0.16, 0.2])], sign=(D[0], D[1]))
    simple_pdf(SITE / "files/o5/annual-report.pdf", "รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๖ สำนักงานเขตบางบอน",
               ["รายงานฉบับนี้สรุปผลการดำเนินงานตามแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๖ (๑ ตุลาคม ๒๕๖๕ - ๓๐ กันยายน ๒๕๖๖)",
                ("table", [["โครงการ", "เป้าหมาย", "ผลการดำเนินงาน", "ร้อยละ"],
                           ["ขุดลอกคูคลอง", "๑๕ กม.", "๑๔.๒ กม.", "๙๔.๖๗"],
                           ["ปรับปรุงทางเท้า", "๒ กม.", "๒ กม.", "๑๐๐"],
                           ["จัดเก็บภาษี", "ร้อยละ ๘๕", "ร้อยละ ๘๘.๔", "๑๐๐"]], [0.4, 0.2, 0.2, 0.2]),
                ("h", "ปัญหา อุปสรรค และข้อเสนอแนะ"),
                "ฝนตกหนักในช่วงเดือนกันยายน ๒๕๖๖ ทำให้งานขุดลอกล่าช้า เสนอให้เริ่มงานตั้งแต่ไตรมาสที่ ๑",
                "จัดทำเมื่อ ๒๐ ตุลาคม ๒๕๖๖"], sign=("นายประเสริฐ มั่นคง", "ผู้อำนวยการเขตบางบอน (ในขณะนั้น)"))
    # O6 manuals per division
    lis = []
    for dv, slug in DIVISIONS:
        simple_pdf(SITE / f"files/o6/manual-{slug}.pdf", f"คู่มือการปฏิบัติงาน {dv} สำนักงานเขตบางบอน",
                   [("h", "๑. วัตถุประสงค์"), f"เพื่อให้เจ้าหน้าที่{dv}ปฏิบัติงานเป็นมาตรฐานเดียวกัน ถูกต้องตามระเบียบ และลดความเสี่ยงในการใช้ดุลยพินิจ",
                    ("h", "๒. ขั้นตอนการปฏิบัติงาน"), "๒.๑ รับเรื่อง/ตรวจสอบเอกสาร ๒.๒ พิจารณาตามหลักเกณฑ์ ๒.๓ เสนอผู้มีอำนาจลงนาม ๒.๔ แจ้งผลและจัดเก็บเอกสาร",
                    ("h", "๓. ระยะเวลา"), "ตามที่กฎหมายและคู่มือสำหรับประชาชนกำหนด",
                    f"ปรับปรุงครั้งล่าสุด มีนาคม ๒๕๖๘ โดย {dv}"])
        lis.append(f'<tr><td>{dv}</td><td><a href="/files/o6/manual-{slug}.pdf">เปิดเอกสาร</a></td></tr>')
    html("/oit/manuals.html", "คู่มือการปฏิบัติงาน", "<h2>คู่มือการปฏิบัติหน้าที่ของเจ้าหน้าที่ (รายฝ่าย)</h2><table class=\"t\">"
         "<tr><th>ฝ่าย</th><th>เอกสาร</th></tr>" + "".join(lis) + "</table>", ["ข้อมูล ITA", "คู่มือ"])
    # O7 citizen service manual
    simple_pdf(SITE / "files/o7/citizen-service-manual.pdf", "คู่มือสำหรับประชาชน งานบริการของสำนักงานเขตบางบอน",
               ["ตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘",
                ("table", [["งานบริการ", "เอกสารที่ใช้", "ระยะเวลา", "ค่าธรรมเนียม"],
                           ["แจ้งเกิด", "หนังสือรับรองการเกิด บัตรประชาชนผู้แจ้ง", "๓๐ นาที", "ไม่มี"],
                           ["ทำบัตรประจำตัวประชาชน", "ทะเบียนบ้าน", "๑๕ นาที", "๑๐๐ บาท (กรณีหาย)"],
                           ["ขออนุญาตจำหน่ายสินค้าในที่สาธารณะ", "คำขอ บัตรประชาชน รูปถ่าย", "๑๕ วัน", "ตามข้อบัญญัติ"],
                           ["ขออนุญาตก่อสร้างอาคาร", "แบบแปลน คำขอ ข.๑", "๔๕ วัน", "ตามกฎกระทรวง"],
                           ["ชำระภาษีที่ดินและสิ่งปลูกสร้าง", "หนังสือแจ้งประเมิน", "๑๐ นาที", "ไม่มี"]],
                 [0.28, 0.36, 0.16, 0.2]), "ช่องทางร้องเรียน: ศูนย์รับเรื่องร้องเรียน สำนักงานเขตบางบอน โทร ๐ ๒๔๕๐ ๒๕๙๑ หรือ Traffy Fondue",
                "ฉบับปรับปรุง ตุลาคม ๒๕๖๘"])
    # O9 tax statistics XLSX
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "ปีงบ 2568"
    ws.append(["สถิติผลการจัดเก็บภาษี สำนักงานเขตบางบอน ปีงบประมาณ พ.ศ. 2568 และเดือนตุลาคม 2568 (ปีงบประมาณ 2569)"])
    ws.append(["เดือน", "ภาษีที่ดินและสิ่งปลูกสร้าง (บาท)", "ภาษีป้าย (บาท)", "รวม (บาท)"])
    for k, (m, y) in enumerate(monthly_list()):
        a = 2_150_000 + 380_000 * ((k * 5) % 7)
        b = 310_000 + 45_000 * ((k * 3) % 5)
        ws.append([f"{MONTHS[m]} {y}", a, b, a + b])
    ws.append(["หมายเหตุ: ข้อมูลจากระบบจัดเก็บรายได้ ฝ่ายรายได้ สำนักงานเขตบางบอน ณ วันที่ 7 พฤศจิกายน 2568"])
    ws.column_dimensions["A"].width = 22
    for col in "BCD":
        ws.column_dimensions[col].width = 30
    p = SITE / "files/o9/tax-collection-stat-2568.xlsx"
    p.parent.mkdir(parents=True, exist_ok=True)
    wb.save(p)
    # O10 placeholder page (title right, content none)
    html("/oit/revenue-stat.html", "ข้อมูลสถิติการจัดเก็บรายได้", """<h2>ข้อมูลสถิติการจัดเก็บรายได้</h2>
<p style="color:#b00;font-size:20px">อยู่ระหว่างปรับปรุงข้อมูล</p>
<p>ขออภัยในความไม่สะดวก ฝ่ายรายได้อยู่ระหว่างรวบรวมข้อมูลสถิติการจัดเก็บรายได้ จะนำขึ้นเผยแพร่โดยเร็ว</p>""", ["ข้อมูล ITA", "สถิติรายได้"])
    # O11 checklist
    simple_pdf(SITE / "files/o11/permit-checklist.pdf", "รายการการตรวจ (Checklist) ประกอบการพิจารณาออกใบอนุญาต สำนักงานเขตบางบอน",
               [("h", "๑. ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร (พื้นที่เกิน ๒๐๐ ตร.ม.)"),
                ("table", [["ลำดับ", "รายการตรวจ", "ผ่าน", "ไม่ผ่าน"],
                           ["๑", "สถานที่สะอาด มีการระบายอากาศเพียงพอ", "☐", "☐"],
                           ["๒", "มีที่ล้างภาชนะสูงจากพื้นไม่น้อยกว่า ๖๐ ซม.", "☐", "☐"],
                           ["๓", "ผู้สัมผัสอาหารผ่านการอบรมสุขาภิบาลอาหาร", "☐", "☐"],
                           ["๔", "มีถังขยะมีฝาปิด และบ่อดักไขมัน", "☐", "☐"]], [0.1, 0.6, 0.15, 0.15]),
                ("h", "๒. ใบอนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร (แบบ ข.๑)"),
                ("table", [["ลำดับ", "รายการตรวจ", "ผ่าน", "ไม่ผ่าน"],
                           ["๑", "แบบแปลนลงนามโดยสถาปนิกและวิศวกรผู้ได้รับอนุญาต", "☐", "☐"],
                           ["๒", "ระยะร่นจากแนวเขตที่ดินเป็นไปตามกฎกระทรวง", "☐", "☐"],
                           ["๓", "ที่จอดรถเป็นไปตามข้อบัญญัติกรุงเทพมหานคร", "☐", "☐"]], [0.1, 0.6, 0.15, 0.15]),
                "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล / ฝ่ายโยธา ปรับปรุง ตุลาคม ๒๕๖๘"])
    # O13 spending plan FY2569 + spending report FY2568 (DOCX)
    simple_pdf(SITE / "files/o13/spending-plan-2569.pdf", "แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๙ สำนักงานเขตบางบอน",
               [("table", [["หมวดรายจ่าย", "ไตรมาส ๑", "ไตรมาส ๒", "ไตรมาส ๓", "ไตรมาส ๔", "รวม (บาท)"],
                           ["งบบุคลากร", "๒๘,๕๐๐,๐๐๐", "๒๘,๕๐๐,๐๐๐", "๒๘,๕๐๐,๐๐๐", "๒๘,๕๐๐,๐๐๐", "๑๑๔,๐๐๐,๐๐๐"],
                           ["งบดำเนินงาน", "๙,๒๐๐,๐๐๐", "๘,๗๐๐,๐๐๐", "๘,๔๐๐,๐๐๐", "๗,๙๐๐,๐๐๐", "๓๔,๒๐๐,๐๐๐"],
                           ["งบลงทุน", "๒,๐๐๐,๐๐๐", "๖,๕๐๐,๐๐๐", "๗,๐๐๐,๐๐๐", "๓,๑๐๐,๐๐๐", "๑๘,๖๐๐,๐๐๐"]],
                 [0.2, 0.15, 0.15, 0.15, 0.15, 0.2], 10), "จัดทำโดย ฝ่ายการคลัง ๑๐ ตุลาคม ๒๕๖๘"], sign=(D[0], D[1]))
    from docx import Document
    doc = Document()
    doc.add_heading("รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๘ สำนักงานเขตบางบอน", 1)
    doc.add_paragraph("ระยะเวลา ๑ ตุลาคม ๒๕๖๗ - ๓๐ กันยายน ๒๕๖๘ ข้อมูล ณ วันที่ ๓๑ ตุลาคม ๒๕๖๘")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["หมวดรายจ่าย", "งบประมาณที่ได้รับ (บาท)", "เบิกจ่าย (บาท)", "ร้อยละ"]):
        t.rows[0].cells[i].text = h
    for r in [("งบบุคลากร", "๑๑๐,๒๐๐,๐๐๐", "๑๐๘,๙๕๐,๔๐๐", "๙๘.๘๗"), ("งบดำเนินงาน", "๓๒,๘๐๐,๐๐๐", "๓๑,๐๔๐,๒๑๕", "๙๔.๖๓"),
              ("งบลงทุน", "๑๗,๕๐๐,๐๐๐", "๑๕,๒๒๐,๐๐๐", "๘๖.๙๗")]:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    doc.add_paragraph("ปัญหาอุปสรรค: งานก่อสร้างบางโครงการล่าช้าจากสภาพอากาศ ข้อเสนอแนะ: เร่งรัดการลงนามสัญญาในไตรมาสแรก")
    doc.add_paragraph(f"ลงชื่อ {D[0]} {D[1]}")
    (SITE / "files/o13").mkdir(parents=True, exist_ok=True)
    doc.save(SITE / "files/o13/spending-report-2568.docx")
    # O14 budget page: ordinance + allocations, no community subsidy
    simple_pdf(SITE / "files/o14/budget-ordinance-2569.pdf", "ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๙ (เฉพาะส่วนสำนักงานเขตบางบอน)",
               ["สำนักงานเขตบางบอน ได้รับงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ตามข้อบัญญัติกรุงเทพมหานคร รวมทั้งสิ้น ๑๖๖,๘๐๐,๐๐๐ บาท",
                ("table", [["แผนงาน", "จำนวนเงิน (บาท)"], ["แผนงานบริหารทั่วไป", "๙๒,๔๐๐,๐๐๐"],
                           ["แผนงานรักษาความสะอาด", "๔๑,๓๐๐,๐๐๐"], ["แผนงานโยธา", "๒๓,๙๐๐,๐๐๐"],
                           ["แผนงานพัฒนาชุมชน", "๙,๒๐๐,๐๐๐"]], [0.6, 0.4])])
    html("/oit/budget.html", "ข้อมูลงบประมาณ", """<h2>ข้อมูลงบประมาณของสำนักงานเขตบางบอน</h2>
<ul><li><a href="/files/o14/budget-ordinance-2569.pdf">ข้อบัญญัติงบประมาณรายจ่ายประจำปี พ.ศ. ๒๕๖๙ (ส่วนของสำนักงานเขตบางบอน)</a></li>
<li>งบประมาณที่ได้รับจัดสรร ปี ๒๕๖๙ รวม ๑๖๖,๘๐๐,๐๐๐ บาท แยกเป็น งบบุคลากร ๑๑๔.๐ ล้านบาท งบดำเนินงาน ๓๔.๒ ล้านบาท งบลงทุน ๑๘.๖ ล้านบาท</li></ul>
<p>ดูแผนการใช้จ่ายงบประมาณได้จากเอกสารข้อมูลเปิดเผยสาธารณะ ITA ของสำนักงานเขต</p>""", ["ข้อมูล ITA", "งบประมาณ"])
    # O16 HR criteria
    simple_pdf(SITE / "files/o16/hr-criteria.pdf", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล สำนักงานเขตบางบอน",
               ["อ้างอิงหลักเกณฑ์ของคณะกรรมการข้าราชการกรุงเทพมหานคร (ก.ก.) และสำนักงาน ก.ก.",
                ("h", "๑. การสรรหาและเลือกสรร"), "ดำเนินการตามประกาศ ก.ก. เรื่อง หลักเกณฑ์และวิธีการสรรหาฯ โดยเปิดเผย โปร่งใส",
                ("h", "๒. การแต่งตั้งและโยกย้าย"), "พิจารณาจากความรู้ความสามารถ ผลงาน และความเหมาะสมกับตำแหน่ง",
                ("h", "๓. การพัฒนาบุคลากร"), "ทุกคนได้รับการพัฒนาอย่างน้อยปีละ ๑ หลักสูตร ผ่านระบบ BMA Learning",
                ("h", "๔. การประเมินผลการปฏิบัติราชการ"), "ประเมินปีละ ๒ รอบ ตามหลักเกณฑ์ ก.ก.",
                ("h", "๕. การให้คุณให้โทษและสร้างขวัญกำลังใจ"), "คัดเลือกข้าราชการดีเด่นประจำปี และดำเนินการทางวินัยอย่างเป็นธรรม",
                "ประกาศ ณ วันที่ ๑ ตุลาคม ๒๕๖๘"], sign=(D[0], D[1]))
    # O17 complaint channels + statistics (all zero: looks odd but fine)
    rows = [["เดือน", "จำนวนเรื่องร้องเรียนการทุจริต", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ"]]
    for m, y in monthly_list():
        rows.append([f"{MONTHS[m]} {th(y)}", "๐", "๐", "๐"])
    simple_pdf(SITE / "files/o17/corruption-complaint-stat.pdf", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ สำนักงานเขตบางบอน",
               ["ปีงบประมาณ พ.ศ. ๒๕๖๘ และปีงบประมาณ พ.ศ. ๒๕๖๙ (ถึงเดือนตุลาคม ๒๕๖๘)",
                ("table", rows, [0.25, 0.3, 0.23, 0.22]),
                "สรุป: ในรอบระยะเวลาดังกล่าว ไม่มีเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่สำนักงานเขตบางบอน",
                "ข้อมูล ณ วันที่ ๕ พฤศจิกายน ๒๕๖๘ ฝ่ายปกครอง"])
    html("/oit/complaint.html", "ช่องทางร้องเรียนการทุจริต", """<h2>ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h2>
<ol><li>ยื่นหนังสือด้วยตนเองที่ ฝ่ายปกครอง สำนักงานเขตบางบอน ชั้น ๒</li><li>ส่งไปรษณีย์ถึง ผู้อำนวยการเขตบางบอน (ระบุ "ลับ - ร้องเรียนการทุจริต")</li>
<li>โทรศัพท์ ๐ ๒๔๕๐ ๒๕๙๑ ต่อ ๓๐๐๑ หรือสายด่วนกรุงเทพมหานคร ๑๕๕๕</li><li>อีเมล bangbon.dso@bangkok.go.th</li>
<li><a href="https://www.traffy.in.th/">Traffy Fondue</a> (เลือกหมวด "ร้องเรียนเจ้าหน้าที่")</li></ol>
<p>ผู้ร้องเรียนจะได้รับความคุ้มครองและเก็บรักษาข้อมูลเป็นความลับ</p>
<h3>สถิติเรื่องร้องเรียนการทุจริต</h3><p><a href="/files/o17/corruption-complaint-stat.pdf">ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ ๒๕๖๘ - ๒๕๖๙ (PDF)</a></p>""",
         ["ข้อมูล ITA", "ร้องเรียนการทุจริต"])
    # O18 anti-bribery policy: only on the announcements page
    simple_pdf(SITE / "files/announce/anti-bribery-policy-2569.pdf", "ประกาศสำนักงานเขตบางบอน เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
               ["สำนักงานเขตบางบอน มีเจตนารมณ์ที่จะปฏิบัติหน้าที่ด้วยความซื่อสัตย์สุจริต จึงกำหนดนโยบายต่อต้านการรับสินบน ดังนี้",
                "๑. ห้ามข้าราชการและบุคลากรเรียก รับ หรือยอมจะรับทรัพย์สินหรือประโยชน์อื่นใด เพื่อกระทำหรือไม่กระทำการในหน้าที่",
                "๒. ผู้บังคับบัญชาทุกระดับต้องกำกับดูแลและเป็นแบบอย่างที่ดี",
                "๓. กำหนดช่องทางแจ้งเบาะแสและคุ้มครองผู้แจ้ง และรายงานผลการดำเนินการตามนโยบายต่อผู้อำนวยการเขตทุก ๖ เดือน",
                "ประกาศ ณ วันที่ ๘ ตุลาคม พ.ศ. ๒๕๖๘"], sign=(D[0], D[1]))
    simple_pdf(SITE / "files/announce/anti-bribery-report-2568.pdf", "รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
               ["สำนักงานเขตบางบอนได้ดำเนินการตามนโยบายต่อต้านการรับสินบน ในรอบปีงบประมาณ พ.ศ. ๒๕๖๘ ดังนี้",
                ("table", [["กิจกรรม", "ผลการดำเนินการ"], ["สื่อสารนโยบายให้บุคลากรทุกฝ่าย", "ดำเนินการแล้ว ๑๐ ฝ่าย"],
                           ["อบรม No Gift Policy", "ผู้เข้าร่วม ๒๑๕ คน"], ["ตรวจสอบเรื่องร้องเรียนการเรียกรับสินบน", "ไม่มีเรื่องร้องเรียน"]],
                 [0.55, 0.45]), "ปัญหาอุปสรรค: ไม่มี  ข้อเสนอแนะ: เพิ่มการสื่อสารผ่านสื่อออนไลน์", "รายงาน ณ วันที่ ๑๕ ตุลาคม ๒๕๖๘"],
               sign=(D[0], D[1]))
    # announcements page (menu) -- carries O18
    anns = [("๑๒ พ.ย. ๒๕๖๘", "ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมผิวจราจรซอยเอกชัย ๑๓๑", "/files/o15/winner-02-2569.pdf"),
            ("๑๕ ต.ค. ๒๕๖๘", "รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน ประจำปีงบประมาณ ๒๕๖๘", "/files/announce/anti-bribery-report-2568.pdf"),
            ("๘ ต.ค. ๒๕๖๘", "ประกาศสำนักงานเขตบางบอน เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) ประจำปีงบประมาณ ๒๕๖๙", "/files/announce/anti-bribery-policy-2569.pdf"),
            ("๒ ต.ค. ๒๕๖๘", "ประกาศวันหยุดราชการเพิ่มเติม (วันนวมินทรมหาราช)", "/files/announce/holiday.pdf")]
    simple_pdf(SITE / "files/announce/holiday.pdf", "ประกาศสำนักงานเขตบางบอน เรื่อง วันหยุดราชการ",
               ["สำนักงานเขตบางบอนปิดให้บริการในวันที่ ๑๓ ตุลาคม ๒๕๖๘ (วันนวมินทรมหาราช) และเปิดให้บริการตามปกติในวันถัดไป"])
    html("/announce/index.html", "ประกาศ/คำสั่ง", "<h2>ประกาศ / คำสั่ง สำนักงานเขตบางบอน</h2><table class=\"t\"><tr><th>วันที่</th><th>เรื่อง</th></tr>" +
         "".join(f'<tr><td>{a}</td><td><a href="{u}">{t}</a></td></tr>' for a, t, u in anns) + "</table>", ["ประกาศ/คำสั่ง"])
    # O19 bribery risk
    simple_pdf(SITE / "files/o19/bribery-risk-assessment-2569.pdf", "การประเมินความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ สำนักงานเขตบางบอน",
               [("table", [["กระบวนงาน", "เหตุการณ์ความเสี่ยง", "ระดับ", "มาตรการจัดการ"],
                           ["การอนุญาตก่อสร้างอาคาร", "เรียกรับเงินเพื่อเร่งรัดการพิจารณา", "สูง", "ใช้ BMA OSS ติดตามสถานะ/สุ่มตรวจ"],
                           ["การจัดเก็บภาษีที่ดินฯ", "ลดการประเมินเพื่อแลกผลประโยชน์", "ปานกลาง", "ทบทวนการประเมินโดยคณะทำงาน"],
                           ["การจัดระเบียบหาบเร่แผงลอย", "รับเงินเพื่อละเว้นการบังคับใช้กฎหมาย", "สูง", "หมุนเวียนเจ้าหน้าที่ ตั้งกล้อง"]],
                 [0.22, 0.33, 0.12, 0.33]), "จัดทำเมื่อ ๑๖ ตุลาคม ๒๕๖๘"], sign=(D[0], D[1]))
    simple_pdf(SITE / "files/o19/bribery-risk-report-2568.pdf", "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
               ["ผลการดำเนินการตามมาตรการจัดการความเสี่ยง ๓ กระบวนงาน ดำเนินการครบทุกมาตรการ ไม่พบเหตุการณ์ความเสี่ยงเกิดขึ้นจริง",
                "รายงาน ณ วันที่ ๒๐ ตุลาคม ๒๕๖๘"], sign=(D[0], D[1]))
    # O20 discretion guideline
    simple_pdf(SITE / "files/o20/discretion-guideline.pdf", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่ สำนักงานเขตบางบอน",
               ["เพื่อให้การใช้ดุลยพินิจของเจ้าหน้าที่ในการอนุมัติ อนุญาต เป็นไปอย่างโปร่งใส มีมาตรฐาน และตรวจสอบได้",
                ("table", [["กระบวนงาน", "ขั้นตอนที่ใช้ดุลยพินิจ", "แนวทางปฏิบัติ"],
                           ["อนุญาตก่อสร้างอาคาร", "การพิจารณาแบบแปลน", "ใช้ Checklist และระยะเวลาตามคู่มือประชาชน"],
                           ["ผ่อนผันจำหน่ายสินค้าในที่สาธารณะ", "การคัดเลือกผู้ค้า", "จับสลากต่อหน้าผู้ค้า บันทึกวิดีโอ"],
                           ["ประเมินภาษีที่ดินฯ", "การจำแนกประเภทการใช้ประโยชน์", "ตรวจสอบพื้นที่โดยเจ้าหน้าที่ ๒ คนขึ้นไป"]],
                 [0.3, 0.3, 0.4]), "ประกาศใช้ตั้งแต่วันที่ ๒ มิถุนายน ๒๕๖๘"], sign=(D[0], D[1]))
    # O21: WRONG document behind the asset-management link
    simple_pdf(SITE / "files/o21/asset-management.pdf", "ประกาศสำนักงานเขตบางบอน เรื่อง ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุสำนักงาน โดยวิธีเฉพาะเจาะจง",
               ["ตามที่สำนักงานเขตบางบอน ได้มีโครงการซื้อวัสดุสำนักงาน (กระดาษ หมึกพิมพ์) โดยวิธีเฉพาะเจาะจง นั้น",
                "ผู้ได้รับการคัดเลือก ได้แก่ ร้านศรีเจริญเครื่องเขียน โดยเสนอราคาเป็นเงินทั้งสิ้น ๔๘,๐๐๐.๐๐ บาท",
                "ประกาศ ณ วันที่ ๒๘ ตุลาคม พ.ศ. ๒๕๖๘"], sign=(D[0], D[1]))
    # O22 measures FY2568 + report FY2568; FY2569 pending meeting
    simple_pdf(SITE / "files/o22/ita-measures-2568.pdf", "มาตรการยกระดับคุณธรรมและความโปร่งใส สำนักงานเขตบางบอน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
               ["จากผลการประเมิน ITA ประจำปี ๒๕๖๗ สำนักงานเขตบางบอนได้คะแนน ๙๔.๒๘ (ผ่านดี) ข้อที่ต้องปรับปรุง ได้แก่ O๑๕ สรุปผลการจัดซื้อจัดจ้างรายเดือน และ E๔ การเผยแพร่ข้อมูลข่าวสาร",
                ("table", [["ประเด็น", "มาตรการ/กิจกรรม", "ผู้รับผิดชอบ", "การกำกับติดตาม"],
                           ["การเปิดเผยข้อมูลจัดซื้อจัดจ้าง", "ตรวจทานแบบ สขร.๑ ให้ครบทุกคอลัมน์และเผยแพร่ทุกเดือน", "ฝ่ายการคลัง", "รายงานผู้อำนวยการเขตทุกเดือน"],
                           ["การสื่อสารกับประชาชน", "เผยแพร่ข่าวผ่าน Facebook และเว็บไซต์สัปดาห์ละ ๓ ครั้ง", "ฝ่ายปกครอง", "รายไตรมาส"],
                           ["การป้องกันสินบน", "ประกาศ No Gift Policy และอบรมบุคลากร", "ฝ่ายปกครอง", "รอบ ๖ เดือน"]],
                 [0.2, 0.4, 0.15, 0.25]), "ประกาศ ณ วันที่ ๑๓ ธันวาคม ๒๕๖๗"], sign=(D[0], D[1]))
    simple_pdf(SITE / "files/o22/ita-measures-report-2568.pdf", "รายงานผลการดำเนินการตามมาตรการยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
               [("table", [["มาตรการ", "ผลการดำเนินการ", "สถานะ"],
                           ["ตรวจทานแบบ สขร.๑", "เผยแพร่ครบ ๑๒ เดือน ทุกคอลัมน์ตามแบบ", "แล้วเสร็จ"],
                           ["เผยแพร่ข่าวสาร", "เผยแพร่ข่าวรวม ๔๑๒ เรื่อง", "แล้วเสร็จ"],
                           ["No Gift Policy", "อบรม ๒๑๕ คน", "แล้วเสร็จ"]], [0.3, 0.5, 0.2]),
                "ผลการประเมิน ITA ประจำปี ๒๕๖๘: ๙๖.๐๒ คะแนน (ผ่านดีเยี่ยม)", "รายงาน ณ วันที่ ๓๐ ตุลาคม ๒๕๖๘"], sign=(D[0], D[1]))
    html("/oit/ita-measures.html", "มาตรการยกระดับคุณธรรมและความโปร่งใส", """<h2>มาตรการยกระดับคุณธรรมและความโปร่งใส และการรายงานผล</h2>
<ul><li><a href="/files/o22/ita-measures-2568.pdf">มาตรการยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</a></li>
<li><a href="/files/o22/ita-measures-report-2568.pdf">รายงานผลการดำเนินการตามมาตรการฯ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (รายงาน ณ ๓๐ ต.ค. ๒๕๖๘)</a></li></ul>
<p><i>หมายเหตุ: มาตรการฯ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ จะจัดทำและเผยแพร่ภายหลังการประชุมวิเคราะห์ผลการประเมิน ITA ประจำปี ๒๕๖๘
ของผู้บริหารและหัวหน้าฝ่าย ซึ่งกำหนดประชุมในวันที่ ๒๖ พฤศจิกายน ๒๕๖๘</i></p>""", ["ข้อมูล ITA", "มาตรการ ITA"])
    # O8 e-service page
    html("/oit/eservice.html", "บริการออนไลน์ (E-Service)", """<h2>บริการอิเล็กทรอนิกส์ (E-Service) ของสำนักงานเขตบางบอน</h2>
<table class="t"><tr><th>บริการ</th><th>ช่องทาง</th></tr>
<tr><td>ยื่นขออนุญาตก่อสร้าง/ใบอนุญาตสุขาภิบาลอาหาร ออนไลน์</td><td><a href="https://bmaoss.bangkok.go.th/">BMA OSS</a></td></tr>
<tr><td>จองคิวรับบริการงานทะเบียน</td><td><a href="https://bmaq.bangkok.go.th/">BMA Q</a></td></tr>
<tr><td>แจ้งปัญหาเมือง ร้องเรียน</td><td><a href="https://www.traffy.in.th/">Traffy Fondue</a></td></tr>
<tr><td>ชำระภาษีที่ดินและสิ่งปลูกสร้างออนไลน์</td><td><a href="https://bmatax.bangkok.go.th/">ระบบภาษีออนไลน์ กทม.</a></td></tr></table>""",
         ["ข้อมูล ITA", "E-Service"])


# ---------------------------------------------------------------- the OIT index (PDF + DOCX)
INDEX = [
    # (code, title, [(label, url-or-None)], unit)
    ("O1", "ข้อมูลพื้นฐานของสำนักงานเขต", [("โครงสร้าง / อำนาจหน้าที่ / กฎหมายที่เกี่ยวข้อง", "/about/info.html"),
                                          ("ข้อมูลผู้บริหาร", "/about/executives.html"), ("ข้อมูลการติดต่อ / Q&A", "/contact.html")], "ฝ่ายปกครอง"),
    ("O2", "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร",
     [("นโยบาย ๙ ดี และแผนพัฒนาเขตบางบอน ปี ๒๕๖๙", "/files/o2/bma-policy-district-plan-2569.pdf")], "ฝ่ายปกครอง"),
    ("O3", "โรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขตบางบอน",
     [("(ไม่มีไฟล์แนบ) ดูได้ที่เมนู \"การศึกษา\" บนหน้าแรกของเว็บไซต์สำนักงานเขต หัวข้อ โรงเรียนสังกัดกรุงเทพมหานคร", None)], "ฝ่ายการศึกษา"),
    ("O4", "การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน", [("ข่าวประชาสัมพันธ์และผลการดำเนินงาน", "/news/index.html")], "ฝ่ายปกครอง"),
    ("O5", "แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี",
     [("แผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๙", "/files/o5/action-plan-2569.pdf"),
      ("รายงานผลการปฏิบัติราชการประจำปี", "/files/o5/annual-report.pdf")], "ฝ่ายปกครอง"),
    ("O6", "คู่มือการปฏิบัติหน้าที่", [("คู่มือการปฏิบัติงานรายฝ่าย (๑๐ ฝ่าย)", "/oit/manuals.html")], "ทุกฝ่าย"),
    ("O7", "คู่มือการให้บริการประชาชน", [("คู่มือสำหรับประชาชน", "/files/o7/citizen-service-manual.pdf")], "ทุกฝ่าย"),
    ("O8", "E-Service", [("บริการออนไลน์ของสำนักงานเขต", "/oit/eservice.html")], "ฝ่ายปกครอง"),
    ("O9", "ผลการจัดเก็บภาษีท้องถิ่นรายเดือน (ภาษีที่ดินและสิ่งปลูกสร้าง / ภาษีป้าย)",
     [("ตารางผลการจัดเก็บ (Excel)", "/files/o9/tax-collection-stat-2568.xlsx")], "ฝ่ายรายได้"),
    ("O10", "ข้อมูลสถิติการจัดเก็บรายได้", [("สถิติการจัดเก็บรายได้", "/oit/revenue-stat.html")], "ฝ่ายรายได้"),
    ("O11", "รายการการตรวจ (Checklist) ประกอบการพิจารณาออกใบอนุญาต", [("Checklist ใบอนุญาต", "/files/o11/permit-checklist.pdf")], "ฝ่ายโยธา / ฝ่ายสิ่งแวดล้อมฯ"),
    ("O12", "ระบบติดตามสถานะการขอใบอนุญาต (Tracking System)", [("ตรวจสอบสถานะคำขออนุญาต", "/oit/tracking.html")], "ฝ่ายโยธา"),
    ("O13", "แผนการใช้จ่ายงบประมาณประจำปี และรายงานผลการใช้จ่ายงบประมาณประจำปี",
     [("แผนการใช้จ่ายงบประมาณ ปี ๒๕๖๙", "/files/o13/spending-plan-2569.pdf"),
      ("รายงานผลการใช้จ่ายงบประมาณ ปี ๒๕๖๘", "/files/o13/spending-report-2568.docx")], "ฝ่ายการคลัง"),
    ("O14", "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ และข้อมูลเงินอุดหนุนชุมชน", [("ข้อมูลงบประมาณของสำนักงานเขต", "/oit/budget.html")], "ฝ่ายการคลัง"),
    ("O15", "ประกาศเกี่ยวกับการจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้างรายเดือน", [("หน้าการจัดซื้อจัดจ้าง / แบบ สขร.๑", "/oit/procurement.html")], "ฝ่ายการคลัง"),
    ("O16", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", [("หลักเกณฑ์ฯ", "/files/o16/hr-criteria.pdf")], "ฝ่ายปกครอง"),
    ("O17", "ช่องทางร้องเรียนการทุจริต และข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต", [("ช่องทางร้องเรียน / สถิติ", "/oit/complaint.html")], "ฝ่ายปกครอง"),
    ("O18", "ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) และรายงานผล",
     [("(ไม่มีไฟล์แนบ) เผยแพร่ไว้ที่เมนู \"ประกาศ/คำสั่ง\" ของเว็บไซต์ ประกาศลงวันที่ ๘ ตุลาคม ๒๕๖๘ และรายงานผลลงวันที่ ๑๕ ตุลาคม ๒๕๖๘", None)], "ฝ่ายปกครอง"),
    ("O19", "การประเมินความเสี่ยงต่อการรับสินบน และรายงานผลการจัดการความเสี่ยง",
     [("การประเมินความเสี่ยง ปี ๒๕๖๙", "/files/o19/bribery-risk-assessment-2569.pdf"),
      ("รายงานผลการจัดการความเสี่ยง ปี ๒๕๖๘", "/files/o19/bribery-risk-report-2568.pdf")], "ฝ่ายการคลัง"),
    ("O20", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", [("แนวทางการใช้ดุลยพินิจ", "/files/o20/discretion-guideline.pdf")], "ฝ่ายปกครอง"),
    ("O21", "การจัดการทรัพย์สินของราชการ ของบริจาค และการจัดเก็บของกลาง", [("แนวทางการบริหารจัดการทรัพย์สินฯ", "/files/o21/asset-management.pdf")], "ฝ่ายการคลัง / ฝ่ายเทศกิจ"),
    ("O22", "มาตรการยกระดับคุณธรรมและความโปร่งใส และการรายงานผล", [("มาตรการ ITA และรายงานผล", "/oit/ita-measures.html")], "ฝ่ายปกครอง"),
]


def code_label(code, i):
    n = int(code[1:])
    # mixed writing seen on real sites: O1, O๒, o3 ...
    return [code, "O" + th(n), "o" + str(n)][i % 3]


def build_index_pdf():
    path = SITE / "ita/OIT-2569-bangbon.pdf"
    d = Doc(path, pagesize=landscape(A4), font="Garuda", bold="Garuda-Bold", margin=34,
            title="ข้อมูลเปิดเผยสาธารณะ (OIT) สำนักงานเขตบางบอน ปีงบประมาณ พ.ศ. ๒๕๖๙")
    d.title("แบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT)", size=15)
    d.title("สำนักงานเขตบางบอน กรุงเทพมหานคร ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", size=14)
    d.para("คลิกที่ชื่อเอกสาร (ตัวอักษรสีน้ำเงิน) เพื่อเปิดข้อมูลบนเว็บไซต์ของสำนักงานเขต  ข้อมูล ณ วันที่ ๑๗ พฤศจิกายน ๒๕๖๘", size=11)
    rows = [["ข้อ", "ข้อมูล", "รายละเอียด / เอกสารหลักฐาน", "หน่วยงานรับผิดชอบ"]]
    links = {}
    sub = {"O1": "๙.๑ ข้อมูลพื้นฐาน", "O5": "๙.๒ การบริหารงาน", "O13": "๙.๓ การบริหารเงินงบประมาณ",
           "O16": "๙.๔ การบริหารและพัฒนาทรัพยากรบุคคล", "O18": "๑๐.๑ การดำเนินการเพื่อป้องกันการทุจริต"}
    for i, (code, title, docs, unit) in enumerate(INDEX):
        if code in sub:
            rows.append(["", "ตัวชี้วัดย่อย " + sub[code], "", ""])
        for j, (label, url) in enumerate(docs):
            rows.append([code_label(code, i) if j == 0 else "", title if j == 0 else "", label, unit if j == 0 else ""])
            if url:
                links[(len(rows) - 1, 2)] = url
    d.table(rows, [0.06, 0.36, 0.42, 0.16], size=10, links=links)
    d.y -= 10
    d.para("ผู้รับรองข้อมูล: " + DIRECTOR[0] + " " + DIRECTOR[1] + "   ผู้จัดทำ: ฝ่ายปกครอง โทร ๐ ๒๔๕๐ ๒๕๙๑ ต่อ ๓๐๐๑", size=11)
    d.save()

    # DOCX twin with real hyperlinks
    from docx import Document
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def add_link(par, url, text):
        r_id = par.part.relate_to(url, RT.HYPERLINK, is_external=True)
        h = OxmlElement("w:hyperlink")
        h.set(qn("r:id"), r_id)
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        col = OxmlElement("w:color")
        col.set(qn("w:val"), "0033CC")
        u = OxmlElement("w:u")
        u.set(qn("w:val"), "single")
        rpr.append(col)
        rpr.append(u)
        r.append(rpr)
        t = OxmlElement("w:t")
        t.text = text
        r.append(t)
        h.append(r)
        par._p.append(h)

    doc = Document()
    doc.add_heading("ข้อมูลเปิดเผยสาธารณะ (OIT) สำนักงานเขตบางบอน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", 1)
    doc.add_paragraph("ข้อมูล ณ วันที่ ๑๗ พฤศจิกายน ๒๕๖๘ (ฉบับ Word ของเอกสาร PDF เดียวกัน)")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for k, h in enumerate(["ข้อ", "ข้อมูล", "รายละเอียด / เอกสารหลักฐาน", "หน่วยงานรับผิดชอบ"]):
        t.rows[0].cells[k].text = h
    for i, (code, title, docs, unit) in enumerate(INDEX):
        cells = t.add_row().cells
        cells[0].text = code_label(code, i)
        cells[1].text = title
        cells[3].text = unit
        cells[2].text = ""
        for j, (label, url) in enumerate(docs):
            par = cells[2].paragraphs[0] if j == 0 else cells[2].add_paragraph()
            if url:
                add_link(par, url, label)
            else:
                par.add_run(label)
    doc.save(SITE / "ita/OIT-2569-bangbon.docx")


def build_home():
    news = "".join(f'<li><a href="/news/n{i + 1}.html">{t}</a> <small>{be_date(dt)}</small></li>' for i, (dt, t) in enumerate(NEWS[:5]))
    html("/index.html", "หน้าแรก", f"""
<a class="banner" href="/ita/OIT-2569-bangbon.pdf">&#128196; ข้อมูลเปิดเผยสาธารณะ ITA (PDF)</a>
<p style="text-align:right;font-size:13px"><a href="/ita/OIT-2569-bangbon.docx">ดาวน์โหลดฉบับ Word</a></p>
<img src="/images/banner-fest.png" alt="ลอยกระทง" style="max-width:100%">
<h3>ข่าวล่าสุด</h3><ul>{news}</ul><p><a href="/news/index.html">ดูข่าวทั้งหมด</a></p>
<h3>บริการประชาชน</h3>
<p>งานทะเบียนราษฎร เปิดบริการ จันทร์-ศุกร์ ๐๘.๓๐-๑๕.๓๐ น. และวันเสาร์ ๐๘.๓๐-๑๑.๓๐ น. ·
จองคิวล่วงหน้าผ่านแอป BMA Q · ร้องทุกข์ผ่าน Traffy Fondue</p>
<p><a href="https://www.bangkok.go.th/"><img src="/images/bma-logo.png" alt="กรุงเทพมหานคร" width="120"></a></p>
""", None)

    def logo(im, d):
        d.ellipse([10, 10, 110, 110], outline=(0, 100, 50), width=6)
        d.text((60, 60), "กทม.", font=pfont(24, True), fill=(0, 100, 50), anchor="mm")
    png("/images/bma-logo.png", 120, 120, logo)


def main():
    if SITE.exists():
        shutil.rmtree(SITE)
    SITE.mkdir()
    build_basic_pages()
    build_news()
    build_schools()
    build_procurement()
    build_docs()
    build_index_pdf()
    build_home()
    (SITE / "robots.txt").write_text("User-agent: *\nAllow: /\n")
    n = sum(1 for _ in SITE.rglob("*") if _.is_file())
    size = sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file())
    print(f"{n} files, {size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
