"""Classes left on blind sites of set 4, each one a site built by other hands would hit too:

- a page whose content under its heading is a dash ("-") publishes nothing: ``missing``
  (frameset_legacy O38), whatever its server's date;
- the satisfaction survey (2564 O16) is the latest one: last fiscal year's passes, one of two
  years back is stale (frameset_legacy, image_notices O16);
- an element phrase running past the item's own name ("แผนปฏิบัติการป้องกันการทุจริต
  ประจำปีงบประมาณ พ.ศ. 2565" for the annual plan whose item is named "…ประจำปี") is the
  element; the 4-year plan stays without it (frameset_legacy, image_notices O39);
- an English-first page: its Thai heading under the English title names the item
  ("Authority & Duties" / "อำนาจหน้าที่", english_first O1), a link in English only is read by
  the Thai words in its own row ("Budget Spending Report FY2024 (รายงานผลการใช้จ่ายงบประมาณ
  ๒๕๖๗)"), and that link answering 404 beside the spending plan makes the item ``broken``
  (english_first O13); a heading above an English link is not its row (real nysso O7);
- the item's annual report behind a dead link, only a six-month report beside it: ``broken``,
  not ``missing`` (frameset_legacy O41);
- a สขร.1 table whose headers abbreviate the form's long ones (ผู้ได้รับคัดเลือก, เหตุผล,
  สัญญา เลขที่/วันที่) is the form (english_first O15);
- a document the OIT index lists in the item's own row is the item's, though its title names
  another item (the spending-plan workbook whose second sheet is the community subsidy,
  office_formats O14);
- a page saying only where the item is ("… อยู่ที่ /files/procurement/2568/") leads to the
  evidence (apache_index O15);
- a document's title under its letterhead ("กรุงเทพมหานคร / สำนักงานเขต…") is its title
  (apache_index O13, review at 0.57 before);
- a division named short with Thai's mark of abbreviation ("ฝ่ายรักษาความสะอาดฯ") is named
  (drupal_paged O6);
- the OIT row's words over a document count among its names: a first quarter's report in the
  row "รายงานการใช้จ่ายงบประมาณ รอบ 6 เดือน" is a six-month report reporting less,
  ``incomplete`` (frameset_legacy O19); a Google Drive folder as the item's only evidence is for
  a person to read, ``review`` (frameset_legacy O43).

Each site is served over real HTTP on 127.0.0.1, crawled and checked.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checklist import check_site
from oitwatch.demo.documents import make_pdf, make_table_pdf, make_xlsx
from oitwatch.settings import Settings


def _page(title: str, body: str, lang: str = "th") -> str:
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f"</head><body>{body}</body></html>"
    )


def _write(root: Path, files: dict[str, str | bytes]) -> None:
    for name, data in files.items():
        path = root / "khet" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")


def _check(settings: Settings, serve, root: Path, framework: str, as_of: date) -> dict:
    server = serve(root)
    result = check_site(settings, server.url("/khet/"), framework=framework, as_of=as_of)
    return {it["code"]: it for it in result["items"]}


def _survey(year: int) -> bytes:
    return make_pdf(
        [
            [
                f"รายงานผลการสำรวจความพึงพอใจการให้บริการ ประจำปีงบประมาณ พ.ศ. {year}",
                "สำนักงานเขตบางคอแหลม",
                f"สำรวจระหว่างเดือนตุลาคม {year - 1} - กันยายน {year} ผู้ตอบแบบสอบถาม 400 คน",
                "ความพึงพอใจโดยรวมร้อยละ 89.5",
            ]
        ]
    )


def test_a_dash_under_the_heading_and_the_annual_plan_by_its_title(
    tmp_path: Path, serve, settings: Settings
) -> None:
    annual = make_pdf(
        [
            [
                "สำนักงานเขตบางคอแหลม",
                "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2565",
                "โครงการ งบประมาณ ระยะเวลา",
                "อบรมคุณธรรมจริยธรรม 20,000 ม.ค.65",
                "(นางสาวจิราพร วงศ์สวัสดิ์) ผู้อำนวยการเขตบางคอแหลม",
            ]
        ]
    )
    _write(
        tmp_path,
        {
            "index.html": _page(
                "สำนักงานเขตบางคอแหลม",
                "<h1>สำนักงานเขตบางคอแหลม</h1><ul>"
                '<li><a href="/khet/culture.html">การเสริมสร้างวัฒนธรรมองค์กร</a></li>'
                '<li><a href="/khet/acp-plan-2565.pdf">แผนป้องกันการทุจริต 2565</a></li>'
                '<li><a href="/khet/survey-2564.pdf">ผลสำรวจปี 2564</a></li></ul>',
            ),
            "survey-2564.pdf": _survey(2564),
            "culture.html": _page(
                "สำนักงานเขตบางคอแหลม",
                "<p>สำนักงานเขตบางคอแหลม</p><h2>การเสริมสร้างวัฒนธรรมองค์กร</h2><p>-</p>",
            ),
            "acp-plan-2565.pdf": annual,
        },
    )
    items = _check(settings, serve, tmp_path, "bma-2564", date(2022, 5, 15))
    assert items["O38"]["status"] == "missing", items["O38"]["reasons"]
    assert items["O39"]["status"] == "pass", items["O39"]["reasons"]
    assert items["O16"]["status"] == "pass", items["O16"]["reasons"]  # last year's survey


def test_a_four_year_plan_is_still_no_annual_plan(
    tmp_path: Path, serve, settings: Settings
) -> None:
    four_years = make_pdf(
        [
            [
                "สำนักงานเขตบางคอแหลม",
                "แผนปฏิบัติการป้องกันการทุจริต ระยะ 4 ปี (พ.ศ. 2565 - 2568)",
                "โครงการ งบประมาณ ระยะเวลา",
                "อบรมคุณธรรมจริยธรรม 20,000 ทุกปี",
            ]
        ]
    )
    _write(
        tmp_path,
        {
            "index.html": _page(
                "สำนักงานเขตบางคอแหลม",
                "<h1>สำนักงานเขตบางคอแหลม</h1>"
                '<p><a href="/khet/acp-plan.pdf">แผนปฏิบัติการป้องกันการทุจริตประจำปี</a></p>'
                '<p><a href="/khet/survey-2563.pdf">ผลสำรวจปี 2563</a></p>',
            ),
            "acp-plan.pdf": four_years,
            "survey-2563.pdf": _survey(2563),
        },
    )
    items = _check(settings, serve, tmp_path, "bma-2564", date(2022, 5, 15))
    assert items["O39"]["status"] == "incomplete", items["O39"]["reasons"]
    assert items["O16"]["status"] == "stale", items["O16"]["reasons"]  # two years back


def test_english_first_pages_and_a_dead_report_link(
    tmp_path: Path, serve, settings: Settings
) -> None:
    plan = make_pdf(
        [
            [
                "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
                "สำนักงานเขตคลองสาน",
                "ไตรมาส ๑ ๑๒,๔๐๐,๐๐๐ บาท ไตรมาส ๒ ๑๓,๑๐๐,๐๐๐ บาท",
            ]
        ]
    )
    menu = (
        '<p><a href="/khet/index.html">Home</a> | <a href="/khet/authority.html">Authority'
        ' &amp; Duties</a> | <a href="/khet/budget.html">Budget</a></p>'
    )
    _write(
        tmp_path,
        {
            "index.html": _page(
                "Khlong San District Office", f"{menu}<h1>Khlong San District Office</h1>", "en"
            ),
            "authority.html": _page(
                "Authority & Duties | Khlong San District Office",
                f"{menu}<h1>Authority &amp; Duties</h1><h2>อำนาจหน้าที่</h2>"
                "<p>สำนักงานเขตมีอำนาจหน้าที่ตามพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร"
                " พ.ศ. ๒๕๒๘ ได้แก่ งานทะเบียนราษฎร การจัดเก็บรายได้ การรักษาความสะอาด</p>",
                "en",
            ),
            "budget.html": _page(
                "Budget | Khlong San District Office",
                f"{menu}<h1>Budget</h1><ul>"
                '<li><a href="/khet/spending-plan-2568.pdf">Budget Spending Plan FY2025</a>'
                " (แผนการใช้จ่ายงบประมาณ ๒๕๖๘)</li>"
                '<li><a href="/khet/spending-report-2567.pdf">Budget Spending Report FY2024</a>'
                " (รายงานผลการใช้จ่ายงบประมาณ ๒๕๖๗)</li></ul>",
                "en",
            ),
            "spending-plan-2568.pdf": plan,
        },
    )
    items = _check(settings, serve, tmp_path, "bma-2567", date(2025, 5, 15))
    o1 = [e["url"] for e in items["O1"]["evidence"]]
    assert any(u.endswith("/khet/authority.html") for u in o1), o1
    assert "duties" not in items["O1"].get("elements_missing", []), items["O1"]["reasons"]
    assert items["O13"]["status"] == "broken", items["O13"]["reasons"]
    assert "spending-report-2567.pdf" in items["O13"]["reasons"][0]["en"]


def test_the_annual_report_behind_a_dead_link_beside_a_six_month_one(
    tmp_path: Path, serve, settings: Settings
) -> None:
    six_months = make_pdf(
        [
            [
                "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ 6 เดือน",
                "ประจำปีงบประมาณ พ.ศ. 2564 (ตุลาคม 2563 - มีนาคม 2564)",
                "สำนักงานเขตบางคอแหลม",
                "โครงการอบรมคุณธรรมจริยธรรม ดำเนินการแล้ว ร้อยละ 50",
            ]
        ]
    )
    _write(
        tmp_path,
        {
            "index.html": _page(
                "สำนักงานเขตบางคอแหลม",
                "<h1>สำนักงานเขตบางคอแหลม</h1><h2>การเปิดเผยข้อมูลสาธารณะ (OIT) 2565</h2><table>"
                "<tr><td>O36</td><td>การประเมินความเสี่ยงการทุจริตประจำปี</td><td>-</td></tr>"
                "<tr><td>O37</td><td>การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต</td><td>-</td></tr>"
                "<tr><td>O38</td><td>การเสริมสร้างวัฒนธรรมองค์กร</td><td>-</td></tr>"
                "<tr><td>O39</td><td>แผนปฏิบัติการป้องกันการทุจริตประจำปี</td><td>-</td></tr>"
                "<tr><td>O41</td><td>รายงานผลการดำเนินการป้องกันการทุจริตประจำปี</td><td>"
                '<a href="/khet/acp-6m-2564.pdf">รายงานรอบ 6 เดือน 2564</a> '
                '<a href="/khet/rpt-acp-2564.pdf">รายงานประจำปี 2564</a></td></tr></table>',
            ),
            "acp-6m-2564.pdf": six_months,
        },
    )
    items = _check(settings, serve, tmp_path, "bma-2564", date(2022, 5, 15))
    assert items["O41"]["status"] == "broken", (items["O41"]["reasons"], items["O41"]["evidence"])


def test_a_monthly_summary_with_abbreviated_form_headers(
    tmp_path: Path, serve, settings: Settings
) -> None:
    header = [
        "ที่",
        "งานที่จัดซื้อจัดจ้าง",
        "วงเงิน",
        "ราคากลาง",
        "วิธี",
        "ผู้เสนอราคา/ราคา",
        "ผู้ได้รับคัดเลือก/ราคา",
        "เหตุผล",
        "สัญญา เลขที่/วันที่",
    ]
    row = [
        "1",
        "จ้างซ่อมแซมทางเท้า",
        "49,000",
        "49,000",
        "เฉพาะเจาะจง",
        "หจก.คลองสานการช่าง",
        "หจก.คลองสานการช่าง",
        "ราคาเหมาะสม",
        "1/68 09/10/67",
    ]
    summary = make_table_pdf(
        [header, row],
        [20, 70, 45, 45, 50, 70, 70, 50, 60],
        before=["สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนตุลาคม ๒๕๖๗ (สขร.๑)", "สำนักงานเขตคลองสาน"],
    )
    _write(
        tmp_path,
        {
            "index.html": _page(
                "สำนักงานเขตคลองสาน",
                "<h1>สำนักงานเขตคลองสาน</h1><h2>จัดซื้อจัดจ้าง</h2><ul>"
                '<li><a href="/khet/skr-oct67.pdf">สรุปผลการจัดซื้อจัดจ้าง เดือนตุลาคม ๒๕๖๗'
                " (สขร.๑)</a></li></ul>",
            ),
            "skr-oct67.pdf": summary,
        },
    )
    items = _check(settings, serve, tmp_path, "bma-2567", date(2024, 11, 15))
    assert "form_columns" not in items["O15"].get("elements_missing", []), items["O15"]["reasons"]


def _oit_index(rows: str) -> str:
    """An OIT index page of five rows or more (codes written O1...)."""
    filler = "".join(
        f"<tr><td>{code}</td><td>{name}</td><td>-</td></tr>"
        for code, name in (
            ("O1", "ข้อมูลพื้นฐาน"),
            ("O2", "นโยบายผู้ว่าราชการกรุงเทพมหานคร"),
            ("O3", "ข้อมูลโรงเรียนในสังกัดกรุงเทพมหานคร"),
            ("O4", "ข่าวประชาสัมพันธ์ผลการดำเนินงาน"),
        )
    )
    return _page(
        "ITA 2568 สำนักงานเขตคันนายาว",
        f"<h1>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568</h1><table>{filler}{rows}</table>",
    )


def test_a_workbook_in_the_items_row_and_a_letterhead_over_the_title(
    tmp_path: Path, serve, settings: Settings
) -> None:
    ordinance = make_pdf(
        [
            [
                "กรุงเทพมหานคร",
                "สำนักงานเขตคันนายาว",
                "ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2568 (ส่วนของสำนักงานเขตคันนายาว)",
                "งบประมาณที่ได้รับจัดสรร 235,500,000 บาท",
            ]
        ]
    )
    workbook = make_xlsx(
        {
            "แผนการใช้จ่าย 2568": [
                ["แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2568 สำนักงานเขตคันนายาว"],
                ["หมวด", "ไตรมาส 1", "ไตรมาส 2", "รวม"],
                ["งบดำเนินงาน", 10200000, 12400000, 22600000],
            ],
            "เงินอุดหนุนชุมชน": [
                ["ข้อมูลเงินอุดหนุนชุมชน ปีงบประมาณ 2568"],
                ["ชุมชน", "โครงการ", "จำนวนเงิน (บาท)"],
                ["ชุมชนวัดบางเตย", "ปรับปรุงลานกีฬา", 200000],
            ],
        }
    )
    plan = make_pdf(
        [
            [
                "กรุงเทพมหานคร",
                "สำนักงานเขตคันนายาว",
                "แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. 2568",
                "ไตรมาส ต.ค.-ธ.ค.67 42.1 ม.ค.-มี.ค.68 38.7 ล้านบาท",
            ]
        ],
        title="กรุงเทพมหานคร",  # the letterhead taken for the title, as exporters do
    )
    report = make_pdf(
        [
            [
                "กรุงเทพมหานคร",
                "สำนักงานเขตคันนายาว",
                "รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. 2567",
                "งบประมาณที่ได้รับจัดสรร 168.40 ล้านบาท เบิกจ่าย 159.22 ล้านบาท",
            ]
        ],
        title="กรุงเทพมหานคร",
    )
    _write(
        tmp_path,
        {
            "index.html": _oit_index(
                '<tr><td>O13</td><td>O13-แผนใช้จ่ายงบ</td><td><a href="/khet/f13/a.pdf">a.pdf</a>'
                ' <a href="/khet/f13/b.pdf">b.pdf</a></td></tr>'
                "<tr><td>O14</td><td>ข้อบัญญัติงบประมาณ และเงินอุดหนุนชุมชน</td><td>"
                '<a href="/khet/f14/ordinance_2568.pdf">ข้อบัญญัติ 2568</a> '
                '<a href="/khet/f14/budget_plan_2568.xlsx">เงินอุดหนุนชุมชน (ชีตที่ 2)</a>'
                "</td></tr>"
            ),
            "f13/a.pdf": plan,
            "f13/b.pdf": report,
            "f14/ordinance_2568.pdf": ordinance,
            "f14/budget_plan_2568.xlsx": workbook,
        },
    )
    items = _check(settings, serve, tmp_path, "bma-2567", date(2025, 5, 15))
    assert items["O14"]["status"] == "pass", items["O14"]["reasons"]
    assert items["O13"]["status"] == "pass", items["O13"]["reasons"]


def test_a_page_saying_where_the_item_is_leads_to_it(
    tmp_path: Path, serve, settings: Settings
) -> None:
    header = ["ที่", "งานที่จัดซื้อจัดจ้าง", "วงเงิน", "ราคากลาง", "วิธีซื้อหรือจ้าง"]
    header += ["ผู้เสนอราคา", "ผู้ได้รับการคัดเลือก", "เหตุผลที่คัดเลือก", "เลขที่และวันที่สัญญา"]
    row = ["1", "จ้างซ่อมแซมทางเท้า", "49,000", "49,000", "เฉพาะเจาะจง", "หจก.ช่าง"]
    row += ["หจก.ช่าง", "ราคาเหมาะสม", "1/68 09/10/67"]
    summary = make_table_pdf(
        [header, row],
        [20, 70, 45, 45, 50, 60, 70, 60, 60],
        before=["สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนตุลาคม 2567 (สขร.1)", "สำนักงานเขตคันนายาว"],
    )
    award = make_pdf(
        [
            [
                "ประกาศสำนักงานเขตคันนายาว",
                "เรื่อง ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมทางเท้า",
                "ลงวันที่ 20 ตุลาคม พ.ศ. 2567 ปีงบประมาณ พ.ศ. 2568",
            ]
        ]
    )
    _write(
        tmp_path,
        {
            "index.html": _oit_index(
                '<tr><td>O15</td><td>การจัดซื้อจัดจ้าง</td><td><a href="/khet/f15/read.html">อ่านที่นี่</a></td></tr>'
            ),
            "f15/read.html": _page(
                "O15",
                'ประกาศและสรุปผลรายเดือน อยู่ที่ <a href="/khet/files/2568/">/khet/files/2568/</a>',
            ),
            "files/2568/index.html": _page(
                "2568",
                '<ul><li><a href="/khet/files/2568/d1.pdf">d1.pdf</a></li>'
                '<li><a href="/khet/files/2568/d2.pdf">d2.pdf</a></li></ul>',
            ),
            "files/2568/d1.pdf": summary,
            "files/2568/d2.pdf": award,
        },
    )
    items = _check(settings, serve, tmp_path, "bma-2567", date(2024, 11, 15))
    urls = [e["url"] for e in items["O15"]["evidence"]]
    assert any(u.endswith("/files/2568/d1.pdf") for u in urls), (urls, items["O15"]["reasons"])
    assert items["O15"]["status"] == "pass", items["O15"]["reasons"]


DIVISIONS = [
    "ฝ่ายปกครอง",
    "ฝ่ายทะเบียน",
    "ฝ่ายการคลัง",
    "ฝ่ายรายได้",
    "ฝ่ายโยธา",
    "ฝ่ายรักษาความสะอาดฯ",  # ฯ: the rest of the name (และสวนสาธารณะ) left out, as Thai writes it
    "ฝ่ายสิ่งแวดล้อมฯ",
    "ฝ่ายเทศกิจ",
    "ฝ่ายพัฒนาชุมชนฯ",
    "ฝ่ายการศึกษา",
]


def test_abbreviated_division_names(tmp_path: Path, serve, settings: Settings) -> None:
    files: dict[str, str | bytes] = {}
    rows = ""
    for n, division in enumerate(DIVISIONS, 1):
        files[f"manual_div{n:02d}.pdf"] = make_pdf(
            [[f"คู่มือการปฏิบัติงาน {division} สำนักงานเขตบางคอแหลม", "ขั้นตอนการปฏิบัติงาน"]]
        )
        rows += f'<tr><td>{division}</td><td><a href="/khet/manual_div{n:02d}.pdf">เปิดเอกสาร</a>'
        rows += "</td></tr>"
    files["manuals.html"] = _page(
        "คู่มือการปฏิบัติงาน (แยกตามฝ่าย) | สำนักงานเขตบางคอแหลม",
        f"<h1>คู่มือการปฏิบัติงาน (แยกตามฝ่าย)</h1><table><tr><th>ฝ่าย</th><th>เอกสาร</th></tr>"
        f"{rows}</table>",
    )
    files["index.html"] = _page(
        "สำนักงานเขตบางคอแหลม",
        "<h1>สำนักงานเขตบางคอแหลม</h1><ul>"
        '<li><a href="/khet/manuals.html">คู่มือการปฏิบัติงาน</a></li></ul>',
    )
    _write(tmp_path, files)
    items = _check(settings, serve, tmp_path, "bma-2567", date(2024, 4, 18))
    assert items["O6"]["status"] == "pass", items["O6"]["reasons"]


def test_a_first_quarter_in_the_six_month_row_and_a_drive_folder(
    tmp_path: Path, serve, settings: Settings
) -> None:
    first_quarter = make_pdf(
        [
            [
                "กรุงเทพมหานคร",
                "สำนักงานเขตบางคอแหลม",
                "รายงานผลการใช้จ่ายงบประมาณ ไตรมาสที่ 1",
                "ปีงบประมาณ พ.ศ. 2565 (1 ตุลาคม - 31 ธันวาคม 2564)",
                "เบิกจ่ายแล้ว 31.40 ล้านบาท คิดเป็นร้อยละ 23.4 ของงบประมาณ",
            ]
        ],
        title="กรุงเทพมหานคร",
    )
    rows = (
        "<tr><td>O36</td><td>การประเมินความเสี่ยงการทุจริตประจำปี</td><td>-</td></tr>"
        "<tr><td>O37</td><td>การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต</td><td>-</td></tr>"
        "<tr><td>O38</td><td>การเสริมสร้างวัฒนธรรมองค์กร</td><td>-</td></tr>"
        "<tr><td>O19</td><td>รายงานการกำกับติดตามการใช้จ่ายงบประมาณ</td><td>"
        '<a href="/khet/budget-6m-65.pdf">รายงานการใช้จ่ายงบประมาณ รอบ 6 เดือน</a></td></tr>'
        "<tr><td>O43</td><td>การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส</td><td>"
        '<a href="https://drive.google.com/drive/folders/1bKhL-ita65">ผลการดำเนินการ'
        " (Google Drive)</a></td></tr>"
    )
    _write(
        tmp_path,
        {
            "index.html": _page(
                "สำนักงานเขตบางคอแหลม",
                "<h1>สำนักงานเขตบางคอแหลม</h1><h2>การเปิดเผยข้อมูลสาธารณะ (OIT) 2565</h2>"
                f"<table>{rows}</table>",
            ),
            "budget-6m-65.pdf": first_quarter,
        },
    )
    items = _check(settings, serve, tmp_path, "bma-2564", date(2022, 5, 15))
    # the row says six months, the report is the first quarter's: the six-month part is absent
    assert items["O19"]["status"] == "incomplete", items["O19"]["reasons"]
    # only a Google Drive folder, which no one here read: a person checks, never a pass
    assert items["O43"]["status"] == "review", items["O43"]["reasons"]
