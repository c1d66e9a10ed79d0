"""Documents that cannot serve an item however well they are named: another district office's
(its budget, its guideline, signed by its director), a draft (ร่าง, not yet approved) and an
edition no longer in force (ยกเลิก, ถูกแทนที่: the site keeps the old edition beside the new).

An assessor scores the agency's own, approved documents in force. A document of another
district found on the site is not this district publishing the item; a draft plan is not the
plan; the cancelled 2558 manual kept for the record is not the manual people use now.
Such documents leave an item's evidence, together with the links and page lines that label
them, and the verdict says why (``Bundle.rejected``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from checklist.elements import file_name_title
from checklist.evidence import Bundle
from checklist.snapshot import Doc, LinkView, Snapshot
from oitwatch.thai import compact_for_match, find_dates, normalize_for_match, thai_to_arabic

__all__ = [
    "Rejection",
    "SiteFacts",
    "district_names",
    "rejection",
    "screen",
    "signer",
    "site_facts",
]

OPENING = 400  # compact characters: where a document says whose it is ("สำนักงานเขตบางกะปิ")
OWN_MIN = 3  # pages naming a district before it is taken to be the site's own
LABEL_MIN = 8  # compact characters of a rejected link's words before its page line is dropped
# A draft says so in its title or opening: "(ร่าง)", "ร่างเพื่อพิจารณา", "ยังไม่ได้รับความเห็นชอบ".
DRAFT = ("(ร่าง)", "ฉบับร่าง", "ร่างเพื่อ", "ยังไม่ได้รับความเห็นชอบ", "ยังไม่ได้รับอนุมัติ", "draft")
_DIRECTOR = "ผู้อำนวยการเขต"
_OFFICE = "สำนักงานเขต"


@dataclass(frozen=True)
class Rejection:
    url: str
    kind: str  # other_agency | city | division | handout | draft | cover | template | cancelled
    th: str
    en: str
    head: str = ""  # a draft's title and opening (compact): which part of the item it drafts
    # the title and opening as written (another office's or a division's document): the year
    # it is for
    opening: str = ""


@dataclass(frozen=True)
class SiteFacts:
    """What the whole site says about itself: the district office it is (None: not a district)
    and its director now (compact name; None when the site does not tell)."""

    own: str | None = None
    districts: tuple[str, ...] = field(default_factory=tuple)
    director: str | None = None
    # the words (compact) of the pages and documents presenting the office's structure: the
    # divisions it has, which manuals per division are counted against
    structure: str = ""


# "(นางสาวอรวรรณ ธีรกุล)" above "ผู้อำนวยการเขต…": a signature (not an assistant's: the post
# must follow the name directly)
_SIGNATURE = re.compile(r"\(\s*((?:นาย|นางสาว|นาง)[^()\n]{2,40}?)\s*\)\s*ผู้อำนวยการเขต")
# an executives' page: the name, then the post ("นางสาวอรวรรณ ธีรกุล ผู้อำนวยการเขตลาดพร้าว")
_LISTED = re.compile(
    # (not a signature: a name closed by ")" signs a text, it does not list who holds the post now)
    r"(?<![ก-๙])((?:นาย|นางสาว|นาง)\S{2,20}\s+[^\s()]{2,25})\s*(?:ตำแหน่ง\s*)?ผู้อำนวยการเขต"
)


# the post under a signature and the office it names ("ผู้อำนวยการเขตบางกอกน้อย")
_SIGNED_FOR = re.compile(r"\(\s*(?:นาย|นางสาว|นาง)[^()\n]{2,40}?\s*\)\s*ผู้อำนวยการเขต\s*([ก-๙]+)")


def signer(doc: Doc) -> str | None:
    """Who signed ``doc`` as district director (compact name), if it says."""
    found = _SIGNATURE.findall(doc.main_text)
    return compact_for_match(found[-1]) if found else None


def _director(snapshot: Snapshot, as_of: date | None) -> str | None:
    """The director now: the one the site's pages list as such when they agree on one name, else
    the signer of the most recently dated signed document."""
    listed: set[str] = set()
    signed: list[tuple[date, str]] = []
    for doc in snapshot.each_doc():
        if not doc.alive or not doc.main_text:
            continue
        if doc.kind == "page":
            listed |= {compact_for_match(n) for n in _LISTED.findall(doc.main_text)}
        elif (name := signer(doc)) is not None:
            days = [
                d.date
                for d in find_dates(thai_to_arabic(doc.main_text))
                if d.precision == "day" and (as_of is None or d.date <= as_of)
            ]
            if days:
                signed.append((max(days), name))
    if len(listed) == 1:
        return next(iter(listed))
    return max(signed)[1] if signed else None


@lru_cache(maxsize=1)
def district_names() -> tuple[str, ...]:
    """The 50 Bangkok district names (Thai), from the bundled site registry."""
    from schedules.registry import BUNDLED, load_registry  # here: schedules imports checklist

    return tuple(
        compact_for_match(e.name_th) for e in load_registry(BUNDLED).sites.values() if e.name_th
    )


# An office a text names as a word of its own ("ฝ่ายทะเบียน สำนักงานเขตคลองสำโรง เลขที่ 88"), not
# all of them ("สำนักงานเขตทุกแห่ง") nor a clause ("สำนักงานเขตในพื้นที่")
_OFFICE_WORD = re.compile(r"สำนักงานเขต\s?([ก-๙]{2,20})(?=[\s,.)/]|$)")
_NOT_A_NAME = re.compile(r"^(?:ทุก|ต่าง|ใน|ที่|และ|ซึ่ง|กรุงเทพ|ของ|จะ|ได้|มี|เป็น|ให้|ดำเนิน|ทั้ง)")
OFFICE_TIMES = 2  # times a document names another office before it is taken to be that office's


def _offices_named(doc: Doc) -> list[str]:
    """District offices ``doc`` names as its own, by name, at least :data:`OFFICE_TIMES` times
    (a manual copied from a neighbour keeps its name in the address, the steps, the signature):
    names the registry of 50 may not hold. Callers have checked it never names this one."""
    counts = Counter(
        n for n in _OFFICE_WORD.findall(thai_to_arabic(doc.main_text)) if not _NOT_A_NAME.match(n)
    )
    return [n for n, k in counts.most_common() if k >= OFFICE_TIMES]


def _named(text: str, names: tuple[str, ...]) -> list[str]:
    """Districts ``text`` (compact) names as such ("เขตบางกะปิ"), longest names first."""
    return [n for n in names if f"เขต{n}" in text]


# a page or document presenting the office's structure, by its title ("โครงสร้างหน่วยงาน",
# "แผนผังองค์กร"; not "โครงสร้างพื้นฐาน", infrastructure)
_STRUCTURE = re.compile(r"โครงสร้าง(?!พื้นฐาน)|ผังองค์กร|แผนภูมิองค์กร|organi[sz]ationchart")
STRUCTURE_CHARS = 6000  # compact characters of a structure page that still list its units


def _structure(snapshot: Snapshot) -> str:
    """The words of the site's pages and documents titled as its structure (the divisions it
    lists), each cut at :data:`STRUCTURE_CHARS`."""
    parts = [
        compact_for_match(doc.main_text)[:STRUCTURE_CHARS]
        for doc in snapshot.each_doc()
        if doc.alive and _STRUCTURE.search(doc.compact_title)
    ]
    return "\n".join(parts)


def site_facts(snapshot: Snapshot, as_of: date | None = None) -> SiteFacts:
    """The site's own district (its registered Thai name, else the district its pages name
    most), its director now and the words presenting its structure."""
    names = district_names()
    director = _director(snapshot, as_of)
    structure = _structure(snapshot)
    given = compact_for_match(snapshot.site.name_th or "")
    if given:
        # the longest name the given one holds ("ทวีวัฒนา", not "วัฒนา" inside it)
        own = max((n for n in names if n in given), key=len, default=None)
        if own:
            return SiteFacts(own, names, director, structure)
        if given.startswith(_OFFICE) and len(given) > len(_OFFICE):
            # a district office the registry of 50 does not hold (a new or renamed one): its
            # given name is its own
            own = given[len(_OFFICE) :]
            return SiteFacts(own, (*names, own), director, structure)
    counts: Counter[str] = Counter()
    for doc in snapshot.each_doc():
        if doc.kind == "page" and doc.alive:
            counts.update(set(_named(compact_for_match(f"{doc.title}\n{doc.text[:3000]}"), names)))
    if not counts:
        return SiteFacts(None, names, director, structure)
    own, n = counts.most_common(1)[0]
    return SiteFacts(own if n >= OWN_MIN else None, names, director, structure)


# A form's blanks where the issuing office and the fiscal year go ("สำนักงานเขต..........",
# "ปีงบประมาณ พ.ศ. ........"), compact. An applicant's form leaves the applicant's name blank,
# not the office's fiscal year.
_BLANK_OFFICE = re.compile(r"(?:สำนักงานเขต|หน่วยงาน:?)[.…_]{4,}")
_BLANK_YEAR = re.compile(r"ปีงบประมาณ(?:พ\.ศ\.)?[.…_]{4,}")
# A template's slots anywhere in it: the office ("(ชื่อหน่วยงาน)", "ผู้อำนวยการเขต......") and
# the date it is issued ("พ.ศ. ....", "วันที่ ....... เดือน ........").
_OFFICE_SLOT = re.compile(rf"{_BLANK_OFFICE.pattern}|ผู้อำนวยการเขต[.…_]{{4,}}|\(ชื่อหน่วยงาน\)")
_DATE_SLOT = re.compile(r"พ\.ศ\.[.…_]{3,}|วันที่[.…_]{3,}เดือน")


# A lecture's or a training's handout ("เอกสารประกอบการบรรยาย ITA 2568", slides) about the
# assessment itself: what the assessor looks for, not the agency's document.
_HANDOUT = re.compile(r"เอกสารประกอบการ(?:บรรยาย|อบรม|ฝึกอบรม|ประชุมเชิงปฏิบัติการ)|สไลด์\d+/\d+")
_ABOUT_ASSESSMENT = re.compile(r"ita|ผู้ประเมิน|ผู้ตรวจประเมิน|การประเมินคุณธรรม")


def _handout(doc: Doc) -> bool:
    head = compact_for_match(f"{doc.title}\n{doc.main_text[:OPENING]}")
    return bool(_HANDOUT.search(head) and _ABOUT_ASSESSMENT.search(head.lower()))


def _unfilled(doc: Doc, facts: SiteFacts) -> bool:
    """Whether ``doc`` is a blank form or template: its opening leaves both the office and the
    fiscal year to be filled in, or it leaves its office and its date blank and never names
    this district (a policy announcement "ประกาศสำนักงานเขต......" copied from the city's
    template; a filled document with a blank form as its annex names its office)."""
    head = compact_for_match(f"{doc.title}\n{doc.main_text[:OPENING]}")
    if _BLANK_OFFICE.search(head) and _BLANK_YEAR.search(head):
        return True
    return bool(
        facts.own
        and f"เขต{facts.own}" not in doc.compact_main
        and _OFFICE_SLOT.search(doc.compact_main)
        and _DATE_SLOT.search(doc.compact_main)
    )


def _template(doc: Doc) -> Rejection:
    return Rejection(
        doc.url,
        "template",
        f"เอกสารเป็นแบบฟอร์มเปล่าที่ยังไม่ได้กรอก (ชื่อหน่วยงานและปีหรือวันที่เว้นว่าง): {doc.url}",
        f"The document is a blank form nobody filled in (its office and its year or date are "
        f"left as dotted blanks): {doc.url}",
        compact_for_match(f"{doc.title}\n{doc.main_text[:OPENING]}"),
    )


def _is_draft(doc: Doc) -> bool:
    head = compact_for_match(f"{doc.title}\n{doc.main_text[:OPENING]}")
    return any(m in head for m in DRAFT) or head.startswith("ร่าง")


def _signed_for(doc: Doc, facts: SiteFacts) -> str | None:
    """The other district whose director signed ``doc`` last (its sign-off), None when the last
    signature is this district's or none is: a cover retitled for this district over another
    district's body and signature is still the other district's document."""
    found = _SIGNED_FOR.findall(doc.main_text)
    if not found or not facts.own:
        return None
    post = compact_for_match(found[-1])
    if facts.own in post:
        return None
    return max((n for n in facts.districts if post.startswith(n)), key=len, default=None)


COVER_MAX = 120  # compact letters: a document saying no more may be only its cover
# a cover's lines besides its title: the fiscal year under it, the division above it
# the fiscal year a cover is for, on a line of its own ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", compact)
_FY = r"(?:ประจำ)?ปี(?:งบประมาณ)?(?:พ\.?ศ\.?)?\d{4}"
_FY_LINE = re.compile(rf"^{_FY}$")
_COVER_LINE = re.compile(rf"^(?:{_FY}|ฝ่าย[ก-๙]{{2,30}})$")


def _cover_line(compact: str, title: str) -> bool:
    """Whether a line (compact, dates taken out) is a cover's: its title or a part of it, the
    fiscal year, the division, or the office ("สำนักงานเขตบางพลัด", "กรุงเทพมหานคร") alone."""
    if (len(compact) >= 4 and compact in title) or _COVER_LINE.match(compact):
        return True
    if compact == "กรุงเทพมหานคร":
        return True
    return any(compact in (f"สำนักงานเขต{n}", f"เขต{n}") for n in district_names())


def _cover_only(doc: Doc) -> bool:
    """A whole file read from its text layer that is only a cover: every line is its title (or a
    part of it), the office (named on a line of its own), the fiscal year or a date, and no table (the spending plan's front
    page uploaded as the plan). A line of any other words, however few, is content."""
    if not doc.machine_read or doc.tables or doc.part_of or doc.only_heading:
        return False  # a section of a file that is only its heading is a placeholder
    text = compact_for_match(doc.main_text)
    if not 0 < len(text) <= COVER_MAX:
        return False
    title = compact_for_match(doc.title)
    lines = [ln for ln in doc.main_text.splitlines() if compact_for_match(ln)]
    if lines and (file_name_title(doc) or not _THAI.search(doc.title)):
        # titled by its file name or by no Thai words ("untitled", "Microsoft Word - x.docx"):
        # a first line naming a kind of document heads it
        first = compact_for_match(lines[0])
        if _TITLE_LINE.match(first) and len(first) <= TITLE_LINE_MAX:
            title = first
    office = False  # a cover names the office whose document it fronts, or the year it is for
    for line in lines:
        plain = thai_to_arabic(line)
        for d in reversed(find_dates(plain)):
            plain = plain[: d.start] + plain[d.end :]
        compact = compact_for_match(plain)
        if compact and not _cover_line(compact, title):
            return False
        office = (
            office
            or compact == "กรุงเทพมหานคร"
            or compact.startswith(("สำนักงานเขต", "ฝ่าย"))
            or _FY_LINE.match(compact_for_match(thai_to_arabic(line))) is not None
        )
    return office


_THAI = re.compile(r"[ก-๙]")
# a line titling a document by its kind ("รายงานผลการดำเนินการ…", "แผน…", "ประกาศ…")
_TITLE_LINE = re.compile(
    r"^(?:รายงาน|แผน|ประกาศ|คู่มือ|สรุป|การประเมิน|ข้อมูล|สถิติ|นโยบาย|มาตรการ|หลักเกณฑ์|แนวทาง|คำสั่ง)"
)
TITLE_LINE_MAX = 100  # compact letters of such a title line


# "(นางศิริพร มณีวงศ์) หัวหน้าฝ่ายการศึกษา": a division head's signature
_DIVISION_SIGNED = re.compile(r"\(\s*(?:นาย|นางสาว|นาง)[^()\n]{2,40}?\s*\)\s*หัวหน้า(ฝ่าย\s*[ก-๙]+)")
# a plan or a report: what an office publishes as its own for the year (not a manual, a form,
# a notice of one division's service)
_PLAN_OR_REPORT = ("แผน", "รายงาน")
DIVISION_LINES = 3  # lines of a document's opening where it says whose it is


def _division_own(doc: Doc) -> str | None:
    """The division (compact, "ฝ่ายการศึกษา") whose own plan or report ``doc`` is: it opens as
    a plan or a report titled with a division of the office, one of its first lines names the
    division as whose it is ("ฝ่ายการศึกษา สำนักงานเขตบึงกุ่ม"), and the head of that division
    signs it, no director
    (nor anyone for the director: "ปฏิบัติราชการแทนผู้อำนวยการเขต"). The office's plan is the
    office's, signed by its director; one division's is not it."""
    if not doc.machine_read:
        return None
    lines = [c for c in (compact_for_match(ln) for ln in doc.main_text.splitlines()) if c]
    if not lines or not any(
        h.startswith(_PLAN_OR_REPORT) for h in (compact_for_match(doc.title), lines[0])
    ):
        return None
    signed = _DIVISION_SIGNED.findall(doc.main_text)
    if not signed or _DIRECTOR in compact_for_match(doc.main_text):
        return None
    division = compact_for_match(signed[-1])
    if not any(ln.startswith(division) for ln in lines[1:DIVISION_LINES]):
        return None
    # ... and it is titled as the division's ("แผนปฏิบัติราชการ 2568 ฝ่ายการศึกษา"): the office's
    # spending plan, its finance division's name in the page header and its head signing as
    # the one who drew it up, is titled with the office ("… ปีงบประมาณ พ.ศ. ๒๕๖๙ สำนักงานเขต…")
    if division not in compact_for_match(doc.title) and division not in lines[0]:
        return None
    return division


# The city's own plan, report or statistics: a line of its opening titles it as Bangkok's
# ("แผนปฏิบัติราชการกรุงเทพมหานคร ประจำปี…", "สถิติเรื่องร้องเรียน…ของกรุงเทพมหานคร") and its
# text says it covers the whole city ("ภาพรวมกรุงเทพมหานคร", "สำนักงานเขต 50 เขต", "ทุกสำนักงานเขต").
_CITY_TITLE = re.compile(r"^(?:แผน|รายงาน|สถิติ|ข้อมูลสถิติ)[ก-๙\d()]{0,60}?(?:ของ)?กรุงเทพมหานคร")
CITY_LINES = 12  # lines of a document's opening where its title stands
_CITY_SCOPE = re.compile(
    r"ภาพรวม(?:ของ)?กรุงเทพมหานคร|(?:สำนักงานเขต)?\(?(?:ทั้ง)?50เขต|ทุกสำนักงานเขต|สำนักงานเขตแต่ละแห่ง"
)


def _city_own(doc: Doc, facts: SiteFacts) -> bool:
    """Whether ``doc`` is the whole city's plan, report or statistics, not this district's: a
    line of its opening titles it as Bangkok's, it speaks of every district, and it never names
    this one."""
    if not facts.own or not doc.machine_read:
        return False
    text = compact_for_match(thai_to_arabic(f"{doc.title}\n{doc.main_text}"))
    if f"เขต{facts.own}" in text or not _CITY_SCOPE.search(text):
        return False
    opening = [
        c for c in (compact_for_match(ln) for ln in doc.main_text.splitlines()[:CITY_LINES]) if c
    ]
    # a title may run over two lines ("สถิติเรื่องร้องเรียน…" / "ของกรุงเทพมหานคร ประจำปี…")
    heads = [
        compact_for_match(doc.title),
        *(a + b for a, b in zip(opening, [*opening[1:], ""], strict=True)),
    ]
    return any(_CITY_TITLE.search(thai_to_arabic(h)) for h in heads)


def rejection(doc: Doc, facts: SiteFacts, city_ok: bool = True) -> Rejection | None:
    """Why ``doc`` cannot serve as this district's document (None: it can). ``city_ok``: the
    item takes the city's documents (the Governor's policy, Bangkok's plans)."""
    if doc.kind != "document":
        return None
    if not doc.readable:  # a form of dotted blanks reads as unreadable: it says what it is
        return _template(doc) if _unfilled(doc, facts) else None
    text = compact_for_match(f"{doc.title}\n{doc.main_text}")
    signed_for = _signed_for(doc, facts)
    if facts.own and (f"เขต{facts.own}" not in text or signed_for):
        head = text[:OPENING]
        others = [signed_for] if signed_for else []
        others += [n for n in _named(head, facts.districts) if n != facts.own]
        others += [n for n in facts.districts if f"{_DIRECTOR}{n}" in text and n != facts.own]
        others += _offices_named(doc)
        if others:
            other = others[0]
            return Rejection(
                doc.url,
                "other_agency",
                f"เอกสารเป็นของสำนักงานเขต{other} ไม่ใช่ของสำนักงานเขต{facts.own}: {doc.url}",
                f"The document is another district office's (เขต{other}), not this one's: {doc.url}",
                opening=f"{doc.title}\n{doc.main_text[:OPENING]}",
            )
    if not city_ok and _city_own(doc, facts):
        return Rejection(
            doc.url,
            "city",
            f"เอกสารเป็นแผนหรือรายงานภาพรวมของกรุงเทพมหานคร ไม่ใช่ของสำนักงานเขต{facts.own}: {doc.url}",
            f"The document is the whole city's (BMA-wide) plan or report, not the district "
            f"office's own: {doc.url}",
            opening=f"{doc.title}\n{doc.main_text[:OPENING]}",
        )
    division = _division_own(doc)
    if division is not None:
        return Rejection(
            doc.url,
            "division",
            f"เอกสารเป็นของ{division} (ลงนามโดยหัวหน้าฝ่าย) ไม่ใช่ของสำนักงานเขตทั้งหน่วยงาน: {doc.url}",
            f"The document is one division's own ({division}, signed by its head), not the "
            f"district office's: {doc.url}",
            opening=f"{doc.title}\n{doc.main_text[:OPENING]}",
        )
    if _is_draft(doc):
        return Rejection(
            doc.url,
            "draft",
            f"เอกสารเป็นฉบับร่าง ยังไม่ใช่ฉบับที่ได้รับความเห็นชอบ: {doc.url}",
            f"The document is a draft, not the approved version: {doc.url}",
            compact_for_match(f"{doc.title}\n{doc.main_text[:OPENING]}"),
        )
    if _handout(doc):
        return Rejection(
            doc.url,
            "handout",
            f"เอกสารเป็นเอกสารประกอบการบรรยายหรือการอบรมเรื่องการประเมิน ไม่ใช่เอกสารของสำนักงานเขต: {doc.url}",
            f"The document is a lecture or training handout about the assessment, not the "
            f"district office's own document: {doc.url}",
            opening=f"{doc.title}\n{doc.main_text[:OPENING]}",
        )
    if _unfilled(doc, facts):
        return _template(doc)
    if _cover_only(doc):
        return Rejection(
            doc.url,
            "cover",
            f"เอกสารมีเพียงหน้าปก (ชื่อเรื่อง หน่วยงาน และวันที่) ไม่มีเนื้อหา: {doc.url}",
            f"The document is only a cover page (title, office and date), with no content: {doc.url}",
            compact_for_match(f"{doc.title}\n{doc.main_text[:OPENING]}"),
        )
    return None


