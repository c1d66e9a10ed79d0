"""JSON a page's scripts load, and the links it names.

A mobile or app-like theme builds its lists with script: a "โหลดเพิ่ม" button fetches
``/api/posts?page=N``, a list page calls ``fetch('/api/docs.json')`` or ``$.getJSON(...)``
and draws an ``<a>`` per record. A person with a browser sees those links; the page's HTML
does not hold them. :func:`page_feeds` finds the JSON addresses a page's markup and inline
scripts name (``data-api="/api/posts?page="`` with ``data-next="2"``, ``fetch('/x.json')``,
``url: '/api/...'``); :func:`feed_links` reads one such JSON answer into links named by the
record's title (a record's ``url``/``href``/``link``/``file`` beside its ``title``/``name``/
``label``), with the record's other words (a date) as their context, as a rendered list item
would give them. The crawler fetches the feeds (same host, bounded) and adds the links to
the page that loads them.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from dataclasses import dataclass
from typing import Any

import lxml.etree

__all__ = ["Feed", "FeedLink", "feed_links", "following", "page_feeds", "read_json"]

MAX_FEEDS = 8  # JSON addresses one page names that are kept
MAX_NODES = 20_000  # JSON values walked in one answer
MAX_FEED_LINKS = 500  # links one answer gives
MAX_CONTEXT = 300

# an address that answers data, not a page: a .json file, an API path, a json format argument
_DATA_PATH = re.compile(
    r"\.json(?:$|[?#])|/api/|/wp-json/|/ajax|/feeds?/|[?&](?:format|output|type)=json",
    re.IGNORECASE,
)
# a list's address written to take a page number at its end ("?page=", "&p=", "/page/")
_PAGED = re.compile(r"(?:[?&](?:page|p|pg|paged|pageno|page_no)=|/page/)$", re.IGNORECASE)
# a script's GET of data: fetch('...'), $.getJSON('...'), $.get('...'), axios.get('...'),
# and an options object's url: '...' ($.ajax({url: '...'}), a config's "url": "...")
_CALL = re.compile(
    r"""(?:\bfetch|\$\.getJSON|\bjQuery\.getJSON|\$\.get|\baxios(?:\.get)?)\s*\(\s*"""
    r"""(['"`])((?:(?!\1)[^\\\n]){1,300})\1""",
    re.IGNORECASE,
)
_URL_KEY = re.compile(
    r"""['"]?\b(?:url|api|endpoint|source|feed|dataUrl|jsonUrl)['"]?\s*:\s*"""
    r"""(['"`])((?:(?!\1)[^\\\n]){1,300})\1""",
    re.IGNORECASE,
)
_POST = re.compile(r"""method['"]?\s*:\s*['"](?:post|put|delete|patch)""", re.IGNORECASE)
_START_ATTRS = ("data-next", "data-page", "data-start", "data-next-page")

# a record's address, and the words a person reads on its link
_URL_KEYS = re.compile(
    r"^(?:url|href|link|file|files|path|src|uri|download|permalink|attachment|pdf|document)$"
    r"|(?:_url|_href|_link|_file|url|href|link)$",
    re.IGNORECASE,
)
_LABEL_KEYS = ("title", "name", "label", "text", "caption", "subject", "topic", "headline")
_DOCUMENT = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|od[tsp]|csv|zip|rar)(?:$|[?#])", re.IGNORECASE)
_ADDRESS = re.compile(
    r"^(?:https?://|/|\./|\.\./)|^[\w.-]+/[^\s]*$|^[^\s/]+\.s?html?$", re.IGNORECASE
)


@dataclass(frozen=True)
class Feed:
    """A JSON address a page loads: ``url`` whole, or, when ``first`` is set, a paged list
    whose page ``n`` is ``url + str(n)``, starting at ``first``."""

    url: str
    first: int | None = None

    def page(self, n: int) -> str:
        return self.url + str(n) if self.first is not None else self.url


@dataclass(frozen=True)
class FeedLink:
    """One address a JSON answer names, with its record's title and other words."""

    url: str
    anchor: str
    context: str


def _cut(literal: str) -> str:
    """A script's literal up to where it stops being fixed (``${n}`` of a template literal)."""
    return literal.split("${", 1)[0].strip()


def _feed(raw: str, base: str, *, first: int | None, any_path: bool) -> Feed | None:
    raw = _cut(raw)
    if not raw or raw.startswith("#") or raw.lower().startswith(("javascript:", "data:")):
        return None
    paged = bool(_PAGED.search(raw))
    if not paged and not any_path and not _DATA_PATH.search(raw):
        return None
    try:
        url = urllib.parse.urljoin(base, raw)
    except ValueError:
        return None
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        return None
    return Feed(url, (first or 1) if paged else None)


def _start(el: lxml.etree._Element) -> int | None:
    for name in _START_ATTRS:
        value = (el.get(name) or "").strip()
        if value.isdigit():
            return int(value)
    return None


def _call_args(code: str, end: int) -> str:
    """The rest of a call's arguments after its address (its options: ``{method: 'POST'}``)."""
    close = code.find(")", end)
    return code[end : close if close >= 0 else end + 200]


def _object_of(code: str, start: int, end: int) -> str:
    """The object literal a ``url: '...'`` key stands in (its ``method`` beside it)."""
    opened = code.rfind("{", max(0, start - 300), start)
    closed = code.find("}", end)
    return code[opened if opened >= 0 else start : closed if closed >= 0 else end + 200]


def page_feeds(root: lxml.etree._Element, base: str) -> list[Feed]:
    """The JSON addresses ``root``'s markup and inline scripts load (at most ``MAX_FEEDS``).

    A ``data-*`` attribute naming a data address (``data-api``, ``data-source``...; a paged
    one starts at the element's ``data-next``/``data-page``); an inline script's GET of a
    literal address (``fetch``, ``$.getJSON``, ``axios.get``, ``url: '...'`` of a data path;
    a literal ending in ``page=`` concatenated with a number is a paged list from 1). A
    request sent by POST is left alone.
    """
    found: dict[str, Feed] = {}

    def add(feed: Feed | None) -> None:
        if feed is not None and len(found) < MAX_FEEDS:
            found.setdefault(feed.url, feed)

    for el in root.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag == "script":
            if el.get("src"):
                continue
            code = el.text or ""
            for m in _CALL.finditer(code):
                if not _POST.search(_call_args(code, m.end())):
                    add(_feed(m.group(2), base, first=None, any_path=True))
            for m in _URL_KEY.finditer(code):
                if not _POST.search(_object_of(code, m.start(), m.end())):
                    add(_feed(m.group(2), base, first=None, any_path=False))
            continue
        for name, value in el.attrib.items():
            if name.startswith("data-") and name not in ("data-src", "data-srcset"):
                add(_feed(value, base, first=_start(el), any_path=False))
    return list(found.values())


def _text(value: Any) -> str:
    """A label's words: a string, or a CMS's ``{"rendered": "..."}``."""
    if isinstance(value, dict):
        value = value.get("rendered") or value.get("th") or value.get("text") or ""
    if not isinstance(value, str):
        return ""
    if "<" in value:
        value = re.sub(r"<[^>]+>", " ", value)
    return " ".join(value.split())


def _is_address(key: str, value: str) -> bool:
    v = value.strip()
    if (
        not v
        or len(v) > 2000
        or v.startswith("#")
        or v.lower().startswith(("javascript:", "data:"))
    ):
        return False
    if " " in v and not v.lower().startswith("http"):
        return bool(_DOCUMENT.search(v)) and v.startswith("/")
    if _URL_KEYS.search(key):
        return bool(_ADDRESS.search(v))
    return bool(_DOCUMENT.search(v)) and bool(_ADDRESS.search(v))


def feed_links(data: Any, base: str) -> list[FeedLink]:
    """The addresses a JSON answer names, absolute, each with its record's label (its
    ``title``/``name``/``label``... beside the address) and context (the record's other
    words, after those of the record it sits in: a file's list item under its post)."""
    out: list[FeedLink] = []
    nodes = 0

    def walk(value: Any, key: str, outer: str) -> None:
        nonlocal nodes
        nodes += 1
        if nodes > MAX_NODES or len(out) >= MAX_FEED_LINKS:
            return
        if isinstance(value, list):
            for v in value:
                walk(v, key, outer)
            return
        if not isinstance(value, dict):
            if isinstance(value, str) and _is_address(key, value):
                add(value, "", outer)
            return
        label = next((t for k in _LABEL_KEYS if (t := _text(value.get(k)))), "")
        words = [
            t
            for k, v in value.items()
            if isinstance(v, str | dict)
            and not _is_address(str(k), v if isinstance(v, str) else "")
            and (t := _text(v))
            and len(t) < 300
            and not t.isdigit()
        ]
        here = " | ".join(p for p in (outer, " ".join(words)) if p)[:MAX_CONTEXT]
        for k, v in value.items():
            if isinstance(v, str):
                if _is_address(str(k), v):
                    add(v, label, here)
            elif isinstance(v, list | dict):
                walk(v, str(k), here)

    def add(raw: str, anchor: str, context: str) -> None:
        try:
            url = urllib.parse.urljoin(base, raw.strip())
        except ValueError:
            return
        if urllib.parse.urlsplit(url).scheme in ("http", "https"):
            out.append(FeedLink(url, anchor[:500], context))

    walk(data, "", "")
    return out


def read_json(body: bytes) -> Any | None:
    """A JSON answer's value, or None when the body is not JSON (an error page, HTML)."""
    text = body.decode("utf-8-sig", errors="replace").strip()
    if not text or text[0] not in "[{":
        return None
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def following(feed: Feed, n: int, data: Any, new_links: int) -> str | None:
    """The address to ask after page ``n`` of ``feed`` answered ``data`` with ``new_links``
    links not seen on its earlier pages: the page or address it names as its next
    (``next_page``, ``next``, ``links.next``), else, for a paged list that does not say it
    ended, page ``n + 1`` while pages still bring new links."""
    said, value = False, None
    if isinstance(data, dict):
        for key in ("next_page", "nextPage", "next", "next_page_url"):
            if key in data:
                said, value = True, data[key]
                break
        links = data.get("links")
        if not said and isinstance(links, dict) and "next" in links:
            said, value = True, links["next"]
    if not new_links:
        return None
    if isinstance(value, bool) or value in (None, "", 0):
        return None if said or feed.first is None else feed.page(n + 1)
    if isinstance(value, int):
        return feed.page(value) if feed.first is not None and value > n else None
    if isinstance(value, str):
        if value.strip().isdigit():
            return feed.page(int(value)) if feed.first is not None and int(value) > n else None
        try:
            return urllib.parse.urljoin(feed.page(n), value.strip())
        except ValueError:
            return None
    return None
