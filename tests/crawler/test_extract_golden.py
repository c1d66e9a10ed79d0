"""Golden parses: every page of the fixture sites is read exactly as it was before speed-ups.

``golden_pages.json`` holds, per page, a digest of what :func:`parse_html`
made of it (title, text, tables, links, notes) and of its ``text_quality``,
as the extraction of commit 97a901b made them. A change to the hot path
(faster text, links, quality) must leave every digest as it is; a change
that means to read pages differently regenerates the file, and says so:

    python -m tests.crawler.test_extract_golden     # rewrites golden_pages.json

It refuses while ``crawler.extract.html.PARSER_VERSION`` is the one the file
was written with: stores hold the parse of every page they crawled, and only a
new number makes a re-crawl read those pages again.

Pages: the blind fixture sites (``tests/blind_sites/*/site``), the demo site,
and the two real agency sites of ``../shared/real/sites`` when present.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path

import pytest

from crawler.extract.html import PARSER_VERSION, parse_html
from oitwatch.thai import text_quality
from tests.conftest import real_material

REPO = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).parent / "golden_pages.json"
VERSION_KEY = "__parser_version__"
ROOTS = {
    "blind": REPO / "tests" / "blind_sites",
    "demo": REPO / "oitwatch" / "demo" / "site",
    "real": real_material("sites"),
}


def pages() -> dict[str, Path]:
    """``{"<root>/<relative path>": file}`` of every HTML page of the roots present."""
    found: dict[str, Path] = {}
    for name, root in ROOTS.items():
        if root is None:
            continue
        for path in sorted(root.rglob("*.htm*")):
            if name == "blind" and "site" not in path.relative_to(root).parts[1:2]:
                continue  # the people's notes beside the sites are not pages
            found[f"{name}/{path.relative_to(root).as_posix()}"] = path
    return found


def digest(path: Path) -> str:
    """What the extractor reads on a page, hashed (the base URL names the page)."""
    base = f"http://fixture.invalid/{path.name}"
    page = parse_html(path.read_bytes(), "text/html", base)
    quality = text_quality(page.text) if page.text.strip() else 0.0
    record = {**asdict(page), "quality": quality}
    if not record["feeds"]:
        del record["feeds"]  # (parser 3) most pages load no JSON: their digests stand
    blob = json.dumps(record, ensure_ascii=False, sort_keys=True).encode()
    return hashlib.sha256(blob).hexdigest()


# html5lib (the fallback parse) notes comments it cannot keep as they are; the pages are fine.
@pytest.mark.filterwarnings("ignore::html5lib.constants.DataLossWarning")
def test_every_page_reads_as_before() -> None:
    golden: dict[str, str] = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert golden.pop(VERSION_KEY) == PARSER_VERSION, "regenerate the golden file"
    found = pages()
    assert sum(k.startswith("blind/") for k in found) >= 200  # the fixtures are there
    missing = [k for k in golden if k not in found and not k.startswith("real/")]
    assert not missing, f"golden pages no longer in the fixtures: {missing[:5]}"
    changed = [key for key, path in found.items() if key in golden and digest(path) != golden[key]]
    assert not changed, f"{len(changed)} pages read differently, e.g. {changed[:5]}"
    new = [k for k in found if k not in golden]
    assert not new, f"pages without a golden digest (regenerate the file): {new[:5]}"


def test_the_real_sites_are_covered_when_present() -> None:
    if ROOTS["real"] is None:
        pytest.skip("../shared/real/sites is absent")
    golden: dict[str, str] = json.loads(GOLDEN.read_text(encoding="utf-8"))
    golden.pop(VERSION_KEY)
    assert sum(k.startswith("real/") for k in golden) >= 40
    assert sum(k.startswith("real/") for k in pages()) >= 40


if __name__ == "__main__":
    import sys

    old: dict = json.loads(GOLDEN.read_text(encoding="utf-8")) if GOLDEN.exists() else {}
    table: dict = {key: digest(path) for key, path in pages().items()}
    changed = [k for k, v in table.items() if k in old and old[k] != v]
    if changed and old.get(VERSION_KEY, 0) >= PARSER_VERSION:
        sys.exit(
            f"{len(changed)} pages read differently (e.g. {changed[:3]}): raise "
            f"crawler.extract.html.PARSER_VERSION (now {PARSER_VERSION}) so that stores "
            "parse the pages they hold again, then regenerate"
        )
    table[VERSION_KEY] = PARSER_VERSION
    GOLDEN.write_text(json.dumps(table, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(table) - 1} pages written to {GOLDEN} (parser version {PARSER_VERSION})")
