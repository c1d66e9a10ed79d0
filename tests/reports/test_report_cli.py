"""`oitwatch report` over a store with runs of three districts."""

from __future__ import annotations

import csv
import html
import io
import json

import openpyxl
import pytest
from click.testing import CliRunner

from oitwatch._cli import OitwatchGroup
from reports.cli import report
from reports.xlsx import SUMMARY_SHEET

from .conftest import ITEMS, XSS

# the report command in the real group class (other commands may be mid-build)
cli = OitwatchGroup(name="oitwatch", commands=[report])


def run_report(settings, *args):
    result = CliRunner().invoke(cli, ["report", "--db", settings.db, *args], catch_exceptions=False)
    return result


@pytest.fixture
def out(tmp_path):
    return tmp_path / "out"


def test_district_report_in_every_format(runs_store, settings, out):
    for fmt in ("html", "csv", "xlsx", "json"):
        res = run_report(
            settings, "--site", "bangkoknoi", "--format", fmt, "--out", str(out / f"r.{fmt}")
        )
        assert res.exit_code == 0, res.output
        assert (out / f"r.{fmt}").stat().st_size > 500

    page = (out / "r.html").read_text("utf-8")
    for code, *_ in ITEMS:
        assert f'id="item-{code}"' in page
    assert "สำนักงานเขตบางกอกน้อย" in page
    assert "ประมาณการ" in page and "@page" in page and "size: A4" in page
    assert "30 เมษายน 2568" in page  # as-of date in Buddhist era
    assert "ไม่เป็นปัจจุบัน" in page and "ต้องตรวจสอบโดยเจ้าหน้าที่" in page
    assert "ก.พ. 2568" in page  # months missing, in Thai
    # the crawled <script> is shown as text, never markup
    assert XSS not in page
    assert html.escape(XSS) in page or "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'href="javascript:' not in page
    assert "javascript:alert(2)" in page  # shown as text
    assert "<link" not in page and 'src="http' not in page  # no external assets
    # new failures listed first in the changes table
    changes = page.split("Changes since the previous run")[1].split("Items</span>")[0]
    assert changes.index("O15") < changes.index("O9")
    assert changes.index("newly failing") < changes.index("newly passing")

    rows = list(csv.reader(io.StringIO((out / "r.csv").read_bytes().decode("utf-8"))))
    assert (out / "r.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert len(rows) == 1 + len(ITEMS)
    o15 = next(r for r in rows if r[8] == "O15")
    assert o15[11] == "stale" and o15[12] == "ไม่เป็นปัจจุบัน" and o15[13] == "ฝ่ายการคลัง"
    assert o15[20] == "newly_failing"
    o22 = next(r for r in rows if r[8] == "O22")
    assert "javascript:alert(2)" in o22[19]

    wb = openpyxl.load_workbook(out / "r.xlsx")
    assert wb.sheetnames == [SUMMARY_SHEET, "สำนักงานเขตบางกอกน้อย"]
    sheet = wb["สำนักงานเขตบางกอกน้อย"]
    cells = [c.value for row in sheet.iter_rows() for c in row]
    assert "O15" in cells and "ไม่เป็นปัจจุบัน" in cells
    # a crawled "=HYPERLINK(...)" title is text, not a formula
    assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)

    data = json.loads((out / "r.json").read_text("utf-8"))
    assert data["result"]["site_key"] == "bangkoknoi"
    assert [c["code"] for c in data["changes"]["newly_failing"]] == ["O15", "O19", "O22"]
    assert [c["code"] for c in data["changes"]["newly_passing"]] == ["O9"]


def test_overview_in_every_format(runs_store, settings, out):
    for fmt in ("html", "csv", "xlsx", "json"):
        res = run_report(settings, "--overview", "--format", fmt, "--out", str(out / f"o.{fmt}"))
        assert res.exit_code == 0, res.output
    page = (out / "o.html").read_text("utf-8")
    assert "O15 ไม่ผ่าน 2 จาก 3 เขต" in page and "fails in 2 of 3" in page
    for name in ("บางกอกน้อย", "คลองเตย", "พระนคร"):
        assert name in page
    assert XSS not in page

    wb = openpyxl.load_workbook(out / "o.xlsx")
    assert wb.sheetnames[0] == SUMMARY_SHEET
    assert wb.sheetnames[1].startswith("ตาราง Matrix")
    assert set(wb.sheetnames[2:]) == {
        "สำนักงานเขตบางกอกน้อย",
        "สำนักงานเขตคลองเตย",
        "สำนักงานเขตพระนคร",
    }
    summary = list(wb[SUMMARY_SHEET].values)
    assert len(summary) == 4
    by_key = {row[0]: row for row in summary[1:]}
    assert by_key["pranakorn"][6] == 100.0 and by_key["pranakorn"][7] == "ผ่านดีเยี่ยม"

    rows = list(csv.reader(io.StringIO((out / "o.csv").read_bytes().decode("utf-8-sig"))))
    assert len(rows) == 1 + 3 * len(ITEMS)
    data = json.loads((out / "o.json").read_text("utf-8"))
    o15 = next(i for i in data["overview"][0]["items"] if i["code"] == "O15")
    assert (o15["failing"], o15["total"]) == (2, 3)


def test_owner_and_run_reports(runs_store, settings, out):
    res = run_report(settings, "--owner", "ฝ่ายการคลัง", "--format", "json")
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert sorted((r["site_key"], r["code"]) for r in data["failing"]) == [
        ("bangkoknoi", "O15"),
        ("bangkoknoi", "O19"),
        ("khlongtoei", "O15"),
    ]
    res = run_report(settings, "--owner", "ฝ่ายการคลัง", "--format", "html")
    assert "ฝ่ายการคลัง" in res.output and "ฝ่ายปกครอง" in res.output  # other units listed
    # the first run of Bangkok Noi: O9 missing, nothing to compare with
    res = run_report(settings, "--run", "๑", "--format", "json")  # Thai digits
    data = json.loads(res.output)
    assert data["previous_run_id"] is None
    assert [c["code"] for c in data["changes"]["newly_failing"]] == ["O9"]


def test_clear_errors(store, settings, out):
    res = CliRunner().invoke(cli, ["report", "--db", settings.db, "--overview"])
    assert res.exit_code != 0
    assert "no check runs" in res.output and "Traceback" not in res.output
    res = CliRunner().invoke(cli, ["report", "--db", settings.db, "--format", "xlsx"])
    assert res.exit_code != 0 and "--out" in res.output


def test_unknown_site(runs_store, settings):
    res = CliRunner().invoke(cli, ["report", "--db", settings.db, "--site", "nowhere"])
    assert res.exit_code != 0 and "nowhere" in res.output


def test_odd_run_numbers_are_usage_errors(runs_store, settings):
    for run in ("²", "9" * 30):
        res = CliRunner().invoke(cli, ["report", "--db", settings.db, "--run", run])
        assert res.exit_code == 2 and "not a run number" in res.output


def test_an_unwritable_out_path_is_one_line_and_exit_2(runs_store, settings):
    res = CliRunner().invoke(
        cli,
        ["report", "--db", settings.db, "--site", "bangkoknoi", "--format", "csv",
         "--out", "/proc/nope/x.csv"],
    )  # fmt: skip
    assert res.exit_code == 2 and "Traceback" not in res.output, res.output
    assert len(res.output.strip().splitlines()) == 1 and "/proc/nope" in res.output
