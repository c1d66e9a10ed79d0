"""Cheap re-crawls: a 304 or an unchanged body reuses the stored parse; back-off; Retry-After; time limits."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select, update

from checklist.snapshot import latest_crawl_to_judge, load_snapshot
from crawler import run_crawl
from crawler.extract.html import PARSER_VERSION
from oitwatch.devserver import Fault
from oitwatch.settings import Settings
from oitwatch.store import Content, Crawl, Fetch, Link, Site, Store
from oitwatch.store.validators import load_url_states
from tests.crawler.sites import PDF_LINE, build_small_site, pass_night, write


def _links(store: Store, crawl_id: int) -> list[tuple[str, str, str, str, str, bool]]:
    with store.session() as s:
        rows = s.execute(
            select(Link.from_url, Link.to_url, Link.anchor, Link.context, Link.tag, Link.in_scope)
            .where(Link.crawl_id == crawl_id)
            .order_by(Link.from_url, Link.id)
        ).all()
    return [tuple(r) for r in rows]


def _fetches(store: Store, crawl_id: int) -> dict[str, Fetch]:
    with store.session() as s:
        rows = s.scalars(select(Fetch).where(Fetch.crawl_id == crawl_id)).all()
    return {r.url.rsplit("/", 1)[-1]: r for r in rows}


def _asked(srv) -> list[str]:
    return [
        p.rsplit("/", 1)[-1]
        for p, _ in srv.requests
        if p not in ("/robots.txt", "/district-a/sitemap.xml")
    ]


def _unspread(settings: Settings) -> Settings:
    """The plain back-off (each URL asked once its period has passed): nights a test can name."""
    return settings.model_copy(update={"revisit_spread": False})


def test_304_reuses_the_previous_parse_without_storing_it_again(
    serve, settings: Settings, store: Store, tmp_path: Path
) -> None:
    build_small_site(tmp_path / "site")
    srv = serve(tmp_path / "site")
    first = run_crawl(settings, srv.url("/district-a/index.html"))
    with store.session() as s:
        contents = len(s.scalars(select(Content.sha256)).all())
    srv.clear_requests()
    second = run_crawl(settings, srv.url("/district-a/index.html"))
    assert second.status == "complete" and second.not_modified == 7
    assert second.reused == 7 and second.carried == 0
    assert len(_asked(srv)) == 7  # every URL asked (a re-crawl the same day is never backed off)
    # The links are the first crawl's, copied row for row; no Content stored again.
    assert _links(store, second.crawl_id) == _links(store, first.crawl_id)
    assert len(_links(store, first.crawl_id)) > 10
    with store.session() as s:
        assert len(s.scalars(select(Content.sha256)).all()) == contents
        site = s.scalars(select(Site)).one()
        snap = load_snapshot(s, site, latest_crawl_to_judge(s, site.id))
    assert snap.crawl.id == second.crawl_id
    doc = next(d for d in snap.docs.values() if d.url.endswith("doc.pdf"))
    assert doc.alive and PDF_LINE in doc.text
    # Validators live in the store, not in a per-machine cache: none was written.
    assert not (settings.data_dir / "httpcache").exists()
    with store.session() as s:
        states = load_url_states(s, site.id)
    assert {u.rsplit("/", 1)[-1] for u in states} == set(_fetches(store, first.crawl_id))
    assert all(st.etag and st.last_modified for st in states.values())


def test_unchanged_body_without_validators_reuses_the_parse(
    serve, settings: Settings, store: Store, tmp_path: Path
) -> None:
    build_small_site(tmp_path / "site", pages=2)
    page = '<html><body><a href="p0.html">ข่าว</a><a href="p1.html">ประกาศ</a></body></html>'
    # A server that ignores conditional requests: 200 and the same bytes every time.
    srv = serve(tmp_path / "site", {"/district-a/index.html": Fault(body=page.encode())})
    first = run_crawl(settings, srv.url("/district-a/index.html"))
    second = run_crawl(settings, srv.url("/district-a/index.html"))
    index = _fetches(store, second.crawl_id)["index.html"]
    assert (index.outcome, index.status_code) == ("ok", 200)
    assert second.reused == 3  # the index by its hash, both pages by 304
    assert _links(store, second.crawl_id) == _links(store, first.crawl_id)


def test_unchanged_document_backs_off_and_still_counts_as_evidence(
    serve, settings: Settings, store: Store, tmp_path: Path
) -> None:
    settings = _unspread(settings)  # the nights below are those of the plain back-off
    root = tmp_path / "site"
    build_small_site(root)
    write(root, "district-a/index.html", '<a href="news/list.html">ข่าว</a>')
    write(
        root,
        "district-a/news/list.html",
        '<ul><li><a href="../a/p1.html">หน้า</a></li><li><a href="../doc.pdf">รายงาน</a></li></ul>',
    )
    write(root, "district-a/a/p1.html", '<p>หน้าลึก</p><a href="../doc.pdf">รายงาน</a>')
    srv = serve(root)
    url = srv.url("/district-a/index.html")
    run_crawl(settings, url)  # night 1: cold
    for _ in range(2):  # nights 2 and 3: asked, confirmed unchanged for a day
        pass_night(store)
        run_crawl(settings, url)
    pass_night(store)
    srv.clear_requests()
    fourth = run_crawl(settings, url)  # night 4: unchanged for 2 days, asked 1 day ago
    asked = _asked(srv)
    assert "index.html" in asked and "list.html" in asked  # start page, news list: every night
    assert "doc.pdf" not in asked and "p1.html" not in asked
    assert fourth.status == "complete" and fourth.carried == 2
    rows = _fetches(store, fourth.crawl_id)
    assert rows["doc.pdf"].carried and rows["doc.pdf"].outcome in ("ok", "not_modified")
    with store.session() as s:
        site = s.scalars(select(Site)).one()
        snap = load_snapshot(s, site, s.get(Crawl, fourth.crawl_id))
    doc = next(d for d in snap.docs.values() if d.url.endswith("doc.pdf"))
    assert doc.carried and doc.readable and PDF_LINE in doc.text
    # The carried page keeps its links: the document is still linked from it tonight.
    assert any(
        v.to_url.endswith("doc.pdf")
        for v in snap.links_from[doc.url.replace("doc.pdf", "a/p1.html")]
    )
    pass_night(store)
    srv.clear_requests()
    run_crawl(settings, url)  # night 5: 2 days since asked: due again
    assert "doc.pdf" in _asked(srv)


def test_changed_index_leads_to_its_new_document_the_same_night(
    serve, settings: Settings, store: Store, tmp_path: Path
) -> None:
    root = tmp_path / "site"
    build_small_site(root)
    srv = serve(root)
    url = srv.url("/district-a/index.html")
    for night in range(4):
        if night:
            pass_night(store)
        run_crawl(settings, url)
    index = (root / "district-a/index.html").read_text()
    write(root, "district-a/new.pdf", (root / "district-a/doc.pdf").read_bytes() + b"\n% new\n")
    write(
        root,
        "district-a/index.html",
        index.replace("</ul>", '<li><a href="new.pdf">ใหม่</a></li></ul>'),
    )
    pass_night(store)
    srv.clear_requests()
    tonight = run_crawl(settings, url)
    asked = _asked(srv)
    assert "new.pdf" in asked  # found the night it appeared
    # The page changed, so everything it links is asked again, not carried.
    assert "doc.pdf" in asked and tonight.carried == 0
    rows = _fetches(store, tonight.crawl_id)
    assert rows["new.pdf"].outcome == "ok" and not rows["new.pdf"].carried


def test_retry_after_is_honoured_and_bounded(serve, tmp_path: Path) -> None:
    build_small_site(tmp_path / "site", pages=2)
    srv = serve(
        tmp_path / "site",
        {
            "/district-a/p0.html": Fault(status=503, headers={"Retry-After": "2"}, times=1),
            "/district-a/p1.html": Fault(status=429, headers={"Retry-After": "86400"}, times=1),
        },
    )
    settings = Settings(data_dir=tmp_path / "data", delay=0, retry_after_max=3)
    summary = run_crawl(settings, srv.url("/district-a/index.html"))
    assert summary.status == "complete" and summary.errors == 0
    asked = _asked(srv)
    assert asked.count("p0.html") == 2 and asked.count("p1.html") == 2
    from oitwatch.store import open_store

    store = open_store(settings.db)
    with store.session() as s:
        stats = s.get(Crawl, summary.crawl_id).stats
    store.close()
    assert stats["oitwatch/retry_after_s"] == 2 + 3  # the day-long one capped at 3 s
    assert 3 <= summary.duration_s < 60


def test_a_crawl_stopped_by_its_time_limit_is_kept_and_judged_partially(
    serve, tmp_path: Path
) -> None:
    from checklist.run import check_site

    root = tmp_path / "site"
    build_small_site(root, pages=12)
    faults = {
        f"/district-a/p{i}.html": Fault(
            delay=2.5, body=b"<p>slow</p>", headers={"Content-Type": "text/html"}
        )
        for i in range(12)
    }
    srv = serve(root, faults)
    settings = Settings(data_dir=tmp_path / "data", delay=0, crawl_timeout=20, download_timeout=20)
    result = check_site(settings, srv.url("/district-a/index.html"), framework="bma-2567")
    assert result["partial_crawl"] is True
    statuses = {it["status"] for it in result["items"]}
    assert "missing" not in statuses and "review" in statuses
    reviewed = next(it for it in result["items"] if it["status"] == "review")
    assert "time limit" in reviewed["reasons"][0]["en"]
    from oitwatch.store import open_store

    store = open_store(settings.db)
    with store.session() as s:
        crawl = s.scalars(select(Crawl)).one()
        assert crawl.status == "partial"
        urls = {
            u.rsplit("/", 1)[-1]
            for u in s.scalars(select(Fetch.url).where(Fetch.crawl_id == crawl.id))
        }
    store.close()
    assert "index.html" in urls and len(urls) < 14  # kept what it reached, not all of it


def test_sitemap_lastmod_overrides_the_back_off(
    serve, settings: Settings, store: Store, tmp_path: Path
) -> None:
    settings = _unspread(settings)
    root = tmp_path / "site"
    build_small_site(root, pages=2)
    write(root, "district-a/old.pdf", (root / "district-a/doc.pdf").read_bytes() + b"\n% old\n")
    index = (root / "district-a/index.html").read_text()
    write(
        root,
        "district-a/index.html",
        index.replace("</ul>", '<li><a href="old.pdf">เก่า</a></li></ul>'),
    )
    srv = serve(root)
    url = srv.url("/district-a/index.html")
    for night in range(4):  # nights 1-4: on the fourth the documents are not due
        if night:
            pass_night(store)
        srv.clear_requests()
        run_crawl(settings, url)
    quiet = _asked(srv)
    assert "doc.pdf" not in quiet and "old.pdf" not in quiet
    assert "/district-a/sitemap.xml" in [p for p, _ in srv.requests]  # asked, absent (404)
    today = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    write(
        root,
        "district-a/sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{srv.url('/district-a/doc.pdf')}</loc><lastmod>{today}</lastmod></url>"
        f"<url><loc>{srv.url('/district-a/old.pdf')}</loc><lastmod>2020-01-01</lastmod></url>"
        "</urlset>",
    )
    pass_night(store, 0.1)
    srv.clear_requests()
    run_crawl(settings, url)
    asked = _asked(srv)
    assert "doc.pdf" in asked  # the sitemap says it changed after our last answer
    assert "old.pdf" not in asked  # an old lastmod: the back-off holds


def test_an_old_last_modified_starts_the_back_off_at_once(
    serve, settings: Settings, store: Store, tmp_path: Path
) -> None:
    settings = _unspread(settings)
    root = tmp_path / "site"
    build_small_site(root, pages=2)
    long_ago = time.time() - 120 * 86400  # the PDF was posted four months ago
    os.utime(root / "district-a/doc.pdf", (long_ago, long_ago))
    srv = serve(root)
    url = srv.url("/district-a/index.html")
    run_crawl(settings, url)
    pass_night(store)
    srv.clear_requests()
    second = run_crawl(settings, url)
    asked = _asked(srv)
    assert "doc.pdf" not in asked and second.carried == 1  # stable for months: not asked
    assert "p0.html" in asked  # pages first seen yesterday are asked


def _shift_all(settings: Settings, days: float = 1.0) -> None:
    from oitwatch.store import open_store

    store = open_store(settings.db)
    pass_night(store, days)
    store.close()


def test_spread_back_off_staggers_urls_first_seen_the_same_night(
    serve, settings: Settings, tmp_path: Path
) -> None:
    root = tmp_path / "site"
    pages = 24
    build_small_site(root, pages=0)
    items = "".join(f'<li><a href="p{i}.html">เรื่อง {i}</a></li>' for i in range(pages))
    write(root, "district-a/index.html", '<a href="list.html">หมวด</a>')  # start page, news list:
    write(root, "district-a/list.html", f"<ul>{items}</ul>")  # asked every night
    for i in range(pages):
        write(root, f"district-a/p{i}.html", f"<p>เรื่องที่ {i}</p>")
    srv = serve(root)
    url = srv.url("/district-a/index.html")
    plain = Settings(data_dir=tmp_path / "plain", delay=0, revisit_spread=False)
    nights: dict[bool, list[int]] = {True: [], False: []}
    asked_ever: set[str] = set()
    for night in range(1, 7):
        for spread, s in ((True, settings), (False, plain)):
            if night > 1:
                _shift_all(s)
            srv.clear_requests()
            run_crawl(s, url)
            asked = [p for p in _asked(srv) if p.startswith("p")]
            if night > 1:
                nights[spread].append(len(asked))
                if spread and night <= 5:
                    asked_ever.update(asked)
    # Without spreading every page comes due on the same nights: the whole site, then nothing.
    assert max(nights[False]) == pages and min(nights[False]) == 0
    # Spread: no night asks the whole site, every night asks some, and no page goes unasked
    # longer than its period (at most four nights at this age).
    assert max(nights[True]) <= pages * 2 // 3, nights
    assert min(nights[True]) >= 1, nights
    assert len(asked_ever) == pages
    assert sum(nights[True]) < sum(nights[False])


def test_a_sitemap_lastmod_before_our_last_answer_confirms_the_url(
    serve, settings: Settings, store: Store, tmp_path: Path
) -> None:
    """The first re-crawl leaves a URL the sitemap dates before our last answer unasked, even
    when the page linking it changed; not later than ``revisit_max_days`` after that answer."""
    root = tmp_path / "site"
    build_small_site(root, pages=0)
    links = "".join(f'<li><a href="{n}">{n}</a></li>' for n in ("a.html", "b.html", "c.html"))
    write(root, "district-a/hub.html", f"<html><body><ul>{links}</ul></body></html>")
    for name in ("a.html", "b.html", "c.html"):
        write(root, f"district-a/{name}", f"<html><body><p>หน้า {name}</p></body></html>")
    index = (root / "district-a/index.html").read_text()
    write(
        root,
        "district-a/index.html",
        index.replace("</ul>", '<li><a href="hub.html">หมวด</a></li></ul>'),
    )
    srv = serve(root)
    today = datetime.now(UTC).date().isoformat()
    write(  # a sitemap index, as Yoast's sitemap.xml is: the dates are in the files it lists
        root,
        "district-a/sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<sitemap><loc>http://other.invalid/page-sitemap.xml</loc></sitemap>"
        f"<sitemap><loc>{srv.url('/page-sitemap.xml')}</loc></sitemap>"
        "</sitemapindex>",
    )
    write(
        root,
        "page-sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{srv.url('/district-a/a.html')}</loc><lastmod>2024-01-05T10:00:00+07:00</lastmod></url>"
        f"<url><loc>{srv.url('/district-a/c.html')}</loc><lastmod>{today}</lastmod></url>"
        f"<url><loc>{srv.url('/district-a/hub.html')}</loc><lastmod>2024-01-05</lastmod></url>"
        "</urlset>",
    )  # b.html is not in the sitemap
    url = srv.url("/district-a/index.html")
    first = run_crawl(settings, url)
    assert first.status == "complete"
    pass_night(store)
    hub = (root / "district-a/hub.html").read_text()
    write(root, "district-a/hub.html", hub.replace("</ul>", "<li>ใหม่</li></ul>"))  # changed
    srv.clear_requests()
    second = run_crawl(settings, url)
    asked = _asked(srv)
    assert "hub.html" in asked  # always asked (one click from the start), whatever the sitemap
    assert "b.html" in asked  # not in the sitemap: the changed page's links are asked
    assert "c.html" in asked  # a date alone, today's: may be later than our last answer
    assert "a.html" not in asked  # the site says it has not changed since our last answer
    assert "/page-sitemap.xml" in [p for p, _ in srv.requests]  # the index's file on this host
    rows = _fetches(store, second.crawl_id)
    assert rows["a.html"].carried and rows["a.html"].content_sha256  # still in the snapshot
    # Clicks from the start page, as the cold crawl counted them (the sitemap is no click).
    depths = {name: row.depth for name, row in _fetches(store, first.crawl_id).items()}
    assert {name: row.depth for name, row in rows.items()} == depths
    pass_night(store, settings.revisit_max_days)
    srv.clear_requests()
    run_crawl(settings, url)
    assert "a.html" in _asked(srv)  # our own last answer too old: the server is asked again


def test_robots_txt_sitemap_lines_are_read(
    serve, settings: Settings, store: Store, tmp_path: Path
) -> None:
    """A site without ``sitemap.xml`` under its scope names its sitemap in robots.txt (as
    WordPress's wp-sitemap.xml and most CMSs do): its dates confirm URLs as the other's would."""
    root = tmp_path / "site"
    build_small_site(root, pages=0)
    links = "".join(f'<li><a href="{n}">{n}</a></li>' for n in ("a.html", "b.html"))
    write(root, "district-a/hub.html", f"<html><body><ul>{links}</ul></body></html>")
    for name in ("a.html", "b.html"):
        write(root, f"district-a/{name}", f"<html><body><p>หน้า {name}</p></body></html>")
    index = (root / "district-a/index.html").read_text()
    write(
        root,
        "district-a/index.html",
        index.replace("</ul>", '<li><a href="hub.html">หมวด</a></li></ul>'),
    )
    srv = serve(root)
    write(
        root,
        "robots.txt",
        "User-agent: *\nDisallow: /district-a/private/\n"
        f"Sitemap: {srv.url('/maps/wp-sitemap.xml')}\nSitemap: http://other.invalid/sitemap.xml\n",
    )
    write(
        root,
        "maps/wp-sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{srv.url('/district-a/a.html')}</loc><lastmod>2024-01-05</lastmod></url>"
        "</urlset>",
    )
    url = srv.url("/district-a/index.html")
    assert run_crawl(settings, url).status == "complete"
    pass_night(store)
    hub = (root / "district-a/hub.html").read_text()
    write(root, "district-a/hub.html", hub.replace("</ul>", "<li>ใหม่</li></ul>"))  # changed
    srv.clear_requests()
    run_crawl(settings, url)
    asked = _asked(srv)
    assert "wp-sitemap.xml" in asked  # robots.txt named it
    assert asked.count("wp-sitemap.xml") == 1
    assert "b.html" in asked  # not in the sitemap: asked as the changed hub's link
    assert "a.html" not in asked  # the robots.txt sitemap dates it before our last answer


def test_a_page_an_older_parser_read_is_fetched_whole_and_parsed_again(
    serve, settings: Settings, store: Store, tmp_path: Path
) -> None:
    """A store keeps pages' parses, not their bodies: after the parser changes, a re-crawl
    asks each page without validators (no 304 to reuse), parses it anew and replaces the
    stored row; documents and pages the current parser read still go by their validators."""
    build_small_site(tmp_path / "site")
    srv = serve(tmp_path / "site")
    url = srv.url("/district-a/index.html")
    first = run_crawl(settings, url)
    old = _fetches(store, first.crawl_id)["p1.html"].content_sha256
    with store.session() as s:  # p1's row as a parser before PARSER_VERSION left it
        s.execute(
            update(Content)
            .where(Content.sha256 == old)
            .values(extractor_version=PARSER_VERSION - 1, text="ข้อความที่ตัวอ่านรุ่นเก่าอ่านไว้")
        )
    pass_night(store, 40)  # long enough that the back-off would leave p1 unasked
    srv.clear_requests()
    second = run_crawl(settings, url)
    sent = {p.rsplit("/", 1)[-1]: headers for p, headers in srv.requests}
    assert "If-None-Match" not in sent["p1.html"]  # asked whole
    assert "If-None-Match" in sent["doc.pdf"]  # a document's body is kept: a 304 will do
    row = _fetches(store, second.crawl_id)["p1.html"]
    assert row.outcome == "ok" and row.content_sha256 == old
    with store.session() as s:
        content = s.get(Content, old)
        assert content.extractor_version == PARSER_VERSION
        assert "เนื้อหาหน้า 1" in content.text
    assert _links(store, second.crawl_id)  # its links stored anew, not copied
    srv.clear_requests()
    run_crawl(settings, url)  # read by the current parser now: validators again
    sent = {p.rsplit("/", 1)[-1]: headers for p, headers in srv.requests}
    assert "If-None-Match" in sent.get("p1.html", {"If-None-Match": "unasked"})
