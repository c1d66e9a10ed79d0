"""Is an item's evidence of the right time? Fiscal years, months, news dates.

Fiscal years come first from what the documents state (ปีงบประมาณ พ.ศ. …),
then from date ranges and dates in the text, then from HTTP Last-Modified as a
last resort. Monthly series are checked month by month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from checklist.evidence import Bundle
from checklist.placeholders import (
    deferred,
    drop_pending_sections,
    empty_listing,
    nil_lines,
    only_pending,
)
from checklist.posts import announcement_span, announcement_text
from checklist.snapshot import Doc, LinkView
from crawler.extract import PAGE_BREAK
from crawler.urls import split_member
from oitwatch.thai import (
    compact_for_match,
    find_date_ranges,
    find_dates,
    find_fiscal_years,
    first_half,
    fiscal_year_months,
    fiscal_year_of,
    thai_month_name,
    thai_to_arabic,
)
from rules.models import (
    CurrentFiscalYear,
    HalfYear,
    MonthlySeries,
    PreviousFiscalYear,
    Recent,
    Standing,
    month_day,
)

__all__ = ["Timing", "blank_files", "judge_freshness", "month_due", "series_year", "units"]


@dataclass
class Timing:
    """The verdict on time: ``ok`` None means the year could not be told."""

    ok: bool | None
    years: list[int] = field(default_factory=list)  # fiscal years seen (BE)
    months_missing: list[str] = field(default_factory=list)  # "YYYY-MM" (CE)
    latest: date | None = None
    basis: str = ""  # stated | dates | http | none
    covered_to: date | None = None  # a half-year report's evidence ends here (before it is due)
    half_of: int | None = None  # ... the fiscal year whose six-month report that is
    mislabelled: list[str] = field(default_factory=list)  # ... called six-month, reporting less
    part_year: bool = False  # an annual report wanted, only this year's part-year report found
    gap: bool = (
        False  # a monthly series lacks months inside it: a later month, the latest due, is there
    )
    covered: list[str] = field(default_factory=list)  # "YYYY-MM": the months a report covers
    # an annual report wanted, only a calendar year's (January-December, BE year) found: a whole
    # year on another basis, short of the fiscal year's first months
    calendar_year: int | None = None
    # "YYYY-MM": months of a monthly series named only by links that do not open (a quarter's
    # truncated ZIP, a month's 404): not published, as for a person (also in months_missing)
    months_dead: list[str] = field(default_factory=list)


# A notice that is not news of the agency's work: a job opening, an examination, a call for
# bids. Its dates (the application window) say nothing of whether the news is kept up.
_NOTICE = re.compile(r"รับสมัคร|สอบแข่งขัน|สอบคัดเลือก|รายชื่อผู้มีสิทธิ|ประกวดราคา|สอบราคา|e-bidding")


def _without_notices(text: str) -> str:
    """``text`` less the lines of notices (:data:`_NOTICE`) and the date line under each."""
    lines = text.splitlines()
    drop: set[int] = set()
    for n, line in enumerate(lines):
        if _NOTICE.search(line.lower()):
            drop.add(n)
            if n + 1 < len(lines) and len(compact_for_match(lines[n + 1])) <= _DATE_LINE:
                drop.add(n + 1)
    return "\n".join(ln for n, ln in enumerate(lines) if n not in drop)


_DATE_LINE = (
    40  # compact letters: a line this short under a title is its date ("รับสมัคร 17 - 28 มี.ค.")
)


def units(bundle: Bundle) -> list[str]:
    """Texts that each speak of one thing: titles with text, link texts, candidate snippets.

    A page's sections that are placeholders ("ปีงบประมาณ 2568: อยู่ระหว่างรวบรวมข้อมูล") are
    left out: an older year's full tab does not make the current year's empty tab current."""
    return [text for _, text, _ in _sourced_units(bundle)]


def _sourced_units(bundle: Bundle, live: bool = False) -> list[tuple[str, str, bool]]:
    """:func:`units`, each with the URL it speaks of and whether it is that URL's own text (a
    page's or document's) rather than the words of a link or candidate naming it. With
    ``live``, the words naming links that do not open (:func:`_dead_lines`) are left out too."""
    out: list[tuple[str, str, bool]] = []
    empty = _placeholders(bundle)
    to_empty = {
        (lk.from_url, compact_for_match(lk.anchor)) for lk in bundle.links if lk.to_url in empty
    }
    if live:
        unread = _unread(bundle)
        empty |= set(bundle.dead) | unread
        to_empty |= _dead_lines(bundle, unread)
    # a list's line naming a month its document belies (January's row opening December's
    # summary) names nothing published for that month
    own_months = _own_months(bundle)
    belied = _belied(bundle, own_months)
    to_empty |= {(lk.from_url, key) for lk in belied for key in _line_keys(lk)}
    # an archive whose documents are read speaks through them: the words naming it ("ไตรมาส 2
    # (ม.ค. - มี.ค.)" beside a ZIP holding January and March) do not say what it holds
    opened = {split_member(d.url)[0] for d in bundle.docs if split_member(d.url)[1] is not None}
    to_opened: dict[str, list[str]] = {}
    for lk in bundle.links:
        if lk.to_url in opened and len(lk.compact_anchor) >= 4:
            to_opened.setdefault(lk.from_url, []).append(lk.compact_anchor)
    for doc in bundle.docs:
        if doc.url in empty:
            continue
        # a section of a page ("/ita/#part=8") has its page's links
        page = doc.url.split("#", 1)[0]
        lines = [  # a list's line naming a placeholder ("… ปีงบประมาณ 2568") is no content
            ln
            for ln in doc.main_text.splitlines()
            if (doc.url, key := compact_for_match(ln)) not in to_empty
            and (page, key) not in to_empty
            and (ANY_PAGE, key) not in to_empty
            and not any(a in key for a in to_opened.get(doc.url, to_opened.get(page, ())))
        ]
        if doc.kind == "page" and doc.url in own_months:
            # a viewer's words naming a month its document belies name nothing published
            lines = [ln for ln in lines if not _belies(own_months, ln, doc.url)]
        text = drop_pending_sections("\n".join(lines))
        # "…เดือนกุมภาพันธ์ ๒๕๖๕ … กำลังจัดทำ และจะเผยแพร่ภายหลัง": months not out yet
        text = "\n".join(ln for ln in text.splitlines() if not deferred(compact_for_match(ln)))
        title = "" if _belies(own_months, doc.title, doc.url) else doc.title
        out.append((doc.url, f"{title}\n{text}", True))
    for link in bundle.links:
        # an in-page link (a tab, "#y2568") names a part of its page, already read above; a link
        # to a placeholder ("ปี 2568" -> "อยู่ระหว่างจัดทำ") names a year that has nothing yet
        if (
            not link.boilerplate
            and link.tag == "a"
            and link.to_url != link.from_url
            and link.to_url not in empty
            and link not in belied
            and link.to_url not in opened
        ):
            out.append((link.to_url, f"{link.anchor} {link.context}".strip(), False))
    out.extend(
        (c.url, c.snippet, False)
        for c in bundle.candidates
        if c.url not in empty and c.url not in opened and not _belies(own_months, c.snippet, c.url)
    )
    return [(u, t, own) for u, t, own in out if t.strip()]


ANY_PAGE = "*"  # in (page, line) keys: the line on any page of the evidence


def blank_files(bundle: Bundle) -> list[Doc]:
    """The bundle's files that opened but hold no words at all, not even OCR's (a scan too
    coarse or blank to read): what names them names nothing published."""
    return [d for d in bundle.docs if d.kind == "document" and d.alive and not d.text.strip()]


def _unread(bundle: Bundle) -> set[str]:
    return {u for d in blank_files(bundle) for u in (d.url, d.final_url)}


def _dead_lines(
    bundle: Bundle, unread: set[str] | frozenset[str] = frozenset()
) -> set[tuple[str, str]]:
    """(page, compact line) of the lines of a list naming links that do not open (a quarter's
    row "ไตรมาสที่ 2 (ม.ค. - มี.ค. 2568)" beside its truncated ZIP), or open a file with no
    words (``unread``): the link's words and its row's, unless a link that opens shares them."""
    dead = set(bundle.dead) | unread
    keys: dict[tuple[str, str], bool] = {}  # -> whether a link of the line opens
    for lk in bundle.links:
        if lk.boilerplate or lk.tag != "a":
            continue
        for key in _line_keys(lk):
            keys[(lk.from_url, key)] = keys.get((lk.from_url, key), False) or (
                lk.to_url not in dead
            )
    named = {
        (lk.from_url, key)
        for lk in bundle.links
        if lk.to_url in dead and not lk.boilerplate
        for key in _line_keys(lk)
    }
    # a dead candidate's own words, on whatever page of the evidence they stand (a section of
    # the OIT index, "/ita/#part=8", whose links are its page's): unless a link that opens
    # shares them
    live = {key for (_, key), opens in keys.items() if opens}
    named |= {
        (ANY_PAGE, key)
        for c in bundle.candidates
        if c.url in dead
        and c.source != "title"
        and (key := compact_for_match(c.title))
        and key not in live
    }
    return {k for k in named if not keys.get(k, False)}


def _named_months(text: str) -> set[tuple[int, int]]:
    return {(d.date.year, d.date.month) for d in find_dates(text) if d.precision == "month"}


def _row(link: LinkView) -> str:
    """The words of a link's row (its context without the heading before it)."""
    return link.context.rsplit(" | ", 1)[-1] if link.context else ""


