"""A complete crawl of one site, loaded for checking: documents, links, boilerplate.

Pages of a district site repeat their menus and footers on every page; the
lines that repeat across many pages are *boilerplate* and are left out of a
page's ``main_text``, so an item's title in the left menu never counts as
evidence that every page publishes it.
"""

from __future__ import annotations

import re
import urllib.parse
from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from sqlalchemy import select
from sqlalchemy.orm import Session

from crawler.urls import canonicalize, fragment_page, member_url, split_member
from oitwatch.store.models import Content, ContentMember, Crawl, Fetch, Link, Site
from oitwatch.thai import compact_for_match

__all__ = [
    "Doc",
    "LinkView",
    "Snapshot",
    "latest_complete_crawl",
    "latest_crawl_to_judge",
    "load_snapshot",
]

CORRUPT_METHODS = ("zip", "zip-member")  # extract methods whose error means the file won't open
OCR_STRONG = 0.9  # text_quality of an OCR reading judged like a text layer (Doc.ocr_strong)
_MASKED_YEAR = re.compile(r"[2๒][4-6๔-๖]\?\?")  # a year OCR could not settle (ocrfix)
_BE_YEAR = re.compile(r"(?<![0-9๐-๙])(?:25[0-9]{2}|๒๕[๐-๙]{2})(?![0-9๐-๙])")
BOILERPLATE_SHARE = 0.3  # a line on at least this share of pages (and 3+) is boilerplate
# A CMS's "not found" answer served with status 200 (a soft 404): what it says is gone, compact.
NOT_FOUND = (
    "ไม่พบเอกสาร",
    "ไม่พบไฟล์",
    "ไม่พบหน้า",
    "ไม่พบลิงก์",
    "documentnotfound",
    "filenotfound",
    "pagenotfound",
    "404notfound",
)
# A file host's answer, with status 200, to a link whose file is not shared with the reader
# ("คุณต้องมีสิทธิ์เข้าถึง", "You need access"): a dead link, nothing a person can open.
NO_ACCESS = (
    "ต้องมีสิทธิ์เข้าถึง",
    "ไม่มีสิทธิ์เข้าถึง",
    "youneedaccess",
    "youneedpermission",
    "accessdenied",
)
NOT_FOUND_MAX = 200  # compact letters of its own: a "not found" page says little else


