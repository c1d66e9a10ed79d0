"""Procurement evidence: plan, announcements with the e-GPBMA link, monthly summaries (แบบ สขร.1)."""

from __future__ import annotations

from datetime import date

from oitwatch.demo._blocks import Ctx, sign
from oitwatch.demo._web import (
    EGP_BMA,
    MONTHS_SHORT,
    Block,
    Doc,
    due_months,
    esc,
    fy_months,
    month_due,
    month_label,
    paras,
    pdf_doc,
    table,
    thai_date,
    xlsx_doc,
)

SKR1_COLUMNS = [
    "ลำดับที่",
    "งานที่จัดซื้อหรือจัดจ้าง",
    "วงเงินที่จะซื้อหรือจ้าง",
    "ราคากลาง",
    "วิธีซื้อหรือจ้าง",
    "รายชื่อผู้เสนอราคาและราคาที่เสนอ",
    "ผู้ได้รับการคัดเลือกและราคาที่ตกลง",
    "เหตุผลที่คัดเลือกโดยสรุป",
    "เลขที่และวันที่ของสัญญาหรือข้อตกลง",
]
SHORT_COLUMNS = ["ลำดับ", "รายการ", "จำนวนเงิน (บาท)", "ผู้ขาย/ผู้รับจ้าง", "หมายเหตุ"]
NO_PROCUREMENT = "ไม่มีการจัดซื้อจัดจ้าง"
WORKS = [
    ("จัดซื้อวัสดุสำนักงาน", 48500, "ร้านเจริญพาณิชย์"),
    ("จ้างซ่อมแซมผิวจราจรซอยภายในแขวง", 385000, "ห้างหุ้นส่วนจำกัด ศิริโยธา"),
    ("จัดซื้อน้ำมันเชื้อเพลิงสำหรับรถเก็บขนมูลฝอย", 96000, "บริษัท ปิโตรไทย จำกัด"),
    ("จ้างเหมาบริการทำความสะอาดคลองและท่อระบายน้ำ", 250000, "ห้างหุ้นส่วนจำกัด สะอาดดี"),
]


def _rows(y: int, m: int, fy: int, n: int) -> list[list[object]]:
    rows: list[list[object]] = []
    for k in range(1 + (m + n) % 3):
        work, amount, vendor = WORKS[(m + k) % len(WORKS)]
        price = amount - 500 * (k + 1)
        sign_day = date(y, m, 5 + 3 * k)
        ref = f"ใบสั่งซื้อ/สั่งจ้าง เลขที่ {k + 1 + m}/{fy} ลงวันที่ {sign_day.day} {MONTHS_SHORT[m - 1]} {y + 543}"
        rows.append(
            [
                k + 1,
                work,
                f"{amount:,.2f}",
                f"{amount:,.2f}",
                "เฉพาะเจาะจง",
                f"{vendor} ราคาที่เสนอ {price:,.2f} บาท",
                f"{vendor} ราคาที่ตกลง {price:,.2f} บาท",
                "เป็นผู้มีคุณสมบัติครบถ้วนและเสนอราคาไม่เกินวงเงิน",
                ref,
            ]
        )
    return rows


def _month_doc(
    ctx: Ctx, y: int, m: int, *, empty: bool, short: bool, as_pdf: bool
) -> tuple[Doc, str]:
    title = f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {month_label(y, m)}"
    header = SHORT_COLUMNS if short else SKR1_COLUMNS
    if empty:
        rows: list[list[object]] = [[1, NO_PROCUREMENT] + ["-"] * (len(header) - 2)]
    else:
        rows = _rows(y, m, ctx.real_fy, ctx.num)
        if short:
            rows = [[r[0], r[1], r[2], r[6].split(" ราคา")[0], ""] for r in rows]
    stem = ctx.f(f"skr1-{y}-{m:02d}")
    if as_pdf:
        lines = [title, ctx.site_name, "(แบบ สขร.1)", " | ".join(header)]
        lines += [" | ".join(str(c) for c in r) for r in rows]
        doc = pdf_doc(f"{stem}.pdf", title, lines)
    else:
        doc = xlsx_doc(f"{stem}.xlsx", title, {f"{MONTHS_SHORT[m - 1]} {y + 543}": [header, *rows]})
    return doc, table(header, rows)


def monthly_summaries(ctx: Ctx) -> list[Block]:
    """One post per month of ``ctx.real_fy`` that has ended by ``as_of``.

    'stale' keeps only the due months minus the last three (at least one missing);
    'incomplete' publishes tables without the standard columns of แบบ สขร.1.
    """
    months = [
        (y, m) for y, m in fy_months(ctx.real_fy) if month_due(y, m).replace(day=1) <= ctx.as_of
    ]
    if ctx.defect == "stale":
        due = due_months(ctx.real_fy, ctx.as_of)
        months = due[: max(1, len(due) - 3)] if len(due) >= 2 else []
        if not months:  # nothing due yet: last year's series only
            months = fy_months(ctx.real_fy - 1)[-3:]
    blocks = []
    for i, (y, m) in enumerate(months):
        posted = min(month_due(y, m).replace(day=5), ctx.as_of)
        doc, html_table = _month_doc(
            ctx, y, m, empty=(i == 4), short=ctx.defect == "incomplete", as_pdf=(i % 3 == 2)
        )
        intro = paras(
            f"{doc.label} ของ{ctx.site_name} (แบบ สขร.1) ประกาศ ณ วันที่ {thai_date(posted, short=True)}"
        )
        body = intro + (html_table if i % 2 == 0 else "")
        blocks.append(Block(doc.label, body, [doc], element="monthly", post=True, posted=posted))
    return blocks