def _line_keys(link: LinkView) -> set[str]:
    return {k for k in (compact_for_match(link.anchor), compact_for_match(_row(link))) if k}


VIEWER_TEXT = 200  # compact letters of a page's own beyond which it is more than a file's viewer


def _own_months(bundle: Bundle) -> dict[str, set[tuple[int, int]]]:
    """The months each read document of the bundle names in its own text, and the pages that
    only show one of them (a file host's viewer, "สขร.1 ก.พ.68.pdf - Google ไดรฟ์" over its
    download button): such a page speaks through its document."""
    own: dict[str, set[tuple[int, int]]] = {}
    for d in bundle.docs:
        months = _named_months(f"{d.title}\n{d.main_text}") if d.machine_read else set()
        if d.kind == "document" and months:
            own[d.url] = own[d.final_url] = months
    viewers = {
        d.url: d
        for d in bundle.docs
        if d.kind == "page" and len(compact_for_match(d.main_text)) <= VIEWER_TEXT
    }
    if not own or not viewers:
        return own
    shown: dict[str, set[str]] = {}
    for lk in bundle.links:
        if lk.from_url in viewers and not lk.boilerplate and lk.to_url != lk.from_url:
            shown.setdefault(lk.from_url, set()).add(lk.to_url)
    for url, targets in shown.items():
        if len(targets) == 1 and (months := own.get(next(iter(targets)))):
            own[url] = own[viewers[url].final_url] = months
    return own


def _belies(own: dict[str, set[tuple[int, int]]], words: str, url: str) -> bool:
    """Whether the document at ``url`` belies ``words`` naming it: they name a month, it names
    other months only (a candidate's "ประจำเดือนมกราคม" over December's summary)."""
    named = _named_months(words)
    return bool(named) and url in own and not named & own[url]


def _belied(bundle: Bundle, own: dict[str, set[tuple[int, int]]] | None = None) -> list[LinkView]:
    """Links whose words name a month (its anchor's, else its row's) that the document they
    open, read from its own text, does not: it names other months only."""
    if own is None:
        own = _own_months(bundle)
    out = []
    for lk in bundle.links:
        if not (months := own.get(lk.to_url)):
            continue
        named = _named_months(lk.anchor) or _named_months(_row(lk))
        if named and not named & months:
            out.append(lk)
    return out


def _placeholders(bundle: Bundle) -> set[str]:
    """URLs of the bundle's pages and files that say only that their content is coming (or, a
    section of a document, only name their item)."""
    return {
        u
        for d in bundle.docs
        if d.readable
        and (
            only_pending(d.main_text)
            or d.only_heading
            or empty_listing(d.text)
            or (d.kind == "page" and nil_lines(d.main_text))
        )
        for u in (d.url, d.final_url)
    }


def _fy_deadline(fy: int, deadline: str) -> date:
    month, day = month_day(deadline)
    year = fy - 543 - (1 if month >= 10 else 0)
    return date(year, month, day)


