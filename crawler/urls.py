"""URL canonicalisation, scope and crawl-trap guards.

Two spellings of one address must become one string before the crawler
decides whether it has seen it: fragments, tracking parameters and session
ids go, duplicate slashes collapse, query arguments are sorted and
percent-encoding (Thai paths included) is normalised by w3lib.
"""

from __future__ import annotations

import functools
import re
import urllib.parse
from collections import Counter

from w3lib.url import canonicalize_url

__all__ = [
    "MEMBER_MARK",
    "TrapGuard",
    "canonical_link",
    "canonicalize",
    "document_name",
    "in_scope",
    "is_followable_scheme",
    "member_url",
    "readable",
    "split_member",
]

_SESSION_PARAMS = {
    "phpsessid",
    "jsessionid",
    "sid",
    "sessionid",
    "session_id",
    "aspsessionid",
    "cfid",
    "cftoken",
}
_TRACKING_PARAMS = {"fbclid", "gclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid"}
_PATH_SESSION = re.compile(r";(?:jsessionid|phpsessid|sid|sessionid)=[^/?#]*", re.IGNORECASE)


def _drop_param(name: str) -> bool:
    lname = name.lower()
    return (
        lname in _SESSION_PARAMS
        or lname in _TRACKING_PARAMS
        or lname.startswith("utm_")
        or lname.startswith("aspsessionid")
    )


_QUERY_SAFE = "/?:@!$&'()*+,;=%~"  # a query's characters that stay as written


@functools.lru_cache(maxsize=50_000)
def canonicalize(url: str) -> str:
    """The one spelling of ``url`` the crawler keys on (no fragment, sorted query).

    Cached: a site's menus link the same addresses from every page.
    """
    url = _PATH_SESSION.sub("", url.strip())
    parts = urllib.parse.urlsplit(url)
    path = re.sub(r"/{2,}", "/", parts.path) or "/"
    # the query's bytes as they were sent (a TIS-620 query is not UTF-8): escapes are kept
    # byte for byte, raw characters escaped as UTF-8
    raw_query = urllib.parse.quote(parts.query, safe=_QUERY_SAFE)
    query = [
        (k, v)
        for k, v in urllib.parse.parse_qsl(raw_query, keep_blank_values=True, encoding="latin-1")
        if not _drop_param(k)
    ]
    netloc = parts.netloc.lower()
    if parts.scheme == "http" and netloc.endswith(":80"):
        netloc = netloc[:-3]
    elif parts.scheme == "https" and netloc.endswith(":443"):
        netloc = netloc[:-4]
    rebuilt = urllib.parse.urlunsplit(
        (parts.scheme.lower(), netloc, path, urllib.parse.urlencode(query, encoding="latin-1"), "")
    )
    return canonicalize_url(rebuilt, keep_fragments=False)


_HIGH_ESCAPES = re.compile(r"(?:%[89A-Fa-f][0-9A-Fa-f])+")


def _decoded(m: re.Match[str]) -> str:
    raw = bytes.fromhex(m.group().replace("%", ""))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return m.group()


def readable(url: str) -> str:
    """``url`` as a browser's address bar shows it: Thai (any UTF-8 beyond ASCII) decoded,
    ASCII escapes kept (``%20``, ``%2F``, and ``%25`` of a twice-encoded path, which is the
    link's fault to show). For reasons a person reads; the canonical URL stays the key."""
    return _HIGH_ESCAPES.sub(_decoded, url)


def canonical_link(url: str) -> str:
    """``url`` keyed as the crawl keys what it fetched (:func:`canonicalize`: Thai and other
    escapes in one spelling), its fragment kept (``plan.pdf#page=5`` names a part): an
    officer's pasted ``https://…/เอกสาร/แผน.pdf`` is the crawl's ``…/%E0%B9%80…/…pdf``.
    A URL that cannot be canonicalized stays as given."""
    base, mark, fragment = url.strip().partition("#")
    try:
        return canonicalize(base) + mark + fragment
    except ValueError:
        return url


MAX_FRAGMENT_PAGE = 100_000
MEMBER_MARK = "#member="
"""Between an archive's URL and one of its members' names: ``q2.zip#member=%E0%B8%AA...xlsx``.
A browser opening it opens the archive; the store names the member a document of its own."""


def member_url(archive_url: str, name: str) -> str:
    """The URL a member ``name`` (a path inside the archive) of the archive at ``archive_url``
    is known by."""
    return archive_url.split("#", 1)[0] + MEMBER_MARK + urllib.parse.quote(name, safe="/")


def split_member(url: str) -> tuple[str, str | None]:
    """``(archive URL, member name)`` of a member's URL; ``(url, None)`` for any other URL."""
    base, mark, name = url.partition(MEMBER_MARK)
    if not mark or not name:
        return url, None
    return base, urllib.parse.unquote(name)


def document_name(url: str) -> str:
    """The file name a document is saved as (decoded): a member's own name for an archive's
    member, else the URL path's last segment."""
    _, member = split_member(url)
    if member is not None:
        return member.rsplit("/", 1)[-1]
    return urllib.parse.unquote(urllib.parse.urlsplit(url).path.rsplit("/", 1)[-1])


def fragment_page(url: str) -> int | None:
    """The page a link opens its document at: PDF open parameters in the fragment
    ("plan.pdf#page=5", "#page=5&zoom=100", RFC 8118); None when it names none."""
    _, _, fragment = url.partition("#")
    for part in fragment.split("&"):
        key, _, value = part.partition("=")
        if key.strip().lower() == "page" and value.strip().isdigit():
            page = int(value.strip())
            return page if 1 <= page <= MAX_FRAGMENT_PAGE else None
    return None


