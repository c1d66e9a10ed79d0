"""Sub-indicator titles from the rule set, when it can be loaded.

Reports rely on the result dicts; the framework only adds the titles of the
sub-indicators items are grouped under. A framework that cannot be loaded
(unknown id, rules package not installed) just leaves groups untitled.
"""

from __future__ import annotations

import functools
import importlib

from oitwatch.exceptions import OitwatchError

__all__ = ["framework_items", "sub_indicator_titles"]


def _load(framework_id: str):  # -> rules.models.Framework | None
    if not framework_id:
        return None
    try:
        load_framework = importlib.import_module("rules").load_framework
    except (ImportError, AttributeError):
        return None
    try:
        return load_framework(framework_id)
    except (OitwatchError, KeyError, FileNotFoundError):
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
