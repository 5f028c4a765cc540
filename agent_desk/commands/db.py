"""`agent-desk db check|backup|restore`: the store's health, for branch IT."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from agent_desk.errors import AgentDeskError


def register(sub: argparse._SubParsersAction) -> None:
    db = sub.add_parser("db", help="check, back up or restore the local database")
    dbsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    check = dbsub.add_parser("check", help="integrity check; prints 'ok' and the schema revision")
    check.set_defaults(func=check_cmd)
    bk = dbsub.add_parser("backup", help="write an online backup to FILE")
    bk.add_argument("file", type=Path)
    bk.set_defaults(func=backup_cmd)
    rs = dbsub.add_parser("restore", help="replace a damaged database with a backup")
    rs.add_argument("file", type=Path, nargs="?", help="backup file (default: the newest)")
    rs.set_defaults(func=restore_cmd)


def check_cmd(args: argparse.Namespace) -> int:
    from agent_desk.clock import SystemClock
    from agent_desk.paths import Profile
    from agent_desk.store import current_revision, integrity_check, open_store

    profile = Profile.resolve(args.profile).ensure()
    if profile.db_path.exists():
        verdict = integrity_check(profile.db_path)
        if verdict != "ok":
            print(f"agent-desk: integrity check failed: {verdict}", file=sys.stderr)
            return 1
    store = open_store(profile.db_path, profile.backup_dir, SystemClock())
    store.close()
    print(f"ok {current_revision(profile.db_path)}")
    return 0


def backup_cmd(args: argparse.Namespace) -> int:
    from agent_desk.paths import Profile
    from agent_desk.store import backup

    profile = Profile.resolve(args.profile)
    if not profile.db_path.exists():
        raise AgentDeskError(f"there is no database at {profile.db_path} yet")
    if args.file.is_dir():
        raise AgentDeskError(f"{args.file} is a folder; give the backup a file name")
    try:
        dest = backup(profile.db_path, args.file.resolve())
    except (OSError, sqlite3.Error) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise AgentDeskError(f"cannot write the backup {args.file}: {reason}") from exc
    print(dest)
    return 0


def restore_cmd(args: argparse.Namespace) -> int:
    from agent_desk.clock import SystemClock
    from agent_desk.paths import Profile
    from agent_desk.store import newest_backup, restore

    profile = Profile.resolve(args.profile).ensure()
    source = args.file or newest_backup(profile.backup_dir)
    if source is None or not Path(source).exists():
        raise AgentDeskError(f"no backup found in {profile.backup_dir}")
    aside = restore(profile.db_path, Path(source), SystemClock().now())
    print(f"restored {source}; the previous file was kept as {aside}")
    return 0
