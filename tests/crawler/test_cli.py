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


def _dead_url() -> str:
    import socket

    with socket.socket() as sock:  # a port nothing listens on once closed
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/district-a/"


def test_a_crawl_that_reached_nothing_fails_with_a_reason(tmp_path: Path) -> None:
    out = tmp_path / "summary.json"
    result = CliRunner().invoke(
        cli,
        [
            "crawl",
            _dead_url(),
            "--data-dir",
            str(tmp_path / "data"),
            "--delay",
            "0",
            "--json",
            str(out),
        ],
    )
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    last = result.output.strip().splitlines()[-1]
    assert "ไม่ได้หน้าเว็บหรือเอกสารใดเลย" in last and "did not answer" in last
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert (doc["status"], doc["pages"], doc["documents"]) == ("failed", 0, 0)
    assert "did not answer" in doc["error"]


def test_progress_goes_to_stderr_a_line_every_few_seconds_when_piped(serve, tmp_path: Path) -> None:
    """Piped (no terminal): plain progress lines on stderr; stdout keeps only the result."""
    import subprocess
    import sys

    build_small_site(tmp_path / "site", pages=3)
    srv = serve(tmp_path / "site")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "oitwatch",
            "check",
            srv.url("/district-a/"),
            "-f",
            "bma-2567",
            "--data-dir",
            str(tmp_path / "data"),
            "--delay",
            "0",
            "--json",
            "/dev/stdout",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    progress = [ln for ln in proc.stderr.splitlines() if ln.startswith("กำลังเก็บข้อมูล (crawling)")]
    assert progress and "pages" in progress[0] and "OCR" in progress[0]
    assert "\x1b[" not in proc.stderr  # no terminal control codes in a log
    doc = json.loads(proc.stdout[: proc.stdout.rindex("}") + 1])
    assert doc["site_key"] and len(doc["items"]) == 22