def announcements(ctx: Ctx) -> Block:
    """Procurement announcements of the year and the visible link to e-GPBMA."""
    items = [
        (
            ctx.posted(11, 12),
            "ประกาศเชิญชวน ประกวดราคาจ้างก่อสร้างปรับปรุงถนนและท่อระบายน้ำ ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
        ),
        (ctx.posted(1, 16), "ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุงานบ้านงานครัว โดยวิธีเฉพาะเจาะจง"),
        (ctx.posted(3, 4), "ประกาศราคากลาง งานจ้างเหมาซ่อมแซมอาคารสำนักงานเขต"),
    ]
    rows = [(thai_date(d, short=True), t) for d, t in items]
    html = paras(f"ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. {ctx.fy}")
    html += table(["วันที่ประกาศ", "เรื่อง"], rows)
    html += f'<p>ดูประกาศทั้งหมดได้ที่ระบบ <a href="{esc(EGP_BMA)}">e-GPBMA ระบบเผยแพร่ข้อมูลการจัดซื้อจัดจ้างกรุงเทพมหานคร</a></p>'
    title = f"ประกาศ{ctx.site_name} เรื่อง ประกวดราคาจ้างก่อสร้างปรับปรุงถนนและท่อระบายน้ำ"
    lines = [title, f"ประจำปีงบประมาณ พ.ศ. {ctx.fy}", "ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)"]
    doc = pdf_doc(ctx.f(f"announce-{ctx.fy}.pdf"), title, lines + sign(ctx, items[0][0]))
    return Block(
        "ประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้าง",
        html,
        [doc],
        element="announcements",
        posted=items[0][0],
        links=(("e-GPBMA", EGP_BMA),),
    )


def procurement_plan(ctx: Ctx) -> Block:
    title = f"ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. {ctx.fy}"
    when = ctx.posted(10, 30)
    rows = [
        (i + 1, w, f"{a * 3:,.2f}", "ไตรมาสที่ " + str(i % 4 + 1))
        for i, (w, a, _) in enumerate(WORKS)
    ]
    header = ["ลำดับ", "รายการ", "วงเงินงบประมาณ (บาท)", "ช่วงเวลาที่คาดว่าจะจัดซื้อจัดจ้าง"]
    lines = [title, ctx.site_name] + [" | ".join(str(c) for c in r) for r in rows] + sign(ctx, when)
    doc = pdf_doc(ctx.f(f"procurement-plan-{ctx.fy}.pdf"), title, lines)
    html = table(header, rows)
    html += f'<p>ข้อมูลแผนการจัดซื้อจัดจ้างในระบบ <a href="{esc(EGP_BMA)}">e-GPBMA</a></p>'
    return Block(title, html, [doc], element="plan", posted=when, links=(("e-GPBMA", EGP_BMA),))


def annual_procurement_report(ctx: Ctx) -> Block:
    prev = ctx.fy - 1
    title = f"รายงานผลการจัดซื้อจัดจ้างประจำปีงบประมาณ พ.ศ. {prev}"
    when = ctx.posted(1, 20)
    lines = [
        title,
        ctx.site_name,
        f"จำนวนโครงการทั้งสิ้น 148 โครงการ งบประมาณรวม 18,450,300.00 บาท (ตุลาคม {prev - 1} - กันยายน {prev})",
        "สรุปผลการจัดซื้อจัดจ้าง จำแนกตามวิธี: เฉพาะเจาะจง 139 โครงการ ประกวดราคาอิเล็กทรอนิกส์ 9 โครงการ",
        "ปัญหาและอุปสรรค",
        "1. ผู้ยื่นข้อเสนอบางรายเอกสารไม่ครบถ้วน ทำให้ต้องยกเลิกและประกาศใหม่",
        "2. ผู้รับจ้างส่งมอบงานล่าช้ากว่ากำหนดในสัญญา",
        "ข้อเสนอแนะ",
        "1. จัดทำแผนการจัดซื้อจัดจ้างและราคากลางให้แล้วเสร็จตั้งแต่ต้นปีงบประมาณ",
        "2. ติดตามการส่งมอบงานและแจ้งเตือนผู้รับจ้างก่อนครบกำหนด",
        "แนวทางการปรับปรุงพัฒนาการจัดซื้อจัดจ้างในปีงบประมาณถัดไป",
    ]
    doc = pdf_doc(ctx.f(f"procurement-report-{prev}.pdf"), title, lines)
    html = paras(f"{title} (เผยแพร่เมื่อ {thai_date(when)})")
    return Block(title, html, [doc], element="report", posted=when)
