"""Fixture sites for crawler tests: a Bangkok district under /district-a/ with every hazard.

``build_district(root)`` writes the files and returns the faults to serve with them.
"""

from __future__ import annotations

import urllib.parse
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from oitwatch.demo.documents import make_docx, make_pdf, make_scanned_pdf, make_xlsx, thai_font_path
from oitwatch.devserver import Fault
from oitwatch.store import Site, Store
from oitwatch.store.validators import shift_history

__all__ = [
    "CALENDAR_VARIANTS",
    "IMAGE_LINE",
    "THAI_SLUG",
    "UPLOAD_LINE",
    "build_district",
    "build_small_site",
    "make_png",
    "write",
]

THAI_SLUG = "ข่าวประชาสัมพันธ์"
CALENDAR_VARIANTS = 200
PDF_LINE = "รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2568"
SCAN_LINE = "ประกาศสำนักงานเขต เรื่อง การจัดซื้อจัดจ้าง"
UPLOAD_LINE = "งบประมาณรายจ่ายประจำปี พ.ศ. 2568 สำนักงานเขตเอ"
IMAGE_LINE = "ประกาศรับสมัครงาน"
TIS_TEXT = "ประกาศรับสมัครงาน สำนักงานเขตตัวอย่าง"

PORTAL_BAR = """
<nav class="portal"><a href="/district-b/index.html">เขตบี</a> <a href="/district-c/">เขตซี</a>
<a href="http://www.bangkok.go.th/">กรุงเทพมหานคร</a></nav>
"""


def write(root: Path, rel: str, data: str | bytes) -> Path:
    """Write ``data`` at ``root/rel`` (folders made); text is UTF-8."""
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def _page(title: str, body: str) -> str:
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>'
        f"<script>var tracking = 'ไม่ควรปรากฏ';</script><style>p {{color: red}}</style></head>"
        f"<body>{PORTAL_BAR}{body}</body></html>"
    )


def make_png(line: str) -> bytes:
    """A picture of one line of Thai text (a notice posted as an image)."""
    import io

    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(thai_font_path()), 56)
    img = Image.new("L", (1600, 160), 255)
    ImageDraw.Draw(img).text((40, 40), line, font=font, fill=0)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def _cp874_page(title: str, text: str, *, meta: bool = False) -> bytes:
    head = '<meta http-equiv="Content-Type" content="text/html; charset=tis-620">' if meta else ""
    html = f"<html><head>{head}<title>{title}</title></head><body><h1>{title}</h1><p>{text}</p></body></html>"
    return html.encode("cp874")


