"""``oitwatch crawl`` end to end through click."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from oitwatch.cli import cli
from tests.crawler.sites import build_small_site


def test_crawl_command_prints_a_summary_and_writes_json(serve, tmp_path: Path) -> None:
    build_small_site(tmp_path / "site")
    srv = serve(tmp_path / "site")
    out = tmp_path / "summary.json"
    result = CliRunner().invoke(
        cli,
        [
            "crawl",
            srv.url("/district-a/"),
            "--data-dir",
            str(tmp_path / "data"),
            "--delay",
            "0",
            "--site",
            "district-a",
            "--max-pages",
            "50",
            "--json",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "ผลการเก็บข้อมูล" in result.output and "district-a" in result.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["status"] == "complete"
    assert (doc["pages"], doc["documents"], doc["errors"]) == (6, 1, 0)
    assert doc["skipped"] == {"offsite": 3, "robots": 0, "too_large": 0}
    assert doc["duration_s"] > 0


def test_crawl_command_rejects_a_non_http_url(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["crawl", "ftp://example.invalid/x", "--data-dir", str(tmp_path)]
    )
    assert result.exit_code != 0
    assert "not an http(s) URL" in result.output
