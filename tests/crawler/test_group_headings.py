"""A link under a group heading naming one item code (a sub-list's parent item, an accordion
panel's heading, a list's own heading, a ``<details>`` summary) has the heading in its row, so
the OIT index reads it as that item's; a sibling row's code or a long paragraph never is."""

from __future__ import annotations

from crawler.extract.html import parse_html

PAGE = """<html><body><h2>ITA 2567</h2>
<ul class="menu">
 <li><a href="/o4.html">O4 การประชาสัมพันธ์</a></li>
 <li><a href="/plain.html">หน้าทั่วไป</a></li>
 <li class="has-children"><a href="#">O5 แผนปฏิบัติราชการ</a>
  <ul class="sub-menu"><li><a href="/o5-plan.pdf">ฉบับปี 2567</a></li></ul></li>
</ul>
<div class="card"><div class="card-header"><button>O7 คู่มือการให้บริการ</button></div>
 <div class="collapse show"><p><a href="/o7.pdf">ฝ่ายทะเบียน</a></p></div></div>
<div class="widget"><h3>O13 แผนการใช้จ่ายงบประมาณ</h3><ul><li><a href="/o13.pdf">ปี 2567</a></li></ul></div>
<details><summary>O9 สถิติภาษี</summary><ul><li><a href="/o9.xlsx">2567</a></li></ul></details>
<div><p>ข้อ O20 และ O21 ของปีนี้ได้รับการปรับปรุงแล้ว</p><ul><li><a href="/x.pdf">เอกสาร</a></li></ul></div>
<div><h3>ลิงก์ที่น่าสนใจ</h3><ul><li><a href="/y.html">กรุงเทพมหานคร</a></li></ul></div>
</body></html>"""


def _rows() -> dict[str, str]:
    page = parse_html(PAGE.encode(), "text/html; charset=utf-8", "http://site.test/")
    return {lk.url.rsplit("/", 1)[-1]: lk.context.rsplit(" | ", 1)[-1] for lk in page.links}


def test_sub_links_take_their_group_headings_code() -> None:
    rows = _rows()
    assert rows["o5-plan.pdf"].startswith("O5 แผนปฏิบัติราชการ")
    assert rows["o7.pdf"].startswith("O7 คู่มือการให้บริการ")
    assert rows["o13.pdf"].startswith("O13 แผนการใช้จ่ายงบประมาณ")
    assert rows["o9.xlsx"].startswith("O9 สถิติภาษี")


def test_rows_without_a_group_heading_keep_their_own_words() -> None:
    rows = _rows()
    assert rows["plain.html"] == "หน้าทั่วไป"  # not the O4 row above it
    assert rows["x.pdf"] == "เอกสาร"  # a paragraph naming two codes is no heading
    assert rows["y.html"] == "กรุงเทพมหานคร"
