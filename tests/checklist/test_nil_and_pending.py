"""What looks published and is not (classes met on held-out blind set 12 and set 11):

- the city's (BMA-wide) action plan or complaint statistics in the district's place: not the
  district's own, while the Governor's policy item takes the city's documents;
- a listing of manuals whose rows say "อยู่ระหว่างดำเนินการ" where other rows link a file;
  a heading over a table of columns with no rows; a link naming the subsidy data that opens
  a page saying "ไม่มีข้อมูล"; a report PDF holding only its title;
- an item's page restating the criteria ("หน่วยงานแสดง… อย่างน้อย…"), or saying in prose that
  the report "กำลังจัดทำ… และจะเผยแพร่ภายหลัง" while a generic link ("รายละเอียด") in the same
  paragraph sends the reader to another item's page; a Q&A board closed for maintenance;
- a report item whose documents are the year's plan and the ordinance;
- and the converse: a current plan on the second page of a listing sorted oldest first is
  found.

Each site is served over real HTTP on 127.0.0.1, crawled and checked.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.checklist.sitekit import DISTRICT, SiteKit

FY2568 = date(2025, 5, 15)
FY2565 = date(2022, 5, 20)

OWN_REPORT_2567 = [
    "รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
    DISTRICT,
    "ผลการดำเนินงานตามแผนปฏิบัติราชการ ๓๒ โครงการ แล้วเสร็จ ๒๙ โครงการ",
    "ใช้งบประมาณ ๔๕,๒๐๐,๐๐๐ บาท ปัญหาอุปสรรค การเบิกจ่ายล่าช้า",
]
CITY_PLAN_2568 = [
    "สำนักยุทธศาสตร์และประเมินผล กรุงเทพมหานคร",
    "แผนปฏิบัติราชการกรุงเทพมหานคร",
    "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
    "ถ่ายทอดนโยบายผู้ว่าราชการกรุงเทพมหานคร ลงสู่สำนัก ๑๖ หน่วยงาน และสำนักงานเขต ๕๐ เขต",
    "ให้สำนักงานเขตแต่ละแห่งนำแผนนี้ไปจัดทำแผนปฏิบัติราชการประจำปีของสำนักงานเขต",
    "มิติ ตัวชี้วัด ค่าเป้าหมาย หน่วยงานหลัก",
    "มหานครปลอดภัย ร้อยละของจุดเสี่ยงที่ได้รับการแก้ไข ร้อยละ ๘๐ สำนักงานเขต",
]


@pytest.fixture
def kit(tmp_path: Path) -> SiteKit:
    return SiteKit(tmp_path / "site", "bma-2567", FY2568)


@pytest.fixture
def kit2564(tmp_path: Path) -> SiteKit:
    return SiteKit(tmp_path / "site", "bma-2564", FY2565)


def test_the_citys_plan_is_not_the_districts_but_serves_the_governors_item(
    serve, settings, kit
) -> None:
    plan = kit.pdf("files/bma-plan-2568.pdf", [CITY_PLAN_2568])
    report = kit.pdf("files/report-2567.pdf", [OWN_REPORT_2567])
    kit.page(
        "o5.html",
        "แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี",
        f'<ul><li><a href="{plan}">แผนปฏิบัติราชการ ประจำปี ๒๕๖๘</a></li>'
        f'<li><a href="{report}">รายงานผลการปฏิบัติราชการ ประจำปี ๒๕๖๗</a></li></ul>',
    )
    kit.page(
        "o2.html",
        "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนพัฒนากรุงเทพมหานคร",
        f'<p><a href="{plan}">แผนปฏิบัติราชการกรุงเทพมหานคร ประจำปี ๒๕๖๘</a></p>',
    )
    items = kit.check(
        serve,
        settings,
        [
            ("O2", "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้อง", "/o2.html"),
            ("O5", "แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี", "/o5.html"),
        ],
    )
    assert items["O5"]["status"] == "incomplete", items["O5"]["reasons"]
    assert any("city" in r["en"] for r in items["O5"]["reasons"]), items["O5"]["reasons"]
    assert items["O2"]["status"] == "pass", items["O2"]["reasons"]


def test_listing_rows_waiting_for_their_manual_are_no_manual(serve, settings, kit) -> None:
    divisions = [
        "ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายรายได้", "ฝ่ายการคลัง", "ฝ่ายโยธา",
        "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "ฝ่ายเทศกิจ",
        "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "ฝ่ายการศึกษา",
    ]  # fmt: skip
    rows = []
    for n, division in enumerate(divisions, 1):
        if n in (2, 3, 4):
            href = kit.pdf(
                f"files/manual-{n}.pdf",
                [[f"คู่มือการปฏิบัติงาน {division} {DISTRICT}", "ขั้นตอน รายละเอียด ระยะเวลา"]],
            )
            cell = f'<a href="{href}">เปิดเอกสาร</a>'
        else:
            cell = "อยู่ระหว่างดำเนินการ"
        rows.append(f"<tr><td>{n}</td><td>{division}</td><td>{cell}</td></tr>")
    kit.page(
        "o6.html",
        "คู่มือการปฏิบัติหน้าที่",
        "<table><tr><th>ลำดับ</th><th>ฝ่าย</th><th>คู่มือ</th></tr>" + "".join(rows) + "</table>",
    )
    items = kit.check(serve, settings, [("O6", "คู่มือการปฏิบัติหน้าที่", "/o6.html")])
    assert items["O6"]["status"] == "incomplete", items["O6"]["reasons"]


def test_empty_report_table_and_subsidy_link_to_no_data_are_not_published(
    serve, settings, kit
) -> None:
    plan = kit.pdf(
        "files/spending-plan-2568.pdf",
        [
            [
                "แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
                DISTRICT,
                "งบบุคลากร ๔๑,๒๕๐,๐๐๐ ไตรมาส ๑ ๑๐,๓๑๒,๕๐๐ ไตรมาส ๒ ๑๐,๓๑๒,๕๐๐",
            ]
        ],
    )
    kit.page(
        "o13.html",
        "แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายงบประมาณประจำปี",
        f'<h2>แผนการใช้จ่ายงบประมาณ</h2><p><a href="{plan}">แผนการใช้จ่ายงบประมาณ ๒๕๖๘</a></p>'
        "<h2>รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๗</h2>"
        "<table><tr><th>ประเภทงบ</th><th>งบประมาณที่ได้รับ (บาท)</th><th>เบิกจ่ายจริง (บาท)</th>"
        "<th>คงเหลือ (บาท)</th></tr></table>",
    )
    kit.page(
        "subsidy.html",
        "ข้อมูลเงินอุดหนุนชุมชน ปีงบประมาณ พ.ศ. ๒๕๖๘",
        "<table><tr><th>ลำดับ</th><th>ชื่อชุมชน</th><th>จำนวนเงินอุดหนุน (บาท)</th></tr>"
        '<tr><td colspan="3">ไม่มีข้อมูล</td></tr></table>',
    )
    ordinance = kit.pdf(
        "files/ordinance-2568.pdf",
        [
            [
                "ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
                f"(เฉพาะส่วนของ{DISTRICT})",
                "แผนงานบริหารทั่วไป ๒๘,๓๐๐,๐๐๐ บาท แผนงานรักษาความสะอาด ๑๙,๘๔๐,๐๐๐ บาท",
            ]
        ],
    )
    kit.page(
        "o14.html",
        "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ และข้อมูลเงินอุดหนุนชุมชน",
        "<h2>ข้อมูลงบประมาณ ปีงบประมาณ พ.ศ. ๒๕๖๘</h2>"
        "<table><tr><th>ประเภทงบ</th><th>งบประมาณที่ได้รับ (บาท)</th></tr>"
        "<tr><td>งบบุคลากร</td><td>๔๑,๒๕๐,๐๐๐</td></tr>"
        "<tr><td>งบดำเนินงาน</td><td>๑๘,๖๔๐,๐๐๐</td></tr></table>"
        f'<h2>ข้อบัญญัติงบประมาณ</h2><p><a href="{ordinance}">ข้อบัญญัติงบประมาณ ๒๕๖๘</a></p>'
        '<h2>ข้อมูลเงินอุดหนุนชุมชน</h2><p><a href="/subsidy.html">'
        "ข้อมูลเงินอุดหนุนชุมชน ปีงบประมาณ พ.ศ. ๒๕๖๘</a></p>",
    )
    items = kit.check(
        serve,
        settings,
        [
            ("O13", "แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายงบประมาณ", "/o13.html"),
            ("O14", "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ ข้อมูลเงินอุดหนุนชุมชน", "/o14.html"),
        ],
    )
    assert items["O13"]["status"] == "incomplete", items["O13"]["reasons"]
    assert items["O13"]["elements_missing"] == ["annual_report"]
    assert items["O14"]["status"] == "incomplete", items["O14"]["reasons"]
    assert items["O14"]["elements_missing"] == ["community_subsidy"]


def test_a_report_holding_only_its_title_is_no_report(serve, settings, kit) -> None:
    risk = kit.pdf(
        "files/bribery-risk-2568.pdf",
        [
            [
                "การประเมินความเสี่ยงต่อการรับสินบน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
                DISTRICT,
                "กระบวนงาน โอกาส ผลกระทบ ระดับความเสี่ยง มาตรการควบคุม",
                "การออกใบอนุญาตก่อสร้าง ๓ ๔ สูง เปิดเผยสถานะคำขอทางออนไลน์",
            ]
        ],
    )
    report = kit.pdf(
        "files/bribery-risk-report-2568.pdf",
        [
            [
                "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน",
                "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
            ]
        ],
    )
    kit.page(
        "o19.html",
        "การประเมินความเสี่ยงต่อการรับสินบนและการรายงานผลการดำเนินการ",
        f'<p><a href="{risk}">การประเมินความเสี่ยงต่อการรับสินบน ๒๕๖๘</a></p>'
        f'<p><a href="{report}">รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน ๒๕๖๘</a></p>',
    )
    items = kit.check(serve, settings, [("O19", "การประเมินความเสี่ยงต่อการรับสินบน", "/o19.html")])
    assert items["O19"]["status"] == "incomplete", items["O19"]["reasons"]


def test_a_page_restating_the_criteria_publishes_nothing(serve, settings, kit) -> None:
    kit.page(
        "o20.html",
        "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่",
        "<p>หน่วยงานแสดงแนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่ในการปฏิบัติหน้าที่"
        " ที่มีข้อมูลรายละเอียดอย่างน้อย ดังนี้</p><ul><li>กระบวนงานที่ต้องใช้ดุลยพินิจ</li>"
        "<li>หลักเกณฑ์ เงื่อนไข และขอบเขตการใช้ดุลยพินิจ</li><li>ผู้มีอำนาจในการใช้ดุลยพินิจ</li>"
        "</ul><p>ผู้รับผิดชอบ: ฝ่ายปกครอง</p>",
    )
    items = kit.check(
        serve, settings, [("O20", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", "/o20.html")]
    )
    assert items["O20"]["status"] == "missing", items["O20"]["reasons"]


def test_prose_saying_the_report_comes_later_leaves_it_missing(serve, settings, kit2564) -> None:
    kit = kit2564
    plan = kit.pdf(
        "doc/doc_0521.pdf",
        [
            [
                "แผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๕",
                DISTRICT,
                "ระยะเวลา ๑ ตุลาคม ๒๕๖๔ - ๓๐ กันยายน ๒๕๖๕",
                "โครงการปรับปรุงไฟฟ้าส่องสว่างในซอย งบประมาณ ๘๕๐,๐๐๐ บาท ระยะเวลา ธ.ค. ๖๔ - มี.ค. ๖๕ ฝ่ายโยธา",
            ]
        ],
    )
    kit.page(
        "info/1010.html",
        "O10 แผนดำเนินงานประจำปี",
        "<p>สำนักงานเขตได้จัดทำแผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๕ ซึ่งผู้อำนวยการเขตลงนามเห็นชอบแล้ว"
        f' ท่านสามารถดาวน์โหลดแผนปฏิบัติราชการฉบับเต็มได้ที่ <a href="{plan}">คลิกที่นี่</a></p>',
    )
    kit.page(
        "info/1011.html",
        "O11 รายงานการกำกับติดตามการดำเนินงาน",
        "<p>ในส่วนนี้ ฝ่ายปกครองขออธิบายรายละเอียดของตัวชี้วัด ข้อรายงานการกำกับติดตามการดำเนินงานประจำปี"
        " เป็นการรายงานความก้าวหน้าของการดำเนินงานตามแผนปฏิบัติราชการในรอบ ๖ เดือนแรกของปีงบประมาณ"
        " ซึ่งต้องประกอบด้วยความก้าวหน้าของแต่ละโครงการ งบประมาณที่ใช้ ปัญหาอุปสรรค และข้อเสนอแนะ</p>"
        "<p>ขณะนี้ฝ่ายปกครองกำลังจัดทำรายงานดังกล่าว และจะเผยแพร่ภายหลังเมื่อผู้อำนวยการเขตลงนามแล้ว"
        " ในระหว่างนี้ท่านสามารถดูแผนปฏิบัติราชการประจำปีได้จาก"
        ' <a href="/info/1010.html">รายละเอียด</a></p>',
    )
    items = kit.check(
        serve,
        settings,
        [
            ("O10", "แผนปฏิบัติราชการประจำปี", "/info/1010.html"),
            ("O11", "รายงานการกำกับติดตามการดำเนินงาน", "/info/1011.html"),
        ],
    )
    assert items["O11"]["status"] == "missing", items["O11"]["reasons"]
    assert items["O10"]["status"] == "pass", items["O10"]["reasons"]


def test_a_closed_qa_board_is_no_qa(serve, settings, kit2564) -> None:
    kit = kit2564
    kit.page(
        "webboard/index.html",
        "กระดานถาม-ตอบ",
        "<p>ขออภัย ระบบกระดานถาม-ตอบปิดปรับปรุงชั่วคราวเพื่อย้ายเครื่องแม่ข่าย ตั้งแต่วันที่ ๑ กันยายน"
        " ๒๕๖๔ จะเปิดให้บริการอีกครั้งภายหลัง</p>",
    )
    kit.page(
        "o8.html",
        "Q&A ถาม-ตอบ",
        "<p>ช่องทางถาม-ตอบ ระบบอยู่ระหว่างการย้ายไปยังเครื่องแม่ข่ายใหม่ การตั้งคำถามใหม่"
        ' จะเปิดให้บริการอีกครั้งภายหลัง <a href="/webboard/">กระดานถาม-ตอบ</a></p>',
    )
    items = kit.check(serve, settings, [("O8", "Q&A", "/o8.html")])
    assert items["O8"]["status"] == "missing", items["O8"]["reasons"]


def test_an_open_qa_board_with_answers_passes(serve, settings, kit2564) -> None:
    kit = kit2564
    kit.page(
        "o8.html",
        "ถาม-ตอบ (Q&A)",
        "<form><label>ชื่อ</label><input name=n><label>คำถาม</label><textarea></textarea>"
        "<button>ส่งคำถาม</button></form>"
        "<p>ถาม: ขอทำบัตรประชาชนวันเสาร์ได้หรือไม่ (๑๒ เม.ย. ๖๕)</p>"
        "<p>ตอบ: ฝ่ายทะเบียนเปิดให้บริการวันเสาร์ ๐๘.๐๐-๑๖.๐๐ น. (๑๓ เม.ย. ๖๕)</p>",
    )
    items = kit.check(serve, settings, [("O8", "Q&A", "/o8.html")])
    assert items["O8"]["status"] == "pass", items["O8"]["reasons"]


def test_a_report_item_holding_the_plan_and_the_ordinance_is_missing(
    serve, settings, kit2564
) -> None:
    kit = kit2564
    plan = kit.pdf(
        "files/budget-plan-2565.pdf",
        [
            [
                "แผนการใช้จ่ายงบประมาณประจำปี พ.ศ. 2565",
                f"{DISTRICT} กรุงเทพมหานคร",
                "หมวดรายจ่าย งบประมาณ ไตรมาส 1 ไตรมาส 2 ไตรมาส 3 ไตรมาส 4",
                "เงินเดือนและค่าจ้างประจำ 112,540,000 28,135,000 28,135,000 28,135,000",
            ]
        ],
    )
    ordinance = kit.pdf(
        "files/ordinance-2565.pdf",
        [
            [
                "ข้อบัญญัติงบประมาณรายจ่ายประจำปี พ.ศ. 2565",
                f"(เฉพาะส่วนของ{DISTRICT})",
                "ได้รับงบประมาณรายจ่าย รวมทั้งสิ้น 187,426,300 บาท",
            ]
        ],
    )
    kit.page(
        "o19.html",
        "O19 รายงานการกำกับติดตามการใช้จ่ายงบประมาณ",
        "<h2>รายงานความก้าวหน้าการใช้จ่ายงบประมาณประจำปี</h2><table>"
        f'<tr><td>1</td><td>แผนการใช้จ่ายงบประมาณประจำปี พ.ศ. 2565</td><td><a href="{plan}">'
        "ดาวน์โหลด</a></td></tr>"
        f"<tr><td>2</td><td>ข้อบัญญัติงบประมาณรายจ่ายประจำปี พ.ศ. 2565</td>"
        f'<td><a href="{ordinance}">ดาวน์โหลด</a></td></tr></table>',
    )
    items = kit.check(serve, settings, [("O19", "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ", "/o19.html")])
    assert items["O19"]["status"] == "missing", items["O19"]["reasons"]


def test_the_current_plan_on_a_listings_second_page_is_found(serve, settings, kit) -> None:
    def entry(n: int, title: str, lines: list[str]) -> str:
        href = kit.pdf(f"files/doc-{n}.pdf", [[title, DISTRICT, *lines]])
        kit.page(
            f"library/doc/{n}/index.html",
            title,
            f'<p>หมวดหมู่: แผนปฏิบัติราชการและรายงานผล</p><p><a href="{href}">ดาวน์โหลดเอกสาร (PDF)</a></p>',
        )
        return f'<li><a href="/library/doc/{n}/">{title}</a></li>'

    projects = ["โครงการเพิ่มแสงสว่างในพื้นที่เสี่ยง ๓,๒๐๐,๐๐๐ บาท ฝ่ายโยธา"]
    first = "".join(
        entry(n, f"{kind}ประจำปีงบประมาณ พ.ศ. {year}", lines)
        for n, (kind, year, lines) in enumerate(
            [
                ("แผนปฏิบัติราชการ", "๒๕๖๕", projects),
                ("รายงานผลการปฏิบัติราชการ", "๒๕๖๔", OWN_REPORT_2567[2:]),
                ("แผนปฏิบัติราชการ", "๒๕๖๖", projects),
                ("รายงานผลการปฏิบัติราชการ", "๒๕๖๕", OWN_REPORT_2567[2:]),
                ("แผนปฏิบัติราชการ", "๒๕๖๗", projects),
                ("รายงานผลการปฏิบัติราชการ", "๒๕๖๖", OWN_REPORT_2567[2:]),
            ],
            1,
        )
    )
    second = entry(7, "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๘", projects)
    second += entry(8, "รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗", OWN_REPORT_2567[2:])
    kit.page(
        "library/cat/plan/index.html",
        "แผนปฏิบัติราชการและรายงานผล",
        f"<p>เรียงตาม: วันที่เผยแพร่ (เก่า → ใหม่)</p><ul>{first}</ul>"
        '<p>หน้า: ๑ <a href="/library/cat/plan/page/2/">๒</a>'
        ' <a href="/library/cat/plan/page/2/">ถัดไป »</a></p>',
    )
    kit.page(
        "library/cat/plan/page/2/index.html",
        "แผนปฏิบัติราชการและรายงานผล หน้า 2",
        f'<ul>{second}</ul><p>หน้า: <a href="/library/cat/plan/">๑</a> ๒</p>',
    )
    items = kit.check(
        serve,
        settings,
        [("O5", "แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี", "/library/cat/plan/")],
    )
    assert items["O5"]["status"] == "pass", items["O5"]["reasons"]
