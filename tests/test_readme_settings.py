"""README's settings table is the settings class's: it fails when either changes alone."""

from __future__ import annotations

from pathlib import Path

from oitwatch.settings import Settings
from oitwatch.settings_doc import BEGIN, END, replace_block, settings_markdown

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_settings_are_current() -> None:
    text = README.read_text(encoding="utf-8")
    assert BEGIN in text and END in text
    assert replace_block(text) == text, (
        "README's settings table is stale: run `python -m oitwatch.settings_doc README.md`"
    )


def test_every_setting_is_in_the_table_with_its_description() -> None:
    table = settings_markdown()
    for name, field in Settings.model_fields.items():
        assert f"`OITWATCH_{name.upper()}`" in table
        assert field.description, f"setting {name} has no description"
        assert field.description.replace("|", "\\\\|") in table
