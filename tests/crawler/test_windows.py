"""The as-of window: a backed-off URL serving an item is asked the night the item's window moves."""

from __future__ import annotations

import os
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml
from sqlalchemy import select

from crawler import run_crawl
from crawler.windows import moves_on
from oitwatch.settings import Settings
from oitwatch.store import ItemResult, Run, Site, Store
from rules import FRAMEWORKS_DIR
from rules.models import CurrentFiscalYear, HalfYear, MonthlySeries, PreviousFiscalYear
from tests.crawler.sites import asked_names, build_small_site, pass_night, write


def _framework_due_today(tmp_path: Path, settings: Settings) -> Path:
    """bma-2567 with O1 turned into a half-year report due today (in the settings' zone)."""
    data = yaml.safe_load((FRAMEWORKS_DIR / "bma-2567.yaml").read_text(encoding="utf-8"))
    today = datetime.now(ZoneInfo(settings.timezone)).date()
    item = data["indicators"][0]["sub_indicators"][0]["items"][0]
    assert item["code"] == "O1"
    item["freshness"] = {"kind": "half_year", "deadline": today.strftime("%m-%d")}
    path = tmp_path / "fw" / "bma-2567.yaml"
    path.parent.mkdir()
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_window_moving_revisits_the_items_backed_off_evidence_and_its_page(
    serve, settings: Settings, store: Store, tmp_path: Path
) -> None:
    settings = settings.model_copy(update={"revisit_spread": False})  # nights a test can name
    root = tmp_path / "site"
    build_small_site(root, pages=0)
    write(root, "district-a/index.html", '<a href="list.html">หมวด</a>')
    write(root, "district-a/list.html", '<a href="a/reports.html">รายงาน</a>')
    write(
        root,
        "district-a/a/reports.html",
        '<a href="../doc.pdf">รายงานครึ่งปี</a> <a href="../other.pdf">คู่มือ</a>',
    )
    write(root, "district-a/other.pdf", (root / "district-a/doc.pdf").read_bytes() + b"\n%o\n")
    long_ago = time.time() - 120 * 86400  # posted months ago: backed off from the first night
    for rel in ("a/reports.html", "doc.pdf", "other.pdf"):
        os.utime(root / "district-a" / rel, (long_ago, long_ago))
    srv = serve(root)
    url = srv.url("/district-a/index.html")
    run_crawl(settings, url)  # night 1: cold
    pass_night(store)
    srv.clear_requests()
    run_crawl(settings, url)  # night 2: no check yet, nothing but the start page and the list
    quiet = asked_names(srv)
    assert "doc.pdf" not in quiet and "reports.html" not in quiet and "list.html" in quiet
    # The site's check found doc.pdf as O1's evidence; O1 is a half-year report due today.
    with store.session() as s:
        site = s.scalars(select(Site)).one()
        run = Run(
            site_id=site.id, framework=str(_framework_due_today(tmp_path, settings)),
            as_of=datetime.now().date() - timedelta(days=1),
        )  # fmt: skip
        s.add(run)
        s.flush()
        evidence = [{"url": srv.url("/district-a/doc.pdf"), "role": "best"}]
        s.add(ItemResult(run_id=run.id, code="O1", status="pass", evidence=evidence))
    pass_night(store)
    srv.clear_requests()
    run_crawl(settings, url)  # night 3: O1's window moved today
    asked = asked_names(srv)
    assert "doc.pdf" in asked  # the evidence, though its back-off is not due
    assert "reports.html" in asked  # the page that links it (a new report would appear there)
    assert "other.pdf" not in asked  # serves no windowed item: still backed off


def test_when_windows_move() -> None:
    day = datetime(2025, 4, 10).date()
    assert moves_on(MonthlySeries(kind="monthly", due_day=10), day)
    assert not moves_on(MonthlySeries(kind="monthly", due_day=10), day + timedelta(days=1))
    assert moves_on(HalfYear(kind="half_year", deadline="04-10"), day)
    assert not moves_on(HalfYear(kind="half_year"), day)
    october = datetime(2025, 10, 1).date()
    assert moves_on(CurrentFiscalYear(kind="current_fy"), october)
    assert moves_on(PreviousFiscalYear(kind="previous_fy", deadline="04-10"), day)
    assert moves_on(PreviousFiscalYear(kind="previous_fy"), october)
    assert not moves_on(CurrentFiscalYear(kind="current_fy"), day)
