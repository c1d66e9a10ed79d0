"""One item's verdict: status, reasons (Thai and English), evidence."""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from itertools import pairwise

from checklist.elements import (
    NO_ROWS,
    TITLE_SEPARATORS,
    _without,
    content_links,
    content_text,
    element_bundle,
    missing_columns,
    missing_elements,
    off_subject,
    one_document_twice,
    saved_name,
    short_forms,
    structure_lacks,
)
from checklist.evidence import OPENING, Bundle, Candidate
from checklist.freshness import (
    PURPOSE_CHARS,
    Timing,
    blank_files,
    judge_freshness,
    purpose_years,
    series_year,
    short_reports,
    tabled_years,
)
from checklist.meaning import Matcher
from checklist.placeholders import (
    CRITERIA,
    deferred,
    empty_listing,
    has_figures,
    nil_lines,
    partly_pending,
    pending,
    points_elsewhere,
    strip_pending,
)
from checklist.posts import announcement_text, without_stories
from checklist.screen import signer
from checklist.snapshot import Doc, file_icon
from crawler.urls import readable
from oitwatch.addresses import host_under
from oitwatch.thai import (
    compact_for_match,
    find_codes,
    find_date_ranges,
    find_dates,
    find_fiscal_years,
    fiscal_year_months,
    fiscal_year_of,
    thai_month_name,
    thai_to_arabic,
    without_dates,
)
from rules.describe import format_deadline
from rules.models import (
    ColumnsMatch,
    CurrentFiscalYear,
    Element,
    HalfYear,
    Item,
    LinkMatch,
    MonthlySeries,
    PhrasesMatch,
    PreviousFiscalYear,
    Recent,
)

__all__ = ["Verdict", "judge_item"]

MAX_EVIDENCE = 6
PASS_MIN = 0.6  # below this confidence in the evidence, a verdict that would pass is `review`
SUBSTANTIVE = 200
PLACEHOLDER_REST = 80  # compact letters beyond the placeholder and the item's name that are content
SHOWN_TAGS = ("img", "iframe", "frame")  # link tags that show content
BARE_REST = 12  # compact letters beyond a page's names (and item codes) that are content
ITEM_CODES = re.compile(r"o[0-9]{1,2}|[^0-9a-zก-๙]")  # "o16" and punctuation, in compact text
# what a placeholder says to its reader besides that the content is coming (compact)
COURTESY = ("ขออภัยในความไม่สะดวก", "ขออภัย", "sorryfortheinconvenience")
NOTE_MAX = 300  # compact letters of a short note saying the documents are coming (a letter)
SALUTATION = ("เรียน", "dear")  # how such a note opens ("เรียน ผู้ตรวจประเมิน")
# What introduces the criteria restated ("ข้อมูลที่ต้องเปิดเผย: แสดงแนวทาง…", or the criteria's own
# formula "แสดงข้อมูล… โดยมีข้อมูลรายละเอียดอย่างน้อยประกอบด้วย…"): with a placeholder beside it,
# the page publishes nothing of its own, however long the restated criteria are.
CRITERIA_INTRO = (
    "ข้อมูลที่ต้องเปิดเผย",
    "ข้อมูลที่ต้องเผยแพร่",
    "ข้อมูลที่ต้องแสดง",
    "ข้อมูลที่หน่วยงานต้องเปิดเผย",
    "ข้อมูลที่หน่วยงานต้องเผยแพร่",
    "ข้อมูลที่หน่วยงานต้องแสดง",
    "สิ่งที่ต้องเปิดเผย",
    "สิ่งที่ต้องเผยแพร่",
    "อย่างน้อยประกอบด้วย",
    "องค์ประกอบที่ต้องเปิดเผย",
    "คำอธิบายตัวชี้วัด",
)
# how a restated criterion carries on over a line ("โดยมีรายละเอียด เช่น …")
CRITERIA_GOES_ON = ("โดย", "และ", "ซึ่ง", "เช่น", "ได้แก่", "ประกอบด้วย", "ทั้งนี้")
HEADING_LINE = 60  # compact letters: a line this short naming an element is its heading, not it
PLACEHOLDER_LINE = 30  # compact letters beside a placeholder's words on a line of its own


@dataclass
class Verdict:
    status: str
    confidence: float = 0.0
    reasons: list[dict[str, str]] = field(default_factory=list)
    evidence: list[dict[str, str]] = field(default_factory=list)
    elements_missing: list[str] = field(default_factory=list)
    months_missing: list[str] = field(default_factory=list)
    notes: list[dict[str, str]] = field(default_factory=list)  # advice, after the reasons

    def reason(self, th: str, en: str) -> None:
        self.reasons.append({"th": th, "en": en})

    def advice(self, th: str, en: str) -> None:
        self.notes.append({"th": th, "en": en})


def _month_label(ym: str) -> str:
    year, month = (int(x) for x in ym.split("-"))
    return f"{thai_month_name(month, short=True)} {str(year + 543)[-2:]}"


def _entry(c: Candidate, role: str) -> dict:
    return {
        "url": c.url,
        "snippet": c.snippet,
        "title": c.title,
        "source": c.source,
        "role": role,
        "confidence": c.confidence,
        "why": c.why,
    }


def _evidence(bundle: Bundle, others: list[Candidate]) -> list[dict]:
    """The evidence list: the chosen candidates (best first), the documents below them,
    then the runner-ups that were not chosen."""
    out = [_entry(c, "best" if n == 0 else "chosen") for n, c in enumerate(bundle.candidates)]
    seen = {e["url"] for e in out}
    for doc in bundle.docs:
        if doc.url not in seen and doc.kind == "document":
            out.append(
                {
                    "url": doc.url,
                    "snippet": " ".join(doc.main_text.split())[:160],
                    "title": doc.title,
                    "source": "document",
                    "role": "below",
                    "confidence": bundle.candidates[0].confidence if bundle.candidates else 0.0,
                    "why": "linked from the evidence",
                }
            )
            seen.add(doc.url)
    kept = out[: MAX_EVIDENCE - 2]
    for c in others[:2]:
        if c.url not in {e["url"] for e in kept}:
            kept.append(_entry(c, "runner-up"))
    return kept


def judge_item(
    item: Item,
    bundle: Bundle,
    others: list[Candidate],
    as_of: date,
    checklist_dead: Sequence[str] = (),
    checklist_wrong: Sequence[str] = (),
    checklist_unchecked: Sequence[str] = (),
    checklist_left: Sequence[tuple[str, str]] = (),
) -> Verdict:
    """Decide ``item``'s status from its evidence ``bundle`` on ``as_of``.

    The reason for the status comes first; notes on the officer's checklist
    URLs follow it.
    """
    v = Verdict(status="pass", evidence=_evidence(bundle, others))
    case = _Case(item, bundle, as_of)
    # another site's home page the row links is no evidence of the item (_Case.offsite)
    homes = set(bundle.offsite) - set(case.offsite)
    usable = [c for c in bundle.candidates if c.url not in homes] or bundle.candidates
    v.confidence = usable[0].confidence if usable else 0.9
    _judge(v, case)
    if bundle.forbidden and v.status != "review":
        th, en = _forbidden_reason(case)
        if v.status == "pass" and not case.documents:
            # the page names what it links; the files themselves were not read
            v.status = "review"
            v.reasons.insert(0, {"th": th, "en": en})
        else:  # judged on what could be read: say what could not
            v.reason(th, en)
    if v.status == "pass" and v.confidence < PASS_MIN:
        v.status = "review"
        names = "; ".join(
            f"{c.url} ({c.why or c.source}, {c.confidence:.2f})" for c in bundle.candidates[:3]
        )
        v.reasons.insert(
            0,
            {
                "th": f"หลักฐานยังไม่ชัดเจนพอจะให้ผ่าน (ความมั่นใจ {v.confidence:.2f}) โปรดตรวจสอบ: {names}",
                "en": f"The evidence is too weak to pass (confidence {v.confidence:.2f}); check the candidates: {names}",
            },
        )
    for url in map(readable, checklist_wrong):
        v.reason(
            f"ลิงก์ที่ระบุในแบบ Checklist ไม่ได้แสดงรายการนี้: {url}",
            f"The checklist URL opens but does not show this item: {url}",
        )
    for url in map(readable, checklist_unchecked):
        v.reason(
            f"ลิงก์ที่ระบุในแบบ Checklist อยู่นอกเว็บไซต์ของหน่วยงาน (และเว็บไซต์ไม่ได้ลิงก์ไป) จึงไม่นับเป็นหลักฐาน: {url}",
            f"The checklist URL is outside the agency's site, which does not link it; not counted as evidence: {url}",
        )
    for url, target in ((readable(u), readable(t)) for u, t in checklist_left):
        v.reason(
            f"ลิงก์ที่ระบุในแบบ Checklist พาออกนอกเว็บไซต์ของหน่วยงาน (ไปที่ {target}) จึงไม่นับเป็นหลักฐาน: {url}",
            f"The checklist URL redirects off the agency's site (to {target}); not counted as evidence: {url}",
        )
    for url in map(readable, checklist_dead):
        v.reason(
            f"ลิงก์ที่ระบุในแบบ Checklist เปิดไม่ได้: {url}", f"The checklist URL does not open: {url}"
        )
    v.reasons.extend(v.notes)  # the assessor's advice last: it never decides the status
    return v


def _judge(v: Verdict, case: _Case) -> None:
    """Settle ``v``'s status and reasons: the checks below in turn, the first that settles the
    verdict (returning True) ending them. What leaves nothing of the item to read comes first,
    then how current the evidence is, then what is not published yet and the item's parts; an
    item no check faults passes (:func:`_check_passes`)."""
    checks = (
        # nothing of the item to read
        _check_found,
        _check_only_rejected,
        _check_others_only,
        _check_sent_home,
        _check_dead,
        _check_home_only,
        _check_file_store,
        _check_placeholders,
        _check_deferred_page,
        _check_no_report,
        _check_stories_only,
        _check_only_named,
        _check_row_only,
        _check_off_subject,
        _check_system_pending,
        _check_unreadable,
        _check_data_in_image,
        # how current it is
        _check_row_dead_stale,
        _check_elements_current,
        _check_signers_current,
        _check_draft_only,
        _check_mislabelled,
        _check_annual_dead,
        _check_calendar_year,
        _check_part_year,
        _check_months_dead,
        _check_current,
        _check_span_only,
        # what is not published yet, and the item's parts
        _check_item_pending,
        _check_part_pending,
        _advise,
        _check_parts_dead,
        _check_something_else,
        _check_complete,
        _check_in_scans,
        _check_passes,
    )
    for check in checks:
        if check(v, case):
            return


# documents not yet the item's, though its own: a draft, a cover page alone (checklist.screen)
UNFINISHED = ("draft", "cover", "template")
# documents that are not the district office's own: another office's, one division's
NOT_OURS = ("other_agency", "city", "division", "handout")

UNREAD = (
    "พบเอกสาร แต่อ่านข้อความด้วยเครื่องไม่ได้หรืออ่านได้จาก OCR เท่านั้น (เช่น ไฟล์สแกน) ต้องให้เจ้าหน้าที่ตรวจสอบเอง",
    "Evidence exists but no machine could read it, or only by OCR (e.g. a scanned PDF): needs a person to check.",
)


