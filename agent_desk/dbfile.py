"""A database file on disk: what it is, and a DB-API connection to it, encrypted or not.

The store is a SQLCipher database keyed with a random 256-bit key (see `dbkey`); a profile made
before encryption, or decrypted on purpose, is plain SQLite. Both are opened here, with the
standard library alone for plain files and the `sqlcipher3` binding for encrypted ones, so the
store, its backups, the fast lookup path, the demo filler and the health checks all open files
the same way. No SQLAlchemy here: the first-start check and `db check` run before it loads.
"""

from __future__ import annotations

import contextlib
import enum
import os
import re
import sqlite3
from pathlib import Path
from typing import Any

SQLITE_HEADER = b"SQLite format 3\x00"
# The smallest database SQLite writes is one page of at least 512 bytes; anything shorter
# (a 0-byte file, a truncated copy) cannot be a database, encrypted or not.
MIN_DATABASE_BYTES = 512
_KEY = re.compile(r"^[0-9a-f]{64}$")

try:  # the binding ships with the app; a source checkout without it opens plain files only
    import sqlcipher3 as _cipher
except ImportError:  # pragma: no cover - the lock installs it on Linux and Windows
    _cipher = None

# Every error a database call can raise, from either binding.
DB_ERRORS: tuple[type[BaseException], ...] = (sqlite3.Error,) + (
    (_cipher.Error,) if _cipher is not None else ()
)
DATABASE_ERRORS: tuple[type[BaseException], ...] = (sqlite3.DatabaseError,) + (
    (_cipher.DatabaseError,) if _cipher is not None else ()
)


def cipher_available() -> bool:
    return _cipher is not None


def cipher_module() -> Any:
    if _cipher is None:
        raise RuntimeError("the SQLCipher binding (sqlcipher3) is not installed")
    return _cipher


class FileState(enum.Enum):
    MISSING = "missing"
    EMPTY = "empty"  # 0 bytes
    SHORT = "short"  # fewer bytes than one database page
    PLAIN = "plain"  # starts with SQLite's header: an unencrypted database
    OPAQUE = "opaque"  # random-looking bytes: SQLCipher, or junk; only the key tells


def state_of(path: Path) -> FileState:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return FileState.MISSING
    if size == 0:
        return FileState.EMPTY
    if size < MIN_DATABASE_BYTES:
        return FileState.SHORT
    with open(path, "rb") as f:
        head = f.read(len(SQLITE_HEADER))
    return FileState.PLAIN if head == SQLITE_HEADER else FileState.OPAQUE


def check_key(key: str) -> str:
    if not _KEY.match(key):
        raise ValueError("a database key is 64 lowercase hex digits (256 bits)")
    return key


def key_pragma(key: str) -> str:
    """`PRAGMA key` with a raw key: no passphrase derivation (256,000 rounds) per connection."""
    return f"PRAGMA key = \"x'{check_key(key)}'\""


def connect(
    path: Path | str,
    key: str | None,
    *,
    readonly: bool = False,
    timeout: float = 5.0,
    isolation_level: str | None = None,
    check_same_thread: bool = True,
) -> Any:
    """A DB-API connection: sqlcipher3 keyed with `key`, or sqlite3 when `key` is None.

    `readonly` opens with `mode=ro`, so checking a damaged file never writes to it.
    """
    target = f"file:{Path(path).as_posix()}?mode=ro" if readonly else str(path)
    if key is None:
        return sqlite3.connect(
            target,
            timeout=timeout,
            uri=readonly,
            isolation_level=isolation_level,
            check_same_thread=check_same_thread,
        )
    module = cipher_module()
    con = module.connect(
        target,
        timeout=timeout,
        uri=readonly,
        isolation_level=isolation_level,
        check_same_thread=check_same_thread,
    )
    apply_key(con, key)
    return con


def apply_key(con: Any, key: str) -> None:
    """Key a fresh sqlcipher3 connection; SQLCipher's own stderr logging is switched off (a wrong
    key or a damaged page is reported by AgentDesk in words, never as 'ERROR CORE' lines)."""
    cur = con.cursor()
    try:
        cur.execute("PRAGMA cipher_log_level = NONE")
        cur.execute(key_pragma(key))
    finally:
        cur.close()


def sqlite_code(exc: BaseException) -> int:
    """SQLite's primary result code of a database error (0 when unknown)."""
    return (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


SQLITE_CANTOPEN, SQLITE_NOTADB, SQLITE_READONLY, SQLITE_PERM = 14, 26, 8, 3


# Below this much free space a store is not opened for writing: the WAL, a migration's backup
# and the next save would fail half-way; the agent is told the disk is full instead.
MIN_FREE_BYTES = 1 << 20


def probe_folder(folder: Path) -> str | None:
    """None when files can be written in `folder`; else "read_only" or "full".

    Asked by writing, because root ignores mode bits and a read-only mount says so only then.
    """
    import errno
    import shutil

    probe = folder / f".write-probe-{os.getpid()}"
    try:
        with open(probe, "wb") as f:
            f.write(b"x")
            f.flush()
            os.fsync(f.fileno())
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return "full"
        return "read_only"
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()
    try:
        if shutil.disk_usage(folder).free < MIN_FREE_BYTES:
            return "full"
    except OSError:  # pragma: no cover - a folder just written to has a usage
        pass
    return None
