"""Known-answer district sites: each function builds one site and returns its expected statuses.

- ``bangkok_noi_2567``: seed 000's official ITA 2567 outcome, every item 100 but O15 (monthly
  procurement summaries not current: only October–December published by 30 April).
- ``huai_khwang_2564``: seed 004's official ITA 2564 outcome, every item 100 but O42 (missing).
- ``all_defects_2567``: at least one item of every status.
- ``menu_only_2567``: no OIT index page; items reachable only through the left menu.
- ``menu_only_2564``: the 2564 list, menu style, a few defects.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from oitwatch.demo.sitegen import build_site

__all__ = [
    "SCENARIOS",
    "all_defects_2567",
    "bangkok_noi_2567",
    "huai_khwang_2564",
    "menu_only_2564",
    "menu_only_2567",
]


def bangkok_noi_2567(root: Path, as_of: date = date(2025, 4, 30)) -> dict[str, str]:
    """Bangkok Noi, ITA 2567 list, FY2568: all pass except O15 stale."""
    return build_site(
        root,
        slug="bangkoknoi",
        name_th="สำนักงานเขตบางกอกน้อย",
        framework="bma-2567",
        fiscal_year=2568,
        defects={"O15": "stale"},
        as_of=as_of,
    )


def huai_khwang_2564(root: Path, as_of: date = date(2021, 4, 30)) -> dict[str, str]:
    """Huai Khwang, ITA 2564 (FY2564): all pass except O42 missing."""
    return build_site(
        root,
        slug="huaikhwang",
        name_th="สำนักงานเขตห้วยขวาง",
        framework="bma-2564",
        fiscal_year=2564,
        defects={"O42": "missing"},
        as_of=as_of,
    )


ALL_DEFECTS_2567 = {
    "O3": "missing",
    "O9": "missing",
    "O5": "stale",
    "O15": "stale",
    "O17": "incomplete",
    "O6": "incomplete",
    "O13": "incomplete",
    "O12": "broken",
    "O14": "broken",
    "O20": "review",
    "O21": "review",
}


def all_defects_2567(root: Path, as_of: date = date(2025, 4, 30)) -> dict[str, str]:
    """A fictional district with at least one item of every status (index style)."""
    return build_site(
        root,
        slug="khet-thotsop",
        name_th="สำนักงานเขตทดสอบ",
        framework="bma-2567",
        fiscal_year=2568,
        defects=ALL_DEFECTS_2567,
        as_of=as_of,
    )


def menu_only_2567(root: Path, as_of: date = date(2025, 4, 30)) -> dict[str, str]:
    """No OIT index page: every item only in the left menu; O18 incomplete, O7 missing, O10 broken."""
    return build_site(
        root,
        slug="khet-mena",
        name_th="สำนักงานเขตเมนูเดียว",
        framework="bma-2567",
        fiscal_year=2568,
        defects={"O7": "missing", "O10": "broken", "O18": "incomplete"},
        style="menu",
        as_of=as_of,
    )


def menu_only_2564(root: Path, as_of: date = date(2021, 4, 30)) -> dict[str, str]:
    """ITA 2564 list, menu style: O23 stale, O2 incomplete (no photos), O24 missing, O31 review."""
    return build_site(
        root,
        slug="khet-kao",
        name_th="สำนักงานเขตเก่าแก่",
        framework="bma-2564",
        fiscal_year=2564,
        defects={"O23": "stale", "O2": "incomplete", "O24": "missing", "O31": "review"},
        style="menu",
        as_of=as_of,
    )


SCENARIOS = {
    "bangkok_noi_2567": bangkok_noi_2567,
    "huai_khwang_2564": huai_khwang_2564,
    "all_defects_2567": all_defects_2567,
    "menu_only_2567": menu_only_2567,
    "menu_only_2564": menu_only_2564,
}