def month_due(year: int, month: int, due_day: int) -> date:
    """The day a month's publication is due: ``due_day`` of the following month."""
    return date(year + month // 12, month % 12 + 1, due_day)


def series_year(freshness: MonthlySeries, as_of: date) -> int:
    """The fiscal year whose monthly series is judged on ``as_of``: the current one once its
    first month is due, before that the last one (on 31 October its September is due, and
    nothing of the new year yet)."""
    fy = fiscal_year_of(as_of)
    start, _ = first_half(fy)
    return fy if month_due(start.year, start.month, freshness.due_day) <= as_of else fy - 1


# A page's edit stamp: "ปรับปรุงล่าสุด ๓ ก.พ. ๒๕๖๘", "ปรับปรุงข้อมูลเมื่อ 22/01/2568", "อัปเดต 2
# ต.ค. 68", "Last updated 5 March 2025". It says when the page was last touched, not what period
# its content is of: a page of the previous governor's policy and expired plans edited in 2568
# is not of 2568.
_STAMP = re.compile(
    r"(?:(?:ปรับปรุง|แก้ไข|อัปเดต|อัพเดท|อัพเดต|อัปเดท)\s*(?:ข้อมูล|หน้า|เนื้อหา)?\s*"
    r"(?:ล่าสุด|เมื่อ)?\s*(?:เมื่อ)?\s*(?:วันที่)?|(?:last\s+)?updated?(?:\s+on)?)\s*[:：]?\s*$",
    re.IGNORECASE,
)


def without_stamps(text: str) -> str:
    """``text`` with the days it gives as edit stamps blanked (same length)."""
    out = text
    for d in find_dates(text):
        if d.precision == "day" and _STAMP.search(text[max(0, d.start - 40) : d.start]):
            out = out[: d.start] + " " * (d.end - d.start) + out[d.end :]
    return out


def _named_years(bundle: Bundle, fy: int) -> set[int]:
    """The Buddhist-era years and spans the bundle's pages and documents name in their own words
    (:func:`purpose_years` over the whole text: a plan "พ.ศ. ๒๕๖๑ – ๒๕๖๕", an action plan "ประจำปี
    พ.ศ. ๒๕๖๕"; laws cited by their year left out)."""
    return {
        y
        for url, text, own in _sourced_units(bundle)
        if own and url not in bundle.others_items
        for y in purpose_years(without_stamps(text), fy, len(text))
    }


def _dated_years(texts: list[str], as_of: date, stamps: bool = False) -> set[int]:
    """The fiscal years of the periods and dates in ``texts``. A text that states the period it
    covers ("ระยะเวลารายงาน: เมษายน – กันยายน ๒๕๖๗") is of that period: the days it also names
    (signed, reported "ณ วันที่ ๑๕ ตุลาคม ๒๕๖๗", posted) say when, not what it is of."""
    years: set[int] = set()
    horizon = as_of + timedelta(days=400)
    for t in texts if stamps else map(without_stamps, texts):
        ranges = [r for r in find_date_ranges(t) if r.start <= horizon]
        for r in ranges:
            years.add(fiscal_year_of(r.start))
            years.add(fiscal_year_of(r.end))
        for d in find_dates(t):
            if d.date > horizon or d.precision == "year" or (ranges and d.precision == "day"):
                continue
            years.add(fiscal_year_of(d.date))
    return years


PURPOSE_CHARS = 500  # a document says what year it is for in its title and opening
PLAUSIBLE_BACK = 15  # fiscal years further back than this (or ahead of next year) are misreadings
_BE_YEAR = re.compile(r"(?:พ\.?\s?ศ\.?|ปี)\s*(25\d\d)(?:\s*[-–]\s*(?:พ\.?\s?ศ\.?\s*)?(25\d\d))?")
# A law or regulation cited by its name and year ("ตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหาร
# พัสดุภาครัฐ พ.ศ. ๒๕๖๐"): its year is the law's, not the year the document is for.
_LAW = re.compile(
    r"(?:พระราชบัญญัติ|พ\.ร\.บ\.|ระเบียบ|กฎกระทรวง|พระราชกฤษฎีกา|รัฐธรรมนูญ|ประมวลกฎหมาย)"
    r".{0,120}?พ\.?\s?ศ\.?\s*25\d\d",  # a PDF may break the law's name over lines
    re.DOTALL,
)


# A fiscal year named as where unfinished work carries on ("โครงการที่ไม่แล้วเสร็จจะดำเนินการ
# ต่อเนื่องในปีงบประมาณ พ.ศ. ๒๕๖๕"): the year the plan covers decides, not the year it hands on to.
_CARRIED = re.compile(
    r"ต่อเนื่อง[ \t]*(?:ใน|ไปใน|ถึง|จนถึง|ไปยัง)[ \t]*"
    r"(ปีงบ(?:ประมาณ)?[ \t]*(?:พ\.?[ \t]?ศ\.?)?[ \t]*[0-9๐-๙]{2,4})"
)


def without_carried(text: str) -> str:
    """``text`` without the fiscal years it names only as where work carries on (same length)."""
    return _CARRIED.sub(lambda m: m[0][: m.start(1) - m.start(0)] + " " * len(m[1]), text)


def purpose_years(text: str, fy: int, chars: int = PURPOSE_CHARS) -> set[int]:
    """The fiscal years a document is *for*, from its opening: a stated fiscal year, else a
    Buddhist-era year or range ("ระยะ 5 ปี พ.ศ. 2565 - 2569" covers each year in it), else the
    fiscal year of the day it is dated ("ประกาศ ณ วันที่ 1 ตุลาคม พ.ศ. 2564" is of 2565).
    Years no agency would write as of ``fy`` (an OCR'd ๒๕๖๘ read as ๒๕๒๕) are ignored."""
    head = without_carried(thai_to_arabic(text[:chars]))
    years = set(find_fiscal_years(head))
    if not years:
        # the year of a day's date (signed, announced) says when, not what it is for; so does a
        # month's, though a document of one month is for that month's fiscal year ("สรุปผลการ
        # จัดซื้อจัดจ้างในรอบเดือนตุลาคม พ.ศ. ๒๕๖๘" is of 2569): the fiscal year of either
        # stands when the opening states no other year
        days = [d for d in find_dates(head) if d.precision in ("day", "month")]
        dated: set[int] = set()
        lawless = _LAW.sub(lambda m: " " * len(m[0]), head)  # same length: days stay aligned
        calendar = _calendar_periods(head)
        for m in _BE_YEAR.finditer(lawless):
            day = next((d for d in days if d.start <= m.start(1) < d.end), None)
            if day is not None:
                dated.add(fiscal_year_of(day.date))
                continue
            first = int(m[1])
            last = int(m[2]) if m[2] else first
            if first == last and first in calendar:
                # a calendar year's figures ("ปี 2568 (มกราคม - พฤศจิกายน 2568)") are of the
                # fiscal year their period reaches: November 2568 is FY2569's
                years.add(calendar[first])
                continue
            years.update(range(first, last + 1) if 0 <= last - first <= 10 else [first])
        years = years or dated
    return {y for y in years if fy - PLAUSIBLE_BACK <= y <= fy + 1}


def _calendar_periods(head: str) -> dict[int, int]:
    """The calendar years an opening's periods run within, from January ("มกราคม - มิถุนายน
    ๒๕๖๘"): Buddhist-era year -> the fiscal year the period ends in. A year labelled "ปี 2568"
    beside such a period is a calendar year, not fiscal year 2568."""
    return {
        r.start.year + 543: fiscal_year_of(r.end)
        for r in find_date_ranges(head)
        if r.start.month == 1 and r.start.year == r.end.year and r.end > r.start
    }


def _content_years(text: str, fy: int) -> set[int]:
    """The fiscal years a document is for (:func:`purpose_years`), unless its body belies its
    heading: the heading states a year the body never names, while the body states only an
    earlier fiscal year and a span of it (a plan titled 2568 whose every slide is the 2567 plan,
    for 1 October 2566 - 30 September 2567, is the 2567 one)."""
    years = purpose_years(text, fy)
    lines = thai_to_arabic(text).splitlines()
    first = next((i for i, line in enumerate(lines) if find_fiscal_years(line)), None)
    if first is None:
        return years
    claimed = set(find_fiscal_years(lines[first]))
    body = "\n".join(lines[first + 1 :])
    inner = set(find_fiscal_years(body))
    # ... and the span it covers is of that earlier year ("1 ตุลาคม 2566 – 30 กันยายน 2567")
    spans = {fiscal_year_of(r.start) for r in find_date_ranges(body)}
    if (
        inner
        and max(inner) < min(claimed)
        and spans
        and max(spans) < min(claimed)
        and not any(str(y) in body for y in claimed)
    ):
        return {y for y in inner if fy - PLAUSIBLE_BACK <= y <= fy + 1} or years
    return years


def _part_years(doc: Doc, fy: int) -> set[int]:
    """The years a part of a long document is for, from anywhere in it (a chapter's opening is
    its heading; its years stand in its sub-headings: "๒๒.๓ มาตรการ ปีงบประมาณ พ.ศ. ๒๕๖๘",
    "แผนพัฒนาเขต (พ.ศ. ๒๕๖๖ - ๒๕๗๐)"), not the document's running header's
    (``checklist.sections``)."""
    return purpose_years(doc.main_text, fy, len(doc.main_text)) if doc.part_of else set()


_NUMBER = re.compile(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?(?![\d])")
TABLE_MONTHS = 2  # months of one fiscal year given figures: a table, not a date in a sentence


def _numbers_beyond_dates(line: str) -> int:
    """How many numbers ``line`` carries besides its dates and years."""
    plain = thai_to_arabic(line)
    for d in reversed(find_dates(plain)):
        plain = plain[: d.start] + " " + plain[d.end :]
    plain = re.sub(r"(?<!\d)25\d\d(?!\d)", " ", plain)
    return len(_NUMBER.findall(plain))


def tabled_years(text: str, as_of: date) -> set[int]:
    """The fiscal years a table of monthly figures in ``text`` gives data for, wherever it
    stands (a later sheet of a workbook, a table on the item's page beside last year's PDF): rows
    opening with a month ("ต.ค. 68  509822  150939"), or a header row of months over a row of as
    many figures ("ต.ค. 68 พ.ย. 68 ธ.ค. 68" / "จำนวนเรื่อง 0 0 0"). Months still to come are not
    data; a year needs :data:`TABLE_MONTHS` months (one month in a sentence is a date)."""
    lines = [ln.strip() for ln in thai_to_arabic(text).splitlines() if ln.strip()]
    months: set[tuple[int, int]] = set()
    for n, line in enumerate(lines):
        dates = [d for d in find_dates(line) if d.precision == "month" and d.date <= as_of]
        if not dates:
            continue
        if dates[0].start <= 2 and len(dates) == 1 and _numbers_beyond_dates(line) >= 1:
            months.add((dates[0].date.year, dates[0].date.month))
        elif (
            len(dates) >= TABLE_MONTHS
            and n + 1 < len(lines)
            and not find_dates(lines[n + 1])
            and _numbers_beyond_dates(lines[n + 1]) >= len(dates)
        ):
            months.update((d.date.year, d.date.month) for d in dates)
    per_year: dict[int, int] = {}
    for y, m in months:
        fy = fiscal_year_of(date(y, m, 1))
        per_year[fy] = per_year.get(fy, 0) + 1
    return {fy for fy, count in per_year.items() if count >= TABLE_MONTHS}


def _years(bundle: Bundle, as_of: date, figures: bool = False) -> tuple[set[int], str]:
    fy = fiscal_year_of(as_of)
    # The year a document is for governs: its own title and opening, not the post around it.
    empty = _placeholders(bundle)
    # a post carrying an announcement's full text is the document (:func:`announcement_text`)
    read = [
        d
        for d in bundle.docs
        if (d.kind == "document" or announcement_text(d)) and d.machine_read and d.url not in empty
    ]
    # a document there for another item (the tax workbook beside the revenue one) does not
    # give this item its year
    read = [d for d in read if d.url not in bundle.others_items] or read
    if figures:
        # figures are of the period they are given for: a document without any (the tax
        # collection manual "ฉบับปรับปรุง พ.ศ. ๒๕๖๘" beside the FY2567 tax table) does not date them
        given = [d for d in read if _has_amounts(d)]
        if given or _tabled_pages(bundle, as_of):
            read = given
    purposes = [_doc_years(d, fy) for d in read]
    # a scan is of the year its label states, not the one OCR misreads in it
    purposes += [_labelled_years(d, bundle, fy) for d in _scans(bundle)]
    stated_docs = set().union(*purposes) if purposes else set()
    # a table of months with figures gives data for its months' years, past a document's opening
    # (its next sheet) or on the item's own page beside a document of an earlier year
    tabled = [
        d
        for d in bundle.docs
        if d.url not in empty
        and d.url not in bundle.others_items
        and (d in read or (d.kind == "page" and d.readable))
    ]
    tables = set().union(set(), *(tabled_years(d.main_text, as_of) for d in tabled))
    if stated_docs:
        return stated_docs | tables, "stated"
    stated = _page_years(bundle, fy)
    if stated:
        return stated | _block_years(bundle, as_of) | tables, "stated"
    if tables:
        return tables, "stated"
    texts = units(bundle)
    dated = _dated_years(texts, as_of)
    if dated:
        return dated, "dates"
    stamped = _dated_years(texts, as_of, stamps=True)
    if stamped:
        # only edit stamps date the evidence: the years its pages name for what they hold
        # ("แผนปฏิบัติราชการ ประจำปี พ.ศ. ๒๕๖๕") come first, the stamp only without them
        named = _named_years(bundle, fy)
        return (named, "stated") if named else (stamped, "stamp")
    http = {fiscal_year_of(lm.date()) for d in bundle.docs if (lm := content_modified(d, as_of))}
    if http:
        return http, "http"
    return set(), "none"


FIGURES_MIN = 3  # amounts (1,234 or 1234, not a year) before a text gives figures


def _has_amounts(doc: Doc) -> bool:
    """Whether ``doc`` gives figures: a table, or :data:`FIGURES_MIN` amounts in its text."""
    if doc.tables:
        return True
    plain = re.sub(r"(?<!\d)25\d\d(?!\d)", " ", thai_to_arabic(doc.main_text))
    return len(_AMOUNT.findall(plain)) >= FIGURES_MIN


def _tabled_pages(bundle: Bundle, as_of: date) -> bool:
    """Whether a page of the bundle gives a table of monthly figures (:func:`tabled_years`)."""
    return any(
        d.kind == "page" and d.readable and tabled_years(d.main_text, as_of) for d in bundle.docs
    )


def _doc_years(doc: Doc, fy: int) -> set[int]:
    """The fiscal years a document is for; a page carrying an announcement is for the year its
    announcement states or is announced in (:func:`announcement_span`), not the years of what
    follows it on the page."""
    if doc.kind == "page":
        span = f"{doc.title}\n{announcement_span(doc)}"
        return purpose_years(span, fy, len(span))
    return _content_years(f"{doc.title}\n{doc.main_text}", fy) | _part_years(doc, fy)


def _scans(bundle: Bundle) -> list[Doc]:
    """The bundle's documents of this item that no machine could read (a scan, OCR only)."""
    return [
        d
        for d in bundle.docs
        if d.kind == "document"
        and d.readable
        and not d.machine_read
        and d.url not in bundle.others_items
    ]


def _labelled_years(doc: Doc, bundle: Bundle, fy: int) -> set[int]:
    """The fiscal years the links to a scan state (the OIT row's "แผนการใช้จ่ายงบประมาณ
    ประจำปีงบประมาณ พ.ศ. 2569"): OCR misreads a scan's years (๒๕๖๙ as ๒๕๖๘ or ๒๕๒๕), so its label
    speaks for it beside the documents read from a text layer; whether the scan holds what it
    is labelled stays for a person (the item's parts only in scans are for review)."""
    urls = (doc.url, doc.final_url)
    labels = [c.title for c in bundle.candidates if c.url in urls]
    labels += [lk.anchor for lk in bundle.links if lk.to_url in urls]
    return {
        y
        for label in labels
        for y in find_fiscal_years(without_carried(thai_to_arabic(label)))
        if fy - PLAUSIBLE_BACK <= y <= fy + 1
    }


SERVED_NOW = timedelta(days=1)  # a Last-Modified this close to the fetch is the answer's time


def content_modified(doc: Doc, as_of: date) -> datetime | None:
    """A document's Last-Modified when it may date its content: not within
    :data:`SERVED_NOW` of when it was fetched (a CMS page answers "now" whatever it holds; a
    file just copied or re-uploaded carries its copy's time) and not after ``as_of``."""
    lm = doc.last_modified
    if lm is None or lm.date() > as_of:
        return None
    if doc.fetched_at is not None and _utc(doc.fetched_at) - _utc(lm) < SERVED_NOW:
        return None
    return lm


def _utc(when: datetime) -> datetime:
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _block_years(bundle: Bundle, as_of: date) -> set[int]:
    """The fiscal years of the blocks of a page's sections that state none, by the days they are
    dated: a policy signed "๑ ตุลาคม ๒๕๖๗" under the item's heading is of 2568, though the report
    in the dialog below it states last year's."""
    years: set[int] = set()
    for doc in bundle.docs:
        if doc.kind != "page" or not doc.part_of:
            continue
        for block in without_stamps(doc.main_text).split(PAGE_BREAK):
            if find_fiscal_years(block):
                continue
            years |= {
                fiscal_year_of(d.date)
                for d in find_dates(block)
                if d.precision == "day" and d.date <= as_of
            }
    return years


def _page_years(bundle: Bundle, fy: int) -> set[int]:
    """The fiscal years the bundle's texts state. A page that states its own years speaks for
    itself: a menu entry or link to it naming another year ("แผนปฏิบัติราชการ ปี 2568" to a
    page of the 2567 plan) does not."""
    sourced = [
        (
            url,
            {
                y
                for y in find_fiscal_years(without_carried(text))
                if fy - PLAUSIBLE_BACK <= y <= fy + 1
            },
            own,
        )
        for url, text, own in _sourced_units(bundle)
    ]
    self_stated = {url for url, years, own in sourced if own and years}
    return {y for url, years, own in sourced if own or url not in self_stated for y in years}


_MONTHS = [(m, thai_month_name(m), thai_month_name(m, short=True)) for m in range(1, 13)]


def _bare_months(text: str) -> set[int]:
    """Months named without a year (ประจำเดือนตุลาคม)."""
    found: set[int] = set()
    squeezed = re.sub(r"\s+", "", text)
    for m, full, short in _MONTHS:
        if full in squeezed or (short and short in text):
            found.add(m)
    return found


def _months_covered(
    bundle: Bundle, fy: int, series: list[str], only_series: bool = False, live: bool = False
) -> set[tuple[int, int]]:
    """Months of ``fy`` that have their own entry: a month named as such (ประจำเดือน
    ตุลาคม 2567, ต.ค. 67), not a day's date (an announcement's) nor a half-year range. An entry
    of the series (a text naming one of the ``series`` phrases, สขร.1) for a quarter ("ไตรมาส 2
    (มกราคม - มีนาคม 2568)") covers each of its months. With ``only_series``, only such
    entries count. A file not of the series counts only for the months its heading names. With
    ``live``, a month named only by links that do not open is not covered."""
    wanted = set(fiscal_year_months(fy))
    covered: set[tuple[int, int]] = set()
    keys = [compact_for_match(p) for p in series]
    files = {d.url for d in bundle.docs if d.kind == "document"}
    for url, text, own in _sourced_units(bundle, live):
        if url in bundle.others_items:
            continue  # another item's document (on a page serving many) gives no month of this
        of_series = any(k in compact_for_match(text) for k in keys)
        if only_series and not of_series:
            continue
        if keys and own and url in files and not of_series:
            # a file of something else (the procurement plan) names months in its body (when
            # each purchase is expected): a month's entry says its month in its heading
            text = "\n".join(text.splitlines()[:HEAD_LINES])
        elif keys and own:
            # a page's table row naming a month in one of its cells, after an amount (the
            # procurement plan's "ซื้อวัสดุคอมพิวเตอร์ 150,000 ม.ค. 2564"), says when
            # something is expected or was done: it is not the month's entry
            text = "\n".join(ln for ln in text.splitlines() if not _month_in_row(ln))
        found = find_dates(text)
        covered |= {(d.date.year, d.date.month) for d in found if d.precision == "month"} & wanted
        if of_series:
            for r in find_date_ranges(text):
                months = _months_between(r.start, r.end)
                if len(months) <= QUARTER and set(months) <= wanted:
                    covered.update(months)
        if not found and fy in find_fiscal_years(text):
            for m in _bare_months(text):
                covered.add((fy - 543 - (1 if m >= 10 else 0), m))
    return covered


_AMOUNT = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.,])\d{4,}(?:\.\d+)?")


