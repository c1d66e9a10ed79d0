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
# archive_years: เขตตลิ่งชัน keeping ITA archives of FY2566/2567/2568 side by side. bma-2567, as of 2025-04-30.

OUT = "/work/wt/blind3/tests/blind_sites/archive_years"
S = Site(OUT + "/site")
D = "/talingchan"
F = D + "/files"
AG = "สำนักงานเขตตลิ่งชัน"
DIR_NOW = ("นางสาวอรุณี วัฒนกุล", "ผู้อำนวยการเขตตลิ่งชัน")
DIR_OLD = ("นายสมศักดิ์ ประเสริฐวงศ์", "ผู้อำนวยการเขตตลิ่งชัน")

NAV = [("หน้าหลัก", D + "/"), ("เกี่ยวกับเขต", D + "/about/structure.html"), ("ผู้บริหาร", D + "/about/executives.html"),
       ("ข่าวสาร", D + "/news/"), ("บริการออนไลน์", D + "/eservice.html"), ("ITA / OIT", D + "/ita/"),
       ("ติดต่อเรา", D + "/about/contact.html")]


def page(url, title, body, charset="utf-8", updated=None):
    nav = " | ".join(f'<a href="{h}">{t}</a>' for t, h in NAV)
    upd = f'<p class="upd">ปรับปรุงล่าสุด {updated}</p>' if updated else ""
    html = f"""<!DOCTYPE html>
<html lang="th"><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title} :: สำนักงานเขตตลิ่งชัน</title></head>
<body><div id="top"><img src="{D}/img/logo.png" alt="logo"> สำนักงานเขตตลิ่งชัน กรุงเทพมหานคร</div>
<div id="nav">{nav}</div>
<div id="main"><h1>{title}</h1>
{body}
{upd}</div>
<div id="foot">สำนักงานเขตตลิ่งชัน 333 ถนนชักพระ แขวงคลองชักพระ เขตตลิ่งชัน กทม. 10170</div></body></html>"""
    S.write(url, html, "tis_620" if charset == "tis-620" else "utf-8")


def a(h, t):
    return f'<a href="{h}">{t}</a>'


S.png(D + "/img/logo.png", 48, 48, (30, 80, 140), "ตช")

# ---------- home ----------
page(D + "/", "หน้าหลัก", f"""
<p>ยินดีต้อนรับสู่เว็บไซต์สำนักงานเขตตลิ่งชัน "ตลิ่งชัน เมืองเกษตรกรรมสีเขียว ตลาดน้ำ"</p>
<ul><li>{a(D + '/ita/', 'การประเมินคุณธรรมและความโปร่งใส (ITA) ปีงบประมาณ 2566-2568')}</li>
<li>{a(D + '/news/', 'ข่าวสารและกิจกรรม')}</li>
<li>{a(D + '/about/schools.html', 'โรงเรียนสังกัดกรุงเทพมหานคร')}</li>
<li><a href="https://www.facebook.com/talingchandistrict">Facebook เขตตลิ่งชัน</a></li></ul>""")

# ---------- about ----------
S.orgchart(D + "/img/org.png", ["ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายรายได้", "ฝ่ายรักษาฯ", "ฝ่ายโยธา",
                                 "ฝ่ายเทศกิจ", "ฝ่ายพัฒนาชุมชนฯ", "ฝ่ายสิ่งแวดล้อมฯ", "ฝ่ายการศึกษา"])
page(D + "/about/structure.html", "โครงสร้างและอำนาจหน้าที่", f"""
<img src="{D}/img/org.png" alt="โครงสร้างสำนักงานเขตตลิ่งชัน">
<p>สำนักงานเขตตลิ่งชันแบ่งส่วนราชการเป็น ๑๐ ฝ่าย: ฝ่ายปกครอง ฝ่ายทะเบียน ฝ่ายการคลัง ฝ่ายรายได้ ฝ่ายรักษาความสะอาดและสวนสาธารณะ ฝ่ายโยธา ฝ่ายเทศกิจ ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม ฝ่ายสิ่งแวดล้อมและสุขาภิบาล ฝ่ายการศึกษา</p>
<h3>อำนาจหน้าที่</h3><p>ตามพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘ มาตรา ๘๙ และประกาศกรุงเทพมหานครว่าด้วยการแบ่งส่วนราชการสำนักงานเขต</p>
<h3>ข้อมูลทั่วไป</h3><p>พื้นที่ ๒๙.๔๗ ตร.กม. ๖ แขวง ประชากร ๙๙,๘๑๗ คน (ธ.ค. ๒๕๖๗)</p>""", updated="10 ต.ค. 2567")

cols = [(90, 70, 60), (60, 90, 120), (80, 110, 70), (120, 80, 110)]
execs = [DIR_NOW + ("0 2424 1740", "talingchan@bangkok.go.th"), ("นายกิตติพัฒน์ แสงทอง", "ผู้ช่วยผู้อำนวยการเขต", "0 2424 1740 ต่อ 102", "talingchan@bangkok.go.th"),
         ("นางจันทร์เพ็ญ รุ่งเรืองศรี", "ผู้ช่วยผู้อำนวยการเขต", "0 2424 1740 ต่อ 103", "talingchan@bangkok.go.th")]
