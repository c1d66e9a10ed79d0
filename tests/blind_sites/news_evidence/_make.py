#!/usr/bin/env python3
"""Generate the 'news_evidence' fixture: a Bangkok district site run like a news blog."""
import os, shutil, json, random, datetime as dt, html
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from PIL import Image, ImageDraw, ImageFont
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")
FONTDIR = "/usr/share/fonts/truetype/tlwg/"
pdfmetrics.registerFont(TTFont("Garuda", FONTDIR + "Garuda.ttf"))
pdfmetrics.registerFont(TTFont("GarudaB", FONTDIR + "Garuda-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Norasi", FONTDIR + "Norasi.ttf"))
random.seed(2568)

DISTRICT = "สำนักงานเขตคลองสามวัง"
DNAME = "เขตคลองสามวัง"
AS_OF = "2025-06-20"
DIRECTOR = "นายธีรวัฒน์ ศรีสวัสดิ์"
OLD_DIRECTOR = "นางสาวพัชรี วงศ์ประเสริฐ"

TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
             "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
TH_DAYS = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]


def thd(s):
    return str(s).translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))


def fmt_date(d, style):
    be = d.year + 543
    if style == "full":
        return f"{d.day} {TH_MONTHS[d.month-1]} {be}"
    if style == "abbr":
        return f"{d.day} {TH_MABBR[d.month-1]} {be}"
    if style == "thai":
        return thd(f"{d.day} {TH_MONTHS[d.month-1]} {be}")
    if style == "short":
        return f"{d.day} {TH_MABBR[d.month-1]} {str(be)[2:]}"
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{be}"
    if style == "day":
        return f"วัน{TH_DAYS[d.weekday()]}ที่ {d.day} {TH_MONTHS[d.month-1]} พ.ศ. {be}"
    raise ValueError(style)


# ---------------------------------------------------------------- helpers: files
def path_of(url):
    p = os.path.join(SITE, url.lstrip("/"))
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


MARKS = set(chr(c) for c in [0x0E31] + list(range(0x0E34, 0x0E3B)) + list(range(0x0E47, 0x0E4F)))


def split_long(w, font, size, width):
    out, cur = [], ""
    for i, ch in enumerate(w):
        if cur and ch not in MARKS and ch not in "ะาำ" and pdfmetrics.stringWidth(cur + ch, font, size) > width:
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return out


def wrap(text, font, size, width):
    words = []
    for w in text.split(" "):
        words += split_long(w, font, size, width) if pdfmetrics.stringWidth(w, font, size) > width else [w]
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if pdfmetrics.stringWidth(t, font, size) <= width:
            cur = t
        else:
            if cur:
                lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def make_pdf(url, title, paras=(), table=None, colw=None, signer=None, land=False, size=14,
             font="Garuda", date_line=None, header=DISTRICT):
    """Simple Thai PDF with a text layer. paras: list of str; table: list of rows (first = header)."""
    fn = path_of(url)
    ps = landscape(A4) if land else A4
    W, H = ps
    c = canvas.Canvas(fn, pagesize=ps)
    c.setTitle(title if isinstance(title, str) else title[0])
    c.setAuthor(DISTRICT)
    m = 50
    y = H - 60

    def newpage():
        nonlocal y
        c.showPage()
        y = H - 60

    c.setFont("GarudaB", size - 2)
    c.drawCentredString(W / 2, y, header)
    y -= size + 10
    for t in ([title] if isinstance(title, str) else title):
        for ln in wrap(t, "GarudaB", size + 2, W - 2 * m):
            c.setFont("GarudaB", size + 2)
            c.drawCentredString(W / 2, y, ln)
            y -= size + 8
    if date_line:
        c.setFont(font, size - 2)
        c.drawCentredString(W / 2, y, date_line)
        y -= size + 6
    y -= 8
    for p in paras:
        if p == "":
            y -= size
            continue
        for ln in wrap(p, font, size, W - 2 * m - 20):
            if y < 70:
                newpage()
            c.setFont(font, size)
            c.drawString(m + 20, y, ln)
            y -= size + 6
        y -= 4
    if table:
        ncol = len(table[0])
        tw = W - 2 * m
        cw = colw or [tw / ncol] * ncol
        scale = tw / sum(cw)
        cw = [x * scale for x in cw]
        fs = size - 4 if ncol > 5 else size - 2
        y -= 6
        for ri, row in enumerate(table):
            cells = [wrap(str(v), "GarudaB" if ri == 0 else font, fs, cw[i] - 6) or [""] for i, v in enumerate(row)]
            rh = max(len(x) for x in cells) * (fs + 4) + 6
            if y - rh < 50:
                newpage()
            x = m
            for i, lines in enumerate(cells):
                c.rect(x, y - rh, cw[i], rh)
                yy = y - fs - 2
                c.setFont("GarudaB" if ri == 0 else font, fs)
                for ln in lines:
                    c.drawString(x + 3, yy, ln)
                    yy -= fs + 4
                x += cw[i]
            y -= rh
        y -= 10
    if signer:
        if y < 150:
            newpage()
        y -= 30
        c.setFont(font, size)
        for ln in signer:
            c.drawCentredString(W * 0.65, y, ln)
            y -= size + 6
    c.save()


def make_xlsx(url, title, header, rows, sheet="Sheet1"):
    fn = path_of(url)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append([title])
    ws.append([])
    ws.append(header)
    for r in rows:
        ws.append(r)
    for col in "ABCDEFGHIJ":
        ws.column_dimensions[col].width = 22
    wb.save(fn)


def font(sz, bold=False, name="Garuda"):
    return ImageFont.truetype(FONTDIR + name + ("-Bold" if bold else "") + ".ttf", sz)


PALETTES = [((120, 170, 220), (90, 140, 70)), ((200, 210, 230), (150, 130, 110)),
            ((240, 200, 150), (110, 110, 120)), ((170, 200, 240), (60, 120, 160)),
            ((230, 230, 220), (180, 60, 60)), ((140, 190, 230), (200, 180, 90))]


