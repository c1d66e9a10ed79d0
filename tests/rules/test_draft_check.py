"""A drafted rule set can be checked with at once: drafted from seed 000's item table (a PDF made
here) on the shipped ITA 2567 file as base, it gives Bangkok Noi's official outcome (only O15 fails)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checklist import check_site
from oitwatch.demo import scenarios
from oitwatch.settings import Settings
from rules import load_framework
from rules.draft import draft_framework, write_draft

from .test_draft import _seed, _seed_pdf, _table_lines


def test_a_draft_checks_like_the_shipped_file(tmp_path: Path, serve, settings: Settings) -> None:
    lines = _table_lines(_seed("000"), "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล\t", "O22.")
    pdf = _seed_pdf(tmp_path, lines, "ita2567.pdf")
    out = tmp_path / "drafts"
    out.mkdir()
    draft = draft_framework(pdf, "bma-2567-draft", base=load_framework("bma-2567"))
    path = write_draft(draft, out, source=pdf)[0]
    drafted = load_framework(path)
    assert all(it.review for it in drafted.items)  # nothing a person has checked yet
    site = tmp_path / "site"
    expected = scenarios.bangkok_noi_2567(site)
    server = serve(site)
    result = check_site(
        settings, server.url("/bangkoknoi/"), framework=str(path), as_of=date(2025, 4, 30)
    )
    got = {it["code"]: it["status"] for it in result["items"]}
    assert got == expected
    assert [code for code, status in got.items() if status != "pass"] == ["O15"]
