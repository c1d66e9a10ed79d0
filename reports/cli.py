"""``oitwatch report``: a district, all districts, or one owner unit, as HTML, CSV, XLSX or JSON."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from oitwatch._cli import settings_options
from oitwatch.exceptions import ConfigError
from oitwatch.settings import Settings
from oitwatch.store import open_store
from oitwatch.thai import thai_to_arabic
from reports.build import (
    BINARY,
    FORMATS,
    district_from_store,
    district_reports_from_store,
    owner_from_store,
    render_district,
    render_overview,
    render_owner,
)
from reports.itas import itas_csv, itas_xlsx

__all__ = ["report"]


def _run_number(_ctx: click.Context, _param: click.Parameter, value: str | None) -> int | None:
    if value is None:
        return None
    digits = thai_to_arabic(value.strip())
    if not (digits.isascii() and digits.isdigit()) or len(digits) > 18:
        raise click.BadParameter(f"not a run number: {value!r}")
    return int(digits)


@click.command()
@click.option("--site", "site_key", metavar="KEY", help="The site's latest run (its key).")
@click.option(
    "--run", "run_id", callback=_run_number, metavar="N", help="This run (any site); ๗ is 7."
)
@click.option(
    "--owner", metavar="UNIT", help="One unit's failing items across sites, e.g. ฝ่ายการคลัง."
)
@click.option(
    "--overview",
    is_flag=True,
    help="All sites' latest runs (the default without --site/--run/--owner).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice((*FORMATS, "itas")),
    default="html",
    show_default=True,
    help="itas: the ITAS answer sheet of --site/--run (CSV, or XLSX when --out ends in .xlsx).",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path, allow_dash=True),
    default="-",
    help="File to write; '-' (default) is standard output (not for xlsx).",
)
@settings_options
def report(
    settings: Settings,
    site_key: str | None,
    run_id: int | None,
    owner: str | None,
    overview: bool,
    fmt: str,
    out: Path,
) -> None:
    """Write a report of stored check runs (Thai first, English alongside).

    With --site or --run: one district, its estimated score, every item with
    its status, reason, evidence, owner and fix, and what changed since the
    previous run. With --owner: one unit's failing items in every district.
    Otherwise the overview of all districts (HTML heatmap; XLSX: a summary,
    the matrix and one sheet per district). --format itas: the answer sheet
    to type into NACC's ITAS, one row per item (มี/ไม่มี, the URL, a note).
    """
    if sum(bool(x) for x in (site_key or run_id is not None, owner, overview)) > 1:
        raise ConfigError("choose one of --site/--run, --owner or --overview")
    if fmt in BINARY and str(out) == "-":
        raise ConfigError(f"{fmt.upper()} is binary: give a file with --out")
    if fmt == "itas" and not (site_key or run_id is not None):
        raise ConfigError("the ITAS sheet is one site's: give --site KEY or --run N")
    store = open_store(settings.db)
    try:
        with store.session() as s:
            if fmt == "itas":
                result = district_from_store(s, site_key, run_id).result
                xlsx = out.suffix.lower() == ".xlsx"
                data = itas_xlsx(result) if xlsx else itas_csv(result)
            elif site_key or run_id is not None:
                report = district_from_store(s, site_key, run_id)
                data = render_district([report], fmt, chromium=settings.chromium)
            elif owner:
                view, units = owner_from_store(s, owner)
                data = render_owner(view, fmt, units=units, chromium=settings.chromium)
            else:
                reports = district_reports_from_store(s)
                data = render_overview(reports, fmt, chromium=settings.chromium)
    finally:
        store.close()
    if str(out) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
        click.echo(f"เขียนรายงานแล้ว / wrote {out} ({len(data):,} bytes)", err=True)
