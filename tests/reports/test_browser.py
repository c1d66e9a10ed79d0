"""The web UI in Debian's Chromium (Playwright), served by uvicorn on loopback.

Screenshots of the main pages go to test-artifacts/screenshots/.
"""

from __future__ import annotations

from collections.abc import Iterator

import openpyxl
import pytest
from sqlalchemy import select

from oitwatch.store.models import ChecklistEntry
from reports.web import create_app
from reports.web.auth import add_user
from tests.reports.browser import SHOTS, chromium_page, served

pytestmark = pytest.mark.browser

PASSWORD = "รหัสผ่านยาวพอ-2568"


@pytest.fixture
def base_url(runs_store, settings) -> Iterator[str]:
    """The app served by uvicorn in a thread on 127.0.0.1 (an ephemeral port)."""
    with runs_store.session() as s:
        add_user(s, "noi", PASSWORD, "editor", "bangkoknoi")
    with served(create_app(settings)) as url:
        yield url


@pytest.fixture
def browser_page():
    with chromium_page() as page:
        yield page


def test_browse_download_login_edit(base_url, browser_page, runs_store, tmp_path):
    page = browser_page
    SHOTS.mkdir(parents=True, exist_ok=True)

    page.goto(base_url + "/")
    assert "ภาพรวมการเปิดเผยข้อมูลสาธารณะ" in page.inner_text("h1")
    rows = page.locator("table.heatmap tbody tr")
    assert rows.count() == 3
    first_before = rows.first.get_attribute("data-name")
    # sort by score, twice: our nonce'd script runs under the page's CSP
    page.click("th[data-key=score]")
    page.click("th[data-key=score]")
    assert rows.first.get_attribute("data-name") != first_before
    page.screenshot(path=str(SHOTS / "overview.png"), full_page=True)

    page.click("text=สำนักงานเขตบางกอกน้อย")
    page.wait_for_url("**/sites/bangkoknoi")
    assert "สำนักงานเขตบางกอกน้อย" in page.inner_text("h1")
    assert page.locator("#item-O15 .badge").first.inner_text().startswith("ไม่เป็นปัจจุบัน")
    page.screenshot(path=str(SHOTS / "district.png"), full_page=True)

    with page.expect_download() as info:
        page.click("a[href$='report.xlsx']")
    saved = tmp_path / "bangkoknoi.xlsx"
    info.value.save_as(saved)
    assert openpyxl.load_workbook(saved).sheetnames[1] == "สำนักงานเขตบางกอกน้อย"

    page.goto(base_url + "/sites/bangkoknoi/items/O15")
    assert "ประวัติ" in page.content()
    page.screenshot(path=str(SHOTS / "item.png"), full_page=True)

    page.goto(base_url + "/sites/bangkoknoi/checklist")
    page.wait_for_url(lambda u: "/login?next=" in u)
    page.fill("input[name=username]", "noi")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/sites/bangkoknoi/checklist")
    url = "https://webportal.bangkok.go.th/bangkoknoi/page/sub/o15/procurement"
    page.select_option("select[name=code]", "O15")
    page.fill("input[name=url]", url)
    page.fill("input[name=note]", "สรุปผลการจัดซื้อจัดจ้าง ต.ค. ๖๗ - มี.ค. ๖๘")
    page.click("#add-entry button[type=submit]")
    assert "บันทึก O15 แล้ว" in page.inner_text("p.ok")
    page.screenshot(path=str(SHOTS / "checklist.png"), full_page=True)
    with runs_store.session() as s:
        assert [(e.code, e.url) for e in s.scalars(select(ChecklistEntry))] == [("O15", url)]