def _month_in_row(line: str) -> bool:
    """Whether ``line`` is a table row naming a month (as such) in a cell after an amount:
    a plan's or a register's row dated by the month, not an entry for that month."""
    plain = thai_to_arabic(line)
    months = [d for d in find_dates(plain) if d.precision == "month"]
    if not months:
        return False
    before = plain[: months[0].start]
    before = re.sub(r"(?<!\d)25\d\d(?!\d)", " ", before)
    return _AMOUNT.search(before) is not None


MIN_MONTHS_FOR_HOLES = 3  # months a period's figures must give before one between is missed


def _months_skipped(bundle: Bundle, fy: int) -> list[str]:
    """Months of ``fy`` missing between the first and last month its figures give each on
    their own (ต.ค., พ.ย., ม.ค., ก.พ.: December), as "YYYY-MM"; none when fewer are given."""
    order = fiscal_year_months(fy)
    given = _months_covered(bundle, fy, [])
    at = [i for i, ym in enumerate(order) if ym in given]
    if len(at) < MIN_MONTHS_FOR_HOLES:
        return []
    return [f"{y:04d}-{m:02d}" for y, m in order[at[0] : at[-1] + 1] if (y, m) not in given]


HEAD_LINES = 4  # a file's title and the first lines of its text: where it names its month
QUARTER = 3  # a series' entry may cover up to a quarter's months (published per quarter)


