"""``oitwatch crawl``: crawl one site into the store and print what it found."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from crawler.runner import run_crawl
from crawler.summary import CrawlSummary
from oitwatch._cli import settings_options
from oitwatch.settings import Settings

__all__ = ["crawl"]

STATUS_TH = {
    "complete": "เสร็จสมบูรณ์",
    "partial": "ไม่ครบ หยุดเมื่อครบเวลา",
    "failed": "ล้มเหลว",
    "aborted": "ถูกยกเลิก",
    "running": "กำลังทำงาน",
}


def _table(summary: CrawlSummary) -> Table:
    table = Table(
        title=f"ผลการเก็บข้อมูล (crawl summary) #{summary.crawl_id}: {escape(summary.site_key)}"
    )
    table.add_column("รายการ (item)")
    table.add_column("จำนวน (count)", justify="right")
    rows = [
        ("สถานะ (status)", f"{STATUS_TH.get(summary.status, summary.status)} ({summary.status})"),
        ("หน้าเว็บ (pages)", str(summary.pages)),
        ("เอกสาร (documents)", str(summary.documents)),
        ("ไม่เปลี่ยนแปลง (not modified)", str(summary.not_modified)),
        ("ใช้ผลเดิม (parse reused)", str(summary.reused)),
        ("ยกมาโดยไม่ถาม (carried forward)", str(summary.carried)),
        ("ผิดพลาด (errors)", str(summary.errors)),
        ("ข้าม: นอกเว็บไซต์ (skipped offsite)", str(summary.skipped["offsite"])),
        ("ข้าม: robots.txt (skipped robots)", str(summary.skipped["robots"])),
        ("ข้าม: ใหญ่เกิน (skipped too large)", str(summary.skipped["too_large"])),
        ("เวลา (duration)", f"{summary.duration_s:.1f} s"),
    ]
    for name, value in rows:
        table.add_row(name, value)
    return table


@click.command("crawl")
@click.argument("url")
@settings_options
@click.option(
    "--site",
    "site_key",
    default=None,
    help="Site key to file the crawl under [default: from the URL].",
)
@click.option(
    "--max-pages",
    type=click.IntRange(min=1),
    default=None,
    help="Most responses to fetch [default: setting max_pages].",
)
@click.option(
    "--delay",
    type=click.FloatRange(min=0),
    default=None,
    help="Seconds between requests to the host [default: setting delay].",
)
@click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the summary as JSON to this file.",
)
def crawl(
    url: str,
    settings: Settings,
    site_key: str | None,
    max_pages: int | None,
    delay: float | None,
    json_path: Path | None,
) -> None:
    """เก็บข้อมูลเว็บไซต์หน่วยงาน (crawl an agency website) into the store.

    Stays inside the URL's path prefix (one district of a shared portal),
    obeys robots.txt, downloads documents and extracts their Thai text.
    A re-crawl asks the server only for what changed.
    """
    summary = run_crawl(
        settings, url, site_key=site_key, max_pages=max_pages, delay=delay, progress=True
    )
    Console().print(_table(summary))
    if json_path:
        json_path.write_text(
            json.dumps(summary.as_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    if summary.status != "complete":
        raise click.ClickException(
            f"การเก็บข้อมูลไม่สำเร็จ (crawl {summary.status}): {summary.error or ''}"
        )
