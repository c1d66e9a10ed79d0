"""The as-of window: URLs asked again on the night an item's due window moves.

A monthly series gains a due month on day ``due_day`` of every month; a
half-year report falls due on its deadline; a fiscal-year item wants the new
year's document from 1 October (a previous year's report also from its
deadline). On such a day (in the settings' time zone) the evidence the site's
latest check found for the item, and the pages that link that evidence, are
asked again even when their back-off is not due: the new month's document is
posted where the earlier ones are, and the check that night must see it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from oitwatch.exceptions import ConfigError, RuleFileError
from oitwatch.store import ItemResult, Run
from rules.models import (
    CurrentFiscalYear,
    HalfYear,
    MonthlySeries,
    PreviousFiscalYear,
    month_day,
)

__all__ = ["Windows", "moves_on", "window_rules"]

Windowed = MonthlySeries | HalfYear | PreviousFiscalYear | CurrentFiscalYear
FISCAL_YEAR_START = (10, 1)
MAX_SCAN_DAYS = 400  # a URL unanswered longer than this is asked anyway (back-off cap)


def moves_on(rule: Windowed, day: date) -> bool:
    """Whether ``rule``'s due window moves on ``day`` (something new is due from that day)."""
    md = (day.month, day.day)
    if isinstance(rule, MonthlySeries):
        return day.day == rule.due_day
    if isinstance(rule, HalfYear):
        return md == month_day(rule.deadline)
    if isinstance(rule, PreviousFiscalYear):
        return md == FISCAL_YEAR_START or (
            rule.deadline is not None and md == month_day(rule.deadline)
        )
    return md == FISCAL_YEAR_START


def window_rules(
    session: Session, site_id: int, stored_links: Mapping[str, Iterable[tuple]]
) -> dict[str, list[Windowed]]:
    """URL → the windowed freshness rules of the items whose evidence it is (or links).

    From the site's latest check: its items' evidence URLs, and the pages whose stored
    links reach them. Empty when the site was never checked or its framework is gone.
    """
    from rules import load_framework  # only when the site has been checked

    run = session.execute(
        select(Run.id, Run.framework).where(Run.site_id == site_id).order_by(Run.id.desc())
    ).first()
    if run is None:
        return {}
    try:
        framework = load_framework(run.framework)
    except (ConfigError, RuleFileError):  # a framework since removed or broken: no windows
        return {}
    rules: dict[str, list[Windowed]] = {}
    for item in framework.items:
        found = [item.freshness, *(e.freshness for e in item.elements if e.freshness)]
        windowed = [r for r in found if isinstance(r, Windowed)]
        if windowed:
            rules[item.code] = windowed
    out: dict[str, list[Windowed]] = {}
    for code, evidence in session.execute(
        select(ItemResult.code, ItemResult.evidence).where(ItemResult.run_id == run.id)
    ):
        for entry in evidence or ():
            url = entry.get("url") if isinstance(entry, dict) else None
            if url and code in rules:
                url = url.split("#", 1)[0]  # a section of a document ("bundle.pdf#page=5")
                out.setdefault(url, []).extend(rules[code])
    for page, links in stored_links.items():
        for link in links:
            if link[0] in out and page not in out:
                out[page] = list(out[link[0]])
    return out


class Windows:
    """Tells whether an item window of a URL moved between its last answer and ``now``."""

    def __init__(self, rules: Mapping[str, list[Windowed]], now: datetime, timezone: str):
        self.rules = rules
        self.zone = ZoneInfo(timezone)
        self.today = now.astimezone(self.zone).date()

    def moved_since(self, url: str, verified_at: datetime) -> bool:
        """Whether a window of ``url``'s items moved after ``verified_at`` (up to today)."""
        rules = self.rules.get(url)
        if not rules:
            return False
        day = verified_at.astimezone(self.zone).date() + timedelta(days=1)
        if (self.today - day).days > MAX_SCAN_DAYS:
            return True
        while day <= self.today:
            if any(moves_on(rule, day) for rule in rules):
                return True
            day += timedelta(days=1)
        return False
