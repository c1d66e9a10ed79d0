"""HTML pages: decoding (UTF-8, TIS-620/windows-874), visible text, tables and links.

Pages are parsed the way a browser forgives them. libxml2 (through lxml, with
``huge_tree`` so deep nesting is not cut at 255 levels) parses first; when that
parse looks truncated (markup after the first ``</html>``, as PHP includes leave
it, or far fewer ``<a>`` elements than the source has) the page is parsed again
by html5lib (the WHATWG algorithm browsers use) and the fuller tree wins. A page
still cut short is said in ``ParsedPage.notes``; links past ``MAX_LINKS`` are
counted in ``links_dropped``.
"""

from __future__ import annotations

import codecs
import contextlib
import re
import threading
import urllib.parse
from dataclasses import dataclass, field

import lxml.etree
import lxml.html
from w3lib.encoding import html_to_unicode
from w3lib.url import safe_url_string

from crawler.extract._result import PAGE_BREAK
from crawler.extract.feeds import Feed, page_feeds
from oitwatch.thai import find_codes

__all__ = ["PARSER_VERSION", "PageLink", "ParsedPage", "content_image", "decode_html", "parse_html"]

# What :func:`parse_html` makes of a page (text, blocks, tables, links) as of this number.
# Raise it with every change that reads pages differently (the golden digests of
# ``tests/crawler/test_extract_golden.py`` change): a stored page parsed by an older
# parser is then fetched whole once and parsed again, not reused on a 304 or an unchanged
# body. Page rows written before the number existed hold 0. 2: a page's pictures say whether
# they are its content (``PageLink.content``), which a crawl may fetch and read. 3: the JSON a
# page's scripts load (``ParsedPage.feeds``), whose links the crawl adds to the page; a link
# with no words is named by its ``aria-label`` (an icon's). 4: a link in a sub-list or an
# accordion panel under a heading naming one item code ("O5 …" over its sub-links) has that
# heading in its row (``_group_label``). 5: a link outside any list item, row or paragraph
# takes its card's words as its context (a card's code and title over its "ดาวน์โหลด"
# button), not when the card's only other words are the heading already read; a
# ``data-file`` button opens its file.
PARSER_VERSION = 6

BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
    "tfoot", "thead", "tr", "ul", "option", "center", "title", "details", "summary", "dialog",
}  # fmt: skip
DROP_TAGS = ("script", "style", "noscript", "template", "svg", "head")
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
CONTEXT_TAGS = ("li", "tr", "p", "dd", "dt")
# A card: a short block around a link outside any of CONTEXT_TAGS (a card's code and title over
# its "ดาวน์โหลด" button), whose words are the link's row.
CARD_TAGS = ("div", "section", "article", "figure", "aside", "td", "th")
CARD_LINKS = 2
MAX_CONTEXT = 300
MAX_LINKS = 5000
MAX_TABLE_ROWS = 2000
MAX_HTML5_CHARS = 3_000_000  # html5lib is pure Python: larger pages keep libxml2's parse


@dataclass
class PageLink:
    """One link on a page: absolute URL as written, tag (a, img, iframe, frame), anchor, context."""

    url: str
    tag: str
    anchor: str = ""
    context: str = ""
    # an ``img`` that is the page's content (a notice, an infographic), not its chrome (a logo,
    # a banner, a menu button): the crawler fetches and reads it (:func:`content_image`)
    content: bool = False


@dataclass
class ParsedPage:
    """What a page says: title, visible text (a line per block), tables, links.

    ``links_dropped``: links past ``MAX_LINKS`` not kept; ``notes``: what the parse lost.
    """

    title: str = ""
    text: str = ""
    tables: list[list[list[str]]] = field(default_factory=list)
    links: list[PageLink] = field(default_factory=list)
    links_dropped: int = 0
    notes: str = ""
    # the JSON addresses its markup and inline scripts load (``crawler.extract.feeds``)
    feeds: list[Feed] = field(default_factory=list)


def _detect(body: bytes) -> str | None:
    """Encoding of undeclared bytes: UTF-8 if valid, else Thai windows-874."""
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return "cp874"
    return "utf-8"


def decode_html(body: bytes, content_type: str = "") -> tuple[str, str]:
    """``(encoding, text)``: the header's charset, a BOM, a ``<meta>``, else UTF-8 or cp874."""
    return html_to_unicode(content_type or None, body, auto_detect_fun=_detect)


