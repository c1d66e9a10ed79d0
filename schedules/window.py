"""The nightly window in which scheduled crawls start, in the schedule's time zone.

``"01:00-05:00"`` is a window of four hours from 01:00 local time; a window
may cross midnight (``"22:00-02:00"``). A night is named by the local date on
which its window starts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from oitwatch.exceptions import ConfigError
from oitwatch.settings import Settings

__all__ = ["Window", "format_when", "window_from_settings"]


@dataclass(frozen=True)
class Window:
    """A daily window ``start`` .. ``start + length`` in time zone ``tz``."""

    start: time
    length: timedelta
    tz: ZoneInfo

    @classmethod
    def parse(cls, text: str, tz: ZoneInfo | str) -> Window:
        """``"01:00-05:00"`` in ``tz``; a zero-length window is refused."""
        zone = _zone(tz) if isinstance(tz, str) else tz
        try:
            first, last = (time.fromisoformat(p.strip()) for p in text.split("-", 1))
        except ValueError as exc:
            raise ConfigError(f"bad schedule window {text!r}: use HH:MM-HH:MM") from exc
        minutes = (last.hour * 60 + last.minute) - (first.hour * 60 + first.minute)
        if minutes == 0:
            raise ConfigError(f"bad schedule window {text!r}: it is empty")
        return cls(first, timedelta(minutes=minutes % (24 * 60)), zone)

    def bounds(self, now: datetime) -> tuple[datetime, datetime]:
        """Start and end of the window that began most recently at or before ``now``."""
        local = now.astimezone(self.tz)
        start = datetime.combine(local.date(), self.start, self.tz)
        if start > local:
            start = datetime.combine(local.date() - timedelta(days=1), self.start, self.tz)
        return start, start + self.length

    def contains(self, now: datetime) -> bool:
        """Whether ``now`` falls inside a window."""
        start, end = self.bounds(now)
        return start <= now < end

    def night(self, now: datetime) -> date:
        """The local date naming the night ``now`` belongs to (its window's start date)."""
        return self.bounds(now)[0].date()

    def next_start(self, now: datetime) -> datetime:
        """The first window start strictly after ``now``."""
        start, _ = self.bounds(now)
        return datetime.combine(start.date() + timedelta(days=1), self.start, self.tz)


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"unknown time zone {name!r}") from exc


def window_from_settings(settings: Settings) -> Window:
    """The window of ``settings.schedule_window`` in ``settings.timezone``."""
    return Window.parse(settings.schedule_window, settings.timezone)


def format_when(moment: datetime, tz: ZoneInfo) -> str:
    """Thai, Buddhist era, then ISO: ``"23 พฤศจิกายน 2569 01:00 น. (2026-11-23T01:00:00+07:00)"``."""
    from oitwatch.thai import format_thai_date

    local = moment.astimezone(tz)
    return (
        f"{format_thai_date(local.date())} {local:%H:%M} น. ({local.isoformat(timespec='seconds')})"
    )