@dataclass
class _Case:
    """One item's evidence and what the checks of its verdict measure of it, each measured when
    a check first asks."""

    item: Item
    bundle: Bundle
    as_of: date

    @cached_property
    def documents(self) -> list[Doc]:
        return [d for d in self.bundle.docs if d.kind == "document"]

    @cached_property
    def own_documents(self) -> list[Doc]:
        """The documents less those a section page holds there for other items: those are not
        this item's (the link naming the item dead beside them, the item is broken)."""
        return [d for d in self.documents if d.url not in self.bundle.others_items]

    @cached_property
    def offsite(self) -> list[str]:
        """The item's links outside the site that may be its evidence: not another site's home
        page (the row's link to https://www.bangkok.go.th/ publishes no policy), unless the item
        asks for a link to a system (BMA OSS)."""
        if any(isinstance(e.match, LinkMatch) for e in self.item.elements):
            return list(self.bundle.offsite)
        return [u for u in self.bundle.offsite if not _site_home(u)]

    @cached_property
    def dead(self) -> list[str]:
        """The item's dead links less the pages a stronger working link stands in for
        (:attr:`Bundle.replaced`)."""
        return [u for u in self.bundle.dead if u not in self.bundle.replaced]

    @cached_property
    def dead_named(self) -> bool:
        """Whether a link naming the item is dead."""
        return any(c.url in self.bundle.dead and c.named for c in self.bundle.candidates)

    @cached_property
    def dead_phrased(self) -> bool:
        """Whether a dead link of the item's says what it is in the item's own phrases (a
        post's attachment "ประกาศแนวทางการจัดการทรัพย์สินของราชการ…" answering 404)."""
        dead = set(self.dead)
        phrases = [compact_for_match(p) for p in self.item.phrases]
        return any(
            lk.to_url in dead and any(p in lk.compact_anchor for p in phrases)
            for lk in self.bundle.links
        )

    @cached_property
    def dead_named_left(self) -> bool:
        """Whether a link naming the item is dead and no stronger working one stands in for it."""
        return any(c.url in self.dead and c.named for c in self.bundle.candidates)

    @cached_property
    def unreadable(self) -> bool:
        """Whether no machine could read the item's documents (scans, OCR only). The documents
        there for other items (a tax workbook beside the revenue scan) are not this item's
        readable evidence. News dated on its pages is read there: the photos of an activity
        gallery that no machine reads do not make the news unreadable."""
        if isinstance(self.item.freshness, Recent) and self.timing.latest is not None:
            return False
        own = self.own_documents or self.documents
        return bool(own) and not any(_read_for(d, self.item) for d in own)

    @cached_property
    def partial(self) -> str:
        """A short line of the evidence saying part of it is still being prepared ("" if none)."""
        return _partly_placeholder(self.bundle, self.title)

    @cached_property
    def title(self) -> str:
        return compact_for_match(self.item.title_th)

    @cached_property
    def stops(self) -> list[str]:
        return [*self.item.phrases, *self.item.synonyms]

    @cached_property
    def timing(self) -> Timing:
        """How current the evidence as a whole is."""
        return judge_freshness(
            self.bundle, self.item.freshness, self.as_of, monthly=self.item.figures
        )

    @cached_property
    def required(self) -> list[Element]:
        """The elements scored (not the assessor's advice)."""
        return [e for e in self.item.elements if not e.advice]

    @cached_property
    def element_timings(self) -> list[tuple[Element, Timing]]:
        """How current each required element with a freshness rule of its own is, on its own
        evidence (none while the evidence as a whole is out of date). The element's documents
        say what period they cover; the pages and links naming them only label them ("รอบ 6
        เดือน" on a link to a first quarter's report). An element without evidence is left to
        the missing elements."""
        if self.timing.ok is False:
            return []
        out = []
        for element in self.required:
            part = element_bundle(element, self.bundle, self.title)
            if element.freshness is None or (not part.docs and not part.links):
                continue
            # its documents: those read from a text layer, a post carrying an announcement's
            # text, and beside them the scans, which their labels date (freshness._years)
            files = [
                d
                for d in part.docs
                if (d.kind == "document" or announcement_text(d)) and d.machine_read
            ]
            scans = [
                d for d in part.docs if d.kind == "document" and d.readable and not d.machine_read
            ]
            scanned = {d.url for d in scans}  # their labels date them, nothing else's
            if files or any(c.url in scanned for c in self.bundle.candidates):
                # a page's own table of monthly figures is data as much as the files beside it
                files += [
                    d
                    for d in part.docs
                    if d.kind == "page" and d.readable and tabled_years(d.main_text, self.as_of)
                ]
                files += scans
                part = Bundle(
                    candidates=[c for c in self.bundle.candidates if c.url in scanned],
                    docs=files,
                    others_items=part.others_items,
                )
            out.append((element, judge_freshness(part, element.freshness, self.as_of)))
        return out

    @cached_property
    def short_elements(self) -> list[tuple[Element, Timing]]:
        """The elements whose evidence reports less than they ask (:func:`_short_period`)."""
        return [(e, t) for e, t in self.element_timings if _short_period(t)]

    @cached_property
    def drafted(self) -> list[Element]:
        """The elements whose own document is only a draft (:func:`_drafted_only`)."""
        if self.timing.ok is False:
            return []
        return _drafted_only(self.required, self.bundle, self.title)

    @cached_property
    def dead_parts(self) -> list[Element]:
        """The elements named only by dead links, or behind a dead link naming them."""
        return [
            e
            for e in self.required
            if _named_dead_only(e, self.bundle, self.title)
            or _behind_dead_link(e, self.bundle, self.title)
        ]

    @cached_property
    def absent(self) -> list[Element]:
        """The elements whose only candidate is not what they ask for: a report of less than
        they ask, figures of something else (general complaints for corruption complaints), a
        draft, a document behind a dead link."""
        absent = [e for e, _ in self.short_elements]
        absent += [
            e
            for e in self.required
            if e not in absent and off_subject(e, self.readable, self.title)
        ]
        absent += [e for e in self.drafted if e not in absent]
        absent += [e for e in self.dead_parts if e not in absent]
        return absent

    @cached_property
    def readable(self) -> Bundle:
        """The evidence whose words may carry the item's parts: for an item not about news or
        activities (the rule's ``posts``), not the news stories (a training on writing subsidy
        proposals is not the subsidy data) nor the links to them (:func:`without_stories`); and
        not a row naming a part for a file that is another (:func:`one_document_twice`)."""
        bundle = self.bundle if self.item.posts else without_stories(self.bundle)
        return one_document_twice(bundle, self.required)

    @cached_property
    def scoped(self) -> Bundle:
        """The evidence the elements are looked for in: the item's own documents' (and its
        pages'), not those of the documents a shared section page holds for other items."""
        return _own(self.readable) if self.own_documents else self.readable

    @cached_property
    def this_year(self) -> Bundle:
        """The scoped evidence without the documents for other fiscal years only, for an item of
        this fiscal year's data (a monthly series: last year's until this year's is due)."""
        this_year = self.readable
        if isinstance(self.item.freshness, MonthlySeries):
            this_year = _this_years(self.readable, series_year(self.item.freshness, self.as_of))
        elif _current_item(self.item):
            this_year = _this_years(self.readable, fiscal_year_of(self.as_of))
        return _own(this_year) if self.own_documents else this_year

    @cached_property
    def reports_short(self) -> dict[str, date]:
        """The reports named for a span that has ended and reporting less (:func:`short_reports`)."""
        return short_reports(self.scoped, self.as_of)

    @cached_property
    def lacking(self) -> list[Element]:
        """The required elements the scoped evidence lacks: a table's columns in this year's
        documents, a heading in the reports that are what they are named (a report part is not
        a quarter's under a six-month title ("รอบ 6 เดือน" over "ไตรมาสที่ 1 (ต.ค. - ธ.ค.)") once the
        six months are over)."""
        in_full = _without_docs(self.scoped, set(self.reports_short))
        return [
            e
            for e in self.required
            if e
            in missing_elements(
                [e],
                self.this_year
                if isinstance(e.match, ColumnsMatch)
                else in_full
                if e.heading
                else self.scoped,
                self.title,
                stops=self.stops,
            )
        ]

    @cached_property
    def missing(self) -> list[Element]:
        """The required elements the item lacks: those the evidence lacks, then the absent."""
        missing = list(self.lacking)
        missing += [e for e in self.absent if e not in missing]
        return missing

    @cached_property
    def shorts(self) -> list[Timing]:
        """The reports that call themselves six-month ones and report less: the elements' own,
        then those a lacking heading is found in only."""
        shorts = [t for _, t in self.short_elements if t.mislabelled]
        if any(
            e.heading and e not in missing_elements([e], self.scoped, self.title, stops=self.stops)
            for e in self.lacking
        ):
            short = self.reports_short
            shorts.append(
                Timing(ok=False, mislabelled=sorted(short), covered_to=max(short.values()))
            )
        return shorts

    def review_or(self, v: Verdict, status: str) -> str:
        """``status``, or ``review`` (saying why) when no machine could read the documents."""
        if not self.unreadable:
            return status
        v.reason(*UNREAD)
        return "review"


def _short_period(timing: Timing) -> bool:
    """An element's evidence out of date for reporting less than it asks: a part-year report is
    not the annual one, a quarter's (under a six-month title, or where the six-month one is due)
    not the six-month one."""
    return timing.ok is False and bool(
        timing.part_year or timing.mislabelled or timing.covered_to is not None
    )


def _check_found(v: Verdict, c: _Case) -> bool:
    """No page, menu or document names the item: missing."""
    if c.bundle.candidates:
        return False
    item = c.item
    v.status = "missing"
    v.reason(
        f"ไม่พบ {item.code} {item.title_th} บนเว็บไซต์ (ไม่มีหน้า เมนู หรือเอกสารที่กล่าวถึง)",
        f"{item.code} ({item.title_en}) was not found on the website: no page, menu or document names it.",
    )
    return True


def _check_only_rejected(v: Verdict, c: _Case) -> bool:
    """Every document of the item is one that cannot serve (another district's, a draft, an
    edition no longer in force): another district's documents leave the item unpublished
    (missing), a draft leaves it incomplete, cancelled editions only leave it out of date
    (stale; broken when the link to the edition in force is dead)."""
    item, bundle = c.item, c.bundle
    mine = [r for r in bundle.rejected if r.url not in bundle.others_items]
    if not mine or any(
        d.kind == "document" and d.url not in bundle.others_items for d in bundle.docs
    ):
        return False
    foreign = any(r.kind in NOT_OURS for r in mine)
    if all(r.kind == "city" for r in mine) and any(d.kind == "page" for d in bundle.docs):
        return False  # the city's statistics beside the district's own page: judged by elements
    if item.posts and all(r.kind == "cover" for r in mine):
        return False  # news told in posts: a post's attachment holding only its title is no matter
    ended = all(r.kind == "cancelled" for r in mine)
    if ended and c.dead:
        return False  # the edition in force is behind a dead link: broken (_check_dead)
    v.status = "missing" if foreign else "stale" if ended else "incomplete"
    if foreign:
        v.reason(
            f"{item.code} {item.title_th}: พบเฉพาะเอกสารของหน่วยงานอื่นหรือของฝ่ายใดฝ่ายหนึ่ง"
            " สำนักงานเขตยังไม่เผยแพร่ของตนเอง",
            f"{item.code}: only another agency's or one division's documents were found; the "
            "district has not published its own.",
        )
    elif ended:
        v.reason(
            f"{item.code} {item.title_th}: พบเฉพาะฉบับที่ยกเลิกหรือถูกแทนที่แล้ว ยังไม่เผยแพร่ฉบับที่ใช้อยู่ในปัจจุบัน",
            f"{item.code}: only editions cancelled or superseded were found, not the one in force.",
        )
    elif all(r.kind == "template" for r in mine):
        v.elements_missing = [e.key for e in item.elements]
        v.reason(
            f"{item.code} {item.title_th}: พบเพียงแบบฟอร์มเปล่าที่ยังไม่ได้กรอกข้อมูลของสำนักงานเขต",
            f"{item.code}: only a blank form was found, not filled in with the district's data.",
        )
    elif not any(r.kind == "draft" for r in mine):  # covers (and cancelled editions)
        v.elements_missing = [e.key for e in item.elements]
        v.reason(
            f"{item.code} {item.title_th}: พบเพียงหน้าปกของเอกสาร ยังไม่มีเนื้อหา",
            f"{item.code}: only the document's cover page was found, not its content.",
        )
    else:
        v.elements_missing = [e.key for e in item.elements]
        v.reason(
            f"{item.code} {item.title_th}: พบเฉพาะฉบับร่าง ยังไม่เผยแพร่ฉบับที่ได้รับความเห็นชอบ",
            f"{item.code}: only a draft was found, not the approved document.",
        )
    for r in mine[:3]:
        v.reason(r.th, r.en)
    return True


def _check_others_only(v: Verdict, c: _Case) -> bool:
    """Everything the item's links open is documents, each read and each another item's (its own
    title names another item and its text never this one; or this item's name heads another
    item's content): nothing of the item is published, missing."""
    bundle = c.bundle
    if (
        not c.documents
        or any(d.url not in bundle.misfiled for d in c.documents)
        or bundle.offsite
        or bundle.dead
        or any(d.kind != "document" or not d.machine_read for d in bundle.docs)
    ):
        return False
    v.status = "missing"
    urls = ", ".join(d.url for d in c.documents[:3])
    v.reason(
        f"{c.item.code} {c.item.title_th}: ลิงก์ของรายการเปิดเอกสารของรายการอื่น"
        f" (ชื่อและเนื้อหาของเอกสารเป็นเรื่องอื่น): {urls}",
        f"{c.item.code}: the item's links open other items' documents (their own titles and "
        f"content are about something else): {urls}",
    )
    return True


def _check_sent_home(v: Verdict, c: _Case) -> bool:
    """Every link of the item sends a person to the site's home page (a soft 404) and nothing
    else of it opens: missing, its page is gone."""
    bundle = c.bundle
    if not (
        not bundle.docs and not bundle.offsite and bundle.dead and bundle.dead == bundle.sent_home
    ):
        return False
    v.status = "missing"
    home = ", ".join(bundle.sent_home[:3])
    v.reason(
        f"ลิงก์ของ {c.item.code} {c.item.title_th} พาไปหน้าแรกของเว็บไซต์ (ไม่มีหน้าของรายการนี้แล้ว): {home}",
        f"{c.item.code}'s links lead to the site's home page (its page is gone): {home}",
    )
    return True


def _check_dead(v: Verdict, c: _Case) -> bool:
    """Nothing of the item opens (no page or document, no link off the site), its links are
    dead and no document opened, or the link naming it is dead and only other items' documents
    opened, or parts of a long document naming it and nothing more (a heading over "published
    separately"): broken, naming the damaged files (a truncated ZIP) and the dead links."""
    bundle = c.bundle
    if not (
        (not bundle.docs and not bundle.offsite)
        or (c.dead and not c.documents)
        or (c.dead_phrased and not c.own_documents)
        or (c.dead_named_left and not c.own_documents)
        or (c.dead_named_left and all(d.only_heading for d in c.own_documents))
    ):
        return False
    if bundle.forbidden:  # what would settle it is closed to us, not known dead
        v.status = "review"
        v.reason(*_forbidden_reason(c))
        return True
    v.status = "broken"
    corrupt = ", ".join(bundle.corrupt[:3])
    if corrupt:
        v.reason(
            f"ไฟล์ของรายการนี้เสียหาย เปิดหรือแตกไฟล์ไม่ได้ (เช่น ไฟล์ ZIP ไม่สมบูรณ์): {corrupt}",
            f"The item's file is damaged and cannot be opened (e.g. a truncated ZIP): {corrupt}",
        )
    dead = ", ".join(readable(u) for u in [u for u in c.dead if u not in bundle.corrupt][:3])
    if dead or not corrupt:
        dead = dead or ", ".join(readable(u) for u in (c.dead or bundle.dead)[:3])
        v.reason(f"ลิงก์ของรายการนี้เปิดไม่ได้: {dead}", f"The item's links do not open: {dead}")
    return True


