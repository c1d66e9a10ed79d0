"""Small helpers shared by the blind-site generators (PDF, XLSX, PNG, scans).
Each site folder holds its own copy so a site can be rebuilt on its own."""
import os, random, json
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import ImageReader

TLWG = '/usr/share/fonts/truetype/tlwg/'
pdfmetrics.registerFont(TTFont('Garuda', TLWG + 'Garuda.ttf'))
pdfmetrics.registerFont(TTFont('Garuda-Bold', TLWG + 'Garuda-Bold.ttf'))
pdfmetrics.registerFont(TTFont('Loma', TLWG + 'Loma.ttf'))
pdfmetrics.registerFont(TTFont('Norasi', TLWG + 'Norasi.ttf'))

TH_DIG = str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙')
MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม',
          'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม']
MON_AB = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.']


def th(s):
    return str(s).translate(TH_DIG)


def ensure(path):
    os.makedirs(os.path.dirname(path), exist_ok=True)


def write(path, text):
    ensure(path)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)


def _wrap(text, n):
    out = []
    for para in text.split('\n'):
        while len(para) > n:
            cut = para.rfind(' ', 0, n)
            if cut < n // 2:
                cut = n
            out.append(para[:cut])
            para = para[cut:].lstrip()
        out.append(para)
    return out


def pdf(path, title, lines, table=None, font='Garuda', size=13, land=False, col_w=None, tsize=8, sign=None):
    """Text PDF. title: str or list; lines: paragraphs; table: list of rows (first = header)."""
    ensure(path)
    ps = landscape(A4) if land else A4
    W, H = ps
    c = canvas.Canvas(path, pagesize=ps, pageCompression=1)
    c.setTitle(title if isinstance(title, str) else title[0])
    y = H - 60
    def newpage():
        nonlocal y
        c.showPage(); y = H - 60
    titles = [title] if isinstance(title, str) else title
    for t in titles:
        c.setFont(font, size + 2)
        c.drawCentredString(W / 2, y, t); y -= size + 10
    y -= 6
    c.setFont(font, size)
    chars = int((W - 120) / (size * 0.48))
    for para in lines:
        for ln in _wrap(para, chars):
            if y < 60:
                newpage(); c.setFont(font, size)
            c.drawString(60, y, ln); y -= size + 7
        y -= 3
    if table:
        ncol = len(table[0])
        cw = col_w or [(W - 80) / ncol] * ncol
        scale = (W - 80) / sum(cw)
        cw = [w * scale for w in cw]
        for ri, row in enumerate(table):
            cells = [_wrap(str(v), max(4, int(cw[i] / (tsize * 0.5)))) for i, v in enumerate(row)]
            hgt = max(len(x) for x in cells) * (tsize + 3) + 6
            if y - hgt < 50:
                newpage()
            x = 40
            c.setFont(font, tsize)
            for i, cl in enumerate(cells):
                c.rect(x, y - hgt, cw[i], hgt)
                yy = y - tsize - 2
                for ln in cl:
                    c.drawString(x + 3, yy, ln); yy -= tsize + 3
                x += cw[i]
            y -= hgt
        y -= 10
    if sign:
        if y < 150:
            newpage()
        c.setFont(font, size)
        y -= 20
        for ln in sign:
            c.drawCentredString(W * 0.65, y, ln); y -= size + 6
    c.save()


