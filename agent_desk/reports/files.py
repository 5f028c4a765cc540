"""Finding and reading shift summaries on the share for reports: a folder, UNC path or smb://.

The share can be a mounted folder, a UNC path Windows opens itself, or `smb://host/share/path`
reached with smbprotocol (user `share.username`, password from the OS keyring, as the sync
uses). Both look the same here: list a folder, stat a file, read a file. On a branch network
every one of those is a round trip, so many stats and reads run 8 at a time on threads.

The walk never leaves the share's root and follows no link: a symbolic link or junction (to the
root, to another share, in a loop) is listed as skipped, never entered, and no file is read
through one. A Samba server may follow links for its clients without showing them, so every
folder entered is remembered by its file id as well: a folder seen before is a loop and is
skipped, and no walk goes deeper than any share layout needs.

A name that is not UTF-8 text (GBK from an old Windows client, a zip made on a Chinese Windows,
a Samba share without `unix charset`) comes from the OS with its odd bytes as surrogate
escapes, which nothing that keeps text (the index, the audit log, the log, an export) can hold:
such a file is skipped and such a folder not entered, said with `shown_name`, the one form in
which a name from the share is shown or kept.
"""

from __future__ import annotations

import errno
import logging
import operator
import os
import re
import stat as stat_module
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from agent_desk.errors import AgentDeskError

log = logging.getLogger(__name__)

SUMMARY_FILE = "summary.json"
MAX_SUMMARY_BYTES = 1_000_000  # a real summary is about 5 KB; anything this big is not one
# Other things the desks publish at the top of the share: the daily case archive, the audit
# log's anchors (agent_desk/audit_anchor.py), quality reviews (agent_desk/quality/published.py),
# knowledge packages (agent_desk/knowledge/).
RESERVED_FOLDERS = frozenset({"archive", "audit", "kb", "qa"})
PARALLEL_FROM = 256  # fewer files than this are read one after the other
WORKERS = 8  # files in flight at once: hides a branch network's round trips
_CHUNK = 64
_DATE_DIR = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SHIFT_DIR = re.compile(r"^(?P<agent>[^_]+)_.+_[0-9a-f-]{36}$")
MAX_DEPTH = 12  # <base>/<branch>/<day>/<shift>/ is four; copies may sit a few folders deeper
_REPARSE_POINT = 0x400  # FILE_ATTRIBUTE_REPARSE_POINT: junctions and links on Windows

CancelCheck = Callable[[], bool]
# path, reason ("link", "loop", "too_deep", "name_not_utf8"), detail
Refused = tuple[str, str, str]
NOT_TEXT_NAME = "the name is not UTF-8 text"


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

    def stat(self, path: str) -> Any: ...  # st_size, st_mtime_ns, st_mode; never follows a link

    def is_link(self, entry: Any) -> bool: ...  # a symbolic link, junction or reparse point

    def folder_id(self, path: str, entry: Any | None) -> tuple[int, int]: ...  # (device, id)

    def folder_mtime(self, path: str) -> int: ...  # ns; changes when an entry comes or goes

    def entry_stat(self, entry: Any) -> Any: ...

    def read(self, path: str) -> bytes: ...


class _LinkRefused(OSError):
    """A path on the share that is a link: refused, never followed."""


def _reparse(st: os.stat_result) -> bool:
    return bool(getattr(st, "st_file_attributes", 0) & _REPARSE_POINT)


