"""Read an assessment manual (or its item table) into items: code, Thai title, sub-indicator, description.

The source is a PDF, DOCX, XLSX or text file, read with the crawler's own
extraction (:func:`crawler.extract.extract`). Its text becomes rows of cells
(tables of DOCX and XLSX; tab-separated lines of text; one line of a PDF a
row), page headers and footers are dropped, and each row is read as an
indicator heading (``ตัวชี้วัดที่ 9 ...``), a sub-indicator heading
(``ตัวชี้วัดย่อยที่ ๙.๑ ...``, ``9.1. ...``), an item row (a cell starting
with a code in any spelling: ``O15``, ``O๑๕``, ``0๑๕``, ``o15``, ``O 15``), a
score, or text. A title wrapped inside its table cell comes out of a PDF as
several lines: they are joined while the row is not closed (by its score, the
next code or heading) and the line before was full.

Manuals repeat their items (a table, then a page per item, then an analysis):
the item table is the longest run of consecutive codes.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from oitwatch.exceptions import DraftError
from oitwatch.thai import (
    compact_for_match,
    find_codes,
    normalize_code,
    repair_extracted,
    thai_to_arabic,
)

__all__ = ["ManualItem", "ManualTable", "read_manual", "read_rows", "table_from_rows"]

MAX_SOURCE_BYTES = 64 * 1024 * 1024
MAX_DESCRIPTION_LINES = 30
MAX_SKIP = 9  # codes a table may skip between two rows read (a row no reader could parse)
SKIP_COST = 0.1

_D = "[0-9๐-๙]"
_TAGS = re.compile(r"<[^>]{0,300}>")
_IND = re.compile(rf"^ตัวชี้วัด\s*(?:ที่)?\s*({_D}{{1,2}})(?![0-9๐-๙.])\s*[.:]?\s*(.*)$")
_SUB = re.compile(
    rf"^(ตัวชี้วัดย่อย\s*(?:ที่)?\s*)?({_D}{{1,2}})\s*\.\s*({_D}{{1,2}})(?![0-9๐-๙])\.?(?:\s+|$)(.*)$"
)
_NUMBER = re.compile(rf"^[-–(]?\s*{_D}+(?:[.,]{_D}+)*\s*%?\s*[)]?$")
_SCORE_TAIL = re.compile(rf"\s+(?:คะแนนเฉลี่ย\s*)?({_D}{{1,3}}(?:[.,]{_D}{{1,2}})?)\s*(?:คะแนน)?\s*$")
_SCORE_WORDS_TAIL = re.compile(r"\s*คะแนนเฉลี่ย.*$")
_BULLET = re.compile(r"^[•●▪■○◦✓✔\-–*]")
_INLINE_BULLET = re.compile(r"\s[•●▪■○◦✓✔]\s?")
_CODE_PUNCT = re.compile(r"^[\s.:)\-–]+")
# A Thai line cannot start with these (they attach to the letter before): the line was wrapped.
_NO_START = re.compile("^[\u0e30-\u0e3a\u0e45-\u0e4e\u0e46\u0e2f]")
_COMBINING = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")
_PAGE_NO = re.compile(
    rf"^(?:(?:หน้า|page|-|–)\s*)?{_D}{{1,4}}(?:\s*(?:/|จาก|of|-|–)\s*{_D}{{0,4}})?$", re.IGNORECASE
)


@dataclass
class ManualItem:
    """One item as the manual states it."""

    code: str
    title_th: str
    sub_code: str = ""
    sub_title: str = ""
    description: str = ""
    row: int = 0


@dataclass
class ManualTable:
    """The item table found in a manual, with the headings around it."""

    items: list[ManualItem]
    indicators: dict[str, str] = field(default_factory=dict)
    sub_indicators: dict[str, str] = field(default_factory=dict)
    years: list[int] = field(default_factory=list)


# --- reading ------------------------------------------------------------------------------


def read_rows(path: Path) -> list[list[str]]:
    """Rows of cells of ``path`` (PDF, DOCX, XLSX or text), page headers and footers removed."""
    try:
        body = path.read_bytes()
    except OSError as exc:
        raise DraftError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if len(body) > MAX_SOURCE_BYTES:
        raise DraftError(f"{path} is larger than {MAX_SOURCE_BYTES // 2**20} MiB")
    from crawler.extract import detect_format, extract
    from oitwatch.settings import Settings

    kind = detect_format(body, "", path.name)
    if kind in ("unknown", "text") and path.suffix.lower() not in (".pdf", ".docx", ".xlsx"):
        return _rows_of_text(repair_extracted(_decode(body)))
    result = extract(body, "", path.name, settings=Settings())
    # "review" (a scan read by OCR, say) is still text to look for a table in.
    if result.status not in ("ok", "review") or not (result.text.strip() or result.tables):
        why = result.error or "no readable text (a scan OCR could not read?)"
        raise DraftError(f"cannot read {path.name} as {kind}: {why}")
    if kind == "xlsx" and result.tables:
        return [[_clean_cell(c) for c in row] for table in result.tables for row in table]
    if kind == "docx" and result.tables:
        return _docx_rows(result.text, result.tables)
    return _rows_of_text(result.text)


def _docx_rows(text: str, tables: list[list[list[str]]]) -> list[list[str]]:
    """A DOCX's paragraphs and tables as rows, in reading order.

    The extraction writes tables' rows into the text where they stand (cells tab-joined), so
    a sub-indicator heading written as a paragraph between two tables stays above its table:
    each table's lines are replaced by its cleaned cells. A table not found in order (never
    expected) goes after the text.
    """
    rows: list[list[str]] = []
    left: list[list[list[str]]] = []
    pos = 0
    for table in tables:
        block = "\n".join("\t".join(row) for row in table)
        at = text.find(block, pos)
        if at < 0:
            left.append(table)
            continue
        rows += [[line] for line in text[pos:at].splitlines() if line.strip()]
        rows += [[_clean_cell(c) for c in row] for row in table]
        pos = at + len(block)
    rows += [[line] for line in text[pos:].splitlines() if line.strip()]
    for table in left:
        rows += [[_clean_cell(c) for c in row] for row in table]
    return rows


def _decode(body: bytes) -> str:
    for encoding in ("utf-8-sig", "cp874"):
        try:
            return body.decode(encoding)
        except UnicodeDecodeError:
            continue
    return body.decode("utf-8", errors="replace")


def _clean_cell(text: str) -> str:
    text = _TAGS.sub(" ", text)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return _join_wrapped([line for line in lines if line])


def _join_wrapped(lines: list[str]) -> str:
    """Lines of one cell joined: Thai to Thai without a space (Thai has none between words)."""
    out = ""
    for line in lines:
        glued = (
            (_thai_end(out) and _thai_start(line))
            or out.endswith(("(", "/"))
            or line.startswith((")", "/"))
        )
        if out and not glued:
            out += " "
        out += line
    return out


def _thai_end(text: str) -> bool:
    return bool(text) and "\u0e01" <= text[-1] <= "\u0e5b"


def _thai_start(text: str) -> bool:
    return bool(text) and "\u0e01" <= text[0] <= "\u0e5b"


def _rows_of_text(text: str) -> list[list[str]]:
    """Tab-separated cells of each line; repeated page headers, footers and page numbers dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pages = [
        [line for line in p.splitlines() if line.strip()] for p in re.split(r"\f|\n[ \t]*\n", text)
    ]
    edges, repeated = _page_furniture(pages)
    rows: list[list[str]] = []
    for lines in pages:
        for n, line in enumerate(lines):
            shape = _shape(line)
            at_edge = n < _EDGE or n >= len(lines) - _EDGE
            if (at_edge and (shape in edges or _page_number(line.strip()))) or shape in repeated:
                continue
            cells = [_clean_cell(c) for c in line.split("\t")]
            if any(cells):
                rows.append(cells)
    return rows


