"""``oitwatch check``: crawl a site and judge every OIT item."""

from __future__ import annotations

import json
from pathlib import Path

import click

from checklist.run import check_site
from checklist.statuses import STATUS_TH
from oitwatch._cli import DateParam, settings_options
from oitwatch.settings import Settings

__all__ = ["check"]


COLOURS = {
    "pass": "green",
    "missing": "red",
    "stale": "yellow",
    "incomplete": "yellow",
    "broken": "red",
    "review": "cyan",
}


def print_summary(result: dict) -> None:
    """A check result for the terminal, in Thai: one block per item, failing items with their reason.

    Plain lines rather than a table: Thai has no spaces between words, so
    narrow table cells would break words apart.
    """
    from datetime import date

    from rich.console import Console
    from rich.markup import escape

    from oitwatch.thai import format_thai_date

    console = Console(highlight=False)
    as_of = format_thai_date(date.fromisoformat(result["as_of"]))
    console.print(f"[bold]ผลการตรวจ OIT {escape(result['framework'])} ณ วันที่ {as_of}[/]")
    console.print(escape(result["site"]))
    for it in result["items"]:
        status = it["status"]
        label = f"[{COLOURS[status]}]{STATUS_TH[status]} ({status})[/]"
        conf = it.get("confidence")
        sure = f" [dim](ความมั่นใจ {conf:.2f})[/]" if isinstance(conf, int | float) else ""
        console.print(
            f"{it['code']:>4}  {label}{sure}  {escape(it['title_th'])} · {escape(it['owner'])}"
        )
        if status != "pass":
            for reason in it["reasons"][:2]:
                console.print(f"      {escape(reason['th'])}")
            if it.get("fix_th"):
                console.print(f"      [dim]วิธีแก้ไข: {escape(it['fix_th'])}[/]")
    score = result["score"]
    console.print(
        f"คะแนน OIT ประมาณการ (estimate): [bold]{score['estimate']:.2f}[/] — "
        f"{score['level']} ({score['level_en']}); ผ่าน {score['passed']} จาก {score['total']} รายการ"
    )
    console.print(score["note_th"])


@click.command()
@click.argument("url")
@click.option(
    "--framework",
    "-f",
    required=True,
    help="Rule set id, e.g. bma-2567 (see `oitwatch rules list`).",
)
@click.option(
    "--as-of",
    type=DateParam(),
    default=None,
    help="Judge as of this date [default: today, Asia/Bangkok].",
)
@click.option(
    "--checklist",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Officer's checklist (YAML or CSV) of submitted URLs.",
)
@click.option(
    "--site",
    "site_key",
    default=None,
    help="Site key in the store [default: the registered district whose URL prefix holds URL, "
    "else from the URL].",
)
@click.option("--name-th", default=None, help="The site's Thai name, e.g. สำนักงานเขตบางกอกน้อย.")
@click.option("--name-en", default=None, help="The site's English name.")
@click.option(
    "--delay",
    type=click.FloatRange(min=0),
    default=None,
    help="Seconds between requests (0 lifts throttling, for loopback tests).",
)
@click.option(
    "--max-pages",
    type=click.IntRange(min=1),
    default=None,
    help="Most responses the crawl fetches.",
)
@click.option(
    "--reuse-hours",
    type=click.FloatRange(min=0),
    default=0,
    show_default=True,
    help="Reuse a complete crawl younger than this.",
)
@click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the result as JSON here.",
)
@settings_options
def check(
    url: str,
    framework: str,
    as_of,
    checklist: Path | None,
    site_key: str | None,
    name_th: str | None,
    name_en: str | None,
    delay: float | None,
    max_pages: int | None,
    reuse_hours: float,
    json_path: Path | None,
    settings: Settings,
) -> None:
    """Crawl URL and judge every item of FRAMEWORK: pass, missing, stale, incomplete, broken or review.

    A URL under a district of the site registry (`oitwatch sites list`) is filed
    under that district's key and name, so its history is the nightly job's.
    """
    if site_key is None:
        from schedules.registry import load_registry

        entry = load_registry(settings).site_for_url(url)
        if entry is not None:
            site_key = entry.key
            name_th = name_th or entry.name_th or None
            name_en = name_en or entry.name_en or None
    result = check_site(
        settings,
        url,
        framework=framework,
        as_of=as_of,
        site_key=site_key,
        checklist_path=checklist,
        reuse_hours=reuse_hours,
        max_pages=max_pages,
        delay=delay,
        name_th=name_th,
        name_en=name_en,
        progress=True,
    )
    if json_path:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
        click.echo(f"wrote {json_path}")
    else:
        print_summary(result)