def _months_between(start: date, end: date) -> list[tuple[int, int]]:
    """The months from ``start``'s to ``end``'s, both included."""
    out = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month) and len(out) <= 12:
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


# A period named by its length or quarter: the month (of the fiscal year, 1 = October) it ends.
_QUARTER = re.compile(r"ไตรมาส(?:ที่)?([1-4])(?:(?:-|–|และ|ถึง|,)(?:ไตรมาส)?(?:ที่)?([1-4]))?(?!\d)")
_MONTHS_SPAN = re.compile(r"(?<!\d)(3|6|9|12)เดือน")
_HALF = re.compile(r"ครึ่งปี|ครึ่งแรก")
# "ข้อมูล ณ", "ผลการดำเนินงาน ณ วันที่", "ยอดเบิกจ่าย ณ": the figures stand as at the date after
_AS_AT = re.compile(r"(?:ข้อมูล|ผล|สถานะ|ยอด)[^\n]{0,30}ณ\s*(?:วันที่)?\s*\Z")


@dataclass(frozen=True)
class Periods:
    """The periods (of one fiscal year) a text reports on, by how it names them: ``reported``
    by their bounds (a date range, months named as such, a quarter) or the date its figures
    stand at ("ข้อมูล ณ วันที่ 31 มีนาคม"), ``claimed`` by the length of a report's kind
    ("รอบ 6 เดือน", "ครึ่งปี")."""

    reported: list[date]
    claimed: list[date]
    starts: list[date] = field(default_factory=list)  # where its date ranges and months begin
    # the months each reported (else claimed) period runs over, first and last: a range's, a
    # month's, a quarter's own three ("ไตรมาสที่ 3" is April to June), from October to an "as at"
    # date or to a span's end ("รอบ 6 เดือน")
    spans: list[tuple[date, date]] = field(default_factory=list)
    claimed_spans: list[tuple[date, date]] = field(default_factory=list)

    @property
    def runs(self) -> list[tuple[date, date]]:
        """The months the periods run over, as :attr:`ends` chooses them."""
        return self.spans if self.reported else self.claimed_spans

    @property
    def ends(self) -> list[date]:
        """Where the reported periods end: what the text reports governs, a report's kind counts
        only without it (a "รอบ 6 เดือน" report whose figures are "ไตรมาสที่ 1 (ต.ค. - ธ.ค.)"
        reports on the first quarter)."""
        return self.reported or self.claimed


