"""The OIT list as the site's navigation (a class of WordPress widgets and Joomla modules): the
same list of item-coded links (O1 … O22, some an accordion heading with sub-links under it) in
the sidebar of every page, and a "recent documents" widget beside it.

- the repeated list is the site's menu, read once as the OIT index: a page carrying it is
  still judged on its own content (the O6 page with its manual, the O20 page with its
  guideline) -> ``pass``;
- links nested under an accordion heading "O5 ..." are the heading's item, though their own
  words name only a year ("ฉบับปีงบประมาณ 2567") -> O5's index rows;
- a page that only sends the reader to the side menu ("ดูได้ที่เมนูด้านซ้าย") is a placeholder,
  not evidence -> ``missing``;
- an item whose menu link opens nothing of its own (a page of the O17 heading with only the
  sidebar on it) is not made by the widget's recent documents on that page -> not ``pass``.

Served over real HTTP on 127.0.0.1, crawled and checked like any district.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checklist import check_site
from checklist.evidence import Finder, index_pages
from checklist.meaning import Matcher
from checklist.snapshot import latest_crawl_to_judge, load_snapshot
from oitwatch.demo.documents import make_pdf
from oitwatch.settings import Settings
from oitwatch.store import open_store
from oitwatch.store.models import Site
from rules.loader import load_framework

DISTRICT = "สำนักงานเขตบางพลัด"
AS_OF = date(2024, 5, 20)  # fiscal year 2567

# item code, the menu's words, the page it opens (None: an accordion heading over sub-links)
MENU = [
    ("O1", "ข้อมูลพื้นฐาน", "/o1.html"),
    ("O2", "นโยบายผู้ว่าราชการกรุงเทพมหานคร", "/o2.html"),
    ("O3", "โรงเรียนในพื้นที่เขต", "/o3.html"),
    ("O4", "การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน", "/o4.html"),
    ("O5", "แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการ", None),
    ("O6", "คู่มือการปฏิบัติหน้าที่", "/o6.html"),
    ("O7", "คู่มือการให้บริการประชาชน", "/o7.html"),
    ("O16", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "/o16.html"),
    ("O17", "ช่องทางการร้องเรียนการทุจริต", "/o17.html"),
    ("O20", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", "/o20.html"),
]
SUBLINKS = [  # under the O5 heading: their own words name a year only
    ("ฉบับปีงบประมาณ พ.ศ. 2567", "/files/o5-a.pdf"),
    ("รอบ 12 เดือน ปีงบประมาณ พ.ศ. 2566", "/files/o5-b.pdf"),
]
DIVISIONS = (
    "ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายโยธา", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "ฝ่ายรายได้",
    "ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "ฝ่ายการศึกษา", "ฝ่ายการคลัง", "ฝ่ายเทศกิจ",
)  # fmt: skip
BUDGET = [  # a widget of its own headed "O13 …" (a module title): its links name a year only
    ("ปีงบประมาณ พ.ศ. 2567", "/files/o13-a.pdf"),
    ("ผลการดำเนินงาน ปี 2566", "/files/o13-b.pdf"),
]
RECENT = [  # the "recent documents" widget on every page
    ("ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นลูกจ้างชั่วคราว", "/files/recent-1.pdf"),
    ("ขอเชิญร่วมกิจกรรมวันเด็กแห่งชาติ 2567", "/files/recent-2.pdf"),
    ("ผลการคัดเลือกชุมชนดีเด่น", "/files/recent-3.pdf"),
]


def _sidebar() -> str:
    rows = []
    for code, words, href in MENU:
        if href is None:
            subs = "".join(f'<li><a href="{h}">{w}</a></li>' for w, h in SUBLINKS)
            rows.append(
                f'<li class="menu-item-has-children"><span>{code} {words}</span>'
                f'<ul class="sub-menu">{subs}</ul></li>'
            )
        else:
            rows.append(f'<li><a href="{href}">{code} {words}</a></li>')
    budget = "".join(f'<li><a href="{h}">{w}</a></li>' for w, h in BUDGET)
    recent = "".join(f'<li><a href="{h}">{w}</a></li>' for w, h in RECENT)
    return (
        '<aside class="sidebar"><section class="widget widget_nav_menu">'
        '<div class="widget-title">ITA 2567</div>'
        f'<ul class="menu">{"".join(rows)}</ul></section>'
        '<section class="widget"><h3 class="widget-title">O13 แผนการใช้จ่ายงบประมาณประจำปี'
        f"</h3><ul>{budget}</ul></section>"
        '<section class="widget widget_recent_docs"><div class="widget-title">เอกสารล่าสุด</div>'
        f"<ul>{recent}</ul></section></aside>"
    )


def _page(title: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{title} – '
        f"{DISTRICT}</title></head><body><header><p>{DISTRICT}</p>"
        '<nav><ul><li><a href="/">หน้าแรก</a></li><li><a href="/news.html">ข่าวสาร</a></li>'
        "</ul></nav></header><main>"
        f"<h1>{title}</h1>{body}</main>{_sidebar()}"
        "<footer><p>สำนักงานเขตบางพลัด โทร. 0 2424 0000</p></footer></body></html>"
    )


def _pdf(*lines: str, title: str = "") -> bytes:
    return make_pdf([list(lines)], title=title)


def _build(root: Path) -> None:
    files = root / "files"
    files.mkdir(parents=True)
    (files / "o5-a.pdf").write_bytes(
        _pdf(
            f"แผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๗ {DISTRICT}",
            "ยุทธศาสตร์ที่ ๑ มหานครปลอดภัย โครงการก่อสร้างทางเท้า งบประมาณ ๒,๕๐๐,๐๐๐ บาท",
            "ตัวชี้วัด ร้อยละความพึงพอใจของประชาชน ผู้รับผิดชอบ ฝ่ายโยธา",
        )
    )
    (files / "o5-b.pdf").write_bytes(
        _pdf(
            f"รายงานผลการปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๖ รอบ ๑๒ เดือน {DISTRICT}",
            "ผลการดำเนินงานตามแผนปฏิบัติราชการ ดำเนินการแล้วเสร็จ ๔๕ โครงการ ร้อยละ ๙๒",
            "ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๖",
        )
    )
    (files / "o13-a.pdf").write_bytes(
        _pdf(
            f"แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๗ {DISTRICT}",
            "งบบุคลากร ๑๒๐,๐๐๐,๐๐๐ บาท งบดำเนินงาน ๓๕,๐๐๐,๐๐๐ บาท",
            "ไตรมาสที่ ๑ ร้อยละ ๒๕ ไตรมาสที่ ๒ ร้อยละ ๕๐",
        )
    )
    (files / "o13-b.pdf").write_bytes(
        _pdf(
            f"รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๖ {DISTRICT}",
            "งบบุคลากร ได้รับ ๑๑๘,๐๐๐,๐๐๐ บาท เบิกจ่าย ๑๑๖,๕๐๐,๐๐๐ บาท ร้อยละ ๙๘.๗",
            "ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๖",
        )
    )
    for n, division in enumerate(DIVISIONS, 1):
        (files / f"manual-{n}.pdf").write_bytes(
            _pdf(
                f"คู่มือการปฏิบัติงาน {division} {DISTRICT}",
                "ขั้นตอนการปฏิบัติงาน ระยะเวลา ผู้รับผิดชอบ และแบบฟอร์มที่ใช้",
                f"ผู้รับผิดชอบ หัวหน้า{division} ประกาศ ณ วันที่ ๑ ตุลาคม ๒๕๖๖",
            )
        )
    manuals = "".join(
        f'<li><a href="/files/manual-{n}.pdf">คู่มือการปฏิบัติงาน {d}</a></li>'
        for n, d in enumerate(DIVISIONS, 1)
    )
    for n, (words, _href) in enumerate(RECENT, 1):
        (files / f"recent-{n}.pdf").write_bytes(
            _pdf(words, f"{DISTRICT} ประกาศ ณ วันที่ {n} เมษายน ๒๕๖๗")
        )
    pages = {
        "index.html": (
            f"หน้าแรก {DISTRICT}",
            "<p>ยินดีต้อนรับสู่เว็บไซต์สำนักงานเขตบางพลัด</p>"
            '<p><a href="/news.html">ข่าวประชาสัมพันธ์ทั้งหมด</a></p>',
        ),
        "news.html": (
            "ข่าวประชาสัมพันธ์",
            "<p>เขตบางพลัดจัดกิจกรรมทำความสะอาดคลองบางพลัด เมื่อวันที่ 3 พฤษภาคม 2567 "
            "โดยมีประชาชนเข้าร่วมกว่า 200 คน</p>",
        ),
        "o1.html": ("ข้อมูลพื้นฐาน", "<p>อยู่ระหว่างการจัดทำข้อมูลพื้นฐาน</p>"),
        "o2.html": ("นโยบายผู้ว่าราชการกรุงเทพมหานคร", "<p>อยู่ระหว่างรวบรวมข้อมูล</p>"),
        "o3.html": ("โรงเรียนในพื้นที่เขต", "<p>ดูได้ที่เมนูด้านขวามือ</p>"),
        "o4.html": ("การประชาสัมพันธ์", "<p>อยู่ระหว่างปรับปรุงข้อมูล</p>"),
        "o6.html": (
            "คู่มือการปฏิบัติหน้าที่",
            f"<p>คู่มือการปฏิบัติงานของฝ่ายต่าง ๆ ในสำนักงานเขต</p><ul>{manuals}</ul>",
        ),
        "o7.html": ("คู่มือการให้บริการประชาชน", "<p>ข้อมูลตามเมนู ITA ด้านข้าง</p>"),
        "o16.html": (
            "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
            "<p>ดูได้ที่เมนูด้านซ้าย</p>",
        ),
        "o17.html": ("ช่องทางการร้องเรียนการทุจริต", ""),
        "o20.html": (
            "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่",
            "<p>แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่ สำนักงานเขตบางพลัด</p>"
            "<ol><li>การพิจารณาอนุญาตก่อสร้าง ดัดแปลง รื้อถอนอาคาร ให้พิจารณาตามกฎกระทรวง "
            "และข้อบัญญัติกรุงเทพมหานคร ภายในระยะเวลา 45 วัน</li>"
            "<li>การพิจารณาคำขอใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ ให้ตรวจสถานที่"
            "ตามแบบตรวจที่กำหนด และแจ้งผลภายใน 30 วัน</li>"
            "<li>เจ้าหน้าที่ต้องบันทึกเหตุผลของการใช้ดุลยพินิจทุกครั้ง และเสนอผู้บังคับบัญชา"
            "ตามลำดับชั้น</li></ol><p>ประกาศ ณ วันที่ 2 ตุลาคม 2566 ผู้อำนวยการเขตบางพลัด</p>",
        ),
    }
    for name, (title, body) in pages.items():
        (root / name).write_text(_page(title, body), encoding="utf-8")


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Settings]:
    from oitwatch.devserver import SiteServer

    root = tmp_path_factory.mktemp("sitewide")
    _build(root / "site")
    data = tmp_path_factory.mktemp("data")
    settings = Settings(data_dir=data, delay=0, contact="tests@oitwatch.invalid", ocr=False)
    server = SiteServer(root / "site")
    server.start()
    try:
        result = check_site(settings, server.url("/"), framework="bma-2567", as_of=AS_OF)
    finally:
        server.stop()
    return {it["code"]: it for it in result["items"]}, settings


def _reasons(item: dict) -> str:
    return " ".join(r["en"] for r in item["reasons"])


def test_pages_carrying_the_sidebar_list_are_judged_on_their_own_content(checked) -> None:
    items, _ = checked
    assert items["O6"]["status"] == "pass", items["O6"]["reasons"]
    assert items["O20"]["status"] == "pass", items["O20"]["reasons"]


def test_links_nested_under_an_accordion_heading_take_its_code(checked) -> None:
    items, settings = checked
    store = open_store(settings.db)
    try:
        with store.session() as session:
            site = session.query(Site).one()
            snapshot = load_snapshot(session, site, latest_crawl_to_judge(session, site.id))
    finally:
        store.close()
    framework = load_framework("bma-2567")
    finder = Finder(snapshot, framework.items, {}, framework)
    # the sidebar list is read once (on the home page), not an index on every page
    assert set(index_pages(snapshot, Matcher(framework.items))) <= {snapshot.site.start_url}
    rows = {c.url.rsplit("/", 1)[-1] for c in finder.candidates("O5") if c.source == "index"}
    assert rows == {"o5-a.pdf", "o5-b.pdf"}, finder.candidates("O5")
    assert items["O5"]["status"] == "pass", items["O5"]["reasons"]
    # ... and links in a list under a heading of its own ("<h3>O13 …</h3><ul>")
    rows = {c.url.rsplit("/", 1)[-1] for c in finder.candidates("O13") if c.source == "index"}
    assert rows == {"o13-a.pdf", "o13-b.pdf"}, finder.candidates("O13")
    assert items["O13"]["status"] == "pass", items["O13"]["reasons"]


def test_a_page_pointing_to_the_side_menu_is_a_placeholder(checked) -> None:
    items, _ = checked
    assert items["O16"]["status"] == "missing", items["O16"]["reasons"]


def test_the_recent_documents_widget_is_no_items_evidence(checked) -> None:
    items, _ = checked
    for code in ("O1", "O2", "O3", "O7", "O16", "O17"):
        assert items[code]["status"] != "pass", (code, items[code]["reasons"])
        urls = " ".join(e.get("url", "") for e in items[code].get("evidence", []))
        assert "recent-" not in urls, (code, items[code]["evidence"])