def _page_number(text: str) -> bool:
    """``3``, ``- ๓ -``, ``หน้า 3/9``; not a code that is all digits in mixed scripts (``0๘``)."""
    return bool(_PAGE_NO.match(text)) and not _MIXED_ZERO.match(text)


_MIXED_ZERO = re.compile(r"^(?:0[๐-๙]|๐[0-9])")


def _shape(line: str) -> str:
    """A line with its digits masked: page headers differ only in their numbers."""
    return re.sub(_D + "+", "#", " ".join(line.split()))


_EDGE = 3


def _page_furniture(pages: list[list[str]]) -> tuple[set[str], set[str]]:
    """(lines recurring at the top or bottom of half the pages, table header rows repeated whole)."""
    edges: Counter[str] = Counter()
    whole: Counter[str] = Counter()
    for lines in pages:
        for shape in {_shape(line) for line in lines[:_EDGE] + lines[-_EDGE:]}:
            edges[shape] += 1
        for line in lines:
            if "\t" in line.strip():
                whole[_shape(line)] += 1

    def keep(shape: str) -> bool:  # furniture has words; codes, headings and scores are content
        letters = sum(c.isalpha() for c in shape)
        return letters >= 3 and not (_is_code_line(shape) or _IND.match(shape) or _SUB.match(shape))

    need = max(2, len(pages) // 2)
    return (
        {s for s, n in edges.items() if n >= need and keep(s)},
        {s for s, n in whole.items() if n >= 3 and keep(s)},
    )


def _is_code_line(shape: str) -> bool:
    return bool(re.match(r"^[Oo0๐]\s?[-.]?\s?#", shape))


# --- reading rows into items --------------------------------------------------------------------


@dataclass
class _Block:
    code: str
    row: int
    title: str
    closed: bool
    description: list[str] = field(default_factory=list)
    lines: list[tuple[str, str]] = field(default_factory=list)  # (kind, text) after the code line


def _code_at_start(text: str) -> tuple[str, str] | None:
    """(code, rest) when ``text`` starts with an item code."""
    text = text.strip()
    whole = normalize_code(text)
    if whole:
        return whole, ""
    found = find_codes(text)
    if not found or found[0].start != 0:
        return None
    return found[0].code, _CODE_PUNCT.sub("", text[found[0].end :]).strip()


def _strip_score(title: str) -> tuple[str, bool]:
    """The title without a trailing score (``100.00``, ``คะแนนเฉลี่ย ๑๐๐ คะแนน``); whether one was there."""
    had = False
    stripped = _SCORE_WORDS_TAIL.sub("", title)
    if stripped != title:
        title, had = stripped, True
    m = _SCORE_TAIL.search(title)
    if m and float(thai_to_arabic(m.group(1)).replace(",", ".")) <= 100:
        title, had = title[: m.start()], True
    return title.strip(), had


def _width(text: str) -> int:
    return len(_COMBINING.sub("", text))


def _sub_heading(cells: list[str]) -> tuple[str, str, bool] | None:
    text = " ".join(c for c in cells if c)
    m = _SUB.match(text)
    if not m:
        return None
    major, minor = thai_to_arabic(m.group(2)), thai_to_arabic(m.group(3))
    if "0" in (major[0], minor[0]) or int(major) > 20 or int(minor) > 20:
        return None  # a score (98.36, 0.00), not a sub-indicator
    title, _ = _strip_score(m.group(4))
    return f"{int(major)}.{int(minor)}", title, bool(m.group(1))


def table_from_rows(rows: list[list[str]], *, source: str = "the source") -> ManualTable:
    """The item table in ``rows``; ``DraftError`` naming what was looked for when there is none."""
    blocks: list[_Block] = []
    indicators: dict[str, str] = {}
    subs: list[tuple[int, str, str, bool]] = []  # (row, code, title, explicit)
    current: _Block | None = None
    pending_sub: tuple[int, str, bool] | None = None  # a "9.1." whose title is on the next line
    years: Counter[int] = Counter()
    for n, raw in enumerate(rows):
        cells = [c.strip() for c in raw]
        while cells and not cells[0]:
            cells.pop(0)
        if not cells:
            continue
        joined = " ".join(c for c in cells if c)
        for y in re.findall(r"(?<![0-9])(25[4-9][0-9])(?![0-9])", thai_to_arabic(joined)):
            years[int(y)] += 1
        if pending_sub is not None and not _NUMBER.match(joined):
            row, code, explicit = pending_sub
            subs.append((row, code, _strip_score(joined)[0], explicit))
            pending_sub = None
            continue
        ind = _IND.match(joined)
        if ind and not joined.startswith("ตัวชี้วัดย่อย"):
            title, _ = _strip_score(ind.group(2))
            code = str(int(thai_to_arabic(ind.group(1))))
            if title and (code not in indicators or not blocks):
                indicators[code] = title
            current = None
            continue
        sub = _sub_heading(cells)
        if sub:
            code, title, explicit = sub
            if title:
                subs.append((n, code, title, explicit))
            else:
                pending_sub = (n, code, explicit)
            current = None
            continue
        first = cells[0]
        if _NUMBER.match(first) and len(cells) > 1 and _code_at_start(cells[1]):
            cells = cells[1:]  # a running number before the code
            first = cells[0]
        found = _code_at_start(first)
        if found:
            code, rest = found
            others = [c for c in cells[1:] if c and not _NUMBER.match(c)]
            title = rest or (others.pop(0) if others else "")
            cut = _INLINE_BULLET.search(title)
            if cut:  # code, title and description on one line (cells side by side in a PDF)
                others.insert(0, title[cut.start() :].strip())
                title = title[: cut.start()]
            title, scored = _strip_score(title)
            multi = len(cells) > 1
            current = _Block(code=code, row=n, title=title, closed=multi or scored)
            current.description = [_strip_score(o)[0] for o in others]
            blocks.append(current)
            continue
        if current is None:
            continue
        if len(cells) == 1 and _NUMBER.match(first):
            current.lines.append(("number", first))
        elif len(cells) == 1:
            current.lines.append(("text", first))
        else:
            current.lines.append(("row", joined))
    items = _items(blocks, subs)
    if len(items) < 3:
        raise DraftError(
            f"no item table found in {source}: looked for rows that start with OIT item codes "
            "(O1..O99 written O1, O๑, 0๑, o1 or O 1) followed by a Thai title, in consecutive "
            f"order; found {len(items)} such row{'s' if len(items) != 1 else ''}"
        )
    return ManualTable(
        items=items,
        indicators=indicators,
        sub_indicators={it.sub_code: it.sub_title for it in items if it.sub_code},
        years=[y for y, _ in years.most_common()],
    )


def _chain(blocks: list[_Block]) -> list[_Block]:
    """The item table: the best run of ascending codes (a skipped code costs a little), earliest first.

    A manual naming each item twice (a table, then a page per item) has two equal runs: the
    first wins; codes quoted in prose (``O15 ได้ 0 คะแนน``) do not extend a run.
    """
    if not blocks:
        return []
    nums = [int(b.code[1:]) for b in blocks]
    best = [1.0] * len(blocks)
    prev = [-1] * len(blocks)
    for i, n in enumerate(nums):
        for j in range(i):
            step = n - nums[j]
            if 1 <= step <= MAX_SKIP + 1:
                value = best[j] + 1 - SKIP_COST * (step - 1)
                if value > best[i] + 1e-9:
                    best[i], prev[i] = value, j
    end = max(range(len(blocks)), key=lambda i: (best[i], -i))
    out = []
    while end != -1:
        out.append(blocks[end])
        end = prev[end]
    return out[::-1]


def _items(blocks: list[_Block], subs: list[tuple[int, str, str, bool]]) -> list[ManualItem]:
    chain = _chain(blocks)
    firsts = [
        b.title or next((t for k, t in b.lines if k == "text"), "") for b in chain if not b.closed
    ]
    widths = [_width(t) for t in firsts if t]
    full = 0.75 * max(widths) if len(widths) >= 3 else None
    items = []
    chosen = {id(b) for b in chain}
    for b in chain:
        title, description = _title_and_description(b, full)
        if not title:
            continue
        if not any(description):
            description = _described_elsewhere(
                b, title, [x for x in blocks if id(x) not in chosen], full
            )
        sub_code, sub_title = "", ""
        for row, code, stitle, explicit in subs:
            if row > b.row:
                break
            if explicit or _heading_near_items(row, blocks):
                sub_code, sub_title = code, stitle
        items.append(
            ManualItem(
                code=b.code,
                title_th=title,
                sub_code=sub_code,
                sub_title=sub_title,
                description=" ".join(d for d in description if d),
                row=b.row,
            )
        )
    return items


def _described_elsewhere(
    b: _Block, title: str, others: list[_Block], full: float | None
) -> list[str]:
    """A table of titles only is often followed by a page per item: take that page's description."""
    key = compact_for_match(title)
    for other in others:
        if other.code != b.code or other.row < b.row:
            continue
        other_title, description = _title_and_description(other, full)
        if compact_for_match(other_title).startswith(key) and any(description):
            return description
    return []


def _heading_near_items(row: int, blocks: list[_Block]) -> bool:
    """A bare ``9.1 title`` heading counts only right above an item row (not a numbered list in prose)."""
    following = [b.row for b in blocks if b.row > row]
    return bool(following) and following[0] - row <= 4


def _is_score(text: str) -> bool:
    try:
        return float(thai_to_arabic(text).strip("()% ").replace(",", ".")) <= 100
    except ValueError:
        return False


def _title_and_description(b: _Block, full: float | None) -> tuple[str, list[str]]:
    """Split the lines after a code: the wrapped title first, then the description cell's lines.

    The title ends at the row's score (``100.00``), else at the description's first
    bullet, else where a line stops being a continuation (see :func:`_continues`).
    """
    lines = list(b.lines)
    title_lines = [b.title] if b.title else []
    if not b.closed:
        head = [i for i, (k, t) in enumerate(lines) if k != "text" or _BULLET.match(t)]
        stop = head[0] if head else len(lines)
        stop_kind, stop_text = lines[stop] if head else ("", "")
        if head and stop_kind == "number" and _is_score(stop_text) and stop <= 4:
            # The score column closes the row: everything before it is the wrapped title.
            title_lines += [t for _k, t in lines[:stop]]
            lines = []  # after a scored row come group headings, not a description
        elif head and stop_kind == "text" and 0 < stop <= 4 and not b.title:
            # A description column of bullets: the title cell's lines come before it.
            title_lines += [t for _k, t in lines[:stop]]
            lines = lines[stop:]
        else:
            # A title printed beside its code (not in a column of its own) wraps only visibly.
            by_width = full if not b.title else None
            while lines and lines[0][0] == "text":
                text = lines[0][1]
                if title_lines and not _continues(title_lines[-1], text, by_width):
                    break
                if _BULLET.match(text):
                    break
                title_lines.append(text)
                lines.pop(0)
    title = _join_wrapped([t for t in title_lines if t])
    title, _ = _strip_score(title)
    description = list(b.description)
    if not b.closed:  # a PDF's lines: the description cell's lines follow the title's
        texts = [t for kind, t in lines[:MAX_DESCRIPTION_LINES] if kind != "row"]
        description = [_join_wrapped(description + texts)]
    return title, description


def _continues(previous: str, line: str, full: float | None) -> bool:
    if _NO_START.match(line):
        return True
    if previous.rstrip().endswith(("(", "และ", "หรือ", ",", "/", "-")):
        return True
    return full is not None and _width(previous) >= full


def read_manual(path: Path) -> ManualTable:
    """The item table of the manual at ``path``."""
    return table_from_rows(read_rows(path), source=path.name)
