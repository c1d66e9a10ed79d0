"""Which known URLs a crawl asks again tonight, and which it carries forward unasked.

A URL the server has confirmed unchanged is asked again on a back-off: once it
has stayed the same for ``d`` days (since its Last-Modified when the server
sends one, else since the crawl that first saw it), its period is the largest
power of two not above ``d`` days (1, 2, 4 ... up to ``revisit_max_days``).
The back-off is spread (``revisit_spread``): URLs first seen the same night
must not all come due together (a night that asks the whole site, then nights
that ask nothing). Each URL gets two fractions from a hash of its path: it is
taken to be 0-3 days older than it looks (so the first re-asks of a new site
spread over four nights), and it is asked on the nights of its period whose
number (days since it changed) plus its offset is a multiple of the period;
never longer than one period after its last answer. Without spreading, a URL
is asked once a period has passed since its last answer. Always asked: the start page and pages one click from
it, pages that look like OIT/ITA index pages or news lists, everything a page
links when that page changed tonight, and every URL the store does not know.
A URL not asked is carried forward: its row, text and links stay in tonight's
snapshot, marked ``carried``. A site's ``sitemap.xml`` (under its scope
prefix, and the sitemaps its host's robots.txt names; a sitemap index's files
on the same host; ``MAX_SITEMAPS`` files in all), when
it offers one, overrides the back-off both ways: a URL whose
``lastmod`` is later than the store's last answer is asked tonight; one whose
``lastmod`` is not later is confirmed by the site itself and left unasked, even
on the first re-crawl and even when a page linking it changed, unless it is
always asked (above), an item it serves moved its window (below), or our last
answer about it is ``revisit_max_days`` old (a stale sitemap, or a page whose
lists and sidebars change without its ``lastmod``, is caught within that). A
date-only ``lastmod`` stands for the last instant of that day anywhere (so it
never confirms a change made later that day). So is a URL that serves
a monthly, half-year or fiscal-year item whose due window moved since its
last answer (``crawler.windows``). When a page changed, its links are asked
again, except a known URL whose row on that page is dated before our last
answer about it (``listed_date``: a list's date column, an auto-index's
Last-Modified): the change was another row.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import re
import urllib.parse
from datetime import UTC, date, datetime, timedelta

import lxml.etree

from crawler.urls import canonicalize, is_followable_scheme
from crawler.windows import Windows
from oitwatch.store.validators import UrlState
from oitwatch.thai.dates import find_dates

__all__ = [
    "RevisitPolicy",
    "always_revisit",
    "listed_date",
    "read_sitemap",
    "spread_fraction",
]

MAX_SITEMAP_URLS = 50_000  # the sitemaps.org limit of one file
MAX_SITEMAPS = 10  # files read a crawl: the sitemap and the first ones its index lists

SLACK = timedelta(hours=3)  # nights start at slightly different times
DAY = timedelta(days=1)
# A list's date is a day in the site's zone, our answers instants in UTC: a date from the
# day before our last answer on counts as possibly newer.
LISTED_MARGIN = timedelta(days=1)
SPREAD_DAYS = 4  # a URL is taken to be 0 .. SPREAD_DAYS-1 days older than it looks
# Paths of OIT/ITA index pages, item pages and news lists (ASCII path words, lower case).
ALWAYS_PATH = re.compile(
    r"(?:^|[/_.\-?=&])(?:oit|ita|o\d{1,2}|news|ข่าว|ประกาศ|announce\w*|"
    r"procure\w*|jobs?|category|list|index)(?:$|[/_.\-?=&\d])",
    re.IGNORECASE,
)


def always_revisit(url: str, depth: int) -> bool:
    """Pages asked every night whatever their history: near the start, OIT indexes, news lists."""
    if depth <= 1:
        return True
    path = urllib.parse.unquote(
        urllib.parse.urlsplit(url).path + "?" + urllib.parse.urlsplit(url).query
    )
    return bool(ALWAYS_PATH.search(path))


NGINX_DATE = re.compile(r"\b\d{2}-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d{4}\b")


def listed_date(context: str) -> date | None:
    """The latest full date written in a link's row (a list's date column, an auto-index's
    Last-Modified), read from the link's context after its heading; ``None`` if it has none."""
    row = context.rsplit(" | ", 1)[-1]  # crawler.extract.html: "heading | row"
    days = [m.date for m in find_dates(row) if m.precision == "day"]
    for m in NGINX_DATE.finditer(row):  # nginx's autoindex: 12-Jan-2025 10:30
        with contextlib.suppress(ValueError):
            days.append(datetime.strptime(m[0], "%d-%b-%Y").date())
    return max(days) if days else None


DAY_ENDS_BY = timedelta(days=1, hours=12)  # a day's last instant in the earliest zone (UTC-12)


