"""The score estimate reproduces the seeds' official figures."""

from __future__ import annotations

import pytest

from checklist import estimate, level_for
from rules import load_framework


def test_bangkok_noi_2567_only_o15_failing_scores_95_45_excellent() -> None:
    fw = load_framework("bma-2567")
    statuses = {it.code: "pass" for it in fw.items} | {"O15": "stale"}
    score = estimate(fw, statuses)
    assert score["estimate"] == 95.45  # seed 000: 21 of 22 items at 100
    assert (score["level"], score["level_en"]) == ("ผ่านดีเยี่ยม", "Excellent")
    assert (score["passed"], score["total"]) == (21, 22)
    assert score["by_sub_indicator"]["9.3"] == pytest.approx(66.67)
    assert "ประมาณการ" in score["note_th"]


def test_huai_khwang_2564_only_o42_missing() -> None:
    fw = load_framework("bma-2564")
    statuses = {it.code: "pass" for it in fw.items} | {"O42": "missing"}
    score = estimate(fw, statuses)
    assert score["estimate"] == round(42 / 43 * 100, 2)
    assert score["level"] == "ผ่านดีเยี่ยม"


@pytest.mark.parametrize(
    ("score", "level"),
    [
        (100, "ผ่านดีเยี่ยม"),
        (95, "ผ่านดีเยี่ยม"),
        (94.99, "ผ่านดี"),
        (85, "ผ่านดี"),
        (84.99, "ต้องปรับปรุง"),
        (70, "ต้องปรับปรุง"),
        (69.99, "ต้องปรับปรุงโดยด่วน"),
        (0, "ต้องปรับปรุงโดยด่วน"),
    ],
)
def test_levels_follow_seed_000(score: float, level: str) -> None:
    assert level_for(score)[0] == level
