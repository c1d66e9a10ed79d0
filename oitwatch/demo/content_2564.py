"""Bangkok districts, ITA 2564 (O1..O43, seed 004): how a district publishes each item.

Most items are one announcement or report (a PDF behind "เปิดเอกสาร"); ``_doc`` builds those
from a title template with ``{fy}`` (the year written), ``{prev}`` (the year before) and
``{period}`` (the progress period due by ``as_of``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from oitwatch.demo import _procure as proc
from oitwatch.demo._blocks import (
    Ctx,
    ItemSpec,
    authority,
    complaint_channels,
    complaint_stats,
    contacts,
    doc_block,
    eservice,
    executives,
    half_year_label,
    manuals,
    service_manuals,
    sign,
    structure,
    with_measures_table,
)
from oitwatch.demo._web import FACEBOOK, Block, esc, paras, pdf_doc, table, thai_date

__all__ = ["FRAMEWORK", "ITEMS"]

FRAMEWORK = "bma-2564"
Builder = Callable[[Ctx], list[Block]]

# Document bodies, written with the sections seed 004's advice asks for (line numbers there).
ACTION_PLAN = [  # O10, line 382: projects or activities, budget, time frame
    "ลำดับ | โครงการ/กิจกรรม | งบประมาณ (บาท) | ระยะเวลาดำเนินการ | ผู้รับผิดชอบ",
    "1 | โครงการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้างเชิงรุก | 150,000 | ต.ค. {prev} - มี.ค. {fy} | ฝ่ายรายได้",
    "2 | โครงการพัฒนาคุณภาพชีวิตผู้สูงอายุในชุมชน | 240,000 | ม.ค. - มิ.ย. {fy} | ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม",
    "3 | โครงการลอกท่อระบายน้ำป้องกันน้ำท่วม | 850,000 | ต.ค. {prev} - ก.ย. {fy} | ฝ่ายโยธา",
    "4 | กิจกรรมรณรงค์คัดแยกขยะต้นทาง | 60,000 | ก.พ. - ส.ค. {fy} | ฝ่ายสิ่งแวดล้อมและสุขาภิบาล",
]
BUDGET_REPORT = [  # O20, lines 416-419: spending by category, problems, obstacles, suggestions
    "ผลการใช้จ่ายงบประมาณ ปีงบประมาณ พ.ศ. {prev} จำแนกตามหมวดรายจ่าย",
    "หมวดรายจ่าย | งบประมาณที่ได้รับ (บาท) | เบิกจ่าย (บาท) | ร้อยละ",
    "เงินเดือนและค่าจ้างประจำ | 98,540,000 | 97,812,300 | 99.26",
    "ค่าจ้างชั่วคราว | 6,250,000 | 6,011,400 | 96.18",
    "ค่าตอบแทน ใช้สอยและวัสดุ | 24,380,000 | 22,905,750 | 93.95",
    "ค่าสาธารณูปโภค | 3,120,000 | 2,987,200 | 95.74",
    "ค่าครุภัณฑ์ ที่ดินและสิ่งก่อสร้าง | 12,600,000 | 11,248,000 | 89.27",
    "ปัญหาและอุปสรรค",
    "1. การเบิกจ่ายงบลงทุนล่าช้า เนื่องจากผู้รับจ้างส่งมอบงานไม่เป็นไปตามกำหนดในสัญญา",
    "2. การจัดซื้อจัดจ้างบางรายการต้องประกาศซ้ำ เนื่องจากไม่มีผู้ยื่นข้อเสนอ",
    "ข้อเสนอแนะ",
    "1. จัดทำรายละเอียดคุณลักษณะเฉพาะและราคากลางให้แล้วเสร็จภายในไตรมาสแรก",
    "2. ติดตามผลการเบิกจ่ายของทุกฝ่ายเป็นรายเดือน",
]
HR_POLICY = [  # O25, lines 436-439: the four areas
    "1. ด้านการบริหารทรัพยากรบุคคล สรรหา บรรจุ แต่งตั้ง อย่างโปร่งใสและเป็นธรรม",
    "2. ด้านการพัฒนาทรัพยากรบุคคล พัฒนาความรู้ ทักษะ และสมรรถนะของบุคลากรทุกระดับ",
    "3. ด้านการรักษาวินัย ส่งเสริมให้บุคลากรปฏิบัติตามวินัยและป้องกันการกระทำผิดวินัย",
    "4. ด้านการส่งเสริมคุณธรรมจริยธรรม ปลูกฝังค่านิยมความซื่อสัตย์สุจริตตามประมวลจริยธรรม",
]
ANTICORRUPTION_PROGRESS = [  # O40, line 501: each project's progress and budget
    "โครงการ/กิจกรรม | งบประมาณ (บาท) | ใช้จ่ายแล้ว (บาท) | ความก้าวหน้า (ร้อยละ)",
    "โครงการอบรมเสริมสร้างจิตสำนึกต่อต้านการทุจริต | 30,000 | 28,500 | 100",
    "กิจกรรมประชาสัมพันธ์มาตรการไม่ให้-ไม่รับ (No Gift Policy) | ไม่ใช้งบประมาณ | - | 100",
    "กิจกรรมเผยแพร่ข้อมูลสาธารณะ (OIT) บนเว็บไซต์ของสำนักงานเขต | ไม่ใช้งบประมาณ | - | 60",
    "โครงการประเมินความเสี่ยงการทุจริตของทุกฝ่าย | 15,000 | 6,000 | 40",
]
ANTICORRUPTION_REPORT = [  # O41, line 504: results, spending, problems, suggestions, outcome
    "ผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ พ.ศ. {prev}",
    "โครงการ/กิจกรรมทั้งสิ้น 6 โครงการ ดำเนินการแล้วเสร็จ 6 โครงการ (ร้อยละ 100)",
    "ผลการใช้จ่ายงบประมาณ 42,500 บาท จากงบประมาณที่ได้รับ 45,000 บาท (ร้อยละ 94.44)",
    "ผลสัมฤทธิ์ตามเป้าหมาย: ไม่มีเรื่องร้องเรียนการทุจริตที่มีมูล",
    "ปัญหาและอุปสรรค",
    "1. บุคลากรบางส่วนไม่สามารถเข้าร่วมกิจกรรมได้ เนื่องจากภารกิจประจำ",
    "2. ต้องปรับรูปแบบการจัดกิจกรรมบางส่วนเป็นแบบออนไลน์",
    "ข้อเสนอแนะ",
    "1. จัดกิจกรรมหลายรอบ และเผยแพร่สื่อการเรียนรู้ออนไลน์ให้บุคลากรเข้าถึงได้ตลอดเวลา",
]
ITA_ACTIONS = [  # O43, line 511: approach, measures, results, responsible units
    "มาตรการ | แนวทางการปฏิบัติ | ผลการดำเนินการ | ผู้รับผิดชอบ",
    "E4 การเผยแพร่ข้อมูลข่าวสารการให้บริการประชาชน | ประชาสัมพันธ์ผ่านเว็บไซต์และเพจ Facebook"
    " | ดำเนินการแล้ว | ฝ่ายปกครอง",
    "E6 การนำเทคโนโลยีมาใช้อำนวยความสะดวก | ให้บริการจองคิวล่วงหน้า (BMA Q) | ดำเนินการแล้ว | ทุกฝ่าย",
]


def _doc(title: str, file: str, *lines: str, signed: bool = False, element: str = "") -> Builder:
    """An item published as one PDF; the month of posting follows the title's kind."""

    def build(ctx: Ctx) -> list[Block]:
        period, half_posted = half_year_label(ctx)
        text = title.format(fy=ctx.fy, prev=ctx.fy - 1, period=period, district=ctx.district)
        posted = (
            half_posted if "{period}" in title else ctx.posted(11 if "{prev}" in title else 10, 20)
        )
        body = [line.format(fy=ctx.fy, prev=ctx.fy - 1, district=ctx.district) for line in lines]
        if signed:
            body += sign(ctx, posted)
        return [doc_block(ctx, text, file.format(fy=ctx.fy), body, element=element, posted=posted)]

    return build


