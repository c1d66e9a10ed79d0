"""A site's identity survives a change of URL, and the demo runs any number of times."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import select

from oitwatch.cli import cli
from oitwatch.store import Run, Site, open_store
from tests.crawler.sites import build_small_site


def _ok(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_a_registered_site_whose_url_changes_keeps_its_history(serve, tmp_path: Path) -> None:
    build_small_site(tmp_path / "site", pages=2)
    build_small_site(tmp_path / "moved" / "new-home", pages=2)
    (tmp_path / "moved" / "new-home" / "district-a").rename(tmp_path / "moved" / "bangkoknoi")
    old, new = serve(tmp_path / "site"), serve(tmp_path / "moved")
    data = ["--data-dir", str(tmp_path / "data")]
    env_delay = {"OITWATCH_DELAY": "0"}
    _ok("sites", "add", "noi", "--url", old.url("/district-a/"), "--name-th", "บางกอกน้อย", *data)
    runner = CliRunner(env=env_delay)
    first = runner.invoke(cli, ["schedule", "now", "noi", "--as-of", "2025-04-30", *data])
    assert first.exit_code == 0, first.output
    # the operator moves the site: another host (port) and another folder
    _ok("sites", "add", "noi", "--url", new.url("/bangkoknoi/"), *data)
    second = runner.invoke(cli, ["schedule", "now", "noi", "--as-of", "2025-05-01", *data])
    assert second.exit_code == 0, second.output
    store = open_store(f"sqlite:///{tmp_path / 'data' / 'oitwatch.db'}")
    try:
        with store.session() as s:
            sites = s.scalars(select(Site)).all()
            assert [(x.key, x.start_url, x.scope_prefix) for x in sites] == [
                ("noi", new.url("/bangkoknoi/"), new.url("/bangkoknoi/"))
            ]
            runs = s.scalars(select(Run).order_by(Run.id)).all()
            assert [r.site_id for r in runs] == [sites[0].id] * 2
            assert [r.result["site"] for r in runs] == [old.url("/district-a/"), new.url("/bangkoknoi/")]
    finally:
        store.close()
    report = _ok("report", "--site", "noi", "--format", "json", "--out", "-", *data)
    assert report.count('"run_id"') >= 1


def test_demo_runs_twice_in_one_data_folder(tmp_path: Path) -> None:
    runner = CliRunner(env={"OITWATCH_OCR": "false"})
    for _ in range(2):  # each run serves the demo on a new random port
        result = runner.invoke(cli, ["demo", "--data-dir", str(tmp_path)])
        assert result.exit_code == 0, result.output
        assert "demo-district.html" in result.output
    store = open_store(f"sqlite:///{tmp_path / 'oitwatch.db'}")
    try:
        with store.session() as s:
            assert len(s.scalars(select(Site)).all()) == 1
            assert len(s.scalars(select(Run)).all()) == 2
    finally:
        store.close()
