"""An officer's checklist: the URL(s) a district submits for each item (YAML or CSV).

YAML::

    framework: bma-2567          # optional; must match the check's framework when given
    items:
      O1: https://…/page/…
      O๑๕: [https://…/a, https://…/b]

CSV: a header row with ``code`` and ``url`` columns (``note`` optional), one URL a row.
Codes may be written in any form the Thai toolkit reads (O15, O๑๕, 0๑๕, o15).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import yaml

from oitwatch.exceptions import ChecklistFileError
from oitwatch.store.sites import http_url_problem
from oitwatch.thai import normalize_code, thai_to_arabic

__all__ = ["load_checklist"]


def _url(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ChecklistFileError(f"{where}: a URL must be a non-empty string, got {value!r}")
    url = value.strip()
    problem = http_url_problem(url)
    if problem:
        raise ChecklistFileError(f"{where}: {problem}")
    return url


def _code(raw: object, where: str, known: set[str] | None) -> str:
    code = normalize_code(thai_to_arabic(str(raw)))
    if code is None:
        raise ChecklistFileError(f"{where}: {raw!r} is not an item code (like O15)")
    if known is not None and code not in known:
        raise ChecklistFileError(f"{where}: the framework has no item {code}")
    return code


def load_checklist(
    path: Path, *, framework: str | None = None, codes: set[str] | None = None
) -> dict[str, list[str]]:
    """Item code -> submitted URLs; a malformed file raises ``ChecklistFileError`` naming file and row."""
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ChecklistFileError(f"{path}: cannot read the checklist: {exc}") from exc
    out: dict[str, list[str]] = {}
    if path.suffix.lower() == ".csv":
        reader = csv.DictReader(io.StringIO(raw))
        fields = {f.strip().lower() for f in reader.fieldnames or []}
        if not {"code", "url"} <= fields:
            raise ChecklistFileError(f"{path}: the CSV needs 'code' and 'url' columns")
        for n, row in enumerate(reader, start=2):
            row = {k.strip().lower(): (v or "") for k, v in row.items() if k}
            where = f"{path}: row {n}"
            out.setdefault(_code(row["code"], where, codes), []).append(_url(row["url"], where))
        return out
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise ChecklistFileError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("items"), dict):
        raise ChecklistFileError(
            f"{path}: expected a mapping with an 'items' mapping of code -> URL(s)"
        )
    unknown = set(data) - {"framework", "site", "items"}
    if unknown:
        raise ChecklistFileError(f"{path}: unknown field(s): {', '.join(sorted(unknown))}")
    if framework and data.get("framework") not in (None, framework):
        raise ChecklistFileError(f"{path}: written for {data['framework']!r}, not {framework!r}")
    for raw_code, value in data["items"].items():
        where = f"{path}: item {raw_code}"
        urls = value if isinstance(value, list) else [value]
        out.setdefault(_code(raw_code, where, codes), []).extend(_url(u, where) for u in urls)
    return out
