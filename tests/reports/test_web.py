"""The web UI through Starlette's TestClient: pages, downloads, login, roles, CSRF."""

from __future__ import annotations

import io
import json
import re
import stat
import warnings

import openpyxl
import pytest
from sqlalchemy import select
from starlette.exceptions import StarletteDeprecationWarning

from oitwatch.store.models import ChecklistEntry
from reports.web import create_app
from reports.web.auth import add_user

from .conftest import ITEMS, XSS

with warnings.catch_warnings():  # starlette 1.10 prefers httpx2; httpx 0.28 is what we pin
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from starlette.testclient import TestClient

PASSWORD = "รหัสผ่านยาวพอ-2568"


@pytest.fixture
def app(runs_store, settings):
    with runs_store.session() as s:
        add_user(s, "admin", PASSWORD, "admin")
        add_user(s, "noi", PASSWORD, "editor", "bangkoknoi")
        add_user(s, "toei", PASSWORD, "editor", "khlongtoei")
        add_user(s, "look", PASSWORD, "viewer")
    return create_app(settings)


@pytest.fixture
def client(app):
    with TestClient(app, base_url="http://127.0.0.1") as c:
        yield c


def token(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def login(client, user: str, password: str = PASSWORD):
    t = token(client.get("/login").text)
    return client.post(
        "/login",
        data={"username": user, "password": password, "csrf_token": t, "next": "/"},
        follow_redirects=False,
    )


def test_pages(client):
    r = client.get("/")
    assert r.status_code == 200
    assert "คลองเตย" in r.text and "O15 ไม่ผ่าน 2 จาก 3 เขต" in r.text
    assert "script-src 'nonce-" in r.headers["content-security-policy"]
    nonce = re.search(r"nonce-([^']+)'", r.headers["content-security-policy"]).group(1)
    assert f'<script nonce="{nonce}">' in r.text

    r = client.get("/sites/bangkoknoi")
    assert r.status_code == 200
    for code, *_ in ITEMS:
        assert f'id="item-{code}"' in r.text
    assert XSS not in r.text and "&lt;script&gt;" in r.text
    assert 'href="javascript:' not in r.text
    assert "/sites/bangkoknoi/report.xlsx" in r.text

    r = client.get("/sites/bangkoknoi/items/O15")
    assert r.status_code == 200
    assert "ไม่เป็นปัจจุบัน" in r.text and "<svg" in r.text
    assert "31 มีนาคม 2568" in r.text  # the earlier run in the history, Buddhist era
    assert client.get("/sites/bangkoknoi/items/O%E0%B9%91%E0%B9%95").status_code == 200  # "O๑๕"

    r = client.get("/sites/bangkoknoi/items/O22")
    assert XSS not in r.text and 'href="javascript:' not in r.text

    r = client.get("/owners/ฝ่ายการคลัง")
    assert r.status_code == 200 and "คลองเตย" in r.text and "พระนคร" not in r.text
    assert "ฝ่ายการคลัง" in client.get("/owners").text

    assert client.get("/sites/nowhere").status_code == 404
    assert client.get("/sites/bangkoknoi/items/O99").status_code == 404
    assert client.get("/sites/bangkoknoi/report.exe").status_code == 404


def test_downloads(client):
    r = client.get("/sites/khlongtoei/report.xlsx")
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    wb = openpyxl.load_workbook(io.BytesIO(r.content))
    assert len(wb.sheetnames) == 2
    r = client.get("/sites/khlongtoei/report.csv")
    assert r.content.startswith(b"\xef\xbb\xbf") and "สำนักงานเขตคลองเตย".encode() in r.content
    r = client.get("/sites/khlongtoei/report.json")
    assert json.loads(r.content)["result"]["site_key"] == "khlongtoei"
    r = client.get("/sites/khlongtoei/report.html")
    assert "<nav" not in r.text and "O20" in r.text  # the static report, no web navigation
    r = client.get("/overview.xlsx")
    assert len(openpyxl.load_workbook(io.BytesIO(r.content)).sheetnames) == 5


def test_login_and_logout(client):
    r = client.get("/sites/bangkoknoi/checklist", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    assert login(client, "noi", "wrong-password").status_code == 400
    r = login(client, "noi")
    assert r.status_code == 303
    assert "noi (editor)" in client.get("/").text
    # logging out needs the token too
    assert client.post("/logout").status_code == 403
    t = token(client.get("/").text)
    assert client.post("/logout", data={"csrf_token": t}, follow_redirects=False).status_code == 303
    assert "noi (editor)" not in client.get("/").text


def test_login_next_is_local_only(client):
    t = token(client.get("/login").text)
    r = client.post(
        "/login",
        data={
            "username": "admin",
            "password": PASSWORD,
            "csrf_token": t,
            "next": "//evil.example/",
        },
        follow_redirects=False,
    )
    assert r.headers["location"] == "/"


def entries(store, site_key=None):
    with store.session() as s:
        return [(e.code, e.url, e.updated_by) for e in s.scalars(select(ChecklistEntry))]


def test_checklist_editing(client, runs_store):
    login(client, "noi")
    page = client.get("/sites/bangkoknoi/checklist")
    assert page.status_code == 200 and "เพิ่มลิงก์" in page.text
    t = token(page.text)
    url = "https://webportal.bangkok.go.th/bangkoknoi/page/sub/o15/procurement"
    # without the CSRF token: refused, nothing stored
    r = client.post(
        "/sites/bangkoknoi/checklist", data={"action": "add", "code": "O15", "url": url}
    )
    assert r.status_code == 403 and entries(runs_store) == []
    # Thai digits in the code are fine
    r = client.post(
        "/sites/bangkoknoi/checklist",
        data={"action": "add", "code": "O๑๕", "url": url, "note": "สขร.1", "csrf_token": t},
    )
    assert r.status_code == 200 and "บันทึก O15 แล้ว" in r.text
    assert entries(runs_store) == [("O15", url, "noi")]
    # a foreign host, a javascript: URL: refused with a message
    for bad in (
        "https://evil.example/o15",
        "javascript:alert(1)",
        "https://webportal.bangkok.go.th@evil.example/",
        "https://webportal.bangkok.go.th/bangkoknoi/\u202efdp.exe",  # reads as "exe.pdf"
    ):
        r = client.post(
            "/sites/bangkoknoi/checklist",
            data={"action": "add", "code": "O15", "url": bad, "csrf_token": t},
        )
        assert r.status_code == 400 and 'class="error"' in r.text
    assert len(entries(runs_store)) == 1
    # a known service host is accepted
    r = client.post(
        "/sites/bangkoknoi/checklist",
        data={
            "action": "add",
            "code": "O17",
            "url": "https://citydata.traffy.in.th/",
            "csrf_token": t,
        },
    )
    assert r.status_code == 200 and len(entries(runs_store)) == 2
    # the submitted URL shows on the item page
    assert url in client.get("/sites/bangkoknoi/items/O15").text
    # an editor of Bangkok Noi cannot edit Khlong Toei
    other = client.get("/sites/khlongtoei/checklist")
    assert other.status_code == 200 and "เพิ่มลิงก์" not in other.text
    r = client.post(
        "/sites/khlongtoei/checklist",
        data={
            "action": "add",
            "code": "O20",
            "url": "https://webportal.bangkok.go.th/khlongtoei/x",
            "csrf_token": t,
        },
    )
    assert r.status_code == 403 and len(entries(runs_store)) == 2
    # deleting
    with runs_store.session() as s:
        entry_id = s.scalars(select(ChecklistEntry.id)).first()
    r = client.post(
        "/sites/bangkoknoi/checklist",
        data={"action": "delete", "entry_id": str(entry_id), "csrf_token": t},
    )
    assert r.status_code == 200 and len(entries(runs_store)) == 1


def test_roles(app, runs_store):
    url = "https://webportal.bangkok.go.th/khlongtoei/o20"
    with TestClient(app, base_url="http://127.0.0.1") as viewer:
        login(viewer, "look")
        t = token(viewer.get("/sites/khlongtoei/checklist").text)
        r = viewer.post(
            "/sites/khlongtoei/checklist",
            data={"action": "add", "code": "O20", "url": url, "csrf_token": t},
        )
        assert r.status_code == 403
    with TestClient(app, base_url="http://127.0.0.1") as admin:
        login(admin, "admin")
        t = token(admin.get("/sites/khlongtoei/checklist").text)
        r = admin.post(
            "/sites/khlongtoei/checklist",
            data={"action": "add", "code": "O20", "url": url, "csrf_token": t},
        )
        assert r.status_code == 200
    assert entries(runs_store) == [("O20", url, "admin")]
    # a token of another session does not work
    with TestClient(app, base_url="http://127.0.0.1") as editor:
        login(editor, "toei")
        r = editor.post(
            "/sites/khlongtoei/checklist",
            data={"action": "add", "code": "O20", "url": url, "csrf_token": t},
        )
        assert r.status_code == 403


def test_secret_key_is_made_once_private(settings, store):
    from reports.web.auth import load_secret_key

    key = load_secret_key(settings)
    path = settings.data_dir / "secret_key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_secret_key(settings) == key and len(key) >= 32


def test_empty_store_overview(settings, store):
    with TestClient(create_app(settings)) as c:
        r = c.get("/")
        assert r.status_code == 200 and "ยังไม่มีผลการตรวจ" in r.text


def test_odd_numbers_in_params_are_not_server_errors(client, runs_store):
    # "²".isdigit() is true but int("²") fails; 30 digits overflow the database integer
    for run in ("²", "9" * 30, "๙" * 30):
        r = client.get(f"/sites/bangkoknoi?run={run}")
        assert r.status_code in (200, 404)
        r = client.get(f"/sites/bangkoknoi/report.csv?run={run}")
        assert r.status_code in (200, 404)
    assert client.get("/sites/bangkoknoi?run=๒").status_code == 200
    login(client, "noi")
    t = token(client.get("/sites/bangkoknoi/checklist").text)
    for entry_id in ("²", "9" * 30):
        r = client.post(
            "/sites/bangkoknoi/checklist",
            data={"action": "delete", "entry_id": entry_id, "csrf_token": t},
        )
        assert r.status_code == 400 and "ไม่พบรายการที่จะลบ" in r.text


def test_repeated_failed_logins_lock_the_name(client):
    for _ in range(10):
        assert login(client, "noi", "wrong-password").status_code == 400
    # now even the right password is refused, without being checked
    r = login(client, "noi")
    assert r.status_code == 429 and "too many failed logins" in r.text
    assert "noi (editor)" not in client.get("/").text
    # another user name from the same client is not locked
    assert login(client, "look").status_code == 303


def test_a_short_configured_secret_key_is_refused(settings):
    from oitwatch.exceptions import ConfigError
    from reports.web.auth import load_secret_key

    with pytest.raises(ConfigError, match="too short"):
        load_secret_key(settings.model_copy(update={"secret_key": "secret"}))
    long_key = "k" * 40
    assert load_secret_key(settings.model_copy(update={"secret_key": long_key})) == long_key


def test_a_non_ascii_csrf_token_is_refused_not_a_crash(client):
    client.get("/login")
    r = client.post("/login", data={"username": "noi", "password": PASSWORD, "csrf_token": "ก"})
    assert r.status_code == 403
    login(client, "noi")
    r = client.post("/logout", data={"csrf_token": "โทเค็น"})
    assert r.status_code == 403


def _edit(client, csrf: str, url: str):
    return client.post(
        "/sites/bangkoknoi/checklist",
        data={"code": "O1", "url": url, "note": "", "action": "add", "csrf_token": csrf},
        follow_redirects=False,
    )


def test_logout_ends_the_session_for_a_saved_cookie_too(app):
    with TestClient(app, base_url="http://127.0.0.1") as client:
        assert login(client, "noi").status_code == 303
        csrf = token(client.get("/sites/bangkoknoi/checklist").text)
        saved = client.cookies.get("oitwatch_session")
        assert _edit(client, csrf, "https://webportal.bangkok.go.th/bangkoknoi/a.html").status_code == 200
        t = token(client.get("/").text)
        assert client.post("/logout", data={"csrf_token": t}, follow_redirects=False).status_code == 303
    with TestClient(app, base_url="http://127.0.0.1") as thief:
        thief.cookies.set("oitwatch_session", saved)
        r = _edit(thief, csrf, "https://webportal.bangkok.go.th/bangkoknoi/b.html")
        assert r.status_code == 403
        assert "noi (editor)" not in thief.get("/").text


def test_a_password_change_ends_every_session_of_the_user(app, runs_store):
    from reports.web.auth import set_password

    with TestClient(app, base_url="http://127.0.0.1") as client:
        assert login(client, "noi").status_code == 303
        assert "noi (editor)" in client.get("/").text
        with runs_store.session() as s:
            set_password(s, "noi", "รหัสใหม่ที่ยาวพอ-2568")
        assert "noi (editor)" not in client.get("/").text
        assert login(client, "noi", "รหัสใหม่ที่ยาวพอ-2568").status_code == 303


def test_parallel_guesses_do_not_pass_the_login_throttle(app):
    """60 guesses at once: at most 10 reach the password check, the rest are refused unchecked."""
    import asyncio

    import httpx

    async def burst() -> list[int]:
        transport = httpx.ASGITransport(app=app, client=("198.51.100.7", 4711))
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            t = token((await c.get("/login")).text)
            form = {"username": "noi", "password": "wrong-password", "csrf_token": t, "next": "/"}
            answers = await asyncio.gather(*(c.post("/login", data=form) for _ in range(60)))
            return [r.status_code for r in answers]

    codes = asyncio.run(burst())
    assert sorted(set(codes)) == [400, 429]
    assert codes.count(400) <= 10  # checked (and wrong)
    assert codes.count(429) >= 50  # refused before any password hash ran


def test_one_address_guessing_many_names_is_throttled(app, runs_store):
    from reports.web.auth import add_user

    with runs_store.session() as s:
        add_user(s, "late", PASSWORD, "viewer")
    with TestClient(app, base_url="http://127.0.0.1") as client:
        for n in range(30):
            assert login(client, f"guess-{n}", "wrong-password").status_code == 400
        # the right password of a real user, but from an address that guessed 30 names
        assert login(client, "late").status_code == 429
