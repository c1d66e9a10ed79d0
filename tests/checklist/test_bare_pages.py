"""An item's page that carries only its heading publishes nothing (a district site part-built:
most OIT pages still say only "อยู่ระหว่างการจัดทำข้อมูล", some not even that).

- a page whose own words are its title alone -> ``missing``, for items with no required
  element as much as for the others;
- the same "in preparation" line on so many pages that it reads as the site's template is
  still a placeholder: the page under it is empty -> ``missing``;
- an item's page with a few sentences of its own (the guideline's text) -> ``pass``.

Served over real HTTP on 127.0.0.1, crawled and checked like any district.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checklist import check_site
from oitwatch.settings import Settings

DISTRICT = "สำนักงานเขตบางบอน"
AS_OF = date(2025, 3, 1)  # fiscal year 2568
PENDING = "อยู่ระหว่างการจัดทำข้อมูล"
ITEMS = [  # code, title, body of its page (None: the placeholder line)
    ("O1", "ข้อมูลพื้นฐาน", None),
    ("O8", "E-Service", None),
    ("O12", "ระบบติดตามสถานะ", None),
    ("O16", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", None),
    ("O18", "นโยบายต่อต้านการรับสินบน", None),
    ("O20", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", ""),
    ("O21", "การจัดการทรัพย์สินของราชการ ของบริจาค และการจัดเก็บของกลาง", None),
    (
        "O22",
        "มาตรการในการยกระดับคุณธรรมและความโปร่งใส",
        "<p>ประกาศสำนักงานเขตบางบอน ลงวันที่ ๑๕ มกราคม ๒๕๖๘ เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใส"
        " ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</p><p>จากผลการวิเคราะห์ผลการประเมิน ITA ประจำปี ๒๕๖๗"
        " พบว่าตัวชี้วัดการเปิดเผยข้อมูลได้คะแนนต่ำ สำนักงานเขตจึงกำหนดมาตรการดังนี้</p>"
        "<ol><li>ให้ทุกฝ่ายปรับปรุงข้อมูลบนเว็บไซต์ทุกเดือน ผู้รับผิดชอบ ฝ่ายปกครอง</li>"
        "<li>เผยแพร่ผลการจัดซื้อจัดจ้างภายในวันที่ ๑๐ ของเดือนถัดไป ผู้รับผิดชอบ ฝ่ายการคลัง</li>"
        "<li>จัดอบรมเจ้าหน้าที่เรื่องผลประโยชน์ทับซ้อน ภายในเดือนมีนาคม ๒๕๖๘</li></ol>"
        "<p>รายงานผลการดำเนินการตามมาตรการ รอบ ๖ เดือน (ตุลาคม ๒๕๖๗ – มีนาคม ๒๕๖๘): ดำเนินการแล้ว ๒ ข้อ"
        " อยู่ในแผน ๑ ข้อ</p>",
    ),
]


def _page(title: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{title}</title></head>'
        f'<body><header>{DISTRICT}</header><nav><a href="/">หน้าแรก</a> '
        f'<a href="/oit.html">ITA 2568</a></nav><main><h1>{title}</h1>{body}</main>'
        f"<footer>{DISTRICT} โทร. ๐ ๒๔๕๑ ๐๐๐๐</footer></body></html>"
    )


def _build(root: Path) -> None:
    root.mkdir(parents=True)
    rows = "".join(
        f'<tr><td>{c}</td><td><a href="/{c}.html">{t}</a></td></tr>' for c, t, _ in ITEMS
    )
    (root / "index.html").write_text(
        _page("หน้าแรก", '<p>ยินดีต้อนรับ</p><a href="/news.html">ข่าวประชาสัมพันธ์</a>'),
        encoding="utf-8",
    )
    (root / "oit.html").write_text(_page("ITA 2568 (OIT)", f"<table>{rows}</table>"), "utf-8")
    (root / "news.html").write_text(
        _page("ข่าวประชาสัมพันธ์", "<p>๓ ก.พ. ๒๕๖๘ เขตจัดกิจกรรมทำความสะอาดคลองบางบอน</p>"), "utf-8"
    )
    for code, title, body in ITEMS:
        html = _page(f"{code} {title}", f"<p>{PENDING}</p>" if body is None else body)
        (root / f"{code}.html").write_text(html, encoding="utf-8")


@pytest.fixture(scope="module")
def items(tmp_path_factory: pytest.TempPathFactory) -> dict:
    from oitwatch.devserver import SiteServer

    root = tmp_path_factory.mktemp("bare")
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


def test_a_page_of_its_heading_alone_publishes_nothing(items) -> None:
    assert items["O20"]["status"] == "missing", items["O20"]["reasons"]


@pytest.mark.parametrize("code", ["O1", "O8", "O12", "O16", "O18", "O21"])
def test_an_in_preparation_line_on_most_pages_is_still_a_placeholder(items, code) -> None:
    assert items[code]["status"] == "missing", items[code]["reasons"]


def test_a_page_with_words_of_its_own_is_evidence(items) -> None:
    assert items["O22"]["status"] == "pass", items["O22"]["reasons"]
