"""A whole crawl of a hostile district site over real HTTP on loopback."""

from __future__ import annotations

import urllib.parse

import pytest

from oitwatch.thai import compact_for_match
from tests.conftest import have_tesseract_thai
from tests.crawler.crawled import Crawled
from tests.crawler.sites import (
    IMAGE_LINE,
    PDF_LINE,
    SCAN_LINE,
    THAI_SLUG,
    TIS_TEXT,
    UPLOAD_LINE,
)

SCOPE = "/district-a/"


def test_finishes_on_its_own_inside_the_prefix(district: Crawled) -> None:
    assert district.summary.status == "complete"
    paths = [path for path, _ in district.server.requests]
    assert "/robots.txt" in paths
    assert not [p for p in paths if p.startswith(("/district-b", "/district-c"))]
    shared = "/uploads/district-a/budget-2568.pdf"  # a document in the host's shared folder
    assert all(p.startswith(SCOPE) or p in ("/robots.txt", shared) for p in paths)
    assert all(path.startswith(SCOPE) or path == shared for path in district.fetches())
    assert not [p for p in paths if p.startswith("/district-a/private/")]


def test_offsite_links_are_kept_as_evidence_not_followed(district: Crawled) -> None:
    links = district.links()
    offsite = {link.to_url for link in links if not link.in_scope}
    assert district.server.url("/district-b/index.html") in offsite
    assert "mailto:saraban@district-a.go.th" in offsite
    assert "tel:021234567" in offsite
    assert not [link for link in links if link.to_url.startswith("javascript:")]
    assert district.summary.skipped["offsite"] == 3  # district-b, district-c, www.bangkok.go.th


def test_canonical_urls_fetch_each_page_once(district: Crawled) -> None:
    fetched = district.fetches()
    assert not [u for u in fetched if "jsessionid" in u.lower() or "phpsessid" in u.lower()]
    assert not [u for u in fetched if "utm_" in u or "fbclid" in u or "#" in u or "//" in u]
    assert "/district-a/news.html" in fetched
    news_requests = [
        p for p, _ in district.server.requests if p.startswith("/district-a/news.html")
    ]
    assert news_requests == ["/district-a/news.html"]
    slug = "/district-a/page/" + urllib.parse.quote(THAI_SLUG) + "/1/"
    assert fetched[slug].outcome == "ok"
    assert THAI_SLUG in district.content(fetched[slug].content_sha256).text
    assert fetched["/district-a/docs/budget.xlsx"].outcome == "ok"


def test_html_text_title_tables_and_link_context(district: Crawled) -> None:
    fetched = district.fetches()
    index = district.content(fetched["/district-a/index.html"].content_sha256)
    assert index.title == "สำนักงานเขตเอ"
    assert "ไม่ควรปรากฏ" not in index.text  # script text is not visible text
    assert "โครงสร้างหน่วยงาน ดาวน์โหลด" in index.text.splitlines()
    news = district.content(fetched["/district-a/news.html"].content_sha256)
    assert news.tables == [[["วันที่", "เรื่อง"], ["1 ต.ค. 2567", "ประชุมประจำเดือน"]]]
    links = {
        (link.to_url.removeprefix(district.server.base), link.tag): link
        for link in district.links()
    }
    report = links[("/district-a/docs/report.pdf", "a")]
    assert report.anchor == "ดาวน์โหลด"
    assert "ข้อมูลพื้นฐาน" in report.context and "โครงสร้างหน่วยงาน" in report.context
    assert links[("/district-a/logo.png", "img")].anchor == "ตราสัญลักษณ์"
    assert "/district-a/logo.png" not in fetched  # inline images are recorded, not fetched
    assert fetched["/district-a/embed.html"].outcome == "ok"  # iframes are followed


def test_documents_are_stored_and_extracted(district: Crawled) -> None:
    fetched = district.fetches()
    pdf = district.content(fetched["/district-a/docs/report.pdf"].content_sha256)
    assert pdf.extract_status == "ok"
    assert compact_for_match(PDF_LINE) in compact_for_match(pdf.text)
    assert (
        pdf.body_path and (district.settings.bodies_dir / pdf.body_path).read_bytes()[:4] == b"%PDF"
    )
    xlsx = district.content(fetched["/district-a/docs/budget.xlsx"].content_sha256)
    assert xlsx.tables[0][0] == ["รายการ", "จำนวนเงิน (บาท)"]
    assert ["ค่าจ้างเหมาบริการ", "120000"] in xlsx.tables[0]
    docx = district.content(fetched["/district-a/docs/plan.docx"].content_sha256)
    assert "แผนปฏิบัติราชการ ประจำปี 2568" in docx.text
    assert docx.tables == [[["โครงการ", "งบประมาณ"], ["ลอกท่อ", "50000"]]]
    assert fetched["/district-a/docs/plan.docx"].kind == "document"