def is_text_name(name: str) -> bool:
    """Whether a name from the share is UTF-8 text (not bytes of another code page that the
    OS handed over as surrogate escapes)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def shown_name(name: str) -> str:
    """A name or path from the share as text that can be shown, logged and kept: bytes that
    are not UTF-8 as `\\xb1` escapes (`BR001/\\xb1\\xa8.json`); a text name as it is."""
    try:
        raw = os.fsencode(name)
    except UnicodeEncodeError:  # a lone surrogate that never was a byte (a Windows name)
        raw = name.encode("utf-8", "surrogatepass")
    return raw.decode("utf-8", "backslashreplace")


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
        st = os.stat(path, follow_symlinks=False)
        if stat_module.S_ISLNK(st.st_mode) or _reparse(st):
            raise _LinkRefused(path)
        return st

    def entry_stat(self, entry: os.DirEntry[str]) -> os.stat_result:
        return entry.stat(follow_symlinks=False)  # free on Windows: the listing carries it

    def is_link(self, entry: os.DirEntry[str]) -> bool:
        if entry.is_symlink():
            return True
        if sys.platform == "win32":  # a junction is no symlink to Python 3.11, but a link
            return _reparse(entry.stat(follow_symlinks=False))
        return False

    def folder_id(self, path: str, entry: os.DirEntry[str] | None) -> tuple[int, int]:
        # The root may itself be a link (a mount point's alias): it was chosen, so followed.
        st = os.stat(path, follow_symlinks=entry is None)
        return st.st_dev, st.st_ino

    def folder_mtime(self, path: str) -> int:
        st = os.stat(path, follow_symlinks=path == self.root)
        if stat_module.S_ISLNK(st.st_mode) or _reparse(st):
            raise _LinkRefused(path)
        return st.st_mtime_ns

    def read(self, path: str, limit: int = MAX_SUMMARY_BYTES) -> bytes:
        return LocalFiles.read_file(path, limit)

    @staticmethod
    def read_file(path: str, limit: int = MAX_SUMMARY_BYTES) -> bytes:
        """A file's bytes (at most `limit` + 1), never through a link; also what the report's
        worker processes read with (`parsing.py`)."""
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
        # O_NOFOLLOW: a link put in place since the listing fails; O_NONBLOCK: a named pipe
        # called summary.json opens at once instead of waiting for a writer forever
        fd = os.open(path, flags | getattr(os, "O_NONBLOCK", 0))
        try:
            if not stat_module.S_ISREG(os.fstat(fd).st_mode):
                raise OSError(errno.EINVAL, "not a regular file (a pipe, socket or device)")
            # os.read without a file object around it: a year's report reads 120,000 files
            data = os.read(fd, limit + 1)
            if not data or len(data) > limit:
                return data
            parts = [data]
            size = len(data)
            while size <= limit:  # a short read (a network mount may give less at a time)
                more = os.read(fd, limit + 1 - size)
                if not more:
                    break
                parts.append(more)
                size += len(more)
            return b"".join(parts)
        finally:
            os.close(fd)


class SmbFiles:
    """`smb://host[:port]/share/path` through smbprotocol, with its own connection cache."""

    sep = "\\"
    parallel = True

    def __init__(
        self, spec: dict[str, Any], username: str, password: str, location: str = ""
    ) -> None:
        self.location = location  # as the supervisor typed it: smb://host[:port]/share/path
        self.username = username
        self._password = password
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

        # smbprotocol decodes names from UTF-16 strictly: they are text (Samba converts a name
        # in another code page with its `unix charset`), or the folder cannot be listed
        try:
            return list(smbclient.scandir(path, **self._kw))
        except UnicodeDecodeError as exc:  # an NTFS name with a lone surrogate
            raise OSError(errno.EILSEQ, "a name in the folder is not text") from exc

    def stat(self, path: str) -> Any:
        import smbclient

        st = smbclient.stat(path, follow_symlinks=False, **self._kw)
        if stat_module.S_ISLNK(st.st_mode):
            raise _LinkRefused(path)
        return st

    def entry_stat(self, entry: Any) -> Any:
        return self.stat(entry.path)  # the entry's own stat() forgets the port and login

    def is_link(self, entry: Any) -> bool:
        return bool(entry.is_symlink())  # a reparse point the server shows as one

    def folder_id(self, path: str, entry: Any | None) -> tuple[int, int]:
        # Samba derives the file id from the inode, also for a folder it reaches through a
        # link it follows itself: the same folder twice has the same id.
        if entry is not None:
            return 0, int(entry.inode())
        import smbclient

        return 0, int(smbclient.stat(path, **self._kw).st_ino)

    def folder_mtime(self, path: str) -> int:
        import smbclient

        return int(smbclient.stat(path, **self._kw).st_mtime_ns)

    def read(self, path: str, limit: int = MAX_SUMMARY_BYTES) -> bytes:
        import smbclient

        with smbclient.open_file(path, mode="rb", **self._kw) as f:
            return f.read(limit + 1)

    def credentials(self) -> tuple[str, str, str]:
        """(location, user name, password) this logs on with: the sync's refusal record."""
        return self.location, self.username, self._password

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
    if not is_text_name(text):  # the share's own folder named in another code page
        raise ReportFolderMissing(
            "its name is not UTF-8 text (another code page's bytes); rename it",
            path=shown_name(text),
        )
    try:
        kind, spec = parse_location(text)
    except AgentDeskError as exc:
        raise ReportFolderMissing(exc.message, path=text) from exc
    if kind == "folder":
        return LocalFiles(spec["root"])
    return SmbFiles(spec, username, get_share_password(username, text), text)


