"""Real agencies' documents (``../shared/real/docs``): the words a person reads, recovered.

``keywords.json`` lists, per document, words a person sees on its pages. Each
document must give back all of them but at most one, or say honestly that a
person must look (``review``); none may be ``ok`` with most of them missing.
Scans are OCR'd on their first page only here (the bench reads ten).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest

from crawler.extract import Extracted
from crawler.extract.budget import ExtractorPool
from oitwatch.settings import Settings
from oitwatch.thai import compact_for_match
from tests.conftest import have_tesseract_thai, real_material

DOCS = real_material("docs")
KEYWORDS: dict[str, list[str]] = (
    json.loads((DOCS / "keywords.json").read_text(encoding="utf-8")) if DOCS else {}
)
SCANS = {  # no text layer: only OCR reads them
    "phichai_moit1-2-68",
    "phichai_moit2-10",
    "phichai_moit2-16",
    "phichai_moit2-18.3",
    "phichai_moit2-18.4",
    "phichai_moit2-19",
}
AS_OF = date(2025, 6, 30)  # fiscal year 2568, the documents' ITA year

pytestmark = pytest.mark.skipif(DOCS is None, reason="../shared/real/docs is absent")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Extracted]]:
    """Every real document, read as a crawl reads it (two workers, within the budget)."""
    assert DOCS is not None
    ocr = have_tesseract_thai()
    settings = Settings(
        data_dir=tmp_path_factory.mktemp("real"), ocr=ocr, ocr_max_pages=1, ocr_workers=1
    )
    names = [n for n in KEYWORDS if ocr or n not in SCANS]
    with ExtractorPool(settings, size=2) as pool, ThreadPoolExecutor(2) as threads:
        results = threads.map(
            lambda n: pool.extract(
                (DOCS / f"{n}.pdf").read_bytes(), "application/pdf", f"file:///{n}.pdf", as_of=AS_OF
            ),
            names,
        )
        yield dict(zip(names, results, strict=True))


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=[pytest.mark.ocr] if n in SCANS else []) for n in KEYWORDS],
)
def test_words_a_person_reads(name: str, extracted: dict[str, Extracted]) -> None:
    if name not in extracted:
        pytest.skip("tesseract-ocr-tha not installed: scans are not read")
    result = extracted[name]
    words = KEYWORDS[name]
    flat = compact_for_match(result.text)
    missing = [w for w in words if compact_for_match(w) not in flat]
    got = len(words) - len(missing)
    print(f"{name}: {got}/{len(words)} {result.status} {result.method} {result.quality}")
    assert result.status in ("ok", "review"), result.error
    if result.status == "ok":
        assert len(missing) <= 1, f"ok with {got}/{len(words)} words; missing {missing}"
    else:
        assert name in SCANS, f"a text layer judged unreadable: {result.error}"
