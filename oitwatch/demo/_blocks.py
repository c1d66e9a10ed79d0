"""Content shared by both frameworks: the context of one item, and common evidence blocks.

Each builder returns :class:`~oitwatch.demo._web.Block` lists written the way Bangkok
district sites write them (Thai, Buddhist era, "เปิดเอกสาร" links).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from oitwatch.demo._web import (
    DIVISIONS,
    Block,
    Doc,
    docx_doc,
    esc,
    paras,
    pdf_doc,
    picture_png,
    table,
    th,
    thai_date,
)


@dataclass(frozen=True)
class Ctx:
    """What an item builder knows: the district, the fiscal year to write, the planted defect.

    For a 'stale' item ``fy`` is already the previous fiscal year (and ``as_of`` a year
    earlier); ``real_fy`` stays the assessed year (monthly series use it).
    """

    slug: str
    site_name: str
    district: str  # short Thai name, e.g. "บางกอกน้อย"
    code: str
    fy: int
    as_of: date
    defect: str | None
    real_fy: int

    @property
    def start(self) -> date:
        """First day of the fiscal year written."""
        return date(self.fy - 544, 10, 1)

    def f(self, name: str) -> str:
        """A document file name, prefixed by the item code."""
        return f"{self.code.lower()}-{name}"

    def posted(self, month: int, day: int) -> date:
        """A posting date in the written fiscal year, never after ``as_of``."""
        year = self.fy - 544 if month >= 10 else self.fy - 543
        return min(date(year, month, day), self.as_of)

    @property
    def num(self) -> int:
        """A stable small number for this district (phone numbers, file folders)."""
        return zlib.crc32(self.slug.encode()) % 9000 + 1000

    @property
    def phone(self) -> str:
        return f"0 2{self.num % 900 + 100} {self.num:04d}"

    @property
    def fax(self) -> str:
        return f"0 2{self.num % 900 + 100} {(self.num + 7) % 10000:04d}"

    @property
    def director(self) -> str:
        return "นายวรวุฒิ ศรีสวัสดิ์"


def sign(ctx: Ctx, d: date) -> list[str]:
    """The closing lines of a signed announcement."""
    return [
        f"ประกาศ ณ วันที่ {thai_date(d, thai_digits=True)}",
        f"({ctx.director})",
        f"ผู้อำนวยการเขต{ctx.district}",
    ]


def doc_block(
    ctx: Ctx, heading: str, file: str, lines: list[str], *, element: str = "", posted=None
) -> Block:
    """One document block: a short paragraph and a 'เปิดเอกสาร' link to a PDF."""
    doc = pdf_doc(ctx.f(file), heading, [heading, ctx.site_name, *lines])
    when = posted or ctx.posted(10, 25)
    intro = f"{ctx.site_name} เผยแพร่{heading} (ลงวันที่ {thai_date(when, thai_digits=True)})"
    return Block(heading, paras(intro), [doc], element=element, posted=when)


def half_year_label(ctx: Ctx) -> tuple[str, date]:
    """The latest progress period over by ``as_of``: first half (Oct–Mar), first quarter,
    or (before the first quarter ends) the whole previous fiscal year."""
    ce = ctx.fy - 543
    if ctx.as_of >= date(ce, 4, 1):
        return f"รอบ 6 เดือน (ตุลาคม {ctx.fy - 1} - มีนาคม {ctx.fy})", ctx.posted(4, 20)
    if ctx.as_of >= date(ce, 1, 1):
        return f"รอบ 3 เดือน (ตุลาคม - ธันวาคม {ctx.fy - 1})", ctx.posted(1, 20)
    return f"ประจำปีงบประมาณ พ.ศ. {ctx.fy - 1}", ctx.posted(10, 5)


def structure(ctx: Ctx) -> Block:
    rows = [(i + 1, d, f"{ctx.phone[:-2]}{i + 10:02d}") for i, d in enumerate(DIVISIONS)]
    html = paras(
        f"{ctx.site_name} เป็นส่วนราชการในสังกัดกรุงเทพมหานคร แบ่งส่วนราชการภายในเป็น "
        f"{th(len(DIVISIONS))} ฝ่าย ขึ้นตรงต่อผู้อำนวยการเขต และผู้ช่วยผู้อำนวยการเขต"
    ) + table(["ลำดับ", "ส่วนราชการ", "โทรศัพท์"], rows)
    lines = ["แผนภูมิโครงสร้างส่วนราชการ", "ผู้อำนวยการเขต", "ผู้ช่วยผู้อำนวยการเขต", *DIVISIONS]
    doc = pdf_doc(ctx.f("structure.pdf"), "แผนภูมิโครงสร้างสำนักงานเขต", lines)
    return Block("โครงสร้างส่วนราชการ", html, [doc], element="structure")


EXECUTIVES = [
    ("นายวรวุฒิ ศรีสวัสดิ์", "ผู้อำนวยการเขต"),
    ("นางสาวพิมพ์ชนก แก้วประเสริฐ", "ผู้ช่วยผู้อำนวยการเขต"),
    ("นายธนพล บุญมา", "ผู้ช่วยผู้อำนวยการเขต"),
    ("- ว่าง -", "ผู้ช่วยผู้อำนวยการเขต"),
]


def executives(ctx: Ctx, *, photos: bool = True) -> Block:
    """Name, position, photo and contact of each executive; a vacant post says '- ว่าง -'."""
    rows, images = [], []
    for i, (name, pos) in enumerate(EXECUTIVES):
        vacant = name.startswith("-")
        img = Doc(ctx.f(f"exec-{i + 1}.png"), name, lambda i=i: picture_png(i))
        if photos and not vacant:
            images.append(img)
        pic = (
            f'<img src="@@{img.file}" alt="{esc(name)}" width="90">'
            if photos and not vacant
            else "-"
        )
        phone = "-" if vacant else f"{ctx.phone} ต่อ {th(1001 + i)}"
        mail = "-" if vacant else f"director{i + 1}.{ctx.slug}@bangkok.go.th"
        rows.append([pic, name, pos, phone, mail] if photos else [name, pos, phone, mail])
    header = ["รูปถ่าย", "ชื่อ - สกุล", "ตำแหน่ง", "โทรศัพท์", "อีเมล"][0 if photos else 1 :]
    when = ctx.posted(3, 1)
    html = table(header, rows) + paras(f"ข้อมูล ณ วันที่ {thai_date(when)}")
    lines = ["ทำเนียบผู้บริหารสำนักงานเขต"] + [f"{n} {p}" for n, p in EXECUTIVES]
    doc = pdf_doc(ctx.f("executives.pdf"), "ทำเนียบผู้บริหาร", lines)
    return Block("ข้อมูลผู้บริหาร", html, [doc, *images], element="executives")


def authority(ctx: Ctx) -> Block:
    text = [
        "อำนาจหน้าที่ของสำนักงานเขต ตามพระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. 2528",
        "1. ดูแลรักษาความสะอาด ความเป็นระเบียบเรียบร้อย และสิ่งแวดล้อมในพื้นที่เขต",
        "2. งานทะเบียนราษฎร บัตรประจำตัวประชาชน และงานทะเบียนทั่วไป",
        "3. จัดเก็บภาษีและรายได้ของกรุงเทพมหานครในพื้นที่",
        "4. ควบคุมอาคาร ดูแลถนน ตรอก ซอย และท่อระบายน้ำ",
        "5. ส่งเสริมการศึกษา ศาสนา วัฒนธรรม และพัฒนาชุมชน",
    ]
    doc = pdf_doc(ctx.f("authority.pdf"), "อำนาจหน้าที่ของสำนักงานเขต", text)
    return Block("อำนาจหน้าที่", paras(*text), [doc], element="authority")


def contacts(ctx: Ctx, *, with_map: bool = True) -> Block:
    """Address, phone, fax, e-mail and (unless ``with_map`` is false) a map."""
    lines = [
        f"{ctx.site_name} เลขที่ {th(ctx.num % 400 + 1)} ถนนจรัญสนิทวงศ์ แขวง{ctx.district} "
        f"เขต{ctx.district} กรุงเทพมหานคร {th(10700)}",
        f"โทรศัพท์ {ctx.phone}",
    ]
    if with_map:
        lines += [f"โทรสาร {ctx.fax}", f"อีเมล (E-mail) {ctx.slug}@bangkok.go.th"]
    html = paras(*lines)
    links: tuple[tuple[str, str], ...] = ()
    if with_map:
        q = ctx.site_name.split(" (")[0]
        url = f"https://www.google.com/maps/search/?api=1&query={q}"
        html += f'<p>แผนที่ตั้งสำนักงานเขต: <a href="{esc(url)}">ดูแผนที่ (Google Maps)</a></p>'
        links = (("แผนที่ตั้งสำนักงานเขต", url),)
    doc = pdf_doc(ctx.f("contact.pdf"), "ข้อมูลการติดต่อ", ["ข้อมูลการติดต่อสำนักงานเขต", *lines])
    return Block("ข้อมูลการติดต่อ", html, [doc], element="contacts", links=links)


def manuals(ctx: Ctx, *, only: int | None = None) -> Block:
    """Work manuals per division (seed 002 style); ``only`` keeps the first few divisions."""
    divisions = DIVISIONS[:only] if only else DIVISIONS
    docs: list[Doc] = []
    for i, div in enumerate(divisions):
        label = f"คู่มือการปฏิบัติงาน{div}"
        lines = [label, f"ประจำปีงบประมาณ พ.ศ. {ctx.fy}", "ขั้นตอนการปฏิบัติงาน ระยะเวลา และผู้รับผิดชอบ"]
        if i == 1:
            paragraphs = [label, ctx.site_name, *lines[1:], "1. รับคำร้อง 2. ตรวจสอบเอกสาร 3. อนุมัติ"]
            docs.append(docx_doc(ctx.f(f"manual-{i + 1}.docx"), label, paragraphs))
        else:
            docs.append(pdf_doc(ctx.f(f"manual-{i + 1}.pdf"), label, lines))
    rows = [(f"{i + 1}.", d.label, f"@@open:{d.file}") for i, d in enumerate(docs)]
    html = table(["ลำดับ", "ชื่อคู่มือ", "สถานะ"], rows)
    return Block("คู่มือการปฏิบัติงาน", html, docs, element="manuals")


SERVICES = [
    ("การแจ้งเกิด แจ้งตาย และแจ้งย้ายที่อยู่", "ฝ่ายทะเบียน"),
    ("การขออนุญาตก่อสร้าง ดัดแปลง หรือรื้อถอนอาคาร", "ฝ่ายโยธา"),
    ("การชำระภาษีที่ดินและสิ่งปลูกสร้าง และภาษีป้าย", "ฝ่ายรายได้"),
    ("การขอรับเบี้ยยังชีพผู้สูงอายุและคนพิการ", "ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม"),
]


def service_manuals(ctx: Ctx) -> Block:
    docs = [
        pdf_doc(
            ctx.f(f"service-{i + 1}.pdf"),
            f"คู่มือสำหรับประชาชน: {name}",
            [
                f"คู่มือสำหรับประชาชน งาน{name}",
                f"หน่วยงานที่ให้บริการ {div}",
                "ขั้นตอน ระยะเวลา เอกสารหลักฐาน ค่าธรรมเนียม",
            ],
        )
        for i, (name, div) in enumerate(SERVICES)
    ]
    rows = [
        (i + 1, d.label, div, f"@@open:{d.file}")
        for i, (d, (_, div)) in enumerate(zip(docs, SERVICES, strict=True))
    ]
    html = paras(
        "คู่มือสำหรับประชาชน ตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558"
    )
    html += table(["ลำดับ", "ชื่องานบริการ", "ฝ่ายที่รับผิดชอบ", "ดาวน์โหลด"], rows)
    return Block("คู่มือการให้บริการประชาชน", html, docs, element="service-manuals")


def eservice(ctx: Ctx) -> Block:
    from oitwatch.demo._web import BMA_OSS, BMA_Q, TRAFFY

    links = (
        ("ระบบขออนุญาตออนไลน์ BMA OSS (ยื่นขออนุญาตออนไลน์ ไม่ต้องไปสำนักงานเขต)", BMA_OSS),
        ("ระบบจองคิวล่วงหน้า BMA Q", BMA_Q),
        ("แจ้งปัญหาเมืองผ่าน Traffy Fondue", TRAFFY),
    )
    html = paras("บริการออนไลน์ (E-Service) ของสำนักงานเขต ประชาชนใช้บริการได้ตลอด 24 ชั่วโมง")
    html += (
        "<ul>" + "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in links) + "</ul>"
    )
    doc = pdf_doc(
        ctx.f("eservice-guide.pdf"),
        "คู่มือการใช้งานบริการออนไลน์ (E-Service)",
        ["คู่มือการใช้งาน E-Service", "1. เข้าสู่ระบบ bmaoss.bangkok.go.th", "2. ระบุข้อมูล 3. ยื่นคำขอ"],
    )
    return Block("E-Service", html, [doc], element="eservice", links=links)


def complaint_channels(ctx: Ctx) -> Block:
    from oitwatch.demo._web import TRAFFY

    items = [
        f"ยื่นหนังสือร้องเรียนด้วยตนเอง ณ ฝ่ายปกครอง {ctx.site_name}",
        f"โทรศัพท์ {ctx.phone} หรือสายด่วนกรุงเทพมหานคร 1555",
        f"ไปรษณีย์อิเล็กทรอนิกส์ (E-mail) complaint.{ctx.slug}@bangkok.go.th",
        "ตู้รับเรื่องร้องเรียนการทุจริต ชั้น 1 อาคารสำนักงานเขต",
    ]
    html = paras("ช่องทางการแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่") + "<ul>"
    html += "".join(f"<li>{esc(t)}</li>" for t in items)
    html += f'<li><a href="{esc(TRAFFY)}">แจ้งเรื่องร้องเรียนผ่าน Traffy Fondue</a></li></ul>'
    doc = pdf_doc(
        ctx.f("complaint-channels.pdf"),
        "ช่องทางการร้องเรียนการทุจริต",
        ["ช่องทางการร้องเรียนการทุจริต", *items],
    )
    return Block(
        "ช่องทางการร้องเรียนการทุจริต",
        html,
        [doc],
        element="channels",
        links=(("Traffy Fondue", TRAFFY),),
    )


def complaint_stats(ctx: Ctx) -> Block:
    """Monthly complaint statistics of the written fiscal year, months up to ``as_of``."""
    from oitwatch.demo._web import due_months, month_label

    months = due_months(ctx.fy, ctx.as_of) or due_months(ctx.fy, date(ctx.fy - 543, 9, 30))[:1]
    rows = [(month_label(y, m), (y + m) % 2, (y + m) % 2, 0) for y, m in months]
    title = f"ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต ประจำปีงบประมาณ พ.ศ. {ctx.fy}"
    header = ["เดือน", "จำนวนเรื่องร้องเรียน", "ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ"]
    lines = [title, " | ".join(header)] + [" | ".join(str(c) for c in r) for r in rows]
    doc = pdf_doc(ctx.f(f"complaint-stats-{ctx.fy}.pdf"), title, lines)
    return Block(title, table(header, rows), [doc], element="statistics", posted=ctx.posted(4, 5))


@dataclass(frozen=True)
class ItemSpec:
    """One OIT item of a framework and how a district publishes it.

    ``kind``: standing | current | annual (previous FY report) | half | monthly.
    ``incomplete``: the element tag dropped for 'incomplete', "custom" when the builder
    handles it, None when the item has a single element (then 'incomplete' is refused).
    """

    code: str
    title: str  # official title (reference tables)
    label: str  # the district's wording: menu entry, index row, page heading
    kind: str
    build: Callable[[Ctx], list[Block]]
    incomplete: str | None = None
    group: str = ""

    def supports(self, defect: str) -> bool:
        if defect == "stale":
            return self.kind != "standing"
        if defect == "incomplete":
            return self.incomplete is not None
        return defect in ("missing", "broken", "review")


MEASURES = [
    (
        "E4 การเผยแพร่ข้อมูลข่าวสารการให้บริการประชาชน",
        ["๑. ประชาสัมพันธ์ผ่านเว็บไซต์และเพจ Facebook ของสำนักงานเขต", "๒. จัดทำป้ายประชาสัมพันธ์ ณ จุดบริการ"],
        "ฝ่ายปกครอง",
    ),
    (
        "E6 การนำเทคโนโลยีมาใช้อำนวยความสะดวก",
        ["๑. ส่งเสริมการยื่นคำขอผ่านระบบออนไลน์", "๒. ให้บริการจองคิวล่วงหน้า"],
        "ทุกฝ่าย",
    ),
]


def with_measures_table(block: Block) -> Block:
    """Add the analysis table districts put on their measures page (cells hold HTML fragments)."""
    from dataclasses import replace

    rows = [
        (f"<p>{esc(issue)}</p>", "".join(f"<p>{esc(s)}</p>" for s in steps), owner)
        for issue, steps, owner in MEASURES
    ]
    html = table(["ประเด็นการประเมิน", "มาตรการ/กิจกรรม", "ผู้รับผิดชอบ"], rows)
    return replace(block, html=block.html + html)
