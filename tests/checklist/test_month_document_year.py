"""A document of one month is for that month's fiscal year: the สขร.1 summary "ในรอบเดือน
ตุลาคม พ.ศ. ๒๕๖๘" is the first of fiscal year 2569, so early in 2569 it gives this year's
series its columns (it was read as a 2568 document, and the 2569 series had none).

The site is built here, served over real HTTP on 127.0.0.1, crawled and checked like any
district.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from checklist import check_site
from oitwatch.demo.documents import make_pdf
from oitwatch.devserver import SiteServer
from oitwatch.settings import Settings

HEAD = '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{t}</title></head><body>'
COLUMNS = [
    "ลำดับที่ งานที่จัดซื้อหรือจัดจ้าง วงเงินที่จะซื้อหรือจ้าง ราคากลาง วิธีซื้อหรือจ้าง",
    "รายชื่อผู้เสนอราคาและราคาที่เสนอ ผู้ได้รับการคัดเลือกและราคาที่ตกลง",
    "เหตุผลที่คัดเลือกโดยสรุป เลขที่และวันที่ของสัญญาหรือข้อตกลง",
    "๑ ซื้อวัสดุสำนักงาน ๕๑,๕๐๐.๐๐ ๕๑,๕๐๐.๐๐ เฉพาะเจาะจง ร้านทดสอบ ร้านทดสอบ ราคาต่ำสุด ๑๑/๒๕๖๘",
]
MONTHS = ["ตุลาคม", "พฤศจิกายน", "ธันวาคม", "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน"]
MONTHS += ["พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน"]
# October 2567 - October 2568: FY2568 whole and the first month of FY2569
SERIES = [(m, "๒๕๖๗" if i < 3 else "๒๕๖๘") for i, m in enumerate(MONTHS)] + [("ตุลาคม", "๒๕๖๘")]


def _site(root: Path) -> None:
    (root / "files").mkdir(parents=True)
    links = "".join(
        f'<li><a href="/files/skr1-{i}.pdf">สขร.๑ {m} {y}</a></li>'
        for i, (m, y) in enumerate(SERIES)
    )
    (root / "index.html").write_text(
        HEAD.format(t="สำนักงานเขตทดสอบ")
        + '<a href="/procure.html">การจัดซื้อจัดจ้าง</a></body></html>',
        encoding="utf-8",
    )
    (root / "procure.html").write_text(
        HEAD.format(t="การจัดซื้อจัดจ้าง")
        + "<h1>ประกาศจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้างรายเดือน</h1>"
        + '<p><a href="/files/winner.pdf">ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุสำนักงาน</a></p>'
        + f"<ul>{links}</ul></body></html>",
        encoding="utf-8",
    )
    (root / "files" / "winner.pdf").write_bytes(
        make_pdf(
            [
                [
                    "ประกาศสำนักงานเขตทดสอบ เรื่อง ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุสำนักงาน",
                    "ประกาศ ณ วันที่ ๑๔ ตุลาคม พ.ศ. ๒๕๖๘",
                ]
            ]
        )
    )
    for i, (month, year) in enumerate(SERIES):
        head = f"แบบ สขร.๑ สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน{month} พ.ศ. {year}"
        (root / "files" / f"skr1-{i}.pdf").write_bytes(
            make_pdf([[head, "สำนักงานเขตทดสอบ", *COLUMNS]])
        )


def test_the_first_months_summary_is_of_the_new_fiscal_year(
    tmp_path: Path, serve: Callable[..., SiteServer], settings: Settings
) -> None:
    _site(tmp_path)
    server = serve(tmp_path)
    result = check_site(settings, server.url("/"), framework="bma-2567", as_of=date(2025, 11, 20))
    o15 = next(it for it in result["items"] if it["code"] == "O15")
    assert o15["status"] == "pass", o15["reasons"]
