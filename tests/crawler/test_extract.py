"""Extraction of real documents and pages (generated with Thai text), malformed ones included."""

from __future__ import annotations

import pytest

from crawler.extract import PAGE_BREAK, detect_format, extract
from crawler.extract.html import decode_html, parse_html
from oitwatch.demo.documents import make_docx, make_pdf, make_scanned_pdf, make_xlsx
from oitwatch.settings import Settings
from oitwatch.thai import compact_for_match
from tests.conftest import have_tesseract_thai

LINE = "ประกาศผลการจัดซื้อจัดจ้าง ประจำเดือนตุลาคม 2567"


def _pptx() -> bytes:
    from io import BytesIO

    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "แผนการดำเนินงาน"
    rows = slide.shapes.add_table(2, 2, Inches(1), Inches(2), Inches(6), Inches(1)).table
    for r, row in enumerate([["โครงการ", "ไตรมาส"], ["ลอกท่อ", "1"]]):
        for c, value in enumerate(row):
            rows.cell(r, c).text = value
    buf = BytesIO()
    prs.save(buf)
    return buf.getvalue()


def test_pdf_thai_text(settings: Settings) -> None:
    out = extract(
        make_pdf([[LINE]], title="ประกาศ"), "application/pdf", "http://h/a.pdf", settings=settings
    )
    assert (out.status, out.method, out.title) == ("ok", "pdf", "ประกาศ")
    assert compact_for_match(LINE) in compact_for_match(out.text)
    assert out.quality >= 0.6


def test_xlsx_keeps_header_row_and_cells(settings: Settings) -> None:
    body = make_xlsx({"สรุป": [["เดือน", "จำนวนเรื่อง"], ["ตุลาคม", 12], ["พฤศจิกายน", 3.0]]})
    out = extract(body, "application/octet-stream", "http://h/report", settings=settings)
    assert out.status == "ok"
    assert out.tables == [[["เดือน", "จำนวนเรื่อง"], ["ตุลาคม", "12"], ["พฤศจิกายน", "3"]]]
    assert "สรุป" in out.text


def test_docx_and_pptx(settings: Settings) -> None:
    docx = extract(make_docx([LINE], table=[["ก", "ข"]]), "", "http://h/x.docx", settings=settings)
    assert LINE in docx.text and docx.tables == [[["ก", "ข"]]]
    pptx = extract(_pptx(), "", "http://h/x.pptx", settings=settings)
    assert pptx.status == "ok" and "แผนการดำเนินงาน" in pptx.text
    assert pptx.tables == [[["โครงการ", "ไตรมาส"], ["ลอกท่อ", "1"]]]


@pytest.mark.parametrize(
    ("body", "ctype", "status"),
    [
        (make_pdf([[LINE]] * 5)[:300], "application/pdf", "error"),
        (b"PK\x03\x04not really a zip" * 10, "application/vnd.ms-excel", "error"),
        (b"%PDF-1.4\n garbage garbage", "application/pdf", "error"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "application/msword", "unsupported"),
        (b"\x00\x01\x02", "application/x-unknown", "unsupported"),
    ],
)
def test_malformed_files_never_raise(
    settings: Settings, body: bytes, ctype: str, status: str
) -> None:
    out = extract(body, ctype, "http://h/f", settings=settings)
    assert out.status == status
    assert out.error


def test_scan_without_ocr_goes_to_review(tmp_path) -> None:
    settings = Settings(data_dir=tmp_path, ocr=False)
    out = extract(make_scanned_pdf([LINE]), "application/pdf", "http://h/s.pdf", settings=settings)
    assert out.status == "review"


@pytest.mark.ocr
@pytest.mark.skipif(not have_tesseract_thai(), reason="needs tesseract with Thai")
def test_scan_is_read_by_ocr(settings: Settings) -> None:
    out = extract(
        make_scanned_pdf(["ประกาศสำนักงานเขต"]),
        "application/pdf",
        "http://h/s.pdf",
        settings=settings,
    )
    assert out.method == "pdf+ocr" and out.status == "ok"
    assert compact_for_match("ประกาศสำนักงานเขต") in compact_for_match(out.text)