# An edition's state as a listing or the document itself states it: "ยกเลิก" (cancelled) as a
# word of its own ("ฉบับเดิม ยกเลิก ๓ ต.ค. ๒๕๖๗", "(ยกเลิก)", "ยกเลิกแล้ว", "ยกเลิกตามหนังสือ…",
# "ยกเลิกการใช้งาน"), "ถูกแทนที่" (superseded), "ไม่มีผลบังคับใช้แล้ว". Not the act of cancelling
# something ("ประกาศยกเลิกการประกวดราคา", "ให้ยกเลิก…", "ยกเลิกโครงการ"): an announcement
# cancelling a tender is itself a current document, and a text cancelling its predecessor is
# the one in force; nor a clause about another thing ("…แทนฉบับเดิมที่ยกเลิก").
_CANCELLED = re.compile(
    r"(?<!ประกาศ)(?<!ให้)(?<!ขอ)(?<!การ)(?<!ที่)(?<!ซึ่ง)(?<!จะ)(?<!หรือ)(?<!เลื่อน)"
    r"(?:ถูก\s*)?ยกเลิก(?:\s*แล้ว)?"
    r"(?=\s*(?:$|[-–—:)\]\d๐-๙]|ตั้งแต่|เมื่อ|ตาม|โดย|วันที่|แล้ว|การใช้|\s))"
    r"(?!\s*(?:การ(?!ใช้)|ประกาศ|คำสั่ง|โครงการ|สัญญา|ระเบียบ|หลักเกณฑ์|แผน|กิจกรรม|จุด|ฉบับ))"
    r"|ถูกแทนที่|ไม่มีผล\s*บังคับ\s*ใช้\s*แล้ว|สิ้นผล\s*บังคับ|superseded|no\s+longer\s+in\s+force",
    re.IGNORECASE | re.MULTILINE,
)
# A document saying of itself that it is no longer in force ("หมายเหตุ ฉบับนี้ยกเลิกแล้ว ตั้งแต่
# …", "หมายเหตุ: ยกเลิกตามหนังสือ…"): not a project or a tender it reports cancelled.
_SELF_CANCELLED = re.compile(
    r"(?:ฉบับ|เอกสาร|ประกาศ|คู่มือ|หลักเกณฑ์|แผน)\s*นี้\s*(?:ได้\s*)?"
    r"(?:(?:ถูก\s*)?ยกเลิก(?!\s*(?:การ(?!ใช้)|ประกาศ|คำสั่ง|ระเบียบ|หลักเกณฑ์|แผน|ฉบับ|โครงการ))"
    r"|ถูกแทนที่|ไม่มีผล\s*บังคับ|สิ้นผล\s*บังคับ)"
    # a note on the edition itself, not on a project it reports ("หมายเหตุ ยกเลิก ๑ รายการ")
    r"|หมายเหตุ\s*[:：]?\s*(?:ถูก\s*)?ยกเลิก\s*(?:แล้ว|ตาม|ตั้งแต่|เมื่อ|การใช้)"
    r"|this\s+(?:edition|document|version)\s+(?:is|was|has\s+been)\s+(?:cancel|supersed|withdrawn)",
    re.IGNORECASE,
)
# ... unless what follows it names the edition in force ("ฉบับเดิม (ยกเลิก) ฉบับปรับปรุง PDF":
# the status word is the earlier link's, written after it)
_CURRENT_EDITION = re.compile(r"ฉบับ\s*(?:ปรับปรุง|แก้ไข|ปัจจุบัน|ใหม่|ล่าสุด)")


