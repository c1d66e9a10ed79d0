"""The site registry: bundled default, strict validation, the ``sites`` commands."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from oitwatch.exceptions import RegistryError
from schedules.cli import sites as sites_group
from schedules.registry import BUNDLED, load_registry, registry_path

CSV = Path("/work/shared/domain/bma-districts.csv")


def test_bundled_default_has_the_50_districts_with_known_slugs_only() -> None:
    registry = load_registry(BUNDLED)
    assert len(registry.sites) == 50
    with CSV.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 50
    for row in rows:
        slug = row["slug_seen_on_webportal"]
        site = next(s for s in registry.sites.values() if s.code == row["code"])
        assert site.name_th == row["name_th"]
        assert site.url == (f"https://webportal.bangkok.go.th/{slug}/" if slug else None)
    assert registry.site("pranakorn").url == "https://webportal.bangkok.go.th/pranakorn/"
    assert registry.site("dusit").url is None and not registry.site("dusit").configured
    assert {s.framework for s in registry.sites.values()} == {"bma-2567"}
    assert registry.site("dusit").owners["ฝ่ายการคลัง"] == []
    # every configured district shares one host: the scheduler walks them one at a time
    assert list(registry.by_host()) == ["webportal.bangkok.go.th"]


def test_live_registry_is_created_from_the_bundled_default(settings) -> None:
    path = registry_path(settings)
    assert not path.exists()
    registry = load_registry(settings)
    assert path.exists() and len(registry.sites) == 50


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "sites:\n  district-a:\n    url: http://x.test/a/\n    colour: red\n",
            "site district-a: field colour",
        ),
        ("sites:\n  district-a:\n    url: ftp://x.test/a/\n", "site district-a: field url"),
        (
            "sites:\n  district-a:\n    owners: {ฝ่ายปกครอง: [not-an-address]}\n",
            "site district-a: field owners",
        ),
        ("sites:\n  Bad Key:\n    url: http://x.test/\n", "site Bad Key: bad key"),
        ("sites: [\n", "not valid YAML"),
    ],
)
def test_errors_name_the_file_and_the_site(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "sites.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RegistryError) as err:
        load_registry(path)
    assert str(path) in str(err.value)
    assert message in str(err.value)


def test_sites_commands_add_show_list_remove(settings) -> None:
    runner = CliRunner()
    opts = ["--data-dir", str(settings.data_dir)]
    res = runner.invoke(
        sites_group,
        [
            "add",
            "bangkoknoi",
            "--url",
            "https://webportal.bangkok.go.th/bangkoknoi/",
            "--name-th",
            "บางกอกน้อย",
            "--owner",
            "ฝ่ายการคลัง=finance@bkn.test",
            "--owner",
            "ฝ่ายการคลัง=boss@bkn.test",
            "--coordinator",
            "oit@bkn.test",
            *opts,
        ],
    )
    assert res.exit_code == 0, res.output
    site = load_registry(settings).site("bangkoknoi")
    assert site.owners["ฝ่ายการคลัง"] == ["finance@bkn.test", "boss@bkn.test"]
    assert site.coordinator == "oit@bkn.test" and site.framework == "bma-2567"

    res = runner.invoke(sites_group, ["show", "bangkoknoi", *opts])
    assert res.exit_code == 0 and "finance@bkn.test" in res.output

    res = runner.invoke(sites_group, ["list", *opts])
    assert "bangkoknoi" in res.output and "ยังไม่ได้ตั้งค่า (not configured)" in res.output

    res = runner.invoke(
        sites_group,
        ["add", "bangkoknoi", "--url", "https://x.test/", "--coordinator", "nope", *opts],
    )
    assert res.exit_code != 0 and "site bangkoknoi: field coordinator" in res.output
    assert load_registry(settings).site("bangkoknoi").coordinator == "oit@bkn.test"

    res = runner.invoke(sites_group, ["remove", "bangkoknoi", *opts])
    assert res.exit_code == 0
    with pytest.raises(RegistryError):
        load_registry(settings).site("bangkoknoi")
    res = runner.invoke(sites_group, ["remove", "bangkoknoi", *opts])
    assert res.exit_code != 0 and "no site 'bangkoknoi'" in res.output


def test_district_codes_may_be_numbers_or_thai_digits(tmp_path: Path) -> None:
    path = tmp_path / "sites.yaml"
    path.write_text(
        "sites:\n  a:\n    code: 1020\n  b:\n    code: '๑๐๒๐'\n  c:\n", encoding="utf-8"
    )
    registry = load_registry(path)
    assert [s.code for s in registry.sites.values()] == ["1020", "1020", None]
    assert registry.site("c").framework == "bma-2567" and not registry.site("c").configured
