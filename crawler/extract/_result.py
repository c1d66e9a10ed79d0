"""The result of extracting one body."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Extracted"]


@dataclass
class Extracted:
    """Extracted text; ``status`` ok, review (unreadable), error (malformed) or unsupported."""

    title: str = ""
    text: str = ""
    tables: list[list[list[str]]] = field(default_factory=list)
    quality: float = 0.0
    method: str = ""
    status: str = "ok"
    error: str | None = None