@dataclass
class Doc:
    """One URL as the crawl left it."""

    url: str
    final_url: str
    kind: str  # page | document
    outcome: str  # ok | not_modified | error | too_large | robots | trap | soft_404 | no_access
    status_code: int | None
    content_type: str = ""
    title: str = ""
    text: str = ""
    tables: list = field(default_factory=list)
    quality: float = 0.0
    extract_status: str = "ok"
    extract_method: str = ""  # e.g. "pdf", "pdf+ocr"
    last_modified: datetime | None = None
    fetched_at: datetime | None = None  # when the answer came (Last-Modified near it dates nothing)
    main_text: str = ""
    carried: bool = False  # not asked tonight (back-off not due): the last answer stands
    sha256: str | None = None  # the body's (Content's) hash
    # a section of a document serving many items (checklist.sections): the document's URL,
    # the items the section's heading names and its first and last page
    part_of: str = ""
    codes: frozenset[str] = frozenset()
    pages: tuple[int, int] = (0, 0)
    shift: int = 0  # the document's place of a page less the number it prints (0: the same)
    # a section with next to nothing under its heading (running headers and footers, a
    # signature on every page and page numbers aside): the item named, nothing published
    only_heading: bool = False

    @property
    def alive(self) -> bool:
        """It answered, and what came is a file that opens: a ZIP archive nothing can open
        (truncated, no central directory) or a member that cannot be unpacked is as broken
        for a person as a link answering 404."""
        return (
            self.outcome in ("ok", "not_modified")
            and (self.status_code or 200) < 400
            and not self.corrupt
        )

    @property
    def forbidden(self) -> bool:
        """robots.txt closes it to the crawler: never asked, so neither dead nor read (an
        assessor's browser opens it). A file's link that answered a redirect to something
        else robots.txt closes (a PDF's link sent to /member/login/) is not that: the file is
        not served at its address, the link does not deliver (dead)."""
        if self.outcome != "robots":
            return False
        if self.final_url == self.url or self.kind != "document":
            return True
        return _suffix(self.final_url) == _suffix(self.url)

    @property
    def unasked(self) -> bool:
        """The crawl's own trap guard refused it (a calendar's endless months, a sort or
        session variant of a page): never asked, so not known dead."""
        return self.outcome == "trap"

    @property
    def corrupt(self) -> bool:
        """An archive, or an archive's member, that cannot be opened."""
        return self.extract_status == "error" and self.extract_method in CORRUPT_METHODS

    @property
    def readable(self) -> bool:
        return self.alive and self.extract_status == "ok" and bool(self.text.strip())

    @property
    def machine_read(self) -> bool:
        """Readable from its own text layer, or read by OCR well enough to judge on
        (:attr:`ocr_strong`). A scan read by OCR is not: OCR of a photographed page garbles
        numbers and years (๒๕๖๗ read as ๒๕๒), so it may name what it is but cannot prove what
        it holds."""
        return self.readable and ("ocr" not in self.extract_method or self.ocr_strong)

    @property
    def ocr_clean(self) -> bool:
        """A PDF whose text is drawn in fonts but whose text layer is unreadable (font maps to
        Latin junk, no ToUnicode map), read by OCR of its rendering (``pdf+drawn+ocr``, not a
        scan): Tesseract was sure of it (extraction keeps ``ok`` only at mean confidence 90
        with at most 5 % doubtful characters) and at least ``OCR_STRONG`` of it reads as
        dictionary Thai words (``quality``)."""
        return (
            self.extract_method.endswith("+drawn+ocr")
            and self.extract_status == "ok"
            and self.quality >= OCR_STRONG
        )

    @property
    def ocr_strong(self) -> bool:
        """A clean OCR reading (:attr:`ocr_clean`) judged like a text layer: it states a
        plausible Buddhist-era year and none that OCR could not settle (masked ``๒๕??``)."""
        return (
            self.ocr_clean
            and _MASKED_YEAR.search(self.text) is None
            and _BE_YEAR.search(self.text) is not None
        )

    @cached_property
    def compact_title(self) -> str:
        return compact_for_match(self.title)

    @cached_property
    def compact_main(self) -> str:
        return compact_for_match(self.main_text)


@dataclass(frozen=True)
class LinkView:
    from_url: str
    to_url: str
    anchor: str
    context: str
    tag: str
    in_scope: bool
    boilerplate: bool = False
    page: int | None = None  # the page of the document it opens at ("#page=5")

    @cached_property
    def compact_anchor(self) -> str:
        return compact_for_match(self.anchor)

    @cached_property
    def compact_context(self) -> str:
        return compact_for_match(self.context)


