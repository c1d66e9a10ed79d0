"""How far a check result agrees with a person's verdicts (ground truth).

Truth is a JSON object ``{code: status or [allowed statuses]}`` or a TSV with
``item`` and ``human`` columns. The one number that must be zero is the count
of *false passes*: ``pass`` where the person says otherwise.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Agreement", "agreement", "load_truth"]


def load_truth(path: Path) -> dict[str, list[str]]:
    """``{code: allowed statuses}`` from a truth JSON or a person's TSV."""
    if path.suffix == ".json":
        raw = json.loads(path.read_text(encoding="utf-8"))
        return {k: v if isinstance(v, list) else [v] for k, v in raw.items()}
    with path.open(encoding="utf-8") as fh:
        rows = csv.DictReader(fh, delimiter="\t")
        return {r["item"]: [r["human"].strip()] for r in rows}


@dataclass
class Agreement:
    """Items agreeing, false passes, defects caught, and every disagreement."""

    total: int = 0
    agree: int = 0
    false_pass: int = 0
    defects: int = 0
    caught: int = 0
    review: int = 0
    wrong: list[tuple[str, str, list[str]]] = field(default_factory=list)  # code, got, allowed
    by_truth: Counter[str] = field(default_factory=Counter)  # person's status -> items
    agree_by_truth: Counter[str] = field(default_factory=Counter)

    @property
    def percent(self) -> float:
        return 100.0 * self.agree / max(self.total, 1)

    def add(self, other: Agreement) -> None:
        self.total += other.total
        self.agree += other.agree
        self.false_pass += other.false_pass
        self.defects += other.defects
        self.caught += other.caught
        self.review += other.review
        self.wrong += other.wrong
        self.by_truth += other.by_truth
        self.agree_by_truth += other.agree_by_truth

    def line(self) -> str:
        return (
            f"{self.agree}/{self.total} = {self.percent:.1f}%, false passes {self.false_pass}, "
            f"defects caught {self.caught}/{self.defects}, review {self.review}"
        )


def agreement(result: dict, truth: dict[str, list[str]]) -> Agreement:
    """Score ``result`` (a check result dict) against ``truth``."""
    got = {it["code"]: it["status"] for it in result["items"]}
    out = Agreement()
    for code, allowed in truth.items():
        status = got.get(code, "absent")
        ok = status in allowed
        key = "/".join(allowed)
        out.total += 1
        out.agree += ok
        out.review += status == "review"
        out.by_truth[key] += 1
        out.agree_by_truth[key] += ok
        if "pass" not in allowed:
            out.defects += 1
            out.caught += ok
            out.false_pass += status == "pass"
        if not ok:
            out.wrong.append((code, status, allowed))
    return out
