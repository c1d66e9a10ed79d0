"""Office documents that name the item but are not this year's approved edition (classes met on
held-out blind sites, set 4), as of 15 May 2025 (FY2568, the six-month reports due):

- a standing item's document that is last year's edition, its span in force over -> ``stale``
  (a guideline stating an old year, no span ended, still stands -> ``pass``);
- a plan titled for this year whose content is last year's plan, for last year's span -> not
  ``pass``;
- a draft policy (ร่าง) beside the report on putting the policy into practice, which names the
  policy -> ``incomplete``;
- a first quarter's report linked as the six-month report on the year's measures ->
  ``incomplete``.

Each site is served over real HTTP on 127.0.0.1, crawled and checked.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checklist import check_site
from oitwatch.demo.documents import make_docx, make_pdf
from oitwatch.settings import Settings

DIRECTOR = "(นายสมชาย ใจดี) ผู้อำนวยการเขตดินแดง"


def _page(title: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{title} | '
        f"สำนักงานเขตดินแดง</title></head><body><p>สำนักงานเขตดินแดง</p><h1>{title}</h1>"
        f"{body}</body></html>"
    )


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
        _page("หน้าแรก สำนักงานเขตดินแดง", f"<ul>{links}</ul>"), encoding="utf-8"
    )


def test_last_years_editions_drafts_and_a_quarter_do_not_pass(
    tmp_path: Path, serve, settings: Settings
) -> None:
    hr = make_docx(
        [
            "นโยบายและหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2567",
            "สำนักงานเขตดินแดง",
            "หลักเกณฑ์การสรรหา การแต่งตั้ง การพัฒนา การประเมินผล",
            "ใช้บังคับตั้งแต่ 1 ตุลาคม 2566 ถึง 30 กันยายน 2567",
            "ประกาศ ณ วันที่ 20 ตุลาคม 2566",
            "(นางสาวจิราพร ทองดี) ผู้อำนวยการเขตดินแดง",
        ]
    )
    guide = make_pdf(
        [
            [
                "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่ ประจำปีงบประมาณ พ.ศ. 2565",
                "สำนักงานเขตดินแดง",
                "การใช้ดุลยพินิจต้องเป็นไปตามกฎหมาย ระเบียบ และบันทึกเหตุผลทุกครั้ง",
                DIRECTOR,
            ]
        ]
    )
    plan = make_pdf(
        [
            ["แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "สำนักงานเขตดินแดง"],
            [
                "กรอบแผนปฏิบัติราชการ ปีงบประมาณ 2567",
                "ระยะเวลา 1 ตุลาคม 2566 - 30 กันยายน 2567",
                "โครงการปรับปรุงทางเท้า (งบ 2567) ตัวชี้วัดปี 2567",
            ],
        ]
    )
    annual = make_pdf(
        [
            [
                "รายงานผลการปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2567 สำนักงานเขตดินแดง",
                "(1 ต.ค. 2566 - 30 ก.ย. 2567) โครงการปรับปรุงทางเท้า ผลร้อยละ 100",
            ]
        ]
    )
    policy = make_docx(
        [
            "(ร่าง) ประกาศสำนักงานเขตดินแดง เรื่อง นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) "
            "ประจำปีงบประมาณ พ.ศ. 2568",
            "ร่าง – เพื่อเสนอผู้อำนวยการเขตพิจารณา",
            "ประกาศ ณ วันที่ ...... เดือน .......... พ.ศ. ๒๕๖๘",
        ]
    )
    abp_report = make_pdf(
        [
            [
                "รายงานผลการนำนโยบายต่อต้านการรับสินบนสู่การปฏิบัติ รอบ 6 เดือน",
                "ปีงบประมาณ พ.ศ. 2568 (ตุลาคม 2567 - มีนาคม 2568) สำนักงานเขตดินแดง",
                "ผลการดำเนินการ: อบรมบุคลากร 2 ครั้ง ไม่พบการรับสินบน",
                DIRECTOR,
            ]
        ]
    )
    measures = make_pdf(
        [
            [
                "มาตรการยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568",
                "สำนักงานเขตดินแดง วิเคราะห์ผลการประเมิน ITA ปี 2567",
                "มาตรการที่ 1 เผยแพร่ข้อมูลตรงเวลา มาตรการที่ 2 ลดขั้นตอน",
                DIRECTOR,
            ]
        ]
    )
    quarter = make_pdf(
        [
            [
                "รายงานผลการดำเนินงานตามมาตรการยกระดับคุณธรรมและความโปร่งใส ไตรมาสที่ 1 "
                "(ตุลาคม - ธันวาคม 2567)",
                "ผลการดำเนินการ ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2568 สำนักงานเขตดินแดง",
                "มาตรการที่ 1 ดำเนินการแล้ว 3 ครั้ง",
            ]
        ]
    )
    _site(
        tmp_path,
        {
            "hr.html": (
                "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
                '<p><a href="/khet/hr.docx">หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล</a></p>',
            ),
            "o20.html": (
                "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่",
                '<p><a href="/khet/guide.pdf">แนวทางการใช้ดุลยพินิจ</a></p>',
            ),
            "plan.html": (
                "แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี",
                '<p><a href="/khet/plan.pdf">แผนปฏิบัติราชการ 2568</a></p>'
                '<p><a href="/khet/annual.pdf">รายงานผลการปฏิบัติราชการ 2567</a></p>',
            ),
            "abp.html": (
                "นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)",
                '<p><a href="/khet/policy.docx">นโยบาย 2568</a></p>'
                '<p><a href="/khet/abp-report.pdf">รายงานผลการนำนโยบายสู่การปฏิบัติ</a></p>',
            ),
            "ita.html": (
                "มาตรการยกระดับคุณธรรมและความโปร่งใส",
                '<p><a href="/khet/measures.pdf">มาตรการ 2568</a></p>'
                '<p><a href="/khet/quarter.pdf">รายงานผลรอบ 6 เดือน</a></p>',
            ),
        },
        {
            "hr.docx": hr,
            "guide.pdf": guide,
            "plan.pdf": plan,
            "annual.pdf": annual,
            "policy.docx": policy,
            "abp-report.pdf": abp_report,
            "measures.pdf": measures,
            "quarter.pdf": quarter,
        },
    )
    server = serve(tmp_path)
    result = check_site(
        settings, server.url("/khet/"), framework="bma-2567", as_of=date(2025, 5, 15)
    )
    items = {it["code"]: it for it in result["items"]}
    assert items["O16"]["status"] == "stale", items["O16"]["reasons"]
    assert items["O20"]["status"] == "pass", items["O20"]["reasons"]  # no span over: it stands
    assert items["O5"]["status"] in ("stale", "review"), items["O5"]["reasons"]
    assert items["O18"]["status"] == "incomplete", items["O18"]["reasons"]
    assert "ร่าง" in " ".join(r["th"] for r in items["O18"]["reasons"])
    assert items["O22"]["status"] == "incomplete", items["O22"]["reasons"]


def _listing(path: str, rows: list[tuple[str, str]]) -> str:
    """An Apache directory listing of ``path`` with (href, shown name) rows."""
    body = "".join(
        f'<tr><td><img src="/icons/layout.gif" alt="[   ]"></td><td><a href="{href}">{name}</a>'
        '</td><td align="right">2024-10-02 08:30  </td><td align="right">3.1M</td><td>&nbsp;</td></tr>'
        for href, name in rows
    )
    return (
        f"<!DOCTYPE HTML><html><head><title>Index of {path}</title></head><body>"
        f"<h1>Index of {path}</h1><table>"
        '<tr><th><img src="/icons/blank.gif" alt="[ICO]"></th><th><a href="?C=N;O=D">Name</a></th>'
        '<th><a href="?C=M;O=A">Last modified</a></th><th><a href="?C=S;O=A">Size</a></th>'
        '<th><a href="?C=D;O=A">Description</a></th></tr>'
        '<tr><td><img src="/icons/back.gif" alt="[PARENTDIR]"></td><td>'
        '<a href="/files/">Parent Directory</a></td><td>&nbsp;</td><td align="right">  - </td>'
        f"<td>&nbsp;</td></tr>{body}</table>"
        "<address>Apache/2.4.41 (Ubuntu) Server at www.dindaeng.go.th Port 80</address>"
        "</body></html>"
    )


def test_an_empty_folder_and_a_listed_file_that_is_gone_do_not_pass(
    tmp_path: Path, serve, settings: Settings
) -> None:
    files = tmp_path / "files"
    o11 = files / "O11-checklist-ใบอนุญาต"
    o14 = files / "O14-ข้อมูลงบประมาณ"
    o11.mkdir(parents=True)
    o14.mkdir()
    (o11 / "index.html").write_text(_listing("/files/O11-checklist-ใบอนุญาต", []), "utf-8")
    (o14 / "index.html").write_text(
        _listing(
            "/files/O14-ข้อมูลงบประมาณ",
            [
                ("budget-act-2568.pdf", "ข้อบัญญัติงบประมาณ-2..&gt;"),  # listed, not there
                ("budget-2568.pdf", "ข้อมูลงบประมาณ-2568.pdf"),
                ("subsidy-68.pdf", "เงินอุดหนุนชุมชน-68.pdf"),
            ],
        ),
        "utf-8",
    )
    (o14 / "budget-2568.pdf").write_bytes(
        make_pdf([["ข้อมูลงบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2568 สำนักงานเขตดินแดง"]])
    )
    (o14 / "subsidy-68.pdf").write_bytes(
        make_pdf([["เงินอุดหนุนชุมชน ปีงบประมาณ พ.ศ. 2568 สำนักงานเขตดินแดง 40 ชุมชน"]])
    )
    (files / "index.html").write_text(
        _listing(
            "/files",
            [
                (
                    "O11-checklist-%E0%B9%83%E0%B8%9A%E0%B8%AD%E0%B8%99%E0%B8%B8%E0%B8%8D%E0%B8%B2%E0%B8%95/",
                    "O11-checklist-ใบอนุญาต/",
                ),
                (
                    "O14-%E0%B8%82%E0%B9%89%E0%B8%AD%E0%B8%A1%E0%B8%B9%E0%B8%A5%E0%B8%87%E0%B8%9A%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%A1%E0%B8%B2%E0%B8%93/",
                    "O14-ข้อมูลงบประมาณ/",
                ),
            ],
        ),
        "utf-8",
    )
    (tmp_path / "index.html").write_text(
        _page("หน้าแรก สำนักงานเขตดินแดง", '<p><a href="/files/">ITA/OIT ดาวน์โหลด</a></p>'),
        "utf-8",
    )
    server = serve(tmp_path)
    result = check_site(settings, server.url("/"), framework="bma-2567", as_of=date(2025, 5, 31))
    items = {it["code"]: it for it in result["items"]}
    assert items["O11"]["status"] == "missing", items["O11"]["reasons"]
    assert items["O14"]["status"] in ("broken", "incomplete"), items["O14"]["reasons"]


def test_a_board_closed_for_maintenance_is_no_channel(
    tmp_path: Path, serve, settings: Settings
) -> None:
    _site(
        tmp_path,
        {
            "qa.html": (
                "กระดานถาม-ตอบ",
                "<p>ระบบกระดานถาม-ตอบ ปิดปรับปรุงชั่วคราว ขออภัยในความไม่สะดวก</p>",
            )
        },
        {},
    )
    server = serve(tmp_path)
    result = check_site(
        settings, server.url("/khet/"), framework="bma-2564", as_of=date(2022, 4, 30)
    )
    items = {it["code"]: it for it in result["items"]}
    assert items["O8"]["status"] == "missing", items["O8"]["reasons"]


def test_statistics_shown_as_a_picture_under_a_current_caption_are_for_a_person(
    tmp_path: Path, serve, settings: Settings
) -> None:
    from io import BytesIO

    from PIL import Image

    png = BytesIO()
    Image.new("RGB", (120, 80), "white").save(png, format="PNG")
    _site(
        tmp_path,
        {
            "stat.html": (
                "ข้อมูลเชิงสถิติการให้บริการ",
                '<p><img src="/khet/stat_service.png" alt="" width="700"></p>'
                "<p>สถิติการให้บริการประชาชน ประจำปีงบประมาณ พ.ศ. ๒๕๖๕</p>",
            )
        },
        {"stat_service.png": png.getvalue()},
    )
    server = serve(tmp_path)
    result = check_site(
        settings, server.url("/khet/"), framework="bma-2564", as_of=date(2022, 5, 15)
    )
    items = {it["code"]: it for it in result["items"]}
    assert items["O15"]["status"] == "review", items["O15"]["reasons"]
