"""``oitwatch prune``: bound the store's size (for nightly crawls over years)."""

from __future__ import annotations

import click

from oitwatch._cli import settings_options
from oitwatch.settings import Settings

__all__ = ["prune"]


@click.command("prune")
@click.option(
    "--keep",
    type=click.IntRange(min=1),
    default=7,
    show_default=True,
    help="Complete crawls to keep per site.",
)
@click.option("--dry-run", is_flag=True, help="Only count what would go.")
@settings_options
def prune(keep: int, dry_run: bool, settings: Settings) -> None:
    """Delete crawls older than each site's KEEP newest complete ones, and bodies nothing uses.

    Check runs are kept whole: reports and item history do not change.
    """
    from oitwatch.store import open_store
    from oitwatch.store.prune import prune as prune_store

    store = open_store(settings.db)
    try:
        report = prune_store(store, settings.bodies_dir, keep=keep, dry_run=dry_run)
    finally:
        store.close()
    verb = "would delete" if dry_run else "deleted"
    click.echo(
        f"{verb}: {report.crawls} crawls, {report.fetches} fetches, {report.links} links"
        + (
            ""
            if dry_run
            else f", {report.contents} bodies ({report.body_files} files, {report.bytes_freed:,} bytes)"
        )
    )
