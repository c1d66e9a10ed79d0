"""OCR as its own queue jobs, with real services: Redis, PostgreSQL, worker processes, Tesseract.

A site with a scanned PDF is crawled by a worker taking only ``sites``; the
scan is read by a worker taking only ``extract``; the site is judged after.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import redis
from sqlalchemy import func, select

from crawler.extract import EXTRACTOR_VERSION
from oitwatch.demo.documents import make_pdf, make_scanned_pdf
from oitwatch.devserver import SiteServer
from oitwatch.settings import Settings
from oitwatch.store import Content, ExtractJob, OcrText, QueueJob, Run, open_store
from schedules.queue import TaskQueue
from schedules.registry import load_registry

from .conftest import write_registry
from .queueing import Workers, _enqueue, _jobs, _runs, _wait, tiny_site

pytestmark = [
    pytest.mark.redis,
    pytest.mark.postgres,
    pytest.mark.skipif(
        not (shutil.which("tesseract") and shutil.which("pdftoppm")),
        reason="needs tesseract-ocr-tha and poppler-utils",
    ),
]

SCAN_LINES = ["ประกาศองค์การบริหารส่วนตำบล", "เรื่อง แผนการจัดซื้อจัดจ้าง ประจำปี"]


def scan_site(root: Path, slug: str, *, scan_pages: int = 1) -> None:
    """A tiny site whose home page links a text PDF and a scan of ``scan_pages`` pages."""
    tiny_site(root, slug)
    docs = root / slug / "docs"
    docs.mkdir()
    (docs / "plan.pdf").write_bytes(make_pdf([["แผนปฏิบัติการประจำปี", "ปีงบประมาณ พ.ศ. ๒๕๖๘"]]))
    lines = SCAN_LINES * scan_pages * 12  # about a page of text per 24 lines
    (docs / "scan.pdf").write_bytes(make_scanned_pdf(lines, scale=1))
    index = root / slug / "index.html"
    index.write_text(
        index.read_text(encoding="utf-8").replace(
            "</ul>",
            '<li><a href="docs/plan.pdf">แผน</a></li><li><a href="docs/scan.pdf">ประกาศ</a></li></ul>',
        ),
        encoding="utf-8",
    )


def _extracts(settings: Settings) -> list[ExtractJob]:
    store = open_store(settings.db)
    try:
        with store.session() as s:
            return list(s.scalars(select(ExtractJob).order_by(ExtractJob.id)))
    finally:
        store.close()


def _extract_children(pgid: int) -> list[int]:
    """Processes of group ``pgid`` reading a document (``crawler.extract._worker``)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            cmd = Path(f"/proc/{entry}/cmdline").read_bytes()
            if b"crawler.extract._worker" in cmd and os.getpgid(int(entry)) == pgid:
                found.append(int(entry))
        except (OSError, ProcessLookupError):
            continue
    return found


def test_a_scan_is_read_by_an_extract_worker_and_the_check_waits_for_it(
    queue_settings: Settings, workers: Workers, tmp_path: Path
) -> None:
    root = tmp_path / "sites"
    scan_site(root, "s1")
    with SiteServer(root) as server:
        write_registry(queue_settings, {"s1": server.url("/s1/")})
        crawler = workers.start(queues="sites")
        _enqueue(queue_settings, "s1")
        # No worker takes extract jobs yet: the site waits, crawled, its scan unread.
        _wait(lambda: _jobs(queue_settings)["s1"].state == "extracting", 120, workers, "crawled")
        job = _jobs(queue_settings)["s1"]
        assert job.extracts_left == 1 and job.worker.endswith(f":{crawler.pid}")
        [pending] = _extracts(queue_settings)
        assert pending.state == "pending" and pending.url.endswith("/s1/docs/scan.pdf")
        assert pending.crawl_id == job.crawl_id
        assert _runs(queue_settings) == {}  # not judged on an unread scan

        # The broker loses the extract message (a restart without AOF): --force sends the
        # site's message again, whose delivery sends its pending extract job's again.
        client = redis.Redis.from_url(queue_settings.broker)
        for key in client.scan_iter(f"{queue_settings.queue_namespace}*"):
            client.delete(key)
        client.close()
        assert "sent again 1 site(s) not sent or lost" in _enqueue(queue_settings, "--force", "s1")
        reader = workers.start(queues="extract")
        _wait(lambda: _jobs(queue_settings)["s1"].state == "done", 180, workers, "checked")
    [done] = _extracts(queue_settings)
    assert done.state == "done" and done.worker.endswith(f":{reader.pid}")
    assert done.method is not None and done.method.endswith("+ocr")
    store = open_store(queue_settings.db)
    try:
        with store.session() as s:
            scan = s.get(Content, done.sha256)
            assert scan.extractor_version == EXTRACTOR_VERSION and "ประกาศ" in scan.text
            # The text PDF was read in the crawl, not by an extract job.
            texts = s.scalars(select(Content).where(Content.extract_method == "pdf")).all()
            assert [c.extract_status for c in texts] == ["ok"]
            run = s.scalar(select(Run))
            assert run.crawl_id == done.crawl_id and run.created_at >= done.done_at
            assert s.scalar(select(func.count()).select_from(OcrText)) == 1
    finally:
        store.close()
    assert _runs(queue_settings) == {"s1": 1}


def test_an_extract_job_whose_worker_dies_is_redelivered_and_stored_once(
    queue_settings: Settings, workers: Workers, tmp_path: Path
) -> None:
    root = tmp_path / "sites"
    scan_site(root, "s2", scan_pages=4)  # a few seconds of OCR: the reader dies mid-way
    with SiteServer(root) as server:
        write_registry(queue_settings, {"s2": server.url("/s2/")})
        workers.start(queues="sites")
        _enqueue(queue_settings, "s2")
        _wait(lambda: _jobs(queue_settings)["s2"].state == "extracting", 120, workers, "crawled")
        first = workers.start(queues="extract")
        _wait(lambda: bool(_extract_children(first.pid)), 60, workers, "the scan being read")
        assert _extracts(queue_settings)[0].state == "pending"
        workers.kill(first)  # kill -9: the reader and its OCR process
        second = workers.start(queues="extract")
        _wait(lambda: _jobs(queue_settings)["s2"].state == "done", 240, workers, "redelivered")
        [done] = _extracts(queue_settings)
        assert done.worker.endswith(f":{second.pid}")

        # The same message delivered once more (as after a kill between commit and ack):
        # nothing is stored twice and the site is not checked again.
        store = open_store(queue_settings.db)
        try:
            with store.session() as s:
                before = s.get(Content, done.sha256)
                text_before = before.text
            queue = TaskQueue(queue_settings)
            site = load_registry(queue_settings).site("s2")
            job = _jobs(queue_settings)["s2"]
            queue.extract_actor.send(
                done.id, job.id, {"key": "s2", **site.model_dump(mode="json")}, None
            )
            queue.close()
            _wait(
                lambda: f"extract job {done.id}: done before, nothing stored" in workers.logs(),
                60,
                workers,
                "the duplicate taken",
            )
            with store.session() as s:
                assert s.scalar(select(func.count()).select_from(OcrText)) == 1
                assert s.get(Content, done.sha256).text == text_before
                assert s.scalar(select(QueueJob.state)) == "done"
                again = s.get(ExtractJob, done.id)
                assert (again.done_at, again.worker) == (done.done_at, done.worker)
        finally:
            store.close()
    assert [e.state for e in _extracts(queue_settings)] == ["done"]
    assert _runs(queue_settings) == {"s2": 1}
