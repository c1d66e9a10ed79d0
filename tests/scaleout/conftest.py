"""Fixtures of the scale-out tests: settings and a store on a throw-away PostgreSQL database.

The database itself comes from the shared ``pg_url`` fixture (tests/conftest.py):
``oitwatch_test_<hex>``, created for the test and dropped after it.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from oitwatch.settings import Settings
from oitwatch.store import Store, open_store
from schedules.registry import Registry, SiteEntry, registry_path, save_registry

from .queueing import REDIS, Workers


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


@pytest.fixture
def redis_url() -> Iterator[str]:
    """The Redis service, or a skip saying it is absent."""
    import redis

    client = redis.Redis.from_url(REDIS, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.exceptions.ConnectionError as exc:
        pytest.skip(f"Redis not reachable on 127.0.0.1:6379: {exc}")
    yield REDIS
    client.close()


@pytest.fixture
def queue_settings(pg_url: str, redis_url: str, tmp_path: Path) -> Iterator[Settings]:
    """Settings on the throw-away PostgreSQL database and a namespace of its own in Redis."""
    import redis

    ns = f"t{secrets.token_hex(5)}"
    settings = Settings(
        data_dir=tmp_path / "data",
        db=pg_url,
        broker=redis_url,
        queue_namespace=ns,
        delay=0.3,
        redelivery_seconds=3,
        host_lease_seconds=3,
        contact="tests@oitwatch.invalid",
    )
    yield settings
    client = redis.Redis.from_url(redis_url)
    for key in client.scan_iter(f"{ns}*"):
        client.delete(key)
    client.close()


@pytest.fixture
def workers(queue_settings: Settings, tmp_path: Path) -> Iterator[Workers]:
    (tmp_path / "logs").mkdir()
    w = Workers(queue_settings, tmp_path / "logs")
    yield w
    w.stop_all()
