"""Bangkok districts, ITA 2567 (O1..O22, seed 000): how a district publishes each item.

``ITEMS`` lists the items in order; the ``label`` is the district's own wording (sometimes
the official title, sometimes a paraphrase), used for menus, the index page and headings.
"""

from __future__ import annotations

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
from oitwatch.demo._web import BMA_OSS, Block, esc, paras, pdf_doc, table, thai_date

__all__ = ["FRAMEWORK", "ITEMS"]

FRAMEWORK = "bma-2567"


def _o1(ctx: Ctx) -> list[Block]:
    return [structure(ctx), executives(ctx), authority(ctx), contacts(ctx)]


def _o2(ctx: Ctx) -> list[Block]:
    policy = doc_block(
        ctx,
        "นโยบายผู้ว่าราชการกรุงเทพมหานคร (นโยบาย 9 ดี)",
        "governor-policy.pdf",
        ["ปลอดภัยดี เดินทางดี สิ่งแวดล้อมดี สุขภาพดี เรียนดี", "เศรษฐกิจดี สังคมดี บริหารจัดการดี โครงสร้างดี"],
        element="policy",
    )
    plans = doc_block(
        ctx,
        f"แผนปฏิบัติราชการกรุงเทพมหานคร ประจำปีงบประมาณ พ.ศ. {ctx.fy}",
        f"bma-action-plan-{ctx.fy}.pdf",
        ["และแผนพัฒนากรุงเทพมหานคร ระยะ 20 ปี (พ.ศ. 2561 - 2580)", f"ประจำปีงบประมาณ พ.ศ. {ctx.fy}"],
        element="plans",
    )
    return [policy, plans]


SCHOOLS = ["โรงเรียนวัดสุวรรณาราม", "โรงเรียนวัดนายโรง", "โรงเรียนวัดศรีสุดาราม", "โรงเรียนวัดดงมูลเหล็ก"]


def _o3(ctx: Ctx) -> list[Block]:
    rows = [
        (
            i + 1,
            s,
            f"แขวง{ctx.district} เขต{ctx.district}",
            f"0 2{ctx.num % 900 + 100} {i + 21:02d}{i:02d}",
        )
        for i, s in enumerate(SCHOOLS)
    ]
    header = ["ลำดับ", "ชื่อโรงเรียน", "ที่ตั้ง", "โทรศัพท์"]
    lines = ["รายชื่อโรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต" + ctx.district] + [
        " ".join(map(str, r)) for r in rows
    ]
    doc = pdf_doc(ctx.f("schools.pdf"), "รายชื่อโรงเรียนสังกัดกรุงเทพมหานคร", lines)
    html = paras(f"โรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขต{ctx.district} จำนวน {len(SCHOOLS)} โรงเรียน")
    return [Block("รายชื่อโรงเรียนในสังกัด", html + table(header, rows), [doc])]


def _o4(ctx: Ctx) -> list[Block]:
    news = [
        ((11, 14), "ผู้อำนวยการเขตลงพื้นที่ตรวจความเรียบร้อยการขุดลอกคูคลอง"),
        ((12, 9), "สำนักงานเขตจัดกิจกรรมวันต่อต้านคอร์รัปชันสากล"),
        ((2, 18), "ผลการดำเนินงานจัดเก็บขยะชิ้นใหญ่และกิ่งไม้ในชุมชน"),
        ((3, 27), "สรุปผลการดำเนินงานโครงการเขตสะอาด ปลอดภัย ไตรมาสที่ 2"),
    ]
    blocks = []
    for i, ((m, d), title) in enumerate(news):
        when = ctx.posted(m, d)
        body = paras(
            f"วันที่ {thai_date(when, thai_digits=i % 2 == 0)} {title} ณ พื้นที่เขต{ctx.district}"
        )
        docs = []
        if i == len(news) - 1:
            docs = [
                pdf_doc(
                    ctx.f(f"newsletter-{ctx.fy}.pdf"),
                    "จดหมายข่าวผลการดำเนินงาน",
                    [title, f"ปีงบประมาณ พ.ศ. {ctx.fy}"],
                )
            ]
        blocks.append(Block(title, body, docs, post=True, posted=when))
    return blocks


def _o5(ctx: Ctx) -> list[Block]:
    plan = doc_block(
        ctx,
        f"แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. {ctx.fy}",
        f"action-plan-{ctx.fy}.pdf",
        ["โครงการ ตัวชี้วัด ค่าเป้าหมาย และงบประมาณ ของทุกฝ่าย", f"ประจำปีงบประมาณ พ.ศ. {ctx.fy}"],
        element="plan",
    )
    report = doc_block(
        ctx,
        f"รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. {ctx.fy - 1}",
        f"action-report-{ctx.fy - 1}.pdf",
        ["ผลการดำเนินงานตามตัวชี้วัด ปัญหา อุปสรรค และข้อเสนอแนะ"],
        element="report",
        posted=ctx.posted(11, 15),
    )
    return [plan, report]


