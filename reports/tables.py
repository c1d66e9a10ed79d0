"""Reports flattened to rows of cells, shared by the CSV and XLSX writers.

Cells that came from crawled sites may start with ``=``, ``+``, ``-`` or ``@``;
``neutralize`` keeps spreadsheets from reading them as formulas.
"""

from __future__ import annotations

from typing import Any

from reports.district import DistrictReport
from reports.labels import STATUS_EN, STATUS_TH, thai_date, thai_month
from reports.owners import OwnerView

__all__ = [
    "ITEM_HEADERS",
    "OWNER_HEADERS",
    "SUMMARY_HEADERS",
    "item_rows",
    "neutralize",
    "owner_rows",
    "summary_row",
]

ITEM_HEADERS = [
    "รหัสเว็บไซต์ (site_key)",
    "เขต (site)",
    "เกณฑ์ (framework)",
    "รอบที่ (run_id)",
    "ข้อมูล ณ วันที่ (as_of)",
    "คะแนนประมาณการ (score_estimate)",
    "ระดับ (level)",
    "ตัวชี้วัดย่อย (sub_indicator)",
    "รหัส (code)",
    "รายการ (title_th)",
    "Item (title_en)",
    "สถานะ (status)",
    "สถานะ (status_th)",
    "ผู้รับผิดชอบ (owner)",
    "เหตุผล (reason_th)",
    "Reason (reason_en)",
    "องค์ประกอบที่ขาด (elements_missing)",
    "เดือนที่ขาด (months_missing)",
    "สิ่งที่ต้องเผยแพร่ (fix_th)",
    "หลักฐาน (evidence_urls)",
    "การเปลี่ยนแปลง (change)",
    "สถานะเดิม (previous_status)",
]

SUMMARY_HEADERS = [
    "รหัสเว็บไซต์ (site_key)",
    "เขต (site)",
    "เว็บไซต์ (url)",
    "เกณฑ์ (framework)",
    "รอบที่ (run_id)",
    "ข้อมูล ณ วันที่ (as_of)",
    "คะแนนประมาณการ (score_estimate)",
    "ระดับ (level)",
    "Level",
    "ผ่าน (passed)",
    "ทั้งหมด (total)",
    "ไม่ผ่าน (failing)",
    "ไม่ผ่านครั้งใหม่ (newly_failing)",
    "ผ่านแล้ว (newly_passing)",
]

OWNER_HEADERS = [
    "ผู้รับผิดชอบ (owner)",
    "รหัสเว็บไซต์ (site_key)",
    "เขต (site)",
    "รหัส (code)",
    "รายการ (title_th)",
    "สถานะ (status)",
    "สถานะ (status_th)",
    "เหตุผล (reason_th)",
    "สิ่งที่ต้องเผยแพร่ (fix_th)",
]


def neutralize(value: Any) -> Any:
    """A string that a spreadsheet would take for a formula, prefixed with ``'``."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _reason(item: dict[str, Any], lang: str) -> str:
    return "\n".join(r.get(lang, "") for r in item.get("reasons", []) if r.get(lang))


def item_rows(report: DistrictReport) -> list[list[Any]]:
    """One row per item, in ``ITEM_HEADERS`` order."""
    r = report.result
    score = report.score
    rows = []
    for it in report.items:
        rows.append(
            [
                report.site_key,
                report.name_th,
                r.get("framework", ""),
                r.get("run_id"),
                thai_date(r.get("as_of")),
                score.get("estimate"),
                score.get("level", ""),
                it.get("sub_indicator", ""),
                it["code"],
                it.get("title_th", ""),
                it.get("title_en", ""),
                it["status"],
                STATUS_TH.get(it["status"], it["status"]),
                it.get("owner", ""),
                _reason(it, "th"),
                _reason(it, "en"),
                ", ".join(it.get("elements_missing_th") or it.get("elements_missing") or []),
                ", ".join(thai_month(m) for m in it.get("months_missing") or []),
                it.get("fix_th", ""),
                "\n".join(ev.get("url", "") for ev in it.get("evidence", [])),
                it.get("change") or "",
                it.get("previous_status") or "",
            ]
        )
    return rows


def summary_row(report: DistrictReport) -> list[Any]:
    """One row per district, in ``SUMMARY_HEADERS`` order."""
    r, score, ch = report.result, report.score, report.changes
    return [
        report.site_key,
        report.name_th,
        r.get("site", ""),
        r.get("framework", ""),
        r.get("run_id"),
        thai_date(r.get("as_of")),
        score.get("estimate"),
        score.get("level", ""),
        score.get("level_en", ""),
        sum(1 for it in report.items if it["status"] == "pass"),
        len(report.items),
        " ".join(it["code"] for it in report.failing),
        " ".join(it["code"] for it in ch.newly_failing),
        " ".join(it["code"] for it in ch.newly_passing),
    ]


def owner_rows(view: OwnerView) -> list[list[Any]]:
    """One row per failing item of the unit, in ``OWNER_HEADERS`` order."""
    return [
        [
            view.unit,
            result.get("site_key", ""),
            result.get("site_name_th", ""),
            it["code"],
            it.get("title_th", ""),
            it["status"],
            f"{STATUS_TH.get(it['status'], it['status'])} ({STATUS_EN.get(it['status'], '')})",
            _reason(it, "th"),
            it.get("fix_th", ""),
        ]
        for result, it in view.rows
    ]
