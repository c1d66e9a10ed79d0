"""Load and validate rule-set files: frameworks (``frameworks/*.yaml``) and mappings (``mappings/*.yaml``).

Every problem in a file becomes one :class:`~oitwatch.exceptions.RuleFileError`
that names the file, the item code (when the problem is inside an item) and
the field, dotted from the item (``freshness.kind``, ``elements[2].match.columns``).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from oitwatch.exceptions import ConfigError, RuleFileError
from oitwatch.thai import normalize_code
from rules.models import Framework, FrameworkMapping

__all__ = [
    "FRAMEWORKS_DIR",
    "MAPPINGS_DIR",
    "corresponding",
    "framework_ids",
    "load_all",
    "load_framework",
    "load_mapping",
    "mapping_between",
    "mapping_files",
    "validate_each",
    "validate_path",
]

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ~10x faster

RULES_DIR = Path(__file__).resolve().parent
FRAMEWORKS_DIR = RULES_DIR / "frameworks"
MAPPINGS_DIR = RULES_DIR / "mappings"

# Discriminator values pydantic puts into an error's location after the union's field name.
_TAGS = {
    "standing",
    "current_fy",
    "previous_fy",
    "half_year",
    "monthly",
    "recent",
    "phrases",
    "columns",
    "link",
    "image",
}
_UNIONS = {"freshness", "match"}


def framework_ids() -> list[str]:
    """Ids of the shipped frameworks (file stems in ``rules/frameworks``), sorted."""
    return sorted(p.stem for p in FRAMEWORKS_DIR.glob("*.yaml"))


def _resolve(id_or_path: str | Path) -> Path:
    text = str(id_or_path)
    if isinstance(id_or_path, Path) or "/" in text or text.endswith((".yaml", ".yml")):
        path = Path(id_or_path).expanduser().resolve()
        if not path.is_file():
            raise ConfigError(f"no such rule file: {path}")
        return path
    path = FRAMEWORKS_DIR / f"{text}.yaml"
    if not path.is_file():
        raise ConfigError(
            f"unknown framework {text!r}; known: {', '.join(framework_ids()) or 'none'}"
        )
    return path


def load_framework(id_or_path: str | Path) -> Framework:
    """The framework with this id (``bma-2567``) or in this file; cached per file version."""
    path = _resolve(id_or_path)
    stat = path.stat()
    return _load_cached(path, stat.st_mtime_ns, stat.st_size)


def load_all() -> list[Framework]:
    """Every shipped framework, ordered by id."""
    return [load_framework(i) for i in framework_ids()]


@functools.lru_cache(maxsize=64)
def _load_cached(path: Path, _mtime_ns: int, _size: int) -> Framework:
    raw = _read_yaml(path)
    _check_duplicate_codes(path, raw)
    try:
        framework = Framework.model_validate(raw)
    except ValidationError as exc:
        raise _rule_error(path, raw, exc) from exc
    if framework.id != path.stem:
        raise RuleFileError(
            str(path), f"id {framework.id!r} differs from the file name {path.stem!r}", field="id"
        )
    return framework


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise RuleFileError(str(path), f"not valid YAML{where}: {problem}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(str(path), f"cannot read: {exc}") from exc
    if not isinstance(raw, dict):
        raise RuleFileError(
            str(path), "the file must hold a mapping of fields, not " + type(raw).__name__
        )
    return raw


def _raw_items(raw: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(location, item dict) of every well-formed item in the raw data."""
    found = []
    for i, ind in enumerate(raw.get("indicators") or []):
        subs = ind.get("sub_indicators") if isinstance(ind, dict) else None
        for j, sub in enumerate(subs or []):
            items = sub.get("items") if isinstance(sub, dict) else None
            for k, item in enumerate(items or []):
                if isinstance(item, dict):
                    found.append((f"indicators[{i}].sub_indicators[{j}].items[{k}]", item))
    return found


