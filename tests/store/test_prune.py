"""Pruning keeps the newest complete crawls whole, drops older ones and orphaned bodies,
and never touches check runs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from checklist import check_site
from crawler import run_crawl
from oitwatch.cli import cli
from oitwatch.demo.documents import make_pdf
from oitwatch.settings import Settings
from oitwatch.store import Content, Crawl, Fetch, Run, open_store
from oitwatch.store.prune import prune


def _write(site: Path, year: int) -> None:
    title = f"แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. {year}"
    (site / "plan.pdf").write_bytes(make_pdf([[title, "โครงการและระยะเวลาดำเนินการ"]]))
    (site / "index.html").write_text(
        f'<!doctype html><html lang="th"><head><meta charset="utf-8"><title>เขตทดสอบ {year}</title></head>'
        f'<body><h1>เขตทดสอบ</h1><a href="/khet/plan.pdf">{title}</a></body></html>',
        encoding="utf-8",
    )


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_settings(request: pytest.FixtureRequest, settings: Settings) -> Settings:
    if request.param == "sqlite":
        return settings
    return settings.model_copy(update={"db": request.getfixturevalue("pg_url")})


def _count(store, model) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_prune_keeps_newest_crawls_and_every_run(
    tmp_path: Path, serve, db_settings: Settings
) -> None:
    site = tmp_path / "khet"
    site.mkdir()
    server = serve(tmp_path)
    url = server.url("/khet/")
    _write(site, 2567)
    first = check_site(
        db_settings, url, framework="bma-2567", as_of=date(2024, 4, 30), site_key="khet"
    )
    store = open_store(db_settings.db)
    with store.session() as s:
        old_bodies = [c.body_path for c in s.scalars(select(Content)) if c.body_path]
    assert old_bodies and all((db_settings.bodies_dir / p).is_file() for p in old_bodies)
    _write(site, 2568)  # a new plan: new bodies
    run_crawl(db_settings, url, site_key="khet")
    run_crawl(db_settings, url, site_key="khet")  # unchanged: same bodies as the second
    assert _count(store, Crawl) == 3

    dry = prune(store, db_settings.bodies_dir, keep=1, dry_run=True)
    assert dry.crawls == 2 and dry.fetches > 0 and _count(store, Crawl) == 3

    report = prune(store, db_settings.bodies_dir, keep=1)
    assert report.crawls == 2 and report.contents >= 2 and report.body_files >= 1
    with store.session() as s:
        kept = s.scalars(select(Crawl)).all()
        assert [c.status for c in kept] == ["complete"]
        assert (
            s.scalar(select(func.count()).select_from(Fetch).where(Fetch.crawl_id != kept[0].id))
            == 0
        )
        # every remaining fetch still has its body row and file
        for fetch in s.scalars(select(Fetch).where(Fetch.content_sha256.is_not(None))):
            assert fetch.content is not None
            if fetch.content.body_path:
                assert (db_settings.bodies_dir / fetch.content.body_path).is_file()
        run = s.get(Run, first["run_id"])
        assert run is not None and run.crawl_id is None and len(run.result["items"]) == 22
    assert not any((db_settings.bodies_dir / p).is_file() for p in old_bodies)
    # the kept crawl still serves a check, and the next crawl is still incremental
    again = check_site(
        db_settings,
        url,
        framework="bma-2567",
        as_of=date(2025, 4, 30),
        site_key="khet",
        reuse_hours=1,
    )
    assert next(it for it in again["items"] if it["code"] == "O5")["evidence"]
    assert prune(store, db_settings.bodies_dir, keep=1).crawls == 0
    store.close()


def test_prune_command(tmp_path: Path, settings: Settings) -> None:
    open_store(settings.db).close()
    result = CliRunner().invoke(
        cli, ["prune", "--keep", "3", "--dry-run", "--data-dir", str(settings.data_dir)]
    )
    assert result.exit_code == 0, result.output
    assert "would delete: 0 crawls" in result.output
    bad = CliRunner().invoke(cli, ["prune", "--keep", "0", "--data-dir", str(settings.data_dir)])
    assert bad.exit_code == 2
