"""Generate realistic Bangkok district websites with planted OIT defects.

``build_site`` writes one district in the webportal.bangkok.go.th layout
(``/{slug}/page/sub/{menuId}/{Thai menu slug}/1/info/{postId}/{Thai slug}``, documents under
``/{slug}/public/user_files_editor/{n}/``) and returns the status the checker should find per
item. Defects: ``missing`` (nothing published), ``stale`` (previous fiscal year; monthly
series lack due months), ``incomplete`` (a required element absent), ``broken`` (document
links 404), ``review`` (the only evidence is an image-only PDF holding just a picture, with
no text layer and no glyphs, so neither extraction nor OCR can read it).

    python -m oitwatch.demo.sitegen --out DIR     # regenerate the committed demo site
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Literal

from oitwatch.demo._blocks import Ctx, ItemSpec
from oitwatch.demo._layout import Layout
from oitwatch.demo._web import Block, Doc, paras, picture_pdf
from oitwatch.exceptions import ConfigError

__all__ = ["DEFECTS", "DEMO", "build_demo", "build_site", "framework_items", "main"]

DEFECTS = ("missing", "stale", "incomplete", "broken", "review")
DEMO = {
    "slug": "demo-district",
    "name_th": "สำนักงานเขตตัวอย่าง (Demo District)",
    "framework": "bma-2567",
    "fiscal_year": 2568,
    "as_of": date(2025, 4, 30),
    "defects": {
        "O9": "missing",
        "O12": "broken",
        "O15": "stale",
        "O17": "incomplete",
        "O20": "review",
    },
}


def framework_items(framework: str) -> list[ItemSpec]:
    """The items of a framework, in order."""
    if framework == "bma-2567":
        from oitwatch.demo.content_2567 import ITEMS
    elif framework == "bma-2564":
        from oitwatch.demo.content_2564 import ITEMS
    else:
        raise ConfigError(f"unknown framework {framework!r} (bma-2567 or bma-2564)")
    return ITEMS


def _district(name_th: str) -> str:
    short = name_th.split(" (")[0].strip()
    return short.removeprefix("สำนักงานเขต") or short


def _blocks(spec: ItemSpec, ctx: Ctx) -> list[Block]:
    """The item's evidence with its defect applied (missing/broken are left to the layout)."""
    if ctx.defect == "review":
        scan = Doc(
            ctx.f("scan.pdf"), f"{spec.label} (ฉบับสแกน)", lambda: picture_pdf(len(spec.code))
        )
        return [Block(spec.label, paras(f"{spec.label} ตามเอกสารแนบ"), [scan])]
    blocks = spec.build(ctx)
    if ctx.defect == "incomplete" and spec.incomplete != "custom":
        kept = [b for b in blocks if b.element != spec.incomplete]
        if len(kept) == len(blocks):
            raise ConfigError(f"{spec.code}: no element {spec.incomplete!r} to drop")
        blocks = kept
    if ctx.defect == "broken":
        # The page keeps its headings and document links; the evidence itself is only in
        # the documents, which are not written (404). Off-site links and tables go too.
        kept = []
        for b in blocks:
            docs = [d for d in b.docs if not d.file.endswith(".png")]
            if docs:
                intro = paras(f"{b.heading} รายละเอียดตามไฟล์แนบ")
                kept.append(Block(b.heading, intro, docs, post=b.post, posted=b.posted))
        if not kept:
            raise ConfigError(f"{spec.code}: no document to break")
        blocks = kept
    return blocks


def build_site(
    root: Path,
    *,
    slug: str,
    name_th: str,
    framework: Literal["bma-2567", "bma-2564"],
    fiscal_year: int,
    defects: dict[str, str] | None = None,
    style: Literal["index", "menu"] = "index",
    as_of: date,
) -> dict[str, str]:
    """Write the district site into ``root/slug/`` (and ``root/robots.txt``).

    Returns the expected status per item code: "pass" unless ``defects`` plants another.
    Raises ConfigError for an unknown framework, code, defect or an unsupported pairing.
    """
    items = framework_items(framework)
    defects = dict(defects or {})
    codes = {s.code for s in items}
    for code, defect in defects.items():
        if code not in codes:
            raise ConfigError(f"{framework} has no item {code!r}")
        if defect not in DEFECTS:
            raise ConfigError(f"unknown defect {defect!r} for {code} (one of {', '.join(DEFECTS)})")
        spec = next(s for s in items if s.code == code)
        if not spec.supports(defect):
            raise ConfigError(f"{code} ({spec.kind}) cannot be planted {defect!r}")
    if style not in ("index", "menu"):
        raise ConfigError(f"unknown style {style!r} (index or menu)")
    layout = Layout(
        Path(root), slug=slug, name_th=name_th, fiscal_year=fiscal_year, as_of=as_of, style=style
    )
    expected: dict[str, str] = {}
    for spec in items:
        defect = defects.get(spec.code)
        expected[spec.code] = defect or "pass"
        if defect == "missing":
            continue
        shift = defect == "stale" and spec.kind != "monthly"
        ctx = Ctx(
            slug=slug,
            site_name=name_th.split(" (")[0],
            district=_district(name_th),
            code=spec.code,
            fy=fiscal_year - 1 if shift else fiscal_year,
            as_of=_year_before(as_of) if shift else as_of,
            defect=defect,
            real_fy=fiscal_year,
        )
        layout.add_item(spec, _blocks(spec, ctx), broken=defect == "broken")
    layout.write()
    return expected


def _year_before(d: date) -> date:
    return d.replace(year=d.year - 1, day=min(d.day, 28))


def build_demo(out: Path) -> dict[str, str]:
    """The committed demo site: a fictional district with a few planted defects, plus expected.json."""
    expected = build_site(out, **DEMO)
    (out / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return expected


def main(argv: Sequence[str] | None = None) -> int:
    """Regenerate the demo site (``--out``, default the committed oitwatch/demo/site/)."""
    parser = argparse.ArgumentParser(
        prog="python -m oitwatch.demo.sitegen", description=main.__doc__
    )
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "site")
    args = parser.parse_args(argv)
    expected = build_demo(args.out)
    bad = {k: v for k, v in expected.items() if v != "pass"}
    print(f"demo site -> {args.out} ({len(expected)} items, planted: {bad})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
