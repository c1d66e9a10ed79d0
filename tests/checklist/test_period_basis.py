"""Which period a document covers, and what does not say it.

- a calendar year's figures ("สถิติ… ปี 2568 (มกราคม - พฤศจิกายน 2568)") are of the fiscal year
  their period reaches, not fiscal year 2568: in December 2568 they are this year's data;
- a calendar half-year's complaint statistics (January-June) are not the six-month (October-
  March) statistics: they leave the first half's opening months out;
- last year's six-month report beside the annual report of the year before is an out-of-date
  annual report (stale), not an annual report never published;
- a server's Last-Modified within a day of the fetch (a CMS page answers "now"; a file copied
  just now) or after the date checked says nothing of the content's period: an item of a
  year's content whose evidence states no year is then for a person (review), never a pass.

Sites are built here, served over real HTTP on 127.0.0.1, crawled and checked like any district.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from checklist import check_site
from checklist.evidence import Bundle
from checklist.freshness import judge_freshness, purpose_years
from checklist.snapshot import Doc
from oitwatch.devserver import SiteServer
from oitwatch.settings import Settings
from rules import load_framework

HEAD = '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{t}</title></head><body>'


def _html(title: str, body: str) -> str:
    return HEAD.format(t=title) + f"<h1>{title}</h1>{body}</body></html>"


def _doc(url: str, lines: list[str]) -> Doc:
    text = "\n".join(lines)
    return Doc(url, url, "document", "ok", 200, "application/pdf", lines[0], text, main_text=text)


def test_a_calendar_years_figures_are_of_the_fiscal_year_they_reach() -> None:
    head = "สถิติการจัดเก็บภาษี ปี ๒๕๖๘ สำนักงานเขตทดสอบ (มกราคม - พฤศจิกายน ๒๕๖๘)"
    assert purpose_years(head, 2569) == {2569}
    assert purpose_years("สถิติการจัดเก็บภาษี ปี 2568 (มกราคม - มิถุนายน 2568)", 2569) == {2568}
    # a bare year with no calendar period beside it stays the year it names
    assert purpose_years("สถิติการจัดเก็บภาษี ปี 2568", 2569) == {2568}
    tax = load_framework("bma-2567").item("O9").freshness
    rows = ["ม.ค. 68 1,482,000", "พ.ย. 68 619,000", "ข้อมูล ณ 5 Dec 2025"]
    bundle = Bundle([], docs=[_doc("http://x/tax.pdf", [head, *rows])])
    assert judge_freshness(bundle, tax, date(2025, 12, 19)).ok is True


def test_a_calendar_half_year_is_not_the_six_month_statistics() -> None:
    stats = next(
        e for e in load_framework("bma-2567").item("O17").elements if e.key == "statistics"
    ).freshness
    calendar = _doc(
        "http://x/stat.pdf",
        [
            "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต ประจำปี ๒๕๖๘ (มกราคม - มิถุนายน ๒๕๖๘)",
            *(f"{m} ๒๕๖๘ ๐" for m in ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน")),
        ],
    )
    timing = judge_freshness(Bundle([], docs=[calendar]), stats, date(2025, 12, 19))
    assert timing.ok is False
    fiscal = _doc(
        "http://x/stat6m.pdf",
        ["ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต รอบ 6 เดือน (ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘)"],
    )
    assert judge_freshness(Bundle([], docs=[fiscal]), stats, date(2025, 12, 19)).ok is True


def test_last_years_six_month_report_beside_an_older_annual_report_is_stale() -> None:
    annual = load_framework("bma-2567").item("O5").elements[1].freshness
    older = _doc(
        "http://x/annual.pdf",
        ["รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (๑ ตุลาคม ๒๕๖๖ - ๓๐ กันยายน ๒๕๖๗)"],
    )
    half = _doc(
        "http://x/6m.pdf",
        ["รายงานผลการปฏิบัติราชการ รอบ ๖ เดือน ปีงบประมาณ พ.ศ. ๒๕๖๘ (ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘)"],
    )
    both = judge_freshness(Bundle([], docs=[older, half]), annual, date(2025, 12, 19))
    assert both.ok is False and not both.part_year  # stale: the annual report is 2567's
    alone = judge_freshness(Bundle([], docs=[half]), annual, date(2025, 12, 19))
    assert alone.ok is False and alone.part_year  # the annual report is not published


def _policy_site(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "index.html").write_text(
        _html(
            "สำนักงานเขตทดสอบ",
            '<ul><li><a href="/policy.html">นโยบายผู้ว่าราชการกรุงเทพมหานคร</a></li></ul>',
        ),
        encoding="utf-8",
    )
    (root / "policy.html").write_text(
        _html(
            "นโยบายผู้ว่าราชการกรุงเทพมหานคร",
            "<p>นโยบายผู้ว่าราชการกรุงเทพมหานคร 9 ดี 9 ด้าน ปลอดภัยดี เดินทางดี สิ่งแวดล้อมดี"
            " สุขภาพดี เรียนดี เศรษฐกิจดี สังคมดี บริหารจัดการดี โครงสร้างดี และแผนของเขต"
            "ที่ถ่ายทอดนโยบายสู่การปฏิบัติในพื้นที่เขตทดสอบ</p>",
        ),
        encoding="utf-8",
    )
    return root


def _o2(settings: Settings, server: SiteServer, as_of: date) -> dict:
    result = check_site(settings, server.url("/"), framework="bma-2567", as_of=as_of)
    return next(it for it in result["items"] if it["code"] == "O2")


def test_last_modified_at_the_fetch_dates_nothing(
    tmp_path: Path, serve: Callable[..., SiteServer], settings: Settings
) -> None:
    # files written just now: Last-Modified is the time of answering, not of the content
    fresh = serve(_policy_site(tmp_path / "fresh"))
    item = _o2(settings, fresh, date.today())
    assert item["status"] == "review", item["reasons"]
    assert "Last-Modified" in item["reasons"][0]["en"]

    # the same page last modified days before the fetch: its date stands, one way or the other
    root = _policy_site(tmp_path / "dated")
    then = time.time() - 3 * 86400
    for f in root.iterdir():
        os.utime(f, (then, then))
    dated = serve(root)
    as_of = datetime.fromtimestamp(then).date()
    item = _o2(settings.model_copy(update={"data_dir": tmp_path / "d2"}), dated, as_of)
    assert item["status"] == "pass", item["reasons"]
    later = as_of + timedelta(days=800)  # two years on, the same page is out of date
    item = _o2(settings.model_copy(update={"data_dir": tmp_path / "d3"}), dated, later)
    assert item["status"] == "stale", item["reasons"]
