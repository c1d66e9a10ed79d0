# Document helpers shared by writerA's generators (copied verbatim into each site folder).
import io, os, random
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import ImageReader
from PIL import Image, ImageDraw, ImageFont, ImageFilter

FONTDIR = "/usr/share/fonts/truetype/tlwg/"
pdfmetrics.registerFont(TTFont("TH", FONTDIR + "Garuda.ttf"))
pdfmetrics.registerFont(TTFont("THB", FONTDIR + "Garuda-Bold.ttf"))
pdfmetrics.registerFont(TTFont("THN", FONTDIR + "Norasi.ttf"))

_TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def thd(s):
    """Arabic digits -> Thai digits."""
    return str(s).translate(_TH)


def _wrap(text, font, size, width):
    out = []
    for para in str(text).split("\n"):
        line = ""
        for ch in para:
            if pdfmetrics.stringWidth(line + ch, font, size) > width:
                # try to break at the last space
                cut = line.rfind(" ")
                if cut > len(line) * 0.5:
                    out.append(line[:cut]); line = line[cut + 1:] + ch
                else:
                    out.append(line); line = ch
            else:
                line += ch
        out.append(line)
    return out


class Doc:
    """Tiny flowing PDF writer: headings, paragraphs, tables, with Thai TTF."""

    def __init__(self, path, land=False, font="TH", title=None):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        self.ps = landscape(A4) if land else A4
        self.c = canvas.Canvas(path, pagesize=self.ps)
        if title:
            self.c.setTitle(title)
        self.font = font
        self.W, self.H = self.ps
        self.m = 50
        self.y = self.H - self.m

    def _need(self, h):
        if self.y - h < self.m:
            self.c.showPage(); self.y = self.H - self.m

    def head(self, text, size=15, center=True):
        for ln in _wrap(text, "THB", size, self.W - 2 * self.m):
            self._need(size + 8)
            self.c.setFont("THB", size)
            if center:
                self.c.drawCentredString(self.W / 2, self.y - size, ln)
            else:
                self.c.drawString(self.m, self.y - size, ln)
            self.y -= size + 8

    def para(self, text, size=11, indent=0):
        for ln in _wrap(text, self.font, size, self.W - 2 * self.m - indent):
            self._need(size + 6)
            self.c.setFont(self.font, size)
            self.c.drawString(self.m + indent, self.y - size, ln)
            self.y -= size + 6
        self.y -= 4

    def space(self, h=10):
        self.y -= h

    def table(self, header, rows, widths=None, size=9):
        tw = self.W - 2 * self.m
        n = len(header)
        if widths is None:
            widths = [1] * n
        s = float(sum(widths)); widths = [w / s * tw for w in widths]

        def row(cells, bold=False):
            f = "THB" if bold else self.font
            wrapped = [_wrap(str(c), f, size, widths[i] - 6) for i, c in enumerate(cells)]
            h = max(len(w) for w in wrapped) * (size + 3) + 6
            self._need(h)
            x = self.m
            for i, lines in enumerate(wrapped):
                self.c.rect(x, self.y - h, widths[i], h)
                self.c.setFont(f, size)
                yy = self.y - size - 3
                for ln in lines:
                    self.c.drawString(x + 3, yy, ln); yy -= size + 3
                x += widths[i]
            self.y -= h

        row(header, True)
        for r in rows:
            row(r)
        self.y -= 10

    def sign(self, name, pos, date):
        self.space(14)
        for t in ["ลงชื่อ ............................................", "( " + name + " )", pos, date]:
            self._need(18)
            self.c.setFont(self.font, 11)
            self.c.drawCentredString(self.W * 0.68, self.y - 11, t)
            self.y -= 17

    def save(self):
        self.c.save()


def scan_pdf(path, lines, title_size=34, seed=1, pages=1):
    """Image-only 'scanned' PDF: text is rendered into a noisy greyscale bitmap; no text layer."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    rnd = random.Random(seed)
    c = canvas.Canvas(path, pagesize=A4)
    W, H = A4
    per = (len(lines) + pages - 1) // pages
    for p in range(pages):
        img = Image.new("L", (1100, 1556), 246)
        d = ImageDraw.Draw(img)
        fb = ImageFont.truetype(FONTDIR + "Norasi-Bold.ttf", title_size)
        fr = ImageFont.truetype(FONTDIR + "Norasi.ttf", 26)
        y = 90
        for i, ln in enumerate(lines[p * per:(p + 1) * per]):
            bold = ln.startswith("#")
            t = ln.lstrip("#")
            f = fb if bold else fr
            x = 120 if not bold else max(80, (1100 - d.textlength(t, font=f)) // 2)
            d.text((x + rnd.randint(-2, 2), y), t, font=f, fill=rnd.randint(20, 60))
            y += 58 if bold else 44
        for _ in range(2500):
            d.point((rnd.randrange(1100), rnd.randrange(1556)), fill=rnd.randint(120, 200))
        img = img.rotate(rnd.uniform(-0.9, 0.9), fillcolor=236, resample=Image.BICUBIC)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        buf = io.BytesIO(); img.save(buf, "JPEG", quality=45); buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        c.showPage()
    c.save()


def avatar(path, seed=0, size=(120, 150)):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    rnd = random.Random(seed)
    bg = (rnd.randint(170, 220), rnd.randint(180, 225), rnd.randint(200, 240))
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    w, h = size
    d.ellipse((w * 0.3, h * 0.15, w * 0.7, h * 0.5), fill=(90, 70, 60))
    d.rectangle((w * 0.18, h * 0.55, w * 0.82, h), fill=(40, 50, 90))
    img.save(path, "JPEG", quality=70)


def chart_png(path, title, boxes):
    """Simple org chart picture (boxes: list of labels, first is the top box)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    img = Image.new("RGB", (1000, 520), "white")
    d = ImageDraw.Draw(img)
    fb = ImageFont.truetype(FONTDIR + "Garuda-Bold.ttf", 22)
    fr = ImageFont.truetype(FONTDIR + "Garuda.ttf", 14)
    d.text((30, 15), title, font=fb, fill=(20, 40, 100))
    d.rectangle((380, 70, 620, 120), outline=(20, 40, 100), width=2)
    d.text((395, 85), boxes[0], font=fr, fill="black")
    rest = boxes[1:]
    per = (len(rest) + 1) // 2
    for i, b in enumerate(rest):
        r, col = divmod(i, per)
        x = 20 + col * (960 // per); y = 200 + r * 120
        d.line((500, 120, x + 45, y), fill=(120, 120, 120))
        d.rectangle((x, y, x + 960 // per - 10, y + 60), outline=(20, 40, 100), width=1)
        t = b
        d.text((x + 5, y + 8), t[:14], font=fr, fill="black")
        d.text((x + 5, y + 30), t[14:28], font=fr, fill="black")
    img.save(path, "PNG", optimize=True)