def _posts(*titles: tuple[int, int, str]) -> Builder:
    """Activity news posts (month, day, title), the last with a photo-report PDF."""

    def build(ctx: Ctx) -> list[Block]:
        blocks = []
        for i, (m, d, t) in enumerate(titles):
            when = ctx.posted(m, d)
            body = paras(
                f"เมื่อวันที่ {thai_date(when, thai_digits=i % 2 == 1)} {t} ณ สำนักงานเขต{ctx.district}"
            )
            docs = []
            if i == len(titles) - 1:
                docs = [
                    pdf_doc(
                        ctx.f(f"activity-{ctx.fy}.pdf"),
                        f"ภาพกิจกรรม {t}",
                        [t, f"ปีงบประมาณ พ.ศ. {ctx.fy}"],
                    )
                ]
            blocks.append(Block(t, body, docs, post=True, posted=when))
        return blocks

    return build


def _o2(ctx: Ctx) -> list[Block]:
    return [executives(ctx, photos=ctx.defect != "incomplete")]


def _o5(ctx: Ctx) -> list[Block]:
    return [contacts(ctx, with_map=ctx.defect != "incomplete")]


def _o6(ctx: Ctx) -> list[Block]:
    laws = [
        "พระราชบัญญัติระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. 2528",
        "พระราชบัญญัติรักษาความสะอาดและความเป็นระเบียบเรียบร้อยของบ้านเมือง พ.ศ. 2535",
        "พระราชบัญญัติภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562",
        "พระราชบัญญัติควบคุมอาคาร พ.ศ. 2522",
    ]
    docs = [pdf_doc(ctx.f(f"law-{i + 1}.pdf"), law, [law]) for i, law in enumerate(laws)]
    rows = [(i + 1, d.label, f"@@open:{d.file}") for i, d in enumerate(docs)]
    return [Block("กฎหมายที่เกี่ยวข้อง", table(["ลำดับ", "กฎหมาย/ระเบียบ", "ไฟล์"], rows), docs)]


