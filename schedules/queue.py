"""Sites as messages on a task queue (Dramatiq over Redis or RabbitMQ), for workers on any machine.

    queue = TaskQueue(settings)           # settings.broker: redis://... or amqp://...
    queue.enqueue(registry.configured())  # what `oitwatch enqueue` and the nightly job do
    ...                                   # `oitwatch worker` processes check them

A message carries one site's registry entry and the id of its row in
``queue_jobs`` (the state ``oitwatch status`` shows). A worker takes the
site's host mutex and site mutex (:mod:`schedules.mutex`, Dramatiq's
distributed rate limiter on Redis) before it crawls: two machines never crawl
one host at once, and the host's delay is kept between crawls too. A busy
host sends the message back with a short delay; a site whose run fails is
sent again ``settings.schedule_retry_minutes`` later, up to
``settings.schedule_attempts`` tries.

With the real check (no ``job`` given) a site's crawl leaves its documents
needing OCR to ``extract_document`` messages on their own queue
(``<namespace>-extract``; :mod:`schedules.extract_jobs`), which any worker
takes (``oitwatch worker --queues extract`` dedicates a machine to them); the
last one sends the site's message again and the site is judged then.

Delivery is at least once (a message is acknowledged after its site is
done); a worker killed mid-site has its message delivered again, to another
worker (Redis: after ``settings.redelivery_seconds`` without its heartbeat;
RabbitMQ: when its connection drops). The job row makes that exactly once:
a delivery of a finished job, or of a job whose run was stored before its
worker died, stores nothing new (and delivers the alerts the dead worker left
in the outbox). A job row whose message never reached the broker (``sent_at``
empty: the enqueuer died in between) is sent by the next :meth:`TaskQueue.enqueue`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import socket
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import partial
from typing import Any

import dramatiq
import redis
from dramatiq.brokers.rabbitmq import RabbitmqBroker
from dramatiq.brokers.redis import RedisBroker
from dramatiq.errors import BrokerConnectionError
from dramatiq.rate_limits.backends import RedisBackend
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from crawler.extract.budget import ExtractorPool
from oitwatch.exceptions import ConfigError, OitwatchError, QueueError
from oitwatch.settings import Settings
from oitwatch.store import QueueJob, Run, Site, Store, open_store, utcnow
from schedules import extract_jobs
from schedules.mutex import held, host_key, site_key
from schedules.notify.outbox import deliver_pending
from schedules.registry import SiteEntry, make_entry
from schedules.runner import Job, check_and_alert
from schedules.window import window_from_settings

__all__ = ["ACTIVE", "FINAL", "QUEUES", "EnqueueReport", "TaskQueue", "interleave_hosts"]

log = logging.getLogger(__name__)

ACTIVE = ("queued", "running", "extracting")
QUEUES = ("sites", "extract")  # `oitwatch worker --queues`: crawl+check sites, extract documents
FINAL = ("done", "failed", "skipped")
# What a broker or Redis that cannot be reached raises.
UNREACHABLE = (BrokerConnectionError, redis.exceptions.ConnectionError, OSError)
MAINTENANCE_CHANCE = 100_000  # of a million Redis commands: dead workers are looked for often


@dataclass
class EnqueueReport:
    """What :meth:`TaskQueue.enqueue` did: job ids sent, keys left out (already queued or
    running), and queued (or extracting) jobs sent again (never sent, or ``force``)."""

    sent: dict[str, int] = field(default_factory=dict)
    already: list[str] = field(default_factory=list)
    resent: dict[str, int] = field(default_factory=dict)  # queued jobs whose message was sent again


def interleave_hosts(sites: list[SiteEntry]) -> list[SiteEntry]:
    """The sites in round-robin order of their hosts, so that workers taking the queue's
    front find different hosts free instead of waiting on one."""
    groups: dict[str, list[SiteEntry]] = defaultdict(list)
    for site in sites:
        groups[site.host].append(site)
    out: list[SiteEntry] = []
    while groups:
        for host in list(groups):
            out.append(groups[host].pop(0))
            if not groups[host]:
                del groups[host]
    return out


def _site_message(site: SiteEntry) -> dict[str, Any]:
    return {"key": site.key, **site.model_dump(mode="json")}


def _site_entry(data: dict[str, Any]) -> SiteEntry:
    fields = dict(data)
    key = fields.pop("key")
    return make_entry(f"message of {key}", key, fields)  # type: ignore[arg-type]


def _worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class TaskQueue:
    """The broker, the site actor and the mutex backend built from ``settings`` (one per process).

    ``job`` replaces :func:`checklist.check_site` (as in :func:`schedules.runner.run_site`).
    """

    def __init__(self, settings: Settings, *, job: Job | None = None):
        if not settings.broker:
            raise ConfigError(
                "no task-queue broker configured: set OITWATCH_BROKER "
                "(redis://… or amqp://…), or check sites in this process with "
                "`oitwatch schedule now KEY`"
            )
        self.settings = settings
        self.job = job
        ns = settings.queue_namespace
        if settings.broker.startswith("redis"):
            self.broker: dramatiq.Broker = RedisBroker(
                url=settings.broker,
                namespace=ns,
                heartbeat_timeout=int(settings.redelivery_seconds * 1000),
                maintenance_chance=MAINTENANCE_CHANCE,
            )
        else:
            self.broker = RabbitmqBroker(url=settings.broker)
        limits = settings.rate_limits or (
            settings.broker if settings.broker.startswith("redis") else ""
        )
        if not limits:
            raise ConfigError(
                "a RabbitMQ broker needs OITWATCH_RATE_LIMITS (a redis:// URL) for the "
                "per-host mutexes"
            )
        self.limits = RedisBackend(url=limits)
        self.mutex_prefix = f"{ns}:mutex:"
        self.site_actor = dramatiq.Actor(
            self._check_site,
            broker=self.broker,
            actor_name=f"{ns}.check_site",
            queue_name=f"{ns}-sites",
            priority=0,
            options={
                "max_retries": 0,  # retries are ours (schedule_attempts), counted in queue_jobs
                "time_limit": int((settings.crawl_timeout + 3600) * 1000),
            },
        )
        self.extract_actor = dramatiq.Actor(
            self._extract_document,
            broker=self.broker,
            actor_name=f"{ns}.extract_document",
            queue_name=f"{ns}-extract",
            priority=0,
            options={
                # Dramatiq's retries: an extract job is idempotent (stored once, see extract_jobs).
                "max_retries": 3,
                "min_backoff": 5_000,
                "time_limit": int((settings.extract_timeout + 600) * 1000),
            },
        )
        self._store: Store | None = None
        self._pool: ExtractorPool | None = None

    # --- the enqueuing side ---------------------------------------------------------------

    def store(self) -> Store:
        """The store of this process (opened on first use)."""
        if self._store is None:
            self._store = open_store(self.settings.db)
        return self._store

    def queue_names(self, queues: tuple[str, ...] = QUEUES) -> set[str]:
        """The broker's names of ``queues`` (short names of :data:`QUEUES`)."""
        return {f"{self.settings.queue_namespace}-{q}" for q in queues}

    def enqueue(
        self,
        sites: list[SiteEntry],
        *,
        as_of: date | None = None,
        night: date | None = None,
        force: bool = False,
    ) -> EnqueueReport:
        """Send one message per site (hosts interleaved); a site with a job still queued or
        running is left out, and so is one already enqueued for ``night`` (the nightly job of
        every machine fires: one of them creates each site's job).

        A queued job whose message never reached the broker (its enqueuer died between the
        row and the send, ``redelivery_seconds`` ago or more) is sent now; with ``force``
        every queued job's message is sent again (after the broker lost its messages). A
        duplicate message is harmless: the job row lets one delivery check the site. ``force``
        also re-sends an ``extracting`` job's message, whose delivery sends its pending extract
        jobs' messages again.
        """
        store = self.store()
        report = EnqueueReport()
        for site in interleave_hosts([s for s in sites if s.configured]):
            job_id = self._new_job(store, site.key, as_of=as_of, night=night)
            job_as_of = as_of
            if job_id is None:
                stuck = self._unsent(store, site.key, force=force)
                if stuck is None:
                    report.already.append(site.key)
                    continue
                job_id, job_as_of = stuck
                report.resent[site.key] = job_id
            else:
                report.sent[site.key] = job_id
            try:
                self.site_actor.send(
                    job_id, _site_message(site), job_as_of.isoformat() if job_as_of else None
                )
            except UNREACHABLE as exc:
                if site.key in report.sent:
                    self._set(store, job_id, state="failed", error=f"not sent: {exc}")
                raise QueueError(f"cannot reach the broker {self.settings.broker}: {exc}") from exc
            self._set(store, job_id, sent_at=utcnow())
        return report

    def _unsent(self, store: Store, key: str, *, force: bool) -> tuple[int, date | None] | None:
        """The site's queued job to send (again): never sent and not just made; with ``force``
        any queued or extracting one."""
        bound = utcnow() - timedelta(seconds=self.settings.redelivery_seconds)
        query = select(QueueJob.id, QueueJob.as_of).where(QueueJob.site_key == key)
        if force:  # an extracting job's message re-sends its pending extract jobs' messages
            query = query.where(QueueJob.state.in_(("queued", "extracting")))
        else:
            query = query.where(
                QueueJob.state == "queued",
                QueueJob.sent_at.is_(None),
                QueueJob.enqueued_at < bound,
            )
        with store.session() as s:
            row = s.execute(query.order_by(QueueJob.id.desc()).limit(1)).first()
        return None if row is None else (row.id, row.as_of)

    def _new_job(
        self, store: Store, key: str, *, as_of: date | None, night: date | None
    ) -> int | None:
        try:
            with store.session() as s:
                active = s.scalar(
                    select(QueueJob.id)
                    .where(QueueJob.site_key == key, QueueJob.state.in_(ACTIVE))
                    .limit(1)
                )
                if active is not None:
                    return None
                job = QueueJob(
                    site_key=key,
                    dedupe=f"{key}@{night.isoformat()}" if night else None,
                    state="queued",
                    as_of=as_of,
                )
                s.add(job)
                s.flush()
                return job.id
        except IntegrityError:  # this night's job of the site exists (another machine made it)
            return None

    # --- the worker side ----------------------------------------------------------------

    def _set(self, store: Store, job_id: int, **values: Any) -> None:
        with store.session() as s:
            s.execute(update(QueueJob).where(QueueJob.id == job_id).values(**values))

    def extractor(self) -> ExtractorPool:
        """This process's extraction workers (one per worker thread, made on first use)."""
        if self._pool is None:
            self._pool = ExtractorPool(self.settings, size=self.settings.worker_threads)
        return self._pool

    def _extract_document(
        self, extract_id: int, job_id: int, site_data: dict[str, Any], as_of: str | None
    ) -> None:
        """The extract actor: read (OCR) one document, store it once, send the check if last."""
        store = self.store()
        reading = extract_jobs.read_document(store, self.settings, self.extractor(), extract_id)
        if reading is not None and extract_jobs.store_reading(store, reading, _worker_name()):
            log.info(
                "extract job %s: %s read (%s)",
                extract_id,
                reading.sha256[:12],
                reading.result.method if reading.result else "read by another job",
            )
        else:
            log.info("extract job %s: done before, nothing stored", extract_id)
        with store.session() as s:
            crawl_id = s.scalar(select(QueueJob.crawl_id).where(QueueJob.id == job_id))
        # Also on a redelivery whose first delivery stored and died before sending this.
        if crawl_id is not None and extract_jobs.ready_to_check(store, crawl_id) is not None:
            self.site_actor.send(job_id, site_data, as_of)

    def _check_site(self, job_id: int, site_data: dict[str, Any], as_of: str | None) -> None:
        """The actor: check one site under its host's and its own mutex, exactly once."""
        store = self.store()
        with store.session() as s:
            row = s.get(QueueJob, job_id)
            if row is None or row.state in FINAL:
                log.info("job %s already %s: nothing to do", job_id, row and row.state)
                return
        site = _site_entry(site_data)
        names = [host_key(site.host), site_key(site.key)]
        lease = self.settings.host_lease_seconds
        with held(self.limits, names, lease=lease, prefix=self.mutex_prefix) as got:
            if not got:
                self._later(job_id, site_data, as_of, busy=True)
                return
            try:
                self._run(store, job_id, site, as_of)
            finally:
                # The host's delay holds between two crawls too, whichever workers run them.
                time.sleep(self.settings.delay)

    def _later(
        self, job_id: int, site_data: dict[str, Any], as_of: str | None, *, busy: bool
    ) -> None:
        if busy:
            delay_ms = int(1000 * max(1.0, 2 * self.settings.delay) * random.uniform(1, 3))
        else:
            delay_ms = int(self.settings.schedule_retry_minutes * 60_000)
        self.site_actor.send_with_options(args=(job_id, site_data, as_of), delay=delay_ms)

    def _run(self, store: Store, job_id: int, site: SiteEntry, as_of: str | None) -> None:
        with store.session() as s:
            row = s.get(QueueJob, job_id)
            assert row is not None
            if row.state in FINAL:  # finished by another delivery while this one waited
                return
            crawl_id = row.crawl_id if row.state == "extracting" else None
            if crawl_id is not None and row.extracts_left > 0:
                waiting = True  # a redelivery: (re)send the extract jobs, idempotent
            else:
                waiting = False
                if crawl_id is None:  # the crawl phase (the check phase is the same try)
                    row.state, row.attempts = "running", row.attempts + 1
                    row.worker, row.started_at = _worker_name(), utcnow()
            attempts, enqueued = row.attempts, row.enqueued_at
            # A run stored after the job was enqueued: an earlier delivery got that far
            # before its worker died. Store nothing twice.
            stored = s.scalar(
                select(Run.id)
                .join(Site, Run.site_id == Site.id)
                .where(Site.key == site.key, Run.created_at >= enqueued)
                .order_by(Run.id)
                .limit(1)
            )
            if stored is not None:
                row.state, row.run_id, row.finished_at = "done", stored, utcnow()
                site_id = s.scalar(select(Run.site_id).where(Run.id == stored))
                log.info("%s: run %s was stored by an earlier delivery", site.key, stored)
        if stored is not None:
            # Its alerts were queued with the run; the dead worker may not have sent them.
            deliver_pending(store, self.settings, site_id)
            return
        if waiting:
            self._send_extracts(extract_jobs.pending_extracts(store, crawl_id), job_id, site, as_of)
            return
        tz = window_from_settings(self.settings).tz
        now = datetime.now(tz)
        if as_of:
            now = datetime.combine(date.fromisoformat(as_of), now.timetz())
        try:
            job = self.job
            if job is None:  # the real check: documents needing OCR become extract jobs
                from checklist.run import check_site, crawl_to_check

                if crawl_id is None:
                    crawl_id = crawl_to_check(
                        self.settings, site.url or "", site_key=site.key, defer_ocr=True
                    ).crawl_id
                    pending = extract_jobs.start_extracting(store, job_id, crawl_id)
                    if pending:
                        self._send_extracts(pending, job_id, site, as_of)
                        return  # the last extract job sends this site's message again
                job = partial(check_site, crawl_id=crawl_id)
            outcome = check_and_alert(self.settings, store, site, job=job, now=now)
        except OitwatchError as exc:
            log.warning("%s failed: %s", site.key, exc)
            self._failed(store, job_id, site, as_of, attempts, str(exc))
            return
        except Exception as exc:  # one site's crash must not end the worker; logged in full
            log.exception("%s crashed", site.key)
            self._failed(store, job_id, site, as_of, attempts, f"{type(exc).__name__}: {exc}")
            return
        self._set(store, job_id, state="done", run_id=outcome.run_id, finished_at=utcnow())

    def _send_extracts(
        self, extract_ids: list[int], job_id: int, site: SiteEntry, as_of: str | None
    ) -> None:
        log.info("%s: %d document(s) to extract on any worker", site.key, len(extract_ids))
        data = _site_message(site)
        for extract_id in extract_ids:
            self.extract_actor.send(extract_id, job_id, data, as_of)

    def _failed(
        self,
        store: Store,
        job_id: int,
        site: SiteEntry,
        as_of: str | None,
        attempts: int,
        error: str,
    ) -> None:
        if attempts < self.settings.schedule_attempts:
            self._set(store, job_id, state="queued", error=error)
            self._later(job_id, _site_message(site), as_of, busy=False)
        else:
            self._set(store, job_id, state="failed", error=error, finished_at=utcnow())

    def close(self) -> None:
        """Close the broker's connections and the store."""
        with contextlib.suppress(*UNREACHABLE):
            self.broker.close()
        if self._pool is not None:
            self._pool.close()
            self._pool = None
        if self._store is not None:
            self._store.close()
            self._store = None
