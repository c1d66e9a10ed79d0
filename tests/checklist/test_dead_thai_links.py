"""Dead links with Thai or odd paths, item codes in many spellings, and a dead OIT row beside
last year's copy.

* A row whose only link is dead is broken however the path is spelled: a ``.PDF`` for a
  ``.pdf`` file on a case-sensitive server, a twice percent-encoded Thai path, a typo in a Thai
  file name. A working link to a Thai path, raw or escaped in lower case, is never taken as
  dead; the dead one is named as the row shows it (Thai, not escapes).
* Codes written ``O๔``, ``(O18)``, ``O-12``, ``O 11``, ``ข้อ ๒๐`` and cards (a code and title
  above a "ดาวน์โหลด" button) name their item.
* The row's link is what is scored: dead, with only last year's copy on an older page, the
  item is broken (the officer must fix the link), not stale.
* An officer's checklist URL pasted with a raw Thai path is the crawl's escaped one.

Served over real HTTP on 127.0.0.1, crawled and checked like any district.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from checklist import check_site
from oitwatch.demo.documents import make_pdf
from oitwatch.devserver import SiteServer
from oitwatch.settings import Settings

HEAD = '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{t}</title></head><body>'
MENU = (
    '<ul class="menu"><li><a href="/">หน้าแรก</a></li><li><a href="/old/">เอกสารเก่า</a></li>'
    '<li><a href="/ita/">การเปิดเผยข้อมูลสาธารณะ (OIT)</a></li></ul>'
)
DOCS = "เอกสาร"


def _html(title: str, body: str) -> str:
    return HEAD.format(t=title) + MENU + f"<h1>{title}</h1>{body}</body></html>"


def _pdf(site: Path, name: str, title: str, *lines: str) -> None:
    (site / DOCS / name).write_bytes(make_pdf([[title, *lines]], title=title))


def test_thai_paths_codes_and_dead_rows(
    tmp_path: Path, serve: Callable[..., SiteServer], settings: Settings
) -> None:
    site = tmp_path
    (site / DOCS).mkdir()
    _pdf(
        site,
        "แผนพัฒนาเขต.pdf",
        "แผนพัฒนาเขต ระยะ ๓ ปี พ.ศ. ๒๕๖๕-๒๕๖๗",
        "สอดคล้องกับแผนพัฒนากรุงเทพมหานคร ระยะ ๒๐ ปี",
    )
    _pdf(site, "แผน.pdf", "แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", "โครงการ งบประมาณ ระยะเวลา")
    _pdf(site, "ติดตาม.pdf", "รายงานการกำกับติดตามการดำเนินงาน รอบ ๖ เดือน ๒๕๖๕")
    _pdf(site, "รายงานประจำปี.pdf", "รายงานผลการดำเนินงานประจำปี ๒๕๖๔", "ผลการดำเนินงาน ปัญหา อุปสรรค")
    _pdf(site, "แผนใช้จ่าย.pdf", "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", "ไตรมาส ๑ ๒ ๓ ๔")
    _pdf(site, "รายงานการใช้จ่าย2563.pdf", "รายงานผลการใช้จ่ายงบประมาณประจำปี พ.ศ. ๒๕๖๓", "ปัญหา อุปสรรค")
    _pdf(site, "ความเสี่ยง.pdf", "การประเมินความเสี่ยงการทุจริตประจำปี ๒๕๖๕", "ระดับความเสี่ยง มาตรการ")
    quoted = urllib.parse.quote
    rows = (
        ("O๔", "แผนพัฒนาเขต", f"/{DOCS}/แผนพัฒนาเขต.pdf"),  # raw Thai: works
        ("O10", "แผนปฏิบัติราชการประจำปี", f"/{DOCS}/แผน.PDF"),  # the file is .pdf: dead
        ("O 11", "รายงานการกำกับติดตามการดำเนินงาน", quoted(quoted(f"/{DOCS}/ติดตาม.pdf"))),
        ("O-12", "รายงานผลการดำเนินงานประจำปี", f"/{DOCS}/รายงานประจาปี.pdf"),  # a typo: dead
        ("(O18)", "แผนการใช้จ่ายงบประมาณประจำปี", quoted(f"/{DOCS}/แผนใช้จ่าย.pdf").lower()),
        ("ข้อ ๒๐", "รายงานผลการใช้จ่ายงบประมาณประจำปี", f"/{DOCS}/รายงานการใช้จ่าย2564.pdf"),
    )
    table = "".join(
        f'<tr><td>{code}</td><td>{title}</td><td><a href="{href}">ดาวน์โหลด</a></td></tr>'
        for code, title, href in rows
    )
    card = (  # a card: code and title above the button, which opens the file by script
        '<div class="card"><span class="code">O๓๖</span> <b>การประเมินความเสี่ยงการทุจริตประจำปี</b>'
        f'<br><a href="javascript:void(0)" data-file="/{DOCS}/ความเสี่ยง.pdf">เปิดเอกสาร</a></div>'
    )
    (site / "ita").mkdir()
    (site / "ita" / "index.html").write_text(
        _html("การเปิดเผยข้อมูลสาธารณะ (OIT) ปี ๒๕๖๕", f"<table>{table}</table>{card}"), "utf-8"
    )
    (site / "old").mkdir()
    (site / "old" / "index.html").write_text(
        _html(
            "เอกสารเก่า",
            f'<p><a href="/{DOCS}/รายงานการใช้จ่าย2563.pdf">รายงานผลการใช้จ่ายงบประมาณประจำปี ๒๕๖๓</a></p>',
        ),
        "utf-8",
    )
    (site / "index.html").write_text(_html("สำนักงานเขตทดสอบ", "<p>ยินดีต้อนรับ</p>"), "utf-8")
    server = serve(site, {})
    checklist = tmp_path / "checklist.yaml"
    checklist.write_text(  # pasted from a browser's address bar: Thai, unescaped
        f"items:\n  O10: {server.url('/')}{DOCS}/แผน.pdf\n", encoding="utf-8"
    )
    result = check_site(
        settings,
        server.url("/ita/"),
        framework="bma-2564",
        as_of=date(2022, 3, 10),
        checklist_path=checklist,
    )
    items = {it["code"]: it for it in result["items"]}
    for code in ("O4", "O18", "O36"):  # working Thai paths, raw or escaped in lower case
        assert items[code]["status"] == "pass", (code, items[code]["reasons"])
    assert "ความเสี่ยง.pdf" in urllib.parse.unquote(items["O36"]["evidence"][0]["url"])
    for code, shown in (("O11", "%25E0%25B8"), ("O12", f"{DOCS}/รายงานประจาปี.pdf")):
        assert items[code]["status"] == "broken", (code, items[code]["reasons"])
        assert shown in items[code]["reasons"][0]["en"], items[code]["reasons"]
    # the row's .PDF is dead, but the officer's checklist gives the working .pdf
    assert items["O10"]["status"] == "pass", items["O10"]["reasons"]
    o20 = items["O20"]  # the row's link is dead; only last year's copy on an older page
    assert o20["status"] == "broken", o20["reasons"]
    assert f"{DOCS}/รายงานการใช้จ่าย2564.pdf" in o20["reasons"][0]["th"]


def test_a_card_row_to_a_page_serving_many_items(
    tmp_path: Path, serve: Callable[..., SiteServer], settings: Settings
) -> None:
    """OIT cards send several items to one page of cards, each a title over a button. The
    item's evidence is the document its own card names: last year's results report is stale,
    though the page also holds this year's risk assessment and a declaration whose link says
    only "ภาษาไทย"."""
    site = tmp_path
    (site / "files").mkdir()
    for name, title, lines in (
        ("risk-2565.pdf", "การประเมินความเสี่ยงการทุจริตประจำปีงบประมาณ พ.ศ. ๒๕๖๕", ["ระดับความเสี่ยง"]),
        (
            "intent-th.pdf",
            "ประกาศเจตจำนงสุจริตในการบริหารงาน",
            ["ประกาศ ณ วันที่ ๑ ตุลาคม ๒๕๖๔", "ปีงบประมาณ พ.ศ. ๒๕๖๕"],
        ),
        (
            "measures-result-2564.pdf",
            "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
            ["มาตรการ ผลการดำเนินการ ผู้รับผิดชอบ"],
        ),
    ):
        # no title of its own (the file's name stands for it): its words are its text's
        (site / "files" / name).write_bytes(make_pdf([[title, *lines]]))
    cards = (
        ("O๓๔", "เจตจำนงสุจริตของผู้บริหาร"),
        ("O๓๖", "การประเมินความเสี่ยงการทุจริตประจำปี"),
        ("O๔๓", "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"),
        ("O1", "โครงสร้างหน่วยงาน"),
        ("O2", "ข้อมูลผู้บริหาร"),
    )
    body = "".join(
        f'<div class="card"><span>{code}</span> <b>{title}</b><br>'
        '<a href="/integrity/">ดูข้อมูล</a></div>'
        for code, title in cards
    )
    (site / "ita").mkdir()
    (site / "ita" / "index.html").write_text(
        _html("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๕", body), "utf-8"
    )
    (site / "integrity").mkdir()
    (site / "integrity" / "index.html").write_text(
        _html(
            "การป้องกันการทุจริต",
            "<div class='card'>ประกาศเจตจำนงสุจริตในการบริหารงาน "
            "<a href='/files/intent-th.pdf'>ภาษาไทย</a> · English (เร็ว ๆ นี้)</div>"
            "<div class='card'>การประเมินความเสี่ยงการทุจริต ปี ๒๕๖๕ "
            "<a href='/files/risk-2565.pdf'>เปิด</a></div>"
            "<div class='card'>ผลการดำเนินการตามมาตรการ "
            "<a href='javascript:void(0)' data-file='/files/measures-result-2564.pdf'>เปิดเอกสาร</a>"
            "</div>",
        ),
        "utf-8",
    )
    (site / "index.html").write_text(_html("สำนักงานเขตทดสอบ", "<p>ยินดีต้อนรับ</p>"), "utf-8")
    server = serve(site, {})
    result = check_site(
        settings, server.url("/ita/"), framework="bma-2564", as_of=date(2022, 5, 16)
    )
    items = {it["code"]: it for it in result["items"]}
    assert items["O43"]["status"] == "stale", items["O43"]["reasons"]
    assert items["O36"]["status"] == "pass", items["O36"]["reasons"]
