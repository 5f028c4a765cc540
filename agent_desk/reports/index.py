"""The local index of what was read from the share (`reports_index.db` in the profile).

Reading 10,000 files over a branch network is the slow part of a report, so what was read is
kept keyed by path, size and modification time, with the content's SHA-256: a file whose size
and mtime are unchanged is not read again, and a file rewritten with the same bytes is not
parsed again. Rows hold times in the branch's zone, so the index belongs to one zone: another
zone (or another version of this program) starts it afresh. It is a cache only: a damaged one
is started afresh too.
"""

from __future__ import annotations

import json
import logging
import marshal
import operator
import os
import secrets
import shutil
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from agent_desk.reports.files import Listing
from agent_desk.reports.rows import ROW_FIELDS, ShiftRow, Skipped

log = logging.getLogger(__name__)

INDEX_FILE = "reports_index.db"
# 11: the times of a summary are checked against each other (a row the index kept may now be
# skipped as inconsistent), so what version 10 kept is read again.
# 12: a folder's listing keeps the names in it that are not UTF-8 text (skipped, said again).
INDEX_VERSION = 12

_CREATE_FOLDERS = """
CREATE TABLE folders (
    path TEXT PRIMARY KEY,
    listing BLOB NOT NULL
) WITHOUT ROWID
"""
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
# A report's de-duplicated result while the share is unchanged (`ReportService`): the folders
# and late summaries whose state says so, a digest of that state, and the result, marshalled
# into a file of its own beside the index (`<index>-results/`, owner only): a year's result is
# 60 MB, which SQLite hands back in ~0.15 s and a file in ~0.03 s.
_CREATE_RESULTS = """
CREATE TABLE IF NOT EXISTS results (
    query TEXT PRIMARY KEY,
    watched BLOB NOT NULL,
    digest TEXT NOT NULL,
    file TEXT NOT NULL,
    size INTEGER NOT NULL,
    written INTEGER NOT NULL
) WITHOUT ROWID
"""
KEPT_RESULTS = 8  # the last queries' results kept (a year, its months, a few filters)
# Folder listings and kept results are marshalled in version 2: interned names and codes are
# still stored once, but without version 3's table of every object seen more than once, which
# made a year's kept result a quarter slower to read back (0.39 s against 0.29 s).
MARSHAL_VERSION = 2
# The row's fields after `path`, marshalled: one column to fetch instead of 40 (the index is
# a cache of this program's own, so marshal's Python-specific format is fine).
_ROW_VALUES = operator.attrgetter(*ROW_FIELDS[1:])


class Entry(NamedTuple):
    size: int
    mtime_ns: int
    sha256: str
    result: ShiftRow | Skipped


