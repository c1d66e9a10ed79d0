"""The estimated OIT score: every item 100 or 0, and the ITA pass level."""

from __future__ import annotations

from collections import defaultdict

from rules.models import Framework

__all__ = ["LEVELS", "estimate", "level_for"]

# (lowest score, Thai level, English level), highest first (seed 000).
LEVELS = [
    (95.0, "ผ่านดีเยี่ยม", "Excellent"),
    (85.0, "ผ่านดี", "Good"),
    (70.0, "ต้องปรับปรุง", "Needs improvement"),
    (0.0, "ต้องปรับปรุงโดยด่วน", "Urgent improvement"),
]
NOTE_TH = "คะแนนประมาณการจากการตรวจเว็บไซต์โดยอัตโนมัติ ไม่ใช่ผลการประเมินอย่างเป็นทางการ"
NOTE_EN = "An estimate from an automatic check of the website, not the official assessment."


def level_for(score: float) -> tuple[str, str]:
    """The Thai and English pass level of an OIT score."""
    for floor, th, en in LEVELS:
        if score >= floor:
            return th, en
    return LEVELS[-1][1], LEVELS[-1][2]


def estimate(framework: Framework, statuses: dict[str, str]) -> dict:
    """Score 100 per passing item, averaged over the framework, with per-sub-indicator scores."""
    by_sub: dict[str, list[int]] = defaultdict(list)
    for ind in framework.indicators:
        for sub in ind.sub_indicators:
            for item in sub.items:
                by_sub[sub.code].append(100 if statuses.get(item.code) == "pass" else 0)
    points = [p for ps in by_sub.values() for p in ps]
    score = round(sum(points) / len(points), 2) if points else 0.0
    th, en = level_for(score)
    return {
        "estimate": score,
        "level": th,
        "level_en": en,
        "passed": sum(1 for p in points if p),
        "total": len(points),
        "by_sub_indicator": {k: round(sum(v) / len(v), 2) for k, v in by_sub.items()},
        "note_th": NOTE_TH,
        "note_en": NOTE_EN,
    }
