#!/usr/bin/env python3
"""Generate site/ for the 'site_builder' fixture (สำนักงานเขตสะพานสูง, bma-2567, as_of 2025-06-10).

A site exported from a Google-Sites-like website builder: nested divs with generated class
names, no <h1>-<h6>, Thai text split into formatting runs, links wrapped through /url?q=...
(302) and /s/XXXX short links (302), documents in viewer iframes (/_/viewer?id=..., served by
meta.json server.files) with separate "เปิดไฟล์" links, and a duplicated mobile menu.
Deterministic: run with /work/blindenv/bin/python _make.py
"""
import hashlib
import html
import io
import json
import os
import shutil
import urllib.parse
import zipfile

from PIL import Image, ImageDraw, ImageFont
from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Image as RLImage, PageBreak, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)
import openpyxl
from openpyxl.styles import Font, Alignment

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
FONTDIR = "/usr/share/fonts/truetype/tlwg/"
pdfmetrics.registerFont(TTFont("Norasi", FONTDIR + "Norasi.ttf"))
pdfmetrics.registerFont(TTFont("Norasi-Bold", FONTDIR + "Norasi-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Garuda", FONTDIR + "Garuda.ttf"))
pdfmetrics.registerFont(TTFont("Garuda-Bold", FONTDIR + "Garuda-Bold.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("Norasi", normal="Norasi", bold="Norasi-Bold", italic="Norasi", boldItalic="Norasi-Bold")
registerFontFamily("Garuda", normal="Garuda", bold="Garuda-Bold", italic="Garuda", boldItalic="Garuda-Bold")

DISTRICT = "สำนักงานเขตสะพานสูง"
TH_DIG = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    return str(s).translate(TH_DIG)


REDIRECTS = {}
FILES = {}
STATUS = {}


# ---------------------------------------------------------------- helpers: files
def out(rel):
    p = os.path.join(SITE, rel.lstrip("/"))
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps so output is byte-stable."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>2024-10-15T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def font(size, bold=False):
    return ImageFont.truetype(FONTDIR + ("Garuda-Bold.ttf" if bold else "Garuda.ttf"), size)


# ---------------------------------------------------------------- helpers: PDF
def _styles(fam):
    b = fam + "-Bold"
    return {
        "title": ParagraphStyle("title", fontName=b, fontSize=17, leading=26, alignment=TA_CENTER, spaceAfter=6),
        "sub": ParagraphStyle("sub", fontName=fam, fontSize=14, leading=21, alignment=TA_CENTER, spaceAfter=6),
        "h": ParagraphStyle("h", fontName=b, fontSize=14.5, leading=22, spaceBefore=8, spaceAfter=3),
        "p": ParagraphStyle("p", fontName=fam, fontSize=13, leading=20, firstLineIndent=24, spaceAfter=3),
        "li": ParagraphStyle("li", fontName=fam, fontSize=13, leading=20, leftIndent=20, bulletIndent=6),
        "cell": ParagraphStyle("cell", fontName=fam, fontSize=10.5, leading=14),
        "cellb": ParagraphStyle("cellb", fontName=b, fontSize=10.5, leading=14, alignment=TA_CENTER),
        "sign": ParagraphStyle("sign", fontName=fam, fontSize=13, leading=20, alignment=TA_CENTER, leftIndent=220),
        "right": ParagraphStyle("right", fontName=fam, fontSize=12, leading=18, alignment=TA_RIGHT),
    }


def esc(t):
    return html.escape(t, quote=False)


def make_pdf(rel, blocks, land=False, fam="Norasi", title="", author=DISTRICT):
    path = out(rel)
    st = _styles(fam)
    size = landscape(A4) if land else A4
    doc = SimpleDocTemplate(path, pagesize=size, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm, title=title, author=author,
                            creator="Microsoft Word 2016", subject=title)
    avail = size[0] - 36 * mm
    flow = []
    for b in blocks:
        k = b[0]
        if k in ("title", "sub", "h", "p", "right"):
            flow.append(Paragraph(esc(b[1]), st[k]))
        elif k == "li":
            for t in b[1]:
                flow.append(Paragraph(esc(t), st["li"], bulletText="•"))
        elif k == "sign":
            flow.append(Spacer(1, 14))
            for t in b[1]:
                flow.append(Paragraph(esc(t), st["sign"]))
        elif k == "sp":
            flow.append(Spacer(1, b[1]))
        elif k == "pb":
            flow.append(PageBreak())
        elif k == "img":
            flow.append(RLImage(out(b[1]), width=b[2], height=b[3]))
        elif k == "table":
            rows = b[1]
            widths = b[2] if len(b) > 2 and b[2] else None
            if widths:
                tot = sum(widths)
                widths = [w * avail / tot for w in widths]
            data = []
            for i, r in enumerate(rows):
                data.append([Paragraph(esc(str(c)), st["cellb"] if i == 0 else st["cell"]) for c in r])
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef7")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            flow.append(t)
            flow.append(Spacer(1, 6))
    doc.build(flow)


# ---------------------------------------------------------------- helpers: builder HTML
def gcls(seed, n=2):
    h = hashlib.md5(seed.encode()).hexdigest()
    alpha = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    parts = []
    for i in range(n):
        chunk = h[i * 6:(i + 1) * 6]
        parts.append("".join(alpha[int(chunk[j:j + 2], 16) % 52] for j in range(0, 6, 2)) +
                     alpha[int(h[20 + i], 16) % 52] + alpha[int(h[24 + i], 16) % 52])
    return " ".join(parts)


COMBINING = set(chr(c) for c in list(range(0x0E31, 0x0E32)) + list(range(0x0E34, 0x0E3B)) + list(range(0x0E47, 0x0E4F)))
COMBINING.add("\u0E33")


def runs(text, seed, style_cycle=None):
    """Split text into several <span> runs mid-phrase, as builders do with formatting runs."""
    h = hashlib.sha1((seed + text).encode()).digest()
    cuts = []
    n = len(text)
    if n > 6:
        k = 1 + h[0] % 3
        for i in range(k):
            pos = 2 + h[i + 1] % max(1, n - 3)
            while pos < n and (text[pos] in COMBINING or text[pos - 1] == " "):
                pos += 1
            if 0 < pos < n:
                cuts.append(pos)
    cuts = sorted(set(cuts))
    pieces = []
    last = 0
    for c in cuts + [n]:
        if c > last:
            pieces.append(text[last:c])
            last = c
    styles = style_cycle or ["", "font-weight:700;", "", "color:#1f3864;"]
    outp = []
    for i, p in enumerate(pieces):
        s = styles[i % len(styles)]
        outp.append('<span class="C9DxTc %s" style="font-family:\'Sarabun\',\'Prompt\';%s">%s</span>'
                    % (gcls(seed + str(i), 1), s, html.escape(p)))
        if h[(i + 5) % 20] % 4 == 0:
            outp.append('<span class="C9DxTc">&#8203;</span>')
    return "".join(outp)


def heading(text, seed, size=22, role=False):
    r = ' role="heading" aria-level="3"' if role else ""
    return ('<div class="%s" style="padding:6px 0;"><div class="%s"%s style="font-size:%dpt;line-height:1.4;'
            'color:#0b3d91;font-weight:400;margin:14px 0 4px;">%s</div></div>'
            % (gcls(seed + "hw"), gcls(seed + "h", 3), r, size, runs(text, seed)))


def para(text, seed, small=False):
    return ('<div class="%s"><p dir="ltr" class="zfr3Q CDt4Ke" style="margin:2px 0;font-size:%spt;'
            'line-height:1.6;">%s</p></div>' % (gcls(seed + "p"), "10.5" if small else "12", runs(text, seed, ["", "", "font-style:italic;"])))


USG = lambda s: "AOvVaw" + hashlib.md5(s.encode()).hexdigest()[:22]


def wrap_url(target):
    q = urllib.parse.quote(target, safe="")
    raw = "/url?q=%s&sa=D&sntz=1&usg=%s" % (q, USG(target))
    REDIRECTS[raw] = target
    return raw


def short(code, target):
    REDIRECTS["/s/" + code] = target
    return "/s/" + code


def alink(label, href, seed, icon=False, aria=None):
    a = ' aria-label="%s"' % aria if aria else ""
    if icon:
        inner = ('<svg width="18" height="18" viewBox="0 0 24 24" focusable="false"><path d="M19 19H5V5h7V3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 '
                 '2 2h14c1.1 0 2-.9 2-2v-7h-2v7zM14 3v2h3.59l-9.83 9.83 1.41 1.41L19 6.41V10h2V3h-7z"></path></svg>')
    else:
        inner = runs(label, seed, ["text-decoration:underline;color:#1155cc;", "text-decoration:underline;color:#1155cc;font-weight:700;"])
    return ('<div class="%s" style="margin:4px 0;"><a class="XqQF9c" href="%s" target="_blank"%s>%s</a></div>'
            % (gcls(seed + "a"), html.escape(href), a, inner))


def viewer(vid, file_rel, name, seed):
    raw = "/_/viewer?id=%s&embedded=true" % vid
    FILES[raw] = {"file": "_viewer/%s.html" % vid, "headers": {"Content-Type": "text/html; charset=utf-8"}}
    vh = ('<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>%s</title>'
          '<style>body{margin:0;background:#525659}.ndfHFb-c4YZDc-Wrql6b{height:100vh}'
          '.ndfHFb-c4YZDc-to915{background:#323639;color:#fff;padding:6px 10px;font:13px sans-serif}'
          '.ndfHFb-c4YZDc-to915 a{color:#8ab4f8;float:right}</style></head><body>'
          '<div class="ndfHFb-c4YZDc ndfHFb-c4YZDc-Wrql6b"><div class="ndfHFb-c4YZDc-to915" role="toolbar">'
          '<span class="ndfHFb-c4YZDc-Wrql6b-V1ur5d">%s</span>'
          '<a class="ndfHFb-c4YZDc-to915-LgbsSe" href="%s" download aria-label="ดาวน์โหลด">ดาวน์โหลด</a></div>'
          '<embed src="%s#toolbar=0&amp;navpanes=0" type="application/pdf" width="100%%" height="94%%">'
          '</div></body></html>' % (html.escape(name), html.escape(name), file_rel, file_rel))
    with open(out("_viewer/%s.html" % vid), "w", encoding="utf-8") as f:
        f.write(vh)
    return ('<div class="%s" style="margin:8px 0;"><div class="%s" style="position:relative;width:100%%;'
            'padding-top:60%%;"><iframe class="YMEQtf" src="%s" allow="autoplay" frameborder="0" '
            'style="position:absolute;top:0;left:0;width:100%%;height:100%%;border:1px solid #ddd;" '
            'title="%s" aria-label="%s"></iframe></div></div>'
            % (gcls(seed + "v"), gcls(seed + "vv", 3), html.escape(raw), html.escape(name), html.escape(name)))


NAV = [
    ("หน้าแรก", "/", []),
    ("เกี่ยวกับเรา", "/about/", []),
    ("ข่าวกิจกรรม", "/news/", []),
    ("บริการออนไลน์", "/e-service/", []),
    ("โรงเรียนในพื้นที่", "/schools/", []),
    ("ITA", "/ita-2568/", [("การเปิดเผยข้อมูลสาธารณะ ๒๕๖๘", "/ita-2568/"),
                           ("คู่มือการปฏิบัติงาน", "/ita-2568/manuals/"),
                           ("ITA ๒๕๖๗ (ปีที่ผ่านมา)", "/ita-2567/")]),
    ("ติดต่อเรา", "/contact/", []),
]

CSS = """
body{margin:0;font-family:'Sarabun','Prompt',Tahoma,sans-serif;background:#f4f6fa;color:#222}
.BbxBP{display:flex;align-items:center;justify-content:space-between;background:#0b3d91;padding:10px 28px}
.JzO0Vc ul{list-style:none;margin:0;padding:0;display:flex}.JzO0Vc li{position:relative;margin:0 10px}
.JzO0Vc a{color:#fff;text-decoration:none;font-size:15px}.JzO0Vc ul ul{display:none;position:absolute;background:#fff;min-width:220px}
.JzO0Vc li:hover ul{display:block}.JzO0Vc ul ul a{color:#0b3d91;display:block;padding:6px 10px}
.Mkt3Tc{display:none}.Xb9hP{display:none}
@media (max-width:760px){.JzO0Vc{display:none}.Mkt3Tc{display:block}.Xb9hP.open{display:block}}
.LS81yb{max-width:980px;margin:0 auto;background:#fff;padding:18px 36px 40px}
.fktJzd{background:#1b2a47;color:#dfe6f3;padding:18px 28px;font-size:13px}
"""


def nav_html():
    def items(mobile):
        outp = []
        for label, href, sub in NAV:
            sc = gcls(label + str(mobile))
            if mobile:
                outp.append('<li class="%s"><div class="PsKE7e"><a class="aJHbb hDrhEe" href="%s" data-url="%s">%s</a></div>'
                            % (sc, href, href, html.escape(label)))
                if sub:
                    outp.append('<ul class="oGuwee">' + "".join(
                        '<li><a class="aJHbb" href="%s">%s</a></li>' % (h, html.escape(l)) for l, h in sub) + "</ul>")
                outp.append("</li>")
            else:
                outp.append('<li class="VsJjtf %s"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf"><div class="I35ICb">'
                            '<a class="aJHbb dk90Ob hDrhEe HlqNPb" href="%s" data-url="%s">%s</a></div></div>'
                            % (sc, href, href, html.escape(label)))
                if sub:
                    outp.append('<ul class="VcS63b">' + "".join(
                        '<li class="VsJjtf"><a class="aJHbb dk90Ob" href="%s">%s</a></li>' % (h, html.escape(l)) for l, h in sub) + "</ul>")
                outp.append("</li>")
        return "".join(outp)
    return ('<nav class="JzO0Vc" aria-label="เมนูหลัก"><ul class="jgXgSe HlqNPb">%s</ul></nav>'
            '<div class="Mkt3Tc"><div role="button" class="TlfmSc" aria-label="เปิดเมนูนำทาง" tabindex="0" '
            'onclick="document.querySelector(\'.Xb9hP\').classList.toggle(\'open\')">'
            '<svg width="24" height="24" viewBox="0 0 24 24"><path d="M3 18h18v-2H3v2zm0-5h18v-2H3v2zm0-7v2h18V6H3z" fill="#fff"></path></svg>'
            '</div></div>' % items(False),
            '<div class="Xb9hP" role="navigation" aria-label="เมนูนำทาง (มือถือ)"><ul class="Zjiec">%s</ul></div>' % items(True))


def page(rel, title, body_parts):
    navd, navm = nav_html()
    header = ('<div id="atIdViewHeader"><div class="BbxBP %s" style="min-height:64px;">'
              '<div class="Nnv3oe"><a href="/" class="lhZOrc" aria-label="หน้าแรก"><img src="/img/logo.png" alt="" '
              'style="height:48px;vertical-align:middle;"></a><span class="%s" style="color:#fff;font-size:19px;'
              'margin-left:10px;vertical-align:middle;">%s</span></div>%s</div>%s</div>'
              % (gcls("hdr"), gcls("hdrt", 1), runs(DISTRICT + " กรุงเทพมหานคร", "brand",
                                                     ["color:#fff;", "color:#ffd966;"]), navd, navm))
    footer = ('<div class="fktJzd %s"><div class="%s">%s</div><div class="%s">%s</div>'
              '<div style="margin-top:6px;opacity:.7">สร้างด้วยเครื่องมือสร้างเว็บไซต์ · รายงานการละเมิด · '
              '<span>อัปเดตล่าสุด ๓ มิ.ย. ๒๕๖๘</span></div></div>'
              % (gcls("ft"), gcls("ft1"), runs("สำนักงานเขตสะพานสูง ๒๙๕ ถนนสุขาภิบาล ๓ แขวงสะพานสูง เขตสะพานสูง กรุงเทพฯ ๑๐๒๔๐", "ft1"),
                 gcls("ft2"), runs("โทร ๐๒-๕๑๗-๔๑๒๐ ต่อ ๖๒๐๕ · saphansung@bangkok.go.th", "ft2")))
    body = "".join(body_parts)
    doc = ('<!DOCTYPE html><html lang="th" dir="ltr"><head><meta charset="utf-8">'
           '<meta name="viewport" content="width=device-width, initial-scale=1">'
           '<meta name="generator" content="Sites Builder 4.2">'
           '<title>%s - %s</title><style>%s</style></head>'
           '<body class="%s"><div class="UtePc RCETm" id="yDmH0d"><div class="%s">%s'
           '<div role="main" tabindex="-1" class="UtePc RCETm LS81yb"><div class="%s"><section class="yaqOZd">'
           '<div class="%s"><div class="%s">%s</div></div></section></div></div>%s</div></div>'
           '<script>window.WIZ_global_data={"sid":"sps-%s"};</script></body></html>'
           % (html.escape(title), DISTRICT, CSS, gcls("body"), gcls(rel + "w"), header,
              gcls(rel + "m"), gcls(rel + "s"), gcls(rel + "c", 3), body, footer,
              hashlib.md5(rel.encode()).hexdigest()[:10]))
    p = out(rel + "index.html") if rel.endswith("/") else out(rel)
    with open(p, "w", encoding="utf-8") as f:
        f.write(doc)


def section(*parts, seed="s"):
    return '<div class="%s" style="margin:12px 0;padding:10px 14px;border-left:3px solid #d9e2f3;"><div class="%s">%s</div></div>' % (
        gcls(seed + "sec"), gcls(seed + "sec2", 3), "".join(parts))


# ---------------------------------------------------------------- images
def make_images():
    im = Image.new("RGB", (160, 160), "#0b3d91")
    d = ImageDraw.Draw(im)
    d.ellipse((10, 10, 150, 150), outline="#ffd966", width=6)
    d.text((80, 80), "สส", font=font(54, True), fill="#ffffff", anchor="mm")
    im.save(out("img/logo.png"))
    # portraits
    for i, col in enumerate(["#8fa9d6", "#c9a2c8", "#b9c9a1"]):
        im = Image.new("RGB", (240, 300), col)
        d = ImageDraw.Draw(im)
        d.ellipse((70, 40, 170, 150), fill="#f1d3b6")
        d.rectangle((40, 170, 200, 300), fill="#23395d")
        d.polygon([(120, 170), (100, 230), (140, 230)], fill="#ffffff")
        im.save(out("img/exec%d.jpg" % (i + 1)), quality=85)
    # structure chart
    im = Image.new("RGB", (1200, 620), "white")
    d = ImageDraw.Draw(im)
    f1, f2 = font(22, True), font(17)

    def box(x, y, w, h, t, f, fill="#dce6f5"):
        d.rectangle((x, y, x + w, y + h), fill=fill, outline="#0b3d91", width=2)
        for j, line in enumerate(t.split("\n")):
            d.text((x + w / 2, y + 18 + j * 24), line, font=f, fill="#111", anchor="mm")
    box(470, 20, 260, 50, "ผู้อำนวยการเขตสะพานสูง", f1, "#ffd966")
    box(300, 110, 260, 50, "ผู้ช่วยผู้อำนวยการเขต", f1)
    box(640, 110, 260, 50, "ผู้ช่วยผู้อำนวยการเขต", f1)
    d.line((600, 70, 600, 100), fill="#0b3d91", width=2)
    d.line((430, 100, 770, 100), fill="#0b3d91", width=2)
    divs = ["ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายรายได้", "ฝ่ายโยธา",
            "ฝ่ายสิ่งแวดล้อม\nและสุขาภิบาล", "ฝ่ายเทศกิจ", "ฝ่ายรักษาความสะอาด\nและสวนสาธารณะ",
            "ฝ่ายการศึกษา", "ฝ่ายพัฒนาชุมชน\nและสวัสดิการสังคม"]
    d.line((600, 160, 600, 220), fill="#0b3d91", width=2)
    d.line((110, 220, 1090, 220), fill="#0b3d91", width=2)
    for i, t in enumerate(divs):
        x = 20 + (i % 5) * 236
        y = 250 + (i // 5) * 170
        d.line((x + 90, 220 if i < 5 else 390, x + 90, y), fill="#0b3d91", width=2)
        box(x, y, 200, 80, t, f2)
    d.line((110, 390, 1090, 390), fill="#0b3d91", width=2)
    im.save(out("img/structure.png"))
    for i, (col, t) in enumerate([("#e2efda", "ลอกท่อ"), ("#fce4d6", "ตรวจร้านอาหาร"), ("#ddebf7", "ประชุมชุมชน"),
                                   ("#fff2cc", "ปลูกต้นไม้")]):
        im = Image.new("RGB", (480, 300), col)
        d = ImageDraw.Draw(im)
        d.text((240, 150), t, font=font(40, True), fill="#333", anchor="mm")
        im.save(out("img/news%d.jpg" % (i + 1)), quality=80)


# ---------------------------------------------------------------- documents
def doc_header(title, sub=None):
    b = [("title", title)]
    if sub:
        b.append(("sub", sub))
    b.append(("sub", DISTRICT + " กรุงเทพมหานคร"))
    b.append(("sp", 8))
    return b


def make_documents():
    # O2 policy
    make_pdf("files/1NQ2pGvPol.pdf", doc_header("นโยบายผู้ว่าราชการกรุงเทพมหานคร", "และการขับเคลื่อนในพื้นที่เขตสะพานสูง ปีงบประมาณ พ.ศ. ๒๕๖๘") + [
        ("h", "๑. วิสัยทัศน์ กรุงเทพฯ เมืองน่าอยู่สำหรับทุกคน"),
        ("p", "ผู้ว่าราชการกรุงเทพมหานคร ได้แถลงนโยบาย ๙ ด้าน ๙ ดี เพื่อเป็นกรอบการทำงานของทุกหน่วยงาน ในสังกัดกรุงเทพมหานคร สำนักงานเขตสะพานสูงได้นำนโยบายดังกล่าว มาแปลงเป็นแผนงานและโครงการในระดับพื้นที่ ดังนี้"),
        ("table", [["นโยบาย", "สาระสำคัญ", "การขับเคลื่อนของสำนักงานเขตสะพานสูง"],
                   ["ปลอดภัยดี", "ลดจุดเสี่ยง ไฟส่องสว่าง ทางเท้า", "สำรวจและแก้ไขจุดเสี่ยง ๓๒ จุด ติดตั้งไฟฟ้าแสงสว่างซอยรามคำแหง ๑๘๗"],
                   ["เดินทางดี", "ทางเท้าเรียบ เชื่อมต่อขนส่งสาธารณะ", "ปรับปรุงทางเท้าถนนสุขาภิบาล ๓ ระยะที่ ๒"],
                   ["สิ่งแวดล้อมดี", "ต้นไม้ล้านต้น คัดแยกขยะ สวน ๑๕ นาที", "ปลูกต้นไม้ริมคลองบางชัน สวนหย่อมชุมชนทับช้าง"],
                   ["สุขภาพดี", "บริการสาธารณสุขใกล้บ้าน", "ประสานศูนย์บริการสาธารณสุข ตรวจคัดกรองผู้สูงอายุ"],
                   ["เรียนดี", "โรงเรียนคุณภาพ ลดความเหลื่อมล้ำ", "สนับสนุนโรงเรียนสังกัดกรุงเทพมหานคร ๖ แห่ง"],
                   ["เศรษฐกิจดี", "หาบเร่แผงลอยเป็นระเบียบ ตลาดชุมชน", "จัดระเบียบจุดผ่อนผัน ๔ จุด ตลาดนัดชุมชน"],
                   ["สังคมดี", "ดูแลกลุ่มเปราะบาง ชุมชนเข้มแข็ง", "ลงทะเบียนผู้พิการ ผู้สูงอายุ กองทุนชุมชน"],
                   ["บริหารจัดการดี", "โปร่งใส ดิจิทัล ลดขั้นตอน", "Traffy Fondue, BMA OSS, เปิดเผยข้อมูลบนเว็บไซต์"],
                   ["สร้างสรรค์ดี", "พื้นที่สร้างสรรค์ กิจกรรมชุมชน", "ถนนคนเดินริมคลอง ดนตรีในสวน"]], [18, 30, 52]),
        ("h", "๒. การติดตามผล"),
        ("p", "สำนักงานเขตรายงานผลการขับเคลื่อนนโยบายผ่านระบบติดตามผลของกรุงเทพมหานคร เป็นประจำทุกเดือน และนำเสนอในที่ประชุมผู้บริหารเขตทุกสัปดาห์"),
    ], title="นโยบายผู้ว่าราชการกรุงเทพมหานคร")
    make_pdf("files/1pL20yrBkk.pdf", doc_header("แผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร") + [
        ("h", "๑. แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี (พ.ศ. ๒๕๖๑ - ๒๕๘๐) ระยะที่ ๓ (พ.ศ. ๒๕๖๖ - ๒๕๗๐)"),
        ("p", "แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี มุ่งสู่วิสัยทัศน์ มหานครแห่งเอเชีย ประกอบด้วย ๗ มิติ ได้แก่ มหานครปลอดภัย มหานครสีเขียว สะดวกสบาย มหานครสำหรับทุกคน มหานครกระชับ มหานครประชาธิปไตย มหานครแห่งเศรษฐกิจและการเรียนรู้ และการบริหารจัดการเมืองมหานคร"),
        ("h", "๒. แผนพัฒนาเขตสะพานสูง (พ.ศ. ๒๕๖๖ - ๒๕๗๐)"),
        ("p", "แผนพัฒนาเขตสะพานสูง จัดทำขึ้นโดยการมีส่วนร่วมของประชาชน คณะกรรมการชุมชน ๓๘ ชุมชน และสภาเขตสะพานสูง เพื่อกำหนดทิศทางการพัฒนาพื้นที่ให้สอดคล้องกับแผนพัฒนากรุงเทพมหานคร"),
        ("table", [["ยุทธศาสตร์เขต", "เป้าหมาย", "ตัวชี้วัด"],
                   ["๑. เขตปลอดภัย", "ลดอุบัติเหตุและอาชญากรรม", "จุดเสี่ยงได้รับการแก้ไข ร้อยละ ๘๐"],
                   ["๒. เขตสีเขียว", "เพิ่มพื้นที่สีเขียว", "พื้นที่สีเขียวเพิ่มขึ้น ๕ ไร่"],
                   ["๓. เขตสำหรับทุกคน", "ดูแลกลุ่มเปราะบาง", "ผู้สูงอายุได้รับการดูแล ร้อยละ ๙๐"],
                   ["๔. บริหารจัดการดี", "บริการรวดเร็ว โปร่งใส", "ความพึงพอใจผู้รับบริการ ร้อยละ ๘๕"]], [25, 40, 35]),
    ], title="แผนพัฒนากรุงเทพมหานคร")
    # O5: labelled 2568 on the page but really FY2567
    projects67 = [["ลำดับ", "โครงการ/กิจกรรม", "งบประมาณ (บาท)", "ระยะเวลา", "ฝ่ายที่รับผิดชอบ"]]
    for i, (p, b, t, f) in enumerate([
        ("ปรับปรุงทางเท้าถนนสุขาภิบาล ๓ ระยะที่ ๑", "๔,๘๕๐,๐๐๐", "ม.ค. - มิ.ย. ๒๕๖๗", "ฝ่ายโยธา"),
        ("ลอกท่อระบายน้ำในซอยชุมชน", "๑,๒๐๐,๐๐๐", "ธ.ค. ๒๕๖๖ - เม.ย. ๒๕๖๗", "ฝ่ายโยธา"),
        ("คัดแยกขยะต้นทางในชุมชน", "๓๕๐,๐๐๐", "ต.ค. ๒๕๖๖ - ก.ย. ๒๕๖๗", "ฝ่ายรักษาความสะอาดและสวนสาธารณะ"),
        ("ตรวจสุขลักษณะร้านอาหาร", "๑๘๐,๐๐๐", "พ.ย. ๒๕๖๖ - ส.ค. ๒๕๖๗", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล"),
        ("จัดระเบียบหาบเร่แผงลอย", "๒๕๐,๐๐๐", "ต.ค. ๒๕๖๖ - ก.ย. ๒๕๖๗", "ฝ่ายเทศกิจ"),
        ("ส่งเสริมอาชีพกลุ่มสตรี", "๒๒๐,๐๐๐", "ก.พ. - ก.ค. ๒๕๖๗", "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม"),
        ("ค่ายวิชาการโรงเรียนในสังกัด", "๔๐๐,๐๐๐", "พ.ค. - ส.ค. ๒๕๖๗", "ฝ่ายการศึกษา"),
        ("สำรวจข้อมูลภาษีที่ดินและสิ่งปลูกสร้าง", "๓๐๐,๐๐๐", "ต.ค. ๒๕๖๖ - มี.ค. ๒๕๖๗", "ฝ่ายรายได้"),
    ]):
        projects67.append([th(i + 1), p, b, t, f])
    make_pdf("files/1aPx67PlnQ.pdf", doc_header("แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
                                                 "(๑ ตุลาคม ๒๕๖๖ - ๓๐ กันยายน ๒๕๖๗)") + [
        ("h", "ส่วนที่ ๑ บทนำ"),
        ("p", "สำนักงานเขตสะพานสูง ได้จัดทำแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗ เพื่อใช้เป็นกรอบ ในการดำเนินงานของทุกฝ่าย ให้สอดคล้องกับแผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี และนโยบาย ผู้ว่าราชการกรุงเทพมหานคร"),
        ("h", "ส่วนที่ ๒ โครงการ/กิจกรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"),
        ("table", projects67, [8, 40, 15, 20, 27]),
        ("h", "ส่วนที่ ๓ การติดตามและประเมินผล"),
        ("p", "ให้ทุกฝ่ายรายงานผลการดำเนินงานตามแผนทุกไตรมาส ต่อผู้อำนวยการเขต ผ่านฝ่ายปกครอง"),
        ("sign", ["อนุมัติ ณ วันที่ ๒๐ ตุลาคม ๒๕๖๖", "(นายวรเชษฐ์ ทองมา)", "ผู้อำนวยการเขตสะพานสูง"]),
    ], title="แผนปฏิบัติราชการ 2567")
    rep = [["โครงการ", "เป้าหมาย", "ผลการดำเนินงาน", "ร้อยละ"]]
    for p, g, r, pc in [("ปรับปรุงทางเท้าถนนสุขาภิบาล ๓ ระยะที่ ๑", "๑.๒ กม.", "แล้วเสร็จ ๑.๒ กม.", "๑๐๐"),
                        ("ลอกท่อระบายน้ำในซอยชุมชน", "๑๘ กม.", "๑๖.๕ กม.", "๙๑.๖๗"),
                        ("คัดแยกขยะต้นทางในชุมชน", "๓๘ ชุมชน", "๓๒ ชุมชน", "๘๔.๒๑"),
                        ("ตรวจสุขลักษณะร้านอาหาร", "๔๕๐ ร้าน", "๔๘๒ ร้าน", "๑๐๗.๑๑"),
                        ("จัดระเบียบหาบเร่แผงลอย", "๔ จุด", "๔ จุด", "๑๐๐"),
                        ("ค่ายวิชาการโรงเรียนในสังกัด", "๖ โรงเรียน", "๖ โรงเรียน", "๑๐๐")]:
        rep.append([p, g, r, pc])
    make_pdf("files/1aRp67Rpt.pdf", doc_header("รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗") + [
        ("p", "สำนักงานเขตสะพานสูงขอรายงานผลการปฏิบัติราชการตามแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ระหว่างวันที่ ๑ ตุลาคม ๒๕๖๖ ถึงวันที่ ๓๐ กันยายน ๒๕๖๗ ดังนี้"),
        ("table", rep, [45, 15, 25, 15]),
        ("h", "ปัญหาอุปสรรค"),
        ("p", "การลอกท่อในบางซอยไม่แล้วเสร็จ เนื่องจากฝนตกหนักในช่วงเดือนสิงหาคม ๒๕๖๗ และมีการก่อสร้างของหน่วยงานสาธารณูปโภค ได้ปรับแผนดำเนินการต่อในปีงบประมาณ พ.ศ. ๒๕๖๘"),
        ("sign", ["(นายธนกฤต วงศ์สุวรรณ)", "ผู้อำนวยการเขตสะพานสูง", "๒๕ ตุลาคม ๒๕๖๗"]),
    ], title="รายงานผลการปฏิบัติราชการ 2567")
    # O6 manuals per division
    divs = [("01", "ฝ่ายปกครอง", ["งานสารบรรณและธุรการ", "งานอาสาสมัครและป้องกันภัยฝ่ายพลเรือน", "งานรับเรื่องราวร้องทุกข์"]),
            ("02", "ฝ่ายทะเบียน", ["การแจ้งเกิด แจ้งตาย", "การย้ายที่อยู่", "การทำบัตรประจำตัวประชาชน"]),
            ("03", "ฝ่ายการคลัง", ["การเบิกจ่ายเงิน", "การจัดซื้อจัดจ้าง", "การควบคุมพัสดุ"]),
            ("04", "ฝ่ายรายได้", ["การจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง", "การจัดเก็บภาษีป้าย", "การติดตามลูกหนี้ภาษีค้างชำระ"]),
            ("05", "ฝ่ายโยธา", ["การพิจารณาอนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร", "การซ่อมบำรุงถนนและทางเท้า", "การบำรุงรักษาท่อระบายน้ำ"]),
            ("06", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", ["การออกใบอนุญาตกิจการที่เป็นอันตรายต่อสุขภาพ", "การตรวจสุขลักษณะสถานประกอบการอาหาร", "การระงับเหตุรำคาญ"]),
            ("07", "ฝ่ายเทศกิจ", ["การจัดระเบียบหาบเร่แผงลอย", "การบังคับใช้กฎหมายรักษาความสะอาด", "การตรวจตราพื้นที่"]),
            ("08", "ฝ่ายรักษาความสะอาดและสวนสาธารณะ", ["การเก็บขนมูลฝอย", "การดูแลสวนสาธารณะ", "การกวาดล้างถนน"]),
            ("09", "ฝ่ายการศึกษา", ["การรับนักเรียน", "การนิเทศโรงเรียน", "การจัดสรรงบประมาณโรงเรียน"]),
            ("10", "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", ["การลงทะเบียนเบี้ยยังชีพผู้สูงอายุ", "การจัดตั้งชุมชน", "การสงเคราะห์ผู้ประสบปัญหาทางสังคม"])]
    for code, name, tasks in divs:
        blocks = doc_header("คู่มือการปฏิบัติงาน " + name, "ฉบับปรับปรุง พ.ศ. ๒๕๖๗") + [
            ("h", "๑. วัตถุประสงค์"),
            ("p", "เพื่อให้เจ้าหน้าที่ของ%s ปฏิบัติงานเป็นมาตรฐานเดียวกัน ถูกต้องตามระเบียบ และให้บริการประชาชนได้อย่างรวดเร็ว โปร่งใส ตรวจสอบได้" % name),
            ("h", "๒. ขอบเขตงาน")]
        blocks.append(("li", tasks))
        for j, t in enumerate(tasks):
            blocks += [("h", "%s. ขั้นตอนการปฏิบัติงาน: %s" % (th(j + 3), t)),
                       ("table", [["ขั้นตอน", "รายละเอียด", "ระยะเวลา", "ผู้รับผิดชอบ"],
                                  ["๑", "รับเรื่องและตรวจสอบเอกสาร", "๑ วัน", "เจ้าหน้าที่ผู้รับผิดชอบ"],
                                  ["๒", "พิจารณาตามระเบียบและหลักเกณฑ์", "๓ วัน", "หัวหน้ากลุ่มงาน"],
                                  ["๓", "เสนอผู้มีอำนาจลงนาม", "๑ วัน", "หัวหน้า" + name.replace("ฝ่าย", "ฝ่าย")],
                                  ["๔", "แจ้งผลและจัดเก็บเอกสาร", "๑ วัน", "เจ้าหน้าที่ผู้รับผิดชอบ"]], [12, 48, 15, 25])]
        make_pdf("files/1mnDiv%s.pdf" % code, blocks, title="คู่มือการปฏิบัติงาน " + name)
    # O7 public service manual
    svc = []
    for n, docs_, tm, fee in [("การแจ้งย้ายที่อยู่", "บัตรประจำตัวประชาชน ทะเบียนบ้านฉบับเจ้าบ้าน หนังสือยินยอมเจ้าบ้าน", "๓๐ นาที", "ไม่เสียค่าธรรมเนียม"),
                              ("การขอมีบัตรประจำตัวประชาชน", "สูติบัตร ทะเบียนบ้าน", "๓๐ นาที", "ไม่เสียค่าธรรมเนียม (กรณีสูญหาย ๑๐๐ บาท)"),
                              ("การขออนุญาตก่อสร้างอาคาร (ข.๑)", "แบบแปลน ๕ ชุด โฉนดที่ดิน หนังสือยินยอม", "๔๕ วัน", "ตามกฎกระทรวง"),
                              ("การขอใบอนุญาตจำหน่ายอาหาร", "บัตรประจำตัวประชาชน ใบรับรองแพทย์ รูปถ่าย", "๑๕ วัน", "๒๐๐ - ๓,๐๐๐ บาท"),
                              ("การชำระภาษีป้าย", "แบบ ภ.ป.๑ รูปถ่ายป้าย", "๑ วัน", "ตามอัตราภาษี")]:
        svc += [("h", "งานบริการ: " + n),
                ("table", [["หัวข้อ", "รายละเอียด"], ["ช่องทางการให้บริการ", "ณ สำนักงานเขตสะพานสูง ในวันและเวลาราชการ ๐๘.๓๐ - ๑๖.๓๐ น. หรือผ่านระบบ BMA OSS"],
                           ["ขั้นตอน", "๑) ยื่นคำขอและเอกสาร ๒) เจ้าหน้าที่ตรวจสอบ ๓) พิจารณาอนุมัติ ๔) แจ้งผล"],
                           ["เอกสารที่ต้องใช้", docs_], ["ระยะเวลา", tm], ["ค่าธรรมเนียม", fee],
                           ["ช่องทางร้องเรียน", "ฝ่ายปกครอง โทร ๐๒-๕๑๗-๔๑๒๐ ต่อ ๖๒๐๕"]], [25, 75])]
    make_pdf("files/1mN7cSvcMn.pdf", doc_header("คู่มือสำหรับประชาชน", "งานบริการของสำนักงานเขตสะพานสูง") + svc, title="คู่มือสำหรับประชาชน")
    # O9 tax stats FY2568 (only in viewer)
    months68 = ["ต.ค. ๖๗", "พ.ย. ๖๗", "ธ.ค. ๖๗", "ม.ค. ๖๘", "ก.พ. ๖๘", "มี.ค. ๖๘", "เม.ย. ๖๘"]
    rows = [["เดือน", "ภาษีที่ดินและสิ่งปลูกสร้าง (ราย)", "จำนวนเงิน (บาท)", "ภาษีป้าย (ราย)", "จำนวนเงิน (บาท)"]]
    vals = [(212, 1845300, 35, 120450), (188, 1520110, 41, 98300), (240, 2011870, 29, 87200),
            (265, 2230450, 38, 101900), (402, 5120300, 160, 820400), (615, 9874200, 288, 1452300),
            (820, 12450800, 95, 402100)]
    for m, v in zip(months68, vals):
        rows.append([m, th(v[0]), th(f"{v[1]:,}"), th(v[2]), th(f"{v[3]:,}")])
    make_pdf("files/1tX9TaxSt.pdf", doc_header("ข้อมูลสถิติการจัดเก็บภาษี ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
                                               "ข้อมูล ณ วันที่ ๓๐ เมษายน ๒๕๖๘") + [
        ("table", rows, [16, 24, 20, 18, 22]),
        ("p", "หมายเหตุ ภาษีที่ดินและสิ่งปลูกสร้างครบกำหนดชำระภายในเดือนเมษายน ๒๕๖๘ ข้อมูลจัดทำโดยฝ่ายรายได้ สำนักงานเขตสะพานสูง"),
    ], title="สถิติการจัดเก็บภาษี 2568")
    # O10 revenue stats FY2567 (stale) xlsx
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "รายได้ปี 67"
    ws["A1"] = "สถิติการจัดเก็บรายได้ สำนักงานเขตสะพานสูง ประจำปีงบประมาณ พ.ศ. 2567"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "(1 ตุลาคม 2566 - 30 กันยายน 2567)"
    ws.append([])
    ws.append(["เดือน", "ภาษีที่ดินและสิ่งปลูกสร้าง", "ภาษีป้าย", "ค่าธรรมเนียมใบอนุญาต", "ค่าปรับ", "รวม"])
    m67 = ["ต.ค. 66", "พ.ย. 66", "ธ.ค. 66", "ม.ค. 67", "ก.พ. 67", "มี.ค. 67", "เม.ย. 67", "พ.ค. 67", "มิ.ย. 67",
           "ก.ค. 67", "ส.ค. 67", "ก.ย. 67"]
    for i, m in enumerate(m67):
        a, b, c, d = 1500000 + i * 410000, 90000 + (i % 4) * 30000, 45000 + i * 1200, 8000 + (i % 3) * 2500
        ws.append([m, a, b, c, d, "=SUM(B%d:E%d)" % (i + 5, i + 5)])
    ws.append(["รวม", "=SUM(B5:B16)", "=SUM(C5:C16)", "=SUM(D5:D16)", "=SUM(E5:E16)", "=SUM(F5:F16)"])
    ws.column_dimensions["A"].width = 12
    for c in "BCDEF":
        ws.column_dimensions[c].width = 22
    wb.properties.creator = "ฝ่ายรายได้"
    import datetime
    wb.properties.created = wb.properties.modified = datetime.datetime(2024, 10, 15, 9, 0, 0)
    p = out("files/1rV10Rev.xlsx")
    wb.save(p)
    normalize_zip(p)
    # O11 checklists
    chk = doc_header("รายการตรวจ (Checklist) ในการพิจารณาออกใบอนุญาต")
    for lic, items in [("ใบอนุญาตก่อสร้าง ดัดแปลง หรือรื้อถอนอาคาร", ["แบบคำขอ ข.๑ กรอกครบถ้วน", "แบบแปลนและรายการคำนวณ ลงนามโดยผู้ประกอบวิชาชีพ", "สำเนาโฉนดที่ดินขนาดเท่าต้นฉบับ", "หนังสือยินยอมให้ปลูกสร้างอาคารในที่ดิน", "ระยะร่นและที่ว่างตามกฎกระทรวง", "ตรวจสอบผังเมืองรวมกรุงเทพมหานคร"]),
                       ("ใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ", ["คำขอรับใบอนุญาต (แบบ อ.ภ.๑)", "สำเนาบัตรประจำตัวประชาชน", "แผนที่ตั้งสถานประกอบการ", "ผลตรวจสุขลักษณะสถานที่", "มาตรการป้องกันเหตุรำคาญ"]),
                       ("การอนุญาตจำหน่ายสินค้าในที่หรือทางสาธารณะ", ["คำขอ (แบบ สน.๑)", "รูปถ่าย ๑ นิ้ว ๒ รูป", "อยู่ในจุดผ่อนผันที่กำหนด", "ใบรับรองแพทย์ (กรณีจำหน่ายอาหาร)"])]:
        chk += [("h", lic), ("table", [["ลำดับ", "รายการตรวจ", "ผ่าน", "ไม่ผ่าน", "หมายเหตุ"]] +
                             [[th(i + 1), t, "☐", "☐", ""] for i, t in enumerate(items)], [8, 56, 9, 9, 18])]
    make_pdf("files/1cK4mChkLs.pdf", chk, title="Checklist ใบอนุญาต")
    # O13
    q = [["รายการ", "ไตรมาส ๑", "ไตรมาส ๒", "ไตรมาส ๓", "ไตรมาส ๔", "รวม (บาท)"],
         ["งบบุคลากร", "๒๑,๒๐๐,๐๐๐", "๒๑,๒๐๐,๐๐๐", "๒๑,๒๐๐,๐๐๐", "๒๑,๒๐๐,๐๐๐", "๘๔,๘๐๐,๐๐๐"],
         ["งบดำเนินงาน", "๘,๔๐๐,๐๐๐", "๗,๙๐๐,๐๐๐", "๖,๕๐๐,๐๐๐", "๕,๒๐๐,๐๐๐", "๒๘,๐๐๐,๐๐๐"],
         ["งบลงทุน", "๒,๑๐๐,๐๐๐", "๖,๘๐๐,๐๐๐", "๙,๔๐๐,๐๐๐", "๓,๗๐๐,๐๐๐", "๒๒,๐๐๐,๐๐๐"],
         ["งบรายจ่ายอื่น", "๓๐๐,๐๐๐", "๔๐๐,๐๐๐", "๕๐๐,๐๐๐", "๒๐๐,๐๐๐", "๑,๔๐๐,๐๐๐"]]
    make_pdf("files/1sP13Plan68.pdf", doc_header("แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๘") + [
        ("p", "สำนักงานเขตสะพานสูง ได้รับจัดสรรงบประมาณตามข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ และจัดทำแผนการใช้จ่ายงบประมาณรายไตรมาส ดังนี้"),
        ("table", q, [24, 15, 15, 15, 15, 16]),
        ("sign", ["(นายธนกฤต วงศ์สุวรรณ)", "ผู้อำนวยการเขตสะพานสูง", "๘ ตุลาคม ๒๕๖๗"])], land=True, title="แผนการใช้จ่ายงบประมาณ 2568")
    make_pdf("files/1sR13Rep67.pdf", doc_header("รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "(๑ ตุลาคม ๒๕๖๖ - ๓๐ กันยายน ๒๕๖๗)") + [
        ("table", [["รายการ", "งบประมาณที่ได้รับ", "เบิกจ่าย", "คงเหลือ", "ร้อยละการเบิกจ่าย"],
                   ["งบบุคลากร", "๘๒,๕๐๐,๐๐๐", "๘๑,๙๒๐,๔๐๐", "๕๗๙,๖๐๐", "๙๙.๓๐"],
                   ["งบดำเนินงาน", "๒๖,๙๐๐,๐๐๐", "๒๕,๘๔๐,๒๑๐", "๑,๐๕๙,๗๙๐", "๙๖.๐๖"],
                   ["งบลงทุน", "๑๙,๔๐๐,๐๐๐", "๑๗,๒๑๐,๐๐๐", "๒,๑๙๐,๐๐๐", "๘๘.๗๑"],
                   ["งบรายจ่ายอื่น", "๑,๒๐๐,๐๐๐", "๑,๑๑๒,๕๐๐", "๘๗,๕๐๐", "๙๒.๗๑"]], [24, 20, 20, 18, 18]),
        ("h", "ปัญหาอุปสรรคและข้อเสนอแนะ"),
        ("p", "งบลงทุนเบิกจ่ายไม่เต็มจำนวน เนื่องจากโครงการปรับปรุงทางเท้าระยะที่ ๒ ต้องปรับแบบ และได้ขอกันเงินไว้เบิกเหลื่อมปี"),
        ("sign", ["(นายธนกฤต วงศ์สุวรรณ)", "ผู้อำนวยการเขตสะพานสูง", "๒๘ ตุลาคม ๒๕๖๗"])], title="รายงานผลการใช้จ่ายงบประมาณ 2567")
    # O14 (no community subsidy)
    make_pdf("files/1bG14Bud68.pdf", doc_header("ข้อมูลงบประมาณที่ได้รับจัดสรร ประจำปีงบประมาณ พ.ศ. ๒๕๖๘") + [
        ("table", [["หมวดรายจ่าย", "จำนวนเงิน (บาท)", "สัดส่วน"],
                   ["งบบุคลากร", "๘๔,๘๐๐,๐๐๐", "๕๔.๖๕%"], ["งบดำเนินงาน", "๒๘,๐๐๐,๐๐๐", "๑๘.๐๕%"],
                   ["งบลงทุน", "๒๒,๐๐๐,๐๐๐", "๑๔.๑๘%"], ["งบรายจ่ายอื่น", "๑,๔๐๐,๐๐๐", "๐.๙๐%"],
                   ["งบกลาง (ที่ได้รับโอน)", "๑๘,๙๐๐,๐๐๐", "๑๒.๑๙%"], ["รวม", "๑๕๕,๑๐๐,๐๐๐", "๑๐๐%"]], [50, 30, 20]),
        ("p", "ที่มา: ฝ่ายการคลัง สำนักงานเขตสะพานสูง ข้อมูล ณ วันที่ ๑ พฤศจิกายน ๒๕๖๗")], title="งบประมาณ 2568")
    make_pdf("files/1bG14Ord68.pdf", [("title", "ข้อบัญญัติกรุงเทพมหานคร"),
                                      ("sub", "เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘"), ("sp", 10),
                                      ("p", "โดยที่เป็นการสมควรตั้งงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ อาศัยอำนาจตามความในมาตรา ๙๗ แห่งพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘ ผู้ว่าราชการกรุงเทพมหานครโดยความเห็นชอบของสภากรุงเทพมหานคร จึงตราข้อบัญญัติไว้ ดังต่อไปนี้"),
                                      ("p", "ข้อ ๑ ข้อบัญญัตินี้เรียกว่า ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
                                      ("p", "ข้อ ๒ ข้อบัญญัตินี้ให้ใช้บังคับตั้งแต่วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๗ เป็นต้นไป"),
                                      ("p", "ข้อ ๓ งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ เป็นจำนวนทั้งสิ้น ๙๔,๑๗๘,๔๒๐,๐๐๐ บาท"),
                                      ("h", "ส่วนที่เกี่ยวข้องกับสำนักงานเขตสะพานสูง"),
                                      ("table", [["แผนงาน", "จำนวนเงิน (บาท)"], ["แผนงานบริหารทั่วไป", "๙๒,๔๐๐,๐๐๐"],
                                                 ["แผนงานพัฒนาโครงสร้างพื้นฐาน", "๓๔,๒๐๐,๐๐๐"], ["แผนงานรักษาความสะอาด", "๙,๖๐๐,๐๐๐"]], [60, 40])],
             title="ข้อบัญญัติงบประมาณ 2568")
    # O15 procurement
    make_pdf("files/1pC15Ann68.pdf", doc_header("ประกาศเกี่ยวกับการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘") + [
        ("table", [["ลำดับ", "เรื่อง", "วันที่ประกาศ", "เลขที่โครงการ e-GP"],
                   ["๑", "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "๑๕ ต.ค. ๒๕๖๗", "P67100012345"],
                   ["๒", "ประกวดราคาจ้างปรับปรุงทางเท้าถนนสุขาภิบาล ๓ ระยะที่ ๒ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "๑๒ ธ.ค. ๒๕๖๗", "67129087654"],
                   ["๓", "ประกาศผู้ชนะการเสนอราคา จ้างปรับปรุงทางเท้าถนนสุขาภิบาล ๓ ระยะที่ ๒", "๑๔ ม.ค. ๒๕๖๘", "67129087654"],
                   ["๔", "ประกวดราคาจ้างก่อสร้างท่อระบายน้ำซอยรามคำแหง ๑๘๗", "๒๐ ก.พ. ๒๕๖๘", "68029011223"],
                   ["๕", "ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างท่อระบายน้ำซอยรามคำแหง ๑๘๗", "๒๘ มี.ค. ๒๕๖๘", "68029011223"]], [8, 57, 17, 18])],
             title="ประกาศจัดซื้อจัดจ้าง 2568")
    cols = ["ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง (บาท)", "ราคากลาง (บาท)", "วิธีซื้อหรือจ้าง",
            "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลง", "เหตุผลที่คัดเลือกโดยสรุป",
            "เลขที่และวันที่ของสัญญาหรือข้อตกลง", "เลขที่โครงการ e-GP"]
    monthly = {
        "10": ("ตุลาคม ๒๕๖๗", [("ซื้อวัสดุสำนักงาน", "๔๘,๐๐๐", "๔๘,๐๐๐", "เฉพาะเจาะจง", "หจก.สะพานสูงเครื่องเขียน ๔๗,๕๐๐", "หจก.สะพานสูงเครื่องเขียน ๔๗,๕๐๐", "ราคาต่ำสุด คุณสมบัติครบ", "ใบสั่งซื้อ ๑/๒๕๖๘ ลว. ๘ ต.ค. ๖๗", "67109001111"),
                               ("จ้างซ่อมรถบรรทุกขยะ ๘๐-๑๒๓๔", "๓๕,๐๐๐", "๓๕,๐๐๐", "เฉพาะเจาะจง", "อู่ช่างเอกการช่าง ๓๔,๘๐๐", "อู่ช่างเอกการช่าง ๓๔,๘๐๐", "ราคาต่ำสุด", "ใบสั่งจ้าง ๒/๒๕๖๘ ลว. ๑๗ ต.ค. ๖๗", "67109002222")]),
        "11": ("พฤศจิกายน ๒๕๖๗", [("ซื้อน้ำมันเชื้อเพลิง", "๑๒๐,๐๐๐", "๑๒๐,๐๐๐", "เฉพาะเจาะจง", "บจก.ปิโตรทับช้าง ๑๑๙,๒๐๐", "บจก.ปิโตรทับช้าง ๑๑๙,๒๐๐", "ผู้ขายรายเดียวในพื้นที่ ราคาเหมาะสม", "สัญญา ๓/๒๕๖๘ ลว. ๔ พ.ย. ๖๗", "67119003333")]),
        "12": ("ธันวาคม ๒๕๖๗", [("จ้างลอกท่อระบายน้ำซอยชุมชน ๖ สาย", "๔๘๐,๐๐๐", "๔๗๕,๐๐๐", "เฉพาะเจาะจง", "หจก.รุ่งเรืองโยธา ๔๖๙,๐๐๐", "หจก.รุ่งเรืองโยธา ๔๖๙,๐๐๐", "ราคาต่ำสุด ผลงานตรงตามประกาศ", "สัญญา ๕/๒๕๖๘ ลว. ๑๙ ธ.ค. ๖๗", "67129004444"),
                               ("ซื้อต้นไม้สำหรับปลูกริมคลองบางชัน", "๙๕,๐๐๐", "๙๕,๐๐๐", "เฉพาะเจาะจง", "ร้านสวนไม้งาม ๙๓,๐๐๐", "ร้านสวนไม้งาม ๙๓,๐๐๐", "ราคาต่ำสุด", "ใบสั่งซื้อ ๖/๒๕๖๘ ลว. ๒๓ ธ.ค. ๖๗", "67129005555")]),
        "02": ("กุมภาพันธ์ ๒๕๖๘", [("ซื้อวัสดุก่อสร้างซ่อมผิวจราจร", "๑๘๐,๐๐๐", "๑๘๐,๐๐๐", "เฉพาะเจาะจง", "บจก.วัสดุภัณฑ์ตะวันออก ๑๗๘,๕๐๐", "บจก.วัสดุภัณฑ์ตะวันออก ๑๗๘,๕๐๐", "ราคาต่ำสุด", "ใบสั่งซื้อ ๑๑/๒๕๖๘ ลว. ๗ ก.พ. ๖๘", "68029006666")]),
        "03": ("มีนาคม ๒๕๖๘", [("จ้างปรับปรุงทางเท้าถนนสุขาภิบาล ๓ ระยะที่ ๒", "๖,๒๐๐,๐๐๐", "๖,๑๘๐,๐๐๐", "e-bidding", "บจก.เอ็มเคคอนสตรัคชั่น ๕,๙๘๐,๐๐๐ / หจก.รุ่งเรืองโยธา ๖,๐๕๐,๐๐๐", "บจก.เอ็มเคคอนสตรัคชั่น ๕,๙๘๐,๐๐๐", "ราคาต่ำสุด ถูกต้องตามเงื่อนไข", "สัญญา ๑๔/๒๕๖๘ ลว. ๓ มี.ค. ๖๘", "67129087654")]),
        "04": ("เมษายน ๒๕๖๘", [("ซื้อชุดปฏิบัติงานเทศกิจ", "๖๕,๐๐๐", "๖๕,๐๐๐", "เฉพาะเจาะจง", "ร้านยูนิฟอร์มพลัส ๖๔,๒๐๐", "ร้านยูนิฟอร์มพลัส ๖๔,๒๐๐", "ราคาต่ำสุด", "ใบสั่งซื้อ ๑๘/๒๕๖๘ ลว. ๑๐ เม.ย. ๖๘", "68049007777")]),
    }
    for mm_, (label, rows_) in monthly.items():
        data = [cols] + [[th(i + 1)] + list(r) for i, r in enumerate(rows_)]
        make_pdf("files/1sK15m%s.pdf" % mm_, [("title", "แบบ สขร.๑"),
                                              ("sub", "สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน %s" % label),
                                              ("sub", DISTRICT + " ฝ่ายการคลัง"),
                                              ("table", data, [5, 14, 9, 9, 8, 13, 12, 10, 12, 8])],
                 land=True, title="สขร.1 " + label)
    # old FY2567 January summary (old page only)
    make_pdf("files/0skr6701.pdf", [("title", "แบบ สขร.๑"), ("sub", "สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน มกราคม ๒๕๖๗"),
                                    ("sub", DISTRICT),
                                    ("table", [cols, ["๑", "ซื้อวัสดุสำนักงาน", "๓๐,๐๐๐", "๓๐,๐๐๐", "เฉพาะเจาะจง", "ร้านเอกพาณิชย์ ๒๙,๘๐๐", "ร้านเอกพาณิชย์ ๒๙,๘๐๐", "ราคาต่ำสุด", "ใบสั่งซื้อ ๒๑/๒๕๖๗ ลว. ๙ ม.ค. ๖๗", "67019000001"]],
                                     [5, 14, 9, 9, 8, 13, 12, 10, 12, 8])], land=True, title="สขร.1 ม.ค. 2567")
    # O16
    make_pdf("files/1hR16Crit.pdf", doc_header("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘") + [
        ("h", "๑. หลักเกณฑ์การสรรหาและคัดเลือก"),
        ("p", "ดำเนินการตามกฎ ก.ก. และประกาศสำนักงาน ก.ก. โดยคำนึงถึงหลักคุณธรรม ความรู้ความสามารถ และความเสมอภาค"),
        ("h", "๒. หลักเกณฑ์การแต่งตั้งและโยกย้าย"),
        ("p", "พิจารณาจากผลการปฏิบัติงาน ประสบการณ์ และความเหมาะสมกับตำแหน่ง โดยเปิดเผยหลักเกณฑ์ให้บุคลากรทราบล่วงหน้า"),
        ("h", "๓. หลักเกณฑ์การพัฒนาบุคลากร"),
        ("p", "จัดทำแผนพัฒนารายบุคคล (IDP) ส่งเสริมการฝึกอบรมหลักสูตรของสถาบันพัฒนาข้าราชการกรุงเทพมหานคร อย่างน้อยคนละ ๑๐ ชั่วโมงต่อปี"),
        ("h", "๔. หลักเกณฑ์การประเมินผลการปฏิบัติราชการ"),
        ("p", "ประเมินปีละ ๒ รอบ (๑ ต.ค. - ๓๑ มี.ค. และ ๑ เม.ย. - ๓๐ ก.ย.) ตามตัวชี้วัดผลสัมฤทธิ์ของงานร้อยละ ๗๐ และพฤติกรรมร้อยละ ๓๐"),
        ("h", "๕. หลักเกณฑ์การให้คุณให้โทษและการสร้างขวัญกำลังใจ"),
        ("p", "ยกย่องบุคลากรดีเด่นประจำปี และดำเนินการทางวินัยอย่างเป็นธรรมตามข้อเท็จจริง"),
        ("sign", ["(นายธนกฤต วงศ์สุวรรณ)", "ผู้อำนวยการเขตสะพานสูง", "๑๕ ตุลาคม ๒๕๖๗"])], title="หลักเกณฑ์การบริหารทรัพยากรบุคคล")
    # O17
    stat = [["เดือน", "เรื่องร้องเรียนการทุจริตที่ได้รับ", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ", "ช่องทาง"]]
    for m, a, b, c, ch in [("ต.ค. ๖๗", "๐", "๐", "๐", "-"), ("พ.ย. ๖๗", "๑", "๑", "๐", "Traffy Fondue"), ("ธ.ค. ๖๗", "๐", "๐", "๐", "-"),
                           ("ม.ค. ๖๘", "๐", "๐", "๐", "-"), ("ก.พ. ๖๘", "๑", "๐", "๑", "หนังสือร้องเรียน"), ("มี.ค. ๖๘", "๐", "๐", "๐", "-")]:
        stat.append([m, a, b, c, ch])
    stat.append(["รวม", "๒", "๑", "๑", ""])
    make_pdf("files/1cS17Stat.pdf", doc_header("ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘)") + [
        ("table", stat, [16, 26, 18, 20, 20]),
        ("p", "ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๘ จัดทำโดยฝ่ายปกครอง")], title="สถิติเรื่องร้องเรียนการทุจริต 2568")
    # O18 criteria text only (false-pass bait)
    make_pdf("files/1aB18Pol.pdf", [
        ("title", "รายละเอียดข้อมูลที่ต้องเปิดเผย ข้อ O18"),
        ("sub", "ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) และการรายงานผลสู่การปฏิบัติ"),
        ("sp", 8),
        ("h", "คำอธิบาย"),
        ("p", "หน่วยงานแสดงการประกาศนโยบายต่อต้านการรับสินบน ที่ผู้บริหารสูงสุดของหน่วยงานลงนาม และแสดงรายงานผลการนำนโยบายไปสู่การปฏิบัติ"),
        ("h", "องค์ประกอบด้านข้อมูล"),
        ("li", ["มีประกาศนโยบายต่อต้านการรับสินบนของหน่วยงาน", "ลงนามโดยผู้บริหารสูงสุดของหน่วยงาน",
                "มีรายงานผลการดำเนินการตามนโยบาย", "เป็นข้อมูลของปีงบประมาณที่ประเมิน"]),
        ("h", "องค์ประกอบด้านการเผยแพร่"),
        ("li", ["เผยแพร่บนเว็บไซต์ของหน่วยงาน", "ระบุ URL ที่เข้าถึงข้อมูลได้โดยตรง"]),
        ("p", "หมายเหตุ: เอกสารนี้เป็นแนวทางประกอบการจัดเตรียมข้อมูล สำหรับเจ้าหน้าที่ผู้รับผิดชอบ"),
    ], title="แนวทางข้อ O18")
    # O19
    make_pdf("files/1rK19Risk.pdf", doc_header("การประเมินความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘") + [
        ("h", "ส่วนที่ ๑ ผลการประเมินความเสี่ยง"),
        ("table", [["กระบวนงาน", "เหตุการณ์ความเสี่ยง", "ระดับความเสี่ยง", "มาตรการป้องกัน", "ผู้รับผิดชอบ"],
                   ["การพิจารณาอนุญาตก่อสร้างอาคาร", "เรียกรับเงินเพื่อเร่งรัดการอนุญาต", "สูง", "ใช้ BMA OSS ติดตามสถานะ เปิดเผยระยะเวลา", "ฝ่ายโยธา"],
                   ["การจัดเก็บภาษีป้าย", "ลดหย่อนการประเมินภาษีโดยมิชอบ", "ปานกลาง", "ตรวจสอบภาคสนามโดยคณะกรรมการ", "ฝ่ายรายได้"],
                   ["การตรวจรับพัสดุ", "รับประโยชน์จากผู้รับจ้าง", "ปานกลาง", "หมุนเวียนกรรมการตรวจรับ", "ฝ่ายการคลัง"],
                   ["การจัดระเบียบหาบเร่แผงลอย", "เรียกรับเงินจากผู้ค้า", "สูง", "ตรวจตราร่วม ติดป้ายห้ามรับเงิน", "ฝ่ายเทศกิจ"]], [20, 22, 12, 28, 18]),
        ("h", "ส่วนที่ ๒ รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน รอบ ๖ เดือน (ต.ค. ๒๕๖๗ - มี.ค. ๒๕๖๘)"),
        ("table", [["กระบวนงาน", "ผลการดำเนินการ", "สถานะ"],
                   ["การพิจารณาอนุญาตก่อสร้างอาคาร", "คำขอผ่าน BMA OSS ร้อยละ ๙๒ ไม่พบเรื่องร้องเรียน", "ดำเนินการแล้ว"],
                   ["การจัดเก็บภาษีป้าย", "ตรวจสอบภาคสนาม ๑๔๐ ราย", "ดำเนินการแล้ว"],
                   ["การตรวจรับพัสดุ", "หมุนเวียนกรรมการ ๑๒ ชุด", "ดำเนินการแล้ว"],
                   ["การจัดระเบียบหาบเร่แผงลอย", "ติดป้าย ๔ จุดผ่อนผัน ตรวจตราร่วมเดือนละ ๒ ครั้ง", "อยู่ระหว่างดำเนินการ"]], [30, 50, 20]),
        ("sign", ["(นายธนกฤต วงศ์สุวรรณ)", "ผู้อำนวยการเขตสะพานสูง", "๑๐ เมษายน ๒๕๖๘"])], title="ประเมินความเสี่ยงการรับสินบน 2568")
    # O20
    make_pdf("files/1dC20Disc.pdf", doc_header("แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่") + [
        ("p", "เพื่อให้การใช้ดุลยพินิจของเจ้าหน้าที่เป็นไปอย่างโปร่งใส เป็นธรรม และตรวจสอบได้ สำนักงานเขตสะพานสูงกำหนดแนวทางดังนี้"),
        ("table", [["งานบริการ", "ประเด็นที่ต้องใช้ดุลยพินิจ", "หลักเกณฑ์ที่ใช้", "ระยะเวลา"],
                   ["อนุญาตก่อสร้างอาคาร", "การพิจารณาแบบแปลนที่มีข้อแก้ไข", "พ.ร.บ.ควบคุมอาคาร และกฎกระทรวง แจ้งข้อแก้ไขเป็นลายลักษณ์อักษรครั้งเดียว", "๔๕ วัน"],
                   ["อนุญาตจำหน่ายสินค้าในที่สาธารณะ", "การกำหนดพื้นที่ผ่อนผัน", "ประกาศกรุงเทพมหานคร และความเห็นคณะกรรมการ", "๑๕ วัน"],
                   ["ประเมินภาษีป้าย", "การวัดขนาดและประเภทป้าย", "ตามบัญชีอัตราภาษี มีการถ่ายภาพประกอบ", "๗ วัน"],
                   ["ระงับเหตุรำคาญ", "การออกคำสั่งให้แก้ไข", "ผลตรวจวัดและความเห็นเจ้าพนักงานสาธารณสุข", "๓๐ วัน"]], [22, 25, 38, 15]),
        ("p", "กรณีผู้รับบริการไม่เห็นด้วยกับการใช้ดุลยพินิจ สามารถอุทธรณ์ต่อผู้อำนวยการเขตภายใน ๑๕ วัน")], title="แนวทางการใช้ดุลยพินิจ")
    # O21
    make_pdf("files/1aS21Asset.pdf", doc_header("แนวทางการจัดการทรัพย์สินของราชการ ของบริจาค และการจัดเก็บของกลาง") + [
        ("h", "๑. การใช้ทรัพย์สินของราชการ"),
        ("p", "การยืมทรัพย์สินของราชการไปใช้ต้องทำบันทึกขออนุญาตต่อหัวหน้าฝ่าย ระบุวัตถุประสงค์ และกำหนดส่งคืน ห้ามนำไปใช้เพื่อประโยชน์ส่วนตน"),
        ("h", "๒. การรับของบริจาค"),
        ("p", "การรับบริจาคเงินหรือสิ่งของ ต้องออกใบอนุโมทนาบัตร ลงทะเบียนรับ และรายงานผู้อำนวยการเขตทราบทุกเดือน"),
        ("h", "๓. การจัดเก็บของกลาง"),
        ("p", "ของกลางที่ยึดจากการกระทำความผิดตาม พ.ร.บ.รักษาความสะอาด ให้ฝ่ายเทศกิจบันทึกบัญชี ถ่ายภาพ และเก็บรักษาในห้องเก็บของกลาง มีกรรมการตรวจนับทุกไตรมาส"),
        ("table", [["ขั้นตอน", "ผู้รับผิดชอบ", "เอกสาร"], ["ยึด/รับของกลาง", "เจ้าหน้าที่เทศกิจ", "บันทึกการยึด"],
                   ["ลงบัญชีของกลาง", "หัวหน้าฝ่ายเทศกิจ", "บัญชีของกลาง"], ["คืน/ขาย/ทำลาย", "คณะกรรมการ", "รายงานผล"]], [35, 35, 30])],
             title="การจัดการทรัพย์สินของราชการ")
    # O22
    make_pdf("files/1mZ22Meas.pdf", doc_header("การวิเคราะห์ผลการประเมิน ITA ประจำปี ๒๕๖๗", "และมาตรการยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘") + [
        ("h", "๑. ผลการประเมิน ITA ปี ๒๕๖๗"),
        ("p", "สำนักงานเขตสะพานสูงได้คะแนน ๙๔.๑๒ คะแนน อยู่ในระดับ ผ่านดี โดยเครื่องมือ OIT ได้ ๙๕.๔๕ คะแนน ข้อที่ไม่ได้คะแนน ได้แก่ O10 ข้อมูลสถิติการจัดเก็บรายได้ เนื่องจากข้อมูลไม่เป็นปัจจุบัน"),
        ("h", "๒. มาตรการยกระดับ ปี ๒๕๖๘"),
        ("table", [["ประเด็น", "มาตรการ", "ผู้รับผิดชอบ", "การกำกับติดตาม"],
                   ["การเปิดเผยข้อมูล", "มอบหมายผู้รับผิดชอบรายข้อ จัดทำ Checklist", "ฝ่ายปกครอง/ทุกฝ่าย", "เดือนละ ๑ ครั้ง"],
                   ["การป้องกันการทุจริต", "เผยแพร่ No Gift Policy และช่องทางร้องเรียน", "ฝ่ายปกครอง", "รายไตรมาส"],
                   ["การใช้งบประมาณ", "เผยแพร่แผนการใช้จ่ายและสรุปผลจัดซื้อจัดจ้างทุกเดือน", "ฝ่ายการคลัง", "เดือนละ ๑ ครั้ง"]], [22, 40, 20, 18]),
        ("sign", ["(นายธนกฤต วงศ์สุวรรณ)", "ผู้อำนวยการเขตสะพานสูง", "๒๙ พฤศจิกายน ๒๕๖๗"])], title="มาตรการยกระดับ ITA 2568")
    make_pdf("files/1mZ22Rep.pdf", doc_header("รายงานผลการดำเนินการตามมาตรการยกระดับคุณธรรมและความโปร่งใส", "รอบ ๖ เดือน (ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘)") + [
        ("table", [["มาตรการ", "ผลการดำเนินการ"],
                   ["มอบหมายผู้รับผิดชอบรายข้อ จัดทำ Checklist", "ออกคำสั่งสำนักงานเขตที่ ๔๑๒/๒๕๖๗ และติดตามทุกเดือน"],
                   ["เผยแพร่ No Gift Policy และช่องทางร้องเรียน", "ติดป้ายประกาศ ๕ จุด เผยแพร่ทาง Facebook ๓ ครั้ง"],
                   ["เผยแพร่แผนการใช้จ่ายและสรุปผลจัดซื้อจัดจ้างทุกเดือน", "เผยแพร่บนเว็บไซต์ของสำนักงานเขต"]], [45, 55]),
        ("sign", ["(นายธนกฤต วงศ์สุวรรณ)", "ผู้อำนวยการเขตสะพานสูง", "๙ เมษายน ๒๕๖๘"])], title="รายงานผลตามมาตรการ 6 เดือน")
    return divs


# ---------------------------------------------------------------- pages
def make_pages(divs):
    # home
    cards = []
    news = [("๒ มิ.ย. ๒๕๖๘", "เขตสะพานสูงเร่งลอกท่อระบายน้ำรับมือฤดูฝน", "/img/news1.jpg"),
            ("๒๒ พ.ค. ๒๕๖๘", "ตรวจสุขลักษณะร้านอาหารย่านถนนรามคำแหง", "/img/news2.jpg"),
            ("๙ พ.ค. ๒๕๖๘", "ประชุมคณะกรรมการชุมชนประจำเดือน", "/img/news3.jpg")]
    for d, t, img in news:
        cards.append('<div class="%s" style="display:inline-block;width:30%%;vertical-align:top;margin:1%%;">'
                     '<img src="%s" alt="" style="width:100%%;"><div class="%s" style="font-size:13px;color:#666;">%s</div>%s</div>'
                     % (gcls(t), img, gcls(t + "d", 1), d, heading(t, t, 13)))
    page("/", "หน้าแรก", [
        heading("ยินดีต้อนรับสู่เว็บไซต์สำนักงานเขตสะพานสูง", "home", 26, role=True),
        para("บริการประชาชนด้วยความโปร่งใส รวดเร็ว เป็นธรรม วันจันทร์ - ศุกร์ เวลา ๐๘.๓๐ - ๑๖.๓๐ น.", "home1"),
        '<div class="%s" style="margin:14px 0;padding:14px;background:#0b3d91;"><a href="/ita-2568/" style="color:#fff;font-size:18px;">%s</a></div>'
        % (gcls("bn"), runs("ITA ๒๕๖๘ การเปิดเผยข้อมูลสาธารณะ (OIT) คลิกที่นี่", "bn", ["color:#fff;", "color:#ffd966;"])),
        heading("ข่าวกิจกรรมล่าสุด", "homenews", 18),
        "".join(cards),
        '<div class="%s"><a href="/news/">%s</a></div>' % (gcls("more"), runs("ดูข่าวทั้งหมด", "more")),
    ])
    # about (O1)
    execs = [("นายธนกฤต วงศ์สุวรรณ", "ผู้อำนวยการเขตสะพานสูง", "๐๒-๕๑๗-๔๑๒๐ ต่อ ๖๒๐๑", "thanakrit.w@bangkok.go.th", "/img/exec1.jpg"),
             ("นางสาวพิมพ์ชนก ศรีประเสริฐ", "ผู้ช่วยผู้อำนวยการเขตสะพานสูง", "๐๒-๕๑๗-๔๑๒๐ ต่อ ๖๒๐๒", "pimchanok.s@bangkok.go.th", "/img/exec2.jpg"),
             ("- ว่าง -", "ผู้ช่วยผู้อำนวยการเขตสะพานสูง", "๐๒-๕๑๗-๔๑๒๐ ต่อ ๖๒๐๓", "-", None)]
    ex_html = []
    for n, pos, tel, mail, img in execs:
        pic = '<img src="%s" alt="%s" style="width:150px;height:188px;object-fit:cover;">' % (img, html.escape(n)) if img else \
              '<div style="width:150px;height:188px;background:#eee;"></div>'
        ex_html.append('<div class="%s" style="display:inline-block;width:30%%;text-align:center;vertical-align:top;margin:1%%;">'
                       '%s<div class="%s">%s</div><div class="%s">%s</div><div class="%s">%s</div><div class="%s">%s</div></div>'
                       % (gcls(n + pos), pic, gcls(n, 1), runs(n, n, ["font-weight:700;"]), gcls(pos, 1), runs(pos, pos),
                          gcls(tel, 1), runs("โทร " + tel, tel), gcls(mail, 1), html.escape("อีเมล " + mail)))
    div_list = "".join('<div class="%s" style="margin:2px 0 2px 18px;">• %s</div>' % (gcls(d[1]), runs(d[1], d[1] + "ab")) for d in divs)
    page("/about/", "เกี่ยวกับเรา", [
        heading("ข้อมูลพื้นฐาน สำนักงานเขตสะพานสูง", "about", 24),
        heading("โครงสร้างหน่วยงาน", "st", 18),
        '<div class="%s"><img src="/img/structure.png" alt="แผนภูมิโครงสร้างสำนักงานเขตสะพานสูง" style="width:100%%;"></div>' % gcls("stimg"),
        para("สำนักงานเขตสะพานสูงแบ่งส่วนราชการออกเป็น ๑๐ ฝ่าย ดังนี้", "st1"), div_list,
        heading("ผู้บริหารสำนักงานเขต", "ex", 18), "".join(ex_html),
        heading("อำนาจหน้าที่", "au", 18),
        para("สำนักงานเขตมีอำนาจหน้าที่ตามประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการและการกำหนดอำนาจหน้าที่ของส่วนราชการสำนักงานเขต ได้แก่ การบริหารราชการทั่วไปในพื้นที่ การทะเบียนราษฎร การจัดเก็บรายได้ การโยธา การรักษาความสะอาด การสาธารณสุขและสิ่งแวดล้อม การศึกษา การพัฒนาชุมชน และการรักษาความสงบเรียบร้อยตามกฎหมายที่อยู่ในอำนาจหน้าที่ของกรุงเทพมหานคร", "au1"),
        heading("กฎหมายที่เกี่ยวข้อง", "law", 18),
        para("พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘ · พระราชบัญญัติการรักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. ๒๕๓๕ · พระราชบัญญัติควบคุมอาคาร พ.ศ. ๒๕๒๒ · พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒ · พระราชบัญญัติการทะเบียนราษฎร พ.ศ. ๒๕๓๔", "law1"),
        heading("ข้อมูลการติดต่อ", "ct", 18),
        para("ที่อยู่ ๒๙๕ ถนนสุขาภิบาล ๓ แขวงสะพานสูง เขตสะพานสูง กรุงเทพมหานคร ๑๐๒๔๐", "ct1"),
        para("โทรศัพท์ ๐๒-๕๑๗-๔๑๒๐ · โทรสาร ๐๒-๕๑๗-๔๑๒๙ · อีเมล saphansung@bangkok.go.th", "ct2"),
        '<div class="%s"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3875.2!2d100.68!3d13.77" width="100%%" height="280" style="border:0" loading="lazy" title="แผนที่สำนักงานเขตสะพานสูง"></iframe></div>' % gcls("map"),
    ])
    # schools (O3) div grid
    schools = [("โรงเรียนวัดบำเพ็ญกุศล", "ซอยรามคำแหง ๑๗๘ แขวงสะพานสูง", "๐๒-๓๗๓-๑๑๐๕", "อนุบาล - ป.๖"),
               ("โรงเรียนคลองกุ่มพัฒนา", "ถนนเสรีไทย แขวงสะพานสูง", "๐๒-๓๗๓-๒๒๑๘", "อนุบาล - ม.๓"),
               ("โรงเรียนราษฎร์บำรุงวิทยา", "ถนนสุขาภิบาล ๓ แขวงราษฎร์พัฒนา", "๐๒-๕๑๗-๓๓๔๐", "อนุบาล - ป.๖"),
               ("โรงเรียนทับช้างราษฎร์อุทิศ", "ถนนกรุงเทพกรีฑา แขวงทับช้าง", "๐๒-๓๗๙-๔๔๕๒", "อนุบาล - ม.๓"),
               ("โรงเรียนบ้านลาดบัวขาว", "ซอยรามคำแหง ๑๙๐ แขวงราษฎร์พัฒนา", "๐๒-๕๑๗-๕๕๖๑", "อนุบาล - ป.๖"),
               ("โรงเรียนสุเหร่าทับช้างบน", "ซอยกรุงเทพกรีฑา ๒๐ แขวงทับช้าง", "๐๒-๓๗๙-๖๖๗๓", "อนุบาล - ป.๖")]
    grid = ['<div class="%s" style="display:grid;grid-template-columns:4fr 5fr 3fr 2fr;gap:2px;background:#ccd;">' % gcls("grid")]
    for c in ["ชื่อโรงเรียน", "ที่ตั้ง", "โทรศัพท์", "ระดับชั้น"]:
        grid.append('<div class="%s" style="background:#dce6f5;padding:6px;font-weight:700;">%s</div>' % (gcls(c, 1), runs(c, c)))
    for row in schools:
        for c in row:
            grid.append('<div class="%s" style="background:#fff;padding:6px;">%s</div>' % (gcls(c, 1), runs(c, c + "g")))
    grid.append("</div>")
    page("/schools/", "โรงเรียนในพื้นที่", [
        heading("โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขตสะพานสูง", "sch", 22),
        para("ในพื้นที่เขตสะพานสูงมีโรงเรียนสังกัดกรุงเทพมหานคร จำนวน ๖ โรงเรียน อยู่ในความดูแลของฝ่ายการศึกษา สำนักงานเขตสะพานสูง (ข้อมูลปีการศึกษา ๒๕๖๘)", "sch1"),
        "".join(grid)])
    # news (O4)
    allnews = news + [("๒๘ เม.ย. ๒๕๖๘", "เปิดจุดบริการรับชำระภาษีที่ดินนอกสถานที่", "/img/news4.jpg"),
                      ("๑๐ เม.ย. ๒๕๖๘", "กิจกรรมปลูกต้นไม้ริมคลองบางชัน ตามนโยบายต้นไม้ล้านต้น", "/img/news4.jpg")]
    items = []
    for d, t, img in allnews:
        items.append(section(heading(t, t + "n", 16), para("วันที่ " + d + " " + DISTRICT + " " + t + " โดยมีผู้อำนวยการเขตเป็นประธาน พร้อมด้วยเจ้าหน้าที่และประชาชนในพื้นที่ร่วมกิจกรรม", t + "np"),
                             '<img src="%s" alt="" style="width:240px;">' % img, seed=t))
    page("/news/", "ข่าวกิจกรรม", [heading("ข่าวประชาสัมพันธ์และผลการดำเนินงาน", "news", 22)] + items)
    # e-service (O8)
    page("/e-service/", "บริการออนไลน์", [
        heading("บริการออนไลน์ (E-Service)", "es", 22),
        para("ประชาชนสามารถยื่นคำร้องและขอรับบริการผ่านช่องทางออนไลน์ได้ตลอด ๒๔ ชั่วโมง", "es1"),
        '<form class="%s" action="/e-service/submit" method="post" style="margin:10px 0;">'
        '<div>ชื่อ-นามสกุล <input name="name"></div><div>เบอร์โทรศัพท์ <input name="tel"></div>'
        '<div>เรื่องที่ขอรับบริการ <select name="svc"><option>ขอคัดสำเนาทะเบียนบ้าน</option><option>แจ้งซ่อมไฟฟ้าส่องสว่าง</option>'
        '<option>ขอใช้พื้นที่จัดกิจกรรม</option></select></div><div>รายละเอียด <textarea name="detail"></textarea></div>'
        '<button type="submit">ส่งคำร้อง</button></form>' % gcls("form"),
        alink("ศูนย์รับคำขออนุญาต BMA OSS", "https://oss.bangkok.go.th/", "oss"),
        alink("จองคิวล่วงหน้า BMA Q", "https://q.bangkok.go.th/", "bq"),
        alink("แจ้งปัญหาผ่าน Traffy Fondue", "https://citydata.traffy.in.th/", "tf"),
    ])
    page("/contact/", "ติดต่อเรา", [heading("ติดต่อสำนักงานเขตสะพานสูง", "ctc", 22),
                                    para("๒๙๕ ถนนสุขาภิบาล ๓ แขวงสะพานสูง เขตสะพานสูง กรุงเทพมหานคร ๑๐๒๔๐", "ctc1"),
                                    para("โทร ๐๒-๕๑๗-๔๑๒๐ โทรสาร ๐๒-๕๑๗-๔๑๒๙ อีเมล saphansung@bangkok.go.th", "ctc2")])
    # manuals sub page (O6)
    man = [heading("คู่มือการปฏิบัติงานของเจ้าหน้าที่ (แยกตามฝ่าย)", "man", 22),
           para("คู่มือการปฏิบัติงานของทุกฝ่ายในสำนักงานเขตสะพานสูง ฉบับปรับปรุง พ.ศ. ๒๕๖๗", "man1")]
    for code, name, _ in divs:
        f = "/files/1mnDiv%s.pdf" % code
        man.append(section(heading("คู่มือการปฏิบัติงาน " + name, name + "mh", 15),
                           viewer("1mnV" + code, f, "คู่มือ" + name + ".pdf", name),
                           alink("เปิดไฟล์", wrap_url(f), name + "lk"), seed=name))
    page("/ita-2568/manuals/", "คู่มือการปฏิบัติงาน", man)

    # ---- OIT page
    S = []
    S.append(heading("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "oit", 24, role=True))
    S.append(para("การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) สำนักงานเขตสะพานสูง ปรับปรุงข้อมูลล่าสุด ๓ มิถุนายน ๒๕๖๘", "oit1"))
    S.append(heading("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", "i9", 19))
    S.append(section(heading("O๑ ข้อมูลพื้นฐานของสำนักงานเขต", "o1", 16),
                     para("โครงสร้าง ผู้บริหาร อำนาจหน้าที่ และช่องทางการติดต่อ", "o1p"),
                     alink("ดูรายละเอียด", wrap_url("/about/"), "o1l"), seed="o1"))
    S.append(section(heading("0๒ นโยบายผู้ว่าฯ กทม. และแผนพัฒนากรุงเทพมหานคร", "o2", 16),
                     viewer("1NQ2pV", "/files/1NQ2pGvPol.pdf", "นโยบายผู้ว่าราชการกรุงเทพมหานคร.pdf", "o2"),
                     alink("เปิดไฟล์", short("Nq2p", "/files/1NQ2pGvPol.pdf"), "o2l"),
                     alink("แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี และแผนพัฒนาเขตสะพานสูง", wrap_url("/files/1pL20yrBkk.pdf"), "o2l2"), seed="o2"))
    S.append(section(heading("o3 โรงเรียนสังกัด กทม. ในพื้นที่เขต", "o3", 16),
                     alink("รายชื่อโรงเรียนในพื้นที่", wrap_url("/schools/"), "o3l"), seed="o3"))
    S.append(section(heading("O 4 การประชาสัมพันธ์ผลการดำเนินงาน", "o4", 16),
                     alink("ข่าวกิจกรรมของสำนักงานเขต", wrap_url("/news/"), "o4l"), seed="o4"))
    S.append(heading("ตัวชี้วัดย่อย การบริหารงาน", "i92", 17))
    S.append(section(heading("O๕ แผนปฏิบัติราชการ ประจำปี และรายงานผลการปฏิบัติราชการ", "o5", 16),
                     para("แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "o5a"),
                     viewer("1aPxV", "/files/1aPx67PlnQ.pdf", "แผนปฏิบัติราชการ.pdf", "o5v1"),
                     alink("เปิดไฟล์", wrap_url("/files/1aPx67PlnQ.pdf"), "o5l1"),
                     para("รายงานผลการปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "o5b"),
                     viewer("1aRpV", "/files/1aRp67Rpt.pdf", "รายงานผลการปฏิบัติราชการ 2567.pdf", "o5v2"),
                     alink("เปิดไฟล์", wrap_url("/files/1aRp67Rpt.pdf"), "o5l2"), seed="o5"))
    S.append(section(heading("O๖ คู่มือการปฏิบัติหน้าที่", "o6", 16),
                     para("คู่มือการปฏิบัติงานของเจ้าหน้าที่ทุกฝ่าย", "o6p"),
                     alink("ไปที่หน้าคู่มือการปฏิบัติงาน", wrap_url("/ita-2568/manuals/"), "o6l"), seed="o6"))
    S.append(section(heading("O๗ คู่มือการให้บริการประชาชน", "o7", 16),
                     alink("คู่มือสำหรับประชาชน", short("Mn7c", "/files/1mN7cSvcMn.pdf"), "o7l"), seed="o7"))
    S.append(section(heading("O๘ E-Service", "o8", 16),
                     alink("บริการออนไลน์ของสำนักงานเขต", wrap_url("/e-service/"), "o8l"), seed="o8"))
    S.append(section(heading("O๙ ข้อมูลสถิติการจัดเก็บภาษี", "o9", 16),
                     viewer("1tX9TaxSt", "/files/1tX9TaxSt.pdf", "สถิติภาษี.pdf", "o9"), seed="o9"))
    S.append(section(heading("O๑๐ ข้อมูลสถิติการจัดเก็บรายได้", "o10", 16),
                     alink("เปิดไฟล์", wrap_url("/files/1rV10Rev.xlsx"), "o10l"), seed="o10"))
    S.append(section(heading("O๑๑ รายการตรวจ (Checklist) ประกอบการพิจารณาออกใบอนุญาต", "o11", 16),
                     alink("ดาวน์โหลด Checklist", wrap_url(short("Ck4m", "/files/1cK4mChkLs.pdf")), "o11l"), seed="o11"))
    REDIRECTS["/s/Tk9w"] = "/s/tRk2"
    REDIRECTS["/s/tRk2"] = "/s/Tk9w"
    S.append(section(heading("O๑๒ ระบบติดตามสถานะการขอใบอนุญาต (Tracking System)", "o12", 16),
                     alink("คลิกเพื่อติดตามสถานะคำขออนุญาต", "/s/Tk9w", "o12l"), seed="o12"))
    S.append(heading("ตัวชี้วัดย่อย การบริหารเงินงบประมาณ", "i93", 17))
    S.append(section(heading("O๑๓ แผนการใช้จ่ายงบประมาณ และรายงานผลการใช้จ่ายงบประมาณ", "o13", 16),
                     alink("แผนการใช้จ่ายงบประมาณ ปี ๒๕๖๘", wrap_url("/files/1sP13Plan68.pdf"), "o13l1"),
                     alink("รายงานผลการใช้จ่ายงบประมาณ ปี ๒๕๖๗", wrap_url("/files/1sR13Rep67.pdf"), "o13l2"), seed="o13"))
    S.append(section(heading("O๑๔ ข้อมูลงบประมาณ / ข้อบัญญัติงบประมาณ / ข้อมูลเงินอุดหนุนชุมชน", "o14", 16),
                     alink("งบประมาณที่ได้รับจัดสรร ปี ๒๕๖๘", wrap_url("/files/1bG14Bud68.pdf"), "o14l1"),
                     alink("ข้อบัญญัติงบประมาณรายจ่าย ปี ๒๕๖๘", wrap_url("/files/1bG14Ord68.pdf"), "o14l2"),
                     para("ข้อมูลเงินอุดหนุนชุมชน : อยู่ระหว่างรวบรวมข้อมูล", "o14p"), seed="o14"))
    mlinks = [alink("ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง ปี ๒๕๖๘", wrap_url("/files/1pC15Ann68.pdf"), "o15a"),
              alink("ระบบจัดซื้อจัดจ้างภาครัฐ (e-GP)", "https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch", "o15e"),
              para("สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.๑)", "o15p")]
    for label, fid in [("ตุลาคม ๒๕๖๗", "10"), ("พฤศจิกายน ๒๕๖๗", "11"), ("ธันวาคม ๒๕๖๗", "12"), ("มกราคม ๒๕๖๘", "12"),
                       ("กุมภาพันธ์ ๒๕๖๘", "02"), ("มีนาคม ๒๕๖๘", "03"), ("เมษายน ๒๕๖๘", "04")]:
        target = "/files/1sK15m%s.pdf" % fid
        raw = "/url?q=%s&sa=D&sntz=1&usg=%s" % (urllib.parse.quote(target, safe=""), USG(target + label))
        REDIRECTS[raw] = target
        mlinks.append(alink("สขร.๑ เดือน" + label, raw, "o15" + label))
    S.append(section(heading("O๑๕ ประกาศการจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้างรายเดือน", "o15", 16), *mlinks, seed="o15"))
    S.append(heading("ตัวชี้วัดย่อย การบริหารและพัฒนาทรัพยากรบุคคล", "i94", 17))
    S.append(section(heading("O๑๖ หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "o16", 16),
                     alink("เปิดไฟล์", short("Hr16", "/files/1hR16Crit.pdf"), "o16l"), seed="o16"))
    S.append(section(heading("O๑๗ ช่องทางร้องเรียนการทุจริต และสถิติเรื่องร้องเรียน", "o17", 16),
                     para("แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบได้ที่ ๑) โทร ๐๒-๕๑๗-๔๑๒๐ ต่อ ๖๒๐๕ ๒) อีเมล saphansung@bangkok.go.th ๓) ส่งหนังสือหรือกล่องรับเรื่องร้องเรียน ชั้น ๑ สำนักงานเขตสะพานสูง ๔) แอปพลิเคชัน Traffy Fondue ๕) ยื่นด้วยตนเองที่ฝ่ายปกครอง ผู้ร้องเรียนจะได้รับการคุ้มครองและเก็บข้อมูลเป็นความลับ", "o17p"),
                     alink("สถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ ๒๕๖๘", wrap_url("/files/1cS17Stat.pdf"), "o17l"), seed="o17"))
    S.append(heading("ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต", "i10", 19))
    S.append(section(heading("O๑๘ ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)", "o18", 16),
                     viewer("1aB18V", "/files/1aB18Pol.pdf", "AntiBribery.pdf", "o18"),
                     alink("เปิดไฟล์", wrap_url("/files/1aB18Pol.pdf"), "o18l"), seed="o18"))
    S.append(section(heading("O๑๙ การประเมินความเสี่ยงต่อการรับสินบน และรายงานผลการจัดการความเสี่ยง", "o19", 16),
                     alink("เปิดไฟล์", short("Rk19", "/files/1rK19Risk.pdf"), "o19l"), seed="o19"))
    S.append(section(heading("O๒๐ แนวทางการใช้ดุลยพินิจของเจ้าหน้าที่", "o20", 16),
                     alink("เปิดไฟล์", wrap_url("/files/1dC20Disc.pdf"), "o20l"), seed="o20"))
    S.append(section(heading("O๒๑ การจัดการทรัพย์สินของราชการ ของบริจาค และของกลาง", "o21", 16),
                     viewer("1aS21V", "/files/1aS21Asset.pdf", "ทรัพย์สินราชการ.pdf", "o21"),
                     alink("", wrap_url("/files/1aS21Asset.pdf"), "o21l", icon=True, aria="เปิดไฟล์"), seed="o21"))
    S.append(section(heading("O๒๒ มาตรการยกระดับคุณธรรมและความโปร่งใส และรายงานผล", "o22", 16),
                     alink("มาตรการยกระดับคุณธรรมและความโปร่งใส ปี ๒๕๖๘", short("Mz22", "/files/1mZ22Meas.pdf"), "o22l1"),
                     alink("รายงานผลการดำเนินการตามมาตรการ รอบ ๖ เดือน", short("Mz22r", "/files/1mZ22Rep.pdf"), "o22l2"), seed="o22"))
    page("/ita-2568/", "ITA 2568", S)
    # old ITA 2567 page
    old = [heading("ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (ข้อมูลเดิม)", "old", 22),
           para("หน้านี้เก็บข้อมูลการเปิดเผยข้อมูลสาธารณะของปีที่ผ่านมา เพื่อการอ้างอิง", "old1"),
           section(heading("แผนปฏิบัติราชการ ปี ๒๕๖๗", "oo5", 15), alink("เปิดไฟล์", wrap_url("/files/1aPx67PlnQ.pdf"), "oo5l"), seed="oo5"),
           section(heading("สถิติการจัดเก็บรายได้ ปี ๒๕๖๗", "oo10", 15), alink("เปิดไฟล์", wrap_url("/files/1rV10Rev.xlsx"), "oo10l"), seed="oo10"),
           section(heading("สรุปผลการจัดซื้อจัดจ้าง มกราคม ๒๕๖๗", "oo15", 15), alink("เปิดไฟล์", wrap_url("/files/0skr6701.pdf"), "oo15l"), seed="oo15"),
           section(heading("แผนปฏิบัติราชการ ปี ๒๕๖๖", "oo5b", 15), alink("เปิดไฟล์", "/files/0old_plan66.pdf", "oo5bl"), seed="oo5b")]
    page("/ita-2567/", "ITA 2567", old)


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    make_images()
    divs = make_documents()
    make_pages(divs)
    meta = {
        "framework": "bma-2567", "as_of": "2025-06-10", "start": "/",
        "name_th": DISTRICT,
        "style": ("Google-Sites/Wix-like builder export: deeply nested divs with generated class names and inline styles, "
                  "no h1-h6 (headings are styled divs, a few with role=heading), Thai text split into several <span> runs "
                  "mid-phrase with zero-width-space spans; desktop nav plus a duplicated mobile hamburger nav. Every document "
                  "link on the OIT page /ita-2568/ goes through /url?q=<encoded>&sa=D&sntz=1&usg=... or /s/XXXX short links "
                  "(302); documents are shown in viewer iframes /_/viewer?id=...&embedded=true (HTML viewer with embed and "
                  "download link) next to separate 'เปิดไฟล์' links; opaque file names. Traps: O9 evidence only inside a "
                  "viewer iframe (no open link); O11 double redirect (/url -> /s/ -> file); O21 open-link is an icon with only "
                  "aria-label; O3 school list is a div grid, not a table; O5 page label says FY2568 but the plan file is FY2567 "
                  "(stale); O10 revenue xlsx is FY2567 only (stale); O12 short link loops /s/Tk9w <-> /s/tRk2 (broken); "
                  "O14 heading lists community subsidy but it is 'being compiled' (incomplete); O15 'มกราคม ๒๕๖๘' link "
                  "serves the December file (incomplete); O18 file is only the criteria text for the item (missing); "
                  "old /ita-2567/ page with last year's files and a dead link."),
        "author": "blind", "set": "held-out-6",
        "server": {"redirects": REDIRECTS, "files": FILES},
    }
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
