"""The shipped rule sets load and hold what the checker relies on."""

from __future__ import annotations

import pytest

from rules import (
    corresponding,
    framework_ids,
    load_all,
    load_framework,
    load_mapping,
    validate_path,
)
from rules.models import ColumnsMatch, LinkMatch, MonthlySeries, PreviousFiscalYear, Recent

EXPECTED = {"bma-2564": 43, "bma-2567": 22}


def test_shipped_ids() -> None:
    assert framework_ids() == sorted(EXPECTED)
    assert [f.id for f in load_all()] == sorted(EXPECTED)


@pytest.mark.parametrize(("fid", "count"), sorted(EXPECTED.items()))
def test_items_in_order_and_complete(fid: str, count: int) -> None:
    fw = load_framework(fid)
    assert [it.code for it in fw.items] == [f"O{n}" for n in range(1, count + 1)]
    assert fw.assessment_year == fw.fiscal_year == int(fid.split("-")[1])
    for it in fw.items:
        assert it.owner.startswith("ฝ่าย"), it.code
        assert 3 <= len(it.phrases) <= 8, it.code
        assert all(len(p) >= 3 for p in it.phrases), it.code
        assert it.fix_th and it.fix_en and it.source, it.code
        assert it.elements or it.note, f"{it.code}: no elements and no note saying why"


GENERIC = {"รายงาน", "ประกาศ", "ข่าว", "แผน", "คู่มือ", "นโยบาย", "ข้อมูล", "สถิติ"}


@pytest.mark.parametrize("fid", sorted(EXPECTED))
def test_phrases_are_specific_and_not_shared(fid: str) -> None:
    owners: dict[str, str] = {}
    for it in load_framework(fid).items:
        for phrase in it.phrases:
            assert phrase not in GENERIC, f"{it.code}: {phrase!r} matches nearly every page"
            key = "".join(phrase.split()).casefold()
            assert key not in owners, (
                f"{phrase!r} is a phrase of both {owners.get(key)} and {it.code}"
            )
            owners[key] = it.code


def test_load_is_cached_and_path_form_works() -> None:
    fw = load_framework("bma-2567")
    assert load_framework("bma-2567") is fw
    from rules.loader import FRAMEWORKS_DIR

    assert load_framework(FRAMEWORKS_DIR / "bma-2567.yaml") is fw


def test_validate_default_covers_everything() -> None:
    assert [f.id for f in validate_path()] == sorted(EXPECTED)


def test_monthly_procurement_2567_o15() -> None:
    it = load_framework("bma-2567").item("O15")
    assert it.title_th == "ประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้าง และ สรุปผลการจัดซื้อจัดจ้างรายเดือน"
    assert it.owner == "ฝ่ายการคลัง"
    assert isinstance(it.freshness, MonthlySeries)
    assert it.freshness.empty_phrases == ["ไม่มีการจัดซื้อจัดจ้าง"]
    keys = {e.key: e for e in it.elements}
    assert set(keys) == {"announcements", "form_columns"}
    cols = keys["form_columns"].match
    assert isinstance(cols, ColumnsMatch)
    # every column of the form is required, each by the wordings forms give it
    assert len(cols.columns) == 7 and cols.min is None
    # the parts forms print, short: "เหตุผล" matches "เหตุผลที่คัดเลือก" and "เหตุผลสนับสนุน"
    assert any("ราคากลาง" in w for w in cols.wordings)
    assert any("เหตุผล" in w for w in cols.wordings)


def test_monthly_procurement_2564_o23_and_annual_o24() -> None:
    fw = load_framework("bma-2564")
    assert isinstance(fw.item("O23").freshness, MonthlySeries)
    o24 = fw.item("O24").freshness
    assert isinstance(o24, PreviousFiscalYear) and o24.deadline == "01-31"
    for code in ("O11", "O19", "O40", "O31"):
        assert fw.item(code).freshness.kind == "half_year", code
    assert isinstance(fw.item("O7").freshness, Recent)


def test_egp_and_oss_links() -> None:
    fw64 = load_framework("bma-2564")
    for code in ("O21", "O22"):
        link = next(e for e in fw64.item(code).elements if e.key == "egp_link").match
        assert isinstance(link, LinkMatch) and "e-GPBMA" in link.phrases and not link.hosts
    fw67 = load_framework("bma-2567")
    link = next(e for e in fw67.item("O12").elements if e.key == "bma_oss_link").match
    assert isinstance(link, LinkMatch) and "BMA OSS" in link.phrases
    # E-Service: any online service the district offers, BMA OSS among them (no seed makes
    # BMA OSS the scored element of O8)
    online = next(e for e in fw67.item("O8").elements if e.key == "online_service").match
    assert isinstance(online, LinkMatch)
    assert {"BMA OSS", "BMA Q", "Traffy"} <= set(online.phrases)
    assert not fw67.item("O11").elements  # the seeds name no element for O11


@pytest.mark.parametrize(
    ("code", "keys"),
    [
        ("O5", {"plan", "annual_report"}),
        ("O13", {"plan", "annual_report"}),
        ("O17", {"channel", "statistics"}),
        ("O18", {"policy", "report"}),
        ("O19", {"risk_assessment", "report"}),
        ("O22", {"measures", "report"}),
    ],
)
def test_two_part_items_2567(code: str, keys: set[str]) -> None:
    it = load_framework("bma-2567").item(code)
    assert {e.key for e in it.elements} == keys


def test_element_freshness_overrides() -> None:
    fw = load_framework("bma-2567")
    report = next(e for e in fw.item("O13").elements if e.key == "annual_report")
    assert report.freshness is not None and report.freshness.kind == "previous_fy"
    stats = next(e for e in fw.item("O17").elements if e.key == "statistics")
    assert stats.freshness is not None and stats.freshness.kind == "half_year"


def test_executives_and_contacts_2564() -> None:
    fw = load_framework("bma-2564")
    assert {e.key for e in fw.item("O2").elements} == {"name", "position", "photo", "contact"}
    assert {e.key for e in fw.item("O5").elements} == {"address", "phone", "fax", "email", "map"}
    assert {e.key for e in fw.item("O34").elements} == {
        "signed_by_executive",
        "thai_version",
        "english_version",
    }


@pytest.mark.parametrize(
    ("source", "code", "target", "expected"),
    [
        ("bma-2564", "O23", "bma-2567", ["O15"]),
        ("bma-2564", "O22", "bma-2567", ["O15"]),
        ("bma-2567", "O15", "bma-2564", ["O22", "O23"]),
        ("bma-2567", "O5", "bma-2564", ["O10", "O12"]),
        ("bma-2567", "O17", "bma-2564", ["O30", "O31"]),
        ("bma-2564", "O9", "bma-2567", []),
        ("bma-2564", "O๒๓", "bma-2567", ["O15"]),
    ],
)
def test_corresponding_both_ways(source: str, code: str, target: str, expected: list[str]) -> None:
    assert corresponding(source, code, target) == expected


def test_reversed_mapping_swaps_sides() -> None:
    forward = load_mapping("bma-2564", "bma-2567")
    backward = load_mapping("bma-2567", "bma-2564")
    assert (backward.source, backward.target) == ("bma-2567", "bma-2564")
    assert {(p.source, p.target) for p in backward.pairs} == {
        (p.target, p.source) for p in forward.pairs
    }
