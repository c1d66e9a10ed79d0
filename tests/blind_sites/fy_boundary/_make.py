#!/usr/bin/env python3
"""Generate the `fy_boundary` fixture site (สำนักงานเขตประเวศ, as_of 2025-12-19, bma-2567).

Run:  /work/blindenv/bin/python _make.py
Everything under site/ is rebuilt from scratch, deterministically.
"""
import io
import os
import random
import shutil
import zipfile

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, 'site')
FD = '/usr/share/fonts/truetype/tlwg/'

# ---------------------------------------------------------------- fonts
for name, fn in [('TH', 'Laksaman.ttf'), ('TH-B', 'Laksaman-Bold.ttf'),
                 ('GA', 'Garuda.ttf'), ('GA-B', 'Garuda-Bold.ttf'),
                 ('NO', 'Norasi.ttf'), ('NO-B', 'Norasi-Bold.ttf')]:
    pdfmetrics.registerFont(TTFont(name, FD + fn))

THD = str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙')


def th(s):
    """Arabic digits -> Thai digits."""
    return str(s).translate(THD)


MARKS = set(chr(c) for c in [0x0E31] + list(range(0x0E34, 0x0E3B)) + list(range(0x0E47, 0x0E4F)))


def clusters(s):
    out = []
    for ch in s:
        if out and (ch in MARKS or ch == 'ำ'):
            out[-1] += ch
        else:
            out.append(ch)
    return out


BREAK_WORDS = sorted(set("""การ ความ และ ของ ที่ ใน เพื่อ โดย ให้ ผู้ หรือ ตาม จาก กับ ซึ่ง เป็น มี ได้ ไม่ ทุก สำนักงาน
เขต กรุงเทพมหานคร ประจำ ปี งบประมาณ เจ้าหน้าที่ บุคลากร หลักเกณฑ์ แผน รายงาน ผล ดำเนิน ตรวจ อนุญาต ทรัพยากร
ทรัพย์สิน พัฒนา บริหาร ประกาศ ข้อมูล เรื่อง ราคา กลาง จ้าง ซื้อ สัญญา วันที่ เลขที่ ประชาชน บริการ ชุมชน ภาษี ค่า
ธรรมเนียม เดือน ระบบ ระยะเวลา เอกสาร คำขอ หน่วยงาน นโยบาย มาตรการ ความเสี่ยง ร้องเรียน ทุจริต สินบน กิจกรรม
โครงการ ฝ่าย หัวหน้า ผู้อำนวยการ อาคาร ถนน ทางเท้า ซอย จำนวน ร้อยละ ต่อ แล้ว เสร็จ ระหว่าง อยู่ คัดเลือก เหตุผล
วิธี เสนอ ตกลง ได้รับ รับ ส่ง สรุป ประเมิน คุณธรรม โปร่งใส ติดตาม สถานะ ขั้นตอน วัสดุ ซ่อม ปรับปรุง ป้าย อาหาร
สถานที่ จำหน่าย คุณสมบัติ ถูกต้อง เงื่อนไข อาชีพ วงเงิน เกิน ลูกจ้าง สรรหา ประกาศ คณะกรรมการ มาตรฐาน ตำแหน่ง
ระเบียบ กฎหมาย สอดคล้อง ตรวจสอบ รายได้ รายจ่าย ข้อบัญญัติ อุดหนุน สถิติ จัดเก็บ ผลการ ปฏิบัติ ราชการ ประจำปี
มูลฝอย สุขาภิบาล สิ่งแวดล้อม ทะเบียน ปกครอง การคลัง โยธา เทศกิจ การศึกษา โรงเรียน นักเรียน สวัสดิการ สังคม
ลอก ท่อ ระบายน้ำ น้ำ ก่อน ฤดูฝน ผิวจราจร ทางเท้า ผู้สูงอายุ อบรม ส่งเสริม แผงลอย หาบเร่ ตลาด คัดแยก ขยะ ต้นทาง จัดระเบียบ ป้องกัน ต่อต้าน ของขวัญ ของกำนัล ประพฤติ มิชอบ ยกระดับ ภายใน หน่วยงาน ผู้บริหาร วิเคราะห์ ประเด็น""".split()),
                     key=len, reverse=True)
LEAD = set('เแโใไ')
NOSTART = set('ะาำๅ') | MARKS


def _cands(w):
    """Break candidates: starts/ends of known words (greedy longest match), else syllable starts."""
    word, lead, inside = set(), set(), set()
    i = 0
    while i < len(w):
        for bw in BREAK_WORDS:
            if w.startswith(bw, i):
                word.add(i)
                word.add(i + len(bw))
                inside.update(range(i + 1, i + len(bw)))
                i += len(bw)
                break
        else:
            i += 1
    for i in range(1, len(w)):
        if w[i] in LEAD and i not in inside and w[i - 1] not in LEAD:
            lead.add(i)
    ok = lambda i: 0 < i < len(w) and w[i] not in NOSTART and w[i - 1] not in LEAD
    return set(filter(ok, word)), set(filter(ok, lead))


def break_long(w, sw, maxw):
    if all(ch in '0123456789๐๑๒๓๔๕๖๗๘๙,.-/%()' for ch in w):
        return [w]  # never split a number
    pieces = []
    while sw(w) > maxw:
        word, lead = _cands(w)
        fit = lambda c: [i for i in c if sw(w[:i]) <= maxw]
        fw, fl = fit(word), fit(lead)
        p = max(fw) if fw else 0
        if fl and max(fl) > p * 1.6:
            p = max(fl)
        if not p:
            acc = ''
            for c in clusters(w):
                if acc and sw(acc + c) > maxw:
                    break
                acc += c
            p = len(acc)
        pieces.append(w[:p])
        w = w[p:]
    pieces.append(w)
    return pieces


def wrap(text, font, size, maxw):
    sw = lambda s: pdfmetrics.stringWidth(s, font, size)
    lines = []
    for para in str(text).split('\n'):
        cur = ''
        for w in para.split(' '):
            cand = w if not cur else cur + ' ' + w
            if sw(cand) <= maxw:
                cur = cand
                continue
            # try to fill the current line with the head of w
            if cur:
                room = maxw - sw(cur + ' ')
                if room > maxw * 0.3:
                    ps = break_long(w, sw, room)
                    if len(ps) > 1 and sw(ps[0]) <= room:
                        word, _ = _cands(w)
                        if len(ps[0]) in word:
                            lines.append(cur + ' ' + ps[0])
                            w = w[len(ps[0]):]
                            cur = ''
                if cur:
                    lines.append(cur)
                    cur = ''
            ps = break_long(w, sw, maxw)
            lines.extend(ps[:-1])
            cur = ps[-1]
        lines.append(cur)
    return lines


