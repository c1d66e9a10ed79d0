"""Checklist URLs the crawl did not reach: fetched on the site's own host only, never through
a redirect to another host, and an off-site URL the site never links is not taken on trust."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checklist import check_site
from oitwatch.devserver import Fault
from oitwatch.settings import Settings

MANUAL = "คู่มือการให้บริการประชาชน"


def test_submitted_urls_beyond_the_crawl(tmp_path: Path, serve, settings: Settings) -> None:
    site = tmp_path / "khet"
    site.mkdir()
    (tmp_path / "other-district").mkdir()
    (tmp_path / "other-district" / "permits.html").write_text(
        '<!doctype html><html lang="th"><head><meta charset="utf-8">'
        "<title>รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต</title></head>"
        "<body><h1>รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต</h1></body></html>",
        encoding="utf-8",
    )
    (site / "index.html").write_text(
        '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>เขตทดสอบ</title></head>'
        "<body><p>ยินดีต้อนรับ</p></body></html>",
        encoding="utf-8",
    )
    # Not linked from anywhere: only the officer's checklist knows it.
    (site / "hidden-manual.html").write_text(
        f'<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{MANUAL}</title></head>'
        f"<body><h1>{MANUAL}</h1><p>ขั้นตอนการขอรับบริการ ระยะเวลา และเอกสารที่ต้องใช้</p>"
        "<ol><li>ยื่นคำร้องพร้อมบัตรประจำตัวประชาชน ณ ฝ่ายทะเบียน</li>"
        "<li>เจ้าหน้าที่ตรวจสอบเอกสาร ระยะเวลา 15 นาที</li></ol></body></html>",
        encoding="utf-8",
    )
    other = serve(tmp_path)  # another host:port, standing in for an internal machine
    server = serve(
        tmp_path,
        faults={"/khet/jump": Fault(redirect=other.url("/khet/hidden-manual.html"))},
    )
    checklist = tmp_path / "checklist.yaml"
    checklist.write_text(
        "items:\n"
        f"  O7: {server.url('/khet/hidden-manual.html')}\n"
        f"  O6: {server.url('/khet/jump')}\n"
        f"  O3: https://schools.example.invalid/list\n"
        f"  O11: {server.url('/other-district/permits.html')}\n",
        encoding="utf-8",
    )
    other.clear_requests()
    result = check_site(
        settings,
        server.url("/khet/"),
        framework="bma-2567",
        as_of=date(2025, 4, 30),
        checklist_path=checklist,
    )
    items = {it["code"]: it for it in result["items"]}
    assert items["O7"]["status"] == "pass"
    assert items["O7"]["evidence"][0]["source"] == "checklist"
    # The redirect to another host was not followed: nothing reached the other server.
    assert other.requests == []
    assert items["O6"]["status"] != "pass"
    assert any(
        "/khet/jump" in r["en"] and "redirects off the agency's site" in r["en"]
        for r in items["O6"]["reasons"]
    )
    # Off-site and never linked by the site: reported, not evidence.
    assert items["O3"]["status"] == "missing"
    assert any("not counted" in r["en"] for r in items["O3"]["reasons"])
    # Another district's page on the same portal host is not this district's evidence.
    assert items["O11"]["status"] == "missing"
    assert any("not counted" in r["en"] for r in items["O11"]["reasons"])
