"""`agent-desk db check|backup|restore`: the store's health, for branch IT."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from agent_desk.access import Permission
from agent_desk.commands.registry import NoAccount, command, group
from agent_desk.errors import AgentDeskError


def register(sub: argparse._SubParsersAction) -> None:
    dbsub = group(sub, "db", "check, back up or restore the local database")
    command(
        dbsub,
        "check",
        needs=NoAccount("an integrity check: prints ok and the schema revision, no records"),
        func=check_cmd,
        help="integrity check; prints 'ok' and the schema revision",
    )
    bk = command(
        dbsub,
        "backup",
        needs=Permission.BACKUP,  # a copy of every customer's record
        func=backup_cmd,
        help="write an online backup to FILE",
    )
    bk.add_argument("file", type=Path)
    rs = command(
        dbsub,
        "restore",
        needs=Permission.RESTORE,
        func=restore_cmd,
        help="replace a damaged database with a backup",
        offline_login=_login_in_backup,
    )
    rs.add_argument("file", type=Path, nargs="?", help="backup file (default: the newest)")


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
    from agent_desk.cli import open_services
    from agent_desk.paths import Profile
    from agent_desk.store import backup

    profile = Profile.resolve(args.profile)
    if not profile.db_path.exists():
        raise AgentDeskError(f"there is no database at {profile.db_path} yet")
    if args.file.is_dir():
        raise AgentDeskError(f"{args.file} is a folder; give the backup a file name")
    services = open_services(args)  # a copy of every record leaves: in the audit log, tried too
    try:
        with services.audit.attempt(args.actor.agent_no, "db.backup", str(args.file)):
            try:
                dest = backup(profile.db_path, args.file.resolve())
            except (OSError, sqlite3.Error) as exc:
                reason = getattr(exc, "strerror", None) or str(exc)
                raise AgentDeskError(
                    f"cannot write the backup {args.file}: {reason}", reason="db.backup_failed"
                ) from exc
        services.audit.record(args.actor.agent_no, "db.backup", str(dest))
    finally:
        services.close()
    print(dest)
    return 0


def _backup_to_restore(args: argparse.Namespace) -> Path:
    from agent_desk.paths import Profile
    from agent_desk.store import newest_backup

    profile = Profile.resolve(args.profile).ensure()
    source = args.file or newest_backup(profile.backup_dir)
    if source is None or not Path(source).exists():
        raise AgentDeskError(f"no backup found in {profile.backup_dir}")
    return Path(source)


def _login_in_backup(args: argparse.Namespace, agent_no: str, password: str) -> object:
    """The desk's database is too damaged to log in: the account is checked in the backup."""
    from agent_desk.accounts import check_password_in

    return check_password_in(_backup_to_restore(args), agent_no, password)


def restore_cmd(args: argparse.Namespace) -> int:
    from agent_desk.cli import open_services
    from agent_desk.clock import SystemClock
    from agent_desk.paths import Profile
    from agent_desk.services import Services
    from agent_desk.store import restore

    profile = Profile.resolve(args.profile).ensure()
    source = _backup_to_restore(args)
    opened = getattr(args, "opened_services", None)
    if opened is not None:  # logged in on the old database: let go of it before replacing it
        open_services(args).close()
    aside = restore(profile.db_path, source, SystemClock().now())
    services = Services.open(profile)
    try:
        services.audit.record(
            args.actor.agent_no, "db.restore", source.name, f"previous file kept as {aside.name}"
        )
    finally:
        services.close()
    print(f"restored {source}; the previous file was kept as {aside}")
    return 0
