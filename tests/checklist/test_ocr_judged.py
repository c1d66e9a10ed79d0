"""Documents read by OCR, judged on a real loopback site: a PDF whose text is drawn in fonts but
whose text layer is garbage (no ToUnicode map), read cleanly by OCR with its title, year and
elements, is judged like text; a scan read by OCR stays for a person, and so do statistics read
by OCR (OCR misreads Thai digits while sure of them); a month's row is covered by the month its
document names, not by the row's words."""

from __future__ import annotations

import io
import random
import re
from datetime import date
from pathlib import Path

import pytest

from checklist import check_site
from oitwatch.demo.documents import make_pdf, make_table_pdf
from oitwatch.settings import Settings
from tests.conftest import have_tesseract_thai

TLWG = Path("/usr/share/fonts/truetype/tlwg")
AS_OF = date(2021, 7, 15)  # fiscal year 2564


def scan(lines: list[str], seed: int, font: str = "Norasi.ttf") -> bytes:
    """An image-only PDF as a scanner makes it: A4 at 150 dpi, grey speckles, a dark edge,
    turned 0.6 degrees, JPEG-compressed."""
    from PIL import Image, ImageDraw, ImageFont

    rnd = random.Random(seed)
    img = Image.new("L", (1240, 1754), 250)
    draw = ImageDraw.Draw(img)
    face = ImageFont.truetype(str(TLWG / font), 34)
    y = 120
    for line in lines:
        draw.text((110, y), line, font=face, fill=25)
        y += 56
    for _ in range(2500):
        draw.point((rnd.randrange(1240), rnd.randrange(1754)), fill=rnd.randrange(80, 200))
    draw.rectangle([0, 0, 18, 1754], fill=150)
    img = img.rotate(0.6, resample=Image.BICUBIC, fillcolor=235)
    jpeg = io.BytesIO()
    img.save(jpeg, "JPEG", quality=45)
    out = io.BytesIO()
    Image.open(io.BytesIO(jpeg.getvalue())).save(out, "PDF", resolution=150.0)
    return out.getvalue()


def garbled(pdf: bytes) -> bytes:
    """The PDF with its fonts' ToUnicode maps removed (blanked, offsets kept): it shows the same
    on screen, its text layer extracts as control characters."""
    return re.sub(rb"/ToUnicode \d+ 0 R", lambda m: b" " * len(m.group(0)), pdf)


PLAN = [
    "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
    "สำนักงานเขตทดสอบ กรุงเทพมหานคร",
    "ระยะเวลา ๑ ตุลาคม ๒๕๖๓ - ๓๐ กันยายน ๒๕๖๔",
    "๑. โครงการขุดลอกคูคลอง งบประมาณ ๒,๕๐๐,๐๐๐ บาท",
    "๒. โครงการปรับปรุงทางเท้า งบประมาณ ๑,๒๐๐,๐๐๐ บาท",
    "๓. กิจกรรมรณรงค์คัดแยกขยะ งบประมาณ ๓๐๐,๐๐๐ บาท",
]
SPENDING = [
    "แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
    "สำนักงานเขตทดสอบ ระยะเวลา ๑ ตุลาคม ๒๕๖๓ - ๓๐ กันยายน ๒๕๖๔",
    "งบบุคลากร ไตรมาส ๑ ๒๐,๐๐๐,๐๐๐ บาท ไตรมาส ๒ ๒๐,๐๐๐,๐๐๐ บาท",
    "งบดำเนินงาน ไตรมาส ๑ ๕,๐๐๐,๐๐๐ บาท ไตรมาส ๒ ๕,๐๐๐,๐๐๐ บาท",
]
STATISTICS = [
    "ข้อมูลเชิงสถิติการให้บริการ สำนักงานเขตทดสอบ",
    "ปีงบประมาณ พ.ศ. ๒๕๖๔ ระยะเวลา ๑ ตุลาคม ๒๕๖๓ - ๓๑ มีนาคม ๒๕๖๔",
    "งานทะเบียนราษฎร ๑๒,๓๐๐ ราย",
    "งานบัตรประจำตัวประชาชน ๘,๑๐๐ ราย",
    "งานจดทะเบียนพาณิชย์ ๙๐๐ ราย",
]
MONTHS = [  # (file, month named in the document)
    ("skr1-10.pdf", "ตุลาคม ๒๕๖๓"),
    ("skr1-11.pdf", "พฤศจิกายน ๒๕๖๓"),
    ("skr1-12.pdf", "ธันวาคม ๒๕๖๓"),
    ("skr1-01.pdf", "มกราคม ๒๕๖๔"),
    ("skr1-03.pdf", "มีนาคม ๒๕๖๔"),
    ("skr1-04.pdf", "เมษายน ๒๕๖๔"),
    ("skr1-05.pdf", "พฤษภาคม ๒๕๖๔"),
    ("skr1-06.pdf", "มิถุนายน ๒๕๖๔"),
]
ROWS = [  # the page's rows: February's links January's file
    ("ตุลาคม ๒๕๖๓", "skr1-10.pdf"),
    ("พฤศจิกายน ๒๕๖๓", "skr1-11.pdf"),
    ("ธันวาคม ๒๕๖๓", "skr1-12.pdf"),
    ("มกราคม ๒๕๖๔", "skr1-01.pdf"),
    ("กุมภาพันธ์ ๒๕๖๔", "skr1-01.pdf"),
    ("มีนาคม ๒๕๖๔", "skr1-03.pdf"),
    ("เมษายน ๒๕๖๔", "skr1-04.pdf"),
    ("พฤษภาคม ๒๕๖๔", "skr1-05.pdf"),
    ("มิถุนายน ๒๕๖๔", "skr1-06.pdf"),
]


