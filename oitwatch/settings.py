"""Every setting oitwatch reads, declared once, typed, with its default.

Values come from keyword arguments, then ``OITWATCH_*`` environment variables,
then the defaults below. Nothing else in the code base reads ``os.environ``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs
from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from oitwatch import __version__
from oitwatch.addresses import AddressPolicy, parse_allow_list
from oitwatch.exceptions import ConfigError

__all__ = ["Settings"]

MiB = 1024 * 1024


class Settings(BaseSettings):
    """oitwatch's settings; every field is ``OITWATCH_<NAME>`` in the environment."""

    model_config = SettingsConfigDict(env_prefix="OITWATCH_", extra="forbid", validate_default=True)

    data_dir: Path = Field(
        default_factory=lambda: platformdirs.user_data_path("oitwatch"),
        description="Where the SQLite store, document bodies and reports live.",
    )
    db: str = Field("", description="SQLAlchemy URL of the store; empty means SQLite in data_dir.")
    contact: str = Field(
        "oitwatch-operator@localhost",
        description="Contact address sent in the crawler's User-Agent; operators must set theirs.",
    )
    delay: float = Field(
        1.0, ge=0, description="Seconds between requests to one host (0 lifts throttling)."
    )
    concurrency_per_host: int = Field(1, ge=1, le=8, description="Parallel requests to one host.")
    max_pages: int = Field(
        3000,
        ge=1,
        description="Most URLs one crawl asks; past it, the documents of the pages read are "
        "still asked, up to a quarter as many more.",
    )
    max_depth: int = Field(8, ge=1, description="Most clicks from the start URL.")
    max_bytes: int = Field(
        50 * MiB,
        ge=1024,
        description="Largest response downloaded; larger ones are recorded as too large.",
    )
    download_timeout: float = Field(30.0, gt=0, description="Seconds one request may take.")
    crawl_timeout: float = Field(
        3 * 3600.0, gt=0, description="Hard limit, in seconds, of one crawl process."
    )
    revisit_max_days: int = Field(
        8,
        ge=0,
        le=60,
        description=(
            "Longest back-off, in days, before a URL seen unchanged is asked again "
            "(1, 2, 4 ... days); 0 asks for every URL on every crawl."
        ),
    )
    revisit_spread: bool = Field(
        True,
        description=(
            "Stagger the back-off by a per-URL offset (a hash of its path), so URLs first "
            "seen the same night do not all come due together; off: each URL is asked once "
            "its period has passed since its last answer."
        ),
    )
    retry_after_max: float = Field(
        120.0, ge=0, description="Longest Retry-After (429/503), in seconds, a crawl waits for."
    )
    crawl_delay_max: float = Field(
        60.0,
        ge=0,
        description=(
            "Longest robots.txt Crawl-delay, in seconds, honoured per host (a longer one is "
            "cut to this); 0 ignores Crawl-delay (for copies of sites served on loopback)."
        ),
    )
    allow_private: str = Field(
        "",
        description=(
            "Private, loopback, link-local or reserved addresses the crawler may fetch from "
            "(comma-separated addresses, networks or address:port, e.g. 10.20.0.0/16, "
            "127.0.0.1:8570); empty: public addresses only."
        ),
    )
    render_pages: int = Field(
        30,
        ge=0,
        description=(
            "Most JavaScript-built pages (an empty HTML shell loading scripts) one crawl "
            "renders in Chromium; 0 turns rendering off."
        ),
    )
    page_images: int = Field(
        0,
        ge=0,
        description=(
            "Most pictures in pages' content (a notice scanned as JPG, an infographic) one "
            "crawl fetches and OCRs as the page's evidence (at most 6 a page; logos, banners, "
            "menu buttons and small pictures are left alone); 0 (the default until the "
            "checker judges pictures) turns it off."
        ),
    )
    image_max_bytes: int = Field(
        5_242_880,
        ge=1024,
        description="Largest picture in a page's content downloaded to be read.",
    )
    ocr: bool = Field(
        True, description="OCR unreadable PDFs with Tesseract (Thai) when it is installed."
    )
    ocr_max_pages: int = Field(10, ge=1, description="Most pages of one document sent to OCR.")
    ocr_workers: int = Field(2, ge=1, le=16, description="Pages of one document OCR'd at once.")
    ocr_as_of: date | None = Field(
        None,
        description="Date OCR'd years are read against (default today); a check as of a past "
        "date crawls with it.",
    )
    extract_timeout: float = Field(
        300.0, gt=0, description="Seconds one document's extraction (OCR included) may take."
    )
    extract_memory_mb: int = Field(
        2048, ge=256, description="Address space (MiB) of one extraction worker and its OCR."
    )
    extract_max_chars: int = Field(
        2_000_000, ge=1000, description="Characters of text kept from one document."
    )
    timezone: str = Field("Asia/Bangkok", description="Time zone of schedules and as-of dates.")
    secret_key: str = Field(
        "", description="Key signing web sessions; empty makes one per data_dir."
    )
    base_url: str = Field(
        "http://127.0.0.1:8570", description="Public URL of the web UI, for links in notifications."
    )
    chromium: str = Field(
        "",
        description=(
            "Chromium binary that prints PDF reports and renders JavaScript-built pages; "
            "empty finds chromium on PATH."
        ),
    )
    smtp_host: str = Field("", description="SMTP server for e-mail alerts; empty disables e-mail.")
    smtp_port: int = Field(587, description="SMTP port.")
    smtp_tls: str = Field(
        "starttls", pattern="^(starttls|ssl|none)$", description="starttls, ssl or none."
    )
    smtp_user: str = Field("", description="SMTP user name.")
    smtp_password: str = Field("", description="SMTP password.")
    smtp_from: str = Field("oitwatch@localhost", description="From address of e-mail alerts.")
    webhook_url: str = Field("", description="URL receiving JSON alerts; empty disables webhooks.")
    sites_file: Path | None = Field(
        None, description="The site registry (YAML); empty means data_dir/sites.yaml."
    )
    schedule_window: str = Field(
        "01:00-05:00",
        pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]$",
        description="Nightly window (HH:MM-HH:MM, local time) in which scheduled crawls start.",
    )
    schedule_retry_minutes: float = Field(
        30.0, gt=0, description="Minutes before a failed site is tried again."
    )
    schedule_attempts: int = Field(
        3, ge=1, le=10, description="Most tries of one site in one night."
    )
    schedule_workers: int = Field(
        4, ge=1, le=32, description="Hosts crawled in parallel (sites on one host never are)."
    )
    notify_attempts: int = Field(
        3, ge=1, le=10, description="Delivery tries of one alert in one run."
    )
    notify_backoff: float = Field(
        2.0, ge=0, description="Seconds before the first delivery retry (doubling)."
    )
    notify_timeout: float = Field(
        10.0, gt=0, description="Seconds one SMTP or webhook delivery may take."
    )
    notify_max_tries: int = Field(
        12, ge=1, description="Delivery tries of one alert over all runs before giving up."
    )
    deadline_notice_days: int = Field(
        30, ge=1, description="Days before a due date that a failing item is flagged."
    )
    bodies_dir: Path | None = Field(
        None,
        description=(
            "Where document bodies are kept (one file per content hash); empty means "
            "data_dir/bodies. On several machines: one shared folder (NFS) every machine mounts."
        ),
    )
    broker: str = Field(
        "",
        pattern=r"^$|^(redis|rediss|amqp|amqps)://",
        description=(
            "Task-queue broker (redis://host:6379/0 or amqp://user:pass@host:5672/): "
            "`oitwatch worker` processes on any machine take the sites; empty runs "
            "everything in one process."
        ),
    )
    rate_limits: str = Field(
        "",
        pattern=r"^$|^rediss?://",
        description=(
            "Redis URL of the per-host mutexes shared by all workers; empty means the "
            "broker's URL when the broker is Redis (required with RabbitMQ)."
        ),
    )
    queue_namespace: str = Field(
        "oitwatch",
        pattern=r"^[a-z0-9][a-z0-9_-]{0,39}$",
        description="Prefix of the queue names and mutex keys in the broker and Redis.",
    )
    worker_threads: int = Field(
        2, ge=1, le=64, description="Sites one `oitwatch worker` process checks at once."
    )
    redelivery_seconds: float = Field(
        60.0,
        ge=1,
        description=(
            "Seconds without a heartbeat after which a dead worker's jobs go to another "
            "worker (Redis broker; RabbitMQ redelivers when the connection drops)."
        ),
    )
    host_lease_seconds: float = Field(
        60.0,
        ge=1,
        description=(
            "Lease of a host's crawl mutex (and of the scheduler's host and site locks), "
            "renewed while its crawl runs: a dead worker's hosts are free again after at "
            "most this long."
        ),
    )

    @field_validator("db")
    @classmethod
    def _known_database(cls, v: str) -> str:
        if not v:
            return v
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError, NoSuchModuleError

        try:
            make_url(v).get_dialect()
        except (ArgumentError, NoSuchModuleError, ValueError) as exc:
            raise ValueError(
                "not a database URL oitwatch can open (e.g. sqlite:///PATH or "
                "postgresql://USER@HOST/DB)"
            ) from exc
        return v

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (e.g. Asia/Bangkok)") from None
        return value

    @field_validator("allow_private")
    @classmethod
    def _allow_list(cls, value: str) -> str:
        try:
            parse_allow_list(value)
        except ConfigError as exc:
            raise ValueError(str(exc)) from None
        return value

    @model_validator(mode="after")
    def _default_db(self) -> Settings:
        if not self.db:
            self.db = f"sqlite:///{self.data_dir / 'oitwatch.db'}"
        if self.bodies_dir is None:
            self.bodies_dir = self.data_dir / "bodies"
        return self

    @property
    def user_agent(self) -> str:
        """The crawler's identifying User-Agent."""
        return f"oitwatch/{__version__} (OIT disclosure checker; +mailto:{self.contact})"

    @property
    def address_policy(self) -> AddressPolicy:
        """Which addresses the crawler and the checklist probe may fetch from."""
        return AddressPolicy.parse(self.allow_private)
