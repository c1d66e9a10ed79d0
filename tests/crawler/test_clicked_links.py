"""Links a person reaches without an ``<a href>``: a jump menu (``<select onchange>``), buttons,
cards and table rows a script makes clickable (``data-href``, ``data-url``, ``onclick``), GET
forms whose fields make the URL (download buttons, a month picker), documents shown in the page
(``<embed src>``, ``<object data>``). Each is a link with the words a person reads on it.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from crawler import run_crawl
from crawler.extract.html import MAX_FORM_LINKS, parse_html
from oitwatch.demo.documents import make_pdf, make_xlsx
from oitwatch.devserver import Fault, SiteServer
from oitwatch.settings import Settings
from oitwatch.store import Fetch, Link, open_store

BASE = "http://h.test/d/oit.html"


def _links(html: str) -> list[tuple[str, str, str, str]]:
    page = parse_html(html.encode(), "text/html; charset=utf-8", BASE)
    return [(link.url, link.tag, link.anchor, link.context) for link in page.links]


def _by_url(html: str) -> dict[str, tuple[str, str]]:
    return {url: (tag, anchor) for url, tag, anchor, _c in _links(html)}


def test_a_jump_menu_links_each_option_named_by_its_words() -> None:
    links = _links(
        """<h3>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑)</h3>
        <p>เลือกเดือน: <select onchange="if(this.value)window.open(this.value,'_blank')">
        <option value="">-- เลือกเดือน --</option>
        <option value="/files/skr1-2567-10.pdf">ตุลาคม ๒๕๖๗</option>
        <option value="skr1-2567-11.pdf">พฤศจิกายน ๒๕๖๗</option></select></p>
        <form name="f1"><select name="menu" onchange="MM_jumpMenu('parent',this,0)">
        <option value="/ita/2568/">ปีงบประมาณ พ.ศ. ๒๕๖๘</option>
        <option value="2567" disabled>๒๕๖๗</option></select></form>
        <select name="year" onchange="load(this.value)"><option value="2568">๒๕๖๘</option>
        <option value="10/2567">ต.ค. ๖๗</option></select>"""
    )
    got = {url: (tag, anchor, context) for url, tag, anchor, context in links}
    assert got["http://h.test/files/skr1-2567-10.pdf"] == (
        "a",
        "ตุลาคม ๒๕๖๗",
        "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑) | เลือกเดือน:",
    )
    assert got["http://h.test/d/skr1-2567-11.pdf"][1] == "พฤศจิกายน ๒๕๖๗"
    assert got["http://h.test/ita/2568/"][:2] == ("a", "ปีงบประมาณ พ.ศ. ๒๕๖๘")
    # the placeholder option, a disabled one and plain values (a year, a month) are no links;
    # the jump menu's form is not submitted as a form
    assert set(got) == {
        "http://h.test/files/skr1-2567-10.pdf",
        "http://h.test/d/skr1-2567-11.pdf",
        "http://h.test/ita/2568/",
    }


def test_buttons_cards_and_rows_a_script_makes_clickable() -> None:
    links = _by_url(
        """<button class="btn" type="button" data-href="/files/policy-2568.pdf">ประกาศนโยบาย (PDF)
        </button>
        <div class="card" data-url="/ita/2568/basic.html" role="link"><span>O1</span>
        <h4>ข้อมูลพื้นฐาน</h4></div>
        <table><tr data-link="report.pdf"><td>รายงานผลการดำเนินงาน</td><td>๒๕๖๘</td></tr>
        <tr onclick="document.location = '/files/hr.pdf'"><td>หลักเกณฑ์บุคคล</td></tr></table>
        <input type="button" value="ดาวน์โหลดคู่มือ" onclick="window.open('/files/manual.pdf')">
        <img src="/img/btn.png" alt="แผนปฏิบัติราชการ" onclick="location.href='/files/plan.pdf'">
        <a href="#" data-href="/files/measures.pdf">มาตรการ</a>
        <button data-href="#top">ขึ้นบน</button><div data-url="javascript:void(0)">x</div>"""
    )
    assert links["http://h.test/files/policy-2568.pdf"] == ("a", "ประกาศนโยบาย (PDF)")
    assert links["http://h.test/ita/2568/basic.html"] == ("a", "O1 ข้อมูลพื้นฐาน")
    assert links["http://h.test/d/report.pdf"] == ("a", "รายงานผลการดำเนินงาน ๒๕๖๘")
    assert links["http://h.test/files/hr.pdf"] == ("a", "หลักเกณฑ์บุคคล")
    assert links["http://h.test/files/manual.pdf"] == ("a", "ดาวน์โหลดคู่มือ")
    assert links["http://h.test/files/plan.pdf"] == ("a", "แผนปฏิบัติราชการ")
    assert links["http://h.test/img/btn.png"] == ("img", "แผนปฏิบัติราชการ")
    assert links["http://h.test/files/measures.pdf"] == ("a", "มาตรการ")
    assert not [u for u in links if u.endswith(("#top", "void(0)", "#"))]


def test_get_forms_give_the_urls_their_buttons_and_options_submit() -> None:
    links = _links(
        """<h3>O5 แผนปฏิบัติราชการ</h3>
        <form class="dl" action="/docs/view.php?ignored=1" method="get">
          <input type="hidden" name="doc" value="ap68">
          <button class="btn" type="submit">⬇ แผนปฏิบัติราชการ ปี ๒๕๖๘</button></form>
        <form action="report.php"><input type="hidden" name="t" value="skr1">
          <select name="m"><option value="">เลือก</option><option value="2567-10">ตุลาคม ๒๕๖๗</option>
          <option value="2567-11" selected>พฤศจิกายน ๒๕๖๗</option></select>
          <input type="submit" name="go" value="ดาวน์โหลด"><input type="reset" value="ล้าง"></form>
        <form action="/search.php" method="get"><input type="text" name="q">
          <button>ค้นหา</button></form>
        <form action="/vote.php" method="post"><input type="hidden" name="id" value="3">
          <button>ส่ง</button></form>"""
    )
    got = {url: (tag, anchor, context) for url, tag, anchor, context in links}
    assert got["http://h.test/docs/view.php?doc=ap68"] == (
        "a",
        "⬇ แผนปฏิบัติราชการ ปี ๒๕๖๘",
        "O5 แผนปฏิบัติราชการ",
    )
    assert (
        got[
            "http://h.test/d/report.php?t=skr1&m=2567-10&go=%E0%B8%94%E0%B8%B2%E0%B8%A7%E0%B8%99%E0%B9%8C%E0%B9%82%E0%B8%AB%E0%B8%A5%E0%B8%94"
        ][1]
        == "ตุลาคม ๒๕๖๗"
    )
    assert sum("report.php" in u for u in got) == 2  # each month, never the empty choice
    # a search box needs typed words, a POST form changes something: neither is followed
    assert not [u for u in got if "search.php" in u or "vote.php" in u]


def test_a_form_with_many_choices_gives_a_bounded_number_of_urls() -> None:
    days = "".join(f'<option value="{d}">{d}</option>' for d in range(1, 32))
    months = "".join(f'<option value="{m}">{m}</option>' for m in range(1, 13))
    links = _links(
        f"""<form action="/cal.php"><select name="d">{days}</select>
        <select name="m">{months}</select><button>ดู</button></form>"""
    )
    cal = [u for u, *_ in links if "/cal.php" in u]
    assert 31 <= len(cal) <= MAX_FORM_LINKS
    assert all("m=1" in u for u in cal)  # the second select stays at its first choice


def test_documents_shown_inside_the_page_are_linked() -> None:
    links = _by_url(
        """<h2>การประเมินความเสี่ยงการรับสินบน</h2>
        <object data="showdoc.php?doc_id=130" type="application/pdf"><p>ไม่รองรับ PDF</p></object>
        <embed src="files/risk-6m.pdf" type="application/pdf" title="รายงานรอบ ๖ เดือน">
        <iframe src="/pdfjs/web/viewer.html?file=/files/plan.pdf" title="แผน"></iframe>"""
    )
    assert links["http://h.test/d/showdoc.php?doc_id=130"] == ("iframe", "")
    assert links["http://h.test/d/files/risk-6m.pdf"] == ("iframe", "รายงานรอบ ๖ เดือน")
    assert links["http://h.test/files/plan.pdf"] == ("iframe", "แผน")


def test_a_site_navigated_by_selects_buttons_and_forms_is_crawled(tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "files").mkdir(parents=True)
    (root / "store").mkdir()
    nav = (
        '<select aria-label="เลือกปีงบประมาณ" onchange="if(this.value)location.href=this.value">'
        '<option value="">ITA</option><option value="/ita.html?y=2568&amp;PHPSESSID=ab12cd">'
        "ปีงบประมาณ ๒๕๖๘</option></select>"
    )
    (root / "index.html").write_text(
        f"<html><body>{nav}<div class='card' data-url='/about.html'><h4>รู้จักเขต</h4></div>"
        "</body></html>",
        encoding="utf-8",
    )
    (root / "about.html").write_text(
        f"<html><body>{nav}<p>ประวัติสำนักงานเขต</p></body></html>", encoding="utf-8"
    )
    (root / "ita.html").write_text(
        f"<html><body>{nav}<h3>O2 นโยบายและแผน</h3>"
        '<button type="button" data-href="files/plan.pdf">เปิดแผนพัฒนา (PDF)</button>'
        '<button data-href="/private/draft.pdf">ร่าง</button>'
        '<button data-href="https://www.bangkok.go.th/">กรุงเทพมหานคร</button>'
        "<h3>O9 สถิติภาษี</h3><form action='/docs/view.php' method='get'>"
        "<input type='hidden' name='doc' value='tax68'><button>⬇ สถิติภาษี (Excel)</button></form>"
        "<h3>O15 สขร.๑</h3><p>เลือกเดือน: <select onchange='window.open(this.value)'>"
        "<option value=''>--</option><option value='/files/skr1-01.pdf'>มกราคม ๒๕๖๘</option>"
        "</select></p><object data='/files/policy.pdf' type='application/pdf'></object>"
        "</body></html>",
        encoding="utf-8",
    )
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n", encoding="utf-8")
    (root / "files" / "plan.pdf").write_bytes(make_pdf([["แผนพัฒนากรุงเทพมหานคร ๒๕๖๘"]]))
    (root / "files" / "skr1-01.pdf").write_bytes(make_pdf([["สรุปผลการจัดซื้อจัดจ้าง มกราคม"]]))
    (root / "files" / "policy.pdf").write_bytes(make_pdf([["นโยบายต่อต้านการรับสินบน"]]))
    (root / "store" / "tax.xlsx").write_bytes(
        make_xlsx({"สถิติ": [["เดือน", "ภาษี"], ["ต.ค. ๒๕๖๗", 120000]]})
    )
    faults = {
        "/docs/view.php?doc=tax68": Fault(
            file="store/tax.xlsx",
            headers={
                "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "Content-Disposition": 'attachment; filename="tax-stat-2568.xlsx"',
            },
        )
    }
    with SiteServer(root, faults) as server:
        settings = Settings(
            data_dir=tmp_path / "data",
            delay=0,
            ocr=False,
            contact="t@x.invalid",
            allow_private="127.0.0.1",
        )
        summary = run_crawl(settings, server.url("/"))
        asked = [path for path, _h in server.requests]
        store = open_store(settings.db)
        with store.session() as s:
            fetched = {
                f.url.split("/", 3)[3]: (f.outcome, f.kind)
                for f in s.scalars(select(Fetch).where(Fetch.crawl_id == summary.crawl_id))
            }
            anchors = {
                (link.to_url.split("/", 3)[3], link.anchor)
                for link in s.scalars(select(Link).where(Link.crawl_id == summary.crawl_id))
            }
        store.close()
    assert fetched["about.html"] == ("ok", "page")
    assert fetched["ita.html?y=2568"] == ("ok", "page")  # the session id is no part of the URL
    assert sum(p.startswith("/ita.html") for p in asked) == 1
    assert fetched["files/plan.pdf"] == ("ok", "document")
    assert fetched["docs/view.php?doc=tax68"] == ("ok", "document")
    assert fetched["files/skr1-01.pdf"] == ("ok", "document")
    assert fetched["files/policy.pdf"] == ("ok", "document")
    # the same guards as any link: robots.txt, the site's scope
    assert fetched["private/draft.pdf"][0] == "robots"
    assert not [u for u in fetched if "bangkok.go.th" in u]
    assert ("ita.html?y=2568", "ปีงบประมาณ ๒๕๖๘") in anchors
    assert ("about.html", "รู้จักเขต") in anchors
    assert ("files/plan.pdf", "เปิดแผนพัฒนา (PDF)") in anchors
    assert ("docs/view.php?doc=tax68", "⬇ สถิติภาษี (Excel)") in anchors
    assert ("files/skr1-01.pdf", "มกราคม ๒๕๖๘") in anchors
