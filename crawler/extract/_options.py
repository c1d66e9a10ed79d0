"""What extraction reads of the settings, and all an extraction worker is told of them."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from oitwatch.settings import Settings

__all__ = ["ExtractOptions"]


@dataclass(frozen=True)
class ExtractOptions:
    """The settings extraction uses, as a plain record.

    A worker process gets these instead of the whole :class:`Settings`: it starts
    without pydantic (a third of its start-up) and never sees the store's URL or
    other secrets. :func:`crawler.extract.extract` takes either.
    """

    extract_max_chars: int
    ocr: bool
    ocr_max_pages: int
    ocr_workers: int
    extract_memory_mb: int

    @classmethod
    def of(cls, settings: Settings | ExtractOptions) -> ExtractOptions:
        return cls(**{f.name: getattr(settings, f.name) for f in fields(cls)})