def test_documents_in_the_shared_upload_folder_are_fetched(district: Crawled) -> None:
    fetch = district.fetches()["/uploads/district-a/budget-2568.pdf"]
    assert (fetch.kind, fetch.outcome) == ("document", "ok")
    content = district.content(fetch.content_sha256)
    assert compact_for_match(UPLOAD_LINE) in compact_for_match(content.text)
    link = [x for x in district.links() if x.to_url.endswith("/uploads/district-a/budget-2568.pdf")]
    assert [x.in_scope for x in link] == [False]


def test_malformed_documents_are_recorded_and_the_crawl_goes_on(district: Crawled) -> None:
    fetched = district.fetches()
    truncated = district.content(fetched["/district-a/docs/truncated.pdf"].content_sha256)
    assert truncated.extract_status == "error" and truncated.extract_error
    garbage = district.content(fetched["/district-a/docs/garbage.xlsx"].content_sha256)
    assert garbage.extract_status == "error" and "XLSX" in (garbage.extract_error or "")
    old = district.content(fetched["/district-a/docs/old.doc"].content_sha256)
    assert old.extract_status == "unsupported"


@pytest.mark.ocr
@pytest.mark.skipif(not have_tesseract_thai(), reason="needs tesseract with Thai")
def test_scanned_pdf_is_read_by_ocr(district: Crawled) -> None:
    scan = district.content(district.fetches()["/district-a/docs/scan.pdf"].content_sha256)
    assert scan.extract_method == "pdf+ocr"
    assert scan.extract_status == "ok"
    assert compact_for_match("ประกาศสำนักงานเขต") in compact_for_match(scan.text)
    assert SCAN_LINE.split()[0] in scan.text


@pytest.mark.ocr
@pytest.mark.skipif(not have_tesseract_thai(), reason="needs tesseract with Thai")
def test_linked_image_is_read_by_ocr(district: Crawled) -> None:
    notice = district.fetches()["/district-a/docs/notice.png"]
    assert notice.kind == "document"
    content = district.content(notice.content_sha256)
    assert content.extract_method == "image+ocr"
    assert compact_for_match(IMAGE_LINE) in compact_for_match(content.text)


def test_thai_legacy_encodings(district: Crawled) -> None:
    fetched = district.fetches()
    for path in ("/district-a/tis.html", "/district-a/tis-meta.html", "/district-a/tis-bare.html"):
        content = district.content(fetched[path].content_sha256)
        assert TIS_TEXT in content.text, path
        assert content.title.startswith("ประกาศ"), path


def test_hazards_are_recorded_not_fatal(district: Crawled) -> None:
    fetched = district.fetches()
    assert fetched["/district-a/private/secret.html"].outcome == "robots"
    loop = fetched["/district-a/loop"]
    assert loop.outcome == "error" and "redirect" in (loop.error or "")
    down = fetched["/district-a/down.html"]
    assert (down.outcome, down.status_code) == ("error", 503)
    assert [p for p, _ in district.server.requests].count(
        "/district-a/down.html"
    ) == 3  # retried twice
    slow = fetched["/district-a/slow.html"]
    assert slow.outcome == "error" and "took longer" in (slow.error or "")


def test_oversized_file_is_not_downloaded(district: Crawled) -> None:
    huge = district.fetches()["/district-a/docs/huge.pdf"]
    assert huge.outcome == "too_large"
    assert huge.size == 2 * 1024**3
    assert huge.content_sha256 is None
    endless = district.fetches()["/district-a/docs/endless.pdf"]
    assert endless.outcome == "too_large" and endless.content_sha256 is None
    assert district.summary.skipped["too_large"] == 2
    # The endless stream is cut after max_bytes; nothing of the 2 GiB file is read.
    assert district.summary.bytes_downloaded < 2 * district.settings.max_bytes


def test_crawl_traps_are_refused(district: Crawled) -> None:
    fetched = district.fetches()
    calendar = [f for path, f in fetched.items() if path.startswith("/district-a/calendar")]
    assert 30 <= len(calendar) <= 45
    assert [f for f in calendar if f.outcome == "trap"]
    loops = [f for path, f in fetched.items() if path.startswith("/district-a/loopdir/")]
    assert {f.outcome for f in loops} == {"ok", "trap"}
    assert max(path.count("loopdir") for path in fetched) <= 3


def test_summary_counts_match_the_store(district: Crawled) -> None:
    fetched = district.fetches().values()
    s = district.summary
    assert s.pages == sum(
        1 for f in fetched if f.kind == "page" and f.outcome in ("ok", "not_modified")
    )
    assert s.documents == sum(
        1 for f in fetched if f.kind == "document" and f.outcome in ("ok", "not_modified")
    )
    assert s.errors == sum(1 for f in fetched if f.outcome == "error") == 3
    assert s.skipped["robots"] == 1
    doc = s.as_json()
    assert {"pages", "documents", "errors", "skipped", "duration_s", "crawl_id", "status"} <= set(
        doc
    )
    assert set(doc["skipped"]) == {"offsite", "robots", "too_large"}
    assert doc["documents"] == 9