def _forbidden_reason(c: _Case) -> tuple[str, str]:
    """Why an item whose links robots.txt closes is left to a person: the links, with the
    words of each (what the site calls them)."""
    words = {
        cand.url: " ".join(cand.title.split())[:80]
        for cand in c.bundle.candidates
        if cand.url in c.bundle.forbidden and cand.title.strip()
    }
    for link in c.bundle.links:
        if link.to_url in c.bundle.forbidden and link.anchor.strip():
            words.setdefault(link.to_url, " ".join(link.anchor.split())[:80])
    named = ", ".join(
        f"{u} ({words[u]})" if u in words else u for u in dict.fromkeys(c.bundle.forbidden)
    )
    named = ", ".join(named.split(", ")[:3])
    return (
        f"robots.txt ของเว็บไซต์ห้ามโปรแกรมอ่านเอกสารของรายการนี้ โปรดเปิดตรวจเอง: {named}",
        f"The site's robots.txt forbids programs to read this item's documents; open them "
        f"yourself: {named}",
    )


_HOME_PATH = re.compile(r"^/?(?:(?:index|default|home|main)\.(?:s?html?|php|aspx?|jsp))?$", re.I)


def _site_home(url: str) -> bool:
    """Whether ``url`` is a site's home page (its root, no query)."""
    parts = urllib.parse.urlsplit(url)
    return not parts.query and _HOME_PATH.match(parts.path) is not None


def _check_home_only(v: Verdict, c: _Case) -> bool:
    """The item's only link opens another site's home page (the BMA's, for the Governor's
    policy), and nothing but the page holding that link names it: the item's data is not
    published here, missing."""
    bundle = c.bundle
    if not bundle.offsite or c.offsite or bundle.dead:
        return False
    rows = {  # pages holding the item's row (its code beside the link there)
        lk.from_url
        for lk in bundle.links
        if lk.to_url in bundle.offsite
        and any(m.code == c.item.code for m in find_codes(lk.context))
    }
    if any(d.url.split("#")[0] not in rows for d in bundle.docs):
        return False  # a page of its own besides the OIT table's row linking there
    v.status = "missing"
    homes = ", ".join(bundle.offsite[:3])
    v.reason(
        f"{c.item.code} {c.item.title_th}: ลิงก์ของรายการเปิดเพียงหน้าแรกของเว็บไซต์อื่น"
        f" ไม่ใช่ข้อมูลหรือเอกสารของรายการ: {homes}",
        f"{c.item.code}: the item's link opens only another site's home page, not the item's "
        f"data or document: {homes}",
    )
    return True


def _check_file_store(v: Verdict, c: _Case) -> bool:
    """The item's only evidence is links to an outside file store (a shared Google Drive
    folder), not on the website and not read: review."""
    bundle = c.bundle
    if bundle.docs or not bundle.offsite or not all(_file_store(u) for u in bundle.offsite):
        return False
    v.status = "review"
    stores = ", ".join(bundle.offsite[:3])
    v.reason(
        f"หลักฐานของรายการนี้มีเพียงลิงก์ไปยังที่เก็บไฟล์ภายนอก (เช่น Google Drive) ซึ่งไม่ได้อยู่บนเว็บไซต์"
        f"และเครื่องอ่านไม่ได้ ต้องให้เจ้าหน้าที่ตรวจสอบ: {stores}",
        f"The item's only evidence is a link to an outside file store (e.g. Google Drive), not "
        f"on the website and not read: a person must check: {stores}",
    )
    return True


def _check_placeholders(v: Verdict, c: _Case) -> bool:
    """Every readable piece of the evidence is a placeholder ("อยู่ระหว่างการจัดทำ", the
    assessment's criteria restated) and no scan may hide more (:func:`_all_placeholders`):
    missing."""
    if not _all_placeholders(c.item, c.bundle):
        return False
    v.status = "missing"
    drop = _item_names(c.item)
    pointers = [
        d
        for d in c.bundle.docs
        if d.readable and not _is_placeholder(d, drop) and _pointer_only(d, c.bundle, drop)
    ]
    said = next(
        (
            " ".join(ln.split())
            for d in pointers[:1]
            for ln in content_text(d).splitlines()
            if points_elsewhere(compact_for_match(ln))
        ),
        "",
    )
    if said:
        v.reason(
            f"{c.item.code} {c.item.title_th}: หน้าเว็บเพียงบรรยายว่าเอกสารมีเรื่องใดและแจ้งให้ไปดูที่อื่น"
            f' ("{said}") แต่ไม่พบเอกสารนั้น: {pointers[0].url}',
            f"{c.item.code}: the page only describes what the document covers and sends the "
            f'reader elsewhere for it ("{said}"); no such document was found: {pointers[0].url}',
        )
        return True
    v.reason(
        f'พบเพียงหน้าหรือเอกสารที่ยังไม่มีเนื้อหา (เช่น "อยู่ระหว่างการจัดทำ" หรือมีเพียงเกณฑ์การประเมิน) ของ {c.item.code} {c.item.title_th}',
        f'Only a placeholder ("in preparation", or the assessment\'s criteria restated) was found for {c.item.code}; nothing is published yet.',
    )
    return True


def _check_deferred_page(v: Verdict, c: _Case) -> bool:
    """The item's only evidence is pages whose prose says it will be published later ("ขณะนี้
    กำลังจัดทำรายงาน… และจะเผยแพร่ภายหลัง"), with nothing besides but words about the item (what
    it is, what it must hold: no table, no figures, no dated event, no document, nothing off
    the site): missing, whatever the prose explains."""
    bundle = c.bundle
    if (
        not bundle.docs
        or c.documents
        or c.offsite
        or c.dead
        or any(d.kind != "page" or not d.readable or d.tables for d in bundle.docs)
    ):
        return False
    said = ""
    for doc in bundle.docs:
        lines = [ln for ln in _unfurnished(doc) if compact_for_match(ln)]
        held = [ln for ln in lines if deferred(compact_for_match(ln))]
        if any(_data_line(ln) for ln in lines if ln not in held):
            return False
        said = said or next((" ".join(ln.split()) for ln in held), "")
    if not said:
        return False
    v.status = "missing"
    v.reason(
        f'{c.item.code} {c.item.title_th} ยังไม่เผยแพร่ (หน้าเว็บระบุว่า "{said[:160]}")',
        f'{c.item.code} is not published yet (the page says "{said[:160]}").',
    )
    return True


# what a document opens as when it is not a report: a plan, an ordinance, criteria, a notice,
# a manual, an order, a regulation, a policy
_NOT_REPORT = re.compile(r"^(?:แผน|ข้อบัญญัติ|หลักเกณฑ์|ประกาศ|คู่มือ|คำสั่ง|ระเบียบ|นโยบาย)")
_REPORTING = re.compile(r"รายงาน|สรุปผล|ผลการ(?:ดำเนิน|ปฏิบัติ|ใช้จ่าย|เบิกจ่าย|บริหาร|ประเมิน)")
REPORT_HEAD_LINES = 3  # lines of a document's opening where it says what it is


def _check_no_report(v: Verdict, c: _Case) -> bool:
    """An item that is a report ("รายงาน…") whose documents are each something else by their
    own opening (the year's spending plan and the budget ordinance under "รายงานการกำกับ
    ติดตามการใช้จ่ายงบประมาณ", the HR criteria under the HR report), on pages listing them and
    nothing more: the report is not published, missing."""
    item, bundle = c.item, c.bundle
    if not compact_for_match(item.title_th).startswith("รายงาน") or not c.documents:
        return False
    if c.offsite or c.dead or any(not d.machine_read for d in c.documents):
        return False
    for doc in c.documents:
        # its title when the document says it ("untitled", a file name: no title)
        titled = compact_for_match(doc.title) in compact_for_match(doc.main_text)
        head = [
            compact_for_match(ln)
            for ln in [
                doc.title if titled else "",
                *doc.main_text.splitlines()[: REPORT_HEAD_LINES * 2],
            ]
            if compact_for_match(ln) and not saved_name(doc, ln)
        ][:REPORT_HEAD_LINES]
        if not head or not _NOT_REPORT.match(head[0]):
            return False
        if any(_REPORTING.search(h) and not _NOT_REPORT.match(h) for h in head):
            return False
    files = {d.url for d in c.documents}
    for page in (d for d in bundle.docs if d.kind == "page"):
        rows = {
            lk.compact_anchor
            for lk in bundle.links
            if lk.from_url == page.url and lk.to_url in files and lk.compact_anchor
        }
        for line in _unfurnished(page):
            compact = compact_for_match(line)
            if any(r in compact for r in rows) or len(compact) <= HEADING_LINE:
                continue  # a row listing a document, a heading
            return False
    v.status = "missing"
    names = ", ".join(d.url for d in c.documents[:3])
    v.reason(
        f"{item.code} {item.title_th}: เอกสารที่พบเป็นเอกสารประเภทอื่น (แผน หลักเกณฑ์ ประกาศ) ไม่ใช่รายงาน: {names}",
        f"{item.code}: the documents found are something else (a plan, criteria, a notice), "
        f"not the report: {names}",
    )
    return True


def _data_line(line: str) -> bool:
    """Whether ``line`` reports something: a date to the day (an event), an amount (three
    digits or more) or three numbers or more, once its month and year dates are taken out
    ("ในรอบ ๖ เดือนแรก (ตุลาคม ๒๕๖๔ - มีนาคม ๒๕๖๕)" reports nothing)."""
    if any(d.precision == "day" for d in find_dates(thai_to_arabic(line))):
        return True
    numbers = re.findall(r"\d[\d,.]*", without_dates(line))
    return len(numbers) >= 3 or any(len(re.sub(r"\D", "", n)) >= 3 for n in numbers)


def _check_stories_only(v: Verdict, c: _Case) -> bool:
    """For an item not about news or activities, everything found is news stories (a meeting
    of the district's school heads is not the list of schools; a handover ceremony is not the
    subsidy data) and nothing they link or stand beside is left to read: missing."""
    if c.item.posts or c.offsite or not c.bundle.docs or c.readable.docs:
        return False
    v.status = "missing"
    posts = ", ".join(readable(d.url) for d in c.bundle.docs[:3])
    v.reason(
        f"{c.item.code} {c.item.title_th}: พบเพียงข่าวกิจกรรมที่กล่าวถึงเรื่องนี้ ไม่ใช่ข้อมูลหรือเอกสารของรายการ: {posts}",
        f"{c.item.code}: only news stories of an event mention it; they are not the item's data "
        f"or document: {posts}",
    )
    return True


def _check_only_named(v: Verdict, c: _Case) -> bool:
    """The pages are titled with the item but their content is about something else
    (:func:`_only_named`): missing."""
    if not _only_named(c.item, c.bundle):
        return False
    v.status = "missing"
    pages = ", ".join(d.url for d in c.bundle.docs if d.kind == "page")
    v.reason(
        f"{c.item.code} {c.item.title_th}: หน้าเว็บมีชื่อรายการเป็นหัวเรื่อง แต่เนื้อหาไม่ใช่ข้อมูลของรายการ"
        f" (ไม่มีเนื้อหาหรือเอกสารที่กล่าวถึง): {pages}",
        f"{c.item.code}: the page is titled with the item, but its content is about something "
        f"else (no text or document of the item): {pages}",
    )
    return True


def _check_row_only(v: Verdict, c: _Case) -> bool:
    """Only the index's row named the item, its link's own words a bare "เปิด" or "คลิกดูข้อมูล",
    and the page it opens speaks of something else (:func:`_row_chose_only`): missing."""
    if not _row_chose_only(c.item, c.bundle):
        return False
    v.status = "missing"
    pages = ", ".join(d.url for d in c.bundle.docs if d.kind == "page")
    v.reason(
        f"{c.item.code} {c.item.title_th}: มีเพียงแถวในตาราง OIT ที่ระบุชื่อรายการ แต่หน้าที่ลิงก์ไป"
        f"เป็นเรื่องอื่น ไม่กล่าวถึงรายการ: {pages}",
        f"{c.item.code}: only the OIT table's row names the item; the page its link opens is "
        f"about something else and does not speak of the item: {pages}",
    )
    return True


def _check_off_subject(v: Verdict, c: _Case) -> bool:
    """The item's names share a generic head with other things and nothing of the evidence
    says the item's subject (:func:`_off_subject`: the OIT self-checklist for the permit
    checklist, complaint tracking for permit tracking): missing."""
    if not _off_subject(c.item, c.bundle, c.title):
        return False
    v.status = "missing"
    urls = ", ".join(readable(d.url) for d in c.bundle.docs[:3]) or ", ".join(
        readable(u) for u in c.bundle.offsite[:3]
    )
    said = " / ".join(c.item.subject)
    v.reason(
        f"{c.item.code} {c.item.title_th}: หลักฐานที่พบเป็นเรื่องอื่นที่ใช้ชื่อคล้ายกัน ไม่กล่าวถึง"
        f" ({said}) เลย: {urls}",
        f"{c.item.code}: what was found is something else under a like name; it never speaks "
        f"of the item's subject ({said}): {urls}",
    )
    return True


def _check_system_pending(v: Verdict, c: _Case) -> bool:
    """An item that is a system to use (its parts are links to it) whose evidence says the
    system is not in service (being developed, cancelled, coming) and links to none
    (:func:`_system_pending`): missing, there is nothing to use."""
    said = _system_pending(c.item, c.bundle)
    if not said:
        return False
    v.status = "missing"
    v.reason(
        f'{c.item.code} {c.item.title_th}: ยังไม่มีระบบให้ใช้งาน หน้าเว็บระบุว่า "{said}" และไม่มีลิงก์ไปยังระบบที่ใช้งานได้',
        f'{c.item.code}: there is no system to use yet; the page says "{said}" and links to '
        "no working system.",
    )
    return True


def _check_unreadable(v: Verdict, c: _Case) -> bool:
    """No machine could read the item's documents (a scan, OCR only) and its pages only name
    it (none has :data:`SUBSTANTIVE` letters of its own beside its links' labels): its substance
    is in the scan, so a person must look: review."""
    if not c.unreadable or any(
        len(_label_free(d, c.bundle)) >= SUBSTANTIVE for d in c.bundle.docs if d.kind == "page"
    ):
        return False
    v.status = "review"
    v.reason(*UNREAD)
    return True


