"""The weekly review sample: per agent, `[quality] sample_per_agent` answered calls (all of them
when the agent had fewer): complaints first, at most `[quality] complaints_per_agent` of them,
the rest ordinary calls drawn at random (`choose`, the one rule for every source of calls).

Reproducible: the draw for one agent depends only on the seed, the week and the agent number,
so the same seed gives the same queue on any desk, whatever else is in the store. Without a
seed the week itself is the seed (the queue of a week does not change by asking again).

Efficient: each agent's answered calls of the week are read from the partial index
`ix_calls_answered_agent_ring` (agent, ring time; answered calls only) without touching the
calls table, and the complaints from `ix_calls_answered_complaint` (the same, complaints only).
SQLite has no positional access into an index and counts by reading every entry, so the number
of calls each agent answered in each hour comes from `call_hour_counts` (kept by triggers on
`calls`, migration 0011), and a drawn position is reached through its hour (an OFFSET of at most
one hour's calls) instead of through the whole week. 300 agents over a week of 2,000,000 calls
is measured by bench/qa.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy.orm import Session

K = TypeVar("K")  # a call as its source names it: a row id here, a public call id on the share

# How SQLAlchemy's DateTime stores a time in SQLite (naive UTC, see models/base.py).
_STORED = "%Y-%m-%d %H:%M:%S.%f"

_WHERE = (
    "WHERE outcome = 'answered' AND agent_id = :agent "
    "AND ring_started_at >= :lo AND ring_started_at < :hi"
)
_ANSWERED = "FROM calls INDEXED BY ix_calls_answered_agent_ring " + _WHERE
# Answered calls per hour (the stored text's first 13 characters: YYYY-MM-DD HH), in order.
_PER_HOUR = (
    "SELECT hour, answered FROM call_hour_counts WHERE agent_id = :agent "
    "AND hour >= substr(:lo, 1, 13) AND hour <= substr(:hi, 1, 13) AND answered > 0 "
    "ORDER BY hour"
)
_HOUR_COUNT = f"SELECT count(*) {_ANSWERED}"
_IN_COMPLAINTS = (
    "FROM calls INDEXED BY ix_calls_answered_complaint " + _WHERE + " AND category = 'complaint'"
)
_COMPLAINT_COUNT = f"SELECT count(*) {_IN_COMPLAINTS}"
_COMPLAINT_AT = f"SELECT id {_IN_COMPLAINTS} ORDER BY ring_started_at, id LIMIT 1 OFFSET :n"
_CATEGORY = "SELECT category FROM calls WHERE id = :id"
_AT = f"SELECT id {_ANSWERED} ORDER BY ring_started_at, id LIMIT 1 OFFSET :n"
_DETAILS = (
    "SELECT id, public_id, ring_started_at, category, cti_call_id FROM calls "
    "WHERE id IN ({marks}) ORDER BY id"
)


@dataclass(frozen=True)
class SampledCall:
    call_id: str  # the desk's call id (public), as `qa score` takes it
    agent_no: str
    agent_name: str
    ring_started_at: datetime
    category: str
    complaint: bool
    phone_call_id: str  # the phone system's own id (SIP Call-ID), empty when none
    branch: str = ""  # the agent's branch when the call came from the share, else empty
    from_share: bool = False  # drawn from calls.csv on the share: its record is on its desk


def stored(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(_STORED)


def agent_seed(seed: int | str, week: str, agent_no: str) -> str:
    return f"{seed}|{week}|{agent_no}"


class _Reader:
    """The store's own DB-API cursor: a sample runs a few thousand small queries, and
    SQLAlchemy's per-statement and per-row work would be most of its time."""

    def __init__(self, session: Session) -> None:
        driver = session.connection().connection.driver_connection
        assert driver is not None  # an open session's connection
        self._cursor = driver.cursor()

    def all(self, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        return list(self._cursor.execute(sql, params).fetchall())

    def one(self, sql: str, params: dict[str, Any]) -> tuple[Any, ...] | None:
        row = self._cursor.execute(sql, params).fetchone()
        return None if row is None else tuple(row)

    def close(self) -> None:
        self._cursor.close()


def choose(
    total: int,
    complaints: int,
    complaint_at: Callable[[int], K | None],
    at: Callable[[int], tuple[K, bool] | None],
    per_agent: int,
    complaint_cap: int,
    rng: random.Random,
) -> list[K]:
    """The drawing rule, one for every source of calls: which of an agent's `total` answered
    calls of the week are reviewed. `at(n)` is the n-th of them in ring order and whether it
    is a complaint, `complaint_at(i)` the i-th complaint (None when it has gone).

    Complaints first, up to `complaint_cap` of them (drawn at random when there are more),
    then ordinary calls drawn at random until the agent has `per_agent` in all; when they had
    too few ordinary calls, more complaints fill the sample, and an agent with no more than
    `per_agent` answered calls has every one reviewed. Complaints first, then ordinary calls,
    each part in ring order. Only the drawn calls are looked at: a week of 600 complaints
    costs two look-ups, not 600."""
    if total == 0:
        return []
    first = sorted(rng.sample(range(complaints), min(complaint_cap, complaints)))
    ordinary = total - complaints
    need = max(per_agent - len(first), 0)
    picked: dict[K, None] = {}
    if 0 < ordinary <= need:  # too few ordinary calls to draw from: all of them
        for n in range(total):
            found = at(n)
            if found is not None and not found[1]:
                picked[found[0]] = None
    elif need > 0 and ordinary > 0:
        # Positions among the week's answered calls (ring order); a complaint's position is
        # drawn again. There are more than `need` ordinary calls, so the draw ends (at the
        # latest when every position was drawn, should the counts be ahead of the calls).
        seen: set[int] = set()
        while len(picked) < need and len(seen) < total:
            n = rng.randrange(total)
            if n in seen:
                continue
            seen.add(n)
            found = at(n)
            if found is not None and not found[1]:
                picked[found[0]] = None
    short = per_agent - len(first) - len(picked)
    if short > 0:  # too few ordinary calls: more complaints, drawn from the rest
        rest = sorted(set(range(complaints)) - set(first))
        first = sorted(first + rng.sample(rest, min(short, len(rest))))
    taken = [c for c in map(complaint_at, first) if c is not None]
    return taken + [c for c in picked if c not in taken]


def draw_ids(
    db: _Reader,
    agent_id: int,
    lo: str,
    hi: str,
    per_agent: int,
    complaint_cap: int,
    rng: random.Random,
) -> list[int]:
    """The row ids of one agent's sample in this desk's store (`choose` decides which)."""
    params: dict[str, Any] = {"agent": agent_id, "lo": lo, "hi": hi}
    hours = _hours(db, params)
    total = sum(n for _, n in hours)
    if total == 0:
        return []
    found = db.one(_COMPLAINT_COUNT, params)
    complaints = int(found[0]) if found else 0

    def complaint_at(i: int) -> int | None:
        row = db.one(_COMPLAINT_AT, {**params, "n": i})
        return None if row is None else int(row[0])

    def at(n: int) -> tuple[int, bool] | None:
        call = _at(db, params, hours, n)
        if call < 0:
            return None
        row = db.one(_CATEGORY, {"id": call})
        return call, row is not None and row[0] == "complaint"

    return choose(total, complaints, complaint_at, at, per_agent, complaint_cap, rng)


def _hours(db: _Reader, params: dict[str, Any]) -> list[tuple[str, int]]:
    """(hour, answered calls) of the agent in [lo, hi); an hour the range cuts (the week's
    bounds are whole hours in zones with whole-hour offsets, not in all) is counted from the
    calls themselves."""
    rows = db.all(_PER_HOUR, params)
    if not rows:
        return []
    out = [(str(h), int(n)) for h, n in rows]
    for i in (0, len(out) - 1):
        hour = out[i][0]
        low, high = _hour_range(params, hour)
        if low != f"{hour}:00:00.000000" or high != f"{hour}:59:59.999999~":
            found = db.one(_HOUR_COUNT, {**params, "lo": low, "hi": high})
            out[i] = (hour, int(found[0]) if found else 0)
    return [(h, n) for h, n in out if n > 0]


def _hour_range(params: dict[str, Any], hour: str) -> tuple[str, str]:
    return max(params["lo"], f"{hour}:00:00.000000"), min(params["hi"], f"{hour}:59:59.999999~")


def _at(db: _Reader, params: dict[str, Any], hours: list[tuple[str, int]], n: int) -> int:
    """The id of the n-th answered call of the range (ring order), reached through its hour."""
    for hour, count in hours:
        if n < count:
            low, high = _hour_range(params, hour)
            row = db.one(_AT, {**params, "lo": low, "hi": high, "n": n})
            if row is None:  # the count is ahead of the calls: the hour's first call
                row = db.one(_AT, {**params, "lo": low, "hi": high, "n": 0})
            return -1 if row is None else int(row[0])  # -1: an hour with no call after all
        n -= count
    raise IndexError(n)  # pragma: no cover - n < total


def draw_sample(
    session: Session,
    week: str,
    start: datetime,
    end: datetime,
    per_agent: int,
    seed: int | str | None = None,
    complaint_cap: int = 2,
) -> list[SampledCall]:
    """Every agent's sample for the week [start, end), ordered by agent number and ring time."""
    lo, hi = stored(start), stored(end)
    key = week if seed is None else seed
    db = _Reader(session)
    try:
        chosen: list[tuple[int, str, str]] = []
        for agent_id, agent_no, name in db.all(
            "SELECT id, agent_no, name FROM agents ORDER BY agent_no", {}
        ):
            rng = random.Random(agent_seed(key, week, agent_no))
            for call in draw_ids(db, int(agent_id), lo, hi, per_agent, complaint_cap, rng):
                chosen.append((call, str(agent_no), str(name)))
        rows: dict[int, tuple[Any, ...]] = {}
        ids = sorted(c[0] for c in chosen)
        for i in range(0, len(ids), 900):
            part = ids[i : i + 900]
            marks = ", ".join(f":i{j}" for j in range(len(part)))
            params = {f"i{j}": v for j, v in enumerate(part)}
            for row in db.all(_DETAILS.format(marks=marks), params):
                rows[int(row[0])] = row
    finally:
        db.close()
    out: list[SampledCall] = []
    for call, agent_no, name in chosen:
        _, public_id, ring, category, phone_id = rows[call]
        when = datetime.fromisoformat(ring) if isinstance(ring, str) else ring
        out.append(
            SampledCall(
                call_id=str(public_id),
                agent_no=agent_no,
                agent_name=name,
                ring_started_at=when.replace(tzinfo=UTC),
                category=str(category or ""),
                complaint=category == "complaint",
                phone_call_id=str(phone_id or ""),
            )
        )
    out.sort(key=lambda s: (s.agent_no, s.ring_started_at, s.call_id))
    return out
