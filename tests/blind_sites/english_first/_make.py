#!/usr/bin/env python3
"""Generate site/ for 'english_first' (สำนักงานเขตคลองสาน, bma-2567, as_of 2025-05-15).
Deterministic; no network. Run: /work/heldout4/.venv/bin/python _make.py"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from _w3lib import Site, th, fix_zip
import datetime as _dt
import openpyxl, docx

S = Site(os.path.join(HERE, "site"))
D = "สำนักงานเขตคลองสาน"
ADDR = "๙๙ ถนนสมเด็จเจ้าพระยา แขวงคลองสาน เขตคลองสาน กรุงเทพฯ ๑๐๖๐๐"
MENU = [("/", "Home"), ("/about/", "About Us"), ("/about/org-chart.html", "Organization Chart"),
        ("/about/executives.html", "Executives"), ("/plan/", "Annual Action Plan"), ("/procurement/", "Procurement"),
        ("/integrity/", "Integrity & Transparency"), ("/opendata/", "Open Data"), ("/contact.html", "Contact")]


def page(rel, title, body, th_title=""):
    nav = " | ".join(f'<a href="{h}">{t}</a>' for h, t in MENU)
    sub = f"<p class='th'>{th_title}</p>" if th_title else ""
    S.write(rel, f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Khlong San District Office</title></head>
<body><header><b>Khlong San District Office</b> · {D} · <a href="{rel if rel.startswith('/') else '/'+rel}">EN</a> | <a href="/th/">TH</a></header>
<nav>{nav}</nav><main><h1>{title}</h1>{sub}
{body}
</main><footer>Khlong San District Office, Bangkok Metropolitan Administration · {D}<br>{ADDR}<br>
Tel. 0 2437 0797 · Fax ๐ ๒๔๓๗ ๐๗๙๘ · khlongsan@bangkok.go.th</footer></body></html>""")


# ---------- Home ----------
page("index.html", "Welcome to Khlong San District", """
<h2>Latest News</h2><ul>
<li><a href="/news/2505.html">เขตคลองสานลงพื้นที่ขุดลอกท่อระบายน้ำ เตรียมรับมือฤดูฝน</a> ๐๘/๐๕/๖๘</li>
<li><a href="/news/2504.html">สรุปผลการดำเนินงานไตรมาส ๒ ปีงบประมาณ ๒๕๖๘</a> 22 เม.ย. 68</li>
<li><a href="/news/2503.html">Khlong San Walking Street opens every Saturday / ถนนคนเดินคลองสาน</a> ๑๕ มี.ค. ๖๘</li>
<li><a href="/news/">More news</a></li></ul>
<h2>Quick links</h2><ul><li><a href="/integrity/oit.html">OIT 2025 (ITA 2568)</a></li>
<li><a href="/eservice.html">E-Service</a></li><li><a href="/opendata/">Open Data</a></li></ul>
<p><a href="https://www.facebook.com/khlongsandistrict">Facebook</a> · <a href="https://line.me/R/ti/p/@khlongsan">LINE</a></p>""")
page("th/index.html", "ภาษาไทย", '<p>เว็บไซต์ภาษาไทยอยู่ระหว่างปรับปรุง กรุณาใช้เมนูด้านบน</p>', "สำนักงานเขตคลองสาน")

# ---------- O1 ----------
DIV = ["ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายการคลัง", "ฝ่ายรายได้", "ฝ่ายโยธา", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล",
       "ฝ่ายเทศกิจ", "ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "ฝ่ายการศึกษา", "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม",
       "กลุ่มงานยุทธศาสตร์และประเมินผล"]
page("about/index.html", "About Us", """<ul><li><a href="/about/org-chart.html">Organization Chart</a></li>
<li><a href="/about/executives.html">Executives</a></li><li><a href="/about/authority.html">Authority &amp; Duties</a></li>
<li><a href="/contact.html">Contact</a></li><li><a href="/about/schools.html">BMA Schools</a></li>
<li><a href="/about/governor-policy.html">Governor's Policy &amp; BMA Plans</a></li></ul>""", "เกี่ยวกับเขต")
page("about/org-chart.html", "Organization Chart", "<p>กรุงเทพมหานคร › ปลัดกรุงเทพมหานคร › รองปลัดกรุงเทพมหานคร (กลุ่มเขตกรุงธนเหนือ) › สำนักงานเขตคลองสาน</p>"
     "<p>ผู้อำนวยการเขต › ผู้ช่วยผู้อำนวยการเขต ๒ ตำแหน่ง</p><ul>" + "".join(f"<li>{d}</li>" for d in DIV) + "</ul>",
     "โครงสร้างสำนักงานเขตคลองสาน (ข้อมูล ณ ๑ ต.ค. ๖๗)")
