#!/usr/bin/env python3
"""Generate the 'scan_garbled' fixture site (สำนักงานเขตหนองแขม, bma-2564, as_of 2021-07-15).

A small district site whose documents are mostly scans (image-only PDFs rendered
with Pillow + tlwg fonts, slightly rotated and noisy) or PDFs whose text layer
extracts as garbage (ToUnicode map rewritten to Latin junk or removed), plus a few
normal text PDFs and HTML pages. Run: /work/heldout5/.venv/bin/python _make.py
"""
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
    def __init__(self, path, pagesize=A4, font="Norasi", bold="Norasi-Bold", margin=56, title=None, compress=True):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.c = canvas.Canvas(str(self.path), pagesize=pagesize, pageCompression=1 if compress else 0)
        if title:
            self.c.setTitle(title)
        self.c.setAuthor("สำนักงานเขตหนองแขม")
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


def simple_pdf(path, title, paras, sign=None, table=None, widths=None, pagesize=A4, subtitle=None, size=14, tsize=11,
               garble=None):
    d = Doc(path, pagesize=pagesize, title=None if garble else title, compress=garble is None)
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
    if garble:
        garble_pdf(path, garble)


JUNK = "rJ:ynroiy u.r6'uvnlaEWq7~fhd;xK1ptg5Ys]c-wbmZ,e3Ij8R"


def garble_pdf(path, mode):
    """Break the text layer while keeping the look.

    mode 'latin': rewrite every Thai target of the ToUnicode CMap to a Latin junk
    character (same byte length, so xref offsets stay valid) -> text extracts as
    'rJ:ynroiy'-like garbage, like a scanner's English OCR layer.
    mode 'strip': blank out the /ToUnicode reference (same length) -> extractors
    fall back to the subset's raw codes.
    """
    b = Path(path).read_bytes()
    if mode == "strip":
        b = re.sub(rb"/ToUnicode \d+ 0 R", lambda m: b" " * len(m.group(0)), b)
    else:
        def fix_block(m):
            def rep(mm):
                cp = int(mm.group(1), 16)
                ch = JUNK[(cp * 7) % len(JUNK)]
                return b"<00%02X>" % ord(ch)
            return re.sub(rb"<(0E[0-9A-F]{2})>", rep, m.group(0))
        b = re.sub(rb"beginbfchar.*?endbfchar", fix_block, b, flags=re.S)
    Path(path).write_bytes(b)




# ---------------------------------------------------------------- scans
import io
import random

from reportlab.lib.utils import ImageReader

SCAN_W, SCAN_H = 1240, 1754  # A4 at 150 dpi


def scan_page(lines, seed, angle=0.6, emblem=True, signature=None):
    """Render one 'scanned' page. lines: list of (text, size, align, bold)."""
    rnd = random.Random(seed)
    im = Image.new("L", (SCAN_W, SCAN_H), 250)
    d = ImageDraw.Draw(im)
    y = 90
    if emblem:
        d.ellipse([570, y, 670, y + 100], outline=40, width=4)
        d.ellipse([590, y + 20, 650, y + 80], outline=70, width=2)
        y += 130
    for text, size, align, bold in lines:
        f = ImageFont.truetype(FONTDIR + ("Norasi-Bold.ttf" if bold else "Norasi.ttf"), size)
        if isinstance(text, list):  # a table row drawn at fixed columns
            xs = [110, 400, 600, 800, 1000]
            for x, cell in zip(xs, text):
                d.text((x, y), cell, font=f, fill=25)
            d.line([(105, y + int(size * 1.4)), (1160, y + int(size * 1.4))], fill=120, width=1)
            y += int(size * 1.6)
            continue
        maxw = SCAN_W - 220
        # wrap by measuring with Pillow (raqm shaping)
        out, cur = [], ""
        for tok in re.split(r"(\s+)", text):
            if not tok:
                continue
            if d.textlength(cur + tok, font=f) <= maxw:
                cur += tok
            else:
                if cur.strip():
                    out.append(cur.strip())
                cur = tok.lstrip()
                while d.textlength(cur, font=f) > maxw:
                    cl = clusters(cur)
                    k = len(cl)
                    while k > 1 and d.textlength("".join(cl[:k]), font=f) > maxw:
                        k -= 1
                    out.append("".join(cl[:k]))
                    cur = "".join(cl[k:])
        if cur.strip() or not out:
            out.append(cur.strip())
        for ln in out:
            if align == "c":
                d.text((SCAN_W / 2, y), ln, font=f, fill=25, anchor="ma")
            elif align == "r":
                d.text((SCAN_W - 200, y), ln, font=f, fill=25, anchor="ra")
            else:
                d.text((110 if align == "l" else 170, y), ln, font=f, fill=25)
            y += int(size * 1.55)
    if signature:
        name, pos = signature
        sx, sy = 640, y + 30
        pts = [(sx + i * 14, sy + int(18 * ((i * 37) % 5 - 2) / 2)) for i in range(14)]
        d.line(pts, fill=40, width=3)
        f = ImageFont.truetype(FONTDIR + "Norasi.ttf", 32)
        d.text((800, sy + 55), f"({name})", font=f, fill=25, anchor="ma")
        d.text((800, sy + 105), pos, font=f, fill=25, anchor="ma")
    # scanner noise: speckles, a grey edge, slight rotation
    for _ in range(2500):
        x, yy = rnd.randrange(SCAN_W), rnd.randrange(SCAN_H)
        d.point((x, yy), fill=rnd.randrange(80, 200))
    d.rectangle([0, 0, 18, SCAN_H], fill=150)
    im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=235, expand=False)
    return im


