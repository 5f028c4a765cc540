"""Engine and session factory with the pragmas that keep a desk's data safe.

An encrypted store goes through SQLAlchemy's `sqlite+pysqlcipher` dialect (the `sqlcipher3`
binding); the key is handed over as a raw 256-bit key, so no passphrase is stretched on each
new connection, and it never appears in a URL's text (SQLAlchemy hides URL passwords).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from agent_desk.dbfile import check_key
from agent_desk.errors import DatabaseBusy, LocalDiskFull, is_disk_full

BUSY_TIMEOUT_MS = 5000

# Applied to every new connection: a pooled connection must never run with other settings.
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)


def _apply_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own transaction handling would defer BEGIN and break SAVEPOINTs; take control.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


# Execution option for a long job that reads much before it writes (the customer import): its
# transaction starts as a plain BEGIN, a snapshot, and takes the write lock at its first write,
# so other saves wait only for the writing. SQLite refuses that first write (SQLITE_BUSY,
# DatabaseBusy) when another connection committed since the snapshot: the job then rolls back
# and does it all again under BEGIN IMMEDIATE, never writing from a stale read.
READ_FIRST = "agent_desk_read_first"


def _begin(conn: Any) -> None:
    read_first = conn.get_execution_options().get(READ_FIRST, False)
    conn.exec_driver_sql("BEGIN" if read_first else "BEGIN IMMEDIATE")


# SQLite primary result codes (the low byte of an extended code).
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_FULL = 5, 6, 10, 13


def _translate_error(context: ExceptionContext) -> None:
    """A full disk or a held lock becomes an error the agent can act on, in any service.

    Every save runs in one `sessions.begin()` block; raising here makes that block roll back
    (nothing half-written) and lets the UI, which catches `AgentDeskError`, keep the form and
    say "the disk is full" / "try again" in the agent's language instead of a traceback.
    """
    orig = context.original_exception
    primary = (getattr(orig, "sqlite_errorcode", 0) or 0) & 0xFF
    detail = str(orig)
    if primary == SQLITE_FULL or (primary in (0, SQLITE_IOERR) and is_disk_full(orig)):
        raise LocalDiskFull(detail) from orig
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        raise DatabaseBusy(detail) from orig


def store_url(db_path: Path, key: str | None) -> URL:
    """`sqlite:///path`, or `sqlite+pysqlcipher://:x'KEY'@/path` for an encrypted store.

    The dialect runs `PRAGMA key="x'…'"` first on every connection: SQLCipher's raw-key form.
    """
    if key is None:
        return URL.create("sqlite", database=str(db_path))
    return URL.create("sqlite+pysqlcipher", password=f"x'{check_key(key)}'", database=str(db_path))


def _quiet_cipher(dbapi_connection: Any, _record: Any) -> None:
    # Before the dialect's PRAGMA key: SQLCipher must not print 'ERROR CORE' lines to stderr.
    dbapi_connection.execute("PRAGMA cipher_log_level = NONE")


def make_engine(db_path: Path, key: str | None = None, *, cache_mib: int | None = None) -> Engine:
    """`cache_mib`: a page cache of that size on each connection instead of SQLite's 2 MB, for a
    run that reads the same big tables again and again (the demo's shift closes). Cached pages
    of an encrypted store are decrypted once instead of at every read."""
    engine = create_engine(
        store_url(db_path, key),
        poolclass=QueuePool,  # as for plain files; pysqlcipher's default would pin one per thread
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        # Statement parameters hold customers' phone numbers and notes: they must never be
        # formatted into an exception or a log line (StatementError's text includes them).
        hide_parameters=True,
    )
    if key is not None:
        event.listen(engine, "connect", _quiet_cipher, insert=True)
    event.listen(engine, "connect", _apply_pragmas)
    if cache_mib is not None:
        cache_pragma = f"PRAGMA cache_size=-{int(cache_mib) * 1024}"  # negative: KiB

        def _cache(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.execute(cache_pragma)

        event.listen(engine, "connect", _cache)
    event.listen(engine, "handle_error", _translate_error)
    # BEGIN IMMEDIATE takes the write lock up front: a save either starts or waits, never
    # fails half-way with "database is locked" after the agent pressed Save.
    event.listen(engine, "begin", _begin)
    return engine


def engine_key(engine: Engine) -> str | None:
    """The raw key an engine made by `make_engine` opens its file with (None: plain SQLite)."""
    password = engine.url.password
    if engine.url.get_driver_name() != "pysqlcipher" or not password:
        return None
    return check_key(str(password)[2:-1])  # x'…'


def dbapi_connect(engine: Engine, **kwargs: Any) -> Any:
    """A bare DB-API connection to the engine's file with its key, for the fast lookup path."""
    from agent_desk.dbfile import connect

    assert engine.url.database
    return connect(engine.url.database, engine_key(engine), **kwargs)


SessionFactory = sessionmaker[Session]


def make_sessions(engine: Engine) -> SessionFactory:
    return sessionmaker(engine, expire_on_commit=False)
