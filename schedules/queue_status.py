"""Where every site stands in the task queue: its newest job and its last stored run."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from oitwatch.store import QueueJob, Run, Site, Store

__all__ = ["SiteStatus", "queue_status", "state_counts"]

STATES = ("queued", "running", "extracting", "done", "failed", "skipped")


@dataclass
class SiteStatus:
    """One site: its newest job's state (``None``: never enqueued) and its newest run."""

    site_key: str
    state: str | None = None
    job_id: int | None = None
    attempts: int = 0
    worker: str | None = None
    enqueued_at: datetime | None = None
    started_at: datetime | None = None
    finished_at: datetime | None = None
    error: str | None = None
    extracts_left: int = 0  # documents of its crawl still waiting for their extract jobs
    last_run_id: int | None = None
    last_run_at: datetime | None = None

    def as_json(self) -> dict[str, Any]:
        return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in asdict(self).items()}


def queue_status(store: Store, keys: list[str]) -> list[SiteStatus]:
    """The status of each site of ``keys``, in that order (two queries, whatever the count)."""
    rows = {k: SiteStatus(k) for k in keys}
    with store.session() as s:
        newest = (
            select(func.max(QueueJob.id).label("id"))
            .where(QueueJob.site_key.in_(keys))
            .group_by(QueueJob.site_key)
            .subquery()
        )
        for job in s.scalars(select(QueueJob).join(newest, QueueJob.id == newest.c.id)):
            row = rows[job.site_key]
            row.state, row.job_id, row.attempts, row.worker = (
                job.state,
                job.id,
                job.attempts,
                job.worker,
            )
            row.enqueued_at, row.started_at, row.finished_at = (
                job.enqueued_at,
                job.started_at,
                job.finished_at,
            )
            row.error = job.error
            row.extracts_left = job.extracts_left if job.state == "extracting" else 0
        last = (
            select(Site.key, func.max(Run.id).label("run_id"))
            .join(Run, Run.site_id == Site.id)
            .where(Site.key.in_(keys))
            .group_by(Site.key)
            .subquery()
        )
        for key, run_id, created in s.execute(
            select(last.c.key, Run.id, Run.created_at).join(Run, Run.id == last.c.run_id)
        ):
            rows[key].last_run_id, rows[key].last_run_at = run_id, created
    return list(rows.values())


def state_counts(statuses: list[SiteStatus]) -> dict[str, int]:
    """How many sites are in each state (``never`` for sites never enqueued)."""
    counts = dict.fromkeys((*STATES, "never"), 0)
    for st in statuses:
        counts[st.state or "never"] += 1
    return counts
