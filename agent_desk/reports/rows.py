"""One summary file → the row a report adds up, or why it cannot be used.

Each `*.json` file found is checked against the shift-summary schema of its version (1-3);
what cannot be used (truncated, corrupt, binary junk, another program's JSON, an unknown
version, an impossible number such as `1e999` or `10^15` calls, counts that contradict each
other) becomes a `Skipped` with its reason and never stops the report. No export can then hold
NaN or Infinity: no such number gets past here.
"""

from __future__ import annotations

import contextlib
import gc
import json
import math
import operator
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any, NamedTuple

import orjson

from agent_desk.reports.files import MAX_SUMMARY_BYTES
from agent_desk.shifts.schema import SCHEMA_NAME, SUPPORTED_VERSIONS, VersionedValidator

AGENT_SEPARATOR = "·"  # BJ01·1001: an agent is a branch and an agent number

# Why a file was skipped; the UI turns each code into words.
SKIP_REASONS = (
    "removed",  # gone between listing and reading (the desk was replacing it)
    "unreadable",  # the file system refused to read it
    "too_large",
    "binary",  # not UTF-8 text
    "truncated",  # JSON that stops early (an interrupted copy)
    "corrupt",  # text that is not JSON
    "not_finite",  # a number JSON does not allow or that overflows (NaN, Infinity, 1e999)
    "foreign",  # JSON, but not an AgentDesk shift summary
    "version",  # a summary version this build does not know
    "schema",  # a summary that does not match the schema (also: a number out of bounds)
    "inconsistent",  # matches the schema but its counts contradict each other
    "older_revision",  # the same shift again, with an older generated_at than the one used
    "conflicting_copy",  # the same shift, same generated_at, different content
    "link",  # a symbolic link or junction on the share: never followed
    "loop",  # a folder seen before (a link loop the server follows for us)
    "too_deep",  # folders nested deeper than any share layout
    "name_not_utf8",  # a file or folder whose name is not UTF-8 text: not read, not entered
)


class ShiftRow(NamedTuple):
    """The figures of one shift summary that reports add up; no phone number is among them.

    A named tuple rather than a dataclass: a year's report makes 120,000 of them from the
    index, and a tuple is made several times faster than a frozen dataclass of 42 fields."""

    path: str
    shift_id: str
    sha256: str
    generated_ts: float  # generated_at as a POSIX time: the newest revision of a shift wins
    agent_key: str  # BJ01·1001: an agent is a branch and an agent number
    agent_no: str
    agent_name: str
    branch_code: str
    branch_name: str
    desk_code: str
    started_at: str  # ISO 8601 in the branch's zone
    day: str  # the branch's local date of the shift start, YYYY-MM-DD
    version: int
    answer_limit: float
    offered: int
    answered: int
    outbound: int
    abandoned_within_rule: int
    abandoned_after_rule: int
    answered_within_rule: int
    answer_delay_sum: float
    answer_delay_max: float
    talk_seconds: float
    wrapup_seconds: float
    handled: int
    resolved: int
    satisfaction_sum: int
    satisfaction_count: int
    greeting: int
    signoff: int
    online_seconds: float
    break_seconds: float
    cases_opened: int
    cases_replied: int
    cases_replied_on_time: int
    cases_closed: int
    cases_overdue: int
    callbacks_due: int
    callbacks_on_time: int
    callbacks_late: int
    callbacks_overdue: int
    # Knowledge-base articles of the agent first published in the month so far (version 3;
    # -1 when the summary is older and does not say). Month-to-date, so never summed.
    kb_published: int

    @property
    def folder(self) -> Path:
        return Path(self.path).parent

    @property
    def agent_label(self) -> str:
        """`BJ01·1001 李小梅`."""
        return f"{self.agent_key} {self.agent_name}".rstrip()