EX = [("นายชัยวัฒน์ รุ่งเรืองศรี", "ผู้อำนวยการเขตคลองสาน", "0 2437 0797 ต่อ 7101", "chaiwat.r@bangkok.go.th"),
      ("นางสาวพรทิพย์ วงศ์สวัสดิ์", "ผู้ช่วยผู้อำนวยการเขต", "0 2437 0797 ต่อ 7102", "pornthip.w@bangkok.go.th"),
      ("นายกิตติพงษ์ แสงทอง", "ผู้ช่วยผู้อำนวยการเขต", "0 2437 0797 ต่อ 7103", "kittipong.s@bangkok.go.th")]
b = ""
for i, (n, p, t, e) in enumerate(EX):
    S.photo(f"img/exec{i+1}.jpg", 500 + i, (150, 190))
    b += f'<div><img src="/img/exec{i+1}.jpg" alt="{n}" width="110"><p>{n}<br>{p}<br>โทร. {t}<br>{e}</p></div>'
page("about/executives.html", "Executives", b + "<p>ปรับปรุงล่าสุด ๑๐ พ.ค. ๖๘</p>", "ผู้บริหารสำนักงานเขตคลองสาน")
page("about/authority.html", "Authority & Duties", """<p>สำนักงานเขตมีอำนาจหน้าที่ตามพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘
และประกาศกรุงเทพมหานคร เรื่อง การแบ่งส่วนราชการภายในสำนักงานเขต ได้แก่ งานทะเบียนราษฎร การจัดเก็บรายได้ การรักษาความสะอาด
การควบคุมอาคาร การศึกษา การพัฒนาชุมชน และการรักษาความสงบเรียบร้อย</p>""", "อำนาจหน้าที่")
page("contact.html", "Contact", f"""<p>{D}<br>{ADDR}</p><p>โทรศัพท์ 0 2437 0797<br>โทรสาร ๐ ๒๔๓๗ ๐๗๙๘<br>E-mail: khlongsan@bangkok.go.th</p>
<iframe src="https://www.google.com/maps/embed?pb=khlongsan-district-office" width="600" height="300"></iframe>
<p>Office hours: Mon–Fri 08:30–16:30 / วันจันทร์ - ศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น.</p>""", "ติดต่อสำนักงานเขต")

# ---------- O2 ----------
S.pdf("docs/bma/governor-policy-summary.pdf", "นโยบายผู้ว่าราชการกรุงเทพมหานคร (นายชัชชาติ สิทธิพันธุ์)\nและการขับเคลื่อนในพื้นที่เขตคลองสาน", [
    "นโยบาย ๙ ดี: ปลอดภัยดี เดินทางดี สิ่งแวดล้อมดี สุขภาพดี เรียนดี โครงสร้างดี เศรษฐกิจดี สังคมดี บริหารจัดการดี",
    "แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี ระยะที่ ๓ (พ.ศ. ๒๕๖๖ - ๒๕็๐)".replace("๒๕็๐", "๒๕๗๐"),
    "แผนปฏิบัติราชการกรุงเทพมหานคร ประจำปี พ.ศ. ๒๕๖๘",
    "โครงการของเขตคลองสานที่สอดคล้อง: ทางเท้าเดินได้ ปลูกต้นไม้ล้านต้น ถนนคนเดินคลองสาน"])
page("about/governor-policy.html", "Governor's Policy & BMA Plans", """<ul>
<li><a href="/docs/bma/governor-policy-summary.pdf">Governor's Policy summary (Thai) / สรุปนโยบายผู้ว่าฯ</a></li>
<li><a href="https://www.bangkok.go.th/pipd">แผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี</a></li>
<li><a href="https://www.bangkok.go.th/pipd/action-plan-2568">แผนปฏิบัติราชการกรุงเทพมหานคร ประจำปี ๒๕๖๘</a></li></ul>""", "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้อง")

