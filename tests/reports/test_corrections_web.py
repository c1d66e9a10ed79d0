"""Officers' corrections in the web UI: stored with who and why, shown on the item page,
editors of the site only, CSRF required, URLs checked like submitted ones, text escaped."""

from __future__ import annotations

import re
import warnings

import pytest
from sqlalchemy import select
from starlette.exceptions import StarletteDeprecationWarning

from oitwatch.store.models import Correction
from reports.web import create_app
from reports.web.auth import add_user

with warnings.catch_warnings():  # as in test_web: starlette prefers httpx2
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from starlette.testclient import TestClient

PASSWORD = "รหัสผ่านยาวพอ-2568"
XSS = '<script>alert("x")</script>'


@pytest.fixture
def client(runs_store, settings):
    with runs_store.session() as s:
        add_user(s, "noi", PASSWORD, "editor", "bangkoknoi")
        add_user(s, "look", PASSWORD, "viewer")
    with TestClient(create_app(settings), base_url="http://127.0.0.1") as c:
        yield c


def _token(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def _login(client, user: str) -> None:
    t = _token(client.get("/login").text)
    client.post("/login", data={"username": user, "password": PASSWORD, "csrf_token": t})


def _rows(store) -> list[tuple[str, str, str, str, str]]:
    with store.session() as s:
        return [
            (c.code, c.kind, c.url, c.status, c.created_by)
            for c in s.scalars(select(Correction).order_by(Correction.id))
        ]


def test_corrections_are_stored_and_shown(client, runs_store) -> None:
    _login(client, "noi")
    page = client.get("/sites/bangkoknoi/corrections")
    assert page.status_code == 200 and "แจ้งแก้ไข" in page.text
    t = _token(page.text)
    url = "https://webportal.bangkok.go.th/bangkoknoi/page/o15"
    form = {"action": "add", "code": "O๑๕", "kind": "url", "url": url, "reason": "หน้า สขร."}
    assert client.post("/sites/bangkoknoi/corrections", data=form).status_code == 403  # no CSRF
    r = client.post("/sites/bangkoknoi/corrections", data={**form, "csrf_token": t})
    assert r.status_code == 200 and "O15" in r.text
    bad = {**form, "url": "https://evil.example/o15", "csrf_token": t}
    assert client.post("/sites/bangkoknoi/corrections", data=bad).status_code == 400
    # disputing the latest verdict of O15 (stale in the latest run) needs a reason
    dispute = {"action": "add", "code": "O15", "kind": "verdict", "csrf_token": t}
    assert client.post("/sites/bangkoknoi/corrections", data=dispute).status_code == 400
    r = client.post("/sites/bangkoknoi/corrections", data={**dispute, "reason": XSS})
    assert r.status_code == 200
    assert _rows(runs_store) == [
        ("O15", "url", url, "", "noi"),
        ("O15", "verdict", "", "stale", "noi"),
    ]
    item = client.get("/sites/bangkoknoi/items/O15").text
    assert url in item and "verdict disputed" in item
    assert XSS not in item and "&lt;script&gt;" in item
    # withdrawing
    with runs_store.session() as s:
        first = s.scalars(select(Correction.id).order_by(Correction.id)).first()
    r = client.post(
        "/sites/bangkoknoi/corrections",
        data={"action": "delete", "correction_id": str(first), "csrf_token": t},
    )
    assert r.status_code == 200 and len(_rows(runs_store)) == 1


def test_only_the_sites_editors_correct(client, runs_store) -> None:
    assert client.get("/sites/bangkoknoi/corrections", follow_redirects=False).status_code == 303
    _login(client, "look")
    page = client.get("/sites/bangkoknoi/corrections")
    assert page.status_code == 200 and "แจ้งแก้ไข" not in page.text
    r = client.post(
        "/sites/bangkoknoi/corrections",
        data={
            "action": "add",
            "code": "O15",
            "kind": "verdict",
            "reason": "x",
            "csrf_token": _token(page.text),
        },
    )
    assert r.status_code == 403 and _rows(runs_store) == []
