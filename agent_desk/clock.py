"""Time as a dependency, and the one zone times are shown in.

Every rule that depends on time (the three-ring rule, deadlines, lockouts) takes a clock so it
can be tested exactly, at 14.9 s and 15.1 s, without sleeping.

Times are stored in UTC. Everything shown to a person or written into a report is in the
branch's zone (`[deadlines] timezone` of the policy, Asia/Shanghai by default), never in the
zone the PC happens to be set to: a desk PC left on UTC or New York time must still say 10:37
for a callback promised for 10:37 Beijing time. `Policy.zone` gives that zone.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Protocol

from agent_desk.errors import ConfigError

DEFAULT_TIMEZONE = "Asia/Shanghai"
# Asia/Shanghai has had no daylight saving since 1991; used when the OS has no tz database
# (a Windows build without the tzdata package).
_FIXED_ZONES = {"Asia/Shanghai": 8, "Asia/Chongqing": 8, "Asia/Hong_Kong": 8, "PRC": 8}


def zone_named(name: str = DEFAULT_TIMEZONE) -> tzinfo:
    """The named zone; a fixed +08:00 for China's zones where the OS lacks tz data."""
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(name)
    except (ImportError, ValueError, OSError, KeyError):
        hours = _FIXED_ZONES.get(name)
        if hours is None:
            raise ConfigError(f"unknown time zone {name!r} in [deadlines] timezone") from None
        return timezone(timedelta(hours=hours), name)


def to_local(when: datetime, zone: tzinfo) -> datetime:
    """In the branch's zone."""
    return when.astimezone(zone)


def iso(when: datetime, zone: tzinfo) -> str:
    """2026-12-02T08:21:47+08:00: in the branch's zone, with its offset, to the second."""
    return when.astimezone(zone).isoformat(timespec="seconds")


class Clock(Protocol):
    def now(self) -> datetime:
        """Aware UTC wall-clock time, for what is stored and shown."""

    def monotonic(self) -> float:
        """Seconds from an arbitrary origin that never jumps, for measuring durations."""


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock the tests move by hand; wall and monotonic time advance together."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 11, 24, 1, 0, tzinfo=UTC)
        if self._now.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._mono = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float) -> None:
        self._now += timedelta(seconds=seconds)
        self._mono += seconds

    def set(self, when: datetime) -> None:
        self.advance((when - self._now).total_seconds())
