"""The same crawl stored in PostgreSQL (a throw-away database per test: ``pg_url``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from crawler import run_crawl
from oitwatch.settings import Settings
from oitwatch.store import Content, Fetch, Link, open_store
from tests.crawler.sites import build_small_site, write

pytestmark = pytest.mark.postgres


def test_crawl_and_recrawl_into_postgres(serve, pg_url: str, tmp_path: Path) -> None:
    build_small_site(tmp_path / "site")
    srv = serve(tmp_path / "site")
    settings = Settings(data_dir=tmp_path / "data", db=pg_url, delay=0)
    first = run_crawl(settings, srv.url("/district-a/index.html"))
    second = run_crawl(settings, srv.url("/district-a/index.html"))
    assert (first.status, first.pages, first.documents) == ("complete", 6, 1)
    assert (second.status, second.not_modified) == ("complete", 7)
    store = open_store(pg_url)
    try:
        with store.session() as s:
            assert s.scalar(select(func.count()).select_from(Content)) == 7
            assert s.scalar(select(func.count()).select_from(Fetch)) == 14
            assert (
                s.scalar(
                    select(func.count()).select_from(Link).where(Link.crawl_id == second.crawl_id)
                )
                > 0
            )
            pdf = s.scalar(select(Content).where(Content.content_type == "application/pdf"))
            assert pdf is not None and "ประจำปีงบประมาณ" in pdf.text
    finally:
        store.close()


def test_a_nul_in_a_document_loses_nothing(serve, pg_url: str, tmp_path: Path) -> None:
    """PostgreSQL text refuses NUL: the document is stored without it, its batch whole."""
    root = tmp_path / "site"
    write(root, "district-a/index.html", '<a href="notes.txt">บันทึก</a> <a href="news.html">ข่าว</a>')
    write(root, "district-a/notes.txt", "ประกาศ\x00สำนักงานเขต".encode())
    write(root, "district-a/news.html", "<p>ข่าวประชาสัมพันธ์</p>")
    srv = serve(root)
    settings = Settings(data_dir=tmp_path / "data", db=pg_url, delay=0)
    summary = run_crawl(settings, srv.url("/district-a/index.html"))
    assert (summary.status, summary.pages, summary.documents) == ("complete", 2, 1)
    store = open_store(pg_url)
    try:
        with store.session() as s:
            text = s.scalar(select(Content.text).where(Content.content_type.like("text/plain%")))
        assert text == "ประกาศสำนักงานเขต"
    finally:
        store.close()