body = ""
for i, (n, p, t, e) in enumerate(execs):
    S.png(f"{D}/img/exec{i}.png", 80, 100, cols[i], "รูป")
    body += f'<div><img src="{D}/img/exec{i}.png" alt="{n}"><p>{n}<br>{p}<br>โทร. {t}<br>อีเมล {e}</p></div>\n'
page(D + "/about/executives.html", "ผู้บริหารสำนักงานเขตตลิ่งชัน", body, updated="1 เม.ย. 2568")

# contact: defect (no e-mail, no map)
page(D + "/about/contact.html", "ติดต่อสำนักงานเขต", """
<p>สำนักงานเขตตลิ่งชัน<br>เลขที่ ๓๓๓ ถนนชักพระ แขวงคลองชักพระ เขตตลิ่งชัน กรุงเทพมหานคร ๑๐๑๗๐</p>
<p>โทรศัพท์ ๐ ๒๔๒๔ ๑๗๔๐ , ๐ ๒๔๒๔ ๑๗๔๒<br>โทรสาร ๐ ๒๔๒๔ ๑๗๔๓</p>
<p>เวลาราชการ วันจันทร์ - ศุกร์ ๐๘.๐๐ - ๑๖.๐๐ น.</p>""", updated="3 ก.พ. 2568")

schools = ["โรงเรียนวัดตลิ่งชัน", "โรงเรียนวัดชัยพฤกษมาลา", "โรงเรียนวัดปากน้ำฝั่งเหนือ", "โรงเรียนวัดมณีวงศ์",
           "โรงเรียนวัดกาหลง", "โรงเรียนคลองบางพรม", "โรงเรียนวัดเกาะ", "โรงเรียนบ้านคลองบางน้อย"]
page(D + "/about/schools.html", "โรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขตตลิ่งชัน",
     "<table border=1><tr><th>ลำดับ</th><th>โรงเรียน</th><th>แขวง</th><th>โทร</th></tr>" +
     "".join(f"<tr><td>{i + 1}</td><td>{s}</td><td>{['คลองชักพระ', 'ตลิ่งชัน', 'ฉิมพลี', 'บางพรม', 'บางระมาด', 'บางเชือกหนัง'][i % 6]}</td><td>0 2448 {1200 + i * 37}</td></tr>"
             for i, s in enumerate(schools)) + "</table><p>รวม ๘ โรงเรียน (ปีการศึกษา ๒๕๖๗)</p>", updated="20 พ.ย. 2567")

# ---------- news (defect O4: newest item ส.ค. 2566) ----------
news = [("2566-08-21", "๒๑ ส.ค. ๒๕๖๖", "เขตตลิ่งชันจัดกิจกรรมปลูกต้นไม้ เฉลิมพระเกียรติ ณ สวนสาธารณะชักพระ",
         "ผู้อำนวยการเขตตลิ่งชันนำข้าราชการและประชาชนร่วมปลูกต้นไม้ ๙๙๙ ต้น"),
        ("2566-06-02", "๒ มิ.ย. ๒๕๖๖", "ตรวจความเรียบร้อยตลาดน้ำตลิ่งชัน",
         "ฝ่ายเทศกิจและฝ่ายสิ่งแวดล้อมฯ ตรวจสุขลักษณะร้านอาหารในตลาดน้ำตลิ่งชัน ๔๒ ร้าน")]
lis = ""
for slug, d, t, txt in news:
    page(f"{D}/news/{slug}.html", t, f"<p class='date'>{d}</p><p>{txt}</p>")
    lis += f"<li>{d} {a(D + '/news/' + slug + '.html', t)}</li>"
page(D + "/news/", "ข่าวสารและผลการดำเนินงาน", f"<ul>{lis}</ul>")

page(D + "/eservice.html", "บริการออนไลน์ E-Service", """<ul>
<li><a href="https://oss.bangkok.go.th/">BMA OSS ยื่นขออนุญาตออนไลน์</a></li>
<li><a href="https://q.bangkok.go.th/">BMA Q จองคิว</a></li>
<li><a href="https://www.traffy.in.th/">Traffy Fondue</a></li></ul>""", updated="1 ต.ค. 2567")

# ---------- documents ----------
sign_now = ["(" + DIR_NOW[0] + ")", DIR_NOW[1]]
sign_old = ["(" + DIR_OLD[0] + ")", DIR_OLD[1]]
S.pdf(F + "/2568/bma_plan_2566-2570.pdf", "แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๓ (พ.ศ. ๒๕๖๖-๒๕๗๐)",
      ["นโยบายผู้ว่าราชการกรุงเทพมหานคร ๙ ด้าน ๙ ดี", "ยุทธศาสตร์ ๗ มิติ", "การถ่ายทอดสู่แผนปฏิบัติราชการของสำนักงานเขต"])
S.pdf(F + "/2568/district_devplan_2566-2570.pdf", "แผนพัฒนาสำนักงานเขตตลิ่งชัน ระยะ ๕ ปี\n(พ.ศ. ๒๕๖๖ - ๒๕๗๐)",
      ["วิสัยทัศน์: ตลิ่งชัน เมืองเกษตรกรรมสีเขียว", "ประเด็นยุทธศาสตร์ ๕ ด้าน", "ตัวชี้วัดรายปี พ.ศ. ๒๕๖๖ - ๒๕๗๐"])