# ---------- O3: English-only shell, Thai content missing ----------
page("about/schools.html", "BMA Schools in Khlong San District", """
<p>Khlong San District has 8 schools under the Bangkok Metropolitan Administration, supervised by the Education Division.
Detailed information is provided in Thai.</p>
<p><a href="/th/schools.html">ภาษาไทย: รายชื่อโรงเรียนสังกัดกรุงเทพมหานคร</a></p>""")
page("th/schools.html", "โรงเรียนสังกัดกรุงเทพมหานคร", "<p>อยู่ระหว่างปรับปรุงข้อมูล</p>", "")

# ---------- O4 ----------
NEWS = [("2505", "เขตคลองสานลงพื้นที่ขุดลอกท่อระบายน้ำ เตรียมรับมือฤดูฝน", "๐๘/๐๕/๖๘",
         "ขุดลอกท่อระบายน้ำแล้ว ๑๒.๔ กิโลเมตร จากเป้าหมาย ๑๘ กิโลเมตร"),
        ("2504", "สรุปผลการดำเนินงานไตรมาส ๒ ปีงบประมาณ ๒๕๖๘", "22 เม.ย. 68",
         "ผลการดำเนินงานตามแผนปฏิบัติราชการ ไตรมาส ๒ (ม.ค. - มี.ค. ๖๘) ความก้าวหน้าเฉลี่ยร้อยละ ๕๑ ปลูกต้นไม้ ๓,๒๐๐ ต้น ปรับปรุงทางเท้า ๔ สาย"),
        ("2503", "Khlong San Walking Street opens every Saturday / ถนนคนเดินคลองสาน", "๑๕ มี.ค. ๖๘",
         "ถนนคนเดินคลองสาน เปิดทุกวันเสาร์ ๑๖.๐๐ - ๒๒.๐๐ น. มีผู้ค้าในชุมชนเข้าร่วม ๑๒๐ ราย"),
        ("2502", "ผลการจัดเก็บขยะอินทรีย์ เดือนกุมภาพันธ์ ๒๕๖๘", "๐๓/๐๓/๖๘", "คัดแยกขยะอินทรีย์ได้ ๔๑ ตัน เพิ่มขึ้นร้อยละ ๑๒")]
page("news/index.html", "News & Performance", "<ul>" + "".join(f'<li><a href="/news/{k}.html">{t}</a> {d}</li>' for k, t, d, _ in NEWS) + "</ul>", "ข่าวประชาสัมพันธ์ผลการดำเนินงาน")
for k, t, d, x in NEWS:
    page(f"news/{k}.html", t, f"<p>{d}</p><p>{x}</p>")

# ---------- O5 ----------
S.pdf("docs/plan/action-plan-2568.pdf", "แผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๘\nสำนักงานเขตคลองสาน", [
    "ระยะเวลา ๑ ต.ค. ๖๗ - ๓๐ ก.ย. ๖๘", "จำนวน ๕๒ โครงการ/กิจกรรม งบประมาณ ๙๘,๔๒๐,๐๐๐ บาท",
    "๑. โครงการทางเท้าเดินได้ ถนนเจริญนคร ฝ่ายโยธา", "๒. โครงการปลูกต้นไม้ล้านต้น ฝ่ายรักษาความสะอาดฯ",
    "๓. โครงการถนนคนเดินคลองสาน ฝ่ายพัฒนาชุมชนฯ", "ตัวชี้วัด เป้าหมาย และผู้รับผิดชอบ ตามเอกสารแนบ"])
S.pdf("docs/plan/annual-report-2024.pdf", "รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๖\nสำนักงานเขตคลองสาน", [
    "ระยะเวลา ๑ ตุลาคม ๒๕๖๕ - ๓๐ กันยายน ๒๕๖๖", "ผลการดำเนินโครงการ ๔๘ โครงการ แล้วเสร็จ ๔๔ โครงการ ร้อยละ ๙๑.๖๗",
    "ปัญหาอุปสรรค และข้อเสนอแนะ", "จัดทำเมื่อ ๓๐ พ.ย. ๖๖"])
page("plan/index.html", "Annual Action Plan", """<ul>
<li><a href="/docs/plan/action-plan-2568.pdf">Annual Action Plan FY2025 (B.E. 2568)</a> — แผนปฏิบัติราชการ ประจำปี ๒๕๖๘ (๑๕ ต.ค. ๖๗)</li>
<li><a href="/docs/plan/annual-report-2024.pdf">Annual Report 2024</a> — รายงานผลการปฏิบัติราชการประจำปี</li>
<li><a href="/plan/manuals.html">Work Manuals</a> · <a href="/plan/citizen-manual.html">Citizen's Manual</a></li></ul>""", "แผนปฏิบัติราชการประจำปี และรายงานผล")

