"""Finding and reading shift summaries on the share for reports: a folder, UNC path or smb://.

The share can be a mounted folder, a UNC path Windows opens itself, or `smb://host/share/path`
reached with smbprotocol (user `share.username`, password from the OS keyring, as the sync
uses). Both look the same here: list a folder, stat a file, read a file. On a branch network
every one of those is a round trip, so many stats and reads run 8 at a time on threads.
"""

from __future__ import annotations

import errno
import logging
import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Protocol

from agent_desk.errors import AgentDeskError

log = logging.getLogger(__name__)

SUMMARY_FILE = "summary.json"
MAX_SUMMARY_BYTES = 1_000_000  # a real summary is about 5 KB; anything this big is not one
# Other things the desks publish at the top of the share (the daily case archive, the audit
# log's anchors: agent_desk/audit_anchor.py).
RESERVED_FOLDERS = frozenset({"archive", "audit"})
PARALLEL_FROM = 256  # fewer files than this are read one after the other
WORKERS = 8  # files in flight at once: hides a branch network's round trips
_CHUNK = 64
_DATE_DIR = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SHIFT_DIR = re.compile(r"^(?P<agent>[^_]+)_.+_[0-9a-f-]{36}$")

CancelCheck = Callable[[], bool]
Candidate = tuple[str, int, int]  # path, size, mtime_ns


class ReportFolderMissing(AgentDeskError):
    code = "report.folder_missing"
    template = "The folder {path} cannot be opened: {detail}"


class ReportCancelled(AgentDeskError):
    code = "report.cancelled"
    template = "The report was cancelled."


class SummaryFiles(Protocol):
    root: str
    sep: str
    parallel: bool  # many stats and reads at once (network) or one after the other (disk)

    def scandir(self, path: str) -> Iterable[Any]: ...  # entries: name, path, is_dir, stat

    def stat(self, path: str) -> Any: ...  # st_size, st_mtime_ns

    def entry_stat(self, entry: Any) -> Any: ...

    def read(self, path: str) -> bytes: ...


def is_missing(exc: BaseException) -> bool:
    """File not found, locally or over SMB (whose errors are OSErrors with errno ENOENT)."""
    return isinstance(exc, FileNotFoundError) or getattr(exc, "errno", None) == errno.ENOENT


class LocalFiles:
    """A folder, a mounted share, or a UNC path the operating system opens itself."""

    sep = os.sep

    def __init__(self, location: str | Path) -> None:
        from agent_desk.netpath import network_fstype

        self.root = str(Path(location).expanduser().absolute())
        try:
            # On a local disk a thread pool only adds overhead; on a network mount it hides
            # the round trips.
            self.parallel = network_fstype(Path(self.root)) is not None
        except OSError:
            self.parallel = True

    def scandir(self, path: str) -> Iterable[Any]:
        with os.scandir(path) as entries:
            return list(entries)

    def stat(self, path: str) -> Any:
        return os.stat(path)

    def entry_stat(self, entry: os.DirEntry[str]) -> os.stat_result:
        return entry.stat()  # free on Windows: the listing carries it

    def read(self, path: str) -> bytes:
        with open(path, "rb") as f:
            return f.read(MAX_SUMMARY_BYTES + 1)


class SmbFiles:
    """`smb://host[:port]/share/path` through smbprotocol, with its own connection cache."""

    sep = "\\"
    parallel = True

    def __init__(self, spec: dict[str, Any], username: str, password: str) -> None:
        self.root = f"\\\\{spec['server']}\\{spec['share']}" + (
            f"\\{spec['base']}" if spec["base"] else ""
        )
        self._cache: dict[str, Any] = {}
        self._kw: dict[str, Any] = {
            "port": spec["port"],
            "username": username or None,
            "password": password or None,
            "connection_timeout": 15,
            "connection_cache": self._cache,
        }

    def scandir(self, path: str) -> Iterable[Any]:
        import smbclient

        return list(smbclient.scandir(path, **self._kw))

    def stat(self, path: str) -> Any:
        import smbclient

        return smbclient.stat(path, **self._kw)

    def entry_stat(self, entry: Any) -> Any:
        return self.stat(entry.path)  # the entry's own stat() forgets the port and login

    def read(self, path: str) -> bytes:
        import smbclient

        with smbclient.open_file(path, mode="rb", **self._kw) as f:
            return f.read(MAX_SUMMARY_BYTES + 1)

    def close(self) -> None:
        import smbclient

        try:
            smbclient.reset_connection_cache(connection_cache=self._cache)
        except Exception:  # a dead connection may fail to close; it is dropped anyway
            self._cache.clear()


def open_location(location: str | Path, username: str = "") -> LocalFiles | SmbFiles:
    """The files behind a location typed by the supervisor or configured as the share."""
    from agent_desk.share import get_share_password, parse_location

    text = str(location).strip()
    if not text:
        raise ReportFolderMissing("no folder given", path="")
    try:
        kind, spec = parse_location(text)
    except AgentDeskError as exc:
        raise ReportFolderMissing(exc.message, path=text) from exc
    if kind == "folder":
        return LocalFiles(spec["root"])
    return SmbFiles(spec, username, get_share_password(username) if username else "")


