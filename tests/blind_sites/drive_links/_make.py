# -*- coding: utf-8 -*-
"""Generate the Samphanthawong district office fixture (drive_links).

Style: a small district site whose OIT page links mostly to Google-Drive-style
viewer pages and Facebook-style posts (hosted on the same server), plus a few
real drive.google.com links that cannot be fetched.
Run: /work/blindenv/bin/python _make.py
"""
import hashlib
import json
import os
import shutil
import urllib.parse

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
FONTDIR = "/usr/share/fonts/truetype/tlwg/"
pdfmetrics.registerFont(TTFont("Garuda", FONTDIR + "Garuda.ttf"))
pdfmetrics.registerFont(TTFont("Garuda-Bold", FONTDIR + "Garuda-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Norasi", FONTDIR + "Norasi.ttf"))
pdfmetrics.registerFont(TTFont("Purisa", FONTDIR + "Purisa.ttf"))

DIST = "สัมพันธวงศ์"
OFFICE = "สำนักงานเขตสัมพันธวงศ์"
FBPAGE = "samphanthawong.bma"
DIRECTOR = "นายธนากร ศรีวัฒนกุล"
OLD_DIRECTOR = "นายสมเกียรติ พูลผล"
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def thd(s):
    return str(s).translate(TH)


def did(key):
    """Drive-like file id, deterministic."""
    h = hashlib.sha256(key.encode()).digest()
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "1" + "".join(alpha[b % 64] for b in h[:32])


def fbid(key):
    return str(10**15 + int(hashlib.md5(key.encode()).hexdigest()[:12], 16) % (9 * 10**15))


SERVER_FILES = {}
SERVER_REDIRECTS = {}


def write(rel, text):
    p = os.path.join(SITE, rel.lstrip("/"))
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)


def html_route(url, rel, html):
    """Serve html at url (raw path, may contain a query) from file rel."""
    write(rel, html)
    SERVER_FILES[url] = {"file": rel.lstrip("/"),
                         "headers": {"Content-Type": "text/html; charset=utf-8"}}


# ---------------------------------------------------------------- PDF helpers
ST = {
    "t": ParagraphStyle("t", fontName="Garuda-Bold", fontSize=14, leading=22, alignment=TA_CENTER),
    "h": ParagraphStyle("h", fontName="Garuda-Bold", fontSize=11.5, leading=18, spaceBefore=6),
    "p": ParagraphStyle("p", fontName="Garuda", fontSize=10.5, leading=17, firstLineIndent=24),
    "pl": ParagraphStyle("pl", fontName="Garuda", fontSize=10.5, leading=17),
    "c": ParagraphStyle("c", fontName="Garuda", fontSize=10.5, leading=17, alignment=TA_CENTER),
    "r": ParagraphStyle("r", fontName="Garuda", fontSize=10.5, leading=17, alignment=TA_RIGHT),
    "cell": ParagraphStyle("cell", fontName="Garuda", fontSize=8.5, leading=12),
    "cellb": ParagraphStyle("cellb", fontName="Garuda-Bold", fontSize=8.5, leading=12, alignment=TA_CENTER),
    "sig": ParagraphStyle("sig", fontName="Purisa", fontSize=15, leading=20, alignment=TA_CENTER),
}


def P(text, st="p"):
    return Paragraph(text, ST[st])


def table(rows, widths, head=1, small=False):
    st = ST["cell"]
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(str(c), ST["cellb"] if i < head else st) for c in r])
    t = Table(data, colWidths=widths, repeatRows=head)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, head - 1), colors.HexColor("#dde6f3")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def signature(name, pos, date_th):
    return [Spacer(1, 10), P("ประกาศ ณ วันที่ " + date_th, "c") if date_th else Spacer(1, 1),
            Spacer(1, 8), P(name.split()[0].replace("นางสาว", "").replace("นาย", "").replace("นาง", ""), "sig"),
            P("(" + name + ")", "c"), P(pos, "c")]