def _squash(text: str) -> str:
    """Whitespace runs as one space, none at the ends (``str.split`` splits where ``\\s`` matches)."""
    return " ".join(text.split())


def _text_of(el: lxml.html.HtmlElement) -> str:
    return _squash(" ".join(el.itertext()))


_BREAK = "\x00"  # a section's start while the text is assembled (whitespace is squashed)


def _visible_text(root: lxml.etree._Element, breaks: set[lxml.etree._Element] = frozenset()) -> str:
    """The page's text, a line per block; :data:`PAGE_BREAK` on a line of its own where a
    section of ``breaks`` begins (none first or last, none twice in a row)."""
    pieces: list[str] = []
    append = pieces.append
    # lxml's own walk (no recursion, no Python stack: a page may nest thousands deep).
    for event, el in lxml.etree.iterwalk(root, events=("start", "end", "comment", "pi")):
        tag = el.tag
        if not isinstance(tag, str):  # a comment or processing instruction: only its tail
            if el.tail and el is not root:
                append(el.tail)
            continue
        if event == "start":
            if el in breaks:
                append(f"\n{_BREAK}\n")
            if tag in BLOCK_TAGS or tag == "br":
                append("\n")
            elif tag == "td" or tag == "th":
                append(" ")
            if tag == "img":
                alt = el.get("alt")
                if alt:
                    append(" " + alt + " ")
            if el.text:
                append(el.text)
            continue
        if tag in BLOCK_TAGS:
            append("\n")
        if el.tail and el is not root:
            append(el.tail)
    lines = [_squash(line) for line in "".join(pieces).split("\n")]
    out: list[str] = []
    for line in lines:
        if line == _BREAK:
            if out and out[-1] != PAGE_BREAK:
                out.append(PAGE_BREAK)
        elif line:
            out.append(line.replace(_BREAK, ""))
    while out and out[-1] == PAGE_BREAK:
        out.pop()
    return "\n".join(out)


def _tables(root: lxml.html.HtmlElement) -> list[list[list[str]]]:
    tables = []
    for table in root.iter("table"):
        rows = []
        for tr in table.iter("tr"):
            if tr.getparent() is not None and _nearest(tr, "table") is not table:
                continue  # a nested table's row belongs to that table
            cells = [_text_of(c) for c in tr if c.tag in ("td", "th")]
            if any(cells):
                rows.append(cells)
            if len(rows) >= MAX_TABLE_ROWS:
                break
        if rows:
            tables.append(rows)
    return tables


def _nearest(el: lxml.html.HtmlElement, tag: str) -> lxml.html.HtmlElement | None:
    for anc in el.iterancestors(tag):
        return anc
    return None


# A link a script opens on click (href="#" onclick="window.open('/f/x.pdf')", href="javascript:
# location.href='...'"): what a person clicking it reaches.
_SCRIPTED_URL = re.compile(
    r"""(?:window\.open|location\.(?:assign|replace)|(?:window\.|document\.)?location"""
    r"""(?:\.href)?\s*=)\s*\(?\s*(['"])([^'"]+)\1""",
    re.IGNORECASE,
)
# Where a page's script sends a click on a button, card or table row (<button data-href>,
# <div class="card" data-url>, <tr data-link>): the attribute holds the URL.
_DATA_URL_ATTRS = ("data-href", "data-url", "data-link", "data-file")
# An option value that is an address (a jump menu's "/ita/2568/", "files/a.pdf", "?id=3"),
# not a plain value ("2568", "10/2567")
_URLISH = re.compile(
    r"^(?:https?://|/|\./|\.\./|\?)"
    r"|^[^\s?#]*/"
    r"|\.(?:s?html?|php\d?|aspx?|jsp|cfm|pdf|docx?|xlsx?|pptx?|od[tsp]|csv|zip|rar)(?:[?#]|$)",
    re.IGNORECASE,
)
_NOT_URL = re.compile(r"^[\d\s/.:-]*$")  # dates, numbers
MAX_FORM_LINKS = 60  # addresses one GET form gives (each option of its selects, each button)


def _is_urlish(value: str) -> bool:
    v = value.strip()
    if not v or v.startswith("#") or v.lower().startswith(("javascript:", "data:")):
        return False
    return bool(_URLISH.search(v)) and not _NOT_URL.match(v)


