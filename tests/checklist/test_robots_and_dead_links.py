"""A link robots.txt closes to the crawler is not a dead link: the crawler obeys robots.txt and
never asks, so the item is left to a person (`review`, naming the links and their words), never
`broken`. A file's link redirected into what robots.txt closes (a PDF's link sent to
/member/login/) does not deliver: broken. An old menu link looping beside the OIT table's
working link with the evidence does not make the item broken: one working link is enough.

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
MENU = (
    '<ul class="menu"><li><a href="/">หน้าแรก</a></li>'
    '<li><a href="/duty.php">อำนาจหน้าที่</a></li>'
    '<li><a href="/ita/">การเปิดเผยข้อมูลสาธารณะ (OIT)</a></li></ul>'
)


def _html(title: str, body: str) -> str:
    return HEAD.format(t=title) + MENU + f"<h1>{title}</h1>{body}</body></html>"


def test_robots_closed_links_are_reviewed_not_broken(
    tmp_path: Path, serve: Callable[..., SiteServer], settings: Settings
) -> None:
    site = tmp_path
    (site / "robots.txt").write_text(
        "User-agent: *\nDisallow: /files/closed/\nDisallow: /member/\n", encoding="utf-8"
    )
    (site / "index.html").write_text(_html("สำนักงานเขตทดสอบ", "<p>ยินดีต้อนรับ</p>"), "utf-8")
    rows = (
        ("O3", "อำนาจหน้าที่", "/about/duty.html"),
        ("O10", "แผนปฏิบัติราชการประจำปี", "/files/closed/plan-2565.pdf"),
        ("O12", "รายงานผลการดำเนินงานประจำปี", "/files/open/report-2564.pdf"),
    )
    table = "".join(
        f'<tr><td>{code}</td><td>{title}</td><td><a href="{href}">{title}</a></td></tr>'
        for code, title, href in rows
    )
    (site / "ita").mkdir()
    (site / "ita" / "index.html").write_text(
        _html("การเปิดเผยข้อมูลสาธารณะ (OIT) ปี ๒๕๖๕", f"<table>{table}</table>"), "utf-8"
    )
    (site / "about").mkdir()
    (site / "about" / "duty.html").write_text(
        _html(
            "อำนาจหน้าที่ของสำนักงานเขตทดสอบ",
            "<p>สำนักงานเขตมีอำนาจหน้าที่ตามพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร "
            "พ.ศ. ๒๕๒๘ มาตรา ๔๔ ดังนี้</p><ol><li>จัดเก็บภาษีและรายได้ของกรุงเทพมหานคร</li>"
            "<li>ดูแลรักษาความสะอาดและสิ่งแวดล้อมในพื้นที่เขต</li>"
            "<li>จัดการศึกษาในโรงเรียนสังกัดกรุงเทพมหานคร</li>"
            "<li>ทะเบียนราษฎรและบัตรประจำตัวประชาชน</li>"
            "<li>พัฒนาชุมชนและสวัสดิการสังคม</li></ol>",
        ),
        "utf-8",
    )
    (site / "files" / "closed").mkdir(parents=True)
    (site / "files" / "closed" / "plan-2565.pdf").write_bytes(
        make_pdf([["แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕"]], title="แผน 2565")
    )
    (site / "member").mkdir()
    (site / "member" / "login.html").write_text(_html("เข้าสู่ระบบสมาชิก", "<form></form>"), "utf-8")
    faults = {
        # an old menu link that loops, beside the OIT table's working link for O3
        "/duty.php": Fault(redirect="/duties.php"),
        "/duties.php": Fault(redirect="/duty.php"),
        # a file's link sent to a members' login robots.txt closes: the file is not served
        "/files/open/report-2564.pdf": Fault(redirect="/member/login.html"),
    }
    server = serve(site, faults)
    result = check_site(
        settings, server.url("/ita/"), framework="bma-2564", as_of=date(2022, 3, 10)
    )
    items = {it["code"]: it for it in result["items"]}
    o10 = items["O10"]
    assert o10["status"] == "review", o10["reasons"]
    assert "robots.txt" in o10["reasons"][0]["th"], o10["reasons"]
    assert "plan-2565.pdf" in o10["reasons"][0]["en"]
    assert "แผนปฏิบัติราชการประจำปี" in o10["reasons"][0]["th"]  # the link's words
    assert items["O12"]["status"] == "broken", items["O12"]["reasons"]
    assert items["O3"]["status"] not in ("broken", "missing"), items["O3"]["reasons"]