def make_photo(url, seed, label=None):
    """A photo-like JPG: sky, ground, buildings and people blobs."""
    rnd = random.Random(seed)
    sky, ground = rnd.choice(PALETTES)
    im = Image.new("RGB", (800, 533), sky)
    d = ImageDraw.Draw(im)
    hz = rnd.randint(250, 330)
    d.rectangle([0, hz, 800, 533], fill=ground)
    for _ in range(rnd.randint(2, 5)):
        x = rnd.randint(-50, 700); w = rnd.randint(80, 220); h = rnd.randint(60, 200)
        d.rectangle([x, hz - h, x + w, hz], fill=tuple(rnd.randint(120, 230) for _ in range(3)))
    for _ in range(rnd.randint(5, 14)):
        x = rnd.randint(20, 780); y = rnd.randint(hz - 20, 480); s = rnd.randint(18, 34)
        col = tuple(rnd.randint(20, 250) for _ in range(3))
        d.ellipse([x - s // 3, y - s, x + s // 3, y - s // 3], fill=(230, 190, 160))
        d.rectangle([x - s // 2, y - s // 3, x + s // 2, y + s], fill=col)
    if label:
        d.rectangle([0, 493, 800, 533], fill=(0, 0, 0))
        d.text((12, 498), label, font=font(20), fill=(255, 255, 255))
    im.save(path_of(url), "JPEG", quality=80)


def make_portrait(url, seed):
    rnd = random.Random(seed)
    im = Image.new("RGB", (300, 380), (40, 70, 140))
    d = ImageDraw.Draw(im)
    d.ellipse([95, 60, 205, 190], fill=(225, 190, 160))
    d.ellipse([90, 45, 210, 120], fill=(30, 30, 30))
    d.rectangle([60, 200, 240, 380], fill=(235, 225, 200))
    d.polygon([(150, 200), (130, 260), (150, 380), (170, 260)], fill=(rnd.randint(100, 200), 40, 40))
    im.save(path_of(url), "JPEG", quality=85)


def make_announcement_jpg(url, lines, signer, seed=1):
    """Scanned-looking but legible signed announcement (image)."""
    W, H = 1240, 1754
    im = Image.new("RGB", (W, H), (250, 249, 244))
    d = ImageDraw.Draw(im)
    # garuda emblem placeholder
    d.ellipse([W / 2 - 70, 80, W / 2 + 70, 220], outline=(60, 60, 60), width=4)
    d.text((W / 2, 150), "ตราครุฑ", font=font(26), fill=(60, 60, 60), anchor="mm")
    y = 270
    for i, ln in enumerate(lines):
        f = font(40, bold=True) if i < 3 else font(31)
        if i < 3:
            d.text((W / 2, y), ln, font=f, fill=(20, 20, 20), anchor="ma")
            y += 62
        else:
            d.text((130, y), ln, font=f, fill=(20, 20, 20))
            y += 56
    y += 60
    # signature squiggle
    rnd = random.Random(seed)
    pts = [(700 + i * 12, y + 40 + rnd.randint(-25, 25)) for i in range(22)]
    d.line(pts, fill=(20, 40, 150), width=4)
    y += 110
    for ln in signer:
        d.text((820, y), ln, font=font(34), fill=(20, 20, 20), anchor="ma")
        y += 56
    im = im.rotate(0.6, fillcolor=(250, 249, 244), resample=Image.BICUBIC)
    im.save(path_of(url), "JPEG", quality=75)


def make_infographic(url, title, rows):
    im = Image.new("RGB", (1000, 1300), (255, 250, 235))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, 1000, 140], fill=(0, 110, 70))
    d.text((500, 70), title, font=font(40, True), fill=(255, 255, 255), anchor="mm")
    y = 180
    for a, b in rows:
        d.rounded_rectangle([40, y, 960, y + 120], radius=20, fill=(230, 245, 235), outline=(0, 110, 70), width=3)
        d.text((70, y + 20), a, font=font(34, True), fill=(0, 80, 50))
        d.text((70, y + 70), b, font=font(26), fill=(40, 40, 40))
        y += 145
    d.text((500, 1260), DISTRICT + "  โทร. 0 2415 7300", font=font(26), fill=(0, 80, 50), anchor="mm")
    im.save(path_of(url), "JPEG", quality=82)


# ---------------------------------------------------------------- HTML layout
CSS = """
body{font-family:'Sarabun','Tahoma',sans-serif;margin:0;background:#f4f4f0;color:#222}
.topbar{background:#0b5e3a;color:#fff;font-size:13px;padding:4px 20px}
.topbar a{color:#d9f5e3;margin-right:12px}
header.site{background:#fff;padding:14px 20px;border-bottom:4px solid #0b5e3a;display:flex;align-items:center;gap:14px}
header.site .logo{width:64px;height:64px;border-radius:50%;background:#0b5e3a;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:bold}
header.site h1{margin:0;font-size:24px;color:#0b5e3a}
header.site p{margin:0;color:#666}
nav.main{background:#12744a}
nav.main a{color:#fff;display:inline-block;padding:10px 14px;text-decoration:none}
nav.main a:hover{background:#0b5e3a}
.wrap{display:flex;gap:20px;max-width:1140px;margin:20px auto;padding:0 10px}
main{flex:3;background:#fff;padding:20px;border-radius:6px}
aside{flex:1;background:#fff;padding:16px;border-radius:6px;font-size:14px}
.card{display:flex;gap:14px;border-bottom:1px solid #ddd;padding:12px 0}
.card img{width:200px;height:133px;object-fit:cover}
.meta{color:#888;font-size:13px}
.tag{display:inline-block;background:#e3f2e9;color:#0b5e3a;border-radius:10px;padding:1px 8px;margin:2px;font-size:12px;text-decoration:none}
figure{margin:10px 0}figure img{max-width:100%}figcaption{font-size:13px;color:#555}
table.t{border-collapse:collapse;width:100%;font-size:14px}table.t td,table.t th{border:1px solid #bbb;padding:4px 6px}
table.t th{background:#e3f2e9}
.attach{background:#fafae8;border:1px dashed #bb9;padding:8px 12px;margin:12px 0}
.pager a,.pager span{display:inline-block;padding:4px 10px;border:1px solid #ccc;margin:2px}
footer{background:#0b3d27;color:#cfe;padding:20px;font-size:13px}
footer a{color:#cfe}
"""

MENU = [("/", "หน้าแรก"), ("/about/", "ข้อมูลหน่วยงาน"), ("/about/executives/", "ผู้บริหาร"),
        ("/news/", "ข่าวกิจกรรม"), ("/tag/announcement/", "ประกาศ/ประชาสัมพันธ์"),
        ("/tag/procurement/", "จัดซื้อจัดจ้าง"), ("/services/", "บริการประชาชน"),
        ("/ita/", "ITA / OIT"), ("/contact/", "ติดต่อเรา")]

TAGS = {
    "activity": "ข่าวกิจกรรม", "announcement": "ประกาศ", "procurement": "จัดซื้อจัดจ้าง",
    "ita": "ITA", "anticorruption": "ป้องกันการทุจริต", "finance": "การคลัง/รายได้",
}

POSTS = []  # filled below


def page(url, title, body, sidebar=True):
    side = ""
    if sidebar:
        recent = sorted(POSTS, key=lambda p: p["date"], reverse=True)[:6]
        side = "<aside><h3>ข่าวล่าสุด</h3><ul>" + "".join(
            f'<li><a href="{p["url"]}">{html.escape(p["title"][:60])}</a></li>' for p in recent) + "</ul>"
        side += "<h3>หมวดหมู่ / แท็ก</h3>" + " ".join(
            f'<a class="tag" href="/tag/{k}/">{v}</a>' for k, v in TAGS.items())
        side += ('<h3>ลิงก์หน่วยงาน</h3><ul><li><a href="https://www.bangkok.go.th/">กรุงเทพมหานคร</a></li>'
                 '<li><a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a></li>'
                 '<li><a href="https://www.traffy.in.th/">Traffy Fondue</a></li></ul></aside>')
    nav = "".join(f'<a href="{u}">{t}</a>' for u, t in MENU)
    doc = f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} | {DISTRICT}</title><link rel="stylesheet" href="/assets/style.css"></head>
<body>
<div class="topbar"><a href="https://www.bangkok.go.th/">กรุงเทพมหานคร</a><a href="https://webportal.bangkok.go.th/">เว็บไซต์สำนักงานเขต 50 เขต</a>
ภาษาไทย | English</div>
<header class="site"><div class="logo">กทม.</div><div><h1>{DISTRICT}</h1><p>Khlong Sam Wang District Office · กรุงเทพมหานคร</p></div></header>
<nav class="main">{nav}</nav>
<div class="wrap"><main>
{body}
</main>{side}</div>
<footer><b>{DISTRICT}</b> เลขที่ 99 ถนนสามวังพัฒนา แขวงคลองสามวัง {DNAME} กรุงเทพมหานคร 10510<br>
โทรศัพท์ 0 2415 7300 · โทรสาร 0 2415 7311 · อีเมล klongsamwang@bangkok.go.th<br>
<a href="/contact/">ติดต่อเรา</a> · <a href="/ita/">ITA</a> ·
Facebook: <a href="https://www.facebook.com/klongsamwangdistrict">เขตคลองสามวัง</a><br>
© 2568 {DISTRICT} สงวนลิขสิทธิ์ · ผู้เข้าชม 184,227 ครั้ง</footer>
</body></html>"""
    fn = path_of(url if url.endswith(".html") else url.rstrip("/") + "/index.html")
    with open(fn, "w", encoding="utf-8") as f:
        f.write(doc)


# ---------------------------------------------------------------- posts
D = dt.date


def post(key, date, title, tags, body, imgs=(), attach=(), style="abbr", excerpt=None):
    POSTS.append(dict(key=key, date=date, title=title, tags=list(tags), body=body, imgs=list(imgs),
                      attach=list(attach), style=style, excerpt=excerpt))


def P(*ps):
    return "".join(f"<p>{p}</p>" for p in ps)


def tbl(rows):
    h = "<tr>" + "".join(f"<th>{c}</th>" for c in rows[0]) + "</tr>"
    b = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    return f'<table class="t">{h}{b}</table>'


def build_posts():
    U = "/uploads"
    # ---------- O18 anti-bribery (pass) + older version (FY2566) -------------
    ann_lines = ["ประกาศสำนักงานเขตคลองสามวัง", "เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)",
                 "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "",
                 "    สำนักงานเขตคลองสามวังมีเจตนารมณ์ในการบริหารงานด้วยความซื่อสัตย์",
                 "สุจริต โปร่งใส และตรวจสอบได้ จึงประกาศนโยบายต่อต้านการรับสินบน ดังนี้",
                 "    ๑. ห้ามบุคลากรทุกระดับเรียก รับ หรือยอมจะรับทรัพย์สินหรือประโยชน์อื่นใด",
                 "จากผู้มาติดต่อราชการ เพื่อกระทำหรือไม่กระทำการใดในตำแหน่งหน้าที่",
                 "    ๒. ผู้บังคับบัญชาทุกระดับต้องกำกับ ดูแล และเป็นแบบอย่างที่ดี",
                 "    ๓. จัดให้มีช่องทางแจ้งเบาะแสการเรียกรับสินบน และคุ้มครองผู้แจ้ง",
                 "    ๔. ทบทวนและรายงานผลการปฏิบัติตามนโยบายนี้อย่างน้อยปีละ ๒ ครั้ง",
                 "", "    ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป",
                 "                        ประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๗"]
    make_announcement_jpg(f"{U}/2567/10/anti-bribery-policy-2568.jpg", ann_lines,
                          ["(นายธีรวัฒน์ ศรีสวัสดิ์)", "ผู้อำนวยการเขตคลองสามวัง"], seed=3)
    make_photo(f"{U}/2567/10/oath-ceremony.jpg", 11)
    post("o18_policy", D(2024, 10, 15),
         "เขตคลองสามวังประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) ประจำปีงบประมาณ พ.ศ. 2568",
         ["ita", "anticorruption", "announcement"],
         P(f"วันที่ 15 ตุลาคม 2567 {DIRECTOR} ผู้อำนวยการเขตคลองสามวัง พร้อมด้วยผู้ช่วยผู้อำนวยการเขตและหัวหน้าฝ่ายทุกฝ่าย "
           "ร่วมประกาศเจตนารมณ์และลงนามในประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) ประจำปีงบประมาณ พ.ศ. 2568 "
           "ณ ห้องประชุมสำนักงานเขตคลองสามวัง ชั้น 3",
           "ทั้งนี้ ได้กำชับให้ข้าราชการ บุคลากร และลูกจ้างทุกคน ถือปฏิบัติตามนโยบายโดยเคร่งครัด "
           "หากพบเห็นการเรียกรับสินบน สามารถแจ้งได้ที่ช่องทางร้องเรียนของสำนักงานเขต"),
         imgs=[(f"{U}/2567/10/oath-ceremony.jpg", "ผู้อำนวยการเขตนำบุคลากรกล่าวปฏิญาณตนต่อต้านการรับสินบน")],
         attach=[("ประกาศนโยบายต่อต้านการรับสินบน ปีงบประมาณ 2568 (ลงนามแล้ว) .jpg", f"{U}/2567/10/anti-bribery-policy-2568.jpg")],
         style="full")
    make_pdf(f"{U}/2568/04/anti-bribery-report-6m-2568.pdf",
             ["รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)",
              "ประจำปีงบประมาณ พ.ศ. 2568 รอบ 6 เดือน (ตุลาคม 2567 - มีนาคม 2568)"],
             ["1. การประกาศนโยบาย: ผู้อำนวยการเขตลงนามประกาศนโยบายเมื่อวันที่ 15 ตุลาคม 2567 และเผยแพร่ทางเว็บไซต์ บอร์ดประชาสัมพันธ์ และ Facebook ของสำนักงานเขต",
              "2. การสื่อสาร: จัดประชุมชี้แจงบุคลากรทุกฝ่าย 3 ครั้ง รวม 412 คน และติดป้าย 'ที่นี่ไม่รับสินบน' ณ จุดบริการทุกจุด",
              "3. การรับแจ้งเบาะแส: ไม่มีเรื่องร้องเรียนเกี่ยวกับการเรียกรับสินบนในรอบ 6 เดือน",
              "4. ปัญหาอุปสรรค: ลูกจ้างชั่วคราวบางส่วนยังไม่เข้าใจแนวทางการรับของขวัญ จึงจะจัดอบรมเพิ่มเติมในเดือนพฤษภาคม 2568"],
             table=[["กิจกรรม", "เป้าหมาย", "ผล", "ร้อยละ"],
                    ["ประชุมชี้แจงนโยบาย", "3 ครั้ง", "3 ครั้ง", "100"],
                    ["บุคลากรรับทราบนโยบาย", "420 คน", "412 คน", "98.10"],
                    ["ติดป้ายประชาสัมพันธ์", "12 จุด", "12 จุด", "100"]],
             signer=["(นายธีรวัฒน์ ศรีสวัสดิ์)", "ผู้อำนวยการเขตคลองสามวัง", "21 เมษายน 2568"])
    post("o18_report", D(2025, 4, 21),
         "รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน รอบ 6 เดือน ปีงบประมาณ 2568",
         ["ita", "anticorruption"],
         P("สำนักงานเขตคลองสามวังรายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) "
           "รอบ 6 เดือน (ต.ค. 2567 – มี.ค. 2568) ผลการดำเนินการเป็นไปตามเป้าหมาย ไม่พบเรื่องร้องเรียนการเรียกรับสินบน "
           "รายละเอียดตามเอกสารแนบ"),
         attach=[("รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน รอบ 6 เดือน (PDF)", f"{U}/2568/04/anti-bribery-report-6m-2568.pdf")],
         style="thai")
    old_lines = list(ann_lines)
    old_lines[2] = "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"
    old_lines[-1] = "                        ประกาศ ณ วันที่ ๑๐ กุมภาพันธ์ พ.ศ. ๒๕๖๖"
    make_announcement_jpg(f"{U}/2566/02/anti-bribery-2566.jpg", old_lines,
                          ["(นางสาวพัชรี วงศ์ประเสริฐ)", "ผู้อำนวยการเขตคลองสามวัง"], seed=9)
    post("o18_old", D(2023, 2, 14),
         "ประกาศนโยบายต่อต้านการรับสินบน ประจำปี 2566",
         ["ita", "anticorruption", "announcement"],
         P("สำนักงานเขตคลองสามวังประกาศนโยบายต่อต้านการรับสินบน ประจำปีงบประมาณ พ.ศ. 2566 ลงนามโดยผู้อำนวยการเขต"),
         attach=[("ประกาศนโยบายฯ 2566", f"{U}/2566/02/anti-bribery-2566.jpg")], style="slash")

    # ---------- O2 governor policy (pass) -----------------------------------
    make_pdf(f"{U}/2567/11/bma-policy-district-plan-2568.pdf",
             ["นโยบายผู้ว่าราชการกรุงเทพมหานคร (9 ด้าน 9 ดี)",
              "และแผนพัฒนาเขตคลองสามวัง ประจำปีงบประมาณ พ.ศ. 2568",
              "ภายใต้แผนพัฒนากรุงเทพมหานคร ระยะ 5 ปี (พ.ศ. 2566 - 2570)"],
             ["ส่วนที่ 1 นโยบายผู้ว่าราชการกรุงเทพมหานคร (นายชัชชาติ สิทธิพันธุ์) 9 ด้าน ได้แก่ ปลอดภัยดี เดินทางดี สิ่งแวดล้อมดี สุขภาพดี เรียนดี บริหารจัดการดี เศรษฐกิจดี สังคมดี และโครงสร้างดี",
              "ส่วนที่ 2 ความเชื่อมโยงกับแผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี และแผนพัฒนากรุงเทพมหานคร ระยะ 5 ปี (พ.ศ. 2566 - 2570)",
              "ส่วนที่ 3 โครงการของสำนักงานเขตคลองสามวังที่ขับเคลื่อนนโยบาย ประจำปีงบประมาณ พ.ศ. 2568"],
             table=[["ด้านนโยบาย", "โครงการ/กิจกรรม", "ฝ่ายรับผิดชอบ", "งบประมาณ (บาท)"],
                    ["ปลอดภัยดี", "ติดตั้งไฟฟ้าส่องสว่างจุดเสี่ยง 45 จุด", "ฝ่ายโยธา", "1,250,000"],
                    ["เดินทางดี", "ปรับปรุงทางเท้าถนนสามวังพัฒนา", "ฝ่ายโยธา", "3,800,000"],
                    ["สิ่งแวดล้อมดี", "ปลูกต้นไม้ล้านต้น / สวน 15 นาที", "ฝ่ายรักษาความสะอาดฯ", "450,000"],
                    ["สุขภาพดี", "คัดกรองสุขภาพผู้สูงอายุในชุมชน", "ฝ่ายพัฒนาชุมชนฯ", "180,000"],
                    ["เรียนดี", "พัฒนาห้องสมุดโรงเรียนสังกัด กทม.", "ฝ่ายการศึกษา", "600,000"],
                    ["บริหารจัดการดี", "บริการ BMA Q และลดขั้นตอนงานทะเบียน", "ฝ่ายทะเบียน", "90,000"]],
             signer=["(นายธีรวัฒน์ ศรีสวัสดิ์)", "ผู้อำนวยการเขตคลองสามวัง"])
    make_photo(f"{U}/2567/11/policy-meeting.jpg", 21)
    post("o2_policy", D(2024, 11, 5),
         "เขตคลองสามวังขับเคลื่อนนโยบายผู้ว่าราชการกรุงเทพมหานคร 9 ด้าน 9 ดี สู่การปฏิบัติ ปีงบประมาณ 2568",
         ["announcement", "ita"],
         P(f"{DIRECTOR} ผู้อำนวยการเขตคลองสามวัง ประชุมมอบนโยบายแก่หัวหน้าฝ่าย เพื่อขับเคลื่อนนโยบายผู้ว่าราชการกรุงเทพมหานคร "
           "9 ด้าน 9 ดี และแผนพัฒนากรุงเทพมหานคร ระยะ 5 ปี (พ.ศ. 2566-2570) ในพื้นที่เขต",
           "ดาวน์โหลดนโยบายผู้ว่าราชการกรุงเทพมหานครและแผนพัฒนาเขต ประจำปี 2568 ได้จากเอกสารแนบท้ายข่าว"),
         imgs=[(f"{U}/2567/11/policy-meeting.jpg", "ประชุมมอบนโยบายหัวหน้าฝ่าย ณ ห้องประชุมชั้น 3")],
         attach=[("นโยบายผู้ว่าฯ และแผนพัฒนาเขต 2568.pdf", f"{U}/2567/11/bma-policy-district-plan-2568.pdf")],
         style="day")

    # ---------- O3 schools (pass) + decoy -----------------------------------
    schools = [["ชื่อโรงเรียน", "ที่ตั้ง", "ระดับที่เปิดสอน", "โทรศัพท์", "จำนวนนักเรียน"],
               ["โรงเรียนวัดสามวัง", "12 ซอยสามวัง 3 แขวงคลองสามวัง", "อนุบาล - ป.6", "0 2415 1021", "642"],
               ["โรงเรียนวัดบางพรม", "88 ถนนบางพรม แขวงบางพรมเหนือ", "อนุบาล - ม.3", "0 2415 2230", "918"],
               ["โรงเรียนคลองสามวัง (ประชาอุทิศ)", "5 ซอยประชาอุทิศ 7 แขวงคลองสามวัง", "อนุบาล - ป.6", "0 2415 3345", "455"],
               ["โรงเรียนวัดทองนพคุณ", "140 ถนนริมคลอง แขวงบางพรมเหนือ", "อนุบาล - ป.6", "0 2415 4410", "301"],
               ["โรงเรียนชุมชนบ้านสวน", "27 หมู่บ้านสวนทอง แขวงทุ่งสามวัง", "อนุบาล - ม.3", "0 2415 5562", "1,104"],
               ["โรงเรียนวัดศรีสุดาราม", "301 ถนนสามวังพัฒนา แขวงทุ่งสามวัง", "อนุบาล - ป.6", "0 2415 6678", "387"]]
    make_photo(f"{U}/2568/05/school-open.jpg", 31)
    post("o3_schools", D(2025, 5, 12),
         "ข้อมูลโรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขตคลองสามวัง ปีการศึกษา 2568",
         ["announcement", "ita"],
         P("ฝ่ายการศึกษา สำนักงานเขตคลองสามวัง ขอประชาสัมพันธ์ข้อมูลโรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขต จำนวน 6 โรงเรียน "
           "สำหรับผู้ปกครองที่ประสงค์จะสมัครเรียน ปีการศึกษา 2568 ดังนี้") + tbl(schools) +
         P("สอบถามเพิ่มเติม ฝ่ายการศึกษา โทร. 0 2415 7300 ต่อ 6601"),
         imgs=[(f"{U}/2568/05/school-open.jpg", "บรรยากาศวันเปิดภาคเรียนที่ 1/2568 โรงเรียนวัดสามวัง")],
         style="abbr")
    make_photo(f"{U}/2568/06/school-board.jpg", 32)
    post("decoy_school_board", D(2025, 6, 5),
         "ประชุมคณะกรรมการสถานศึกษาขั้นพื้นฐาน โรงเรียนวัดสามวัง ครั้งที่ 2/2568",
         ["activity"],
         P("ผู้ช่วยผู้อำนวยการเขตคลองสามวังร่วมประชุมคณะกรรมการสถานศึกษาขั้นพื้นฐาน โรงเรียนวัดสามวัง "
           "เพื่อพิจารณาแผนการใช้จ่ายเงินอุดหนุนรายหัวและกิจกรรมพัฒนาผู้เรียน ภาคเรียนที่ 1/2568"),
         imgs=[(f"{U}/2568/06/school-board.jpg", "ประชุมคณะกรรมการสถานศึกษา ณ ห้องประชุมโรงเรียน")],
         style="short")

    # ---------- O5 action plan (ok) + annual report announced, NOT attached --
    make_pdf(f"{U}/2567/10/action-plan-2568.pdf",
             ["แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568", "ของสำนักงานเขตคลองสามวัง"],
             ["สำนักงานเขตคลองสามวังจัดทำแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568 ให้สอดคล้องกับแผนพัฒนากรุงเทพมหานคร ระยะ 5 ปี (พ.ศ. 2566-2570) และนโยบายผู้ว่าราชการกรุงเทพมหานคร โดยมีโครงการ/กิจกรรม ตัวชี้วัด และค่าเป้าหมาย ดังนี้"],
             table=[["โครงการ/กิจกรรม", "ตัวชี้วัด", "ค่าเป้าหมาย", "งบประมาณ (บาท)", "ผู้รับผิดชอบ"],
                    ["ลดระยะเวลาการให้บริการงานทะเบียน", "ระยะเวลาเฉลี่ยต่อราย", "ไม่เกิน 15 นาที", "50,000", "ฝ่ายทะเบียน"],
                    ["จัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง", "ร้อยละการจัดเก็บ", "ร้อยละ 90", "120,000", "ฝ่ายรายได้"],
                    ["ขุดลอกคลองและท่อระบายน้ำ", "ความยาวที่ดำเนินการ", "18 กม.", "2,400,000", "ฝ่ายโยธา"],
                    ["จัดระเบียบหาบเร่แผงลอย", "จุดผ่อนผันที่จัดระเบียบ", "12 จุด", "200,000", "ฝ่ายเทศกิจ"],
                    ["คัดแยกขยะต้นทาง", "ปริมาณขยะลดลง", "ร้อยละ 5", "350,000", "ฝ่ายรักษาความสะอาดฯ"],
                    ["ส่งเสริมคุณธรรมและความโปร่งใส", "คะแนน ITA", "ไม่น้อยกว่า 85", "40,000", "ฝ่ายปกครอง"]],
             signer=["(นายธีรวัฒน์ ศรีสวัสดิ์)", "ผู้อำนวยการเขตคลองสามวัง", "ตุลาคม 2567"])
    post("o5_plan", D(2024, 10, 25),
         "เผยแพร่แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568 ของสำนักงานเขตคลองสามวัง",
         ["ita", "announcement"],
         P("สำนักงานเขตคลองสามวังเผยแพร่แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568 เพื่อให้ประชาชนและผู้สนใจได้รับทราบ "
           "โครงการ ตัวชี้วัด และค่าเป้าหมายของสำนักงานเขต"),
         attach=[("แผนปฏิบัติราชการ ปี 2568 (PDF 1 หน้า)", f"{U}/2567/10/action-plan-2568.pdf")], style="abbr")
    make_photo(f"{U}/2567/12/annual-report-meeting.jpg", 41)
    post("o5_report", D(2024, 12, 10),
         "สำนักงานเขตคลองสามวังสรุปผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2567",
         ["ita", "activity"],
         P("เมื่อวันที่ 9 ธันวาคม 2567 สำนักงานเขตคลองสามวังจัดประชุมสรุปผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2567 "
           "โดยผลการดำเนินงานตามตัวชี้วัดบรรลุเป้าหมาย 17 จาก 19 ตัวชี้วัด คิดเป็นร้อยละ 89.47",
           "รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2567 ฉบับสมบูรณ์ รายละเอียดตามเอกสารแนบ"),
         imgs=[(f"{U}/2567/12/annual-report-meeting.jpg", "ประชุมสรุปผลการปฏิบัติราชการ ปี 2567")],
         style="full")

    # ---------- O6 manuals: only 6 of 10 divisions --------------------------
    man_divs = [("ฝ่ายปกครอง", "manual-pokkrong"), ("ฝ่ายทะเบียน", "manual-tabien"),
                ("ฝ่ายเทศกิจ", "manual-thetsakit"), ("ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "manual-env"),
                ("ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "manual-community"), ("ฝ่ายการศึกษา", "manual-edu")]
    steps = {"ฝ่ายปกครอง": ["รับเรื่องร้องทุกข์และลงทะเบียนในระบบ", "เสนอผู้บังคับบัญชาพิจารณามอบหมาย", "ตรวจสอบข้อเท็จจริงภายใน 7 วัน", "แจ้งผลแก่ผู้ร้อง"],
             "ฝ่ายทะเบียน": ["ตรวจสอบเอกสารหลักฐานผู้ยื่นคำร้อง", "บันทึกข้อมูลในระบบทะเบียนราษฎร", "เสนอนายทะเบียนลงนาม", "ส่งมอบเอกสาร"],
             "ฝ่ายเทศกิจ": ["ตรวจพื้นที่ตามแผนประจำวัน", "ว่ากล่าวตักเตือนหรือจับกุมผู้กระทำผิด", "เปรียบเทียบปรับตามอัตรา", "รายงานผลประจำวัน"],
             "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล": ["รับคำขอใบอนุญาต", "ตรวจสถานที่ตามหลักเกณฑ์สุขลักษณะ", "เสนอความเห็น", "ออกใบอนุญาต"],
             "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม": ["ประชาสัมพันธ์การลงทะเบียนเบี้ยยังชีพ", "ตรวจสอบคุณสมบัติ", "บันทึกข้อมูลในระบบ", "จ่ายเบี้ยยังชีพ"],
             "ฝ่ายการศึกษา": ["สำรวจเด็กในวัยเรียน", "รับสมัครนักเรียน", "จัดสรรงบประมาณให้โรงเรียน", "นิเทศ ติดตาม"]}
    man_attach = []
    for dv, slug in man_divs:
        make_pdf(f"{U}/2568/01/{slug}-2568.pdf", [f"คู่มือการปฏิบัติงาน {dv}", "ประจำปีงบประมาณ พ.ศ. 2568"],
                 [f"คู่มือฉบับนี้จัดทำขึ้นเพื่อให้เจ้าหน้าที่{dv}ใช้เป็นแนวทางในการปฏิบัติงานให้เป็นมาตรฐานเดียวกัน"],
                 table=[["ขั้นตอน", "รายละเอียดงาน", "ระยะเวลา"]] + [[str(i + 1), s, f"{random.randint(1, 5)} วันทำการ"] for i, s in enumerate(steps[dv])])
        man_attach.append((f"คู่มือการปฏิบัติงาน {dv}", f"{U}/2568/01/{slug}-2568.pdf"))
    post("o6_manuals", D(2025, 1, 20),
         "เผยแพร่คู่มือการปฏิบัติงานของฝ่ายต่าง ๆ สำนักงานเขตคลองสามวัง ประจำปี 2568",
         ["ita", "announcement"],
         P("สำนักงานเขตคลองสามวังเผยแพร่คู่มือการปฏิบัติงานของฝ่ายต่าง ๆ เพื่อให้การปฏิบัติงานเป็นไปตามมาตรฐาน "
           "โปร่งใส และตรวจสอบได้ ดาวน์โหลดได้ตามรายการด้านล่าง",
           "สำหรับคู่มือการปฏิบัติงานของฝ่ายการคลัง ฝ่ายรายได้ ฝ่ายโยธา และฝ่ายรักษาความสะอาดและสวนสาธารณะ "
           "อยู่ระหว่างการปรับปรุง จะเผยแพร่ให้ทราบในโอกาสต่อไป"),
         attach=man_attach, style="abbr")

    # ---------- O7 citizen service manual (pass) ----------------------------
    make_pdf(f"{U}/2567/12/citizen-manual-2568.pdf",
             ["คู่มือสำหรับประชาชน", "ตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558"],
             ["งานบริการของสำนักงานเขตคลองสามวัง: ขั้นตอน ระยะเวลา ค่าธรรมเนียม และเอกสารหลักฐานที่ต้องใช้"],
             table=[["งานบริการ", "ขั้นตอน/ระยะเวลา", "ค่าธรรมเนียม", "เอกสารหลักฐาน"],
                    ["ทำบัตรประจำตัวประชาชน", "ยื่นคำขอ ถ่ายรูป รับบัตร / 15 นาที", "ครั้งแรกไม่เสีย, สูญหาย 100 บาท", "ทะเบียนบ้าน"],
                    ["แจ้งย้ายที่อยู่", "ยื่นคำร้อง ตรวจสอบ บันทึก / 20 นาที", "ไม่เสีย", "บัตรประชาชน, ทะเบียนบ้าน"],
                    ["จดทะเบียนพาณิชย์", "ยื่นแบบ ทพ. ตรวจ ออกใบทะเบียน / 1 ชม.", "50 บาท", "บัตรประชาชน, แผนที่"],
                    ["ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร", "ยื่นคำขอ ตรวจสถานที่ / 30 วัน", "ตามพื้นที่", "แบบ สอ.1, บัตรประชาชน"],
                    ["ขออนุญาตก่อสร้างอาคาร", "ยื่นคำขอ ตรวจแบบ / 45 วัน", "ตามกฎกระทรวง", "แบบ ข.1, แบบแปลน"],
                    ["ยื่นแบบภาษีป้าย", "ยื่นแบบ ภ.ป.1 ประเมิน / 1 ชม.", "ตามอัตรา", "ภ.ป.1, รูปถ่ายป้าย"]])
    make_infographic(f"{U}/2567/12/citizen-manual-info.jpg", "คู่มือสำหรับประชาชน เขตคลองสามวัง",
                     [("ทำบัตรประชาชน", "ใช้เวลา 15 นาที · ฝ่ายทะเบียน ชั้น 1"),
                      ("แจ้งย้ายที่อยู่", "ใช้เวลา 20 นาที · ไม่เสียค่าธรรมเนียม"),
                      ("จดทะเบียนพาณิชย์", "ใช้เวลา 1 ชั่วโมง · ค่าธรรมเนียม 50 บาท"),
                      ("ใบอนุญาตสถานที่จำหน่ายอาหาร", "ภายใน 30 วัน · ฝ่ายสิ่งแวดล้อมฯ"),
                      ("ขออนุญาตก่อสร้าง", "ภายใน 45 วัน · ฝ่ายโยธา"),
                      ("ภาษีป้าย", "ยื่นแบบ ม.ค. - มี.ค. · ฝ่ายรายได้")])
    post("o7_citizen_manual", D(2024, 12, 3),
         "ประชาสัมพันธ์คู่มือสำหรับประชาชน ตาม พ.ร.บ.การอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558",
         ["announcement", "ita"],
         P("สำนักงานเขตคลองสามวังขอประชาสัมพันธ์คู่มือสำหรับประชาชน ซึ่งระบุขั้นตอน ระยะเวลา ค่าธรรมเนียม "
           "และเอกสารหลักฐานของงานบริการแต่ละประเภท ประชาชนสามารถศึกษาก่อนมาติดต่อราชการ"),
         imgs=[(f"{U}/2567/12/citizen-manual-info.jpg", "อินโฟกราฟิกคู่มือสำหรับประชาชน")],
         attach=[("คู่มือสำหรับประชาชน (ฉบับเต็ม) PDF", f"{U}/2567/12/citizen-manual-2568.pdf")], style="thai")

    # ---------- O8 e-service (pass) ----------------------------------------
    post("o8_eservice", D(2025, 1, 8),
         "ขอเชิญชวนใช้บริการออนไลน์ (E-Service) ของสำนักงานเขตคลองสามวัง",
         ["announcement", "ita"],
         P("เพื่อความสะดวก รวดเร็ว ลดการเดินทาง สำนักงานเขตคลองสามวังเปิดให้บริการออนไลน์ ดังนี้") +
         "<ul><li><a href=\"https://q.bangkok.go.th/\">BMA Q</a> – จองคิวล่วงหน้างานทะเบียนและบัตรประจำตัวประชาชน</li>"
         "<li><a href=\"https://www.traffy.in.th/?page_id=27351\">Traffy Fondue</a> – แจ้งปัญหาเมือง ไฟฟ้าดับ ขยะ ทางเท้าชำรุด</li>"
         "<li><a href=\"https://bmatax.bangkok.go.th/\">ระบบชำระภาษีที่ดินและสิ่งปลูกสร้างออนไลน์</a></li>"
         "<li><a href=\"https://forms.gle/ksw-eservice-request\">แบบฟอร์มขอรับบริการออนไลน์ (ขอข้อมูลข่าวสาร / ขอใช้สถานที่)</a></li>"
         "<li>LINE Official Account: @klongsamwang</li></ul>" +
         P("ผลการให้บริการ: ในไตรมาสที่ 1/2568 มีผู้ใช้บริการจองคิวผ่าน BMA Q จำนวน 2,315 ราย"),
         style="full")

    # ---------- O9 tax statistics: only FY2566 (stale) + FY2568 decoy ------
    months66 = ["ต.ค. 65", "พ.ย. 65", "ธ.ค. 65", "ม.ค. 66", "ก.พ. 66", "มี.ค. 66", "เม.ย. 66", "พ.ค. 66", "มิ.ย. 66", "ก.ค. 66", "ส.ค. 66", "ก.ย. 66"]
    rows = [[m, random.randint(800, 9000) * 1000, random.randint(50, 900) * 1000] for m in months66]
    make_xlsx(f"{U}/2566/11/tax-stat-2566.xlsx", "สถิติการจัดเก็บภาษี สำนักงานเขตคลองสามวัง ปีงบประมาณ พ.ศ. 2566",
              ["เดือน", "ภาษีที่ดินและสิ่งปลูกสร้าง (บาท)", "ภาษีป้าย (บาท)"], rows)
    post("o9_tax_2566", D(2023, 11, 16),
         "สถิติการจัดเก็บภาษี ประจำปีงบประมาณ พ.ศ. 2566",
         ["finance", "ita"],
         P("ฝ่ายรายได้ สำนักงานเขตคลองสามวัง สรุปสถิติการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้างและภาษีป้าย "
           "ประจำปีงบประมาณ พ.ศ. 2566 (ตุลาคม 2565 - กันยายน 2566) รวมทั้งสิ้น "
           f"{sum(r[1] + r[2] for r in rows):,} บาท รายละเอียดตามไฟล์แนบ"),
         attach=[("สถิติการจัดเก็บภาษี ปี 2566 (Excel)", f"{U}/2566/11/tax-stat-2566.xlsx")], style="slash")
    make_photo(f"{U}/2568/03/tax-mobile.jpg", 51)
    make_photo(f"{U}/2568/03/tax-mobile2.jpg", 52)
    post("decoy_tax_mobile", D(2025, 3, 18),
         "ฝ่ายรายได้ออกหน่วยบริการรับชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568 นอกสถานที่",
         ["activity", "finance"],
         P("ฝ่ายรายได้ สำนักงานเขตคลองสามวัง ออกหน่วยบริการเคลื่อนที่รับชำระภาษีที่ดินและสิ่งปลูกสร้าง และรับยื่นแบบภาษีป้าย "
           "ประจำปี 2568 ณ ตลาดนัดชุมชนบ้านสวน เพื่ออำนวยความสะดวกแก่ผู้เสียภาษี ซึ่งมีประชาชนให้ความสนใจเป็นจำนวนมาก",
           "ผู้เสียภาษีสามารถชำระภาษีได้ภายในวันที่ 30 เมษายน 2568 โดยไม่ต้องเสียเบี้ยปรับ"),
         imgs=[(f"{U}/2568/03/tax-mobile.jpg", "ประชาชนมาใช้บริการชำระภาษี ณ ตลาดนัดชุมชนบ้านสวน"),
               (f"{U}/2568/03/tax-mobile2.jpg", "เจ้าหน้าที่ฝ่ายรายได้ให้คำแนะนำการยื่นแบบภาษีป้าย")],
         style="abbr")

    # ---------- O10 non-tax revenue statistics FY2568 (pass) ---------------
    rev_months = ["ต.ค. 2567", "พ.ย. 2567", "ธ.ค. 2567", "ม.ค. 2568", "ก.พ. 2568", "มี.ค. 2568"]
    rev = [[m, random.randint(150, 400) * 1000, random.randint(20, 90) * 1000, random.randint(300, 700) * 1000,
            random.randint(10, 60) * 1000] for m in rev_months]
    for r in rev:
        r.append(sum(r[1:]))
    hdr = ["เดือน", "ค่าธรรมเนียมและใบอนุญาต", "ค่าปรับ", "ค่าธรรมเนียมเก็บขนมูลฝอย", "รายได้เบ็ดเตล็ด", "รวม (บาท)"]
    make_xlsx(f"{U}/2568/04/revenue-stat-2568-6m.xlsx",
              "สถิติการจัดเก็บรายได้ (ที่มิใช่ภาษี) สำนักงานเขตคลองสามวัง ปีงบประมาณ พ.ศ. 2568 (ต.ค. 2567 - มี.ค. 2568)", hdr, rev)
    post("o10_revenue", D(2025, 4, 10),
         "สถิติการจัดเก็บรายได้ ปีงบประมาณ พ.ศ. 2568 (ตุลาคม 2567 – มีนาคม 2568)",
         ["finance", "ita"],
         P("ฝ่ายการคลัง สำนักงานเขตคลองสามวัง รายงานสถิติการจัดเก็บรายได้ประเภทค่าธรรมเนียม ค่าปรับ "
           "และรายได้อื่นที่มิใช่ภาษี ประจำปีงบประมาณ พ.ศ. 2568 รอบ 6 เดือน ดังนี้") +
         tbl([hdr] + [[r[0]] + [f"{v:,}" for v in r[1:]] for r in rev]),
         attach=[("ไฟล์ Excel สถิติการจัดเก็บรายได้ 6 เดือน", f"{U}/2568/04/revenue-stat-2568-6m.xlsx")], style="full")

    # ---------- O11 decoy only (missing) -----------------------------------
    make_photo(f"{U}/2568/02/food-inspect.jpg", 61)
    make_photo(f"{U}/2568/02/food-inspect2.jpg", 62)
    post("o11_decoy_inspect", D(2025, 2, 25),
         "ฝ่ายสิ่งแวดล้อมและสุขาภิบาลตรวจสถานประกอบการที่ได้รับใบอนุญาต ตามรายการตรวจ (Checklist) ด้านสุขลักษณะ",
         ["activity"],
         P("ฝ่ายสิ่งแวดล้อมและสุขาภิบาล สำนักงานเขตคลองสามวัง ลงพื้นที่ตรวจสถานประกอบการร้านอาหารและแผงลอยจำหน่ายอาหาร "
           "ที่ได้รับใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร ในพื้นที่แขวงคลองสามวัง จำนวน 24 ราย ตามรายการตรวจ (Checklist) "
           "ด้านสุขลักษณะ เช่น ความสะอาดของภาชนะ การล้างมือ การจัดเก็บวัตถุดิบ และการกำจัดขยะ",
           "ผลการตรวจพบว่าผ่านเกณฑ์ 21 ราย อีก 3 ราย ได้แนะนำให้ปรับปรุงภายใน 15 วัน"),
         imgs=[(f"{U}/2568/02/food-inspect.jpg", "เจ้าหน้าที่ตรวจความสะอาดร้านอาหาร"),
               (f"{U}/2568/02/food-inspect2.jpg", "ให้คำแนะนำผู้ประกอบการแผงลอย")],
         style="short")

    # ---------- O12 tracking: dead internal link (broken) -----------------
    post("o12_tracking", D(2025, 1, 28),
         "ตรวจสอบสถานะการขอใบอนุญาตด้วยตนเอง ผ่านระบบติดตามสถานะ (Tracking System)",
         ["announcement", "ita"],
         P("ผู้ยื่นคำขออนุญาต (ใบอนุญาตก่อสร้าง ใบอนุญาตสถานที่จำหน่ายอาหาร ใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ) "
           "สามารถตรวจสอบสถานะคำขอของท่านได้ด้วยตนเอง โดยกรอกเลขที่คำขอในระบบติดตามสถานะของสำนักงานเขต",
           '<a href="/eservice/tracking/">&gt;&gt; คลิกเพื่อเข้าสู่ระบบติดตามสถานะคำขอใบอนุญาต &lt;&lt;</a>'),
         style="abbr")

    # ---------- O13 budget plan 2567 + report 2566 (stale) ------------------
    q = ["ไตรมาส 1 (ต.ค.-ธ.ค.)", "ไตรมาส 2 (ม.ค.-มี.ค.)", "ไตรมาส 3 (เม.ย.-มิ.ย.)", "ไตรมาส 4 (ก.ค.-ก.ย.)"]
    make_pdf(f"{U}/2566/10/spending-plan-2567.pdf",
             ["แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. 2567", "สำนักงานเขตคลองสามวัง"],
             ["แผนการใช้จ่ายงบประมาณจำแนกตามงบรายจ่ายและรายไตรมาส ปีงบประมาณ พ.ศ. 2567"],
             table=[["งบรายจ่าย", q[0], q[1], q[2], q[3]],
                    ["งบบุคลากร", "18,400,000", "18,400,000", "18,400,000", "18,400,000"],
                    ["งบดำเนินงาน", "6,200,000", "7,100,000", "6,800,000", "5,900,000"],
                    ["งบลงทุน", "1,000,000", "4,500,000", "6,200,000", "3,300,000"]])
    post("o13_plan_2567", D(2023, 10, 20),
         "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2567",
         ["finance", "ita"],
         P("ฝ่ายการคลัง สำนักงานเขตคลองสามวัง เผยแพร่แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2567"),
         attach=[("แผนการใช้จ่ายงบประมาณ 2567.pdf", f"{U}/2566/10/spending-plan-2567.pdf")], style="thai")
    make_pdf(f"{U}/2566/11/spending-report-2566.pdf",
             ["รายงานผลการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2566", "สำนักงานเขตคลองสามวัง"],
             ["ผลการเบิกจ่ายงบประมาณ ณ วันที่ 30 กันยายน 2566"],
             table=[["งบรายจ่าย", "ได้รับจัดสรร", "เบิกจ่าย", "ร้อยละ"],
                    ["งบบุคลากร", "71,950,000", "71,402,310", "99.24"],
                    ["งบดำเนินงาน", "25,300,000", "24,118,906", "95.33"],
                    ["งบลงทุน", "14,700,000", "12,884,500", "87.65"]])
    post("o13_report_2566", D(2023, 11, 22),
         "รายงานผลการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2566",
         ["finance", "ita"],
         P("ฝ่ายการคลังรายงานผลการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2566 ภาพรวมเบิกจ่ายได้ร้อยละ 96.86"),
         attach=[("รายงานผลการใช้จ่ายงบประมาณ ปี 2566", f"{U}/2566/11/spending-report-2566.pdf")], style="thai")

    # ---------- O14 budget ordinance 2568, no community subsidy (incomplete)
    make_pdf(f"{U}/2567/10/budget-ordinance-2568.pdf",
             ["ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปี พ.ศ. 2568",
              "(เฉพาะส่วนของสำนักงานเขตคลองสามวัง)"],
             ["สำนักงานเขตคลองสามวังได้รับจัดสรรงบประมาณรายจ่ายประจำปี พ.ศ. 2568 ตามข้อบัญญัติกรุงเทพมหานคร รวมทั้งสิ้น 118,640,000 บาท จำแนกตามแผนงานและงบรายจ่าย ดังนี้"],
             table=[["แผนงาน", "งบบุคลากร", "งบดำเนินงาน", "งบลงทุน", "รวม"],
                    ["แผนงานบริหารทั่วไป", "42,100,000", "9,800,000", "2,000,000", "53,900,000"],
                    ["แผนงานบริหารการคลัง", "8,300,000", "1,200,000", "-", "9,500,000"],
                    ["แผนงานโยธาและระบายน้ำ", "12,600,000", "4,100,000", "11,500,000", "28,200,000"],
                    ["แผนงานรักษาความสะอาด", "14,700,000", "5,900,000", "1,200,000", "21,800,000"],
                    ["แผนงานเทศกิจ", "4,240,000", "1,000,000", "-", "5,240,000"]])
    post("o14_budget", D(2024, 10, 30),
         "ข้อบัญญัติงบประมาณรายจ่ายประจำปี พ.ศ. 2568 ส่วนของสำนักงานเขตคลองสามวัง",
         ["finance", "ita"],
         P("สำนักงานเขตคลองสามวังเผยแพร่ข้อมูลงบประมาณที่ได้รับจัดสรรตามข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปี พ.ศ. 2568 "
           "จำนวน 118,640,000 บาท รายละเอียดตามเอกสารแนบ"),
         attach=[("ข้อบัญญัติงบประมาณ 2568 (ส่วนของเขต)", f"{U}/2567/10/budget-ordinance-2568.pdf")], style="abbr")

    # ---------- O15 procurement: monthly, Feb 2568 missing (incomplete) ---
    sk = ["ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง", "ราคากลาง", "วิธีซื้อหรือจ้าง",
          "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลง", "เหตุผลที่คัดเลือกโดยสรุป",
          "เลขที่และวันที่ของสัญญาหรือข้อตกลง"]
    items = [("จัดซื้อวัสดุสำนักงาน", "หจก.สามวังเครื่องเขียน"), ("จ้างซ่อมแซมรถบรรทุกขยะ", "บริษัท ช่างยนต์ไทย จำกัด"),
             ("จัดซื้อน้ำมันเชื้อเพลิง", "บริษัท ปตท.น้ำมันและการค้าปลีก จำกัด (มหาชน)"),
             ("จ้างเหมาทำความสะอาดอาคาร", "หจก.คลีนพลัส"), ("จัดซื้อวัสดุก่อสร้าง", "ร้านทองวัสดุ"),
             ("จ้างพิมพ์เอกสารประชาสัมพันธ์", "ร้านสามวังการพิมพ์"), ("จัดซื้อเครื่องสูบน้ำ", "บริษัท ปั๊มไทย จำกัด"),
             ("จ้างซ่อมเครื่องปรับอากาศ", "ร้านเย็นฉ่ำแอร์")]
    months = [(D(2024, 10, 8), 9, 2567, "ก.ย."), (D(2024, 11, 7), 10, 2567, "ต.ค."), (D(2024, 12, 6), 11, 2567, "พ.ย."),
              (D(2025, 1, 9), 12, 2567, "ธ.ค."), (D(2025, 2, 7), 1, 2568, "ม.ค."),
              (D(2025, 4, 8), 3, 2568, "มี.ค."), (D(2025, 5, 8), 4, 2568, "เม.ย."), (D(2025, 6, 9), 5, 2568, "พ.ค.")]
    styles = ["slash", "abbr", "thai", "abbr", "short", "abbr", "full", "abbr"]
    for i, (pd_, mo, be, mab) in enumerate(months):
        rnd = random.Random(mo * 100 + be)
        rows = [sk]
        for n in range(rnd.randint(3, 6)):
            it, ven = rnd.choice(items)
            amt = rnd.randint(8, 480) * 1000
            price = int(amt * rnd.uniform(0.9, 0.99))
            rows.append([str(n + 1), it, f"{amt:,}", f"{amt:,}", "เฉพาะเจาะจง", f"{ven} / {price:,}",
                         f"{ven} / {price:,}", "เสนอราคาต่ำสุด คุณสมบัติครบ",
                         f"ใบสั่ง{'ซื้อ' if 'ซื้อ' in it else 'จ้าง'} {rnd.randint(1, 300)}/{be} ลว. {rnd.randint(1, 28)} {mab} {str(be)[2:]}"])
        mname = TH_MONTHS[mo - 1]
        url = f"{U}/{pd_.year + 543}/{pd_.month:02d}/sorkor1-{be}-{mo:02d}.pdf"
        make_pdf(url, [f"แบบ สขร.1 สรุปผลการดำเนินการจัดซื้อจัดจ้าง ในรอบเดือน{mname} พ.ศ. {be}"],
                 [], table=rows, colw=[4, 14, 9, 9, 8, 16, 16, 11, 13], land=True, size=13)
        post(f"o15_{be}_{mo:02d}", pd_,
             f"สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน{mname} {be}",
             ["procurement"],
             P(f"{DISTRICT} ขอเผยแพร่สรุปผลการดำเนินการจัดซื้อจัดจ้าง (แบบ สขร.1) ประจำเดือน{mname} พ.ศ. {be} "
               f"จำนวน {len(rows) - 1} รายการ ตามประกาศคณะกรรมการข้อมูลข่าวสารของราชการ"),
             attach=[(f"สขร.1 เดือน{mname} {be}", url)], style=styles[i])
    make_pdf(f"{U}/2568/03/ebidding-road-soi-samwang12.pdf",
             ["ประกาศสำนักงานเขตคลองสามวัง", "เรื่อง ประกวดราคาจ้างก่อสร้างปรับปรุงผิวจราจรและท่อระบายน้ำ ซอยสามวัง 12",
              "ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"],
             ["สำนักงานเขตคลองสามวัง มีความประสงค์จะประกวดราคาจ้างก่อสร้างปรับปรุงผิวจราจรและท่อระบายน้ำ ซอยสามวัง 12 ราคากลางของงานก่อสร้างในการประกวดราคาครั้งนี้ เป็นเงินทั้งสิ้น 4,860,000 บาท",
              "ผู้สนใจสามารถขอรับเอกสารประกวดราคาอิเล็กทรอนิกส์ได้ที่เว็บไซต์ระบบ e-GPBMA และ www.gprocurement.go.th ตั้งแต่วันที่ 3 มีนาคม 2568 ถึงวันที่ 11 มีนาคม 2568"],
             signer=["ประกาศ ณ วันที่ 3 มีนาคม พ.ศ. 2568", "(นายธีรวัฒน์ ศรีสวัสดิ์)", "ผู้อำนวยการเขตคลองสามวัง"])
    post("o15_ebid", D(2025, 3, 3),
         "ประกาศประกวดราคาจ้างก่อสร้างปรับปรุงผิวจราจรและท่อระบายน้ำ ซอยสามวัง 12 ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
         ["procurement", "announcement"],
         P("รายละเอียดตามประกาศแนบท้าย ผู้สนใจดูรายละเอียดเพิ่มเติมได้ที่ระบบเผยแพร่ข้อมูลการจัดซื้อจัดจ้างของกรุงเทพมหานคร "
           '<a href="https://e-gpbma.bangkok.go.th/">e-GPBMA</a>'),
         attach=[("ประกาศประกวดราคา ซอยสามวัง 12.pdf", f"{U}/2568/03/ebidding-road-soi-samwang12.pdf")], style="full")

    # ---------- O16 HR criteria (pass) ------------------------------------
    make_pdf(f"{U}/2567/11/hr-criteria-2568.pdf",
             ["หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "สำนักงานเขตคลองสามวัง ประจำปีงบประมาณ พ.ศ. 2568"],
             ["1. การสรรหาและคัดเลือก: ดำเนินการตามประกาศคณะกรรมการข้าราชการกรุงเทพมหานคร (ก.ก.) โดยยึดหลักคุณธรรม เปิดเผย และตรวจสอบได้",
              "2. การแต่งตั้งและโยกย้าย: พิจารณาจากความรู้ ความสามารถ ผลการปฏิบัติงาน และความเหมาะสมกับตำแหน่ง",
              "3. การพัฒนาบุคลากร: จัดทำแผนพัฒนารายบุคคล (IDP) ทุกคน และส่งเข้ารับการอบรมอย่างน้อยปีละ 1 หลักสูตร",
              "4. การประเมินผลการปฏิบัติราชการ: ปีละ 2 รอบ (1 ต.ค. - 31 มี.ค. และ 1 เม.ย. - 30 ก.ย.) ตามหลักเกณฑ์ ก.ก.",
              "5. การให้คุณให้โทษและการสร้างขวัญกำลังใจ: ยกย่องบุคลากรดีเด่นประจำปี และดำเนินการทางวินัยอย่างเป็นธรรม"],
             signer=["(นายธีรวัฒน์ ศรีสวัสดิ์)", "ผู้อำนวยการเขตคลองสามวัง"])
    post("o16_hr", D(2024, 11, 20),
         "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล สำนักงานเขตคลองสามวัง ประจำปีงบประมาณ พ.ศ. 2568",
         ["ita", "announcement"],
         P("สำนักงานเขตคลองสามวังเผยแพร่หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ครอบคลุมการสรรหา การแต่งตั้ง การพัฒนา "
           "การประเมินผลการปฏิบัติราชการ และการให้คุณให้โทษ"),
         attach=[("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล 2568", f"{U}/2567/11/hr-criteria-2568.pdf")], style="abbr")

    # ---------- O17 complaint channel + stats in post body (pass) ---------
    stats = [["เดือน", "เรื่องร้องเรียนการทุจริต (เรื่อง)", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ"],
             ["ตุลาคม 2567", "0", "0", "0"], ["พฤศจิกายน 2567", "1", "1", "0"], ["ธันวาคม 2567", "0", "0", "0"],
             ["มกราคม 2568", "0", "0", "0"], ["กุมภาพันธ์ 2568", "1", "0", "1"], ["มีนาคม 2568", "0", "0", "0"],
             ["รวม", "2", "1", "1"]]
    post("o17_complaints", D(2025, 4, 8),
         "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ รอบ 6 เดือน ปีงบประมาณ 2568 และช่องทางการร้องเรียน",
         ["ita", "anticorruption"],
         P("สำนักงานเขตคลองสามวังขอรายงานข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ "
           "ประจำปีงบประมาณ พ.ศ. 2568 ระหว่างเดือนตุลาคม 2567 – มีนาคม 2568 ดังนี้") + tbl(stats) +
         P("<b>ช่องทางการร้องเรียนการทุจริต</b>") +
         "<ul><li>ยื่นหนังสือด้วยตนเอง ณ ฝ่ายปกครอง ชั้น 2 สำนักงานเขตคลองสามวัง</li>"
         "<li>ทางไปรษณีย์: ผู้อำนวยการเขตคลองสามวัง เลขที่ 99 ถนนสามวังพัฒนา กรุงเทพฯ 10510</li>"
         "<li>โทรศัพท์ 0 2415 7300 ต่อ 6201 / สายด่วนกรุงเทพมหานคร 1555</li>"
         "<li>อีเมล anticorrupt.ksw@bangkok.go.th</li>"
         "<li>ตู้รับเรื่องร้องเรียน ชั้น 1 และ <a href=\"https://www.traffy.in.th/\">Traffy Fondue</a></li></ul>",
         style="thai")

    # ---------- O19 bribery risk assessment, no management report (incomplete)
    make_pdf(f"{U}/2567/12/bribery-risk-2568.pdf",
             ["การประเมินความเสี่ยงต่อการรับสินบน", "ประจำปีงบประมาณ พ.ศ. 2568 สำนักงานเขตคลองสามวัง"],
             ["สำนักงานเขตคลองสามวังได้ประเมินความเสี่ยงต่อการรับสินบนในกระบวนงานที่มีการพิจารณาอนุญาตและการให้บริการ โดยพิจารณาโอกาสและผลกระทบ ดังนี้"],
             table=[["กระบวนงาน", "เหตุการณ์ความเสี่ยง", "โอกาส", "ผลกระทบ", "ระดับ", "มาตรการควบคุม"],
                    ["การอนุญาตก่อสร้างอาคาร", "เรียกรับเงินเพื่อเร่งรัดการพิจารณา", "3", "4", "สูง", "กำหนดลำดับคิวและเผยแพร่ระยะเวลา"],
                    ["ใบอนุญาตสถานที่จำหน่ายอาหาร", "รับประโยชน์เพื่อละเว้นการตรวจ", "2", "3", "ปานกลาง", "ตรวจร่วม 2 คนขึ้นไป"],
                    ["การจัดระเบียบหาบเร่แผงลอย", "เรียกรับเงินจากผู้ค้า", "3", "3", "สูง", "สุ่มตรวจโดยหัวหน้าฝ่าย"],
                    ["การประเมินภาษีที่ดินฯ", "ประเมินต่ำกว่าความเป็นจริง", "2", "4", "สูง", "ทบทวนการประเมินแบบสุ่ม"]])
    post("o19_risk", D(2024, 12, 18),
         "ผลการประเมินความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. 2568",
         ["ita", "anticorruption"],
         P("สำนักงานเขตคลองสามวังดำเนินการประเมินความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. 2568 "
           "พบความเสี่ยงระดับสูง 3 กระบวนงาน และกำหนดมาตรการควบคุมความเสี่ยงแล้ว",
           "ทั้งนี้ จะรายงานผลการดำเนินการตามมาตรการจัดการความเสี่ยงให้ทราบต่อไป"),
         attach=[("ผลการประเมินความเสี่ยงต่อการรับสินบน 2568.pdf", f"{U}/2567/12/bribery-risk-2568.pdf")], style="full")

    # ---------- O20 discretion guideline (pass) ---------------------------
    make_pdf(f"{U}/2568/01/discretion-guideline-2568.pdf",
             ["แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", "สำนักงานเขตคลองสามวัง"],
             ["1. วัตถุประสงค์: เพื่อให้การใช้ดุลยพินิจของเจ้าหน้าที่ในการพิจารณาอนุญาต อนุมัติ เป็นไปอย่างโปร่งใส เป็นธรรม และตรวจสอบได้",
              "2. หลักการ: ใช้ดุลยพินิจภายในขอบเขตของกฎหมาย ระบุเหตุผลประกอบการพิจารณาเป็นลายลักษณ์อักษร และเปิดเผยหลักเกณฑ์ต่อผู้ยื่นคำขอ",
              "3. กระบวนงานที่ใช้ดุลยพินิจ: การอนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร / การอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร / การเปรียบเทียบปรับ",
              "4. การกำกับติดตาม: หัวหน้าฝ่ายสุ่มตรวจคำสั่งที่ใช้ดุลยพินิจเดือนละ 1 ครั้ง และรายงานผู้อำนวยการเขต"],
             signer=["(นายธีรวัฒน์ ศรีสวัสดิ์)", "ผู้อำนวยการเขตคลองสามวัง", "15 มกราคม 2568"])
    post("o20_discretion", D(2025, 1, 15),
         "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่ สำนักงานเขตคลองสามวัง",
         ["ita", "anticorruption"],
         P("เพื่อป้องกันการใช้ดุลยพินิจโดยมิชอบ สำนักงานเขตคลองสามวังได้จัดทำแนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่ "
           "ให้บุคลากรถือปฏิบัติ และเผยแพร่ให้ประชาชนทราบ"),
         attach=[("แนวทางการใช้ดุลยพินิจ (PDF)", f"{U}/2568/01/discretion-guideline-2568.pdf")], style="slash")

    # ---------- O21 asset / donation / exhibits guideline: dead link (broken)
    post("o21_assets", D(2025, 2, 18),
         "ประกาศแนวทางการจัดการทรัพย์สินของราชการ การรับของบริจาค และการจัดเก็บของกลาง",
         ["ita", "announcement"],
         P("สำนักงานเขตคลองสามวังประกาศแนวทางการจัดการทรัพย์สินของราชการ การรับของบริจาค และการจัดเก็บของกลาง "
           "ที่ได้จากการจับกุมของฝ่ายเทศกิจ เพื่อป้องกันการนำทรัพย์สินของราชการไปใช้ประโยชน์ส่วนตน "
           "รายละเอียดตามประกาศแนบท้าย"),
         attach=[("ประกาศแนวทางการจัดการทรัพย์สินของราชการ ของบริจาค และของกลาง.pdf",
                  f"{U}/2568/02/asset-donation-exhibit-guideline-2568.pdf")], style="abbr")
    make_photo(f"{U}/2567/10/flood-donation.jpg", 71)
    post("decoy_donation", D(2024, 10, 10),
         "เขตคลองสามวังรับมอบสิ่งของบริจาคเพื่อส่งต่อช่วยเหลือผู้ประสบอุทกภัยภาคเหนือ",
         ["activity"],
         P("ผู้อำนวยการเขตคลองสามวังรับมอบสิ่งของบริจาค น้ำดื่ม อาหารแห้ง และเครื่องอุปโภคบริโภค จากชุมชนและภาคเอกชนในพื้นที่ "
           "เพื่อส่งต่อไปช่วยเหลือผู้ประสบอุทกภัยในจังหวัดเชียงราย"),
         imgs=[(f"{U}/2567/10/flood-donation.jpg", "รับมอบสิ่งของบริจาค ณ ลานหน้าสำนักงานเขต")], style="full")

    # ---------- O22 measures of FY2567 only (stale) + FY2568 meeting decoy --
    make_pdf(f"{U}/2567/01/ita-measures-2567.pdf",
             ["มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "ประจำปีงบประมาณ พ.ศ. 2567 สำนักงานเขตคลองสามวัง"],
             ["จากผลการประเมิน ITA ประจำปี 2566 สำนักงานเขตคลองสามวังได้คะแนน 91.24 คะแนน จึงวิเคราะห์ประเด็นที่ต้องปรับปรุงและกำหนดมาตรการ ดังนี้"],
             table=[["ประเด็น", "มาตรการ/กิจกรรม", "ผู้รับผิดชอบ", "ระยะเวลา"],
                    ["การเปิดเผยข้อมูล (OIT)", "ตรวจสอบข้อมูลบนเว็บไซต์ทุกเดือน", "ฝ่ายปกครอง", "ต.ค. 66 - ก.ย. 67"],
                    ["การใช้งบประมาณ", "ประชุมชี้แจงแผนการใช้จ่ายงบประมาณ", "ฝ่ายการคลัง", "ไตรมาสละครั้ง"],
                    ["การปฏิบัติหน้าที่", "เวียนแจ้งคู่มือการปฏิบัติงาน", "ทุกฝ่าย", "ม.ค. 67"]],
             signer=["(นางสาวพัชรี วงศ์ประเสริฐ)", "ผู้อำนวยการเขตคลองสามวัง"])
    post("o22_measures_2567", D(2024, 1, 25),
         "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2567",
         ["ita", "anticorruption"],
         P("สำนักงานเขตคลองสามวังเผยแพร่การวิเคราะห์ผลการประเมิน ITA ปี 2566 และมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปี 2567"),
         attach=[("มาตรการส่งเสริมคุณธรรมฯ 2567", f"{U}/2567/01/ita-measures-2567.pdf")], style="slash")
    make_pdf(f"{U}/2567/04/ita-measures-report-6m-2567.pdf",
             ["รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
              "ประจำปีงบประมาณ พ.ศ. 2567 รอบ 6 เดือน (ตุลาคม 2566 - มีนาคม 2567)"],
             ["ดำเนินการตามมาตรการครบทุกกิจกรรม ร้อยละ 100 รายละเอียดตามตาราง"],
             table=[["มาตรการ", "ผลการดำเนินการ"],
                    ["ตรวจสอบข้อมูลบนเว็บไซต์ทุกเดือน", "ดำเนินการ 6 ครั้ง"],
                    ["ประชุมชี้แจงแผนการใช้จ่ายงบประมาณ", "ดำเนินการ 2 ครั้ง"],
                    ["เวียนแจ้งคู่มือการปฏิบัติงาน", "เวียนแจ้งแล้ว 15 ม.ค. 67"]])
    post("o22_report_2567", D(2024, 4, 22),
         "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส รอบ 6 เดือน ปี 2567",
         ["ita", "anticorruption"],
         P("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ พ.ศ. 2567 รอบ 6 เดือน"),
         attach=[("รายงานผล 6 เดือน ปี 2567", f"{U}/2567/04/ita-measures-report-6m-2567.pdf")], style="abbr")
    make_photo(f"{U}/2568/03/ita-committee.jpg", 81)
    make_photo(f"{U}/2568/03/ita-committee2.jpg", 82)
    post("o22_decoy_meeting", D(2025, 3, 12),
         "ประชุมคณะกรรมการขับเคลื่อนการประเมินคุณธรรมและความโปร่งใส (ITA) ครั้งที่ 1/2568",
         ["ita", "activity"],
         P(f"{DIRECTOR} ผู้อำนวยการเขตคลองสามวัง เป็นประธานการประชุมคณะกรรมการขับเคลื่อนการประเมินคุณธรรมและความโปร่งใส "
           "ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 ครั้งที่ 1/2568 เพื่อติดตามการเปิดเผยข้อมูลสาธารณะ "
           "บนเว็บไซต์ของสำนักงานเขต และมอบหมายให้ทุกฝ่ายจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสให้แล้วเสร็จ"),
         imgs=[(f"{U}/2568/03/ita-committee.jpg", "ประชุมคณะกรรมการขับเคลื่อน ITA ณ ห้องประชุมชั้น 3"),
               (f"{U}/2568/03/ita-committee2.jpg", "หัวหน้าฝ่ายรายงานความคืบหน้าการเปิดเผยข้อมูล")], style="abbr")

    # ---------- general activity news --------------------------------------
    gen = [
        ("n_bigclean", D(2025, 6, 16), "เขตคลองสามวังจัดกิจกรรม Big Cleaning Day ขุดลอกคลองสามวัง รับมือฤดูฝน",
         "ฝ่ายรักษาความสะอาดและสวนสาธารณะร่วมกับชุมชนริมคลอง จัดเก็บขยะและวัชพืชในคลองสามวัง ระยะทาง 2.5 กิโลเมตร", "thai"),
        ("n_pumps", D(2025, 6, 11), "ตรวจความพร้อมเครื่องสูบน้ำและบ่อสูบน้ำ รับมือฝนตกหนัก ปี 2568",
         "ฝ่ายโยธาตรวจความพร้อมเครื่องสูบน้ำ 14 จุด และเครื่องกำเนิดไฟฟ้าสำรอง เพื่อเตรียมรับมือน้ำท่วมขังในฤดูฝน", "abbr"),
        ("n_songkran", D(2025, 4, 11), "สืบสานประเพณีสงกรานต์ รดน้ำขอพรผู้สูงอายุ ประจำปี 2568",
         "ผู้บริหารและบุคลากรร่วมรดน้ำขอพรผู้สูงอายุในชุมชน 25 ชุมชน ณ ลานอเนกประสงค์สำนักงานเขต", "thai"),
        ("n_vendors", D(2025, 3, 25), "ฝ่ายเทศกิจจัดระเบียบหาบเร่แผงลอย ถนนสามวังพัฒนา",
         "ฝ่ายเทศกิจจัดระเบียบผู้ค้าหาบเร่แผงลอยในจุดผ่อนผัน และกวดขันไม่ให้ตั้งวางสินค้ากีดขวางทางเท้า", "abbr"),
        ("n_children", D(2025, 1, 11), "จัดงานวันเด็กแห่งชาติ ประจำปี 2568",
         "สำนักงานเขตคลองสามวังจัดงานวันเด็กแห่งชาติ มีเด็กและผู้ปกครองร่วมงานกว่า 1,500 คน", "full"),
        ("n_mother66", D(2023, 8, 11), "จัดกิจกรรมเนื่องในวันแม่แห่งชาติ 12 สิงหาคม 2566",
         "สำนักงานเขตคลองสามวังจัดกิจกรรมเฉลิมพระเกียรติ ปลูกต้นไม้และมอบรางวัลแม่ดีเด่น", "slash"),
    ]
    for i, (k, d_, t, b, st) in enumerate(gen):
        im = f"{U}/{d_.year + 543}/{d_.month:02d}/{k[2:]}.jpg"
        make_photo(im, 100 + i)
        im2 = f"{U}/{d_.year + 543}/{d_.month:02d}/{k[2:]}-2.jpg"
        make_photo(im2, 200 + i)
        post(k, d_, t, ["activity"], P(b, "ทั้งนี้ สำนักงานเขตคลองสามวังจะดำเนินกิจกรรมอย่างต่อเนื่องเพื่อคุณภาพชีวิตที่ดีของประชาชน"),
             imgs=[(im, t[:40] + "…"), (im2, "ภาพบรรยากาศกิจกรรม")], style=st)


def render_posts():
    POSTS.sort(key=lambda p: p["date"])
    for i, p in enumerate(POSTS):
        p["id"] = 1201 + i * 7 + (i % 3)
        p["url"] = f"/news/{p['id']}/"
    bykey = {p["key"]: p for p in POSTS}
    for p in POSTS:
        tags = " ".join(f'<a class="tag" href="/tag/{t}/">#{TAGS[t]}</a>' for t in p["tags"])
        figs = "".join(f'<figure><img src="{u}" alt="{html.escape(c)}"><figcaption>{html.escape(c)}</figcaption></figure>'
                       for u, c in p["imgs"])
        att = ""
        if p["attach"]:
            att = '<div class="attach"><b>เอกสารแนบ</b><ul>' + "".join(
                f'<li><a href="{u}">{html.escape(l)}</a></li>' for l, u in p["attach"]) + "</ul></div>"
        body = (f'<p class="meta"><a href="/">หน้าแรก</a> › <a href="/news/">ข่าวกิจกรรม</a></p>'
                f'<h2>{html.escape(p["title"])}</h2>'
                f'<p class="meta">โพสต์เมื่อ {fmt_date(p["date"], p["style"])} · โดย ฝ่ายปกครอง (งานประชาสัมพันธ์) · เข้าชม {random.randint(40, 900)} ครั้ง</p>'
                f'{figs}{p["body"]}{att}<p>แท็ก: {tags}</p>'
                f'<p><a href="/news/">« กลับหน้ารวมข่าว</a></p>')
        page(p["url"], p["title"], body)
    return bykey


def excerpt(p):
    import re
    t = re.sub("<[^>]+>", " ", p["body"])
    t = " ".join(t.split())
    return t[:150] + "…"


def card(p):
    img = p["imgs"][0][0] if p["imgs"] else "/assets/noimage.jpg"
    tags = " ".join(f'<a class="tag" href="/tag/{t}/">{TAGS[t]}</a>' for t in p["tags"])
    return (f'<div class="card"><a href="{p["url"]}"><img src="{img}" alt=""></a><div>'
            f'<h3><a href="{p["url"]}">{html.escape(p["title"])}</a></h3>'
            f'<p class="meta">{fmt_date(p["date"], p["style"])} {tags}</p>'
            f'<p>{html.escape(excerpt(p))}</p><a href="{p["url"]}">อ่านต่อ »</a></div></div>')


def render_lists():
    newest = sorted(POSTS, key=lambda p: p["date"], reverse=True)
    per = 10
    pages = [newest[i:i + per] for i in range(0, len(newest), per)]
    n = len(pages)
    for i, chunk in enumerate(pages):
        url = "/news/" if i == 0 else f"/news/page/{i + 1}/"
        pager = '<div class="pager">'
        if i > 0:
            pager += f'<a href="{"/news/" if i == 1 else f"/news/page/{i}/"}">« ใหม่กว่า</a>'
        for j in range(n):
            u = "/news/" if j == 0 else f"/news/page/{j + 1}/"
            pager += f"<span>{j + 1}</span>" if j == i else f'<a href="{u}">{j + 1}</a>'
        if i < n - 1:
            pager += f'<a href="/news/page/{i + 2}/">เก่ากว่า »</a>'
        pager += "</div>"
        page(url, f"ข่าวกิจกรรม หน้า {i + 1}",
             f"<h2>ข่าวกิจกรรม / ประชาสัมพันธ์</h2><p class='meta'>หน้า {i + 1} จาก {n}</p>" +
             "".join(card(p) for p in chunk) + pager)
    for t, name in TAGS.items():
        ps = [p for p in newest if t in p["tags"]]
        page(f"/tag/{t}/", f"แท็ก: {name}", f"<h2>แท็ก: {name}</h2><p class='meta'>{len(ps)} เรื่อง</p>" +
             "".join(card(p) for p in ps))
    # home
    page("/", "หน้าแรก",
         '<div style="background:#e3f2e9;padding:14px;border-radius:6px"><b>ประกาศ:</b> '
         'สำนักงานเขตเปิดให้บริการงานทะเบียนวันเสาร์ (เว้นวันหยุดนักขัตฤกษ์) เวลา 08.00–16.00 น. · '
         '<a href="/ita/">การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2568</a></div>'
         "<h2>ข่าวล่าสุด</h2>" + "".join(card(p) for p in newest[:8]) +
         '<p><a href="/news/">ดูข่าวทั้งหมด »</a></p>')


def render_static(bykey):
    U = "/uploads"
    # structure image
    im = Image.new("RGB", (1200, 700), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.rectangle([470, 30, 730, 100], outline=(11, 94, 58), width=3)
    d.text((600, 65), "ผู้อำนวยการเขต", font=font(26, True), fill=(0, 0, 0), anchor="mm")
    for i, t in enumerate(["ผู้ช่วยผู้อำนวยการเขต (1)", "ผู้ช่วยผู้อำนวยการเขต (2)"]):
        x = 300 + i * 380
        d.rectangle([x, 150, x + 240, 210], outline=(11, 94, 58), width=3)
        d.text((x + 120, 180), t, font=font(20), fill=(0, 0, 0), anchor="mm")
    divs = ["ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายรายได้", "ฝ่ายโยธา",
            "ฝ่ายรักษาความสะอาดฯ", "ฝ่ายเทศกิจ", "ฝ่ายสิ่งแวดล้อมฯ", "ฝ่ายพัฒนาชุมชนฯ", "ฝ่ายการศึกษา"]
    for i, t in enumerate(divs):
        x = 20 + (i % 5) * 235; y = 300 + (i // 5) * 150
        d.rectangle([x, y, x + 215, y + 70], outline=(11, 94, 58), width=2)
        d.text((x + 107, y + 35), t, font=font(20), fill=(0, 0, 0), anchor="mm")
    im.save(path_of(f"{U}/static/structure-2568.png"))
    page("/about/", "ข้อมูลหน่วยงาน",
         "<h2>ข้อมูลพื้นฐานของสำนักงานเขตคลองสามวัง</h2>"
         "<h3>ประวัติและสภาพทั่วไป</h3>" +
         P("เขตคลองสามวังมีพื้นที่ 31.6 ตารางกิโลเมตร แบ่งเป็น 3 แขวง ได้แก่ แขวงคลองสามวัง แขวงบางพรมเหนือ และแขวงทุ่งสามวัง "
           "มีประชากรตามทะเบียนราษฎร 98,412 คน (ข้อมูล ณ ธันวาคม 2567) ชุมชน 25 ชุมชน") +
         "<h3>วิสัยทัศน์</h3>" + P("“คลองสามวัง เมืองน่าอยู่ ริมคลองสะอาด บริการโปร่งใส ใส่ใจประชาชน”") +
         "<h3>โครงสร้างหน่วยงาน</h3>"
         f'<figure><img src="{U}/static/structure-2568.png" alt="โครงสร้างสำนักงานเขตคลองสามวัง"><figcaption>โครงสร้างสำนักงานเขตคลองสามวัง (ปรับปรุง ตุลาคม 2567)</figcaption></figure>'
         "<h3>อำนาจหน้าที่</h3>" +
         P("สำนักงานเขตมีอำนาจหน้าที่ตามพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. 2528 และประกาศกรุงเทพมหานคร "
           "เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต ได้แก่ งานทะเบียนราษฎรและบัตรประจำตัวประชาชน การจัดเก็บรายได้ "
           "การรักษาความสะอาด การควบคุมอาคาร การรักษาความเป็นระเบียบเรียบร้อย การศึกษา และการพัฒนาชุมชน") +
         "<h3>กฎหมายที่เกี่ยวข้อง</h3><ul>"
         '<li><a href="https://www.krisdika.go.th/">พ.ร.บ.ระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. 2528</a></li>'
         '<li><a href="https://www.krisdika.go.th/">พ.ร.บ.การทะเบียนราษฎร พ.ศ. 2534</a></li>'
         '<li><a href="https://www.krisdika.go.th/">พ.ร.บ.ควบคุมอาคาร พ.ศ. 2522</a></li>'
         '<li><a href="https://www.krisdika.go.th/">พ.ร.บ.การสาธารณสุข พ.ศ. 2535</a></li>'
         '<li><a href="https://www.krisdika.go.th/">พ.ร.บ.ภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562</a></li></ul>'
         '<p>ข้อมูลผู้บริหาร: <a href="/about/executives/">ทำเนียบผู้บริหาร</a> · ข้อมูลการติดต่อ: <a href="/contact/">ติดต่อเรา</a></p>')
    execs = [("นายธีรวัฒน์ ศรีสวัสดิ์", "ผู้อำนวยการเขตคลองสามวัง", "0 2415 7301", "teerawat.s@bangkok.go.th"),
             ("นายสมชาย ใจดีงาม", "ผู้ช่วยผู้อำนวยการเขต (1)", "0 2415 7302", "somchai.j@bangkok.go.th"),
             ("นางวิไลวรรณ ทองคำสุข", "ผู้ช่วยผู้อำนวยการเขต (2)", "0 2415 7303", "wilaiwan.t@bangkok.go.th")]
    cards = ""
    for i, (n, pos, tel, em) in enumerate(execs):
        make_portrait(f"{U}/static/exec-{i + 1}.jpg", i)
        cards += (f'<div class="card"><img src="{U}/static/exec-{i + 1}.jpg" alt="{n}" style="width:150px;height:190px">'
                  f'<div><h3>{n}</h3><p>{pos}</p><p>โทรศัพท์ {tel}<br>อีเมล {em}</p></div></div>')
    page("/about/executives/", "ผู้บริหาร",
         "<h2>ทำเนียบผู้บริหารสำนักงานเขตคลองสามวัง</h2><p class='meta'>ข้อมูล ณ วันที่ 2 มิถุนายน 2568</p>" + cards)
    page("/contact/", "ติดต่อเรา",
         "<h2>ติดต่อสำนักงานเขตคลองสามวัง</h2>" +
         P("ที่อยู่: เลขที่ 99 ถนนสามวังพัฒนา แขวงคลองสามวัง เขตคลองสามวัง กรุงเทพมหานคร 10510",
           "โทรศัพท์: 0 2415 7300 · โทรสาร: 0 2415 7311",
           "อีเมล: klongsamwang@bangkok.go.th",
           "เวลาทำการ: วันจันทร์ – วันศุกร์ 08.00 – 16.00 น. (งานทะเบียนเปิดวันเสาร์ 08.00 – 16.00 น.)") +
         '<p>แผนที่: <a href="https://maps.google.com/?q=13.7001,100.4502">Google Maps – สำนักงานเขตคลองสามวัง</a></p>'
         '<iframe src="https://www.google.com/maps/embed?pb=ksw" width="600" height="300" title="แผนที่"></iframe>'
         "<h3>หมายเลขโทรศัพท์ภายในของแต่ละฝ่าย</h3>" +
         tbl([["ฝ่าย", "โทรศัพท์"]] + [[d_, f"0 2415 7300 ต่อ {6101 + i * 100}"] for i, d_ in enumerate(divs)]))
    page("/services/", "บริการประชาชน",
         "<h2>บริการประชาชน</h2><ul>"
         f'<li><a href="{bykey["o7_citizen_manual"]["url"]}">คู่มือสำหรับประชาชน</a></li>'
         f'<li><a href="{bykey["o8_eservice"]["url"]}">บริการออนไลน์ (E-Service)</a></li>'
         '<li><a href="https://q.bangkok.go.th/">จองคิวออนไลน์ BMA Q</a></li>'
         '<li><a href="https://www.traffy.in.th/">แจ้งปัญหา Traffy Fondue</a></li>'
         f'<li><a href="{bykey["o12_tracking"]["url"]}">ติดตามสถานะคำขอใบอนุญาต</a></li></ul>')
    # ITA / OIT index
    k = lambda key: bykey[key]["url"]
    rows = [
        ("O1", "ข้อมูลพื้นฐานของสำนักงานเขต", [("ข้อมูลหน่วยงาน", "/about/"), ("ผู้บริหาร", "/about/executives/"), ("ติดต่อเรา", "/contact/")]),
        ("O๒", "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร", [("ข่าว: ขับเคลื่อนนโยบาย 9 ด้าน 9 ดี", k("o2_policy"))]),
        ("O3", "โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต", [("ข้อมูลโรงเรียนในพื้นที่", k("o3_schools"))]),
        ("O4", "การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน", [("ข่าวกิจกรรมทั้งหมด", "/news/")]),
        ("o5", "แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี", [("แผนปฏิบัติราชการ 2568", k("o5_plan")), ("สรุปผลการปฏิบัติราชการ 2567", k("o5_report"))]),
        ("O6", "คู่มือการปฏิบัติหน้าที่", [("คู่มือการปฏิบัติงาน 2568", k("o6_manuals"))]),
        ("O7", "คู่มือการให้บริการประชาชน", [("คู่มือสำหรับประชาชน", k("o7_citizen_manual"))]),
        ("O8", "E-Service", [("บริการออนไลน์", k("o8_eservice"))]),
        ("O9", "ข้อมูลสถิติการจัดเก็บภาษี", [("แท็ก การคลัง/รายได้", "/tag/finance/")]),
        ("O10", "ข้อมูลสถิติการจัดเก็บรายได้", [("สถิติการจัดเก็บรายได้ 2568", k("o10_revenue"))]),
        ("O๑๑", "รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต", [("รายการตรวจ (Checklist)", k("o11_decoy_inspect"))]),
        ("O12", "ระบบติดตาม (Tracking System) สถานะการขอใบอนุญาต", [("ระบบติดตามสถานะ", k("o12_tracking"))]),
        ("O13", "แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายงบประมาณประจำปี", [("แผนการใช้จ่ายงบประมาณ", k("o13_plan_2567")), ("รายงานผลการใช้จ่าย", k("o13_report_2566"))]),
        ("O14", "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ ข้อมูลเงินอุดหนุนชุมชน", [("ข้อบัญญัติงบประมาณ 2568", k("o14_budget"))]),
        ("o15", "ประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้างรายเดือน", [("แท็ก จัดซื้อจัดจ้าง", "/tag/procurement/"), ("e-GPBMA", "https://e-gpbma.bangkok.go.th/")]),
        ("O16", "หลักเกณฑ์การบริหาร และพัฒนาทรัพยากรบุคคล", [("หลักเกณฑ์ฯ 2568", k("o16_hr"))]),
        ("0๑๗", "ช่องทางการร้องเรียนการทุจริตและข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี", [("สถิติและช่องทางร้องเรียน", k("o17_complaints"))]),
        ("O18", "ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) และการรายงานผลสู่การปฏิบัติ", [("ประกาศนโยบาย 2568", k("o18_policy")), ("รายงานผล 6 เดือน", k("o18_report"))]),
        ("O19", "การประเมินความเสี่ยงต่อการรับสินบนและการรายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน", [("ผลการประเมินความเสี่ยง 2568", k("o19_risk"))]),
        ("O20", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", [("แนวทางการใช้ดุลยพินิจ", k("o20_discretion"))]),
        ("O21", "การจัดการทรัพย์สินของราชการ ของบริจาคและการจัดเก็บของกลาง", [("ประกาศแนวทางฯ", k("o21_assets"))]),
        ("O22", "มาตรการในการยกระดับคุณธรรมและความโปร่งใส และการรายงานผลการดำเนินงาน", [("ประชุมคณะกรรมการขับเคลื่อน ITA", k("o22_decoy_meeting")), ("มาตรการฯ", k("o22_measures_2567")), ("รายงานผล", k("o22_report_2567"))]),
    ]
    trs = "".join(f"<tr><td>{c}</td><td>{t}</td><td>" + "<br>".join(f'<a href="{u}">{html.escape(l)}</a>' for l, u in links) + "</td></tr>"
                  for c, t, links in rows)
    page("/ita/", "การเปิดเผยข้อมูลสาธารณะ (OIT)",
         "<h2>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568</h2>"
         "<p>แบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT) สำนักงานเขตคลองสามวัง</p>"
         f'<table class="t"><tr><th>ข้อ</th><th>ประเด็นการเปิดเผยข้อมูล</th><th>ลิงก์ข้อมูล</th></tr>{trs}</table>'
         "<p class='meta'>ปรับปรุงข้อมูลล่าสุด 10 มิถุนายน 2568 · ผู้รับผิดชอบ ฝ่ายปกครอง</p>")


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    os.makedirs(SITE)
    with open(path_of("/assets/style.css"), "w") as f:
        f.write(CSS)
    make_photo("/assets/noimage.jpg", 999, "สำนักงานเขตคลองสามวัง")
    build_posts()
    bykey = render_posts()
    render_lists()
    render_static(bykey)
    with open(os.path.join(SITE, "robots.txt"), "w") as f:
        f.write("User-agent: *\nAllow: /\n")
    json.dump({k: v["url"] for k, v in bykey.items()}, open(os.path.join(HERE, "_posts_index.json"), "w"),
              ensure_ascii=False, indent=1)
    write_meta_truth(bykey)


STYLE = (
    "District site run like a news blog (fictional สำนักงานเขตคลองสามวัง). Nearly every OIT item is answered by a dated "
    "news/activity post (photos with captions, tags, 'อ่านต่อ' cards) rather than a document page; the /ita/ page is a "
    "table O1..O22 (codes written O1, O๒, o5, O๑๑, 0๑๗...) linking to posts or tag pages. News listing /news/ is paginated "
    "(10 per page, 5 pages) with dates in mixed Thai formats (full/abbreviated Thai months, BE years, Thai digits, "
    "dd/mm/BBBB, 'วันจันทร์ที่ ...'), posts span FY2566-FY2568. Traps: O5 the FY2567 annual-report post says "
    "'รายละเอียดตามเอกสารแนบ' but nothing is attached (only the FY2568 plan is); O6 manuals for 6 of 10 divisions, post "
    "says the rest are being revised; O9 only FY2566 tax statistics (XLSX) plus a FY2568 activity post about a mobile tax "
    "counter with no statistics; O10 non-tax revenue stats FY2568 (must not be mistaken for O9); O11 the /ita/ link points "
    "to an activity post about sanitary inspection 'ตามรายการตรวจ (Checklist)' of licensed restaurants - no permit "
    "checklist exists; O12 tracking post links to a dead internal /eservice/tracking/; O13 only FY2567 spending plan and "
    "FY2566 spending report; O14 FY2568 budget ordinance without any community subsidy data; O15 monthly สขร.1 posts "
    "Oct 2567-May 2568 but February 2568 is missing; O17 complaint statistics Oct-Mar FY2568 given only as a table in the "
    "post body (no document); O18 signed policy attached only as a JPG image (legible) plus a PDF 6-month report, and an "
    "older FY2566 announcement by the previous director also exists; O19 risk assessment FY2568 but the post says the "
    "risk-management report will come later (none); O21 the guideline post's PDF attachment is dead (404) and an unrelated "
    "donation-receiving activity post shares the words 'ของบริจาค'; O22 only FY2567 measures/report, while a FY2568 "
    "'ประชุมคณะกรรมการขับเคลื่อน ITA' meeting post (first link on /ita/) has no measures; a 'ประชุมคณะกรรมการสถานศึกษา' "
    "post is a decoy near the O3 school list.")

TRUTH = [
    ("O1", "pass", "/about/ (structure image, authority, laws), /about/executives/ (name, position, photo, phone, e-mail), /contact/ (address, phone, fax, e-mail, map)", "standing info on static pages, not posts"),
    ("O2", "pass", "o2_policy post 2024-11-05 + PDF governor 9-policy & district plan 2568 under BMA 5-year plan", "date shown as 'วันอังคารที่ 5 พฤศจิกายน พ.ศ. 2567'"),
    ("O3", "pass", "o3_schools post 2025-05-12: table of 6 BMA schools with address, levels, phone", "decoy post 'ประชุมคณะกรรมการสถานศึกษา' 2025-06-05 is not the list"),
    ("O4", "pass", "/news/ paginated listing, posts up to 16 Jun 2568", "the item is the news feed itself"),
    ("O5", "incomplete", "o5_plan post + PDF plan FY2568 present; o5_report post (FY2567 annual report) has no attachment", "post says 'รายละเอียดตามเอกสารแนบ' but nothing attached"),
    ("O6", "incomplete", "o6_manuals post 2025-01-20: 6 manuals; structure has 10 ฝ่าย", "manuals for การคลัง, รายได้, โยธา, รักษาความสะอาด missing ('อยู่ระหว่างปรับปรุง')"),
    ("O7", "pass", "o7_citizen_manual post 2024-12-03 + PDF คู่มือสำหรับประชาชน + infographic JPG", "date in Thai digits"),
    ("O8", "pass", "o8_eservice post 2025-01-08: BMA Q, Traffy Fondue, online tax, online request form", "external links only"),
    ("O9", "stale", "o9_tax_2566 post 2023-11-16 + XLSX FY2566 tax stats only", "FY2568 mobile tax-counter activity post has no statistics; O10 revenue stats are non-tax"),
    ("O10", "pass", "o10_revenue post 2025-04-10: table in body + XLSX, fees/fines/other non-tax revenue Oct 67-Mar 68", ""),
    ("O11", "missing", "/ita/ links o11_decoy_inspect post, an activity on sanitary inspection of licensed restaurants 'ตามรายการตรวจ (Checklist)'", "similar words, no permit-consideration checklist anywhere"),
    ("O12", "broken", "o12_tracking post links /eservice/tracking/ which is 404", "the item's own link is dead"),
    ("O13", "stale", "o13_plan_2567 (FY2567 plan) and o13_report_2566 (FY2566 report) only", "needs FY2568 plan and FY2567 report"),
    ("O14", "incomplete", "o14_budget post + PDF budget ordinance FY2568 (district part)", "no community subsidy (เงินอุดหนุนชุมชน) data"),
    ("O15", "incomplete", "tag/procurement: monthly สขร.1 posts Sep 67, Oct 67-Jan 68, Mar-May 68; e-bidding announcement + e-GPBMA link", "February 2568 summary missing"),
    ("O16", "pass", "o16_hr post 2024-11-20 + PDF HR criteria FY2568", ""),
    ("O17", "pass", "o17_complaints post 2025-04-08: monthly table Oct 67-Mar 68 in body + channels list", "stats only in post body, no document; code written 0๑๗"),
    ("O18", "pass", "o18_policy post 2024-10-15 + signed announcement JPG (current director); o18_report post 2025-04-21 + PDF 6-month report", "policy only as image; older FY2566 announcement by previous director also on site"),
    ("O19", "incomplete", "o19_risk post 2024-12-18 + PDF risk assessment FY2568", "no report on managing the risk ('จะรายงานผล...ต่อไป')"),
    ("O20", "pass", "o20_discretion post 2025-01-15 + PDF guideline", "date dd/mm/BBBB"),
    ("O21", "broken", "o21_assets post 2025-02-18 links /uploads/2568/02/asset-donation-exhibit-guideline-2568.pdf (404)", "decoy donation activity post 2024-10-10"),
    ("O22", "stale", "o22_measures_2567 + o22_report_2567 (FY2567) only", "FY2568 o22_decoy_meeting post 'ประชุมคณะกรรมการขับเคลื่อน ITA' is first on /ita/ but has no measures or report"),
]


def write_meta_truth(bykey):
    meta = {"framework": "bma-2567", "as_of": AS_OF, "start": "/", "name_th": DISTRICT, "style": STYLE,
            "author": "blind", "set": "held-out-11",
            "server": {"redirects": {"/oit/": "/ita/", "/ita2568/": "/ita/"},
                       "status": {"/eservice/tracking/": 404,
                                  "/uploads/2568/02/asset-donation-exhibit-guideline-2568.pdf": 404}}}
    json.dump(meta, open(os.path.join(HERE, "meta.json"), "w"), ensure_ascii=False, indent=2)
    json.dump({c: v for c, v, _, _ in TRUTH}, open(os.path.join(HERE, "truth.json"), "w"), ensure_ascii=False, indent=2)
    with open(os.path.join(HERE, "truth.md"), "w") as f:
        f.write(f"# truth: news_evidence (bma-2567, as_of {AS_OF})\n\n")
        for c, v, ev, trap in TRUTH:
            ev2 = ev
            for k, p in bykey.items():
                ev2 = ev2.replace(k + " ", f"{k} ({p['url']}) ", 1) if ev2.startswith(k + " ") or (" " + k + " ") in ev2 else ev2
            f.write(f"- {c}: {v} — {ev2}" + (f" — trap: {trap}" if trap else "") + "\n")


if __name__ == "__main__":
    main()