def _opened_url(el: lxml.etree._Element, href: str = "") -> str | None:
    """The URL a click on ``el`` opens by script: its ``data-href``/``data-url``/``data-link``,
    or the URL its ``onclick`` (or ``href``'s javascript:) opens."""
    for attr in _DATA_URL_ATTRS:
        value = (el.get(attr) or "").strip()
        if value and not value.startswith("#") and not value.lower().startswith("javascript:"):
            return value
    for script in (href, el.get("onclick") or ""):
        if (m := _SCRIPTED_URL.search(script)) and m.group(2).strip():
            return m.group(2).strip()
    return None


def _scripted_href(el: lxml.etree._Element, raw: str | None) -> str | None:
    """``raw``, or the URL the element's script opens when ``raw`` is empty, "#" or javascript:."""
    href = (raw or "").strip()
    if href and href != "#" and not href.lower().startswith("javascript:"):
        return raw
    return _opened_url(el, href) or raw


def _words(el: lxml.etree._Element) -> str:
    """What a person reads on a clickable element: its text, else its value, alt or title."""
    text = _text_of(el)
    if text:
        return text
    imgs = _squash(" ".join(i.get("alt", "") for i in el.iter("img")))
    for value in (el.get("value"), el.get("alt"), imgs, el.get("title"), el.get("aria-label")):
        if value and value.strip():
            return _squash(value)
    return ""


def _text_except(block: lxml.etree._Element, skip: lxml.etree._Element) -> str:
    """``block``'s text without ``skip``'s (a select's label around its options)."""
    pieces: list[str] = []
    walk = lxml.etree.iterwalk(block, events=("start", "end"))
    for event, el in walk:
        if event == "start":
            if el is skip:
                walk.skip_subtree()
            elif isinstance(el.tag, str) and el.text:
                pieces.append(el.text)
        elif el is not block and el.tail:
            pieces.append(el.tail)
    return _squash(" ".join(pieces))


def _options(select: lxml.etree._Element) -> list[tuple[str, str]]:
    """A select's ``(value, words)`` a person can choose (not disabled; a value-less option
    sends its text)."""
    out = []
    for option in select.iter("option"):
        if option.get("disabled") is not None:
            continue
        words = _text_of(option)
        value = option.get("value")
        out.append((words if value is None else value, words))
    return out


def _navigates(select: lxml.etree._Element) -> bool:
    """A jump menu: choosing an option opens its value (``onchange="location.href=this.value"``,
    Dreamweaver's ``MM_jumpMenu``), or a select outside any form whose values are addresses."""
    script = (select.get("onchange") or "").lower()
    if "submit" in script:
        return False
    if not script and next(select.iterancestors("form"), None) is not None:
        return False  # a form's field: the form's submission makes the URL
    return any(_is_urlish(v) for v, _ in _options(select))


def _label(select: lxml.etree._Element, block: lxml.etree._Element | None) -> str:
    label = select.get("aria-label") or select.get("title") or ""
    if not label and block is not None:
        label = _text_except(block, select)
    return _squash(label)[:MAX_CONTEXT]


