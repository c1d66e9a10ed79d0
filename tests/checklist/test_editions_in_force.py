"""Out-of-date or not-in-force documents judged current and complete (held-out blind set 9:
revised_editions, paged_tables, channels_widgets). An assessor scores the document in force for
the period due, whatever else the page keeps or stamps:

- a cancelled edition (its row says "ยกเลิก ๓ ต.ค. ๒๕๖๗", it notes "ฉบับนี้ยกเลิกแล้ว") beside an
  unsigned draft is not the HR criteria -> not ``pass``; the cancelled 2558 manual opening while
  the current edition's link is dead -> ``broken``; a cancelled first edition beside its
  correction in the same row leaves the correction -> ``pass``;
- a page's edit stamp ("ปรับปรุงล่าสุด ๓ ก.พ. ๒๕๖๘") is not the period of what it holds: the
  previous governor's policy with expired plans -> ``stale``; FY2567 tax figures beside a
  collection manual revised in 2568 -> ``stale``;
- the January row opening December's summary, while the procurement plan on the same page
  names January as a purchase month, leaves January unpublished -> not ``pass``;
- a map button "แผนที่ (เร็วๆ นี้)" is no map, an "English version coming soon" no English
  version -> ``incomplete``; a four-year anti-corruption plan is not the annual one ->
  ``incomplete``.

Each site is served over real HTTP on 127.0.0.1, crawled and checked.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checklist import check_site
from oitwatch.demo.documents import make_pdf, make_table_pdf
from oitwatch.settings import Settings

DISTRICT = "สำนักงานเขตทุ่งครุ"
DIRECTOR = "นายประเสริฐ วงศ์ทองดี"


def _page(title: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{title} | '
        f"{DISTRICT}</title></head><body><p>{DISTRICT}</p><h1>{title}</h1>"
        f"{body}</body></html>"
    )


def _pdf(*lines: str, title: str = "") -> bytes:
    return make_pdf([list(lines)], title=title)


def _site(root: Path, pages: dict[str, tuple[str, str]], files: dict[str, bytes]) -> None:
    site = root / "khet"
    site.mkdir(parents=True)
    for name, data in files.items():
        (site / name).write_bytes(data)
    links = ""
    for name, (title, body) in pages.items():
        (site / name).write_text(_page(title, body), encoding="utf-8")
        links += f'<li><a href="/khet/{name}">{title}</a></li>'
    (site / "index.html").write_text(
        _page(f"หน้าแรก {DISTRICT}", f"<ul>{links}</ul>"), encoding="utf-8"
    )


def _check(settings: Settings, root: Path, framework: str, as_of: date) -> dict:
    from oitwatch.devserver import SiteServer

    no_ocr = settings.model_copy(update={"ocr": False})
    server = SiteServer(root).start()
    try:
        result = check_site(no_ocr, server.url("/khet/"), framework=framework, as_of=as_of)
    finally:
        server.stop()
    return {it["code"]: it for it in result["items"]}


def _row(*cells: str) -> str:
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


@pytest.fixture(scope="module")
def editions(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("editions")
    monthly = ["ต.ค. ๖๖", "พ.ย. ๖๖", "ธ.ค. ๖๖", "ม.ค. ๖๗", "ก.พ. ๖๗", "มี.ค. ๖๗"]
    monthly += ["เม.ย. ๖๗", "พ.ค. ๖๗", "มิ.ย. ๖๗", "ก.ค. ๖๗", "ส.ค. ๖๗", "ก.ย. ๖๗"]
    tax_rows = "".join(
        _row(m, f"{n + 1},2{n}5,300.00", f"8{n},200.00") for n, m in enumerate(monthly)
    )
    schools = (
        "รายชื่อโรงเรียนสังกัดกรุงเทพมหานคร เขตทุ่งครุ ปีการศึกษา ๒๕๖๗",
        "๑ โรงเรียนวัดทุ่งครุ นักเรียน ๘๑๒ คน ครู ๓๘ คน",
        "๒ โรงเรียนวัดพุทธบูชา นักเรียน ๖๔๕ คน ครู ๓๑ คน",
        "๓ โรงเรียนบางมด (ประชาอุทิศ) นักเรียน ๕๐๓ คน ครู ๒๖ คน",
    )
    files = {
        "hr-2563.pdf": _pdf(
            "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล พ.ศ. ๒๕๖๓",
            "๑. การสรรหาและคัดเลือก ๒. การแต่งตั้งโยกย้าย ๓. การพัฒนาบุคลากร",
            "๔. การประเมินผลและให้คุณให้โทษ ๕. การสร้างขวัญกำลังใจ",
            "หมายเหตุ: ยกเลิกตามหนังสือสำนักงาน ก.ก. ลงวันที่ ๓ ตุลาคม ๒๕๖๗",
        ),
        "hr-2568-draft.pdf": _pdf(
            "(ร่าง) หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล พ.ศ. ๒๕๖๘",
            "๑. การสรรหาและคัดเลือก ๒. การแต่งตั้งโยกย้าย ๓. การพัฒนาบุคลากร",
            "อยู่ระหว่างเสนอผู้อำนวยการเขตลงนาม",
        ),
        "service-2558.pdf": _pdf(
            "คู่มือสำหรับประชาชน ตามพระราชบัญญัติการอำนวยความสะดวก",
            "ในการพิจารณาอนุญาตของทางราชการ พ.ศ. ๒๕๕๘ (ฉบับเดิม)",
            "งานที่ให้บริการ: การแจ้งเกิด การแจ้งตาย การย้ายที่อยู่ ขั้นตอน ระยะเวลา เอกสารที่ต้องใช้",
            "หมายเหตุ ฉบับนี้ยกเลิกแล้ว ตั้งแต่ ๑ พฤศจิกายน ๒๕๖๗ โปรดใช้ฉบับปรับปรุง ครั้งที่ ๒",
        ),
        "schools-old.pdf": _pdf(*schools, "เบอร์โทรศัพท์ ๐ ๒๔๒๖ ๐๐๐๐"),
        "schools-rev1.pdf": _pdf(*schools, "ฉบับแก้ไข ครั้งที่ ๑ เบอร์โทรศัพท์ ๐ ๒๔๒๖ ๔๑๐๒"),
        "tax-manual.pdf": _pdf(
            f"คู่มือการปฏิบัติงานจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง {DISTRICT}",
            "คู่มือการปฏิบัติงานจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง ฉบับปรับปรุง พ.ศ. ๒๕๖๘",
            "๑. วัตถุประสงค์ ๒. ขอบเขต ๓. ขั้นตอนการปฏิบัติงาน ๔. ระยะเวลา",
            "ผู้รับผิดชอบ: ฝ่ายรายได้",
        ),
    }
    pages = {
        "hr.html": (
            "การบริหารและพัฒนาทรัพยากรบุคคล",
            "<table>"
            + _row("เอกสาร", "สถานะ", "ไฟล์")
            + _row(
                "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล พ.ศ. ๒๕๖๓",
                "ยกเลิก ๓ ต.ค. ๒๕๖๗",
                '<a href="/khet/hr-2563.pdf">PDF</a>',
            )
            + _row(
                "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล พ.ศ. ๒๕๖๘",
                "ร่าง - อยู่ระหว่างเสนอลงนาม",
                '<a href="/khet/hr-2568-draft.pdf">PDF</a>',
            )
            + "</table>",
        ),
        "services.html": (
            "คู่มือการให้บริการประชาชน",
            "<table>"
            + _row("เอกสาร", "สถานะ", "ไฟล์")
            + _row(
                "คู่มือสำหรับประชาชน ฉบับเดิม พ.ศ. ๒๕๕๘",
                "ยกเลิก ตั้งแต่ ๑ พ.ย. ๒๕๖๗",
                '<a href="/khet/service-2558.pdf">PDF</a>',
            )
            + _row(
                "คู่มือสำหรับประชาชน ฉบับปรับปรุง ครั้งที่ ๒ (พ.ย. ๒๕๖๗)",
                "ฉบับปัจจุบัน",
                '<a href="/khet/service-rev2.pdf">PDF</a>',  # not on the server: 404
            )
            + "</table>",
        ),
        "schools.html": (
            "โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต",
            "<table>"
            + _row(
                "รายชื่อโรงเรียนสังกัดกรุงเทพมหานคร ปีการศึกษา ๒๕๖๗",
                'ฉบับเดิม ยกเลิก - เบอร์โทรศัพท์ไม่ถูกต้อง <a href="/khet/schools-old.pdf">PDF</a>'
                ' ฉบับแก้ไข ครั้งที่ ๑ <a href="/khet/schools-rev1.pdf">PDF</a>',
            )
            + "</table>",
        ),
        "governor.html": (
            "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนพัฒนากรุงเทพมหานคร",
            "<p>ปรับปรุงล่าสุด ๓ ก.พ. ๒๕๖๘ โดย ฝ่ายปกครอง</p>"
            "<h2>นโยบายผู้ว่าราชการกรุงเทพมหานคร</h2>"
            "<p>มุ่งแก้ไขปัญหาน้ำท่วม การจราจร ความปลอดภัย และยกระดับคุณภาพชีวิต</p>"
            "<h2>แผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร</h2><table>"
            + _row("แผนพัฒนากรุงเทพมหานคร ระยะ ๕ ปี ระยะที่ ๑ พ.ศ. ๒๕๖๑ – ๒๕๖๕", "สำนักยุทธศาสตร์")
            + _row("แผนปฏิบัติราชการกรุงเทพมหานคร ประจำปี พ.ศ. ๒๕๖๕", "สำนักยุทธศาสตร์")
            + "</table>",
        ),
        "tax.html": (
            "ข้อมูลสถิติการจัดเก็บภาษี",
            "<p>ปรับปรุงล่าสุด ๑๐ มี.ค. ๒๕๖๘ | ฝ่ายรายได้</p><table>"
            + _row("เดือน", "ผลการจัดเก็บภาษี ปีงบประมาณ พ.ศ. ๒๕๖๗ (บาท)", "")
            + _row("", "ภาษีที่ดินและสิ่งปลูกสร้าง", "ภาษีป้าย")
            + tax_rows
            + "</table>"
            '<p>เอกสารที่เกี่ยวข้อง: <a href="/khet/tax-manual.pdf">คู่มือการปฏิบัติงานจัดเก็บ'
            "ภาษีที่ดินและสิ่งปลูกสร้าง</a></p>",
        ),
    }
    _site(root, pages, files)
    return _check(
        Settings(data_dir=root / "data", delay=0, contact="tests@oitwatch.invalid"),
        root,
        "bma-2567",
        date(2025, 4, 21),
    )


def _reasons(item: dict) -> str:
    return " ".join(r["en"] for r in item["reasons"])


def test_a_cancelled_edition_and_a_draft_are_not_the_criteria(editions) -> None:
    item = editions["O16"]
    assert item["status"] in ("incomplete", "stale", "missing"), item["reasons"]
    assert "cancelled" in _reasons(item)


def test_the_cancelled_manual_opening_does_not_stand_for_the_dead_current_one(editions) -> None:
    assert editions["O7"]["status"] == "broken", editions["O7"]["reasons"]


def test_the_correction_beside_a_cancelled_first_edition_serves(editions) -> None:
    assert editions["O3"]["status"] == "pass", editions["O3"]["reasons"]


def test_an_edit_stamp_does_not_make_expired_plans_current(editions) -> None:
    assert editions["O2"]["status"] == "stale", editions["O2"]["reasons"]


def test_a_manual_revised_this_year_does_not_date_last_years_figures(editions) -> None:
    assert editions["O9"]["status"] == "stale", editions["O9"]["reasons"]


FORM = [
    "ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง", "ราคากลาง",
    "วิธีซื้อหรือจ้าง", "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลง",
    "เหตุผลที่คัดเลือกโดยสรุป", "เลขที่และวันที่ของสัญญาหรือข้อตกลง",
]  # fmt: skip
ROW = ["๑", "ซื้อวัสดุ", "๒๒,๑๐๐", "๒๒,๑๐๐", "เฉพาะเจาะจง", "ร้าน ก", "ร้าน ก", "ต่ำสุด", "ซ.๐๒"]
MONTHS = [  # file name, the month its link names, the month its summary is of
    ("2563-10", "ตุลาคม ๒๕๖๓", "ตุลาคม ๒๕๖๓"),
    ("2563-11", "พฤศจิกายน ๒๕๖๓", "พฤศจิกายน ๒๕๖๓"),
    ("2563-12", "ธันวาคม ๒๕๖๓", "ธันวาคม ๒๕๖๓"),
    ("2564-01", "มกราคม ๒๕๖๔", "ธันวาคม ๒๕๖๓"),  # December's summary uploaded again
    ("2564-02", "กุมภาพันธ์ ๒๕๖๔", "กุมภาพันธ์ ๒๕๖๔"),
    ("2564-03", "มีนาคม ๒๕๖๔", "มีนาคม ๒๕๖๔"),
]


@pytest.fixture(scope="module")
def widgets(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("widgets")
    files = {
        f"skr-{name}.pdf": make_table_pdf(
            [FORM, ROW],
            [6] * 9,
            before=[f"แบบ สขร. ๑ สรุปผลการดำเนินการจัดซื้อจัดจ้าง ในรอบเดือน{of} {DISTRICT}"],
        )
        for name, _, of in MONTHS
    }
    files["declaration-th.pdf"] = _pdf(
        f"ประกาศ{DISTRICT} เรื่อง เจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
        "ข้าพเจ้าขอประกาศเจตจำนงสุจริตว่าจะบริหารงานด้วยความซื่อสัตย์ โปร่งใส ตรวจสอบได้",
        "ประกาศ ณ วันที่ ๑ ตุลาคม ๒๕๖๓",
        f"({DIRECTOR})",
        "ผู้อำนวยการเขตทุ่งครุ",
    )
    files["plan-4y.pdf"] = _pdf(
        "แผนปฏิบัติการป้องกันการทุจริต",
        f"{DISTRICT} ระยะ ๔ ปี (พ.ศ. ๒๕๖๑ – ๒๕๖๕)",
        "แผนนี้กำหนดแนวทางระยะกลางเพื่อป้องกันการทุจริต",
        "ยุทธศาสตร์ สร้างสังคมที่ไม่ทนต่อการทุจริต ปลูกฝังค่านิยมสุจริตแก่บุคลากรและชุมชน",
        "ประกาศ ณ วันที่ ๒ ตุลาคม ๒๕๖๐",
        f"({DIRECTOR})",
        "ผู้อำนวยการเขตทุ่งครุ",
    )
    monthly = "".join(
        f'<li><a href="/khet/skr-{name}.pdf">สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือน{named}</a></li>'
        for name, named, _ in MONTHS
    )
    files["risk.pdf"] = _pdf(
        f"การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ {DISTRICT}",
        "กระบวนงาน การออกใบอนุญาตก่อสร้าง ความเสี่ยง เรียกรับผลประโยชน์ ระดับ สูง",
        "มาตรการ ลดการใช้ดุลยพินิจ เผยแพร่ขั้นตอนและระยะเวลา",
    )
    index = "".join(
        _row(code, f'<a href="/khet/{page}">{title}</a>')
        for code, title, page in [
            ("O5", "ข้อมูลการติดต่อ", "contact.html"),
            ("O23", "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน", "procurement.html"),
            ("O34", "เจตจำนงสุจริตของผู้บริหาร", "integrity.html"),
            ("O36", "การประเมินความเสี่ยงการทุจริตประจำปี", "integrity.html"),
            ("O39", "แผนปฏิบัติการป้องกันการทุจริตประจำปี", "integrity.html"),
        ]
    )
    pages = {
        "ita.html": ("การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๔", f"<table>{index}</table>"),
        "executives.html": (
            "ทำเนียบผู้บริหาร",
            f"<p>{DIRECTOR} ผู้อำนวยการเขตทุ่งครุ โทร. ๐ ๒๔๒๖ ๔๑๐๒</p>",
        ),
        "contact.html": (
            "ติดต่อเรา",
            f"<p>{DISTRICT} ที่อยู่ เลขที่ ๓ ถนนพุทธบูชา แขวงบางมด เขตทุ่งครุ กรุงเทพมหานคร ๑๐๑๔๐</p>"
            "<p>โทรศัพท์ ๐ ๒๔๒๖ ๔๑๐๒ โทรสาร ๐ ๒๔๒๖ ๔๑๐๕ อีเมล thungkhru@example.go.th</p>"
            "<p><button disabled>แผนที่ (เร็วๆ นี้)</button></p>",
        ),
        "integrity.html": (
            "คุณธรรมและความโปร่งใส",
            '<ul><li><a href="/khet/declaration-th.pdf">ประกาศเจตจำนงสุจริตในการบริหารงาน'
            " ผู้อำนวยการเขตทุ่งครุ ปี ๒๕๖๔ (ภาษาไทย)</a></li>"
            "<li>Declaration of Integrity (English version) <span>coming soon</span></li>"
            '<li><a href="/khet/risk.pdf">การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๔'
            "</a></li>"
            '<li><a href="/khet/plan-4y.pdf">แผนปฏิบัติการป้องกันการทุจริต</a></li></ul>',
        ),
        "procurement.html": (
            "การจัดซื้อจัดจ้าง",
            "<h2>แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๔</h2><table>"
            + _row("ที่", "รายการ", "วงเงิน (บาท)", "ช่วงเวลาที่คาดว่าจะจัดหา", "วิธีการ")
            + _row("๑", "จ้างซ่อมแซมผิวจราจรซอย ๑๓๑", "๑,๘๕๐,๐๐๐", "ธ.ค. ๒๕๖๓", "e-bidding")
            + _row("๒", "ซื้อวัสดุคอมพิวเตอร์", "๑๕๐,๐๐๐", "ม.ค. ๒๕๖๔", "เฉพาะเจาะจง")
            + "</table><h2>สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.๑) ปีงบประมาณ ๒๕๖๔</h2>"
            f"<ul>{monthly}</ul>",
        ),
    }
    _site(root, pages, files)
    return _check(
        Settings(data_dir=root / "data", delay=0, contact="tests@oitwatch.invalid"),
        root,
        "bma-2564",
        date(2021, 4, 20),
    )


def test_a_months_link_opening_another_months_summary_publishes_nothing_for_it(widgets) -> None:
    item = widgets["O23"]
    assert item["status"] in ("incomplete", "stale"), item["reasons"]
    assert "2021-01" in item["months_missing"], item["months_missing"]


def test_a_coming_soon_map_button_is_no_map(widgets) -> None:
    item = widgets["O5"]
    assert item["status"] == "incomplete", item["reasons"]
    assert item["elements_missing"] == ["map"], item["elements_missing"]


def test_an_english_version_coming_soon_is_not_published(widgets) -> None:
    item = widgets["O34"]
    assert item["status"] == "incomplete", item["reasons"]
    assert "english_version" in item["elements_missing"], item["reasons"]


def test_a_four_year_plan_is_not_the_annual_plan(widgets) -> None:
    item = widgets["O39"]
    assert item["status"] == "incomplete", item["reasons"]