# ---------- O6 / O7 ----------
for i, dv in enumerate(DIV):
    S.pdf(f"docs/manual/m{i+1:02d}.pdf", f"คู่มือการปฏิบัติงาน {dv}\nสำนักงานเขตคลองสาน ปี ๒๕๖๘", [
        "ขอบเขตงาน", "ขั้นตอนการปฏิบัติงาน (Flow Chart)", "มาตรฐานเวลา และผู้รับผิดชอบ", "แบบฟอร์มที่เกี่ยวข้อง"])
page("plan/manuals.html", "Work Manuals", "<table>" + "".join(
    f'<tr><td>{dv}</td><td><a href="/docs/manual/m{i+1:02d}.pdf">Open</a></td></tr>' for i, dv in enumerate(DIV)) + "</table>", "คู่มือการปฏิบัติหน้าที่")
SRV = ["การแจ้งเกิด", "การแจ้งย้ายที่อยู่", "การทำบัตรประจำตัวประชาชน", "การขออนุญาตก่อสร้างอาคาร", "การชำระภาษีป้าย",
       "การขอใบอนุญาตสถานที่จำหน่ายอาหาร"]
S.pdf("docs/manual/citizen-manual-2568.pdf", "คู่มือสำหรับประชาชน สำนักงานเขตคลองสาน", [
    f"{i+1}. {s} - หลักเกณฑ์ ขั้นตอน ระยะเวลา เอกสาร ค่าธรรมเนียม ช่องทางร้องเรียน" for i, s in enumerate(SRV)])
page("plan/citizen-manual.html", "Citizen's Manual", '<p><a href="/docs/manual/citizen-manual-2568.pdf">Citizen\'s Manual (Thai PDF)</a></p><ul>'
     + "".join(f"<li>{s}</li>" for s in SRV) + "</ul>", "คู่มือการให้บริการประชาชน")

# ---------- O8 / O12 ----------
page("eservice.html", "E-Service", """<ul>
<li><a href="https://bmaq.bangkok.go.th">BMA Q – online queue booking / จองคิวล่วงหน้า</a></li>
<li><a href="https://oss.bangkok.go.th">BMA OSS – online permits / ขออนุญาตออนไลน์</a></li>
<li><a href="https://oss.bangkok.go.th/tracking">Tracking System – check your permit status / ติดตามสถานะคำขอใบอนุญาต</a></li>
<li><a href="https://www.traffy.in.th/?page_id=27351">Traffy Fondue</a></li></ul>""", "บริการออนไลน์ / ระบบติดตามสถานะ")

# ---------- O9 stale (FY2567 only) / O10 generic page ----------
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "ภาษี 2567"
ws.append(["สถิติการจัดเก็บภาษี สำนักงานเขตคลองสาน ปีงบประมาณ พ.ศ. 2567"])
ws.append(["เดือน", "ภาษีที่ดินและสิ่งปลูกสร้าง (บาท)", "ภาษีป้าย (บาท)", "รวม"])
for i, m in enumerate(["ต.ค. 66", "พ.ย. 66", "ธ.ค. 66", "ม.ค. 67", "ก.พ. 67", "มี.ค. 67", "เม.ย. 67", "พ.ค. 67",
                       "มิ.ย. 67", "ก.ค. 67", "ส.ค. 67", "ก.ย. 67"]):
    a, p = 2100000 + i * 310000, 180000 + i * 9000
    ws.append([m, a, p, a + p])
import datetime as _dt
wb.properties.created = wb.properties.modified = _dt.datetime(2024, 10, 30, 9, 0, 0)
wb.save(S.path("docs/opendata/tax-statistics.xlsx"))
fix_zip(S.path("docs/opendata/tax-statistics.xlsx"), (2024, 10, 30, 9, 0, 0))
page("opendata/index.html", "Open Data", """
<p>Khlong San District publishes datasets in open formats. Bangkok's city-wide datasets are available at
<a href="https://data.bangkok.go.th">data.bangkok.go.th</a>.</p>
<table><tr><th>Dataset</th><th>File</th><th>Updated</th></tr>
<tr><td>Tax Statistics / สถิติการจัดเก็บภาษี</td><td><a href="/docs/opendata/tax-statistics.xlsx">XLSX</a></td><td>๓๐/๑๐/๖๗</td></tr>
<tr><td><a href="/opendata/">Revenue Statistics</a></td><td>-</td><td>-</td></tr>
<tr><td>Budget &amp; Ordinance</td><td><a href="/budget/">Page</a></td><td>๑๕ ม.ค. ๖๘</td></tr></table>""", "ข้อมูลเปิด")

