"""The seeds are the kind of document the checker must find: Huai Khwang's own
FY2565 ITA analysis and measures (seed 004) is its O42 under the ITA 2564 list.

The seed's opening pages (a copy in data/, the seed's own Thai digits and
line breaks) are set into a real PDF, linked from a district page by a bare
"เปิดเอกสาร" as on real sites, served over HTTP and crawled.
"""

from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

import pytest

from checklist import check_site
from oitwatch.demo.documents import make_pdf
from oitwatch.settings import Settings

SEED = Path(__file__).with_name("data") / "seed004_head.txt"
TITLE = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"


def _site(root: Path) -> None:
    lines = [
        seg
        for line in SEED.read_text(encoding="utf-8").splitlines()
        for seg in textwrap.wrap(line, 70)
    ]
    pages = [lines[i : i + 34] for i in range(0, len(lines), 34)]
    district = root / "huaikhwang"
    (district / "files").mkdir(parents=True)
    (district / "files" / "ita-measures.pdf").write_bytes(make_pdf(pages, title="ITA 2564"))
    (district / "index.html").write_text(
        '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>สำนักงานเขตห้วยขวาง</title></head>'
        f'<body><h1>สำนักงานเขตห้วยขวาง</h1><ul><li><a href="/huaikhwang/measures.html">{TITLE}</a></li></ul></body></html>',
        encoding="utf-8",
    )
    (district / "measures.html").write_text(
        f'<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{TITLE}</title></head><body>'
        f"<h1>{TITLE}</h1><table><tr><td>การวิเคราะห์ผลการประเมิน ITA</td>"
        '<td><a href="/huaikhwang/files/ita-measures.pdf">เปิดเอกสาร</a></td></tr></table></body></html>',
        encoding="utf-8",
    )


@pytest.mark.parametrize(
    ("as_of", "status"),
    [(date(2022, 4, 30), "pass"), (date(2023, 4, 30), "stale")],
    ids=["fy2565-current", "fy2566-stale"],
)
def test_seed_004_is_huai_khwangs_o42(
    tmp_path: Path, serve, settings: Settings, as_of: date, status: str
) -> None:
    _site(tmp_path)
    server = serve(tmp_path)
    result = check_site(settings, server.url("/huaikhwang/"), framework="bma-2564", as_of=as_of)
    o42 = next(it for it in result["items"] if it["code"] == "O42")
    assert o42["status"] == status, o42["reasons"]
    assert any(e["url"].endswith("/ita-measures.pdf") for e in o42["evidence"])
    if status == "stale":
        assert "2565" in o42["reasons"][0]["th"]
    # The analysis is O42's evidence only: O43 (the report of what was done) is not claimed by it.
    o43 = next(it for it in result["items"] if it["code"] == "O43")
    assert o43["status"] == "missing"
