"""`check` on known-answer district sites reproduces every item's expected status.

Each site is built by ``oitwatch.demo.scenarios``, served over real HTTP on
127.0.0.1, crawled by the real crawler and judged; every item of the framework
is asserted, not a sample.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from checklist import check_site
from oitwatch.demo import scenarios
from oitwatch.devserver import SiteServer
from oitwatch.settings import Settings

# scenario, slug, framework, as-of date (the seeds' assessment windows)
CASES = [
    (scenarios.bangkok_noi_2567, "bangkoknoi", "bma-2567", date(2025, 4, 30)),
    (scenarios.huai_khwang_2564, "huaikhwang", "bma-2564", date(2021, 4, 30)),
    (scenarios.all_defects_2567, "khet-thotsop", "bma-2567", date(2025, 4, 30)),
    (scenarios.menu_only_2567, "khet-mena", "bma-2567", date(2025, 4, 30)),
    (scenarios.menu_only_2564, "khet-kao", "bma-2564", date(2021, 4, 30)),
]


@pytest.fixture(scope="module")
def farm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SiteServer, dict[str, dict[str, str]]]]:
    root = tmp_path_factory.mktemp("farm")
    expected = {slug: build(root) for build, slug, _, _ in CASES}
    with SiteServer(root) as server:
        yield server, expected


@pytest.fixture(scope="module")
def module_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(data_dir=tmp_path_factory.mktemp("data"), delay=0, contact="tests@oitwatch.invalid")


def _statuses(result: dict) -> dict[str, str]:
    return {it["code"]: it["status"] for it in result["items"]}


@pytest.mark.parametrize(("build", "slug", "framework", "as_of"), CASES, ids=[c[1] for c in CASES])
def test_every_item_status(
    farm: tuple[SiteServer, dict[str, dict[str, str]]],
    module_settings: Settings,
    build: Callable[..., dict[str, str]],
    slug: str,
    framework: str,
    as_of: date,
) -> None:
    server, expected = farm
    result = check_site(module_settings, server.url(f"/{slug}/"), framework=framework, as_of=as_of, site_key=slug)
    got = _statuses(result)
    assert list(got) == list(expected[slug])  # every item once, in the framework's order
    wrong = {code: (got[code], want) for code, want in expected[slug].items() if got[code] != want}
    assert not wrong, json.dumps(wrong, ensure_ascii=False)
    for item in result["items"]:
        assert item["reasons"] and all(r["th"] and r["en"] for r in item["reasons"])
        assert item["owner"].startswith("ฝ่าย")
        if item["status"] != "missing":
            assert item["evidence"], item["code"]
            assert all(e["url"].startswith("http://127.0.0.1") for e in item["evidence"] if "127.0.0.1" in e["url"])


def test_seed_outcomes_score(farm: tuple[SiteServer, dict], module_settings: Settings) -> None:
    """Bangkok Noi ITA 2567 scored 95.45 with only O15 at 0 (seed 000)."""
    server, _ = farm
    result = check_site(
        module_settings, server.url("/bangkoknoi/"), framework="bma-2567", as_of=date(2025, 4, 30),
        site_key="bangkoknoi", reuse_hours=24,
    )
    assert result["score"]["estimate"] == 95.45
    assert result["score"]["level"] == "ผ่านดีเยี่ยม"
    o15 = next(it for it in result["items"] if it["code"] == "O15")
    assert o15["months_missing"] == ["2025-01", "2025-02", "2025-03"]
    assert o15["owner"] == "ฝ่ายการคลัง"
    assert any("ขาดเดือน" in r["th"] for r in o15["reasons"])


def test_unknown_site_path_reports_every_item_missing(farm: tuple[SiteServer, dict], module_settings: Settings) -> None:
    server, _ = farm
    result = check_site(
        module_settings, server.url("/no-such-district/"), framework="bma-2567", as_of=date(2025, 4, 30)
    )
    assert set(_statuses(result).values()) == {"missing"}
    assert result["score"]["estimate"] == 0