def _o8(ctx: Ctx) -> list[Block]:
    qa = [
        ("ขอคัดสำเนาทะเบียนบ้านต้องใช้เอกสารอะไรบ้าง", "ใช้บัตรประจำตัวประชาชนของเจ้าบ้าน ติดต่อฝ่ายทะเบียน"),
        ("ชำระภาษีป้ายได้ที่ไหน", "ชำระได้ที่ฝ่ายรายได้ หรือผ่านระบบออนไลน์ของกรุงเทพมหานคร"),
    ]
    html = paras("กระดานถาม - ตอบ (Q&A) ประชาชนสอบถามได้ที่นี่ เจ้าหน้าที่จะตอบภายใน 3 วันทำการ")
    html += table(["คำถาม", "คำตอบ"], qa)
    html += f'<p><a href="{esc(FACEBOOK)}">สอบถามผ่าน Facebook Messenger ของสำนักงานเขต</a></p>'
    doc = pdf_doc(
        ctx.f("faq.pdf"),
        "คำถามที่พบบ่อย (FAQ)",
        ["คำถามที่พบบ่อย (FAQ)", *(f"ถาม {q} ตอบ {a}" for q, a in qa)],
    )
    return [Block("Q&A กระดานถาม-ตอบ", html, [doc], links=(("Facebook", FACEBOOK),))]


def _o9(ctx: Ctx) -> list[Block]:
    links = (
        (f"Facebook สำนักงานเขต{ctx.district}", FACEBOOK + ctx.slug),
        ("LINE Official Account", "https://line.me/R/ti/p/@" + ctx.slug),
    )
    html = "<ul>" + "".join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in links) + "</ul>"
    doc = pdf_doc(
        ctx.f("social.pdf"),
        "ช่องทางสื่อสังคมออนไลน์ (Social Network)",
        ["ช่องทางสื่อสังคมออนไลน์", *(t for t, _ in links)],
    )
    return [Block("Social Network", html, [doc], links=links)]


def _o15(ctx: Ctx) -> list[Block]:
    from oitwatch.demo._web import due_months, month_label

    months = due_months(ctx.fy, ctx.as_of) or [(ctx.fy - 544, 10)]
    rows = [(month_label(y, m), 820 + (y + m * 7) % 90, 310 + m * 5, 95 + m) for y, m in months]
    title = f"ข้อมูลเชิงสถิติการให้บริการ ประจำปีงบประมาณ พ.ศ. {ctx.fy}"
    header = ["เดือน", "งานทะเบียนราษฎร (ราย)", "งานรายได้ (ราย)", "งานโยธา (ราย)"]
    doc = pdf_doc(
        ctx.f(f"service-stats-{ctx.fy}.pdf"),
        title,
        [title, " | ".join(header), *(" | ".join(map(str, r)) for r in rows)],
    )
    return [Block(title, table(header, rows), [doc], posted=ctx.posted(4, 8))]


