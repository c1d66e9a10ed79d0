"""What changed between two check runs of one site.

    changes = diff_runs(previous_result, current_result)
    for item in changes.newly_failing: ...

Both arguments are check result dicts (the "Check result JSON" of the
contracts). An item *fails* when its status is anything but ``pass``
(``review`` included: it scores nothing until an officer confirms it).
Each returned item is a copy of the *current* item dict with one added key,
``previous_status`` (``None`` when the previous run did not have the item).
Lists keep the current run's item order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reports.labels import is_failing

__all__ = ["RunChanges", "diff_runs"]


@dataclass(frozen=True)
class RunChanges:
    """Items that started failing, started passing, or kept failing since the previous run.

    ``first_run`` is true when there was no comparable previous run (none, or
    one of another framework): then every failing item counts as newly failing.
    ``status_changed`` holds still-failing items whose status changed
    (e.g. missing -> stale); they are also in ``still_failing``.
    """

    newly_failing: list[dict[str, Any]] = field(default_factory=list)
    newly_passing: list[dict[str, Any]] = field(default_factory=list)
    still_failing: list[dict[str, Any]] = field(default_factory=list)
    first_run: bool = False

    @property
    def status_changed(self) -> list[dict[str, Any]]:
        return [
            it
            for it in self.still_failing
            if it["previous_status"] is not None and it["previous_status"] != it["status"]
        ]

    @property
    def any(self) -> bool:
        """Whether anything started or stopped failing."""
        return bool(self.newly_failing or self.newly_passing)

    def ordered(self) -> list[tuple[str, dict[str, Any]]]:
        """``(change, item)`` pairs, new failures first, then still failing, then newly passing."""
        return (
            [("newly_failing", it) for it in self.newly_failing]
            + [("still_failing", it) for it in self.still_failing]
            + [("newly_passing", it) for it in self.newly_passing]
        )

    def as_json(self) -> dict[str, list[dict[str, Any]]]:
        """Codes and statuses of each change, for JSON exports and alerts."""

        def brief(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
            return [
                {
                    "code": it["code"],
                    "status": it["status"],
                    "previous_status": it["previous_status"],
                }
                for it in items
            ]

        return {
            "newly_failing": brief(self.newly_failing),
            "still_failing": brief(self.still_failing),
            "newly_passing": brief(self.newly_passing),
        }


def diff_runs(previous: dict[str, Any] | None, current: dict[str, Any]) -> RunChanges:
    """Compare two result dicts of one site; ``previous`` ``None`` for a first run."""
    comparable = previous is not None and previous.get("framework") == current.get("framework")
    before: dict[str, str] = {}
    if comparable:
        before = {it["code"]: it["status"] for it in previous.get("items", [])}
    newly_failing: list[dict[str, Any]] = []
    newly_passing: list[dict[str, Any]] = []
    still_failing: list[dict[str, Any]] = []
    for item in current.get("items", []):
        prev = before.get(item["code"])
        entry = {**item, "previous_status": prev}
        failing_now = is_failing(item["status"])
        failing_before = prev is not None and is_failing(prev)
        if failing_now and failing_before:
            still_failing.append(entry)
        elif failing_now:
            newly_failing.append(entry)
        elif failing_before:
            newly_passing.append(entry)
    return RunChanges(newly_failing, newly_passing, still_failing, first_run=not comparable)