def _check_duplicate_codes(path: Path, raw: dict[str, Any]) -> None:
    seen: dict[str, str] = {}
    for where, item in _raw_items(raw):
        code = item.get("code")
        if not isinstance(code, str):
            continue
        if code in seen:
            raise RuleFileError(
                str(path),
                f"code repeated (first at {seen[code]}, again at {where})",
                item=code,
                field="code",
            )
        seen[code] = where


def _dotted(loc: tuple[int | str, ...]) -> str:
    out = ""
    previous: int | str | None = None
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif previous in _UNIONS and part in _TAGS:
            pass  # the union's tag: not a field the author wrote
        else:
            out += f".{part}" if out else part
        previous = part
    return out


def _locate(raw: Any, loc: tuple[int | str, ...]) -> tuple[str | None, str | None]:
    """(item code, field inside the item) for an error location; (None, field) outside items."""
    if (
        len(loc) >= 6
        and loc[0] == "indicators"
        and loc[2] == "sub_indicators"
        and loc[4] == "items"
    ):
        code = None
        try:
            item = raw["indicators"][loc[1]]["sub_indicators"][loc[3]]["items"][loc[5]]
            code = item.get("code") if isinstance(item, dict) else None
        except (KeyError, IndexError, TypeError):
            pass
        label = str(code) if code else f"#{int(loc[5]) + 1} of {_dotted(loc[:4])} (no code)"
        return label, _dotted(loc[6:]) or None
    return None, _dotted(loc) or None


def _rule_error(path: Path, raw: Any, exc: ValidationError) -> RuleFileError:
    errors = exc.errors(include_url=False)
    first = errors[0]
    item, field = _locate(raw, tuple(first["loc"]))
    message = first["msg"]
    if first["type"] == "extra_forbidden":
        message = "unknown field (a typo?)"
    elif first["type"] in ("union_tag_invalid", "union_tag_not_found"):
        field = f"{field}.kind" if field else "kind"
    if len(errors) > 1:
        message += f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})"
    return RuleFileError(str(path), message, item=item, field=field)


# --- mappings ----------------------------------------------------------------------------


def mapping_files(folder: Path = MAPPINGS_DIR) -> list[Path]:
    """The mapping files in ``folder`` (``SOURCE--TARGET.yaml``), sorted."""
    return sorted(folder.glob("*--*.yaml"))


def _mapping_path(source_id: str, target_id: str) -> tuple[Path, bool]:
    forward = MAPPINGS_DIR / f"{source_id}--{target_id}.yaml"
    if forward.is_file():
        return forward, False
    backward = MAPPINGS_DIR / f"{target_id}--{source_id}.yaml"
    if backward.is_file():
        return backward, True
    raise ConfigError(f"no mapping between {source_id} and {target_id}")


def _load_mapping_file(
    path: Path, frameworks: dict[str, Framework] | None = None
) -> FrameworkMapping:
    raw = _read_yaml(path)
    try:
        mapping = FrameworkMapping.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        loc = tuple(first["loc"])
        item = None
        if len(loc) >= 2 and loc[0] == "pairs" and isinstance(loc[1], int):
            pair = (raw.get("pairs") or [None] * (loc[1] + 1))[loc[1]]
            item = pair.get("source") if isinstance(pair, dict) else None
        raise RuleFileError(str(path), first["msg"], item=item, field=_dotted(loc) or None) from exc
    if path.stem != f"{mapping.source}--{mapping.target}":
        raise RuleFileError(
            str(path), f"file name must be {mapping.source}--{mapping.target}.yaml", field="source"
        )
    for side in ("source", "target"):
        fid = getattr(mapping, side)
        fw = (frameworks or {}).get(fid)
        if fw is None:
            try:
                fw = load_framework(fid)
            except ConfigError as exc:
                raise RuleFileError(str(path), f"unknown framework {fid!r}", field=side) from exc
        codes = {it.code for it in fw.items}
        for n, pair in enumerate(mapping.pairs):
            code = getattr(pair, side)
            if code not in codes:
                raise RuleFileError(
                    str(path),
                    f"{fid} has no item {code}",
                    item=pair.source,
                    field=f"pairs[{n}].{side}",
                )
    return mapping


