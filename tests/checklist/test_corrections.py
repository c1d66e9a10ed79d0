"""Officers' corrections are used by the next check: a URL said to be an item becomes its
evidence (still opened and judged), a disputed verdict is reported for review, never repeated
silently and never turned into a pass."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from checklist import check_site
from oitwatch.settings import Settings
from oitwatch.store import Site, open_store
from reports.web.correct import add_correction

GUIDE = (
    "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่ สำนักงานเขตทดสอบ ประจำปี พ.ศ. 2568 "
    "๑. เจ้าหน้าที่ต้องพิจารณาคำขออนุญาตตามหลักเกณฑ์ที่กฎหมายกำหนด และบันทึกเหตุผลทุกครั้ง "
    "๒. การใช้ดุลยพินิจต้องเป็นไปโดยสุจริต เสมอภาค และตรวจสอบได้"
)


def _page(title: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{title}</title>'
        f"</head><body><h1>{title}</h1>{body}</body></html>"
    )


def _site(root: Path) -> None:
    site = root / "khet"
    site.mkdir()
    links = '<p><a href="/khet/doc1.html">เอกสารเผยแพร่ ๑</a></p>'
    (site / "index.html").write_text(_page("สำนักงานเขตทดสอบ", links), encoding="utf-8")
    # the guideline, under a title that names no item
    (site / "doc1.html").write_text(_page("เอกสารเผยแพร่ ๑", f"<p>{GUIDE}</p>"), encoding="utf-8")


def _items(result: dict) -> dict[str, dict]:
    return {it["code"]: it for it in result["items"]}


def test_corrections_steer_the_next_check(tmp_path: Path, serve, settings: Settings) -> None:
    _site(tmp_path)
    server = serve(tmp_path)
    url = server.url("/khet/index.html")
    as_of = date(2025, 4, 30)
    first = _items(check_site(settings, url, framework="bma-2567", as_of=as_of, site_key="khet"))
    # found only in the page's words, under a title naming nothing: weak, so review, not pass
    assert first["O20"]["status"] == "review" and first["O20"]["confidence"] < 0.6
    assert first["O21"]["status"] == "missing"
    store = open_store(settings.db)
    try:
        with store.session() as s:
            site = s.scalar(select(Site).where(Site.key == "khet"))
            add_correction(
                s, site, "bma-2567", "O20", "url", url=server.url("/khet/doc1.html"), by="noi"
            )
            add_correction(
                s,
                site,
                "bma-2567",
                "O21",
                "verdict",
                status="missing",
                reason="ประกาศการจัดการทรัพย์สินอยู่ที่บอร์ดหน้าสำนักงาน",
                by="noi",
            )
            # a dispute of a verdict the checker no longer gives is history only
            add_correction(
                s, site, "bma-2567", "O3", "verdict", status="pass", reason="ไม่มี", by="noi"
            )
    finally:
        store.close()
    second = _items(
        check_site(settings, url, framework="bma-2567", as_of=as_of, site_key="khet", reuse_hours=1)
    )
    o20 = second["O20"]
    assert o20["status"] == "pass"
    assert o20["evidence"][0]["source"] == "correction"
    assert o20["evidence"][0]["url"].endswith("/khet/doc1.html")
    o21 = second["O21"]
    assert o21["status"] == "review"  # the officer's word never makes it pass
    assert "บอร์ดหน้าสำนักงาน" in o21["reasons"][0]["th"]
    assert o21["corrections"][0]["status"] == "missing"
    o3 = second["O3"]
    assert o3["status"] == "missing" and o3["corrections"][0]["status"] == "pass"
    assert not o3["reasons"][0]["th"].startswith("เจ้าหน้าที่แจ้ง")
