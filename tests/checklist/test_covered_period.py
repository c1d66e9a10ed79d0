"""What period a document covers decides whether it is current, not the label around it.

- the year a document is for comes from the document of the item itself: a report *on* the
  plan ("รายงานการกำกับติดตาม…ตามแผนปฏิบัติราชการ ปี 2565") is not this year's plan, and tax
  statistics compiled by the revenue division are not revenue statistics;
- a report titled "รอบ 6 เดือน" whose figures are the first quarter's is not the six-month one;
- at the turn of the fiscal year, before any month of the new year is due, last year's monthly
  series is the one due (September's summary by 10 October);
- last year's six-month report stands only until 31 January (``previous_until``);
- a page titled with an item that is a text of its own (criteria) whose content is a news post
  is not the item.

Sites are built here, served over real HTTP on 127.0.0.1, crawled and checked like any district.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from checklist import check_site
from checklist.evidence import Bundle
from checklist.freshness import Timing, judge_freshness, periods, series_year
from checklist.meaning import Matcher
from checklist.snapshot import Doc
from oitwatch.demo.documents import make_pdf
from oitwatch.devserver import SiteServer
from oitwatch.settings import Settings
from rules import load_framework

HEAD = '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{t}</title></head><body>'
SITE = "สำนักงานเขตทดสอบ"


def _html(title: str, body: str) -> str:
    return HEAD.format(t=title) + f"<h1>{title}</h1>{body}</body></html>"


def _links(links: dict[str, str]) -> str:
    return "<ul>" + "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in links.items()) + "</ul>"


def _write(root: Path, pages: dict[str, str], pdfs: dict[str, list[str]]) -> None:
    for name, html in pages.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(html, encoding="utf-8")
    for name, lines in pdfs.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(make_pdf([lines], title=lines[0]))


def _items(settings: Settings, server: SiteServer, framework: str, as_of: date) -> dict:
    result = check_site(settings, server.url("/"), framework=framework, as_of=as_of, reuse_hours=1)
    return {it["code"]: it for it in result["items"]}


def _district_2564(root: Path) -> None:
    """A bma-2564 district: last year's plan beside this year's first-quarter report on it,
    a spending report titled six-month whose figures are the first quarter's, last year's
    spending plan on a page a menu entry labels this year's, last year's true six-month
    anti-corruption report, and HR criteria posted as an image."""
    pages = {
        "index.html": _html(
            SITE,
            _links(
                {
                    "/plan.html": "แผนและผลการดำเนินงาน",
                    "/budget.html": "งบประมาณ",
                    "/integrity.html": "การป้องกันการทุจริต",
                    "/hr.html": "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
                }
            ),
        ),
        # the criteria posted as an image: nothing to read, so nothing says it is something else
        "hr.html": _html(
            "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
            '<p><img src="/hr-criteria.png" alt="ประกาศ"></p>',
        ),
        "plan.html": _html(
            "แผนและผลการดำเนินงาน",
            _links(
                {
                    "/files/plan.pdf": "แผนปฏิบัติราชการประจำปี",
                    "/files/plan-q1.pdf": "รายงานการกำกับติดตามการดำเนินงาน ปี 2565 ไตรมาส 1",
                }
            ),
        ),
        "budget.html": _html(
            "งบประมาณ",
            _links(
                {
                    "/files/budget-6m.pdf": "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ 6 เดือน",
                    "/spend.html": "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2565",
                }
            ),
        ),
        # the menu says 2565; the page itself is last year's plan
        "spend.html": _html(
            "แผนการใช้จ่ายงบประมาณ",
            "<p>แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2564</p>"
            "<table><tr><th>ไตรมาส</th><th>งบประมาณ (บาท)</th></tr>"
            "<tr><td>1</td><td>30,000,000</td></tr><tr><td>2</td><td>28,000,000</td></tr></table>",
        ),
        "integrity.html": _html(
            "การป้องกันการทุจริต",
            _links({"/files/anti-6m.pdf": "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ 6 เดือน"}),
        ),
    }
    pdfs = {
        "files/plan.pdf": [
            "แผนปฏิบัติราชการประจำปี",
            SITE,
            "ประจำปีงบประมาณ พ.ศ. 2564",
            "โครงการ งบประมาณ (บาท) ระยะเวลา",
            "ซ่อมผิวจราจรซอย 1-24 1,200,000 ต.ค. 63 - ก.ย. 64",
        ],
        "files/plan-q1.pdf": [
            "รายงานการกำกับติดตามการดำเนินงานตามแผนปฏิบัติราชการ",
            "ประจำปีงบประมาณ พ.ศ. 2565 ไตรมาสที่ 1",
            "ช่วงเวลา 1 ตุลาคม 2564 - 31 ธันวาคม 2564",
            "โครงการ ผลการดำเนินงาน ความก้าวหน้า",
            "ลอกท่อระบายน้ำ 3.5 กม. ร้อยละ 30",
        ],
        "files/budget-6m.pdf": [
            "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ 6 เดือน",
            "ปีงบประมาณ พ.ศ. 2564",
            SITE,
            "ข้อมูลการเบิกจ่ายงบประมาณ ตั้งแต่ 1 ตุลาคม 2563 ถึง 31 ธันวาคม 2563 (ไตรมาสที่ 1)",
            "หมวด งบที่ได้รับ เบิกจ่าย ร้อยละ",
            "งบดำเนินงาน 54,200,000 9,800,000 18.08",
        ],
        "files/anti-6m.pdf": [
            "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ 6 เดือน",
            "ปีงบประมาณ พ.ศ. 2564 (ตุลาคม 2563 - มีนาคม 2564)",
            SITE,
            "กิจกรรม ผลการดำเนินการ ร้อยละ",
            "อบรมคุณธรรมจริยธรรม ดำเนินการแล้ว 100",
        ],
    }
    _write(root, pages, pdfs)


def test_periods_2564(tmp_path: Path, serve: Callable[..., SiteServer], settings: Settings) -> None:
    _district_2564(tmp_path)
    server = serve(tmp_path)

    # Two months into FY2565: last year's six-month reports still stand...
    early = _items(settings, server, "bma-2564", date(2021, 11, 30))
    assert early["O40"]["status"] == "pass", early["O40"]["reasons"]
    # ... but a "six-month" report whose figures stop at December is not the six-month one
    assert early["O19"]["status"] == "incomplete", early["O19"]["reasons"]
    assert "budget-6m.pdf" in early["O19"]["reasons"][0]["en"]
    assert "ธ.ค. 63" in early["O19"]["reasons"][0]["th"]
    assert early["O27"]["status"] != "missing", early["O27"]["reasons"]

    # From 31 January this year's data is wanted: last year's six-month report is stale
    late = _items(settings, server, "bma-2564", date(2022, 2, 28))
    assert late["O40"]["status"] == "stale", late["O40"]["reasons"]
    assert "2564" in late["O40"]["reasons"][0]["en"]
    # this year's first quarter stands before the six-month report is due
    assert late["O11"]["status"] == "pass", late["O11"]["reasons"]
    # the report on the plan is FY2565's; the plan itself is FY2564's
    assert late["O10"]["status"] == "stale", late["O10"]["reasons"]
    assert late["O10"]["reasons"][0]["en"].startswith("Only fiscal year(s) 2564 found")
    # the page's own year governs the menu entry's
    assert late["O18"]["status"] == "stale", late["O18"]["reasons"]


def _district_2567(root: Path) -> None:
    """A bma-2567 district: tax statistics of this year beside last year's revenue workbook
    labelled this year, integrity measures with a first quarter's report titled six-month, a
    bribery-risk assessment with a first quarter's report linked as six-monthly, an HR
    criteria page whose body is a news post, a discretion guideline page, and monthly
    procurement summaries up to June."""
    months = [  # FY2568: October 2567 .. June 2568
        ("ตุลาคม", 2567), ("พฤศจิกายน", 2567), ("ธันวาคม", 2567), ("มกราคม", 2568),
        ("กุมภาพันธ์", 2568), ("มีนาคม", 2568), ("เมษายน", 2568), ("พฤษภาคม", 2568),
        ("มิถุนายน", 2568),
    ]  # fmt: skip
    summaries = {
        f"/files/skr-{n:02d}.pdf": f"สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน{m} {y}"
        for n, (m, y) in enumerate(months, 1)
    }
    columns = (
        "ลำดับที่ งานที่จัดซื้อหรือจัดจ้าง วงเงินที่จะซื้อหรือจ้าง ราคากลาง วิธีซื้อหรือจ้าง "
        "รายชื่อผู้เสนอราคาและราคาที่เสนอ ผู้ได้รับการคัดเลือกและราคาที่ตกลง "
        "เหตุผลที่คัดเลือกโดยสรุป เลขที่และวันที่ของสัญญาหรือข้อตกลง"
    )
    pages = {
        "index.html": _html(
            SITE,
            _links(
                {
                    "/stats.html": "ข้อมูลสถิติ",
                    "/integrity.html": "คุณธรรมและความโปร่งใส",
                    "/risk.html": "ความเสี่ยงต่อการรับสินบน",
                    "/hr.html": "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
                    "/discretion.html": "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่",
                    "/procurement.html": "จัดซื้อจัดจ้าง",
                }
            ),
        ),
        "stats.html": _html(
            "ข้อมูลสถิติ",
            _links(
                {
                    "/files/tax-2568.pdf": "สถิติการจัดเก็บภาษี ปีงบประมาณ พ.ศ. 2568",
                    "/files/revenue-2568.pdf": "สถิติการจัดเก็บรายได้ ประจำปีงบประมาณ 2568",
                }
            ),
        ),
        "integrity.html": _html(
            "มาตรการยกระดับคุณธรรมและความโปร่งใส",
            _links(
                {
                    "/files/measures-2568.pdf": "มาตรการยกระดับคุณธรรมและความโปร่งใส ปี 2568",
                    "/files/measures-report.pdf": "รายงานผลการดำเนินการตามมาตรการ รอบ 6 เดือน",
                }
            ),
        ),
        # the link calls the report six-monthly; the report itself says first quarter
        "risk.html": _html(
            "ความเสี่ยงต่อการรับสินบน",
            _links(
                {
                    "/files/risk-2568.pdf": "การประเมินความเสี่ยงต่อการรับสินบน ปี 2568",
                    "/files/risk-report.pdf": "รายงานผลการดำเนินการจัดการความเสี่ยง รอบ 6 เดือน",
                }
            ),
        ),
        "hr.html": _html(
            "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
            "<h2>โครงการอบรมเพิ่มประสิทธิภาพการปฏิบัติงานของบุคลากร ปี 2568</h2>"
            "<p>20 มิ.ย. 2568</p><p>เมื่อวันที่ 19 มิถุนายน 2568 สำนักงานเขตทดสอบจัดอบรมบุคลากร "
            "หัวข้อ การให้บริการด้วยใจ ณ ห้องประชุมชั้น 4 มีผู้เข้าร่วม 120 คน "
            "วิทยากรจากสถาบันพัฒนาข้าราชการกรุงเทพมหานคร บรรยายเรื่องการทำงานเป็นทีม</p>"
            '<p><img src="/train.jpg" alt="ภาพบรรยากาศการอบรม"></p>',
        ),
        "discretion.html": _html(
            "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่",
            "<p>เจ้าหน้าที่ผู้มีอำนาจอนุมัติ อนุญาต ต้องใช้ดุลยพินิจตามกฎหมายและระเบียบ "
            "โดยคำนึงถึงประโยชน์สาธารณะ ระบุเหตุผลประกอบการพิจารณาเป็นลายลักษณ์อักษร "
            "และเปิดเผยขั้นตอน ระยะเวลา ให้ผู้ขออนุญาตตรวจสอบได้</p>",
        ),
        "procurement.html": _html(
            "จัดซื้อจัดจ้าง",
            "<h2>ประกาศจัดซื้อจัดจ้าง</h2>"
            + _links(
                {"/files/award-2569.pdf": "ประกาศผู้ชนะการเสนอราคา จ้างซ่อมผิวจราจร (15 ตุลาคม 2568)"}
            )
            + "<h2>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)</h2>"
            + _links(summaries),
        ),
    }
    pdfs = {
        "files/tax-2568.pdf": [
            "สถิติการจัดเก็บภาษี ปีงบประมาณ พ.ศ. 2568",
            f"ฝ่ายรายได้ {SITE} (ข้อมูล ต.ค. 2567 - มี.ค. 2568)",
            "ภาษีที่ดินและสิ่งปลูกสร้าง 2,110,400 ภาษีป้าย 120,000",
        ],
        "files/revenue-2568.pdf": [
            f"สถิติการจัดเก็บรายได้ {SITE}",
            "ปีงบประมาณ พ.ศ. 2567 (ต.ค. 66 - ก.ย. 67)",
            "ค่าธรรมเนียมใบอนุญาต 85,000 รายได้อื่น 21,000",
        ],
        "files/measures-2568.pdf": [
            "มาตรการยกระดับคุณธรรมและความโปร่งใส",
            f"{SITE} ประจำปีงบประมาณ พ.ศ. 2568",
            "ผลการประเมิน ITA ประจำปี 2567 ได้ 91.42 คะแนน",
            "มาตรการ ผู้รับผิดชอบ ระยะเวลา",
            "เผยแพร่ สขร.1 ภายในวันที่ 10 ของเดือนถัดไป ฝ่ายการคลัง ต.ค. 67 - ก.ย. 68",
        ],
        "files/measures-report.pdf": [
            "รายงานผลการดำเนินการตามมาตรการยกระดับคุณธรรมและความโปร่งใส",
            "รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2568",
            "ผลการดำเนินงานไตรมาสที่ 1 (1 ตุลาคม - 31 ธันวาคม 2567)",
            "มาตรการ ผลการดำเนินงาน ร้อยละ",
            "เผยแพร่ สขร.1 ภายในวันที่ 10 เผยแพร่เดือน ต.ค. พ.ย. ธ.ค. 67 ครบ 100",
            "รายงาน ณ วันที่ 10 มกราคม 2568",
        ],
        "files/risk-2568.pdf": [
            "การประเมินความเสี่ยงต่อการรับสินบน",
            f"{SITE} ประจำปีงบประมาณ พ.ศ. 2568",
            "กระบวนงาน ความเสี่ยง ระดับ",
            "การออกใบอนุญาตก่อสร้าง เรียกรับสินบนเพื่อเร่งรัดการอนุญาต สูง",
        ],
        "files/risk-report.pdf": [
            "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน",
            "ประจำปีงบประมาณ พ.ศ. 2568",
            "ระยะเวลารายงาน: ไตรมาสที่ 1 (1 ตุลาคม - 31 ธันวาคม 2567)",
            "มาตรการ ผลการดำเนินการ ไตรมาส 1",
            "ติดตามคำขออนุญาตผ่าน BMA OSS ดำเนินการแล้ว",
        ],
        "files/award-2569.pdf": [
            "ประกาศผู้ชนะการเสนอราคา จ้างซ่อมผิวจราจร",
            f"{SITE} ประกาศ ณ วันที่ 15 ตุลาคม 2568",
        ],
    }
    for url, heading in summaries.items():
        pdfs[url.lstrip("/")] = [heading, SITE, columns, "1 จ้างซ่อมท่อ 50,000 50,000 เฉพาะเจาะจง"]
    _write(root, pages, pdfs)


def test_periods_2567(tmp_path: Path, serve: Callable[..., SiteServer], settings: Settings) -> None:
    _district_2567(tmp_path)
    server = serve(tmp_path)

    july = _items(settings, server, "bma-2567", date(2025, 7, 31))
    # this year's tax statistics are not this year's revenue statistics
    assert july["O9"]["status"] == "pass", july["O9"]["reasons"]
    assert july["O10"]["status"] == "stale", july["O10"]["reasons"]
    # the six months are over; the report titled six-month reports the first quarter only
    assert july["O22"]["status"] == "incomplete", july["O22"]["reasons"]
    assert july["O22"]["elements_missing"] == ["report"]
    assert any("measures-report.pdf" in r["en"] for r in july["O22"]["reasons"])
    # ... and so is the first quarter's report the site links as six-monthly
    assert july["O19"]["status"] == "incomplete", july["O19"]["reasons"]
    assert july["O19"]["elements_missing"] == ["report"]
    # the HR criteria page is a news post under the item's title; the guideline page is not
    assert july["O16"]["status"] == "missing", july["O16"]["reasons"]
    assert july["O20"]["status"] == "pass", july["O20"]["reasons"]

    # 31 October: no month of FY2569 is due yet; FY2568's July-September are, and are absent
    october = _items(settings, server, "bma-2567", date(2025, 10, 31))
    assert october["O15"]["status"] == "stale", october["O15"]["reasons"]
    assert october["O15"]["months_missing"] == ["2025-07", "2025-08", "2025-09"]


def test_a_report_on_a_plan_is_not_the_plan() -> None:
    """An item named after "ตาม" (according to) is what the text acts on, not what it is; words
    borrowed from another item's phrase with the last one far off are no match."""
    m2564 = Matcher(load_framework("bma-2564").items)
    report = "รายงานการกำกับติดตามการดำเนินงานตามแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2565"
    assert set(m2564.match(report)) == {"O11"}
    assert "O10" in m2564.match("แผนปฏิบัติราชการประจำปี และรายงานการกำกับติดตามการดำเนินงาน")
    m2567 = Matcher(load_framework("bma-2567").items)
    tax = "สถิติการจัดเก็บภาษี ปีงบประมาณ พ.ศ. 2567 ฝ่ายรายได้ สำนักงานเขตสาทร"
    assert set(m2567.match(tax)) == {"O9"}
    assert set(m2567.match("สถิติการจัดเก็บภาษีและรายได้")) == {"O9", "O10"}


