"""The district page offers the ITAS answer sheet; the downloads are the sheet in CSV and XLSX."""

from __future__ import annotations

import csv
import io
import warnings

import openpyxl
import pytest
from starlette.exceptions import StarletteDeprecationWarning

from reports.itas import ITAS_HEADERS
from reports.web import create_app

with warnings.catch_warnings():  # starlette 1.10 prefers httpx2; httpx 0.28 is what we pin
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from starlette.testclient import TestClient


@pytest.fixture
def client(runs_store, settings):
    with TestClient(create_app(settings), base_url="http://127.0.0.1") as c:
        yield c


def test_district_page_links_the_sheet_and_it_downloads(client) -> None:
    page = client.get("/sites/bangkoknoi")
    assert page.status_code == 200
    assert "แบบตอบ ITAS" in page.text
    assert "/sites/bangkoknoi/itas.xlsx" in page.text and "/sites/bangkoknoi/itas.csv" in page.text
    r = client.get("/sites/bangkoknoi/itas.csv")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert 'filename="itas-bangkoknoi-' in r.headers["content-disposition"]
    assert r.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert rows[0] == ITAS_HEADERS and len(rows) > 1
    assert any("ข้อมูลพื้นฐาน" in row[1] for row in rows[1:])
    x = client.get("/sites/bangkoknoi/itas.xlsx")
    assert x.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(x.content)).active
    assert [c.value for c in sheet[1]] == ITAS_HEADERS
    assert sheet.max_row == len(rows)


def test_other_formats_and_sites_are_not_found(client) -> None:
    assert client.get("/sites/bangkoknoi/itas.json").status_code == 404
    assert client.get("/sites/nosuch/itas.csv").status_code == 404
