"""Supervisor reports over the shift summaries published to the share.

A supervisor points the report at the share (a mounted folder, a UNC path, smb://, or any
folder of summaries; file access is in `report_files.py`), a date range, branches and agents.
Every `*.json` file found is checked against the shift-summary schema; whatever cannot be used
(truncated, corrupt, binary junk, another program's JSON, an unknown version, a file removed
while loading) is listed as skipped with its reason and never stops the report.

Reading 10,000 files over a branch network is the slow part, so what was read is kept in a local
SQLite index (`reports_index.db` in the profile's data folder) keyed by path, size and
modification time, with the content's SHA-256: a file whose size and mtime are unchanged is not
read again, and a file that was rewritten with the same bytes is not parsed again.

Figures are aggregated by agent, branch, day or shift from counts and sums, never by averaging
percentages, and each is compared with its target from the policy. No Qt here: the report view,
the CLI and the tests all call this module.
"""

from __future__ import annotations

import hashlib
import json
import logging
import marshal
import operator
import os
import sqlite3
import statistics
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agent_desk.clock import Clock
from agent_desk.errors import PermissionDenied
from agent_desk.policy import Policy
from agent_desk.reports.files import (
    MAX_SUMMARY_BYTES,
    ReportCancelled,
    SmbFiles,
    find_summaries,
    in_parallel,
    is_missing,
    open_location,
    would_list,
)
from agent_desk.shifts.schema import SummaryValidator

if TYPE_CHECKING:
    from agent_desk.accounts import AgentInfo

log = logging.getLogger(__name__)

SCHEMA_NAME = "agent-desk/shift-summary"
SUPPORTED_VERSIONS = (1,)
INDEX_FILE = "reports_index.db"
INDEX_VERSION = 3
GROUPINGS = ("agent", "branch", "day", "shift")

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

# Why a file was skipped; the UI turns each code into words.
SKIP_REASONS = (
    "removed",  # gone between listing and reading (the desk was replacing it)
    "unreadable",  # the file system refused to read it
    "too_large",
    "binary",  # not UTF-8 text
    "truncated",  # JSON that stops early (an interrupted copy)
    "corrupt",  # text that is not JSON
    "foreign",  # JSON, but not an AgentDesk shift summary
    "version",  # a summary version this build does not know
    "schema",  # a summary that does not match the schema
    "inconsistent",  # matches the schema but its counts contradict each other
)


# --- what one summary contributes ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ShiftRow:
    """The figures of one shift summary that reports add up; no phone number is among them."""

    path: str
    shift_id: str
    agent_no: str
    agent_name: str
    branch_code: str
    branch_name: str
    started_at: str  # ISO 8601 with the desk's offset
    day: str  # the desk's local date of the shift start, YYYY-MM-DD
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

    @property
    def folder(self) -> Path:
        return Path(self.path).parent


ROW_FIELDS = tuple(f.name for f in fields(ShiftRow))


def row_from_summary(path: str, doc: dict[str, Any]) -> ShiftRow:
    calls, shift, cb = doc["calls"], doc["shift"], doc["callbacks"]
    kinds = doc["cases"]["by_kind"].values()
    started = datetime.fromisoformat(shift["started_at"].replace("Z", "+00:00"))
    return ShiftRow(
        path=path,
        shift_id=doc["shift_id"],
        agent_no=doc["agent"]["agent_no"],
        agent_name=doc["agent"]["name"],
        branch_code=doc["branch"]["code"],
        branch_name=doc["branch"]["name"],
        started_at=shift["started_at"],
        day=started.date().isoformat(),
        answer_limit=float(doc["rule"]["answer_limit_seconds"]),
        offered=int(calls["offered"]),
        answered=int(calls["answered"]),
        outbound=int(calls["outbound"]),
        abandoned_within_rule=int(calls["abandoned_within_rule"]),
        abandoned_after_rule=int(calls["abandoned_after_rule"]),
        answered_within_rule=int(calls["answered_within_rule"]),
        answer_delay_sum=float(calls["answer_delay_sum_seconds"]),
        answer_delay_max=float(calls["answer_delay_max_seconds"] or 0.0),
        talk_seconds=float(calls["talk_seconds"]),
        wrapup_seconds=float(calls["wrapup_seconds"]),
        handled=int(calls["handled"]),
        resolved=int(calls["resolved_on_call"]),
        satisfaction_sum=int(calls["satisfaction_sum"]),
        satisfaction_count=int(calls["satisfaction_count"]),
        greeting=int(calls["greeting_given"]),
        signoff=int(calls["signoff_given"]),
        online_seconds=float(shift["online_seconds"]),
        break_seconds=float(shift["break_seconds"]),
        cases_opened=sum(int(k["opened"]) for k in kinds),
        cases_replied=sum(int(k["replied"]) for k in kinds),
        cases_replied_on_time=sum(int(k["replied_on_time"]) for k in kinds),
        cases_closed=sum(int(k["closed"]) for k in kinds),
        cases_overdue=sum(int(k["overdue"]) for k in kinds),
        callbacks_due=int(cb["due"]),
        callbacks_on_time=int(cb["done_on_time"]),
        callbacks_late=int(cb["done_late"]),
        callbacks_overdue=int(cb["overdue"]),
    )


