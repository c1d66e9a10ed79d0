"""An editor starts a check of a loopback district from the web, watches it, opens the fix list,
downloads the PDF and the XLSX; the overview lists every registered district (Chromium, Playwright).

Screenshots go to test-artifacts/screenshots/ (docs/screenshots/ holds reviewed copies).
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from oitwatch.demo.sitegen import DEMO
from oitwatch.devserver import SiteServer
from oitwatch.settings import Settings
from reports.web import create_app
from reports.web.auth import add_user
from schedules.registry import load_registry, make_entry, registry_path, save_registry
from tests.reports.browser import SHOTS, chromium_page, served

pytestmark = pytest.mark.browser

DEMO_SITE = Path(__file__).resolve().parents[2] / "oitwatch" / "demo" / "site"
PASSWORD = "รหัสผ่านยาวพอ-2568"
KEY = DEMO["slug"]


@pytest.fixture
def app_url(runs_store, settings: Settings) -> Iterator[str]:
    """The registry (50 districts plus the loopback demo district) and the app on 127.0.0.1."""
    with SiteServer(DEMO_SITE) as site:
        registry = load_registry(settings)
        path = registry_path(settings)
        registry.sites[KEY] = make_entry(
            path,
            KEY,
            {"name_th": DEMO["name_th"], "name_en": "Demo District", "url": site.url(f"/{KEY}/")},
        )
        save_registry(registry, path)
        with runs_store.session() as s:
            add_user(s, "officer", PASSWORD, "editor", KEY)
        with served(create_app(settings)) as url:
            yield url


@pytest.fixture
def browser_page():
    with chromium_page(locale="th-TH") as page:
        yield page


def test_editor_checks_from_the_web_and_downloads_the_fix_list(
    app_url: str, browser_page, tmp_path: Path
) -> None:
    page = browser_page
    SHOTS.mkdir(parents=True, exist_ok=True)

    # the overseer's overview: every registered district, checked or not
    page.goto(app_url + "/")
    rows = page.locator("table#districts tbody tr")
    assert rows.count() >= 51  # the 50 districts of the registry and the demo district
    assert page.locator("tr[data-key=dusit]").get_attribute("data-state") == "not_configured"
    assert page.locator(f"tr[data-key={KEY}]").get_attribute("data-state") == "never"
    assert "ยังไม่เคยตรวจ" in page.locator(f"tr[data-key={KEY}]").inner_text()
    page.screenshot(path=str(SHOTS / "overview-districts.png"), full_page=False)
    page.fill("input[name=q]", "ตัวอย่าง")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/?q=*")
    assert page.locator("table#districts tbody tr").count() == 1

    # log in as the district's editor and start a check from the web
    page.goto(f"{app_url}/sites/{KEY}/check")
    page.wait_for_url(lambda u: "/login?next=" in u)
    page.fill("input[name=username]", "officer")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"**/sites/{KEY}/check")
    page.fill("input[name=as_of]", "๒๕๖๘-๐๔-๓๐")
    page.click("#start-check button[type=submit]")

    # watch it: the page reloads itself with the crawl's counts until the report appears
    from playwright.sync_api import Error as PlaywrightError

    seen: set[str] = set()
    deadline = time.monotonic() + 300
    while "/check" in page.url and time.monotonic() < deadline:
        try:
            phase = page.get_attribute("#progress", "data-phase", timeout=2000)
        except PlaywrightError:  # the page is reloading under us, or went to the report
            phase = None
        if phase == "crawling" and phase not in seen:
            page.screenshot(path=str(SHOTS / "check-progress.png"))
        if phase:
            seen.add(phase)
        time.sleep(0.3)
    page.wait_for_url(f"**/sites/{KEY}?run=*", timeout=60_000)
    assert seen & {"starting", "crawling", "judging"}, seen
    assert "สิ่งที่ต้องแก้ไข" in page.inner_text("#fix h2")

    # the one-page fix list
    page.click("#fix-link")
    page.wait_for_url(f"**/sites/{KEY}/fix*")
    fix_text = page.inner_text("#fix")
    assert "O15" in fix_text and "ฝ่ายการคลัง" in fix_text
    assert "every_division" not in page.content()
    assert page.locator("text=ผลรายข้อ").count() == 0  # only the fix list
    page.screenshot(path=str(SHOTS / "fix-list.png"), full_page=True)

    # downloads: PDF (Thai fonts embedded) and XLSX
    with page.expect_download(timeout=120_000) as info:
        page.click("a.download-pdf")
    pdf = tmp_path / "report.pdf"
    info.value.save_as(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
        thai = [ln for ln in fonts.splitlines() if any(f in ln for f in ("Garuda", "Loma"))]
        assert thai and all(" yes " in ln for ln in thai), fonts
    if shutil.which("pdftotext"):
        first = subprocess.run(
            ["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True
        ).stdout
        assert "สิ่งที่ต้องแก้ไข" in first and "O15" in first
    with page.expect_download() as info:
        page.click("a.download-xlsx")
    xlsx = tmp_path / "report.xlsx"
    info.value.save_as(xlsx)
    book = openpyxl.load_workbook(xlsx)
    assert len(book.sheetnames) >= 2

    # back on the overview, the demo district is checked now
    page.goto(app_url + "/")
    assert page.locator(f"tr[data-key={KEY}]").get_attribute("data-state") == "checked"
