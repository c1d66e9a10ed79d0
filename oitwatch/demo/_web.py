"""Building blocks of the generated district sites: Thai dates, documents, HTML pages.

Private to :mod:`oitwatch.demo.sitegen`; the content modules build :class:`Block` lists
with these helpers and the site generator lays them out as pages.
"""

from __future__ import annotations

import html
import io
import re
import urllib.parse
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
MONTHS = [
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
]  # fmt: skip
MONTHS_SHORT = [
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
]  # fmt: skip
DIVISIONS = [
    "ฝ่ายปกครอง", "ฝ่ายทะเบียน", "ฝ่ายโยธา", "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล", "ฝ่ายรายได้",
    "ฝ่ายรักษาความสะอาดและสวนสาธารณะ", "ฝ่ายการศึกษา", "ฝ่ายการคลัง", "ฝ่ายเทศกิจ",
    "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม",
]  # fmt: skip
# Illustrative addresses of the outside services districts link to.
EGP_BMA = "https://e-gpbma.bangkok.go.th/"
BMA_OSS = "https://bmaoss.bangkok.go.th/"
TRAFFY = "https://www.traffy.in.th/?page_id=27351"
BMA_Q = "https://bmaq.bangkok.go.th/"
FACEBOOK = "https://www.facebook.com/"


def th(text: object) -> str:
    """Arabic digits to Thai digits."""
    return str(text).translate(THAI_DIGITS)


def thai_date(d: date, *, short: bool = False, thai_digits: bool = False) -> str:
    """'30 เมษายน 2568' (Buddhist era); short month names with ``short``."""
    month = (MONTHS_SHORT if short else MONTHS)[d.month - 1]
    text = f"{d.day} {month} {d.year + 543}"
    return th(text) if thai_digits else text


def month_label(year: int, month: int) -> str:
    """'ตุลาคม 2567' for a CE year and month."""
    return f"{MONTHS[month - 1]} {year + 543}"


def fy_months(fy: int) -> list[tuple[int, int]]:
    """(CE year, month) of the twelve months of fiscal year ``fy`` (BE), October first."""
    start = fy - 544
    return [(start, m) for m in (10, 11, 12)] + [(start + 1, m) for m in range(1, 10)]


def month_due(year: int, month: int) -> date:
    """A month's summary is due by the 10th of the next month."""
    return date(year + 1, 1, 10) if month == 12 else date(year, month + 1, 10)


def due_months(fy: int, as_of: date) -> list[tuple[int, int]]:
    """Months of ``fy`` whose summary is due by ``as_of``."""
    return [(y, m) for y, m in fy_months(fy) if month_due(y, m) <= as_of]


def fy_of(d: date) -> int:
    """Fiscal year (BE) holding the day ``d``."""
    return d.year + 544 if d.month >= 10 else d.year + 543


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def href(path: str) -> str:
    """A percent-encoded absolute path (Thai slugs are encoded the way browsers send them)."""
    return esc(urllib.parse.quote(path, safe="/-._~()"))


def slugify(text: str) -> str:
    """A Thai menu slug the way the portal writes it: spaces to '-', punctuation dropped."""
    keep = "".join(c for c in text if c.isalnum() or c in " -" or "\u0e00" <= c <= "\u0e7f")
    return "-".join(keep.split())


@dataclass(frozen=True)
class Doc:
    """A document file the item page links to."""

    file: str  # file name, ASCII
    label: str  # Thai anchor text / document name
    build: Callable[[], bytes]


@dataclass(frozen=True)
class Block:
    """A piece of an item's evidence: an HTML fragment and the documents it links.

    ``element`` names the required element the block carries (dropped for 'incomplete');
    ``post`` puts the block on its own post page one click below the item page.
    """

    heading: str
    html: str = ""
    docs: Sequence[Doc] = ()
    element: str = ""
    post: bool = False
    posted: date | None = None
    links: Sequence[tuple[str, str]] = field(default_factory=tuple)  # off-site (label, url)
    open_label: str = "เปิดเอกสาร"  # anchor text of document links ('' -> the document label)


FIXED_TIME = datetime(2024, 10, 1, 9, 0, 0)


def _invariant_pdf(lines: list[str], title: str) -> bytes:
    """make_pdf with reportlab's invariant mode (no timestamp, fixed document id)."""
    from reportlab import rl_config

    from oitwatch.demo.documents import make_pdf

    before = rl_config.invariant
    rl_config.invariant = 1
    try:
        return make_pdf([lines], title=title)
    finally:
        rl_config.invariant = before


