"""A document or page that is not the item's, taken for it (classes met on held-out blind set 9):

- the "Checklist" the OIT table links for the permit checklist is the office's own OIT
  self-checklist, which never speaks of permits -> ``missing``;
- the permit-tracking row opens the e-service page, whose only tracking is of complaints
  -> ``missing`` (not ``incomplete`` for lacking the BMA OSS link);
- the HR criteria's row opens a page listing dated news entries and a job advert under the
  heading "การบริหารทรัพยากรบุคคล" -> ``missing``;
- the action plan of this year is one division's own (its head signs it), beside the
  office's report of last year -> ``incomplete``;
- a page with the permit checklist's exact title saying only that it is being updated, and a
  tracking page saying its system is being developed, linking nowhere -> ``missing``;
- (ITA 2564) the OIT table links the risk assessment under the risk-management row too: the
  assessment is the assessment's item (pass), the risk management is ``missing``; the
  satisfaction survey's page is the questionnaire with its results "เร็วๆ นี้" -> ``missing``.

Each site is served over real HTTP on 127.0.0.1, crawled and checked.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checklist import check_site
from oitwatch.demo.documents import make_pdf
from oitwatch.settings import Settings

DISTRICT = "สำนักงานเขตดินแดง"


def _page(title: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{title} | '
        f"{DISTRICT}</title></head><body><p>{DISTRICT}</p><h1>{title}</h1>"
        f"{body}</body></html>"
    )


def _site(
    root: Path,
    pages: dict[str, tuple[str, str]],
    files: dict[str, bytes],
    rows: list[tuple[str, str, str]],
    year: str = "๒๕๖๘",
) -> None:
    """The site under /khet/: its pages and files, and an OIT table whose rows (code, title,
    file) each link one page or file with a bare "คลิก"."""
    site = root / "khet"
    site.mkdir(parents=True)
    for name, data in files.items():
        (site / name).write_bytes(data)
    for name, (title, body) in pages.items():
        (site / name).write_text(_page(title, body), encoding="utf-8")
    table = "".join(
        f'<tr><td>{code}</td><td>{title}</td><td><a href="/khet/{name}">คลิก</a></td></tr>'
        for code, title, name in rows
    )
    # the table's other rows, not published yet: enough codes for the page to be the index
    table += "".join(
        f"<tr><td>{code}</td><td>{title}</td><td>-</td></tr>"
        for code, title in (("O1", "โครงสร้าง"), ("O2", "ข้อมูลผู้บริหาร"), ("O3", "อำนาจหน้าที่"))
    )
    (site / "oit.html").write_text(
        _page(
            f"การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. {year}",
            f"<table><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{table}</table>",
        ),
        encoding="utf-8",
    )
    (site / "index.html").write_text(
        _page(f"หน้าแรก {DISTRICT}", '<p><a href="/khet/oit.html">ITA / OIT</a></p>'),
        encoding="utf-8",
    )


def _check(settings: Settings, serve, root: Path, framework: str, as_of: date) -> dict:
    server = serve(root)
    no_ocr = settings.model_copy(update={"ocr": False})
    result = check_site(no_ocr, server.url("/khet/"), framework=framework, as_of=as_of)
    return {it["code"]: it for it in result["items"]}


def test_another_things_document_under_the_items_row_is_not_the_item(
    tmp_path: Path, serve, settings: Settings
) -> None:
    self_check = make_pdf(
        [
            [
                "รายการตรวจ (Checklist) การเปิดเผยข้อมูลสาธารณะ (OIT) สำนักงานเขตดินแดง ประจำปี ๒๕๖๘",
                "ใช้ติดตามความครบถ้วนของข้อมูลบนเว็บไซต์ทุกเดือน โดยหัวหน้าฝ่ายปกครอง",
                "ข้อ หัวข้อ ผู้รับผิดชอบ ตรวจแล้ว",
                "O1 ข้อมูลพื้นฐาน ฝ่ายปกครอง ตรวจแล้ว",
                "O9 สถิติการจัดเก็บภาษี ฝ่ายรายได้ ตรวจแล้ว",
                "O15 การจัดซื้อจัดจ้าง ฝ่ายการคลัง รอข้อมูลเดือนมีนาคม",
            ]
        ],
        title="Checklist การเปิดเผยข้อมูลสาธารณะ 2568",
    )
    division_plan = make_pdf(
        [
            [
                "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
                "ฝ่ายรักษาความสะอาดและสวนสาธารณะ สำนักงานเขตดินแดง",
                "รวบรวมโครงการของฝ่ายเพื่อใช้เป็นกรอบการดำเนินงานของฝ่ายตลอดปีงบประมาณ",
                "๑ โครงการเก็บขนมูลฝอยชุมชน งบประมาณ ๒,๔๐๐,๐๐๐ บาท ต.ค. ๖๗ - ก.ย. ๖๘",
                "๒ โครงการปรับปรุงสวนหย่อมริมคลอง งบประมาณ ๘๕๐,๐๐๐ บาท ม.ค. - มิ.ย. ๖๘",
                "(นายสมชาย ใจดี)",
                "หัวหน้าฝ่ายรักษาความสะอาดและสวนสาธารณะ",
            ]
        ],
        title="แผนปฏิบัติราชการ 2568 ฝ่ายรักษาความสะอาดและสวนสาธารณะ",
    )
    report = make_pdf(
        [
            [
                "รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
                "สำนักงานเขตดินแดง",
                "(๑ ตุลาคม ๒๕๖๖ - ๓๐ กันยายน ๒๕๖๗)",
                "ดำเนินโครงการตามแผนปฏิบัติราชการประจำปี ๒๕๖๗ จำนวน ๔๒ โครงการ แล้วเสร็จ ๓๙ โครงการ",
                "(นายวิชัย ศรีสุข)",
                "ผู้อำนวยการเขตดินแดง",
            ]
        ],
        title="รายงานผลการปฏิบัติราชการ 2567",
    )
    _site(
        tmp_path,
        {
            "plans.html": (
                "แผนปฏิบัติราชการและรายงานผล",
                '<p><a href="/khet/division-plan-2568.pdf">แผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๘</a></p>'
                '<p><a href="/khet/report-2567.pdf">รายงานผลการปฏิบัติราชการ ๒๕๖๗</a></p>',
            ),
            "oit-checklist.html": (
                "รายการตรวจ (Checklist) การเปิดเผยข้อมูลสาธารณะ ๒๕๖๘",
                "<p>สำนักงานเขตดินแดงจัดทำรายการตรวจเพื่อติดตามการเปิดเผยข้อมูลสาธารณะบนเว็บไซต์"
                " ประจำปี ๒๕๖๘ หัวหน้าฝ่ายปกครองตรวจติดตามเดือนละครั้ง</p>"
                '<p><a href="/khet/oit-checklist-2568.pdf">ดาวน์โหลด Checklist</a></p>',
            ),
            "eservice.html": (
                "บริการออนไลน์ (E-Service)",
                "<p>ช่องทางบริการประชาชนผ่านระบบออนไลน์ของสำนักงานเขตดินแดงและกรุงเทพมหานคร</p>"
                "<p>จองคิวรับบริการงานทะเบียนล่วงหน้า (BMA Q) "
                '<a href="https://q.bangkok.go.th/">เข้าสู่ระบบ</a></p>'
                "<p>แจ้งเรื่องร้องเรียนและติดตามสถานะการแก้ไขเรื่องร้องเรียน (Traffy Fondue) "
                '<a href="https://bangkok.traffy.in.th/">เข้าสู่ระบบ</a></p>',
            ),
            "hr.html": (
                "บุคลากร",
                "<h2>การบริหารทรัพยากรบุคคล</h2>"
                '<p><a href="/khet/news-1.html">ข้าราชการและลูกจ้างเขตดินแดงร่วมกิจกรรมจิตอาสา'
                "พัฒนาคลองสามเสน</a></p><p>๑๒ มี.ค. ๖๘</p>"
                "<p>ประชุมชี้แจงการบริหารงบประมาณและการเบิกจ่ายแก่เจ้าหน้าที่บรรจุใหม่ของทุกฝ่าย"
                "</p><p>๒๐ ก.พ. ๖๘</p>"
                '<p><a href="/khet/jobs.html">ประกาศรับสมัครลูกจ้างชั่วคราว ตำแหน่งพนักงานกวาดถนน'
                " จำนวน ๕ อัตรา</a></p>",
            ),
            "news-1.html": (
                "จิตอาสาพัฒนาคลองสามเสน",
                "<p>วันที่ ๑๒ มีนาคม ๒๕๖๘ ผู้อำนวยการเขตดินแดงนำข้าราชการและลูกจ้างร่วมกิจกรรม"
                "จิตอาสาเก็บขยะและผักตบชวาในคลองสามเสน ร่วมกับชุมชนริมคลองกว่า ๑๐๐ คน</p>",
            ),
            "jobs.html": (
                "ประกาศรับสมัครลูกจ้างชั่วคราว",
                "<p>สำนักงานเขตดินแดงรับสมัครลูกจ้างชั่วคราว ตำแหน่งพนักงานกวาดถนน จำนวน ๕ อัตรา"
                " ยื่นใบสมัครได้ที่ฝ่ายรักษาความสะอาดและสวนสาธารณะ</p>",
            ),
        },
        {
            "oit-checklist-2568.pdf": self_check,
            "division-plan-2568.pdf": division_plan,
            "report-2567.pdf": report,
        },
        [
            ("O5", "แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี", "plans.html"),
            ("O11", "รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต", "oit-checklist.html"),
            ("O12", "ระบบติดตาม (Tracking System) สถานะการขอใบอนุญาต", "eservice.html"),
            ("O16", "หลักเกณฑ์การบริหาร และพัฒนาทรัพยากรบุคคล", "hr.html"),
        ],
    )
    items = _check(settings, serve, tmp_path, "bma-2567", date(2025, 4, 21))
    assert items["O11"]["status"] == "missing", items["O11"]["reasons"]
    assert items["O12"]["status"] == "missing", items["O12"]["reasons"]
    assert items["O16"]["status"] == "missing", items["O16"]["reasons"]
    assert items["O5"]["status"] == "incomplete", items["O5"]["reasons"]
    assert "division" in " ".join(r["en"] for r in items["O5"]["reasons"])


def test_an_items_page_saying_it_is_not_there_yet_is_missing(
    tmp_path: Path, serve, settings: Settings
) -> None:
    _site(
        tmp_path,
        {
            "permit-checklist.html": (
                "รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต",
                "<p>ปรับปรุงข้อมูลโดยฝ่ายโยธา</p><p>อยู่ระหว่างปรับปรุงข้อมูล</p>"
                "<p>ประชาชนยื่นคำขออนุญาตก่อสร้างอาคารได้ที่ศูนย์รับคำขออนุญาตกรุงเทพมหานคร</p>",
            ),
            "tracking.html": (
                "ระบบติดตามสถานะการขอใบอนุญาต",
                "<p>ระบบติดตามสถานะคำขอใบอนุญาตออนไลน์ของสำนักงานเขต อยู่ระหว่างการพัฒนา</p>"
                "<p>ในระหว่างนี้สอบถามสถานะคำขอได้ทางโทรศัพท์ 0 2245 0001 ต่อ 6421"
                " ในวันและเวลาราชการ</p>",
            ),
        },
        {},
        [
            ("O11", "รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต", "permit-checklist.html"),
            ("O12", "ระบบติดตาม (Tracking System) สถานะการขอใบอนุญาต", "tracking.html"),
        ],
    )
    items = _check(settings, serve, tmp_path, "bma-2567", date(2025, 4, 21))
    assert items["O11"]["status"] == "missing", items["O11"]["reasons"]
    assert items["O12"]["status"] == "missing", items["O12"]["reasons"]


def test_the_assessment_under_the_risk_management_row_is_the_assessments(
    tmp_path: Path, serve, settings: Settings
) -> None:
    risk = make_pdf(
        [
            [
                "การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
                "สำนักงานเขตดินแดง",
                "กระบวนงาน เหตุการณ์ความเสี่ยง โอกาส ผลกระทบ ระดับ มาตรการควบคุมที่กำหนด",
                "การอนุญาตก่อสร้าง เรียกรับประโยชน์เพื่อเร่งรัดการพิจารณา ๓ ๔ สูง เปิดเผยลำดับคำขอ",
                "การจัดเก็บภาษี ประเมินภาษีต่ำกว่าความจริง ๒ ๔ ปานกลาง สุ่มตรวจร้อยละ ๑๐",
                "ฝ่ายการคลัง สำนักงานเขตดินแดง ๑๒ พฤศจิกายน ๒๕๖๓",
            ]
        ]
    )
    _site(
        tmp_path,
        {
            "survey.html": (
                "แบบประเมินความพึงพอใจ",
                "<h2>แบบประเมินความพึงพอใจในการรับบริการ</h2>"
                "<form action='/khet/thanks.html' method='post'><p>บริการที่ท่านได้รับ</p>"
                "<select name='s'><option>ฝ่ายทะเบียน</option><option>ฝ่ายรายได้</option></select>"
                "<p>ความพึงพอใจต่อขั้นตอนการให้บริการ</p>"
                "<input type='radio' name='q1' value='5'> มากที่สุด"
                "<input type='radio' name='q1' value='4'> มาก"
                "<p>ข้อเสนอแนะ</p><textarea name='c'></textarea>"
                "<button type='submit'>ส่งแบบประเมิน</button></form>"
                "<h3>ผลการสำรวจความพึงพอใจ</h3><p><button disabled>ดูผลการสำรวจ (เร็วๆ นี้)</button></p>",
            ),
        },
        {"risk-assessment-2564.pdf": risk},
        [
            ("O16", "รายงานผลการสำรวจความพึงพอใจการให้บริการ", "survey.html"),
            ("O36", "การประเมินความเสี่ยงการทุจริตประจำปี", "risk-assessment-2564.pdf"),
            ("O37", "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต", "risk-assessment-2564.pdf"),
        ],
        year="๒๕๖๔",
    )
    items = _check(settings, serve, tmp_path, "bma-2564", date(2021, 4, 20))
    assert items["O36"]["status"] == "pass", items["O36"]["reasons"]
    assert items["O37"]["status"] == "missing", items["O37"]["reasons"]
    assert items["O16"]["status"] == "missing", items["O16"]["reasons"]
