"""What every report row reads off a check result dict."""

from __future__ import annotations

from typing import Any

__all__ = ["ResultFields"]


class ResultFields:
    """Site key, Thai name and score of ``self.result`` (a check result dict)."""

    result: dict[str, Any]

    @property
    def site_key(self) -> str:
        return self.result.get("site_key", "")

    @property
    def name_th(self) -> str:
        return self.result.get("site_name_th") or self.site_key

    @property
    def score(self) -> dict[str, Any]:
        return self.result.get("score") or {}
