"""An OIT table's row may choose a page; the page itself must then hold the item.

Classes of set 6 (deep_traps O19, flaky_server O20, html_only O35, lazy_mobile O8), each one a
site built by other hands would hit too:

- a row whose link says only "เปิด" opening a news post about something else (the director at
  a Songkran festival under "การมีส่วนร่วมของผู้บริหาร"): ``missing``; a post about a public
  hearing under "การเปิดโอกาสให้เกิดการมีส่วนร่วม" holds the item's words and stays ``pass``;
- a page that restates the criterion ("ข้อมูลที่หน่วยงานต้องเผยแพร่: แสดง…") with a note that
  the division "จะนำข้อมูลขึ้นเผยแพร่เมื่อจัดทำแล้วเสร็จ": a placeholder, ``missing``;
- a line saying the item's second part "จะเผยแพร่เมื่อสิ้นปีงบประมาณ" names the part, it is not
  the part: the risk assessment alone is ``incomplete``;
- a Q&A page whose board is "ปิดปรับปรุงชั่วคราว" (a static FAQ under it): no Q&A, ``missing``.

Each site is served over real HTTP on 127.0.0.1, crawled and checked.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checklist import check_site
from oitwatch.demo.documents import make_pdf
from oitwatch.settings import Settings


def _page(title: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{title}</title>'
        f"</head><body>{body}</body></html>"
    )


def _write(root: Path, files: dict[str, str | bytes]) -> None:
    for name, data in files.items():
        path = root / "khet" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")


def _check(settings: Settings, serve, root: Path, framework: str, as_of: date) -> dict:
    server = serve(root)
    result = check_site(settings, server.url("/khet/"), framework=framework, as_of=as_of)
    return {it["code"]: it for it in result["items"]}


def _index(rows: list[tuple[str, str, str, str]], filler: list[tuple[str, str]]) -> str:
    """An OIT table: (code, name, link, link text) rows beside rows without links."""
    body = "".join(f"<tr><td>{c}</td><td>{n}</td><td>-</td></tr>" for c, n in filler)
    body += "".join(
        f'<tr><td>{c}</td><td>{n}</td><td><a href="{href}">{text}</a></td></tr>'
        for c, n, href, text in rows
    )
    return _page("การเปิดเผยข้อมูลสาธารณะ (OIT)", f"<h1>OIT</h1><table>{body}</table>")


def _post(title: str, date_line: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return _page(
        f"{title} – สำนักงานเขตจอมทอง",
        f"<p>หน้าแรก » ข่าวประชาสัมพันธ์</p><h1>{title}</h1><p>{date_line}</p>{body}",
    )


def test_a_post_about_something_else_and_a_closed_board(
    tmp_path: Path, serve, settings: Settings
) -> None:
    songkran = _post(
        "ผู้อำนวยการเขตจอมทองร่วมงานสืบสานประเพณีสงกรานต์ ชุมชนบางขุนเทียน",
        "๑๒ เม.ย. ๒๕๖๕ | ฝ่ายปกครอง | หมวด: ข่าวประชาสัมพันธ์",
        [
            "นายวรวุฒิ ทองประเสริฐ ผู้อำนวยการเขตจอมทอง พร้อมด้วยคณะผู้บริหาร ร่วมพิธีสรงน้ำพระ"
            " และรดน้ำขอพรผู้สูงอายุ ในงานสืบสานประเพณีสงกรานต์ ประจำปี ๒๕๖๕ ณ ลานวัดบางขุนเทียนใน"
            " มีประชาชนเข้าร่วมกว่า ๒๐๐ คน ภายใต้มาตรการป้องกันโรคโควิด-๑๙ อย่างเคร่งครัด"
        ],
    )
    hearing = _post(
        "ประชุมประชาคมรับฟังความคิดเห็นโครงการปรับปรุงเขื่อนริมคลองด่าน",
        "โพสต์เมื่อ ๑๘ กุมภาพันธ์ ๒๕๖๕ โดย ฝ่ายโยธา",
        [
            "ฝ่ายโยธาจัดประชุมประชาคมเพื่อเปิดโอกาสให้ประชาชนในชุมชนริมคลองด่าน ๔ ชุมชน"
            " ร่วมแสดงความคิดเห็นต่อรูปแบบโครงการปรับปรุงเขื่อนและทางเดินริมคลอง มีผู้เข้าร่วม ๑๒๖ คน",
            "สำนักงานเขตได้นำข้อเสนอไปปรับแบบ และแต่งตั้งผู้แทนชุมชน ๕ คน ร่วมเป็นกรรมการตรวจรับงานจ้าง"
            " เพื่อให้ประชาชนมีส่วนร่วมตรวจสอบ",
        ],
    )
    qa = _page(
        "ถาม-ตอบ (Q&A) - สำนักงานเขตจอมทอง",
        "<h1>ถาม-ตอบ (Q&amp;A)</h1><p>ระบบกระดานถาม-ตอบออนไลน์ ปิดปรับปรุงชั่วคราว</p>"
        "<p>ถาม: ย้ายที่อยู่ต้องใช้เอกสารอะไร</p><p>ตอบ: บัตรประจำตัวประชาชน และทะเบียนบ้าน</p>"
        "<p>ถาม: ชำระภาษีป้ายได้ถึงเมื่อไร</p><p>ตอบ: ภายในเดือนมีนาคมของทุกปี</p>"
        "<p>หากมีข้อสงสัยเพิ่มเติม โปรดติดต่อสำนักงานเขตในวันและเวลาราชการ</p>",
    )
    _write(
        tmp_path,
        {
            "index.html": _index(
                [
                    ("O8", "Q&amp;A", "/khet/qa.html", "เปิด"),
                    ("O33", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", "/khet/hearing.html", "เปิด"),
                    ("O35", "การมีส่วนร่วมของผู้บริหาร", "/khet/songkran.html", "เปิด"),
                ],
                [("O1", "โครงสร้าง"), ("O2", "ข้อมูลผู้บริหาร"), ("O3", "อำนาจหน้าที่")],
            ),
            "qa.html": qa,
            "hearing.html": hearing,
            "songkran.html": songkran,
        },
    )
    items = _check(settings, serve, tmp_path, "bma-2564", date(2022, 5, 20))
    assert items["O35"]["status"] == "missing", items["O35"]["reasons"]
    assert items["O33"]["status"] == "pass", items["O33"]["reasons"]
    assert items["O8"]["status"] == "missing", items["O8"]["reasons"]


def test_restated_criteria_and_a_part_to_be_published_later(
    tmp_path: Path, serve, settings: Settings
) -> None:
    assessment = make_pdf(
        [
            [
                "การประเมินความเสี่ยงต่อการรับสินบน",
                "สำนักงานเขตบางบอน ประจำปีงบประมาณ พ.ศ. 2568",
                "กระบวนงาน เหตุการณ์ความเสี่ยง โอกาส ผลกระทบ ระดับ มาตรการควบคุม",
                "การอนุญาตก่อสร้างอาคาร เรียกรับเงินเพื่อเร่งรัดการพิจารณา 3 4 สูง กำหนดคิวให้เปิดเผย",
                "20 ธันวาคม 2567 ผู้อำนวยการเขตบางบอน",
            ]
        ]
    )
    risk = _page(
        "การประเมินความเสี่ยงต่อการรับสินบน | สำนักงานเขตบางบอน",
        "<h1>การประเมินความเสี่ยงต่อการรับสินบน</h1>"
        "<p>ปรับปรุงล่าสุด ๓๐ มิถุนายน ๒๕๖๘</p>"
        "<p>รายงานผลการดำเนินการเพื่อจัดการความเสี่ยง จะเผยแพร่เมื่อสิ้นปีงบประมาณ</p>"
        '<p>เอกสารแนบ</p><a href="/khet/risk-2568.pdf">ผลการประเมินความเสี่ยงต่อการรับสินบน'
        " ปีงบประมาณ ๒๕๖๘ (PDF)</a>",
    )
    discretion = _page(
        "แนวทางการปฏิบัติในการใช้ดุลยพินิจ | สำนักงานเขตบางบอน",
        "<h1>แนวทางการปฏิบัติในการใช้ดุลยพินิจ</h1>"
        "<p>ข้อมูลที่หน่วยงานต้องเผยแพร่: แสดงแนวทางการปฏิบัติงานในการใช้ดุลยพินิจของเจ้าหน้าที่"
        "ในกระบวนงานที่มีการใช้ดุลยพินิจ</p>"
        "<p>โดยมีข้อมูลรายละเอียด เช่น กระบวนงาน ขั้นตอน หลักเกณฑ์ในการใช้ดุลยพินิจ ผู้มีอำนาจพิจารณา"
        " เป็นต้น และเป็นข้อมูลที่เป็นปัจจุบัน</p>"
        "<p>(ฝ่ายปกครองจะนำข้อมูลขึ้นเผยแพร่เมื่อจัดทำแล้วเสร็จ)</p>",
    )
    _write(
        tmp_path,
        {
            "index.html": _index(
                [
                    (
                        "O19",
                        "การประเมินความเสี่ยงต่อการรับสินบน",
                        "/khet/risk.html",
                        "คลิกดูข้อมูล",
                    ),
                    (
                        "O20",
                        "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่",
                        "/khet/discretion.html",
                        "เปิดดู",
                    ),
                ],
                [("O1", "ข้อมูลพื้นฐาน"), ("O2", "นโยบายผู้ว่าราชการกรุงเทพมหานคร"), ("O3", "โรงเรียน")],
            ),
            "risk.html": risk,
            "risk-2568.pdf": assessment,
            "discretion.html": discretion,
        },
    )
    items = _check(settings, serve, tmp_path, "bma-2567", date(2025, 7, 15))
    assert items["O20"]["status"] == "missing", items["O20"]["reasons"]
    assert items["O19"]["status"] == "incomplete", items["O19"]["reasons"]
    assert items["O19"]["elements_missing"] == ["report"], items["O19"]["reasons"]