def test_the_period_reported_governs_the_title() -> None:
    title = "รายงานผล รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2568\n"
    quarter = periods(title + "ผลการดำเนินงานไตรมาสที่ 1 (1 ตุลาคม - 31 ธันวาคม 2567)", 2568)
    assert max(quarter.ends) == date(2024, 12, 31)
    half = periods(title + "ข้อมูลระหว่าง 1 ตุลาคม 2567 - 31 มีนาคม 2568", 2568)
    assert max(half.ends) == date(2025, 3, 31)
    assert max(periods(title, 2568).ends) == date(2025, 3, 1)  # nothing but the title: it


def _page(url: str, lines: list[str]) -> Doc:
    text = "\n".join(lines)
    return Doc(url, url, "page", "ok", 200, "text/html", lines[0], text, main_text=text)


def test_last_years_six_month_report_stands_until_previous_until() -> None:
    half = load_framework("bma-2564").item("O40").freshness
    doc = _page("http://x/r", ["รายงานการกำกับติดตาม รอบ 6 เดือน", "ตุลาคม 2563 - มีนาคม 2564"])
    bundle = Bundle([], docs=[doc])
    assert judge_freshness(bundle, half, date(2022, 1, 30)).ok is True
    assert judge_freshness(bundle, half, date(2022, 1, 31)).ok is False


