"""Checking a site: crawl (or reuse a fresh crawl), judge every item, store the run."""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from checklist.corrections import CorrectionSet, apply_disputes, load_corrections
from checklist.evidence import Finder, gather
from checklist.judge import judge_item
from checklist.officer import load_checklist
from checklist.probe import probe
from checklist.score import estimate
from checklist.screen import screen, site_facts
from checklist.snapshot import Doc, Snapshot, latest_crawl_to_judge, load_snapshot
from checklist.template import template_bundle
from crawler import run_crawl
from crawler.summary import CrawlSummary
from crawler.urls import canonical_link, canonicalize, in_scope
from oitwatch.exceptions import CrawlError
from oitwatch.settings import Settings
from oitwatch.store import ChecklistEntry, Crawl, ItemResult, Run, Site, open_store
from oitwatch.store.sites import upsert_site
from oitwatch.thai import fiscal_year_of
from rules import load_framework
from rules.models import Framework

__all__ = ["OnStore", "check_site", "crawl_to_check", "evaluate", "store_run", "today"]

OnStore = Callable[[Session, int, dict], None]
"""``on_store(session, site_id, result)``: called in the transaction that stores the run
(``result["run_id"]`` set), so what it writes (the alert outbox) commits with the run or not at all."""


PARTIAL_REASON = (
    "การตรวจเว็บไซต์หยุดเมื่อครบเวลาที่กำหนดก่อนไปถึงทุกหน้า ไม่พบหลักฐานในส่วนที่ตรวจแล้ว เจ้าหน้าที่ต้องตรวจสอบ",
    "The crawl stopped at its time limit before reaching every page; the part it reached "
    "holds no evidence, so an officer must check.",
)


def today(settings: Settings) -> date:
    """Today in the settings' time zone (Asia/Bangkok by default)."""
    return datetime.now(ZoneInfo(settings.timezone)).date()


def _canonical_urls(urls: dict[str, list[str]]) -> dict[str, list[str]]:
    return {code: list(dict.fromkeys(map(canonical_link, us))) for code, us in urls.items()}


