"""Sub-indicator titles from the rule set, when it can be loaded.

Reports rely on the result dicts; the framework only adds the titles of the
sub-indicators items are grouped under. A framework that cannot be loaded
(unknown id, broken file) just leaves groups untitled.
"""

from __future__ import annotations

import functools

from oitwatch.exceptions import OitwatchError
from rules import load_framework
from rules.models import Framework

__all__ = ["element_titles", "framework_items", "freshness_kinds", "sub_indicator_titles"]


def _load(framework_id: str) -> Framework | None:
    if not framework_id:
        return None
    try:
        return load_framework(framework_id)
    except OitwatchError:  # an unknown or broken framework: groups stay untitled
        return None


@functools.lru_cache(maxsize=16)
def framework_items(framework_id: str) -> tuple[tuple[str, str], ...]:
    """``(code, title_th)`` of every item of the framework; empty when unknown."""
    framework = _load(framework_id)
    return tuple((it.code, it.title_th) for it in framework.items) if framework else ()


@functools.lru_cache(maxsize=16)
def sub_indicator_titles(framework_id: str) -> dict[str, tuple[str, str]]:
    """``{"9.1": ("ข้อมูลพื้นฐาน", "Basic information"), ...}``; empty when unknown."""
    framework = _load(framework_id)
    if framework is None:
        return {}
    return {
        sub.code: (sub.title_th, sub.title_en)
        for ind in framework.indicators
        for sub in ind.sub_indicators
    }


@functools.lru_cache(maxsize=16)
def freshness_kinds(framework_id: str) -> dict[str, str]:
    """``{"O15": "monthly", ...}``; empty when the framework is unknown."""
    framework = _load(framework_id)
    return {it.code: it.freshness.kind for it in framework.items} if framework else {}


@functools.lru_cache(maxsize=16)
def element_titles(framework_id: str) -> dict[tuple[str, str], str]:
    """``{(code, element key): Thai title}`` of the framework's required elements."""
    framework = _load(framework_id)
    if framework is None:
        return {}
    return {(it.code, el.key): el.th for it in framework.items for el in it.elements}
