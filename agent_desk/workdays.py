"""Working days and case deadlines under the PRC public-holiday calendar.

A complaint must be answered within 5 *working* days, a report (举报) within 10. Which days
are working days is decided by the State Council each year, including the adjusted working
weekends (调休) around Spring Festival and National Day, so plain Monday-Friday arithmetic is
wrong several weeks a year. The `chinese_calendar` package carries the published calendars;
for a year it does not know yet, branch IT drops a `holidays.toml` into the profile's config
folder (or the share's root folder) until the package is updated.

How a deadline is counted (the one rule, applied everywhere):

* Times are judged in the branch's zone (`[deadlines] timezone`, Asia/Shanghai by default).
* "Within N hours / minutes" (complaint points, first feedback) is clock time: received + N.
* "Within N working days": the day of receipt is never counted (民法典 第二百零一条: 开始的当日
  不计入). A case received on a non-working day (weekend, holiday) is deemed received on the
  next working day; a 调休 working Saturday *is* a working day, so a case received then counts
  from that day. The deadline is the end (23:59:59 local) of the Nth working day after the
  (deemed) day of receipt. Example: received Wed 2026-09-30 17:00 → working days after are
  Oct 8, 9, 10 (调休 Saturday), 12, 13 → due 2026-10-13 23:59:59+08:00.
* "Within N days" (pending inquiries): the end of the Nth calendar day after the day of receipt.
"""

from __future__ import annotations

import logging
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

from agent_desk.clock import DEFAULT_TIMEZONE, zone_named
from agent_desk.errors import AgentDeskError, ConfigError

log = logging.getLogger(__name__)

OVERRIDE_FILE = "holidays.toml"
END_OF_DAY = time(23, 59, 59)


class CalendarUnknown(AgentDeskError):
    code = "calendar.unknown_year"
    template = (
        "The holiday calendar for {year} is not known: neither the chinese_calendar package "
        "(years {first}-{last}) nor a holidays.toml override ({sources}) lists it. Ask branch "
        "IT to add [{year}] with its holidays and working days to holidays.toml."
    )


def local_zone(name: str = DEFAULT_TIMEZONE) -> tzinfo:
    """The zone deadlines are judged in (the branch's zone: `agent_desk.clock.zone_named`)."""
    return zone_named(name)


@dataclass(frozen=True)
class YearOverride:
    """One year's calendar from holidays.toml: listed holidays off, listed working days on."""

    year: int
    holidays: frozenset[date]
    workdays: frozenset[date]
    source: str

    def is_workday(self, day: date) -> bool:
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < 5


def _parse_days(value: Any, year: int, key: str, source: str) -> set[date]:
    """Dates as "2027-10-01" or ranges "2027-10-01..2027-10-07"."""
    if not isinstance(value, list):
        raise ConfigError(f"{source}: [{year}] {key} must be a list of dates")
    days: set[date] = set()
    for item in value:
        text = item.isoformat() if isinstance(item, date) else str(item)
        first, _, last = text.partition("..")
        try:
            start = date.fromisoformat(first.strip())
            end = date.fromisoformat(last.strip()) if last else start
        except ValueError:
            raise ConfigError(f"{source}: [{year}] {key}: {text!r} is not a date") from None
        if start.year != year or end.year != year or end < start:
            raise ConfigError(f"{source}: [{year}] {key}: {text!r} is not a day range in {year}")
        days.update(start + timedelta(days=i) for i in range((end - start).days + 1))
    return days