def _html(title: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{title}</title>'
        f"</head><body><h1>{title}</h1>{body}</body></html>"
    )


SKR1_HEAD = [
    "ลำดับที่",
    "งานที่จัดซื้อหรือจัดจ้าง",
    "วงเงินที่จะซื้อหรือจ้าง",
    "ราคากลาง",
    "วิธีซื้อหรือจ้าง",
    "รายชื่อผู้เสนอราคาและราคาที่เสนอ",
    "ผู้ได้รับการคัดเลือกและราคาที่ตกลง",
    "เหตุผลที่คัดเลือกโดยสรุป",
    "เลขที่และวันที่ของสัญญาหรือข้อตกลง",
]


def _skr1(month: str) -> bytes:
    return make_table_pdf(
        [
            SKR1_HEAD,
            [
                "๑",
                "จัดซื้อวัสดุสำนักงาน",
                "๔๕,๐๐๐",
                "๔๕,๐๐๐",
                "เฉพาะเจาะจง",
                "ร้านทดสอบ ๔๕,๐๐๐",
                "ร้านทดสอบ ๔๕,๐๐๐",
                "ราคาต่ำสุด",
                "๑๒/๒๕๖๔",
            ],
        ],
        [4, 12, 8, 8, 8, 12, 12, 10, 10],
        before=[f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน{month} (แบบ สขร.๑)", "สำนักงานเขตทดสอบ"],
    )


def _monthly_site(site: Path) -> str:
    for name, month in MONTHS:
        (site / name).write_bytes(_skr1(month))
    rows = "".join(
        f'<tr><td>{label}</td><td><a href="/khet/{name}">ดาวน์โหลด</a></td></tr>'
        for label, name in ROWS
    )
    return _html(
        "สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ พ.ศ. ๒๕๖๔",
        f"<table><tr><th>เดือน</th><th>แบบ สขร.๑</th></tr>{rows}</table>",
    )


def _index(links: list[tuple[str, str]]) -> str:
    return _html(
        "เขตทดสอบ", "".join(f'<p><a href="/khet/{href}">{text}</a></p>' for text, href in links)
    )


def test_a_month_row_linking_another_months_document_does_not_cover_its_month(
    tmp_path: Path, serve, settings: Settings
) -> None:
    site = tmp_path / "khet"
    site.mkdir()
    (site / "monthly.html").write_text(_monthly_site(site), encoding="utf-8")
    (site / "index.html").write_text(
        _index([("สรุปผลการจัดซื้อจัดจ้างรายเดือน", "monthly.html")]), encoding="utf-8"
    )
    server = serve(tmp_path)
    result = check_site(settings, server.url("/khet/"), framework="bma-2564", as_of=AS_OF)
    o23 = next(it for it in result["items"] if it["code"] == "O23")
    # February's row opens the January summary: February is not published (a hole)
    assert o23["status"] == "incomplete", o23["reasons"]
    assert "2021-02" in o23["reasons"][0]["en"], o23["reasons"]


def test_a_month_row_linking_its_own_months_document_covers_it(
    tmp_path: Path, serve, settings: Settings
) -> None:
    site = tmp_path / "khet"
    site.mkdir()
    page = _monthly_site(site)
    (site / "skr1-02.pdf").write_bytes(_skr1("กุมภาพันธ์ ๒๕๖๔"))
    page = page.replace(
        '<td>กุมภาพันธ์ ๒๕๖๔</td><td><a href="/khet/skr1-01.pdf">',
        '<td>กุมภาพันธ์ ๒๕๖๔</td><td><a href="/khet/skr1-02.pdf">',
    )
    (site / "monthly.html").write_text(page, encoding="utf-8")
    (site / "index.html").write_text(
        _index([("สรุปผลการจัดซื้อจัดจ้างรายเดือน", "monthly.html")]), encoding="utf-8"
    )
    server = serve(tmp_path)
    result = check_site(settings, server.url("/khet/"), framework="bma-2564", as_of=AS_OF)
    o23 = next(it for it in result["items"] if it["code"] == "O23")
    assert o23["status"] == "pass", o23["reasons"]


@pytest.mark.ocr
@pytest.mark.skipif(not have_tesseract_thai(), reason="needs tesseract with Thai")
def test_a_garbled_text_layer_read_by_ocr_is_judged_like_text_a_scan_is_not(
    tmp_path: Path, serve, settings: Settings
) -> None:
    site = tmp_path / "khet"
    site.mkdir()
    (site / "plan.pdf").write_bytes(garbled(make_pdf([PLAN])))
    (site / "spending.pdf").write_bytes(scan(SPENDING, seed=1))
    (site / "statistics.pdf").write_bytes(garbled(make_pdf([STATISTICS])))
    (site / "index.html").write_text(
        _index(
            [
                ("แผนปฏิบัติราชการประจำปี", "plan.pdf"),
                ("แผนการใช้จ่ายงบประมาณประจำปี", "spending.pdf"),
                ("ข้อมูลเชิงสถิติการให้บริการ", "statistics.pdf"),
            ]
        ),
        encoding="utf-8",
    )
    server = serve(tmp_path)
    result = check_site(settings, server.url("/khet/"), framework="bma-2564", as_of=AS_OF)
    items = {it["code"]: it for it in result["items"]}
    # the plan's projects, budgets, period and fiscal year are read from its rendering
    assert items["O10"]["status"] == "pass", items["O10"]["reasons"]
    # a photographed page read by OCR is for a person however sure Tesseract is
    assert items["O18"]["status"] == "review", items["O18"]["reasons"]
    # and so are figures read by OCR
    assert items["O15"]["status"] == "review", items["O15"]["reasons"]
