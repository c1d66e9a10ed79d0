"""Generator for this blind site (helpers inlined). Run with a venv holding reportlab==5.1.0 openpyxl==3.1.5 pillow."""
"""Shared helpers for the blind3 fixture generators (kept outside site/)."""
import os, json, shutil
from urllib.parse import quote
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from PIL import Image, ImageDraw, ImageFont
import openpyxl
from openpyxl.styles import Font, Alignment

FONT = "/usr/share/fonts/truetype/tlwg/Garuda.ttf"
FONTB = "/usr/share/fonts/truetype/tlwg/Garuda-Bold.ttf"
pdfmetrics.registerFont(TTFont("Garuda", FONT))
pdfmetrics.registerFont(TTFont("GarudaB", FONTB))

TD = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(s):
    """Arabic -> Thai digits."""
    return str(s).translate(TD)


class Site:
    def __init__(self, root):
        self.root = root
        if os.path.exists(root):
            shutil.rmtree(root)
        os.makedirs(root)

    def path(self, url):
        p = url.split("#")[0].split("?")[0]
        if p.endswith("/"):
            p += "index.html"
        elif not os.path.splitext(p)[1]:
            p += "/index.html"
        full = os.path.join(self.root, p.lstrip("/"))
        os.makedirs(os.path.dirname(full), exist_ok=True)
        return full

    def write(self, url, html, encoding="utf-8"):
        with open(self.path(url), "wb") as f:
            f.write(html.encode(encoding))

    # ---------- documents ----------
    def pdf(self, url, title, lines, land=False, sign=None, header=None):
        full = self.path(url)
        size = landscape(A4) if land else A4
        c = canvas.Canvas(full, pagesize=size, pageCompression=1)
        c.setTitle(title)
        w, h = size
        y = h - 60
        if header:
            c.setFont("Garuda", 11)
            c.drawRightString(w - 50, y, header)
            y -= 24
        c.setFont("Garuda", 15)
        for tl in title.split("\n"):
            c.drawCentredString(w / 2, y, tl)
            y -= 24
        y -= 8
        c.setFont("Garuda", 12)
        for ln in lines:
            if y < 70:
                c.showPage()
                c.setFont("Garuda", 12)
                y = h - 60
            if isinstance(ln, tuple):  # table row
                x = 50
                colw = (w - 100) / len(ln)
                for cell in ln:
                    c.drawString(x, y, str(cell)[:int(colw / 6)])
                    x += colw
            else:
                c.drawString(50, y, ln)
            y -= 19
        if sign:
            y -= 30
            if y < 120:
                c.showPage(); y = h - 100
            c.setFont("Garuda", 12)
            for sl in sign:
                c.drawCentredString(w * 0.65, y, sl)
                y -= 19
        c.showPage()
        c.save()

    def scan_pdf(self, url, title, lines):
        """Image-only PDF (no text layer), like a scanned signed paper."""
        W, H = 620, 877
        img = Image.new("L", (W, H), 238)
        d = ImageDraw.Draw(img)
        fb = ImageFont.truetype(FONTB, 20)
        f = ImageFont.truetype(FONT, 15)
        y = 50
        for tl in title.split("\n"):
            d.text((W // 2, y), tl, font=fb, fill=30, anchor="mt")
            y += 30
        y += 10
        for ln in lines:
            d.text((45, y), ln, font=f, fill=40)
            y += 24
        d.ellipse((420, y + 20, 520, y + 60), outline=90)  # "signature"
        img = img.rotate(0.7, fillcolor=238)
        img.save(self.path(url), "PDF", resolution=75.0)

    def png(self, url, w, h, color, label=None):
        img = Image.new("RGB", (w, h), color)
        if label:
            d = ImageDraw.Draw(img)
            d.text((6, h // 2 - 8), label, font=ImageFont.truetype(FONT, 14), fill=(255, 255, 255))
        img.save(self.path(url), "PNG", optimize=True)

    def orgchart(self, url, boxes):
        W, H = 640, 300
        img = Image.new("RGB", (W, H), (255, 255, 255))
        d = ImageDraw.Draw(img)
        f = ImageFont.truetype(FONT, 12)
        d.rectangle((250, 10, 390, 40), outline=(0, 60, 120), width=2)
        d.text((320, 25), "ผู้อำนวยการเขต", font=f, fill=(0, 0, 0), anchor="mm")
        n = len(boxes)
        bw = (W - 20) // ((n + 1) // 2)
        for i, b in enumerate(boxes):
            r = i // ((n + 1) // 2)
            col = i % ((n + 1) // 2)
            x0 = 10 + col * bw
            y0 = 110 + r * 90
            d.line((320, 40, x0 + bw // 2, y0), fill=(120, 120, 120))
            d.rectangle((x0 + 3, y0, x0 + bw - 3, y0 + 40), outline=(0, 60, 120))
            d.text((x0 + bw // 2, y0 + 20), b, font=f, fill=(0, 0, 0), anchor="mm")
        img.save(self.path(url), "PNG", optimize=True)

    def xlsx_sor1(self, url, agency, month_label, rows, egp=False):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "สขร.1"
        ws["A1"] = "แบบ สขร.1"
        ws["A2"] = f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {month_label}"
        ws["A3"] = agency
        ws["A1"].font = Font(bold=True)
        ws["A2"].font = Font(bold=True)
        hdr = ["ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง (บาท)", "ราคากลาง (บาท)",
               "วิธีซื้อหรือจ้าง", "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลง",
               "เหตุผลที่คัดเลือกโดยสรุป", "เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง"]
        if egp:
            hdr.insert(1, "เลขที่โครงการ e-GP")
        ws.append([])
        ws.append(hdr)
        for c in ws[5]:
            c.font = Font(bold=True)
            c.alignment = Alignment(wrap_text=True)
        if not rows:
            ws.append(["-", "ไม่มีการจัดซื้อจัดจ้างในเดือนนี้"] + ["-"] * (len(hdr) - 2))
        for i, r in enumerate(rows, 1):
            ws.append([i] + list(r))
        for col, wdt in zip("ABCDEFGHIJ", [7, 40, 14, 14, 14, 30, 30, 22, 26, 26]):
            ws.column_dimensions[col].width = wdt
        wb.save(self.path(url))

    def xlsx_table(self, url, title, header, rows):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws["A1"] = title
        ws["A1"].font = Font(bold=True)
        ws.append([])
        ws.append(header)
        for r in rows:
            ws.append(list(r))
        wb.save(self.path(url))

    def docx(self, url, title, paras):
        import docx
        doc = docx.Document()
        doc.add_heading(title, level=1)
        for p in paras:
            doc.add_paragraph(p)
        doc.save(self.path(url))


def write_meta(dirp, meta, truth, truth_md):
    with open(os.path.join(dirp, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(dirp, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(dirp, "truth.md"), "w", encoding="utf-8") as f:
        f.write(truth_md.strip() + "\n")


def sor1_rows(n, seed, month_day, egp=False):
    """Deterministic plausible procurement rows."""
    items = [("จัดซื้อวัสดุสำนักงาน", "บริษัท ออฟฟิศเมท จำกัด"), ("จ้างซ่อมแซมรถบรรทุกมูลฝอย", "อู่ช่างเจริญยนต์"),
             ("จัดซื้อวัสดุงานบ้านงานครัว", "ร้านสมใจพาณิชย์"), ("จ้างเหมาทำความสะอาดคูคลอง", "หจก. ธนกิจรุ่งเรือง"),
             ("จัดซื้อน้ำมันเชื้อเพลิง", "บริษัท ปตท. น้ำมันและการค้าปลีก จำกัด (มหาชน)"),
             ("จ้างพิมพ์เอกสารประชาสัมพันธ์", "ร้านกิจเจริญการพิมพ์"), ("จัดซื้อวัสดุก่อสร้าง", "หจก. ไทยวัสดุภัณฑ์"),
             ("จ้างซ่อมเครื่องปรับอากาศ", "ร้านเย็นฉ่ำแอร์เซอร์วิส"), ("จัดซื้อวัสดุคอมพิวเตอร์", "บริษัท ไอทีซัพพลาย จำกัด")]
    rows = []
    for i in range(n):
        name, vendor = items[(seed + i * 4) % len(items)]
        amt = 4800 + ((seed * 7919 + i * 3571) % 90) * 1150
        price = f"{amt:,.2f}"
        agreed = f"{amt - ((i + seed) % 5) * 100:,.2f}"
        r = [name, price, price, "เฉพาะเจาะจง", f"{vendor} / {price}", f"{vendor} / {agreed}",
             "เป็นผู้มีคุณสมบัติครบถ้วนและเสนอราคาไม่เกินวงเงิน", f"ใบสั่ง{'ซื้อ' if 'ซื้อ' in name else 'จ้าง'} เลขที่ {seed * 10 + i + 1}/{month_day[1]} ลว. {month_day[0]}"]
        if egp:
            r.insert(0, f"6{seed:02d}{i + 1:02d}0{(seed * 31 + i) % 100:02d}{i}")
        rows.append(r)
    return rows


def enc(path):
    return quote(path, safe="/")
# oit2564_subpages: เขตบึงกุ่ม, ITA 2564 (O1-O43), each item on its own sub-page. as of 2021-04-30 (FY2564).

OUT = "/work/wt/blind3/tests/blind_sites/oit2564_subpages"
S = Site(OUT + "/site")
D = "/buengkum"
I = D + "/ita2564"
U = D + "/upload/ita64/"
AG = "สำนักงานเขตบึงกุ่ม"
DIR = ("นายประพันธ์ ใจมั่น", "ผู้อำนวยการเขตบึงกุ่ม")
SIGN = ["(" + DIR[0] + ")", DIR[1]]


def a(h, t):
    return f'<a href="{h}">{t}</a>'


def page(url, title, body):
    html = f"""<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>{title} | สำนักงานเขตบึงกุ่ม</title></head>
<body><table width="100%"><tr><td><img src="{D}/images/head.png" alt="สำนักงานเขตบึงกุ่ม"></td></tr></table>
<div class="menu">{a(D + '/', 'หน้าหลัก')} | {a(I + '/', 'ITA 2564')} | <a href="http://www.bangkok.go.th/">กรุงเทพมหานคร</a></div>
<div class="content"><h2>{title}</h2>
{body}
<p>{a(I + '/', '« กลับหน้าการเปิดเผยข้อมูลสาธารณะ (OIT)')}</p></div>
<div class="foot">สำนักงานเขตบึงกุ่ม เลขที่ ๙๙ ถนนนวมินทร์ แขวงคลองกุ่ม เขตบึงกุ่ม กทม. ๑๐๒๔๐</div></body></html>"""
    S.write(url, html)


def doclist(docs):
    return "<ol>" + "".join(f"<li>{a(h, t)}</li>" for h, t in docs) + "</ol>"


S.png(D + "/images/head.png", 400, 50, (0, 70, 130), "สำนักงานเขตบึงกุ่ม")

subs = []  # (codes shown on main table, name, url)


def sub(codes, name, fname, title, body):
    url = f"{I}/{fname}"
    page(url, title, body)
    subs.append((codes, name, url))


def P(fn, title, lines, **kw):
    S.pdf(U + fn, title, lines, **kw)
    return U + fn


# O1 + O3 structure & authority
S.orgchart(U + "org64.png", ["ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายรายได้", "ฝ่ายรักษาฯ", "ฝ่ายโยธา",
                              "ฝ่ายเทศกิจ", "ฝ่ายพัฒนาชุมชนฯ", "ฝ่ายสิ่งแวดล้อมฯ", "ฝ่ายการศึกษา"])
DIVS = ["ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายรายได้", "ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "ฝ่ายโยธา",
        "ฝ่ายเทศกิจ", "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "ฝ่ายการศึกษา"]
body = f"""<h3>โครงสร้างหน่วยงาน</h3><img src="{U}org64.png" alt="แผนผังโครงสร้างสำนักงานเขตบึงกุ่ม">
<p>ผู้อำนวยการเขต ผู้ช่วยผู้อำนวยการเขต ๓ คน และ ๑๐ ฝ่าย ได้แก่ {' '.join(DIVS)} สังกัดกรุงเทพมหานคร โดยมีสำนักปลัดกรุงเทพมหานครกำกับดูแล</p>
<h3 id="o3">อำนาจหน้าที่</h3><p>สำนักงานเขตมีอำนาจหน้าที่ตามพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘ และประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต ได้แก่ งานทะเบียนราษฎร งานจัดเก็บรายได้ งานรักษาความสะอาด งานควบคุมอาคาร งานเทศกิจ งานพัฒนาชุมชน และงานการศึกษา (ที่มา: สำนักงาน ก.ก.)</p>"""
page(f"{I}/sub01-03.html", "O๑ โครงสร้างหน่วยงาน / O๓ อำนาจหน้าที่", body)
subs.append(("O๑", "โครงสร้างหน่วยงาน", f"{I}/sub01-03.html"))

# O2 executives (defect: no phone/e-mail)
ex = [(DIR[0], DIR[1]), ("นางสาวศิริพร คงเจริญ", "ผู้ช่วยผู้อำนวยการเขตบึงกุ่ม"), ("นายณรงค์ชัย บัวทอง", "ผู้ช่วยผู้อำนวยการเขตบึงกุ่ม"), ("- ว่าง -", "ผู้ช่วยผู้อำนวยการเขตบึงกุ่ม")]
b = ""
for i, (n, p) in enumerate(ex):
    if n != "- ว่าง -":
        S.png(f"{U}exec{i}.png", 80, 100, (60 + i * 30, 90, 120), "รูป")
        b += f'<div><img src="{U}exec{i}.png" alt="{n}"><p>{n}<br>{p}</p></div>'
    else:
        b += f"<div><p>{n}<br>{p}</p></div>"
sub("0๒", "ข้อมูลผู้บริหาร", "sub02.html", "ข้อมูลผู้บริหาร", b + "<p>ข้อมูล ณ วันที่ ๑ เมษายน ๒๕๖๔</p>")
subs.append(("O 3", "อำนาจหน้าที่", f"{I}/sub01-03.html#o3"))

# O4
d = P("bma_plan20y_phase2.pdf", "แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๒\n(พ.ศ. ๒๕๖๑ - ๒๕๖๕)", ["ยุทธศาสตร์ ๗ มิติ", "มหานครปลอดภัย มหานครสีเขียว สะดวกสบาย มหานครสำหรับทุกคน"])
d2 = P("district_devplan_2564.pdf", "แผนพัฒนาเชิงพื้นที่ สำนักงานเขตบึงกุ่ม ปี ๒๕๖๔", ["ปัญหาในพื้นที่: น้ำท่วมขัง ขยะ การจราจรถนนนวมินทร์", "แนวทางพัฒนา ๔ ด้าน"])
sub("o4", "แผนยุทธศาสตร์และแผนพัฒนาสำนักงานเขต", "sub04.html", "แผนยุทธศาสตร์ / แผนพัฒนาสำนักงานเขต",
    doclist([(d, "แผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี ระยะที่ 2 (พ.ศ. 2561-2565)"), (d2, "แผนพัฒนาเชิงพื้นที่ เขตบึงกุ่ม ปี 2564")]))

# O5 contact
sub("๐๕", "ข้อมูลการติดต่อ", "sub05.html", "ข้อมูลการติดต่อหน่วยงาน", """<p>สำนักงานเขตบึงกุ่ม เลขที่ ๙๙ ถนนนวมินทร์ แขวงคลองกุ่ม เขตบึงกุ่ม กรุงเทพมหานคร ๑๐๒๔๐</p>
<p>โทรศัพท์ 0 2510 8711 โทรสาร 0 2510 8712<br>E-mail : buengkum@bangkok.go.th</p>
<p><a href="https://goo.gl/maps/bkumdistrictoffice">แผนที่ตั้ง (Google Map)</a></p><iframe src="https://www.google.com/maps/embed?pb=buengkum" width="400" height="250"></iframe>""")

# O6 laws
sub("O6", "กฎหมายที่เกี่ยวข้อง", "sub06.html", "กฎหมายที่เกี่ยวข้อง", """<ul>
<li><a href="http://www.krisdika.go.th/">พ.ร.บ. ระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘</a></li>
<li><a href="http://www.krisdika.go.th/">พ.ร.บ. รักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. ๒๕๓๕</a></li>
<li><a href="http://www.krisdika.go.th/">พ.ร.บ. ควบคุมอาคาร พ.ศ. ๒๕๒๒</a></li>
<li><a href="http://www.krisdika.go.th/">พ.ร.บ. การสาธารณสุข พ.ศ. ๒๕๓๕</a></li></ul>""")

# O7 news (inline)
S.png(U + "news1.png", 150, 90, (90, 140, 60), "ข่าว")
sub("O๗", "ข่าวประชาสัมพันธ์", "sub07.html", "ข่าวประชาสัมพันธ์", f"""<ul>
<li>๒๘ เม.ย. ๒๕๖๔ เขตบึงกุ่มตั้งจุดตรวจคัดกรองโควิด-19 ชุมชนนวลจันทร์ <img src="{U}news1.png" alt="ข่าว"></li>
<li>๙ เม.ย. ๒๕๖๔ ประชาสัมพันธ์ ชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี ๒๕๖๔ ภายใน ๓๑ ส.ค. ๒๕๖๔</li>
<li>๒๒ มี.ค. ๒๕๖๔ กิจกรรมวันน้ำโลก ขุดลอกคลองลำเจียก</li></ul>""")

# O8 Q&A
sub("O๘", "Q&A", "sub08.html", "ถาม-ตอบ (Q&A)", """<form action="https://webboard.bangkok.go.th/buengkum/post" method="post"><p>ชื่อ <input name="n"> คำถาม <textarea name="q"></textarea> <button>ส่งคำถาม</button></p></form>
<dl><dt>ถาม: ขอทำบัตรประชาชนวันเสาร์ได้หรือไม่ (๑๒ เม.ย. ๖๔)</dt><dd>ตอบ: ฝ่ายทะเบียนเปิดให้บริการวันเสาร์ ๐๘.๐๐-๑๖.๐๐ น. (๑๓ เม.ย. ๖๔)</dd>
<dt>ถาม: แจ้งไฟฟ้าสาธารณะดับ ซอยนวมินทร์ ๗๔ (๒ เม.ย. ๖๔)</dt><dd>ตอบ: ฝ่ายโยธาดำเนินการซ่อมแล้ว (๕ เม.ย. ๖๔)</dd></dl>""")

# O9 social
sub("O๙", "Social Network", "sub09.html", "Social Network", """<p><a href="https://www.facebook.com/buengkumdistrict">Facebook: สำนักงานเขตบึงกุ่ม</a></p>
<p><a href="https://line.me/R/ti/p/@buengkum">LINE Official: @buengkum</a></p><p><a href="https://www.youtube.com/c/buengkum">YouTube</a></p>""")

# O10
d = P("actionplan_2564.pdf", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๔\nสำนักงานเขตบึงกุ่ม",
      [("โครงการ", "งบประมาณ (บาท)", "ตัวชี้วัด", "ฝ่าย"), ("ป้องกันน้ำท่วม", "3,200,000", "จุดน้ำท่วมลดลง", "โยธา"),
       ("ชุมชนปลอดขยะ", "280,000", "ขยะลดลง 5%", "รักษาฯ"), ("ส่งเสริมสุขภาพผู้สูงอายุ", "150,000", "500 คน", "พัฒนาชุมชนฯ"),
       "ระยะเวลา ๑ ตุลาคม ๒๕๖๓ - ๓๐ กันยายน ๒๕๖๔"], sign=SIGN)
sub("O๑๐", "แผนดำเนินงานประจำปี", "sub10.html", "แผนปฏิบัติราชการประจำปี ๒๕๖๔", doclist([(d, "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2564")]))

# O11 placeholder (defect)
sub("O๑๑", "รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน", "sub11.html", "รายงานการกำกับติดตามการดำเนินงาน รอบ ๖ เดือน",
    "<p>อยู่ระหว่างดำเนินการรวบรวมข้อมูล</p>")

# O12 wrong-year annual report (defect)
d = P("annual_report_2562.pdf", "รายงานผลการดำเนินงานประจำปี พ.ศ. ๒๕๖๒\nสำนักงานเขตบึงกุ่ม",
      ["ผลการดำเนินงานตามแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๒ (ต.ค. ๒๕๖๑ - ก.ย. ๒๕๖๒)",
       ("โครงการ", "ผล", "ร้อยละ"), ("ป้องกันน้ำท่วม", "ดำเนินการ 12 จุด", "100"), ("ชุมชนปลอดขยะ", "ลดขยะ 4%", "80")])
sub("O๑๒", "รายงานผลการดำเนินงานประจำปี", "sub12.html", "รายงานผลการดำเนินงานประจำปี", doclist([(d, "รายงานผลการดำเนินงานประจำปี")]))

# O13 manuals (several docs, all divisions)
docs = []
for k, grp in enumerate([DIVS[0:4], DIVS[4:7], DIVS[7:10]], 1):
    docs.append((P(f"manual_part{k}.pdf", f"คู่มือการปฏิบัติงาน สำนักงานเขตบึงกุ่ม เล่มที่ {th(k)}",
                   sum([[f"{dv}", "  ๑. ขั้นตอนการปฏิบัติงาน ๒. ระยะเวลา ๓. ผู้รับผิดชอบ ๔. แบบฟอร์ม"] for dv in grp], [])),
                 f"คู่มือการปฏิบัติงาน เล่ม {k} ({', '.join(grp)})"))
sub("O13", "คู่มือหรือมาตรฐานการปฏิบัติงาน", "sub13.html", "คู่มือหรือมาตรฐานการปฏิบัติงาน", doclist(docs))

# O14 service manuals
docs = [(P("guide_tabien.pdf", "คู่มือสำหรับประชาชน งานทะเบียนราษฎร", ["การแจ้งเกิด การแจ้งตาย การย้ายที่อยู่", "ระยะเวลา ๑๕-๓๐ นาที ค่าธรรมเนียม ๒๐ บาท"]), "คู่มือประชาชน งานทะเบียน"),
        (P("guide_food.pdf", "คู่มือสำหรับประชาชน การขออนุญาตจัดตั้งสถานที่จำหน่ายอาหาร", ["ยื่นที่ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "ระยะเวลา ๓๐ วัน"]), "คู่มือประชาชน ใบอนุญาตจำหน่ายอาหาร"),
        (P("guide_building.pdf", "คู่มือสำหรับประชาชน การขออนุญาตก่อสร้างอาคาร", ["ยื่นที่ฝ่ายโยธา", "ระยะเวลา ๔๕ วัน"]), "คู่มือประชาชน ขออนุญาตก่อสร้าง")]
sub("O๑๔", "คู่มือหรือมาตรฐานการให้บริการ", "sub14.html", "คู่มือการให้บริการประชาชน", doclist(docs))

# O15 service stats
rows = [("ทะเบียนราษฎร", 2210, 2105, 1987, 2301, 2150, 2422), ("บัตรประจำตัวประชาชน", 1402, 1388, 1210, 1560, 1490, 1602),
        ("จดทะเบียนพาณิชย์", 88, 72, 65, 91, 80, 97)]
S.xlsx_table(U + "service_stat_2564.xlsx", "สถิติการให้บริการ สำนักงานเขตบึงกุ่ม ต.ค. 63 - มี.ค. 64",
             ["งานบริการ", "ต.ค.63", "พ.ย.63", "ธ.ค.63", "ม.ค.64", "ก.พ.64", "มี.ค.64"], rows)
sub("O๑๕", "ข้อมูลเชิงสถิติการให้บริการ", "sub15.html", "สถิติการให้บริการ ปีงบประมาณ ๒๕๖๔",
    "<table border=1><tr><th>งาน</th><th>ต.ค.63</th><th>พ.ย.63</th><th>ธ.ค.63</th><th>ม.ค.64</th><th>ก.พ.64</th><th>มี.ค.64</th></tr>" +
    "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + f"</table><p>{a(U + 'service_stat_2564.xlsx', 'ดาวน์โหลด (xlsx)')}</p>")

# O16 survey (defect: FY2562)
d = P("satisfaction_2562.pdf", "รายงานผลการสำรวจความพึงพอใจของผู้รับบริการ\nสำนักงานเขตบึงกุ่ม ประจำปีงบประมาณ พ.ศ. ๒๕๖๒",
      ["กลุ่มตัวอย่าง ๔๐๐ คน", "ความพึงพอใจโดยรวม ร้อยละ ๘๘.๖", "สำรวจระหว่าง ๑ ก.ค. - ๓๑ ส.ค. ๒๕๖๒"])
sub("O16", "รายงานผลการสำรวจความพึงพอใจการให้บริการ", "sub16.html", "ผลสำรวจความพึงพอใจการให้บริการ", doclist([(d, "รายงานผลการสำรวจความพึงพอใจ")]))

# O17 e-service
sub("O๑๗", "E-Service", "sub17.html", "E-Service", """<ul><li><a href="https://bmaq.bangkok.go.th/">ระบบจองคิวล่วงหน้า BMA Q</a></li>
<li><a href="https://www.bangkok.go.th/oss">ระบบขออนุญาตออนไลน์ BMA OSS</a></li><li><a href="https://docs.google.com/forms/d/buengkum-appointment">นัดหมายล่วงหน้า (Google Form) ทุกฝ่าย</a></li></ul>""")

# O18 spending plan
d = P("spending_plan_2564.pdf", "แผนการใช้จ่ายงบประมาณประจำปี พ.ศ. ๒๕๖๔\nสำนักงานเขตบึงกุ่ม",
      [("หมวด", "ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4"), ("งบบุคลากร", "17,500,000", "17,500,000", "17,500,000", "17,600,000"),
       ("งบดำเนินงาน", "5,200,000", "6,400,000", "6,100,000", "4,800,000"), ("งบลงทุน", "0", "1,900,000", "3,400,000", "700,000")])
sub("O๑๘", "แผนการใช้จ่ายงบประมาณประจำปี", "sub18.html", "แผนการใช้จ่ายงบประมาณประจำปี ๒๕๖๔", doclist([(d, "แผนการใช้จ่ายงบประมาณ ปี ๖๔")]))

# O19 monitoring: Q1 only (defect)
d = P("spending_monitor_q1_2564.pdf", "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ\nไตรมาสที่ ๑ ปีงบประมาณ พ.ศ. ๒๕๖๔ (ต.ค. - ธ.ค. ๒๕๖๓)",
      [("หมวด", "แผน", "เบิกจ่าย", "ร้อยละ"), ("งบบุคลากร", "17,500,000", "17,402,100", "99.4"), ("งบดำเนินงาน", "5,200,000", "4,611,300", "88.7")])
sub("O๑๙", "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ", "sub19.html", "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ", doclist([(d, "รายงานฯ ไตรมาสที่ 1/2564")]))

# O20 annual spending report FY2563
d = P("spending_report_2563.pdf", "รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๓\nสำนักงานเขตบึงกุ่ม",
      [("หมวด", "ได้รับจัดสรร", "เบิกจ่าย", "ร้อยละ"), ("งบบุคลากร", "69,400,000", "69,012,330", "99.44"), ("งบดำเนินงาน", "21,700,000", "20,950,100", "96.54"),
       ("งบลงทุน", "6,300,000", "5,988,000", "95.05"), "ปัญหาอุปสรรค: สถานการณ์โควิด-19 ทำให้การเบิกจ่ายล่าช้า"])
sub("O๒๐", "รายงานผลการใช้จ่ายงบประมาณประจำปี", "sub20.html", "รายงานผลการใช้จ่ายงบประมาณประจำปี ๒๕๖๓", doclist([(d, "รายงานผลการใช้จ่ายงบประมาณ ปี 2563")]))

# O21 procurement plan
d = P("procure_plan_2564.pdf", "ประกาศสำนักงานเขตบึงกุ่ม\nเรื่อง เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
      [("โครงการ", "วงเงิน", "ช่วงเวลา"), ("จ้างขุดลอกท่อระบายน้ำ", "1,450,000", "ม.ค. 64"), ("จัดซื้อวัสดุงานบ้านงานครัว", "300,000", "ต.ค. 63"),
       "ประกาศ ณ วันที่ ๘ ตุลาคม ๒๕๖๓"], sign=SIGN)
sub("o๒๑", "แผนการจัดซื้อจัดจ้าง", "sub21.html", "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ ๒๕๖๔",
    doclist([(d, "แผนการจัดซื้อจัดจ้าง ปีงบประมาณ 2564")]) + '<p>ตรวจสอบเพิ่มเติม: <a href="http://e-gpbma.bangkok.go.th/">ระบบ e-GPBMA</a></p>')

# O22 announcements
d1 = P("announce_drain_2564.pdf", "ประกาศสำนักงานเขตบึงกุ่ม\nเรื่อง ประกวดราคาจ้างขุดลอกท่อระบายน้ำ ซอยนวมินทร์ ๔๒ ด้วยวิธี e-bidding",
       ["ราคากลาง ๑,๔๕๐,๐๐๐ บาท", "ประกาศ ณ วันที่ ๑๑ มกราคม ๒๕๖๔"], sign=SIGN)
d2 = P("winner_drain_2564.pdf", "ประกาศผู้ชนะการเสนอราคา\nจ้างขุดลอกท่อระบายน้ำ ซอยนวมินทร์ ๔๒", ["ผู้ชนะ หจก. ธนกิจรุ่งเรือง ราคา ๑,๓๙๘,๐๐๐ บาท", "ประกาศ ณ วันที่ ๒ กุมภาพันธ์ ๒๕๖๔"], sign=SIGN)
sub("O22", "ประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้าง", "sub22.html", "ประกาศจัดซื้อจัดจ้าง",
    doclist([(d1, "ประกาศประกวดราคา ขุดลอกท่อ ซ.นวมินทร์ 42"), (d2, "ประกาศผู้ชนะ ขุดลอกท่อ ซ.นวมินทร์ 42")]) +
    '<p>ประกาศทั้งหมดดูที่ <a href="http://e-gpbma.bangkok.go.th/">e-GPBMA</a></p>')

# O23 monthly (defect: Feb 2564 absent)
mons = [("ตุลาคม 2563", "6310", ("12 ต.ค. 2563", "2564"), 3), ("พฤศจิกายน 2563", "6311", ("9 พ.ย. 2563", "2564"), 2),
        ("ธันวาคม 2563", "6312", ("14 ธ.ค. 2563", "2564"), 3), ("มกราคม 2564", "6401", ("18 ม.ค. 2564", "2564"), 2),
        ("มีนาคม 2564", "6403", ("10 มี.ค. 2564", "2564"), 4)]
docs = []
for i, (lab, fn, md, n) in enumerate(mons):
    S.xlsx_sor1(f"{U}sor1_{fn}.xlsx", AG, lab, sor1_rows(n, i + 11, md))
    docs.append((f"{U}sor1_{fn}.xlsx", f"สรุปผลการจัดซื้อจัดจ้าง เดือน{lab} (สขร.1)"))
sub("o 23", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", "sub23.html", "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน ปีงบประมาณ ๒๕๖๔", doclist(docs))

# O24 annual procurement report: dead link (defect)
sub("O๒๔", "รายงานผลการจัดซื้อจัดจ้างประจำปี", "sub24.html", "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี ๒๕๖๓",
    doclist([(U + "procure_annual_report_2563.pdf", "รายงานผลการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. 2563")]))

# O25-O28 HR
d = P("hr_policy_2564.pdf", "ประกาศสำนักงานเขตบึงกุ่ม\nเรื่อง นโยบายการบริหารทรัพยากรบุคคล ประจำปี ๒๕๖๔",
      ["๑. ด้านการวางแผนกำลังคน", "๒. ด้านการสรรหาและพัฒนา", "๓. ด้านคุณภาพชีวิตและความผูกพัน", "ประกาศ ณ วันที่ ๕ ตุลาคม ๒๕๖๓"], sign=SIGN)
sub("O๒๕", "นโยบายการบริหารทรัพยากรบุคคล", "sub25.html", "นโยบายการบริหารทรัพยากรบุคคล", doclist([(d, "นโยบายการบริหารทรัพยากรบุคคล ปี 2564")]))
d = P("hr_action_2564.pdf", "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล ปี ๒๕๖๔\nสำนักงานเขตบึงกุ่ม",
      [("กิจกรรม", "ช่วงเวลา", "ผล"), ("อบรมจริยธรรมข้าราชการ", "ธ.ค. 63", "120 คน"), ("สำรวจความต้องการพัฒนา", "พ.ย. 63", "ดำเนินการแล้ว")])
sub("O๒๖", "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล", "sub26.html", "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล", doclist([(d, "ผลการดำเนินการตามนโยบาย HR (ต.ค. 63 - มี.ค. 64)")]))
d = P("hr_criteria.pdf", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล\n(ตามหลักเกณฑ์ ก.ก.)", ["การสรรหา การบรรจุแต่งตั้ง การพัฒนา การประเมินผล การให้คุณให้โทษ"])
sub("O๒๗", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "sub27.html", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", doclist([(d, "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล")]))
d = P("hr_report_2563.pdf", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี ๒๕๖๓\nสำนักงานเขตบึงกุ่ม", ["ผลการพัฒนาบุคลากร ๒๑๒ คน", "ปัญหาอุปสรรค และข้อเสนอแนะ"])
sub("O๒๘", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", "sub28.html", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", doclist([(d, "รายงานผล HR ประจำปี 2563")]))

# O29
d = P("complaint_manual.pdf", "คู่มือการดำเนินการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ\nสำนักงานเขตบึงกุ่ม",
      ["ขั้นตอน: รับเรื่อง > ลงทะเบียน > ตรวจสอบข้อเท็จจริง > รายงานผู้อำนวยการเขต > แจ้งผู้ร้อง", "ระยะเวลาดำเนินการ ๑๕ วันทำการ"])
sub("O๒๙", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", "sub29.html", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต", doclist([(d, "คู่มือการจัดการเรื่องร้องเรียนการทุจริต")]))

# O30 + O32 one page
url = f"{I}/sub30-32.html"
page(url, "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต และช่องทางการรับฟังความคิดเห็น", """
<h3>O๓๐ ช่องทางแจ้งเรื่องร้องเรียนการทุจริต</h3><ul><li>ด้วยตนเอง/ไปรษณีย์ ถึงผู้อำนวยการเขตบึงกุ่ม ๙๙ ถ.นวมินทร์</li>
<li>โทร. 0 2510 8711 ต่อ 101 / สายด่วน กทม. 1555</li><li>E-mail: buengkum@bangkok.go.th</li>
<li><a href="https://docs.google.com/forms/d/buengkum-corruption">แบบฟอร์มแจ้งเรื่องร้องเรียนการทุจริตออนไลน์</a> (ไม่ต้องเปิดเผยชื่อ)</li></ul>
<h3>O๓๒ ช่องทางการรับฟังความคิดเห็น</h3><p><a href="https://docs.google.com/forms/d/buengkum-opinion">แบบรับฟังความคิดเห็นต่อการดำเนินงานของเขต</a> และกล่องรับความคิดเห็น ณ ชั้น ๑ อาคารสำนักงานเขต</p>""")
subs.append(("O30", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", url))

# O31 scan (defect review)
S.scan_pdf(U + "corruption_complaint_stat_2564.pdf", "สถิติเรื่องร้องเรียนการทุจริต\nปีงบประมาณ พ.ศ. ๒๕๖๔",
           ["สำนักงานเขตบึงกุ่ม", "ต.ค. ๖๓  ๐ เรื่อง", "พ.ย. ๖๓  ๐ เรื่อง", "ธ.ค. ๖๓  ๑ เรื่อง (ยุติแล้ว)",
            "ม.ค. ๖๔  ๐ เรื่อง", "ก.พ. ๖๔  ๐ เรื่อง", "มี.ค. ๖๔  ๐ เรื่อง"])
sub("O๓๑", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี", "sub31.html", "สถิติเรื่องร้องเรียนการทุจริต",
    doclist([(U + "corruption_complaint_stat_2564.pdf", "สถิติเรื่องร้องเรียนการทุจริต ปี 2564 (ต.ค.63-มี.ค.64)")]))
subs.append(("O๓๒", "ช่องทางการรับฟังความคิดเห็น", url))

# O33 participation
sub("O๓๓", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", "sub33.html", "การเปิดโอกาสให้เกิดการมีส่วนร่วม",
    "<p>โครงการประชาคมชุมชนเพื่อจัดทำแผนพัฒนาเชิงพื้นที่ ปี ๒๕๖๔ จัดเมื่อ ๑๙ พ.ย. ๒๕๖๓ ณ ห้องประชุมสำนักงานเขต ผู้เข้าร่วม ๘๕ คน จาก ๔๒ ชุมชน</p>")

# O34 intent (defect: Thai only)
d = P("integrity_intent_2564.pdf", "เจตจำนงสุจริตในการบริหารงาน\nของผู้อำนวยการเขตบึงกุ่ม ประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
      ["ข้าพเจ้าจะบริหารงานด้วยความซื่อสัตย์สุจริต โปร่งใส ตรวจสอบได้", "ไม่ทนต่อการทุจริตทุกรูปแบบ", "ให้ไว้ ณ วันที่ ๒ พฤศจิกายน ๒๕๖๓"], sign=SIGN)
sub("O๓๔", "เจตจำนงสุจริตของผู้บริหาร", "sub34.html", "เจตจำนงสุจริตของผู้บริหาร", doclist([(d, "เจตจำนงสุจริตของผู้บริหาร ปี 2564")]))

# O35
d = P("exec_participation_2564.pdf", "การมีส่วนร่วมของผู้บริหารในการป้องกันการทุจริต ปี ๒๕๖๔",
      ["ผู้อำนวยการเขตเป็นประธานประชุมมอบนโยบาย No Gift ๒ ธ.ค. ๒๕๖๓", "ร่วมกิจกรรมวันต่อต้านคอร์รัปชันสากล ๙ ธ.ค. ๒๕๖๓"])
sub("O๓๕", "การมีส่วนร่วมของผู้บริหาร", "sub35.html", "การมีส่วนร่วมของผู้บริหาร", doclist([(d, "การมีส่วนร่วมของผู้บริหาร")]))

# O36 + O37 one page
d1 = P("corruption_risk_2564.pdf", "การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๔\nสำนักงานเขตบึงกุ่ม",
       [("กระบวนงาน", "เหตุการณ์ความเสี่ยง", "ระดับ"), ("การออกใบอนุญาตก่อสร้าง", "เรียกรับผลประโยชน์", "สูง"), ("การจัดซื้อจัดจ้าง", "กำหนดคุณลักษณะเอื้อผู้ขาย", "กลาง")])
d2 = P("corruption_risk_action_2564.pdf", "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต ปี ๒๕๖๔",
       ["มาตรการ: ตรวจสอบสองชั้น เปิดเผยขั้นตอน ติดตามรายไตรมาส", "ผลการดำเนินการ ต.ค. ๖๓ - มี.ค. ๖๔: ไม่พบเหตุการณ์ทุจริต"])
url = f"{I}/sub36-37.html"
page(url, "O๓๖-O๓๗ การประเมินและการจัดการความเสี่ยงการทุจริต", doclist([(d1, "O36 การประเมินความเสี่ยงการทุจริตประจำปี 2564"), (d2, "O37 การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต")]))
subs.append(("O๓๖-๓๗", "การประเมินความเสี่ยงการทุจริตประจำปี / การดำเนินการเพื่อจัดการความเสี่ยง", url))

# O38
S.png(U + "culture1.png", 150, 90, (160, 100, 60), "กิจกรรม")
sub("O๓๘", "การเสริมสร้างวัฒนธรรมองค์กร", "sub38.html", "การเสริมสร้างวัฒนธรรมองค์กร",
    f'<p>กิจกรรมปลูกจิตสำนึก "บึงกุ่มโปร่งใส ไม่รับของขวัญ" ๑๕ ม.ค. ๒๕๖๔ ข้าราชการเข้าร่วม ๑๕๐ คน</p><img src="{U}culture1.png" alt="ภาพกิจกรรม">')

# O39 (defect: only multi-year plan)
d = P("anticorruption_plan_2561-2564.pdf", "แผนปฏิบัติการป้องกันและปราบปรามการทุจริต ระยะ ๔ ปี\n(พ.ศ. ๒๕๖๑ - ๒๕๖๔) สำนักงานเขตบึงกุ่ม",
      ["ยุทธศาสตร์ชาติว่าด้วยการป้องกันและปราบปรามการทุจริต ระยะที่ ๓", "โครงการ/กิจกรรม รวม ๑๒ โครงการ (ภาพรวม ๔ ปี)"])
sub("O๓๙", "แผนปฏิบัติการป้องกันการทุจริต", "sub39.html", "แผนปฏิบัติการป้องกันการทุจริต", doclist([(d, "แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2561-2564")]))

# O40
d = P("anticorruption_monitor_6m_2564.pdf", "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต\nรอบ ๖ เดือน (ต.ค. ๒๕๖๓ - มี.ค. ๒๕๖๔)",
      [("โครงการ", "ความก้าวหน้า"), ("No Gift Policy", "ดำเนินการแล้ว"), ("อบรมจริยธรรม", "ดำเนินการแล้ว"), ("ประชาคมชุมชน", "ร้อยละ 60")])
sub("O๔๐", "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน", "sub40.html", "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ ๖ เดือน", doclist([(d, "รายงานฯ รอบ 6 เดือน ปี 2564")]))

# O41: absent (defect)

# O42 + O43 in one PDF
d = P("ita_measures_2564.pdf", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\nและการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
      ["ส่วนที่ ๑ ผลการประเมิน ITA ปี ๒๕๖๓ ของสำนักงานเขตบึงกุ่ม: ๘๕.๒๖ คะแนน", "ส่วนที่ ๒ การวิเคราะห์จุดอ่อน: การเปิดเผยข้อมูล (OIT) ด้านการจัดซื้อจัดจ้าง",
       "ส่วนที่ ๓ มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี ๒๕๖๔ (O๔๒)", "  ๑. จัดทำ Checklist การเปิดเผยข้อมูล  ๒. มอบหมายผู้รับผิดชอบรายข้อ",
       "ส่วนที่ ๔ การดำเนินการตามมาตรการ (O๔๓) ผล ณ ๓๑ มี.ค. ๒๕๖๔: ดำเนินการแล้ว ๕ จาก ๖ มาตรการ"], sign=SIGN)
url = f"{I}/sub42-43.html"
page(url, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", doclist([(d, "O42-O43 มาตรการส่งเสริมคุณธรรมฯ และการดำเนินการตามมาตรการ (ไฟล์เดียว)")]))
subs.append(("O๔๒", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", url))
subs.append(("O๔๓", "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", url))

# ---------- main OIT page & home ----------
tr = "".join(f"<tr><td>{c}</td><td>{n}</td><td>{a(u, 'รายละเอียด')}</td></tr>" for c, n, u in subs)
S.write(I + "/", f"""<!DOCTYPE html><html><head><meta charset="UTF-8"><title>ITA 2564 | สำนักงานเขตบึงกุ่ม</title></head><body>
<img src="{D}/images/head.png" alt="head"><p>{a(D + '/', 'หน้าหลัก')}</p>
<h2>การเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment : OIT)<br>ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ สำนักงานเขตบึงกุ่ม</h2>
<table border="1" cellpadding="4"><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{tr}</table>
<p>ผู้รับผิดชอบ ฝ่ายปกครอง โทร. 0 2510 8711 ต่อ 105</p></body></html>""")
page(D + "/", "สำนักงานเขตบึงกุ่ม", f"""<p>ยินดีต้อนรับ</p><ul><li>{a(I + '/', 'ITA 2564 การประเมินคุณธรรมและความโปร่งใส')}</li>
<li>{a(I + '/sub07.html', 'ข่าวประชาสัมพันธ์')}</li><li>{a(I + '/sub05.html', 'ติดต่อเรา')}</li></ul>""")

# ---------- meta / truth ----------
meta = {"framework": "bma-2564", "as_of": "2021-04-30", "start": I + "/", "name_th": "สำนักงานเขตบึงกุ่ม",
        "style": "oit2564_subpages: one OIT table, each item linked to its own sub-page (most with several documents); O1+O3, O30+O32, O36+O37 share a page, O42+O43 share one PDF; codes written O๑ / 0๒ / O 3 / o4 / ๐๕ / o 23",
        "author": "blind", "set": "held-out"}
truth = {f"O{i}": "pass" for i in range(1, 44)}
truth.update({"O2": "incomplete", "O11": "missing", "O12": "stale", "O16": "stale", "O19": ["stale", "incomplete"],
              "O23": "stale", "O24": "broken", "O31": "review", "O34": "incomplete", "O39": ["missing", "incomplete"], "O41": "missing"})
md = """# oit2564_subpages (เขตบึงกุ่ม, bma-2564, as of 2021-04-30 = FY2564; previous FY 2563; 6-month window ต.ค. 2563 - มี.ค. 2564)
Main page /buengkum/ita2564/ ; sub-pages /buengkum/ita2564/subNN.html ; documents /buengkum/upload/ita64/.
- O1 pass: sub01-03.html org chart PNG + text list of the 10 divisions.
- O2 incomplete: sub02.html has photo, name, position (one post marked "- ว่าง -") but no phone / e-mail for any executive.
- O3 pass: sub01-03.html#o3 authority section with legal source.
- O4 pass: sub04.html BMA 20-year plan phase 2 (2561-2565) + district area plan 2564.
- O5 pass: sub05.html address, phone, fax, e-mail, map.
- O6 pass: sub06.html list of laws.
- O7 pass: sub07.html news dated เม.ย./มี.ค. 2564.
- O8 pass: sub08.html Q&A form + answered questions (เม.ย. 2564).
- O9 pass: sub09.html Facebook, LINE, YouTube.
- O10 pass: actionplan_2564.pdf.
- O11 missing: sub11.html says only "อยู่ระหว่างดำเนินการรวบรวมข้อมูล" (placeholder; no 6-month report).
- O12 stale: only annual_report_2562.pdf (FY2562); the FY2563 annual report is absent.
- O13 pass: sub13.html three manual PDFs covering all 10 divisions.
- O14 pass: sub14.html three citizen-service manuals.
- O15 pass: sub15.html service statistics ต.ค.63 - มี.ค.64 + XLSX.
- O16 stale: only satisfaction_2562.pdf, a FY2562 survey.
- O17 pass: sub17.html BMA Q, BMA OSS, appointment form.
- O18 pass: spending_plan_2564.pdf.
- O19 stale (or incomplete): only the Q1 report (ต.ค.-ธ.ค. 2563); the 6-month report (to มี.ค. 2564) is missing.
- O20 pass: spending_report_2563.pdf.
- O21 pass: procurement plan 2564 + e-GPBMA link.
- O22 pass: two announcements 2564 + e-GPBMA link.
- O23 stale: sub23.html สขร.1 XLSX for ต.ค., พ.ย., ธ.ค. 2563, ม.ค. and มี.ค. 2564; ก.พ. 2564 is absent.
- O24 broken: sub24.html's only document /buengkum/upload/ita64/procure_annual_report_2563.pdf is 404.
- O25 pass: HR policy 2564 signed by the current director.
- O26 pass: hr_action_2564.pdf.
- O27 pass: hr_criteria.pdf.
- O28 pass: hr_report_2563.pdf (previous FY).
- O29 pass: complaint_manual.pdf.
- O30 pass: sub30-32.html complaint channels (in person, phone, e-mail, anonymous online form).
- O31 review: corruption_complaint_stat_2564.pdf is an image-only scan (no text layer).
- O32 pass: sub30-32.html opinion channel section (shared page with O30).
- O33 pass: sub33.html community forum 19 พ.ย. 2563.
- O34 incomplete: integrity_intent_2564.pdf is Thai only; no English version.
- O35 pass: exec_participation_2564.pdf.
- O36 pass: sub36-37.html corruption_risk_2564.pdf (shared page).
- O37 pass: sub36-37.html corruption_risk_action_2564.pdf (shared page).
- O38 pass: sub38.html culture activity 15 ม.ค. 2564 with photo.
- O39 missing (or incomplete): only the 4-year plan 2561-2564; no annual FY2564 anti-corruption action plan.
- O40 pass: anticorruption_monitor_6m_2564.pdf (ต.ค. 63 - มี.ค. 64).
- O41 missing: no row on the OIT table and no page/document for the annual anti-corruption report (FY2563).
- O42 pass: ita_measures_2564.pdf analyses ITA 2563 result and sets 2564 measures (one PDF shared with O43).
- O43 pass: same PDF, part 4 reports implementation as of 31 มี.ค. 2564.
"""
write_meta(OUT, meta, truth, md)
print("ok", len(subs))
