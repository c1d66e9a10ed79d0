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
from sqlalchemy import select

from checklist import check_site
from oitwatch.demo import scenarios
from oitwatch.devserver import SiteServer
from oitwatch.exceptions import CrawlError
from oitwatch.settings import Settings
from oitwatch.store import Run, Site, open_store

# scenario, slug, framework, as-of date (the seeds' assessment windows)
CASES = [
    (scenarios.bangkok_noi_2567, "bangkoknoi", "bma-2567", date(2025, 4, 30)),
    (scenarios.huai_khwang_2564, "huaikhwang", "bma-2564", date(2021, 4, 30)),
    (scenarios.all_defects_2567, "khet-thotsop", "bma-2567", date(2025, 4, 30)),
    (scenarios.menu_only_2567, "khet-mena", "bma-2567", date(2025, 4, 30)),
    (scenarios.menu_only_2564, "khet-kao", "bma-2564", date(2021, 4, 30)),
]


@pytest.fixture(scope="module")
def farm(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[SiteServer, dict[str, dict[str, str]]]]:
    root = tmp_path_factory.mktemp("farm")
    expected = {slug: build(root) for build, slug, _, _ in CASES}
    with SiteServer(root) as server:
        yield server, expected


@pytest.fixture(scope="module")
def module_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(
        data_dir=tmp_path_factory.mktemp("data"), delay=0, contact="tests@oitwatch.invalid"
    )


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
    result = check_site(
        module_settings, server.url(f"/{slug}/"), framework=framework, as_of=as_of, site_key=slug
    )
    got = _statuses(result)
    assert list(got) == list(expected[slug])  # every item once, in the framework's order
    wrong = {code: (got[code], want) for code, want in expected[slug].items() if got[code] != want}
    assert not wrong, json.dumps(wrong, ensure_ascii=False)
    for item in result["items"]:
        assert item["reasons"] and all(r["th"] and r["en"] for r in item["reasons"])
        assert item["owner"].startswith("ฝ่าย")
        if item["status"] != "missing":
            assert item["evidence"], item["code"]
            assert all(
                e["url"].startswith("http://127.0.0.1")
                for e in item["evidence"]
                if "127.0.0.1" in e["url"]
            )


def test_seed_outcomes_score(farm: tuple[SiteServer, dict], module_settings: Settings) -> None:
    """Bangkok Noi ITA 2567 scored 95.45 with only O15 at 0 (seed 000)."""
    server, _ = farm
    result = check_site(
        module_settings,
        server.url("/bangkoknoi/"),
        framework="bma-2567",
        as_of=date(2025, 4, 30),
        site_key="bangkoknoi",
        reuse_hours=24,
    )
    assert result["score"]["estimate"] == 95.45
    assert result["score"]["level"] == "ผ่านดีเยี่ยม"
    o15 = next(it for it in result["items"] if it["code"] == "O15")
    assert o15["months_missing"] == ["2025-01", "2025-02", "2025-03"]
    assert o15["owner"] == "ฝ่ายการคลัง"
    assert any("ขาดเดือน" in r["th"] for r in o15["reasons"])


@pytest.mark.parametrize("path", ["/no-such-district/", None], ids=["404", "dead-server"])
def test_a_site_that_does_not_answer_is_an_error_not_all_missing(
    farm: tuple[SiteServer, dict], module_settings: Settings, path: str | None
) -> None:
    """A wrong start URL or a dead server must not report 22 items missing (and alert officers)."""
    server, _ = farm
    url = server.url(path) if path else "http://127.0.0.1:9/"
    with pytest.raises(CrawlError, match="did not answer"):
        check_site(module_settings, url, framework="bma-2567", as_of=date(2025, 4, 30))
    store = open_store(module_settings.db)
    try:
        with store.session() as s:
            assert not s.scalars(select(Run).join(Site).where(Site.start_url == url)).all()
    finally:
        store.close()


def _item(result: dict, code: str) -> dict:
    return next(it for it in result["items"] if it["code"] == code)


def test_checklist_urls_are_checked_not_trusted(
    farm: tuple[SiteServer, dict], module_settings: Settings, tmp_path: Path
) -> None:
    """On the menu-only site (O7 missing): a wrong URL and a dead URL never make O7 pass;
    a right URL is used as evidence."""
    server, _ = farm
    first = check_site(
        module_settings,
        server.url("/khet-mena/"),
        framework="bma-2567",
        as_of=date(2025, 4, 30),
        site_key="khet-mena",
        reuse_hours=24,
    )
    o1_page = _item(first, "O1")["evidence"][0]["url"]
    checklist = tmp_path / "checklist.csv"
    checklist.write_text(
        "code,url\n"
        f"O7,{server.url('/khet-mena/')}\n"  # opens, but is the home page
        f"O๑๐,{server.url('/khet-mena/no-such-page')}\n"  # dead
        f"O1,{o1_page}\n",
        encoding="utf-8",
    )
    result = check_site(
        module_settings,
        server.url("/khet-mena/"),
        framework="bma-2567",
        as_of=date(2025, 4, 30),
        site_key="khet-mena",
        reuse_hours=24,
        checklist_path=checklist,
    )
    o7 = _item(result, "O7")
    assert o7["status"] == "missing"
    assert any("ไม่ได้แสดงรายการนี้" in r["th"] for r in o7["reasons"])
    o10 = _item(result, "O10")
    assert o10["status"] == "broken"  # planted broken, and the submitted URL is dead too
    assert any("no-such-page" in r["en"] for r in o10["reasons"])
    o1 = _item(result, "O1")
    assert o1["status"] == "pass"
    assert o1["evidence"][0]["url"] == o1_page and o1["evidence"][0]["source"] == "checklist"


def test_check_command_writes_the_contract(
    farm: tuple[SiteServer, dict], module_settings: Settings, tmp_path: Path
) -> None:
    from click.testing import CliRunner

    from oitwatch.cli import cli

    server, expected = farm
    out = tmp_path / "result.json"
    args = [
        "check",
        server.url("/bangkoknoi/"),
        "--framework",
        "bma-2567",
        "--as-of",
        "๒๕๖๘-๐๔-๓๐",
        "--site",
        "bangkoknoi",
        "--reuse-hours",
        "24",
        "--json",
        str(out),
        "--data-dir",
        str(module_settings.data_dir),
    ]
    run = CliRunner().invoke(cli, args, env={"OITWATCH_DELAY": "0"})
    assert run.exit_code == 0, run.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {"site", "framework", "as_of", "items", "score"} <= set(data)
    assert data["framework"] == "bma-2567" and data["as_of"] == "2025-04-30"
    assert [it["code"] for it in data["items"]] == list(expected["bangkoknoi"])
    for it in data["items"]:
        assert {"code", "status", "owner", "evidence", "reasons"} <= set(it)
        assert it["status"] in {"pass", "missing", "stale", "incomplete", "broken", "review"}
        assert all({"url", "snippet"} <= set(e) for e in it["evidence"])
        assert all({"th", "en"} <= set(r) for r in it["reasons"])
    assert {"estimate", "level"} <= set(data["score"])
    table = CliRunner().invoke(cli, [*args[:-4], "--data-dir", str(module_settings.data_dir)])
    assert table.exit_code == 0, table.output
    assert "ไม่เป็นปัจจุบัน" in table.output and "95.45" in table.output
