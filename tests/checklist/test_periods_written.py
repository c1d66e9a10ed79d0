"""The period evidence covers, however it is written, decides whether it is current.

- a six-month report is of the half it reports on ("เมษายน – กันยายน ๒๕๖๗"), not of the day it
  was signed (๑๕ ต.ค. ๒๕๖๗, in the next fiscal year) nor of the link calling it "ปีงบ 68";
- a month's entry opening another month's summary leaves its month out ("สขร.1 ตุลาคม ๒๕๖๓"
  naming October, not 1 October);
- a page under the item's title saying only that its content is being revised, with a
  sentence why and an apology, publishes nothing (missing);
- a link to another site is named by the line above it on its page (a card's "... ในระบบ
  BMA OSS ..." over its "ตรวจสอบสถานะ" button).

Sites are built here, served over real HTTP on 127.0.0.1, crawled and checked like any district.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from checklist import check_site
from checklist.evidence import Bundle
from checklist.freshness import judge_freshness
from checklist.snapshot import Doc, LinkView
from oitwatch.demo.documents import make_pdf
from oitwatch.devserver import SiteServer
from oitwatch.settings import Settings
from oitwatch.thai import find_dates
from rules import load_framework

HEAD = '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{t}</title></head><body>'
SITE = "สำนักงานเขตทดสอบ"
AS_OF = date(2025, 8, 5)  # FY2568; the six-month report (Oct 67 - Mar 68) was due by 30 April

# one row a month of FY2568 up to June, figures in Thai digits
MONTHS = ["ต.ค. ๖๗", "พ.ย. ๖๗", "ธ.ค. ๖๗", "ม.ค. ๖๘", "ก.พ. ๖๘", "มี.ค. ๖๘", "เม.ย. ๖๘", "พ.ค. ๖๘", "มิ.ย. ๖๘"]  # fmt: skip


def _html(title: str, body: str) -> str:
    return HEAD.format(t=f"{title} — {SITE}") + f"<h1>{title}</h1>{body}</body></html>"


def _links(links: dict[str, str]) -> str:
    return "<ul>" + "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in links.items()) + "</ul>"


def _statistics(months: list[str]) -> str:
    rows = "".join(
        f"<tr><td>{m}</td><td>{n % 3}</td><td>{n % 2}</td></tr>" for n, m in enumerate(months)
    )
    return (
        "<h2>ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ พ.ศ. ๒๕๖๘</h2>"
        "<table><tr><th>เดือน</th><th>จำนวนเรื่องร้องเรียน</th><th>ดำเนินการแล้วเสร็จ</th></tr>"
        f"{rows}<tr><td>รวม ต.ค. ๖๗ – มิ.ย. ๖๘</td><td>9</td><td>4</td></tr></table>"
        "<p>ข้อมูล ณ 30/06/2568</p>"
    )


def _district(root: Path, report_period: str, months: list[str]) -> None:
    pages = {
        "index.html": _html(
            SITE,
            _links(
                {
                    "/integrity/": "คุณธรรมและความโปร่งใส",
                    "/complaints/": "ร้องเรียนการทุจริต",
                    "/citizen-manual/": "คู่มือการให้บริการประชาชน",
                    "/permits/": "การขอใบอนุญาต",
                }
            ),
        ),
        "integrity/index.html": _html(
            "คุณธรรมและความโปร่งใส",
            _links(
                {
                    "/files/risk-68.pdf": "การประเมินความเสี่ยงต่อการรับสินบน ปีงบ 68",
                    "/files/risk-report-6m.pdf": "รายงานผลการจัดการความเสี่ยงต่อการรับสินบน"
                    " รอบ 6 เดือน ปีงบ 68 · โพสต์เมื่อ 2025-04-28",
                }
            ),
        ),
        "complaints/index.html": _html(
            "ช่องทางการร้องเรียนการทุจริตและสถิติเรื่องร้องเรียน",
            "<h2>ช่องทางการร้องเรียนการทุจริต</h2><p>ยื่นด้วยตนเองที่ฝ่ายปกครอง โทร. ๐ ๒๕๑๓ ๔๐๐๐"
            " อีเมล complaint@district.example แจ้งเบาะแสผ่าน Traffy Fondue</p>" + _statistics(months),
        ),
        "citizen-manual/index.html": _html(
            "คู่มือการให้บริการประชาชน",
            "<p><b>อยู่ระหว่างปรับปรุงข้อมูล</b></p>"
            f"<p>คู่มือการให้บริการประชาชนของ{SITE} อยู่ระหว่างการจัดทำฉบับใหม่ให้สอดคล้องกับ"
            " พ.ร.บ.การอำนวยความสะดวกฯ ขออภัยในความไม่สะดวก</p><p>Coming soon · 2025-07-01</p>",
        ),
        "permits/index.html": _html(
            "การขอใบอนุญาต: การติดตามสถานะ",
            "<div><h3>ติดตามสถานะคำขออนุญาต (Tracking)</h3>"
            "<p>กรอกเลขที่คำขอในระบบ BMA OSS เพื่อดูขั้นตอนปัจจุบัน</p>"
            '<a href="https://oss.bangkok.go.th/tracking">ตรวจสอบสถานะ</a></div>'
            "<p>หรือโทรสอบถามสถานะ ฝ่ายโยธา ๐ ๒๕๓๘ ๓๓๔๐ ต่อ ๒๑๐</p>",
        ),
    }
    for name, html in pages.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(html, encoding="utf-8")
    pdfs = {
        "files/risk-68.pdf": [
            "การประเมินความเสี่ยงต่อการรับสินบน ปีงบประมาณ พ.ศ. ๒๕๖๘",
            f"{SITE} จัดทำ ต.ค. 67",
            "กระบวนงาน ความเสี่ยง ระดับ มาตรการ",
            "การออกใบอนุญาตก่อสร้าง เรียกรับเงินเพื่อเร่งรัด สูง ติดตามผ่าน BMA OSS",
        ],
        "files/risk-report-6m.pdf": [
            "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน รอบ ๖ เดือน",
            SITE,
            f"ระยะเวลารายงาน: {report_period}",
            "๑. กระบวนงานออกใบอนุญาตก่อสร้าง: ตรวจสอบคำขอ ๑๑๒ รายการ ไม่พบการเรียกรับ",
            "๒. ข้อเสนอแนะ: เพิ่มการสื่อสารช่องทางร้องเรียน",
            "รายงาน ณ วันที่ ๑๕ ตุลาคม ๒๕๖๗"
            if "๒๕๖๗" in report_period
            else "รายงาน ณ วันที่ ๑๘ เมษายน ๒๕๖๘",
        ],
    }
    for name, lines in pdfs.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(make_pdf([lines], title=lines[0]))


def _items(settings: Settings, server: SiteServer) -> dict:
    result = check_site(settings, server.url("/"), framework="bma-2567", as_of=AS_OF, reuse_hours=1)
    return {it["code"]: it for it in result["items"]}


def test_wrong_half_placeholder_and_described_link(
    tmp_path: Path, serve: Callable[..., SiteServer], settings: Settings
) -> None:
    """Last year's second half under a "รอบ 6 เดือน ปีงบ 68" link (stale); the citizen manual's
    page only says it is being revised (missing); the tracking button under a line naming BMA
    OSS (pass)."""
    _district(tmp_path, "เมษายน – กันยายน ๒๕๖๗", [m for m in MONTHS if m != "ธ.ค. ๖๗"])
    items = _items(settings, serve(tmp_path))
    assert items["O19"]["status"] == "stale", items["O19"]["reasons"]
    assert "2567" in items["O19"]["reasons"][0]["th"]
    assert items["O7"]["status"] == "missing", items["O7"]["reasons"]
    assert items["O12"]["status"] == "pass", items["O12"]["reasons"]


def test_the_half_due(tmp_path: Path, serve: Callable[..., SiteServer], settings: Settings) -> None:
    """The same district with this year's first half reported: O19 passes."""
    _district(tmp_path, "ตุลาคม ๒๕๖๗ – มีนาคม ๒๕๖๘", MONTHS)
    items = _items(settings, serve(tmp_path))
    assert items["O19"]["status"] == "pass", items["O19"]["reasons"]


