"""diff_runs: what started failing, started passing, kept failing."""

from __future__ import annotations

from reports.changes import diff_runs


def codes(items):
    return [it["code"] for it in items]


def test_new_failures_passes_and_still_failing(result_factory):
    before = result_factory("bangkoknoi", {"O9": "missing", "O15": "pass", "O20": "stale"})
    after = result_factory("bangkoknoi", {"O15": "stale", "O20": "incomplete", "O22": "review"})
    ch = diff_runs(before, after)
    assert not ch.first_run
    assert codes(ch.newly_failing) == ["O15", "O22"]
    assert codes(ch.newly_passing) == ["O9"]
    assert codes(ch.still_failing) == ["O20"]
    assert ch.still_failing[0]["previous_status"] == "stale"
    assert codes(ch.status_changed) == ["O20"]
    assert ch.newly_failing[0]["previous_status"] == "pass"
    assert ch.newly_failing[0]["title_th"].startswith("ประกาศต่างๆ")  # the full current item dict
    assert [c for c, _ in ch.ordered()] == ["newly_failing"] * 2 + [
        "still_failing",
        "newly_passing",
    ]
    assert ch.as_json()["newly_failing"][0] == {
        "code": "O15",
        "status": "stale",
        "previous_status": "pass",
    }


def test_first_run_counts_every_failure_as_new(result_factory):
    ch = diff_runs(None, result_factory("khlongtoei", {"O20": "missing"}))
    assert ch.first_run
    assert codes(ch.newly_failing) == ["O20"]
    assert ch.newly_failing[0]["previous_status"] is None
    assert ch.newly_passing == [] and ch.still_failing == []


def test_another_framework_is_not_compared(result_factory):
    before = result_factory("khlongtoei", {"O20": "missing"}, framework="bma-2564")
    ch = diff_runs(before, result_factory("khlongtoei", {"O20": "missing"}))
    assert ch.first_run and codes(ch.newly_failing) == ["O20"]


def test_no_change(result_factory):
    r = result_factory("pranakorn", {"O3": "missing"})
    ch = diff_runs(r, r)
    assert not ch.any and codes(ch.still_failing) == ["O3"]
    assert not ch.status_changed


def test_item_new_in_current_run(result_factory):
    before = result_factory("pranakorn")
    before["items"] = [it for it in before["items"] if it["code"] != "O22"]
    ch = diff_runs(before, result_factory("pranakorn", {"O22": "missing"}))
    assert codes(ch.newly_failing) == ["O22"]
    assert ch.newly_failing[0]["previous_status"] is None
