"""Stored extractions: an older extractor's rows are redone; OCR readings are shared by hash."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, update

from crawler import run_crawl
from crawler.bodies import sha256_of
from crawler.extract import EXTRACTOR_VERSION, ocr_engine
from oitwatch.demo.documents import make_pdf, make_scanned_pdf
from oitwatch.devserver import SiteServer
from oitwatch.settings import Settings
from oitwatch.store import Content, OcrText, open_store

ORDER = make_pdf([["คาสั่งสานักงานเขตบางกอกน้อย", "ประจาปีงบประมาณ พ.ศ. ๒๕๖๘"]])
SCAN = make_scanned_pdf(["บันทึกข้อความ"], scale=1)


def _site(root: Path) -> SiteServer:
    (root / "d").mkdir(parents=True)
    (root / "d" / "index.html").write_text(
        '<html><body><a href="order.pdf">คำสั่ง</a> <a href="scan.pdf">บันทึก</a></body></html>',
        encoding="utf-8",
    )
    (root / "d" / "order.pdf").write_bytes(ORDER)
    (root / "d" / "scan.pdf").write_bytes(SCAN)
    return SiteServer(root).start()


def test_older_extractions_are_redone_and_ocr_is_taken_from_the_store(tmp_path: Path) -> None:
    server = _site(tmp_path / "site")
    settings = Settings(
        data_dir=tmp_path / "data", delay=0, contact="t@x.invalid", revisit_max_days=0
    )
    store = open_store(settings.db)
    reading = "บันทึกข้อความ ประจำปีงบประมาณ ๒๕๖๘ (อ่านไว้แล้ว)"
    with store.session() as s:  # another machine OCR'd this scan before
        s.add(
            OcrText(
                sha256=sha256_of(SCAN),
                engine=ocr_engine(settings),
                text=reading,
                pages=1,
                confidence=95.0,
                doubtful=0.01,
            )
        )
    try:
        run_crawl(settings, server.url("/d/index.html"))
        with store.session() as s:
            order = s.get(Content, sha256_of(ORDER))
            scan = s.get(Content, sha256_of(SCAN))
            assert order is not None and scan is not None
            assert order.extractor_version == EXTRACTOR_VERSION
            assert "คำสั่งสำนักงานเขตบางกอกน้อย" in order.text
            assert order.repairs == {"sara_am_lost": 3}
            assert order.text_original is not None and "คาสั่ง" in order.text_original
            assert scan.extract_method == "pdf+ocr" and "(อ่านไว้แล้ว)" in scan.text
            # as an older extractor left them: unrepaired, unread
            s.execute(
                update(Content)
                .where(Content.sha256.in_([order.sha256, scan.sha256]))
                .values(extractor_version=1, text="old", extract_status="review")
            )
        run_crawl(settings, server.url("/d/index.html"))
        with store.session() as s:
            rows = {c.sha256: c for c in s.scalars(select(Content))}
            assert rows[sha256_of(ORDER)].extractor_version == EXTRACTOR_VERSION
            assert "คำสั่งสำนักงานเขตบางกอกน้อย" in rows[sha256_of(ORDER)].text
            assert rows[sha256_of(SCAN)].extract_status == "ok"
            assert "(อ่านไว้แล้ว)" in rows[sha256_of(SCAN)].text
            assert len(s.scalars(select(OcrText)).all()) == 1  # read once, never again
    finally:
        store.close()
        server.stop()
