"""Strict models of a rule-set data file: one OIT framework (variant and year).

A framework holds indicators, their sub-indicators, and the items (O1..On) with
the phrases that show an item, the elements it must contain, and how fresh it
must be. Unknown fields are errors, so a typo in a data file never passes.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = [
    "ColumnsMatch",
    "Correspondence",
    "CurrentFiscalYear",
    "Element",
    "Framework",
    "FrameworkMapping",
    "Freshness",
    "HalfYear",
    "ImageMatch",
    "Indicator",
    "Item",
    "LinkMatch",
    "Match",
    "MonthlySeries",
    "PhrasesMatch",
    "PreviousFiscalYear",
    "Recent",
    "Reviewable",
    "Standing",
    "SubIndicator",
    "Subject",
    "month_day",
]

CODE_RE = re.compile(r"^O[1-9][0-9]?$")
MONTH_DAY_RE = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")


def month_day(text: str) -> tuple[int, int]:
    """A rule file's ``MM-DD`` (a deadline, already validated by :data:`MONTH_DAY_RE`) as numbers."""
    month, day = text.split("-")
    return int(month), int(day)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Reviewable(Strict):
    """A part of a rule set whose fields a person may still have to check.

    ``review`` maps a field of this part to why it needs a look, e.g.
    ``{phrases: "carried from bma-2567 O15"}``: drafts written by ``rules draft``
    say so for every field a machine proposed. The field names must exist.
    """

    review: dict[str, str] = Field(
        default_factory=dict, description="Field -> why a person should still check it."
    )

    @model_validator(mode="after")
    def _review_names_fields(self) -> Reviewable:
        unknown = sorted(
            k for k in self.review if k not in type(self).model_fields or k == "review"
        )
        if unknown:
            raise ValueError(f"review names no field of this part: {', '.join(unknown)}")
        return self


# --- how an element is recognised -------------------------------------------------


class PhrasesMatch(Strict):
    """Present when at least ``min`` of ``any`` occur in the evidence text (normalised)."""

    kind: Literal["phrases"]
    any: list[str] = Field(min_length=1)
    min: int = Field(1, ge=1)
    # units of the site's own structure (one manual per division): every one of ``any`` that
    # the site's structure pages name must occur; ``min`` holds when they name fewer than it
    of_structure: bool = False
    # longer words a phrase inside them does not count in ("งบประมาณ" in "ปีงบประมาณ", the
    # fiscal year every plan's title names, is no budget)
    not_within: list[str] = Field(default_factory=list)
    # present too when the text names this many months: a time frame written as the months of
    # each activity ("(ต.ค. ๖๔ - ก.ย. ๖๕)") rather than under the word "ระยะเวลา"
    or_months: int | None = Field(None, ge=1)


class ColumnsMatch(Strict):
    """Present when a table (XLSX, PDF or HTML) has header cells matching ``columns``.

    A column is a word its header cell holds, or a list of the wordings forms give it (the
    first its name: ``[เหตุผลที่คัดเลือกโดยสรุป, เหตุผล]``). ``min`` is how many of the columns
    must be found (default: all).
    """

    kind: Literal["columns"]
    columns: list[str | Annotated[list[str], Field(min_length=1)]] = Field(min_length=1)
    min: int | None = Field(None, ge=1)

    @property
    def names(self) -> list[str]:
        """Each column's name: its word, or the first of its wordings."""
        return [c if isinstance(c, str) else c[0] for c in self.columns]

    @property
    def wordings(self) -> list[list[str]]:
        """Each column's wordings."""
        return [[c] if isinstance(c, str) else list(c) for c in self.columns]

    @model_validator(mode="after")
    def _min_within(self) -> ColumnsMatch:
        if self.min is not None and self.min > len(self.columns):
            raise ValueError(f"min ({self.min}) is more than the {len(self.columns)} columns")
        return self


class LinkMatch(Strict):
    """Present when the evidence links to one of ``hosts`` or has a link whose text has one of ``phrases``."""

    kind: Literal["link"]
    hosts: list[str] = Field(default_factory=list)
    phrases: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _something(self) -> LinkMatch:
        if not self.hosts and not self.phrases:
            raise ValueError("a link match needs hosts or phrases")
        return self


