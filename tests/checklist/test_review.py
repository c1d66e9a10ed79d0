"""A scan no machine can read: "review" when the pages only name the item, judged on the
readable page when the page itself carries the content."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checklist import check_site
from oitwatch.demo.documents import make_scanned_pdf
from oitwatch.settings import Settings

GUIDE = (
    "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่ สำนักงานเขตทดสอบ "
    "๑. เจ้าหน้าที่ต้องพิจารณาคำขออนุญาตตามหลักเกณฑ์ที่กฎหมายกำหนด และบันทึกเหตุผลทุกครั้ง "
    "๒. การใช้ดุลยพินิจต้องเป็นไปโดยสุจริต เสมอภาค และตรวจสอบได้ "
    "๓. หัวหน้าฝ่ายตรวจทานการพิจารณาที่ใช้ดุลยพินิจก่อนลงนามทุกเรื่อง "
    "๔. ผู้ยื่นคำขอสามารถขอทราบเหตุผลของการพิจารณาได้ที่ฝ่ายปกครอง"
)


def _page(title: str, body: str, scan: str) -> str:
    return (
        f'<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{title}</title></head>'
        f'<body><h1>{title}</h1>{body}<p><a href="/khet/{scan}">เปิดเอกสาร</a></p></body></html>'
    )


def test_scan_alone_is_review_but_a_page_with_content_passes(
    tmp_path: Path, serve, settings: Settings
) -> None:
    site = tmp_path / "khet"
    site.mkdir()
    scan = make_scanned_pdf(["เอกสารสแกน ลงนามโดยผู้อำนวยการเขต"])
    (site / "o20.pdf").write_bytes(scan)
    (site / "o21.pdf").write_bytes(scan)
    o20 = "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่"
    o21 = "การจัดการทรัพย์สินของราชการ ของบริจาคและการจัดเก็บของกลาง"
    (site / "o20.html").write_text(_page(o20, f"<p>{GUIDE}</p>", "o20.pdf"), encoding="utf-8")
    (site / "o21.html").write_text(_page(o21, "", "o21.pdf"), encoding="utf-8")
    (site / "index.html").write_text(
        '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>เขตทดสอบ</title></head><body>'
        f'<a href="/khet/o20.html">{o20}</a> <a href="/khet/o21.html">{o21}</a></body></html>',
        encoding="utf-8",
    )
    server = serve(tmp_path)
    no_ocr = settings.model_copy(update={"ocr": False})  # the scans stay unreadable
    result = check_site(no_ocr, server.url("/khet/"), framework="bma-2567", as_of=date(2025, 4, 30))
    items = {it["code"]: it for it in result["items"]}
    assert items["O20"]["status"] == "pass", items["O20"]["reasons"]
    assert items["O21"]["status"] == "review", items["O21"]["reasons"]
    assert "สแกน" in items["O21"]["reasons"][0]["th"]
