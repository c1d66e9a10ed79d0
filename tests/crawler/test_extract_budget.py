"""Hostile documents cost seconds, not a night: caps before work, budgets around it."""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator

import pytest

from crawler.extract import extract
from crawler.extract.budget import ExtractorPool
from oitwatch.demo.documents import make_pdf
from oitwatch.settings import Settings
from tests.conftest import have_tesseract_thai


def _raw_pdf(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def shared_stream_pdf(pages: int = 10, size: int = 5_000_000) -> bytes:
    """~17 KB: every page draws one 5 MB content stream (443 s and 11.6 M characters before)."""
    line = b"BT /F1 12 Tf 72 720 Td (Hello world) Tj ET\n"
    packed = zlib.compress(line * (size // len(line)), 9)
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
        b" /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    )
    return _raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed)
            + packed
            + b"\nendstream",
            *[page] * pages,
        ]
    )


def huge_page_pdf() -> bytes:
    """A few hundred bytes: one empty 14,400-point page (4.6 GB RSS in OCR before)."""
    return _raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] >>",
        ]
    )


def sparse_xlsx(sheets: int = 10) -> bytes:
    """A few KB: ten sheets with a cell in row 1 and one in row 1,048,576 (85 s before)."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for i in range(sheets):
        ws = wb.create_sheet(f"แผ่น{i}")
        ws["A1"] = "รายการจัดซื้อจัดจ้าง"
        ws.cell(row=1_048_576, column=1, value="ท้ายแผ่น")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ExtractorPool]:
    """One worker for the hostile documents (its start-up is paid once)."""
    budget = Settings(data_dir=tmp_path_factory.mktemp("budget"), extract_timeout=60.0)
    with ExtractorPool(budget, size=1) as p:
        yield p


def test_pages_sharing_one_huge_content_stream(pool: ExtractorPool) -> None:
    body = shared_stream_pdf()
    assert len(body) < 20_000
    result = pool.extract(body, "application/pdf", "http://h/a.pdf")
    assert result.status == "review" and result.pages == 10
    assert "bytes of drawing" in (result.error or "") or "bytes of content" in (result.error or "")
    assert "repeats an earlier page" in (result.error or "")
    assert len(result.text) < 1000


@pytest.mark.skipif(not have_tesseract_thai(), reason="tesseract-ocr-tha not installed")
@pytest.mark.ocr
def test_a_giant_page_is_not_drawn(pool: ExtractorPool) -> None:
    body = huge_page_pdf()
    assert len(body) < 500
    result = pool.extract(body, "application/pdf", "http://h/b.pdf")
    assert result.status == "review"
    assert result.error == "page 1 (14400x14400 pt) too large to render"


def test_sparse_rows_at_the_sheet_end(pool: ExtractorPool) -> None:
    body = sparse_xlsx()
    assert len(body) < 12_000
    result = pool.extract(body, "", "http://h/c.xlsx")
    assert result.status == "ok" and result.pages == 10
    assert [t[0] for t in result.tables] == [["รายการจัดซื้อจัดจ้าง"]] * 10
    assert "rows past 20000 not read" in (result.error or "")


def test_text_size_cap(settings: Settings) -> None:
    line = "ประกาศผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ " * 3
    body = make_pdf([[line] * 30] * 8)
    capped = settings.model_copy(update={"extract_max_chars": 5000, "ocr": False})
    result = extract(body, "application/pdf", "http://h/d.pdf", settings=capped)
    assert result.status == "ok"
    assert 4000 <= len(result.text) <= 5000
    assert "text cut at 5000 characters" in (result.error or "")


def test_over_the_time_budget_is_review_and_the_pool_goes_on(settings: Settings) -> None:
    body = make_pdf([["ประกาศสำนักงานเขต เรื่อง แผนการจัดซื้อจัดจ้าง"]])
    tight = settings.model_copy(update={"extract_timeout": 0.05})
    with ExtractorPool(tight, size=1) as pool:
        late = pool.extract(body, "application/pdf", "http://h/e.pdf")
        assert late.status == "review" and late.method == "budget"
        assert late.error == "extraction over the time budget (0.05 s)"
    with ExtractorPool(settings, size=1) as pool:
        again = pool.extract(body, "application/pdf", "http://h/e.pdf")
        assert again.status == "ok" and "แผนการจัดซื้อจัดจ้าง" in again.text


def _string_bomb_xlsx(size: int = 120_000_000) -> bytes:
    """An XLSX (under the unzip cap) whose one cell's text unpacks to ``size`` bytes."""
    import zipfile

    from openpyxl import Workbook

    wb = Workbook()
    wb.active["A1"] = "ข้อความ"
    plain = io.BytesIO()
    wb.save(plain)
    bomb = io.BytesIO()
    sheet = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if info.filename != sheet:
                out.writestr(info, src.read(info))
        with out.open(sheet, "w") as part:
            part.write(
                b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            )
            part.write(b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>')
            chunk = b"A" * 1_000_000
            for _ in range(size // len(chunk)):
                part.write(chunk)
            part.write(b"</t></is></c></row></sheetData></worksheet>")
    return bomb.getvalue()


def test_over_the_memory_budget_is_review(settings: Settings) -> None:
    body = _string_bomb_xlsx()
    assert len(body) < 1_000_000
    small = settings.model_copy(update={"extract_memory_mb": 384})
    with ExtractorPool(small, size=1) as pool:
        result = pool.extract(body, "", "http://h/f.xlsx")
        assert result.status == "review"
        assert "memory budget (384 MiB)" in (result.error or "")
        fine = pool.extract(sparse_xlsx(1), "", "http://h/g.xlsx")  # the pool goes on
        assert fine.status == "ok"


def test_an_extraction_worker_loads_neither_scrapy_nor_the_store_nor_pydantic() -> None:
    """A worker starts per crawl (and again after a timeout): its start-up is paid each time."""
    import subprocess
    import sys

    heavy = {"scrapy", "sqlalchemy", "alembic", "twisted", "pydantic", "oitwatch.settings"}
    code = (
        "import sys, crawler.extract._worker, crawler.extract, crawler.extract.budget;"
        "import crawler.extract.pdf, crawler.extract.ocr;"
        f"print(sorted({heavy!r} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
