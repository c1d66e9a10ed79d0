"""The six verdicts an item can get, with their Thai and English labels."""

from __future__ import annotations

__all__ = ["STATUSES", "STATUS_EN", "STATUS_TH"]

STATUSES = ("pass", "missing", "stale", "incomplete", "broken", "review")
STATUS_TH = {
    "pass": "ผ่าน",
    "missing": "ไม่พบ",
    "stale": "ไม่เป็นปัจจุบัน",
    "incomplete": "ไม่ครบองค์ประกอบ",
    "broken": "ลิงก์เสีย",
    "review": "ต้องตรวจสอบโดยเจ้าหน้าที่",
}
STATUS_EN = {s: s for s in STATUSES}