def scan_pdf(path, title, lines, seed=1):
    """Image-only 'scanned' PDF: Thai text rendered to a grey bitmap, no text layer."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    ensure(path)
    rnd = random.Random(seed)
    img = Image.new('L', (1000, 1414), 238)
    d = ImageDraw.Draw(img)
    fb = ImageFont.truetype(TLWG + 'Norasi.ttf', 30)
    f = ImageFont.truetype(TLWG + 'Norasi.ttf', 22)
    y = 90
    for t in ([title] if isinstance(title, str) else title):
        w = d.textlength(t, font=fb)
        d.text(((1000 - w) / 2, y), t, font=fb, fill=30); y += 50
    y += 20
    for ln in lines:
        for part in _wrap(ln, 70):
            d.text((90 + rnd.randint(-2, 2), y), part, font=f, fill=40); y += 36
    for _ in range(1500):
        d.point((rnd.randint(0, 999), rnd.randint(0, 1413)), fill=rnd.randint(120, 200))
    img = img.rotate(0.6, fillcolor=238).filter(ImageFilter.GaussianBlur(0.6))
    tmp = path + '.jpg'
    img.save(tmp, 'JPEG', quality=35)
    c = canvas.Canvas(path, pagesize=A4, pageCompression=1)
    c.drawImage(ImageReader(tmp), 0, 0, width=A4[0], height=A4[1])
    c.setTitle('scan')
    c.save()
    os.remove(tmp)


SKR_HEAD = ['ลำดับที่', 'งานที่จัดซื้อหรือจัดจ้าง', 'วงเงินที่จะซื้อหรือจ้าง (บาท)', 'ราคากลาง (บาท)',
            'วิธีซื้อหรือจ้าง', 'รายชื่อผู้เสนอราคาและราคาที่เสนอ', 'ผู้ได้รับการคัดเลือกและราคาที่ตกลง',
            'เหตุผลที่คัดเลือกโดยสรุป', 'เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง']


def xlsx(path, titles, head, rows, widths=None):
    import openpyxl
    from openpyxl.styles import Font, Alignment
    ensure(path)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'สขร.1'
    r = 1
    for t in titles:
        ws.cell(r, 1, t).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(head))
        r += 1
    for i, h in enumerate(head, 1):
        cl = ws.cell(r, i, h); cl.font = Font(bold=True)
        cl.alignment = Alignment(wrap_text=True)
    for row in rows:
        r += 1
        for i, v in enumerate(row, 1):
            ws.cell(r, i, v)
    for i, w in enumerate(widths or [8, 40, 14, 14, 14, 34, 34, 24, 28], 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    wb.save(path)


def png(path, w, h, text='', bg=(200, 210, 220), fg=(40, 40, 60), size=18):
    from PIL import Image, ImageDraw, ImageFont
    ensure(path)
    img = Image.new('RGB', (w, h), bg)
    d = ImageDraw.Draw(img)
    if text:
        f = ImageFont.truetype(TLWG + 'Garuda.ttf', size)
        for i, ln in enumerate(text.split('\n')):
            d.text((8, 8 + i * (size + 6)), ln, font=f, fill=fg)
    img = img.quantize(32)
    img.save(path, optimize=True)


def photo(path, seed, w=120, h=150):
    """A small fake portrait: coloured background, head and shoulders."""
    from PIL import Image, ImageDraw
    ensure(path)
    rnd = random.Random(seed)
    bg = (rnd.randint(150, 220), rnd.randint(150, 220), rnd.randint(180, 240))
    img = Image.new('RGB', (w, h), bg)
    d = ImageDraw.Draw(img)
    skin = (rnd.randint(190, 230), rnd.randint(150, 190), rnd.randint(120, 160))
    d.ellipse((w * .3, h * .15, w * .7, h * .55), fill=skin)
    d.ellipse((w * .28, h * .1, w * .72, h * .3), fill=(30, 30, 30))
    d.rectangle((w * .1, h * .62, w * .9, h), fill=(rnd.choice([(40, 60, 110), (200, 190, 150), (90, 70, 50)])))
    img.quantize(24).save(path, optimize=True)


def orgchart(path, top, boxes, w=900, h=420):
    from PIL import Image, ImageDraw, ImageFont
    ensure(path)
    img = Image.new('RGB', (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(TLWG + 'Garuda.ttf', 14)
    d.rectangle((w / 2 - 120, 20, w / 2 + 120, 70), outline=(0, 60, 120), width=2)
    d.text((w / 2 - 110, 35), top, font=f, fill=(0, 0, 0))
    d.line((w / 2, 70, w / 2, 110), fill=(0, 0, 0))
    per = 6
    rows = [boxes[i:i + per] for i in range(0, len(boxes), per)]
    bw = (w - 40) / per
    for ri, row in enumerate(rows):
        yb = 130 + ri * 140
        d.line((20 + bw / 2, yb - 20, 20 + bw * (len(row) - .5), yb - 20), fill=(0, 0, 0))
        for i, b in enumerate(row):
            x = 20 + i * bw
            d.line((x + bw / 2, yb - 20, x + bw / 2, yb), fill=(0, 0, 0))
            d.rectangle((x + 4, yb, x + bw - 4, yb + 70), outline=(0, 90, 60), width=2)
            for j, part in enumerate(b.split('\n')):
                d.text((x + 10, yb + 10 + j * 20), part, font=f, fill=(0, 0, 0))
    img.quantize(16).save(path, optimize=True)


def docx(path, title, paras):
    import docx as _d
    ensure(path)
    doc = _d.Document()
    doc.add_heading(title, 1)
    for p in paras:
        doc.add_paragraph(p)
    doc.save(path)


def jdump(path, obj):
    write(path, json.dumps(obj, ensure_ascii=False, indent=1) + '\n')
