"""Pictures that are a page's content (a notice scanned as JPG, an infographic) are fetched and
read by OCR like a scanned document; the template's pictures (logo, banner, menu buttons, small
icons) are not; robots.txt, the size limit and the per-crawl cap hold; a re-crawl asks again
conditionally and reuses the reading. Real HTTP on 127.0.0.1, real PNGs of Thai text drawn with
a TLWG font, real Tesseract.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import select

from crawler import run_crawl
from oitwatch.demo.documents import thai_font_path
from oitwatch.settings import Settings
from oitwatch.store import Content, Fetch, Store
from oitwatch.thai import compact_for_match
from tests.conftest import have_tesseract_thai
from tests.crawler.sites import write

NOTICE = ["ประกาศสำนักงานเขตตัวอย่าง", "เรื่อง นโยบายการบริหารทรัพยากรบุคคล"]


def picture(lines: list[str], size: tuple[int, int] = (1000, 320)) -> bytes:
    """A PNG of Thai lines, drawn with a TLWG font (a notice posted as an image)."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(thai_font_path()), 44)
    img = Image.new("L", size, 255)
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        draw.text((40, 40 + 80 * i), line, font=font, fill=0)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def _page(title: str, content: str) -> str:
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        '<div class="top"><img src="/khet/img/brand.png" alt=""> สำนักงานเขตตัวอย่าง</div>'
        '<nav><a href="/khet/"><img src="/khet/img/home.png" alt="หน้าแรก"></a></nav>'
        f'<div class="content"><h1>{title}</h1>{content}</div>'
        '<footer><img src="/khet/img/qr.png" alt=""></footer></body></html>'
    )


def _site(root: Path) -> None:
    big = picture(["ภาพสัญลักษณ์"], (900, 300))  # chrome, though large enough to read
    for name in ("brand.png", "home.png", "qr.png"):
        write(root, f"khet/img/{name}", big)
    write(root, "khet/uploads/notice.png", picture(NOTICE))
    write(root, "khet/uploads/dot.png", picture(["จุด"], (900, 300)))
    write(root, "khet/private/secret.png", picture(["ลับ"], (900, 300)))
    write(root, "khet/uploads/huge.png", picture(["ใหญ่"], (900, 300)) + b"\0" * 300_000)
    write(
        root,
        "khet/notice.html",
        _page(
            "ประกาศ",
            '<p><img src="/khet/uploads/notice.png" alt="ประกาศ"></p>'
            '<p><img src="/khet/uploads/dot.png" width="40" height="40" alt=""></p>'
            '<p><img src="/khet/private/secret.png" alt=""></p>'
            '<p><img src="/khet/uploads/huge.png" alt=""></p>',
        ),
    )
    write(
        root,
        "khet/index.html",
        _page("หน้าแรก", '<ul><li><a href="/khet/notice.html">ประกาศนโยบาย</a></li></ul>'),
    )
    write(root, "robots.txt", "User-agent: *\nDisallow: /khet/private/\n")


def _fetches(store: Store, crawl_id: int) -> dict[str, Fetch]:
    with store.session() as s:
        rows = s.scalars(select(Fetch).where(Fetch.crawl_id == crawl_id)).all()
    return {r.url.split("/khet/", 1)[1]: r for r in rows}


@pytest.mark.ocr
@pytest.mark.skipif(not have_tesseract_thai(), reason="needs tesseract with Thai")
def test_a_pages_pictures_are_read_and_its_chrome_left_alone(
    tmp_path: Path, serve, store: Store
) -> None:
    _site(tmp_path / "site")
    srv = serve(tmp_path / "site")
    settings = Settings(
        data_dir=tmp_path / "data",
        delay=0,
        contact="tests@oitwatch.invalid",
        image_max_bytes=200_000,
        page_images=40,
    )
    first = run_crawl(settings, srv.url("/khet/index.html"))
    got = _fetches(store, first.crawl_id)
    # the template's pictures (header, menu button, footer) and one drawn 40 px: not asked
    asked = {p for p, _ in srv.requests}
    for chrome in ("img/brand.png", "img/home.png", "img/qr.png", "uploads/dot.png"):
        assert f"/khet/{chrome}" not in asked and chrome not in got, chrome
    assert got["private/secret.png"].outcome == "robots"
    assert "/khet/private/secret.png" not in asked
    assert got["uploads/huge.png"].outcome == "too_large"
    notice = got["uploads/notice.png"]
    assert (notice.kind, notice.outcome, notice.referrer) == (
        "document",
        "ok",
        srv.url("/khet/notice.html"),
    )
    with store.session() as s:
        content = s.get(Content, notice.content_sha256)
        assert content is not None
        assert content.extract_method == "image+ocr", content.extract_error
        text = compact_for_match(content.text)
        assert compact_for_match("นโยบายการบริหารทรัพยากรบุคคล") in text
        contents = len(s.scalars(select(Content.sha256)).all())

    # a re-crawl asks for the picture with its validators and reuses the reading
    srv.clear_requests()
    second = run_crawl(
        settings.model_copy(update={"revisit_max_days": 0}), srv.url("/khet/index.html")
    )
    again = _fetches(store, second.crawl_id)
    assert again["uploads/notice.png"].outcome == "not_modified"
    assert again["uploads/notice.png"].content_sha256 == notice.content_sha256
    headers = next(h for p, h in srv.requests if p == "/khet/uploads/notice.png")
    assert "If-None-Match" in headers or "If-Modified-Since" in headers
    with store.session() as s:
        assert len(s.scalars(select(Content.sha256)).all()) == contents  # nothing read again


def test_pictures_per_crawl_are_capped(tmp_path: Path, serve, store: Store) -> None:
    root = tmp_path / "site"
    pic = picture(["ภาพ"], (600, 300))
    body = ""
    for n in range(5):
        write(root, f"khet/uploads/p{n}.png", pic)
        body += f'<p><img src="/khet/uploads/p{n}.png" alt=""></p>'
    write(root, "khet/index.html", _page("ภาพ", body))
    srv = serve(root)
    settings = Settings(
        data_dir=tmp_path / "data",
        delay=0,
        contact="tests@oitwatch.invalid",
        page_images=2,
        ocr=False,
    )
    first = run_crawl(settings, srv.url("/khet/index.html"))
    got = _fetches(store, first.crawl_id)
    assert sorted(p for p in got if p.startswith("uploads/")) == [
        "uploads/p0.png",
        "uploads/p1.png",
    ]
