"""One district's report: score estimate, items by sub-indicator, changes, trend."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from reports._framework import element_titles, sub_indicator_titles
from reports._result import ResultFields
from reports.changes import RunChanges, diff_runs
from reports.labels import STATUSES, is_failing, thai_date

__all__ = ["DistrictReport", "ItemGroup", "build_district_report", "group_items"]


@dataclass
class ItemGroup:
    """The items of one sub-indicator (e.g. 9.3 การบริหารเงินงบประมาณ)."""

    code: str
    title_th: str = ""
    title_en: str = ""
    items: list[dict[str, Any]] = field(default_factory=list)

    @property
    def passed(self) -> int:
        return sum(1 for it in self.items if not is_failing(it["status"]))


@dataclass
class DistrictReport(ResultFields):
    """Everything a district report shows; ``result`` is the run's result dict.

    Items in ``groups`` are the result's item dicts plus ``change``
    (``newly_failing``, ``newly_passing``, ``still_failing`` or ``None``) and
    ``previous_status``. ``history`` holds the site's results oldest first,
    ending with this one.
    """

    result: dict[str, Any]
    groups: list[ItemGroup]
    changes: RunChanges
    previous: dict[str, Any] | None = None
    history: list[dict[str, Any]] = field(default_factory=list)

    @property
    def items(self) -> list[dict[str, Any]]:
        return [it for g in self.groups for it in g.items]

    @property
    def failing(self) -> list[dict[str, Any]]:
        return [it for it in self.items if is_failing(it["status"])]

    @property
    def counts(self) -> dict[str, int]:
        """How many items have each status, in status order."""
        c = Counter(it["status"] for it in self.items)
        return {s: c.get(s, 0) for s in STATUSES}

    def item_strip(self, code: str) -> list[tuple[str, str]]:
        """``(label, status)`` of item ``code`` in each run of ``history``, for a status strip."""
        strip = []
        for result in self.history:
            for it in result.get("items", []):
                if it.get("code") == code:
                    label = f"{thai_date(result.get('as_of'), short=True)} #{result.get('run_id')}"
                    strip.append((label, it["status"]))
        return strip

    def item(self, code: str) -> dict[str, Any] | None:
        return next((it for it in self.items if it["code"] == code), None)


def group_items(result: dict[str, Any]) -> list[ItemGroup]:
    """The result's items grouped by sub-indicator, in the order they first appear."""
    titles = sub_indicator_titles(result.get("framework", ""))
    groups: dict[str, ItemGroup] = {}
    for item in result.get("items", []):
        code = str(item.get("sub_indicator") or "")
        if code not in groups:
            th, en = titles.get(code, ("", ""))
            groups[code] = ItemGroup(code, th, en)
        groups[code].items.append(item)
    return list(groups.values())


def build_district_report(
    result: dict[str, Any],
    previous: dict[str, Any] | None = None,
    history: list[dict[str, Any]] | None = None,
) -> DistrictReport:
    """A district report of ``result``, compared with the site's ``previous`` result."""
    changes = diff_runs(previous, result)
    annotated = {it["code"]: (change, it) for change, it in changes.ordered()}
    before = {}
    if previous and not changes.first_run:
        before = {it["code"]: it["status"] for it in previous.get("items", [])}
    titles = element_titles(result.get("framework", ""))
    items = []
    for item in result.get("items", []):
        change, _ = annotated.get(item["code"], (None, None))
        named = [titles.get((item["code"], k), k) for k in item.get("elements_missing") or []]
        items.append(
            {
                **item,
                "change": change,
                "previous_status": before.get(item["code"]),
                "elements_missing_th": named,  # officers read element titles, never keys
            }
        )
    grouped = group_items({**result, "items": items})
    return DistrictReport(
        result=result,
        groups=grouped,
        changes=changes,
        previous=previous,
        history=list(history) if history else [result],
    )
