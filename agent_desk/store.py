"""Opening the local store safely: refuse network paths, never lose a file, check, back up, migrate.

Order matters. A database on a share is refused before SQLite touches it; a read-only folder or
a full disk is reported as such; a file that is empty, short or not a database is reported
(with the newest backup as the way back) and never replaced; a corrupt file is reported before
anything writes to it; a backup is taken with SQLite's online backup API before any migration
changes the schema. A new profile is recognised by a marker file that is absent together with
the database, not by a file's size: a database that vanished from a profile that had one is
reported, not silently created anew.

Stores are SQLCipher databases keyed with the profile's key (`dbkey`); so are their backups.
A plain SQLite database (made before encryption, or by `db decrypt`) is still opened as such.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from agent_desk.clock import Clock
from agent_desk.dbfile import DB_ERRORS, FileState, connect, probe_folder, state_of
from agent_desk.dbkey import KeyMismatch, KeyMissing, KeyStore, fingerprint
from agent_desk.errors import (
    AgentDeskError,
    CorruptDatabase,
    DatabaseMissing,
    LocalDiskFull,
    NetworkDatabaseRefused,
    StoreReadOnly,
)
from agent_desk.models.engine import SessionFactory, make_engine, make_sessions
from agent_desk.netpath import network_fstype

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


@dataclass
class Store:
    path: Path
    engine: Engine
    sessions: SessionFactory
    key: str | None = None  # None: a plain (unencrypted) SQLite store

    def close(self) -> None:
        self.engine.dispose()

    @property
    def encrypted(self) -> bool:
        return self.key is not None


# --- private files ------------------------------------------------------------------------------


def make_private(path: Path, mode: int = PRIVATE_FILE) -> None:
    """chmod on POSIX (0600 files, 0700 folders); Windows keeps the profile in the user's own
    AppData, whose ACL already shuts other users out."""
    if os.name != "posix":
        return
    with contextlib.suppress(FileNotFoundError):
        os.chmod(path, mode)


def private_store_files(db_path: Path) -> None:
    for path in (db_path, *(db_path.with_name(db_path.name + s) for s in ("-wal", "-shm"))):
        make_private(path)


def create_private_file(path: Path) -> None:
    """An empty file only its owner can read: SQLite gives the WAL and -shm the same mode."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    os.close(fd)


# --- the marker -----------------------------------------------------------------------------------


def marker_path(db_path: Path) -> Path:
    """`agent_desk.store.json` beside `agent_desk.db`: this folder has had a database."""
    return db_path.with_name(db_path.stem + ".store.json")


