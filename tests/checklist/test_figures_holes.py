"""Figures given month by month over their period (2564 O31, corruption complaint statistics,
October-March): a month skipped between months the table gives is a part absent, incomplete;
the same table with every month is current and complete.

Served over real HTTP on 127.0.0.1, crawled and checked like any district.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from checklist import check_site
from oitwatch.devserver import SiteServer
from oitwatch.settings import Settings

HEAD = '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{t}</title></head><body>'
TITLE = "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริต ปีงบประมาณ ๒๕๖๕"
MONTHS = ["ตุลาคม ๒๕๖๔", "พฤศจิกายน ๒๕๖๔", "ธันวาคม ๒๕๖๔", "มกราคม ๒๕๖๕", "กุมภาพันธ์ ๒๕๖๕"]


@pytest.mark.parametrize("skipped", [None, "ธันวาคม ๒๕๖๔"])
def test_a_month_skipped_in_monthly_figures_is_incomplete(
    skipped: str | None, tmp_path: Path, serve: Callable[..., SiteServer], settings: Settings
) -> None:
    rows = "".join(
        f"<tr><td>{m}</td><td>{n % 2}</td><td>ดำเนินการแล้วเสร็จ</td></tr>"
        for n, m in enumerate(MONTHS)
        if m != skipped
    )
    page = (
        HEAD.format(t=TITLE) + f"<h1>{TITLE}</h1><table><tr><th>เดือน</th><th>จำนวนเรื่อง</th>"
        f"<th>ผลการดำเนินการ</th></tr>{rows}</table><p>ปรับปรุง ๔ มีนาคม ๒๕๖๕</p></body></html>"
    )
    (tmp_path / "stat.html").write_text(page, encoding="utf-8")
    (tmp_path / "index.html").write_text(
        HEAD.format(t="สำนักงานเขตทดสอบ")
        + '<ul><li><a href="/stat.html">สถิติเรื่องร้องเรียนการทุจริต</a></li></ul></body></html>',
        encoding="utf-8",
    )
    server = serve(tmp_path)
    result = check_site(settings, server.url("/"), framework="bma-2564", as_of=date(2022, 3, 10))
    o31 = next(it for it in result["items"] if it["code"] == "O31")
    if skipped is None:
        assert o31["status"] == "pass", o31["reasons"]
    else:
        assert o31["status"] == "incomplete", o31["reasons"]
        assert o31["months_missing"] == ["2021-12"]
        assert "2021-12" in o31["reasons"][0]["en"]
