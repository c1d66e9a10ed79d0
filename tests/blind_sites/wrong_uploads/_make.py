#!/usr/bin/env python3
"""Generate the `wrong_uploads` fixture site (สำนักงานเขตบางพลัด, as_of 2025-07-15, bma-2567).

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
D = 'บางพลัด'
OFFICE = 'สำนักงานเขตบางพลัด'
ADDR = 'เลขที่ 259 ถนนจรัญสนิทวงศ์ แขวงบางบำหรุ เขตบางพลัด กรุงเทพมหานคร 10700'
TEL = '02-424-6130'
FAX = '02-424-6131'
MAIL = 'bangphlat.office@bangkok.go.th'
DIRECTOR = 'นายสุรเชษฐ์ ธนากร'

CSS = """
*{box-sizing:border-box}body{margin:0;font-family:'Sarabun','Garuda',sans-serif;color:#1f2933;background:#f4f6f8;line-height:1.6}
a{color:#0b5cab;text-decoration:none}a:hover{text-decoration:underline}
.top{background:#0b3d2e;color:#fff;font-size:.85rem;padding:4px 0}.top .wrap{display:flex;justify-content:space-between}
header{background:#fff;border-bottom:4px solid #1b7f4c}header .wrap{display:flex;align-items:center;gap:14px;padding:10px 16px}
header img{height:62px}header h1{font-size:1.35rem;margin:0;color:#0b3d2e}header small{display:block;color:#52606d}
nav{background:#1b7f4c}nav ul{list-style:none;margin:0 auto;padding:0 16px;display:flex;flex-wrap:wrap;max-width:1140px}
nav li a{display:block;color:#fff;padding:10px 14px;font-weight:600}nav li a.on,nav li a:hover{background:#0b3d2e;text-decoration:none}
.wrap{max-width:1140px;margin:0 auto}main.wrap{background:#fff;padding:22px 26px;margin-top:18px;margin-bottom:18px;border-radius:8px;box-shadow:0 1px 4px rgba(0,0,0,.08)}
.crumb{font-size:.85rem;color:#7b8794;margin-bottom:10px}
table.t{border-collapse:collapse;width:100%;margin:10px 0}table.t th,table.t td{border:1px solid #cbd2d9;padding:7px 9px;vertical-align:top}
table.t th{background:#e6f4ea;text-align:left}.code{font-weight:700;color:#1b7f4c;white-space:nowrap}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(250px,1fr));gap:16px}.card{border:1px solid #e4e7eb;border-radius:8px;padding:12px;background:#fff}
.card img{width:100%;border-radius:6px}.badge{display:inline-block;background:#f0b429;color:#3b2c00;border-radius:10px;padding:0 8px;font-size:.75rem;margin-left:6px}
.doc{display:inline-block;margin:2px 0}.doc:before{content:'\\1F4C4  '}
.muted{color:#7b8794;font-size:.85rem}.exec{display:flex;gap:14px;align-items:flex-start;border-bottom:1px dashed #d9e2ec;padding:10px 0}.exec img{width:96px;border-radius:6px}
footer{background:#0b3d2e;color:#d9e2ec;padding:18px 0;font-size:.9rem}footer a{color:#9fe3b8}
"""

NAV = [('/', 'หน้าหลัก'), ('/about/', 'เกี่ยวกับเขต'), ('/news/', 'ข่าวสาร'),
       ('/services/', 'บริการประชาชน'), ('/procurement/', 'จัดซื้อจัดจ้าง'),
       ('/ita/', 'ITA / OIT 2568'), ('/complaint/', 'ร้องเรียน'), ('/contact/', 'ติดต่อเรา')]


def page(rel, title, body, on='', crumb=None):
    navhtml = ''.join('<li><a href="%s"%s>%s</a></li>' % (h, ' class="on"' if h == on else '', t)
                      for h, t in NAV)
    cr = ''
    if crumb:
        cr = '<div class="crumb"><a href="/">หน้าหลัก</a> › ' + ' › '.join(crumb) + '</div>'
    html = f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {OFFICE}</title>
<link rel="stylesheet" href="/assets/style.css">
</head>
<body>
<div class="top"><div class="wrap"><span>กรุงเทพมหานคร · Bangkok Metropolitan Administration</span><span>โทร {TEL}</span></div></div>
<header><div class="wrap"><a href="/"><img src="/assets/img/logo.png" alt="ตรากรุงเทพมหานคร"></a>
<div><h1>{OFFICE}</h1><small>Bang Phlat District Office · กรุงเทพมหานคร</small></div></div></header>
<nav><ul>{navhtml}</ul></nav>
<main class="wrap">
{cr}
{body}
</main>
<footer><div class="wrap">
<b>{OFFICE}</b><br>{ADDR}<br>โทรศัพท์ {TEL} · <a href="/contact/">ข้อมูลการติดต่อทั้งหมด</a><br>
<span class="muted">© 2568 {OFFICE} · ปรับปรุงข้อมูลล่าสุด 11 กรกฎาคม 2568</span>
</div></footer>
</body>
</html>
"""
    write(rel, html)


# -------------------------------------------------------------- images
def make_images():
    img = Image.new('RGBA', (120, 120), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.ellipse((4, 4, 116, 116), fill=(27, 127, 76), outline=(240, 180, 41), width=6)
    f = ImageFont.truetype(FD + 'Garuda-Bold.ttf', 26, layout_engine=ImageFont.Layout.RAQM)
    d.text((24, 42), 'กทม.', font=f, fill=(255, 255, 255))
    img.save(out('assets/img/logo.png'))
    png_text('assets/img/banner.jpg', 1100, 300, (27, 127, 76),
             ['เขตบางพลัด เมืองน่าอยู่ ริมเจ้าพระยา', 'โปร่งใส ใส่ใจบริการ ทันสมัย'], sizes=[44, 30], seed=3)
    execs = ['dir', 'asst1', 'asst2'] + ['h%d' % i for i in range(1, 11)]
    for i, e in enumerate(execs):
        avatar('assets/img/exec/%s.jpg' % e, seed=100 + i,
               shirt=[(30, 60, 120), (120, 40, 40), (40, 90, 60)][i % 3])
    # map
    img = Image.new('RGB', (640, 400), (236, 240, 232))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 250, 640, 290), fill=(160, 200, 230))
    d.line((0, 120, 640, 140), fill=(250, 210, 120), width=14)
    d.line((300, 0, 330, 400), fill=(255, 255, 255), width=10)
    d.ellipse((312, 118, 340, 146), fill=(200, 30, 30))
    f = ImageFont.truetype(FD + 'Garuda-Bold.ttf', 18, layout_engine=ImageFont.Layout.RAQM)
    d.text((345, 112), 'สำนักงานเขตบางพลัด', font=f, fill=(40, 40, 40))
    d.text((20, 95), 'ถนนจรัญสนิทวงศ์', font=f, fill=(90, 90, 90))
    d.text((20, 258), 'แม่น้ำเจ้าพระยา', font=f, fill=(40, 70, 110))
    img.save(out('assets/img/map.png'))
    # org chart
    img = Image.new('RGB', (1000, 420), (255, 255, 255))
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FD + 'Garuda.ttf', 15, layout_engine=ImageFont.Layout.RAQM)
    fb = ImageFont.truetype(FD + 'Garuda-Bold.ttf', 17, layout_engine=ImageFont.Layout.RAQM)

    def box(x, y, w, h, t, font=f):
        d.rectangle((x, y, x + w, y + h), outline=(27, 127, 76), width=2, fill=(234, 246, 238))
        tw = d.textlength(t, font=font)
        d.text((x + (w - tw) / 2, y + h / 2 - 12), t, font=font, fill=(20, 20, 20))
    box(400, 10, 200, 44, 'ผู้อำนวยการเขต', fb)
    d.line((500, 54, 500, 80), fill=(0, 0, 0), width=2)
    box(260, 80, 200, 40, 'ผู้ช่วยผู้อำนวยการเขต')
    box(540, 80, 200, 40, 'ผู้ช่วยผู้อำนวยการเขต')
    d.line((60, 150, 940, 150), fill=(0, 0, 0), width=2)
    d.line((500, 120, 500, 150), fill=(0, 0, 0), width=2)
    divs = ['ฝ่ายปกครอง', 'ฝ่ายทะเบียน', 'ฝ่ายการคลัง', 'ฝ่ายรายได้', 'ฝ่ายโยธา',
            'ฝ่ายสิ่งแวดล้อมฯ', 'ฝ่ายรักษาความสะอาดฯ', 'ฝ่ายเทศกิจ', 'ฝ่ายพัฒนาชุมชนฯ', 'ฝ่ายการศึกษา']
    for i, t in enumerate(divs):
        x = 8 + (i % 5) * 198
        y = 180 if i < 5 else 300
        d.line((x + 90, 150 if i < 5 else 240, x + 90, y), fill=(0, 0, 0), width=1)
        box(x, y, 180, 50, t)
    img.save(out('assets/img/orgchart.png'))


# ------------------------------------------------------------ documents
DIVS = [
    ('ปกครอง', 'งานธุรการ สารบรรณ งานการเจ้าหน้าที่ งานนิติการ งานประชาสัมพันธ์ และงานอำนวยการทั่วไปของสำนักงานเขต'),
    ('ทะเบียน', 'งานทะเบียนราษฎร บัตรประจำตัวประชาชน ทะเบียนครอบครัว ทะเบียนพาณิชย์ และงานทะเบียนทั่วไป'),
    ('การคลัง', 'งานการเงิน การบัญชี งบประมาณ งานพัสดุและจัดซื้อจัดจ้าง และงานเก็บรักษาทรัพย์สิน'),
    ('รายได้', 'งานจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย ค่าธรรมเนียม และงานสำรวจผู้เสียภาษี'),
    ('โยธา', 'งานควบคุมอาคาร การออกใบอนุญาตก่อสร้าง ดัดแปลง รื้อถอน งานบำรุงรักษาถนน ทางเท้า และระบบระบายน้ำ'),
    ('สิ่งแวดล้อมและสุขาภิบาล', 'งานสุขาภิบาลอาหาร ใบอนุญาตกิจการที่เป็นอันตรายต่อสุขภาพ ควบคุมเหตุรำคาญและมลพิษ'),
    ('รักษาความสะอาดและสวนสาธารณะ', 'งานเก็บขนมูลฝอย กวาดถนน ดูแลสวนสาธารณะและพื้นที่สีเขียว'),
    ('เทศกิจ', 'งานรักษาความสงบเรียบร้อย จัดระเบียบหาบเร่แผงลอย บังคับใช้ข้อบัญญัติกรุงเทพมหานคร'),
    ('พัฒนาชุมชนและสวัสดิการสังคม', 'งานพัฒนาชุมชน กรรมการชุมชน เบี้ยยังชีพผู้สูงอายุและคนพิการ และสวัสดิการสังคม'),
    ('การศึกษา', 'งานส่งเสริมและกำกับดูแลโรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขต'),
]
DIV_SLUG = ['admin', 'registry', 'finance', 'revenue', 'works', 'environ', 'clean', 'tesakij', 'community', 'edu']
HEADS = ['นายอนุชา พรหมวิเศษ', 'นางสาวกมลวรรณ เรืองศรี', 'นางสาวจิราพร ทองดี', 'นายปิยะ เกษมสุข',
         'นายธีรวัฒน์ บุญประคอง', 'นางนภัสสร แสงจันทร์', 'นายสมบัติ ใจกล้า', 'นายณัฐพล ศรีวงศ์',
         'นางอัมพร เพ็ชรรัตน์', 'นางสาวศิริลักษณ์ มีสุข']


def doc_manuals():
    steps = {
        'ปกครอง': ['รับหนังสือเข้าผ่านระบบสารบรรณอิเล็กทรอนิกส์ ลงทะเบียนรับภายในวันเดียวกัน',
                   'เสนอหัวหน้าฝ่ายพิจารณามอบหมายผู้รับผิดชอบ',
                   'ผู้รับผิดชอบดำเนินการตามระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ',
                   'จัดทำหนังสือตอบ เสนอผู้อำนวยการเขตลงนาม และส่งออกภายใน 3 วันทำการ'],
        'ทะเบียน': ['ตรวจสอบเอกสารหลักฐานของผู้ยื่นคำร้องตามรายการที่กำหนด',
                    'บันทึกข้อมูลในระบบคอมพิวเตอร์การทะเบียนราษฎร',
                    'นายทะเบียนพิจารณาอนุมัติและลงลายมือชื่อ',
                    'ส่งมอบเอกสารให้ผู้ยื่นคำร้องและให้ประเมินความพึงพอใจ'],
    }
    default = ['รับเรื่องและตรวจสอบความครบถ้วนของเอกสาร',
               'ลงทะเบียนรับเรื่องและมอบหมายเจ้าหน้าที่ผู้รับผิดชอบ',
               'ตรวจสอบข้อเท็จจริงหรือตรวจสถานที่ตามระเบียบที่เกี่ยวข้อง',
               'เสนอความเห็นต่อหัวหน้าฝ่ายและผู้มีอำนาจพิจารณาสั่งการ',
               'แจ้งผลการพิจารณาให้ผู้เกี่ยวข้องทราบ และจัดเก็บเอกสารเข้าแฟ้ม']
    for i, (dv, duty) in enumerate(DIVS):
        broken = (dv == 'เทศกิจ')  # Word-2007 style export: sara am lost in text layer
        fix = (lambda s: s.replace('ำ', 'า')) if broken else (lambda s: s)
        p = PDF('docs/manual/manual-%s.pdf' % DIV_SLUG[i], title=fix('คู่มือการปฏิบัติงาน ฝ่าย' + dv),
                author='ฝ่าย' + dv, creator='Microsoft® Word 2007' if broken else 'Microsoft® Word 2016',
                producer='Microsoft® Word 2007' if broken else 'Microsoft® Word 2016',
                date='2024110%d100000' % (i % 9 + 1), pagenum=True)
        p.gap(120)
        p.text(fix('คู่มือการปฏิบัติงาน'), size=30, bold=True, align='center')
        p.text(fix('ฝ่าย%s' % dv), size=26, bold=True, align='center')
        p.text(fix('สำนักงานเขตบางพลัด กรุงเทพมหานคร'), size=20, align='center')
        p.gap(30)
        p.text(fix('ฉบับปรับปรุง พ.ศ. ๒๕๖๗'), size=18, align='center')
        p.newpage()
        p.text(fix('๑. วัตถุประสงค์'), bold=True)
        p.para(fix('เพื่อให้เจ้าหน้าที่ฝ่าย%s สำนักงานเขตบางพลัด ปฏิบัติงานเป็นมาตรฐานเดียวกัน '
                   'ลดขั้นตอนที่ซ้ำซ้อน และให้ผู้มาติดต่อได้รับบริการที่รวดเร็ว ถูกต้อง โปร่งใส' % dv))
        p.text(fix('๒. ขอบเขตงาน'), bold=True)
        p.para(fix('ฝ่าย%s มีหน้าที่รับผิดชอบ %s' % (dv, duty)))
        p.text(fix('๓. ขั้นตอนการปฏิบัติงาน'), bold=True)
        p.table([fix('ขั้นตอน'), fix('รายละเอียดการดำเนินงาน'), fix('ระยะเวลา'), fix('ผู้รับผิดชอบ')],
                [[th(k + 1), fix(s), fix(['ทันที', '๑ วัน', '๓ วัน', '๒ วัน', '๑ วัน'][k % 5]),
                  fix('เจ้าหน้าที่ฝ่าย%s' % dv if k < 3 else 'หัวหน้าฝ่าย%s' % dv)]
                 for k, s in enumerate(steps.get(dv, default))], [1, 5, 1.4, 2.4])
        p.text(fix('๔. กฎหมายและระเบียบที่เกี่ยวข้อง'), bold=True)
        p.para(fix('พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘ '
                   'พระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘ '
                   'และข้อบัญญัติกรุงเทพมหานครที่เกี่ยวข้อง'))
        p.text(fix('๕. ช่องทางติดต่อ'), bold=True)
        p.para(fix('ฝ่าย%s สำนักงานเขตบางพลัด โทร ๐ ๒๔๒๔ ๖๑๓๐ ต่อ %s' % (dv, th(200 + i * 10))))
        p.save()


def doc_action_plan_draft():
    p = PDF('docs/plan/action-plan-2568.pdf', title='(ร่าง) แผนปฏิบัติราชการประจำปี 2568 เขตบางพลัด',
            author='ฝ่ายปกครอง', date='20241018143000', watermark='ร่าง', pagenum=True)
    p.text('(ร่าง)', size=20, bold=True, align='right')
    p.gap(80)
    p.text('แผนปฏิบัติราชการประจำปี', size=30, bold=True, align='center')
    p.text('ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', size=26, bold=True, align='center')
    p.text('สำนักงานเขตบางพลัด', size=24, align='center')
    p.gap(40)
    p.text('ฉบับร่างเพื่อเสนอที่ประชุมคณะผู้บริหารสำนักงานเขตพิจารณา', size=18, align='center')
    p.text('(ยังไม่ผ่านความเห็นชอบ ห้ามอ้างอิง)', size=16, align='center')
    p.newpage()
    p.text('ส่วนที่ ๑ บทนำ', bold=True, size=18)
    p.para('แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ของสำนักงานเขตบางพลัด (ร่าง) จัดทำขึ้นให้สอดคล้องกับ '
           'แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๓ (พ.ศ. ๒๕๖๖ - ๒๕๗๐) และนโยบายผู้ว่าราชการกรุงเทพมหานคร '
           'โดยรวบรวมโครงการและกิจกรรมของทุกฝ่ายในสำนักงานเขต')
    p.text('ส่วนที่ ๒ โครงการ/กิจกรรม (ร่าง)', bold=True, size=18)
    rows = [
        ['๑', 'โครงการปรับปรุงทางเท้าถนนจรัญสนิทวงศ์ ช่วงซอย ๗๕ - ๘๗', 'ฝ่ายโยธา', '๔,๘๕๐,๐๐๐', 'ร้อยละของความยาวทางเท้าที่แล้วเสร็จ'],
        ['๒', 'โครงการลอกท่อระบายน้ำก่อนฤดูฝน', 'ฝ่ายโยธา', '๑,๒๐๐,๐๐๐', 'ความยาวท่อที่ลอก (เมตร)'],
        ['๓', 'โครงการคัดแยกขยะต้นทางในชุมชน', 'ฝ่ายรักษาความสะอาดฯ', '๓๕๐,๐๐๐', 'จำนวนชุมชนที่เข้าร่วม'],
        ['๔', 'กิจกรรมตรวจสุขลักษณะร้านอาหารและแผงลอย', 'ฝ่ายสิ่งแวดล้อมฯ', '๘๐,๐๐๐', 'ร้อยละของร้านที่ผ่านเกณฑ์'],
        ['๕', 'โครงการส่งเสริมอาชีพผู้สูงอายุ', 'ฝ่ายพัฒนาชุมชนฯ', '๒๒๐,๐๐๐', 'จำนวนผู้เข้ารับการอบรม'],
        ['๖', 'โครงการเขตบางพลัดโปร่งใส ร่วมต้านทุจริต', 'ฝ่ายปกครอง', '๕๐,๐๐๐', 'ผลคะแนน ITA ไม่น้อยกว่า ๙๕'],
        ['๗', 'โครงการจัดระเบียบหาบเร่แผงลอยตลาดบางพลัด', 'ฝ่ายเทศกิจ', '๖๐,๐๐๐', 'จำนวนจุดผ่อนผันที่จัดระเบียบ'],
    ]
    p.table(['ที่', 'โครงการ/กิจกรรม', 'ผู้รับผิดชอบ', 'งบประมาณ\n(บาท)', 'ตัวชี้วัด'], rows, [0.6, 4.4, 2.2, 2.3, 3.2])
    p.text('หมายเหตุ งบประมาณอยู่ระหว่างการทบทวน อาจมีการเปลี่ยนแปลงตามผลการพิจารณา', size=14, gray=0.3)
    p.gap(20)
    p.text('ผู้จัดทำ ............................................ ฝ่ายปกครอง', size=15)
    p.text('ผู้เห็นชอบ ............................................ (ยังไม่ลงนาม)', size=15)
    p.save()


def doc_annual_report_2567():
    p = PDF('docs/plan/annual-report-2567.pdf', title='รายงานผลการปฏิบัติราชการ ประจำปีงบประมาณ 2567',
            author='ฝ่ายปกครอง สำนักงานเขตบางพลัด', date='20241120100000', pagenum=True)
    p.gap(60)
    p.text('รายงานผลการปฏิบัติราชการประจำปี', size=28, bold=True, align='center')
    p.text('ปีงบประมาณ พ.ศ. ๒๕๖๗ (๑ ตุลาคม ๒๕๖๖ - ๓๐ กันยายน ๒๕๖๗)', size=20, align='center')
    p.text('สำนักงานเขตบางพลัด กรุงเทพมหานคร', size=20, align='center')
    p.gap(20)
    p.text('๑. สรุปผลการดำเนินงานภาพรวม', bold=True)
    p.para('ในปีงบประมาณ พ.ศ. ๒๕๖๗ สำนักงานเขตบางพลัดดำเนินโครงการตามแผนปฏิบัติราชการรวม ๓๒ โครงการ '
           'แล้วเสร็จ ๒๙ โครงการ คิดเป็นร้อยละ ๙๐.๖๓ และเบิกจ่ายงบประมาณได้ร้อยละ ๙๔.๑๒ ของงบประมาณที่ได้รับจัดสรร')
    p.text('๒. ผลการดำเนินงานรายโครงการที่สำคัญ', bold=True)
    p.table(['โครงการ', 'เป้าหมาย', 'ผลการดำเนินงาน', 'งบประมาณที่ใช้ (บาท)'], [
        ['ปรับปรุงผิวจราจรซอยจรัญสนิทวงศ์ ๖๙', '๑,๒๐๐ ตร.ม.', 'แล้วเสร็จ ๑,๒๐๐ ตร.ม.', '๒,๔๑๐,๐๐๐'],
        ['ลอกท่อระบายน้ำ', '๑๘,๐๐๐ เมตร', '๑๘,๖๕๐ เมตร', '๑,๐๘๐,๐๐๐'],
        ['คัดแยกขยะต้นทาง', '๒๐ ชุมชน', '๒๓ ชุมชน', '๒๙๐,๐๐๐'],
        ['ตรวจสุขลักษณะสถานประกอบการอาหาร', '๔๐๐ ราย', '๔๑๒ ราย', '๖๕,๐๐๐'],
        ['ฝึกอาชีพผู้สูงอายุ', '๑๕๐ คน', '๑๒๘ คน', '๑๘๐,๐๐๐'],
    ], [4, 2, 2.5, 2])
    p.text('๓. ปัญหา อุปสรรค และข้อเสนอแนะ', bold=True)
    p.para('โครงการฝึกอาชีพผู้สูงอายุมีผู้เข้าร่วมต่ำกว่าเป้าหมายเนื่องจากสภาพอากาศร้อนจัดในช่วงเมษายน '
           'เสนอให้ปรับช่วงเวลาจัดกิจกรรมในปีงบประมาณ พ.ศ. ๒๕๖๘')
    p.sign(['(นายสุรเชษฐ์ ธนากร)', 'ผู้อำนวยการเขตบางพลัด', 'วันที่ ๒๐ พฤศจิกายน ๒๕๖๗'])
    p.save()


def doc_tax_stat_stale():
    # last year's statistics re-uploaded under this year's file name
    p = PDF('docs/revenue/tax-stat-2568.pdf', title='สถิติการจัดเก็บภาษี ปีงบประมาณ 2567',
            author='ฝ่ายรายได้', date='20241009110000')
    p.text('ข้อมูลสถิติการจัดเก็บภาษี', size=22, bold=True, align='center')
    p.text('ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗)', size=18, align='center')
    p.text('ฝ่ายรายได้ สำนักงานเขตบางพลัด', size=18, align='center')
    p.gap(10)
    months = ['ต.ค. ๖๖', 'พ.ย. ๖๖', 'ธ.ค. ๖๖', 'ม.ค. ๖๗', 'ก.พ. ๖๗', 'มี.ค. ๖๗',
              'เม.ย. ๖๗', 'พ.ค. ๖๗', 'มิ.ย. ๖๗', 'ก.ค. ๖๗', 'ส.ค. ๖๗', 'ก.ย. ๖๗']
    rnd = random.Random(67)
    rows = []
    tl = ts = 0
    for m in months:
        a = rnd.randrange(800, 9000) * 1000 if m[:4] in ('เม.ย', 'พ.ค.', 'มิ.ย') else rnd.randrange(200, 1500) * 1000
        b = rnd.randrange(50, 900) * 1000
        tl += a
        ts += b
        rows.append([m, th('{:,}'.format(a)), th('{:,}'.format(b)), th('{:,}'.format(a + b))])
    rows.append(['รวมทั้งปี', th('{:,}'.format(tl)), th('{:,}'.format(ts)), th('{:,}'.format(tl + ts))])
    p.table(['เดือน', 'ภาษีที่ดินและสิ่งปลูกสร้าง (บาท)', 'ภาษีป้าย (บาท)', 'รวม (บาท)'], rows, [1.3, 3, 2, 2])
    p.text('ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๗', size=14, align='right')
    p.save()


def xlsx_revenue():
    import openpyxl
    from openpyxl.styles import Font, Alignment
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'รายรับจริง 2568'
    ws['A1'] = 'รายงานรายรับจริงจากค่าธรรมเนียม ค่าใบอนุญาต และค่าปรับ (รายได้ที่มิใช่ภาษีอากร)'
    ws['A2'] = 'สำนักงานเขตบางพลัด ปีงบประมาณ พ.ศ. 2568 สะสมถึงเดือนมิถุนายน 2568'
    ws['A1'].font = Font(bold=True, size=14)
    hdr = ['เดือน', 'ค่าธรรมเนียมเก็บขนมูลฝอย', 'ค่าธรรมเนียมใบอนุญาตสาธารณสุข', 'ค่าธรรมเนียมควบคุมอาคาร',
           'ค่าปรับตามข้อบัญญัติ', 'รายได้เบ็ดเตล็ด', 'รวม']
    ws.append([])
    ws.append(hdr)
    months = ['ตุลาคม 2567', 'พฤศจิกายน 2567', 'ธันวาคม 2567', 'มกราคม 2568', 'กุมภาพันธ์ 2568',
              'มีนาคม 2568', 'เมษายน 2568', 'พฤษภาคม 2568', 'มิถุนายน 2568']
    rnd = random.Random(68)
    start = ws.max_row + 1
    for m in months:
        vals = [rnd.randrange(300, 700) * 1000, rnd.randrange(40, 200) * 1000, rnd.randrange(20, 160) * 1000,
                rnd.randrange(10, 90) * 1000, rnd.randrange(1, 30) * 1000]
        r = ws.max_row + 1
        ws.append([m] + vals + ['=SUM(B%d:F%d)' % (r, r)])
    end = ws.max_row
    ws.append(['รวม'] + ['=SUM(%s%d:%s%d)' % (c, start, c, end) for c in 'BCDEFG'])
    for col, w in zip('ABCDEFG', [18, 22, 26, 22, 18, 16, 14]):
        ws.column_dimensions[col].width = w
    ws.append([])
    ws.append(['ที่มา: ระบบบัญชีการเงิน ฝ่ายการคลัง ข้อมูล ณ 5 ก.ค. 2568'])
    wb.properties.creator = 'ฝ่ายการคลัง'
    import datetime
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 7, 5, 10, 0, 0)
    p = out('docs/revenue/rayrap-jing-2568.xlsx')
    wb.save(p)
    fix_zip(p, (2025, 7, 5, 10, 0, 0))


def xlsx_schools():
    import openpyxl, datetime
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'สถานศึกษา'
    ws['A1'] = 'ทะเบียนสถานศึกษาในความดูแลของฝ่ายการศึกษา สำนักงานเขตบางพลัด'
    ws['A1'].font = Font(bold=True, size=14)
    ws.append([])
    ws.append(['ลำดับ', 'ชื่อสถานศึกษา', 'ระดับที่เปิดสอน', 'ที่ตั้ง', 'โทรศัพท์', 'ผู้อำนวยการโรงเรียน', 'จำนวนนักเรียน (ปีการศึกษา 2568)'])
    for i, s in enumerate(SCHOOLS, 1):
        ws.append([i] + list(s))
    for col, w in zip('ABCDEFG', [7, 34, 22, 44, 14, 28, 16]):
        ws.column_dimensions[col].width = w
    wb.properties.creator = 'ฝ่ายการศึกษา'
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 6, 2, 9, 0, 0)
    p = out('docs/edu/sathansueksa-bangphlat.xlsx')
    wb.save(p)
    fix_zip(p, (2025, 6, 2, 9, 0, 0))


SCHOOLS = [
    ('โรงเรียนวัดบางพลัดนอก', 'อนุบาล - ประถมศึกษาปีที่ 6', 'ซอยจรัญสนิทวงศ์ 79 แขวงบางพลัด', '02-424-7721', 'นางสาวรัตนา สายทอง', 412),
    ('โรงเรียนวัดคฤหบดี (สังกัด กทม.)', 'อนุบาล - มัธยมศึกษาปีที่ 3', 'ถนนอรุณอมรินทร์ แขวงบางยี่ขัน', '02-424-5530', 'นายประสิทธิ์ ทองมา', 655),
    ('โรงเรียนวัดบางอ้อ', 'อนุบาล - ประถมศึกษาปีที่ 6', 'ซอยจรัญสนิทวงศ์ 90 แขวงบางอ้อ', '02-424-3318', 'นางมาลัย ปั้นทอง', 298),
    ('โรงเรียนวัดเทพากร', 'อนุบาล - ประถมศึกษาปีที่ 6', 'ถนนสิรินธร แขวงบางบำหรุ', '02-424-6642', 'นายวิชัย อ่อนละมัย', 336),
    ('โรงเรียนวัดบางบำหรุ', 'อนุบาล - ประถมศึกษาปีที่ 6', 'ซอยจรัญสนิทวงศ์ 67 แขวงบางบำหรุ', '02-424-4405', 'นางสาวพรทิพย์ วงษ์ดี', 274),
    ('โรงเรียนวัดฉิมทายการาม', 'อนุบาล - มัธยมศึกษาปีที่ 3', 'ถนนจรัญสนิทวงศ์ แขวงบางยี่ขัน', '02-424-8876', 'นายเกรียงไกร ศรีสวัสดิ์', 588),
    ('โรงเรียนวัดศรีเอี่ยม', 'อนุบาล - ประถมศึกษาปีที่ 6', 'ซอยจรัญสนิทวงศ์ 46 แขวงบางพลัด', '02-424-1184', 'นางวันเพ็ญ ชูศรี', 231),
]


def doc_budget_plan_cover_only():
    # only the cover page of the spending plan was uploaded
    p = PDF('docs/finance/spending-plan-2568.pdf', title='แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ 2568',
            author='ฝ่ายการคลัง', date='20241105090000')
    p.image(out('assets/img/logo.png'), 110, 110)
    p.gap(60)
    p.text('แผนการใช้จ่ายงบประมาณ', size=32, bold=True, align='center')
    p.text('ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', size=28, bold=True, align='center')
    p.gap(30)
    p.text('สำนักงานเขตบางพลัด', size=24, align='center')
    p.text('ฝ่ายการคลัง', size=22, align='center')
    p.gap(180)
    p.text('พฤศจิกายน ๒๕๖๗', size=20, align='center')
    p.save()


def doc_budget_report_2567():
    p = PDF('docs/finance/spending-report-2567.pdf', title='รายงานผลการใช้จ่ายงบประมาณ ประจำปี 2567',
            author='ฝ่ายการคลัง', date='20241028101500')
    p.text('รายงานผลการใช้จ่ายงบประมาณประจำปี', size=22, bold=True, align='center')
    p.text('ปีงบประมาณ พ.ศ. ๒๕๖๗ สำนักงานเขตบางพลัด', size=18, align='center')
    p.text('ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๗', size=16, align='center')
    p.gap(8)
    rows = [['งบบุคลากร', '๑๒๘,๔๕๐,๐๐๐', '๑๒๖,๙๘๐,๕๔๐', '๙๘.๘๖'],
            ['งบดำเนินงาน', '๔๕,๒๐๐,๐๐๐', '๔๒,๑๑๐,๓๒๐', '๙๓.๑๖'],
            ['งบลงทุน', '๓๒,๘๐๐,๐๐๐', '๒๘,๔๐๒,๐๐๐', '๘๖.๕๙'],
            ['งบเงินอุดหนุน', '๓,๑๕๐,๐๐๐', '๓,๐๘๐,๐๐๐', '๙๗.๗๘'],
            ['งบรายจ่ายอื่น', '๑,๒๐๐,๐๐๐', '๙๘๕,๕๐๐', '๘๒.๑๓'],
            ['รวม', '๒๑๐,๘๐๐,๐๐๐', '๒๐๑,๕๕๘,๓๖๐', '๙๕.๖๒']]
    p.table(['ประเภทงบประมาณ', 'งบประมาณที่ได้รับ (บาท)', 'เบิกจ่ายจริง (บาท)', 'ร้อยละ'], rows, [3, 3, 3, 1.4])
    p.text('ผลการเบิกจ่ายรายไตรมาส', bold=True)
    p.table(['ไตรมาส', 'แผน (ร้อยละสะสม)', 'ผล (ร้อยละสะสม)'],
            [['ไตรมาส ๑ (ต.ค. - ธ.ค. ๖๖)', '๒๕', '๒๓.๔'], ['ไตรมาส ๒ (ม.ค. - มี.ค. ๖๗)', '๕๐', '๔๘.๘'],
             ['ไตรมาส ๓ (เม.ย. - มิ.ย. ๖๗)', '๗๕', '๗๑.๒'], ['ไตรมาส ๔ (ก.ค. - ก.ย. ๖๗)', '๑๐๐', '๙๕.๖']], [3, 2, 2])
    p.text('ปัญหาอุปสรรค: งบลงทุนบางรายการก่อหนี้ผูกพันล่าช้าเนื่องจากต้องประกาศประกวดราคาซ้ำ', size=15)
    p.sign(['(นางสาวจิราพร ทองดี)', 'หัวหน้าฝ่ายการคลัง', '(นายสุรเชษฐ์ ธนากร)', 'ผู้อำนวยการเขตบางพลัด'])
    p.save()


def doc_budget_ordinance():
    p = PDF('docs/finance/budget-2568-district.pdf', title='งบประมาณรายจ่ายประจำปี 2568 สำนักงานเขตบางพลัด',
            author='ฝ่ายการคลัง', date='20241015090000')
    p.text('ข้อมูลงบประมาณตามข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘', size=19, bold=True, align='center')
    p.text('ส่วนของสำนักงานเขตบางพลัด', size=18, align='center')
    p.gap(6)
    p.para('ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ได้จัดสรรงบประมาณให้แก่ '
           'สำนักงานเขตบางพลัด รวมทั้งสิ้น ๒๑๘,๖๔๐,๐๐๐ บาท จำแนกตามแผนงานและหมวดรายจ่าย ดังนี้')
    p.table(['แผนงาน', 'งบบุคลากร', 'งบดำเนินงาน', 'งบลงทุน', 'งบเงินอุดหนุน', 'รวม'], [
        ['บริหารทั่วไป', '๕๒,๑๐๐,๐๐๐', '๑๔,๖๐๐,๐๐๐', '๒,๓๐๐,๐๐๐', '-', '๖๙,๐๐๐,๐๐๐'],
        ['บริหารจัดการและบริการการศึกษา', '๘,๙๐๐,๐๐๐', '๓,๒๐๐,๐๐๐', '๑,๑๐๐,๐๐๐', '-', '๑๓,๒๐๐,๐๐๐'],
        ['รักษาความสะอาด', '๔๘,๓๐๐,๐๐๐', '๑๖,๔๐๐,๐๐๐', '๔,๒๐๐,๐๐๐', '-', '๖๘,๙๐๐,๐๐๐'],
        ['โยธาและระบายน้ำ', '๑๖,๗๐๐,๐๐๐', '๖,๘๐๐,๐๐๐', '๒๖,๙๔๐,๐๐๐', '-', '๕๐,๔๔๐,๐๐๐'],
        ['พัฒนาชุมชนและสวัสดิการสังคม', '๔,๓๐๐,๐๐๐', '๙,๖๐๐,๐๐๐', '-', '๓,๒๐๐,๐๐๐', '๑๗,๑๐๐,๐๐๐'],
        ['รวมทั้งสิ้น', '๑๓๐,๓๐๐,๐๐๐', '๕๐,๖๐๐,๐๐๐', '๓๔,๕๔๐,๐๐๐', '๓,๒๐๐,๐๐๐', '๒๑๘,๖๔๐,๐๐๐'],
    ], [3.2, 2, 2, 2, 1.8, 2])
    p.text('ที่มา: ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ประกาศ ณ วันที่ ๒๖ กันยายน ๒๕๖๗', size=14)
    p.save()


SKR_ITEMS = {
    '2567-10': [('จ้างซ่อมแซมรถบรรทุกมูลฝอย ทะเบียน 83-1456', 48000, 'เฉพาะเจาะจง', 'อู่ช่างเอกการช่าง', '83-1456'),
                ('ซื้อวัสดุสำนักงาน ฝ่ายปกครอง', 29850, 'เฉพาะเจาะจง', 'ห้างหุ้นส่วนจำกัด ศรีบางพลัดเครื่องเขียน', ''),
                ('จ้างเหมาทำความสะอาดอาคารสำนักงานเขต', 462000, 'เฉพาะเจาะจง', 'บริษัท คลีนเพอร์เฟค จำกัด', '')],
    '2567-11': [('ซื้อวัสดุงานบ้านงานครัว ฝ่ายรักษาความสะอาดฯ', 67500, 'เฉพาะเจาะจง', 'ร้านสมใจพาณิชย์', ''),
                ('จ้างพิมพ์แผ่นพับประชาสัมพันธ์การชำระภาษี', 18500, 'เฉพาะเจาะจง', 'โรงพิมพ์จรัญการพิมพ์', '')],
    '2567-12': [('จ้างจัดกิจกรรมวันต่อต้านคอร์รัปชันสากล', 25000, 'เฉพาะเจาะจง', 'ร้านเอ็มพีอีเว้นท์', ''),
                ('ซื้อยางรถยนต์ ฝ่ายเทศกิจ', 38400, 'เฉพาะเจาะจง', 'บริษัท ยางดีบางพลัด จำกัด', '')],
    '2568-01': [('จ้างปรับปรุงผิวจราจรซอยจรัญสนิทวงศ์ 81', 1850000, 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', 'บริษัท ทรัพย์ทวีก่อสร้าง จำกัด', ''),
                ('ซื้อน้ำมันเชื้อเพลิง เดือนมกราคม', 185000, 'เฉพาะเจาะจง', 'สหกรณ์ออมทรัพย์ข้าราชการ กทม.', '')],
    '2568-02': [('จ้างลอกท่อระบายน้ำซอยจรัญสนิทวงศ์ 75', 495000, 'เฉพาะเจาะจง', 'ห้างหุ้นส่วนจำกัด ส.รุ่งเรืองโยธา', ''),
                ('ซื้อวัสดุคอมพิวเตอร์ ฝ่ายทะเบียน', 42300, 'เฉพาะเจาะจง', 'บริษัท ไอทีพลัส จำกัด', '')],
    '2568-03': [('จ้างเหมาบริการรักษาความปลอดภัย', 780000, 'เฉพาะเจาะจง', 'บริษัท การ์ดโปร ซีเคียวริตี้ จำกัด', ''),
                ('ซื้อเครื่องพ่นหมอกควัน 2 เครื่อง', 96000, 'เฉพาะเจาะจง', 'บริษัท เฮลท์แคร์ซัพพลาย จำกัด', '')],
    '2568-04': [('จ้างซ่อมแซมหลังคาอาคารอเนกประสงค์ชุมชน', 128000, 'เฉพาะเจาะจง', 'ห้างหุ้นส่วนจำกัด บางอ้อการช่าง', '')],
    '2568-05': [('จ้างปรับปรุงทางเท้าถนนจรัญสนิทวงศ์ ช่วงซอย 75-87', 4620000, 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', 'บริษัท ศิริชัยวิศวกรรม จำกัด', ''),
                ('ซื้อวัสดุเกษตร สวนสาธารณะ', 54000, 'เฉพาะเจาะจง', 'ร้านต้นไม้ริมน้ำ', '')],
    '2568-06': [('ซื้อกระสอบทรายป้องกันน้ำท่วม 5,000 ใบ', 87500, 'เฉพาะเจาะจง', 'ร้านเจริญผลค้าวัสดุ', ''),
                ('จ้างซ่อมเครื่องสูบน้ำ 3 เครื่อง', 156000, 'เฉพาะเจาะจง', 'บริษัท ปั๊มเทค เซอร์วิส จำกัด', '')],
}
MONTH_TH = {'01': 'มกราคม', '02': 'กุมภาพันธ์', '03': 'มีนาคม', '04': 'เมษายน', '05': 'พฤษภาคม', '06': 'มิถุนายน',
            '07': 'กรกฎาคม', '08': 'สิงหาคม', '09': 'กันยายน', '10': 'ตุลาคม', '11': 'พฤศจิกายน', '12': 'ธันวาคม'}


def doc_skr():
    for key, items in SKR_ITEMS.items():
        if key == '2567-12':
            continue  # the December summary was never uploaded (its link points at November's file)
        y, m = key.split('-')
        ny, nm = (int(y) - 543, int(m) + 1) if m != '12' else (int(y) - 542, 1)
        p = PDF('docs/procurement/skr1-%s.pdf' % key, title='สรุปผลการจัดซื้อจัดจ้าง เดือน%s %s' % (MONTH_TH[m], y),
                author='ฝ่ายการคลัง', date='%d%02d%02d100000' % (ny, nm, 5 + int(m) % 4),
                pagesize=landscape(A4), margins=(40, 40, 40, 40))
        p.text('แบบ สขร. ๑', size=14, align='right')
        p.text('สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน%s พ.ศ. %s' % (MONTH_TH[m], th(y)), size=18, bold=True, align='center')
        p.text('สำนักงานเขตบางพลัด กรุงเทพมหานคร', size=16, align='center')
        rows = []
        rnd = random.Random(key)
        for i, (name, amt, meth, who, _) in enumerate(items, 1):
            mid = int(amt * (1 + rnd.randrange(0, 6) / 100))
            price = amt - rnd.randrange(0, 4) * 500 if amt < 500000 else int(amt * 0.97)
            other = ''
            if 'e-bidding' in meth:
                other = '\n2. ห้างหุ้นส่วนจำกัด เอกชัยโยธา ราคา {:,} บาท'.format(int(amt * 0.99))
            rows.append([str(i), name, '{:,}'.format(amt), '{:,}'.format(mid), meth,
                         '1. {} ราคา {:,} บาท{}'.format(who, price, other),
                         '{} ราคา {:,} บาท'.format(who, price),
                         'ราคาต่ำสุดและคุณสมบัติถูกต้องตามเงื่อนไข' if 'e-bidding' in meth else 'เป็นผู้มีอาชีพรับจ้าง/ขาย และเสนอราคาไม่เกินวงเงิน',
                         '{} {}/{} ลว. {} {} {}'.format('สัญญาเลขที่' if amt > 100000 else 'ใบสั่งซื้อ/จ้าง', 40 + i * 3 + int(m), y,
                                                       5 + i * 6, MONTH_TH[m][:3] + '.', y[2:]),
                         '%s%02d%06d' % (y[2:], int(m), 100000 + i * 7919 + int(m) * 313)])
        p.table(['ลำดับ\nที่', 'งานที่จัดซื้อหรือจัดจ้าง', 'วงเงินที่จะ\nซื้อหรือจ้าง', 'ราคากลาง', 'วิธีซื้อ\nหรือจ้าง',
                 'รายชื่อผู้เสนอราคา\nและราคาที่เสนอ', 'ผู้ได้รับการคัดเลือก\nและราคาที่ตกลง', 'เหตุผลที่คัดเลือก\nโดยสรุป',
                 'เลขที่และวันที่ของ\nสัญญาหรือข้อตกลง', 'เลขที่โครงการ\ne-GP'], rows,
                [0.7, 3, 1.5, 1.3, 1.8, 3, 2.6, 2.4, 2.3, 1.7], size=11)
        p.sign(['(นางสาวจิราพร ทองดี)', 'หัวหน้าฝ่ายการคลัง'], size=14)
        p.save()


def doc_announcements():
    anns = [
        ('ann-2568-001', 'ประกาศสำนักงานเขตบางพลัด เรื่อง ประกวดราคาจ้างปรับปรุงผิวจราจรซอยจรัญสนิทวงศ์ ๘๑ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', '๒๐ ธันวาคม ๒๕๖๗'),
        ('ann-2568-002', 'ประกาศสำนักงานเขตบางพลัด เรื่อง ประกาศผู้ชนะการเสนอราคา จ้างปรับปรุงผิวจราจรซอยจรัญสนิทวงศ์ ๘๑', '๒๒ มกราคม ๒๕๖๘'),
        ('ann-2568-003', 'ประกาศสำนักงานเขตบางพลัด เรื่อง ประกวดราคาจ้างปรับปรุงทางเท้าถนนจรัญสนิทวงศ์ ช่วงซอย ๗๕ - ๘๗', '๒๘ มีนาคม ๒๕๖๘'),
        ('ann-2568-004', 'ประกาศสำนักงานเขตบางพลัด เรื่อง ประกาศผู้ชนะการเสนอราคา จ้างปรับปรุงทางเท้าถนนจรัญสนิทวงศ์ ช่วงซอย ๗๕ - ๘๗', '๙ พฤษภาคม ๒๕๖๘'),
        ('ann-2568-005', 'ประกาศสำนักงานเขตบางพลัด เรื่อง เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', '๒๑ ตุลาคม ๒๕๖๗'),
    ]
    for slug, title, date in anns:
        p = PDF('docs/procurement/%s.pdf' % slug, title=title, author='ฝ่ายการคลัง', date='20250101090000')
        p.image(out('assets/img/logo.png'), 70, 70)
        p.text(title, size=18, bold=True, align='center')
        p.text('-' * 30, align='center')
        if 'ผู้ชนะ' in title:
            p.para('ตามที่สำนักงานเขตบางพลัดได้ดำเนินการประกวดราคาด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) นั้น '
                   'ผู้เสนอราคาที่ชนะการเสนอราคา ได้แก่ บริษัท ทรัพย์ทวีก่อสร้าง จำกัด ซึ่งเป็นผู้เสนอราคาต่ำสุด '
                   'และมีคุณสมบัติถูกต้องครบถ้วนตามเงื่อนไขในเอกสารประกวดราคา')
        elif 'แผนการจัดซื้อจัดจ้าง' in title:
            p.para('ตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐ มาตรา ๑๑ '
                   'สำนักงานเขตบางพลัดขอเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ '
                   'รายละเอียดตามเอกสารแนบท้ายประกาศนี้ และในระบบ e-GP')
            p.table(['ที่', 'รายการ', 'วงเงิน (บาท)', 'ช่วงเวลาที่คาดว่าจะประกาศ'], [
                ['๑', 'จ้างปรับปรุงผิวจราจรซอยจรัญสนิทวงศ์ ๘๑', '๑,๙๐๐,๐๐๐', 'ธันวาคม ๒๕๖๗'],
                ['๒', 'จ้างปรับปรุงทางเท้าถนนจรัญสนิทวงศ์ ช่วงซอย ๗๕ - ๘๗', '๔,๘๕๐,๐๐๐', 'มีนาคม ๒๕๖๘'],
                ['๓', 'จ้างเหมาบริการรักษาความปลอดภัย', '๘๐๐,๐๐๐', 'กุมภาพันธ์ ๒๕๖๘']], [0.5, 5, 2, 2.5])
        else:
            p.para('ด้วยสำนักงานเขตบางพลัด มีความประสงค์จะดำเนินการตามรายการข้างต้น ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ '
                   'ผู้ประสงค์จะเสนอราคาสามารถดูรายละเอียดและดาวน์โหลดเอกสารประกวดราคาได้ที่เว็บไซต์ '
                   'www.gprocurement.go.th และระบบ e-GPBMA ของกรุงเทพมหานคร')
        p.text('ประกาศ ณ วันที่ %s' % date, align='center')
        p.sign(['(นายสุรเชษฐ์ ธนากร)', 'ผู้อำนวยการเขตบางพลัด'])
        p.save()


def doc_hr_criteria_wrong_title():
    # body is the HR criteria; the heading was left over from another document (discretion guideline)
    t = 'แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่ สำนักงานเขตบางพลัด'
    p = PDF('docs/hr/hr-criteria-2568.pdf', title=t, author='ฝ่ายปกครอง', date='20241202100000', pagenum=True)
    p.text(t, size=20, bold=True, align='center')
    p.text('ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', size=18, align='center')
    p.gap(6)
    p.para('สำนักงานเขตบางพลัดได้กำหนดหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ให้สอดคล้องกับแผนการบริหาร '
           'และพัฒนาทรัพยากรบุคคลของกรุงเทพมหานคร และกฎ ก.ก. ที่เกี่ยวข้อง เพื่อให้การบริหารงานบุคคล '
           'เป็นไปตามระบบคุณธรรม โปร่งใส ตรวจสอบได้ ดังนี้')
    secs = [
        ('๑. หลักเกณฑ์การสรรหาและเลือกสรร',
         'การสรรหาลูกจ้างและบุคลากรดำเนินการโดยประกาศรับสมัครอย่างเปิดเผย กำหนดคุณสมบัติตามมาตรฐานตำแหน่ง '
         'แต่งตั้งคณะกรรมการคัดเลือกไม่น้อยกว่า ๓ คน และประกาศผลการคัดเลือกบนเว็บไซต์ของสำนักงานเขต'),
        ('๒. หลักเกณฑ์การแต่งตั้งและโยกย้าย',
         'การแต่งตั้ง โยกย้าย หรือสับเปลี่ยนหน้าที่ พิจารณาจากความรู้ความสามารถ ผลการปฏิบัติงาน ความประพฤติ '
         'และความจำเป็นของราชการ โดยเสนอคณะกรรมการบริหารงานบุคคลของสำนักงานเขตให้ความเห็นก่อน'),
        ('๓. หลักเกณฑ์การพัฒนาบุคลากร',
         'บุคลากรทุกคนต้องได้รับการพัฒนาไม่น้อยกว่า ๑๐ ชั่วโมงต่อปี ตามแผนพัฒนารายบุคคล (IDP) '
         'ทั้งการฝึกอบรมในหน่วยงาน การอบรมออนไลน์ของสถาบันพัฒนาข้าราชการกรุงเทพมหานคร และการสอนงาน'),
        ('๔. หลักเกณฑ์การประเมินผลการปฏิบัติราชการ',
         'ประเมินปีละ ๒ รอบ (๑ ต.ค. - ๓๑ มี.ค. และ ๑ เม.ย. - ๓๐ ก.ย.) โดยประเมินผลสัมฤทธิ์ของงานร้อยละ ๗๐ '
         'และพฤติกรรมการปฏิบัติราชการร้อยละ ๓๐ แจ้งผลให้ผู้รับการประเมินทราบเป็นรายบุคคล'),
        ('๕. หลักเกณฑ์การให้คุณให้โทษและการสร้างขวัญกำลังใจ',
         'การเลื่อนเงินเดือนและค่าจ้างพิจารณาจากผลการประเมิน มีการยกย่องเชิดชูบุคลากรดีเด่นประจำปี '
         'และดำเนินการทางวินัยตามกฎหมายอย่างเป็นธรรมกับผู้กระทำผิด'),
    ]
    for h, b in secs:
        p.text(h, bold=True)
        p.para(b)
    p.sign(['ประกาศ ณ วันที่ ๒ ธันวาคม พ.ศ. ๒๕๖๗', '', '(นายสุรเชษฐ์ ธนากร)', 'ผู้อำนวยการเขตบางพลัด'])
    p.save()


def doc_complaint_blank_template():
    p = PDF('docs/integrity/complaint-stat-2568.pdf', title='แบบรายงานสถิติเรื่องร้องเรียนการทุจริต',
            author='ฝ่ายปกครอง', date='20241003090000')
    p.text('แบบรายงานข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', size=19, bold=True, align='center')
    p.text('สำนักงานเขต.................................................. ประจำปีงบประมาณ พ.ศ. ..............', size=17, align='center')
    p.gap(8)
    months = ['ตุลาคม', 'พฤศจิกายน', 'ธันวาคม', 'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม',
              'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน']
    rows = [[m, '', '', '', ''] for m in months] + [['รวม', '', '', '', '']]
    p.table(['เดือน', 'จำนวนเรื่องที่ได้รับ', 'ดำเนินการแล้วเสร็จ', 'อยู่ระหว่างดำเนินการ', 'หมายเหตุ'], rows, [2, 2, 2, 2, 2.5])
    p.text('ช่องทางที่ได้รับเรื่อง  ☐ โทรศัพท์   ☐ หนังสือ   ☐ เว็บไซต์   ☐ ด้วยตนเอง   ☐ อื่น ๆ ......................', size=15)
    p.gap(10)
    p.text('ลงชื่อ ...................................................... ผู้รายงาน', size=15, align='right')
    p.text('ตำแหน่ง ...................................................', size=15, align='right')
    p.text('วันที่ ........../.................../..............', size=15, align='right')
    p.save()


def doc_anti_bribery():
    p = PDF('docs/integrity/anti-bribery-policy-2568.pdf', title='ประกาศสำนักงานเขตบางพลัด นโยบายต่อต้านการรับสินบน',
            author='ฝ่ายปกครอง', date='20241008100000')
    p.image(out('assets/img/logo.png'), 70, 70)
    p.text('ประกาศสำนักงานเขตบางพลัด', size=20, bold=True, align='center')
    p.text('เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)', size=18, bold=True, align='center')
    p.text('ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', size=18, align='center')
    p.text('-' * 30, align='center')
    p.para('เพื่อให้การปฏิบัติราชการของสำนักงานเขตบางพลัดเป็นไปด้วยความซื่อสัตย์สุจริต โปร่งใส และสอดคล้องกับ '
           'ประกาศกรุงเทพมหานคร เรื่อง นโยบายต่อต้านการรับสินบน สำนักงานเขตบางพลัดจึงประกาศนโยบาย ดังนี้')
    for s in ['๑. ข้าราชการ ลูกจ้าง และบุคลากรทุกคน ต้องไม่เรียก รับ หรือยอมจะรับสินบนในทุกรูปแบบ ทั้งทางตรงและทางอ้อม',
              '๒. ไม่รับของขวัญ ของกำนัล หรือประโยชน์อื่นใดจากการปฏิบัติหน้าที่ (No Gift Policy)',
              '๓. ผู้บังคับบัญชาทุกระดับต้องกำกับ ดูแล และเป็นแบบอย่างที่ดี',
              '๔. ผู้พบเห็นการเรียกรับสินบนสามารถแจ้งเบาะแสได้ที่ ฝ่ายปกครอง โทร ๐ ๒๔๒๔ ๖๑๓๐ ต่อ ๒๐๑ โดยผู้แจ้งจะได้รับความคุ้มครอง',
              '๕. ผู้ฝ่าฝืนนโยบายนี้ จะถูกดำเนินการทางวินัยและกฎหมายอย่างเคร่งครัด']:
        p.text(s, indent=20)
    p.text('จึงประกาศมาเพื่อทราบและถือปฏิบัติโดยทั่วกัน', indent=36)
    p.text('ประกาศ ณ วันที่ ๘ ตุลาคม พ.ศ. ๒๕๖๗', align='center')
    p.sign(['(นายสุรเชษฐ์ ธนากร)', 'ผู้อำนวยการเขตบางพลัด'])
    p.save()

    p = PDF('docs/integrity/anti-bribery-report-6m-2568.pdf',
            title='รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน รอบ 6 เดือน ปี 2568',
            author='ฝ่ายปกครอง', date='20250410100000')
    p.text('รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน', size=20, bold=True, align='center')
    p.text('สำนักงานเขตบางพลัด รอบ ๖ เดือน (ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘)', size=17, align='center')
    p.gap(6)
    p.table(['กิจกรรม', 'ผลการดำเนินงาน', 'หลักฐาน'], [
        ['เวียนแจ้งประกาศนโยบายให้บุคลากรทุกคนรับทราบ', 'เวียนแจ้งครบทุกฝ่าย ๑๐ ฝ่าย เมื่อ ๑๐ ต.ค. ๖๗', 'หนังสือเวียน ที่ กท ๑๖๐๑/๔๑๒'],
        ['ประชาสัมพันธ์ No Gift Policy ณ จุดบริการ', 'ติดป้ายประชาสัมพันธ์ ๑๒ จุด', 'ภาพถ่าย'],
        ['อบรมสร้างจิตสำนึกต่อต้านการรับสินบน', 'จัดอบรม ๑๘ ธ.ค. ๖๗ ผู้เข้าร่วม ๑๕๖ คน', 'รายชื่อผู้เข้าร่วม'],
        ['ตรวจสอบเรื่องร้องเรียนการเรียกรับสินบน', 'ไม่มีเรื่องร้องเรียน', '-'],
    ], [4, 4, 2.5])
    p.text('ปัญหาอุปสรรค: ไม่มี  ข้อเสนอแนะ: ควรจัดอบรมลูกจ้างที่ปฏิบัติงานภาคสนามเพิ่มเติม', size=15)
    p.sign(['(นายอนุชา พรหมวิเศษ)', 'หัวหน้าฝ่ายปกครอง', 'รายงาน ณ วันที่ ๙ เมษายน ๒๕๖๘'])
    p.save()


def doc_risk():
    p = PDF('docs/integrity/bribery-risk-2568.pdf', title='การประเมินความเสี่ยงต่อการรับสินบน ปีงบประมาณ 2568',
            author='ฝ่ายการคลัง', date='20241112100000', pagesize=landscape(A4), margins=(45, 45, 45, 45))
    p.text('การประเมินความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', size=20, bold=True, align='center')
    p.text('สำนักงานเขตบางพลัด', size=18, align='center')
    p.table(['กระบวนงาน', 'เหตุการณ์ความเสี่ยง', 'โอกาส', 'ผลกระทบ', 'ระดับความเสี่ยง', 'มาตรการจัดการความเสี่ยง', 'ผู้รับผิดชอบ'], [
        ['การอนุญาตก่อสร้างอาคาร', 'เจ้าหน้าที่เรียกรับเงินเพื่อเร่งรัดการพิจารณา', '๓', '๔', 'สูง (๑๒)', 'ใช้ระบบ BMA OSS ยื่นออนไลน์ ติดตามสถานะได้ หมุนเวียนผู้ตรวจ', 'ฝ่ายโยธา'],
        ['การจัดเก็บภาษีที่ดินฯ', 'การประเมินภาษีต่ำกว่าความจริงเพื่อแลกผลประโยชน์', '๒', '๔', 'ปานกลาง (๘)', 'สุ่มทบทวนการประเมินร้อยละ ๑๐', 'ฝ่ายรายได้'],
        ['การจัดระเบียบหาบเร่แผงลอย', 'รับเงินเพื่อละเว้นการจับกุม', '๓', '๓', 'ปานกลาง (๙)', 'ตั้งจุดตรวจร่วม มีกล้องติดตัวเจ้าหน้าที่', 'ฝ่ายเทศกิจ'],
        ['การตรวจรับพัสดุ', 'รับประโยชน์เพื่อตรวจรับงานไม่ครบ', '๒', '๕', 'สูง (๑๐)', 'ตรวจรับโดยคณะกรรมการ ถ่ายภาพทุกงวด', 'ฝ่ายการคลัง'],
    ], [2.2, 3, 0.8, 0.9, 1.3, 3.6, 1.3], size=12)
    p.text('ความเห็นชอบ: ที่ประชุมคณะผู้บริหารสำนักงานเขต ครั้งที่ ๑๑/๒๕๖๗ วันที่ ๑๑ พฤศจิกายน ๒๕๖๗', size=14)
    p.save()

    p = PDF('docs/integrity/risk-measures-result-6m.pdf', title='ผลการขับเคลื่อนมาตรการลดความเสี่ยง',
            author='ฝ่ายการคลัง', date='20250418100000')
    p.text('ผลการขับเคลื่อนมาตรการลดโอกาสการเรียกรับผลประโยชน์', size=20, bold=True, align='center')
    p.text('ของสำนักงานเขตบางพลัด ช่วง ต.ค. ๖๗ - มี.ค. ๖๘', size=17, align='center')
    p.gap(4)
    p.para('ตามที่สำนักงานเขตได้วิเคราะห์กระบวนงานที่อาจเปิดช่องให้มีการเรียกรับผลประโยชน์ ๔ กระบวนงาน '
           'และกำหนดมาตรการไว้นั้น ในช่วงครึ่งปีแรกของปีงบประมาณ ได้ขับเคลื่อนมาตรการ ดังนี้')
    p.table(['กระบวนงาน', 'สิ่งที่ดำเนินการแล้ว', 'ผลลัพธ์'], [
        ['อนุญาตก่อสร้างอาคาร', 'คำขอร้อยละ ๘๗ ยื่นผ่าน BMA OSS และหมุนเวียนนายตรวจทุก ๓ เดือน', 'ไม่พบข้อร้องเรียน'],
        ['จัดเก็บภาษีที่ดินฯ', 'สุ่มทบทวนการประเมิน ๒๑๐ แปลง', 'ปรับแก้ ๔ แปลง ไม่พบเจตนาทุจริต'],
        ['จัดระเบียบหาบเร่แผงลอย', 'ติดกล้องบนตัวเจ้าหน้าที่ ๑๒ ชุด', 'ข้อร้องเรียนลดลงจาก ๓ เป็น ๐ เรื่อง'],
        ['ตรวจรับพัสดุ', 'ตรวจรับโดยคณะกรรมการพร้อมภาพถ่ายทุกงวดงาน', 'ครบทุกสัญญา'],
    ], [3, 5, 3])
    p.sign(['(นางสาวจิราพร ทองดี)', 'หัวหน้าฝ่ายการคลัง', '๑๗ เมษายน ๒๕๖๘'])
    p.save()


def doc_asset_signature_scan():
    def draw(d, F, img):
        d.text((600, 90), '-๒-', font=F(34), fill=20)
        d.text((200, 200), 'ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป', font=F(36), fill=25)
        d.text((430, 330), 'สั่ง ณ วันที่ ๑๔ พฤศจิกายน พ.ศ. ๒๕๖๗', font=F(36), fill=25)
        # signature scribble
        pts = [(560, 470), (600, 430), (630, 480), (660, 420), (700, 490), (740, 440), (780, 470)]
        d.line(pts, fill=40, width=4)
        d.text((520, 520), '(นายสุรเชษฐ์ ธนากร)', font=F(36), fill=25)
        d.text((520, 575), 'ผู้อำนวยการเขตบางพลัด', font=F(36), fill=25)
        d.text((150, 1580), 'สำเนาถูกต้อง', font=F(28), fill=60)
    scan_pdf('docs/integrity/asset-order-2568.pdf', draw, date='20241115103344', seed=21)


def doc_measures_copied():
    # copied from Bangkok Noi: cover edited to Bang Phlat, body still Bangkok Noi's
    p = PDF('docs/integrity/ita-measures-2568.pdf',
            title='มาตรการยกระดับคุณธรรมและความโปร่งใส สำนักงานเขตบางกอกน้อย 2568',
            author='ฝ่ายปกครอง เขตบางกอกน้อย', date='20241206143000', pagenum=True)
    p.gap(90)
    p.text('การวิเคราะห์ผลการประเมินและมาตรการ', size=26, bold=True, align='center')
    p.text('ส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', size=26, bold=True, align='center')
    p.text('ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', size=22, align='center')
    p.gap(20)
    p.text('สำนักงานเขตบางพลัด', size=24, bold=True, align='center')
    p.newpage()
    p.text('๑. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗', bold=True)
    p.para('สำนักงานเขตบางกอกน้อย ได้รับผลคะแนนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ '
           '(ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ รวม ๙๕.๘๗ คะแนน อยู่ในระดับผ่านดีเยี่ยม')
    p.table(['เครื่องมือ', 'คะแนน'], [['IIT', '๙๘.๗๒'], ['EIT', '๙๓.๑๐'], ['OIT', '๙๕.๕๐']], [4, 2])
    p.text('๒. การวิเคราะห์ประเด็นที่ต้องปรับปรุง', bold=True)
    p.para('จากการประชุมคณะผู้บริหารสำนักงานเขตบางกอกน้อย เมื่อวันที่ ๒๒ พฤศจิกายน ๒๕๖๗ พบว่าหัวข้อการเปิดเผยข้อมูล '
           'ด้านการจัดซื้อจัดจ้างรายเดือนยังไม่เป็นไปตามองค์ประกอบที่กำหนด และการประชาสัมพันธ์ช่องทาง E-Service '
           'ยังไม่ทั่วถึง')
    p.text('๓. มาตรการยกระดับ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', bold=True)
    p.table(['ประเด็น', 'มาตรการ', 'ผู้รับผิดชอบ', 'กำกับติดตาม'], [
        ['การจัดซื้อจัดจ้าง', 'ตรวจทานแบบ สขร.๑ ทุกเดือนก่อนเผยแพร่', 'ฝ่ายการคลัง เขตบางกอกน้อย', 'เดือนละ ๑ ครั้ง'],
        ['การสื่อสาร', 'เผยแพร่ข่าวผลการดำเนินงานผ่าน Facebook และเว็บไซต์', 'ฝ่ายปกครอง เขตบางกอกน้อย', 'เดือนละ ๑ ครั้ง'],
        ['การป้องกันการทุจริต', 'ประชาสัมพันธ์ No Gift Policy และช่องทางแจ้งเบาะแส', 'ทุกฝ่าย', 'รายไตรมาส'],
    ], [2.5, 4.5, 3, 2])
    p.text('๔. รายงานผลการดำเนินการตามมาตรการ รอบ ๖ เดือน (ต.ค. ๖๗ - มี.ค. ๖๘)', bold=True)
    p.para('สำนักงานเขตบางกอกน้อยได้ดำเนินการตามมาตรการครบทุกข้อ มีการตรวจทานแบบ สขร.๑ รวม ๖ เดือน '
           'และเผยแพร่ข่าวสารผ่านเพจ "สำนักงานเขตบางกอกน้อย" รวม ๘๔ ข่าว')
    p.sign(['(นางสาวอรอุมา ศักดิ์สิทธิ์)', 'ผู้อำนวยการเขตบางกอกน้อย'])
    p.save()


def doc_service_manual():
    services = [
        ('การแจ้งเกิด', 'ฝ่ายทะเบียน', ['หนังสือรับรองการเกิด (ท.ร.๑/๑)', 'บัตรประจำตัวประชาชนของผู้แจ้ง', 'สำเนาทะเบียนบ้านที่จะเพิ่มชื่อ'], '๑๕ นาที', 'ไม่เสียค่าธรรมเนียม (แจ้งภายใน ๑๕ วัน)'),
        ('การย้ายที่อยู่ (แจ้งย้ายเข้า)', 'ฝ่ายทะเบียน', ['ใบแจ้งการย้ายที่อยู่', 'บัตรประจำตัวประชาชน', 'ทะเบียนบ้านฉบับเจ้าบ้าน'], '๒๐ นาที', 'ไม่เสียค่าธรรมเนียม'),
        ('การขอใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร', 'ฝ่ายสิ่งแวดล้อมและสุขาภิบาล', ['คำขอ สน.๑', 'สำเนาบัตรประชาชน', 'แผนที่ตั้งสถานประกอบการ', 'ใบรับรองแพทย์ผู้สัมผัสอาหาร'], '๓๐ วัน', 'ตามขนาดพื้นที่ ๑๐๐ - ๓,๐๐๐ บาท/ปี'),
        ('การขออนุญาตก่อสร้างอาคาร (ข.๑)', 'ฝ่ายโยธา', ['แบบคำขอ ข.๑', 'แบบแปลนอาคาร ๕ ชุด', 'โฉนดที่ดิน', 'หนังสือรับรองผู้ออกแบบ'], '๔๕ วัน', 'ตามกฎกระทรวงกำหนดค่าธรรมเนียม'),
        ('การชำระภาษีที่ดินและสิ่งปลูกสร้าง', 'ฝ่ายรายได้', ['หนังสือแจ้งประเมินภาษี', 'บัตรประจำตัวประชาชน'], '๑๕ นาที', 'ตามหนังสือแจ้งประเมิน'),
    ]
    p = PDF('docs/service/citizen-manual.pdf', title='คู่มือสำหรับประชาชน สำนักงานเขตบางพลัด',
            author='ฝ่ายปกครอง', date='20241001090000', pagenum=True)
    p.text('คู่มือสำหรับประชาชน', size=26, bold=True, align='center')
    p.text('ตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘', size=16, align='center')
    p.text('สำนักงานเขตบางพลัด', size=18, align='center')
    for i, (name, unit, docs, tm, fee) in enumerate(services, 1):
        p.gap(6)
        p.text('%s. งานบริการ: %s' % (th(i), name), bold=True, size=17)
        p.text('หน่วยงานที่ให้บริการ: %s สำนักงานเขตบางพลัด เวลา ๐๘.๐๐ - ๑๖.๐๐ น. (เว้นวันหยุดราชการ)' % unit, indent=20)
        p.text('เอกสารหลักฐานที่ต้องใช้: ' + ' / '.join(docs), indent=20)
        p.text('ระยะเวลาดำเนินการ: %s   ค่าธรรมเนียม: %s' % (tm, fee), indent=20)
        p.text('ขั้นตอน: ยื่นคำขอและตรวจเอกสาร → เจ้าหน้าที่พิจารณา → ผู้มีอำนาจลงนาม → รับผล', indent=20)
        p.text('ช่องทางร้องเรียน: %s โทร %s หรือ www.bangkok.go.th/bangphlat' % (OFFICE, th(TEL)), indent=20)
    p.save()


def doc_checklists():
    lists = [
        ('checklist-building', 'รายการตรวจสอบเอกสารประกอบการพิจารณาคำขออนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร', 'ฝ่ายโยธา',
         ['แบบคำขออนุญาต (ข.๑) กรอกครบถ้วน ลงนามโดยเจ้าของอาคาร', 'สำเนาโฉนดที่ดินขนาดเท่าต้นฉบับ ทุกหน้า ลงนามรับรอง',
          'หนังสือยินยอมให้ปลูกสร้างอาคาร (กรณีไม่ใช่เจ้าของที่ดิน)', 'แบบแปลนและรายการประกอบแบบแปลน จำนวน ๕ ชุด',
          'รายการคำนวณโครงสร้าง (อาคารสาธารณะ/อาคารพิเศษ)', 'สำเนาใบอนุญาตประกอบวิชาชีพวิศวกรและสถาปนิก',
          'ตรวจระยะร่นและที่ว่างตามกฎกระทรวง', 'ตรวจผังเมืองรวมกรุงเทพมหานคร การใช้ประโยชน์ที่ดิน']),
        ('checklist-food', 'รายการตรวจสถานที่เพื่อออกใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร', 'ฝ่ายสิ่งแวดล้อมและสุขาภิบาล',
         ['พื้นที่ปรุงอาหารสูงจากพื้นไม่น้อยกว่า ๖๐ ซม.', 'มีอ่างล้างภาชนะและบ่อดักไขมัน', 'มีที่รองรับมูลฝอยมีฝาปิด',
          'ผู้สัมผัสอาหารผ่านการอบรมหลักสูตรสุขาภิบาลอาหาร', 'ห้องน้ำสะอาด แยกจากพื้นที่ปรุงอาหาร', 'มีถังดับเพลิงพร้อมใช้งาน']),
        ('checklist-sign', 'รายการตรวจสอบคำขออนุญาตติดตั้งป้ายโฆษณา', 'ฝ่ายโยธา',
         ['แบบคำขออนุญาต', 'แบบแปลนป้ายและโครงสร้าง', 'หนังสือยินยอมจากเจ้าของอาคาร', 'รายการคำนวณโครงสร้างป้ายที่มีพื้นที่เกิน ๕๐ ตร.ม.']),
    ]
    for slug, title, unit, items in lists:
        p = PDF('docs/service/%s.pdf' % slug, title=title, author=unit, date='20241201090000')
        p.text('Checklist', size=16, align='right')
        p.text(title, size=19, bold=True, align='center')
        p.text('%s สำนักงานเขตบางพลัด' % unit, size=17, align='center')
        p.gap(6)
        p.table(['ที่', 'รายการตรวจ', 'มี', 'ไม่มี', 'หมายเหตุ'],
                [[th(i), it, '☐', '☐', ''] for i, it in enumerate(items, 1)], [0.6, 7, 0.8, 0.8, 2])
        p.text('ผลการตรวจ  ☐ ครบถ้วน รับคำขอ   ☐ ไม่ครบถ้วน แจ้งผู้ยื่นคำขอภายใน ๗ วัน', size=15)
        p.save()


def doc_plans_o2():
    p = PDF('docs/plan/governor-policy-summary.pdf', title='สรุปนโยบายผู้ว่าราชการกรุงเทพมหานคร 9 ดี',
            author='ฝ่ายปกครอง', date='20241010100000')
    p.text('นโยบายผู้ว่าราชการกรุงเทพมหานคร', size=22, bold=True, align='center')
    p.text('(นายชัชชาติ สิทธิพันธุ์) "๙ ดี" และการขับเคลื่อนในพื้นที่เขตบางพลัด', size=17, align='center')
    for i, (h, b) in enumerate([('ปลอดภัยดี', 'ติดตั้งไฟส่องสว่าง ซ่อมทางเท้า ลดจุดเสี่ยงน้ำท่วม'),
                                ('เดินทางดี', 'ปรับปรุงทางเท้าและท่าเรือ'), ('สิ่งแวดล้อมดี', 'ปลูกต้นไม้ล้านต้น คัดแยกขยะ'),
                                ('สุขภาพดี', 'ส่งเสริมการออกกำลังกายในชุมชน'), ('เรียนดี', 'พัฒนาโรงเรียนสังกัด กทม.'),
                                ('เศรษฐกิจดี', 'จัดพื้นที่ค้าขาย หาบเร่แผงลอย'), ('สังคมดี', 'ดูแลผู้สูงอายุ คนพิการ'),
                                ('บริหารจัดการดี', 'ใช้ Traffy Fondue และ BMA OSS'), ('โครงสร้างดี', 'ลอกท่อ ซ่อมถนน')], 1):
        p.text('%s. %s: %s' % (th(i), h, b), indent=20)
    p.gap(10)
    p.text('แผนที่เกี่ยวข้อง', bold=True)
    p.text('- แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๓ (พ.ศ. ๒๕๖๖ - ๒๕๗๐)', indent=20)
    p.text('- แผนปฏิบัติราชการประจำปีของกรุงเทพมหานคร พ.ศ. ๒๕๖๘', indent=20)
    p.text('- แผนพัฒนาเขตบางพลัด ประจำปี ๒๕๖๘ (ดูที่หน้าเว็บไซต์)', indent=20)
    p.save()
    p = PDF('docs/plan/district-dev-plan-2568.pdf', title='แผนพัฒนาเขตบางพลัด ประจำปี 2568',
            author='ฝ่ายปกครอง', date='20241025100000')
    p.text('แผนพัฒนาเขตบางพลัด ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', size=21, bold=True, align='center')
    p.text('ภายใต้แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๓ (พ.ศ. ๒๕๖๖ - ๒๕๗๐)', size=16, align='center')
    p.table(['มิติ', 'เป้าหมายของเขต', 'โครงการหลัก'], [
        ['มหานครปลอดภัย', 'ลดจุดน้ำท่วมขังจาก ๕ จุด เหลือ ๒ จุด', 'ลอกท่อ ติดตั้งเครื่องสูบน้ำ'],
        ['มหานครสีเขียว', 'เพิ่มพื้นที่สีเขียว ๒ ไร่', 'สวน ๑๕ นาที ริมเจ้าพระยา'],
        ['มหานครสำหรับทุกคน', 'ผู้สูงอายุได้รับการเยี่ยมบ้านร้อยละ ๘๐', 'อาสาสมัครดูแลผู้สูงอายุ'],
        ['มหานครกะทัดรัด', 'ทางเท้าได้มาตรฐาน ๓ กม.', 'ปรับปรุงทางเท้าจรัญสนิทวงศ์']], [2.5, 4, 4])
    p.save()


def doc_laws():
    p = PDF('docs/about/laws.pdf', title='กฎหมายที่เกี่ยวข้องกับการปฏิบัติงานของสำนักงานเขต', author='ฝ่ายปกครอง',
            date='20240801090000')
    p.text('กฎหมาย ระเบียบ ที่เกี่ยวข้องกับการปฏิบัติงานของสำนักงานเขตบางพลัด', size=19, bold=True, align='center')
    for s in ['พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘', 'พระราชบัญญัติการทะเบียนราษฎร พ.ศ. ๒๕๓๔',
              'พระราชบัญญัติควบคุมอาคาร พ.ศ. ๒๕๒๒', 'พระราชบัญญัติการสาธารณสุข พ.ศ. ๒๕๓๕',
              'พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒', 'พระราชบัญญัติรักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. ๒๕๓๕',
              'พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐', 'พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐']:
        p.text('• ' + s, indent=20)
    p.save()


# ---------------------------------------------------------------- pages
EXECS = [('dir', DIRECTOR, 'ผู้อำนวยการเขตบางพลัด', '02-424-6130 ต่อ 100', 'director.bangphlat@bangkok.go.th'),
         ('asst1', 'นางวรรณภา ชัยมงคล', 'ผู้ช่วยผู้อำนวยการเขตบางพลัด', '02-424-6130 ต่อ 101', 'asst1.bangphlat@bangkok.go.th'),
         ('asst2', 'นายกิตติพงษ์ อินทรสุข', 'ผู้ช่วยผู้อำนวยการเขตบางพลัด', '02-424-6130 ต่อ 102', 'asst2.bangphlat@bangkok.go.th')]


def pages():
    # home
    news_cards = ''.join(
        '<div class="card"><img src="/assets/img/news/%s.jpg" alt=""><p><a href="/news/%s.html">%s</a><br><span class="muted">%s</span></p></div>'
        % (n[0], n[0], n[2], n[1]) for n in NEWS[:3])
    page('index.html', 'หน้าหลัก', f"""
<img src="/assets/img/banner.jpg" alt="เขตบางพลัด" style="width:100%;border-radius:8px">
<h2>ข่าวล่าสุด</h2><div class="cards">{news_cards}</div>
<h2>บริการยอดนิยม</h2>
<div class="cards">
<div class="card"><b><a href="/services/eservice.html">บริการออนไลน์ (E-Service)</a></b><p>ยื่นคำขอ จองคิว แจ้งปัญหา ได้ตลอด ๒๔ ชั่วโมง</p></div>
<div class="card"><b><a href="/services/">คู่มือสำหรับประชาชน</a></b><p>เอกสารที่ต้องใช้ ค่าธรรมเนียม ระยะเวลา</p></div>
<div class="card"><b><a href="/ita/">การประเมิน ITA 2568</a></b><p>การเปิดเผยข้อมูลสาธารณะ (OIT) ของสำนักงานเขต</p></div>
</div>
""", on='/')

    execs = ''.join('<div class="exec"><img src="/assets/img/exec/%s.jpg" alt="%s"><div><b>%s</b><br>%s<br>โทร %s<br>อีเมล %s</div></div>'
                    % (e[0], e[1], e[1], e[2], e[3], e[4]) for e in EXECS)
    heads = ''.join('<tr><td>ฝ่าย%s</td><td><img src="/assets/img/exec/h%d.jpg" alt="" style="width:48px;vertical-align:middle"> %s</td><td>หัวหน้าฝ่าย%s</td><td>02-424-6130 ต่อ %d</td></tr>'
                    % (DIVS[i][0], i + 1, HEADS[i], DIVS[i][0], 200 + i * 10) for i in range(10))
    duties = ''.join('<li><b>ฝ่าย%s</b> – %s</li>' % (d, t) for d, t in DIVS)
    page('about/index.html', 'เกี่ยวกับเขต', f"""
<h2>เกี่ยวกับสำนักงานเขตบางพลัด</h2>
<p>เขตบางพลัดตั้งอยู่ฝั่งธนบุรีริมแม่น้ำเจ้าพระยา มีพื้นที่ 11.36 ตารางกิโลเมตร แบ่งการปกครองเป็น 4 แขวง ได้แก่ แขวงบางพลัด แขวงบางอ้อ แขวงบางบำหรุ และแขวงบางยี่ขัน</p>
<h3 id="structure">โครงสร้างสำนักงานเขต</h3>
<img src="/assets/img/orgchart.png" alt="แผนผังโครงสร้างสำนักงานเขตบางพลัด" style="max-width:100%">
<h3 id="exec">ผู้บริหารสำนักงานเขต</h3>
{execs}
<h4>หัวหน้าฝ่าย</h4>
<table class="t"><tr><th>ฝ่าย</th><th>ชื่อ - สกุล</th><th>ตำแหน่ง</th><th>โทรศัพท์</th></tr>{heads}</table>
<p class="muted">ข้อมูลผู้บริหาร ณ วันที่ 1 กรกฎาคม 2568</p>
<h3 id="duty">อำนาจหน้าที่</h3>
<p>สำนักงานเขตมีอำนาจหน้าที่ตามพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. 2528 และประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต โดยแต่ละฝ่ายมีหน้าที่ดังนี้</p>
<ul>{duties}</ul>
<h3>กฎหมายที่เกี่ยวข้อง</h3>
<p><a class="doc" href="/docs/about/laws.pdf">กฎหมาย ระเบียบ ที่เกี่ยวข้องกับการปฏิบัติงาน (PDF)</a></p>
<h3>ช่องทางการติดต่อ</h3>
<p>ที่อยู่ โทรศัพท์ โทรสาร อีเมล และแผนที่ตั้งสำนักงาน ดูได้ที่หน้า <a href="/contact/">ติดต่อเรา</a></p>
""", on='/about/', crumb=['เกี่ยวกับเขต'])

    page('contact/index.html', 'ติดต่อเรา', f"""
<h2>ติดต่อสำนักงานเขตบางพลัด</h2>
<table class="t">
<tr><th>ที่อยู่</th><td>{ADDR}</td></tr>
<tr><th>โทรศัพท์</th><td>{TEL} (ศูนย์บริการ) · ฝ่ายทะเบียน 02-424-6130 ต่อ 210</td></tr>
<tr><th>โทรสาร</th><td>{FAX}</td></tr>
<tr><th>อีเมล</th><td><a href="mailto:{MAIL}">{MAIL}</a></td></tr>
<tr><th>Facebook</th><td>สำนักงานเขตบางพลัด (facebook.com/bangphlatdistrict)</td></tr>
<tr><th>LINE OA</th><td>@bangphlat</td></tr>
<tr><th>เวลาทำการ</th><td>จันทร์ - ศุกร์ 08.00 - 16.00 น. · งานทะเบียนเปิดวันเสาร์ 08.00 - 12.00 น.</td></tr>
</table>
<h3>แผนที่ตั้ง</h3>
<img src="/assets/img/map.png" alt="แผนที่สำนักงานเขตบางพลัด" style="max-width:100%">
<p><a href="https://maps.google.com/?q=13.7905,100.5047">เปิดใน Google Maps</a></p>
""", on='/contact/', crumb=['ติดต่อเรา'])

    page('plans/index.html', 'นโยบายและแผน', """
<h2>นโยบายผู้บริหารกรุงเทพมหานครและแผนพัฒนา</h2>
<p>สำนักงานเขตบางพลัดขับเคลื่อนนโยบายผู้ว่าราชการกรุงเทพมหานคร และแผนพัฒนากรุงเทพมหานครในระดับพื้นที่</p>
<ul>
<li><a class="doc" href="/docs/plan/governor-policy-summary.pdf">นโยบายผู้ว่าราชการกรุงเทพมหานคร (9 ดี) และการขับเคลื่อนในพื้นที่</a></li>
<li><a class="doc" href="/docs/plan/district-dev-plan-2568.pdf">แผนพัฒนาเขตบางพลัด ประจำปีงบประมาณ 2568</a></li>
<li><a href="https://webportal.bangkok.go.th/pipd/">แผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี ระยะที่ 3 (พ.ศ. 2566-2570) – สำนักยุทธศาสตร์และประเมินผล</a></li>
</ul>
""", crumb=['นโยบายและแผน'])

    rows = ''.join('<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % (i, s[0], s[1], s[2], s[3])
                   for i, s in enumerate(SCHOOLS, 1))
    page('education/index.html', 'ฝ่ายการศึกษา', f"""
<h2>ฝ่ายการศึกษา – สถานศึกษาในพื้นที่</h2>
<p>สถานศึกษาในความดูแลของฝ่ายการศึกษา สำนักงานเขตบางพลัด จำนวน {len(SCHOOLS)} แห่ง</p>
<table class="t"><tr><th>#</th><th>สถานศึกษา</th><th>ระดับ</th><th>ที่ตั้ง</th><th>โทรศัพท์</th></tr>{rows}</table>
<p><a class="doc" href="/docs/edu/sathansueksa-bangphlat.xlsx">ดาวน์โหลดทะเบียนสถานศึกษา (Excel)</a></p>
""", crumb=['ฝ่ายการศึกษา'])

    # news
    items = ''.join('<li><a href="/news/%s.html">%s</a> <span class="muted">(%s)</span></li>' % (n[0], n[2], n[1]) for n in NEWS)
    page('news/index.html', 'ข่าวสาร', f"<h2>ข่าวประชาสัมพันธ์และผลการดำเนินงาน</h2><ul>{items}</ul>", on='/news/', crumb=['ข่าวสาร'])
    for n in NEWS:
        png_text('assets/img/news/%s.jpg' % n[0], 720, 400, n[4], [n[2][:34]], sizes=[24], seed=len(n[2]))
        page('news/%s.html' % n[0], n[2], f"""
<h2>{n[2]}</h2><p class="muted">เผยแพร่ {n[1]} · ฝ่ายปกครอง (งานประชาสัมพันธ์)</p>
<img src="/assets/img/news/{n[0]}.jpg" alt="" style="max-width:100%;border-radius:8px">
<p>{n[3]}</p>""", on='/news/', crumb=['<a href="/news/">ข่าวสาร</a>', n[2]])

    # manuals (O6)
    mrows = ''.join('<tr><td>ฝ่าย%s</td><td>คู่มือการปฏิบัติงาน ฝ่าย%s</td><td><a href="/docs/manual/manual-%s.pdf">เปิดเอกสาร</a></td></tr>'
                    % (DIVS[i][0], DIVS[i][0], DIV_SLUG[i]) for i in range(10))
    page('manuals/index.html', 'คู่มือการปฏิบัติงาน', f"""
<h2>คู่มือการปฏิบัติงานของเจ้าหน้าที่ (รายฝ่าย)</h2>
<table class="t"><tr><th>ฝ่าย</th><th>เอกสาร</th><th></th></tr>{mrows}</table>""", crumb=['คู่มือการปฏิบัติงาน'])

    page('services/index.html', 'บริการประชาชน', """
<h2>บริการประชาชน</h2>
<h3>คู่มือสำหรับประชาชน</h3>
<p>รายละเอียดขั้นตอน เอกสาร ระยะเวลา และค่าธรรมเนียมของงานบริการ</p>
<p><a class="doc" href="/docs/service/citizen-manual.pdf">คู่มือสำหรับประชาชน สำนักงานเขตบางพลัด (PDF)</a></p>
<h3>บริการอื่น ๆ</h3>
<ul><li><a href="/services/eservice.html">บริการออนไลน์ (E-Service)</a></li>
<li><a href="/services/checklist.html">รายการตรวจสอบเอกสารประกอบคำขออนุญาต (Checklist)</a></li>
<li><a href="/services/tracking.html">ติดตามความคืบหน้าเรื่องที่ยื่นขออนุญาต</a></li></ul>
""", on='/services/', crumb=['บริการประชาชน'])

    page('services/eservice.html', 'บริการออนไลน์', """
<h2>บริการออนไลน์ (E-Service)</h2>
<table class="t"><tr><th>บริการ</th><th>รายละเอียด</th><th>ช่องทาง</th></tr>
<tr><td>ยื่นคำขออนุญาตออนไลน์ (BMA OSS)</td><td>ขออนุญาตก่อสร้าง ใบอนุญาตสาธารณสุข ป้าย ฯลฯ</td><td><a href="https://bmaoss.bangkok.go.th/">bmaoss.bangkok.go.th</a></td></tr>
<tr><td>จองคิวล่วงหน้า (BMA Q)</td><td>จองคิวงานทะเบียนราษฎร บัตรประชาชน</td><td><a href="https://q.bangkok.go.th/">q.bangkok.go.th</a></td></tr>
<tr><td>แจ้งปัญหาเมือง (Traffy Fondue)</td><td>แจ้งปัญหาถนน ทางเท้า ขยะ ไฟฟ้า</td><td><a href="https://fondue.traffy.in.th/">LINE @traffyfondue</a></td></tr>
<tr><td>ชำระภาษีที่ดินและสิ่งปลูกสร้างออนไลน์</td><td>ชำระผ่าน QR Code / Krungthai NEXT</td><td><a href="https://bmatax.bangkok.go.th/">ระบบภาษีออนไลน์</a></td></tr>
<tr><td>แบบฟอร์มขอข้อมูลข่าวสาร</td><td>ขอข้อมูลข่าวสารของราชการออนไลน์</td><td><a href="/services/info-request.html">กรอกแบบฟอร์ม</a></td></tr>
</table>""", on='/services/', crumb=['<a href="/services/">บริการประชาชน</a>', 'E-Service'])
    page('services/info-request.html', 'ขอข้อมูลข่าวสาร', """
<h2>แบบฟอร์มขอข้อมูลข่าวสารของราชการ</h2>
<form action="#" method="post"><p>ชื่อ-สกุล <input name="n"></p><p>อีเมล <input name="e"></p>
<p>ข้อมูลที่ต้องการ <textarea name="q"></textarea></p><p><button type="submit">ส่งคำขอ</button></p></form>
<p class="muted">เจ้าหน้าที่จะติดต่อกลับภายใน 15 วันทำการ</p>""", crumb=['ขอข้อมูลข่าวสาร'])

    page('services/checklist.html', 'Checklist', """
<h2>รายการตรวจสอบ (Checklist) ในการพิจารณาคำขออนุญาต</h2>
<ul>
<li><a class="doc" href="/docs/service/checklist-building.pdf">Checklist คำขออนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร (ฝ่ายโยธา)</a></li>
<li><a class="doc" href="/docs/service/checklist-food.pdf">Checklist การตรวจสถานที่จำหน่ายอาหาร (ฝ่ายสิ่งแวดล้อมและสุขาภิบาล)</a></li>
<li><a class="doc" href="/docs/service/checklist-sign.pdf">Checklist คำขออนุญาตติดตั้งป้าย (ฝ่ายโยธา)</a></li>
</ul>""", on='/services/', crumb=['<a href="/services/">บริการประชาชน</a>', 'Checklist'])

    page('services/tracking.html', 'ติดตามความคืบหน้า', """
<h2>ติดตามความคืบหน้าเรื่องที่ยื่นขออนุญาต</h2>
<p>ผู้ยื่นคำขอใบอนุญาต (ก่อสร้างอาคาร ใบอนุญาตสาธารณสุข ป้าย ฯลฯ) สามารถตรวจดูได้ว่าคำขอของท่านอยู่ขั้นตอนใด
โดยกรอกเลขที่คำขอที่ได้รับจากศูนย์รับคำขออนุญาต หรือเข้าสู่ระบบ BMA OSS</p>
<form action="https://bmaoss.bangkok.go.th/tracking" method="get">
<p>เลขที่คำขอ <input name="req" placeholder="เช่น 68-BP-000123"> <button type="submit">ตรวจสอบ</button></p></form>
<p>สถานะที่แสดง: รับคำขอ → ตรวจเอกสาร → ตรวจสถานที่ → เสนอผู้มีอำนาจ → อนุญาต/ไม่อนุญาต → แจ้งผล</p>
<p>สอบถามเพิ่มเติม ศูนย์รับคำขออนุญาต โทร 02-424-6130 ต่อ 250</p>""", on='/services/', crumb=['<a href="/services/">บริการประชาชน</a>', 'ติดตามสถานะ'])

    page('finance/index.html', 'งบประมาณ', """
<h2>ข้อมูลงบประมาณของสำนักงานเขต</h2>
<p><a class="doc" href="/docs/finance/budget-2568-district.pdf">งบประมาณรายจ่ายตามข้อบัญญัติ ปีงบประมาณ พ.ศ. 2568 (ส่วนของสำนักงานเขตบางพลัด)</a></p>
<p>ข้อมูลเงินอุดหนุนกรรมการชุมชน ดูที่หน้า <a href="/finance/community-grant.html">เงินอุดหนุนชุมชน</a></p>
""", crumb=['งบประมาณ'])
    comm = [('ชุมชนวัดบางพลัดนอก', 18), ('ชุมชนซอยจรัญฯ 79', 15), ('ชุมชนบางอ้อ', 22), ('ชุมชนมัสยิดบางอ้อ', 14),
            ('ชุมชนวัดเทพากร', 16), ('ชุมชนริมคลองบางบำหรุ', 12), ('ชุมชนวัดคฤหบดี', 19), ('ชุมชนบางยี่ขันพัฒนา', 13)]
    crow = ''.join('<tr><td>%d</td><td>%s</td><td>%d</td><td>%s</td></tr>' % (i, c[0], c[1], '{:,}'.format(c[1] * 5000)) for i, c in enumerate(comm, 1))
    page('finance/community-grant.html', 'เงินอุดหนุนชุมชน', f"""
<h2>เงินอุดหนุนกรรมการชุมชน ปีงบประมาณ พ.ศ. 2568</h2>
<p>ค่าตอบแทน/เงินอุดหนุนกรรมการชุมชน อัตราคนละ 5,000 บาทต่อปี จ่ายงวดที่ 1 เดือนมีนาคม 2568</p>
<table class="t"><tr><th>#</th><th>ชุมชน</th><th>จำนวนกรรมการ</th><th>จำนวนเงิน (บาท)</th></tr>{crow}</table>
""", crumb=['<a href="/finance/">งบประมาณ</a>', 'เงินอุดหนุนชุมชน'])

    # procurement (O15): December link points at November's file
    mlist = ['2567-10', '2567-11', '2567-12', '2568-01', '2568-02', '2568-03', '2568-04', '2568-05', '2568-06']
    mrow = ''
    for k in mlist:
        y, m = k.split('-')
        href = '/docs/procurement/skr1-%s.pdf' % ('2567-11' if k == '2567-12' else k)
        mrow += '<tr><td>%s %s</td><td><a href="%s">สรุปผลการจัดซื้อจัดจ้าง เดือน%s %s (PDF)</a></td></tr>' % (MONTH_TH[m], y, href, MONTH_TH[m], y)
    page('procurement/index.html', 'จัดซื้อจัดจ้าง', f"""
<h2>การจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. 2568</h2>
<p>ดูประกาศทั้งหมดได้ที่ระบบ <a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch">e-GP กรมบัญชีกลาง</a> และ <a href="https://egpbma.bangkok.go.th/">e-GPBMA กรุงเทพมหานคร</a></p>
<h3>ประกาศต่าง ๆ</h3>
<ul>
<li><a class="doc" href="/docs/procurement/ann-2568-005.pdf">ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2568</a> (21 ต.ค. 67)</li>
<li><a class="doc" href="/docs/procurement/ann-2568-001.pdf">ประกวดราคาจ้างปรับปรุงผิวจราจรซอยจรัญสนิทวงศ์ 81</a> (20 ธ.ค. 67)</li>
<li><a class="doc" href="/docs/procurement/ann-2568-002.pdf">ประกาศผู้ชนะ จ้างปรับปรุงผิวจราจรซอยจรัญสนิทวงศ์ 81</a> (22 ม.ค. 68)</li>
<li><a class="doc" href="/docs/procurement/ann-2568-003.pdf">ประกวดราคาจ้างปรับปรุงทางเท้าถนนจรัญสนิทวงศ์ ช่วงซอย 75-87</a> (28 มี.ค. 68)</li>
<li><a class="doc" href="/docs/procurement/ann-2568-004.pdf">ประกาศผู้ชนะ จ้างปรับปรุงทางเท้าถนนจรัญสนิทวงศ์</a> (9 พ.ค. 68)</li>
</ul>
<h3>สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)</h3>
<table class="t"><tr><th>เดือน</th><th>เอกสาร</th></tr>{mrow}</table>
""", on='/procurement/', crumb=['จัดซื้อจัดจ้าง'])

    page('complaint/index.html', 'ร้องเรียนการทุจริต', f"""
<h2>ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h2>
<p>หากพบเห็นเจ้าหน้าที่ของสำนักงานเขตบางพลัดเรียกรับเงิน สินบน หรือประพฤติมิชอบ แจ้งได้ทางช่องทางต่อไปนี้ ผู้แจ้งจะได้รับการคุ้มครองและเก็บข้อมูลเป็นความลับ</p>
<ul>
<li>ด้วยตนเอง / ตู้รับเรื่องร้องเรียน ชั้น 1 อาคารสำนักงานเขต</li>
<li>หนังสือถึงผู้อำนวยการเขตบางพลัด {ADDR} (วงเล็บมุมซอง "ร้องเรียนการทุจริต")</li>
<li>โทรศัพท์สายตรงฝ่ายปกครอง 02-424-6130 ต่อ 201</li>
<li>อีเมล <a href="mailto:anticorruption.bangphlat@bangkok.go.th">anticorruption.bangphlat@bangkok.go.th</a></li>
<li>สายด่วนกรุงเทพมหานคร 1555</li>
</ul>
<form action="#" method="post"><p>เรื่องที่ร้องเรียน <input name="s"></p><p>รายละเอียด <textarea name="d"></textarea></p><p><button>ส่งเรื่อง</button></p></form>
<p><a class="doc" href="/docs/integrity/complaint-stat-2568.pdf">สถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ 2568</a></p>
""", on='/complaint/', crumb=['ร้องเรียนการทุจริต'])

    page('ita/o19.html', 'การประเมินความเสี่ยงการรับสินบน', """
<h2>การประเมินความเสี่ยงต่อการรับสินบน และผลการจัดการความเสี่ยง</h2>
<ol>
<li><a class="doc" href="/docs/integrity/bribery-risk-2568.pdf">ผลการวิเคราะห์ความเสี่ยงต่อการรับสินบน ปีงบประมาณ 2568</a></li>
<li><a class="doc" href="/docs/integrity/risk-measures-result-6m.pdf">ผลการขับเคลื่อนมาตรการลดโอกาสการเรียกรับผลประโยชน์ (ต.ค. 67 - มี.ค. 68)</a></li>
</ol>""", on='/ita/', crumb=['<a href="/ita/">ITA / OIT 2568</a>', 'O19'])

    # ------------------------------------------------------ OIT page
    R = [
        ('O1', 'ข้อมูลพื้นฐานของสำนักงานเขต (โครงสร้าง ผู้บริหาร อำนาจหน้าที่ การติดต่อ)', [('/about/', 'ข้อมูลพื้นฐานของสำนักงานเขตบางพลัด')]),
        ('O2', 'นโยบายผู้ว่าราชการกรุงเทพมหานคร และแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร', [('/plans/', 'นโยบายและแผน')]),
        ('O3', 'โรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขตบางพลัด', [('/education/', 'สถานศึกษาในพื้นที่')]),
        ('O4', 'ข่าวประชาสัมพันธ์ผลการดำเนินงาน', [('/news/', 'ข่าวสารเขตบางพลัด')]),
        ('O5', 'แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี',
         [('/docs/plan/action-plan-2568.pdf', 'แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568'),
          ('/docs/plan/annual-report-2567.pdf', 'รายงานผลการปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2567')]),
        ('O6', 'คู่มือการปฏิบัติหน้าที่ของเจ้าหน้าที่', [('/manuals/', 'คู่มือการปฏิบัติงาน (ทุกฝ่าย)')]),
        ('O7', 'คู่มือการให้บริการประชาชน', [('/services/', 'คู่มือสำหรับประชาชน')]),
        ('O8', 'E-Service', [('/services/eservice.html', 'บริการออนไลน์ของสำนักงานเขต')]),
        ('O9', 'ข้อมูลสถิติการจัดเก็บภาษี', [('/docs/revenue/tax-stat-2568.pdf', 'สถิติการจัดเก็บภาษี ปีงบประมาณ 2568')]),
        ('O10', 'ข้อมูลสถิติการจัดเก็บรายได้', [('/docs/revenue/rayrap-jing-2568.xlsx', 'รายรับจริง ปีงบประมาณ 2568 (Excel)')]),
        ('O11', 'รายการการตรวจ (Checklist) ในการพิจารณาออกใบอนุญาต', [('/services/checklist.html', 'Checklist การพิจารณาคำขออนุญาต')]),
        ('O12', 'ระบบติดตามสถานะการขอใบอนุญาต (Tracking System)', [('/services/tracking.html', 'ติดตามความคืบหน้าเรื่องที่ยื่นขออนุญาต')]),
        ('O13', 'แผนการใช้จ่ายงบประมาณประจำปี และรายงานผลการใช้จ่ายงบประมาณประจำปี',
         [('/docs/finance/spending-plan-2568.pdf', 'แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2568'),
          ('/docs/finance/spending-report-2567.pdf', 'รายงานผลการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2567')]),
        ('O14', 'ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ และเงินอุดหนุนชุมชน', [('/finance/', 'ข้อมูลงบประมาณของสำนักงานเขต')]),
        ('O15', 'ประกาศเกี่ยวกับการจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้างรายเดือน', [('/procurement/', 'การจัดซื้อจัดจ้าง ปี 2568')]),
        ('O16', 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', [('/docs/hr/hr-criteria-2568.pdf', 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล')]),
        ('O17', 'ช่องทางการร้องเรียนการทุจริต และข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี',
         [('/complaint/', 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริต'),
          ('/docs/integrity/complaint-stat-2568.pdf', 'สถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ 2568')]),
        ('O18', 'ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) และการรายงานผล',
         [('/docs/integrity/anti-bribery-policy-2568.pdf', 'ประกาศนโยบายต่อต้านการรับสินบน'),
          ('/docs/integrity/anti-bribery-report-6m-2568.pdf', 'รายงานผลการดำเนินการตามนโยบาย รอบ 6 เดือน')]),
        ('O19', 'การประเมินความเสี่ยงต่อการรับสินบน และรายงานผลการจัดการความเสี่ยง', [('/ita/o19.html', 'การประเมินความเสี่ยงการรับสินบน ปี 2568')]),
        ('O20', 'แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่', [('/docs/integrity/anti-bribery-policy-2568.pdf', 'แนวทางการใช้ดุลยพินิจของเจ้าหน้าที่')]),
        ('O21', 'การจัดการทรัพย์สินของราชการ ของบริจาค และการจัดเก็บของกลาง', [('/docs/integrity/asset-order-2568.pdf', 'คำสั่งสำนักงานเขตบางพลัด เรื่อง การบริหารจัดการทรัพย์สินของราชการ ของบริจาค และของกลาง')]),
        ('O22', 'มาตรการยกระดับคุณธรรมและความโปร่งใส และการรายงานผลการดำเนินงาน', [('/docs/integrity/ita-measures-2568.pdf', 'มาตรการยกระดับคุณธรรมและความโปร่งใส ปี 2568 และผลการดำเนินงาน')]),
    ]
    trs = ''
    for code, label, links in R:
        lk = '<br>'.join('<a class="doc" href="%s">%s</a>' % (h, t) for h, t in links)
        trs += '<tr><td class="code">%s</td><td>%s</td><td>%s</td></tr>\n' % (code, label, lk)
    page('ita/index.html', 'ITA / OIT 2568', f"""
<h2>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. 2568</h2>
<p>สำนักงานเขตบางพลัดเปิดเผยข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT)
ของการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) กรุงเทพมหานคร</p>
<table class="t"><tr><th>ข้อ</th><th>ข้อมูล</th><th>เอกสาร/ลิงก์</th></tr>
{trs}</table>
<p class="muted">ผู้รับผิดชอบ: ฝ่ายปกครอง สำนักงานเขตบางพลัด · ปรับปรุงล่าสุด 11 กรกฎาคม 2568</p>
""", on='/ita/', crumb=['ITA / OIT 2568'])


NEWS = [
    ('n2568-12', '8 กรกฎาคม 2568', 'ผอ.เขตบางพลัดตรวจความพร้อมเครื่องสูบน้ำรับมือฝนตกหนัก',
     'นายสุรเชษฐ์ ธนากร ผู้อำนวยการเขตบางพลัด ลงพื้นที่ตรวจความพร้อมของเครื่องสูบน้ำ 12 จุด และติดตามการลอกท่อระบายน้ำซอยจรัญสนิทวงศ์ 75 ซึ่งดำเนินการแล้วเสร็จร้อยละ 100', (40, 90, 140)),
    ('n2568-11', '20 มิถุนายน 2568', 'เขตบางพลัดส่งมอบทางเท้าใหม่ถนนจรัญสนิทวงศ์ ช่วงซอย 75-81',
     'ฝ่ายโยธาส่งมอบงานปรับปรุงทางเท้าระยะแรกความยาว 1.2 กิโลเมตร ตามนโยบายเดินทางดี', (120, 100, 60)),
    ('n2568-10', '5 มิถุนายน 2568', 'กิจกรรมวันสิ่งแวดล้อมโลก ปลูกต้นไม้ริมเจ้าพระยา',
     'สำนักงานเขตบางพลัดร่วมกับชุมชนบางอ้อปลูกต้นไม้ 500 ต้น ในโครงการสวน 15 นาที', (40, 120, 60)),
    ('n2568-09', '2 เมษายน 2568', 'ตรวจสุขลักษณะร้านอาหารช่วงเทศกาลสงกรานต์',
     'ฝ่ายสิ่งแวดล้อมและสุขาภิบาลตรวจร้านอาหาร 85 ร้าน ผ่านเกณฑ์ 81 ร้าน', (150, 60, 60)),
    ('n2568-08', '14 กุมภาพันธ์ 2568', 'เขตบางพลัดรณรงค์ชำระภาษีที่ดินและสิ่งปลูกสร้างก่อนกำหนด',
     'ฝ่ายรายได้เปิดจุดบริการรับชำระภาษีเคลื่อนที่ 4 แขวง', (90, 60, 130)),
    ('n2568-07', '9 ธันวาคม 2567', 'เขตบางพลัดจัดกิจกรรมวันต่อต้านคอร์รัปชันสากล',
     'ผู้บริหารและบุคลากรกว่า 200 คน ร่วมประกาศเจตนารมณ์ไม่รับสินบน ไม่รับของขวัญ', (30, 30, 30)),
    ('n2568-06', '15 พฤศจิกายน 2567', 'ประชุมชี้แจงการประเมิน ITA ประจำปี 2568',
     'ฝ่ายปกครองชี้แจงผู้รับผิดชอบรายข้อของแบบตรวจ OIT ทุกฝ่าย', (60, 110, 110)),
    ('n2568-05', '21 ตุลาคม 2567', 'เปิดบริการจองคิวงานทะเบียนผ่าน BMA Q',
     'ฝ่ายทะเบียนเปิดให้ประชาชนจองคิวล่วงหน้าผ่านระบบ BMA Q ลดเวลารอเหลือไม่เกิน 20 นาที', (20, 100, 160)),
]


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    write('assets/style.css', CSS)
    make_images()
    doc_manuals()
    doc_action_plan_draft()
    doc_annual_report_2567()
    doc_tax_stat_stale()
    xlsx_revenue()
    xlsx_schools()
    doc_budget_plan_cover_only()
    doc_budget_report_2567()
    doc_budget_ordinance()
    doc_skr()
    doc_announcements()
    doc_hr_criteria_wrong_title()
    doc_complaint_blank_template()
    doc_anti_bribery()
    doc_risk()
    doc_asset_signature_scan()
    doc_measures_copied()
    doc_service_manual()
    doc_checklists()
    doc_plans_o2()
    doc_laws()
    pages()


if __name__ == '__main__':
    main()