def inconsistency(row: ShiftRow) -> str | None:
    """Counts that cannot both be true; such a summary would skew every total it joins."""
    rules = (
        (row.answered <= row.offered, "answered > offered"),
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
    return None


# --- reading one file -------------------------------------------------------------------------


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str  # one of SKIP_REASONS
    detail: str = ""


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def parse_summary(path: str, data: bytes, validator: SummaryValidator) -> ShiftRow | Skipped:
    """One file's bytes → its row, or why it cannot be used."""
    if len(data) > MAX_SUMMARY_BYTES:
        return Skipped(path, "too_large", f"{len(data)} bytes")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.reason != "unexpected end of data":
            return Skipped(path, "binary", f"not UTF-8 text at byte {exc.start}")
        return Skipped(path, "truncated", f"ends inside a character ({len(data)} bytes)")
    if "\x00" in text:
        return Skipped(path, "binary", "contains NUL bytes")
    try:
        doc = json.loads(text, parse_constant=_no_constant)
    except ValueError as exc:
        if not isinstance(exc, json.JSONDecodeError):
            return Skipped(path, "corrupt", str(exc))
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            return Skipped(path, "truncated", f"the JSON ends early ({len(data)} bytes)")
        return Skipped(path, "corrupt", f"{exc.msg} at line {exc.lineno} column {exc.colno}")
    except RecursionError:
        return Skipped(path, "corrupt", "nested too deeply")
    if not isinstance(doc, dict) or doc.get("schema") != SCHEMA_NAME:
        return Skipped(path, "foreign", "not an AgentDesk shift summary")
    version = doc.get("version")
    if version not in SUPPORTED_VERSIONS or isinstance(version, bool):
        return Skipped(path, "version", f"version {version!r}")
    problem = validator.problem(doc)
    if problem is not None:
        return Skipped(path, "schema", problem)
    try:
        row = row_from_summary(path, doc)
    except (KeyError, TypeError, ValueError, OverflowError) as exc:
        return Skipped(path, "schema", f"{exc.__class__.__name__}: {exc}"[:300])
    why = inconsistency(row)
    if why is not None:
        return Skipped(path, "inconsistent", why)
    return row


# --- the local index ----------------------------------------------------------------------------

_CREATE = """
CREATE TABLE files (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    reason TEXT,
    detail TEXT,
    row BLOB
) WITHOUT ROWID
"""
# The row's fields after `path`, marshalled: one column to fetch instead of 35 (the index is
# a cache of this program's own, so marshal's Python-specific format is fine).
_ROW_VALUES = operator.attrgetter(*ROW_FIELDS[1:])


@dataclass
class _Entry:
    size: int
    mtime_ns: int
    sha256: str
    result: ShiftRow | Skipped


class ReportIndex:
    """What was read from which file, so unchanged files are never read twice.

    A cache only: if it is damaged or from another version it is started afresh.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._db = self._open()
        except sqlite3.DatabaseError:
            log.warning("report index %s unusable; starting a new one", path)
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")  # a lost index write only means a re-read
        if db.execute("PRAGMA user_version").fetchone()[0] != INDEX_VERSION:
            db.execute("DROP TABLE IF EXISTS files")
            db.execute(_CREATE)
            db.execute(f"PRAGMA user_version={INDEX_VERSION}")
            db.commit()
        db.execute("SELECT count(*) FROM files").fetchone()
        return db

    def entries_for(self, paths: Sequence[str]) -> dict[str, _Entry]:
        """What the index knows of these files; a month's report on a year-old share reads
        a month of index rows, not a year."""
        cursor = self._db.execute(
            "SELECT path, size, mtime_ns, sha256, reason, detail, row "
            "FROM files WHERE path IN (SELECT value FROM json_each(?))",
            (json.dumps(list(paths)),),
        )
        out: dict[str, _Entry] = {}
        loads = marshal.loads
        for path, size, mtime_ns, sha, reason, detail, row in cursor:
            result: ShiftRow | Skipped = (
                Skipped(path, reason, detail or "") if reason else ShiftRow(path, *loads(row))
            )
            out[path] = _Entry(size, mtime_ns, sha, result)
        return out

    def paths_under(self, root: str, sep: str = os.sep) -> list[str]:
        prefix = root.rstrip(sep) + sep
        upper = prefix[:-1] + chr(ord(sep) + 1)
        cursor = self._db.execute(
            "SELECT path FROM files WHERE path >= ? AND path < ?", (prefix, upper)
        )
        return [p for (p,) in cursor]

    def put(self, path: str, entry: _Entry) -> None:
        result = entry.result
        if isinstance(result, Skipped):
            values = (result.reason, result.detail, None)
        else:
            values = (None, None, marshal.dumps(_ROW_VALUES(result)))
        self._db.execute(
            "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?)",
            (path, entry.size, entry.mtime_ns, entry.sha256, *values),
        )

    def forget(self, paths: Iterable[str]) -> None:
        self._db.executemany("DELETE FROM files WHERE path = ?", ((p,) for p in paths))

    def commit(self) -> None:
        self._db.commit()

    def close(self) -> None:
        self._db.commit()
        self._db.close()


# --- finding the files ------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportQuery:
    root: str | Path  # a folder, a UNC path or smb://host/share/path
    date_from: date
    date_to: date
    branches: frozenset[str] = frozenset()  # empty: all
    agents: frozenset[str] = frozenset()  # empty: all

    def wants(self, row: ShiftRow) -> bool:
        return self.matcher()(row)

    def matcher(self) -> Callable[[ShiftRow], bool]:
        low, high = self.date_from.isoformat(), self.date_to.isoformat()
        branches, agents = self.branches, self.agents
        return lambda row: (
            low <= row.day <= high
            and (not branches or row.branch_code in branches)
            and (not agents or row.agent_no in agents)
        )


# --- the service ------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadResult:
    query: ReportQuery
    rows: tuple[ShiftRow, ...]
    skipped: tuple[Skipped, ...]
    files: int  # candidate files found
    read: int  # files read this time (the rest came from the index)

    @property
    def used(self) -> int:
        return len(self.rows)


def require_supervisor(actor: AgentInfo | None, what: str = "run reports") -> None:
    if actor is None or not actor.is_supervisor:
        raise PermissionDenied(what, reason="permission")


class ReportService:
    """Loads and aggregates summaries for supervisors; refuses anyone else."""

    def __init__(
        self, clock: Clock, policy: Policy, index_path: Path, audit=None, config=None
    ) -> None:
        self._clock = clock
        self._policy = policy
        self.index_path = index_path
        self._audit = audit
        self._config = config  # for share.username when the folder is an smb:// share
        self._validator: SummaryValidator | None = None

    @property
    def policy(self) -> Policy:
        return self._policy

    def targets(self) -> Targets:
        return Targets.from_policy(self._policy)

    def load(
        self,
        actor: AgentInfo | None,
        query: ReportQuery,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> LoadResult:
        """Read the summaries the query asks for; raises ReportCancelled if cancelled.

        What was read before cancelling stays in the index, so the next try is quicker.
        `progress(done, total)` is called after each file.
        """
        require_supervisor(actor)
        if self._validator is None:
            self._validator = SummaryValidator()
        validator = self._validator
        username = str(self._config.get("share.username") or "") if self._config else ""
        files = open_location(query.root, username)
        root = files.root
        query = ReportQuery(root, query.date_from, query.date_to, query.branches, query.agents)
        rows: list[ShiftRow] = []
        skipped: list[Skipped] = []
        read = 0
        fetched: Iterator[Any] | None = None
        index: ReportIndex | None = None
        wants = query.matcher()
        try:
            candidates = find_summaries(
                files, query.date_from, query.date_to, query.agents, cancelled
            )
            total = len(candidates)
            index = ReportIndex(self.index_path)
            known = index.entries_for([c[0] for c in candidates])
            stale = [
                path
                for path, size, mtime_ns in candidates
                if (e := known.get(path)) is None or e.size != size or e.mtime_ns != mtime_ns
            ]
            fetched = in_parallel(files.read, stale, cancelled, files.parallel)
            for done, (path, size, mtime_ns) in enumerate(candidates, 1):
                if cancelled is not None and cancelled():
                    index.commit()
                    raise ReportCancelled()
                entry = known.get(path)
                if entry is None or entry.size != size or entry.mtime_ns != mtime_ns:
                    entry = self._entry(path, size, mtime_ns, next(fetched), entry, validator)
                    read += 1
                    if entry is not None:
                        index.put(path, entry)
                        if read % 500 == 0:
                            index.commit()
                result = entry.result if entry is not None else Skipped(path, "removed")
                if isinstance(result, ShiftRow):
                    if wants(result):
                        rows.append(result)
                else:
                    skipped.append(result)
                if progress is not None:
                    progress(done, total)
            found = {c[0] for c in candidates}
            index.forget(
                p
                for p in index.paths_under(root, files.sep)
                if p not in found
                and would_list(files, p, query.date_from, query.date_to, query.agents)
            )
            index.commit()
        finally:
            if fetched is not None:
                fetched.close()  # stops reading ahead after a cancel
            if index is not None:
                index.close()
            if isinstance(files, SmbFiles):
                files.close()
        rows.sort(key=operator.attrgetter("started_at", "agent_no"))
        if self._audit is not None and actor is not None:
            self._audit.record(
                actor.agent_no,
                "report.load",
                root,
                f"{query.date_from}..{query.date_to} rows={len(rows)} skipped={len(skipped)}",
            )
        log.info(
            "report %s %s..%s: %d files, %d read, %d used, %d skipped",
            root,
            query.date_from,
            query.date_to,
            total,
            read,
            len(rows),
            len(skipped),
        )
        return LoadResult(query, tuple(rows), tuple(skipped), total, read)

    def _entry(
        self,
        path: str,
        size: int,
        mtime_ns: int,
        fetched: bytes | BaseException,
        previous: _Entry | None,
        validator: SummaryValidator,
    ) -> _Entry | None:
        """What one file says; None if it was removed before it could be read.

        Size and mtime are the listing's: if the file changed after it was listed, the next
        report sees newer ones and reads it again.
        """
        if isinstance(fetched, BaseException):
            if is_missing(fetched):
                return None
            reason = getattr(fetched, "strerror", None) or str(fetched)
            return _Entry(0, 0, "", Skipped(path, "unreadable", reason))
        sha = hashlib.sha256(fetched).hexdigest()
        if previous is not None and previous.sha256 == sha:
            result = previous.result  # copied again with the same bytes: nothing to parse
        else:
            result = parse_summary(path, fetched, validator)
        return _Entry(size, mtime_ns, sha, result)


# --- targets and figures ------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    value: float
    higher_is_better: bool = True
    floor: float | None = None  # between floor and value: "warn"

    def status(self, figure: float | None) -> str:
        if figure is None:
            return "none"
        if self.higher_is_better:
            if figure >= self.value - 1e-9:
                return "ok"
            return "warn" if self.floor is not None and figure >= self.floor - 1e-9 else "bad"
        if figure <= self.value + 1e-9:
            return "ok"
        return "warn" if self.floor is not None and figure <= self.floor + 1e-9 else "bad"


@dataclass(frozen=True)
class Targets:
    by_figure: dict[str, Target]

    @classmethod
    def from_policy(cls, policy: Policy) -> Targets:
        def num(key: str) -> float | None:
            value = policy.get(f"targets.{key}")
            return float(value) if isinstance(value, (int, float)) else None

        out: dict[str, Target] = {}
        for figure, key in (
            ("within_rule_pct", "within_rule_rate"),
            ("resolution_pct", "resolution_rate"),
            ("greeting_pct", "greeting_rate"),
            ("signoff_pct", "signoff_rate"),
            ("online_hours_per_shift", "online_hours"),
            ("replied_on_time_pct", "reply_on_time_rate"),
        ):
            value = num(key)
            if value is not None:
                out[figure] = Target(value)
        satisfaction = num("satisfaction")
        if satisfaction is not None:
            out["satisfaction_avg"] = Target(satisfaction, floor=num("satisfaction_floor"))
        out["answer_delay_avg"] = Target(policy.answer_limit_seconds, higher_is_better=False)
        overdue = num("overdue")
        for figure in ("cases_overdue", "callbacks_overdue"):
            out[figure] = Target(0.0 if overdue is None else overdue, higher_is_better=False)
        return cls(out)

    def status(self, figure: str, value: float | None) -> str:
        target = self.by_figure.get(figure)
        return "none" if target is None else target.status(value)


# kind: "count" (integer), "pct" (fraction 0..1), "seconds", "hours", "rating"
FIGURES: tuple[tuple[str, str], ...] = (
    ("shifts", "count"),
    ("offered", "count"),
    ("answered", "count"),
    ("missed", "count"),
    ("within_rule_pct", "pct"),
    ("answer_delay_avg", "seconds"),
    ("handle_avg", "seconds"),
    ("resolution_pct", "pct"),
    ("satisfaction_avg", "rating"),
    ("greeting_pct", "pct"),
    ("signoff_pct", "pct"),
    ("online_hours", "hours"),
    ("online_hours_per_shift", "hours"),
    ("break_hours", "hours"),
    ("cases_opened", "count"),
    ("cases_closed", "count"),
    ("cases_overdue", "count"),
    ("callbacks_on_time", "count"),
    ("callbacks_overdue", "count"),
    ("replied_on_time_pct", "pct"),
)
FIGURE_KIND = dict(FIGURES)


def _div(a: float, b: float) -> float | None:
    return a / b if b else None


class Totals:
    """Counts and sums of some shifts; every figure is derived from these, never averaged.

    Rows are collected first and summed column by column on first use (C-speed `zip`/`sum`),
    which is what keeps a 10,000-shift report well inside its time budget.
    """

    def __init__(self) -> None:
        self.rows: list[ShiftRow] = []
        self._sums: dict[str, float] | None = None
        self._overdue: int | None = None

    def add(self, row: ShiftRow) -> None:
        self.rows.append(row)
        self._sums = None
        self._overdue = None

    @property
    def shifts(self) -> int:
        return len(self.rows)

    @property
    def sums(self) -> dict[str, float]:
        if self._sums is None:
            if self.rows:
                columns = zip(*map(_SUMMED_GETTER, self.rows), strict=True)
                self._sums = dict(zip(_SUMMED, map(sum, columns), strict=True))
                self._sums["answer_delay_max"] = max(r.answer_delay_max for r in self.rows)
            else:
                self._sums = {}
        return self._sums

    def get(self, name: str) -> float:
        return self.sums.get(name, 0)

    @property
    def cases_overdue(self) -> int:
        """Cases overdue is a snapshot at each shift's end: the same late case is counted by
        every shift until it is replied, so a period counts each agent's latest snapshot."""
        if self._overdue is None:
            latest: dict[str, tuple[str, int]] = {}
            for row in self.rows:
                seen = latest.get(row.agent_no)
                if seen is None or row.started_at >= seen[0]:
                    latest[row.agent_no] = (row.started_at, row.cases_overdue)
            self._overdue = sum(v for _, v in latest.values())
        return self._overdue

    def figure(self, name: str) -> float | None:
        g = self.get
        match name:
            case "shifts":
                return self.shifts
            case "missed":
                return g("abandoned_within_rule") + g("abandoned_after_rule")
            case "within_rule_pct":
                return _div(g("answered_within_rule"), g("answered"))
            case "answer_delay_avg":
                return _div(g("answer_delay_sum"), g("answered"))
            case "handle_avg":
                return _div(g("talk_seconds") + g("wrapup_seconds"), g("handled"))
            case "resolution_pct":
                return _div(g("resolved"), g("handled"))
            case "satisfaction_avg":
                return _div(g("satisfaction_sum"), g("satisfaction_count"))
            case "greeting_pct":
                return _div(g("greeting"), g("handled"))
            case "signoff_pct":
                return _div(g("signoff"), g("handled"))
            case "online_hours":
                return g("online_seconds") / 3600
            case "online_hours_per_shift":
                return _div(g("online_seconds") / 3600, self.shifts)
            case "break_hours":
                return g("break_seconds") / 3600
            case "cases_overdue":
                return self.cases_overdue
            case "replied_on_time_pct":
                return _div(g("cases_replied_on_time"), g("cases_replied"))
            case _:
                return g(name)


_SUMMED = tuple(
    f.name
    for f in fields(ShiftRow)
    if f.type in ("int", "float") and f.name not in ("answer_limit", "answer_delay_max")
)
_SUMMED_GETTER = operator.attrgetter(*_SUMMED)


@dataclass
class Group:
    key: str
    label: str
    totals: Totals
    rows: list[ShiftRow] = field(default_factory=list)


def group_key(row: ShiftRow, by: str) -> tuple[str, str]:
    match by:
        case "agent":
            return row.agent_no, f"{row.agent_no} {row.agent_name}"
        case "branch":
            return row.branch_code, f"{row.branch_code} {row.branch_name}"
        case "day":
            return row.day, row.day
        case "shift":
            return (
                row.path,
                f"{row.agent_no} {row.agent_name} {row.started_at[:16].replace('T', ' ')}",
            )
    raise ValueError(f"unknown grouping {by!r}; use one of {', '.join(GROUPINGS)}")


def aggregate(rows: Iterable[ShiftRow], by: str) -> list[Group]:
    """Groups sorted by key; each holds its totals and its shifts (for drilling down)."""
    groups: dict[str, Group] = {}
    for row in rows:
        key, label = group_key(row, by)
        group = groups.get(key)
        if group is None:
            group = groups[key] = Group(key, label, Totals())
        group.totals.add(row)
        group.rows.append(row)
    if by == "shift":
        return sorted(groups.values(), key=lambda g: (g.rows[0].started_at, g.rows[0].agent_no))
    return [groups[k] for k in sorted(groups)]


def overall(rows: Iterable[ShiftRow]) -> Totals:
    totals = Totals()
    for row in rows:
        totals.add(row)
    return totals


# --- the table every export and view shows ------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    value: float | None
    status: str  # ok / warn / bad / none


@dataclass(frozen=True)
class ReportTable:
    by: str
    figures: tuple[str, ...]
    keys: tuple[str, ...]
    labels: tuple[str, ...]
    cells: tuple[tuple[Cell, ...], ...]
    total: tuple[Cell, ...]


def report_table(
    groups: Sequence[Group],
    by: str,
    targets: Targets,
    rows: Sequence[ShiftRow] | None = None,
    figures: Sequence[str] = tuple(f for f, _ in FIGURES),
) -> ReportTable:
    def cells(totals: Totals) -> tuple[Cell, ...]:
        out = []
        for name in figures:
            value = totals.figure(name)
            out.append(Cell(value, targets.status(name, value)))
        return tuple(out)

    all_rows = rows if rows is not None else [r for g in groups for r in g.rows]
    return ReportTable(
        by=by,
        figures=tuple(figures),
        keys=tuple(g.key for g in groups),
        labels=tuple(g.label for g in groups),
        cells=tuple(cells(g.totals) for g in groups),
        total=cells(overall(all_rows)),
    )


# --- the monthly grade --------------------------------------------------------------------------

COMPONENTS = (
    "answer_speed",
    "online_time",
    "volume",
    "satisfaction",
    "resolution",
    "script_compliance",
    "follow_up_timeliness",
)
GRADES = ("excellent", "good", "pass", "fail")  # 优秀 / 良好 / 合格 / 不合格


@dataclass(frozen=True)
class GradeRow:
    agent_no: str
    agent_name: str
    shifts: int
    components: dict[str, float | None]  # 0-100, None when there was nothing to score
    score: float | None
    grade: str | None


def _capped(value: float | None, target: float | None) -> float | None:
    if value is None:
        return None
    if not target:
        return 100.0 * min(1.0, value)
    return 100.0 * min(1.0, value / target)


def satisfaction_score(avg: float | None, target: float, floor: float) -> float | None:
    """100 at or above the target, 60 (a pass) at the floor, linear between and below to 0 at 1."""
    if avg is None:
        return None
    if avg >= target:
        return 100.0
    if avg >= floor:
        return 60.0 + 40.0 * (avg - floor) / max(target - floor, 1e-9)
    return max(0.0, 60.0 * (avg - 1.0) / max(floor - 1.0, 1e-9))


def grade_month(rows: Iterable[ShiftRow], month: date, policy: Policy) -> list[GradeRow]:
    """Each agent's weighted score for the calendar month of `month`, with every component.

    How each component is scored, 0-100 (see also README "Reports"):
    - answer_speed: answered within three rings ÷ answered, relative to targets.within_rule_rate
      (at or above the target: 100).
    - online_time: online hours per shift relative to targets.online_hours.
    - volume: handled calls per online hour relative to the median of the agents graded
      together (the median agent scores 100; half the median's pace scores 50).
    - satisfaction: the month's rating average; 100 at targets.satisfaction, 60 at
      targets.satisfaction_floor, linear between; below the floor linear down to 0 at a rating of 1.
    - resolution: resolved on the call ÷ handled, relative to targets.resolution_rate.
    - script_compliance: (greetings + sign-offs given) ÷ (2 × handled), relative to the mean of
      targets.greeting_rate and targets.signoff_rate.
    - follow_up_timeliness: (cases replied on time + callbacks done on time) ÷ (cases replied +
      callbacks due + cases overdue at the agent's last shift end of the month); 100 when all
      were on time.
    A component with nothing to score (no calls, no follow-ups) is shown empty and its weight is
    shared out among the others. The score is Σ weight × component ÷ Σ weights used; the grade
    follows grading.thresholds (excellent ≥ 90, good ≥ 80, pass ≥ 60, else fail).
    """
    weights = {c: float(policy.get(f"grading.weights.{c}", 0.0)) for c in COMPONENTS}
    thresholds = (
        ("excellent", float(policy.get("grading.thresholds.excellent", 90))),
        ("good", float(policy.get("grading.thresholds.good", 80))),
        ("pass", float(policy.get("grading.thresholds.pass", 60))),
    )
    t = Targets.from_policy(policy).by_figure

    def target(name: str, default: float) -> float:
        return t[name].value if name in t else default

    prefix = f"{month.year:04d}-{month.month:02d}-"
    groups = aggregate((r for r in rows if r.day.startswith(prefix)), "agent")
    paces = {}
    for g in groups:
        hours = g.totals.get("online_seconds") / 3600
        if hours > 0:
            paces[g.key] = g.totals.get("handled") / hours
    reference = statistics.median(paces.values()) if paces else None
    sat_target = float(policy.get("targets.satisfaction", 4.5))
    sat_floor = float(policy.get("targets.satisfaction_floor", sat_target))
    script_target = (target("greeting_pct", 1.0) + target("signoff_pct", 1.0)) / 2
    out = []
    for g in groups:
        tot = g.totals
        handled = tot.get("handled")
        follow_due = tot.get("cases_replied") + tot.get("callbacks_due") + tot.cases_overdue
        comps: dict[str, float | None] = {
            "answer_speed": _capped(tot.figure("within_rule_pct"), target("within_rule_pct", 0.9)),
            "online_time": _capped(
                tot.figure("online_hours_per_shift"), target("online_hours_per_shift", 6.0)
            ),
            "volume": _capped(paces.get(g.key), reference) if reference else None,
            "satisfaction": satisfaction_score(
                tot.figure("satisfaction_avg"), sat_target, sat_floor
            ),
            "resolution": _capped(tot.figure("resolution_pct"), target("resolution_pct", 0.9)),
            "script_compliance": _capped(
                _div(tot.get("greeting") + tot.get("signoff"), 2 * handled), script_target
            ),
            "follow_up_timeliness": _capped(
                _div(tot.get("cases_replied_on_time") + tot.get("callbacks_on_time"), follow_due),
                1.0,
            ),
        }
        used = {c: v for c, v in comps.items() if v is not None and weights[c] > 0}
        weight_sum = sum(weights[c] for c in used)
        score = sum(weights[c] * v for c, v in used.items()) / weight_sum if weight_sum else None
        grade = None
        if score is not None:
            grade = next((name for name, low in thresholds if score >= low - 1e-9), "fail")
        out.append(
            GradeRow(
                g.key,
                g.rows[-1].agent_name,
                tot.shifts,
                comps,
                None if score is None else round(score, 1),
                grade,
            )
        )
    return out


def months_in(rows: Iterable[ShiftRow]) -> list[date]:
    return sorted({date(int(r.day[:4]), int(r.day[5:7]), 1) for r in rows})