def _page(url: str, lines: list[str]) -> Doc:
    text = "\n".join(lines)
    return Doc(url, url, "page", "ok", 200, "text/html", lines[0], text, main_text=text)


def _file(url: str, lines: list[str]) -> Doc:
    text = "\n".join(lines)
    return Doc(url, url, "document", "ok", 200, "application/pdf", lines[0], text, main_text=text)


def test_a_months_entry_opening_another_months_summary_leaves_its_month_out() -> None:
    """The list's "มกราคม ๒๕๖๘" entry opens December's summary: January is a hole. The same
    entry opening a summary that names no month (or January) covers January."""
    monthly = load_framework("bma-2567").item("O15").freshness
    months = ["ตุลาคม ๒๕๖๗", "พฤศจิกายน ๒๕๖๗", "ธันวาคม ๒๕๖๗", "มกราคม ๒๕๖๘", "กุมภาพันธ์ ๒๕๖๘"]
    files = {m: f"http://x/showdoc.php?doc_id={100 + n}" for n, m in enumerate(months)}
    files["มกราคม ๒๕๖๘"] = files["ธันวาคม ๒๕๖๗"]  # the wrong document behind January
    entries = [f"สรุปผลการจัดซื้อจัดจ้าง (สขร.๑) ประจำเดือน{m}" for m in months]
    page = _page("http://x/procurement", ["การจัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๘", *entries])
    links = [
        LinkView(page.url, files[m], e, "", "a", True) for m, e in zip(months, entries, strict=True)
    ]

    def timing(summary_of: Callable[[str], list[str]]):
        docs = [_file(u, summary_of(m)) for m, u in files.items() if m != "มกราคม ๒๕๖๘"]
        return judge_freshness(
            Bundle([], docs=[page, *docs], links=links), monthly, date(2025, 3, 15)
        )

    wrong = timing(lambda m: [f"สรุปผลการดำเนินการจัดซื้อจัดจ้าง ประจำเดือน{m}", "แบบ สขร.๑"])
    assert wrong.ok is False and wrong.gap and wrong.months_missing == ["2025-01"]
    unnamed = timing(lambda m: ["สรุปผลการดำเนินการจัดซื้อจัดจ้าง", "แบบ สขร.๑ (ไม่ระบุเดือน)"])
    assert unnamed.ok is True, unnamed.months_missing