def _o16(ctx: Ctx) -> list[Block]:
    """The satisfaction survey of the period over by ``as_of``, month by month (seed 004
    line 403: monthly, at least the first six months of the current fiscal year)."""
    from oitwatch.demo._web import fy_months, month_label

    period, posted = half_year_label(ctx)
    ce = ctx.fy - 543
    if ctx.as_of >= date(ce, 1, 1):
        months = fy_months(ctx.fy)[: 6 if ctx.as_of >= date(ce, 4, 1) else 3]
    else:  # before the first quarter ends: last fiscal year's survey
        months = fy_months(ctx.fy - 1)
    title = f"รายงานผลการสำรวจความพึงพอใจการให้บริการ {period}"
    header = "เดือน | จำนวนผู้ตอบแบบสำรวจ (ราย) | ความพึงพอใจ (ร้อยละ)"
    rows = [
        f"{month_label(y, m)} | {60 + (y + m * 7) % 15} | {88 + m % 5}.{m * 7 % 10}0"
        for y, m in months
    ]
    lines = [
        "ความเป็นมา: สำรวจความพึงพอใจของผู้รับบริการ เพื่อนำผลไปปรับปรุงการให้บริการของทุกฝ่าย",
        "วิธีการสำรวจ: แบบสอบถามผู้รับบริการ ณ จุดบริการ และแบบสอบถามออนไลน์ สรุปผลเป็นรายเดือน",
        header,
        *rows,
    ]
    return [doc_block(ctx, title, f"satisfaction-{ctx.fy}.pdf", lines, posted=posted)]


def _o23(ctx: Ctx) -> list[Block]:
    return proc.monthly_summaries(ctx)


def _o34(ctx: Ctx) -> list[Block]:
    blocks = _doc(
        "ประกาศเจตจำนงสุจริตในการบริหารงาน ประจำปีงบประมาณ พ.ศ. {fy}",
        "integrity-th-{fy}.pdf",
        "ข้าพเจ้าจะบริหารงานด้วยความซื่อสัตย์สุจริต โปร่งใส และตรวจสอบได้",
        signed=True,
        element="thai",
    )(ctx)
    if ctx.defect != "incomplete":
        blocks += [
            doc_block(
                ctx,
                f"Declaration of Integrity, Fiscal Year {ctx.fy - 543}",
                f"integrity-en-{ctx.fy}.pdf",
                [
                    "I will administer the district with honesty, transparency and accountability.",
                    f"Director of the District Office ({ctx.slug})",
                ],
                element="english",
            )
        ]
    return blocks


def _o39(ctx: Ctx) -> list[Block]:
    if ctx.defect == "incomplete":  # only the four-year plan, no annual plan
        return _doc(
            "แผนปฏิบัติการป้องกันการทุจริต 4 ปี (พ.ศ. 2561 - 2564)",
            "anticorruption-4y.pdf",
            "ยุทธศาสตร์และแนวทางป้องกันการทุจริต ระยะ 4 ปี",
        )(ctx)
    return _doc(
        "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. {fy}",
        "anticorruption-plan-{fy}.pdf",
        "โครงการ/กิจกรรม ตัวชี้วัด งบประมาณ ระยะเวลาดำเนินการ และผู้รับผิดชอบ",  # line 498
        "ประจำปีงบประมาณ พ.ศ. {fy}",
    )(ctx)


def _o42(ctx: Ctx) -> list[Block]:
    blocks = _doc(
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {fy}",
        "ita-measures-{fy}.pdf",
        "การวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. {prev} ทุกตัวชี้วัด จำแนกตามเครื่องมือ (IIT EIT OIT)",
        "ข้อบกพร่องหรือจุดอ่อน: การนำเสนอข้อมูลบนเว็บไซต์ยังเข้าใจยาก ควรจัดทำในรูปแบบ infographic",
        "ประเด็นที่จะพัฒนาให้ดีขึ้น มาตรการ/กิจกรรม ผู้รับผิดชอบ และการกำกับติดตาม",
        signed=True,
    )(ctx)
    return [with_measures_table(blocks[0])]


def _s(
    code: str,
    title: str,
    label: str,
    kind: str,
    build: Builder,
    incomplete: str | None = None,
    group: str = "",
) -> ItemSpec:
    return ItemSpec(code, title, label, kind, build, incomplete, group)