def _o8(ctx: Ctx) -> list[Block]:
    return [eservice(ctx)]


def _stats(ctx: Ctx, what: str, file: str, kinds: list[str]) -> list[Block]:
    from oitwatch.demo._web import due_months, month_label

    months = due_months(ctx.fy, ctx.as_of)[:6] or [(ctx.fy - 544, 10)]
    rows = [
        (month_label(y, m), *[f"{(y * m * (k + 3)) % 900 + 100:,}.00" for k in range(len(kinds))])
        for y, m in months
    ]
    title = f"ข้อมูลสถิติการจัดเก็บ{what} ประจำปีงบประมาณ พ.ศ. {ctx.fy}"
    header = ["เดือน", *kinds]
    lines = [title, ctx.site_name, " | ".join(header)] + [" | ".join(r) for r in rows]
    doc = pdf_doc(ctx.f(file), title, lines)
    html = paras(f"{title} (หน่วย: พันบาท)") + table(header, rows)
    return [Block(title, html, [doc], posted=ctx.posted(4, 10))]


def _o9(ctx: Ctx) -> list[Block]:
    return _stats(ctx, "ภาษี", f"tax-stats-{ctx.fy}.pdf", ["ภาษีที่ดินและสิ่งปลูกสร้าง", "ภาษีป้าย"])


def _o10(ctx: Ctx) -> list[Block]:
    kinds = ["ค่าธรรมเนียมเก็บขนมูลฝอย", "ค่าธรรมเนียมใบอนุญาต", "ค่าปรับ"]
    return _stats(ctx, "รายได้", f"revenue-stats-{ctx.fy}.pdf", kinds)


def _o11(ctx: Ctx) -> list[Block]:
    permits = [
        "การขออนุญาตก่อสร้างอาคาร (แบบ ข.1)",
        "ใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ",
        "การขออนุญาตจำหน่ายสินค้าในที่หรือทางสาธารณะ",
    ]
    docs = [
        pdf_doc(
            ctx.f(f"checklist-{i + 1}.pdf"),
            f"รายการตรวจ (Checklist) {p}",
            [f"รายการตรวจ (Checklist) {p}", "เอกสารประกอบการพิจารณา: ☐ สำเนาบัตรประชาชน ☐ แบบแปลน"],
        )
        for i, p in enumerate(permits)
    ]
    rows = [(i + 1, d.label, f"@@open:{d.file}") for i, d in enumerate(docs)]
    return [Block("Checklist การพิจารณาออกใบอนุญาต", table(["ลำดับ", "รายการ", "ไฟล์"], rows), docs)]


def _o12(ctx: Ctx) -> list[Block]:
    url = BMA_OSS + "tracking"
    html = paras("ผู้ยื่นคำขออนุญาตสามารถติดตามสถานะคำขอได้ด้วยเลขที่คำขอ ผ่านระบบ BMA OSS")
    html += f'<p><a href="{esc(url)}">ตรวจสอบสถานะคำขออนุญาต (Tracking System)</a></p>'
    doc = pdf_doc(
        ctx.f("tracking-guide.pdf"),
        "วิธีติดตามสถานะการขอใบอนุญาต",
        ["ระบบติดตามสถานะการขอใบอนุญาต", "กรอกเลขที่คำขอเพื่อดูสถานะ"],
    )
    return [Block("ระบบติดตามสถานะการขอใบอนุญาต", html, [doc], links=(("BMA OSS tracking", url),))]


def _o13(ctx: Ctx) -> list[Block]:
    plan = doc_block(
        ctx,
        f"แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. {ctx.fy}",
        f"budget-plan-{ctx.fy}.pdf",
        ["แผนการใช้จ่ายงบประมาณรายไตรมาส จำแนกตามหมวดรายจ่าย"],
        element="plan",
    )
    report = doc_block(
        ctx,
        f"รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. {ctx.fy - 1}",
        f"budget-report-{ctx.fy - 1}.pdf",
        ["งบประมาณที่ได้รับ เบิกจ่าย และร้อยละการเบิกจ่าย"],
        element="report",
        posted=ctx.posted(11, 20),
    )
    return [plan, report]