def _lastmod(text: str) -> datetime | None:
    text = text.strip()
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if "T" not in text:  # a date alone (W3C allows it): the last instant it may stand for
        return when.replace(tzinfo=UTC) + DAY_ENDS_BY
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def read_sitemap(body: bytes) -> tuple[dict[str, datetime], list[str]]:
    """A sitemap's canonical URL → ``lastmod`` (its ``<url>`` entries) and the sitemaps a
    sitemap index lists (its ``<sitemap>`` entries: Yoast's and RankMath's ``sitemap.xml``
    is one, Drupal's on large sites); an unreadable one gives neither."""
    parser = lxml.etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=True
    )
    try:
        root = lxml.etree.fromstring(body, parser)
    except lxml.etree.LxmlError:
        return {}, []
    if root is None:
        return {}, []
    out: dict[str, datetime] = {}
    for entry in root.iter("{*}url"):
        loc = entry.findtext("{*}loc")
        mod = entry.findtext("{*}lastmod")
        when = _lastmod(mod) if mod else None
        if not loc or when is None:
            continue
        try:
            out[canonicalize(loc.strip())] = when
        except ValueError:
            continue
        if len(out) >= MAX_SITEMAP_URLS:
            break
    children: list[str] = []
    for entry in root.iter("{*}sitemap"):
        loc = (entry.findtext("{*}loc") or "").strip()
        with contextlib.suppress(ValueError):
            if loc and is_followable_scheme(loc):
                children.append(canonicalize(loc))
    return out, children


def spread_fraction(url: str, salt: str) -> float:
    """A fraction in [0, 1) fixed by ``url``'s path and query (not its host: every machine,
    every port of a test server, gives a URL the same one) and ``salt``."""
    parts = urllib.parse.urlsplit(url)
    digest = hashlib.blake2b(
        f"{parts.path}?{parts.query}".encode(), digest_size=8, person=salt.encode()[:16]
    ).digest()
    return int.from_bytes(digest, "big") / 2**64


class RevisitPolicy:
    """Back-off of unchanged URLs, capped at ``max_days`` (0: every URL every crawl).

    ``spread``: URLs' back-offs are staggered by a per-URL offset (the module's docstring).
    """

    def __init__(
        self, max_days: int, now: datetime, *, spread: bool = True, windows: Windows | None = None
    ):
        self.max_days = max_days
        self.now = now
        self.spread = spread
        self.windows = windows  # items' due windows (crawler.windows): moved, their URLs are due
        self.lastmods: dict[str, datetime] = {}  # from the site's sitemap.xml, when offered

    @property
    def max_age(self) -> timedelta:
        """The longest a URL goes without the server's own answer, whatever the sitemap says."""
        return timedelta(days=self.max_days) - SLACK

    def period(self, days: float) -> int:
        """Days a URL unchanged for ``days`` days may go unasked: 0, then 1, 2, 4 ... max_days."""
        if days < 1:
            return 0
        return min(self.max_days, 2 ** int(math.log2(days)))

    def interval(self, state: UrlState) -> timedelta:
        """How long ``state`` may go unasked after its last answer (without spreading)."""
        return timedelta(days=self.period((state.verified_at - state.changed_at) / DAY))

    def _spread_due(self, state: UrlState) -> bool:
        elapsed = self.now - state.verified_at
        nights = math.floor((self.now - state.changed_at + SLACK) / DAY)
        if nights < 1:
            return True  # changed within the day: not known to be stable yet
        nights += math.floor(SPREAD_DAYS * spread_fraction(state.url, "age"))
        period = self.period(nights)
        if elapsed >= timedelta(days=period) - SLACK:
            return True  # never longer than one period unasked
        offset = math.floor(spread_fraction(state.url, "slot") * period)
        return (nights + offset) % period == 0 and elapsed >= DAY - SLACK

    def due(
        self, state: UrlState, *, depth: int, parent_changed: bool, listed: date | None = None
    ) -> bool:
        """Whether to ask the server about ``state``'s URL tonight.

        ``listed``: the date a changed page writes beside the link; one before our last
        answer about the URL says the change was elsewhere on the page (the back-off holds).
        A sitemap ``lastmod`` not later than our last answer confirms the URL unchanged
        (the module's docstring says when it does not).
        """
        if self.max_days <= 0:
            return True
        lastmod = self.lastmods.get(state.url)
        if lastmod is not None and lastmod > state.verified_at:
            return True  # the site says it changed since the server last answered us
        if state.kind == "page" and always_revisit(state.url, depth):
            return True
        if self.windows is not None and self.windows.moved_since(state.url, state.verified_at):
            return True  # an item it serves has something new due since its last answer
        if lastmod is not None and self.now - state.verified_at < self.max_age:
            return False  # the site says it has not changed since the server last answered us
        if parent_changed and listed is not None:
            parent_changed = listed >= (state.verified_at - LISTED_MARGIN).date()
        if parent_changed:
            return True
        if self.spread:
            return self._spread_due(state)
        return self.now - state.verified_at >= self.interval(state) - SLACK
