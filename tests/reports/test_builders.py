"""Builders on result dicts: overview, owner view, trend SVG, labels, safety helpers."""

from __future__ import annotations

from xml.etree import ElementTree

from reports import build_district_report, build_overview, build_owner_view
from reports.labels import thai_date, thai_datetime, thai_month
from reports.render import is_http_url
from reports.tables import neutralize
from reports.trend import score_chart_svg, status_strip_svg


def test_overview_counts_and_order(result_factory):
    results = [
        result_factory("bangkoknoi", {"O15": "stale", "O3": "missing"}),
        result_factory("khlongtoei", {"O15": "broken"}),
        result_factory("pranakorn"),
    ]
    (ov,) = build_overview(results)
    assert [r.site_key for r in ov.rows] == ["bangkoknoi", "khlongtoei", "pranakorn"]
    o15 = next(c for c in ov.columns if c.code == "O15")
    assert o15.summary_th == "O15 ไม่ผ่าน 2 จาก 3 เขต" and o15.summary_en == "fails in 2 of 3"
    assert [c.code for c in ov.columns][:3] == ["O1", "O2", "O3"]  # numeric, not O1, O10, O11
    assert ov.rows[0].failing == 2 and ov.rows[0].statuses["O3"] == "missing"


def test_overview_keeps_frameworks_apart(result_factory):
    ovs = build_overview(
        [result_factory("bangkoknoi"), result_factory("khlongtoei", framework="bma-2564")]
    )
    assert sorted(o.framework for o in ovs) == ["bma-2564", "bma-2567"]


def test_owner_view(result_factory):
    results = [
        result_factory("bangkoknoi", {"O15": "stale", "O3": "missing"}),
        result_factory("khlongtoei", {"O13": "broken", "O20": "missing"}),
    ]
    view = build_owner_view(results, "ฝ่ายการคลัง")
    assert [(r["site_key"], it["code"]) for r, it in view.rows] == [
        ("bangkoknoi", "O15"),
        ("khlongtoei", "O13"),
    ]
    assert view.items_owned == 10 and view.sites == 2


def test_district_groups_and_changes(result_factory):
    prev = result_factory("bangkoknoi", {"O9": "missing"})
    cur = result_factory("bangkoknoi", {"O15": "stale"})
    rep = build_district_report(cur, prev)
    assert [g.code for g in rep.groups] == ["9.1", "9.2", "9.3", "9.4", "10.1"]
    assert rep.item("O15")["change"] == "newly_failing"
    assert rep.item("O9")["change"] == "newly_passing"
    assert rep.item("O1")["change"] is None and rep.item("O1")["previous_status"] == "pass"
    assert rep.counts["stale"] == 1 and rep.counts["pass"] == 21


def test_trend_svg_is_wellformed_and_escaped(result_factory):
    history = [result_factory("x", {"O1": "missing"}, as_of="2025-03-31"), result_factory("x")]
    svg = str(score_chart_svg(history))
    root = ElementTree.fromstring(svg)
    assert root.tag.endswith("svg")
    assert len(root.findall(".//{http://www.w3.org/2000/svg}circle")) == 2
    assert "31 มี.ค." in svg
    strip = str(status_strip_svg([("<b>run</b>", "stale"), ("2", "pass")]))
    ElementTree.fromstring(strip)
    assert "<b>" not in strip and "&lt;b&gt;" in strip and "ไม่เป็นปัจจุบัน" in strip


def test_labels():
    assert thai_date("2025-04-30") == "30 เมษายน 2568"
    assert thai_datetime("2025-04-30T17:30:00+00:00") == "1 พฤษภาคม 2568 00:30 น."
    assert thai_month("2025-02") == "ก.พ. 2568"
    assert thai_date(None) == "" and thai_month("soon") == "soon"


def test_safety_helpers():
    assert is_http_url("https://webportal.bangkok.go.th/x")
    for url in (
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        " javascript:x",
        "data:,x",
        "//evil",
        "",
        None,
    ):
        assert not is_http_url(url)
    assert neutralize('=HYPERLINK("http://evil")') == '\'=HYPERLINK("http://evil")'
    assert neutralize("ผ่าน") == "ผ่าน" and neutralize(3) == 3


def test_xlsx_takes_control_characters_and_formulas_as_text(result_factory):
    import io

    import openpyxl

    from reports.xlsx import district_xlsx

    result = result_factory("bangkoknoi", {"O15": "broken"})
    o15 = next(it for it in result["items"] if it["code"] == "O15")
    # a dead link's URL in a reason, with a vertical tab from a PDF; a reason that is a formula
    o15["reasons"] = [
        {"th": "ลิงก์เปิดไม่ได้: https://x.example/a\x0bb", "en": "dead"},
        {"th": "=1+1", "en": "=1+1"},
    ]
    o15["evidence"] = [{"url": "https://x.example/" + "ก" * 40000}]
    wb = openpyxl.load_workbook(io.BytesIO(district_xlsx([build_district_report(result)])))
    cells = [c for row in wb.worksheets[1].iter_rows() for c in row if c.value is not None]
    assert any(c.value == "ลิงก์เปิดไม่ได้: https://x.example/ab\n=1+1" for c in cells)
    assert not any(c.data_type == "f" for c in cells)
    assert max(len(str(c.value)) for c in cells) <= 32767
