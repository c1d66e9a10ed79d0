"""The ITA 2564 district content holds what the bma-2564 rules ask of each passing item.

Reads the generated site's own files (item pages and the real PDFs/XLSX/DOCX they link),
so a content regression shows here without running the crawler or the checker.
"""

from __future__ import annotations

import html
import io
import re
from datetime import date
from pathlib import Path

import docx
import openpyxl
import pypdf
import pytest

from oitwatch.demo import scenarios
from oitwatch.demo.sitegen import build_site, framework_items
from oitwatch.thai import compact_for_match
from rules import load_framework
from rules.models import PhrasesMatch

AS_OF = date(2021, 4, 30)


def _file_text(path: Path) -> str:
    if path.suffix == ".pdf":
        return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)
    if path.suffix == ".xlsx":
        wb = openpyxl.load_workbook(path, read_only=True)
        return "\n".join(
            " ".join(str(c) for c in row if c is not None)
            for ws in wb.worksheets
            for row in ws.iter_rows(values_only=True)
        )
    if path.suffix == ".docx":
        return "\n".join(p.text for p in docx.Document(io.BytesIO(path.read_bytes())).paragraphs)
    return ""


def _item_texts(root: Path, slug: str) -> dict[str, str]:
    """Compact text per item code: its page (found by its heading) and its documents."""
    pages = [p.read_text(encoding="utf-8") for p in (root / slug / "page").rglob("index.html")]
    files = [p for p in (root / slug / "public").rglob("*") if p.is_file()]
    texts = {}
    for spec in framework_items("bma-2564"):
        parts = [
            re.sub(r"<[^>]+>", " ", html.unescape(p.split("</h1>", 1)[1]))
            for p in pages
            if f"<h1>{spec.label}</h1>" in p
        ]
        parts += [_file_text(f) for f in files if f.name.startswith(spec.code.lower() + "-")]
        texts[spec.code] = compact_for_match("\n".join(parts))
    return texts


@pytest.fixture(scope="module")
def huai_khwang(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], dict[str, str]]:
    root = tmp_path_factory.mktemp("hk")
    expected = scenarios.huai_khwang_2564(root, as_of=AS_OF)
    return expected, _item_texts(root, "huaikhwang")


def test_passing_items_hold_every_phrase_element(huai_khwang) -> None:
    expected, texts = huai_khwang
    lacking = []
    for item in load_framework("bma-2564").items:
        if expected[item.code] != "pass":
            continue
        text = texts[item.code].replace(compact_for_match(item.title_th), "\n")
        for el in item.elements:
            if isinstance(el.match, PhrasesMatch):
                found = sum(1 for p in el.match.any if compact_for_match(p) in text)
                if found < el.match.min:
                    lacking.append(f"{item.code}:{el.key}")
    assert lacking == []


def test_satisfaction_survey_is_the_current_half_year(huai_khwang) -> None:
    """Seed 004 line 403: monthly figures for at least the first six months of this year."""
    _, texts = huai_khwang
    o16 = texts["O16"]
    assert compact_for_match("รอบ 6 เดือน (ตุลาคม 2563 - มีนาคม 2564)") in o16
    for month in ("ตุลาคม 2563", "มกราคม 2564", "มีนาคม 2564"):
        assert compact_for_match(month) in o16
    assert compact_for_match("เมษายน 2564 |") not in o16  # April is not over


def test_stale_survey_and_reports_keep_last_year(tmp_path: Path) -> None:
    expected = build_site(
        tmp_path,
        slug="k",
        name_th="สำนักงานเขตเค",
        framework="bma-2564",
        fiscal_year=2564,
        defects={"O16": "stale", "O41": "missing"},
        as_of=AS_OF,
    )
    assert expected["O16"] == "stale" and expected["O41"] == "missing"
    texts = _item_texts(tmp_path, "k")
    assert compact_for_match("รอบ 6 เดือน (ตุลาคม 2562 - มีนาคม 2563)") in texts["O16"]
    assert "2564" not in texts["O16"]
    assert texts["O41"] == ""
