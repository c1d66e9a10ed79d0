"""Stores holding check runs of fixture districts, written as the checker writes them.

``write_run`` stores one result dict (the contracts' "Check result JSON") as a
Run row with its ItemResult rows and Site row: data, not a mock.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from checklist.run import store_run
from oitwatch.store import Store
from oitwatch.store.models import Site

# bma-2567 (seed 000): code, sub-indicator, title_th, title_en, owner
ITEMS = [
    (
        "O1",
        "9.1",
        "ข้อมูลพื้นฐานของสำนักงานเขต",
        "Basic information of the district office",
        "ฝ่ายปกครอง",
    ),
    (
        "O2",
        "9.1",
        "นโยบายผู้ว่าราชการกรุงเทพมหานครและแผนที่เกี่ยวข้องกับการพัฒนากรุงเทพมหานคร",
        "Governor's policy and development plans",
        "ฝ่ายปกครอง",
    ),
    ("O3", "9.1", "โรงเรียนสังกัดกรุงเทพมหานคร ในพื้นที่เขต", "BMA schools in the district", "ฝ่ายการศึกษา"),
    ("O4", "9.1", "การประชาสัมพันธ์ข้อมูลผลการดำเนินงาน", "Public relations on performance", "ฝ่ายปกครอง"),
    (
        "O5",
        "9.2",
        "แผนปฏิบัติราชการประจำปี และรายงานผลการปฏิบัติราชการประจำปี",
        "Annual action plan and report",
        "ฝ่ายปกครอง",
    ),
    ("O6", "9.2", "คู่มือการปฏิบัติหน้าที่", "Operations manuals", "ฝ่ายปกครอง"),
    ("O7", "9.2", "คู่มือการให้บริการประชาชน", "Service manuals", "ฝ่ายปกครอง"),
    ("O8", "9.2", "E-Service", "E-Service", "ฝ่ายปกครอง"),
    ("O9", "9.2", "ข้อมูลสถิติการจัดเก็บภาษี", "Tax collection statistics", "ฝ่ายรายได้"),
    ("O10", "9.2", "ข้อมูลสถิติการจัดเก็บรายได้", "Revenue statistics", "ฝ่ายรายได้"),
    (
        "O11",
        "9.2",
        "รายการการตรวจ (Checklist) ในการพิจารณาการออกใบอนุญาต",
        "Permit checklists",
        "ฝ่ายโยธา",
    ),
    (
        "O12",
        "9.2",
        "ระบบติดตาม (Tracking System) สถานะการขอใบอนุญาต",
        "Permit tracking system",
        "ฝ่ายโยธา",
    ),
    (
        "O13",
        "9.3",
        "แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายงบประมาณประจำปี",
        "Annual budget plan and report",
        "ฝ่ายการคลัง",
    ),
    (
        "O14",
        "9.3",
        "ข้อมูลงบประมาณ ข้อบัญญัติงบประมาณ ข้อมูลเงินอุดหนุนชุมชน",
        "Budget data and community grants",
        "ฝ่ายการคลัง",
    ),
    (
        "O15",
        "9.3",
        "ประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้าง และ สรุปผลการจัดซื้อจัดจ้างรายเดือน",
        "Procurement announcements and monthly summaries",
        "ฝ่ายการคลัง",
    ),
    ("O16", "9.4", "หลักเกณฑ์การบริหาร และพัฒนาทรัพยากรบุคคล", "HR management criteria", "ฝ่ายปกครอง"),
    (
        "O17",
        "9.4",
        "ช่องทางการร้องเรียนการทุจริตและข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตประจำปี",
        "Corruption complaint channels and statistics",
        "ฝ่ายปกครอง",
    ),
    (
        "O18",
        "10.1",
        "ประกาศนโยบายต่อต้านการรับสินบน (Anti-Bribery Policy) และการรายงานผลสู่การปฏิบัติ",
        "Anti-bribery policy",
        "ฝ่ายปกครอง",
    ),
    (
        "O19",
        "10.1",
        "การประเมินความเสี่ยงต่อการรับสินบนและการรายงานผลการดำเนินการเพื่อจัดการความเสี่ยงต่อการรับสินบน",
        "Bribery risk assessment",
        "ฝ่ายการคลัง",
    ),
    (
        "O20",
        "10.1",
        "แนวทางการปฏิบัติในการใช้ดุลยพินิจของเจ้าหน้าที่",
        "Guidelines on officials' discretion",
        "ฝ่ายปกครอง",
    ),
    (
        "O21",
        "10.1",
        "การจัดการทรัพย์สินของราชการ ของบริจาคและการจัดเก็บของกลาง",
        "Government property and donations",
        "ฝ่ายการคลัง",
    ),
    (
        "O22",
        "10.1",
        "มาตรการในการยกระดับคุณธรรมและความโปร่งใส และการรายงานผลการดำเนินงาน",
        "Integrity and transparency measures",
        "ฝ่ายปกครอง",
    ),
]

REASONS = {
    "missing": (
        "ไม่พบหน้าหรือเอกสารของรายการนี้บนเว็บไซต์",
        "No page or document for this item was found.",
    ),
    "stale": (
        "ยังไม่พบสรุปผลการจัดซื้อจัดจ้างเดือนกุมภาพันธ์ 2568",
        "The February 2025 summary was not found.",
    ),
    "incomplete": ("เอกสารไม่มีคอลัมน์ราคากลาง", "The document lacks the reference price column."),
    "broken": ("ลิงก์ไปยังเอกสารตอบกลับ 404", "The link to the document answers 404."),
    "review": (
        "เอกสารเป็นภาพสแกนที่อ่านไม่ได้ ต้องให้เจ้าหน้าที่ตรวจ",
        "A scan no machine could read; an officer must check.",
    ),
}

LEVELS = [
    (95, "ผ่านดีเยี่ยม", "Excellent"),
    (85, "ผ่านดี", "Good"),
    (70, "ต้องปรับปรุง", "Needs improvement"),
    (0, "ต้องปรับปรุงโดยด่วน", "Urgent improvement"),
]

SITES = {
    "bangkoknoi": ("บางกอกน้อย", "Bangkok Noi"),
    "khlongtoei": ("คลองเตย", "Khlong Toei"),
    "pranakorn": ("พระนคร", "Phra Nakhon"),
}
HOST = "https://webportal.bangkok.go.th"


def make_result(
    site_key: str,
    statuses: dict[str, str] | None = None,
    *,
    as_of: str = "2025-04-30",
    framework: str = "bma-2567",
    evidence: dict[str, list[dict[str, str]]] | None = None,
) -> dict[str, Any]:
    """A realistic bma-2567 result: every item passes unless ``statuses`` says otherwise."""
    statuses = statuses or {}
    evidence = evidence or {}
    name_th, _ = SITES.get(site_key, (site_key, site_key))
    items = []
    for code, sub, title_th, title_en, owner in ITEMS:
        status = statuses.get(code, "pass")
        ev = evidence.get(code) or [
            {
                "url": f"{HOST}/{site_key}/page/sub/{code.lower()}/{code}",
                "title": f"{code} {title_th}",
                "snippet": f"{title_th} ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
                "source": "menu",
            }
        ]
        reasons = [{"th": "พบหลักฐานครบถ้วนและเป็นปัจจุบัน", "en": "Found, complete and current."}]
        if status != "pass":
            th, en = REASONS[status]
            reasons = [{"th": th, "en": en}]
            if status == "missing":
                ev = []
        items.append(
            {
                "code": code,
                "title_th": title_th,
                "title_en": title_en,
                "sub_indicator": sub,
                "status": status,
                "owner": owner,
                "evidence": ev,
                "reasons": reasons,
                "fix_th": f"เผยแพร่{title_th}ของปีงบประมาณ พ.ศ. 2568 บนเว็บไซต์ของเขต",
                "elements_missing": ["ราคากลาง"] if status == "incomplete" else [],
                "months_missing": ["2025-02", "2025-03"] if status == "stale" else [],
            }
        )
    passed = sum(1 for it in items if it["status"] == "pass")
    estimate = round(100 * passed / len(items), 2)
    level, level_en = next((th, en) for floor, th, en in LEVELS if estimate >= floor)
    subs: dict[str, list[bool]] = {}
    for it in items:
        subs.setdefault(it["sub_indicator"], []).append(it["status"] == "pass")
    return {
        "site": f"{HOST}/{site_key}/index",
        "site_key": site_key,
        "site_name_th": f"สำนักงานเขต{name_th}",
        "framework": framework,
        "framework_title_th": "แบบตรวจการเปิดเผยข้อมูลสาธารณะ สำนักงานเขต ITA 2567",
        "as_of": as_of,
        "fiscal_year": 2568,
        "crawl_id": None,
        "run_id": None,
        "checked_at": f"{as_of}T03:15:00+00:00",
        "items": items,
        "score": {
            "estimate": estimate,
            "level": level,
            "level_en": level_en,
            "passed": passed,
            "total": len(items),
            "by_sub_indicator": {k: round(100 * sum(v) / len(v), 2) for k, v in subs.items()},
            "note_th": "คะแนนประมาณการจากการตรวจเว็บไซต์ ไม่ใช่ผลการประเมินทางการ",
            "note_en": "An estimate from the website check, not the official assessment.",
        },
    }


def write_run(store: Store, result: dict[str, Any]) -> int:
    """Store ``result`` as the checker does (Site, Run, ItemResults); return the run id."""
    result = copy.deepcopy(result)
    with store.session() as s:
        key = result["site_key"]
        site = s.scalar(select(Site).where(Site.key == key))
        if site is None:
            site = Site(
                key=key,
                name_th=result["site_name_th"],
                start_url=result["site"],
                scope_prefix=f"{HOST}/{key}/",
                framework=result["framework"],
            )
            s.add(site)
            s.flush()
        return store_run(s, site.id, None, result)


XSS = "<script>alert(1)</script>"


@pytest.fixture
def runs_store(store: Store) -> Store:
    """Three districts with two runs each; Bangkok Noi gets worse on O15, better on O9."""
    write_run(
        store, make_result("bangkoknoi", {"O9": "missing", "O15": "pass"}, as_of="2025-03-31")
    )
    write_run(
        store,
        make_result(
            "bangkoknoi",
            {"O15": "stale", "O19": "incomplete", "O22": "review"},
            evidence={
                "O22": [
                    {"url": "javascript:alert(2)", "title": XSS, "snippet": XSS, "source": "text"},
                    {
                        "url": f"{HOST}/bangkoknoi/doc/o22.pdf",
                        "title": '=HYPERLINK("http://evil")',
                        "snippet": "มาตรการ",
                        "source": "document",
                    },
                ]
            },
        ),
    )
    write_run(store, make_result("khlongtoei", {"O20": "missing"}, as_of="2025-03-31"))
    write_run(store, make_result("khlongtoei", {"O20": "missing", "O15": "broken"}))
    write_run(
        store, make_result("pranakorn", {"O15": "stale", "O3": "missing"}, as_of="2025-03-31")
    )
    write_run(store, make_result("pranakorn", {}))
    return store


@pytest.fixture
def result_factory() -> Callable[..., dict[str, Any]]:
    return make_result
