"""What changed between two frameworks (two years' item lists): ``oitwatch rules diff A B``.

Items correspond by the mapping file between A and B when there is one, and
otherwise (or for items the mapping leaves out) by meaning (:mod:`rules.similar`).
Then each item of B is new, the same, renumbered, renamed or a merger of
several items of A; items of A that nothing in B comes from were removed; and
for corresponding items a change of freshness or of required elements is named.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from oitwatch.exceptions import ConfigError
from oitwatch.thai import compact_for_match
from rules.loader import mapping_between
from rules.models import Framework, Freshness, Item
from rules.similar import MATCH_MIN, best_matches

__all__ = ["CLOSE", "Change", "FrameworkDiff", "diff_frameworks"]

CLOSE = 0.7
"""Beside a mapping file, an unmapped item is matched by meaning only this alike."""


@dataclass
class Change:
    """One item of B and the items of A it comes from."""

    target: str
    title_th: str
    sources: list[tuple[str, str, str]] = field(default_factory=list)  # (code, title, how)
    kinds: list[str] = field(
        default_factory=list
    )  # renumbered, renamed, merged, freshness, elements
    details: list[tuple[str, str]] = field(default_factory=list)  # (Thai, English)

    def as_dict(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "title_th": self.title_th,
            "sources": [{"code": c, "title_th": t, "by": how} for c, t, how in self.sources],
            "kinds": self.kinds,
            "details": [{"th": th, "en": en} for th, en in self.details],
        }


@dataclass
class FrameworkDiff:
    a: Framework
    b: Framework
    has_mapping: bool
    changes: list[Change]
    removed: list[Item]

    @property
    def added(self) -> list[Change]:
        return [c for c in self.changes if not c.sources]

    def of_kind(self, kind: str) -> list[Change]:
        return [c for c in self.changes if kind in c.kinds]

    def as_dict(self) -> dict[str, Any]:
        return {
            "a": self.a.id,
            "b": self.b.id,
            "mapping": self.has_mapping,
            "changes": [c.as_dict() for c in self.changes],
            "removed": [{"code": it.code, "title_th": it.title_th} for it in self.removed],
        }


def _fresh(f: Freshness) -> str:
    params = f.model_dump(exclude={"kind"}, exclude_defaults=True)
    return f.kind + (f" {params}" if params else "")


def _compare(old: Item, new: Item, change: Change) -> None:
    if _fresh(old.freshness) != _fresh(new.freshness):
        if "freshness" not in change.kinds:
            change.kinds.append("freshness")
        change.details.append(
            (
                f"ความเป็นปัจจุบัน {old.code}: {_fresh(old.freshness)} → {_fresh(new.freshness)}",
                f"freshness of {old.code}: {_fresh(old.freshness)} -> {_fresh(new.freshness)}",
            )
        )
    before, after = {e.key for e in old.elements}, {e.key for e in new.elements}
    if before != after:
        if "elements" not in change.kinds:
            change.kinds.append("elements")
        gone, came = sorted(before - after), sorted(after - before)
        th = f"องค์ประกอบ {old.code}:" + (f" เพิ่ม {', '.join(came)}" if came else "")
        th += f" ตัดออก {', '.join(gone)}" if gone else ""
        en = f"elements of {old.code}:" + (f" added {', '.join(came)}" if came else "")
        en += f" removed {', '.join(gone)}" if gone else ""
        change.details.append((th, en))


def diff_frameworks(a: Framework, b: Framework, *, folders: Sequence[Path] = ()) -> FrameworkDiff:
    """How framework ``b`` differs from ``a`` (see the module docstring).

    The mapping between them is looked for in ``folders`` first (beside a draft), then
    among the shipped mappings.
    """
    if a.id == b.id:
        raise ConfigError(f"compare two different frameworks, not {a.id} with itself")
    by_target: dict[str, list[tuple[str, str]]] = {}
    mapping = mapping_between(a, b, folders)
    has_mapping = mapping is not None
    for pair in mapping.pairs if mapping else []:
        by_target.setdefault(pair.target, []).append((pair.source, "mapping"))
    used = {code for sources in by_target.values() for code, _how in sources}
    a_codes = {it.code for it in a.items}
    for it in b.items:
        if it.code in by_target:
            continue
        same = next(
            (o for o in a.items if compact_for_match(o.title_th) == compact_for_match(it.title_th)),
            None,
        )
        if same is not None:
            by_target[it.code] = [(same.code, "title")]
            used.add(same.code)
            continue
        free = [(o.code, o.title_th) for o in a.items if o.code not in used]
        # A mapping leaves out items with no counterpart on purpose: only a close title overrides that.
        ranked = best_matches(it.title_th, free, floor=CLOSE if has_mapping else MATCH_MIN)
        if ranked:
            by_target[it.code] = [(ranked[0].key, f"meaning {ranked[0].score:.2f}")]
            used.add(ranked[0].key)
    changes = []
    for it in b.items:
        change = Change(target=it.code, title_th=it.title_th)
        for code, how in by_target.get(it.code, []):
            if code not in a_codes:
                continue
            old = a.item(code)
            change.sources.append((code, old.title_th, how))
        if len(change.sources) > 1:
            change.kinds.append("merged")
        if any(code != it.code for code, _t, _h in change.sources):
            change.kinds.append("renumbered")
        if len(change.sources) == 1 and compact_for_match(
            change.sources[0][1]
        ) != compact_for_match(it.title_th):
            change.kinds.append("renamed")
        for code, _t, _h in change.sources:
            _compare(a.item(code), it, change)
        changes.append(change)
    targets: dict[str, int] = {}
    for change in changes:
        for code, _t, _h in change.sources:
            targets[code] = targets.get(code, 0) + 1
    for change in changes:
        if any(targets[code] > 1 for code, _t, _h in change.sources):
            change.kinds.append("split")
    removed = [o for o in a.items if o.code not in used]
    return FrameworkDiff(a=a, b=b, has_mapping=has_mapping, changes=changes, removed=removed)
