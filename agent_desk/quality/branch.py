"""The branch-wide source of the weekly review queue: the calls of the shift summaries on the
share, so a supervisor at their own PC reviews every agent's week, whichever desk they used.

The shifts are the report's own (`ReportService.load`: one walk of the share, each shift
once, copies and older revisions of a shift ignored); beside each kept `summary.json` lies its
`calls.csv` (agent_desk/shifts/calls_csv.py), whose answered inbound calls ringing in the week
are the agent's calls. An agent is a branch and an agent number. A call id is the desk's
public id, unique across desks, so a call found in two files is counted once. A calls.csv
that is missing or not one a desk wrote is skipped with a reason; its shift adds no calls.
No Qt here.
"""

from __future__ import annotations

import csv
import logging
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Any, NamedTuple, Protocol

from agent_desk.quality.sampling import SampledCall, agent_seed, choose
from agent_desk.reports.files import in_parallel, open_location
from agent_desk.reports.rows import Skipped
from agent_desk.reports.service import LoadResult, ReportQuery
from agent_desk.shifts.calls_csv import answered_inbound_rows

log = logging.getLogger(__name__)

CALLS_FILE = "calls.csv"


class ShiftLoader(Protocol):
    """What the queue needs of the report service: the shifts of a period, each once."""

    def load(self, actor: Any, query: ReportQuery) -> LoadResult: ...


class BranchCall(NamedTuple):
    """An answered inbound call as the share knows it (no text of the record: that stays on
    the agent's desk). A named tuple: a branch's week is over 100,000 of them; ordered by ring
    time, then call id."""

    ring_started_at: datetime
    call_id: str
    branch: str
    agent_no: str
    agent_name: str
    answered_at: datetime | None
    ended_at: datetime | None
    category: str
    greeting_given: bool
    signoff_given: bool
    phone_call_id: str

    @property
    def complaint(self) -> bool:
        return self.category == "complaint"


@dataclass(frozen=True)
class WeekCalls:
    by_agent: dict[tuple[str, str], list[BranchCall]]  # (branch, agent no) → calls, ring order
    skipped: tuple[Skipped, ...]


def week_calls(
    reports: ShiftLoader,
    actor: Any,
    share: str,
    username: str,
    start: datetime,
    end: datetime,
    zone: tzinfo,
) -> WeekCalls:
    """Every agent's answered inbound calls ringing in [start, end), from the share."""
    # A shift is filed under the day it started: one begun on the Sunday before may hold
    # Monday's first calls.
    first = start.astimezone(zone).date() - timedelta(days=1)
    last = (end.astimezone(zone) - timedelta(microseconds=1)).date()
    loaded = reports.load(actor, ReportQuery(share, first, last))
    files = open_location(share, username)
    try:
        paths = [row.path.rpartition(files.sep)[0] + files.sep + CALLS_FILE for row in loaded.rows]
        read = list(in_parallel(files.read, paths, None, files.parallel))
    finally:
        close = getattr(files, "close", None)
        if close is not None:
            close()
    by_agent: dict[tuple[str, str], list[BranchCall]] = {}
    skipped: list[Skipped] = []
    seen: set[str] = set()
    for row, path, data in zip(loaded.rows, paths, read, strict=True):
        calls = _calls(row, path, data, start, end, skipped)
        fresh = [c for c in calls if c.call_id and c.call_id not in seen]
        seen.update(c.call_id for c in fresh)
        if fresh:
            by_agent.setdefault((row.branch_code, row.agent_no), []).extend(fresh)
    for calls in by_agent.values():
        calls.sort()
    log.info(
        "review queue from %s: %d shifts, %d agents, %d calls, %d files skipped",
        share,
        len(loaded.rows),
        len(by_agent),
        len(seen),
        len(skipped),
    )
    return WeekCalls(by_agent, (*loaded.skipped, *skipped))


def _when(text: str) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _calls(
    row: Any, path: str, data: object, start: datetime, end: datetime, skipped: list[Skipped]
) -> list[BranchCall]:
    """The shift's answered inbound calls ringing in [start, end); none, and a reason, when
    its calls.csv is missing or not one a desk wrote."""
    if isinstance(data, BaseException):
        skipped.append(Skipped(path, "unreadable", f"calls.csv not read: {data}"))
        return []
    try:
        assert isinstance(data, bytes)
        out = []
        for (
            call_id,
            cti,
            ring_text,
            answered,
            ended,
            category,
            greeting,
            signoff,
        ) in answered_inbound_rows(data):
            ring = datetime.fromisoformat(ring_text)
            if ring.tzinfo is None:
                raise ValueError(f"ring time {ring_text!r} has no offset")
            if start <= ring < end:
                out.append(
                    BranchCall(
                        ring,
                        call_id,
                        row.branch_code,
                        row.agent_no,
                        row.agent_name,
                        _when(answered),
                        _when(ended),
                        category,
                        greeting == "1",
                        signoff == "1",
                        cti,
                    )
                )
        return out
    except (ValueError, TypeError, UnicodeDecodeError, csv.Error) as exc:
        skipped.append(Skipped(path, "corrupt", f"not a calls.csv a desk wrote: {exc}"))
        return []


def draw_branch_sample(
    week: WeekCalls,
    name: str,
    key: int | str,
    per_agent: int,
    complaint_cap: int,
    scored: frozenset[str] = frozenset(),
) -> list[SampledCall]:
    """Every agent's sample from the share's calls (`choose`, the rule the desk's store uses),
    ordered by branch, agent number and ring time; the same seed and share, the same queue.

    A desk that syncs late adds calls to an agent's week, and the draw over the larger week
    picks other calls. Calls already `scored` for the week therefore stay in the agent's
    sample, and the draw only fills it up to its size: a supervisor's scored calls never
    drop out of the queue, and the week is never reviewed twice over."""
    out: list[SampledCall] = []
    for (branch, agent_no), calls in sorted(week.by_agent.items()):
        rng = random.Random(agent_seed(key, name, f"{branch}·{agent_no}"))
        by_id = {c.call_id: c for c in calls}
        complaints = [c.call_id for c in calls if c.complaint]
        facts = [(c.call_id, c.complaint) for c in calls]
        drawn = choose(
            len(facts),
            len(complaints),
            complaints.__getitem__,
            facts.__getitem__,
            per_agent,
            complaint_cap,
            rng,
        )
        kept = [c.call_id for c in calls if c.call_id in scored]
        fresh = [i for i in drawn if i not in scored]
        drawn = kept + fresh[: max(len(drawn) - len(kept), 0)]
        for call_id in sorted(drawn, key=lambda i: (by_id[i].ring_started_at, i)):
            c = by_id[call_id]
            out.append(
                SampledCall(
                    call_id=c.call_id,
                    agent_no=c.agent_no,
                    agent_name=c.agent_name,
                    ring_started_at=c.ring_started_at,
                    category=c.category,
                    complaint=c.complaint,
                    phone_call_id=c.phone_call_id,
                    branch=c.branch,
                    from_share=True,
                )
            )
    return out
