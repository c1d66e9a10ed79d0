"""``oitwatch serve`` (the web UI) and ``oitwatch users`` (its accounts)."""

from __future__ import annotations

import sys

import click
from sqlalchemy import select

from oitwatch._cli import settings_options
from oitwatch.exceptions import ConfigError
from oitwatch.settings import Settings
from oitwatch.store import open_store
from oitwatch.store.models import User
from reports.web.auth import ROLES, add_user, set_password

__all__ = ["serve", "users"]


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8570, show_default=True, type=click.IntRange(0, 65535))
@settings_options
def serve(settings: Settings, host: str, port: int) -> None:
    """Serve the web UI: overview, district reports, downloads, checklist editing."""
    import uvicorn

    from reports.web.app import create_app

    click.echo(f"oitwatch web UI: http://{host}:{port}/  (Ctrl-C to stop)", err=True)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info", proxy_headers=False)


@click.group()
def users() -> None:
    """Web UI accounts: admin (every site), editor (one site), viewer."""


def _require_site(settings: Settings, key: str) -> None:
    """Refuse a site key that is neither in the registry nor in the store."""
    from oitwatch.store.models import Site
    from schedules.registry import load_registry

    if key in load_registry(settings).sites:
        return
    store = open_store(settings.db)
    try:
        with store.session() as s:
            if s.scalar(select(Site.id).where(Site.key == key)) is not None:
                return
    finally:
        store.close()
    raise ConfigError(
        f"ไม่มีเว็บไซต์ {key!r} ในทะเบียน (no site {key!r} in the registry or the store; "
        "see `oitwatch sites list`)"
    )


@users.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), required=True)
@click.option("--site", "site_key", metavar="KEY", help="The site an editor edits.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@settings_options
def users_add(
    settings: Settings, name: str, role: str, site_key: str | None, password_stdin: bool
) -> None:
    """Add user NAME (asks for the password unless --password-stdin)."""
    if site_key is not None:
        _require_site(settings, site_key)
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("รหัสผ่าน / Password", hide_input=True, confirmation_prompt=True)
    if role == "editor" and not site_key:
        raise ConfigError("ผู้แก้ไขต้องระบุเว็บไซต์ / an editor needs --site KEY")
    store = open_store(settings.db)
    try:
        with store.session() as s:
            add_user(s, name, password, role, site_key)
    finally:
        store.close()
    click.echo(f"เพิ่มผู้ใช้ {name} ({role}) แล้ว / added")


@users.command("passwd")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@settings_options
def users_passwd(settings: Settings, name: str, password_stdin: bool) -> None:
    """Change user NAME's password; every open session of the user ends."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("รหัสผ่านใหม่ / New password", hide_input=True, confirmation_prompt=True)
    store = open_store(settings.db)
    try:
        with store.session() as s:
            set_password(s, name, password)
    finally:
        store.close()
    click.echo(f"เปลี่ยนรหัสผ่านของ {name} แล้ว ทุกเซสชันของผู้ใช้นี้สิ้นสุด / password changed, sessions ended")


@users.command("list")
@settings_options
def users_list(settings: Settings) -> None:
    """List users, their roles and sites."""
    store = open_store(settings.db)
    try:
        with store.session() as s:
            rows = s.scalars(select(User).order_by(User.username)).all()
            for u in rows:
                click.echo(f"{u.username}\t{u.role}\t{u.site_key or '-'}")
    finally:
        store.close()