def _link_segment(link: LinkView, siblings: list[LinkView]) -> str:
    """The words of ``link``'s row that are its own: from the end of the row's previous link's
    words to the end of its own (a row listing the cancelled edition, then the revised one, each
    with a "PDF" button). The whole row when the links' words cannot be placed in it."""
    text = normalize_for_match(link.context)
    at = 0
    for sib in siblings:
        anchor = normalize_for_match(sib.anchor).strip()
        if not anchor:
            return text if len(siblings) == 1 else ""
        found = text.find(anchor, at)
        if found < 0:
            return text if len(siblings) == 1 else ""
        start, at = at, found + len(anchor)
        if sib is link:
            return text[start:at]
    return ""


def cancelled(bundle: Bundle) -> dict[str, str]:
    """The bundle's documents no longer in force, each with the words saying so: those a link's
    own words in its row state cancelled or superseded, and those saying so of themselves."""
    rows: dict[tuple[str, str], list[LinkView]] = {}
    for lk in bundle.links:
        if not lk.boilerplate and lk.context:
            rows.setdefault((lk.from_url, lk.context), []).append(lk)
    files = {d.url: d for d in bundle.docs if d.kind == "document" and d.readable}
    out: dict[str, str] = {}
    for lk in bundle.links:
        if lk.to_url not in files or lk.boilerplate or lk.to_url in out:
            continue
        segment = _link_segment(lk, rows.get((lk.from_url, lk.context), [lk]))
        m = _CANCELLED.search(segment) if segment else None
        if m is not None and not _CURRENT_EDITION.search(segment, m.end()):
            out[lk.to_url] = " ".join(segment.split())
    for url, doc in files.items():
        if url not in out and doc.machine_read:
            m = _SELF_CANCELLED.search(normalize_for_match(f"{doc.title}\n{doc.main_text}"))
            if m is not None:
                out[url] = " ".join(m.group(0).split())
    return out


