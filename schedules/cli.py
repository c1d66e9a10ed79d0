"""``oitwatch sites ...`` (the registry) and ``oitwatch schedule ...`` (the nightly daemon)."""

from __future__ import annotations

import functools
import json
import logging
from datetime import date, datetime
from pathlib import Path

import click
import yaml

from oitwatch._cli import OitwatchGroup, settings_options
from oitwatch.exceptions import ConfigError, RegistryError
from oitwatch.settings import Settings
from oitwatch.store import open_store
from oitwatch.thai import thai_to_arabic
from schedules.registry import load_registry, make_entry, registry_path, save_registry
from schedules.window import format_when, window_from_settings

__all__ = ["schedule", "sites"]

NOT_CONFIGURED = "ยังไม่ได้ตั้งค่า (not configured)"


@click.group(cls=OitwatchGroup)
def sites() -> None:
    """ทะเบียนเว็บไซต์ (site registry): which sites are checked each night, and who is told."""


@sites.command("list")
@settings_options
def sites_list(settings: Settings) -> None:
    """List every site of the registry; sites without a URL are not crawled."""
    registry = load_registry(settings)
    click.echo(f"# {registry_path(settings)}")
    for key, site in registry.sites.items():
        url = site.url or NOT_CONFIGURED
        owners = sum(len(v) for v in site.owners.values())
        click.echo(
            f"{key}\t{site.code or '-'}\t{site.name_th}\t{url}\t{site.framework}\towners:{owners}"
        )


@sites.command("show")
@click.argument("key")
@settings_options
def sites_show(key: str, settings: Settings) -> None:
    """Show one site's registry entry."""
    site = load_registry(settings).site(key)
    data = {key: site.model_dump()}
    click.echo(yaml.safe_dump(data, allow_unicode=True, sort_keys=False).rstrip())
    if not site.configured:
        click.echo(f"# {NOT_CONFIGURED}")


def _owner(value: str) -> tuple[str, str]:
    unit, sep, email = value.partition("=")
    if not sep or not unit.strip() or not email.strip():
        raise ConfigError(f"--owner wants UNIT=EMAIL, got {value!r}")
    return unit.strip(), email.strip()


@sites.command("add")
@click.argument("key")
@click.option(
    "--url", required=True, help="Start URL of the site (its path prefix is the crawl scope)."
)
@click.option("--name-th", default=None, help="Thai name, e.g. บางกอกน้อย.")
@click.option("--name-en", default=None, help="English name.")
@click.option("--framework", default=None, help="Rule set id [default bma-2567].")
@click.option(
    "--owner",
    "owners",
    multiple=True,
    metavar="UNIT=EMAIL",
    help="Add an owner unit's address (repeatable).",
)
@click.option("--coordinator", default=None, metavar="EMAIL", help="Address told about every item.")
@click.option("--webhook", default=None, help="The site's own webhook URL.")
@settings_options
def sites_add(
    key: str,
    url: str,
    name_th: str | None,
    name_en: str | None,
    framework: str | None,
    owners: tuple[str, ...],
    coordinator: str | None,
    webhook: str | None,
    settings: Settings,
) -> None:
    """Add site KEY (or update an existing one with what is given).

    Changing an existing site's --url keeps its key, so its runs and history
    continue under the new address (http -> https, a new host or folder).
    """
    if framework is not None:
        from rules import load_framework

        framework = load_framework(framework).id  # unknown ids are refused here, not at night
    registry = load_registry(settings)
    old = registry.sites.get(key)
    data = old.model_dump() if old else {}
    data["url"] = url
    for name, value in (("name_th", name_th), ("name_en", name_en), ("framework", framework)):
        if value is not None:
            data[name] = value
    if coordinator is not None:
        data["coordinator"] = coordinator
    if webhook is not None:
        data["webhook"] = webhook
    units = data.setdefault("owners", {})
    for unit, email in map(_owner, owners):
        units.setdefault(unit, [])
        if email not in units[unit]:
            units[unit].append(email)
    path = registry_path(settings)
    try:
        registry.sites[key] = make_entry(path, key, data)
    except RegistryError as exc:  # a value given on the command line: a bad option (exit 2)
        raise ConfigError(str(exc)) from exc
    save_registry(registry, path)
    click.echo(f"{'updated' if old else 'added'} {key} ({url})")


@sites.command("import")
@click.argument("csv_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Check the file; change nothing.")
@settings_options
def sites_import(csv_file: Path, dry_run: bool, settings: Settings) -> None:
    """Add or update the sites of CSV_FILE (key, name_th, url, framework, owners ...).

    Bad rows are refused, each with its line number, and the rest imported;
    the exit status is 1 when a row was refused. See schedules/sites_csv.py
    for the columns.
    """
    from rules import framework_ids
    from schedules.sites_csv import merge_sites, read_sites_csv

    read = read_sites_csv(csv_file, frameworks=set(framework_ids()))
    for error in read.errors:
        click.echo(error, err=True)
    registry = load_registry(settings)
    added, updated = merge_sites(registry, read.entries)
    if not dry_run and read.entries:
        save_registry(registry, registry_path(settings))
    verb = "would import" if dry_run else "imported"
    click.echo(
        f"{verb} {len(read.entries)} site(s) ({added} new, {updated} updated); "
        f"refused {len(read.errors)} row(s)"
    )
    if read.errors:
        raise SystemExit(1)