G91, G92, G93, G94, G95, G101, G102 = (
    "ข้อมูลพื้นฐาน",
    "การบริหารงาน",
    "การบริหารเงินงบประมาณ",
    "การบริหารและพัฒนาทรัพยากรบุคคล",
    "การส่งเสริมความโปร่งใส",
    "การป้องกันการทุจริต",
    "มาตรการภายในเพื่อป้องกันการทุจริต",
)
_HALF = "รายงานการกำกับติดตาม{what} {{period}}"
ITEMS: list[ItemSpec] = [
    _s(
        "O1",
        "โครงสร้างหน่วยงาน",
        "โครงสร้างส่วนราชการ",
        "standing",
        lambda c: [structure(c)],
        None,
        G91,
    ),
    _s("O2", "ข้อมูลผู้บริหาร", "ผู้บริหารสำนักงานเขต", "standing", _o2, "custom", G91),
    _s("O3", "อำนาจหน้าที่", "อำนาจหน้าที่", "standing", lambda c: [authority(c)], None, G91),
    _s(
        "O4",
        "แผนยุทธศาสตร์และแผนพัฒนาสำนักงานเขต",
        "แผนพัฒนาเชิงพื้นที่เขต",
        "current",
        _doc(
            "แผนพัฒนาเชิงพื้นที่ เขต{district} ปี {fy}",
            "district-plan-{fy}.pdf",
            "ภายใต้แผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี ระยะที่ 2 (พ.ศ. 2561 - 2565)",
        ),
        None,
        G91,
    ),
    _s("O5", "ข้อมูลการติดต่อ", "ติดต่อเรา", "standing", _o5, "custom", G91),
    _s("O6", "กฎหมายที่เกี่ยวข้อง", "กฎหมายที่เกี่ยวข้อง", "standing", _o6, None, G91),
    _s(
        "O7",
        "ข่าวประชาสัมพันธ์",
        "ข่าวประชาสัมพันธ์",
        "current",
        _posts(
            (11, 5, "ประชาสัมพันธ์การยื่นแบบชำระภาษีที่ดินและสิ่งปลูกสร้าง"),
            (2, 12, "สำนักงานเขตเปิดให้บริการวันเสาร์"),
            (3, 22, "รณรงค์คัดแยกขยะในชุมชน"),
        ),
        None,
        G91,
    ),
    _s("O8", "Q&A", "ถาม - ตอบ (Q&A)", "standing", _o8, None, G91),
    _s("O9", "Social Network", "Social Network", "standing", _o9, None, G91),
    _s(
        "O10",
        "แผนปฏิบัติราชการประจำปี",
        "แผนปฏิบัติราชการประจำปี",
        "current",
        _doc(
            "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. {fy}",
            "action-plan-{fy}.pdf",
            *ACTION_PLAN,
        ),
        None,
        G92,
    ),
    _s(
        "O11",
        "รายงานการกำกับติดตามการดำเนินงาน",
        "รายงานการกำกับติดตามการดำเนินงาน",
        "half",
        _doc(
            _HALF.format(what="การดำเนินงานตามแผนปฏิบัติราชการ"),
            "action-progress-{fy}.pdf",
            "ปีงบประมาณ พ.ศ. {fy}",
            "ความก้าวหน้าของโครงการ",
        ),
        None,
        G92,
    ),
    _s(
        "O12",
        "รายงานผลการดำเนินงานประจำปี",
        "รายงานผลการดำเนินงานประจำปี",
        "annual",
        _doc(
            "รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. {prev}",
            "action-report-{fy}.pdf",
            "ผลการดำเนินงาน ปัญหาอุปสรรค ข้อเสนอแนะ",
        ),
        None,
        G92,
    ),
    _s(
        "O13",
        "คู่มือหรือมาตรฐานการปฏิบัติงาน",
        "คู่มือการปฏิบัติงาน",
        "standing",
        lambda c: [manuals(c, only=4 if c.defect == "incomplete" else None)],
        "custom",
        G92,
    ),
    _s(
        "O14",
        "คู่มือหรือมาตรฐานการให้บริการ",
        "คู่มือสำหรับประชาชน",
        "standing",
        lambda c: [service_manuals(c)],
        None,
        G92,
    ),
    _s("O15", "ข้อมูลเชิงสถิติการให้บริการ", "สถิติการให้บริการ", "current", _o15, None, G92),
    _s(
        "O16",
        "รายงานผลการสำรวจความพึงพอใจการให้บริการ",
        "ผลสำรวจความพึงพอใจการให้บริการ",
        "half",
        _o16,
        None,
        G92,
    ),
    _s("O17", "E-Service", "E-Service", "standing", lambda c: [eservice(c)], None, G92),
    _s(
        "O18",
        "แผนการใช้จ่ายงบประมาณประจำปี",
        "แผนการใช้จ่ายงบประมาณประจำปี",
        "current",
        _doc(
            "แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. {fy}",
            "budget-plan-{fy}.pdf",
            "จำแนกตามหมวดรายจ่ายและไตรมาส",
        ),
        None,
        G93,
    ),
    _s(
        "O19",
        "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ",
        "รายงานการใช้จ่ายงบประมาณ รอบ 6 เดือน",
        "half",
        _doc(
            _HALF.format(what="การใช้จ่ายงบประมาณ"),
            "budget-progress-{fy}.pdf",
            "ปีงบประมาณ พ.ศ. {fy}",
            "ผลการเบิกจ่ายเทียบกับแผน",
        ),
        None,
        G93,
    ),
    _s(
        "O20",
        "รายงานผลการใช้จ่ายงบประมาณประจำปี",
        "รายงานผลการใช้จ่ายงบประมาณประจำปี",
        "annual",
        _doc(
            "รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. {prev}",
            "budget-report-{fy}.pdf",
            *BUDGET_REPORT,
        ),
        None,
        G93,
    ),
    _s(
        "O21",
        "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ",
        "แผนการจัดซื้อจัดจ้าง",
        "current",
        lambda c: [proc.procurement_plan(c)],
        None,
        G93,
    ),
    _s(
        "O22",
        "ประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ",
        "ประกาศจัดซื้อจัดจ้าง",
        "current",
        lambda c: [proc.announcements(c)],
        None,
        G93,
    ),
    _s(
        "O23",
        "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน",
        "สรุปผลการจัดซื้อจัดจ้างรายเดือน",
        "monthly",
        _o23,
        "custom",
        G93,
    ),
    _s(
        "O24",
        "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี",
        "รายงานผลการจัดซื้อจัดจ้างประจำปี",
        "annual",
        lambda c: [proc.annual_procurement_report(c)],
        None,
        G93,
    ),
    _s(
        "O25",
        "นโยบายการบริหารทรัพยากรบุคคล",
        "นโยบายการบริหารทรัพยากรบุคคล",
        "current",
        _doc(
            "ประกาศนโยบายการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. {fy}",
            "hr-policy-{fy}.pdf",
            *HR_POLICY,
            signed=True,
        ),
        None,
        G94,
    ),
    _s(
        "O26",
        "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล",
        "การดำเนินการตามนโยบายบริหารทรัพยากรบุคคล",
        "current",
        _doc(
            "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. {fy}",
            "hr-actions-{fy}.pdf",
            "โครงการฝึกอบรม และการประเมินผลการปฏิบัติราชการ",
        ),
        None,
        G94,
    ),
    _s(
        "O27",
        "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
        "หลักเกณฑ์การบริหารและพัฒนาบุคลากร",
        "current",
        _doc(
            "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล ปีงบประมาณ พ.ศ. {fy}",
            "hr-criteria-{fy}.pdf",
            "การสรรหา การแต่งตั้ง การพัฒนา การประเมินผล",
        ),
        None,
        G94,
    ),
    _s(
        "O28",
        "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี",
        "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล",
        "annual",
        _doc(
            "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. {prev}",
            "hr-report-{fy}.pdf",
            "ผลการพัฒนาบุคลากร ปัญหาและข้อเสนอแนะ",
        ),
        None,
        G94,
    ),
    _s(
        "O29",
        "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต",
        "คู่มือการจัดการเรื่องร้องเรียนการทุจริต",
        "standing",
        _doc(
            "คู่มือแนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
            "complaint-manual.pdf",
            "ขั้นตอนรับเรื่อง ตรวจสอบ และแจ้งผล",
        ),
        None,
        G95,
    ),
    _s(
        "O30",
        "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต",
        "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต",
        "standing",
        lambda c: [complaint_channels(c)],
        None,
        G95,
    ),
    _s(
        "O31",
        "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี",
        "สถิติเรื่องร้องเรียนการทุจริต",
        "current",
        lambda c: [complaint_stats(c)],
        None,
        G95,
    ),
    _s(
        "O32",
        "ช่องทางการรับฟังความคิดเห็น",
        "แสดงความคิดเห็น",
        "standing",
        _doc(
            "ช่องทางการรับฟังความคิดเห็นและข้อเสนอแนะ",
            "feedback.pdf",
            "กล่องรับความคิดเห็น โทรศัพท์ และแบบฟอร์มออนไลน์",
        ),
        None,
        G95,
    ),
    _s(
        "O33",
        "การเปิดโอกาสให้เกิดการมีส่วนร่วม",
        "การเปิดโอกาสให้เกิดการมีส่วนร่วม",
        "current",
        _posts(
            (12, 3, "ประชุมคณะกรรมการชุมชนร่วมวางแผนพัฒนาพื้นที่"),
            (3, 10, "เวทีรับฟังความคิดเห็นโครงการปรับปรุงสวนสาธารณะ"),
        ),
        None,
        G95,
    ),
    _s("O34", "เจตจำนงสุจริตของผู้บริหาร", "เจตจำนงสุจริตของผู้บริหาร", "current", _o34, "custom", G101),
    _s(
        "O35",
        "การมีส่วนร่วมของผู้บริหาร",
        "การมีส่วนร่วมของผู้บริหาร",
        "current",
        _posts(
            (10, 28, "ผู้อำนวยการเขตมอบนโยบายเสริมสร้างคุณธรรมและความโปร่งใส"),
            (2, 25, "ผู้บริหารเขตร่วมกิจกรรมต่อต้านการทุจริต"),
        ),
        None,
        G101,
    ),
    _s(
        "O36",
        "การประเมินความเสี่ยงการทุจริตประจำปี",
        "การประเมินความเสี่ยงการทุจริต",
        "current",
        _doc(
            "การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. {fy}",
            "risk-{fy}.pdf",
            "เหตุการณ์ความเสี่ยง ระดับความเสี่ยง และมาตรการควบคุม",
        ),
        None,
        G101,
    ),
    _s(
        "O37",
        "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต",
        "การจัดการความเสี่ยงการทุจริต",
        "current",
        _doc(
            "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต ปีงบประมาณ พ.ศ. {fy}",
            "risk-actions-{fy}.pdf",
            "ผลการดำเนินการตามมาตรการควบคุมความเสี่ยง",
        ),
        None,
        G101,
    ),
    _s(
        "O38",
        "การเสริมสร้างวัฒนธรรมองค์กร",
        "การเสริมสร้างวัฒนธรรมองค์กร",
        "current",
        _posts(
            (11, 20, "อบรมเสริมสร้างจิตสำนึกและค่านิยมต่อต้านการทุจริต"),
            (3, 18, "กิจกรรมองค์กรแห่งความซื่อสัตย์ No Gift Policy"),
        ),
        None,
        G101,
    ),
    _s(
        "O39",
        "แผนปฏิบัติการป้องกันการทุจริตประจำปี",
        "แผนปฏิบัติการป้องกันการทุจริต",
        "current",
        _o39,
        "custom",
        G101,
    ),
    _s(
        "O40",
        "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต",
        "รายงานการกำกับติดตามการป้องกันการทุจริต",
        "half",
        _doc(
            _HALF.format(what="การดำเนินการป้องกันการทุจริต"),
            "anticorruption-progress-{fy}.pdf",
            "ปีงบประมาณ พ.ศ. {fy}",
            *ANTICORRUPTION_PROGRESS,
        ),
        None,
        G101,
    ),
    _s(
        "O41",
        "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี",
        "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี",
        "annual",
        _doc(
            "รายงานผลการดำเนินการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. {prev}",
            "anticorruption-report-{fy}.pdf",
            *ANTICORRUPTION_REPORT,
        ),
        None,
        G101,
    ),
    _s(
        "O42",
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใส",
        "current",
        _o42,
        None,
        G102,
    ),
    _s(
        "O43",
        "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
        "ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมฯ",
        "current",
        _doc(
            "รายงานการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. {fy}",
            "ita-actions-{fy}.pdf",
            *ITA_ACTIONS,
        ),
        None,
        G102,
    ),
]
