"""Extraction benchmark on real agency documents: words a person sees, recovered or not.

    nice python bench/extract_bench.py [--docs ../shared/real/docs] [--ocr-pages 10]

For every PDF with an entry in ``keywords.json`` (words a person reads on its
pages) prints, side by side: the baseline (pypdf's text layer as it is, no
repair, no OCR) and this extractor (repair, quality, OCR within the budget as
a crawl runs it) — keywords recovered, status, method, quality, repairs and
seconds per document. Run it niced: OCR takes a core per page. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from crawler.extract.budget import ExtractorPool
from crawler.extract.pdf import extract_pdf
from oitwatch.exceptions import ExtractionError
from oitwatch.settings import Settings
from oitwatch.thai import compact_for_match

AS_OF = date(2025, 6, 30)  # the documents' ITA year (fiscal year 2568)


def recovered(text: str, words: list[str]) -> int:
    """How many of ``words`` a reader of ``text`` finds (spaces and digit forms aside)."""
    flat = compact_for_match(text)
    return sum(1 for w in words if compact_for_match(w) in flat)


def main() -> None:
    here = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=Path, default=here.parent / "shared" / "real" / "docs")
    parser.add_argument("--ocr-pages", type=int, default=10)
    parser.add_argument("--only", default="", help="documents whose name contains this")
    args = parser.parse_args()
    index = args.docs / "keywords.json"
    if not index.exists():
        sys.exit(f"no {index}: pass --docs")
    keywords: dict[str, list[str]] = json.loads(index.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), ocr_max_pages=args.ocr_pages)
        print(
            f"{'document':38} {'before':>6} {'now':>5} {'status':7} {'method':8} "
            f"{'qual':>4} {'sec':>6}  repairs"
        )
        totals = [0, 0, 0]
        with ExtractorPool(settings, size=1) as pool:
            pool.extract(b"<html><body>warm-up</body></html>", "text/html", "file:///w.html")
            for name, words in keywords.items():
                if args.only not in name:
                    continue
                body = (args.docs / f"{name}.pdf").read_bytes()
                try:
                    before = recovered(extract_pdf(body).text, words)
                except ExtractionError:
                    before = 0
                start = time.monotonic()
                result = pool.extract(body, "application/pdf", f"file:///{name}.pdf", as_of=AS_OF)
                seconds = time.monotonic() - start
                now = recovered(result.text, words)
                totals = [totals[0] + before, totals[1] + now, totals[2] + len(words)]
                fixes = ", ".join(f"{k}×{n}" for k, n in result.repairs.items())
                print(
                    f"{name[:38]:38} {before:>3}/{len(words):<2} {now:>2}/{len(words):<2} "
                    f"{result.status:7} {result.method:8} {result.quality:4.2f} {seconds:6.1f}  "
                    f"{fixes}"
                )
        print(f"{'all':38} {totals[0]:>3}/{totals[2]:<2} {totals[1]:>2}/{totals[2]:<2}")


if __name__ == "__main__":
    main()
