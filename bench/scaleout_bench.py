"""Scale-out benchmark: the same districts crawled and checked into SQLite, then PostgreSQL.

    python bench/scaleout_bench.py --sites 6 [--pg postgresql://postgres@127.0.0.1:5432]

Builds ``--sites`` synthetic district sites (``oitwatch.demo.sitegen``, ITA 2567
list, FY2568) under one loopback host, then for each store checks them one
after another with ``checklist.check_site`` (crawl in its own process + check +
stored run), and prints seconds per site (and the crawl process's share), the
total, the rows written and the database's size. PostgreSQL uses a throw-away database ``oitwatch_bench_<hex>``,
dropped at the end. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import secrets
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from sqlalchemy import func, select, text

from checklist import check_site
from oitwatch.demo.sitegen import build_site
from oitwatch.devserver import SiteServer
from oitwatch.settings import Settings
from oitwatch.store import Crawl, open_store
from oitwatch.store.models import Base

AS_OF = date(2025, 4, 30)


@contextmanager
def pg_database(server: str) -> Iterator[str]:
    """A throw-away PostgreSQL database on ``server`` (``postgresql://user@host:port``)."""
    import psycopg

    name = f"oitwatch_bench_{secrets.token_hex(4)}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield f"{server}/{name}"
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def rows_and_size(url: str, data_dir: Path) -> tuple[int, int]:
    """Rows in every oitwatch table, and the database's size in bytes."""
    store = open_store(url, upgrade=False)
    try:
        with store.session() as s:
            rows = sum(
                s.scalar(select(func.count()).select_from(t)) or 0
                for t in Base.metadata.sorted_tables
            )
            if store.engine.dialect.name == "postgresql":
                size = s.scalar(text("SELECT pg_database_size(current_database())")) or 0
            else:
                size = sum(p.stat().st_size for p in data_dir.glob("oitwatch.db*"))
    finally:
        store.close()
    return rows, size


def crawl_seconds(url: str) -> float:
    """Mean seconds from a crawl row's creation to its close (the crawl process's share)."""
    store = open_store(url, upgrade=False)
    try:
        with store.session() as s:
            spans = [
                (c.finished_at - c.started_at).total_seconds()
                for c in s.scalars(select(Crawl))
                if c.finished_at is not None
            ]
    finally:
        store.close()
    return statistics.mean(spans) if spans else 0.0


def run(label: str, settings: Settings, server: SiteServer, slugs: list[str]) -> dict:
    """Check every site in turn into ``settings.db``; return the figures."""
    open_store(settings.db).close()  # migrate first, outside the timings
    times = []
    started = time.perf_counter()
    for slug in slugs:
        t0 = time.perf_counter()
        result = check_site(
            settings, server.url(f"/{slug}/"), framework="bma-2567", as_of=AS_OF, site_key=slug
        )
        times.append(time.perf_counter() - t0)
        passed = sum(it["status"] == "pass" for it in result["items"])
        print(f"  {label}: {slug} {times[-1]:.2f} s, {passed}/{len(result['items'])} pass")
    total = time.perf_counter() - started
    rows, size = rows_and_size(settings.db, settings.data_dir)
    crawl = crawl_seconds(settings.db)
    return {
        "store": label,
        "mean": statistics.mean(times),
        "min": min(times),
        "max": max(times),
        "total": total,
        "crawl": crawl,
        "rows": rows,
        "size": size,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sites", type=int, default=6)
    parser.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="oitwatch-scaleout-") as tmp:
        root = Path(tmp) / "sites"
        slugs = [f"district-{n}" for n in range(args.sites)]
        for n, slug in enumerate(slugs):
            build_site(
                root,
                slug=slug,
                name_th=f"สำนักงานเขตตัวอย่าง {n}",
                framework="bma-2567",
                fiscal_year=2568,
                as_of=AS_OF,
            )
        files = sum(1 for f in root.rglob("*") if f.is_file())
        print(f"{args.sites} district sites, {files} files, one loopback host")
        figures = []
        with SiteServer(root) as server:
            sqlite = server.allow(Settings(data_dir=Path(tmp) / "sqlite", delay=0))
            figures.append(run("SQLite (WAL)", sqlite, server, slugs))
            with pg_database(args.pg) as url:
                pg = server.allow(Settings(data_dir=Path(tmp) / "pg", db=url, delay=0))
                figures.append(run("PostgreSQL", pg, server, slugs))
    print(
        f"{'store':<14} {'s/site mean':>11} {'min':>6} {'max':>6} {'crawl s':>8} "
        f"{'total s':>8} {'rows':>7} {'db MiB':>7}"
    )
    for f in figures:
        print(
            f"{f['store']:<14} {f['mean']:>11.2f} {f['min']:>6.2f} {f['max']:>6.2f} "
            f"{f['crawl']:>8.2f} {f['total']:>8.1f} {f['rows']:>7} {f['size'] / 2**20:>7.1f}"
        )


if __name__ == "__main__":
    main()