def _month_of_fy(fy: int, n: int) -> date:
    """The first day of the ``n``-th month of fiscal year ``fy`` (October is the first)."""
    start, _ = first_half(fy)
    month = (9 + n - 1) % 12 + 1
    return date(start.year + (1 if month < 10 else 0), month, 1)


_FROM = ("ตั้งแต่", "เริ่ม", "เริ่มใน")  # (compact) what opens a start, not a period


def periods(text: str, fy: int) -> Periods:
    """The periods ``text`` reports on, of fiscal year ``fy``: date ranges that start in ``fy``
    ("ต.ค. - ธ.ค. 2563"), months named as such, "as at" dates, quarters ("ไตรมาสที่ 1") and
    spans ("รอบ 6 เดือน", "ครึ่งปี"). Quarters and spans count only when the text states no
    other fiscal year."""
    ranges = [r for r in find_date_ranges(text) if fiscal_year_of(r.start) == fy]
    reported = [r.end for r in ranges]
    starts = [r.start for r in ranges]
    october = _month_of_fy(fy, 1)
    spans = [(r.start.replace(day=1), r.end.replace(day=1)) for r in ranges]
    for d in find_dates(text):
        if fiscal_year_of(d.date) != fy:
            continue
        # "มีนาคม 2564"; "ข้อมูล ณ วันที่ 31 มีนาคม 2564", not a signing date
        if d.precision == "month" or (
            d.precision == "day" and _AS_AT.search(text, max(0, d.start - 40), d.start)
        ):
            reported.append(d.date)
            month = d.date.replace(day=1)
            if d.precision == "month":
                starts.append(d.date)
                spans.append((month, month))
            else:  # figures as at a day run from the year's start
                spans.append((october, month))
    stated = find_fiscal_years(text)
    if stated and fy not in stated:
        return Periods(reported, [], starts, spans)
    compact = compact_for_match(text)
    for m in _QUARTER.finditer(compact):
        if compact[: m.start()].endswith(_FROM):
            continue  # "เริ่มดำเนินการตั้งแต่ไตรมาสที่ ๑": where a plan starts, no period reported
        first, last = int(m[1]), max(int(m[1]), int(m[2] or 0))
        reported.append(_month_of_fy(fy, 3 * last))
        spans.append((_month_of_fy(fy, 3 * first - 2), _month_of_fy(fy, 3 * last)))
    lengths = [int(m[1]) for m in _MONTHS_SPAN.finditer(compact)]
    if _HALF.search(compact):
        lengths.append(6)
    claimed = [_month_of_fy(fy, n) for n in lengths]
    return Periods(reported, claimed, starts, spans, [(october, end) for end in claimed])


def _period_ends(bundle: Bundle, fy: int) -> list[date]:
    """Where the periods the bundle reports on (of ``fy``) end (:func:`_periods_of`)."""
    return [e for p in _periods_of(bundle, fy) for e in p.ends]


