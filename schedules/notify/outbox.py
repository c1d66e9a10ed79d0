"""The outbox: one ``Notification`` row per message, sent once.

E-mail goes out as one digest per district, run and recipient
(:mod:`schedules.notify.digest`); webhooks get one post per alert.

Rows are queued in the transaction that stores the run (the check's
``on_store`` hook): a run is never stored without its alerts, whatever kills
the process after; delivery is a later step (:func:`deliver_pending`).
``dedupe_key`` is unique, so enqueuing the same change on a second night adds
nothing; rows that failed stay ``failed`` and are tried again on the site's
next run, up to ``settings.notify_max_tries`` tries in all.

A row is *claimed* (status ``sending``, committed) before its message goes
out, so two deliverers never send it at once. A crash between sending and
recording leaves it ``sending``; once the claim is older than a delivery can
take it is sent again with the same **delivery id** (webhook header
``X-Oitwatch-Delivery`` and body field ``delivery_id``, e-mail ``Message-ID``),
which the receiver uses to drop the duplicate.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from oitwatch.exceptions import NotifyError
from oitwatch.settings import Settings
from oitwatch.store import Notification, Store, utcnow
from schedules.notify.alerts import Alert
from schedules.notify.channels import post_webhook, send_email, with_retries
from schedules.notify.digest import Digest, digest_email, digest_key, group_by_address
from schedules.notify.messages import webhook_body
from schedules.registry import SiteEntry

__all__ = ["DeliveryReport", "claim_ttl", "deliver_pending", "delivery_id", "enqueue", "recipients"]

log = logging.getLogger(__name__)


@dataclass
class DeliveryReport:
    """What one delivery round did: rows queued (new), sent and failed."""

    queued: int = 0
    sent: int = 0
    failed: int = 0


def recipients(alert: Alert, site: SiteEntry) -> tuple[list[str], list[str]]:
    """``(to, cc)``: the owner unit's addresses, the coordinator in copy (or alone if the unit has none)."""
    to = site.emails_for(alert.owner)
    cc = [site.coordinator] if site.coordinator and site.coordinator not in to else []
    if not to:
        to, cc = cc, []
    return to, cc


def _key(alert: Alert, channel: str, destination: str) -> str:
    digest = hashlib.sha256(destination.encode()).hexdigest()[:16]
    base = alert.dedupe_base
    if len(base) > 250:
        base = base[:200] + hashlib.sha256(base.encode()).hexdigest()[:16]
    return f"{base}:{channel}:{digest}"


def _webhooks(
    alert: Alert, site: SiteEntry, result: dict[str, Any], settings: Settings
) -> list[tuple[str, dict[str, Any]]]:
    hooks = dict.fromkeys(u for u in (settings.webhook_url, site.webhook) if u)
    return [(url, webhook_body(alert, site, result, settings)) for url in hooks]


def _insert(session: Session, row: Notification) -> bool:
    """Add ``row`` in a savepoint; ``False`` when its change was told already (the key exists)."""
    try:
        with session.begin_nested():
            session.add(row)
        return True
    except IntegrityError:
        log.debug("already told: %s", row.dedupe_key)
        return False


def _enqueue_digests(
    session: Session,
    settings: Settings,
    site_id: int,
    site: SiteEntry,
    result: dict[str, Any],
    alerts: list[Alert],
) -> int:
    """One digest e-mail per address of the changes not yet told to it; how many were queued."""
    queued = 0
    for address, digest in group_by_address(alerts, site).items():
        fresh = []
        for alert in digest.alerts:
            marker = Notification(
                dedupe_key=_key(alert, "email", address),
                site_id=site_id,
                run_id=result.get("run_id"),
                code=alert.code,
                change=alert.change,
                channel="email-item",  # told in a digest, never sent by itself
                recipient=address,
                status="digested",
                payload={},
            )
            if _insert(session, marker):
                fresh.append(alert)
        if not fresh:
            continue
        subject, body = digest_email(
            Digest(address, digest.units, digest.coordinator, fresh), site, result, settings
        )
        queued += _insert(
            session,
            Notification(
                dedupe_key=digest_key(site.key, result, address),
                site_id=site_id,
                run_id=result.get("run_id"),
                code="",
                change="digest",
                channel="email",
                recipient=address,
                payload={"to": [address], "cc": [], "subject": subject, "body": body},
            ),
        )
    return queued


