"""Links a person reaches by clicking, written the old ways: frames, image maps, scripts."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from crawler import run_crawl
from crawler.extract.html import parse_html
from oitwatch.demo.documents import make_pdf
from oitwatch.devserver import SiteServer
from oitwatch.settings import Settings
from oitwatch.store import Crawl, Fetch, Link, open_store

BASE = "http://h.test/d/oit.html"


def _links(html: str) -> dict[str, tuple[str, str]]:
    page = parse_html(html.encode(), "text/html; charset=utf-8", BASE)
    return {link.url: (link.tag, link.anchor) for link in page.links}


def test_onclick_and_javascript_hrefs_give_the_url_a_click_opens() -> None:
    links = _links(
        """<table><tr><td>O10 แผนปฏิบัติราชการ</td><td>
        <a href="#" onclick="window.open('/files/plan-2565.pdf','_blank'); return false;">เปิด</a>
        <a href="javascript:void(0)" onClick="location.href = 'report 6m.pdf'">รายงาน</a>
        <a href="javascript:window.open(&quot;/files/policy.pdf&quot;)">นโยบาย</a>
        <a href="javascript:void(0)">ไม่มีที่หมาย</a>
        <a href="/files/real.pdf" onclick="track('x')">ตรง</a>
        </td></tr></table>"""
    )
    assert links["http://h.test/files/plan-2565.pdf"] == ("a", "เปิด")
    assert links["http://h.test/d/report 6m.pdf"] == ("a", "รายงาน")  # as written
    assert links["http://h.test/files/policy.pdf"] == ("a", "นโยบาย")
    assert links["http://h.test/files/real.pdf"] == ("a", "ตรง")
    assert not [u for u in links if u.endswith("#")]


def test_image_map_areas_are_links_named_by_their_alt_text() -> None:
    links = _links(
        """<img src="/img/menu.gif" usemap="#m" alt="">
        <map name="m">
          <area shape="rect" coords="0,0,100,20" href="structure.html" alt="โครงสร้างองค์กร">
          <area shape="rect" coords="0,20,100,40" href="#" onclick="window.open('ita.html')"
                title="ITA ๒๕๖๕">
        </map>"""
    )
    assert links["http://h.test/d/structure.html"] == ("a", "โครงสร้างองค์กร")
    assert links["http://h.test/d/ita.html"] == ("a", "ITA ๒๕๖๕")


def test_a_frameset_site_is_crawled_through_its_map_and_scripted_links(tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "files").mkdir(parents=True)
    (root / "index.html").write_text(
        '<html><frameset cols="200,*"><frame src="menu.html" name="menu">'
        '<frame src="main.html" name="main"></frameset></html>',
        encoding="utf-8",
    )
    (root / "menu.html").write_text(
        '<html><body><img src="m.gif" usemap="#m"><map name="m">'
        '<area href="oit.html" target="main" alt="การเปิดเผยข้อมูลสาธารณะ (OIT)"></map>'
        "</body></html>",
        encoding="utf-8",
    )
    (root / "main.html").write_text("<html><body>ยินดีต้อนรับ</body></html>", encoding="utf-8")
    (root / "oit.html").write_text(
        "<html><body><table><tr><td>แผนปฏิบัติราชการประจำปี</td><td>"
        '<a href="#" onclick="window.open(\'files/plan.pdf\')">คลิก</a></td></tr></table>'
        "</body></html>",
        encoding="utf-8",
    )
    (root / "files" / "plan.pdf").write_bytes(
        make_pdf([["แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕"]])
    )
    with SiteServer(root) as server:
        settings = Settings(
            data_dir=tmp_path / "data",
            delay=0,
            ocr=False,
            contact="t@x.invalid",
            allow_private="127.0.0.1",
        )
        summary = run_crawl(settings, server.url("/"))
        store = open_store(settings.db)
        with store.session() as s:
            assert s.get(Crawl, summary.crawl_id) is not None
            fetched = {
                f.url.rsplit("/", 1)[1]: f.outcome
                for f in s.scalars(select(Fetch).where(Fetch.crawl_id == summary.crawl_id))
            }
            anchors = {
                link.to_url.rsplit("/", 1)[1]: link.anchor
                for link in s.scalars(select(Link).where(Link.crawl_id == summary.crawl_id))
            }
        store.close()
    assert fetched["oit.html"] == "ok"
    assert fetched["plan.pdf"] == "ok"
    assert anchors["oit.html"] == "การเปิดเผยข้อมูลสาธารณะ (OIT)"
    assert anchors["plan.pdf"] == "คลิก"


def test_a_cards_button_reads_the_cards_code_and_title() -> None:
    """A card (no list item, row or paragraph) with its code and title above a button: the
    button's row is the card's words; a ``data-file`` button opens its file. A header's logo
    before the site's name, or a menu of many links, is no card."""
    page = parse_html(
        """<header><div class="brand"><a href="/"><img src="/logo.png" alt="logo"></a>
        <span>สำนักงานเขตทดสอบ</span></div></header>
        <div class="menu"><a href="/a">หน้าแรก</a> <a href="/b">ข่าว</a> <a href="/c">ติดต่อ</a></div>
        <h1>OIT ๒๕๖๕</h1>
        <div class="card"><span class="code">O๓๕</span> <b>การมีส่วนร่วมของผู้บริหาร</b><br>
        <a href="/news/n-0380.html">ดูข่าวกิจกรรม</a></div>
        <div class="card"><span>O๔๑</span> <b>รายงานผลการดำเนินการป้องกันการทุจริตประจำปี</b><br>
        <div class="btns"><a href="javascript:void(0)" data-file="/files/report-2564.pdf">เปิดเอกสาร</a></div></div>
        <div class="card"><span>0๑๑</span> <b>รายงานการกำกับติดตาม</b><br><div class="doc">
        <a href="/files/progress.pdf"><img src="/thumbs/p.png" alt=""></a><div class="cap"></div></div></div>""".encode(),
        "text/html; charset=utf-8",
        BASE,
    )
    rows = {link.url: link.context for link in page.links}
    assert rows["http://h.test/news/n-0380.html"] == "OIT ๒๕๖๕ | O๓๕ การมีส่วนร่วมของผู้บริหาร ดูข่าวกิจกรรม"
    assert (
        "O๔๑ รายงานผลการดำเนินการป้องกันการทุจริตประจำปี" in rows["http://h.test/files/report-2564.pdf"]
    )
    assert "0๑๑ รายงานการกำกับติดตาม" in rows["http://h.test/files/progress.pdf"]
    assert rows["http://h.test/"] == ""  # the logo before the site's name
    assert rows["http://h.test/a"] == ""  # a menu