def _periods_of(bundle: Bundle, fy: int) -> list[Periods]:
    """The periods the bundle reports on (of ``fy``), text by text. A page or document that
    names its own period speaks for itself: the words naming it (a link, a list's line) do not
    ("รอบ 6 เดือน" on a link to a first quarter's report); another item's document on the
    item's page (the year's action plan beside the progress report) reports on none of it."""
    sourced = _sourced_units(bundle)
    self_named = {url for url, text, own in sourced if own and periods(text, fy).ends}
    labels: dict[str, list[str]] = {}  # page -> its lines' words naming what names itself
    for lk in bundle.links:
        if lk.to_url in self_named and lk.to_url != lk.from_url and len(lk.compact_anchor) >= 8:
            labels.setdefault(lk.from_url, []).append(lk.compact_anchor)
    # other items' documents, when the item has documents of its own beside them
    others = (
        bundle.others_items
        if any(d.kind == "document" and d.url not in bundle.others_items for d in bundle.docs)
        else set()
    )
    out: list[Periods] = []
    for url, text, own in sourced:
        if (not own and url in self_named) or url in others:
            continue  # (another item's document on the item's page reports on its own period)
        if own and url in labels:
            text = "\n".join(
                ln
                for ln in text.splitlines()
                if not any(a in compact_for_match(ln) for a in labels[url])
            )
        out.append(periods(text, fy))
    return out


def short_reports(bundle: Bundle, as_of: date) -> dict[str, date]:
    """The pages and documents named as a report of a span that has ended by ``as_of`` ("รอบ 6
    เดือน" of this or last fiscal year), by their own heading or by the link to them, while
    the period they report ends earlier (a first quarter's figures under a six-month title):
    URL -> where their reported period ends."""
    fy = fiscal_year_of(as_of)
    names: dict[str, list[str]] = {}  # what names each: its heading, the links' words to it
    for url, text, own in _sourced_units(bundle):
        if own:
            names.setdefault(url, []).append(text[:PURPOSE_CHARS])
    for lk in bundle.links:
        if lk.to_url in names and lk.to_url != lk.from_url and not lk.boilerplate:
            names[lk.to_url].append(lk.anchor)
    for c in bundle.candidates:  # the link that found it, on a page outside the bundle (the
        if c.url in names and c.source in ("index", "menu"):  # OIT index's row)
            names[c.url].append(c.title)
    out: dict[str, date] = {}
    for url, text, own in _sourced_units(bundle):
        if not own:
            continue
        for year in (fy, fy - 1):
            claimed = [c for name in names[url] for c in periods(name, year).claimed]
            if not claimed:
                continue
            bounds = periods(text, year).reported
            claim = max(claimed)
            if bounds and max(bounds) < claim and _next_month(claim) <= as_of:
                out[url] = max(bounds)
    return out


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _read_documents(bundle: Bundle) -> list[Doc]:
    """The bundle's documents a machine read that are neither placeholders nor another
    item's: the ones whose periods say what year's report the evidence is."""
    empty = _placeholders(bundle)
    return [
        d
        for d in bundle.docs
        if d.kind == "document"
        and d.machine_read
        and d.url not in empty
        and d.url not in bundle.others_items
    ]


def _part_year(bundle: Bundle, fy: int) -> bool:
    """Whether the evidence of ``fy`` is a part-year report: every period it names (a quarter,
    "รอบ 6 เดือน", a month range) ends before the fiscal year's last month, so it is not the
    annual report of any year (a first quarter's spending report offered as last year's)."""
    ends = _period_ends(bundle, fy)
    return bool(ends) and max(ends) < date(fy - 543, 9, 1)


def _calendar_year_report(bundle: Bundle, fy: int) -> int | None:
    """The calendar year (BE) a document of the evidence reports on whole, January to December,
    ending in ``fy`` ("ประจำปี พ.ศ. ๒๕๖๔ (ระหว่างเดือนมกราคม – ธันวาคม ๒๕๖๔)"): a year's
    report on the calendar, not the fiscal year (it leaves October-December of the fiscal year
    before out); None when none is."""
    for doc in _read_documents(bundle):
        head = thai_to_arabic(f"{doc.title}\n{doc.main_text}"[:PURPOSE_CHARS])
        for r in find_date_ranges(head):
            if (
                r.start.month == 1
                and r.end.month == 12
                and r.start.year == r.end.year
                and fiscal_year_of(r.end) == fy
            ):
                return r.start.year + 543
    return None


def _part_year_documents(bundle: Bundle, wanted: set[int], fy: int) -> bool:
    """Whether every document for the ``wanted`` years reports on part of its year only (last
    year's six-month report is not last year's annual report): each names periods, all ending
    before its year's last month."""
    found = False
    for doc in _read_documents(bundle):
        text = f"{doc.title}\n{doc.main_text}"
        for year in purpose_years(text, fy) & wanted:
            ends = periods(text, year).ends
            if not ends or max(ends) >= date(year - 543, 9, 1):
                return False
            found = True
    return found


def _whole_year_documents(bundle: Bundle, before: int, fy: int) -> bool:
    """Whether a document of the bundle is a whole year's report of a fiscal year before
    ``before`` only: it is for such years, and the periods it names (if any) run to the year's
    last month."""
    for doc in _read_documents(bundle):
        text = f"{doc.title}\n{doc.main_text}"
        years = purpose_years(text, fy)
        if not years or max(years) >= before:
            continue
        year = max(years)
        ends = periods(text, year).ends
        if not ends or max(ends) >= date(year - 543, 9, 1):
            return True
    return False


def _expired_years(bundle: Bundle, as_of: date) -> set[int]:
    """The past fiscal years of a standing item's documents when every one of them is a past
    year's edition whose force has ended: it states a fiscal year before this one in its opening
    ("... ประจำปีงบประมาณ พ.ศ. 2567") and the span it is in force for ("ใช้บังคับตั้งแต่ 1 ตุลาคม
    2566 ถึง 30 กันยายน 2567") ended before ``as_of``. Empty when any document still stands
    (a guideline naming no year, or last year's edition still in force)."""
    fy = fiscal_year_of(as_of)
    empty = _placeholders(bundle)
    docs = [
        d
        for d in bundle.docs
        if d.kind == "document"
        and d.machine_read
        and d.url not in empty
        and d.url not in bundle.others_items
    ]
    years: set[int] = set()
    for doc in docs:
        text = f"{doc.title}\n{doc.main_text}"
        stated = {y for y in find_fiscal_years(thai_to_arabic(text[:PURPOSE_CHARS]))}
        spans = [r for r in find_date_ranges(thai_to_arabic(text)) if r.end > r.start]
        if not stated or max(stated) >= fy or not spans or max(r.end for r in spans) >= as_of:
            return set()
        years |= stated
    return years


