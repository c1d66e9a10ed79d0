"""News stories: pages that tell of an event on a day (a meeting, a training, a handover).

A district's news post opens its body the way Thai press releases do, with the day of the
event and what happened: "วันที่ ๒๐ ตุลาคม ๒๕๖๗ ฝ่ายพัฒนาชุมชน… จัดอบรม…", "เมื่อวันที่ 12
มิถุนายน 2566 นาย… ผู้อำนวยการเขต… เป็นประธาน…". Such a story may name an item's subject (a
training on writing community-subsidy proposals) without being the item's document (the
subsidies granted). It is the evidence of the items about news and activities (the rule's
``posts``); for the others it is at most a pointer: the documents it links are read, its own
words carry none of the item's parts. A post that carries a document's text (an announcement
"ประกาศ… เรื่อง…", a table of figures) is no story.
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import replace

from checklist.elements import content_text
from checklist.evidence import Bundle
from checklist.snapshot import Doc
from oitwatch.thai import compact_for_match, find_dates

__all__ = ["announcement_span", "announcement_text", "news_story", "without_stories"]

LEDE_LINES = 4  # lines of a page's content (after its heading) where a story's lede stands
LEDE_MIN = 80  # compact letters: a shorter dated line is a byline, not the story's opening
# what may stand before the day in a lede ("เมื่อวันที่ ๑๒ มิ.ย. ๖๖ …")
LEDE_OPENINGS = ("", "วันที่", "เมื่อวันที่", "เมื่อ")
ANNOUNCEMENT = "ประกาศ"  # a document's own opening: "ประกาศสำนักงานเขต… เรื่อง …"
ANNOUNCEMENT_SUBJECT = "เรื่อง"
ANNOUNCED_ON = "ประกาศณวันที่"  # the close of an announcement's text, above its signature


def _lede(line: str) -> bool:
    """Whether ``line`` (compact) opens a story: the day of the event first, then what
    happened, at some length."""
    if len(line) < LEDE_MIN:
        return False
    dates = find_dates(line)
    return bool(dates) and line[: dates[0].start] in LEDE_OPENINGS


# what may stand before the day on a story's dateline ("โพสต์เมื่อ ๑๒ มี.ค. ๒๕๖๘"); not an
# update stamp ("ปรับปรุงข้อมูล ๑๘ มี.ค. ๒๕๖๘") nor the date of data ("ข้อมูล ณ …")
DATELINE_OPENINGS = (
    *LEDE_OPENINGS,
    "โพสต์เมื่อ",
    "โพสต์วันที่",
    "เผยแพร่เมื่อ",
    "เผยแพร่วันที่",
    "วันที่เผยแพร่",
    "ลงข่าวเมื่อ",
    "ข่าววันที่",
)
DATELINE_MAX = 60  # compact letters: the day and a byline after it ("| ฝ่ายปกครอง (งานประชาสัมพันธ์)")
BYLINE_SEPARATORS = ("|", "โดย", "-", "–", "ที่มา")
# where a site keeps its news: the address's folder, or the trail and links of the page
NEWS_PATH = re.compile(r"/(?:news|ข่าว)[^/]*/", re.IGNORECASE)
NEWS_WORD = "ข่าว"


def _dateline(line: str) -> bool:
    """Whether ``line`` (compact) is a story's dateline: the day it was posted alone, or with who
    posted it ("วันที่ ๒๐ ก.พ. ๒๕๖๘ | ฝ่ายปกครอง (งานประชาสัมพันธ์)")."""
    if len(line) > DATELINE_MAX:
        return False
    dates = find_dates(line)
    if not dates or dates[0].precision != "day" or line[: dates[0].start] not in DATELINE_OPENINGS:
        return False
    rest = line[dates[0].end :]
    return not rest or rest.startswith(BYLINE_SEPARATORS)


def _in_news(doc: Doc, lines: list[str]) -> bool:
    """Whether ``doc`` is kept among the site's news: its address is in a news folder
    ("/news/n11.html"), or a short line of it (its trail "หน้าหลัก › ข่าวประชาสัมพันธ์", the link
    back "« กลับหน้าข่าว") names the news."""
    path = urllib.parse.urlsplit(doc.final_url or doc.url).path
    if NEWS_PATH.search(urllib.parse.unquote(path) + "/"):
        return True
    return any(NEWS_WORD in ln and len(ln) <= DATELINE_MAX for ln in lines)


def _datelined(doc: Doc, lines: list[str]) -> bool:
    """Whether the content (compact lines) opens as a news post does on its own page: the dateline
    among the first lines, the story told right under it, on a page of the site's news."""
    for n, line in enumerate(lines[:LEDE_LINES]):
        if _dateline(line):
            told = lines[n + 1 : n + 3]
            return any(len(ln) >= LEDE_MIN for ln in told) and _in_news(doc, lines)
    return False


