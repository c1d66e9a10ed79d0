"""``oitwatch extract FILE``: what the crawler would store for one file, and a Thai verdict."""

from __future__ import annotations

import json
import mimetypes
from dataclasses import asdict
from datetime import date
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape

from oitwatch._cli import DateParam, settings_options
from oitwatch.settings import Settings

__all__ = ["extract_command"]

MAX_FILE = 200 * 1024 * 1024
VERDICT = {
    "ok": "อ่านได้ (ok): เครื่องอ่านข้อความในไฟล์นี้ได้",
    "review": "ต้องให้คนตรวจ (review): เครื่องอ่านข้อความในไฟล์นี้ไม่ได้",
    "error": "อ่านไม่ได้ (error): ไฟล์เสียหรือผิดรูปแบบ",
    "unsupported": "ไม่รองรับ (unsupported): รูปแบบไฟล์นี้ยังอ่านไม่ได้",
}
ADVICE = {
    "review": "ควรเผยแพร่ PDF ที่ส่งออกจาก Word/Excel (มีข้อความ) แทนภาพสแกน "
    "/ publish a PDF exported from Word or Excel rather than a scan",
    "error": "ลองเปิดและบันทึกไฟล์ใหม่ / open and save the file again",
    "unsupported": "บันทึกเป็น PDF, DOCX หรือ XLSX / save it as PDF, DOCX or XLSX",
}


def _as_json(result: object, path: Path) -> dict[str, object]:
    data = asdict(result)  # type: ignore[call-overload]
    data.pop("original_text", None)
    data["file"] = str(path)
    data["repairs"] = [{"kind": k, "count": n} for k, n in data["repairs"].items()]
    return data


@click.command("extract")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the extraction as JSON.")
@click.option(
    "--as-of", type=DateParam(), default=None, help="Date OCR'd years are judged against."
)
@click.option("--no-ocr", is_flag=True, help="Never OCR (text layers only).")
@settings_options
def extract_command(
    file: Path, as_json: bool, as_of: date | None, no_ocr: bool, settings: Settings
) -> None:
    """Can a machine read FILE (PDF, DOCX, XLSX, PPTX, HTML, image)? As the crawler stores it.

    Prints a short Thai verdict, or with --json the status (ok, review, error),
    method, quality, pages, text, tables, fiscal years and the repairs made.
    """
    from crawler.extract.budget import extract_within_budget
    from oitwatch.exceptions import ConfigError

    if file.stat().st_size > MAX_FILE:
        raise ConfigError(f"{file}: larger than {MAX_FILE // (1024 * 1024)} MiB")
    if no_ocr:
        settings = settings.model_copy(update={"ocr": False})
    body = file.read_bytes()
    ctype = mimetypes.guess_type(file.name)[0] or ""
    result = extract_within_budget(
        body, ctype, file.resolve().as_uri(), settings=settings, as_of=as_of
    )
    if as_json:
        click.echo(json.dumps(_as_json(result, file), ensure_ascii=False, indent=1))
        return
    out = Console(highlight=False)
    out.print(VERDICT.get(result.status, result.status))
    words = len(result.text.split())
    out.print(
        f"วิธีอ่าน (method): {escape(result.method)} · คุณภาพ (quality): {result.quality:.2f}"
        f" · หน้า (pages): {result.pages} · คำ (words): {words}"
    )
    if result.fiscal_years:
        out.print("ปีงบประมาณที่พบ (fiscal years): " + ", ".join(map(str, result.fiscal_years)))
    if result.repairs:
        fixed = ", ".join(f"{k} ×{n}" for k, n in result.repairs.items())
        out.print(f"ซ่อมข้อความ (repairs): {escape(fixed)}")
    if result.error:
        out.print(f"หมายเหตุ (note): {escape(result.error[:300])}")
    if result.status in ADVICE:
        out.print(f"คำแนะนำ (advice): {ADVICE[result.status]}")
