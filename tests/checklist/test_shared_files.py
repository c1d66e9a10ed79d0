"""Files shared through a file host, combined reports and coarse scans (classes met on held-out
blind set 14: drive_links, combined_docs, scanned_mix):

- a row opening a file host's "you need access" page ("คุณต้องมีสิทธิ์เข้าถึง") -> ``broken``,
  and the measures document citing the item among the ITA result's zero-scored items
  ("ได้แก่ O๑๐ ข้อมูลสถิติการจัดเก็บรายได้ O๑๕ … O๑๙ …") is not the item's evidence;
- monthly summaries each behind a viewer page named for its month, February's file holding
  January's summary -> February is missing (``incomplete``);
- a month's summary that opens as a blank page -> ``broken``, naming the file;
- a report's chapter of headings over "-ไม่มี-" -> ``missing``; the same chapter with its
  criteria -> ``pass``;
- one manual bundle given for three items, a page of its first part opening on a field
  ("ภารกิจ: …") that shares words with the tax item, the first part listing a division "(อยู่
  ระหว่างจัดทำ)" -> that part's
  item is ``incomplete``, the other two parts' items ``pass``;
- a progress report whose project row costs "๑,๘๕๐,๐๐๐" and is "อยู่ระหว่างจัดทำราคากลาง" -> a
  project's state, ``pass``;
- last year's complaint statistics linked from the complaints menu as "ข้อมูลเชิงสถิติเรื่อง
  ร้องเรียนการทุจริต" are the statistics item's (``stale``), not the channels item's (``pass``);
- the service statistics' row opening a section's list of plans and reports, every one another
  item's, its older entries behind a script's "โหลดเพิ่มเติม" -> ``missing``;
- the tracking system's page giving only phone extensions to ask at -> ``missing`` (the
  tracking system is the item itself), and with the BMA OSS link -> ``pass``.

Each site is served over real HTTP on 127.0.0.1, crawled and checked.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.checklist.sitekit import DISTRICT, SiteKit

FY2568 = date(2025, 6, 25)
MONTHS = [
    ("ต.ค.67", "ตุลาคม ๒๕๖๗"),
    ("พ.ย.67", "พฤศจิกายน ๒๕๖๗"),
    ("ธ.ค.67", "ธันวาคม ๒๕๖๗"),
    ("ม.ค.68", "มกราคม ๒๕๖๘"),
    ("ก.พ.68", "กุมภาพันธ์ ๒๕๖๘"),
    ("มี.ค.68", "มีนาคม ๒๕๖๘"),
    ("เม.ย.68", "เมษายน ๒๕๖๘"),
    ("พ.ค.68", "พฤษภาคม ๒๕๖๘"),
]


@pytest.fixture
def kit(tmp_path: Path) -> SiteKit:
    return SiteKit(tmp_path / "site", "bma-2567", FY2568)


def _viewer(kit: SiteKit, file_id: str, name: str, download: str | None) -> str:
    """A file host's viewer page: the file's name and its download button, or, with no
    ``download``, the host's "you need access" answer."""
    path = kit.root / "drive" / file_id / "view.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    if download is None:
        body = (
            "<title>Google ไดรฟ์ - คุณต้องมีสิทธิ์เข้าถึง</title><body><h1>คุณต้องมีสิทธิ์เข้าถึง</h1>"
            "<p>ขอสิทธิ์เข้าถึง หรือเปลี่ยนไปใช้บัญชีที่มีสิทธิ์เข้าถึง</p><button>ขอสิทธิ์เข้าถึง</button>"
        )
    else:
        body = (
            f"<title>{name} - Google ไดรฟ์</title><body><h1>{name}</h1>"
            f'<p>ประเภท: PDF · เจ้าของ: ฝ่ายการคลัง</p><a href="{download}">ดาวน์โหลด</a>'
        )
    path.write_text(f'<!doctype html><html><head><meta charset="utf-8">{body}</body></html>')
    return f"/drive/{file_id}/view.html"


