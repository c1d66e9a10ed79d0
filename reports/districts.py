"""Every registered district on one table: checked, never checked, failed, with filters.

The overseer's first view. Rows come from the site registry (the 50 districts,
configured or not) joined with the store: each site's newest run (score,
"checked at", "as of", failing items and their owner units), its newest crawl
(a crawl newer than the newest run that failed is last night's failure, with
its reason) and its score over the last runs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from markupsafe import Markup, escape
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oitwatch.store import Crawl, ItemResult, Run, Site
from oitwatch.thai import thai_to_arabic
from reports.labels import is_failing, thai_date

__all__ = [
    "BANDS",
    "STATES",
    "DistrictRow",
    "Filters",
    "district_rows",
    "filter_rows",
    "sparkline_svg",
]

# state -> (Thai, English)
STATES = {
    "checked": ("ตรวจแล้ว", "checked"),
    "failed": ("ตรวจไม่สำเร็จ", "last check failed"),
    "never": ("ยังไม่เคยตรวจ", "never checked"),
    "not_configured": ("ยังไม่ได้ตั้งค่า URL", "no URL yet"),
}
# band -> (lowest, highest exclusive, Thai, English), the ITA pass levels
BANDS = {
    "excellent": (95.0, 101.0, "ผ่านดีเยี่ยม (95 ขึ้นไป)", "95 and over"),
    "good": (85.0, 95.0, "ผ่านดี (85–94.99)", "85 to 94.99"),
    "improve": (70.0, 85.0, "ต้องปรับปรุง (70–84.99)", "70 to 84.99"),
    "urgent": (0.0, 70.0, "ต้องปรับปรุงโดยด่วน (ต่ำกว่า 70)", "under 70"),
}
TREND_RUNS = 12


@dataclass
class DistrictRow:
    """One district: its registry facts and where its checks stand."""

    key: str
    name_th: str
    name_en: str = ""
    code: str = ""
    url: str | None = None
    registered: bool = True
    state: str = "never"
    checked_at: datetime | None = None
    as_of: str | None = None
    score: float | None = None
    level: str = ""
    run_id: int | None = None
    failing: dict[str, str] = field(default_factory=dict)  # code -> owner unit
    failure: str | None = None
    failed_at: datetime | None = None
    trend: list[tuple[str, float]] = field(default_factory=list)

    @property
    def state_th(self) -> str:
        return STATES[self.state][0]

    @property
    def state_en(self) -> str:
        return STATES[self.state][1]

    @property
    def band(self) -> str | None:
        if self.score is None:
            return None
        return next(k for k, (lo, hi, _, _) in BANDS.items() if lo <= self.score < hi)


@dataclass
class Filters:
    """What the overseer narrowed the table to (empty strings: no filter)."""

    q: str = ""
    status: str = ""
    item: str = ""
    owner: str = ""
    band: str = ""

    @classmethod
    def from_query(cls, query: Mapping[str, str]) -> Filters:
        def get(name: str, allowed: Iterable[str] | None = None) -> str:
            value = str(query.get(name, "")).strip()[:200]
            return value if allowed is None or value in allowed else ""

        return cls(
            q=get("q"),
            status=get("status", STATES),
            item=get("item"),
            owner=get("owner"),
            band=get("band", BANDS),
        )

    @property
    def active(self) -> bool:
        return any((self.q, self.status, self.item, self.owner, self.band))


def district_rows(session: Session, registry: Mapping[str, Any]) -> list[DistrictRow]:
    """A row for every registry site, then for every stored site the registry lacks.

    ``registry`` maps site keys to entries with ``name_th``, ``name_en``,
    ``code`` and ``url`` (``schedules.registry.SiteEntry``).
    """
    sites = {s.key: s for s in session.scalars(select(Site))}
    # light columns only: years of nightly runs must not load every result document
    runs: dict[int, list[Any]] = {}
    for run in session.execute(
        select(
            Run.id, Run.site_id, Run.as_of, Run.score, Run.level, Run.created_at, Run.crawl_id
        ).order_by(Run.site_id, Run.id)
    ):
        runs.setdefault(run.site_id, []).append(run)
    latest = [r[-1].id for r in runs.values()]
    failing: dict[int, dict[str, str]] = {}
    for run_id, code, status, owner in session.execute(
        select(ItemResult.run_id, ItemResult.code, ItemResult.status, ItemResult.owner)
        .where(ItemResult.run_id.in_(latest))
        .order_by(ItemResult.id)
    ):
        if is_failing(status):
            failing.setdefault(run_id, {})[code] = owner
    newest = select(func.max(Crawl.id)).group_by(Crawl.site_id)
    crawls = {
        c.site_id: c
        for c in session.execute(
            select(
                Crawl.id,
                Crawl.site_id,
                Crawl.status,
                Crawl.error,
                Crawl.started_at,
                Crawl.finished_at,
            ).where(Crawl.id.in_(newest))
        )
    }
    rows = []
    for key, entry in registry.items():
        row = DistrictRow(
            key=key,
            name_th=getattr(entry, "name_th", "") or key,
            name_en=getattr(entry, "name_en", "") or "",
            code=getattr(entry, "code", "") or "",
            url=getattr(entry, "url", None),
        )
        if key in sites:
            site = sites[key]
            _fill(row, site, runs.get(site.id, []), crawls.get(site.id), failing)
        elif row.url is None:
            row.state = "not_configured"
        rows.append(row)
    for key, site in sorted(sites.items()):
        if key in registry:
            continue
        row = DistrictRow(
            key=key,
            name_th=site.name_th or key,
            name_en=site.name_en,
            url=site.start_url,
            registered=False,
        )
        _fill(row, site, runs.get(site.id, []), crawls.get(site.id), failing)
        rows.append(row)
    return rows


def _fill(
    row: DistrictRow, site: Site, runs: list[Any], crawl: Any, failing: dict[int, dict[str, str]]
) -> None:
    row.url = row.url or site.start_url
    if runs:
        last = runs[-1]
        row.state = "checked"
        row.run_id = last.id
        row.checked_at = last.created_at
        row.as_of = last.as_of.isoformat()
        row.score = float(last.score)
        row.level = last.level
        row.failing = dict(failing.get(last.id, {}))
        row.trend = [(r.as_of.isoformat(), float(r.score)) for r in runs[-TREND_RUNS:]]
    if (
        crawl is not None
        and crawl.status == "failed"
        and (not runs or crawl.id > (runs[-1].crawl_id or 0))
    ):
        row.state = "failed"
        row.failure = (crawl.error or "").strip().splitlines()[0][:300] if crawl.error else ""
        row.failed_at = crawl.finished_at or crawl.started_at
    elif not runs:
        row.state = "never" if row.url else "not_configured"


def filter_rows(rows: list[DistrictRow], f: Filters) -> list[DistrictRow]:
    """The rows that pass every filter; the search matches name, English name, key or code."""
    q = thai_to_arabic(f.q).casefold()
    out = []
    for row in rows:
        if q and not any(
            q in (v or "").casefold() for v in (row.name_th, row.name_en, row.key, row.code)
        ):
            continue
        if f.status and row.state != f.status:
            continue
        if f.item and f.item not in row.failing:
            continue
        if f.owner and f.owner not in row.failing.values():
            continue
        if f.band and row.band != f.band:
            continue
        out.append(row)
    return out


def sparkline_svg(trend: list[tuple[str, float]], *, width: int = 90, height: int = 22) -> Markup:
    """A small line of a district's score over its last runs (70-100 band), with a tooltip."""
    if not trend:
        return Markup("")
    low = 70.0 if min(v for _, v in trend) >= 70 else 0.0
    span = max(len(trend) - 1, 1)

    def y(v: float) -> float:
        return 2 + (height - 4) * (1 - (max(low, min(v, 100.0)) - low) / (100 - low))

    points = " ".join(
        f"{2 + (width - 4) * (i / span if len(trend) > 1 else 0.5):.1f},{y(v):.1f}"
        for i, (_, v) in enumerate(trend)
    )
    title = escape(" · ".join(f"{thai_date(d, short=True)} {v:.2f}" for d, v in trend))
    return Markup(
        f'<svg class="spark" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="แนวโน้มคะแนน / score trend">'
        f"<title>{title}</title>"
        f'<polyline points="{points}" fill="none" stroke="#1565c0" stroke-width="1.5"/></svg>'
    )
