"""The ITAS answer sheet of a known-answer district: the answer and evidence URL of every item.

``all_defects_2567`` (oitwatch/demo/scenarios.py) plants every status; the
site is served on 127.0.0.1, crawled and checked with an officer's checklist
(one verified URL, one dead, one that does not show its item), stored, and the
sheet is written by ``oitwatch report --format itas`` as CSV and XLSX and read
back with csv and openpyxl.
"""

from __future__ import annotations

import csv
import io
import re
import urllib.parse
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from checklist import check_site
from oitwatch._cli import OitwatchGroup
from oitwatch.demo import scenarios
from oitwatch.settings import Settings
from reports.cli import report
from reports.itas import HAVE, HAVE_NOT, ITAS_HEADERS, itas_csv, itas_rows, itas_xlsx

cli = OitwatchGroup(name="oitwatch", commands=[report])
SLUG = "khet-thotsop"
ANSWER = {
    "pass": HAVE,
    "stale": HAVE,
    "incomplete": HAVE,
    "review": HAVE,
    "missing": HAVE_NOT,
    "broken": HAVE_NOT,
}


def _item_dir(root: Path, code: str) -> Path:
    """Where the generator put item ``code``'s own page (menu id 20100 + 37 n)."""
    (found,) = (root / SLUG / "page" / "sub" / str(20100 + 37 * int(code[1:]))).iterdir()
    return found


def _belongs_to(url: str, root: Path, code: str) -> bool:
    """``url`` is item ``code``'s page, a post below it, or a document its pages link to."""
    path = urllib.parse.unquote(urllib.parse.urlsplit(url).path)
    menu = f"/{SLUG}/page/sub/{20100 + 37 * int(code[1:])}/"
    if path.startswith(menu):
        return True
    pages = [p.read_text(encoding="utf-8") for p in _item_dir(root, code).rglob("index.html")]
    quoted = urllib.parse.quote(path, safe="/-._~()")
    return bool(re.search(r"/public/user_files_editor/", path)) and any(
        f'href="{quoted}"' in html for html in pages
    )


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory):
    from oitwatch.devserver import SiteServer

    root = tmp_path_factory.mktemp("site")
    expected = scenarios.all_defects_2567(root)
    data = tmp_path_factory.mktemp("data")
    settings = Settings(data_dir=data, delay=0, contact="tests@oitwatch.invalid")
    with SiteServer(root) as server:
        o1_page = server.url(
            "/" + urllib.parse.quote(str(_item_dir(root, "O1").relative_to(root))) + "/"
        )
        dead = server.url(f"/{SLUG}/public/no-such-manual.pdf")
        elsewhere = server.url(f"/{SLUG}/")  # opens, but is not O8's page
        checklist = data / "checklist.yaml"
        checklist.write_text(
            f"framework: bma-2567\nitems:\n  O๑: {o1_page}\n  O7: {dead}\n  O8: {elsewhere}\n",
            encoding="utf-8",
        )
        result = check_site(
            settings,
            server.url(f"/{SLUG}/"),
            framework="bma-2567",
            as_of=date(2025, 4, 30),
            site_key=SLUG,
            checklist_path=checklist,
        )
    return root, expected, settings, result, {"O1": o1_page, "O7": dead, "O8": elsewhere}


