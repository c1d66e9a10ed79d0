"""URL canonicalisation, scope and crawl-trap guards.

Two spellings of one address must become one string before the crawler
decides whether it has seen it: fragments, tracking parameters and session
ids go, duplicate slashes collapse, query arguments are sorted and
percent-encoding (Thai paths included) is normalised by w3lib.
"""

from __future__ import annotations

import re
import urllib.parse
from collections import Counter

from w3lib.url import canonicalize_url

__all__ = ["TrapGuard", "canonicalize", "in_scope", "is_followable_scheme"]

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


def canonicalize(url: str) -> str:
    """The one spelling of ``url`` the crawler keys on (no fragment, sorted query)."""
    url = _PATH_SESSION.sub("", url.strip())
    parts = urllib.parse.urlsplit(url)
    path = re.sub(r"/{2,}", "/", parts.path) or "/"
    query = [
        (k, v)
        for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
        if not _drop_param(k)
    ]
    netloc = parts.netloc.lower()
    if parts.scheme == "http" and netloc.endswith(":80"):
        netloc = netloc[:-3]
    elif parts.scheme == "https" and netloc.endswith(":443"):
        netloc = netloc[:-4]
    rebuilt = urllib.parse.urlunsplit(
        (parts.scheme.lower(), netloc, path, urllib.parse.urlencode(query), "")
    )
    return canonicalize_url(rebuilt, keep_fragments=False)


def in_scope(url: str, scope_prefix: str) -> bool:
    """Whether canonical ``url`` lies inside ``scope_prefix`` (its bare directory counts too)."""
    return url.startswith(scope_prefix) or url + "/" == scope_prefix


def is_followable_scheme(url: str) -> bool:
    """Only http(s) URLs are ever requested."""
    return url.lower().startswith(("http://", "https://"))


class TrapGuard:
    """Refuses URLs that look like crawl traps; ``check`` returns the reason or ``None``.

    * an endless calendar: one path with ever more query variants
      (``?month=..&year=..``) beyond ``max_query_variants``;
    * repeating path segments (``/a/b/a/b/``) or paths deeper than ``max_segments``.
    """

    def __init__(self, *, max_query_variants: int = 40, max_segments: int = 16):
        self.max_query_variants = max_query_variants
        self.max_segments = max_segments
        self._variants: Counter[str] = Counter()

    def check(self, url: str) -> str | None:
        parts = urllib.parse.urlsplit(url)
        segments = [s for s in parts.path.split("/") if s]
        if len(segments) > self.max_segments:
            return f"path deeper than {self.max_segments} segments"
        if _repeats(segments):
            return "repeating path segments"
        if parts.query:
            names = sorted(
                {k for k, _ in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)}
            )
            key = parts.path + "?" + "&".join(names)
            self._variants[key] += 1
            if self._variants[key] > self.max_query_variants:
                return f"more than {self.max_query_variants} query variants of {parts.path}"
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
