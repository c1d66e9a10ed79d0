"""Many districts at once: a sites x items status table with per-item failure counts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reports._result import ResultFields
from reports.labels import is_failing

__all__ = ["ItemColumn", "Overview", "OverviewRow", "build_overview"]


@dataclass
class ItemColumn:
    """One item across districts: ``failing`` of ``total`` districts do not pass it."""

    code: str
    title_th: str = ""
    title_en: str = ""
    owner: str = ""
    failing: int = 0
    total: int = 0

    @property
    def summary_th(self) -> str:
        return f"{self.code} ไม่ผ่าน {self.failing} จาก {self.total} เขต"

    @property
    def summary_en(self) -> str:
        return f"fails in {self.failing} of {self.total}"


@dataclass
class OverviewRow(ResultFields):
    """One district's latest run: its score and each item's status (``None``: not checked)."""

    result: dict[str, Any]
    statuses: dict[str, str | None]

    @property
    def failing(self) -> int:
        return sum(1 for s in self.statuses.values() if s and is_failing(s))


@dataclass
class Overview:
    """The latest results of several districts of one framework."""

    framework: str
    framework_title_th: str
    columns: list[ItemColumn] = field(default_factory=list)
    rows: list[OverviewRow] = field(default_factory=list)

    @property
    def results(self) -> list[dict[str, Any]]:
        return [r.result for r in self.rows]


def build_overview(results: list[dict[str, Any]]) -> list[Overview]:
    """One overview per framework among ``results``; rows by score, lowest first."""
    by_framework: dict[str, list[dict[str, Any]]] = {}
    for result in results:
        by_framework.setdefault(result.get("framework", ""), []).append(result)
    overviews = []
    for framework, group in by_framework.items():
        columns: dict[str, ItemColumn] = {}
        for result in group:
            for item in result.get("items", []):
                col = columns.setdefault(
                    item["code"],
                    ItemColumn(
                        item["code"],
                        item.get("title_th", ""),
                        item.get("title_en", ""),
                        item.get("owner", ""),
                    ),
                )
                col.total += 1
                col.failing += is_failing(item["status"])
        rows = [
            OverviewRow(result, {code: _status(result, code) for code in columns})
            for result in group
        ]
        rows.sort(key=lambda r: (float(r.score.get("estimate") or 0), r.site_key))
        overviews.append(
            Overview(
                framework,
                group[0].get("framework_title_th", ""),
                sorted(columns.values(), key=lambda c: _code_key(c.code)),
                rows,
            )
        )
    return overviews


def _status(result: dict[str, Any], code: str) -> str | None:
    return next((it["status"] for it in result.get("items", []) if it["code"] == code), None)


def _code_key(code: str) -> tuple[int, str]:
    digits = "".join(ch for ch in code if ch.isdigit())
    return (int(digits) if digits else 0, code)
