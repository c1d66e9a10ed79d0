"""CSV files: the encoding found (a BOM, else UTF-8 when it decodes, else Thai cp874/TIS-620)
and the delimiter sniffed; the rows are one table, as a sheet of a workbook is."""

from __future__ import annotations

import codecs
import csv
import io

from crawler.extract._result import Extracted
from crawler.extract.spreadsheet import MAX_CELLS, MAX_ROWS

__all__ = ["decode_text", "extract_csv"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DELIMITERS = ",;\t|"


def decode_text(body: bytes) -> tuple[str, str]:
    """``(encoding, text)`` of undeclared text: its BOM, else UTF-8 if it decodes, else cp874
    (Thai Windows, a superset of TIS-620: what Excel saves a Thai CSV as)."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return encoding, body.decode(encoding, errors="replace")
    try:
        return "utf-8", body.decode("utf-8")
    except UnicodeDecodeError:
        return "cp874", body.decode("cp874", errors="replace")


def _delimiter(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        lines = [ln for ln in sample.splitlines()[:20] if ln.strip()]
        counts = {d: sum(ln.count(d) for ln in lines) for d in _DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def extract_csv(body: bytes) -> Extracted:
    """The rows as one table (cells stripped, trailing empty cells dropped) and as
    tab-separated lines."""
    _, text = decode_text(body)
    text = text.lstrip("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text[:8192]))
    rows: list[list[str]] = []
    notes: list[str] = []
    try:
        for raw in reader:
            cells = [c.strip() for c in raw[:MAX_CELLS]]
            while cells and not cells[-1]:
                cells.pop()
            if cells:
                rows.append(cells)
            if len(rows) >= MAX_ROWS:
                notes.append(f"rows past {MAX_ROWS} not read")
                break
    except csv.Error as exc:  # a NUL, a field past the size limit: what came before stands
        notes.append(f"CSV read up to line {reader.line_num}: {exc}")
    return Extracted(
        text="\n".join("\t".join(r) for r in rows),
        tables=[rows] if rows else [],
        method="csv",
        pages=1,
        error="; ".join(notes) or None,
    )