# ---------- O11 ----------
d = docx.Document(); d.add_heading("รายการตรวจ (Checklist) ประกอบการพิจารณาออกใบอนุญาต สำนักงานเขตคลองสาน", 1)
for lic in ["ใบอนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร (อ.๑)", "ใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหาร", "ใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ"]:
    d.add_heading(lic, 2)
    for c in ["☐ สำเนาบัตรประชาชนผู้ขออนุญาต", "☐ สำเนาทะเบียนบ้าน", "☐ แผนที่ตั้ง", "☐ หนังสือยินยอมเจ้าของที่ดิน", "☐ ระยะเวลาพิจารณา ๓๐ วัน"]:
        d.add_paragraph(c)
d.core_properties.created = d.core_properties.modified = _dt.datetime(2024, 11, 5, 9, 0, 0)
d.save(S.path("docs/permit/permit-checklist-2568.docx"))
fix_zip(S.path("docs/permit/permit-checklist-2568.docx"))
page("permit.html", "Permit Checklist", '<p><a href="/docs/permit/permit-checklist-2568.docx">Permit checklist (Thai, DOCX)</a></p>', "รายการตรวจในการพิจารณาออกใบอนุญาต")

# ---------- O13 broken / O14 ----------
S.pdf("docs/budget/spending-plan-2568.pdf", "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\nสำนักงานเขตคลองสาน", [], table=[
    ["หมวด", "ต.ค.-ธ.ค. 67", "ม.ค.-มี.ค. 68", "เม.ย.-มิ.ย. 68", "ก.ค.-ก.ย. 68", "รวม"],
    ["งบบุคลากร", "48,500,000", "48,500,000", "48,500,000", "48,500,000", "194,000,000"],
    ["งบดำเนินงาน", "14,000,000", "16,200,000", "15,800,000", "13,000,000", "59,000,000"],
    ["งบลงทุน", "3,000,000", "9,000,000", "14,000,000", "12,000,000", "38,000,000"]])
S.pdf("docs/budget/ordinance-2568.pdf", "ข้อบัญญัติงบประมาณรายจ่ายประจำปี พ.ศ. ๒๕๖๘ (ส่วนของสำนักงานเขตคลองสาน)\nและข้อมูลเงินอุดหนุนชุมชน", [
    "งบประมาณตามข้อบัญญัติ ๒๙๑,๐๐๐,๐๐๐ บาท", "เงินอุดหนุนกรรมการชุมชน ๓๒ ชุมชน ชุมชนละ ๒๐๐,๐๐๐ บาท รวม ๖,๔๐๐,๐๐๐ บาท",
    "ชุมชนวัดทองนพคุณ ๒๐๐,๐๐๐ บาท โครงการปรับปรุงลานกีฬา", "ชุมชนสมเด็จย่า ๒๐๐,๐๐๐ บาท โครงการซ่อมแซมทางเดิน",
    "ข้อมูล ณ วันที่ ๑๕/๐๑/๖๘"])
page("budget/index.html", "Budget", """<ul>
<li><a href="/docs/budget/spending-plan-2568.pdf">Budget Spending Plan FY2025</a> (แผนการใช้จ่ายงบประมาณ ๒๕๖๘)</li>
<li><a href="/docs/budget/spending-report-2567.pdf">Budget Spending Report FY2024</a> (รายงานผลการใช้จ่ายงบประมาณ ๒๕๖๗)</li>
<li><a href="/docs/budget/ordinance-2568.pdf">Budget Data, Ordinance &amp; Community Subsidies</a></li></ul>""", "งบประมาณ")
# spending-report-2567.pdf intentionally absent -> 404

