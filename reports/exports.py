"""CSV (UTF-8 with BOM, so Excel reads Thai) and JSON exports of reports."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from reports.district import DistrictReport
from reports.overview import Overview
from reports.owners import OwnerView
from reports.tables import ITEM_HEADERS, OWNER_HEADERS, item_rows, neutralize, owner_rows

__all__ = [
    "csv_bytes",
    "district_csv",
    "district_json",
    "overview_json",
    "owner_csv",
    "owner_json",
]

BOM = "\ufeff"


def csv_bytes(headers: list[str], rows: list[list[Any]]) -> bytes:
    """A CSV file Excel opens with Thai intact: UTF-8 with a BOM, formula-like cells neutralised."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([neutralize(c) for c in row])
    return (BOM + buf.getvalue()).encode("utf-8")


def district_csv(reports: list[DistrictReport]) -> bytes:
    """Every item of every report, one row each."""
    return csv_bytes(ITEM_HEADERS, [row for rep in reports for row in item_rows(rep)])


def owner_csv(view: OwnerView) -> bytes:
    """The unit's failing items, one row each."""
    return csv_bytes(OWNER_HEADERS, owner_rows(view))


def _district_dict(report: DistrictReport) -> dict[str, Any]:
    return {
        "result": report.result,
        "previous_run_id": report.previous.get("run_id") if report.previous else None,
        "changes": report.changes.as_json(),
    }


def _dump(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n").encode("utf-8")


def district_json(reports: list[DistrictReport]) -> bytes:
    """One report: ``{"result", "previous_run_id", "changes"}``; several: ``{"sites": [...]}``."""
    if len(reports) == 1:
        return _dump(_district_dict(reports[0]))
    return _dump({"sites": [_district_dict(r) for r in reports]})


def overview_json(overviews: list[Overview], reports: list[DistrictReport]) -> bytes:
    """Per framework, each item's failure count, plus every site's report."""
    return _dump(
        {
            "overview": [
                {
                    "framework": ov.framework,
                    "framework_title_th": ov.framework_title_th,
                    "items": [
                        {
                            "code": c.code,
                            "title_th": c.title_th,
                            "failing": c.failing,
                            "total": c.total,
                        }
                        for c in ov.columns
                    ],
                }
                for ov in overviews
            ],
            "sites": [_district_dict(r) for r in reports],
        }
    )


def owner_json(view: OwnerView) -> bytes:
    """The unit's failing items with their sites."""
    return _dump(
        {
            "owner": view.unit,
            "sites": view.sites,
            "items_owned": view.items_owned,
            "failing": [
                {
                    "site_key": result.get("site_key"),
                    "site_name_th": result.get("site_name_th"),
                    **it,
                }
                for result, it in view.rows
            ],
        }
    )