def _summary(month: str) -> list[str]:
    return [
        "แบบ สขร.๑",
        f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {month}",
        DISTRICT,
        "ลำดับ งานที่ซื้อหรือจ้าง วงเงินหรือราคากลาง วิธีซื้อหรือจ้าง รายชื่อผู้เสนอราคาและราคาที่เสนอ",
        "ผู้ได้รับการคัดเลือกและราคาที่ตกลง เหตุผลที่คัดเลือกโดยสรุป เลขที่และวันที่ของสัญญาหรือข้อตกลง",
        "๑ ซื้อวัสดุสำนักงาน ๒๕,๐๐๐ เฉพาะเจาะจง หจก.รุ่งเรือง ๒๔,๕๐๐ หจก.รุ่งเรือง ๒๔,๕๐๐ ราคาต่ำสุด PO ๑/๒๕๖๘",
    ]


def test_a_file_hosts_access_page_is_a_dead_link_and_a_document_citing_the_item_is_not_it(
    serve, settings, kit
) -> None:
    measures = kit.pdf(
        "files/measures.pdf",
        [
            [
                "มาตรการในการยกระดับคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                f"{DISTRICT} ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
                "๑. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนนรวม ๘๙.๔๒ คะแนน",
                "ข้อที่ได้ ๐ คะแนน ได้แก่ O๑๐ ข้อมูลสถิติการจัดเก็บรายได้ (ไม่เป็นปัจจุบัน)",
                "O๑๕ สรุปผลการจัดซื้อจัดจ้างรายเดือน (ไม่ครบทุกเดือน) และ O๑๙ การประเมินความเสี่ยง",
                "๒. มาตรการ: เผยแพร่ข้อมูลให้เป็นปัจจุบันทุกเดือน ผู้รับผิดชอบ ฝ่ายการคลัง",
            ]
        ],
    )
    denied = _viewer(kit, "1WWBb7", "", None)
    items = kit.check(
        serve,
        settings,
        [
            ("O10", "ข้อมูลสถิติการจัดเก็บรายได้", denied),
            ("O22", "มาตรการในการยกระดับคุณธรรมและความโปร่งใส", measures),
        ],
    )
    assert items["O10"]["status"] == "broken"
    assert not any("measures" in e["url"] for e in items["O10"]["evidence"])