def read_marker(db_path: Path) -> dict[str, Any] | None:
    try:
        return json.loads(marker_path(db_path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {}  # a damaged marker still says a database was made here


def write_marker(db_path: Path, key: str | None, now: datetime) -> None:
    old = read_marker(db_path) or {}
    data = {
        "created_at": old.get("created_at") or now.isoformat(),
        "encrypted": key is not None,
        "key_check": fingerprint(key) if key is not None else "",
    }
    path = marker_path(db_path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    make_private(tmp)
    os.replace(tmp, path)


# --- checks ---------------------------------------------------------------------------------------


def refuse_network_path(db_path: Path, mountinfo: str | None = None) -> None:
    fstype = network_fstype(db_path.parent, mountinfo)
    if fstype:
        raise NetworkDatabaseRefused(path=str(db_path), fstype=fstype)


def _check(db_path: Path, key: str | None, pragma: str) -> str:
    """'ok' or SQLite's first complaints. Opened read-only, so a broken file is not touched."""
    try:
        con = connect(db_path, key, readonly=True)
        try:
            rows = con.execute(pragma).fetchall()
        finally:
            con.close()
    except DB_ERRORS as exc:
        return str(exc)
    return "ok" if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:3])


def quick_check(db_path: Path, key: str | None = None) -> str:
    return _check(db_path, key, "PRAGMA quick_check")


def integrity_check(db_path: Path, key: str | None = None) -> str:
    return _check(db_path, key, "PRAGMA integrity_check")


def opens_with(db_path: Path, key: str | None) -> bool:
    """Can the file's first page be read with this key (or as plain SQLite with None)?"""
    try:
        con = connect(db_path, key, readonly=True)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except DB_ERRORS:
        return False
    return True


# --- backups --------------------------------------------------------------------------------------


def backup(db_path: Path, dest: Path, key: str | None = None) -> Path:
    """An online, consistent copy via SQLite's backup API (safe while the app is running).

    The copy is encrypted with the store's own key, private (0600) and checked with
    `integrity_check` before it takes its name; a failed or damaged copy leaves nothing behind.
    """
    target_key = key
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".partial")
    tmp.unlink(missing_ok=True)
    create_private_file(tmp)
    try:
        src = connect(db_path, key, readonly=True)
        try:
            out = connect(tmp, target_key, isolation_level=None)
            try:
                src.backup(out)  # one step: a consistent snapshot, writers are not blocked (WAL)
                # A backup is a single file: no -wal or -shm beside it, now or when it is checked.
                out.execute("PRAGMA journal_mode=DELETE")
            finally:
                out.close()
        finally:
            src.close()
        verdict = integrity_check(tmp, target_key)
        if verdict != "ok":
            raise CorruptDatabase(
                path=str(dest), detail=f"the new backup failed its check: {verdict}", backup_hint=""
            )
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        for suffix in ("-wal", "-shm", "-journal"):
            tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)
    return dest


