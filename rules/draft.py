"""Draft a year's rule set from its manual: ``oitwatch rules draft SOURCE --id ID [--base FW]``.

The manual's item table (:mod:`rules.manual`) gives codes, titles,
sub-indicators and what to publish; the description's freshness words give a
proposed freshness kind. With a base framework, each new item is matched to
the most alike base item (:mod:`rules.similar`) and carries its phrases,
elements, owner and fix text. Every field a machine proposed is named in the
part's ``review:`` note, which ``rules validate`` and ``rules show`` list until
a person removes it. The draft validates as written, so a check can run at once.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from oitwatch.exceptions import ConfigError, DraftError
from oitwatch.thai import compact_for_match, thai_to_arabic
from oitwatch.thai._months import THAI_MONTHS
from rules.loader import FRAMEWORKS_DIR, MAPPINGS_DIR
from rules.manual import ManualItem, ManualTable, read_manual
from rules.models import Framework, FrameworkMapping, Item
from rules.similar import MATCH_MIN, best_matches

__all__ = ["Draft", "draft_framework", "propose_freshness", "write_draft"]

_UNASSIGNED_OWNER = "ยังไม่กำหนดผู้รับผิดชอบ"
_NO_ENGLISH = "(English title to be written)"

# Freshness words of manuals, strongest first: (pattern on normalised text, freshness, why).
_MONTH_NAMES = "|".join(THAI_MONTHS)
_DEADLINE = re.compile(rf"ภายในวันที่\s*([0-9]{{1,2}})\s*({_MONTH_NAMES})")
_WORDS: tuple[tuple[re.Pattern[str], dict[str, Any]], ...] = (
    # "ทุกเดือน" is left out: "update every month" is said of standing information too.
    (re.compile(r"รายเดือน|ประจำเดือน"), {"kind": "monthly"}),
    (
        re.compile(r"6\s*เดือนแรก|รอบ\s*6\s*เดือน|ครึ่งปีแรก|ครึ่งปีงบประมาณ|ตุลาคม\s*-\s*มีนาคม"),
        {"kind": "half_year", "deadline": "04-15", "previous_until": "01-31"},
    ),
    (
        re.compile(r"ปี(?:งบประมาณ)?\s*(?:พ\.ศ\.\s*)?ที่ผ่านมา|ปีก่อน|ปีงบประมาณก่อน"),
        {"kind": "previous_fy"},
    ),
    (
        re.compile(r"ปี(?:งบประมาณ)?\s*(?:พ\.ศ\.\s*)?ปัจจุบัน|ปีงบประมาณ\s*พ\.ศ\.\s*25[0-9]{2}"),
        {"kind": "current_fy"},
    ),
    (re.compile(r"ข่าว|ประชาสัมพันธ์"), {"kind": "recent", "within_days": 90}),
)
_TITLE_WORDS: tuple[tuple[re.Pattern[str], dict[str, Any]], ...] = (
    (re.compile(r"รายเดือน"), {"kind": "monthly"}),
    (re.compile(r"รายงาน.*ประจำปี|ประจำปี.*รายงาน"), {"kind": "previous_fy"}),
    (re.compile(r"แผน|ประจำปี|นโยบาย|มาตรการ"), {"kind": "current_fy"}),
    (re.compile(r"ข่าว|ประชาสัมพันธ์"), {"kind": "recent", "within_days": 90}),
)


def _norm(text: str) -> str:
    return " ".join(thai_to_arabic(text).split())


def propose_freshness(title: str, description: str) -> tuple[dict[str, Any], str]:
    """(freshness, why) from the manual's words: the description first, then the title."""
    text = _norm(description)
    m = _DEADLINE.search(text)
    if m and 1 <= int(m.group(1)) <= 31:
        month = THAI_MONTHS.index(m.group(2)) + 1
        return (
            {"kind": "previous_fy", "deadline": f"{month:02d}-{int(m.group(1)):02d}"},
            f"คู่มือระบุ “{m.group(0)}” (the manual says {m.group(0)!r})",
        )
    for pattern, fresh in _WORDS:
        m = pattern.search(text)
        if m:
            return dict(fresh), f"คู่มือระบุ “{m.group(0)}” (the description says {m.group(0)!r})"
    for pattern, fresh in _TITLE_WORDS:
        m = pattern.search(_norm(title))
        if m:
            return dict(fresh), f"เดาจากชื่อรายการ “{m.group(0)}” (guessed from the title)"
    return {"kind": "standing"}, "คู่มือไม่ระบุความเป็นปัจจุบัน (the manual names none: standing)"


