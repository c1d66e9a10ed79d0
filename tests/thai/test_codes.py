"""Item codes: spellings from the seeds, and numbers that must not become codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from oitwatch.thai import CodeMatch, find_codes, normalize_code

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("token", "code"),
    [
        ("O15", "O15"),
        ("O๑๕", "O15"),
        ("0๑๕", "O15"),
        ("๐๑๒", "O12"),
        ("o15", "O15"),
        ("O 15", "O15"),
        ("O-15", "O15"),
        ("O.15", "O15"),
        (" O1. ", "O1"),
        ("O๐๑", "O1"),
        ("Ｏ１５", "O15"),  # full width
        ("O99", "O99"),
    ],
)
def test_normalize_code_accepts(token: str, code: str) -> None:
    assert normalize_code(token) == code


@pytest.mark.parametrize(
    "token",
    ["O100", "O 370", "O ๓๗๐", "O0", "0.15", "0-15", "0 15", "2567", "๒๕๖๗", "15", "OK", "", "E๑๕"],
)
def test_normalize_code_rejects(token: str) -> None:
    assert normalize_code(token) is None


def codes(text: str) -> list[str]:
    return [c.code for c in find_codes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # seed 000
        ("9.1. ข้อมูลพื้นฐาน\t100.00\nO1. ข้อมูลพื้นฐานของสำนักงานเขต\t100.00", ["O1"]),
        ("จำนวน 1 หัวข้อ ได้แก่ O15 สรุปผลการจัดซื้อจัดจ้าง", ["O15"]),
        ("O1 - O17 (95 คะแนน)", ["O1", "O17"]),
        # seed 002
        ("<p>O๒๗ แนวทางการปฏิบัติในการใช้ดุลยพินิจ", ["O27"]),
        # seed 004: letter O, digit zero and Thai zero all stand for the letter
        ("ข้อมูลพื้นฐาน\t\nO๑\tโครงสร้างหน่วยงาน\t๑๐๐\nO๒\tข้อมูลผู้บริหาร\t๑๐๐", ["O1", "O2"]),
        ("การปฏิสัมพันธ์ข้อมูล\t\n0๘\tQ&A\t๑๐๐\n0๙\tSocial Network\t๑๐๐", ["O8", "O9"]),
        ("ประจำปี\t๑๐๐\n0๑๑\tรายงานการกำกับติดตามการดำเนินงาน", ["O11"]),
        ("<p>๐๑๒ รายงานผลการดำเนินงานประจำปี คะแนนเฉลี่ย ๑๐๐ คะแนน</p>", ["O12"]),
        ("ผู้รับผิดชอบ\n๐๑ โครงสร้างหน่วยงาน คะแนนเฉลี่ย", ["O1"]),
        ("ความโปร่งใสภายใน หน่วยงาน (ข้อ ๐๔๒) มีรายละเอียด", ["O42"]),
        ("01 รายงานการประชุม", ["O1"]),
        ("item o15 and O-16 and O.17", ["O15", "O16", "O17"]),
    ],
)
def test_find_codes_in_seed_lines(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ปีงบประมาณ 2567 และ พ.ศ. ๒๕๖๗",
        "โทร 02 123 4567",
        "โทร. 0-2465-1234",
        "โทร. ๐ ๒๒๐๓ ๒๖๖๓ หรือ ๐ ๒๒๗๗ ๑๙๘๑",  # seeds 002 and 004
        "โทร ๐๒ ๒๗๗ ๑๙๘๑",
        "วงเงิน 1,050,000.00 บาท ร้อยละ 0.41 และ 0.50 บาท",
        "ตัวชี้วัดย่อย 10.1 และ 9.1.2",
        "เลขที่ 1005 และ 2015 และ 100.00",
        "ห้องหมายเลข 467 080 027 052 รหัสผ่าน",  # seed 002
        "เวลา ๐๙.๐๐ - ๑๖.๐๐ น.",  # seed 002
        "วันที่ ๐๕ มีนาคม ๒๕๖๗ และ 01 ต.ค. 67",
        "จำนวน 05 คน",
        "หัวข้อ O10.1 ย่อย",
        "PO15 and O150 and Office",
    ],
)
def test_find_codes_ignores_numbers(text: str) -> None:
    assert codes(text) == []


def test_spans_point_at_the_code() -> None:
    text = "ได้แก่ O๑๕ และ 0๑๖ ข้อมูล"
    found = find_codes(text)
    assert found == [CodeMatch("O15", 7, 10), CodeMatch("O16", 15, 18)]
    assert [text[c.start : c.end] for c in found] == ["O๑๕", "0๑๖"]


def test_seed_004_lists_o1_to_o43() -> None:
    """Seed 004's corrupted lines (all spellings mixed) name codes O12, O21, O22, O23, O43."""
    lines = (DATA / "seed_lao_lines.txt").read_text(encoding="utf-8").splitlines()
    firsts = [find_codes(line)[0].code for line in lines if find_codes(line)]
    assert {"O12", "O21", "O22", "O23", "O43"} <= set(firsts)
    assert all(1 <= int(c.code[1:]) <= 43 for line in lines for c in find_codes(line))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ข้อ ๑๕ ข้อมูลเชิงสถิติการให้บริการ", "O15"),
        ("ข้อที่ 15 ข้อมูลเชิงสถิติ", "O15"),
        ("(ข้อ ๓๕) การมีส่วนร่วมของผู้บริหาร", "O35"),
    ],
)
def test_an_index_row_numbered_as_a_clause_names_its_item(text: str, code: str) -> None:
    assert [c.code for c in find_codes(text, clauses=True)] == [code]
    assert find_codes(text) == []  # in running text a clause is a rule's, not an item


@pytest.mark.parametrize(
    "text", ["ตามข้อ 15 ของระเบียบ", "ข้อ 1.2 การจัดซื้อ", "ข้อ ๕ มีนาคม", "ข้อ 3 คน", "ข้อ 150 ก"]
)
def test_clause_numbers_that_are_no_item(text: str) -> None:
    assert find_codes(text, clauses=True) == []
