"""A Thai PDF out of an old word processor reads as a person reads it (held-out set 9,
thai_pdf_glyphs): tone marks in the Private Use Area (``ได\\uf70b``), sara am written as
nikhahit + sara aa, a heading and its year letter-spaced (``ป ร ะ จ ํ า ป ี ... ๒ ๕ ๖ ๗``),
a distributed-justified line whose every cluster is placed apart, zero-width spaces.

The revenue statistics of fiscal year 2567 give their year only in the letter-spaced heading;
the link says nothing of a year, the file is named "latest" and the page around the link is
dated this April. Read as letters, the document gave no year (here: review, "states no fiscal
year"; on the held-out site, where more of the page is dated, a false pass); read as words, it
is the statistics of 2567: stale in 2569.

The PDF is drawn with reportlab and a TLWG font (which holds the PUA glyphs legacy Thai
fonts used), served over real HTTP on 127.0.0.1, crawled and checked.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from checklist import check_site
from crawler.extract import ExtractOptions, extract
from oitwatch.demo.documents import thai_font_path
from oitwatch.settings import Settings

_TONES = "\u0e48\u0e49\u0e4a\u0e4b\u0e4c"
_UPPER = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e47"


def _legacy(text: str) -> str:
    """``text`` as a legacy Thai font's text layer holds it: a tone mark on a letter with no
    upper vowel is the lowered PUA glyph (U+F70A-F70E), ำ is ํ + า."""
    out = []
    for i, ch in enumerate(text):
        if ch in _TONES and (i == 0 or text[i - 1] not in _UPPER):
            out.append(chr(0xF70A + _TONES.index(ch)))
        elif ch == "\u0e33":
            out.append("\u0e4d\u0e32")
        else:
            out.append(ch)
    return "".join(out)


def _spaced(text: str) -> str:
    """Letter-spaced as a typist spaces a heading: a space after every character, three
    between words."""
    return "   ".join(" ".join(word) for word in text.split())


def _clusters(text: str) -> list[str]:
    """Letters with their marks (what distributed justification places one by one)."""
    out: list[str] = []
    for ch in text:
        if out and ("\u0e31" <= ch <= "\u0e3a" or "\u0e47" <= ch <= "\u0e4e" or ch == "\u0e33"):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def revenue_pdf(*, one_object: bool = True) -> bytes:
    """The statistics; their distributed line placed in one text object (as a word processor
    writes it: extraction spaces the clusters) or each cluster in its own (extraction puts
    each on a line of its own)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "LegacyThai" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("LegacyThai", str(thai_font_path())))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setTitle("untitled")
    _, height = A4
    y = height - 60
    for size, line in [
        (11, _legacy("ฝ่ายรายได้ สำนักงานเขตทดสอบ")),
        (20, _legacy(_spaced("ข้อมูลสถิติการจัดเก็บรายได้"))),
        (18, _legacy(_spaced("ประจำปีงบประมาณ ๒๕๖๗"))),
        (14, _legacy("รายได้ที่สำนักงานเขตจัดเก็บ\u200bนอกเหนือจาก\u200bภาษี สรุปรายไตรมาส")),
    ]:
        c.setFont("LegacyThai", size)
        c.drawString(60, y, line)
        y -= size * 1.6
    # distributed justification: every cluster placed apart
    c.setFont("LegacyThai", 14)
    x = 60.0
    line = c.beginText()
    line.setFont("LegacyThai", 14)
    for cluster in _clusters(_legacy("ค่าธรรมเนียมและค่าปรับตามกฎหมายของสำนักงานเขต")):
        if one_object:
            line.setTextOrigin(x, y)
            line.textOut(cluster)
        else:
            c.drawString(x, y, cluster)
        x += pdfmetrics.stringWidth(cluster, "LegacyThai", 14) + 4
    if one_object:
        c.drawText(line)
    y -= 30
    for label, figures in [
        ("ค่าธรรมเนียมใบอนุญาตจำหน่ายอาหาร", "๒๑๒,๔๐๐ ๓๘๔,๒๐๐ ๑๑๐,๕๐๐ ๙๘,๖๐๐"),
        ("ค่าธรรมเนียมเก็บขนมูลฝอย", "๔๑๒,๖๐๐ ๔๓๐,๑๕๐ ๔๒๘,๙๐๐ ๔๓๕,๒๐๐"),
        ("ค่าปรับตามกฎหมาย", "๘๔,๒๐๐ ๙๑,๖๐๐ ๗๗,๔๐๐ ๖๙,๘๐๐"),
    ]:
        c.drawString(60, y, _legacy(label))
        for i, figure in enumerate(figures.split()):
            c.drawRightString(330 + 70 * i, y, figure)
        y -= 22
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("one_object", [True, False], ids=["one-text-object", "cluster-objects"])
def test_a_letter_spaced_legacy_pdf_reads_as_words(one_object: bool) -> None:
    options = ExtractOptions(
        extract_max_chars=2_000_000, ocr=False, ocr_max_pages=1, ocr_workers=1,
        extract_memory_mb=1024,
    )  # fmt: skip
    pdf = revenue_pdf(one_object=one_object)
    got = extract(pdf, "application/pdf", "http://x.invalid/a.pdf", settings=options)
    assert got.status == "ok", got.error
    assert "\uf70b" in (got.original_text or "")  # the text layer holds PUA glyphs
    assert "ข้อมูลสถิติการจัดเก็บรายได้" in got.text
    assert "ประจำปีงบประมาณ ๒๕๖๗" in got.text
    assert "ค่าธรรมเนียมและค่าปรับตามกฎหมายของสำนักงานเขต" in got.text
    assert "จัดเก็บนอกเหนือจากภาษี" in got.text
    assert got.fiscal_years == [2567]


def test_last_years_revenue_statistics_with_a_letter_spaced_year_are_stale(
    tmp_path: Path, serve, settings: Settings
) -> None:
    head = '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{t}</title></head>'
    (tmp_path / "uploads").mkdir()
    (tmp_path / "uploads" / "revenue_stat_latest.pdf").write_bytes(revenue_pdf())
    (tmp_path / "index.html").write_text(
        head.format(t="สำนักงานเขตทดสอบ")
        + '<body><h1>สำนักงานเขตทดสอบ</h1><a href="/revenue.html">ข้อมูลภาษีและรายได้</a>'
        + "</body></html>",
        encoding="utf-8",
    )
    (tmp_path / "revenue.html").write_text(
        head.format(t="ข้อมูลภาษีและรายได้ | สำนักงานเขตทดสอบ")
        + "<body><h1>ข้อมูลภาษีและรายได้</h1><ul><li>"
        + '<a href="/uploads/revenue_stat_latest.pdf">ข้อมูลสถิติการจัดเก็บรายได้</a>'
        + "</li></ul><p>กำหนดชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในเดือนเมษายน ๒๕๖๙</p>"
        + "<footer>ปรับปรุงล่าสุด ๑๘ เม.ย. ๒๕๖๙</footer></body></html>",
        encoding="utf-8",
    )
    server = serve(tmp_path)
    no_ocr = settings.model_copy(update={"ocr": False})
    result = check_site(no_ocr, server.url("/"), framework="bma-2567", as_of=date(2026, 4, 20))
    o10 = next(it for it in result["items"] if it["code"] == "O10")
    assert o10["status"] == "stale", o10["reasons"]
