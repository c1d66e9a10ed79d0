#!/usr/bin/env python3
"""Generate the held-out fixture 'thai_pdf_glyphs' (set held-out-9).
A Bangkok district site (content fictional) whose PDFs come from an old Thai
word processor: PUA-shaped tone marks/upper vowels (U+F700-F71A), sara am as
nikhahit+sara aa, letter-spaced headings, ZWSP word separators, mid-word line
breaks, two-column text drawn row by row, repeated headers/footers, Thai page
numbers. Run with /work/blindenv/bin/python."""
import os, shutil, json, io
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4, landscape
from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, 'site')
T = '/usr/share/fonts/truetype/tlwg/'
pdfmetrics.registerFont(TTFont('Norasi', T + 'Norasi.ttf'))
pdfmetrics.registerFont(TTFont('Norasi-B', T + 'Norasi-Bold.ttf'))
pdfmetrics.registerFont(TTFont('Garuda', T + 'Garuda.ttf'))
pdfmetrics.registerFont(TTFont('Garuda-B', T + 'Garuda-Bold.ttf'))

# ---------------------------------------------------------------- Thai text-layer mangling
UPPER_V = '\u0E31\u0E34\u0E35\u0E36\u0E37\u0E47\u0E4D'
TONES = '\u0E48\u0E49\u0E4A\u0E4B\u0E4C'
LOWER_V = '\u0E38\u0E39\u0E3A'
TALL = 'ปฝฟฬ'
DESC = 'ฎฏฤฦ'
UPMAP = {'\u0E34': '\uF701', '\u0E35': '\uF702', '\u0E36': '\uF703', '\u0E37': '\uF704',
         '\u0E31': '\uF710', '\u0E4D': '\uF711', '\u0E47': '\uF712'}
PUA_TONES = ''.join(chr(c) for c in range(0xF705, 0xF718))


def legacy(s, pua=True, am=True):
    """Shape Thai the way a legacy (non-OpenType) word processor does."""
    out = []; base = ''; upper = False
    for ch in s:
        if am and ch == '\u0E33':
            out.append('\uF711' if (pua and base in TALL) else '\u0E4D')
            if len(out) >= 2 and (out[-2] in TONES or out[-2] in PUA_TONES):
                out[-1], out[-2] = out[-2], out[-1]
                t = out[-1]
                if '\uF70A' <= t <= '\uF70E': out[-1] = chr(ord(t) - 0xF70A + 0x0E48)
                elif '\uF713' <= t <= '\uF717': out[-1] = chr(ord(t) - 0xF713 + 0xF705)
            out.append('\u0E32'); base = ''; upper = False; continue
        if not pua:
            out.append(ch)
            if '\u0E01' <= ch <= '\u0E2E': base = ch
            continue
        if '\u0E01' <= ch <= '\u0E2E':
            base = ch; upper = False; out.append(ch); continue
        if ch in UPPER_V:
            upper = True
            out.append(UPMAP[ch] if base in TALL else ch); continue
        if ch in TONES:
            i = TONES.index(ch)
            if upper: out.append(chr(0xF705 + i) if base in TALL else ch)
            else: out.append(chr(0xF713 + i) if base in TALL else chr(0xF70A + i))
            continue
        if ch in LOWER_V:
            if base in DESC: out.append(chr(0xF718 + LOWER_V.index(ch)))
            elif base == 'ฐ' and out and out[-1] == 'ฐ': out[-1] = '\uF700'; out.append(ch)
            elif base == 'ญ' and out and out[-1] == 'ญ': out[-1] = '\uF70F'; out.append(ch)
            else: out.append(ch)
            continue
        out.append(ch)
        if not ('\u0E30' <= ch <= '\u0E4F'): base = ''; upper = False
    return ''.join(out)


MARK = set(UPPER_V + TONES + LOWER_V + '\u0E33' + ''.join(chr(c) for c in range(0xF701, 0xF71B) if c != 0xF70F))


def clusters(s):
    cl = []
    for ch in s:
        if cl and (ch in MARK or (ch == '\u0E32' and cl[-1].endswith(('\u0E4D', '\uF711')))):
            cl[-1] += ch
        else:
            cl.append(ch)
    return cl


def spaced(s):
    """Letter-spaced heading, as typed with spaces between letters."""
    return '   '.join(' '.join(clusters(w)) for w in s.split(' ') if w)


TH = str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙')


def th(s):
    return str(s).translate(TH)


# ---------------------------------------------------------------- PDF writer
class Doc:
    """Old word-processor style document.
    opts: pua, am (sara am decomposed), zwsp ('|' in source -> U+200B, else removed),
    wrap: 'word' | 'mid' (break anywhere between clusters), font."""

    def __init__(self, rel, header='', footer='', pua=True, am=True, zwsp=False, wrap='mid',
                 font='Norasi', size=15, land=False, pagenum='top'):
        self.path = os.path.join(SITE, rel)
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        self.ps = landscape(A4) if land else A4
        self.c = canvas.Canvas(self.path, pagesize=self.ps)
        self.c.setAuthor('User'); self.c.setCreator('Microsoft Word - เอกสาร1.doc'); self.c.setProducer('Acrobat PDFWriter 4.0 for Windows')
        self.header, self.footer = header, footer
        self.pua, self.am, self.zwsp, self.wrap = pua, am, zwsp, wrap
        self.font, self.bold, self.size = font, font + '-B', size
        self.W, self.H = self.ps
        self.L, self.R = 70, self.W - 60
        self.n = 0; self.pagenum = pagenum
        self.newpage(first=True)

    def t(self, s):
        s = s.replace('|', '\u200b' if self.zwsp else '')
        return legacy(s, self.pua, self.am)

    def sw(self, s, f=None, sz=None):
        return pdfmetrics.stringWidth(s, f or self.font, sz or self.size)

    def newpage(self, first=False):
        if not first:
            self.c.showPage()
        self.n += 1
        c = self.c
        if self.pagenum == 'top' and self.n > 1 or self.pagenum == 'all':
            c.setFont(self.font, 13)
            s = '- ' + th(self.n) + ' -'
            c.drawString(self.W / 2 - self.sw(s, sz=13) / 2, self.H - 40, s)
        if self.header:
            c.setFont(self.font, 11)
            h = self.t(self.header)
            c.drawString(self.R - self.sw(h, sz=11), self.H - 28, h)
            c.setLineWidth(0.4); c.line(self.L, self.H - 46, self.R, self.H - 46)
        if self.footer:
            c.setFont(self.font, 10)
            f = self.t(self.footer)
            c.line(self.L, 46, self.R, 46)
            c.drawString(self.L, 34, f)
            if self.pagenum == 'foot':
                s = 'หน้า ' + th(self.n)
                c.drawString(self.R - self.sw(s, sz=10), 34, self.t(s))
        self.y = self.H - 72

    def need(self, h):
        if self.y - h < 60:
            self.newpage()

    def gap(self, h=8):
        self.y -= h

    def split(self, s, width, font, size):
        """Wrap shaped text s into lines no wider than width."""
        lines = []
        for para in s.split('\n'):
            if self.wrap == 'mid':
                cur = ''
                for k in clusters(para):
                    if self.sw(cur + k, font, size) > width and cur:
                        lines.append(cur); cur = k.lstrip(' ')
                    else:
                        cur += k
                lines.append(cur)
            else:
                toks = []; cur = ''
                for ch in para:
                    cur += ch
                    if ch in ' \u200b':
                        toks.append(cur); cur = ''
                if cur: toks.append(cur)
                cur = ''
                for tk in toks:
                    if self.sw(cur + tk, font, size) > width and cur:
                        lines.append(cur.rstrip(' ')); cur = tk
                    else:
                        cur += tk
                lines.append(cur)
        return lines

    def title(self, s, size=None, space=False, bold=True):
        size = size or self.size + 3
        s = self.t(s)
        if space: s = spaced(s)
        f = self.bold if bold else self.font
        for ln in self.split(s, self.R - self.L, f, size):
            self.need(size + 6)
            self.c.setFont(f, size)
            self.c.drawString((self.L + self.R) / 2 - self.sw(ln, f, size) / 2, self.y, ln)
            self.y -= size + 6

    def para(self, s, indent=30, bold=False, size=None, left=0):
        size = size or self.size
        f = self.bold if bold else self.font
        s = self.t(s)
        lines = self.split(s, self.R - self.L - indent - left, f, size)
        for i, ln in enumerate(lines):
            self.need(size + 5)
            self.c.setFont(f, size)
            x = self.L + left + (indent if i == 0 else 0)
            self.c.drawString(x, self.y, ln)
            self.y -= size + 5

    def distributed(self, s, indent=30, mingap=3.3):
        """Thai Distributed justification: each cluster placed on its own."""
        s = self.t(s); size = self.size; f = self.font
        cl = clusters(s)
        lines = []; cur = []; width0 = indent
        W = self.R - self.L
        for k in cl:
            w = sum(self.sw(x) for x in cur + [k]) + mingap * len(cur)
            if w > W - (indent if not lines else 0) and cur:
                lines.append(cur); cur = [k] if k != ' ' else []
            else:
                cur.append(k)
        if cur: lines.append(cur)
        for i, ln in enumerate(lines):
            self.need(size + 5)
            x0 = self.L + (indent if i == 0 else 0)
            avail = self.R - x0
            tw = sum(self.sw(x) for x in ln)
            g = (avail - tw) / max(1, len(ln) - 1) if i < len(lines) - 1 else mingap
            to = self.c.beginText(x0, self.y); to.setFont(f, size)
            x = x0
            for k in ln:
                to.setTextOrigin(x, self.y); to.textOut(k); x += self.sw(k) + g
            self.c.drawText(to)
            self.y -= size + 5

    def twocol(self, left, right, size=None, gapx=20, bold_first=False):
        """Two columns, drawn row by row (extraction interleaves the columns)."""
        size = size or self.size
        colw = (self.R - self.L - gapx) / 2
        L = []; R = []
        for s in left: L += self.split(self.t(s), colw, self.font, size)
        for s in right: R += self.split(self.t(s), colw, self.font, size)
        for i in range(max(len(L), len(R))):
            self.need(size + 5)
            self.c.setFont(self.font, size)
            if i < len(L): self.c.drawString(self.L, self.y, L[i])
            if i < len(R): self.c.drawString(self.L + colw + gapx, self.y, R[i])
            self.y -= size + 5

    def table(self, head, rows, widths, size=None, hsize=None):
        size = size or self.size - 3; hsize = hsize or size
        tot = sum(widths); W = self.R - self.L
        ws = [w * W / tot for w in widths]
        def draw_row(cells, f, sz, shade=False):
            wrapped = [self.split(self.t(str(cx)), ws[j] - 6, f, sz) for j, cx in enumerate(cells)]
            h = max(len(w) for w in wrapped) * (sz + 3) + 6
            if self.y - h < 60:
                self.newpage(); draw_row(head, self.bold, hsize, True)
            c = self.c; x = self.L
            top = self.y + sz - 1
            if shade:
                c.setFillGray(0.88); c.rect(self.L, top - h, W, h, stroke=0, fill=1); c.setFillGray(0)
            for j, w in enumerate(wrapped):
                c.rect(x, top - h, ws[j], h, stroke=1, fill=0)
                c.setFont(f, sz)
                yy = top - sz - 2
                for ln in w:
                    c.drawString(x + 3, yy, ln); yy -= sz + 3
                x += ws[j]
            self.y -= h
        self.c.setLineWidth(0.5)
        draw_row(head, self.bold, hsize, True)
        for r in rows:
            draw_row(r, self.font, size)
        self.y -= 10

    def sign(self, name, pos, date=None, pos2=None):
        self.need(110)
        self.gap(16)
        x = (self.L + self.R) / 2 + 20
        c = self.c
        if date:
            c.setFont(self.font, self.size); c.drawString(x - 60, self.y, self.t(date)); self.y -= 40
        # signature scribble
        c.setLineWidth(0.8)
        p = c.beginPath(); p.moveTo(x + 10, self.y + 8)
        for i in range(8):
            p.curveTo(x + 20 + i * 9, self.y + 22, x + 24 + i * 9, self.y - 2, x + 30 + i * 9, self.y + 10)
        c.drawPath(p, stroke=1, fill=0)
        self.y -= 18
        c.setFont(self.font, self.size)
        for s in ['(' + name + ')', pos] + ([pos2] if pos2 else []):
            s = self.t(s)
            c.drawString(x + 50 - self.sw(s) / 2, self.y, s); self.y -= self.size + 5

    def save(self):
        self.c.save()


# ---------------------------------------------------------------- HTML
DIST = 'สำนักงานเขตภาษีเจริญ'
MENU = [('/', 'หน้าแรก'), ('/about/', 'ข้อมูลพื้นฐาน'), ('/divisions/', 'ฝ่ายต่าง ๆ'), ('/services/', 'บริการประชาชน'),
        ('/news/', 'ข่าวประชาสัมพันธ์'), ('/procurement/', 'จัดซื้อจัดจ้าง'), ('/ita/', 'ITA 2569'),
        ('/complaints/', 'ร้องเรียน/ร้องทุกข์'), ('/about/contact.html', 'ติดต่อเรา')]
SIDE = [('/about/', 'โครงสร้าง / ผู้บริหาร / อำนาจหน้าที่'), ('/manuals/', 'คู่มือการปฏิบัติงาน'),
        ('/services/', 'คู่มือสำหรับประชาชน'), ('/services/eservice.html', 'E-Service'),
        ('/revenue/', 'ข้อมูลภาษีและรายได้'), ('/budget/', 'งบประมาณ'), ('/procurement/', 'ประกาศจัดซื้อจัดจ้าง'),
        ('/anticorruption/', 'ป้องกันการทุจริต'), ('/tourism.html', 'ท่องเที่ยวภาษีเจริญ'),
        ('/gallery.html', 'ภาพกิจกรรม'), ('/jobs.html', 'รับสมัครงาน'), ('/ita/2568.html', 'ITA 2568 (ปีที่ผ่านมา)')]


