"""An item's part is its own data, not something that only mentions it (held-out set 9:
paged_tables, revised_editions, zip_bundles, unit_pages).

- a news post on its own page (a dateline "โพสต์เมื่อ …" over the story, in the site's news) about
  a briefing on community subsidies is not the subsidy data -> O14 ``incomplete``; a meeting on
  the discretion guideline is not the guideline -> O20 ``missing``;
- a section "ข้อมูลเงินอุดหนุนชุมชน" over a table whose only row says "ไม่พบข้อมูล" publishes no
  subsidy data, and a heading writing out the item's title names its parts without holding
  them -> O14 ``incomplete``;
- a "report" row linking the policy's own PDF is the policy twice, not its report -> O18
  ``incomplete``; a report of its own passes;
- monthly figures of general complaints (Traffy Fondue, the 1555 hotline) are not statistics of
  corruption complaints -> O17 ``incomplete``; figures of corruption complaints pass.

Each site is served over real HTTP on 127.0.0.1, crawled and checked.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checklist import check_site
from oitwatch.demo.documents import make_pdf
from oitwatch.settings import Settings

DISTRICT = "สำนักงานเขตหนองแขม"
AS_OF = date(2025, 4, 21)


def _page(title: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{title} | '
        f"{DISTRICT}</title></head><body><p>{DISTRICT}</p><h1>{title}</h1>"
        f"{body}</body></html>"
    )


def _site(root: Path, pages: dict[str, tuple[str, str]], files: dict[str, bytes]) -> None:
    for name, data in files.items():
        (root / "khet" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "khet" / name).write_bytes(data)
    for name, (title, body) in pages.items():
        (root / "khet" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "khet" / name).write_text(_page(title, body), encoding="utf-8")


def _check(settings: Settings, serve, root: Path) -> dict:
    server = serve(root)
    no_ocr = settings.model_copy(update={"ocr": False})
    result = check_site(no_ocr, server.url("/khet/"), framework="bma-2567", as_of=AS_OF)
    return {it["code"]: it for it in result["items"]}


def _pdf(*lines: str, title: str = "") -> bytes:
    return make_pdf([list(lines)], title=title)


ORDINANCE = _pdf(
    "ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
    "(ส่วนของสำนักงานเขตหนองแขม) ได้รับจัดสรรงบประมาณรวม ๑๙๖,๙๓๕,๐๐๐ บาท",
    "แผนงานบริหารทั่วไป ๑๒๕,๔๐๐,๐๐๐ บาท แผนงานพัฒนาชุมชน ๔๘,๒๐๐,๐๐๐ บาท",
    title="ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
)
ALLOCATION = (
    "<h2>งบประมาณที่ได้รับจัดสรร ปีงบประมาณ พ.ศ. ๒๕๖๘</h2>"
    "<table><tr><th>หมวดรายจ่าย</th><th>งบประมาณ (บาท)</th></tr>"
    "<tr><td>งบบุคลากร</td><td>๑๓๑,๒๕๐,๐๐๐</td></tr>"
    "<tr><td>งบดำเนินงาน</td><td>๓๙,๘๗๐,๐๐๐</td></tr>"
    "<tr><td>งบเงินอุดหนุน</td><td>๑,๒๐๐,๐๐๐</td></tr></table>"
    '<p><a href="/khet/files/ordinance-2568.pdf">ข้อบัญญัติงบประมาณรายจ่ายประจำปี พ.ศ. ๒๕๖๘</a></p>'
)
SUBSIDY_TABLE = (
    "<h3>ข้อมูลเงินอุดหนุนชุมชน</h3>"
    "<table><tr><th>ชุมชน</th><th>ประเภทเงินอุดหนุน</th><th>จำนวนเงิน (บาท)</th></tr>{rows}</table>"
)
BUDGET = "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ และเงินอุดหนุนชุมชน"
OIT_ROWS = (
    ("O14", "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ ข้อมูลเงินอุดหนุนชุมชน", "budget.html"),
    ("O17", "ช่องทางการร้องเรียนการทุจริตและข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต", "complaint.html"),
    ("O18", "ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)", "bribery.html"),
)


def _index(rows=OIT_ROWS) -> tuple[str, str]:
    cells = "".join(
        f'<tr><td>{code}</td><td>{label}</td><td><a href="/khet/{href}">คลิก</a></td></tr>'
        for code, label, href in rows
    )
    return "การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี ๒๕๖๘", f"<table>{cells}</table>"


def _budget_site(root: Path, subsidy: str, extra: dict[str, tuple[str, str]] | None = None):
    _site(
        root,
        {
            "index.html": _index(),
            "budget.html": (BUDGET, ALLOCATION + subsidy),
            **(extra or {}),
        },
        {"files/ordinance-2568.pdf": ORDINANCE},
    )


BRIEFING = (
    "ประชุมชี้แจงแนวทางการขอรับเงินอุดหนุนชุมชน ปีงบประมาณ ๒๕๖๘",
    '<p>หน้าหลัก › <a href="/khet/news/">ข่าวประชาสัมพันธ์</a></p>'
    "<p>โพสต์เมื่อ ๑๒ มี.ค. ๒๕๖๘</p>"
    "<p>ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม จัดประชุมประธานชุมชน ๕๔ ชุมชน ชี้แจงขั้นตอนการเสนอโครงการ "
    "ทั้งนี้ รายละเอียดจำนวนเงินที่แต่ละชุมชนได้รับจะแจ้งให้ทราบภายหลัง</p>",
)


def test_a_news_post_on_a_subsidy_briefing_is_not_the_subsidy_data(
    tmp_path: Path, serve, settings: Settings
) -> None:
    link = '<p>ข่าว: <a href="/khet/news/n2568-03-12.html">' + BRIEFING[0] + "</a></p>"
    _budget_site(tmp_path, link, {"news/n2568-03-12.html": BRIEFING})
    items = _check(settings, serve, tmp_path)
    assert items["O14"]["status"] == "incomplete", items["O14"]["reasons"]
    assert items["O14"]["elements_missing"] == ["community_subsidy"]


def test_the_subsidy_table_of_the_communities_is_the_subsidy_data(
    tmp_path: Path, serve, settings: Settings
) -> None:
    rows = (
        "<tr><td>ชุมชนหนองแขมพัฒนา</td><td>ปรับปรุงลานกีฬา</td><td>๕๐,๐๐๐</td></tr>"
        "<tr><td>ชุมชนเพชรเกษม ๘๑</td><td>อบรมอาชีพ</td><td>๓๕,๐๐๐</td></tr>"
    )
    _budget_site(tmp_path, SUBSIDY_TABLE.format(rows=rows))
    items = _check(settings, serve, tmp_path)
    assert items["O14"]["status"] == "pass", items["O14"]["reasons"]


def test_a_subsidy_table_saying_no_data_found_publishes_none(
    tmp_path: Path, serve, settings: Settings
) -> None:
    empty = SUBSIDY_TABLE.format(rows='<tr><td colspan="3">ไม่พบข้อมูล</td></tr>')
    _budget_site(tmp_path, f"<h2>๒. {BUDGET}</h2>" + empty)
    items = _check(settings, serve, tmp_path)
    assert items["O14"]["status"] == "incomplete", items["O14"]["reasons"]
    assert items["O14"]["elements_missing"] == ["community_subsidy"]


def test_a_meeting_on_the_discretion_guideline_is_not_the_guideline(
    tmp_path: Path, serve, settings: Settings
) -> None:
    rows = (*OIT_ROWS, ("O20", "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่", "news/n09.html"))
    meeting = (
        "ประชุมชี้แจงบุคลากรเรื่องการใช้ดุลยพินิจของเจ้าหน้าที่",
        "<p>หน้าหลัก › ข่าวประชาสัมพันธ์</p><p>วันที่ ๑๔ ก.พ. ๒๕๖๘</p>"
        "<p>ผู้อำนวยการเขตเป็นประธานการประชุม หัวหน้าฝ่ายทุกฝ่ายร่วมหารือเพื่อเตรียมจัดทำแนวทางการปฏิบัติ"
        "ในการใช้ดุลยพินิจของเจ้าหน้าที่ ให้เป็นไปอย่างโปร่งใสและเป็นธรรม</p>",
    )
    _site(tmp_path, {"index.html": _index(rows), "news/n09.html": meeting}, {})
    items = _check(settings, serve, tmp_path)
    assert items["O20"]["status"] == "missing", items["O20"]["reasons"]


POLICY = _pdf(
    "ประกาศสำนักงานเขตหนองแขม เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)",
    "บุคลากรทุกระดับต้องไม่เรียก รับ หรือยอมจะรับสินบนในทุกรูปแบบ ไม่รับของขวัญจากการปฏิบัติหน้าที่",
    "ประกาศ ณ วันที่ ๕ พฤศจิกายน พ.ศ. ๒๕๖๗",
    title="ประกาศสำนักงานเขตหนองแขม เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)",
)
REPORT = _pdf(
    "รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน สำนักงานเขตหนองแขม",
    "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ รอบ ๖ เดือน (ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘)",
    "ประชุมชี้แจงนโยบายแก่ข้าราชการและลูกจ้าง ผู้เข้าร่วม ๒๑๒ คน ๑๘ พ.ย. ๒๕๖๗",
    title="รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน ปี ๒๕๖๘",
)


def _bribery_site(root: Path, report: str) -> None:
    rows = (
        "<table><tr><th>เอกสาร</th><th>ไฟล์</th></tr>"
        "<tr><td>ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) ฉบับลงนาม</td>"
        '<td><a href="/khet/files/policy-2568.pdf">PDF</a></td></tr>'
        "<tr><td>การรายงานผลสู่การปฏิบัติตามนโยบายต่อต้านการรับสินบน ประจำปี ๒๕๖๘</td>"
        f'<td><a href="/khet/{report}">PDF</a></td></tr></table>'
    )
    _site(
        root,
        {"index.html": _index(), "bribery.html": ("นโยบายต่อต้านการรับสินบน", rows)},
        {"files/policy-2568.pdf": POLICY, "report-2568.pdf": REPORT},
    )


def test_a_report_row_linking_the_policy_itself_is_no_report(
    tmp_path: Path, serve, settings: Settings
) -> None:
    _bribery_site(tmp_path, "files/policy-2568.pdf")
    items = _check(settings, serve, tmp_path)
    assert items["O18"]["status"] == "incomplete", items["O18"]["reasons"]
    assert items["O18"]["elements_missing"] == ["report"]


def test_a_report_of_its_own_beside_the_policy_passes(
    tmp_path: Path, serve, settings: Settings
) -> None:
    _bribery_site(tmp_path, "report-2568.pdf")
    items = _check(settings, serve, tmp_path)
    assert items["O18"]["status"] == "pass", items["O18"]["reasons"]


MONTHS = ("ต.ค. ๖๗", "พ.ย. ๖๗", "ธ.ค. ๖๗", "ม.ค. ๖๘", "ก.พ. ๖๘", "มี.ค. ๖๘")


def _complaint_site(root: Path, heading: str, kinds: tuple[str, ...], source: str) -> None:
    head = "".join(f"<th>{m}</th>" for m in MONTHS)
    body = "".join(
        f"<tr><td>{kind}</td>" + "".join(f"<td>{(n * 7 + k) % 9}</td>" for k in range(6)) + "</tr>"
        for n, kind in enumerate(kinds)
    )
    stats = (
        f"<p>{heading}</p><table><tr><th>ประเภทเรื่อง</th>{head}</tr>{body}</table><p>{source}</p>"
    )
    channel = (
        "<p>ผู้พบเห็นการทุจริตหรือการประพฤติมิชอบของเจ้าหน้าที่ แจ้งได้ทางช่องทางต่อไปนี้ "
        "โดยสำนักงานเขตจะเก็บข้อมูลผู้แจ้งเป็นความลับ</p>"
        "<p>ยื่นหนังสือถึงผู้อำนวยการเขตหนองแขม ที่ฝ่ายปกครอง ชั้น ๒</p>"
        "<p>อีเมล nongkhaem.district@bangkok.go.th หัวเรื่อง แจ้งเบาะแสการทุจริต</p>"
        '<p><a href="/khet/stats.html">สถิติเรื่องร้องเรียน ปีงบประมาณ ๒๕๖๘</a></p>'
    )
    _site(
        root,
        {
            "index.html": _index(),
            "complaint.html": ("ช่องทางการร้องเรียนการทุจริตและประพฤติมิชอบ", channel),
            "stats.html": ("สถิติเรื่องร้องเรียน ปีงบประมาณ ๒๕๖๘", stats),
        },
        {},
    )


def test_general_complaint_figures_are_not_corruption_complaint_statistics(
    tmp_path: Path, serve, settings: Settings
) -> None:
    _complaint_site(
        tmp_path,
        "สถิติเรื่องร้องเรียนทั่วไป สำนักงานเขตหนองแขม ปีงบประมาณ ๒๕๖๘",
        ("ถนน/ทางเท้า", "ความสะอาด/ขยะ", "น้ำท่วม/ท่อระบายน้ำ", "เสียงรบกวน"),
        "ที่มา: Traffy Fondue และสายด่วน ๑๕๕๕",
    )
    items = _check(settings, serve, tmp_path)
    assert items["O17"]["status"] == "incomplete", items["O17"]["reasons"]
    assert items["O17"]["elements_missing"] == ["statistics"]


def test_corruption_complaint_figures_are_the_statistics(
    tmp_path: Path, serve, settings: Settings
) -> None:
    _complaint_site(
        tmp_path,
        "สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ปีงบประมาณ ๒๕๖๘",
        ("เรียกรับสินบน", "ทุจริตในการจัดซื้อจัดจ้าง", "ประพฤติมิชอบอื่น ๆ"),
        "ที่มา: ฝ่ายปกครอง สำนักงานเขตหนองแขม",
    )
    items = _check(settings, serve, tmp_path)
    assert items["O17"]["status"] == "pass", items["O17"]["reasons"]