# ---------- O15 procurement (monthly Oct 67 - Apr 68; Q2 as one quarterly file) ----------
HDR = ["ที่", "งานที่จัดซื้อจัดจ้าง", "วงเงิน", "ราคากลาง", "วิธี", "ผู้เสนอราคา/ราคา", "ผู้ได้รับคัดเลือก/ราคา", "เหตุผล", "สัญญา เลขที่/วันที่", "e-GP"]
def skr(rel, title, months):
    rows = [HDR]; n = 0
    for m, dd in months:
        rows.append(["", f"-- เดือน{m} --", "", "", "", "", "", "", "", ""])
        for j in range(2):
            n += 1
            rows.append([str(n), f"จ้างซ่อมแซมทางเท้า ชุด {n}", f"{48000+n*1000:,}", f"{48000+n*1000:,}", "เฉพาะเจาะจง",
                         f"หจก.คลองสานการช่าง {47000+n*1000:,}", f"หจก.คลองสานการช่าง {47000+n*1000:,}", "ราคาเหมาะสม",
                         f"{n}/68 {dd}", f"6801{n:05d}"])
    S.pdf(rel, title, [], table=rows, land=True)
skr("docs/procure/skr-oct67.pdf", "สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนตุลาคม ๒๕๖๗ (สขร.๑)\nสำนักงานเขตคลองสาน", [("ตุลาคม ๖๗", "15/10/67")])
skr("docs/procure/skr-nov67.pdf", "สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนพฤศจิกายน ๒๕๖๗ (สขร.๑)\nสำนักงานเขตคลองสาน", [("พฤศจิกายน ๖๗", "12/11/67")])
skr("docs/procure/skr-dec67.pdf", "สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนธันวาคม ๒๕๖๗ (สขร.๑)\nสำนักงานเขตคลองสาน", [("ธันวาคม ๖๗", "09/12/67")])
skr("docs/procure/skr-q2-68.pdf", "สรุปผลการจัดซื้อจัดจ้าง ไตรมาส ๒ (มกราคม - มีนาคม ๒๕๖๘) แยกรายเดือน (สขร.๑)\nสำนักงานเขตคลองสาน",
    [("มกราคม ๖๘", "15/01/68"), ("กุมภาพันธ์ ๖๘", "11/02/68"), ("มีนาคม ๖๘", "20/03/68")])
skr("docs/procure/skr-apr68.pdf", "สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนเมษายน ๒๕๖๘ (สขร.๑)\nสำนักงานเขตคลองสาน", [("เมษายน ๖๘", "08/04/68")])
S.pdf("docs/procure/announce-e-bidding-2568.pdf", "ประกาศสำนักงานเขตคลองสาน\nเรื่อง ประกวดราคาจ้างปรับปรุงทางเท้าถนนเจริญนคร ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", [
    "ราคากลาง ๔,๘๒๐,๐๐๐ บาท", "ดูรายละเอียดที่ www.gprocurement.go.th", "ประกาศ ณ วันที่ ๑๔ ก.พ. ๖๘"],
    sign=["(นายชัยวัฒน์ รุ่งเรืองศรี)", "ผู้อำนวยการเขตคลองสาน"])
page("procurement/index.html", "Procurement", """
<p><a href="https://e-gpbma.bangkok.go.th/">e-GPBMA</a> · <a href="https://process3.gprocurement.go.th">e-GP</a></p>
<h2>Procurement Announcements</h2><ul><li><a href="/docs/procure/announce-e-bidding-2568.pdf">e-bidding: Charoen Nakhon Rd. footpath</a> ๑๔ ก.พ. ๖๘</li></ul>
<h2>Monthly Procurement Summary FY2025</h2><ul>
<li><a href="/docs/procure/skr-oct67.pdf">October 2024</a> (ต.ค. ๖๗)</li>
<li><a href="/docs/procure/skr-nov67.pdf">November 2024</a> (พ.ย. ๖๗)</li>
<li><a href="/docs/procure/skr-dec67.pdf">December 2024</a> (ธ.ค. ๖๗)</li>
<li><a href="/docs/procure/skr-q2-68.pdf">Q2: Jan–Mar 2025</a> (ม.ค. - มี.ค. ๖๘)</li>
<li><a href="/docs/procure/skr-apr68.pdf">April 2025</a> (เม.ย. ๖๘)</li></ul>""", "การจัดซื้อจัดจ้าง")

# ---------- O16 / O17 ----------
S.pdf("docs/hr/hr-criteria-2568.pdf", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล\nสำนักงานเขตคลองสาน ประจำปี ๒๕๖๘", [
    "การสรรหาและเลือกสรร", "การแต่งตั้ง โยกย้าย เลื่อนตำแหน่ง", "การพัฒนาบุคลากร", "การประเมินผลการปฏิบัติราชการ", "การให้คุณให้โทษ"])
