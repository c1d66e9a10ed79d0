"""Starting checks from the web: who may, CSRF, the registry; the overview's filters; the fix list."""

from __future__ import annotations

import shutil

import pytest

from reports.web import create_app
from reports.web.auth import add_user

from .test_web import PASSWORD, TestClient, login, token


@pytest.fixture
def web(runs_store, settings):
    """The app over three checked districts and the bundled registry; users of every role."""
    with runs_store.session() as s:
        add_user(s, "noi", PASSWORD, "editor", "bangkoknoi")
        add_user(s, "look", PASSWORD, "viewer")
    with TestClient(create_app(settings), base_url="http://127.0.0.1") as c:
        yield c


def _rows(html: str) -> list[str]:
    import re

    return re.findall(r'<tr data-key="([^"]+)" data-state="([^"]+)"', html)


def test_only_the_districts_editor_or_an_admin_may_start_a_check(web) -> None:
    assert web.get("/sites/bangkoknoi/check", follow_redirects=False).status_code == 303
    login(web, "look")
    page = web.get("/sites/bangkoknoi/check")
    assert page.status_code == 200 and "only this district's editors and admins" in page.text
    t = token(page.text)
    assert web.post("/sites/bangkoknoi/check", data={"csrf_token": t}).status_code == 403
    web.post("/logout", data={"csrf_token": t})
    login(web, "noi")
    t = token(web.get("/sites/bangkoknoi/check").text)
    assert web.post("/sites/khlongtoei/check", data={"csrf_token": t}).status_code == 403
    assert web.post("/sites/bangkoknoi/check", data={}).status_code == 403  # no CSRF token
    bad_date = web.post("/sites/bangkoknoi/check", data={"csrf_token": t, "as_of": "68-4-30"})
    assert bad_date.status_code == 400 and "2025-04-30" in bad_date.text
    # bangkoknoi has runs in the store but is not a site of the registry: nothing to crawl
    unknown = web.post("/sites/bangkoknoi/check", data={"csrf_token": t})
    assert unknown.status_code == 400 and "not in the registry" in unknown.text
    assert web.get("/sites/bangkoknoi/check.json").json() == {
        "site_key": "bangkoknoi",
        "state": None,
    }


def test_overview_lists_the_registry_and_filters(web) -> None:
    rows = _rows(web.get("/").text)
    keys = [k for k, _ in rows]
    assert len(rows) >= 51 and "dusit" in keys and "bangkoknoi" in keys
    assert ("dusit", "not_configured") in rows and ("pranakorn", "checked") in rows
    never = _rows(web.get("/?status=never").text)
    assert never and all(state == "never" for _, state in never)
    assert [k for k, _ in _rows(web.get("/?q=พระนคร").text)] == ["pranakorn"]
    assert {k for k, _ in _rows(web.get("/?item=O20").text)} == {"khlongtoei"}
    assert "<script>alert" not in web.get("/?q=<script>alert(1)</script>").text


def test_fix_list_page_and_pdf_downloads(web) -> None:
    fix = web.get("/sites/bangkoknoi/fix")
    assert fix.status_code == 200
    assert "สิ่งที่ต้องแก้ไข" in fix.text and "ผลรายข้อ" not in fix.text
    assert "O15" in fix.text and "ราคากลาง" in fix.text  # missing element by its title
    if not (shutil.which("chromium") or shutil.which("chromium-browser")):
        pytest.skip("no Chromium to print PDFs with")
    for url in ("/sites/bangkoknoi/report.pdf", "/overview.pdf"):
        r = web.get(url)
        assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
        assert r.content.startswith(b"%PDF")


def test_a_held_nightly_lock_makes_a_web_check_busy(web, settings) -> None:
    """The site's lock is held (the nightly job is on it): the web check says busy, crawls nothing."""
    import time
    from datetime import timedelta

    from oitwatch.store import open_store
    from schedules.locks import acquire
    from schedules.registry import load_registry, make_entry, registry_path, save_registry

    registry = load_registry(settings)
    path = registry_path(settings)
    registry.sites["bangkoknoi"] = make_entry(
        path, "bangkoknoi", {"name_th": "บางกอกน้อย", "url": "http://127.0.0.1:9/bangkoknoi/"}
    )
    save_registry(registry, path)
    store = open_store(settings.db)
    try:
        assert acquire(store, "bangkoknoi", "nightly:elsewhere", timedelta(hours=1))
    finally:
        store.close()
    login(web, "noi")
    t = token(web.get("/sites/bangkoknoi/check").text)
    started = web.post("/sites/bangkoknoi/check", data={"csrf_token": t}, follow_redirects=False)
    assert started.status_code == 303 and started.headers["location"].endswith("/check")
    for _ in range(200):  # the thread gives up at once on a held lock (not a timed assertion)
        status = web.get("/sites/bangkoknoi/check.json").json()
        if status["state"] != "running":
            break
        time.sleep(0.05)
    assert status["state"] == "busy" and "bangkoknoi is busy" in status["error"]
    assert status["crawl"] is None
    page = web.get("/sites/bangkoknoi/check")
    assert "another run holds the lock" in page.text
