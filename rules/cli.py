"""``oitwatch rules``: list, show and validate the OIT rule sets."""

from __future__ import annotations

from pathlib import Path

import click

from oitwatch._cli import OitwatchGroup
from oitwatch.exceptions import ConfigError
from rules.describe import describe_freshness, describe_match
from rules.diff import Change
from rules.loader import load_all, load_framework, mapping_files, validate_each, validate_path
from rules.models import Framework, Item

__all__ = ["rules"]


@click.group(cls=OitwatchGroup)
def rules() -> None:
    """OIT rule sets: which items each assessment year checks, and how."""


@rules.command("list")
def list_() -> None:
    """Every shipped framework: id, year, item count and Thai title."""
    for fw in load_all():
        click.echo(
            f"{fw.id}\tITA {fw.assessment_year}\t{len(fw.items)} รายการ (items)\t{fw.title_th}"
        )


def _echo_review(fw: Framework, *, limit: int | None = None) -> None:
    """Say which fields still await a person's review (drafts from ``rules draft``)."""
    pending = fw.pending_review()
    if not pending:
        return
    fields = sum(len(r) for _w, r in pending)
    click.echo(
        f"รอตรวจทาน (needs review) {fw.id}: {fields} ช่องใน {len(pending)} ส่วน "
        f"({fields} fields in {len(pending)} parts)"
    )
    for where, review in pending[:limit]:
        click.echo(f"  {where or fw.id}: {', '.join(review)}")
    if limit is not None and len(pending) > limit:
        click.echo(f"  ... {len(pending) - limit} more (oitwatch rules show {fw.id})")


def _show_framework(fw: Framework) -> None:
    click.echo(f"{fw.id}: {fw.title_th}")
    click.echo(f"  {fw.title_en}")
    click.echo(
        f"  ปีที่ประเมิน (assessment year) {fw.assessment_year}, ปีงบประมาณ (fiscal year) {fw.fiscal_year}"
    )
    for ind in fw.indicators:
        click.echo(f"\nตัวชี้วัดที่ {ind.code} {ind.title_th} ({ind.title_en})")
        for sub in ind.sub_indicators:
            click.echo(f"  {sub.code} {sub.title_th} ({sub.title_en})")
            for it in sub.items:
                mark = "  ⚑ รอตรวจทาน (review)" if it.review else ""
                click.echo(f"    {it.code:<4} {it.title_th}  [{it.freshness.kind}]{mark}")
    if fw.pending_review():
        click.echo("")
        _echo_review(fw)


def _show_item(fw: Framework, it: Item) -> None:
    sub = fw.sub_indicator_of(it.code)
    click.echo(f"{it.code} {it.title_th}")
    click.echo(f"     {it.title_en}")
    click.echo(
        f"กรอบการประเมิน (framework): {fw.id}, ตัวชี้วัดย่อย (sub-indicator) {sub.code} {sub.title_th}"
    )
    click.echo(f"ผู้รับผิดชอบ (owner): {it.owner}")
    click.echo("คำที่ใช้ค้นหา (phrases): " + ", ".join(it.phrases))
    if it.synonyms:
        click.echo("คำที่มีความหมายเดียวกัน (synonyms): " + ", ".join(it.synonyms))
    fresh_th, fresh_en = describe_freshness(it.freshness)
    click.echo(f"ความเป็นปัจจุบัน (freshness, {it.freshness.kind}): {fresh_th}")
    click.echo(f"     {fresh_en}")
    if it.elements:
        click.echo("องค์ประกอบที่ต้องมี (required elements):")
        for n, el in enumerate(it.elements, 1):
            how_th, how_en = describe_match(el.match)
            advice = " (คำแนะนำ ไม่มีผลต่อคะแนน / advice, not scored)" if el.advice else ""
            click.echo(f"  {n}. {el.th} ({el.en}) [{el.key}]{advice}")
            click.echo(f"     ตรวจโดย (recognised by, {el.match.kind}): {how_th}")
            click.echo(f"     {how_en}")
            if el.freshness is not None:
                e_th, e_en = describe_freshness(el.freshness)
                click.echo(f"     ความเป็นปัจจุบัน (freshness, {el.freshness.kind}): {e_th} / {e_en}")
    else:
        click.echo("องค์ประกอบที่ต้องมี (required elements): - ไม่ระบุ (none named by the sources)")
    click.echo(f"วิธีแก้ไข (fix): {it.fix_th}")
    if it.fix_en:
        click.echo(f"     {it.fix_en}")
    if it.source:
        click.echo(f"ที่มา (source): {it.source}")
    if it.note:
        click.echo(f"หมายเหตุ (note): {it.note}")
    if it.review:
        click.echo("รอตรวจทาน (needs review):")
        for name, why in it.review.items():
            click.echo(f"  {name}: {why}")


