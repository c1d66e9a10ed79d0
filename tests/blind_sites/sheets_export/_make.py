# -*- coding: utf-8 -*-
"""Generate the 'sheets_export' held-out fixture: a district whose OIT answers are a
published spreadsheet (Google-Sheets 'publish to the web' style) plus XLSX/CSV data."""
import csv
import datetime as dt
import html
import json
import os
import random
import shutil

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
FONTDIR = "/usr/share/fonts/truetype/tlwg/"
random.seed(2569)

if os.path.exists(SITE):
    shutil.rmtree(SITE)
os.makedirs(SITE)

pdfmetrics.registerFont(TTFont("Garuda", FONTDIR + "Garuda.ttf"))
pdfmetrics.registerFont(TTFont("Garuda-Bold", FONTDIR + "Garuda-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Loma", FONTDIR + "Loma.ttf"))

DISTRICT = "สำนักงานเขตหนองแขม"
TH_DIG = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
MON_FULL = ["", "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
            "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
MON_ABBR = ["", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
            "พ.ย.", "ธ.ค."]


def th(s):
    return str(s).translate(TH_DIG)


def be_short(d, thai_digits=True):
    s = "%d %s %02d" % (d.day, MON_ABBR[d.month], (d.year + 543) % 100)
    return th(s) if thai_digits else s


def be_long(d, thai_digits=True):
    s = "%d %s %d" % (d.day, MON_FULL[d.month], d.year + 543)
    return th(s) if thai_digits else s


def serial(d):
    return (d - dt.date(1899, 12, 30)).days


def out(path):
    p = os.path.join(SITE, path.lstrip("/"))
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def write(path, text, encoding="utf-8"):
    with open(out(path), "w", encoding=encoding, newline="\n") as f:
        f.write(text)


# FY2569 months: Oct 2025 .. Apr 2026 published so far (as_of 2026-05-15)
FY69_MONTHS = [(2025, 10), (2025, 11), (2025, 12), (2026, 1), (2026, 2), (2026, 3), (2026, 4)]


def mlabel(y, m, thai_digits=False):
    s = "%s%02d" % (MON_ABBR[m], (y + 543) % 100)
    return th(s) if thai_digits else s


# ---------------------------------------------------------------- PDFs
COMB = set("\u0e31\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e\u0e30\u0e32\u0e45")
LEAD = set("\u0e40\u0e41\u0e42\u0e43\u0e44")


def wrap(text, n=62):
    out_lines = []
    for para in text.split("\n"):
        line = ""
        for word in para.split(" "):
            if len(line) + len(word) + 1 > n and line:
                out_lines.append(line)
                line = word
            else:
                line = (line + " " + word) if line else word
            while len(line) > n + 15:
                k = n
                while k > 1 and (line[k] in COMB or line[k - 1] in LEAD):
                    k -= 1
                out_lines.append(line[:k])
                line = line[k:]
        out_lines.append(line)
    return out_lines


def make_pdf(path, title, body, font="Garuda", signer=None):
    c = canvas.Canvas(out(path), pagesize=A4)
    c.setTitle(title)
    w, h = A4
    y = h - 70
    c.setFont(font + ("-Bold" if font == "Garuda" else ""), 15)
    for ln in wrap(title, 55):
        c.drawCentredString(w / 2, y, ln)
        y -= 24
    y -= 8
    c.setFont(font, 12)
    for ln in wrap(body):
        if y < 80:
            c.showPage()
            c.setFont(font, 12)
            y = h - 70
        c.drawString(60, y, ln)
        y -= 19
    if signer:
        y -= 30
        if y < 120:
            c.showPage()
            c.setFont(font, 12)
            y = h - 120
        for ln in signer:
            c.drawCentredString(w * 0.62, y, ln)
            y -= 19
    c.save()


def make_scan_pdf(path, title, lines):
    """Image-only PDF (no text layer), readable by a person."""
    W, H = 1240, 1754
    img = Image.new("L", (W, H), 246)
    d = ImageDraw.Draw(img)
    ft = ImageFont.truetype(FONTDIR + "Garuda-Bold.ttf", 34)
    fb = ImageFont.truetype(FONTDIR + "Garuda.ttf", 27)
    y = 120
    for ln in wrap(title, 48):
        tw = d.textlength(ln, font=ft)
        d.text(((W - tw) / 2, y), ln, font=ft, fill=25)
        y += 58
    y += 20
    for para in lines:
        for ln in wrap(para, 58):
            d.text((110, y), ln, font=fb, fill=35)
            y += 44
        y += 8
    # scanner noise + slight rotation
    px = img.load()
    for _ in range(9000):
        x, yy = random.randrange(W), random.randrange(H)
        px[x, yy] = random.choice([120, 170, 200])
    img = img.rotate(0.6, fillcolor=246)
    tmp = out(path) + ".png"
    img.convert("RGB").save(tmp)
    c = canvas.Canvas(out(path), pagesize=A4)
    c.drawImage(tmp, 0, 0, width=A4[0], height=A4[1])
    c.save()
    os.remove(tmp)


# ---------------------------------------------------------------- images
def avatar(path, seed, vacant=False):
    r = random.Random(seed)
    img = Image.new("RGB", (120, 150), (220, 226, 235))
    d = ImageDraw.Draw(img)
    if vacant:
        f = ImageFont.truetype(FONTDIR + "Garuda.ttf", 18)
        d.text((30, 62), "- ว่าง -", font=f, fill=(90, 90, 90))
    else:
        skin = (r.randint(200, 235), r.randint(160, 195), r.randint(130, 160))
        d.ellipse((35, 20, 85, 75), fill=skin)
        d.rectangle((20, 85, 100, 150), fill=(r.randint(20, 60), r.randint(40, 80), r.randint(90, 140)))
        d.polygon([(60, 85), (50, 110), (70, 110)], fill=(240, 240, 240))
    img.save(out(path))


def org_chart(path):
    img = Image.new("RGB", (900, 420), "white")
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONTDIR + "Garuda.ttf", 12)
    fb = ImageFont.truetype(FONTDIR + "Garuda-Bold.ttf", 17)
    d.rectangle((350, 20, 550, 60), outline="black", fill=(255, 242, 204))
    d.text((372, 30), "ผู้อำนวยการเขตหนองแขม", font=fb, fill="black")
    d.rectangle((350, 95, 550, 130), outline="black", fill=(226, 239, 218))
    d.text((370, 103), "ผู้ช่วยผู้อำนวยการเขต", font=f, fill="black")
    d.line((450, 60, 450, 95), fill="black")
    d.line((450, 130, 450, 165), fill="black")
    d.line((45, 165, 855, 165), fill="black")
    for i, name in enumerate(DIVS):
        col, row = i % 5, i // 5
        x = 20 + col * 175
        y = 185 + row * 110
        d.line((x + 80, 165, x + 80, y), fill="black")
        d.rectangle((x, y, x + 165, y + 70), outline="black", fill=(221, 235, 247))
        label = name[0].replace("ฝ่าย", "ฝ่าย\n", 1) if len(name[0]) > 14 else name[0]
        d.multiline_text((x + 8, y + 10), label, font=f, fill="black", spacing=4)
    img.save(out(path))


def map_img(path):
    img = Image.new("RGB", (480, 300), (236, 240, 228))
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONTDIR + "Garuda.ttf", 14)
    d.line((0, 150, 480, 140), fill=(250, 200, 80), width=12)
    d.text((12, 118), "ถนนเพชรเกษม", font=f, fill="black")
    d.line((240, 0, 250, 300), fill=(255, 255, 255), width=8)
    d.ellipse((255, 160, 275, 180), fill=(210, 40, 40))
    d.text((282, 160), "สำนักงานเขตหนองแขม", font=f, fill="black")
    img.save(out(path))


def photo(path, seed, label):
    r = random.Random(seed)
    img = Image.new("RGB", (400, 260), (r.randint(100, 200), r.randint(120, 200), r.randint(120, 220)))
    d = ImageDraw.Draw(img)
    for _ in range(12):
        x, y = r.randint(0, 380), r.randint(0, 240)
        d.rectangle((x, y, x + r.randint(20, 90), y + r.randint(20, 70)),
                    fill=(r.randint(40, 250), r.randint(40, 250), r.randint(40, 250)))
    f = ImageFont.truetype(FONTDIR + "Garuda.ttf", 16)
    d.rectangle((0, 225, 400, 260), fill=(0, 0, 0))
    d.text((8, 232), label, font=f, fill="white")
    img.save(out(path))


# ---------------------------------------------------------------- people / divisions
DIRECTOR = ("นายวรพล ศรีสุวรรณ", "ผู้อำนวยการเขตหนองแขม", "0 2421 3050 ต่อ 6601", "nongkhaem.dir@bangkok.go.th")
OLD_DIRECTOR = "นางสาวกนกวรรณ ทองประเสริฐ"
ASSIST = [("นายชาตรี บุญมา", "ผู้ช่วยผู้อำนวยการเขตหนองแขม", "0 2421 3050 ต่อ 6602", "nongkhaem.ast1@bangkok.go.th"),
          ("- ว่าง -", "ผู้ช่วยผู้อำนวยการเขตหนองแขม", "-", "-")]