def enqueue(
    session: Session,
    settings: Settings,
    site_id: int,
    site: SiteEntry,
    result: dict[str, Any],
    alerts: list[Alert],
) -> int:
    """Queue one digest e-mail per recipient and one webhook post per alert in ``session``
    (the run's transaction); return how many messages are new (a change already told to a
    recipient is never told again)."""
    new = 0
    for alert in alerts:
        for url, payload in _webhooks(alert, site, result, settings):
            row = Notification(
                dedupe_key=_key(alert, "webhook", url),
                site_id=site_id,
                run_id=result.get("run_id"),
                code=alert.code,
                change=alert.change,
                channel="webhook",
                recipient=url,
                payload=payload,
            )
            new += _insert(session, row)
    if settings.smtp_host:
        new += _enqueue_digests(session, settings, site_id, site, result, alerts)
    return new


def delivery_id(row: Notification) -> str:
    """The id every delivery of ``row`` carries (the same on a retry): from its unique key."""
    return hashlib.sha256(row.dedupe_key.encode()).hexdigest()[:32]


def claim_ttl(settings: Settings) -> timedelta:
    """How long one delivery can take (all tries and backoffs): an older claim is a crash's."""
    tries = settings.notify_attempts
    return timedelta(
        seconds=tries * settings.notify_timeout + settings.notify_backoff * (2**tries - 1)
    )


def _send(settings: Settings, row: Notification) -> None:
    p = row.payload
    if row.channel == "email":
        send_email(settings, p["to"], p["cc"], p["subject"], p["body"], delivery_id(row))
    else:
        post_webhook(settings, row.recipient, p, delivery_id(row))


def _due(settings: Settings, now: datetime) -> ColumnElement[bool]:
    stale = now - claim_ttl(settings)
    return and_(
        Notification.attempts < settings.notify_max_tries,
        or_(
            Notification.status.in_(("pending", "failed")),
            and_(Notification.status == "sending", Notification.claimed_at < stale),
        ),
    )


def _claim(store: Store, settings: Settings, row_id: int) -> bool:
    """Mark the row ``sending`` (committed) unless another deliverer has it."""
    now = utcnow()
    with store.session() as s:
        done = s.execute(
            update(Notification)
            .where(Notification.id == row_id, _due(settings, now))
            .values(status="sending", claimed_at=now)
        )
    return done.rowcount == 1


def deliver_pending(store: Store, settings: Settings, site_id: int | None = None) -> DeliveryReport:
    """Send the site's (default: every site's) due rows; a failure is recorded and logged, never raised."""
    report = DeliveryReport()
    with store.session() as s:
        query = select(Notification).where(_due(settings, utcnow())).order_by(Notification.id)
        if site_id is not None:
            query = query.where(Notification.site_id == site_id)
        rows = list(s.scalars(query))
    for row in rows:
        if not _claim(store, settings, row.id):
            continue  # another process is delivering it
        tries = 0

        def attempt(row: Notification = row) -> None:
            nonlocal tries
            tries += 1
            _send(settings, row)

        error: str | None = None
        try:
            with_retries(attempt, settings, f"{row.channel} to {row.recipient}")
        except NotifyError as exc:
            error = str(exc)
            log.error("alert %s not delivered: %s", row.dedupe_key, exc)
        with store.session() as s:
            s.execute(
                update(Notification)
                .where(Notification.id == row.id)
                .values(
                    attempts=Notification.attempts + tries,
                    last_error=error,
                    status="failed" if error else "sent",
                    sent_at=None if error else utcnow(),
                )
            )
        if error:
            report.failed += 1
        else:
            report.sent += 1
    return report
