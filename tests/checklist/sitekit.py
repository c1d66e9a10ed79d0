"""A small district site written page by page, served over real HTTP on 127.0.0.1 and
checked: the shared shape of the checklist tests that each build the few pages a class of
held-out sites taught us (an OIT table of rows, the pages and files the rows open).

    kit = SiteKit(tmp_path / "site", "bma-2567", date(2025, 5, 15))
    kit.page("o5.html", "แผนปฏิบัติราชการ", "<p>…</p>")
    kit.pdf("files/plan.pdf", [["แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. ๒๕๖๘", …]])
    items = kit.check(serve, settings, [("O5", "แผนปฏิบัติราชการ", "/o5.html")])
    assert items["O5"]["status"] == "incomplete"
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from checklist import check_site
from oitwatch.demo.documents import make_pdf
from oitwatch.settings import Settings

DISTRICT = "สำนักงานเขตบางบอน"


class SiteKit:
    def __init__(self, root: Path, framework: str, as_of: date, district: str = DISTRICT) -> None:
        self.root, self.framework, self.as_of, self.district = root, framework, as_of, district
        root.mkdir(parents=True, exist_ok=True)

    def html(self, title: str, body: str) -> str:
        """A page of the district's template: its header, menu and footer around ``body``."""
        return (
            f'<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{title} | '
            f"{self.district}</title></head><body><header>{self.district}</header>"
            f'<nav><a href="/">หน้าแรก</a> <a href="/oit.html">ITA / OIT</a></nav>'
            f"<main><h1>{title}</h1>{body}</main>"
            f"<footer>{self.district} โทร. ๐ ๒๔๕๑ ๐๐๐๐</footer></body></html>"
        )

    def page(self, name: str, title: str, body: str) -> str:
        """Write the page ``name`` (a path under the site); its address."""
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.html(title, body), encoding="utf-8")
        return "/" + name

    def pdf(self, name: str, pages: Sequence[Sequence[str]]) -> str:
        """Write a text PDF (one list of lines per page); its address."""
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(make_pdf(pages))
        return "/" + name

    def check(
        self,
        serve: Callable,
        settings: Settings,
        rows: Sequence[tuple[str, str, str]],
        faults: dict | None = None,
    ) -> dict[str, dict]:
        """Serve the site with an OIT table of ``rows`` (code, title, href) and check it; the
        verdicts by item code."""
        table = "".join(f'<tr><td>{c}</td><td><a href="{h}">{t}</a></td></tr>' for c, t, h in rows)
        self.page("oit.html", "การเปิดเผยข้อมูลสาธารณะ (OIT)", f"<table>{table}</table>")
        if not (self.root / "index.html").exists():
            self.page("index.html", "หน้าแรก", "<p>ยินดีต้อนรับ</p>")
        server = serve(self.root, faults)
        no_ocr = settings.model_copy(update={"ocr": False})
        result = check_site(no_ocr, server.url("/"), framework=self.framework, as_of=self.as_of)
        return {it["code"]: it for it in result["items"]}
