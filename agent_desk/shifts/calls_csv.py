"""`calls.csv`: one row per call of a shift, beside its summary on the share.

The desk and the demo write it through `write_calls_csv`, and `read_call_facts` reads it back
into the `CallFacts` the summary's figures were made from, so anyone can recompute every call
figure of a summary from its CSV (a test does, for every demo summary). The `within_rule`
column is the figure's own verdict: empty for outbound calls, which the three-ring rule does
not apply to.

UTF-8 with a byte-order mark so spreadsheet programs on Chinese Windows read it right; numbers
masked (138****1234); times in the branch's zone.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, tzinfo

from agent_desk.shifts.figures import CallFacts, limit_ms, within_rule
from agent_desk.spreadsheet import safe_cell

COLUMNS = (
    "call_id",
    "cti_call_id",
    "direction",
    "caller",
    "ring_started_at",
    "answered_at",
    "ended_at",
    "wrapup_ended_at",
    "answer_delay_seconds",
    "within_rule",
    "outcome",
    "category",
    "resolution",
    "satisfaction",
    "greeting_given",
    "signoff_given",
    # the durations the figures add up, to the millisecond (the times above are to the second)
    "ring_seconds",
    "talk_seconds",
    "wrapup_seconds",
)


@dataclass(frozen=True, slots=True)
class CallLine:
    """One row: the call's identity and times, and the facts its figures come from."""

    call_id: str
    caller: str  # already masked
    ring_started_at: datetime
    facts: CallFacts
    cti_call_id: str = ""
    answered_at: datetime | None = None
    ended_at: datetime | None = None
    wrapup_ended_at: datetime | None = None


def _flag(value: bool | None) -> str:
    return "" if value is None else ("1" if value else "0")


def _secs(value_ms: int | None) -> str:
    return "" if value_ms is None else f"{value_ms / 1000:.3f}"


def _iso(when: datetime | None, zone: tzinfo) -> str:
    return "" if when is None else when.astimezone(zone).isoformat(timespec="seconds")


def write_calls_csv(lines: Iterable[CallLine], answer_limit_seconds: float, zone: tzinfo) -> bytes:
    limit = limit_ms(answer_limit_seconds)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for line in lines:
        f = line.facts
        writer.writerow(
            (
                safe_cell(line.call_id),
                safe_cell(line.cti_call_id),
                safe_cell(f.direction),
                safe_cell(line.caller),
                _iso(line.ring_started_at, zone),
                _iso(line.answered_at, zone),
                _iso(line.ended_at, zone),
                _iso(line.wrapup_ended_at, zone),
                _secs(f.answer_delay_ms if f.answered_inbound else None),
                _flag(within_rule(f, limit)),
                safe_cell(f.outcome),
                safe_cell(f.category),
                safe_cell(f.resolution),
                "" if f.satisfaction is None else str(f.satisfaction),
                _flag(f.greeting),
                _flag(f.signoff),
                _secs(f.ring_ms),
                _secs(f.talk_ms),
                _secs(f.wrapup_ms),
            )
        )
    return out.getvalue().encode("utf-8-sig")


def _ms(text: str) -> int | None:
    return round(float(text) * 1000) if text else None


def read_call_facts(data: bytes) -> list[CallFacts]:
    """The facts back from a calls.csv (as written by `write_calls_csv`)."""
    facts = []
    for row in csv.DictReader(io.StringIO(data.decode("utf-8-sig"))):
        facts.append(
            CallFacts(
                direction=row["direction"],
                outcome=row["outcome"],
                answer_delay_ms=_ms(row["answer_delay_seconds"]),
                ring_ms=_ms(row["ring_seconds"]) or 0,
                talk_ms=_ms(row["talk_seconds"]) or 0,
                wrapup_ms=_ms(row["wrapup_seconds"]) or 0,
                category=row["category"],
                resolution=row["resolution"],
                satisfaction=int(row["satisfaction"]) if row["satisfaction"] else None,
                greeting=row["greeting_given"] == "1",
                signoff=row["signoff_given"] == "1",
            )
        )
    return facts


# What the weekly review queue reads of each answered inbound call (agent_desk/quality/branch.py).
ANSWERED_FIELDS = (
    "call_id",
    "cti_call_id",
    "ring_started_at",
    "answered_at",
    "ended_at",
    "category",
    "greeting_given",
    "signoff_given",
)


def answered_inbound_rows(data: bytes) -> list[list[str]]:
    """The answered inbound calls of a calls.csv, each as its ANSWERED_FIELDS texts, read
    without making every call's facts (a branch's week is over 100,000 rows); ValueError when
    the file is not one `write_calls_csv` wrote."""
    reader = csv.reader(io.StringIO(data.decode("utf-8-sig")))
    header = next(reader, None)
    if header is None:
        raise ValueError("empty file")
    try:
        pick = [header.index(name) for name in ANSWERED_FIELDS]
        direction, outcome = header.index("direction"), header.index("outcome")
    except ValueError:
        raise ValueError("not the columns of a calls.csv") from None
    rows = []
    for row in reader:
        if len(row) != len(header):
            raise ValueError(f"line {reader.line_num} has {len(row)} fields, not {len(header)}")
        if row[direction] == "inbound" and row[outcome] == "answered":
            rows.append([row[i] for i in pick])
    return rows
