"""Reading check runs from the store as result dicts.

Every function takes an open SQLAlchemy session (``with store.session() as s``)
and returns result dicts completed from the rows (``run_id``, ``site_key``,
``site_name_th`` ...) so builders never touch the ORM.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oitwatch.exceptions import ConfigError
from oitwatch.store.models import Run, Site

__all__ = [
    "get_run",
    "get_site",
    "item_history",
    "latest_run",
    "latest_runs",
    "previous_run",
    "require_runs",
    "result_of",
    "run_history",
]


def result_of(run: Run, site: Site | None = None) -> dict[str, Any]:
    """The run's result dict, with the run's and site's own facts filled in where absent."""
    result = dict(run.result or {})
    result["run_id"] = run.id
    result.setdefault("framework", run.framework)
    result.setdefault("as_of", run.as_of.isoformat())
    result.setdefault("checked_at", run.created_at.isoformat() if run.created_at else "")
    result.setdefault("crawl_id", run.crawl_id)
    result.setdefault("items", [])
    result.setdefault("score", {"estimate": run.score, "level": run.level})
    if site is not None:
        result["site_key"] = site.key
        result.setdefault("site", site.start_url)
        if not result.get("site_name_th"):
            result["site_name_th"] = site.name_th or site.key
    return result


def _site_of(session: Session, run: Run) -> Site:
    return session.get(Site, run.site_id)


def require_runs(session: Session) -> None:
    """Raise a clear error when the store holds no check run at all."""
    if session.scalar(select(func.count(Run.id))) == 0:
        raise ConfigError(
            "ยังไม่มีผลการตรวจในฐานข้อมูล / the store has no check runs yet: "
            "run `oitwatch check URL` first"
        )


def get_site(session: Session, key: str) -> Site:
    """The site ``key``; ``ConfigError`` naming it if unknown."""
    site = session.scalar(select(Site).where(Site.key == key))
    if site is None:
        raise ConfigError(f"ไม่พบเว็บไซต์ / no such site: {key!r}")
    return site


def get_run(session: Session, run_id: int) -> dict[str, Any]:
    """The result of run ``run_id``; ``ConfigError`` if there is none."""
    run = session.get(Run, run_id)
    if run is None:
        raise ConfigError(f"ไม่พบผลการตรวจ / no such run: {run_id}")
    return result_of(run, _site_of(session, run))


def latest_run(session: Session, site_key: str, framework: str | None = None) -> dict[str, Any]:
    """The newest result of site ``site_key`` (of ``framework`` if given)."""
    site = get_site(session, site_key)
    query = select(Run).where(Run.site_id == site.id)
    if framework:
        query = query.where(Run.framework == framework)
    run = session.scalar(query.order_by(Run.id.desc()).limit(1))
    if run is None:
        raise ConfigError(f"เว็บไซต์นี้ยังไม่มีผลการตรวจ / site {site_key!r} has no check runs")
    return result_of(run, site)


def latest_runs(session: Session, framework: str | None = None) -> list[dict[str, Any]]:
    """The newest result of every site (of ``framework`` if given), in site key order."""
    newest = select(Run.site_id, func.max(Run.id).label("run_id")).group_by(Run.site_id)
    if framework:
        newest = newest.where(Run.framework == framework)
    sub = newest.subquery()
    rows = session.execute(
        select(Run, Site)
        .join(sub, Run.id == sub.c.run_id)
        .join(Site, Site.id == Run.site_id)
        .order_by(Site.key)
    ).all()
    return [result_of(run, site) for run, site in rows]


def previous_run(session: Session, current: dict[str, Any]) -> dict[str, Any] | None:
    """The run of the same site and framework just before ``current``, or ``None``."""
    run = session.get(Run, current["run_id"])
    if run is None:
        return None
    prev = session.scalar(
        select(Run)
        .where(Run.site_id == run.site_id, Run.framework == run.framework, Run.id < run.id)
        .order_by(Run.id.desc())
        .limit(1)
    )
    return result_of(prev, _site_of(session, prev)) if prev else None


def run_history(
    session: Session, current: dict[str, Any], *, limit: int = 24
) -> list[dict[str, Any]]:
    """Up to ``limit`` runs of the same site and framework up to ``current``, oldest first."""
    run = session.get(Run, current["run_id"])
    if run is None:
        return [current]
    site = _site_of(session, run)
    runs = session.scalars(
        select(Run)
        .where(Run.site_id == run.site_id, Run.framework == run.framework, Run.id <= run.id)
        .order_by(Run.id.desc())
        .limit(limit)
    ).all()
    return [result_of(r, site) for r in reversed(runs)]


def item_history(
    session: Session, site_key: str, code: str, framework: str | None = None, *, limit: int = 24
) -> list[dict[str, Any]]:
    """Item ``code`` of site ``site_key`` across runs, oldest first.

    Each entry is the item dict plus ``run_id``, ``as_of`` and ``checked_at`` of its run.
    """
    site = get_site(session, site_key)
    query = select(Run).where(Run.site_id == site.id)
    if framework:
        query = query.where(Run.framework == framework)
    runs = session.scalars(query.order_by(Run.id.desc()).limit(limit)).all()
    history = []
    for run in reversed(runs):
        result = result_of(run, site)
        for item in result["items"]:
            if item.get("code") == code:
                history.append(
                    {
                        **item,
                        "run_id": run.id,
                        "as_of": result["as_of"],
                        "checked_at": result["checked_at"],
                    }
                )
    return history
