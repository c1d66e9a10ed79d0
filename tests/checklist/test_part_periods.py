"""A document covering part of the period an item needs is not the item; the sheet of the
monthly procurement form needs the form's columns.

- a first quarter's report (ต.ค. - ธ.ค.) where the six-month report (ต.ค. - มี.ค.) is due,
  service statistics of October to December only, a quarterly series missing a quarter: the
  item is incomplete, its reason naming the months covered and the months due;
- honest reports pass: "ไตรมาสที่ 1-2", "ครึ่งปีแรก", "รอบ ๖ เดือน" in Thai digits, a cumulative
  "ตั้งแต่ ต.ค. 64 ถึง มี.ค. 65", every quarter of a series, last year's twelve-month report;
  before the six-month report is due a first quarter's stands;
- monthly procurement summaries (แบบ สขร.1) as workbooks whose sheets lack the form's
  columns (the reason for the choice, the contract) are incomplete, naming the columns missing;
  a sheet with every column under other words passes.

Sites are built here, served over real HTTP on 127.0.0.1, crawled and checked like any district.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from checklist import check_site
from oitwatch.demo.documents import make_pdf, make_xlsx
from oitwatch.devserver import SiteServer
from oitwatch.settings import Settings

HEAD = '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{t}</title></head><body>'
SITE = "สำนักงานเขตทดสอบ"

# FY2565 (October 2564 - September 2565), by month: the name and the short name with its year
MONTHS = [
    ("ตุลาคม 2564", "ต.ค. 64"), ("พฤศจิกายน 2564", "พ.ย. 64"), ("ธันวาคม 2564", "ธ.ค. 64"),
    ("มกราคม 2565", "ม.ค. 65"), ("กุมภาพันธ์ 2565", "ก.พ. 65"), ("มีนาคม 2565", "มี.ค. 65"),
    ("เมษายน 2565", "เม.ย. 65"), ("พฤษภาคม 2565", "พ.ค. 65"), ("มิถุนายน 2565", "มิ.ย. 65"),
    ("กรกฎาคม 2565", "ก.ค. 65"),
]  # fmt: skip

FORM = [
    "ลำดับที่",
    "งานที่จัดซื้อหรือจัดจ้าง",
    "วงเงินที่จะซื้อหรือจ้าง (บาท)",
    "ราคากลาง (บาท)",
    "วิธีซื้อหรือจ้าง",
    "รายชื่อผู้เสนอราคาและราคาที่เสนอ",
    "ผู้ได้รับการคัดเลือกและราคาที่ตกลง",
    "เหตุผลที่คัดเลือกโดยสรุป",
    "เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง",
]
# the same columns as another district words them
FORM_REWORDED = [
    "ที่",
    "รายการพัสดุที่จัดซื้อ/จัดจ้าง",
    "งบประมาณ (บาท)",
    "ราคากลาง (บาท)",
    "วิธีการจัดหา",
    "ผู้ยื่นข้อเสนอและราคาที่เสนอ",
    "ผู้ชนะการเสนอราคาและราคาที่ตกลง",
    "เหตุผลในการคัดเลือก",
    "สัญญา/ใบสั่งซื้อ เลขที่ ลงวันที่",
]
# the form without the reason for the choice and the contract
FORM_SHORT = FORM[:7]


def _html(title: str, body: str) -> str:
    return HEAD.format(t=title) + f"<h1>{title}</h1>{body}</body></html>"


def _links(links: dict[str, str]) -> str:
    return "<ul>" + "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in links.items()) + "</ul>"


def _put(root: Path, name: str, body: bytes | str) -> None:
    path = root / name.lstrip("/")
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(body, str):
        path.write_text(body, encoding="utf-8")
    else:
        path.write_bytes(body)


def _pdf(lines: list[str]) -> bytes:
    return make_pdf([lines], title=lines[0])


def _summaries(root: Path, header: list[str]) -> dict[str, str]:
    """Monthly สขร.1 workbooks for October to July, one sheet each: the title rows, the header,
    a purchase."""
    links = {}
    for n, (month, _) in enumerate(MONTHS, 1):
        row = ["1", "จัดซื้อวัสดุสำนักงาน", "15,500", "15,500", "เฉพาะเจาะจง"]
        row += ["ร้านสมใจพาณิชย์ 15,400", "ร้านสมใจพาณิชย์ 15,400", "ราคาต่ำสุด"]
        row += [f"ใบสั่งซื้อ {n}/2565"]
        sheet = [
            ["แบบ สขร.1"],
            [f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {month}"],
            [SITE],
            header,
            row[: len(header)],
        ]
        name = f"/files/skr1-{n:02d}.xlsx"
        _put(root, name, make_xlsx({"สขร.1": sheet}))
        links[name] = f"สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน{month}"
    return links


def _stats(title: str, months: list[tuple[str, str]], lines: list[str]) -> list[str]:
    return [
        title,
        SITE,
        *lines,
        "เดือน จำนวนเรื่อง ดำเนินการแล้ว",
        *(f"{short} {10 + n} {10 + n}" for n, (_, short) in enumerate(months)),
    ]


def _site(root: Path, *, honest: bool) -> None:
    """A bma-2564 district of FY2565: the monitoring report, service and complaint statistics,
    the budget and anti-corruption monitoring reports, last year's annual report and the
    monthly procurement summaries; ``honest``: each covers its whole period, else each covers
    part of it (or lacks the form's columns)."""
    six = MONTHS[:6]
    if honest:
        docs = {
            # O11: the first two quarters named together
            "/files/o11.pdf": [
                "รายงานการกำกับติดตามการดำเนินงานตามแผนปฏิบัติราชการ",
                "ประจำปีงบประมาณ พ.ศ. 2565 ไตรมาสที่ 1-2",
                "โครงการ ผลการดำเนินงาน ความก้าวหน้า",
                "ลอกท่อระบายน้ำ 3.5 กม. ร้อยละ 60",
            ],
            # O15: the first half's monthly figures
            "/files/o15.pdf": _stats(
                "สถิติการให้บริการ ครึ่งปีแรก ปีงบประมาณ พ.ศ. 2565", six, ["ฝ่ายทะเบียน"]
            ),
            # O31: a six-month report in Thai digits
            "/files/o31.pdf": [
                "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต รอบ ๖ เดือน",
                "ปีงบประมาณ พ.ศ. ๒๕๖๕ (ตุลาคม ๒๕๖๔ - มีนาคม ๒๕๖๕)",
                "จำนวนเรื่องร้องเรียน ๒ เรื่อง ดำเนินการแล้ว ๒ เรื่อง",
            ],
            # O40: cumulative from October
            "/files/o40.pdf": [
                "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต",
                "ปีงบประมาณ พ.ศ. 2565",
                "ผลการดำเนินงานตั้งแต่ ต.ค. 64 ถึง มี.ค. 65",
                "กิจกรรม ผลการดำเนินการ ร้อยละ",
                "อบรมคุณธรรมจริยธรรม ดำเนินการแล้ว 100",
            ],
            # O12: last year's twelve months
            "/files/o12.pdf": [
                "รายงานผลการดำเนินงานประจำปี",
                "ประจำปีงบประมาณ พ.ศ. 2564 (ตุลาคม 2563 - กันยายน 2564)",
                "โครงการ ผลการดำเนินงาน",
                "ซ่อมผิวจราจร แล้วเสร็จ ร้อยละ 100",
            ],
        }
        quarters = [1, 2, 3]
        header = FORM_REWORDED
    else:
        docs = {
            "/files/o11.pdf": [
                "รายงานการกำกับติดตามการดำเนินงานตามแผนปฏิบัติราชการ",
                "ประจำปีงบประมาณ พ.ศ. 2565 ไตรมาสที่ 1 (ตุลาคม - ธันวาคม 2564)",
                "โครงการ ผลการดำเนินงาน ความก้าวหน้า",
                "ลอกท่อระบายน้ำ 3.5 กม. ร้อยละ 30",
            ],
            "/files/o15.pdf": _stats(
                "สถิติการให้บริการ ปีงบประมาณ พ.ศ. 2565", MONTHS[:3], ["ฝ่ายทะเบียน"]
            ),
            "/files/o31.pdf": _stats(
                "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ พ.ศ. 2565", MONTHS[:3], []
            ),
            "/files/o40.pdf": [
                "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต",
                "ปีงบประมาณ พ.ศ. 2565 ไตรมาสที่ 1 (ต.ค. - ธ.ค. 2564)",
                "กิจกรรม ผลการดำเนินการ ร้อยละ",
                "อบรมคุณธรรมจริยธรรม ดำเนินการแล้ว 100",
            ],
            "/files/o12.pdf": [
                "รายงานผลการดำเนินงานประจำปี",
                "ประจำปีงบประมาณ พ.ศ. 2564 (ตุลาคม 2563 - กันยายน 2564)",
                "โครงการ ผลการดำเนินงาน",
                "ซ่อมผิวจราจร แล้วเสร็จ ร้อยละ 100",
            ],
        }
        quarters = [1, 3]  # the second quarter's report is not there
        header = FORM_SHORT
    # O19: the budget monitoring reports, quarter by quarter
    spans = {1: "ตุลาคม - ธันวาคม 2564", 2: "มกราคม - มีนาคม 2565", 3: "เมษายน - มิถุนายน 2565"}
    budget = {}
    for q in quarters:
        name = f"/files/o19-q{q}.pdf"
        docs[name] = [
            "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ",
            f"ปีงบประมาณ พ.ศ. 2565 ไตรมาสที่ {q} ({spans[q]})",
            "หมวด งบที่ได้รับ เบิกจ่าย ร้อยละ",
            "งบดำเนินงาน 54,200,000 9,800,000 18.08",
        ]
        budget[name] = f"รายงานการกำกับติดตามการใช้จ่ายงบประมาณ ไตรมาสที่ {q}"
    for name, lines in docs.items():
        _put(root, name, _pdf(lines))
    pages = {
        "/o11.html": ("รายงานการกำกับติดตามการดำเนินงาน", {"/files/o11.pdf": "รายงานการกำกับติดตามการดำเนินงาน"}),
        "/o12.html": ("รายงานผลการดำเนินงานประจำปี", {"/files/o12.pdf": "รายงานผลการดำเนินงานประจำปี 2564"}),
        "/o15.html": ("ข้อมูลเชิงสถิติการให้บริการ", {"/files/o15.pdf": "สถิติการให้บริการ"}),
        "/o19.html": ("รายงานการกำกับติดตามการใช้จ่ายงบประมาณ", budget),
        "/o23.html": ("สรุปผลการจัดซื้อจัดจ้างรายเดือน", _summaries(root, header)),
        "/o31.html": ("ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต", {"/files/o31.pdf": "สถิติเรื่องร้องเรียนการทุจริต"}),
        "/o40.html": (
            "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต",
            {"/files/o40.pdf": "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต"},
        ),
    }  # fmt: skip
    for name, (title, links) in pages.items():
        _put(root, name, _html(title, _links(links)))
    _put(root, "/index.html", _html(SITE, _links({u: t for u, (t, _) in pages.items()})))


def _items(settings: Settings, server: SiteServer, as_of: date) -> dict:
    result = check_site(settings, server.url("/"), framework="bma-2564", as_of=as_of, reuse_hours=1)
    return {it["code"]: it for it in result["items"]}


def _th(item: dict) -> str:
    return " ".join(r["th"] for r in item["reasons"])


def test_part_of_the_period(
    tmp_path: Path, serve: Callable[..., SiteServer], settings: Settings
) -> None:
    _site(tmp_path, honest=False)
    server = serve(tmp_path)
    got = _items(settings, server, date(2022, 8, 20))
    # the first quarter where the six-month report is due: the months covered and due named
    for code in ("O11", "O15", "O31", "O40"):
        assert got[code]["status"] == "incomplete", (code, got[code]["reasons"])
        assert "ต.ค. 64" in _th(got[code]) and "ธ.ค. 64" in _th(got[code]), got[code]["reasons"]
        assert "มี.ค. 65" in _th(got[code]), got[code]["reasons"]
    # the first and third quarters' reports: the second is missing
    assert got["O19"]["status"] == "incomplete", got["O19"]["reasons"]
    assert "ม.ค. 65" in _th(got["O19"]) and "มี.ค. 65" in _th(got["O19"]), got["O19"]["reasons"]
    assert got["O12"]["status"] == "pass", got["O12"]["reasons"]
    # the summaries' sheets lack the form's columns
    assert got["O23"]["status"] == "incomplete", got["O23"]["reasons"]
    lacks = next(r["th"] for r in got["O23"]["reasons"] if "ขาดคอลัมน์" in r["th"])
    assert "เหตุผลที่คัดเลือกโดยสรุป" in lacks and "เลขที่และวันที่ของสัญญา" in lacks, lacks
    assert "วิธีซื้อหรือจ้าง" not in lacks and "ผู้ได้รับการคัดเลือก" not in lacks, lacks

    # before the six-month report is due (30 April), the first quarter's stands
    early = _items(settings, server, date(2022, 2, 15))
    for code in ("O11", "O15", "O31", "O40"):
        assert early[code]["status"] == "pass", (code, early[code]["reasons"])


def test_whole_periods_pass(
    tmp_path: Path, serve: Callable[..., SiteServer], settings: Settings
) -> None:
    _site(tmp_path, honest=True)
    server = serve(tmp_path)
    got = _items(settings, server, date(2022, 8, 20))
    for code in ("O11", "O12", "O15", "O19", "O23", "O31", "O40"):
        assert got[code]["status"] == "pass", (code, got[code]["reasons"])


def _site_2567(root: Path, *, months: int) -> None:
    """A bma-2567 district of FY2568: tax statistics of the first ``months`` months as a
    workbook (months as rows), revenue statistics of October to March."""
    names = [
        "ต.ค. 67",
        "พ.ย. 67",
        "ธ.ค. 67",
        "ม.ค. 68",
        "ก.พ. 68",
        "มี.ค. 68",
        "เม.ย. 68",
        "พ.ค. 68",
    ]
    tax = [["สถิติการจัดเก็บภาษี ปีงบประมาณ พ.ศ. 2568"], [SITE], ["เดือน", "ภาษีที่ดินฯ (บาท)"]]
    tax += [[m, 1_000_000 + n] for n, m in enumerate(names[:months])]
    _put(root, "/files/tax.xlsx", make_xlsx({"ภาษี": tax}))
    revenue = [f"{m} {200_000 + n:,}" for n, m in enumerate(names[:6])]
    _put(
        root,
        "/files/revenue.pdf",
        _pdf(["สถิติการจัดเก็บรายได้ ปีงบประมาณ พ.ศ. 2568", SITE, "เดือน รายได้ (บาท)", *revenue]),
    )
    pages = {
        "/o9.html": ("ข้อมูลสถิติการจัดเก็บภาษี", {"/files/tax.xlsx": "สถิติการจัดเก็บภาษี"}),
        "/o10.html": ("ข้อมูลสถิติการจัดเก็บรายได้", {"/files/revenue.pdf": "สถิติการจัดเก็บรายได้"}),
    }
    for name, (title, links) in pages.items():
        _put(root, name, _html(title, _links(links)))
    _put(root, "/index.html", _html(SITE, _links({u: t for u, (t, _) in pages.items()})))


def test_figures_of_the_year(
    tmp_path: Path, serve: Callable[..., SiteServer], settings: Settings
) -> None:
    _site_2567(tmp_path / "short", months=3)
    _site_2567(tmp_path / "whole", months=8)
    short, whole = serve(tmp_path / "short"), serve(tmp_path / "whole")

    def items(server: SiteServer, as_of: date) -> dict:
        result = check_site(
            settings, server.url("/"), framework="bma-2567", as_of=as_of, reuse_hours=1
        )
        return {it["code"]: it for it in result["items"]}

    # in June the year's statistics must run through March: October to December is short
    got = items(short, date(2025, 6, 20))
    assert got["O9"]["status"] == "incomplete", got["O9"]["reasons"]
    assert "ต.ค. 67 - ธ.ค. 67" in _th(got["O9"]) and "มี.ค. 68" in _th(got["O9"]), got["O9"]
    assert got["O10"]["status"] == "pass", got["O10"]["reasons"]
    # in February the first quarter's figures are the year's so far
    got = items(short, date(2025, 2, 15))
    assert got["O9"]["status"] == "pass", got["O9"]["reasons"]
    got = items(whole, date(2025, 6, 20))
    assert got["O9"]["status"] == "pass", got["O9"]["reasons"]
