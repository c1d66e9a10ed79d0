"""Sites from a CSV file, for registries of thousands of agencies (``oitwatch sites import``).

One row per site, a header naming the columns (any order)::

    key,name_th,name_en,url,framework,code,owners,coordinator
    bangkoknoi,บางกอกน้อย,Bangkok Noi,https://webportal.bangkok.go.th/bangkoknoi/,bma-2567,๑๐๒๐,ฝ่ายปกครอง=a@x.go.th; ฝ่ายการคลัง=b@x.go.th,oit@x.go.th

``key``, ``name_th`` and ``url`` are required; the others may be absent or
empty (framework defaults to ``bma-2567``). ``owners`` is ``UNIT=EMAIL``
pairs separated by ``;`` (a unit may repeat). The file may start with a
byte-order mark (Excel writes one); Thai digits are read as Arabic in the key
and the code. A bad row is refused with its line number and the others are
imported; a bad header refuses the whole file.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from oitwatch.exceptions import RegistryError
from oitwatch.thai import thai_to_arabic
from schedules.registry import DEFAULT_FRAMEWORK, Registry, SiteEntry, make_entry

__all__ = ["COLUMNS", "CsvImport", "merge_sites", "read_sites_csv"]

COLUMNS = ("key", "name_th", "name_en", "url", "framework", "code", "owners", "coordinator")
REQUIRED = ("key", "name_th", "url")
EXTRA = "\0extra"  # where DictReader puts cells beyond the header


@dataclass
class CsvImport:
    """The rows read: good entries (with their line numbers) and the refused rows' errors."""

    entries: list[tuple[int, SiteEntry]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _owners(text: str) -> dict[str, list[str]]:
    owners: dict[str, list[str]] = {}
    for pair in filter(None, (p.strip() for p in text.split(";"))):
        unit, sep, email = pair.partition("=")
        if not sep or not unit.strip() or not email.strip():
            raise ValueError(f"owners: {pair!r} is not UNIT=EMAIL")
        emails = owners.setdefault(unit.strip(), [])
        if email.strip() not in emails:
            emails.append(email.strip())
    return owners


def _row_data(row: dict[str, str]) -> tuple[str, dict[str, Any]]:
    """The site key and its registry fields from one CSV row; ``ValueError`` says what is wrong."""
    cells = {k: (row.get(k) or "").strip() for k in COLUMNS}
    for name in REQUIRED:
        if not cells[name]:
            raise ValueError(f"{name}: empty")
    key = thai_to_arabic(cells["key"]).lower()
    data: dict[str, Any] = {
        "name_th": cells["name_th"],
        "name_en": cells["name_en"],
        "url": cells["url"],
        "framework": cells["framework"] or DEFAULT_FRAMEWORK,
        "owners": _owners(cells["owners"]),
    }
    if cells["code"]:
        data["code"] = cells["code"]
    if cells["coordinator"]:
        data["coordinator"] = cells["coordinator"]
    return key, data


def read_sites_csv(path: Path, *, frameworks: set[str] | None = None) -> CsvImport:
    """Read and validate every row of ``path``; ``frameworks`` (if given) are the known rule sets.

    Raises :class:`RegistryError` when the file cannot be read or its header
    is unusable; row errors are collected as ``"FILE: line N: ..."``.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise RegistryError(f"{path}: not UTF-8 text (save the CSV as UTF-8): {exc}") from exc
    reader = csv.DictReader(io.StringIO(text, newline=""), restkey=EXTRA)
    header = [(h or "").strip().lower() for h in (reader.fieldnames or [])]
    unknown = [h for h in header if h not in COLUMNS]
    missing = [c for c in REQUIRED if c not in header]
    if unknown or missing:
        what = "; ".join(
            part
            for part in (
                f"unknown column(s) {', '.join(map(repr, unknown))}" if unknown else "",
                f"missing column(s) {', '.join(missing)}" if missing else "",
            )
            if part
        )
        raise RegistryError(f"{path}: line 1: {what} (columns: {', '.join(COLUMNS)})")
    reader.fieldnames = header
    out = CsvImport()
    seen: dict[str, int] = {}
    for row in reader:
        # The record's first line: quoted cells may hold line breaks.
        cells = [v for k, v in row.items() if k != EXTRA] + list(row.get(EXTRA) or [])
        first = reader.line_num - sum((v or "").count("\n") for v in cells)
        if not any((v or "").strip() for k, v in row.items() if k != EXTRA):
            continue
        try:
            if row.get(EXTRA):
                cells = len(header) + len(row[EXTRA])
                raise ValueError(f"{cells} cells, the header has {len(header)}")
            key, data = _row_data(row)
            if key in seen:
                raise ValueError(f"key {key!r} already on line {seen[key]}")
            if frameworks is not None and data["framework"] not in frameworks:
                raise ValueError(
                    f"framework {data['framework']!r} unknown (known: {', '.join(sorted(frameworks))})"
                )
            entry = make_entry(path, key, data)
        except (ValueError, RegistryError) as exc:
            reason = str(exc).removeprefix(f"{path}: ")
            out.errors.append(f"{path}: line {first}: {reason}")
            continue
        seen[key] = first
        out.entries.append((first, entry))
    return out


def merge_sites(registry: Registry, entries: list[tuple[int, SiteEntry]]) -> tuple[int, int]:
    """Put the entries into ``registry`` (a key already there is replaced); ``(added, updated)``."""
    added = updated = 0
    for _line, entry in entries:
        if entry.key in registry.sites:
            updated += 1
        else:
            added += 1
        registry.sites[entry.key] = entry
    return added, updated
