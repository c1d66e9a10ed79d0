"""`oitwatch users` and the submitted-URL rules."""

from __future__ import annotations

from click.testing import CliRunner
from sqlalchemy import select

from oitwatch._cli import OitwatchGroup
from oitwatch.store.models import Site, User
from reports.web.auth import authenticate, can_edit
from reports.web.checklist import url_problem
from reports.web.cli import serve, users

cli = OitwatchGroup(name="oitwatch", commands=[users, serve])


def test_users_add_and_list(settings, store):
    from oitwatch.store.sites import upsert_site

    with store.session() as s:  # an editor's site must be known (the store or the registry)
        upsert_site(s, "https://webportal.bangkok.go.th/bangkoknoi/", key="bangkoknoi")
    db = ["--db", settings.db]
    r = CliRunner().invoke(
        cli,
        [
            "users",
            "add",
            "noi",
            "--role",
            "editor",
            "--site",
            "bangkoknoi",
            "--password-stdin",
            *db,
        ],
        input="รหัสผ่านของเขต 2568\n",
    )
    assert r.exit_code == 0, r.output
    # prompted twice, hidden
    r = CliRunner().invoke(
        cli,
        ["users", "add", "boss", "--role", "admin", *db],
        input="admin-password\nadmin-password\n",
    )
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(cli, ["users", "list", *db])
    assert r.output.splitlines() == ["boss\tadmin\t-", "noi\teditor\tbangkoknoi"]
    with store.session() as s:
        user = authenticate(s, "noi", "รหัสผ่านของเขต 2568")
        assert user is not None and user.password_hash.startswith("$argon2id$")
        assert authenticate(s, "noi", "wrong") is None and authenticate(s, "nobody", "x") is None
        assert can_edit(user, "bangkoknoi") and not can_edit(user, "khlongtoei")
        assert s.scalar(select(User).where(User.username == "boss")).role == "admin"


def test_users_add_refusals(settings, store):
    db = ["--db", settings.db]
    r = CliRunner().invoke(
        cli,
        ["users", "add", "x", "--role", "editor", "--password-stdin", *db],
        input="long-enough-1\n",
    )
    assert r.exit_code != 0 and "--site" in r.output
    r = CliRunner().invoke(
        cli, ["users", "add", "x", "--role", "viewer", "--password-stdin", *db], input="short\n"
    )
    assert r.exit_code != 0 and "8" in r.output
    args = ["users", "add", "x", "--role", "viewer", "--password-stdin", *db]
    assert CliRunner().invoke(cli, args, input="long-enough-1\n").exit_code == 0
    r = CliRunner().invoke(cli, args, input="long-enough-1\n")
    assert r.exit_code != 0 and "exists" in r.output


def test_serve_help():
    r = CliRunner().invoke(cli, ["serve", "--help"])
    assert r.exit_code == 0 and "8570" in r.output and "127.0.0.1" in r.output


def test_url_rules():
    site = Site(
        key="bangkoknoi",
        start_url="https://webportal.bangkok.go.th/bangkoknoi/index",
        scope_prefix="https://webportal.bangkok.go.th/bangkoknoi/",
    )
    ok = [
        "https://webportal.bangkok.go.th/bangkoknoi/page/sub/1/x",
        "http://webportal.bangkok.go.th/bangkoknoi/ประกาศ.pdf",
        "https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch",
        "https://citydata.traffy.in.th/",
    ]
    for url in ok:
        assert url_problem(url, site) is None, url
    bad = [
        "",
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "ftp://webportal.bangkok.go.th/x",
        "https://evil.example/",
        "https://webportal.bangkok.go.th.evil.example/",
        "https://notbangkok.go.th/",
        "https://webportal.bangkok.go.th@evil.example/",
        "https://webportal.bangkok.go.th/a b",
        "https://webportal.bangkok.go.th:99999/",
        "https://webportal.bangkok.go.th/" + "x" * 3000,
    ]
    for url in bad:
        assert url_problem(url, site), url
