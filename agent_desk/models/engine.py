"""Engine and session factory with the pragmas that keep a desk's data safe."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.orm import Session, sessionmaker

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


def _begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


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


def make_engine(db_path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{db_path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        # Statement parameters hold customers' phone numbers and notes: they must never be
        # formatted into an exception or a log line (StatementError's text includes them).
        hide_parameters=True,
    )
    event.listen(engine, "connect", _apply_pragmas)
    event.listen(engine, "handle_error", _translate_error)
    # BEGIN IMMEDIATE takes the write lock up front: a save either starts or waits, never
    # fails half-way with "database is locked" after the agent pressed Save.
    event.listen(engine, "begin", _begin)
    return engine


SessionFactory = sessionmaker[Session]


def make_sessions(engine: Engine) -> SessionFactory:
    return sessionmaker(engine, expire_on_commit=False)