@rules.command()
@click.argument("framework")
@click.argument("code", required=False)
def show(framework: str, code: str | None) -> None:
    """Show FRAMEWORK's items by sub-indicator, or one item CODE in full (O15, O๑๕, o15 ...)."""
    fw = load_framework(framework)
    if code is None:
        _show_framework(fw)
        return
    from oitwatch.thai import normalize_code

    normal = normalize_code(code)
    if normal is None:
        raise ConfigError(f"{code!r} is not an item code (e.g. O15)")
    try:
        it = fw.item(normal)
    except KeyError:
        raise ConfigError(f"{fw.id} has no item {normal} (it has O1..O{len(fw.items)})") from None
    _show_item(fw, it)


@rules.command()
@click.argument("path", required=False, type=click.Path(exists=True, path_type=Path))
def validate(path: Path | None) -> None:
    """Check rule files: PATH (a file or a folder of YAML files) or, by default, every shipped file.

    A folder's files are each checked: every broken one is reported, not only the first.
    """
    if path is not None and path.is_dir():
        frameworks, errors = validate_each(path)
    else:
        frameworks, errors = validate_path(path), []
    for fw in frameworks:
        click.echo(f"ok  {fw.id}: {len(fw.items)} items")
        _echo_review(fw, limit=10)
    for error in errors:
        click.echo(f"ผิด (error)  {error}", err=True)
    if errors:
        raise click.ClickException(
            f"ไฟล์ผิดพลาด {len(errors)} ไฟล์ ({len(errors)} broken file(s)); nothing was changed"
        )
    if path is None:
        for mp in mapping_files():
            click.echo(f"ok  mapping {mp.stem}")
    click.echo("ถูกต้อง (valid)")


@rules.command()
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--id", "framework_id", required=True, help="Id of the new framework, e.g. bma-2570.")
@click.option(
    "--base",
    default=None,
    help="A framework (id or file) to carry phrases, elements, owners and fixes from.",
)
@click.option(
    "--out",
    required=True,
    type=click.Path(path_type=Path),
    help="Where to write: ID.yaml, or a folder (the mapping BASE--ID.yaml goes beside it).",
)
def draft(source: Path, framework_id: str, base: str | None, out: Path) -> None:
    """Draft a rule set from SOURCE, a manual or its item table (PDF, DOCX, XLSX or text).

    Every item of the manual's table (code, Thai title, sub-indicator, what to publish)
    becomes an item; freshness words in the description become a proposed freshness.
    With --base, each item carries the most alike base item's phrases, elements, owner
    and fix. Every proposed field is listed in the item's `review:`.
    """
    from rules.draft import draft_framework, write_draft

    base_fw = load_framework(base) if base else None
    result = draft_framework(source, framework_id, base=base_fw)
    paths = write_draft(result, out, source=source)
    fw = validate_path(paths[0])[0]
    click.echo(f"ร่างกรอบการประเมิน (draft) {fw.id}: {len(fw.items)} รายการ (items) -> {paths[0]}")
    for ind in fw.indicators:
        for sub in ind.sub_indicators:
            codes = [it.code for it in sub.items]
            click.echo(f"  {sub.code} {sub.title_th}: {codes[0]}..{codes[-1]} ({len(codes)})")
    if len(paths) > 1:
        click.echo(f"การจับคู่ (mapping) {base_fw.id} -> {fw.id}: {paths[1]}")  # type: ignore[union-attr]
    _echo_review(fw, limit=5)