@dataclass
class Snapshot:
    site: Site
    crawl: Crawl
    docs: dict[str, Doc]
    links: list[LinkView]
    links_from: dict[str, list[LinkView]]

    # documents serving many items, split into the section each item is about
    # (checklist.sections): the document's URL -> its sections
    parts: dict[str, list[Doc]] = field(default_factory=dict)
    sectioned: bool = False
    # archives (a ZIP of documents): the archive's URL -> its members, each a document of its
    # own (``archive.zip#member=name``) in ``docs`` too, linked from the archive by its name
    members: dict[str, list[Doc]] = field(default_factory=dict)

    def doc(self, url: str) -> Doc | None:
        """The document at ``url``; a section's URL ("bundle.pdf#page=5") names the section,
        another fragment the document itself."""
        found = self.docs.get(url)
        if found is not None or "#" not in url:
            return found
        base = url.split("#", 1)[0]
        for part in self.parts.get(base, ()):
            if part.url == url:
                return part
        page = fragment_page(url)
        if page is not None and (part := self.part_at(base, page)) is not None:
            return part
        return self.docs.get(base)

    def part_at(self, url: str, page: int, named: Collection[str] = ()) -> Doc | None:
        """The section of document ``url`` on ``page``: when several share the page, the one
        about an item of ``named`` (the words of the link to it), else the first."""
        here = [p for p in self.parts.get(url, ()) if p.pages[0] <= page <= p.pages[1]]
        return next((p for p in here if p.codes & set(named)), here[0] if here else None)

    def parts_for(self, url: str, code: str) -> list[Doc] | None:
        """The sections of document ``url`` about item ``code`` (None: not a split document)."""
        parts = self.parts.get(url)
        if parts is None:
            return None
        return [p for p in parts if code in p.codes]

    def relink(self, links: list[LinkView]) -> None:
        """Replace the crawl's links (a link into a section now names the section)."""
        self.links = links
        by_page: dict[str, list[LinkView]] = defaultdict(list)
        for link in links:
            by_page[link.from_url].append(link)
        self.links_from = dict(by_page)

    def each_doc(self) -> list[Doc]:
        """Every document once, in crawl order (:data:`docs` names one also by its final URL)."""
        return distinct(self.docs)


def _suffix(url: str) -> str:
    """The file extension of ``url``'s last path segment ("" if none): ``.pdf``."""
    name = urllib.parse.urlsplit(url).path.rsplit("/", 1)[-1].lower()
    return name[name.rfind(".") :] if "." in name else ""


def distinct(docs: dict[str, Doc]) -> list[Doc]:
    """The documents of ``docs`` once each (a redirected one is there under both its URLs)."""
    return list({id(d): d for d in docs.values()}.values())


def latest_complete_crawl(session: Session, site_id: int) -> Crawl | None:
    return session.scalar(
        select(Crawl)
        .where(Crawl.site_id == site_id, Crawl.status == "complete")
        .order_by(Crawl.finished_at.desc(), Crawl.id.desc())
        .limit(1)
    )


def latest_crawl_to_judge(session: Session, site_id: int) -> Crawl | None:
    """The newest crawl a check judges: complete, or partial (stopped at its time limit)."""
    return session.scalar(
        select(Crawl)
        .where(Crawl.site_id == site_id, Crawl.status.in_(("complete", "partial")))
        .order_by(Crawl.finished_at.desc(), Crawl.id.desc())
        .limit(1)
    )


_INDEX_FILE = re.compile(r"/(?:index|default|home)\.(?:s?html?|php\d?|aspx?|jsp)$", re.IGNORECASE)


def _home_key(url: str) -> str:
    """``url`` as one spelling of a home page: canonical, ``index.html`` and the like dropped."""
    try:
        url = canonicalize(url)
    except ValueError:
        return url
    parts = urllib.parse.urlsplit(url)
    if parts.query:
        return url
    return parts._replace(path=_INDEX_FILE.sub("/", parts.path)).geturl()


def _home_keys(site: Site, rows: Collection) -> set[str]:
    """The site's home page under each address it answers at: the start URL (and where it
    redirects), the scope prefix and the host's root."""
    urls = [site.start_url, site.scope_prefix]
    parts = urllib.parse.urlsplit(site.start_url)
    urls.append(f"{parts.scheme}://{parts.netloc}/")
    start = _home_key(site.start_url)
    urls += [f.final_url for f, _c in rows if f.final_url and _home_key(f.url) == start]
    return {_home_key(u) for u in urls if u}


def _sent_home(doc: Doc, home: set[str]) -> bool:
    """Whether ``doc``'s address is redirected to the home page from another address."""
    if not doc.final_url or doc.final_url == doc.url:
        return False
    return _home_key(doc.final_url) in home and _home_key(doc.url) not in home