class ImageMatch(Strict):
    """Present when the evidence page itself shows at least ``min`` images (e.g. executives' photos).

    Count images in the page's content, not the site template's logos and banners.
    """

    kind: Literal["image"]
    min: int = Field(1, ge=1)


Match = Annotated[PhrasesMatch | ColumnsMatch | LinkMatch | ImageMatch, Field(discriminator="kind")]


# --- how fresh an item must be -----------------------------------------------------


class Standing(Strict):
    """Standing information (structure, contacts): present is enough."""

    kind: Literal["standing"]


class CurrentFiscalYear(Strict):
    """A document of the fiscal year of the as-of date (plans, policies).

    ``previous_until`` (MM-DD), for figures gathered over the year (collection statistics):
    before that day of the fiscal year no figure of the new year can be out yet, so the
    previous fiscal year's are still the current ones. ``half_by`` (MM-DD): from that day the
    year's figures must cover October to March (statistics of the first quarter only are short).
    """

    kind: Literal["current_fy"]
    previous_until: str | None = Field(None, pattern=MONTH_DAY_RE.pattern)
    half_by: str | None = Field(
        None,
        pattern=MONTH_DAY_RE.pattern,
        description="From this day (MM-DD) of the fiscal year, the year's figures must run "
        "through its first half (October-March), as its six-month reports are due.",
    )


class PreviousFiscalYear(Strict):
    """An annual report of the previous fiscal year, due by ``deadline`` (MM-DD) of the current one."""

    kind: Literal["previous_fy"]
    deadline: str | None = Field(None, pattern=MONTH_DAY_RE.pattern)


class HalfYear(Strict):
    """A report on the first half (October–March) of the current fiscal year, due by ``deadline`` (MM-DD).

    Before ``previous_until`` (MM-DD of the current fiscal year) no report of this year can be
    out yet, so last year's six-month report still stands; from that day this year's data (a
    first quarter's report, until the six-month one is due) is wanted. Without it, only this
    year's data counts.
    """

    kind: Literal["half_year"]
    deadline: str = Field("04-15", pattern=MONTH_DAY_RE.pattern)
    previous_until: str | None = Field(
        None,
        pattern=MONTH_DAY_RE.pattern,
        description="Until this day (MM-DD) of the fiscal year, last year's report still stands.",
    )


class MonthlySeries(Strict):
    """One document per month of the fiscal year up to the as-of date.

    A month is due by day ``due_day`` of the following month; an empty month
    must still be published, saying so (one of ``empty_phrases``). ``series_phrases`` name the
    series' own entries (สขร.1): a month skipped inside the series counts as a hole (incomplete)
    rather than a stop (stale) only when an entry naming the series has the latest month due,
    not a plan's timetable naming that month.
    """

    kind: Literal["monthly"]
    due_day: int = Field(10, ge=1, le=28)
    empty_phrases: list[str] = Field(default_factory=lambda: ["ไม่มีการจัดซื้อจัดจ้าง"])
    series_phrases: list[str] = Field(default_factory=list)


class Recent(Strict):
    """News-like content: something dated within ``within_days`` of the as-of date."""

    kind: Literal["recent"]
    within_days: int = Field(ge=1)


Freshness = Annotated[
    Standing | CurrentFiscalYear | PreviousFiscalYear | HalfYear | MonthlySeries | Recent,
    Field(discriminator="kind"),
]


class Subject(Strict):
    """What an element's data must be about when the same kind of data exists of other things
    (statistics of corruption complaints beside a division's general complaints)."""

    any: list[str] = Field(
        min_length=1, description="Words with which data names the subject (ทุจริต)."
    )
    other: list[str] = Field(
        min_length=1,
        description="Words with which data says it is of something else (เรื่องร้องเรียนทั่วไป, "
        "Traffy Fondue): data saying so and naming none of ``any`` is not the element.",
    )


