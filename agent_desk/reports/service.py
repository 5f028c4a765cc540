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
import operator
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agent_desk.clock import Clock
from agent_desk.errors import PermissionDenied
from agent_desk.policy import Policy
from agent_desk.reports.files import (
    ReportCancelled,
    SmbFiles,
    find_summaries,
    in_parallel,
    is_missing,
    open_location,
    would_list,
)
from agent_desk.reports.index import INDEX_FILE, Entry, ReportIndex
from agent_desk.reports.rows import AGENT_SEPARATOR, ShiftRow, Skipped, parse_summary
from agent_desk.reports.table import Targets
from agent_desk.shifts.schema import VersionedValidator
from agent_desk.shifts.summary import zone_name

if TYPE_CHECKING:
    from agent_desk.accounts import AgentInfo

log = logging.getLogger(__name__)

__all__ = ["INDEX_FILE", "LoadResult", "ReportQuery", "ReportService", "require_supervisor"]

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

_LINK_DETAILS = {
    "link": "a symbolic link or junction: not followed",
    "loop": "the same folder as {detail}: not entered again",
    "too_deep": "folders nested deeper than {detail} levels: not entered",
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
        low, high = self.date_from.isoformat(), self.date_to.isoformat()
        branches, agents = self.branches, self.agents
        return lambda row: (
            low <= row.day <= high
            and (not branches or row.branch_code in branches)
            and (not agents or row.agent_no in agents or row.agent_key in agents)
        )

    def agent_numbers(self) -> frozenset[str]:
        """The agent numbers asked for, for pruning shift folders by their name."""
        return frozenset(a.rpartition(AGENT_SEPARATOR)[2] for a in self.agents)


@dataclass(frozen=True)
class LoadResult:
    query: ReportQuery
    rows: tuple[ShiftRow, ...]
    skipped: tuple[Skipped, ...]
    files: int  # candidate files found
    read: int  # files read this time (the rest came from the index)
    copies: int = 0  # identical copies of a shift already counted, ignored

    @property
    def used(self) -> int:
        return len(self.rows)


def require_supervisor(actor: AgentInfo | None, what: str = "run reports") -> None:
    if actor is None or not actor.is_supervisor:
        raise PermissionDenied(what, reason="permission")


def one_per_shift(rows: Iterable[ShiftRow]) -> tuple[list[ShiftRow], list[Skipped], int]:
    """Each shift once: (rows, skipped revisions and conflicting copies, identical copies).

    Of several files with one `shift_id`, the newest `generated_at` is the shift; a file with
    the very same bytes as the one kept is a copy and is ignored; any other is an older
    revision (or, generated at the same moment with other content, a conflicting copy) and is
    listed. Which of two identical files is kept is the first by path, so reports agree."""
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
        versions.sort(key=lambda r: (-r.generated_ts, r.path))
        winner = versions[0]
        kept.append(winner)
        for other in versions[1:]:
            if other.sha256 == winner.sha256:
                copies += 1
            elif other.generated_ts < winner.generated_ts:
                skipped.append(
                    Skipped(other.path, "older_revision", f"older revision of {winner.path}")
                )
            else:
                skipped.append(
                    Skipped(
                        other.path,
                        "conflicting_copy",
                        f"differs from {winner.path}, generated at the same moment",
                    )
                )
    return kept, skipped, copies


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
        require_supervisor(actor)
        if self._validator is None:
            self._validator = VersionedValidator()
        validator = self._validator
        zone = self._policy.zone
        username = str(self._config.get("share.username") or "") if self._config else ""
        files = open_location(query.root, username)
        root = files.root
        query = ReportQuery(root, query.date_from, query.date_to, query.branches, query.agents)
        found: list[ShiftRow] = []
        skipped: list[Skipped] = []
        read = 0
        total = 0
        fetched: Iterator[Any] | None = None
        index: ReportIndex | None = None
        try:
            index = ReportIndex(self.index_path, zone_name(zone))
            candidates, refused, listings = find_summaries(
                files,
                query.date_from,
                query.date_to,
                query.agent_numbers(),
                cancelled,
                known=index.folders_under(root, files.sep),
            )
            index.put_folders(listings)
            skipped.extend(
                Skipped(path, reason, _LINK_DETAILS[reason].format(detail=detail))
                for path, reason, detail in refused
            )
            total = len(candidates)
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
                if type(result) is ShiftRow:
                    found.append(result)
                else:
                    skipped.append(result)  # type: ignore[arg-type]
                if progress is not None:
                    progress(done, total)
            names = {c[0] for c in candidates}
            agents = query.agent_numbers()
            index.forget(
                p
                for p in index.paths_under(root, files.sep)
                if p not in names and would_list(files, p, query.date_from, query.date_to, agents)
            )
            index.commit()
        finally:
            if fetched is not None:
                fetched.close()  # stops reading ahead after a cancel
            if index is not None:
                index.close()
            if isinstance(files, SmbFiles):
                files.close()
        unique, revisions, copies = one_per_shift(found)
        skipped.extend(revisions)
        wants = query.matcher()
        rows = [r for r in unique if wants(r)]
        rows.sort(key=operator.attrgetter("started_at", "branch_code", "agent_no"))
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
        return LoadResult(query, tuple(rows), tuple(skipped), total, read, copies)

    def _entry(
        self,
        path: str,
        size: int,
        mtime_ns: int,
        fetched: bytes | BaseException,
        previous: Entry | None,
        validator: VersionedValidator,
    ) -> Entry | None:
        """What one file says; None if it was removed before it could be read.

        Size and mtime are the listing's: if the file changed after it was listed, the next
        report sees newer ones and reads it again.
        """
        if isinstance(fetched, BaseException):
            if is_missing(fetched):
                return None
            reason = getattr(fetched, "strerror", None) or str(fetched)
            return Entry(0, 0, "", Skipped(path, "unreadable", reason))
        sha = hashlib.sha256(fetched).hexdigest()
        if previous is not None and previous.sha256 == sha:
            result = previous.result  # copied again with the same bytes: nothing to parse
            if type(result) is ShiftRow and result.path != path:
                result = None
        else:
            result = None
        if result is None:
            result = parse_summary(path, fetched, validator, sha, self._policy.zone)
        return Entry(size, mtime_ns, sha, result)
