#!/usr/bin/env python3
# -*- coding: utf-8 -*-
import os, shutil, json, random, io
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import ImageReader
import openpyxl
from openpyxl.styles import Font as XFont, Alignment
import docx

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, 'site')
FD = '/usr/share/fonts/truetype/tlwg/'
pdfmetrics.registerFont(TTFont('TH', FD + 'Garuda.ttf'))
pdfmetrics.registerFont(TTFont('THB', FD + 'Garuda-Bold.ttf'))
pdfmetrics.registerFont(TTFont('NR', FD + 'Norasi.ttf'))
pdfmetrics.registerFont(TTFont('NRB', FD + 'Norasi-Bold.ttf'))

TD = str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙')
def th(s):
    return str(s).translate(TD)

MARKS = set('\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e\u0e33')

def wrap(text, font, size, width):
    """wrap Thai/English text to width (points), breaking at spaces, else at characters."""
    out = []
    for para in str(text).split('\n'):
        line = ''
        for word in para.split(' '):
            cand = (line + ' ' + word) if line else word
            if pdfmetrics.stringWidth(cand, font, size) <= width:
                line = cand
                continue
            if line:
                out.append(line)
                line = ''
            # word itself may be too long
            cur = ''
            for ch in word:
                if pdfmetrics.stringWidth(cur + ch, font, size) > width and cur and ch not in MARKS:
                    out.append(cur)
                    cur = ''
                cur += ch
            line = cur
        out.append(line)
    return out

def ensure(path):
    os.makedirs(os.path.dirname(path), exist_ok=True)

class PDF:
    def __init__(self, path, land=False, font='TH', bold='THB'):
        self.path = os.path.join(SITE, path.lstrip('/'))
        ensure(self.path)
        self.size = landscape(A4) if land else A4
        self.c = canvas.Canvas(self.path, pagesize=self.size)
        self.c.setTitle(os.path.basename(path))
        self.W, self.H = self.size
        self.m = 50
        self.y = self.H - self.m
        self.font, self.bold = font, bold

    def need(self, h):
        if self.y - h < self.m:
            self.c.showPage()
            self.y = self.H - self.m

    def text(self, s, size=11, bold=False, center=False, indent=0, gap=4):
        f = self.bold if bold else self.font
        for ln in wrap(s, f, size, self.W - 2 * self.m - indent):
            self.need(size + gap)
            self.c.setFont(f, size)
            if center:
                self.c.drawCentredString(self.W / 2, self.y - size, ln)
            else:
                self.c.drawString(self.m + indent, self.y - size, ln)
            self.y -= size + gap

    def space(self, h=8):
        self.y -= h

    def table(self, rows, widths, size=9, header=True):
        tw = self.W - 2 * self.m
        ws = [w * tw / sum(widths) for w in widths]
        for ri, row in enumerate(rows):
            f = self.bold if (header and ri == 0) else self.font
            cells = [wrap(str(c), f, size, ws[i] - 6) for i, c in enumerate(row)]
            h = max(len(c) for c in cells) * (size + 3) + 6
            self.need(h)
            x = self.m
            for i, c in enumerate(cells):
                self.c.rect(x, self.y - h, ws[i], h)
                self.c.setFont(f, size)
                yy = self.y - size - 3
                for ln in c:
                    self.c.drawString(x + 3, yy, ln)
                    yy -= size + 3
                x += ws[i]
            self.y -= h
        self.y -= 6

    def image(self, pil, w):
        h = w * pil.height / pil.width
        self.need(h)
        self.c.drawImage(ImageReader(pil), self.m, self.y - h, w, h)
        self.y -= h + 6

    def save(self):
        self.c.save()

def scanned_pdf(path, pages_lines, rot=0.6):
    """image-only PDF: text rendered into a bitmap, no text layer (like a scan)."""
    p = os.path.join(SITE, path.lstrip('/'))
    ensure(p)
    c = canvas.Canvas(p, pagesize=A4)
    W, H = A4
    fnt = ImageFont.truetype(FD + 'Norasi.ttf', 26)
    fb = ImageFont.truetype(FD + 'Norasi-Bold.ttf', 30)
    for lines in pages_lines:
        img = Image.new('L', (1240, 1754), 246)
        d = ImageDraw.Draw(img)
        y = 110
        for ln in lines:
            bold = ln.startswith('**')
            ln = ln.lstrip('*')
            if ln.startswith('|'):
                cols = ln.strip('|').split('|')
                x = 90
                cw = (1240 - 180) // len(cols)
                for col in cols:
                    d.rectangle([x, y - 6, x + cw, y + 40], outline=40)
                    d.text((x + 8, y), col.strip(), font=fnt, fill=25)
                    x += cw
                y += 46
                continue
            d.text((90, y), ln, font=fb if bold else fnt, fill=20)
            y += 46 if bold else 40
        rnd = random.Random(len(lines))
        px = img.load()
        for _ in range(9000):
            px[rnd.randrange(1240), rnd.randrange(1754)] = rnd.randrange(120, 220)
        img = img.rotate(rot, fillcolor=246, resample=Image.BICUBIC).filter(ImageFilter.GaussianBlur(0.6))
        buf = io.BytesIO()
        img.convert('L').save(buf, 'JPEG', quality=45)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        c.showPage()
    c.save()

def xlsx(path, sheets):
    """sheets: list of (name, rows)"""
    p = os.path.join(SITE, path.lstrip('/'))
    ensure(p)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(list(r))
        for cell in ws[1]:
            cell.font = XFont(bold=True)
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = 22
    wb.save(p)

def docx_file(path, title, paras, table=None):
    p = os.path.join(SITE, path.lstrip('/'))
    ensure(p)
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = 'TH SarabunPSK'
    d.add_heading(title, level=1)
    for s in paras:
        if s.startswith('## '):
            d.add_heading(s[3:], level=2)
        else:
            d.add_paragraph(s)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = 'Table Grid'
        for r in table:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)
    d.save(p)

def write(path, html):
    p = os.path.join(SITE, path.lstrip('/'))
    ensure(p)
    with open(p, 'w', encoding='utf-8') as f:
        f.write(html)

def png(path, img):
    p = os.path.join(SITE, path.lstrip('/'))
    ensure(p)
    img.save(p, optimize=True)

def photo(seed, w=120, h=150):
    rnd = random.Random(seed)
    bg = (rnd.randrange(150, 220), rnd.randrange(170, 230), rnd.randrange(190, 240))
    img = Image.new('RGB', (w, h), bg)
    d = ImageDraw.Draw(img)
    d.ellipse([w * .3, h * .15, w * .7, h * .5], fill=(70, 60, 55))
    d.ellipse([w * .15, h * .55, w * .85, h * 1.2], fill=(40, 50, 90))
    d.polygon([(w * .45, h * .58), (w * .55, h * .58), (w * .5, h * .8)], fill=(240, 240, 240))
    return img.convert('P', palette=Image.ADAPTIVE, colors=32)

def tfont(size, bold=False):
    return ImageFont.truetype(FD + ('Garuda-Bold.ttf' if bold else 'Garuda.ttf'), size)

# ---------------------------------------------------------------- site: icon_grid (เขตลาดพร้าว, ITA 2568)
DN = 'ลาดพร้าว'
OFF = 'สำนักงานเขตลาดพร้าว'
DIR_NAME = 'นายธนพล ศรีวงศ์ประเสริฐ'
ADDR = '๑๔ ถนนโชคชัย ๔ แขวงลาดพร้าว เขตลาดพร้าว กรุงเทพมหานคร ๑๐๒๓๐'

MENU = [('/', 'หน้าแรก'), ('/about/', 'เกี่ยวกับเขต'), ('/news/', 'ข่าวกิจกรรม'),
        ('/service.html', 'บริการประชาชน'), ('/ita/', 'ITA ๒๕๖๘'), ('/contact.html', 'ติดต่อเรา')]

def page(title, body, crumbs=None):
    nav = ''.join(f'<li><a href="{h}">{t}</a></li>' for h, t in MENU)
    cr = ''
    if crumbs:
        cr = '<div class="crumb">' + ' &raquo; '.join(f'<a href="{h}">{t}</a>' for h, t in crumbs) + f' &raquo; <span>{title}</span></div>'
    return f'''<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{title} | {OFF}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/style.css"></head>
<body>
<div class="portal"><a href="https://www.bangkok.go.th/">กรุงเทพมหานคร</a> | <a href="https://webportal.bangkok.go.th/">เว็บไซต์สำนักงานเขต ๕๐ เขต</a></div>
<header><a href="/"><img src="/img/logo.png" alt="ตราสัญลักษณ์กรุงเทพมหานคร" width="64"></a>
<div class="brand"><b>{OFF}</b><br><small>Lat Phrao District Office</small></div></header>
<nav><ul class="mainmenu">{nav}</ul></nav>
{cr}
<main>
{body}
</main>
<footer>
<div class="fcol"><b>{OFF}</b><br>{ADDR}<br>โทร ๐ ๒๕๑๓ ๓๔๗๑ ต่อ ๖๒๑๓ | โทรสาร ๐ ๒๕๑๓ ๓๔๗๔</div>
<div class="fcol"><a href="https://www.bangkok.go.th/">กรุงเทพมหานคร</a> · <a href="https://www.traffy.in.th/">Traffy Fondue</a> · <a href="/sitemap.html">แผนผังเว็บไซต์</a> · <a href="/policy.html">นโยบายเว็บไซต์</a></div>
<div class="copy">&copy; ๒๕๖๘ {OFF} กรุงเทพมหานคร สงวนลิขสิทธิ์</div>
</footer>
</body></html>
'''

