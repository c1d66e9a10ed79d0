"""The district workbook as an officer opens it: links, filters, wrapping, colours, print setup."""

from __future__ import annotations

import io
import urllib.parse

import openpyxl

from reports.district import build_district_report
from reports.labels import STATUS_COLOURS
from reports.xlsx import district_xlsx, sheet_title

THAI_PATH = "/bangkoknoi/page/สรุปผลการจัดซื้อจัดจ้าง/มีนาคม-2568.pdf"


def test_district_sheet_is_ready_to_filter_print_and_click(result_factory) -> None:
    result = result_factory("bangkoknoi", {"O15": "stale", "O9": "missing"})
    o15 = next(it for it in result["items"] if it["code"] == "O15")
    url = "https://webportal.bangkok.go.th" + urllib.parse.quote(THAI_PATH)
    o15["evidence"] = [{"url": url}, {"url": "javascript:alert(1)"}]
    book = openpyxl.load_workbook(io.BytesIO(district_xlsx([build_district_report(result)])))
    ws = book.worksheets[1]
    header = next(r for r in range(1, 10) if ws.cell(r, 1).value == "รหัสเว็บไซต์ (site_key)")
    headers = [c.value for c in ws[header]]
    assert ws.freeze_panes == f"A{header + 1}"
    assert (
        ws.auto_filter.ref
        == f"A{header}:{openpyxl.utils.get_column_letter(len(headers))}{ws.max_row}"
    )
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    row = next(r for r in range(header + 1, ws.max_row + 1) if ws.cell(r, 9).value == "O15")
    evidence = ws.cell(row, headers.index("หลักฐาน (evidence_urls)") + 1)
    assert evidence.value.splitlines()[0] == "https://webportal.bangkok.go.th" + THAI_PATH
    assert evidence.hyperlink is not None and evidence.hyperlink.target == url
    assert all(ws.cell(row, c).alignment.wrap_text for c in range(1, len(headers) + 1))
    status = ws.cell(row, headers.index("สถานะ (status_th)") + 1)
    assert status.fill.fgColor.rgb.endswith(STATUS_COLOURS["stale"].lstrip("#").upper())
    assert "javascript" not in (evidence.hyperlink.target or "")


def test_sheet_names_are_cut_on_a_word() -> None:
    long_th = "สำนักงานเขตป้อมปราบศัตรูพ่ายและเขตสัมพันธวงศ์"
    assert sheet_title(long_th, set()) == "สำนักงานเขตป้อมปราบศัตรูพ่าย"
    assert (
        sheet_title("Office of the Phra Nakhon District Bangkok", set())
        == "Office of the Phra Nakhon"
    )
    taken: set[str] = set()
    first, second = sheet_title(long_th, taken), sheet_title(long_th, taken)
    assert first != second and len(second) <= 31 and second.endswith("(2)")
