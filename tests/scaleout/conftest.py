"""Fixtures of the scale-out tests: settings and a store on a throw-away PostgreSQL database.

The database itself comes from the shared ``pg_url`` fixture (tests/conftest.py):
``oitwatch_test_<hex>``, created for the test and dropped after it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from oitwatch.settings import Settings
from oitwatch.store import Store, open_store
from schedules.registry import Registry, SiteEntry, registry_path, save_registry


@pytest.fixture
def pg_settings(pg_url: str, tmp_path: Path) -> Settings:
    """Settings whose store is the throw-away PostgreSQL database; no throttling on loopback."""
    return Settings(
        data_dir=tmp_path / "data", db=pg_url, delay=0, contact="tests@oitwatch.invalid"
    )


@pytest.fixture
def pg_store(pg_settings: Settings) -> Iterator[Store]:
    """The migrated PostgreSQL store of ``pg_settings``."""
    store = open_store(pg_settings.db)
    yield store
    store.close()


def write_registry(settings: Settings, urls: dict[str, str]) -> Registry:
    """A site registry (key -> URL, Thai names) written where ``settings`` reads it."""
    sites = {}
    for key, url in urls.items():
        entry = SiteEntry(name_th=f"สำนักงานเขต {key}", name_en=f"District {key}", url=url)
        entry._key = key
        sites[key] = entry
    registry = Registry(sites=sites)
    path = registry_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    save_registry(registry, path)
    return registry