def evaluate(
    snapshot: Snapshot,
    framework: Framework,
    as_of: date,
    checklist: dict[str, list[str]],
    settings: Settings,
    corrections: CorrectionSet | None = None,
) -> dict:
    """Every item's verdict and the score estimate, as the check result dict (without run ids).

    ``corrections`` are the officers' (``checklist.corrections``): URLs they say are an item's,
    and verdicts they dispute.
    """
    corrections = corrections or CorrectionSet()
    # the officers' URLs as the crawl keys them (a pasted Thai path is the crawl's escaped one)
    checklist = _canonical_urls(checklist)
    corrections = CorrectionSet(_canonical_urls(corrections.urls), corrections.disputes)
    prefix = snapshot.site.scope_prefix
    host = urllib.parse.urlsplit(prefix).netloc
    for urls in [*checklist.values(), *corrections.urls.values()]:
        for url in urls:  # the site's own pages the crawl did not reach
            if (
                snapshot.doc(url) is None
                and url.startswith(prefix)
                and (doc := probe(url, settings, host=host)) is not None
            ):
                snapshot.docs[url] = doc
    partial = snapshot.crawl.status == "partial"
    # A checklist URL that redirects off the site is reported as leaving it, never as evidence.
    left = {
        url: doc.final_url
        for urls in [*checklist.values(), *corrections.urls.values()]
        for url in urls
        if (doc := snapshot.doc(url)) is not None and _leaves_site(doc, prefix)
    }
    finder = Finder(
        snapshot,
        framework.items,
        {code: [u for u in urls if u not in left] for code, urls in checklist.items()},
        framework,
        {code: [u for u in urls if u not in left] for code, urls in corrections.urls.items()},
    )
    facts = site_facts(snapshot, as_of)
    items, statuses = [], {}
    for item in framework.items:
        urls = [u for u in checklist.get(item.code, []) if u not in left]
        candidates = finder.candidates(item.code)
        bundle = gather(snapshot, candidates, item.code)
        if not bundle.candidates:
            bundle = template_bundle(snapshot, item) or bundle
        finder.attribute(item.code, bundle)
        bundle = screen(bundle, facts, item.city_documents)
        dead = [
            u
            for u in urls
            if (d := snapshot.doc(u)) is not None and not d.alive and not d.forbidden
        ]
        chosen = {c.url for c in bundle.candidates}
        others = [c for c in candidates if c.url not in chosen]
        verdict = judge_item(
            item,
            bundle,
            others,
            as_of,
            dead,
            finder.wrong.get(item.code, []),
            finder.unchecked.get(item.code, []),
            [(u, left[u]) for u in checklist.get(item.code, []) if u in left],
        )
        if partial and verdict.status == "missing":
            verdict.status = "review"
            th, en = PARTIAL_REASON
            verdict.reasons.insert(0, {"th": th, "en": en})  # the status's reason comes first
        entry = {
            "code": item.code,
            "title_th": item.title_th,
            "title_en": item.title_en,
            "sub_indicator": framework.sub_indicator_of(item.code).code,
            "status": verdict.status,
            "confidence": verdict.confidence,
            "owner": item.owner,
            "evidence": verdict.evidence,
            "reasons": verdict.reasons,
            "fix_th": item.fix_th,
            "elements_missing": verdict.elements_missing,
            "months_missing": verdict.months_missing,
        }
        apply_disputes(entry, corrections.disputes.get(item.code, []))
        statuses[item.code] = entry["status"]
        items.append(entry)
    site = snapshot.site
    return {
        "site": site.start_url,
        "site_key": site.key,
        "site_name_th": site.name_th,
        "framework": framework.id,
        "framework_title_th": framework.title_th,
        "as_of": as_of.isoformat(),
        "fiscal_year": fiscal_year_of(as_of),
        "crawl_id": snapshot.crawl.id,
        "partial_crawl": partial,
        "checked_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "items": items,
        "score": estimate(framework, statuses),
    }


def _leaves_site(doc: Doc, prefix: str) -> bool:
    """Whether ``doc`` was redirected outside ``prefix`` and the crawl kept nothing of it."""
    if doc.final_url == doc.url or doc.text:
        return False
    try:
        return not in_scope(canonicalize(doc.final_url), prefix)
    except ValueError:
        return True


def store_run(session: Session, site_id: int, crawl_id: int | None, result: dict) -> int:
    """Keep a check result: a ``Run`` (the whole result) and an ``ItemResult`` per item."""
    run = Run(
        site_id=site_id,
        crawl_id=crawl_id,
        framework=result["framework"],
        as_of=date.fromisoformat(result["as_of"]),
        score=result["score"]["estimate"],
        level=result["score"]["level"],
    )
    session.add(run)
    session.flush()
    run.result = {**result, "run_id": run.id}
    for it in result["items"]:
        session.add(
            ItemResult(
                run_id=run.id,
                code=it["code"],
                status=it["status"],
                owner=it["owner"],
                evidence=it["evidence"],
                reasons=it["reasons"],
            )
        )
    return run.id


def _require_answer(snapshot: Snapshot, url: str) -> None:
    """Refuse to judge a site that did not answer: "every item missing" would be a false alarm."""
    if any(d.alive and d.kind == "page" for d in snapshot.docs.values()):
        return
    errors = sorted({f"{d.status_code or ''} {d.outcome}".strip() for d in snapshot.docs.values()})
    raise CrawlError(
        f"{url} did not answer with any page ({', '.join(errors) or 'nothing fetched'}); "
        "nothing was judged. Check the URL, or try again later."
    )


