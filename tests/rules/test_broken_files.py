"""A broken copy of a rule file fails with an error naming the file, the item and the field."""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from oitwatch.cli import cli
from oitwatch.exceptions import RuleFileError
from rules import load_framework, validate_path
from rules.loader import FRAMEWORKS_DIR


@functools.cache
def _shipped() -> dict[str, Any]:
    return yaml.safe_load((FRAMEWORKS_DIR / "bma-2567.yaml").read_text(encoding="utf-8"))


def _raw() -> dict[str, Any]:
    """A fresh, editable copy of the shipped bma-2567 data."""
    return copy.deepcopy(_shipped())


def _item(raw: dict[str, Any], code: str) -> dict[str, Any]:
    for ind in raw["indicators"]:
        for sub in ind["sub_indicators"]:
            for it in sub["items"]:
                if it["code"] == code:
                    return it
    raise KeyError(code)


def _write(tmp_path: Path, raw: dict[str, Any], name: str = "bma-2567.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _wrong_kind(raw: dict[str, Any]) -> None:
    _item(raw, "O15")["freshness"] = {"kind": "weekly"}


def _missing_title(raw: dict[str, Any]) -> None:
    del _item(raw, "O4")["title_th"]


def _duplicate_code(raw: dict[str, Any]) -> None:
    _item(raw, "O6")["code"] = "O5"


def _unknown_field(raw: dict[str, Any]) -> None:
    _item(raw, "O3")["titel_en"] = "typo"


def _empty_columns(raw: dict[str, Any]) -> None:
    _item(raw, "O15")["elements"][1]["match"]["columns"] = []


def _bad_deadline(raw: dict[str, Any]) -> None:
    _item(raw, "O17")["elements"][1]["freshness"]["deadline"] = "4-30"


def _min_too_big(raw: dict[str, Any]) -> None:
    _item(raw, "O15")["elements"][1]["match"]["min"] = 12


@pytest.mark.parametrize(
    ("breaker", "item", "field"),
    [
        (_wrong_kind, "O15", "freshness.kind"),
        (_missing_title, "O4", "title_th"),
        (_duplicate_code, "O5", "code"),
        (_unknown_field, "O3", "titel_en"),
        (_empty_columns, "O15", "elements[1].match.columns"),
        (_bad_deadline, "O17", "elements[1].freshness.deadline"),
        (_min_too_big, "O15", "elements[1].match"),
    ],
)
def test_error_names_file_item_and_field(
    tmp_path: Path, breaker: Callable[[dict[str, Any]], None], item: str, field: str
) -> None:
    raw = _raw()
    breaker(raw)
    path = _write(tmp_path, raw)
    with pytest.raises(RuleFileError) as info:
        load_framework(path)
    err = info.value
    assert (err.path, err.item, err.field) == (str(path), item, field)
    assert str(path) in str(err) and f"item {item}" in str(err) and f"field {field}" in str(err)


def test_framework_level_field(tmp_path: Path) -> None:
    raw = _raw()
    raw["assessment_year"] = 1999
    path = _write(tmp_path, raw)
    with pytest.raises(RuleFileError) as info:
        load_framework(path)
    assert info.value.item is None and info.value.field == "assessment_year"


def test_id_must_match_file_name(tmp_path: Path) -> None:
    path = _write(tmp_path, _raw(), name="bma-2599.yaml")
    with pytest.raises(RuleFileError) as info:
        load_framework(path)
    assert info.value.field == "id" and "bma-2599" in str(info.value)


def test_bad_yaml_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bma-2567.yaml"
    path.write_text("id: bma-2567\nindicators: [\n  - code: '9'\n", encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        load_framework(path)
    assert str(path) in str(info.value) and "not valid YAML (line" in str(info.value)


def test_item_without_code_is_named_by_position(tmp_path: Path) -> None:
    raw = _raw()
    del _item(raw, "O2")["code"]
    path = _write(tmp_path, raw)
    with pytest.raises(RuleFileError) as info:
        load_framework(path)
    assert info.value.field == "code"
    assert info.value.item is not None and info.value.item.startswith("#2 of")


def test_edited_file_is_reloaded(tmp_path: Path) -> None:
    raw = _raw()
    path = _write(tmp_path, raw)
    assert load_framework(path).item("O1").owner == "ฝ่ายปกครอง"
    _item(raw, "O1")["owner"] = "ฝ่ายทะเบียน"
    _item(raw, "O1")["note"] = "edited; a longer note changes the size too"
    _write(tmp_path, raw)
    assert load_framework(path).item("O1").owner == "ฝ่ายทะเบียน"


def test_validate_folder_with_mapping(tmp_path: Path) -> None:
    _write(tmp_path, _raw())
    mapping = {
        "source": "bma-2564",
        "target": "bma-2567",
        "pairs": [{"source": "O23", "target": "O99"}],
    }
    (tmp_path / "bma-2564--bma-2567.yaml").write_text(yaml.safe_dump(mapping), encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        validate_path(tmp_path)
    assert (info.value.item, info.value.field) == ("O23", "pairs[0].target")
    assert "bma-2567 has no item O99" in str(info.value)


def test_cli_validate_broken_path_fails_with_one_line(tmp_path: Path) -> None:
    raw = _raw()
    _wrong_kind(raw)
    path = _write(tmp_path, raw)
    result = CliRunner().invoke(cli, ["rules", "validate", str(path)])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert (
        str(path) in result.output
        and "item O15" in result.output
        and "field freshness.kind" in result.output
    )


def test_cli_validate_good_folder(tmp_path: Path) -> None:
    _write(tmp_path, _raw())
    result = CliRunner().invoke(cli, ["rules", "validate", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "ok  bma-2567: 22 items" in result.output


def test_validate_folder_reports_every_broken_file(tmp_path: Path) -> None:
    good = _raw()
    _write(tmp_path, good, "bma-2567.yaml")
    first = _raw()
    first["id"] = "copy-a"
    _wrong_kind(first)
    _write(tmp_path, first, "copy-a.yaml")
    second = _raw()
    second["id"] = "copy-b"
    _item(second, "O3")["owner"] = None
    _write(tmp_path, second, "copy-b.yaml")
    (tmp_path / "copy-c.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["rules", "validate", str(tmp_path)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "ok  bma-2567: 22 items" in result.output
    for name in ("copy-a.yaml", "copy-b.yaml", "copy-c.yaml"):
        assert name in result.output, name
    assert "item O15" in result.output and "item O3" in result.output
    assert "3 broken file(s)" in result.output
