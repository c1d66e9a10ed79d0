"""Static HTML of reports, from Jinja2 templates with autoescaping always on.

Anything that came from a crawled site (titles, snippets, URLs) is text to
escape; a URL becomes a link only when its scheme is http or https.
"""

from __future__ import annotations

import urllib.parse
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined

from reports.district import DistrictReport
from reports.fixlist import fix_rows
from reports.labels import (
    STATUS_COLOURS,
    STATUS_EN,
    STATUS_TH,
    STATUSES,
    is_failing,
    thai_date,
    thai_datetime,
    thai_month,
)
from reports.overview import Overview
from reports.owners import OwnerView
from reports.trend import score_chart_svg, status_strip_svg

__all__ = [
    "is_http_url",
    "make_environment",
    "render_district_html",
    "render_overview_html",
    "render_owner_html",
]

TEMPLATES = Path(__file__).with_name("templates")


def is_http_url(value: object) -> bool:
    """Whether ``value`` is an absolute http(s) URL with a host (safe to put in ``href``)."""
    if not isinstance(value, str) or not value or any(c.isspace() for c in value.strip()):
        return False
    try:
        parts = urllib.parse.urlsplit(value.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def readable_url(value: object) -> str:
    """A URL as people read it: percent-encoded Thai shown as Thai (for display only, never in href)."""
    text = str(value)
    try:
        return urllib.parse.unquote(text, errors="strict")
    except UnicodeDecodeError:
        return text


def _score(value: object) -> str:
    try:
        return f"{float(value):.2f}"  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return "-"


def make_environment(*extra_dirs: Path, timezone: str = "Asia/Bangkok") -> Environment:
    """A Jinja2 environment over ``extra_dirs`` then the report templates; autoescape on."""
    loader = ChoiceLoader([FileSystemLoader([*map(str, extra_dirs), str(TEMPLATES)])])
    env = Environment(
        loader=loader,
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        thai_date=thai_date,
        thai_date_short=lambda v: thai_date(v, short=True),
        thai_datetime=lambda v: thai_datetime(v, timezone),
        thai_month=thai_month,
        status_th=lambda s: STATUS_TH.get(s, s),
        status_en=lambda s: STATUS_EN.get(s, s),
        status_colour=lambda s: STATUS_COLOURS.get(s, "#eee"),
        score=_score,
        urlpart=lambda v: urllib.parse.quote(str(v), safe=""),
        readable_url=readable_url,
    )
    env.tests["http_url"] = is_http_url
    env.tests["failing"] = lambda s: bool(s) and is_failing(s)
    env.globals.update(
        STATUSES=STATUSES,
        STATUS_TH=STATUS_TH,
        STATUS_EN=STATUS_EN,
        STATUS_COLOURS=STATUS_COLOURS,
        score_chart_svg=score_chart_svg,
        status_strip_svg=status_strip_svg,
        fix_rows=fix_rows,
        open_all=False,
        fix_only=False,
        run_param=None,
        web=False,
        user=None,
        csrf_token="",
        csp_nonce="",
        prefix="",
    )
    return env


def _render(env: Environment | None, name: str, **context: Any) -> str:
    env = env or make_environment()
    return env.get_template(name).render(**context)


def render_district_html(
    report: DistrictReport, *, env: Environment | None = None, **ctx: Any
) -> str:
    """A district report as one self-contained HTML page (A4 print styles inline)."""
    return _render(env, "district.html", report=report, **ctx)


def render_overview_html(
    overviews: list[Overview], *, env: Environment | None = None, **ctx: Any
) -> str:
    """The districts x items table(s) as one self-contained HTML page."""
    return _render(env, "overview.html", overviews=overviews, **ctx)


def render_owner_html(view: OwnerView, *, env: Environment | None = None, **ctx: Any) -> str:
    """One owner unit's failing items across districts as one HTML page."""
    ctx.setdefault("units", [])
    return _render(env, "owner.html", view=view, **ctx)
