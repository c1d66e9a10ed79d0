"""The nightly walk of one host: its sites one after another, inside the window.

All Bangkok districts share one host, so a host's sites are never crawled in
parallel: one walk per host takes them in turn (least recently checked
first), skips those already checked this night (by another process, or
before a restart), and stops starting new ones when the window closes. A
site that fails, crashes or is busy does not stop the others; it is named
for a retry ``settings.schedule_retry_minutes`` later, while the night's
tries last and the window is open.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from oitwatch.exceptions import OitwatchError, SiteBusy
from oitwatch.settings import Settings
from oitwatch.store import Run, Site, Store
from schedules.registry import Registry, SiteEntry
from schedules.runner import Job, SiteOutcome, last_run_at, run_site
from schedules.window import window_from_settings

__all__ = ["WalkReport", "checked_since", "walk_host", "walk_order"]

log = logging.getLogger(__name__)

RETRY = ("failed", "crashed", "busy")


@dataclass
class WalkReport:
    """What one walk of a host did, and whether (and when) to try some sites again."""

    host: str
    attempt: int
    outcomes: list[SiteOutcome] = field(default_factory=list)
    retry_keys: list[str] = field(default_factory=list)
    retry_at: datetime | None = None
    note: str = ""

    def status_of(self, key: str) -> str | None:
        return next((o.status for o in self.outcomes if o.site_key == key), None)


def checked_since(store: Store, site_key: str, first: date, last: date) -> bool:
    """Whether the site has a run as of a date in ``first`` .. ``last`` (the night's dates).

    Dates, not timestamps: a run's ``as_of`` comes from the same clock as the
    night, so a restart (or a second process) the same night finds it.
    """
    with store.session() as s:
        found = s.scalar(
            select(Run.id)
            .join(Site, Run.site_id == Site.id)
            .where(Site.key == site_key, Run.as_of >= first, Run.as_of <= last)
            .limit(1)
        )
    return found is not None


def walk_order(store: Store, sites: list[SiteEntry]) -> list[SiteEntry]:
    """The order a walk takes a host's sites in: least recently checked first, then file order."""
    never = datetime.min.replace(tzinfo=UTC)

    def last(site: SiteEntry) -> datetime:
        when = last_run_at(store, site.key)
        if when is None:
            return never
        return when if when.tzinfo else when.replace(tzinfo=UTC)

    return sorted(sites, key=last)


def walk_host(
    settings: Settings,
    store: Store,
    registry: Registry,
    host: str,
    *,
    job: Job | None = None,
    clock: Callable[[], datetime] | None = None,
    attempt: int = 1,
    only: list[str] | None = None,
    stop: threading.Event | None = None,
) -> WalkReport:
    """Check the host's configured sites in turn; ``clock`` gives "now" (default: the real clock)."""
    window = window_from_settings(settings)
    clock = clock or (lambda: datetime.now(window.tz))
    report = WalkReport(host, attempt)
    started = clock()
    if not window.contains(started):
        report.note = "outside the window"
        log.info("%s: %s, nothing started", host, report.note)
        return report
    night_start, night_end = window.bounds(started)
    sites = registry.by_host().get(host, [])
    if only is not None:
        sites = [s for s in sites if s.key in only]
    for site in walk_order(store, sites):
        now = clock()
        if stop is not None and stop.is_set():
            report.note = "stopped"
            break
        if now >= night_end:
            report.outcomes.append(SiteOutcome(site.key, "skipped", error="the window closed"))
            continue
        if checked_since(
            store, site.key, night_start.date(), (night_end - timedelta(seconds=1)).date()
        ):
            report.outcomes.append(
                SiteOutcome(site.key, "skipped", error="already checked tonight")
            )
            continue
        report.outcomes.append(_one(settings, store, site, job, now))
    retry = [o.site_key for o in report.outcomes if o.status in RETRY]
    if retry and attempt < settings.schedule_attempts:
        at = clock() + timedelta(minutes=settings.schedule_retry_minutes)
        if at < night_end:
            report.retry_keys, report.retry_at = retry, at
    if retry and not report.retry_at:
        log.warning("%s: no more tries tonight for %s", host, ", ".join(retry))
    log.info(
        "%s walk %d: %s",
        host,
        attempt,
        ", ".join(f"{o.site_key} {o.status}" for o in report.outcomes) or "nothing to do",
    )
    return report


def _one(
    settings: Settings, store: Store, site: SiteEntry, job: Job | None, now: datetime
) -> SiteOutcome:
    try:
        return run_site(settings, store, site, job=job, now=now)
    except SiteBusy as exc:
        log.info("%s: %s", site.key, exc)
        return SiteOutcome(site.key, "busy", error=str(exc))
    except OitwatchError as exc:
        log.warning("%s failed: %s", site.key, exc)
        return SiteOutcome(site.key, "failed", error=str(exc))
    except (
        Exception
    ) as exc:  # one site's crash must not end the night for the others; logged in full
        log.exception("%s crashed", site.key)
        return SiteOutcome(site.key, "crashed", error=f"{type(exc).__name__}: {exc}")
