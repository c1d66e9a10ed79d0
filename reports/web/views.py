"""Read-only pages and downloads: overview, district, item, owners."""

from __future__ import annotations

import re

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from oitwatch.exceptions import ConfigError
from oitwatch.thai import normalize_code, thai_to_arabic
from reports import loading
from reports.build import (
    FORMATS,
    MEDIA_TYPES,
    district_from_store,
    district_reports_from_store,
    owner_from_store,
    render_district,
    render_overview,
)
from reports.districts import BANDS, STATES, Filters, district_rows, filter_rows, sparkline_svg
from reports.labels import thai_date
from reports.overview import build_overview
from reports.owners import owners_of
from reports.web.app import page, security_headers
from reports.web.checklist import entries_of
from reports.web.correct import corrections_of

__all__ = [
    "district",
    "district_download",
    "fix_list",
    "item",
    "overview",
    "overview_download",
    "owner",
    "owners",
]


def _store(request: Request):
    return request.app.state.store


def _download(data: bytes, fmt: str, name: str) -> Response:
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip("-") or "report"
    headers = security_headers()
    headers["Content-Disposition"] = f'attachment; filename="{safe}.{fmt}"'
    return Response(data, media_type=MEDIA_TYPES[fmt], headers=headers)


def _fmt(request: Request) -> str:
    fmt = request.path_params["fmt"]
    if fmt not in FORMATS:
        raise ConfigError(f"ไม่มีรูปแบบนี้ / no such format: {fmt!r}")
    return fmt


def overview(request: Request) -> Response:
    """Every registered district (checked or not, with filters), then the heatmap of latest runs."""
    from schedules.registry import load_registry

    filters = Filters.from_query(request.query_params)
    registry = load_registry(request.app.state.settings).sites
    with _store(request).session() as s:
        rows = district_rows(s, registry)
        try:
            reports = district_reports_from_store(s)
        except ConfigError:
            reports = []
    shown = filter_rows(rows, filters)
    keys = {r.key for r in shown}
    results = [r.result for r in reports if not filters.active or r.site_key in keys]
    items = sorted({c for r in rows for c in r.failing}, key=lambda c: (len(c), c))
    owners = sorted({o for r in rows for o in r.failing.values() if o})
    return page(
        request,
        "home.html",
        overviews=build_overview(results),
        rows=shown,
        total=len(rows),
        counts={st: sum(1 for r in rows if r.state == st) for st in STATES},
        filters=filters,
        items=items,
        owners=owners,
        STATES=STATES,
        BANDS=BANDS,
        sparkline_svg=sparkline_svg,
    )


async def overview_download(request: Request) -> Response:
    fmt = _fmt(request)
    chromium = request.app.state.settings.chromium

    def build() -> bytes:
        with _store(request).session() as s:
            reports = district_reports_from_store(s)
        return render_overview(reports, fmt, chromium=chromium)

    return _download(await run_in_threadpool(build), fmt, "oit-overview")


def _run_param(request: Request) -> int | None:
    run = thai_to_arabic(request.query_params.get("run", ""))
    if not (run.isascii() and run.isdigit()):  # "²".isdigit() is true, int("²") fails
        return None
    if len(run) > 18:  # beyond a database integer
        raise ConfigError(f"ไม่พบผลการตรวจ / no such run: {run[:20]}...")
    return int(run)


def district(request: Request) -> Response:
    """A district's latest report (or ``?run=N``): what to fix first, then every item."""
    key = request.path_params["key"]
    run = _run_param(request)
    with _store(request).session() as s:
        report = district_from_store(s, key, run)
    return page(request, "site.html", report=report, run_param=run)


def fix_list(request: Request) -> Response:
    """Only the district's fix list: one A4 page to print."""
    key = request.path_params["key"]
    run = _run_param(request)
    with _store(request).session() as s:
        report = district_from_store(s, key, run)
    return page(request, "site.html", report=report, run_param=run, fix_only=True)


async def district_download(request: Request) -> Response:
    fmt = _fmt(request)
    key = request.path_params["key"]
    run = _run_param(request)
    chromium = request.app.state.settings.chromium

    def build() -> bytes:
        with _store(request).session() as s:
            report = district_from_store(s, key, run)
        return report, render_district([report], fmt, chromium=chromium)

    report, data = await run_in_threadpool(build)  # the PDF takes Chromium seconds
    name = f"oit-{key}-{report.result.get('as_of', '')}"
    return _download(data, fmt, name)


def item(request: Request) -> Response:
    """One item of a district: evidence, reasons, fix, submitted URLs and history."""
    key = request.path_params["key"]
    code = normalize_code(request.path_params["code"]) or request.path_params["code"]
    with _store(request).session() as s:
        report = district_from_store(s, key)
        current = report.item(code)
        if current is None:
            raise ConfigError(f"ไม่มีรายการ {code} / no item {code!r} in {key!r}'s latest run")
        history = loading.item_history(s, key, code, report.result.get("framework"))
        site = loading.get_site(s, key)
        entries = [e for e in entries_of(s, site) if e.code == code]
        corrections = corrections_of(s, site, code)
    strip = [(f"{thai_date(h['as_of'], short=True)} #{h['run_id']}", h["status"]) for h in history]
    return page(
        request,
        "item.html",
        report=report,
        item=current,
        history=list(reversed(history)),
        strip=strip,
        entries=entries,
        corrections=corrections,
    )


def owners(request: Request) -> Response:
    """Every owner unit with how many of its items fail."""
    with _store(request).session() as s:
        try:
            loading.require_runs(s)
            results = loading.latest_runs(s)
        except ConfigError:
            results = []
    counts = {
        unit: sum(
            1
            for r in results
            for it in r.get("items", [])
            if it.get("owner") == unit and it["status"] != "pass"
        )
        for unit in owners_of(results)
    }
    return page(request, "owners.html", counts=counts, sites=len(results))


def owner(request: Request) -> Response:
    """One unit's failing items across districts."""
    with _store(request).session() as s:
        view, units = owner_from_store(s, request.path_params["unit"])
    return page(request, "owner.html", view=view, units=units)