@sites.command("remove")
@click.argument("key")
@settings_options
def sites_remove(key: str, settings: Settings) -> None:
    """Remove site KEY from the registry (its stored runs stay)."""
    registry = load_registry(settings)
    registry.site(key)
    del registry.sites[key]
    save_registry(registry, registry_path(settings))
    click.echo(f"removed {key}")


@click.group(cls=OitwatchGroup)
def schedule() -> None:
    """ตรวจประจำคืน (nightly schedule): crawl and check every configured site, then alert."""


@schedule.command("run")
@click.option("-v", "--verbose", is_flag=True, help="Log every step.")
@settings_options
def schedule_run(verbose: bool, settings: Settings) -> None:
    """Run the scheduler until SIGTERM or Ctrl-C (jobs persist in the store)."""
    from schedules.daemon import Daemon

    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    daemon = Daemon(settings)
    click.echo(
        f"oitwatch schedule: window {settings.schedule_window} {settings.timezone}; Ctrl-C to stop",
        err=True,
    )
    daemon.run_forever()


@schedule.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@settings_options
def schedule_list(as_json: bool, settings: Settings) -> None:
    """Next run of every site (Thai date, Buddhist era, and ISO), in each host's walk order."""
    from schedules.daemon import Daemon
    from schedules.nightly import walk_order
    from schedules.runner import last_run_at

    window = window_from_settings(settings)
    registry = load_registry(settings)
    daemon = Daemon(settings)
    daemon.scheduler.start(paused=True)
    try:
        stored = {j.id.removeprefix("nightly:"): j.next_run_time for j in daemon.nightly_jobs()}
        computed = daemon.trigger().get_next_fire_time(None, datetime.now(window.tz))
        rows: dict[str, dict] = {
            k: {"site_key": k, "name_th": s.name_th} for k, s in registry.sites.items()
        }
        for host, group in registry.by_host().items():
            for pos, site in enumerate(walk_order(daemon.store, group), 1):
                last = last_run_at(daemon.store, site.key)
                rows[site.key].update(
                    host=host,
                    order=f"{pos}/{len(group)}",
                    next_run=stored.get(host) or computed,
                    last_run=last,
                )
    finally:
        daemon.shutdown(wait=False)
    if as_json:
        out = [
            {
                **r,
                "next_run": r["next_run"].isoformat() if r.get("next_run") else None,
                "last_run": r["last_run"].isoformat() if r.get("last_run") else None,
            }
            for r in rows.values()
        ]
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    for r in rows.values():
        if r.get("next_run") is None:
            click.echo(f"{r['site_key']}\t{r['name_th']}\t{NOT_CONFIGURED}")
            continue
        when = format_when(r["next_run"], window.tz)
        click.echo(
            f"{r['site_key']}\t{r['name_th']}\t{when}\tลำดับ (order) {r['order']} @ {r['host']}"
        )


def _as_of(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(thai_to_arabic(value.strip()))
    except ValueError as exc:
        raise ConfigError(f"--as-of wants a date YYYY-MM-DD, got {value!r}") from exc


@schedule.command("now")
@click.argument("key")
@click.option(
    "--as-of", "as_of", default=None, metavar="YYYY-MM-DD", help="Judge as of this date [today]."
)
@settings_options
def schedule_now(key: str, as_of: str | None, settings: Settings) -> None:
    """Crawl and check site KEY now, in the foreground, then send its alerts."""
    from checklist import check_site
    from schedules.runner import run_site

    site = load_registry(settings).site(key)
    if not site.configured:
        raise RegistryError(f"site {key!r} has no URL yet ({NOT_CONFIGURED})")
    tz = window_from_settings(settings).tz
    now = datetime.now(tz)
    day = _as_of(as_of)
    if day is not None:
        now = datetime.combine(day, now.time(), tz)
    store = open_store(settings.db)
    try:
        job = functools.partial(check_site, progress=True)
        outcome = run_site(settings, store, site, now=now, job=job)
    finally:
        store.close()
    ch = outcome.changes
    click.echo(
        f"{key}: run {outcome.run_id}; ไม่ผ่านใหม่ (newly failing) {len(ch.get('newly_failing', []))}, "
        f"ผ่านใหม่ (newly passing) {len(ch.get('newly_passing', []))}; "
        f"alerts queued {outcome.queued}, sent {outcome.sent}, undelivered {outcome.undelivered}"
    )