def _split_lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def _own_lines(lines: list[str], boiler: dict[str, int]) -> list[str]:
    """A page's lines without its template's: a template line the page writes more often
    than the template does (the address of a contact page's own content, repeated in the
    footer) is the page's own content too, kept once for each extra time, where it first
    stands."""
    extra = Counter(lines)
    for ln in extra:
        extra[ln] -= boiler.get(ln, 0)
    out = []
    for ln in lines:
        if ln not in boiler:
            out.append(ln)
        elif extra[ln] > 0:
            extra[ln] -= 1
            out.append(ln)
    return out


def load_snapshot(session: Session, site: Site, crawl: Crawl) -> Snapshot:
    """Everything ``crawl`` saw, with boilerplate lines and links marked."""
    rows = session.execute(
        select(Fetch, Content)
        .outerjoin(Content, Fetch.content_sha256 == Content.sha256)
        .where(Fetch.crawl_id == crawl.id)
    ).all()
    docs: dict[str, Doc] = {}
    home = _home_keys(site, rows)
    for fetch, content in rows:
        doc = Doc(
            url=fetch.url,
            final_url=fetch.final_url or fetch.url,
            kind=fetch.kind,
            outcome=fetch.outcome,
            status_code=fetch.status_code,
            content_type=fetch.content_type or "",
            last_modified=fetch.last_modified,
            fetched_at=fetch.fetched_at,
            carried=fetch.carried,
            sha256=fetch.content_sha256,
        )
        if _sent_home(doc, home):
            # an old link the site now redirects to its home page (a Q&A board gone, a
            # moved page): what a person calls missing, not the item's page (soft 404)
            doc.outcome = "soft_404"
            docs[fetch.url] = doc
            continue
        if content is not None:
            doc.title = content.title or ""
            doc.text = content.text or ""
            doc.tables = content.tables or []
            doc.quality = content.text_quality
            doc.extract_status = content.extract_status
            doc.extract_method = content.extract_method or ""
        docs[fetch.url] = doc
        if doc.final_url != doc.url:
            docs.setdefault(doc.final_url, doc)

    members = _archive_members(session, docs)

    pages = [d for d in distinct(docs) if d.kind == "page" and d.text]
    line_counts: Counter[str] = Counter()
    times: dict[str, Counter[int]] = {}  # a line -> how many times pages write it -> pages
    for page in pages:
        written = Counter(_split_lines(page.text))
        line_counts.update(written.keys())
        for ln, n in written.items():
            times.setdefault(ln, Counter())[n] += 1
    threshold = max(3, int(BOILERPLATE_SHARE * len(pages)))
    # the template's line, and how many times the template writes it on a page
    boiler_lines = {
        ln: times[ln].most_common(1)[0][0] for ln, n in line_counts.items() if n >= threshold
    }
    for doc in docs.values():
        if doc.kind == "page":
            doc.main_text = "\n".join(_own_lines(_split_lines(doc.text), boiler_lines))
        else:
            doc.main_text = doc.text
        if _says_gone(doc, NOT_FOUND):
            doc.outcome = "soft_404"
        elif _says_gone(doc, NO_ACCESS):
            doc.outcome = "no_access"

    raw_links = session.execute(
        select(
            Link.from_url,
            Link.to_url,
            Link.anchor,
            Link.context,
            Link.tag,
            Link.in_scope,
            Link.page,
        ).where(Link.crawl_id == crawl.id)
    ).all()
    pair_pages: dict[tuple[str, str], set[str]] = defaultdict(set)
    for from_url, to_url, anchor, *_ in raw_links:
        pair_pages[(to_url, anchor)].add(from_url)
    links: list[LinkView] = []
    links_from: dict[str, list[LinkView]] = defaultdict(list)
    for from_url, to_url, anchor, context, tag, in_scope, page in raw_links:
        view = LinkView(
            from_url,
            to_url,
            anchor or "",
            context or "",
            tag or "a",
            bool(in_scope),
            boilerplate=len(pair_pages[(to_url, anchor)]) >= threshold,
            page=page,
        )
        links.append(view)
        links_from[from_url].append(view)
    for doc in distinct(docs):
        if doc.kind == "page" and doc.main_text:
            doc.main_text = _without_unlinked(doc, links_from.get(doc.url, []))
        elif doc.tables and doc.main_text:
            doc.main_text = _without_empty_sheets(doc)
    for archive_url, inside in members.items():
        for member in inside:  # the archive lists its members by name, as a folder page does
            _, name = split_member(member.url)
            view = LinkView(archive_url, member.url, name or "", "", "a", True)
            links.append(view)
            links_from[archive_url].append(view)
    return Snapshot(
        site=site,
        crawl=crawl,
        docs=docs,
        links=links,
        links_from=dict(links_from),
        members=members,
    )


