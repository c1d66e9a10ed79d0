"""Verdicts on evidence published in open formats and archives, crawled over real HTTP:

- a quarter's ZIP of monthly forms ("ไตรมาส 2 (ม.ค. – มี.ค.)") holding January and March only:
  February is a hole in the series (incomplete), the words naming the ZIP do not cover it;
- items that exist only inside a ZIP (the HR documents) are found there, each member a
  document of its own;
- a truncated ZIP is a broken link, as it is for a person, with why;
- statistics of this fiscal year stopping after the first quarter when six months are due
  (a cp874 CSV): incomplete, not stale;
- executives listed person by person with a phone under the director and none under the
  assistants: the contact element is missing; one office contact after everyone is no one's.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from checklist import check_site
from checklist.elements import element_present, people_without
from checklist.evidence import Bundle
from checklist.snapshot import Doc
from oitwatch.demo.documents import make_pdf, make_xlsx
from oitwatch.devserver import SiteServer
from oitwatch.settings import Settings
from rules import load_framework
from tests.crawler.sites import make_png
from tests.crawler.test_open_formats import _zip, make_ods, make_odt

SITE = "สำนักงานเขตทดสอบ"
AS_OF = date(2025, 6, 30)  # FY2568: May's summary due by 10 June, the six-month report by 30 April


def _html(title: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{title}</title>'
        f"</head><body><h1>{title}</h1>{body}</body></html>"
    )


def _monthly(month: str) -> bytes:
    return make_xlsx(
        {
            "สขร.1": [
                [f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {month} (แบบ สขร.1)"],
                ["ลำดับ", "งานจัดซื้อจัดจ้าง", "วงเงิน", "ผู้ได้รับการคัดเลือก", "เหตุผล"],
                [1, "จัดซื้อวัสดุสำนักงาน", 12000, "ร้านทดสอบ", "ราคาต่ำสุด"],
            ]
        }
    )


def _monthly_pdf(month: str) -> bytes:
    return make_pdf(
        [
            [
                f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {month} (แบบ สขร.1)",
                "ลำดับ งานจัดซื้อจัดจ้าง วงเงิน ผู้ได้รับการคัดเลือก เหตุผล",
                "1 จัดซื้อวัสดุสำนักงาน 12,000 ร้านทดสอบ ราคาต่ำสุด",
            ]
        ]
    )


HR = _zip(
    [
        (
            "02_การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล_2568.ods",
            make_ods(
                {
                    "การดำเนินการ": [
                        ["การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568"],
                        ["กิจกรรม", "ผลการดำเนินการ"],
                        ["อบรมพัฒนาบุคลากร", "ดำเนินการแล้ว 3 รุ่น"],
                    ]
                }
            ),
        ),
        (
            "03_หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล.odt",
            make_odt(
                "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล สำนักงานเขตทดสอบ",
                [
                    "หลักเกณฑ์การสรรหาและคัดเลือกบุคลากร",
                    "หลักเกณฑ์การประเมินผลการปฏิบัติงาน",
                    "หลักเกณฑ์การพัฒนาบุคลากร",
                    "หลักเกณฑ์การให้คุณให้โทษและการสร้างขวัญกำลังใจ",
                ],
            ),
        ),
    ]
)
Q1 = _zip(
    [(f"สขร1_{m}.pdf", _monthly_pdf(m)) for m in ("ตุลาคม 2567", "พฤศจิกายน 2567", "ธันวาคม 2567")]
)
Q2 = _zip([(f"สขร1_{m}.xlsx", _monthly(m)) for m in ("มกราคม 2568", "มีนาคม 2568")])
SPENDING = _zip(
    [("รายงานการใช้จ่ายงบประมาณ_6เดือน.odt", make_odt("รายงานรอบ 6 เดือน 2568", ["ผลการใช้จ่าย"]))]
)
COMPLAINTS = (
    "สถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ พ.ศ. 2568\r\n"
    "เดือน,จำนวนเรื่องที่รับ,ดำเนินการแล้วเสร็จ\r\n"
    "ตุลาคม 2567,0,0\r\nพฤศจิกายน 2567,1,1\r\nธันวาคม 2567,0,0\r\n"
).encode("cp874")
PEOPLE = (
    '<div><img src="/img/p1.png" alt="ผู้อำนวยการเขต"><br><b>นายสมชาย ใจดี</b><br>'
    "ผู้อำนวยการเขตทดสอบ<br>โทร. 0 2123 4567<br>อีเมล test@bangkok.go.th</div>"
    '<div><img src="/img/p2.png" alt="ผู้ช่วย"><br><b>นางสาวสมศรี ดีงาม</b><br>'
    "ผู้ช่วยผู้อำนวยการเขตทดสอบ</div>"
    '<div><img src="/img/p3.png" alt="ผู้ช่วย"><br><b>นายสมศักดิ์ มั่นคง</b><br>'
    "ผู้ช่วยผู้อำนวยการเขตทดสอบ</div>"
)


@pytest.fixture(scope="module")
def items(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    root = tmp_path_factory.mktemp("openverdicts") / "site"
    files: dict[str, bytes | str] = {
        "index.html": _html(
            SITE,
            '<ul><li><a href="/executives.html">ทำเนียบผู้บริหาร</a></li>'
            '<li><a href="/procurement.html">สรุปผลการจัดซื้อจัดจ้างรายเดือน</a></li>'
            '<li><a href="/files/hr_2568.zip">เอกสารการบริหารทรัพยากรบุคคล (.zip)</a></li>'
            '<li><a href="/files/spending_6m_2568.zip">รายงานกำกับติดตามการใช้จ่ายงบประมาณ '
            "รอบ 6 เดือน (.zip)</a></li>"
            '<li><a href="/files/complaints_2568.csv">สถิติเรื่องร้องเรียนการทุจริต (.csv)</a></li>'
            "</ul>",
        ),
        "executives.html": _html("ทำเนียบผู้บริหารสำนักงานเขตทดสอบ", PEOPLE),
        "procurement.html": _html(
            "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปีงบประมาณ 2568",
            "<table>"
            '<tr><td>ไตรมาส 1 (ต.ค. – ธ.ค. 2567)</td><td><a href="/files/q1_2568.zip">สขร1_ไตรมาส1_2568.zip</a></td></tr>'
            '<tr><td>ไตรมาส 2 (ม.ค. – มี.ค. 2568)</td><td><a href="/files/q2_2568.zip">สขร1_ไตรมาส2_2568.zip</a></td></tr>'
            '<tr><td>เมษายน 2568</td><td><a href="/files/apr.xlsx">สขร1_เม.ย.68.xlsx</a></td></tr>'
            '<tr><td>พฤษภาคม 2568</td><td><a href="/files/may.xlsx">สขร1_พ.ค.68.xlsx</a></td></tr>'
            "</table>",
        ),
        "files/hr_2568.zip": HR,
        "files/q1_2568.zip": Q1,
        "files/q2_2568.zip": Q2,
        "files/apr.xlsx": _monthly("เมษายน 2568"),
        "files/may.xlsx": _monthly("พฤษภาคม 2568"),
        "files/spending_6m_2568.zip": SPENDING[: len(SPENDING) - 40],  # cut short: no directory
        "files/complaints_2568.csv": COMPLAINTS,
    }
    for n in (1, 2, 3):
        files[f"img/p{n}.png"] = make_png(f"ภาพผู้บริหาร {n}")
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode() if isinstance(data, str) else data)
    tmp = root.parent
    with SiteServer(root) as server:
        settings = Settings(
            data_dir=tmp / "data", delay=0, contact="t@x.invalid", allow_private="127.0.0.1"
        )
        result = check_site(
            settings, server.url("/"), framework="bma-2564", as_of=AS_OF, name_th=SITE
        )
        yield {it["code"]: it for it in result["items"]}


def _urls(item: dict) -> list[str]:
    return [e["url"] for e in item["evidence"]]


def test_a_quarter_zip_missing_a_month_is_a_hole_in_the_series(items: dict) -> None:
    o23 = items["O23"]
    assert o23["status"] == "incomplete", o23
    assert o23["months_missing"] == ["2025-02"]


def test_items_only_inside_a_zip_are_found_there(items: dict) -> None:
    for code in ("O26", "O27"):
        assert items[code]["status"] != "missing", items[code]
        assert any("#member=" in u for u in _urls(items[code])), items[code]


def test_a_truncated_zip_is_broken(items: dict) -> None:
    o19 = items["O19"]
    assert o19["status"] == "broken", o19
    assert any("truncated ZIP" in r["en"] for r in o19["reasons"]), o19


def test_statistics_stopping_after_the_first_quarter_are_incomplete(items: dict) -> None:
    o31 = items["O31"]
    assert o31["status"] == "incomplete", o31


def test_an_executive_without_a_contact_makes_the_contact_missing(items: dict) -> None:
    o2 = items["O2"]
    assert o2["status"] == "incomplete", o2
    contact = next(
        e
        for it in load_framework("bma-2564").items
        if it.code == "O2"
        for e in it.elements
        if e.key == "contact"
    )
    # the office's contact written once after everyone is no one's: nobody is flagged
    shared = Doc(
        "http://h/x.html",
        "http://h/x.html",
        "page",
        "ok",
        200,
        main_text="นายสมชาย ใจดี\nผู้อำนวยการเขตทดสอบ\nนางสาวสมศรี ดีงาม\n"
        "ผู้ช่วยผู้อำนวยการเขตทดสอบ\nติดต่อสำนักงานเขต โทร. 0 2123 4567",
    )
    assert people_without(contact, Bundle(candidates=[], docs=[shared])) == []
    assert element_present(contact, Bundle(candidates=[], docs=[shared]))