def find_summaries(
    files: SummaryFiles,
    date_from: date,
    date_to: date,
    agents: frozenset[str] = frozenset(),
    cancelled: CancelCheck | None = None,
) -> list[Candidate]:
    """(path, size, mtime_ns) of every candidate file, sorted; prunes what cannot match.

    Folders named like a date outside the range (one day of slack for desks in other time
    zones) and shift folders of agents not asked for are not entered, so a month's report on a
    year-old share lists a month of folders, not a year. In a shift folder
    (`<agent_no>_<start>_<shift-id>`) only its summary.json is a candidate; elsewhere every
    `*.json` file is, so a folder of copied summaries works too.
    """
    low, high = date_from - timedelta(days=1), date_to + timedelta(days=1)
    found: list[Candidate] = []
    shift_files: list[str] = []
    stack = [files.root]
    while stack:
        if cancelled is not None and cancelled():
            raise ReportCancelled()
        folder = stack.pop()
        at_root = folder == files.root
        try:
            entries = files.scandir(folder)
        except Exception as exc:  # SMB raises its own errors for a dead connection
            if at_root:
                raise ReportFolderMissing(_reason(exc), path=folder) from exc
            log.warning("cannot list %s: %s", folder, exc)
            continue
        for entry in entries:
            name = entry.name
            if name.startswith(".") or (at_root and name in RESERVED_FOLDERS):
                continue
            try:
                if entry.is_dir():
                    if not _day_in(name, low, high):
                        continue
                    m = _SHIFT_DIR.match(name)
                    if m is None:
                        stack.append(entry.path)
                    elif not agents or m.group("agent") in agents:
                        # A shift's folder holds one summary.json beside its report and CSV:
                        # one stat instead of listing the folder (10,000 folders a month).
                        shift_files.append(entry.path + files.sep + SUMMARY_FILE)
                elif name.lower().endswith(".json"):
                    st = files.entry_stat(entry)
                    found.append((entry.path, st.st_size, st.st_mtime_ns))
            except OSError:
                continue  # vanished while listing: not a candidate
    stats = in_parallel(files.stat, shift_files, cancelled, files.parallel)
    for path, st in zip(shift_files, stats, strict=True):
        if not isinstance(st, BaseException):
            found.append((path, st.st_size, st.st_mtime_ns))
        # else: the desk has not published the summary completely yet
    found.sort()
    return found


def _day_in(name: str, low: date, high: date) -> bool:
    if not _DATE_DIR.match(name):
        return True
    try:
        return low <= date.fromisoformat(name) <= high
    except ValueError:
        return True


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or exc.__class__.__name__


def would_list(files: SummaryFiles, path: str, date_from: date, date_to: date, agents) -> bool:
    """Whether `find_summaries` would have listed `path` had it existed (so it is truly gone)."""
    prefix = files.root.rstrip(files.sep) + files.sep
    if not path.startswith(prefix):
        return False
    parts = path[len(prefix) :].split(files.sep)
    if parts and parts[0] in RESERVED_FOLDERS:
        return False
    low, high = date_from - timedelta(days=1), date_to + timedelta(days=1)
    for name in parts[:-1]:
        if name.startswith(".") or not _day_in(name, low, high):
            return False
        m = _SHIFT_DIR.match(name)
        if agents and m and m.group("agent") not in agents:
            return False
    return True


def in_parallel(
    func: Callable[[str], Any],
    paths: Sequence[str],
    cancelled: CancelCheck | None = None,
    parallel: bool = True,
) -> Iterator[Any]:
    """`func(path)` for each path, in order, with an exception returned instead of raised.

    On a network share each stat or read is a round trip, so up to WORKERS chunks run at once
    on threads (the file system calls release the GIL); a few files are simply done in turn,
    lazily, so what a caller sees matches the moment it asks.
    """

    def one(path: str) -> Any:
        try:
            return func(path)
        except Exception as exc:  # OSError locally; SMB adds its own protocol errors
            return exc

    if not parallel or len(paths) < PARALLEL_FROM:
        for path in paths:
            yield one(path)
        return
    chunks = [paths[i : i + _CHUNK] for i in range(0, len(paths), _CHUNK)]
    with ThreadPoolExecutor(WORKERS, thread_name_prefix="report-io") as pool:
        pending: deque[Future[list[Any]]] = deque()
        next_chunk = 0
        try:
            while pending or next_chunk < len(chunks):
                while next_chunk < len(chunks) and len(pending) < 2 * WORKERS:
                    pending.append(pool.submit(lambda c: [one(p) for p in c], chunks[next_chunk]))
                    next_chunk += 1
                yield from pending.popleft().result()
                if cancelled is not None and cancelled():
                    raise ReportCancelled()
        finally:
            for future in pending:
                future.cancel()
