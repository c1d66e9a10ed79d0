"""Reports of check runs: one district, many districts, one owner unit, trends.

The builders work on check result dicts (the "Check result JSON" of the
contracts); ``reports.loading`` reads them from the store, ``reports.exports``
writes CSV, XLSX and JSON, ``reports.render`` static HTML.
"""

from __future__ import annotations

from reports.changes import RunChanges, diff_runs
from reports.district import DistrictReport, build_district_report
from reports.overview import Overview, build_overview
from reports.owners import OwnerView, build_owner_view

__all__ = [
    "DistrictReport",
    "Overview",
    "OwnerView",
    "RunChanges",
    "build_district_report",
    "build_overview",
    "build_owner_view",
    "diff_runs",
]