def _codes(change: Change) -> str:
    return ", ".join(code for code, _t, _h in change.sources)


def _how(change: Change) -> str:
    hows = {how for _c, _t, how in change.sources}
    if hows == {"mapping"}:
        return "ตามไฟล์จับคู่ (mapping)"
    if all(h.startswith("meaning") for h in hows):
        return "ตามความหมาย (by meaning " + ", ".join(h.split()[1] for h in hows) + ")"
    if hows == {"title"}:
        return "ชื่อเดิม (same title)"
    return ", ".join(sorted(hows))


@rules.command()
@click.argument("a")
@click.argument("b")
@click.option("--json", "as_json", is_flag=True, help="Print the differences as JSON.")
def diff(a: str, b: str, as_json: bool) -> None:
    """What changed from framework A to framework B (ids or files), Thai first.

    Items added, removed, renumbered, renamed or merged (by the mapping file between
    A and B, and by meaning), and changes of freshness or required elements.
    """
    import json

    from rules.diff import diff_frameworks

    fa, fb = load_framework(a), load_framework(b)
    # A draft's mapping is written beside it: look there first.
    folders = [
        Path(x).expanduser().resolve().parent for x in (b, a) if Path(x).suffix in (".yaml", ".yml")
    ]
    result = diff_frameworks(fa, fb, folders=folders)
    if as_json:
        click.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(
        f"{fa.id} (ITA {fa.assessment_year}, {len(fa.items)} รายการ) → "
        f"{fb.id} (ITA {fb.assessment_year}, {len(fb.items)} รายการ)"
    )
    click.echo(
        "จับคู่ตามไฟล์จับคู่และความหมายของชื่อ (matched by the mapping file and by meaning)"
        if result.has_mapping
        else "ไม่มีไฟล์จับคู่: จับคู่ตามความหมายของชื่อ (no mapping file: matched by meaning)"
    )
    sections = [
        ("renumbered", "เปลี่ยนเลขรายการ (renumbered)"),
        ("merged", "รวมหลายรายการเป็นรายการเดียว (merged)"),
        ("split", "แยกรายการเดียวเป็นหลายรายการ (split)"),
        ("renamed", "เปลี่ยนชื่อ (renamed)"),
    ]
    for kind, heading in sections:
        changes = result.of_kind(kind)
        if not changes:
            continue
        click.echo(f"\n{heading}: {len(changes)}")
        for ch in changes:
            if kind == "renamed":
                old = ch.sources[0][1]
                click.echo(f"  {_codes(ch)} → {ch.target}  “{old}” → “{ch.title_th}”  [{_how(ch)}]")
            else:
                click.echo(f"  {_codes(ch)} → {ch.target}  {ch.title_th}  [{_how(ch)}]")
    changed = [c for c in result.changes if c.details]
    if changed:
        click.echo(
            f"\nความเป็นปัจจุบันหรือองค์ประกอบเปลี่ยน (freshness or elements changed): {len(changed)}"
        )
        for ch in changed:
            for th, en in ch.details:
                click.echo(f"  {_codes(ch)} → {ch.target}  {th}")
                click.echo(f"      {en}")
    if result.added:
        click.echo(f"\nเพิ่มใหม่ (added in {fb.id}): {len(result.added)}")
        for ch in result.added:
            click.echo(f"  {ch.target}  {ch.title_th}")
    if result.removed:
        click.echo(f"\nตัดออก (removed from {fa.id}): {len(result.removed)}")
        for it in result.removed:
            click.echo(f"  {it.code}  {it.title_th}")
    same = [c for c in result.changes if c.sources and not c.kinds]
    click.echo(
        f"\nสรุป (summary): คงเดิม {len(same)}, เปลี่ยนเลข {len(result.of_kind('renumbered'))}, "
        f"เปลี่ยนชื่อ {len(result.of_kind('renamed'))}, รวม {len(result.of_kind('merged'))}, "
        f"แยก {len(result.of_kind('split'))}, "
        f"เพิ่ม {len(result.added)}, ตัดออก {len(result.removed)} "
        f"(unchanged, renumbered, renamed, merged, split, added, removed)"
    )
