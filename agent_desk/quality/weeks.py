"""ISO weeks as the review queue names them: `YYYY-Www` (2026-W48), Monday to Sunday in the
branch's zone."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, tzinfo

from agent_desk.errors import AgentDeskError

# ASCII digits only: `\d` would take full-width ２０２６ too, and the week's text seeds the draw.
_WEEK = re.compile(r"^([0-9]{4})-W([0-9]{2})$")
# Weeks whose Monday and next Monday exist in every zone (no year 0, no year 10000).
FIRST_YEAR, LAST_YEAR = 1970, 9998


class BadWeek(AgentDeskError):
    code = "quality.bad_week"
    template = "{week} is not an ISO week: write YYYY-Www, e.g. 2026-W48 ({detail})"

    def __init__(self, week: str, detail: str) -> None:
        super().__init__(detail, week=week)


def parse_week(text: str) -> date:
    """The Monday of an ISO week, or BadWeek (2026-W54, 2025-W53, 2026-48, W48, 0000-W01)."""
    match = _WEEK.match(text.strip().upper())
    if match is None:
        raise BadWeek(text.strip(), "not in the form YYYY-Www")
    year, week = int(match.group(1)), int(match.group(2))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise BadWeek(text.strip(), f"the year must be from {FIRST_YEAR} to {LAST_YEAR}")
    try:
        return date.fromisocalendar(year, week, 1)
    except ValueError:
        last = date(year, 12, 28).isocalendar().week  # 28 December is always in the last week
        raise BadWeek(text, f"{year} has weeks 01 to {last}") from None


def normal_week(text: str) -> str:
    """The week as the queue names, seeds and prints it (`2026-W49` for ` 2026-w49 `), or
    BadWeek: two spellings of one week draw the same sample."""
    return week_of(parse_week(text))


def week_of(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def week_bounds(text: str, zone: tzinfo) -> tuple[datetime, datetime]:
    """[start, end) of the week as aware datetimes: Monday 00:00 to the next Monday 00:00."""
    monday = parse_week(text)
    start = datetime.combine(monday, time(0), zone)
    return start, datetime.combine(monday + timedelta(days=7), time(0), zone)


def weeks_between(first: date, last: date) -> list[str]:
    """Every ISO week the days from `first` to `last` touch, in order."""
    out: list[str] = []
    day = first - timedelta(days=first.weekday())
    while day <= last:
        out.append(week_of(day))
        day += timedelta(days=7)
    return out
