"""``oitwatch rules``: list, show and validate the OIT rule sets."""

from __future__ import annotations

from pathlib import Path

import click

from oitwatch._cli import OitwatchGroup
from oitwatch.exceptions import ConfigError
from rules.describe import describe_freshness, describe_match
from rules.loader import load_all, load_framework, mapping_files, validate_path
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
                click.echo(f"    {it.code:<4} {it.title_th}  [{it.freshness.kind}]")


def _show_item(fw: Framework, it: Item) -> None:
    sub = fw.sub_indicator_of(it.code)
    click.echo(f"{it.code} {it.title_th}")
    click.echo(f"     {it.title_en}")
    click.echo(
        f"กรอบการประเมิน (framework): {fw.id}, ตัวชี้วัดย่อย (sub-indicator) {sub.code} {sub.title_th}"
    )
    click.echo(f"ผู้รับผิดชอบ (owner): {it.owner}")
    click.echo("คำที่ใช้ค้นหา (phrases): " + ", ".join(it.phrases))
    fresh_th, fresh_en = describe_freshness(it.freshness)
    click.echo(f"ความเป็นปัจจุบัน (freshness, {it.freshness.kind}): {fresh_th}")
    click.echo(f"     {fresh_en}")
    if it.elements:
        click.echo("องค์ประกอบที่ต้องมี (required elements):")
        for n, el in enumerate(it.elements, 1):
            how_th, how_en = describe_match(el.match)
            click.echo(f"  {n}. {el.th} ({el.en}) [{el.key}]")
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
    """Check rule files: PATH (a file or a folder of YAML files) or, by default, every shipped file."""
    frameworks = validate_path(path)
    for fw in frameworks:
        click.echo(f"ok  {fw.id}: {len(fw.items)} items")
    if path is None:
        for mp in mapping_files():
            click.echo(f"ok  mapping {mp.stem}")
    click.echo("ถูกต้อง (valid)")