def _form_links(form: lxml.etree._Element, page_url: str) -> list[tuple[str, str]]:
    """``(URL, words)`` a GET form submits to, one per choice a person can make without
    typing: each option of its selects and each of its submit buttons. A form that asks
    for typed words (a search box) or is sent by POST gives none."""
    if (form.get("method") or "get").strip().lower() != "get":
        return []
    fixed: list[tuple[str, str]] = []
    choices: list[list[tuple[str, str, str]]] = []  # per select: (name, value, words)
    buttons: list[tuple[str | None, str, str]] = []
    for el in form.iter("input", "select", "textarea", "button"):
        if el.get("disabled") is not None:
            continue
        name = el.get("name")
        if el.tag == "textarea":
            if not (el.text or "").strip():
                return []
            if name:
                fixed.append((name, el.text or ""))
        elif el.tag == "select":
            if _navigates(el):
                continue
            options = [(v, w) for v, w in _options(el) if v.strip()] or _options(el)
            if name and options:
                choices.append([(name, v, w) for v, w in options])
        elif el.tag == "button":
            kind = (el.get("type") or "submit").strip().lower()
            if kind == "submit":
                buttons.append((name, el.get("value") or "", _words(el)))
        else:
            kind = (el.get("type") or "text").strip().lower()
            value = el.get("value") or ""
            if kind in ("submit", "image"):
                buttons.append((name if kind == "submit" else None, value, _words(el)))
            elif kind in ("checkbox", "radio"):
                if el.get("checked") is not None and name:
                    fixed.append((name, value or "on"))
            elif kind in ("reset", "button"):
                continue
            elif kind == "hidden" or value:
                if name:
                    fixed.append((name, value))
            elif kind not in ("color", "range"):
                return []  # a search box, a file: a person would have to type or pick something
    if not buttons and not choices:
        return []
    try:
        action = urllib.parse.urljoin(page_url, (form.get("action") or "").strip())
    except ValueError:
        return []
    action = urllib.parse.urlsplit(action)._replace(query="", fragment="").geturl()
    combos: list[list[tuple[str, str, str]]] = [[]]
    for options in choices:
        if len(combos) * len(options) > MAX_FORM_LINKS:
            break  # the remaining selects stay at their first choice
        combos = [[*c, o] for c in combos for o in options]
    for options in choices[len(combos[0]) :]:
        combos = [[*c, options[0]] for c in combos]
    out: list[tuple[str, str]] = []
    for name, value, pressed in buttons or [(None, "", "")]:
        for combo in combos:
            pairs = fixed + [(n, v) for n, v, _w in combo]
            if name:
                pairs.append((name, value))
            words = " ".join(w for _n, _v, w in combo if w) or pressed
            out.append((action + "?" + urllib.parse.urlencode(pairs), words))
            if len(out) >= MAX_FORM_LINKS:
                return out
    return out


def _clicked(
    el: lxml.etree._Element, tag: str, page_url: str
) -> list[tuple[str | None, str, str, lxml.etree._Element]]:
    """What a click on ``el`` opens: ``(raw URL, tag kept, words, element for the context)``."""
    if tag == "a":
        anchor = _text_of(el) or el.get("title", "")
        if not anchor:
            anchor = _squash(" ".join(i.get("alt", "") for i in el.iter("img")))
        if not anchor:  # an icon link (an SVG logo of Facebook) says its name to a screen reader
            anchor = _squash(el.get("aria-label", ""))
        return [(_scripted_href(el, el.get("href")), "a", anchor, el)]
    if tag == "area":  # a region of an image map: a link named by its alt text
        anchor = _squash(el.get("alt", "") or el.get("title", ""))
        return [(_scripted_href(el, el.get("href")), "a", anchor, el)]
    out: list[tuple[str | None, str, str, lxml.etree._Element]] = []
    if tag == "img":
        out.append((el.get("src"), "img", _squash(el.get("alt", "")), el))
    elif tag in ("iframe", "frame"):
        out.append((el.get("src"), tag, _squash(el.get("title", "")), el))
    elif tag in ("embed", "object"):  # a document shown inside the page, as in an iframe
        raw = el.get("src") if tag == "embed" else el.get("data")
        words = _squash(el.get("title", "") or el.get("aria-label", ""))
        out.append((raw, "iframe", words, el))
    elif tag == "select" and _navigates(el):
        out += [(v, "a", w, el) for v, w in _options(el) if _is_urlish(v)]
    elif tag == "form":
        out += [(url, "a", w, el) for url, w in _form_links(el, page_url)]
    # a button, card, row or picture a script makes clickable
    if (opened := _opened_url(el)) is not None:
        out.append((opened, "a", _words(el), el))
    return out


_SOURCE_TAGS = {"a", "area", "img", "iframe", "frame", "embed", "object", "select", "form"}
_ATTRS = {"onclick", *_DATA_URL_ATTRS}


# An accordion's or a tab's panel (Bootstrap, Joomla, WordPress plugins): the element before it
# is its heading.
_PANEL = re.compile(r"collapse|accordion|panel|tab-?content|tab-?pane|toggle|spoiler", re.I)
_GROUPS = {"ul", "ol", "table", "dl"}  # a list's or a table's own rows, not a heading
GROUP_LABEL_MAX = 150  # characters: a longer text before a sub-list is content, not its heading
GROUP_DEPTH = 4  # ancestors above a link's row looked at for the heading of its group


def _short_text(el: lxml.etree._Element, limit: int = GROUP_LABEL_MAX) -> str | None:
    """``el``'s words, or None when they run past ``limit`` characters (content, not a
    heading; the rest is not read)."""
    size, words = 0, []
    for piece in el.itertext():
        size += len(piece)
        if size > 4 * limit:
            return None
        words.append(piece)
    text = _squash(" ".join(words))
    return text if len(text) <= limit else None