# One shift folder as a listing keeps it: [name, agent, size, mtime_ns, sha256, payload]; the
# payload is what its summary.json said (a row's values, or ("skip", path, reason, detail)),
# None until it is read. Lists, so a load fills in what it read.
ShiftEntry = list


@dataclass
class Listing:
    """What one folder of the share holds, as the walk classifies it, kept in the index with
    the folder's mtime and what each shift's summary said; an unchanged folder is not listed,
    nor its shifts stat-ed or read, again.

    A folder's mtime changes when an entry is added, removed or renamed in it: a new shift
    folder, a copied folder, a deleted one. A summary.json written into a shift folder (the
    desk writes it under a temporary name and renames it, and never rewrites it) changes the
    shift folder, not its day's folder, so a shift folder still without its summary is looked
    at again each time. A folder changed in the last 2 s may still be changing: it is listed
    again next time (what its unchanged files said is kept).
    """

    mtime_ns: int
    shifts: list[ShiftEntry] = field(default_factory=list)
    folders: list[tuple[str, tuple[int, int]]] = field(default_factory=list)  # name, folder id
    files: list[tuple[str, int, int]] = field(default_factory=list)  # *.json: name, size, mtime
    links: list[str] = field(default_factory=list)  # names of links: never followed
    settled: bool = True  # changed long enough ago to be trusted next time
    odd_names: list[str] = field(default_factory=list)  # not UTF-8 text: shown_name of each

    dirty: bool = True  # to be written to the index (new, or a summary read into it)

    def dump(self) -> tuple:
        return (
            self.mtime_ns,
            self.shifts,
            self.folders,
            self.files,
            self.links,
            self.settled,
            self.odd_names,
        )

    @classmethod
    def load(cls, values: tuple) -> Listing:
        mtime_ns, shifts, folders, files, links, settled, odd_names = values
        # marshal gives the lists back as lists: the shift entries stay fillable in place
        return cls(
            mtime_ns,
            shifts,
            [(n, tuple(k)) for n, k in folders],
            files,
            links,
            settled,
            odd_names,
            False,
        )


SETTLED_NS = 2_000_000_000  # a folder changed within 2 s may still be changing: list it again

# A candidate: (path, size, mtime_ns, the shift entry holding what it said, or None for a
# loose *.json file kept in the index's files table).
Candidate = tuple[str, int, int, "ShiftEntry | None"]


def _shift_agent(name: str) -> str | None:
    m = _SHIFT_DIR.match(name)
    return m.group("agent") if m else None