ROW_FIELDS = ShiftRow._fields
# The counts and sums a group of shifts adds up (everything else identifies the shift).
SUMMED = (
    "offered",
    "answered",
    "outbound",
    "abandoned_within_rule",
    "abandoned_after_rule",
    "answered_within_rule",
    "answer_delay_sum",
    "talk_seconds",
    "wrapup_seconds",
    "handled",
    "resolved",
    "satisfaction_sum",
    "satisfaction_count",
    "greeting",
    "signoff",
    "online_seconds",
    "break_seconds",
    "cases_opened",
    "cases_replied",
    "cases_replied_on_time",
    "cases_closed",
    "cases_overdue",
    "callbacks_due",
    "callbacks_on_time",
    "callbacks_late",
    "callbacks_overdue",
)


def agent_key(branch_code: str, agent_no: str) -> str:
    return f"{branch_code}{AGENT_SEPARATOR}{agent_no}"


_NAME = operator.itemgetter(ROW_FIELDS.index("agent_name"))


def agent_names(rows: Iterable[ShiftRow]) -> tuple[str, ...]:
    """The names an agent's shifts carry: one, or more when two people were given the same
    agent number at two desks of a branch (`table.name_clashes`)."""
    return tuple(sorted({name.strip() for name in set(map(_NAME, rows))} - {""}))


