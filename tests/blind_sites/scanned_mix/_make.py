# -*- coding: utf-8 -*-
"""Generate the fictional site of สำนักงานเขตภาษีเจริญ (scanned-paper mix), as of 10 Feb 2565."""
import os, io, random, math, shutil
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import openpyxl
from openpyxl.styles import Font as XFont, Alignment, Border, Side
import docx
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
FD = "/usr/share/fonts/truetype/tlwg/"
pdfmetrics.registerFont(TTFont("Garuda", FD + "Garuda.ttf"))
pdfmetrics.registerFont(TTFont("Garuda-Bold", FD + "Garuda-Bold.ttf"))
rng = random.Random(14)

TD = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
def td(s):
    return str(s).translate(TD)

DIST = "ภาษีเจริญ"
OFFICE = "สำนักงานเขตภาษีเจริญ"
DIR_NAME = "นายธนพล อินทรประเสริฐ"
DIR_NAME_EN = "Mr. Thanaphon Intharaprasert"
OLD_DIR = "นายวิรัช บุญญาศิริ"
ASST1 = "นางสาวกนกวรรณ เพชรรัตน์"
ASST2 = "นายณัฐวุฒิ ทองมา"
DIVS = ["ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายรายได้", "ฝ่ายโยธา",
        "ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "ฝ่ายเทศกิจ", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล",
        "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "ฝ่ายการศึกษา"]


def out(rel):
    p = os.path.join(SITE, rel.lstrip("/"))
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p

# ---------------------------------------------------------------- HTML
MENU = [
    ("หน้าแรก", "/index.html"), ("เกี่ยวกับเขต", "/about/structure.html"),
    ("ข่าวประชาสัมพันธ์", "/news/index.html"), ("การให้บริการ", "/service/eservice.html"),
    ("จัดซื้อจัดจ้าง", "/procurement/index.html"), ("ITA 2565", "/ita/index.html"),
    ("ถาม-ตอบ", "/webboard/index.php"), ("ติดต่อเรา", "/about/contact.html"),
]
LEFT = [
    ("โครงสร้างหน่วยงาน", "/about/structure.html"), ("ผู้บริหาร", "/about/executives.html"),
    ("อำนาจหน้าที่", "/about/authority.html"), ("กฎหมายที่เกี่ยวข้อง", "/about/laws.html"),
    ("แผนพัฒนาเขต", "/plan/strategy.html"), ("แผนปฏิบัติราชการ", "/plan/action-plan.html"),
    ("งบประมาณ", "/budget/index.html"), ("การบริหารทรัพยากรบุคคล", "/hr/index.html"),
    ("เรื่องร้องเรียนการทุจริต", "/complaint/index.html"), ("แสดงความคิดเห็น", "/opinion.html"),
    ("ป้องกันการทุจริต", "/integrity/index.html"),
]

def page(rel, title, body):
    menu = " | ".join(f'<a href="{h}">{t}</a>' for t, h in MENU)
    left = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in LEFT)
    html = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>{title} - {OFFICE}</title>
