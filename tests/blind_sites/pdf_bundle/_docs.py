# helper: Thai PDF / XLSX / scanned-image writers (writerD)
import os, random
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from PIL import Image, ImageDraw, ImageFont, ImageFilter

TLWG = "/usr/share/fonts/truetype/tlwg/"
pdfmetrics.registerFont(TTFont("Garuda", TLWG + "Garuda.ttf"))
pdfmetrics.registerFont(TTFont("Garuda-Bold", TLWG + "Garuda-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Norasi", TLWG + "Norasi.ttf"))

W, H = A4

_MARKS = set(chr(c) for c in [0x0E31, 0x0E33] + list(range(0x0E34, 0x0E3B)) + list(range(0x0E47, 0x0E4F)))
_LEAD = set("เแโใไ")

def _split_long(w, font, size, maxw):
    out, cur = [], ""
    for i, ch in enumerate(w):
        t = cur + ch
        if pdfmetrics.stringWidth(t, font, size) > maxw and cur and ch not in _MARKS and (cur[-1] not in _LEAD):
            out.append(cur); cur = ch
        else:
            cur = t
    if cur:
        out.append(cur)
    return out

def _wrap(text, font, size, maxw):
    words = []
    for w in text.split(" "):
        if pdfmetrics.stringWidth(w, font, size) > maxw:
            words += _split_long(w, font, size, maxw)
        else:
            words.append(w)
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if pdfmetrics.stringWidth(t, font, size) <= maxw or not cur:
            cur = t
        else:
            lines.append(cur); cur = w
    if cur:
        lines.append(cur)
    return lines

class Doc:
    """Tiny page-flow writer. Blocks: ('h', text) ('p', text) ('t', rows, colw) ('br',) ('sp', n)"""
    def __init__(self, path, font="Garuda", title="", land=False):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        global W, H
        W, H = (A4[1], A4[0]) if land else A4
        self.c = canvas.Canvas(path, pagesize=(W, H))
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.font = font
        self.y = H - 60
        self.page = 1
    def newpage(self):
        self.c.showPage(); self.page += 1; self.y = H - 60
    def need(self, h):
        if self.y - h < 50:
            self.newpage()
    def h(self, text, size=15, center=True):
        for ln in _wrap(text, "Garuda-Bold", size, W - 120):
            self.need(size + 8)
            self.c.setFont("Garuda-Bold", size)
            if center:
                self.c.drawCentredString(W / 2, self.y, ln)
            else:
                self.c.drawString(60, self.y, ln)
            self.y -= size + 10
    def p(self, text, size=11, indent=0):
        for ln in _wrap(text, self.font, size, W - 120 - indent):
            self.need(size + 6)
            self.c.setFont(self.font, size)
            self.c.drawString(60 + indent, self.y, ln)
            self.y -= size + 7
        self.y -= 3
    def sp(self, n=10):
        self.y -= n
    def table(self, rows, colw, size=8.5):
        x0 = 40
        for ri, row in enumerate(rows):
            cells = [_wrap(str(v), "Garuda-Bold" if ri == 0 else self.font, size, colw[i] - 6) for i, v in enumerate(row)]
            nl = max(len(c) for c in cells)
            rh = nl * (size + 4) + 6
            self.need(rh)
            x = x0
            for i, cl in enumerate(cells):
                self.c.rect(x, self.y - rh + size + 2, colw[i], rh)
                yy = self.y
                self.c.setFont("Garuda-Bold" if ri == 0 else self.font, size)
                for ln in cl:
                    self.c.drawString(x + 3, yy, ln); yy -= size + 4
                x += colw[i]
            self.y -= rh
        self.y -= 8
    def save(self):
        self.c.showPage(); self.c.save()

def simple_pdf(path, title, paras, rows=None, colw=None, sign=None, font="Garuda", land=False, tsize=8.5):
    d = Doc(path, font=font, title=title, land=land)
    for i, t in enumerate(title.split("\n")):
        d.h(t, 16 if i == 0 else 13)
    d.sp(8)
    for p in paras:
        if isinstance(p, tuple) and p[0] == "h":
            d.h(p[1], 12, center=False)
        else:
            d.p(p)
    if rows:
        d.table(rows, colw, size=tsize)
    if sign:
        d.sp(20)
        for s in sign:
            d.c.setFont(font, 11); d.need(18)
            d.c.drawCentredString(W * 0.65, d.y, s); d.y -= 17
    d.save()

def scanned_pdf(path, lines, seed=1):
    """image-only PDF (no text layer), looks like a photocopy"""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    rnd = random.Random(seed)
    img = Image.new("L", (1240, 1754), 238)
    dr = ImageDraw.Draw(img)
    f1 = ImageFont.truetype(TLWG + "Norasi-Bold.ttf", 38)
    f2 = ImageFont.truetype(TLWG + "Norasi.ttf", 30)
    y = 120
    for i, ln in enumerate(lines):
        f = f1 if i < 2 else f2
        if ln.startswith("|"):
            cells = ln.strip("|").split("|")
            x = 90
            cw = (1240 - 180) // len(cells)
            for cell in cells:
                dr.rectangle([x, y - 6, x + cw, y + 40], outline=40)
                dr.text((x + 8, y), cell.strip(), font=f2, fill=30)
                x += cw
            y += 46
            continue
        dr.text((100 if i >= 2 else 120, y), ln, font=f, fill=25)
        y += 56 if i < 2 else 48
    for _ in range(9000):
        x, yy = rnd.randrange(1240), rnd.randrange(1754)
        img.putpixel((x, yy), rnd.choice([90, 120, 200]))
    img = img.rotate(0.7, fillcolor=235).filter(ImageFilter.GaussianBlur(0.6))
    img = img.resize((930, 1315))
    img.convert("RGB").save(path, "PDF", resolution=110)

def xlsx(path, title, header, rows):
    import openpyxl
    from openpyxl.styles import Font
    os.makedirs(os.path.dirname(path), exist_ok=True)
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Sheet1"
    ws.append([title]); ws["A1"].font = Font(bold=True, size=14)
    ws.append([])
    ws.append(header)
    for r in rows:
        ws.append(r)
    for col in "ABCDEFGHIJ":
        ws.column_dimensions[col].width = 22
    wb.save(path)

def png(path, text_lines, size=(900, 520), bg=(230, 240, 250)):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    img = Image.new("RGB", size, bg)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(TLWG + "Garuda.ttf", 22)
    y = 20
    for ln in text_lines:
        dr.text((20, y), ln, font=f, fill=(20, 40, 80)); y += 34
    img.save(path, optimize=True)
