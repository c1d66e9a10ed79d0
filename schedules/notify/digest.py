"""One e-mail per district, night and recipient: every change they answer for, in one message.

An owner unit's addresses get the unit's items; the coordinator gets every
item of the district. Each (change, address) pair is still told once only:
a marker row per pair (``channel`` ``email-item``, never sent by itself)
holds the dedupe key, and the digest lists only the pairs that are new.
Webhooks stay one post per change (chat tools and scripts want events).
"""

from __future__ import annotations

import hashlib
import re
import urllib.parse
from dataclasses import dataclass, field
from typing import Any

from oitwatch.settings import Settings
from schedules.notify.alerts import Alert
from schedules.registry import SiteEntry

__all__ = ["DIGEST_SECTIONS", "Digest", "addresses_of", "digest_email", "group_by_address"]

# change -> (Thai, English) section titles, in the order a digest lists them
DIGEST_SECTIONS = {
    "newly_failing": ("ไม่ผ่านครั้งใหม่", "Newly failing"),
    "deadline": ("ใกล้ครบกำหนด", "Due soon"),
    "newly_passing": ("ผ่านแล้ว", "Newly passing"),
}


@dataclass
class Digest:
    """The new alerts one address hears about, and the units it answers for."""

    address: str
    units: list[str] = field(default_factory=list)
    coordinator: bool = False
    alerts: list[Alert] = field(default_factory=list)


def addresses_of(alert: Alert, site: SiteEntry) -> list[str]:
    """Who hears about ``alert``: its unit's addresses, then the coordinator."""
    out = list(site.emails_for(alert.owner))
    if site.coordinator and site.coordinator not in out:
        out.append(site.coordinator)
    return out


def group_by_address(alerts: list[Alert], site: SiteEntry) -> dict[str, Digest]:
    """``{address: Digest}`` of every alert's recipients (alerts in the given order)."""
    digests: dict[str, Digest] = {}
    for alert in alerts:
        for address in addresses_of(alert, site):
            d = digests.setdefault(address, Digest(address))
            d.alerts.append(alert)
            if address == site.coordinator:
                d.coordinator = True
            if address in site.emails_for(alert.owner) and alert.owner not in d.units:
                d.units.append(alert.owner)
    return digests


def digest_key(site_key: str, result: dict[str, Any], address: str) -> str:
    """The outbox key of one digest: site, run and address (a run's digest is queued once)."""
    digest = hashlib.sha256(address.encode()).hexdigest()[:16]
    return f"digest:{site_key}:{result.get('run_id')}:{digest}"


def digest_email(
    digest: Digest, site: SiteEntry, result: dict[str, Any], settings: Settings
) -> tuple[str, str]:
    """``(subject, body)`` of one digest, Thai first then English (plain text)."""
    from schedules.notify.messages import _context, _env

    contexts = [_context(a, site, result, settings) for a in digest.alerts]
    first = contexts[0]
    sections = []
    for change, (th, en) in DIGEST_SECTIONS.items():
        chosen = [c for c in contexts if c["change"] == change]
        if chosen:
            sections.append({"title_th": th, "title_en": en, "alerts": chosen})
    if digest.coordinator and not digest.units:
        greeting = "ผู้ประสานงาน OIT ของเขต"
    else:
        greeting = "ผู้รับผิดชอบ " + ", ".join(digest.units or ["ของเขต"])
    quote = urllib.parse.quote(site.key, safe="")
    ctx = {
        **{k: first[k] for k in ("site_name_th", "site_name_en", "site_key", "framework")},
        **{k: first[k] for k in ("framework_title_th", "checked_th", "checked_at")},
        **{k: first[k] for k in ("as_of", "as_of_th")},
        "greeting": greeting,
        "sections": sections,
        "report_link": f"{settings.base_url.rstrip('/')}/sites/{quote}#fix",
    }
    counts = " · ".join(f"{s['title_th']} {len(s['alerts'])}" for s in sections)
    counts_en = ", ".join(f"{len(s['alerts'])} {s['title_en'].lower()}" for s in sections)
    subject = f"[oitwatch] {first['site_name_th']}: {counts} / {counts_en}"
    body = _env().get_template("digest_email.txt.j2").render(ctx)
    return " ".join(subject.split()), re.sub(r"\n{3,}", "\n\n", body)