class Element(Strict):
    """Something an item must contain to score (e.g. the procurement form's columns).

    ``freshness``, when set, is how current this element must be if it differs
    from its item's (e.g. O13 of 2567: the current plan *and* last year's report).
    """

    key: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    th: str = Field(min_length=1)
    en: str = Field(min_length=1)
    match: Match
    freshness: Freshness | None = Field(
        None, description="Overrides the item's freshness for this element."
    )
    within: list[str] = Field(
        default_factory=list,
        description="Look for the element only in the parts of the evidence (pages, documents, "
        "links) that name one of these, e.g. the executives' phones on the executives' page.",
    )
    heading: bool = Field(
        False,
        description="A part that is a document of its own (a report beside a plan): found only "
        "in a title, heading, link text or short line, never inside a sentence of another text.",
    )
    signed_by_current: bool = Field(
        False,
        description="The element's documents (not reports on them) must be signed by the "
        "agency's current director, the one the site names now; a predecessor's signature "
        "makes the element not current.",
    )
    of: Subject | None = Field(
        None,
        description="What the element's data (its tables of figures) must be about: when every "
        "table of figures naming it says it is of something else, the element is absent.",
    )
    each_person: bool = Field(
        False,
        description="Shown for each executive a page lists person by person: when it is written "
        "under one executive's name and post and not under a later one's (the director's phone, "
        "none for the assistants), the element is missing.",
    )
    essential: bool = Field(
        False,
        description="The item itself (the tracking system's link, the e-service): without it "
        "nothing of the item is published, so its lack makes the item missing, not incomplete.",
    )
    advice: bool = Field(
        False,
        description="An assessor's recommendation, not a scored element (the seed says 'ควร…' "
        "on an item that scored 100): its lack is shown as advice and never makes the item "
        "incomplete.",
    )
    source: str = Field("", description="Where the requirement comes from (seed and line).")


# --- the framework -------------------------------------------------------------------


class Item(Reviewable):
    """One OIT item (O1..On) of a framework."""

    code: str
    title_th: str = Field(min_length=1)
    title_en: str = Field(min_length=1)
    owner: str = Field(min_length=1, description="Responsible unit (ฝ่าย).")
    phrases: list[str] = Field(min_length=1, description="Words that show the item on a page.")
    synonyms: list[str] = Field(
        default_factory=list,
        description="Paraphrases agencies use for the item in menus and titles (matched like phrases, "
        "and word by word).",
    )
    elements: list[Element] = Field(default_factory=list)
    people_page: bool = Field(
        False,
        description="A page listing people (names on lines of their own, with photos) is "
        "evidence of the item though it never names it, e.g. the executives on an org chart; "
        "the elements still decide the status.",
    )
    document: bool = Field(
        False,
        description="The item is a text of its own (criteria, a guideline): a page stands for "
        "it only when its content carries the item's words; a page under the item's title "
        "whose content is about something else (a news post) is not it.",
    )
    posts: bool = Field(
        False,
        description="The item is news or activities (the district's news, what it did under a "
        "policy, with photos): a news story (a page telling of an event on a day) is its "
        "evidence. For the other items a story naming their subject is at most a pointer: its "
        "words carry none of their parts (checklist.posts).",
    )
    subject: list[str] = Field(
        default_factory=list,
        description="Words, one of which the evidence's own content (a page's or document's "
        "words, its links' labels; not the OIT index's row naming the item) holds when it is "
        "about the item, for an item whose names share a generic head with other things "
        '("Checklist", "Tracking System": the OIT self-checklist, complaint tracking). '
        "Evidence that never says one of them, and has none of the item's parts beyond words "
        "(a link to the system, a table's columns), is about something else: missing.",
    )
    figures: bool = Field(
        False,
        description="The item is figures (statistics): a picture of them under a caption, no "
        "document, is for a person to read (the caption's year is the post's, not the figures').",
    )
    city_documents: bool = Field(
        False,
        description="The item asks for the city's documents (the Governor's policy, Bangkok's "
        "plans): a BMA-wide plan or report serves. Otherwise a plan, report or statistics of "
        "the whole city that never names the district is not the district publishing its own.",
    )
    freshness: Freshness
    fix_th: str = Field(min_length=1, description="What to publish to pass, in Thai.")
    fix_en: str = Field("", description="The same in English.")
    source: str = Field("", description="Where the item and its advice come from.")
    note: str = Field("", description="What the sources leave open.")

    @field_validator("code")
    @classmethod
    def _code(cls, v: str) -> str:
        if not CODE_RE.match(v):
            raise ValueError(f"item code {v!r} is not of the form O1..O99")
        return v

    @model_validator(mode="after")
    def _unique_elements(self) -> Item:
        keys = [e.key for e in self.elements]
        dupes = sorted({k for k in keys if keys.count(k) > 1})
        if dupes:
            raise ValueError(f"element keys repeated: {', '.join(dupes)}")
        return self


