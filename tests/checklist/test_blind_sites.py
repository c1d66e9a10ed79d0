"""Verdicts on sites the checker's authors did not build (``tests/blind_sites/``).

Each blind site was written, with its ground truth, by someone who had not read
``checklist/``. It is served over real HTTP on 127.0.0.1, crawled by the real
crawler and checked with its ``meta.json`` (framework, as-of date, start page).
The one hard rule: no false ``pass`` on any site. Every item must also agree
with the person's verdict; a site that still disagrees is marked ``xfail``
(strict) with what goes wrong, so it turns into a failure the day it is fixed.
Per-site and per-status tallies are printed (``-s`` shows them).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from checklist import check_site
from checklist.agreement import Agreement, agreement, load_truth
from oitwatch.devserver import SiteServer, faults_from_spec
from oitwatch.settings import Settings

BLIND = Path(__file__).resolve().parent.parent / "blind_sites"
SITES = sorted(p.parent.name for p in BLIND.glob("*/meta.json"))
TARGET = 99.0  # percent of all blind items that must agree (issue 9)

# Sites that still disagree somewhere, with the reason (kept honest: strict xfail).
DISAGREE: dict[str, str] = {
    # Set 1 (held out 77/87), tuned on since. Item: checker -> person.
    "menu_paraphrase": "O17 missing -> incomplete (its complaint channels in words no rule "
    "knows, under a page titled ร้องทุกข์/แจ้งเบาะแส: read as a title over something else)",
    # Held out, set 2: measured before any change (135/174, 12 false passes), then tuned on.
    "icon_grid": "O6: manuals for 5 of the 10 divisions its own structure lists; the rule wants "
    "every division (seeds 002, 004), the person passed it",
    "weak_bilingual": "O10: a 'time frame' element the person did not ask for; O15: the FY2564 "
    "service statistics workbook is not read (review, not stale)",
    # Held out, set 3: written blind after the fixes above, measured held out (one fix
    # found through them: a start page in /oit/ scoped the crawl to /oit/). Item: checker
    # -> person.
    "oit2564_subpages": "O23 incomplete -> stale: February skipped inside a series kept up to "
    "March; four later writers (set 4) call such a hole incomplete and only a series that stops "
    "before the latest month due stale, which the checker follows",
    "pdf_bundle": "O10 incomplete -> pass (its bundle section gives the time frame as a date "
    "range, not 'ระยะเวลา'/'ไตรมาส'); O22 review -> pass; O30 broken -> pass; O31 broken -> pass; "
    "O33 stale -> missing",
    # Held out, set 4 (an Apache auto-index, a Drupal site with paged views and a calendar
    # trap, an English-first bilingual site, a frameset with image maps and onclick links,
    # notices posted as images, evidence in Office files): measured held out at 123/174 with
    # 8 false passes, then tuned on (onclick/area links, monthly holes, Office editions,
    # empty listings). Item: checker -> person.
    "apache_index": "O20 review -> pass (an image-only scan, read by OCR only); O22 stale -> "
    "missing/incomplete (another district's measures beside last year's own)",
    "drupal_paged": "O18 incomplete -> missing (a title over a news body: its parts all absent, "
    "but a page of complaint channels whose element words differ looks the same); O19 review "
    "-> pass (an image-only scan, read by OCR only)",
    "frameset_legacy": "O29 review -> pass (an image-only scan, read by OCR only)",
    "image_notices": "O15 review -> stale (images on pages are not read); O24 missing -> "
    "pass; O25 incomplete -> pass; O31 stale -> review; O33 stale -> missing/incomplete; O42 "
    "incomplete -> pass",
    "office_formats": "O20 review -> pass (an image-only scan, read by OCR only)",
    # Held out, set 5 (a query-string PHP CMS, a site that moved CMS (redirects, <base>, octet-
    # stream downloads), an OIT index that is itself a PDF, scans and garbled text layers, one
    # long inline OIT page, navigation by <select>/data-href/forms, ODF/CSV/ZIP archives, dates
    # written every way): measured held out at 116/239 (48.5%) with 8 false passes; 132/239
    # (55.2%), 8 false passes, once the loopback server answered query-string pages (a harness
    # fault, fixed in e779eba), then tuned on.
    "onepage_anchors": "O5 stale -> incomplete (the annual report's row says "
    "'อยู่ระหว่างดำเนินการ'; the section states no fiscal year, its HTTP date is read); O21 "
    "incomplete -> missing (the document under the item's title is a procurement notice)",
    "pdf_index": "O2 stale -> pass (the plan's opening gives the 20-year plan's span 2561-2580, "
    "its own year 2569 just past the opening); O22 stale -> pass (last year's measures stand "
    "until this year's follow the analysis of the ITA result in late November; the rule wants "
    "this year's from 1 October)",
    "scan_garbled": "O10, O18, O34, O40, O42 review -> pass (image-only scans: OCR'd scans stay "
    "for a person, as most blind writers judge them); O19, O43 review -> pass (garbled text "
    "layers OCR reads weakly: a year it cannot settle, low confidence); O11 review -> "
    "incomplete (its OCR reading unsure); O24 incomplete -> pass (OCR misses its table); O25 "
    "stale -> incomplete; O26 pass -> missing (the implementation link opens the policy "
    "itself); O30 stale -> pass",
    "select_nav": "O2 review -> pass (an image-only scan); O17 stale -> incomplete, O19 stale "
    "-> incomplete (last year's statistics and report, on the 2567 page, stand for this year's "
    "that are not there)",
    # Held out, set 6 (evidence deep among crawl traps, a mobile theme built from JSON and
    # onclick links, a site-builder look with redirect-wrapped links, evidence inside long
    # documents, everything as HTML posts, a flaky server (robots.txt, 5xx, login redirects),
    # wrong uploads behind right labels, the fiscal-year change): measured held out on 8d98013
    # at 152/218 (69.7%) with 13 false passes; not tuned on yet. Item: checker -> person.
    "deep_traps": (
        "O1 incomplete -> pass, O3 incomplete -> missing, O4 broken -> pass, O5 stale "
        "-> pass, O10 stale -> pass, O14 pass -> incomplete, O15 broken -> pass"
    ),
    "flaky_server": (
        "O3 broken -> pass, O5 broken -> pass, O9 broken -> pass, O12 incomplete -> "
        "pass, O19 broken -> pass"
    ),
    "fy_boundary": (
        "O1 incomplete -> pass, O5 incomplete -> stale, O9 stale -> pass, O17 pass -> "
        "stale/incomplete"
    ),
    "html_only": (
        "O10 pass -> stale, O13 missing -> incomplete, O20 pass -> incomplete, O22 "
        "stale -> pass, O23 stale -> incomplete, O25 pass -> incomplete, O39 "
        "incomplete -> stale, O42 stale -> pass, O43 stale -> missing"
    ),
    "lazy_mobile": (
        "O4 review -> pass, O5 incomplete -> pass, O9 missing -> "
        "pass, O16 missing -> pass, O19 missing -> pass, O22 review -> pass, O31 "
        "missing -> pass, O33 stale -> missing, O34 stale -> incomplete, O35 missing -> "
        "pass, O40 missing -> broken, O43 review -> stale"
    ),
    "long_documents": "O1 incomplete -> pass (the office's map is a picture on its chapter's "
    "page, with only a caption in words)",
    "site_builder": ("O1 incomplete -> pass, O15 stale -> incomplete, O22 incomplete -> pass"),
    "wrong_uploads": (
        "O12 incomplete -> pass, O13 pass -> incomplete, O15 pass -> incomplete, O17 "
        "stale -> incomplete, O20 pass -> missing, O21 review -> missing, O22 pass -> "
        "missing/incomplete"
    ),
}
# Sites where the checker still says `pass` against the person: the worst error, listed plainly.
FALSE_PASS: dict[str, str] = {
    "scan_garbled": "O26: the implementation link opens the policy itself",
    "deep_traps": ("set 6, held out, not tuned on: O14 (person: incomplete)"),
    "fy_boundary": ("set 6, held out, not tuned on: O17 (person: stale/incomplete)"),
    "html_only": (
        "set 6, held out, not tuned on: O10 (person: stale), O20 (person: incomplete), "
        "O25 (person: incomplete)"
    ),
    "wrong_uploads": (
        "set 6, held out, not tuned on: O13 (person: incomplete), O15 (person: "
        "incomplete), O20 (person: missing), O22 (person: missing/incomplete)"
    ),
}

_results: dict[str, tuple[dict, Agreement]] = {}


@pytest.fixture(scope="module")
def module_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(
        data_dir=tmp_path_factory.mktemp("blind"),
        delay=0,
        crawl_delay_max=0,  # a copy on loopback: its robots.txt Crawl-delay is for the real host
        contact="tests@oitwatch.invalid",
    )


@pytest.fixture(scope="module")
def servers() -> Iterator[dict[str, SiteServer]]:
    started = {name: _server(name).start() for name in SITES}
    yield started
    for srv in started.values():
        srv.stop()


def _server(name: str) -> SiteServer:
    """The site's files, with what its ``meta.json`` asks of the server (redirects, statuses,
    query-string pages)."""
    meta = json.loads((BLIND / name / "meta.json").read_text(encoding="utf-8"))
    return SiteServer(BLIND / name / "site", faults=faults_from_spec(meta.get("server", {})))


def _check(name: str, server: SiteServer, settings: Settings) -> tuple[dict, Agreement]:
    if name not in _results:
        meta = json.loads((BLIND / name / "meta.json").read_text(encoding="utf-8"))
        result = check_site(
            settings,
            server.url(meta["start"]),
            framework=meta["framework"],
            as_of=date.fromisoformat(meta["as_of"]),
            site_key=name,
            name_th=meta.get("name_th"),
        )
        got = agreement(result, load_truth(BLIND / name / "truth.json"))
        _results[name] = (result, got)
        print(f"\n{name:<22} {got.line()}")
        for code, status, allowed in got.wrong:
            print(f"    {code}: checker {status}, person {'/'.join(allowed)}")
    return _results[name]


def _params(known: dict[str, str]) -> list:
    return [
        pytest.param(n, marks=pytest.mark.xfail(reason=known[n], strict=True)) if n in known else n
        for n in SITES
    ]


@pytest.mark.parametrize("name", _params(FALSE_PASS))
def test_no_false_pass(
    name: str, servers: dict[str, SiteServer], module_settings: Settings
) -> None:
    result, got = _check(name, servers[name], module_settings)
    for item in result["items"]:
        assert 0.0 <= item["confidence"] <= 1.0
        if item["status"] == "pass":
            assert item["evidence"] and item["confidence"] >= 0.6, item["code"]
    false_passes = [c for c, s, _ in got.wrong if s == "pass"]
    assert not false_passes, f"false pass on {name}: {false_passes}"


@pytest.mark.parametrize("name", _params(DISAGREE))
def test_every_item_agrees(
    name: str, servers: dict[str, SiteServer], module_settings: Settings
) -> None:
    _, got = _check(name, servers[name], module_settings)
    assert not got.wrong, json.dumps(got.wrong, ensure_ascii=False)


@pytest.mark.xfail(
    reason="1,133 of 1,240 blind items (91.4%) agree, below the 99% target; 14 false passes "
    "(1 on set 5, 13 on set 6 held out; see DISAGREE, FALSE_PASS)",
    strict=True,
)
def test_blind_sites_together(servers: dict[str, SiteServer], module_settings: Settings) -> None:
    """Across the blind sites: no false pass and at least :data:`TARGET` percent agreement."""
    total = Agreement()
    for name in SITES:
        total.add(_check(name, servers[name], module_settings)[1])
    print(f"\nblind sites together: {total.line()}")
    for key, n in sorted(total.by_truth.items()):
        print(f"    person says {key:<20} agree {total.agree_by_truth[key]}/{n}")
    assert total.false_pass == 0
    assert total.percent >= TARGET, total.line()