def _check_data_in_image(v: Verdict, c: _Case) -> bool:
    """The figures of an item of statistics are a picture no machine read (an infographic)
    beside a short caption (:func:`_data_in_image`): review, a person must check its period."""
    if not _data_in_image(c.item, c.bundle, c.as_of):
        return False
    v.status = "review"
    v.reason(
        "ข้อมูลของรายการอยู่ในรูปภาพ (เช่น อินโฟกราฟิก) ที่เครื่องอ่านไม่ได้ มีเพียงคำบรรยายใต้ภาพ ต้องให้เจ้าหน้าที่ตรวจสอบว่าข้อมูลในภาพเป็นปีใด",
        "The item's data is a picture (e.g. an infographic) no machine read, beside a short "
        "caption only: a person must check what period the picture shows.",
    )
    return True


def _check_elements_current(v: Verdict, c: _Case) -> bool:
    """An element with a freshness rule of its own whose evidence is of a past year (not a
    report of less than it asks, which leaves the element absent): stale, the first such
    element named with the years (and the month) found."""
    stale = next(
        ((e, t) for e, t in c.element_timings if t.ok is False and not _short_period(t)), None
    )
    if stale is None:
        return False
    element, own = stale
    status = c.review_or(v, "stale")
    seen = ", ".join(str(y) for y in own.years) or "-"
    if own.covered_to is not None:
        to = _month_label(f"{own.covered_to.year}-{own.covered_to.month:02d}")
        seen = f"{seen} ถึงเดือน {to} เท่านั้น"
    v.reason(
        f"{element.th}: ไม่เป็นปัจจุบัน (พบปีงบประมาณ พ.ศ. {seen})",
        f"{element.en}: not current (fiscal year(s) found: {seen}).",
    )
    v.status = status
    return True


def _check_signers_current(v: Verdict, c: _Case) -> bool:
    """An element the current director must sign is signed only by a predecessor
    (:func:`_former_signed`): stale; incomplete when the signed text is for this fiscal year
    (only the current director's signature lacks). Not asked while the evidence is out of
    date."""
    if c.timing.ok is False:
        return False
    fy = fiscal_year_of(c.as_of)
    for element in c.required:
        signed = _former_signed(element, c.bundle, c.title)
        if signed:
            former = ", ".join(sorted(set(signed.values())))
            # a text stating this fiscal year, signed by a predecessor, lacks only the current
            # director's signature (the day it was signed says when, not what year it is for)
            docs = [d for d in c.bundle.docs if d.url in signed]
            current = bool(docs) and all(
                fy in find_fiscal_years(f"{d.title}\n{d.main_text[:PURPOSE_CHARS]}") for d in docs
            )
            v.status = c.review_or(v, "incomplete" if current else "stale")
            th, en = (
                ("ยังไม่ครบองค์ประกอบ", "incomplete") if current else ("จึงไม่เป็นปัจจุบัน", "not current")
            )
            v.reason(
                f"{element.th}: ลงนามโดย {former} ซึ่งไม่ใช่ผู้อำนวยการเขตคนปัจจุบัน "
                f"({c.bundle.director}) {th}",
                f"{element.en}: signed by {former}, not the current director "
                f"({c.bundle.director}): {en}.",
            )
            if current:
                v.elements_missing = [element.key]
            return True
    return False


def _check_draft_only(v: Verdict, c: _Case) -> bool:
    """The evidence is out of date and this year's document exists only as a draft (or only
    its cover page), or only as another office's or one division's, stating this fiscal year
    (the spending plan of 2568 signed by another district's director beside our 2567
    report): incomplete, this year's is not the district's own yet."""
    bundle = c.bundle
    if c.timing.ok is not False:
        return False
    fy = fiscal_year_of(c.as_of)
    drafts = [
        r for r in bundle.rejected if r.kind in UNFINISHED and r.url not in bundle.others_items
    ]
    if not drafts:
        others = [
            r
            for r in bundle.rejected
            if r.kind in NOT_OURS
            and r.url not in bundle.others_items
            and fy in purpose_years(r.opening, fy)
        ]
        if not others:
            return False
        v.status = c.review_or(v, "incomplete")
        v.reason(
            f"{c.item.code} {c.item.title_th}: เอกสารของปีงบประมาณ พ.ศ. {fy} ที่พบเป็นของหน่วยงานอื่น"
            " หรือของฝ่ายใดฝ่ายหนึ่ง ไม่ใช่ของสำนักงานเขต",
            f"{c.item.code}: the document of fiscal year {fy} found is another agency's or one "
            "division's, not the district office's.",
        )
        for r in others[:3]:
            v.reason(r.th, r.en)
        return True
    v.status = c.review_or(v, "incomplete")
    if all(r.kind == "cover" for r in drafts):
        v.reason(
            f"{c.item.code} {c.item.title_th}: เอกสารของปีงบประมาณปัจจุบันมีเพียงหน้าปก",
            f"{c.item.code}: this fiscal year's document is only a cover page.",
        )
    else:
        v.reason(
            f"{c.item.code} {c.item.title_th}: เอกสารของปีงบประมาณปัจจุบันมีเพียงฉบับร่าง",
            f"{c.item.code}: this fiscal year's document is only a draft.",
        )
    for r in drafts[:3]:
        v.reason(r.th, r.en)
    return True


def _check_mislabelled(v: Verdict, c: _Case) -> bool:
    """The six-month report is there, reporting less than six months: incomplete."""
    if c.timing.ok is not False or not c.timing.mislabelled:
        return False
    v.status = c.review_or(v, "incomplete")
    _short_note(v, c.timing)
    return True


# sources of a candidate that is the link the item is scored by: the OIT index's row, the
# officer's checklist or correction
ROW_SOURCES = ("index", "index_code", "checklist", "correction")


def _check_row_dead_stale(v: Verdict, c: _Case) -> bool:
    """Every link the OIT index's row (or the officer's checklist) gives the item is dead, and
    what opens elsewhere is out of date (last year's copy on an older page): broken. The link
    in the row is what is scored; the officer must fix it, not only publish this year's."""
    rows = [cand.url for cand in c.bundle.candidates if cand.source in ROW_SOURCES]
    if not rows or any(u not in c.dead for u in rows) or c.bundle.forbidden:
        return False
    if c.timing.ok is not False:
        return False
    v.status = "broken"
    dead = ", ".join(readable(u) for u in dict.fromkeys(rows[:3]))
    v.reason(
        f"ลิงก์ของรายการนี้ในตารางการเปิดเผยข้อมูลสาธารณะเปิดไม่ได้ (ที่พบในหน้าอื่นเป็นฉบับที่ไม่เป็นปัจจุบัน): {dead}",
        f"The item's link in the OIT table does not open (what was found on other pages is out "
        f"of date): {dead}",
    )
    _stale_reason(v, c.item, c.timing, fiscal_year_of(c.as_of))
    return True


def _check_annual_dead(v: Verdict, c: _Case) -> bool:
    """An annual report is wanted, only a part-year one opens, and the link naming the item is
    dead (the annual report's): broken."""
    if c.timing.ok is not False or not c.timing.part_year or not c.dead_named:
        return False
    v.status = "broken"
    dead = ", ".join(readable(u) for u in c.bundle.dead[:3])
    v.reason(
        f"ลิงก์ของรายงานประจำปีของรายการนี้เปิดไม่ได้ (พบเพียงรายงานระหว่างปี): {dead}",
        f"The link to the item's annual report does not open (only a part-year report was "
        f"found): {dead}",
    )
    return True


def _check_calendar_year(v: Verdict, c: _Case) -> bool:
    """An annual report is wanted and the one found reports on a calendar year (January to
    December): a whole year, but not the fiscal year's (October to September), whose first
    three months it leaves out: incomplete."""
    year = c.timing.calendar_year
    if c.timing.ok is not False or year is None:
        return False
    v.status = c.review_or(v, "incomplete")
    before = year - 1
    v.reason(
        f"{c.item.code} {c.item.title_th}: พบรายงานประจำปีปฏิทิน พ.ศ. {year} (ม.ค. - ธ.ค. {year}) "
        f"ไม่ใช่รายงานประจำปีงบประมาณ พ.ศ. {year} (ต.ค. {before} - ก.ย. {year}) "
        f"ขาดเดือน ต.ค. - ธ.ค. {before}",
        f"{c.item.code}: the report found covers calendar year {year} (January to December), "
        f"not fiscal year {year} (October {before} to September {year}); October to December "
        f"{before} are missing.",
    )
    return True


def _check_part_year(v: Verdict, c: _Case) -> bool:
    """An annual report is wanted and only a part-year one is found (a six-month report,
    another item's): the annual report is not published, missing."""
    if c.timing.ok is not False or not c.timing.part_year:
        return False
    v.status = c.review_or(v, "missing")
    v.reason(
        f"{c.item.code} {c.item.title_th}: พบเพียงรายงานระหว่างปี (เช่น รอบ 6 เดือน หรือรายไตรมาส) "
        "ยังไม่พบรายงานประจำปี",
        f"{c.item.code}: only a part-year report (six-month or quarterly) was found, not the "
        "annual report.",
    )
    return True


def _check_months_dead(v: Verdict, c: _Case) -> bool:
    """Every month of a monthly series not published is named by a link that does not open (a
    quarter's summaries in a truncated ZIP, a month's 404) or opens a file with no words (a
    scan too coarse to read): broken, naming the months and the damaged files."""
    timing = c.timing
    if timing.ok is not False or not timing.months_missing:
        return False
    if not set(timing.months_missing) <= set(timing.months_dead):
        return False
    v.status = "broken"
    v.months_missing = list(timing.months_missing)
    months = ", ".join(_month_label(m) for m in timing.months_missing)
    months_en = ", ".join(timing.months_missing)
    corrupt = ", ".join(readable(u) for u in c.bundle.corrupt[:3])
    if corrupt:
        v.reason(
            f"ไฟล์ของเดือน {months} เสียหาย เปิดหรือแตกไฟล์ไม่ได้ (เช่น ไฟล์ ZIP ไม่สมบูรณ์): {corrupt}",
            f"The file of {months_en} is damaged and cannot be opened (e.g. a truncated ZIP): "
            f"{corrupt}",
        )
    blank = ", ".join(readable(d.url) for d in blank_files(c.bundle)[:3])
    if blank:
        v.reason(
            f"ไฟล์ของเดือน {months} เปิดได้แต่ไม่มีข้อความที่อ่านได้ (เช่น ภาพสแกนที่ไม่ชัดหรือหน้าว่าง): {blank}",
            f"The file of {months_en} opens but holds nothing readable (e.g. a scan too coarse "
            f"to read, a blank page): {blank}",
        )
    dead = ", ".join(readable(u) for u in [u for u in c.dead if u not in c.bundle.corrupt][:3])
    if dead or not (corrupt or blank):
        dead = dead or ", ".join(readable(u) for u in c.bundle.dead[:3])
        v.reason(
            f"ลิงก์ของเดือน {months} เปิดไม่ได้: {dead}",
            f"The links of {months_en} do not open: {dead}",
        )
    return True


def _check_current(v: Verdict, c: _Case) -> bool:
    """The evidence is out of date: stale; incomplete when months are skipped between those
    given, or when this fiscal year's data reports less than the six months due (statistics
    stopping after the first quarter: the current year's, only short of months)."""
    timing = c.timing
    if timing.ok is not False:
        return False
    fy = fiscal_year_of(c.as_of)
    short = timing.covered_to is not None and timing.half_of == fy
    v.status = c.review_or(v, "incomplete" if timing.gap or short else "stale")
    _stale_reason(v, c.item, timing, fy)
    return True


def _check_span_only(v: Verdict, c: _Case) -> bool:
    """An item of one year's document (its title says "ประจำปี": the annual anti-corruption
    plan) whose every own document is for a span of several years and states no single fiscal
    year (the four-year plan "ระยะ ๔ ปี (พ.ศ. ๒๕๖๑ – ๒๕๖๕)"), and nothing else dates the item:
    the span covers this year, but the year's own document is not published: incomplete."""
    if not isinstance(c.item.freshness, CurrentFiscalYear) or "ประจำปี" not in c.title:
        return False
    fy = fiscal_year_of(c.as_of)
    docs = [d for d in c.own_documents if d.machine_read]
    if not docs or c.timing.ok is not True or c.timing.basis != "stated":
        return False
    spans = []
    for d in docs:
        head = f"{d.title}\n{d.main_text}"
        if find_fiscal_years(thai_to_arabic(head[:OPENING])) or "ประจำปี" in compact_for_match(
            head[:OPENING]
        ):
            return False  # a document stating its fiscal year, or calling itself annual
        years = purpose_years(head, fy)
        if len(years) < 2:
            return False
        spans.append(years)
    if set(c.timing.years) != set().union(*spans):
        return False  # something else states a year of its own
    v.status = c.review_or(v, "incomplete")
    first, last = min(c.timing.years), max(c.timing.years)
    v.reason(
        f"{c.item.code} {c.item.title_th}: พบเพียงเอกสารระยะหลายปี (พ.ศ. {first}–{last})"
        f" ยังไม่มีฉบับประจำปีงบประมาณ พ.ศ. {fy}",
        f"{c.item.code}: only a multi-year document ({first}-{last}) was found, not the one for "
        f"fiscal year {fy}.",
    )
    return True


