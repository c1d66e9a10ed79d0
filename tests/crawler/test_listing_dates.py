"""Dates beside links: a changed list re-asks only the backed-off documents it dates anew."""

from __future__ import annotations

import os
import time
from datetime import datetime
from pathlib import Path

from crawler import run_crawl
from crawler.revisit import listed_date
from oitwatch.settings import Settings
from oitwatch.store import Store
from oitwatch.thai import format_thai_date
from tests.crawler.sites import asked_names, build_small_site, pass_night, write


def _list(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f'<tr><td><a href="{f}">{f}</a></td><td>{d}</td></tr>' for f, d in rows)
    return f"<h1>ประกาศ</h1><table>{cells}</table>"


def test_a_changed_list_asks_again_only_what_it_dates_after_our_last_answer(
    serve, settings: Settings, store: Store, tmp_path: Path
) -> None:
    settings = settings.model_copy(update={"revisit_spread": False})  # nights a test can name
    root = tmp_path / "site"
    build_small_site(root, pages=0)
    pdf = (root / "district-a/doc.pdf").read_bytes()
    long_ago = time.time() - 120 * 86400
    for name in ("old.pdf", "undated.pdf", "renewed.pdf"):
        write(root, f"district-a/{name}", pdf + f"\n%{name}\n".encode())
        os.utime(root / "district-a" / name, (long_ago, long_ago))  # backed off at once
    old_day = format_thai_date(datetime(2025, 1, 12).date(), short=True)
    rows = [("old.pdf", old_day), ("undated.pdf", ""), ("renewed.pdf", old_day)]
    write(root, "district-a/index.html", '<a href="list.html">ประกาศ</a>')
    write(root, "district-a/list.html", _list(rows))
    srv = serve(root)
    url = srv.url("/district-a/index.html")
    run_crawl(settings, url)  # night 1
    pass_night(store)
    srv.clear_requests()
    run_crawl(settings, url)  # night 2: the list unchanged, every document backed off
    assert not {"old.pdf", "undated.pdf", "renewed.pdf"} & asked_names(srv)
    # Night 3: renewed.pdf replaced at its URL, its row dated today; a new row added.
    today = format_thai_date(datetime.now().date(), short=True)
    write(root, "district-a/renewed.pdf", pdf + b"\n% renewed\n")
    write(root, "district-a/new.pdf", pdf + b"\n% new\n")
    rows = [("new.pdf", today), ("old.pdf", old_day), ("undated.pdf", ""), ("renewed.pdf", today)]
    write(root, "district-a/list.html", _list(rows))
    pass_night(store)
    srv.clear_requests()
    run_crawl(settings, url)
    asked = asked_names(srv)
    assert "new.pdf" in asked  # unknown: always asked
    assert "renewed.pdf" in asked  # dated after our last answer
    assert "undated.pdf" in asked  # no date beside it: the changed list's links are asked
    assert "old.pdf" not in asked  # dated long before our last answer: its back-off holds


def test_dates_read_beside_links() -> None:
    assert listed_date("ประกาศ | รายงาน (12 ม.ค. 2568)") == datetime(2025, 1, 12).date()
    assert listed_date("doc.pdf 2025-01-12 10:30 12K") == datetime(2025, 1, 12).date()
    assert listed_date("doc.pdf 12-Jan-2025 10:30 45K") == datetime(2025, 1, 12).date()
    assert listed_date("รายงาน ประจำปีงบประมาณ 2568") is None  # a year is not a day
    assert listed_date("12 ม.ค. 2568 | รายงาน") is None  # the heading's date is not the row's
    two = "ก 1 ม.ค. 2568 ข 3 ก.พ. 2568"
    assert listed_date(two) == datetime(2025, 2, 3).date()  # the latest: ask rather than miss
