"""One long OIT page holding the items inline: each item is judged on its own section of it.

A district's OIT page made here (a table of contents linking "#o3", "#o6" ..., one
``<section id>`` per item under its heading, a manual and a guideline inside Bootstrap modals
at the end of the page opened by buttons in their sections, a code written in Thai digits,
a heading in other words than the item's, a section that only introduces a document of
another item, statistics of a past fiscal year) is served over real HTTP on 127.0.0.1,
crawled and checked. The page's blocks as the extractor keeps them are checked on the HTML
alone.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checklist import check_site
from checklist.meaning import Matcher
from checklist.sections import split_sections
from crawler.extract import PAGE_BREAK
from crawler.extract.html import parse_html
from oitwatch.demo.documents import make_pdf
from oitwatch.settings import Settings
from rules import load_framework

DIVISIONS = [
    "ฝ่ายปกครอง",
    "ฝ่ายทะเบียน",
    "ฝ่ายการคลัง",
    "ฝ่ายรายได้",
    "ฝ่ายโยธา",
    "ฝ่ายรักษาความสะอาดและสวนสาธารณะ",
    "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล",
    "ฝ่ายเทศกิจ",
    "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม",
    "ฝ่ายการศึกษา",
]
SCHOOLS = ["โรงเรียนวัดเขียนเขต", "โรงเรียนวัดประชาศรัทธาธรรม", "โรงเรียนประชาภิบาล"]
TOC = [
    ("o3", "O3 สถานศึกษาสังกัด กทม. ในเขต"),
    ("o6", "O6 คู่มือปฏิบัติงานของเจ้าหน้าที่"),
    ("o9", "O9 สถิติการจัดเก็บภาษี"),
    ("o20", "O๒๐ การใช้ดุลพินิจของเจ้าหน้าที่"),
    ("o21", "O21 ทรัพย์สินราชการ ของบริจาค ของกลาง"),
]


def _section(ident: str, heading: str, body: str) -> str:
    return f'<section id="{ident}"><h2>{heading}</h2>{body}<p><a href="#top">กลับด้านบน</a></p></section>'


def _modal(ident: str, title: str, body: str) -> str:
    return (
        f'<div class="modal fade" id="{ident}" tabindex="-1" aria-hidden="true"><div class="modal-dialog">'
        f'<div class="modal-content"><div class="modal-header"><h5 class="modal-title">{title}</h5>'
        '<button type="button" data-bs-dismiss="modal">ปิด</button></div>'
        f'<div class="modal-body">{body}</div></div></div></div>'
    )


def _button(target: str, words: str) -> str:
    return f'<button type="button" class="btn" data-bs-toggle="modal" data-bs-target="#{target}">{words}</button>'


def _page() -> str:
    toc = "".join(f'<a href="#{i}">{t}</a>' for i, t in TOC)
    schools = "".join(
        f"<tr><td>{n}</td><td>{s}</td><td>ถนนประชาราษฎร์</td><td>อนุบาล – ประถมศึกษาปีที่ ๖</td></tr>"
        for n, s in enumerate(SCHOOLS, 1)
    )
    taxes = "".join(
        f"<tr><td>{m} ๒๕๖๕</td><td>{n},๒๐๐,๐๐๐.๐๐</td></tr>"
        for m, n in (("ตุลาคม", "๑"), ("พฤศจิกายน", "๒"), ("ธันวาคม", "๓"))
    )
    manuals = "".join(
        f"<h5>คู่มือการปฏิบัติงาน {d}</h5><ol><li>รับเรื่อง</li><li>ตรวจสอบ</li>"
        f"<li>เสนอผู้อำนวยการเขต</li></ol><p>ผู้ควบคุม: หัวหน้า{d}</p>"
        for d in DIVISIONS
    )
    sections = [
        _section(
            "o3",
            TOC[0][1],
            "<p>สถานศึกษาที่ตั้งอยู่ในพื้นที่ จำนวน ๓ แห่ง อยู่ในความดูแลของฝ่ายการศึกษา</p>"
            f"<table><tr><th>ที่</th><th>ชื่อ</th><th>ที่ตั้ง</th><th>ระดับชั้น</th></tr>{schools}</table>",
        ),
        _section(
            "o6",
            TOC[1][1],
            "<p>คู่มือการปฏิบัติหน้าที่ของเจ้าหน้าที่ครบทุกฝ่าย คลิกปุ่มเพื่อเปิดอ่าน</p>" + _button("m-o6", "เปิดคู่มือ"),
        ),
        _section(
            "o9",
            TOC[2][1],
            "<p>สถิติการจัดเก็บภาษีของสำนักงานเขต ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ (หน่วย: บาท)</p>"
            f"<table><tr><th>เดือน</th><th>ภาษีที่ดินและสิ่งปลูกสร้าง</th></tr>{taxes}</table>"
            "<p>ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๖ · ฝ่ายรายได้</p>",
        ),
        _section(
            "o20",
            TOC[3][1],
            "<p>แนวทางปฏิบัติในการใช้ดุลพินิจของเจ้าหน้าที่ (O๒๐)</p>" + _button("m-o20", "อ่านแนวทาง"),
        ),
        _section(
            "o21",
            TOC[4][1],
            "<p>สำนักงานเขตได้กำหนดแนวทางการบริหารจัดการทรัพย์สินของทางราชการ การรับและการใช้ของบริจาค"
            " และการจัดเก็บรักษาของกลาง รายละเอียดตามเอกสารแนบ</p>"
            '<p><a href="/khet/oit/docs/asset-2568.pdf">ประกาศสำนักงานเขต เรื่อง การจัดการทรัพย์สินของราชการ'
            " ของบริจาค และของกลาง (PDF)</a></p>",
        ),
    ]
    modals = _modal(
        "m-o6", "คู่มือการปฏิบัติหน้าที่ สำนักงานเขตบางซื่อ", f"<p>ฉบับปรับปรุง ตุลาคม ๒๕๖๗</p>{manuals}"
    ) + _modal(
        "m-o20",
        "แนวทางการใช้ดุลพินิจของเจ้าหน้าที่",
        "<p><b>แนวทางการใช้ดุลพินิจของเจ้าหน้าที่ สำนักงานเขตบางซื่อ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</b></p>"
        "<ol><li>การพิจารณาอนุญาตก่อสร้างให้เป็นไปตามกฎกระทรวงและข้อบัญญัติ ภายใน ๔๕ วัน</li>"
        "<li>การผ่อนผันการจัดระเบียบผู้ค้าให้พิจารณาตามหลักเกณฑ์ที่ประกาศ</li>"
        "<li>การเปรียบเทียบปรับให้เป็นไปตามอัตราที่กำหนด ไม่ใช้ดุลพินิจเกินกรอบ</li></ol>"
        "<p>ประกาศ ณ วันที่ ๑ ตุลาคม ๒๕๖๗ ผู้อำนวยการเขตบางซื่อ</p>",
    )
    return (
        '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>OIT ๒๕๖๘ | '
        'สำนักงานเขตบางซื่อ</title></head><body><nav><a href="/khet/">หน้าแรก</a></nav>'
        f'<aside id="toc"><b>สารบัญ OIT ๒๕๖๘</b>{toc}</aside><div class="content"><a id="top"></a>'
        "<h1>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</h1>"
        f"{''.join(sections)}</div>{modals}</body></html>"
    )


def _site(root: Path) -> None:
    site = root / "khet"
    (site / "oit" / "docs").mkdir(parents=True)
    (site / "oit" / "index.html").write_text(_page(), encoding="utf-8")
    (site / "oit" / "docs" / "asset-2568.pdf").write_bytes(
        make_pdf(
            [
                "ประกาศสำนักงานเขตบางซื่อ เรื่อง ประกาศผู้ชนะการเสนอราคา",
                "จ้างเหมาปรับปรุงผิวจราจรซอยประชาราษฎร์ สาย ๒ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์",
                "ผู้ชนะการเสนอราคา บริษัท รุ่งเรืองโยธา จำกัด ราคา ๒,๘๑๐,๐๐๐ บาท",
                "ประกาศ ณ วันที่ ๒๐ มกราคม พ.ศ. ๒๕๖๘",
            ]
        )
    )
    (site / "index.html").write_text(
        '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>สำนักงานเขตบางซื่อ'
        '</title></head><body><nav><a href="/khet/oit/">การเปิดเผยข้อมูลสาธารณะ (OIT)</a></nav>'
        "<p>ยินดีต้อนรับ</p></body></html>",
        encoding="utf-8",
    )


def test_each_item_is_judged_on_its_section_of_one_page(
    tmp_path: Path, serve, settings: Settings
) -> None:
    _site(tmp_path)
    server = serve(tmp_path)
    result = check_site(
        settings, server.url("/khet/"), framework="bma-2567", as_of=date(2025, 2, 28)
    )
    items = {it["code"]: it for it in result["items"]}
    page = server.url("/khet/oit/")

    def first(code: str) -> str:
        return items[code]["evidence"][0]["url"]

    # headed in other words ("สถานศึกษาสังกัด กทม."): its code among headings numbered as ours
    assert items["O3"]["status"] == "pass", items["O3"]["reasons"]
    assert first("O3").startswith(f"{page}#part=")
    # the manuals in a modal at the end of the page, opened from the item's section
    assert items["O6"]["status"] == "pass", items["O6"]["reasons"]
    assert first("O6").startswith(f"{page}#part=")
    # titled as the item, the figures of FY2566
    assert items["O9"]["status"] == "stale", items["O9"]["reasons"]
    # "O๒๐", "ดุลพินิจ", the guideline in a modal
    assert items["O20"]["status"] == "pass", items["O20"]["reasons"]
    # a sentence sending the reader to its attachment, the attachment another item's: the
    # sentence and the link's words are no property, donations or impounded goods
    assert items["O21"]["status"] != "pass", items["O21"]["reasons"]
    # each section is its own: the manuals are not the discretion guideline's evidence
    assert all(first(c) != first("O6") for c in ("O3", "O9", "O20", "O21"))


def test_the_pages_blocks_and_its_sections() -> None:
    page = parse_html(_page().encode(), "text/html; charset=utf-8", "http://x/khet/oit/")
    blocks = [b.strip().splitlines() for b in page.text.split(PAGE_BREAK)]
    firsts = [b[0] for b in blocks if b]
    for _, heading in TOC:
        assert heading in firsts  # each heading opens a block
    # the modal's text follows the button that opens it, inside the item's section
    text = page.text
    assert text.index("คู่มือการปฏิบัติงาน ฝ่ายปกครอง") < text.rindex(TOC[2][1])
    assert text.rindex(TOC[3][1]) < text.index("แนวทางการใช้ดุลพินิจของเจ้าหน้าที่ สำนักงานเขต")
    found = split_sections(text, Matcher(load_framework("bma-2567").items))
    assert [sorted(s.codes) for s in found] == [["O3"], ["O6"], ["O9"], ["O20"], ["O21"]]
    assert "ฝ่ายการศึกษา" in found[1].text and "ฝ่ายการศึกษา" not in found[3].text


def test_a_word_spelt_one_consonant_longer_or_shorter() -> None:
    """ดุลพินิจ and ดุลยพินิจ are one word: an item whose rule file spells it one way is found
    in a heading spelling it the other (the rule file's own synonym taken out here)."""
    items = load_framework("bma-2567").items
    o20 = next(it for it in items if it.code == "O20")
    one_way = o20.model_copy(
        update={"phrases": [p for p in o20.phrases if "ดุลพ" not in p], "synonyms": []}
    )
    matcher = Matcher([one_way if it.code == "O20" else it for it in items])
    assert "O20" in matcher.match("O๒๐ การใช้ดุลพินิจของเจ้าหน้าที่")
    assert "O20" in matcher.match("แนวทางการใช้ดุลพินิจ สำนักงานเขตบางซื่อ")
    assert "O20" not in matcher.match("แนวทางการใช้ดุลพิ สำนักงานเขตบางซื่อ")  # a word cut short
    other = o20.model_copy(update={"phrases": ["การใช้ดุลพินิจ"], "synonyms": []})
    assert "O20" in Matcher([other]).match("คู่มือการใช้ดุลยพินิจของเจ้าหน้าที่")