def _phrases(title: str) -> list[str]:
    """The title and its distinctive parts (split at และ/หรือ, spaces, brackets)."""
    out = [title]
    inner = re.findall(r"\(([^)]{3,60})\)", title)
    bare = re.sub(r"\([^)]*\)", " ", title)
    parts = re.split(r"\s+และ\s*|\s+หรือ\s*|\s+", bare)
    for part in [*inner, *parts]:
        part = part.strip(" ,.-")
        part = re.sub(r"^(?:และ|หรือ)", "", part)
        if len(compact_for_match(part)) >= 6 and part not in out:
            out.append(part)
    return out[:8]


@dataclass
class Draft:
    """A drafted framework (as written to YAML), its mapping from the base, and what was read."""

    framework: dict[str, Any]
    mapping: dict[str, Any] | None
    table: ManualTable


def _year(framework_id: str, table: ManualTable, base: Framework | None) -> int:
    m = re.search(r"(25[0-9]{2}|26[0-9]{2})(?!.*[0-9])", framework_id)
    if m:
        return int(m.group(1))
    plausible = [y for y in table.years if 2560 <= y <= 2700]
    if plausible:
        return plausible[0]
    if base is not None:
        return base.assessment_year + 1
    raise DraftError(
        f"cannot tell the assessment year: put it in the id (e.g. {framework_id}-2570)"
    )


def _item_dict(
    it: ManualItem, base: Framework | None, source: str
) -> tuple[dict[str, Any], list[tuple[str, float]]]:
    review: dict[str, str] = {}
    fresh, why = propose_freshness(it.title_th, it.description)
    out: dict[str, Any] = {"code": it.code, "title_th": it.title_th}
    matches: list[tuple[str, float]] = []
    carried: Item | None = None
    if base is not None:
        ranked = best_matches(it.title_th, [(b.code, b.title_th) for b in base.items])
        if ranked:
            carried = base.item(ranked[0].key)
            matches = [
                (m.key, m.score)
                for m in ranked
                if m.score >= max(MATCH_MIN, ranked[0].score - 0.05)
            ]
            matches += [
                (m.key, m.score)
                for m in ranked
                if m.score >= 0.8 and all(m.key != k for k, _s in matches)
            ]
    if carried is not None:
        score = matches[0][1]
        origin = f"จาก {base.id} {carried.code} “{carried.title_th}” (carried from {base.id} {carried.code}, similarity {score:.2f})"  # type: ignore[union-attr]
        out["title_en"] = carried.title_en
        out["owner"] = carried.owner
        phrases = _phrases(it.title_th)
        phrases += [p for p in carried.phrases if p not in phrases]
        out["phrases"] = phrases[:10]
        if carried.elements:
            out["elements"] = [
                e.model_dump(mode="json", exclude_defaults=True) for e in carried.elements
            ]
        for name in ("title_en", "owner", "phrases", "fix_th"):
            review[name] = origin
        if carried.elements:
            review["elements"] = origin
        if carried.subject:
            out["subject"] = list(carried.subject)
            review["subject"] = origin
        out["fix_th"] = carried.fix_th
        if carried.fix_en:
            out["fix_en"] = carried.fix_en
            review["fix_en"] = origin
        if why.startswith("คู่มือไม่ระบุ") or why.startswith("เดาจาก"):
            fresh = carried.freshness.model_dump(mode="json", exclude_defaults=True)
            why = origin
    else:
        out["title_en"] = _NO_ENGLISH
        out["owner"] = _UNASSIGNED_OWNER
        out["phrases"] = _phrases(it.title_th)
        out["fix_th"] = f"เผยแพร่{it.title_th}บนเว็บไซต์ของหน่วยงานให้ครบตามที่คู่มือกำหนด"
        review["title_en"] = "ยังไม่มีชื่อภาษาอังกฤษ (no English title yet)"
        review["owner"] = "คู่มือไม่ระบุผู้รับผิดชอบ (the manual names no owner)"
        review["phrases"] = "สร้างจากชื่อรายการ (made from the title)"
        review["fix_th"] = "สร้างจากชื่อรายการ (made from the title)"
        review["elements"] = "ยังไม่ได้กำหนดองค์ประกอบ (no elements yet: read the description in note)"
    out["freshness"] = fresh
    review["freshness"] = why
    out["source"] = f"{source}: {it.code}"
    if it.description:
        out["note"] = f"คู่มือ (manual): {it.description[:1500]}"
    out["review"] = review
    return out, matches


