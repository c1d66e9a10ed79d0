"""Alert texts: a Thai-first plain-text e-mail (Jinja2 templates) and a webhook JSON body.

Item titles, reasons and evidence may come from a crawled site: they are
untrusted, so control characters are removed and lengths bounded; e-mails are
plain text, never HTML.
"""

from __future__ import annotations

import functools
import re
import urllib.parse
from datetime import date
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from oitwatch.settings import Settings
from reports.labels import STATUS_TH, thai_date, thai_datetime, thai_month
from schedules.notify.alerts import Alert
from schedules.registry import SiteEntry

__all__ = ["email_text", "item_link", "webhook_body"]

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")


@functools.lru_cache(maxsize=1)
def _env() -> Environment:
    # Plain-text templates: no HTML escaping applies; untrusted text is cleaned in _clean.
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=False,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=False,
    )


def _clean(value: Any, limit: int = 500) -> str:
    text = _CONTROL.sub(" ", str(value or ""))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def item_link(settings: Settings, site_key: str, code: str) -> str:
    """The item's page in the web UI: ``{base_url}/sites/{site_key}/items/{code}``."""
    quote = functools.partial(urllib.parse.quote, safe="")
    return f"{settings.base_url.rstrip('/')}/sites/{quote(site_key)}/items/{quote(code)}"


def _context(
    alert: Alert, site: SiteEntry, result: dict[str, Any], settings: Settings
) -> dict[str, Any]:
    item = alert.item
    prev = item.get("previous_status")
    as_of = result.get("as_of", "")
    return {
        "change": alert.change,
        "code": alert.code,
        "owner": _clean(alert.owner, 200),
        "site_key": alert.site_key,
        "site_name_th": _clean(
            (site.name_th and f"สำนักงานเขต{site.name_th}")
            or result.get("site_name_th")
            or alert.site_key,
            200,
        ),
        "site_name_en": _clean(site.name_en and f"{site.name_en} District Office", 200),
        "framework": alert.framework,
        "framework_title_th": _clean(result.get("framework_title_th", ""), 300),
        "title_th": _clean(item.get("title_th", ""), 300),
        "title_en": _clean(item.get("title_en", ""), 300),
        "status": item.get("status", ""),
        "status_th": STATUS_TH.get(item.get("status", ""), item.get("status", "")),
        "previous_status": prev or "",
        "previous_status_th": STATUS_TH.get(prev or "", prev or ""),
        "reasons": [
            {"th": _clean(r.get("th")), "en": _clean(r.get("en"))}
            for r in item.get("reasons", [])[:5]
        ],
        "months_missing": [thai_month(m) for m in item.get("months_missing", [])[:24]],
        "elements_missing": [_clean(e, 200) for e in item.get("elements_missing", [])[:20]],
        "fix_th": _clean(item.get("fix_th", ""), 1000),
        "due": alert.due.isoformat() if alert.due else "",
        "due_th": thai_date(alert.due) if alert.due else "",
        "due_what_th": alert.due_what_th,
        "due_what_en": alert.due_what_en,
        "checked_at": result.get("checked_at", ""),
        "checked_th": thai_datetime(result.get("checked_at"), settings.timezone) or "-",
        "as_of": as_of,
        "as_of_th": thai_date(as_of) or "-",
        "link": item_link(settings, alert.site_key, alert.code),
    }


def email_text(
    alert: Alert, site: SiteEntry, result: dict[str, Any], settings: Settings
) -> tuple[str, str]:
    """``(subject, body)`` of the alert's e-mail, Thai first then English."""
    ctx = _context(alert, site, result, settings)
    subject = " ".join(_env().get_template("alert_subject.txt.j2").render(ctx).split())
    body = _env().get_template("alert_email.txt.j2").render(ctx)
    return subject, re.sub(r"\n{3,}", "\n\n", body)


def webhook_body(
    alert: Alert, site: SiteEntry, result: dict[str, Any], settings: Settings
) -> dict[str, Any]:
    """The JSON posted to webhooks for one alert (a ``text`` field for chat tools, then the facts)."""
    subject, _ = email_text(alert, site, result, settings)
    item = alert.item
    due: date | None = alert.due
    return {
        "text": f"{subject}\n{item_link(settings, alert.site_key, alert.code)}",
        "event": alert.change,
        "site_key": alert.site_key,
        "site_name_th": site.name_th,
        "framework": alert.framework,
        "code": alert.code,
        "title_th": _clean(item.get("title_th", ""), 300),
        "status": item.get("status"),
        "previous_status": item.get("previous_status"),
        "owner": alert.owner,
        "due": due.isoformat() if due else None,
        "run_id": result.get("run_id"),
        "as_of": result.get("as_of"),
        "link": item_link(settings, alert.site_key, alert.code),
    }