def build_district(root: Path) -> dict[str, Fault]:
    """The hostile district site; returns the faults keyed by path (or path with query)."""
    slug = urllib.parse.quote(
        THAI_SLUG
    ).lower()  # lower-case escapes: canonicalisation must unify them
    write(root, "robots.txt", "User-agent: *\nDisallow: /district-a/private/\n")
    write(
        root,
        "district-a/index.html",
        _page(
            "สำนักงานเขตเอ",
            f"""
<h1>สำนักงานเขตเอ</h1>
<h2>ข้อมูลพื้นฐาน</h2>
<ul>
 <li>โครงสร้างหน่วยงาน <a href="docs/report.pdf">ดาวน์โหลด</a></li>
 <li>แผนปฏิบัติราชการ <a href="docs/plan.docx">เปิดเอกสาร</a></li>
 <li>งบประมาณ <a href="docs/budget.xlsx?utm_source=line&amp;fbclid=abc">ตาราง</a></li>
 <li><a href="news.html#top">ข่าว</a> <a href="news.html;jsessionid=ABC123">ข่าว (session)</a>
     <a href="/district-a//news.html?PHPSESSID=zz">ข่าว (dup slash)</a></li>
 <li><a href="page/{THAI_SLUG}/1/">{THAI_SLUG}</a> <a href="page/{slug}/1/">อีกทาง</a></li>
 <li><a href="calendar?month=1">ปฏิทินกิจกรรม</a> <a href="loopdir/">วนซ้ำ</a></li>
 <li><a href="private/secret.html">ส่วนตัว</a> <a href="loop">วนลูป</a> <a href="down.html">ล่ม</a></li>
 <li><a href="tis.html">ไทย 874</a> <a href="tis-meta.html">ไทย meta</a> <a href="tis-bare.html">ไทย ไม่ระบุ</a></li>
 <li><a href="docs/scan.pdf">ประกาศ (สแกน)</a> <a href="docs/truncated.pdf">เสีย</a> <a href="docs/garbage.xlsx">ขยะ</a>
     <a href="docs/huge.pdf">ใหญ่มาก</a> <a href="docs/endless.pdf">ไม่สิ้นสุด</a>
     <a href="docs/old.doc">เอกสารเก่า</a> <a href="/uploads/district-a/budget-2568.pdf">งบประมาณ (ไฟล์กลาง)</a> <a href="docs/notice.png">ประกาศ (ภาพ)</a></li>
 <li>ติดต่อ <a href="mailto:saraban@district-a.go.th">อีเมล</a> <a href="tel:021234567">โทร</a>
     <a href="javascript:void(0)">เมนู</a></li>
</ul>
<img src="logo.png" alt="ตราสัญลักษณ์">
<iframe src="embed.html" title="แผนที่"></iframe>
""",
        ),
    )
    write(
        root,
        "district-a/news.html",
        _page(
            "ข่าวสาร",
            "<h2>ข่าวสาร</h2><table><tr><th>วันที่</th><th>เรื่อง</th></tr>"
            "<tr><td>1 ต.ค. 2567</td><td>ประชุมประจำเดือน</td></tr></table>"
            '<p><a href="index.html">หน้าแรก</a></p>',
        ),
    )
    write(root, "district-a/embed.html", _page("แผนที่", "<p>แผนที่สำนักงานเขต</p>"))
    write(
        root,
        f"district-a/page/{THAI_SLUG}/1/index.html",
        _page(THAI_SLUG, f"<h1>{THAI_SLUG}</h1><p>หน้า 1</p>"),
    )
    write(root, "district-a/loopdir/index.html", _page("วน", '<a href="loopdir/">ต่อ</a>'))
    (root / "district-a/loopdir/loopdir").symlink_to(".")
    write(root, "district-a/private/secret.html", _page("ลับ", "<p>ลับ</p>"))
    write(
        root, "district-b/index.html", _page("เขตบี", '<a href="/district-a/index.html">เขตเอ</a>')
    )
    write(
        root,
        "district-a/docs/report.pdf",
        make_pdf([[PDF_LINE, "สำนักงานเขตเอ กรุงเทพมหานคร"]], title="รายงาน"),
    )
    write(root, "district-a/docs/truncated.pdf", make_pdf([[PDF_LINE]] * 3)[:400])
    write(root, "district-a/docs/scan.pdf", make_scanned_pdf([SCAN_LINE]))
    write(
        root,
        "district-a/docs/budget.xlsx",
        make_xlsx(
            {
                "งบประมาณ": [
                    ["รายการ", "จำนวนเงิน (บาท)"],
                    ["ค่าจ้างเหมาบริการ", 120000],
                    ["ค่าวัสดุ", 4500],
                ]
            }
        ),
    )
    write(
        root,
        "district-a/docs/plan.docx",
        make_docx(
            ["แผนปฏิบัติราชการ ประจำปี 2568"], table=[["โครงการ", "งบประมาณ"], ["ลอกท่อ", "50000"]]
        ),
    )
    write(root, "district-a/docs/notice.png", make_png(IMAGE_LINE))
    write(root, "uploads/district-a/budget-2568.pdf", make_pdf([[UPLOAD_LINE]]))
    write(root, "district-a/docs/garbage.xlsx", b"PK\x03\x04" + b"\x00garbage" * 50)
    write(root, "district-a/docs/old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    faults = {
        "/district-a/loop": Fault(redirect="/district-a/loop"),
        "/district-a/down.html": Fault(status=503),
        "/district-a/docs/huge.pdf": Fault(size=2 * 1024**3),
        "/district-a/docs/endless.pdf": Fault(endless=True),
        "/district-a/tis.html": Fault(
            body=_cp874_page("ประกาศ", TIS_TEXT),
            headers={"Content-Type": "text/html; charset=windows-874"},
        ),
        "/district-a/tis-meta.html": Fault(
            body=_cp874_page("ประกาศเมตา", TIS_TEXT, meta=True),
            headers={"Content-Type": "text/html"},
        ),
        "/district-a/tis-bare.html": Fault(
            body=_cp874_page("ประกาศเปล่า", TIS_TEXT), headers={"Content-Type": "text/html"}
        ),
    }
    for month in range(1, CALENDAR_VARIANTS + 1):
        body = _page(
            f"ปฏิทิน {month}", f'<p>เดือน {month}</p><a href="calendar?month={month + 1}">ถัดไป</a>'
        )
        faults[f"/district-a/calendar?month={month}"] = Fault(
            body=body.encode(), headers={"Content-Type": "text/html; charset=utf-8"}
        )
    return faults


def build_small_site(root: Path, pages: int = 5) -> None:
    """A plain site under /district-a/: an index linking ``pages`` pages and one PDF."""
    links = "".join(f'<li><a href="p{i}.html">หน้า {i}</a></li>' for i in range(pages))
    write(
        root,
        "district-a/index.html",
        _page("หน้าแรก", f'<ul>{links}<li><a href="doc.pdf">รายงาน</a></li></ul>'),
    )
    for i in range(pages):
        write(root, f"district-a/p{i}.html", _page(f"หน้า {i}", f"<p>เนื้อหาหน้า {i}</p>"))
    write(root, "district-a/doc.pdf", make_pdf([[PDF_LINE]]))


def pass_night(store: Store, days: float = 1.0) -> None:
    """A day (or ``days``) passes for every site of the store: its crawl history grows older."""
    with store.session() as s:
        for site_id in s.scalars(select(Site.id)):
            shift_history(s, site_id, timedelta(days=days))


def asked_names(srv) -> set[str]:
    """The last path segment of every request the loopback server ``srv`` answered."""
    return {p.rsplit("/", 1)[-1] for p, _ in srv.requests}