def _own_label(parent: lxml.etree._Element, child: lxml.etree._Element) -> str | None:
    """The words of ``parent`` before its child ``child`` (a list item's own label above its
    sub-list); None when too long to be a label."""
    words = [parent.text or ""]
    for el in parent:
        if el is child:
            break
        if isinstance(el.tag, str):
            text = _short_text(el)
            if text is None:
                return None
            words.append(text)
        words.append(el.tail or "")
    text = _squash(" ".join(words))
    return text if len(text) <= GROUP_LABEL_MAX else None


def _group_label(block: lxml.etree._Element, memo: dict) -> str:
    """The heading of the group a link's row (``block``) stands in, when it names one item code:
    a sub-list's parent item ("<li>O5 แผนปฏิบัติราชการ<ul><li><a>ฉบับปี 2567</a>"), an
    accordion panel's, a ``<details>``'s, or a list's own heading ("<h3>O13 …</h3><ul>").
    "" when there is none. ``memo``: the answer per list (every row of a list shares it)."""
    parent = block.getparent()
    if parent is None:
        return ""
    if parent.tag == "details":
        summary = next(parent.iterchildren("summary"), None)
        label = _short_text(summary) if summary is not None and summary is not block else ""
        return _one_code(label)
    if parent not in memo:
        memo[parent] = _list_label(parent)
    return memo[parent]


def _one_code(label: str | None) -> str:
    """``label`` when it names exactly one item code, else ""."""
    if not label or len({m.code for m in find_codes(label)}) != 1:
        return ""
    return label


def _list_label(child: lxml.etree._Element) -> str:
    """The heading naming one item code above ``child``, the list (or panel) a row stands in,
    or above the lists holding it (:func:`_group_label`)."""
    for parent in list(child.iterancestors())[:GROUP_DEPTH]:
        label: str | None = ""
        if parent.tag == "li" and child.tag in ("ul", "ol", "div"):
            label = _own_label(parent, child)
        elif parent.tag == "details":
            summary = next(parent.iterchildren("summary"), None)
            label = _short_text(summary) if summary is not None and summary is not child else ""
        elif child.tag in _GROUPS or _PANEL.search(
            f"{child.get('class', '')} {child.get('id', '')}"
        ):
            # a panel, or a list under its own heading ("<h3>O5 …</h3><ul>…"): the element
            # before it, unless that is a list or table of its own
            before = child.getprevious()
            while before is not None and not isinstance(before.tag, str):
                before = before.getprevious()
            if before is not None and before.tag not in _GROUPS:
                label = _short_text(before)
        if label is None:
            return ""  # content before it, not a heading
        if label:
            return _one_code(label)
        if parent.tag in ("li", "tr", "table", "body"):
            return ""  # a row's own list, or the page: no group heading above
        child = parent
    return ""