S.pdf(F + "/2567/actionplan_2567.pdf", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗\nสำนักงานเขตตลิ่งชัน",
      [("โครงการ", "งบประมาณ", "ฝ่าย"), ("โครงการตลาดน้ำปลอดภัย", "250,000", "ฝ่ายสิ่งแวดล้อมฯ"),
       ("โครงการขุดลอกคูคลอง", "2,400,000", "ฝ่ายโยธา"), "ระยะเวลา ต.ค. ๒๕๖๖ - ก.ย. ๒๕๖๗"], sign=sign_old)
S.pdf(F + "/2568/actionplan_report_2567.pdf", "รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗\nสำนักงานเขตตลิ่งชัน",
      [("โครงการ", "ผล", "ร้อยละ"), ("โครงการตลาดน้ำปลอดภัย", "ดำเนินการครบ", "100"), ("โครงการขุดลอกคูคลอง", "18 คลอง", "90")])
S.pdf(F + "/2566/actionplan_2566.pdf", "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๖\nสำนักงานเขตตลิ่งชัน",
      ["โครงการ ๒๔ โครงการ งบประมาณรวม ๑๘,๕๐๐,๐๐๐ บาท"], sign=sign_old)
S.pdf(F + "/2568/spending_plan_2568.pdf", "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\nสำนักงานเขตตลิ่งชัน",
      [("หมวด", "ต.ค.-ธ.ค. 67", "ม.ค.-มี.ค. 68", "เม.ย.-มิ.ย. 68", "ก.ค.-ก.ย. 68"), ("งบดำเนินงาน", "5,800,000", "6,900,000", "6,400,000", "4,300,000"),
       ("งบลงทุน", "0", "3,100,000", "5,200,000", "900,000")])
S.pdf(F + "/2566/spending_report_2566.pdf", "รายงานผลการใช้จ่ายงบประมาณประจำปี พ.ศ. ๒๕๖๖\nสำนักงานเขตตลิ่งชัน",
      [("หมวด", "ได้รับ", "เบิกจ่าย", "ร้อยละ"), ("งบดำเนินงาน", "22,000,000", "21,340,000", "97.0"), ("งบลงทุน", "8,100,000", "7,602,000", "93.9")])
S.pdf(F + "/2567/spending_plan_2567.pdf", "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\nสำนักงานเขตตลิ่งชัน",
      [("หมวด", "ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4"), ("งบดำเนินงาน", "5,500,000", "6,100,000", "6,000,000", "4,900,000")])
S.pdf(F + "/2568/budget_ordinance_2568.pdf", "ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘\nเฉพาะส่วนสำนักงานเขตตลิ่งชัน",
      ["งบประมาณรวม ๑๒๗,๔๔๐,๐๐๐ บาท", ("แผนงาน", "บาท"), ("บริหารทั่วไป", "52,100,000"), ("รักษาความสะอาด", "41,900,000"), ("โยธา", "33,440,000")])
S.pdf(F + "/2568/community_subsidy_2568.pdf", "ข้อมูลเงินอุดหนุนชุมชน ประจำปีงบประมาณ ๒๕๖๘\nสำนักงานเขตตลิ่งชัน",
      ["ชุมชนในพื้นที่ ๔๖ ชุมชน ได้รับเงินอุดหนุนชุมชนละ ๒๐๐,๐๐๐ บาท", ("ชุมชน", "โครงการ", "บาท"), ("ชุมชนวัดตลิ่งชัน", "ซ่อมแซมทางเดิน", "200,000")])
S.pdf(F + "/2568/hr_criteria_2568.pdf", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล\nสำนักงานเขตตลิ่งชัน ปีงบประมาณ ๒๕๖๘",
      ["การสรรหา การแต่งตั้ง การพัฒนา การประเมินผล การให้คุณให้โทษ", "อ้างอิงหลักเกณฑ์ ก.ก."], sign=sign_now)
S.pdf(F + "/2566/anti_bribery_2566.pdf", "ประกาศสำนักงานเขตตลิ่งชัน\nเรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) ประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
      ["สำนักงานเขตตลิ่งชันจะไม่รับสินบนหรือผลประโยชน์ใด ๆ ในทุกรูปแบบ", "ประกาศ ณ วันที่ ๓ ตุลาคม พ.ศ. ๒๕๖๕"], sign=sign_old)
S.pdf(F + "/2568/bribery_risk_2568.pdf", "การประเมินความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\nและรายงานผลการจัดการความเสี่ยง รอบ ๖ เดือน",
      [("กระบวนงาน", "ระดับความเสี่ยง", "มาตรการ"), ("ขออนุญาตก่อสร้าง", "สูง", "ตรวจสอบ 2 ชั้น"), ("ตรวจสถานประกอบการ", "กลาง", "หมุนเวียนเจ้าหน้าที่"),
       "ผลการดำเนินการ ต.ค. ๒๕๖๗ - มี.ค. ๒๕๖๘: ไม่พบเหตุการณ์การรับสินบน"], sign=sign_now)
S.pdf(F + "/2568/discretion_guideline_2568.pdf", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่\nสำนักงานเขตตลิ่งชัน",
      ["การใช้ดุลยพินิจต้องมีเหตุผลประกอบ เป็นไปตามกฎหมาย และตรวจสอบได้"], sign=sign_now)
