"""Checker benchmark: how long judging a large site takes, once it is crawled.

    python bench/check_bench.py --copies 40

Crawls the bundled demo district (over loopback, into a temporary store),
then inflates its snapshot in memory: ``--copies`` copies of every page and
document under new URLs, each with its links (so menus repeat as on a real
portal), and times building the candidate finder and judging all 22 items.
Prints pages, links and seconds; it asserts nothing.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import tempfile
import time
from datetime import date
from pathlib import Path

from checklist.run import evaluate
from checklist.snapshot import latest_complete_crawl, load_snapshot
from crawler import run_crawl
from oitwatch.demo.cli import SITE
from oitwatch.demo.sitegen import DEMO
from oitwatch.devserver import SiteServer
from oitwatch.settings import Settings
from oitwatch.store import Site, open_store
from rules import load_framework


def inflate(snapshot, copies: int):
    """The snapshot with ``copies`` extra copies of every document and link under new URLs."""
    big = copy.copy(snapshot)
    big.docs = dict(snapshot.docs)
    big.links = list(snapshot.links)
    big.links_from = {k: list(v) for k, v in snapshot.links_from.items()}
    originals = list(snapshot.docs.values())
    for n in range(copies):

        def moved(url: str, n: int = n) -> str:
            return url.replace("/demo-district/", f"/demo-district/copy{n}/", 1)

        for doc in originals:
            twin = dataclasses.replace(doc, url=moved(doc.url), final_url=moved(doc.final_url))
            big.docs[twin.url] = twin
        for link in snapshot.links:
            twin = dataclasses.replace(
                link, from_url=moved(link.from_url), to_url=moved(link.to_url)
            )
            big.links.append(twin)
            big.links_from.setdefault(twin.from_url, []).append(twin)
    return big


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=40)
    args = parser.parse_args()
    framework = load_framework(DEMO["framework"])
    with tempfile.TemporaryDirectory() as tmp, SiteServer(SITE) as server:
        settings = server.allow(Settings(data_dir=Path(tmp), delay=0))
        run_crawl(settings, server.url(f"/{DEMO['slug']}/"), site_key="bench")
        store = open_store(settings.db)
        with store.session() as s:
            site = s.query(Site).filter_by(key="bench").one()
            snapshot = load_snapshot(s, site, latest_complete_crawl(s, site.id))
        store.close()
        for copies in sorted({0, args.copies}):
            big = inflate(snapshot, copies)
            pages = sum(1 for d in big.docs.values() if d.kind == "page")
            started = time.perf_counter()
            result = evaluate(big, framework, date(2025, 4, 30), {}, settings)
            took = time.perf_counter() - started
            print(
                f"copies={copies:3d}  pages={pages:5d}  documents={len(big.docs) - pages:5d}  "
                f"links={len(big.links):7d}  judged {len(result['items'])} items in {took:6.2f} s"
            )


if __name__ == "__main__":
    main()