def pdf(rel, story, land=False):
    p = os.path.join(SITE, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    doc = SimpleDocTemplate(p, pagesize=landscape(A4) if land else A4,
                            leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title=rel, author=OFFICE)
    doc.build(story)
    return os.path.getsize(p)


# ---------------------------------------------------------------- page chrome
CSS = """body{font-family:Tahoma,'Noto Sans Thai',sans-serif;margin:0;background:#f4f6f8;color:#222}
.top{background:#0b4f2c;color:#fff;padding:10px 24px}.top a{color:#fff}
.portal{background:#06361e;color:#cfe;font-size:12px;padding:3px 24px}
.nav{background:#e8efe9;padding:6px 24px}.nav a{margin-right:16px;color:#0b4f2c;text-decoration:none}
.main{max-width:1000px;margin:16px auto;background:#fff;padding:20px 28px;border:1px solid #ddd}
table.t{border-collapse:collapse;width:100%}table.t td,table.t th{border:1px solid #bbb;padding:6px;vertical-align:top}
table.t th{background:#e3ece6}.foot{font-size:12px;color:#666;text-align:center;padding:16px}
"""


def page(title, body, crumbs=""):
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{title} | {OFFICE}</title>
<style>{CSS}</style></head><body>
<div class="portal">กรุงเทพมหานคร · สำนักงานเขต ๕๐ เขต · <a style="color:#cfe" href="https://www.bangkok.go.th/">bangkok.go.th</a></div>
<div class="top"><a href="/"><b>{OFFICE}</b></a> &nbsp; Samphanthawong District Office</div>
<div class="nav"><a href="/">หน้าแรก</a><a href="/about/index.html">ข้อมูลพื้นฐาน</a><a href="/news/index.html">ข่าวประชาสัมพันธ์</a><a href="/service/index.html">บริการประชาชน</a><a href="/eservice/index.html">E-Service</a><a href="/complaint/index.html">ร้องเรียน/แจ้งเบาะแส</a><a href="/oit/index.html">ITA / OIT</a><a href="/about/contact.html">ติดต่อเรา</a></div>
<div class="main">{crumbs}<h2>{title}</h2>
{body}
</div><div class="foot">{OFFICE} ๒๑๕ ถนนจักรวรรดิ แขวงจักรวรรดิ เขตสัมพันธวงศ์ กรุงเทพมหานคร ๑๐๑๐๐ โทร ๐ ๒๒๒๓ ๔๑๕๐ · ปรับปรุงล่าสุด ๔ ก.ค. ๒๕๖๘</div>
</body></html>"""


# ---------------------------------------------------------------- Drive mimic
DRIVE_OWNER = "ฝ่ายปกครอง เขตสัมพันธวงศ์"


def human_size(n):
    return f"{n/1024:.0f} KB" if n < 1024 * 1024 else f"{n/1048576:.1f} MB"


def drive_view_html(fid, name, size, modified, desc=""):
    dl = f"/drive/uc?id={fid}&amp;export=download"
    return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{name} - Google ไดรฟ์</title>
<style>body{{margin:0;font-family:Arial,Tahoma,sans-serif;background:#323639;color:#eee}}
.bar{{display:flex;align-items:center;gap:16px;background:#1f1f1f;padding:10px 18px}}
.bar .n{{flex:1;font-size:15px}} .bar a{{color:#8ab4f8;text-decoration:none;border:1px solid #5f6368;padding:6px 12px;border-radius:4px}}
.pv{{max-width:720px;margin:40px auto;background:#fff;color:#222;padding:40px;min-height:300px}}
.meta{{max-width:720px;margin:8px auto;font-size:13px;color:#bbb}}</style></head><body>
<div class="bar"><span>▲ ไดรฟ์</span><span class="n">{name}</span>
<a href="{dl}" aria-label="ดาวน์โหลด">ดาวน์โหลด</a><a href="#">เปิดด้วย ▾</a><a href="#">แชร์</a></div>
<div class="pv"><p style="color:#666">ไม่สามารถแสดงตัวอย่างไฟล์ได้ในขณะนี้ (กำลังประมวลผลตัวอย่าง)</p>
<p><b>{name}</b></p><p>{desc}</p>
<p><a href="{dl}">ดาวน์โหลด</a> เพื่อเปิดไฟล์ในเครื่องของคุณ</p></div>
<div class="meta">ประเภท: PDF · ขนาด: {size} · เจ้าของ: {DRIVE_OWNER} · แก้ไขล่าสุด: {modified}</div>
</body></html>"""


DENIED_HTML = """<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>Google ไดรฟ์ - คุณต้องมีสิทธิ์เข้าถึง</title>
<style>body{font-family:Arial,Tahoma,sans-serif;text-align:center;padding-top:80px;color:#202124}
.btn{background:#1a73e8;color:#fff;padding:10px 22px;border-radius:4px;border:0}</style></head><body>
<div style="font-size:22px">▲ Google ไดรฟ์</div>
<h1 style="font-weight:400">คุณต้องมีสิทธิ์เข้าถึง</h1>
<p>ขอสิทธิ์เข้าถึง หรือเปลี่ยนไปใช้บัญชีที่มีสิทธิ์เข้าถึง <a href="#">ดูข้อมูลเพิ่มเติม</a></p>
<form onsubmit="return false"><textarea placeholder="ข้อความ (ไม่บังคับ)" rows="3" cols="40"></textarea><br><br>
<button class="btn">ขอสิทธิ์เข้าถึง</button></form>
<p style="color:#5f6368;font-size:13px;margin-top:40px">คุณลงชื่อเข้าใช้ในฐานะผู้ใช้ที่ไม่ระบุตัวตน</p>
</body></html>"""

FILES = {}  # key -> dict(id, name, rel, size)


def drive_file(key, name, story, modified, desc="", land=False, ascii_name=None):
    fid = did(key)
    rel = f"store/{fid}.pdf"
    size = pdf(rel, story, land=land)
    ascii_name = ascii_name or (key + ".pdf")
    SERVER_FILES[f"/drive/uc?id={fid}&export=download"] = {
        "file": rel,
        "headers": {"Content-Type": "application/pdf",
                    "Content-Disposition": "attachment; filename=\"%s\"; filename*=UTF-8''%s"
                    % (ascii_name, urllib.parse.quote(name))}}
    html_route(f"/drive/file/d/{fid}/view", f"drive/file/d/{fid}/view.html",
               drive_view_html(fid, name, human_size(size), modified, desc))
    FILES[key] = {"id": fid, "name": name, "size": size, "modified": modified}
    return fid


def denied(key):
    fid = did(key)
    html_route(f"/drive/file/d/{fid}/view", f"drive/file/d/{fid}/view.html", DENIED_HTML)
    FILES[key] = {"id": fid}
    return fid


def view_url(key, q=""):
    return f"/drive/file/d/{FILES[key]['id']}/view" + q


def drive_folder(key, title, keys, modified):
    fid = did("folder-" + key)
    rows = "".join(
        f"<tr><td>📄 <a href=\"{view_url(k)}\">{FILES[k]['name']}</a></td><td>{DRIVE_OWNER}</td>"
        f"<td>{FILES[k]['modified']}</td><td>{human_size(FILES[k]['size'])}</td></tr>" for k in keys)
    html = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{title} - Google ไดรฟ์</title>
<style>body{{font-family:Arial,Tahoma,sans-serif;margin:0;color:#202124}}
.h{{padding:14px 24px;border-bottom:1px solid #ddd;font-size:18px}} table{{border-collapse:collapse;margin:16px 24px;width:90%}}
td,th{{text-align:left;padding:8px;border-bottom:1px solid #eee;font-size:14px}} a{{color:#1a0dab;text-decoration:none}}</style></head><body>
<div class="h">▲ ไดรฟ์ &rsaquo; แชร์กับฉัน &rsaquo; <b>{title}</b></div>
<div style="padding:4px 24px;color:#5f6368;font-size:13px">ทุกคนที่มีลิงก์สามารถดูได้ · แก้ไขโฟลเดอร์ล่าสุด {modified}</div>
<table><tr><th>ชื่อ ↑</th><th>เจ้าของ</th><th>แก้ไขล่าสุด</th><th>ขนาดไฟล์</th></tr>{rows}</table>
</body></html>"""
    html_route(f"/drive/drive/folders/{fid}", f"drive/drive/folders/{fid}.html", html)
    html_route(f"/drive/drive/folders/{fid}?usp=sharing", f"drive/drive/folders/{fid}.html", html)
    return f"/drive/drive/folders/{fid}"


# ---------------------------------------------------------------- FB mimic
POSTS = []  # (pid, date, text_short)


def fb_post(key, date_th, body_html, attach_html="", likes=12, shares=2):
    pid = fbid(key)
    html = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{OFFICE} - โพสต์ | Facebook</title>
<style>body{{background:#f0f2f5;font-family:Helvetica,Tahoma,sans-serif;margin:0}}
.fbbar{{background:#fff;border-bottom:1px solid #ddd;padding:8px 16px;color:#1877f2;font-weight:bold;font-size:22px}}
.card{{max-width:640px;margin:20px auto;background:#fff;border-radius:8px;padding:14px 16px;box-shadow:0 1px 2px rgba(0,0,0,.2)}}
.who{{font-weight:bold}} .when{{color:#65676b;font-size:13px}} .txt{{margin:12px 0;line-height:1.6;white-space:normal}}
.att{{border:1px solid #ddd;border-radius:6px;padding:10px;background:#f7f8fa}} .cnt{{color:#65676b;font-size:13px;margin-top:10px}}
img{{max-width:100%}}</style></head><body>
<div class="fbbar">facebook</div>
<div class="card"><div class="who"><a href="/fb/{FBPAGE}">{OFFICE}</a></div>
<div class="when">{date_th} · 🌐 สาธารณะ</div>
<div class="txt">{body_html}</div>
{attach_html}
<div class="cnt">👍 {likes} · แชร์ {shares} ครั้ง</div>
<div class="cnt">เข้าสู่ระบบหรือสมัครใช้งานเพื่อดูความคิดเห็น</div></div>
</body></html>"""
    html_route(f"/fb/{FBPAGE}/posts/{pid}", f"fb/{FBPAGE}/posts/{pid}.html", html)
    POSTS.append((pid, date_th, body_html))
    return f"/fb/{FBPAGE}/posts/{pid}"


def img(rel, w, h, lines, bg=(255, 255, 255), title_color=(11, 79, 44), size=24):
    p = os.path.join(SITE, rel.lstrip("/"))
    os.makedirs(os.path.dirname(p), exist_ok=True)
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    y = 20
    for i, ln in enumerate(lines):
        if isinstance(ln, tuple):
            txt, sz, col = ln
        else:
            txt, sz, col = ln, size, (30, 30, 30)
        f = ImageFont.truetype(FONTDIR + ("Garuda-Bold.ttf" if sz > size else "Garuda.ttf"), sz)
        d.text((30, y), txt, font=f, fill=col)
        y += int(sz * 1.7)
    im.save(p, quality=88)
    return rel


# ============================================================== BUILD
def build():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)

    # ---------------------------------------------------- O1 (own pages, pass)
    img("/img/structure.png", 1100, 560, [
        ("แผนภูมิโครงสร้างสำนักงานเขตสัมพันธวงศ์", 30, (11, 79, 44)),
        "ผู้อำนวยการเขต  →  ผู้ช่วยผู้อำนวยการเขต (๒ อัตรา)",
        "ฝ่ายปกครอง · ฝ่ายทะเบียน · ฝ่ายการคลัง · ฝ่ายรายได้ · ฝ่ายโยธา",
        "ฝ่ายรักษาความสะอาดและสวนสาธารณะ · ฝ่ายเทศกิจ",
        "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล · ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม · ฝ่ายการศึกษา",
        "(ข้อมูล ณ วันที่ ๑ ตุลาคม ๒๕๖๗)"])
    execs = [
        ("exec1", DIRECTOR, "ผู้อำนวยการเขตสัมพันธวงศ์", "๐ ๒๒๒๓ ๔๑๕๐ ต่อ ๖๗๐๑", "samphanthawong.dir@bangkok.go.th"),
        ("exec2", "นางสาวพิมพ์ชนก อุดมสุข", "ผู้ช่วยผู้อำนวยการเขตสัมพันธวงศ์", "๐ ๒๒๒๓ ๔๑๕๐ ต่อ ๖๗๐๒", "pimchanok.u@bangkok.go.th"),
    ]
    cards = ""
    for k, n, pos, tel, mail in execs:
        img(f"/img/{k}.jpg", 240, 300, [("ภาพถ่าย", 22, (90, 90, 90)), n.split()[0][:10]], bg=(225, 232, 240), size=18)
        cards += (f"<tr><td><img src=\"/img/{k}.jpg\" width=\"120\" alt=\"{n}\"></td><td><b>{n}</b><br>{pos}<br>"
                  f"โทร {tel}<br>อีเมล {mail}</td></tr>")
    cards += "<tr><td>-</td><td><b>- ว่าง -</b><br>ผู้ช่วยผู้อำนวยการเขตสัมพันธวงศ์</td></tr>"
    heads = [("ฝ่ายปกครอง", "นายวิชัย ตั้งจิตรักษ์", "๖๗๑๑"), ("ฝ่ายทะเบียน", "นางสุภาวดี ชื่นใจ", "๖๗๒๑"),
             ("ฝ่ายการคลัง", "นางสาวกนกวรรณ ลิ้มประเสริฐ", "๖๗๓๑"), ("ฝ่ายรายได้", "นายอนุชา แซ่ตั้ง", "๖๗๔๑"),
             ("ฝ่ายโยธา", "นายปรีชา ทองคำ", "๖๗๕๑"), ("ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "นายสุรชัย บุญมา", "๖๗๖๑"),
             ("ฝ่ายเทศกิจ", "นายกฤษดา วงศ์ใหญ่", "๖๗๗๑"), ("ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "นางวรรณา เจริญสุข", "๖๗๘๑"),
             ("ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "นางสาวนภัสสร แก้วมณี", "๖๗๙๑"), ("ฝ่ายการศึกษา", "นายชาตรี ศรีสวัสดิ์", "๖๗๙๕")]
    hrows = "".join(f"<tr><td>{f}</td><td>{n}</td><td>หัวหน้า{f}</td><td>๐ ๒๒๒๓ ๔๑๕๐ ต่อ {t}</td></tr>" for f, n, t in heads)
    write("/about/executives.html", page("ผู้บริหารสำนักงานเขตสัมพันธวงศ์",
        f"<p>ข้อมูล ณ วันที่ ๑ กรกฎาคม ๒๕๖๘</p><table class=t>{cards}</table>"
        f"<h3>หัวหน้าฝ่าย</h3><table class=t><tr><th>ฝ่าย</th><th>ชื่อ-สกุล</th><th>ตำแหน่ง</th><th>โทรศัพท์</th></tr>{hrows}</table>"))
    write("/about/structure.html", page("โครงสร้างสำนักงานเขตสัมพันธวงศ์",
        "<p><img src=\"/img/structure.png\" alt=\"แผนภูมิโครงสร้างสำนักงานเขตสัมพันธวงศ์\" width=\"900\"></p>"
        "<p>สำนักงานเขตสัมพันธวงศ์ แบ่งส่วนราชการออกเป็น ๑๐ ฝ่าย ได้แก่ ฝ่ายปกครอง ฝ่ายทะเบียน ฝ่ายการคลัง ฝ่ายรายได้ "
        "ฝ่ายโยธา ฝ่ายรักษาความสะอาดและสวนสาธารณะ ฝ่ายเทศกิจ ฝ่ายสิ่งแวดล้อมและสุขาภิบาล ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม และฝ่ายการศึกษา</p>"))
    write("/about/authority.html", page("อำนาจหน้าที่ของสำนักงานเขตสัมพันธวงศ์",
        "<p>สำนักงานเขตมีอำนาจหน้าที่ตามประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในและอำนาจหน้าที่ของส่วนราชการ "
        "ในสำนักงานเขต ดังนี้</p><ol><li>ฝ่ายปกครอง: งานบริหารทั่วไป งานธุรการ งานการเจ้าหน้าที่ งานปกครองและทะเบียนทั่วไป งานอำนวยการเลือกตั้ง</li>"
        "<li>ฝ่ายทะเบียน: งานทะเบียนราษฎร บัตรประจำตัวประชาชน ทะเบียนครอบครัว และทะเบียนพาณิชย์</li>"
        "<li>ฝ่ายการคลัง: งานการเงิน บัญชี งบประมาณ และการพัสดุ</li><li>ฝ่ายรายได้: งานจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย และรายได้อื่น</li>"
        "<li>ฝ่ายโยธา: การควบคุมอาคาร การขออนุญาตก่อสร้าง บำรุงรักษาถนน ทางเท้า และระบบระบายน้ำ</li>"
        "<li>ฝ่ายรักษาความสะอาดและสวนสาธารณะ: เก็บขนมูลฝอย รักษาความสะอาด ดูแลสวนและพื้นที่สีเขียว</li>"
        "<li>ฝ่ายเทศกิจ: รักษาความสงบเรียบร้อย บังคับใช้ข้อบัญญัติกรุงเทพมหานคร จัดระเบียบผู้ค้าหาบเร่แผงลอย</li>"
        "<li>ฝ่ายสิ่งแวดล้อมและสุขาภิบาล: การอนุญาตกิจการที่เป็นอันตรายต่อสุขภาพ สถานที่จำหน่ายอาหาร และการควบคุมมลพิษ</li>"
        "<li>ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม: พัฒนาชุมชน เบี้ยยังชีพผู้สูงอายุและผู้พิการ</li>"
        "<li>ฝ่ายการศึกษา: ส่งเสริมและกำกับดูแลโรงเรียนสังกัดกรุงเทพมหานครในพื้นที่</li></ol>"))
    img("/img/map.png", 800, 420, [("แผนที่ตั้งสำนักงานเขตสัมพันธวงศ์", 28, (11, 79, 44)),
        "๒๑๕ ถนนจักรวรรดิ (ใกล้แยกวัดตึก / MRT วัดมังกร)",
        "ทิศเหนือ: เขตป้อมปราบศัตรูพ่าย   ทิศใต้: แม่น้ำเจ้าพระยา",
        "ทิศตะวันออก: เขตบางรัก   ทิศตะวันตก: เขตพระนคร"], bg=(236, 244, 236))
    write("/about/contact.html", page("ข้อมูลการติดต่อ",
        "<table class=t><tr><th>ที่อยู่</th><td>สำนักงานเขตสัมพันธวงศ์ เลขที่ ๒๑๕ ถนนจักรวรรดิ แขวงจักรวรรดิ เขตสัมพันธวงศ์ กรุงเทพมหานคร ๑๐๑๐๐</td></tr>"
        "<tr><th>โทรศัพท์</th><td>๐ ๒๒๒๓ ๔๑๕๐, ๐ ๒๒๒๓ ๔๑๕๑</td></tr><tr><th>โทรสาร</th><td>๐ ๒๒๒๓ ๔๑๕๙</td></tr>"
        "<tr><th>อีเมล</th><td>samphanthawong@bangkok.go.th</td></tr>"
        f"<tr><th>Facebook</th><td><a href=\"/fb/{FBPAGE}\">สำนักงานเขตสัมพันธวงศ์</a></td></tr>"
        "<tr><th>เวลาทำการ</th><td>จันทร์ - ศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น. (งานทะเบียนเปิดบริการวันเสาร์ ๐๘.๓๐ - ๑๒.๐๐ น.)</td></tr></table>"
        "<p><img src=\"/img/map.png\" alt=\"แผนที่สำนักงานเขตสัมพันธวงศ์\" width=\"700\"></p>"))
    write("/about/laws.html", page("กฎหมายที่เกี่ยวข้อง",
        "<ul><li>พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘</li><li>พระราชบัญญัติการทะเบียนราษฎร พ.ศ. ๒๕๓๔</li>"
        "<li>พระราชบัญญัติควบคุมอาคาร พ.ศ. ๒๕๒๒</li><li>พระราชบัญญัติการสาธารณสุข พ.ศ. ๒๕๓๕</li>"
        "<li>พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒</li><li>พระราชบัญญัติรักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. ๒๕๓๕</li>"
        "<li>พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐</li><li>พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐</li></ul>"
        "<p>ดูฉบับเต็มได้ที่ <a href=\"https://www.krisdika.go.th/\">ระบบกฎหมายกลาง สำนักงานคณะกรรมการกฤษฎีกา</a></p>"))
    write("/about/index.html", page("ข้อมูลพื้นฐานของสำนักงานเขตสัมพันธวงศ์",
        "<p>เขตสัมพันธวงศ์ มีพื้นที่ ๑.๔๑๖ ตารางกิโลเมตร แบ่งเป็น ๓ แขวง ได้แก่ แขวงจักรวรรดิ แขวงสัมพันธวงศ์ และแขวงตลาดน้อย "
        "ประชากรตามทะเบียนราษฎร ๑๘,๙๔๒ คน (ข้อมูล ณ ๓๐ มิถุนายน ๒๕๖๘) ครอบคลุมย่านเยาวราชและสำเพ็ง</p>"
        "<ul><li><a href=\"/about/structure.html\">โครงสร้างหน่วยงาน</a></li><li><a href=\"/about/executives.html\">ผู้บริหาร</a></li>"
        "<li><a href=\"/about/authority.html\">อำนาจหน้าที่</a></li><li><a href=\"/about/contact.html\">ข้อมูลการติดต่อ</a></li>"
        "<li><a href=\"/about/laws.html\">กฎหมายที่เกี่ยวข้อง</a></li></ul>"))

    # ---------------------------------------------------- O2 (drive, pass)
    s = [P("นโยบายผู้ว่าราชการกรุงเทพมหานคร และแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร", "t"),
         P("สำนักงานเขตสัมพันธวงศ์ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "t"), Spacer(1, 8),
         P("๑. นโยบายผู้ว่าราชการกรุงเทพมหานคร (นายชัชชาติ สิทธิพันธุ์)", "h"),
         P("กรุงเทพมหานครขับเคลื่อนนโยบาย ๙ ด้าน ๙ ดี เพื่อเมืองน่าอยู่สำหรับทุกคน ได้แก่ ปลอดภัยดี โปร่งใสดี เดินทางดี "
           "สิ่งแวดล้อมดี สุขภาพดี เรียนดี เศรษฐกิจดี สังคมดี และบริหารจัดการดี โดยสำนักงานเขตสัมพันธวงศ์ได้นำนโยบายมากำหนด "
           "เป็นโครงการในพื้นที่ เช่น การจัดระเบียบทางเท้าย่านเยาวราช การปลูกต้นไม้ล้านต้น การพัฒนาระบบระบายน้ำซอยวานิช ๑ "
           "และการเปิดเผยข้อมูลการจัดซื้อจัดจ้างผ่านระบบ e-GPBMA"),
         P("๒. แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี (พ.ศ. ๒๕๖๑ - ๒๕๘๐) ระยะที่ ๒ (พ.ศ. ๒๕๖๖ - ๒๕๗๐)", "h"),
         P("ยุทธศาสตร์ ๗ ด้าน: มหานครปลอดภัย มหานครสีเขียว สะดวกสบาย มหานครสำหรับทุกคน มหานครกระชับ มหานครประชาธิปไตย "
           "มหานครแห่งเศรษฐกิจและการเรียนรู้ และการบริหารจัดการเมืองมหานคร"),
         P("๓. แผนพัฒนาเขตสัมพันธวงศ์ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "h"),
         table([["ยุทธศาสตร์", "โครงการ/กิจกรรม", "ตัวชี้วัด", "งบประมาณ (บาท)", "ผู้รับผิดชอบ"],
                ["ปลอดภัยดี", "ติดตั้งไฟส่องสว่างในซอยเปลี่ยว ๑๒ จุด", "ร้อยละ ๑๐๐ ของจุดเสี่ยง", "๔๘๐,๐๐๐", "ฝ่ายโยธา"],
                ["เดินทางดี", "จัดระเบียบทางเท้าถนนเยาวราช - ถนนเจริญกรุง", "ทางเท้าว่าง ๑.๕ เมตร", "๑๒๐,๐๐๐", "ฝ่ายเทศกิจ"],
                ["สิ่งแวดล้อมดี", "ลอกท่อระบายน้ำ ๘.๕ กิโลเมตร", "ระยะทางที่ลอก", "๖๕๐,๐๐๐", "ฝ่ายโยธา"],
                ["สุขภาพดี", "ตรวจมาตรฐานอาหารริมบาทวิถี Street Food Good Health", "ร้านผ่านมาตรฐาน ๙๐%", "๘๕,๐๐๐", "ฝ่ายสิ่งแวดล้อมฯ"],
                ["โปร่งใสดี", "เปิดเผยข้อมูลจัดซื้อจัดจ้างและงบประมาณ", "เผยแพร่ครบ ๑๒ เดือน", "-", "ฝ่ายการคลัง"]],
               [28 * mm, 55 * mm, 35 * mm, 25 * mm, 28 * mm]),
         ] + signature(DIRECTOR, "ผู้อำนวยการเขตสัมพันธวงศ์", "๑๕ ตุลาคม พ.ศ. ๒๕๖๗")
    drive_file("o2_policy", "นโยบายผู้ว่าฯ และแผนพัฒนาเขตสัมพันธวงศ์ 2568.pdf", s, "15 ต.ค. 2567",
               "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้อง")

    # ---------------------------------------------------- O5 (folder titled 2568, files are 2567/2566: stale)
    s = [P("แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "t"), P(OFFICE + " กรุงเทพมหานคร", "t"), Spacer(1, 8),
         P("แผนปฏิบัติราชการฉบับนี้จัดทำขึ้นเพื่อใช้เป็นกรอบในการดำเนินงานของสำนักงานเขตสัมพันธวงศ์ ในปีงบประมาณ พ.ศ. ๒๕๖๗ "
           "(๑ ตุลาคม ๒๕๖๖ - ๓๐ กันยายน ๒๕๖๗) ให้สอดคล้องกับแผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๒"),
         table([["ลำดับ", "โครงการ", "ระยะเวลา", "งบประมาณ (บาท)", "หน่วยงาน"],
                ["๑", "โครงการเขตสะอาด ถนนสวย", "ต.ค. ๖๖ - ก.ย. ๖๗", "๓๕๐,๐๐๐", "ฝ่ายรักษาความสะอาดฯ"],
                ["๒", "โครงการจัดระเบียบผู้ค้าย่านสำเพ็ง", "ต.ค. ๖๖ - ก.ย. ๖๗", "๙๐,๐๐๐", "ฝ่ายเทศกิจ"],
                ["๓", "โครงการส่งเสริมสุขภาพผู้สูงอายุในชุมชน", "ม.ค. - มิ.ย. ๖๗", "๑๒๐,๐๐๐", "ฝ่ายพัฒนาชุมชนฯ"],
                ["๔", "โครงการปรับปรุงทางเท้าซอยเจริญกรุง ๑๖", "ก.พ. - ส.ค. ๖๗", "๑,๒๕๐,๐๐๐", "ฝ่ายโยธา"]],
               [14 * mm, 70 * mm, 32 * mm, 28 * mm, 32 * mm])] + signature(OLD_DIRECTOR, "ผู้อำนวยการเขตสัมพันธวงศ์", "๒ ตุลาคม พ.ศ. ๒๕๖๖")
    drive_file("o5_plan", "แผนปฏิบัติราชการประจำปี.pdf", s, "2 ต.ค. 2566", ascii_name="action_plan.pdf")
    s = [P("รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๖", "t"), P(OFFICE, "t"), Spacer(1, 8),
         P("ผลการดำเนินงานตามแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ (ตุลาคม ๒๕๖๕ - กันยายน ๒๕๖๖) สรุปได้ดังนี้"),
         table([["โครงการ", "เป้าหมาย", "ผลการดำเนินงาน", "ร้อยละ"],
                ["โครงการเขตสะอาด ถนนสวย", "ถนนสายหลัก ๑๔ สาย", "๑๔ สาย", "๑๐๐"],
                ["โครงการลอกท่อระบายน้ำ", "๗ กิโลเมตร", "๖.๒ กิโลเมตร", "๘๘.๕๗"],
                ["โครงการอบรมผู้ประกอบการร้านอาหาร", "๒๐๐ ราย", "๒๑๖ ราย", "๑๐๘"]],
               [70 * mm, 35 * mm, 35 * mm, 25 * mm])] + signature(OLD_DIRECTOR, "ผู้อำนวยการเขตสัมพันธวงศ์", "๒๐ ตุลาคม พ.ศ. ๒๕๖๖")
    drive_file("o5_report", "รายงานผลการปฏิบัติราชการประจำปี.pdf", s, "20 ต.ค. 2566", ascii_name="annual_report.pdf")
    o5_folder = drive_folder("o5", "ITA2568_O5 แผนปฏิบัติราชการ และรายงานผล", ["o5_plan", "o5_report"], "20 ต.ค. 2566")

    # ---------------------------------------------------- O7 (drive, pass)
    svc = [["งานบริการ", "เอกสารที่ใช้", "ขั้นตอน", "ระยะเวลา", "ค่าธรรมเนียม"],
           ["แจ้งเกิด", "หนังสือรับรองการเกิด (ท.ร.๑/๑) บัตรประชาชนผู้แจ้ง ทะเบียนบ้าน", "ยื่นคำร้อง ตรวจสอบ ลงรายการ ออกสูติบัตร", "๑๕ นาที", "ไม่มี"],
           ["แจ้งย้ายที่อยู่", "บัตรประชาชน ทะเบียนบ้านฉบับเจ้าบ้าน หนังสือยินยอม", "ยื่นคำร้อง ตรวจสอบ ลงรายการ", "๑๕ นาที", "ไม่มี / ย้ายปลายทาง ๒๐ บาท"],
           ["ทำบัตรประจำตัวประชาชน", "สูติบัตร ทะเบียนบ้าน (ครั้งแรก)", "ตรวจสอบ ถ่ายภาพ พิมพ์บัตร", "๑๕ นาที", "ไม่มี / กรณีสูญหาย ๑๐๐ บาท"],
           ["ขออนุญาตก่อสร้างอาคาร (ข.๑)", "แบบแปลน รายการคำนวณ โฉนดที่ดิน", "ยื่นคำขอ ตรวจแบบ ตรวจสถานที่ ออกใบอนุญาต", "๔๕ วัน", "ตามกฎกระทรวง"],
           ["ขอใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร", "บัตรประชาชน ทะเบียนบ้าน แผนที่ตั้ง ใบรับรองแพทย์", "ยื่นคำขอ ตรวจสถานที่ ออกใบอนุญาต", "๓๐ วัน", "ตามข้อบัญญัติ กทม."],
           ["ชำระภาษีที่ดินและสิ่งปลูกสร้าง", "หนังสือแจ้งประเมินภาษี", "ชำระที่ฝ่ายรายได้ หรือ QR Code", "๑๐ นาที", "-"]]
    s = [P("คู่มือสำหรับประชาชน", "t"), P("งานบริการของสำนักงานเขตสัมพันธวงศ์ (ปรับปรุง มกราคม ๒๕๖๘)", "t"), Spacer(1, 8),
         P("คู่มือนี้จัดทำตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘ "
           "เพื่อให้ประชาชนทราบขั้นตอน ระยะเวลา เอกสารหลักฐาน และค่าธรรมเนียมในการขอรับบริการ"),
         table(svc, [30 * mm, 45 * mm, 45 * mm, 20 * mm, 30 * mm]),
         P("ช่องทางการร้องเรียน: ฝ่ายปกครอง โทร ๐ ๒๒๒๓ ๔๑๕๐ ต่อ ๖๗๑๑ หรือ Traffy Fondue", "pl")]
    drive_file("o7_manual", "คู่มือสำหรับประชาชน_เขตสัมพันธวงศ์_ปรับปรุง2568.pdf", s, "10 ม.ค. 2568", "คู่มือการให้บริการประชาชน")

    # ---------------------------------------------------- O11 (drive, pass)
    s = [P("รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต", "t"), P(OFFICE + " ปีงบประมาณ พ.ศ. ๒๕๖๘", "t"), Spacer(1, 8),
         P("๑. ใบอนุญาตก่อสร้าง ดัดแปลง หรือรื้อถอนอาคาร (ฝ่ายโยธา)", "h"),
         table([["ลำดับ", "รายการตรวจ", "มี", "ไม่มี", "หมายเหตุ"],
                ["๑", "แบบคำขออนุญาต (ข.๑) กรอกครบถ้วน ลงนามเจ้าของอาคาร", "☐", "☐", ""],
                ["๒", "สำเนาโฉนดที่ดิน ขนาดเท่าต้นฉบับ ทุกหน้า", "☐", "☐", ""],
                ["๓", "แบบแปลนและรายการประกอบแบบแปลน ๕ ชุด ลงนามสถาปนิก/วิศวกร", "☐", "☐", ""],
                ["๔", "รายการคำนวณโครงสร้าง ๑ ชุด", "☐", "☐", ""],
                ["๕", "หนังสือรับรองผู้ประกอบวิชาชีพ และสำเนาใบอนุญาต", "☐", "☐", ""],
                ["๖", "ตรวจระยะร่นและที่ว่างตามกฎกระทรวง ฉบับที่ ๕๕", "☐", "☐", "เจ้าหน้าที่ตรวจ"]],
               [14 * mm, 100 * mm, 14 * mm, 14 * mm, 30 * mm]),
         P("๒. ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร (ฝ่ายสิ่งแวดล้อมและสุขาภิบาล)", "h"),
         table([["ลำดับ", "รายการตรวจ", "ผ่าน", "ไม่ผ่าน", "หมายเหตุ"],
                ["๑", "พื้นที่ปรุงอาหารสูงจากพื้นไม่น้อยกว่า ๖๐ ซม.", "☐", "☐", ""],
                ["๒", "มีที่ล้างภาชนะ ระบบดักไขมัน", "☐", "☐", ""],
                ["๓", "ผู้สัมผัสอาหารผ่านการอบรม มีใบรับรองแพทย์", "☐", "☐", ""],
                ["๔", "ถังขยะมีฝาปิด แยกประเภท", "☐", "☐", ""]],
               [14 * mm, 100 * mm, 14 * mm, 14 * mm, 30 * mm]),
         P("๓. ใบอนุญาตติดตั้งป้ายโฆษณา / ใช้ที่สาธารณะ (ฝ่ายเทศกิจ)", "h"),
         table([["ลำดับ", "รายการตรวจ", "มี", "ไม่มี", "หมายเหตุ"],
                ["๑", "แบบคำขอ พร้อมภาพถ่ายจุดติดตั้ง", "☐", "☐", ""],
                ["๒", "ขนาดป้ายไม่เกินที่กำหนด ไม่กีดขวางทางเท้า", "☐", "☐", ""]],
               [14 * mm, 100 * mm, 14 * mm, 14 * mm, 30 * mm])]
    drive_file("o11_checklist", "Checklist การพิจารณาออกใบอนุญาต 2568.pdf", s, "4 พ.ย. 2567")

    # ---------------------------------------------------- O13 (drive + fb, pass)
    s = [P("แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "t"), P(OFFICE, "t"), Spacer(1, 8),
         table([["ประเภทงบ", "ได้รับจัดสรร (บาท)", "ไตรมาส ๑ (ต.ค.-ธ.ค. ๖๗)", "ไตรมาส ๒ (ม.ค.-มี.ค. ๖๘)", "ไตรมาส ๓ (เม.ย.-มิ.ย. ๖๘)", "ไตรมาส ๔ (ก.ค.-ก.ย. ๖๘)"],
                ["งบบุคลากร", "๖๒,๔๘๐,๐๐๐", "๑๕,๖๒๐,๐๐๐", "๑๕,๖๒๐,๐๐๐", "๑๕,๖๒๐,๐๐๐", "๑๕,๖๒๐,๐๐๐"],
                ["งบดำเนินงาน", "๑๘,๓๕๐,๐๐๐", "๔,๙๐๐,๐๐๐", "๔,๖๕๐,๐๐๐", "๔,๔๐๐,๐๐๐", "๔,๔๐๐,๐๐๐"],
                ["งบลงทุน", "๖,๗๒๐,๐๐๐", "-", "๒,๐๐๐,๐๐๐", "๓,๒๒๐,๐๐๐", "๑,๕๐๐,๐๐๐"],
                ["งบรายจ่ายอื่น", "๑,๑๕๐,๐๐๐", "๒๐๐,๐๐๐", "๓๕๐,๐๐๐", "๓๐๐,๐๐๐", "๓๐๐,๐๐๐"],
                ["รวม", "๘๘,๗๐๐,๐๐๐", "๒๐,๗๒๐,๐๐๐", "๒๒,๖๒๐,๐๐๐", "๒๓,๕๔๐,๐๐๐", "๒๑,๘๒๐,๐๐๐"]],
               [30 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm])] + signature(DIRECTOR, "ผู้อำนวยการเขตสัมพันธวงศ์", "๗ ตุลาคม พ.ศ. ๒๕๖๗")
    drive_file("o13_plan", "แผนการใช้จ่ายงบประมาณ ปี 2568.pdf", s, "7 ต.ค. 2567")
    s = [P("รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "t"), P(OFFICE + " (๑ ตุลาคม ๒๕๖๖ - ๓๐ กันยายน ๒๕๖๗)", "t"), Spacer(1, 8),
         table([["ประเภทงบ", "ได้รับจัดสรร (บาท)", "เบิกจ่าย (บาท)", "คงเหลือ (บาท)", "ร้อยละการเบิกจ่าย"],
                ["งบบุคลากร", "๖๐,๙๑๐,๐๐๐", "๖๐,๔๒๕,๓๑๐", "๔๘๔,๖๙๐", "๙๙.๒๐"],
                ["งบดำเนินงาน", "๑๗,๘๐๐,๐๐๐", "๑๖,๙๗๒,๔๕๐", "๘๒๗,๕๕๐", "๙๕.๓๕"],
                ["งบลงทุน", "๕,๙๔๐,๐๐๐", "๕,๖๑๘,๒๐๐", "๓๒๑,๘๐๐", "๙๔.๕๘"],
                ["งบรายจ่ายอื่น", "๑,๐๘๐,๐๐๐", "๙๙๘,๕๐๐", "๘๑,๕๐๐", "๙๒.๔๕"],
                ["รวม", "๘๕,๗๓๐,๐๐๐", "๘๔,๐๑๔,๔๖๐", "๑,๗๑๕,๕๔๐", "๙๘.๐๐"]],
               [34 * mm, 34 * mm, 34 * mm, 30 * mm, 30 * mm]),
         P("ปัญหาอุปสรรค: โครงการปรับปรุงทางเท้าซอยเจริญกรุง ๑๖ ล่าช้าจากการรื้อย้ายสาธารณูปโภค ได้ขยายระยะเวลาสัญญา ๓๐ วัน")] + \
        signature(DIRECTOR, "ผู้อำนวยการเขตสัมพันธวงศ์", "๓๑ ตุลาคม พ.ศ. ๒๕๖๗")
    drive_file("o13_report67", "รายงานผลการใช้จ่ายงบประมาณ ประจำปี 2567.pdf", s, "31 ต.ค. 2567")
    s = [P("รายงานผลการใช้จ่ายงบประมาณ รอบ ๖ เดือน (ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘)", "t"), P(OFFICE + " ปีงบประมาณ พ.ศ. ๒๕๖๘", "t"), Spacer(1, 8),
         table([["ประเภทงบ", "ได้รับจัดสรร (บาท)", "แผน ๖ เดือน", "เบิกจ่าย ๖ เดือน", "ร้อยละเทียบแผน"],
                ["งบบุคลากร", "๖๒,๔๘๐,๐๐๐", "๓๑,๒๔๐,๐๐๐", "๓๑,๐๘๘,๗๐๐", "๙๙.๕๒"],
                ["งบดำเนินงาน", "๑๘,๓๕๐,๐๐๐", "๙,๕๕๐,๐๐๐", "๘,๙๑๒,๔๐๐", "๙๓.๓๒"],
                ["งบลงทุน", "๖,๗๒๐,๐๐๐", "๒,๐๐๐,๐๐๐", "๑,๖๕๐,๐๐๐", "๘๒.๕๐"],
                ["งบรายจ่ายอื่น", "๑,๑๕๐,๐๐๐", "๕๕๐,๐๐๐", "๔๘๐,๒๐๐", "๘๗.๓๑"]],
               [34 * mm, 34 * mm, 30 * mm, 34 * mm, 30 * mm])] + signature(DIRECTOR, "ผู้อำนวยการเขตสัมพันธวงศ์", "๑๐ เมษายน พ.ศ. ๒๕๖๘")
    drive_file("o13_6m", "รายงานการใช้จ่ายงบประมาณ รอบ 6 เดือน ปี 2568.pdf", s, "10 เม.ย. 2568")

    # ---------------------------------------------------- O14 (fb: budget + ordinance, NO community subsidy)
    s = [P("ข้อบัญญัติกรุงเทพมหานคร", "t"), P("เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "t"), Spacer(1, 8),
         P("โดยที่เป็นการสมควรตราข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ อาศัยอำนาจตามความในมาตรา ๙๗ "
           "แห่งพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘ ผู้ว่าราชการกรุงเทพมหานครโดยความเห็นชอบของสภากรุงเทพมหานคร "
           "จึงตราข้อบัญญัติไว้ ดังต่อไปนี้"),
         P("ข้อ ๑ ข้อบัญญัตินี้เรียกว่า \"ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘\""),
         P("ข้อ ๒ ข้อบัญญัตินี้ให้ใช้บังคับตั้งแต่วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๗ เป็นต้นไป"),
         P("ข้อ ๓ งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ เป็นจำนวนทั้งสิ้น ๙๐,๐๐๐,๐๐๐,๐๐๐ บาท"),
         P("(ตัดตอนเฉพาะส่วนของสำนักงานเขตสัมพันธวงศ์)", "c"),
         table([["แผนงาน", "งบประมาณ (บาท)"], ["แผนงานบริหารทั่วไป", "๔๑,๒๐๐,๐๐๐"],
                ["แผนงานรักษาความสะอาด", "๒๑,๖๕๐,๐๐๐"], ["แผนงานโยธาและระบายน้ำ", "๑๕,๓๒๐,๐๐๐"],
                ["แผนงานเทศกิจ", "๗,๑๓๐,๐๐๐"], ["แผนงานพัฒนาชุมชนและสวัสดิการสังคม", "๓,๔๐๐,๐๐๐"],
                ["รวม", "๘๘,๗๐๐,๐๐๐"]], [100 * mm, 50 * mm])]
    drive_file("o14_ordinance", "ข้อบัญญัติงบประมาณรายจ่าย พ.ศ. 2568 (ส่วนเขตสัมพันธวงศ์).pdf", s, "3 ต.ค. 2567")

    # ---------------------------------------------------- O15 (folder: all 9 names, Feb file is January content)
    months = [("ต.ค.67", "ตุลาคม ๒๕๖๗"), ("พ.ย.67", "พฤศจิกายน ๒๕๖๗"), ("ธ.ค.67", "ธันวาคม ๒๕๖๗"),
              ("ม.ค.68", "มกราคม ๒๕๖๘"), ("ก.พ.68", "กุมภาพันธ์ ๒๕๖๘"), ("มี.ค.68", "มีนาคม ๒๕๖๘"),
              ("เม.ย.68", "เมษายน ๒๕๖๘"), ("พ.ค.68", "พฤษภาคม ๒๕๖๘"), ("มิ.ย.68", "มิถุนายน ๒๕๖๘")]
    works = ["จ้างซ่อมแซมรถยนต์ส่วนกลาง หมายเลขทะเบียน ๘๘๗๕ กทม.", "ซื้อวัสดุสำนักงาน ฝ่ายปกครอง",
             "จ้างเหมาลอกท่อระบายน้ำซอยวานิช ๑", "ซื้อวัสดุงานบ้านงานครัว", "จ้างซ่อมเครื่องปรับอากาศ ห้องทะเบียน",
             "ซื้อน้ำมันเชื้อเพลิงรถเก็บขนมูลฝอย", "จ้างพิมพ์แผ่นพับประชาสัมพันธ์ภาษีที่ดิน", "ซื้อหมึกพิมพ์คอมพิวเตอร์",
             "จ้างปรับปรุงทางเท้าซอยเจริญกรุง ๑๔", "ซื้อวัสดุก่อสร้างซ่อมผิวจราจร", "จ้างเหมาตัดแต่งกิ่งไม้ถนนทรงวาด"]
    shops = ["หจก. เยาวราชการช่าง", "ร้านสมบูรณ์พาณิชย์", "บจก. ทรงวาดวิศวกรรม", "ร้านเจริญภัณฑ์", "บจก. สำเพ็งซัพพลาย",
             "หจก. ตลาดน้อยแอร์เซอร์วิส", "บจก. ปิโตรเลียมจักรวรรดิ", "ร้านไทยการพิมพ์"]

    def month_rows(mi, mlabel_full):
        rows = [["ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง (บาท)", "ราคากลาง (บาท)", "วิธีซื้อหรือจ้าง",
                 "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลง", "เหตุผลที่คัดเลือกโดยสรุป",
                 "เลขที่และวันที่ของสัญญาหรือข้อตกลง", "เลขที่โครงการ e-GP"]]
        n = 3 + (mi % 3)
        for j in range(n):
            w = works[(mi * 3 + j) % len(works)]
            amt = 8000 + ((mi * 7919 + j * 104729) % 420000)
            amt = round(amt, -2)
            mid = amt
            bid = amt - (amt // 50)
            shop = shops[(mi + j * 3) % len(shops)]
            day = 3 + j * 6
            rows.append([thd(j + 1), w, thd(f"{amt:,}.00"), thd(f"{mid:,}.00"), "เฉพาะเจาะจง",
                         f"{shop} / {thd(f'{bid:,}.00')}", f"{shop} / {thd(f'{bid:,}.00')}",
                         "เป็นผู้มีอาชีพรับจ้าง/ขายโดยตรง และเสนอราคาไม่เกินวงเงินงบประมาณ",
                         f"ใบสั่ง{'จ้าง' if 'จ้าง' in w[:4] else 'ซื้อ'} เลขที่ {thd(mi * 10 + j + 1)}/{thd(2568 if mi >= 3 else 2567)} ลว. {thd(day)} {mlabel_full}",
                         thd(f"6{8 if mi>=3 else 7}0{mi+1:02d}{j+11}{mi*j+101:03d}")])
        return rows

    for mi, (short, full) in enumerate(months):
        content_mi, content_full = (3, "มกราคม ๒๕๖๘") if short == "ก.พ.68" else (mi, full)
        s = [P("แบบ สขร.๑", "r"), P("สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน " + content_full, "t"),
             P(OFFICE + " กรุงเทพมหานคร", "t"), Spacer(1, 6),
             table(month_rows(content_mi, content_full), [12 * mm, 42 * mm, 24 * mm, 22 * mm, 20 * mm, 34 * mm, 34 * mm, 30 * mm, 34 * mm, 22 * mm]),
             Spacer(1, 8), P("ผู้รายงาน นางสาวกนกวรรณ ลิ้มประเสริฐ หัวหน้าฝ่ายการคลัง", "r")]
        mod = {"ต.ค.67": "7 พ.ย. 2567", "พ.ย.67": "6 ธ.ค. 2567", "ธ.ค.67": "8 ม.ค. 2568", "ม.ค.68": "6 ก.พ. 2568",
               "ก.พ.68": "7 มี.ค. 2568", "มี.ค.68": "8 เม.ย. 2568", "เม.ย.68": "9 พ.ค. 2568", "พ.ค.68": "6 มิ.ย. 2568",
               "มิ.ย.68": "4 ก.ค. 2568"}[short]
        drive_file(f"o15_{mi:02d}", f"สขร.1 {short}.pdf", s, mod, land=True, ascii_name=f"skr1_{mi+1:02d}.pdf")
    s = [P("ประกาศสำนักงานเขตสัมพันธวงศ์", "t"), P("เรื่อง เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "t"), Spacer(1, 8),
         P("ตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐ มาตรา ๑๑ กำหนดให้หน่วยงานของรัฐจัดทำแผนการจัดซื้อจัดจ้างประจำปี "
           "และประกาศเผยแพร่ในระบบเครือข่ายสารสนเทศ สำนักงานเขตสัมพันธวงศ์จึงขอประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ดังนี้"),
         table([["ลำดับ", "รายการ", "วงเงิน (บาท)", "ช่วงเวลาที่คาดว่าจะประกาศ"],
                ["๑", "จ้างปรับปรุงทางเท้าซอยเจริญกรุง ๑๔", "๒,๐๐๐,๐๐๐", "มกราคม ๒๕๖๘"],
                ["๒", "จ้างปรับปรุงระบบระบายน้ำซอยวานิช ๑", "๓,๒๒๐,๐๐๐", "เมษายน ๒๕๖๘"],
                ["๓", "ซื้อรถเก็บขนมูลฝอยขนาดเล็ก ๑ คัน", "๑,๕๐๐,๐๐๐", "กรกฎาคม ๒๕๖๘"]],
               [14 * mm, 80 * mm, 30 * mm, 40 * mm])] + signature(DIRECTOR, "ผู้อำนวยการเขตสัมพันธวงศ์", "๒๙ ตุลาคม พ.ศ. ๒๕๖๗")
    drive_file("o15_plan", "ประกาศแผนการจัดซื้อจัดจ้าง 2568.pdf", s, "29 ต.ค. 2567")
    s = [P("ประกาศสำนักงานเขตสัมพันธวงศ์", "t"), P("เรื่อง ประกาศผู้ชนะการเสนอราคา จ้างปรับปรุงทางเท้าซอยเจริญกรุง ๑๔ โดยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "t"), Spacer(1, 8),
         P("ตามประกาศ สำนักงานเขตสัมพันธวงศ์ เรื่อง ประกวดราคาจ้างปรับปรุงทางเท้าซอยเจริญกรุง ๑๔ ลงวันที่ ๑๕ มกราคม ๒๕๖๘ นั้น "
           "ผู้ได้รับการคัดเลือก ได้แก่ บริษัท ทรงวาดวิศวกรรม จำกัด ซึ่งเป็นผู้เสนอราคาต่ำสุด เสนอราคาเป็นเงินทั้งสิ้น ๑,๘๔๗,๐๐๐.๐๐ บาท "
           "รวมภาษีมูลค่าเพิ่มและภาษีอื่น ค่าขนส่ง ค่าจดทะเบียน และค่าใช้จ่ายอื่นๆ ทั้งปวง")] + \
        signature(DIRECTOR, "ผู้อำนวยการเขตสัมพันธวงศ์", "๑๘ กุมภาพันธ์ พ.ศ. ๒๕๖๘")
    drive_file("o15_win", "ประกาศผู้ชนะ e-bidding ทางเท้าเจริญกรุง14.pdf", s, "18 ก.พ. 2568")
    o15_folder = drive_folder("o15", "ITA2568_O15 ประกาศจัดซื้อจัดจ้าง และ สขร.1 รายเดือน",
                              ["o15_plan", "o15_win"] + [f"o15_{i:02d}" for i in range(9)], "4 ก.ค. 2568")

    # ---------------------------------------------------- O16 (drive, pass)
    s = [P("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "t"), P(OFFICE + " ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "t"), Spacer(1, 8)]
    for h, t in [("๑. การสรรหาและคัดเลือก", "ดำเนินการตามหลักเกณฑ์ของคณะกรรมการข้าราชการกรุงเทพมหานคร (ก.ก.) โดยประกาศรับสมัครลูกจ้างและพนักงานจ้างเป็นการทั่วไป อย่างน้อย ๗ วัน และประกาศผลผ่านเว็บไซต์สำนักงานเขต"),
                 ("๒. การแต่งตั้งและโยกย้าย", "คำนึงถึงความรู้ ความสามารถ ประสบการณ์ และผลการปฏิบัติงานย้อนหลัง ๓ ปี โดยคณะกรรมการพิจารณาที่ผู้อำนวยการเขตแต่งตั้ง"),
                 ("๓. การพัฒนาบุคลากร", "จัดทำแผนพัฒนารายบุคคล (IDP) ทุกคน ส่งเข้ารับการอบรมอย่างน้อยคนละ ๑๐ ชั่วโมงต่อปี และจัดการความรู้ (KM) ภายในฝ่าย"),
                 ("๔. การประเมินผลการปฏิบัติราชการ", "ประเมินปีละ ๒ รอบ (๑ ต.ค. - ๓๑ มี.ค. และ ๑ เม.ย. - ๓๐ ก.ย.) ตามตัวชี้วัดรายบุคคลที่ตกลงไว้ล่วงหน้า"),
                 ("๕. การให้คุณให้โทษและการสร้างขวัญกำลังใจ", "คัดเลือกข้าราชการดีเด่นประจำปี และดำเนินการทางวินัยอย่างเป็นธรรมตามกฎ ก.ก.")]:
        s += [P(h, "h"), P(t)]
    s += signature(DIRECTOR, "ผู้อำนวยการเขตสัมพันธวงศ์", "๑ พฤศจิกายน พ.ศ. ๒๕๖๗")
    drive_file("o16_hr", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล 2568.pdf", s, "1 พ.ย. 2567")

    # ---------------------------------------------------- O17 (own page + drive stats, pass)
    mths = ["ต.ค. ๖๗", "พ.ย. ๖๗", "ธ.ค. ๖๗", "ม.ค. ๖๘", "ก.พ. ๖๘", "มี.ค. ๖๘", "เม.ย. ๖๘", "พ.ค. ๖๘", "มิ.ย. ๖๘"]
    cnt = [0, 0, 1, 0, 0, 0, 0, 1, 0]
    rows = [["เดือน", "จำนวนเรื่องร้องเรียนการทุจริต", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ", "ประเภทเรื่อง"]]
    for m, c in zip(mths, cnt):
        rows.append([m, thd(c), thd(c if m != "พ.ค. ๖๘" else 0), thd(0 if m != "พ.ค. ๖๘" else 1),
                     "เรียกรับเงินจากผู้ค้าแผงลอย" if c and m == "ธ.ค. ๖๗" else ("การจัดซื้อจัดจ้าง" if c else "-")])
    rows.append(["รวม", "๒", "๑", "๑", ""])
    s = [P("ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "t"),
         P(OFFICE + " ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (ข้อมูล ณ ๓๐ มิถุนายน ๒๕๖๘)", "t"), Spacer(1, 8),
         table(rows, [25 * mm, 40 * mm, 32 * mm, 32 * mm, 45 * mm]),
         P("หมายเหตุ: ช่องทางรับเรื่อง ได้แก่ ตู้รับเรื่องร้องเรียนชั้น ๑ โทร ๐ ๒๒๒๓ ๔๑๕๐ ต่อ ๖๗๑๑ อีเมล และ Traffy Fondue", "pl")]
    drive_file("o17_stat", "สถิติเรื่องร้องเรียนการทุจริต ปีงบ 2568.pdf", s, "2 ก.ค. 2568")
    write("/complaint/index.html", page("ช่องทางการร้องเรียนการทุจริตและประพฤติมิชอบ",
        "<p>ประชาชนสามารถแจ้งเรื่องร้องเรียนการทุจริต หรือพฤติกรรมมิชอบของเจ้าหน้าที่สำนักงานเขตสัมพันธวงศ์ ได้ทุกช่องทาง "
        "โดยผู้แจ้งจะได้รับการคุ้มครองและเก็บรักษาข้อมูลเป็นความลับ</p>"
        "<table class=t><tr><th>ช่องทาง</th><th>รายละเอียด</th></tr>"
        "<tr><td>ด้วยตนเอง</td><td>ฝ่ายปกครอง ชั้น ๒ อาคารสำนักงานเขตสัมพันธวงศ์ / ตู้รับเรื่องร้องเรียน ชั้น ๑</td></tr>"
        "<tr><td>โทรศัพท์</td><td>๐ ๒๒๒๓ ๔๑๕๐ ต่อ ๖๗๑๑ หรือสายด่วนกรุงเทพมหานคร ๑๕๕๕</td></tr>"
        "<tr><td>อีเมล</td><td>samphanthawong@bangkok.go.th</td></tr>"
        "<tr><td>ไปรษณีย์</td><td>ผู้อำนวยการเขตสัมพันธวงศ์ ๒๑๕ ถนนจักรวรรดิ แขวงจักรวรรดิ กรุงเทพฯ ๑๐๑๐๐ (วงเล็บมุมซอง \"ร้องเรียนการทุจริต\")</td></tr>"
        "<tr><td>ออนไลน์</td><td><a href=\"/eservice/index.html#complaint\">แบบฟอร์มร้องเรียนออนไลน์</a> และ <a href=\"https://www.traffy.in.th/\">Traffy Fondue</a></td></tr></table>"
        f"<h3>ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต</h3><p><a href=\"{view_url('o17_stat')}\">สถิติเรื่องร้องเรียนการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (ต.ค. ๖๗ - มิ.ย. ๖๘)</a></p>"))

    # ---------------------------------------------------- O18 (drive policy + fb report, pass)
    s = [P("ประกาศสำนักงานเขตสัมพันธวงศ์", "t"), P("เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)", "t"), Spacer(1, 8),
         P("สำนักงานเขตสัมพันธวงศ์ มุ่งมั่นบริหารงานด้วยความซื่อสัตย์สุจริต โปร่งใส ตรวจสอบได้ ตามนโยบายผู้ว่าราชการกรุงเทพมหานคร "
           "จึงประกาศนโยบายต่อต้านการรับสินบน เพื่อให้ข้าราชการ ลูกจ้าง และบุคลากรทุกคนยึดถือปฏิบัติ ดังนี้"),
         P("๑. ห้ามเรียก รับ หรือยอมจะรับ ทรัพย์สินหรือประโยชน์อื่นใด จากผู้มาติดต่อราชการ เพื่อแลกกับการกระทำหรือไม่กระทำการในหน้าที่", "pl"),
         P("๒. ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)", "pl"),
         P("๓. ผู้บังคับบัญชาทุกระดับต้องกำกับ ติดตาม และเป็นแบบอย่างที่ดี หากพบการฝ่าฝืนให้ดำเนินการทางวินัยโดยเคร่งครัด", "pl"),
         P("๔. จัดให้มีช่องทางแจ้งเบาะแส และคุ้มครองผู้แจ้งเบาะแสมิให้ได้รับผลกระทบ", "pl"),
         P("๕. สื่อสารนโยบายนี้ให้บุคลากรและผู้มาติดต่อทราบ และรายงานผลการปฏิบัติตามนโยบายทุก ๖ เดือน", "pl")] + \
        signature(DIRECTOR, "ผู้อำนวยการเขตสัมพันธวงศ์", "๔ พฤศจิกายน พ.ศ. ๒๕๖๗")
    drive_file("o18_policy", "ประกาศนโยบายต่อต้านการรับสินบน 2568.pdf", s, "4 พ.ย. 2567")
    s = [P("รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน", "t"),
         P(OFFICE + " ปีงบประมาณ พ.ศ. ๒๕๖๘ รอบ ๖ เดือน (ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘)", "t"), Spacer(1, 8),
         table([["กิจกรรม", "วันที่", "ผลการดำเนินการ"],
                ["ประชุมชี้แจงนโยบายต่อต้านการรับสินบนแก่บุคลากรทุกฝ่าย", "๑๒ พ.ย. ๒๕๖๗", "ผู้เข้าร่วม ๑๘๖ คน"],
                ["ติดประกาศ No Gift Policy ภาษาไทย-อังกฤษ ที่จุดบริการ", "ธ.ค. ๒๕๖๗", "ติดตั้ง ๙ จุด"],
                ["เผยแพร่สื่อ Anti-Bribery ทางเพจเฟซบุ๊กเขต", "ม.ค. - มี.ค. ๒๕๖๘", "๖ โพสต์ เข้าถึง ๑๒,๔๐๐ ครั้ง"],
                ["ตรวจสอบเรื่องร้องเรียนเรียกรับเงินจากผู้ค้าแผงลอย (ธ.ค. ๖๗)", "ม.ค. ๒๕๖๘", "ไม่พบมูล ยุติเรื่อง"]],
               [80 * mm, 30 * mm, 55 * mm])] + signature(DIRECTOR, "ผู้อำนวยการเขตสัมพันธวงศ์", "")
    drive_file("o18_report", "รายงานผลตามนโยบายต่อต้านสินบน รอบ6เดือน 2568.pdf", s, "11 เม.ย. 2568")

    # ---------------------------------------------------- O19 (folder: FY2567 only, stale)
    s = [P("รายงานการประเมินความเสี่ยงต่อการรับสินบน", "t"), P(OFFICE + " ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "t"), Spacer(1, 8),
         table([["กระบวนงาน", "เหตุการณ์ความเสี่ยง", "โอกาส", "ผลกระทบ", "ระดับ", "มาตรการควบคุม"],
                ["การอนุญาตก่อสร้างอาคาร", "เรียกรับเงินเพื่อเร่งรัดการพิจารณา", "๓", "๔", "สูง", "กำหนดระยะเวลาพิจารณา เปิดเผยสถานะคำขอ"],
                ["การจัดระเบียบผู้ค้าหาบเร่แผงลอย", "เรียกรับผลประโยชน์เพื่อผ่อนผันจุดค้า", "๓", "๓", "สูง", "หมุนเวียนเจ้าหน้าที่ ติดกล้องบันทึกภาพ"],
                ["การจัดเก็บภาษีป้าย", "ประเมินภาษีต่ำกว่าความจริง", "๒", "๓", "ปานกลาง", "สุ่มตรวจซ้ำร้อยละ ๑๐"]],
               [30 * mm, 40 * mm, 14 * mm, 16 * mm, 16 * mm, 50 * mm])] + signature(OLD_DIRECTOR, "ผู้อำนวยการเขตสัมพันธวงศ์", "๒๐ พฤศจิกายน พ.ศ. ๒๕๖๖")
    drive_file("o19_risk", "ประเมินความเสี่ยงการรับสินบน_2567.pdf", s, "20 พ.ย. 2566")
    s = [P("รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน", "t"), P(OFFICE + " ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "t"), Spacer(1, 8),
         P("ผลการดำเนินการตามมาตรการควบคุมความเสี่ยง ๓ กระบวนงาน ในปีงบประมาณ พ.ศ. ๒๕๖๗ (ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗) "
           "ไม่พบเหตุการณ์การรับสินบนตามที่ระบุไว้ในแผน ได้หมุนเวียนเจ้าหน้าที่เทศกิจ ๒ ครั้ง และสุ่มตรวจภาษีป้าย ๔๘ ราย")] + \
        signature(OLD_DIRECTOR, "ผู้อำนวยการเขตสัมพันธวงศ์", "")
    drive_file("o19_result", "รายงานผลการจัดการความเสี่ยงสินบน_2567.pdf", s, "10 ต.ค. 2567")
    o19_folder = drive_folder("o19", "O19 ประเมินความเสี่ยงการรับสินบน", ["o19_result", "o19_risk"], "10 ต.ค. 2567")

    # ---------------------------------------------------- O21 (drive: property only, incomplete)
    s = [P("แนวทางปฏิบัติการยืมและการใช้ทรัพย์สินของราชการ", "t"), P(OFFICE + " ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "t"), Spacer(1, 8),
         P("เพื่อให้การใช้ทรัพย์สินของราชการเป็นไปอย่างถูกต้อง ตามระเบียบกรุงเทพมหานครว่าด้วยการพัสดุ สำนักงานเขตสัมพันธวงศ์จึงกำหนดแนวทาง ดังนี้"),
         P("๑. การยืมพัสดุไปใช้ในกิจการที่มิใช่ของทางราชการ จะกระทำมิได้", "pl"),
         P("๒. การยืมพัสดุภายในหน่วยงาน ให้ผู้ยืมยื่นแบบฟอร์มการยืมต่อหัวหน้าฝ่ายที่ดูแลพัสดุ ระบุเหตุผลและกำหนดวันส่งคืน", "pl"),
         P("๓. การใช้รถยนต์ส่วนกลาง ให้ขออนุญาตตามแบบ ๓ และบันทึกการใช้รถทุกครั้ง ห้ามนำไปใช้ในกิจธุระส่วนตัว", "pl"),
         P("๔. ผู้ยืมต้องดูแลรักษาพัสดุ หากชำรุดเสียหายหรือสูญหาย ผู้ยืมต้องซ่อมแซมให้คงสภาพเดิมหรือชดใช้ตามราคาที่เป็นอยู่ในขณะยืม", "pl"),
         P("๕. ให้เจ้าหน้าที่พัสดุตรวจสอบการคืนพัสดุทุกสิ้นเดือน และรายงานหัวหน้าฝ่ายการคลัง", "pl"),
         P("ขั้นตอนการยืม: ผู้ยืมกรอกแบบฟอร์ม → หัวหน้าฝ่ายพิจารณาอนุมัติ → เจ้าหน้าที่พัสดุจ่ายพัสดุและบันทึกทะเบียน → ผู้ยืมส่งคืนตามกำหนด", "pl")] + \
        signature(DIRECTOR, "ผู้อำนวยการเขตสัมพันธวงศ์", "๘ มกราคม พ.ศ. ๒๕๖๘")
    drive_file("o21_property", "แนวปฏิบัติการยืมและใช้ทรัพย์สินของราชการ 2568.pdf", s, "8 ม.ค. 2568")

    # ---------------------------------------------------- O22 (fb: measures ok, report denied)
    s = [P("มาตรการในการยกระดับคุณธรรมและความโปร่งใสภายในหน่วยงาน", "t"),
         P(OFFICE + " ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "t"), Spacer(1, 8),
         P("๑. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "h"),
         P("สำนักงานเขตสัมพันธวงศ์ได้คะแนนรวม ๘๙.๔๒ คะแนน ระดับผ่านดี โดยแบบวัด IIT ๙๖.๑๐ คะแนน EIT ๙๑.๘๔ คะแนน "
           "และ OIT ๘๕.๐๐ คะแนน ข้อที่ได้ ๐ คะแนน ได้แก่ O๑๐ ข้อมูลสถิติการจัดเก็บรายได้ (ไม่เป็นปัจจุบัน) "
           "O๑๕ สรุปผลการจัดซื้อจัดจ้างรายเดือน (ไม่ครบทุกเดือน) และ O๑๙ การประเมินความเสี่ยงต่อการรับสินบน (ไม่มีรายงานผล)"),
         P("๒. ประเด็นที่ต้องปรับปรุงและมาตรการ", "h"),
         table([["ประเด็น", "มาตรการ/กิจกรรม", "ผู้รับผิดชอบ", "ระยะเวลา"],
                ["การเปิดเผยข้อมูล (OIT)", "มอบหมายผู้รับผิดชอบรายข้อ จัดทำ Checklist ตรวจทานลิงก์ทุกเดือน", "ฝ่ายปกครอง/ทุกฝ่าย", "เดือนละ ๑ ครั้ง (ต.ค. ๖๗ - มี.ค. ๖๘)"],
                ["การจัดซื้อจัดจ้าง", "เผยแพร่ สขร.๑ ภายในวันที่ ๑๐ ของเดือนถัดไป", "ฝ่ายการคลัง", "ทุกเดือน"],
                ["การรับสินบน (IIT/EIT)", "ประชาสัมพันธ์ No Gift Policy และ Anti-Bribery Policy", "ฝ่ายปกครอง", "ต.ค. ๖๗ - ก.ย. ๖๘"],
                ["ประสิทธิภาพการสื่อสาร (EIT)", "เผยแพร่ผลการดำเนินงานทางเพจเฟซบุ๊กสัปดาห์ละ ๒ ครั้ง", "ฝ่ายปกครอง", "ต.ค. ๖๗ - ก.ย. ๖๘"]],
               [38 * mm, 68 * mm, 30 * mm, 34 * mm])] + signature(DIRECTOR, "ผู้อำนวยการเขตสัมพันธวงศ์", "๒๕ พฤศจิกายน พ.ศ. ๒๕๖๗")
    drive_file("o22_measures", "มาตรการยกระดับคุณธรรมและความโปร่งใส 2568.pdf", s, "25 พ.ย. 2567")
    denied("o22_report")
    denied("o10_revenue")

    # ---------------------------------------------------- images for FB posts
    tax = [("สถิติการจัดเก็บภาษี ปีงบประมาณ ๒๕๖๘", 30, (11, 79, 44)),
           ("สำนักงานเขตสัมพันธวงศ์ · ฝ่ายรายได้ (ข้อมูล ต.ค. ๖๗ - พ.ค. ๖๘)", 20, (60, 60, 60)),
           "เดือน        ภาษีที่ดินและสิ่งปลูกสร้าง (บาท)     ภาษีป้าย (บาท)",
           "ต.ค. ๖๗           ๑,๒๔๕,๓๐๐                    ๘๘,๒๐๐",
           "พ.ย. ๖๗           ๑,๐๓๘,๗๕๐                    ๙๑,๔๐๐",
           "ธ.ค. ๖๗             ๘๗๖,๒๐๐                    ๗๕,๖๐๐",
           "ม.ค. ๖๘             ๙๑๒,๔๐๐                   ๑๐๒,๓๐๐",
           "ก.พ. ๖๘           ๑,๕๖๗,๘๐๐                   ๒๔๕,๙๐๐",
           "มี.ค. ๖๘           ๓,๒๑๔,๕๐๐                   ๖๑๒,๘๐๐",
           "เม.ย. ๖๘          ๘,๙๔๕,๗๐๐                   ๑๘๗,๔๐๐",
           "พ.ค. ๖๘           ๒,๓๔๐,๑๐๐                    ๙๖,๓๐๐",
           ("รวม              ๒๐,๑๔๐,๗๕๐                 ๑,๔๙๙,๙๐๐", 26, (150, 20, 20))]
    img("/fb/img/tax2568.jpg", 980, 760, tax, bg=(250, 248, 236), size=22)
    img("/fb/img/drain.jpg", 900, 500, [("ลอกท่อระบายน้ำ ถนนทรงวาด", 32, (255, 255, 255)), ("๒๔ มิถุนายน ๒๕๖๘", 22, (230, 230, 230))], bg=(60, 90, 120))
    img("/fb/img/footpath.jpg", 900, 500, [("จัดระเบียบทางเท้า ถนนเยาวราช", 32, (255, 255, 255)), ("๓๐ มิถุนายน ๒๕๖๘", 22, (230, 230, 230))], bg=(120, 70, 50))
    img("/fb/img/food.jpg", 900, 500, [("ตรวจร้านอาหารริมบาทวิถี Street Food Good Health", 28, (255, 255, 255)), ("๓ กรกฎาคม ๒๕๖๘", 22, (230, 230, 230))], bg=(40, 110, 70))
    img("/fb/img/tree.jpg", 900, 500, [("ปลูกต้นไม้ล้านต้น ริมถนนเจริญกรุง", 30, (255, 255, 255)), ("๑๖ มิถุนายน ๒๕๖๘", 22, (230, 230, 230))], bg=(30, 100, 40))
    img("/fb/img/tracking.jpg", 900, 500, [("ติดตามสถานะคำขออนุญาต", 34, (255, 255, 255)),
        ("โทร ๐ ๒๒๒๓ ๔๑๕๐ ต่อ ๖๗๕๑ (ฝ่ายโยธา)", 26, (255, 255, 210)), ("ในวันและเวลาราชการ", 22, (230, 230, 230))], bg=(20, 60, 120))
    img("/fb/img/schools.jpg", 900, 400, [("โรงเรียนสังกัดกรุงเทพมหานคร", 32, (255, 255, 255)), ("ในพื้นที่เขตสัมพันธวงศ์ ๔ โรงเรียน", 24, (240, 240, 240))], bg=(140, 40, 60))

    def att_img(src, alt):
        return f'<div class="att"><img src="{src}" alt="{alt}"></div>'

    def att_file(key, label):
        return (f'<div class="att">📎 <a href="{view_url(key)}">{label}</a><br>'
                f'<small>drive.google.com · {FILES[key].get("name", "Google ไดรฟ์")}</small></div>')

    # ---------------------------------------------------- FB posts
    p_news = [
        fb_post("news-food", "๓ กรกฎาคม ๒๕๖๘ เวลา ๑๕:๒๐ น.",
                "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล สำนักงานเขตสัมพันธวงศ์ ลงพื้นที่ตรวจร้านอาหารริมบาทวิถีถนนเยาวราช จำนวน ๔๒ ร้าน "
                "ตามโครงการ Street Food Good Health ผ่านเกณฑ์ ๓๙ ร้าน และให้คำแนะนำปรับปรุง ๓ ร้าน #เขตสัมพันธวงศ์ #ผลการดำเนินงาน",
                att_img("/fb/img/food.jpg", "ตรวจร้านอาหาร"), 58, 7),
        fb_post("news-footpath", "๓๐ มิถุนายน ๒๕๖๘ เวลา ๑๐:๑๕ น.",
                "ฝ่ายเทศกิจ ร่วมกับ สน.พลับพลาไชย ๒ จัดระเบียบทางเท้าถนนเยาวราช ให้ผู้ค้าตั้งวางแผงตามจุดผ่อนผัน "
                "คืนพื้นที่ทางเท้ากว้าง ๑.๕ เมตร ตลอดแนว ผลการดำเนินงานเดือนมิถุนายน: ตักเตือน ๒๑ ราย เปรียบเทียบปรับ ๔ ราย",
                att_img("/fb/img/footpath.jpg", "จัดระเบียบทางเท้า"), 41, 3),
        fb_post("news-drain", "๒๔ มิถุนายน ๒๕๖๘ เวลา ๐๙:๔๐ น.",
                "ฝ่ายโยธา ลอกท่อระบายน้ำถนนทรงวาด ระยะทาง ๖๒๐ เมตร รองรับฤดูฝน ผลการดำเนินงานสะสมปีงบประมาณ ๒๕๖๘ "
                "ลอกท่อแล้ว ๖.๘ กิโลเมตร จากเป้าหมาย ๘.๕ กิโลเมตร (ร้อยละ ๘๐)",
                att_img("/fb/img/drain.jpg", "ลอกท่อระบายน้ำ"), 35, 5),
        fb_post("news-tree", "๑๖ มิถุนายน ๒๕๖๘ เวลา ๑๔:๐๐ น.",
                "กิจกรรมปลูกต้นไม้ล้านต้น ริมถนนเจริญกรุง จำนวน ๑๒๐ ต้น ร่วมกับชุมชนตลาดน้อยและภาคเอกชน ยอดสะสมของเขต ๒,๔๑๐ ต้น",
                att_img("/fb/img/tree.jpg", "ปลูกต้นไม้"), 77, 9),
    ]
    p_tax = fb_post("tax", "๑๐ มิถุนายน ๒๕๖๘ เวลา ๑๑:๐๐ น.",
                    "📊 ข้อมูลสถิติการจัดเก็บภาษี ปีงบประมาณ พ.ศ. ๒๕๖๘ (ตุลาคม ๒๕๖๗ - พฤษภาคม ๒๕๖๘) ฝ่ายรายได้ สำนักงานเขตสัมพันธวงศ์ "
                    "รายละเอียดตามภาพ ขอขอบคุณผู้เสียภาษีทุกท่าน 🙏", att_img("/fb/img/tax2568.jpg", "ตารางสถิติการจัดเก็บภาษี"), 22, 4)
    schools = [("โรงเรียนวัดปทุมคงคา (สังกัดกรุงเทพมหานคร)", "๑๖๑๒ ถนนทรงวาด แขวงสัมพันธวงศ์", "๐ ๒๒๒๑ ๔๙๐๗", "อนุบาล - ป.๖", "๓๑๒"),
               ("โรงเรียนวัดจักรวรรดิราชาวาส", "๒๕๕ ถนนจักรวรรดิ แขวงจักรวรรดิ", "๐ ๒๒๒๒ ๓๕๖๑", "อนุบาล - ป.๖", "๒๘๗"),
               ("โรงเรียนวัดไตรมิตรวิทยาลัย (ประถม)", "๖๖๑ ถนนเจริญกรุง แขวงตลาดน้อย", "๐ ๒๒๒๓ ๘๗๑๒", "อนุบาล - ป.๖", "๔๑๕"),
               ("โรงเรียนวัดสามจีนใต้", "๑๐๒๐ ถนนเจริญกรุง แขวงตลาดน้อย", "๐ ๒๒๓๔ ๖๖๑๐", "อนุบาล - ม.๓", "๓๖๘")]
    st = "".join(f"<br>{thd(i+1)}. {n} ที่ตั้ง {a} โทร {t} ระดับชั้น {l} นักเรียน {c} คน" for i, (n, a, t, l, c) in enumerate(schools))
    p_sch = fb_post("schools", "๑๘ พฤศจิกายน ๒๕๖๗ เวลา ๐๙:๐๐ น.",
                    "🏫 โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขตสัมพันธวงศ์ มีทั้งสิ้น ๔ โรงเรียน (ข้อมูลปีการศึกษา ๒๕๖๗) อยู่ในความดูแลของฝ่ายการศึกษา "
                    "สำนักงานเขตสัมพันธวงศ์ โทร ๐ ๒๒๒๓ ๔๑๕๐ ต่อ ๖๗๙๕" + st, att_img("/fb/img/schools.jpg", "โรงเรียนสังกัด กทม."), 30, 6)
    p_track = fb_post("tracking", "๒๒ มกราคม ๒๕๖๘ เวลา ๑๓:๓๐ น.",
                      "📢 ระบบติดตามสถานะการขอใบอนุญาต (Tracking System) ท่านที่ยื่นคำขออนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร "
                      "หรือขอใบอนุญาตสถานที่จำหน่ายอาหาร สามารถสอบถามความคืบหน้าคำขอได้ทางโทรศัพท์ ๐ ๒๒๒๓ ๔๑๕๐ ต่อ ๖๗๕๑ (ฝ่ายโยธา) "
                      "หรือ ต่อ ๖๗๘๑ (ฝ่ายสิ่งแวดล้อมและสุขาภิบาล) ในวันและเวลาราชการ โปรดเตรียมเลขที่รับคำขอไว้ด้วย",
                      att_img("/fb/img/tracking.jpg", "ติดตามสถานะคำขอ"), 9, 1)
    p_o13 = fb_post("o13", "๑๑ เมษายน ๒๕๖๘ เวลา ๑๐:๓๐ น.",
                    "ฝ่ายการคลัง เผยแพร่รายงานผลการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ และรายงานการใช้จ่ายงบประมาณ รอบ ๖ เดือน "
                    "ปีงบประมาณ พ.ศ. ๒๕๖๘ (ต.ค. ๖๗ - มี.ค. ๖๘) ดาวน์โหลดได้ที่ไฟล์แนบ",
                    att_file("o13_report67", "รายงานผลการใช้จ่ายงบประมาณ ประจำปี ๒๕๖๗") +
                    att_file("o13_6m", "รายงานการใช้จ่ายงบประมาณ รอบ ๖ เดือน ปี ๒๕๖๘"), 8, 1)
    p_o14 = fb_post("o14", "๙ ตุลาคม ๒๕๖๗ เวลา ๑๖:๐๐ น.",
                    "💰 ข้อมูลงบประมาณ สำนักงานเขตสัมพันธวงศ์ ปีงบประมาณ พ.ศ. ๒๕๖๘ ได้รับจัดสรรงบประมาณทั้งสิ้น ๘๘,๗๐๐,๐๐๐ บาท "
                    "แบ่งเป็น งบบุคลากร ๖๒,๔๘๐,๐๐๐ บาท งบดำเนินงาน ๑๘,๓๕๐,๐๐๐ บาท งบลงทุน ๖,๗๒๐,๐๐๐ บาท และงบรายจ่ายอื่น ๑,๑๕๐,๐๐๐ บาท "
                    "ตามข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (ไฟล์แนบ)",
                    att_file("o14_ordinance", "ข้อบัญญัติงบประมาณรายจ่าย พ.ศ. ๒๕๖๘"), 14, 2)
    p_o18 = fb_post("o18", "๑๑ เมษายน ๒๕๖๘ เวลา ๑๔:๔๕ น.",
                    "สำนักงานเขตสัมพันธวงศ์ รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) "
                    "รอบ ๖ เดือน ปีงบประมาณ ๒๕๖๘ #NoGiftPolicy #AntiBribery",
                    att_file("o18_report", "รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน รอบ ๖ เดือน"), 19, 2)
    p_o22 = fb_post("o22", "๒๘ เมษายน ๒๕๖๘ เวลา ๑๐:๐๐ น.",
                    "📌 มาตรการในการยกระดับคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ "
                    "และรายงานผลการดำเนินงานตามมาตรการ รอบ ๖ เดือน (ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘) สำนักงานเขตสัมพันธวงศ์",
                    att_file("o22_measures", "มาตรการยกระดับคุณธรรมและความโปร่งใส ๒๕๖๘") +
                    f'<div class="att">📎 <a href="{view_url("o22_report")}">รายงานผลการดำเนินงานตามมาตรการ รอบ ๖ เดือน ๒๕๖๘</a><br><small>drive.google.com</small></div>',
                    11, 1)

    # FB page feed (O4)
    feed = "".join(f'<div class="card"><div class="when">{d}</div><div class="txt">{t[:160]}...</div>'
                   f'<a href="/fb/{FBPAGE}/posts/{pid}">ดูโพสต์</a></div>' for pid, d, t in POSTS[:4] + POSTS[4:])
    feed_html = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{OFFICE} | Facebook</title>
<style>body{{background:#f0f2f5;font-family:Helvetica,Tahoma,sans-serif;margin:0}}
.fbbar{{background:#fff;border-bottom:1px solid #ddd;padding:8px 16px;color:#1877f2;font-weight:bold;font-size:22px}}
.card{{max-width:640px;margin:14px auto;background:#fff;border-radius:8px;padding:12px 16px}} .when{{color:#65676b;font-size:13px}}</style></head><body>
<div class="fbbar">facebook</div>
<div class="card"><h2>{OFFICE}</h2><div class="when">หน่วยงานราชการ · ผู้ติดตาม ๘.๒ พัน คน · ๒๑๕ ถนนจักรวรรดิ กรุงเทพฯ</div></div>
{feed}</body></html>"""
    html_route(f"/fb/{FBPAGE}", f"fb/{FBPAGE}/index.html", feed_html)

    # ---------------------------------------------------- own pages: services, e-service, news, home
    write("/service/index.html", page("บริการประชาชน",
        f"<ul><li><a href=\"{view_url('o7_manual')}\">คู่มือสำหรับประชาชน (Google Drive)</a></li>"
        f"<li><a href=\"{view_url('o11_checklist')}\">Checklist การพิจารณาออกใบอนุญาต</a></li>"
        f"<li><a href=\"{p_track}\">ติดตามสถานะคำขออนุญาต</a></li><li><a href=\"/eservice/index.html\">บริการออนไลน์ (E-Service)</a></li></ul>"))
    write("/eservice/index.html", page("บริการออนไลน์ (E-Service)",
        "<p>สำนักงานเขตสัมพันธวงศ์ให้บริการยื่นคำร้องออนไลน์ ประชาชนกรอกแบบฟอร์มด้านล่าง เจ้าหน้าที่จะติดต่อกลับภายใน ๓ วันทำการ</p>"
        "<form id=\"complaint\" action=\"/eservice/thanks.html\" method=\"get\"><table class=t>"
        "<tr><th>ประเภทคำร้อง</th><td><select name=\"type\"><option>ขอใช้สถานที่/ลานกีฬา</option><option>แจ้งซ่อมไฟฟ้าส่องสว่าง/ทางเท้า</option>"
        "<option>ขอรับเบี้ยยังชีพผู้สูงอายุ (ลงทะเบียนล่วงหน้า)</option><option>ร้องเรียน/แจ้งเบาะแสการทุจริต</option></select></td></tr>"
        "<tr><th>ชื่อ-สกุล</th><td><input name=\"name\" size=\"40\"></td></tr><tr><th>เบอร์โทรศัพท์</th><td><input name=\"tel\"></td></tr>"
        "<tr><th>รายละเอียด</th><td><textarea name=\"detail\" rows=\"4\" cols=\"50\"></textarea></td></tr></table>"
        "<p><button type=\"submit\">ส่งคำร้อง</button></p></form>"
        "<h3>บริการออนไลน์ของกรุงเทพมหานคร</h3><ul>"
        "<li><a href=\"https://official.bangkok.go.th/\">BMA OSS ระบบขออนุญาตออนไลน์ (ก่อสร้างอาคาร สถานที่จำหน่ายอาหาร)</a></li>"
        "<li><a href=\"https://q.bangkok.go.th/\">BMA Q จองคิวล่วงหน้า งานทะเบียนราษฎร</a></li>"
        "<li><a href=\"https://www.traffy.in.th/\">Traffy Fondue แจ้งปัญหาเมือง</a></li></ul>"))
    write("/eservice/thanks.html", page("ส่งคำร้องเรียบร้อย",
        "<p>ระบบได้รับคำร้องของท่านแล้ว เลขที่รับเรื่อง สพว-๖๘/๐๔๑๒ เจ้าหน้าที่ฝ่ายปกครองจะติดต่อกลับภายใน ๓ วันทำการ</p>"))
    newsl = "".join(f"<li>{d} <a href=\"/fb/{FBPAGE}/posts/{pid}\">{t[:70]}...</a></li>" for pid, d, t in POSTS[:4])
    write("/news/index.html", page("ข่าวประชาสัมพันธ์",
        f"<p>ติดตามข่าวสารและผลการดำเนินงานของสำนักงานเขตได้ที่ <a href=\"/fb/{FBPAGE}\">เพจเฟซบุ๊ก สำนักงานเขตสัมพันธวงศ์</a></p><ul>{newsl}</ul>"))

    # ---------------------------------------------------- OIT page
    ext_o6 = "https://drive.google.com/drive/folders/1Qm8rVbT4xKd0LpZs7NwE3yHcA9uJfG2e?usp=sharing"
    ext_o20 = "https://drive.google.com/file/d/1Zt5KpWq8NmXcVb2LrD7sYhF0aJe3GuQi/view?usp=drive_link"
    rows = [
        ("O1", "ข้อมูลพื้นฐานของสำนักงานเขต", [("/about/index.html", "ข้อมูลพื้นฐาน (โครงสร้าง ผู้บริหาร อำนาจหน้าที่ ติดต่อ)")]),
        ("O๒", "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร", [(view_url("o2_policy", "?usp=sharing"), "Google Drive")]),
        ("O๓", "โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต", [(p_sch, "Facebook")]),
        ("O๔", "การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน", [(f"/fb/{FBPAGE}", "เพจ Facebook สำนักงานเขต")]),
        ("O๕", "แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี", [(o5_folder + "?usp=sharing", "Google Drive (โฟลเดอร์)")]),
        ("O๖", "คู่มือการปฏิบัติหน้าที่", [(ext_o6, "Google Drive (คู่มือทุกฝ่าย)")]),
        ("O๗", "คู่มือการให้บริการประชาชน", [(view_url("o7_manual", "?usp=sharing"), "Google Drive")]),
        ("O๘", "E-Service", [("/eservice/index.html", "บริการออนไลน์")]),
        ("O๙", "ข้อมูลสถิติการจัดเก็บภาษี", [(p_tax, "Facebook")]),
        ("O๑๐", "ข้อมูลสถิติการจัดเก็บรายได้", [(view_url("o10_revenue", "?usp=sharing"), "Google Drive")]),
        ("O๑๑", "รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต", [(view_url("o11_checklist", "?usp=sharing"), "Google Drive")]),
        ("O๑๒", "ระบบติดตาม (Tracking System) สถานะการขอใบอนุญาต", [(p_track, "Facebook")]),
        ("O๑๓", "แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายงบประมาณประจำปี",
         [(view_url("o13_plan", "?usp=sharing"), "แผน (Google Drive)"), (p_o13, "รายงานผล (Facebook)")]),
        ("O๑๔", "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ ข้อมูลเงินอุดหนุนชุมชน", [(p_o14, "Facebook")]),
        ("O๑๕", "ประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้าง และ สรุปผลการจัดซื้อจัดจ้างรายเดือน",
         [(o15_folder + "?usp=sharing", "Google Drive (โฟลเดอร์)"), ("https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch", "e-GP / e-GPBMA")]),
        ("O๑๖", "หลักเกณฑ์การบริหาร และพัฒนาทรัพยากรบุคคล", [(view_url("o16_hr", "?usp=sharing"), "Google Drive")]),
        ("O๑๗", "ช่องทางการร้องเรียนการทุจริตและข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี", [("/complaint/index.html", "ช่องทางร้องเรียน + สถิติ")]),
        ("O๑๘", "ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) และการรายงานผลสู่การปฏิบัติ",
         [(view_url("o18_policy", "?usp=sharing"), "ประกาศ (Google Drive)"), (p_o18, "รายงานผล (Facebook)")]),
        ("O๑๙", "การประเมินความเสี่ยงต่อการรับสินบนและการรายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน", [(o19_folder + "?usp=sharing", "Google Drive (โฟลเดอร์)")]),
        ("O๒๐", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", [(ext_o20, "Google Drive")]),
        ("O๒๑", "การจัดการทรัพย์สินของราชการ ของบริจาคและการจัดเก็บของกลาง", [(view_url("o21_property", "?usp=sharing"), "Google Drive")]),
        ("O๒๒", "มาตรการในการยกระดับคุณธรรมและความโปร่งใส และการรายงานผลการดำเนินงาน", [(p_o22, "Facebook")]),
    ]
    # every ?usp=sharing variant of a viewer must be served too
    for k, v in list(SERVER_FILES.items()):
        if k.startswith("/drive/file/d/") and k.endswith("/view"):
            SERVER_FILES[k + "?usp=sharing"] = v
    trs = "".join(f"<tr><td>{c}</td><td>{t}</td><td>" + "<br>".join(f"<a href=\"{u.replace('&', '&amp;')}\">{lab}</a>" for u, lab in links) + "</td></tr>"
                  for c, t, links in rows)
    write("/oit/index.html", page("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
        "<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) สำนักงานเขตสัมพันธวงศ์ "
        "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล และตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต · ผู้รับผิดชอบ: ฝ่ายปกครอง</p>"
        f"<table class=t><tr><th>ข้อ</th><th>หัวข้อ</th><th>ลิงก์ข้อมูล</th></tr>{trs}</table>"
        "<p style=\"font-size:12px;color:#666\">หมายเหตุ: เอกสารส่วนใหญ่จัดเก็บบน Google Drive และเพจ Facebook ของสำนักงานเขต "
        "หากเปิดไม่ได้ กรุณาแจ้งฝ่ายปกครอง โทร ๐ ๒๒๒๓ ๔๑๕๐ ต่อ ๖๗๑๑ · ปรับปรุงล่าสุด ๔ กรกฎาคม ๒๕๖๘</p>"))

    last = "".join(f"<li>{d} — <a href=\"/fb/{FBPAGE}/posts/{pid}\">{t[:60]}...</a></li>" for pid, d, t in POSTS[:3])
    write("/index.html", page("ยินดีต้อนรับสู่เว็บไซต์สำนักงานเขตสัมพันธวงศ์",
        "<p>เขตสัมพันธวงศ์ ย่านการค้าเก่าแก่ของกรุงเทพมหานคร เยาวราช สำเพ็ง ตลาดน้อย</p>"
        f"<h3>ข่าวล่าสุด</h3><ul>{last}</ul>"
        "<h3>ลิงก์ด่วน</h3><ul><li><a href=\"/oit/index.html\">ITA 2568 การเปิดเผยข้อมูลสาธารณะ (OIT)</a></li>"
        "<li><a href=\"/about/index.html\">ข้อมูลพื้นฐานของสำนักงานเขต</a></li><li><a href=\"/service/index.html\">บริการประชาชน</a></li>"
        "<li><a href=\"/complaint/index.html\">ร้องเรียนการทุจริต</a></li><li><a href=\"/sitemap.html\">แผนผังเว็บไซต์</a></li></ul>"))
    write("/sitemap.html", page("แผนผังเว็บไซต์",
        "<ul><li><a href=\"/\">หน้าแรก</a></li><li><a href=\"/about/index.html\">ข้อมูลพื้นฐาน</a><ul>"
        "<li><a href=\"/about/structure.html\">โครงสร้าง</a></li><li><a href=\"/about/executives.html\">ผู้บริหาร</a></li>"
        "<li><a href=\"/about/authority.html\">อำนาจหน้าที่</a></li><li><a href=\"/about/contact.html\">ติดต่อ</a></li>"
        "<li><a href=\"/about/laws.html\">กฎหมาย</a></li></ul></li><li><a href=\"/news/index.html\">ข่าว</a></li>"
        "<li><a href=\"/service/index.html\">บริการ</a></li><li><a href=\"/eservice/index.html\">E-Service</a></li>"
        "<li><a href=\"/complaint/index.html\">ร้องเรียน</a></li><li><a href=\"/oit/index.html\">OIT</a></li></ul>"))
    SERVER_REDIRECTS["/oit"] = "/oit/index.html"
    SERVER_REDIRECTS["/ita"] = "/oit/index.html"


STYLE = (
    "Samphanthawong district office (สำนักงานเขตสัมพันธวงศ์), a small own site whose OIT page (/oit/index.html, codes written O1, O๒..O๒๒) "
    "links most items not to its own server but to Google-Drive-style viewer pages (/drive/file/d/<id>/view?usp=sharing: file name, size, "
    "'ดาวน์โหลด' link to /drive/uc?id=<id>&export=download served as an attachment PDF via server.files), Drive folder listings "
    "(/drive/drive/folders/<id>) and Facebook-style posts (/fb/samphanthawong.bma/posts/<id>), plus two real drive.google.com URLs that cannot "
    "be fetched. Items: O1 pass on own pages (structure image+text, executives with photo/phone/e-mail and a '- ว่าง -' post, authority, "
    "contact with fax and map, laws). O2 pass (Drive PDF: governor's policy + BMA plan + district plan 2568). O3 pass (FB post listing 4 BMA "
    "schools with address/phone). O4 pass (FB page feed with June-July 2568 performance posts). O5 STALE TRAP: folder named 'ITA2568_O5' "
    "but its two files have no year in the name and contain the FY2567 plan and FY2566 report signed by the previous director. O6 BROKEN: "
    "external drive.google.com folder, unreachable. O7 pass (Drive PDF citizen manual updated Jan 2568). O8 pass (own online request form "
    "+ BMA OSS/BMA Q/Traffy links). O9 pass but only inside an image: FB post whose tax statistics FY2568 (Oct 67-May 68) are a JPG table "
    "(needs OCR). O10 BROKEN: Drive viewer answers 'คุณต้องมีสิทธิ์เข้าถึง' (access denied, no file). O11 pass (Drive checklist PDF). O12 "
    "MISSING: FB post titled 'ระบบติดตามสถานะ (Tracking System)' only gives phone numbers; no tracking system. O13 pass (Drive plan FY2568 + FB "
    "post attaching FY2567 annual report and FY2568 6-month report). O14 INCOMPLETE: FB post with district budget + ordinance 2568 but no "
    "community subsidy (เงินอุดหนุนชุมชน) data anywhere. O15 INCOMPLETE TRAP: folder lists plan, a winner announcement and nine monthly "
    "สขร.1 files Oct 67-Jun 68 with full columns, but the file named 'สขร.1 ก.พ.68.pdf' actually contains the January 2568 summary "
    "(wrong upload), so February is missing. O16 pass (Drive HR criteria 2568). O17 pass (own channels page + Drive stats FY2568 monthly). "
    "O18 pass (Drive policy signed by the current director 2567-11 + FB post with 6-month report). O19 STALE: folder holds only FY2567 risk "
    "assessment and FY2567 result report (previous director). O20 BROKEN: external drive.google.com file link. O21 INCOMPLETE: Drive PDF "
    "covers only borrowing/using government property, nothing on donations or seized goods (ของกลาง). O22 incomplete/broken: FB post "
    "whose measures PDF 2568 (with ITA 2567 analysis) opens, but the 6-month report link is an access-denied Drive viewer."
)

TRUTH = {
    "O1": "pass", "O2": "pass", "O3": "pass", "O4": "pass", "O5": "stale", "O6": "broken", "O7": "pass", "O8": "pass",
    "O9": "pass", "O10": "broken", "O11": "pass", "O12": "missing", "O13": "pass", "O14": "incomplete",
    "O15": "incomplete", "O16": "pass", "O17": "pass", "O18": "pass", "O19": "stale", "O20": "broken",
    "O21": "incomplete", "O22": ["incomplete", "broken"],
}

if __name__ == "__main__":
    build()
    meta = {"framework": "bma-2567", "as_of": "2025-07-08", "start": "/", "name_th": OFFICE, "style": STYLE,
            "author": "blind", "set": "held-out-14",
            "server": {"redirects": SERVER_REDIRECTS, "status": {}, "files": SERVER_FILES}}
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(TRUTH, f, ensure_ascii=False, indent=1)
    print("files:", len(SERVER_FILES), "drive files:", len(FILES), "posts:", len(POSTS))
