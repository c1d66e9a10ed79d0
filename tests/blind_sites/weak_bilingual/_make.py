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

# ---------------------------------------------------------------- site: weak_bilingual (เขตทุ่งครุ, ITA 2565)
OFF = 'สำนักงานเขตทุ่งครุ'
EN = 'Thung Khru District Office'
DIR = 'นายประเสริฐ วงศ์ทองคำ'
OLD_DIR = 'นางวิไลวรรณ สุขเจริญ'
ADDR = '๓ ถนนประชาอุทิศ แขวงทุ่งครุ เขตทุ่งครุ กรุงเทพมหานคร ๑๐๑๔๐'
ADDR_EN = '3 Pracha Uthit Road, Thung Khru, Bangkok 10140'

MENU = [('/', 'Home / หน้าแรก'), ('/about/', 'About Us / เกี่ยวกับเรา'), ('/plan/', 'Annual Action Plan / แผนปฏิบัติราชการ'),
        ('/news/', 'News / ข่าวสาร'), ('/services.html', 'Services / บริการประชาชน'), ('/procurement/', 'Procurement / จัดซื้อจัดจ้าง'),
        ('/ita2565/', 'ITA 2565'), ('/contact.html', 'Contact / ติดต่อเรา')]

FOOT = [('https://www.bangkok.go.th/', 'กรุงเทพมหานคร (BMA)'), ('https://webportal.bangkok.go.th/', 'เว็บไซต์สำนักงานเขต ๕๐ เขต'),
        ('https://www.bangkok.go.th/bmaq', 'BMA Q จองคิวออนไลน์'), ('https://www.bangkok.go.th/1555', 'ศูนย์รับแจ้งเรื่องราวร้องทุกข์ กทม. ๑๕๕๕'),
        ('https://data.bangkok.go.th/', 'BMA Open Data'), ('https://www.bangkok.go.th/csc', 'สำนักงาน ก.ก.'),
        ('https://www.bangkok.go.th/finance', 'สำนักการคลัง'), ('https://www.bangkok.go.th/budget', 'สำนักงบประมาณกรุงเทพมหานคร'),
        ('https://www.bangkok.go.th/pipd', 'สำนักยุทธศาสตร์และประเมินผล'), ('https://www.bangkok.go.th/ipd', 'สำนักงานตรวจสอบภายใน'),
        ('https://www.gprocurement.go.th/', 'ระบบ e-GP กรมบัญชีกลาง'), ('https://www.bangkok.go.th/bmatv', 'BMA TV'),
        ('https://www.facebook.com/thungkhrudistrict', 'Facebook เขตทุ่งครุ'), ('/qa.html', 'Q&amp;A ถาม-ตอบ'),
        ('/sitemap.html', 'Sitemap / แผนผังเว็บไซต์'), ('/privacy.html', 'Privacy Policy / นโยบายความเป็นส่วนตัว')]

def page(title, body, lang='th'):
    nav = ' | '.join(f'<a href="{h}">{t}</a>' for h, t in MENU)
    fl = ''.join(f'<li><a href="{h}">{t}</a></li>' for h, t in FOOT)
    return f'''<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title} - {EN}</title>
<link rel="stylesheet" href="/static/site.css"></head>
<body>
<div id="top"><img src="/static/bma.png" alt="BMA" height="48"> <span class="th">{OFF}</span> <span class="en">{EN}</span>
<span class="lang"><a href="/">TH</a> / <a href="/en.html">EN</a></span></div>
<div id="menu">{nav}</div>
<div id="content">
{body}
</div>
<div id="footer">
<div class="links"><b>BMA Services / บริการกรุงเทพมหานคร</b><ul>{fl}</ul></div>
<p>{OFF} {ADDR} &nbsp; Tel. ๐ ๒๔๒๖ ๔๐๙๙ &nbsp; Fax ๐ ๒๔๒๖ ๔๑๐๑<br>Copyright &copy; 2022 {EN}. All rights reserved.</p>
</div>
</body></html>
'''

CSS = '''body{font-family:Tahoma,Arial,sans-serif;margin:0;font-size:14px}#top{background:#0b3d91;color:#fff;padding:8px 14px}#top .en{color:#bcd;margin-left:8px}
#top .lang{float:right}#top .lang a{color:#fff}#menu{background:#dde6f5;padding:6px 14px}#menu a{color:#0b3d91}
#content{padding:14px 24px;max-width:960px}#footer{background:#222;color:#aaa;padding:12px 18px;font-size:12px}#footer a{color:#9cf}
#footer ul{columns:4;list-style:square}.ita h3{margin:14px 0 4px;border-bottom:1px solid #ccd}.ita .b{margin-left:16px;min-height:1em}
table.g{border-collapse:collapse}table.g td,table.g th{border:1px solid #999;padding:3px 6px}
'''

def ul(items):
    return '<ul>' + ''.join(f'<li><a href="{h}">{t}</a></li>' for h, t in items) + '</ul>'