def _links(
    root: lxml.etree._Element, base: str, encoding: str = "utf-8"
) -> tuple[list[PageLink], int]:
    """The page's links (at most ``MAX_LINKS``) and how many more it has. A Thai word in a
    link's query string goes to the server in the page's own encoding, as a browser sends it
    (``?cat=ข่าว`` on a TIS-620 page is ``?cat=%A2%E8%D2%C7``); the path is always UTF-8."""
    legacy = codecs.lookup(encoding).name not in ("utf-8", "ascii")
    links: list[PageLink] = []
    dropped = 0
    heading = ""
    joined: dict[str, str] = {}  # href -> absolute URL (menus repeat links on a page)
    around: dict[lxml.etree._Element, str] = {}  # block -> its text (a list of many links)
    groups: dict = {}  # a list -> the heading naming one item code above it ("" if none)
    for el in root.iter():  # in document order
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag in HEADINGS:
            heading = _text_of(el)[:150]
            continue
        if tag not in _SOURCE_TAGS and not _ATTRS.intersection(el.attrib):
            continue  # most of a page's elements open nothing
        for raw, kept, anchor, at in _clicked(el, tag, base):
            if not raw or not raw.strip():
                continue
            if len(links) >= MAX_LINKS:
                dropped += 1
                continue
            href = raw.strip()
            url = joined.get(href)
            if url is None:
                try:
                    url = urllib.parse.urljoin(base, href)
                    if legacy and not url.isascii() and "?" in url:
                        url = safe_url_string(url, encoding=encoding)
                    joined[href] = url
                except (ValueError, UnicodeError):
                    continue  # "http://[x": not an address; it must not cost the page
            block = next(at.iterancestors(*CONTEXT_TAGS), None)
            if block is None and tag != "select":
                block = _card(at, anchor, around, heading)
            if tag == "select":
                text = _label(el, block)
            elif block is None:
                text = ""
            elif (text := around.get(block)) is None:
                text = _text_of(block)
                if (
                    block.tag in ("li", "p", "dd")
                    and not find_codes(text)
                    and (group := _group_label(block, groups))
                ):
                    text = f"{group} {text}"  # a sub-link takes its group heading's code
                text = around[block] = text[:MAX_CONTEXT]
            context = " | ".join(p for p in (heading, text) if p)
            content = kept == "img" and content_image(at, url)
            links.append(
                PageLink(url=url, tag=kept, anchor=anchor[:500], context=context, content=content)
            )
            if kept != "img" and (inner := _viewed_document(url)):
                # a viewer page (pdf.js "viewer.html?file=/files/x.pdf") shows its document only
                # once its script runs: the document is linked from here, with the same words
                links.append(PageLink(url=inner, tag=kept, anchor=anchor[:500], context=context))
    return links, dropped


def _card(
    el: lxml.etree._Element, anchor: str, around: dict[lxml.etree._Element, str], heading: str
) -> lxml.etree._Element | None:
    """The card a link outside any list item, row or paragraph is the button of: the nearest
    block around it whose words come before it and none after (a card's code and title over
    its "ดาวน์โหลด" button or thumbnail), with few words (at most :data:`MAX_CONTEXT` letters)
    and links (at most :data:`CARD_LINKS`): not a page's column of cards, a menu, a header's
    logo before the site's name, nor a heading's block around its link (the heading is read
    already). ``around`` caches each block's text."""
    own = _squash(anchor)
    for block in el.iterancestors(*CARD_TAGS):
        text = around.get(block)
        if text is None:
            text = around[block] = _text_of(block)[: MAX_CONTEXT + 1]
        if len(text) > MAX_CONTEXT or sum(1 for _ in block.iter("a")) > CARD_LINKS:
            return None
        if _text_after(el, block):
            return None
        if text and text != own:
            # a card whose only other words are the heading already read (a section's "ข่าวสาร"
            # over its "All Property" link) adds nothing to it
            return None if _squash(text.replace(own, " ")) == heading else block
    return None


def _text_after(el: lxml.etree._Element, block: lxml.etree._Element) -> str:
    """The words inside ``block`` after ``el``."""
    pieces = [el.tail or ""]
    node = el
    while node is not block:
        for sibling in node.itersiblings():
            pieces.append(_text_of(sibling) if isinstance(sibling.tag, str) else "")
            pieces.append(sibling.tail or "")
        node = node.getparent()
        if node is None or node is block:
            break
        pieces.append(node.tail or "")
    return _squash(" ".join(pieces))


# Site chrome: an image inside these elements, or whose own or an ancestor's class or id says
# so, is the template's (a logo, a banner, a menu button), not what the page publishes.
_CHROME_TAGS = {"nav", "header", "footer", "aside", "a", "button", "menu"}
_CHROME_WORDS = re.compile(
    r"(?:^|[^a-z])(?:nav|navbar|navigation|menu|header|head|footer|foot|banner|logo|sidebar|side"
    r"|breadcrumbs?|crumbs?|top|topbar|social|share|icons?|widget|ads?|advert|slider|carousel"
    r"|btn|button|bullet|spacer|arrow|avatar|badge|sprite|thumb|thumbnail)(?:$|[^a-z])",
    re.IGNORECASE,
)
_IMAGE_PATH = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp|tiff?)$", re.IGNORECASE)
MIN_DECLARED_SIDE = 150  # an image drawn smaller than this (width/height attributes) holds no
# document a person could read on the page


def _declared(el: lxml.etree._Element, name: str) -> int | None:
    value = (el.get(name) or "").strip().lower().removesuffix("px")
    return int(value) if value.isdigit() else None


