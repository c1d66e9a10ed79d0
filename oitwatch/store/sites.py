"""Finding or creating a site row from a start URL."""

from __future__ import annotations

import hashlib
import re
import urllib.parse

from sqlalchemy import select
from sqlalchemy.orm import Session

from oitwatch.exceptions import ConfigError
from oitwatch.store.models import Site

__all__ = [
    "BIDI_CONTROLS",
    "SITE_KEY",
    "check_site_key",
    "default_scope",
    "http_url_problem",
    "site_key_for",
    "upsert_site",
]

# One path component, never "." or "..": a site key names folders (the HTTP cache).
SITE_KEY = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")


def check_site_key(key: str) -> str:
    """``key`` if it is a safe site key (a-z, 0-9, ``.``, ``-``, ``_``; 100 at most), else ``ConfigError``."""
    if not SITE_KEY.match(key) or ".." in key:
        raise ConfigError(
            f"bad site key {key[:120]!r}: use a-z, 0-9, '.', '-' and '_' (100 characters at most)"
        )
    return key


# Bidirectional controls make a URL read differently from what it opens (U+202E turns
# "evil.com/fdp.exe" into "evil.com/exe.pdf" on screen): never part of a URL we keep.
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def http_url_problem(url: str) -> str | None:
    """Why ``url`` is not a usable http(s) URL (scheme, host, port, brackets, bidi controls), or ``None``."""
    if any(c in BIDI_CONTROLS for c in url):
        return f"the URL holds a bidirectional control character (U+202E and the like): {url[:200]!r}"
    try:
        parts = urllib.parse.urlsplit(url)
        _ = parts.port  # out of range, or not a number: ValueError
    except ValueError as exc:
        return f"not a valid URL: {url[:200]!r} ({exc})"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"not an http(s) URL: {url[:200]!r}"
    return None


# A first path segment naming the OIT/ITA section itself (oit, ita, ita68, ITA-2568, moit),
# not a sub-site of a shared portal: the crawl's scope is then the whole host.
OIT_SECTION = re.compile(r"(?i)^(?:m?oit|ita|eit)(?:[-_]?(?:\d{2}|\d{4}))?$")


def default_scope(start_url: str) -> str:
    """The URL prefix a crawl of ``start_url`` stays inside.

    ``https://webportal.bangkok.go.th/bangkoknoi/index`` -> ``https://webportal.bangkok.go.th/bangkoknoi/``
    (all districts share that host); a start URL at the host's root scopes to the whole host,
    and so does one in the site's own OIT/ITA section (``https://x.go.th/ita68/`` ->
    ``https://x.go.th/``): that section links the agency's pages around it, which the assessor
    reads too.
    """
    problem = http_url_problem(start_url)
    if problem:
        raise ConfigError(problem)
    parts = urllib.parse.urlsplit(start_url)
    segments = [s for s in parts.path.split("/") if s]
    first = segments[0] if segments else ""
    is_dir = bool(first) and (len(segments) > 1 or parts.path.endswith("/") or "." not in first)
    if is_dir and OIT_SECTION.match(urllib.parse.unquote(first)):
        is_dir = False
    path = f"/{first}/" if is_dir else "/"
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc.lower(), path, "", ""))


def site_key_for(start_url: str) -> str:
    """A readable key for a site: host and first path segment, e.g. ``webportal.bangkok.go.th-bangkoknoi``."""
    parts = urllib.parse.urlsplit(default_scope(start_url))
    path = urllib.parse.unquote(parts.path.rstrip("/"))
    key = re.sub(r"[^A-Za-z0-9_.-]+", "-", parts.netloc + path.replace("/", "-")).strip("-").lower()
    if path.isascii():
        return key[:100]
    # A Thai folder name is dropped above: its hash keeps เขตบางรัก apart from เขตบางนา.
    return f"{key[:91]}-{hashlib.sha256(path.encode()).hexdigest()[:8]}"


def _inside(url: str, prefix: str) -> bool:
    from crawler.urls import canonicalize, in_scope

    return in_scope(canonicalize(url), canonicalize(prefix))


def upsert_site(
    session: Session,
    start_url: str,
    *,
    key: str | None = None,
    scope_prefix: str | None = None,
    name_th: str | None = None,
    name_en: str | None = None,
    framework: str | None = None,
) -> Site:
    """The site with ``key`` (default from the URL), created or updated with what is given.

    A known key given a URL outside its scope keeps its identity (runs, history)
    and takes the new URL's scope, unless ``scope_prefix`` says otherwise.
    """
    key = check_site_key(key) if key else site_key_for(start_url)
    site = session.scalar(select(Site).where(Site.key == key))
    if site is None:
        site = Site(
            key=key, start_url=start_url, scope_prefix=scope_prefix or default_scope(start_url)
        )
        session.add(site)
    else:
        if scope_prefix:
            site.scope_prefix = scope_prefix
        elif start_url != site.start_url and not _inside(start_url, site.scope_prefix):
            # The operator moved the site (http -> https, a new host, a new folder): the key,
            # and with it every run and item history, stays; the scope follows the new URL.
            site.scope_prefix = default_scope(start_url)
        site.start_url = start_url
    for attr, value in (("name_th", name_th), ("name_en", name_en), ("framework", framework)):
        if value is not None:
            setattr(site, attr, value)
    session.flush()
    return site
