"""Last-Modified headers become timezone-aware UTC datetimes (or nothing)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from crawler.spider import _http_date


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Wed, 30 Apr 2025 17:30:00 GMT", datetime(2025, 4, 30, 17, 30, tzinfo=UTC)),
        ("Wed, 30 Apr 2025 17:30:00 -0000", datetime(2025, 4, 30, 17, 30, tzinfo=UTC)),
        (
            "Thu, 01 May 2025 00:30:00 +0700",
            datetime(2025, 5, 1, 0, 30, tzinfo=timezone(timedelta(hours=7))),
        ),
        ("Wed, 99 Apr 2025 17:30:00 GMT", None),
        ("", None),
    ],
)
def test_http_date_is_aware(header: str, expected: datetime | None) -> None:
    got = _http_date(header)
    assert got == expected
    assert got is None or got.tzinfo is not None
