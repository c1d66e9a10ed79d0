"""Verdict agreement: the checker against a person's verdicts, per site and per status.

    python bench/verdict_bench.py [--only NAME] [--sites DIR] [--recrawl] [--cache DIR] [--show]

Sites: every blind fixture in ``tests/blind_sites/<name>/`` (``site/``,
``meta.json``, ``truth.json``) and, when ``../shared/real/`` is present, the two
real agency sites with a person's TSV. Each site is served over real HTTP on
127.0.0.1, crawled once into ``--cache`` (later runs re-judge the cached crawl,
so a change to the checker is measured in seconds), checked with its framework
and as-of date, and scored. Prints per-site lines, every disagreement, and a
table by the person's status. Asserts nothing. More sites kept outside the
repository: ``--sites DIR`` (folders laid out as ``tests/blind_sites/``, e.g. a held-out
set not yet committed) or ``VERDICT_BENCH_EXTRA="name,root,start,framework,as_of,truth;..."``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from checklist import check_site
from checklist.agreement import Agreement, agreement, load_truth
from oitwatch.devserver import SiteServer, faults_from_spec
from oitwatch.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "tests" / "blind_sites"
REAL = (
    Path("/work/shared/real")
    if Path("/work/shared/real").is_dir()
    else ROOT.parent / "shared" / "real"
)


@dataclass
class Case:
    name: str
    root: Path
    start: str
    framework: str
    as_of: date
    truth: Path
    name_th: str | None = None
    server: dict | None = None  # meta.json's "server": redirects, statuses, query-string pages


def blind_cases(folder: Path) -> list[Case]:
    """Sites laid out as ``tests/blind_sites/``: ``NAME/{site/,meta.json,truth.json}``."""
    out = []
    for meta_path in sorted(folder.glob("*/meta.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        d = meta_path.parent
        out.append(
            Case(
                d.name,
                d / "site",
                meta["start"],
                meta["framework"],
                date.fromisoformat(meta["as_of"]),
                d / "truth.json",
                meta.get("name_th"),
                meta.get("server"),
            )
        )
    return out


def cases(more: list[Path]) -> list[Case]:
    out = blind_cases(BLIND)
    for folder in more:
        out += blind_cases(folder)
    if REAL.is_dir():
        out.append(
            Case(
                "real-nysso",
                REAL / "sites" / "nysso",
                "/page/ITA64.html",
                "bma-2564",
                date(2021, 4, 30),
                REAL / "nysso_bma-2564.tsv",
            )
        )
        out.append(
            Case(
                "real-phichai",
                REAL / "sites" / "phichai",
                "/ita68/",
                "bma-2567",
                date(2025, 4, 30),
                REAL / "phichai_bma-2567.tsv",
            )
        )
    for extra in os.environ.get("VERDICT_BENCH_EXTRA", "").split(";"):
        if extra.strip():  # NAME,ROOT,START,FRAMEWORK,AS_OF,TRUTH: a site kept outside the repo
            name, root, start, fw, as_of, truth = extra.split(",")
            out.append(Case(name, Path(root), start, fw, date.fromisoformat(as_of), Path(truth)))
    return out


def run_case(case: Case, cache: Path, recrawl: bool) -> dict:
    data = cache / case.name
    port_file = data / "port"
    if recrawl and data.exists():
        shutil.rmtree(data)
    port = int(port_file.read_text()) if port_file.exists() else 0
    try:
        server = SiteServer(case.root, faults_from_spec(case.server or {}), port=port)
    except OSError:  # the cached crawl's port is taken: crawl afresh
        shutil.rmtree(data)
        server = SiteServer(case.root, faults_from_spec(case.server or {}))
    data.mkdir(parents=True, exist_ok=True)
    port_file.write_text(str(server.port))
    settings = Settings(
        data_dir=data,
        delay=0,
        crawl_delay_max=0,
        contact="bench@oitwatch.invalid",
        allow_private="127.0.0.1",
    )
    with server:
        return check_site(
            settings,
            server.url(case.start),
            framework=case.framework,
            as_of=case.as_of,
            site_key=case.name,
            reuse_hours=24 * 365,
            name_th=case.name_th,
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", action="append", help="site name (repeatable)")
    ap.add_argument("--recrawl", action="store_true", help="crawl again instead of re-judging")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/oitwatch-verdict-bench"))
    ap.add_argument("--show", action="store_true", help="print each disagreement's reason")
    ap.add_argument("--json", type=Path, help="write every result here (one file per site)")
    ap.add_argument(
        "--sites",
        type=Path,
        action="append",
        default=[],
        help="another folder of blind-style sites (repeatable)",
    )
    args = ap.parse_args()
    total, blind = Agreement(), Agreement()
    for case in cases(args.sites):
        if args.only and case.name not in args.only:
            continue
        result = run_case(case, args.cache, args.recrawl)
        if args.json:
            args.json.mkdir(parents=True, exist_ok=True)
            (args.json / f"{case.name}.json").write_text(
                json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8"
            )
        a = agreement(result, load_truth(case.truth))
        total.add(a)
        if not case.name.startswith("real-"):
            blind.add(a)
        print(f"{case.name:<24} {a.line()}")
        items = {it["code"]: it for it in result["items"]}
        for code, got, allowed in a.wrong:
            print(f"    {code}: checker {got}, person {'/'.join(allowed)}")
            if args.show and code in items:
                it = items[code]
                print(f"        {it['reasons'][0]['en'] if it['reasons'] else ''}")
                for e in it["evidence"][:3]:
                    print(f"        - {e['url']} [{e.get('source')}] {e.get('title', '')[:60]}")
    print(f"{'blind sites':<24} {blind.line()}")
    print(f"{'all':<24} {total.line()}")
    print("by the person's status: agree/items")
    for key, n in sorted(total.by_truth.items()):
        print(f"    {key:<20} {total.agree_by_truth[key]}/{n}")
    sys.exit(0)


if __name__ == "__main__":
    main()
