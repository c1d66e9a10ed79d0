"""``check`` files a site under its real name: ``--name-th``, or the registered district's."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from oitwatch.cli import cli
from tests.crawler.sites import build_small_site


def _check(url: str, data: Path, out: Path, *extra: str) -> dict:
    args = ["check", url, "-f", "bma-2567", "--as-of", "2025-04-30", "--delay", "0"]
    result = CliRunner().invoke(cli, [*args, "--data-dir", str(data), "--json", str(out), *extra])
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8"))


def test_check_takes_a_thai_name(serve, tmp_path: Path) -> None:
    build_small_site(tmp_path / "site", pages=1)
    srv = serve(tmp_path / "site")
    url = srv.url("/district-a/")
    doc = _check(url, tmp_path / "data", tmp_path / "r.json", "--name-th", "สำนักงานเขตทดสอบ")
    assert doc["site_name_th"] == "สำนักงานเขตทดสอบ"
    assert doc["site_key"].startswith("127.0.0.1")


def test_a_url_under_a_registered_district_takes_its_key_and_name(serve, tmp_path: Path) -> None:
    build_small_site(tmp_path / "site", pages=1)
    srv = serve(tmp_path / "site")
    data = tmp_path / "data"
    added = CliRunner().invoke(
        cli,
        ["sites", "add", "bangkok-noi", "--url", srv.url("/district-a/"), "--data-dir", str(data)],
    )
    assert added.exit_code == 0, added.output
    doc = _check(srv.url("/district-a/index.html"), data, tmp_path / "r.json")
    assert (doc["site_key"], doc["site_name_th"]) == ("bangkok-noi", "บางกอกน้อย")
