"""A long document holding every item: chapters, sheets and headings, each its item's evidence.

A district's combined report (a cover, a contents list whose page numbers stand on the line
under each entry, a running header, printed page numbers two less than the pages' places, a
chapter per item, annexes at the end attached to items), a workbook with a sheet per item and a
Word file with a heading per item, linked from an OIT table by ``#page=N`` (one N the printed
number), served over real HTTP on 127.0.0.1, crawled and checked. The splitting is also checked
on text alone.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checklist import check_site
from checklist.meaning import Matcher
from checklist.sections import split_sections
from crawler.extract import PAGE_BREAK
from crawler.extract.spreadsheet import extract_xlsx
from crawler.extract.word import extract_docx
from oitwatch.demo.documents import make_pdf, make_xlsx
from oitwatch.settings import Settings
from rules import load_framework

HEADER = "รายงานการเปิดเผยข้อมูลสาธารณะ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ สำนักงานเขตทวีวัฒนา"
CHAPTERS = [
    [
        "บทที่ ๑ ข้อมูลพื้นฐานของสำนักงานเขต (O1)",
        "โครงสร้างหน่วยงาน แบ่งส่วนราชการภายในออกเป็น ๑๐ ฝ่าย ตามประกาศกรุงเทพมหานคร",
        "ผู้อำนวยการเขต นางวรรณวิสา เจริญผล โทรศัพท์ ๐๒-๔๔๘-๕๒๑๐ อีเมล district@bangkok.go.th",
    ],
    [
        "อำนาจหน้าที่ของสำนักงานเขตตามพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร",
        "ที่ตั้ง เลขที่ ๘๘ ถนนพุทธมณฑล สาย ๓ แขวงทวีวัฒนา โทรสาร ๐๒-๔๔๘-๕๒๑๙",
    ],
    [
        "บทที่ ๒ นโยบายผู้ว่าราชการกรุงเทพมหานคร",
        "และแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร (O2)",
        "นโยบาย ๙ ด้าน ๙ ดี ขับเคลื่อนในพื้นที่เขต ติดตั้งไฟส่องสว่างและกล้อง CCTV ร่วมกับชุมชน",
    ],
    [
        "แผนพัฒนาเขต (พ.ศ. ๒๕๖๖ - ๒๕๗๐) ยุทธศาสตร์เขตปลอดน้ำท่วม เขตสีเขียว เขตปลอดภัย",
        "การรายงานผลการดำเนินงาน",  # a sub-heading naming another item in passing
        "ติดตามผลผ่านระบบติดตามนโยบายของกรุงเทพมหานครทุกเดือน",
    ],
    [
        "บทที่ ๓ โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต (O3)",
        "โรงเรียนวัดปุรณาวาส ถนนพุทธมณฑล สาย ๒ โทรศัพท์ ๐๒-๔๔๑-๐๑๒๓ ระดับอนุบาล ถึง ม.๓",
    ],
    ["ภาคผนวก"],
    [
        "ภาคผนวก ก ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต",
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ต.ค. ๖๗ ๐ เรื่อง พ.ย. ๖๗ ๐ เรื่อง ธ.ค. ๖๗ ๑ เรื่อง",
    ],
]


def _report() -> list[list[str]]:
    contents = [
        "สารบัญ",
        "บทที่ ๑ ข้อมูลพื้นฐานของสำนักงานเขต (O1)",
        "๑",
        "บทที่ ๒ นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนพัฒนากรุงเทพมหานคร (O2)",
        "๓",
        "บทที่ ๓ โรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขต (O3)",
        "๕",
        "ภาคผนวก ก ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต",
        "๗",
    ]
    pages = [["รายงานการเปิดเผยข้อมูลสาธารณะ", "สำนักงานเขตทวีวัฒนา"], contents]
    pages += [[HEADER, f"- {n} -", *lines] for n, lines in enumerate(CHAPTERS, 1)]
    return pages


def _matcher() -> Matcher:
    return Matcher(load_framework("bma-2567").items)


def test_chapters_and_annexes_of_a_long_report() -> None:
    text = f"\n{PAGE_BREAK}\n".join("\n".join(lines) for lines in _report())
    found = split_sections(text, _matcher())
    assert [(s.first_page, s.last_page, sorted(s.codes)) for s in found] == [
        (3, 4, ["O1"]),
        (5, 6, ["O2"]),  # its sub-heading naming another item carries the chapter on
        (7, 7, ["O3"]),
        (8, 8, []),  # the annexes' divider ends the last chapter
        (9, 9, ["O17"]),  # an annex, after the chapters, attached to the item it names
    ]
    assert {s.shift for s in found} == {2}  # page "- 1 -" is the third
    # a part's text is its own: not the running header (nor the year it states)
    assert all("๒๕๖๘ สำนักงานเขตทวีวัฒนา" not in s.text for s in found)


def _docx() -> bytes:
    from io import BytesIO

    from docx import Document

    doc = Document()
    doc.add_heading("O6 คู่มือการปฏิบัติหน้าที่", level=1)
    table = doc.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, [["ขั้นตอน", "รายละเอียด"], ["๑", "รับเรื่อง"]], strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    doc.add_heading("O7 คู่มือการให้บริการประชาชน", level=1)
    doc.add_paragraph("รายละเอียดปรากฏในรายงาน บทที่ ๗")
    buf = BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_sheets_and_word_tables_stay_where_they_are() -> None:
    sheets = extract_xlsx(make_xlsx({"O9": [["สถิติภาษี ปี 2567"]], "O10": [["รายได้ ปี 2568"]]}))
    assert sheets.text.split(f"\n{PAGE_BREAK}\n") == ["O9\nสถิติภาษี ปี 2567", "O10\nรายได้ ปี 2568"]
    word = extract_docx(_docx())
    lines = word.text.splitlines()
    assert lines.index("ขั้นตอน\tรายละเอียด") == lines.index("O6 คู่มือการปฏิบัติหน้าที่") + 1


MONTHS = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย."]


def _row(code: str, title: str, href: str) -> str:
    return f'<tr><td>{code}</td><td>{title}</td><td><a href="{href}">เอกสาร</a></td></tr>'


def _site(root: Path) -> None:
    site = root / "khet"
    (site / "docs").mkdir(parents=True)
    (site / "docs" / "oit.pdf").write_bytes(make_pdf(_report(), title=HEADER))
    (site / "docs" / "data.xlsx").write_bytes(
        make_xlsx(
            {
                "O9": [
                    ["สถิติการจัดเก็บภาษี ปีงบประมาณ 2567"],
                    ["เดือน", "ภาษีที่ดินและสิ่งปลูกสร้าง (บาท)", "ภาษีป้าย (บาท)"],
                    *[[f"{m} {66 + (n > 3)}", 1000 * n, 70 * n] for n, m in enumerate(MONTHS, 1)],
                ],
                "O10": [
                    ["สถิติการจัดเก็บรายได้ ปีงบประมาณ 2568"],
                    ["เดือน", "ภาษีอากร (บาท)", "ค่าธรรมเนียม (บาท)"],
                    *[[f"{m} {67 + (n > 3)}", 2000 * n, 90 * n] for n, m in enumerate(MONTHS, 1)],
                ],
            }
        )
    )
    pdf, xlsx = "/khet/docs/oit.pdf", "/khet/docs/data.xlsx"
    rows = "".join(
        [
            _row("O1", "ข้อมูลพื้นฐาน", f"{pdf}#page=3"),
            # the page number printed on the chapter's first page, not its place
            _row("O2", "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้อง", f"{pdf}#page=3"),
            _row("O3", "โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต", f"{pdf}#page=7"),
            _row("O9", "ข้อมูลสถิติการจัดเก็บภาษี แผ่นงาน O9", xlsx),
            _row("O10", "ข้อมูลสถิติการจัดเก็บรายได้ แผ่นงาน O10", xlsx),
        ]
    )
    (site / "index.html").write_text(
        '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>ITA 2568 | '
        "สำนักงานเขตทวีวัฒนา</title></head><body><h1>การเปิดเผยข้อมูลสาธารณะ (OIT) "
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</h1><table><tr><th>ข้อ</th><th>หัวข้อ</th><th>ลิงก์</th></tr>"
        f"{rows}</table></body></html>",
        encoding="utf-8",
    )


def test_each_chapter_and_sheet_is_its_items_evidence(
    tmp_path: Path, serve, settings: Settings
) -> None:
    _site(tmp_path)
    server = serve(tmp_path)
    result = check_site(
        settings,
        server.url("/khet/"),
        framework="bma-2567",
        as_of=date(2025, 7, 15),
        name_th="สำนักงานเขตทวีวัฒนา",  # not เขตวัฒนา, whose name it holds
    )
    items = {it["code"]: it for it in result["items"]}
    pdf, xlsx = server.url("/khet/docs/oit.pdf"), server.url("/khet/docs/data.xlsx")

    def first(code: str) -> str:
        return items[code]["evidence"][0]["url"]

    assert first("O1") == f"{pdf}#page=3"
    assert first("O2") == f"{pdf}#page=5"  # printed page 3 is the fifth
    assert first("O3") == f"{pdf}#page=7"
    assert first("O9") == f"{xlsx}#page=1" and first("O10") == f"{xlsx}#page=2"
    assert items["O9"]["status"] == "stale", items["O9"]["reasons"]  # its sheet is FY2567's
    assert items["O10"]["status"] == "pass", items["O10"]["reasons"]
    assert items["O17"]["evidence"][0]["url"] == f"{pdf}#page=9"  # the annex
