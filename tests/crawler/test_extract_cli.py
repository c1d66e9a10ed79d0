"""``oitwatch extract FILE``: the crawler's reading of one file, for an officer."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from oitwatch.cli import cli
from oitwatch.demo.documents import make_pdf

# A Word 2007 export: every ำ lost from the text layer.
LAYER = ["คาสั่งสานักงานเขตบางกอกน้อย", "เรื่อง แผนการจัดซื้อจัดจ้าง ประจาปีงบประมาณ พ.ศ. ๒๕๖๘"]


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["extract", *args])
    return result.exit_code, result.output


def test_json_says_what_the_crawler_stores(tmp_path: Path) -> None:
    pdf = tmp_path / "order.pdf"
    pdf.write_bytes(make_pdf([LAYER]))
    code, out = _run(str(pdf), "--json", "--no-ocr")
    assert code == 0, out
    data = json.loads(out)
    assert data["status"] == "ok" and data["method"] == "pdf" and data["pages"] == 1
    assert "คำสั่งสำนักงานเขตบางกอกน้อย" in data["text"]
    assert "ประจำปีงบประมาณ" in data["text"]
    assert data["fiscal_years"] == [2568]
    assert {"kind": "sara_am_lost", "count": 3} in data["repairs"]
    assert data["quality"] >= 0.9 and data["tables"] == []


def test_thai_verdict_for_a_scan_without_ocr(tmp_path: Path) -> None:
    from oitwatch.demo.documents import make_scanned_pdf

    scan = tmp_path / "scan.pdf"
    scan.write_bytes(make_scanned_pdf(["บันทึกข้อความ"], scale=1))
    code, out = _run(str(scan), "--no-ocr")
    assert code == 0
    assert out.splitlines()[0].startswith("ต้องให้คนตรวจ (review)")
    assert "แทนภาพสแกน" in out


def test_broken_file_and_bad_options(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n garbage")
    code, out = _run(str(bad))
    assert code == 0 and out.startswith("อ่านไม่ได้ (error)")
    code, out = _run(str(tmp_path / "absent.pdf"))
    assert code == 2 and "does not exist" in out
    code, out = _run(str(bad), "--as-of", "yesterday")
    assert code == 2 and "Traceback" not in out