def _english(base: Framework | None, kind: str, code: str, title: str) -> tuple[str, str | None]:
    """(title_en, review note) of an indicator or sub-indicator, from the base's when alike."""
    if base is not None:
        parts = (
            base.indicators
            if kind == "indicator"
            else [s for i in base.indicators for s in i.sub_indicators]
        )
        for part in parts:
            if part.code == code and best_matches(title, [(part.code, part.title_th)]):
                return part.title_en, f"จาก {base.id} {code} (carried from {base.id})"
    return _NO_ENGLISH, "ยังไม่มีชื่อภาษาอังกฤษ (no English title yet)"


def draft_framework(source: Path, framework_id: str, *, base: Framework | None = None) -> Draft:
    """Read ``source`` and draft framework ``framework_id`` (and its mapping from ``base``)."""
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", framework_id):
        raise ConfigError(
            f"--id {framework_id!r}: use lower-case letters, digits and dashes (e.g. bma-2570)"
        )
    table = read_manual(source)
    year = _year(framework_id, table, base)
    indicators: list[dict[str, Any]] = []
    pairs: list[dict[str, str]] = []
    for it in table.items:
        sub_code = it.sub_code or "1.1"
        ind_code = sub_code.split(".")[0]
        ind = next((i for i in indicators if i["code"] == ind_code), None)
        if ind is None:
            title = table.indicators.get(ind_code, "")
            review = {}
            if not title and base is not None:
                title = next((i.title_th for i in base.indicators if i.code == ind_code), "")
                if title:
                    review["title_th"] = (
                        f"คู่มือไม่ระบุชื่อตัวชี้วัด ใช้ของ {base.id} (the manual names none; {base.id}'s)"
                    )
            if not title:
                title = f"ตัวชี้วัดที่ {ind_code}"
                review["title_th"] = "คู่มือไม่ระบุชื่อตัวชี้วัด (the manual names no indicator title)"
            title_en, why = _english(base, "indicator", ind_code, title)
            if why:
                review["title_en"] = why
            ind = {"code": ind_code, "title_th": title, "title_en": title_en, "sub_indicators": []}
            if review:
                ind["review"] = review
            indicators.append(ind)
        sub = next((s for s in ind["sub_indicators"] if s["code"] == sub_code), None)
        if sub is None:
            title = it.sub_title or "รายการ OIT"
            review = (
                {}
                if it.sub_title
                else {"title_th": "ไม่พบตัวชี้วัดย่อยในคู่มือ (no sub-indicator heading found)"}
            )
            title_en, why = _english(base, "sub", sub_code, title)
            if why:
                review["title_en"] = why
            sub = {"code": sub_code, "title_th": title, "title_en": title_en, "items": []}
            if review:
                sub["review"] = review
            ind["sub_indicators"].append(sub)
        item, matches = _item_dict(it, base, source.name)
        sub["items"].append(item)
        pairs += [
            {
                "source": code,
                "target": it.code,
                "note": f"ชื่อคล้ายกัน {score:.2f} (alike by meaning; review)",
            }
            for code, score in matches
        ]
    framework: dict[str, Any] = {
        "id": framework_id,
        "variant": base.variant if base else framework_id.rsplit("-", 1)[0],
        "title_th": f"แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. {year}",
        "title_en": f"Open Data Integrity and Transparency Assessment (OIT), fiscal year {year}",
        "assessment_year": year,
        "fiscal_year": year,
        "sources": [
            f"{source.name}: item table ({len(table.items)} items), drafted by oitwatch rules draft"
        ],
        "indicators": indicators,
        "review": {
            "title_th": "ร่างอัตโนมัติ ตรวจชื่อกรอบการประเมิน (drafted: check the title)",
            "assessment_year": f"จากรหัสหรือเอกสาร (from the id or the manual: {year})",
            "window_start": "ค่าเริ่มต้น 1 มี.ค. (default 03-01)",
            "window_end": "ค่าเริ่มต้น 30 เม.ย. (default 04-30)",
        },
    }
    if base is not None:
        framework["title_th"] = re.sub(r"25[0-9]{2}", str(year), base.title_th)
        framework["title_en"] = re.sub(
            r"\(20[0-9]{2}\)",
            f"({year - 543})",
            re.sub(r"\b25[0-9]{2}\b", str(year), base.title_en),
        )
        framework["window_start"], framework["window_end"] = base.window_start, base.window_end
        framework["review"]["window_start"] = f"จาก {base.id} (carried from {base.id})"
        framework["review"]["window_end"] = f"จาก {base.id} (carried from {base.id})"
    try:
        Framework.model_validate(framework)
    except ValidationError as exc:  # a bug here, not the operator's: say where
        raise DraftError(
            f"the draft does not validate: {exc.errors()[0]['loc']}: {exc.errors()[0]['msg']}"
        ) from exc
    mapping = None
    if base is not None and pairs:
        mapping = {"source": base.id, "target": framework_id, "pairs": pairs}
        FrameworkMapping.model_validate(mapping)
    return Draft(framework=framework, mapping=mapping, table=table)