def test_the_monthly_series_at_the_turn_of_the_year() -> None:
    monthly = load_framework("bma-2567").item("O15").freshness
    assert series_year(monthly, date(2025, 10, 31)) == 2568  # October is due by 10 November
    assert series_year(monthly, date(2025, 11, 10)) == 2569
    lines = [f"สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน{m}" for m in ("ก.ค. 68", "ส.ค. 68")]
    bundle = Bundle([], docs=[_page("http://x/s", ["สขร.1", *lines])])
    got = judge_freshness(bundle, monthly, date(2025, 10, 31))
    assert got.ok is False and got.months_missing[-1] == "2025-09"
    assert "2025-07" not in got.months_missing


def test_a_month_skipped_inside_the_series_is_incomplete_a_series_that_stops_stale(
    tmp_path: Path, serve: Callable[..., SiteServer], settings: Settings
) -> None:
    """January's summary absent, February to June there: on 31 July the latest month due (June)
    is published, so the series has a hole (incomplete), it has not stopped; on 31 October
    July-September are due too and absent: the series stopped (stale)."""
    _district_2567(tmp_path)
    page = tmp_path / "procurement.html"
    html = page.read_text(encoding="utf-8")
    january = '<li><a href="/files/skr-04.pdf">สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนมกราคม 2568</a></li>'
    assert january in html
    page.write_text(html.replace(january, ""), encoding="utf-8")
    (tmp_path / "files" / "skr-04.pdf").unlink()
    server = serve(tmp_path)

    july = _items(settings, server, "bma-2567", date(2025, 7, 31))
    assert july["O15"]["status"] == "incomplete", july["O15"]["reasons"]
    assert july["O15"]["months_missing"] == ["2025-01"]
    assert any("ระหว่างเดือนที่เผยแพร่แล้ว" in r["th"] for r in july["O15"]["reasons"])

    october = _items(settings, server, "bma-2567", date(2025, 10, 31))
    assert october["O15"]["status"] == "stale", october["O15"]["reasons"]
    assert october["O15"]["months_missing"] == ["2025-01", "2025-07", "2025-08", "2025-09"]


