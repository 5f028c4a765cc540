"""Reading and checking many summary files, on every core when there are many.

A cold report over a year of a 300-agent center reads 120,000 files; each is read, hashed,
parsed and checked against the schema (`rows.parse_summary`), which is CPU work Python does on
one core at a time. When a report has tens of thousands of files to read from a folder the
operating system opens (a local folder, a mounted share, a UNC path), that work is shared out to
worker processes, one per core; the loading thread keeps the walk, the index and the counting. An
smb:// share is read through this process's own connection, so it is read here, on threads
(`files.in_parallel`).

Every worker gives back exactly what reading the file here would: (sha256, row or Skipped), or
the exception reading it raised. If the workers cannot be started or die, the rest is read here.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import tzinfo
from typing import Any

from agent_desk.reports.files import ReportCancelled
from agent_desk.reports.rows import ShiftRow, Skipped, parse_summary
from agent_desk.shifts.schema import VersionedValidator

log = logging.getLogger(__name__)

# Fewer files than this are read here: a worker takes 0.5-1 s of CPU to start (it imports the
# shift and report packages, SQLAlchemy with them) and saves about 40 us a file; a month's
# 10,000 summaries were slower on workers (bench/RESULTS.md), a year's 120,000 much quicker.
PROCESSES_FROM = 20_000
MAX_PROCESSES = 4
_CHUNK = 500

# (path, sha256 of what the index holds for it, or "") → (sha256, result) or the exception
# reading it raised; result None: the same bytes as the index holds, nothing parsed.
Job = tuple[str, str]
Parsed = tuple[str, ShiftRow | Skipped | None] | BaseException
Reader = Callable[[str], bytes]

_validator: VersionedValidator | None = None


def parse_one(
    read: Reader, path: str, previous_sha: str, validator: VersionedValidator, zone: tzinfo
) -> Parsed:
    """Read one file and say what it holds (see `Parsed`); reading errors are returned."""
    try:
        data = read(path)
    except Exception as exc:  # OSError locally; SMB adds its own protocol errors
        return exc
    sha = hashlib.sha256(data).hexdigest()
    if previous_sha == sha:
        return sha, None  # copied again with the same bytes: nothing to parse
    return sha, parse_summary(path, data, validator, sha, zone)


def _parse_chunk(jobs: Sequence[Job], zone: tzinfo) -> list[Parsed]:
    """In a worker process: a chunk of local files, read without following links."""
    global _validator
    from agent_desk.reports.files import LocalFiles

    if _validator is None:
        _validator = VersionedValidator()
    read = LocalFiles.read_file
    out: list[Parsed] = []
    for path, previous in jobs:
        result = parse_one(read, path, previous, _validator, zone)
        if isinstance(result, BaseException) and not isinstance(result, OSError):
            # an OSError crosses back whole; anything else is sent as an OSError with its text
            result = OSError(str(result) or result.__class__.__name__)
        out.append(result)
    return out


def _ignore_interrupt() -> None:
    """In a new worker: Ctrl+C is the report's to handle (it stops the pool), not each
    worker's to print a traceback for."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _warm_up() -> None:
    """In a new worker: the imports and the schema check, before the first chunk arrives."""
    global _validator
    from agent_desk.reports.files import LocalFiles  # noqa: F401 - what _parse_chunk imports

    if _validator is None:
        _validator = VersionedValidator()


class Workers:
    """Worker processes started while the share is still being walked.

    A spawned worker takes most of a second to import what it needs; started once the walk
    has found enough files to be worth them, they get ready on the other core meanwhile
    instead of after the walk. `parse_local_in_processes` takes them over (and shuts them
    down); `close` is for a walk that ends without handing them over."""

    def __init__(self) -> None:
        self.pool: ProcessPoolExecutor | None = None

    def found(self, files: int) -> None:
        """`files` to read so far: start the workers once they are worth it."""
        count = processes_for(files)
        if self.pool is not None or count < 1:
            return
        try:
            self.pool = ProcessPoolExecutor(
                count,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_ignore_interrupt,
            )
            for _ in range(count):  # one task each: the pool starts a process per task
                self.pool.submit(_warm_up)
        except (OSError, ValueError, NotImplementedError, RuntimeError) as exc:
            log.warning("report workers not started (%s): reading on one core", exc)
            self.close()

    def take(self) -> ProcessPoolExecutor | None:
        pool, self.pool = self.pool, None
        return pool

    def close(self) -> None:
        pool = self.take()
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


def processes_for(count: int) -> int:
    """How many worker processes `count` local files are worth (0: read them here)."""
    cores = os.cpu_count() or 1
    if count < PROCESSES_FROM or cores < 2:
        return 0
    return min(cores, MAX_PROCESSES)


def parse_local_in_processes(
    jobs: Sequence[Job],
    zone: tzinfo,
    validator: VersionedValidator,
    workers: int,
    cancelled: Callable[[], bool] | None = None,
    started: Workers | None = None,
) -> Generator[Parsed, None, None]:
    """`parse_one` for each local file, in order, shared out to `workers` processes (those
    `started` during the walk, if any).

    Processes are spawned, not forked: the report runs on a thread of the GUI, and a fork of a
    process with threads may inherit a held lock. A few chunks are in flight at a time, so a
    cancel stops the work within a chunk or two.
    """
    from agent_desk.reports.files import LocalFiles

    chunks = [jobs[i : i + _CHUNK] for i in range(0, len(jobs), _CHUNK)]
    pool: ProcessPoolExecutor | None = started.take() if started is not None else None
    if pool is None:
        try:
            pool = ProcessPoolExecutor(
                workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_ignore_interrupt,
            )
        except (OSError, ValueError, NotImplementedError) as exc:
            log.warning("report workers not started (%s): reading on one core", exc)
    pending: deque[tuple[Sequence[Job], Future[list[Parsed]] | None]] = deque()
    next_chunk = 0
    try:
        while pending or next_chunk < len(chunks):
            while next_chunk < len(chunks) and len(pending) < 3 * workers:
                chunk = chunks[next_chunk]
                future = None
                if pool is not None:
                    try:
                        future = pool.submit(_parse_chunk, chunk, zone)
                    except RuntimeError as exc:  # a broken pool refuses new work
                        log.warning("report workers stopped (%s): reading on one core", exc)
                        pool = None
                pending.append((chunk, future))
                next_chunk += 1
            chunk, future = pending.popleft()
            results: list[Parsed] | None = None
            if future is not None:
                try:
                    results = future.result()
                except Exception as exc:  # a worker died (BrokenProcessPool) or could not pickle
                    log.warning("report worker failed (%s): reading its files here", exc)
            if results is None:
                read = LocalFiles.read_file
                results = [parse_one(read, p, prev, validator, zone) for p, prev in chunk]
            yield from results
            if cancelled is not None and cancelled():
                raise ReportCancelled()
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def parse_here(
    read: Reader,
    jobs: Sequence[Job],
    zone: tzinfo,
    validator: VersionedValidator,
    parallel: bool,
    cancelled: Callable[[], bool] | None = None,
) -> Generator[Parsed, None, None]:
    """`parse_one` for each file in this process; the reads on threads when `parallel`."""
    from agent_desk.reports.files import in_parallel

    paths = [p for p, _ in jobs]
    for (path, previous), data in zip(
        jobs, in_parallel(read, paths, cancelled, parallel), strict=True
    ):
        yield parse_one(_given(data), path, previous, validator, zone)


def _given(data: Any) -> Reader:
    def read(_path: str) -> bytes:
        if isinstance(data, BaseException):
            raise data
        return data

    return read
