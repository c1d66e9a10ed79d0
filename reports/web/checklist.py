"""Submitted URLs of a site's checklist (``ChecklistEntry`` rows), checked before storing.

A URL is accepted only if it is http(s) and its host is the site's own host
or a known government service host. Nothing here fetches it.
"""

from __future__ import annotations

import urllib.parse

from sqlalchemy import select
from sqlalchemy.orm import Session

from oitwatch.store.models import ChecklistEntry, Site, utcnow
from oitwatch.store.sites import BIDI_CONTROLS

__all__ = [
    "KNOWN_SERVICE_HOSTS",
    "MAX_URL",
    "add_entry",
    "delete_entry",
    "entries_of",
    "site_hosts",
    "url_problem",
]

MAX_URL = 2000
# Services the BMA and national agencies publish OIT items on (seeds 000-004 and the reference).
KNOWN_SERVICE_HOSTS = frozenset(
    {
        "bangkok.go.th",  # webportal., www., official., data., oss. ... subdomains
        "gprocurement.go.th",  # e-GP
        "traffy.in.th",  # Traffy Fondue complaints
        "nacc.go.th",
        "itas.nacc.go.th",
        "ocsc.go.th",
        "opdc.go.th",
        "info.go.th",
        "data.go.th",
        "egov.go.th",
    }
)


def site_hosts(site: Site) -> set[str]:
    """The site's own hosts (from its start URL and scope prefix)."""
    hosts = set()
    for url in (site.start_url, site.scope_prefix):
        host = urllib.parse.urlsplit(url or "").hostname
        if host:
            hosts.add(host.lower())
    return hosts


def url_problem(url: str, site: Site) -> str | None:
    """Why ``url`` cannot be stored for ``site`` (Thai / English), or ``None`` if it can."""
    if not url or len(url) > MAX_URL or any(c.isspace() or ord(c) < 32 for c in url):
        return "URL ว่างหรือไม่ถูกต้อง / the URL is empty or malformed"
    if any(c in BIDI_CONTROLS for c in url):
        return (
            "URL มีอักขระควบคุมทิศทางข้อความ (เช่น U+202E) / "
            "the URL holds a bidirectional control character (e.g. U+202E)"
        )
    try:
        parts = urllib.parse.urlsplit(url)
        host = (parts.hostname or "").lower().rstrip(".")
        _ = parts.port
    except ValueError:
        return "URL ไม่ถูกต้อง / the URL is malformed"
    if parts.scheme.lower() not in ("http", "https") or not host:
        return "ต้องเป็นลิงก์ http หรือ https / only http(s) links are accepted"
    if parts.username or parts.password:
        return "URL ต้องไม่มีชื่อผู้ใช้หรือรหัสผ่าน / the URL must not carry a user name or password"
    if host in site_hosts(site):
        return None
    if any(host == known or host.endswith("." + known) for known in KNOWN_SERVICE_HOSTS):
        return None
    return (
        f"โฮสต์ {host} ไม่ใช่เว็บไซต์ของหน่วยงานหรือบริการที่รู้จัก / "
        f"host {host} is neither the site's own host nor a known service host"
    )


def entries_of(session: Session, site: Site) -> list[ChecklistEntry]:
    """The site's submitted URLs, by item code then time."""
    rows = session.scalars(select(ChecklistEntry).where(ChecklistEntry.site_id == site.id)).all()
    return sorted(rows, key=lambda e: (_code_number(e.code), e.id))


def add_entry(
    session: Session, site: Site, framework: str, code: str, url: str, note: str, by: str
) -> ChecklistEntry:
    """Store a submitted URL (already checked with ``url_problem``)."""
    entry = ChecklistEntry(
        site_id=site.id,
        framework=framework,
        code=code,
        url=url,
        note=note[:1000],
        updated_at=utcnow(),
        updated_by=by,
    )
    session.add(entry)
    session.flush()
    return entry


def delete_entry(session: Session, site: Site, entry_id: int) -> bool:
    """Remove entry ``entry_id`` if it belongs to ``site``."""
    entry = session.get(ChecklistEntry, entry_id)
    if entry is None or entry.site_id != site.id:
        return False
    session.delete(entry)
    return True


def _code_number(code: str) -> int:
    digits = "".join(ch for ch in code if ch.isdigit())
    return int(digits) if digits else 0
