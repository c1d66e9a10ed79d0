"""One site's crawl-and-check, under its locks, followed by its alerts.

The *job* is the function that crawls and checks a site; it defaults to
:func:`checklist.check_site` and is passed in (dependency injection), so the
scheduler can be driven with any function of the same signature::

    job(settings, url, *, framework: str, site_key: str, as_of: date, on_store) -> dict

``on_store(session, site_id, result)`` must be called in the transaction that
stores the run: it queues the run's alerts in the outbox there, so a process
killed after the run is stored still leaves its alerts to deliver.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from oitwatch.exceptions import ConfigError, OitwatchError
from oitwatch.settings import Settings
from oitwatch.store import Run, Site, Store
from oitwatch.store.sites import upsert_site
from reports.changes import diff_runs
from schedules.locks import host_lock_key, locked
from schedules.notify.alerts import build_alerts
from schedules.notify.outbox import deliver_pending, enqueue
from schedules.registry import SiteEntry
from schedules.window import window_from_settings

__all__ = [
    "Job",
    "SiteOutcome",
    "check_and_alert",
    "default_job",
    "last_run_at",
    "latest_result",
    "run_site",
]

log = logging.getLogger(__name__)

Job = Callable[..., dict[str, Any]]


@dataclass
class SiteOutcome:
    """How one site's turn ended.

    ``status``: done, failed (an oitwatch error), crashed (any other error,
    logged with its traceback), busy (another run holds its lock), skipped
    (already checked this night, or the window closed).
    """

    site_key: str
    status: str
    run_id: int | None = None
    error: str | None = None
    changes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    queued: int = 0
    sent: int = 0
    undelivered: int = 0


def default_job() -> Job:
    """:func:`checklist.check_site`, the real crawl-and-check."""
    from checklist import check_site

    return check_site


def latest_result(store: Store, site_key: str) -> dict[str, Any] | None:
    """The result of the site's newest run, or ``None``."""
    with store.session() as s:
        return s.scalar(
            select(Run.result)
            .join(Site, Run.site_id == Site.id)
            .where(Site.key == site_key)
            .order_by(Run.id.desc())
            .limit(1)
        )


def last_run_at(store: Store, site_key: str) -> datetime | None:
    """When the site's newest run was stored (UTC), or ``None``."""
    with store.session() as s:
        return s.scalar(
            select(Run.created_at)
            .join(Site, Run.site_id == Site.id)
            .where(Site.key == site_key)
            .order_by(Run.id.desc())
            .limit(1)
        )


def _framework(framework_id: str) -> Any | None:
    from rules import load_framework

    try:
        return load_framework(framework_id)
    except OitwatchError as exc:
        log.warning("no deadlines for framework %s: %s", framework_id, exc)
        return None


def run_site(
    settings: Settings,
    store: Store,
    site: SiteEntry,
    *,
    job: Job | None = None,
    now: datetime | None = None,
) -> SiteOutcome:
    """Crawl and check ``site`` now, holding its host's and its own lock, then send its alerts.

    Raises :class:`~oitwatch.exceptions.SiteBusy` when another run (in any
    process) holds a lock, and whatever the job raises; delivery failures are
    recorded, never raised.
    """
    if site.url is None:
        raise ConfigError(f"site {site.key!r} has no URL yet (not configured)")
    lease = timedelta(seconds=settings.host_lease_seconds)
    with locked(store, [host_lock_key(site.host), site.key], lease):
        return check_and_alert(settings, store, site, job=job, now=now)


def check_and_alert(
    settings: Settings,
    store: Store,
    site: SiteEntry,
    *,
    job: Job | None = None,
    now: datetime | None = None,
) -> SiteOutcome:
    """Crawl and check ``site`` and send its alerts; the caller holds the site's and host's locks.

    :func:`run_site` takes them in the store; a queue worker
    (:mod:`schedules.worker`) holds the broker's per-host mutexes instead.
    """
    if site.url is None:
        raise ConfigError(f"site {site.key!r} has no URL yet (not configured)")
    job = job or default_job()
    tz = window_from_settings(settings).tz
    now = now or datetime.now(tz)
    as_of: date = now.astimezone(tz).date()
    with store.session() as s:
        site_id = upsert_site(
            s,
            site.url,
            key=site.key,
            name_th=site.name_th,
            name_en=site.name_en,
            framework=site.framework,
        ).id
    previous = latest_result(store, site.key)
    outcome = SiteOutcome(site.key, "done")

    def queue_alerts(session: Session, stored_site_id: int, result: dict[str, Any]) -> None:
        """In the run's transaction: its changes' alerts into the outbox."""
        changes = diff_runs(previous, result)
        alerts = build_alerts(
            changes,
            result,
            framework=_framework(site.framework),
            as_of=as_of,
            notice_days=settings.deadline_notice_days,
        )
        outcome.changes = changes.as_json()
        outcome.queued = enqueue(session, settings, stored_site_id, site, result, alerts)

    log.info("checking %s (%s)", site.key, site.url)
    result = job(
        settings,
        site.url,
        framework=site.framework,
        site_key=site.key,
        as_of=as_of,
        on_store=queue_alerts,
    )
    outcome.run_id = result.get("run_id")
    delivery = deliver_pending(store, settings, site_id)  # after the commit; a crash: later
    outcome.sent, outcome.undelivered = delivery.sent, delivery.failed
    log.info(
        "%s: %d newly failing, %d newly passing; %d alerts queued, %d sent, %d undelivered",
        site.key,
        len(outcome.changes.get("newly_failing", [])),
        len(outcome.changes.get("newly_passing", [])),
        outcome.queued,
        delivery.sent,
        delivery.failed,
    )
    return outcome