def _o14(ctx: Ctx) -> list[Block]:
    budget = doc_block(
        ctx,
        f"ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. {ctx.fy}",
        f"ordinance-{ctx.fy}.pdf",
        [f"งบประมาณที่ได้รับจัดสรรของสำนักงานเขต{ctx.district}"],
        element="budget",
    )
    rows = [
        (i + 1, f"ชุมชน{n}", "25,000.00") for i, n in enumerate(["ริมคลอง", "วัดใหม่", "ร่วมใจพัฒนา"])
    ]
    title = f"ข้อมูลเงินอุดหนุนชุมชน ประจำปีงบประมาณ พ.ศ. {ctx.fy}"
    sub = Block(
        title,
        table(["ลำดับ", "ชุมชน", "จำนวนเงิน (บาท)"], rows),
        [
            pdf_doc(
                ctx.f(f"community-grant-{ctx.fy}.pdf"),
                title,
                [title, *(" ".join(r) for r in [(str(a), b, c) for a, b, c in rows])],
            )
        ],
        element="subsidy",
    )
    return [budget, sub]


def _o15(ctx: Ctx) -> list[Block]:
    return [proc.announcements(ctx), *proc.monthly_summaries(ctx)]


def _o16(ctx: Ctx) -> list[Block]:
    return [
        doc_block(
            ctx,
            "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
            f"hr-criteria-{ctx.fy}.pdf",
            [
                f"ประจำปีงบประมาณ พ.ศ. {ctx.fy}",
                "การสรรหา การแต่งตั้ง การพัฒนา การประเมินผล และการให้คุณให้โทษ",
            ],
        )
    ]


def _o17(ctx: Ctx) -> list[Block]:
    return [complaint_channels(ctx), complaint_stats(ctx)]


def _policy_and_report(ctx: Ctx, policy: str, file: str, report: str) -> list[Block]:
    when = ctx.posted(10, 15)
    p = doc_block(
        ctx,
        f"{policy} ประจำปีงบประมาณ พ.ศ. {ctx.fy}",
        f"{file}-{ctx.fy}.pdf",
        ["ผู้บริหารและเจ้าหน้าที่ทุกคนถือปฏิบัติ", *sign(ctx, when)],
        element="policy",
        posted=when,
    )
    period, posted = half_year_label(ctx)
    r = doc_block(
        ctx,
        f"{report} {period}",
        f"{file}-report-{ctx.fy}.pdf",
        [f"ปีงบประมาณ พ.ศ. {ctx.fy}", "ผลการดำเนินการ ปัญหาอุปสรรค และแนวทางแก้ไข"],
        element="report",
        posted=posted,
    )
    return [p, r]


def _o18(ctx: Ctx) -> list[Block]:
    return _policy_and_report(
        ctx,
        "ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)",
        "anti-bribery",
        "รายงานผลการดำเนินการตามนโยบายต่อต้านการรับสินบน",
    )


def _o19(ctx: Ctx) -> list[Block]:
    return _policy_and_report(
        ctx,
        "การประเมินความเสี่ยงต่อการรับสินบน",
        "bribery-risk",
        "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน",
    )


def _o20(ctx: Ctx) -> list[Block]:
    return [
        doc_block(
            ctx,
            "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่",
            "discretion.pdf",
            [
                "กระบวนงานที่ต้องใช้ดุลยพินิจ ขั้นตอน และหลักเกณฑ์การพิจารณา",
                "งานอนุญาตก่อสร้าง งานทะเบียน งานจัดเก็บภาษี",
            ],
        )
    ]


def _o21(ctx: Ctx) -> list[Block]:
    return [
        doc_block(
            ctx,
            "แนวทางการใช้ทรัพย์สินของราชการ",
            "assets.pdf",
            ["การยืมและการใช้รถราชการ วัสดุ ครุภัณฑ์"],
            element="assets",
        ),
        doc_block(
            ctx,
            "แนวทางการรับและการจัดการของบริจาค",
            "donations.pdf",
            ["การรับเงินและสิ่งของบริจาค การลงทะเบียน"],
            element="donations",
        ),
        doc_block(
            ctx,
            "แนวทางการจัดเก็บและดูแลรักษาของกลาง",
            "seized.pdf",
            ["การรับ การเก็บรักษา และการจำหน่ายของกลาง"],
            element="seized",
        ),
    ]


def _o22(ctx: Ctx) -> list[Block]:
    measures, report = _policy_and_report(
        ctx,
        "มาตรการในการยกระดับคุณธรรมและความโปร่งใส",
        "ita-measures",
        "รายงานผลการดำเนินการตามมาตรการในการยกระดับคุณธรรมและความโปร่งใส",
    )
    return [with_measures_table(measures), report]


def _spec(code, title, label, kind, build, incomplete=None, group=""):
    return ItemSpec(code, title, label, kind, build, incomplete, group)