def content_image(el: lxml.etree._Element, url: str) -> bool:
    """Whether an ``<img>`` is the page's content, worth reading: a picture file in the page's
    body, drawn at a readable size, not inside the template's navigation, header, footer or a
    link (a menu button), and not named as chrome (logo, banner, icon) by its own or an
    ancestor's class or id."""
    if not _IMAGE_PATH.search(urllib.parse.urlsplit(url).path):
        return False
    for side in ("width", "height"):
        n = _declared(el, side)
        if n is not None and n < MIN_DECLARED_SIDE:
            return False
    own = " ".join((el.get("class") or "", el.get("id") or "", url.rsplit("/", 1)[-1]))
    if _CHROME_WORDS.search(own.replace("_", " ").replace("-", " ")):
        return False
    for anc in el.iterancestors():
        tag = anc.tag if isinstance(anc.tag, str) else ""
        if tag in _CHROME_TAGS:
            return False
        if tag in ("body", "html"):
            break  # a theme's body classes ("wp-custom-logo", "has-sidebar") are the whole page
        words = f"{anc.get('class') or ''} {anc.get('id') or ''} {anc.get('role') or ''}"
        if words.strip() and _CHROME_WORDS.search(words.replace("_", " ").replace("-", " ")):
            return False
    return True


_DOCUMENT_PATH = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?)$", re.IGNORECASE)


def _viewed_document(url: str) -> str:
    """The document a viewer URL's query names ("?file=%2Ffiles%2Fplan.pdf"), absolute ("" if
    none): a parameter whose value is a path or URL ending in a document's extension."""
    parts = urllib.parse.urlsplit(url)
    if not parts.query:
        return ""
    for _key, value in urllib.parse.parse_qsl(parts.query):
        value = value.strip()
        if _DOCUMENT_PATH.search(urllib.parse.urlsplit(value).path):
            try:
                return urllib.parse.urljoin(url, value)
            except ValueError:
                return ""
    return ""


# What opens a hidden panel of the same page (Bootstrap 3-5, most CMS themes): the panel's id.
_TARGET_ATTRS = ("data-bs-target", "data-target", "aria-controls", "href")
_HEADER_CLASSES = {"card-header", "panel-heading", "accordion-header", "panel-title", "card-title"}


def _classes(el: lxml.etree._Element) -> set[str]:
    return set((el.get("class") or "").split())


def _dialog(el: lxml.etree._Element) -> bool:
    """A dialog shown over the page when a button is clicked (hidden until then)."""
    return el.tag == "dialog" or bool(_classes(el) & {"modal", "reveal", "popup", "lightbox"})


def _targets(el: lxml.etree._Element) -> list[str]:
    """The ids of the same page's elements ``el`` opens or jumps to ("#o5", "#m-o6")."""
    out = []
    for attr in _TARGET_ATTRS:
        value = (el.get(attr) or "").strip()
        if attr == "aria-controls" and value and not value.startswith("#"):
            value = "#" + value
        if value.startswith("#") and len(value) > 1 and " " not in value:
            out.append(value[1:])
    return out


def _dialogs_in_place(root: lxml.etree._Element) -> None:
    """Move each dialog (a Bootstrap modal: a hidden div at the end of the page) to just after
    the first button or link that opens it, where a person reading the page meets its text:
    the section holding the button is the dialog's."""
    by_id = {el.get("id"): el for el in root.iter() if isinstance(el.tag, str) and el.get("id")}
    moved: set[str] = set()
    for el in list(root.iter("a", "button", "span", "div", "li", "input")):
        for ident in _targets(el):
            target = by_id.get(ident)
            if ident in moved or target is None or not _dialog(target):
                continue
            if el in target.iter() or target in el.iterancestors():
                continue  # the dialog's own close button, or a button inside it
            moved.add(ident)
            _drop(target)
            target.tail = None
            el.addnext(target)
            break


def _section_starts(root: lxml.etree._Element) -> set[lxml.etree._Element]:
    """Elements where a section of the page begins: headings, <details> panels, dialogs, card
    and accordion headers, and elements the page's own links jump to ("#o5" in a table of
    contents)."""
    jumped = {
        (a.get("href") or "").strip()[1:]
        for a in root.iter("a")
        if (a.get("href") or "").startswith("#")
    }
    out: set[lxml.etree._Element] = set()
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if (
            el.tag in HEADINGS
            or el.tag in ("details", "dialog")
            or (el.get("id") and el.get("id") in jumped)
            or _dialog(el)
            or _classes(el) & _HEADER_CLASSES
        ):
            out.add(el)
    return out


