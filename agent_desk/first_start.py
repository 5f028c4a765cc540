"""Is this the first start (no administrator yet)? Answered without SQLAlchemy, so the right
dialog can appear before it has even been imported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from agent_desk.dbfile import DB_ERRORS, FileState, connect, state_of


def needs_setup(db_path: Path, load_key: Callable[[], str | None] | None = None) -> bool:
    """True for a new profile or one without an active administrator.

    An encrypted store is read with the profile's key (`load_key`); a file that cannot be
    read is not a first start: the store loader reports what is wrong with it.
    """
    state = state_of(db_path)
    if state is FileState.MISSING:
        return True
    if state is not FileState.PLAIN and state is not FileState.OPAQUE:
        return False
    key = None
    if state is FileState.OPAQUE:
        key = load_key() if load_key is not None else None
        if key is None:
            return False
    try:
        con = connect(db_path, key, readonly=True)
        try:
            row = con.execute(
                "SELECT count(*) FROM agents WHERE role = 'admin' AND active = 1"
            ).fetchone()
        finally:
            con.close()
    except DB_ERRORS as exc:
        # No agents table yet: the store is new or about to be migrated. A damaged or foreign
        # file is the loader's to report, not a reason to offer the setup of a new desk.
        return "no such table" in str(exc)
    return not row[0]