# agent_desk-20261202T002147Z-678294-manual.db: the time to the second, then its microseconds
# apart. Older names ran them together (…T002147678294Z), twelve digits that the masker of
# messages and the log rightly takes for a phone number (…T002*****8294Z, a path that does not
# exist); those are still listed, pruned and restored.
_BACKUP_NAME = re.compile(r"^agent_desk-(\d{8}T\d{6})(?:Z-\d{6}|\d*Z)-(.+)\.db$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def backups(backup_dir: Path) -> list[Path]:
    """Backups, newest first."""
    return sorted(backup_dir.glob("agent_desk-*.db"), key=lambda p: p.name, reverse=True)


def backup_files(backup_dir: Path) -> list[BackupFile]:
    from datetime import UTC

    found: list[BackupFile] = []
    for path in backups(backup_dir):
        match = _BACKUP_NAME.match(path.name)
        if not match:
            continue
        taken = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found.append(BackupFile(path, taken, match.group(2), size))
    return found


def newest_backup(backup_dir: Path) -> Path | None:
    found = backups(backup_dir)
    return found[0] if found else None


KEEP_NEWEST = 3


def backups_to_keep(files: list[BackupFile], daily: int, weekly: int) -> set[Path]:
    """The newest backup of each of the last `daily` days and `weekly` ISO weeks that have one,
    and the newest three whatever their day (a bad shift-close backup is never the only way back).

    Days and weeks are counted in UTC (the stamp in the name), so a backup's fate never depends
    on the desk's time zone setting.
    """
    keep: set[Path] = {f.path for f in files[:KEEP_NEWEST]}
    days: dict[object, Path] = {}
    weeks: dict[object, Path] = {}
    for f in files:  # newest first: the first seen of a day or week is its newest
        days.setdefault(f.taken_at.date(), f.path)
        weeks.setdefault(f.taken_at.isocalendar()[:2], f.path)
    keep.update(list(days.values())[:daily])
    keep.update(list(weeks.values())[:weekly])
    return keep


def prune_backups(backup_dir: Path, daily: int = 7, weekly: int = 4) -> list[Path]:
    files = backup_files(backup_dir)
    keep = backups_to_keep(files, daily, weekly)
    removed = []
    for f in files:
        if f.path not in keep:
            f.path.unlink(missing_ok=True)
            removed.append(f.path)
    return removed


def backup_name(now: datetime, reason: str) -> str:
    """agent_desk-20261202T002147Z-678294-manual.db: sorts by time, and has no digit run that
    the masker of messages and the log takes for a number."""
    return f"agent_desk-{now:%Y%m%dT%H%M%SZ}-{now:%f}-{reason}.db"


def take_backup(
    db_path: Path,
    backup_dir: Path,
    now: datetime,
    reason: str,
    key: str | None = None,
    daily: int = 7,
    weekly: int = 4,
) -> Path:
    backup_dir.mkdir(parents=True, exist_ok=True)
    make_private(backup_dir, PRIVATE_FOLDER)
    dest = backup(db_path, backup_dir / backup_name(now, reason), key)
    prune_backups(backup_dir, daily, weekly)
    return dest


def restore(db_path: Path, source: Path, now: datetime, key: str | None = None) -> Path:
    """Put a backup in place; the file it replaces is moved aside, never deleted, and named
    for what it is: `agent_desk.db.damaged-<time>` when it failed its check (or could not be
    read), `agent_desk.db.replaced-<time>` when it was a healthy database (going back to the
    state before an upgrade, say).

    The backup must open with the store's key. A plain one (from before encryption, or a
    `db backup FILE` copy made while the profile was plain) is still a good backup; in a
    profile that is encrypted (its file, or its marker, says so) it is encrypted with the
    profile's key as it is put back, so a restore never leaves the customer data in clear.
    `restored_encrypts` says beforehand whether that will happen.
    """
    if _is_the_store(db_path, source):
        # Moved aside first, it would then be gone as the source: a profile with no database,
        # whose start-up advice (restore the newest backup) rolls the data back.
        raise AgentDeskError(
            f"{source} is this profile's own database, not a backup; nothing was restored "
            "(choose a file from 'agent-desk db backup --list')",
            reason="db.restore_self",
        )
    state = state_of(source)
    use_key = None if state is FileState.PLAIN else key
    encrypt = restored_encrypts(db_path, source, key)
    if state is FileState.OPAQUE and (key is None or not opens_with(source, key)):
        # Another profile's backup (or this one's from before its key changed): not damaged.
        raise AgentDeskError(
            f"the backup {source} does not open with this profile's key: it is another desk's "
            "backup, or damaged; nothing was restored",
            reason="db.restore_other_key",
        )
    if state in (FileState.MISSING, FileState.EMPTY, FileState.SHORT) or (
        quick_check(source, use_key) != "ok"
    ):
        raise CorruptDatabase(
            path=str(source), detail="the backup itself is damaged", backup_hint=""
        )
    if not _is_desk_store(source, use_key):
        # Any SQLite file passed (the report cache, another program's): the desk was left
        # with no account, and the next `user add` made its author an administrator.
        raise AgentDeskError(
            f"{source} is not an AgentDesk database (no accounts and no schema revision of "
            "this program); nothing was restored",
            reason="db.restore_foreign",
        )
    what = "replaced" if readable(db_path, key) else "damaged"
    aside = db_path.with_name(f"{db_path.name}.{what}-{now.strftime('%Y%m%dT%H%M%SZ')}")
    if db_path.exists():
        db_path.replace(aside)
    for suffix in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            side.replace(aside.with_name(aside.name + suffix))
    tmp = db_path.with_name(db_path.name + ".restoring")
    tmp.unlink(missing_ok=True)
    shutil.copyfile(source, tmp)
    make_private(tmp)
    if encrypt:
        try:
            convert(tmp, None, key)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        use_key = key
    os.replace(tmp, db_path)
    write_marker(db_path, use_key, now)
    return aside


def _is_desk_store(path: Path, key: str | None) -> bool:
    """`path` holds this program's schema: a revision of ours in alembic_version, and the
    accounts table."""
    try:
        con = connect(path, key, readonly=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
            if not {"alembic_version", "agents"} <= tables:
                return False
            revisions = {r[0] for r in con.execute("SELECT version_num FROM alembic_version")}
        finally:
            con.close()
    except DB_ERRORS:
        return False
    return bool(revisions) and revisions <= known_revisions()


def _is_the_store(db_path: Path, source: Path) -> bool:
    """`source` is the database at `db_path` (by another name or link), or one of its
    side files (-wal, -shm, the copy being restored)."""
    for suffix in ("", "-wal", "-shm", "-journal", ".restoring"):
        own = db_path.with_name(db_path.name + suffix)
        try:
            if os.path.samefile(own, source):
                return True
        except OSError:  # either is missing
            if own.resolve() == source.resolve():
                return True
    return False


def readable(db_path: Path, key: str | None) -> bool:
    """A database that is there and passes its quick check (as plain SQLite, or with `key`):
    what `restore` sets aside as replaced rather than damaged, and can still be read."""
    current = state_of(db_path)
    if current is not FileState.PLAIN and current is not FileState.OPAQUE:
        return False
    return quick_check(db_path, None if current is FileState.PLAIN else key) == "ok"


def restored_encrypts(db_path: Path, source: Path, key: str | None) -> bool:
    """Whether restoring `source` encrypts it: a plain backup into an encrypted profile."""
    if key is None or state_of(source) is not FileState.PLAIN:
        return False
    marker = read_marker(db_path) or {}
    return state_of(db_path) is FileState.OPAQUE or marker.get("encrypted") is True


# --- schema revisions -------------------------------------------------------------------------

_REV = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*(.+)$", re.M)


def _revision_graph() -> dict[str, set[str]]:
    """Each schema revision this program has, with the revisions it follows, read straight
    from the version files: importing Alembic costs start-up."""
    graph: dict[str, set[str]] = {}
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        rev = _REV.search(text)
        if not rev:
            continue
        down = _DOWN.search(text)
        graph[rev.group(1)] = (
            set(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1))) if down else set()
        )
    return graph


