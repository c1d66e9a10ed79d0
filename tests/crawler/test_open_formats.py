"""Open formats over real HTTP: ODT/ODS, CSV in every Thai encoding, ZIP archives whose members
are documents of their own, a truncated ZIP and a zip bomb."""

from __future__ import annotations

import io
import urllib.parse
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from sqlalchemy import select

from checklist.snapshot import latest_crawl_to_judge, load_snapshot
from crawler import run_crawl
from crawler.extract import detect_format
from crawler.extract.archive import MAX_ARCHIVE_MEMBERS, MAX_RATIO
from crawler.urls import document_name, member_url, split_member
from oitwatch.demo.documents import make_pdf, make_xlsx
from oitwatch.devserver import SiteServer
from oitwatch.settings import Settings
from oitwatch.store import Content, ContentMember, Fetch, Site, open_store
from oitwatch.store.prune import prune

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" office:version="1.2"'
)


def _odf(mimetype: str, body: str, title: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # stored, first, as the spec asks
        zf.writestr(
            "content.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>'
            f"<office:body>{body}</office:body></office:document-content>",
            zipfile.ZIP_DEFLATED,
        )
        zf.writestr(
            "meta.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {_NS}><office:meta>'
            f"<dc:title>{escape(title)}</dc:title></office:meta></office:document-meta>",
        )
        zf.writestr("META-INF/manifest.xml", "<manifest/>")
    return buf.getvalue()


def make_odt(title: str, paragraphs: list[str]) -> bytes:
    """A text document: a heading, then paragraphs (``text:s`` for a run of spaces)."""
    spaces = '<text:s text:c="2"/>'
    paras = "".join(f"<text:p>{escape(p).replace('  ', spaces)}</text:p>" for p in paragraphs)
    return _odf(
        "application/vnd.oasis.opendocument.text",
        f'<office:text><text:h text:outline-level="1">{escape(title)}</text:h>{paras}'
        "</office:text>",
        title,
    )


def make_ods(sheets: dict[str, list[list[str]]]) -> bytes:
    """A spreadsheet as LibreOffice writes it: trailing columns and rows repeated by the
    thousand."""
    tables = []
    for name, rows in sheets.items():
        xml_rows = "".join(
            "<table:table-row>"
            + "".join(
                f'<table:table-cell office:value-type="string"><text:p>{escape(c)}</text:p>'
                "</table:table-cell>"
                for c in row
            )
            + '<table:table-cell table:number-columns-repeated="1000"/></table:table-row>'
            for row in rows
        )
        xml_rows += (
            '<table:table-row table:number-rows-repeated="1048000">'
            '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
        )
        tables.append(f'<table:table table:name="{escape(name)}">{xml_rows}</table:table>')
    return _odf(
        "application/vnd.oasis.opendocument.spreadsheet",
        f"<office:spreadsheet>{''.join(tables)}</office:spreadsheet>",
        "",
    )


def make_odp(slides: list[list[str]]) -> bytes:
    """A presentation: each slide's lines in a text box."""
    pages = "".join(
        "<draw:page><draw:frame><draw:text-box>"
        + "".join(f"<text:p>{escape(line)}</text:p>" for line in lines)
        + "</draw:text-box></draw:frame></draw:page>"
        for lines in slides
    )
    return _odf(
        "application/vnd.oasis.opendocument.presentation",
        f"<office:presentation>{pages}</office:presentation>",
        "",
    )


def _zip(members: list[tuple[str | zipfile.ZipInfo, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return buf.getvalue()


class _LegacyName(zipfile.ZipInfo):
    """Written with its name's bytes as they are and no UTF-8 flag (zipfile would set it)."""

    def _encodeFilenameFlags(self) -> tuple[bytes, int]:
        return self.filename.encode("cp437"), self.flag_bits


def _cp874_name(name: str) -> zipfile.ZipInfo:
    """A member named as Thai Windows' own zip tool names it: cp874 bytes, no UTF-8 flag."""
    info = _LegacyName(name.encode("cp874").decode("cp437"))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


STAT_ROWS = [
    ["สถิติการให้บริการประชาชน ปีงบประมาณ 2568"],
    ["เดือน", "งานทะเบียนราษฎร", "รวม"],
    ["ต.ค. 67", "2100", "2100"],
    ["พ.ย. 67", "2137", "2137"],
]
CSV_TEXT = "\r\n".join(",".join(r) for r in STAT_ROWS) + "\r\n"
MANUAL = make_odt("คู่มือการปฏิบัติงาน ฝ่ายทะเบียน", ["ขั้นตอนการรับแจ้งเกิด  ภายใน 15 วัน"])
JANUARY = make_xlsx(
    {"ม.ค. 68": [["แบบ สขร.1 ประจำเดือน มกราคม 2568"], ["ลำดับ", "งานจัดซื้อ"], [1, "จัดซื้อวัสดุ"]]}
)
MARCH_PDF = make_pdf([["สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน มีนาคม 2568"]])
GOOD_ZIP = _zip(
    [
        ("สขร1_ม.ค.68.xlsx", JANUARY),
        (_cp874_name("สขร1_มี.ค.68.pdf"), MARCH_PDF),  # type: ignore[list-item]
        ("ฝ่ายทะเบียน/คู่มือการปฏิบัติงาน_ฝ่ายทะเบียน.odt", MANUAL),
        ("../../etc/คู่มือ_ซ้ำ.odt", MANUAL),  # climbs out of its folder: only a label
        ("inner.zip", _zip([("secret.odt", MANUAL)])),  # one level only: listed, not opened
        ("__MACOSX/._สขร1_ม.ค.68.xlsx", b"\x00\x05\x16\x07"),  # a Mac's resource fork
    ]
)
# a ZIP cut short: its local headers are there, its central directory is not
TRUNCATED = GOOD_ZIP[: len(GOOD_ZIP) // 2]
BOMB = _zip([("รายงาน.csv", b"0" * (8 * 1024 * 1024))])  # 8 MiB of one byte: ~1000 times
MANY = _zip(
    [(f"แบบฟอร์ม_{i:03d}.csv", f"แถว,{i}\n".encode()) for i in range(MAX_ARCHIVE_MEMBERS + 5)]
)

FILES: dict[str, bytes] = {
    "plan_2568.odt": make_odt(
        "แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568",
        ["โครงการปรับปรุงทางเท้า งบประมาณ 3,450,000 บาท", "ผู้รับผิดชอบ: ฝ่ายโยธา"],
    ),
    "budget_2568.ods": make_ods(
        {"แผนการใช้จ่าย": [["ไตรมาส", "งบประมาณ"], ["ไตรมาส 1", "1000000"], ["ไตรมาส 2", "900000"]]}
    ),
    "slides.odp": make_odp([["แผนปฏิบัติการป้องกันการทุจริต", "ประจำปี 2568"], ["กิจกรรมที่ 1"]]),
    "stat_cp874.csv": CSV_TEXT.encode("cp874"),  # Excel's Thai CSV: no BOM, not UTF-8
    "stat_bom.csv": b"\xef\xbb\xbf" + CSV_TEXT.replace(",", ";").encode(),  # a BOM, semicolons
    "q2.zip": GOOD_ZIP,
    "cut.zip": TRUNCATED,
    "bomb.zip": BOMB,
    "many.zip": MANY,
}


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Settings, SiteServer]]:
    tmp = tmp_path_factory.mktemp("openformats")
    root = tmp / "site" / "d"
    root.mkdir(parents=True)
    links = "".join(f'<li><a href="{name}">{name}</a></li>' for name in FILES)
    (root / "index.html").write_text(
        f'<html><head><meta charset="utf-8"></head><body><ul>{links}</ul></body></html>',
        encoding="utf-8",
    )
    for name, data in FILES.items():
        (root / name).write_bytes(data)
    server = SiteServer(tmp / "site").start()
    settings = Settings(
        data_dir=tmp / "data",
        delay=0,
        contact="t@x.invalid",
        allow_private="127.0.0.1",
        ocr=False,
    )
    try:
        run_crawl(settings, server.url("/d/index.html"))
        yield settings, server
    finally:
        server.stop()


def _content(settings: Settings, server: SiteServer, name: str) -> Content:
    store = open_store(settings.db)
    try:
        with store.session() as s:
            fetch = s.scalar(select(Fetch).where(Fetch.url == server.url(f"/d/{name}")))
            assert fetch is not None and fetch.content_sha256, name
            content = s.get(Content, fetch.content_sha256)
            assert content is not None
            s.expunge(content)
            return content
    finally:
        store.close()


def test_odt_and_ods_are_read_as_text_and_tables(crawled: tuple[Settings, SiteServer]) -> None:
    settings, server = crawled
    odt = _content(settings, server, "plan_2568.odt")
    assert (odt.extract_status, odt.extract_method) == ("ok", "odt")
    assert odt.title == "แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2568"
    assert "โครงการปรับปรุงทางเท้า งบประมาณ 3,450,000 บาท" in odt.text
    ods = _content(settings, server, "budget_2568.ods")
    assert (ods.extract_status, ods.extract_method) == ("ok", "ods")
    # repeated empty columns and a million repeated empty rows are not expanded
    assert ods.tables == [[["ไตรมาส", "งบประมาณ"], ["ไตรมาส 1", "1000000"], ["ไตรมาส 2", "900000"]]]
    assert "ไตรมาส 2\t900000" in ods.text
    odp = _content(settings, server, "slides.odp")
    assert (odp.extract_status, odp.extract_method, odp.pages) == ("ok", "odp", 2)
    assert odp.text == "แผนปฏิบัติการป้องกันการทุจริต\nประจำปี 2568\nกิจกรรมที่ 1"


@pytest.mark.parametrize("name", ["stat_cp874.csv", "stat_bom.csv"])
def test_csv_in_thai_encodings_is_one_table(
    crawled: tuple[Settings, SiteServer], name: str
) -> None:
    settings, server = crawled
    csv = _content(settings, server, name)
    assert (csv.extract_status, csv.extract_method) == ("ok", "csv")
    assert csv.tables == [STAT_ROWS]  # months as rows, as an XLSX sheet gives them
    assert csv.text.startswith("สถิติการให้บริการประชาชน ปีงบประมาณ 2568\n")


def test_zip_members_are_documents_of_their_own(crawled: tuple[Settings, SiteServer]) -> None:
    settings, server = crawled
    archive = _content(settings, server, "q2.zip")
    assert (archive.extract_status, archive.extract_method) == ("ok", "zip")
    assert "an archive inside the archive is not opened" in (archive.extract_error or "")
    store = open_store(settings.db)
    try:
        with store.session() as s:
            rows = s.scalars(
                select(ContentMember)
                .where(ContentMember.archive_sha256 == archive.sha256)
                .order_by(ContentMember.position)
            ).all()
            names = [r.name for r in rows]
            # the cp874 name decoded; "../../" means nothing; no resource fork, no inner zip
            assert names == [
                "สขร1_ม.ค.68.xlsx",
                "สขร1_มี.ค.68.pdf",
                "ฝ่ายทะเบียน/คู่มือการปฏิบัติงาน_ฝ่ายทะเบียน.odt",
                "etc/คู่มือ_ซ้ำ.odt",
            ]
            members = {r.name: s.get(Content, r.member_sha256) for r in rows}
            xlsx = members["สขร1_ม.ค.68.xlsx"]
            assert xlsx is not None and xlsx.extract_method == "xlsx"
            assert "แบบ สขร.1 ประจำเดือน มกราคม 2568" in xlsx.text
            pdf = members["สขร1_มี.ค.68.pdf"]
            assert pdf is not None and "ประจำเดือน มีนาคม 2568" in pdf.text
            manual = members["ฝ่ายทะเบียน/คู่มือการปฏิบัติงาน_ฝ่ายทะเบียน.odt"]
            assert manual is not None and manual.title == "คู่มือการปฏิบัติงาน ฝ่ายทะเบียน"
            assert "ขั้นตอนการรับแจ้งเกิด  ภายใน 15 วัน" in manual.text  # <text:s c=2/>
            site = s.scalar(select(Site))
            assert site is not None
            crawl = latest_crawl_to_judge(s, site.id)
            assert crawl is not None
            snapshot = load_snapshot(s, site, crawl)
    finally:
        store.close()
    url = server.url("/d/q2.zip")
    inside = snapshot.members[url]
    assert [document_name(d.url) for d in inside] == [
        "สขร1_ม.ค.68.xlsx",
        "สขร1_มี.ค.68.pdf",
        "คู่มือการปฏิบัติงาน_ฝ่ายทะเบียน.odt",
        "คู่มือ_ซ้ำ.odt",
    ]
    january = snapshot.doc(member_url(url, "สขร1_ม.ค.68.xlsx"))
    assert january is not None and january.readable and january.kind == "document"
    assert split_member(january.url) == (url, "สขร1_ม.ค.68.xlsx")
    named = {lk.anchor for lk in snapshot.links_from[url]}  # the archive lists them by name
    assert "ฝ่ายทะเบียน/คู่มือการปฏิบัติงาน_ฝ่ายทะเบียน.odt" in named
    cut = snapshot.doc(server.url("/d/cut.zip"))
    assert cut is not None and cut.corrupt and not cut.alive  # broken, as for a person


def test_truncated_zip_and_zip_bomb_are_refused_with_a_reason(
    crawled: tuple[Settings, SiteServer],
) -> None:
    settings, server = crawled
    cut = _content(settings, server, "cut.zip")
    assert cut.extract_status == "error"
    assert (cut.extract_error or "").startswith("corrupt ZIP archive, cannot be opened")
    assert "Traceback" not in (cut.extract_error or "")
    bomb = _content(settings, server, "bomb.zip")
    assert bomb.extract_status == "error"
    assert f"over {MAX_RATIO}" in (bomb.extract_error or "")
    many = _content(settings, server, "many.zip")
    assert many.extract_status == "ok" and many.pages == MAX_ARCHIVE_MEMBERS
    assert many.extract_error == f"5 members past the first {MAX_ARCHIVE_MEMBERS} not read"
    store = open_store(settings.db)
    try:
        with store.session() as s:
            for sha in (cut.sha256, bomb.sha256):
                assert not s.scalars(
                    select(ContentMember).where(ContentMember.archive_sha256 == sha)
                ).all()
    finally:
        store.close()


def test_prune_keeps_an_archives_members_while_the_archive_is_kept(
    crawled: tuple[Settings, SiteServer], tmp_path: Path
) -> None:
    settings, server = crawled
    archive = _content(settings, server, "q2.zip")
    store = open_store(settings.db)
    try:
        prune(store, settings.bodies_dir, keep=1)
        with store.session() as s:
            rows = s.scalars(
                select(ContentMember).where(ContentMember.archive_sha256 == archive.sha256)
            ).all()
            assert len(rows) == 4
            assert all(s.get(Content, r.member_sha256) is not None for r in rows)
    finally:
        store.close()
    assert urllib.parse.unquote(member_url("http://h/a.zip", "ก/ข.pdf")).endswith("#member=ก/ข.pdf")


def test_formats_are_told_by_their_bytes_and_labels() -> None:
    odt = FILES["plan_2568.odt"]
    assert detect_format(odt, "application/octet-stream", "http://h/a") == "odt"
    assert detect_format(FILES["budget_2568.ods"], "", "http://h/a.zip") == "ods"
    assert detect_format(GOOD_ZIP, "application/octet-stream", "http://h/a") == "zip"
    assert detect_format(TRUNCATED, "", "http://h/a.zip") == "zip"
    # IIS labels a CSV as an Excel file; a member is known by its own name
    assert detect_format(CSV_TEXT.encode(), "application/vnd.ms-excel", "http://h/s.csv") == "csv"
    assert detect_format(CSV_TEXT.encode(), "", member_url("http://h/a.zip", "s.csv")) == "csv"
    assert detect_format(b"<html>not found</html>", "text/html", "http://h/s.csv") == "html"