def test_a_months_viewer_whose_file_is_another_month_publishes_nothing_for_it(
    serve, settings, kit
) -> None:
    rows = []
    for n, (short, full) in enumerate(MONTHS):
        held = "มกราคม ๒๕๖๘" if short == "ก.พ.68" else full  # February's upload is January's
        pdf = kit.pdf(f"store/{n}.pdf", [_summary(held)])
        name = f"สขร.1 {short}.pdf"
        rows.append(f'<li><a href="{_viewer(kit, f"id{n}", name, pdf)}">📄 {name}</a></li>')
    folder = kit.page("folder.html", "ITA2568_O15 สขร.1 รายเดือน", f"<ul>{''.join(rows)}</ul>")
    items = kit.check(serve, settings, [("O15", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", folder)])
    assert items["O15"]["status"] == "incomplete"
    assert items["O15"]["months_missing"] == ["2025-02"]


def test_a_months_summary_that_opens_blank_is_broken(serve, settings, kit) -> None:
    rows = []
    for n, (short, full) in enumerate(MONTHS):
        lines = [] if short == "ธ.ค.67" else _summary(full)  # December: a blank page
        pdf = kit.pdf(f"files/skr-{n}.pdf", [lines])
        rows.append(f'<tr><td>{full}</td><td><a href="{pdf}">สขร.๑ {short} (PDF)</a></td></tr>')
    page = kit.page("monthly.html", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", f"<table>{''.join(rows)}</table>")
    items = kit.check(serve, settings, [("O15", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", page)])
    assert items["O15"]["status"] == "broken"
    assert items["O15"]["months_missing"] == ["2024-12"]
    assert any(
        "skr-2.pdf" in r["en"] and "nothing readable" in r["en"] for r in items["O15"]["reasons"]
    )


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (["-ไม่มี-"], "missing"),
        (
            [
                "การสรรหาและคัดเลือก: สอบแข่งขันตามประกาศ ก.ก. เปิดรับสมัครทางเว็บไซต์ของกรุงเทพมหานคร",
                "การแต่งตั้งและโยกย้าย: พิจารณาจากผลการปฏิบัติงานและความรู้ความสามารถ โดยคณะกรรมการ",
                "การพัฒนา: ข้าราชการทุกคนได้รับการอบรมอย่างน้อยปีละ ๒ หลักสูตร ตามแผนพัฒนารายบุคคล",
            ],
            "pass",
        ),
    ],
)
def test_a_chapter_of_headings_over_none_is_no_criteria(
    serve, settings, kit, body: list[str], status: str
) -> None:
    report = kit.pdf(
        "files/report.pdf",
        [
            [
                "บทที่ ๔",
                "การบริหารและพัฒนาทรัพยากรบุคคล",
                "๔.๑ หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
                *body,
                "๔.๒ ผลการบริหารและพัฒนาทรัพยากรบุคคล",
                *(body if status == "missing" else ["ข้าราชการ ๑๒๐ คน ผ่านการอบรม ๒๔๐ คนครั้ง"]),
            ]
        ],
    )
    items = kit.check(serve, settings, [("O16", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", report)])
    assert items["O16"]["status"] == status


DUTIES = [
    ("ฝ่ายปกครอง", "งานบริหารทั่วไป งานสารบรรณ งานเลือกตั้ง"),
    ("ฝ่ายรายได้", "งานจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ภาษีป้าย และรายได้อื่น"),
    ("ฝ่ายทะเบียน", "งานทะเบียนราษฎร งานบัตรประจำตัวประชาชน"),
]


def _duty(division: str, work: str) -> list[str]:
    return [
        f"คู่มือการปฏิบัติงาน {division}",
        f"ภารกิจ: {work}",
        "ขั้นตอนการปฏิบัติงาน: ๑. รับคำขอและตรวจสอบเอกสาร (๑ วัน) ๒. เสนอหัวหน้าฝ่ายพิจารณา (๑ วัน)",
        "๓. ดำเนินการตามคำขอและแจ้งผลให้ผู้ยื่นคำขอทราบ (๓ วัน) ตามระเบียบกรุงเทพมหานคร",
    ]


def test_a_manual_bundle_is_judged_part_by_part(serve, settings, kit) -> None:
    header = ["- {} -", "คู่มือฉบับรวมเล่ม " + DISTRICT]
    bundle = kit.pdf(
        "files/manuals.pdf",
        [
            ["คู่มือการปฏิบัติงาน และคู่มือการให้บริการประชาชน (ฉบับรวมเล่ม)", DISTRICT],
            [
                header[0].format("๑"),
                header[1],
                "ส่วนที่ ๑",
                "คู่มือการปฏิบัติหน้าที่ (รายฝ่าย)",
                *_duty(*DUTIES[0]),
                *_duty(*DUTIES[1])[:1],
            ],
            [  # the page opens on the division's field, carried on from the page before
                header[0].format("๒"),
                header[1],
                *_duty(*DUTIES[1])[1:],
                *_duty(*DUTIES[2]),
                "ฝ่ายเทศกิจ (อยู่ระหว่างจัดทำ)",
            ],
            [
                header[0].format("๓"),
                header[1],
                "ส่วนที่ ๒",
                "คู่มือการให้บริการประชาชน",
                "งานบริการ: การรับแจ้งการเกิด ณ ฝ่ายทะเบียน เปิดบริการวันจันทร์ - วันศุกร์ ๐๘.๓๐ - ๑๖.๓๐ น.",
                "ขั้นตอน: ยื่นคำร้องพร้อมหลักฐาน ระยะเวลา ๑๕ นาที ค่าธรรมเนียม ไม่มี",
                "เอกสารที่ต้องใช้: หนังสือรับรองการเกิด บัตรประจำตัวประชาชนของผู้แจ้ง",
                "ช่องทางร้องเรียน: ฝ่ายปกครอง โทร. ๐ ๒๔๕๑ ๐๐๐๐ หรือ BMA OSS",
            ],
            [
                header[0].format("๔"),
                header[1],
                "ส่วนที่ ๓",
                "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่",
                f"ประกาศ{DISTRICT} เรื่อง แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่",
                "๑. การพิจารณาออกใบอนุญาตให้ยึดหลักเกณฑ์ตามกฎหมายและระยะเวลาตามคู่มือสำหรับประชาชน",
                "๒. การใช้ดุลยพินิจต้องบันทึกเหตุผลเป็นลายลักษณ์อักษรและเสนอผู้บังคับบัญชาตามลำดับชั้น",
                "ประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๗",
                "(นายสมศักดิ์ ใจดี) ผู้อำนวยการเขตบางบอน",
            ],
        ],
    )
    items = kit.check(
        serve,
        settings,
        [
            ("O6", "คู่มือการปฏิบัติหน้าที่", bundle),
            ("O7", "คู่มือการให้บริการประชาชน", bundle),
            ("O20", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", bundle),
        ],
    )
    assert items["O6"]["status"] == "incomplete"
    assert items["O7"]["status"] == "pass"
    assert items["O20"]["status"] == "pass"


FY2565 = date(2022, 2, 10)


def test_a_projects_price_being_prepared_is_its_state(serve, settings, tmp_path) -> None:
    kit = SiteKit(tmp_path / "site", "bma-2564", FY2565)
    report = kit.pdf(
        "files/progress-q1.pdf",
        [
            [
                "รายงานการกำกับติดตามการดำเนินงานตามแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕",
                f"ไตรมาสที่ ๑ (ตุลาคม - ธันวาคม ๒๕๖๔) {DISTRICT}",
                "ลำดับ โครงการ งบประมาณ (บาท) เบิกจ่าย (บาท) ความก้าวหน้า (%) ผลการดำเนินงาน",
                "๑ ขุดลอกคูคลองและล้างท่อระบายน้ำ ๒,๔๐๐,๐๐๐ ๖๐๐,๐๐๐ ๒๕ ดำเนินการแล้ว ๔ สาย",
                "๒ ติดตั้งไฟฟ้าส่องสว่างซอยเพชรเกษม ๔๘ ๑,๘๕๐,๐๐๐ ๐ ๑๐ อยู่ระหว่างจัดทำราคากลาง",
                "ปัญหาอุปสรรค: ฝนตกต่อเนื่องทำให้งานขุดลอกล่าช้า",
            ]
        ],
    )
    items = kit.check(serve, settings, [("O11", "รายงานการกำกับติดตามการดำเนินงาน", report)])
    assert items["O11"]["status"] == "pass"


def test_last_years_statistics_in_the_complaints_menu_are_not_the_channels(
    serve, settings, tmp_path
) -> None:
    kit = SiteKit(tmp_path / "site", "bma-2564", FY2565)
    stats = kit.pdf(
        "files/complaint-stats-2564.pdf",
        [
            [
                "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
                f"{DISTRICT} ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ (๑ ตุลาคม ๒๕๖๓ - ๓๐ กันยายน ๒๕๖๔)",
                "เดือน จำนวนเรื่อง ดำเนินการแล้วเสร็จ อยู่ระหว่างดำเนินการ",
                "ตุลาคม ๒๕๖๓ ๑ ๑ ๐ พฤศจิกายน ๒๕๖๓ ๐ ๐ ๐ ธันวาคม ๒๕๖๓ ๒ ๒ ๐",
            ]
        ],
    )
    channels = kit.page(
        "complaint/channels.html",
        "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
        f"<p>ท่านสามารถแจ้งเรื่องร้องเรียนการทุจริตของเจ้าหน้าที่{DISTRICT}ได้ทางช่องทางต่อไปนี้</p>"
        "<ul><li>ยื่นหนังสือด้วยตนเอง ณ ฝ่ายปกครอง ชั้น ๒</li><li>ทางไปรษณีย์ ถึง ผู้อำนวยการเขต</li>"
        "<li>โทรศัพท์ ๐ ๒๔๕๑ ๐๐๐๐ หรือสายด่วน ๑๕๕๕</li><li>E-mail: bangbon@bangkok.go.th</li></ul>",
    )
    kit.page(
        "complaint/index.html",
        "ร้องเรียนการทุจริต",
        f'<ul><li><a href="{channels}">ช่องทางแจ้งเรื่องร้องเรียนการทุจริต</a></li>'
        f'<li><a href="{stats}">ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต</a></li></ul>',
    )
    rows = [
        ("O30", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต", channels),
        ("O31", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต", stats),
    ]
    kit.page(  # the index's rows name the items beside links that say only "คลิก"
        "ita.html",
        "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๔",
        "<table>"
        + "".join(
            f'<tr><td>{c}</td><td>{t}</td><td><a href="{h}">คลิก</a></td></tr>' for c, t, h in rows
        )
        + "</table>",
    )
    kit.page(
        "index.html",
        "หน้าแรก",
        '<p><a href="/ita.html">ITA</a> <a href="/complaint/index.html">ร้องเรียนการทุจริต</a></p>',
    )
    items = kit.check(serve, settings, [])
    assert items["O30"]["status"] == "pass"
    assert items["O31"]["status"] == "stale"


def test_a_list_of_other_items_documents_is_not_the_item(serve, settings, tmp_path) -> None:
    kit = SiteKit(tmp_path / "site", "bma-2564", FY2565)
    docs = {
        "plan": "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๕",
        "spending": "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕",
        "annual": "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
        "monitor": "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ (ต.ค. ๖๔ - ก.พ. ๖๕)",
    }
    rows = []
    for name, title in docs.items():
        pdf = kit.pdf(
            f"files/{name}.pdf", [[title, DISTRICT, "รายละเอียดตามตารางแนบท้าย ๑๒ โครงการ"]]
        )
        kit.page(f"{name}.html", title, f'<p><a href="{pdf}">{title}</a></p>')
        rows.append(f'<li><time>๑ ธ.ค. ๒๕๖๔</time> <a href="{pdf}">{title}</a> PDF</li>')
    listing = kit.page(
        "docs/plan.html",
        "แผนงานและรายงาน",
        "<p>เอกสารแผนงาน งบประมาณ และรายงานผลของสำนักงานเขต เรียงจากล่าสุด</p>"
        f"<ul>{''.join(rows)}</ul>"
        '<button onclick="more()">โหลดเพิ่มเติม</button>',
    )
    index = [
        ("O10", "แผนปฏิบัติราชการประจำปี", "/plan.html"),
        ("O12", "รายงานผลการดำเนินงานประจำปี", "/annual.html"),
        ("O15", "ข้อมูลเชิงสถิติการให้บริการ", listing),
        ("O18", "แผนการใช้จ่ายงบประมาณประจำปี", "/spending.html"),
        ("O19", "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ", "/monitor.html"),
    ]
    kit.page(  # the index's rows name the items beside links that say only "คลิกที่นี่"
        "ita.html",
        "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๕",
        "<table>"
        + "".join(
            f'<tr><td>{c}</td><td>{t}</td><td><a href="{h}">คลิกที่นี่</a></td></tr>'
            for c, t, h in index
        )
        + "</table>",
    )
    kit.page("index.html", "หน้าแรก", '<p><a href="/ita.html">ITA</a></p>')
    items = kit.check(serve, settings, [])
    assert items["O15"]["status"] == "missing"


@pytest.mark.parametrize(
    ("link", "status"),
    [
        ("", "missing"),
        ('<p><a href="https://bmaoss.bangkok.go.th/">ติดตามสถานะคำขอผ่าน BMA OSS</a></p>', "pass"),
    ],
)
def test_a_tracking_page_without_the_system_is_no_tracking_system(
    serve, settings, kit, link: str, status: str
) -> None:
    page = kit.page(
        "tracking.html",
        "ระบบติดตามสถานะการขอใบอนุญาต (Tracking System)",
        "<p>ระบบติดตามสถานะการขอใบอนุญาต (Tracking System): ผู้ยื่นคำขออนุญาตสามารถสอบถาม"
        "สถานะคำขอได้ในวันและเวลาราชการ</p>"
        "<p>ฝ่ายโยธา โทร. ๐ ๒๔๕๑ ๐๐๐๐ ต่อ ๖๑๒๑ ฝ่ายสิ่งแวดล้อมและสุขาภิบาล ต่อ ๖๑๔๑</p>" + link,
    )
    items = kit.check(serve, settings, [("O12", "ระบบติดตาม (Tracking System)", page)])
    assert items["O12"]["status"] == status