def _drop_labels(page: Doc, labels: list[str]) -> Doc:
    """``page`` without the lines that label rejected documents."""
    kept = [
        line
        for line in page.main_text.splitlines()
        if not any(lab in compact_for_match(line) for lab in labels)
    ]
    return replace(page, main_text="\n".join(kept))


def screen(bundle: Bundle, facts: SiteFacts, city_ok: bool = True) -> Bundle:
    """``bundle`` without the documents that cannot serve (and their links and label lines).
    ``city_ok``: the item takes the city's own plans and reports (:func:`rejection`)."""
    bundle.director = facts.director
    bundle.structure = facts.structure
    rejected = [r for d in bundle.docs if (r := rejection(d, facts, city_ok)) is not None]
    gone = {r.url for r in rejected}
    ended = {u: why for u, why in cancelled(bundle).items() if u not in gone}
    rejected += [
        Rejection(
            url,
            "cancelled",
            f'เอกสารเป็นฉบับที่ยกเลิกหรือถูกแทนที่แล้ว ไม่ใช่ฉบับที่ใช้อยู่ ("{why[:80]}"): {url}',
            f"The document is an edition cancelled or superseded, not the one in force "
            f'("{why[:80]}"): {url}',
        )
        for url, why in ended.items()
    ]
    if not rejected:
        return bundle
    gone |= set(ended)
    labels = [
        lk.compact_anchor
        for lk in bundle.links
        if lk.to_url in gone and len(lk.compact_anchor) >= LABEL_MIN
    ]
    # ... and the words naming them as candidates (a section of the OIT index whose links
    # are the page's)
    labels += [
        label
        for c in bundle.candidates
        if c.url in gone
        and c.source != "title"
        and len(label := compact_for_match(c.title)) >= LABEL_MIN
        and label not in labels
    ]
    docs = [
        _drop_labels(d, labels) if d.kind == "page" and labels else d
        for d in bundle.docs
        if d.url not in gone
    ]
    return replace(
        bundle,
        docs=docs,
        links=[lk for lk in bundle.links if lk.to_url not in gone],
        rejected=[*bundle.rejected, *rejected],
    )
