"""An OIT index published as a PDF: its rows name the items, the documents its link
annotations open are the evidence, as an HTML index's rows and links are. The index itself is
no item's evidence (its rows only name them), nor a bundle split into the items' sections.

The site is built here, served over real HTTP on 127.0.0.1, crawled and checked like any
district.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from checklist import check_site
from oitwatch.demo.documents import make_pdf
from oitwatch.devserver import SiteServer
from oitwatch.settings import Settings
from tests.crawler.test_document_links import index_pdf

ROWS = [
    ("O1", "ข้อมูลพื้นฐาน", "(ไม่มีไฟล์แนบ)", None),
    ("O2", "นโยบายผู้ว่าราชการกรุงเทพมหานคร", "(ไม่มีไฟล์แนบ)", None),
    ("O4", "การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน", "ข่าวประชาสัมพันธ์", "/news.html"),
    ("O16", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "หลักเกณฑ์ฯ", "/files/hr.pdf"),
    ("O20", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", "แนวทางฯ", "/files/g.pdf"),
]


def _site(root: Path) -> None:
    (root / "files").mkdir(parents=True)
    (root / "index.html").write_text(
        '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>สำนักงานเขตทดสอบ'
        '</title></head><body><a href="/ita/oit-2568.pdf">ข้อมูลเปิดเผยสาธารณะ ITA (PDF)</a>'
        "</body></html>",
        encoding="utf-8",
    )
    (root / "ita").mkdir()
    (root / "ita" / "oit-2568.pdf").write_bytes(index_pdf(ROWS))
    (root / "news.html").write_text(
        '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>ข่าว</title></head>'
        "<body><p>ข่าวกิจกรรมเขต ๑๐ เมษายน ๒๕๖๘</p></body></html>",
        encoding="utf-8",
    )
    # reached only through the index's links, their own words naming no item
    (root / "files" / "hr.pdf").write_bytes(
        make_pdf(
            [
                [
                    "ประกาศสำนักงานเขตทดสอบ",
                    "เรื่อง การสรรหา บรรจุ แต่งตั้ง โยกย้าย และพัฒนาข้าราชการ",
                    "การประเมินผลการปฏิบัติราชการ การให้คุณให้โทษ",
                    "ประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๗",
                ]
            ]
        )
    )
    (root / "files" / "g.pdf").write_bytes(
        make_pdf([["คู่มือสำหรับเจ้าหน้าที่ ขั้นตอนการอนุญาต", "ประกาศ ณ วันที่ ๑ ตุลาคม ๒๕๖๗"]])
    )


def test_a_pdf_index_rows_name_the_items_its_links_open(
    tmp_path: Path, serve: Callable[..., SiteServer], settings: Settings
) -> None:
    _site(tmp_path)
    server = serve(tmp_path)
    result = check_site(settings, server.url("/"), framework="bma-2567", as_of=date(2025, 4, 30))
    items = {it["code"]: it for it in result["items"]}
    o16 = items["O16"]
    assert o16["status"] == "pass", o16["reasons"]
    best = o16["evidence"][0]
    assert best["url"] == server.url("/files/hr.pdf")
    assert best["source"] == "index", best
    assert best["why"].startswith("O16 +")
    assert items["O20"]["evidence"][0]["url"] == server.url("/files/g.pdf")
    index = server.url("/ita/oit-2568.pdf")
    # the index names items; it is no item's evidence, whole or by section
    for it in items.values():
        assert not any(e["url"].startswith(index) for e in it["evidence"]), it["code"]
    assert items["O2"]["status"] == "missing"  # a row with no link publishes nothing


def test_a_row_opening_another_items_document_leaves_its_item_missing(
    tmp_path: Path, serve: Callable[..., SiteServer], settings: Settings
) -> None:
    """A link named for the item that opens something else (a procurement award under "asset
    management"), not a word of the item in it: missing, not incomplete. A document about the
    item lacking its parts stays incomplete."""
    rows = [
        ("O1", "ข้อมูลพื้นฐาน", "(ไม่มีไฟล์แนบ)", None),
        ("O2", "นโยบายผู้ว่าราชการกรุงเทพมหานคร", "(ไม่มีไฟล์แนบ)", None),
        ("O4", "การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน", "ข่าวประชาสัมพันธ์", "/news.html"),
        ("O21", "การจัดการทรัพย์สินของราชการ ของบริจาค", "แนวทางฯ", "/files/asset.pdf"),
        ("O22", "มาตรการยกระดับคุณธรรมและความโปร่งใส", "ผลการวิเคราะห์", "/files/ita.pdf"),
    ]
    (tmp_path / "files").mkdir()
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>เขตทดสอบ</title>'
        '</head><body><a href="/oit.pdf">ข้อมูลเปิดเผยสาธารณะ (PDF)</a></body></html>',
        encoding="utf-8",
    )
    (tmp_path / "oit.pdf").write_bytes(index_pdf(rows))
    (tmp_path / "news.html").write_text("<html><body>ข่าวกิจกรรมเขต</body></html>")
    (tmp_path / "files" / "asset.pdf").write_bytes(
        make_pdf(
            [
                [
                    "ประกาศสำนักงานเขตทดสอบ เรื่อง ประกาศผู้ชนะการเสนอราคา",
                    "ซื้อวัสดุสำนักงาน โดยวิธีเฉพาะเจาะจง",
                    "ผู้ได้รับการคัดเลือก ร้านทดสอบ ราคา ๕๐,๕๐๐ บาท",
                    "ประกาศ ณ วันที่ ๑๒ มีนาคม พ.ศ. ๒๕๖๘",
                ]
            ]
        )
    )
    (tmp_path / "files" / "ita.pdf").write_bytes(
        make_pdf(
            [
                [
                    "การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส",
                    "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ สำนักงานเขตทดสอบ",
                    "ผลคะแนนรายตัวชี้วัด จุดแข็ง และจุดที่ควรพัฒนา",
                ]
            ]
        )
    )
    server = serve(tmp_path)
    result = check_site(settings, server.url("/"), framework="bma-2567", as_of=date(2025, 4, 30))
    items = {it["code"]: it for it in result["items"]}
    assert items["O21"]["evidence"][0]["url"] == server.url("/files/asset.pdf")
    assert items["O21"]["status"] == "missing", items["O21"]["reasons"]
    assert items["O22"]["evidence"][0]["url"] == server.url("/files/ita.pdf")
    assert items["O22"]["status"] == "incomplete", items["O22"]["reasons"]