# What a row says to open its document by ("... เอกสารประกอบ", "... ดาวน์โหลด", "... คลิกที่นี่"):
# written where the link should be. Not "รายละเอียดตามเอกสารแนบ": that closes a paragraph
# introducing the attachment (placeholders.defers).
_OPEN_CUE = re.compile(
    r"(?:เอกสารประกอบ|ดาวน์โหลด(?:เอกสาร|ไฟล์)?|ดาวโหลด|download|คลิก(?:ที่นี่|ดู)?|\(?pdf\)?"
    r"|เปิดเอกสาร|ดูเอกสาร)$"
)
# An icon's alternative text, or its file's name: the row's file-type picture, not content.
_ICON_WORDS = re.compile(r"^(?:pdf|docx?|xlsx?|file|icon|ไฟล์|เอกสาร|download|ดาวน์โหลด)$")
_ICON_FILE = re.compile(
    r"(?:^|[/_.-])(?:pdf|docx?|xlsx?|file|icons?|ico|download|dl|bullet|arrow)[\w-]*\.(?:png|gif|svg|webp|jpe?g)$",
    re.I,
)


def file_icon(link: LinkView) -> bool:
    """Whether an image ``link`` is a file-type icon (alt "PDF", ``/img/pdf.png``)."""
    if link.tag != "img":
        return False
    if _ICON_WORDS.match(link.compact_anchor):
        return True
    return _ICON_FILE.search(urllib.parse.urlsplit(link.to_url).path) is not None


_CUED_NAME = 16  # compact letters before the cue: less is a table's header ("เอกสาร วันที่ ดาวน์โหลด")
_CUED_ROW = 150  # ... and at most: more is a paragraph, not a row


def _without_unlinked(doc: Doc, links: list[LinkView]) -> str:
    """A page's lines less the rows that offer a document with no link to it: a title, a PDF
    icon and "เอกสารประกอบ" or "ดาวน์โหลด" where the button leads nowhere (``href="#"``, an empty
    href, no anchor at all). The document is not published; its title is not its content. A
    row whose words are a link's, or its link's row, stays."""
    own = {doc.url, doc.final_url}
    links = [lk for lk in links if lk.to_url.split("#")[0] not in own and not file_icon(lk)]
    anchors = {lk.compact_anchor for lk in links if lk.compact_anchor}
    rows = [compact_for_match(lk.context) for lk in links if lk.context]
    kept = []
    for line in doc.main_text.splitlines():
        compact = compact_for_match(line)
        cue = _OPEN_CUE.search(compact)
        if (
            cue
            and _CUED_NAME <= cue.start() <= _CUED_ROW
            and not any(a in compact or compact in a for a in anchors)
            and not any(compact in row for row in rows)
        ):
            continue
        kept.append(line)
    return "\n".join(kept)


SHEET_TITLE = 60  # compact letters of a sheet's name or title line over its table
_FIGURE = re.compile(r"[0-9๐-๙]")


