"""One responsible unit (ฝ่าย): its failing items across districts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reports.labels import is_failing

__all__ = ["OwnerView", "build_owner_view", "owners_of"]


@dataclass
class OwnerView:
    """``rows`` are ``(result, item)`` pairs of failing items owned by ``unit``."""

    unit: str
    rows: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    sites: int = 0
    items_owned: int = 0

    @property
    def codes(self) -> list[str]:
        return sorted({item["code"] for _, item in self.rows})


def owners_of(results: list[dict[str, Any]]) -> list[str]:
    """Every owner unit named in ``results``, sorted."""
    return sorted({it.get("owner", "") for r in results for it in r.get("items", [])} - {""})


def build_owner_view(results: list[dict[str, Any]], unit: str) -> OwnerView:
    """The failing items of ``unit`` in every result, by district then item order."""
    unit = unit.strip()
    view = OwnerView(unit, sites=len(results))
    for result in sorted(results, key=lambda r: r.get("site_key", "")):
        for item in result.get("items", []):
            if (item.get("owner") or "").strip() != unit:
                continue
            view.items_owned += 1
            if is_failing(item["status"]):
                view.rows.append((result, item))
    return view