def known_revisions() -> set[str]:
    """Every schema revision this program knows."""
    return set(_revision_graph())


def known_heads() -> set[str]:
    """The revisions no other follows."""
    graph = _revision_graph()
    return set(graph) - set().union(*graph.values())


def current_revision(db_path: Path, key: str | None = None) -> str | None:
    if not db_path.exists():
        return None
    if state_of(db_path) is FileState.PLAIN:
        key = None
    try:
        con = connect(db_path, key, readonly=True)
    except DB_ERRORS:
        return None
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except DB_ERRORS:
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


# --- opening --------------------------------------------------------------------------------------


def backup_hint(backup_dir: Path) -> str:
    newest = newest_backup(backup_dir)
    return (
        f"The newest backup is {newest}; restore it with 'agent-desk db restore'."
        if newest
        else "No backup exists yet."
    )


def refuse_unwritable(folder: Path) -> None:
    """A read-only folder or a full disk is said as such: no restore would help, none is offered."""
    problem = probe_folder(folder)
    if problem == "read_only":
        raise StoreReadOnly(path=str(folder))
    if problem == "full":
        raise LocalDiskFull(f"no free space in {folder}")


def had_database(db_path: Path, backup_dir: Path, keys: KeyStore | None = None) -> bool:
    """Whether this profile had a database: its marker, a backup or its key remains.

    A database is missing, not new, when any of them is there: a profile whose file and
    marker were both deleted (or lost with a disk) still has its backups and its key, and is
    never silently started as a new, empty profile.
    """
    if read_marker(db_path) is not None or newest_backup(backup_dir) is not None:
        return True
    if keys is None:
        return False
    try:
        return keys.key_file.exists() or keys.load() is not None
    except AgentDeskError:  # a key file that cannot be read is still a key file
        return True


