"""Each month's summary of a monthly series is its own document, found the same way as the
others: all of them are the item's evidence, even when none matches strongly (titled only
"สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือน…", linked by the month's name alone).

The site is built here, served over real HTTP on 127.0.0.1, crawled and checked like any
district.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from checklist import check_site
from oitwatch.demo.documents import make_pdf
from oitwatch.devserver import SiteServer
from oitwatch.settings import Settings

SITE = "สำนักงานเขตทดสอบ"
HEAD = '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{t}</title></head><body>'
COLUMNS = [
    "ลำดับ งานที่จัดซื้อจัดจ้าง วงเงิน ราคากลาง วิธีซื้อ/จ้าง ผู้เสนอราคาและราคา",
    "ผู้ได้รับคัดเลือกและราคา เหตุผลที่คัดเลือก เลขที่และวันที่สัญญา",
    "1 ซื้อวัสดุสำนักงาน 25,000 25,000 เฉพาะเจาะจง หจก.ทดสอบ 24,600 หจก.ทดสอบ 24,600 "
    "ราคาต่ำสุด ใบสั่งซื้อ 11/65",
]
# FY2565 (October 2564 - April 2565 due by 10 May 2565), January skipped
MONTHS = [
    ("2564-10", "ตุลาคม ๒๕๖๔"),
    ("2564-11", "พฤศจิกายน ๒๕๖๔"),
    ("2564-12", "ธันวาคม ๒๕๖๔"),
    ("2565-02", "กุมภาพันธ์ ๒๕๖๕"),
    ("2565-03", "มีนาคม ๒๕๖๕"),
    ("2565-04", "เมษายน ๒๕๖๕"),
]


def _page(title: str, body: str) -> str:
    return HEAD.format(t=f"{title} - {SITE}") + f"<h1>{title}</h1>{body}</body></html>"


def _site(root: Path) -> None:
    menu = '<p><a href="/">หน้าแรก</a> | <a href="/procure/">จัดซื้อจัดจ้าง</a></p>'
    (root / "index.html").write_text(_page(SITE, menu), encoding="utf-8")
    links = " ".join(f'<a href="/uploads/skr1-{n}.pdf">{m}</a>' for n, m in MONTHS)
    (root / "procure").mkdir()
    (root / "procure" / "index.html").write_text(
        _page(
            "ข้อมูลการจัดซื้อจัดจ้าง",
            menu + f"<p>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑) ปี ๒๕๖๕ {links}</p>",
        ),
        encoding="utf-8",
    )
    (root / "uploads").mkdir()
    for n, month in MONTHS:
        # the title names the district and the form on a line of its own: a weaker match
        title = f"สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือน{month}\n{SITE} (แบบ สขร.๑)"
        lines = [*title.splitlines(), *COLUMNS]
        (root / "uploads" / f"skr1-{n}.pdf").write_bytes(make_pdf([lines], title=title))


def test_every_months_summary_is_evidence_of_the_series(
    tmp_path: Path, serve: Callable[..., SiteServer], settings: Settings
) -> None:
    _site(tmp_path)
    server = serve(tmp_path)
    result = check_site(settings, server.url("/"), framework="bma-2564", as_of=date(2022, 5, 10))
    o23 = next(it for it in result["items"] if it["code"] == "O23")
    # every month but January is read: a hole inside the series, not a series that stopped
    assert o23["months_missing"] == ["2022-01"], o23["reasons"]
    assert o23["status"] == "incomplete", o23["reasons"]


@pytest.mark.parametrize("style", ["list", "table"])
def test_a_months_row_opening_another_months_summary_is_a_hole(
    style: str, tmp_path: Path, serve: Callable[..., SiteServer], settings: Settings
) -> None:
    """January's row opens December's summary (a copied link): the page names January, the
    document it opens does not, so January is not published (incomplete, not pass)."""
    _site(tmp_path)
    months = [*MONTHS[:3], ("2564-12", "มกราคม ๒๕๖๕"), *MONTHS[3:]]
    if style == "list":
        rows = "".join(
            f'<li><a href="/uploads/skr1-{n}.pdf">สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน{m}</a></li>'
            for n, m in months
        )
        body = f"<h2>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑)</h2><ul>{rows}</ul>"
    else:
        rows = "".join(
            f'<tr><td>{m}</td><td><a href="/uploads/skr1-{n}.pdf">ดาวน์โหลด</a></td></tr>'
            for n, m in months
        )
        body = f"<h2>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.๑) ปี ๒๕๖๕</h2><table>{rows}</table>"
    (tmp_path / "procure" / "index.html").write_text(
        _page("สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน", body), encoding="utf-8"
    )
    oit = "<table><tr><td>O23</td><td>สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน</td>"
    oit += '<td><a href="/procure/">คลิก</a></td></tr></table>'
    (tmp_path / "index.html").write_text(_page(SITE, oit), encoding="utf-8")
    server = serve(tmp_path)
    result = check_site(settings, server.url("/"), framework="bma-2564", as_of=date(2022, 5, 10))
    o23 = next(it for it in result["items"] if it["code"] == "O23")
    assert o23["months_missing"] == ["2022-01"], o23["reasons"]
    assert o23["status"] == "incomplete", o23["reasons"]