class SubIndicator(Reviewable):
    code: str = Field(pattern=r"^[0-9]+\.[0-9]+$")
    title_th: str = Field(min_length=1)
    title_en: str = Field(min_length=1)
    items: list[Item] = Field(min_length=1)


class Indicator(Reviewable):
    code: str = Field(pattern=r"^[0-9]+$")
    title_th: str = Field(min_length=1)
    title_en: str = Field(min_length=1)
    sub_indicators: list[SubIndicator] = Field(min_length=1)


class Framework(Reviewable):
    """An OIT item list for one variant and assessment year."""

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    variant: str = Field(min_length=1, description="Who is assessed, e.g. bma-district.")
    title_th: str = Field(min_length=1)
    title_en: str = Field(min_length=1)
    assessment_year: int = Field(ge=2560, le=2700, description="ITA year, Buddhist era.")
    fiscal_year: int = Field(
        ge=2560, le=2700, description="Fiscal year (BE) whose data is assessed."
    )
    window_start: str = Field(
        "03-01", pattern=MONTH_DAY_RE.pattern, description="Evidence collection opens (MM-DD)."
    )
    window_end: str = Field(
        "04-30", pattern=MONTH_DAY_RE.pattern, description="Evidence collection closes (MM-DD)."
    )
    sources: list[str] = Field(default_factory=list)
    indicators: list[Indicator] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_codes(self) -> Framework:
        codes = [i.code for i in self.items]
        dupes = sorted({c for c in codes if codes.count(c) > 1})
        if dupes:
            raise ValueError(f"item codes repeated: {', '.join(dupes)}")
        return self

    @property
    def items(self) -> list[Item]:
        """Every item, in the framework's order."""
        return [it for ind in self.indicators for sub in ind.sub_indicators for it in sub.items]

    def item(self, code: str) -> Item:
        """The item ``code`` (already normalised, e.g. ``O15``); ``KeyError`` if absent."""
        for it in self.items:
            if it.code == code:
                return it
        raise KeyError(code)

    def pending_review(self) -> list[tuple[str, dict[str, str]]]:
        """(where, {field: why}) of every part still awaiting a person's review, in order.

        ``where`` is ``""`` for the framework, ``"9"`` / ``"9.1"`` for an indicator or
        sub-indicator, the item code (``"O15"``) for an item.
        """
        out: list[tuple[str, dict[str, str]]] = []
        if self.review:
            out.append(("", dict(self.review)))
        for ind in self.indicators:
            if ind.review:
                out.append((ind.code, dict(ind.review)))
            for sub in ind.sub_indicators:
                if sub.review:
                    out.append((sub.code, dict(sub.review)))
                out.extend((it.code, dict(it.review)) for it in sub.items if it.review)
        return out

    def sub_indicator_of(self, code: str) -> SubIndicator:
        for ind in self.indicators:
            for sub in ind.sub_indicators:
                if any(it.code == code for it in sub.items):
                    return sub
        raise KeyError(code)


class Correspondence(Strict):
    source: str = Field(pattern=CODE_RE.pattern)
    target: str = Field(pattern=CODE_RE.pattern)
    note: str = ""


class FrameworkMapping(Strict):
    """Items that correspond between two frameworks, so history reads across renumberings."""

    source: str
    target: str
    pairs: list[Correspondence] = Field(min_length=1)
