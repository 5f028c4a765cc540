"""Is this the first start (no administrator yet)? Answered with the standard library alone,
so the right dialog can appear before SQLAlchemy has even been imported."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def needs_setup(db_path: Path) -> bool:
    if not db_path.exists():
        return True
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            row = con.execute(
                "SELECT count(*) FROM agents WHERE role = 'admin' AND active = 1"
            ).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return True  # no agents table yet: the store is new or about to be migrated
    return not row[0]