def key_for_existing(db_path: Path, backup_dir: Path, keys: KeyStore | None) -> str | None:
    """The key an existing database opens with (None for plain SQLite), or a clear error.

    Raises CorruptDatabase for an empty, short or damaged file, KeyMissing when the file is
    encrypted and no key is found, KeyMismatch when the key found is another profile's.
    """
    state = state_of(db_path)
    if state is FileState.EMPTY:
        raise CorruptDatabase(
            path=str(db_path),
            detail="the file is empty (0 bytes); it was kept as it is",
            backup_hint=backup_hint(backup_dir),
        )
    if state is FileState.SHORT:
        raise CorruptDatabase(
            path=str(db_path),
            detail=f"the file is too short to be a database ({db_path.stat().st_size} bytes); "
            "it was kept as it is",
            backup_hint=backup_hint(backup_dir),
        )
    if state is FileState.PLAIN:
        return None
    marker = read_marker(db_path) or {}
    key = keys.load() if keys is not None else None
    if key is None:
        if marker.get("encrypted") is False or not keys:
            raise CorruptDatabase(
                path=str(db_path),
                detail="the file is not a database",
                backup_hint=backup_hint(backup_dir),
            )
        raise KeyMissing(path=str(db_path), key_file=str(keys.key_file))
    check = marker.get("key_check")
    if check and check != fingerprint(key):
        raise KeyMismatch(path=str(db_path), where=keys.where() if keys else "")
    return key


def open_store(
    db_path: Path,
    backup_dir: Path,
    clock: Clock,
    migrate_to_head: bool = True,
    *,
    keys: KeyStore | None = None,
    backups_daily: int = 7,
    backups_weekly: int = 4,
    key_is_evidence: bool = True,
    check_existing: bool = True,
) -> Store:
    """Open (creating a new profile's) store. With `keys`, a new store is encrypted.

    `key_is_evidence=False` for a store that shares another's key (the training database):
    the key then does not show that this store had a database. `check_existing=False` skips
    the quick_check of an existing file, only for a file this process has just written itself
    (the demo filler): the check reads the whole file, 20 s of CPU for a million customers.
    """
    db_path.parent.mkdir(parents=True, exist_ok=True)
    refuse_network_path(db_path)
    refuse_unwritable(db_path.parent)
    state = state_of(db_path)
    exists = state is not FileState.MISSING
    made_key = False
    if not exists and had_database(db_path, backup_dir, keys if key_is_evidence else None):
        raise DatabaseMissing(path=str(db_path), backup_hint=backup_hint(backup_dir))
    if exists:
        key = key_for_existing(db_path, backup_dir, keys)
        verdict = quick_check(db_path, key) if check_existing else "ok"
        if verdict != "ok":
            raise CorruptDatabase(
                path=str(db_path), detail=verdict, backup_hint=backup_hint(backup_dir)
            )
    else:
        key = None
        if keys is not None:
            key = keys.load()
            if key is None:
                key, made_key = keys.create(), True
        create_private_file(db_path)
    private_store_files(db_path)
    engine = make_engine(db_path, key)
    try:
        if migrate_to_head:
            current = current_revision(db_path, key) if exists else None
            if current is None or {current} != known_heads():
                if exists:
                    saved = take_backup(
                        db_path,
                        backup_dir,
                        clock.now(),
                        f"before-{current or 'none'}",
                        key,
                        backups_daily,
                        backups_weekly,
                    )
                    log.info("backed up %s to %s before migrating", db_path, saved)
                migrate(engine)
                log.info("database migrated from %s to head", current)
        if not exists or read_marker(db_path) is None:
            write_marker(db_path, key, clock.now())
    except BaseException:
        engine.dispose()
        if not exists and state_of(db_path) is FileState.EMPTY:
            db_path.unlink(missing_ok=True)  # nothing was made: the next start is a new profile
            if made_key and keys is not None:
                keys.forget()  # nor a key, which would make the next start refuse as "missing"
        raise
    private_store_files(db_path)
    if key is None and keys is not None:
        log.warning(
            "the database %s is not encrypted; 'agent-desk db encrypt' encrypts it", db_path
        )
    return Store(db_path, engine, make_sessions(engine), key)