def _fresh(finished: datetime | None, hours: float) -> bool:
    if finished is None or hours <= 0:
        return False
    if finished.tzinfo is None:
        finished = finished.replace(tzinfo=UTC)
    return datetime.now(UTC) - finished < timedelta(hours=hours)


def crawl_to_check(
    settings: Settings,
    url: str,
    *,
    site_key: str,
    max_pages: int | None = None,
    delay: float | None = None,
    progress: bool = False,
    defer_ocr: bool = False,
) -> CrawlSummary:
    """Crawl ``url`` for a check; raise :class:`CrawlError` unless the crawl can be judged."""
    summary = run_crawl(
        settings,
        url,
        site_key=site_key,
        max_pages=max_pages,
        delay=delay,
        progress=progress,
        defer_ocr=defer_ocr,
    )
    if summary.status not in ("complete", "partial"):
        raise CrawlError(
            f"การตรวจไม่สำเร็จ (the crawl of {url} ended {summary.status}); "
            f"nothing was checked: {summary.error or ''}".rstrip(": ")
        )
    return summary


def check_site(
    settings: Settings,
    url: str,
    *,
    framework: str,
    as_of: date | None = None,
    site_key: str | None = None,
    checklist_path: Path | None = None,
    reuse_hours: float = 0,
    max_pages: int | None = None,
    delay: float | None = None,
    name_th: str | None = None,
    name_en: str | None = None,
    progress: bool = False,
    crawl_id: int | None = None,
    on_store: OnStore | None = None,
) -> dict:
    """Crawl ``url`` (unless a complete crawl is younger than ``reuse_hours``), check it, store the run.

    ``progress`` shows the crawl's progress on stderr (see :mod:`crawler.progress`).
    ``crawl_id``: judge that stored crawl (a task queue's, its documents extracted) instead.
    ``on_store``: see :data:`OnStore`.
    """
    fw = load_framework(framework)
    as_of = as_of or today(settings)
    codes = {it.code for it in fw.items}
    checklist = (
        load_checklist(checklist_path, framework=fw.id, codes=codes) if checklist_path else {}
    )
    store = open_store(settings.db)
    try:
        with store.session() as s:
            site = upsert_site(s, url, key=site_key, name_th=name_th, name_en=name_en)
            if not site.framework:
                site.framework = fw.id
            key = site.key
            crawl = latest_crawl_to_judge(s, site.id)
            reuse = crawl_id is not None or (
                crawl is not None and _fresh(crawl.finished_at, reuse_hours)
            )
        if not reuse:
            # OCR reads a year against the date checked (a past check: that date, not today)
            crawl_to_check(
                settings.model_copy(update={"ocr_as_of": as_of}),
                url,
                site_key=key,
                max_pages=max_pages,
                delay=delay,
                progress=progress,
            )
        with store.session() as s:
            site = s.scalar(select(Site).where(Site.key == key))
            if crawl_id is not None:
                crawl = s.get(Crawl, crawl_id)
                if crawl is None or crawl.site_id != site.id:
                    raise CrawlError(f"crawl {crawl_id} of {url} is gone (pruned?)")
            else:
                crawl = latest_crawl_to_judge(s, site.id)
            if crawl is None:
                raise CrawlError(f"no complete or partial crawl of {url} to check")
            for entry in s.scalars(
                select(ChecklistEntry).where(
                    ChecklistEntry.site_id == site.id, ChecklistEntry.framework == fw.id
                )
            ):
                urls = checklist.setdefault(entry.code, [])
                if entry.url not in urls:
                    urls.append(entry.url)
            corrections = load_corrections(s, site, fw.id)
            snapshot = load_snapshot(s, site, crawl)
            _require_answer(snapshot, url)
            result = evaluate(snapshot, fw, as_of, checklist, settings, corrections)
            result["run_id"] = store_run(s, site.id, crawl.id, result)
            if on_store is not None:
                on_store(s, site.id, result)
        return result
    finally:
        store.close()
