"""End to end on PostgreSQL: crawl, check and report a known-answer district from a shared store.

The demo Bangkok Noi site (seed 000's official ITA 2567 outcome: every item
passes but O15) is served on 127.0.0.1, crawled by the real crawler in its own
process, judged by the real checker, and every report format is rendered from
what PostgreSQL holds.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from checklist import check_site
from oitwatch.demo.scenarios import bangkok_noi_2567
from oitwatch.settings import Settings
from oitwatch.store import Crawl, ItemResult, Run, Store
from reports.build import district_from_store, render_district, render_overview

pytestmark = pytest.mark.postgres

AS_OF = date(2025, 4, 30)


def _xlsx_text(data: bytes) -> str:
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    cells = [
        str(value)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    book.close()
    return "\n".join(cells)


def test_bangkok_noi_checked_and_reported_from_postgres(
    serve, pg_settings: Settings, pg_store: Store, tmp_path: Path
) -> None:
    expected = bangkok_noi_2567(tmp_path / "site")
    assert len(expected) == 22
    srv = serve(tmp_path / "site")
    result = check_site(
        pg_settings,
        srv.url("/bangkoknoi/"),
        framework="bma-2567",
        as_of=AS_OF,
        site_key="bangkoknoi",
    )
    got = {it["code"]: it["status"] for it in result["items"]}
    assert got == expected
    assert [c for c, s in got.items() if s != "pass"] == ["O15"]
    assert result["score"]["estimate"] == 95.45

    with pg_store.session() as s:
        assert s.scalar(select(Crawl.status).where(Crawl.id == result["crawl_id"])) == "complete"
        run = s.get(Run, result["run_id"])
        assert run is not None and run.result["run_id"] == run.id
        stored = dict(
            s.execute(
                select(ItemResult.code, ItemResult.status).where(ItemResult.run_id == run.id)
            ).all()
        )
        assert stored == expected
        assert s.scalar(select(func.count()).select_from(Run)) == 1
        report = district_from_store(s, "bangkoknoi")

    codes = list(expected)
    html = render_district([report], "html").decode("utf-8")
    xlsx = _xlsx_text(render_district([report], "xlsx"))
    data = json.loads(render_district([report], "json"))
    rows = list(csv.reader(io.StringIO(render_district([report], "csv").decode("utf-8-sig"))))
    overview = render_overview([report], "html").decode("utf-8")
    assert "สำนักงานเขตบางกอกน้อย" in html
    for code in codes:
        assert code in html, code
        assert code in xlsx, code
        assert code in overview, code
    dumped = json.dumps(data, ensure_ascii=False)
    assert all(f'"{code}"' in dumped for code in codes)
    csv_codes = {cell for row in rows for cell in row}
    assert set(codes) <= csv_codes