page("integrity/hr.html", "HR Management Criteria", '<p><a href="/docs/hr/hr-criteria-2568.pdf">HR criteria (Thai)</a></p>', "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล")
page("integrity/complaints.html", "Corruption Complaints", """
<p>Report corruption or misconduct / แจ้งเรื่องร้องเรียนการทุจริต:</p><ul>
<li>หนังสือถึงผู้อำนวยการเขตคลองสาน ๙๙ ถนนสมเด็จเจ้าพระยา</li><li>โทร. 0 2437 0797 ต่อ 7110</li>
<li>E-mail: khlongsan@bangkok.go.th</li><li><a href="https://www.traffy.in.th/?page_id=27351">Traffy Fondue</a></li>
<li><a href="/integrity/complaint-form.html">Online form / แบบฟอร์มออนไลน์</a></li></ul>
<p>Complaint statistics: <i>to be updated</i></p>""", "ช่องทางร้องเรียนการทุจริต")
page("integrity/complaint-form.html", "Complaint Form", '<form method="post"><textarea name="d"></textarea><button>Submit</button></form>', "แบบฟอร์มร้องเรียน")

# ---------- O18: policy only as English PDF; Thai implementation report ----------
from reportlab.pdfgen import canvas as _c
S.pdf("docs/integrity/anti-bribery-policy-en.pdf", "Khlong San District Office\nAnnouncement: Anti-Bribery Policy (No Gift Policy) FY2025", [
    "Khlong San District Office declares that all executives and officials shall not demand, accept,",
    "or offer any bribe, gift, or benefit in connection with their duties.",
    "1. No gifts are accepted by officials in any form or occasion.",
    "2. Any offered benefit shall be reported to the Director within 3 working days.",
    "3. Violations are subject to disciplinary action under BMA civil service rules.",
    "Announced on 1 November 2024"], font="Garuda",
    sign=["(Mr. Chaiwat Rungruangsri)", "Director of Khlong San District Office"])
S.pdf("docs/integrity/anti-bribery-report-2568.pdf", "รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน\nรอบ ๖ เดือน ปีงบประมาณ ๒๕๖๘ (ต.ค. ๖๗ - มี.ค. ๖๘)", [
    "๑. เผยแพร่ประกาศนโยบาย No Gift Policy แก่บุคลากรทุกฝ่าย ๑ พ.ย. ๖๗", "๒. ไม่มีรายงานการเสนอให้สินบน",
    "๓. จัดอบรมหลักสูตรต่อต้านการรับสินบน ๒๐ ก.พ. ๖๘ ผู้เข้าร่วม ๙๕ คน"])
S.pdf("docs/integrity/bribery-risk-2568.pdf", "การประเมินความเสี่ยงต่อการรับสินบน ประจำปี ๒๕๖๘\nและรายงานผลการดำเนินการเพื่อจัดการความเสี่ยง", [
    "กระบวนงานเสี่ยง: การออกใบอนุญาตก่อสร้าง (ระดับสูง) มาตรการ: ยื่นผ่าน BMA OSS",
    "การจัดเก็บภาษีป้าย (ระดับกลาง) มาตรการ: สุ่มตรวจสอบรายเดือน",
    "ผลการดำเนินการ ณ ๓๑/๐๓/๖๘: ดำเนินการตามมาตรการครบทุกกระบวนงาน ไม่พบเหตุการณ์"])
page("integrity/anti-bribery.html", "Anti-Bribery Policy", """<ul>
<li><a href="/docs/integrity/anti-bribery-policy-en.pdf">Anti-Bribery Policy (English)</a></li>
<li><a href="/docs/integrity/anti-bribery-report-2568.pdf">Implementation report / รายงานผลสู่การปฏิบัติ</a></li></ul>""", "นโยบายต่อต้านการรับสินบน")

