"""Small helpers for writer W3's fixture sites (deterministic, no network)."""
import os, io, re, shutil, random, datetime, zipfile, time
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from PIL import Image, ImageDraw, ImageFont, ImageFilter

FD = "/usr/share/fonts/truetype/tlwg/"
pdfmetrics.registerFont(TTFont("Garuda", FD + "Garuda.ttf"))
pdfmetrics.registerFont(TTFont("GarudaB", FD + "Garuda-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Norasi", FD + "Norasi.ttf"))
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    return str(s).translate(TH)


class Site:
    def __init__(self, root):
        self.root = root
        if os.path.exists(root):
            shutil.rmtree(root)
        os.makedirs(root)

    def path(self, rel):
        p = os.path.join(self.root, rel.lstrip("/"))
        os.makedirs(os.path.dirname(p), exist_ok=True)
        return p

    def write(self, rel, text):
        with open(self.path(rel), "w", encoding="utf-8") as f:
            f.write(text)

    def pdf(self, rel, title, lines, font="Garuda", table=None, land=False, sign=None):
        """Text PDF with a real Thai text layer. lines: list of str; table: list of rows."""
        size = landscape(A4) if land else A4
        c = canvas.Canvas(self.path(rel), pagesize=size, invariant=1)
        c.setTitle(title)
        W, H = size
        y = H - 60
        c.setFont("GarudaB", 15)
        for t in title.split("\n"):
            c.drawCentredString(W / 2, y, t)
            y -= 24
        c.setFont(font, 12)
        y -= 6

        def nl(dy=19):
            nonlocal y
            y -= dy
            if y < 60:
                c.showPage()
                c.setFont(font, 12)
                y = H - 60
        for ln in lines:
            c.drawString(55, y, ln)
            nl()
        if table:
            ncol = len(table[0])
            cw = (W - 80) / ncol
            for ri, row in enumerate(table):
                c.setFont("GarudaB" if ri == 0 else font, 7.5 if ncol > 6 else 10)
                for ci, cell in enumerate(row):
                    c.drawString(40 + ci * cw, y, str(cell)[:int(cw / 4.2)])
                nl(16)
            c.setFont(font, 12)
        if sign:
            nl(10)
            for s in sign:
                c.drawString(W / 2, y, s)
                nl()
        c.save()

    def text_image(self, rel, title, lines, size=(900, 1200), blur=0, fmt=None, bg="white",
                   stamp=True, quality=80):
        """An image of Thai text (scan / photo / infographic), no text layer."""
        img = Image.new("RGB", size, bg)
        d = ImageDraw.Draw(img)
        fB = ImageFont.truetype(FD + "Garuda-Bold.ttf", 34)
        f = ImageFont.truetype(FD + "Norasi.ttf", 28)
        # garuda-like emblem
        d.ellipse((size[0] / 2 - 45, 30, size[0] / 2 + 45, 120), outline="black", width=3)
        y = 150
        for t in title.split("\n"):
            w = d.textlength(t, font=fB)
            d.text(((size[0] - w) / 2, y), t, font=fB, fill="black")
            y += 50
        y += 20
        for ln in lines:
            d.text((70, y), ln, font=f, fill=(20, 20, 20))
            y += 44
        if stamp:
            d.ellipse((size[0] - 330, y + 10, size[0] - 190, y + 150), outline=(40, 40, 160), width=4)
        rnd = random.Random(len(rel))
        img = img.rotate(rnd.uniform(-0.8, 0.8), fillcolor=(235, 235, 230), expand=False)
        if blur:
            img = img.resize((size[0] // 4, size[1] // 4)).resize(size).filter(ImageFilter.GaussianBlur(blur))
        p = self.path(rel)
        if p.endswith(".pdf"):
            img.save(p, "PDF", resolution=110, creationDate=time.strptime("2022-01-20", "%Y-%m-%d"), modDate=time.strptime("2022-01-20", "%Y-%m-%d"))
        elif p.endswith(".png"):
            img = img.convert("P", palette=Image.ADAPTIVE, colors=64)
            img.save(p, optimize=True)
        else:
            img.save(p, "JPEG", quality=quality)

    def photo(self, rel, seed, size=(480, 320)):
        """A 'photo' with no text (shapes), small JPEG."""
        rnd = random.Random(seed)
        img = Image.new("RGB", size, tuple(rnd.randint(60, 200) for _ in range(3)))
        d = ImageDraw.Draw(img)
        for _ in range(14):
            x, y = rnd.randint(0, size[0]), rnd.randint(0, size[1])
            r = rnd.randint(15, 90)
            d.ellipse((x - r, y - r, x + r, y + r), fill=tuple(rnd.randint(0, 255) for _ in range(3)))
        img = img.filter(ImageFilter.GaussianBlur(2))
        img.save(self.path(rel), "JPEG", quality=60)


def fix_zip(path, when=(2024, 11, 5, 9, 0, 0)):
    """Rewrite an OOXML zip with fixed entry timestamps (determinism)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in items:
            if n == "docProps/core.xml":
                stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when
                b = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", lambda m: m.group(1) + stamp.encode(), b)
            z.writestr(zipfile.ZipInfo(n, when), b, zipfile.ZIP_DEFLATED)
