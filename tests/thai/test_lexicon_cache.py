"""The word lists' compact copy: built once, read back the same, rebuilt when damaged."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from oitwatch.thai import lexicon


@pytest.fixture
def fresh() -> Iterator[None]:
    """Forget the tables this process holds (HOME, so the cache folder, is the test's own)."""
    lexicon._tables.cache_clear()
    yield
    lexicon._tables.cache_clear()


def test_first_use_writes_the_cache_and_the_next_reads_it(fresh: None) -> None:
    path = lexicon.cache_path()
    assert not path.exists()
    built = lexicon._tables()
    assert path.is_file()
    assert not list(path.parent.glob("*.tmp"))  # written whole, then renamed
    assert lexicon._read_cache(path) == built
    words, prefixes, english = built
    assert words["ปีงบประมาณ"] < 0  # a word of _EXTRA_WORDS, as a log-probability
    assert "ปีงบป" in prefixes and "ปีงบปx" not in prefixes
    assert "report" in english
    lexicon._tables.cache_clear()
    assert lexicon._tables() == built
    assert lexicon.score("สำนักงานเขต") > lexicon.score("สำนกงานเขต")


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", b"\xe9" * 100])
def test_a_damaged_cache_is_built_again(fresh: None, damage: bytes) -> None:
    built = lexicon._tables()
    path = lexicon.cache_path()
    path.write_bytes(damage)
    lexicon._tables.cache_clear()
    assert lexicon._tables() == built
    assert lexicon._read_cache(path) == built


def test_the_key_follows_what_the_tables_are_built_from(monkeypatch: pytest.MonkeyPatch) -> None:
    before = lexicon.cache_path()
    monkeypatch.setattr(lexicon, "_EXTRA_WORDS", (*lexicon._EXTRA_WORDS, "คำใหม่"))
    added = lexicon.cache_path()
    monkeypatch.setattr(lexicon, "CACHE_FORMAT", lexicon.CACHE_FORMAT + 1)
    assert len({before, added, lexicon.cache_path()}) == 3
