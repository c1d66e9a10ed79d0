"""Starting checks from the web: who may, CSRF, the registry; the overview's filters; the fix list."""

from __future__ import annotations

import shutil

import pytest

from .test_web import app, client, login, token  # noqa: F401 - fixtures and helpers shared


def _rows(html: str) -> list[str]:
    import re

    return re.findall(r'<tr data-key="([^"]+)" data-state="([^"]+)"', html)


def test_only_the_districts_editor_or_an_admin_may_start_a_check(client) -> None:
    assert client.get("/sites/bangkoknoi/check", follow_redirects=False).status_code == 303
    login(client, "look")
    page = client.get("/sites/bangkoknoi/check")
    assert page.status_code == 200 and "only this district's editors and admins" in page.text
    t = token(page.text)
    assert client.post("/sites/bangkoknoi/check", data={"csrf_token": t}).status_code == 403
    client.post("/logout", data={"csrf_token": t})
    login(client, "noi")
    t = token(client.get("/sites/bangkoknoi/check").text)
    assert client.post("/sites/khlongtoei/check", data={"csrf_token": t}).status_code == 403
    assert client.post("/sites/bangkoknoi/check", data={}).status_code == 403  # no CSRF token
    bad_date = client.post("/sites/bangkoknoi/check", data={"csrf_token": t, "as_of": "68-4-30"})
    assert bad_date.status_code == 400 and "2025-04-30" in bad_date.text
    # bangkoknoi has runs in the store but is not a site of the registry: nothing to crawl
    unknown = client.post("/sites/bangkoknoi/check", data={"csrf_token": t})
    assert unknown.status_code == 400 and "not in the registry" in unknown.text
    assert client.get("/sites/bangkoknoi/check.json").json() == {
        "site_key": "bangkoknoi",
        "state": None,
    }


def test_overview_lists_the_registry_and_filters(client) -> None:
    rows = _rows(client.get("/").text)
    keys = [k for k, _ in rows]
    assert len(rows) >= 51 and "dusit" in keys and "bangkoknoi" in keys
    assert ("dusit", "not_configured") in rows and ("pranakorn", "checked") in rows
    never = _rows(client.get("/?status=never").text)
    assert never and all(state == "never" for _, state in never)
    assert [k for k, _ in _rows(client.get("/?q=พระนคร").text)] == ["pranakorn"]
    assert {k for k, _ in _rows(client.get("/?item=O20").text)} == {"khlongtoei"}
    assert "<script>alert" not in client.get("/?q=<script>alert(1)</script>").text


def test_fix_list_page_and_pdf_downloads(client) -> None:
    fix = client.get("/sites/bangkoknoi/fix")
    assert fix.status_code == 200
    assert "สิ่งที่ต้องแก้ไข" in fix.text and "ผลรายข้อ" not in fix.text
    assert "O15" in fix.text and "ราคากลาง" in fix.text  # missing element by its title
    if not (shutil.which("chromium") or shutil.which("chromium-browser")):
        pytest.skip("no Chromium to print PDFs with")
    for url in ("/sites/bangkoknoi/report.pdf", "/overview.pdf"):
        r = client.get(url)
        assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
        assert r.content.startswith(b"%PDF")
