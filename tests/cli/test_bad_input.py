"""Bad input gets one line and exit status 2, never a traceback, and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from oitwatch.cli import cli
from schedules.registry import load_registry

URL = "http://127.0.0.1:9/district-a/"


def _run(*args: str, data_dir: Path, stdin: str | None = None):
    result = CliRunner().invoke(cli, [*args, "--data-dir", str(data_dir)], input=stdin)
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("check", URL, "-f", "bma-2567", "--db", "notadb://x"), "OITWATCH_DB"),
        (("check", URL, "-f", "bma-2567", "--db", "not a url"), "--db"),
        (("report", "--site", "x", "--db", "notadb://x"), "database URL"),
        (("crawl", URL, "--db", "notadb://x"), "database URL"),
        (("check", URL, "-f", "bma-2567", "--max-pages", "-5"), "--max-pages"),
        (("check", URL, "-f", "bma-2567", "--delay", "-1"), "--delay"),
        (("check", URL, "-f", "bma-2567", "--reuse-hours", "-1"), "--reuse-hours"),
        (("crawl", URL, "--max-pages", "0"), "--max-pages"),
        (("check", URL, "-f", "bma-2567", "--as-of", "68-04-30"), "--as-of"),
        (("check", URL, "--nosuch"), "--nosuch"),
        (("crawl", "http://[::1"), "not a valid URL"),
        (("check", "http://[::1", "-f", "bma-2567"), "not a valid URL"),
        (("crawl", "http://127.0.0.1:99999/"), "Port out of range"),
        (("check", "http://127.0.0.1:99999/", "-f", "bma-2567"), "Port out of range"),
        (("crawl", URL, "--site", "../../x"), "bad site key"),
        (("check", URL, "-f", "bma-2567", "--site", "a/../../b"), "bad site key"),
        (("crawl", "http://127.0.0.1:9/\u202efdp.exe"), "bidirectional control"),
        (("sites", "add", "noi", "--url", "http://[::1"), "not a valid URL"),
        (("sites", "add", "noi", "--url", "http://127.0.0.1:99999/"), "Port out of range"),
        (("prune", "--dry-run", "--db", "sqlite:////proc/forbidden/x.db"), "cannot open the store"),
    ],
)
def test_a_bad_option_is_one_line_and_exit_2(tmp_path: Path, args: tuple[str, ...], says: str):
    result = _run(*args, data_dir=tmp_path)
    assert result.exit_code == 2, result.output
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert says in result.output
    assert not (tmp_path / "logs").exists()  # nothing was crawled


def test_sites_add_refuses_an_unknown_framework(tmp_path: Path) -> None:
    result = _run("sites", "add", "noi", "--url", URL, "--framework", "nosuch", data_dir=tmp_path)
    assert result.exit_code == 2 and "unknown framework 'nosuch'" in result.output
    registry = tmp_path / "sites.yaml"
    assert not registry.exists() or "noi" not in load_registry(registry).sites
    ok = _run("sites", "add", "noi", "--url", URL, "--framework", "bma-2564", data_dir=tmp_path)
    assert ok.exit_code == 0, ok.output
    assert load_registry(tmp_path / "sites.yaml").site("noi").framework == "bma-2564"


def test_users_add_refuses_an_unknown_site(tmp_path: Path) -> None:
    password = "รหัสผ่านยาวพอ-2568\n"
    args = ("users", "add", "noi", "--role", "editor", "--password-stdin")
    result = _run(*args, "--site", "nosuch", data_dir=tmp_path, stdin=password)
    assert result.exit_code == 2 and "'nosuch'" in result.output
    listed = _run("users", "list", data_dir=tmp_path)
    assert "noi" not in listed.output
    # a district of the registry (the bundled 50) is known
    ok = _run(*args, "--site", "dusit", data_dir=tmp_path, stdin=password)
    assert ok.exit_code == 0, ok.output
    assert "dusit" in _run("users", "list", data_dir=tmp_path).output


def test_an_unusable_data_dir_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["prune", "--dry-run", "--data-dir", "/proc/1/nope"])
    assert "Traceback" not in result.output and result.exit_code == 2, result.output
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert "cannot open the store" in result.output


def test_an_unknown_time_zone_is_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OITWATCH_TIMEZONE", "Mars/Phobos")
    for args in (("check", URL, "-f", "bma-2567"), ("schedule", "list")):
        result = _run(*args, data_dir=tmp_path)
        assert result.exit_code == 2, result.output
        assert len(result.output.strip().splitlines()) == 1, result.output
        assert "unknown time zone 'Mars/Phobos'" in result.output
