"""``oitwatch worker``, ``oitwatch enqueue`` and ``oitwatch status``: the task queue (OITWATCH_BROKER)."""

from __future__ import annotations

import json
import logging

import click

from oitwatch._cli import DateParam, settings_options
from oitwatch.exceptions import RegistryError
from oitwatch.settings import Settings
from oitwatch.store import open_store
from schedules.registry import load_registry

__all__ = ["enqueue", "status", "worker"]


@click.command()
@click.option(
    "--threads",
    type=click.IntRange(1, 64),
    default=None,
    help="Sites checked at once [env OITWATCH_WORKER_THREADS, default 2].",
)
@click.option(
    "--grace",
    type=click.FloatRange(0),
    default=600.0,
    show_default=True,
    help="Seconds the sites being checked may take to finish after SIGTERM.",
)
@click.option(
    "--queues",
    default="sites,extract",
    show_default=True,
    help="Comma-separated queues to take: sites (crawl and check), extract (OCR documents).",
)
@click.option("-v", "--verbose", is_flag=True, help="Log every step.")
@settings_options
def worker(
    threads: int | None, grace: float, queues: str, verbose: bool, settings: Settings
) -> None:
    """Check sites and read documents from the task queue until SIGTERM (any number, any machine)."""
    from schedules.queue import QUEUES
    from schedules.worker import run_worker

    names = tuple(dict.fromkeys(q.strip() for q in queues.split(",") if q.strip()))
    unknown = [q for q in names if q not in QUEUES]
    if unknown or not names:
        raise click.BadParameter(
            f"{', '.join(unknown) or 'none'}: choose among {', '.join(QUEUES)}",
            param_hint="--queues",
        )

    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s",
    )
    run_worker(settings, threads=threads, grace=grace, queues=names)


@click.command()
@click.argument("keys", nargs=-1)
@click.option("--all", "all_sites", is_flag=True, help="Every configured site of the registry.")
@click.option(
    "--as-of", "as_of", type=DateParam(), default=None, help="Judge as of this date [the day run]."
)
@click.option(
    "--force",
    is_flag=True,
    help="Send queued (and extracting) sites' messages again, after the broker lost them; "
    "a duplicate is harmless.",
)
@settings_options
def enqueue(keys: tuple[str, ...], all_sites: bool, as_of, force: bool, settings: Settings) -> None:
    """Send sites KEY… (or --all) to the task queue for the workers.

    A site whose job is queued but whose message never reached the broker (the
    enqueuer died in between) is sent again; --force sends every queued or
    extracting one again.
    """
    from schedules.queue import TaskQueue

    if bool(keys) == all_sites:
        raise click.UsageError("name sites (KEY…) or give --all, not both")
    registry = load_registry(settings)
    sites = registry.configured() if all_sites else [registry.site(k) for k in keys]
    unconfigured = [s.key for s in sites if not s.configured]
    if unconfigured:
        raise RegistryError(f"no URL yet for {', '.join(unconfigured)} (not configured)")
    queue = TaskQueue(settings)
    try:
        report = queue.enqueue(sites, as_of=as_of, force=force)
    finally:
        queue.close()
    click.echo(
        f"enqueued {len(report.sent)} site(s); "
        + (f"sent again {len(report.resent)} site(s) not sent or lost; " if report.resent else "")
        + f"{len(report.already)} already queued or running"
        + (
            f" ({', '.join(report.already[:10])}{' …' if len(report.already) > 10 else ''})"
            if report.already
            else ""
        )
    )


@click.command()
@click.argument("keys", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@settings_options
def status(keys: tuple[str, ...], as_json: bool, settings: Settings) -> None:
    """Each site's place in the task queue: queued, running, done or failed, and its last run."""
    from schedules.queue_status import queue_status, state_counts

    registry = load_registry(settings)
    wanted = list(keys) or list(registry.sites)
    for key in wanted:
        registry.site(key)
    store = open_store(settings.db)
    try:
        rows = queue_status(store, wanted)
    finally:
        store.close()
    counts = state_counts(rows)
    if as_json:
        click.echo(
            json.dumps(
                {"counts": counts, "sites": [r.as_json() for r in rows]},
                ensure_ascii=False,
                indent=1,
            )
        )
        return
    click.echo("  ".join(f"{k} {v}" for k, v in counts.items()))
    for r in rows:
        last = r.last_run_at.isoformat(timespec="seconds") if r.last_run_at else "-"
        line = f"{r.site_key}\t{r.state or 'never'}\ttries {r.attempts}\tlast run {last}"
        if r.state == "extracting":
            line += f"\t{r.extracts_left} document(s) left to extract"
        if r.worker and r.state == "running":
            line += f"\ton {r.worker}"
        if r.error and r.state != "done":
            line += f"\t{r.error[:200]}"
        click.echo(line)