S.pdf(F + "/2568/asset_management_2568.pdf", "แนวทางการจัดการทรัพย์สินของราชการ ของบริจาค และการจัดเก็บของกลาง\nสำนักงานเขตตลิ่งชัน",
      ["๑. การยืมและการใช้ทรัพย์สินของราชการ", "๒. การรับของบริจาค ต้องออกใบอนุโมทนาบัตรและลงทะเบียน",
       "๓. การจัดเก็บของกลางที่ยึดจากการกระทำผิด (ฝ่ายเทศกิจ) บันทึกบัญชีของกลางและจำหน่ายตามระเบียบ"], sign=sign_now)
S.pdf(F + "/2567/ita_measures_2567.pdf", "มาตรการในการยกระดับคุณธรรมและความโปร่งใส\nประจำปีงบประมาณ พ.ศ. ๒๕๖๗ สำนักงานเขตตลิ่งชัน",
      ["ผลการประเมิน ITA ปี ๒๕๖๖ : ๘๗.๑๐ คะแนน", "ประเด็นที่ต้องพัฒนา: การเผยแพร่ข้อมูลสถิติ", "มาตรการปี ๒๕๖๗ ๕ มาตรการ",
       "รายงานผล ณ ๓๐ ก.ย. ๒๕๖๗: ดำเนินการครบทุกมาตรการ"], sign=sign_now)