@pytest.mark.ocr
@pytest.mark.skipif(not have_tesseract_thai(), reason="needs tesseract with Thai")
def test_a_text_layer_without_unicode_maps_is_read_by_ocr_of_its_fonts(settings: Settings) -> None:
    """Fonts without ToUnicode maps: the page shows Thai, its text layer is control characters;
    OCR reads the rendering and says it read drawn text, not a scan."""
    import re

    pdf = make_pdf([["ประกาศสำนักงานเขต เรื่อง นโยบายการบริหารทรัพยากรบุคคล"]])
    pdf = re.sub(rb"/ToUnicode \d+ 0 R", lambda m: b" " * len(m.group(0)), pdf)
    out = extract(pdf, "application/pdf", "http://h/p.pdf", settings=settings)
    assert out.method == "pdf+drawn+ocr" and out.status == "ok"
    assert compact_for_match("นโยบายการบริหารทรัพยากรบุคคล") in compact_for_match(out.text)
    no_ocr = settings.model_copy(update={"ocr": False})
    assert extract(pdf, "application/pdf", "http://h/p.pdf", settings=no_ocr).status == "review"


def test_detect_format_by_magic_over_type() -> None:
    assert detect_format(make_pdf([["x"]]), "text/html", "http://h/a") == "pdf"
    assert detect_format(make_docx(["x"]), "application/octet-stream", "http://h/a") == "docx"
    assert detect_format(b"\x89PNG\r\n\x1a\n....", "", "http://h/a") == "image"


def test_a_plain_text_note_in_an_archive_is_read(settings: Settings) -> None:
    """An archive's "อ่านก่อน.txt" has no Content-Type: its name says it is text, read as such
    (a note that the documents are still being compiled is what the archive publishes)."""
    from crawler.urls import member_url

    note = "\ufeffเรียน ผู้ตรวจประเมิน\r\nเอกสารอยู่ระหว่างรวบรวม จะนำขึ้นเว็บไซต์โดยเร็ว\r\n"
    url = member_url("http://h/files/O21.zip", "อ่านก่อน.txt")
    assert detect_format(note.encode("utf-8"), "", url) == "text"
    assert detect_format(note.encode("cp874", "ignore"), "", url) == "text"
    out = extract(note.encode("utf-8"), "", url, settings=settings)
    assert out.status == "ok" and "อยู่ระหว่างรวบรวม" in out.text, out
    assert detect_format(b"\x00\x01binary", "", "http://h/files/data.bin") == "unknown"


@pytest.mark.parametrize(
    ("body", "ctype"),
    [
        ("<p>ภาษาไทย</p>".encode("cp874"), "text/html; charset=windows-874"),
        ("<p>ภาษาไทย</p>".encode("cp874"), "text/html; charset=tis-620"),
        ('<meta charset="tis-620"><p>ภาษาไทย</p>'.encode("cp874"), "text/html"),
        ("<p>ภาษาไทย</p>".encode("cp874"), "text/html"),
        ("<p>ภาษาไทย</p>".encode(), "text/html"),
    ],
)
def test_decode_html_thai(body: bytes, ctype: str) -> None:
    assert "ภาษาไทย" in decode_html(body, ctype)[1]


def test_parse_html_blocks_links_and_context() -> None:
    html = """<html><head><title></title><style>.x{}</style></head><body>
    <h1>หน้าหลัก</h1><h3>ข้อมูลพื้นฐาน</h3>
    <table><tr><td>O1</td><td>โครงสร้าง <a href="/s.pdf">เปิดเอกสาร</a></td></tr></table>
    <p>ย่อหน้าหนึ่ง<br>บรรทัดสอง</p><a href="x.html"><img src="i.png" alt="ปุ่ม"></a>
    <frameset><frame src="f.html"></frameset><script>alert(1)</script></body></html>"""
    page = parse_html(html.encode(), "text/html; charset=utf-8", "http://h/d/index.html")
    assert page.title == "หน้าหลัก"
    assert page.text.split("\n") == [
        "หน้าหลัก",
        PAGE_BREAK,  # a heading opens a block of the page (checklist.sections)
        "ข้อมูลพื้นฐาน",
        "O1 โครงสร้าง เปิดเอกสาร",
        "ย่อหน้าหนึ่ง",
        "บรรทัดสอง",
        "ปุ่ม",
    ]
    links = {link.url: link for link in page.links}
    assert links["http://h/s.pdf"].context == "ข้อมูลพื้นฐาน | O1 โครงสร้าง เปิดเอกสาร"
    assert links["http://h/d/x.html"].anchor == "ปุ่ม"
    assert links["http://h/d/i.png"].tag == "img"
    assert page.tables == [[["O1", "โครงสร้าง เปิดเอกสาร"]]]
