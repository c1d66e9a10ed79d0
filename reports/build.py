"""Reports assembled from the store, and rendered to a chosen format.

Shared by ``oitwatch report`` and the web UI:

    with store.session() as s:
        report = district_from_store(s, "bangkoknoi")
    data = render_district(report, "xlsx")
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment
from sqlalchemy.orm import Session

from oitwatch.exceptions import ConfigError
from reports import exports, loading, xlsx
from reports.district import DistrictReport, build_district_report
from reports.overview import Overview, build_overview
from reports.owners import OwnerView, build_owner_view, owners_of
from reports.pdf import html_to_pdf
from reports.render import render_district_html, render_overview_html, render_owner_html

__all__ = [
    "BINARY",
    "FORMATS",
    "MEDIA_TYPES",
    "district_from_store",
    "district_reports_from_store",
    "owner_from_store",
    "render_district",
    "render_overview",
    "render_owner",
]

FORMATS = ("html", "pdf", "csv", "xlsx", "json")
BINARY = ("pdf", "xlsx")
MEDIA_TYPES = {
    "pdf": "application/pdf",
    "html": "text/html; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
}


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ConfigError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")


def district_from_store(
    session: Session, site_key: str | None = None, run_id: int | None = None
) -> DistrictReport:
    """The report of run ``run_id``, or of ``site_key``'s latest run, with its history."""
    loading.require_runs(session)
    if run_id is not None:
        result = loading.get_run(session, run_id)
        if site_key and result.get("site_key") != site_key:
            raise ConfigError(f"run {run_id} is not of site {site_key!r}")
    elif site_key:
        result = loading.latest_run(session, site_key)
    else:
        raise ConfigError("name a site (--site) or a run (--run)")
    previous = loading.previous_run(session, result)
    history = loading.run_history(session, result)
    return build_district_report(result, previous, history)


def district_reports_from_store(session: Session) -> list[DistrictReport]:
    """The latest report of every site, in site key order."""
    loading.require_runs(session)
    reports = []
    for result in loading.latest_runs(session):
        reports.append(build_district_report(result, loading.previous_run(session, result)))
    return reports


def owner_from_store(session: Session, unit: str) -> tuple[OwnerView, list[str]]:
    """Unit ``unit``'s failing items in every site's latest run, and every unit named."""
    loading.require_runs(session)
    results = loading.latest_runs(session)
    return build_owner_view(results, unit), owners_of(results)


def render_district(
    reports: list[DistrictReport],
    fmt: str,
    *,
    env: Environment | None = None,
    chromium: str = "",
    **ctx: Any,
) -> bytes:
    """One or several district reports as ``fmt`` bytes (HTML and PDF: one district).

    The PDF is the HTML printed by Chromium (:mod:`reports.pdf`): the fix list
    on the first A4 page, then every item with its evidence unfolded.
    """
    _check_format(fmt)
    if fmt == "pdf":
        if len(reports) != 1:
            raise ConfigError("PDF is one district per file")
        html = render_district_html(reports[0], env=env, **{**ctx, "open_all": True})
        return html_to_pdf(html, chromium=chromium)
    if fmt == "csv":
        return exports.district_csv(reports)
    if fmt == "json":
        return exports.district_json(reports)
    if fmt == "xlsx":
        return xlsx.district_xlsx(reports)
    if len(reports) != 1:
        raise ConfigError("HTML is one district per file: use --overview for several")
    return render_district_html(reports[0], env=env, **ctx).encode("utf-8")


def render_overview(
    reports: list[DistrictReport],
    fmt: str,
    *,
    env: Environment | None = None,
    chromium: str = "",
    **ctx: Any,
) -> bytes:
    """The overview of ``reports`` (latest run per site) as ``fmt`` bytes."""
    _check_format(fmt)
    overviews: list[Overview] = build_overview([r.result for r in reports])
    if fmt == "pdf":
        return html_to_pdf(render_overview_html(overviews, env=env, **ctx), chromium=chromium)
    if fmt == "csv":
        return exports.district_csv(reports)
    if fmt == "json":
        return exports.overview_json(overviews, reports)
    if fmt == "xlsx":
        return xlsx.overview_xlsx(overviews, reports)
    return render_overview_html(overviews, env=env, **ctx).encode("utf-8")


def render_owner(
    view: OwnerView, fmt: str, *, env: Environment | None = None, chromium: str = "", **ctx: Any
) -> bytes:
    """An owner view as ``fmt`` bytes."""
    _check_format(fmt)
    if fmt == "pdf":
        return html_to_pdf(render_owner_html(view, env=env, **ctx), chromium=chromium)
    if fmt == "csv":
        return exports.owner_csv(view)
    if fmt == "json":
        return exports.owner_json(view)
    if fmt == "xlsx":
        return xlsx.owner_xlsx(view)
    return render_owner_html(view, env=env, **ctx).encode("utf-8")
