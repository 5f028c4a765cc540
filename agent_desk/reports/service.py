"""Supervisor reports over the shift summaries published to the share: the loading service.

A supervisor points the report at the share (a mounted folder, a UNC path, smb://, or any
folder of summaries; file access is in `files.py`), a date range, branches and agents. Every
summary file is read once into the local index (`index.py`) and turned into a row or a reason
to skip it (`rows.py`).

Each shift counts once, by its `shift_id`, however many copies of it lie on the share: a
folder copied elsewhere, a branch folder copied beside itself, a backup. Identical copies are
ignored; when copies differ, the one generated last is the shift and the others are listed as
skipped ("older revision of …"). Figures (`table.py`) and grades (`grades.py`) are made from
the rows. No Qt here: the report view, the CLI and the tests all call this module.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import operator
import sys
import time
from collections.abc import Callable, Generator, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agent_desk import access
from agent_desk.clock import Clock
from agent_desk.errors import AgentDeskError
from agent_desk.policy import Policy
from agent_desk.reports.files import (
    SETTLED_NS,
    SUMMARY_FILE,
    Listing,
    LocalFiles,
    ReportCancelled,
    SmbFiles,
    find_summaries,
    in_parallel,
    is_missing,
    open_location,
    would_list,
)
from agent_desk.reports.index import INDEX_FILE, MARSHAL_VERSION, Entry, ReportIndex
from agent_desk.reports.parsing import (
    Job,
    Parsed,
    Workers,
    parse_here,
    parse_local_in_processes,
    processes_for,
)
from agent_desk.reports.rows import AGENT_SEPARATOR, ShiftRow, Skipped, collector_paused
from agent_desk.reports.table import MonthSums, Targets, aggregate_agent_months, month_sums
from agent_desk.share import ShareAuthFailed
from agent_desk.shifts.layout import is_own_path, shift_folder_of
from agent_desk.shifts.schema import VersionedValidator
from agent_desk.shifts.summary import zone_name

if TYPE_CHECKING:
    from agent_desk.accounts import AgentInfo
    from agent_desk.quality.report import QualityRow

log = logging.getLogger(__name__)

__all__ = ["INDEX_FILE", "LoadResult", "ReportQuery", "ReportService", "require_supervisor"]

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

_PATH = operator.itemgetter(ShiftRow._fields.index("path"))
_STARTED = operator.itemgetter(ShiftRow._fields.index("started_at"))

_LINK_DETAILS = {
    "link": "a symbolic link or junction: not followed",
    "loop": "the same folder as {detail}: not entered again",
    "too_deep": "folders nested deeper than {detail} levels: not entered",
    "name_not_utf8": "another code page's bytes: not opened",
}


@dataclass(frozen=True)
class ReportQuery:
    root: str | Path  # a folder, a UNC path or smb://host/share/path
    date_from: date
    date_to: date
    branches: frozenset[str] = frozenset()  # empty: all
    agents: frozenset[str] = frozenset()  # agent numbers or BJ01·1001; empty: all

    def wants(self, row: ShiftRow) -> bool:
        return self.matcher()(row)

    def matcher(self) -> Callable[[ShiftRow], bool]:
        """Branch codes match whatever their case (`bj01` is BJ01: one folder on a Windows
        share); an agent is a number or BRANCH·NUMBER (also typed BRANCH.NUMBER)."""
        low, high = self.date_from.isoformat(), self.date_to.isoformat()
        branches = frozenset(b.casefold() for b in self.branches)
        agents = frozenset(_agent_filter(a) for a in self.agents)
        return lambda row: (
            low <= row.day <= high
            and (not branches or row.branch_code.casefold() in branches)
            and (not agents or row.agent_no in agents or row.agent_key.casefold() in agents)
        )

    def agent_numbers(self) -> frozenset[str]:
        """The agent numbers asked for, for pruning shift folders by their name."""
        return frozenset(_agent_filter(a).rpartition(AGENT_SEPARATOR)[2] for a in self.agents)


def _agent_filter(text: str) -> str:
    """`1001`, `BJ01·1001` or `bj01.1001` as the matcher compares it: `bj01·1001`."""
    text = text.strip()
    if AGENT_SEPARATOR not in text and "." in text:
        text = AGENT_SEPARATOR.join(text.rsplit(".", 1))
    return text.casefold()


@dataclass(frozen=True)
class LoadResult:
    query: ReportQuery
    rows: tuple[ShiftRow, ...]
    skipped: tuple[Skipped, ...]
    files: int  # candidate files found
    read: int  # files read this time (the rest came from the index)
    copies: int = 0  # identical copies of a shift already counted, ignored
    in_period: int = 0  # shifts of the period before the branch and agent filters
    branches_seen: tuple[str, ...] = ()  # the branches of those shifts
    # (agent key, YYYY-MM) → the 0-10 value of the grade's service_norm: the average review
    # score from qa/ on the same share scaled by reviews done ÷ required
    # (agent_desk/quality/report.py); empty when there is nothing to score.
    review_averages: Mapping[tuple[str, str], float] = field(default_factory=dict)
    # the quality review per agent and month: reviews done, required, average score
    quality: tuple[QualityRow, ...] = ()
    # each agent's months of `rows` added up (`table.MonthSums`): give them to
    # `aggregate_agent_months(rows, month_sums)` so the shifts are not added up again
    month_sums: MonthSums = field(default_factory=dict)

    @property
    def used(self) -> int:
        return len(self.rows)


def require_supervisor(actor: AgentInfo | None, audit=None) -> None:
    """Reports are for whom access.py lets read them (supervisors and administrators); a
    refusal is audited."""
    access.require(actor, access.Permission.READ_REPORTS, audit, "report.load")


def _own(row: ShiftRow) -> bool:
    """Whether `row` was read from the path the desk writes that shift to (layout.py)."""
    try:
        folder = shift_folder_of(
            row.branch_code, row.started_at, row.agent_no, row.desk_code, row.shift_id
        )
    except ValueError:
        return False
    return is_own_path(row.path, folder)


def _depth(path: str) -> int:
    return path.replace("\\", "/").count("/")


# A desk's clock may run a little ahead of the supervisor's PC: a revision is "from the future"
# only beyond this.
FUTURE_SLACK_SECONDS = 86_400.0


def one_per_shift(
    rows: Iterable[ShiftRow], now_ts: float | None = None
) -> tuple[list[ShiftRow], list[Skipped], int]:
    """Each shift once: (rows, skipped revisions and conflicting copies, identical copies).

    Of several files with one `shift_id`, the newest `generated_at` is the shift; a file with
    the very same bytes as the one kept is a copy and is ignored; any other is an older
    revision and is listed. Of differing files generated at the same moment, the one at the
    desk's own path (`<branch>/<day>/<agent>_…_<desk>_<shift-id>/summary.json`) is the shift
    and the others are listed as conflicting copies; when none of them is there, no folder name
    may decide, so none is counted and each is listed. Which of two identical files is kept is
    the desk's own, else the first by path, so reports agree.

    A revision generated later than `now_ts` (the report's time, with a day's slack) never
    beats one generated before it: an edited copy dated ahead would otherwise replace the desk's
    own file until its date passed. Alone, it is counted (a desk whose clock runs ahead)."""
    future = float("inf") if now_ts is None else now_ts + FUTURE_SLACK_SECONDS
    first: dict[str, ShiftRow] = {}
    more: dict[str, list[ShiftRow]] = {}
    for row in rows:
        seen = first.setdefault(row.shift_id, row)
        if seen is not row:
            more.setdefault(row.shift_id, [seen]).append(row)
    if not more:
        return list(first.values()), [], 0
    kept = [row for shift_id, row in first.items() if shift_id not in more]
    skipped: list[Skipped] = []
    copies = 0
    for versions in more.values():
        # the desk's own path first, the one nearest the share root of those (a copy of the
        # whole tree under backup/ has the same last folders), then by path
        versions.sort(
            key=lambda r: (
                r.generated_ts > future,
                -r.generated_ts,
                not _own(r),
                _depth(r.path),
                r.path,
            )
        )
        winner = versions[0]
        newest = [r for r in versions if r.generated_ts == winner.generated_ts]
        rivals = [r for r in newest if r.sha256 != winner.sha256]
        if rivals and not _own(winner):
            # differing copies of one moment, none at the desk's own path: count none
            for row in newest:
                others = ", ".join(r.path for r in newest if r.sha256 != row.sha256)
                skipped.append(
                    Skipped(
                        row.path,
                        "conflicting_copy",
                        f"differs from {others}, generated at the same moment; none is at "
                        "the desk's own path, so the shift is not counted",
                    )
                )
            continue
        kept.append(winner)
        for other in versions[1:]:
            if other.sha256 == winner.sha256:
                copies += 1
            elif other.generated_ts < winner.generated_ts:
                skipped.append(
                    Skipped(other.path, "older_revision", f"older revision of {winner.path}")
                )
            elif other.generated_ts > winner.generated_ts:  # dated after the report's time
                skipped.append(
                    Skipped(
                        other.path,
                        "inconsistent",
                        "generated_at more than a day after the report's time; the revision at "
                        f"{winner.path} is counted",
                    )
                )
            else:
                skipped.append(
                    Skipped(
                        other.path,
                        "conflicting_copy",
                        f"differs from the desk's own {winner.path}, generated at the same "
                        "moment; the desk's own is counted",
                    )
                )
    return kept, skipped, copies


class ReportService:
    """Loads and aggregates summaries for supervisors; refuses anyone else."""

    def __init__(
        self,
        clock: Clock,
        policy: Policy,
        index_path: Path,
        audit=None,
        config=None,
        refusals=None,
    ) -> None:
        self._clock = clock
        self._policy = policy
        self.index_path = index_path
        self._audit = audit
        self._config = config  # for share.username when the folder is an smb:// share
        # the sync's record of refused logons (SyncService.refused_logon / remember_…)
        self._refusals = refusals
        self._validator: VersionedValidator | None = None

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
        require_supervisor(actor, self._audit)
        with collector_paused():
            return self._load(actor, query, progress, cancelled)

    def _load(
        self,
        actor: AgentInfo | None,
        query: ReportQuery,
        progress: Progress | None,
        cancelled: CancelCheck | None,
    ) -> LoadResult:
        if self._validator is None:
            self._validator = VersionedValidator()
        username = str(self._config.get("share.username") or "") if self._config else ""
        files = open_location(query.root, username)
        if isinstance(files, SmbFiles) and self._refusals is not None:
            refused = self._refusals.refused_logon(*files.credentials())
            if refused is not None:  # the same password was refused: the share is not asked
                raise refused
        try:
            return self._load_from(files, query, actor, progress, cancelled)
        except ShareAuthFailed as exc:
            if isinstance(files, SmbFiles) and self._refusals is not None:
                self._refusals.remember_refused_logon(
                    *files.credentials(), str(exc.params.get("detail") or "")
                )
            raise

    def _load_from(
        self,
        files: Any,
        query: ReportQuery,
        actor: AgentInfo | None,
        progress: Progress | None,
        cancelled: CancelCheck | None,
    ) -> LoadResult:
        validator = self._validator
        assert validator is not None
        zone = self._policy.zone
        root = files.root
        query = ReportQuery(root, query.date_from, query.date_to, query.branches, query.agents)
        found: list[ShiftRow] = []
        skipped: list[Skipped] = []
        read = 0
        total = 0
        fetched: Generator[Parsed, None, None] | None = None
        index: ReportIndex | None = None
        listings: dict[str, Listing] = {}
        dirty: set[str] = set()  # folders whose listing got what a summary said
        from agent_desk.quality.report import reading_days

        # The quality review counts whole ISO weeks (those whose Thursday is in the period), so
        # the summaries of up to three days either side are read too; the report's own rows
        # stay those of the period.
        first, last = reading_days(query.date_from, query.date_to)
        first, last = min(first, query.date_from), max(last, query.date_to)
        quality_skipped: list[Skipped] = []
        reviews: list[Any] = []
        key = _query_key(query)
        complete = False
        early: Workers | None = None
        try:
            index = ReportIndex(self.index_path, zone_name(zone))
            kept = _kept_result(index, files, key, cancelled)
            if kept is not None:
                if progress is not None:
                    progress(kept[2], kept[2])
                k_rows, k_skipped, k_total, k_copies, k_in_period, k_branches, k_base, k_sums = kept
                reviews = self._reviews(files, first, last, quality_skipped)
                complete = True
                return self._result(
                    actor,
                    query,
                    k_rows,
                    k_skipped + quality_skipped,
                    k_total,
                    k_copies,
                    k_in_period,
                    k_branches,
                    self._quality(k_base, reviews, query),
                    month_sums=k_sums,
                )
            if type(files) is LocalFiles:
                early = Workers()  # they get ready while the walk goes on
            candidates, cached, refused, listings, unlisted = find_summaries(
                files,
                first,
                last,
                query.agent_numbers(),
                cancelled,
                known=index.folders_under(root, files.sep),
                found_so_far=early.found if early is not None else None,
            )
            skipped.extend(
                Skipped(path, reason, _LINK_DETAILS[reason].format(detail=detail))
                for path, reason, detail in refused
            )
            total = len(cached) + len(candidates)
            # What unchanged summaries in shift folders said comes with their folder's listing.
            new_row = tuple.__new__
            found = [new_row(ShiftRow, p) for p in cached if p[0] != "skip"]
            if len(found) < len(cached):
                skipped.extend(Skipped(p[1], p[2], p[3]) for p in cached if p[0] == "skip")
            if progress is not None and cached:
                progress(len(cached), total)
            # Loose *.json files elsewhere are in the index's table of files.
            known = index.entries_for([c[0] for c in candidates if c[3] is None])
            jobs: list[Job] = []
            for path, size, mtime_ns, shift in candidates:
                if shift is not None:
                    jobs.append((path, ""))
                else:
                    was = known.get(path)
                    if _stale(was, size, mtime_ns):
                        same = was.sha256 if was is not None and was.result is not None else ""
                        jobs.append((path, same))
            workers = processes_for(len(jobs)) if type(files) is LocalFiles else 0
            if workers:
                fetched = parse_local_in_processes(
                    jobs, zone, validator, workers, cancelled, started=early
                )
            else:
                fetched = parse_here(files.read, jobs, zone, validator, files.parallel, cancelled)
            for done, (path, size, mtime_ns, shift) in enumerate(candidates, len(cached) + 1):
                if cancelled is not None and cancelled():
                    raise ReportCancelled()
                entry = known.get(path) if shift is None else None
                if shift is not None or _stale(entry, size, mtime_ns):
                    entry = _entry(path, size, mtime_ns, next(fetched), entry)
                    read += 1
                    if entry is not None:
                        if shift is not None:
                            shift[4], shift[5] = entry.sha256, _payload(entry.result)
                            dirty.add(path.rpartition(files.sep)[0].rpartition(files.sep)[0])
                        else:
                            index.put(path, entry)
                result = entry.result if entry is not None else Skipped(path, "removed")
                if shift is not None and type(result) is ShiftRow:
                    # the row as its listing keeps it, names and codes shared: the result
                    # kept for the next report stores each once too
                    result = new_row(ShiftRow, shift[5])
                if type(result) is ShiftRow:
                    found.append(result)
                else:
                    skipped.append(result)  # type: ignore[arg-type]
                if progress is not None:
                    progress(done, total)
            reviews = self._reviews(files, first, last, quality_skipped)
            names = {c[0] for c in candidates}
            agents = query.agent_numbers()
            index.forget(
                p
                for p in index.paths_under(root, files.sep)
                if p not in names and would_list(files, p, first, last, agents)
            )
            unique, revisions, copies = one_per_shift(found, self._clock.now().timestamp())
            del found
            skipped.extend(revisions)
            base = _answered_by_week(unique, query, first, last)
            low, high = query.date_from.isoformat(), query.date_to.isoformat()
            in_period = [r for r in unique if low <= r.day <= high]
            del unique
            if query.branches or query.agents:
                wants = query.matcher()
                rows = [r for r in in_period if wants(r)]
            else:
                rows = in_period
            rows.sort(key=_PATH)  # by start, then path: two sorts on one key are quicker
            rows.sort(key=_STARTED)
            branches_seen = tuple(sorted({r.branch_code for r in in_period}))
            # each agent's months added up once, for the table and the grade (kept with it)
            sums = month_sums(aggregate_agent_months(rows)[1])
            _keep_result(
                index,
                files,
                key,
                listings,
                unlisted,
                (rows, skipped, total, copies, len(in_period), branches_seen, base, sums),
            )
            complete = True
        finally:
            if fetched is not None:
                fetched.close()  # stops reading ahead after a cancel
            if early is not None:
                early.close()  # started, but the files to read were fewer after all
            if index is not None:
                for folder in dirty:
                    if folder in listings:
                        listings[folder].dirty = True
                index.put_folders(listings)  # what was read so far, also after a cancel
                if not complete:
                    index.forget_result(key)
                index.close()
            if isinstance(files, SmbFiles):
                files.close()
        return self._result(
            actor,
            query,
            rows,
            skipped + quality_skipped,
            total,
            copies,
            len(in_period),
            branches_seen,
            self._quality(base, reviews, query),
            read,
            sums,
        )

    def _result(
        self,
        actor: AgentInfo | None,
        query: ReportQuery,
        rows: list[ShiftRow],
        skipped: list[Skipped],
        total: int,
        copies: int,
        in_period: int,
        branches_seen: tuple[str, ...],
        quality: list[QualityRow],
        read: int = 0,
        month_sums: MonthSums | None = None,
    ) -> LoadResult:
        from agent_desk.quality.report import service_norm_values

        root = query.root
        if self._audit is not None and actor is not None:
            self._audit.record(
                actor.agent_no,
                "report.load",
                root,
                f"{query.date_from}..{query.date_to} rows={len(rows)} skipped={len(skipped)}",
            )
        log.info(
            "report %s %s..%s: %d files, %d read, %d used, %d copies, %d skipped",
            root,
            query.date_from,
            query.date_to,
            total,
            read,
            len(rows),
            copies,
            len(skipped),
        )
        return LoadResult(
            query,
            tuple(rows),
            tuple(skipped),
            total,
            read,
            copies,
            in_period,
            branches_seen,
            service_norm_values(quality),
            tuple(quality),
            month_sums or {},
        )

    def _reviews(self, files: Any, first: date, last: date, skipped: list[Skipped]) -> list[Any]:
        """The quality reviews published beside the summaries (qa/ under the same root, read
        through the same connection); junk there is listed with the skipped files. A share
        whose qa/ folder cannot be read gives none (and says so in the log)."""
        from agent_desk.quality.published import reviews_in

        try:
            reviews, junk = reviews_in(files, first, last, self._policy.zone)
        except (AgentDeskError, OSError, ValueError) as exc:
            log.warning("quality reviews on the share not read: %s", exc)
            return []
        for s in junk:
            log.info("quality review skipped %s: %s", s.path, s.reason)
            skipped.append(Skipped(s.path, s.reason, "quality review (qa/)"))
        return reviews

    def _quality(
        self, base: AnsweredByWeek, reviews: Iterable[Any], query: ReportQuery
    ) -> list[QualityRow]:
        """Reviews done, required and the average per agent and month of the period (the
        weeks whose Thursday is in it), for the agents and branches the query asks for."""
        from agent_desk.quality.report import quality_rows

        counts, names = base
        weeks = {week: date.fromisoformat(week) for week in {week for _agent, week, _n in counts}}
        # each week's total booked to its Thursday: the rule counts a week as a whole
        answered = {(agent, weeks[week]): n for agent, week, n in counts}
        branches = frozenset(b.casefold() for b in query.branches)
        agents = frozenset(_agent_filter(a) for a in query.agents)
        chosen = [
            r
            for r in reviews
            if (not branches or r.branch_code.casefold() in branches)
            and (not agents or r.agent_no in agents or r.agent_key.casefold() in agents)
        ]
        per_agent = int(self._policy.get("quality.sample_per_agent", 5))
        return quality_rows(chosen, answered, per_agent, names, (query.date_from, query.date_to))


# (agent key, Thursday YYYY-MM-DD, calls answered) of the weeks the quality review reads, and
# the agents' names: what the review's required counts come from, kept with a report's result.
# A week's requirement depends only on its total (agent_desk/quality/report.py), so the days
# are added up into their ISO week, named by its Thursday: a year is 16,000 of them, not the
# 110,000 (agent, day) pairs a warm report would otherwise unpack and re-add every time.
AnsweredByWeek = tuple[list[tuple[str, str, int]], dict[str, str]]


def _answered_by_week(
    unique: Iterable[ShiftRow], query: ReportQuery, first: date, last: date
) -> AnsweredByWeek:
    from agent_desk.quality.report import thursday

    wants = ReportQuery(query.root, first, last, query.branches, query.agents).matcher()
    answered: dict[tuple[str, str], int] = {}
    names: dict[str, str] = {}
    weeks: dict[str, str] = {}  # day → its week's Thursday
    for row in unique:
        if wants(row):
            week = weeks.get(row.day)
            if week is None:
                week = weeks[row.day] = thursday(date.fromisoformat(row.day)).isoformat()
            key = (row.agent_key, week)
            answered[key] = answered.get(key, 0) + row.answered
            names[row.agent_key] = row.agent_name
    return [(a, w, n) for (a, w), n in answered.items()], names


def _entry(
    path: str, size: int, mtime_ns: int, parsed: Parsed, previous: Entry | None
) -> Entry | None:
    """What one file says (`parsing.Parsed`); None if it was removed before it could be read.

    Size and mtime are the listing's: if the file changed after it was listed, the next
    report sees newer ones and reads it again.
    """
    if isinstance(parsed, BaseException):
        if is_missing(parsed):
            return None
        reason = getattr(parsed, "strerror", None) or str(parsed)
        return Entry(0, 0, "", Skipped(path, "unreadable", reason))
    sha, result = parsed
    if result is None:  # the same bytes as the index holds: what they said then
        assert previous is not None
        result = previous.result
    return Entry(size, mtime_ns, sha, result)


def _stale(entry: Entry | None, size: int, mtime_ns: int) -> bool:
    return entry is None or entry.size != size or entry.mtime_ns != mtime_ns


_INTERNED = tuple(
    ShiftRow._fields.index(name)
    for name in (
        "agent_key",
        "agent_no",
        "agent_name",
        "branch_code",
        "branch_name",
        "desk_code",
        "day",
    )
)


def _payload(result: ShiftRow | Skipped) -> tuple:
    """What a summary said, for its folder's listing: a row's values (names and codes shared,
    so the listing stores each once), or why it was skipped."""
    if type(result) is ShiftRow:
        values = list(result)
        for i in _INTERNED:
            values[i] = sys.intern(values[i])
        return tuple(values)
    return ("skip", result.path, result.reason, result.detail)  # type: ignore[union-attr]


# Results kept while the share is unchanged. A warm report of a year otherwise unpacks 5,500
# folder listings, makes 124,000 rows, finds each shift's copies and frees the listings again
# (about 1 s) to arrive at the result it gave last time. The signals are those the folder
# listings are trusted by (`files.Listing`): every folder's mtime, unchanged and settled, and
# each shift folder still without its summary.json still without one; any change in any of
# them, or a folder that could not be listed, and the report is made the long way again.


def _query_key(query: ReportQuery) -> str:
    return repr(
        (
            str(query.root),
            query.date_from.isoformat(),
            query.date_to.isoformat(),
            sorted(query.branches),
            sorted(query.agents),
        )
    )


def _digest(mtimes: Iterable[int]) -> str:
    return hashlib.sha256(marshal.dumps(list(mtimes))).hexdigest()


# rows, skipped, files, copies, in period, branches seen, answered by week, month sums
Kept = tuple[
    list[ShiftRow], list[Skipped], int, int, int, tuple[str, ...], AnsweredByWeek, MonthSums
]


def _kept_result(
    index: ReportIndex, files: Any, key: str, cancelled: CancelCheck | None
) -> Kept | None:
    """The result kept for this query, if the share is as it was when it was made."""
    kept = index.result_for(key)
    if kept is None:
        return None
    (root_id, folders, late), digest, blob = kept
    try:
        if tuple(files.folder_id(files.root, None)) != tuple(root_id):
            return None
    except Exception:  # the long way says why (SMB raises its own errors)
        return None
    now_ns = time.time_ns()
    mtimes: list[int] = []
    for mtime in in_parallel(files.folder_mtime, folders, cancelled, files.parallel):
        if isinstance(mtime, BaseException) or now_ns - mtime <= SETTLED_NS:
            return None
        mtimes.append(mtime)
    for st in in_parallel(files.stat, late, cancelled, files.parallel):
        if not isinstance(st, BaseException):  # a summary arrived
            return None
    if _digest(mtimes) != digest:
        return None
    try:  # a file cut short by a crash: the long way
        rows, skipped, total, copies, in_period, branches_seen, base, sums = marshal.loads(blob)
        counts, names = base
        sums = dict(sums)
    except (EOFError, ValueError, TypeError):
        return None
    new = tuple.__new__
    return (
        [new(ShiftRow, r) for r in rows],
        [Skipped(*s) for s in skipped],
        total,
        copies,
        in_period,
        tuple(branches_seen),
        ([(a, d, n) for a, d, n in counts], dict(names)),
        sums,
    )


def _keep_result(
    index: ReportIndex,
    files: Any,
    key: str,
    listings: Mapping[str, Listing],
    unlisted: list[str],
    result: Kept,
) -> None:
    """Keep a result made the long way, with the state of the share it was made from; not
    when that state cannot vouch for it next time (a folder still changing or not listed, a
    file unreadable or gone while reading: the long way looks at those again)."""
    rows, skipped, total, copies, in_period, branches_seen, base, sums = result
    if (
        unlisted
        or not all(listing.settled for listing in listings.values())
        or any(s.reason in _LOOKED_AT_AGAIN for s in skipped)
    ):
        index.forget_result(key)
        return
    sep = files.sep
    late = [
        folder + sep + shift[0] + sep + SUMMARY_FILE
        for folder, listing in listings.items()
        for shift in listing.shifts
        if shift[2] < 0
    ]
    try:
        root_id = tuple(files.folder_id(files.root, None))
    except Exception:
        index.forget_result(key)
        return
    blob = marshal.dumps(
        (
            [tuple(r) for r in rows],
            [(s.path, s.reason, s.detail) for s in skipped],
            total,
            copies,
            in_period,
            branches_seen,
            base,
            dict(sums),
        ),
        MARSHAL_VERSION,
    )
    watched = (root_id, list(listings), late)
    index.put_result(key, watched, _digest(v.mtime_ns for v in listings.values()), blob)


_LOOKED_AT_AGAIN = frozenset({"unreadable", "removed"})