def _check_item_pending(v: Verdict, c: _Case) -> bool:
    """A line saying the content is being prepared names the item itself ("กระดานถาม-ตอบ
    อยู่ระหว่างปรับปรุง") and no document of the item is there: missing. (With a document
    beside it, the plan beside "รายงานผล… (อยู่ระหว่างรวบรวมข้อมูล)", one part is published and
    the other not yet.)"""
    bundle = c.bundle
    published = any(
        d.kind == "document" and d.machine_read and d.url not in bundle.others_items
        for d in bundle.docs
    )
    if published:
        return False
    if c.partial and (
        _names_item(c.item, c.partial)
        or _pending_item_page(c.item, c.bundle)
        or _pending_whole(c.item, c.bundle)
    ):
        said = c.partial
    else:
        said = _heading_pending(c.item, c.bundle)
    if not said:
        return False
    v.status = "missing"
    v.reason(
        f'{c.item.code} {c.item.title_th} ยังไม่เผยแพร่ (หน้าเว็บระบุว่า "{said}")',
        f'{c.item.code} is not published yet (the page says "{said}").',
    )
    return True


def _heading_pending(item: Item, bundle: Bundle) -> str:
    """A heading naming the item over a short line saying it is coming ("ผลการสำรวจความพึงพอใจ"
    over a button "ดูผลการสำรวจ (เร็วๆ นี้)" on the questionnaire's page), on a page with no
    table: the two lines ("" if none). What the page holds besides (the questionnaire) is not
    the item."""
    for doc in bundle.docs:
        if doc.kind != "page" or not doc.readable or doc.tables:
            continue
        lines = [ln for ln in content_text(doc).splitlines() if ln.strip()]
        for head, line in pairwise(lines):
            compact = compact_for_match(line)
            if not pending(compact) or len(strip_pending(compact)) > PLACEHOLDER_LINE:
                continue
            if len(compact_for_match(head)) <= HEADING_LINE and _names_item(item, head):
                return f"{' '.join(head.split())} {' '.join(line.split())}"
    return ""


def _check_part_pending(v: Verdict, c: _Case) -> bool:
    """A line says part of the content is being prepared: incomplete."""
    if not c.partial:
        return False
    v.status = c.review_or(v, "incomplete")
    v.reason(
        f'บางส่วนของข้อมูลยังไม่เผยแพร่ (ระบุว่า "{c.partial}")',
        f'Part of the content is not published yet (the page says "{c.partial}").',
    )
    return True


def _advise(v: Verdict, c: _Case) -> bool:
    """Note the assessor's advice the evidence lacks (elements not scored); never settles."""
    advised = [e for e in c.item.elements if e.advice]
    for e in missing_elements(advised, c.bundle, c.title, stops=c.stops):
        v.advice(
            f"คำแนะนำของผู้ประเมิน (ไม่มีผลต่อคะแนน): ควรเพิ่ม {e.th}",
            f"Assessor's advice (not scored): consider adding {e.en}",
        )
    return False


def _check_parts_dead(v: Verdict, c: _Case) -> bool:
    """Every element the item lacks is there behind a dead link (the spending report's row
    beside the spending plan): broken."""
    missing = c.missing
    if not missing or not all(e in c.dead_parts for e in missing):
        return False
    v.status = "broken"
    v.elements_missing = [e.key for e in missing]
    dead = ", ".join(readable(u) for u in c.scoped.dead[:3])
    v.reason(
        "ลิงก์ไปยังเอกสารของ " + ", ".join(e.th for e in missing) + f" เปิดไม่ได้: {dead}",
        "The link to the document of "
        + ", ".join(e.en for e in missing)
        + f" does not open: {dead}",
    )
    return True


def _check_something_else(v: Verdict, c: _Case) -> bool:
    """The link named for the item opens something else (a procurement award under "asset
    management"): none of the item's parts and not a line about it (:func:`_speaks_of`):
    missing."""
    if (
        not c.required
        or not all(e in c.missing for e in c.required)
        or _speaks_of(c.item, c.scoped)
    ):
        return False
    v.status = c.review_or(v, "missing")
    urls = ", ".join(d.url for d in c.scoped.docs[:3])
    v.reason(
        f"{c.item.code} {c.item.title_th}: เอกสารหรือหน้าที่ลิงก์ไว้ในชื่อของรายการเป็นเรื่องอื่น"
        f" ไม่กล่าวถึงรายการและไม่มีองค์ประกอบใดของรายการ: {urls}",
        f"{c.item.code}: what the link named for the item opens is about something else; it "
        f"neither speaks of the item nor has any of its parts: {urls}",
    )
    return True


MAX_FORMS = 12  # tables short of a form's columns named in the reason (a year's months)


def _check_complete(v: Verdict, c: _Case) -> bool:
    """The item lacks required elements: incomplete, naming them, the reports short of their
    six-month title, the drafts and the dead links that stand for them."""
    missing = c.missing
    if not missing:
        return False
    bundle = c.scoped
    v.elements_missing = [e.key for e in missing]
    if essential := [e for e in missing if e.essential]:
        # the part that is the item itself (the tracking system): what stands is only words
        v.status = c.review_or(v, "missing")
        v.reason(
            "ไม่พบตัวรายการ ขาด: " + ", ".join(e.th for e in essential),
            "The item itself is not there; missing: " + ", ".join(e.en for e in essential),
        )
        return True
    v.status = c.review_or(v, "incomplete")
    v.reason(
        "ไม่ครบองค์ประกอบ ขาด: " + ", ".join(e.th for e in missing),
        "Incomplete; missing: " + ", ".join(e.en for e in missing),
    )
    for e in missing:
        if isinstance(e.match, PhrasesMatch) and e.match.of_structure:
            units = structure_lacks(e.match, bundle)
            if units:
                v.reason(
                    "โครงสร้างของหน่วยงานมี แต่ไม่พบในหลักฐาน: " + ", ".join(units),
                    "The office's structure lists, but the evidence does not name: "
                    + ", ".join(units),
                )
        forms = short_forms(e.match, c.this_year) if isinstance(e.match, ColumnsMatch) else []
        for label, lacking in forms[:MAX_FORMS]:
            v.reason(
                f"{label}: ขาดคอลัมน์ " + ", ".join(lacking),
                f"{label}: lacks the columns " + ", ".join(lacking),
            )
        columns = [] if forms else missing_columns(e, c.this_year)
        if columns:
            v.reason(
                "ตารางที่เผยแพร่ขาดคอลัมน์: " + ", ".join(columns),
                "The published table lacks the columns: " + ", ".join(columns),
            )
    fy = fiscal_year_of(c.as_of)
    for e, t in c.short_elements:
        if t.covered_to is not None and not t.mislabelled:
            th, en = _half_note(t, fy)
            v.reason(f"{e.th}: {th}", f"{e.en}: {en}")
    if c.shorts:
        _short_note(v, c.shorts[0])
    for r in [r for r in bundle.rejected if r.kind in UNFINISHED][:3] if c.drafted else []:
        v.reason(r.th, r.en)
    if c.dead_parts:
        dead = ", ".join(readable(u) for u in bundle.dead[:3])
        v.reason(
            "ลิงก์ไปยังเอกสารขององค์ประกอบที่ขาดเปิดไม่ได้: " + dead,
            "The link to the missing element's document does not open: " + dead,
        )
    return True


def _check_in_scans(v: Verdict, c: _Case) -> bool:
    """Some elements are only in documents no machine could read (:func:`_only_in_scans`):
    review."""
    in_scan = _only_in_scans(c.item, c.scoped, c.title)
    if not in_scan:
        return False
    v.status = "review"
    v.reason(
        "บางองค์ประกอบพบเฉพาะในเอกสารที่อ่านด้วยเครื่องไม่ได้ (เช่น ไฟล์สแกน) ต้องให้เจ้าหน้าที่ตรวจสอบ: "
        + ", ".join(e.th for e in in_scan),
        "Some elements are only in documents no machine could read (e.g. a scan); a person "
        "must check: " + ", ".join(e.en for e in in_scan),
    )
    return True


def _check_passes(v: Verdict, c: _Case) -> bool:
    """Nothing faults the item: it passes (review when its documents are unreadable and no
    date was told). Notes that its date could not be told, and the links that do not open."""
    if c.timing.ok is None:
        if c.unreadable:
            v.status = c.review_or(v, "pass")
            return True
        if _of_a_year(c.item.freshness):
            # an item of a year's content whose evidence states no year, no period and no date
            # (the server's Last-Modified is the time it answered, not the content's): a person
            # must tell whether it is this year's
            v.status = "review"
            v.reason(
                "เนื้อหาไม่ระบุปีงบประมาณ ช่วงเวลา หรือวันที่ (วันที่แก้ไขล่าสุดจากเซิร์ฟเวอร์เป็นเวลาที่เรียกดู"
                " ไม่ใช่ของเนื้อหา) เจ้าหน้าที่ต้องตรวจสอบว่าเป็นข้อมูลของปีปัจจุบัน",
                "The evidence states no fiscal year, period or date (the server's Last-Modified "
                "is when it answered, not the content's): a person must check it is current.",
            )
            return True
        if isinstance(c.item.freshness, Recent):
            v.reason(
                "ไม่พบวันที่ของข้อมูล โปรดตรวจสอบว่าเป็นข้อมูลล่าสุด",
                "No dated entry was found; check that it is recent.",
            )
        else:
            v.reason(
                "ระบุปีงบประมาณของเอกสารไม่ได้ โปรดตรวจสอบว่าเป็นข้อมูลปัจจุบัน",
                "The fiscal year of the evidence could not be told; check that it is current.",
            )
    undated = [e for e, t in c.element_timings if t.ok is None and _of_a_year(e.freshness)]
    if undated:  # a part of a year's content (last year's report) that states no period
        v.status = "review"
        v.reason(
            "ไม่พบปีงบประมาณ ช่วงเวลา หรือวันที่ของ "
            + ", ".join(e.th for e in undated)
            + " เจ้าหน้าที่ต้องตรวจสอบว่าเป็นข้อมูลของปีที่กำหนด",
            "No fiscal year, period or date is stated for "
            + ", ".join(e.en for e in undated)
            + ": a person must check it is of the year required.",
        )
        return True
    v.reason("พบข้อมูลครบถ้วนและเป็นปัจจุบัน", "Found, current and complete.")
    if c.scoped.dead:
        dead = ", ".join(readable(u) for u in c.scoped.dead[:3])
        v.reason(f"มีลิงก์บางรายการเปิดไม่ได้: {dead}", f"Some links do not open: {dead}")
    return True


def _of_a_year(freshness: object) -> bool:
    """Whether a freshness rule asks for a fiscal year's content (this year's, last year's, a
    six-month report), which a person tells from the period the content states."""
    return isinstance(freshness, (CurrentFiscalYear, PreviousFiscalYear, HalfYear))


# Outside stores of shared files: a folder there is someone's documents, not a system or a page.
FILE_STORES = (
    "drive.google.com",
    "docs.google.com",
    "onedrive.live.com",
    "1drv.ms",
    "dropbox.com",
    "box.com",
)


def _file_store(url: str) -> bool:
    return host_under(url, FILE_STORES)


REPORT_HEAD = 60  # compact letters: a document whose opening says "รายงาน" is a report


def _former_signed(element: Element, bundle: Bundle, title: str) -> dict[str, str]:
    """For an element that the current director must sign: each of its documents (not the
    reports on it) signed by a predecessor, with the signer; none when the current director
    signed one, no document is signed, or the site does not say who the director is. A post
    that is the text itself (an HTML-only site's policy, signed at its foot) is one of its
    documents."""
    if not element.signed_by_current or not bundle.director:
        return {}
    signed: dict[str, str] = {}
    for doc in element_bundle(element, bundle, title).docs:
        if doc.url in bundle.others_items or not doc.machine_read:
            continue
        if "รายงาน" in compact_for_match(f"{doc.title}\n{doc.main_text}")[:REPORT_HEAD]:
            continue
        name = signer(doc)
        if name is not None:
            signed[doc.url] = name
    if not signed or bundle.director in signed.values():
        return {}
    return signed


def _own(bundle: Bundle) -> Bundle:
    """``bundle`` without the documents there for other items and the links to them; unlike
    :func:`_without_docs`, its pages keep their lines naming them (a list line may name this
    item's part as well)."""
    gone = bundle.others_items
    return replace(
        bundle,
        docs=[d for d in bundle.docs if d.url not in gone],
        links=[lk for lk in bundle.links if lk.to_url not in gone],
    )


def _current_item(item: Item) -> bool:
    """An item of this fiscal year's data (a plan, a monthly series, a half-year report)."""
    return isinstance(item.freshness, (CurrentFiscalYear, HalfYear, MonthlySeries))


def _this_years(bundle: Bundle, fy: int) -> Bundle:
    """``bundle`` without the documents stated to be for other fiscal years only: last year's
    full-column form does not give this year's monthly summaries their columns."""
    return _without_docs(
        bundle,
        {
            d.url
            for d in bundle.docs
            if d.kind == "document" and (years := _document_years(d, fy)) and fy not in years
        },
    )


def _without_docs(bundle: Bundle, gone: set[str]) -> Bundle:
    """``bundle`` without the pages and documents at ``gone``, the links to them, the lines
    of its pages naming them and the candidates naming them."""
    if not gone:
        return bundle
    labels: dict[str, list[str]] = {}
    for lk in bundle.links:
        if lk.to_url in gone and len(lk.compact_anchor) >= 8:
            labels.setdefault(lk.from_url, []).append(lk.compact_anchor)

    def unlabelled(doc: Doc) -> Doc:
        if doc.url not in labels:
            return doc
        lines = doc.main_text.splitlines()
        kept = [ln for ln in lines if not any(a in compact_for_match(ln) for a in labels[doc.url])]
        return replace(doc, main_text="\n".join(kept))

    return replace(
        bundle,
        candidates=[c for c in bundle.candidates if c.url not in gone],
        docs=[unlabelled(d) for d in bundle.docs if d.url not in gone],
        links=[lk for lk in bundle.links if lk.to_url not in gone],
    )