def _carries_document(lines: list[str]) -> bool:
    """Whether a post's content (compact lines) holds a document's text: an announcement
    ("ประกาศ… เรื่อง…", "ประกาศ ณ วันที่")."""
    return any(
        (ln.startswith(ANNOUNCEMENT) and ANNOUNCEMENT_SUBJECT in ln) or ANNOUNCED_ON in ln
        for ln in lines
    )


def announcement_text(doc: Doc) -> bool:
    """Whether ``doc`` is a page (a news post) carrying an announcement's full text, closed by
    "ประกาศ ณ วันที่ …" above its signature: the page is the document (the policy announced in
    the post's body), and the year it is for counts as a document's. A link's label never
    carries that close, so an index row naming an announcement is not one."""
    if doc.kind != "page" or not doc.readable:
        return False
    return any(
        compact_for_match(ln).startswith(ANNOUNCED_ON) for ln in content_text(doc).splitlines()
    )


def announcement_span(doc: Doc) -> str:
    """The announcement's own text in a page carrying one (:func:`announcement_text`): its
    content up to the close "ประกาศ ณ วันที่ …", not what the page holds after it (last year's
    report of what was done under the policy)."""
    lines = content_text(doc).splitlines()
    end = next(
        (i for i, ln in enumerate(lines) if compact_for_match(ln).startswith(ANNOUNCED_ON)), None
    )
    return "\n".join(lines if end is None else lines[: end + 1])


def news_story(doc: Doc) -> bool:
    """Whether ``doc`` is a page telling of an event: the first long line of its content is a
    lede (the day, then what happened), or a dateline stands over the story
    (:func:`_datelined`), and it holds no document's text or table. A page opening with a
    paragraph of its own (the channels for opinions) that lists a dated activity under it is
    not a story."""
    if doc.kind != "page" or not doc.readable or doc.tables:
        return False
    lines = [c for c in (compact_for_match(ln) for ln in content_text(doc).splitlines()) if c]
    opening = next((ln for ln in lines[:LEDE_LINES] if len(ln) >= LEDE_MIN), "")
    if not _lede(opening) and not _datelined(doc, lines):
        return False
    return not _carries_document(lines)


def without_stories(bundle: Bundle) -> Bundle:
    """``bundle`` without its news stories and their links, and without the links to them:
    the words of a story (and of a link naming the item that opens one) carry no part of an
    item about something else. The documents a story links stay: they are read as they are."""
    stories = {d.url for d in bundle.docs if news_story(d)}
    if not stories:
        return bundle
    stories |= {d.final_url for d in bundle.docs if d.url in stories}
    labels: dict[str, set[str]] = {}  # page -> the words of its links to stories
    for lk in bundle.links:
        if lk.to_url in stories and lk.compact_anchor:
            labels.setdefault(lk.from_url, set()).add(lk.compact_anchor)
    return replace(
        bundle,
        docs=[
            _unlabelled(d, labels.get(d.url, set())) for d in bundle.docs if d.url not in stories
        ],
        links=[
            lk for lk in bundle.links if lk.from_url not in stories and lk.to_url not in stories
        ],
    )


LABEL_MAX = 40  # compact letters: what a line holds beside a story's link is only its label


def _unlabelled(doc: Doc, labels: set[str]) -> Doc:
    """``doc`` without the lines that are only the words of its links to stories, or a short
    label and such a link ("ข้อมูลเงินอุดหนุนชุมชน: ผู้อำนวยการเขต… มอบเงินอุดหนุนชุมชน"): the
    label names where the link points, not what the page holds."""
    if not labels:
        return doc
    kept = [
        ln for ln in doc.main_text.splitlines() if not _story_label(compact_for_match(ln), labels)
    ]
    return replace(doc, main_text="\n".join(kept))


def _story_label(line: str, labels: set[str]) -> bool:
    """Whether ``line`` (compact) is a link to a story, alone or beside a short label."""
    return any(label in line and len(line.replace(label, "", 1)) <= LABEL_MAX for label in labels)