def _without_empty_sheets(doc: Doc) -> str:
    """A workbook's text less its sheets holding only a header row (a hidden "รายงานผล 2568"
    with its columns and no rows): the sheet's name and columns are not the report."""
    heads = {
        compact_for_match(" ".join(cells))
        for table in doc.tables
        if len(table) == 1
        and len(cells := [str(c) for c in table[0] if c not in (None, "")]) >= 2
        and not _FIGURE.search("".join(cells))  # a row of figures is data, not columns
    }
    if not heads:
        return doc.main_text
    lines = doc.main_text.split("\n")  # (not splitlines: the page breaks between sheets stay)
    drop: set[int] = set()
    for n, line in enumerate(lines):
        if compact_for_match(line) not in heads:
            continue
        after = next((ln for ln in lines[n + 1 :] if ln.strip()), "")
        if after and "\t" in after and compact_for_match(after) not in heads:
            continue  # rows follow: a table of its own, not an empty sheet
        drop.add(n)
        if n and lines[n - 1].strip() and len(compact_for_match(lines[n - 1])) <= SHEET_TITLE:
            drop.add(n - 1)
    return "\n".join(ln for n, ln in enumerate(lines) if n not in drop)


def _says_gone(doc: Doc, words: tuple[str, ...]) -> bool:
    """Whether a page answered with status 200 says what was asked is not there: a CMS's "not
    found" answer (a soft 404, :data:`NOT_FOUND`), a file host's "you need access"
    (:data:`NO_ACCESS`). Its title or its own opening line says so ("ขออภัย ไม่พบเอกสารที่ท่าน
    ต้องการ") and it holds little else (:data:`NOT_FOUND_MAX`). A person calls the link dead."""
    if doc.kind != "page" or doc.outcome != "ok" or doc.tables:
        return False
    own = compact_for_match(doc.main_text)
    if len(own) > NOT_FOUND_MAX:
        return False
    first = compact_for_match(next(iter(doc.main_text.splitlines()), ""))
    return any(p in compact_for_match(doc.title) or p in first for p in words)


def _archive_members(session: Session, docs: dict[str, Doc]) -> dict[str, list[Doc]]:
    """The members of every archive the crawl fetched, as documents of their own (added to
    ``docs``): the archive's answer (alive, carried, Last-Modified) is theirs."""
    archives = {
        d.url: d
        for d in distinct(docs)
        if d.extract_method == "zip" and d.extract_status == "ok" and d.alive
    }
    if not archives:
        return {}
    shas = {d.url: d.sha256 for d in archives.values()}
    rows = session.execute(
        select(ContentMember, Content)
        .outerjoin(Content, ContentMember.member_sha256 == Content.sha256)
        .where(ContentMember.archive_sha256.in_({s for s in shas.values() if s}))
        .order_by(ContentMember.archive_sha256, ContentMember.position)
    ).all()
    by_archive: dict[str, list[tuple[ContentMember, Content | None]]] = defaultdict(list)
    for member, content in rows:
        by_archive[member.archive_sha256].append((member, content))
    out: dict[str, list[Doc]] = {}
    for url, archive in archives.items():
        inside: list[Doc] = []
        for member, content in by_archive.get(shas[url] or "", ()):
            doc = Doc(
                url=member_url(url, member.name),
                final_url=member_url(url, member.name),
                kind="document",
                outcome=archive.outcome,
                status_code=archive.status_code,
                last_modified=archive.last_modified,
                fetched_at=archive.fetched_at,
                carried=archive.carried,
            )
            if content is not None:
                doc.title = content.title or ""
                doc.text = doc.main_text = content.text or ""
                doc.tables = content.tables or []
                doc.quality = content.text_quality
                doc.extract_status = content.extract_status
                doc.extract_method = content.extract_method or ""
            else:
                doc.extract_status = "error"
            inside.append(doc)
            docs.setdefault(doc.url, doc)
        if inside:
            out[url] = inside
    return out