@functools.lru_cache(maxsize=16)
def _shipped_mapping(path: Path, _mtime_ns: int) -> FrameworkMapping:
    return _load_mapping_file(path)


def _directed(mapping: FrameworkMapping, source_id: str, target_id: str) -> FrameworkMapping:
    if mapping.source == source_id:
        return mapping
    pairs = [{"source": p.target, "target": p.source, "note": p.note} for p in mapping.pairs]
    return FrameworkMapping(source=source_id, target=target_id, pairs=pairs)


def load_mapping(source_id: str, target_id: str) -> FrameworkMapping:
    """Correspondences from ``source_id`` to ``target_id``, read in either file direction."""
    path, _reverse = _mapping_path(source_id, target_id)
    return _directed(_shipped_mapping(path, path.stat().st_mtime_ns), source_id, target_id)


def mapping_between(
    a: Framework, b: Framework, folders: Sequence[Path] = ()
) -> FrameworkMapping | None:
    """Correspondences from ``a`` to ``b``: a mapping file in one of ``folders`` (the folder of
    a draft, where ``rules draft`` writes its mapping), else a shipped one; ``None`` if none."""
    for folder in folders:
        for name in (f"{a.id}--{b.id}.yaml", f"{b.id}--{a.id}.yaml"):
            path = folder / name
            if path.is_file():
                return _directed(_load_mapping_file(path, {a.id: a, b.id: b}), a.id, b.id)
    try:
        return load_mapping(a.id, b.id)
    except ConfigError:
        return None


def corresponding(source_id: str, code: str, target_id: str) -> list[str]:
    """Codes in ``target_id`` that correspond to item ``code`` of ``source_id``.

    ``code`` may be written any way :func:`oitwatch.thai.normalize_code` accepts (``O23``, ``O๒๓``).
    """
    code = normalize_code(code) or code
    mapping = load_mapping(source_id, target_id)
    out: list[str] = []
    for pair in mapping.pairs:
        if pair.source == code and pair.target not in out:
            out.append(pair.target)
    return out


# --- validation of a file or a folder ------------------------------------------------------


def validate_path(path: str | Path | None = None) -> list[Framework]:
    """Validate a framework file, or every ``*.yaml`` framework in a folder (and its mappings).

    Without ``path``: every shipped framework and every shipped mapping. Mapping files
    (``A--B.yaml``, in the folder or its ``mappings`` subfolder) are checked against the
    frameworks found plus the shipped ones. Raises ``RuleFileError`` at the first bad file.
    """
    if path is None:
        frameworks = load_all()
        for mp in mapping_files():
            _load_mapping_file(mp, {f.id: f for f in frameworks})
        return frameworks
    target = Path(path).expanduser().resolve()
    if target.is_file():
        if "--" in target.stem:
            _load_mapping_file(target)
            return []
        return [load_framework(target)]
    if not target.is_dir():
        raise ConfigError(f"no such file or folder: {target}")
    frameworks, errors = validate_each(target)
    if errors:
        raise errors[0]
    return frameworks


def validate_each(folder: str | Path) -> tuple[list[Framework], list[RuleFileError]]:
    """Every framework and mapping file of ``folder``, each validated: the good frameworks and
    one error per broken file (so an editor sees them all at once, not one per run)."""
    target = Path(folder).expanduser().resolve()
    files = sorted([*target.glob("*.yaml"), *target.glob("*.yml")])
    frameworks: list[Framework] = []
    errors: list[RuleFileError] = []
    for p in files:
        if "--" in p.stem:
            continue
        try:
            frameworks.append(load_framework(p))
        except RuleFileError as exc:
            errors.append(exc)
    known = {f.id: f for f in frameworks}
    for mp in [p for p in files if "--" in p.stem] + mapping_files(target / "mappings"):
        try:
            _load_mapping_file(mp, known)
        except RuleFileError as exc:
            errors.append(exc)
    return frameworks, errors