def half_covered(bundle: Bundle, fy: int) -> tuple[bool | None, date | None, list[tuple[int, int]]]:
    """Whether the evidence reports on the whole first half (October-March) of ``fy``: True when
    the periods it names run through it, False when every period it names ends before March (a
    first quarter's report), begins after October, or leaves months out between them (the
    first and third quarters' reports, not the second's); None when it names none. Also where
    the periods end and the months of the first half they cover."""
    due_start, due_end = first_half(fy)
    found = _periods_of(bundle, fy)
    ends = [e for p in found for e in p.ends]
    if not ends:
        return None, None, []
    latest = max(ends)
    half = _months_between(due_start, due_end)
    runs = [r for p in found for r in p.runs]
    covered = sorted(
        {m for a, b in runs for m in _months_between(a, b)} & set(fiscal_year_months(fy))
    )
    # figures that begin after October ("มกราคม - มิถุนายน ๒๕๖๘", a calendar half-year) leave
    # the first half's opening months out, however late they run
    starts = [s for p in found for s in p.starts]
    if starts and min(starts) >= _next_month(due_start):
        return False, latest, covered
    if latest < due_end.replace(day=1):
        return False, latest, covered
    # periods of more than a month each (a quarter, a range) that documents or links name as
    # theirs in their opening, with months of the first half between them that no period
    # covers: a quarter's report is missing from the series (the date ranges in a report's
    # body are its projects' timelines, not what it reports on)
    heads = [
        r for _, text, _ in _sourced_units(bundle) for r in periods(text[:PURPOSE_CHARS], fy).runs
    ]
    long = sorted((a, b) for a, b in heads if (a.year, a.month) < (b.year, b.month))
    if len(long) >= 2:
        first = (long[0][0].year, long[0][0].month)
        last = max((b.year, b.month) for _, b in long)
        holes = [m for m in half if first <= m <= last and m not in covered]
        if holes:
            return False, latest, covered
    return True, latest, covered


def judge_freshness(
    bundle: Bundle, freshness: object, as_of: date, *, monthly: bool = False
) -> Timing:
    """How the bundle stands against the item's freshness rule on ``as_of``.

    ``monthly``: the item is figures month by month over its period (complaint statistics,
    October-March): a month skipped between months it gives is a part absent."""
    fy = fiscal_year_of(as_of)
    if isinstance(freshness, Standing):
        expired = _expired_years(bundle, as_of)
        if expired:
            return Timing(ok=False, years=sorted(expired), basis="expired")
        return Timing(ok=True, basis="standing")
    if isinstance(freshness, MonthlySeries):
        series = series_year(freshness, as_of)
        due = [
            (y, m)
            for (y, m) in fiscal_year_months(series)
            if month_due(y, m, freshness.due_day) <= as_of
        ]
        named = _months_covered(bundle, series, freshness.series_phrases)
        # a month named only by a link that does not open is not published
        gone = bool(bundle.dead or _unread(bundle))
        covered = (
            _months_covered(bundle, series, freshness.series_phrases, live=True) if gone else named
        )
        missing = [f"{y:04d}-{m:02d}" for (y, m) in due if (y, m) not in covered]
        return Timing(
            ok=not missing,
            years=[series] if covered else [],
            months_missing=missing,
            basis="months",
            # a month skipped inside a series kept up to date is a part absent (incomplete); a
            # series that stops before the latest month due is not current (stale)
            gap=bool(missing)
            and due[-1] in _months_covered(bundle, series, freshness.series_phrases, True, gone),
            months_dead=[
                f"{y:04d}-{m:02d}" for (y, m) in due if (y, m) in named and (y, m) not in covered
            ],
        )
    if isinstance(freshness, Recent):
        latest = None
        for text in map(_without_notices, units(bundle)):
            for d in find_dates(text):
                if d.precision == "day" and d.date <= as_of and (latest is None or d.date > latest):
                    latest = d.date
        if latest is None:
            return Timing(ok=None, basis="none")
        return Timing(
            ok=(as_of - latest).days <= freshness.within_days, latest=latest, basis="dates"
        )

    years, basis = _years(bundle, as_of, monthly)
    if not years:
        return Timing(ok=None, basis="none")
    if isinstance(freshness, CurrentFiscalYear):
        early = freshness.previous_until is not None and as_of < _fy_deadline(
            fy, freshness.previous_until
        )
        wanted = {fy - 1, fy} if early else {fy}
        if (
            freshness.half_by is not None
            and fy in years
            and as_of >= _fy_deadline(fy, freshness.half_by)
        ):
            # figures gathered over the year, once the first half's are due: October to March
            whole, latest, covered = half_covered(bundle, fy)
            if whole is False:
                return Timing(
                    ok=False,
                    years=sorted(years),
                    basis=basis,
                    covered_to=latest,
                    half_of=fy,
                    covered=[f"{y:04d}-{m:02d}" for y, m in covered],
                )
    elif isinstance(freshness, PreviousFiscalYear):
        late = freshness.deadline is None or as_of >= _fy_deadline(fy, freshness.deadline)
        wanted = {fy - 1, fy} if late else {fy - 2, fy - 1, fy}
        if years & wanted == {fy} and _part_year(bundle, fy):
            calendar = _calendar_year_report(bundle, fy)
            if calendar is not None:  # last calendar year's report: not the fiscal year's
                return Timing(ok=False, years=sorted(years), basis=basis, calendar_year=calendar)
            return Timing(ok=False, years=sorted(years), basis=basis, part_year=True)
        if basis == "stated" and _part_year_documents(bundle, years & wanted, fy):
            # beside an earlier year's whole annual report (the "latest" one is 2567's), the
            # annual report published is out of date; alone, the annual report is not published
            earlier = _whole_year_documents(bundle, min(wanted), fy)
            return Timing(ok=False, years=sorted(years), basis=basis, part_year=not earlier)
    elif isinstance(freshness, HalfYear):
        late = as_of >= _fy_deadline(fy, freshness.deadline)
        until = freshness.previous_until
        wanted = {fy - 1, fy} if until and as_of < _fy_deadline(fy, until) else {fy}
        # the six-month report due (this year's once late, else last year's while it stands):
        # a first quarter's report does not stand for it
        half = fy if fy in years else fy - 1
        if monthly and fy in years & wanted and (holes := _months_skipped(bundle, fy)):
            return Timing(
                ok=False, years=sorted(years), basis="months", months_missing=holes, gap=True
            )
        if half in years & wanted and (late or half < fy):
            whole, latest, covered = half_covered(bundle, half)
            if whole is False:
                return Timing(
                    ok=False,
                    years=sorted(years),
                    basis=basis,
                    covered_to=latest,
                    half_of=half,
                    mislabelled=sorted(short_reports(bundle, as_of)),
                    covered=[f"{y:04d}-{m:02d}" for y, m in covered],
                )
    else:  # pragma: no cover - the rule models allow no other kind
        raise TypeError(f"unknown freshness rule {freshness!r}")
    return Timing(ok=bool(years & wanted), years=sorted(years), basis=basis)
