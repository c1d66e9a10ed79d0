"""Dictionary-guided repair of Thai text layers, OCR years, quality by real words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from oitwatch.thai import READABLE, text_quality
from oitwatch.thai.ocrfix import fix_ocr_years
from oitwatch.thai.repair import language_share
from oitwatch.thai.wordfix import repair_ocr, repair_words

SEED = Path(__file__).parent / "data" / "seed_paragraphs.txt"


@pytest.mark.parametrize(
    ("layer", "fixed", "kind"),
    [
        # Word 2007/2013: the nikhahit of ำ is lost
        ("คาสั่งสานักงานสาธารณสุขอาเภอหนองใหญ่", "คำสั่งสำนักงานสาธารณสุขอำเภอหนองใหญ่", "sara_am_lost"),
        ("ประจาปีงบประมาณ พ.ศ. ๒๕๖๔", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๔", "sara_am_lost"),
        ("นโยบายกากับดูแลองค์กรที่ดี", "นโยบายกำกับดูแลองค์กรที่ดี", "sara_am_lost"),
        # PowerPoint / Word 2019: every า exported as ำ (real ำ kept)
        ("ควำมพึงพอใจด้ำนสุขภำพ", "ความพึงพอใจด้านสุขภาพ", "sara_aa_as_am"),
        ("ผู้อำนวยกำรโรงพยำบำลพิชัย", "ผู้อำนวยการโรงพยาบาลพิชัย", "sara_aa_as_am"),
        ("นำยแพทย์ชำนำญกำร", "นายแพทย์ชำนาญการ", "sara_aa_as_am"),
        # Canva: Latin letters where tone marks belong
        ("แผนปฏิบัติราชการดlานการปgองกัน", "แผนปฏิบัติราชการด้านการป้องกัน", "latin_tone"),
        ("รkวมตlานทุจริต", "ร่วมต้านทุจริต", "latin_tone"),
        # a space inside a word, after its mark
        ("ชลบุรีเป็ นผู้นำ", "ชลบุรีเป็นผู้นำ", "space_in_word"),
    ],
)
def test_systematic_faults_are_repaired(layer: str, fixed: str, kind: str) -> None:
    text, repairs = repair_words(layer)
    assert text == fixed
    assert repairs.get(kind, 0) >= 1


def test_correct_text_is_never_touched() -> None:
    text = SEED.read_text(encoding="utf-8")
    assert repair_words(text) == (text, {})
    for clean in ("ผู้นำชุมชน คำสั่ง ทาสีบ้าน การทำงานเป็นทีม"):
        assert repair_words(clean)[0] == clean


def test_repair_keeps_lines_and_latin_words() -> None:
    layer = "Teamwork and Talent การทางานเป็ นทีม\nHDC ทุกเดือน"
    text, _ = repair_words(layer)
    assert text == "Teamwork and Talent การทำงานเป็นทีม\nHDC ทุกเดือน"


GARBAGE = (
    "AQUIIYNIT Tawervraiidy Sunaiidy Soningaaiind Ins o-€éedn-ogoo ai via 7 "
    "Vi an comm.mod/aaco au oe SUTIAN lwédel 1288 vsayqnorirtoyaiuguvedswneuiante "
    "wmeunsdoumeiulesivedseneuiatite usediteuusewn bes Beu Aduwnrslsewewiatite "
    "rJ:ynroiy u.r6'u INAVWITIMS Wlogeo 1A ol IAT & HhuualymhusnuiimsMumnasns naln vena"
)


def test_an_english_ocr_layer_of_a_thai_page_is_unreadable() -> None:
    assert text_quality(GARBAGE) < READABLE
    english = "The district office publishes its annual procurement plan on its website."
    assert text_quality(english) >= 0.9
    assert language_share("สำนักงานเขต ITA MOIT ประจำปีงบประมาณ") == 1.0


def test_quality_is_the_share_of_real_words() -> None:
    prose = "สำนักงานเขตได้จัดทำแผนปฏิบัติราชการประจำปีงบประมาณ และเผยแพร่บนเว็บไซต์ของหน่วยงาน"
    assert text_quality(prose) >= 0.95
    assert text_quality("ขฃฅฆซฌญฎฏฐฑฒณ ฤฦฬฮฯ ฃฅฆ ซฌญฎ ฏฐฑฒ ขฃฅฆซฌ") < READABLE


@pytest.mark.parametrize(
    ("read", "expected", "kind"),
    [
        ("ประจำปีงบประมาณ ๒๕๒๕", "ประจำปีงบประมาณ ๒๕๖๘", "ocr_year_fixed"),  # ๖→๒, ๘→๕
        ("ปีงบประมาณ 2520", "ปีงบประมาณ 2568", "ocr_year_fixed"),
        ("ลงวันที่ ๑ มกราคม ๒๔๐๐", "ลงวันที่ ๑ มกราคม ๒๔??", "ocr_year_unreliable"),
        ("พ.ศ. ๒๕๖๐ และ ๒๕๖๗", "พ.ศ. ๒๕๖๐ และ ๒๕๖๗", None),  # plausible years are kept
    ],
)
def test_ocr_years(read: str, expected: str, kind: str | None) -> None:
    text, counts = fix_ocr_years(read, date(2025, 1, 15))  # fiscal year 2568
    assert text == expected
    assert counts == ({kind: 1} if kind else {})


@pytest.mark.parametrize(
    ("read", "hints", "expected"),
    [
        # ๒๕๖๔ in a typeface Tesseract reads ๔ as ๕ in: ๒๕๖๔ or ๒๕๖๕, left open alone
        ("ประจำปีงบประมาณ พ.ศ. ๒๕๒๕", (), "ประจำปีงบประมาณ พ.ศ. ๒๕??"),
        # the fiscal year's span read clearly (ตุลาคม ๒๕๖๓ from ๒๕๒๓) settles it
        (
            "ประจำปีงบประมาณ ๒๕๒๕ (๑ ตุลาคม ๒๕๒๓ - ๓๐ กันยายน ๒๕๒๕)",
            (),
            "ประจำปีงบประมาณ ๒๕๖๔ (๑ ตุลาคม ๒๕๖๓ - ๓๐ กันยายน ๒๕๖๔)",
        ),
        # so does the year the file's name states, when it is one of the readings
        ("ประจำปีงบประมาณ พ.ศ. ๒๕๒๕", (2564,), "ประจำปีงบประมาณ พ.ศ. ๒๕๖๔"),
        ("ประจำปีงบประมาณ พ.ศ. ๒๕๒๕", (2560,), "ประจำปีงบประมาณ พ.ศ. ๒๕??"),
        # a year with one near reading needs no help: last year's report stays last year's
        ("ประจำปีงบประมาณ พ.ศ. ๒๕๒๓", (2564,), "ประจำปีงบประมาณ พ.ศ. ๒๕๖๓"),
    ],
)
def test_an_ocr_year_with_two_readings_is_settled_by_the_document_or_masked(
    read: str, hints: tuple[int, ...], expected: str
) -> None:
    text, _ = fix_ocr_years(read, date(2021, 7, 15), hints)  # fiscal year 2564
    assert text == expected


@pytest.mark.parametrize(
    ("read", "fixed", "kind"),
    [
        ("บนทกขอความ", "บันทึกข้อความ", "ocr_marks"),  # marks OCR dropped
        ("วนท ๑๙", "วันที่ ๑๙", "ocr_marks"),
        ("ขอรายงานผลการจัดชื้อจัดจ้าง", "ขอรายงานผลการจัดซื้อจัดจ้าง", "ocr_letter"),
    ],
)
def test_ocr_misreadings_are_repaired(read: str, fixed: str, kind: str) -> None:
    text, repairs = repair_ocr(read)
    assert text == fixed
    assert repairs.get(kind, 0) >= 1


def test_ocr_repair_barely_touches_good_prose() -> None:
    """On 17,000 characters of clean prose: the misspelt ชักซ้อม (ซักซ้อม) and one loan word."""
    text = SEED.read_text(encoding="utf-8")
    fixed, repairs = repair_ocr(text)
    assert repairs == {"ocr_letter": 3}
    assert fixed.count("ซักซ้อม") == text.count("ซักซ้อม") + 2
