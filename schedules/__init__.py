"""Schedules and notifications: the site registry, the nightly crawl-and-check, alerts.

registry = load_registry(settings)            # data_dir/sites.yaml
run_site(settings, store, registry.site("bangkoknoi"))   # one site now
Daemon(settings).run_forever()                # the nightly scheduler
"""

from __future__ import annotations

from schedules.daemon import Daemon
from schedules.locks import acquire, release
from schedules.nightly import WalkReport, walk_host
from schedules.registry import Registry, SiteEntry, load_registry, registry_path, save_registry
from schedules.runner import SiteOutcome, default_job, run_site
from schedules.window import Window, window_from_settings

__all__ = [
    "Daemon",
    "Registry",
    "SiteEntry",
    "SiteOutcome",
    "WalkReport",
    "Window",
    "acquire",
    "default_job",
    "load_registry",
    "registry_path",
    "release",
    "run_site",
    "save_registry",
    "walk_host",
    "window_from_settings",
]
