"""A dead link or a pending line counts against the item it belongs to, not every item whose
evidence shares its page; an archive that cannot be opened is a dead document; an archive holding
only a note that the documents are being compiled is a placeholder.

- The e-service page's dead link to the permit tracking system (HTTP 500) is the tracking
  item's (broken), not the e-service item's, whose services work (pass). Its services are
  buttons ("เข้าสู่ระบบ", "กรอกแบบฟอร์ม") whose table rows say what they open ("จองคิวล่วงหน้า
  (BMA Q)").
- The budget page's "รายงานผลการใช้จ่ายงบประมาณ … (อยู่ระหว่างจัดทำ)" is the spending report's
  part, not the budget data's: the budget data item passes.
- The monthly procurement summaries of January to March are a ZIP cut short (HTTP 200, no
  central directory): those months are not published, and their file is dead (broken).
- The assets item's ZIP holds only "อ่านก่อน.txt" saying the documents are still being
  compiled: missing.
- On a bma-2564 site, a dead notice announcing the procurement plan, listed on the notices page
  the OIT index gives the notices item, does not make the plan item broken when the plan item's
  own row opens the plan's table.

Each site is built here (real PDFs, real ZIP bytes), served over real HTTP on 127.0.0.1,
crawled and checked like any district.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from checklist import check_site
from oitwatch.demo.documents import make_pdf
from oitwatch.devserver import Fault, SiteServer
from oitwatch.settings import Settings

HEAD = '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{t}</title></head><body>'
MENU = (
    '<ul class="menu"><li><a href="/">หน้าแรก</a></li>'
    '<li><a href="/ita/">การเปิดเผยข้อมูลสาธารณะ (OIT)</a></li></ul>'
)
COLUMNS = [
    "ลำดับที่ งานที่จัดซื้อหรือจัดจ้าง วงเงินที่จะซื้อหรือจ้าง ราคากลาง วิธีซื้อหรือจ้าง",
    "รายชื่อผู้เสนอราคาและราคาที่เสนอ ผู้ได้รับการคัดเลือกและราคาที่ตกลง",
    "เหตุผลที่คัดเลือกโดยสรุป เลขที่และวันที่ของสัญญาหรือข้อตกลง",
    "๑ ซื้อวัสดุสำนักงาน ๕๑,๕๐๐.๐๐ ๕๑,๕๐๐.๐๐ เฉพาะเจาะจง ร้านทดสอบ ร้านทดสอบ ราคาต่ำสุด ๑๑/๒๕๖๘",
]


def _page(root: Path, path: str, title: str, body: str) -> None:
    target = root / path.lstrip("/")
    if path.endswith("/"):
        target = target / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        HEAD.format(t=title) + MENU + f"<h1>{title}</h1>{body}</body></html>", encoding="utf-8"
    )


def _file(root: Path, path: str, body: bytes) -> None:
    target = root / path.lstrip("/")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(body)


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _summary(month: str, year: str) -> bytes:
    head = f"แบบ สขร.๑ สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน{month} พ.ศ. {year}"
    return make_pdf([[head, "สำนักงานเขตทดสอบ", *COLUMNS]])


def _index(root: Path, rows: list[tuple[str, str, str, str]], title: str) -> None:
    table = "".join(
        f'<tr><td>{code}</td><td>{name}</td><td><a href="{href}">{label}</a></td></tr>'
        for code, name, href, label in rows
    )
    _page(root, "/ita/", title, f"<table>{table}</table>")


def _district_2568(root: Path) -> None:
    _page(root, "/", "สำนักงานเขตทดสอบ", "<p>ยินดีต้อนรับสู่เว็บไซต์สำนักงานเขตทดสอบ</p>")
    _index(
        root,
        [
            ("O8", "E-Service", "/service/eservice.html", "บริการออนไลน์"),
            (
                "O12",
                "ระบบติดตาม (Tracking System) สถานะการขอใบอนุญาต",
                "/eservice/tracking.php",
                "เข้าสู่ระบบติดตามสถานะ",
            ),
            (
                "O14",
                "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ ข้อมูลเงินอุดหนุนชุมชน",
                "/budget/",
                "เปิดหน้าข้อมูล",
            ),
            (
                "O15",
                "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้างรายเดือน",
                "/procurement/",
                "ข่าวจัดซื้อจัดจ้าง / สขร.๑",
            ),
            (
                "O21",
                "การจัดการทรัพย์สินของราชการ ของบริจาคและการจัดเก็บของกลาง",
                "/files/ita68/O21_assets.zip",
                "ดาวน์โหลดเอกสารทั้งหมด (.zip)",
            ),
        ],
        "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี พ.ศ. ๒๕๖๘",
    )
    # e-service: working services as buttons in rows naming them, and the tracking system dead
    _page(
        root,
        "/service/eservice.html",
        "บริการออนไลน์ (E-Service)",
        "<table><tr><th>บริการ</th><th>รายละเอียด</th><th>ลิงก์</th></tr>"
        "<tr><td>จองคิวล่วงหน้า (BMA Q)</td><td>จองคิวรับบริการงานทะเบียนราษฎร</td>"
        '<td><a href="https://q.bangkok.go.th/">เข้าสู่ระบบ</a></td></tr>'
        "<tr><td>คำร้องทั่วไปออนไลน์</td><td>ยื่นคำร้องขอคัดสำเนาเอกสาร ขอตัดแต่งต้นไม้</td>"
        '<td><a href="/eservice/form.html">กรอกแบบฟอร์ม</a></td></tr></table>'
        '<ul><li><a href="/eservice/tracking.php">ระบบติดตามสถานะการขอใบอนุญาต (Tracking System)'
        "</a> กรอกเลขที่คำขอเพื่อดูสถานะการพิจารณาใบอนุญาตก่อสร้าง</li></ul>",
    )
    _page(
        root,
        "/eservice/form.html",
        "แบบฟอร์มคำร้องทั่วไปออนไลน์",
        '<form action="/eservice/form.html" method="get"><label>ชื่อ-สกุล <input name="n"></label>'
        '<label>เรื่อง <input name="s"></label><button type="submit">ส่งคำร้อง</button></form>',
    )
    # budget: the budget data item's three parts, and the spending report still being prepared
    _page(
        root,
        "/budget/",
        "ข้อมูลงบประมาณ",
        '<ul><li><a href="/files/budget/alloc-2568.pdf">ข้อมูลงบประมาณที่ได้รับจัดสรร '
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</a></li>"
        '<li><a href="/files/budget/ordinance-2568.pdf">ข้อบัญญัติงบประมาณรายจ่ายประจำปี '
        "พ.ศ. ๒๕๖๘</a></li>"
        '<li><a href="/files/budget/subsidy-2568.pdf">ข้อมูลเงินอุดหนุนชุมชน ประจำปีงบประมาณ '
        "พ.ศ. ๒๕๖๘</a></li></ul>"
        "<p>รายงานผลการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (อยู่ระหว่างจัดทำ)</p>",
    )
    _file(
        root,
        "/files/budget/alloc-2568.pdf",
        make_pdf(
            [
                [
                    "ข้อมูลงบประมาณที่ได้รับจัดสรร ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
                    "สำนักงานเขตทดสอบ",
                    "งบบุคลากร ๔๕,๒๐๐,๐๐๐ บาท งบดำเนินงาน ๑๒,๘๐๐,๐๐๐ บาท",
                    "งบลงทุน ๖,๕๐๐,๐๐๐ บาท รวม ๖๔,๕๐๐,๐๐๐ บาท",
                ]
            ]
        ),
    )
    _file(
        root,
        "/files/budget/ordinance-2568.pdf",
        make_pdf(
            [
                [
                    "ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปี พ.ศ. ๒๕๖๘",
                    "ส่วนที่เป็นของสำนักงานเขตทดสอบ",
                    "แผนงานบริหารทั่วไป ๓๘,๐๐๐,๐๐๐ บาท แผนงานรักษาความสะอาด ๒๖,๕๐๐,๐๐๐ บาท",
                ]
            ]
        ),
    )
    _file(
        root,
        "/files/budget/subsidy-2568.pdf",
        make_pdf(
            [
                [
                    "ข้อมูลเงินอุดหนุนชุมชน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ สำนักงานเขตทดสอบ",
                    "ชุมชนวัดทดสอบ ๕๐,๐๐๐ บาท ชุมชนริมคลอง ๕๐,๐๐๐ บาท",
                    "ชุมชนเคหะ ๕๐,๐๐๐ บาท รวม ๑๕๐,๐๐๐ บาท",
                ]
            ]
        ),
    )
    # procurement: announcements; the monthly summaries as quarterly ZIPs, the second cut short
    _page(
        root,
        "/procurement/",
        "ข่าวจัดซื้อจัดจ้าง",
        "<h2>ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง</h2>"
        '<ul><li>๑๔ มี.ค. ๒๕๖๘ <a href="/files/procurement/winner.pdf">ประกาศผู้ชนะการเสนอราคา '
        "จ้างปรับปรุงทางเท้า โดยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)</a></li></ul>"
        "<h2>สรุปผลการดำเนินการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.๑) ปีงบประมาณ ๒๕๖๘</h2>"
        '<ul><li>ไตรมาสที่ ๑ (ต.ค. - ธ.ค. ๒๕๖๗) <a href="/files/procurement/skr_q1_2568.zip">'
        "ดาวน์โหลดเอกสารทั้งหมด (.zip)</a></li>"
        '<li>ไตรมาสที่ ๒ (ม.ค. - มี.ค. ๒๕๖๘) <a href="/files/procurement/skr_q2_2568.zip">'
        "ดาวน์โหลดเอกสารทั้งหมด (.zip)</a></li></ul>",
    )
    _file(
        root,
        "/files/procurement/winner.pdf",
        make_pdf(
            [
                [
                    "ประกาศสำนักงานเขตทดสอบ เรื่อง ประกาศผู้ชนะการเสนอราคา จ้างปรับปรุงทางเท้า",
                    "ประกาศ ณ วันที่ ๑๔ มีนาคม พ.ศ. ๒๕๖๘",
                ]
            ]
        ),
    )
    q1 = {"ต.ค. ๖๗": ("ตุลาคม", "๒๕๖๗"), "พ.ย. ๖๗": ("พฤศจิกายน", "๒๕๖๗")}
    q1["ธ.ค. ๖๗"] = ("ธันวาคม", "๒๕๖๗")
    _file(
        root,
        "/files/procurement/skr_q1_2568.zip",
        _zip({f"สขร1_{m}{y}.pdf": _summary(m, y) for m, y in q1.values()}),
    )
    q2 = _zip(
        {
            f"สขร1_{m}{y}.pdf": _summary(m, y)
            for m, y in (("มกราคม", "๒๕๖๘"), ("กุมภาพันธ์", "๒๕๖๘"), ("มีนาคม", "๒๕๖๘"))
        }
    )
    # cut short in the upload: no central directory, no archive tool opens it
    _file(root, "/files/procurement/skr_q2_2568.zip", q2[: len(q2) // 2])
    # assets: a ZIP holding only a note that the documents are still being compiled
    note = (
        "\ufeffเรียน ผู้ตรวจประเมิน\r\n\r\n"
        "เอกสารข้อ O21 การจัดการทรัพย์สินของราชการ ของบริจาค และการจัดเก็บของกลาง\r\n"
        "อยู่ระหว่างรวบรวมจากฝ่ายการคลังและฝ่ายเทศกิจ จะนำขึ้นเว็บไซต์โดยเร็ว\r\n\r\n"
        "ฝ่ายปกครอง สำนักงานเขตทดสอบ\r\n๒ เมษายน ๒๕๖๘\r\n"
    )
    _file(root, "/files/ita68/O21_assets.zip", _zip({"อ่านก่อน.txt": note.encode("utf-8")}))


def test_dead_links_pending_lines_and_archives_count_for_their_own_item(
    tmp_path: Path, serve: Callable[..., SiteServer], settings: Settings
) -> None:
    _district_2568(tmp_path)
    server = serve(tmp_path, {"/eservice/tracking.php": Fault(status=500)})
    result = check_site(settings, server.url("/"), framework="bma-2567", as_of=date(2025, 4, 22))
    items = {it["code"]: it for it in result["items"]}
    # the tracking system's dead link is the tracking item's, not the e-service item's
    assert items["O8"]["status"] == "pass", items["O8"]["reasons"]
    assert items["O12"]["status"] == "broken", items["O12"]["reasons"]
    # the spending report still being prepared is not a part of the budget data
    assert items["O14"]["status"] == "pass", items["O14"]["reasons"]
    # January to March sit in a ZIP nothing can open: not published, a dead file
    o15 = items["O15"]
    assert o15["status"] == "broken", o15["reasons"]
    assert o15["months_missing"] == ["2025-01", "2025-02", "2025-03"], o15
    assert "skr_q2_2568.zip" in o15["reasons"][0]["en"], o15["reasons"]
    # a ZIP holding only a note that the documents are being compiled publishes nothing
    assert items["O21"]["status"] == "missing", items["O21"]["reasons"]


def test_a_dead_notice_on_another_items_page_does_not_break_the_plan(
    tmp_path: Path, serve: Callable[..., SiteServer], settings: Settings
) -> None:
    root = tmp_path
    _page(root, "/", "สำนักงานเขตทดสอบ", "<p>ยินดีต้อนรับสู่เว็บไซต์สำนักงานเขตทดสอบ</p>")
    _index(
        root,
        [
            ("O1", "โครงสร้าง", "/about/", "คลิก"),
            ("O2", "ข้อมูลผู้บริหาร", "/about/", "คลิก"),
            ("O3", "อำนาจหน้าที่", "/about/", "คลิก"),
            ("O21", "แผนการจัดซื้อจัดจ้าง", "/procurement/", "คลิก"),
            ("O22", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง", "/procurement/announce.html", "คลิก"),
        ],
        "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี พ.ศ. ๒๕๖๔",
    )
    _page(
        root,
        "/about/",
        "ข้อมูลสำนักงานเขต",
        "<h2>โครงสร้างและอำนาจหน้าที่</h2><p>สำนักงานเขตทดสอบแบ่งส่วนราชการเป็น ๑๐ ฝ่าย "
        "มีอำนาจหน้าที่ตามพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘</p>"
        "<h2>ผู้บริหาร</h2><p>นายทดสอบ ใจดี ผู้อำนวยการเขตทดสอบ โทร ๐ ๒๔๑๑ ๑๒๓๔</p>",
    )
    rows = "".join(
        f"<tr><td>{n}</td><td>{what}</td><td>{money}</td><td>{month}</td></tr>"
        for n, what, money, month in (
            ("๑", "จ้างซ่อมแซมผิวจราจรซอยทดสอบ ๑๓", "๑,๒๐๐,๐๐๐", "ธ.ค. ๒๕๖๓"),
            ("๒", "ซื้อวัสดุงานบ้านงานครัว", "๘๕,๐๐๐", "มี.ค. ๒๕๖๔"),
            ("๓", "จ้างขุดลอกคลองทดสอบ", "๔๕๐,๐๐๐", "ก.พ. ๒๕๖๔"),
        )
    )
    _page(
        root,
        "/procurement/",
        "จัดซื้อจัดจ้าง",
        "<h2>แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๔</h2>"
        "<table><tr><th>ที่</th><th>รายการ</th><th>วงเงินงบประมาณ (บาท)</th>"
        f"<th>กำหนดเวลาจัดหา</th></tr>{rows}</table>"
        '<p><a href="https://e-gpbma.bangkok.go.th/">ระบบ e-GPBMA</a></p>'
        '<p><a href="/procurement/announce.html">ประกาศจัดซื้อจัดจ้าง</a></p>',
    )
    notices = (
        ("ann-6407.pdf", "ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๔"),
        ("ann-6410.pdf", "ประกาศผู้ชนะการเสนอราคา จ้างขุดลอกคลองทดสอบ โดยวิธีเฉพาะเจาะจง"),
    )
    _page(
        root,
        "/procurement/announce.html",
        "ประกาศจัดซื้อจัดจ้าง",
        "<table><tr><th>เรื่อง</th><th>เอกสาร</th></tr>"
        + "".join(
            f'<tr><td>{what}</td><td><a href="/procurement/doc/{name}">📄 PDF</a></td></tr>'
            for name, what in notices
        )
        + "</table>",
    )
    faults = {f"/procurement/doc/{name}": Fault(status=500) for name, _ in notices}
    server = serve(root, faults)
    result = check_site(settings, server.url("/"), framework="bma-2564", as_of=date(2021, 4, 20))
    items = {it["code"]: it for it in result["items"]}
    assert items["O21"]["status"] == "pass", items["O21"]["reasons"]
    assert items["O22"]["status"] == "broken", items["O22"]["reasons"]
