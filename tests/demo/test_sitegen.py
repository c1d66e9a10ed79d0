"""The district site generator: scenarios, links over real HTTP, real PDFs/XLSX/DOCX, planted defects."""

from __future__ import annotations

import io
import json
import re
import subprocess
import urllib.parse
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import httpx
import openpyxl
import pypdf
import pytest

from oitwatch.demo import scenarios
from oitwatch.demo._procure import NO_PROCUREMENT, SHORT_COLUMNS, SKR1_COLUMNS
from oitwatch.demo._web import due_months
from oitwatch.demo.sitegen import DEMO, build_demo, build_site, framework_items
from oitwatch.exceptions import ConfigError
from tests.conftest import have_tesseract_thai

STATUSES = {"pass", "missing", "stale", "incomplete", "broken", "review"}
SLUGS = {
    "bangkok_noi_2567": "bangkoknoi",
    "huai_khwang_2564": "huaikhwang",
    "all_defects_2567": "khet-thotsop",
    "menu_only_2567": "khet-mena",
    "menu_only_2564": "khet-kao",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict[str, str]]]:
    root = tmp_path_factory.mktemp("sites")
    return root, {name: fn(root) for name, fn in scenarios.SCENARIOS.items()}


def _docs(root: Path, slug: str) -> dict[str, Path]:
    return {p.name: p for p in (root / slug / "public").rglob("*") if p.is_file()}


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _pdf_text(path: Path) -> str:
    return _compact("".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages))


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []  # (url, tag)
        self.h1: list[str] = []
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        url = a.get("href") or a.get("src")
        if url:
            self.links.append((url, tag))
        self._in_h1 = tag == "h1"

    def handle_data(self, data: str) -> None:
        if self._in_h1:
            self.h1.append(data.strip())

    def handle_endtag(self, tag: str) -> None:
        if tag == "h1":
            self._in_h1 = False


def _walk(base: str, slug: str) -> tuple[dict[str, int], list[str]]:
    """Fetch every in-district URL reachable from the home page: status per path, page h1s."""
    seen: dict[str, int] = {}
    todo, h1s = [f"/{slug}"], []
    with httpx.Client(base_url=base, timeout=10) as client:
        while todo:
            path = todo.pop()
            if path in seen:
                continue
            resp = client.get(path)
            seen[path] = resp.status_code
            if resp.status_code != 200 or not resp.headers["content-type"].startswith("text/html"):
                continue
            parser = _Links()
            parser.feed(resp.text)
            h1s += parser.h1
            for url, _tag in parser.links:
                if url.startswith(f"/{slug}/") or url == f"/{slug}":
                    todo.append(url)
    return seen, h1s


def test_expected_maps_cover_every_item_once(built) -> None:
    _root, results = built
    for name, expected in results.items():
        framework = "bma-2564" if name.endswith("2564") else "bma-2567"
        n = 43 if framework == "bma-2564" else 22
        assert list(expected) == [f"O{i}" for i in range(1, n + 1)], name
        assert set(expected.values()) <= STATUSES
    assert {k: v for k, v in results["bangkok_noi_2567"].items() if v != "pass"} == {"O15": "stale"}
    assert {k: v for k, v in results["huai_khwang_2564"].items() if v != "pass"} == {
        "O42": "missing"
    }
    assert set(results["all_defects_2567"].values()) == STATUSES


@pytest.mark.parametrize("name", list(SLUGS))
def test_links_resolve_except_planted_broken(built, serve, name: str) -> None:
    root, results = built
    slug, expected = SLUGS[name], results[name]
    srv = serve(root)
    seen, h1s = _walk(srv.url("/").rstrip("/"), slug)
    failed = {urllib.parse.unquote(p) for p, status in seen.items() if status != 200}
    broken = [c.lower() + "-" for c, s in expected.items() if s == "broken"]
    assert len(seen) > 30
    for path in failed:
        assert "/public/user_files_editor/" in path and path.rsplit("/", 1)[1].startswith(
            tuple(broken)
        ), path
    for prefix in broken:
        assert any(p.rsplit("/", 1)[1].startswith(prefix) for p in failed), prefix
    items = {
        s.code: s for s in framework_items("bma-2564" if name.endswith("2564") else "bma-2567")
    }
    docs = _docs(root, slug)
    for code, status in expected.items():
        named = items[code].label in h1s
        has_docs = any(f.startswith(code.lower() + "-") for f in docs)
        assert named == (status != "missing"), code
        assert has_docs == (status not in ("missing", "broken")), code