# --- converting a store between plain and encrypted ---------------------------------------------


def convert(db_path: Path, src_key: str | None, dst_key: str | None, check: bool = True) -> None:
    """Rewrite one database file with another key (None = plain) via `sqlcipher_export`.

    The new file is written beside the old one, checked, then renamed over it; the old WAL is
    checkpointed into the file first and removed, so no stale page can be applied to the new
    file. Stop every connection to the file before calling this.
    """
    from agent_desk.dbfile import cipher_module

    log.info("converting %s (%s to %s)", db_path, _kind(src_key), _kind(dst_key))
    tmp = db_path.with_name(db_path.name + CONVERTING)
    _remove_partial(tmp)  # a killed run's copy and journal: a journal would be replayed into it
    create_private_file(tmp)
    try:
        con = cipher_module().connect(str(db_path), isolation_level=None)
        try:
            con.execute("PRAGMA cipher_log_level = NONE")
            if src_key is not None:
                con.execute(f"PRAGMA key = \"x'{src_key}'\"")
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            target = "''" if dst_key is None else f"\"x'{dst_key}'\""
            con.execute(f"ATTACH DATABASE ? AS converted KEY {target}", (str(tmp),))
            con.execute("SELECT sqlcipher_export('converted')")
            version = con.execute("PRAGMA user_version").fetchone()[0]
            con.execute(f"PRAGMA converted.user_version = {int(version)}")
            con.execute("DETACH DATABASE converted")
        finally:
            con.close()
        verdict = integrity_check(tmp, dst_key) if check else "ok"
        if verdict != "ok":
            raise CorruptDatabase(
                path=str(db_path), detail=f"the converted copy failed: {verdict}", backup_hint=""
            )
        for suffix in ("-wal", "-shm"):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        os.replace(tmp, db_path)
    except BaseException:
        _remove_partial(tmp)
        raise
    finally:
        _remove_partial(tmp, only_sidecars=True)


CONVERTING = ".converting"


def _kind(key: str | None) -> str:
    return "plain" if key is None else "SQLCipher"


def _remove_partial(tmp: Path, only_sidecars: bool = False) -> None:
    for suffix in (
        ("-journal", "-wal", "-shm") if only_sidecars else ("", "-journal", "-wal", "-shm")
    ):
        tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)


def conversion_leftovers(data_dir: Path) -> list[Path]:
    """What a `db encrypt`/`db decrypt` killed in the middle left in the profile's data folder
    (the store's, the training store's and their backups' folders): `<file>.converting` and its
    journal, never a complete database; the file it was made from is still whole."""
    if not data_dir.is_dir():
        return []
    return sorted(
        p
        for p in data_dir.rglob(f"*{CONVERTING}*")
        if p.name.endswith(CONVERTING) or f"{CONVERTING}-" in p.name
    )


def remove_conversion_leftovers(data_dir: Path) -> list[Path]:
    """Remove them (only while no conversion runs: it holds the profile's instance lock)."""
    removed = []
    for path in conversion_leftovers(data_dir):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            log.warning("could not remove %s, left by an interrupted conversion: %s", path, exc)
            continue
        removed.append(path)
    if removed:
        log.info("removed %d files left by an interrupted conversion", len(removed))
    return removed


def connect_profile_db(db_path: Path, keys: KeyStore | None, **kwargs: Any) -> Any:
    """A DB-API connection to one of the profile's database files with the profile's key
    (none for a plain file): for benchmarks and branch IT's own scripts."""
    key = None if state_of(db_path) is FileState.PLAIN else (keys.load() if keys else None)
    return connect(db_path, key, **kwargs)
