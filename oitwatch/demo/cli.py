"""``oitwatch demo``: the whole job on the bundled demo district, end to end."""

from __future__ import annotations

from pathlib import Path

import click

from oitwatch._cli import settings_options
from oitwatch.settings import Settings

__all__ = ["demo"]

SITE = Path(__file__).with_name("site")


@click.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the reports [default: DATA_DIR/reports].")
@settings_options
def demo(out: Path | None, settings: Settings) -> None:
    """Serve the bundled demo district on 127.0.0.1, crawl it into the store, check it, report.

    The demo site is a fictional Bangkok district office with a few planted
    defects, judged with the ITA 2567 rule set as of 30 April 2568 (its
    assessment window).
    """
    from checklist import check_site
    from checklist.cli import print_summary
    from oitwatch.demo.sitegen import DEMO
    from oitwatch.devserver import SiteServer
    from oitwatch.store import open_store
    from reports.build import district_from_store, render_district

    out = out or settings.data_dir / "reports"
    with SiteServer(SITE) as server:
        settings = server.allow(settings)  # the demo site is on loopback: allow its port only
        url = server.url(f"/{DEMO['slug']}/")
        click.echo(f"serving the demo district at {url}")
        result = check_site(
            settings, url, framework=DEMO["framework"], as_of=DEMO["as_of"], site_key=DEMO["slug"],
            name_th=DEMO["name_th"], name_en="Demo District", delay=0, progress=True,
        )
    print_summary(result)
    store = open_store(settings.db)
    try:
        with store.session() as s:
            report = district_from_store(s, run_id=result["run_id"])
    finally:
        store.close()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in ("html", "xlsx"):
        path = out / f"{DEMO['slug']}.{fmt}"
        path.write_bytes(render_district([report], fmt))
        written.append(path)
    click.echo(f"store: {settings.db}")
    for path in written:
        click.echo(f"report: {path}")
    click.echo("browse every report: oitwatch serve   (then open http://127.0.0.1:8570/)")