def fix_zip(path, when=(2025, 1, 2, 9, 0, 0)):
    """Rewrite an OOXML zip with fixed timestamps so output is reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == 'docProps/core.xml':
                import re
                stamp = '%04d-%02d-%02dT%02d:%02d:%02dZ' % when
                data = re.sub(rb'(<dcterms:modified[^>]*>)[^<]*', lambda m: m.group(1) + stamp.encode(), data)
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def out(rel):
    p = os.path.join(SITE, rel.lstrip('/'))
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


class PDF:
    """Tiny flowing-text PDF writer with Thai-aware wrapping."""

    def __init__(self, rel, title='', author='', creator='Microsoft® Word 2016',
                 producer='Microsoft® Word 2016', date='20250101090000', pagesize=A4,
                 margins=(60, 60, 60, 60), watermark=None, font='TH', size=16,
                 pagenum=False, subject=''):
        self.path = out(rel)
        self.c = canvas.Canvas(self.path, pagesize=pagesize, invariant=1, pageCompression=1)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.c.setCreator(creator)
        self.c.setProducer(producer)
        self.c.setSubject(subject)
        self.c._doc.info._dateFormatter = lambda *a: "D:%s+07'00'" % date
        self.W, self.H = pagesize
        self.l, self.r, self.t, self.b = margins
        self.font, self.size = font, size
        self.watermark = watermark
        self.pagenum = pagenum
        self.page = 1
        self.y = self.H - self.t
        self._decorate()

    def _decorate(self):
        c = self.c
        if self.watermark:
            c.saveState()
            c.setFillColorRGB(0.85, 0.85, 0.85)
            c.setFont('TH-B', 150)
            c.translate(self.W / 2, self.H / 2)
            c.rotate(40)
            c.drawCentredString(0, -40, self.watermark)
            c.restoreState()
        if self.pagenum and self.page > 1:
            c.setFont(self.font, 14)
            c.drawCentredString(self.W / 2, self.H - 35, th('- %d -' % self.page))

    def newpage(self):
        self.c.showPage()
        self.page += 1
        self.y = self.H - self.t
        self._decorate()

    def need(self, h):
        if self.y - h < self.b:
            self.newpage()

    def text(self, s, size=None, bold=False, align='left', indent=0, lead=1.3, font=None,
             first=0, gray=None):
        size = size or self.size
        f = font or (self.font + '-B' if bold else self.font)
        maxw = self.W - self.l - self.r - indent
        lines = wrap(s, f, size, maxw - first)
        for i, ln in enumerate(lines):
            self.need(size * lead)
            self.y -= size * lead
            self.c.setFont(f, size)
            if gray is not None:
                self.c.setFillGray(gray)
            x = self.l + indent + (first if i == 0 else 0)
            if align == 'center':
                self.c.drawCentredString(self.l + indent + maxw / 2, self.y, ln)
            elif align == 'right':
                self.c.drawRightString(self.W - self.r, self.y, ln)
            else:
                self.c.drawString(x, self.y, ln)
            if gray is not None:
                self.c.setFillGray(0)

    def para(self, s, **kw):
        kw.setdefault('first', 36)
        self.text(s, **kw)

    def gap(self, h=8):
        self.y -= h

    def hr(self):
        self.need(6)
        self.y -= 4
        self.c.line(self.l, self.y, self.W - self.r, self.y)
        self.y -= 4

    def image(self, path, w, h, align='center'):
        self.need(h + 4)
        self.y -= h
        x = self.l if align == 'left' else (self.W - w) / 2 if align == 'center' else self.W - self.r - w
        self.c.drawImage(ImageReader(path), x, self.y, w, h, mask='auto')
        self.y -= 4

    def sign(self, lines, size=None, x=None):
        size = size or self.size
        self.need(size * 1.4 * len(lines) + 10)
        self.y -= 10
        cx = x or (self.W - self.r - 140)
        for ln in lines:
            self.y -= size * 1.4
            self.c.setFont(self.font, size)
            self.c.drawCentredString(cx, self.y, ln)

    def table(self, header, rows, widths, size=13, pad=3, hbold=True, lead=1.2):
        total = self.W - self.l - self.r
        cw = [w * total / sum(widths) for w in widths]
        fh = self.font + '-B' if hbold else self.font
        # shrink the font until every number fits its column
        while size > 9:
            ok = True
            for r in rows:
                for i, v in enumerate(r):
                    for tok in str(v).replace('\n', ' ').split(' '):
                        if tok and all(ch in '0123456789๐๑๒๓๔๕๖๗๘๙,.-/%()' for ch in tok) and \
                                pdfmetrics.stringWidth(tok, self.font, size) > cw[i] - 2 * pad:
                            ok = False
            if ok:
                break
            size -= 0.5

        def cell_lines(cells, f):
            return [wrap(str(v), f, size, cw[i] - 2 * pad) for i, v in enumerate(cells)]

        def draw_row(cells, f, shade=False):
            ls = cell_lines(cells, f)
            n = max(len(x) for x in ls)
            h = n * size * lead + 2 * pad
            return ls, h

        def paint(ls, h, f, shade):
            c = self.c
            top = self.y
            if shade:
                c.saveState()
                c.setFillGray(0.9)
                c.rect(self.l, top - h, total, h, stroke=0, fill=1)
                c.restoreState()
            x = self.l
            c.setFont(f, size)
            for i, cl in enumerate(ls):
                yy = top - pad
                for ln in cl:
                    yy -= size * lead
                    c.drawString(x + pad, yy + size * 0.25, ln)
                c.rect(x, top - h, cw[i], h, stroke=1, fill=0)
                x += cw[i]
            self.y = top - h

        self.y -= 5
        hl, hh = draw_row(header, fh)
        self.need(hh + size * 2)
        paint(hl, hh, fh, True)
        for r in rows:
            rl, rh = draw_row(r, self.font)
            if self.y - rh < self.b:
                self.newpage()
                paint(hl, hh, fh, True)
            paint(rl, rh, self.font, False)
        self.y -= 6

    def save(self):
        self.c.save()


def scan_pdf(rel, draw_fn, creator='Canon iR-ADV C5535  PDF', date='20241114153012', seed=1,
             size=(1240, 1754), rotate=0.6):
    """An image-only 'scanned' PDF: draw_fn(draw, font_fn, img) paints the page."""
    rnd = random.Random(seed)
    img = Image.new('L', size, 248)
    d = ImageDraw.Draw(img)

    def font_fn(sz, bold=False):
        return ImageFont.truetype(FD + ('Laksaman-Bold.ttf' if bold else 'Laksaman.ttf'), sz,
                                  layout_engine=ImageFont.Layout.RAQM)

    draw_fn(d, font_fn, img)
    for _ in range(2500):  # speckle
        x, y = rnd.randrange(size[0]), rnd.randrange(size[1])
        d.point((x, y), fill=rnd.choice([120, 160, 200]))
    img = img.rotate(rotate, resample=Image.BICUBIC, fillcolor=235)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    buf = io.BytesIO()
    img.save(buf, 'JPEG', quality=55)
    buf.seek(0)
    p = out(rel)
    c = canvas.Canvas(p, pagesize=A4, invariant=1)
    c.setCreator(creator)
    c.setProducer(creator)
    c.setTitle('')
    c.setAuthor('')
    c._doc.info._dateFormatter = lambda *a: "D:%s+07'00'" % date
    c.drawImage(ImageReader(buf), 0, 0, A4[0], A4[1])
    c.save()


def png_text(rel, w, h, bg, lines, fg=(255, 255, 255), sizes=None, seed=0, deco=True):
    """Simple illustrative image (banner/news photo stand-in) with Thai text."""
    rnd = random.Random(seed)
    img = Image.new('RGB', (w, h), bg)
    d = ImageDraw.Draw(img)
    if deco:
        for _ in range(14):
            x, y, r = rnd.randrange(w), rnd.randrange(h), rnd.randrange(20, max(21, h // 3))
            col = tuple(min(255, max(0, c + rnd.randrange(-40, 40))) for c in bg)
            d.ellipse((x - r, y - r, x + r, y + r), fill=col)
    y = h // 2 - (len(lines) * 34) // 2
    for i, ln in enumerate(lines):
        sz = (sizes or [30] * len(lines))[i]
        f = ImageFont.truetype(FD + 'Garuda-Bold.ttf', sz, layout_engine=ImageFont.Layout.RAQM)
        tw = d.textlength(ln, font=f)
        d.text(((w - tw) / 2, y), ln, font=f, fill=fg)
        y += int(sz * 1.5)
    p = out(rel)
    if rel.endswith('.jpg'):
        img.save(p, 'JPEG', quality=70)
    else:
        img.save(p, 'PNG', optimize=True)


def avatar(rel, seed, shirt=(30, 60, 120)):
    rnd = random.Random(seed)
    img = Image.new('RGB', (240, 300), (225 + rnd.randrange(20), 230, 238))
    d = ImageDraw.Draw(img)
    skin = (rnd.randrange(200, 235), rnd.randrange(165, 195), rnd.randrange(130, 160))
    d.ellipse((70, 50, 170, 170), fill=skin)
    d.ellipse((66, 40, 174, 110), fill=(30 + rnd.randrange(30),) * 3)
    d.ellipse((70, 70, 170, 170), fill=skin)
    d.rectangle((40, 200, 200, 300), fill=shirt)
    d.ellipse((40, 170, 200, 250), fill=shirt)
    d.polygon([(105, 180), (135, 180), (120, 230)], fill=(240, 240, 240))
    img.save(out(rel), 'JPEG', quality=75)


def write(rel, s):
    with open(out(rel), 'w', encoding='utf-8') as f:
        f.write(s)


# ====================================================================
#                          SITE CONTENT
# ====================================================================
OFFICE = 'สำนักงานเขตประเวศ'
ADDR = 'เลขที่ 999 ถนนเฉลิมพระเกียรติ ร.9 แขวงประเวศ เขตประเวศ กรุงเทพมหานคร 10250'
TEL = '02-328-7150'
FAX = '02-328-7151'
MAIL = 'prawet.office@bangkok.go.th'
DIRECTOR = 'นางสาวปิยาภรณ์ รัตนวิไล'
DIR_TH = '(นางสาวปิยาภรณ์ รัตนวิไล)'

CSS = """
body{margin:0;font-family:Tahoma,'Garuda',sans-serif;font-size:14px;background:#e9eef5;color:#222}
a{color:#1a4fa0}.bar{background:#123a73;color:#fff;padding:6px 12px;font-size:12px}
.head{background:linear-gradient(90deg,#1a4fa0,#3a7bd5);color:#fff;padding:16px 20px}.head h1{margin:0;font-size:24px}.head span{font-size:13px;opacity:.9}
.layout{display:flex;max-width:1180px;margin:12px auto;gap:12px}.side{width:230px;flex:none}.side ul{list-style:none;margin:0;padding:0;background:#fff;border:1px solid #c9d3e0}
.side li a{display:block;padding:8px 10px;border-bottom:1px solid #e3e8ef;text-decoration:none;color:#123a73}.side li a:hover{background:#eef3fb}
.side h3{background:#123a73;color:#fff;margin:0;padding:8px 10px;font-size:14px}
.content{flex:1;background:#fff;border:1px solid #c9d3e0;padding:16px 20px;min-height:500px}
table.g{border-collapse:collapse;width:100%}table.g td,table.g th{border:1px solid #b8c4d6;padding:6px 8px;vertical-align:top}table.g th{background:#dfe8f5}
.new{background:#e53935;color:#fff;font-size:11px;padding:1px 6px;border-radius:3px;margin-left:4px}
.old{color:#777;font-size:12px}.date{color:#777;font-size:12px}
.foot{background:#123a73;color:#cfd8e6;text-align:center;padding:14px;font-size:12px}
.exec{display:inline-block;width:200px;text-align:center;vertical-align:top;margin:8px}.exec img{width:120px;border:1px solid #ccc}
"""

SIDE = [('/', 'หน้าหลัก'), ('/page/about.html', 'ข้อมูลหน่วยงาน'), ('/page/executives.html', 'ผู้บริหาร'),
        ('/page/sub/20145/ข่าวประชาสัมพันธ์/', 'ข่าวประชาสัมพันธ์'), ('/page/policy.html', 'นโยบายและแผน'),
        ('/page/services.html', 'บริการประชาชน'), ('/page/eservice.html', 'E-Service'),
        ('/page/finance.html', 'งบประมาณ'), ('/page/procurement.html', 'จัดซื้อจัดจ้าง'),
        ('/page/complaint.html', 'ร้องเรียนการทุจริต'), ('/ita/oit-2569.html', 'ITA 2569 (OIT)'),
        ('/page/contact.html', 'ติดต่อเรา')]


def page(rel, title, body):
    side = ''.join('<li><a href="%s">%s</a></li>' % (h, t) for h, t in SIDE)
    html = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{title} - {OFFICE}</title>
<link rel="stylesheet" href="/css/portal.css"></head>
<body>
<div class="bar">กรุงเทพมหานคร | สำนักงานเขต 50 เขต | <a href="/" style="color:#fff">{OFFICE}</a></div>
<div class="head"><h1>{OFFICE}</h1><span>Prawet District Office · ยินดีให้บริการด้วยความโปร่งใส</span></div>
<div class="layout"><div class="side"><h3>เมนูหลัก</h3><ul>{side}</ul></div>
<div class="content">
{body}
</div></div>
<div class="foot">{OFFICE} {ADDR} โทร {TEL} โทรสาร {FAX}<br>Copyright © 2025 Prawet District Office · ปรับปรุงล่าสุด 16 ธ.ค. 68</div>
</body></html>
"""
    write(rel, html)


DIVS = [
    ('ปกครอง', 'งานธุรการ สารบรรณ การเจ้าหน้าที่ นิติการ ประชาสัมพันธ์ และอำนวยการทั่วไป'),
    ('ทะเบียน', 'งานทะเบียนราษฎร บัตรประจำตัวประชาชน ทะเบียนครอบครัว และทะเบียนพาณิชย์'),
    ('การคลัง', 'งานการเงิน บัญชี งบประมาณ พัสดุและการจัดซื้อจัดจ้าง'),
    ('รายได้', 'งานจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย และค่าธรรมเนียม'),
    ('โยธา', 'งานควบคุมอาคาร ออกใบอนุญาตก่อสร้าง บำรุงรักษาถนน ทางเท้า และระบบระบายน้ำ'),
    ('สิ่งแวดล้อมและสุขาภิบาล', 'งานสุขาภิบาลอาหาร ใบอนุญาตด้านสาธารณสุข และควบคุมเหตุรำคาญ'),
    ('รักษาความสะอาดและสวนสาธารณะ', 'งานเก็บขนมูลฝอย กวาดถนน และดูแลสวนสาธารณะ'),
    ('เทศกิจ', 'งานรักษาความเป็นระเบียบเรียบร้อย จัดระเบียบหาบเร่แผงลอย'),
    ('พัฒนาชุมชนและสวัสดิการสังคม', 'งานพัฒนาชุมชน กรรมการชุมชน และสวัสดิการสังคม'),
    ('การศึกษา', 'งานส่งเสริมและกำกับดูแลโรงเรียนสังกัดกรุงเทพมหานครในพื้นที่'),
]
EXECS = [('dir', DIRECTOR, 'ผู้อำนวยการเขตประเวศ', '02-328-7150 ต่อ 100', 'director.prawet@bangkok.go.th'),
         ('asst1', 'นายชาญวิทย์ บุญมาก', 'ผู้ช่วยผู้อำนวยการเขตประเวศ', '02-328-7150 ต่อ 101', 'asst1.prawet@bangkok.go.th'),
         ('asst2', 'นายเอกชัย สุขเจริญ', 'ผู้ช่วยผู้อำนวยการเขตประเวศ', '02-328-7150 ต่อ 102', 'asst2.prawet@bangkok.go.th')]
HEADS = ['นายวิโรจน์ แสงทอง', 'นางสาวสุนิสา พึ่งบุญ', 'นางกาญจนา ศรีทองคำ', 'นายภาณุวัฒน์ รักษ์ไทย', 'นายสมศักดิ์ คงมั่น',
         'นางสาวชุติมา แก้วประเสริฐ', 'นายบุญเลิศ ทองใบ', 'นายจักรพันธ์ วงศ์ใหญ่', 'นางรัชนี มณีวงศ์', 'นางสาวธิดารัตน์ ใจดี']
MONTH_TH = {1: 'มกราคม', 2: 'กุมภาพันธ์', 3: 'มีนาคม', 4: 'เมษายน', 5: 'พฤษภาคม', 6: 'มิถุนายน',
            7: 'กรกฎาคม', 8: 'สิงหาคม', 9: 'กันยายน', 10: 'ตุลาคม', 11: 'พฤศจิกายน', 12: 'ธันวาคม'}
MONTH_AB = {1: 'ม.ค.', 2: 'ก.พ.', 3: 'มี.ค.', 4: 'เม.ย.', 5: 'พ.ค.', 6: 'มิ.ย.', 7: 'ก.ค.', 8: 'ส.ค.',
            9: 'ก.ย.', 10: 'ต.ค.', 11: 'พ.ย.', 12: 'ธ.ค.'}


# -------------------------------------------------------------- images
def make_images():
    img = Image.new('RGBA', (110, 110), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.ellipse((3, 3, 107, 107), fill=(26, 79, 160), outline=(230, 190, 60), width=5)
    f = ImageFont.truetype(FD + 'Garuda-Bold.ttf', 24, layout_engine=ImageFont.Layout.RAQM)
    d.text((22, 38), 'กทม.', font=f, fill=(255, 255, 255))
    img.save(out('img/logo.png'))
    for i, e in enumerate(EXECS):
        avatar('img/exec/%s.jpg' % e[0], seed=300 + i, shirt=[(20, 50, 110), (110, 30, 30), (30, 80, 50)][i])
    for i in range(10):
        avatar('img/exec/h%d.jpg' % (i + 1), seed=320 + i, shirt=(60, 60, 90))
    png_text('img/banner-ita2569.jpg', 900, 220, (18, 58, 115), ['ITA 2569', 'สำนักงานเขตประเวศ ร่วมขับเคลื่อนความโปร่งใส'], sizes=[48, 26], seed=5)
    img = Image.new('RGB', (620, 380), (238, 240, 233))
    d = ImageDraw.Draw(img)
    d.line((0, 200, 620, 170), fill=(250, 205, 110), width=16)
    d.line((120, 0, 150, 380), fill=(160, 200, 230), width=12)
    d.ellipse((300, 160, 328, 188), fill=(200, 30, 30))
    f = ImageFont.truetype(FD + 'Garuda-Bold.ttf', 17, layout_engine=ImageFont.Layout.RAQM)
    d.text((335, 150), 'สำนักงานเขตประเวศ', font=f, fill=(30, 30, 30))
    d.text((380, 205), 'ถนนเฉลิมพระเกียรติ ร.9', font=f, fill=(80, 80, 80))
    d.text((160, 20), 'คลองประเวศบุรีรมย์', font=f, fill=(40, 70, 110))
    img.save(out('img/map-prawet.png'))
    img = Image.new('RGB', (900, 360), (255, 255, 255))
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FD + 'Garuda.ttf', 14, layout_engine=ImageFont.Layout.RAQM)

    def box(x, y, w, h, t):
        d.rectangle((x, y, x + w, y + h), outline=(26, 79, 160), width=2, fill=(232, 240, 252))
        tw = d.textlength(t, font=f)
        d.text((x + (w - tw) / 2, y + h / 2 - 10), t, font=f, fill=(0, 0, 0))
    box(350, 10, 200, 40, 'ผู้อำนวยการเขตประเวศ')
    box(200, 75, 200, 36, 'ผู้ช่วยผู้อำนวยการเขต')
    box(500, 75, 200, 36, 'ผู้ช่วยผู้อำนวยการเขต')
    d.line((450, 50, 450, 140), fill=0, width=2)
    d.line((80, 140, 820, 140), fill=0, width=2)
    for i, (dv, _) in enumerate(DIVS):
        x = 5 + (i % 5) * 178
        y = 165 if i < 5 else 265
        box(x, y, 168, 48, 'ฝ่าย' + (dv if len(dv) < 12 else dv.split('และ')[0] + 'ฯ'))
    img.save(out('img/structure-prawet.png'))


# ------------------------------------------------------------ documents
def doc_action_plans():
    # FY2569 plan, freshly approved
    p = PDF('docs/2569/action-plan-2569.pdf', title='แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569 สำนักงานเขตประเวศ',
            author='ฝ่ายปกครอง', date='20251112140000', pagenum=True)
    p.gap(70)
    p.text('แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๙', size=26, bold=True, align='center')
    p.text('(๑ ตุลาคม ๒๕๖๘ - ๓๐ กันยายน ๒๕๖๙)', size=18, align='center')
    p.text('สำนักงานเขตประเวศ กรุงเทพมหานคร', size=22, align='center')
    p.newpage()
    p.text('๑. ความสอดคล้องกับแผนระดับกรุงเทพมหานคร', bold=True)
    p.para('แผนปฏิบัติราชการฉบับนี้ถ่ายทอดจากแผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๓ (พ.ศ. ๒๕๖๖ - ๒๕๗๐) '
           'แผนปฏิบัติราชการประจำปีของกรุงเทพมหานคร พ.ศ. ๒๕๖๙ และนโยบายผู้ว่าราชการกรุงเทพมหานคร')
    p.text('๒. โครงการ/กิจกรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', bold=True)
    p.table(['ที่', 'โครงการ/กิจกรรม', 'ผู้รับผิดชอบ', 'งบประมาณ\n(บาท)', 'ระยะเวลา', 'ตัวชี้วัด'], [
        ['๑', 'ก่อสร้างเขื่อน ค.ส.ล. คลองประเวศบุรีรมย์ ช่วงที่ ๒', 'ฝ่ายโยธา', '๑๒,๔๐๐,๐๐๐', 'ธ.ค. ๖๘ - ก.ค. ๖๙', 'ความยาวเขื่อน ๓๘๐ เมตร'],
        ['๒', 'ลอกท่อระบายน้ำและขุดลอกคูคลอง', 'ฝ่ายโยธา', '๒,๑๐๐,๐๐๐', 'ม.ค. - เม.ย. ๖๙', 'ความยาว ๒๒ กม.'],
        ['๓', 'คัดแยกขยะต้นทางในหมู่บ้านจัดสรร', 'ฝ่ายรักษาความสะอาดฯ', '๔๒๐,๐๐๐', 'ต.ค. ๖๘ - ก.ย. ๖๙', '๓๐ หมู่บ้าน'],
        ['๔', 'ตรวจสุขลักษณะตลาดและร้านอาหาร', 'ฝ่ายสิ่งแวดล้อมฯ', '๙๐,๐๐๐', 'ต.ค. ๖๘ - ก.ย. ๖๙', 'ร้อยละ ๙๐ ผ่านเกณฑ์'],
        ['๕', 'เขตประเวศโปร่งใส ร่วมต้านทุจริต ปี ๒๕๖๙', 'ฝ่ายปกครอง', '๖๐,๐๐๐', 'ต.ค. ๖๘ - ก.ย. ๖๙', 'คะแนน ITA ไม่น้อยกว่า ๙๕'],
        ['๖', 'ส่งเสริมอาชีพผู้สูงอายุและคนพิการ', 'ฝ่ายพัฒนาชุมชนฯ', '๒๖๐,๐๐๐', 'ก.พ. - มิ.ย. ๖๙', '๑๘๐ คน'],
    ], [0.5, 4, 2.2, 1.8, 2, 2.4], size=12)
    p.text('๓. การติดตามประเมินผล: รายงานผลรอบ ๖ เดือน (ต.ค. ๖๘ - มี.ค. ๖๙) และรายงานประจำปี', bold=True)
    p.sign(['ให้ความเห็นชอบ ณ วันที่ ๑๑ พฤศจิกายน ๒๕๖๘', '', DIR_TH, 'ผู้อำนวยการเขตประเวศ'])
    p.save()
    # FY2568 plan (last year's, still listed)
    p = PDF('docs/2568/action-plan-2568.pdf', title='แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568 สำนักงานเขตประเวศ',
            author='ฝ่ายปกครอง', date='20241120100000')
    p.text('แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๘', size=24, bold=True, align='center')
    p.text('สำนักงานเขตประเวศ', size=20, align='center')
    p.table(['ที่', 'โครงการ/กิจกรรม', 'ผู้รับผิดชอบ', 'งบประมาณ (บาท)'], [
        ['๑', 'ก่อสร้างเขื่อน ค.ส.ล. คลองประเวศบุรีรมย์ ช่วงที่ ๑', 'ฝ่ายโยธา', '๑๑,๘๐๐,๐๐๐'],
        ['๒', 'ลอกท่อระบายน้ำ', 'ฝ่ายโยธา', '๑,๙๕๐,๐๐๐'],
        ['๓', 'คัดแยกขยะต้นทาง', 'ฝ่ายรักษาความสะอาดฯ', '๓๘๐,๐๐๐']], [0.5, 5, 2.5, 2])
    p.sign([DIR_TH, 'ผู้อำนวยการเขตประเวศ', '๒๐ พฤศจิกายน ๒๕๖๗'])
    p.save()
    # FY2567 annual report (the latest annual report on the site)
    p = PDF('docs/2568/annual-report-latest.pdf', title='รายงานผลการปฏิบัติราชการประจำปี สำนักงานเขตประเวศ',
            author='ฝ่ายปกครอง', date='20241118100000')
    p.text('รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗', size=22, bold=True, align='center')
    p.text('(๑ ตุลาคม ๒๕๖๖ - ๓๐ กันยายน ๒๕๖๗)', size=17, align='center')
    p.text('สำนักงานเขตประเวศ', size=19, align='center')
    p.para('ปีงบประมาณ พ.ศ. ๒๕๖๗ สำนักงานเขตประเวศดำเนินโครงการตามแผน ๒๘ โครงการ แล้วเสร็จ ๒๖ โครงการ '
           '(ร้อยละ ๙๒.๘๖) เบิกจ่ายงบประมาณร้อยละ ๙๓.๔๐')
    p.table(['โครงการ', 'เป้าหมาย', 'ผล'], [['ลอกท่อระบายน้ำ', '๒๐ กม.', '๒๑.๔ กม.'],
                                              ['คัดแยกขยะต้นทาง', '๒๕ หมู่บ้าน', '๒๗ หมู่บ้าน'],
                                              ['ฝึกอาชีพผู้สูงอายุ', '๑๕๐ คน', '๑๔๒ คน']], [5, 2.5, 2.5])
    p.sign([DIR_TH, 'ผู้อำนวยการเขตประเวศ', '๑๕ พฤศจิกายน ๒๕๖๗'])
    p.save()
    # FY2568 half-year report
    p = PDF('docs/2568/report-6m-2568.pdf', title='รายงานผลการปฏิบัติราชการ รอบ 6 เดือน ปีงบประมาณ 2568',
            author='ฝ่ายปกครอง', date='20250421100000')
    p.text('รายงานผลการปฏิบัติราชการ รอบ ๖ เดือน', size=22, bold=True, align='center')
    p.text('ปีงบประมาณ พ.ศ. ๒๕๖๘ (ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘)', size=18, align='center')
    p.text('สำนักงานเขตประเวศ', size=18, align='center')
    p.table(['โครงการ', 'ความก้าวหน้า (ร้อยละ)', 'งบประมาณที่เบิกจ่าย (บาท)'], [
        ['ก่อสร้างเขื่อน ค.ส.ล. คลองประเวศบุรีรมย์ ช่วงที่ ๑', '๔๕', '๔,๘๐๐,๐๐๐'],
        ['ลอกท่อระบายน้ำ', '๗๐', '๑,๒๒๐,๐๐๐'], ['คัดแยกขยะต้นทาง', '๕๕', '๑๙๐,๐๐๐']], [5, 2.5, 3])
    p.save()


def doc_manual_combined():
    p = PDF('docs/manual/prawet-work-manual-2567.pdf', title='คู่มือการปฏิบัติงาน สำนักงานเขตประเวศ (ทุกฝ่าย)',
            author='ฝ่ายปกครอง', date='20240715100000', pagenum=True)
    p.gap(110)
    p.text('คู่มือการปฏิบัติงาน', size=30, bold=True, align='center')
    p.text('สำนักงานเขตประเวศ', size=24, align='center')
    p.text('(รวม ๑๐ ฝ่าย) ฉบับปรับปรุง พ.ศ. ๒๕๖๗', size=18, align='center')
    for i, (dv, duty) in enumerate(DIVS, 1):
        p.newpage()
        p.text('บทที่ %s คู่มือการปฏิบัติงาน ฝ่าย%s' % (th(i), dv), size=19, bold=True)
        p.para('ขอบเขตงาน: ' + duty)
        p.table(['ขั้นตอน', 'รายละเอียด', 'ระยะเวลา', 'ผู้รับผิดชอบ'], [
            ['๑', 'รับคำขอ/หนังสือ ตรวจความครบถ้วนของเอกสาร', 'ทันที', 'เจ้าหน้าที่ฝ่าย' + dv],
            ['๒', 'ตรวจสอบข้อเท็จจริงตามระเบียบที่เกี่ยวข้อง', '๓ วัน', 'เจ้าหน้าที่ฝ่าย' + dv],
            ['๓', 'เสนอความเห็นต่อผู้มีอำนาจพิจารณา', '๒ วัน', 'หัวหน้าฝ่าย' + dv],
            ['๔', 'แจ้งผลและจัดเก็บเอกสาร', '๑ วัน', 'เจ้าหน้าที่ฝ่าย' + dv]], [1, 5, 1.5, 3])
        p.text('มาตรฐานงาน: ดำเนินการแล้วเสร็จภายในระยะเวลาที่กำหนดไม่น้อยกว่าร้อยละ ๙๐ ของเรื่องทั้งหมด', size=15)
    p.save()


def doc_citizen_guide():
    import docx
    from docx.shared import Pt
    import datetime
    services = [('การแจ้งย้ายที่อยู่', 'ฝ่ายทะเบียน', 'บัตรประจำตัวประชาชน, ทะเบียนบ้านฉบับเจ้าบ้าน', '20 นาที', 'ไม่มีค่าธรรมเนียม'),
                ('การทำบัตรประจำตัวประชาชน', 'ฝ่ายทะเบียน', 'สำเนาทะเบียนบ้าน, บัตรเดิม (ถ้ามี)', '15 นาที', '100 บาท (กรณีบัตรหาย/ชำรุด)'),
                ('การขออนุญาตจัดตั้งสถานที่จำหน่ายอาหาร', 'ฝ่ายสิ่งแวดล้อมและสุขาภิบาล', 'คำขอ สน.1, บัตรประชาชน, แผนที่ร้าน', '30 วัน', '100 - 3,000 บาท/ปี'),
                ('การขออนุญาตก่อสร้างอาคาร', 'ฝ่ายโยธา', 'แบบ ข.1, แบบแปลน, โฉนดที่ดิน', '45 วัน', 'ตามกฎกระทรวง'),
                ('การจดทะเบียนพาณิชย์', 'ฝ่ายทะเบียน', 'คำขอ ทพ., บัตรประชาชน, สัญญาเช่า/หนังสือยินยอม', '1 วัน', '50 บาท')]
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = 'TH Sarabun New'
    st.font.size = Pt(16)
    d.add_heading('คู่มือสำหรับประชาชน สำนักงานเขตประเวศ', 0)
    d.add_paragraph('จัดทำตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558')
    for i, (n, u, docs_, tm, fee) in enumerate(services, 1):
        d.add_heading('%d. %s' % (i, n), 1)
        t = d.add_table(rows=5, cols=2)
        t.style = 'Table Grid'
        for r, (k, v) in enumerate([('หน่วยงานที่ให้บริการ', u + ' ' + OFFICE), ('เอกสารที่ต้องใช้', docs_),
                                    ('ระยะเวลา', tm), ('ค่าธรรมเนียม', fee), ('ช่องทางร้องเรียน', 'โทร %s / %s' % (TEL, MAIL))]):
            t.cell(r, 0).text = k
            t.cell(r, 1).text = v
    cp = d.core_properties
    cp.author = 'ฝ่ายปกครอง'
    cp.title = 'คู่มือสำหรับประชาชน'
    cp.created = cp.modified = datetime.datetime(2025, 2, 10, 9, 0, 0)
    cp.last_modified_by = 'ฝ่ายปกครอง'
    pth = out('docs/service/citizen-guide-prawet.docx')
    d.save(pth)
    fix_zip(pth, (2025, 2, 10, 9, 0, 0))


def doc_checklists():
    for slug, title, unit, items in [
        ('checklist-building', 'รายการตรวจ (Checklist) การพิจารณาออกใบอนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร', 'ฝ่ายโยธา',
         ['คำขออนุญาต ข.๑ ครบถ้วน', 'สำเนาโฉนดที่ดินทุกหน้า', 'แบบแปลน ๕ ชุด', 'รายการคำนวณโครงสร้าง', 'ใบอนุญาตผู้ประกอบวิชาชีพ', 'ตรวจผังเมืองรวม']),
        ('checklist-health', 'รายการตรวจ (Checklist) การพิจารณาออกใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ', 'ฝ่ายสิ่งแวดล้อมและสุขาภิบาล',
         ['คำขออนุญาต อภ.๑', 'ผังสถานประกอบการ', 'ระบบบำบัดน้ำเสีย', 'มาตรการป้องกันเหตุรำคาญ', 'ความเห็นชอบจากผู้อยู่อาศัยข้างเคียง (ถ้ามี)'])]:
        p = PDF('docs/service/%s.pdf' % slug, title=title, author=unit, date='20250115090000')
        p.text(title, size=18, bold=True, align='center')
        p.text(unit + ' ' + OFFICE, size=16, align='center')
        p.table(['ที่', 'รายการตรวจ', 'ผ่าน', 'ไม่ผ่าน'], [[th(i), it, '☐', '☐'] for i, it in enumerate(items, 1)], [0.6, 7, 1, 1])
        p.save()


def stat_tax():
    import openpyxl, datetime
    months = list(range(1, 12))  # ม.ค. - พ.ย. 2568 (calendar year)
    rnd = random.Random(2568)
    rows = []
    for m in months:
        land = rnd.randrange(3000, 9000) * 1000 if m in (4, 5, 6, 7, 8) else rnd.randrange(300, 1500) * 1000
        sign = rnd.randrange(100, 800) * 1000
        rows.append((m, land, sign))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'ภาษี ปี 2568'
    ws.append(['สถิติการจัดเก็บภาษี สำนักงานเขตประเวศ ปี 2568 (มกราคม - พฤศจิกายน 2568)'])
    ws.append(['เดือน', 'ภาษีที่ดินและสิ่งปลูกสร้าง (บาท)', 'ภาษีป้าย (บาท)', 'รวม (บาท)'])
    for m, a, b in rows:
        r = ws.max_row + 1
        ws.append(['%s %s' % (MONTH_AB[m], '68'), a, b, '=B%d+C%d' % (r, r)])
    ws.append(['รวม', '=SUM(B3:B13)', '=SUM(C3:C13)', '=SUM(D3:D13)'])
    ws.append(['ข้อมูล ณ 5 Dec 2025'])
    ws.column_dimensions['A'].width = 14
    ws.column_dimensions['B'].width = 30
    ws.column_dimensions['C'].width = 18
    ws.column_dimensions['D'].width = 18
    wb.properties.creator = 'ฝ่ายรายได้'
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 12, 5, 10, 0, 0)
    pth = out('docs/stat/tax-stat-2568.xlsx')
    wb.save(pth)
    fix_zip(pth, (2025, 12, 5, 10, 0, 0))
    p = PDF('docs/stat/tax-stat-2568.pdf', title='สถิติการจัดเก็บภาษี ปี 2568', author='ฝ่ายรายได้', date='20251205110000')
    p.text('สถิติการจัดเก็บภาษี ปี ๒๕๖๘', size=22, bold=True, align='center')
    p.text('สำนักงานเขตประเวศ (มกราคม - พฤศจิกายน ๒๕๖๘)', size=17, align='center')
    trs = []
    for m, a, b in rows:
        lab = '%s %s' % (MONTH_AB[m], '68') if m < 11 else 'พ.ย.๖๘'
        trs.append([lab, '{:,}'.format(a), '{:,}'.format(b), '{:,}'.format(a + b)])
    trs.append(['รวม', '{:,}'.format(sum(r[1] for r in rows)), '{:,}'.format(sum(r[2] for r in rows)),
                '{:,}'.format(sum(r[1] + r[2] for r in rows))])
    p.table(['เดือน', 'ภาษีที่ดินและสิ่งปลูกสร้าง', 'ภาษีป้าย', 'รวม'], trs, [1.5, 3, 2, 2])
    p.text('ข้อมูล ณ 5 Dec 2025 · ฝ่ายรายได้ โทร 02-328-7150 ต่อ 300', size=14, align='right')
    p.save()


def stat_revenue():
    import openpyxl, datetime
    wb = openpyxl.Workbook()
    rnd = random.Random(2569)
    hdr = ['เดือน', 'ค่าธรรมเนียมเก็บขนมูลฝอย', 'ค่าธรรมเนียมใบอนุญาต', 'ค่าปรับ', 'รายได้อื่น', 'รวม']
    for title, months in [('ปีงบ 2569', [(10, '68'), (11, '68')]),
                          ('ปีงบ 2568', [(10, '67'), (11, '67'), (12, '67')] + [(m, '68') for m in range(1, 10)])]:
        ws = wb.active if title == 'ปีงบ 2569' else wb.create_sheet()
        ws.title = title
        ws.append(['สถิติการจัดเก็บรายได้ สำนักงานเขตประเวศ ' + ('ปีงบประมาณ พ.ศ. 2569 (ต.ค. 68 - พ.ย. 68)' if '69' in title
                                                                   else 'ปีงบประมาณ พ.ศ. 2568 (ต.ค. 67 - ก.ย. 68)')])
        ws.append(hdr)
        for m, yy in months:
            r = ws.max_row + 1
            ws.append(['%s %s' % (MONTH_AB[m], yy)] + [rnd.randrange(20, 700) * 1000 for _ in range(4)] + ['=SUM(B%d:E%d)' % (r, r)])
        ws.append(['รวม'] + ['=SUM(%s3:%s%d)' % (c, c, ws.max_row) for c in 'BCDEF'])
        ws.column_dimensions['A'].width = 12
        for c in 'BCDEF':
            ws.column_dimensions[c].width = 24
    wb.properties.creator = 'ฝ่ายการคลัง'
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 12, 8, 9, 30, 0)
    pth = out('docs/stat/revenue-fy2569.xlsx')
    wb.save(pth)
    fix_zip(pth, (2025, 12, 8, 9, 30, 0))


def doc_budget():
    # FY2569 spending plan (fresh)
    p = PDF('docs/2569/spending-plan-2569.pdf', title='แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2569',
            author='ฝ่ายการคลัง', date='20251031150000')
    p.text('แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', size=21, bold=True, align='center')
    p.text('สำนักงานเขตประเวศ', size=18, align='center')
    p.text('Date: October 31, 2025', size=14, align='right')
    p.table(['หมวดรายจ่าย', 'ไตรมาส ๑\n(ต.ค.-ธ.ค. ๖๘)', 'ไตรมาส ๒\n(ม.ค.-มี.ค. ๖๙)', 'ไตรมาส ๓\n(เม.ย.-มิ.ย. ๖๙)',
             'ไตรมาส ๔\n(ก.ค.-ก.ย. ๖๙)', 'รวม'], [
        ['งบบุคลากร', '๓๕,๒๐๐,๐๐๐', '๓๕,๒๐๐,๐๐๐', '๓๕,๒๐๐,๐๐๐', '๓๕,๒๐๐,๐๐๐', '๑๔๐,๘๐๐,๐๐๐'],
        ['งบดำเนินงาน', '๑๔,๐๐๐,๐๐๐', '๑๒,๕๐๐,๐๐๐', '๑๒,๕๐๐,๐๐๐', '๑๒,๐๐๐,๐๐๐', '๕๑,๐๐๐,๐๐๐'],
        ['งบลงทุน', '๒,๐๐๐,๐๐๐', '๘,๔๐๐,๐๐๐', '๑๒,๖๐๐,๐๐๐', '๖,๘๐๐,๐๐๐', '๒๙,๘๐๐,๐๐๐'],
        ['งบเงินอุดหนุน', '-', '๓,๖๐๐,๐๐๐', '-', '-', '๓,๖๐๐,๐๐๐'],
        ['รวม', '๕๑,๒๐๐,๐๐๐', '๕๙,๗๐๐,๐๐๐', '๖๐,๓๐๐,๐๐๐', '๕๔,๐๐๐,๐๐๐', '๒๒๕,๒๐๐,๐๐๐']], [2.2, 2, 2, 2, 2, 2.2])
    p.text('เป้าหมายการเบิกจ่ายสะสม: ไตรมาส ๑ ร้อยละ ๒๓ / ไตรมาส ๒ ร้อยละ ๔๙ / ไตรมาส ๓ ร้อยละ ๗๖ / ไตรมาส ๔ ร้อยละ ๑๐๐', size=15)
    p.sign(['(นางกาญจนา ศรีทองคำ)', 'หัวหน้าฝ่ายการคลัง'])
    p.save()
    # FY2568 annual spending report, CE dates
    p = PDF('docs/2568/spending-report-fy2568.pdf', title='รายงานผลการใช้จ่ายงบประมาณ ประจำปีงบประมาณ 2568 (FY2025)',
            author='ฝ่ายการคลัง', date='20251020100000')
    p.text('รายงานผลการใช้จ่ายงบประมาณประจำปี', size=22, bold=True, align='center')
    p.text('ปีงบประมาณ พ.ศ. ๒๕๖๘ (Fiscal Year 2025)', size=18, align='center')
    p.text('สำนักงานเขตประเวศ · As of September 30, 2025', size=16, align='center')
    p.table(['ประเภทงบประมาณ', 'งบประมาณที่ได้รับ (บาท)', 'เบิกจ่ายจริง (บาท)', 'ร้อยละ'], [
        ['งบบุคลากร', '๑๓๖,๕๐๐,๐๐๐', '๑๓๕,๐๒๐,๔๐๐', '๙๘.๙๒'], ['งบดำเนินงาน', '๔๙,๘๐๐,๐๐๐', '๔๖,๓๑๔,๐๐๐', '๙๓.๐๐'],
        ['งบลงทุน', '๒๘,๙๐๐,๐๐๐', '๒๔,๖๑๒,๕๐๐', '๘๕.๑๖'], ['งบเงินอุดหนุน', '๓,๔๕๐,๐๐๐', '๓,๔๐๕,๐๐๐', '๙๘.๖๙'],
        ['รวม', '๒๑๘,๖๕๐,๐๐๐', '๒๐๙,๓๕๑,๙๐๐', '๙๕.๗๕']], [3, 3, 3, 1.5])
    p.text('ผลการเบิกจ่ายรายไตรมาส (สะสม): Q1 ๒๒.๘% · Q2 ๔๗.๙% · Q3 ๗๒.๑% · Q4 ๙๕.๗๕%', size=15)
    p.text('ปัญหาอุปสรรค: งบลงทุนเขื่อน ค.ส.ล. ช่วงที่ ๑ เบิกจ่ายได้ร้อยละ ๗๐ เนื่องจากขยายเวลาสัญญา', size=15)
    p.sign(['(นางกาญจนา ศรีทองคำ)', 'หัวหน้าฝ่ายการคลัง', 'รายงาน ณ วันที่ ๒๐ ตุลาคม ๒๕๖๘'])
    p.save()
    # FY2568 six-month spending report (older, archived)
    p = PDF('docs/2568/spending-6m-2568.pdf', title='รายงานผลการใช้จ่ายงบประมาณ รอบ 6 เดือน ปี 2568',
            author='ฝ่ายการคลัง', date='20250420100000')
    p.text('รายงานผลการใช้จ่ายงบประมาณ รอบ ๖ เดือน', size=21, bold=True, align='center')
    p.text('ปีงบประมาณ พ.ศ. ๒๕๖๘ (ต.ค. ๖๗ - มี.ค. ๖๘) สำนักงานเขตประเวศ', size=17, align='center')
    p.table(['ประเภทงบประมาณ', 'งบประมาณ (บาท)', 'เบิกจ่าย (บาท)', 'ร้อยละ'], [
        ['งบบุคลากร', '๑๓๖,๕๐๐,๐๐๐', '๖๘,๑๐๐,๐๐๐', '๔๙.๘๙'], ['งบดำเนินงาน', '๔๙,๘๐๐,๐๐๐', '๒๑,๖๐๐,๐๐๐', '๔๓.๓๗'],
        ['งบลงทุน', '๒๘,๙๐๐,๐๐๐', '๔,๑๐๐,๐๐๐', '๑๔.๑๙']], [3, 3, 3, 1.5])
    p.save()
    # FY2568 budget ordinance excerpt and community grant (re-posted 2 ต.ค. 68)
    p = PDF('docs/2568/budget-ordinance-2568-prawet.pdf', title='ข้อบัญญัติงบประมาณรายจ่ายประจำปี 2568 ส่วนของสำนักงานเขตประเวศ',
            author='ฝ่ายการคลัง', date='20251002093000')
    p.text('ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘', size=19, bold=True, align='center')
    p.text('(ส่วนของสำนักงานเขตประเวศ)', size=18, align='center')
    p.para('สำนักงานเขตประเวศได้รับจัดสรรงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ตามข้อบัญญัติ '
           'รวมทั้งสิ้น ๒๑๘,๖๕๐,๐๐๐ บาท จำแนกตามแผนงาน ดังนี้')
    p.table(['แผนงาน', 'งบประมาณ (บาท)'], [['บริหารทั่วไป', '๗๒,๑๐๐,๐๐๐'], ['บริหารจัดการและบริการการศึกษา', '๑๔,๒๐๐,๐๐๐'],
                                          ['รักษาความสะอาด', '๖๖,๔๐๐,๐๐๐'], ['โยธาและระบายน้ำ', '๔๖,๑๕๐,๐๐๐'],
                                          ['พัฒนาชุมชนและสวัสดิการสังคม', '๑๙,๘๐๐,๐๐๐'], ['รวม', '๒๑๘,๖๕๐,๐๐๐']], [6, 3])
    p.text('ที่มา: ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (ประกาศ ณ วันที่ ๒๖ กันยายน ๒๕๖๗)', size=14)
    p.save()
    p = PDF('docs/2568/community-grant-2568.pdf', title='ข้อมูลเงินอุดหนุนชุมชน ปี 2568', author='ฝ่ายพัฒนาชุมชนฯ',
            date='20251002094500')
    p.text('ข้อมูลเงินอุดหนุนกรรมการชุมชน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', size=20, bold=True, align='center')
    p.text('สำนักงานเขตประเวศ (จ่ายงวดเดียว เดือนมีนาคม ๒๕๖๘)', size=16, align='center')
    comm = [('ชุมชนหมู่บ้านเสรีวิลล่า', 15), ('ชุมชนคลองประเวศ', 21), ('ชุมชนวัดบำเพ็ญเหนือ', 18), ('ชุมชนมัสยิดดารุ้ลอิสลาม', 17),
            ('ชุมชนหมู่บ้านพฤกษา', 12), ('ชุมชนซอยอ่อนนุช 80', 14), ('ชุมชนบ้านเกาะ', 16)]
    p.table(['ที่', 'ชุมชน', 'จำนวนกรรมการ', 'จำนวนเงิน (บาท)'],
            [[th(i), c, th(n), th('{:,}'.format(n * 5000))] for i, (c, n) in enumerate(comm, 1)], [0.6, 5, 2, 2.5])
    p.save()


VENDORS = ['บริษัท ประเวศก่อสร้าง จำกัด', 'ห้างหุ้นส่วนจำกัด อ่อนนุชวัสดุ', 'ร้านรุ่งเรืองพาณิชย์', 'บริษัท คลีนซิตี้ เซอร์วิส จำกัด',
           'บริษัท ไอที โซลูชั่น พลัส จำกัด', 'ร้านสมบูรณ์การช่าง', 'บริษัท ปั๊มแอนด์ไพพ์ จำกัด', 'ห้างหุ้นส่วนจำกัด เจริญยนต์']
JOBS = ['ซื้อวัสดุสำนักงาน', 'จ้างซ่อมแซมรถบรรทุกมูลฝอย', 'ซื้อน้ำมันเชื้อเพลิง', 'จ้างเหมาทำความสะอาดอาคาร', 'ซื้อวัสดุคอมพิวเตอร์',
        'จ้างซ่อมแซมท่อระบายน้ำ', 'จ้างซ่อมเครื่องสูบน้ำ', 'ซื้อวัสดุก่อสร้างซ่อมผิวจราจร', 'จ้างพิมพ์เอกสารประชาสัมพันธ์']


def doc_skr():
    # FY2568 archive (ต.ค. 67 - ก.ย. 68) and FY2569 (ต.ค. 68, พ.ย. 68)
    keys = [(2567, 10), (2567, 11), (2567, 12)] + [(2568, m) for m in range(1, 12)]
    for y, m in keys:
        rnd = random.Random(y * 100 + m)
        ny, nm = (y - 543, m + 1) if m < 12 else (y - 542, 1)
        p = PDF('docs/procurement/skr1-%d-%02d.pdf' % (y, m), title='สรุปผลการจัดซื้อจัดจ้าง %s %d' % (MONTH_AB[m], y),
                author='ฝ่ายการคลัง', date='%d%02d%02d100000' % (ny, nm, 6 + m % 3),
                pagesize=landscape(A4), margins=(40, 40, 40, 40))
        p.text('แบบ สขร.๑', size=14, align='right')
        p.text('สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน%s %s' % (MONTH_TH[m], th(y)), size=18, bold=True, align='center')
        p.text('สำนักงานเขตประเวศ', size=16, align='center')
        rows = []
        for i in range(1, rnd.randrange(2, 5)):
            job = rnd.choice(JOBS)
            v = rnd.choice(VENDORS)
            amt = rnd.randrange(8, 480) * 1000
            price = amt - rnd.randrange(0, 10) * 100
            rows.append([str(i), job, '{:,}'.format(amt), '{:,}'.format(amt + rnd.randrange(0, 20) * 100), 'เฉพาะเจาะจง',
                         '{} ราคา {:,} บาท'.format(v, price), '{} ราคา {:,} บาท'.format(v, price),
                         'เสนอราคาไม่เกินวงเงิน คุณสมบัติครบถ้วน',
                         'ใบสั่งซื้อ/จ้าง {}/{} ลว. {} {} {}'.format(10 * m + i, y, 3 + i * 5, MONTH_AB[m], str(y)[2:]),
                         '%s%02d%06d' % (str(y)[2:], m, 200000 + i * 977 + m * 51)])
        p.table(['ที่', 'งานที่จัดซื้อหรือจัดจ้าง', 'วงเงินที่จะ\nซื้อหรือจ้าง', 'ราคากลาง', 'วิธีซื้อ\nหรือจ้าง',
                 'รายชื่อผู้เสนอราคา\nและราคาที่เสนอ', 'ผู้ได้รับการคัดเลือก\nและราคาที่ตกลง', 'เหตุผลที่คัดเลือก\nโดยสรุป',
                 'เลขที่และวันที่ของ\nสัญญาหรือข้อตกลง', 'เลขที่โครงการ\ne-GP'], rows,
                [0.7, 2.6, 1.5, 1.3, 1.5, 3, 2.8, 2.2, 2.4, 1.7], size=11)
        p.sign(['(นางกาญจนา ศรีทองคำ)', 'หัวหน้าฝ่ายการคลัง'], size=14)
        p.save()


def doc_announcements():
    anns = [('ann-2569-001', 'ประกาศสำนักงานเขตประเวศ เรื่อง เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', '๑๕ ตุลาคม ๒๕๖๘'),
            ('ann-2569-002', 'ประกาศสำนักงานเขตประเวศ เรื่อง ประกาศผู้ชนะการเสนอราคา จ้างเหมาทำความสะอาดอาคารสำนักงานเขต ประจำปีงบประมาณ ๒๕๖๙', '๒๘ ตุลาคม ๒๕๖๘'),
            ('ann-2569-003', 'ประกาศสำนักงานเขตประเวศ เรื่อง ประกวดราคาจ้างก่อสร้างเขื่อน ค.ส.ล. คลองประเวศบุรีรมย์ ช่วงที่ ๒ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', '๒๐ พฤศจิกายน ๒๕๖๘')]
    for slug, title, date in anns:
        p = PDF('docs/procurement/%s.pdf' % slug, title=title, author='ฝ่ายการคลัง', date='20251001090000')
        p.image(out('img/logo.png'), 64, 64)
        p.text(title, size=18, bold=True, align='center')
        if 'แผนการจัดซื้อจัดจ้าง' in title:
            p.para('สำนักงานเขตประเวศขอเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ตามมาตรา ๑๑ '
                   'แห่งพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐ ดังนี้')
            p.table(['ที่', 'รายการ', 'วงเงิน (บาท)', 'คาดว่าจะประกาศ'], [
                ['๑', 'จ้างก่อสร้างเขื่อน ค.ส.ล. คลองประเวศบุรีรมย์ ช่วงที่ ๒', '๑๒,๔๐๐,๐๐๐', 'พ.ย. ๖๘'],
                ['๒', 'จ้างเหมาทำความสะอาดอาคารสำนักงานเขต', '๔๙๐,๐๐๐', 'ต.ค. ๖๘'],
                ['๓', 'จ้างลอกท่อระบายน้ำ', '๒,๑๐๐,๐๐๐', 'ม.ค. ๖๙']], [0.5, 5, 2, 2])
        elif 'ผู้ชนะ' in title:
            p.para('ผู้ได้รับการคัดเลือก ได้แก่ บริษัท คลีนซิตี้ เซอร์วิส จำกัด ราคา ๔๘๔,๐๐๐ บาท (รวมภาษีมูลค่าเพิ่ม)')
        else:
            p.para('ผู้สนใจดูรายละเอียดได้ที่ www.gprocurement.go.th และระบบ e-GPBMA ยื่นข้อเสนอผ่านระบบ e-GP')
        p.text('ประกาศ ณ วันที่ ' + date, align='center')
        p.sign([DIR_TH, 'ผู้อำนวยการเขตประเวศ'])
        p.save()


def doc_hr():
    p = PDF('docs/hr/hr-criteria-prawet.pdf', title='หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล สำนักงานเขตประเวศ',
            author='ฝ่ายปกครอง', date='20240305100000')
    p.text('หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', size=22, bold=True, align='center')
    p.text('สำนักงานเขตประเวศ', size=19, align='center')
    p.text('(ภายใต้แผนการบริหารและพัฒนาทรัพยากรบุคคลกรุงเทพมหานคร พ.ศ. ๒๕๖๖ - ๒๕๗๐)', size=16, align='center')
    for h, b in [('๑. การสรรหาและเลือกสรร', 'ประกาศรับสมัครอย่างเปิดเผย คัดเลือกโดยคณะกรรมการ และประกาศผลทางเว็บไซต์'),
                 ('๒. การแต่งตั้งและโยกย้าย', 'พิจารณาจากความรู้ความสามารถ ผลงาน และความจำเป็นของราชการ ผ่านคณะกรรมการบริหารงานบุคคล'),
                 ('๓. การพัฒนาบุคลากร', 'จัดทำแผนพัฒนารายบุคคล (IDP) และพัฒนาไม่น้อยกว่า ๑๐ ชั่วโมงต่อปี'),
                 ('๔. การประเมินผลการปฏิบัติราชการ', 'ประเมินปีละ ๒ รอบ ตามหลักเกณฑ์ ก.ก. แจ้งผลเป็นรายบุคคล'),
                 ('๕. การให้คุณให้โทษและสร้างขวัญกำลังใจ', 'เลื่อนเงินเดือนตามผลการประเมิน ยกย่องบุคลากรดีเด่น และดำเนินการทางวินัยอย่างเป็นธรรม')]:
        p.text(h, bold=True)
        p.para(b)
    p.text('หลักเกณฑ์นี้ใช้บังคับตั้งแต่วันที่ประกาศจนกว่าจะมีการเปลี่ยนแปลง', size=15)
    p.sign(['ประกาศ ณ วันที่ ๕ มีนาคม ๒๕๖๗', DIR_TH, 'ผู้อำนวยการเขตประเวศ'])
    p.save()


def doc_integrity():
    # O17: statistics labelled 'ประจำปี 2568' covering calendar Jan-Jun 2568
    p = PDF('docs/integrity/complaint-stat-2568.pdf', title='สถิติเรื่องร้องเรียนการทุจริต ประจำปี 2568',
            author='ฝ่ายปกครอง', date='20250708100000')
    p.text('ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ประจำปี ๒๕๖๘', size=19, bold=True, align='center')
    p.text('สำนักงานเขตประเวศ (มกราคม - มิถุนายน ๒๕๖๘)', size=17, align='center')
    data = [(1, 0, 0), (2, 1, 1), (3, 0, 0), (4, 0, 0), (5, 2, 1), (6, 0, 0)]
    p.table(['เดือน', 'เรื่องที่ได้รับ', 'ดำเนินการแล้วเสร็จ', 'อยู่ระหว่างดำเนินการ'],
            [['%s %s' % (MONTH_TH[m], th(2568)), th(a), th(b), th(a - b)] for m, a, b in data] +
            [['รวม', th(3), th(2), th(1)]], [3, 2, 2, 2])
    p.text('ข้อมูล ณ วันที่ ๗ กรกฎาคม ๒๕๖๘', size=14, align='right')
    p.save()
    # O18
    p = PDF('docs/integrity/anti-bribery-policy-2569.pdf', title='ประกาศสำนักงานเขตประเวศ เรื่อง นโยบายต่อต้านการรับสินบน',
            author='ฝ่ายปกครอง', date='20251001100000')
    p.image(out('img/logo.png'), 64, 64)
    p.text('ประกาศสำนักงานเขตประเวศ', size=20, bold=True, align='center')
    p.text('เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', size=18, bold=True, align='center')
    p.para('สำนักงานเขตประเวศถือว่าการเรียก รับ หรือยอมจะรับสินบนทุกรูปแบบเป็นการกระทำที่ยอมรับไม่ได้ จึงประกาศนโยบายดังนี้')
    for s in ['๑. บุคลากรทุกคนต้องไม่เรียก รับ หรือยอมจะรับสินบน ไม่ว่าทางตรงหรือทางอ้อม',
              '๒. ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)',
              '๓. ผู้บังคับบัญชาต้องกำกับดูแลและประเมินความเสี่ยงในกระบวนงานที่รับผิดชอบ',
              '๔. แจ้งเบาะแสได้ที่ฝ่ายปกครอง โทร ๐ ๒๓๒๘ ๗๑๕๐ ต่อ ๒๐๑ ผู้แจ้งได้รับความคุ้มครอง',
              '๕. ผู้ฝ่าฝืนจะถูกดำเนินการทางวินัยและกฎหมาย']:
        p.text(s, indent=20)
    p.text('ประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๘', align='center')
    p.sign([DIR_TH, 'ผู้อำนวยการเขตประเวศ'])
    p.save()
    p = PDF('docs/integrity/anti-bribery-report-fy2568.pdf', title='รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน ปีงบประมาณ 2568',
            author='ฝ่ายปกครอง', date='20251015100000')
    p.text('รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน', size=20, bold=True, align='center')
    p.text('ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (ต.ค. ๖๗ - ก.ย. ๖๘) สำนักงานเขตประเวศ', size=17, align='center')
    p.table(['กิจกรรม', 'ผลการดำเนินงาน'], [
        ['เวียนแจ้งนโยบายทุกฝ่าย', 'ดำเนินการแล้ว ต.ค. ๖๗ และทบทวน เม.ย. ๖๘'],
        ['อบรมบุคลากรเรื่องการต่อต้านการรับสินบน', '๒ รุ่น ผู้เข้าร่วม ๒๘๔ คน'],
        ['ติดป้าย No Gift Policy ณ จุดบริการ', '๑๕ จุด'],
        ['เรื่องร้องเรียนการเรียกรับสินบน', '๑ เรื่อง ตรวจสอบแล้วไม่มีมูล']], [5, 5])
    p.sign(['(นายวิโรจน์ แสงทอง)', 'หัวหน้าฝ่ายปกครอง', '๑๔ ตุลาคม ๒๕๖๘'])
    p.save()
    # O19 (FY2568 only)
    p = PDF('docs/integrity/bribery-risk-2568.pdf', title='การประเมินความเสี่ยงต่อการรับสินบน ปีงบประมาณ 2568',
            author='ฝ่ายการคลัง', date='20241125100000', pagesize=landscape(A4), margins=(45, 45, 45, 45))
    p.text('การประเมินความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ สำนักงานเขตประเวศ', size=19, bold=True, align='center')
    p.table(['กระบวนงาน', 'ความเสี่ยง', 'โอกาส', 'ผลกระทบ', 'ระดับ', 'มาตรการ'], [
        ['อนุญาตก่อสร้างอาคาร', 'เรียกรับเงินเพื่อเร่งรัดการอนุญาต', '๓', '๔', 'สูง', 'ยื่นผ่าน BMA OSS, หมุนเวียนนายตรวจ'],
        ['ประเมินภาษีที่ดินฯ', 'ประเมินต่ำกว่าความจริง', '๒', '๔', 'ปานกลาง', 'สุ่มทบทวนร้อยละ ๑๐'],
        ['จัดระเบียบแผงลอย', 'รับเงินเพื่อละเว้นการจับกุม', '๓', '๓', 'ปานกลาง', 'กล้องติดตัวเจ้าหน้าที่']], [2.5, 3.5, 0.8, 0.9, 1.2, 4])
    p.save()
    p = PDF('docs/integrity/bribery-risk-report-6m-2568.pdf', title='รายงานผลการจัดการความเสี่ยงการรับสินบน รอบ 6 เดือน 2568',
            author='ฝ่ายการคลัง', date='20250425100000')
    p.text('รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน', size=19, bold=True, align='center')
    p.text('รอบ ๖ เดือน ปีงบประมาณ พ.ศ. ๒๕๖๘ (ต.ค. ๖๗ - มี.ค. ๖๘)', size=17, align='center')
    p.table(['กระบวนงาน', 'ผลการดำเนินการ'], [['อนุญาตก่อสร้างอาคาร', 'ยื่นผ่าน BMA OSS ร้อยละ ๘๑'],
                                               ['ประเมินภาษีที่ดินฯ', 'สุ่มทบทวน ๑๘๐ แปลง'],
                                               ['จัดระเบียบแผงลอย', 'ติดกล้อง ๑๐ ชุด']], [4, 6])
    p.save()
    # O20 standing guideline (2566)
    p = PDF('docs/integrity/discretion-guideline.pdf', title='แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่ สำนักงานเขตประเวศ',
            author='ฝ่ายปกครอง', date='20230315100000')
    p.text('ประกาศสำนักงานเขตประเวศ', size=20, bold=True, align='center')
    p.text('เรื่อง แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่', size=18, bold=True, align='center')
    p.para('เพื่อให้การใช้ดุลยพินิจในการพิจารณาอนุมัติ อนุญาต และการให้บริการของเจ้าหน้าที่เป็นไปอย่างโปร่งใส '
           'เป็นธรรม และตรวจสอบได้ สำนักงานเขตประเวศจึงกำหนดแนวทาง ดังนี้')
    for s in ['๑. ใช้ดุลยพินิจภายในขอบเขตของกฎหมาย ระเบียบ และคู่มือสำหรับประชาชนเท่านั้น',
              '๒. บันทึกเหตุผลประกอบการใช้ดุลยพินิจเป็นลายลักษณ์อักษรทุกครั้ง',
              '๓. กรณีต้องใช้ดุลยพินิจนอกเหนือคู่มือ ให้เสนอผู้บังคับบัญชาชั้นต้นพิจารณา',
              '๔. แจ้งเหตุผลการไม่อนุญาตและสิทธิอุทธรณ์ให้ผู้ยื่นคำขอทราบ',
              '๕. หัวหน้าฝ่ายสุ่มตรวจการใช้ดุลยพินิจทุกไตรมาส']:
        p.text(s, indent=20)
    p.text('แนวทางนี้ใช้บังคับตั้งแต่บัดนี้เป็นต้นไปจนกว่าจะมีการเปลี่ยนแปลง', indent=36)
    p.text('ประกาศ ณ วันที่ ๑๕ มีนาคม พ.ศ. ๒๕๖๖', align='center')
    p.sign([DIR_TH, 'ผู้อำนวยการเขตประเวศ'])
    p.save()
    # O21 (issued 3 October 2025, CE date in the header)
    p = PDF('docs/integrity/asset-donation-evidence-measures.pdf',
            title='มาตรการจัดการทรัพย์สินของราชการ ของบริจาค และการจัดเก็บของกลาง', author='ฝ่ายการคลัง',
            date='20251003110000')
    p.text('Ref. PW-FIN/2025-117 · 3 October 2025', size=13, align='right')
    p.text('ประกาศสำนักงานเขตประเวศ', size=20, bold=True, align='center')
    p.text('เรื่อง มาตรการจัดการทรัพย์สินของราชการ ของบริจาค และการจัดเก็บของกลาง', size=18, bold=True, align='center')
    for h, b in [('๑. ทรัพย์สินของราชการ', 'ขึ้นทะเบียนครุภัณฑ์ทุกรายการ การยืมต้องมีใบยืมที่ผู้บังคับบัญชาอนุมัติ และตรวจสอบพัสดุประจำปี'),
                 ('๒. ของบริจาค', 'รับโดยออกใบอนุโมทนาบัตร ลงทะเบียนของบริจาค และรายงานผู้อำนวยการเขตทุกเดือน'),
                 ('๓. ของกลาง', 'ของกลางที่ยึดจากการกระทำผิดข้อบัญญัติ ให้บันทึกบัญชีของกลาง จัดเก็บในห้องเก็บของกลางที่มีกุญแจสองชั้น '
                                'และจำหน่ายตามระเบียบเมื่อพ้นกำหนด'),
                 ('๔. การกำกับติดตาม', 'ฝ่ายการคลังรายงานผลการตรวจสอบทรัพย์สินและของกลางต่อผู้อำนวยการเขตทุก ๖ เดือน')]:
        p.text(h, bold=True)
        p.para(b)
    p.text('ประกาศ ณ วันที่ ๓ ตุลาคม พ.ศ. ๒๕๖๘', align='center')
    p.sign([DIR_TH, 'ผู้อำนวยการเขตประเวศ'])
    p.save()
    # O22: file named 2569, content is FY2568 measures (analysis of ITA 2567)
    p = PDF('docs/integrity/ita-measures-2569.pdf', title='มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2568 เขตประเวศ',
            author='ฝ่ายปกครอง', date='20241210100000', pagenum=True)
    p.text('การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส', size=21, bold=True, align='center')
    p.text('และมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', size=21, bold=True, align='center')
    p.text('ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ สำนักงานเขตประเวศ', size=19, align='center')
    p.text('๑. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗', bold=True)
    p.para('สำนักงานเขตประเวศได้คะแนนรวม ๙๔.๑๒ คะแนน (ระดับผ่านดี) IIT ๙๘.๐๕ EIT ๙๒.๔๑ OIT ๙๑.๘๒ '
           'หัวข้อ OIT ที่ไม่ได้คะแนน ได้แก่ O๑๗ ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต')
    p.text('๒. มาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', bold=True)
    p.table(['ประเด็น', 'มาตรการ', 'ผู้รับผิดชอบ', 'ระยะเวลา'], [
        ['สถิติเรื่องร้องเรียน', 'จัดทำสถิติรายเดือนและเผยแพร่ทุกไตรมาส', 'ฝ่ายปกครอง', 'ต.ค. ๖๗ - ก.ย. ๖๘'],
        ['การสื่อสาร', 'เผยแพร่ผลการดำเนินงานผ่าน Facebook/LINE OA', 'ฝ่ายปกครอง', 'ทุกเดือน'],
        ['การใช้งบประมาณ', 'เผยแพร่แผนการใช้จ่ายงบประมาณให้บุคลากรทราบ', 'ฝ่ายการคลัง', 'ไตรมาส ๑']], [2.5, 4.5, 2, 2.5])
    p.sign([DIR_TH, 'ผู้อำนวยการเขตประเวศ', '๙ ธันวาคม ๒๕๖๗'])
    p.save()
    p = PDF('docs/integrity/ita-report-fy2568.pdf', title='รายงานผลการดำเนินการตามมาตรการยกระดับคุณธรรมและความโปร่งใส ปีงบประมาณ 2568',
            author='ฝ่ายปกครอง', date='20251017100000')
    p.text('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส', size=20, bold=True, align='center')
    p.text('ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (ตุลาคม ๒๕๖๗ - กันยายน ๒๕๖๘) สำนักงานเขตประเวศ', size=16, align='center')
    p.table(['มาตรการ', 'ผลการดำเนินการ', 'หลักฐาน'], [
        ['จัดทำสถิติเรื่องร้องเรียนรายเดือน', 'จัดทำครึ่งปีแรก (ม.ค. - มิ.ย. ๖๘)', 'เว็บไซต์'],
        ['เผยแพร่ผลการดำเนินงานผ่านสื่อออนไลน์', '๑๒๖ โพสต์', 'Facebook เขตประเวศ'],
        ['เผยแพร่แผนการใช้จ่ายงบประมาณ', 'เวียนแจ้งทุกฝ่าย ต.ค. ๖๗', 'หนังสือเวียน']], [4, 4, 2.5])
    p.sign(['(นายวิโรจน์ แสงทอง)', 'หัวหน้าฝ่ายปกครอง', '๑๗ ตุลาคม ๒๕๖๘'])
    p.save()


def doc_policy():
    p = PDF('docs/policy/bma-dev-plan-2566-2570-summary.pdf', title='สรุปแผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี ระยะที่ 3 (2566-2570)',
            author='ฝ่ายปกครอง', date='20230601100000')
    p.text('สรุปสาระสำคัญ แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี', size=21, bold=True, align='center')
    p.text('ระยะที่ ๓ (พ.ศ. ๒๕๖๖ - ๒๕๗๐)', size=19, align='center')
    for s in ['มิติที่ ๑ มหานครปลอดภัย', 'มิติที่ ๒ มหานครสีเขียว สะดวกสบาย', 'มิติที่ ๓ มหานครสำหรับทุกคน',
              'มิติที่ ๔ มหานครกะทัดรัด', 'มิติที่ ๕ มหานครแห่งประชาธิปไตย', 'มิติที่ ๖ มหานครแห่งเศรษฐกิจและการเรียนรู้',
              'มิติที่ ๗ การบริหารจัดการเมืองมหานคร']:
        p.text('• ' + s, indent=20)
    p.save()
    p = PDF('docs/policy/governor-policy-and-bma-plan-2569.pdf', title='นโยบายผู้ว่าราชการกรุงเทพมหานคร และแผนปฏิบัติราชการ กทม. 2569',
            author='ฝ่ายปกครอง', date='20251020100000')
    p.text('นโยบายผู้ว่าราชการกรุงเทพมหานคร (นายชัชชาติ สิทธิพันธุ์)', size=20, bold=True, align='center')
    p.text('และแผนปฏิบัติราชการประจำปีของกรุงเทพมหานคร พ.ศ. ๒๕๖๙ ส่วนที่เกี่ยวข้องกับเขตประเวศ', size=17, align='center')
    p.table(['นโยบาย ๙ ดี', 'การขับเคลื่อนในเขตประเวศ ปี ๒๕๖๙'], [
        ['ปลอดภัยดี', 'เขื่อนคลองประเวศบุรีรมย์ ไฟส่องสว่าง ๓๒๐ จุด'], ['เดินทางดี', 'ปรับปรุงทางเท้าถนนอ่อนนุช'],
        ['สิ่งแวดล้อมดี', 'คัดแยกขยะต้นทาง ๓๐ หมู่บ้าน'], ['สุขภาพดี', 'ลานกีฬาชุมชน ๔ แห่ง'], ['เรียนดี', 'โรงเรียนสังกัด กทม. ๘ แห่ง'],
        ['เศรษฐกิจดี', 'จุดผ่อนผันหาบเร่แผงลอย'], ['สังคมดี', 'ดูแลผู้สูงอายุติดบ้านติดเตียง'],
        ['บริหารจัดการดี', 'Traffy Fondue ตอบภายใน ๗ วัน'], ['โครงสร้างดี', 'ลอกท่อ ๒๒ กม.']], [3, 7])
    p.save()
    p = PDF('docs/policy/prawet-dev-plan-2561-2565.pdf', title='แผนพัฒนาเขตประเวศ 2561-2565', author='ฝ่ายปกครอง',
            date='20180115100000')
    p.text('แผนพัฒนาเขตประเวศ พ.ศ. ๒๕๖๑ - ๒๕๖๕', size=21, bold=True, align='center')
    p.para('แผนพัฒนาเขตระยะ ๕ ปี ภายใต้แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๒ (เอกสารเก่า เก็บไว้เพื่ออ้างอิง)')
    p.save()


SCHOOLS = [('โรงเรียนวัดบำเพ็ญเหนือ', 'อนุบาล - ป.6', 'แขวงประเวศ', '02-328-1101', 512),
           ('โรงเรียนวัดกระทุ่มเสือปลา', 'อนุบาล - ม.3', 'แขวงดอกไม้', '02-328-2210', 734),
           ('โรงเรียนคลองปักหลัก', 'อนุบาล - ป.6', 'แขวงหนองบอน', '02-328-3320', 288),
           ('โรงเรียนวัดมหาวงษ์', 'อนุบาล - ป.6', 'แขวงดอกไม้', '02-328-4430', 301),
           ('โรงเรียนวัดตะกล่ำ', 'อนุบาล - ป.6', 'แขวงประเวศ', '02-328-5540', 265),
           ('โรงเรียนบ้านเกาะ', 'อนุบาล - ป.6', 'แขวงหนองบอน', '02-328-6650', 198),
           ('โรงเรียนสุเหร่าบ้านดอน', 'อนุบาล - ป.6', 'แขวงประเวศ', '02-328-7760', 344),
           ('โรงเรียนประเวศ (สังกัด กทม.)', 'อนุบาล - ม.3', 'แขวงประเวศ', '02-328-8870', 690)]

NEWS = [('n6812b', '16 ธ.ค. 68', 'ผอ.เขตประเวศ ตรวจความพร้อมจุดจัดงานเทศกาลปีใหม่ 2569', 'ตรวจความปลอดภัยลานกิจกรรมสวนสาธารณะ และจุดจำหน่ายสินค้า'),
        ('n6812a', '๙ ธ.ค. ๒๕๖๘', 'เขตประเวศร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล 2568', 'บุคลากรกว่า 250 คน ร่วมประกาศเจตนารมณ์ไม่รับสินบน'),
        ('n6811b', 'Nov 28, 2025', 'ส่งมอบไฟส่องสว่าง LED ซอยอ่อนนุช 65 ครบ 120 จุด', 'ฝ่ายโยธาดำเนินการแล้วเสร็จตามแผนปฏิบัติราชการ ปี 2569'),
        ('n6811a', '๕ พ.ย. ๖๘', 'งานลอยกระทงคลองประเวศบุรีรมย์ 2568', 'ร่วมกับชุมชนจัดงานลอยกระทงวิถีไทย ลดโฟม'),
        ('n6810a', '21 ต.ค. 68', 'ประชุมชี้แจงการประเมิน ITA ประจำปีงบประมาณ 2569', 'ฝ่ายปกครองชี้แจงผู้รับผิดชอบรายข้อ OIT ทุกฝ่าย'),
        ('n6808a', '12 ส.ค. 68', 'กิจกรรมวันแม่แห่งชาติ เขตประเวศ', 'มอบประกาศนียบัตรแม่ดีเด่น 12 ราย'),
        ('n6806a', '3 มิ.ย. 68', 'ลอกท่อระบายน้ำถนนเฉลิมพระเกียรติ ร.9 ก่อนฤดูฝน', 'ลอกท่อแล้วเสร็จ 4.2 กม.'),
        ('n6803a', '10 มี.ค. 68', 'รณรงค์ชำระภาษีที่ดินและสิ่งปลูกสร้าง ปี 2568', 'เปิดจุดรับชำระเคลื่อนที่ 3 แขวง')]


def pages():
    page('index.html', 'หน้าหลัก', f"""
<a href="/ita/oit-2569.html"><img src="/img/banner-ita2569.jpg" alt="ITA 2569" style="width:100%"></a>
<h2>ข่าวประชาสัมพันธ์ล่าสุด</h2>
<ul>{''.join('<li><a href="/news/%s.html">%s</a> <span class="date">%s</span></li>' % (n[0], n[2], n[1]) for n in NEWS[:5])}</ul>
<h2>บริการด่วน</h2>
<ul><li><a href="/page/eservice.html">บริการออนไลน์ (E-Service)</a></li>
<li><a href="/eservice/tracking.php">ติดตามสถานะคำขออนุญาต</a></li>
<li><a href="/ita2568.php">ITA 2568 (หน้าเดิม)</a></li></ul>
""")
    duties = ''.join('<li>ฝ่าย%s: %s</li>' % d for d in DIVS)
    page('page/about.html', 'ข้อมูลหน่วยงาน', f"""
<h2>ข้อมูลหน่วยงาน</h2>
<p>เขตประเวศ พื้นที่ 52.49 ตารางกิโลเมตร แบ่งเป็น 3 แขวง ได้แก่ แขวงประเวศ แขวงหนองบอน และแขวงดอกไม้</p>
<h3>โครงสร้างสำนักงานเขต</h3><img src="/img/structure-prawet.png" alt="โครงสร้างสำนักงานเขตประเวศ" style="max-width:100%">
<h3>อำนาจหน้าที่</h3><p>ตามพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. 2528 และประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต</p><ul>{duties}</ul>
""")
    ex = ''.join('<div class="exec"><img src="/img/exec/%s.jpg" alt=""><br><b>%s</b><br>%s<br>โทร %s<br>%s</div>' % e for e in EXECS)
    hd = ''.join('<tr><td><img src="/img/exec/h%d.jpg" alt="" style="width:50px"></td><td>%s</td><td>หัวหน้าฝ่าย%s</td><td>02-328-7150 ต่อ %d</td></tr>'
                 % (i + 1, HEADS[i], DIVS[i][0], 200 + 10 * i) for i in range(10))
    page('page/executives.html', 'ผู้บริหาร', f"""
<h2>ผู้บริหารสำนักงานเขตประเวศ</h2>{ex}
<table class="g"><tr><th>รูป</th><th>ชื่อ - สกุล</th><th>ตำแหน่ง</th><th>โทรศัพท์</th></tr>{hd}</table>
<p class="date">Updated: 1 December 2025</p>""")
    page('page/contact.html', 'ติดต่อเรา', f"""
<h2>ติดต่อสำนักงานเขตประเวศ</h2>
<p>ที่อยู่: {ADDR}<br>โทรศัพท์: {TEL}<br>โทรสาร: {FAX}<br>อีเมล: <a href="mailto:{MAIL}">{MAIL}</a><br>
เวลาทำการ: จันทร์ - ศุกร์ 08.00 - 16.00 น.</p>
<img src="/img/map-prawet.png" alt="แผนที่" style="max-width:100%"><p><a href="https://maps.google.com/?q=13.7170,100.6950">Google Maps</a></p>""")
    page('page/policy.html', 'นโยบายและแผน', """
<h2>นโยบายและแผน</h2>
<ul>
<li><a href="/docs/policy/governor-policy-and-bma-plan-2569.pdf">นโยบายผู้ว่าราชการกรุงเทพมหานคร และแผนปฏิบัติราชการ กทม. ปี 2569 (ส่วนของเขตประเวศ)</a> <span class="new">ใหม่</span></li>
<li><a href="/docs/policy/bma-dev-plan-2566-2570-summary.pdf">แผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี ระยะที่ 3 (พ.ศ. 2566-2570)</a></li>
<li class="old"><a href="/docs/policy/prawet-dev-plan-2561-2565.pdf">แผนพัฒนาเขตประเวศ พ.ศ. 2561-2565</a> (เอกสารเก่า)</li>
</ul>""")
    srows = ''.join('<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%d</td></tr>' % ((i,) + s) for i, s in enumerate(SCHOOLS, 1))
    page('page/schools.html', 'โรงเรียนในสังกัด', f"""
<h2>โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขตประเวศ</h2>
<table class="g"><tr><th>#</th><th>โรงเรียน</th><th>ระดับ</th><th>แขวง</th><th>โทรศัพท์</th><th>นักเรียน ปีการศึกษา 2568</th></tr>{srows}</table>
<p class="date">ข้อมูลนักเรียน ณ 10 มิ.ย. 2568 (ปีการศึกษา 2568)</p>""")
    items = ''.join('<li><a href="/news/%s.html">%s</a> <span class="date">%s</span></li>' % (n[0], n[2], n[1]) for n in NEWS)
    page('page/sub/20145/ข่าวประชาสัมพันธ์/index.html', 'ข่าวประชาสัมพันธ์', f"<h2>ข่าวประชาสัมพันธ์ ปี 2568</h2><ul>{items}</ul>")
    for n in NEWS:
        page('news/%s.html' % n[0], n[2], '<h2>%s</h2><p class="date">%s</p><p>%s</p>' % (n[2], n[1], n[3]))
    page('page/services.html', 'บริการประชาชน', """
<h2>บริการประชาชน</h2>
<ul><li><a href="/docs/service/citizen-guide-prawet.docx">คู่มือสำหรับประชาชน (Word)</a></li>
<li><a href="/docs/service/checklist-building.pdf">Checklist ใบอนุญาตก่อสร้างอาคาร</a></li>
<li><a href="/docs/service/checklist-health.pdf">Checklist ใบอนุญาตกิจการที่เป็นอันตรายต่อสุขภาพ</a></li>
<li><a href="/docs/manual/prawet-work-manual-2567.pdf">คู่มือการปฏิบัติงาน (ทุกฝ่าย)</a></li></ul>""")
    page('page/eservice.html', 'E-Service', """
<h2>บริการออนไลน์ (E-Service)</h2>
<table class="g"><tr><th>บริการ</th><th>ลิงก์</th></tr>
<tr><td>ยื่นคำขออนุญาตออนไลน์ BMA OSS</td><td><a href="https://bmaoss.bangkok.go.th/">bmaoss.bangkok.go.th</a></td></tr>
<tr><td>จองคิวงานทะเบียน BMA Q</td><td><a href="https://q.bangkok.go.th/">q.bangkok.go.th</a></td></tr>
<tr><td>แจ้งเรื่องร้องทุกข์ Traffy Fondue</td><td><a href="https://fondue.traffy.in.th/">Traffy Fondue</a></td></tr>
<tr><td>ชำระภาษีออนไลน์</td><td><a href="https://bmatax.bangkok.go.th/">BMA Tax</a></td></tr>
</table>""")
    page('page/finance.html', 'งบประมาณ', """
<h2>งบประมาณ</h2>
<ul><li><a href="/docs/2569/spending-plan-2569.pdf">แผนการใช้จ่ายงบประมาณ ปีงบประมาณ 2569</a> <span class="new">ใหม่</span></li>
<li><a href="/docs/2568/spending-report-fy2568.pdf">รายงานผลการใช้จ่ายงบประมาณ ประจำปีงบประมาณ 2568</a> <span class="new">ใหม่</span></li>
<li><a href="/docs/2568/budget-ordinance-2568-prawet.pdf">ข้อบัญญัติงบประมาณรายจ่ายประจำปี (ส่วนของเขตประเวศ)</a> <span class="date">อัปเดต 2 ต.ค. 68</span></li>
<li><a href="/docs/2568/community-grant-2568.pdf">เงินอุดหนุนชุมชน ปี 2568</a> <span class="date">อัปเดต 2 ต.ค. 68</span></li></ul>""")
    fy69 = [('2568-10', 'ต.ค. 68', '7 พ.ย. 68'), ('2568-11', 'พ.ย.๖๘', '8 ธ.ค. 68')]
    fy68 = [(2567, 10), (2567, 11), (2567, 12)] + [(2568, m) for m in range(1, 10)]
    page('page/procurement.html', 'จัดซื้อจัดจ้าง', f"""
<h2>ข้อมูลการจัดซื้อจัดจ้าง</h2>
<p>ระบบ <a href="https://www.gprocurement.go.th/">e-GP</a> · <a href="https://egpbma.bangkok.go.th/">e-GPBMA</a></p>
<h3>ปีงบประมาณ พ.ศ. 2569</h3>
<ul><li><a href="/docs/procurement/ann-2569-001.pdf">ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ปีงบประมาณ 2569</a> <span class="date">15 ต.ค. 68</span></li>
<li><a href="/docs/procurement/ann-2569-002.pdf">ประกาศผู้ชนะ จ้างเหมาทำความสะอาดอาคาร</a> <span class="date">28 ต.ค. 68</span></li>
<li><a href="/docs/procurement/ann-2569-003.pdf">ประกวดราคาจ้างก่อสร้างเขื่อน ค.ส.ล. คลองประเวศบุรีรมย์ ช่วงที่ 2 (e-bidding)</a> <span class="date">20 พ.ย. 68</span></li></ul>
<p><b>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)</b></p>
<ul>{''.join('<li><a href="/docs/procurement/skr1-%s.pdf">สรุปผล %s</a> <span class="new">ใหม่</span> <span class="date">โพสต์ %s</span></li>' % f for f in fy69)}</ul>
<h3 class="old">ปีงบประมาณ พ.ศ. 2568 (ย้อนหลัง)</h3>
<ul class="old">{''.join('<li><a href="/docs/procurement/skr1-%d-%02d.pdf">สรุปผล %s %s</a></li>' % (y, m, MONTH_AB[m], str(y)[2:]) for y, m in fy68)}</ul>
""")
    page('page/complaint.html', 'ร้องเรียนการทุจริต', f"""
<h2>ช่องทางการร้องเรียนการทุจริตและประพฤติมิชอบ</h2>
<ul><li>ยื่นหนังสือด้วยตนเองหรือทางไปรษณีย์ ถึงผู้อำนวยการเขตประเวศ {ADDR}</li>
<li>โทรศัพท์ {TEL} ต่อ 201 (ฝ่ายปกครอง)</li><li>อีเมล <a href="mailto:anticorruption.prawet@bangkok.go.th">anticorruption.prawet@bangkok.go.th</a></li>
<li>ตู้รับเรื่องร้องเรียน ชั้น 1 อาคารสำนักงานเขต</li><li>สายด่วน 1555</li></ul>
<p>ผู้ร้องเรียนจะได้รับการคุ้มครองและเก็บรักษาข้อมูลเป็นความลับ</p>
<p><a href="/docs/integrity/complaint-stat-2568.pdf">ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต ประจำปี 2568</a></p>""")

    N = '<span class="new">ใหม่</span>'
    R = [
        ('O1', 'ข้อมูลพื้นฐานของสำนักงานเขต', [('/page/about.html', 'โครงสร้างและอำนาจหน้าที่'), ('/page/executives.html', 'ผู้บริหาร'), ('/page/contact.html', 'ข้อมูลการติดต่อ')]),
        ('O๒', 'นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร', [('/page/policy.html', 'นโยบายและแผน')]),
        ('o3', 'โรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขต', [('/page/schools.html', 'รายชื่อโรงเรียน')]),
        ('0๔', 'การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน', [('/page/sub/20145/ข่าวประชาสัมพันธ์/', 'ข่าวประชาสัมพันธ์ ปี 2568')]),
        ('O5', 'แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี',
         [('/docs/2569/action-plan-2569.pdf', 'แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2569 ' + N),
          ('/docs/2568/action-plan-2568.pdf', 'แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568'),
          ('/docs/2568/report-6m-2568.pdf', 'รายงานผลการปฏิบัติราชการ รอบ 6 เดือน (ต.ค. 67 - มี.ค. 68)'),
          ('/docs/2568/annual-report-latest.pdf', 'รายงานผลการปฏิบัติราชการประจำปี (ฉบับล่าสุด)')]),
        ('O๖', 'คู่มือการปฏิบัติหน้าที่', [('/docs/manual/prawet-work-manual-2567.pdf', 'คู่มือการปฏิบัติงาน สำนักงานเขตประเวศ (ทุกฝ่าย)')]),
        ('O7', 'คู่มือการให้บริการประชาชน', [('/docs/service/citizen-guide-prawet.docx', 'คู่มือสำหรับประชาชน (Word)')]),
        ('O8', 'E-Service', [('/page/eservice.html', 'บริการออนไลน์')]),
        ('O๙', 'ข้อมูลสถิติการจัดเก็บภาษี', [('/docs/stat/tax-stat-2568.pdf', 'สถิติการจัดเก็บภาษี ปี 2568 (PDF)'), ('/docs/stat/tax-stat-2568.xlsx', 'Excel')]),
        ('O10', 'ข้อมูลสถิติการจัดเก็บรายได้', [('/docs/stat/revenue-fy2569.xlsx', 'สถิติการจัดเก็บรายได้ ปีงบ 2569 (ต.ค. 68 - พ.ย. 68) และปีงบ 2568 ' + N)]),
        ('O11', 'รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต', [('/docs/service/checklist-building.pdf', 'Checklist ใบอนุญาตก่อสร้าง'), ('/docs/service/checklist-health.pdf', 'Checklist ใบอนุญาตกิจการที่เป็นอันตรายต่อสุขภาพ')]),
        ('O12', 'ระบบติดตาม (Tracking System) สถานะการขอใบอนุญาต', [('/eservice/tracking.php', 'ระบบติดตามสถานะคำขออนุญาต')]),
        ('O13', 'แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายงบประมาณประจำปี',
         [('/docs/2569/spending-plan-2569.pdf', 'แผนการใช้จ่ายงบประมาณ ปีงบประมาณ 2569 ' + N),
          ('/docs/2568/spending-report-fy2568.pdf', 'รายงานผลการใช้จ่ายงบประมาณ FY2025 ' + N),
          ('/docs/2568/spending-6m-2568.pdf', 'รายงานผลการใช้จ่ายงบประมาณ รอบ 6 เดือน ปี 2568')]),
        ('O14', 'ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ ข้อมูลเงินอุดหนุนชุมชน',
         [('/docs/2568/budget-ordinance-2568-prawet.pdf', 'ข้อบัญญัติงบประมาณรายจ่ายประจำปี (ส่วนของเขตประเวศ) อัปเดต 2 ต.ค. 68'),
          ('/docs/2568/community-grant-2568.pdf', 'ข้อมูลเงินอุดหนุนชุมชน อัปเดต 2 ต.ค. 68')]),
        ('O15', 'ประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้างรายเดือน', [('/page/procurement.html', 'ข้อมูลการจัดซื้อจัดจ้าง (ล่าสุด พ.ย.๖๘)')]),
        ('O16', 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', [('/docs/hr/hr-criteria-prawet.pdf', 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล')]),
        ('O17', 'ช่องทางการร้องเรียนการทุจริตและข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี',
         [('/page/complaint.html', 'ช่องทางร้องเรียนการทุจริต'), ('/docs/integrity/complaint-stat-2568.pdf', 'สถิติเรื่องร้องเรียนการทุจริต ประจำปี 2568')]),
        ('O18', 'ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) และการรายงานผลสู่การปฏิบัติ',
         [('/docs/integrity/anti-bribery-policy-2569.pdf', 'ประกาศนโยบายต่อต้านการรับสินบน ปี 2568'),
          ('/docs/integrity/anti-bribery-report-fy2568.pdf', 'รายงานผลการดำเนินการตามนโยบาย ปีงบประมาณ 2568'),
          ('#', 'รายงานผลรอบ 6 เดือน ปีงบประมาณ 2569 (ต.ค. 68 - มี.ค. 69): อยู่ระหว่างรวบรวมข้อมูล จะเผยแพร่ภายในเมษายน 2569')]),
        ('O19', 'การประเมินความเสี่ยงต่อการรับสินบนและการรายงานผลการดำเนินการเพื่อจัดการความเสี่ยง',
         [('/docs/integrity/bribery-risk-2568.pdf', 'การประเมินความเสี่ยงต่อการรับสินบน'),
          ('/docs/integrity/bribery-risk-report-6m-2568.pdf', 'รายงานผลการจัดการความเสี่ยง รอบ 6 เดือน')]),
        ('O20', 'แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่', [('/docs/integrity/discretion-guideline.pdf', 'แนวทางการใช้ดุลยพินิจของเจ้าหน้าที่')]),
        ('O21', 'การจัดการทรัพย์สินของราชการ ของบริจาคและการจัดเก็บของกลาง', [('/docs/integrity/asset-donation-evidence-measures.pdf', 'มาตรการจัดการทรัพย์สินของราชการ ของบริจาค และของกลาง ' + N)]),
        ('O22', 'มาตรการในการยกระดับคุณธรรมและความโปร่งใส และการรายงานผลการดำเนินงาน',
         [('/docs/integrity/ita-measures-2569.pdf', 'มาตรการยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569 ' + N),
          ('/docs/integrity/ita-report-fy2568.pdf', 'รายงานผลการดำเนินการตามมาตรการ ปีงบประมาณ 2568')]),
    ]
    trs = ''
    for code, label, links in R:
        cell = '<br>'.join(('<a href="%s">%s</a>' % (h, t)) if h != '#' else '<span class="old">%s</span>' % t for h, t in links)
        trs += '<tr><td><b>%s</b></td><td>%s</td><td>%s</td></tr>\n' % (code, label, cell)
    page('ita/oit-2569.html', 'ITA 2569', f"""
<h2>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2569</h2>
<p>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) สำนักงานเขตประเวศ · ปรับปรุงข้อมูล 12 ธ.ค. 68</p>
<table class="g"><tr><th style="width:60px">ข้อ</th><th>หัวข้อ</th><th>ข้อมูล/เอกสาร</th></tr>
{trs}</table>""")


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    write('css/portal.css', CSS)
    make_images()
    doc_action_plans()
    doc_manual_combined()
    doc_citizen_guide()
    doc_checklists()
    stat_tax()
    stat_revenue()
    doc_budget()
    doc_skr()
    doc_announcements()
    doc_hr()
    doc_integrity()
    doc_policy()
    pages()


if __name__ == '__main__':
    main()