def _fixed_zip(data: bytes) -> bytes:
    """An Office file with fixed member timestamps and fixed document dates (deterministic)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp, body
                )
            member = zipfile.ZipInfo(info.filename, FIXED_TIME.timetuple()[:6])
            member.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(member, body)
    return out.getvalue()


def pdf_doc(file: str, label: str, lines: Sequence[str]) -> Doc:
    """A text PDF whose first line is its title."""
    return Doc(file, label, lambda: _invariant_pdf(list(lines), label))


def xlsx_doc(file: str, label: str, sheets: dict[str, Sequence[Sequence[object]]]) -> Doc:
    from oitwatch.demo.documents import make_xlsx

    return Doc(file, label, lambda: _fixed_zip(make_xlsx(sheets)))


def docx_doc(file: str, label: str, paragraphs: Sequence[str], table=None) -> Doc:
    from oitwatch.demo.documents import make_docx

    return Doc(file, label, lambda: _fixed_zip(make_docx(paragraphs, table=table)))


def picture_pdf(seed: int = 0) -> bytes:
    """An image-only PDF holding only a picture (a photographed page: grey bars, a seal).

    It has no text layer and no glyphs either, so neither text extraction nor OCR finds
    words in it: the checker can only say 'review'.
    """
    from PIL import Image, ImageDraw

    img = Image.new("L", (420, 594), 236)
    draw = ImageDraw.Draw(img)
    y = 60
    for i in range(22):
        width = 300 - ((i * 37 + seed * 11) % 120)
        draw.rectangle((50, y, 50 + width, y + 7), fill=150 + (i * 13) % 40)
        y += 20
    draw.ellipse((290, 480, 360, 550), outline=90, width=4)
    draw.line((80, 520, 120, 505, 160, 530, 200, 510), fill=60, width=3)
    buf = io.BytesIO()
    img.save(
        buf,
        format="PDF",
        resolution=50.0,
        creationDate=FIXED_TIME.timetuple(),
        modDate=FIXED_TIME.timetuple(),
    )
    return buf.getvalue()


def picture_png(seed: int) -> bytes:
    """A tiny portrait placeholder (an executive's photo)."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (90, 120), (200 - seed * 9 % 60, 210, 225))
    draw = ImageDraw.Draw(img)
    draw.ellipse((25, 15, 65, 60), fill=(120, 100, 90))
    draw.rectangle((15, 70, 75, 120), fill=(40, 50, 90))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def table(header: Sequence[str], rows: Sequence[Sequence[object]], *, cls: str = "table") -> str:
    """An HTML table; cells are escaped unless they are already a fragment (start with '<')."""

    def cell(v: object) -> str:
        s = str(v)
        return s if s.startswith("<") else esc(s)

    head = "".join(f"<th>{esc(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{cell(v)}</td>" for v in r) + "</tr>" for r in rows)
    return f'<table class="{cls}" border="1"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def paras(*texts: str) -> str:
    return "".join(f"<p>{esc(t)}</p>" for t in texts)


def page(
    *, title: str, site_name: str, slug: str, portal: str, menu: str, body: str, crumbs: str = ""
) -> str:
    """A full page in the portal's layout: portal bar, header, left menu, content, footer."""
    return f"""<!DOCTYPE html>
<html lang="th">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {esc(site_name)}</title>
<link rel="stylesheet" href="/{esc(slug)}/static/site.css"></head>
<body>
<div id="portal-bar">{portal}</div>
<header><a href="/{esc(slug)}"><span class="logo">กรุงเทพมหานคร</span>
<span class="site-name">{esc(site_name)}</span></a>
<nav class="top"><a href="/{esc(slug)}">หน้าแรก</a> | <a href="/{esc(slug)}/admin/login">เข้าสู่ระบบ</a></nav>
</header>
<div class="row">
<aside id="left-menu">{menu}</aside>
<main id="content">
<div class="breadcrumb"><a href="/{esc(slug)}">หน้าแรก</a> » {crumbs or esc(title)}</div>
<h1>{esc(title)}</h1>
{body}
</main>
</div>
<footer>{esc(site_name)} กรุงเทพมหานคร · สงวนลิขสิทธิ์</footer>
</body>
</html>
"""