def test_a_gap_is_told_from_a_stop_by_the_latest_month_due() -> None:
    monthly = load_framework("bma-2567").item("O15").freshness

    def timing(months: list[str]) -> Timing:
        lines = [f"สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน{m}" for m in months]
        return judge_freshness(
            Bundle([], docs=[_page("http://x/s", ["สขร.1", *lines])]), monthly, date(2025, 4, 30)
        )

    full = ["ต.ค. 67", "พ.ย. 67", "ธ.ค. 67", "ม.ค. 68", "ก.พ. 68", "มี.ค. 68"]
    assert timing(full).ok is True and not timing(full).gap
    hole = timing([m for m in full if m != "ธ.ค. 67"])
    assert hole.ok is False and hole.gap and hole.months_missing == ["2024-12"]
    stop = timing(full[:4])
    assert stop.ok is False and not stop.gap
    both = timing(["ต.ค. 67", "ธ.ค. 67", "ม.ค. 68"])  # a hole, and stopped too: not current
    assert both.ok is False and not both.gap
    # an entry of the series for a quarter, split by month, covers its three months; a period
    # longer than a quarter (a half-year report's) does not stand for each month
    quarter = timing(["ต.ค. 67", "พ.ย. 67", "ธ.ค. 67", "ไตรมาส 2 (มกราคม - มีนาคม 2568) สขร.1"])
    assert quarter.ok is True, quarter.months_missing
    half = timing(["(ตุลาคม 2567 - มีนาคม 2568) สขร.1"])
    assert half.ok is False and len(half.months_missing) >= 4
