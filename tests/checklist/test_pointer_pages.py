"""Pointers, site-wide widgets and tables past a document's opening (a WordPress district site
with the OIT list and a "recent documents" widget in the sidebar of every page).

- a short page describing what a document covers and sending the reader elsewhere for it
  ("… ได้แก่ การสรรหา การแต่งตั้ง … ดูเอกสารได้ที่เมนูด้านซ้าย") is a pointer, not the document:
  with nothing behind it -> ``missing``; a page whose own text is the content (channels with
  phone numbers) is not a pointer;
- a document linked only from the site-wide recent-documents widget, whose words only share
  some of an item's (an ITA committee order of this year), gives the item neither evidence nor
  a year -> last year's measures stay ``stale``;
- a workbook's later sheet of this fiscal year's months, and the item page's own table of this
  year's months beside last year's PDF, are this year's data -> ``pass``;
- the item's own page saying only "อยู่ระหว่างปรับปรุงข้อมูล", beside a news post on receiving
  donations, publishes nothing -> ``missing``.

Served over real HTTP on 127.0.0.1, crawled and checked like any district.
"""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from openpyxl import Workbook

from checklist import check_site
from oitwatch.demo.documents import make_pdf
from oitwatch.settings import Settings

DISTRICT = "สำนักงานเขตบางพลัด"
AS_OF = date(2024, 2, 20)  # fiscal year 2567: October 2566 - January 2567 are out

MENU = [
    ("O10", "ข้อมูลสถิติการจัดเก็บรายได้", "/o10.html"),
    ("O16", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "/o16.html"),
    ("O17", "ช่องทางการร้องเรียนการทุจริต และข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต", "/o17.html"),
    ("O21", "การจัดการทรัพย์สินของราชการ ของบริจาค และการจัดเก็บของกลาง", "/o21.html"),
    ("O22", "มาตรการในการยกระดับคุณธรรมและความโปร่งใส", "/o22.html"),
]
RECENT = [  # the "recent documents" widget on every page
    ("คำสั่งแต่งตั้งคณะทำงานขับเคลื่อนการประเมิน ITA ประจำปีงบประมาณ 2567", "/files/order-ita.pdf"),
    ("ประกาศรับสมัครบุคคลเพื่อจ้างเป็นลูกจ้างชั่วคราว", "/files/jobs.pdf"),
]


def _sidebar() -> str:
    rows = "".join(f'<li><a href="{h}">{c} {w}</a></li>' for c, w, h in MENU)
    recent = "".join(f'<li><a href="{h}">{w}</a></li>' for w, h in RECENT)
    return (
        '<aside class="sidebar"><section class="widget widget_nav_menu">'
        f'<div class="widget-title">ITA / OIT 2567</div><ul class="menu">{rows}</ul></section>'
        '<section class="widget widget_recent_docs"><div class="widget-title">เอกสารล่าสุด</div>'
        f"<ul>{recent}</ul></section></aside>"
    )


def _page(title: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{title} – '
        f"{DISTRICT}</title></head><body><header><p>{DISTRICT}</p>"
        '<nav><ul><li><a href="/">หน้าแรก</a></li><li><a href="/news.html">ข่าวสาร</a></li>'
        f"</ul></nav></header>{_sidebar()}<main><h1>{title}</h1>{body}</main>"
        "<footer><p>สำนักงานเขตบางพลัด โทร. 0 2424 0000</p></footer></body></html>"
    )


def _pdf(*lines: str) -> bytes:
    return make_pdf([list(lines)])


def _workbook() -> bytes:
    wb = Workbook()
    head = ["เดือน", "ค่าธรรมเนียมเก็บขนมูลฝอย", "ค่าใบอนุญาต", "รวม (บาท)"]
    sheets = [
        ("ปีงบ 2566", "ปีงบประมาณ พ.ศ. 2566 (ต.ค. 2565 - ก.ย. 2566)", 65, 66, 12),
        ("ปีงบ 2567", "ปีงบประมาณ พ.ศ. 2567 (ข้อมูล ณ 31 ม.ค. 2567)", 66, 67, 4),
    ]
    short = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค."]
    short += ["ส.ค.", "ก.ย."]
    for n, (name, period, first, second, months) in enumerate(sheets):
        ws = wb.active if n == 0 else wb.create_sheet()
        ws.title = name
        ws.append([f"สถิติการจัดเก็บรายได้ {DISTRICT} {period}"])
        ws.append(head)
        for m in range(months):
            year = first if m < 3 else second
            ws.append(
                [f"{short[m]} {year}", 500000 + m * 1000, 120000 + m * 500, 620000 + m * 1500]
            )
    out = BytesIO()
    wb.save(out)
    return out.getvalue()


