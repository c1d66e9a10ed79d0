"""What a news story, an announcement and a list of years are evidence of (held-out set 6:
deep_traps, scan_garbled).

- a news story (a dated page telling of an event: a training on writing community-subsidy
  proposals) under "ข้อมูลเงินอุดหนุนชุมชน" is not the subsidy data -> O14 ``incomplete``;
  a post that links the subsidy table, or carries the announcement's text, is;
- the policy's announcement under "ผลการดำเนินการตามนโยบาย" is the policy, not what was done
  under it -> O26 ``missing``; a report of what was done passes;
- a page listing its years ("ปีงบประมาณ ๒๕๖๘", "ปีงบประมาณ ๒๕๖๗") leads to this year's months,
  whose PDFs are read, and last year's OIT page (an archive beside this year's) does not
  outrank this year's path -> O15 ``pass``.

Each site is served over real HTTP on 127.0.0.1, crawled and checked.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checklist import check_site
from oitwatch.demo.documents import make_pdf, make_table_pdf
from oitwatch.settings import Settings

DISTRICT = "สำนักงานเขตบางบอน"


def _page(title: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{title} | '
        f"{DISTRICT}</title></head><body><p>{DISTRICT}</p><h1>{title}</h1>"
        f"{body}</body></html>"
    )


def _write(root: Path, pages: dict[str, tuple[str, str]], files: dict[str, bytes]) -> None:
    for name, data in files.items():
        (root / "khet" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "khet" / name).write_bytes(data)
    for name, (title, body) in pages.items():
        (root / "khet" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "khet" / name).write_text(_page(title, body), encoding="utf-8")


def _check(settings: Settings, serve, root: Path, start: str, framework: str, as_of: date):
    server = serve(root)
    no_ocr = settings.model_copy(update={"ocr": False})
    result = check_site(no_ocr, server.url(start), framework=framework, as_of=as_of)
    return {it["code"]: it for it in result["items"]}


def _pdf(*lines: str, title: str = "") -> bytes:
    return make_pdf([list(lines)], title=title)


ORDINANCE = _pdf(
    "ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (ส่วนของสำนักงานเขตบางบอน)",
    "แผนงานบริหารทั่วไป ๑๒๕,๔๐๐,๐๐๐ บาท แผนงานบริการชุมชนและสังคม ๔๘,๒๐๐,๐๐๐ บาท",
    "แผนงานการโยธา ๖๒,๕๐๐,๐๐๐ บาท รวมทั้งสิ้น ๒๓๖,๑๐๐,๐๐๐ บาท",
)
ALLOCATION = _pdf(
    "ข้อมูลงบประมาณที่ได้รับจัดสรร ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ สำนักงานเขตบางบอน",
    "งบบุคลากร ๑๑๐,๒๐๐,๐๐๐ บาท งบดำเนินงาน ๗๐,๔๐๐,๐๐๐ บาท งบลงทุน ๕๕,๕๐๐,๐๐๐ บาท",
)
STORY = (
    "<p>โพสต์เมื่อ ๒๐ ตุลาคม ๒๕๖๗ · กลุ่มงานประชาสัมพันธ์ · อ่าน ๑๕๓ ครั้ง</p>"
    "<p>วันที่ ๒๐ ตุลาคม ๒๕๖๗ ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม สำนักงานเขตบางบอน จัดอบรมให้ความรู้"
    "แก่คณะกรรมการชุมชน จำนวน ๓๔ ชุมชน เรื่อง การเขียนโครงการเพื่อขอรับเงินอุดหนุนชุมชน "
    "ตามระเบียบกรุงเทพมหานครว่าด้วยชุมชน โดยมีหัวหน้าฝ่ายพัฒนาชุมชนฯ เป็นวิทยากร</p>"
    "<p>ผู้เข้าอบรมได้ฝึกจัดทำแบบเสนอโครงการ การจัดทำบัญชีรับจ่าย และการรายงานผล</p>"
)
STORY_TITLE = "ฝ่ายพัฒนาชุมชนฯ อบรมการเขียนโครงการขอรับเงินอุดหนุนชุมชน ประจำปีงบประมาณ ๒๕๖๘"


def _budget_site(root: Path, subsidy: tuple[str, str], files: dict[str, bytes]) -> None:
    _write(
        root,
        {
            "index.html": (
                f"หน้าแรก {DISTRICT}",
                '<p><a href="/khet/budget.html">ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ และเงินอุดหนุนชุมชน'
                "</a></p>",
            ),
            "budget.html": (
                "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ และเงินอุดหนุนชุมชน",
                '<p><a href="/khet/ordinance-2568.pdf">ข้อบัญญัติงบประมาณรายจ่ายประจำปี ๒๕๖๘</a></p>'
                '<p><a href="/khet/allocation-2568.pdf">ข้อมูลงบประมาณที่ได้รับจัดสรร ปี ๒๕๖๘</a></p>'
                '<p><a href="/khet/news/n-2433.html">ข้อมูลเงินอุดหนุนชุมชน</a></p>',
            ),
            "news/n-2433.html": subsidy,
        },
        {"ordinance-2568.pdf": ORDINANCE, "allocation-2568.pdf": ALLOCATION, **files},
    )


def test_a_news_story_naming_the_subsidy_is_not_the_subsidy_data(
    tmp_path: Path, serve, settings: Settings
) -> None:
    _budget_site(tmp_path, (STORY_TITLE, STORY), {})
    items = _check(settings, serve, tmp_path, "/khet/", "bma-2567", date(2025, 7, 15))
    assert items["O14"]["status"] == "incomplete", items["O14"]["reasons"]
    assert items["O14"]["elements_missing"] == ["community_subsidy"]


def test_a_post_linking_the_subsidy_table_carries_it(
    tmp_path: Path, serve, settings: Settings
) -> None:
    table = make_table_pdf(
        [
            ["ลำดับ", "ชุมชน", "โครงการ", "เงินอุดหนุน (บาท)"],
            ["๑", "ชุมชนบางบอนเหนือ", "ปรับปรุงลานกีฬา", "๕๐,๐๐๐"],
            ["๒", "ชุมชนคลองต้นไทร", "อบรมอาชีพ", "๓๕,๐๐๐"],
        ],
        [4, 10, 10, 8],
        before=["ข้อมูลเงินอุดหนุนชุมชน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ สำนักงานเขตบางบอน"],
    )
    post = STORY + '<p><a href="/khet/subsidy-2568.pdf">ดาวน์โหลดเอกสาร</a></p>'
    _budget_site(tmp_path, (STORY_TITLE, post), {"subsidy-2568.pdf": table})
    items = _check(settings, serve, tmp_path, "/khet/", "bma-2567", date(2025, 7, 15))
    assert items["O14"]["status"] == "pass", items["O14"]["reasons"]


def test_a_post_carrying_the_announcement_text_carries_it(
    tmp_path: Path, serve, settings: Settings
) -> None:
    announcement = (
        "<p>โพสต์เมื่อ ๒๐ พฤศจิกายน ๒๕๖๗ · ฝ่ายพัฒนาชุมชน</p>"
        "<p>ประกาศสำนักงานเขตบางบอน เรื่อง การจัดสรรเงินอุดหนุนชุมชน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</p>"
        "<p>ตามระเบียบกรุงเทพมหานครว่าด้วยชุมชน สำนักงานเขตบางบอนจัดสรรเงินอุดหนุนชุมชน ๓๔ ชุมชน "
        "ชุมชนละ ๕๐,๐๐๐ บาท รวม ๑,๗๐๐,๐๐๐ บาท ตามบัญชีแนบท้าย</p>"
        "<p>ประกาศ ณ วันที่ ๒๐ พฤศจิกายน พ.ศ. ๒๕๖๗</p>"
    )
    _budget_site(tmp_path, ("ประกาศการจัดสรรเงินอุดหนุนชุมชน ประจำปีงบประมาณ ๒๕๖๘", announcement), {})
    items = _check(settings, serve, tmp_path, "/khet/", "bma-2567", date(2025, 7, 15))
    assert items["O14"]["status"] == "pass", items["O14"]["reasons"]


POLICY = _pdf(
    "ประกาศสำนักงานเขตบางบอน เรื่อง นโยบายการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
    "เพื่อให้การบริหารทรัพยากรบุคคลเป็นไปอย่างมีประสิทธิภาพ โปร่งใส และเป็นธรรม จึงกำหนดนโยบาย ดังนี้",
    "๑. ด้านการวางแผนกำลังคน สรรหา และบรรจุแต่งตั้ง ๒. ด้านการพัฒนาทรัพยากรบุคคล",
    "ประกาศ ณ วันที่ ๒ ตุลาคม พ.ศ. ๒๕๖๓",
    title="ประกาศสำนักงานเขตบางบอน เรื่อง นโยบายการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
)
RESULTS = _pdf(
    "ผลการดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
    "สำนักงานเขตบางบอน ดำเนินโครงการพัฒนาบุคลากร ๔ โครงการ ผู้เข้าร่วม ๑๒๐ คน",
    "โครงการอบรมคุณธรรมจริยธรรม วันที่ ๑๕ มกราคม ๒๕๖๔ ผู้เข้าร่วม ๔๕ คน",
    title="ผลการดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๔",
)


def _hr_site(root: Path, implementation: bytes) -> None:
    rows = (
        ("O1", "โครงสร้างหน่วยงาน", ""),
        ("O2", "ข้อมูลผู้บริหาร", ""),
        ("O3", "อำนาจหน้าที่", ""),
        ("O25", "นโยบายการบริหารทรัพยากรบุคคล", "policy.pdf"),
        ("O26", "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล", "implementation.pdf"),
        ("O27", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", ""),
    )
    table = "".join(
        f"<tr><td>{code}</td><td>{label}</td><td>"
        + (f'<a href="/khet/{f}">ผลการดำเนินการตามนโยบาย</a>' if code == "O26" else "")
        + (f'<a href="/khet/{f}">ประกาศนโยบาย</a>' if code == "O25" else "")
        + "</td></tr>"
        for code, label, f in rows
    )
    _write(
        root,
        {"index.html": ("การเปิดเผยข้อมูลสาธารณะ (OIT) ปี ๒๕๖๔", f"<table>{table}</table>")},
        {"policy.pdf": POLICY, "implementation.pdf": implementation},
    )


def test_the_policy_under_the_implementation_row_is_not_what_was_done(
    tmp_path: Path, serve, settings: Settings
) -> None:
    _hr_site(tmp_path, POLICY)
    items = _check(settings, serve, tmp_path, "/khet/", "bma-2564", date(2021, 7, 15))
    assert items["O26"]["status"] == "missing", items["O26"]["reasons"]
    assert items["O25"]["status"] != "missing"


def test_a_report_of_what_was_done_under_the_policy_is_it(
    tmp_path: Path, serve, settings: Settings
) -> None:
    _hr_site(tmp_path, RESULTS)
    items = _check(settings, serve, tmp_path, "/khet/", "bma-2564", date(2021, 7, 15))
    assert items["O26"]["status"] == "pass", items["O26"]["reasons"]


FORM = [
    "ลำดับที่", "งานที่จัดซื้อหรือจัดจ้าง", "วงเงินที่จะซื้อหรือจ้าง", "ราคากลาง",
    "วิธีซื้อหรือจ้าง", "รายชื่อผู้เสนอราคาและราคาที่เสนอ", "ผู้ได้รับการคัดเลือกและราคาที่ตกลง",
    "เหตุผลที่คัดเลือกโดยสรุป", "เลขที่และวันที่ของสัญญาหรือข้อตกลง",
]  # fmt: skip
ROW = ["๑", "ซื้อวัสดุ", "๒๒,๑๐๐", "๒๒,๑๐๐", "เฉพาะเจาะจง", "ร้าน ก", "ร้าน ก", "ต่ำสุด", "ซ.๐๒"]
MONTHS = {  # FY2568 months due by 15 Jul 2568 (June's by 10 July)
    "2567-10": "ตุลาคม ๒๕๖๗", "2567-11": "พฤศจิกายน ๒๕๖๗", "2567-12": "ธันวาคม ๒๕๖๗",
    "2568-01": "มกราคม ๒๕๖๘", "2568-02": "กุมภาพันธ์ ๒๕๖๘", "2568-03": "มีนาคม ๒๕๖๘",
    "2568-04": "เมษายน ๒๕๖๘", "2568-05": "พฤษภาคม ๒๕๖๘", "2568-06": "มิถุนายน ๒๕๖๘",
}  # fmt: skip
LAST_YEAR = {"2566-10": "ตุลาคม ๒๕๖๖", "2566-11": "พฤศจิกายน ๒๕๖๖"}


def _months(folder: str, months: dict[str, str]) -> tuple[dict, dict]:
    pages, files = {}, {}
    for ym, label in months.items():
        files[f"files/{folder}/sor1-{ym}.pdf"] = make_table_pdf(
            [FORM, ROW],
            [6] * 9,
            before=[f"แบบ สขร. ๑ สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน{label} {DISTRICT}"],
        )
        pages[f"procurement/summary/{folder}/m-{ym}.html"] = (
            f"สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน{label}",
            f'<p><a href="/khet/files/{folder}/sor1-{ym}.pdf">แบบ สขร.๑ เดือน{label}</a></p>',
        )
    listing = "".join(
        f'<li><a href="/khet/procurement/summary/{folder}/m-{ym}.html">สรุปผลการจัดซื้อจัดจ้าง '
        f"ประจำเดือน{label}</a></li>"
        for ym, label in months.items()
    )
    year = "๒๕๖๘" if folder == "2568" else "๒๕๖๗"
    pages[f"procurement/summary/{folder}/index.html"] = (
        f"สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ {year}",
        f"<ul>{listing}</ul>",
    )
    return pages, files


def _oit(year: str, o15: str) -> tuple[str, str]:
    rows = (
        ("O1", "ข้อมูลพื้นฐานของสำนักงานเขต", "/khet/"),
        ("O2", "นโยบายผู้ว่าราชการกรุงเทพมหานคร", "/khet/"),
        ("O3", "โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต", "/khet/"),
        ("O4", "การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน", "/khet/"),
        ("O15", "ประกาศจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้างรายเดือน", o15),
    )
    table = "".join(
        f'<tr><td>{c}</td><td>{label}</td><td><a href="{url}">คลิกดูข้อมูล</a></td></tr>'
        for c, label, url in rows
    )
    return (f"การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. {year}", f"<table>{table}</table>")


def test_a_list_of_years_leads_to_this_years_monthly_summaries(
    tmp_path: Path, serve, settings: Settings
) -> None:
    this_pages, this_files = _months("2568", MONTHS)
    last_pages, last_files = _months("2567", LAST_YEAR)
    announcement = _pdf(
        "ประกาศสำนักงานเขตบางบอน เรื่อง ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมผิวจราจร",
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ผู้ชนะ ห้างหุ้นส่วนจำกัด ก ราคา ๔๘๐,๐๐๐ บาท",
        "ประกาศ ณ วันที่ ๑๒ กุมภาพันธ์ พ.ศ. ๒๕๖๘",
    )
    _write(
        tmp_path,
        {
            "index.html": (
                f"หน้าแรก {DISTRICT}",
                '<p><a href="/khet/ita/2568/">ITA 2568</a></p>'
                '<p><a href="/khet/ita/2567/">ITA 2567</a></p>',
            ),
            "ita/2568/index.html": _oit("๒๕๖๘", "/khet/procurement/"),
            "ita/2567/index.html": _oit("๒๕๖๗", "/khet/procurement/summary/2567/"),
            "procurement/index.html": (
                "การจัดซื้อจัดจ้าง",
                '<p><a href="/khet/files/announce-01.pdf">ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมผิวจราจร</a>'
                '</p><p><a href="/khet/procurement/summary/">สรุปผลการจัดซื้อจัดจ้างรายเดือน '
                "(แบบ สขร.๑)</a></p>",
            ),
            "procurement/summary/index.html": (
                "สรุปผลการจัดซื้อจัดจ้างรายเดือน",
                '<p><a href="/khet/procurement/summary/2568/">ปีงบประมาณ ๒๕๖๘</a></p>'
                '<p><a href="/khet/procurement/summary/2567/">ปีงบประมาณ ๒๕๖๗</a></p>',
            ),
            **this_pages,
            **last_pages,
        },
        {"files/announce-01.pdf": announcement, **this_files, **last_files},
    )
    items = _check(settings, serve, tmp_path, "/khet/", "bma-2567", date(2025, 7, 15))
    assert items["O15"]["status"] == "pass", items["O15"]["reasons"]
    best = items["O15"]["evidence"][0]["url"]
    assert "/summary/2567/" not in best, items["O15"]["evidence"]