def _when(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def row_from_summary(
    path: str, doc: dict[str, Any], sha256: str = "", zone: tzinfo | None = None
) -> ShiftRow:
    """The row of a checked summary (version 1, 2 or 3); its times in the branch's `zone` (as
    written in the summary when None). Made positionally: 120,000 of them on a year's share."""
    calls, shift, cb = doc["calls"], doc["shift"], doc["callbacks"]
    opened = replied = on_time = closed = overdue = 0
    for k in doc["cases"]["by_kind"].values():
        opened += k["opened"]
        replied += k["replied"]
        on_time += k["replied_on_time"]
        closed += k["closed"]
        overdue += k["overdue"]
    started = _when(shift["started_at"])
    if zone is not None:
        started = started.astimezone(zone)
    started_at = started.isoformat(timespec="seconds")
    agent, branch = doc["agent"], doc["branch"]
    values = (
        path,
        doc["shift_id"],
        sha256,
        _when(doc["generated_at"]).timestamp(),
        agent_key(branch["code"], agent["agent_no"]),
        agent["agent_no"],
        agent["name"],
        branch["code"],
        branch["name"],
        (doc.get("desk") or {}).get("code", ""),
        started_at,
        started_at[:10],
        int(doc["version"]),
        float(doc["rule"]["answer_limit_seconds"]),
        int(calls["offered"]),
        int(calls["answered"]),
        int(calls["outbound"]),
        int(calls["abandoned_within_rule"]),
        int(calls["abandoned_after_rule"]),
        int(calls["answered_within_rule"]),
        float(calls["answer_delay_sum_seconds"]),
        float(calls["answer_delay_max_seconds"] or 0.0),
        float(calls["talk_seconds"]),
        float(calls["wrapup_seconds"]),
        int(calls["handled"]),
        int(calls["resolved_on_call"]),
        int(calls["satisfaction_sum"]),
        int(calls["satisfaction_count"]),
        int(calls["greeting_given"]),
        int(calls["signoff_given"]),
        float(shift["online_seconds"]),
        float(shift["break_seconds"]),
        int(opened),
        int(replied),
        int(on_time),
        int(closed),
        int(overdue),
        int(cb["due"]),
        int(cb["done_on_time"]),
        int(cb["done_late"]),
        int(cb["overdue"]),
        int(doc["knowledge"]["published"]) if "knowledge" in doc else -1,
    )
    return tuple.__new__(ShiftRow, values)


def inconsistency(row: ShiftRow, doc: dict[str, Any] | None = None) -> str | None:
    """Counts that cannot both be true; such a summary would skew every total it joins."""
    rules = (
        (row.answered <= row.offered, "answered > offered"),
        (
            row.answered + row.abandoned_within_rule + row.abandoned_after_rule <= row.offered,
            "answered + abandoned > offered",
        ),
        (row.answered_within_rule <= row.answered, "answered_within_rule > answered"),
        (row.handled == row.answered + row.outbound, "handled != answered + outbound"),
        (row.resolved <= row.handled, "resolved_on_call > handled"),
        (row.satisfaction_count <= row.handled, "satisfaction_count > handled"),
        (
            row.satisfaction_count <= row.satisfaction_sum <= 5 * row.satisfaction_count,
            "satisfaction_sum outside 1-5 per rating",
        ),
        (row.greeting <= row.handled, "greeting_given > handled"),
        (row.signoff <= row.handled, "signoff_given > handled"),
        (row.cases_replied_on_time <= row.cases_replied, "replied_on_time > replied"),
        (
            row.callbacks_on_time + row.callbacks_late + row.callbacks_overdue <= row.callbacks_due,
            "callbacks done + overdue > due",
        ),
    )
    for ok, why in rules:
        if not ok:
            return why
    if doc is None:
        return None
    if doc.get("version") in (2, 3):
        base = doc["calls"]["within_rule_base"]
        if base != row.answered + row.abandoned_after_rule:
            return "within_rule_base != answered + abandoned_after_rule"
    return _times_inconsistency(doc)


# The summary's times are whole seconds: a span read from them can be a second short of the
# milliseconds the desk added up.
_SPAN_SLACK_SECONDS = 2.0
# A desk closes a shift when it ends, or at its next start after a crash (at the shift's last
# activity): a summary generated more than a year after its shift is a damaged or edited copy,
# whose far-future generated_at would otherwise win over every true revision of the shift.
_LATEST_GENERATION = 366 * 86400.0


def _times_inconsistency(doc: dict[str, Any]) -> str | None:
    """Times that cannot be true together: more online and break time than the shift lasted,
    or a summary generated more than a year after its shift. A shift whose clock went back
    while it ran (ended before it started, generated before it ended) is still counted: its
    calls are real, and the desk wrote it that way."""
    shift = doc["shift"]
    ended = _when(shift["ended_at"]).timestamp()
    span = max(0.0, ended - _when(shift["started_at"]).timestamp())
    if shift["online_seconds"] + shift["break_seconds"] > span + _SPAN_SLACK_SECONDS:
        return "online_seconds + break_seconds > the shift's length"
    if _when(doc["generated_at"]).timestamp() > ended + _LATEST_GENERATION:
        return "generated_at more than a year after the shift ended"
    return None


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str  # one of SKIP_REASONS
    detail: str = ""


class _NotFinite(ValueError):
    pass


def _no_constant(name: str) -> Any:
    raise _NotFinite(f"{name} is not a number JSON allows")


# One decoder for every file: json.loads(text, parse_constant=…) would build a new one each time.
_DECODE = json.JSONDecoder(parse_constant=_no_constant).decode
# Strict JSON four times as quick (a year's report reads 120,000 files). What it accepts, json
# reads the same way, except integers beyond 64 bits, which it reads as floats: every number
# of the schema is bounded far below that, so such a file is refused either way. What it
# refuses is read again by `_DECODE`, which says why.
_FAST_DECODE = orjson.loads


def _first_infinite(node: Any, where: str = "") -> str | None:
    """Where a number that overflowed to infinity sits in a document, if one does."""
    if type(node) is float:
        return None if math.isfinite(node) else where or "(top)"
    items = node.items() if type(node) is dict else enumerate(node) if type(node) is list else ()
    for key, value in items:
        found = _first_infinite(value, f"{where}/{key}" if where else str(key))
        if found is not None:
            return found
    return None


def parse_summary(
    path: str, data: bytes, validator: VersionedValidator, sha256: str, zone: tzinfo
) -> ShiftRow | Skipped:
    """One file's bytes → its row, or why it cannot be used."""
    if len(data) > MAX_SUMMARY_BYTES:  # read only up to one byte past the limit
        return Skipped(path, "too_large", f"more than {MAX_SUMMARY_BYTES:,} bytes")
    try:
        doc = _FAST_DECODE(data)
    except orjson.JSONDecodeError:
        doc = _decode_or_skip(path, data)
        if type(doc) is Skipped:
            return doc
    return _checked(path, doc, validator, sha256, zone)


def _decode_or_skip(path: str, data: bytes) -> Any:
    """The standard decoder's reading of a file orjson refused (a byte order mark, NaN, a
    number too large for a double, broken UTF-8 or JSON): the document, or why it is skipped."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.reason != "unexpected end of data":
            return Skipped(path, "binary", f"not UTF-8 text at byte {exc.start}")
        return Skipped(path, "truncated", f"ends inside a character ({len(data)} bytes)")
    if "\x00" in text:
        return Skipped(path, "binary", "contains NUL bytes")
    try:
        doc = _DECODE(text)
    except _NotFinite as exc:
        return Skipped(path, "not_finite", str(exc))
    except ValueError as exc:
        if not isinstance(exc, json.JSONDecodeError):
            return Skipped(path, "corrupt", str(exc)[:300])
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            return Skipped(path, "truncated", f"the JSON ends early ({len(data)} bytes)")
        return Skipped(path, "corrupt", f"{exc.msg} at line {exc.lineno} column {exc.colno}")
    except RecursionError:
        return Skipped(path, "corrupt", "nested too deeply")
    try:  # "\ud800": JSON may escape half a surrogate pair, but it is no text to show or export
        json.dumps(doc, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        return Skipped(path, "corrupt", f"text that is not Unicode ({exc.reason})")
    return doc


def _checked(
    path: str, doc: Any, validator: VersionedValidator, sha256: str, zone: tzinfo
) -> ShiftRow | Skipped:
    if not isinstance(doc, dict) or doc.get("schema") != SCHEMA_NAME:
        return Skipped(path, "foreign", "not an AgentDesk shift summary")
    version = doc.get("version")
    if version not in SUPPORTED_VERSIONS or isinstance(version, bool):
        return Skipped(path, "version", f"version {version!r}")
    problem = validator.problem(doc)
    if problem is not None:
        # 1e999 parses as infinity, which every bound of the schema refuses: say why
        infinite = _first_infinite(doc)
        if infinite is not None:
            return Skipped(path, "not_finite", f"{infinite} is not a finite number")
        return Skipped(path, "schema", _short_numbers(problem))
    try:
        row = row_from_summary(path, doc, sha256, zone)
    except (KeyError, TypeError, ValueError, OverflowError) as exc:
        return Skipped(path, "schema", f"{exc.__class__.__name__}: {exc}"[:300])
    why = inconsistency(row, doc)
    if why is not None:
        return Skipped(path, "inconsistent", why)
    return row


_LONG_NUMBER = re.compile(r"\d{21,}")


def _short_numbers(text: str) -> str:
    """A 400-digit number in a skip reason as its first digits and its length, so the reason
    stays one readable line."""
    return _LONG_NUMBER.sub(lambda m: f"{m.group(0)[:6]}… ({len(m.group(0))} digits)", text)[:500]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """A year's report makes millions of tuples: each few thousand of them set off a garbage
    collection that walks all the others (a second of a two-second load, and a collection of
    the whole heap, ~0.2 s, while its 118,000 rows are summed and graded). Rows, groups and
    their totals hold no reference cycles, so the collector waits until the load or the
    adding up is done (pauses nest: only the outermost one starts it again).

    What was made meanwhile is long-lived (a report's rows stay while it is shown), so it goes
    straight to the oldest generation (`gc.freeze` then `gc.unfreeze`: two list splices)
    instead of the first young collection walking all of it (0.12 s after a year's warm
    load); anything there that turns out to be garbage is collected with the oldest
    generation, as every long-lived object is."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()
