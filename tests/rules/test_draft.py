"""``rules draft``: a year's rule set drafted from its manual's item table.

The seeds' item tables (seed 000: ITA 2567, 22 items; seed 004: ITA 2564, 43
items) are read from ../shared/seeds at test time and set into real PDFs here:
bordered tables whose long titles wrap inside their cells, page headers and
footers with phone numbers and dates, prose above the table. The drafts must
give back the shipped files' codes, titles and sub-indicators, and validate.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from oitwatch.cli import cli
from oitwatch.demo.documents import make_docx, make_table_pdf, make_xlsx
from oitwatch.exceptions import DraftError
from oitwatch.thai import repair_extracted
from rules import load_framework, validate_path
from rules.draft import draft_framework, propose_freshness, write_draft
from rules.models import Framework

# ../shared beside the repository (CI), or beside a folder above it (a worktree).
SEEDS = next(
    (
        p / "shared" / "seeds"
        for p in Path(__file__).resolve().parents
        if (p / "shared" / "seeds").is_dir()
    ),
    Path("../shared/seeds"),
)
HEADER = "รายงานผลการประเมินคุณธรรมและความโปร่งใส หน้า {page}"
FOOTER = "สำนักงานเขต โทร. 0 2465 0000 ต่อ 6140 ปรับปรุงเมื่อ 05 มีนาคม 2568 (หน้า {page}/9)"
PROSE = [
    "ติดต่อฝ่ายปกครอง โทร. 02 123 4567 หรือ 0 2411 0000 ในวันที่ 15 ต.ค. 2567 เวลา 09.00 น.",
    "ผลคะแนนรวม 95.45 คะแนน เพิ่มขึ้นจากปี 2566 ที่ได้ 90.12 คะแนน (ร้อยละ 05)",
]


def _seed(prefix: str) -> list[str]:
    found = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not found:
        pytest.skip(f"seed {prefix} not in {SEEDS}")
    return found[0].read_text(encoding="utf-8").splitlines()


def _table_lines(lines: list[str], first: str, last: str) -> list[str]:
    start = next(i for i, line in enumerate(lines) if line.startswith(first))
    end = next(i for i, line in enumerate(lines) if i > start and line.startswith(last))
    return lines[start : end + 1]


def _cells(line: str) -> list[str]:
    """A seed table line as (code, title, score) cells; the font draws only Thai and Latin,
    so look-alike letters of other scripts (seed 004's O23) are repaired first."""
    cells = [c.strip() for c in repair_extracted(line).split("\t")]
    if len(cells) == 2:  # seed 000: "O1. title<TAB>100.00" — the code gets its own column
        m = re.match(r"^((?:O|[0-9]+\.)[0-9]*\.?)\s+(.*)$", cells[0])
        if m:
            return [m.group(1), m.group(2), cells[1]]
        return ["", cells[0], cells[1]]
    return ([*cells, "", "", ""])[:3]


def _seed_pdf(tmp_path: Path, lines: list[str], name: str) -> Path:
    rows = [_cells(line) for line in lines if line.strip()]
    pdf = make_table_pdf(
        rows, [6, 40, 7], before=PROSE, header=HEADER, footer=FOOTER, rows_per_page=14
    )
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def _compact(text: str) -> str:
    return "".join(text.split())


def _assert_same_table(drafted: Framework, shipped: Framework) -> None:
    assert [it.code for it in drafted.items] == [it.code for it in shipped.items]
    for it in drafted.items:
        ref = shipped.item(it.code)
        # A line break inside a cell loses the space it fell on: compare without spaces.
        assert _compact(it.title_th) == _compact(ref.title_th), it.code
        sub, ref_sub = drafted.sub_indicator_of(it.code), shipped.sub_indicator_of(it.code)
        assert (sub.code, sub.title_th) == (ref_sub.code, ref_sub.title_th), it.code


def _draft(tmp_path: Path, source: Path, fid: str, base: str | None = None) -> Framework:
    draft = draft_framework(source, fid, base=load_framework(base) if base else None)
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    paths = write_draft(draft, out, source=source)
    assert paths[0] == out / f"{fid}.yaml"
    validate_path(out)  # the framework and its mapping, as `rules validate OUT` does
    return load_framework(paths[0])


def test_seed_000_table_pdf_gives_back_ita_2567(tmp_path: Path) -> None:
    lines = _table_lines(_seed("000"), "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล\t", "O22.")
    pdf = _seed_pdf(tmp_path, lines, "ita2567.pdf")
    drafted = _draft(tmp_path, pdf, "bma-2567")
    shipped = load_framework("bma-2567")
    _assert_same_table(drafted, shipped)
    assert len(drafted.items) == 22
    # Long titles did wrap in their cells: the test would prove nothing otherwise.
    assert any(len(it.title_th) > 40 for it in drafted.items)
    assert drafted.indicators[0].title_th == "การเปิดเผยข้อมูล"
    assert drafted.item("O15").freshness.kind == "monthly"  # "รายเดือน" in its title
    assert all(it.review for it in drafted.items)


def test_seed_004_table_pdf_gives_back_ita_2564_with_base(tmp_path: Path) -> None:
    lines = _table_lines(_seed("004"), "\tตัวชี้วัดย่อยที่ ๙.๑", "O๔๓")
    assert any(line.startswith("0๘") for line in lines)  # codes with a digit zero for O
    pdf = _seed_pdf(tmp_path, lines, "ita2564.pdf")
    drafted = _draft(tmp_path, pdf, "bma-2564", base="bma-2567")
    shipped = load_framework("bma-2564")
    _assert_same_table(drafted, shipped)
    assert len(drafted.items) == 43
    # The seed's table names no indicator: the base's, marked for review.
    assert [i.title_th for i in drafted.indicators] == ["การเปิดเผยข้อมูล", "การป้องกันการทุจริต"]
    assert "title_th" in drafted.indicators[0].review
    # Carried from the most alike base item, each carried field marked.
    o23 = drafted.item("O23")
    assert o23.owner == "ฝ่ายการคลัง"
    assert {e.key for e in o23.elements} >= {"form_columns"}
    assert o23.freshness.kind == "monthly"
    assert {"phrases", "elements", "owner", "fix_th"} <= set(o23.review)
    assert "bma-2567 O15" in o23.review["elements"]
    mapping = yaml.safe_load((tmp_path / "out" / "bma-2567--bma-2564.yaml").read_text("utf-8"))
    pairs = {(p["source"], p["target"]) for p in mapping["pairs"]}
    assert {("O15", "O23"), ("O8", "O17"), ("O16", "O27")} <= pairs


def test_seed_004_as_text_reads_the_table_not_the_analysis(tmp_path: Path) -> None:
    """The whole seed: tables of IIT and EIT questions, the item table, then the analysis
    repeating each code (``๐๑ โครงสร้างหน่วยงาน คะแนนเฉลี่ย ๑๐๐ คะแนน``) with HTML in cells."""
    source = tmp_path / "seed004.txt"
    source.write_text("\n".join(_seed("004")), encoding="utf-8")
    drafted = _draft(tmp_path, source, "bma-2564")
    shipped = load_framework("bma-2564")
    _assert_same_table(drafted, shipped)
    # Seed 004 writes O23 with Devanagari look-alikes; the draft has the Thai word.
    assert drafted.item("O23").title_th == shipped.item("O23").title_th


def test_docx_manual_with_descriptions_proposes_freshness(tmp_path: Path) -> None:
    table = [
        ["ข้อ", "ข้อมูล", "องค์ประกอบด้านข้อมูล"],
        ["ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน", "", ""],
        ["o1", "โครงสร้าง", "แสดงแผนผังโครงสร้างการแบ่งส่วนราชการของหน่วยงาน"],
        ["o2", "ข้อมูลผู้บริหาร", "แสดงชื่อ ตำแหน่ง รูปถ่าย และช่องทางการติดต่อของผู้บริหาร"],
        ["ตัวชี้วัดย่อยที่ 9.2 การบริหารงาน", "", ""],
        ["O๓", "แผนดำเนินงานและการใช้งบประมาณประจำปี", "แผนของปีงบประมาณ พ.ศ. 2570 (ปีงบประมาณปัจจุบัน)"],
        [
            "O 4",
            "รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ รอบ 6 เดือน",
            "ความก้าวหน้ารอบ 6 เดือนแรกของปีงบประมาณ",
        ],
        ["0๕", "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ", "ข้อมูลสรุปผลเป็นรายเดือน ทุกเดือน"],
        ["O6", "รายงานผลการจัดซื้อจัดจ้างประจำปี", "ของปีงบประมาณที่ผ่านมา เผยแพร่ภายในวันที่ 31 มกราคม"],
        ["O7", "ข่าวประชาสัมพันธ์", "ข่าวเกี่ยวกับการดำเนินงานของหน่วยงาน"],
    ]
    source = tmp_path / "manual.docx"
    source.write_bytes(
        make_docx(["คู่มือการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2570", "โทร. 0 2141 0000"], table=table)
    )
    drafted = _draft(tmp_path, source, "agency-2570")
    assert [it.code for it in drafted.items] == [f"O{n}" for n in range(1, 8)]
    assert drafted.assessment_year == 2570
    assert drafted.sub_indicator_of("O2").title_th == "ข้อมูลพื้นฐาน"
    assert drafted.sub_indicator_of("O4").code == "9.2"
    kinds = {it.code: it.freshness for it in drafted.items}
    assert kinds["O1"].kind == "standing"
    assert kinds["O3"].kind == "current_fy"
    assert kinds["O4"].kind == "half_year"
    assert kinds["O5"].kind == "monthly"
    assert kinds["O6"].kind == "previous_fy" and kinds["O6"].deadline == "01-31"
    assert kinds["O7"].kind == "recent"
    assert "รูปถ่าย" in drafted.item("O2").note  # the manual's description is kept
    assert "freshness" in drafted.item("O6").review


def test_manual_pdf_with_a_bullet_description_column(tmp_path: Path) -> None:
    """A manual's table as NACC prints it: code, title, what to publish (bullets), no score;
    titles and descriptions wrap in their cells, one sub-indicator's codes start at O10."""
    rows = [
        ["ข้อ", "ข้อมูล", "องค์ประกอบด้านข้อมูล"],
        ["ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน", "", ""],
        ["o1", "โครงสร้าง", "• แสดงแผนผังโครงสร้างการแบ่งส่วนราชการของหน่วยงาน • แสดงตำแหน่งที่สำคัญ"],
        ["o2", "ข้อมูลผู้บริหาร", "• แสดงชื่อ-นามสกุล ตำแหน่ง รูปถ่าย และช่องทางการติดต่อของผู้บริหาร"],
        [
            "o3",
            "แผนพัฒนาหน่วยงานหรือแผนยุทธศาสตร์หรือแผนปฏิบัติราชการระยะยาว",
            "• ระยะเวลาของแผนครอบคลุมปีงบประมาณปัจจุบัน",
        ],
        ["ตัวชี้วัดย่อยที่ 9.2 การบริหารงาน", "", ""],
        ["o10", "แผนการใช้จ่ายงบประมาณประจำปี", "• แสดงแผนการใช้จ่ายงบประมาณประจำปี พ.ศ. 2570"],
        [
            "o11",
            "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ",
            "• แสดงความก้าวหน้า รอบ 6 เดือนแรก ของปีงบประมาณ",
        ],
        ["o12", "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน", "• แสดงผลการจัดซื้อจัดจ้างเป็นรายเดือน"],
        [
            "o13",
            "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี",
            "• ของปีงบประมาณที่ผ่านมา เผยแพร่ภายในวันที่ 31 มกราคม",
        ],
    ]
    source = tmp_path / "manual-2570.pdf"
    source.write_bytes(
        make_table_pdf(
            rows, [5, 22, 40], before=PROSE, header=HEADER, footer=FOOTER, rows_per_page=6
        )
    )
    drafted = _draft(tmp_path, source, "school-2570")
    assert [(it.code, it.title_th) for it in drafted.items] == [
        (row[0].upper(), row[1]) for row in rows if row[0].startswith("o")
    ]
    kinds = {it.code: it.freshness.kind for it in drafted.items}
    assert kinds == {
        "O1": "standing",
        "O2": "standing",
        "O3": "current_fy",
        "O10": "current_fy",
        "O11": "half_year",
        "O12": "monthly",
        "O13": "previous_fy",
    }
    assert drafted.item("O13").freshness.deadline == "01-31"
    assert "ช่องทางการติดต่อของผู้บริหาร" in drafted.item("O2").note  # wrapped lines joined
    assert drafted.sub_indicator_of("O10").title_th == "การบริหารงาน"


def test_docx_headings_between_tables(tmp_path: Path) -> None:
    """Sub-indicator headings as paragraphs, one table of items under each."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("คู่มือการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2570")
    for heading, rows in (
        ("ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน", [("O1", "โครงสร้าง"), ("O2", "ข้อมูลผู้บริหาร")]),
        ("ตัวชี้วัดย่อยที่ 9.2 การบริหารงาน", [("O3", "แผนดำเนินงาน\nประจำปี"), ("O4", "คู่มือ")]),
        ("ตัวชี้วัดย่อยที่ 10.1 การป้องกันการทุจริต", [("O5", "เจตจำนงสุจริต")]),
    ):
        doc.add_paragraph(heading)
        table = doc.add_table(rows=0, cols=2)
        for code, title in rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = code, title
    buf = io.BytesIO()
    doc.save(buf)
    source = tmp_path / "manual.docx"
    source.write_bytes(buf.getvalue())
    drafted = _draft(tmp_path, source, "agency-2570")
    subs = {it.code: drafted.sub_indicator_of(it.code).code for it in drafted.items}
    assert subs == {"O1": "9.1", "O2": "9.1", "O3": "9.2", "O4": "9.2", "O5": "10.1"}
    assert drafted.item("O3").title_th == "แผนดำเนินงานประจำปี"  # two lines in one cell
    assert [i.code for i in drafted.indicators] == ["9", "10"]


def test_xlsx_item_list(tmp_path: Path) -> None:
    rows = [
        ["ลำดับ", "รหัส", "ชื่อรายการ", "คำอธิบาย"],
        [1, "O๑", "ข้อมูลการติดต่อ", "ที่อยู่ หมายเลขโทรศัพท์ อีเมล แผนที่"],
        [2, "O๒", "แผนปฏิบัติราชการประจำปี", "ของปีงบประมาณปัจจุบัน"],
        [3, "O๓", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", ""],
    ]
    source = tmp_path / "items.xlsx"
    source.write_bytes(make_xlsx({"OIT 2570": rows}))
    drafted = _draft(tmp_path, source, "school-2570", base="bma-2567")
    assert [(it.code, it.title_th) for it in drafted.items] == [
        ("O1", "ข้อมูลการติดต่อ"),
        ("O2", "แผนปฏิบัติราชการประจำปี"),
        ("O3", "สรุปผลการจัดซื้อจัดจ้างรายเดือน"),
    ]
    assert drafted.item("O2").freshness.kind == "current_fy"
    assert drafted.item("O3").owner == "ฝ่ายการคลัง"  # carried from bma-2567 O15


def test_text_with_noise_and_wrapped_titles(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "คู่มือการตรวจ OIT ประจำปี ๒๕๗๐ โทร. ๐ ๒๒๗๗ ๑๙๘๑ วันที่ ๐๕ มีนาคม ๒๕๖๙",
            "ราคา 0.15 บาท เวลา ๐๙.๐๐ น. ครั้งที่ 01 ประจำปี",
            "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล",
            "ตัวชี้วัดย่อยที่ ๙.๑ ข้อมูลพื้นฐาน",
            "O๑ โครงสร้างหน่วยงาน",
            "o2. ข้อมูลผู้บริหาร",
            "O 3 อำนาจหน้าที่",
            "",
            "- ๒ -",
            "คู่มือการตรวจ OIT ประจำปี ๒๕๗๐",
            "O-4 แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน (",
            "ระยะ ๕ ปี)",
            "ตัวชี้วัดย่อยที่ ๙.๒ การบริหารงาน",
            "0๕ คู่มือหรือมาตรฐานการปฏิบัติงาน",
            "",
            "- ๓ -",
            "คู่มือการตรวจ OIT ประจำปี ๒๕๗๐",
            "หมายเหตุ O5 ต้องมีครบทุกฝ่าย โทรสอบถาม 02 123 4567",
        ]
    )
    source = tmp_path / "manual.txt"
    source.write_text(text, encoding="utf-8")
    drafted = _draft(tmp_path, source, "agency-2570")
    assert [(it.code, it.title_th) for it in drafted.items] == [
        ("O1", "โครงสร้างหน่วยงาน"),
        ("O2", "ข้อมูลผู้บริหาร"),
        ("O3", "อำนาจหน้าที่"),
        ("O4", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน (ระยะ ๕ ปี)"),
        ("O5", "คู่มือหรือมาตรฐานการปฏิบัติงาน"),
    ]
    assert drafted.sub_indicator_of("O4").code == "9.1"
    assert drafted.sub_indicator_of("O5").code == "9.2"


def test_cells_side_by_side_on_one_line(tmp_path: Path) -> None:
    """A PDF whose cells share a baseline comes out as one line per row: code, title, • description."""
    source = tmp_path / "manual.txt"
    source.write_text(
        "ตัวชี้วัดย่อย 9.1 ข้อมูลพื้นฐาน\n"
        "O1 โครงสร้าง • แสดงแผนผังโครงสร้างการแบ่ง\n"
        "ส่วนราชการของหน่วยงาน\n"
        "O2 ข้อมูลผู้บริหาร • แสดงชื่อ ตำแหน่ง รูปถ่าย\n"
        "O3 สรุปผลการจัดซื้อจัดจ้าง • ข้อมูลสรุปผลการจัดซื้อจัดจ้างรายเดือน\n",
        encoding="utf-8",
    )
    drafted = _draft(tmp_path, source, "agency-2570")
    assert [it.title_th for it in drafted.items] == [
        "โครงสร้าง",
        "ข้อมูลผู้บริหาร",
        "สรุปผลการจัดซื้อจัดจ้าง",
    ]
    assert "แสดงแผนผังโครงสร้างการแบ่งส่วนราชการของหน่วยงาน" in drafted.item("O1").note
    assert drafted.item("O3").freshness.kind == "monthly"
    assert drafted.sub_indicator_of("O1").code == "9.1"


def test_no_item_table_fails_and_writes_nothing(tmp_path: Path) -> None:
    source = tmp_path / "letter.txt"
    source.write_text("\n".join([*PROSE, "เรื่อง ขอเชิญประชุม", "1. ข้อมูลทั่วไป"]), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["rules", "draft", str(source), "--id", "x-2570", "--out", str(out)]
    )
    assert result.exit_code != 0
    assert "no item table found in letter.txt" in result.output
    assert "O1..O99" in result.output
    assert "Traceback" not in result.output
    assert not out.exists()
    with pytest.raises(DraftError):
        draft_framework(source, "x-2570")


def test_cli_draft_then_validate_and_show_name_the_review(tmp_path: Path) -> None:
    lines = _table_lines(_seed("000"), "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล\t", "O22.")
    pdf = _seed_pdf(tmp_path, lines, "ita2567.pdf")
    out = tmp_path / "drafts"
    runner = CliRunner()
    result = runner.invoke(
        cli,
        ["rules", "draft", str(pdf), "--id", "bma-2570", "--base", "bma-2564", "--out", str(out)],
    )
    assert result.exit_code == 0, result.output
    assert "22 รายการ" in result.output
    assert (out / "bma-2570.yaml").is_file() and (out / "bma-2564--bma-2570.yaml").is_file()
    shown = runner.invoke(cli, ["rules", "validate", str(out)])
    assert shown.exit_code == 0, shown.output
    assert "รอตรวจทาน (needs review) bma-2570" in shown.output
    one = runner.invoke(cli, ["rules", "show", str(out / "bma-2570.yaml"), "O๑๕"])
    assert one.exit_code == 0, one.output
    assert "รอตรวจทาน (needs review):" in one.output and "freshness:" in one.output
    # A person reviews: with the review notes gone, validate has nothing left to say.
    data = yaml.safe_load((out / "bma-2570.yaml").read_text("utf-8"))
    data.pop("review")
    for ind in data["indicators"]:
        ind.pop("review", None)
        for sub in ind["sub_indicators"]:
            sub.pop("review", None)
            for item in sub["items"]:
                item.pop("review")
    (out / "bma-2570.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    clean = runner.invoke(cli, ["rules", "validate", str(out / "bma-2570.yaml")])
    assert clean.exit_code == 0 and "รอตรวจทาน" not in clean.output


def test_out_file_must_be_named_after_the_id(tmp_path: Path) -> None:
    source = tmp_path / "manual.txt"
    source.write_text("O1 โครงสร้าง\nO2 ผู้บริหาร\nO3 อำนาจหน้าที่\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["rules", "draft", str(source), "--id", "x-2570", "--out", str(tmp_path / "y.yaml")]
    )
    assert result.exit_code != 0 and "x-2570.yaml" in result.output
    assert not (tmp_path / "y.yaml").exists()


def test_review_must_name_a_field() -> None:
    data = load_framework("bma-2567").model_dump(mode="json")
    data["indicators"][0]["sub_indicators"][0]["items"][0]["review"] = {"nosuch": "why"}
    with pytest.raises(ValueError, match="review names no field"):
        Framework.model_validate(data)


@pytest.mark.parametrize(
    ("description", "kind"),
    [
        ("ข้อมูลของปีงบประมาณปัจจุบัน", "current_fy"),
        ("รายงานของปีที่ผ่านมา", "previous_fy"),
        ("สรุปผลรายเดือน", "monthly"),
        ("รายงานรอบ ๖ เดือนแรก", "half_year"),
        ("เผยแพร่ภายในวันที่ ๓๑ มกราคม", "previous_fy"),
        ("แผนผังโครงสร้าง", "standing"),
    ],
)
def test_freshness_words(description: str, kind: str) -> None:
    fresh, why = propose_freshness("รายการ", description)
    assert fresh["kind"] == kind
    assert why
