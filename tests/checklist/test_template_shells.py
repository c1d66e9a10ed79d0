"""What a template promises is not what it publishes (classes met on held-out blind sites,
sets 10 and 11):

- a row showing a PDF icon, a title and "เอกสารประกอบ" with no link, or a download button
  going nowhere (``href="#"``): the document is not published -> ``missing``;
- a list labelled "1. นโยบาย / รายงานผล" whose report link is dead beside the live policy: the
  label is not the report -> ``broken``;
- an item's page that only describes the item in a sentence, or restates the manual's
  criteria ("แสดง… • ข้อมูลต้องประกอบด้วย…") over an empty table -> ``missing``;
- the OIT table's link to another site's home page, or to the site's own search -> not
  ``pass``;
- a blank form ("สำนักงานเขต.......... ปีงบประมาณ พ.ศ. ........") -> ``incomplete``, while a
  checklist leaving the applicant's name blank passes; a lecture's handout explaining what the
  assessor looks for -> ``missing``;
- a job notice dated this month does not keep last year's news current -> ``stale``.

Each site is served over real HTTP on 127.0.0.1, crawled and checked (bma-2567).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checklist import check_site
from oitwatch.demo.documents import make_pdf
from oitwatch.settings import Settings

DISTRICT = "สำนักงานเขตบางบอน"
AS_OF = date(2025, 5, 15)  # fiscal year 2568
PDF_ICON = '<img src="/img/pdf.png" alt="PDF" width="24">'


def _page(title: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{title} | '
        f"{DISTRICT}</title></head><body><header>{DISTRICT}</header>"
        f'<nav><a href="/">หน้าแรก</a> <a href="/oit.html">ITA 2568</a></nav>'
        f"<main><h1>{title}</h1>{body}</main>"
        f"<footer>{DISTRICT} โทร. ๐ ๒๔๕๑ ๐๐๐๐</footer></body></html>"
    )


def _check(serve, settings: Settings, root: Path, rows: list[tuple[str, str, str]]) -> dict:
    """Serve ``root`` with an OIT table of ``rows`` (code, title, href) and check it."""
    table = "".join(f'<tr><td>{c}</td><td><a href="{h}">{t}</a></td></tr>' for c, t, h in rows)
    (root / "oit.html").write_text(_page("ITA 2568 (OIT)", f"<table>{table}</table>"), "utf-8")
    if not (root / "index.html").exists():
        (root / "index.html").write_text(_page("หน้าแรก", "<p>ยินดีต้อนรับ</p>"), "utf-8")
    (root / "img").mkdir(exist_ok=True)
    (root / "img" / "pdf.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    server = serve(root)
    no_ocr = settings.model_copy(update={"ocr": False})
    result = check_site(no_ocr, server.url("/"), framework="bma-2567", as_of=AS_OF)
    return {it["code"]: it for it in result["items"]}


def _write(root: Path, name: str, title: str, body: str) -> None:
    (root / name).parent.mkdir(parents=True, exist_ok=True)
    (root / name).write_text(_page(title, body), encoding="utf-8")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    root.mkdir()
    return root


def test_rows_offering_a_document_with_no_link_publish_nothing(serve, settings, site) -> None:
    (site / "files").mkdir()
    (site / "files" / "o18-1.pdf").write_bytes(
        make_pdf(
            [
                [
                    f"ประกาศ{DISTRICT}",
                    "เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
                    "ผู้บริหารและเจ้าหน้าที่ทุกคนต้องไม่เรียก รับ หรือยอมจะรับสินบน",
                    "ห้ามรับของขวัญหรือของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy)",
                    "ประกาศ ณ วันที่ ๑๔ ตุลาคม พ.ศ. ๒๕๖๗",
                ]
            ]
        )
    )
    _write(
        site,
        "o18.html",
        "O18 ประกาศนโยบายต่อต้านการรับสินบน และการรายงานผลสู่การปฏิบัติ",
        "<h4>1. นโยบาย / รายงานผล</h4><ul>"
        f'<li><a href="/files/o18-1.pdf">{PDF_ICON}<span>18.1.</span>'
        "<span>ประกาศนโยบายต่อต้านการรับสินบน ประจำปีงบประมาณ พ.ศ. 2568</span></a></li>"
        f'<li><a href="/files/o18-2.pdf">{PDF_ICON}<span>18.2.</span>'
        "<span>รายงานผลการนำนโยบายต่อต้านการรับสินบนสู่การปฏิบัติ</span></a></li></ul>",
    )
    _write(
        site,
        "o21.html",
        "O21 การจัดการทรัพย์สินของราชการ ของบริจาคและการจัดเก็บของกลาง",
        "<h4>1. แนวทางการจัดการทรัพย์สิน</h4><ul>"
        f"<li>{PDF_ICON}21.1. แนวปฏิบัติการยืมและการใช้ทรัพย์สินของราชการ เอกสารประกอบ</li>"
        f"<li>{PDF_ICON}21.2. การรับบริจาคและการจัดเก็บของกลาง เอกสารประกอบ</li></ul>",
    )
    _write(
        site,
        "o16.html",
        "O16 หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
        "<table><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>ดาวน์โหลด</th></tr>"
        "<tr><td>1</td><td>หลักเกณฑ์การสรรหาและแต่งตั้งบุคลากร ประจำปี 2568</td>"
        '<td><a href="#">ดาวน์โหลด</a></td></tr>'
        "<tr><td>2</td><td>หลักเกณฑ์การพัฒนาและการประเมินผลบุคลากร ประจำปี 2568</td>"
        '<td><a href="">ดาวน์โหลด</a></td></tr></table>',
    )
    items = _check(
        serve,
        settings,
        site,
        [
            ("O16", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "/o16.html"),
            ("O18", "นโยบายต่อต้านการรับสินบน", "/o18.html"),
            ("O21", "การจัดการทรัพย์สินของราชการ", "/o21.html"),
        ],
    )
    assert items["O21"]["status"] == "missing", items["O21"]["reasons"]
    assert items["O16"]["status"] in ("missing", "broken"), items["O16"]["reasons"]
    assert items["O18"]["status"] == "broken", items["O18"]["reasons"]
    assert "o18-2.pdf" in " ".join(r["en"] for r in items["O18"]["reasons"])


def test_a_shell_describing_the_item_or_its_criteria_publishes_nothing(
    serve, settings, site
) -> None:
    furniture = "<p>ผู้รับผิดชอบข้อมูล: ฝ่ายปกครอง · จำนวนผู้เข้าชม 308 ครั้ง</p>"
    empty = "<table><tr><th>ลำดับ</th><th>ชื่อเอกสาร</th><th>วันที่</th></tr>"
    empty += '<tr><td colspan="3">ไม่พบข้อมูล</td></tr></table>'
    _write(
        site,
        "o20.html",
        "O20 แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่",
        "<p>แสดงแนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่ในการอนุมัติ อนุญาต • ข้อมูลต้องประกอบด้วย"
        " ขั้นตอนและหลักเกณฑ์การใช้ดุลยพินิจ • ควรระบุผู้รับผิดชอบและระยะเวลาดำเนินการ</p>" + empty + furniture,
    )
    _write(
        site,
        "o21.html",
        "O21 การจัดการทรัพย์สินของราชการ ของบริจาคและการจัดเก็บของกลาง",
        "<p>แนวทางการจัดการทรัพย์สินของราชการ ของบริจาค และการจัดเก็บของกลางของสำนักงานเขต</p>"
        + empty
        + furniture,
    )
    _write(
        site,
        "o3.html",
        "O3 โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต",
        "<table><tr><th>โรงเรียน</th><th>ที่อยู่</th><th>โทรศัพท์</th></tr>"
        "<tr><td>โรงเรียนวัดบางบอน</td><td>ถนนเอกชัย แขวงบางบอน</td><td>0 2416 1234</td></tr>"
        "<tr><td>โรงเรียนวัดกำแพง</td><td>ถนนบางบอน 3 แขวงบางบอนใต้</td><td>0 2416 5678</td></tr>"
        "</table>" + furniture,
    )
    items = _check(
        serve,
        settings,
        site,
        [
            ("O3", "โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต", "/o3.html"),
            ("O20", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", "/o20.html"),
            ("O21", "การจัดการทรัพย์สินของราชการ", "/o21.html"),
        ],
    )
    assert items["O20"]["status"] == "missing", items["O20"]["reasons"]
    assert items["O21"]["status"] == "missing", items["O21"]["reasons"]
    assert items["O3"]["status"] == "pass", items["O3"]["reasons"]


def test_links_to_a_home_page_elsewhere_or_to_the_search_are_no_evidence(
    serve, settings, site
) -> None:
    _write(
        site,
        "search/index.html",
        "ค้นหา",
        "<p>ค้นหาข้อมูลภายในเว็บไซต์</p><p>กรุณาพิมพ์คำค้นหาแล้วกดปุ่มค้นหา (ต้องเปิดใช้งาน JavaScript)</p>",
    )
    items = _check(
        serve,
        settings,
        site,
        [
            ("O2", "นโยบายผู้ว่าราชการกรุงเทพมหานคร", "https://www.bangkok.go.th/"),
            ("O20", "แนวทางการปฏิบัติในการใช้ดุลยพินิจ", "/search/?q=ดุลยพินิจ"),
        ],
    )
    assert items["O2"]["status"] == "missing", (items["O2"]["reasons"], items["O2"]["evidence"])
    assert items["O20"]["status"] == "missing", items["O20"]["reasons"]


def test_a_blank_form_or_a_lecture_handout_is_not_the_districts_own(serve, settings, site) -> None:
    (site / "files").mkdir()
    (site / "files" / "o19.pdf").write_bytes(
        make_pdf(
            [
                [
                    "แบบประเมินความเสี่ยงต่อการรับสินบน",
                    "(ตัวอย่างแบบฟอร์ม สำหรับหน่วยงานเข้ารับการประเมิน ITA)",
                    "หน่วยงาน: สำนักงานเขต..........................  ปีงบประมาณ พ.ศ. ........",
                    "กระบวนงานที่ประเมิน ..............................................",
                    "ขั้นตอนที่ ๑ ระบุเหตุการณ์ความเสี่ยง ขั้นตอนที่ ๒ วิเคราะห์ระดับความเสี่ยง",
                    "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยง ........ เดือน",
                ]
            ]
        )
    )
    (site / "files" / "o11.pdf").write_bytes(
        make_pdf(
            [
                [
                    "รายการตรวจ (Checklist) เอกสารประกอบการพิจารณาการออกใบอนุญาตก่อสร้างอาคาร",
                    f"{DISTRICT} ปีงบประมาณ พ.ศ. ๒๕๖๘",
                    "ชื่อผู้ยื่นคำขอ ........................................",
                    "☐ สำเนาบัตรประจำตัวประชาชน ☐ สำเนาโฉนดที่ดิน ☐ แบบแปลนอาคาร",
                ]
            ]
        )
    )
    (site / "files" / "o20.pdf").write_bytes(
        make_pdf(
            [
                [
                    "สำนักงาน ก.ก. | เอกสารประกอบการบรรยาย ITA 2568",
                    "การเตรียมความพร้อมรับการประเมิน ITA",
                ],
                [
                    "ข้อ O20 แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่ คืออะไร?",
                    "หน่วยงานต้องจัดทำแนวทางของตนเอง สำหรับกระบวนงานที่เจ้าหน้าที่ต้องใช้ดุลยพินิจ",
                    "องค์ประกอบที่ผู้ประเมินจะตรวจ: ลงนามโดยผู้บริหารสูงสุดของหน่วยงาน ปีปัจจุบัน",
                ],
            ]
        )
    )
    items = _check(
        serve,
        settings,
        site,
        [
            ("O11", "รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต", "/files/o11.pdf"),
            ("O19", "การประเมินความเสี่ยงต่อการรับสินบน", "/files/o19.pdf"),
            ("O20", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", "/files/o20.pdf"),
        ],
    )
    assert items["O20"]["status"] == "missing", items["O20"]["reasons"]
    assert items["O19"]["status"] == "incomplete", items["O19"]["reasons"]
    assert "แบบฟอร์มเปล่า" in " ".join(r["th"] for r in items["O19"]["reasons"])
    assert items["O11"]["status"] == "pass", items["O11"]["reasons"]


def test_a_job_notice_does_not_keep_last_years_news_current(serve, settings, site) -> None:
    news = "".join(
        f"<li>{title}<br>{day}</li>"
        for title, day in [
            ("เขตบางบอนเร่งขุดลอกคลองรับมือฝนตกหนักปลายฤดู", "๒๗ ก.ย. ๒๕๖๗"),
            ("ตรวจสุขลักษณะร้านอาหารริมทางถนนเอกชัย", "๑๒ ก.ย. ๒๕๖๗"),
            ("กิจกรรมจิตอาสาพัฒนาชุมชนบางบอน", "๓๐ ส.ค. ๒๕๖๗"),
        ]
    )
    _write(
        site,
        "news.html",
        "ข่าวประชาสัมพันธ์ผลการดำเนินงาน",
        "<p>ประกาศ! รับสมัครลูกจ้างชั่วคราว ตำแหน่งพนักงานกวาดถนน 10 อัตรา</p>"
        "<p>รับสมัคร 1 - 9 พฤษภาคม 2568</p>"
        f"<ul>{news}</ul>",
    )
    items = _check(serve, settings, site, [("O4", "การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน", "/news.html")])
    assert items["O4"]["status"] == "stale", items["O4"]["reasons"]


DIVISIONS = [
    "ฝ่ายปกครอง",
    "ฝ่ายทะเบียน",
    "ฝ่ายเทศกิจ",
    "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล",
    "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม",
    "ฝ่ายการศึกษา",
    "ฝ่ายการคลัง",
    "ฝ่ายรายได้",
    "ฝ่ายโยธา",
    "ฝ่ายรักษาความสะอาดและสวนสาธารณะ",
]


def test_posts_promising_the_rest_later_are_not_complete(serve, settings, site) -> None:
    """A post publishing six divisions' manuals "the rest to follow", beside a news listing
    whose teasers name the other divisions; a post with the risk assessment that "will report
    the results later"."""
    (site / "files").mkdir()
    manuals = ""
    for n, division in enumerate(DIVISIONS[:6]):
        (site / "files" / f"manual-{n}.pdf").write_bytes(
            make_pdf([[f"คู่มือการปฏิบัติงาน {division}", f"{DISTRICT} ปีงบประมาณ พ.ศ. ๒๕๖๘"]])
        )
        manuals += f'<li><a href="/files/manual-{n}.pdf">คู่มือการปฏิบัติงาน {division}</a></li>'
    _write(
        site,
        "news/11/index.html",
        "เผยแพร่คู่มือการปฏิบัติงานของฝ่ายต่าง ๆ ประจำปี 2568",
        "<p>โพสต์เมื่อ 20 ม.ค. 2568 · โดย ฝ่ายปกครอง</p>"
        f"<p>{DISTRICT}เผยแพร่คู่มือการปฏิบัติงานของฝ่ายต่าง ๆ ดาวน์โหลดได้ตามรายการด้านล่าง</p>"
        "<p>สำหรับคู่มือการปฏิบัติงานของฝ่ายการคลัง ฝ่ายรายได้ ฝ่ายโยธา และฝ่ายรักษาความสะอาดและ"
        "สวนสาธารณะ อยู่ระหว่างการปรับปรุง จะเผยแพร่ให้ทราบในโอกาสต่อไป</p>"
        f"<ul>{manuals}</ul>",
    )
    teasers = "".join(
        f"<h3>{division}ลงพื้นที่ตรวจความเรียบร้อยในชุมชน</h3><p>{day} ข่าวกิจกรรม</p>"
        f'<p>{division} {DISTRICT} ร่วมกับชุมชนจัดกิจกรรม</p><a href="/news/11/">อ่านต่อ »</a>'
        for division, day in zip(
            DIVISIONS[6:],
            ["๒ มิ.ย. ๒๕๖๘", "๒๘ พ.ค. ๒๕๖๘", "๒๐ พ.ค. ๒๕๖๘", "๑ พ.ค. ๒๕๖๘"],
            strict=True,
        )
    )
    _write(site, "news/index.html", "ข่าวกิจกรรม", teasers + '<a href="/news/11/">คู่มือการปฏิบัติงาน</a>')
    _write(
        site,
        "structure.html",
        "โครงสร้างหน่วยงาน",
        "<ul>" + "".join(f"<li>{d}</li>" for d in DIVISIONS) + "</ul>",
    )
    (site / "files" / "risk.pdf").write_bytes(
        make_pdf(
            [
                [
                    "ผลการประเมินความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
                    DISTRICT,
                    "กระบวนงานการอนุญาตก่อสร้างอาคาร ระดับความเสี่ยงสูง มาตรการควบคุม ตรวจสอบสองชั้น",
                ]
            ]
        )
    )
    _write(
        site,
        "news/12/index.html",
        "ผลการประเมินความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. 2568",
        "<p>โพสต์เมื่อ 18 ธันวาคม 2567 · โดย ฝ่ายปกครอง</p>"
        f"<p>{DISTRICT}ดำเนินการประเมินความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. 2568"
        " พบความเสี่ยงระดับสูง 3 กระบวนงาน และกำหนดมาตรการควบคุมความเสี่ยงแล้ว</p>"
        "<p>ทั้งนี้ จะรายงานผลการดำเนินการตามมาตรการจัดการความเสี่ยงให้ทราบต่อไป</p>"
        '<p><a href="/files/risk.pdf">ผลการประเมินความเสี่ยงต่อการรับสินบน 2568.pdf</a></p>',
    )
    (site / "index.html").write_text(
        _page("หน้าแรก", '<a href="/structure.html">โครงสร้างหน่วยงาน</a> <a href="/news/">ข่าว</a>'),
        encoding="utf-8",
    )
    items = _check(
        serve,
        settings,
        site,
        [
            ("O6", "คู่มือการปฏิบัติหน้าที่", "/news/11/"),
            ("O19", "การประเมินความเสี่ยงต่อการรับสินบน", "/news/12/"),
        ],
    )
    assert items["O6"]["status"] == "incomplete", items["O6"]["reasons"]
    assert items["O19"]["status"] == "incomplete", items["O19"]["reasons"]