def _list_folder(
    files: SummaryFiles,
    folder: str,
    mtime_ns: int,
    cancelled: CancelCheck | None,
    before: Listing | None,
) -> Listing:
    """List and classify one folder, stat-ing each shift folder's summary.json; what an
    unchanged summary said last time (same size and mtime) is kept."""
    listing = Listing(mtime_ns)
    shift_entries: list[tuple[str, str]] = []
    for entry in files.scandir(folder):
        name = entry.name
        if name.startswith("."):
            continue
        if not is_text_name(name):  # never entered or read, and never kept as it is
            listing.odd_names.append(shown_name(name))
            continue
        try:
            if files.is_link(entry):
                listing.links.append(name)
            elif entry.is_dir(follow_symlinks=False):
                agent = _shift_agent(name)
                if agent is not None:
                    shift_entries.append((name, agent))
                else:
                    listing.folders.append((name, files.folder_id(entry.path, entry)))
            elif name.lower().endswith(".json"):
                st = files.entry_stat(entry)
                listing.files.append((name, st.st_size, st.st_mtime_ns))
        except _LinkRefused:
            listing.links.append(name)
        except OSError:
            continue  # vanished while listing: not a candidate
    previous = {s[0]: s for s in before.shifts} if before is not None else {}
    paths = [folder + files.sep + name + files.sep + SUMMARY_FILE for name, _ in shift_entries]
    for (name, agent), st in zip(
        shift_entries, in_parallel(files.stat, paths, cancelled, files.parallel), strict=True
    ):
        if isinstance(st, _LinkRefused):
            listing.links.append(name + files.sep + SUMMARY_FILE)
        elif isinstance(st, BaseException):
            listing.shifts.append([name, agent, -1, 0, "", None])  # not published yet
        else:
            old = previous.get(name)
            if old is not None and (old[2], old[3]) == (st.st_size, st.st_mtime_ns):
                listing.shifts.append([name, agent, old[2], old[3], old[4], old[5]])
            else:
                listing.shifts.append([name, agent, st.st_size, st.st_mtime_ns, "", None])
    return listing


class Found(NamedTuple):
    candidates: list[Candidate]  # files to look up in the index or read, sorted by path
    cached: list[tuple]  # what unchanged summaries said (payloads), as their listings keep it
    refused: list[Refused]  # links, loops, folders too deep
    listings: dict[str, Listing]  # every folder looked at, for the index
    unlisted: list[str]  # folders that could not be listed (skipped with a warning)


