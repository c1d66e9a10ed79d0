"""``rules diff A B``: what changed between two years' item lists, by mapping and by meaning."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from click.testing import CliRunner

from oitwatch.cli import cli
from rules import load_framework, load_mapping
from rules.diff import diff_frameworks


def _run(*args: str) -> str:
    result = CliRunner().invoke(cli, ["rules", "diff", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_diff_lists_every_renumbering_of_the_mapping_file() -> None:
    out = _run("bma-2564", "bma-2567")
    assert out.index("เปลี่ยนเลขรายการ (renumbered)") < out.index("ตัดออก (removed")
    mapping = load_mapping("bma-2564", "bma-2567")
    targets: dict[str, list[str]] = {}
    for pair in mapping.pairs:
        targets.setdefault(pair.target, []).append(pair.source)
    for target, sources in targets.items():
        if sources != [target]:
            assert f"{', '.join(sources)} → {target} " in out, (sources, target)
    assert "O17 → O8  E-Service" in out
    assert "O22, O23 → O15" in out  # two items merged into one
    # Items of 2564 with no counterpart are removed, new 2567 items added.
    removed = out[out.index("ตัดออก (removed") :]
    assert "O8  Q&A" in removed
    added = out[out.index("เพิ่มใหม่ (added") : out.index("ตัดออก (removed")]
    assert "O3  โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต" in added
    assert "freshness of O22: current_fy -> monthly" in out


def test_diff_json_and_the_reverse_direction() -> None:
    data = json.loads(_run("bma-2567", "bma-2564", "--json"))
    assert data["a"] == "bma-2567" and data["mapping"] is True
    o23 = next(c for c in data["changes"] if c["target"] == "O23")
    assert [s["code"] for s in o23["sources"]] == ["O15"]
    assert "renumbered" in o23["kinds"]


def test_without_a_mapping_items_are_paired_by_meaning(tmp_path: Path) -> None:
    """A new year that swaps two items, rewords one and adds one, compared with no mapping file."""
    data = load_framework("bma-2567").model_dump(mode="json", exclude_defaults=True)
    data["id"] = "bma-2570"
    items = data["indicators"][0]["sub_indicators"][0]["items"]  # O1..O4
    items[0]["code"], items[1]["code"] = "O2", "O1"  # basic information and policy swap numbers
    items[0], items[1] = items[1], items[0]
    items[3]["title_th"] = "การประชาสัมพันธ์ผลการดำเนินงานของสำนักงานเขต"  # O4 reworded
    items[3]["freshness"] = {"kind": "recent", "within_days": 30}
    procurement = data["indicators"][0]["sub_indicators"][2]["items"]
    procurement.append({**procurement[-1], "code": "O23", "title_th": "รายงานผลการจัดซื้อจัดจ้างประจำปี"})
    path = tmp_path / "bma-2570.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = diff_frameworks(load_framework("bma-2567"), load_framework(path))
    assert not result.has_mapping
    by_target = {c.target: c for c in result.changes}
    assert [s[0] for s in by_target["O1"].sources] == ["O2"]
    assert by_target["O1"].kinds == ["renumbered"]
    assert "renamed" in by_target["O4"].kinds and "freshness" in by_target["O4"].kinds
    assert by_target["O4"].sources[0][2].startswith("meaning")
    assert by_target["O23"].sources == []  # added
    assert result.removed == []
    out = _run("bma-2567", str(path))
    assert "ไม่มีไฟล์จับคู่" in out
    assert "O1 → O2  ข้อมูลพื้นฐานของสำนักงานเขต  [ชื่อเดิม (same title)]" in out
    assert "O23  รายงานผลการจัดซื้อจัดจ้างประจำปี" in out


def test_a_framework_against_itself_is_refused() -> None:
    result = CliRunner().invoke(cli, ["rules", "diff", "bma-2567", "bma-2567"])
    assert result.exit_code != 0 and "not bma-2567 with itself" in result.output
    assert "Traceback" not in result.output


def test_a_drafts_mapping_beside_it_is_used(tmp_path: Path) -> None:
    """`rules draft` writes BASE--ID.yaml beside the draft: `rules diff BASE DRAFT` reads it."""
    data = load_framework("bma-2567").model_dump(mode="json", exclude_defaults=True)
    data["id"] = "bma-2570"
    data["indicators"][0]["sub_indicators"][0]["items"][0]["title_th"] = "ข้อมูลทั่วไปของหน่วยงาน"
    (tmp_path / "bma-2570.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    mapping = {
        "source": "bma-2567",
        "target": "bma-2570",
        "pairs": [
            {"source": "O1", "target": "O1", "note": "reworded"},
            {"source": "O15", "target": "O15"},
            {"source": "O15", "target": "O14", "note": "the announcements moved to O14"},
        ],
    }
    (tmp_path / "bma-2567--bma-2570.yaml").write_text(
        yaml.safe_dump(mapping, allow_unicode=True), "utf-8"
    )
    out = _run("bma-2567", str(tmp_path / "bma-2570.yaml"))
    assert "จับคู่ตามไฟล์จับคู่" in out
    assert "O1 → O1  “ข้อมูลพื้นฐานของสำนักงานเขต” → “ข้อมูลทั่วไปของหน่วยงาน”  [ตามไฟล์จับคู่ (mapping)]" in out
    split = out[out.index("(split)") : out.index("เปลี่ยนชื่อ (renamed)")]
    assert "O15 → O14" in split and "O15 → O15" in split