def _build(root: Path) -> None:
    files = root / "files"
    files.mkdir(parents=True)
    (files / "revenue-2567.xlsx").write_bytes(_workbook())
    (files / "complaints-2566.pdf").write_bytes(
        _pdf(
            f"สถิติเรื่องร้องเรียนการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ {DISTRICT}",
            "ต.ค. ๖๕ ๐ เรื่อง พ.ย. ๖๕ ๐ เรื่อง ธ.ค. ๖๕ ๑ เรื่อง ม.ค. ๖๖ ๐ เรื่อง",
            "ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๖",
        )
    )
    (files / "measures-2566.pdf").write_bytes(
        _pdf(
            f"มาตรการยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ {DISTRICT}",
            "การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส ITA ปี ๒๕๖๕ ประเด็นที่ต้องพัฒนา",
            "มาตรการ การเปิดเผยข้อมูล ผู้รับผิดชอบ ฝ่ายปกครอง ระยะเวลา ตลอดปีงบประมาณ",
            "รายงานผลการดำเนินการตามมาตรการ ดำเนินการแล้ว ๕ มาตรการ",
        )
    )
    (files / "order-ita.pdf").write_bytes(
        _pdf(
            f"คำสั่ง{DISTRICT} ที่ ๑๒/๒๕๖๗",
            "เรื่อง แต่งตั้งคณะทำงานขับเคลื่อนการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
            "สั่ง ณ วันที่ ๑๕ มกราคม พ.ศ. ๒๕๖๗ ผู้อำนวยการเขตบางพลัด",
        )
    )
    (files / "jobs.pdf").write_bytes(
        _pdf("ประกาศรับสมัครบุคคลเพื่อจ้างเป็นลูกจ้างชั่วคราว", "สมัครได้ถึง ๒๘ กุมภาพันธ์ ๒๕๖๗")
    )
    pages = {
        "index.html": (f"หน้าแรก {DISTRICT}", '<p><a href="/news.html">ข่าวทั้งหมด</a></p>'),
        "news.html": (
            "ข่าวประชาสัมพันธ์",
            '<ul><li><a href="/donation.html">เขตบางพลัดรับมอบสิ่งของบริจาคช่วยเหลือผู้ประสบอุทกภัย'
            "</a></li></ul>",
        ),
        "donation.html": (
            "เขตบางพลัดรับมอบสิ่งของบริจาคช่วยเหลือผู้ประสบอุทกภัย",
            "<p>โพสต์เมื่อ 24 มกราคม 2567</p><p>สำนักงานเขตบางพลัดรับมอบน้ำดื่ม ข้าวสาร "
            "และอาหารแห้งจากภาคเอกชน เพื่อส่งต่อให้ผู้ประสบอุทกภัยในต่างจังหวัด</p>",
        ),
        "o10.html": (
            "ข้อมูลสถิติการจัดเก็บรายได้",
            '<p><a href="/files/revenue-2567.xlsx">สถิติรายได้ 2566-2567 (Excel)</a></p>',
        ),
        "o16.html": (
            "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
            "<p>สำนักงานเขตบางพลัดบริหารและพัฒนาทรัพยากรบุคคลตามหลักเกณฑ์ของสำนักงาน"
            "คณะกรรมการข้าราชการกรุงเทพมหานคร ได้แก่ การสรรหา การแต่งตั้ง การพัฒนา "
            "การประเมินผลการปฏิบัติราชการ และการให้คุณให้โทษ</p><p>ดูเอกสารได้ที่เมนูด้านซ้าย</p>",
        ),
        "o17.html": (
            "ช่องทางการร้องเรียนการทุจริต",
            "<p>ยื่นหนังสือถึงผู้อำนวยการเขตบางพลัด โทรศัพท์ 0 2424 0000 ต่อ 7010 "
            "สายด่วนกรุงเทพมหานคร 1555 อีเมล bangphlat.complaint@bangkok.go.th</p>"
            "<p>ผู้ร้องเรียนจะได้รับความคุ้มครองและข้อมูลจะถูกเก็บเป็นความลับ</p>"
            "<h2>ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต</h2>"
            '<p><a href="/files/complaints-2566.pdf">สถิติเรื่องร้องเรียนการทุจริต ปี 2566</a></p>'
            "<table><tr><th>ปีงบประมาณ 2567</th><th>ต.ค. 66</th><th>พ.ย. 66</th>"
            "<th>ธ.ค. 66</th><th>ม.ค. 67</th></tr><tr><td>จำนวนเรื่องร้องเรียนการทุจริต</td>"
            "<td>0</td><td>0</td><td>0</td><td>0</td></tr></table>",
        ),
        "o21.html": (
            "O21 การจัดการทรัพย์สินของราชการ ของบริจาค และการจัดเก็บของกลาง",
            "<p>อยู่ระหว่างปรับปรุงข้อมูล</p>",
        ),
        "o22.html": (
            "มาตรการในการยกระดับคุณธรรมและความโปร่งใส",
            '<p><a href="/files/measures-2566.pdf">มาตรการยกระดับคุณธรรมและความโปร่งใส</a></p>',
        ),
    }
    for name, (title, body) in pages.items():
        (root / name).write_text(_page(title, body), encoding="utf-8")


@pytest.fixture(scope="module")
def items(tmp_path_factory: pytest.TempPathFactory) -> dict:
    from oitwatch.devserver import SiteServer

    root = tmp_path_factory.mktemp("pointers")
    _build(root / "site")
    data = tmp_path_factory.mktemp("data")
    settings = Settings(data_dir=data, delay=0, contact="tests@oitwatch.invalid", ocr=False)
    server = SiteServer(root / "site")
    server.start()
    try:
        result = check_site(settings, server.url("/"), framework="bma-2567", as_of=AS_OF)
    finally:
        server.stop()
    return {it["code"]: it for it in result["items"]}


def _urls(item: dict) -> set[str]:
    return {e["url"].rsplit("/", 1)[-1] for e in item["evidence"]}


def test_a_page_pointing_elsewhere_for_its_document_is_no_document(items) -> None:
    assert items["O16"]["status"] == "missing", items["O16"]["reasons"]


def test_a_widget_document_sharing_words_is_no_evidence_and_gives_no_year(items) -> None:
    assert "order-ita.pdf" not in _urls(items["O22"]), items["O22"]["evidence"]
    assert items["O22"]["status"] == "stale", items["O22"]["reasons"]


def test_this_years_months_past_the_opening_or_on_the_page_are_current(items) -> None:
    assert items["O10"]["status"] == "pass", items["O10"]["reasons"]
    assert items["O17"]["status"] == "pass", items["O17"]["reasons"]


def test_the_items_page_under_revision_beside_a_news_post_is_missing(items) -> None:
    assert items["O21"]["status"] == "missing", items["O21"]["reasons"]
