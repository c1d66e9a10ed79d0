"""The officer's checklist file: YAML and CSV, codes in any form, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from checklist import load_checklist
from oitwatch.exceptions import ChecklistFileError

CODES = {f"O{n}" for n in range(1, 23)}


def test_yaml_with_thai_digit_codes_and_lists(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(
        "framework: bma-2567\nitems:\n  O1: https://example.go.th/a\n"
        "  O๑๕: [https://example.go.th/b, https://example.go.th/c]\n  0๒: http://example.go.th/d\n",
        encoding="utf-8",
    )
    got = load_checklist(path, framework="bma-2567", codes=CODES)
    assert got == {
        "O1": ["https://example.go.th/a"],
        "O15": ["https://example.go.th/b", "https://example.go.th/c"],
        "O2": ["http://example.go.th/d"],
    }


def test_csv_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes(
        "code,url,note\nO15,https://x.go.th/1,สขร\no15,https://x.go.th/2,\n".encode("utf-8-sig")
    )
    assert load_checklist(path, codes=CODES) == {"O15": ["https://x.go.th/1", "https://x.go.th/2"]}


@pytest.mark.parametrize(
    ("name", "body", "message"),
    [
        ("bad.yaml", "items: [1, 2", "not valid YAML"),
        ("nokey.yaml", "O1: https://x", "'items' mapping"),
        ("js.yaml", "items:\n  O1: javascript:alert(1)\n", "not an http(s) URL"),
        ("code.yaml", "items:\n  X9: https://x.go.th\n", "not an item code"),
        (
            "bidi.yaml",
            "items:\n  O1: https://x.go.th/\u202efdp.exe\n",
            "bidirectional control character",
        ),
        ("port.csv", "code,url\nO1,http://x.go.th:99999/\n", "Port out of range"),
        ("absent.yaml", "items:\n  O40: https://x.go.th\n", "no item O40"),
        (
            "other.yaml",
            "framework: bma-2564\nitems:\n  O1: https://x.go.th\n",
            "written for 'bma-2564'",
        ),
        ("extra.yaml", "itemz: {}\nitems: {}\n", "unknown field"),
        ("cols.csv", "item,link\nO1,https://x\n", "'code' and 'url'"),
        ("row.csv", "code,url\nO1,https://x.go.th\nO2,\n", "row 3"),
    ],
)
def test_malformed_files_name_file_and_place(
    tmp_path: Path, name: str, body: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ChecklistFileError) as err:
        load_checklist(path, framework="bma-2567", codes=CODES)
    assert str(path) in str(err.value)
    assert message in str(err.value)
