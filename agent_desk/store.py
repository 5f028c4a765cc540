"""Opening the local store safely: refuse network paths, check, back up, migrate.

Order matters. A database on a share is refused before SQLite touches it; a corrupt file is
reported (with the newest backup as the way back) before anything writes to it; a backup is
taken with SQLite's online backup API before any migration changes the schema.
"""

from __future__ import annotations

import logging
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from agent_desk.clock import Clock
from agent_desk.errors import CorruptDatabase, NetworkDatabaseRefused
from agent_desk.models.engine import SessionFactory, make_engine, make_sessions
from agent_desk.netpath import network_fstype

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
KEEP_BACKUPS = 10


@dataclass
class Store:
    path: Path
    engine: Engine
    sessions: SessionFactory

    def close(self) -> None:
        self.engine.dispose()


def refuse_network_path(db_path: Path, mountinfo: str | None = None) -> None:
    fstype = network_fstype(db_path.parent, mountinfo)
    if fstype:
        raise NetworkDatabaseRefused(path=str(db_path), fstype=fstype)


def quick_check(db_path: Path) -> str:
    """'ok' or SQLite's first complaint. Opening read-only so a broken file is not touched."""
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return "ok" if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:3])


def integrity_check(db_path: Path) -> str:
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        rows = con.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        con.close()
    return "ok" if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:3])


def backup(db_path: Path, dest: Path) -> Path:
    """An online, consistent copy via SQLite's backup API (safe while the app is running)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".partial")
    src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out)
        finally:
            out.close()
        tmp.replace(dest)
    except BaseException:
        tmp.unlink(missing_ok=True)  # a failed backup leaves no half copy behind
        raise
    finally:
        src.close()
    return dest


def backups(backup_dir: Path) -> list[Path]:
    """Backups, newest first."""
    return sorted(backup_dir.glob("agent_desk-*.db"), key=lambda p: p.name, reverse=True)


def newest_backup(backup_dir: Path) -> Path | None:
    found = backups(backup_dir)
    return found[0] if found else None


def take_backup(db_path: Path, backup_dir: Path, now: datetime, reason: str) -> Path:
    stamp = now.strftime("%Y%m%dT%H%M%S%fZ")
    dest = backup(db_path, backup_dir / f"agent_desk-{stamp}-{reason}.db")
    for old in backups(backup_dir)[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)
    return dest


def restore(db_path: Path, source: Path, now: datetime) -> Path:
    """Put a backup in place; the damaged file is moved aside, never deleted."""
    if quick_check(source) != "ok":
        raise CorruptDatabase(
            path=str(source), detail="the backup itself is damaged", backup_hint=""
        )
    aside = db_path.with_name(f"{db_path.name}.damaged-{now.strftime('%Y%m%dT%H%M%SZ')}")
    if db_path.exists():
        db_path.replace(aside)
    for suffix in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            side.replace(aside.with_name(aside.name + suffix))
    shutil.copy2(source, db_path)
    return aside


# --- schema revisions -------------------------------------------------------------------------

_REV = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*(.+)$", re.M)


def known_heads() -> set[str]:
    """Head revisions read straight from the version files: importing Alembic costs start-up."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        rev = _REV.search(text)
        if not rev:
            continue
        revisions.add(rev.group(1))
        down = _DOWN.search(text)
        if down:
            parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    return revisions - parents


def current_revision(db_path: Path) -> str | None:
    if not db_path.exists():
        return None
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        con.close()
    return row[0] if row else None


def _alembic_config(engine_connection: object) -> object:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = engine_connection
    return cfg


def migrate(engine: Engine, target: str = "head") -> None:
    from alembic import command

    with engine.connect() as conn:
        command.upgrade(_alembic_config(conn), target)  # type: ignore[arg-type]
        conn.commit()


def downgrade(engine: Engine, target: str) -> None:
    from alembic import command

    with engine.connect() as conn:
        command.downgrade(_alembic_config(conn), target)  # type: ignore[arg-type]
        conn.commit()


def open_store(
    db_path: Path, backup_dir: Path, clock: Clock, migrate_to_head: bool = True
) -> Store:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    refuse_network_path(db_path)
    exists = db_path.exists() and db_path.stat().st_size > 0
    if exists:
        verdict = quick_check(db_path)
        if verdict != "ok":
            newest = newest_backup(backup_dir)
            hint = (
                f"The newest backup is {newest}; restore it with 'agent-desk db restore'."
                if newest
                else "No backup exists yet."
            )
            raise CorruptDatabase(path=str(db_path), detail=verdict, backup_hint=hint)
    engine = make_engine(db_path)
    if migrate_to_head:
        current = current_revision(db_path) if exists else None
        if current is None or {current} != known_heads():
            if exists:
                saved = take_backup(db_path, backup_dir, clock.now(), f"before-{current or 'none'}")
                log.info("backed up %s to %s before migrating", db_path, saved)
            migrate(engine)
            log.info("database migrated from %s to head", current)
    return Store(db_path, engine, make_sessions(engine))