DIVS = [  # name, slug, head
    ("ฝ่ายปกครอง", "pokkrong", "นางสุภาพร แก้วมณี"),
    ("ฝ่ายทะเบียน", "tabian", "นายธนากร ใจดี"),
    ("ฝ่ายการคลัง", "klang", "นางอรุณี พูลสวัสดิ์"),
    ("ฝ่ายรายได้", "raidai", "นายสมชาย มีทรัพย์"),
    ("ฝ่ายโยธา", "yotha", "นายปิยะ ช่างสร้าง"),
    ("ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "sukhaphiban", "นางสาวนภา รักษ์ดี"),
    ("ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "raksa", "นายประเสริฐ สะอาดยิ่ง"),
    ("ฝ่ายเทศกิจ", "thetsakit", "นายณรงค์ กล้าหาญ"),
    ("ฝ่ายการศึกษา", "suksa", "นางวิไลวรรณ ศรีปัญญา"),
    ("ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "chumchon", "นางสาวรัชนี ช่วยเหลือ"),
]

# ---------------------------------------------------------------- common site template
MENU = [("/", "หน้าแรก"), ("/about/", "เกี่ยวกับเขต"), ("/division/", "ฝ่ายต่าง ๆ"), ("/news/", "ข่าวสาร"),
        ("/gallery/", "ภาพกิจกรรม"), ("/travel/", "ท่องเที่ยว"), ("/jobs/", "รับสมัครงาน"),
        ("/eservice/", "E-Service"), ("/contact/", "ติดต่อเรา"), ("/ita", "ITA / OIT")]


def page(path, title, body, side=None):
    menu = " | ".join('<a href="%s">%s</a>' % (h, t) for h, t in MENU)
    side = side or ('<b>ลิงก์ด่วน</b><ul><li><a href="/oit/2569/">ตาราง OIT ๒๕๖๙ (Google Sheets)</a></li>'
                    '<li><a href="/eservice/">จองคิว / ยื่นคำร้องออนไลน์</a></li>'
                    '<li><a href="https://www.bangkok.go.th/">กรุงเทพมหานคร</a></li>'
                    '<li><a href="https://traffy.in.th/">Traffy Fondue</a></li></ul>')
    doc = """<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>%s - %s</title>
<style>body{font-family:Tahoma,sans-serif;font-size:13px;background:#eef3ea;margin:0}
#top{background:#2e6b3a;color:#fff;padding:14px 20px}#top h1{margin:0;font-size:22px}
#menu{background:#f4c542;padding:6px 20px}#menu a{color:#222;text-decoration:none}
#wrap{display:flex;gap:16px;padding:16px 20px}#side{width:220px;background:#fff;padding:10px;border:1px solid #cdd}
#main{flex:1;background:#fff;padding:14px;border:1px solid #cdd}table.t{border-collapse:collapse}
table.t td,table.t th{border:1px solid #999;padding:4px 6px}#foot{padding:10px 20px;color:#555;font-size:12px}</style>
</head><body><div id="top"><h1>%s</h1><div>Nong Khaem District Office · กรุงเทพมหานคร</div></div>
<div id="menu">%s</div><div id="wrap"><div id="side">%s</div><div id="main">%s</div></div>
<div id="foot">%s เลขที่ ๗๘๙ ถนนเพชรเกษม แขวงหนองค้างพลู เขตหนองแขม กรุงเทพฯ ๑๐๑๖๐ · โทร ๐ ๒๔๒๑ ๓๐๕๐ · ผู้ดูแลเว็บไซต์: ฝ่ายปกครอง (งานประชาสัมพันธ์)</div>
</body></html>""" % (html.escape(title), DISTRICT, DISTRICT, menu, side, body, DISTRICT)
    write(path, doc)


# ---------------------------------------------------------------- Google-Sheets pubhtml
DOC_TITLE = "OIT2569_เขตหนองแขม (อัปเดต)"
TABS = [  # (gid, file, name)
    ("0", "index.html", "OIT 2569"),
    ("1186342207", "sheet_gid_1186342207.html", "ข้อมูลพื้นฐาน"),
    ("602839114", "sheet_gid_602839114.html", "ข่าว PR"),
    ("1598450077", "sheet_gid_1598450077.html", "คู่มือ"),
    ("1290547781", "sheet_gid_1290547781.html", "O11 Checklist"),
    ("877215430", "sheet_gid_877215430.html", "ประกาศจัดซื้อ"),
    ("341769802", "sheet_gid_341769802.html", "ร้องเรียน"),
    ("2039175513", "sheet_gid_2039175513.html", "นโยบาย ผวก."),
    ("95121408", "sheet_gid_95121408.html", "Sheet9"),
]
TABURL = {name: "/oit/2569/" + f for _, f, name in TABS}

STYLE_CSS = {
    "n": "background-color:#ffffff;text-align:left;color:#000000;font-family:'Arial';font-size:10pt;vertical-align:bottom;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;",
    "w": "background-color:#ffffff;text-align:left;color:#000000;font-family:'Arial';font-size:10pt;vertical-align:top;overflow:hidden;word-wrap:break-word;direction:ltr;padding:2px 3px 2px 3px;",
    "title": "background-color:#274e13;text-align:center;font-weight:bold;color:#ffffff;font-family:'Sarabun',Arial;font-size:14pt;vertical-align:middle;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;",
    "hdr": "border-bottom:1px SOLID #000000;background-color:#d9ead3;text-align:center;font-weight:bold;color:#000000;font-family:'Arial';font-size:10pt;vertical-align:middle;overflow:hidden;word-wrap:break-word;direction:ltr;padding:2px 3px 2px 3px;",
    "sec": "background-color:#fff2cc;text-align:left;font-weight:bold;color:#000000;font-family:'Arial';font-size:10pt;vertical-align:bottom;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;",
    "link": "background-color:#ffffff;text-align:left;text-decoration:underline;-webkit-text-decoration-skip:none;text-decoration-skip-ink:none;color:#1155cc;font-family:'Arial';font-size:10pt;vertical-align:bottom;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;",
    "c": "background-color:#ffffff;text-align:center;color:#000000;font-family:'Arial';font-size:10pt;vertical-align:middle;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;",
    "r": "background-color:#ffffff;text-align:right;color:#000000;font-family:'Arial';font-size:10pt;vertical-align:bottom;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;",
    "grey": "background-color:#efefef;text-align:left;color:#999999;font-style:italic;font-family:'Arial';font-size:10pt;vertical-align:bottom;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;",
    "ok": "background-color:#b7e1cd;text-align:center;color:#000000;font-family:'Arial';font-size:10pt;vertical-align:middle;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;",
    "warn": "background-color:#f4cccc;text-align:center;color:#990000;font-family:'Arial';font-size:10pt;vertical-align:middle;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;",
}


def C(t="", st=None, href=None, cs=1, rs=1, img=None, soft=False):
    return {"t": t, "st": st, "href": href, "cs": cs, "rs": rs, "img": img, "soft": soft}


def gwrap(url):
    """Google wraps external links in a redirect."""
    from urllib.parse import quote
    return ("https://www.google.com/url?q=%s&amp;sa=D&amp;source=editors&amp;ust=1747%06d&amp;usg=AOvVaw%s"
            % (quote(url, safe=":/"), random.randint(0, 999999),
               "".join(random.choice("abcdefghijkLMNOPQ0123456789") for _ in range(20))))


def colname(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def sheet_page(fname, active, rows, widths, frozen=1, min_rows=None):
    gid = [g for g, f, n in TABS if f == fname][0]
    ncol = len(widths)
    # assign generated class names s0.. in first-use order
    classes = {}

    def cls(st):
        if st not in classes:
            classes[st] = "s%d" % len(classes)
        return classes[st]

    nrows = max(len(rows), min_rows or 0)
    covered = set()
    body = []
    for ri in range(nrows):
        row = rows[ri] if ri < len(rows) else []
        h = 20
        tr = ['<tr style="height: %dpx"><th id="%sR%d" style="height: %dpx;" class="row-headers-background">'
              '<div class="row-header-wrapper" style="line-height: %dpx">%d</div></th>' % (h, gid, ri, h, h, ri + 1)]
        ci = 0
        k = 0
        while ci < ncol:
            if (ri, ci) in covered:
                ci += 1
                continue
            cell = row[k] if k < len(row) else None
            k += 1
            if cell is None or cell == "":
                tr.append('<td class="%s"></td>' % cls("n"))
                ci += 1
                continue
            if isinstance(cell, str):
                cell = C(cell)
            st = cell["st"] or ("link" if cell["href"] else "n")
            attrs = ' class="%s"' % cls(st)
            if cell["cs"] > 1:
                attrs += ' colspan="%d"' % cell["cs"]
            if cell["rs"] > 1:
                attrs += ' rowspan="%d"' % cell["rs"]
            for dr in range(cell["rs"]):
                for dc in range(cell["cs"]):
                    if dr or dc:
                        covered.add((ri + dr, ci + dc))
            inner = html.escape(cell["t"]).replace("\n", "<br>")
            if cell["href"]:
                href = cell["href"]
                if not href.startswith("https://www.google.com/url") and not href.startswith("/"):
                    href = gwrap(href)
                inner = '<a target="_blank" href="%s">%s</a>' % (href, inner)
            if cell["img"]:
                inner = ('<div style="width:%dpx;height:%dpx;"><img src="%s" style="width:inherit;height:inherit;'
                         'object-fit:scale-down;object-position:center center;pointer-events:none;"></div>'
                         % (cell["img"][1], cell["img"][2], cell["img"][0])) + inner
            if cell["soft"]:
                attrs = attrs[:-1] + ' softmerge"'
                inner = '<div class="softmerge-inner" style="width:%dpx;left:-1px">%s</div>' % (sum(widths[ci:]) - 4, inner)
            tr.append('<td%s dir="ltr">%s</td>' % (attrs, inner))
            ci += cell["cs"]
        tr.append("</tr>")
        body.append("".join(tr))
        if ri == frozen - 1:
            body.append('<tr><th style="height:3px;" class="freezebar-cell freezebar-horizontal-handle"></th>'
                        + '<td class="freezebar-cell"></td>' * ncol + "</tr>")
    head = ('<thead><tr><th class="row-header freezebar-origin-ltr"></th>'
            + "".join('<th id="%sC%d" style="width:%dpx;" class="column-headers-background">%s</th>'
                      % (gid, i, w, colname(i)) for i, w in enumerate(widths)) + "</tr></thead>")
    css = "".join(".ritz .waffle .%s{%s}" % (c, STYLE_CSS[st]) for st, c in classes.items())
    tabs = "".join('<li id="sheet-button-%s" class="%s"><a href="%s">%s</a></li>'
                   % (g, "switcherItem active" if f == fname else "switcherItem", "/oit/2569/" + f, html.escape(n))
                   for g, f, n in TABS)
    doc = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="referrer" content="strict-origin-when-cross-origin"><title>%s</title>
<link rel="shortcut icon" href="/img/sheets_favicon.ico"><style>html{overflow:auto}body{margin:0;background:#fff;font-family:Arial,sans-serif}
#doc-title{padding:6px 12px;font-size:16px;color:#222;border-bottom:1px solid #ddd}#doc-title .name{font-weight:normal}
#sheet-menu{list-style:none;margin:0;padding:0 6px;background:#f1f3f4;border-bottom:1px solid #ccc;white-space:nowrap;overflow-x:auto}
#sheet-menu li{display:inline-block;padding:6px 12px;font-size:13px}#sheet-menu li.active{background:#fff;font-weight:bold;border-bottom:2px solid #188038}
#sheet-menu a{color:#444;text-decoration:none}.ritz .waffle{border-collapse:separate;table-layout:fixed;border-spacing:0}
.ritz .waffle td{border-right:1px solid #ccc;border-bottom:1px solid #ccc}.ritz .waffle th{background:#f8f9fa;color:#666;font-size:8pt;font-weight:normal;border-right:1px solid #ccc;border-bottom:1px solid #ccc}
.freezebar-cell{background:#bdc1c6;height:3px;padding:0}.softmerge{overflow:visible}.softmerge-inner{position:relative;white-space:nowrap;overflow:hidden}
.row-header-wrapper{overflow:hidden}#footer{padding:8px 12px;color:#777;font-size:11px;border-top:1px solid #ddd}%s</style></head>
<body><div id="doc-title"><span class="name">%s</span></div>
<ul id="sheet-menu" role="navigation">%s</ul>
<div id="sheets-viewport"><div id="%s" style="position:relative;" dir="ltr"><div class="ritz grid-container" dir="ltr"><table class="waffle" cellspacing="0" cellpadding="0">%s<tbody>%s</tbody></table></div></div></div>
<div id="footer">เผยแพร่โดยใช้ <a href="https://www.google.com/sheets/about/">Google ชีต</a> – <a href="https://www.google.com/">รายงานการละเมิด</a> – อัปเดตอัตโนมัติทุก 5 นาที</div>
</body></html>""" % (html.escape(DOC_TITLE + " - " + active), css, html.escape(DOC_TITLE), tabs, gid, head, "\n".join(body))
    write("/oit/2569/" + fname, doc)


# ================================================================ DATA FILES
def xl_header(ws, row, values, fill="D9EAD3"):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, name="TH SarabunPSK", size=14)
        c.fill = PatternFill("solid", fgColor=fill)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def save_csv(path, rows, bom=True):
    with open(out(path), "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        csv.writer(f).writerows(rows)


# ---- O3 schools (UTF-8, no BOM)
SCHOOLS = [
    ("โรงเรียนวัดหนองแขม (สังกัดกรุงเทพมหานคร)", "๑๒๓ ถนนเพชรเกษม", "หนองแขม", "0 2421 1184", "อนุบาล - ป.6"),
    ("โรงเรียนวัดอุดมรังสี (สังกัดกรุงเทพมหานคร)", "๔๕ ซอยเพชรเกษม ๘๑", "หนองค้างพลู", "0 2421 2207", "อนุบาล - ม.3"),
    ("โรงเรียนคลองทวีวัฒนา (สังกัดกรุงเทพมหานคร)", "๙ หมู่ ๓ ถนนทวีวัฒนา", "หนองค้างพลู", "0 2421 0935", "อนุบาล - ป.6"),
    ("โรงเรียนวัดศรีนวลธรรมวิมล (สังกัดกรุงเทพมหานคร)", "๒๐๐ ซอยพุทธมณฑลสาย ๓", "หนองแขม", "0 2420 4471", "อนุบาล - ป.6"),
    ("โรงเรียนหนองแขมวิทยาคาร (สังกัดกรุงเทพมหานคร)", "๗๗ ถนนมาเจริญ", "หนองแขม", "0 2421 5560", "ป.1 - ม.3"),
    ("โรงเรียนบ้านคลองราชมนตรี (สังกัดกรุงเทพมหานคร)", "๓ หมู่ ๘ ซอยเพชรเกษม ๑๑๐", "หนองค้างพลู", "0 2420 8813", "อนุบาล - ป.6"),
    ("โรงเรียนวัดโคนอน (สังกัดกรุงเทพมหานคร)", "๑๕ ถนนบางแวก", "หนองแขม", "0 2421 6620", "อนุบาล - ป.6"),
    ("โรงเรียนมัธยมหนองแขมประชาสรรค์ (สังกัดกรุงเทพมหานคร)", "๑๘๘ ถนนพุทธมณฑลสาย ๒", "หนองแขม", "0 2809 3307", "ม.1 - ม.6"),
]
rows = [["ข้อมูลโรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขตหนองแขม (ข้อมูล ณ 10 พ.ย. 2568)"],
        ["ลำดับ", "ชื่อโรงเรียน", "ที่ตั้ง", "แขวง", "โทรศัพท์", "ระดับชั้นที่เปิดสอน", "จำนวนนักเรียน (คน)"]]
for i, s in enumerate(SCHOOLS, 1):
    rows.append([i, s[0], s[1], s[2], s[3], s[4], random.randint(240, 1650)])
rows.append(["", "ที่มา: ฝ่ายการศึกษา สำนักงานเขตหนองแขม"])
save_csv("/files/school/schools_bma_nongkhaem.csv", rows, bom=False)

# ---- O5 action plan (report 2568 missing: hidden sheet with headers only)
wb = Workbook()
ws = wb.active
ws.title = "แผนปฏิบัติราชการ 2569"
ws["A1"] = "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569 สำนักงานเขตหนองแขม"
ws.merge_cells("A1:G1")
xl_header(ws, 3, ["ลำดับ", "ยุทธศาสตร์กรุงเทพมหานคร", "โครงการ/กิจกรรม", "ตัวชี้วัด", "ค่าเป้าหมาย", "งบประมาณ (บาท)", "ฝ่ายรับผิดชอบ"])
PROJ = [("มิติที่ 1 ปลอดภัยดี", "ติดตั้งไฟส่องสว่างในซอยเปลี่ยว", "จำนวนจุดที่ติดตั้ง", "120 จุด", 850000, "ฝ่ายโยธา"),
        ("มิติที่ 2 สิ่งแวดล้อมดี", "ขุดลอกคูคลองสาขาคลองราชมนตรี", "ความยาวที่ขุดลอก", "6.5 กม.", 1240000, "ฝ่ายโยธา"),
        ("มิติที่ 2 สิ่งแวดล้อมดี", "คัดแยกขยะต้นทางในชุมชน", "ชุมชนเข้าร่วม", "30 ชุมชน", 180000, "ฝ่ายรักษาความสะอาดและสวนสาธารณะ"),
        ("มิติที่ 3 สุขภาพดี", "ตรวจสถานประกอบการด้านอาหาร", "ร้อยละสถานประกอบการผ่านเกณฑ์", "ร้อยละ 85", 60000, "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล"),
        ("มิติที่ 5 เศรษฐกิจดี", "จัดระเบียบหาบเร่แผงลอยจุดผ่อนผัน", "จุดที่จัดระเบียบแล้ว", "8 จุด", 95000, "ฝ่ายเทศกิจ"),
        ("มิติที่ 6 เรียนดี", "ส่งเสริมการอ่านในโรงเรียนสังกัด กทม.", "โรงเรียนเข้าร่วม", "8 โรง", 120000, "ฝ่ายการศึกษา"),
        ("มิติที่ 7 สังคมดี", "ผู้สูงอายุเข้มแข็งในชุมชน", "ผู้สูงอายุเข้าร่วม", "600 คน", 150000, "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม"),
        ("มิติที่ 8 บริหารจัดการดี", "ลดระยะเวลาการให้บริการงานทะเบียน", "ระยะเวลาเฉลี่ยต่อราย", "ไม่เกิน 15 นาที", 0, "ฝ่ายทะเบียน"),
        ("มิติที่ 8 บริหารจัดการดี", "ยกระดับคุณธรรมและความโปร่งใส (ITA)", "คะแนน ITA", "ไม่น้อยกว่า 95", 30000, "ฝ่ายปกครอง")]
for i, p in enumerate(PROJ, 1):
    ws.append([i, *p])
ws.append([])
ws.append(["", "", "", "", "รวม", "=SUM(F4:F12)"])
ws2 = wb.create_sheet("รายงานผล 2567")
ws2["A1"] = "รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2567 (ข้อมูล ณ 30 กันยายน 2567)"
xl_header(ws2, 3, ["ลำดับ", "โครงการ/กิจกรรม", "ค่าเป้าหมาย", "ผลการดำเนินงาน", "ร้อยละ", "ปัญหา/อุปสรรค"])
for i, (proj, tgt, res, pct) in enumerate([("ติดตั้งกล้อง CCTV จุดเสี่ยง", "40 จุด", "40 จุด", 100),
                                           ("ขุดลอกคลองสาขา", "5 กม.", "4.2 กม.", 84),
                                           ("ตรวจสถานประกอบการอาหาร", "ร้อยละ 80", "ร้อยละ 86", 100),
                                           ("ลดระยะเวลางานทะเบียน", "20 นาที", "17 นาที", 100)], 1):
    ws2.append([i, proj, tgt, res, pct, "-"])
ws3 = wb.create_sheet("รายงานผล 2568")
xl_header(ws3, 1, ["ลำดับ", "โครงการ/กิจกรรม", "ค่าเป้าหมาย", "ผลการดำเนินงาน", "ร้อยละ", "ปัญหา/อุปสรรค"])
ws3.sheet_state = "hidden"
wb.save(out("/files/plan/actionplan_2569.xlsx"))

# ---- O6 / O7 manuals
WORK_MANUAL_OK = ["pokkrong", "tabian", "klang", "raidai", "sukhaphiban", "raksa", "chumchon"]
for name, slug, head in DIVS:
    if slug in WORK_MANUAL_OK:
        make_pdf("/files/manual/work/manual_%s.pdf" % slug,
                 "คู่มือการปฏิบัติงาน %s สำนักงานเขตหนองแขม (ฉบับปรับปรุง พ.ศ. ๒๕๖๘)" % name,
                 ("วัตถุประสงค์ คู่มือฉบับนี้จัดทำขึ้นเพื่อให้เจ้าหน้าที่ของ%s ปฏิบัติงานไปในแนวทางเดียวกัน "
                  "ลดความผิดพลาด และใช้เป็นเครื่องมือในการถ่ายทอดงานให้บุคลากรที่เข้ามาใหม่\n"
                  "ขอบเขตงาน ครอบคลุมงานหลักของฝ่ายตั้งแต่การรับเรื่อง การตรวจสอบเอกสาร การเสนอผู้บังคับบัญชาพิจารณา "
                  "จนถึงการแจ้งผลและการจัดเก็บเอกสาร\n"
                  "ขั้นตอนที่ 1 รับเรื่องและลงทะเบียนในระบบสารบรรณอิเล็กทรอนิกส์ ภายใน 1 วันทำการ\n"
                  "ขั้นตอนที่ 2 ตรวจสอบข้อเท็จจริงและเอกสารประกอบ ภายใน 3 วันทำการ\n"
                  "ขั้นตอนที่ 3 เสนอหัวหน้าฝ่ายและผู้อำนวยการเขตพิจารณา\n"
                  "ขั้นตอนที่ 4 แจ้งผลการพิจารณาและบันทึกการปิดเรื่อง\n"
                  "ผู้จัดทำ %s หัวหน้า%s") % (name, head, name))
SERVICES = [("การแจ้งเกิด", "ทะเบียน"), ("การแจ้งตาย", "ทะเบียน"), ("การแจ้งย้ายที่อยู่", "ทะเบียน"),
            ("การทำบัตรประจำตัวประชาชน", "ทะเบียน"), ("การลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ", "พัฒนาชุมชน"),
            ("การลงทะเบียนรับเบี้ยความพิการ", "พัฒนาชุมชน"), ("การชำระภาษีที่ดินและสิ่งปลูกสร้าง", "รายได้"),
            ("การขอข้อมูลข่าวสารของราชการ", "ปกครอง")]
for i, (svc, div) in enumerate(SERVICES, 1):
    make_pdf("/files/manual/service/service_%02d.pdf" % i,
             "คู่มือสำหรับประชาชน งาน%s สำนักงานเขตหนองแขม" % svc,
             ("หน่วยงานที่ให้บริการ ฝ่าย%s สำนักงานเขตหนองแขม ชั้น ๑ อาคารสำนักงานเขต\n"
              "ระยะเวลาเปิดให้บริการ วันจันทร์ถึงวันศุกร์ เวลา 08.00 - 16.00 น. (ไม่เว้นวันหยุดราชการสำหรับงานทะเบียนตามประกาศ)\n"
              "หลักเกณฑ์ วิธีการ และเงื่อนไข ผู้ยื่นคำขอต้องแสดงตนและยื่นเอกสารครบถ้วนตามรายการที่กำหนด\n"
              "ขั้นตอนการให้บริการ 1) ยื่นคำขอและตรวจเอกสาร 2) เจ้าหน้าที่พิจารณา 3) แจ้งผลหรือส่งมอบเอกสาร\n"
              "ระยะเวลาดำเนินการรวม ไม่เกิน 1 วันทำการ\n"
              "ค่าธรรมเนียม ไม่เสียค่าธรรมเนียม เว้นแต่กรณีที่กฎหมายกำหนด\n"
              "ช่องทางร้องเรียน ฝ่ายปกครอง โทร 0 2421 3050 ต่อ 6611 หรือ Traffy Fondue") % (div, ))

# ---- O9 tax statistics: summary with formulas (no cached values), month sheets, serial dates
TAXES = ["ภาษีที่ดินและสิ่งปลูกสร้าง", "ภาษีป้าย", "ค่าธรรมเนียมใบอนุญาตประกอบกิจการ", "ค่าปรับภาษีค้างชำระ"]
wb = Workbook()
summ = wb.active
summ.title = "สรุป"
summ["A1"] = "สถิติการจัดเก็บภาษี สำนักงานเขตหนองแขม ปีงบประมาณ พ.ศ. 2569 (หน่วย: บาท)"
xl_header(summ, 3, ["ประเภท"] + [mlabel(y, m) for y, m in FY69_MONTHS] + ["รวม"])
for ti, t in enumerate(TAXES):
    r = 4 + ti
    summ.cell(row=r, column=1, value=t)
    for mi, (y, m) in enumerate(FY69_MONTHS):
        summ.cell(row=r, column=2 + mi, value="='%s'!C%d" % (mlabel(y, m), 4 + ti))
    last = colname(1 + len(FY69_MONTHS))
    summ.cell(row=r, column=2 + len(FY69_MONTHS), value="=SUM(B%d:%s%d)" % (r, last, r))
summ.cell(row=8, column=1, value="รวมทั้งสิ้น")
for ci in range(2, 3 + len(FY69_MONTHS)):
    L = colname(ci - 1)
    summ.cell(row=8, column=ci, value="=SUM(%s4:%s7)" % (L, L))
BASE = [1800000, 210000, 95000, 30000]
for y, m in FY69_MONTHS:
    ws = wb.create_sheet(mlabel(y, m))
    ws["A1"] = "การจัดเก็บภาษีประจำเดือน %s %d" % (MON_FULL[m], y + 543)
    xl_header(ws, 3, ["ลำดับ", "ประเภท", "จำนวนเงิน (บาท)", "จำนวนราย", "วันที่บันทึก"])
    for ti, t in enumerate(TAXES):
        seasonal = 3.2 if (m in (3, 4) and ti == 0) else 1.0
        ws.append([ti + 1, t, round(BASE[ti] * seasonal * random.uniform(0.6, 1.4), 2), random.randint(20, 900),
                   serial(dt.date(y + (1 if m == 12 else 0), 1 if m == 12 else m + 1, 5))])
tpl = wb.create_sheet("template")
xl_header(tpl, 3, ["ลำดับ", "ประเภท", "จำนวนเงิน (บาท)", "จำนวนราย", "วันที่บันทึก"])
tpl.sheet_state = "hidden"
wb.save(out("/files/stat/tax_2569.xlsx"))

# old (2568) tax file for the archived 2568 sheet
wb = Workbook()
ws = wb.active
ws.title = "ปีงบ 2568"
ws["A1"] = "สถิติการจัดเก็บภาษี ปีงบประมาณ พ.ศ. 2568"
xl_header(ws, 2, ["เดือน", "ภาษีที่ดินและสิ่งปลูกสร้าง", "ภาษีป้าย"])
for y, m in [(2024, 10), (2024, 11), (2024, 12), (2025, 1), (2025, 2), (2025, 3)]:
    ws.append([mlabel(y, m), random.randint(900000, 4000000), random.randint(100000, 300000)])
wb.save(out("/files/old/tax_2568.xlsx"))

# ---- O10 revenue: file name 2569, content FY2568 (stale)
rows = [["ข้อมูลสถิติการจัดเก็บรายได้ สำนักงานเขตหนองแขม ปีงบประมาณ พ.ศ. 2568"],
        ["เดือน", "ค่าธรรมเนียมเก็บขนมูลฝอย", "ค่าธรรมเนียมใบอนุญาต", "ค่าปรับตามกฎหมาย", "รายได้เบ็ดเตล็ด", "รวม"]]
for y, m in [(2024, 10), (2024, 11), (2024, 12), (2025, 1), (2025, 2), (2025, 3), (2025, 4), (2025, 5),
             (2025, 6), (2025, 7), (2025, 8), (2025, 9)]:
    v = [random.randint(300000, 600000), random.randint(50000, 150000), random.randint(10000, 90000), random.randint(2000, 20000)]
    rows.append(["%s %d" % (MON_FULL[m], y + 543)] + v + [sum(v)])
rows.append(["หมายเหตุ: ข้อมูลจากระบบรายได้กรุงเทพมหานคร ณ วันที่ 30 กันยายน 2568"])
save_csv("/files/stat/revenue_2569.csv", rows, bom=True)

# ---- O13 budget plan (2569) + annual spending report (2568) + hidden stale calc
wb = Workbook()
ws = wb.active
ws.title = "แผนการใช้จ่าย 2569"
ws["A1"] = "แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๙ สำนักงานเขตหนองแขม"
xl_header(ws, 3, ["หมวดรายจ่าย", "งบประมาณที่ได้รับ", "ไตรมาส 1 (ต.ค.-ธ.ค.68)", "ไตรมาส 2 (ม.ค.-มี.ค.69)",
                  "ไตรมาส 3 (เม.ย.-มิ.ย.69)", "ไตรมาส 4 (ก.ค.-ก.ย.69)"])
CATS = [("งบบุคลากร", 98500000), ("งบดำเนินงาน", 41200000), ("งบลงทุน", 23800000), ("งบเงินอุดหนุน", 2650000),
        ("งบรายจ่ายอื่น", 1100000)]
for i, (cat, amt) in enumerate(CATS, 4):
    ws.append([cat, amt, "=B%d*0.25" % i, "=B%d*0.25" % i, "=B%d*0.25" % i, "=B%d-C%d-D%d-E%d" % (i, i, i, i)])
ws.append(["รวม", "=SUM(B4:B8)", "=SUM(C4:C8)", "=SUM(D4:D8)", "=SUM(E4:E8)", "=SUM(F4:F8)"])
ws2 = wb.create_sheet("ผลการใช้จ่าย 2568")
ws2["A1"] = "รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๘)"
xl_header(ws2, 3, ["หมวดรายจ่าย", "งบประมาณที่ได้รับ", "เบิกจ่าย", "คงเหลือ", "ร้อยละการเบิกจ่าย"])
for i, (cat, amt) in enumerate(CATS, 4):
    spent = round(amt * random.uniform(0.86, 0.99))
    ws2.append([cat, amt, spent, amt - spent, round(spent * 100 / amt, 2)])
calc = wb.create_sheet("calc")
calc["A1"] = "ตัวเลขเทียบ ปี 2566"
for cat, amt in CATS:
    calc.append([cat, round(amt * 0.9)])
calc.sheet_state = "hidden"
wb.save(out("/files/budget/budget_plan_report.xlsx"))

# ---- O14 budget data: subsidy sheet lacks amounts (incomplete)
wb = Workbook()
ws = wb.active
ws.title = "งบประมาณที่ได้รับ 2569"
ws["A1"] = "ข้อมูลงบประมาณที่ได้รับจัดสรร ปีงบประมาณ พ.ศ. 2569"
xl_header(ws, 3, ["แผนงาน", "งบประมาณ (บาท)"])
for p, a in [("แผนงานบริหารทั่วไป", 61200000), ("แผนงานรักษาความสะอาด", 48700000), ("แผนงานโยธา", 31500000),
             ("แผนงานเทศกิจ", 12400000), ("แผนงานพัฒนาชุมชน", 8200000), ("แผนงานการศึกษา", 5250000)]:
    ws.append([p, a])
ws2 = wb.create_sheet("ข้อบัญญัติ")
ws2["A1"] = "ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569"
ws2["A3"] = "ประกาศในราชกิจจานุเบกษา / ดูฉบับเต็มได้ที่สำนักงบประมาณกรุงเทพมหานคร"
ws2["A4"] = "https://www.bangkok.go.th/budget"
ws2["A4"].hyperlink = "https://www.bangkok.go.th/budget"
ws2["A6"] = "ส่วนที่เกี่ยวข้องกับสำนักงานเขตหนองแขม: หมวดสำนักงานเขต หน้า 412-419"
ws3 = wb.create_sheet("เงินอุดหนุนชุมชน")
ws3["A1"] = "ชุมชนที่ได้รับเงินอุดหนุน ปีงบประมาณ 2569"
xl_header(ws3, 3, ["ลำดับ", "ชื่อชุมชน", "แขวง"])
COMMS = ["ชุมชนหมู่บ้านเพชรเกษม ๙๑", "ชุมชนวัดหนองแขม", "ชุมชนคลองราชมนตรี", "ชุมชนบ้านสวนทวีวัฒนา",
         "ชุมชนหมู่บ้านศรีนวล", "ชุมชนมาเจริญพัฒนา", "ชุมชนบางแวกร่วมใจ", "ชุมชนเคหะหนองแขม"]
for i, c in enumerate(COMMS, 1):
    ws3.append([i, c, random.choice(["หนองแขม", "หนองค้างพลู"])])
wb.save(out("/files/budget/budget_data_2569.xlsx"))

# ---- O15 procurement: announcements PDFs + monthly สขร.1
ANN = [(dt.date(2025, 10, 21), "ประกาศเชิญชวนจ้างก่อสร้างปรับปรุงผิวจราจรซอยเพชรเกษม ๘๑ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"),
       (dt.date(2025, 12, 4), "ประกาศผู้ชนะการเสนอราคา จ้างก่อสร้างปรับปรุงผิวจราจรซอยเพชรเกษม ๘๑"),
       (dt.date(2026, 2, 11), "ประกาศเชิญชวนซื้อวัสดุอุปกรณ์ป้องกันน้ำท่วม ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์"),
       (dt.date(2026, 4, 2), "ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุอุปกรณ์ป้องกันน้ำท่วม")]
for i, (d, t) in enumerate(ANN, 1):
    make_pdf("/files/procure/announce_2569_%02d.pdf" % i, "%s\n%s" % (DISTRICT, t),
             ("ด้วยสำนักงานเขตหนองแขม มีความประสงค์ดำเนินการตามรายการข้างต้น โดยรายละเอียดปรากฏในเอกสารประกวดราคา "
              "ซึ่งเผยแพร่ในระบบการจัดซื้อจัดจ้างภาครัฐ (e-GP) และระบบ e-GPBMA ของกรุงเทพมหานคร\n"
              "ราคากลางและวงเงินงบประมาณเป็นไปตามที่ระบุในเอกสาร ผู้สนใจสามารถขอรับเอกสารและยื่นข้อเสนอผ่านระบบอิเล็กทรอนิกส์\n"
              "ประกาศ ณ วันที่ %s") % be_long(d), signer=["(%s)" % DIRECTOR[0], DIRECTOR[1]])

SK_H1 = ["ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง (บาท)", "ราคากลาง (บาท)", "วิธีซื้อหรือจ้าง",
         "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "", "ผู้ได้รับการคัดเลือกและราคาที่ตกลง", "", "เหตุผลที่คัดเลือกโดยสรุป",
         "เลขที่และวันที่ของสัญญาหรือข้อตกลง", ""]
SK_H2 = ["", "", "", "", "", "ผู้เสนอราคา", "ราคาที่เสนอ (บาท)", "ผู้ได้รับการคัดเลือก", "ราคาที่ตกลง (บาท)", "",
         "เลขที่", "วันที่"]
VENDORS = ["หจก.ทวีทรัพย์ก่อสร้าง", "บริษัท เพชรเกษมซัพพลาย จำกัด", "ร้านรุ่งเรืองพาณิชย์", "บริษัท บางแคออฟฟิศ จำกัด",
           "หจก.สุขสวัสดิ์เทรดดิ้ง", "ร้านหนองแขมการไฟฟ้า"]
JOBS = ["ซื้อวัสดุสำนักงาน", "จ้างซ่อมรถบรรทุกขยะ", "ซื้อน้ำมันเชื้อเพลิง", "จ้างเหมาทำความสะอาดอาคาร",
        "ซื้อวัสดุไฟฟ้าและวิทยุ", "จ้างพิมพ์แบบพิมพ์งานทะเบียน", "ซื้อวัสดุการเกษตร (ต้นไม้)", "จ้างซ่อมเครื่องปรับอากาศ"]


def sk_rows(y, m, n):
    rows = []
    for i in range(1, n + 1):
        job = random.choice(JOBS)
        budget = random.randint(8, 480) * 100
        v = random.choice(VENDORS)
        price = round(budget * random.uniform(0.9, 1.0), 2)
        d = dt.date(y, m, random.randint(3, 27))
        rows.append([i, job, budget, budget, "เฉพาะเจาะจง", v, price, v, price,
                     "เป็นผู้มีอาชีพรับจ้าง/ขายโดยตรง เสนอราคาไม่เกินวงเงิน", "%d/%d" % (random.randint(1, 300), y + 543),
                     serial(d)])
    return rows


wb = Workbook()
first = True
for y, m in FY69_MONTHS[:3]:
    ws = wb.active if first else wb.create_sheet()
    first = False
    ws.title = mlabel(y, m)
    ws["A1"] = "แบบ สขร.1 สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือน %s %d %s" % (MON_FULL[m], y + 543, DISTRICT)
    ws.merge_cells("A1:L1")
    xl_header(ws, 3, SK_H1)
    xl_header(ws, 4, SK_H2)
    for a, b in [("A3", "A4"), ("B3", "B4"), ("C3", "C4"), ("D3", "D4"), ("E3", "E4"), ("J3", "J4")]:
        ws.merge_cells("%s:%s" % (a, b))
    ws.merge_cells("F3:G3")
    ws.merge_cells("H3:I3")
    ws.merge_cells("K3:L3")
    if m == 12:
        ws["A5"] = "- ไม่มีการจัดซื้อจัดจ้างในเดือนนี้ -"
        ws.merge_cells("A5:L5")
    else:
        for r in sk_rows(y, m, random.randint(5, 9)):
            ws.append(r)
wb.save(out("/files/procure/sorkhor1_q1_2569.xlsx"))
for idx, (y, m) in enumerate(FY69_MONTHS[3:], 1):
    rows = [["แบบ สขร.1 สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน %s %d" % (MON_FULL[m], y + 543)], [DISTRICT],
            SK_H1, SK_H2] + sk_rows(y, m, random.randint(4, 10))
    save_csv("/files/procure/sorkhor1_%d%02d.csv" % (y + 543, m), rows, bom=(idx % 2 == 1))
# last year's, for stale noise
rows = [["แบบ สขร.1 ประจำเดือนกันยายน 2568"], SK_H1, SK_H2] + sk_rows(2025, 9, 6)
save_csv("/files/old/sorkhor1_256809.csv", rows, bom=True)

# ---- O16 HR criteria: real file name differs from the linked one (404)
make_pdf("/files/hr/HR_criteria_2569.pdf", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล สำนักงานเขตหนองแขม ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
         "ประกอบด้วยหลักเกณฑ์การสรรหาและเลือกสรร การแต่งตั้งโยกย้าย การพัฒนาบุคลากร การประเมินผลการปฏิบัติราชการ "
         "และการให้คุณให้โทษ ตามระเบียบของกรุงเทพมหานครและสำนักงาน ก.ก.", signer=["(%s)" % DIRECTOR[0], DIRECTOR[1]])

# ---- O17 complaint statistics (all zero)
rows = [["สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ สำนักงานเขตหนองแขม ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"],
        ["เดือน", "จำนวนเรื่องที่รับ", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ", "หมายเหตุ"]]
for y, m in FY69_MONTHS:
    rows.append([th("%s %02d" % (MON_ABBR[m], (y + 543) % 100)), 0, 0, 0, "ไม่มีเรื่องร้องเรียนการทุจริต"])
rows.append(["รวม", 0, 0, 0, ""])
rows.append(["ข้อมูล ณ วันที่ " + be_long(dt.date(2026, 5, 6))])
save_csv("/files/complaint/corruption_stats_2569.csv", rows, bom=True)

# ---- O18 anti-bribery policy (stale: 2566 policy by former director, 2567 report)
make_pdf("/files/abp/abp_policy.pdf", "ประกาศสำนักงานเขตหนองแขม เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)",
         ("สำนักงานเขตหนองแขมมุ่งมั่นบริหารงานด้วยความซื่อสัตย์ ไม่เรียก ไม่รับ ไม่เสนอ ไม่ให้สินบนในทุกรูปแบบ "
          "ทั้งทางตรงและทางอ้อม เจ้าหน้าที่ทุกคนต้องปฏิบัติตามนโยบายนี้และรายงานเมื่อพบการกระทำที่เข้าข่ายการให้หรือรับสินบน\n"
          "ให้หัวหน้าฝ่ายทุกฝ่ายกำกับดูแลและรายงานผลการนำนโยบายไปปฏิบัติต่อผู้อำนวยการเขตทุกรอบปีงบประมาณ\n"
          "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป\nประกาศ ณ วันที่ ๑๖ พฤศจิกายน พ.ศ. ๒๕๖๖"),
         signer=["(%s)" % OLD_DIRECTOR, "ผู้อำนวยการเขตหนองแขม"])
wb = Workbook()
ws = wb.active
ws.title = "รายงานผล ABP"
ws["A1"] = "รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน ปีงบประมาณ พ.ศ. 2567"
xl_header(ws, 3, ["ลำดับ", "กิจกรรม", "วันที่ดำเนินการ", "ผู้เข้าร่วม (คน)", "ผลการดำเนินงาน"])
for i, (act, d, n) in enumerate([("ประชุมชี้แจงนโยบายแก่ข้าราชการและลูกจ้าง", dt.date(2023, 12, 8), 180),
                                  ("ติดป้ายประกาศ No Gift Policy จุดบริการ", dt.date(2024, 1, 15), 0),
                                  ("อบรมจริยธรรมเจ้าหน้าที่ด่านหน้า", dt.date(2024, 6, 20), 64),
                                  ("สรุปผลและรายงานผู้อำนวยการเขต", dt.date(2024, 9, 25), 0)], 1):
    ws.append([i, act, serial(d), n, "ดำเนินการแล้ว"])
wb.save(out("/files/abp/abp_report.xlsx"))

# ---- O19 bribery risk (current) ; also (wrongly) linked for O20
wb = Workbook()
ws = wb.active
ws.title = "คำอธิบาย"
ws["A1"] = "แฟ้มนี้มี 3 ชีต: คำอธิบาย / ประเมินความเสี่ยง 2569 / รายงานผล รอบ 6 เดือน"
ws["A2"] = "ระดับความเสี่ยง = โอกาส x ผลกระทบ (1-5) ; 1-4 ต่ำ, 5-9 ปานกลาง, 10-16 สูง, 20-25 สูงมาก"
ws["A3"] = "ผู้จัดทำ: ฝ่ายการคลัง ร่วมกับทุกฝ่าย"
ws2 = wb.create_sheet("ประเมินความเสี่ยง 2569")
ws2["A1"] = "การประเมินความเสี่ยงต่อการรับสินบน สำนักงานเขตหนองแขม ประจำปีงบประมาณ พ.ศ. 2569"
xl_header(ws2, 3, ["ลำดับ", "กระบวนงาน", "เหตุการณ์ความเสี่ยง", "โอกาส", "ผลกระทบ", "ระดับ", "มาตรการจัดการความเสี่ยง", "ผู้รับผิดชอบ"])
RISKS = [("การตรวจสถานประกอบการด้านอาหาร", "ผู้ประกอบการเสนอสิ่งตอบแทนเพื่อให้ผ่านการตรวจ", 3, 4, "ตรวจเป็นทีมอย่างน้อย 2 คน บันทึกภาพทุกครั้ง", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล"),
         ("การจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง", "เรียกรับเงินเพื่อลดการประเมินภาษี", 2, 5, "สุ่มทบทวนการประเมินร้อยละ 10 ต่อเดือน", "ฝ่ายรายได้"),
         ("การจัดซื้อจัดจ้าง", "รับของกำนัลจากผู้ค้าในช่วงเทศกาล", 3, 3, "ประกาศงดรับของขวัญ แจ้งผู้ค้าทุกราย", "ฝ่ายการคลัง"),
         ("การจัดระเบียบหาบเร่แผงลอย", "เรียกรับเงินเพื่อผ่อนปรนการจับกุม", 3, 4, "หมุนเวียนเจ้าหน้าที่ประจำจุด ติดกล้องบนตัว", "ฝ่ายเทศกิจ")]
for i, r in enumerate(RISKS, 1):
    ws2.append([i, r[0], r[1], r[2], r[3], r[2] * r[3], r[4], r[5]])
ws3 = wb.create_sheet("รายงานผล รอบ 6 เดือน")
ws3["A1"] = "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน รอบ 6 เดือน (ต.ค. 2568 - มี.ค. 2569)"
xl_header(ws3, 3, ["ลำดับ", "กระบวนงาน", "การดำเนินการตามมาตรการ", "วันที่รายงาน", "ผล"])
for i, r in enumerate(RISKS, 1):
    ws3.append([i, r[0], "ดำเนินการตามมาตรการครบทุกเดือน ไม่พบเหตุการณ์", serial(dt.date(2026, 3, 31)), "ความเสี่ยงลดลงอยู่ในระดับที่ยอมรับได้"])
wb.save(out("/files/risk/bribery_risk_2569.xlsx"))

# ---- O21 assets / donations ; seized-goods sheet empty (incomplete)
wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
ws["A1"] = "การจัดการทรัพย์สินของราชการ สำนักงานเขตหนองแขม"
ws["A2"] = "หลักเกณฑ์: การยืมพัสดุต้องได้รับอนุมัติจากหัวหน้าฝ่ายเจ้าของพัสดุ และคืนภายใน 7 วัน ห้ามนำไปใช้ประโยชน์ส่วนตน"
xl_header(ws, 4, ["ลำดับ", "รายการทรัพย์สิน", "ผู้ยืม", "วันที่ยืม", "วันที่คืน", "สภาพ"])
for i in range(1, 7):
    d = dt.date(2025, 10, 1) + dt.timedelta(days=random.randint(0, 200))
    ws.append([i, random.choice(["เครื่องเสียงเคลื่อนที่", "เต็นท์ 4x8 เมตร", "โต๊ะพับ", "เครื่องฉายภาพ"]),
               random.choice(["ฝ่ายพัฒนาชุมชน", "ฝ่ายการศึกษา", "ชุมชนวัดหนองแขม"]), be_short(d, False),
               be_short(d + dt.timedelta(days=3), False), "ปกติ"])
ws2 = wb.create_sheet("Sheet2")
ws2["A1"] = "บัญชีรับของบริจาค ปีงบประมาณ 2569"
xl_header(ws2, 3, ["ลำดับ", "วันที่รับ", "ผู้บริจาค", "รายการ", "มูลค่าประมาณ (บาท)", "การนำไปใช้"])
for i, (who, what, val, use) in enumerate([("บริษัท เพชรเกษมซัพพลาย จำกัด", "ถุงยังชีพ 200 ชุด", 60000, "แจกผู้ประสบอุทกภัย"),
                                            ("มูลนิธิร่วมใจหนองแขม", "รถเข็นผู้ป่วย 5 คัน", 17500, "ศูนย์บริการผู้สูงอายุ"),
                                            ("ประชาชนทั่วไป", "น้ำดื่ม 100 แพ็ค", 6000, "งานวันเด็ก")], 1):
    ws2.append([i, be_short(dt.date(2025, 11 + i // 2, 10 + i), False), who, what, val, use])
wb.create_sheet("Sheet3")
wb.save(out("/files/asset/asset_donation.xlsx"))

# ---- O22 measures (image scan) + 6-month report
make_scan_pdf("/files/ita/measures_2569_scan.pdf",
              "มาตรการยกระดับคุณธรรมและความโปร่งใสภายในหน่วยงาน สำนักงานเขตหนองแขม ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
              ["๑. ผลการประเมิน ITA ประจำปี ๒๕๖๘ สำนักงานเขตหนองแขมได้ ๙๓.๔๒ คะแนน ระดับผ่านดี",
               "๒. ประเด็นที่ต้องปรับปรุง: ข้อ O15 สรุปผลการจัดซื้อจัดจ้างรายเดือนไม่ครบองค์ประกอบ และข้อ O5 รายงานผลการปฏิบัติราชการเผยแพร่ล่าช้า",
               "๓. มาตรการ: (๑) มอบหมายผู้รับผิดชอบรายข้อ ตรวจลิงก์ทุกเดือน (๒) ใช้แบบ สขร.๑ ครบทุกคอลัมน์ (๓) ประชุมชี้แจงเจ้าหน้าที่ภายในเดือนธันวาคม ๒๕๖๘ (๔) ผู้อำนวยการเขตกำกับติดตามเดือนละ ๑ ครั้ง",
               "๔. ผู้รับผิดชอบ: ฝ่ายปกครองร่วมกับทุกฝ่าย",
               "ประกาศ ณ วันที่ ๑๘ ธันวาคม ๒๕๖๘",
               "(%s)" % DIRECTOR[0], DIRECTOR[1]])
wb = Workbook()
ws = wb.active
ws.title = "รายงาน 6 เดือน"
ws["A1"] = "รายงานผลการดำเนินงานตามมาตรการยกระดับคุณธรรมและความโปร่งใส รอบ 6 เดือน (ต.ค. 68 - มี.ค. 69)"
xl_header(ws, 3, ["ลำดับ", "มาตรการ", "การดำเนินงาน", "วันที่", "สถานะ"])
for i, (a, b, d) in enumerate([("มอบหมายผู้รับผิดชอบรายข้อ", "คำสั่งเขตหนองแขม ที่ 512/2568", dt.date(2025, 12, 1)),
                               ("ตรวจลิงก์ OIT ทุกเดือน", "ตรวจแล้ว 6 ครั้ง บันทึกในชีต Sheet9", dt.date(2026, 3, 30)),
                               ("ประชุมชี้แจงเจ้าหน้าที่", "ผู้เข้าร่วม 142 คน", dt.date(2025, 12, 22)),
                               ("ผู้อำนวยการเขตกำกับติดตาม", "ประชุมผู้บริหารเขตประจำเดือน", dt.date(2026, 3, 27))], 1):
    ws.append([i, a, b, be_long(d, False), "ดำเนินการแล้ว"])
wb.save(out("/files/ita/measures_report_6m_2569.xlsx"))

# ---- O2 policy PDFs
make_pdf("/files/policy/governor_policy.pdf", "นโยบายผู้ว่าราชการกรุงเทพมหานคร ๙ ด้าน (สรุปสำหรับการขับเคลื่อนในพื้นที่เขตหนองแขม)",
         ("ด้านปลอดภัยดี ด้านเดินทางดี ด้านสิ่งแวดล้อมดี ด้านสุขภาพดี ด้านเรียนดี ด้านเศรษฐกิจดี ด้านสังคมดี "
          "ด้านโครงสร้างดี และด้านบริหารจัดการดี\nสำนักงานเขตหนองแขมนำนโยบายมาจัดทำโครงการในแผนปฏิบัติราชการ "
          "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ โดยเน้นการแก้ไขน้ำท่วมขังในซอย ไฟส่องสว่าง ทางเท้า และการลดขั้นตอนการให้บริการ"))
make_pdf("/files/policy/bma_actionplan_2569.pdf", "แผนปฏิบัติราชการกรุงเทพมหานคร ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ (ส่วนที่เกี่ยวข้องกับสำนักงานเขต)",
         "แผนนี้ถ่ายทอดเป้าหมายจากแผนพัฒนากรุงเทพมหานครระยะ ๒๐ ปี (พ.ศ. ๒๕๖๑ - ๒๕๘๐) สู่ตัวชี้วัดของสำนักงานเขต "
         "ครอบคลุมมิติความปลอดภัย สิ่งแวดล้อม สุขภาพ การศึกษา เศรษฐกิจ สังคม และการบริหารจัดการ")
make_pdf("/files/policy/district_devplan_2566-2570.pdf", "แผนพัฒนาเขตหนองแขม พ.ศ. ๒๕๖๖ - ๒๕๗๐",
         "วิสัยทัศน์: หนองแขมน่าอยู่ ปลอดภัย ชุมชนเข้มแข็ง\nประเด็นการพัฒนา: การระบายน้ำ การจัดการขยะ "
         "ความปลอดภัยในชีวิตและทรัพย์สิน การส่งเสริมอาชีพ และการบริการที่โปร่งใส")

# ================================================================ IMAGES
org_chart("/img/org_chart.png")
map_img("/img/map.png")
avatar("/img/exec/director.png", 1)
avatar("/img/exec/assist1.png", 2)
avatar("/img/exec/vacant.png", 3, vacant=True)
for i, (n, s, h) in enumerate(DIVS):
    avatar("/img/exec/head_%s.png" % s, 10 + i)
for i in range(1, 9):
    photo("/img/gallery/g%d.jpg" % i, 100 + i, "ภาพกิจกรรมเขตหนองแขม %s" % th(i))
with open(out("/img/sheets_favicon.ico"), "wb") as f:
    Image.new("RGB", (16, 16), (15, 157, 88)).save(f, format="ICO")

# ================================================================ SPREADSHEET TABS
T = TABURL
W = [46, 58, 330, 20, 190, 300, 260, 96, 70, 220]  # index widths; D is an empty spacer column
idx = [
    [C("แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) สำนักงานเขตหนองแขม ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", "title", cs=10)],
    [C("ผู้ประสานงาน: ฝ่ายปกครอง โทร 0 2421 3050 ต่อ 6611  ·  ตรวจลิงก์ล่าสุด ๑๒ พ.ค. ๒๕๖๙", "grey", cs=10)],
    [C("ลำดับ", "hdr"), C("ข้อ", "hdr"), C("ตัวชี้วัด / ข้อมูลที่ต้องเผยแพร่", "hdr"), C("", "hdr"),
     C("ฝ่ายรับผิดชอบ", "hdr"), C("รายการหลักฐาน", "hdr"), C("ลิงก์", "hdr"), C("อัปเดตล่าสุด", "hdr"),
     C("สถานะ", "hdr"), C("หมายเหตุ", "hdr")],
]


def sec(t):
    idx.append([C(t, "sec", cs=10)])


def item(no, code, title, div, rows_, upd, st="✔", note=""):
    n = len(rows_)
    first = True
    for ev, link, href in rows_:
        if first:
            r = [C(th(no) if no % 2 else str(no), "c", rs=n), C(code, "c", rs=n), C(title, "w", rs=n), "",
                 C(div, "w", rs=n), C(ev, "w"), C(link, href=href) if href else C(link, "grey"),
                 C(upd, "c", rs=n), C(st, "ok" if st == "✔" else "warn", rs=n), C(note, "w", rs=n)]
            first = False
        else:
            r = ["", C(ev, "w"), C(link, href=href) if href else C(link, "grey")]
        idx.append(r)


sec("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล")
sec("๙.๑ ข้อมูลพื้นฐาน")
item(1, "O1", "ข้อมูลพื้นฐานของสำนักงานเขต", "ฝ่ายปกครอง",
     [("โครงสร้าง ผู้บริหาร อำนาจหน้าที่ ที่อยู่/ช่องทางติดต่อ", "ชีต ข้อมูลพื้นฐาน", T["ข้อมูลพื้นฐาน"])], "๒ เม.ย. ๖๙")
item(2, "O2", "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร", "ฝ่ายปกครอง",
     [("นโยบาย ผวก. / แผนปฏิบัติราชการ กทม. / แผนพัฒนาเขต", "ชีต นโยบาย ผวก.", T["นโยบาย ผวก."])], "๑๕ ม.ค. ๖๙")
item(3, "O๓", "โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต", "ฝ่ายการศึกษา",
     [("รายชื่อโรงเรียน ที่ตั้ง โทรศัพท์ (CSV)", "schools_bma_nongkhaem.csv", "/files/school/schools_bma_nongkhaem.csv")],
     "10/11/2568")
item(4, "o4", "การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน", "ฝ่ายปกครอง (งานประชาสัมพันธ์)",
     [("ตารางข่าวประชาสัมพันธ์", "ชีต ข่าว PR", T["ข่าว PR"]), ("หน้าข่าวบนเว็บไซต์", "/news/", "/news/")], "๑๑ พ.ค. ๖๙",
     note="เรียงจากเก่าไปใหม่ เลื่อนลงดูข่าวล่าสุด")
sec("๙.๒ การบริหารงาน")
item(5, "O5", "แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี", "ฝ่ายปกครอง",
     [("แผนปฏิบัติราชการประจำปี ๒๕๖๙", "actionplan_2569.xlsx", "/files/plan/actionplan_2569.xlsx"),
      ("รายงานผลการปฏิบัติราชการประจำปี", "actionplan_2569.xlsx (ชีต รายงานผล)", "/files/plan/actionplan_2569.xlsx")],
     "๓ พ.ย. ๖๘")
item(6, "O 6", "คู่มือการปฏิบัติหน้าที่", "ทุกฝ่าย",
     [("คู่มือการปฏิบัติงานรายฝ่าย", "ชีต คู่มือ (ส่วนที่ ๑)", T["คู่มือ"])], "๒๐ ก.พ. ๖๙")
item(7, "O๗", "คู่มือการให้บริการประชาชน", "ฝ่ายทะเบียน / ฝ่ายพัฒนาชุมชนฯ / ฝ่ายรายได้",
     [("คู่มือสำหรับประชาชน ๘ งานบริการ", "ชีต คู่มือ (ส่วนที่ ๒)", T["คู่มือ"])], "๒๐ ก.พ. ๖๙")
item(8, "O8", "E-Service", "ฝ่ายปกครอง",
     [("บริการออนไลน์ของสำนักงานเขต", "/eservice/", "/eservice/")], "๕ มี.ค. ๖๙")
item(9, "O9", "ข้อมูลสถิติการจัดเก็บภาษี", "ฝ่ายรายได้",
     [("สถิติภาษีรายเดือน ปีงบ ๒๕๖๙ (ชีตละเดือน + ชีตสรุป)", "tax_2569.xlsx", "/files/stat/tax_2569.xlsx")], str(serial(dt.date(2026, 5, 7))))
item(10, "O10", "ข้อมูลสถิติการจัดเก็บรายได้", "ฝ่ายรายได้",
     [("สถิติรายได้ (CSV)", "revenue_2569.csv", "/files/stat/revenue_2569.csv")], "๘ พ.ค. ๖๙")
item(11, "O11", "รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต", "ฝ่ายโยธา / ฝ่ายสิ่งแวดล้อมฯ",
     [("Checklist ใบอนุญาต", "ชีต O11 Checklist", T["O11 Checklist"])], "๑๒ ก.พ. ๖๙")
item(12, "O12", "ระบบติดตาม (Tracking System) สถานะการขอใบอนุญาต", "ฝ่ายโยธา",
     [("ระบบติดตามสถานะคำขออนุญาต (Tracking)", "ระบบติดตามสถานะคำขออนุญาต", "/eservice/tracking.php")], "๕ มี.ค. ๖๙")
sec("๙.๓ การบริหารเงินงบประมาณ")
item(13, "O13", "แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายงบประมาณประจำปี", "ฝ่ายการคลัง",
     [("แผนการใช้จ่าย ๒๕๖๙ + ผลการใช้จ่าย ๒๕๖๘", "budget_plan_report.xlsx", "/files/budget/budget_plan_report.xlsx")],
     "๒๘ ต.ค. ๖๘")
item(14, "O14", "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ ข้อมูลเงินอุดหนุนชุมชน", "ฝ่ายการคลัง / ฝ่ายพัฒนาชุมชนฯ",
     [("งบประมาณ / ข้อบัญญัติ / เงินอุดหนุนชุมชน", "budget_data_2569.xlsx", "/files/budget/budget_data_2569.xlsx")],
     "๙ ม.ค. ๖๙")
item(15, "O15", "ประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้าง และ สรุปผลการจัดซื้อจัดจ้างรายเดือน", "ฝ่ายการคลัง",
     [("ประกาศจัดซื้อจัดจ้าง + สขร.๑ รายเดือน", "ชีต ประกาศจัดซื้อ", T["ประกาศจัดซื้อ"])], "๗ พ.ค. ๖๙")
sec("๙.๔ การบริหารและพัฒนาทรัพยากรบุคคล")
item(16, "O16", "หลักเกณฑ์การบริหาร และพัฒนาทรัพยากรบุคคล", "ฝ่ายปกครอง",
     [("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ๒๕๖๙", "HR-criteria-2569.pdf", "/files/hr/HR-criteria-2569.pdf")],
     "๑๙ ม.ค. ๖๙")
item(17, "O17", "ช่องทางการร้องเรียนการทุจริตและข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี", "ฝ่ายปกครอง",
     [("ช่องทางร้องเรียน + สถิติรายเดือน", "ชีต ร้องเรียน", T["ร้องเรียน"])], "๖ พ.ค. ๖๙")
sec("ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต")
item(18, "O18", "ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) และการรายงานผลสู่การปฏิบัติ", "ฝ่ายปกครอง",
     [("ประกาศนโยบาย ABP", "abp_policy.pdf", "/files/abp/abp_policy.pdf"),
      ("รายงานผลการนำนโยบายสู่การปฏิบัติ", "abp_report.xlsx", "/files/abp/abp_report.xlsx")],
     str(serial(dt.date(2026, 2, 19))))
item(19, "O19", "การประเมินความเสี่ยงต่อการรับสินบนและการรายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน",
     "ฝ่ายการคลัง", [("ประเมินความเสี่ยง ๒๕๖๙ + รายงานรอบ ๖ เดือน", "bribery_risk_2569.xlsx", "/files/risk/bribery_risk_2569.xlsx")],
     "๓ เม.ย. ๖๙")
item(20, "O20", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", "ฝ่ายปกครอง",
     [("แนวทางการใช้ดุลยพินิจ (รวมไว้ในไฟล์บริหารความเสี่ยง)", "bribery_risk_2569.xlsx", "/files/risk/bribery_risk_2569.xlsx")],
     "๓ เม.ย. ๖๙")
item(21, "O21", "การจัดการทรัพย์สินของราชการ ของบริจาคและการจัดเก็บของกลาง", "ฝ่ายการคลัง / ฝ่ายเทศกิจ",
     [("ทะเบียนทรัพย์สิน / ของบริจาค / ของกลาง", "asset_donation.xlsx", "/files/asset/asset_donation.xlsx")], "๑ เม.ย. ๖๙")
item(22, "O22", "มาตรการในการยกระดับคุณธรรมและความโปร่งใส และการรายงานผลการดำเนินงาน", "ฝ่ายปกครอง",
     [("มาตรการยกระดับคุณธรรมฯ ๒๕๖๙ (ฉบับลงนาม)", "measures_2569_scan.pdf", "/files/ita/measures_2569_scan.pdf"),
      ("รายงานผลการดำเนินงานรอบ ๖ เดือน", "measures_report_6m_2569.xlsx", "/files/ita/measures_report_6m_2569.xlsx")],
     "๓๐ มี.ค. ๖๙")
idx.append([])
idx.append([C("ลิงก์อื่น ๆ", "sec", cs=10)])
idx.append(["", "", C("OIT ปีงบประมาณ ๒๕๖๘ (ไฟล์ย้อนหลัง – Excel Web Page)", "w"), "", "", "",
            C("OIT2568.htm", href="/oit/2568/OIT2568.htm")])
idx.append(["", "", C("หน้าแรกเว็บไซต์สำนักงานเขต", "w"), "", "", "", C("หน้าแรก", href="/")])
idx.append(["", "", C("เพจ Facebook สำนักงานเขตหนองแขม", "w"), "", "", "",
            C("facebook.com/nongkhaemdistrict", href="https://www.facebook.com/nongkhaemdistrict")])
sheet_page("index.html", "OIT 2569", idx, W, frozen=3, min_rows=len(idx) + 12)

# ---- tab 1: ข้อมูลพื้นฐาน
W1 = [130, 200, 230, 170, 230, 60, 60]
r1 = [[C("ข้อมูลพื้นฐานของสำนักงานเขตหนองแขม", "title", cs=7)],
      [C("หัวข้อ", "hdr"), C("รายละเอียด", "hdr", cs=4), C("", "hdr"), C("", "hdr")],
      [C("ประวัติ", "sec"), C("เขตหนองแขมเดิมเป็นอำเภอหนองแขม จังหวัดธนบุรี ยกฐานะเป็นเขตเมื่อ พ.ศ. ๒๕๑๕ พื้นที่ส่วนใหญ่เป็นที่อยู่อาศัยและสวนเกษตรเดิม มีคลองภาษีเจริญไหลผ่าน", "w", cs=4)],
      [C("พื้นที่ / ประชากร", "sec"), C("พื้นที่ ๓๕.๘๒๕ ตร.กม. แบ่งเป็น ๒ แขวง คือ แขวงหนองแขม และแขวงหนองค้างพลู ประชากรตามทะเบียนราษฎร ๑๕๕,๔๑๒ คน (ธ.ค. ๒๕๖๘)", "w", cs=4)],
      [C("อำนาจหน้าที่", "sec", rs=5), C("๑. ดูแลความเรียบร้อย รักษาความสะอาด และจัดระเบียบพื้นที่สาธารณะในเขต ตามที่กรุงเทพมหานครมอบหมาย", "w", cs=4)],
      [C("๒. ให้บริการงานทะเบียนราษฎรและบัตรประจำตัวประชาชน", "w", cs=4)],
      [C("๓. จัดเก็บภาษีและรายได้ของกรุงเทพมหานครในพื้นที่", "w", cs=4)],
      [C("๔. ดูแลโรงเรียนสังกัดกรุงเทพมหานคร งานพัฒนาชุมชนและสวัสดิการสังคม", "w", cs=4)],
      [C("๕. ปฏิบัติหน้าที่อื่นตามพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘ และที่ผู้ว่าราชการกรุงเทพมหานครมอบหมาย", "w", cs=4)],
      [C("โครงสร้าง", "sec"), C("แผนภูมิโครงสร้างสำนักงานเขตหนองแขม (ผู้อำนวยการเขต ผู้ช่วยผู้อำนวยการเขต และ ๑๐ ฝ่าย)", "w", cs=4, img=("/img/org_chart.png", 600, 280))],
      [],
      [C("ผู้บริหาร", "hdr"), C("รูป", "hdr"), C("ชื่อ - สกุล", "hdr"), C("ตำแหน่ง", "hdr"), C("โทรศัพท์ / อีเมล", "hdr")]]
ex = [("/img/exec/director.png", DIRECTOR), ("/img/exec/assist1.png", ASSIST[0]), ("/img/exec/vacant.png", ASSIST[1])]
for name, slug, head in DIVS:
    ex.append(("/img/exec/head_%s.png" % slug, (head, "หัวหน้า" + name, "0 2421 3050 ต่อ 66%02d" % (10 + len(ex)),
                                               "nongkhaem.%s@bangkok.go.th" % slug)))
for i, (img, p) in enumerate(ex, 1):
    r1.append([C(th(i), "c"), C("", "c", img=(img, 60, 75)), C(p[0], "w"), C(p[1], "w"), C(p[2] + "\n" + p[3], "w")])
r1 += [[],
       [C("ติดต่อ", "sec", rs=6), C("ที่อยู่", "w"), C("เลขที่ ๗๘๙ ถนนเพชรเกษม แขวงหนองค้างพลู เขตหนองแขม กรุงเทพมหานคร ๑๐๑๖๐", "w", cs=3)],
       [C("โทรศัพท์", "w"), C("0 2421 3050, 0 2421 3051", "w", cs=3)],
       [C("โทรสาร", "w"), C("0 2421 3052", "w", cs=3)],
       [C("อีเมล", "w"), C("nongkhaem@bangkok.go.th", "w", cs=3)],
       [C("แผนที่", "w"), C("Google Maps: สำนักงานเขตหนองแขม", href="https://maps.google.com/?q=สำนักงานเขตหนองแขม", cs=3, img=("/img/map.png", 240, 150))],
       [C("หน้าติดต่อเรา", "w"), C("/contact/", href="/contact/", cs=3)],
       [],
       [C("กฎหมายที่เกี่ยวข้อง", "sec", rs=3), C("พ.ร.บ. ระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘", href="https://www.krisdika.go.th/", cs=4)],
       [C("พ.ร.บ. ข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐", href="https://www.oic.go.th/", cs=4)],
       [C("พ.ร.บ. การอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘", href="https://www.opdc.go.th/", cs=4)]]
sheet_page("sheet_gid_1186342207.html", "ข้อมูลพื้นฐาน", r1, W1, frozen=2, min_rows=len(r1) + 5)

# ---- tab 2: ข่าว PR (oldest first)
NEWS_LOCAL = [
    (dt.date(2026, 1, 14), "เขตหนองแขมจัดงานวันเด็กแห่งชาติ ๒๕๖๙ ณ สวนสาธารณะเขต", "n1"),
    (dt.date(2026, 2, 20), "ขุดลอกคลองสาขาคลองราชมนตรี รับมือฤดูฝน", "n2"),
    (dt.date(2026, 3, 18), "ตรวจร้านอาหารริมทาง ต่อใบรับรองสุขลักษณะ", "n3"),
    (dt.date(2026, 4, 9), "รณรงค์ชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในเดือนเมษายน", "n4"),
    (dt.date(2026, 4, 28), "ติดตั้งไฟส่องสว่างซอยเพชรเกษม ๘๑ ครบ ๔๐ จุด", "n5"),
    (dt.date(2026, 5, 11), "ประชุมชี้แจงแนวทาง ITA ๒๕๖๙ แก่หัวหน้าฝ่าย", "n6"),
]
TOPICS = ["เก็บขยะชิ้นใหญ่ในชุมชน", "ตรวจความปลอดภัยสถานบันเทิง", "ล้างตลาดสดประจำเดือน", "ฉีดวัคซีนพิษสุนัขบ้า",
          "ซ่อมทางเท้าถนนมาเจริญ", "จัดระเบียบหาบเร่แผงลอย", "อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน", "ตัดแต่งกิ่งไม้ริมถนน",
          "ประชุมกรรมการชุมชน", "มอบถุงยังชีพผู้ประสบอุทกภัย", "ลอกท่อระบายน้ำ", "กิจกรรมวันสิ่งแวดล้อมโลก"]
news = []
d = dt.date(2024, 1, 10)
while d < dt.date(2025, 12, 20):
    news.append((d, "เขตหนองแขม" + random.choice(TOPICS), None))
    d += dt.timedelta(days=random.randint(18, 30))
news += NEWS_LOCAL
news.sort(key=lambda x: x[0])
W2 = [110, 430, 170, 280]
r2 = [[C("วันที่", "hdr"), C("หัวข้อข่าว", "hdr"), C("ฝ่าย", "hdr"), C("ลิงก์", "hdr")]]
for dd, t, slug in news:
    link = C("อ่านข่าว", href="/news/%s.html" % slug) if slug else \
        C("facebook.com/nongkhaemdistrict/posts/%d" % random.randint(10 ** 9, 10 ** 10),
          href="https://www.facebook.com/nongkhaemdistrict/posts/%d" % random.randint(10 ** 9, 10 ** 10))
    r2.append([C(be_short(dd), "c"), C(t, "w"), C(random.choice(["ปกครอง", "รักษาความสะอาดฯ", "เทศกิจ", "โยธา", "สิ่งแวดล้อมฯ"]), "w"), link])
sheet_page("sheet_gid_602839114.html", "ข่าว PR", r2, W2, frozen=1, min_rows=len(r2) + 5)

# ---- tab 3: คู่มือ
W3 = [60, 290, 230, 150, 120, 40]
r3 = [[C("ส่วนที่ ๑ คู่มือการปฏิบัติหน้าที่ (O6) – แยกตามฝ่าย", "title", cs=6)],
      [C("ลำดับ", "hdr"), C("ฝ่าย", "hdr"), C("ไฟล์", "hdr"), C("ปรับปรุงล่าสุด", "hdr"), C("สถานะ", "hdr"), C("", "hdr")]]
for i, (name, slug, head) in enumerate(DIVS, 1):
    if slug in WORK_MANUAL_OK:
        r3.append([C(th(i), "c"), C(name, "w"), C("manual_%s.pdf" % slug, href="/files/manual/work/manual_%s.pdf" % slug),
                   C("ต.ค. ๖๘", "c"), C("✔", "ok")])
    else:
        r3.append([C(th(i), "c"), C(name, "w"), C("อยู่ระหว่างปรับปรุง", "grey"), C("", "c"), C("รอไฟล์", "warn")])
r3 += [[], [C("ส่วนที่ ๒ คู่มือการให้บริการประชาชน (O๗)", "title", cs=6)],
       [C("ลำดับ", "hdr"), C("งานบริการ", "hdr"), C("ฝ่ายที่ให้บริการ", "hdr"), C("ไฟล์", "hdr"), C("", "hdr"), C("", "hdr")]]
for i, (svc, div) in enumerate(SERVICES, 1):
    r3.append([C(th(i), "c"), C(svc, "w"), C("ฝ่าย" + div, "w"), C("คลิก", href="/files/manual/service/service_%02d.pdf" % i)])
sheet_page("sheet_gid_1598450077.html", "คู่มือ", r3, W3, frozen=2, min_rows=len(r3) + 6)

# ---- tab 4: O11 Checklist (EMPTY)
sheet_page("sheet_gid_1290547781.html", "O11 Checklist", [], [100] * 8, frozen=1, min_rows=30)

# ---- tab 5: ประกาศจัดซื้อ
W5 = [90, 420, 150, 260, 90]
r5 = [[C("ประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ พ.ศ. ๒๕๖๙", "title", cs=5)],
      [C("ระบบประกาศจัดซื้อจัดจ้างของกรุงเทพมหานคร (e-GPBMA)", "w", cs=2), C("e-GPBMA", href="https://www.bangkok.go.th/egpbma"), ""],
      [C("วันที่", "hdr"), C("ประกาศ", "hdr"), C("ประเภท", "hdr"), C("ไฟล์", "hdr"), C("", "hdr")]]
for i, (dd, t) in enumerate(ANN, 1):
    r5.append([C(be_short(dd), "c"), C(t, "w"), C("ประกาศ", "c"), C("announce_2569_%02d.pdf" % i, href="/files/procure/announce_2569_%02d.pdf" % i)])
r5 += [[], [C("สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.๑)", "sec", cs=5)],
       [C("เดือน", "hdr"), C("รายละเอียด", "hdr"), C("รูปแบบ", "hdr"), C("ไฟล์", "hdr"), C("", "hdr")],
       [C("ต.ค. ๖๘", "c"), C("ไตรมาส ๑ รวมในไฟล์เดียว แยกชีตตามเดือน (ต.ค. / พ.ย. / ธ.ค.)", "w", rs=3), C("XLSX", "c", rs=3),
        C("sorkhor1_q1_2569.xlsx", href="/files/procure/sorkhor1_q1_2569.xlsx", rs=3)],
       [C("พ.ย. ๖๘", "c")],
       [C("ธ.ค. ๖๘", "c")]]
for y, m in FY69_MONTHS[3:]:
    fn = "sorkhor1_%d%02d.csv" % (y + 543, m)
    r5.append([C(mlabel(y, m, True), "c"), C("สขร.๑ เดือน%s %s" % (MON_FULL[m], th(y + 543)), "w"), C("CSV", "c"),
               C(fn, href="/files/procure/" + fn)])
r5 += [[], [C("ปีงบประมาณ ๒๕๖๘ (ย้อนหลัง)", "grey", cs=5)],
       [C("ก.ย. ๖๘", "c"), C("สขร.๑ เดือนกันยายน ๒๕๖๘", "w"), C("CSV", "c"), C("sorkhor1_256809.csv", href="/files/old/sorkhor1_256809.csv")]]
sheet_page("sheet_gid_877215430.html", "ประกาศจัดซื้อ", r5, W5, frozen=1, min_rows=len(r5) + 8)

# ---- tab 6: ร้องเรียน
W6 = [200, 420, 260]
r6 = [[C("ช่องทางการร้องเรียนการทุจริตและประพฤติมิชอบ สำนักงานเขตหนองแขม", "title", cs=3)],
      [C("ช่องทาง", "hdr"), C("รายละเอียด", "hdr"), C("ลิงก์", "hdr")],
      [C("ด้วยตนเอง", "w"), C("ฝ่ายปกครอง ชั้น ๒ อาคารสำนักงานเขต วันและเวลาราชการ", "w"), ""],
      [C("โทรศัพท์", "w"), C("0 2421 3050 ต่อ 6611 / สายด่วนกรุงเทพมหานคร 1555", "w"), ""],
      [C("อีเมล", "w"), C("nongkhaem.complaint@bangkok.go.th", "w"), C("ส่งอีเมล", href="mailto:nongkhaem.complaint@bangkok.go.th")],
      [C("หนังสือ/ไปรษณีย์", "w"), C("ถึง ผู้อำนวยการเขตหนองแขม (ระบุ \"เรื่องร้องเรียนการทุจริต\" ที่หน้าซอง)", "w"), ""],
      [C("Traffy Fondue", "w"), C("แจ้งผ่านแอปพลิเคชันหรือ LINE @traffyfondue", "w"), C("traffy.in.th", href="https://traffy.in.th/")],
      [C("กล่องรับเรื่องร้องเรียน", "w"), C("ติดตั้งหน้าห้องฝ่ายปกครอง เปิดกล่องทุกวันศุกร์โดยคณะกรรมการ ๓ คน", "w"), ""],
      [],
      [C("ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ ๒๕๖๙ (รายเดือน)", "sec", cs=2),
       C("corruption_stats_2569.csv", href="/files/complaint/corruption_stats_2569.csv")]]
sheet_page("sheet_gid_341769802.html", "ร้องเรียน", r6, W6, frozen=2, min_rows=len(r6) + 8)

# ---- tab 7: นโยบาย ผวก.
W7 = [60, 430, 280]
r7 = [[C("นโยบายผู้ว่าราชการกรุงเทพมหานคร และแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร", "title", cs=3)],
      [C("ลำดับ", "hdr"), C("เอกสาร", "hdr"), C("ไฟล์ / ลิงก์", "hdr")],
      [C("๑", "c"), C("นโยบายผู้ว่าราชการกรุงเทพมหานคร ๙ ด้าน (สรุปสำหรับเขตหนองแขม)", "w"), C("governor_policy.pdf", href="/files/policy/governor_policy.pdf")],
      [C("๒", "c"), C("แผนปฏิบัติราชการกรุงเทพมหานคร ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", "w"), C("bma_actionplan_2569.pdf", href="/files/policy/bma_actionplan_2569.pdf")],
      [C("๓", "c"), C("แผนพัฒนาเขตหนองแขม พ.ศ. ๒๕๖๖ - ๒๕๗๐", "w"), C("district_devplan_2566-2570.pdf", href="/files/policy/district_devplan_2566-2570.pdf")],
      [C("๔", "c"), C("แผนพัฒนากรุงเทพมหานครระยะ ๒๐ ปี (พ.ศ. ๒๕๖๑ - ๒๕๘๐) ฉบับเต็ม", "w"), C("สำนักยุทธศาสตร์และประเมินผล", href="https://www.bangkok.go.th/pipd")]]
sheet_page("sheet_gid_2039175513.html", "นโยบาย ผวก.", r7, W7, frozen=2, min_rows=len(r7) + 10)

# ---- tab 8: Sheet9 scratch
W8 = [110, 80, 360, 100]
r8 = [[C("เช็คลิงก์", "hdr"), C("ข้อ", "hdr"), C("บันทึก", "hdr"), C("ผู้ตรวจ", "hdr")],
      [C("๑๒ ก.พ. ๖๙", "c"), C("O11", "c"), C("รอฝ่ายโยธาส่ง checklist ใบอนุญาตก่อสร้าง", "w"), C("สุภาพร", "c")],
      [C("๑๒ ก.พ. ๖๙", "c"), C("O16", "c"), C("เปลี่ยนชื่อไฟล์ใหม่แล้ว", "w"), C("สุภาพร", "c")],
      [C("๑๐ มี.ค. ๖๙", "c"), C("O15", "c"), C("อัป สขร. ก.พ. แล้ว", "w"), C("อรุณี", "c")],
      [C("๑๒ พ.ค. ๖๙", "c"), C("ทั้งหมด", "c"), C("ตรวจรอบเดือน พ.ค.", "w"), C("สุภาพร", "c")]]
sheet_page("sheet_gid_95121408.html", "Sheet9", r8, W8, frozen=1, min_rows=20)

# ================================================================ OIT 2568 archive (Excel 'Save as Web Page', windows-874)
XL_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-874">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
"""
write("/oit/2568/OIT2568.htm", XL_HEAD + """<title>OIT2568</title>
<link rel=File-List href="OIT2568_files/filelist.xml">
</head>
<frameset rows="*,39" border=0 width=0 frameborder=no framespacing=0>
 <frame src="OIT2568_files/sheet001.htm" name="frSheet">
 <frame src="OIT2568_files/tabstrip.htm" name="frTabs" marginwidth=0 marginheight=0>
 <noframes>
  <body>
   <p>หน้านี้ใช้เฟรม ซึ่งเบราว์เซอร์ของคุณไม่สนับสนุน <a href="OIT2568_files/sheet001.htm">เปิดแผ่นงาน</a></p>
  </body>
 </noframes>
</frameset>
</html>
""", encoding="cp874")
write("/oit/2568/OIT2568_files/tabstrip.htm", XL_HEAD + """<link id=Main-File rel=Main-File href="../OIT2568.htm">
</head>
<body topmargin=0 leftmargin=0 bgcolor="#808080">
<table border=0 cellspacing=1>
 <tr>
 <td bgcolor="#FFFFFF" nowrap><b><small><small>&nbsp;<a href="sheet001.htm" target="frSheet"><font face="Tahoma" color="#000000">OIT2568</font></a>&nbsp;</small></small></b></td>
 <td bgcolor="#FFFFFF" nowrap><b><small><small>&nbsp;<a href="sheet002.htm" target="frSheet"><font face="Tahoma" color="#000000">สขร68</font></a>&nbsp;</small></small></b></td>
 </tr>
</table>
</body>
</html>
""", encoding="cp874")
OLD = [("O1", "ข้อมูลพื้นฐาน", "../../../about/"), ("O5", "แผนปฏิบัติราชการ 2568", "../../../files/plan/actionplan_2568.xlsx"),
       ("O9", "สถิติภาษี 2568", "../../../files/old/tax_2568.xlsx"), ("O10", "สถิติรายได้ 2568", "../../../files/stat/revenue_2568.csv"),
       ("O11", "", None), ("O15", "สขร.1 ปี 2568 (ชีต สขร68)", "sheet002.htm"), ("O18", "ABP 2567", "../../../files/abp/abp_policy.pdf"),
       ("O20", "", None), ("O22", "มาตรการ ITA 2568", "../../../files/ita/measures_2568.pdf")]
rows_html = "".join(
    '<tr height=24 style=\'height:18.0pt\'><td class=xl66>%s</td><td class=xl67>%s</td><td class=xl68>%s</td></tr>\n'
    % (c, t, ('<a href="%s">%s</a>' % (h, h.split("/")[-1] or "about")) if h else "-")
    for c, t, h in OLD)
write("/oit/2568/OIT2568_files/sheet001.htm", XL_HEAD + """<link id=Main-File rel=Main-File href="../OIT2568.htm">
<style>.xl65{font-weight:700;background:#C6E0B4;border:.5pt solid windowtext}.xl66{text-align:center;border:.5pt solid windowtext}
.xl67{border:.5pt solid windowtext}.xl68{color:blue;text-decoration:underline;border:.5pt solid windowtext}</style>
</head>
<body link=blue vlink=purple>
<table border=0 cellpadding=0 cellspacing=0 width=620 style='border-collapse:collapse;table-layout:fixed;width:465pt'>
<tr height=28><td colspan=3 class=xl65>แบบตรวจ OIT ปีงบประมาณ 2568 เขตหนองแขม</td></tr>
<tr><td class=xl65>ข้อ</td><td class=xl65>หลักฐาน</td><td class=xl65>ลิงก์</td></tr>
""" + rows_html + """</table>
</body>
</html>
""", encoding="cp874")
write("/oit/2568/OIT2568_files/sheet002.htm", XL_HEAD + """<link id=Main-File rel=Main-File href="../OIT2568.htm">
</head>
<body link=blue vlink=purple>
<table border=0 cellpadding=0 cellspacing=0>
<tr><td><b>สขร.1 ปีงบประมาณ 2568</b></td></tr>
<tr><td>กันยายน 2568</td><td><a href="../../../files/old/sorkhor1_256809.csv">sorkhor1_256809.csv</a></td></tr>
<tr><td>ต.ค. 2567 - ส.ค. 2568</td><td>ย้ายไปเก็บในระบบ e-GPBMA</td></tr>
</table>
</body>
</html>
""", encoding="cp874")
write("/oit/2568/OIT2568_files/filelist.xml", """<xml xmlns:o="urn:schemas-microsoft-com:office:office">
 <o:MainFile HRef="../OIT2568.htm"/>
 <o:File HRef="sheet001.htm"/>
 <o:File HRef="sheet002.htm"/>
 <o:File HRef="tabstrip.htm"/>
 <o:File HRef="filelist.xml"/>
</xml>
""")

# ================================================================ ORDINARY SITE PAGES
home_news = "".join('<li>%s <a href="/news/%s.html">%s</a></li>' % (be_short(d, True), s, html.escape(t))
                    for d, t, s in reversed(NEWS_LOCAL))
page("/index.html", "หน้าแรก", """
<table width="100%%"><tr><td valign="top">
<h2>ข่าวล่าสุด</h2><ul>%s</ul><p><a href="/news/">ข่าวทั้งหมด »</a></p>
</td><td valign="top" width="260">
<div style="border:2px solid #2e6b3a;padding:10px;background:#f7fff4">
<b>ITA / OIT ประจำปีงบประมาณ ๒๕๖๙</b><br>สำนักงานเขตหนองแขมเผยแพร่ข้อมูลตามแบบตรวจ OIT ในรูปแบบตาราง (Google Sheets)<br>
<a href="/ita">» เปิดตารางการเปิดเผยข้อมูลสาธารณะ</a></div>
<p><img src="/img/gallery/g1.jpg" width="240" alt="กิจกรรม"></p>
</td></tr></table>
<h3>บริการประชาชน</h3>
<p><a href="/eservice/">จองคิวออนไลน์</a> · <a href="/division/tabian.html">งานทะเบียน</a> · <a href="/division/raidai.html">ชำระภาษี</a> · <a href="/jobs/">ประกาศรับสมัครงาน</a> · <a href="/travel/">ท่องเที่ยวหนองแขม</a> · <a href="/gallery/">ภาพกิจกรรม</a></p>
""" % home_news)

page("/about/index.html", "เกี่ยวกับเขต", """<h2>เกี่ยวกับเขตหนองแขม</h2>
<p>เขตหนองแขมตั้งอยู่ทางฝั่งตะวันตกของกรุงเทพมหานคร ติดต่อกับจังหวัดสมุทรสาครและนครปฐม ชื่อ "หนองแขม" มาจากหนองน้ำที่มีต้นแขมขึ้นหนาแน่นในอดีต</p>
<p>ข้อมูลพื้นฐานฉบับเต็มสำหรับการประเมิน ITA (โครงสร้าง ผู้บริหาร อำนาจหน้าที่) ดูได้ที่ <a href="/oit/2569/sheet_gid_1186342207.html">ตารางข้อมูลพื้นฐาน</a></p>
<p><img src="/img/org_chart.png" width="600" alt="โครงสร้าง"></p>""")

page("/contact/index.html", "ติดต่อเรา", """<h2>ติดต่อสำนักงานเขตหนองแขม</h2>
<p>เลขที่ ๗๘๙ ถนนเพชรเกษม แขวงหนองค้างพลู เขตหนองแขม กรุงเทพมหานคร ๑๐๑๖๐</p>
<p>โทรศัพท์ ๐ ๒๔๒๑ ๓๐๕๐, ๐ ๒๔๒๑ ๓๐๕๑ · โทรสาร ๐ ๒๔๒๑ ๓๐๕๒ · อีเมล nongkhaem@bangkok.go.th</p>
<p><img src="/img/map.png" alt="แผนที่"></p><p>เวลาทำการ จันทร์ - ศุกร์ ๐๘.๐๐ - ๑๖.๐๐ น.</p>""")

div_list = "".join('<li><a href="/division/%s.html">%s</a></li>' % (s, n) for n, s, h in DIVS)
page("/division/index.html", "ฝ่ายต่าง ๆ", "<h2>ฝ่ายในสำนักงานเขต</h2><ul>%s</ul>" % div_list)
DUTY = {"pokkrong": "งานสารบรรณ งานนิติการ งานประชาสัมพันธ์ และงานประสานการประเมิน ITA",
        "tabian": "งานทะเบียนราษฎร บัตรประจำตัวประชาชน และทะเบียนทั่วไป",
        "klang": "งานการเงิน บัญชี พัสดุ และการจัดซื้อจัดจ้าง",
        "raidai": "งานจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย และค่าธรรมเนียม",
        "yotha": "งานควบคุมอาคาร งานก่อสร้างและบำรุงรักษาถนน ท่อระบายน้ำ",
        "sukhaphiban": "งานสุขาภิบาลอาหาร งานควบคุมเหตุรำคาญ และการออกใบอนุญาตด้านสาธารณสุข",
        "raksa": "งานเก็บขนมูลฝอย งานรักษาความสะอาดถนน และสวนสาธารณะ",
        "thetsakit": "งานรักษาความสงบเรียบร้อย จัดระเบียบหาบเร่แผงลอย",
        "suksa": "งานกำกับดูแลโรงเรียนสังกัดกรุงเทพมหานครในพื้นที่",
        "chumchon": "งานพัฒนาชุมชน สวัสดิการผู้สูงอายุ ผู้พิการ และกองทุนชุมชน"}
for n, s, h in DIVS:
    page("/division/%s.html" % s, n, "<h2>%s</h2><p>หัวหน้าฝ่าย: %s</p><p>ภารกิจ: %s</p><p>ติดต่อ ๐ ๒๔๒๑ ๓๐๕๐</p>" % (n, h, DUTY[s]))

NEWS_BODY = {
    "n1": "สำนักงานเขตหนองแขมร่วมกับโรงเรียนสังกัดกรุงเทพมหานครในพื้นที่ จัดกิจกรรมวันเด็ก มีเด็กและผู้ปกครองร่วมงานกว่า ๒,๐๐๐ คน",
    "n2": "ฝ่ายโยธาเร่งขุดลอกคลองสาขาเพื่อเพิ่มประสิทธิภาพการระบายน้ำ ระยะทางรวม ๓.๒ กิโลเมตร คาดแล้วเสร็จก่อนฤดูฝน",
    "n3": "ฝ่ายสิ่งแวดล้อมและสุขาภิบาลออกตรวจร้านอาหารริมทาง ๘๕ ร้าน ผ่านเกณฑ์ ๗๙ ร้าน ร้านที่เหลือให้ปรับปรุงภายใน ๓๐ วัน",
    "n4": "ฝ่ายรายได้เชิญชวนผู้เสียภาษีชำระภาษีที่ดินและสิ่งปลูกสร้างภายในกำหนด ชำระได้ที่เขตหรือผ่านแอปพลิเคชันธนาคาร",
    "n5": "ติดตั้งไฟส่องสว่างในซอยเปลี่ยวตามโครงการปลอดภัยดี ครบ ๔๐ จุดตามแผน",
    "n6": "ผู้อำนวยการเขตประชุมหัวหน้าฝ่ายทุกฝ่าย ทบทวนการเผยแพร่ข้อมูลสาธารณะตามแบบตรวจ OIT และมอบหมายผู้รับผิดชอบรายข้อ",
}
nl = ""
for i, (d, t, s) in enumerate(sorted(NEWS_LOCAL, reverse=True)):
    page("/news/%s.html" % s, t, "<h2>%s</h2><p><i>%s</i></p><p>%s</p><p><img src=\"/img/gallery/g%d.jpg\" width=\"400\"></p>"
         % (html.escape(t), be_long(d), NEWS_BODY[s], i + 2))
    nl += '<li>%s – <a href="/news/%s.html">%s</a></li>' % (be_short(d), s, html.escape(t))
page("/news/index.html", "ข่าวสาร", "<h2>ข่าวประชาสัมพันธ์</h2><ul>%s</ul><p>ข่าวย้อนหลังดูได้ที่ <a href=\"/oit/2569/sheet_gid_602839114.html\">ตารางข่าว PR</a> และเพจ Facebook</p>" % nl)
page("/gallery/index.html", "ภาพกิจกรรม", "<h2>ภาพกิจกรรม</h2>" + "".join(
    '<img src="/img/gallery/g%d.jpg" width="190" style="margin:4px">' % i for i in range(1, 9)))
TRAVEL = [("วัดหนองแขม", "วัดเก่าแก่ริมคลองภาษีเจริญ มีอุโบสถทรงไทยและตลาดนัดวันอาทิตย์"),
          ("สวนสาธารณะเขตหนองแขม", "สวนสำหรับออกกำลังกาย มีลานกีฬาและทางจักรยานรอบบึง"),
          ("ตลาดน้ำคลองราชมนตรี", "ตลาดเล็ก ๆ ของชาวสวน เปิดเฉพาะเช้าวันเสาร์และอาทิตย์")]
tl = ""
for i, (t, b) in enumerate(TRAVEL, 1):
    page("/travel/%d.html" % i, t, "<h2>%s</h2><p>%s</p><p><img src=\"/img/gallery/g%d.jpg\" width=\"400\"></p>" % (t, b, i + 5))
    tl += '<li><a href="/travel/%d.html">%s</a></li>' % (i, t)
page("/travel/index.html", "ท่องเที่ยว", "<h2>แหล่งท่องเที่ยวในเขตหนองแขม</h2><ul>%s</ul>" % tl)
JOBS_ = [("รับสมัครลูกจ้างชั่วคราว ตำแหน่งพนักงานเก็บขนมูลฝอย ๕ อัตรา", "รับสมัคร ๑๘ - ๒๙ พฤษภาคม ๒๕๖๙ ณ ฝ่ายรักษาความสะอาดและสวนสาธารณะ"),
         ("รับสมัครพนักงานจ้างเหมา ตำแหน่งผู้ช่วยงานทะเบียน ๒ อัตรา", "รับสมัคร ๔ - ๑๕ พฤษภาคม ๒๕๖๙ คุณวุฒิ ปวช. ขึ้นไป")]
jl = ""
for i, (t, b) in enumerate(JOBS_, 1):
    page("/jobs/%d.html" % i, t, "<h2>%s</h2><p>%s</p><p>สอบถาม ๐ ๒๔๒๑ ๓๐๕๐ ต่อ ๖๖๑๑</p>" % (t, b))
    jl += '<li><a href="/jobs/%d.html">%s</a></li>' % (i, t)
page("/jobs/index.html", "รับสมัครงาน", "<h2>ประกาศรับสมัครงาน</h2><ul>%s</ul>" % jl)
page("/eservice/index.html", "E-Service", """<h2>บริการออนไลน์ (E-Service) สำนักงานเขตหนองแขม</h2>
<table class="t"><tr><th>บริการ</th><th>ช่องทาง</th></tr>
<tr><td>จองคิวล่วงหน้างานทะเบียน / บัตรประชาชน</td><td><a href="https://q.bangkok.go.th/">BMA Q</a></td></tr>
<tr><td>ยื่นคำขออนุญาตออนไลน์ (ก่อสร้าง/สาธารณสุข)</td><td><a href="https://oss.bangkok.go.th/">BMA OSS</a></td></tr>
<tr><td>ตรวจสอบสถานะคำขออนุญาต</td><td><a href="/eservice/tracking.php">ระบบติดตามสถานะคำขออนุญาต</a></td></tr>
<tr><td>แจ้งปัญหา / ร้องเรียน</td><td><a href="https://traffy.in.th/">Traffy Fondue</a></td></tr></table>
<h3>แบบคำร้องขอข้อมูลข่าวสารออนไลน์</h3>
<form method="post" action="/eservice/request.php">
<p>ชื่อ-สกุล <input name="name" required></p><p>เลขประจำตัวประชาชน <input name="pid" maxlength="13"></p>
<p>ข้อมูลที่ต้องการ <textarea name="detail" rows="3" cols="50"></textarea></p>
<p>อีเมลสำหรับตอบกลับ <input type="email" name="email"></p><p><button type="submit">ส่งคำร้อง</button></p></form>
<p>เจ้าหน้าที่จะติดต่อกลับภายใน ๓ วันทำการ</p>""")
write("/robots.txt", "User-agent: *\nDisallow: /admin/\n")

# ================================================================ meta.json
meta = {
    "framework": "bma-2567",
    "as_of": "2026-05-15",
    "start": "/",
    "name_th": DISTRICT,
    "author": "blind",
    "set": "held-out-10",
    "server": {"redirects": {"/ita": "/oit/2569/"}, "status": {"/eservice/tracking.php": 500}},
    "style": (
        "Small district site (table layout, yellow menu) whose whole OIT answer is a Google-Sheets 'publish to the web' export "
        "at /oit/2569/ (reached from the home menu link /ita, a declared redirect, and a banner): table.waffle grid with generated "
        "s0..sN classes, A/B/C column headers, numbered row headers, a freezebar after the frozen header rows, rowspan/colspan merges, "
        "softmerge cells, an empty spacer column, links wrapped in google.com/url only when external, and a tab strip where each tab is its "
        "own page (sheet_gid_*.html). Most evidence is XLSX/CSV downloads. Traps: O1 all basic info (exec photos as <img> inside cells, "
        "'- ว่าง -' post, contact+map) lives only in a spreadsheet tab (pass); O2 policy/plan PDFs behind a tab (pass); O3 school list is a "
        "UTF-8 CSV without BOM (pass); O4 news tab sorted oldest-first with 2567 rows on top and FY2569 at the bottom, Thai-digit dates (pass); "
        "O5 workbook has the 2569 plan, a visible 2567 report and a HIDDEN empty 'รายงานผล 2568' sheet (incomplete/stale); O6 three of ten "
        "divisions 'อยู่ระหว่างปรับปรุง' with no file (incomplete); O7 eight service manuals under O6 on the same tab, code 'O๗' (pass); "
        "O8 local e-service page with form + BMA Q/OSS/Traffy (pass); O9 tax workbook whose summary sheet is formulas with no cached values, "
        "month sheets ต.ค.68–เม.ย.69, serial dates (pass); O10 CSV named revenue_2569 but holding FY2568 (stale); O11 tab 'O11 Checklist' is an "
        "empty grid (missing); O12 tracking link /eservice/tracking.php answers 500 (broken); O13 plan 2569 + FY2568 spending report, hidden stale "
        "calc sheet (pass); O14 community-subsidy sheet lists names without amounts (incomplete); O15 e-GPBMA link, 2569 announcements, "
        "monthly สขร.1 as one quarterly XLSX (sheet per month, December 'ไม่มีการจัดซื้อจัดจ้าง') plus Jan–Apr CSVs with/without BOM, "
        "two-row merged headers, serial contract dates (pass); O16 link to HR-criteria-2569.pdf is 404, the real file has an underscore name "
        "linked nowhere (broken); O17 channels + all-zero monthly complaint statistics CSV (pass); O18 ABP policy signed 2566 by the former "
        "director + FY2567 report, row date shown as Excel serial of Feb 2026 (stale); O19 risk workbook opens on an instructions sheet, "
        "assessment 2569 + 6-month report (pass); O20 row links the risk workbook, no discretion guideline exists (missing); O21 assets and "
        "donations sheets but empty Sheet3 for seized goods (incomplete); O22 measures PDF is an image-only scan readable by a person + XLSX "
        "6-month report (pass or review). Noise: last year's OIT as an Excel 'Save as Web Page' frameset in windows-874 under /oit/2568/ "
        "with stale and dead links, a scratch 'Sheet9' tab, news, gallery, tourism, jobs and ten division pages."),
}
with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
    json.dump(meta, f, ensure_ascii=False, indent=2)
print("ok")
