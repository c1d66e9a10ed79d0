"""An old link the site now redirects to its home page (a Q&A board taken down when the site
moved CMS) is a soft 404: a person lands on the home page and finds no Q&A, so the item is
missing, never passed on the home page's words. A link redirected to the page that replaced it
still serves; a link answering 404 is broken.

Served over real HTTP on 127.0.0.1, crawled and checked like any district.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from checklist import check_site
from oitwatch.demo.documents import make_pdf
from oitwatch.devserver import Fault, SiteServer
from oitwatch.settings import Settings

HEAD = '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{t}</title></head><body>'


def _html(title: str, body: str) -> str:
    return HEAD.format(t=title) + f"<h1>{title}</h1>{body}</body></html>"


def test_a_link_redirected_to_the_home_page_is_missing(
    tmp_path: Path, serve: Callable[..., SiteServer], settings: Settings
) -> None:
    site = tmp_path
    (site / "content").mkdir()
    # the home page names Q&A in its own words: redirected there, the link must not pass on them
    (site / "index.html").write_text(
        _html(
            "สำนักงานเขตทดสอบ",
            '<ul><li><a href="/webboard/index.php">ถาม-ตอบ (Q&amp;A)</a></li>'
            '<li><a href="/ita/">การเปิดเผยข้อมูลสาธารณะ (OIT)</a></li></ul>'
            "<p>ช่องทางถาม-ตอบ Q&amp;A กับสำนักงานเขต ติดต่อได้ทุกวันทำการ</p>",
        ),
        encoding="utf-8",
    )
    rows = (
        ("O8", "Q&amp;A", "/webboard/index.php"),
        ("O9", "Social Network", "/social.html"),
        ("O10", "แผนปฏิบัติราชการประจำปี", "/ewt/oit/o10.html"),
    )
    table = "".join(
        f'<tr><td>{code}</td><td>{title}</td><td><a href="{href}">รายละเอียด</a></td></tr>'
        for code, title, href in rows
    )
    (site / "ita").mkdir()
    (site / "ita" / "index.html").write_text(
        _html("การเปิดเผยข้อมูลสาธารณะ (OIT) ปี ๒๕๖๕", f"<table>{table}</table>"), "utf-8"
    )
    (site / "content" / "plan.html").write_text(
        _html(
            "แผนปฏิบัติราชการประจำปี",
            '<p><a href="/content/plan-2565.pdf">แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕</a></p>',
        ),
        "utf-8",
    )
    (site / "content" / "plan-2565.pdf").write_bytes(
        make_pdf(
            [
                [
                    "แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕",
                    "สำนักงานเขตทดสอบ กรุงเทพมหานคร",
                    "โครงการ ๑ ปรับปรุงคูคลอง งบประมาณ ๕๐๐,๐๐๐ บาท ระยะเวลา ต.ค. ๖๔ - ก.ย. ๖๕",
                    "โครงการ ๒ ส่งเสริมสุขภาพ งบประมาณ ๓๐๐,๐๐๐ บาท ระยะเวลา ม.ค. - มี.ค. ๖๕",
                ]
            ],
            title="แผนปฏิบัติราชการ 2565",
        )
    )
    faults = {
        "/webboard/index.php": Fault(redirect="/"),
        "/ewt/oit/o10.html": Fault(redirect="/content/plan.html"),
    }
    server = serve(site, faults)
    result = check_site(settings, server.url("/"), framework="bma-2564", as_of=date(2022, 3, 10))
    items = {it["code"]: it for it in result["items"]}
    o8 = items["O8"]
    assert o8["status"] == "missing", o8["reasons"]
    assert "home page" in o8["reasons"][0]["en"]
    assert "/webboard/index.php" in o8["reasons"][0]["en"]
    # a dead link is broken, as before
    assert items["O9"]["status"] == "broken", items["O9"]["reasons"]
    # an old link moved to the page that replaced it still leads to the item's evidence
    assert items["O10"]["status"] not in ("missing", "broken"), items["O10"]["reasons"]
    assert any(e["url"].endswith("plan-2565.pdf") for e in items["O10"]["evidence"])