CSS = '''body{font-family:Sarabun,Tahoma,sans-serif;margin:0;background:#f4f6f3;color:#222}
.portal{background:#1d3b2a;color:#fff;font-size:13px;padding:3px 12px}.portal a{color:#dfe}
header{display:flex;gap:12px;align-items:center;background:#2f6b3f;color:#fff;padding:10px 18px}
nav ul{list-style:none;margin:0;padding:0;display:flex;background:#e4efe3}nav li a{display:block;padding:8px 14px;color:#1d3b2a;text-decoration:none}
main{max-width:1000px;margin:12px auto;background:#fff;padding:16px 24px;min-height:400px}
.crumb{max-width:1000px;margin:6px auto;font-size:13px}
.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:14px}.grid a img{width:100%;border-radius:10px}
footer{background:#233;color:#ccd;padding:14px 20px;font-size:13px}footer a{color:#bdf}.fcol{margin-bottom:6px}
table.t{border-collapse:collapse}table.t td,table.t th{border:1px solid #aaa;padding:4px 8px}
ul.docs li{margin:6px 0}
'''

COLORS = [(46, 125, 80), (32, 96, 160), (170, 90, 30), (120, 60, 140), (30, 130, 140), (160, 40, 60)]

def icon(code, lines, color, glyph):
    W, H = 260, 200
    img = Image.new('RGB', (W, H), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([4, 4, W - 5, H - 5], radius=22, fill=color)
    light = tuple(min(255, c + 70) for c in color)
    # glyph
    cx, cy = W // 2, 62
    if glyph == 'doc':
        d.rectangle([cx - 22, cy - 30, cx + 22, cy + 26], fill=light); [d.line([cx - 14, cy - 18 + 10 * i, cx + 14, cy - 18 + 10 * i], fill=color, width=3) for i in range(4)]
    elif glyph == 'people':
        d.ellipse([cx - 34, cy - 30, cx - 10, cy - 6], fill=light); d.ellipse([cx + 10, cy - 30, cx + 34, cy - 6], fill=light)
        d.pieslice([cx - 46, cy - 2, cx + 2, cy + 40], 180, 360, fill=light); d.pieslice([cx - 2, cy - 2, cx + 46, cy + 40], 180, 360, fill=light)
    elif glyph == 'coin':
        d.ellipse([cx - 30, cy - 30, cx + 30, cy + 30], fill=light); d.text((cx, cy), '฿', font=tfont(38, True), fill=color, anchor='mm')
    elif glyph == 'shield':
        d.polygon([(cx, cy - 32), (cx + 30, cy - 20), (cx + 24, cy + 16), (cx, cy + 32), (cx - 24, cy + 16), (cx - 30, cy - 20)], fill=light)
        d.line([cx - 12, cy, cx - 2, cy + 12, cx + 14, cy - 10], fill=color, width=5)
    elif glyph == 'screen':
        d.rectangle([cx - 36, cy - 26, cx + 36, cy + 18], fill=light); d.rectangle([cx - 10, cy + 18, cx + 10, cy + 28], fill=light)
    else:
        d.ellipse([cx - 30, cy - 30, cx + 30, cy + 30], outline=light, width=7); d.line([cx, cy, cx + 16, cy - 16], fill=light, width=6)
    d.text((16, 12), code, font=tfont(22, True), fill=(255, 255, 230))
    y = 112
    for ln in lines:
        d.text((W // 2, y), ln, font=tfont(19, True), fill=(255, 255, 255), anchor='mm')
        y += 28
    return img.convert('P', palette=Image.ADAPTIVE, colors=48)

def doclist(items):
    return '<ul class="docs">' + ''.join(f'<li><a href="{h}">{t}</a>{(" " + x) if x else ""}</li>' for h, t, x in items) + '</ul>'

def build():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    write('/css/style.css', CSS)
    lg = Image.new('RGB', (128, 128), (255, 255, 255)); dl = ImageDraw.Draw(lg)
    dl.ellipse([4, 4, 124, 124], fill=(47, 107, 63)); dl.text((64, 64), 'กทม.', font=tfont(30, True), fill='white', anchor='mm')
    png('/img/logo.png', lg.convert('P', palette=Image.ADAPTIVE, colors=16))

    # ------------------------------------------------ news (O4)
    news = [
        ('2568-06-24', 'n250624', 'เขตลาดพร้าวลงพื้นที่ตรวจความเรียบร้อยทางเท้าถนนโชคชัย ๔ จัดระเบียบผู้ค้า', 'ฝ่ายเทศกิจร่วมกับฝ่ายโยธาตรวจสอบทางเท้าตลอดแนวถนนโชคชัย ๔ ขอความร่วมมือผู้ค้าไม่วางสินค้ากีดขวางทางเท้า พร้อมซ่อมแซมแผ่นทางเท้าชำรุด ๓๒ จุด'),
        ('2568-05-30', 'n250530', 'ล้างท่อระบายน้ำซอยลาดพร้าว ๘๗ เตรียมพร้อมรับฤดูฝน ปี ๒๕๖๘', 'ฝ่ายโยธาดำเนินการล้างทำความสะอาดท่อระบายน้ำความยาวรวม ๑,๘๔๐ เมตร ลดปัญหาน้ำท่วมขังในช่วงฤดูฝน'),
        ('2568-04-11', 'n250411', 'จัดกิจกรรมรดน้ำขอพรผู้สูงอายุ เนื่องในวันสงกรานต์ ๒๕๖๘', 'สำนักงานเขตลาดพร้าวร่วมกับชุมชน ๓๔ ชุมชน จัดกิจกรรมรดน้ำขอพรผู้สูงอายุ ณ ลานกิจกรรมสำนักงานเขต'),
        ('2568-03-05', 'n250305', 'ผลการจัดเก็บขยะอินทรีย์ "ไม่เทรวม" ไตรมาส ๒ ปีงบประมาณ ๒๕๖๘', 'ฝ่ายรักษาความสะอาดและสวนสาธารณะรายงานปริมาณขยะอินทรีย์ที่คัดแยกได้เฉลี่ยวันละ ๔.๖ ตัน เพิ่มขึ้นจากไตรมาสแรกร้อยละ ๑๒'),
        ('2568-01-20', 'n250120', 'ประชุมประชาคมจัดทำงบประมาณแบบมีส่วนร่วม ปี ๒๕๖๙', 'เปิดรับฟังความคิดเห็นโครงการพัฒนาพื้นที่จากผู้นำชุมชนและประชาชน เพื่อบรรจุในงบประมาณปี ๒๕๖๙'),
        ('2567-12-09', 'n241209', 'ปลูกต้นไม้ล้านต้นริมคลองลาดพร้าว', 'ปลูกต้นไม้ยืนต้น ๓๕๐ ต้น ตามโครงการปลูกต้นไม้ล้านต้นของกรุงเทพมหานคร'),
    ]
    def dth(s):
        y, m, d = s.split('-')
        mm = ['', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'][int(m)]
        return th(f'{int(d)} {mm} {y[2:]}')
    for ds, slug, t, b in news:
        write(f'/news/{slug}.html', page(t, f'<h1>{t}</h1><p class="date">วันที่ {dth(ds)}</p><p>{b}</p><p>ผู้ประสานงาน: ฝ่ายปกครอง {OFF}</p>', [('/', 'หน้าแรก'), ('/news/', 'ข่าวกิจกรรม')]))
    nl = ''.join(f'<li>[{dth(ds)}] <a href="/news/{slug}.html">{t}</a></li>' for ds, slug, t, b in news)
    write('/news/index.html', page('ข่าวกิจกรรม', f'<h1>ข่าวกิจกรรม / ผลการดำเนินงาน</h1><ul>{nl}</ul>', [('/', 'หน้าแรก')]))

    write('/index.html', page('หน้าแรก', f'''<h1>ยินดีต้อนรับสู่เว็บไซต์{OFF}</h1>
<p>{OFF} มุ่งมั่นให้บริการประชาชนด้วยความโปร่งใส รวดเร็ว เป็นธรรม</p>
<p><a href="/ita/"><img src="/img/banner_ita.png" alt="ITA" width="480"></a></p>
<h2>ข่าวล่าสุด</h2><ul>{''.join(f'<li><a href="/news/{s}.html">{t}</a></li>' for d_, s, t, b in news[:4])}</ul>
<p><a href="/news/">ข่าวทั้งหมด</a></p>'''))
    bn = Image.new('RGB', (480, 120), (240, 200, 60)); db = ImageDraw.Draw(bn)
    db.text((240, 40), 'การประเมินคุณธรรมและความโปร่งใส', font=tfont(24, True), fill=(60, 30, 0), anchor='mm')
    db.text((240, 82), 'ITA ประจำปีงบประมาณ ๒๕๖๘', font=tfont(22, True), fill=(120, 20, 20), anchor='mm')
    png('/img/banner_ita.png', bn.convert('P', palette=Image.ADAPTIVE, colors=32))

    # ------------------------------------------------ O1 basic info (pass)
    execs = [('นายธนพล ศรีวงศ์ประเสริฐ', 'ผู้อำนวยการเขตลาดพร้าว', '๐ ๒๕๑๓ ๓๔๗๑ ต่อ ๖๒๐๑', 'latphrao.dir@bangkok.go.th'),
             ('นางสาวจิราพร มั่นคงดี', 'ผู้ช่วยผู้อำนวยการเขตลาดพร้าว', '๐ ๒๕๑๓ ๓๔๗๑ ต่อ ๖๒๐๒', 'latphrao.ast1@bangkok.go.th'),
             ('นายวีรวัฒน์ ทองอินทร์', 'ผู้ช่วยผู้อำนวยการเขตลาดพร้าว', '๐ ๒๕๑๓ ๓๔๗๑ ต่อ ๖๒๐๓', 'latphrao.ast2@bangkok.go.th')]
    rows = ''
    for i, (n, p_, t, e) in enumerate(execs):
        png(f'/img/exec{i+1}.png', photo(i + 11))
        rows += f'<tr><td><img src="/img/exec{i+1}.png" alt="{n}" width="90"></td><td>{n}<br>{p_}</td><td>โทร {t}<br>อีเมล {e}</td></tr>'
    divs = ['ฝ่ายปกครอง', 'ฝ่ายทะเบียน', 'ฝ่ายการคลัง', 'ฝ่ายรายได้', 'ฝ่ายโยธา', 'ฝ่ายสิ่งแวดล้อมและสุขาภิบาล',
            'ฝ่ายรักษาความสะอาดและสวนสาธารณะ', 'ฝ่ายเทศกิจ', 'ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม', 'ฝ่ายการศึกษา']
    org = Image.new('RGB', (900, 360), 'white'); do = ImageDraw.Draw(org)
    do.rectangle([330, 10, 570, 60], outline=(40, 80, 40), width=3); do.text((450, 35), 'ผู้อำนวยการเขต', font=tfont(20, True), fill='black', anchor='mm')
    do.rectangle([330, 90, 570, 140], outline=(40, 80, 40), width=2); do.text((450, 115), 'ผู้ช่วยผู้อำนวยการเขต', font=tfont(18), fill='black', anchor='mm')
    do.line([450, 60, 450, 90], fill='black', width=2); do.line([450, 140, 450, 170], fill='black', width=2); do.line([45, 170, 855, 170], fill='black', width=2)
    for i, dv in enumerate(divs):
        x = 45 + i * 90
        do.line([x, 170, x, 190], fill='black', width=2)
        do.rectangle([x - 42, 190, x + 42, 350], outline=(40, 80, 40), width=2)
        words = dv.replace('ฝ่าย', 'ฝ่าย\n', 1).replace('และ', '\nและ').split('\n')
        for j, w in enumerate(words):
            do.text((x, 210 + j * 26), w, font=tfont(13), fill='black', anchor='mm')
    png('/img/org_latphrao.png', org.convert('P', palette=Image.ADAPTIVE, colors=16))
    mp = Image.new('RGB', (520, 300), (235, 235, 225)); dm = ImageDraw.Draw(mp)
    dm.line([0, 150, 520, 140], fill=(250, 200, 80), width=14); dm.line([260, 0, 250, 300], fill=(255, 255, 255), width=10)
    dm.text((300, 120), 'ถ.ลาดพร้าว', font=tfont(16), fill='black'); dm.text((262, 20), 'ซ.โชคชัย ๔', font=tfont(16), fill='black')
    dm.ellipse([240, 180, 270, 210], fill=(220, 30, 30)); dm.text((280, 185), OFF, font=tfont(16, True), fill=(150, 0, 0))
    png('/img/map.png', mp.convert('P', palette=Image.ADAPTIVE, colors=24))
    p = PDF('/files/about/structure_latphrao_2568.pdf')
    p.text(f'โครงสร้างส่วนราชการ {OFF} (ข้อมูล ณ วันที่ ๑ ตุลาคม ๒๕๖๗)', 15, True, True)
    p.image(org, 495)
    p.text('กรุงเทพมหานคร → สำนักปลัดกรุงเทพมหานคร → สำนักงานเขต ๕๐ เขต; สำนักงานเขตลาดพร้าวอยู่ในกลุ่มเขตกรุงเทพกลาง')
    p.table([['ฝ่าย', 'หัวหน้าฝ่าย', 'โทรศัพท์ภายใน']] + [[dv, f'หัวหน้า{dv}', th(6210 + i)] for i, dv in enumerate(divs)], [3, 3, 1.5])
    p.save()
    o1 = f'''<h1>ข้อมูลพื้นฐานของหน่วยงาน</h1>
<h2>โครงสร้างการบริหาร</h2><p><img src="/img/org_latphrao.png" alt="แผนภูมิโครงสร้าง" width="700"></p>
<p><a href="/files/about/structure_latphrao_2568.pdf">ดาวน์โหลดแผนภูมิโครงสร้าง (PDF)</a></p>
<h2>ผู้บริหารสำนักงานเขต</h2><table class="t">{rows}</table>
<h2>อำนาจหน้าที่</h2><p>สำนักงานเขตมีอำนาจหน้าที่ตามประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต ได้แก่ การปกครองและทะเบียน การจัดเก็บรายได้ การรักษาความสะอาด การควบคุมอาคาร การพัฒนาชุมชน การศึกษา และภารกิจอื่นที่ได้รับมอบหมายจากผู้ว่าราชการกรุงเทพมหานคร</p>
<h2>กฎหมายที่เกี่ยวข้อง</h2><ul><li><a href="https://www.krisdika.go.th/">พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘</a></li><li>พระราชบัญญัติควบคุมอาคาร พ.ศ. ๒๕๒๒</li><li>พระราชบัญญัติการทะเบียนราษฎร พ.ศ. ๒๕๓๔</li><li>พระราชบัญญัติรักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. ๒๕๓๕</li></ul>
<h2>ข้อมูลการติดต่อ</h2><p>{ADDR}<br>โทรศัพท์ ๐ ๒๕๑๓ ๓๔๗๑-๓ | โทรสาร ๐ ๒๕๑๓ ๓๔๗๔<br>อีเมล latphrao@bangkok.go.th</p>
<p><img src="/img/map.png" alt="แผนที่ตั้งสำนักงานเขต" width="520"><br><a href="https://maps.google.com/?q=สำนักงานเขตลาดพร้าว">เปิดแผนที่ Google Maps</a></p>
<p><small>ปรับปรุงข้อมูลล่าสุด ๒ มิ.ย. ๖๘</small></p>'''
    ITAC = [('/', 'หน้าแรก'), ('/ita/', 'ITA ๒๕๖๘')]
    write('/ita/p/o01.html', page('ข้อมูลพื้นฐาน', o1, ITAC))
    write('/about/index.html', page('เกี่ยวกับเขต', f'<h1>เกี่ยวกับเขตลาดพร้าว</h1><p>เขตลาดพร้าวมีพื้นที่ ๒๑.๘๖ ตารางกิโลเมตร แบ่งการปกครองออกเป็น ๒ แขวง คือ แขวงลาดพร้าว และแขวงจรเข้บัว มีชุมชนจดทะเบียน ๓๔ ชุมชน</p><p><a href="/ita/p/o01.html">ข้อมูลพื้นฐาน โครงสร้าง และผู้บริหาร</a></p>', [('/', 'หน้าแรก')]))
    write('/contact.html', page('ติดต่อเรา', f'<h1>ติดต่อเรา</h1><p>{ADDR}</p><p>โทร ๐ ๒๕๑๓ ๓๔๗๑-๓</p><p>อีเมล latphrao@bangkok.go.th</p>', [('/', 'หน้าแรก')]))

    # ------------------------------------------------ O2 governor policy and plans (pass)
    p = PDF('/files/plan/devplan_latphrao_68.pdf')
    p.text(f'แผนพัฒนาพื้นที่{OFF}', 16, True, True)
    p.text('ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', 14, True, True)
    p.text('สอดคล้องกับนโยบายผู้ว่าราชการกรุงเทพมหานคร (นโยบาย ๙ ดี) และแผนพัฒนากรุงเทพมหานครระยะ ๒๐ ปี ระยะที่ ๓ (พ.ศ. ๒๕๖๖ - ๒๕๗๐)')
    p.table([['นโยบาย ๙ ดี', 'โครงการของเขตลาดพร้าว ปี ๒๕๖๘', 'งบประมาณ (บาท)'],
             ['ปลอดภัยดี', 'ติดตั้งไฟฟ้าส่องสว่างในซอยเปลี่ยว ๑๘ จุด', '๑,๒๕๐,๐๐๐'],
             ['เดินทางดี', 'ปรับปรุงทางเท้าถนนโชคชัย ๔ ช่วงที่ ๒', '๓,๔๐๐,๐๐๐'],
             ['สิ่งแวดล้อมดี', 'โครงการไม่เทรวม คัดแยกขยะต้นทาง', '๔๕๐,๐๐๐'],
             ['สุขภาพดี', 'ลานกีฬาชุมชนและกิจกรรมผู้สูงอายุ', '๖๒๐,๐๐๐'],
             ['เรียนดี', 'สนับสนุนกิจกรรมโรงเรียนสังกัด กทม. ๖ แห่ง', '๓๘๐,๐๐๐'],
             ['บริหารจัดการดี', 'พัฒนาระบบบริการ BMA OSS / BMA Q', '๑๕๐,๐๐๐']], [2, 4, 1.6])
    p.text(f'ลงนาม {DIR_NAME} ผู้อำนวยการเขตลาดพร้าว ๒๘ ตุลาคม ๒๕๖๗')
    p.save()
    write('/ita/p/o02.html', page('นโยบายผู้ว่าฯ และแผนพัฒนา', '<h1>นโยบายผู้ว่าราชการกรุงเทพมหานคร และแผนที่เกี่ยวข้อง</h1>' + doclist([
        ('https://www.bangkok.go.th/policy', 'นโยบายผู้ว่าราชการกรุงเทพมหานคร (๒๑๖ นโยบาย / ๙ ดี)', '(เว็บไซต์กรุงเทพมหานคร)'),
        ('https://webportal.bangkok.go.th/pipd/page/sub/plan20', 'แผนพัฒนากรุงเทพมหานครระยะ ๒๐ ปี ระยะที่ ๓ (พ.ศ. ๒๕๖๖-๒๕๗๐)', '(สำนักยุทธศาสตร์และประเมินผล)'),
        ('/files/plan/devplan_latphrao_68.pdf', 'แผนพัฒนาพื้นที่เขตลาดพร้าว ปีงบฯ ๖๘', '[PDF]')]), ITAC))

    # ------------------------------------------------ O3 schools (pass)
    schools = [('โรงเรียนวัดลาดพร้าว', 'ซอยลาดพร้าว ๙๔', '๐ ๒๕๓๘ ๐๑๒๔', 512), ('โรงเรียนคลองจั่น (ลาดพร้าว)', 'ถนนประดิษฐ์มนูธรรม', '๐ ๒๕๓๐ ๑๑๘๗', 388),
               ('โรงเรียนวัดสามัคคีธรรม', 'ซอยโชคชัย ๔ ซอย ๕๔', '๐ ๒๕๓๙ ๘๘๑๒', 646), ('โรงเรียนประชาร่วมใจ', 'ถนนนาคนิวาส', '๐ ๒๕๓๘ ๗๐๙๑', 275),
               ('โรงเรียนชุมชนจรเข้บัว', 'ถนนลาดปลาเค้า', '๐ ๒๕๗๐ ๓๓๔๑', 421), ('โรงเรียนวัดนวลจันทร์ (ลาดพร้าว)', 'ถนนนวลจันทร์', '๐ ๒๕๑๐ ๖๖๒๐', 309)]
    tr = ''.join(f'<tr><td>{th(i+1)}</td><td>{n}</td><td>{a}</td><td>{t}</td><td>{th(s)}</td></tr>' for i, (n, a, t, s) in enumerate(schools))
    write('/ita/p/schools.html', page('โรงเรียนในพื้นที่', f'<h1>โรงเรียนสังกัดกรุงเทพมหานครในเขตลาดพร้าว</h1><p>ข้อมูลปีการศึกษา ๒๕๖๘ (ฝ่ายการศึกษา)</p><table class="t"><tr><th>ที่</th><th>ชื่อโรงเรียน</th><th>ที่ตั้ง</th><th>โทรศัพท์</th><th>จำนวนนักเรียน</th></tr>{tr}</table>', ITAC))

    # ------------------------------------------------ O4 PR of results (pass)
    write('/ita/p/o04.html', page('ประชาสัมพันธ์ผลการดำเนินงาน', f'<h1>การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน ปีงบประมาณ ๒๕๖๘</h1><ul>{nl}</ul><p>ติดตามเพิ่มเติม: <a href="https://www.facebook.com/latphraodistrict">Facebook สำนักงานเขตลาดพร้าว</a></p>', ITAC))

    # ------------------------------------------------ O5 action plan (stale: FY2567 plan, FY2566 report)
    p = PDF('/files/plan/actionplan.pdf')
    p.text(f'แผนปฏิบัติราชการประจำปี {OFF}', 16, True, True)
    p.text('ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗)', 13, True, True)
    p.text('ฝ่ายปกครอง กลุ่มงานยุทธศาสตร์และประเมินผล', 11, center=True)
    p.table([['ยุทธศาสตร์', 'โครงการ/กิจกรรม', 'ตัวชี้วัด', 'ระยะเวลา'],
             ['มหานครปลอดภัย', 'ตรวจสอบอาคารสูงและอาคารสาธารณะ', 'ร้อยละ ๑๐๐ ของอาคารเป้าหมาย', 'ต.ค. ๖๖ - ก.ย. ๖๗'],
             ['มหานครสีเขียว', 'เพิ่มพื้นที่สีเขียวริมคลองลาดพร้าว', '๒ ไร่', 'ม.ค. - มิ.ย. ๖๗'],
             ['มหานครสำหรับทุกคน', 'จัดบริการรับส่งผู้สูงอายุ/ผู้พิการ', '๑๒๐ ราย', 'ต.ค. ๖๖ - ก.ย. ๖๗'],
             ['การบริหารจัดการ', 'พัฒนาการให้บริการ ณ ฝ่ายทะเบียน', 'ความพึงพอใจร้อยละ ๘๕', 'ต.ค. ๖๖ - ก.ย. ๖๗']], [2, 4, 3, 2])
    p.save()
    p = PDF('/files/plan/report_actionplan.pdf')
    p.text(f'รายงานผลการปฏิบัติราชการประจำปี {OFF}', 16, True, True)
    p.text('ประจำปีงบประมาณ พ.ศ. ๒๕๖๖', 13, True, True)
    p.text('สรุปผล: โครงการตามแผน ๒๔ โครงการ ดำเนินการแล้วเสร็จ ๒๑ โครงการ คิดเป็นร้อยละ ๘๗.๕๐')
    p.table([['โครงการ', 'ผลการดำเนินงาน', 'ร้อยละ'], ['ปรับปรุงทางเท้า', 'แล้วเสร็จ', '๑๐๐'], ['ลอกคลอง', 'แล้วเสร็จ', '๑๐๐'], ['ศูนย์ผู้สูงอายุ', 'อยู่ระหว่างดำเนินการ', '๗๐']], [4, 3, 1])
    p.save()
    write('/ita/p/o05.html', page('แผนปฏิบัติราชการ', '<h1>แผนปฏิบัติราชการประจำปี และรายงานผล</h1>' + doclist([
        ('/files/plan/actionplan.pdf', 'แผนปฏิบัติราชการประจำปี สำนักงานเขตลาดพร้าว', '(PDF)'),
        ('/files/plan/report_actionplan.pdf', 'รายงานผลการปฏิบัติราชการประจำปี', '(PDF)')]) + '<p>หน่วยงานรับผิดชอบ: ฝ่ายปกครอง</p>', ITAC))

    # ------------------------------------------------ O6 work manuals (pass)
    man = [('ฝ่ายปกครอง', 'pk'), ('ฝ่ายทะเบียน', 'tb'), ('ฝ่ายรายได้', 'ry'), ('ฝ่ายโยธา', 'yt'), ('ฝ่ายเทศกิจ', 'tk')]
    lst = []
    for dv, code in man:
        if code in ('tb', 'yt'):
            docx_file(f'/files/manual/work_{code}.docx', f'คู่มือการปฏิบัติงาน {dv} {OFF}', [
                'ฉบับปรับปรุง พ.ศ. ๒๕๖๘', '## วัตถุประสงค์', f'เพื่อให้เจ้าหน้าที่{dv}ปฏิบัติงานเป็นมาตรฐานเดียวกัน', '## ขั้นตอนการปฏิบัติงาน',
                '๑. รับเรื่อง/ตรวจสอบเอกสาร ๒. พิจารณาตามระเบียบ ๓. เสนอผู้มีอำนาจลงนาม ๔. แจ้งผลและจัดเก็บเอกสาร', '## ระยะเวลา', 'ไม่เกิน ๑๕ วันทำการ'])
            lst.append((f'/files/manual/work_{code}.docx', f'คู่มือการปฏิบัติงาน{dv}', '(DOCX)'))
        else:
            p = PDF(f'/files/manual/work_{code}.pdf')
            p.text(f'คู่มือการปฏิบัติงาน {dv}', 16, True, True)
            p.text(f'{OFF} ฉบับปรับปรุง ๒๕๖๘', 12, center=True)
            p.text('๑. วัตถุประสงค์  ๒. ขอบเขต  ๓. คำจำกัดความ  ๔. ขั้นตอนการปฏิบัติงาน (Flow Chart)  ๕. มาตรฐานคุณภาพงาน  ๖. แบบฟอร์มที่ใช้')
            p.table([['ขั้นตอน', 'รายละเอียด', 'ผู้รับผิดชอบ', 'เวลา'], ['๑', 'รับเรื่อง', 'เจ้าหน้าที่', '๑ วัน'], ['๒', 'ตรวจสอบ/พิจารณา', 'หัวหน้างาน', '๕ วัน'], ['๓', 'เสนอลงนาม', 'หัวหน้าฝ่าย', '๒ วัน']], [1, 4, 2, 1])
            p.save()
            lst.append((f'/files/manual/work_{code}.pdf', f'คู่มือการปฏิบัติงาน{dv}', '(PDF)'))
    write('/ita/p/o06.html', page('คู่มือปฏิบัติงาน', '<h1>คู่มือการปฏิบัติหน้าที่ของเจ้าหน้าที่</h1>' + doclist(lst), ITAC))

    # ------------------------------------------------ O7 public service manual (pass)
    p = PDF('/files/manual/service_citizen_68.pdf')
    p.text('คู่มือสำหรับประชาชน', 18, True, True)
    p.text(f'งานบริการ {OFF} (ปรับปรุง ๑๕ ม.ค. ๒๕๖๘)', 12, center=True)
    for svc, steps, t in [('การแจ้งย้ายที่อยู่', 'ยื่นคำร้อง → ตรวจสอบหลักฐาน → บันทึกข้อมูล → รับเล่มทะเบียนบ้าน', '๑๕ นาที'),
                          ('การขออนุญาตก่อสร้างอาคาร (มาตรา ๓๙ ทวิ)', 'ยื่นแจ้งผ่าน BMA OSS → ตรวจสอบเอกสาร → ออกใบรับแจ้ง', '๗ วัน'),
                          ('การขอใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร', 'ยื่นคำขอ → ตรวจสถานที่ → ชำระค่าธรรมเนียม → รับใบอนุญาต', '๓๐ วัน')]:
        p.text(svc, 13, True)
        p.text(f'ขั้นตอน: {steps}   ระยะเวลา: {t}   สถานที่: {OFF} ชั้น ๑')
        p.text('เอกสารประกอบ: บัตรประจำตัวประชาชน ทะเบียนบ้าน หนังสือมอบอำนาจ (ถ้ามี)   ค่าธรรมเนียม: ตามกฎกระทรวง   ช่องทางร้องเรียน: ๑๕๕๕ / Traffy Fondue')
    p.save()
    write('/ita/p/o07.html', page('คู่มือบริการ', '<h1>คู่มือการให้บริการประชาชน</h1>' + doclist([('/files/manual/service_citizen_68.pdf', 'คู่มือสำหรับประชาชน งานบริการของสำนักงานเขต', '(PDF ๓ งานบริการ)')]), ITAC))

    # ------------------------------------------------ O8 e-service (pass)
    write('/eform.html', page('แบบฟอร์มออนไลน์', '<h1>ขอใช้สถานที่/ลานกิจกรรม (ออนไลน์)</h1><form action="/eform.html" method="get"><p>ชื่อ-สกุล <input name="n"></p><p>โทรศัพท์ <input name="t"></p><p>วันที่ต้องการใช้ <input name="d"></p><p><button>ส่งคำขอ</button></p></form>', [('/', 'หน้าแรก')]))
    write('/ita/p/eservice.html', page('E-Service', '<h1>บริการออนไลน์ (E-Service)</h1>' + doclist([
        ('https://bmaq.bangkok.go.th/', 'BMA Q จองคิวล่วงหน้า งานทะเบียน/บัตร', ''),
        ('https://bmaoss.bangkok.go.th/', 'BMA OSS ยื่นขออนุญาตออนไลน์ (อาคาร / สาธารณสุข)', ''),
        ('https://www.traffy.in.th/', 'Traffy Fondue แจ้งปัญหาเมือง', ''),
        ('/eform.html', 'แบบฟอร์มขอใช้สถานที่ลานกิจกรรมเขตลาดพร้าว', '')]), ITAC))
    write('/service.html', page('บริการประชาชน', '<h1>บริการประชาชน</h1><p><a href="/ita/p/eservice.html">บริการออนไลน์</a> · <a href="/ita/p/o07.html">คู่มือประชาชน</a></p>', [('/', 'หน้าแรก')]))

    # ------------------------------------------------ O9 tax statistics (review: scan)
    months = ['ต.ค. ๖๗', 'พ.ย. ๖๗', 'ธ.ค. ๖๗', 'ม.ค. ๖๘', 'ก.พ. ๖๘', 'มี.ค. ๖๘', 'เม.ย. ๖๘', 'พ.ค. ๖๘']
    rnd = random.Random(9)
    lines = ['**สถิติการจัดเก็บภาษี สำนักงานเขตลาดพร้าว', '**ปีงบประมาณ พ.ศ. ๒๕๖๘ (ต.ค. ๖๗ - พ.ค. ๖๘)', '', '|เดือน|ภาษีที่ดินฯ|ภาษีป้าย|รวม (บาท)|']
    for m in months:
        a, b = rnd.randrange(2, 40) * 100000, rnd.randrange(1, 9) * 100000
        lines.append(f'|{m}|{th(f"{a:,}")}|{th(f"{b:,}")}|{th(f"{a+b:,}")}|')
    lines += ['', 'ฝ่ายรายได้ ผู้จัดทำ', 'ข้อมูล ณ วันที่ ๔ มิถุนายน ๒๕๖๘']
    scanned_pdf('/files/revenue/tax_stat_2568_scan.pdf', [lines])
    write('/ita/p/o09.html', page('สถิติภาษี', '<h1>ข้อมูลสถิติการจัดเก็บภาษี</h1>' + doclist([('/files/revenue/tax_stat_2568_scan.pdf', 'สถิติการจัดเก็บภาษี ปีงบประมาณ ๒๕๖๘', '(ไฟล์สแกน)')]), ITAC))

    # ------------------------------------------------ O10 revenue statistics (pass)
    rows = [['เดือน', 'ค่าธรรมเนียมใบอนุญาต', 'ค่าปรับ', 'ค่าธรรมเนียมเก็บขยะ', 'รายได้อื่น', 'รวม']]
    for m in months:
        v = [rnd.randrange(50, 400) * 1000 for _ in range(4)]
        rows.append([m] + v + [sum(v)])
    xlsx('/files/revenue/revenue_stat_68.xlsx', [('รายได้ ปี 2568', [['สถิติการจัดเก็บรายได้ (ที่มิใช่ภาษี) สำนักงานเขตลาดพร้าว ปีงบประมาณ 2568']] + rows)])
    p = PDF('/files/revenue/revenue_stat_68.pdf', land=True)
    p.text('สถิติการจัดเก็บรายได้ สำนักงานเขตลาดพร้าว ปีงบประมาณ พ.ศ. ๒๕๖๘ (ต.ค. ๒๕๖๗ - พ.ค. ๒๕๖๘)', 14, True, True)
    p.table([[th(f'{c:,}') if isinstance(c, int) else c for c in r] for r in rows], [1.3, 2, 1.5, 2, 1.5, 1.5])
    p.text('ฝ่ายรายได้ / ฝ่ายการคลัง  ข้อมูล ณ ๓ มิ.ย. ๖๘')
    p.save()
    write('/ita/p/o10.html', page('สถิติรายได้', '<h1>ข้อมูลสถิติการจัดเก็บรายได้</h1>' + doclist([('/files/revenue/revenue_stat_68.pdf', 'สถิติการจัดเก็บรายได้ ปีงบฯ ๖๘ (ต.ค.๖๗-พ.ค.๖๘)', '[PDF]'), ('/files/revenue/revenue_stat_68.xlsx', 'ไฟล์ Excel', '[XLSX]')]), ITAC))

    # ------------------------------------------------ O11 permit checklist (pass)
    p = PDF('/files/permit/checklist_permits.pdf')
    p.text('รายการตรวจสอบ (Checklist) ประกอบการพิจารณาออกใบอนุญาต', 15, True, True)
    p.text(f'{OFF} ปีงบประมาณ ๒๕๖๘', 12, center=True)
    p.text('๑) การแจ้งก่อสร้างอาคารตามมาตรา ๓๙ ทวิ (ฝ่ายโยธา)', 12, True)
    p.table([['ที่', 'รายการตรวจสอบ', 'มี', 'ไม่มี'], ['๑', 'แบบ ข.๑ / แบบแจ้ง', '☐', '☐'], ['๒', 'สำเนาโฉนดที่ดิน', '☐', '☐'], ['๓', 'แบบแปลนลงนามสถาปนิก/วิศวกร', '☐', '☐'], ['๔', 'รายการคำนวณโครงสร้าง', '☐', '☐']], [1, 6, 1, 1])
    p.text('๒) ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร (ฝ่ายสิ่งแวดล้อมและสุขาภิบาล)', 12, True)
    p.table([['ที่', 'รายการตรวจสอบ', 'ผ่าน', 'ไม่ผ่าน'], ['๑', 'พื้นทำด้วยวัสดุทำความสะอาดง่าย', '☐', '☐'], ['๒', 'มีที่ล้างภาชนะถูกสุขลักษณะ', '☐', '☐'], ['๓', 'ผู้สัมผัสอาหารผ่านการอบรม', '☐', '☐']], [1, 6, 1, 1])
    p.save()
    write('/ita/p/o11.html', page('Checklist ใบอนุญาต', '<h1>รายการการตรวจ (Checklist) การพิจารณาออกใบอนุญาต</h1>' + doclist([('/files/permit/checklist_permits.pdf', 'Checklist ใบอนุญาตก่อสร้าง / สถานที่จำหน่ายอาหาร', '')]), ITAC))

    # O12: broken (button points to a page that does not exist)

    # ------------------------------------------------ O13 spending plan only (incomplete)
    p = PDF('/files/budget/spending_plan_68.pdf', land=True)
    p.text(f'แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๘ {OFF}', 14, True, True)
    p.table([['หมวดรายจ่าย', 'ไตรมาส ๑', 'ไตรมาส ๒', 'ไตรมาส ๓', 'ไตรมาส ๔', 'รวม'],
             ['งบบุคลากร', '๒๔,๕๐๐,๐๐๐', '๒๔,๕๐๐,๐๐๐', '๒๔,๕๐๐,๐๐๐', '๒๔,๕๐๐,๐๐๐', '๙๘,๐๐๐,๐๐๐'],
             ['งบดำเนินงาน', '๖,๒๐๐,๐๐๐', '๕,๘๐๐,๐๐๐', '๕,๖๐๐,๐๐๐', '๔,๔๐๐,๐๐๐', '๒๒,๐๐๐,๐๐๐'],
             ['งบลงทุน', '๑,๐๐๐,๐๐๐', '๔,๐๐๐,๐๐๐', '๖,๕๐๐,๐๐๐', '๓,๕๐๐,๐๐๐', '๑๕,๐๐๐,๐๐๐'],
             ['งบรายจ่ายอื่น', '๒๐๐,๐๐๐', '๒๐๐,๐๐๐', '๒๐๐,๐๐๐', '๒๐๐,๐๐๐', '๘๐๐,๐๐๐']], [2, 1.5, 1.5, 1.5, 1.5, 1.6])
    p.text('ฝ่ายการคลัง ผู้จัดทำ ๑ ตุลาคม ๒๕๖๗')
    p.save()
    write('/ita/p/o13.html', page('แผนใช้จ่ายงบประมาณ', '<h1>แผนการใช้จ่ายงบประมาณประจำปี</h1>' + doclist([('/files/budget/spending_plan_68.pdf', 'แผนการใช้จ่ายงบประมาณ ปีงบประมาณ ๒๕๖๘', '(PDF)')]), ITAC))

    # ------------------------------------------------ O14 budget + subsidy (pass)
    p = PDF('/files/budget/budget_ordinance_68_latphrao.pdf')
    p.text('ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘', 15, True, True)
    p.text(f'ส่วนที่เป็นงบประมาณของ{OFF}', 13, True, True)
    p.table([['แผนงาน', 'จำนวนเงิน (บาท)'], ['แผนงานบริหารทั่วไป', '๗๒,๔๐๐,๐๐๐'], ['แผนงานรักษาความสะอาด', '๓๘,๑๐๐,๐๐๐'], ['แผนงานโยธาและระบายน้ำ', '๑๘,๖๐๐,๐๐๐'], ['แผนงานพัฒนาชุมชน', '๖,๗๐๐,๐๐๐'], ['รวม', '๑๓๕,๘๐๐,๐๐๐']], [4, 2])
    p.text('ที่มา: ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘')
    p.save()
    comms = ['ชุมชนหมู่บ้านเสนานิเวศน์', 'ชุมชนโชคชัยร่วมใจ', 'ชุมชนสหกรณ์ลาดพร้าว', 'ชุมชนวัดลาดพร้าว', 'ชุมชนจรเข้บัวพัฒนา', 'ชุมชนบ้านเอื้ออาทร']
    p = PDF('/files/budget/community_subsidy_68.pdf')
    p.text('ข้อมูลเงินอุดหนุนชุมชน ปีงบประมาณ ๒๕๖๘', 15, True, True)
    p.text('เงินอุดหนุนกรรมการชุมชน ชุมชนละ ๕๐,๐๐๐ บาท ตามระเบียบกรุงเทพมหานคร ว่าด้วยกรรมการชุมชน', 11)
    p.table([['ที่', 'ชุมชน', 'จำนวนเงิน', 'วันที่โอน']] + [[th(i + 1), c, '๕๐,๐๐๐', '๑๒ ก.พ. ๖๘'] for i, c in enumerate(comms)], [1, 5, 2, 2])
    p.save()
    write('/ita/p/budget.html', page('ข้อมูลงบประมาณ', '<h1>ข้อมูลงบประมาณ / ข้อบัญญัติ / เงินอุดหนุนชุมชน</h1>' + doclist([
        ('/files/budget/budget_ordinance_68_latphrao.pdf', 'งบประมาณตามข้อบัญญัติฯ ปี ๒๕๖๘ (เฉพาะเขตลาดพร้าว)', ''),
        ('https://webportal.bangkok.go.th/budget', 'ข้อบัญญัติงบประมาณรายจ่าย กทม. ประจำปี ๒๕๖๘ (สำนักงบประมาณฯ)', ''),
        ('/files/budget/community_subsidy_68.pdf', 'เงินอุดหนุนชุมชน ๒๕๖๘', '')]), ITAC))

    # ------------------------------------------------ O15 procurement (stale: monthly only Oct-Jan)
    cols = ['ลำดับที่', 'งานที่จัดซื้อหรือจัดจ้าง', 'วงเงินที่จะซื้อหรือจ้าง', 'ราคากลาง', 'วิธีซื้อหรือจ้าง', 'รายชื่อผู้เสนอราคาและราคาที่เสนอ',
            'ผู้ได้รับการคัดเลือกและราคาที่ตกลง', 'เหตุผลที่คัดเลือกโดยสรุป', 'เลขที่และวันที่ของสัญญาหรือข้อตกลง']
    mlist = []
    for i, (mn, mfull, yy) in enumerate([('10', 'ตุลาคม', '๒๕๖๗'), ('11', 'พฤศจิกายน', '๒๕๖๗'), ('12', 'ธันวาคม', '๒๕๖๗'), ('01', 'มกราคม', '๒๕๖๘')]):
        p = PDF(f'/files/procure/sum_{mn}.pdf', land=True)
        p.text(f'สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {mfull} {yy}', 13, True, True)
        p.text(f'{OFF}  (แบบ สขร.๑)', 11, center=True)
        r2 = [cols]
        for k in range(3):
            amt = (i * 3 + k + 2) * 17500
            r2.append([th(k + 1), ['จัดซื้อวัสดุสำนักงาน', 'จ้างซ่อมรถบรรทุกขยะ', 'จัดซื้อน้ำมันเชื้อเพลิง'][k], th(f'{amt:,}'), th(f'{amt:,}'), 'เฉพาะเจาะจง',
                       f'หจก.ลาดพร้าวพาณิชย์ {th(f"{amt:,}")}', f'หจก.ลาดพร้าวพาณิชย์ {th(f"{amt - 500:,}")}', 'ราคาต่ำสุด คุณสมบัติครบ', f'ใบสั่ง {th(i*3+k+101)}/{yy[-2:]} ลว. {th(10+k)} {mfull[:3]}.'])
        p.table(r2, [0.6, 2, 1.2, 1.1, 1.1, 2, 2, 1.5, 1.7], size=8)
        p.save()
        mlist.append((f'/files/procure/sum_{mn}.pdf', f'สรุปผลการจัดซื้อจัดจ้าง เดือน{mfull} {yy}', ''))
    p = PDF('/files/procure/ann_68_001.pdf')
    p.text(f'ประกาศ{OFF}', 15, True, True)
    p.text('เรื่อง ประกวดราคาจ้างปรับปรุงทางเท้าถนนโชคชัย ๔ ช่วงที่ ๒ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', 12, True, True)
    p.text('ราคากลาง ๓,๓๘๔,๐๐๐ บาท ผู้สนใจดูรายละเอียดได้ที่ www.gprocurement.go.th และระบบ e-GPBMA ประกาศ ณ วันที่ ๑๘ กุมภาพันธ์ ๒๕๖๘')
    p.text(f'({DIR_NAME}) ผู้อำนวยการเขตลาดพร้าว')
    p.save()
    write('/ita/p/procurement.html', page('จัดซื้อจัดจ้าง', '<h1>ประกาศจัดซื้อจัดจ้าง และสรุปผลรายเดือน</h1><h2>ประกาศต่าง ๆ</h2>' + doclist([
        ('/files/procure/ann_68_001.pdf', 'ประกาศประกวดราคาจ้างปรับปรุงทางเท้าถนนโชคชัย ๔ (๑๘ ก.พ. ๖๘)', ''),
        ('https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch', 'ระบบ e-GP กรมบัญชีกลาง', ''),
        ('https://e-gpbma.bangkok.go.th/', 'ระบบเผยแพร่ข้อมูลการจัดซื้อจัดจ้างของกรุงเทพมหานคร (e-GPBMA)', '')]) +
        '<h2>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑) ปีงบประมาณ ๒๕๖๘</h2>' + doclist(mlist), ITAC))

    # ------------------------------------------------ O16 HR criteria (pass)
    p = PDF('/files/hr/hr_criteria_68.pdf')
    p.text('หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', 15, True, True)
    p.text(f'{OFF} ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', 12, center=True)
    for h_, t in [('๑. การสรรหาและเลือกสรร', 'ดำเนินการตามประกาศคณะกรรมการข้าราชการกรุงเทพมหานคร (ก.ก.) และหลักเกณฑ์ที่สำนักงาน ก.ก. กำหนด'),
                  ('๒. การแต่งตั้งและโยกย้าย', 'พิจารณาตามหลักคุณธรรม ความรู้ความสามารถ และผลการปฏิบัติงาน'),
                  ('๓. การพัฒนาบุคลากร', 'จัดทำแผนพัฒนารายบุคคล (IDP) และส่งบุคลากรเข้ารับการฝึกอบรมอย่างน้อยคนละ ๑ หลักสูตรต่อปี'),
                  ('๔. การประเมินผลการปฏิบัติราชการ', 'ประเมินปีละ ๒ รอบ (๑ ต.ค. - ๓๑ มี.ค. และ ๑ เม.ย. - ๓๐ ก.ย.)'),
                  ('๕. การให้คุณให้โทษและสร้างขวัญกำลังใจ', 'การเลื่อนเงินเดือนตามผลการประเมิน และการพิจารณาโทษทางวินัยตามกฎหมาย')]:
        p.text(h_, 12, True); p.text(t, indent=14)
    p.save()
    write('/ita/p/o16.html', page('หลักเกณฑ์ HR', '<h1>หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล</h1>' + doclist([('/files/hr/hr_criteria_68.pdf', 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ปีงบฯ ๒๕๖๘', '')]), ITAC))

    # ------------------------------------------------ O17 complaint channels without statistics (incomplete)
    write('/ita/p/o17.html', page('ร้องเรียนการทุจริต', f'''<h1>ช่องทางการร้องเรียนการทุจริตและประพฤติมิชอบ</h1>
<ul><li>ยื่นหนังสือด้วยตนเอง ณ ฝ่ายปกครอง {OFF} ชั้น ๒</li><li>ทางไปรษณีย์: {ADDR}</li>
<li>โทรศัพท์ ๐ ๒๕๑๓ ๓๔๗๑ ต่อ ๖๒๑๓ หรือสายด่วนกรุงเทพมหานคร ๑๕๕๕</li><li>อีเมล latphrao@bangkok.go.th</li>
<li><a href="https://www.traffy.in.th/">Traffy Fondue</a></li><li>ตู้รับเรื่องร้องเรียน บริเวณชั้น ๑</li></ul>
<p>ผู้ร้องเรียนจะได้รับการคุ้มครองข้อมูลส่วนบุคคลตามกฎหมาย</p>''', ITAC))

    # ------------------------------------------------ O18 anti-bribery (pass)
    p = PDF('/files/integrity/anti_bribery_68.pdf')
    p.text(f'ประกาศ{OFF}', 15, True, True)
    p.text('เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', 12, True, True)
    p.text('สำนักงานเขตลาดพร้าว ขอประกาศเจตนารมณ์ว่า ผู้บริหารและบุคลากรทุกระดับจะไม่เรียก รับ หรือยอมจะรับ สินบนหรือประโยชน์อื่นใด เพื่อกระทำการหรือไม่กระทำการในหน้าที่ ทั้งโดยตรงและโดยอ้อม และจะรายงานผลการดำเนินการตามนโยบายนี้ต่อสาธารณะ')
    p.text('ประกาศ ณ วันที่ ๒ ตุลาคม พ.ศ. ๒๕๖๗'); p.text(f'({DIR_NAME})', center=True); p.text('ผู้อำนวยการเขตลาดพร้าว', center=True)
    p.save()
    p = PDF('/files/integrity/anti_bribery_report_6m_68.pdf')
    p.text('รายงานผลการนำนโยบายต่อต้านการรับสินบนสู่การปฏิบัติ', 14, True, True)
    p.text('รอบ ๖ เดือน (ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘)', 12, True, True)
    p.table([['กิจกรรม', 'ผลการดำเนินงาน'], ['ประชุมชี้แจงนโยบายแก่บุคลากร', 'ดำเนินการ ๑๔ พ.ย. ๖๗ ผู้เข้าร่วม ๑๘๖ คน'], ['ติดประกาศ No Gift Policy ทุกจุดบริการ', '๑๒ จุด'], ['เรื่องร้องเรียนเกี่ยวกับสินบน', 'ไม่มี']], [3, 3])
    p.text(f'ผู้รายงาน ฝ่ายปกครอง  เสนอ {DIR_NAME} ผู้อำนวยการเขตลาดพร้าว  ๒๒ เม.ย. ๒๕๖๘')
    p.save()
    write('/ita/p/o18.html', page('นโยบายต่อต้านสินบน', '<h1>Anti-Bribery Policy</h1>' + doclist([('/files/integrity/anti_bribery_68.pdf', 'ประกาศนโยบายต่อต้านการรับสินบน ปี ๖๘', ''), ('/files/integrity/anti_bribery_report_6m_68.pdf', 'รายงานผลการนำนโยบายสู่การปฏิบัติ (ต.ค.๖๗-มี.ค.๖๘)', '')]), ITAC))

    # ------------------------------------------------ O19 bribery risk + "6-month" report that is one quarter
    p = PDF('/files/integrity/bribery_risk_68.pdf', land=True)
    p.text('การประเมินความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', 14, True, True)
    p.text(OFF, 12, center=True)
    p.table([['กระบวนงาน', 'เหตุการณ์ความเสี่ยง', 'โอกาส', 'ผลกระทบ', 'ระดับ', 'มาตรการควบคุม'],
             ['การอนุญาตก่อสร้างอาคาร', 'เรียกรับเงินเพื่อเร่งรัดการพิจารณา', '๓', '๔', 'สูง', 'ยื่นผ่าน BMA OSS'],
             ['การตรวจสถานประกอบการ', 'รับประโยชน์เพื่อละเว้นการตรวจ', '๒', '๔', 'ปานกลาง', 'ตรวจเป็นทีม ๒ คนขึ้นไป'],
             ['การจัดเก็บภาษีที่ดินฯ', 'ประเมินต่ำกว่าความจริง', '๒', '๓', 'ปานกลาง', 'สุ่มสอบทานโดยหัวหน้าฝ่าย']], [2, 3, 0.8, 0.8, 0.8, 3])
    p.save()
    p = PDF('/files/integrity/bribery_risk_report_6m.pdf')
    p.text('รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน', 14, True, True)
    p.text('รอบ ๖ เดือน ปีงบประมาณ ๒๕๖๘', 12, True, True)
    p.text('ช่วงเวลาที่รายงาน: ไตรมาสที่ ๑ (๑ ตุลาคม - ๓๑ ธันวาคม ๒๕๖๗)', 11, True)
    p.table([['มาตรการ', 'ผลการดำเนินงาน ต.ค. - ธ.ค. ๖๗'], ['ยื่นคำขออนุญาตผ่าน BMA OSS', 'ร้อยละ ๗๘ ของคำขอทั้งหมด'], ['ตรวจสถานประกอบการเป็นทีม', 'ดำเนินการครบทุกครั้ง (๔๒ ครั้ง)'], ['สุ่มสอบทานการประเมินภาษี', '๓๐ แปลง ไม่พบข้อผิดพลาด']], [3, 3])
    p.text('หมายเหตุ ผลการดำเนินงานไตรมาสที่ ๒ อยู่ระหว่างรวบรวมข้อมูลจากฝ่ายต่าง ๆ')
    p.save()
    write('/ita/p/risk.html', page('ความเสี่ยงสินบน', '<h1>การประเมินความเสี่ยงต่อการรับสินบน</h1>' + doclist([('/files/integrity/bribery_risk_68.pdf', 'ผลการประเมินความเสี่ยงฯ ปี ๒๕๖๘', ''), ('/files/integrity/bribery_risk_report_6m.pdf', 'รายงานผลการจัดการความเสี่ยงฯ รอบ ๖ เดือน', '')]), ITAC))

    # ------------------------------------------------ O20 discretion guideline of another district
    p = PDF('/files/integrity/discretion_guideline_68.pdf')
    p.text('แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่', 15, True, True)
    p.text('สำนักงานเขตบางกะปิ กรุงเทพมหานคร', 13, True, True)
    p.text('ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', 12, center=True)
    p.text('๑. การใช้ดุลยพินิจต้องเป็นไปตามกฎหมาย ระเบียบ และหลักเกณฑ์ที่กำหนด โดยคำนึงถึงประโยชน์สาธารณะ  ๒. ให้บันทึกเหตุผลประกอบการใช้ดุลยพินิจทุกครั้ง  ๓. ผู้บังคับบัญชาตรวจสอบการใช้ดุลยพินิจของผู้ใต้บังคับบัญชา')
    p.table([['กระบวนงาน', 'ประเด็นการใช้ดุลยพินิจ', 'แนวทางปฏิบัติ'], ['การอนุญาตก่อสร้าง', 'การพิจารณาแบบแปลน', 'ใช้ Checklist และบันทึกเหตุผล'], ['การเปรียบเทียบปรับ', 'อัตราค่าปรับ', 'ตามตารางอัตราที่ กทม. กำหนด']], [2, 2, 3])
    p.text('(นางสาวพรรณี ชูเกียรติ) ผู้อำนวยการเขตบางกะปิ  ๙ ตุลาคม ๒๕๖๗', center=True)
    p.save()
    write('/ita/p/o20.html', page('แนวทางใช้ดุลยพินิจ', '<h1>แนวทางการปฏิบัติในการใช้ดุลยพินิจ</h1>' + doclist([('/files/integrity/discretion_guideline_68.pdf', 'แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่ ๒๕๖๘', '(PDF)')]), ITAC))

    # ------------------------------------------------ O21 placeholder (missing)
    write('/ita/p/o21.html', page('ทรัพย์สินราชการ', '<h1>การจัดการทรัพย์สินของราชการ ของบริจาค และของกลาง</h1><p style="color:#a00">อยู่ระหว่างจัดทำข้อมูล</p>', ITAC))

    # ------------------------------------------------ O22 integrity measures (pass)
    p = PDF('/files/integrity/ita_measures_68.pdf')
    p.text('มาตรการในการยกระดับคุณธรรมและความโปร่งใส', 15, True, True)
    p.text(f'{OFF} ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', 12, True, True)
    p.text('๑. ผลการวิเคราะห์ผลการประเมิน ITA ปี ๒๕๖๗', 12, True)
    p.text('สำนักงานเขตลาดพร้าวได้คะแนน ๙๓.๘๒ ระดับผ่านดี จุดอ่อน: OIT ข้อ O๑๕ ได้ ๐ คะแนน เนื่องจากสรุปผลการจัดซื้อจัดจ้างรายเดือนไม่ครบถ้วน และ EIT ประสิทธิภาพการสื่อสารต่ำกว่าเกณฑ์')
    p.text('๒. มาตรการ/กิจกรรมปี ๒๕๖๘', 12, True)
    p.table([['ประเด็น', 'มาตรการ', 'ผู้รับผิดชอบ', 'ระยะเวลา'],
             ['การเปิดเผยข้อมูล', 'จัดทำ Checklist และติดตามการเผยแพร่เดือนละ ๑ ครั้ง', 'ฝ่ายปกครอง/ทุกฝ่าย', 'ต.ค.๖๗-มี.ค.๖๘'],
             ['การจัดซื้อจัดจ้าง', 'เผยแพร่ สขร.๑ ภายในวันที่ ๑๐ ของเดือนถัดไป', 'ฝ่ายการคลัง', 'ทุกเดือน'],
             ['การสื่อสาร', 'ประชาสัมพันธ์ผ่าน Facebook และเว็บไซต์สัปดาห์ละ ๒ ครั้ง', 'ฝ่ายปกครอง', 'ตลอดปี']], [2, 4, 2, 1.6])
    p.text(f'({DIR_NAME}) ผู้อำนวยการเขตลาดพร้าว', center=True)
    p.save()
    p = PDF('/files/integrity/ita_measures_report_68.pdf')
    p.text('รายงานผลการดำเนินการตามมาตรการยกระดับคุณธรรมและความโปร่งใส', 14, True, True)
    p.text('ปีงบประมาณ ๒๕๖๘ รอบ ๖ เดือน (๑ ต.ค. ๒๕๖๗ - ๓๑ มี.ค. ๒๕๖๘)', 12, True, True)
    p.table([['มาตรการ', 'ผลการดำเนินงาน', 'สถานะ'], ['Checklist การเปิดเผยข้อมูล', 'ติดตาม ๖ ครั้ง', 'ดำเนินการแล้ว'], ['เผยแพร่ สขร.๑', 'ต.ค. - ม.ค. เผยแพร่แล้ว', 'อยู่ระหว่างดำเนินการ'], ['ประชาสัมพันธ์', '๕๒ โพสต์', 'ดำเนินการแล้ว']], [3, 3, 2])
    p.save()
    write('/ita/p/o22.html', page('มาตรการยกระดับคุณธรรม', '<h1>มาตรการในการยกระดับคุณธรรมและความโปร่งใส</h1>' + doclist([('/files/integrity/ita_measures_68.pdf', 'มาตรการยกระดับคุณธรรมและความโปร่งใส ปี ๒๕๖๘', ''), ('/files/integrity/ita_measures_report_68.pdf', 'รายงานผลตามมาตรการฯ รอบ ๖ เดือน', '')]), ITAC))

    # ------------------------------------------------ ITA grid
    # (code on icon, lines on icon, glyph, href, img file, alt, title)
    B = [
        ('O1', ['ข้อมูลพื้นฐาน', 'ของสำนักงานเขต'], 'people', '/ita/p/o01.html', 'btn_o01.png', 'ข้อมูลพื้นฐาน', None),
        ('O2', ['นโยบายผู้ว่าฯ', 'และแผนพัฒนา กทม.'], 'doc', '/ita/p/o02.html', 'btn_o02.png', 'นโยบายผู้ว่าราชการ กทม. / แผนพัฒนา', None),
        ('O3', ['โรงเรียนสังกัด กทม.', 'ในพื้นที่เขต'], 'people', '/ita/p/schools.html', 'btn_o03.png', None, None),
        ('O4', ['ประชาสัมพันธ์', 'ผลการดำเนินงาน'], 'screen', '/ita/p/o04.html', 'btn_o04.png', 'ข่าวผลการดำเนินงาน', None),
        ('O5', ['แผนปฏิบัติราชการ', 'และรายงานผล'], 'doc', '/ita/p/o05.html', 'btn_o05.png', 'O๕ แผนปฏิบัติราชการ', None),
        ('O6', ['คู่มือ', 'การปฏิบัติหน้าที่'], 'doc', '/ita/p/o06.html', 'btn_o06.png', '', 'คู่มือการปฏิบัติงาน'),
        ('O7', ['คู่มือ', 'สำหรับประชาชน'], 'doc', '/ita/p/o07.html', 'btn_o07.png', None, None),
        ('O8', ['E-Service'], 'screen', '/ita/p/eservice.html', 'btn_o08.png', 'E-Service', None),
        ('O9', ['สถิติ', 'การจัดเก็บภาษี'], 'coin', '/ita/p/o09.html', 'btn_o09.png', 'สถิติภาษี', None),
        ('O10', ['สถิติ', 'การจัดเก็บรายได้'], 'coin', '/ita/p/o10.html', 'btn_o10.png', 'O10 สถิติการจัดเก็บรายได้', None),
        ('O11', ['Checklist', 'การออกใบอนุญาต'], 'doc', '/ita/p/o11.html', 'btn_o11.png', 'Checklist การพิจารณาออกใบอนุญาต', None),
        ('O12', ['ติดตามสถานะ', 'คำขอใบอนุญาต'], 'screen', '/ita/p/o12_tracking.html', 'btn_o12.png', 'Tracking System ติดตามสถานะการขอใบอนุญาต', None),
        ('O13', ['แผน/ผล', 'การใช้จ่ายงบประมาณ'], 'coin', '/ita/p/o13.html', 'btn_o13.png', 'แผนการใช้จ่ายงบประมาณและรายงานผล', None),
        ('O14', ['ข้อบัญญัติงบประมาณ', 'เงินอุดหนุนชุมชน'], 'coin', '/ita/p/budget.html', 'icon14.png', None, None),
        ('O15', ['จัดซื้อจัดจ้าง'], 'coin', '/ita/p/procurement.html', 'btn_o15.png', 'ประกาศจัดซื้อจัดจ้าง/สรุปผลรายเดือน', None),
        ('O16', ['หลักเกณฑ์', 'บริหารบุคคล'], 'people', '/ita/p/o16.html', 'btn_o16.png', '', 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล'),
        ('O17', ['ร้องเรียน', 'การทุจริต'], 'shield', '/ita/p/o17.html', 'btn_o17.png', 'ช่องทางร้องเรียนการทุจริตและสถิติ', None),
        ('O18', ['No Bribery', 'นโยบายต่อต้านสินบน'], 'shield', '/ita/p/o18.html', 'btn_o18.png', 'Anti-Bribery Policy', None),
        ('O19', ['ประเมินความเสี่ยง', 'การรับสินบน'], 'shield', '/ita/p/risk.html', 'btn_o19.png', None, None),
        ('O20', ['แนวทาง', 'การใช้ดุลยพินิจ'], 'doc', '/ita/p/o20.html', 'btn_o20.png', 'o20', None),
        ('O21', ['ทรัพย์สินราชการ', 'ของบริจาค/ของกลาง'], 'other', '/ita/p/o21.html', 'btn_o21.png', 'การจัดการทรัพย์สินของราชการ', None),
        ('O22', ['มาตรการยกระดับ', 'คุณธรรมฯ'], 'shield', '/ita/p/o22.html', 'btn_o22.png', 'มาตรการยกระดับคุณธรรมและความโปร่งใส', None),
    ]
    cells = []
    for i, (code, lines, glyph, href, fn, alt, title) in enumerate(B):
        sec = 0 if i < 4 else 1 if i < 12 else 2 if i < 15 else 3 if i < 17 else 4
        png(f'/ita/img/{fn}', icon(code, lines, COLORS[sec], glyph))
        attrs = ''
        if alt is not None:
            attrs += f' alt="{alt}"'
        if title:
            attrs += f' title="{title}"'
        cells.append(f'<a href="{href}"><img src="/ita/img/{fn}"{attrs}></a>')
    grid = '\n'.join(cells)
    hdr = Image.new('RGB', (900, 90), (47, 107, 63)); dh = ImageDraw.Draw(hdr)
    dh.text((450, 30), 'การเปิดเผยข้อมูลสาธารณะ (OIT)', font=tfont(28, True), fill='white', anchor='mm')
    dh.text((450, 66), 'สำนักงานเขตลาดพร้าว ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', font=tfont(20), fill=(230, 255, 230), anchor='mm')
    png('/ita/img/head_oit.png', hdr.convert('P', palette=Image.ADAPTIVE, colors=32))
    write('/ita/index.html', page('ITA ๒๕๖๘', f'''<p><img src="/ita/img/head_oit.png" alt="" width="900"></p>
<div class="grid">
{grid}
</div>
<p><small>คลิกที่ปุ่มเพื่อดูเอกสาร</small></p>''', [('/', 'หน้าแรก')]))
    write('/sitemap.html', page('แผนผังเว็บไซต์', '<h1>แผนผังเว็บไซต์</h1><ul>' + ''.join(f'<li><a href="{h}">{t}</a></li>' for h, t in MENU) + '</ul>', [('/', 'หน้าแรก')]))
    write('/policy.html', page('นโยบายเว็บไซต์', '<h1>นโยบายเว็บไซต์และการคุ้มครองข้อมูลส่วนบุคคล</h1><p>สำนักงานเขตเก็บรวบรวมข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. ๒๕๖๒</p>', [('/', 'หน้าแรก')]))

if __name__ == '__main__':
    build()
    n = sum(len(f) for _, _, f in os.walk(SITE))
    sz = sum(os.path.getsize(os.path.join(d, x)) for d, _, f in os.walk(SITE) for x in f)
    print('files', n, 'bytes', sz)