def test_pdfs_hold_thai_text_of_the_right_fiscal_year(built) -> None:
    root, _ = built
    noi = _docs(root, "bangkoknoi")
    assert _compact("แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2568") in _pdf_text(
        noi["o5-action-plan-2568.pdf"]
    )
    report = _pdf_text(noi["o5-action-report-2567.pdf"])
    assert _compact("รายงานผลการปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2567") in report
    stale = _docs(root, "khet-thotsop")
    assert "o5-action-plan-2568.pdf" not in stale
    assert "2567" in _pdf_text(stale["o5-action-plan-2567.pdf"])
    assert _compact("รอบ 6 เดือน (ตุลาคม 2567 - มีนาคม 2568)") in _pdf_text(
        noi["o22-ita-measures-report-2568.pdf"]
    )


def test_monthly_summaries_xlsx_and_stale_months(built) -> None:
    root, _ = built
    noi = sorted(f for f in _docs(root, "bangkoknoi") if f.startswith("o15-skr1-"))
    assert [f[9:16] for f in noi] == [
        "2024-10",
        "2024-11",
        "2024-12",
    ]  # Jan-Mar due by 30 April, absent
    hk = _docs(root, "huaikhwang")
    months = sorted(f[9:16] for f in hk if f.startswith("o23-skr1-"))
    assert months == [f"{y}-{m:02d}" for y, m in due_months(2564, date(2021, 4, 30))]
    ws = openpyxl.load_workbook(hk["o23-skr1-2021-02.xlsx"]).active
    rows = [[c for c in r] for r in ws.iter_rows(values_only=True)]
    assert list(rows[0]) == SKR1_COLUMNS and len(rows[0]) == 9
    assert rows[1][1] == NO_PROCUREMENT
    ws = openpyxl.load_workbook(hk["o23-skr1-2020-10.xlsx"]).active
    assert "เฉพาะเจาะจง" in [c.value for c in ws[2]]
    assert _compact("เลขที่และวันที่ของสัญญาหรือข้อตกลง") in _pdf_text(hk["o23-skr1-2020-12.pdf"])


def test_incomplete_monthly_lacks_the_standard_columns(tmp_path: Path) -> None:
    expected = build_site(
        tmp_path,
        slug="k",
        name_th="สำนักงานเขตเค",
        framework="bma-2567",
        fiscal_year=2568,
        defects={"O15": "incomplete"},
        as_of=date(2025, 4, 30),
    )
    assert expected["O15"] == "incomplete"
    files = _docs(tmp_path, "k")
    ws = openpyxl.load_workbook(files["o15-skr1-2024-10.xlsx"]).active
    header = [c.value for c in ws[1]]
    assert header == SHORT_COLUMNS
    assert not set(SKR1_COLUMNS[1:]) & set(header)


def test_review_evidence_is_an_unreadable_picture(built) -> None:
    root, _ = built
    scan = _docs(root, "khet-thotsop")["o20-scan.pdf"]
    reader = pypdf.PdfReader(scan)
    assert (reader.pages[0].extract_text() or "").strip() == ""
    assert len(reader.pages[0].images) == 1
    if have_tesseract_thai():
        png = subprocess.run(
            ["pdftoppm", "-r", "150", "-png", str(scan)], capture_output=True, check=True
        ).stdout
        ocr = subprocess.run(
            ["tesseract", "-", "-", "-l", "tha"], input=png, capture_output=True, check=True
        )
        assert len(re.findall(r"[\u0e01-\u0e2e]", ocr.stdout.decode())) < 10


def test_manual_docx_and_executive_elements(built) -> None:
    import docx

    root, _ = built
    hk = _docs(root, "huaikhwang")
    text = "\n".join(
        p.text for p in docx.Document(io.BytesIO(hk["o13-manual-2.docx"].read_bytes())).paragraphs
    )
    assert "คู่มือการปฏิบัติงานฝ่ายทะเบียน" in text
    pages = {
        p.read_text(encoding="utf-8") for p in (root / "huaikhwang" / "page").rglob("index.html")
    }
    o2 = next(p for p in pages if "<h1>ผู้บริหารสำนักงานเขต</h1>" in p)
    assert o2.count("<img ") == 3 and "- ว่าง -" in o2 and "ผู้อำนวยการเขต" in o2
    o5 = next(p for p in pages if "<h1>ติดต่อเรา</h1>" in p)
    assert all(w in o5 for w in ("โทรศัพท์", "โทรสาร", "E-mail", "google.com/maps"))
    kao = {p.read_text(encoding="utf-8") for p in (root / "khet-kao" / "page").rglob("index.html")}
    assert "<img " not in next(p for p in kao if "<h1>ผู้บริหารสำนักงานเขต</h1>" in p)  # incomplete


