"""An OIT index row sending the item to an outside system (e-GPBMA) is the item's strongest
candidate, but no page of the site: the site's own monthly posts, found the same way as each
other, all join the evidence (not only the first few), so every month is read.

The site is built here, served over real HTTP on 127.0.0.1, crawled and checked like any
district.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from checklist import check_site
from oitwatch.demo.documents import make_pdf
from oitwatch.devserver import SiteServer
from oitwatch.settings import Settings

SITE = "สำนักงานเขตทดสอบ"
HEAD = '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{t}</title></head><body>'
COLUMNS = [
    "ลำดับที่ งานที่จัดซื้อหรือจัดจ้าง วงเงินที่จะซื้อหรือจ้าง ราคากลาง วิธีซื้อหรือจ้าง",
    "รายชื่อผู้เสนอราคาและราคาที่เสนอ ผู้ได้รับการคัดเลือกและราคาที่ตกลง",
    "เหตุผลที่คัดเลือกโดยสรุป เลขที่และวันที่ของสัญญาหรือข้อตกลง",
    "1 จ้างซ่อมท่อ 50,000 50,000 เฉพาะเจาะจง หจก.ทดสอบ 49,000 หจก.ทดสอบ 49,000 ราคาต่ำสุด 12/67",
]
# FY2567: October 2566 - March 2567 due by 10 April 2567; December skipped
MONTHS = ["ตุลาคม 2566", "พฤศจิกายน 2566", "มกราคม 2567", "กุมภาพันธ์ 2567", "มีนาคม 2567"]


def _page(title: str, body: str) -> str:
    menu = '<p><a href="/">หน้าแรก</a> | <a href="/procure/">จัดซื้อจัดจ้าง</a> | <a href="/ita/">ITA</a></p>'
    return HEAD.format(t=f"{title} | {SITE}") + f"{menu}<h1>{title}</h1>{body}</body></html>"


def _write(root: Path, name: str, html: str) -> None:
    (root / name).parent.mkdir(parents=True, exist_ok=True)
    (root / name).write_text(html, encoding="utf-8")


def _site(root: Path) -> None:
    _write(root, "index.html", _page(SITE, ""))
    _write(
        root,
        "ita/index.html",
        _page(
            "การเปิดเผยข้อมูลสาธารณะ (OIT) ปี 2567",
            "<table><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>"
            "<tr><td>o13</td><td>แผนการใช้จ่ายงบประมาณประจำปี</td>"
            '<td><a href="/files/plan.pdf">แผนการใช้จ่ายงบประมาณ ปี 2567</a></td></tr>'
            "<tr><td>o14</td><td>ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ</td>"
            '<td><a href="/files/budget.pdf">ข้อบัญญัติงบประมาณ 2567</a></td></tr>'
            "<tr><td>o16</td><td>หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล</td>"
            '<td><a href="/files/hr.pdf">หลักเกณฑ์การบริหารทรัพยากรบุคคล</a></td></tr>'
            "<tr><td>o17</td><td>รายงานผลการดำเนินการป้องกันการทุจริตประจำปี</td>"
            '<td><a href="/files/ac.pdf">รายงานผลการดำเนินการป้องกันการทุจริต</a></td></tr>'
            "<tr><td>o15</td><td>ประกาศจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้างรายเดือน</td>"
            '<td><a href="https://egpbma.bangkok.go.th/">e-GPBMA</a></td></tr></table>',
        ),
    )
    posts = []
    for n, month in enumerate(MONTHS, 1):
        title = f"สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน{month}"
        posts.append(f'<li><a href="/node/{n}/">{title}</a></li>')
        _write(
            root,
            f"node/{n}/index.html",
            _page(title, f'<p><a href="/files/skr1_{n}.pdf">สขร.1 {month}</a></p>'),
        )
        (root / "files").mkdir(exist_ok=True)
        lines = [f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {month}", SITE, *COLUMNS]
        (root / "files" / f"skr1_{n}.pdf").write_bytes(make_pdf([lines], title=lines[0]))
    _write(
        root,
        "procure/index.html",
        _page(
            "จัดซื้อจัดจ้าง",
            '<p><a href="/node/9/">ประกาศประกวดราคาจ้างปรับปรุงทางเท้า (e-bidding)</a></p>'
            "<ul>" + "".join(posts) + "</ul>",
        ),
    )
    _write(
        root,
        "node/9/index.html",
        _page(
            "ประกาศประกวดราคาจ้างปรับปรุงทางเท้า (e-bidding)",
            "<p>ประกาศ ณ วันที่ 15 มกราคม 2567 "
            '<a href="https://egpbma.bangkok.go.th/">e-GPBMA</a></p>',
        ),
    )


def test_the_sites_own_monthly_posts_all_join_beside_an_outside_link(
    tmp_path: Path, serve: Callable[..., SiteServer], settings: Settings
) -> None:
    _site(tmp_path)
    server = serve(tmp_path)
    result = check_site(settings, server.url("/"), framework="bma-2567", as_of=date(2024, 4, 30))
    o15 = next(it for it in result["items"] if it["code"] == "O15")
    assert o15["months_missing"] == ["2023-12"], o15["reasons"]
    assert o15["status"] == "incomplete", o15["reasons"]