def page(rel, title, body, side=True):
    nav = ''.join('<li><a href="%s">%s</a></li>' % m for m in MENU)
    sd = ''
    if side:
        sd = '<aside class="left"><h4>เมนูหลัก</h4><ul>' + ''.join('<li><a href="%s">%s</a></li>' % m for m in SIDE) + '</ul>' \
             '<div class="banner"><a href="http://www.bangkok.go.th/" target="_blank">กรุงเทพมหานคร</a></div>' \
             '<div class="banner"><a href="https://traffy.in.th/?page_id=27351" target="_blank">แจ้งเรื่องผ่าน Traffy Fondue</a></div></aside>'
    html = '''<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>%s | %s</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/style.css"></head>
<body>
<div class="portal">กรุงเทพมหานคร &nbsp;|&nbsp; <a href="http://www.bangkok.go.th/">bangkok.go.th</a> &nbsp;|&nbsp; สำนักงานเขต ๕๐ เขต</div>
<header><img src="/img/logo.png" alt="ตรา กทม." width="64" height="64"><div class="hd"><h1>%s</h1><p>Phasi Charoen District Office, Bangkok</p></div></header>
<nav><ul>%s</ul></nav>
<div class="wrap">%s<main>
%s
</main></div>
<footer><p>%s เลขที่ ๘๘๙ ถนนเพชรเกษม แขวงบางหว้า เขตภาษีเจริญ กรุงเทพมหานคร ๑๐๑๖๐</p>
<p>โทร. ๐ ๒๔๑๓ ๑๒๖๗ &nbsp; โทรสาร ๐ ๒๔๑๓ ๑๒๖๘ &nbsp; อีเมล phasicharoen@bangkok.go.th</p>
<p><a href="https://www.facebook.com/phasicharoen.district" target="_blank">Facebook สำนักงานเขตภาษีเจริญ</a> · <a href="https://line.me/R/ti/p/@phasicharoen" target="_blank">LINE @phasicharoen</a> · <a href="/about/faq.html">ถาม-ตอบ (Q&amp;A)</a></p>
<p class="small">ผู้เข้าชม 1,284,311 ครั้ง · ปรับปรุงล่าสุด ๑๘ เม.ย. ๒๕๖๙</p></footer>
</body></html>''' % (title, DIST, DIST, nav, sd, body, DIST)
    path = os.path.join(SITE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(html)


def ul(items):
    return '<ul>' + ''.join('<li>%s</li>' % i for i in items) + '</ul>'


def a(href, text):
    return '<a href="%s">%s</a>' % (href, text)


def pdfa(href, text):
    return '<a href="%s" target="_blank"><img src="/img/pdf.png" width="16" height="16" alt="pdf"> %s</a>' % (href, text)


# ---------------------------------------------------------------- helpers for images
def make_images():
    os.makedirs(os.path.join(SITE, 'img'), exist_ok=True)
    im = Image.new('RGB', (64, 64), (20, 90, 40)); d = ImageDraw.Draw(im)
    d.ellipse((6, 6, 58, 58), outline=(240, 200, 60), width=4); d.rectangle((26, 20, 38, 44), fill=(240, 200, 60))
    im.save(os.path.join(SITE, 'img/logo.png'))
    im = Image.new('RGB', (16, 16), (200, 30, 30)); ImageDraw.Draw(im).rectangle((3, 5, 12, 10), fill='white')
    im.save(os.path.join(SITE, 'img/pdf.png'))
    for i, col in enumerate([(180, 200, 230), (200, 220, 200), (230, 210, 190), (210, 210, 210)]):
        im = Image.new('RGB', (160, 200), col); d = ImageDraw.Draw(im)
        d.ellipse((50, 30, 110, 95), fill=(90, 80, 70)); d.rectangle((30, 110, 130, 200), fill=(40, 50, 90))
        im.save(os.path.join(SITE, 'img/exec%d.jpg' % (i + 1)), quality=70)
    for i in range(6):
        im = Image.new('RGB', (320, 200), (120 + i * 15, 160, 140 - i * 10)); d = ImageDraw.Draw(im)
        d.rectangle((20 + i * 10, 80, 300, 180), fill=(90, 110, 60)); d.ellipse((230, 20, 290, 70), fill=(250, 230, 120))
        im.save(os.path.join(SITE, 'img/news%d.jpg' % (i + 1)), quality=60)
    im = Image.new('RGB', (480, 300), (235, 235, 225)); d = ImageDraw.Draw(im)
    for k in range(0, 480, 40): d.line((k, 0, k + 60, 300), fill=(200, 200, 190), width=6)
    d.line((0, 150, 480, 140), fill=(240, 180, 60), width=10); d.ellipse((230, 130, 250, 150), fill=(220, 30, 30))
    im.save(os.path.join(SITE, 'img/map.png'))


CSS = '''body{font-family:Tahoma,"TH Sarabun New",sans-serif;margin:0;background:#f4f4ef;color:#222;font-size:15px}
.portal{background:#0b4d2a;color:#fff;font-size:12px;padding:3px 12px}.portal a{color:#fff}
header{display:flex;gap:12px;align-items:center;background:#1c7a3e;color:#fff;padding:10px 16px}header h1{margin:0;font-size:24px}header p{margin:0;font-size:12px}
nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;background:#e7c44a}nav li a{display:block;padding:7px 12px;color:#222;text-decoration:none}
.wrap{display:flex;gap:16px;padding:12px}aside.left{width:230px;flex:none;background:#fff;padding:8px;font-size:13px}main{flex:1;background:#fff;padding:12px 20px}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:4px 6px;vertical-align:top}th{background:#e8f1e8}
footer{background:#333;color:#ddd;padding:10px 16px;font-size:13px}footer a{color:#ffd}.small{font-size:11px;color:#aaa}.banner{margin:8px 0;padding:6px;background:#eef}
.news img{float:left;margin:0 10px 6px 0}.news{overflow:hidden;border-bottom:1px dotted #ccc;padding:6px 0}'''


# ================================================================= DOCUMENTS
DIVS = [('admin', 'ฝ่ายปกครอง', 'งานธุรการ งานการเจ้าหน้าที่ งานอาสารักษาดินแดน งานเลือกตั้ง และงานป้องกันและบรรเทาสาธารณภัย'),
        ('registration', 'ฝ่ายทะเบียน', 'งานทะเบียนราษฎร งานบัตรประจำตัวประชาชน และงานทะเบียนทั่วไป'),
        ('finance', 'ฝ่ายการคลัง', 'งานการเงินและบัญชี งานงบประมาณ และงานพัสดุ'),
        ('revenue', 'ฝ่ายรายได้', 'งานจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย และค่าธรรมเนียมต่าง ๆ'),
        ('works', 'ฝ่ายโยธา', 'งานควบคุมอาคาร งานสาธารณูปโภค และงานบำรุงรักษาถนนและทางเท้า'),
        ('health', 'ฝ่ายสิ่งแวดล้อมและสุขาภิบาล', 'งานสุขาภิบาลอาหาร งานควบคุมกิจการที่เป็นอันตรายต่อสุขภาพ และงานควบคุมมลพิษ'),
        ('cleansing', 'ฝ่ายรักษาความสะอาดและสวนสาธารณะ', 'งานเก็บขนมูลฝอย งานรักษาความสะอาดที่สาธารณะ และงานสวนสาธารณะ'),
        ('municipal', 'ฝ่ายเทศกิจ', 'งานรักษาความสงบเรียบร้อย งานจัดระเบียบผู้ค้าหาบเร่แผงลอย และงานบังคับการตามกฎหมาย'),
        ('community', 'ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม', 'งานพัฒนาชุมชน งานสวัสดิการผู้สูงอายุและคนพิการ และงานกองทุนชุมชน'),
        ('education', 'ฝ่ายการศึกษา', 'งานส่งเสริมการศึกษา งานกำกับดูแลโรงเรียนสังกัดกรุงเทพมหานครในพื้นที่ และงานกีฬาและนันทนาการ')]

HDR = 'สำนักงานเขตภาษีเจริญ กรุงเทพมหานคร'


def docs():
    U = 'uploads/2569/'
    # ---------- O1 structure: two columns, PUA
    d = Doc(U + 'structure.pdf', header=HDR, footer='โครงสร้างการแบ่งส่วนราชการ ปรับปรุง ๑ ตุลาคม ๒๕๖๘')
    d.title('โครงสร้างการแบ่งส่วนราชการ', space=True)
    d.title('สำนักงานเขตภาษีเจริญ', size=17)
    d.gap(6)
    d.para('ผู้อำนวยการเขตภาษีเจริญ (นายธนพล ศรีวงศ์ทอง) บังคับบัญชาข้าราชการและลูกจ้างทุกฝ่าย โดยมีผู้ช่วยผู้อำนวยการเขต ๒ ตำแหน่ง กำกับดูแลฝ่ายต่าง ๆ ตามที่ได้รับมอบหมาย ดังนี้', indent=30)
    d.gap(6)
    left = ['ผู้ช่วยผู้อำนวยการเขต (คนที่ ๑)'] + ['  - ' + x[1] for x in DIVS[:5]]
    right = ['ผู้ช่วยผู้อำนวยการเขต (คนที่ ๒)'] + ['  - ' + x[1] for x in DIVS[5:]]
    d.twocol(left, right, size=14)
    d.gap(10)
    d.para('ทั้งนี้ มีหน่วยงานในพื้นที่ ได้แก่ ศูนย์บริการสาธารณสุข และโรงเรียนสังกัดกรุงเทพมหานคร ซึ่งขึ้นตรงต่อสำนักที่เกี่ยวข้อง และประสานงานกับสำนักงานเขตในเรื่องการบริการประชาชนในพื้นที่', indent=30)
    d.gap(6)
    d.table(['ส่วนราชการ', 'อัตรากำลัง (ข้าราชการ)', 'อัตรากำลัง (ลูกจ้าง)'],
            [[x[1], th(n1), th(n2)] for x, n1, n2 in zip(DIVS, [21, 18, 14, 24, 22, 19, 16, 15, 12, 9], [12, 6, 3, 5, 35, 11, 198, 64, 8, 4])],
            [4, 2, 2], size=13)
    d.save()
    # ---------- O1 authority: spaced heading, am decomposed
    d = Doc(U + 'authority.pdf', header=HDR, footer='อำนาจหน้าที่ของสำนักงานเขต')
    d.title('อำนาจหน้าที่', space=True, size=20)
    d.title('สำนักงานเขตภาษีเจริญ กรุงเทพมหานคร', size=16)
    d.gap(6)
    d.para('ตามประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการของสำนักงานเขต สำนักงานเขตมีอำนาจหน้าที่ในการบริหารราชการของกรุงเทพมหานครภายในพื้นที่เขต ดังต่อไปนี้')
    for i, s in enumerate(['ดูแลความสงบเรียบร้อยและความปลอดภัยในชีวิตและทรัพย์สินของประชาชนในเขต',
                           'จัดทำทะเบียนราษฎรและบัตรประจำตัวประชาชน และให้บริการทะเบียนทั่วไป',
                           'จัดเก็บภาษีและรายได้ของกรุงเทพมหานครตามที่กฎหมายกำหนด',
                           'ควบคุมอาคาร ดูแลถนน ทางเท้า ท่อระบายน้ำ และสาธารณูปโภคในความรับผิดชอบ',
                           'รักษาความสะอาด เก็บขนมูลฝอย และดูแลสวนสาธารณะและพื้นที่สีเขียว',
                           'ควบคุมสุขาภิบาลอาหารและกิจการที่อาจเป็นอันตรายต่อสุขภาพ',
                           'ส่งเสริมการศึกษา การพัฒนาชุมชน และจัดสวัสดิการสังคมแก่ผู้สูงอายุ คนพิการ และผู้ด้อยโอกาส',
                           'ปฏิบัติงานอื่นตามที่ผู้ว่าราชการกรุงเทพมหานครหรือปลัดกรุงเทพมหานครมอบหมาย'], 1):
        d.para('(%s) %s' % (th(i), s), indent=0, left=30)
    d.save()
    # ---------- O2 governor policy + BMA plans: ZWSP, mid-word wrap, multi-page
    d = Doc(U + 'governor_policy.pdf', header='นโยบายผู้ว่าราชการกรุงเทพมหานคร และแผนที่เกี่ยวข้อง', footer=HDR, zwsp=True, wrap='mid')
    d.title('นโยบาย|ผู้ว่าราชการ|กรุงเทพมหานคร|และ|แผน|ที่|เกี่ยวข้อง|กับ|การ|พัฒนา|กรุงเทพมหานคร')
    d.title('ฉบับ|เผยแพร่|ของ|สำนักงาน|เขต|ภาษีเจริญ ประจำ|ปี|งบประมาณ พ.ศ. ๒๕๖๙', size=16, bold=False)
    d.gap(6)
    d.para('๑. นโยบาย|ผู้ว่าราชการ|กรุงเทพมหานคร', bold=True, indent=0)
    d.para('ผู้ว่าราชการ|กรุงเทพมหานคร|ได้|แถลง|นโยบาย|ต่อ|สภา|กรุงเทพมหานคร|โดย|มี|วิสัยทัศน์ "กรุงเทพฯ|เมือง|น่าอยู่|สำหรับ|ทุกคน" และ|กำหนด|นโยบาย|ไว้ ๙ ด้าน ได้แก่ '
           'ปลอดภัย|ดี สร้างสรรค์|ดี สิ่งแวดล้อม|ดี สุขภาพ|ดี เดินทาง|ดี โครงสร้าง|ดี เรียน|ดี เศรษฐกิจ|ดี และ|บริหาร|จัดการ|ดี '
           'ซึ่ง|สำนักงาน|เขต|ภาษีเจริญ|นำ|มา|ถ่ายทอด|เป็น|โครงการ|และ|กิจกรรม|ใน|พื้นที่ เช่น การ|ปลูก|ต้นไม้|ล้าน|ต้น การ|ซ่อม|ทางเท้า|และ|ไฟ|ส่อง|สว่าง การ|แก้ไข|จุด|เสี่ยง|น้ำ|ท่วม|ริม|คลอง|ภาษีเจริญ '
           'และ|การ|พัฒนา|บริการ|ออนไลน์|เพื่อ|ลด|ขั้นตอน|การ|ติดต่อ|ราชการ')
    for k, (h, s) in enumerate([('ปลอดภัย|ดี', 'ติดตั้ง|และ|ซ่อม|ไฟ|ส่อง|สว่าง|ใน|ซอย|และ|ทาง|เดิน|ริม|คลอง ตรวจ|จุด|เสี่ยง|อาชญากรรม|ร่วม|กับ|สถานี|ตำรวจ|ใน|พื้นที่'),
                                ('สิ่งแวดล้อม|ดี', 'คัด|แยก|ขยะ|ต้นทาง|ใน|ชุมชน|และ|ตลาด เพิ่ม|พื้นที่|สี|เขียว|และ|สวน ๑๕ นาที'),
                                ('เดินทาง|ดี', 'ปรับปรุง|ทางเท้า|ถนน|เพชรเกษม|และ|ถนน|กัลปพฤกษ์ ดูแล|ท่า|เรือ|ใน|คลอง|ภาษีเจริญ'),
                                ('บริหาร|จัดการ|ดี', 'เปิด|เผย|ข้อมูล|ต่อ|สาธารณะ ให้|บริการ|ผ่าน BMA OSS และ|รับ|เรื่อง|ผ่าน Traffy Fondue')], 1):
        d.para('๑.%s ด้าน|%s : %s' % (th(k), h, s), indent=0, left=30)
    d.gap(6)
    d.para('๒. แผน|ที่|เกี่ยวข้อง|กับ|การ|พัฒนา|กรุงเทพมหานคร', bold=True, indent=0)
    d.para('(๑) แผน|พัฒนา|กรุงเทพมหานคร|ระยะ ๒๐ ปี (พ.ศ. ๒๕๖๑ – ๒๕๘๐) ระยะ|ที่ ๓ (พ.ศ. ๒๕๖๖ – ๒๕๗๐) ซึ่ง|เป็น|กรอบ|ทิศทาง|การ|พัฒนา|มหานคร ๗ ด้าน', indent=0, left=30)
    d.para('(๒) แผน|ปฏิบัติ|ราชการ|ประจำ|ปี|ของ|กรุงเทพมหานคร พ.ศ. ๒๕๖๙ ที่|แปลง|นโยบาย|ผู้ว่าราชการ|ฯ ลง|สู่|ตัวชี้วัด|ของ|หน่วยงาน', indent=0, left=30)
    d.para('(๓) แผน|พัฒนา|เขต|ภาษีเจริญ|ที่|สอดคล้อง|กับ|แผน|ข้างต้น|และ|ความ|ต้องการ|ของ|ชุมชน|ทั้ง ๔๒ ชุมชน|ใน|เขต', indent=0, left=30)
    d.newpage()
    d.para('๓. การ|ถ่ายทอด|สู่|การ|ปฏิบัติ|ของ|สำนักงาน|เขต', bold=True, indent=0)
    d.table(['ด้าน|นโยบาย', 'ตัวอย่าง|โครงการ|ของ|เขต|ปี ๒๕๖๙', 'ฝ่าย|ที่|รับผิดชอบ'],
            [['ปลอดภัย|ดี', 'ไฟ|ส่อง|สว่าง|ซอย|เพชรเกษม ๕๔ และ|ทาง|เดิน|ริม|คลอง|บาง|หว้า', 'ฝ่าย|โยธา'],
             ['สุขภาพ|ดี', 'ตรวจ|ร้าน|อาหาร|ริม|บาท|วิถี|และ|ตลาด|นัด', 'ฝ่าย|สิ่งแวดล้อม|และ|สุขาภิบาล'],
             ['สิ่งแวดล้อม|ดี', 'ไม่|เท|รวม ถัง|ขยะ|อินทรีย์|ใน|ชุมชน', 'ฝ่าย|รักษา|ความ|สะอาด|และ|สวน|สาธารณะ'],
             ['เรียน|ดี', 'สนับสนุน|กิจกรรม|ของ|โรงเรียน|สังกัด|กรุงเทพมหานคร|ใน|พื้นที่', 'ฝ่าย|การ|ศึกษา'],
             ['บริหาร|จัดการ|ดี', 'เปิด|เผย|ข้อมูล|ตาม ITA และ|บริการ|ออนไลน์', 'ฝ่าย|ปกครอง']], [3, 6, 3], size=13)
    d.save()
    # ---------- O5 action plan (named 2569, content FY2568) + annual report FY2568
    d = Doc(U + 'action_plan_2569.pdf', header='แผนปฏิบัติราชการประจำปี ๒๕๖๘ สำนักงานเขตภาษีเจริญ', footer='ฝ่ายปกครอง สำนักงานเขตภาษีเจริญ', pagenum='top')
    d.title('แผนปฏิบัติราชการ', space=True, size=22)
    d.title('ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', size=18)
    d.title('สำนักงานเขตภาษีเจริญ', size=18)
    d.gap(8)
    d.para('แผนปฏิบัติราชการฉบับนี้จัดทำขึ้นเพื่อเป็นกรอบการดำเนินงานของสำนักงานเขตภาษีเจริญ ระหว่างวันที่ ๑ ตุลาคม ๒๕๖๗ ถึงวันที่ ๓๐ กันยายน ๒๕๖๘ โดยถ่ายทอดเป้าหมายจากแผนปฏิบัติราชการประจำปีของกรุงเทพมหานคร พ.ศ. ๒๕๖๘ มาสู่โครงการของฝ่ายต่าง ๆ')
    d.gap(4)
    d.table(['โครงการ/กิจกรรม', 'ตัวชี้วัด', 'งบประมาณ (บาท)', 'ระยะเวลา', 'ฝ่ายรับผิดชอบ'],
            [['ปรับปรุงทางเท้าถนนเพชรเกษม ช่วงซอย ๓๖-๔๘', 'ระยะทาง ๑.๒ กม.', '๔,๖๐๐,๐๐๐', 'ม.ค.-มิ.ย. ๒๕๖๘', 'ฝ่ายโยธา'],
             ['ขุดลอกคูคลองและเปิดทางน้ำไหล', '๑๒ คลอง', '๒,๑๕๐,๐๐๐', 'ต.ค. ๒๕๖๗-พ.ค. ๒๕๖๘', 'ฝ่ายโยธา'],
             ['คัดแยกขยะต้นทางในชุมชน', 'ร้อยละ ๓๐ ของชุมชน', '๓๘๐,๐๐๐', 'ตลอดปี ๒๕๖๘', 'ฝ่ายรักษาความสะอาดฯ'],
             ['ตรวจสุขาภิบาลอาหารร้านค้าริมทาง', '๔๕๐ ร้าน', '๑๒๐,๐๐๐', 'ตลอดปี ๒๕๖๘', 'ฝ่ายสิ่งแวดล้อมฯ'],
             ['จัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง', 'ร้อยละ ๙๕ ของเป้า', '-', 'ต.ค. ๒๕๖๗-ก.ย. ๒๕๖๘', 'ฝ่ายรายได้'],
             ['ทะเบียนเคลื่อนที่สำหรับผู้สูงอายุ', '๖ ครั้ง', '๖๐,๐๐๐', 'ตลอดปี ๒๕๖๘', 'ฝ่ายทะเบียน'],
             ['จัดระเบียบหาบเร่แผงลอย', '๘ จุดผ่อนผัน', '๒๕๐,๐๐๐', 'ตลอดปี ๒๕๖๘', 'ฝ่ายเทศกิจ'],
             ['ส่งเสริมอาชีพกลุ่มสตรีในชุมชน', '๒๐ กลุ่ม', '๑๘๐,๐๐๐', 'ก.พ.-ส.ค. ๒๕๖๘', 'ฝ่ายพัฒนาชุมชนฯ'],
             ['ซ้อมแผนป้องกันอัคคีภัยในชุมชนแออัด', '๔ ชุมชน', '๙๐,๐๐๐', 'มี.ค.-ก.ค. ๒๕๖๘', 'ฝ่ายปกครอง'],
             ['กีฬาเยาวชนต้านยาเสพติด', '๑ ครั้ง', '๑๕๐,๐๐๐', 'ก.ค. ๒๕๖๘', 'ฝ่ายการศึกษา']] * 2,
            [5, 3, 2, 2.4, 2.6], size=12)
    d.para('ทั้งนี้ ให้ฝ่ายที่รับผิดชอบรายงานความก้าวหน้าต่อผู้อำนวยการเขตทุกเดือน และสรุปผลเมื่อสิ้นปีงบประมาณ พ.ศ. ๒๕๖๘')
    d.sign('นายธนพล ศรีวงศ์ทอง', 'ผู้อำนวยการเขตภาษีเจริญ', date='อนุมัติ ณ วันที่ ๒๑ ตุลาคม ๒๕๖๗')
    d.save()
    d = Doc(U + 'annual_report_2568.pdf', header='รายงานผลการปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', footer=HDR)
    d.title('รายงานผลการปฏิบัติราชการ', space=True, size=20)
    d.title('ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (๑ ต.ค. ๒๕๖๗ – ๓๐ ก.ย. ๒๕๖๘)', size=16)
    d.gap(6)
    d.para('สำนักงานเขตภาษีเจริญได้ดำเนินโครงการตามแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๘ รวม ๓๒ โครงการ ดำเนินการแล้วเสร็จ ๒๙ โครงการ คิดเป็นร้อยละ ๙๐.๖๓ และเบิกจ่ายงบประมาณได้ร้อยละ ๙๓.๔๑ ของงบประมาณที่ได้รับจัดสรร รายละเอียดดังนี้')
    d.table(['โครงการ', 'เป้าหมาย', 'ผลการดำเนินงาน', 'สถานะ'],
            [['ปรับปรุงทางเท้าถนนเพชรเกษม', '๑.๒ กม.', '๑.๒ กม.', 'แล้วเสร็จ'],
             ['ขุดลอกคูคลอง', '๑๒ คลอง', '๑๒ คลอง', 'แล้วเสร็จ'],
             ['คัดแยกขยะต้นทาง', 'ร้อยละ ๓๐', 'ร้อยละ ๓๔', 'แล้วเสร็จ'],
             ['ตรวจสุขาภิบาลอาหาร', '๔๕๐ ร้าน', '๔๘๒ ร้าน', 'แล้วเสร็จ'],
             ['จัดเก็บภาษีที่ดินฯ', 'ร้อยละ ๙๕', 'ร้อยละ ๙๖.๒', 'แล้วเสร็จ'],
             ['ส่งเสริมอาชีพกลุ่มสตรี', '๒๐ กลุ่ม', '๑๔ กลุ่ม', 'ไม่แล้วเสร็จ (งบประมาณถูกปรับลด)'],
             ['ซ้อมแผนอัคคีภัย', '๔ ชุมชน', '๓ ชุมชน', 'เลื่อนไปปี ๒๕๖๙']], [5, 2, 2.5, 3], size=13)
    d.para('ปัญหาและอุปสรรค: งบประมาณบางรายการได้รับการจัดสรรล่าช้า และฝนตกหนักในช่วงเดือนสิงหาคม–กันยายน ๒๕๖๘ ทำให้งานก่อสร้างบางส่วนต้องหยุดชะงัก')
    d.sign('นายธนพล ศรีวงศ์ทอง', 'ผู้อำนวยการเขตภาษีเจริญ', date='วันที่ ๒๐ ตุลาคม ๒๕๖๘')
    d.save()
    # ---------- O6 manuals per division: letter-spaced titles
    steps = {'admin': ['รับหนังสือและลงทะเบียนรับในระบบสารบรรณอิเล็กทรอนิกส์', 'เสนอผู้บังคับบัญชาพิจารณาสั่งการ', 'แจกจ่ายเรื่องให้ผู้รับผิดชอบและติดตามผล'],
             'registration': ['ตรวจสอบคำร้องและเอกสารหลักฐาน', 'สอบสวนข้อเท็จจริงกรณีจำเป็น', 'บันทึกข้อมูลในระบบทะเบียนราษฎรและออกเอกสาร'],
             'finance': ['ตรวจสอบฎีกาเบิกจ่ายและเอกสารประกอบ', 'วางฎีกาในระบบ และจ่ายเงินผ่านบัญชีเจ้าหนี้', 'จัดทำรายงานการเงินประจำเดือน'],
             'revenue': ['สำรวจและปรับปรุงข้อมูลที่ดินและสิ่งปลูกสร้าง', 'ประเมินภาษีและแจ้งผู้เสียภาษี', 'รับชำระภาษีและติดตามผู้ค้างชำระ'],
             'works': ['รับคำขออนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร', 'ตรวจสอบแบบแปลนและสถานที่', 'เสนอผู้มีอำนาจออกใบอนุญาตภายในระยะเวลาที่กำหนด'],
             'health': ['รับคำขอใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร', 'ตรวจสถานประกอบการตามหลักสุขาภิบาล', 'ออกใบอนุญาตหรือแจ้งให้ปรับปรุงแก้ไข'],
             'cleansing': ['จัดรอบการเก็บขนมูลฝอยตามเส้นทาง', 'รับแจ้งจุดขยะตกค้างและเร่งจัดเก็บ', 'ดูแลสวนสาธารณะและตัดแต่งต้นไม้'],
             'municipal': ['ตรวจตราพื้นที่และจุดผ่อนผันการค้า', 'ว่ากล่าวตักเตือนหรือเปรียบเทียบปรับผู้กระทำผิด', 'รายงานผลการปฏิบัติงานประจำวัน'],
             'community': ['รับลงทะเบียนเบี้ยยังชีพผู้สูงอายุและคนพิการ', 'ตรวจสอบคุณสมบัติผู้มีสิทธิ', 'ประสานการจ่ายเงินและติดตามกรณีเปลี่ยนแปลง'],
             'education': ['ประสานงานกับโรงเรียนสังกัดกรุงเทพมหานครในพื้นที่', 'สนับสนุนกิจกรรมการเรียนรู้และกีฬา', 'ติดตามและรายงานผลต่อสำนักการศึกษา']}
    for key, name, scope in DIVS:
        d = Doc(U + 'manual_%s.pdf' % key, header='คู่มือการปฏิบัติงาน ' + name, footer=HDR)
        d.title('คู่มือการปฏิบัติงาน', space=True, size=22)
        d.title(name, size=18)
        d.title('สำนักงานเขตภาษีเจริญ ปรับปรุงครั้งที่ ๓ ปีงบประมาณ ๒๕๖๙', size=14, bold=False)
        d.gap(8)
        d.para('๑. วัตถุประสงค์', bold=True, indent=0)
        d.para('เพื่อให้เจ้าหน้าที่ของ%sปฏิบัติงานเป็นมาตรฐานเดียวกัน ลดความผิดพลาด และให้บริการประชาชนได้อย่างรวดเร็ว โปร่งใส ตรวจสอบได้' % name)
        d.para('๒. ขอบเขตงาน', bold=True, indent=0)
        d.para(scope)
        d.para('๓. ขั้นตอนการปฏิบัติงาน', bold=True, indent=0)
        for i, s in enumerate(steps[key], 1):
            d.para('๓.%s %s' % (th(i), s), indent=0, left=30)
        d.para('๔. มาตรฐานระยะเวลา', bold=True, indent=0)
        d.para('ให้ดำเนินการแล้วเสร็จตามระยะเวลาที่กำหนดในคู่มือสำหรับประชาชน หากเกินกำหนดให้รายงานหัวหน้าฝ่ายพร้อมเหตุผล')
        d.save()
    # ---------- O7 citizen manual: two columns, multi-page
    d = Doc(U + 'citizen_manual_2569.pdf', header='คู่มือสำหรับประชาชน สำนักงานเขตภาษีเจริญ', footer='จัดทำโดย ฝ่ายปกครอง ร่วมกับทุกฝ่าย ปีงบประมาณ ๒๕๖๙', pagenum='foot')
    d.title('คู่มือสำหรับประชาชน', space=True, size=22)
    d.title('งานบริการของสำนักงานเขตภาษีเจริญ ฉบับปรับปรุง พ.ศ. ๒๕๖๙', size=16)
    d.gap(6)
    svc = [('การแจ้งเกิด', 'ฝ่ายทะเบียน', 'หนังสือรับรองการเกิดจากโรงพยาบาล บัตรประจำตัวประชาชนของผู้แจ้ง', '๑๕ นาที', 'ไม่มีค่าธรรมเนียม'),
           ('การแจ้งย้ายที่อยู่', 'ฝ่ายทะเบียน', 'บัตรประจำตัวประชาชน ทะเบียนบ้านฉบับเจ้าบ้าน หนังสือยินยอมของเจ้าบ้าน', '๒๐ นาที', 'ไม่มีค่าธรรมเนียม'),
           ('การทำบัตรประจำตัวประชาชน', 'ฝ่ายทะเบียน', 'บัตรเดิม หรือเอกสารราชการที่มีรูปถ่าย', '๑๕ นาที', '๑๐๐ บาท กรณีบัตรหาย/ชำรุด'),
           ('การชำระภาษีป้าย', 'ฝ่ายรายได้', 'แบบ ภ.ป.๑ ภาพถ่ายป้าย และบัตรประจำตัวประชาชน', '๓๐ นาที', 'ตามอัตราภาษี'),
           ('การขออนุญาตก่อสร้างอาคาร', 'ฝ่ายโยธา', 'แบบ ข.๑ แบบแปลน รายการคำนวณ และสำเนาโฉนดที่ดิน', '๔๕ วัน', 'ตามกฎกระทรวง'),
           ('การขอใบอนุญาตจำหน่ายอาหาร', 'ฝ่ายสิ่งแวดล้อมและสุขาภิบาล', 'คำขอ สำเนาบัตร ใบรับรองแพทย์ของผู้สัมผัสอาหาร', '๓๐ วัน', 'ตามขนาดพื้นที่'),
           ('การขอรับเบี้ยยังชีพผู้สูงอายุ', 'ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม', 'บัตรประจำตัวประชาชน สมุดบัญชีเงินฝาก', '๑๕ นาที', 'ไม่มีค่าธรรมเนียม'),
           ('การแจ้งขนขยะชิ้นใหญ่', 'ฝ่ายรักษาความสะอาดและสวนสาธารณะ', 'แจ้งทางโทรศัพท์หรือ Traffy Fondue', '๓ วันทำการ', 'ไม่มีค่าธรรมเนียม')]
    for i, (nm, dv, docs_, tm, fee) in enumerate(svc, 1):
        d.need(120)
        d.para('%s. %s (%s)' % (th(i), nm, dv), bold=True, indent=0)
        d.twocol(['เอกสารที่ต้องใช้', docs_], ['ระยะเวลาให้บริการ : ' + tm, 'ค่าธรรมเนียม : ' + fee, 'ช่องทาง : ณ สำนักงานเขต หรือจองคิวผ่าน BMA Q'], size=13)
        d.gap(6)
    d.para('หมายเหตุ หากไม่ได้รับความสะดวก ติดต่อหัวหน้าฝ่ายปกครอง โทร. ๐ ๒๔๑๓ ๑๒๖๗ ต่อ ๑๑๒', indent=0)
    d.save()
    # ---------- O9 tax statistics FY2568 + FY2569 to date
    d = Doc(U + 'tax_stat.pdf', header='สถิติการจัดเก็บภาษี ฝ่ายรายได้', footer=HDR, land=True)
    d.title('ข้อมูลสถิติการจัดเก็บภาษี', space=True, size=20)
    d.title('ภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย สำนักงานเขตภาษีเจริญ', size=16)
    d.gap(4)
    d.para('ตารางที่ ๑ ผลการจัดเก็บ ปีงบประมาณ พ.ศ. ๒๕๖๘ (ต.ค. ๖๗ – ก.ย. ๖๘) และปีงบประมาณ พ.ศ. ๒๕๖๙ (ต.ค. ๖๘ – มี.ค. ๖๙)', indent=0, bold=True, size=14)
    months68 = ['ต.ค. ๖๗', 'พ.ย. ๖๗', 'ธ.ค. ๖๗', 'ม.ค. ๖๘', 'ก.พ. ๖๘', 'มี.ค. ๖๘', 'เม.ย. ๖๘', 'พ.ค. ๖๘', 'มิ.ย. ๖๘', 'ก.ค. ๖๘', 'ส.ค. ๖๘', 'ก.ย. ๖๘']
    land68 = [1.2, 0.9, 1.4, 3.1, 5.6, 9.8, 22.4, 6.3, 4.1, 2.2, 1.7, 1.1]
    sign68 = [0.3, 0.2, 0.2, 1.9, 2.6, 3.4, 0.8, 0.3, 0.2, 0.1, 0.1, 0.1]
    rows = [[m, th('{:,.2f}'.format(l * 1e6)), th('{:,.2f}'.format(s * 1e6)), th('{:,.2f}'.format((l + s) * 1e6))] for m, l, s in zip(months68, land68, sign68)]
    rows.append(['รวมปี ๒๕๖๘', th('{:,.2f}'.format(sum(land68) * 1e6)), th('{:,.2f}'.format(sum(sign68) * 1e6)), th('{:,.2f}'.format((sum(land68) + sum(sign68)) * 1e6))])
    months69 = ['ต.ค. ๖๘', 'พ.ย. ๖๘', 'ธ.ค. ๖๘', 'ม.ค. ๖๙', 'ก.พ. ๖๙', 'มี.ค. ๖๙']
    land69 = [1.3, 1.0, 1.2, 3.4, 6.1, 10.2]; sign69 = [0.2, 0.3, 0.2, 2.1, 2.4, 3.0]
    rows += [[m, th('{:,.2f}'.format(l * 1e6)), th('{:,.2f}'.format(s * 1e6)), th('{:,.2f}'.format((l + s) * 1e6))] for m, l, s in zip(months69, land69, sign69)]
    rows.append(['รวม ต.ค. ๖๘ – มี.ค. ๖๙', th('{:,.2f}'.format(sum(land69) * 1e6)), th('{:,.2f}'.format(sum(sign69) * 1e6)), th('{:,.2f}'.format((sum(land69) + sum(sign69)) * 1e6))])
    d.table(['เดือน', 'ภาษีที่ดินและสิ่งปลูกสร้าง (บาท)', 'ภาษีป้าย (บาท)', 'รวม (บาท)'], rows, [2, 3, 3, 3], size=11)
    d.para('ข้อมูล ณ วันที่ ๗ เมษายน ๒๕๖๙ ฝ่ายรายได้ สำนักงานเขตภาษีเจริญ', indent=0, size=13)
    d.save()
    # ---------- O10 revenue statistics, FY2567 only (file name says latest)
    d = Doc('uploads/revenue_stat_latest.pdf', header='ฝ่ายรายได้ สำนักงานเขตภาษีเจริญ', footer='สถิติการจัดเก็บรายได้')
    d.title('ข้อมูลสถิติการจัดเก็บรายได้', space=True, size=20)
    d.title('ประจำปีงบประมาณ ๒๕๖๗', space=True, size=18)
    d.gap(6)
    d.para('รายได้ที่สำนักงานเขตจัดเก็บนอกเหนือจากภาษี ได้แก่ ค่าธรรมเนียมใบอนุญาต ค่าปรับ ค่าเช่าทรัพย์สิน และรายได้เบ็ดเตล็ด สรุปรายไตรมาสได้ดังนี้')
    d.table(['ประเภทรายได้', 'ต.ค.-ธ.ค. ๖๖', 'ม.ค.-มี.ค. ๖๗', 'เม.ย.-มิ.ย. ๖๗', 'ก.ค.-ก.ย. ๖๗', 'รวม'],
            [['ค่าธรรมเนียมใบอนุญาตจำหน่ายอาหาร', '๒๑๒,๔๐๐', '๓๘๔,๒๐๐', '๑๑๐,๕๐๐', '๙๘,๖๐๐', '๘๐๕,๗๐๐'],
             ['ค่าธรรมเนียมควบคุมอาคาร', '๑๕๔,๓๒๐', '๑๖๗,๘๘๐', '๑๔๒,๒๐๐', '๑๗๕,๖๔๐', '๖๔๐,๐๔๐'],
             ['ค่าธรรมเนียมเก็บขนมูลฝอย', '๔๑๒,๖๐๐', '๔๓๐,๑๕๐', '๔๒๘,๙๐๐', '๔๓๕,๒๐๐', '๑,๗๐๖,๘๕๐'],
             ['ค่าปรับตามกฎหมาย', '๘๔,๒๐๐', '๙๑,๖๐๐', '๗๗,๔๐๐', '๖๙,๘๐๐', '๓๒๓,๐๐๐'],
             ['ค่าเช่าและรายได้เบ็ดเตล็ด', '๒๒,๐๐๐', '๒๒,๐๐๐', '๒๔,๕๐๐', '๒๔,๕๐๐', '๙๓,๐๐๐']], [5, 2, 2, 2, 2, 2], size=12)
    d.para('ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๗', indent=0, size=13)
    d.save()
    # ---------- O11 checklists
    cks = [('building', 'การขออนุญาตก่อสร้าง ดัดแปลง หรือรื้อถอนอาคาร (ข.๑)', ['คำขออนุญาตตามแบบ ข.๑', 'สำเนาโฉนดที่ดินหรือหนังสือยินยอมให้ใช้ที่ดิน', 'แบบแปลนและรายการประกอบแบบแปลน ๕ ชุด', 'รายการคำนวณโครงสร้าง', 'หนังสือรับรองผู้ออกแบบและผู้ควบคุมงาน', 'สำเนาใบอนุญาตประกอบวิชาชีพวิศวกรรมควบคุม']),
           ('food', 'การขอใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร', ['คำขอรับใบอนุญาต (แบบ สอ.๑)', 'สำเนาบัตรประจำตัวประชาชนและทะเบียนบ้าน', 'แผนที่ตั้งสถานประกอบการ', 'ใบรับรองการผ่านการอบรมผู้สัมผัสอาหาร', 'ตรวจพื้นที่: พื้น ผนัง ที่ล้างภาชนะ ที่รองรับขยะ', 'ตรวจพื้นที่: บ่อดักไขมัน และการระบายอากาศ']),
           ('sign', 'การยื่นแบบแสดงรายการภาษีป้าย', ['แบบ ภ.ป.๑', 'ภาพถ่ายป้ายพร้อมขนาด', 'สำเนาหนังสือรับรองนิติบุคคล (กรณีนิติบุคคล)', 'หนังสือมอบอำนาจ (ถ้ามี)']),
           ('hazard', 'การขอใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ', ['คำขอรับใบอนุญาต (แบบ กอ.๑)', 'สำเนาใบอนุญาตใช้อาคารหรือหลักฐานการครอบครอง', 'แผนผังสถานประกอบการ', 'ตรวจพื้นที่: การป้องกันเหตุรำคาญ เสียง กลิ่น ฝุ่น', 'ตรวจพื้นที่: ระบบบำบัดน้ำเสีย'])]
    for key, nm, items in cks:
        d = Doc(U + 'checklist_%s.pdf' % key, header='รายการตรวจ (Checklist) ' + nm, footer=HDR)
        d.title('รายการตรวจ (Checklist)', size=20)
        d.title('ในการพิจารณา' + nm, size=16)
        d.gap(6)
        d.table(['ลำดับ', 'รายการที่ตรวจ', 'มี', 'ไม่มี', 'หมายเหตุ'], [[th(i), s, '☐', '☐', ''] for i, s in enumerate(items, 1)], [1, 7, 1, 1, 3], size=13)
        d.para('ลงชื่อ ............................................ เจ้าหน้าที่ผู้ตรวจ   วันที่ ........./........./.........', indent=0, size=13)
        d.save()
    # ---------- O13 spending plan FY2569
    d = Doc(U + 'spending_plan_2569.pdf', header='แผนการใช้จ่ายงบประมาณ ประจำปี ๒๕๖๙', footer='ฝ่ายการคลัง สำนักงานเขตภาษีเจริญ', land=True)
    d.title('แผนการใช้จ่ายงบประมาณประจำปี', space=True, size=20)
    d.title('ปีงบประมาณ พ.ศ. ๒๕๖๙ สำนักงานเขตภาษีเจริญ', size=16)
    d.table(['หมวดรายจ่าย', 'งบประมาณ (บาท)', 'ไตรมาส ๑ (ต.ค.-ธ.ค. ๖๘)', 'ไตรมาส ๒ (ม.ค.-มี.ค. ๖๙)', 'ไตรมาส ๓ (เม.ย.-มิ.ย. ๖๙)', 'ไตรมาส ๔ (ก.ค.-ก.ย. ๖๙)'],
            [['งบบุคลากร', '๑๘๒,๔๕๐,๐๐๐', '๔๕,๖๐๐,๐๐๐', '๔๕,๖๐๐,๐๐๐', '๔๕,๖๒๕,๐๐๐', '๔๕,๖๒๕,๐๐๐'],
             ['งบดำเนินงาน', '๔๖,๘๒๐,๐๐๐', '๘,๒๐๐,๐๐๐', '๑๒,๖๐๐,๐๐๐', '๑๔,๑๒๐,๐๐๐', '๑๑,๙๐๐,๐๐๐'],
             ['งบลงทุน', '๓๑,๒๐๐,๐๐๐', '๒,๑๐๐,๐๐๐', '๗,๙๐๐,๐๐๐', '๑๔,๓๐๐,๐๐๐', '๖,๙๐๐,๐๐๐'],
             ['งบเงินอุดหนุน', '๒,๙๔๐,๐๐๐', '-', '๑,๔๗๐,๐๐๐', '๑,๔๗๐,๐๐๐', '-'],
             ['งบรายจ่ายอื่น', '๑,๑๐๐,๐๐๐', '๒๐๐,๐๐๐', '๓๐๐,๐๐๐', '๓๐๐,๐๐๐', '๓๐๐,๐๐๐'],
             ['รวม', '๒๖๔,๕๑๐,๐๐๐', '๕๖,๑๐๐,๐๐๐', '๖๗,๘๗๐,๐๐๐', '๗๕,๘๑๕,๐๐๐', '๖๔,๗๒๕,๐๐๐']], [3, 2.5, 2.5, 2.5, 2.5, 2.5], size=12)
    d.sign('นางสาวอรทัย มณีรัตน์', 'หัวหน้าฝ่ายการคลัง', date='จัดทำ ณ วันที่ ๓ พฤศจิกายน ๒๕๖๘')
    d.save()
    # ---------- O14 budget allocation, ordinance excerpt (ZWSP), community subsidy (two-col)
    d = Doc(U + 'budget_alloc_2569.pdf', header='ข้อมูลงบประมาณ ปี ๒๕๖๙', footer=HDR)
    d.title('ข้อมูลงบประมาณที่ได้รับจัดสรร', size=20)
    d.title('ปีงบประมาณ พ.ศ. ๒๕๖๙', space=True, size=16)
    d.para('สำนักงานเขตภาษีเจริญได้รับจัดสรรงบประมาณตามข้อบัญญัติงบประมาณรายจ่ายประจำปี พ.ศ. ๒๕๖๙ ของกรุงเทพมหานคร รวมทั้งสิ้น ๒๖๔,๕๑๐,๐๐๐ บาท จำแนกตามแผนงานได้ดังนี้')
    d.table(['แผนงาน', 'จำนวนเงิน (บาท)', 'ร้อยละ'],
            [['แผนงานบริหารทั่วไป', '๑๑๒,๓๔๐,๐๐๐', '๔๒.๔๗'], ['แผนงานรักษาความสะอาด', '๘๔,๒๒๐,๐๐๐', '๓๑.๘๔'],
             ['แผนงานโยธาและระบายน้ำ', '๔๑,๖๐๐,๐๐๐', '๑๕.๗๓'], ['แผนงานพัฒนาชุมชนและสวัสดิการ', '๑๖,๙๕๐,๐๐๐', '๖.๔๑'],
             ['แผนงานเทศกิจ', '๙,๔๐๐,๐๐๐', '๓.๕๕'], ['รวม', '๒๖๔,๕๑๐,๐๐๐', '๑๐๐.๐๐']], [5, 3, 2], size=13)
    d.save()
    d = Doc(U + 'budget_ordinance_2569.pdf', header='ข้อบัญญัติงบประมาณรายจ่ายประจำปี พ.ศ. ๒๕๖๙ (ส่วนของสำนักงานเขตภาษีเจริญ)', footer='สำเนาเพื่อการเผยแพร่', zwsp=True, wrap='word')
    d.title('ข้อบัญญัติ|กรุงเทพมหานคร')
    d.title('เรื่อง งบประมาณ|รายจ่าย|ประจำ|ปี พ.ศ. ๒๕๖๙', size=16)
    d.gap(4)
    d.para('โดย|ที่|เป็น|การ|สมควร|ตั้ง|งบประมาณ|รายจ่าย|ประจำ|ปี|ของ|กรุงเทพมหานคร|สำหรับ|ปี|งบประมาณ พ.ศ. ๒๕๖๙ อาศัย|อำนาจ|ตาม|พระราชบัญญัติ|ระเบียบ|บริหาร|ราชการ|กรุงเทพมหานคร พ.ศ. ๒๕๒๘ สภา|กรุงเทพมหานคร|จึง|ตรา|ข้อบัญญัติ|ไว้ ดัง|ต่อไปนี้')
    d.para('ข้อ ๑ ข้อบัญญัติ|นี้|เรียก|ว่า "ข้อบัญญัติ|งบประมาณ|รายจ่าย|ประจำ|ปี|งบประมาณ พ.ศ. ๒๕๖๙"')
    d.para('ข้อ ๒ ข้อบัญญัติ|นี้|ให้|ใช้|บังคับ|ตั้งแต่|วัน|ที่ ๑ ตุลาคม พ.ศ. ๒๕๖๘ เป็นต้นไป')
    d.para('ข้อ ๓ งบประมาณ|รายจ่าย|ของ|สำนักงาน|เขต|ภาษีเจริญ ตั้ง|จ่าย|เป็น|จำนวน ๒๖๔,๕๑๐,๐๐๐ บาท ตาม|รายละเอียด|แนบท้าย|ข้อบัญญัติ|นี้')
    d.para('(ส่วน|ที่|เกี่ยวข้อง|กับ|สำนักงาน|เขต|คัด|จาก|ฉบับ|ประกาศ|ของ|กรุงเทพมหานคร)', indent=0, size=13)
    d.save()
    d = Doc(U + 'community_subsidy_2569.pdf', header='ข้อมูลเงินอุดหนุนชุมชน ปี ๒๕๖๙', footer='ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม')
    d.title('ข้อมูลเงินอุดหนุนชุมชน', space=True, size=20)
    d.title('ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ (ชุมชนละ ๗๐,๐๐๐ บาท รวม ๔๒ ชุมชน)', size=15)
    names = ['ชุมชนวัดนวลนรดิศ', 'ชุมชนบางหว้าพัฒนา', 'ชุมชนริมคลองภาษีเจริญ', 'ชุมชนหลังตลาดบางแค', 'ชุมชนซอยเพชรเกษม ๒๘', 'ชุมชนวัดอ่างแก้ว',
             'ชุมชนคลองบางจาก', 'ชุมชนปากคลองภาษีเจริญ', 'ชุมชนหมู่บ้านเศรษฐกิจ', 'ชุมชนบางแวก', 'ชุมชนวัดรางบัว', 'ชุมชนคลองขวาง']
    d.twocol(['%s. %s  ๗๐,๐๐๐ บาท' % (th(i + 1), n) for i, n in enumerate(names[:6])], ['%s. %s  ๗๐,๐๐๐ บาท' % (th(i + 7), n) for i, n in enumerate(names[6:])], size=13)
    d.para('(ชุมชนลำดับที่ ๑๓ – ๔๒ ได้รับจัดสรรเท่ากัน รายละเอียดตามบัญชีแนบ) เบิกจ่ายงวดที่ ๑ เมื่อเดือนกุมภาพันธ์ ๒๕๖๙ สำหรับกิจกรรมด้านสุขภาพ สิ่งแวดล้อม และความปลอดภัยในชุมชน', indent=0, size=13)
    d.save()
    # ---------- O15 procurement announcements + monthly sor1
    anns = [('01', 'ประกาศเชิญชวน จ้างปรับปรุงทางเท้าถนนเพชรเกษม ช่วงซอย ๕๐-๖๒ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', '๑๒ พฤศจิกายน ๒๕๖๘'),
            ('02', 'ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุงานบ้านงานครัว โดยวิธีเฉพาะเจาะจง', '๔ ธันวาคม ๒๕๖๘'),
            ('03', 'ประกาศผู้ชนะการเสนอราคา จ้างปรับปรุงทางเท้าถนนเพชรเกษม ช่วงซอย ๕๐-๖๒', '๑๙ มกราคม ๒๕๖๙'),
            ('04', 'ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', '๒๘ ตุลาคม ๒๕๖๘'),
            ('05', 'ประกาศผู้ชนะการเสนอราคา จ้างขุดลอกคลองบางจาก โดยวิธีเฉพาะเจาะจง', '๑๐ มีนาคม ๒๕๖๙')]
    for no, txt, dt in anns:
        d = Doc(U + 'egp/announce_%s.pdf' % no, header='', footer='')
        d.title('ประกาศสำนักงานเขตภาษีเจริญ', size=18)
        d.title('เรื่อง ' + txt, size=15, bold=False)
        d.gap(6)
        d.para('ตามที่สำนักงานเขตภาษีเจริญได้ดำเนินการตามระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐ นั้น บัดนี้ ได้ดำเนินการตามขั้นตอนเรียบร้อยแล้ว จึงขอประกาศให้ทราบโดยทั่วกัน รายละเอียดสามารถตรวจสอบได้ที่ระบบ e-GP และระบบ e-GPBMA')
        d.sign('นายธนพล ศรีวงศ์ทอง', 'ผู้อำนวยการเขตภาษีเจริญ', date='ประกาศ ณ วันที่ ' + dt)
        d.save()
    cols = ['ลำดับที่', 'งานที่จัดซื้อหรือจัดจ้าง', 'วงเงินที่จะซื้อหรือจ้าง (บาท)', 'ราคากลาง (บาท)', 'วิธีซื้อหรือจ้าง', 'รายชื่อผู้เสนอราคาและราคาที่เสนอ',
            'ผู้ได้รับการคัดเลือกและราคาที่ตกลง', 'เหตุผลที่คัดเลือกโดยสรุป', 'เลขที่และวันที่ของสัญญาหรือข้อตกลง', 'เลขที่โครงการ e-GP']
    sor = {
        ('10', 'ตุลาคม ๒๕๖๘'): None,
        ('11', 'พฤศจิกายน ๒๕๖๘'): [['ซื้อวัสดุสำนักงาน', '๔๘,๖๐๐', '๔๘,๖๐๐', 'เฉพาะเจาะจง', 'หจก.ภาษีเจริญเครื่องเขียน ๔๘,๕๐๐', 'หจก.ภาษีเจริญเครื่องเขียน ๔๘,๕๐๐', 'ราคาต่ำสุด คุณสมบัติครบ', 'PO ๖๘๐๐๑๒ ลว. ๗ พ.ย. ๖๘', '๖๘๑๑๙๐๐๑๔๓๒'],
                                    ['จ้างซ่อมรถบรรทุกขยะ ๑ คัน', '๖๒,๐๐๐', '๖๑,๘๐๐', 'เฉพาะเจาะจง', 'บจก.ช่างยนต์บางหว้า ๖๑,๕๐๐', 'บจก.ช่างยนต์บางหว้า ๖๑,๕๐๐', 'ราคาไม่เกินราคากลาง', 'ใบสั่งจ้าง ๖๘๐๐๑๙ ลว. ๑๘ พ.ย. ๖๘', '๖๘๑๑๙๐๐๒๘๗๑']],
        ('12', 'ธันวาคม ๒๕๖๘'): [['ซื้อวัสดุงานบ้านงานครัว', '๓๕,๔๐๐', '๓๕,๔๐๐', 'เฉพาะเจาะจง', 'ร้านเจริญพาณิชย์ ๓๔,๙๐๐', 'ร้านเจริญพาณิชย์ ๓๔,๙๐๐', 'ราคาต่ำสุด', 'PO ๖๘๐๐๓๑ ลว. ๔ ธ.ค. ๖๘', '๖๘๑๒๙๐๐๐๔๑๒'],
                                   ['ซื้อน้ำมันเชื้อเพลิง', '๔๙๘,๐๐๐', '๔๙๘,๐๐๐', 'เฉพาะเจาะจง', 'บจก.ปิโตรเพชรเกษม ๔๙๘,๐๐๐', 'บจก.ปิโตรเพชรเกษม ๔๙๘,๐๐๐', 'สถานีบริการใกล้หน่วยงาน', 'สัญญา ๒/๒๕๖๙ ลว. ๑๑ ธ.ค. ๖๘', '๖๘๑๒๙๐๐๑๑๘๗']],
        ('01', 'มกราคม ๒๕๖๙'): [['จ้างปรับปรุงทางเท้าถนนเพชรเกษม ช่วงซอย ๕๐-๖๒', '๔,๘๐๐,๐๐๐', '๔,๗๖๕,๐๐๐', 'e-bidding', '๑. บจก.สยามโยธากิจ ๔,๓๙๐,๐๐๐ ๒. หจก.บางแคก่อสร้าง ๔,๕๒๐,๐๐๐ ๓. บจก.ธนาวัสดุ ๔,๖๘๘,๐๐๐', 'บจก.สยามโยธากิจ ๔,๓๙๐,๐๐๐', 'ราคาต่ำสุดและคุณสมบัติครบถ้วน', 'สัญญา ๕/๒๕๖๙ ลว. ๒๖ ม.ค. ๖๙', '๖๘๑๑๙๐๐๕๕๓๒']],
        ('02', 'กุมภาพันธ์ ๒๕๖๙'): [['ซื้อกระสอบทรายป้องกันน้ำท่วม', '๑๘๐,๐๐๐', '๑๗๙,๕๐๐', 'เฉพาะเจาะจง', 'หจก.รุ่งเรืองวัสดุ ๑๗๘,๐๐๐', 'หจก.รุ่งเรืองวัสดุ ๑๗๘,๐๐๐', 'ราคาไม่เกินราคากลาง', 'PO ๖๙๐๐๐๘ ลว. ๙ ก.พ. ๖๙', '๖๙๐๒๙๐๐๐๗๗๑'],
                                      ['จ้างเหมาทำความสะอาดอาคารสำนักงาน', '๔๒๐,๐๐๐', '๔๑๘,๐๐๐', 'เฉพาะเจาะจง', 'บจก.คลีนแอนด์แคร์ ๔๑๖,๐๐๐', 'บจก.คลีนแอนด์แคร์ ๔๑๖,๐๐๐', 'มีประสบการณ์ ราคาเหมาะสม', 'สัญญา ๗/๒๕๖๙ ลว. ๑๖ ก.พ. ๖๙', '๖๙๐๒๙๐๐๑๓๐๔']],
        ('03', 'มีนาคม ๒๕๖๙'): [['จ้างขุดลอกคลองบางจาก', '๔๙๕,๐๐๐', '๔๙๒,๖๐๐', 'เฉพาะเจาะจง', 'หจก.เจ้าพระยาขุดลอก ๔๙๐,๐๐๐', 'หจก.เจ้าพระยาขุดลอก ๔๙๐,๐๐๐', 'ราคาไม่เกินราคากลาง', 'สัญญา ๙/๒๕๖๙ ลว. ๑๐ มี.ค. ๖๙', '๖๙๐๓๙๐๐๐๖๒๕'],
                                  ['ซื้อวัสดุไฟฟ้าและวิทยุ', '๗๒,๓๐๐', '๗๒,๓๐๐', 'เฉพาะเจาะจง', 'ร้านบางหว้าการไฟฟ้า ๗๑,๘๐๐', 'ร้านบางหว้าการไฟฟ้า ๗๑,๘๐๐', 'ราคาต่ำสุด', 'PO ๖๙๐๐๑๕ ลว. ๒๐ มี.ค. ๖๙', '๖๙๐๓๙๐๐๑๑๒๐']]}
    for (mm, mname), rows in sor.items():
        yy = '2568' if mm in ('10', '11', '12') else '2569'
        d = Doc(U + 'sor1/sor1_%s%s.pdf' % (yy, mm), header='แบบ สขร.๑', footer='ฝ่ายการคลัง สำนักงานเขตภาษีเจริญ', land=True, size=14)
        d.L = 40; d.R = d.W - 40
        d.title('สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน' + mname, size=16)
        d.title('สำนักงานเขตภาษีเจริญ กรุงเทพมหานคร', size=14, bold=False)
        if rows is None:
            d.table(cols, [[''] * 10], [1, 4, 2, 2, 2, 4, 4, 3, 3, 2.4], size=9)
            d.gap(10)
            d.title('ไม่มีการจัดซื้อจัดจ้าง', space=True, size=18)
            d.para('ในรอบเดือนตุลาคม ๒๕๖๘ สำนักงานเขตภาษีเจริญไม่มีการจัดซื้อจัดจ้างที่ต้องรายงาน เนื่องจากอยู่ระหว่างรอการจัดสรรงบประมาณประจำปี', indent=0, size=13)
        else:
            d.table(cols, [[th(i)] + r for i, r in enumerate(rows, 1)], [1, 4, 2, 2, 2, 4, 4, 3, 3, 2.4], size=10, hsize=9)
        d.sign('นางสาวอรทัย มณีรัตน์', 'หัวหน้าฝ่ายการคลัง')
        d.save()
    # ---------- O17 complaint statistics FY2569
    d = Doc(U + 'complaint_stat_2569.pdf', header='ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต', footer=HDR)
    d.title('ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', size=18)
    d.title('ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ (ข้อมูล ต.ค. ๒๕๖๘ – มี.ค. ๒๕๖๙)', size=15, bold=False)
    d.table(['เดือน', 'จำนวนเรื่องที่รับ', 'ดำเนินการแล้วเสร็จ', 'อยู่ระหว่างดำเนินการ'],
            [[m, '๐', '๐', '๐'] for m in ['ตุลาคม ๒๕๖๘', 'พฤศจิกายน ๒๕๖๘', 'ธันวาคม ๒๕๖๘', 'มกราคม ๒๕๖๙', 'กุมภาพันธ์ ๒๕๖๙', 'มีนาคม ๒๕๖๙']] + [['รวม', '๐', '๐', '๐']],
            [3, 2, 2, 2], size=13)
    d.twocol(['ช่องทางที่รับเรื่อง', 'หนังสือ / ตู้รับเรื่อง / โทรศัพท์', 'อีเมล / Traffy Fondue'], ['เปรียบเทียบปีงบประมาณ ๒๕๖๘', 'รับเรื่องทั้งปี ๑ เรื่อง', 'ตรวจสอบแล้วไม่มีมูล ยุติเรื่อง'], size=13)
    d.para('หมายเหตุ ข้อมูล ณ วันที่ ๓ เมษายน ๒๕๖๙ ผู้รายงาน ฝ่ายปกครอง', indent=0, size=13)
    d.save()
    # ---------- O18 anti-bribery policy (2566, former director) + report FY2567
    d = Doc('uploads/2566/anti_bribery_policy.pdf', header='', footer='')
    d.title('ประกาศสำนักงานเขตภาษีเจริญ', size=18)
    d.title('เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)', size=16)
    d.gap(6)
    d.para('สำนักงานเขตภาษีเจริญมีความมุ่งมั่นในการปฏิบัติราชการด้วยความซื่อสัตย์สุจริต จึงกำหนดนโยบายต่อต้านการรับสินบนไว้ดังนี้')
    for i, s in enumerate(['ห้ามบุคลากรเรียก รับ หรือยอมจะรับทรัพย์สินหรือประโยชน์อื่นใด เพื่อกระทำหรือไม่กระทำการในหน้าที่', 'ผู้บังคับบัญชาทุกระดับต้องเป็นแบบอย่างและกำกับดูแลผู้ใต้บังคับบัญชา', 'จัดให้มีช่องทางแจ้งเบาะแสที่ปลอดภัยและคุ้มครองผู้แจ้ง', 'ทบทวนนโยบายและรายงานผลการปฏิบัติเป็นประจำทุกปี'], 1):
        d.para('%s. %s' % (th(i), s), indent=0, left=30)
    d.sign('นายสมเกียรติ บุญมาก', 'ผู้อำนวยการเขตภาษีเจริญ', date='ประกาศ ณ วันที่ ๑๕ ธันวาคม พ.ศ. ๒๕๖๖')
    d.save()
    d = Doc('uploads/2567/anti_bribery_report_2567.pdf', header='รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน ปี ๒๕๖๗', footer=HDR)
    d.title('รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน', size=17)
    d.title('ประจำปีงบประมาณ พ.ศ. ๒๕๖๗', space=True, size=16)
    d.table(['กิจกรรม', 'ผลการดำเนินการ', 'ช่วงเวลา'],
            [['ประชุมชี้แจงนโยบายแก่บุคลากร', 'ผู้เข้าร่วม ๒๑๐ คน', 'ม.ค. ๒๕๖๗'], ['ติดป้าย No Gift Policy ณ จุดบริการ', '๑๔ จุด', 'ก.พ. ๒๕๖๗'],
             ['ตรวจสอบเรื่องร้องเรียนการเรียกรับ', 'ไม่มีเรื่องร้องเรียน', 'ต.ค. ๖๖ – ก.ย. ๖๗']], [5, 3, 3], size=13)
    d.sign('นายสมเกียรติ บุญมาก', 'ผู้อำนวยการเขตภาษีเจริญ', date='วันที่ ๓๐ กันยายน ๒๕๖๗')
    d.save()
    # ---------- O20 discretion guideline: distributed justification
    d = Doc(U + 'discretion_guideline_2569.pdf', header='แนวทางการใช้ดุลยพินิจ สำนักงานเขตภาษีเจริญ', footer='ปีงบประมาณ ๒๕๖๙')
    d.title('แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่', size=18)
    d.title('สำนักงานเขตภาษีเจริญ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', size=16)
    d.gap(6)
    for s in ['เพื่อให้การใช้ดุลยพินิจของเจ้าหน้าที่ในการอนุมัติ อนุญาต และการบังคับใช้กฎหมาย เป็นไปอย่างโปร่งใส เป็นธรรม และตรวจสอบได้ สำนักงานเขตภาษีเจริญจึงกำหนดแนวทางไว้ดังนี้',
              '๑. การพิจารณาคำขอทุกประเภทให้ยึดหลักเกณฑ์ตามกฎหมาย คู่มือสำหรับประชาชน และรายการตรวจ (Checklist) ที่ประกาศไว้ และให้บันทึกเหตุผลประกอบการพิจารณาทุกครั้ง',
              '๒. กรณีที่กฎหมายเปิดให้ใช้ดุลยพินิจ ให้เจ้าหน้าที่เสนอความเห็นพร้อมข้อเท็จจริงต่อหัวหน้าฝ่าย และให้หัวหน้าฝ่ายเป็นผู้ตัดสินใจ โดยห้ามพิจารณาต่างกันในกรณีที่มีข้อเท็จจริงเหมือนกัน',
              '๓. การเปรียบเทียบปรับให้ใช้อัตราตามบัญชีที่ผู้อำนวยการเขตกำหนด และแจ้งเหตุผลแก่ผู้ถูกปรับเป็นลายลักษณ์อักษร',
              '๔. เจ้าหน้าที่ที่มีส่วนได้เสียกับคำขอ ต้องแจ้งและถอนตัวจากการพิจารณา',
              '๕. ให้ฝ่ายปกครองสุ่มตรวจการใช้ดุลยพินิจไตรมาสละ ๑ ครั้ง และรายงานผู้อำนวยการเขต']:
        d.distributed(s)
        d.gap(4)
    d.sign('นายธนพล ศรีวงศ์ทอง', 'ผู้อำนวยการเขตภาษีเจริญ', date='ประกาศ ณ วันที่ ๘ ธันวาคม ๒๕๖๘')
    d.save()
    # ---------- O21 assets & donations only (no seized goods)
    d = Doc(U + 'asset_donation_2569.pdf', header='การจัดการทรัพย์สินของราชการ', footer=HDR)
    d.title('แนวทางการใช้ทรัพย์สินของราชการ และการรับบริจาค', size=18)
    d.title('สำนักงานเขตภาษีเจริญ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', size=16, bold=False)
    d.gap(6)
    d.para('๑. การใช้และการยืมทรัพย์สินของราชการ', bold=True, indent=0)
    d.para('การยืมพัสดุหรือครุภัณฑ์ไปใช้นอกสำนักงาน ต้องทำหลักฐานการยืมเป็นลายลักษณ์อักษร ระบุเหตุผลและกำหนดวันส่งคืน โดยได้รับอนุมัติจากหัวหน้าฝ่ายที่ครอบครองพัสดุ ห้ามนำรถยนต์ราชการไปใช้เพื่อประโยชน์ส่วนตน')
    d.para('๒. การรับบริจาค', bold=True, indent=0)
    d.para('การรับเงินหรือสิ่งของบริจาคให้ออกใบรับ ลงทะเบียนคุมทรัพย์สิน และรายงานผู้อำนวยการเขตภายใน ๗ วัน สิ่งของที่รับบริจาคให้ใช้ตามวัตถุประสงค์ของผู้บริจาคเท่านั้น')
    d.para('๓. การตรวจสอบพัสดุประจำปี', bold=True, indent=0)
    d.para('ให้คณะกรรมการตรวจสอบพัสดุประจำปีตรวจนับและรายงานผลภายในเดือนพฤศจิกายนของทุกปี')
    d.sign('นายธนพล ศรีวงศ์ทอง', 'ผู้อำนวยการเขตภาษีเจริญ', date='ประกาศ ณ วันที่ ๒๕ พฤศจิกายน ๒๕๖๘')
    d.save()
    # ---------- O22 integrity measures FY2569 + 6-month report (served as attachment)
    d = Doc('store/ita_measures_2569.pdf', header='มาตรการยกระดับคุณธรรมและความโปร่งใส ปี ๒๕๖๙', footer=HDR, zwsp=True, wrap='mid', pagenum='all')
    d.title('มาตรการ|ใน|การ|ยกระดับ|คุณธรรม|และ|ความ|โปร่งใส|ภายใน|หน่วยงาน')
    d.title('สำนักงาน|เขต|ภาษีเจริญ ประจำ|ปี|งบประมาณ พ.ศ. ๒๕๖๙', size=16, bold=False)
    d.gap(4)
    d.para('๑. ผล|การ|ประเมิน ITA ประจำ|ปี|งบประมาณ พ.ศ. ๒๕๖๘', bold=True, indent=0)
    d.para('สำนักงาน|เขต|ภาษีเจริญ|ได้|คะแนน|รวม ๙๔.๑๒ คะแนน อยู่|ใน|ระดับ ผ่าน|ดี โดย IIT ได้ ๙๗.๘๐ คะแนน EIT ได้ ๙๓.๔๕ คะแนน และ OIT ได้ ๙๑.๐๐ คะแนน ข้อ|ที่|ไม่|ได้|คะแนน|คือ O๑๐ ข้อมูล|สถิติ|การ|จัดเก็บ|รายได้ และ O๑๕ สรุป|ผล|การ|จัดซื้อ|จัดจ้าง|ราย|เดือน|ที่|ไม่|ครบ|ทุก|เดือน')
    d.para('๒. การ|วิเคราะห์|ผล|การ|ประเมิน', bold=True, indent=0)
    d.twocol(['จุด|แข็ง', 'ผู้|บริหาร|ให้|ความ|สำคัญ|กับ|การ|ป้องกัน|การ|ทุจริต บุคลากร|รับรู้|นโยบาย No Gift Policy อย่าง|ทั่วถึง'],
             ['จุด|ที่|ต้อง|พัฒนา', 'การ|เผยแพร่|ข้อมูล|ยัง|ไม่|เป็น|ปัจจุบัน|ใน|บาง|หัวข้อ ประชาชน|บาง|ส่วน|ยัง|ไม่|ทราบ|ช่องทาง|ร้องเรียน'], size=13)
    d.para('๓. มาตรการ|ปี|งบประมาณ พ.ศ. ๒๕๖๙', bold=True, indent=0)
    d.table(['มาตรการ', 'ผู้|รับผิดชอบ', 'ระยะ|เวลา'],
            [['ตรวจ|ความ|ครบถ้วน|ของ|ข้อมูล|บน|เว็บไซต์|ตาม checklist ทุก|เดือน', 'ฝ่าย|ปกครอง', 'ต.ค. ๖๘ – ก.ย. ๖๙'],
             ['เผยแพร่|สรุป|ผล|การ|จัดซื้อ|จัดจ้าง|ราย|เดือน|ภายใน|วัน|ที่ ๑๐ ของ|เดือน|ถัดไป', 'ฝ่าย|การ|คลัง', 'ทุก|เดือน'],
             ['ประชาสัมพันธ์|ช่องทาง|ร้องเรียน|การ|ทุจริต ณ จุด|บริการ|และ|ออนไลน์', 'ฝ่าย|ปกครอง', 'ธ.ค. ๖๘'],
             ['อบรม|ให้|ความรู้|เรื่อง|ผล|ประโยชน์|ทับซ้อน', 'ฝ่าย|ปกครอง', 'ก.พ. ๖๙']], [6, 2.5, 2.5], size=13)
    d.newpage()
    d.para('๔. รายงาน|ผล|การ|ดำเนินการ|ตาม|มาตรการ รอบ ๖ เดือน (ต.ค. ๒๕๖๘ – มี.ค. ๒๕๖๙)', bold=True, indent=0)
    d.table(['มาตรการ', 'ผล|การ|ดำเนินการ'],
            [['ตรวจ|ความ|ครบถ้วน|ของ|ข้อมูล', 'ตรวจ|แล้ว ๖ ครั้ง ปรับปรุง|ข้อมูล ๑๑ รายการ'],
             ['สรุป|ผล|การ|จัดซื้อ|จัดจ้าง|ราย|เดือน', 'เผยแพร่|ครบ ต.ค. ๖๘ – มี.ค. ๖๙'],
             ['ประชาสัมพันธ์|ช่องทาง|ร้องเรียน', 'ติด|ป้าย ๑๔ จุด และ|เผยแพร่|ทาง Facebook'],
             ['อบรม|ผล|ประโยชน์|ทับซ้อน', 'จัด|อบรม|เมื่อ ๑๘ ก.พ. ๖๙ ผู้|เข้า|ร่วม ๑๘๖ คน']], [5, 6], size=13)
    d.sign('นายธนพล ศรีวงศ์ทอง', 'ผู้อำนวยการเขตภาษีเจริญ', date='รายงาน ณ วันที่ ๘ เมษายน ๒๕๖๙')
    d.save()


# ================================================================= HTML PAGES
NEWS = [
    ('n01', '๑๘ เม.ย. ๖๙', 'ผู้อำนวยการเขตลงพื้นที่ตรวจความคืบหน้าการปรับปรุงทางเท้าถนนเพชรเกษม', 'งานปรับปรุงทางเท้าช่วงซอย ๕๐–๖๒ ดำเนินการไปแล้วร้อยละ ๖๕ ผู้อำนวยการเขตกำชับผู้รับจ้างให้จัดทางเดินชั่วคราวที่ปลอดภัยสำหรับผู้สูงอายุและรถเข็น'),
    ('n02', '๙ เม.ย. ๖๙', 'สรุปผลการดำเนินงานไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๙', 'ในช่วงเดือนมกราคม–มีนาคม ๒๕๖๙ เขตภาษีเจริญจัดเก็บขยะได้เฉลี่ยวันละ ๓๑๒ ตัน ขุดลอกคลองแล้ว ๕ สาย ซ่อมไฟส่องสว่าง ๒๔๘ จุด และรับแจ้งเรื่องผ่าน Traffy Fondue ๑,๙๓๔ เรื่อง ดำเนินการแล้วเสร็จร้อยละ ๙๑'),
    ('n03', '๒๗ มี.ค. ๖๙', 'เขตภาษีเจริญจัดทะเบียนเคลื่อนที่ให้บริการผู้สูงอายุติดเตียง', 'เจ้าหน้าที่ฝ่ายทะเบียนออกให้บริการทำบัตรประจำตัวประชาชนถึงบ้านผู้สูงอายุและผู้ป่วยติดเตียง ๑๗ ราย ในพื้นที่แขวงบางหว้าและแขวงคูหาสวรรค์'),
    ('n04', '๑๒ มี.ค. ๖๙', 'ขุดลอกคลองบางจากเตรียมรับมือฤดูฝน', 'ฝ่ายโยธาร่วมกับสำนักการระบายน้ำขุดลอกคลองบางจากระยะทาง ๒.๔ กิโลเมตร เพื่อเพิ่มประสิทธิภาพการระบายน้ำก่อนเข้าสู่ฤดูฝน'),
    ('n05', '๒๕ ก.พ. ๖๙', 'ตรวจสุขาภิบาลอาหารตลาดนัดและร้านค้าริมทาง', 'ฝ่ายสิ่งแวดล้อมและสุขาภิบาลตรวจร้านอาหาร ๑๒๖ ร้าน ผ่านเกณฑ์ ๑๑๘ ร้าน และแนะนำให้ปรับปรุงอีก ๘ ร้าน'),
    ('n06', '๑๘ ก.พ. ๖๙', 'อบรมเสริมสร้างความรู้เรื่องผลประโยชน์ทับซ้อนแก่บุคลากร', 'สำนักงานเขตจัดอบรมให้ข้าราชการและลูกจ้าง ๑๘๖ คน เรียนรู้กรณีตัวอย่างผลประโยชน์ทับซ้อนและการปฏิเสธการรับของขวัญ'),
    ('n07', '๖ ก.พ. ๖๙', 'กีฬาเยาวชนเขตภาษีเจริญ ต้านยาเสพติด', 'ฝ่ายการศึกษาจัดการแข่งขันฟุตบอลและวอลเลย์บอลสำหรับเยาวชนในพื้นที่ มีนักเรียนจากโรงเรียนในเขตเข้าร่วมกว่า ๔๐๐ คน'),
    ('n08', '๒๐ ม.ค. ๖๙', 'วันเด็กแห่งชาติ ๒๕๖๙ ที่สำนักงานเขตภาษีเจริญ', 'จัดกิจกรรมเกมและแจกของขวัญแก่เด็กและเยาวชน โดยได้รับความร่วมมือจากภาคเอกชนในพื้นที่'),
]


def site():
    U = '/uploads/2569/'
    # -------- home
    newslist = ''.join('<div class="news"><img src="/img/news%d.jpg" width="120" height="75" alt=""><a href="/news/%s.html">%s</a><br><small>%s</small></div>' % ((i % 6) + 1, k, t, d) for i, (k, d, t, _) in enumerate(NEWS[:6]))
    page('index.html', 'หน้าแรก', '''<h2>ยินดีต้อนรับสู่เว็บไซต์%s</h2>
<p>ให้บริการวันจันทร์–ศุกร์ เวลา ๐๘.๓๐–๑๖.๓๐ น. และวันเสาร์ (เฉพาะงานทะเบียน) ๐๘.๓๐–๑๒.๐๐ น.</p>
<div class="banner"><a href="/ita/"><b>การประเมินคุณธรรมและความโปร่งใส (ITA) ปี ๒๕๖๙</b> – การเปิดเผยข้อมูลสาธารณะ (OIT)</a></div>
<h3>ข่าวประชาสัมพันธ์</h3>%s<p><a href="/news/">ข่าวทั้งหมด »</a></p>
<h3>บริการออนไลน์</h3>%s
<h3>ประกาศ</h3>%s''' % (DIST, newslist,
        ul([a('/services/eservice.html', 'E-Service บริการออนไลน์'), a('/services/permit-checklist.html', 'รายการตรวจ (Checklist) การขออนุญาต'), a('/complaints/', 'แจ้งเรื่องร้องเรียน')]),
        ul([a('/procurement/', 'ประกาศจัดซื้อจัดจ้าง'), a('/jobs.html', 'รับสมัครลูกจ้างชั่วคราว ตำแหน่งพนักงานเก็บขนมูลฝอย'), a('/budget/', 'ข้อมูลงบประมาณ')])), side=True)
    os.makedirs(os.path.join(SITE, 'css'), exist_ok=True)
    open(os.path.join(SITE, 'css/style.css'), 'w').write(CSS)
    # -------- about hub (O1)
    page('about/index.html', 'ข้อมูลพื้นฐาน', '''<h2>ข้อมูลพื้นฐานของสำนักงานเขต</h2>
<p>เขตภาษีเจริญมีพื้นที่ประมาณ ๑๗.๘ ตารางกิโลเมตร แบ่งเป็น ๗ แขวง มีชุมชนที่จดทะเบียน ๔๒ ชุมชน</p>
%s''' % ul([pdfa(U + 'structure.pdf', 'โครงสร้างการแบ่งส่วนราชการ (ปรับปรุง ๑ ต.ค. ๒๕๖๘)'), a('/about/executives.html', 'ข้อมูลผู้บริหาร'),
            pdfa(U + 'authority.pdf', 'อำนาจหน้าที่ของสำนักงานเขต'), a('/about/contact.html', 'ข้อมูลการติดต่อ'), a('/about/laws.html', 'กฎหมายที่เกี่ยวข้อง'),
            a('/about/history.html', 'ประวัติความเป็นมา'), a('/about/faq.html', 'ถาม-ตอบ (Q&A)')]))
    page('about/executives.html', 'ผู้บริหาร', '''<h2>ผู้บริหารสำนักงานเขตภาษีเจริญ</h2>
<table><tr><th>ภาพ</th><th>ชื่อ–สกุล</th><th>ตำแหน่ง</th><th>ติดต่อ</th></tr>
<tr><td><img src="/img/exec1.jpg" width="80" alt="ผู้อำนวยการเขต"></td><td>นายธนพล ศรีวงศ์ทอง</td><td>ผู้อำนวยการเขตภาษีเจริญ</td><td>โทร. ๐ ๒๔๑๓ ๑๒๖๗ ต่อ ๑๐๑<br>phasicharoen@bangkok.go.th</td></tr>
<tr><td><img src="/img/exec2.jpg" width="80" alt=""></td><td>นางสาววิไลวรรณ แก้วประเสริฐ</td><td>ผู้ช่วยผู้อำนวยการเขต (คนที่ ๑)</td><td>โทร. ๐ ๒๔๑๓ ๑๒๖๗ ต่อ ๑๐๒<br>phasicharoen@bangkok.go.th</td></tr>
<tr><td><img src="/img/exec4.jpg" width="80" alt=""></td><td>- ว่าง -</td><td>ผู้ช่วยผู้อำนวยการเขต (คนที่ ๒)</td><td>-</td></tr>
</table><p>ข้อมูล ณ วันที่ ๑ เมษายน ๒๕๖๙ · <a href="/divisions/">หัวหน้าฝ่ายต่าง ๆ</a></p>''')
    page('about/contact.html', 'ติดต่อเรา', '''<h2>ข้อมูลการติดต่อ</h2>
<p>%s<br>เลขที่ ๘๘๙ ถนนเพชรเกษม แขวงบางหว้า เขตภาษีเจริญ กรุงเทพมหานคร ๑๐๑๖๐</p>
<p>โทรศัพท์ ๐ ๒๔๑๓ ๑๒๖๗ (อัตโนมัติ ๑๐ คู่สาย)<br>โทรสาร ๐ ๒๔๑๓ ๑๒๖๘<br>อีเมล <a href="mailto:phasicharoen@bangkok.go.th">phasicharoen@bangkok.go.th</a></p>
<p>แผนที่ตั้งสำนักงาน:</p><img src="/img/map.png" width="480" height="300" alt="แผนที่สำนักงานเขตภาษีเจริญ">
<p><a href="https://maps.google.com/?q=สำนักงานเขตภาษีเจริญ" target="_blank">เปิดใน Google Maps</a></p>''' % DIST)
    page('about/laws.html', 'กฎหมายที่เกี่ยวข้อง', '<h2>กฎหมายที่เกี่ยวข้อง</h2>' + ul([
        '<a href="https://www.krisdika.go.th/" target="_blank">พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘</a>',
        '<a href="https://www.krisdika.go.th/" target="_blank">พระราชบัญญัติการทะเบียนราษฎร พ.ศ. ๒๕๓๔</a>',
        '<a href="https://www.krisdika.go.th/" target="_blank">พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒</a>',
        '<a href="https://www.krisdika.go.th/" target="_blank">พระราชบัญญัติควบคุมอาคาร พ.ศ. ๒๕๒๒</a>',
        '<a href="https://www.krisdika.go.th/" target="_blank">พระราชบัญญัติการสาธารณสุข พ.ศ. ๒๕๓๕</a>',
        '<a href="https://www.krisdika.go.th/" target="_blank">พระราชบัญญัติรักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. ๒๕๓๕</a>',
        '<a href="https://www.krisdika.go.th/" target="_blank">พระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘</a>']))
    page('about/history.html', 'ประวัติ', '<h2>ประวัติเขตภาษีเจริญ</h2><p>ชื่อเขตมาจากคลองภาษีเจริญ ซึ่งขุดขึ้นในสมัยรัชกาลที่ ๔ โดยใช้เงินภาษีฝิ่นเป็นทุน เพื่อเชื่อมแม่น้ำเจ้าพระยากับแม่น้ำท่าจีน พื้นที่เดิมเป็นสวนผลไม้และนาข้าว ปัจจุบันเป็นย่านพักอาศัยและการค้าริมถนนเพชรเกษม</p>')
    page('about/faq.html', 'ถาม-ตอบ', '<h2>ถาม-ตอบ (Q&amp;A)</h2>' + ''.join('<p><b>ถาม:</b> %s<br><b>ตอบ:</b> %s</p>' % q for q in [
        ('ทำบัตรประชาชนวันเสาร์ได้หรือไม่', 'ได้ เฉพาะวันเสาร์ เวลา ๐๘.๓๐–๑๒.๐๐ น. ที่ฝ่ายทะเบียน'),
        ('ชำระภาษีที่ดินออนไลน์ได้ที่ใด', 'ชำระผ่านแอปพลิเคชันของธนาคารหรือระบบ BMA e-Payment ได้ตามหนังสือแจ้งประเมิน'),
        ('ต้องการให้ตัดกิ่งไม้หน้าบ้าน ติดต่ออย่างไร', 'แจ้งผ่าน Traffy Fondue หรือโทร ๐ ๒๔๑๓ ๑๒๖๗ ต่อ ๔๐๑')]) +
        '<form><p>ส่งคำถามถึงเขต:</p><textarea rows="3" cols="50"></textarea><br><button type="button">ส่ง</button></form>')
    # -------- divisions
    heads = ['นางพรทิพย์ ใจดี', 'นายวรวุฒิ สมบูรณ์', 'นางสาวอรทัย มณีรัตน์', 'นายกิตติพงษ์ ทองคำ', 'นายศักดิ์ชัย เพชรรัตน์',
             'นางสุภาพร แสงจันทร์', 'นายประยุทธ ศรีสุข', 'นายอนุชา กล้าหาญ', 'นางมาลี รักษ์ชุมชน', 'นางสาวปวีณา เรียนดี']
    page('divisions/index.html', 'ฝ่ายต่าง ๆ', '<h2>ฝ่ายต่าง ๆ ในสำนักงานเขต</h2>' + ul([a('/divisions/%s.html' % k, n) for k, n, _ in DIVS]))
    for (k, n, scope), h in zip(DIVS, heads):
        extra = ''
        if k == 'education':
            extra = '<h3>โรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขต</h3><p>ในพื้นที่เขตภาษีเจริญมีโรงเรียนสังกัดกรุงเทพมหานครที่ฝ่ายการศึกษาประสานงานดูแล ดูรายชื่อ ที่ตั้ง และจำนวนนักเรียนได้ที่ ' + pdfa(U + 'school_list_2569.pdf', 'ข้อมูลโรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขตภาษีเจริญ ปี ๒๕๖๙') + '</p>'
        if k == 'revenue':
            extra = '<p>' + a('/revenue/', 'ข้อมูลภาษีและรายได้') + '</p>'
        page('divisions/%s.html' % k, n, '<h2>%s</h2><p>หัวหน้าฝ่าย: %s</p><p>ภารกิจ: %s</p><p>โทร. ๐ ๒๔๑๓ ๑๒๖๗</p>%s<p>%s</p>' % (
            n, h, scope, extra, a('/manuals/', 'คู่มือการปฏิบัติงานของฝ่าย')))
    # -------- manuals (O6)
    page('manuals/index.html', 'คู่มือการปฏิบัติงาน', '<h2>คู่มือการปฏิบัติหน้าที่ของเจ้าหน้าที่</h2><p>คู่มือการปฏิบัติงานของทุกฝ่าย ปรับปรุงปีงบประมาณ ๒๕๖๙</p><table><tr><th>ฝ่าย</th><th>เอกสาร</th></tr>' +
         ''.join('<tr><td>%s</td><td><a href="%smanual_%s.pdf" target="_blank">เปิดเอกสาร</a></td></tr>' % (n, U, k) for k, n, _ in DIVS) + '</table>')
    # -------- services (O7, O8, O11, O12 bait)
    page('services/index.html', 'บริการประชาชน', '<h2>บริการประชาชน</h2>' + ul([
        pdfa(U + 'citizen_manual_2569.pdf', 'คู่มือสำหรับประชาชน งานบริการของสำนักงานเขต (ฉบับปรับปรุง ๒๕๖๙)'),
        a('/services/eservice.html', 'E-Service บริการออนไลน์'), a('/services/permit-checklist.html', 'รายการตรวจ (Checklist) ในการพิจารณาออกใบอนุญาต'),
        'ศูนย์บริการร่วม ชั้น ๑ อาคารสำนักงานเขต']))
    page('services/eservice.html', 'E-Service', '''<h2>E-Service บริการออนไลน์</h2>
<table><tr><th>บริการ</th><th>ลิงก์</th></tr>
<tr><td>ยื่นคำขออนุญาตออนไลน์ (BMA OSS) – ก่อสร้างอาคาร ใบอนุญาตจำหน่ายอาหาร กิจการที่เป็นอันตรายต่อสุขภาพ</td><td><a href="https://oss.bangkok.go.th/" target="_blank">oss.bangkok.go.th</a></td></tr>
<tr><td>จองคิวล่วงหน้า งานทะเบียน/บัตรประชาชน (BMA Q)</td><td><a href="https://q.bangkok.go.th/" target="_blank">BMA Q</a></td></tr>
<tr><td>แจ้งปัญหาเมือง และติดตามสถานะเรื่องร้องเรียน</td><td><a href="https://traffy.in.th/?page_id=27351" target="_blank">Traffy Fondue</a></td></tr>
<tr><td>ชำระภาษีที่ดินและสิ่งปลูกสร้างออนไลน์</td><td><a href="https://propertytax.bangkok.go.th/" target="_blank">BMA e-Payment</a></td></tr>
</table><p>หมายเหตุ: การตรวจสอบความคืบหน้าคำขออนุญาต กรุณาติดต่อฝ่ายที่รับคำขอโดยตรงในเวลาราชการ</p>''')
    page('services/permit-checklist.html', 'Checklist', '<h2>รายการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต</h2>' + ul([
        pdfa(U + 'checklist_building.pdf', 'การขออนุญาตก่อสร้าง ดัดแปลง หรือรื้อถอนอาคาร'), pdfa(U + 'checklist_food.pdf', 'ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร'),
        pdfa(U + 'checklist_sign.pdf', 'การยื่นแบบภาษีป้าย'), pdfa(U + 'checklist_hazard.pdf', 'ใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ')]))
    # -------- revenue (O9, O10)
    page('revenue/index.html', 'ข้อมูลภาษีและรายได้', '<h2>ข้อมูลภาษีและรายได้</h2>' + ul([
        pdfa(U + 'tax_stat.pdf', 'ข้อมูลสถิติการจัดเก็บภาษี (ภาษีที่ดินและสิ่งปลูกสร้าง / ภาษีป้าย)'),
        pdfa('/uploads/revenue_stat_latest.pdf', 'ข้อมูลสถิติการจัดเก็บรายได้'),
        'กำหนดชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในเดือนเมษายน ๒๕๖๙']))
    # -------- budget (O13, O14)
    page('budget/index.html', 'งบประมาณ', '''<h2>งบประมาณ</h2>
<h3>แผนการใช้จ่ายงบประมาณประจำปี และรายงานผลการใช้จ่ายงบประมาณประจำปี</h3>%s
<h3>ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ และเงินอุดหนุนชุมชน</h3>%s''' % (
        ul([pdfa(U + 'spending_plan_2569.pdf', 'แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙'), 'รายงานผลการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (อยู่ระหว่างจัดทำ)']),
        ul([pdfa(U + 'budget_alloc_2569.pdf', 'ข้อมูลงบประมาณที่ได้รับจัดสรร ปี ๒๕๖๙'), pdfa(U + 'budget_ordinance_2569.pdf', 'ข้อบัญญัติงบประมาณรายจ่ายประจำปี พ.ศ. ๒๕๖๙'),
            pdfa(U + 'community_subsidy_2569.pdf', 'ข้อมูลเงินอุดหนุนชุมชน ปี ๒๕๖๙')])))
    # -------- procurement (O15)
    months = [('2568', '10', 'ตุลาคม ๒๕๖๘'), ('2568', '11', 'พฤศจิกายน ๒๕๖๘'), ('2568', '12', 'ธันวาคม ๒๕๖๘'), ('2569', '01', 'มกราคม ๒๕๖๙'), ('2569', '02', 'กุมภาพันธ์ ๒๕๖๙'), ('2569', '03', 'มีนาคม ๒๕๖๙')]
    page('procurement/index.html', 'จัดซื้อจัดจ้าง', '''<h2>ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง</h2>
<p>ตรวจสอบประกาศทั้งหมดได้ที่ระบบเผยแพร่ข้อมูลการจัดซื้อจัดจ้างของกรุงเทพมหานคร <a href="https://process3.gprocurement.go.th/egp2procmainWeb/" target="_blank">e-GP</a> และ <a href="https://e-gpbma.bangkok.go.th/" target="_blank">e-GPBMA</a></p>%s
<h2>สรุปผลการดำเนินการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.๑) ปีงบประมาณ ๒๕๖๙</h2>%s''' % (
        ul([pdfa(U + 'egp/announce_%s.pdf' % no, '%s (%s)' % (t, dt)) for no, t, dt in [
            ('04', 'ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', '๒๘ ต.ค. ๖๘'), ('01', 'ประกาศเชิญชวน จ้างปรับปรุงทางเท้าถนนเพชรเกษม ช่วงซอย ๕๐-๖๒ (e-bidding)', '๑๒ พ.ย. ๖๘'),
            ('02', 'ประกาศผู้ชนะ ซื้อวัสดุงานบ้านงานครัว', '๔ ธ.ค. ๖๘'), ('03', 'ประกาศผู้ชนะ จ้างปรับปรุงทางเท้าถนนเพชรเกษม ช่วงซอย ๕๐-๖๒', '๑๙ ม.ค. ๖๙'),
            ('05', 'ประกาศผู้ชนะ จ้างขุดลอกคลองบางจาก', '๑๐ มี.ค. ๖๙')]]),
        ul([pdfa(U + 'sor1/sor1_%s%s.pdf' % (y, m), 'สขร.๑ เดือน' + n) for y, m, n in months])))
    # -------- complaints (O17)
    page('complaints/index.html', 'ร้องเรียน', '''<h2>ช่องทางการร้องเรียนการทุจริตและประพฤติมิชอบ</h2>
<ul><li>ยื่นหนังสือด้วยตนเอง หรือทางไปรษณีย์ ถึงผู้อำนวยการเขตภาษีเจริญ (ระบุ "เรื่องร้องเรียนการทุจริต" หน้าซอง)</li>
<li>ตู้รับเรื่องร้องเรียน ชั้น ๑ อาคารสำนักงานเขต</li>
<li>โทรศัพท์ ๐ ๒๔๑๓ ๑๒๖๗ ต่อ ๑๑๒ (ฝ่ายปกครอง)</li>
<li>อีเมล <a href="mailto:phasicharoen@bangkok.go.th">phasicharoen@bangkok.go.th</a></li>
<li><a href="https://traffy.in.th/?page_id=27351" target="_blank">Traffy Fondue</a> หรือศูนย์รับเรื่องราวร้องทุกข์ กรุงเทพมหานคร โทร. ๑๕๕๕</li>
<li><a href="https://www.nacc.go.th/" target="_blank">สำนักงาน ป.ป.ช.</a></li></ul>
<p>ผู้ร้องเรียนจะได้รับความคุ้มครองและข้อมูลจะถูกเก็บเป็นความลับ</p>
<h3>ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต</h3>%s''' % ul([pdfa(U + 'complaint_stat_2569.pdf', 'สถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ ๒๕๖๙ (ต.ค. ๖๘ – มี.ค. ๖๙)')]))
    # -------- HR (O16 bait)
    page('hr/index.html', 'บุคลากร', '''<h2>การบริหารและพัฒนาทรัพยากรบุคคล</h2>
<div class="news"><img src="/img/news3.jpg" width="120" alt=""><a href="/news/n06.html">อบรมเสริมสร้างความรู้เรื่องผลประโยชน์ทับซ้อนแก่บุคลากร</a><br><small>๑๘ ก.พ. ๖๙</small></div>
<div class="news"><img src="/img/news5.jpg" width="120" alt="">โครงการพัฒนาบุคลากร ศึกษาดูงานการบริหารจัดการขยะ จังหวัดนนทบุรี<br><small>๑๔ ม.ค. ๖๙</small><p>เจ้าหน้าที่ฝ่ายรักษาความสะอาดฯ ๔๐ คน ศึกษาดูงานเพื่อนำแนวทางมาปรับใช้ในพื้นที่</p></div>
<p><a href="/jobs.html">ประกาศรับสมัครงาน</a></p>''')
    # -------- anticorruption (O18-O22)
    page('anticorruption/index.html', 'ป้องกันการทุจริต', '<h2>การป้องกันการทุจริต</h2>' + ul([
        pdfa('/uploads/2566/anti_bribery_policy.pdf', 'ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)'),
        pdfa('/uploads/2567/anti_bribery_report_2567.pdf', 'รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน'),
        pdfa('/download.php?id=19', 'การประเมินความเสี่ยงต่อการรับสินบน และรายงานผลการจัดการความเสี่ยง ปี ๒๕๖๙'),
        pdfa(U + 'discretion_guideline_2569.pdf', 'แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่'),
        pdfa(U + 'asset_donation_2569.pdf', 'การจัดการทรัพย์สินของราชการ'),
        pdfa('/download.php?id=22', 'มาตรการยกระดับคุณธรรมและความโปร่งใส และรายงานผล ปี ๒๕๖๙')]))
    # -------- ITA / OIT page
    rows = [
        ('O๑', 'ข้อมูลพื้นฐานของสำนักงานเขต', a('/about/', 'ข้อมูลพื้นฐาน')),
        ('O๒', 'นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร', a('/ita/o2.html', 'คลิกที่นี่')),
        ('O๓', 'โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต', pdfa(U + 'school_list_2569.pdf', 'ข้อมูลโรงเรียน ปี ๒๕๖๙')),
        ('O๔', 'การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน', a('/news/', 'ข่าวผลการดำเนินงาน')),
        ('0๕', 'แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี', pdfa(U + 'action_plan_2569.pdf', 'แผนปฏิบัติราชการประจำปี 2569') + '<br>' + pdfa(U + 'annual_report_2568.pdf', 'รายงานผลการปฏิบัติราชการ ปี 2568')),
        ('O๖', 'คู่มือการปฏิบัติหน้าที่', a('/manuals/', 'คู่มือของทุกฝ่าย')),
        ('O๗', 'คู่มือการให้บริการประชาชน', a('/services/', 'คู่มือสำหรับประชาชน')),
        ('O๘', 'E-Service', a('/services/eservice.html', 'บริการออนไลน์')),
        ('O๙', 'ข้อมูลสถิติการจัดเก็บภาษี', a('/revenue/', 'ข้อมูลภาษีและรายได้')),
        ('O๑๐', 'ข้อมูลสถิติการจัดเก็บรายได้', a('/revenue/', 'ข้อมูลภาษีและรายได้')),
        ('O๑๑', 'รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต', a('/services/permit-checklist.html', 'Checklist')),
        ('O๑๒', 'ระบบติดตาม (Tracking System) สถานะการขอใบอนุญาต', 'อยู่ระหว่างปรับปรุงระบบ'),
        ('O๑๓', 'แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายงบประมาณประจำปี', a('/budget/', 'งบประมาณ')),
        ('O๑๔', 'ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ ข้อมูลเงินอุดหนุนชุมชน', a('/budget/', 'งบประมาณ')),
        ('o15', 'ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้างรายเดือน', a('/procurement/', 'จัดซื้อจัดจ้าง')),
        ('O๑๖', 'หลักเกณฑ์การบริหาร และพัฒนาทรัพยากรบุคคล', a('/hr/', 'การบริหารทรัพยากรบุคคล')),
        ('O๑๗', 'ช่องทางการร้องเรียนการทุจริตและข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี', a('/complaints/', 'ช่องทางร้องเรียน / สถิติ')),
        ('O๑๘', 'ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) และการรายงานผลสู่การปฏิบัติ', a('/anticorruption/', 'ป้องกันการทุจริต')),
        ('O๑๙', 'การประเมินความเสี่ยงต่อการรับสินบนและการรายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน', pdfa('/download.php?id=19', 'ดาวน์โหลด')),
        ('O๒๐', 'แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่', pdfa(U + 'discretion_guideline_2569.pdf', 'เปิดเอกสาร')),
        ('O๒๑', 'การจัดการทรัพย์สินของราชการ ของบริจาคและการจัดเก็บของกลาง', pdfa(U + 'asset_donation_2569.pdf', 'เปิดเอกสาร')),
        ('O๒๒', 'มาตรการในการยกระดับคุณธรรมและความโปร่งใส และการรายงานผลการดำเนินงาน', pdfa('/download.php?id=22', 'ดาวน์โหลด'))]
    page('ita/index.html', 'ITA 2569', '<h2>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๙</h2><p>สำนักงานเขตภาษีเจริญ ผู้รับผิดชอบ: ฝ่ายปกครอง</p><table><tr><th>ข้อ</th><th>หัวข้อ</th><th>ข้อมูล</th></tr>' +
         ''.join('<tr><td>%s</td><td>%s</td><td>%s</td></tr>' % r for r in rows) + '</table>')
    page('ita/o2.html', 'O2', '<h2>นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร</h2>' + ul([
        pdfa(U + 'governor_policy.pdf', 'นโยบายผู้ว่าราชการกรุงเทพมหานคร ๙ ด้าน และแผนพัฒนากรุงเทพมหานครที่เกี่ยวข้อง (ฉบับเขตภาษีเจริญ ปี ๒๕๖๙)'),
        '<a href="https://www.bangkok.go.th/" target="_blank">แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี (เว็บไซต์กรุงเทพมหานคร)</a>']))
    page('ita/2568.html', 'ITA 2568', '<h2>การเปิดเผยข้อมูลสาธารณะ (OIT) ปี ๒๕๖๘ (ย้อนหลัง)</h2><p>เอกสารปีที่ผ่านมาถูกย้ายไปเก็บในระบบจัดเก็บเอกสาร กรุณาติดต่อฝ่ายปกครองหากต้องการสำเนา</p>' + ul([
        pdfa('/uploads/2566/anti_bribery_policy.pdf', 'O๑๘ ประกาศนโยบายต่อต้านการรับสินบน'), pdfa('/uploads/revenue_stat_latest.pdf', 'O๑๐ สถิติการจัดเก็บรายได้')]))
    # -------- news
    page('news/index.html', 'ข่าวประชาสัมพันธ์', '<h2>ข่าวประชาสัมพันธ์ / ผลการดำเนินงาน</h2>' + ''.join(
        '<div class="news"><img src="/img/news%d.jpg" width="120" alt=""><a href="/news/%s.html">%s</a><br><small>%s</small></div>' % ((i % 6) + 1, k, t, d) for i, (k, d, t, _) in enumerate(NEWS)))
    for i, (k, d, t, body) in enumerate(NEWS):
        page('news/%s.html' % k, t, '<h2>%s</h2><p><small>เผยแพร่ %s โดย ฝ่ายปกครอง (งานประชาสัมพันธ์)</small></p><img src="/img/news%d.jpg" width="320" alt=""><p>%s</p><p><a href="/news/">« กลับ</a></p>' % (t, d, (i % 6) + 1, body))
    # -------- noise
    page('gallery.html', 'ภาพกิจกรรม', '<h2>ภาพกิจกรรม</h2>' + ''.join('<img src="/img/news%d.jpg" width="200" alt="กิจกรรม %d"> ' % (i, i) for i in range(1, 7)))
    page('tourism.html', 'ท่องเที่ยว', '<h2>ท่องเที่ยวเขตภาษีเจริญ</h2>' + ul(['วัดนวลนรดิศวรวิหาร – วัดเก่าริมคลองด่าน', 'ตลาดน้ำริมคลองภาษีเจริญ (เฉพาะวันเสาร์–อาทิตย์)', 'เส้นทางปั่นจักรยานริมคลองบางหว้า', 'สวนสาธารณะเฉลิมพระเกียรติ']))
    page('jobs.html', 'รับสมัครงาน', '<h2>รับสมัครงาน</h2><p>สำนักงานเขตภาษีเจริญ รับสมัครบุคคลเพื่อจ้างเป็นลูกจ้างชั่วคราว ตำแหน่งพนักงานเก็บขนมูลฝอย จำนวน ๕ อัตรา รับสมัครตั้งแต่วันที่ ๒๐–๓๐ เมษายน ๒๕๖๙ ณ ฝ่ายรักษาความสะอาดและสวนสาธารณะ</p>')
    with open(os.path.join(SITE, 'robots.txt'), 'w') as f:
        f.write('User-agent: *\nDisallow: /admin/\n')


META = {
    'framework': 'bma-2567', 'as_of': '2026-04-20', 'start': '/', 'name_th': 'สำนักงานเขตภาษีเจริญ',
    'style': ('An ordinary Bangkok district site (green header, portal bar, yellow menu, left menu, visitor counter) for '
              'สำนักงานเขตภาษีเจริญ with fictional content, assessed 20 Apr 2026 (FY2569) against the ITA 2567 list. Every PDF comes out of an old Thai '
              'word processor: the text layer carries PUA-shaped tone marks and upper vowels (U+F700-F71A, e.g. ผู\\uf70b, ป\\uf713า), sara am written as '
              'nikhahit + sara aa, letter-spaced headings (ค ู ่ ม ื อ), ZWSP between words (O2, O14 ordinance, O22), lines broken mid-word, two-column '
              'blocks drawn row by row, headers/footers repeated per page, page numbers in Thai digits; O20 is distributed-justified so every cluster is '
              'placed separately and extracts letter-spaced. Rendered pages read as correct Thai. The OIT page /ita/ lists O1..O22 with codes written O๑, '
              '0๕, o15. Items: O1 pass (about hub, messy PDFs); O2 pass (ZWSP PDF); O3 broken (school list PDF 404); O4 pass (news in Thai-digit dates); '
              'O5 stale (link says plan 2569, PDF is the FY2568 plan); O6 pass (10 division manuals one click down); O7 pass (two-column citizen manual); '
              'O8 pass (external e-service links); O9 pass (tax stats FY68 + FY69 to Mar); O10 stale (revenue stats FY2567, year letter-spaced, file named '
              '"latest"); O11 pass (4 checklist PDFs); O12 missing (row says under repair; only Traffy complaint tracking); O13 incomplete (spending report '
              'FY2568 "อยู่ระหว่างจัดทำ"); O14 pass; O15 pass (announcements + สขร.1 Oct68-Mar69, Oct spaced "ไม่มีการจัดซื้อจัดจ้าง", e-GPBMA link); '
              'O16 missing (HR page = training news); O17 pass (channels + zero-count stats); O18 stale (policy Dec 2566 by former director, report FY2567); '
              'O19 broken (download.php?id=19 -> 500); O20 pass (distributed text); O21 incomplete (no seized goods); O22 pass (attachment via '
              'download.php?id=22).'),
    'author': 'blind', 'set': 'held-out-9',
    'server': {'status': {'/download.php?id=19': 500},
               'files': {'/download.php?id=22': {'file': 'store/ita_measures_2569.pdf',
                                                  'headers': {'Content-Type': 'application/pdf',
                                                              'Content-Disposition': 'attachment; filename="ita_measures_2569.pdf"'}}}},
}


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    make_images()
    docs()
    site()
    # the attachment served at /download.php?id=22 (also kept beside meta.json in case paths resolve there)
    os.makedirs(os.path.join(HERE, 'store'), exist_ok=True)
    shutil.copy(os.path.join(SITE, 'store/ita_measures_2569.pdf'), os.path.join(HERE, 'store/ita_measures_2569.pdf'))
    with open(os.path.join(HERE, 'meta.json'), 'w', encoding='utf-8') as f:
        json.dump(META, f, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