def _sheet(settings: Settings, out: Path) -> list[list[str]]:
    res = CliRunner().invoke(
        cli,
        ["report", "--db", settings.db, "--site", SLUG, "--format", "itas", "--out", str(out)],
        catch_exceptions=False,
    )
    assert res.exit_code == 0, res.output
    if out.suffix == ".csv":
        raw = out.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads the Thai as UTF-8
        return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    wb = openpyxl.load_workbook(out)
    return [
        ["" if v is None else str(v) for v in row] for row in wb.active.iter_rows(values_only=True)
    ]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_every_item_has_its_expected_answer_and_url(checked, tmp_path: Path, suffix: str) -> None:
    root, expected, settings, result, given = checked
    statuses = {it["code"]: it["status"] for it in result["items"]}
    assert statuses == expected  # the known answers hold, so the sheet is judged on them
    rows = _sheet(settings, tmp_path / f"itas{suffix}")
    assert rows[0] == ITAS_HEADERS
    body = [dict(zip(ITAS_HEADERS, r, strict=True)) for r in rows[1:]]
    assert [r["code"] for r in body] == list(expected)  # framework order, every item
    index = f"/{SLUG}/page/sub/20000/"
    for row in body:
        code, status = row["code"], expected[row["code"]]
        assert row["answer"] == ANSWER[status], (code, row)
        assert row["status"].startswith(status)
        assert row["title_th"] and "\ufffd" not in row["title_th"]
        if row["answer"] == HAVE:
            assert _belongs_to(row["url"], root, code), (code, row["url"])
            assert index not in row["url"] and urllib.parse.urlsplit(row["url"]).path != f"/{SLUG}/"
            assert row["note_th"].startswith(("เปิดที่", "ลิงก์ตามแบบ Checklist"))
            for other in filter(None, row["other_urls"].split("\n")):
                assert index not in other
        else:
            assert row["url"] == "" and row["fix_th"]
        if status == "pass":
            assert row["fix_th"] == "" or "Checklist" in row["fix_th"]
        elif status != "missing":
            assert row["fix_th"].startswith("ก่อนส่ง"), (code, row["fix_th"])
    by_code = {r["code"]: r for r in body}
    assert by_code["O1"]["url"] == given["O1"]  # the officer's verified URL
    assert by_code["O1"]["note_th"].startswith("ลิงก์ตามแบบ Checklist")
    assert f"ลิงก์ที่ระบุใน Checklist เปิดไม่ได้: {given['O7']}" in by_code["O7"]["fix_th"]
    assert by_code["O7"]["url"] != given["O7"] and by_code["O7"]["answer"] == HAVE
    assert f"ไม่แสดงรายการนี้: {given['O8']}" in by_code["O8"]["fix_th"]
    # The monthly series: which month's file is which, for the assessor.
    assert re.search(r"เอกสารรายเดือน: ต\.ค\. 2567 = \S+; พ\.ย\. 2567 = ", by_code["O15"]["note_th"])
    assert "ไม่พบบนเว็บไซต์" in by_code["O3"]["fix_th"]


def test_cells_are_safe_from_formulas() -> None:
    result = {
        "framework": "bma-2567",
        "site": "https://x.go.th/khet/",
        "items": [
            {
                "code": "O1",
                "title_th": "ข้อมูลพื้นฐาน",
                "status": "incomplete",
                "evidence": [
                    {"url": "https://x.go.th/khet/?s=ข้อมูล", "title": "ค้นหา", "source": "menu"},
                    {"url": "https://x.go.th/khet/", "title": "หน้าแรก", "source": "menu"},
                    {"url": "https://bmaoss.bangkok.go.th/", "title": "BMA OSS", "source": "menu"},
                    {
                        "url": "https://x.go.th/khet/a",
                        "title": '=HYPERLINK("http://evil")',
                        "source": "title",
                    },
                ],
                "reasons": [{"th": "-2+3 ขาดองค์ประกอบ", "en": "missing element"}],
                "fix_th": "@SUM(A1)",
            }
        ],
    }
    (row,) = itas_rows(result)
    # Not the search page, not the home page; the site's own page before another host's.
    assert row.url == "https://x.go.th/khet/a"
    assert row.other_urls == "https://bmaoss.bangkok.go.th/"
    text = itas_csv(result).decode("utf-8-sig")
    cells = next(r for r in csv.reader(io.StringIO(text)) if r[0] == "O1")
    assert all(not c.startswith(("=", "+", "-", "@")) for c in cells)
    wb = openpyxl.load_workbook(io.BytesIO(itas_xlsx(result)))
    values = [c for c in wb.active[2]]
    assert all(c.data_type == "s" for c in values if c.value)
    assert any('=HYPERLINK("http://evil")' in str(c.value) for c in values)


def test_itas_needs_one_site(settings: Settings, tmp_path: Path) -> None:
    res = CliRunner().invoke(
        cli, ["report", "--db", settings.db, "--format", "itas", "--out", str(tmp_path / "x.csv")]
    )
    assert res.exit_code != 0 and "--site" in res.output
