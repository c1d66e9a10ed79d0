"""``oitwatch sites import FILE.csv``: thousands of sites, bad rows refused by line, the rest kept."""

from __future__ import annotations

import time
from pathlib import Path

from click.testing import CliRunner

from schedules.cli import sites as sites_group
from schedules.registry import load_registry, registry_path

HEADER = "key,name_th,name_en,url,framework,code,owners,coordinator\n"


def _import(settings, path: Path, *extra: str):
    return CliRunner().invoke(
        sites_group, ["import", str(path), "--data-dir", str(settings.data_dir), *extra]
    )


def test_bad_rows_are_refused_by_line_number_and_the_rest_imported(settings, tmp_path) -> None:
    rows = [
        # line 2: good, Thai digits in the code, two owners of one unit and another unit
        "tambon-a,อบต.ตัวอย่างเอ,Tambon A,https://a.example.go.th/,bma-2567,๑๒๓๔,"
        '"ฝ่ายปกครอง=a@a.go.th; ฝ่ายปกครอง=b@a.go.th; กองคลัง=c@a.go.th",oit@a.go.th',
        # line 3: not an http(s) URL
        "tambon-b,อบต.บี,,ftp://b.example.go.th/,,,,",
        # line 4: bad key
        "Tambon C!,อบต.ซี,,https://c.example.go.th/,,,,",
        # line 5: unknown framework
        "tambon-d,อบต.ดี,,https://d.example.go.th/,ita-9999,,,",
        # line 6: an owner that is not UNIT=EMAIL
        "tambon-e,อบต.อี,,https://e.example.go.th/,,,กองคลัง,",
        # line 7: a key repeated from line 2
        "tambon-a,ซ้ำ,,https://dup.example.go.th/,,,,",
        # line 8: too many cells
        "tambon-f,อบต.เอฟ,,https://f.example.go.th/,,,,,extra",
        # line 9: empty Thai name
        "tambon-g,,,https://g.example.go.th/,,,,",
        # line 10: a quoted name across two lines; Thai digits in the key
        'tambon-๑๐,"อบต.สิบ\nหมู่ ๒",,https://h.example.go.th/x/,,,,',
        # line 12: a bad e-mail of the coordinator
        "tambon-i,อบต.ไอ,,https://i.example.go.th/,,,,not-an-email",
    ]
    path = tmp_path / "sites.csv"
    path.write_bytes(("\ufeff" + HEADER + "\n".join(rows) + "\n").encode())  # with Excel's BOM
    res = _import(settings, path)
    assert res.exit_code == 1, res.output
    errors = [line for line in res.stderr.splitlines() if line]
    assert [e.split(": ")[1] for e in errors] == [
        "line 3",
        "line 4",
        "line 5",
        "line 6",
        "line 7",
        "line 8",
        "line 9",
        "line 12",
    ]
    assert "not an http(s) URL" in errors[0]
    assert "bad key" in errors[1]
    assert "ita-9999" in errors[2]
    assert "UNIT=EMAIL" in errors[3]
    assert "already on line 2" in errors[4]
    assert "9 cells" in errors[5]
    assert "name_th" in errors[6]
    assert "not an e-mail" in errors[7]
    assert "imported 2 site(s) (2 new, 0 updated); refused 8 row(s)" in res.stdout

    registry = load_registry(settings)
    a = registry.site("tambon-a")
    assert (a.name_th, a.code, a.url, a.framework) == (
        "อบต.ตัวอย่างเอ",
        "1234",
        "https://a.example.go.th/",
        "bma-2567",
    )
    assert a.owners == {"ฝ่ายปกครอง": ["a@a.go.th", "b@a.go.th"], "กองคลัง": ["c@a.go.th"]}
    assert a.coordinator == "oit@a.go.th"
    assert registry.site("tambon-10").name_th == "อบต.สิบ\nหมู่ ๒"
    assert "tambon-b" not in registry.sites
    assert len(registry.sites) == 52  # the 50 bundled districts kept


def test_a_bad_header_refuses_the_file_in_one_line(settings, tmp_path) -> None:
    path = tmp_path / "sites.csv"
    path.write_text("key,name,url\nx,y,https://x.go.th/\n", encoding="utf-8")
    res = _import(settings, path)
    assert res.exit_code == 1 and len(res.output.splitlines()) == 1
    assert "line 1: unknown column(s) 'name'; missing column(s) name_th" in res.output
    assert "Traceback" not in res.output
    assert not registry_path(settings).exists() or "x" not in load_registry(settings).sites


def test_thousands_of_sites_import_and_update_in_seconds(settings, tmp_path) -> None:
    path = tmp_path / "many.csv"
    lines = [
        f"agency-{n},หน่วยงาน {n},Agency {n},https://h{n % 40}.example.go.th/a{n}/,bma-2567,"
        f"{n},กองคลัง=k{n}@example.go.th,"
        for n in range(2000)
    ]
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    t0 = time.monotonic()
    res = _import(settings, path)
    assert res.exit_code == 0, res.output
    assert "imported 2000 site(s) (2000 new, 0 updated); refused 0 row(s)" in res.output
    res = _import(settings, path, "--dry-run")
    assert "would import 2000 site(s) (0 new, 2000 updated)" in res.output
    assert time.monotonic() - t0 < 60
    registry = load_registry(settings)
    assert len(registry.by_host()) == 40 + 1  # 40 agency hosts and the bundled districts' one
    assert registry.site("agency-1999").owners == {"กองคลัง": ["k1999@example.go.th"]}
