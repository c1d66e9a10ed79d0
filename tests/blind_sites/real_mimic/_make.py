# -*- coding: utf-8 -*-
"""Generator for held-out fixture `real_mimic` (สำนักงานเขตคลองสามวา, bma-2567).

Run:  /work/blindenv/bin/python _make.py
Rebuilds site/ and meta.json from scratch. truth.json / truth.md are written by hand
and never touched here.
"""
import io
import json
import os
import random
import shutil

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
PDFDIR = os.path.join(SITE, "assets", "document", "pdf")
DOCDIR = os.path.join(SITE, "assets", "document")
FONTDIR = "/usr/share/fonts/truetype/tlwg"
F_REG = os.path.join(FONTDIR, "Norasi.ttf")
F_BOLD = os.path.join(FONTDIR, "Norasi-Bold.ttf")
F_SANS = os.path.join(FONTDIR, "Garuda.ttf")
F_SANSB = os.path.join(FONTDIR, "Garuda-Bold.ttf")

pdfmetrics.registerFont(TTFont("Norasi", F_REG))
pdfmetrics.registerFont(TTFont("Norasi-Bold", F_BOLD))

random.seed(2568)

TH_DIG = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    return str(s).translate(TH_DIG)


DISTRICT = "สำนักงานเขตคลองสามวา"
DIRECTOR = "นายธนกฤต วงศ์สวัสดิ์ไพบูลย์"
ADDRESS = "เลขที่ 9 ถนนสุวินทวงศ์ แขวงบางชัน เขตคลองสามวา กรุงเทพมหานคร 10510"
PHONE = "02-548-7312"
FAX = "02-548-7315"
EMAIL = "khlongsamwa.saraban@bangkok.go.th"


# --------------------------------------------------------------------------
# text faults seen in the real documents
# --------------------------------------------------------------------------
def fault_am_lost(s):
    """Word 2007 export: sara am comes out as ' า' (space + sara aa)."""
    return s.replace("ำ", " า")


def fault_aa_as_am(s):
    """PowerPoint/Word 2019 export: every sara aa is extracted as sara am."""
    return s.replace("า", "ำ")


GARBAGE = ["rJ:ynroiy", "u.r6'u", "nr:dr", "fl'l.1", "tJ'U", "n1s", "~l'\\'l", "ua:",
           "1Jl'Yl", "el", "m.J", "rn1:", "Yl'Vl", "ii", "'ll'U", "nl's", "L'Vl'U", "1'111",
           "o\\'l", "~'\\'l", "rs'U", "fl1", "YJ", "lfl'l", "1l.'U1", "Ufl"]


def garbage_line(n):
    return " ".join(random.choice(GARBAGE) for _ in range(n))


# --------------------------------------------------------------------------
# tiny document model: blocks -> pages, two renderers (real text / image)
# --------------------------------------------------------------------------
# block kinds: ("title", text) ("h", text) ("p", text) ("c", text) centred,
# ("r", text) right-aligned, ("gap", pts), ("table", headers, rows, widths),
# ("sign", [lines]), ("page",) page break, ("img", PIL.Image, w, h)

MARKS = set("ัิีึืฺุู็่้๊๋์ํำ")


def _split_long(word, width_fn, maxw):
    out, cur = [], ""
    for ch in word:
        if cur and width_fn(cur + ch) > maxw and ch not in MARKS:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def wrap(text, width_fn, maxw):
    lines = []
    for para in text.split("\n"):
        words = para.split(" ")
        cur = ""
        for w in words:
            cand = (cur + " " + w) if cur else w
            if width_fn(cand) <= maxw:
                cur = cand
                continue
            if cur:
                lines.append(cur)
            if width_fn(w) > maxw:
                parts = _split_long(w, width_fn, maxw)
                lines.extend(parts[:-1])
                cur = parts[-1]
            else:
                cur = w
        lines.append(cur)
    return lines


class Layout:
    """Lays blocks out in PDF points; emits draw ops per page."""

    def __init__(self, pagesize, width_fn, margin=56, size=14):
        self.W, self.H = pagesize
        self.wf = width_fn  # (text, size, bold) -> width
        self.m = margin
        self.size = size
        self.pages = []
        self.ops = []
        self.y = self.H - margin

    def newpage(self):
        self.pages.append(self.ops)
        self.ops = []
        self.y = self.H - self.m

    def need(self, h):
        if self.y - h < self.m:
            self.newpage()

    def text(self, x, y, s, size, bold=False):
        self.ops.append(("t", x, y, s, size, bold))

    def run(self, blocks):
        W, m = self.W, self.m
        inner = W - 2 * m
        for b in blocks:
            k = b[0]
            if k == "page":
                self.newpage()
            elif k == "gap":
                self.y -= b[1]
            elif k in ("title", "h", "p", "c", "r", "pi"):
                size = {"title": self.size + 4, "h": self.size + 1}.get(k, self.size)
                bold = k in ("title", "h")
                indent = 36 if k == "pi" else 0
                lines = wrap(b[1], lambda t: self.wf(t, size, bold), inner - indent)
                for i, ln in enumerate(lines):
                    self.need(size * 1.45)
                    self.y -= size * 1.45
                    if k in ("title", "c"):
                        x = (W - self.wf(ln, size, bold)) / 2
                    elif k == "r":
                        x = W - m - self.wf(ln, size, bold)
                    else:
                        x = m + (indent if i == 0 or k == "pi" else 0)
                    self.text(x, self.y, ln, size, bold)
                self.y -= size * 0.25
            elif k == "sign":
                for ln in b[1]:
                    self.need(self.size * 1.45)
                    self.y -= self.size * 1.45
                    x = W * 0.55 + (W * 0.4 - self.wf(ln, self.size, False)) / 2 - m / 2
                    self.text(x, self.y, ln, self.size, False)
            elif k == "img":
                img, w, h = b[1], b[2], b[3]
                self.need(h + 6)
                self.y -= h + 6
                self.ops.append(("i", (W - w) / 2, self.y, img, w, h))
            elif k == "table":
                headers, rows, widths = b[1], b[2], b[3]
                fs = b[4] if len(b) > 4 else self.size - 3
                tot = sum(widths)
                cw = [inner * w / tot for w in widths]

                def row_lines(cells, bold):
                    return [wrap(str(c), lambda t: self.wf(t, fs, bold), cw[i] - 6)
                            for i, c in enumerate(cells)]

                def draw_row(cells, bold):
                    ls = row_lines(cells, bold)
                    h = max(len(x) for x in ls) * fs * 1.35 + 6
                    if self.y - h < self.m:
                        self.newpage()
                        draw_row(headers, True)
                    top = self.y
                    x = m
                    for i, cl in enumerate(ls):
                        self.ops.append(("rect", x, top - h, cw[i], h))
                        yy = top - 3
                        for ln in cl:
                            yy -= fs * 1.35
                            self.text(x + 3, yy + 2, ln, fs, bold)
                        x += cw[i]
                    self.y = top - h

                self.need(fs * 4)
                self.y -= 5
                draw_row(headers, True)
                for r in rows:
                    draw_row(r, False)
                self.y -= 8
        self.pages.append(self.ops)
        return self.pages


def rl_width(t, size, bold):
    return pdfmetrics.stringWidth(t, "Norasi-Bold" if bold else "Norasi", size)


def set_meta(c, meta):
    meta = meta or {}
    if "title" in meta:
        c.setTitle(meta["title"])
    c.setAuthor(meta.get("author", "Windows User"))
    c.setCreator(meta.get("creator", "Microsoft® Word 2013"))
    c.setProducer(meta.get("producer", meta.get("creator", "Microsoft® Word 2013")))


def pdf_text(path, blocks, meta=None, pagesize=A4, size=14):
    """Normal export: real text drawn with a Thai TTF."""
    lay = Layout(pagesize, rl_width, size=size)
    pages = lay.run(blocks)
    c = canvas.Canvas(path, pagesize=pagesize)
    set_meta(c, meta)
    for ops in pages:
        for op in ops:
            if op[0] == "t":
                _, x, y, s, sz, bold = op
                c.setFont("Norasi-Bold" if bold else "Norasi", sz)
                c.drawString(x, y, s)
            elif op[0] == "rect":
                _, x, y, w, h = op
                c.setLineWidth(0.5)
                c.rect(x, y, w, h)
            elif op[0] == "i":
                _, x, y, img, w, h = op
                c.drawImage(ImageReader(img), x, y, w, h)
        c.showPage()
    c.save()


_fcache = {}


def pil_font(size_px, bold=False):
    key = (size_px, bold)
    if key not in _fcache:
        _fcache[key] = ImageFont.truetype(F_BOLD if bold else F_REG, size_px,
                                          layout_engine=ImageFont.Layout.RAQM)
    return _fcache[key]


def pdf_image(path, blocks, meta=None, pagesize=A4, size=14, layer=None, scan=False,
              dpi=110):
    """Pages drawn as images (correct Thai shaping).  `layer` is a function
    turning each drawn line into the invisible text-layer string (None = no
    text layer at all, i.e. an image-only scan)."""
    k = dpi / 72.0

    def width_fn(t, sz, bold):
        return pil_font(int(sz * k), bold).getlength(t) / k

    lay = Layout(pagesize, width_fn, size=size)
    pages = lay.run(blocks)
    W, H = pagesize
    c = canvas.Canvas(path, pagesize=pagesize)
    set_meta(c, meta)
    for pno, ops in enumerate(pages):
        im = Image.new("L" if scan else "RGB", (int(W * k), int(H * k)), 255 if scan else "white")
        d = ImageDraw.Draw(im)
        for op in ops:
            if op[0] == "t":
                _, x, y, s, sz, bold = op
                f = pil_font(int(sz * k), bold)
                asc = f.getmetrics()[0]
                d.text((x * k, (H - y) * k - asc * 0.8), s, font=f, fill=0 if scan else "black")
            elif op[0] == "rect":
                _, x, y, w, h = op
                d.rectangle([x * k, (H - y - h) * k, (x + w) * k, (H - y) * k], outline=0 if scan else "black")
            elif op[0] == "i":
                _, x, y, img, w, h = op
                im.paste(img.convert(im.mode).resize((int(w * k), int(h * k))), (int(x * k), int((H - y - h) * k)))
        if scan:
            im = im.rotate(random.uniform(-0.9, 0.9), fillcolor=235, resample=Image.BICUBIC)
            px = im.load()
            for _ in range(int(im.size[0] * im.size[1] * 0.004)):
                px[random.randrange(im.size[0]), random.randrange(im.size[1])] = random.choice((0, 90, 160))
            im = im.filter(ImageFilter.GaussianBlur(0.6))
        buf = io.BytesIO()
        im.save(buf, format="JPEG", quality=55 if scan else 80)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        if layer is not None:
            t = c.beginText()
            t.setTextRenderMode(3)
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, sz, bold = op
                    t.setFont("Norasi", sz)
                    t.setTextOrigin(x, y)
                    t.textOut(layer(s))
            c.drawText(t)
        c.showPage()
    c.save()


# --------------------------------------------------------------------------
# pictures
# --------------------------------------------------------------------------
def person_img(seed, w=240, h=300):
    rnd = random.Random(seed)
    bg = tuple(rnd.randint(150, 220) for _ in range(3))
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    suit = tuple(rnd.randint(10, 70) for _ in range(3))
    d.ellipse([w * 0.3, h * 0.12, w * 0.7, h * 0.5], fill=(222, 190, 160))
    d.rectangle([w * 0.15, h * 0.58, w * 0.85, h], fill=suit)
    d.ellipse([w * 0.15, h * 0.5, w * 0.85, h * 0.75], fill=suit)
    d.polygon([(w * 0.45, h * 0.55), (w * 0.55, h * 0.55), (w * 0.5, h * 0.8)], fill=(240, 240, 240))
    return im