def in_scope(url: str, scope_prefix: str) -> bool:
    """Whether canonical ``url`` lies inside ``scope_prefix`` (its bare directory counts too)."""
    return url.startswith(scope_prefix) or url + "/" == scope_prefix


def is_followable_scheme(url: str) -> bool:
    """Only http(s) URLs are ever requested."""
    return url.lower().startswith(("http://", "https://"))


# Query parameters whose changing values make pages without end: calendars, clocks, sort orders.
_CALENDAR_WORDS = (
    "month|mon|year|yr|date|day|week|wk|cal|calendar|time|datetime|dt|ym|ymd|yyyy|mm|dd"
)
_CALENDAR_NAME = re.compile(rf"(?:^|_)(?:{_CALENDAR_WORDS})s?(?:$|_)")
_CALENDAR_SHORT = {"m", "y", "t", "ts", "timestamp"}
_SORT_NAMES = {
    "sort", "sortby", "sort_by", "sortorder", "sort_order", "sortdir", "sort_dir", "order",
    "orderby", "order_by", "orderdir", "order_dir", "dir", "direction", "asc", "desc",
}  # fmt: skip
_SESSIONISH_NAMES = {"token", "nonce", "rand", "random", "rnd", "nocache", "cachebuster", "cb", "_"}
_PAGE_NAMES = {"page", "pg", "paged", "pageno", "page_no", "pagenum", "page_num", "pn", "cpage"}
_OFFSET_NAMES = {"start", "offset", "limitstart", "from", "skip", "begin"}
MAX_PAGE_NUMBER = 500  # list pages beyond this are a generated sequence, not a site's archive
MAX_OFFSET = 10_000
_DATE_VALUE = re.compile(
    r"^(?:\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}"
    r"|(?:19|20|25)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|1\d{9}(?:\d{3})?)"
    r"(?:[ t]\d{1,2}:\d{2}(?::\d{2})?)?$",
    re.IGNORECASE,
)


def _snake(name: str) -> str:
    """``eventDate`` and ``event-date`` both become ``event_date``."""
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "_"


def _number(value: str) -> int | None:
    return int(value) if value.isascii() and value.isdigit() and len(value) < 12 else None


def _trap_param(values: dict[str, str], first: dict[str, str]) -> str | None:
    """Why these query values look generated (a calendar, a clock, a sort order), or ``None``.

    Only parameters whose value differs from the first variant seen count, except
    pagination, which counts once it runs past ``MAX_PAGE_NUMBER`` / ``MAX_OFFSET``.
    """
    for name, value in values.items():
        key = _snake(name)
        number = _number(value)
        if key in _PAGE_NAMES and number is not None and number > MAX_PAGE_NUMBER:
            return f"{name}={value} is past page {MAX_PAGE_NUMBER}"
        if key in _OFFSET_NAMES and number is not None and number > MAX_OFFSET:
            return f"{name}={value} is past offset {MAX_OFFSET}"
        if value == first.get(name):
            continue
        if key in _CALENDAR_SHORT or _CALENDAR_NAME.search(key):
            return f"{name} changes like a calendar"
        if key in _SORT_NAMES:
            return f"{name} changes the sort order"
        if key in _SESSIONISH_NAMES:
            return f"{name} changes like a session or cache token"
        if _DATE_VALUE.match(value.strip()):
            return f"{name} changes through dates or times"
    return None


class TrapGuard:
    """Refuses URLs that look like crawl traps; ``check`` returns the reason or ``None``.

    * an endless calendar: one path and set of parameter names with ever more
      variants, where the changing parameters look generated (month, year, date,
      time, sort order, pagination far past any archive): at most
      ``max_query_variants``;
    * any other query variants (``news.php?id=N``: real articles) of one path and
      set of parameter names: at most ``max_content_variants`` (still bounded);
    * repeating path segments (``/a/b/a/b/``) or paths deeper than ``max_segments``.
    """

    def __init__(
        self,
        *,
        max_query_variants: int = 40,
        max_content_variants: int = 2000,
        max_segments: int = 16,
    ):
        self.max_query_variants = max_query_variants
        self.max_content_variants = max(max_content_variants, max_query_variants)
        self.max_segments = max_segments
        self._variants: Counter[str] = Counter()
        self._first: dict[str, dict[str, str]] = {}
        self._generated: dict[str, str] = {}  # key -> why its variants look generated

    def check(self, url: str) -> str | None:
        parts = urllib.parse.urlsplit(url)
        segments = [s for s in parts.path.split("/") if s]
        if len(segments) > self.max_segments:
            return f"path deeper than {self.max_segments} segments"
        if _repeats(segments):
            return "repeating path segments"
        if parts.query:
            values = dict(urllib.parse.parse_qsl(parts.query, keep_blank_values=True))
            key = parts.path + "?" + "&".join(sorted(values))
            self._variants[key] += 1
            first = self._first.setdefault(key, values)
            if key not in self._generated:
                why = _trap_param(values, first)
                if why:
                    self._generated[key] = why
            why = self._generated.get(key)
            limit = self.max_query_variants if why else self.max_content_variants
            if self._variants[key] > limit:
                return f"more than {limit} query variants of {parts.path}" + (
                    f" ({why})" if why else ""
                )
        return None


def _repeats(segments: list[str]) -> bool:
    """A segment three times, or a block of two or more segments twice in a row."""
    if any(n >= 3 for n in Counter(segments).values()):
        return True
    n = len(segments)
    for size in range(2, n // 2 + 1):
        for i in range(n - 2 * size + 1):
            if segments[i : i + size] == segments[i + size : i + 2 * size]:
                return True
    return False
