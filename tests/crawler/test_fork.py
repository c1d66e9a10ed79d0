"""Crawls forked from the warm server do not import the launcher's main module."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from oitwatch.devserver import SiteServer
from tests.crawler.sites import build_small_site

REPO = Path(__file__).resolve().parents[2]

LAUNCHER = """
import sys
from pathlib import Path

Path(sys.argv[2]).open("a").write("imported\\n")  # module level: runs wherever it is imported

if __name__ == "__main__":
    from crawler import run_crawl
    from oitwatch.settings import Settings

    settings = Settings(data_dir=sys.argv[3], delay=0, contact="tests@oitwatch.invalid")
    for _ in range(2):
        assert run_crawl(settings, sys.argv[1]).status == "complete"
"""


def test_a_forked_crawl_does_not_import_the_launchers_main_module(tmp_path: Path) -> None:
    """The `oitwatch` command's main module (the whole CLI) cost each crawl about a second."""
    build_small_site(tmp_path / "site", pages=3)
    script = tmp_path / "launcher.py"
    script.write_text(LAUNCHER, encoding="utf-8")
    marker = tmp_path / "imports.txt"
    env = {**os.environ, "PYTHONPATH": str(REPO), "OITWATCH_ALLOW_PRIVATE": "127.0.0.1"}
    with SiteServer(tmp_path / "site") as srv:
        subprocess.run(
            [sys.executable, str(script), srv.url("/district-a/index.html"), str(marker),
             str(tmp_path / "data")],
            env=env, check=True, timeout=240, capture_output=True,
        )  # fmt: skip
    assert marker.read_text().splitlines() == ["imported"]  # the launcher's own import only