def _document_years(doc: Doc, fy: int) -> set[int]:
    """The fiscal years a document is for: stated in its opening, else those of the periods
    its opening names ("รอบเดือน ตุลาคม ๒๕๖๓ – มีนาคม ๒๕๖๔")."""
    head = f"{doc.title}\n{doc.main_text[:PURPOSE_CHARS]}"
    years = purpose_years(head, fy)
    if not years:
        for r in find_date_ranges(thai_to_arabic(head)):
            years |= {fiscal_year_of(r.start), fiscal_year_of(r.end)}
    return years


def _scans(bundle: Bundle, item: Item) -> set[str]:
    """The bundle's documents no machine could read from a text layer (scans, OCR only)."""
    return {d.url for d in bundle.docs if d.kind == "document" and not _read_for(d, item)}


def _read_for(doc: Doc, item: Item) -> bool:
    """Whether ``doc`` is read well enough to judge ``item`` on: from its text layer, or by a
    strong OCR reading of text drawn in fonts (:attr:`Doc.ocr_strong`; a clean one for a
    standing item, which asks no year). A scan read by OCR stays for a person, and so does an
    item of figures (statistics) read by OCR: Tesseract reads Thai digits wrongly while sure of
    them (๔ as ๕, ๖ as ๒)."""
    if "ocr" in doc.extract_method and item.figures:
        return False
    return doc.machine_read or (item.freshness.kind == "standing" and doc.ocr_clean)


IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp")


def _data_in_image(item: Item, bundle: Bundle, as_of: date) -> bool:
    """Whether an item of figures for a period (statistics: ``figures`` in the rule file) has no
    document and its pages show a picture beside a few words that would make it current: the
    caption's year is the post's, the figures (and the period they are for) are in the picture.
    Words already out of date stay out of date. So with any item of a year's content (a
    declaration posted as a picture) whose few words tell no year at all."""
    if not isinstance(item.freshness, (CurrentFiscalYear, HalfYear, MonthlySeries)):
        return False
    pages = [d for d in bundle.docs if d.kind == "page" and d.readable]
    if not pages or any(d.kind == "document" for d in bundle.docs):
        return False
    if any(len(_label_free(d, bundle)) >= SUBSTANTIVE for d in pages):
        return False
    ok = judge_freshness(bundle, item.freshness, as_of).ok
    if ok is False or (not item.figures and ok is not None):
        return False  # ... a notice (a declaration) in a picture, when its words tell no year
    urls = {d.url for d in pages}
    return any(
        lk.from_url in urls
        and lk.tag == "img"
        and not lk.boilerplate
        and lk.to_url.lower().split("?")[0].endswith(IMAGE_SUFFIXES)
        for lk in bundle.links
    )


def _label_free(page: Doc, bundle: Bundle) -> str:
    """A page's own words without the lines that only label its links (compact)."""
    labels = [
        lk.compact_anchor
        for lk in bundle.links
        if lk.from_url == page.url and len(lk.compact_anchor) >= 8
    ]
    return compact_for_match(
        "\n".join(
            ln
            for ln in content_text(page).splitlines()
            if not any(lab in compact_for_match(ln) for lab in labels)
        )
    )


def _only_in_scans(item: Item, bundle: Bundle, title: str) -> list:
    """Elements whose only substance is in documents no machine could read: the links naming
    them lead to scans, no readable document names them, and the pages name them only in a
    heading ("สถิติเรื่องร้องเรียนการทุจริต" above a link to a scanned table)."""
    scans = _scans(bundle, item)
    if not scans:
        return []
    out = []
    for element in item.elements:
        if not isinstance(element.match, PhrasesMatch):
            continue
        part = element_bundle(element, bundle, title)
        targets = {lk.to_url for lk in part.links} | {d.url for d in part.docs}
        documents = {u for u in targets if (d := bundle_doc(u, bundle)) and d.kind == "document"}
        if not documents or not documents <= scans:
            continue
        phrases = [compact_for_match(p) for p in element.match.any]
        in_prose = any(
            len(compact_for_match(ln)) > HEADING_LINE
            and any(p in compact_for_match(ln) for p in phrases)
            for d in part.docs
            if d.kind == "page"
            for ln in content_text(d).splitlines()
        )
        if not in_prose:
            out.append(element)
    return out


def _only_criteria(doc: Doc) -> bool:
    """A page whose every sentence restates what the item must show ("ข้อมูลที่ต้องแสดง: แสดง…"
    and the lines continuing it), under short headings (the items' names): nothing of its own."""
    restated, in_criteria = False, False
    for line in content_text(doc).splitlines():
        compact = compact_for_match(line)
        if any(compact.startswith(c) for c in CRITERIA_INTRO):
            restated = in_criteria = True
        elif len(compact) <= HEADING_LINE:
            in_criteria = False  # a heading (the next item's name) ends the restated criteria
        elif not (in_criteria and compact.startswith(CRITERIA_GOES_ON)):
            return False
    return restated


def _is_placeholder(doc: Doc, drop: list[str]) -> bool:
    """A page or document that says only that the content is coming (or restates the criteria),
    or a section of a document that is only its heading."""
    if doc.only_heading or empty_listing(doc.text):
        return True
    if nil_lines(content_text(doc)):
        return True  # the content is a dash (or "ไม่มี") under its headings
    text = compact_for_match(content_text(doc))
    if any(c in text for c in CRITERIA) or (doc.kind == "page" and _only_criteria(doc)):
        return True
    if not pending(text):
        return False
    if any(c in text for c in CRITERIA_INTRO):
        return True
    if len(text) <= NOTE_MAX:
        # a short note (an archive's "อ่านก่อน.txt"): the whole line saying the documents are
        # being prepared ("…อยู่ระหว่างรวบรวมจากฝ่ายการคลัง จะนำขึ้นเว็บไซต์โดยเร็ว"), with no
        # figures, and its salutation ("เรียน ผู้ตรวจประเมิน") are the placeholder's, not content
        # (a progress line "อยู่ระหว่างดำเนินการ ๓ กิจกรรม" is content)
        text = "".join(
            c
            for ln in content_text(doc).splitlines()
            if (c := compact_for_match(ln))
            and not (partly_pending(c) and not has_figures(ln))
            and not c.startswith(SALUTATION)
        )
    return len(_past_names(strip_pending(text), doc, drop)) < PLACEHOLDER_REST


def _bare(doc: Doc, drop: list[str]) -> bool:
    """A page whose own words are only its names: its heading over nothing (the CMS page is
    empty, or its "in preparation" line is on so many pages that it reads as template)."""
    text = compact_for_match(content_text(doc))
    return doc.kind == "page" and len(ITEM_CODES.sub("", _past_names(text, doc, drop))) < BARE_REST


def _past_names(text: str, doc: Doc, drop: list[str]) -> str:
    """``text`` (compact) without the page's own names (its title's parts: the item, the
    agency), a placeholder's courtesies ("ขออภัยในความไม่สะดวก") or the day it was put up."""
    names = [compact_for_match(h) for h in TITLE_SEPARATORS.split(doc.title)] + list(COURTESY)
    text = _strip_names(text, [*drop, *names])
    for d in reversed(find_dates(text)):
        text = text[: d.start] + text[d.end :]
    return text


def _all_placeholders(item: Item, bundle: Bundle) -> bool:
    """Every readable piece of the evidence is a placeholder, and no scan may hide more. Other
    items' documents beside it (:attr:`Bundle.others_items`) are none of this item's."""
    own = [d for d in bundle.docs if d.url not in bundle.others_items]
    readable = [d for d in own if d.readable]
    if not readable or len(readable) < len([d for d in own if d.kind == "document"]):
        return False
    drop = _item_names(item)
    pages = {d.url for d in readable if d.kind == "page"}
    if any(
        lk.from_url in pages
        and not lk.boilerplate
        and lk.tag == "a"
        and (t := bundle_doc(lk.to_url, bundle)) is not None
        and t.kind == "document"
        and t.url not in bundle.others_items
        and not _is_placeholder(t, drop)
        for lk in bundle.links
    ):
        return False
    shown = {  # pages whose content is a picture, an embedded viewer or a frame: not bare
        lk.from_url for lk in bundle.links if lk.tag in SHOWN_TAGS and not lk.boilerplate
    }
    return all(
        _is_placeholder(d, drop)
        or (_bare(d, drop) and d.url not in shown)
        or _pointer_only(d, bundle, drop)
        or _described_only(d, bundle, drop)
        or _criteria_only(d, bundle)
        or _search_only(d, bundle)
        for d in readable
    )


# A site search's address ("/search/?q=ดุลยพินิจ", "?s=…", "index.php?option=com_search").
_SEARCH_URL = re.compile(
    r"/(?:search|ค้นหา)(?:/|\.|$)|[?&](?:q|s|search|keyword|keywords|searchword)=|com_search",
    re.I,
)


def _search_only(doc: Doc, bundle: Bundle) -> bool:
    """A site search page that finds nothing to link (its prompt, or a search needing a
    script): the row's link to a search for the item's word publishes nothing."""
    url = urllib.parse.unquote(doc.final_url or doc.url)
    return doc.kind == "page" and bool(_SEARCH_URL.search(url)) and not _links_out(doc, bundle)


# The assessment manual's way of describing an item: it opens "แสดง…" ("แสดงอำนาจหน้าที่หรือ
# ภารกิจของหน่วยงาน…") and prescribes ("ข้อมูลต้องประกอบด้วย", "ควรระบุ", "อย่างน้อย…").
# (or with its subject: "หน่วยงานแสดงแนวทาง…", "หน่วยงานมีการแสดง…")
CRITERIA_OPENS = ("แสดง", "หน่วยงานแสดง", "หน่วยงานมีการแสดง", "มีการแสดง")
CRITERIA_MARKS = (
    "ต้องประกอบด้วย",
    "ข้อมูลต้อง",
    "ควรระบุ",
    "ควรแสดง",
    "ควรมี",
    "ต้องมี",
    "อย่างน้อย",
    "มีข้อมูลรายละเอียด",
    "เป็นข้อมูลเป็นราย",
    "นำเสนอในรูปแบบ",
    "เช่น",
    # the manual's closing line on the period an item's data must come from
    "เป็นข้อมูลในปี",
    "เป็นข้อมูลที่เผยแพร่ในปี",
    "เป็นข้อมูลที่เกิดขึ้นในปี",
    "เป็นการดำเนินการในปี",
)
CRITERIA_MARKS_MIN = 2
CRITERIA_LABEL = re.compile(r"^(?:คำอธิบาย|คำอธิบายรายการ|รายละเอียด):?")  # "คำอธิบาย: แสดง…"


def _criteria_only(doc: Doc, bundle: Bundle) -> bool:
    """A page whose content is the manual's description of the item ("แสดง… • ข้อมูลต้อง
    ประกอบด้วย… • ควรระบุ…"), an empty list aside, linking nowhere: what the assessor looks for,
    not what the agency publishes."""
    if doc.kind != "page" or _links_out(doc, bundle):
        return False
    lines = [c for ln in _unfurnished(doc) if not NO_ROWS.match(c := compact_for_match(ln))]
    lines = [c for c in lines if c not in doc.compact_title]
    long = [c for c in lines if len(c) > HEADING_LINE]
    if not long or not CRITERIA_LABEL.sub("", long[0]).startswith(CRITERIA_OPENS):
        return False
    text = "".join(lines)  # the manual's closing line on the period is short
    return sum(m in text for m in CRITERIA_MARKS) >= CRITERIA_MARKS_MIN


def _links_out(doc: Doc, bundle: Bundle) -> bool:
    """Whether a page of the evidence links, frames or shows something beyond itself (not its
    template's links, nor a file-type icon)."""
    base = doc.url.split("#")[0]
    return any(
        lk.from_url.split("#")[0] == base
        and not lk.boilerplate
        and lk.to_url.split("#")[0] not in (base, doc.final_url)
        and not file_icon(lk)
        and not SHARE_INTENT.search(lk.to_url)
        and not _printable_twin(lk.to_url, base)
        for lk in bundle.links
    )


# A button sharing the page on a social network ("แชร์" to Facebook or LINE): it sends the
# page's own address away, it opens nothing of the agency's.
SHARE_INTENT = re.compile(
    r"facebook\.com/sharer|lineit/share|line\.me/R/msg|twitter\.com/intent|x\.com/intent"
    r"|[?&](?:share|u|url)=https?(?::|%3A)",
    re.IGNORECASE,
)


def _printable_twin(url: str, base: str) -> bool:
    """Whether ``url`` is ``base``'s printable view ("?print=1", "&format=print")."""
    head, _, query = url.partition("?")
    return head == base.partition("?")[0] and "print" in query.lower()


# A page telling its reader what to do ("ท่านสามารถแสดงความคิดเห็น… ผ่านแบบฟอร์มนี้"): a
# channel or a form, not a description of a document
READER_ADDRESSED = re.compile(r"ท่านสามารถ|ผ่านแบบฟอร์ม|ผ่านช่องทาง|กรอกแบบฟอร์ม|ติดต่อได้ที่|ติดต่อสอบถาม")
# ... or holds a form: its button's label closes a short line of field names ("ชื่อ เรื่อง",
# "ความคิดเห็น ส่ง", "อีเมล ส่งคำถาม")
FORM_SUBMIT = re.compile(r"(?:ส่ง(?:คำถาม|ความคิดเห็น|ข้อความ|เรื่อง|ข้อมูล|คำร้อง)?|submit|ค้นหา)$")
FORM_LINE = 40  # compact letters of a form's line of fields and button
LIST_NUMBER = re.compile(r"^\s*[0-9๐-๙]+(?:\.[0-9๐-๙]+)*\.?\s")  # "1. ", "21.1. ": a list's
DESCRIBED_REST = 120  # compact letters beyond a page's names: one sentence describing the item
# A page's own furniture: who keeps it, how often it was read, when it was put up.
PAGE_FURNITURE = re.compile(
    r"^(?:ผู้รับผิดชอบ(?:ข้อมูล)?|จำนวนผู้เข้าชม|ผู้เข้าชม|เข้าชม|อ่าน\S{0,4}\d|โพสต์เมื่อ|เผยแพร่เมื่อ"
    r"|แก้ไขล่าสุด|ปรับปรุงล่าสุด|อัปเดตล่าสุด|อัพเดทล่าสุด|(?:หน้าหลัก|หน้าแรก|home)[»>›/])"
)