S.pdf(F + "/2566/ita_measures_2566.pdf", "มาตรการในการยกระดับคุณธรรมและความโปร่งใส\nประจำปีงบประมาณ พ.ศ. ๒๕๖๖", ["ผลการประเมิน ITA ปี ๒๕๖๕"], sign=sign_old)
divs = ["ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายรายได้", "ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "ฝ่ายโยธา",
        "ฝ่ายเทศกิจ", "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "ฝ่ายการศึกษา"]
S.pdf(F + "/2568/manuals_all_divisions.pdf", "คู่มือการปฏิบัติหน้าที่ของเจ้าหน้าที่ สำนักงานเขตตลิ่งชัน\n(ฉบับรวมทุกฝ่าย ปรับปรุง พ.ศ. ๒๕๖๗)",
      sum([[f"ส่วนที่ {th(i + 1)} {d}", "  ขั้นตอน: รับเรื่อง > ตรวจสอบ > เสนอ > แจ้งผล"] for i, d in enumerate(divs)], []))
S.pdf(F + "/2568/citizen_guides.pdf", "คู่มือสำหรับประชาชน สำนักงานเขตตลิ่งชัน",
      ["๑. การจดทะเบียนพาณิชย์ (ฝ่ายรายได้) ระยะเวลา ๑ ชั่วโมง", "๒. การขออนุญาตก่อสร้างอาคาร (ฝ่ายโยธา) ระยะเวลา ๔๕ วัน",
       "๓. การขอใบอนุญาตจำหน่ายอาหาร (ฝ่ายสิ่งแวดล้อมฯ) ระยะเวลา ๓๐ วัน", "๔. การแจ้งเกิด แจ้งตาย (ฝ่ายทะเบียน)"])
S.pdf(F + "/2568/permit_checklist.pdf", "Checklist การตรวจพิจารณาคำขออนุญาต\nสำนักงานเขตตลิ่งชัน",
      ["ใบอนุญาตก่อสร้าง: [ ] แบบคำขอ ข.๑ [ ] แบบแปลน [ ] หนังสือยินยอมเจ้าของที่ดิน",
       "ใบอนุญาตสถานที่จำหน่ายอาหาร: [ ] ผังร้าน [ ] ใบรับรองแพทย์ผู้สัมผัสอาหาร",
       "ใบอนุญาตกิจการที่เป็นอันตรายต่อสุขภาพ: [ ] ตรวจสถานที่ [ ] ระบบบำบัดน้ำเสีย"])

# ---------- tax stats with year tabs (defect O9: FY2568 tab is a placeholder) ----------
tax = {"2566": [4810200, 3920550, 5210330, 6890120, 12450900, 3310400], "2567": [5020100, 4100230, 5402210, 7100450, 13012300, 3502100]}
mons = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค."]
tabs = '<ul class="tabs"><li><a href="#y2568">ปีงบประมาณ 2568</a></li><li><a href="#y2567">ปีงบประมาณ 2567</a></li><li><a href="#y2566">ปีงบประมาณ 2566</a></li></ul>'
blocks = '<div id="y2568" class="tab"><h3>ปีงบประมาณ พ.ศ. 2568</h3><p>อยู่ระหว่างรวบรวมข้อมูลจากฝ่ายรายได้</p></div>'
for y in ("2567", "2566"):
    yy = int(y) - 2500
    blocks += f'<div id="y{y}" class="tab"><h3>ปีงบประมาณ พ.ศ. {y}</h3><p>ภาษีที่ดินและสิ่งปลูกสร้าง / ภาษีป้าย (บาท) ช่วง ต.ค. {yy - 1} - มี.ค. {yy}</p><table border=1><tr>' + \
        "".join(f"<th>{m} {yy - 1 if i < 3 else yy}</th>" for i, m in enumerate(mons)) + "</tr><tr>" + \
        "".join(f"<td>{v:,}</td>" for v in tax[y]) + "</tr></table></div>"
page(D + "/ita/tax-stat.html", "ข้อมูลสถิติการจัดเก็บภาษี", tabs + blocks, updated="12 ธ.ค. 2567")

# ---------- revenue stats: TIS-620 page (O10 pass) ----------
rev = [("ค่าธรรมเนียมใบอนุญาตก่อสร้าง", [310200, 295400, 288100, 341050, 302000, 318440]),
       ("ค่าธรรมเนียมเก็บขนมูลฝอย", [612300, 598000, 605120, 620400, 611900, 630250]),
       ("ค่าธรรมเนียมใบอนุญาตจำหน่ายอาหาร", [45200, 38100, 29800, 52300, 41000, 39900]),
       ("ค่าปรับเปรียบเทียบคดี", [22400, 18300, 25100, 19800, 21050, 23700])]
rhead = "".join(f"<th>{m} {67 if i < 3 else 68}</th>" for i, m in enumerate(mons))
rbody = "".join(f"<tr><td>{k}</td>" + "".join(f"<td>{v:,}</td>" for v in vs) + f"<td>{sum(vs):,}</td></tr>" for k, vs in rev)
page(D + "/ita/2568/revenue-stat.html", "สถิติการจัดเก็บรายได้ ประจำปีงบประมาณ พ.ศ. 2568",
     f"<p>ข้อมูลสถิติการจัดเก็บรายได้ของสำนักงานเขตตลิ่งชัน ตั้งแต่เดือนตุลาคม 2567 ถึงเดือนมีนาคม 2568 (หน่วย : บาท)</p>"
     f"<table border=1><tr><th>ประเภทรายได้</th>{rhead}<th>รวม</th></tr>{rbody}</table><p>ที่มา : ฝ่ายรายได้ สำนักงานเขตตลิ่งชัน</p>",
     charset="tis-620", updated="9 เม.ย. 2568")

# ---------- permits: checklist + tracking (separate pages) ----------
page(D + "/ita/2568/permit-checklist.html", "รายการตรวจ (Checklist) ในการพิจารณาออกใบอนุญาต",
     f"<p>{a(F + '/2568/permit_checklist.pdf', 'Checklist การตรวจพิจารณาคำขออนุญาต (PDF)')}</p>", updated="5 พ.ย. 2567")
page(D + "/ita/2568/permit-tracking.html", "ระบบติดตามสถานะการขอใบอนุญาต (Tracking System)",
     '<p>ตรวจสอบสถานะคำขอใบอนุญาตก่อสร้าง/ใบอนุญาตสาธารณสุข ได้ที่ <a href="https://oss.bangkok.go.th/tracking">BMA OSS Tracking</a> โดยใช้เลขที่คำขอ</p>'
     '<p>หรือสอบถามสถานะทางโทรศัพท์ ฝ่ายโยธา ๐ ๒๔๒๔ ๑๗๔๐ ต่อ ๒๑๑</p>', updated="5 พ.ย. 2567")

# ---------- procurement FY2568 (O15 pass; Dec 'no procurement') ----------
months = [("ตุลาคม 2567", "10-2567", ("14 ต.ค. 2567", "2568"), 3), ("พฤศจิกายน 2567", "11-2567", ("8 พ.ย. 2567", "2568"), 2),
          ("ธันวาคม 2567", "12-2567", None, 0), ("มกราคม 2568", "01-2568", ("16 ม.ค. 2568", "2568"), 4),
          ("กุมภาพันธ์ 2568", "02-2568", ("11 ก.พ. 2568", "2568"), 2), ("มีนาคม 2568", "03-2568", ("7 มี.ค. 2568", "2568"), 3)]
lis = ""
for i, (lab, fn, md, n) in enumerate(months):
    S.xlsx_sor1(f"{F}/2568/procure/sor1_{fn}.xlsx", AG, lab, sor1_rows(n, i + 3, md) if n else [])
    lis += f"<li>{a(f'{F}/2568/procure/sor1_{fn}.xlsx', f'สขร.๑ เดือน{lab}')}</li>"
S.pdf(F + "/2568/procure/announce_plan_2568.pdf", "ประกาศสำนักงานเขตตลิ่งชัน\nเรื่อง เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
      ["รายละเอียดตามแผนแนบท้ายประกาศ ๓๒ โครงการ", "ประกาศ ณ วันที่ ๑๑ ตุลาคม ๒๕๖๗"], sign=sign_now)
page(D + "/ita/2568/procurement.html", "ประกาศจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ 2568", f"""
<h3>ประกาศ</h3><ul><li>{a(F + '/2568/procure/announce_plan_2568.pdf', 'ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ปี 2568')}</li>
<li><a href="https://e-gpbma.bangkok.go.th/">ประกาศเชิญชวน/ประกาศผู้ชนะ ดูที่ระบบ e-GPBMA</a></li></ul>
<h3>สรุปผลการจัดซื้อจัดจ้างรายเดือน</h3><ul>{lis}</ul>
<p>หมายเหตุ เดือนธันวาคม ๒๕๖๗ ไม่มีการจัดซื้อจัดจ้าง</p>""", updated="8 เม.ย. 2568")
# FY2567 archive (complete-looking, older)
lis = ""
for i, m in enumerate(["ต.ค. 66", "พ.ย. 66", "ธ.ค. 66", "ม.ค. 67", "ก.พ. 67", "มี.ค. 67"]):
    lis += f"<li>{a(f'{F}/2567/procure/sor1_{i + 1:02d}.pdf', f'สขร.1 {m}')}</li>"
page(D + "/ita/2567/procurement.html", "สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ 2567 (ย้อนหลัง)", f"<ul>{lis}</ul>")
for i, m in enumerate(["ตุลาคม ๒๕๖๖", "พฤศจิกายน ๒๕๖๖", "ธันวาคม ๒๕๖๖", "มกราคม ๒๕๖๗", "กุมภาพันธ์ ๒๕๖๗", "มีนาคม ๒๕๖๗"]):
    if i in (2, 4):  # old archive partially lost (404), irrelevant to FY2568
        continue
    S.pdf(f"{F}/2567/procure/sor1_{i + 1:02d}.pdf", f"แบบ สขร.๑ สรุปผลการจัดซื้อจัดจ้าง เดือน{m}\nสำนักงานเขตตลิ่งชัน",
          [("งานที่จัดซื้อหรือจัดจ้าง", "วงเงิน", "วิธี", "ผู้ได้รับคัดเลือก"), ("จัดซื้อวัสดุสำนักงาน", "12,400", "เฉพาะเจาะจง", "ร้านสมใจพาณิชย์")], land=True)

# ---------- complaints (O17 pass) ----------
cst = [("ต.ค. 67", 0), ("พ.ย. 67", 1), ("ธ.ค. 67", 0), ("ม.ค. 68", 0), ("ก.พ. 68", 1), ("มี.ค. 68", 0)]
page(D + "/ita/2568/complaints.html", "ช่องทางร้องเรียนการทุจริต และสถิติเรื่องร้องเรียนการทุจริต ปี 2568", """
<h3>ช่องทางการร้องเรียน/แจ้งเบาะแสการทุจริต</h3><ul>
<li>ด้วยตนเอง ณ ฝ่ายปกครอง สำนักงานเขตตลิ่งชัน</li><li>โทรศัพท์ ๐ ๒๔๒๔ ๑๗๔๐ ต่อ ๑๑๑ / สายด่วน กทม. ๑๕๕๕</li>
<li>ไปรษณีย์ ถึง ผู้อำนวยการเขตตลิ่งชัน ๓๓๓ ถนนชักพระ ๑๐๑๗๐</li><li><a href="https://www.traffy.in.th/">Traffy Fondue</a></li></ul>
<h3>สถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ ๒๕๖๘</h3><table border=1><tr><th>เดือน</th><th>จำนวนเรื่อง</th><th>ดำเนินการแล้วเสร็จ</th></tr>""" +
     "".join(f"<tr><td>{m}</td><td>{n}</td><td>{n}</td></tr>" for m, n in cst) + "</table>", updated="3 เม.ย. 2568")

# ---------- policy/plan page (O2) ----------
page(D + "/ita/2568/bma-policy.html", "นโยบายผู้ว่าราชการกรุงเทพมหานคร และแผนพัฒนากรุงเทพมหานคร", f"""
<p>นโยบายผู้ว่าฯ ชัชชาติ สิทธิพันธุ์ ๙ ดี: ปลอดภัยดี เดินทางดี สิ่งแวดล้อมดี สุขภาพดี เรียนดี เศรษฐกิจดี สังคมดี บริหารจัดการดี โครงสร้างดี</p>
<p>{a(F + '/2568/bma_plan_2566-2570.pdf', 'แผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี ระยะที่ 3 (พ.ศ. 2566-2570)')}</p>""", updated="2 ต.ค. 2567")

# ---------- year pages ----------
def yrow(code, name, links):
    return f"<tr><td>{code}</td><td>{name}</td><td>{'<br>'.join(links) if links else '-'}</td></tr>"


y68 = [
    ("O1", "ข้อมูลพื้นฐาน", [a(D + '/about/structure.html', 'โครงสร้าง/อำนาจหน้าที่'), a(D + '/about/executives.html', 'ผู้บริหาร'), a(D + '/about/contact.html', 'ข้อมูลการติดต่อ')]),
    ("O2", "นโยบายผู้ว่าฯ และแผนพัฒนา กทม.", [a(D + '/ita/2568/bma-policy.html', 'นโยบายและแผน')]),
    ("O3", "โรงเรียนสังกัด กทม.", [a(D + '/about/schools.html', 'รายชื่อโรงเรียน')]),
    ("O4", "ประชาสัมพันธ์ผลการดำเนินงาน", [a(D + '/news/', 'ข่าวสารและผลการดำเนินงาน')]),
    ("O5", "แผนปฏิบัติราชการ / รายงานผล", [a(F + '/2568/district_devplan_2566-2570.pdf', 'แผนพัฒนาสำนักงานเขตตลิ่งชัน พ.ศ. 2566-2570'),
                                           a(F + '/2567/actionplan_2567.pdf', 'แผนปฏิบัติราชการ ประจำปี 2567'),
                                           a(F + '/2568/actionplan_report_2567.pdf', 'รายงานผลการปฏิบัติราชการ ประจำปี 2567')]),
    ("O6", "คู่มือการปฏิบัติหน้าที่", [a(F + '/2568/manuals_all_divisions.pdf', 'คู่มือฯ ฉบับรวมทุกฝ่าย')]),
    ("O7", "คู่มือการให้บริการประชาชน", [a(F + '/2568/citizen_guides.pdf', 'คู่มือสำหรับประชาชน')]),
    ("O8", "E-Service", [a(D + '/eservice.html', 'บริการออนไลน์')]),
    ("O9", "สถิติการจัดเก็บภาษี", [a(D + '/ita/tax-stat.html', 'สถิติภาษี (แยกปี)')]),
    ("O10", "สถิติการจัดเก็บรายได้", [a(D + '/ita/2568/revenue-stat.html', 'สถิติรายได้ ปี 2568')]),
    ("O11", "Checklist การออกใบอนุญาต", [a(D + '/ita/2568/permit-checklist.html', 'Checklist')]),
    ("O12", "Tracking System", [a(D + '/ita/2568/permit-tracking.html', 'ระบบติดตามสถานะ')]),
    ("O13", "แผนการใช้จ่ายงบประมาณ / รายงานผล", [a(F + '/2568/spending_plan_2568.pdf', 'แผนการใช้จ่ายงบประมาณ ปี 2568'),
                                                   a(F + '/2566/spending_report_2566.pdf', 'รายงานผลการใช้จ่ายงบประมาณประจำปี')]),
    ("O14", "ข้อมูลงบประมาณ ข้อบัญญัติ เงินอุดหนุนชุมชน", [a(F + '/2568/budget_ordinance_2568.pdf', 'ข้อบัญญัติงบประมาณ 2568'), a(F + '/2568/community_subsidy_2568.pdf', 'เงินอุดหนุนชุมชน 2568')]),
    ("O15", "ประกาศจัดซื้อจัดจ้าง / สรุปผลรายเดือน", [a(D + '/ita/2568/procurement.html', 'จัดซื้อจัดจ้าง ปี 2568')]),
    ("O16", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", [a(F + '/2568/hr_criteria_2568.pdf', 'หลักเกณฑ์ HR 2568')]),
    ("O17", "ช่องทางร้องเรียนการทุจริต / สถิติ", [a(D + '/ita/2568/complaints.html', 'ช่องทางและสถิติ')]),
    ("O18", "นโยบายต่อต้านการรับสินบน", [a(F + '/2566/anti_bribery_2566.pdf', 'ประกาศนโยบาย Anti-Bribery')]),
    ("O19", "ประเมินความเสี่ยงการรับสินบน", [a(F + '/2568/bribery_risk_2568.pdf', 'ผลการประเมินความเสี่ยงและรายงานผล ปี 2568')]),
    ("O20", "แนวทางการใช้ดุลยพินิจ", [a(F + '/2568/discretion_guideline_2568.pdf', 'แนวทางการใช้ดุลยพินิจ')]),
    ("O21", "การจัดการทรัพย์สินของราชการ ของบริจาค ของกลาง", [a(F + '/2568/asset_management_2568.pdf', 'แนวทางการจัดการทรัพย์สินฯ')]),
    ("O22", "มาตรการยกระดับคุณธรรมและความโปร่งใส", ["อยู่ระหว่างเสนอผู้อำนวยการเขตลงนาม (ดูปี 2567)"]),
]
yt = '<p>' + " | ".join(a(f"{D}/ita/{y}/", f"ปีงบประมาณ {y}") for y in ("2568", "2567", "2566")) + '</p>'
page(D + "/ita/2568/", "ITA ปีงบประมาณ พ.ศ. 2568 - การเปิดเผยข้อมูลสาธารณะ (OIT)",
     yt + "<table border=1><tr><th>ข้อ</th><th>ประเด็น</th><th>ข้อมูล</th></tr>" + "".join(yrow(*r) for r in y68) + "</table>", updated="10 เม.ย. 2568")
y67 = [("O5", "แผนปฏิบัติราชการ", [a(F + '/2567/actionplan_2567.pdf', 'แผนปฏิบัติราชการ 2567')]),
       ("O13", "แผนการใช้จ่ายงบประมาณ", [a(F + '/2567/spending_plan_2567.pdf', 'แผนการใช้จ่ายงบประมาณ 2567')]),
       ("O15", "สรุปผลจัดซื้อจัดจ้างรายเดือน", [a(D + '/ita/2567/procurement.html', 'สขร.1 ปี 2567')]),
       ("O16", "หลักเกณฑ์ HR", [a(F + '/2567/hr_criteria_2567.pdf', 'หลักเกณฑ์ HR 2567')]),
       ("O22", "มาตรการยกระดับคุณธรรมฯ", [a(F + '/2567/ita_measures_2567.pdf', 'มาตรการฯ ปี 2567 และรายงานผล')])]
page(D + "/ita/2567/", "ITA ปีงบประมาณ พ.ศ. 2567 (ข้อมูลย้อนหลัง)",
     yt + "<table border=1>" + "".join(yrow(*r) for r in y67) + "</table>")
y66 = [("O5", "แผนปฏิบัติราชการ", [a(F + '/2566/actionplan_2566.pdf', 'แผนปฏิบัติราชการ 2566')]),
       ("O13", "รายงานผลการใช้จ่ายงบประมาณ", [a(F + '/2566/spending_report_2566.pdf', 'รายงานผล 2566')]),
       ("O18", "Anti-Bribery Policy", [a(F + '/2566/anti_bribery_2566.pdf', 'ประกาศ 2566')]),
       ("O22", "มาตรการฯ", [a(F + '/2566/ita_measures_2566.pdf', 'มาตรการฯ ปี 2566')]),
       ("O16", "หลักเกณฑ์ HR", [a(F + '/2566/hr_criteria_2566.pdf', 'หลักเกณฑ์ HR 2566')])]
page(D + "/ita/2566/", "ITA ปีงบประมาณ พ.ศ. 2566 (ข้อมูลย้อนหลัง)",
     yt + "<table border=1>" + "".join(yrow(*r) for r in y66) + "</table>")
page(D + "/ita/", "การประเมินคุณธรรมและความโปร่งใส (ITA)", f"""
<p>เลือกปีงบประมาณ</p><ul>
<li>{a(D + '/ita/2568/', 'ปีงบประมาณ พ.ศ. ๒๕๖๘ (ปัจจุบัน)')}</li><li>{a(D + '/ita/2567/', 'ปีงบประมาณ พ.ศ. ๒๕๖๗')}</li><li>{a(D + '/ita/2566/', 'ปีงบประมาณ พ.ศ. ๒๕๖๖')}</li></ul>""")

# ---------- meta / truth ----------
meta = {"framework": "bma-2567", "as_of": "2025-04-30", "start": D + "/ita/", "name_th": "สำนักงานเขตตลิ่งชัน",
        "style": "archive_years: ITA pages per fiscal year (2568 current, 2567/2566 archives) side by side, tab page for tax stats, multi-year plans 2566-2570, one page in TIS-620 (revenue stats), old-year docs partly 404",
        "author": "blind", "set": "held-out"}
truth = {"O1": "incomplete", "O2": "pass", "O3": "pass", "O4": "stale", "O5": ["stale", "incomplete"], "O6": "pass",
         "O7": "pass", "O8": "pass", "O9": ["stale", "missing"], "O10": "pass", "O11": "pass", "O12": "pass",
         "O13": ["stale", "incomplete"], "O14": "pass", "O15": "pass", "O16": "pass", "O17": "pass", "O18": "stale",
         "O19": "pass", "O20": "pass", "O21": "pass", "O22": ["stale", "missing"]}
md = """# archive_years (เขตตลิ่งชัน, bma-2567, as of 2025-04-30 = FY2568; previous FY 2567; monthly due ต.ค. 2567 - มี.ค. 2568)
Start /talingchan/ita/ ; the current-year list is /talingchan/ita/2568/ ; archives /talingchan/ita/2567/, /2566/.
- O1 incomplete: structure/authority and executives (name, position, photo, phone, e-mail) are fine, but the contact page /talingchan/about/contact.html has address, phone, fax only: no e-mail and no map (the district e-mail appears only beside the executives on /about/executives.html; no map anywhere on the site).
- O2 pass: /ita/2568/bma-policy.html governor's 9 ดี policy + แผนพัฒนากรุงเทพมหานคร ระยะที่ 3 (พ.ศ. 2566-2570), a multi-year plan covering FY2568.
- O3 pass: /about/schools.html, 8 BMA schools.
- O4 stale: /talingchan/news/ newest item is ๒๑ ส.ค. ๒๕๖๖ (20 months before the as-of date); nothing from FY2568.
- O5 stale (or incomplete): the 2568 row links the 5-year district development plan 2566-2570, the FY2567 annual action plan and the FY2567 report; no FY2568 annual action plan anywhere.
- O6 pass: one combined PDF covering all 10 divisions (ปรับปรุง 2567; standing information).
- O7 pass: citizen service guide PDF.
- O8 pass: /eservice.html (BMA OSS, BMA Q, Traffy).
- O9 stale (or missing): /ita/tax-stat.html has tabs; the FY2568 tab says only "อยู่ระหว่างรวบรวมข้อมูล", FY2567 and FY2566 tabs carry data.
- O10 pass: /ita/2568/revenue-stat.html (served as TIS-620, meta charset=tis-620) revenue by type, ต.ค. 67 - มี.ค. 68.
- O11 pass: /ita/2568/permit-checklist.html -> permit_checklist.pdf.
- O12 pass: /ita/2568/permit-tracking.html (BMA OSS tracking).
- O13 stale (or incomplete): spending plan FY2568 is fine but the annual spending report linked is FY2566 (/files/2566/spending_report_2566.pdf); the FY2567 report is absent.
- O14 pass: budget ordinance 2568 + community subsidy 2568.
- O15 pass: /ita/2568/procurement.html: plan announcement, e-GPBMA link, สขร.1 XLSX for all six months ต.ค. 67 - มี.ค. 68 (ธ.ค. 67 states ไม่มีการจัดซื้อจัดจ้าง). The 2567 archive has two dead PDFs; irrelevant.
- O16 pass: hr_criteria_2568.pdf (the 2567/2566 archive links are 404; irrelevant).
- O17 pass: /ita/2568/complaints.html channels + monthly complaint statistics ต.ค. 67 - มี.ค. 68.
- O18 stale: the only Anti-Bribery policy is the FY2566 announcement (3 ต.ค. 2565) signed by the former director; no FY2568 policy nor implementation report.
- O19 pass: bribery_risk_2568.pdf risk assessment + 6-month report.
- O20 pass: discretion guideline signed by the current director.
- O21 pass: asset/donation/seized goods guideline 2568.
- O22 stale (or missing): the 2568 row says "อยู่ระหว่างเสนอผู้อำนวยการเขตลงนาม (ดูปี 2567)"; only the FY2567 measures exist (/files/2567/ita_measures_2567.pdf).
"""
write_meta(OUT, meta, truth, md)
print("ok")