def build():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    write('/static/site.css', CSS)
    lg = Image.new('RGB', (96, 96), (11, 61, 145)); d = ImageDraw.Draw(lg)
    d.ellipse([6, 6, 90, 90], fill=(240, 200, 60)); d.text((48, 48), 'กทม', font=tfont(22, True), fill=(11, 61, 145), anchor='mm')
    png('/static/bma.png', lg.convert('P', palette=Image.ADAPTIVE, colors=16))
    divs = ['ฝ่ายปกครอง', 'ฝ่ายทะเบียน', 'ฝ่ายการคลัง', 'ฝ่ายรายได้', 'ฝ่ายโยธา', 'ฝ่ายสิ่งแวดล้อมและสุขาภิบาล',
            'ฝ่ายรักษาความสะอาดและสวนสาธารณะ', 'ฝ่ายเทศกิจ', 'ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม', 'ฝ่ายการศึกษา']
    divs_en = ['Administration', 'Civil Registration', 'Finance', 'Revenue', 'Public Works', 'Environment and Sanitation',
               'Cleansing and Parks', 'City Law Enforcement', 'Community Development and Social Welfare', 'Education']

    # ---------------- home / misc
    write('/index.html', page('Home', f'''<h1>ยินดีต้อนรับ / Welcome</h1>
<p>{OFF} ให้บริการประชาชนวันจันทร์ - ศุกร์ เวลา ๐๘.๐๐ - ๑๖.๐๐ น. (ยกเว้นวันหยุดราชการ)<br>Office hours: Mon-Fri 08:00-16:00</p>
<h2>Latest News / ข่าวล่าสุด</h2>
<ul><li><a href="/news/n640817.html">ฉีดพ่นยาฆ่าเชื้อโควิด-๑๙ ตลาดทุ่งครุ (๑๗ ส.ค. ๖๔)</a></li><li><a href="/news/n640602.html">รับลงทะเบียนฉีดวัคซีน ไทยร่วมใจ (๒ มิ.ย. ๖๔)</a></li></ul>
<p><a href="/ita2565/">&raquo; ITA 2565 การเปิดเผยข้อมูลสาธารณะ</a></p>'''))
    write('/en.html', page('English', f'<h1>{EN}</h1><p>Address: {ADDR_EN}</p><p>Tel. 0 2426 4099, Fax 0 2426 4101, E-mail thungkhru@bangkok.go.th</p><p>Thung Khru is a district in the south-west of Bangkok, area 31.09 sq.km, 2 sub-districts.</p>', 'en'))
    write('/sitemap.html', page('Sitemap', '<h1>Sitemap / แผนผังเว็บไซต์</h1>' + ul(MENU)))
    write('/privacy.html', page('Privacy', '<h1>Privacy Policy / นโยบายความเป็นส่วนตัว</h1><p>เว็บไซต์นี้ไม่เก็บข้อมูลส่วนบุคคลเว้นแต่ผู้ใช้ส่งมาเอง</p>'))

    # ---------------- O1 structure (pass)
    org = Image.new('RGB', (960, 330), 'white'); do = ImageDraw.Draw(org)
    do.rectangle([360, 8, 600, 56], outline=(11, 61, 145), width=3); do.text((480, 32), 'ผู้อำนวยการเขตทุ่งครุ', font=tfont(18, True), fill='black', anchor='mm')
    do.rectangle([360, 80, 600, 124], outline=(11, 61, 145), width=2); do.text((480, 102), 'ผู้ช่วยผู้อำนวยการเขต', font=tfont(16), fill='black', anchor='mm')
    do.line([480, 56, 480, 80], fill='black'); do.line([480, 124, 480, 150], fill='black'); do.line([48, 150, 912, 150], fill='black')
    for i, dv in enumerate(divs):
        x = 48 + i * 96
        do.line([x, 150, x, 168], fill='black'); do.rectangle([x - 44, 168, x + 44, 320], outline=(11, 61, 145))
        for j, w in enumerate(dv.replace('ฝ่าย', 'ฝ่าย\n', 1).replace('และ', '\nและ').split('\n')):
            do.text((x, 186 + j * 24), w, font=tfont(12), fill='black', anchor='mm')
    png('/img/org.png', org.convert('P', palette=Image.ADAPTIVE, colors=16))
    li = ''.join(f'<li>{a} / {b}</li>' for a, b in zip(divs, divs_en))
    write('/about/structure.html', page('Organization Structure', f'<h1>Organization Structure / โครงสร้างหน่วยงาน</h1><p><img src="/img/org.png" alt="Organization chart" width="900"></p><p>{OFF} แบ่งส่วนราชการเป็น ๑๐ ฝ่าย ขึ้นตรงต่อผู้อำนวยการเขต ภายใต้การกำกับของปลัดกรุงเทพมหานคร</p><ol>{li}</ol><p><small>ข้อมูล ณ ๑ ต.ค. ๒๕๖๔</small></p>'))

    # ---------------- O2 executives (incomplete: no contacts)
    ex = [(DIR, 'ผู้อำนวยการเขตทุ่งครุ', 'District Director'), ('นายชาญชัย รุ่งเรืองศรี', 'ผู้ช่วยผู้อำนวยการเขตทุ่งครุ', 'Assistant District Director'),
          ('นางสาวกนกวรรณ แสงทอง', 'ผู้ช่วยผู้อำนวยการเขตทุ่งครุ', 'Assistant District Director')]
    rows = ''
    for i, (n, p_, e) in enumerate(ex):
        png(f'/img/ex{i}.png', photo(40 + i))
        rows += f'<td style="text-align:center"><img src="/img/ex{i}.png" alt="" width="110"><br><b>{n}</b><br>{p_}<br><i>{e}</i></td>'
    write('/about/executives.html', page('Executives', f'<h1>Executives / ผู้บริหาร</h1><table><tr>{rows}</tr></table>'))

    # ---------------- O3 duties (pass)
    write('/about/duties.html', page('Authority and Duties', f'''<h1>Authority and Duties / อำนาจหน้าที่</h1>
<p>สำนักงานเขตมีอำนาจหน้าที่ตามพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘ มาตรา ๘๙ และประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต ได้แก่</p>
<ol><li>การทะเบียนราษฎรและบัตรประจำตัวประชาชน</li><li>การจัดเก็บภาษีและรายได้ของกรุงเทพมหานคร</li><li>การรักษาความสะอาด ความเป็นระเบียบเรียบร้อย</li><li>การควบคุมอาคารและการโยธา</li><li>การพัฒนาชุมชนและสวัสดิการสังคม</li><li>การจัดการศึกษาในโรงเรียนสังกัดกรุงเทพมหานคร</li></ol>
<p><i>The district office is responsible for civil registration, local revenue collection, cleanliness and order, building control, community development and BMA schools in the district.</i></p>'''))
    write('/about/index.html', page('About Us', '<h1>About Us / เกี่ยวกับเรา</h1>' + ul([
        ('/about/structure.html', 'Organization Structure / โครงสร้างหน่วยงาน'), ('/about/executives.html', 'Executives / ผู้บริหาร'),
        ('/about/duties.html', 'Authority and Duties / อำนาจหน้าที่'), ('/about/laws.html', 'Laws / กฎหมายที่เกี่ยวข้อง'),
        ('/plan/devplan.html', 'Development Plan / แผนพัฒนาเขต'), ('/about/culture.html', 'Organizational Culture / วัฒนธรรมองค์กร')])))

    # ---------------- O4 dev plan (stale: 2564)
    p = PDF('/files/plan/devplan_tk_2564.pdf')
    p.text(f'แผนพัฒนาเขตทุ่งครุ ประจำปีงบประมาณ พ.ศ. ๒๕๖๔', 16, True, True)
    p.text('ภายใต้แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๒ (พ.ศ. ๒๕๖๑ - ๒๕๖๕)', 12, center=True)
    p.text('วิสัยทัศน์: ทุ่งครุ เมืองน่าอยู่ ชุมชนเข้มแข็ง สิ่งแวดล้อมดี')
    p.table([['มิติ', 'เป้าหมาย ปี ๒๕๖๔', 'โครงการ'], ['มหานครปลอดภัย', 'ลดจุดเสี่ยงน้ำท่วม', 'ขุดลอกคลองบางมด ๓.๒ กม.'], ['มหานครสีเขียว', 'เพิ่มสวนหย่อม', 'สวน ๑๕ นาที ๒ แห่ง'], ['มหานครสำหรับทุกคน', 'ดูแลผู้สูงอายุ', 'ศูนย์ผู้สูงอายุชุมชน']], [2, 2, 3])
    p.save()
    write('/plan/devplan.html', page('Development Plan', '<h1>Development Plan / แผนพัฒนาเขตทุ่งครุ</h1>' + ul([('/files/plan/devplan_tk_2564.pdf', 'แผนพัฒนาเขตทุ่งครุ (PDF)')])))

    # ---------------- O5 contact (pass)
    mp = Image.new('RGB', (480, 280), (232, 236, 228)); dm = ImageDraw.Draw(mp)
    dm.line([0, 120, 480, 140], fill=(250, 205, 80), width=14); dm.text((20, 95), 'ถ.ประชาอุทิศ', font=tfont(15), fill='black')
    dm.ellipse([220, 150, 246, 176], fill=(210, 20, 20)); dm.text((252, 152), OFF, font=tfont(15, True), fill=(140, 0, 0))
    png('/img/map.png', mp.convert('P', palette=Image.ADAPTIVE, colors=24))
    write('/contact.html', page('Contact', f'''<h1>Contact Us / ติดต่อเรา</h1>
<p><b>{OFF}</b><br>{ADDR}<br>{ADDR_EN}</p>
<p>โทรศัพท์ / Tel: ๐ ๒๔๒๖ ๔๐๙๙, ๐ ๒๔๒๖ ๔๑๐๐<br>โทรสาร / Fax: ๐ ๒๔๒๖ ๔๑๐๑<br>E-mail: thungkhru@bangkok.go.th</p>
<p><img src="/img/map.png" alt="Map / แผนที่" width="480"><br><a href="https://goo.gl/maps/thungkhru">Google Maps</a></p>'''))

    # ---------------- O6 laws (pass)
    write('/about/laws.html', page('Laws', '<h1>Laws / กฎหมายที่เกี่ยวข้อง</h1>' + ul([
        ('https://www.krisdika.go.th/', 'พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘'), ('https://www.krisdika.go.th/', 'พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐'),
        ('https://www.krisdika.go.th/', 'พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒'), ('https://www.krisdika.go.th/', 'พระราชบัญญัติควบคุมอาคาร พ.ศ. ๒๕๒๒'),
        ('/files/law/bma_ordinance_cleanliness.pdf', 'ข้อบัญญัติกรุงเทพมหานคร เรื่อง การรักษาความสะอาด (PDF)')])))
    p = PDF('/files/law/bma_ordinance_cleanliness.pdf')
    p.text('ข้อบัญญัติกรุงเทพมหานคร เรื่อง การเก็บ ขน และกำจัดสิ่งปฏิกูลและมูลฝอย', 14, True, True)
    p.text('ข้อ ๑ ข้อบัญญัตินี้เรียกว่า ... ข้อ ๒ ให้ใช้บังคับในเขตกรุงเทพมหานคร ... ข้อ ๓ ห้ามมิให้ผู้ใดถ่าย เท ทิ้ง สิ่งปฏิกูลหรือมูลฝอยในที่สาธารณะ')
    p.save()

    # ---------------- O7 news (stale)
    news = [('n640817', '๑๗ ส.ค. ๖๔', 'ฉีดพ่นยาฆ่าเชื้อโควิด-๑๙ ตลาดทุ่งครุ'), ('n640602', '๒ มิ.ย. ๖๔', 'รับลงทะเบียนฉีดวัคซีน ไทยร่วมใจ'),
            ('n640118', '๑๘ ม.ค. ๖๔', 'มอบถุงยังชีพผู้ได้รับผลกระทบโควิด-๑๙'), ('n631105', '๕ พ.ย. ๖๓', 'ลอยกระทงวิถีใหม่ ๒๕๖๓ ริมคลองบางมด')]
    for s, d_, t in news:
        write(f'/news/{s}.html', page(t, f'<h1>{t}</h1><p>วันที่ {d_}</p><p>{OFF} ดำเนินกิจกรรม {t} ร่วมกับชุมชนในพื้นที่</p><p><a href="/news/">&laquo; News / ข่าวสาร</a></p>'))
    write('/news/index.html', page('News', '<h1>News / ข่าวประชาสัมพันธ์</h1><ul>' + ''.join(f'<li>{d_} <a href="/news/{s}.html">{t}</a></li>' for s, d_, t in news) + '</ul>'))

    # ---------------- O8 Q&A (missing)
    write('/qa.html', page('Q&A', '<h1>Q&amp;A ถาม-ตอบ</h1><p>Coming soon / อยู่ระหว่างปรับปรุงระบบ</p>'))

    # ---------------- O9 social (pass, English only)
    write('/social.html', page('Social Media', f'''<h1>Follow Us</h1>
<p>Stay updated with {EN} on social media:</p>
<ul><li>Facebook: <a href="https://www.facebook.com/thungkhrudistrict">facebook.com/thungkhrudistrict</a></li>
<li>LINE Official Account: <a href="https://line.me/R/ti/p/@thungkhru">@thungkhru</a></li>
<li>YouTube: <a href="https://www.youtube.com/@thungkhrudistrict">Thung Khru District Channel</a></li></ul>''', 'en'))

    # ---------------- O10 action plan FY2565 (pass) + older one
    p = PDF('/files/plan/action_plan_2565.pdf')
    p.text('แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๕', 16, True, True)
    p.text(f'{OFF} กรุงเทพมหานคร', 13, True, True)
    p.text('(๑ ตุลาคม ๒๕๖๔ - ๓๐ กันยายน ๒๕๖๕)', 11, center=True)
    p.table([['ยุทธศาสตร์', 'โครงการ/กิจกรรม', 'ตัวชี้วัด', 'งบประมาณ', 'ผู้รับผิดชอบ'],
             ['มหานครปลอดภัย', 'ขุดลอกคูคลองและล้างท่อระบายน้ำ', '๑๒ คลอง', '๒,๔๐๐,๐๐๐', 'ฝ่ายโยธา'],
             ['มหานครสีเขียว', 'คัดแยกขยะต้นทางในชุมชน', '๒๐ ชุมชน', '๓๐๐,๐๐๐', 'ฝ่ายรักษาความสะอาดฯ'],
             ['มหานครสำหรับทุกคน', 'ฉีดวัคซีนโควิด-๑๙ เชิงรุกในชุมชน', 'ร้อยละ ๙๐ ของกลุ่มเป้าหมาย', '๑๕๐,๐๐๐', 'ฝ่ายพัฒนาชุมชนฯ'],
             ['การบริหารจัดการ', 'เพิ่มบริการจองคิวออนไลน์', '๔ ฝ่าย', '-', 'ฝ่ายปกครอง']], [2, 3.5, 2, 1.5, 2])
    p.text(f'อนุมัติ ณ วันที่ ๒๙ ตุลาคม ๒๕๖๔  ({DIR}) ผู้อำนวยการเขตทุ่งครุ')
    p.save()
    p = PDF('/files/plan/action_plan_2564.pdf')
    p.text('แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๔', 16, True, True)
    p.text(f'{OFF}', 13, True, True)
    p.table([['โครงการ', 'ตัวชี้วัด'], ['ลอกคลอง', '๑๐ คลอง'], ['ตลาดนัดชุมชน', '๔ ครั้ง']], [3, 2])
    p.save()

    # ---------------- O12 annual report (stale 2563)
    p = PDF('/files/plan/annual_report_2563.pdf')
    p.text(f'รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๓', 16, True, True)
    p.text(f'{OFF}', 13, True, True)
    p.text('สรุปผลการดำเนินงานตามแผนปฏิบัติราชการ ปี ๒๕๖๓: โครงการทั้งหมด ๑๘ โครงการ ดำเนินการแล้วเสร็จ ๑๖ โครงการ (ร้อยละ ๘๘.๘๙) ปัญหาอุปสรรค: สถานการณ์การแพร่ระบาดของโรคโควิด-๑๙ ทำให้ต้องเลื่อนกิจกรรมชุมชน')
    p.table([['ฝ่าย', 'ผลงานเด่น'], ['ฝ่ายโยธา', 'ซ่อมถนนซอย ๑๔ สาย'], ['ฝ่ายทะเบียน', 'ให้บริการ ๓๘,๔๐๐ ราย'], ['ฝ่ายรายได้', 'จัดเก็บรายได้ ๔๑.๒ ล้านบาท']], [2, 4])
    p.save()
    write('/plan/index.html', page('Annual Action Plan', '<h1>Annual Action Plan / แผนปฏิบัติราชการ</h1>' + ul([
        ('/files/plan/action_plan_2565.pdf', 'Action Plan FY2022 / แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕'),
        ('/files/plan/action_plan_2564.pdf', 'Action Plan FY2021 / แผนปฏิบัติราชการ ประจำปี ๒๕๖๔'),
        ('/files/plan/annual_report_2563.pdf', 'Annual Report / รายงานผลการดำเนินงานประจำปี'),
        ('/plan/devplan.html', 'Development Plan / แผนพัฒนาเขต')])))

    # ---------------- O13 work manuals (incomplete: 3 of 10 divisions)
    for code, dv in [('reg', 'ฝ่ายทะเบียน'), ('rev', 'ฝ่ายรายได้'), ('pw', 'ฝ่ายโยธา')]:
        p = PDF(f'/files/manual/sop_{code}.pdf')
        p.text(f'คู่มือการปฏิบัติงาน {dv}', 16, True, True)
        p.text(f'{OFF} พ.ศ. ๒๕๖๔', 12, center=True)
        p.text('๑. วัตถุประสงค์ ๒. ขอบเขต ๓. ขั้นตอนการปฏิบัติงาน ๔. ระยะเวลา ๕. แบบฟอร์ม')
        p.table([['ขั้นตอน', 'รายละเอียด', 'เวลา'], ['๑', 'รับคำร้องและตรวจสอบเอกสาร', '๑๐ นาที'], ['๒', 'พิจารณา/บันทึกข้อมูล', '๑ วัน'], ['๓', 'เสนอลงนาม แจ้งผล', '๑ วัน']], [1, 4, 1.5])
        p.save()
    # ---------------- O14 service manual (pass)
    p = PDF('/files/manual/citizen_guide_2565.pdf')
    p.text('คู่มือสำหรับประชาชน / Citizen Guide', 17, True, True)
    p.text(f'{OFF} (ปรับปรุง ธันวาคม ๒๕๖๔)', 12, center=True)
    for svc, st, t in [('การแจ้งเกิด', 'ยื่นหนังสือรับรองการเกิด → ตรวจสอบ → ออกสูติบัตร', '๑๕ นาที'),
                       ('การขอมีบัตรประจำตัวประชาชน', 'ยื่นคำขอ → ถ่ายรูป/พิมพ์ลายนิ้วมือ → รับบัตร', '๒๐ นาที'),
                       ('การชำระภาษีที่ดินและสิ่งปลูกสร้าง', 'รับแบบแจ้งประเมิน → ชำระ ณ ฝ่ายรายได้ หรือธนาคาร', '๑๐ นาที'),
                       ('การขออนุญาตก่อสร้างอาคาร', 'ยื่นคำขอ ข.๑ → ตรวจแบบ → ออกใบอนุญาต อ.๑', '๔๕ วัน')]:
        p.text(svc, 13, True)
        p.text(f'ขั้นตอน: {st} | ระยะเวลา: {t} | เอกสาร: บัตรประชาชน ทะเบียนบ้าน | ค่าธรรมเนียม: ตามกฎหมาย | ร้องเรียน: ๑๕๕๕')
    p.save()
    write('/services.html', page('Services', '<h1>Services / บริการประชาชน</h1>' + ul([
        ('/files/manual/citizen_guide_2565.pdf', 'Citizen Guide / คู่มือสำหรับประชาชน'), ('/manuals.html', 'Work Manuals / คู่มือการปฏิบัติงาน'),
        ('/eservice.html', 'Online Services'), ('/files/stat/service_stat_2564.xlsx', 'Service Statistics / สถิติการให้บริการ'),
        ('/feedback.html', 'Feedback')])))
    write('/manuals.html', page('Work Manuals', '<h1>Work Manuals / คู่มือการปฏิบัติงาน</h1>' + ul([
        ('/files/manual/sop_reg.pdf', 'คู่มือการปฏิบัติงาน ฝ่ายทะเบียน'), ('/files/manual/sop_rev.pdf', 'คู่มือการปฏิบัติงาน ฝ่ายรายได้'), ('/files/manual/sop_pw.pdf', 'คู่มือการปฏิบัติงาน ฝ่ายโยธา')])))

    # ---------------- O15 service stats (stale FY2564)
    rnd = random.Random(65)
    ms = ['ต.ค. 63', 'พ.ย. 63', 'ธ.ค. 63', 'ม.ค. 64', 'ก.พ. 64', 'มี.ค. 64', 'เม.ย. 64', 'พ.ค. 64', 'มิ.ย. 64', 'ก.ค. 64', 'ส.ค. 64', 'ก.ย. 64']
    xlsx('/files/stat/service_stat_2564.xlsx', [('สถิติ 2564', [['เดือน', 'ฝ่ายทะเบียน', 'ฝ่ายรายได้', 'ฝ่ายโยธา', 'ฝ่ายสิ่งแวดล้อมฯ', 'รวม']] +
          [[m] + (lambda v: v + [sum(v)])([rnd.randrange(300, 3500) for _ in range(4)]) for m in ms])])

    # ---------------- O17 e-service (pass, English only)
    write('/eservice.html', page('Online Services', f'''<h1>Online Services</h1>
<p>The following services of {EN} are available online:</p>
<ul><li><a href="https://www.bangkok.go.th/bmaq">BMA Q</a> - book a queue for civil registration and ID card services</li>
<li><a href="https://forms.gle/tkdistrict-garbage">Request bulky waste collection (online form)</a></li>
<li><a href="https://www.bangkok.go.th/1555">BMA 1555 online complaint</a></li>
<li><a href="https://bmaoss.bangkok.go.th/">BMA OSS</a> - building permit e-submission</li></ul>''', 'en'))

    # ---------------- O18 / O19 / O20 budget
    p = PDF('/files/budget/spending_plan_2565.pdf', land=True)
    p.text(f'แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๕  {OFF}', 14, True, True)
    p.table([['งบรายจ่าย', 'ต.ค.-ธ.ค. ๖๔', 'ม.ค.-มี.ค. ๖๕', 'เม.ย.-มิ.ย. ๖๕', 'ก.ค.-ก.ย. ๖๕', 'รวม'],
             ['งบบุคลากร', '๒๒,๑๐๐,๐๐๐', '๒๒,๑๐๐,๐๐๐', '๒๒,๑๐๐,๐๐๐', '๒๒,๑๐๐,๐๐๐', '๘๘,๔๐๐,๐๐๐'],
             ['งบดำเนินงาน', '๕,๒๐๐,๐๐๐', '๔,๙๐๐,๐๐๐', '๔,๖๐๐,๐๐๐', '๓,๘๐๐,๐๐๐', '๑๘,๕๐๐,๐๐๐'],
             ['งบลงทุน', '๕๐๐,๐๐๐', '๓,๒๐๐,๐๐๐', '๕,๖๐๐,๐๐๐', '๒,๗๐๐,๐๐๐', '๑๒,๐๐๐,๐๐๐']], [2, 1.5, 1.5, 1.5, 1.5, 1.6])
    p.text('ฝ่ายการคลัง ๑ ตุลาคม ๒๕๖๔')
    p.save()
    p = PDF('/files/budget/budget_6m_2564.pdf')
    p.text('รายงานผลการใช้จ่ายงบประมาณ รอบ ๖ เดือน', 15, True, True)
    p.text(f'ปีงบประมาณ พ.ศ. ๒๕๖๔ (๑ ต.ค. ๒๕๖๓ - ๓๑ มี.ค. ๒๕๖๔)  {OFF}', 12, True, True)
    p.table([['งบรายจ่าย', 'ได้รับจัดสรร', 'เบิกจ่าย', 'ร้อยละ'], ['งบบุคลากร', '๘๖,๒๐๐,๐๐๐', '๔๓,๐๐๐,๐๐๐', '๔๙.๘๘'], ['งบดำเนินงาน', '๑๗,๙๐๐,๐๐๐', '๗,๒๐๐,๐๐๐', '๔๐.๒๒'], ['งบลงทุน', '๑๑,๐๐๐,๐๐๐', '๒,๑๐๐,๐๐๐', '๑๙.๐๙']], [2, 2, 2, 1])
    p.save()
    write('/budget.html', page('Budget', '<h1>Budget / งบประมาณ</h1>' + ul([
        ('/files/budget/spending_plan_2565.pdf', 'Spending Plan FY2022 / แผนการใช้จ่ายงบประมาณ ปี ๒๕๖๕'),
        ('/files/budget/budget_6m_2564.pdf', 'Budget Monitoring Report / รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ ๖ เดือน'),
        ('/files/budget/annual_budget_report_2564.pdf', 'Annual Budget Report / รายงานผลการใช้จ่ายงบประมาณประจำปี ๒๕๖๔')])))

    # ---------------- O21 / O22 / O23 procurement
    p = PDF('/files/proc/proc_plan_2565.pdf', land=True)
    p.text('ประกาศสำนักงานเขตทุ่งครุ เรื่อง เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๕', 13, True, True)
    p.table([['ที่', 'รายการ', 'วงเงิน (บาท)', 'ช่วงเวลาที่คาดว่าจะประกาศ', 'วิธีการ'],
             ['๑', 'จ้างปรับปรุงถนนซอยประชาอุทิศ ๗๖', '๔,๒๐๐,๐๐๐', 'ม.ค. ๒๕๖๕', 'e-bidding'],
             ['๒', 'ซื้อรถบรรทุกขยะ ๒ คัน', '๕,๘๐๐,๐๐๐', 'ก.พ. ๒๕๖๕', 'e-bidding'],
             ['๓', 'จ้างขุดลอกคลองแจงร้อน', '๑,๙๐๐,๐๐๐', 'มี.ค. ๒๕๖๕', 'e-bidding']], [0.5, 4, 1.5, 2, 1.2])
    p.text(f'ประกาศ ณ วันที่ ๑๕ พฤศจิกายน ๒๕๖๔  ({DIR}) ผู้อำนวยการเขตทุ่งครุ')
    p.save()
    anns = [('a1', '๒๔ ม.ค. ๒๕๖๕', 'ประกวดราคาจ้างปรับปรุงถนนซอยประชาอุทิศ ๗๖ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', '๔,๑๘๗,๐๐๐'),
            ('a2', '๒๒ ก.พ. ๒๕๖๕', 'ประกวดราคาซื้อรถบรรทุกขยะมูลฝอยแบบอัดท้าย ๒ คัน', '๕,๗๙๐,๐๐๐'),
            ('a3', '๑๐ ธ.ค. ๒๕๖๔', 'ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมหลังคาอาคารสำนักงานเขต', '๓๔๘,๐๐๐')]
    for a, d_, t, v in anns:
        p = PDF(f'/files/proc/ann_{a}.pdf')
        p.text(f'ประกาศ{OFF}', 15, True, True); p.text(f'เรื่อง {t}', 12, True, True)
        p.text(f'ราคากลาง/วงเงิน {v} บาท รายละเอียดตามเอกสารประกวดราคา ดูได้ที่ระบบ e-GP และ e-GPBMA'); p.text(f'ประกาศ ณ วันที่ {d_}'); p.text(f'({DIR}) ผู้อำนวยการเขตทุ่งครุ', center=True)
        p.save()
    cols = ['ลำดับ', 'งานที่จัดซื้อจัดจ้าง', 'วงเงิน (บาท)', 'วิธีซื้อ/จ้าง', 'ผู้ได้รับคัดเลือกและราคาที่ตกลง']
    mon = [('ต.ค. 64', 'oct'), ('พ.ย. 64', 'nov'), ('ธ.ค. 64', 'dec'), ('ม.ค. 65', 'jan'), ('ก.พ. 65', 'feb')]
    sheets = []
    for i, (m, _) in enumerate(mon):
        rows = [[f'สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน {m} {OFF}'], cols]
        for k in range(4):
            v = (i + k + 3) * 9800
            rows.append([k + 1, ['ซื้อวัสดุงานบ้านงานครัว', 'จ้างซ่อมเครื่องสูบน้ำ', 'ซื้อน้ำมันเชื้อเพลิง', 'จ้างเหมาบริการทำความสะอาด'][k], v, 'เฉพาะเจาะจง', f'ร้านทุ่งครุการค้า {v - 200:,}'])
        sheets.append((m, rows))
    xlsx('/files/proc/summary_monthly_2565.xlsx', sheets)
    p = PDF('/files/proc/summary_feb65.pdf', land=True)
    p.text(f'สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน กุมภาพันธ์ ๒๕๖๕  {OFF}', 13, True, True)
    p.table([cols] + [[th(r[0]), r[1], th(f'{r[2]:,}'), r[3], th(r[4])] for r in sheets[-1][1][2:]], [0.6, 3, 1.4, 1.4, 3])
    p.save()
    write('/procurement/index.html', page('Procurement', '<h1>Procurement / การจัดซื้อจัดจ้าง</h1><h2>Procurement Plan / แผนการจัดซื้อจัดจ้าง</h2>' + ul([
        ('/files/proc/proc_plan_2565.pdf', 'แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ ๒๕๖๕')]) + '<h2>Announcements / ประกาศจัดซื้อจัดจ้าง</h2>' +
        ul([(f'/files/proc/ann_{a}.pdf', f'{t} ({d_})') for a, d_, t, v in anns] + [('https://process3.gprocurement.go.th/', 'ระบบ e-GP'), ('https://e-gpbma.bangkok.go.th/', 'e-GPBMA ระบบเผยแพร่ข้อมูลจัดซื้อจัดจ้าง กทม.')]) +
        '<h2>Monthly Summary / สรุปผลรายเดือน</h2>' + ul([('/files/proc/summary_monthly_2565.xlsx', 'สรุปผลการจัดซื้อจัดจ้างรายเดือน ต.ค. ๖๔ - ก.พ. ๖๕ (Excel)'), ('/files/proc/summary_feb65.pdf', 'สรุปผล ก.พ. ๖๕ (PDF)')])))

    # ---------------- HR: O25 stale, O27 pass
    p = PDF('/files/hr/hr_policy_2563.pdf')
    p.text(f'ประกาศ{OFF}', 15, True, True)
    p.text('เรื่อง นโยบายการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๓', 12, True, True)
    p.text('สำนักงานเขตทุ่งครุ กำหนดนโยบายการบริหารทรัพยากรบุคคล ดังนี้ ๑. สรรหาบุคลากรที่มีความรู้ความสามารถด้วยระบบคุณธรรม ๒. พัฒนาบุคลากรอย่างต่อเนื่อง ๓. ส่งเสริมคุณภาพชีวิตและความผูกพันต่อองค์กร ๔. ประเมินผลการปฏิบัติงานอย่างเป็นธรรม')
    p.text('ประกาศ ณ วันที่ ๑๔ พฤศจิกายน พ.ศ. ๒๕๖๒'); p.text(f'({OLD_DIR})', center=True); p.text('ผู้อำนวยการเขตทุ่งครุ', center=True)
    p.save()
    p = PDF('/files/hr/hr_criteria.pdf')
    p.text('หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', 15, True, True)
    p.text(f'{OFF} (ปรับปรุง ๒๕๖๕)', 12, center=True)
    for t in ['๑. หลักเกณฑ์การสรรหาและคัดเลือกบุคลากร ตามประกาศ ก.ก.', '๒. หลักเกณฑ์การแต่งตั้งและการย้าย', '๓. หลักเกณฑ์การพัฒนาบุคลากร (IDP)', '๔. หลักเกณฑ์การประเมินผลการปฏิบัติราชการ ปีละ ๒ รอบ', '๕. หลักเกณฑ์การให้คุณให้โทษและการสร้างขวัญกำลังใจ']:
        p.text(t)
    p.save()
    write('/hr.html', page('Human Resources', '<h1>Human Resources / การบริหารทรัพยากรบุคคล</h1>' + ul([
        ('/files/hr/hr_policy_2563.pdf', 'HR Policy / นโยบายการบริหารทรัพยากรบุคคล'), ('/files/hr/hr_criteria.pdf', 'HR Criteria / หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล')])))

    # ---------------- complaints O29 pass, O30 pass, O32 pass (English only)
    p = PDF('/files/integrity/complaint_manual_2565.pdf')
    p.text('คู่มือการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', 15, True, True)
    p.text(f'{OFF} ฉบับปรับปรุง พ.ศ. ๒๕๖๕', 12, center=True)
    p.text('๑. ช่องทางรับเรื่อง ๒. การลงทะเบียนรับเรื่อง ๓. การพิจารณาและส่งต่อหน่วยงาน ๔. การแจ้งผลแก่ผู้ร้องภายใน ๑๕ วัน ๕. การคุ้มครองผู้ร้องเรียน')
    p.table([['ขั้นตอน', 'ผู้รับผิดชอบ', 'ระยะเวลา'], ['รับเรื่อง/ลงทะเบียน', 'ฝ่ายปกครอง', '๑ วัน'], ['ตรวจสอบข้อเท็จจริง', 'คณะกรรมการ', '๓๐ วัน'], ['แจ้งผล', 'ฝ่ายปกครอง', '๑๕ วัน']], [3, 2, 1])
    p.save()
    write('/complaint.html', page('Report Corruption', f'''<h1>Report Corruption / แจ้งเรื่องร้องเรียนการทุจริต</h1>
<ul><li>ด้วยตนเอง / In person: ฝ่ายปกครอง {OFF} ชั้น ๒</li><li>ไปรษณีย์ / Post: {ADDR}</li><li>โทรศัพท์ / Tel: ๐ ๒๔๒๖ ๔๐๙๙ ต่อ ๑๑๒, สายด่วน ๑๕๕๕</li>
<li>E-mail: thungkhru@bangkok.go.th</li><li><a href="https://www.bangkok.go.th/1555">ร้องเรียนออนไลน์ ๑๕๕๕</a></li></ul>
<p><a href="/files/integrity/complaint_manual_2565.pdf">คู่มือการจัดการเรื่องร้องเรียนการทุจริต (PDF)</a></p>'''))
    write('/feedback.html', page('Feedback', '''<h1>Feedback</h1><p>We welcome your opinions and suggestions on our services.</p>
<form action="/feedback.html" method="get"><p>Name <input name="name"></p><p>E-mail <input name="mail"></p><p>Message<br><textarea name="msg" rows="4" cols="50"></textarea></p><p><button>Send</button></p></form>
<p>Or call 0 2426 4099 ext. 112, or write to thungkhru@bangkok.go.th</p>''', 'en'))
    write('/participation.html', page('Public Participation', '<h1>Public Participation / การมีส่วนร่วม</h1><p>Coming soon</p>'))

    # ---------------- integrity: O34 Thai only (incomplete), O36 scan, O38 stale, O39 multi-year only, O41 pass, O42 pass
    p = PDF('/files/integrity/intent_2565.pdf')
    p.text('เจตจำนงสุจริตในการบริหารงาน', 16, True, True)
    p.text(f'ของผู้อำนวยการเขตทุ่งครุ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕', 13, True, True)
    p.text(f'ข้าพเจ้า {DIR} ผู้อำนวยการเขตทุ่งครุ ขอแสดงเจตจำนงว่าจะปฏิบัติหน้าที่และบริหารงานด้วยความซื่อสัตย์สุจริต โปร่งใส ตรวจสอบได้ ไม่ยอมรับการทุจริตทุกรูปแบบ และจะนำสำนักงานเขตทุ่งครุให้เป็นองค์กรที่มีคุณธรรมและความโปร่งใส')
    p.text('ประกาศ ณ วันที่ ๔ ตุลาคม พ.ศ. ๒๕๖๔'); p.text(f'({DIR})', center=True); p.text('ผู้อำนวยการเขตทุ่งครุ', center=True)
    p.save()
    lines = ['**การประเมินความเสี่ยงการทุจริต', '**ประจำปีงบประมาณ พ.ศ. ๒๕๖๕', f'**{OFF}', '',
             '|กระบวนงาน|ความเสี่ยง|ระดับ|', '|อนุญาตก่อสร้าง|เรียกรับผลประโยชน์|สูง|', '|ตรวจสุขลักษณะ|ละเว้นการตรวจ|ปานกลาง|', '|จัดซื้อจัดจ้าง|กำหนดคุณลักษณะเอื้อผู้ขาย|สูง|', '',
             'มาตรการควบคุม: ตรวจเป็นทีม, เปิดเผยข้อมูลบนเว็บไซต์', 'ผู้จัดทำ ฝ่ายการคลัง   ๑๒ พฤศจิกายน ๒๕๖๔']
    scanned_pdf('/files/integrity/risk_2565_scan.pdf', [lines], rot=-0.8)
    p = PDF('/files/integrity/culture_2563.pdf')
    p.text('รายงานกิจกรรมเสริมสร้างวัฒนธรรมองค์กร "ทุ่งครุ ไม่ทนต่อการทุจริต"', 14, True, True)
    p.text('วันที่ ๒๕ กันยายน ๒๕๖๓ ณ ห้องประชุมสำนักงานเขตทุ่งครุ ผู้เข้าร่วม ๑๒๐ คน', 12, center=True)
    p.text('กิจกรรม: บรรยายเรื่องการแยกแยะประโยชน์ส่วนตนและประโยชน์ส่วนรวม และกิจกรรมกลุ่ม')
    p.save()
    write('/about/culture.html', page('Organizational Culture', '<h1>Organizational Culture / การเสริมสร้างวัฒนธรรมองค์กร</h1><p>กิจกรรม "ทุ่งครุ ไม่ทนต่อการทุจริต"</p>' + ul([('/files/integrity/culture_2563.pdf', 'รายงานกิจกรรมเสริมสร้างวัฒนธรรมองค์กร (PDF)')])))
    p = PDF('/files/integrity/anticorruption_plan_61_65.pdf')
    p.text('แผนปฏิบัติการป้องกันและปราบปรามการทุจริตและประพฤติมิชอบ', 15, True, True)
    p.text(f'{OFF} ระยะ ๕ ปี (พ.ศ. ๒๕๖๑ - ๒๕๖๕)', 13, True, True)
    p.text('ภายใต้ยุทธศาสตร์ชาติว่าด้วยการป้องกันและปราบปรามการทุจริต ระยะที่ ๓ (พ.ศ. ๒๕๖๐ - ๒๕๖๔) และแผนของกรุงเทพมหานคร')
    p.table([['ยุทธศาสตร์', 'แนวทาง', 'ช่วงเวลา'], ['สร้างสังคมที่ไม่ทนต่อการทุจริต', 'อบรมบุคลากรปีละ ๑ ครั้ง', '๒๕๖๑-๒๕๖๕'], ['ป้องกันการทุจริตเชิงนโยบาย', 'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', '๒๕๖๑-๒๕๖๕'], ['พัฒนาระบบป้องกันการทุจริตเชิงรุก', 'ประเมินความเสี่ยงทุกปี', '๒๕๖๑-๒๕๖๕']], [3, 3, 1.5])
    p.save()
    p = PDF('/files/integrity/anticorruption_report_2564.pdf')
    p.text('รายงานผลการดำเนินการป้องกันการทุจริตประจำปี', 15, True, True)
    p.text(f'ปีงบประมาณ พ.ศ. ๒๕๖๔  {OFF}', 13, True, True)
    p.table([['โครงการ/กิจกรรม', 'ผลการดำเนินงาน', 'งบประมาณ'], ['อบรมคุณธรรมจริยธรรมบุคลากร', '๑๔๐ คน (ออนไลน์)', '๒๐,๐๐๐'], ['ประกาศ No Gift Policy', 'ดำเนินการแล้ว', '-'], ['เผยแพร่ข้อมูลจัดซื้อจัดจ้าง', 'ครบ ๑๒ เดือน', '-']], [3, 3, 1.5])
    p.text('ปัญหาอุปสรรค: สถานการณ์โควิด-๑๙  ข้อเสนอแนะ: จัดกิจกรรมออนไลน์เพิ่มขึ้น')
    p.text(f'รายงาน ณ วันที่ ๒๐ ตุลาคม ๒๕๖๔  ({DIR}) ผู้อำนวยการเขตทุ่งครุ')
    p.save()
    p = PDF('/files/integrity/ita_measures_2565.pdf')
    p.text('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 15, True, True)
    p.text(f'{OFF} ประจำปีงบประมาณ พ.ศ. ๒๕๖๕', 13, True, True)
    p.text('ส่วนที่ ๑ ผลการวิเคราะห์ผลการประเมิน ITA ประจำปี ๒๕๖๔', 12, True)
    p.text('สำนักงานเขตทุ่งครุได้คะแนนรวม ๘๒.๔๗ ระดับ B ประเด็นที่ต้องพัฒนา: OIT การเปิดเผยข้อมูล (๗๐.๒๑ คะแนน) ข้อมูลหลายรายการไม่เป็นปัจจุบัน; EIT ประสิทธิภาพการสื่อสาร')
    p.text('ส่วนที่ ๒ มาตรการ ปี ๒๕๖๕', 12, True)
    p.table([['ประเด็น', 'มาตรการ', 'ผู้รับผิดชอบ', 'ระยะเวลา'], ['การเปิดเผยข้อมูล', 'มอบหมายผู้รับผิดชอบรายข้อและปรับปรุงเว็บไซต์', 'ฝ่ายปกครอง', 'ต.ค. ๖๔ - ก.ย. ๖๕'],
             ['การสื่อสาร', 'ประชาสัมพันธ์ผ่านเว็บไซต์ ๒ ภาษา และ Facebook', 'ฝ่ายปกครอง', 'ตลอดปี'], ['การใช้ทรัพย์สินราชการ', 'จัดทำคู่มือการยืมทรัพย์สิน', 'ฝ่ายการคลัง', 'ม.ค. ๖๕']], [2, 4, 2, 2])
    p.text(f'({DIR}) ผู้อำนวยการเขตทุ่งครุ  ๑๘ พฤศจิกายน ๒๕๖๔', center=True)
    p.save()

    # ---------------- ITA 2565 page
    F = '/files/'
    items = [
        ('O1', 'โครงสร้างหน่วยงาน', [('/about/structure.html', 'Organization Structure')]),
        ('O2', 'ข้อมูลผู้บริหาร', [('/about/executives.html', 'Executives / ผู้บริหาร')]),
        ('O3', 'อำนาจหน้าที่', [('/about/duties.html', 'อำนาจหน้าที่')]),
        ('O4', 'แผนยุทธศาสตร์/แผนพัฒนาเขต', [('/plan/devplan.html', 'แผนพัฒนาเขตทุ่งครุ')]),
        ('O5', 'ข้อมูลการติดต่อ', [('/contact.html', 'Contact Us')]),
        ('O6', 'กฎหมายที่เกี่ยวข้อง', [('/about/laws.html', 'Laws')]),
        ('O7', 'ข่าวประชาสัมพันธ์', [('/news/', 'News')]),
        ('O8', 'Q&amp;A', [('/qa.html', 'ถาม-ตอบ')]),
        ('O9', 'Social Network', [('/social.html', 'Follow Us')]),
        ('O๑๐', 'แผนดำเนินงานประจำปี', [(F + 'plan/action_plan_2565.pdf', 'แผนปฏิบัติราชการ ๒๕๖๕')]),
        ('O๑๑', 'รายงานการกำกับติดตามการดำเนินงาน รอบ ๖ เดือน', []),
        ('O๑๒', 'รายงานผลการดำเนินงานประจำปี', [(F + 'plan/annual_report_2563.pdf', 'รายงานประจำปี')]),
        ('O๑๓', 'คู่มือหรือมาตรฐานการปฏิบัติงาน', [('/manuals.html', 'คู่มือการปฏิบัติงาน')]),
        ('O๑๔', 'คู่มือหรือมาตรฐานการให้บริการ', [(F + 'manual/citizen_guide_2565.pdf', 'คู่มือสำหรับประชาชน')]),
        ('O๑๕', 'ข้อมูลเชิงสถิติการให้บริการ', [(F + 'stat/service_stat_2564.xlsx', 'สถิติการให้บริการ (Excel)')]),
        ('O๑๖', 'รายงานผลการสำรวจความพึงพอใจ', 'อยู่ระหว่างจัดทำ'),
        ('O๑๗', 'E-Service', [('/eservice.html', 'Online Services')]),
        ('O๑๘', 'แผนการใช้จ่ายงบประมาณประจำปี', [('/budget.html', 'Budget / งบประมาณ')]),
        ('O๑๙', 'รายงานการกำกับติดตามการใช้จ่ายงบประมาณ', [('/budget.html', 'Budget / งบประมาณ')]),
        ('O๒๐', 'รายงานผลการใช้จ่ายงบประมาณประจำปี', [(F + 'budget/annual_budget_report_2564.pdf', 'รายงานผลการใช้จ่ายงบประมาณ ปี ๒๕๖๔')]),
        ('O๒๑', 'แผนการจัดซื้อจัดจ้าง', [('/procurement/', 'Procurement')]),
        ('O๒๒', 'ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง', [('/procurement/', 'Procurement')]),
        ('O๒๓', 'สรุปผลการจัดซื้อจัดจ้างรายเดือน', [(F + 'proc/summary_monthly_2565.xlsx', 'สรุปผลรายเดือน (Excel)')]),
        ('O๒๔', 'รายงานผลการจัดซื้อจัดจ้างประจำปี', []),
        ('O๒๕', 'นโยบายการบริหารทรัพยากรบุคคล', [('/hr.html', 'Human Resources')]),
        ('O๒๖', 'การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล', []),
        ('O๒๗', 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', [(F + 'hr/hr_criteria.pdf', 'หลักเกณฑ์ฯ')]),
        ('O๒๘', 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', 'อยู่ระหว่างจัดทำ'),
        ('O๒๙', 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต', [(F + 'integrity/complaint_manual_2565.pdf', 'คู่มือการจัดการเรื่องร้องเรียน')]),
        ('O๓๐', 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริต', [('/complaint.html', 'Report Corruption')]),
        ('O๓๑', 'ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต', []),
        ('O๓๒', 'ช่องทางการรับฟังความคิดเห็น', [('/feedback.html', 'Feedback')]),
        ('O๓๓', 'การเปิดโอกาสให้เกิดการมีส่วนร่วม', [('/participation.html', 'Public Participation')]),
        ('O๓๔', 'เจตจำนงสุจริตของผู้บริหาร', [(F + 'integrity/intent_2565.pdf', 'Integrity Statement / เจตจำนงสุจริต')]),
        ('O๓๕', 'การมีส่วนร่วมของผู้บริหาร', 'อยู่ระหว่างจัดทำ'),
        ('O๓๖', 'การประเมินความเสี่ยงการทุจริตประจำปี', [(F + 'integrity/risk_2565_scan.pdf', 'ผลการประเมินความเสี่ยง ๒๕๖๕')]),
        ('O๓๗', 'การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต', 'อยู่ระหว่างจัดทำ'),
        ('O๓๘', 'การเสริมสร้างวัฒนธรรมองค์กร', [('/about/culture.html', 'Organizational Culture')]),
        ('O๓๙', 'แผนปฏิบัติการป้องกันการทุจริต', [(F + 'integrity/anticorruption_plan_61_65.pdf', 'แผนปฏิบัติการป้องกันการทุจริต')]),
        ('O๔๐', 'รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ ๖ เดือน', []),
        ('O๔๑', 'รายงานผลการดำเนินการป้องกันการทุจริตประจำปี', [(F + 'integrity/anticorruption_report_2564.pdf', 'รายงานผล ปี ๒๕๖๔')]),
        ('O๔๒', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส', [(F + 'integrity/ita_measures_2565.pdf', 'มาตรการฯ ปี ๒๕๖๕')]),
        ('O๔๓', 'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส', []),
    ]
    body = ''
    for code, name, links in items:
        if isinstance(links, str):
            b = links
        else:
            b = ' · '.join(f'<a href="{h}">{t}</a>' for h, t in links)
        body += f'<h3>{code} {name}</h3>\n<div class="b">{b}</div>\n'
    write('/ita2565/index.html', page('ITA 2565', f'<div class="ita"><h1>ITA 2565 : การเปิดเผยข้อมูลสาธารณะ (OIT)</h1><p>{OFF} ประจำปีงบประมาณ พ.ศ. ๒๕๖๕</p>\n{body}</div>'))

if __name__ == '__main__':
    build()
    n = sum(len(f) for _, _, f in os.walk(SITE))
    sz = sum(os.path.getsize(os.path.join(d, x)) for d, _, f in os.walk(SITE) for x in f)
    print('files', n, 'bytes', sz)
