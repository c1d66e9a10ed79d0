"""Links inside documents: an OIT index published as a PDF (link annotations) or a Word,
PowerPoint or Excel file (hyperlinks) is followed like a page, each link with its row's words."""

from __future__ import annotations

import io
from pathlib import Path

from sqlalchemy import select

from crawler import run_crawl
from crawler.extract.pdf import extract_pdf
from crawler.extract.slides import extract_pptx
from crawler.extract.spreadsheet import extract_xlsx
from crawler.extract.word import extract_docx
from oitwatch.demo.documents import make_pdf, thai_font_path
from oitwatch.settings import Settings
from oitwatch.store import Content, Fetch, Link, Store
from tests.crawler.sites import write

ROWS = [  # code, title, document words, its link (None: the row names no link)
    ("O1", "ข้อมูลพื้นฐาน", "โครงสร้างและอำนาจหน้าที่", "/oit/structure.html"),
    ("", "", "ข้อมูลผู้บริหาร", "/oit/executives.html"),
    ("O๒", "นโยบายผู้ว่าราชการกรุงเทพมหานคร", "แผนพัฒนาเขต ปี ๒๕๖๙", "files/plan-2569.pdf"),
    ("o3", "โรงเรียนในพื้นที่", 'ดูได้ที่เมนู "การศึกษา"', None),
    ("O4", "ข่าวประชาสัมพันธ์", "ข่าวของเขต", "https://other.example/news"),
]