def test_index_and_menu_styles(built) -> None:
    root, results = built
    oit = "การเปิดเผยข้อมูลสาธารณะ-OIT"
    assert (root / "bangkoknoi" / "page" / "sub" / "20000" / oit / "index.html").is_file()
    index = (root / "bangkoknoi" / "page" / "sub" / "20000" / oit / "index.html").read_text(
        encoding="utf-8"
    )
    for form in ("O1<", "O๒<", "o3<", "0๔<", "O 5<"):
        assert f"<td>{form}" in index
    assert not (root / "khet-mena" / "page" / "sub" / "20000").exists()
    home = (root / "khet-mena" / "index.html").read_text(encoding="utf-8")
    for spec in framework_items("bma-2567"):
        assert (f">{spec.label}</a>" in home) == (results["menu_only_2567"][spec.code] != "missing")


def test_robots_and_portal_bar(built) -> None:
    root, _ = built
    robots = (root / "robots.txt").read_text(encoding="utf-8")
    assert all(f"Disallow: /{s}/admin/" in robots for s in SLUGS.values())
    home = (root / "bangkoknoi" / "index.html").read_text(encoding="utf-8")
    assert '<a href="/pranakorn/">พระนคร</a>' in home and '"/bangkoknoi/"' not in home


def test_fiscal_year_due_months() -> None:
    assert due_months(2568, date(2025, 4, 30)) == [
        (2024, 10),
        (2024, 11),
        (2024, 12),
        (2025, 1),
        (2025, 2),
        (2025, 3),
    ]
    assert due_months(2568, date(2025, 4, 9))[-1] == (2025, 2)
    assert due_months(2568, date(2024, 11, 10)) == [(2024, 10)]


def test_bad_arguments_are_config_errors(tmp_path: Path) -> None:
    args = dict(slug="x", name_th="สำนักงานเขตเอกซ์", fiscal_year=2568, as_of=date(2025, 4, 30))
    with pytest.raises(ConfigError):
        build_site(tmp_path, framework="bma-2599", **args)  # type: ignore[arg-type]
    for defects in ({"O99": "missing"}, {"O1": "gone"}, {"O1": "stale"}, {"O3": "incomplete"}):
        with pytest.raises(ConfigError):
            build_site(tmp_path, framework="bma-2567", defects=defects, **args)


def test_committed_demo_site_is_current_and_small(tmp_path: Path) -> None:
    committed = Path(__file__).parents[2] / "oitwatch" / "demo" / "site"
    expected = build_demo(tmp_path)
    assert json.loads((committed / "expected.json").read_text(encoding="utf-8")) == expected
    assert expected == {
        s.code: DEMO["defects"].get(s.code, "pass") for s in framework_items("bma-2567")
    }
    fresh = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    old = {p.relative_to(committed): p.read_bytes() for p in committed.rglob("*") if p.is_file()}
    assert fresh.keys() == old.keys()
    assert [k for k in fresh if fresh[k] != old[k]] == []
    assert sum(len(b) for b in old.values()) < 2_000_000


def _page_dates(root: Path, slug: str) -> list[date]:
    """Every 'โพสต์เมื่อ' date on the site's post pages (Buddhist era, Thai month names)."""
    from oitwatch.demo._web import MONTHS

    found = []
    for page in (root / slug / "page").rglob("index.html"):
        for d, m, y in re.findall(r"โพสต์เมื่อ (\d+) (\S+) (\d{4})", page.read_text(encoding="utf-8")):
            found.append(date(int(y) - 543, MONTHS.index(m) + 1, int(d)))
    return found


@pytest.mark.parametrize("as_of", [date(2024, 11, 15), date(2025, 1, 12), date(2025, 8, 20)])
def test_any_as_of_builds_and_never_posts_in_the_future(tmp_path: Path, as_of: date) -> None:
    for framework in ("bma-2567", "bma-2564"):
        slug = framework.replace(".", "")
        expected = build_site(
            tmp_path,
            slug=slug,
            name_th="สำนักงานเขตทดลอง",
            framework=framework,
            fiscal_year=2568,
            defects={"O1": "missing"},
            style="menu",
            as_of=as_of,
        )
        assert expected["O1"] == "missing"
        dates = _page_dates(tmp_path, slug)
        assert dates and max(dates) <= as_of
    due = due_months(2568, as_of)
    monthly = sorted(f[9:16] for f in _docs(tmp_path, "bma-2567") if f.startswith("o15-skr1-"))
    assert [f"{y}-{m:02d}" for y, m in due] == monthly[: len(due)]