def scan_pdf(path, pages, garbage_ocr=None):
    """pages: list of PIL images. Writes an image-only PDF (optionally with an
    invisible junk 'OCR' text layer like some scanner software produces)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, pageCompression=1)
    for i, im in enumerate(pages):
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=42, optimize=True)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        if garbage_ocr:
            t = c.beginText(60, A4[1] - 120)
            t.setTextRenderMode(3)
            t.setFont("Helvetica", 11)
            for ln in garbage_ocr:
                t.textLine(ln)
            c.drawText(t)
        c.showPage()
    c.save()
    assert path.stat().st_size < 300_000, (path, path.stat().st_size)


# ---------------------------------------------------------------- site
OFFICE = "สำนักงานเขตหนองแขม"
ADDRESS = "เลขที่ ๕๖๔ ถนนเพชรเกษม แขวงหนองค้างพลู เขตหนองแขม กรุงเทพมหานคร ๑๐๑๖๐"
TEL = "๐ ๒๔๒๙ ๓๕๗๕"
FAX = "๐ ๒๔๒๙ ๓๕๗๙"
EMAIL = "nongkhaem.dso@bangkok.go.th"
DIRECTOR = ("นายประพันธ์ รุ่งเรืองศรี", "ผู้อำนวยการเขตหนองแขม")
FORMER = ("นายสมศักดิ์ เกษมสุข", "ผู้อำนวยการเขตหนองแขม")
ASSTS = [("นางสาวจันทร์เพ็ญ สุขสวัสดิ์", "ผู้ช่วยผู้อำนวยการเขตหนองแขม"), ("นายวิชัย ทองมา", "ผู้ช่วยผู้อำนวยการเขตหนองแขม")]
DIVISIONS = [("ฝ่ายปกครอง", "admin"), ("ฝ่ายทะเบียน", "registry"), ("ฝ่ายการคลัง", "finance"), ("ฝ่ายรายได้", "revenue"),
             ("ฝ่ายโยธา", "works"), ("ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "clean"), ("ฝ่ายเทศกิจ", "tessakij"),
             ("ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "env"), ("ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "community"), ("ฝ่ายการศึกษา", "edu")]

CSS = """body{font-family:Tahoma,'Garuda',sans-serif;font-size:14px;background:#f3efe4;margin:0}
#hd{background:#7a1f1f;color:#fff;padding:14px 20px}#hd h1{margin:0;font-size:24px}
table.lay{width:980px;margin:0 auto;background:#fff}td.menu{width:210px;vertical-align:top;background:#faf4e6;padding:8px;font-size:13px}
td.menu a{display:block;padding:4px 2px;color:#5a1010;text-decoration:none;border-bottom:1px dotted #caa}
td.body{vertical-align:top;padding:14px}table.t{border-collapse:collapse;width:100%}table.t td,table.t th{border:1px solid #aaa;padding:4px;vertical-align:top}
#ft{text-align:center;font-size:12px;color:#555;padding:10px;background:#e8dcc4;width:980px;margin:0 auto}
.marquee{background:#ffeeba;padding:4px;font-size:13px}"""


def html(path, title, body):
    p = SITE / path.lstrip("/")
    p.parent.mkdir(parents=True, exist_ok=True)
    menu = """<b>เมนูหลัก</b>
<a href="/index.html">หน้าแรก</a><a href="/about/structure.html">โครงสร้างหน่วยงาน</a><a href="/about/executives.html">ผู้บริหาร</a>
<a href="/about/authority.html">อำนาจหน้าที่</a><a href="/about/laws.html">กฎหมายที่เกี่ยวข้อง</a><a href="/news/index.html">ข่าวประชาสัมพันธ์</a>
<a href="/qa.html">ถาม-ตอบ (Q&amp;A)</a><a href="/eservice.html">บริการออนไลน์</a><a href="/procurement/announce.html">จัดซื้อจัดจ้าง</a>
<a href="/complaint.html">ร้องเรียนการทุจริต</a><a href="/feedback.html">แสดงความคิดเห็น</a><a href="/contact.html">ติดต่อเรา</a>
<a href="/ita/index.html" style="color:#b00;font-weight:bold">ITA 2564 การเปิดเผยข้อมูลสาธารณะ</a>
<br><b>ลิงก์</b><a href="http://www.bangkok.go.th/">กรุงเทพมหานคร</a><a href="https://egpbma.bangkok.go.th/">e-GPBMA</a>
<a href="http://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a><br><small>ผู้เยี่ยมชม ๐๐๔๘๗๒๑๙</small>"""
    p.write_text(f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title} :: {OFFICE}</title><style>{CSS}</style></head>
<body><div id="hd"><h1>{OFFICE}</h1>Nong Khaem District Office, Bangkok</div>
<div class="marquee">ขอเชิญชวนประชาชนลงทะเบียนฉีดวัคซีนป้องกันโรคโควิด ๑๙ ผ่านช่องทาง "ไทยร่วมใจ" · สำนักงานเขตเปิดให้บริการตามมาตรการป้องกันโรคโควิด ๑๙</div>
<table class="lay"><tr><td class="menu">{menu}</td><td class="body">
{body}
</td></tr></table>
<div id="ft">{OFFICE} {ADDRESS} โทร. {TEL} โทรสาร {FAX}<br>Copyright &copy; ๒๕๖๔ Nong Khaem District Office</div>
</body></html>""", encoding="utf-8")


def png(path, w, h, fn, bg=(255, 255, 255)):
    p = SITE / path.lstrip("/")
    p.parent.mkdir(parents=True, exist_ok=True)
    im = Image.new("RGB", (w, h), bg)
    fn(im, ImageDraw.Draw(im))
    im.save(p, optimize=True)


def pfont(size, bold=False):
    return ImageFont.truetype(FONTDIR + ("Garuda-Bold.ttf" if bold else "Garuda.ttf"), size)


FY_MONTHS = [(9, 2563), (10, 2563), (11, 2563), (0, 2564), (1, 2564), (2, 2564), (3, 2564), (4, 2564), (5, 2564)]  # Oct63..Jun64


def F(path):
    return SITE / path.lstrip("/")


def build():
    D = DIRECTOR
    # ------------------------------------------------ HTML basics
    def chart(im, d):
        d.rectangle([400, 20, 700, 75], outline=(120, 30, 30), width=3)
        d.text((550, 47), "ผู้อำนวยการเขตหนองแขม", font=pfont(17, True), fill=(0, 0, 0), anchor="mm")
        for k, nm in enumerate(["ผู้ช่วยผู้อำนวยการเขต (๑)", "ผู้ช่วยผู้อำนวยการเขต (๒)"]):
            d.rectangle([180 + k * 470, 105, 450 + k * 470, 150], outline=(120, 30, 30), width=2)
            d.text((315 + k * 470, 127), nm, font=pfont(15), fill=(0, 0, 0), anchor="mm")
        for i, (dv, _) in enumerate(DIVISIONS):
            x, y = 10 + (i % 5) * 218, 190 + (i // 5) * 80
            d.rectangle([x, y, x + 205, y + 55], outline=(80, 80, 80), width=2)
            d.text((x + 102, y + 27), dv if len(dv) < 18 else dv[:15] + "…", font=pfont(14), fill=(0, 0, 0), anchor="mm")
    png("/images/structure-2564.png", 1100, 360, chart)
    html("/about/structure.html", "โครงสร้างหน่วยงาน", """<h2>โครงสร้างสำนักงานเขตหนองแขม</h2>
<img src="/images/structure-2564.png" width="740" alt="โครงสร้างสำนักงานเขตหนองแขม"><p>ข้อมูล ณ เดือนมิถุนายน ๒๕๖๔ ประกอบด้วย ๑๐ ฝ่าย</p>""")

    def avatar(k):
        def fn(im, d):
            d.ellipse([40, 20, 110, 90], fill=(150, 120, 100))
            d.rectangle([22, 96, 128, 170], fill=(40 + 40 * k, 40, 80))
        return fn
    execs = [D] + ASSTS
    rows = ""
    for k, (n, pos) in enumerate(execs):
        png(f"/images/ex{k}.png", 150, 180, avatar(k), bg=(225, 225, 230))
        note = "<br><small>ดำรงตำแหน่งตั้งแต่ ๑ กุมภาพันธ์ ๒๕๖๔</small>" if k == 0 else ""
        rows += f'<tr><td width="160"><img src="/images/ex{k}.png" alt="{n}"></td><td><b>{n}</b><br>{pos}{note}</td></tr>'
    html("/about/executives.html", "ผู้บริหาร", f"<h2>คณะผู้บริหารสำนักงานเขตหนองแขม</h2><table class=\"t\">{rows}</table>")
    html("/about/authority.html", "อำนาจหน้าที่", '<h2>อำนาจหน้าที่ของสำนักงานเขต</h2><p>อ่านรายละเอียดอำนาจหน้าที่ของสำนักงานเขตหนองแขมและฝ่ายต่าง ๆ ได้จากเอกสาร '
         '<a href="/files/o3/authority.pdf">อำนาจหน้าที่สำนักงานเขตหนองแขม (PDF)</a></p>')
    html("/about/laws.html", "กฎหมายที่เกี่ยวข้อง", """<h2>กฎหมาย ระเบียบ ที่เกี่ยวข้อง</h2><ol>
<li><a href="http://www.krisdika.go.th/">พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘</a></li>
<li>พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐</li><li>พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒</li>
<li>พระราชบัญญัติการทะเบียนราษฎร พ.ศ. ๒๕๓๔</li><li>พระราชบัญญัติควบคุมอาคาร พ.ศ. ๒๕๒๒</li><li>พระราชบัญญัติการสาธารณสุข พ.ศ. ๒๕๓๕</li>
<li>ข้อบัญญัติกรุงเทพมหานคร เรื่อง การควบคุมการก่อสร้างอาคาร พ.ศ. ๒๕๔๔</li></ol>""")

    def mapimg(im, d):
        d.rectangle([0, 0, 560, 360], fill=(235, 238, 226))
        d.line([0, 170, 560, 150], fill=(210, 170, 80), width=16)
        d.text((140, 130), "ถนนเพชรเกษม", font=pfont(18), fill=(50, 50, 50))
        d.ellipse([300, 175, 320, 195], fill=(220, 20, 20))
        d.text((330, 185), "สำนักงานเขตหนองแขม", font=pfont(16, True), fill=(140, 0, 0), anchor="lm")
    png("/images/map.png", 560, 360, mapimg)
    html("/contact.html", "ติดต่อเรา", f"""<h2>ข้อมูลการติดต่อ</h2><p>{OFFICE}<br>{ADDRESS}</p>
<p>โทรศัพท์ {TEL} &nbsp; โทรสาร {FAX}<br>E-mail : <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p>เวลาราชการ จันทร์ - ศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น.</p><h3>แผนที่ตั้ง</h3><img src="/images/map.png" alt="แผนที่">
<p><a href="https://goo.gl/maps/nongkhaem">Google Map</a></p>""")
    news = [("๙ ก.ค. ๒๕๖๔", "เขตหนองแขมตั้งจุดบริการตรวจคัดกรองโควิด ๑๙ เชิงรุกในชุมชน"),
            ("๕ ก.ค. ๒๕๖๔", "ผู้อำนวยการเขตตรวจความพร้อมโรงพยาบาลสนาม เขตหนองแขม"),
            ("๒๘ มิ.ย. ๒๕๖๔", "ล้างตลาดสดพื้นที่เขตหนองแขมตามมาตรการป้องกันโรค"),
            ("๑๗ มิ.ย. ๒๕๖๔", "เขตหนองแขมขุดลอกคลองทวีวัฒนาเตรียมรับมือฤดูฝน"),
            ("๙ มิ.ย. ๒๕๖๔", "ผู้อำนวยการเขตนำข้าราชการปฏิญาณตนต่อต้านการทุจริต \"เขตหนองแขมโปร่งใส ไม่รับสินบน\"")]
    lis = "".join(f'<li><a href="/news/n{i + 1}.html">{t}</a> ({dt})</li>' for i, (dt, t) in enumerate(news))
    for i, (dt, t) in enumerate(news):
        extra = ""
        if "ทุจริต" in t:
            extra = ("<p>นายประพันธ์ รุ่งเรืองศรี ผู้อำนวยการเขตหนองแขม เป็นประธานนำข้าราชการและบุคลากรกล่าวคำปฏิญาณตน "
                     "พร้อมมอบนโยบายการป้องกันการทุจริต และเปิดโอกาสให้บุคลากรเสนอแนวทางปรับปรุงการทำงานให้โปร่งใส</p>"
                     '<img src="/images/activity.png" alt="ภาพกิจกรรม">')
        html(f"/news/n{i + 1}.html", t, f"<h2>{t}</h2><p>วันที่ {dt}</p><p>{OFFICE} ดำเนินกิจกรรมตามภารกิจ เพื่อประโยชน์ของประชาชนในพื้นที่</p>{extra}")

    def act(im, d):
        d.rectangle([0, 0, 480, 300], fill=(200, 210, 220))
        for k in range(7):
            d.ellipse([30 + k * 62, 120, 70 + k * 62, 160], fill=(90, 70, 60))
            d.rectangle([25 + k * 62, 165, 75 + k * 62, 260], fill=(240, 240, 245))
        d.text((240, 40), "ปฏิญาณตนต่อต้านการทุจริต ๙ มิ.ย. ๖๔", font=pfont(18, True), fill=(20, 20, 80), anchor="mm")
    png("/images/activity.png", 480, 300, act)
    html("/news/index.html", "ข่าวประชาสัมพันธ์", f"<h2>ข่าวประชาสัมพันธ์</h2><ul>{lis}</ul>")
    html("/qa.html", "ถาม-ตอบ", """<h2>กระดานถาม-ตอบ (Q&amp;A)</h2>
<p><b>ถาม:</b> ต้องการจองคิวทำบัตรประชาชนล่วงหน้าได้ไหมคะ (๒ ก.ค. ๒๕๖๔)<br><b>ตอบ:</b> จองได้ทางแอปพลิเคชัน BMA Q หรือโทร ๐ ๒๔๒๙ ๓๕๗๕ ต่อ ๑๒๑ (ฝ่ายทะเบียน, ๓ ก.ค. ๒๕๖๔)</p>
<p><b>ถาม:</b> ขยะหน้าซอยเพชรเกษม ๘๑ ไม่มีรถมาเก็บ ๓ วัน (๒๑ มิ.ย. ๒๕๖๔)<br><b>ตอบ:</b> ฝ่ายรักษาความสะอาดฯ ได้จัดเก็บเรียบร้อยแล้ว ขอบคุณที่แจ้งครับ (๒๒ มิ.ย. ๒๕๖๔)</p>
<form action="/qa.html" method="get"><p>ชื่อ <input name="n"> คำถาม <textarea name="q"></textarea> <button>ส่งคำถาม</button></p></form>""")
    html("/social.html", "Social Network", """<h2>ช่องทางสื่อสังคมออนไลน์ของสำนักงานเขตหนองแขม</h2>
<ul><li>Facebook : <a href="https://www.facebook.com/nongkhaemdistrict">สำนักงานเขตหนองแขม</a></li><li>LINE Official : @nongkhaem</li>
<li>Twitter : <a href="https://twitter.com/nongkhaem_bkk">@nongkhaem_bkk</a></li></ul>""")
    html("/eservice.html", "E-Service", """<h2>บริการออนไลน์ (E-Service)</h2><ul>
<li><a href="https://bmaq.bangkok.go.th/">BMA Q จองคิวงานทะเบียน</a></li><li><a href="https://bmaoss.bangkok.go.th/">ขออนุญาตก่อสร้างอาคารออนไลน์ (BMA OSS)</a></li>
<li><a href="https://www.traffy.in.th/">แจ้งปัญหาเมือง</a></li><li>ยื่นแบบคำร้องทั่วไปออนไลน์ <a href="/eservice-form.html">คลิก</a></li></ul>""")
    html("/eservice-form.html", "คำร้องออนไลน์", """<h2>แบบคำร้องทั่วไปออนไลน์</h2><form action="/eservice-form.html" method="get">
<p>ชื่อ-นามสกุล <input name="name"><br>เรื่อง <select name="t"><option>ขอข้อมูล</option><option>ขอรับบริการ</option></select><br>
รายละเอียด <textarea name="d"></textarea><br><button>ส่งคำร้อง</button></p></form>""")
    html("/complaint.html", "ร้องเรียนการทุจริต", """<h2>ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h2>
<p>๑. ยื่นด้วยตนเอง ณ ฝ่ายปกครอง ชั้น ๒ ๒. ตู้รับเรื่องร้องเรียน หน้าสำนักงานเขต ๓. โทร ๐ ๒๔๒๙ ๓๕๗๕ ต่อ ๑๐๑
๔. E-mail nongkhaem.dso@bangkok.go.th ๕. แบบฟอร์มออนไลน์ด้านล่าง (ผู้ร้องจะได้รับการปกปิดข้อมูล)</p>
<form action="/complaint.html" method="get"><p>เรื่อง <input name="s"> รายละเอียด <textarea name="d"></textarea>
เบอร์ติดต่อกลับ (ไม่บังคับ) <input name="p"> <button>ส่งเรื่องร้องเรียน</button></p></form>""")
    html("/feedback.html", "แสดงความคิดเห็น", """<h2>รับฟังความคิดเห็น/ข้อเสนอแนะ</h2><p>ท่านสามารถแสดงความคิดเห็นต่อการให้บริการของสำนักงานเขต
ผ่านแบบฟอร์มนี้ หรือ Facebook สำนักงานเขตหนองแขม หรือตู้รับความคิดเห็นหน้าฝ่ายทะเบียน</p>
<form action="/feedback.html" method="get"><p>ความคิดเห็น <textarea name="c"></textarea> <button>ส่ง</button></p></form>""")
    html("/ita/participation.html", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", """<h2>การเปิดโอกาสให้เกิดการมีส่วนร่วม</h2>
<p style="color:#c00;font-size:18px">อยู่ระหว่างดำเนินการ</p>""")
    html("/ita/culture.html", "การเสริมสร้างวัฒนธรรมองค์กร", """<h2>การเสริมสร้างวัฒนธรรมองค์กร</h2>
<p>กิจกรรม "เขตหนองแขมโปร่งใส ไม่รับสินบน" วันที่ ๙ มิถุนายน ๒๕๖๔ ข้าราชการและบุคลากร ๑๘๐ คน ร่วมปฏิญาณตน
และรับฟังการบรรยายเรื่องการป้องกันผลประโยชน์ทับซ้อน (<a href="/news/n5.html">อ่านข่าว</a>)</p>
<p>กิจกรรมเผยแพร่ประมวลจริยธรรมข้าราชการกรุงเทพมหานคร ผ่านกลุ่มไลน์ของแต่ละฝ่าย ทุกเดือน (ต.ค. ๖๓ - มิ.ย. ๖๔)</p>
<img src="/images/activity.png" alt="กิจกรรม">""")

    # ------------------------------------------------ scanned (image-only) documents: 8 pages
    scan_pdf(F("/files/o10/action-plan-2564.pdf"), [scan_page([
        ("แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๔", 40, "c", True), ("สำนักงานเขตหนองแขม กรุงเทพมหานคร", 36, "c", True),
        ("", 20, "l", False),
        ("สำนักงานเขตหนองแขมได้จัดทำแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๔ (๑ ตุลาคม ๒๕๖๓ - ๓๐ กันยายน ๒๕๖๔) ให้สอดคล้องกับแผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี และแผนปฏิบัติราชการกรุงเทพมหานคร ประจำปี ๒๕๖๔ สรุปโครงการสำคัญดังนี้", 31, "i", False),
        ("๑. โครงการขุดลอกคูคลองและล้างท่อระบายน้ำ ๒๒ สาย งบประมาณ ๔,๘๐๐,๐๐๐ บาท (ฝ่ายโยธา)", 31, "i", False),
        ("๒. โครงการปรับปรุงทางเท้าถนนเพชรเกษม ช่วงซอย ๖๙ - ๘๑ งบประมาณ ๓,๒๐๐,๐๐๐ บาท (ฝ่ายโยธา)", 31, "i", False),
        ("๓. โครงการคัดแยกขยะต้นทางในชุมชน ๓๐ ชุมชน งบประมาณ ๕๕๐,๐๐๐ บาท (ฝ่ายรักษาความสะอาดฯ)", 31, "i", False),
        ("๔. โครงการป้องกันและควบคุมโรคโควิด ๑๙ ในชุมชน งบประมาณ ๑,๒๐๐,๐๐๐ บาท (ฝ่ายสิ่งแวดล้อมฯ)", 31, "i", False),
        ("๕. โครงการพัฒนาศักยภาพคณะกรรมการชุมชน งบประมาณ ๓๕๐,๐๐๐ บาท (ฝ่ายพัฒนาชุมชนฯ)", 31, "i", False),
        ("รายละเอียดตัวชี้วัดและระยะเวลาดำเนินการของแต่ละโครงการ ตามเอกสารแนบท้าย", 31, "i", False),
        ("อนุมัติ ณ วันที่ ๓๐ ตุลาคม ๒๕๖๓", 31, "r", False)], seed=10, angle=0.7, signature=FORMER)])
    scan_pdf(F("/files/o18/budget-spending-plan-2564.pdf"), [scan_page([
        ("แผนการใช้จ่ายงบประมาณประจำปี พ.ศ. ๒๕๖๔", 40, "c", True), ("สำนักงานเขตหนองแขม", 36, "c", True), ("", 20, "l", False),
        (["หมวดรายจ่าย", "ไตรมาส ๑", "ไตรมาส ๒", "ไตรมาส ๓", "ไตรมาส ๔"], 28, "l", True),
        (["งบบุคลากร", "๒๗,๑๐๐,๐๐๐", "๒๗,๑๐๐,๐๐๐", "๒๗,๑๐๐,๐๐๐", "๒๗,๑๐๐,๐๐๐"], 28, "l", False),
        (["งบดำเนินงาน", "๘,๔๐๐,๐๐๐", "๘,๑๐๐,๐๐๐", "๗,๘๐๐,๐๐๐", "๗,๖๐๐,๐๐๐"], 28, "l", False),
        (["งบลงทุน", "๑,๕๐๐,๐๐๐", "๔,๒๐๐,๐๐๐", "๕,๖๐๐,๐๐๐", "๓,๗๐๐,๐๐๐"], 28, "l", False),
        (["รวม", "๓๗,๐๐๐,๐๐๐", "๓๙,๔๐๐,๐๐๐", "๔๐,๕๐๐,๐๐๐", "๓๘,๔๐๐,๐๐๐"], 28, "l", True),
        ("", 20, "l", False),
        ("รวมทั้งสิ้น ๑๕๕,๓๐๐,๐๐๐ บาท (หนึ่งร้อยห้าสิบห้าล้านสามแสนบาทถ้วน)", 30, "i", True), ("", 20, "l", False),
        ("จัดทำโดย ฝ่ายการคลัง ณ วันที่ ๕ ตุลาคม ๒๕๖๓", 30, "r", False)], seed=18, angle=-0.5)])
    scan_pdf(F("/files/o25/hr-policy-2564.pdf"), [scan_page([
        ("ประกาศสำนักงานเขตหนองแขม", 40, "c", True), ("เรื่อง นโยบายการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", 34, "c", True),
        ("", 16, "l", False),
        ("เพื่อให้การบริหารทรัพยากรบุคคลของสำนักงานเขตหนองแขมเป็นไปอย่างมีประสิทธิภาพ โปร่งใส และเป็นธรรม จึงกำหนดนโยบาย ดังนี้", 31, "i", False),
        ("๑. ด้านการวางแผนกำลังคน สรรหา และบรรจุแต่งตั้ง ให้ยึดหลักคุณธรรม ความรู้ความสามารถ", 31, "i", False),
        ("๒. ด้านการพัฒนาทรัพยากรบุคคล ให้บุคลากรได้รับการพัฒนาอย่างน้อยคนละ ๑ หลักสูตรต่อปี", 31, "i", False),
        ("๓. ด้านการรักษาวินัยและส่งเสริมคุณธรรมจริยธรรม", 31, "i", False),
        ("๔. ด้านคุณภาพชีวิตและความผูกพันต่อองค์กร", 31, "i", False),
        ("ประกาศ ณ วันที่ ๒ ตุลาคม พ.ศ. ๒๕๖๓", 31, "r", False)], seed=25, angle=0.9, signature=FORMER)])
    scan_pdf(F("/files/o34/integrity-intent-2564.pdf"), [
        scan_page([("ประกาศสำนักงานเขตหนองแขม", 40, "c", True), ("เรื่อง เจตจำนงสุจริตในการบริหารงาน", 36, "c", True), ("", 16, "l", False),
                   ("ข้าพเจ้า นายประพันธ์ รุ่งเรืองศรี ผู้อำนวยการเขตหนองแขม ขอแสดงเจตจำนงว่าจะปฏิบัติหน้าที่และบริหารงานด้วยความซื่อสัตย์สุจริต โปร่งใส เป็นธรรม ตรวจสอบได้ ยึดหลักธรรมาภิบาล และไม่ทนต่อการทุจริตทุกรูปแบบ", 31, "i", False),
                   ("พร้อมทั้งกำหนดนโยบาย \"ไม่ให้ - ไม่รับ\" ของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) และเปิดโอกาสให้ประชาชนมีส่วนร่วมตรวจสอบการดำเนินงาน", 31, "i", False),
                   ("ประกาศ ณ วันที่ ๑๕ กุมภาพันธ์ พ.ศ. ๒๕๖๔", 31, "r", False)], seed=34, angle=-0.8, signature=DIRECTOR),
        scan_page([("Nong Khaem District Office Announcement", 38, "c", True), ("Declaration of Integrity Intent", 36, "c", True), ("", 16, "l", False),
                   ("I, Mr. Praphan Rungruangsri, Director of Nong Khaem District Office, declare my intent to perform my duties and administer the office with honesty, integrity, transparency and fairness, and not to tolerate corruption in any form.", 31, "i", False),
                   ("The office adopts a No Gift Policy and welcomes public participation in monitoring its work.", 31, "i", False),
                   ("Announced on 15 February 2021", 31, "r", False)], seed=35, angle=0.5, signature=("Mr. Praphan Rungruangsri", "Director of Nong Khaem District"))])
    scan_pdf(F("/files/o40/anticorruption-progress-6m-2564.pdf"), [scan_page([
        ("รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต", 38, "c", True), ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ รอบ ๖ เดือน (ตุลาคม ๒๕๖๓ - มีนาคม ๒๕๖๔)", 32, "c", True),
        ("สำนักงานเขตหนองแขม", 32, "c", True), ("", 14, "l", False),
        ("๑. กิจกรรมปฏิญาณตนต่อต้านการทุจริต : ดำเนินการแล้ว ผู้เข้าร่วม ๑๖๕ คน", 30, "i", False),
        ("๒. เผยแพร่ประมวลจริยธรรมและ No Gift Policy : ดำเนินการแล้ว ๖ ครั้ง", 30, "i", False),
        ("๓. ตรวจสอบการจัดซื้อจัดจ้างโดยคณะทำงาน : ดำเนินการแล้ว ๒ ครั้ง", 30, "i", False),
        ("๔. อบรมการป้องกันผลประโยชน์ทับซ้อน : อยู่ระหว่างดำเนินการ (เลื่อนเนื่องจากสถานการณ์โควิด ๑๙)", 30, "i", False),
        ("ผลการดำเนินงานภาพรวม ร้อยละ ๗๕ ของแผน  ปัญหาอุปสรรค: ข้อจำกัดการรวมกลุ่มจากสถานการณ์โรคระบาด", 30, "i", False),
        ("รายงาน ณ วันที่ ๙ เมษายน ๒๕๖๔", 30, "r", False)], seed=40, angle=0.4, signature=DIRECTOR)],
        garbage_ocr=["rJ:ynroiy u.r6'u nrsuuir ~ilt", "9.1lu1 1un-ry mr-)rfl'u d.fl.b6", "n15\\ifl\\ 1 u1.,1 ru'nsns"])
    scan_pdf(F("/files/o42/ita-measures-2564.pdf"), [
        scan_page([("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", 36, "c", True), ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ สำนักงานเขตหนองแขม", 34, "c", True),
                   ("", 12, "l", False), ("๑. ผลการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๓", 31, "l", True),
                   ("สำนักงานเขตหนองแขมได้คะแนน ITA ๘๘.๔๑ คะแนน (ระดับ A) ประเด็นที่ได้คะแนนต่ำ ได้แก่ ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล (O๑๑ รายงานการกำกับติดตาม, O๓๑ สถิติเรื่องร้องเรียน) และตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน", 30, "i", False),
                   ("จุดแข็ง: ผู้บริหารให้ความสำคัญกับการป้องกันการทุจริต  จุดอ่อน: การเผยแพร่ข้อมูลบนเว็บไซต์ไม่ต่อเนื่อง", 30, "i", False),
                   ("ผู้บริหารและหัวหน้าฝ่ายร่วมประชุมวิเคราะห์ผลเมื่อวันที่ ๑๘ ธันวาคม ๒๕๖๓", 30, "i", False)], seed=42, angle=-0.6),
        scan_page([("๒. มาตรการ/แนวทางขับเคลื่อน ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", 31, "l", True),
                   ("มาตรการที่ ๑ เผยแพร่ข้อมูลสาธารณะบนเว็บไซต์ให้ครบถ้วนและเป็นปัจจุบันทุกเดือน  ผู้รับผิดชอบ: ฝ่ายปกครอง  กำกับติดตาม: รายเดือน", 30, "i", False),
                   ("มาตรการที่ ๒ จัดทำรายงานกำกับติดตามรอบ ๖ เดือนภายในเดือนเมษายน  ผู้รับผิดชอบ: ทุกฝ่าย", 30, "i", False),
                   ("มาตรการที่ ๓ จัดทำสถิติเรื่องร้องเรียนการทุจริตเป็นรายเดือน  ผู้รับผิดชอบ: ฝ่ายปกครอง", 30, "i", False),
                   ("มาตรการที่ ๔ ส่งเสริมการใช้ BMA Q และ E-Service เพื่อลดการติดต่อกับเจ้าหน้าที่โดยตรง  ผู้รับผิดชอบ: ฝ่ายทะเบียน", 30, "i", False),
                   ("ประกาศ ณ วันที่ ๒๕ กุมภาพันธ์ ๒๕๖๔", 30, "r", False)], seed=43, angle=0.7, emblem=False, signature=DIRECTOR)])

    # ------------------------------------------------ garbled-text PDFs (human reads fine, text layer is junk)
    simple_pdf(F("/files/o3/authority.pdf"), "อำนาจหน้าที่ของสำนักงานเขตหนองแขม",
               ["อาศัยอำนาจตามพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘ และประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต สำนักงานเขตมีอำนาจหน้าที่ดังนี้",
                "๑. ฝ่ายปกครอง: งานธุรการ การเจ้าหน้าที่ นิติการ และงานอำนวยการทั่วไป", "๒. ฝ่ายทะเบียน: งานทะเบียนราษฎรและบัตรประจำตัวประชาชน",
                "๓. ฝ่ายการคลัง: การเงิน การบัญชี การพัสดุ", "๔. ฝ่ายรายได้: จัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย และรายได้อื่น",
                "๕. ฝ่ายโยธา: ควบคุมอาคาร ก่อสร้างและบำรุงรักษาถนน ทางเท้า ระบบระบายน้ำ", "๖. ฝ่ายรักษาความสะอาดและสวนสาธารณะ: เก็บขนมูลฝอย ดูแลสวน",
                "๗. ฝ่ายเทศกิจ: รักษาความเป็นระเบียบเรียบร้อย", "๘. ฝ่ายสิ่งแวดล้อมและสุขาภิบาล: ควบคุมสถานประกอบการ อาหาร และมลพิษ",
                "๙. ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม: พัฒนาชุมชน สวัสดิการผู้สูงอายุ คนพิการ", "๑๐. ฝ่ายการศึกษา: กำกับดูแลโรงเรียนสังกัดกรุงเทพมหานครในพื้นที่"],
               garble="latin")
    simple_pdf(F("/files/o11/monitoring-report-2564.pdf"), "รายงานการกำกับติดตามการดำเนินงานตามแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
               ["ไตรมาสที่ ๑ (ตุลาคม - ธันวาคม ๒๕๖๓) สำนักงานเขตหนองแขม",
                ("table", [["โครงการ", "เป้าหมาย", "ผลไตรมาส ๑", "ร้อยละ"],
                           ["ขุดลอกคูคลองและล้างท่อ", "๒๒ สาย", "๕ สาย", "๒๒.๗๓"], ["ปรับปรุงทางเท้าถนนเพชรเกษม", "๑.๘ กม.", "อยู่ระหว่างจัดหาผู้รับจ้าง", "๐"],
                           ["คัดแยกขยะต้นทาง", "๓๐ ชุมชน", "๑๒ ชุมชน", "๔๐.๐๐"], ["ป้องกันโควิด ๑๙ ในชุมชน", "๕๐ ชุมชน", "๕๐ ชุมชน", "๑๐๐"]],
                 [0.4, 0.2, 0.25, 0.15]), "รายงาน ณ วันที่ ๑๕ มกราคม ๒๕๖๔ ฝ่ายปกครอง"], garble="latin")
    simple_pdf(F("/files/o16/satisfaction-survey-2564.pdf"), "รายงานผลการสำรวจความพึงพอใจการให้บริการ สำนักงานเขตหนองแขม",
               ["ปีงบประมาณ พ.ศ. ๒๕๖๔ รอบ ๖ เดือน (ตุลาคม ๒๕๖๓ - มีนาคม ๒๕๖๔)",
                "วิธีการสำรวจ: แบบสอบถามผู้มารับบริการ ณ ฝ่ายทะเบียน ฝ่ายรายได้ ฝ่ายโยธา และฝ่ายสิ่งแวดล้อมฯ จำนวน ๔๐๐ ชุด",
                ("table", [["ด้าน", "คะแนนเฉลี่ย (เต็ม ๕)", "ร้อยละ"], ["ขั้นตอนการให้บริการ", "๔.๕๒", "๙๐.๔๐"],
                           ["เจ้าหน้าที่ผู้ให้บริการ", "๔.๖๑", "๙๒.๒๐"], ["สิ่งอำนวยความสะดวก", "๔.๓๓", "๘๖.๖๐"], ["ภาพรวม", "๔.๔๙", "๘๙.๘๐"]],
                 [0.5, 0.25, 0.25]), "ข้อเสนอแนะ: เพิ่มที่นั่งรอและที่จอดรถ"], garble="latin")
    simple_pdf(F("/files/o19/budget-monitoring-6m-2564.pdf"), "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ รอบ ๖ เดือน",
               ["ระยะเวลา ตุลาคม ๒๕๖๓ - มีนาคม ๒๕๖๔ สำนักงานเขตหนองแขม",
                ("table", [["หมวดรายจ่าย", "งบประมาณ (บาท)", "เบิกจ่าย ๖ เดือน (บาท)", "ร้อยละ"],
                           ["งบบุคลากร", "๑๐๘,๔๐๐,๐๐๐", "๕๔,๐๑๒,๓๐๐", "๔๙.๘๓"], ["งบดำเนินงาน", "๓๑,๙๐๐,๐๐๐", "๑๔,๔๒๒,๘๑๐", "๔๕.๒๑"],
                           ["งบลงทุน", "๑๕,๐๐๐,๐๐๐", "๔,๙๘๐,๐๐๐", "๓๓.๒๐"]], [0.3, 0.25, 0.28, 0.17]),
                "ปัญหาอุปสรรค: การเบิกจ่ายงบลงทุนล่าช้าเนื่องจากสถานการณ์โควิด ๑๙", "รายงาน ณ วันที่ ๙ เมษายน ๒๕๖๔ ฝ่ายการคลัง"], garble="latin")
    simple_pdf(F("/files/o24/procurement-annual-2563.pdf"), "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ ประจำปีงบประมาณ พ.ศ. ๒๕๖๓",
               ["สำนักงานเขตหนองแขม (๑ ตุลาคม ๒๕๖๒ - ๓๐ กันยายน ๒๕๖๓)",
                ("table", [["วิธีการ", "จำนวนโครงการ", "งบประมาณ (บาท)", "ราคาที่ตกลง (บาท)"],
                           ["เฉพาะเจาะจง", "๑๘๗", "๑๒,๔๕๐,๒๐๐", "๑๒,๑๐๒,๙๕๐"], ["e-bidding", "๙", "๒๑,๘๐๐,๐๐๐", "๑๙,๙๔๐,๐๐๐"],
                           ["คัดเลือก", "๒", "๑,๒๐๐,๐๐๐", "๑,๑๘๐,๐๐๐"]], [0.3, 0.2, 0.25, 0.25]),
                ("h", "ปัญหา อุปสรรค"), "ผู้ประกอบการบางรายไม่คุ้นเคยกับระบบ e-GP ทำให้ต้องยกเลิกการประกวดราคา ๑ ครั้ง",
                ("h", "ข้อเสนอแนะและแนวทางปรับปรุง"), "จัดอบรมเจ้าหน้าที่พัสดุและวางแผนจัดซื้อจัดจ้างให้แล้วเสร็จภายในไตรมาสที่ ๒",
                "เผยแพร่ ณ วันที่ ๑๕ มกราคม ๒๕๖๔"], sign=(D[0], D[1]), garble="latin")
    simple_pdf(F("/files/o29/complaint-handling-guideline.pdf"), "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ สำนักงานเขตหนองแขม",
               ["๑. รับเรื่องร้องเรียนจากทุกช่องทาง ลงทะเบียนภายใน ๑ วันทำการ", "๒. คัดแยกเรื่อง หากเป็นเรื่องทุจริตเสนอผู้อำนวยการเขตภายใน ๓ วันทำการ",
                "๓. แต่งตั้งคณะกรรมการตรวจสอบข้อเท็จจริง และดำเนินการภายใน ๓๐ วัน", "๔. แจ้งผลให้ผู้ร้องทราบ และรายงานสำนักงาน ก.ก. / สำนักงาน ป.ป.ช. ตามกรณี",
                "๕. คุ้มครองผู้ร้องเรียนและพยาน เก็บรักษาข้อมูลเป็นความลับ", ("h", "แผนผังขั้นตอน"),
                "รับเรื่อง → ลงทะเบียน → คัดแยก → ตรวจสอบข้อเท็จจริง → สั่งการ → แจ้งผู้ร้อง → รายงานผล", "ประกาศใช้ ๑ ธันวาคม ๒๕๖๓"],
               garble="strip")
    simple_pdf(F("/files/o36/corruption-risk-2564.pdf"), "การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ สำนักงานเขตหนองแขม",
               [("table", [["กระบวนงาน", "ความเสี่ยง", "โอกาส", "ผลกระทบ", "ระดับ"],
                           ["การอนุญาตก่อสร้างอาคาร", "เรียกรับผลประโยชน์เพื่อเร่งรัดใบอนุญาต", "๓", "๔", "สูง"],
                           ["การจัดซื้อจัดจ้าง", "กำหนดคุณลักษณะเอื้อผู้ค้ารายใดรายหนึ่ง", "๒", "๕", "สูง"],
                           ["การจัดเก็บภาษี", "ประเมินภาษีต่ำกว่าความเป็นจริง", "๒", "๓", "ปานกลาง"],
                           ["การใช้รถราชการ", "ใช้ทรัพย์สินราชการเพื่อประโยชน์ส่วนตน", "๒", "๒", "ต่ำ"]], [0.22, 0.4, 0.1, 0.13, 0.15]),
                "จัดทำโดยคณะทำงานบริหารความเสี่ยง ฝ่ายการคลัง ๓๐ พฤศจิกายน ๒๕๖๓"], garble="latin")
    simple_pdf(F("/files/o43/ita-measures-progress-2564.pdf"), "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
               [("table", [["มาตรการ", "การดำเนินการ", "ผล (ณ ๓๐ มิ.ย. ๒๕๖๔)"],
                           ["๑ เผยแพร่ข้อมูลสาธารณะ", "ตรวจสอบเว็บไซต์ทุกวันที่ ๕ ของเดือน", "ดำเนินการ ๙ ครั้ง"],
                           ["๒ รายงานรอบ ๖ เดือน", "ทุกฝ่ายส่งรายงานภายใน ๑๐ เม.ย.", "แล้วเสร็จ"],
                           ["๓ สถิติร้องเรียนรายเดือน", "ฝ่ายปกครองจัดทำตารางรายเดือน", "อยู่ระหว่างดำเนินการ"],
                           ["๔ BMA Q / E-Service", "ประชาสัมพันธ์ผ่าน Facebook", "ผู้ใช้ BMA Q ร้อยละ ๓๕"]], [0.3, 0.4, 0.3]),
                "รายงาน ณ วันที่ ๕ กรกฎาคม ๒๕๖๔"], sign=(D[0], D[1]), garble="latin")

    # ------------------------------------------------ normal text PDFs
    simple_pdf(F("/files/o4/district-development-plan-2564.pdf"), "แผนพัฒนาสำนักงานเขตหนองแขม (แผนพัฒนาเชิงพื้นที่) ประจำปี พ.ศ. ๒๕๖๔",
               ["ภายใต้แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๒ (พ.ศ. ๒๕๖๑ - ๒๕๖๕)",
                ("h", "วิสัยทัศน์"), "หนองแขม เมืองน่าอยู่ ชุมชนเข้มแข็ง สิ่งแวดล้อมดี",
                ("h", "ประเด็นยุทธศาสตร์"), "๑. การแก้ไขปัญหาน้ำท่วม ๒. การจัดการขยะและสิ่งแวดล้อม ๓. ความปลอดภัยในชีวิตและทรัพย์สิน ๔. การพัฒนาคุณภาพชีวิตผู้สูงอายุ",
                ("table", [["ยุทธศาสตร์", "ตัวชี้วัด", "ค่าเป้าหมาย ๒๕๖๔"], ["ลดน้ำท่วมขัง", "จุดน้ำท่วมซ้ำซาก", "ลดลง ๓ จุด"],
                           ["จัดการขยะ", "ปริมาณขยะลดลง", "ร้อยละ ๕"], ["ความปลอดภัย", "ซอยที่มีไฟส่องสว่างครบ", "๔๐ ซอย"]], [0.3, 0.4, 0.3])])
    simple_pdf(F("/files/o12/annual-report.pdf"), "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๒ สำนักงานเขตหนองแขม",
               ["ระยะเวลา ๑ ตุลาคม ๒๕๖๑ - ๓๐ กันยายน ๒๕๖๒",
                ("table", [["โครงการ", "เป้าหมาย", "ผล", "ร้อยละ"], ["ขุดลอกคูคลอง", "๒๐ สาย", "๒๐ สาย", "๑๐๐"],
                           ["ปรับปรุงทางเท้า", "๑.๕ กม.", "๑.๓ กม.", "๘๖.๖๗"], ["คัดแยกขยะ", "๒๕ ชุมชน", "๒๖ ชุมชน", "๑๐๐"]], [0.4, 0.2, 0.2, 0.2]),
                ("h", "ปัญหาอุปสรรคและข้อเสนอแนะ"), "ควรเพิ่มงบประมาณค่าจ้างเหมาขุดลอกและเริ่มดำเนินการก่อนฤดูฝน", "จัดทำ ๓๐ ตุลาคม ๒๕๖๒"],
               sign=(FORMER[0], FORMER[1]))
    lis = []
    for dv, slug in DIVISIONS:
        simple_pdf(F(f"/files/o13/manual-{slug}.pdf"), f"คู่มือการปฏิบัติงาน {dv} สำนักงานเขตหนองแขม",
                   [("h", "วัตถุประสงค์"), f"เป็นมาตรฐานการปฏิบัติงานของเจ้าหน้าที่{dv}", ("h", "ขั้นตอน"),
                    "๑) รับเรื่อง ๒) ตรวจสอบ ๓) พิจารณา ๔) เสนอผู้บังคับบัญชา ๕) แจ้งผล/จัดเก็บ", "ปรับปรุง ธันวาคม ๒๕๖๓"])
        lis.append(f'<tr><td>{dv}</td><td><a href="/files/o13/manual-{slug}.pdf">เปิดเอกสาร</a></td></tr>')
    html("/ita/manuals.html", "คู่มือการปฏิบัติงาน", '<h2>คู่มือหรือมาตรฐานการปฏิบัติงาน</h2><table class="t">' + "".join(lis) + "</table>")
    simple_pdf(F("/files/o14/service-manual.pdf"), "คู่มือสำหรับประชาชน สำนักงานเขตหนองแขม",
               [("table", [["งานบริการ", "หลักฐาน", "ระยะเวลา", "ค่าธรรมเนียม"], ["แจ้งย้ายที่อยู่", "ทะเบียนบ้าน บัตรประชาชน", "๑๕ นาที", "ไม่มี"],
                           ["ขออนุญาตติดตั้งป้าย", "คำขอ แบบป้าย", "๗ วัน", "ตามข้อบัญญัติ"], ["ขอใบอนุญาตสถานที่จำหน่ายอาหาร", "คำขอ บัตรประชาชน", "๓๐ วัน", "ตามขนาดพื้นที่"],
                           ["ชำระภาษีที่ดินและสิ่งปลูกสร้าง", "หนังสือแจ้งประเมิน", "๑๐ นาที", "ไม่มี"]], [0.32, 0.32, 0.16, 0.2]), "ฉบับปรับปรุง ตุลาคม ๒๕๖๓"])
    rows = [["เดือน", "งานทะเบียนราษฎร", "บัตรประชาชน", "ภาษี", "ใบอนุญาต"]]
    for k, (m, y) in enumerate(FY_MONTHS):
        rows.append([f"{MONTHS[m]} {th(y)}", th(1200 + 37 * k), th(880 + 21 * k), th(410 + 90 * (k % 4)), th(35 + k)])
    simple_pdf(F("/files/o15/service-statistics-2564.pdf"), "ข้อมูลเชิงสถิติการให้บริการ ปีงบประมาณ พ.ศ. ๒๕๖๔ สำนักงานเขตหนองแขม",
               [("table", rows, [0.28, 0.18, 0.18, 0.18, 0.18]), "ข้อมูล ณ วันที่ ๕ กรกฎาคม ๒๕๖๔"])
    simple_pdf(F("/files/o20/budget-annual-report-2563.pdf"), "รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๓ สำนักงานเขตหนองแขม",
               [("table", [["หมวด", "งบประมาณ", "เบิกจ่าย", "ร้อยละ"], ["งบบุคลากร", "๑๐๕,๒๐๐,๐๐๐", "๑๐๓,๙๘๐,๔๐๐", "๙๘.๘๔"],
                           ["งบดำเนินงาน", "๓๐,๑๐๐,๐๐๐", "๒๘,๔๔๐,๑๐๐", "๙๔.๔๘"], ["งบลงทุน", "๑๔,๒๐๐,๐๐๐", "๑๒,๘๐๐,๐๐๐", "๙๐.๑๔"]], [0.3, 0.25, 0.25, 0.2]),
                "ปัญหาอุปสรรค: สถานการณ์โควิด ๑๙ ทำให้ต้องปรับแผนการใช้จ่าย ข้อเสนอแนะ: เร่งรัดงบลงทุนในไตรมาสแรก", "จัดทำ ๒๐ ตุลาคม ๒๕๖๓"],
               sign=(FORMER[0], FORMER[1]))
    simple_pdf(F("/files/o21/procurement-plan-2564.pdf"), "ประกาศสำนักงานเขตหนองแขม เรื่อง เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
               [("table", [["ที่", "รายการ", "วงเงิน (บาท)", "ช่วงเวลาจัดซื้อ"], ["๑", "จ้างขุดลอกคูคลองและล้างท่อ", "๔,๘๐๐,๐๐๐", "ธ.ค. ๒๕๖๓"],
                           ["๒", "จ้างปรับปรุงทางเท้าถนนเพชรเกษม", "๓,๒๐๐,๐๐๐", "ก.พ. ๒๕๖๔"], ["๓", "ซื้อวัสดุป้องกันโรคโควิด ๑๙", "๘๐๐,๐๐๐", "ต.ค. ๒๕๖๓ - มี.ค. ๒๕๖๔"]],
                 [0.08, 0.52, 0.2, 0.2]), "ประกาศ ณ วันที่ ๒๐ ตุลาคม ๒๕๖๓"], sign=(FORMER[0], FORMER[1]))
    simple_pdf(F("/files/o22/ebid-drain-2564.pdf"), "ประกาศสำนักงานเขตหนองแขม เรื่อง ประกวดราคาจ้างขุดลอกคูคลองและล้างท่อระบายน้ำ ด้วยวิธี e-bidding",
               ["ราคากลาง ๔,๗๖๐,๐๐๐ บาท ผู้สนใจดูรายละเอียดที่ www.gprocurement.go.th", "ประกาศ ณ วันที่ ๑ ธันวาคม ๒๕๖๓"], sign=(FORMER[0], FORMER[1]))
    simple_pdf(F("/files/o22/winner-footpath-2564.pdf"), "ประกาศสำนักงานเขตหนองแขม เรื่อง ประกาศผู้ชนะการเสนอราคา จ้างปรับปรุงทางเท้าถนนเพชรเกษม",
               ["ผู้ชนะ: บริษัท เพชรเกษมก่อสร้าง จำกัด ราคา ๓,๐๙๘,๐๐๐ บาท", "ประกาศ ณ วันที่ ๘ มีนาคม ๒๕๖๔"], sign=(D[0], D[1]))
    html("/procurement/announce.html", "ประกาศจัดซื้อจัดจ้าง", """<h2>ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๔</h2>
<p>ดูประกาศทั้งหมดได้ที่ระบบ <a href="https://egpbma.bangkok.go.th/">e-GPBMA</a></p><ul>
<li><a href="/files/o21/procurement-plan-2564.pdf">เผยแพร่แผนการจัดซื้อจัดจ้าง ปี ๒๕๖๔</a> (๒๐ ต.ค. ๖๓)</li>
<li><a href="/files/o22/ebid-drain-2564.pdf">ประกวดราคาจ้างขุดลอกคูคลองและล้างท่อ (e-bidding)</a> (๑ ธ.ค. ๖๓)</li>
<li><a href="/files/o22/winner-footpath-2564.pdf">ประกาศผู้ชนะ จ้างปรับปรุงทางเท้าถนนเพชรเกษม</a> (๘ มี.ค. ๖๔)</li></ul>
<p><a href="/procurement/monthly.html">สรุปผลการจัดซื้อจัดจ้างรายเดือน</a></p>""")
    # monthly summaries: Oct63..Jun64; February row points at the January file
    items = [("ซื้อหน้ากากอนามัยและเจลแอลกอฮอล์", 95000, "เฉพาะเจาะจง", "ร้านหนองแขมเวชภัณฑ์"),
             ("จ้างซ่อมรถเก็บขนมูลฝอย", 68000, "เฉพาะเจาะจง", "อู่ช่างเอกการช่าง"),
             ("ซื้อวัสดุก่อสร้างซ่อมแซมผิวจราจร", 152000, "เฉพาะเจาะจง", "หจก. ทวีวัฒนาวัสดุ"),
             ("จ้างขุดลอกคูคลองและล้างท่อระบายน้ำ", 4760000, "e-bidding", "บริษัท คลองใสก่อสร้าง จำกัด")]
    mrows = []
    for k, (m, y) in enumerate(FY_MONTHS):
        fn = f"/files/o23/skr1-{y}-{m + 1:02d}.pdf"
        if m == 1:  # กุมภาพันธ์ 2564: link copied from January -> hole
            mrows.append(f'<tr><td>{MONTHS[m]} {th(y)}</td><td><a href="/files/o23/skr1-2564-01.pdf">ดาวน์โหลด</a></td></tr>')
            continue
        d = Doc(F(fn), pagesize=landscape(A4), margin=36, title=f"สขร.1 {MONTHS[m]} {y}")
        d.title(f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน{MONTHS[m]} {th(y)} (แบบ สขร.๑)")
        d.title(f"{OFFICE}", size=14)
        rows = [["ลำดับ", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง", "ราคากลาง", "วิธีซื้อหรือจ้าง", "รายชื่อผู้เสนอราคาและราคาที่เสนอ",
                 "ผู้ได้รับการคัดเลือกและราคาที่ตกลง", "เหตุผลที่คัดเลือกโดยสรุป", "เลขที่และวันที่ของสัญญาหรือข้อตกลง"]]
        for j in range(2 + k % 2):
            t, amt, meth, who = items[(k + j) % (3 if k != 2 else 4)]
            price = amt - 1000 * (j + 1)
            rows.append([th(j + 1), t, th(f"{amt:,}"), th(f"{amt:,}"), meth, f"{who} {th(f'{price:,}')}", f"{who} {th(f'{price:,}')}",
                         "ราคาต่ำสุด คุณสมบัติครบ", th(f"ข้อตกลงเลขที่ {k + 1}{j}/{y} ลว. {3 + 8 * j} {MONTHS_S[m]} {str(y)[2:]}")])
        d.table(rows, [0.05, 0.16, 0.1, 0.09, 0.08, 0.15, 0.15, 0.11, 0.11], size=9)
        d.sign("นางสาวพรทิพย์ ศรีสุข", "หัวหน้าฝ่ายการคลัง")
        d.save()
        mrows.append(f'<tr><td>{MONTHS[m]} {th(y)}</td><td><a href="{fn}">ดาวน์โหลด</a></td></tr>')
    html("/procurement/monthly.html", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", "<h2>สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ พ.ศ. ๒๕๖๔</h2>"
         '<table class="t"><tr><th>เดือน</th><th>แบบ สขร.๑</th></tr>' + "".join(mrows) + "</table>")
    # O26: wrong document (policy again, as text) under the implementation title
    simple_pdf(F("/files/o26/hr-policy-implementation-2564.pdf"), "ประกาศสำนักงานเขตหนองแขม เรื่อง นโยบายการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
               ["เพื่อให้การบริหารทรัพยากรบุคคลเป็นไปอย่างมีประสิทธิภาพ โปร่งใส และเป็นธรรม จึงกำหนดนโยบาย ดังนี้",
                "๑. ด้านการวางแผนกำลังคน สรรหา และบรรจุแต่งตั้ง", "๒. ด้านการพัฒนาทรัพยากรบุคคล", "๓. ด้านการรักษาวินัยและส่งเสริมคุณธรรมจริยธรรม",
                "๔. ด้านคุณภาพชีวิตและความผูกพันต่อองค์กร", "ประกาศ ณ วันที่ ๒ ตุลาคม พ.ศ. ๒๕๖๓"], sign=(FORMER[0], FORMER[1]))
    simple_pdf(F("/files/o27/hr-criteria-summary.pdf"), "สรุปหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล (ตามหลักเกณฑ์ ก.ก.)",
               ["๑. การสรรหาและเลือกสรร ๒. การแต่งตั้ง โอน ย้าย ๓. การเลื่อนเงินเดือน ๔. การประเมินผลการปฏิบัติราชการ ๕. การพัฒนาบุคลากร ๖. การดำเนินการทางวินัย",
                "รายละเอียดเป็นไปตามประกาศคณะกรรมการข้าราชการกรุงเทพมหานคร (ก.ก.) ที่มีผลใช้บังคับ", "ฝ่ายปกครอง ปรับปรุง มกราคม ๒๕๖๔"])
    html("/ita/hr-criteria.html", "หลักเกณฑ์การบริหารทรัพยากรบุคคล", """<h2>หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล</h2><ul>
<li><a href="/files/o27/hr-criteria-summary.pdf">สรุปหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล (PDF)</a></li>
<li><a href="http://www.bangkok.go.th/csc">หลักเกณฑ์และมติ ก.ก. (เว็บไซต์สำนักงาน ก.ก.)</a></li></ul>""")
    simple_pdf(F("/files/o28/hr-annual-report-2563.pdf"), "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๓ สำนักงานเขตหนองแขม",
               [("table", [["ด้าน", "ผลการดำเนินงาน"], ["การพัฒนาบุคลากร", "อบรม ๑๒ หลักสูตร ผู้เข้าร่วม ๔๑๒ คน"], ["การสรรหา", "บรรจุใหม่ ๑๔ ราย"],
                           ["วินัย", "ไม่มีการลงโทษทางวินัยร้ายแรง"]], [0.35, 0.65]), "ปัญหาอุปสรรค: การอบรมถูกเลื่อนจากโควิด ๑๙ ข้อเสนอแนะ: ใช้การอบรมออนไลน์",
                "จัดทำ ๒๖ ตุลาคม ๒๕๖๓"])
    simple_pdf(F("/files/o31/complaint-statistics.pdf"), "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. ๒๕๖๓",
               [("table", [["ไตรมาส", "จำนวนเรื่อง", "แล้วเสร็จ"], ["ต.ค. - ธ.ค. ๒๕๖๒", "๑", "๑"], ["ม.ค. - มี.ค. ๒๕๖๓", "๐", "๐"],
                           ["เม.ย. - มิ.ย. ๒๕๖๓", "๒", "๒"], ["ก.ค. - ก.ย. ๒๕๖๓", "๐", "๐"]], [0.4, 0.3, 0.3]), "ข้อมูล ณ วันที่ ๕ ตุลาคม ๒๕๖๓ ฝ่ายปกครอง"])
    simple_pdf(F("/files/o37/risk-management-2564.pdf"), "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
               [("table", [["ความเสี่ยง", "มาตรการ", "ผล ณ มิ.ย. ๒๕๖๔"], ["เรียกรับผลประโยชน์ใบอนุญาตก่อสร้าง", "เปิดให้ติดตามสถานะผ่าน BMA OSS สุ่มตรวจคำขอ", "ดำเนินการแล้ว"],
                           ["กำหนดคุณลักษณะเอื้อผู้ค้า", "คณะกรรมการทบทวน TOR ทุกโครงการเกิน ๕ แสนบาท", "ดำเนินการแล้ว ๖ โครงการ"]], [0.3, 0.45, 0.25]),
                "รายงาน ณ วันที่ ๓๐ มิถุนายน ๒๕๖๔"], sign=(D[0], D[1]))
    simple_pdf(F("/files/o39/anticorruption-action-plan.pdf"), "แผนปฏิบัติการป้องกันการทุจริต สำนักงานเขตหนองแขม ระยะ ๔ ปี (พ.ศ. ๒๕๖๓ - ๒๕๖๖)",
               ["แผนฉบับนี้กำหนดแนวทางการป้องกันการทุจริตระยะ ๔ ปี ตามยุทธศาสตร์ชาติว่าด้วยการป้องกันและปราบปรามการทุจริต",
                ("table", [["ยุทธศาสตร์", "แนวทาง", "ช่วงเวลา"], ["สร้างสังคมที่ไม่ทนต่อการทุจริต", "ปลูกฝังค่านิยมสุจริต", "๒๕๖๓ - ๒๕๖๖"],
                           ["ป้องกันการทุจริตเชิงรุก", "ลดการใช้ดุลยพินิจ ใช้ระบบอิเล็กทรอนิกส์", "๒๕๖๓ - ๒๕๖๖"],
                           ["พัฒนาระบบตรวจสอบ", "ตรวจสอบภายในและเปิดเผยข้อมูล", "๒๕๖๓ - ๒๕๖๖"]], [0.35, 0.4, 0.25]),
                "หมายเหตุ: โครงการ/กิจกรรมรายปี ให้แต่ละฝ่ายกำหนดตามความเหมาะสม", "อนุมัติ ๑๕ พฤศจิกายน ๒๕๖๒"], sign=(FORMER[0], FORMER[1]))

    # ------------------------------------------------ the ITA 2564 page
    rows = [
        ("9.1 ข้อมูลพื้นฐาน", None, None),
        ("O1", "โครงสร้างหน่วยงาน", [("แผนผังโครงสร้าง", "/about/structure.html")]),
        ("O2", "ข้อมูลผู้บริหาร", [("ผู้บริหารเขต", "/about/executives.html")]),
        ("O3", "อำนาจหน้าที่", [("อำนาจหน้าที่ (PDF)", "/files/o3/authority.pdf")]),
        ("O4", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", [("แผนพัฒนาเขตหนองแขม ปี ๒๕๖๔", "/files/o4/district-development-plan-2564.pdf")]),
        ("O5", "ข้อมูลการติดต่อ", [("ติดต่อเรา", "/contact.html")]),
        ("O6", "กฎหมายที่เกี่ยวข้อง", [("กฎหมาย ระเบียบ", "/about/laws.html")]),
        ("O7", "ข่าวประชาสัมพันธ์", [("ข่าวสาร", "/news/index.html")]),
        ("O8", "Q&A", [("กระดานถาม-ตอบ", "/qa.html")]),
        ("O9", "Social Network", [("Facebook / LINE / Twitter", "/social.html")]),
        ("9.2 การบริหารงาน", None, None),
        ("O10", "แผนดำเนินงานประจำปี", [("แผนปฏิบัติราชการ ปี ๒๕๖๔", "/files/o10/action-plan-2564.pdf")]),
        ("O11", "รายงานการกำกับติดตามการดำเนินงาน รอบ ๖ เดือน", [("รายงานกำกับติดตาม ปี ๒๕๖๔", "/files/o11/monitoring-report-2564.pdf")]),
        ("O12", "รายงานผลการดำเนินงานประจำปี", [("รายงานประจำปี", "/files/o12/annual-report.pdf")]),
        ("O13", "คู่มือหรือมาตรฐานการปฏิบัติงาน", [("คู่มือรายฝ่าย", "/ita/manuals.html")]),
        ("O14", "คู่มือหรือมาตรฐานการให้บริการ", [("คู่มือสำหรับประชาชน", "/files/o14/service-manual.pdf")]),
        ("O15", "ข้อมูลเชิงสถิติการให้บริการ", [("สถิติการให้บริการ ปี ๒๕๖๔", "/files/o15/service-statistics-2564.pdf")]),
        ("O16", "รายงานผลการสำรวจความพึงพอใจการให้บริการ", [("ผลสำรวจความพึงพอใจ", "/files/o16/satisfaction-survey-2564.pdf")]),
        ("O17", "E-Service", [("บริการออนไลน์", "/eservice.html")]),
        ("9.3 การบริหารเงินงบประมาณ", None, None),
        ("O18", "แผนการใช้จ่ายงบประมาณประจำปี", [("แผนการใช้จ่ายงบประมาณ ๒๕๖๔", "/files/o18/budget-spending-plan-2564.pdf")]),
        ("O19", "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ ประจำปี รอบ ๖ เดือน", [("รายงาน ๖ เดือน", "/files/o19/budget-monitoring-6m-2564.pdf")]),
        ("O20", "รายงานผลการใช้จ่ายงบประมาณประจำปี", [("รายงานปี ๒๕๖๓", "/files/o20/budget-annual-report-2563.pdf")]),
        ("O21", "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ", [("แผนจัดซื้อจัดจ้าง ๒๕๖๔", "/files/o21/procurement-plan-2564.pdf"), ("e-GPBMA", "https://egpbma.bangkok.go.th/")]),
        ("O22", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง", [("ประกาศจัดซื้อจัดจ้าง", "/procurement/announce.html")]),
        ("O23", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", [("สขร.๑ รายเดือน", "/procurement/monthly.html")]),
        ("O24", "รายงานผลการจัดซื้อจัดจ้างประจำปี", [("รายงานปี ๒๕๖๓", "/files/o24/procurement-annual-2563.pdf")]),
        ("9.4 การบริหารและพัฒนาทรัพยากรบุคคล", None, None),
        ("O25", "นโยบายการบริหารทรัพยากรบุคคล", [("ประกาศนโยบาย ปี ๒๕๖๔", "/files/o25/hr-policy-2564.pdf")]),
        ("O26", "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล", [("ผลการดำเนินการตามนโยบาย", "/files/o26/hr-policy-implementation-2564.pdf")]),
        ("O27", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", [("หลักเกณฑ์", "/ita/hr-criteria.html")]),
        ("O28", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", [("รายงานปี ๒๕๖๓", "/files/o28/hr-annual-report-2563.pdf")]),
        ("9.5 การส่งเสริมความโปร่งใส", None, None),
        ("O29", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", [("แนวปฏิบัติ (PDF)", "/files/o29/complaint-handling-guideline.pdf")]),
        ("O30", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", [("แจ้งเรื่องร้องเรียน", "/complaint.html")]),
        ("O31", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี", [("สถิติเรื่องร้องเรียน", "/files/o31/complaint-statistics.pdf")]),
        ("O32", "ช่องทางการรับฟังความคิดเห็น", [("แสดงความคิดเห็น", "/feedback.html")]),
        ("O33", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", [("การมีส่วนร่วม", "/ita/participation.html")]),
        ("10.1 การดำเนินการเพื่อป้องกันการทุจริต", None, None),
        ("O34", "เจตจำนงสุจริตของผู้บริหาร", [("ประกาศเจตจำนงสุจริต (ไทย/อังกฤษ)", "/files/o34/integrity-intent-2564.pdf")]),
        ("O35", "การมีส่วนร่วมของผู้บริหาร", [("ผู้บริหารนำปฏิญาณตนต่อต้านการทุจริต", "/news/n5.html")]),
        ("O36", "การประเมินความเสี่ยงการทุจริตประจำปี", [("ประเมินความเสี่ยง ๒๕๖๔", "/files/o36/corruption-risk-2564.pdf")]),
        ("O37", "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต", [("การจัดการความเสี่ยง", "/files/o37/risk-management-2564.pdf")]),
        ("O38", "การเสริมสร้างวัฒนธรรมองค์กร", [("กิจกรรม", "/ita/culture.html")]),
        ("O39", "แผนปฏิบัติการป้องกันการทุจริต", [("แผนปฏิบัติการป้องกันการทุจริต", "/files/o39/anticorruption-action-plan.pdf")]),
        ("O40", "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ ๖ เดือน", [("รายงาน ๖ เดือน", "/files/o40/anticorruption-progress-6m-2564.pdf")]),
        ("O41", "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี", [("รายงานปี ๒๕๖๓", "/files/o41/anticorruption-annual-2563.pdf")]),
        ("10.2 มาตรการภายในเพื่อป้องกันการทุจริต", None, None),
        ("O42", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", [("มาตรการฯ ปี ๒๕๖๔", "/files/o42/ita-measures-2564.pdf")]),
        ("O43", "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", [("ผลการดำเนินการ", "/files/o43/ita-measures-progress-2564.pdf")]),
    ]
    trs = []
    for code, title, links in rows:
        if title is None:
            trs.append(f'<tr><td colspan="3" style="background:#f0e0c0"><b>ตัวชี้วัดย่อยที่ {th(code)}</b></td></tr>')
            continue
        n = int(code[1:])
        shown = ["O" + th(n), "0" + th(n), code][n % 3]
        a = " ".join(f'<a href="{u}">{lb}</a>' for lb, u in links)
        trs.append(f"<tr><td>{shown}</td><td>{title}</td><td>{a}</td></tr>")
    html("/ita/index.html", "ITA 2564", "<h2>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๔</h2>"
         "<p>สำนักงานเขตหนองแขม เผยแพร่ข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ ปรับปรุงล่าสุด ๕ กรกฎาคม ๒๕๖๔</p>"
         '<table class="t"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>' + "".join(trs) + "</table>")

    # ------------------------------------------------ home
    html("/index.html", "หน้าแรก", f"""<h2>ยินดีต้อนรับสู่เว็บไซต์สำนักงานเขตหนองแขม</h2>
<p><a href="/ita/index.html"><img src="/images/ita-banner.png" alt="ITA 2564 การประเมินคุณธรรมและความโปร่งใส"></a></p>
<h3>ข่าวล่าสุด</h3><ul>{lis_news(news)}</ul>
<p>สำนักงานเขตหนองแขมเปิดให้บริการงานทะเบียนราษฎรตามปกติ ภายใต้มาตรการป้องกันโรคโควิด ๑๙ (สวมหน้ากาก เว้นระยะห่าง)</p>
<p>อุณหภูมิวันนี้ ๓๓&deg;C ฝนฟ้าคะนองร้อยละ ๔๐ ของพื้นที่</p>""")

    def itab(im, d):
        d.rectangle([0, 0, 620, 110], fill=(120, 20, 20))
        d.text((310, 55), "ITA ๒๕๖๔ ข้อมูลเปิดเผยสาธารณะ", font=pfont(34, True), fill=(255, 230, 150), anchor="mm")
    png("/images/ita-banner.png", 620, 110, itab)


def lis_news(news):
    return "".join(f'<li><a href="/news/n{i + 1}.html">{t}</a> ({dt})</li>' for i, (dt, t) in enumerate(news))


def main():
    if SITE.exists():
        shutil.rmtree(SITE)
    SITE.mkdir()
    build()
    (SITE / "robots.txt").write_text("User-agent: *\nAllow: /\n")
    n = sum(1 for _ in SITE.rglob("*") if _.is_file())
    size = sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file())
    print(f"{n} files, {size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