def index_pdf(rows: list[tuple[str, str, str, str | None]] = ROWS) -> bytes:
    """A landscape table as districts draw it (reportlab): each link's annotation covers its
    cell, some URIs root-relative, some relative to the PDF's folder."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "IndexThai" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("IndexThai", str(thai_font_path())))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A4))
    c.setFont("IndexThai", 14)
    c.drawString(40, 550, "ข้อมูลเปิดเผยสาธารณะ (OIT) ประจำปี ๒๕๖๙")
    y, h = 510, 24
    for code, title, words, url in rows:
        c.setFont("IndexThai", 11)
        c.drawString(44, y - 16, code)
        c.drawString(100, y - 16, title)
        c.drawString(400, y - 16, words)
        c.drawString(650, y - 16, "ฝ่ายปกครอง")
        if url:
            c.linkURL(url, (398, y - h + 1, 640, y - 1), relative=0, thickness=0)
        y -= h
    c.showPage()
    c.save()
    return buf.getvalue()


def index_docx() -> bytes:
    """The same table in Word, its documents as hyperlinks (relationships, TargetMode External)."""
    from docx import Document
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = Document()
    doc.add_heading("ข้อมูลเปิดเผยสาธารณะ (OIT)", 1)
    table = doc.add_table(rows=0, cols=3)
    for code, title, words, url in ROWS:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = code, title
        par = cells[2].paragraphs[0]
        if url is None:
            par.add_run(words)
            continue
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), par.part.relate_to(url, RT.HYPERLINK, is_external=True))
        run, text = OxmlElement("w:r"), OxmlElement("w:t")
        text.text = words
        run.append(text)
        link.append(run)
        par._p.append(link)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_pdf_link_annotations_come_with_their_cell_and_their_row() -> None:
    got = extract_pdf(index_pdf())
    by_url = {link["url"]: link for link in got.links}
    assert list(by_url) == [
        "/oit/structure.html",
        "/oit/executives.html",
        "files/plan-2569.pdf",
        "https://other.example/news",
    ]
    first = by_url["/oit/structure.html"]
    assert first["anchor"] == "โครงสร้างและอำนาจหน้าที่"
    assert first["context"] == "O1 ข้อมูลพื้นฐาน โครงสร้างและอำนาจหน้าที่ ฝ่ายปกครอง"
    assert first["page"] == 1
    # a row whose code and title cells are empty carries on the row above it
    second = by_url["/oit/executives.html"]
    assert second["anchor"] == "ข้อมูลผู้บริหาร"
    assert second["context"].startswith("O1 ข้อมูลพื้นฐาน")
    assert second["context"].endswith(" | ข้อมูลผู้บริหาร ฝ่ายปกครอง")
    assert by_url["files/plan-2569.pdf"]["context"].startswith("O๒ นโยบายผู้ว่าราชการ")
    assert "ดูได้ที่เมนู" in got.text  # the row without a link stays text


def test_a_continuation_row_never_takes_a_row_of_its_own_for_its_heading() -> None:
    rows = [
        ("O1", "ข้อมูลพื้นฐาน", "โครงสร้าง", "/a.html"),
        ("O2", "นโยบาย", "ไม่มีไฟล์แนบ", None),
        ("", "", "แผนพัฒนาเขต", "/b.html"),
    ]
    by_url = {link["url"]: link for link in extract_pdf(index_pdf(rows)).links}
    assert by_url["/b.html"]["context"] == "แผนพัฒนาเขต ฝ่ายปกครอง"


def test_docx_hyperlinks_come_with_their_table_row_under_the_heading() -> None:
    got = extract_docx(index_docx())
    by_url = {link["url"]: link for link in got.links}
    assert set(by_url) == {
        "/oit/structure.html",
        "/oit/executives.html",
        "files/plan-2569.pdf",
        "https://other.example/news",
    }
    plan = by_url["files/plan-2569.pdf"]
    assert plan["anchor"] == "แผนพัฒนาเขต ปี ๒๕๖๙"
    assert plan["context"] == (
        "ข้อมูลเปิดเผยสาธารณะ (OIT) | O๒ นโยบายผู้ว่าราชการกรุงเทพมหานคร แผนพัฒนาเขต ปี ๒๕๖๙"
    )
    # the second row of O1 (its first cells empty) carries on O1's row
    assert by_url["/oit/executives.html"]["context"].startswith("O1 ข้อมูลพื้นฐาน")


def test_xlsx_and_pptx_hyperlinks_come_with_their_row_or_paragraph() -> None:
    from openpyxl import Workbook
    from pptx import Presentation
    from pptx.util import Inches

    wb = Workbook()
    ws = wb.active
    ws.append(["ข้อ", "รายการ", "เอกสาร"])
    ws.append(["O16", "หลักเกณฑ์การบริหารทรัพยากรบุคคล", "เปิดไฟล์"])
    ws["C2"].hyperlink = "/files/hr.pdf"
    buf = io.BytesIO()
    wb.save(buf)
    sheet = extract_xlsx(buf.getvalue())
    assert sheet.links == [
        {
            "url": "/files/hr.pdf",
            "anchor": "เปิดไฟล์",
            "context": "O16 หลักเกณฑ์การบริหารทรัพยากรบุคคล เปิดไฟล์",
            "page": 1,
        }
    ]
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    para = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(6), Inches(1)).text_frame
    run = para.paragraphs[0].add_run()
    run.text, run.hyperlink.address = "คู่มือการปฏิบัติงาน", "https://x.example/manual.pdf"
    para.paragraphs[0].add_run().text = " ปี ๒๕๖๘"
    buf = io.BytesIO()
    prs.save(buf)
    deck = extract_pptx(buf.getvalue())
    assert [(lk["url"], lk["anchor"], lk["context"]) for lk in deck.links] == [
        ("https://x.example/manual.pdf", "คู่มือการปฏิบัติงาน", "คู่มือการปฏิบัติงาน ปี ๒๕๖๘")
    ]


def _site(root: Path) -> None:
    write(
        root,
        "index.html",
        '<html><body><a href="/ita/oit-2569.pdf">ข้อมูลเปิดเผยสาธารณะ (PDF)</a>'
        '<a href="/ita/oit-2569.docx">ฉบับ Word</a></body></html>',
    )
    write(root, "robots.txt", "User-agent: *\nDisallow: /private/\n")
    pdf_rows = [*ROWS, ("O5", "แผนปฏิบัติราชการ", "เอกสารภายใน", "/private/secret.html")]
    write(root, "ita/oit-2569.pdf", index_pdf(pdf_rows))
    write(root, "ita/oit-2569.docx", index_docx())
    write(
        root,
        "oit/structure.html",
        '<html><body><h1>โครงสร้าง</h1><a href="/files/chart.pdf">แผนผัง</a></body></html>',
    )
    write(root, "oit/executives.html", "<html><body><h1>ผู้บริหาร</h1></body></html>")
    write(root, "ita/files/plan-2569.pdf", make_pdf([["แผนพัฒนาเขต ประจำปี ๒๕๖๙"]]))
    write(root, "files/chart.pdf", make_pdf([["แผนผังโครงสร้าง"]]))
    write(root, "private/secret.html", "<html><body>ไม่ควรถูกอ่าน</body></html>")


def _crawl_rows(store: Store, crawl_id: int) -> tuple[dict[str, Fetch], list[Link]]:
    with store.session() as s:
        fetches = {
            f.url.split("/", 3)[3]: f
            for f in s.scalars(select(Fetch).where(Fetch.crawl_id == crawl_id))
        }
        links = list(s.scalars(select(Link).where(Link.crawl_id == crawl_id)))
    return fetches, links


def test_a_pdf_index_is_followed_like_a_page_and_kept_on_a_recrawl(serve, tmp_path: Path) -> None:
    _site(tmp_path / "site")
    srv = serve(tmp_path / "site")
    settings = Settings(
        data_dir=tmp_path / "data",
        delay=0,
        ocr=False,
        contact="tests@oitwatch.invalid",
        allow_private="127.0.0.1",
    )
    first = run_crawl(settings, srv.url("/"))
    from oitwatch.store import open_store

    store = open_store(settings.db)
    try:
        fetches, links = _crawl_rows(store, first.crawl_id)
        # reached only through the PDF's and the DOCX's links, one click below them
        assert fetches["oit/structure.html"].outcome == "ok"
        assert fetches["oit/structure.html"].depth == fetches["ita/oit-2569.pdf"].depth + 1
        assert fetches["oit/executives.html"].outcome == "ok"
        assert fetches["ita/files/plan-2569.pdf"].outcome == "ok"  # relative to the PDF
        assert fetches["files/chart.pdf"].outcome == "ok"  # and on, from the page it opened
        assert fetches["private/secret.html"].outcome == "robots"  # robots.txt still rules
        assert not any(u.startswith("news") for u in fetches)  # another host: never fetched
        pdf_url = srv.url("/ita/oit-2569.pdf")
        from_pdf = {lk.to_url: lk for lk in links if lk.from_url == pdf_url}
        row = from_pdf[srv.url("/oit/executives.html")]
        assert (row.anchor, row.tag, row.page) == ("ข้อมูลผู้บริหาร", "a", None)
        assert row.context.startswith("O1 ข้อมูลพื้นฐาน") and row.in_scope
        assert not from_pdf["https://other.example/news"].in_scope
        docx_url = srv.url("/ita/oit-2569.docx")
        assert srv.url("/ita/files/plan-2569.pdf") in {
            lk.to_url for lk in links if lk.from_url == docx_url
        }
        with store.session() as s:
            sha = fetches["ita/oit-2569.pdf"].content_sha256
            stored = s.get(Content, sha)
            assert stored is not None and len(stored.links) == 5  # as written, unresolved
        # a re-crawl asks again (304): the PDF's links are copied and followed, not lost
        second = run_crawl(settings, srv.url("/"))
        fetches2, links2 = _crawl_rows(store, second.crawl_id)
        assert fetches2["ita/oit-2569.pdf"].outcome == "not_modified"
        assert fetches2["oit/executives.html"].outcome == "not_modified"
        again = {(lk.to_url, lk.context) for lk in links2 if lk.from_url == pdf_url}
        assert again == {(lk.to_url, lk.context) for lk in from_pdf.values()}
    finally:
        store.close()