class ReportIndex:
    """What was read from which file, so unchanged files are never read twice."""

    def __init__(self, path: Path, zone_name: str = "") -> None:
        self.path = path
        self.zone_name = zone_name
        self.results_dir = Path(str(path) + "-results")
        try:
            self._db = self._open()
        except sqlite3.DatabaseError:
            log.warning("report index %s unusable; starting a new one", path)
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            shutil.rmtree(self.results_dir, ignore_errors=True)
            self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        # paths and agents' names of the share: the profile's files are 0600 (README)
        from agent_desk.store import private_store_files

        private_store_files(self.path)
        db.execute("PRAGMA synchronous=NORMAL")  # a lost index write only means a re-read
        db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        zone = db.execute("SELECT value FROM meta WHERE key = 'zone'").fetchone()
        stale = db.execute("PRAGMA user_version").fetchone()[0] != INDEX_VERSION
        if stale or zone is None or zone[0] != self.zone_name:
            db.execute("DROP TABLE IF EXISTS files")
            db.execute("DROP TABLE IF EXISTS folders")
            db.execute("DROP TABLE IF EXISTS results")
            shutil.rmtree(self.results_dir, ignore_errors=True)
            db.execute(_CREATE)
            db.execute(_CREATE_FOLDERS)
            db.execute("INSERT OR REPLACE INTO meta VALUES ('zone', ?)", (self.zone_name,))
            db.execute(f"PRAGMA user_version={INDEX_VERSION}")
            db.commit()
        db.execute(_CREATE_RESULTS)
        db.commit()
        db.execute("SELECT count(*) FROM files").fetchone()
        return db

    def entries_for(self, paths: Sequence[str]) -> dict[str, Entry]:
        """What the index knows of these files; a month's report on a year-old share reads
        a month of index rows, not a year."""
        cursor = self._db.execute(
            "SELECT path, size, mtime_ns, sha256, reason, detail, row "
            "FROM files WHERE path IN (SELECT value FROM json_each(?))",
            (json.dumps(list(paths)),),
        )
        out: dict[str, Entry] = {}
        loads = marshal.loads
        new_row = tuple.__new__  # the row's values as stored: no checks to repeat
        for path, size, mtime_ns, sha, reason, detail, row in cursor:
            result: ShiftRow | Skipped = (
                Skipped(path, reason, detail or "")
                if reason
                else new_row(ShiftRow, (path, *loads(row)))
            )
            out[path] = new_row(Entry, (size, mtime_ns, sha, result))
        return out

    def paths_under(self, root: str, sep: str = os.sep) -> list[str]:
        prefix = root.rstrip(sep) + sep
        upper = prefix[:-1] + chr(ord(sep) + 1)
        cursor = self._db.execute(
            "SELECT path FROM files WHERE path >= ? AND path < ?", (prefix, upper)
        )
        return [p for (p,) in cursor]

    def put(self, path: str, entry: Entry) -> None:
        result = entry.result
        if isinstance(result, Skipped):
            values = (result.reason, result.detail, None)
        else:
            values = (None, None, marshal.dumps(_ROW_VALUES(result)))
        self._db.execute(
            "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?)",
            (path, entry.size, entry.mtime_ns, entry.sha256, *values),
        )

    def folders_under(self, root: str, sep: str = os.sep) -> dict[str, Listing]:
        """The folder listings kept for the share at `root` (the root's own included)."""
        prefix = root.rstrip(sep) + sep
        upper = prefix[:-1] + chr(ord(sep) + 1)
        cursor = self._db.execute(
            "SELECT path, listing FROM folders WHERE path = ? OR (path >= ? AND path < ?)",
            (root, prefix, upper),
        )
        loads = marshal.loads
        return {path: Listing.load(loads(blob)) for path, blob in cursor}

    def put_folders(self, listings: dict[str, Listing]) -> None:
        """Keep each new or changed folder listing (one still changing is listed again next
        time, but what its unchanged files said is kept)."""
        self._db.executemany(
            "INSERT OR REPLACE INTO folders VALUES (?, ?)",
            ((p, marshal.dumps(v.dump(), MARSHAL_VERSION)) for p, v in listings.items() if v.dirty),
        )

    def result_for(self, query: str) -> tuple[tuple[Any, ...], str, bytes] | None:
        """What `put_result` kept for this query: (what to watch, its digest, the result);
        None if there is none or its file is gone or not whole."""
        got = self._db.execute(
            "SELECT watched, digest, file, size FROM results WHERE query = ?", (query,)
        ).fetchone()
        if got is None:
            return None
        watched, digest, name, size = got
        try:
            fd = os.open(self.results_dir / name, os.O_RDONLY | getattr(os, "O_BINARY", 0))
            try:
                blob = os.read(fd, size + 1)
                while 0 < len(blob) < size:  # a short read
                    more = os.read(fd, size + 1 - len(blob))
                    if not more:
                        break
                    blob += more
            finally:
                os.close(fd)
        except OSError:
            return None
        if len(blob) != size:
            return None
        return marshal.loads(watched), digest, blob

    def put_result(self, query: str, watched: tuple[Any, ...], digest: str, result: bytes) -> None:
        """Keep a query's result with the state of the share it was made from; only the last
        KEPT_RESULTS queries' results are kept."""
        db = self._db
        self.results_dir.mkdir(mode=0o700, exist_ok=True)
        name = secrets.token_hex(8) + ".bin"
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(self.results_dir / name, flags, 0o600)
        try:
            view = memoryview(result)
            while view:
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)
        (written,) = db.execute("SELECT coalesce(max(written), 0) + 1 FROM results").fetchone()
        db.execute(
            "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?)",
            (query, marshal.dumps(watched), digest, name, len(result), written),
        )
        db.execute("DELETE FROM results WHERE written <= ?", (written - KEPT_RESULTS,))
        self._drop_unkept_files()

    def forget_result(self, query: str) -> None:
        if self._db.execute("DELETE FROM results WHERE query = ?", (query,)).rowcount:
            self._drop_unkept_files()

    def _drop_unkept_files(self) -> None:
        kept = {name for (name,) in self._db.execute("SELECT file FROM results")}
        try:
            names = os.listdir(self.results_dir)
        except OSError:
            return
        for name in names:
            if name not in kept:
                (self.results_dir / name).unlink(missing_ok=True)

    def forget(self, paths: Iterable[str]) -> None:
        self._db.executemany("DELETE FROM files WHERE path = ?", ((p,) for p in paths))

    def commit(self) -> None:
        self._db.commit()

    def close(self) -> None:
        self._db.commit()
        self._db.close()
