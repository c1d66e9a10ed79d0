"""Repair of extracted text, text quality, match folding: seed text and synthetic damage."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oitwatch.thai import (
    READABLE,
    compact_for_match,
    normalize_for_match,
    repair_extracted,
    text_quality,
)
from oitwatch.thai.repair import join_broken_lines

DATA = Path(__file__).parent / "data"
LAO = re.compile("[\u0e80-\u0eff]")


def seed_paragraphs() -> list[str]:
    """Paragraphs (>= 200 letters) copied from seeds 000-004, without the Lao-damaged ones."""
    return (DATA / "seed_paragraphs.txt").read_text(encoding="utf-8").split("\n\n")


def seed_lao_lines() -> list[str]:
    """Every line of seeds 002, 003, 004 that holds Lao look-alike letters."""
    return (DATA / "seed_lao_lines.txt").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("คະແນນເລີຍ ๑๐๐ คະແນน", "คะแนนเฉลี่ย ๑๐๐ คะแนน"),  # seed 004
        ("คະແນວເລີຍ ๑๐๐ คະແນວ", "คะแนนเฉลี่ย ๑๐๐ คะแนน"),  # seed 004
        ("แนวทางในการ คຸ້ມครองผู้แจ้ง", "แนวทางในการ คุ้มครองผู้แจ้ง"),  # seed 002
        ("(กทม. ๗๘.๗๓ คະແນນ)", "(กทม. ๗๘.๗๓ คะแนน)"),  # seed 003
        ("ดําเนินการ กํากับ", "ดำเนินการ กำกับ"),  # nikhahit + sara aa
        ("น\u0e4d\u0e49\u0e32", "น\u0e49\u0e33"),  # nikhahit, tone, sara aa -> tone, sara am
        ("ที ่ดิน ก ารประชุม", "ที่ดิน การประชุม"),
        ("เ รื่อง", "เรื่อง"),
        ("ท\u0e48\u0e35", "ท\u0e35\u0e48"),  # tone before vowel
        ("เเผนงาน", "แผนงาน"),
        ("การจัดหาพัสด\u0941\u0930ายเดือน", "การจัดหาพัสดุรายเดือน"),  # seed 004, O23
        ("नमस्ते र", "नमस्ते र"),  # Devanagari outside Thai words: left alone
        ("ข\u200bอ\u200cม\ufeffูล", "ขอมูล"),
        ("ที\uf70aดิน ป\uf701ด ก\uf713", "ที่ดิน ปิด ก่"),  # Windows PUA glyphs
        ("\uf700าน \uf70fาณ", "ฐาน ญาณ"),
        ("บ\uf889าน", "บ็าน"),  # Mac PUA
        ("line one\nline two", "line one\nline two"),
    ],
)
def test_repair_extracted(broken: str, fixed: str) -> None:
    assert repair_extracted(broken) == fixed


def test_repair_leaves_seed_text_alone() -> None:
    for para in seed_paragraphs():
        assert repair_extracted(para).count("\n") == para.count("\n")
        assert len(repair_extracted(para)) >= 0.98 * len(para)


def test_repair_removes_every_lao_letter_from_seed_lines() -> None:
    lines = seed_lao_lines()
    assert len(lines) == 9
    for line in lines:
        assert LAO.search(line)
        assert not LAO.search(repair_extracted(line))
    joined = repair_extracted("\n".join(lines))
    assert "คะแนนเฉลี่ย" in joined and "คุ้มครอง" in joined


def test_quality_of_seed_paragraphs_is_high() -> None:
    paras = seed_paragraphs()
    assert len(paras) >= 10
    scores = [text_quality(p) for p in paras]
    assert min(scores) >= 0.8, scores


def test_quality_of_lao_damaged_seed_lines_is_low() -> None:
    scores = [text_quality(line) for line in seed_lao_lines()]
    assert max(scores) < READABLE, scores
    assert min(text_quality(repair_extracted(line)) for line in seed_lao_lines()) >= 0.8


PROSE_TH = (
    "สำนักงานเขตได้จัดทำแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๘ "
    "และเผยแพร่บนเว็บไซต์ของหน่วยงานเพื่อให้ประชาชนสามารถเข้าถึงข้อมูลได้อย่างสะดวก"
)
PROSE_EN = "The district office publishes its annual procurement plan on its website every year."


@pytest.mark.parametrize(
    "text",
    [
        PROSE_TH,
        PROSE_EN,
        PROSE_TH + "\n" + PROSE_EN,
        "ตารางที่ 1\tจำนวน\tร้อยละ\nผู้ตอบแบบสอบถาม ชาย\t265\t36.20 %\nหญิง\t464\t63.39 %",
    ],
)
def test_quality_of_readable_text_is_high(text: str) -> None:
    assert text_quality(text) >= 0.8


def _pua(text: str) -> str:
    return text.replace("\u0e48", "\uf70a").replace("\u0e49", "\uf70b").replace("\u0e34", "\uf701")


@pytest.mark.parametrize(
    "text",
    [
        _pua(PROSE_TH) * 2,  # legacy-font glyphs
        PROSE_TH.translate({c: c + 0x80 for c in range(0x0E01, 0x0E2F)}),  # all Lao
        re.sub("([\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])", r" \1", PROSE_TH),  # orphan marks
        re.sub("([\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])", r"\n\1\n", PROSE_TH),  # marks on own lines
        PROSE_TH.replace("า", "\ufffd"),
        "(cid:12)(cid:45)(cid:77) " * 20,
        PROSE_TH.encode().decode("latin-1"),  # mojibake
        "1234 5678 ---- //// 9999 0000 ++++ ==== 1111 2222 ab",  # mostly non-letters
    ],
)
def test_quality_of_broken_text_is_low(text: str) -> None:
    assert text_quality(text) < READABLE


def test_quality_of_short_and_empty_text() -> None:
    assert text_quality("") == 0.0
    assert text_quality("   \n ") == 0.0
    assert 0.5 <= text_quality("หน้าแรก") <= 0.7
    assert text_quality("\ufffd\ufffd") < READABLE


def test_normalize_for_match() -> None:
    assert (
        normalize_for_match("  ปีงบประมาณ   พ.ศ. ๒๕๖๘\n\tE-Service ")
        == "ปีงบประมาณ พ.ศ. 2568 e-service"
    )
    assert normalize_for_match("คະແນນເລີຍ") == "คะแนนเฉลี่ย"
    assert normalize_for_match("ดําเนินการ") == normalize_for_match("ดำเนินการ")


def test_compact_for_match_ignores_random_spaces() -> None:
    clean = "รายงานผลการดำเนินงานประจำปี ๒๕๖๗"
    broken = "ราย งานผล การดํ าเนิน งานประจํ าปี 2 5 6 7"
    assert compact_for_match(broken) == compact_for_match(clean) == "รายงานผลการดำเนินงานประจำปี2567"


@given(st.text())
def test_quality_is_a_fraction_and_repair_never_raises(text: str) -> None:
    assert 0.0 <= text_quality(text) <= 1.0
    repaired = repair_extracted(text)
    assert repaired.count("\n") == text.count("\n")
    assert compact_for_match(text) == "".join(normalize_for_match(text).split())


@given(st.text(alphabet="กขคงจดตนบมยรสหอะัาำิีึืุู็่้๊๋์เแโใไ ", min_size=1))
def test_repair_keeps_clean_thai_letters(text: str) -> None:
    """Repair only moves or merges marks: the consonants stay, in order.

    (ล and ว are left out: the known-OCR-word fixes, "คะแนว" -> "คะแนน", change consonants.)
    """
    consonants = re.compile("[ก-ฮ]")
    assert consonants.findall(repair_extracted(text)) == consonants.findall(text)


@pytest.mark.parametrize(
    ("spaced", "read"),
    [
        # a heading typed letter-spaced, marks spaced too
        ("ค ู ่ ม ื อ การปฏิบัติงาน", "คู่มือ การปฏิบัติงาน"),
        # a line spaced out all along: its year and stops joined, wider gaps one space
        (" ป ร ะ จ ํ า ป ี ง บ ป ร ะ ม า ณ   พ . ศ .   ๒ ๕ ๖ ๗", " ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"),
        ("ไ ม่ มี ก า ร จั ด ซื้ อ จั ด จ้ า ง", "ไม่มีการจัดซื้อจัดจ้าง"),
        # distributed justification: a number keeps its spaces from the words
        ("ไ ต ร ม า ส ล ะ  ๑  ค รั้ ง", "ไตรมาสละ ๑ ครั้ง"),
        ("ร า ย ก า ร ต ร ว จ  ( C h e c k l i s t )", "รายการตรวจ (Checklist)"),
        # only the year spaced, after the word that names it
        ("ประจำปีงบประมาณ พ.ศ. ๒ ๕ ๖ ๗ ฝ่ายรายได้", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ฝ่ายรายได้"),
        ("ปีงบประมาณ 2 5 6 8", "ปีงบประมาณ 2568"),
        # clusters each on a line of their own
        ("ค่า\nธ\nร\nร\nม\nเนี\nย\nม", "ค่าธรรมเนียม"),
        # left alone: digits of a table, a phone number, two short words, a column of numbers
        ("ต.ค. ๖๘ ๐ ๐ ๐ ๐", "ต.ค. ๖๘ ๐ ๐ ๐ ๐"),
        ("ผลการดำเนินงาน 2 5 6 7 ราย", "ผลการดำเนินงาน 2 5 6 7 ราย"),
        ("ปี 2 5 6 7 8", "ปี 2 5 6 7 8"),
        ("โทร. ๐ ๒๔๑๓ ๑๒๖๗", "โทร. ๐ ๒๔๑๓ ๑๒๖๗"),
        ("ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๗", "ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๗"),
        ("งา น", "งา น"),
        ("๑\n๒\n๓\nก\nข", "๑\n๒\n๓\nก\nข"),
        ("มี\nมี\nไม่มี", "มี\nมี\nไม่มี"),
    ],
)
def test_letter_spaced_thai_reads_as_words(spaced: str, read: str) -> None:
    assert repair_extracted(spaced) == read
    assert repair_extracted(read) == read  # read again, nothing changes


@pytest.mark.parametrize(
    ("layer", "read"),
    [
        # a word cut at a table cell's edge; a cluster drawn on its own (its tone a PUA glyph)
        ("ราคากล\nาง\nเฉพาะเจา\nะจง", "ราคากลาง\nเฉพาะเจาะจง"),
        ("รายชื่อผู้เสนอราคาแ\nละราคาที่เสนอ", "รายชื่อผู้เสนอราคาและราคาที่เสนอ"),
        ("ค\n\uf70aา\nเ\nรื่อง", "ค\uf70aา\nเรื่อง"),
        # lines that start as lines do
        ("สำนักงานเขต\nกรุงเทพมหานคร\n๑. วัตถุประสงค์", "สำนักงานเขต\nกรุงเทพมหานคร\n๑. วัตถุประสงค์"),
    ],
)
def test_a_text_layers_line_break_inside_a_word_is_undone(layer: str, read: str) -> None:
    assert join_broken_lines(layer) == read