def load_overrides(path: Path) -> dict[int, YearOverride]:
    """Read one holidays.toml; a broken file is an error, never silently ignored."""
    source = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{source} could not be read: {exc}") from exc
    years: dict[int, YearOverride] = {}
    for key, table in data.items():
        if not (isinstance(key, str) and key.isdigit() and len(key) == 4):
            raise ConfigError(f"{source}: [{key}] is not a year; use tables like [2027]")
        if not isinstance(table, dict):
            raise ConfigError(f"{source}: [{key}] must be a table")
        unknown = set(table) - {"holidays", "workdays"}
        if unknown:
            raise ConfigError(f"{source}: [{key}] has unknown keys {sorted(unknown)}")
        year = int(key)
        years[year] = YearOverride(
            year,
            frozenset(_parse_days(table.get("holidays", []), year, "holidays", source)),
            frozenset(_parse_days(table.get("workdays", []), year, "workdays", source)),
            source,
        )
    return years


def _package_years() -> tuple[int, int]:
    try:
        from chinese_calendar import constants
    except ImportError:
        return (0, -1)
    years = {d.year for d in constants.holidays} | {d.year for d in constants.workdays}
    return (min(years), max(years)) if years else (0, -1)


def _read_folders(folders: Iterable[Path | None]) -> tuple[dict[int, YearOverride], list[str]]:
    merged: dict[int, YearOverride] = {}
    sources: list[str] = []
    for folder in folders:
        if folder is None:
            continue
        path = Path(folder) / OVERRIDE_FILE
        try:
            if not path.is_file():
                continue
            years = load_overrides(path)
        except OSError as exc:  # an unreachable share
            log.warning("holiday override %s not readable: %s", path, exc)
            continue
        except ConfigError as exc:
            # A broken file must not stop the desk from starting; the problem is logged
            # and named in the error of any date that would have needed it.
            log.error("holiday override ignored: %s", exc.message)
            sources.append(f"{path} (unreadable: {exc.message})")
            continue
        sources.append(str(path))
        for year, override in years.items():
            merged.setdefault(year, override)
    return merged, sources


@dataclass
class WorkCalendar:
    """Answers "is this a working day?" from overrides first, then the calendar package."""

    overrides: dict[int, YearOverride] = field(default_factory=dict)
    sources: tuple[str, ...] = ()
    later: tuple[Path, ...] = ()  # read only when a year is unknown (a share may be slow)

    def __post_init__(self) -> None:
        self._package_range = _package_years()
        self._later_read = not self.later

    @classmethod
    def load(cls, folders: Iterable[Path | None] = (), later: Iterable[Path] = ()) -> WorkCalendar:
        """Overrides from `holidays.toml` in each folder; earlier folders win per year.

        `later` folders (the share) are only read the first time a date falls in a year
        nothing read so far knows, so starting the desk never waits on the network.
        """
        merged, sources = _read_folders(folders)
        return cls(merged, tuple(sources), tuple(later))

    def _read_later(self) -> None:
        self._later_read = True
        merged, sources = _read_folders(self.later)
        for year, override in merged.items():
            self.overrides.setdefault(year, override)
        self.sources = self.sources + tuple(sources)

    def knows(self, year: int) -> bool:
        first, last = self._package_range
        if year not in self.overrides and not first <= year <= last and not self._later_read:
            self._read_later()
        return year in self.overrides or first <= year <= last

    def is_workday(self, day: date) -> bool:
        self.knows(day.year)
        override = self.overrides.get(day.year)
        if override is not None:
            return override.is_workday(day)
        first, last = self._package_range
        if not first <= day.year <= last:
            raise CalendarUnknown(
                year=day.year,
                first=first,
                last=last,
                sources=", ".join(self.sources) or "none found",
            )
        import chinese_calendar

        return bool(chinese_calendar.is_workday(day))

    def _workday(self, day: date, lenient: bool) -> bool:
        try:
            return self.is_workday(day)
        except CalendarUnknown:
            if not lenient:
                raise
            return day.weekday() < 5

    def next_workday(self, day: date, lenient: bool = False) -> date:
        """`day` itself when it is a working day, else the first working day after it."""
        while not self._workday(day, lenient):
            day += timedelta(days=1)
        return day

    def add_workdays(self, day: date, count: int, lenient: bool = False) -> date:
        """The `count`th working day after `day` (a non-working `day` counts from the next one).

        lenient=True counts a day of an unknown year as Monday-Friday instead of refusing; only
        for opening a case, which must be saved even when the calendar is missing.
        """
        current = self.next_workday(day, lenient)
        remaining = count
        while remaining > 0:
            current += timedelta(days=1)
            if self._workday(current, lenient):
                remaining -= 1
        return current