def find_summaries(
    files: SummaryFiles,
    date_from: date,
    date_to: date,
    agents: frozenset[str] = frozenset(),
    cancelled: CancelCheck | None = None,
    known: dict[str, Listing] | None = None,
    found_so_far: Callable[[int], None] | None = None,
) -> Found:
    """Every candidate file; what unchanged summaries said; what was not entered; and the
    listing of every folder looked at (for the index).

    Folders named like a date outside the range (one day of slack for desks in other time
    zones) and shift folders of agents not asked for are not entered, so a month's report on a
    year-old share lists a month of folders, not a year. In a shift folder
    (`<agent_no>_<start>_<desk>_<shift-id>`) only its summary.json is a candidate; elsewhere
    every `*.json` file is, so a folder of copied summaries works too. Links are never
    followed, a folder seen before is never entered again, and nothing deeper than MAX_DEPTH.
    A folder whose mtime is that of its `known` listing is not listed again (`Listing`).
    `found_so_far(n)` is told the number of candidates after each folder (to start workers
    for reading them while the walk goes on).
    """
    low, high = date_from - timedelta(days=1), date_to + timedelta(days=1)
    known = known or {}
    found: list[Candidate] = []
    cached: list[tuple] = []
    refused: list[Refused] = []
    listings: dict[str, Listing] = {}
    unlisted: list[str] = []
    now_ns = time.time_ns()
    sep = files.sep
    try:
        seen = {files.folder_id(files.root, None): files.root}
    except Exception as exc:  # SMB raises its own errors for a dead connection
        _raise_refused_logon(files, exc)
        raise ReportFolderMissing(_reason(exc), path=files.root) from exc
    stack: list[tuple[str, int]] = [(files.root, 0)]
    while stack:
        if cancelled is not None and cancelled():
            raise ReportCancelled()
        folder, depth = stack.pop()
        at_root = folder == files.root
        try:
            mtime_ns = files.folder_mtime(folder)
            before = known.get(folder)
            if before is not None and before.settled and before.mtime_ns == mtime_ns:
                listing = before
                _restat_missing(files, folder, listing, cancelled)
            else:
                listing = _list_folder(files, folder, mtime_ns, cancelled, before)
            settled = now_ns - mtime_ns > SETTLED_NS
            if listing.settled != settled:
                listing.settled, listing.dirty = settled, True
        except Exception as exc:  # SMB raises its own errors for a dead connection
            if at_root:
                _raise_refused_logon(files, exc)
                raise ReportFolderMissing(_reason(exc), path=folder) from exc
            log.warning("cannot list %s: %s", folder, exc)
            unlisted.append(folder)
            continue
        listings[folder] = listing
        prefix = folder + sep
        for name in listing.links:
            refused.append((prefix + name, "link", ""))
        for name in listing.odd_names:
            refused.append((prefix + name, "name_not_utf8", ""))
        for name, size, mtime in listing.files:
            found.append((prefix + name, size, mtime, None))
        tail = sep + SUMMARY_FILE
        for shift in listing.shifts:  # a shift folder's name is never a date: no day check
            if shift[2] >= 0 and (not agents or shift[1] in agents):
                if shift[5] is not None:
                    cached.append(shift[5])
                else:
                    found.append((prefix + shift[0] + tail, shift[2], shift[3], shift))
        for name, key in listing.folders:
            if (at_root and name in RESERVED_FOLDERS) or not _day_in(name, low, high):
                continue
            path = prefix + name
            if depth + 1 > MAX_DEPTH:
                refused.append((path, "too_deep", str(MAX_DEPTH)))
                continue
            first = seen.get(key)
            if first is not None:
                refused.append((path, "loop", first))
                continue
            seen[key] = path
            stack.append((path, depth + 1))
        if found_so_far is not None:
            found_so_far(len(found))
    found.sort(key=operator.itemgetter(0))
    refused.sort()
    return Found(found, cached, refused, listings, unlisted)


def _restat_missing(
    files: SummaryFiles, folder: str, listing: Listing, cancelled: CancelCheck | None
) -> None:
    """Shift folders whose summary.json was not there last time: is it now?"""
    missing = [s for s in listing.shifts if s[2] < 0]
    if not missing:
        return
    paths = [folder + files.sep + s[0] + files.sep + SUMMARY_FILE for s in missing]
    for shift, st in zip(
        missing, in_parallel(files.stat, paths, cancelled, files.parallel), strict=True
    ):
        if not isinstance(st, BaseException):
            shift[2:6] = [st.st_size, st.st_mtime_ns, "", None]
            listing.dirty = True


def _day_in(name: str, low: date, high: date) -> bool:
    if not _DATE_DIR.match(name):
        return True
    try:
        return low <= date.fromisoformat(name) <= high
    except ValueError:
        return True


def _raise_refused_logon(files: SummaryFiles, exc: BaseException) -> None:
    """The server refused the user name or password: say so in the sync's words (ShareAuthFailed),
    never as a raw STATUS_LOGON_FAILURE, so the caller remembers it and does not try again."""
    from agent_desk.share import ShareAuthFailed, is_refused_logon

    if isinstance(files, SmbFiles) and is_refused_logon(exc):
        who = f"user {files.username}" if files.username else "no user name"
        raise ShareAuthFailed(who, location=files.location or files.root) from exc


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
