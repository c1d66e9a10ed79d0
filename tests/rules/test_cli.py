"""``oitwatch rules`` through click's runner: list, show, validate."""

from __future__ import annotations

from click.testing import CliRunner

from oitwatch.cli import cli


def _run(*args: str) -> str:
    result = CliRunner().invoke(cli, ["rules", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_list_both_frameworks() -> None:
    lines = _run("list").splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("bma-2564") and "43" in lines[0] and "2564" in lines[0]
    assert (
        lines[1].startswith("bma-2567")
        and "22" in lines[1]
        and "แบบตรวจการเปิดเผยข้อมูลสาธารณะ" in lines[1]
    )


def test_show_framework_groups_by_sub_indicator() -> None:
    out = _run("show", "bma-2567")
    assert out.index("9.3 การบริหารเงินงบประมาณ") < out.index("O15") < out.index("9.4")
    assert "10.1 การดำเนินการเพื่อป้องกันการทุจริต" in out
    assert out.count("\n    O") == 22


def test_show_item_o15() -> None:
    out = _run("show", "bma-2567", "O15")
    assert "ประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้าง และ สรุปผลการจัดซื้อจัดจ้างรายเดือน" in out
    assert "Procurement announcements and monthly procurement summaries" in out
    assert "ฝ่ายการคลัง" in out
    for column in ("ราคากลาง", "เหตุผลที่คัดเลือก", "เลขที่และวันที่"):
        assert column in out
    assert "ครบทั้ง 7" in out
    assert "freshness, monthly" in out and "รายเดือน" in out and "ไม่มีการจัดซื้อจัดจ้าง" in out


def test_show_item_accepts_thai_digits_and_lower_case() -> None:
    expected = _run("show", "bma-2567", "O15")
    assert _run("show", "bma-2567", "O๑๕") == expected
    assert _run("show", "bma-2567", "o15") == expected


def test_show_item_2564_o24_deadline_and_egp_note() -> None:
    out = _run("show", "bma-2564", "O24")
    assert "31 มกราคม" in out and "31 January" in out
    out = _run("show", "bma-2564", "O21")
    assert "e-GPBMA" in out and "unverified" in out


def test_show_unknown_item_and_framework_fail_in_one_line() -> None:
    for args in (["show", "bma-2567", "O30"], ["show", "bma-2567", "ABC"], ["show", "bma-1999"]):
        result = CliRunner().invoke(cli, ["rules", *args])
        assert result.exit_code != 0, args
        assert "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1, result.output


def test_validate_default() -> None:
    out = _run("validate")
    assert "ok  bma-2564: 43 items" in out and "ok  bma-2567: 22 items" in out
    assert "ok  mapping bma-2564--bma-2567" in out
