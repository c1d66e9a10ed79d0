"""Office files built to hurt: broken XML inside a good zip, and a zip bomb."""

from __future__ import annotations

import io
import zipfile

import pytest

from crawler.extract import MAX_UNZIPPED, extract
from oitwatch.demo.documents import make_docx, make_xlsx
from oitwatch.settings import Settings

LINE = "ประกาศผลการจัดซื้อจัดจ้าง ประจำเดือนตุลาคม 2567"


def _pptx() -> bytes:
    from pptx import Presentation

    prs = Presentation()
    prs.slides.add_slide(prs.slide_layouts[5]).shapes.title.text = LINE
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()


def _rewrite(src: bytes, part: str, change) -> bytes:
    """``src`` with zip member ``part`` replaced by ``change(fh, data)``'s writes."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(src)) as zin,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout,
    ):
        assert part in zin.namelist()
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == part:
                with zout.open(info.filename, "w") as fh:
                    change(fh, data)
            else:
                zout.writestr(info, data)
    return out.getvalue()


def _truncate(fh, data: bytes) -> None:
    fh.write(data[: len(data) // 2])


@pytest.mark.parametrize(
    ("make", "part"),
    [
        (lambda: make_docx([LINE]), "word/document.xml"),
        (lambda: make_xlsx({"ปี 2568": [["รายการ", "งบ"], ["ลอกท่อ", 1000]]}), "xl/workbook.xml"),
        (
            lambda: make_xlsx({"ปี 2568": [["รายการ", "งบ"], ["ลอกท่อ", 1000]]}),
            "xl/worksheets/sheet1.xml",
        ),
        (_pptx, "ppt/slides/slide1.xml"),
    ],
)
def test_broken_xml_part_is_an_error_not_a_crash(settings: Settings, make, part: str) -> None:
    body = _rewrite(make(), part, _truncate)
    out = extract(body, "", "http://h/f", settings=settings)
    assert out.status == "error"
    assert out.error and "unreadable" in out.error


def test_zip_bomb_is_refused_before_unpacking(settings: Settings) -> None:
    def pad(fh, data: bytes) -> None:
        fh.write(data)
        chunk = b" " * (1 << 20)
        for _ in range(MAX_UNZIPPED // len(chunk) + 1):
            fh.write(chunk)

    body = _rewrite(make_docx([LINE]), "word/document.xml", pad)
    assert len(body) < 2 * 1024 * 1024  # a small download...
    out = extract(body, "", "http://h/f.docx", settings=settings)
    assert out.status == "error"  # ...refused, not unpacked into memory
    assert out.error and "uncompressed" in out.error


def test_normal_office_files_pass_the_zip_check(settings: Settings) -> None:
    out = extract(make_docx([LINE]), "", "http://h/f.docx", settings=settings)
    assert out.status == "ok" and LINE in out.text


def test_nul_is_dropped_from_extracted_text(settings: Settings) -> None:
    """PostgreSQL text refuses NUL (one would lose the batch being stored)."""
    body = "ประกาศ\x00สำนักงานเขต".encode()
    out = extract(body, "text/plain; charset=utf-8", "http://h/n.txt", settings=settings)
    assert (out.status, out.text) == ("ok", "ประกาศสำนักงานเขต")