def _unfurnished(doc: Doc) -> list[str]:
    """A page's lines of content less its furniture (:data:`PAGE_FURNITURE`)."""
    return [
        ln
        for ln in content_text(doc).splitlines()
        if (c := compact_for_match(ln)) and not PAGE_FURNITURE.match(c)
    ]


def _described_only(doc: Doc, bundle: Bundle, drop: list[str]) -> bool:
    """A page that only describes the item in a sentence under its heading ("รายงานผลการสำรวจ
    ความพึงพอใจของผู้รับบริการที่มีต่อการให้บริการของสำนักงานเขต…"), its furniture aside (who
    keeps it, a visitor counter, the breadcrumb), with no figures and no link, frame or picture
    of its own: a template's shell over nothing, whatever its tabs and buttons promised."""
    if doc.kind != "page":
        return False
    lines = _unfurnished(doc)
    if any(has_figures(LIST_NUMBER.sub("", ln)) for ln in lines) or _links_out(doc, bundle):
        return False
    compact = [compact_for_match(ln) for ln in lines]
    if READER_ADDRESSED.search("".join(compact)) or any(
        len(c) <= FORM_LINE and FORM_SUBMIT.search(c) for c in compact
    ):
        return False  # it tells the reader how to use something (a form, a channel): content
    text = compact_for_match("\n".join(lines))
    return len(ITEM_CODES.sub("", _past_names(text, doc, drop))) <= DESCRIBED_REST


POINTER_REST = 300  # compact letters of a page's description beside its pointer: a sentence
POINTER_EMPTY_REST = 1000  # ... beside an empty list of documents: a paragraph


def _pointer_only(doc: Doc, bundle: Bundle, drop: list[str]) -> bool:
    """A short page that describes what a document covers and sends the reader elsewhere for
    it ("… ได้แก่ การสรรหา การแต่งตั้ง … ดูเอกสารได้ที่เมนูด้านซ้าย", "ดาวน์โหลดได้ที่…", "ตาม
    เอกสารแนบ" with nothing attached) and links nowhere itself: a pointer, not the document. Its
    topic words are not the item's content; the item stands on what the pointer leads to. A page
    with figures (a phone number, a table) or more than a sentence of its own is content."""
    if doc.kind != "page":
        return False
    own = _unfurnished(doc)
    lines = [compact_for_match(ln) for ln in own]
    text = "".join(lines)
    phrase = points_elsewhere(text)
    if not phrase or any(has_figures(ln) for ln in own):
        return False
    if any(
        lk.from_url == doc.url
        and not lk.boilerplate
        and lk.tag in ("a", "iframe", "embed", "object")
        and lk.to_url.split("#")[0] != doc.url.split("#")[0]
        for lk in bundle.links
    ):
        return False  # it leads somewhere: the item is judged on where
    text = text.replace(phrase, "")
    names = [compact_for_match(h) for h in TITLE_SEPARATORS.split(doc.title)]
    # its list of documents says it is empty ("ไม่พบข้อมูล"): a paragraph of description
    # over it is still no document
    most = POINTER_EMPTY_REST if any(NO_ROWS.match(ln) for ln in lines) else POINTER_REST
    return len(_strip_names(text, [*drop, *names])) < most


WORDS_CARRY = 2  # content words of the item that a page's content needs to speak of it


def _only_named(item: Item, bundle: Bundle) -> bool:
    """For an item that is a text of its own (``document``), the evidence is pages that name it
    only in their heading (title, breadcrumb, the menu entry to them) while their content speaks
    of something else (a news post under the item's title): no document, no element to look
    for, no line of content naming the item, and fewer than :data:`WORDS_CARRY` of its words.
    Content too short to be about anything (the criteria posted as an image) says nothing."""
    if not item.document or any(not e.advice for e in item.elements) or bundle.offsite:
        return False
    if any(d.kind == "document" and d.url not in bundle.others_items for d in bundle.docs):
        return False
    pages = [d for d in bundle.docs if d.kind == "page" and d.readable]
    if not pages:
        return False
    phrases = _item_names(item)
    body = [_without_heading(content_text(d), phrases) for d in pages]
    lines = [ln for b in body for ln in b if ln.strip()]
    lines += [lk.anchor for lk in content_links(bundle)]
    text = compact_for_match("\n".join(lines))
    if len(text) < SUBSTANTIVE:
        return False
    if any(len(p) >= 4 and p in text for p in phrases):
        return False
    matcher = item_matcher(item)
    if any(matcher.match(ln) for ln in lines):
        return False
    words = {w for p in phrases for w in matcher.content.get(p, ())}
    if sum(1 for w in words if w in text) < WORDS_CARRY:
        return True
    # ... or its content is a list of dated entries (news, with their days on lines of their
    # own), whatever words of the item's subject they use (a training for the staff under
    # "การบริหารและพัฒนาทรัพยากรบุคคล"): a news list is not a text of its own
    return all(not d.tables for d in pages) and all(_dated_list(b) for b in body)


HEADING_LINES = 2  # lines of a page's content where its heading stands
HEADING_REST = 12  # compact letters a heading holds beside the item's name (a year, "ของเขต")
DATED_MIN = 2  # lines that are only a day's date that make a page a list of dated entries


def _without_heading(text: str, phrases: list[str]) -> list[str]:
    """A page's content lines without its heading: a short line among the first that is the
    item's name (and a few letters more)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    for n, line in enumerate(lines[:HEADING_LINES]):
        compact = compact_for_match(line)
        if len(compact) > HEADING_LINE:
            continue
        name = max((p for p in phrases if len(p) >= 4 and p in compact), key=len, default="")
        if name and len(compact) - len(name) <= HEADING_REST:
            return lines[:n] + lines[n + 1 :]
    return lines


def _dated_list(lines: list[str]) -> bool:
    """Whether content lines are a list of dated entries: at least :data:`DATED_MIN` lines
    that are only a day's date ("๑๘ ก.พ. ๖๙"), each after an entry's words."""
    dated = 0
    for n, line in enumerate(lines):
        plain = thai_to_arabic(line.strip())
        days = [d for d in find_dates(plain) if d.precision == "day"]
        if len(days) == 1 and days[0].start == 0 and len(plain[days[0].end :].strip()) <= 2:
            if n == 0 or len(find_dates(thai_to_arabic(lines[n - 1]))) > 0:
                return False  # a date under a date, or heading the list: not an entry's day
            dated += 1
    return dated >= DATED_MIN


ITEM_MATCHERS_MAX = 256  # items' matchers kept (every framework's items, several times over)
_ITEM_MATCHERS: dict[tuple, Matcher] = {}


def item_matcher(item: Item) -> Matcher:
    """A matcher of ``item`` alone, built once per item's names (its word list costs most of a
    second to build)."""
    key = (item.code, item.title_th, tuple(item.phrases), tuple(item.synonyms))
    if (got := _ITEM_MATCHERS.get(key)) is None:
        if len(_ITEM_MATCHERS) >= ITEM_MATCHERS_MAX:
            _ITEM_MATCHERS.clear()
        got = _ITEM_MATCHERS[key] = Matcher([item])
    return got


def _row_chose_only(item: Item, bundle: Bundle) -> bool:
    """For an item with no part to look for, the evidence is pages that only an index's row
    chose (the row names the item, its link's own words do not: "เปิด", "คลิกดูข้อมูล"), with
    the documents they list (other items' aside): no page's or document's title and content
    holds every content word of any of the item's names, in any order (a news post about a
    festival under "การมีส่วนร่วมของผู้บริหาร": the executives, no participation). The row's
    words may choose the page; the page itself must then be about the item. Content too short to be about anything (a
    picture and a caption) says nothing."""
    if any(not e.advice for e in item.elements) or bundle.offsite or not bundle.candidates:
        return False
    if any(c.source != "index" for c in bundle.candidates):
        return False
    # the documents the page lists, other items' aside (a section's list of plans and reports)
    docs = [d for d in bundle.docs if d.url not in bundle.others_items]
    pages = [d for d in docs if d.kind == "page"]
    if not pages or not all(d.readable for d in docs):
        return False
    matcher = item_matcher(item)  # built last: the first time costs most of a second
    if any(matcher.match(c.title) for c in bundle.candidates):
        return False
    words = [matcher.content[p] for p in matcher.phrases[item.code]]
    listed = {  # the lines naming other items' documents are theirs
        (lk.from_url, lk.compact_anchor)
        for lk in bundle.links
        if lk.to_url in bundle.others_items and len(lk.compact_anchor) >= 4
    }
    for doc in docs:
        text = content_text(doc)
        if doc.kind == "page" and len(compact_for_match(text)) < SUBSTANTIVE:
            return False
        if anchors := [a for u, a in listed if u == doc.url]:
            lines = [ln for ln in text.splitlines() if ln.strip()]
            text = "\n".join(
                ln for ln in lines if not any(a in compact_for_match(ln) for a in anchors)
            )
        compact = compact_for_match(f"{doc.title}\n{text}")
        if any(all(w in compact for w in ws) for ws in words):
            return False  # every word of one of the item's names, in any order
    return True


def _off_subject(item: Item, bundle: Bundle, title: str) -> bool:
    """For an item whose rule names its subject (``subject``: a permit checklist speaks of
    permits), whether the evidence, all of it read, has none of the item's parts beyond words
    (a link to the system, a table's columns; "ประเมินความเสี่ยง" is as much a flood plan's) and
    never says the subject: not in its pages' or documents' words, nor in the words of their links
    or around its links off the site (the OIT index's row or a menu entry names the item; what
    it opens must be about it). "Checklist การเปิดเผยข้อมูลสาธารณะ" is the OIT self-checklist;
    "ติดตามสถานะเรื่องร้องเรียน" is complaint tracking."""
    if not item.subject or not (bundle.docs or bundle.offsite):
        return False
    if any(not d.readable for d in bundle.docs):
        return False  # a scan may say it
    required = [e for e in item.elements if not e.advice]
    linked = [e for e in required if not isinstance(e.match, PhrasesMatch)]
    if linked and len(missing_elements(linked, bundle, title)) < len(linked):
        return False  # a link to the system, a table's columns: a part found is the item's
    texts = [f"{d.title}\n{content_text(d)}" for d in bundle.docs]
    texts += [lk.anchor for lk in bundle.links if not lk.boilerplate]
    texts += [  # a link off the site: the words around it are all there is to read
        f"{cand.title}\n{cand.snippet}" for cand in bundle.candidates if cand.url in bundle.offsite
    ]
    text = compact_for_match("\n".join(texts))
    return not any(compact_for_match(w) in text for w in item.subject)


# A system not in service: being developed ("ระบบใหม่อยู่ระหว่างพัฒนา", "อยู่ระหว่างดำเนินการ
# พัฒนาระบบ"), cancelled ("ยกเลิกการใช้งาน"), or any placeholder's words.
_NOT_IN_SERVICE = re.compile(
    r"อยู่ระหว่าง(?:การ)?(?:ดำเนินการ)?(?:การ)?พัฒนา|ยกเลิกการใช้งาน|ยกเลิกการให้บริการ|งดให้บริการ"
)
# a board or a system closed for now ("ปิดปรับปรุงชั่วคราว", "จะเปิดให้บริการอีกครั้ง…")
# (not "เปิดให้บริการ", open for service, which holds "ปิดให้บริการ")
_CLOSED = re.compile(r"(?<!เ)ปิด(?:ปรับปรุง|ให้บริการ|ระบบ)|จะเปิดให้บริการอีกครั้ง")


def _system_pending(item: Item, bundle: Bundle) -> str:
    """For an item that is a system to use (every part of it a link to the system: e-services,
    permit tracking), the line of its evidence saying the system is not in service ("" when
    none, or when the evidence links anywhere): a page that says the system is being
    developed and links to no system leaves nothing to use."""
    required = [e for e in item.elements if not e.advice]
    pages = [d for d in bundle.docs if d.kind == "page"]
    if not pages or len(pages) < len(bundle.docs) or bundle.offsite or bundle.dead:
        return ""
    if not all(d.readable for d in pages) or any(lk.tag != "img" for lk in content_links(bundle)):
        return ""
    if not required:
        # an item with no parts (a Q&A board): every page of it says the board is closed
        said = [
            " ".join(ln.split())
            for d in pages
            for ln in content_text(d).splitlines()
            if _CLOSED.search(compact_for_match(ln))
        ]
        closed = {
            d.url
            for d in pages
            if any(_CLOSED.search(compact_for_match(ln)) for ln in content_text(d).splitlines())
        }
        return said[0] if said and len(closed) == len(pages) else ""
    if any(not isinstance(e.match, LinkMatch) for e in required):
        return ""
    for doc in pages:
        for line in content_text(doc).splitlines():
            compact = compact_for_match(line)
            if _NOT_IN_SERVICE.search(compact) or pending(compact):
                return " ".join(line.split())
    return ""


def _speaks_of(item: Item, bundle: Bundle) -> bool:
    """Whether a page or document of the evidence speaks of the item in its own words (a line
    of its content naming it), or cannot be read to say (a scan; a notice posted as a
    picture, a few words beside it). A page's own title only names it (a news post under the
    item's title)."""
    matcher = item_matcher(item)
    phrases = _item_names(item)
    phrases = [p for p in phrases if len(p) >= 4]
    for doc in bundle.docs:
        if not doc.readable:
            return True
        text = content_text(doc)
        compact = compact_for_match(text)
        if doc.kind == "page" and len(compact) < SUBSTANTIVE:
            pictures = [
                lk
                for lk in bundle.links
                if lk.from_url == doc.url and lk.tag == "img" and not lk.boilerplate
            ]
            if pictures:
                return True
        if any(p in compact for p in phrases):
            return True
        if any(matcher.match(ln) for ln in text.splitlines() if ln.strip()):
            return True
    return not bundle.docs


def _partly_placeholder(bundle: Bundle, title: str = "") -> str:
    """A short line of the evidence saying part of it is still being prepared ("" if none), not
    one naming another item only (:attr:`Bundle.others_pending`). The
    item's own title (compact ``title``) on the line is not counted in its length: the OIT
    table's row "O21 <the item's long title> - อยู่ระหว่างจัดทำข้อมูล" says only that."""
    for doc in bundle.docs:
        if not doc.readable:
            continue
        for line in content_text(doc).splitlines():
            compact = compact_for_match(line)
            if compact in bundle.others_pending:
                continue  # another item's part still being prepared, not this item's
            rest = compact.replace(title, "", 1) if title else compact
            if len(rest) <= 80 and partly_pending(compact) and not _AMOUNT.search(line):
                return " ".join(line.split())
    return ""


# a sum of money ("๑,๘๕๐,๐๐๐"): a line stating one is a row of data, and its "อยู่ระหว่างจัดทำ
# ราคากลาง" a project's state, not a part of the item still to come
_AMOUNT = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])")


