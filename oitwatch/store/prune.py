"""Keeping the store's size bounded for years of nightly crawls.

Every complete crawl is a full snapshot (a fetch row per URL, every link),
so a store that keeps them all grows by a crawl's rows every night. Pruning
keeps each site's newest complete crawls, deletes older crawls (their fetches
and links go with them), then the bodies no remaining fetch refers to, on
disk too. Check runs are never deleted: a run of a pruned crawl keeps its
whole result, so reports and history read as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select

from oitwatch.store.db import Store
from oitwatch.store.models import Content, ContentMember, Crawl, Fetch, Link, Site

__all__ = ["PruneReport", "prune"]

BATCH = 500


@dataclass
class PruneReport:
    crawls: int = 0
    fetches: int = 0
    links: int = 0
    contents: int = 0
    body_files: int = 0
    bytes_freed: int = 0


def _old_crawls(store: Store, keep: int) -> list[int]:
    """Crawls older than each site's ``keep`` newest complete ones (never a running crawl)."""
    old: list[int] = []
    with store.session() as s:
        for site_id in s.scalars(select(Site.id)):
            complete = s.scalars(
                select(Crawl.id)
                .where(Crawl.site_id == site_id, Crawl.status == "complete")
                .order_by(Crawl.id.desc())
            ).all()
            if len(complete) <= keep:
                continue
            oldest_kept = complete[keep - 1]
            old += s.scalars(
                select(Crawl.id).where(
                    Crawl.site_id == site_id, Crawl.id < oldest_kept, Crawl.status != "running"
                )
            ).all()
    return old


def prune(store: Store, bodies_dir: Path, *, keep: int = 7, dry_run: bool = False) -> PruneReport:
    """Keep each site's ``keep`` newest complete crawls; delete the rest and orphaned bodies."""
    if keep < 1:
        raise ValueError("keep at least one complete crawl per site")
    report = PruneReport()
    old = _old_crawls(store, keep)
    report.crawls = len(old)
    with store.session() as s:
        if old:
            report.fetches = (
                s.scalar(select(func.count()).select_from(Fetch).where(Fetch.crawl_id.in_(old)))
                or 0
            )
            report.links = (
                s.scalar(select(func.count()).select_from(Link).where(Link.crawl_id.in_(old))) or 0
            )
        if dry_run:
            return report
    for start in range(0, len(old), BATCH):
        batch = old[start : start + BATCH]
        with store.session() as s:  # explicit deletes: cascades are not on in every database
            s.execute(delete(Link).where(Link.crawl_id.in_(batch)))
            s.execute(delete(Fetch).where(Fetch.crawl_id.in_(batch)))
            s.execute(delete(Crawl).where(Crawl.id.in_(batch)))
    while True:
        with store.session() as s:
            used = select(Fetch.content_sha256).where(Fetch.content_sha256.is_not(None))
            # an archive's members are used while the archive is
            inside = select(ContentMember.member_sha256).where(
                ContentMember.archive_sha256.in_(used)
            )
            orphans = s.execute(
                select(Content.sha256, Content.body_path, Content.size)
                .where(Content.sha256.not_in(used), Content.sha256.not_in(inside))
                .limit(BATCH)
            ).all()
            if not orphans:
                break
            gone = [o.sha256 for o in orphans]
            s.execute(delete(ContentMember).where(ContentMember.archive_sha256.in_(gone)))
            s.execute(delete(Content).where(Content.sha256.in_(gone)))
        for (
            _sha,
            body_path,
            size,
        ) in orphans:  # files after the rows are gone: never a row without its file
            report.contents += 1
            if body_path:
                path = bodies_dir / body_path
                if path.is_file():
                    path.unlink()
                    report.body_files += 1
                    report.bytes_freed += size or 0
    return report