def test_a_download_link_is_the_entry_of_its_row() -> None:
    """A bare "ดาวน์โหลด" in the "กุมภาพันธ์ ๒๕๖๔" row opening January's summary: February is a
    hole, found by the row the link sits in."""
    monthly = load_framework("bma-2564").item("O23").freshness
    months = ["ตุลาคม ๒๕๖๓", "พฤศจิกายน ๒๕๖๓", "ธันวาคม ๒๕๖๓", "มกราคม ๒๕๖๔", "กุมภาพันธ์ ๒๕๖๔", "มีนาคม ๒๕๖๔"]  # fmt: skip
    files = {m: f"http://x/files/skr1-{n}.pdf" for n, m in enumerate(months)}
    files["กุมภาพันธ์ ๒๕๖๔"] = files["มกราคม ๒๕๖๔"]
    head = "สรุปผลการจัดซื้อจัดจ้างรายเดือน ปีงบประมาณ พ.ศ. ๒๕๖๔"
    page = _page("http://x/monthly", [head, "เดือน แบบ สขร.๑", *(f"{m} ดาวน์โหลด" for m in months)])
    links = [LinkView(page.url, files[m], "ดาวน์โหลด", f"{head} | {m} ดาวน์โหลด", "a", True) for m in months]  # fmt: skip
    docs = [_file(u, [f"สขร.1 {m}", "แบบ สขร.๑"]) for m, u in files.items() if m != "กุมภาพันธ์ ๒๕๖๔"]
    got = judge_freshness(Bundle([], docs=[page, *docs], links=links), monthly, date(2021, 4, 20))
    assert got.ok is False and got.months_missing == ["2021-02"]


def test_a_forms_number_is_no_day() -> None:
    """ "สขร.1 ตุลาคม ๒๕๖๓" is October's form, not 1 October; "วันที่ 1 ตุลาคม 2563" is a day."""
    (form,) = find_dates("สขร.1 ตุลาคม ๒๕๖๓")
    assert form.precision == "month" and form.date == date(2020, 10, 1)
    (day,) = find_dates("ประกาศ ณ วันที่ 1 ตุลาคม 2563")
    assert day.precision == "day"
