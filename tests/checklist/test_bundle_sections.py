"""One document serving many items: each item is judged on its own section of it.

A district's "เอกสารประกอบการเผยแพร่ข้อมูล" PDF made here (a cover, a contents page, a running
header and page numbers on every page, one part per item, one part two pages long, one only
its heading, one about last year), linked from an OIT table by plain URL and by ``#page=N``,
is served over real HTTP on 127.0.0.1, crawled and checked. Its headings are numbered
"ส่วนที่ …" with no item codes. The splitting itself is also checked on text alone: code
headings inside a page, a contents list that is no section, a document about one item only.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checklist import check_site
from checklist.meaning import Matcher
from checklist.sections import split_sections
from crawler.extract import PAGE_BREAK
from crawler.urls import fragment_page
from oitwatch.demo.documents import make_pdf
from oitwatch.settings import Settings
from oitwatch.store import Link, open_store
from rules import load_framework

HEADER = "สำนักงานเขตดินแดง | เอกสารเผยแพร่ข้อมูลต่อสาธารณะ ปี ๒๕๖๕"


def _bundle() -> bytes:
    pages = [
        [
            "เอกสารเผยแพร่ข้อมูลต่อสาธารณะ",
            "ประจำปีงบประมาณ พ.ศ. ๒๕๖๕",
            "สำนักงานเขตดินแดง กรุงเทพมหานคร",
        ],
        [
            "สารบัญ",
            "ส่วนที่ ๑ แผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๕ .......... ๓",
            "ส่วนที่ ๒ รายงานการกำกับติดตามการดำเนินงาน รอบ ๖ เดือน .......... ๕",
            "ส่วนที่ ๓ รายงานผลการดำเนินงานประจำปี .......... ๖",
            "ส่วนที่ ๔ นโยบายการบริหารทรัพยากรบุคคล .......... ๗",
        ],
        [
            "ส่วนที่ ๑",
            "แผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๕ สำนักงานเขตดินแดง",
            "แผนงานและโครงการที่จะดำเนินการในปีงบประมาณ พ.ศ. ๒๕๖๕ จำนวน ๔ โครงการ ดังนี้",
            "โครงการปรับปรุงทางเท้าถนนประชาสงเคราะห์ งบประมาณ ๓,๒๐๐,๐๐๐ บาท ฝ่ายโยธา",
            "โครงการลอกท่อระบายน้ำในชุมชน งบประมาณ ๑,๑๐๐,๐๐๐ บาท ฝ่ายโยธา",
        ],
        [
            "โครงการคัดแยกขยะต้นทางในชุมชน งบประมาณ ๔๐๐,๐๐๐ บาท",
            "โครงการอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน งบประมาณ ๑๕๐,๐๐๐ บาท",
            "ระยะเวลาดำเนินการ ตุลาคม ๒๕๖๔ ถึง กันยายน ๒๕๖๕ แบ่งเป็นสี่ไตรมาส",
            "(นายสมชาย ใจดี) ผู้อำนวยการเขตดินแดง",
        ],
        [
            "ส่วนที่ ๒",
            "รายงานการกำกับติดตามการดำเนินงาน รอบ ๖ เดือน",
        ],
        [
            "ส่วนที่ ๓",
            "รายงานผลการดำเนินงานประจำปี พ.ศ. ๒๕๖๓",
            "ผลการดำเนินงานตามแผนปฏิบัติราชการ ปีงบประมาณ พ.ศ. ๒๕๖๓ (ต.ค. ๒๕๖๒ - ก.ย. ๒๕๖๓)",
            "ความก้าวหน้าของโครงการ ดำเนินการแล้วเสร็จ ๑๘ โครงการ จาก ๒๐ โครงการ",
            "ปัญหาอุปสรรค ฝนตกชุก ข้อเสนอแนะ เริ่มโครงการก่อสร้างให้เร็วขึ้น",
        ],
        [
            "ส่วนที่ ๔",
            "นโยบายการบริหารทรัพยากรบุคคล",
            "ประกาศสำนักงานเขตดินแดง เรื่อง นโยบายการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. ๒๕๖๕",
            "๑. การบริหารทรัพยากรบุคคลด้วยระบบคุณธรรม ๒. การพัฒนาทรัพยากรบุคคลอย่างต่อเนื่อง",
            "๓. การรักษาวินัยและส่งเสริมคุณธรรมจริยธรรม",
            "ประกาศ ณ วันที่ ๔ ตุลาคม พ.ศ. ๒๕๖๔",
            "(นายสมชาย ใจดี) ผู้อำนวยการเขตดินแดง",
        ],
    ]
    numbered = [[HEADER, *lines, f"- {n} -"] for n, lines in enumerate(pages, 1)]
    return make_pdf(numbered, title="เอกสารเผยแพร่ข้อมูลต่อสาธารณะ ปี ๒๕๖๕")


def _row(code: str, title: str, href: str) -> str:
    return f'<tr><td>{code}</td><td>{title}</td><td><a href="{href}">ดาวน์โหลด</a></td></tr>'


def _site(root: Path) -> None:
    site = root / "khet"
    (site / "files").mkdir(parents=True)
    (site / "files" / "oit65.pdf").write_bytes(_bundle())
    pdf = "/khet/files/oit65.pdf"
    rows = "".join(
        [
            _row("O10", "แผนปฏิบัติราชการประจำปี", f"{pdf}#page=3"),
            _row("O11", "รายงานการกำกับติดตามการดำเนินงาน รอบ ๖ เดือน", pdf),
            _row("O12", "รายงานผลการดำเนินงานประจำปี", pdf),
            _row("O25", "นโยบายการบริหารทรัพยากรบุคคล", f"{pdf}#page=7&zoom=100"),
            _row("O26", "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล", pdf),
        ]
    )
    (site / "index.html").write_text(
        '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>OIT 2565 | '
        "สำนักงานเขตดินแดง</title></head><body><h1>การเปิดเผยข้อมูลสาธารณะ (OIT) "
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๕</h1><table><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>"
        f"{rows}</table></body></html>",
        encoding="utf-8",
    )


def test_each_item_is_judged_on_its_own_section(tmp_path: Path, serve, settings: Settings) -> None:
    _site(tmp_path)
    server = serve(tmp_path)
    result = check_site(
        settings, server.url("/khet/"), framework="bma-2564", as_of=date(2022, 5, 31)
    )
    items = {it["code"]: it for it in result["items"]}
    pdf = server.url("/khet/files/oit65.pdf")

    def urls(code: str) -> list[str]:
        return [e["url"] for e in items[code]["evidence"]]

    # two pages of one part; "ระยะเวลา" is only on its second page
    assert items["O10"]["status"] == "pass", items["O10"]["reasons"]
    assert urls("O10")[0] == f"{pdf}#page=3"
    # only its heading: nothing published, though the next part reports progress
    assert items["O11"]["status"] == "missing", items["O11"]["reasons"]
    # the part is about FY2563, the rest of the file about 2565
    assert items["O12"]["status"] == "stale", items["O12"]["reasons"]
    assert urls("O12")[0] == f"{pdf}#page=6"
    assert items["O25"]["status"] == "pass", items["O25"]["reasons"]
    assert urls("O25")[0] == f"{pdf}#page=7"
    # linked to the file, which has no part about it: its contents page is no evidence
    assert items["O26"]["status"] == "missing", items["O26"]["reasons"]
    assert not any(u.startswith(pdf) for u in urls("O26"))


def test_links_keep_the_page_they_open_at(tmp_path: Path, serve, settings: Settings) -> None:
    _site(tmp_path)
    server = serve(tmp_path)
    check_site(settings, server.url("/khet/"), framework="bma-2564", as_of=date(2022, 5, 31))
    store = open_store(settings.db)
    try:
        with store.session() as s:
            rows = s.query(Link.to_url, Link.page, Link.context).filter(
                Link.to_url == server.url("/khet/files/oit65.pdf")
            )
            row = [
                (page or 0, context.rsplit(" | ", 1)[-1].split()[0]) for _, page, context in rows
            ]
            pages = sorted(row)
    finally:
        store.close()
    # one row per OIT row: the same file, each with its own words and page
    assert pages == [(0, "O11"), (0, "O12"), (0, "O26"), (3, "O10"), (7, "O25")]


def test_fragment_page() -> None:
    assert fragment_page("http://h/a.pdf#page=5") == 5
    assert fragment_page("http://h/a.pdf#zoom=100&page=12") == 12
    assert fragment_page("http://h/a.pdf#page=0") is None
    assert fragment_page("http://h/a.pdf#nameddest=o10") is None
    assert fragment_page("http://h/a.pdf") is None


def _matcher() -> Matcher:
    return Matcher(load_framework("bma-2564").items)


def test_code_headings_inside_a_page_and_a_contents_list() -> None:
    text = "\n".join(
        [
            "สารบัญ",
            "O25 นโยบายการบริหารทรัพยากรบุคคล 1",
            "O26 การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล 2",
            "O27 หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล 3",
            "O25 นโยบายการบริหารทรัพยากรบุคคล",
            "ประกาศสำนักงานเขต เรื่อง นโยบายการบริหารทรัพยากรบุคคล ปี 2565 ด้านการสรรหา ด้านวินัย",
            "O26 การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล",
            "ผลการดำเนินการตามนโยบาย ปีงบประมาณ พ.ศ. 2564 อบรมวินัยข้าราชการ 120 คน",
        ]
    )
    found = split_sections(text, _matcher())
    assert [sorted(s.codes) for s in found] == [["O25"], ["O26"]]
    assert found[0].text.startswith("O25 นโยบาย") and "ด้านวินัย" in found[0].text
    assert "2564" in found[1].text and "2564" not in found[0].text
    assert not found[0].page_top  # inside the page, after the contents


def test_a_document_about_one_item_is_not_split() -> None:
    pages = [
        "แผนปฏิบัติราชการประจำปี พ.ศ. 2565\nโครงการปรับปรุงทางเท้า งบประมาณ 3,200,000 บาท",
        "แผนปฏิบัติราชการประจำปี พ.ศ. 2565 (ต่อ)\nโครงการลอกท่อ งบประมาณ 1,100,000 บาท",
    ]
    assert split_sections(f"\n{PAGE_BREAK}\n".join(pages), _matcher()) == []


def test_a_pdfs_pages_stay_apart() -> None:
    from crawler.extract.pdf import extract_pdf
    from oitwatch.thai import text_quality

    body = make_pdf([["แผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๕"], ["รายงานผลการดำเนินงานประจำปี"]])
    text = extract_pdf(body).text
    assert [p.strip() for p in text.split(PAGE_BREAK)] == [
        "แผนปฏิบัติราชการประจำปี พ.ศ. ๒๕๖๕",
        "รายงานผลการดำเนินงานประจำปี",
    ]
    assert text_quality(text) == 1.0  # the break is no broken glyph


def test_the_contents_list_places_a_part_whose_heading_names_no_item() -> None:
    pages = [
        "เอกสารประกอบการเผยแพร่ข้อมูล\nสำนักงานเขตดินแดง",
        "สารบัญ\nO10 แผนปฏิบัติราชการประจำปี 1\nO11 รายงานการกำกับติดตามการดำเนินงาน 2\n"
        "O12 รายงานผลการดำเนินงานประจำปี 3",
        "ข้อ O10\nแผนปฏิบัติราชการประจำปี พ.ศ. 2565\nโครงการปรับปรุงทางเท้า งบประมาณ 3,200,000 บาท",
        "ข้อ O11\nผลงานครึ่งปีแรก (ตุลาคม 2564 - มีนาคม 2565)\nปรับปรุงทางเท้าแล้วเสร็จร้อยละ 40",
        "ข้อ O12\nรายงานผลการดำเนินงานประจำปี พ.ศ. 2564\nดำเนินการแล้วเสร็จ 18 โครงการ",
    ]
    found = split_sections(f"\n{PAGE_BREAK}\n".join(pages), _matcher())
    # the contents' page 1 is the third page (a cover and the contents before it)
    assert [(s.first_page, sorted(s.codes)) for s in found] == [
        (3, ["O10"]),
        (4, ["O11"]),
        (5, ["O12"]),
    ]
    assert "ร้อยละ 40" in found[1].text and "ร้อยละ 40" not in found[0].text