# ---------- O20 missing / O21 ----------
page("integrity/discretion.html", "Discretion Guidelines", "<p>Coming soon. / อยู่ระหว่างจัดทำ</p>", "แนวทางการปฏิบัติในการใช้ดุลยพินิจ")
S.pdf("docs/integrity/assets-2568.pdf", "แนวทางการจัดการทรัพย์สินของราชการ ของบริจาค และการจัดเก็บของกลาง\nสำนักงานเขตคลองสาน ๒๕๖๘", [
    "๑. การยืมทรัพย์สินของราชการต้องขออนุญาตตามแบบฟอร์ม", "๒. การรับของบริจาคต้องออกใบอนุโมทนาบัตรและลงทะเบียน",
    "๓. ของกลางที่เทศกิจยึดให้จัดเก็บในคลังของกลาง บันทึกบัญชีและติดตามการคืน", "ประกาศ ๒๐ พ.ย. ๖๗"])
page("integrity/assets.html", "Asset Management", '<p><a href="/docs/integrity/assets-2568.pdf">Government assets, donations &amp; seized goods (Thai PDF)</a></p>', "การจัดการทรัพย์สินของราชการ")

# ---------- O22 ----------
S.pdf("docs/integrity/measures-2568.pdf", "มาตรการในการยกระดับคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. ๒๕๖๘\nสำนักงานเขตคลองสาน", [
    "ผลการประเมิน ITA ปี ๒๕๖๗ คะแนนรวม ๙๒.๘๔ ประเด็นที่ต้องปรับปรุง: OIT ข้อ O๑๗ สถิติเรื่องร้องเรียน",
    "มาตรการ: มอบหมายฝ่ายปกครองปรับปรุงข้อมูลบนเว็บไซต์ทุกเดือน", "รายงานผลการดำเนินงานรอบ ๖ เดือน (ต.ค. ๖๗ - มี.ค. ๖๘): ดำเนินการแล้ว ๔ จาก ๕ มาตรการ"])
page("integrity/measures.html", "Integrity Measures", '<p><a href="/docs/integrity/measures-2568.pdf">Measures &amp; progress report FY2025 (Thai)</a></p>', "มาตรการยกระดับคุณธรรมและความโปร่งใส")

# ---------- Integrity index & OIT page (ITA numbering) ----------
page("integrity/index.html", "Integrity & Transparency", """<ul>
<li><a href="/integrity/oit.html">OIT 2025 – Open Data Integrity and Transparency Assessment</a></li>
<li><a href="/integrity/anti-bribery.html">Anti-Bribery Policy</a></li><li><a href="/integrity/complaints.html">Corruption Complaints</a></li>
<li><a href="/integrity/measures.html">Integrity Measures</a></li></ul>""", "คุณธรรมและความโปร่งใส")
OIT = [("9.1", "Basic Information (Organization Chart / Executives / Authority / Contact)", "/about/"),
       ("9.1", "Governor's Policy & BMA Plans", "/about/governor-policy.html"),
       ("9.1", "BMA Schools in the District", "/about/schools.html"),
       ("9.1", "Performance News", "/news/"),
       ("9.2", "Annual Action Plan & Annual Report", "/plan/"),
       ("9.2", "Work Manuals & Citizen's Manual", "/plan/manuals.html"),
       ("9.2", "E-Service & Permit Tracking System", "/eservice.html"),
       ("9.2", "Tax Statistics", "/opendata/"),
       ("9.2", "Revenue Statistics", "/opendata/"),
       ("9.2", "Permit Checklist", "/permit.html"),
       ("9.3", "Budget Spending Plan & Report; Budget Data, Ordinance & Community Subsidies", "/budget/"),
       ("9.3", "Procurement Announcements & Monthly Summary", "/procurement/"),
       ("9.4", "HR Management Criteria", "/integrity/hr.html"),
       ("9.4", "Corruption Complaint Channels & Statistics", "/integrity/complaints.html"),
       ("10.1", "Anti-Bribery Policy & Implementation", "/integrity/anti-bribery.html"),
       ("10.2", "Bribery Risk Assessment & Report", "/docs/integrity/bribery-risk-2568.pdf"),
       ("10.2", "Discretion Guidelines", "/integrity/discretion.html"),
       ("10.2", "Government Assets, Donations & Seized Goods", "/integrity/assets.html"),
       ("10.3", "Integrity Measures & Report", "/integrity/measures.html")]
page("integrity/oit.html", "OIT 2025 (ITA 2568)", "<p>Updated ๑๒/๐๕/๖๘</p><table><tr><th>Indicator</th><th>Item</th></tr>" + "".join(
    f'<tr><td>{n}</td><td><a href="{u}">{t}</a></td></tr>' for n, t, u in OIT) + "</table>", "การเปิดเผยข้อมูลสาธารณะ")
print("done")