G1, G2, G3, G4, G10 = (
    "ข้อมูลพื้นฐาน",
    "การบริหารงาน",
    "การบริหารเงินงบประมาณ",
    "การบริหารและพัฒนาทรัพยากรบุคคล",
    "การป้องกันการทุจริต",
)
ITEMS: list[ItemSpec] = [
    _spec(
        "O1", "ข้อมูลพื้นฐานของสำนักงานเขต", "ข้อมูลพื้นฐานของสำนักงานเขต", "standing", _o1, "contacts", G1
    ),
    _spec(
        "O2",
        "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร",
        "นโยบายผู้ว่าฯ กทม. และแผนพัฒนากรุงเทพมหานคร",
        "current",
        _o2,
        "plans",
        G1,
    ),
    _spec(
        "O3",
        "โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต",
        "โรงเรียนสังกัดกรุงเทพมหานครในพื้นที่เขต",
        "standing",
        _o3,
        None,
        G1,
    ),
    _spec(
        "O4",
        "การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน",
        "ข่าวประชาสัมพันธ์ผลการดำเนินงาน",
        "current",
        _o4,
        None,
        G1,
    ),
    _spec(
        "O5",
        "แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี",
        "แผนปฏิบัติราชการและรายงานผลการปฏิบัติราชการประจำปี",
        "current",
        _o5,
        "report",
        G2,
    ),
    _spec(
        "O6",
        "คู่มือการปฏิบัติหน้าที่",
        "คู่มือการปฏิบัติงาน",
        "standing",
        lambda c: [manuals(c, only=4 if c.defect == "incomplete" else None)],
        "custom",
        G2,
    ),
    _spec(
        "O7",
        "คู่มือการให้บริการประชาชน",
        "คู่มือสำหรับประชาชน",
        "standing",
        lambda c: [service_manuals(c)],
        None,
        G2,
    ),
    _spec("O8", "E-Service", "บริการออนไลน์ E-Service", "standing", _o8, None, G2),
    _spec("O9", "ข้อมูลสถิติการจัดเก็บภาษี", "สถิติการจัดเก็บภาษี", "current", _o9, None, G2),
    _spec("O10", "ข้อมูลสถิติการจัดเก็บรายได้", "ข้อมูลสถิติการจัดเก็บรายได้", "current", _o10, None, G2),
    _spec(
        "O11",
        "รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต",
        "Checklist ในการพิจารณาออกใบอนุญาต",
        "standing",
        _o11,
        None,
        G2,
    ),
    _spec(
        "O12",
        "ระบบติดตาม (Tracking System) สถานะการขอใบอนุญาต",
        "ระบบติดตามสถานะการขอใบอนุญาต (Tracking System)",
        "standing",
        _o12,
        None,
        G2,
    ),
    _spec(
        "O13",
        "แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายงบประมาณประจำปี",
        "แผนการใช้จ่ายงบประมาณและรายงานผลการใช้จ่ายงบประมาณประจำปี",
        "current",
        _o13,
        "report",
        G3,
    ),
    _spec(
        "O14",
        "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ ข้อมูลเงินอุดหนุนชุมชน",
        "ข้อบัญญัติงบประมาณและเงินอุดหนุนชุมชน",
        "current",
        _o14,
        "subsidy",
        G3,
    ),
    _spec(
        "O15",
        "ประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้าง และ สรุปผลการจัดซื้อจัดจ้างรายเดือน",
        "ประกาศจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้างรายเดือน",
        "monthly",
        _o15,
        "custom",
        G3,
    ),
    _spec(
        "O16",
        "หลักเกณฑ์การบริหาร และพัฒนาทรัพยากรบุคคล",
        "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
        "current",
        _o16,
        None,
        G4,
    ),
    _spec(
        "O17",
        "ช่องทางการร้องเรียนการทุจริตและข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี",
        "ช่องทางแจ้งเรื่องร้องเรียนการทุจริต และสถิติเรื่องร้องเรียน",
        "current",
        _o17,
        "statistics",
        G4,
    ),
    _spec(
        "O18",
        "ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) และการรายงานผลสู่การปฏิบัติ",
        "นโยบายต่อต้านการรับสินบน (Anti-Bribery Policy)",
        "current",
        _o18,
        "report",
        G10,
    ),
    _spec(
        "O19",
        "การประเมินความเสี่ยงต่อการรับสินบนและการรายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน",
        "การประเมินความเสี่ยงการรับสินบน",
        "current",
        _o19,
        "report",
        G10,
    ),
    _spec(
        "O20",
        "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่",
        "แนวทางการใช้ดุลยพินิจของเจ้าหน้าที่",
        "standing",
        _o20,
        None,
        G10,
    ),
    _spec(
        "O21",
        "การจัดการทรัพย์สินของราชการ ของบริจาคและการจัดเก็บของกลาง",
        "การจัดการทรัพย์สินของราชการ ของบริจาค และของกลาง",
        "standing",
        _o21,
        "seized",
        G10,
    ),
    _spec(
        "O22",
        "มาตรการในการยกระดับคุณธรรมและความโปร่งใส และการรายงานผลการดำเนินงาน",
        "มาตรการยกระดับคุณธรรมและความโปร่งใส",
        "current",
        _o22,
        "report",
        G10,
    ),
]
