"""The overseer's table of every registered district: states, failures with why, filters."""

from __future__ import annotations

from sqlalchemy import select

from oitwatch.store import Crawl, Site, Store, utcnow
from reports.districts import Filters, district_rows, filter_rows, sparkline_svg
from schedules.registry import Registry, SiteEntry
from tests.reports.conftest import make_result, write_run


def _registry() -> dict[str, SiteEntry]:
    raw = {
        "sites": {
            "pranakorn": {
                "code": "1001",
                "name_th": "พระนคร",
                "name_en": "Phra Nakhon",
                "url": "https://webportal.bangkok.go.th/pranakorn/",
            },
            "khlongtoei": {
                "code": "1033",
                "name_th": "คลองเตย",
                "name_en": "Khlong Toei",
                "url": "https://webportal.bangkok.go.th/khlongtoei/",
            },
            "dusit": {"code": "1002", "name_th": "ดุสิต", "url": None},
            "bangrak": {
                "code": "1004",
                "name_th": "บางรัก",
                "url": "https://webportal.bangkok.go.th/bangrak/",
            },
        }
    }
    registry = Registry.model_validate(raw)
    for key, entry in registry.sites.items():
        entry._key = key
    return registry.sites


def test_every_registered_district_has_a_state_and_failures_say_why(store: Store) -> None:
    write_run(store, make_result("pranakorn", {"O15": "stale"}, as_of="2025-03-31"))
    write_run(store, make_result("pranakorn", {"O15": "stale", "O3": "missing"}))
    write_run(store, make_result("khlongtoei", {}))
    write_run(store, make_result("bangkoknoi", {"O9": "missing"}))  # stored, not registered
    with store.session() as s:  # last night Khlong Toei's crawl failed after its last run
        site = s.scalar(select(Site).where(Site.key == "khlongtoei"))
        s.add(
            Crawl(
                site_id=site.id,
                status="failed",
                finished_at=utcnow(),
                error="ไม่ได้หน้าเว็บหรือเอกสารใดเลย (the site did not answer)\\ntrace",
            )
        )
    with store.session() as s:
        rows = {r.key: r for r in district_rows(s, _registry())}
    assert list(rows) == ["pranakorn", "khlongtoei", "dusit", "bangrak", "bangkoknoi"]
    assert {k: r.state for k, r in rows.items()} == {
        "pranakorn": "checked",
        "khlongtoei": "failed",
        "dusit": "not_configured",
        "bangrak": "never",
        "bangkoknoi": "checked",
    }
    assert rows["khlongtoei"].failure.startswith("ไม่ได้หน้าเว็บหรือเอกสารใดเลย")
    assert rows["khlongtoei"].score == 100.0  # its last good run still shows
    pk = rows["pranakorn"]
    assert pk.failing == {"O15": "ฝ่ายการคลัง", "O3": "ฝ่ายการศึกษา"}
    assert pk.as_of and pk.checked_at is not None and len(pk.trend) == 2
    assert not rows["bangkoknoi"].registered
    assert "<polyline" in sparkline_svg(pk.trend) and sparkline_svg([]) == ""

    everything = list(rows.values())
    assert [r.key for r in filter_rows(everything, Filters(status="never"))] == ["bangrak"]
    assert [r.key for r in filter_rows(everything, Filters(item="O3"))] == ["pranakorn"]
    assert {r.key for r in filter_rows(everything, Filters(owner="ฝ่ายการคลัง"))} == {"pranakorn"}
    assert [r.key for r in filter_rows(everything, Filters(q="khlong"))] == ["khlongtoei"]
    assert [r.key for r in filter_rows(everything, Filters(q="๑๐๐๒"))] == ["dusit"]  # Thai digits
    assert {r.key for r in filter_rows(everything, Filters(band="excellent"))} == {
        "khlongtoei",
        "bangkoknoi",
    }
    # an unknown filter value from the query string is ignored, not an error
    assert Filters.from_query({"status": "<script>", "band": "nosuch", "q": " คลอง "}) == Filters(
        q="คลอง"
    )