def photo_img(seed, w=800, h=500, label=""):
    rnd = random.Random(seed)
    im = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(im)
    top = tuple(rnd.randint(120, 200) for _ in range(3))
    for y in range(h):
        a = y / h
        d.line([(0, y), (w, y)], fill=tuple(int(top[i] * (1 - a) + 60 * a) for i in range(3)))
    for _ in range(14):
        x0, y0 = rnd.randint(0, w), rnd.randint(h // 3, h)
        d.rectangle([x0, y0, x0 + rnd.randint(40, 160), h], fill=tuple(rnd.randint(40, 200) for _ in range(3)))
    if label:
        f = ImageFont.truetype(F_SANSB, 28, layout_engine=ImageFont.Layout.RAQM)
        d.rectangle([0, h - 50, w, h], fill=(0, 0, 0))
        d.text((16, h - 44), label, font=f, fill="white")
    return im


def save_img(im, rel, **kw):
    p = os.path.join(SITE, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    im.save(p, **kw)


def org_chart_img():
    w, h = 1400, 900
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(F_SANS, 24, layout_engine=ImageFont.Layout.RAQM)
    fb = ImageFont.truetype(F_SANSB, 28, layout_engine=ImageFont.Layout.RAQM)

    def box(x, y, bw, bh, t, font=f, fill=(230, 240, 255)):
        d.rectangle([x, y, x + bw, y + bh], outline="black", width=2, fill=fill)
        tw = d.textlength(t, font=font)
        d.text((x + (bw - tw) / 2, y + bh / 2 - 18), t, font=font, fill="black")

    box(500, 30, 400, 80, "ผู้อำนวยการเขตคลองสามวา", fb, (255, 230, 200))
    box(500, 160, 400, 70, "ผู้ช่วยผู้อำนวยการเขต (2 อัตรา)", f)
    d.line([700, 110, 700, 160], fill="black", width=2)
    d.line([700, 230, 700, 290], fill="black", width=2)
    d.line([110, 290, 1290, 290], fill="black", width=2)
    divs = ["ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายรายได้", "ฝ่ายโยธา",
            "ฝ่ายเทศกิจ", "ฝ่ายสิ่งแวดล้อมฯ", "ฝ่ายรักษาความสะอาดฯ", "ฝ่ายพัฒนาชุมชนฯ", "ฝ่ายการศึกษา"]
    for i, dv in enumerate(divs):
        col, row = i % 5, i // 5
        x = 20 + col * 272
        y = 330 + row * 220
        d.line([x + 120, 290 if row == 0 else 290, x + 120, y], fill="black", width=1)
        box(x, y, 240, 80, dv)
    d.text((20, 820), "ที่มา: ฝ่ายปกครอง สำนักงานเขตคลองสามวา (ปรับปรุง ต.ค. 2567)", font=f, fill="black")
    return im


# --------------------------------------------------------------------------
# HTML template (imitates the BootstrapMade-based hospital site)
# --------------------------------------------------------------------------
HEAD = """<!DOCTYPE html>
<html lang="en">

<head>
    <meta charset="utf-8">
    <meta content="width=device-width, initial-scale=1.0" name="viewport">
    <title>{title}</title>
    <meta name="description" content="">
    <meta name="keywords" content="">

    <!-- Favicons -->
    <link href="assets/img/logo_ksw.png" rel="icon">
    <link href="assets/img/logo_ksw.png" rel="apple-touch-icon">

    <!-- Fonts -->
    <link href="https://fonts.googleapis.com" rel="preconnect">
    <link href="https://fonts.gstatic.com" rel="preconnect" crossorigin>
    <link href="https://fonts.googleapis.com/css2?family=Sarabun:wght@300;400;600&family=Kanit:wght@300;400;500&display=swap" rel="stylesheet">

    <!-- Vendor CSS Files -->
    <link href="assets/vendor/bootstrap/css/bootstrap.min.css" rel="stylesheet">
    <link href="assets/vendor/bootstrap-icons/bootstrap-icons.css" rel="stylesheet">
    <link href="assets/vendor/aos/aos.css" rel="stylesheet">
    <link href="assets/vendor/glightbox/css/glightbox.min.css" rel="stylesheet">

    <!-- Main CSS File -->
    <link href="assets/css/main.css" rel="stylesheet">

    <!-- =======================================================
  * Template Name: Clinic
  * Template URL: https://bootstrapmade.com/
  * Updated: Aug 07 2024 with Bootstrap v5.3.3
  * Author: BootstrapMade.com
  * License: https://bootstrapmade.com/license/
  ======================================================== -->
{style}
</head>

<body class="{bodycls}">
"""

NAV = """
    <header id="header" class="header d-flex align-items-center fixed-top">
        <div
            class="header-container container-fluid container-xl position-relative d-flex align-items-center justify-content-between">

            <a href="/" class="logo d-flex align-items-center me-auto me-xl-0">
                <!-- Uncomment the line below if you also wish to use an image logo -->
                <img src="assets/img/logo_ksw.png" alt="Khlong Sam Wa District Office">
                <h1 class="sitename">สำนักงานเขตคลองสามวา</h1>
            </a>

            <nav id="navmenu" class="navmenu">

                <ul>
                    <li><a href="/" class="">หน้าหลัก</a></li>
                    <li class="dropdown"><a href="#"><span>ข้อมูลสำนักงานเขต</span> <i
                                class="bi bi-chevron-down toggle-dropdown"></i></a>
                        <ul>
                            <li><a href="/history ">ประวัติเขตคลองสามวา</a></li>
                            <li><a href="/vision">วิสัยทัศน์/พันธกิจ</a></li>
                            <li><a href="/epData">ข้อมูลพื้นฐานเขต</a></li>
                            <li><a href="/school/">โรงเรียนในสังกัด กทม.</a></li>
                            <!-- <li><a href="#">Dropdown 4</a></li> -->
                        </ul>
                    </li>
                    <li class="dropdown"><a href="#"><span>โครงสร้างหน่วยงาน</span> <i
                                class="bi bi-chevron-down toggle-dropdown"></i></a>
                        <ul>
                            <li><a href="/departments.html">ฝ่ายต่าง ๆ ภายในสำนักงานเขต</a></li>
                            <!-- <li><a href="#">ทำเนียบผู้บริหาร</a></li>
                            <li class="dropdown"><a href="#"><span>ผู้บริหารเขต</span> <i
                                        class="bi bi-chevron-down toggle-dropdown"></i></a>
                                <ul>
                                    <li><a href="#">ผู้อำนวยการเขต</a></li>
                                </ul>
                            </li> -->
                        </ul>
                    </li>
                    <li class="dropdown"><a href="#"><span>เอกสาร / ข่าวสาร</span> <i
                                class="bi bi-chevron-down toggle-dropdown"></i></a>
                        <ul>
                            <li class="dropdown">
                                <a href="#" class="">
                                    <span>เอกสาร ITA</span>
                                </a>
                                <ul>
                                    <!-- <li><a href="/ita65" class="">ปี 2565</a></li>
                                    <li><a href="/ita66" class="">ปี 2566</a></li> -->
                                    <li><a href="/ita67/" class="">ปี 2567</a></li>
                                    <li><a href="/ita68" class="">ปี 2568</a></li>

                                </ul>
                            </li>
                            <li><a href="/news/">ข่าวประชาสัมพันธ์</a></li>
                            <li><a href="/procurement/">ประกาศจัดซื้อจัดจ้าง</a></li>
                            <li><a href="/manual/">คู่มือการปฏิบัติงาน</a></li>
                            <li><a href="/jobs/">รับสมัครงาน</a></li>
                            <!-- <li><a href="#">แบบฟอร์มต่าง ๆ</a></li> -->
                        </ul>
                    </li>
                    <li class="dropdown"><a href="#"><span>บริการประชาชน</span> <i
                                class="bi bi-chevron-down toggle-dropdown"></i></a>
                        <ul>
                            <li><a href="/services/">บริการออนไลน์ (E-Service)</a></li>
                            <li><a href="/complaint/">ร้องเรียน/ร้องทุกข์</a></li>
                            <li><a href="/faq.html">คำถามที่พบบ่อย</a></li>
                        </ul>
                    </li>
                    <li class="dropdown"><a href="#"><span>กิจกรรม</span> <i
                                class="bi bi-chevron-down toggle-dropdown"></i></a>
                        <ul>
                            <li><a href="/gallery.html">ภาพกิจกรรม</a></li>
                            <li><a href="/tourism/">สถานที่ท่องเที่ยวในเขต</a></li>
                            <!-- <li><a href="#">ปฏิทินกิจกรรม</a></li> -->
                        </ul>
                    </li>
                    <li><a href="/contact" class="">ติดต่อเรา</a></li>
                    <li class="dropdown"><a href="#"><span>เจ้าหน้าที่</span> <i
                                class="bi bi-chevron-down toggle-dropdown"></i></a>
                        <ul>
                            <!-- <li><a href="#">เข้าสู่ระบบ</a></li> -->
                            <li><a href="https://webmail.bangkok.go.th/">Webmail กทม.</a></li>
                            <li><a href="https://hr.bangkok.go.th/">ระบบสารสนเทศบุคลากร</a></li>
                        </ul>
                    </li>
                </ul>
                <i class="mobile-nav-toggle d-xl-none bi bi-list"></i>
            </nav>
            <a class="btn-getstarted" href="tel:+6625487312"><i class="bi bi-telephone-fill"></i> โทรติดต่อ</a>


        </div>
    </header>
"""

FOOT = """

<footer id="footer" class="footer position-relative light-background">

    <div class="container footer-top">
        <div class="row gy-4">
            <div class="col-lg-4 col-md-6 footer-about">
                <a href="index.html" class="logo d-flex align-items-center">
                    <span class="sitename">สำนักงานเขตคลองสามวา</span>
                </a>
                <div class="footer-contact pt-3">
                    <p>เลขที่ 9 ถนนสุวินทวงศ์ แขวงบางชัน เขตคลองสามวา กรุงเทพมหานคร 10510</p>
                    <p>9 Suwinthawong Rd., Bang Chan, Khlong Sam Wa, Bangkok 10510, Thailand</p>
                    <p class="mt-3"><strong>โทรศัพท์ :</strong> <span>02-548-7312</span></p>
                    <p class="mt-3"><strong>โทรสาร :</strong> <span>02-548-7315</span></p>
                    <p><strong>Email:</strong> <span>khlongsamwa.saraban@bangkok.go.th</span></p>
                </div>
                <div class="social-links d-flex mt-4">
                    <!-- <a href=""><i class="bi bi-twitter-x"></i></a> -->
                    <a href="https://www.facebook.com/khlongsamwadistrict"><i class="bi bi-facebook"></i></a>
                    <!-- <a href=""><i class="bi bi-instagram"></i></a> -->
                    <!-- <a href=""><i class="bi bi-linkedin"></i></a> -->
                </div>
            </div>

            <!-- <div class="col-lg-2 col-md-3 footer-links">
                <h4>Useful Links</h4>
                <ul>
                    <li><a href="#">Home</a></li>
                    <li><a href="#">About us</a></li>
                    <li><a href="#">Services</a></li>
                    <li><a href="#">Terms of service</a></li>
                    <li><a href="#">Privacy policy</a></li>
                </ul>
            </div> -->

            <!-- <div class="col-lg-2 col-md-3 footer-links">
                <h4>Nobis illum</h4>
                <ul>
                    <li><a href="#">Ipsam</a></li>
                    <li><a href="#">Laudantium dolorum</a></li>
                    <li><a href="#">Dinera</a></li>
                    <li><a href="#">Trodelas</a></li>
                    <li><a href="#">Flexo</a></li>
                </ul>
            </div> -->

            <div class="col-lg-3 col-md-6 footer-links">
                <h4>หน่วยงานที่เกี่ยวข้อง</h4>
                <ul>
                    <li><a href="https://www.bangkok.go.th/">กรุงเทพมหานคร</a></li>
                    <li><a href="https://webportal.bangkok.go.th/nongchok">สำนักงานเขตหนองจอก</a></li>
                    <li><a href="https://webportal.bangkok.go.th/minburi">สำนักงานเขตมีนบุรี</a></li>
                    <li><a href="https://webportal.bangkok.go.th/saimai">สำนักงานเขตสายไหม</a></li>
                    <li><a href="https://webportal.bangkok.go.th/khannayao">สำนักงานเขตคันนายาว</a></li>
                    <li><a href="https://www.traffy.in.th/">Traffy Fondue</a></li>
                </ul>
            </div>

            <div class="col-lg-4 col-md-7">
                <div id='calendar'></div>
            </div>
        </div>
    </div>

    <div class="container copyright text-center mt-4">
        <p><a href="/privacy.html">นโยบายความเป็นส่วนตัว</a> | <a href="/terms.html">เงื่อนไขการใช้งาน</a></p>
        <p>© <span>Copyright</span> <strong class="px-1 sitename">Khlong Sam Wa District Office</strong> <span>All Rights Reserved</span>
        </p>
        <div class="credits">
            <!-- All the links in the footer should remain intact. -->
            <!-- You can delete the links only if you've purchased the pro version. -->
            <!-- Licensing information: https://bootstrapmade.com/license/ -->
            <!-- Purchase the pro version with working PHP/AJAX contact form: [buy-url] -->
            Designed by <a href="https://bootstrapmade.com/">BootstrapMade</a>
        </div>
    </div>

</footer>

<!-- Scroll Top -->
<a href="#" id="scroll-top" class="scroll-top d-flex align-items-center justify-content-center"><i
        class="bi bi-arrow-up-short"></i></a>

<!-- Preloader -->
<div id="preloader"></div>

<!-- Vendor JS Files -->
<script src="assets/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
<script src="assets/vendor/aos/aos.js"></script>
<script src="assets/vendor/glightbox/js/glightbox.min.js"></script>

<!-- Main JS File -->
<script src="assets/js/main.js"></script>

</body>

</html>
"""


def page_title_block(crumb, h1=None, sub=None, home="Home", home_href="/"):
    s = """
    <!-- Page Title -->
    <div class="page-title" data-aos="fade-up" data-aos-delay="100">
        <div class="breadcrumbs">
            <nav aria-label="breadcrumb">
                <ol class="breadcrumb">
                    <li class="breadcrumb-item"><a href="%s"><i class="bi bi-house"></i> %s</a></li>
                    <!-- <li class="breadcrumb-item"><a href="#">Category</a></li> -->
                    <li class="breadcrumb-item active current">%s</li>
                </ol>
            </nav>
        </div>
""" % (home_href, home, crumb)
    if h1:
        s += """
        <div class="title-wrapper">
            <h1>%s</h1>
%s        </div>
""" % (h1, ("            <p>%s</p>\n" % sub) if sub else "            <!-- <p>Lorem ipsum dolor sit amet, consectetur adipiscing elit. Ut elit tellus, luctus nec ullamcorper mattis, pulvinar dapibus leo.</p> -->\n")
    s += "    </div><!-- End Page Title -->\n"
    return s


def write_page(rel, title, main_html, style="", bodycls="page"):
    html = HEAD.format(title=title, style=style, bodycls=bodycls) + NAV + "\n\n<main class=\"main\">\n" + main_html + "\n</main>\n" + FOOT
    p = os.path.join(SITE, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as f:
        f.write(html)
    PAGES.append(rel)


PAGES = []


# --------------------------------------------------------------------------
# documents
# --------------------------------------------------------------------------
def P(name):
    return os.path.join(PDFDIR, name)


def memo(subject, body, date_th, no_th, unit="ฝ่ายปกครอง", phone="๐ ๒๕๔๘ ๗๓๑๒ ต่อ ๑๐๑"):
    return [
        ("title", "บันทึกข้อความ"),
        ("p", "ส่วนราชการ  %s สำนักงานเขตคลองสามวา  โทร. %s" % (unit, phone)),
        ("p", "ที่  กท ๖๔๐๑/%s        วันที่  %s" % (no_th, date_th)),
        ("p", "เรื่อง  %s" % subject),
        ("p", "เรียน  ผู้อำนวยการเขตคลองสามวา"),
        ("gap", 4),
    ] + [("pi", b) for b in body] + [
        ("gap", 10),
        ("sign", ["(ลงชื่อ)  ....................................", "(นางสาวรัชนี พรหมสุวรรณ)",
                  "หัวหน้า%s" % unit]),
        ("gap", 10),
        ("p", "- ทราบ / อนุญาตให้เผยแพร่ได้"),
        ("sign", ["(ลงชื่อ)  ....................................", "(%s)" % DIRECTOR, "ผู้อำนวยการเขตคลองสามวา"]),
    ]


def build_docs():
    os.makedirs(PDFDIR, exist_ok=True)
    W13 = {"creator": "Microsoft® Word 2013", "author": "ksw-admin"}
    W07 = {"creator": "Microsoft® Office Word 2007", "author": "com0001"}

    # ---- O1 ---------------------------------------------------------------
    pdf_text(P("o1-1-68.pdf"), [
        ("title", "โครงสร้างการแบ่งส่วนราชการ"),
        ("c", "สำนักงานเขตคลองสามวา กรุงเทพมหานคร"),
        ("gap", 6),
        ("img", org_chart_img(), 480, 308),
        ("gap", 6),
        ("table", ["ส่วนราชการ", "ภารกิจโดยสรุป"], [
            ["ฝ่ายปกครอง", "งานธุรการ สารบรรณ บุคคล ความมั่นคง การเลือกตั้ง และประสานงานทั่วไปของเขต"],
            ["ฝ่ายทะเบียน", "ทะเบียนราษฎร บัตรประจำตัวประชาชน ทะเบียนทั่วไป และทะเบียนครอบครัว"],
            ["ฝ่ายการคลัง", "การเงิน บัญชี งบประมาณ พัสดุ และการจัดซื้อจัดจ้าง"],
            ["ฝ่ายรายได้", "การจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย และรายได้อื่น"],
            ["ฝ่ายโยธา", "การควบคุมอาคาร บำรุงรักษาถนน ทางเท้า และระบบระบายน้ำ"],
            ["ฝ่ายเทศกิจ", "การรักษาความสงบเรียบร้อย การจัดระเบียบผู้ค้า และการบังคับใช้กฎหมาย"],
            ["ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "การควบคุมมลพิษ การสุขาภิบาลอาหาร และใบอนุญาตด้านสาธารณสุข"],
            ["ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "การเก็บขนมูลฝอย การรักษาความสะอาด และการดูแลสวนสาธารณะ"],
            ["ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "งานชุมชน กรรมการชุมชน สวัสดิการผู้สูงอายุและคนพิการ"],
            ["ฝ่ายการศึกษา", "การบริหารการศึกษาของโรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขต"],
        ], [1.3, 3]),
    ], meta=dict(W13, title="โครงสร้าง"))

    execs = [("นายธนกฤต วงศ์สวัสดิ์ไพบูลย์", "ผู้อำนวยการเขตคลองสามวา", "๐ ๒๕๔๘ ๗๓๑๐", "dir.ksw@bangkok.go.th", 11),
             ("นางสาวปิยนุช แก้วประเสริฐ", "ผู้ช่วยผู้อำนวยการเขตคลองสามวา", "๐ ๒๕๔๘ ๗๓๑๑", "asst1.ksw@bangkok.go.th", 12),
             ("- ว่าง -", "ผู้ช่วยผู้อำนวยการเขตคลองสามวา", "๐ ๒๕๔๘ ๗๓๑๓", "asst2.ksw@bangkok.go.th", None)]
    blocks = [("title", "ทำเนียบผู้บริหารสำนักงานเขตคลองสามวา"), ("c", "ข้อมูล ณ วันที่ ๑ เมษายน ๒๕๖๘"), ("gap", 8)]
    for name, pos, tel, mail, seed in execs:
        if seed:
            blocks.append(("img", person_img(seed), 84, 105))
        else:
            blocks.append(("gap", 20))
        blocks += [("c", name), ("c", pos), ("c", "โทรศัพท์ %s   อีเมล %s" % (tel, mail)), ("gap", 6)]
    blocks += [("h", "หัวหน้าฝ่าย"),
               ("table", ["ฝ่าย", "ชื่อ - สกุล", "โทรศัพท์"], [
                   ["ฝ่ายปกครอง", "นางสาวรัชนี พรหมสุวรรณ", "๐ ๒๕๔๘ ๗๓๑๒ ต่อ ๑๐๑"],
                   ["ฝ่ายทะเบียน", "นายวีรยุทธ ทองคำ", "๐ ๒๕๔๘ ๗๓๑๒ ต่อ ๑๒๐"],
                   ["ฝ่ายการคลัง", "นางกัลยา ศรีสมบูรณ์", "๐ ๒๕๔๘ ๗๓๑๒ ต่อ ๑๓๐"],
                   ["ฝ่ายรายได้", "นายณัฐพล บุญเรือง", "๐ ๒๕๔๘ ๗๓๑๒ ต่อ ๑๔๐"],
                   ["ฝ่ายโยธา", "นายสมเกียรติ จันทร์หอม", "๐ ๒๕๔๘ ๗๓๑๒ ต่อ ๑๕๐"],
               ], [2, 2.2, 1.6])]
    pdf_text(P("o1-2-68.pdf"), blocks, meta=dict(W13, title="ผู้บริหาร"))

    pdf_text(P("o1-3-68.pdf"), [
        ("title", "อำนาจหน้าที่ของสำนักงานเขตคลองสามวา"),
        ("gap", 6),
        ("pi", "ตามประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในและการกำหนดหน้าที่ความรับผิดชอบของส่วนราชการกรุงเทพมหานคร สำนักงานเขตมีอำนาจหน้าที่เกี่ยวกับการปฏิบัติราชการของกรุงเทพมหานครในเขตพื้นที่ ตามที่ผู้ว่าราชการกรุงเทพมหานครมอบหมาย โดยสรุปดังนี้"),
        ("p", "๑. ดูแลความสงบเรียบร้อยและความปลอดภัยของประชาชน ตลอดจนการป้องกันและบรรเทาสาธารณภัยในพื้นที่"),
        ("p", "๒. ให้บริการงานทะเบียนราษฎร บัตรประจำตัวประชาชน และงานทะเบียนอื่นตามที่กฎหมายกำหนด"),
        ("p", "๓. จัดเก็บภาษีและรายได้ของกรุงเทพมหานครในพื้นที่เขต"),
        ("p", "๔. พิจารณาอนุญาตตามกฎหมายว่าด้วยการควบคุมอาคาร การสาธารณสุข และกฎหมายอื่นที่เกี่ยวข้อง"),
        ("p", "๕. ดูแลรักษาความสะอาด การเก็บขนมูลฝอย และบำรุงรักษาสวนสาธารณะ"),
        ("p", "๖. ส่งเสริมการมีส่วนร่วมของชุมชน จัดสวัสดิการสังคม และพัฒนาคุณภาพชีวิตของประชาชน"),
        ("p", "๗. บริหารจัดการการศึกษาของโรงเรียนสังกัดกรุงเทพมหานครในพื้นที่"),
        ("p", "๘. ปฏิบัติงานอื่นตามที่ได้รับมอบหมาย"),
    ], meta=dict(W13, title="อำนาจหน้าที่"))

    # ---- O2 (Word 2007: sara am lost) -----------------------------------
    pdf_image(P("o2-68.pdf"), [
        ("title", "นโยบายผู้ว่าราชการกรุงเทพมหานคร และแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร"),
        ("c", "สำนักงานเขตคลองสามวา ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
        ("h", "๑. นโยบายผู้ว่าราชการกรุงเทพมหานคร (๙ ดี)"),
        ("p", "ผู้ว่าราชการกรุงเทพมหานครกำหนดนโยบายเพื่อให้กรุงเทพมหานครเป็น \"เมืองน่าอยู่สำหรับทุกคน\" ประกอบด้วย ปลอดภัยดี เดินทางดี สิ่งแวดล้อมดี โครงสร้างดี สุขภาพดี เศรษฐกิจดี สังคมดี เรียนดี และบริหารจัดการดี สำนักงานเขตคลองสามวานำนโยบายดังกล่าวมาจัดทำโครงการและกิจกรรมประจำปี"),
        ("h", "๒. แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี (พ.ศ. ๒๕๖๑ - ๒๕๘๐)"),
        ("p", "แผนหลักของกรุงเทพมหานคร กำหนดยุทธศาสตร์ ๗ ด้าน ได้แก่ มหานครปลอดภัย มหานครสีเขียว มหานครสำหรับทุกคน มหานครกะทัดรัด มหานครแห่งประชาธิปไตย มหานครแห่งเศรษฐกิจและการเรียนรู้ และการบริหารจัดการเมืองมหานคร"),
        ("h", "๓. แผนปฏิบัติราชการกรุงเทพมหานคร ประจำปี พ.ศ. ๒๕๖๘"),
        ("p", "สำนักงานเขตนำเป้าหมายและตัวชี้วัดของแผนปฏิบัติราชการกรุงเทพมหานครประจำปี มากำหนดเป็นแผนงานของเขต โดยเน้นการแก้ไขปัญหาน้ำท่วมขัง การจัดการขยะต้นทาง ทางเท้าที่ปลอดภัย และการดูแลกลุ่มเปราะบาง"),
        ("h", "๔. แผนพัฒนาเขตคลองสามวา"),
        ("table", ["ยุทธศาสตร์", "แนวทางของเขต", "หน่วยรับผิดชอบ"], [
            ["ปลอดภัยดี", "ติดตั้งไฟฟ้าส่องสว่างและกล้อง CCTV ในจุดเสี่ยง", "ฝ่ายโยธา / ฝ่ายเทศกิจ"],
            ["สิ่งแวดล้อมดี", "คัดแยกขยะต้นทางในชุมชน ๘๕ ชุมชน", "ฝ่ายรักษาความสะอาดฯ"],
            ["สุขภาพดี", "ตรวจสุขาภิบาลร้านอาหารและตลาด", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล"],
            ["เรียนดี", "พัฒนาห้องเรียนและอาหารกลางวันโรงเรียน", "ฝ่ายการศึกษา"],
            ["บริหารจัดการดี", "ให้บริการออนไลน์และเปิดเผยข้อมูลต่อสาธารณะ", "ฝ่ายปกครอง"],
        ], [1.2, 3, 1.6]),
    ], meta=dict(W07, title="คำสั่งสำนักงานเขต"), layer=fault_am_lost)

    # ---- O5 (looks like 2568 on the ITA page, really 2567 / 2566) --------
    pdf_text(P("o5-68.pdf"), [
        ("title", "แผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๗"),
        ("c", "สำนักงานเขตคลองสามวา"),
        ("gap", 4),
        ("pi", "แผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๗ ของสำนักงานเขตคลองสามวา จัดทำขึ้นให้สอดคล้องกับแผนปฏิบัติราชการกรุงเทพมหานคร ประจำปี พ.ศ. ๒๕๖๗ ระยะเวลาดำเนินการ ๑ ตุลาคม ๒๕๖๖ ถึง ๓๐ กันยายน ๒๕๖๗"),
        ("table", ["ลำดับ", "โครงการ/กิจกรรม", "งบประมาณ (บาท)", "ตัวชี้วัด", "ฝ่ายที่รับผิดชอบ"], [
            ["๑", "ขุดลอกคูคลองและล้างท่อระบายน้ำ", "๒,๔๕๐,๐๐๐", "ความยาวท่อที่ล้าง ๔๐ กม.", "ฝ่ายโยธา"],
            ["๒", "ชุมชนปลอดขยะ คัดแยกที่ต้นทาง", "๓๒๐,๐๐๐", "ชุมชนเข้าร่วม ๖๐ ชุมชน", "ฝ่ายรักษาความสะอาดฯ"],
            ["๓", "จัดระเบียบผู้ค้าบนทางเท้า", "๑๕๐,๐๐๐", "จุดผ่อนผันได้มาตรฐาน ๑๐๐%", "ฝ่ายเทศกิจ"],
            ["๔", "ส่งเสริมสุขภาพผู้สูงอายุ", "๒๘๐,๐๐๐", "ผู้เข้าร่วม ๑,๒๐๐ คน", "ฝ่ายพัฒนาชุมชนฯ"],
            ["๕", "พัฒนาระบบบริการออนไลน์", "๙๐,๐๐๐", "ความพึงพอใจ ร้อยละ ๘๐", "ฝ่ายปกครอง"],
        ], [0.5, 2.6, 1.2, 2, 1.5]),
        ("page",),
        ("title", "รายงานผลการปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๖"),
        ("c", "สำนักงานเขตคลองสามวา (๑ ตุลาคม ๒๕๖๕ - ๓๐ กันยายน ๒๕๖๖)"),
        ("table", ["ลำดับ", "โครงการ/กิจกรรม", "เป้าหมาย", "ผลการดำเนินงาน", "ร้อยละ"], [
            ["๑", "ขุดลอกคูคลองและล้างท่อระบายน้ำ", "๓๕ กม.", "๓๖.๒ กม.", "๑๐๓"],
            ["๒", "ชุมชนปลอดขยะ", "๕๐ ชุมชน", "๕๒ ชุมชน", "๑๐๔"],
            ["๓", "ตรวจร้านอาหาร", "๘๐๐ ร้าน", "๗๖๔ ร้าน", "๙๕.๕"],
            ["๔", "ส่งเสริมสุขภาพผู้สูงอายุ", "๑,๐๐๐ คน", "๙๘๐ คน", "๙๘"],
        ], [0.5, 2.6, 1.2, 1.5, 0.8]),
        ("p", "ปัญหาอุปสรรค : งบประมาณบางโครงการได้รับจัดสรรล่าช้า ทำให้ต้องเลื่อนการดำเนินงานไปไตรมาสที่ ๓"),
    ], meta=dict(W13, title="แผนปฏิบัติราชการ 2567", author="plan-ksw"))

    # ---- O6 manuals (4 of 10 divisions) ---------------------------------
    manuals = [("o6-1-68.pdf", "ฝ่ายปกครอง", ["รับหนังสือและลงทะเบียนรับในระบบสารบรรณอิเล็กทรอนิกส์", "เสนอหัวหน้าฝ่ายพิจารณามอบหมาย", "ดำเนินการตามเรื่องและเสนอผู้บังคับบัญชาลงนาม", "ส่งหนังสือออกและจัดเก็บเอกสาร"]),
               ("o6-2-68.pdf", "ฝ่ายทะเบียน", ["ตรวจสอบเอกสารหลักฐานของผู้ยื่นคำร้อง", "บันทึกข้อมูลในระบบทะเบียนราษฎร", "นายทะเบียนพิจารณาอนุมัติ", "มอบเอกสารแก่ผู้ยื่นคำร้อง"]),
               ("o6-3-68.pdf", "ฝ่ายการคลัง", ["รับฎีกาเบิกจ่ายจากฝ่ายต่าง ๆ", "ตรวจสอบความถูกต้องตามระเบียบ", "บันทึกรายการในระบบ BMA-GFMIS", "จ่ายเงินเข้าบัญชีเจ้าหนี้และรายงาน"]),
               ("o6-4-68.pdf", "ฝ่ายรายได้", ["สำรวจที่ดินและสิ่งปลูกสร้าง", "ประเมินภาษีและแจ้งการประเมิน", "รับชำระภาษีและออกใบเสร็จ", "ติดตามผู้ค้างชำระ"])]
    for fn, dv, steps in manuals:
        pdf_text(P(fn), [
            ("title", "คู่มือการปฏิบัติงาน %s" % dv),
            ("c", "สำนักงานเขตคลองสามวา ปีงบประมาณ พ.ศ. ๒๕๖๘"),
            ("h", "วัตถุประสงค์"),
            ("p", "เพื่อให้เจ้าหน้าที่%sปฏิบัติงานเป็นมาตรฐานเดียวกัน ลดความผิดพลาด และให้บริการประชาชนได้ภายในเวลาที่กำหนด" % dv),
            ("h", "ขั้นตอนการปฏิบัติงาน"),
            ("table", ["ขั้นตอน", "รายละเอียด", "ระยะเวลา"],
             [[th(i + 1), s, "%s วันทำการ" % th(random.choice([1, 1, 2, 3]))] for i, s in enumerate(steps)],
             [0.7, 4, 1.2]),
            ("h", "กฎหมายและระเบียบที่เกี่ยวข้อง"),
            ("p", "ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ พ.ศ. ๒๕๒๖ และที่แก้ไขเพิ่มเติม และข้อบัญญัติ/ระเบียบกรุงเทพมหานครที่เกี่ยวข้อง"),
        ], meta=dict(W13, title="คู่มือ %s" % dv))

    # ---- O7 (PowerPoint 2019: every sara aa extracted as sara am) -------
    pdf_image(P("o7-68.pdf"), [
        ("title", "คู่มือสำหรับประชาชน"),
        ("c", "งานบริการของสำนักงานเขตคลองสามวา ปี ๒๕๖๘"),
        ("table", ["งานบริการ", "เอกสารที่ต้องใช้", "ระยะเวลา", "ค่าธรรมเนียม", "ฝ่าย"], [
            ["แจ้งย้ายที่อยู่", "บัตรประชาชน, หนังสือยินยอมเจ้าบ้าน", "๓๐ นาที", "ไม่มี", "ทะเบียน"],
            ["ทำบัตรประชาชนครั้งแรก", "สูติบัตร, ทะเบียนบ้าน", "๓๐ นาที", "ไม่มี", "ทะเบียน"],
            ["ขออนุญาตก่อสร้างอาคาร", "แบบแปลน, โฉนดที่ดิน, แบบ ข.๑", "๔๕ วัน", "ตามกฎกระทรวง", "โยธา"],
            ["ชำระภาษีที่ดินและสิ่งปลูกสร้าง", "หนังสือแจ้งประเมิน", "๑๕ นาที", "-", "รายได้"],
            ["ขอใบอนุญาตจำหน่ายอาหาร", "บัตรประชาชน, รูปถ่าย, ใบรับรองแพทย์", "๑๕ วัน", "ตามข้อบัญญัติ", "สิ่งแวดล้อมฯ"],
        ], [1.7, 2.4, 0.9, 1.1, 0.9], 12),
        ("p", "ช่องทางร้องเรียน: ติดต่อศูนย์บริการประชาชน ชั้น ๑ อาคารสำนักงานเขต หรือโทร ๐ ๒๕๔๘ ๗๓๑๒"),
    ], meta={"creator": "Microsoft® PowerPoint® 2019", "author": "ฝ่ายปกครอง", "title": "PowerPoint Presentation"},
        pagesize=landscape(A4), size=16, layer=fault_aa_as_am)

    # ---- O9 tax statistics: exists, but only referenced in an HTML comment
    pdf_text(P("o9-68.pdf"), [
        ("title", "ข้อมูลสถิติการจัดเก็บภาษี"),
        ("c", "ฝ่ายรายได้ สำนักงานเขตคลองสามวา ปีงบประมาณ พ.ศ. ๒๕๖๘ (ต.ค. ๖๗ - มี.ค. ๖๘)"),
        ("table", ["เดือน", "ภาษีที่ดินและสิ่งปลูกสร้าง", "ภาษีป้าย", "รวม (บาท)"], [
            ["ต.ค. ๖๗", "๑,๒๐๔,๕๐๐", "๘๘,๒๐๐", "๑,๒๙๒,๗๐๐"], ["พ.ย. ๖๗", "๙๘๐,๓๐๐", "๖๔,๑๐๐", "๑,๐๔๔,๔๐๐"],
            ["ธ.ค. ๖๗", "๑,๕๑๐,๒๐๐", "๗๑,๙๐๐", "๑,๕๘๒,๑๐๐"], ["ม.ค. ๖๘", "๒,๐๑๒,๖๐๐", "๒๐๙,๔๐๐", "๒,๒๒๒,๐๐๐"],
            ["ก.พ. ๖๘", "๒,๘๘๔,๑๐๐", "๓๑๒,๗๐๐", "๓,๑๙๖,๘๐๐"], ["มี.ค. ๖๘", "๔,๑๐๓,๙๐๐", "๒๘๐,๖๐๐", "๔,๓๘๔,๕๐๐"],
        ], [1, 2, 1.4, 1.6]),
    ], meta=dict(W13, title="สถิติภาษี"))

    # ---- O11: on disk as o11.pdf, page links o11-68.pdf -----------------
    pdf_text(P("o11.pdf"), [
        ("title", "รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต"),
        ("c", "สำนักงานเขตคลองสามวา ปี ๒๕๖๘"),
        ("table", ["ใบอนุญาต", "รายการตรวจ"], [
            ["ใบอนุญาตก่อสร้างอาคาร (อ.๑)", "แบบคำขอ ข.๑ / แบบแปลน / สำเนาโฉนด / หนังสือยินยอมเจ้าของที่ดิน / วิศวกรผู้ออกแบบ"],
            ["ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร", "คำขอ / บัตรประชาชน / แผนที่ตั้ง / ผลตรวจสุขลักษณะ"],
            ["ใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ", "คำขอ / ใบอนุญาตเดิม / ผลตรวจสถานประกอบการ"],
        ], [2, 4]),
    ], meta=dict(W13, title="checklist"))

    # ---- O13 -------------------------------------------------------------
    pdf_image(P("o13-1-68.pdf"), [
        ("r", "เอกสารแนบ"),
        ("title", "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
        ("c", "สำนักงานเขตคลองสามวา"),
        ("table", ["หมวดรายจ่าย", "ไตรมาส ๑", "ไตรมาส ๒", "ไตรมาส ๓", "ไตรมาส ๔", "รวม"], [
            ["งบบุคลากร", "๒๔.๑", "๒๔.๑", "๒๔.๓", "๒๔.๕", "๙๗.๐"],
            ["งบดำเนินงาน", "๑๑.๒", "๑๔.๐", "๑๕.๖", "๑๓.๒", "๕๔.๐"],
            ["งบลงทุน", "๑.๕", "๖.๘", "๑๒.๔", "๙.๓", "๓๐.๐"],
            ["งบรายจ่ายอื่น", "๐.๔", "๐.๖", "๐.๘", "๐.๗", "๒.๕"],
            ["รวมทั้งสิ้น (ล้านบาท)", "๓๗.๒", "๔๕.๕", "๕๓.๑", "๔๗.๗", "๑๘๓.๕"],
        ], [2, 1, 1, 1, 1, 1]),
        ("p", "หมายเหตุ : เป้าหมายการเบิกจ่ายสะสม ไตรมาส ๑ ร้อยละ ๒๐ ไตรมาส ๒ ร้อยละ ๔๕ ไตรมาส ๓ ร้อยละ ๗๕ และไตรมาส ๔ ร้อยละ ๑๐๐"),
        ("sign", ["(ลงชื่อ) ....................................", "(นางกัลยา ศรีสมบูรณ์)", "หัวหน้าฝ่ายการคลัง"]),
        ("sign", ["(ลงชื่อ) ....................................", "(%s)" % DIRECTOR, "ผู้อำนวยการเขตคลองสามวา"]),
    ], meta={"creator": "Canon iR-ADV C3520 PDF", "producer": "Adobe PSL 1.3e for Canon", "author": ""},
        scan=True, layer=lambda s: garbage_line(max(2, len(s) // 9)))

    pdf_text(P("o13-2-68.pdf"), [
        ("title", "รายงานผลการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"),
        ("c", "สำนักงานเขตคลองสามวา (๑ ตุลาคม ๒๕๖๖ - ๓๐ กันยายน ๒๕๖๗)"),
        ("table", ["หมวดรายจ่าย", "งบประมาณที่ได้รับ", "เบิกจ่าย", "ร้อยละ"], [
            ["งบบุคลากร", "๙๔,๒๐๐,๐๐๐", "๙๓,๘๑๔,๒๒๐", "๙๙.๕๙"],
            ["งบดำเนินงาน", "๕๑,๖๐๐,๐๐๐", "๔๙,๐๒๐,๔๑๕", "๙๕.๐๐"],
            ["งบลงทุน", "๒๘,๔๐๐,๐๐๐", "๒๔,๖๖๑,๙๐๐", "๘๖.๘๔"],
            ["งบรายจ่ายอื่น", "๒,๓๐๐,๐๐๐", "๒,๑๐๕,๐๐๐", "๙๑.๕๒"],
            ["รวม", "๑๗๖,๕๐๐,๐๐๐", "๑๖๙,๖๐๑,๕๓๕", "๙๖.๐๙"],
        ], [2, 1.6, 1.6, 0.8]),
        ("p", "ปัญหาอุปสรรค : งบลงทุนบางรายการต้องยกเลิกประกาศและดำเนินการจัดซื้อจัดจ้างใหม่ ทำให้เบิกจ่ายไม่ทันภายในปีงบประมาณ"),
        ("p", "ข้อเสนอแนะ : ให้ฝ่ายที่เกี่ยวข้องจัดทำรายละเอียดคุณลักษณะเฉพาะให้แล้วเสร็จภายในไตรมาสแรก"),
    ], meta=dict(W13, title="รายงานผลการใช้จ่ายงบประมาณ 2567"))

    # ---- O14 (no community subsidy data) --------------------------------
    pdf_text(P("o14-1-68.pdf"), [
        ("title", "ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
        ("c", "(เฉพาะส่วนของสำนักงานเขตคลองสามวา)"),
        ("table", ["แผนงาน", "จำนวนเงิน (บาท)"], [
            ["แผนงานบริหารทั่วไป", "๖๒,๔๓๐,๐๐๐"], ["แผนงานรักษาความสะอาด", "๔๘,๑๒๐,๐๐๐"],
            ["แผนงานโยธาและระบายน้ำ", "๓๙,๘๐๐,๐๐๐"], ["แผนงานการศึกษา", "๑๘,๒๕๐,๐๐๐"],
            ["แผนงานเทศกิจ", "๙,๖๐๐,๐๐๐"], ["แผนงานสาธารณสุขและสิ่งแวดล้อม", "๕,๓๐๐,๐๐๐"],
            ["รวม", "๑๘๓,๕๐๐,๐๐๐"],
        ], [3, 2]),
    ], meta=dict(W13, title="ข้อบัญญัติ 2568"))
    pdf_text(P("o14-2-68.pdf"), [
        ("title", "ข้อมูลงบประมาณ ปีงบประมาณ พ.ศ. ๒๕๖๘ จำแนกตามฝ่าย"),
        ("c", "สำนักงานเขตคลองสามวา"),
        ("table", ["ฝ่าย", "งบดำเนินงาน", "งบลงทุน"], [
            ["ฝ่ายปกครอง", "๘,๔๐๐,๐๐๐", "๑,๒๐๐,๐๐๐"], ["ฝ่ายโยธา", "๑๔,๒๐๐,๐๐๐", "๒๑,๖๐๐,๐๐๐"],
            ["ฝ่ายรักษาความสะอาดฯ", "๑๙,๕๐๐,๐๐๐", "๔,๑๐๐,๐๐๐"], ["ฝ่ายการศึกษา", "๖,๐๐๐,๐๐๐", "๒,๒๐๐,๐๐๐"],
            ["ฝ่ายอื่น ๆ", "๕,๙๐๐,๐๐๐", "๙๐๐,๐๐๐"],
        ], [2, 1.5, 1.5]),
    ], meta=dict(W13, title="งบประมาณรายฝ่าย"))

    # ---- O15 monthly summaries (columns incomplete) ----------------------
    months = [("2567-10", "ตุลาคม ๒๕๖๗", "๖ พฤศจิกายน ๒๕๖๗"), ("2567-11", "พฤศจิกายน ๒๕๖๗", "๕ ธันวาคม ๒๕๖๗"),
              ("2567-12", "ธันวาคม ๒๕๖๗", "๗ มกราคม ๒๕๖๘"), ("2568-01", "มกราคม ๒๕๖๘", "๕ กุมภาพันธ์ ๒๕๖๘"),
              ("2568-02", "กุมภาพันธ์ ๒๕๖๘", "๕ มีนาคม ๒๕๖๘"), ("2568-03", "มีนาคม ๒๕๖๘", "๔ เมษายน ๒๕๖๘")]
    items = ["จัดซื้อวัสดุสำนักงาน", "จ้างซ่อมแซมรถบรรทุกมูลฝอย", "จัดซื้อถุงมือยางและวัสดุงานบ้าน",
             "จ้างเหมาล้างท่อระบายน้ำซอยคู้บอน", "จัดซื้อหมึกพิมพ์", "จ้างซ่อมเครื่องปรับอากาศ",
             "จัดซื้อน้ำมันเชื้อเพลิง", "จ้างพิมพ์แบบพิมพ์ภาษี", "จัดซื้อวัสดุก่อสร้าง"]
    shops = ["หจก.บางชันพาณิชย์", "ร้านสามวาการช่าง", "บริษัท คู้บอน ซัพพลาย จำกัด", "ร้านทรายกองดินภัณฑ์",
             "บริษัท มีนบุรีออยล์ จำกัด"]
    heads = ["ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง (บาท)", "ราคากลาง (บาท)",
             "วิธีซื้อหรือจ้าง", "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลง"]
    for key, mth, pub in months:
        if key == "2567-12":
            rows = [["-", "ไม่มีการจัดซื้อจัดจ้าง", "-", "-", "-", "-", "-"]]
        else:
            rows = []
            for i in range(random.randint(3, 5)):
                amt = random.randint(8, 480) * 1000
                shop = random.choice(shops)
                rows.append([th(i + 1), random.choice(items), th("{:,}".format(amt)), th("{:,}".format(amt)),
                             "เฉพาะเจาะจง", "%s / %s" % (shop, th("{:,}".format(amt - random.randint(0, 9) * 100))),
                             "%s / %s" % (shop, th("{:,}".format(amt - random.randint(0, 9) * 100)))])
        pdf_text(P("o15-%s.pdf" % key), [
            ("c", "แบบ สขร. ๑"),
            ("title", "สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน %s" % mth),
            ("c", "สำนักงานเขตคลองสามวา"),
            ("c", "วันที่ %s" % pub),
            ("table", heads, rows, [0.6, 2.2, 1.3, 1.2, 1.1, 2.2, 2.2], 11),
        ], meta=dict(W13, title="สขร.1"), pagesize=landscape(A4))
    for i, (t, d) in enumerate([("ประกาศผู้ชนะการเสนอราคา จ้างเหมาล้างท่อระบายน้ำซอยคู้บอน ๒๗ โดยวิธีเฉพาะเจาะจง", "๑๘ พฤศจิกายน ๒๕๖๗"),
                                ("ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "๒๒ ตุลาคม ๒๕๖๗"),
                                ("ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุก่อสร้าง จำนวน ๑๒ รายการ โดยวิธีเฉพาะเจาะจง", "๑๑ มีนาคม ๒๕๖๘")], 1):
        pdf_text(P("o15-p%d-68.pdf" % i), [
            ("title", "ประกาศสำนักงานเขตคลองสามวา"),
            ("c", "เรื่อง %s" % t),
            ("c", "------------------------------"),
            ("pi", "ตามที่สำนักงานเขตคลองสามวาได้ดำเนินการตามระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐ นั้น บัดนี้ได้ดำเนินการแล้วเสร็จ จึงขอประกาศให้ทราบโดยทั่วกัน"),
            ("gap", 8),
            ("c", "ประกาศ ณ วันที่ %s" % d),
            ("sign", ["(%s)" % DIRECTOR, "ผู้อำนวยการเขตคลองสามวา"]),
        ], meta=dict(W13, title="ประกาศ"))

    # ---- O17 stats memo --------------------------------------------------
    pdf_text(P("o17-68.pdf"), memo(
        "รายงานข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ และขออนุญาตเผยแพร่",
        ["ตามที่สำนักงานเขตคลองสามวาได้เปิดช่องทางรับแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ ฝ่ายปกครองขอรายงานข้อมูลเชิงสถิติ ตั้งแต่เดือนตุลาคม ๒๕๖๗ ถึงเดือนมีนาคม ๒๕๖๘ ดังนี้"],
        "๓ เมษายน ๒๕๖๘", "๑๑๒๘") + [
        ("table", ["เดือน", "จำนวนเรื่องร้องเรียนการทุจริต", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ"], [
            ["ต.ค. ๒๕๖๗", "๐", "๐", "๐"], ["พ.ย. ๒๕๖๗", "๐", "๐", "๐"], ["ธ.ค. ๒๕๖๗", "๐", "๐", "๐"],
            ["ม.ค. ๒๕๖๘", "๐", "๐", "๐"], ["ก.พ. ๒๕๖๘", "๐", "๐", "๐"], ["มี.ค. ๒๕๖๘", "๐", "๐", "๐"],
            ["รวม", "๐", "๐", "๐"]], [1.2, 2, 1.5, 1.5]),
        ("p", "หมายเหตุ : ในรอบ ๖ เดือนแรกของปีงบประมาณ ไม่มีเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"),
    ], meta=dict(W13, title="บันทึกข้อความ"))

    # ---- O18 policy (report link is dead) ---------------------------------
    pdf_text(P("o18-1-68.pdf"), [
        ("title", "ประกาศสำนักงานเขตคลองสามวา"),
        ("c", "เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
        ("c", "------------------------------"),
        ("pi", "เพื่อให้การปฏิบัติราชการของสำนักงานเขตคลองสามวาเป็นไปด้วยความซื่อสัตย์สุจริต สอดคล้องกับนโยบายต่อต้านการรับสินบนของกรุงเทพมหานคร จึงประกาศนโยบาย ดังนี้"),
        ("p", "๑. ผู้บริหารและเจ้าหน้าที่ทุกคนต้องไม่เรียก รับ หรือยอมจะรับสินบน ทรัพย์สิน หรือประโยชน์อื่นใด เพื่อแลกกับการกระทำหรือละเว้นการกระทำในหน้าที่"),
        ("p", "๒. ไม่ให้หรือเสนอให้สินบนแก่บุคคลหรือหน่วยงานใด เพื่อประโยชน์ของตนเองหรือผู้อื่น"),
        ("p", "๓. ห้ามรับของขวัญหรือของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)"),
        ("p", "๔. ผู้บังคับบัญชาทุกระดับต้องกำกับดูแลและเป็นแบบอย่างที่ดี หากพบการฝ่าฝืนให้ดำเนินการทางวินัยโดยเคร่งครัด"),
        ("p", "๕. ผู้พบเห็นการเรียกรับสินบน แจ้งได้ที่ ฝ่ายปกครอง โทร ๐ ๒๕๔๘ ๗๓๑๒ ต่อ ๑๐๑ หรืออีเมลของสำนักงานเขต โดยจะได้รับการคุ้มครอง"),
        ("gap", 8),
        ("c", "ประกาศ ณ วันที่ ๑๔ ตุลาคม พ.ศ. ๒๕๖๗"),
        ("sign", ["(%s)" % DIRECTOR, "ผู้อำนวยการเขตคลองสามวา"]),
    ], meta=dict(W13, title="ประกาศ ABP"))

    # ---- O19 risk assessment + report (one file, two links) -----------
    pdf_text(P("o19-68.pdf"), [
        ("title", "การประเมินความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
        ("c", "สำนักงานเขตคลองสามวา"),
        ("table", ["กระบวนงาน", "เหตุการณ์ความเสี่ยง", "โอกาส", "ผลกระทบ", "ระดับ", "มาตรการควบคุม"], [
            ["การอนุญาตก่อสร้างอาคาร", "เรียกรับเงินเพื่อเร่งรัดการพิจารณา", "๓", "๔", "สูง", "ใช้ระบบ BMA OSS ติดตามสถานะ ตรวจสอบลำดับคำขอ"],
            ["การจัดเก็บภาษีป้าย", "ประเมินภาษีต่ำกว่าความเป็นจริงเพื่อแลกผลประโยชน์", "๒", "๓", "ปานกลาง", "สุ่มตรวจซ้ำโดยหัวหน้าฝ่าย"],
            ["การจัดระเบียบผู้ค้า", "รับเงินจากผู้ค้านอกจุดผ่อนผัน", "๓", "๓", "สูง", "หมุนเวียนเจ้าหน้าที่ ติดตั้งกล้องติดตัว"],
        ], [1.5, 2, 0.6, 0.7, 0.8, 2.2], 11),
        ("page",),
        ("title", "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน"),
        ("c", "รอบ ๖ เดือน (ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘)"),
        ("table", ["กระบวนงาน", "การดำเนินการตามมาตรการ", "ผล"], [
            ["การอนุญาตก่อสร้างอาคาร", "คำขอทั้งหมด ๑๖๒ เรื่อง ยื่นผ่าน BMA OSS ติดตามสถานะได้ทุกเรื่อง", "ไม่พบเหตุการณ์"],
            ["การจัดเก็บภาษีป้าย", "สุ่มตรวจซ้ำ ๔๐ ราย", "ไม่พบความผิดปกติ"],
            ["การจัดระเบียบผู้ค้า", "หมุนเวียนชุดปฏิบัติงานทุก ๒ สัปดาห์", "ไม่มีเรื่องร้องเรียน"],
        ], [1.5, 3, 1.3]),
        ("sign", ["(%s)" % DIRECTOR, "ผู้อำนวยการเขตคลองสามวา"]),
    ], meta=dict(W13, title="ความเสี่ยงสินบน"))

    # ---- O20 discretion guideline (Word 2007 fault) --------------------
    pdf_image(P("o20-68.pdf"), [
        ("title", "ประกาศสำนักงานเขตคลองสามวา"),
        ("c", "เรื่อง แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่"),
        ("c", "------------------------------"),
        ("pi", "เพื่อให้การใช้ดุลยพินิจของเจ้าหน้าที่ในการพิจารณาอนุมัติ อนุญาต และการให้บริการประชาชน เป็นไปอย่างโปร่งใส เป็นธรรม และตรวจสอบได้ สำนักงานเขตคลองสามวาจึงกำหนดแนวทาง ดังนี้"),
        ("p", "๑. การใช้ดุลยพินิจต้องอยู่ภายในขอบเขตของกฎหมาย ระเบียบ และคู่มือการปฏิบัติงานที่กำหนด"),
        ("p", "๒. ต้องบันทึกเหตุผลประกอบการใช้ดุลยพินิจเป็นลายลักษณ์อักษรทุกครั้ง"),
        ("p", "๓. กรณีมีส่วนได้เสียกับผู้ยื่นคำขอ ให้แจ้งผู้บังคับบัญชาและถอนตัวจากการพิจารณา"),
        ("p", "๔. ผู้บังคับบัญชาต้องสอบทานการใช้ดุลยพินิจอย่างน้อยเดือนละ ๑ ครั้ง"),
        ("p", "๕. ประชาชนที่เห็นว่าไม่ได้รับความเป็นธรรม สามารถร้องเรียนต่อผู้อำนวยการเขตได้โดยตรง"),
        ("gap", 8),
        ("c", "ประกาศ ณ วันที่ ๑๕ พฤศจิกายน พ.ศ. ๒๕๖๗"),
        ("sign", ["(%s)" % DIRECTOR, "ผู้อำนวยการเขตคลองสามวา"]),
    ], meta=dict(W07, title="คำสั่งสำนักงานเขต"), layer=fault_am_lost)

    # ---- O22 measures + report ------------------------------------------
    pdf_text(P("o22-68.pdf"), [
        ("title", "มาตรการในการยกระดับคุณธรรมและความโปร่งใส"),
        ("c", "สำนักงานเขตคลองสามวา ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
        ("h", "๑. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"),
        ("pi", "สำนักงานเขตคลองสามวาได้คะแนนรวม ๙๓.๔๘ คะแนน ระดับผ่านดี โดยแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ได้ ๙๐.๙๑ คะแนน ข้อที่ไม่ได้คะแนน ได้แก่ O๑๕ ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างและสรุปผลรายเดือน และ O๑๒ ระบบติดตามสถานะการขอใบอนุญาต"),
        ("h", "๒. ผลการวิเคราะห์และมาตรการ"),
        ("table", ["ประเด็น", "ผลการวิเคราะห์", "มาตรการ/กิจกรรม", "ผู้รับผิดชอบ", "การกำกับติดตาม"], [
            ["การเปิดเผยข้อมูล (OIT)", "การเผยแพร่ข้อมูลจัดซื้อจัดจ้างไม่ครบทุกเดือน", "ตรวจสอบรายการข้อมูลบนเว็บไซต์ทุกวันที่ ๑๐ ของเดือน", "ฝ่ายการคลัง / ฝ่ายปกครอง", "เดือนละ ๑ ครั้ง (ต.ค.๖๗-มี.ค.๖๘)"],
            ["การใช้ทรัพย์สินของราชการ", "เจ้าหน้าที่บางส่วนไม่ทราบขั้นตอนการยืม", "เวียนแจ้งแนวปฏิบัติการยืมทรัพย์สิน", "ฝ่ายการคลัง", "เดือนละ ๑ ครั้ง"],
            ["การแก้ไขปัญหาการทุจริต", "ผู้รับบริการไม่ทราบช่องทางแจ้งเบาะแส", "ติดป้ายช่องทางร้องเรียนทุกจุดบริการ", "ฝ่ายปกครอง", "เดือนละ ๑ ครั้ง"],
        ], [1.3, 1.6, 1.9, 1.1, 1.1], 11),
        ("page",),
        ("title", "รายงานผลการดำเนินงานตามมาตรการฯ รอบ ๖ เดือน"),
        ("c", "(ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘)"),
        ("table", ["มาตรการ", "ผลการดำเนินงาน", "สถานะ"], [
            ["ตรวจสอบข้อมูลบนเว็บไซต์รายเดือน", "ตรวจสอบครบ ๖ ครั้ง เผยแพร่สรุปผลจัดซื้อจัดจ้าง ต.ค.๖๗ - มี.ค.๖๘", "ดำเนินการแล้ว"],
            ["เวียนแจ้งแนวปฏิบัติการยืมทรัพย์สิน", "เวียนแจ้งทุกฝ่าย ๑๒ ธ.ค. ๒๕๖๗", "ดำเนินการแล้ว"],
            ["ติดป้ายช่องทางร้องเรียน", "ติดตั้ง ๘ จุด", "ดำเนินการแล้ว"],
        ], [2, 3, 1]),
        ("sign", ["(%s)" % DIRECTOR, "ผู้อำนวยการเขตคลองสามวา"]),
    ], meta=dict(W13, title="มาตรการ ITA 2568"))

    # ---- job notice (2568, not performance PR) -------------------------
    pdf_text(P("post-1.pdf"), [
        ("title", "ประกาศสำนักงานเขตคลองสามวา"),
        ("c", "เรื่อง รับสมัครบุคคลเพื่อจ้างเป็นลูกจ้างชั่วคราว ตำแหน่ง พนักงานกวาดถนน"),
        ("pi", "ด้วยสำนักงานเขตคลองสามวา มีความประสงค์จะรับสมัครบุคคลเพื่อจ้างเป็นลูกจ้างชั่วคราว จำนวน ๑๐ อัตรา ผู้สนใจยื่นใบสมัครด้วยตนเองได้ที่ฝ่ายรักษาความสะอาดและสวนสาธารณะ ระหว่างวันที่ ๑๗ - ๒๘ มีนาคม ๒๕๖๘ ในวันและเวลาราชการ"),
        ("c", "ประกาศ ณ วันที่ ๑๐ มีนาคม พ.ศ. ๒๕๖๘"),
        ("sign", ["(%s)" % DIRECTOR, "ผู้อำนวยการเขตคลองสามวา"]),
    ], meta={"creator": "mPDF 6.0", "producer": "mPDF 6.0", "author": ""})

    # ---- ITA 2567 (previous year) ----------------------------------------
    d67 = os.path.join(PDFDIR, "2567")
    os.makedirs(d67, exist_ok=True)
    pdf_text(os.path.join(d67, "o2.pdf"), [
        ("title", "นโยบายผู้ว่าราชการกรุงเทพมหานคร ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"),
        ("p", "สำนักงานเขตคลองสามวานำนโยบาย ๙ ดี มาดำเนินการในปีงบประมาณ พ.ศ. ๒๕๖๗"),
    ], meta=W13)
    pdf_text(os.path.join(d67, "o13.pdf"), [
        ("title", "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"),
        ("c", "สำนักงานเขตคลองสามวา"),
        ("table", ["หมวด", "วงเงิน (ล้านบาท)"], [["งบบุคลากร", "๙๔.๒"], ["งบดำเนินงาน", "๕๑.๖"], ["งบลงทุน", "๒๘.๔"]], [2, 1]),
    ], meta=W13)
    pdf_text(os.path.join(d67, "o22.pdf"), [
        ("title", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"),
        ("p", "วิเคราะห์ผลการประเมิน ITA ประจำปี ๒๕๖๖ และกำหนดมาตรการสำหรับปี ๒๕๖๗"),
    ], meta=W13)

    # ---- O10 xlsx --------------------------------------------------------
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "รายได้ 2568"
    ws.append(["ข้อมูลสถิติการจัดเก็บรายได้ สำนักงานเขตคลองสามวา ปีงบประมาณ 2568"])
    ws.append(["เดือน", "ภาษีที่ดินและสิ่งปลูกสร้าง", "ภาษีป้าย", "ค่าธรรมเนียมเก็บขนมูลฝอย", "ค่าธรรมเนียมใบอนุญาต", "รายได้อื่น", "รวม"])
    for m in ["ต.ค. 67", "พ.ย. 67", "ธ.ค. 67", "ม.ค. 68", "ก.พ. 68", "มี.ค. 68"]:
        v = [random.randint(600, 4200) * 1000, random.randint(50, 320) * 1000, random.randint(300, 700) * 1000,
             random.randint(20, 90) * 1000, random.randint(5, 40) * 1000]
        ws.append([m] + v + [sum(v)])
    ws.append(["หมายเหตุ: ข้อมูล ณ วันที่ 5 เมษายน 2568 ฝ่ายรายได้"])
    ws.column_dimensions["A"].width = 12
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 22
    wb.save(os.path.join(DOCDIR, "o10-68.xlsx"))

    # ---- O16 docx --------------------------------------------------------
    import docx
    dd = docx.Document()
    dd.add_heading("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", level=1)
    dd.add_paragraph("สำนักงานเขตคลองสามวา ประจำปีงบประมาณ พ.ศ. 2568")
    for h, t in [("1. หลักเกณฑ์การสรรหาและคัดเลือกบุคลากร", "ดำเนินการตามประกาศคณะกรรมการข้าราชการกรุงเทพมหานคร (ก.ก.) โดยเปิดรับสมัครเป็นการทั่วไปผ่านเว็บไซต์และบอร์ดประชาสัมพันธ์ของสำนักงานเขต"),
                 ("2. หลักเกณฑ์การแต่งตั้งและโยกย้าย", "พิจารณาจากความรู้ ความสามารถ ผลการปฏิบัติงาน และความเหมาะสมกับตำแหน่ง โดยคณะกรรมการกลั่นกรองของสำนักงานเขต"),
                 ("3. หลักเกณฑ์การพัฒนาบุคลากร", "ข้าราชการและลูกจ้างทุกคนได้รับการพัฒนาอย่างน้อยปีละ 1 หลักสูตร ทั้งในรูปแบบการฝึกอบรมและการเรียนรู้ออนไลน์"),
                 ("4. หลักเกณฑ์การประเมินผลการปฏิบัติราชการ", "ประเมินปีละ 2 รอบ (1 ต.ค. - 31 มี.ค. และ 1 เม.ย. - 30 ก.ย.) ตามตัวชี้วัดที่ตกลงร่วมกันล่วงหน้า"),
                 ("5. หลักเกณฑ์การให้คุณให้โทษและการสร้างขวัญกำลังใจ", "ยกย่องเชิดชูเกียรติผู้มีผลงานดีเด่นประจำปี และดำเนินการทางวินัยอย่างเป็นธรรมตามกฎ ก.ก.")]:
        dd.add_heading(h, level=2)
        dd.add_paragraph(t)
    dd.core_properties.author = "ฝ่ายปกครอง"
    dd.save(os.path.join(DOCDIR, "o16-68.docx"))


# --------------------------------------------------------------------------
# pages
# --------------------------------------------------------------------------
ITA_STYLE = """    <style>
        .service-features ul {
            list-style: none;
            padding-left: 0;
        }

        .service-features li {
            margin-bottom: 0.75rem;
            display: flex;
            align-items: center;
            gap: 0.5rem;
        }

        .service-features li a {
            margin-bottom: 0.75rem;
            display: flex;
            align-items: flex-start;
            text-decoration: none;
            gap: 0.5rem;
        }

        .service-features li img {
            width: 20px;
            margin-right: 10px;
            margin-top: 3px;
        }

        .doc-code {
            min-width: 3rem;
            flex-shrink: 0;
        }

        .line-black {
            height: 2px;
            background-color: black;
            width: 100%;
            margin: 20px 0;
        }

        /* แบนเนอร์ลอยขวา ติดหน้าจอ */
        #sidebar-banner {
            position: fixed;
            top: 50%;
            right: 0;
            transform: translateY(-50%);
            background: #1f5fa8;
            padding: 5px;
            max-height: 30vh;
            overflow-y: auto;
            z-index: 9999;
        }

        #sidebar-banner button {
            display: block;
            width: 90%;
            margin: 3px 0;
            background-color: white;
            border: none;
            border-radius: 4px;
            font-weight: bold;
            color: #1f5fa8;
        }
    </style>
"""


def a_doc(href, code, text):
    return """                                            <li><a href="%s"
                                                    target="_blank"><img src="assets/img/clients/pdf.webp"
                                                        alt="PDF"><span class="doc-code">%s</span>
                                                    <span class="doc-text">%s</span></a></li>
""" % (href, code, text)


def no_doc(code, text):
    return """                                            <li><img src="assets/img/clients/pdf.webp" alt="PDF" width="30">%s
                                                %s เอกสารประกอบ
                                            </li>
""" % (code, text)


def feat(h4, lis):
    return """                                    <div class="service-features">
                                        <h4>%s</h4>
                                        <ul>
%s                                        </ul>
                                    </div>
""" % (h4, "".join(lis))


def section(anchor, code, tagline, body, extra=""):
    return """
                    <section id="%s" class="service-details-2 section">
                        <div class="container" data-aos="fade-up" data-aos-delay="100">
                            <div class="col-lg-12" data-aos="fade-left" data-aos-delay="300">
                                <div class="service-content">
                                    <div class="line-black" data-aos="fade-right" data-aos-delay="400"></div>
                                    <h2 class="">%s</h2>

                                    <p class="service-tagline"> %s</p>
                                    <div class="line-black" data-aos="fade-right" data-aos-delay="400"></div>
%s
%s                                </div>
                            </div>
                        </div>
                    </section>
""" % (anchor, code, tagline, extra, body)


LOREM = """                                    <!-- <p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor
                                    incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud
                                    exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.</p> -->
"""

D = "/assets/document/pdf/"


def ita68():
    s = []
    s.append(section("o1", "O1", "ข้อมูลพื้นฐานของสำนักงานเขต", feat("1. ข้อมูลพื้นฐานที่เป็นปัจจุบัน", [
        a_doc(D + "o1-1-68.pdf", "1.1.", "โครงสร้างการแบ่งส่วนราชการของสำนักงานเขตคลองสามวา"),
        a_doc(D + "o1-2-68.pdf", "1.2.", "ข้อมูลผู้บริหาร (1) ชื่อ-นามสกุล (2) ตำแหน่ง (3) รูปถ่าย (4) ช่องทางการติดต่อ (ต้องมีทั้ง 4 รายการ)"),
        a_doc(D + "o1-3-68.pdf", "1.3.", "อำนาจหน้าที่ของสำนักงานเขต"),
        a_doc("/contact", "1.4.", "ข้อมูลการติดต่อ (1) ที่อยู่ (2) หมายเลขโทรศัพท์ (3) หมายเลขโทรสาร (4) ไปรษณีย์อิเล็กทรอนิกส์ (5) แผนที่ตั้ง (ต้องมีทั้ง 5 รายการ)"),
        no_doc("1.5.", "กฎหมายที่เกี่ยวข้องกับการดำเนินงานของสำนักงานเขต"),
    ]), LOREM))
    s.append(section("o2", "O2", "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร", feat("1. นโยบายและแผน ปีงบประมาณ พ.ศ. 2568", [
        a_doc(D + "o2-68.pdf", "2.1.", "นโยบายผู้ว่าราชการกรุงเทพมหานคร / แผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี / แผนพัฒนาเขตคลองสามวา"),
        """                                            <li><a href="https://www.bangkok.go.th/" target="_blank"><img src="assets/img/clients/pdf.webp" alt="PDF"><span class="doc-code">2.2.</span> เว็บไซต์กรุงเทพมหานคร</a></li>
""",
    ])))
    s.append(section("o3", "o3", "โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต", feat("1. รายชื่อโรงเรียน", [
        """                                            <li><a href="/school/ " target="_blank"><img src="assets/img/clients/pdf.webp" alt="PDF"><span class="doc-code">3.1.</span>
                                                    <span class="doc-text">ข้อมูลโรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขตคลองสามวา (ชื่อ ที่ตั้ง เบอร์โทรศัพท์)</span></a></li>
""",
    ])))
    s.append(section("o4", "O4", "การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน", feat("1. ข่าวประชาสัมพันธ์", [
        a_doc("/news/", "4.1.", "ข่าวประชาสัมพันธ์ผลการดำเนินงานของสำนักงานเขตคลองสามวา"),
    ])))
    s.append(section("o5", "O5", "แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี", feat("1. แผนปฏิบัติราชการ", [
        a_doc(D + "o5-68.pdf", "5.1.", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568 และรายงานผลการปฏิบัติราชการประจำปี"),
    ])))
    s.append(section("o6", "O6", "คู่มือการปฏิบัติหน้าที่", feat("1. คู่มือการปฏิบัติงานของฝ่ายต่าง ๆ", [
        a_doc("/manual/", "6.1.", "คู่มือการปฏิบัติงาน (เปิดเอกสาร)"),
    ])))
    s.append(section("o7", "O7", "คู่มือการให้บริการประชาชน", feat("1. คู่มือสำหรับประชาชน", [
        a_doc(D + "o7-68.pdf", "7.1.", "คู่มือสำหรับประชาชน งานบริการของสำนักงานเขต ปี 2568"),
    ])))
    s.append(section("o8", "O8", "E-Service", feat("1. บริการออนไลน์", [
        a_doc("/services/", "8.1.", "ระบบบริการออนไลน์ของสำนักงานเขตคลองสามวา"),
    ])))
    # O9 commented out (file exists but no visible link)
    s.append("""
                    <!-- <section id="o9" class="service-details-2 section">
                        <div class="container" data-aos="fade-up" data-aos-delay="100">
                                    <h2 class="">O9</h2>
                                    <p class="service-tagline"> ข้อมูลสถิติการจัดเก็บภาษี</p>
                                            <li><a href="/assets/document/pdf/o9-68.pdf"
                                                    target="_blank"><img src="assets/img/clients/pdf.webp"
                                                        alt="PDF"><span class="doc-code">9.1.</span>
                                                    <span class="doc-text">สถิติการจัดเก็บภาษี ปีงบประมาณ 2568</span></a></li>
                        </div>
                    </section> -->
""")
    s.append(section("o10", "o10", "ข้อมูลสถิติการจัดเก็บรายได้", feat("1. สถิติรายได้ ปีงบประมาณ พ.ศ. 2568", [
        """                                            <li><a href="/assets/document/o10-68.xlsx"
                                                    target="_blank"><img src="assets/img/clients/xls.webp"
                                                        alt="XLS"><span class="doc-code">10.1.</span>
                                                    <span class="doc-text">ข้อมูลสถิติการจัดเก็บรายได้ (ต.ค. 67 - มี.ค. 68)</span></a></li>
""",
    ])))
    s.append(section("o11", "O11", "รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต", feat("1. Checklist", [
        a_doc(D + "o11-68.pdf", "11.1.", "รายการการตรวจ (Checklist) ในการพิจารณาออกใบอนุญาตประเภทต่าง ๆ"),
    ])))
    s.append(section("o12", "O12", "ระบบติดตาม (Tracking System) สถานะการขอใบอนุญาต", """                                    <div class="service-features">
                                        <h4>1. ติดตามสถานะคำขอ</h4>
                                        <ul>
                                            <li><img src="assets/img/clients/pdf.webp" alt="PDF" width="30">12.1.
                                                ผู้ยื่นคำขอสามารถตรวจสอบสถานะการขอใบอนุญาตได้ตลอด 24 ชั่วโมง
                                                <button class="tab-button" onclick="location.href='/tracking/'">ตรวจสอบสถานะ</button>
                                            </li>
                                        </ul>
                                    </div>
"""))
    s.append(section("o13", "O13", "แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายงบประมาณประจำปี", feat("1. แผน/รายงาน", [
        a_doc(D + "o13-1-68.pdf", "13.1.", "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2568"),
        a_doc(D + "o13-2-68.pdf", "13.2.", "รายงานผลการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2567"),
    ])))
    s.append(section("o14", "O14", "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ ข้อมูลเงินอุดหนุนชุมชน", feat("1. ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ และข้อมูลเงินอุดหนุนชุมชน", [
        a_doc(D + "o14-1-68.pdf", "14.1.", "ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568"),
        a_doc(D + "o14-2-68.pdf", "14.2.", "ข้อมูลงบประมาณจำแนกตามฝ่าย"),
    ])))
    s.append(section("o15", "O 15", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้างรายเดือน", feat("1. ประกาศ / สรุปผล", [
        a_doc("/procurement/", "15.1.", "ประกาศจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1) ปีงบประมาณ 2568"),
        """                                            <li><a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch" target="_blank"><img src="assets/img/clients/pdf.webp" alt="PDF"><span class="doc-code">15.2.</span> ระบบ e-GP / e-GPBMA</a></li>
""",
    ])))
    s.append(section("o16", "O16", "หลักเกณฑ์การบริหาร และพัฒนาทรัพยากรบุคคล", feat("1. หลักเกณฑ์", [
        """                                            <li><a href="/assets/document/o16-68.docx"
                                                    target="_blank"><img src="assets/img/clients/pdf.webp"
                                                        alt="PDF"><span class="doc-code">16.1.</span>
                                                    <span class="doc-text">หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ปี 2568</span></a></li>
""",
    ])))
    s.append(section("o17", "O17", "ช่องทางการร้องเรียนการทุจริตและข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี", feat("1. ช่องทาง / สถิติ", [
        a_doc("/complaint/", "17.1.", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"),
        a_doc(D + "o17-68.pdf", "17.2.", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ 2568"),
    ])))
    s.append(section("o18", "O18", "ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) และการรายงานผลสู่การปฏิบัติ", feat("1. นโยบาย / รายงานผล", [
        a_doc(D + "o18-1-68.pdf", "18.1.", "ประกาศนโยบายต่อต้านการรับสินบน ประจำปีงบประมาณ พ.ศ. 2568"),
        a_doc(D + "o18-2-68.pdf", "18.2.", "รายงานผลการนำนโยบายต่อต้านการรับสินบนสู่การปฏิบัติ"),
    ])))
    s.append(section("o19", "O19", "การประเมินความเสี่ยงต่อการรับสินบนและการรายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน", feat("1. ประเมินความเสี่ยง / รายงานผล", [
        a_doc(D + "o19-68.pdf", "19.1.", "การประเมินความเสี่ยงต่อการรับสินบน ประจำปี 2568"),
        a_doc(D + "o19-68.pdf", "19.2.", "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน"),
    ])))
    s.append(section("o20", "0๒๐", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", feat("1. แนวทาง", [
        a_doc(D + "o20-68.pdf", "20.1.", "ประกาศ เรื่อง แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่"),
    ])))
    s.append(section("o21", "O21", "การจัดการทรัพย์สินของราชการ ของบริจาคและการจัดเก็บของกลาง", feat("1. แนวทางการจัดการทรัพย์สิน", [
        no_doc("21.1.", "แนวปฏิบัติการยืมและการใช้ทรัพย์สินของราชการ"),
        no_doc("21.2.", "การรับบริจาคและการจัดเก็บของกลาง"),
    ]), LOREM))
    s.append(section("o22", "O22", "มาตรการในการยกระดับคุณธรรมและความโปร่งใส และการรายงานผลการดำเนินงาน", feat("1. มาตรการ / รายงานผล", [
        a_doc(D + "o22-68.pdf", "22.1.", "มาตรการในการยกระดับคุณธรรมและความโปร่งใส ปี 2568 และรายงานผลการดำเนินงาน รอบ 6 เดือน"),
    ])))
    buttons = "".join("        <button onclick=\"location.href='#o%d'\"%s>O%d</button>\n" % (i, ' class="active"' if i == 1 else "", i)
                      for i in range(1, 23))
    main = page_title_block("ITA ปี 2568").replace("    </div><!-- End Page Title -->\n", "") + """
        <div class="title-wrapper">
            <h1>หลักฐานเชิงประจักษ์การดำเนินงานของสำนักงานเขตคลองสามวา ( ITA. )
                ปีงบประมาณ 2568</h1>
            <img src="assets/img/ita.png" alt="ITA" class="img-fluid">

            <p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ</p>
            <p>( Integrity and Transparency Assessment : ITA 2568 )</p>
        </div>
    </div><!-- End Page Title -->

    <div id="sidebar-banner" data-aos="fade-up" data-aos-delay="100">
%s    </div>

    <!-- <script>
        function setActive(button, target) {
            // ลบ active จากทุกปุ่ม
            document.querySelectorAll("#sidebar-banner button").forEach(btn => {
                btn.classList.remove("active");
            });
            button.classList.add("active");
            location.href = target;
        }
    </script> -->

    <!-- Doctors Section -->
    <section id="doctors" class="doctors section">

        <div class="container" data-aos="fade-up" data-aos-delay="100">

            <div class="row gy-4 justify-content-center">

                <div class="col-xl-3 col-lg-4 col-md-12" data-aos="fade-up" data-aos-delay="100">
                    <div class="doctor-card">
                        <div class="doctor-image">
                            <img src="assets/img/person/director.jpg" alt="Dr. Jennifer Martinez" class="img-fluid">
                        </div>
                        <div class="doctor-content">
                            <h3 class="doctor-name">%s</h3>
                            <span class="doctor-specialty">ผู้อำนวยการเขตคลองสามวา</span>
                            <div class="doctor-experience">
                                <span class="experience-badge">พ.ศ.2567 – ปัจจุบัน</span>
                            </div>
                        </div>
                    </div>
                </div><!-- End Doctor Card -->

                <div class="col-lg-12" data-aos="fade-left" data-aos-delay="300">
%s
                </div>
            </div>
        </div>
    </section><!-- /Doctors Section -->
""" % (buttons, DIRECTOR, "".join(s))
    write_page("ita68/index.html", "", main, style=ITA_STYLE, bodycls="index-page")


def ita67():
    s = []
    s.append(section("o2", "O2", "นโยบายผู้ว่าราชการกรุงเทพมหานคร", feat("1. นโยบาย ปี 2567", [
        a_doc(D + "2567/o2.pdf", "2.1.", "นโยบายผู้ว่าราชการกรุงเทพมหานคร ประจำปีงบประมาณ พ.ศ. 2567")])))
    s.append(section("o5", "O5", "แผนปฏิบัติราชการประจำปี", feat("1. แผนปฏิบัติราชการ ปี 2567", [
        no_doc("5.1.", "แผนปฏิบัติราชการประจำปี พ.ศ. 2567")])))
    s.append(section("o13", "O13", "แผนการใช้จ่ายงบประมาณประจำปี", feat("1. แผนการใช้จ่าย ปี 2567", [
        a_doc(D + "2567/o13.pdf", "13.1.", "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2567")])))
    s.append(section("o22", "O22", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", feat("1. มาตรการ ปี 2567", [
        a_doc(D + "2567/o22.pdf", "22.1.", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567")])))
    main = page_title_block("ITA ปี 2567", "หลักฐานเชิงประจักษ์ ( ITA. ) ปีงบประมาณ 2567",
                            "( Integrity and Transparency Assessment : ITA 2567 )") + """
    <section id="doctors" class="doctors section">
        <div class="container">
            <p>*** หน้านี้เป็นข้อมูลของปีงบประมาณ 2567 ***</p>
%s
        </div>
    </section>
""" % "".join(s)
    write_page("ita67/index.html", "ITA 2567", main, style=ITA_STYLE)


NEWS = [
    ("post-8.html", "๒๗ ก.ย. ๒๕๖๗", "เขตคลองสามวาเร่งขุดลอกคลองบางชัน รับมือฝนตกหนักปลายฤดู",
     "สำนักงานเขตคลองสามวา โดยฝ่ายโยธา ร่วมกับสำนักการระบายน้ำ ดำเนินการขุดลอกคลองบางชัน ระยะทางกว่า ๓ กิโลเมตร พร้อมเก็บผักตบชวาและวัชพืช เพื่อเพิ่มประสิทธิภาพการระบายน้ำในช่วงปลายฤดูฝน"),
    ("post-7.html", "๑๒ ก.ย. ๒๕๖๗", "ตรวจสุขลักษณะร้านอาหารริมทางถนนหทัยราษฎร์",
     "ฝ่ายสิ่งแวดล้อมและสุขาภิบาลลงพื้นที่ตรวจร้านอาหารและแผงลอย ๔๒ ร้าน ให้คำแนะนำเรื่องการล้างภาชนะและการเก็บวัตถุดิบ"),
    ("post-6.html", "๓๐ ส.ค. ๒๕๖๗", "กิจกรรมจิตอาสาพัฒนาชุมชนสามวาตะวันออก",
     "ผู้อำนวยการเขตนำเจ้าหน้าที่และจิตอาสาร่วมเก็บขยะ ตัดแต่งกิ่งไม้ และทาสีทางม้าลายหน้าโรงเรียน"),
    ("post-5.html", "๙ ส.ค. ๒๕๖๗", "มอบเบี้ยยังชีพและตรวจสุขภาพผู้สูงอายุ",
     "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคมร่วมกับศูนย์บริการสาธารณสุขจัดกิจกรรมตรวจสุขภาพผู้สูงอายุในชุมชน ๘ แห่ง"),
    ("post-4.html", "๑๙ ก.ค. ๒๕๖๗", "จัดระเบียบผู้ค้าหน้าตลาดมีนบุรี-คลองสามวา",
     "ฝ่ายเทศกิจจัดระเบียบการวางแผงค้าไม่ให้กีดขวางทางเท้า และตีเส้นแนวการวางสินค้าใหม่"),
    ("post-3.html", "๒๑ มิ.ย. ๒๕๖๗", "อบรมการคัดแยกขยะต้นทางให้ชุมชน",
     "ฝ่ายรักษาความสะอาดและสวนสาธารณะจัดอบรมการคัดแยกขยะอินทรีย์ให้ผู้นำชุมชน ๔๕ ชุมชน"),
    ("post-2.html", "๓ พ.ค. ๒๕๖๗", "ประชุมคณะกรรมการชุมชนประจำเดือน",
     "สำนักงานเขตจัดประชุมประธานชุมชนเพื่อรับฟังปัญหาและชี้แจงโครงการประจำปี"),
    ("post-1.html", "๑๕ มี.ค. ๒๕๖๗", "ซ้อมแผนป้องกันและระงับอัคคีภัยในสำนักงานเขต",
     "เจ้าหน้าที่ทุกฝ่ายร่วมซ้อมอพยพหนีไฟ ร่วมกับสถานีดับเพลิงและกู้ภัยมีนบุรี"),
]


def news_pages():
    items = ""
    for i, (fn, d, t, body) in enumerate(NEWS):
        items += """                <div class="news-item">
                    <img src="/assets/img/gallery/gallery-%d.jpg" alt="">
                    <div class="news-content">
                        <h4><a href="/news/%s">%s</a></h4>
                        <p>%s</p>
                    </div>
                </div>
""" % (i % 8 + 1, fn, t, d)
        main = page_title_block("ข่าวประชาสัมพันธ์ | News") + """
    <section class="section">
        <div class="container">
            <h2>%s</h2>
            <p><i class="bi bi-calendar"></i> %s</p>
            <img src="/assets/img/gallery/gallery-%d.jpg" class="img-fluid" alt="">
            <p>%s</p>
            <p>ฝ่ายปกครอง (งานประชาสัมพันธ์) สำนักงานเขตคลองสามวา</p>
            <a href="/news/">&laquo; กลับหน้าข่าว</a>
        </div>
    </section>
""" % (t, d, i % 8 + 1, body)
        write_page("news/" + fn, t, main)
    main = page_title_block("ข่าวประชาสัมพันธ์ | News", "ข่าวประชาสัมพันธ์") + """
    <section class="news-section">
        <div class="news-grid">
%s        </div>
        <div class="view-more"><a href="#">ดูทั้งหมด &raquo;</a></div>
    </section>
""" % items
    write_page("news/index.html", "ข่าวประชาสัมพันธ์", main)


def simple(rel, crumb, h, inner, title=None):
    main = page_title_block(crumb) + """
        <!-- About Section -->
        <section id="about" class="about section">

            <div class="container" data-aos="fade-up" data-aos-delay="100">

                <div class="row gy-4">
                    <div class="col-lg-12">
                        <div class="content">
                            <h2>%s</h2>
%s
                        </div>
                    </div>
                </div>
            </div>

        </section><!-- /About Section -->
""" % (h, inner)
    write_page(rel, title or h, main)


SCHOOLS = [
    ("โรงเรียนคลองสามวา (สามวาอนุสรณ์)", "ถนนเลียบวารี แขวงสามวาตะวันตก", "02-548-1120"),
    ("โรงเรียนบ้านบางชัน", "ซอยหทัยราษฎร์ 14 แขวงบางชัน", "02-548-1204"),
    ("โรงเรียนวัดบัวแก้วสามัคคี", "ถนนนิมิตใหม่ แขวงสามวาตะวันออก", "02-548-1318"),
    ("โรงเรียนทรายกองดินวิทยา", "ถนนราษฎร์อุทิศ แขวงทรายกองดิน", "02-548-1422"),
    ("โรงเรียนชุมชนทรายกองดินใต้", "ถนนสุวินทวงศ์ แขวงทรายกองดินใต้", "02-548-1536"),
    ("โรงเรียนคู้บอนพัฒนา", "ถนนคู้บอน แขวงบางชัน", "02-548-1640"),
    ("โรงเรียนวัดสามัคคีธรรม", "ถนนพระยาสุเรนทร์ แขวงสามวาตะวันตก", "02-548-1752"),
    ("โรงเรียนมัสยิดบ้านคลองสามวา", "ซอยนิมิตใหม่ 40 แขวงสามวาตะวันออก", "02-548-1865"),
    ("โรงเรียนเลียบคลองสองอนุสรณ์", "ถนนเลียบคลองสอง แขวงบางชัน", "02-548-1979"),
]

DIVS = [("admin", "ฝ่ายปกครอง"), ("registration", "ฝ่ายทะเบียน"), ("finance", "ฝ่ายการคลัง"),
        ("revenue", "ฝ่ายรายได้"), ("works", "ฝ่ายโยธา"), ("cityLaw", "ฝ่ายเทศกิจ"),
        ("env", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล"), ("clean", "ฝ่ายรักษาความสะอาดและสวนสาธารณะ"),
        ("community", "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม"), ("edu", "ฝ่ายการศึกษา")]


def build_pages():
    # ---- home ------------------------------------------------------------
    latest = "".join("""                    <div class="news-item">
                        <img src="assets/img/gallery/gallery-%d.jpg" alt="">
                        <div class="news-content">
                            <h4><a href="/news/%s">%s</a></h4>
                            <p>%s</p>
                        </div>
                    </div>
""" % (i + 1, fn, t, d) for i, (fn, d, t, _) in enumerate(NEWS[:4]))
    home = """
    <!-- Hero Section -->
    <section id="hero" class="hero section dark-background">
        <div class="container-fluid p-0">
            <div class="hero-wrapper">
                <div class="hero-image">
                    <img src="assets/img/health/bgksw.jpg" alt="Khlong Sam Wa" class="img-fluid">
                </div>
                <div class="hero-content">
                    <div class="container">
                        <div class="row">
                            <div class="col-lg-7 col-md-10" data-aos="fade-right" data-aos-delay="100">
                                <div class="content-box">
                                    <span class="badge-accent" data-aos="fade-up" data-aos-delay="150">Khlong Sam Wa
                                        District Office</span>
                                    <h1 data-aos="fade-up" data-aos-delay="200">สำนักงานเขตคลองสามวา</h1>
                                    <p data-aos="fade-up" data-aos-delay="250">บริการด้วยใจ โปร่งใส ใส่ใจชุมชน</p>

                                    <div id="director-box" class="custom-image-container" style="
                                        position:absolute;
                                        top:10px;
                                        right:250px;
                                        width:220px;
                                        text-align:center;
                                        border:3px solid #00aaff;
                                        background:#fff;
                                        opacity:0;              /* ซ่อนตอนแรก */
                                        transition: opacity 1s ease;">
                                        <img src="assets/img/person/director.jpg" alt="ภาพเพิ่มเติม"
                                            style="width:100%%; height:auto; display:block;">
                                        <p style="margin:5px; font-size:14px; color:#333; line-height:1.4;">
                                            %s<br>
                                            ผู้อำนวยการเขตคลองสามวา
                                        </p>
                                    </div>

                                    <script>
                                        // รอแล้วค่อยทำ fade in
                                        window.addEventListener("load", function () {
                                            setTimeout(function () {
                                                document.getElementById("director-box").style.opacity = "1";
                                            }, 800);
                                        });
                                    </script>

                                    <!-- <div class="cta-group" data-aos="fade-up" data-aos-delay="300">
                                        <a href="appointment.html" class="btn btn-primary">Book Appointment</a>
                                        <a href="services.html" class="btn btn-outline">Explore Services</a>
                                    </div> -->

                                    <div class="info-badges" data-aos="fade-up" data-aos-delay="350">
                                        <div class="badge-item">
                                            <i class="bi bi-telephone-fill"></i>
                                            <div class="badge-content">
                                                <span>โทรศัพย์ / โทรสาร</span>
                                                <strong>02-548-7312 / 02-548-7315</strong>
                                            </div>
                                        </div>
                                        <div class="badge-item">
                                            <i class="bi bi-clock-fill"></i>
                                            <div class="badge-content">
                                                <span>เวลาทำการ</span>
                                                <strong>วัน จันทร์ - ศุกร์: 8:00 - 16:00 น. (ฝ่ายทะเบียน เปิดเสาร์ 8:00 - 12:00 น.)</strong>
                                            </div>
                                        </div>
                                    </div>
                                </div>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </div>
    </section><!-- /Hero Section -->

    <!-- ประกาศ -->
    <section id="call-to-action" class="call-to-action section">
        <div class="container" data-aos="fade-up" data-aos-delay="100">
            <div class="emergency-alert" data-aos="zoom-in" data-aos-delay="500">
                <div class="row align-items-center">
                    <div class="col-lg-8">
                        <div class="emergency-content">
                            <div class="emergency-text">
                                <h4>ประกาศ! รับสมัครลูกจ้างชั่วคราว ตำแหน่งพนักงานกวาดถนน 10 อัตรา</h4>
                                <p>รับสมัคร 17 - 28 มีนาคม 2568 <a href="/jobs/">รายละเอียด</a></p>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </div>
    </section>

    <section class="news-section">
        <h2>ข่าวประชาสัมพันธ์</h2>
        <div class="news-grid">
%s        </div>
        <div class="view-more"><a href="/news/">ดูข่าวทั้งหมด &raquo;</a></div>
    </section>

    <!-- Services Section -->
    <section id="services" class="services section">
        <div class="container section-title" data-aos="fade-up">
            <h2>บริการประชาชน</h2>
            <p>Necessitatibus eius consequatur ex aliquid fuga eum quidem sint consectetur velit</p>
        </div>
        <div class="container">
            <div class="row gy-4">
                <div class="col-lg-4"><a href="/services/"><i class="bi bi-laptop"></i> บริการออนไลน์ (E-Service)</a></div>
                <div class="col-lg-4"><a href="/complaint/"><i class="bi bi-megaphone"></i> แจ้งเรื่องร้องเรียน</a></div>
                <div class="col-lg-4"><a href="/ita68"><i class="bi bi-shield-check"></i> ITA 2568</a></div>
                <div class="col-lg-4"><a href="/procurement/"><i class="bi bi-cart"></i> จัดซื้อจัดจ้าง</a></div>
                <div class="col-lg-4"><a href="/departments.html"><i class="bi bi-diagram-3"></i> หน่วยงานภายใน</a></div>
                <div class="col-lg-4"><a href="/tourism/"><i class="bi bi-geo-alt"></i> ท่องเที่ยวคลองสามวา</a></div>
            </div>
        </div>
    </section>
""" % (DIRECTOR, latest)
    write_page("index.html", "สำนักงานเขตคลองสามวา", home, bodycls="index-page")

    # ---- about pages -----------------------------------------------------
    simple("history/index.html", "ประวัติเขตคลองสามวา | History", "ประวัติของเขตคลองสามวา", """                            <p>
                                พื้นที่เขตคลองสามวาเดิมเป็นส่วนหนึ่งของเขตมีนบุรี ชาวบ้านส่วนใหญ่ทำนาและเลี้ยงปลา
                                อาศัยคลองสามวาซึ่งขุดขึ้นในสมัยรัชกาลที่ ๔ เป็นเส้นทางสัญจรหลัก ชื่อ "สามวา" มาจากความกว้างของคลองที่ขุดไว้ประมาณสามวา
                            </p>
                            <p>
                                เมื่อชุมชนขยายตัวและมีหมู่บ้านจัดสรรเพิ่มขึ้นมาก กรุงเทพมหานครจึงแยกพื้นที่ออกจากเขตมีนบุรี
                                ตั้งเป็นเขตคลองสามวาเมื่อปี พ.ศ. ๒๕๔๐ แบ่งการปกครองออกเป็น ๕ แขวง ได้แก่ แขวงสามวาตะวันตก แขวงสามวาตะวันออก
                                แขวงบางชัน แขวงทรายกองดิน และแขวงทรายกองดินใต้
                            </p>""")
    simple("vision/index.html", "วิสัยทัศน์/พันธกิจ | Vision/Mission", "วิสัยทัศน์", """                            <p>คลองสามวา เมืองน่าอยู่ ชุมชนเข้มแข็ง บริการโปร่งใส</p>
                            <h2>พันธกิจ</h2>
                            <ol style="text-align:left; padding-left:20px; margin:0;">
                                <li>ให้บริการประชาชนอย่างสะดวก รวดเร็ว และเป็นธรรม</li>
                                <li>ดูแลความสะอาด สิ่งแวดล้อม และการระบายน้ำในพื้นที่</li>
                                <li>ส่งเสริมการมีส่วนร่วมของชุมชนและภาคีเครือข่าย</li>
                                <li>บริหารงานตามหลักธรรมาภิบาล ปฏิบัติตามกฎระเบียบอย่างเคร่งครัด</li>
                            </ol><br>
                            <h2>ค่านิยม</h2>
                            <p>ซื่อสัตย์ รับผิดชอบ ใส่ใจบริการ</p>""")
    simple("epData/index.html", "ข้อมูลพื้นฐานเขต | District data", "ข้อมูลพื้นฐานของเขตคลองสามวา", """                            <h4>ณ วันที่ 31 ธันวาคม พ.ศ.2562</h4>
                            <table class="table table-bordered">
                                <tr><td>พื้นที่</td><td>110.686 ตารางกิโลเมตร</td></tr>
                                <tr><td>จำนวนแขวง</td><td>5 แขวง</td></tr>
                                <tr><td>ประชากร</td><td>191,440 คน</td></tr>
                                <tr><td>ชุมชน</td><td>85 ชุมชน</td></tr>
                                <tr><td>วัด / มัสยิด</td><td>14 / 22 แห่ง</td></tr>
                            </table>
                            <img src="assets/img/gallery/epData.png" alt="district data" style="max-width:100%; height:auto;">""")
    rows = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>\n" % (i + 1, n, a, t) for i, (n, a, t) in enumerate(SCHOOLS))
    simple("school/index.html", "โรงเรียนสังกัดกรุงเทพมหานคร", "โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขตคลองสามวา", """                            <p>ฝ่ายการศึกษา สำนักงานเขตคลองสามวา ดูแลโรงเรียนสังกัดกรุงเทพมหานคร จำนวน 9 โรงเรียน (ข้อมูลปีการศึกษา 2567)</p>
                            <table class="table table-striped">
                                <thead><tr><th>ลำดับ</th><th>ชื่อโรงเรียน</th><th>ที่ตั้ง</th><th>โทรศัพท์</th></tr></thead>
                                <tbody>
%s                                </tbody>
                            </table>""" % rows)

    # ---- contact -----------------------------------------------------------
    main = page_title_block("ติดต่อเรา", "ติดต่อเรา", home="หน้าหลัก", home_href="#") + """
    <!-- Contact Section -->
    <section id="contact" class="contact section">
        <div class="container">
            <div class="contact-wrapper">
                <div class="contact-info-panel">
                    <div class="contact-info-header">
                        <h3>ช่องทางการติดต่อ</h3>
                        <!-- <p>Dignissimos deleniti accusamus rerum voluptate. Dignissimos rerum sit maiores reiciendis voluptate inventore ut.</p> -->
                    </div>
                    <div class="contact-info-cards">
                        <div class="info-card"><div class="card-content"><h4>ที่อยู่</h4><p>%s</p></div></div>
                        <div class="info-card"><div class="card-content"><h4>อีเมล</h4><p>%s</p></div></div>
                        <div class="info-card"><div class="card-content"><h4>โทร</h4><p>%s</p></div></div>
                        <div class="info-card"><div class="card-content"><h4>โทรสาร</h4><p>%s</p></div></div>
                        <div class="info-card"><div class="card-content"><h4>เวลาทำการ</h4><p>จันทร์ - ศุกร์ 08.00 - 16.00 น.</p></div></div>
                    </div>
                </div>
                <div class="map-section">
                    <h4>แผนที่ตั้งสำนักงานเขต</h4>
                    <img src="/assets/img/map_ksw.png" alt="แผนที่สำนักงานเขตคลองสามวา" class="img-fluid">
                    <iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3874.0!2d100.7286!3d13.8574" width="100%%" height="350" style="border:0;" allowfullscreen="" loading="lazy"></iframe>
                    <p><a href="https://maps.google.com/?q=สำนักงานเขตคลองสามวา">เปิดใน Google Maps</a></p>
                </div>
            </div>
        </div>
    </section><!-- /Contact Section -->
""" % (ADDRESS, EMAIL, PHONE, FAX)
    write_page("contact/index.html", "ติดต่อเรา", main)

    # ---- departments -------------------------------------------------------
    cards = ""
    for slug, name in DIVS:
        href = "/departments/%s/" % slug if slug in ("admin", "registration", "finance", "revenue", "works") else "#"
        cards += """                <div class="col-lg-4 col-md-6"><div class="department-card"><h3><a href="%s">%s</a></h3>
                    <p>%s สำนักงานเขตคลองสามวา</p></div></div>
""" % (href, name, name)
    main = page_title_block("ฝ่ายต่าง ๆ", "หน่วยงานภายในสำนักงานเขต") + """
    <section id="departments" class="departments section">
        <div class="container"><div class="row gy-4">
%s        </div></div>
    </section>
""" % cards
    write_page("departments.html", "ฝ่ายต่าง ๆ", main)
    dutydesc = {
        "admin": "รับผิดชอบงานธุรการ สารบรรณ การเจ้าหน้าที่ งานประชาสัมพันธ์ และงานเลือกตั้ง",
        "registration": "ให้บริการทะเบียนราษฎร บัตรประจำตัวประชาชน และทะเบียนทั่วไป เปิดบริการวันเสาร์ครึ่งวัน",
        "finance": "งานการเงิน บัญชี งบประมาณ และงานพัสดุ",
        "revenue": "จัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย และค่าธรรมเนียมต่าง ๆ",
        "works": "ควบคุมอาคาร ซ่อมบำรุงถนน ทางเท้า และท่อระบายน้ำ",
    }
    for slug, name in DIVS:
        if slug in dutydesc:
            simple("departments/%s/index.html" % slug, name, name, """                            <p>%s</p>
                            <p>โทรศัพท์ 02-548-7312 ต่อ %d</p>
                            <p><a href="/departments.html">กลับ</a></p>""" % (dutydesc[slug], 100 + 10 * [s for s, _ in DIVS].index(slug)))

    # ---- manuals (O6: 4 of 10) --------------------------------------------
    linked = {"admin": "o6-1-68.pdf", "registration": "o6-2-68.pdf", "finance": "o6-3-68.pdf", "revenue": "o6-4-68.pdf"}
    rows = ""
    for i, (slug, name) in enumerate(DIVS, 1):
        if slug in linked:
            cell = '<a href="/assets/document/pdf/%s" target="_blank">เปิดเอกสาร</a>' % linked[slug]
        else:
            cell = '<span style="color:#999">อยู่ระหว่างปรับปรุง</span>'
        rows += "<tr><td>%d</td><td>คู่มือการปฏิบัติงาน %s</td><td>%s</td></tr>\n" % (i, name, cell)
    simple("manual/index.html", "คู่มือการปฏิบัติงาน", "คู่มือการปฏิบัติงาน สำนักงานเขตคลองสามวา", """                            <table class="table table-bordered">
                                <thead><tr><th>ที่</th><th>รายการ</th><th>เอกสาร</th></tr></thead>
                                <tbody>
%s                                </tbody>
                            </table>""" % rows)

    # ---- services / tracking ----------------------------------------------
    simple("services/index.html", "บริการออนไลน์ (E-Service)", "บริการออนไลน์ (E-Service)", """                            <p>ประชาชนสามารถขอรับบริการของสำนักงานเขตคลองสามวาผ่านระบบออนไลน์ได้ ดังนี้</p>
                            <ul>
                                <li><a href="https://official.bangkok.go.th/oss/">BMA OSS - ยื่นคำขออนุญาตออนไลน์ (ก่อสร้างอาคาร / สาธารณสุข / ป้าย)</a></li>
                                <li><a href="https://bmaq.bangkok.go.th/">BMA Q - จองคิวล่วงหน้างานทะเบียนและงานรายได้</a></li>
                                <li><a href="https://tax.bangkok.go.th/">ชำระภาษีที่ดินและสิ่งปลูกสร้างออนไลน์</a></li>
                                <li><a href="https://www.traffy.in.th/">Traffy Fondue - แจ้งปัญหาเมือง</a></li>
                                <li><a href="/tracking/">ตรวจสอบสถานะคำขอใบอนุญาต (Tracking System)</a></li>
                            </ul>
                            <img src="assets/img/eservice.png" alt="e-service">""")
    simple("tracking/index.html", "Tracking System", "ระบบติดตามสถานะการขอใบอนุญาต (Tracking System)", """                            <p>กรอกเลขที่คำขอที่ได้รับจากระบบ BMA OSS หรือจากเจ้าหน้าที่ เพื่อตรวจสอบสถานะการพิจารณาคำขอใบอนุญาต</p>
                            <form action="https://official.bangkok.go.th/oss/tracking" method="get">
                                <label>เลขที่คำขอ</label> <input type="text" name="req" placeholder="เช่น KSW-68-00123">
                                <button type="submit">ตรวจสอบ</button>
                            </form>
                            <h4>ขั้นตอนสถานะ</h4>
                            <ol>
                                <li>รับคำขอ</li><li>ตรวจสอบเอกสาร</li><li>ตรวจสถานที่</li><li>เสนอพิจารณาอนุญาต</li><li>ออกใบอนุญาต / แจ้งผล</li>
                            </ol>
                            <p>สอบถามเพิ่มเติม ฝ่ายโยธา โทร 02-548-7312 ต่อ 150 , ฝ่ายสิ่งแวดล้อมและสุขาภิบาล ต่อ 170</p>""")

    # ---- complaint ----------------------------------------------------------
    simple("complaint/index.html", "ร้องเรียน/ร้องทุกข์", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", """                            <p>หากพบเห็นเจ้าหน้าที่ของสำนักงานเขตคลองสามวาเรียกรับเงินหรือประพฤติมิชอบ สามารถแจ้งได้ทางช่องทางต่อไปนี้ ผู้แจ้งจะได้รับการปกปิดข้อมูล</p>
                            <ol>
                                <li>ด้วยตนเอง ณ ฝ่ายปกครอง ชั้น 2 สำนักงานเขตคลองสามวา</li>
                                <li>โทรศัพท์ 02-548-7312 ต่อ 101 หรือสายตรงผู้อำนวยการเขต 02-548-7310</li>
                                <li>ไปรษณีย์ ถึง ผู้อำนวยการเขตคลองสามวา เลขที่ 9 ถนนสุวินทวงศ์ แขวงบางชัน กรุงเทพฯ 10510</li>
                                <li>อีเมล khlongsamwa.saraban@bangkok.go.th</li>
                                <li>Traffy Fondue <a href="https://www.traffy.in.th/">www.traffy.in.th</a></li>
                                <li>ศูนย์รับเรื่องราวร้องทุกข์กรุงเทพมหานคร โทร 1555</li>
                            </ol>""")

    # ---- procurement --------------------------------------------------------
    mlist = [("2567-10", "ตุลาคม 2567"), ("2567-11", "พฤศจิกายน 2567"), ("2567-12", "ธันวาคม 2567"),
             ("2568-01", "มกราคม 2568"), ("2568-02", "กุมภาพันธ์ 2568"), ("2568-03", "มีนาคม 2568")]
    ml = "".join('                                <li><a href="/assets/document/pdf/o15-%s.pdf">สรุปผลการจัดซื้อจัดจ้าง เดือน%s</a></li>\n' % (k, t) for k, t in mlist)
    simple("procurement/index.html", "ประกาศจัดซื้อจัดจ้าง", "ประกาศจัดซื้อจัดจ้าง ปีงบประมาณ 2568", """                            <h4>ประกาศ</h4>
                            <ul>
                                <li>[22/10/2567] <a href="/assets/document/pdf/o15-p2-68.pdf">ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568</a></li>
                                <li>[18/11/2567] <a href="/assets/document/pdf/o15-p1-68.pdf">ประกาศผู้ชนะการเสนอราคา จ้างเหมาล้างท่อระบายน้ำซอยคู้บอน 27</a></li>
                                <li>[11/03/2568] <a href="/assets/document/pdf/o15-p3-68.pdf">ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุก่อสร้าง จำนวน 12 รายการ</a></li>
                                <li>ดูประกาศทั้งหมดได้ที่ <a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch">ระบบ e-GP</a> และ <a href="https://www.bangkok.go.th/procurement">e-GPBMA</a></li>
                            </ul>
                            <h4>สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)</h4>
                            <ul>
%s                            </ul>""" % ml)

    # ---- jobs ----------------------------------------------------------------
    main = page_title_block("รับสมัครงาน") + """
        <div class="title-wrapper">
            <h2>ประกาศรับสมัครบุคคลเพื่อจ้างเป็นลูกจ้างชั่วคราว ตำแหน่ง พนักงานกวาดถนน</h2>
        </div>
            <p>ประกาศ ณ วันที่ 10 มีนาคม 2568 รับสมัครระหว่างวันที่ 17 - 28 มีนาคม 2568 ดังรายละเอียดต่อไปนี้</p>

<div style="width: 100%; max-width: 900px; margin: auto;">
  <iframe
    src="/assets/document/pdf/post-1.pdf"
    style="width: 100%; height: 160vh; border: none;"
    loading="lazy">
  </iframe>
</div>
<p><a href="/assets/document/pdf/post-1.pdf">ดาวน์โหลดประกาศ (PDF)</a></p>
"""
    write_page("jobs/index.html", "รับสมัครงาน", main)

    # ---- tourism / gallery / faq / template leftovers -----------------------
    simple("tourism/index.html", "สถานที่ท่องเที่ยว", "สถานที่ท่องเที่ยวในเขตคลองสามวา", """                            <h4>ตลาดน้ำคลองสามวา</h4>
                            <p>ตลาดริมคลองเปิดทุกเสาร์-อาทิตย์ มีอาหารพื้นบ้านและสินค้าชุมชน</p>
                            <img src="/assets/img/gallery/gallery-3.jpg" class="img-fluid" alt="">
                            <h4>สวนน้ำเสรีไทยบางชัน</h4>
                            <p>พื้นที่พักผ่อนริมบึง เหมาะสำหรับปั่นจักรยานและชมนกในช่วงเย็น</p>
                            <h4>มัสยิดเก่าแก่ริมคลองสามวา</h4>
                            <p>ชุมชนมุสลิมดั้งเดิมที่ตั้งถิ่นฐานริมคลองมากว่าร้อยปี</p>""")
    gal = "".join('<div class="col-lg-3 col-md-4"><a href="/assets/img/gallery/gallery-%d.jpg" class="glightbox"><img src="/assets/img/gallery/gallery-%d.jpg" class="img-fluid" alt=""></a></div>\n' % (i, i) for i in range(1, 9))
    main = page_title_block("ภาพกิจกรรม", "ภาพกิจกรรม") + """
    <section id="gallery" class="gallery section"><div class="container"><div class="row g-0">
%s    </div></div></section>
""" % gal
    write_page("gallery.html", "Gallery", main)
    simple("faq.html", "คำถามที่พบบ่อย", "คำถามที่พบบ่อย (FAQ)", """                            <h4>ทำบัตรประชาชนต้องใช้อะไรบ้าง?</h4>
                            <p>ใช้บัตรเดิม หรือทะเบียนบ้านฉบับเจ้าบ้าน กรณีบัตรหายใช้หลักฐานแจ้งความ</p>
                            <h4>ชำระภาษีที่ดินได้ถึงเมื่อไร?</h4>
                            <p>ภายในเดือนเมษายนของทุกปี หรือตามที่กรุงเทพมหานครประกาศขยายเวลา</p>
                            <h4>แจ้งไฟดับ/ถนนชำรุดได้ที่ไหน?</h4>
                            <p>แจ้งผ่าน Traffy Fondue หรือโทร 02-548-7312</p>""", title="FAQ")
    simple("privacy.html", "Privacy", "Privacy Policy", "                            <p>Lorem ipsum dolor sit amet, consectetur adipiscing elit. Nulla facilisi.</p>")
    simple("terms.html", "Terms", "Terms of Service", "                            <p>Lorem ipsum dolor sit amet, consectetur adipiscing elit. Quisque vitae.</p>")
    news_pages()
    ita68()
    ita67()


def build_images():
    save_img(Image.new("RGB", (64, 64), (31, 95, 168)), "assets/img/logo_ksw.png")
    save_img(person_img(11), "assets/img/person/director.jpg", quality=80)
    for i in range(1, 9):
        save_img(photo_img(100 + i), "assets/img/gallery/gallery-%d.jpg" % i, quality=70)
    save_img(photo_img(7, 1600, 700), "assets/img/health/bgksw.jpg", quality=70)
    ic = Image.new("RGB", (48, 48), (200, 30, 30))
    ImageDraw.Draw(ic).text((8, 16), "PDF", fill="white")
    save_img(ic, "assets/img/clients/pdf.webp")
    ic = Image.new("RGB", (48, 48), (30, 130, 60))
    ImageDraw.Draw(ic).text((8, 16), "XLS", fill="white")
    save_img(ic, "assets/img/clients/xls.webp")
    m = photo_img(55, 900, 500, "สำนักงานเขตคลองสามวา ถ.สุวินทวงศ์")
    d = ImageDraw.Draw(m)
    d.line([(0, 250), (900, 230)], fill=(250, 250, 250), width=14)
    d.ellipse([430, 200, 470, 240], fill=(220, 0, 0))
    save_img(m, "assets/img/map_ksw.png")


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    build_images()
    build_docs()
    build_pages()
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nDisallow: \n")
    with open(os.path.join(SITE, "Readme.txt"), "w") as f:
        f.write("Thanks for downloading this template!\n\nTemplate Name: Clinic\nTemplate URL: https://bootstrapmade.com/\nAuthor: BootstrapMade.com\nLicense: https://bootstrapmade.com/license/\n")
    meta = {
        "framework": "bma-2567",
        "as_of": "2025-04-25",
        "start": "/",
        "name_th": DISTRICT,
        "author": "blind",
        "set": "held-out-10",
        "style": STYLE,
        "server": {"redirects": {"/ita": "/ita68/"}},
    }
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    print("pages:", len(PAGES))


STYLE = (
    "Imitates the real โรงพยาบาลพิชัย ITA-2568 site: a BootstrapMade hospital template re-skinned for a Bangkok district "
    "(template comments, Lorem-ipsum leftovers, 'Home' breadcrumbs, relative asset paths that 404 from sub-folders, "
    "menu href '/history ' with a trailing space, empty <title> on the ITA page). All OIT evidence hangs off one long page /ita68/ "
    "with a sidebar of onclick buttons O1..O22 and PDF-icon lists ('1.1.' doc-codes). Traps: O1 laws row has a PDF icon and "
    "'เอกสารประกอบ' but no link (incomplete); O2 and O20 PDFs are page images with a Word-2007 text layer that loses every ำ; "
    "O3 link is '/school/ ' with a trailing space (works in browsers); O4 news stops at ก.ย. 2567 while a 2568 job notice sits on the "
    "home page (stale); O5 link text says 2568 but the file is the 2567 plan and 2566 report (stale); O6 /manual/ has 4 of 10 "
    "division manuals (incomplete); O7 text layer turns every า into ำ; O8 evidence is external e-service links; O9 section is "
    "commented out although o9-68.pdf exists (missing); O10 is an .xlsx; O11 links o11-68.pdf but the file is o11.pdf (broken); "
    "O12 only an onclick button on the ITA page, /tracking/ also linked from /services/ (pass); O13 plan is a scan with a garbage "
    "English OCR layer; O14 heading names community subsidies but no such data (incomplete); O15 all six monthly สขร.1 present but "
    "lacking the reason and contract-number columns (incomplete); O16 is a .docx; O17 all-zero statistics; O18 report link 404; "
    "O19 two rows link the same PDF; O20 code written '0๒๐'; O21 heading with no documents (missing); O22 pass, with an /ita67/ "
    "page of older documents as stale lures."
)

if __name__ == "__main__":
    main()