@dataclass(frozen=True)
class Deadlines:
    """The deadlines one case gets; None where its kind has no such deadline."""

    kind: str
    received_at: datetime
    points_by: datetime | None
    feedback_by: datetime | None
    reply_by: datetime | None
    rule: str
    estimated_because: str = ""  # set when the calendar was unknown and Mon-Fri was assumed

    def as_json(self) -> dict[str, Any]:
        def iso(value: datetime | None) -> str | None:
            return value.isoformat() if value is not None else None

        return {
            "kind": self.kind,
            "received_at": iso(self.received_at),
            "points_by": iso(self.points_by),
            "feedback_by": iso(self.feedback_by),
            "reply_by": iso(self.reply_by),
            "rule": self.rule,
        }


class DeadlinePolicy:
    """Deadlines per case kind from `[deadlines.<kind>]` of the policy, on a WorkCalendar."""

    def __init__(self, policy_data: dict[str, Any], calendar: WorkCalendar) -> None:
        section = dict(policy_data.get("deadlines", {}))
        self.zone = local_zone(str(section.pop("timezone", DEFAULT_TIMEZONE)))
        self.kinds = {k: v for k, v in section.items() if isinstance(v, dict)}
        self.calendar = calendar

    def compute(self, kind: str, received_at: datetime, strict: bool = True) -> Deadlines:
        """The deadlines of a case received at `received_at`.

        strict=False (opening a case) never refuses: for a year no calendar knows, working days
        are estimated as Monday-Friday and `estimated_because` says why.
        """
        if received_at.tzinfo is None:
            raise ValueError("received_at must be aware")
        if kind not in self.kinds:
            raise ConfigError(
                f"no [deadlines.{kind}] in the policy; known kinds: {', '.join(sorted(self.kinds))}"
            )
        rules = self.kinds[kind]
        local = received_at.astimezone(self.zone)
        points_by = feedback_by = reply_by = None
        rule = estimated = ""
        if "points_minutes" in rules:
            points_by = local + timedelta(minutes=float(rules["points_minutes"]))
        if "feedback_hours" in rules:
            feedback_by = local + timedelta(hours=float(rules["feedback_hours"]))
        if "reply_working_days" in rules:
            n = int(rules["reply_working_days"])
            try:
                due_day = self.calendar.add_workdays(local.date(), n)
            except CalendarUnknown as exc:
                if strict:
                    raise
                estimated = exc.message
                due_day = self.calendar.add_workdays(local.date(), n, lenient=True)
            reply_by = self._end_of(due_day)
            rule = f"end of working day {n} after the day of receipt"
        elif "reply_days" in rules:
            n = int(rules["reply_days"])
            reply_by = self._end_of(local.date() + timedelta(days=n))
            rule = f"end of calendar day {n} after the day of receipt"
        return Deadlines(kind, local, points_by, feedback_by, reply_by, rule, estimated)

    def _end_of(self, day: date) -> datetime:
        return datetime.combine(day, END_OF_DAY).replace(tzinfo=self.zone)

    def to_local(self, when: datetime) -> datetime:
        return when.astimezone(self.zone)


def calendar_folders(config_dir: Path, share_location: str) -> tuple[list[Path], list[Path]]:
    """Where holidays.toml may live: (read at once, read when a year is unknown).

    The profile's config folder is read at start; a folder or UNC share only when needed, as it
    may be slow or unreachable. An smb:// share is not read here (that needs credentials and
    the sync code): branch IT puts the file into the profile instead.
    """
    location = (share_location or "").strip()
    later = [Path(location)] if location and not location.lower().startswith("smb://") else []
    return [config_dir], later