<style>body{{font-family:Tahoma,sans-serif;margin:0;background:#f4f4ef}}#hd{{background:#2b5d34;color:#fff;padding:10px 20px}}
#hd a{{color:#fff}}#nav{{background:#e0e8d8;padding:6px 20px;font-size:14px}}#wrap{{display:flex}}#left{{width:230px;font-size:14px;padding:10px}}
#main{{flex:1;background:#fff;padding:15px 25px;min-height:500px}}table{{border-collapse:collapse}}td,th{{border:1px solid #999;padding:4px 8px;font-size:14px}}
#ft{{background:#2b5d34;color:#dfd;padding:10px 20px;font-size:12px}}</style></head>
<body><div id="hd"><b style="font-size:22px">{OFFICE}</b> <span>Phasi Charoen District Office, Bangkok Metropolitan Administration</span>
<div style="float:right"><a href="https://www.facebook.com/phasicharoen.district">Facebook สำนักงานเขตภาษีเจริญ</a> · <a href="https://line.me/R/ti/p/@phasicharoen">LINE @phasicharoen</a></div></div>
<div id="nav">{menu}</div>
<div id="wrap"><div id="left"><b>เมนูหลัก</b><ul>{left}</ul>
<p><a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp&proc_id=ShowHTMLFile&processFlows=Procure">ระบบ e-GP กรมบัญชีกลาง</a></p></div>
<div id="main"><h2>{title}</h2>
{body}
</div></div>
<div id="ft">{OFFICE} เลขที่ ๘๘๘ ถนนเพชรเกษม แขวงบางหว้า เขตภาษีเจริญ กรุงเทพมหานคร ๑๐๑๖๐ · โทร. ๐ ๒๔๑๓ ๕๔๒๐
· ผู้ดูแลเว็บไซต์: กลุ่มงานประชาสัมพันธ์ ฝ่ายปกครอง · ปรับปรุงล่าสุด ๙ กุมภาพันธ์ ๒๕๖๕</div></body></html>"""
    with open(out(rel), "w", encoding="utf-8") as f:
        f.write(html)

# ---------------------------------------------------------------- scan rendering
DPI = 120
W0, H0 = int(8.27 * DPI), int(11.69 * DPI)
W, H = W0, H0
F_SCAN = FD + "Norasi.ttf"
F_SCAN_B = FD + "Norasi-Bold.ttf"

def fnt(size, bold=False):
    return ImageFont.truetype(F_SCAN_B if bold else F_SCAN, size)

COMB = set("ัิีึืฺุู็่้๊๋์ํำ")

def wrap(draw, text, font, width):
    """wrap Thai text: break at spaces, else at character boundaries not before a combining mark"""
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if draw.textlength(cand, font=font) <= width:
            cur = cand
            continue
        if cur:
            lines.append(cur)
        cur = ""
        while draw.textlength(w, font=font) > width:
            i = len(w) - 1
            while i > 1 and (draw.textlength(w[:i], font=font) > width or w[i] in COMB or w[i - 1] in "เแโใไ"):
                i -= 1
            lines.append(w[:i]); w = w[i:]
        cur = w
    if cur:
        lines.append(cur)
    return lines

def signature(seed):
    r = random.Random(seed)
    im = Image.new("RGBA", (260, 90), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    pts = []
    x = 15
    for i in range(40):
        x += r.uniform(3, 8)
        y = 45 + 28 * math.sin(i * r.uniform(0.6, 1.1)) + r.uniform(-8, 8)
        pts.append((x, y))
    d.line(pts, fill=(20, 40, 140, 255), width=3, joint="curve")
    d.line([(20, 70), (230, 55)], fill=(20, 40, 140, 255), width=2)
    d.ellipse([60, 20, 110, 60], outline=(20, 40, 140, 255), width=2)
    return im

def emblem(d, cx, y):
    # simplified Garuda emblem (ตราครุฑ) as printed on official letterhead
    d.ellipse([cx - 18, y, cx + 18, y + 36], outline=0, width=3)
    d.polygon([(cx - 60, y + 20), (cx - 18, y + 10), (cx - 18, y + 34)], outline=0)
    d.polygon([(cx + 60, y + 20), (cx + 18, y + 10), (cx + 18, y + 34)], outline=0)
    d.line([(cx, y + 36), (cx, y + 70)], fill=0, width=3)
    d.line([(cx - 25, y + 70), (cx + 25, y + 70)], fill=0, width=3)

def render_page(blocks, sig_seed=1):
    """returns (RGB image, list of (text, x_px, y_px, size_px))"""
    im = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(im)
    words = []
    ml, mr = 95, W - 80
    y = 70
    for b in blocks:
        k = b[0]
        if k == "emblem":
            emblem(d, W // 2, y); y += 90
        elif k == "gap":
            y += b[1]
        elif k in ("h", "c", "hb"):
            size = 30 if k == "h" else 23
            f = fnt(size, bold=(k != "c"))
            for ln in wrap(d, b[1], f, mr - ml):
                tw = d.textlength(ln, font=f)
                x = (W - tw) / 2
                d.text((x, y), ln, font=f, fill=0); words.append((ln, x, y, size)); y += int(size * 1.45)
        elif k in ("p", "r", "l"):
            f = fnt(22)
            ind = 60 if k == "p" else 0
            lines = wrap(d, b[1], f, mr - ml - ind)
            for i, ln in enumerate(lines):
                if k == "r":
                    x = mr - d.textlength(ln, font=f) - 40
                else:
                    x = ml + (ind if i == 0 else 0)
                d.text((x, y), ln, font=f, fill=0); words.append((ln, x, y, 22)); y += 33
            y += 4
        elif k == "table":
            header, rows, fr = b[1], b[2], b[3]
            size = b[4] if len(b) > 4 else 17
            f = fnt(size); fb = fnt(size, True)
            tw = mr - ml
            xs = [ml]
            for w_ in fr:
                xs.append(xs[-1] + int(tw * w_ / sum(fr)))
            for ri, row in enumerate([header] + rows):
                ff = fb if ri == 0 else f
                cells = [wrap(d, str(c), ff, xs[i + 1] - xs[i] - 8) for i, c in enumerate(row)]
                hgt = max(len(c) for c in cells) * int(size * 1.35) + 8
                for i, c in enumerate(cells):
                    d.rectangle([xs[i], y, xs[i + 1], y + hgt], outline=0, width=1)
                    for j, ln in enumerate(c):
                        d.text((xs[i] + 4, y + 4 + j * int(size * 1.35)), ln, font=ff, fill=0)
                        words.append((ln, xs[i] + 4, y + 4 + j * int(size * 1.35), size))
                y += hgt
            y += 12
        elif k == "sig":
            name, pos, signed = b[1], b[2], b[3]
            f = fnt(22)
            cx = W * 0.64
            if signed:
                sg = signature(sig_seed)
                im.paste(sg, (int(cx - 75), int(y - 10)), sg)
                d.text((cx - 150, y + 30), "(ลงชื่อ)", font=f, fill=0)
            else:
                d.text((cx - 150, y + 30), "(ลงชื่อ) ........................................", font=f, fill=0)
            y += 80
            for ln in [f"({name})"] + pos:
                tw = d.textlength(ln, font=f)
                d.text((cx - tw / 2, y), ln, font=f, fill=0); words.append((ln, cx - tw / 2, y, 22)); y += 33
        elif k == "stamp":
            # red draft stamp / received stamp
            f = fnt(34, True)
            d.rectangle([W - 300, 40, W - 80, 100], outline=(200, 0, 0), width=4)
            d.text((W - 280, 48), b[1], font=f, fill=(200, 0, 0))
    return im, words

def degrade(im, angle, quality="ok", seed=0):
    r = random.Random(seed)
    g = im.convert("L")
    g = g.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=248)
    px = g.load()
    for _ in range(9000):
        x, y = r.randrange(W), r.randrange(H)
        px[x, y] = max(0, px[x, y] - r.randrange(40, 160))
    g = g.filter(ImageFilter.GaussianBlur(0.6))
    # dark scanner edge
    d = ImageDraw.Draw(g)
    d.rectangle([0, 0, 6, H], fill=90)
    if quality == "lowres":
        g = g.resize((88, 124) if H > W else (124, 88), Image.BILINEAR).resize((W, H), Image.BILINEAR)
    return g

def blank_scan(seed):
    r = random.Random(seed)
    g = Image.new("L", (W, H), 236)
    px = g.load()
    for _ in range(20000):
        x, y = r.randrange(W), r.randrange(H)
        px[x, y] = r.randrange(200, 236)
    d = ImageDraw.Draw(g)
    d.rectangle([0, 0, W, 14], fill=160)
    d.rectangle([W - 9, 0, W, H], fill=120)
    return g.filter(ImageFilter.GaussianBlur(0.8))

def garbage_line(r, n):
    al = "abcdefghijklmnopqrstuvwxyzrnuJI1l:;'.,6/\\()-~"
    return "".join(r.choice(al) if r.random() > 0.18 else " " for _ in range(n))

def scan_pdf(rel, pages, angle=0.7, quality=None, textlayer=None, seed=1, title=None, landscape=False):
    """pages: list of block lists, or the string 'BLANK'. quality per page list or single.
    textlayer: None | 'thai' | 'garbage'"""
    global W, H
    W, H = (W0, H0) if not landscape else (H0, W0)
    path = out(rel)
    psize = A4 if not landscape else (A4[1], A4[0])
    c = canvas.Canvas(path, pagesize=psize)
    c.setAuthor("")
    c.setCreator("EPSON Scan")
    c.setProducer("EPSON Scan")
    if title:
        c.setTitle(title)
    pw, ph = psize
    r = random.Random(seed)
    for pi, blocks in enumerate(pages):
        q = quality[pi] if isinstance(quality, list) else (quality or "ok")
        if blocks == "BLANK":
            g = blank_scan(seed + pi); words = []
        else:
            im, words = render_page(blocks, sig_seed=seed * 10 + pi)
            g = degrade(im, angle * (1 if pi % 2 == 0 else -0.6) + r.uniform(-0.2, 0.2), q, seed + pi)
        buf = io.BytesIO()
        g.save(buf, "JPEG", quality=22 if q == "lowres" else 55)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, pw, ph)
        if textlayer and words:
            t = c.beginText()
            t.setTextRenderMode(3)
            for (txt, x, y, sz) in words:
                fs = sz * 72 / DPI
                t.setFont("Garuda", fs * 0.8)
                t.setTextOrigin(x * 72 / DPI, ph - (y + sz) * 72 / DPI)
                t.textOut(txt if textlayer == "thai" else garbage_line(r, max(4, len(txt) // 2)))
            c.drawText(t)
        c.showPage()
    c.save()

# ---------------------------------------------------------------- text PDFs (reportlab, Word-export like)
def text_pdf(rel, blocks, title=None):
    path = out(rel)
    c = canvas.Canvas(path, pagesize=A4)
    c.setCreator("Microsoft® Word 2013")
    if title:
        c.setTitle(title)
    pw, ph = A4
    y = ph - 60
    ml = 60
    def nl(h):
        nonlocal y
        y -= h
        if y < 60:
            c.showPage(); y = ph - 60
    for b in blocks:
        k = b[0]
        if k in ("h", "c"):
            fn, fs = ("Garuda-Bold", 15) if k == "h" else ("Garuda", 12)
            c.setFont(fn, fs); c.drawCentredString(pw / 2, y, b[1]); nl(fs + 9)
        elif k == "p":
            c.setFont("Garuda", 11)
            txt = b[1]; line = ""
            for w_ in txt.split(" "):
                cand = (line + " " + w_) if line else w_
                if pdfmetrics.stringWidth(cand, "Garuda", 11) > pw - 2 * ml - 20:
                    c.drawString(ml + 20, y, line); nl(17); line = w_
                else:
                    line = cand
            if line:
                c.drawString(ml + 20, y, line); nl(20)
        elif k == "table":
            header, rows, fr = b[1], b[2], b[3]
            fs = b[4] if len(b) > 4 else 9
            tw = pw - 2 * ml
            xs = [ml]
            for w_ in fr:
                xs.append(xs[-1] + tw * w_ / sum(fr))
            for ri, row in enumerate([header] + rows):
                fn = "Garuda-Bold" if ri == 0 else "Garuda"
                cells = []
                for i, cell in enumerate(row):
                    ws = str(cell).split(" "); lines = []; cur = ""
                    for w_ in ws:
                        cand = (cur + " " + w_) if cur else w_
                        if pdfmetrics.stringWidth(cand, fn, fs) > xs[i + 1] - xs[i] - 6 and cur:
                            lines.append(cur); cur = w_
                        else:
                            cur = cand
                    lines.append(cur); cells.append(lines)
                hgt = max(len(x) for x in cells) * (fs + 4) + 6
                if y - hgt < 50:
                    c.showPage(); y = ph - 60
                for i, cl in enumerate(cells):
                    c.rect(xs[i], y - hgt, xs[i + 1] - xs[i], hgt)
                    c.setFont(fn, fs)
                    for j, ln in enumerate(cl):
                        c.drawString(xs[i] + 3, y - (j + 1) * (fs + 4), ln)
                y -= hgt
            nl(14)
        elif k == "gap":
            nl(b[1])
    c.save()

def make_docx(rel, paras, table=None, table_after=None):
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "TH SarabunPSK"; st.font.size = Pt(16)
    for i, (kind, txt) in enumerate(paras):
        if kind == "h":
            p = d.add_paragraph(); r = p.add_run(txt); r.bold = True; p.alignment = 1
        elif kind == "c":
            p = d.add_paragraph(txt); p.alignment = 1
        elif kind == "r":
            p = d.add_paragraph(txt); p.alignment = 2
        else:
            d.add_paragraph(txt)
        if table and table_after == i:
            hdr, rows = table
            t = d.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
            for j, h_ in enumerate(hdr):
                t.rows[0].cells[j].text = h_
            for row in rows:
                cs = t.add_row().cells
                for j, v in enumerate(row):
                    cs[j].text = str(v)
    d.save(out(rel))

def make_xlsx(rel, sheets):
    wb = openpyxl.Workbook(); wb.remove(wb.active)
    thin = Side(style="thin")
    for name, title_lines, header, rows in sheets:
        ws = wb.create_sheet(name)
        r = 1
        for tl in title_lines:
            ws.cell(r, 1, tl).font = XFont(name="TH SarabunPSK", size=16, bold=True); r += 1
        for j, h_ in enumerate(header):
            c = ws.cell(r, j + 1, h_); c.font = XFont(bold=True); c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = Border(thin, thin, thin, thin)
            ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width = 22
        for row in rows:
            r += 1
            for j, v in enumerate(row):
                c = ws.cell(r, j + 1, v); c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = Border(thin, thin, thin, thin)
    wb.save(out(rel))

# ---------------------------------------------------------------- images
def png_structure():
    im = Image.new("RGB", (1100, 560), "white"); d = ImageDraw.Draw(im)
    f = ImageFont.truetype(FD + "Garuda.ttf", 15); fb = ImageFont.truetype(FD + "Garuda-Bold.ttf", 17)
    def box(x, y, w, h, t, ff=f):
        d.rectangle([x, y, x + w, y + h], outline=(30, 80, 40), width=2, fill=(235, 245, 230))
        lines = t.split("\n")
        for i, ln in enumerate(lines):
            tw = d.textlength(ln, font=ff); d.text((x + (w - tw) / 2, y + 6 + i * 22), ln, font=ff, fill=0)
    box(420, 10, 260, 56, "ผู้อำนวยการเขตภาษีเจริญ\n" + DIR_NAME, fb)
    box(250, 100, 260, 50, "ผู้ช่วยผู้อำนวยการเขต\n" + ASST1)
    box(590, 100, 260, 50, "ผู้ช่วยผู้อำนวยการเขต\n" + ASST2)
    d.line([(550, 66), (550, 190)], fill=0, width=2); d.line([(60, 190), (1040, 190)], fill=0, width=2)
    for i, dv in enumerate(DIVS):
        col = i % 5; row = i // 5
        x = 20 + col * 215; y = 220 + row * 150
        d.line([(x + 95, 190 if row == 0 else 340), (x + 95, y)], fill=0, width=1)
        name = dv.replace("และสวนสาธารณะ", "\nและสวนสาธารณะ").replace("และสุขาภิบาล", "\nและสุขาภิบาล").replace("และสวัสดิการสังคม", "\nและสวัสดิการสังคม")
        box(x, y, 195, 70, name)
    d.text((20, 530), "ที่มา: ประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต", font=f, fill=(80, 80, 80))
    im.save(out("/images/structure.png"))

def png_person(rel, seed, vacant=False):
    r = random.Random(seed)
    im = Image.new("RGB", (160, 200), (200, 215, 235) if not vacant else (230, 230, 230)); d = ImageDraw.Draw(im)
    if not vacant:
        sk = (r.randint(200, 235), r.randint(170, 200), r.randint(140, 170))
        d.ellipse([50, 30, 110, 100], fill=sk); d.rectangle([30, 120, 130, 200], fill=(240, 240, 240))
        d.polygon([(30, 120), (80, 150), (130, 120), (130, 200), (30, 200)], fill=(220, 200, 120))
        d.ellipse([48, 22, 112, 60], fill=(30, 30, 30))
    else:
        d.text((50, 90), "ว่าง", font=ImageFont.truetype(FD + "Garuda.ttf", 24), fill=(120, 120, 120))
    im.save(out(rel))

def png_news(rel, seed, caption):
    r = random.Random(seed)
    im = Image.new("RGB", (640, 400), (r.randint(120, 200), r.randint(140, 200), r.randint(120, 180))); d = ImageDraw.Draw(im)
    for _ in range(14):
        x = r.randint(0, 600); y = r.randint(150, 330)
        d.ellipse([x, y - 60, x + 40, y - 20], fill=(220, 190, 160)); d.rectangle([x - 5, y - 20, x + 45, y + 60], fill=(r.randint(0, 255), r.randint(0, 255), r.randint(0, 255)))
    d.rectangle([0, 360, 640, 400], fill=(0, 0, 0))
    d.text((10, 368), caption, font=ImageFont.truetype(FD + "Garuda.ttf", 16), fill="white")
    im.save(out(rel), "JPEG", quality=80)


# ================================================================= BUILD
def build():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    png_structure()

    # ---------------- home
    news_list = [
        ("/news/n2565-0208.html", "๘ ก.พ. ๒๕๖๕", "เขตภาษีเจริญตรวจความเรียบร้อยจุดผ่อนผันทำการค้า ถนนเพชรเกษม"),
        ("/news/n2565-0203.html", "๓ ก.พ. ๒๕๖๕", "ผู้อำนวยการเขตประชุมชี้แจงแนวทางการประเมิน ITA ประจำปี ๒๕๖๕ แก่หัวหน้าฝ่าย"),
        ("/news/n2565-0125.html", "๒๕ ม.ค. ๒๕๖๕", "ประชุมประชาคมรับฟังความคิดเห็นโครงการปรับปรุงทางเดินริมคลองภาษีเจริญ"),
        ("/news/n2565-0114.html", "๑๔ ม.ค. ๒๕๖๕", "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี ๒๕๖๕"),
        ("/news/n2564-1209.html", "๙ ธ.ค. ๒๕๖๔", "กิจกรรมวันต่อต้านคอร์รัปชันสากล สร้างวัฒนธรรมองค์กร \"ภาษีเจริญ ไม่ทนต่อการทุจริต\""),
        ("/news/n2564-1122.html", "๒๒ พ.ย. ๒๕๖๔", "เขตภาษีเจริญจัดกิจกรรม Big Cleaning Day คลองราชมนตรี"),
    ]
    nl = "".join(f'<li>{d} <a href="{h}">{t}</a></li>' for h, d, t in news_list)
    page("/index.html", "หน้าแรก", f"""
<p><a href="/ita/index.html"><b>▶ การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๕</b></a></p>
<p><a href="https://www.bangkok.go.th/">เว็บไซต์กรุงเทพมหานคร</a> · <a href="https://www.traffy.in.th/">Traffy Fondue แจ้งปัญหาเมือง</a> · <a href="/service/eservice.html">บริการออนไลน์ (E-Service)</a></p>
<h3>ข่าวประชาสัมพันธ์ล่าสุด</h3><ul>{nl}</ul><p><a href="/news/index.html">ข่าวทั้งหมด</a></p>
<h3>ติดตามเราบนโซเชียล</h3><p><a href="https://www.facebook.com/phasicharoen.district">Facebook: สำนักงานเขตภาษีเจริญ</a> (ข่าวสารรายวัน ตอบข้อความในเวลาราชการ) · <a href="https://line.me/R/ti/p/@phasicharoen">LINE Official: @phasicharoen</a></p>
""")

    # ---------------- about
    page("/about/structure.html", "โครงสร้างหน่วยงาน", f"""
<p><img src="/images/structure.png" alt="แผนภูมิโครงสร้างสำนักงานเขตภาษีเจริญ" width="900"></p>
<p>สำนักงานเขตภาษีเจริญ เป็นหน่วยงานในสังกัดกรุงเทพมหานคร แบ่งส่วนราชการภายในออกเป็น ๑๐ ฝ่าย ดังนี้</p>
<ol>{''.join('<li>' + x + '</li>' for x in DIVS)}</ol>
<p>นอกจากนี้มีโรงเรียนในสังกัดกรุงเทพมหานครในพื้นที่เขตภาษีเจริญ จำนวน ๑๗ โรงเรียน อยู่ในความดูแลของฝ่ายการศึกษา</p>""")

    execs = [("/images/exec1.png", DIR_NAME, "ผู้อำนวยการเขตภาษีเจริญ", False),
             ("/images/exec2.png", ASST1, "ผู้ช่วยผู้อำนวยการเขตภาษีเจริญ", False),
             ("/images/exec3.png", ASST2, "ผู้ช่วยผู้อำนวยการเขตภาษีเจริญ", False),
             ("/images/exec4.png", "- ว่าง -", "ผู้ช่วยผู้อำนวยการเขตภาษีเจริญ", True)]
    cells = ""
    for i, (img, n, p, v) in enumerate(execs):
        png_person(img, i + 3, v)
        cells += f'<td style="text-align:center;width:190px"><img src="{img}" width="140"><br><b>{n}</b><br>{p}</td>'
    page("/about/executives.html", "คณะผู้บริหารสำนักงานเขตภาษีเจริญ",
         f"<table><tr>{cells}</tr></table><p>ข้อมูล ณ วันที่ ๑ กุมภาพันธ์ ๒๕๖๕</p>")

    page("/about/authority.html", "อำนาจหน้าที่", """
<p>สำนักงานเขตมีอำนาจหน้าที่ตามพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘ มาตรา ๖๘ และประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต ดังนี้</p>
<ol><li>ฝ่ายปกครอง มีหน้าที่เกี่ยวกับงานบริหารทั่วไป งานปกครองและงานประชาสัมพันธ์ การจัดทำแผนพัฒนาเขต</li>
<li>ฝ่ายทะเบียน มีหน้าที่เกี่ยวกับการทะเบียนราษฎรและบัตรประจำตัวประชาชน</li>
<li>ฝ่ายการคลัง มีหน้าที่เกี่ยวกับการเงิน การบัญชี งบประมาณ และการพัสดุ</li>
<li>ฝ่ายรายได้ มีหน้าที่จัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย และรายได้อื่นของกรุงเทพมหานคร</li>
<li>ฝ่ายโยธา มีหน้าที่ควบคุมอาคาร บำรุงรักษาถนน ตรอก ซอย ทางเท้า และระบบระบายน้ำ</li>
<li>ฝ่ายรักษาความสะอาดและสวนสาธารณะ มีหน้าที่เก็บขนมูลฝอย รักษาความสะอาด และดูแลสวนสาธารณะ</li>
<li>ฝ่ายเทศกิจ มีหน้าที่รักษาความเป็นระเบียบเรียบร้อยตามกฎหมายที่กรุงเทพมหานครมีอำนาจ</li>
<li>ฝ่ายสิ่งแวดล้อมและสุขาภิบาล มีหน้าที่ควบคุมกิจการที่เป็นอันตรายต่อสุขภาพ และสุขาภิบาลอาหาร</li>
<li>ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม มีหน้าที่พัฒนาชุมชน จ่ายเบี้ยยังชีพผู้สูงอายุและคนพิการ</li>
<li>ฝ่ายการศึกษา มีหน้าที่ดูแลโรงเรียนสังกัดกรุงเทพมหานคร และส่งเสริมการศึกษา ศาสนา วัฒนธรรม</li></ol>
<p>ที่มา: ประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในหน่วยงานของกรุงเทพมหานคร</p>""")

    page("/about/contact.html", "ติดต่อสำนักงานเขตภาษีเจริญ", """
<p><b>ที่ตั้ง</b> เลขที่ ๘๘๘ ถนนเพชรเกษม แขวงบางหว้า เขตภาษีเจริญ กรุงเทพมหานคร ๑๐๑๖๐</p>
<p><b>โทรศัพท์</b> ๐ ๒๔๑๓ ๕๔๒๐ - ๒ (ส่วนกลาง)</p>
<p><b>E-mail</b> phasicharoen@bangkok.go.th</p>
<p><b>เวลาทำการ</b> วันจันทร์ - วันศุกร์ เวลา ๐๘.๓๐ - ๑๖.๓๐ น. (ฝ่ายทะเบียนเปิดให้บริการวันเสาร์ ๐๘.๓๐ - ๑๒.๐๐ น.)</p>
<h3>หมายเลขโทรศัพท์ภายในรายฝ่าย</h3>
<table><tr><th>ฝ่าย</th><th>โทรศัพท์</th></tr>
<tr><td>ฝ่ายปกครอง</td><td>๐ ๒๔๑๓ ๕๔๒๐ ต่อ ๗๔๑๐</td></tr><tr><td>ฝ่ายทะเบียน</td><td>๐ ๒๔๑๓ ๕๔๒๐ ต่อ ๗๔๒๐</td></tr>
<tr><td>ฝ่ายการคลัง</td><td>๐ ๒๔๑๓ ๕๔๒๐ ต่อ ๗๔๓๐</td></tr><tr><td>ฝ่ายรายได้</td><td>๐ ๒๔๑๓ ๕๔๒๐ ต่อ ๗๔๔๐</td></tr>
<tr><td>ฝ่ายโยธา</td><td>๐ ๒๔๑๓ ๕๔๒๐ ต่อ ๗๔๕๐</td></tr><tr><td>ฝ่ายเทศกิจ</td><td>๐ ๒๔๑๓ ๕๔๒๐ ต่อ ๗๔๗๐</td></tr></table>""")

    page("/about/laws.html", "กฎหมายที่เกี่ยวข้อง", """
<ul><li><a href="https://www.krisdika.go.th/">พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘</a></li>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติการทะเบียนราษฎร พ.ศ. ๒๕๓๔ และที่แก้ไขเพิ่มเติม</a></li>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. ๒๕๖๒</a></li>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติควบคุมอาคาร พ.ศ. ๒๕๒๒</a></li>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติรักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. ๒๕๓๕</a></li>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติการสาธารณสุข พ.ศ. ๒๕๓๕</a></li>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐</a></li>
<li><a href="https://www.krisdika.go.th/">พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐</a></li>
<li><a href="https://www.krisdika.go.th/">ข้อบัญญัติกรุงเทพมหานคร เรื่อง การควบคุมการก่อสร้างอาคาร</a></li></ul>
<p>ปรับปรุงข้อมูล ๕ มกราคม ๒๕๖๕</p>""")

    # ---------------- news
    news = {
        "/news/n2565-0208.html": ("เขตภาษีเจริญตรวจความเรียบร้อยจุดผ่อนผันทำการค้า ถนนเพชรเกษม", "๘ กุมภาพันธ์ ๒๕๖๕",
            "ฝ่ายเทศกิจ สำนักงานเขตภาษีเจริญ ลงพื้นที่ตรวจความเรียบร้อยจุดผ่อนผันทำการค้าบริเวณถนนเพชรเกษม ช่วงซอยเพชรเกษม ๒๘ ถึงซอยเพชรเกษม ๓๙ กวดขันผู้ค้ามิให้วางสิ่งของกีดขวางทางเท้า และให้ทำความสะอาดพื้นที่หลังเลิกทำการค้า"),
        "/news/n2565-0203.html": ("ผู้อำนวยการเขตประชุมชี้แจงแนวทางการประเมิน ITA ประจำปี ๒๕๖๕ แก่หัวหน้าฝ่าย", "๓ กุมภาพันธ์ ๒๕๖๕",
            f"{DIR_NAME} ผู้อำนวยการเขตภาษีเจริญ เป็นประธานการประชุมผู้บริหารและหัวหน้าฝ่ายทุกฝ่าย เพื่อชี้แจงแนวทางการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ มอบนโยบายให้ทุกฝ่ายปฏิบัติงานด้วยความซื่อสัตย์สุจริต ไม่รับของขวัญและของกำนัล (No Gift Policy) และให้เผยแพร่ข้อมูลสาธารณะบนเว็บไซต์ให้ครบถ้วนและเป็นปัจจุบัน โดยผู้อำนวยการเขตจะติดตามความก้าวหน้าเดือนละ ๑ ครั้ง ณ ห้องประชุมสำนักงานเขตภาษีเจริญ ชั้น ๓"),
        "/news/n2565-0125.html": ("ประชุมประชาคมรับฟังความคิดเห็นโครงการปรับปรุงทางเดินริมคลองภาษีเจริญ", "๒๕ มกราคม ๒๕๖๕",
            "สำนักงานเขตภาษีเจริญ โดยฝ่ายโยธาและฝ่ายพัฒนาชุมชนและสวัสดิการสังคม จัดประชุมประชาคมเปิดโอกาสให้ประชาชน ผู้นำชุมชน และผู้มีส่วนได้ส่วนเสียในพื้นที่แขวงบางหว้าและแขวงคลองขวาง ร่วมแสดงความคิดเห็นต่อแบบปรับปรุงทางเดินริมคลองภาษีเจริญ ระยะทาง ๑.๒ กิโลเมตร มีผู้เข้าร่วม ๘๖ คน ที่ประชุมเสนอให้เพิ่มไฟฟ้าส่องสว่างและราวกันตก ซึ่งสำนักงานเขตจะนำไปปรับปรุงแบบก่อนดำเนินการจัดจ้าง และจะแจ้งผลการปรับแบบให้ชุมชนทราบผ่านประธานชุมชน"),
        "/news/n2565-0114.html": ("ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี ๒๕๖๕", "๑๔ มกราคม ๒๕๖๕",
            "ฝ่ายรายได้ สำนักงานเขตภาษีเจริญ ขอเชิญชวนผู้มีหน้าที่เสียภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี ๒๕๖๕ ชำระภาษีได้ที่ฝ่ายรายได้ ชั้น ๑ หรือชำระผ่านแอปพลิเคชันของธนาคาร"),
        "/news/n2564-1209.html": ("กิจกรรมวันต่อต้านคอร์รัปชันสากล สร้างวัฒนธรรมองค์กร \"ภาษีเจริญ ไม่ทนต่อการทุจริต\"", "๙ ธันวาคม ๒๕๖๔",
            f"สำนักงานเขตภาษีเจริญ จัดกิจกรรมเนื่องในวันต่อต้านคอร์รัปชันสากล (๙ ธันวาคม) โดย {DIR_NAME} ผู้อำนวยการเขต นำข้าราชการและลูกจ้าง กล่าวคำปฏิญาณตนเป็นข้าราชการที่ดี ร่วมรับชมสื่อการเรียนรู้เรื่องการขัดกันระหว่างประโยชน์ส่วนตนและประโยชน์ส่วนรวม และจัดกิจกรรมแลกเปลี่ยนเรียนรู้ \"ไม่ให้ ไม่รับ (No Gift Policy)\" ระหว่างคณะผู้บริหารและบุคลากร เพื่อเสริมสร้างวัฒนธรรมองค์กรที่ไม่ทนต่อการทุจริต มีผู้เข้าร่วม ๑๒๔ คน"),
        "/news/n2564-1122.html": ("เขตภาษีเจริญจัดกิจกรรม Big Cleaning Day คลองราชมนตรี", "๒๒ พฤศจิกายน ๒๕๖๔",
            "ฝ่ายรักษาความสะอาดและสวนสาธารณะ ร่วมกับชุมชนริมคลองราชมนตรี จัดกิจกรรมเก็บขยะและผักตบชวาในคลอง ระยะทาง ๒ กิโลเมตร"),
    }
    for i, (h, (t, d, txt)) in enumerate(news.items()):
        img = h.replace(".html", ".jpg").replace("/news/", "/images/news/")
        png_news(img, i + 20, t[:40])
        page(h, t, f'<p><i>วันที่ {d}</i></p><p><img src="{img}" width="560"></p><p>{txt}</p><p><a href="/news/index.html">« กลับหน้าข่าว</a></p>')
    page("/news/index.html", "ข่าวประชาสัมพันธ์", f"<ul>{nl}</ul><p>ข่าวก่อนหน้านี้ดูได้ที่ Facebook สำนักงานเขตภาษีเจริญ</p>")

    # ---------------- plans (O4 O10 O11 O12)
    scan_pdf("/files/plan/dev-plan-2565.pdf", [[
        ("h", "แผนพัฒนาเขตภาษีเจริญ"), ("hb", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๕"),
        ("hb", "(สอดคล้องกับแผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๒ พ.ศ. ๒๕๖๑ - ๒๕๖๕)"), ("gap", 14),
        ("p", "วิสัยทัศน์ \"ภาษีเจริญ เมืองน่าอยู่ริมคลอง ชุมชนเข้มแข็ง บริการประชาชนด้วยความโปร่งใส\""),
        ("p", "แผนพัฒนาเขตภาษีเจริญ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ จัดทำขึ้นโดยการมีส่วนร่วมของประชาชนในพื้นที่ ๗ แขวง ผ่านการประชุมประชาคมเมื่อเดือนมิถุนายน ๒๕๖๔ และผ่านความเห็นชอบของคณะกรรมการพัฒนาเขต"),
        ("table", ["มิติ", "ประเด็นยุทธศาสตร์", "โครงการสำคัญ", "งบประมาณ (บาท)"], [
            ["๑ มหานครปลอดภัย", "ลดจุดเสี่ยงอาชญากรรมและอุบัติเหตุ", "ติดตั้งไฟฟ้าส่องสว่างในซอยเพชรเกษม ๔๘ และซอยย่อย", "๑,๘๕๐,๐๐๐"],
            ["๒ มหานครสีเขียว สะดวกสบาย", "จัดการน้ำท่วมและขยะ", "ขุดลอกคูคลองและล้างท่อระบายน้ำ ๒๒ สาย", "๔,๒๐๐,๐๐๐"],
            ["๓ มหานครสำหรับทุกคน", "ดูแลผู้สูงอายุและคนพิการ", "จ่ายเบี้ยยังชีพและเยี่ยมบ้านผู้สูงอายุติดเตียง", "๖๕๐,๐๐๐"],
            ["๔ มหานครกระชับ", "ควบคุมอาคารและผังเมือง", "ตรวจสอบอาคารสูงและอาคารสาธารณะ", "๑๒๐,๐๐๐"],
            ["๕ มหานครประชาธิปไตย", "ชุมชนเข้มแข็ง", "พัฒนาศักยภาพคณะกรรมการชุมชน ๖๔ ชุมชน", "๓๕๐,๐๐๐"],
            ["๖ มหานครแห่งเศรษฐกิจและการเรียนรู้", "ส่งเสริมอาชีพและการศึกษา", "ฝึกอาชีพระยะสั้นสำหรับผู้ว่างงาน", "๒๘๐,๐๐๐"],
            ["๗ การบริหารจัดการเมืองมหานคร", "บริการที่โปร่งใส", "ลดขั้นตอนการให้บริการและพัฒนา E-Service", "๑๕๐,๐๐๐"]],
         [2.2, 2.6, 3.6, 1.6]),
        ("r", "ฝ่ายปกครอง สำนักงานเขตภาษีเจริญ  ผู้จัดทำ")]],
        angle=0.9, textlayer="thai", seed=40, title="dev-plan-2565")
    page("/plan/strategy.html", "แผนยุทธศาสตร์และแผนพัฒนาสำนักงานเขต", """
<ul><li><a href="/files/plan/dev-plan-2565.pdf">แผนพัฒนาเขตภาษีเจริญ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕</a> (PDF)</li>
<li><a href="https://www.bangkok.go.th/">แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๒ (พ.ศ. ๒๕๖๑ - ๒๕๖๕)</a></li></ul>""")

    # O10: link says 2565, the scan is the 2564 plan
    scan_pdf("/files/plan/action-plan-2565.pdf", [[
        ("h", "แผนปฏิบัติราชการประจำปี"), ("hb", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๔"), ("hb", OFFICE), ("gap", 10),
        ("p", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๔ ของสำนักงานเขตภาษีเจริญ จัดทำขึ้นเพื่อแปลงแผนพัฒนาเขตสู่การปฏิบัติ ระยะเวลาดำเนินการ ๑ ตุลาคม ๒๕๖๓ ถึง ๓๐ กันยายน ๒๕๖๔ ประกอบด้วยโครงการ/กิจกรรม ดังนี้"),
        ("table", ["ที่", "โครงการ/กิจกรรม", "ฝ่ายที่รับผิดชอบ", "งบประมาณ (บาท)", "ระยะเวลา"], [
            ["๑", "โครงการขุดลอกคูคลองและเปิดทางน้ำไหล ปี ๒๕๖๔", "ฝ่ายโยธา", "๓,๙๐๐,๐๐๐", "ต.ค. ๖๓ - พ.ค. ๖๔"],
            ["๒", "โครงการเฝ้าระวังและป้องกันโรคติดเชื้อไวรัสโคโรนา ๒๐๑๙ ในชุมชน", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "๔๕๐,๐๐๐", "ต.ค. ๖๓ - ก.ย. ๖๔"],
            ["๓", "โครงการจัดระเบียบหาบเร่แผงลอย ถนนเพชรเกษม", "ฝ่ายเทศกิจ", "๘๐,๐๐๐", "ต.ค. ๖๓ - ก.ย. ๖๔"],
            ["๔", "โครงการพัฒนาศักยภาพคณะกรรมการชุมชน", "ฝ่ายพัฒนาชุมชนฯ", "๓๒๐,๐๐๐", "ม.ค. - มี.ค. ๖๔"],
            ["๕", "โครงการส่งเสริมการชำระภาษีที่ดินและสิ่งปลูกสร้าง", "ฝ่ายรายได้", "๖๐,๐๐๐", "ก.พ. - ส.ค. ๖๔"],
            ["๖", "กิจกรรมลดขั้นตอนการให้บริการงานทะเบียน", "ฝ่ายทะเบียน", "-", "ต.ค. ๖๓ - ก.ย. ๖๔"]],
         [0.5, 4, 2.2, 1.6, 1.7]),
        ("r", "กลุ่มงานยุทธศาสตร์และประเมินผล ฝ่ายปกครอง")]], angle=-1.1, seed=41)

    make_docx("/files/plan/progress-q1-2565.docx", [
        ("h", "รายงานผลการดำเนินงานตามแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๕"),
        ("c", "ไตรมาสที่ ๑ (ตุลาคม - ธันวาคม ๒๕๖๔)  สำนักงานเขตภาษีเจริญ"),
        ("p", "สำนักงานเขตภาษีเจริญได้กำกับติดตามการดำเนินงานตามแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๕ โดยผู้อำนวยการเขตเป็นประธานการประชุมติดตามเดือนละ ๑ ครั้ง ผลการดำเนินงานไตรมาสที่ ๑ สรุปได้ดังนี้"),
        ("p", "ปัญหาอุปสรรค: สถานการณ์โรคติดเชื้อไวรัสโคโรนา ๒๐๑๙ ทำให้ต้องเลื่อนกิจกรรมที่รวมคนจำนวนมาก  ข้อเสนอแนะ: ปรับรูปแบบการประชุมประชาคมเป็นแบบออนไลน์คู่ขนาน"),
        ("r", "ผู้รายงาน กลุ่มงานยุทธศาสตร์และประเมินผล ฝ่ายปกครอง  ข้อมูล ณ วันที่ ๑๐ มกราคม ๒๕๖๕")],
        table=(["ที่", "โครงการ/กิจกรรม", "งบประมาณ (บาท)", "เบิกจ่าย (บาท)", "ความก้าวหน้า (ร้อยละ)", "ผลการดำเนินงาน"], [
            ["๑", "ขุดลอกคูคลองและล้างท่อระบายน้ำ ๒๒ สาย", "๔,๒๐๐,๐๐๐", "๙๘๐,๐๐๐", "๒๕", "ดำเนินการแล้ว ๖ สาย"],
            ["๒", "ติดตั้งไฟฟ้าส่องสว่างซอยเพชรเกษม ๔๘", "๑,๘๕๐,๐๐๐", "๐", "๑๐", "อยู่ระหว่างจัดทำราคากลาง"],
            ["๓", "จ่ายเบี้ยยังชีพและเยี่ยมบ้านผู้สูงอายุติดเตียง", "๖๕๐,๐๐๐", "๑๖๐,๐๐๐", "๒๕", "เยี่ยมบ้านแล้ว ๔๒ ราย"],
            ["๔", "พัฒนาศักยภาพคณะกรรมการชุมชน", "๓๕๐,๐๐๐", "๐", "๕", "กำหนดจัดอบรม มี.ค. ๖๕"],
            ["๕", "ลดขั้นตอนการให้บริการและพัฒนา E-Service", "๑๕๐,๐๐๐", "๒๐,๐๐๐", "๓๐", "เปิดระบบนัดหมายออนไลน์ฝ่ายทะเบียน"]]),
        table_after=2)

    scan_pdf("/files/plan/annual-report-2564.pdf", ["BLANK", "BLANK"], seed=42)
    page("/plan/action-plan.html", "แผนปฏิบัติราชการและรายงานผล", """
<table><tr><th>รายการ</th><th>ไฟล์</th><th>วันที่เผยแพร่</th></tr>
<tr><td>แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๕ (ไฟล์สแกน)</td><td><a href="/files/plan/action-plan-2565.pdf">ดาวน์โหลด PDF</a></td><td>๑๕ ต.ค. ๒๕๖๔</td></tr>
<tr><td>รายงานผลการดำเนินงานตามแผนปฏิบัติราชการ ไตรมาส ๑ (ต.ค. - ธ.ค. ๖๔)</td><td><a href="/files/plan/progress-q1-2565.docx">ดาวน์โหลด Word</a></td><td>๑๒ ม.ค. ๒๕๖๕</td></tr>
<tr><td>รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๔</td><td><a href="/files/plan/annual-report-2564.pdf">ดาวน์โหลด PDF</a></td><td>๒๐ ธ.ค. ๒๕๖๔</td></tr></table>""")

    # ---------------- services O13-O17
    manuals = [(DIVS[0], "/files/manual/m-pokkrong.docx"), (DIVS[1], "/files/manual/m-tabien.pdf"),
               (DIVS[2], "/files/manual/m-khlang.docx"), (DIVS[3], "/files/manual/m-rayadai.pdf"),
               (DIVS[4], "/files/manual/m-yotha.docx"), (DIVS[5], "/files/manual/m-raksa.docx"),
               (DIVS[8], "/files/manual/m-pattana.docx")]
    for dv, f in manuals:
        title = f"คู่มือการปฏิบัติงาน {dv} สำนักงานเขตภาษีเจริญ"
        steps = [("h", title), ("c", "ฉบับปรับปรุง พ.ศ. ๒๕๖๔"),
                 ("p", f"๑. วัตถุประสงค์ เพื่อให้เจ้าหน้าที่ของ{dv}ปฏิบัติงานเป็นมาตรฐานเดียวกัน ลดความผิดพลาด และให้บริการได้ตามระยะเวลาที่กำหนด"),
                 ("p", f"๒. ขอบเขต ครอบคลุมกระบวนงานหลักของ{dv} ตั้งแต่รับเรื่อง ตรวจสอบเอกสาร พิจารณา จนแจ้งผลแก่ผู้รับบริการ"),
                 ("p", "๓. ขั้นตอนการปฏิบัติงาน (๑) รับเรื่องและลงทะเบียนรับ (๒) ตรวจสอบความครบถ้วนของเอกสาร (๓) เสนอหัวหน้าฝ่ายพิจารณา (๔) แจ้งผลและจัดเก็บเอกสาร"),
                 ("p", "๔. มาตรฐานระยะเวลา ตามที่กำหนดในคู่มือสำหรับประชาชนตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘")]
        if f.endswith(".pdf"):
            text_pdf(f, steps, title=title)
        else:
            make_docx(f, steps)
    rows = "".join(f'<tr><td>{dv}</td><td><a href="{f}">เปิดเอกสาร</a></td></tr>' for dv, f in manuals)
    page("/service/manuals.html", "คู่มือหรือมาตรฐานการปฏิบัติงาน", f"<p>คู่มือการปฏิบัติงานของเจ้าหน้าที่ แยกตามฝ่าย</p><table><tr><th>ฝ่าย</th><th>เอกสาร</th></tr>{rows}</table>")

    text_pdf("/files/service/citizen-manual.pdf", [
        ("h", "คู่มือสำหรับประชาชน สำนักงานเขตภาษีเจริญ"),
        ("c", "ตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘"),
        ("table", ["งานบริการ", "ฝ่ายที่ให้บริการ", "เอกสารที่ต้องใช้", "ระยะเวลา", "ค่าธรรมเนียม"], [
            ["การแจ้งเกิด", "ฝ่ายทะเบียน", "หนังสือรับรองการเกิด บัตรประจำตัวประชาชนของบิดามารดา", "๑๕ นาที", "ไม่มี"],
            ["การทำบัตรประจำตัวประชาชน", "ฝ่ายทะเบียน", "สำเนาทะเบียนบ้าน บัตรเดิม (ถ้ามี)", "๑๕ นาที", "๑๐๐ บาท (กรณีบัตรหาย/ชำรุด)"],
            ["การขออนุญาตก่อสร้างอาคาร (ข.๑)", "ฝ่ายโยธา", "แบบแปลน โฉนดที่ดิน หนังสือยินยอมเจ้าของที่ดิน", "๔๕ วัน", "ตามกฎกระทรวง"],
            ["การชำระภาษีป้าย", "ฝ่ายรายได้", "แบบ ภ.ป.๑ ภาพถ่ายป้าย", "๓๐ นาที", "ตามอัตราภาษี"],
            ["ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "คำขอ สำเนาบัตร แผนที่ตั้ง", "๓๐ วัน", "ตามพื้นที่ประกอบการ"],
            ["การขอรับเบี้ยยังชีพผู้สูงอายุ", "ฝ่ายพัฒนาชุมชนฯ", "บัตรประจำตัวประชาชน สมุดบัญชีธนาคาร", "๑๕ นาที", "ไม่มี"]],
         [2.4, 2, 3.5, 1.2, 1.6]),
        ("p", "ช่องทางร้องเรียนกรณีไม่ได้รับบริการตามคู่มือ: สำนักงานเขตภาษีเจริญ โทร. ๐ ๒๔๑๓ ๕๔๒๐ หรือสายด่วนกรุงเทพมหานคร ๑๕๕๕")],
        title="citizen-manual")

    months = ["ต.ค. ๖๔", "พ.ย. ๖๔", "ธ.ค. ๖๔", "ม.ค. ๖๕"]
    make_xlsx("/files/service/stats-2565.xlsx", [("สถิติ", ["สถิติการให้บริการประชาชน สำนักงานเขตภาษีเจริญ ปีงบประมาณ พ.ศ. ๒๕๖๕ (ต.ค. ๖๔ - ม.ค. ๖๕)"],
        ["งานบริการ"] + months + ["รวม"], [
            ["ทะเบียนราษฎร (แจ้งเกิด/ตาย/ย้าย)", 1420, 1385, 1502, 1466, 5773],
            ["บัตรประจำตัวประชาชน", 2210, 2105, 1980, 2344, 8639],
            ["ชำระภาษีที่ดินและสิ่งปลูกสร้าง", 310, 288, 402, 655, 1655],
            ["ภาษีป้าย", 45, 51, 38, 112, 246],
            ["ขออนุญาตก่อสร้าง/ดัดแปลงอาคาร", 22, 18, 25, 19, 84],
            ["ใบอนุญาตด้านสาธารณสุข", 64, 59, 71, 80, 274],
            ["เบี้ยยังชีพผู้สูงอายุ/คนพิการ (ลงทะเบียนใหม่)", 96, 88, 75, 101, 360]])])
    text_pdf("/files/service/satisfaction-2563.pdf", [
        ("h", "รายงานผลการสำรวจความพึงพอใจของผู้รับบริการ"), ("c", "สำนักงานเขตภาษีเจริญ ประจำปีงบประมาณ พ.ศ. ๒๕๖๓"),
        ("p", "สำรวจระหว่างเดือนตุลาคม ๒๕๖๒ ถึงเดือนกันยายน ๒๕๖๓ จากผู้รับบริการ จำนวน ๔๐๐ ราย โดยใช้แบบสอบถาม ณ จุดให้บริการ"),
        ("table", ["ด้าน", "ค่าเฉลี่ย (เต็ม ๕)", "ร้อยละ"], [
            ["กระบวนการ/ขั้นตอนการให้บริการ", "๔.๒๑", "๘๔.๒๐"], ["เจ้าหน้าที่ผู้ให้บริการ", "๔.๔๐", "๘๘.๐๐"],
            ["สิ่งอำนวยความสะดวก", "๔.๐๕", "๘๑.๐๐"], ["ภาพรวม", "๔.๒๒", "๘๔.๔๐"]], [4, 2, 2])], title="satisfaction-2563")
    page("/service/index.html", "การให้บริการ", """
<ul><li><a href="/service/manuals.html">คู่มือหรือมาตรฐานการปฏิบัติงาน</a></li>
<li><a href="/files/service/citizen-manual.pdf">คู่มือหรือมาตรฐานการให้บริการ (คู่มือสำหรับประชาชน)</a></li>
<li><a href="/files/service/stats-2565.xlsx">ข้อมูลเชิงสถิติการให้บริการ ปีงบประมาณ ๒๕๖๕</a> (Excel)</li>
<li><a href="/files/service/satisfaction-2563.pdf">รายงานผลการสำรวจความพึงพอใจการให้บริการ</a></li>
<li><a href="/service/eservice.html">E-Service</a></li></ul>""")
    page("/service/eservice.html", "บริการออนไลน์ (E-Service)", """
<table><tr><th>บริการ</th><th>รายละเอียด</th></tr>
<tr><td><a href="/service/booking.html">ระบบนัดหมายล่วงหน้า ฝ่ายทะเบียน</a></td><td>จองวัน เวลา ทำบัตรประจำตัวประชาชนและงานทะเบียนราษฎร ผ่านแบบฟอร์มออนไลน์ของสำนักงานเขต</td></tr>
<tr><td><a href="https://bmaq.bangkok.go.th/">BMA Q</a></td><td>จองคิวรับบริการล่วงหน้าของกรุงเทพมหานคร ทุกฝ่ายที่ให้บริการประชาชน</td></tr>
<tr><td><a href="https://www.traffy.in.th/">Traffy Fondue</a></td><td>แจ้งปัญหาเมือง เช่น ไฟฟ้าดับ ทางเท้าชำรุด ขยะ</td></tr>
<tr><td><a href="https://bmaoss.bangkok.go.th/">BMA OSS</a></td><td>ยื่นขออนุญาตก่อสร้างอาคารและใบอนุญาตด้านสาธารณสุขออนไลน์</td></tr></table>""")
    page("/service/booking.html", "ระบบนัดหมายล่วงหน้า ฝ่ายทะเบียน", """
<form action="/service/booking.html" method="get"><p>ชื่อ-นามสกุล <input name="name"></p><p>เลขประจำตัวประชาชน <input name="pid"></p>
<p>บริการ <select name="svc"><option>ทำบัตรประจำตัวประชาชน</option><option>แจ้งย้ายที่อยู่</option><option>คัดสำเนาทะเบียนบ้าน</option></select></p>
<p>วันที่ต้องการ <input type="date" name="d"></p><p>โทรศัพท์ <input name="tel"></p><p><button>ส่งคำขอนัดหมาย</button></p></form>
<p>เจ้าหน้าที่จะโทรยืนยันการนัดหมายภายใน ๑ วันทำการ</p>""")

    # ---------------- budget O18-O20
    make_xlsx("/files/budget/spending-plan-2565.xlsx", [("แผนการใช้จ่าย", [
        "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", "สำนักงานเขตภาษีเจริญ (หน่วย: บาท)"],
        ["หมวดรายจ่าย", "งบประมาณที่ได้รับ", "ไตรมาส ๑ (ต.ค.-ธ.ค. ๖๔)", "ไตรมาส ๒ (ม.ค.-มี.ค. ๖๕)", "ไตรมาส ๓ (เม.ย.-มิ.ย. ๖๕)", "ไตรมาส ๔ (ก.ค.-ก.ย. ๖๕)"], [
            ["เงินเดือนและค่าจ้างประจำ", 98500000, 24625000, 24625000, 24625000, 24625000],
            ["ค่าจ้างชั่วคราว", 6200000, 1550000, 1550000, 1550000, 1550000],
            ["ค่าตอบแทนใช้สอยและวัสดุ", 38400000, 8200000, 10300000, 10100000, 9800000],
            ["ค่าสาธารณูปโภค", 4100000, 1025000, 1025000, 1025000, 1025000],
            ["ค่าครุภัณฑ์ ที่ดินและสิ่งก่อสร้าง", 12600000, 0, 3800000, 5400000, 3400000],
            ["เงินอุดหนุน", 1900000, 0, 950000, 950000, 0],
            ["รวม", 161700000, 35400000, 42250000, 43650000, 40400000]])])
    for q, per in [(1, "ต.ค. - ธ.ค. ๒๕๖๓"), (2, "ม.ค. - มี.ค. ๒๕๖๔"), (3, "เม.ย. - มิ.ย. ๒๕๖๔"), (4, "ก.ค. - ก.ย. ๒๕๖๔")]:
        text_pdf(f"/files/budget/budget-q{q}-2564.pdf", [
            ("h", f"รายงานการกำกับติดตามการใช้จ่ายงบประมาณ ไตรมาสที่ {td(q)} ({per})"),
            ("c", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ สำนักงานเขตภาษีเจริญ"),
            ("table", ["หมวดรายจ่าย", "งบประมาณ", "เบิกจ่ายสะสม", "ร้อยละ"], [
                ["งบบุคลากร", "๑๐๒,๓๐๐,๐๐๐", td(f"{25575000 * q:,}"), td(25 * q)],
                ["งบดำเนินงาน", "๓๙,๘๐๐,๐๐๐", td(f"{8900000 * q:,}"), td(round(8900000 * q / 398000, 2))],
                ["งบลงทุน", "๑๑,๙๐๐,๐๐๐", td(f"{2100000 * q:,}"), td(round(2100000 * q / 119000, 2))]], [3, 2, 2, 1]),
            ("p", "ปัญหาอุปสรรค: การเบิกจ่ายงบลงทุนล่าช้าเนื่องจากสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา ๒๐๑๙")],
            title=f"budget-q{q}-2564")
    scan_pdf("/files/budget/budget-result-2564.pdf", [[
        ("h", "รายงานผลการใช้จ่ายงบประมาณประจำปี"), ("hb", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ (๑ ตุลาคม ๒๕๖๓ - ๓๐ กันยายน ๒๕๖๔)"),
        ("hb", OFFICE), ("gap", 8),
        ("table", ["หมวดรายจ่าย", "งบประมาณที่ได้รับ (บาท)", "เบิกจ่ายจริง (บาท)", "ร้อยละการเบิกจ่าย"], [
            ["เงินเดือนและค่าจ้างประจำ", "๙๗,๑๒๐,๐๐๐", "๙๖,๘๘๔,๒๑๐", "๙๙.๗๖"],
            ["ค่าจ้างชั่วคราว", "๕,๑๘๐,๐๐๐", "๕,๐๒๒,๓๐๐", "๙๖.๙๖"],
            ["ค่าตอบแทนใช้สอยและวัสดุ", "๓๙,๘๐๐,๐๐๐", "๓๖,๙๑๕,๔๔๐", "๙๒.๗๕"],
            ["ค่าสาธารณูปโภค", "๔,๐๐๐,๐๐๐", "๓,๘๗๑,๖๒๐", "๙๖.๗๙"],
            ["ค่าครุภัณฑ์ ที่ดินและสิ่งก่อสร้าง", "๑๑,๙๐๐,๐๐๐", "๑๐,๒๔๖,๐๐๐", "๘๖.๑๐"],
            ["เงินอุดหนุน", "๑,๘๐๐,๐๐๐", "๑,๖๕๐,๐๐๐", "๙๑.๖๗"],
            ["รวม", "๑๕๙,๘๐๐,๐๐๐", "๑๕๔,๕๘๙,๕๗๐", "๙๖.๗๔"]], [3.2, 2.2, 2.2, 1.6]),
        ("p", "ปัญหาและอุปสรรค การเบิกจ่ายงบลงทุนล่าช้าเนื่องจากผู้รับจ้างขาดแคลนแรงงานในช่วงการแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา ๒๐๑๙ และมีการกันเงินไว้เบิกเหลื่อมปี จำนวน ๑,๖๕๔,๐๐๐ บาท"),
        ("p", "ข้อเสนอแนะ ให้ฝ่ายที่รับผิดชอบโครงการลงทุนจัดทำแผนการจัดซื้อจัดจ้างให้แล้วเสร็จภายในไตรมาสที่ ๑ ของปีงบประมาณ และรายงานความก้าวหน้าต่อผู้อำนวยการเขตทุกเดือน"),
        ("r", "ฝ่ายการคลัง สำนักงานเขตภาษีเจริญ ๒๙ ตุลาคม ๒๕๖๔")]], angle=0.6, seed=50)
    page("/budget/index.html", "การบริหารเงินงบประมาณ", """
<h3>แผนการใช้จ่ายงบประมาณประจำปี</h3><p><a href="/files/budget/spending-plan-2565.xlsx">แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕</a> (Excel)</p>
<h3>รายงานการกำกับติดตามการใช้จ่ายงบประมาณ</h3><ul>
<li><a href="/files/budget/budget-q1-2564.pdf">ไตรมาสที่ ๑</a></li><li><a href="/files/budget/budget-q2-2564.pdf">ไตรมาสที่ ๒</a></li>
<li><a href="/files/budget/budget-q3-2564.pdf">ไตรมาสที่ ๓</a></li><li><a href="/files/budget/budget-q4-2564.pdf">ไตรมาสที่ ๔</a></li></ul>
<h3>รายงานผลการใช้จ่ายงบประมาณประจำปี</h3><p><a href="/files/budget/budget-result-2564.pdf">รายงานผลการใช้จ่ายงบประมาณประจำปี (สแกน)</a></p>""")

    # ---------------- procurement O21-O24
    sig_dir = ("sig", DIR_NAME, ["ผู้อำนวยการเขตภาษีเจริญ"], True)
    scan_pdf("/files/proc/plan-2565.pdf", [[
        ("emblem",), ("h", "ประกาศสำนักงานเขตภาษีเจริญ"),
        ("hb", "เรื่อง เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๕"), ("c", "-------------------------------"),
        ("p", "ด้วยสำนักงานเขตภาษีเจริญ ได้จัดทำแผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ เสร็จเรียบร้อยแล้ว ฉะนั้น อาศัยอำนาจตามความในมาตรา ๑๑ แห่งพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐ จึงขอประกาศเผยแพร่แผนการจัดซื้อจัดจ้างตามเอกสารแนบท้ายประกาศนี้"),
        ("p", "ทั้งนี้ สามารถตรวจสอบรายละเอียดได้ที่ระบบเผยแพร่ข้อมูลการจัดซื้อจัดจ้างของหน่วยงานกรุงเทพมหานคร (e-GPBMA) และเว็บไซต์ของสำนักงานเขตภาษีเจริญ"),
        ("l", "                     ประกาศ ณ วันที่ ๒๒ ตุลาคม พ.ศ. ๒๕๖๔"), ("gap", 20), sig_dir], [
        ("hb", "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ สำนักงานเขตภาษีเจริญ"),
        ("table", ["ที่", "ชื่อโครงการ", "วงเงินงบประมาณ (บาท)", "วิธีจัดหา", "คาดว่าจะประกาศ", "ฝ่าย"], [
            ["๑", "จ้างขุดลอกคูคลองและล้างท่อระบายน้ำ ๒๒ สาย", "๔,๒๐๐,๐๐๐", "e-bidding", "พ.ย. ๒๕๖๔", "ฝ่ายโยธา"],
            ["๒", "จ้างติดตั้งไฟฟ้าส่องสว่างซอยเพชรเกษม ๔๘", "๑,๘๕๐,๐๐๐", "e-bidding", "ม.ค. ๒๕๖๕", "ฝ่ายโยธา"],
            ["๓", "จ้างปรับปรุงทางเดินริมคลองภาษีเจริญ", "๔,๙๐๐,๐๐๐", "e-bidding", "มี.ค. ๒๕๖๕", "ฝ่ายโยธา"],
            ["๔", "ซื้อวัสดุสำนักงาน", "๔๘๐,๐๐๐", "เฉพาะเจาะจง", "ทุกไตรมาส", "ฝ่ายการคลัง"],
            ["๕", "ซื้อน้ำมันเชื้อเพลิงรถเก็บขนมูลฝอย", "๓,๖๐๐,๐๐๐", "เฉพาะเจาะจง", "ต.ค. ๒๕๖๔", "ฝ่ายรักษาความสะอาดฯ"],
            ["๖", "จ้างเหมาบริการทำความสะอาดอาคารสำนักงาน", "๙๖๐,๐๐๐", "e-market", "ต.ค. ๒๕๖๔", "ฝ่ายการคลัง"],
            ["๗", "ซื้อครุภัณฑ์คอมพิวเตอร์ ๑๒ ชุด", "๒๘๘,๐๐๐", "e-market", "ก.พ. ๒๕๖๕", "ฝ่ายปกครอง"]],
         [0.5, 4, 1.8, 1.5, 1.5, 1.9])]], angle=0.8, seed=60)

    ann = [
        (101, "ประกาศผู้ชนะการเสนอราคา ซื้อน้ำมันเชื้อเพลิงรถเก็บขนมูลฝอย ประจำเดือนตุลาคม ๒๕๖๔ โดยวิธีเฉพาะเจาะจง", "๔ ต.ค. ๒๕๖๔", True),
        (102, "ประกาศผู้ชนะการเสนอราคา จ้างเหมาบริการทำความสะอาดอาคารสำนักงาน โดยวิธีตลาดอิเล็กทรอนิกส์ (e-market)", "๒๘ ต.ค. ๒๕๖๔", True),
        (103, "ประกวดราคาจ้างขุดลอกคูคลองและล้างท่อระบายน้ำ ๒๒ สาย ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "๑๖ พ.ย. ๒๕๖๔", True),
        (104, "ประกาศผู้ชนะการเสนอราคา จ้างขุดลอกคูคลองและล้างท่อระบายน้ำ ๒๒ สาย", "๒๑ ธ.ค. ๒๕๖๔", True),
        (105, "(ร่าง) ประกาศประกวดราคาจ้างติดตั้งไฟฟ้าส่องสว่างซอยเพชรเกษม ๔๘ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) เพื่อรับฟังคำวิจารณ์", "๒๗ ม.ค. ๒๕๖๕", False),
    ]
    files_map = {}
    for i, (aid, t, d, signed) in enumerate(ann):
        body = [("emblem",), ("h", "ประกาศสำนักงานเขตภาษีเจริญ"), ("hb", "เรื่อง " + t), ("c", "-------------------------------")]
        if aid in (101, 102, 104):
            winners = {101: ("ห้างหุ้นส่วนจำกัด เพชรเกษมปิโตรเลียม", "๒๙๘,๕๐๐"), 102: ("บริษัท คลีนแอนด์แคร์ เซอร์วิส จำกัด", "๙๔๒,๐๐๐"),
                       104: ("บริษัท ธนากรโยธา จำกัด", "๓,๙๘๘,๐๐๐")}[aid]
            body.append(("p", f"ตามที่สำนักงานเขตภาษีเจริญ ได้มีโครงการ {t.replace('ประกาศผู้ชนะการเสนอราคา ', '')} นั้น ผู้ได้รับการคัดเลือก ได้แก่ {winners[0]} โดยเสนอราคาเป็นเงินทั้งสิ้น {winners[1]} บาท (รวมภาษีมูลค่าเพิ่มและภาษีอื่น ค่าขนส่ง ค่าจดทะเบียน และค่าใช้จ่ายอื่น ๆ ทั้งปวง)"))
        else:
            body.append(("p", f"สำนักงานเขตภาษีเจริญ มีความประสงค์จะ{t.split(' ด้วยวิธี')[0].replace('(ร่าง) ประกาศ', '')} ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding) ผู้ยื่นข้อเสนอจะต้องมีคุณสมบัติตามที่กำหนดในเอกสารประกวดราคา และยื่นข้อเสนอผ่านระบบการจัดซื้อจัดจ้างภาครัฐด้วยอิเล็กทรอนิกส์ (e-GP)"))
            body.append(("p", "ผู้สนใจสามารถขอรับเอกสารประกวดราคาได้ที่เว็บไซต์ www.gprocurement.go.th หรือสอบถามรายละเอียดได้ที่ฝ่ายการคลัง โทร. ๐ ๒๔๑๓ ๕๔๒๐ ต่อ ๗๔๓๐ ในวันและเวลาราชการ"))
        body.append(("l", "                     ประกาศ ณ วันที่ " + d.replace("ต.ค.", "ตุลาคม").replace("พ.ย.", "พฤศจิกายน").replace("ธ.ค.", "ธันวาคม").replace("ม.ค.", "มกราคม")))
        body.append(("gap", 20))
        if signed:
            body.append(sig_dir)
        else:
            body.insert(0, ("stamp", "ร่าง"))
            body.append(("sig", DIR_NAME, ["ผู้อำนวยการเขตภาษีเจริญ"], False))
        scan_pdf(f"/store/proc-{aid}.pdf", [body], angle=[0.5, -0.9, 1.2, 0.4, -0.7][i], seed=70 + i)
        files_map[f"/download.php?id={aid}"] = {"file": f"store/proc-{aid}.pdf", "headers": {
            "Content-Type": "application/pdf", "Content-Disposition": f"attachment; filename=\"proc-{aid}.pdf\""}}

    SKR = ["ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง (บาท)", "ราคากลาง (บาท)", "วิธีซื้อหรือจ้าง",
           "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลง", "เหตุผลที่คัดเลือกโดยสรุป", "เลขที่และวันที่ของสัญญาหรือข้อตกลง"]
    FR = [0.6, 2.2, 1.2, 1.1, 1.1, 2.1, 2.1, 1.4, 1.6]
    mrows = {
        "oct": [["๑", "ซื้อน้ำมันเชื้อเพลิงรถเก็บขนมูลฝอย เดือน ต.ค. ๖๔", "๒๙๘,๕๐๐", "๒๙๘,๕๐๐", "เฉพาะเจาะจง", "หจก.เพชรเกษมปิโตรเลียม ๒๙๘,๕๐๐", "หจก.เพชรเกษมปิโตรเลียม ๒๙๘,๕๐๐", "ราคาไม่เกินวงเงิน", "ใบสั่งซื้อ ๑/๒๕๖๕ ลว. ๔ ต.ค. ๖๔"],
                ["๒", "ซื้อวัสดุสำนักงาน ไตรมาส ๑", "๑๒๐,๐๐๐", "๑๑๘,๕๐๐", "เฉพาะเจาะจง", "ร้านภาษีเจริญเครื่องเขียน ๑๑๖,๘๐๐", "ร้านภาษีเจริญเครื่องเขียน ๑๑๖,๘๐๐", "ราคาต่ำสุด", "ใบสั่งซื้อ ๒/๒๕๖๕ ลว. ๑๒ ต.ค. ๖๔"],
                ["๓", "จ้างเหมาบริการทำความสะอาดอาคารสำนักงาน", "๙๖๐,๐๐๐", "๙๕๔,๐๐๐", "e-market", "บจก.คลีนแอนด์แคร์ฯ ๙๔๒,๐๐๐ / บจก.สยามคลีน ๙๕๐,๐๐๐", "บจก.คลีนแอนด์แคร์ เซอร์วิส ๙๔๒,๐๐๐", "ราคาต่ำสุด", "สัญญา ๑/๒๕๖๕ ลว. ๒๙ ต.ค. ๖๔"]],
        "nov": [["๑", "ซื้อน้ำมันเชื้อเพลิงรถเก็บขนมูลฝอย เดือน พ.ย. ๖๔", "๓๐๑,๒๐๐", "๓๐๑,๒๐๐", "เฉพาะเจาะจง", "หจก.เพชรเกษมปิโตรเลียม ๓๐๑,๒๐๐", "หจก.เพชรเกษมปิโตรเลียม ๓๐๑,๒๐๐", "ราคาไม่เกินวงเงิน", "ใบสั่งซื้อ ๘/๒๕๖๕ ลว. ๑ พ.ย. ๖๔"],
                ["๒", "จ้างซ่อมรถบรรทุกขยะ หมายเลข ๘๑-๓๓๒๔", "๔๕,๐๐๐", "๔๔,๖๐๐", "เฉพาะเจาะจง", "อู่ช่างเอกการช่าง ๔๔,๐๐๐", "อู่ช่างเอกการช่าง ๔๔,๐๐๐", "ราคาต่ำสุด", "ใบสั่งจ้าง ๙/๒๕๖๕ ลว. ๑๕ พ.ย. ๖๔"]],
        "dec": [["๑", "ซื้อน้ำมันเชื้อเพลิงรถเก็บขนมูลฝอย เดือน ธ.ค. ๖๔", "๒๙๙,๘๐๐", "๒๙๙,๘๐๐", "เฉพาะเจาะจง", "หจก.เพชรเกษมปิโตรเลียม ๒๙๙,๘๐๐", "หจก.เพชรเกษมปิโตรเลียม ๒๙๙,๘๐๐", "ราคาไม่เกินวงเงิน", "ใบสั่งซื้อ ๑๕/๒๕๖๕ ลว. ๑ ธ.ค. ๖๔"],
                ["๒", "จ้างขุดลอกคูคลองและล้างท่อระบายน้ำ ๒๒ สาย", "๔,๒๐๐,๐๐๐", "๔,๑๘๖,๐๐๐", "e-bidding", "บจก.ธนากรโยธา ๓,๙๘๘,๐๐๐ / หจก.รุ่งเรืองก่อสร้าง ๔,๑๐๐,๐๐๐", "บจก.ธนากรโยธา ๓,๙๘๘,๐๐๐", "ราคาต่ำสุดและถูกต้องตามเงื่อนไข", "สัญญา ๓/๒๕๖๕ ลว. ๒๘ ธ.ค. ๖๔"]],
        "jan": [["1", "ซื้อน้ำมันเชื้อเพลิงรถเก็บขนมูลฝอย เดือน ม.ค. 65", 300400, 300400, "เฉพาะเจาะจง", "หจก.เพชรเกษมปิโตรเลียม 300,400", "หจก.เพชรเกษมปิโตรเลียม 300,400", "ราคาไม่เกินวงเงิน", "ใบสั่งซื้อ 21/2565 ลว. 4 ม.ค. 65"],
                ["2", "ซื้อวัสดุสำนักงาน ไตรมาส 2", 120000, 119200, "เฉพาะเจาะจง", "ร้านภาษีเจริญเครื่องเขียน 118,900", "ร้านภาษีเจริญเครื่องเขียน 118,900", "ราคาต่ำสุด", "ใบสั่งซื้อ 23/2565 ลว. 10 ม.ค. 65"],
                ["3", "จ้างซ่อมแซมผิวจราจรซอยเพชรเกษม 33", 480000, 476500, "เฉพาะเจาะจง", "หจก.รุ่งเรืองก่อสร้าง 472,000", "หจก.รุ่งเรืองก่อสร้าง 472,000", "ราคาต่ำสุด", "ใบสั่งจ้าง 25/2565 ลว. 19 ม.ค. 65"]],
    }
    def skr_page(mon):
        return [("hb", "แบบ สขร. ๑"), ("hb", f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน{mon}"),
                ("c", "สำนักงานเขตภาษีเจริญ กรุงเทพมหานคร"), ("table", SKR, mrows[{"ตุลาคม ๒๕๖๔": "oct", "ธันวาคม ๒๕๖๔": "dec"}[mon]], FR, 16),
                ("r", "ฝ่ายการคลัง (งานพัสดุ) ผู้รายงาน")]
    scan_pdf("/files/proc/skr-2564-10.pdf", [skr_page("ตุลาคม ๒๕๖๔")], angle=1.0, seed=80, landscape=True)
    text_pdf("/files/proc/skr-2564-11.pdf", [("h", "แบบ สขร. ๑"), ("h", "สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนพฤศจิกายน ๒๕๖๔"),
                                             ("c", "สำนักงานเขตภาษีเจริญ กรุงเทพมหานคร"), ("table", SKR, mrows["nov"], FR, 7)], title="skr-2564-11")
    scan_pdf("/files/proc/skr-2564-12.pdf", [skr_page("ธันวาคม ๒๕๖๔")], angle=0.5, quality="lowres", seed=81, landscape=True)
    make_xlsx("/files/proc/skr-2565-01.xlsx", [("ม.ค.65", ["แบบ สขร.1 สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนมกราคม 2565", "สำนักงานเขตภาษีเจริญ"], SKR, mrows["jan"])])

    # O24 annual procurement report 2564 - scan carrying a garbage OCR text layer
    scan_pdf("/files/proc/annual-2564.pdf", [[
        ("h", "รายงานผลการจัดซื้อจัดจ้างประจำปี"), ("hb", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๔"), ("hb", OFFICE), ("gap", 6),
        ("p", "๑. สรุปผลการจัดซื้อจัดจ้าง ในปีงบประมาณ พ.ศ. ๒๕๖๔ (๑ ตุลาคม ๒๕๖๓ - ๓๐ กันยายน ๒๕๖๔) สำนักงานเขตภาษีเจริญได้ดำเนินการจัดซื้อจัดจ้าง จำนวนทั้งสิ้น ๒๑๒ รายการ วงเงินรวม ๒๔,๘๖๕,๓๒๐ บาท จำแนกตามวิธีการ ดังนี้"),
        ("table", ["วิธีการจัดซื้อจัดจ้าง", "จำนวน (รายการ)", "วงเงิน (บาท)", "ร้อยละของวงเงิน"], [
            ["ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "๔", "๑๒,๔๓๐,๐๐๐", "๔๙.๙๙"],
            ["ตลาดอิเล็กทรอนิกส์ (e-market)", "๖", "๒,๑๘๐,๕๐๐", "๘.๗๗"],
            ["วิธีเฉพาะเจาะจง", "๒๐๒", "๑๐,๒๕๔,๘๒๐", "๔๑.๒๔"], ["รวม", "๒๑๒", "๒๔,๘๖๕,๓๒๐", "๑๐๐.๐๐"]], [4, 2, 2, 2]),
        ("p", "๒. ปัญหาและอุปสรรค ผู้รับจ้างงานก่อสร้างส่งมอบงานล่าช้าจากการขาดแคลนแรงงานในช่วงการแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา ๒๐๑๙ และราคาวัสดุก่อสร้างปรับตัวสูงขึ้น"),
        ("p", "๓. ข้อเสนอแนะและแนวทางการปรับปรุง จัดทำแผนการจัดซื้อจัดจ้างให้แล้วเสร็จภายในเดือนตุลาคม เร่งรัดการจัดทำราคากลาง และเผยแพร่ผลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์ภายในวันที่ ๑๐ ของเดือนถัดไป"),
        ("r", "ฝ่ายการคลัง สำนักงานเขตภาษีเจริญ ๒๕ มกราคม ๒๕๖๕"), ("gap", 10), sig_dir]],
        angle=-0.8, textlayer="garbage", seed=90)
    page("/procurement/index.html", "การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ", """
<p style="border:2px solid #06c;padding:8px;display:inline-block"><a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp&amp;proc_id=ShowHTMLFile&amp;processFlows=Procure"><b>ระบบเผยแพร่ข้อมูลการจัดซื้อจัดจ้างของหน่วยงานกรุงเทพมหานคร (e-GPBMA)</b></a></p>
<ul><li><a href="/files/proc/plan-2565.pdf">แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๕</a> (ประกาศ ลงวันที่ ๒๒ ต.ค. ๒๕๖๔)</li>
<li><a href="/procurement/announce.html">ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง</a></li>
<li><a href="/procurement/monthly.html">สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.๑)</a></li>
<li><a href="/files/proc/annual-2564.pdf">รายงานผลการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. ๒๕๖๔</a></li></ul>""")
    rows = "".join(f'<tr><td>{td(i+1)}</td><td><a href="/download.php?id={aid}">{t}</a></td><td>{d}</td></tr>' for i, (aid, t, d, s) in enumerate(ann))
    page("/procurement/announce.html", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๕", f"""
<p><a href="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?servlet=gojsp&amp;proc_id=ShowHTMLFile&amp;processFlows=Procure">ค้นหาประกาศในระบบ e-GPBMA / e-GP</a></p>
<table><tr><th>ที่</th><th>เรื่อง</th><th>วันที่ประกาศ</th></tr>{rows}</table>""")
    page("/procurement/monthly.html", "สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ พ.ศ. ๒๕๖๕", """
<table><tr><th>เดือน</th><th>เอกสาร</th></tr>
<tr><td>ตุลาคม ๒๕๖๔</td><td><a href="/files/proc/skr-2564-10.pdf">สขร.๑ ต.ค. ๖๔ (PDF)</a></td></tr>
<tr><td>พฤศจิกายน ๒๕๖๔</td><td><a href="/files/proc/skr-2564-11.pdf">สขร.๑ พ.ย. ๖๔ (PDF)</a></td></tr>
<tr><td>ธันวาคม ๒๕๖๔</td><td><a href="/files/proc/skr-2564-12.pdf">สขร.๑ ธ.ค. ๖๔ (PDF)</a></td></tr>
<tr><td>มกราคม ๒๕๖๕</td><td><a href="/files/proc/skr-2565-01.xlsx">สขร.๑ ม.ค. ๖๕ (Excel)</a></td></tr></table>""")

    # ---------------- HR O25-O28
    make_docx("/files/hr/hr-policy-2565.docx", [
        ("r", "(ร่าง)"), ("h", "ประกาศสำนักงานเขตภาษีเจริญ"), ("h", "เรื่อง นโยบายการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๕"),
        ("p", "เพื่อให้การบริหารทรัพยากรบุคคลของสำนักงานเขตภาษีเจริญเป็นไปอย่างมีประสิทธิภาพ โปร่งใส เป็นธรรม สอดคล้องกับหลักเกณฑ์ของสำนักงานคณะกรรมการข้าราชการกรุงเทพมหานคร (สำนักงาน ก.ก.) จึงกำหนดนโยบายการบริหารทรัพยากรบุคคล ดังนี้"),
        ("p", "๑. ด้านการบริหารทรัพยากรบุคคล สรรหา บรรจุ แต่งตั้ง โยกย้ายด้วยระบบคุณธรรม"),
        ("p", "๒. ด้านการพัฒนาทรัพยากรบุคคล ส่งเสริมให้ข้าราชการทุกคนได้รับการพัฒนาอย่างน้อย ๑ หลักสูตรต่อปี"),
        ("p", "๓. ด้านการรักษาวินัย ป้องกันการกระทำผิดวินัยและลงโทษอย่างเป็นธรรม"),
        ("p", "๔. ด้านการส่งเสริมคุณธรรมจริยธรรม ยึดประมวลจริยธรรมข้าราชการกรุงเทพมหานคร"),
        ("p", "ประกาศ ณ วันที่ ....... เดือน .................... พ.ศ. ๒๕๖๕"),
        ("c", "(ลงชื่อ) ............................................"), ("c", "(.............................................)"), ("c", "ผู้อำนวยการเขตภาษีเจริญ")])
    text_pdf("/files/hr/hr-implementation-2564.pdf", [
        ("h", "รายงานการดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล"), ("c", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ สำนักงานเขตภาษีเจริญ"),
        ("table", ["ด้าน", "โครงการ/กิจกรรม", "ผลการดำเนินงาน"], [
            ["การบริหารทรัพยากรบุคคล", "สรรหาลูกจ้างชั่วคราวฝ่ายรักษาความสะอาดฯ", "บรรจุ ๑๒ อัตรา (มี.ค. ๖๔)"],
            ["การพัฒนาทรัพยากรบุคคล", "อบรมการใช้ระบบ BMA Q และการบริการที่เป็นเลิศ", "ผู้เข้าร่วม ๘๕ คน (มิ.ย. ๖๔)"],
            ["การรักษาวินัย", "ชี้แจงวินัยข้าราชการ", "จัดออนไลน์ ส.ค. ๖๔"],
            ["คุณธรรมจริยธรรม", "กิจกรรมวันต่อต้านคอร์รัปชันสากล ๒๕๖๓", "ผู้เข้าร่วม ๑๑๐ คน"]], [2.5, 4, 3])], title="hr-impl-2564")
    page("/hr/index.html", "การบริหารและพัฒนาทรัพยากรบุคคล", """
<ul><li><a href="/files/hr/hr-policy-2565.docx">นโยบายการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๕</a></li>
<li><a href="/hr/implementation.html">การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล</a></li>
<li><a href="/hr/criteria.html">หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล</a></li>
<li><a href="/hr/annual-report.html">รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี</a></li></ul>""")
    page("/hr/implementation.html", "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล",
         '<p><a href="/files/hr/hr-implementation-2564.pdf">รายงานการดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล</a> (PDF)</p>')
    page("/hr/criteria.html", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", """
<p>สำนักงานเขตภาษีเจริญถือปฏิบัติตามหลักเกณฑ์ที่คณะกรรมการข้าราชการกรุงเทพมหานคร (ก.ก.) กำหนด ดังนี้</p>
<ol><li><b>การสรรหาและคัดเลือก</b> ตามประกาศ ก.ก. เรื่อง หลักเกณฑ์และวิธีการสอบแข่งขันเพื่อบรรจุบุคคลเข้ารับราชการเป็นข้าราชการกรุงเทพมหานครสามัญ</li>
<li><b>การแต่งตั้ง/โยกย้าย</b> ตามหลักเกณฑ์และวิธีการย้าย โอน และเลื่อนข้าราชการกรุงเทพมหานครสามัญ โดยพิจารณาความรู้ความสามารถ ประสบการณ์ และผลการปฏิบัติราชการ</li>
<li><b>การพัฒนาบุคลากร</b> ตามแผนพัฒนาบุคลากรกรุงเทพมหานคร จัดส่งข้าราชการเข้าอบรมหลักสูตรของสถาบันพัฒนาข้าราชการกรุงเทพมหานคร</li>
<li><b>การประเมินผลการปฏิบัติราชการ</b> ปีละ ๒ รอบ (๑ ต.ค. - ๓๑ มี.ค. และ ๑ เม.ย. - ๓๐ ก.ย.) ตามหลักเกณฑ์ ก.ก.</li>
<li><b>การให้คุณให้โทษและการสร้างขวัญกำลังใจ</b> การเลื่อนเงินเดือน การยกย่องข้าราชการดีเด่น และการดำเนินการทางวินัยตามพระราชบัญญัติระเบียบข้าราชการกรุงเทพมหานครและบุคลากรกรุงเทพมหานคร พ.ศ. ๒๕๕๔</li></ol>
<p>ที่มา: สำนักงาน ก.ก. กรุงเทพมหานคร</p>""")
    page("/hr/annual-report.html", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี",
         "<p>อยู่ระหว่างดำเนินการจัดทำ จะเผยแพร่เร็ว ๆ นี้</p>")

    # ---------------- complaints O29-O32
    scan_pdf("/files/complaint/guideline.pdf", [[
        ("gap", 200), ("h", "คู่มือ"), ("h", "แนวทางปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต"), ("h", "และประพฤติมิชอบ"),
        ("gap", 60), ("hb", OFFICE), ("hb", "กรุงเทพมหานคร"), ("gap", 300), ("c", "จัดทำโดย ฝ่ายปกครอง สำนักงานเขตภาษีเจริญ"), ("c", "ฉบับปรับปรุง มกราคม ๒๕๖๕")]],
        angle=0.4, seed=100)
    text_pdf("/files/complaint/stats-2564.pdf", [
        ("h", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"), ("c", "สำนักงานเขตภาษีเจริญ ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ (ต.ค. ๒๕๖๓ - ก.ย. ๒๕๖๔)"),
        ("table", ["เดือน", "จำนวนเรื่องร้องเรียน", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ"],
         [[m, "๐", "๐", "๐"] for m in ["ต.ค. ๖๓", "พ.ย. ๖๓", "ธ.ค. ๖๓", "ม.ค. ๖๔", "ก.พ. ๖๔"]] + [["มี.ค. ๖๔", "๑", "๑", "๐"]] +
         [[m, "๐", "๐", "๐"] for m in ["เม.ย. ๖๔", "พ.ค. ๖๔", "มิ.ย. ๖๔", "ก.ค. ๖๔", "ส.ค. ๖๔", "ก.ย. ๖๔"]] + [["รวม", "๑", "๑", "๐"]], [2, 2, 2, 2])],
        title="complaint-stats-2564")
    page("/complaint/index.html", "การจัดการเรื่องร้องเรียนการทุจริต", """
<ul><li><a href="/files/complaint/guideline.pdf">แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต</a> (PDF สแกน)</li>
<li><a href="/complaint/channels.html">ช่องทางแจ้งเรื่องร้องเรียนการทุจริต</a></li>
<li><a href="/files/complaint/stats-2564.pdf">ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต</a></li></ul>""")
    page("/complaint/channels.html", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", """
<p>ท่านสามารถแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่สำนักงานเขตภาษีเจริญได้ทางช่องทางต่อไปนี้ ข้อมูลของผู้ร้องเรียนจะถูกเก็บเป็นความลับ</p>
<ol><li>ยื่นหนังสือด้วยตนเอง ณ ฝ่ายปกครอง ชั้น ๒ สำนักงานเขตภาษีเจริญ</li><li>ทางไปรษณีย์ ถึง ผู้อำนวยการเขตภาษีเจริญ เลขที่ ๘๘๘ ถนนเพชรเกษม แขวงบางหว้า เขตภาษีเจริญ กรุงเทพฯ ๑๐๑๖๐</li>
<li>โทรศัพท์ ๐ ๒๔๑๓ ๕๔๒๐ ต่อ ๗๔๑๐ หรือสายด่วนกรุงเทพมหานคร ๑๕๕๕</li><li>E-mail: phasicharoen.anticorrupt@bangkok.go.th</li>
<li>แบบฟอร์มออนไลน์ด้านล่าง</li></ol>
<form action="/complaint/channels.html" method="get"><p>เรื่องที่ร้องเรียน <input name="subj" size="50"></p><p>รายละเอียด<br><textarea name="detail" cols="60" rows="5"></textarea></p>
<p>ชื่อผู้ร้องเรียน (ไม่ระบุได้) <input name="n"></p><p><button>ส่งเรื่องร้องเรียน</button></p></form>""")
    page("/opinion.html", "ช่องทางการรับฟังความคิดเห็น", """
<p>สำนักงานเขตภาษีเจริญยินดีรับฟังความคิดเห็นและข้อเสนอแนะเพื่อปรับปรุงการให้บริการ</p>
<form action="/opinion.html" method="get"><p>หัวข้อ <input name="t" size="50"></p><p>ความคิดเห็น/ข้อเสนอแนะ<br><textarea name="c" cols="60" rows="6"></textarea></p>
<p>อีเมลติดต่อกลับ (ถ้ามี) <input name="e"></p><p><button>ส่งความคิดเห็น</button></p></form>
<p>หรือ กล่องรับความคิดเห็น ณ จุดบริการชั้น ๑ · Facebook สำนักงานเขตภาษีเจริญ · โทร. ๐ ๒๔๑๓ ๕๔๒๐</p>""")

    # ---------------- integrity O34-O43
    scan_pdf("/files/integrity/intent-2565.pdf", [[
        ("emblem",), ("h", "ประกาศสำนักงานเขตภาษีเจริญ"), ("hb", "เรื่อง เจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๕"), ("c", "-------------------------------"),
        ("p", f"ข้าพเจ้า {DIR_NAME} ผู้อำนวยการเขตภาษีเจริญ ขอแสดงเจตจำนงว่าจะปฏิบัติหน้าที่และบริหารงานสำนักงานเขตภาษีเจริญด้วยความซื่อสัตย์สุจริต โปร่งใส ตรวจสอบได้ ยึดหลักธรรมาภิบาล ไม่กระทำการทุจริต และจะไม่ยอมให้มีการทุจริตประพฤติมิชอบทุกรูปแบบ รวมทั้งไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)"),
        ("p", "พร้อมทั้งจะเปิดเผยข้อมูลข่าวสารของสำนักงานเขตให้สาธารณชนรับทราบ และเปิดโอกาสให้ประชาชนมีส่วนร่วมในการติดตามตรวจสอบการดำเนินงาน"),
        ("l", "                     ประกาศ ณ วันที่ ๑ พฤศจิกายน พ.ศ. ๒๕๖๔"), ("gap", 20), sig_dir], [
        ("h", "Phasi Charoen District Office Announcement"), ("hb", "Subject: Declaration of Intent to Integrity in Administration, Fiscal Year 2022"), ("c", "-------------------------------"),
        ("p", f"I, {DIR_NAME_EN}, Director of Phasi Charoen District Office, hereby declare my intention to perform my duties and administer the district office with honesty, transparency and accountability, in accordance with the principles of good governance. I will not commit or tolerate any form of corruption or misconduct, and I will not accept gifts of any kind arising from the performance of duties (No Gift Policy)."),
        ("p", "The district office will disclose public information and welcome public participation in monitoring its work."),
        ("l", "                     Announced on 1 November 2021"), ("gap", 20),
        ("sig", DIR_NAME_EN, ["Director of Phasi Charoen District Office"], True)]], angle=0.7, seed=110)
    scan_pdf("/files/integrity/risk-2565.pdf", [[
        ("h", "การประเมินความเสี่ยงการทุจริต"), ("hb", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ สำนักงานเขตภาษีเจริญ"), ("gap", 6),
        ("p", "คณะทำงานบริหารความเสี่ยงของสำนักงานเขตภาษีเจริญ ได้ประชุมเมื่อวันที่ ๑๘ พฤศจิกายน ๒๕๖๔ วิเคราะห์ความเสี่ยงการทุจริตในกระบวนงานของทุกฝ่าย โดยนำข้อมูลเรื่องร้องเรียนในปีที่ผ่านมาประกอบการพิจารณา ผลการประเมินดังนี้"),
        ("table", ["ที่", "กระบวนงาน/ความเสี่ยง", "ฝ่าย", "โอกาส", "ผลกระทบ", "ระดับ", "มาตรการควบคุม"], [
            ["๑", "การเรียกรับผลประโยชน์ในการตรวจอนุญาตก่อสร้างอาคาร", "โยธา", "๓", "๔", "สูง", "ตรวจร่วม ๒ คน บันทึกภาพ เผยแพร่ขั้นตอนและระยะเวลา"],
            ["๒", "การกำหนดคุณลักษณะพัสดุเอื้อประโยชน์ผู้ค้ารายใด", "การคลัง", "๒", "๔", "สูง", "ตรวจสอบ TOR โดยคณะกรรมการ เผยแพร่ร่าง TOR รับฟังคำวิจารณ์"],
            ["๓", "การละเว้นการจับกุมผู้ค้าหาบเร่แผงลอยนอกจุดผ่อนผัน", "เทศกิจ", "๓", "๓", "สูง", "หมุนเวียนสายตรวจ รายงานผลรายวัน"],
            ["๔", "การประเมินภาษีที่ดินและสิ่งปลูกสร้างต่ำกว่าความเป็นจริง", "รายได้", "๒", "๓", "ปานกลาง", "สุ่มสอบทานการประเมินร้อยละ ๑๐"],
            ["๕", "การใช้รถยนต์ราชการเพื่อประโยชน์ส่วนตน", "ปกครอง", "๒", "๒", "ต่ำ", "บันทึกการใช้รถ ตรวจสอบเลขไมล์"]],
         [0.4, 3.4, 1, 0.8, 0.9, 0.9, 3.4], 15),
        ("p", "สำนักงานเขตจะติดตามผลการดำเนินการตามมาตรการควบคุมความเสี่ยงและรายงานผู้อำนวยการเขตทุกไตรมาส"),
        ("gap", 10), ("sig", DIR_NAME, ["ผู้อำนวยการเขตภาษีเจริญ", "๒๖ พฤศจิกายน ๒๕๖๔"], True)]], angle=-0.6, textlayer="thai", seed=120)
    text_pdf("/files/integrity/anticorruption-plan-4yr.pdf", [
        ("h", "แผนปฏิบัติการป้องกันและปราบปรามการทุจริตและประพฤติมิชอบ"), ("c", "ระยะ ๔ ปี (พ.ศ. ๒๕๖๒ - ๒๕๖๕) สำนักงานเขตภาษีเจริญ"),
        ("p", "แผนนี้จัดทำตามแผนปฏิบัติการป้องกันและปราบปรามการทุจริตและประพฤติมิชอบของกรุงเทพมหานคร ระยะ ๔ ปี ภายใต้ยุทธศาสตร์ชาติว่าด้วยการป้องกันและปราบปรามการทุจริต ระยะที่ ๓"),
        ("table", ["ยุทธศาสตร์", "โครงการ/กิจกรรม", "๒๕๖๒", "๒๕๖๓", "๒๕๖๔", "๒๕๖๕"], [
            ["๑ สร้างสังคมที่ไม่ทนต่อการทุจริต", "กิจกรรมวันต่อต้านคอร์รัปชันสากล", "✓", "✓", "✓", "✓"],
            ["๑ สร้างสังคมที่ไม่ทนต่อการทุจริต", "อบรมการขัดกันระหว่างประโยชน์ส่วนตนและประโยชน์ส่วนรวม", "✓", "", "✓", ""],
            ["๒ ยกระดับเจตจำนงทางการเมือง", "ประกาศเจตจำนงสุจริตของผู้บริหาร", "✓", "✓", "✓", "✓"],
            ["๓ สกัดกั้นการทุจริตเชิงนโยบาย", "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างทุกโครงการ", "✓", "✓", "✓", "✓"],
            ["๔ พัฒนาระบบป้องกันการทุจริตเชิงรุก", "ประเมินความเสี่ยงการทุจริต", "✓", "✓", "✓", "✓"],
            ["๕ ปฏิรูปกลไกการปราบปราม", "จัดช่องทางรับเรื่องร้องเรียนการทุจริต", "✓", "✓", "✓", "✓"],
            ["๖ ยกระดับคะแนน ITA", "เผยแพร่ข้อมูลสาธารณะบนเว็บไซต์ตามเกณฑ์ OIT", "✓", "✓", "✓", "✓"]],
         [3, 4, 0.8, 0.8, 0.8, 0.8])], title="anticorruption-plan-2562-2565")
    make_xlsx("/files/integrity/anticorruption-q1-2565.xlsx", [("ไตรมาส1", [
        "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", "รอบไตรมาสที่ ๑ (ตุลาคม - ธันวาคม ๒๕๖๔) สำนักงานเขตภาษีเจริญ"],
        ["โครงการ/กิจกรรม", "งบประมาณ (บาท)", "ผลการใช้จ่าย (บาท)", "ความก้าวหน้า", "ผลการดำเนินงาน", "ปัญหาอุปสรรค"], [
            ["ประกาศเจตจำนงสุจริตของผู้บริหาร ปี ๒๕๖๕", 0, 0, "แล้วเสร็จ", "ประกาศ ๑ พ.ย. ๖๔ เผยแพร่ทางเว็บไซต์และบอร์ด", "-"],
            ["ประเมินความเสี่ยงการทุจริต ปี ๒๕๖๕", 0, 0, "แล้วเสร็จ", "ประชุมคณะทำงาน ๑๘ พ.ย. ๖๔ ระบุความเสี่ยง ๕ ประเด็น", "-"],
            ["กิจกรรมวันต่อต้านคอร์รัปชันสากล", 15000, 12400, "แล้วเสร็จ", "จัด ๙ ธ.ค. ๖๔ ผู้เข้าร่วม ๑๒๔ คน", "จำกัดจำนวนผู้เข้าร่วมตามมาตรการโควิด"],
            ["อบรมการขัดกันระหว่างประโยชน์ส่วนตนและประโยชน์ส่วนรวม", 20000, 0, "ยังไม่ดำเนินการ", "กำหนดจัด มี.ค. ๖๕", "-"],
            ["เผยแพร่ข้อมูลการจัดซื้อจัดจ้างรายเดือน", 0, 0, "ดำเนินการต่อเนื่อง", "เผยแพร่ สขร.๑ ต.ค. - ธ.ค. ๖๔", "-"]])])
    scan_pdf("/files/integrity/anticorruption-result-2564.pdf", [[
        ("h", "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี"), ("hb", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ สำนักงานเขตภาษีเจริญ"),
        ("table", ["โครงการ/กิจกรรม", "ผลการดำเนินงาน", "งบประมาณ", "ผลสัมฤทธิ์"], [
            ["กิจกรรมวันต่อต้านคอร์รัปชันสากล ๒๕๖๓", "จัด ๙ ธ.ค. ๖๓", "๑๕,๐๐๐", "ผู้เข้าร่วม ๑๑๐ คน"],
            ["ประกาศเจตจำนงสุจริต", "ประกาศ ต.ค. ๖๓", "-", "เผยแพร่แล้ว"],
            ["ประเมินความเสี่ยงการทุจริต", "ดำเนินการ พ.ย. ๖๓", "-", "๔ ประเด็น"]], [3, 3, 1.5, 2]),
        ("p", "ปัญหาอุปสรรค สถานการณ์โรคติดเชื้อไวรัสโคโรนา ๒๐๑๙ ทำให้ต้องลดขนาดกิจกรรม"), ("gap", 10), sig_dir]],
        angle=0.9, quality="lowres", seed=130)
    text_pdf("/files/integrity/measures-2565.pdf", [
        ("h", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"), ("c", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ สำนักงานเขตภาษีเจริญ"),
        ("table", ["มาตรการ", "แนวทางปฏิบัติ", "ผู้รับผิดชอบ", "ระยะเวลา"], [
            ["๑ มาตรการเผยแพร่ข้อมูลต่อสาธารณะ", "ทุกฝ่ายส่งข้อมูลให้กลุ่มงานประชาสัมพันธ์เผยแพร่บนเว็บไซต์ภายใน ๗ วัน", "ฝ่ายปกครอง", "ต.ค. ๖๔ - ก.ย. ๖๕"],
            ["๒ มาตรการ No Gift Policy", "ไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่", "ทุกฝ่าย", "ต.ค. ๖๔ - ก.ย. ๖๕"],
            ["๓ มาตรการป้องกันการขัดกันระหว่างประโยชน์", "เจ้าหน้าที่ลงนามแบบแสดงความไม่มีส่วนได้เสียในการจัดซื้อจัดจ้าง", "ฝ่ายการคลัง", "ต.ค. ๖๔ - ก.ย. ๖๕"],
            ["๔ มาตรการจัดการเรื่องร้องเรียน", "ตอบรับเรื่องภายใน ๓ วันทำการ และรายงานผลรายเดือน", "ฝ่ายปกครอง", "ต.ค. ๖๔ - ก.ย. ๖๕"],
            ["๕ มาตรการตรวจสอบการใช้ดุลยพินิจ", "หัวหน้าฝ่ายสุ่มตรวจคำสั่งอนุญาตร้อยละ ๑๐ ทุกไตรมาส", "ทุกฝ่าย", "ต.ค. ๖๔ - ก.ย. ๖๕"]],
         [3, 4.2, 1.5, 1.6]),
        ("p", "การกำกับติดตาม ผู้อำนวยการเขตติดตามผลการดำเนินการตามมาตรการทุกเดือนในการประชุมหัวหน้าฝ่าย")], title="measures-2565")
    text_pdf("/files/integrity/measures-result-2564.pdf", [
        ("h", "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"), ("c", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ สำนักงานเขตภาษีเจริญ"),
        ("table", ["มาตรการ", "ผลการดำเนินการ"], [
            ["มาตรการเผยแพร่ข้อมูลต่อสาธารณะ", "เผยแพร่ข้อมูล OIT ครบ ๔๓ ข้อ เมื่อ เม.ย. ๖๔"],
            ["มาตรการ No Gift Policy", "ประกาศ ต.ค. ๖๓ ไม่พบการรับของขวัญ"],
            ["มาตรการจัดการเรื่องร้องเรียน", "รับเรื่อง ๑ เรื่อง ดำเนินการแล้วเสร็จ"]], [4, 6])], title="measures-result-2564")

    page("/integrity/index.html", "การป้องกันการทุจริต", """
<ul><li><a href="/files/integrity/intent-2565.pdf">เจตจำนงสุจริตของผู้บริหาร ประจำปี ๒๕๖๕</a> (ภาษาไทย/English)</li>
<li><a href="/news/n2565-0203.html">การมีส่วนร่วมของผู้บริหาร</a></li>
<li><a href="/files/integrity/risk-2565.pdf">การประเมินความเสี่ยงการทุจริตประจำปี ๒๕๖๕</a></li>
<li><a href="/integrity/risk-action.html">การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต</a></li>
<li><a href="/news/n2564-1209.html">การเสริมสร้างวัฒนธรรมองค์กร</a></li>
<li><a href="/files/integrity/anticorruption-plan-4yr.pdf">แผนปฏิบัติการป้องกันการทุจริต</a></li>
<li><a href="/files/integrity/anticorruption-q1-2565.xlsx">รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต ไตรมาส ๑/๒๕๖๕</a></li>
<li><a href="/files/integrity/anticorruption-result-2564.pdf">รายงานผลการดำเนินการป้องกันการทุจริตประจำปี ๒๕๖๔</a></li>
<li><a href="/files/integrity/measures-2565.pdf">มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</a></li>
<li><a href="/integrity/measures-result.html">การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส</a></li></ul>""")
    page("/integrity/risk-action.html", "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต", """
<p>สำนักงานเขตภาษีเจริญได้ดำเนินการตามมาตรการควบคุมความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ รายละเอียดตามเอกสารแนบ</p>
<p><a href="/files/integrity/risk-action-2565.pdf">ดาวน์โหลดรายงานการดำเนินการเพื่อจัดการความเสี่ยงการทุจริต (PDF)</a></p>""")
    page("/integrity/measures-result.html", "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
         '<p><a href="/files/integrity/measures-result-2564.pdf">รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</a> (PDF)</p>')

    # ---------------- ITA index (OIT checklist page as the district publishes it)
    items = [
        ("O๑", "โครงสร้างหน่วยงาน", "/about/structure.html"), ("O๒", "ข้อมูลผู้บริหาร", "/about/executives.html"),
        ("O๓", "อำนาจหน้าที่", "/about/authority.html"), ("O๔", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", "/plan/strategy.html"),
        ("O๕", "ข้อมูลการติดต่อ", "/about/contact.html"), ("O๖", "กฎหมายที่เกี่ยวข้อง", "/about/laws.html"),
        ("O๗", "ข่าวประชาสัมพันธ์", "/news/index.html"), ("0๘", "Q&A", "/webboard/index.php"), ("0๙", "Social Network", "/index.html"),
        ("0๑๐", "แผนดำเนินงานประจำปี", "/plan/action-plan.html"), ("0๑๑", "รายงานการกำกับติดตามการดำเนินงาน", "/files/plan/progress-q1-2565.docx"),
        ("0๑๒", "รายงานผลการดำเนินงานประจำปี", "/files/plan/annual-report-2564.pdf"), ("0๑๓", "คู่มือหรือมาตรฐานการปฏิบัติงาน", "/service/manuals.html"),
        ("0๑๔", "คู่มือหรือมาตรฐานการให้บริการ", "/files/service/citizen-manual.pdf"), ("0๑๕", "ข้อมูลเชิงสถิติการให้บริการ", "/files/service/stats-2565.xlsx"),
        ("0๑๖", "รายงานผลการสำรวจความพึงพอใจการให้บริการ", "/files/service/satisfaction-2563.pdf"), ("0๑๗", "E-Service", "/service/eservice.html"),
        ("O๑๘", "แผนการใช้จ่ายงบประมาณประจำปี", "/budget/index.html"), ("O๑๙", "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ", "/budget/index.html"),
        ("O๒๐", "รายงานผลการใช้จ่ายงบประมาณประจำปี", "/files/budget/budget-result-2564.pdf"),
        ("O๒๑", "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ", "/procurement/index.html"), ("O๒๒", "ประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้าง", "/procurement/announce.html"),
        ("O๒๓", "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน", "/procurement/monthly.html"), ("O๒๔", "รายงานผลการจัดซื้อจัดจ้างประจำปี", "/files/proc/annual-2564.pdf"),
        ("O๒๕", "นโยบายการบริหารทรัพยากรบุคคล", "/files/hr/hr-policy-2565.docx"), ("O๒๖", "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล", "/hr/implementation.html"),
        ("O๒๗", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "/hr/criteria.html"), ("O๒๘", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", "/hr/annual-report.html"),
        ("O๒๙", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", "/files/complaint/guideline.pdf"), ("O๓๐", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", "/complaint/channels.html"),
        ("O๓๑", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี", "/files/complaint/stats-2564.pdf"), ("O๓๒", "ช่องทางการรับฟังความคิดเห็น", "/opinion.html"),
        ("O๓๓", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", "/news/n2565-0125.html"), ("O๓๔", "เจตจำนงสุจริตของผู้บริหาร", "/files/integrity/intent-2565.pdf"),
        ("O๓๕", "การมีส่วนร่วมของผู้บริหาร", "/news/n2565-0203.html"), ("O๓๖", "การประเมินความเสี่ยงการทุจริตประจำปี", "/files/integrity/risk-2565.pdf"),
        ("O๓๗", "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต", "/integrity/risk-action.html"), ("O๓๘", "การเสริมสร้างวัฒนธรรมองค์กร", "/news/n2564-1209.html"),
        ("O๓๙", "แผนปฏิบัติการป้องกันการทุจริตประจำปี", "/files/integrity/anticorruption-plan-4yr.pdf"),
        ("O๔๐", "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต", "/files/integrity/anticorruption-q1-2565.xlsx"),
        ("O๔๑", "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี", "/files/integrity/anticorruption-result-2564.pdf"),
        ("O๔๒", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "/files/integrity/measures-2565.pdf"),
        ("O๔๓", "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "/integrity/measures-result.html")]
    rows = "".join(f'<tr><td>{c}</td><td>{t}</td><td><a href="{h}">คลิก</a></td></tr>' for c, t, h in items)
    page("/ita/index.html", "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๕",
         f"<p>ตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT) ของสำนักงานเขต กรุงเทพมหานคร</p>"
         f"<table><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{rows}</table>")
    return files_map


if __name__ == "__main__":
    fm = build()
    import json
    mp = os.path.join(HERE, "meta.json")
    meta = json.load(open(mp, encoding="utf-8")) if os.path.exists(mp) else {}
    meta.setdefault("server", {})["files"] = fm
    json.dump(meta, open(mp, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    n = sum(len(f) for _, _, f in os.walk(SITE))
    print("files:", n)
