"""Canonical URLs, scope and crawl-trap guards."""

from __future__ import annotations

import urllib.parse

import pytest

from crawler.urls import TrapGuard, canonical_link, canonicalize, in_scope, readable

BASE = "https://webportal.bangkok.go.th"


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        (f"{BASE}/bangkoknoi/index#top", f"{BASE}/bangkoknoi/index"),
        (f"{BASE}/bangkoknoi/news?utm_source=line&id=3&fbclid=x", f"{BASE}/bangkoknoi/news?id=3"),
        (f"{BASE}/bangkoknoi/news?b=2&a=1", f"{BASE}/bangkoknoi/news?a=1&b=2"),
        (f"{BASE}/bangkoknoi//news///list", f"{BASE}/bangkoknoi/news/list"),
        (f"{BASE}/bangkoknoi/news;jsessionid=ABC123?id=1", f"{BASE}/bangkoknoi/news?id=1"),
        (f"{BASE}/bangkoknoi/news?PHPSESSID=deadbeef&id=1&sid=9", f"{BASE}/bangkoknoi/news?id=1"),
        ("HTTPS://WebPortal.Bangkok.go.th:443/bangkoknoi/", f"{BASE}/bangkoknoi/"),
    ],
)
def test_canonicalize(raw: str, canonical: str) -> None:
    assert canonicalize(raw) == canonical


def test_thai_paths_have_one_spelling() -> None:
    slug = "ข่าวประชาสัมพันธ์"
    raw = f"{BASE}/bangkoknoi/page/{slug}/1"
    lower = f"{BASE}/bangkoknoi/page/{urllib.parse.quote(slug).lower()}/1"
    upper = f"{BASE}/bangkoknoi/page/{urllib.parse.quote(slug)}/1"
    assert canonicalize(raw) == canonicalize(lower) == canonicalize(upper) == upper
    assert urllib.parse.unquote(canonicalize(raw)) == raw


def test_scope_is_a_path_prefix() -> None:
    prefix = f"{BASE}/bangkoknoi/"
    assert in_scope(f"{BASE}/bangkoknoi/news", prefix)
    assert in_scope(f"{BASE}/bangkoknoi", prefix)
    assert not in_scope(f"{BASE}/bangkoknoiextra/news", prefix)
    assert not in_scope(f"{BASE}/bangrak/news", prefix)
    assert not in_scope("https://other.example/bangkoknoi/", prefix)


def test_endless_calendar_is_cut_off() -> None:
    guard = TrapGuard(max_query_variants=10)
    verdicts = [guard.check(f"{BASE}/d/calendar?month={m}&year=2568") for m in range(1, 20)]
    assert verdicts[:10] == [None] * 10
    assert all(verdicts[10:])
    assert guard.check(f"{BASE}/d/news?id=1") is None  # another path has its own budget


@pytest.mark.parametrize(
    ("path", "trap"),
    [
        ("/d/a/b/a/b/", True),
        ("/d/x/x/x/", True),
        ("/d/news/news/", False),
        ("/d/page/ข่าว/1/", False),
        ("/" + "/".join(f"s{i}" for i in range(20)), True),
    ],
)
def test_repeating_and_deep_paths(path: str, trap: bool) -> None:
    assert (TrapGuard().check(BASE + path) is not None) is trap


def test_article_ids_are_content_not_a_trap() -> None:
    guard = TrapGuard()
    for n in range(1, 501):
        assert guard.check(f"{BASE}/d/news_detail.php?id={n}") is None, n
        url = f"{BASE}/d/index.php?option=com_content&view=article&id={n}&Itemid=7"
        assert guard.check(url) is None, n


def test_article_ids_are_still_bounded() -> None:
    guard = TrapGuard(max_query_variants=10, max_content_variants=100)
    verdicts = [guard.check(f"{BASE}/d/news.php?id={n}") for n in range(1, 131)]
    assert verdicts[:100] == [None] * 100
    assert all(verdicts[100:])


@pytest.mark.parametrize(
    "query",
    [
        "year=2568&month={n}",  # a calendar with a year fixed and months running on
        "cal_date=2567-10-{n}",  # a date-valued parameter
        "eventDay={n}",  # camelCase calendar names
        "id=5&sort=title{n}",  # sort-order permutations
        "ts=17000000{n:02d}",  # a clock
        "cat=3&page={n}00",  # pagination run far past any archive
        "start={n}0000",  # the same with an offset
    ],
)
def test_generated_variants_get_the_tight_limit(query: str) -> None:
    guard = TrapGuard(max_query_variants=10, max_content_variants=1000)
    verdicts = [guard.check(f"{BASE}/d/list.php?" + query.format(n=n)) for n in range(1, 60)]
    assert all(verdicts[40:]), query
    assert verdicts[:5] == [None] * 5


def test_ordinary_pagination_is_not_a_trap() -> None:
    guard = TrapGuard(max_query_variants=10)
    assert all(guard.check(f"{BASE}/d/news.php?cat=2&page={n}") is None for n in range(1, 201))


def test_officer_links_and_reasons_spell_thai_paths_as_the_crawl_and_a_browser_do() -> None:
    key = canonicalize("http://h.test/เอกสาร/แผน.pdf")
    assert canonical_link("http://h.test/เอกสาร/แผน.pdf") == key
    assert (
        canonical_link(
            "http://h.test/%e0%b9%80%e0%b8%ad%e0%b8%81%e0%b8%aa%e0%b8%b2%e0%b8%a3/แผน.pdf"
        )
        == key
    )
    assert canonical_link("http://h.test/เอกสาร/แผน.pdf#page=3") == key + "#page=3"
    assert readable(key) == "http://h.test/เอกสาร/แผน.pdf"
    # a twice-encoded path stays as the link wrote it (its %25 is the link's fault), and
    # ASCII escapes and bytes that are not UTF-8 are left alone
    assert readable("http://h.test/%25E0%25B9%2580.pdf") == "http://h.test/%25E0%25B9%2580.pdf"
    assert readable("http://h.test/a%20b/%BE%C3.pdf") == "http://h.test/a%20b/%BE%C3.pdf"