def _dump(data: dict[str, Any], header: str) -> str:
    body = yaml.safe_dump(
        data, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=False
    )
    return header + body


def _write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_draft(draft: Draft, out: Path, *, source: Path) -> list[Path]:
    """Write the framework as ``out`` (a ``ID.yaml`` file or a folder) and the mapping beside it."""
    fid = draft.framework["id"]
    target = out / f"{fid}.yaml" if out.is_dir() or not out.suffix else out
    if target.stem != fid or target.suffix not in (".yaml", ".yml"):
        raise ConfigError(
            f"--out {out}: the file must be named {fid}.yaml (the loader checks id = file name)"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    pending = sum(len(r) for _w, r in Framework.model_validate(draft.framework).pending_review())
    header = (
        f"# Drafted by `oitwatch rules draft {source.name} --id {fid}` from the manual's item table.\n"
        f"# {len(draft.table.items)} items; {pending} fields await a person's review: each part's `review:`\n"
        "# says which and why. Check them, then delete the review entries (`oitwatch rules show ID`).\n"
    )
    texts = [(target, _dump(draft.framework, header))]
    if draft.mapping is not None:
        # Straight into the shipped rules: the mapping belongs in mappings/, not among frameworks.
        folder = (
            MAPPINGS_DIR if target.parent.resolve() == FRAMEWORKS_DIR.resolve() else target.parent
        )
        mp = folder / f"{draft.mapping['source']}--{fid}.yaml"
        texts.append(
            (
                mp,
                _dump(
                    draft.mapping,
                    f"# Items of {draft.mapping['source']} alike by meaning to items of {fid} (drafted: review each pair).\n",
                ),
            )
        )
    for path, text in texts:
        _write_atomic(path, text)
    return [p for p, _t in texts]