_COMMENT_OR_SCRIPT = re.compile(
    r"<!--.*?-->|<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)
_ANCHOR = re.compile(r"<a\s[^>]*\bhref\s*=", re.IGNORECASE)
_AFTER_END = re.compile(r"</html\s*>(.*?<(?:[a-zA-Z]|/[a-zA-Z]).*)", re.IGNORECASE | re.DOTALL)


_PARSERS = threading.local()


def _lxml_tree(text: str) -> lxml.etree._Element | None:
    """libxml2's parse into plain lxml elements (lxml.html's element classes are looked up in
    Python for every element; nothing here uses their extra methods). A parser per thread."""
    parser = getattr(_PARSERS, "parser", None)
    if parser is None:
        parser = _PARSERS.parser = lxml.etree.HTMLParser(huge_tree=True)
    try:
        root = lxml.etree.fromstring(text, parser)
    except (lxml.etree.ParserError, ValueError):
        return None
    return root


def _html5_tree(text: str) -> lxml.html.HtmlElement | None:
    """The WHATWG parse browsers do (html5lib): stray ``</html>``, duplicate ``<body>``..."""
    if len(text) > MAX_HTML5_CHARS:
        return None
    import lxml.html.html5parser  # html5lib: 0.2 s to import, for the few pages that need it

    try:
        root = lxml.html.html5parser.document_fromstring(text)
    except (ValueError, lxml.etree.LxmlError, RecursionError):
        return None
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.startswith("{"):
            el.tag = el.tag.rsplit("}", 1)[1]
    return root


def _drop(el: lxml.html.HtmlElement) -> None:
    """Remove ``el`` and its subtree, keeping the text after it (any lxml element)."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _anchors(root: lxml.html.HtmlElement) -> int:
    return sum(1 for a in root.iter("a") if a.get("href"))


def _size(root: lxml.html.HtmlElement) -> tuple[int, int]:
    """How much of a page a tree holds: its links, then its characters of text."""
    return _anchors(root), sum(len(t) for t in root.itertext())


def _parse_tree(text: str) -> tuple[lxml.html.HtmlElement | None, str]:
    """The fullest tree of ``text`` and a note when it still lacks what the source has."""
    root = _lxml_tree(text)
    source = _COMMENT_OR_SCRIPT.sub(" ", text)
    expected = len(_ANCHOR.findall(source))
    suspect = root is None or bool(_AFTER_END.search(source)) or _anchors(root) < expected * 0.9
    if suspect:
        other = _html5_tree(text)
        if other is not None and (root is None or _size(other) >= _size(root)):
            root = other
    if root is None:
        return None, "unparseable HTML"
    found = _anchors(root)
    if found < expected * 0.9 and expected - found > 2:
        return root, f"parse truncated: {found} of the source's {expected} links kept"
    return root, ""


def parse_html(body: bytes, content_type: str, base_url: str) -> ParsedPage:
    """Parse a page's bytes: title (``<title>`` or first ``<h1>``), text, tables, links."""
    encoding, text = decode_html(body, content_type)
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    if not text.strip():
        return ParsedPage()
    root, notes = _parse_tree(text)
    if root is None:
        return ParsedPage(notes=notes)
    base = base_url
    for b in root.iter("base"):
        if b.get("href"):
            with contextlib.suppress(ValueError):  # a malformed <base>: keep the page's URL
                base = urllib.parse.urljoin(base_url, b.get("href", ""))
            break
    title_el = root.find(".//title")
    title = _text_of(title_el) if title_el is not None else ""
    if not title:
        h1 = next(root.iter("h1"), None)
        title = _text_of(h1) if h1 is not None else ""
    _dialogs_in_place(root)
    links, dropped = _links(root, base, encoding)
    feeds = page_feeds(root, base)
    if dropped:
        notes = "; ".join(
            p for p in (notes, f"{dropped} links past the first {MAX_LINKS} dropped") if p
        )
    for el in list(root.iter(*DROP_TAGS)):
        _drop(el)
    return ParsedPage(
        title=title[:500],
        text=_visible_text(root, _section_starts(root)),
        tables=_tables(root),
        links=links,
        links_dropped=dropped,
        notes=notes,
        feeds=feeds,
    )
