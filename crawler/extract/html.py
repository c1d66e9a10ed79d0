"""HTML pages: decoding (UTF-8, TIS-620/windows-874), visible text, tables and links."""

from __future__ import annotations

import contextlib
import re
import urllib.parse
from dataclasses import dataclass, field

import lxml.etree
import lxml.html
from w3lib.encoding import html_to_unicode

__all__ = ["PageLink", "ParsedPage", "decode_html", "parse_html"]

BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
    "tfoot", "thead", "tr", "ul", "option", "center", "title",
}  # fmt: skip
DROP_TAGS = ("script", "style", "noscript", "template", "svg", "head")
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
CONTEXT_TAGS = ("li", "tr", "p", "dd", "dt")
MAX_CONTEXT = 300
MAX_LINKS = 5000
MAX_TABLE_ROWS = 2000


@dataclass
class PageLink:
    """One link on a page: absolute URL as written, tag (a, img, iframe, frame), anchor, context."""

    url: str
    tag: str
    anchor: str = ""
    context: str = ""


@dataclass
class ParsedPage:
    """What a page says: title, visible text (a line per block), tables, links."""

    title: str = ""
    text: str = ""
    tables: list[list[list[str]]] = field(default_factory=list)
    links: list[PageLink] = field(default_factory=list)


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
    return re.sub(r"\s+", " ", text).strip()


def _text_of(el: lxml.html.HtmlElement) -> str:
    return _squash(" ".join(el.itertext()))


def _visible_text(root: lxml.html.HtmlElement) -> str:
    pieces: list[str] = []

    def walk(el: lxml.html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag in BLOCK_TAGS
        if block or tag == "br":
            pieces.append("\n")
        elif tag in ("td", "th"):
            pieces.append(" ")
        if tag == "img" and el.get("alt"):
            pieces.append(" " + el.get("alt", "") + " ")
        if el.text and tag:
            pieces.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                pieces.append(child.tail)
        if block:
            pieces.append("\n")

    walk(root)
    lines = (_squash(line) for line in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line)


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


def _links(root: lxml.html.HtmlElement, base: str) -> list[PageLink]:
    links: list[PageLink] = []
    heading = ""
    for el in root.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in HEADINGS:
            heading = _text_of(el)[:150]
            continue
        if tag == "a":
            raw, anchor = el.get("href"), _text_of(el) or el.get("title", "")
            if not anchor:
                imgs = [i.get("alt", "") for i in el.iter("img")]
                anchor = _squash(" ".join(imgs))
        elif tag == "img":
            raw, anchor = el.get("src"), _squash(el.get("alt", ""))
        elif tag in ("iframe", "frame"):
            raw, anchor = el.get("src"), _squash(el.get("title", ""))
        else:
            continue
        if not raw or not raw.strip():
            continue
        try:
            url = urllib.parse.urljoin(base, raw.strip())
        except ValueError:
            continue  # "http://[x": not an address; it must not cost the page
        block = next(el.iterancestors(*CONTEXT_TAGS), None)
        around = _text_of(block)[:MAX_CONTEXT] if block is not None else ""
        context = " | ".join(p for p in (heading, around) if p)
        links.append(PageLink(url=url, tag=tag, anchor=anchor[:500], context=context))
        if len(links) >= MAX_LINKS:
            break
    return links


def parse_html(body: bytes, content_type: str, base_url: str) -> ParsedPage:
    """Parse a page's bytes: title (``<title>`` or first ``<h1>``), text, tables, links."""
    _, text = decode_html(body, content_type)
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    if not text.strip():
        return ParsedPage()
    try:
        root = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError):
        return ParsedPage()
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
    links = _links(root, base)
    for el in list(root.iter(*DROP_TAGS)):
        el.drop_tree()
    return ParsedPage(
        title=title[:500], text=_visible_text(root), tables=_tables(root), links=links
    )
