"""One item's verdict: status, reasons (Thai and English), evidence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from checklist.elements import (
    TITLE_SEPARATORS,
    _without,
    content_links,
    content_text,
    element_bundle,
    missing_elements,
)
from checklist.evidence import OPENING, Bundle, Candidate
from checklist.freshness import (
    PURPOSE_CHARS,
    Timing,
    judge_freshness,
    purpose_years,
    series_year,
    short_reports,
)
from checklist.meaning import Matcher
from checklist.placeholders import (
    CRITERIA,
    empty_listing,
    nil_lines,
    partly_pending,
    pending,
    strip_pending,
)
from checklist.screen import signer
from checklist.snapshot import Doc
from oitwatch.addresses import host_under
from oitwatch.thai import (
    compact_for_match,
    find_date_ranges,
    find_dates,
    fiscal_year_of,
    thai_month_name,
    thai_to_arabic,
)
from rules.describe import format_deadline
from rules.models import (
    ColumnsMatch,
    CurrentFiscalYear,
    Element,
    HalfYear,
    Item,
    MonthlySeries,
    PhrasesMatch,
    Recent,
)

__all__ = ["Verdict", "judge_item"]

MAX_EVIDENCE = 6
PASS_MIN = 0.6  # below this confidence in the evidence, a verdict that would pass is `review`
SUBSTANTIVE = 200
PLACEHOLDER_REST = 80  # compact letters beyond the placeholder and the item's name that are content
# what a placeholder says to its reader besides that the content is coming (compact)
COURTESY = ("ขออภัยในความไม่สะดวก", "ขออภัย", "sorryfortheinconvenience")
# What introduces the criteria restated ("ข้อมูลที่ต้องเปิดเผย: แสดงแนวทาง…", or the criteria's own
# formula "แสดงข้อมูล… โดยมีข้อมูลรายละเอียดอย่างน้อยประกอบด้วย…"): with a placeholder beside it,
# the page publishes nothing of its own, however long the restated criteria are.
CRITERIA_INTRO = (
    "ข้อมูลที่ต้องเปิดเผย",
    "ข้อมูลที่ต้องเผยแพร่",
    "ข้อมูลที่ต้องแสดง",
    "สิ่งที่ต้องเปิดเผย",
    "สิ่งที่ต้องเผยแพร่",
    "อย่างน้อยประกอบด้วย",
)
# how a restated criterion carries on over a line ("โดยมีรายละเอียด เช่น …")
CRITERIA_GOES_ON = ("โดย", "และ", "ซึ่ง", "เช่น", "ได้แก่", "ประกอบด้วย", "ทั้งนี้")
HEADING_LINE = 60  # compact letters: a line this short naming an element is its heading, not it


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
    v.confidence = bundle.candidates[0].confidence if bundle.candidates else 0.9
    _judge(v, item, bundle, as_of)
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
    for url in checklist_wrong:
        v.reason(
            f"ลิงก์ที่ระบุในแบบ Checklist ไม่ได้แสดงรายการนี้: {url}",
            f"The checklist URL opens but does not show this item: {url}",
        )
    for url in checklist_unchecked:
        v.reason(
            f"ลิงก์ที่ระบุในแบบ Checklist อยู่นอกเว็บไซต์ของหน่วยงาน (และเว็บไซต์ไม่ได้ลิงก์ไป) จึงไม่นับเป็นหลักฐาน: {url}",
            f"The checklist URL is outside the agency's site, which does not link it; not counted as evidence: {url}",
        )
    for url, target in checklist_left:
        v.reason(
            f"ลิงก์ที่ระบุในแบบ Checklist พาออกนอกเว็บไซต์ของหน่วยงาน (ไปที่ {target}) จึงไม่นับเป็นหลักฐาน: {url}",
            f"The checklist URL redirects off the agency's site (to {target}); not counted as evidence: {url}",
        )
    for url in checklist_dead:
        v.reason(
            f"ลิงก์ที่ระบุในแบบ Checklist เปิดไม่ได้: {url}", f"The checklist URL does not open: {url}"
        )
    v.reasons.extend(v.notes)  # the assessor's advice last: it never decides the status
    return v


def _judge(v: Verdict, item: Item, bundle: Bundle, as_of: date) -> None:
    if not bundle.candidates:
        v.status = "missing"
        v.reason(
            f"ไม่พบ {item.code} {item.title_th} บนเว็บไซต์ (ไม่มีหน้า เมนู หรือเอกสารที่กล่าวถึง)",
            f"{item.code} ({item.title_en}) was not found on the website: no page, menu or document names it.",
        )
        return
    if _only_rejected(v, item, bundle):
        return
    documents = [d for d in bundle.docs if d.kind == "document"]
    # a section page's documents there for other items are not this item's: the link naming
    # the item dead beside them, the item is broken
    own_documents = [d for d in documents if d.url not in bundle.others_items]
    if not bundle.docs and not bundle.offsite and bundle.dead and bundle.dead == bundle.sent_home:
        # the item's links send a person to the home page: nothing of the item is there
        v.status = "missing"
        home = ", ".join(bundle.sent_home[:3])
        v.reason(
            f"ลิงก์ของ {item.code} {item.title_th} พาไปหน้าแรกของเว็บไซต์ (ไม่มีหน้าของรายการนี้แล้ว): {home}",
            f"{item.code}'s links lead to the site's home page (its page is gone): {home}",
        )
        return
    dead_named = any(c.url in bundle.dead and c.named for c in bundle.candidates)
    if (
        (not bundle.docs and not bundle.offsite)
        or (bundle.dead and not documents)
        or (dead_named and not own_documents)
    ):
        v.status = "broken"
        corrupt = ", ".join(bundle.corrupt[:3])
        if corrupt:
            v.reason(
                f"ไฟล์ของรายการนี้เสียหาย เปิดหรือแตกไฟล์ไม่ได้ (เช่น ไฟล์ ZIP ไม่สมบูรณ์): {corrupt}",
                f"The item's file is damaged and cannot be opened (e.g. a truncated ZIP): {corrupt}",
            )
        dead = ", ".join([u for u in bundle.dead if u not in bundle.corrupt][:3])
        if dead or not corrupt:
            dead = dead or ", ".join(bundle.dead[:3])
            v.reason(f"ลิงก์ของรายการนี้เปิดไม่ได้: {dead}", f"The item's links do not open: {dead}")
        return
    if not bundle.docs and bundle.offsite and all(_file_store(u) for u in bundle.offsite):
        v.status = "review"  # a shared folder of some outside store, which no one here read
        stores = ", ".join(bundle.offsite[:3])
        v.reason(
            f"หลักฐานของรายการนี้มีเพียงลิงก์ไปยังที่เก็บไฟล์ภายนอก (เช่น Google Drive) ซึ่งไม่ได้อยู่บนเว็บไซต์"
            f"และเครื่องอ่านไม่ได้ ต้องให้เจ้าหน้าที่ตรวจสอบ: {stores}",
            f"The item's only evidence is a link to an outside file store (e.g. Google Drive), not "
            f"on the website and not read: a person must check: {stores}",
        )
        return
    if _all_placeholders(item, bundle):
        v.status = "missing"
        v.reason(
            f'พบเพียงหน้าหรือเอกสารที่ยังไม่มีเนื้อหา (เช่น "อยู่ระหว่างการจัดทำ" หรือมีเพียงเกณฑ์การประเมิน) ของ {item.code} {item.title_th}',
            f'Only a placeholder ("in preparation", or the assessment\'s criteria restated) was found for {item.code}; nothing is published yet.',
        )
        return
    if _only_named(item, bundle):
        v.status = "missing"
        pages = ", ".join(d.url for d in bundle.docs if d.kind == "page")
        v.reason(
            f"{item.code} {item.title_th}: หน้าเว็บมีชื่อรายการเป็นหัวเรื่อง แต่เนื้อหาไม่ใช่ข้อมูลของรายการ"
            f" (ไม่มีเนื้อหาหรือเอกสารที่กล่าวถึง): {pages}",
            f"{item.code}: the page is titled with the item, but its content is about something "
            f"else (no text or document of the item): {pages}",
        )
        return
    partial = _partly_placeholder(bundle)
    # A scan no machine can read may hold what the readable parts lack: then a person must look.
    # The documents there for other items (a tax workbook beside the revenue scan) are not this
    # item's readable evidence.
    own_docs = [d for d in documents if d.url not in bundle.others_items] or documents
    unreadable = bool(own_docs) and not any(_read_for(d, item) for d in own_docs)
    if unreadable and not any(
        len(_label_free(d, bundle)) >= SUBSTANTIVE for d in bundle.docs if d.kind == "page"
    ):
        v.status = "review"  # the pages only name the item; its substance is in the scan
        v.reason(
            "พบเอกสาร แต่อ่านข้อความด้วยเครื่องไม่ได้หรืออ่านได้จาก OCR เท่านั้น (เช่น ไฟล์สแกน) ต้องให้เจ้าหน้าที่ตรวจสอบเอง",
            "Evidence exists but no machine could read it, or only by OCR (e.g. a scanned PDF): needs a person to check.",
        )
        return

    if _data_in_image(item, bundle, as_of):
        v.status = "review"  # the page's figures are a picture no machine read (an infographic)
        v.reason(
            "ข้อมูลของรายการอยู่ในรูปภาพ (เช่น อินโฟกราฟิก) ที่เครื่องอ่านไม่ได้ มีเพียงคำบรรยายใต้ภาพ ต้องให้เจ้าหน้าที่ตรวจสอบว่าข้อมูลในภาพเป็นปีใด",
            "The item's data is a picture (e.g. an infographic) no machine read, beside a short "
            "caption only: a person must check what period the picture shows.",
        )
        return

    def review_or(status: str) -> str:
        if not unreadable:
            return status
        v.reason(
            "พบเอกสาร แต่อ่านข้อความด้วยเครื่องไม่ได้หรืออ่านได้จาก OCR เท่านั้น (เช่น ไฟล์สแกน) ต้องให้เจ้าหน้าที่ตรวจสอบเอง",
            "Evidence exists but no machine could read it, or only by OCR (e.g. a scanned PDF): needs a person to check.",
        )
        return "review"

    title = compact_for_match(item.title_th)
    timing = judge_freshness(bundle, item.freshness, as_of, monthly=item.figures)
    required = [e for e in item.elements if not e.advice]
    absent: list = []  # elements whose only candidate is not what they ask for
    shorts: list[Timing] = []  # ... because it reports less than its six-month title says
    if timing.ok is not False:
        for element in required:
            part = element_bundle(element, bundle, title)
            if element.freshness is None or (not part.docs and not part.links):
                continue  # no rule of its own, or absent: reported as a missing element below
            # the element's documents say what period they cover; the pages and links naming
            # them only label them ("รอบ 6 เดือน" on a link to a first quarter's report)
            files = [d for d in part.docs if d.kind == "document" and d.machine_read]
            if files:
                part = Bundle(candidates=[], docs=files, others_items=part.others_items)
            own = judge_freshness(part, element.freshness, as_of)
            if own.ok is False and (own.part_year or own.mislabelled or own.covered_to is not None):
                # a part-year report is not the annual one, a quarter's (under a six-month title,
                # or where the six-month one is due) not the six-month one: absent
                absent.append(element)
                if own.mislabelled:
                    shorts.append(own)
                continue
            if own.ok is False:
                status = review_or("stale")
                seen = ", ".join(str(y) for y in own.years) or "-"
                if own.covered_to is not None:
                    to = _month_label(f"{own.covered_to.year}-{own.covered_to.month:02d}")
                    seen = f"{seen} ถึงเดือน {to} เท่านั้น"
                v.reason(
                    f"{element.th}: ไม่เป็นปัจจุบัน (พบปีงบประมาณ พ.ศ. {seen})",
                    f"{element.en}: not current (fiscal year(s) found: {seen}).",
                )
                v.status = status
                return
    drafted = _drafted_only(required, bundle, title) if timing.ok is not False else []
    absent += drafted
    dead_parts = [
        e
        for e in required
        if _named_dead_only(e, bundle, title) or _behind_dead_link(e, bundle, title)
    ]
    absent += [e for e in dead_parts if e not in absent]
    if timing.ok is not False:
        for element in required:
            former = _former_signers(element, bundle, title)
            if former:
                v.status = review_or("stale")
                v.reason(
                    f"{element.th}: ลงนามโดย {former} ซึ่งไม่ใช่ผู้อำนวยการเขตคนปัจจุบัน "
                    f"({bundle.director}) จึงไม่เป็นปัจจุบัน",
                    f"{element.en}: signed by {former}, not the current director "
                    f"({bundle.director}): not current.",
                )
                return
    drafts = [r for r in bundle.rejected if r.kind == "draft" and r.url not in bundle.others_items]
    if timing.ok is False and drafts:
        v.status = review_or("incomplete")  # this year's document exists, but only as a draft
        v.reason(
            f"{item.code} {item.title_th}: เอกสารของปีงบประมาณปัจจุบันมีเพียงฉบับร่าง",
            f"{item.code}: this fiscal year's document is only a draft.",
        )
        for r in drafts[:3]:
            v.reason(r.th, r.en)
        return
    if timing.ok is False and timing.mislabelled:
        v.status = review_or("incomplete")  # the six-month report is there, reporting less
        _short_note(v, timing)
        return
    if timing.ok is False and timing.part_year and dead_named:
        # the link naming the annual report is dead; the part-year report beside it is not it
        v.status = "broken"
        dead = ", ".join(bundle.dead[:3])
        v.reason(
            f"ลิงก์ของรายงานประจำปีของรายการนี้เปิดไม่ได้ (พบเพียงรายงานระหว่างปี): {dead}",
            f"The link to the item's annual report does not open (only a part-year report was "
            f"found): {dead}",
        )
        return
    if timing.ok is False and timing.part_year:
        # an annual report wanted, only a part-year one found (a six-month report, another
        # item's): the annual report is not published
        v.status = review_or("missing")
        v.reason(
            f"{item.code} {item.title_th}: พบเพียงรายงานระหว่างปี (เช่น รอบ 6 เดือน หรือรายไตรมาส) "
            "ยังไม่พบรายงานประจำปี",
            f"{item.code}: only a part-year report (six-month or quarterly) was found, not the "
            "annual report.",
        )
        return
    if timing.ok is False:
        # this fiscal year's data reporting less than the six months due (statistics stopping
        # after the first quarter) is the current year's, only short of months: incomplete
        short = timing.covered_to is not None and timing.half_of == fiscal_year_of(as_of)
        v.status = review_or("incomplete" if timing.gap or short else "stale")
        _stale_reason(v, item, timing, fiscal_year_of(as_of))
        return
    # the placeholder line is the item itself, unless a document of the item is there (the plan
    # beside "รายงานผล… (อยู่ระหว่างรวบรวมข้อมูล)": one part published, the other not yet)
    published = any(
        d.kind == "document" and d.machine_read and d.url not in bundle.others_items
        for d in bundle.docs
    )
    if partial and _names_item(item, partial) and not published:
        v.status = (
            "missing"  # the placeholder line is the item itself ("กระดานถาม-ตอบ อยู่ระหว่างปรับปรุง")
        )
        v.reason(
            f'{item.code} {item.title_th} ยังไม่เผยแพร่ (หน้าเว็บระบุว่า "{partial}")',
            f'{item.code} is not published yet (the page says "{partial}").',
        )
        return
    if partial:
        v.status = review_or("incomplete")
        v.reason(
            f'บางส่วนของข้อมูลยังไม่เผยแพร่ (ระบุว่า "{partial}")',
            f'Part of the content is not published yet (the page says "{partial}").',
        )
        return
    stops = [*item.phrases, *item.synonyms]
    advised = [e for e in item.elements if e.advice]
    for e in missing_elements(advised, bundle, title, stops=stops):
        v.advice(
            f"คำแนะนำของผู้ประเมิน (ไม่มีผลต่อคะแนน): ควรเพิ่ม {e.th}",
            f"Assessor's advice (not scored): consider adding {e.en}",
        )
    fy = fiscal_year_of(as_of)
    this_year = bundle
    if isinstance(item.freshness, MonthlySeries):  # last year's series until this year's is due
        this_year = _this_years(bundle, series_year(item.freshness, as_of))
    elif _current_item(item):
        this_year = _this_years(bundle, fy)
    if own_documents:
        # the elements are the item's own documents' (and its pages'), not those of the
        # documents a shared section page holds for other items
        this_year, bundle = _own(this_year), _own(bundle)
    short = short_reports(bundle, as_of)
    in_full = _without_docs(bundle, set(short))  # a report part is not a quarter's under a
    # six-month title ("รอบ 6 เดือน" over "ไตรมาสที่ 1 (ต.ค. - ธ.ค.)") once the six months are over
    missing = [
        e
        for e in required
        if e
        in missing_elements(
            [e],
            this_year if isinstance(e.match, ColumnsMatch) else in_full if e.heading else bundle,
            title,
            stops=stops,
        )
    ]
    if any(
        e.heading and e not in missing_elements([e], bundle, title, stops=stops) for e in missing
    ):
        shorts.append(Timing(ok=False, mislabelled=sorted(short), covered_to=max(short.values())))
    missing += [e for e in absent if e not in missing]
    if missing and all(e in dead_parts for e in missing):
        # what the item lacks is there, behind a dead link (the spending report's row beside the
        # spending plan): the item's link is broken
        v.status = "broken"
        v.elements_missing = [e.key for e in missing]
        dead = ", ".join(bundle.dead[:3])
        v.reason(
            "ลิงก์ไปยังเอกสารของ " + ", ".join(e.th for e in missing) + f" เปิดไม่ได้: {dead}",
            "The link to the document of "
            + ", ".join(e.en for e in missing)
            + f" does not open: {dead}",
        )
        return
    if required and all(e in missing for e in required) and not _speaks_of(item, bundle):
        # the link named for the item opens something else (a procurement award under "asset
        # management"): none of its parts, and not a line about the item
        v.status = review_or("missing")
        urls = ", ".join(d.url for d in bundle.docs[:3])
        v.reason(
            f"{item.code} {item.title_th}: เอกสารหรือหน้าที่ลิงก์ไว้ในชื่อของรายการเป็นเรื่องอื่น"
            f" ไม่กล่าวถึงรายการและไม่มีองค์ประกอบใดของรายการ: {urls}",
            f"{item.code}: what the link named for the item opens is about something else; it "
            f"neither speaks of the item nor has any of its parts: {urls}",
        )
        return
    if missing:
        v.status = review_or("incomplete")
        v.elements_missing = [e.key for e in missing]
        v.reason(
            "ไม่ครบองค์ประกอบ ขาด: " + ", ".join(e.th for e in missing),
            "Incomplete; missing: " + ", ".join(e.en for e in missing),
        )
        if shorts:
            _short_note(v, shorts[0])
        for r in [r for r in bundle.rejected if r.kind == "draft"][:3] if drafted else []:
            v.reason(r.th, r.en)
        if dead_parts:
            dead = ", ".join(bundle.dead[:3])
            v.reason(
                "ลิงก์ไปยังเอกสารขององค์ประกอบที่ขาดเปิดไม่ได้: " + dead,
                "The link to the missing element's document does not open: " + dead,
            )
        return
    in_scan = _only_in_scans(item, bundle, title)
    if in_scan:
        v.status = "review"
        v.reason(
            "บางองค์ประกอบพบเฉพาะในเอกสารที่อ่านด้วยเครื่องไม่ได้ (เช่น ไฟล์สแกน) ต้องให้เจ้าหน้าที่ตรวจสอบ: "
            + ", ".join(e.th for e in in_scan),
            "Some elements are only in documents no machine could read (e.g. a scan); a person "
            "must check: " + ", ".join(e.en for e in in_scan),
        )
        return
    if timing.ok is None:
        if unreadable:
            v.status = review_or("pass")
            return
        if isinstance(item.freshness, Recent):
            v.reason(
                "ไม่พบวันที่ของข้อมูล โปรดตรวจสอบว่าเป็นข้อมูลล่าสุด",
                "No dated entry was found; check that it is recent.",
            )
        else:
            v.reason(
                "ระบุปีงบประมาณของเอกสารไม่ได้ โปรดตรวจสอบว่าเป็นข้อมูลปัจจุบัน",
                "The fiscal year of the evidence could not be told; check that it is current.",
            )
    v.reason("พบข้อมูลครบถ้วนและเป็นปัจจุบัน", "Found, current and complete.")
    if bundle.dead:
        dead = ", ".join(bundle.dead[:3])
        v.reason(f"มีลิงก์บางรายการเปิดไม่ได้: {dead}", f"Some links do not open: {dead}")


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


def _only_rejected(v: Verdict, item: Item, bundle: Bundle) -> bool:
    """Every document of the item is one that cannot serve (another district's, a draft):
    another district's documents leave the item unpublished, a draft leaves it incomplete."""
    mine = [r for r in bundle.rejected if r.url not in bundle.others_items]
    if not mine or any(
        d.kind == "document" and d.url not in bundle.others_items for d in bundle.docs
    ):
        return False
    foreign = any(r.kind == "other_agency" for r in mine)
    v.status = "missing" if foreign else "incomplete"
    if foreign:
        v.reason(
            f"{item.code} {item.title_th}: พบเฉพาะเอกสารของหน่วยงานอื่น สำนักงานเขตยังไม่เผยแพร่ของตนเอง",
            f"{item.code}: only another agency's documents were found; the district has not "
            "published its own.",
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


REPORT_HEAD = 60  # compact letters: a document whose opening says "รายงาน" is a report


def _former_signers(element: Element, bundle: Bundle, title: str) -> str:
    """For an element that the current director must sign: the predecessors who signed every
    one of its documents (not the reports on it), "" when the current director signed one, no
    document is signed, or the site does not say who the director is."""
    if not element.signed_by_current or not bundle.director:
        return ""
    signed: dict[str, str] = {}
    for doc in element_bundle(element, bundle, title).docs:
        if doc.kind != "document" or doc.url in bundle.others_items or not doc.machine_read:
            continue
        if "รายงาน" in compact_for_match(f"{doc.title}\n{doc.main_text}")[:REPORT_HEAD]:
            continue
        name = signer(doc)
        if name is not None:
            signed[doc.url] = name
    if not signed or bundle.director in signed.values():
        return ""
    return ", ".join(sorted(set(signed.values())))


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
    Words already out of date stay out of date."""
    if not item.figures or not isinstance(
        item.freshness, (CurrentFiscalYear, HalfYear, MonthlySeries)
    ):
        return False
    pages = [d for d in bundle.docs if d.kind == "page" and d.readable]
    if not pages or any(d.kind == "document" for d in bundle.docs):
        return False
    if any(len(_label_free(d, bundle)) >= SUBSTANTIVE for d in pages):
        return False
    if judge_freshness(bundle, item.freshness, as_of).ok is False:
        return False
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
    if doc.kind == "page" and nil_lines(content_text(doc)):
        return True  # the page's content is a dash under its heading ("-")
    text = compact_for_match(content_text(doc))
    if any(c in text for c in CRITERIA) or (doc.kind == "page" and _only_criteria(doc)):
        return True
    if not pending(text):
        return False
    if any(c in text for c in CRITERIA_INTRO):
        return True
    text = strip_pending(text)
    # ... nor the page's own names (its title's parts: the item, the agency), a placeholder's
    # courtesies ("ขออภัยในความไม่สะดวก") or the day it was put up
    names = [compact_for_match(h) for h in TITLE_SEPARATORS.split(doc.title)] + list(COURTESY)
    for p in sorted([*drop, *names], key=len, reverse=True):
        if len(p) >= 4:
            text = text.replace(p, "")
    for d in reversed(find_dates(text)):
        text = text[: d.start] + text[d.end :]
    return len(text) < PLACEHOLDER_REST


def _all_placeholders(item: Item, bundle: Bundle) -> bool:
    """Every readable piece of the evidence is a placeholder, and no scan may hide more."""
    readable = [d for d in bundle.docs if d.readable]
    if not readable or len(readable) < len([d for d in bundle.docs if d.kind == "document"]):
        return False
    drop = [compact_for_match(p) for p in (item.title_th, *item.phrases, *item.synonyms)]
    pages = {d.url for d in readable if d.kind == "page"}
    if any(
        lk.from_url in pages
        and not lk.boilerplate
        and lk.tag == "a"
        and (t := bundle_doc(lk.to_url, bundle)) is not None
        and t.kind == "document"
        and not _is_placeholder(t, drop)
        for lk in bundle.links
    ):
        return False
    return all(_is_placeholder(d, drop) for d in readable)


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
    lines = [ln for d in pages for ln in content_text(d).splitlines() if ln.strip()]
    lines += [lk.anchor for lk in content_links(bundle)]
    text = compact_for_match("\n".join(lines))
    if len(text) < SUBSTANTIVE:
        return False
    phrases = [compact_for_match(p) for p in (item.title_th, *item.phrases, *item.synonyms)]
    if any(len(p) >= 4 and p in text for p in phrases):
        return False
    matcher = Matcher([item])
    if any(matcher.match(ln) for ln in lines):
        return False
    words = {w for p in phrases for w in matcher.content.get(p, ())}
    return sum(1 for w in words if w in text) < WORDS_CARRY


def _speaks_of(item: Item, bundle: Bundle) -> bool:
    """Whether a page or document of the evidence speaks of the item in its own words (a line
    of its content naming it), or cannot be read to say (a scan; a notice posted as a
    picture, a few words beside it). A page's own title only names it (a news post under the
    item's title)."""
    matcher = Matcher([item])
    phrases = [compact_for_match(p) for p in (item.title_th, *item.phrases, *item.synonyms)]
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


def _partly_placeholder(bundle: Bundle) -> str:
    """A short line of the evidence saying part of it is still being prepared ("" if none)."""
    for doc in bundle.docs:
        if not doc.readable:
            continue
        for line in content_text(doc).splitlines():
            compact = compact_for_match(line)
            if len(compact) <= 80 and partly_pending(compact):
                return " ".join(line.split())
    return ""


def _names_item(item: Item, line: str) -> bool:
    """Whether ``line`` names ``item`` (any of its phrases or synonyms, compact)."""
    text = compact_for_match(line)
    return any(
        len(c) >= 4 and c in text
        for c in (compact_for_match(p) for p in (item.title_th, *item.phrases, *item.synonyms))
    )


def bundle_doc(url: str, bundle: Bundle) -> Doc | None:
    return next((d for d in bundle.docs if d.url == url), None)


def _named_dead_only(element: Element, bundle: Bundle, title: str) -> bool:
    """Whether only dead links name ``element``: a listing's row for a file that answers an
    error (the budget statute beside the budget workbook) is not the element's document. Every
    document naming it is gone, and every line of a page naming it is a dead link's row."""
    if not isinstance(element.match, PhrasesMatch) or not bundle.dead:
        return False
    dead = set(bundle.dead)
    anchors = {lk.compact_anchor for lk in bundle.links if lk.to_url in dead and lk.compact_anchor}
    part = element_bundle(element, bundle, title)
    if not anchors or not any(lk.to_url in dead for lk in part.links):
        return False
    if any(lk.to_url not in dead for lk in part.links):
        return False
    phrases = [compact_for_match(p) for p in element.match.any]
    for doc in part.docs:
        if doc.kind != "page":
            return False
        for line in map(compact_for_match, doc.main_text.splitlines()):
            named = (
                any(p in line.replace(title, "") for p in phrases)
                if title
                else any(p in line for p in phrases)
            )
            if named and line not in doc.compact_title and not any(a in line for a in anchors):
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
    drafts = [r.head for r in bundle.rejected if r.kind == "draft" and r.head]
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
        half = timing.half_of or fy
        to = _month_label(f"{timing.covered_to.year}-{timing.covered_to.month:02d}")
        v.reason(
            f"พบเพียงรายงานถึงเดือน {to} ยังไม่มีรายงานรอบ 6 เดือน (ตุลาคม-มีนาคม) ของปีงบประมาณ พ.ศ. {half}",
            f"The evidence reports only up to {timing.covered_to:%B %Y}; the six-month report "
            f"(October-March) of fiscal year {half} is due.",
        )
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