def _pending_item_page(item: Item, bundle: Bundle) -> bool:
    """Whether a page titled with the item says only that its content is being prepared (the
    item's own page, "O21 … / อยู่ระหว่างปรับปรุงข้อมูล"): the placeholder speaks of the item as
    a whole, whatever other page shares a word of it (a news post on receiving donations)."""
    drop = _item_names(item)
    return any(
        d.kind == "page"
        and d.readable
        and _names_item(item, d.title)
        and _partly_placeholder(Bundle(candidates=[], docs=[d]))
        and _is_placeholder(d, drop)
        for d in bundle.docs
    )


def _pending_whole(item: Item, bundle: Bundle) -> bool:
    """For an item with no parts to look for (a list of checklists), whether a page titled with
    it says its content is being prepared ("อยู่ระหว่างปรับปรุงข้อมูล") and holds no table and
    no more than a sentence besides (who updates it, where to apply): with no part, what is
    being prepared is the item itself."""
    if any(not e.advice for e in item.elements):
        return False
    drop = _item_names(item)
    for doc in bundle.docs:
        if doc.kind != "page" or not doc.readable or doc.tables or not _names_item(item, doc.title):
            continue
        said, rest = False, []
        for line in content_text(doc).splitlines():
            compact = compact_for_match(line)
            if partly_pending(compact) and len(strip_pending(compact)) <= PLACEHOLDER_REST:
                said = True
            elif compact:
                rest.append(compact)
        if said and len(_strip_names("".join(rest), drop)) < POINTER_REST:
            return True
    return False


def _item_names(item: Item) -> list[str]:
    """The item's title, phrases and synonyms, compact: the words that name it."""
    return [compact_for_match(p) for p in (item.title_th, *item.phrases, *item.synonyms)]


def _strip_names(text: str, names: list[str]) -> str:
    """``text`` (compact) without ``names`` of 4 letters or more, the longest first."""
    for p in sorted(names, key=len, reverse=True):
        if len(p) >= 4:
            text = text.replace(p, "")
    return text


def _names_item(item: Item, line: str) -> bool:
    """Whether ``line`` names ``item`` (any of its phrases or synonyms, compact)."""
    text = compact_for_match(line)
    return any(len(c) >= 4 and c in text for c in _item_names(item))


def bundle_doc(url: str, bundle: Bundle) -> Doc | None:
    return next((d for d in bundle.docs if d.url == url), None)


_LABEL_CHARS = 30  # a line this short naming a part labels a list ("1. นโยบาย / รายงานผล")


def _named_dead_only(element: Element, bundle: Bundle, title: str) -> bool:
    """Whether only dead links name ``element``: a listing's row for a file that answers an
    error (the budget statute beside the budget workbook) is not the element's document. Every
    document naming it is gone, and every line of a page naming it is a dead link's row or a
    label over the list of links ("1. นโยบาย / รายงานผล")."""
    if not isinstance(element.match, PhrasesMatch) or not bundle.dead:
        return False
    dead = set(bundle.dead)
    anchors = {lk.compact_anchor for lk in bundle.links if lk.to_url in dead and lk.compact_anchor}
    part = element_bundle(element, bundle, title)
    if not anchors or not any(lk.to_url in dead for lk in part.links):
        return False
    phrases = [compact_for_match(p) for p in element.match.any]
    naming = [lk for lk in part.links if any(p in lk.compact_anchor for p in phrases)]
    if any(lk.to_url not in dead for lk in naming or part.links):
        return False  # a working link names it (or, none naming it, any working link)
    for doc in part.docs:
        if doc.kind != "page":
            return False
        for line in map(compact_for_match, doc.main_text.splitlines()):
            named = (
                any(p in line.replace(title, "") for p in phrases)
                if title
                else any(p in line for p in phrases)
            )
            if (
                named
                and len(line) > _LABEL_CHARS
                and line not in doc.compact_title
                and not any(a in line or line in a for a in anchors)
            ):
                return False
    return True


def _behind_dead_link(element: Element, bundle: Bundle, title: str) -> bool:
    """Whether ``element`` is absent from what opens and named by a candidate of the item whose
    link is dead (the spending report's row, "Budget Spending Report FY2024
    (รายงานผลการใช้จ่ายงบประมาณ ๒๕๖๗)", beside the spending plan): its document is behind it."""
    if not isinstance(element.match, PhrasesMatch) or not bundle.dead:
        return False
    if element not in missing_elements([element], bundle, title):
        return False
    phrases = [compact_for_match(p) for p in element.match.any]
    dead = set(bundle.dead)
    for c in bundle.candidates:
        if c.url in dead and c.named:
            words = _without(compact_for_match(f"{c.title} {c.snippet}"), title)
            if any(p in words for p in phrases):
                return True
    return False


def _drafted_only(required: list, bundle: Bundle, title: str) -> list:
    """The elements whose own document is only a draft (the "(ร่าง)" policy, rejected by the
    screen): what still names them is another part's document or line (the report on putting
    the policy into practice names the policy), which is not the part itself."""
    drafts = [r.head for r in bundle.rejected if r.kind in UNFINISHED and r.head]
    if not drafts:
        return []
    phrases = {
        e.key: [compact_for_match(p) for p in e.match.any]
        for e in required
        if isinstance(e.match, PhrasesMatch)
    }

    def names(key: str, text: str) -> bool:
        text = text.replace(title, "") if title else text
        return any(p in text for p in phrases[key])

    out = []
    for element in required:
        key = element.key
        if key not in phrases or not any(names(key, head) for head in drafts):
            continue
        others = [k for k in phrases if k != key]
        if any(names(k, head) for head in drafts for k in others):
            continue  # the draft is of more than this part
        texts = [
            compact_for_match(f"{d.title}\n{d.main_text[:OPENING]}")
            for d in bundle.docs
            if d.kind == "document" and d.readable
        ]
        texts += [  # a page's lines, not its heading (which names the item, not a part)
            line
            for d in bundle.docs
            if d.kind == "page" and d.readable
            for line in map(compact_for_match, d.main_text.splitlines())
            if line and line not in d.compact_title
        ]
        texts += [lk.compact_anchor for lk in content_links(bundle)]
        if not any(names(key, t) and not any(names(k, t) for k in others) for t in texts):
            out.append(element)
    return out


def _short_note(v: Verdict, timing: Timing) -> None:
    """Say which reports call themselves six-month ones and report less."""
    if not timing.mislabelled or timing.covered_to is None:
        return
    to = _month_label(f"{timing.covered_to.year}-{timing.covered_to.month:02d}")
    urls = ", ".join(timing.mislabelled[:3])
    v.reason(
        f"รายงานที่ระบุว่าเป็นรอบ 6 เดือน รายงานผลถึงเดือน {to} เท่านั้น จึงยังไม่ใช่รายงานรอบ 6 เดือน"
        f" (ตุลาคม-มีนาคม): {urls}",
        f"The report titled as the six-month one reports only up to {timing.covered_to:%B %Y}; "
        f"it is not the six-month (October-March) report: {urls}",
    )


def _month_runs(months: list[str]) -> tuple[str, str]:
    """Months ("YYYY-MM", in order) as runs of consecutive months, Thai and English: "ต.ค. 64 -
    ธ.ค. 64, เม.ย. 65" / "2021-10 to 2021-12, 2022-04"."""
    runs: list[list[tuple[int, int]]] = []
    for ym in months:
        y, m = (int(x) for x in ym.split("-"))
        if runs and (y * 12 + m) - (runs[-1][-1][0] * 12 + runs[-1][-1][1]) == 1:
            runs[-1].append((y, m))
        else:
            runs.append([(y, m)])

    def ends(run: list[tuple[int, int]]) -> tuple[str, str]:
        return f"{run[0][0]:04d}-{run[0][1]:02d}", f"{run[-1][0]:04d}-{run[-1][1]:02d}"

    th = ", ".join(
        _month_label(a) if a == b else f"{_month_label(a)} - {_month_label(b)}"
        for a, b in map(ends, runs)
    )
    en = ", ".join(a if a == b else f"{a} to {b}" for a, b in map(ends, runs))
    return th, en


HALF_MONTHS = 6  # the six-month report's: October to March


def _half_note(timing: Timing, fy: int) -> tuple[str, str]:
    """What a report short of the six months covers and what is due: the months it covers, those
    of October-March, and the months left out."""
    half = timing.half_of or fy
    due = [f"{y:04d}-{m:02d}" for y, m in fiscal_year_months(half)[:HALF_MONTHS]]
    due_th, due_en = _month_runs(due)
    if not timing.covered:
        to = _month_label(f"{timing.covered_to.year}-{timing.covered_to.month:02d}")
        return (
            f"พบเพียงรายงานถึงเดือน {to} ยังไม่มีรายงานรอบ 6 เดือน ({due_th}) ของปีงบประมาณ พ.ศ. {half}",
            f"The evidence reports only up to {timing.covered_to:%B %Y}; the six-month report "
            f"({due_en}) of fiscal year {half} is due.",
        )
    covered_th, covered_en = _month_runs(timing.covered)
    left_th, left_en = _month_runs([m for m in due if m not in timing.covered])
    return (
        f"พบรายงานครอบคลุมเดือน {covered_th} เท่านั้น ต้องครอบคลุมรอบ 6 เดือน {due_th} "
        f"ของปีงบประมาณ พ.ศ. {half} (ขาดเดือน {left_th})",
        f"The evidence covers only {covered_en}; the six-month report of fiscal year {half} "
        f"must cover {due_en} (missing {left_en}).",
    )


def _stale_reason(v: Verdict, item: Item, timing: Timing, fy: int) -> None:
    if timing.gap and not isinstance(item.freshness, MonthlySeries):
        # figures month by month over a period, one skipped between months given
        v.months_missing = timing.months_missing
        labels = ", ".join(_month_label(m) for m in timing.months_missing)
        v.reason(
            f"ข้อมูลรายเดือนขาดเดือน {labels} ระหว่างเดือนที่เผยแพร่แล้ว จึงไม่ครบองค์ประกอบ",
            f"The figures skip {', '.join(timing.months_missing)} between months they give: "
            "incomplete.",
        )
    elif isinstance(item.freshness, MonthlySeries):
        v.months_missing = timing.months_missing
        labels = ", ".join(_month_label(m) for m in timing.months_missing)
        due = item.freshness.due_day
        if timing.gap:
            v.reason(
                f"ข้อมูลรายเดือนขาดเดือน {labels} ระหว่างเดือนที่เผยแพร่แล้ว (เดือนล่าสุดที่ครบกำหนดมีแล้ว)"
                " จึงไม่ครบองค์ประกอบ",
                f"The monthly series skips {', '.join(timing.months_missing)} between months it "
                "has (the latest month due is there): incomplete.",
            )
        else:
            v.reason(
                f"ข้อมูลรายเดือนยังไม่ครบ ขาดเดือน {labels} (ต้องเผยแพร่ภายในวันที่ {due} ของเดือนถัดไป)",
                f"The monthly series lacks {', '.join(timing.months_missing)} (each month is due by day {due} of the next).",
            )
    elif isinstance(item.freshness, Recent):
        v.reason(
            f"ข้อมูลล่าสุดเก่ากว่า {item.freshness.within_days} วัน",
            f"The newest entry is older than {item.freshness.within_days} days ({timing.latest}).",
        )
    elif timing.covered_to is not None:
        v.reason(*_half_note(timing, fy))
    else:
        seen = ", ".join(str(y) for y in timing.years)
        v.reason(
            f"พบเฉพาะข้อมูลปีงบประมาณ พ.ศ. {seen} ไม่ใช่ข้อมูลที่เป็นปัจจุบันของปีงบประมาณ พ.ศ. {fy}",
            f"Only fiscal year(s) {seen} found; not current for fiscal year {fy}.",
        )
        if isinstance(item.freshness, HalfYear) and item.freshness.previous_until:
            th, en = format_deadline(item.freshness.previous_until)
            v.reason(
                f"รายงานของปีงบประมาณที่แล้วใช้ได้ถึงวันที่ {th} เท่านั้น หลังจากนั้นต้องมีข้อมูลของปีงบประมาณ"
                f" พ.ศ. {fy} (เช่น รายงานไตรมาสแรก ตุลาคม-ธันวาคม) จนกว่าจะถึงกำหนดรายงานรอบ 6 เดือน",
                f"Last fiscal year's report stands only until {en}; after it, data of fiscal year "
                f"{fy} is wanted (e.g. the first quarter's report, October-December) until the "
                "six-month report is due.",
            )
