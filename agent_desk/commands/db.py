"""`agent-desk db check|backup|restore|encrypt|decrypt|key import|key export`: the store, for IT.

`db check` exits 1 when the database is damaged, empty, short, missing from a profile that had
one, or cannot be read with the profile's key, and names the newest backup. `db restore`
refuses while AgentDesk runs on the profile: the window would go on writing into the file that
was just set aside. Which role each action needs is declared where it is registered.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from agent_desk.access import Permission
from agent_desk.commands.registry import NoAccount, command, group
from agent_desk.errors import AgentDeskError

EXIT_CHECK_FAILED = 1


def register(sub: argparse._SubParsersAction) -> None:
    dbsub = group(sub, "db", "check, back up, restore or encrypt the local database")
    command(
        dbsub,
        "check",
        needs=NoAccount("an integrity check: prints ok, the schema revision and where the key is"),
        func=check_cmd,
        help="integrity check; prints 'ok' and the schema revision, then where the key is",
    )
    bk = command(
        dbsub,
        "backup",
        needs=Permission.BACKUP,  # a copy of every customer's record
        func=backup_cmd,
        help="write an online backup (to FILE, or to the backups); --list shows them",
    )
    bk.add_argument("file", type=Path, nargs="?", help="where to write (default: data/backups/)")
    bk.add_argument("--list", action="store_true", help="list the backups, newest first")
    rs = command(
        dbsub,
        "restore",
        needs=Permission.RESTORE,
        func=restore_cmd,
        help="put a backup back (the newest, a file, or number N of --list); the database "
        "it replaces is kept beside it",
        precheck=_precheck_restore,
        offline_login=_login_in_backup,
    )
    rs.add_argument(
        "file",
        nargs="?",
        help="a backup file, or its number in 'db backup --list' (default: the newest)",
    )
    command(
        dbsub,
        "encrypt",
        needs=Permission.MANAGE_KEYS,
        func=encrypt_cmd,
        help="encrypt a plain profile (a backup is taken first)",
        precheck=lambda args: _refuse_while_running_args(args, "encrypted"),
    )
    command(
        dbsub,
        "decrypt",
        needs=Permission.MANAGE_KEYS,
        func=decrypt_cmd,
        help="turn an encrypted profile back into plain SQLite",
        precheck=lambda args: _refuse_while_running_args(args, "decrypted"),
    )
    keysub = group(dbsub, "key", "the database key")
    command(
        keysub,
        "import",
        # Without its key the store cannot be opened to log in; holding the recovery key that
        # opens this profile's database (or its newest backup) is the proof instead.
        needs=NoAccount("the recovery key is the proof: it must open this profile's database"),
        func=key_import_cmd,
        help="put a recovery key back (read from standard input) for this profile",
    )
    command(
        keysub,
        "export",
        needs=Permission.MANAGE_KEYS,
        func=key_export_cmd,
        help="print this profile's recovery key, for branch IT to keep offline (audited)",
    )


def _context(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from agent_desk.context import AppContext
    from agent_desk.logs import setup_logging
    from agent_desk.paths import Profile

    profile = Profile.resolve(args.profile).ensure()
    setup_logging(profile.log_dir)  # warnings (a key file instead of a keyring) go to the log
    return AppContext.load(profile)


def _refuse_while_running(profile: object, what: str) -> None:
    from agent_desk.ui.single_instance import LOCK_FILE, instance_running

    if instance_running(profile.data_dir / LOCK_FILE):  # type: ignore[attr-defined]
        raise AgentDeskError(
            f"AgentDesk is running on this profile: quit it first; the database was not {what}"
        )


def _refuse_while_running_args(args: argparse.Namespace, what: str) -> int:
    from agent_desk.paths import Profile

    _refuse_while_running(Profile.resolve(args.profile), what)
    return 0


def _precheck_restore(args: argparse.Namespace) -> int:
    """Before any password is asked: the app must not be running on the profile."""
    return _refuse_while_running_args(args, "restored")


def check_cmd(args: argparse.Namespace) -> int:
    from agent_desk.dbfile import FileState, state_of
    from agent_desk.errors import CorruptDatabase, DatabaseMissing, LocalDiskFull, StoreReadOnly
    from agent_desk.store import (
        backup_hint,
        current_revision,
        had_database,
        integrity_check,
        key_for_existing,
        newest_backup,
        open_store,
        refuse_unwritable,
    )

    context = _context(args)
    profile = context.profile
    keys = context.key_store()
    db = profile.db_path
    try:
        refuse_unwritable(db.parent)
        if state_of(db) is not FileState.MISSING:
            key = key_for_existing(db, profile.backup_dir, keys)
            verdict = integrity_check(db, key)
            if verdict != "ok":
                newest = newest_backup(profile.backup_dir)
                hint = f"; newest backup: {newest}" if newest else "; no backup exists"
                print(f"agent-desk: integrity check failed: {verdict}{hint}", file=sys.stderr)
                return EXIT_CHECK_FAILED
        elif had_database(db, profile.backup_dir, keys):
            raise DatabaseMissing(path=str(db), backup_hint=backup_hint(profile.backup_dir))
        store = open_store(db, profile.backup_dir, context.clock, keys=keys)
    except (StoreReadOnly, LocalDiskFull, DatabaseMissing) as exc:
        print(f"agent-desk: {' '.join(exc.message.split())}", file=sys.stderr)
        return EXIT_CHECK_FAILED
    except CorruptDatabase as exc:
        print(
            f"agent-desk: integrity check failed: {' '.join(exc.message.split())}", file=sys.stderr
        )
        return EXIT_CHECK_FAILED
    except AgentDeskError as exc:  # the key is missing or another profile's
        print(f"agent-desk: {' '.join(exc.message.split())}", file=sys.stderr)
        return EXIT_CHECK_FAILED
    try:
        encrypted = store.encrypted
        revision = current_revision(db, store.key)
    finally:
        store.close()
    print(f"ok {revision}")
    if encrypted:
        print(f"encryption: SQLCipher; key in {keys.where()}")
    else:
        print("encryption: off (plain SQLite); 'agent-desk db encrypt' encrypts this profile")
    newest = newest_backup(profile.backup_dir)
    print(f"newest backup: {newest if newest else 'none yet'}")
    _warn_unfinished_conversion(profile, encrypted)
    return 0


def _warn_unfinished_conversion(profile: Any, encrypted: bool) -> None:
    """What a `db encrypt` stopped after the store left: copies in clear in an encrypted
    profile, and `.converting` files. Said on stderr; the store itself is fine (exit 0)."""
    from agent_desk.dbfile import FileState
    from agent_desk.store import conversion_leftovers

    if encrypted:
        plain = [p for p in _in_state(profile, FileState.PLAIN) if p != profile.db_path]
        if plain:
            names = ", ".join(p.name for p in plain[:3]) + (", …" if len(plain) > 3 else "")
            print(
                f"agent-desk: backups or copies of the database not encrypted: {len(plain)} "
                f"({names}); run 'agent-desk db encrypt' to finish",
                file=sys.stderr,
            )
    leftovers = conversion_leftovers(profile.data_dir)
    if leftovers:
        names = ", ".join(p.name for p in leftovers[:3]) + (", …" if len(leftovers) > 3 else "")
        print(
            f"agent-desk: unfinished files of an interrupted 'db encrypt' or 'db decrypt': "
            f"{len(leftovers)} ({names}); running it again, or starting AgentDesk, removes them",
            file=sys.stderr,
        )


def _open_services(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from agent_desk.cli import open_services

    return open_services(args)


def backup_cmd(args: argparse.Namespace) -> int:
    from agent_desk.dbfile import DB_ERRORS
    from agent_desk.store import backup, backup_files

    if args.list:
        from agent_desk.clock import iso

        context = _context(args)
        for number, f in enumerate(backup_files(context.profile.backup_dir), start=1):
            when = iso(f.taken_at, context.policy.zone)  # the branch's time, not the PC's
            print(f"{number}\t{when}\t{f.reason}\t{f.size}\t{f.path}")
        return 0
    services = _open_services(args)
    try:
        target = "data/backups" if args.file is None else str(args.file)
        # A copy of every record leaves: in the audit log, a failed try too.
        with services.audit.attempt(args.actor.agent_no, "db.backup", target):
            if args.file is None:
                dest = services.backups.take("manual")
            else:
                if args.file.is_dir():
                    raise AgentDeskError(f"{args.file} is a folder; give the backup a file name")
                try:
                    dest = backup(services.store.path, args.file.resolve(), services.store.key)
                except (OSError, *DB_ERRORS) as exc:
                    reason = getattr(exc, "strerror", None) or str(exc)
                    raise AgentDeskError(
                        f"cannot write the backup {args.file}: {reason}",
                        reason="db.backup_failed",
                    ) from exc
        services.audit.record(args.actor.agent_no, "db.backup", str(dest))
    finally:
        services.close()
    print(dest)
    return 0


def _chosen_backup(backup_dir: Path, choice: str | None) -> Path:
    from agent_desk.store import backup_files

    files = backup_files(backup_dir)
    if choice is None:
        if not files:
            raise AgentDeskError(f"no backup found in {backup_dir}")
        return files[0].path
    if choice.isdigit() and not Path(choice).exists():
        number = int(choice)
        if not 1 <= number <= len(files):
            raise AgentDeskError(f"there is no backup number {number}; see 'db backup --list'")
        return files[number - 1].path
    path = Path(choice)
    if not path.exists() and (backup_dir / choice).exists():
        path = backup_dir / choice
    if not path.exists():
        raise AgentDeskError(f"no backup {choice}")
    return path


def _backup_to_restore(args: argparse.Namespace) -> Path:
    from agent_desk.paths import Profile

    return _chosen_backup(Profile.resolve(args.profile).ensure().backup_dir, args.file)


def _login_in_backup(args: argparse.Namespace, agent_no: str, password: str) -> object:
    """The desk's database is too damaged to log in: the account is checked in the backup."""
    from agent_desk.accounts import check_password_in

    key = _context(args).key_store().load()
    return check_password_in(_backup_to_restore(args), agent_no, password, key)


def restore_cmd(args: argparse.Namespace) -> int:
    context = _context(args)
    profile = context.profile
    _refuse_while_running(profile, "restored")
    from agent_desk.store import restore, restored_encrypts

    source = _chosen_backup(profile.backup_dir, args.file)
    key = context.key_store().load()
    encrypts = restored_encrypts(profile.db_path, source, key)
    if getattr(args, "opened_services", None) is not None:
        # Logged in on the old database: let go of it before replacing it.
        args.opened_services.close()
        args.opened_services = None
    from agent_desk.privacy import erasures_after_backup

    # Read before the file goes aside: its audit log is the only record of who was erased
    # since the backup was taken, and the backup brings them back.
    erasures = erasures_after_backup(profile.db_path, source, key)
    aside = restore(profile.db_path, source, context.clock.now(), key)
    from agent_desk.services import Services

    services = Services.open(profile)
    try:  # in the restored file's own audit log: who put it back, and where the old one went
        services.audit.record(
            args.actor.agent_no, "db.restore", source.name, f"previous file kept as {aside.name}"
        )
        done, failed = services.privacy.erase_again(erasures or [], args.actor)
    finally:
        services.close()
    print(f"restored {source}; the previous file was kept as {aside}")
    _say_erasures(erasures, done, failed)
    if encrypts:
        print(
            "the backup was plain SQLite: it was encrypted with this profile's key as it was put "
            f"back; the backup file itself ({source}) is still plain"
        )
    return 1 if failed else 0


def _say_erasures(erasures: list | None, done: list, failed: list) -> None:
    """What the restore did about the people erased after the backup was taken."""
    if erasures is None:
        print(
            "the database it replaced could not be read: erasures made after this backup was "
            "taken cannot be checked; erase again everyone your register (PRIVACY.md section 6) "
            "lists as erased since then"
        )
        return
    if done:
        print(
            f"{_people(len(done))} erased after this backup was taken "
            f"{'was' if len(done) == 1 else 'were'} erased again in the restored data "
            "(audited as customer.erase, re-applied after db restore):"
        )
        for e in done:
            print(f"  public id {e.public_id}: erased {e.at} UTC, reason: {e.reason}")
    if failed:
        print(
            f"{_people(len(failed))} erased after this backup was taken "
            f"{'is' if len(failed) == 1 else 'are'} back in the restored data: run "
            '\'agent-desk customer erase --id PUBLIC_ID --reason "… again after restore" --yes '
            "--as ADMIN' for each",
            file=sys.stderr,
        )
        for e in failed:
            print(
                f"  public id {e.public_id}: erased {e.at} UTC, reason: {e.reason}", file=sys.stderr
            )


def _people(count: int) -> str:
    return "1 person" if count == 1 else f"{count:,} people"


def _stores(profile: object) -> list[Path]:
    """The profile's databases: the training store, then the store, each after its backups and
    the files set aside beside it. The store comes last, so a conversion stopped before its end
    leaves the store as it was, and running the command again takes it from the start."""
    from agent_desk.calls.training import training_profile

    out: list[Path] = []
    for p in (training_profile(profile), profile):  # type: ignore[arg-type]
        if p.db_path.exists():
            out.extend(sorted(p.backup_dir.glob("agent_desk-*.db")))
            out.extend(_set_aside(p.db_path))
            out.append(p.db_path)
    return out


def _set_aside(db_path: Path) -> list[Path]:
    """The files `db restore` moved aside (`.replaced-*`, `.damaged-*`): whole copies of the
    customer data, which `db encrypt` converts too (their -wal/-shm go into them)."""
    from agent_desk.store import CONVERTING

    found = []
    for what in ("replaced", "damaged"):
        for f in db_path.parent.glob(f"{db_path.name}.{what}-*"):
            if not f.name.endswith(("-wal", "-shm")) and CONVERTING not in f.name:
                found.append(f)
    return sorted(found)


@contextlib.contextmanager
def _converting(profile: Any, what: str) -> Iterator[None]:
    """The profile's instance lock for the whole conversion: no window starts on the profile
    meanwhile (it would open a file being replaced, and its start removes `.converting` files)."""
    from agent_desk.ui.single_instance import LOCK_FILE, hold_lock

    lock = hold_lock(profile.data_dir / LOCK_FILE)
    if lock is None:
        raise AgentDeskError(
            f"AgentDesk is running on this profile: quit it first; the database was not {what}"
        )
    try:
        yield
    finally:
        lock.unlock()


def _convert(
    profile: Any, files: list[Path], src_key: str | None, dst_key: str | None
) -> tuple[int, list[str]]:
    """Convert `files`; (how many were, the set-aside ones that could not be, with why).

    A store or a backup that fails stops the command (the disk is full, say); a `.damaged-*`
    file that SQLite cannot read whole cannot be converted either and is named instead.
    """
    from agent_desk.dbfile import DB_ERRORS
    from agent_desk.store import convert

    done = 0
    failed: list[str] = []
    for db in files:
        try:
            convert(db, src_key, dst_key)
        except (AgentDeskError, *DB_ERRORS) as exc:
            if db.name == profile.db_path.name or db.parent.name == profile.backup_dir.name:
                raise
            failed.append(f"{db} ({' '.join(str(exc).split())[:80]})")
            continue
        done += 1
    return done, failed


def _in_state(profile: object, state: Any) -> list[Path]:
    from agent_desk.dbfile import state_of

    return [db for db in _stores(profile) if state_of(db) is state]


def _leftovers_note(removed: list[Path]) -> str:
    return (
        f"; removed the unfinished copies an interrupted run left ({len(removed)})"
        if removed
        else ""
    )


def _say_in_clear(in_clear: list[str]) -> None:
    for name in in_clear:
        print(
            f"agent-desk: STILL IN CLEAR: {name}: it holds customer data unencrypted; delete it "
            "once nothing more is to be recovered from it",
            file=sys.stderr,
        )


def _say_not_decrypted(failed: list[str]) -> None:
    for name in failed:
        print(f"agent-desk: not decrypted: {name}: it stays encrypted", file=sys.stderr)


def encrypt_cmd(args: argparse.Namespace) -> int:
    from agent_desk.dbfile import FileState, state_of
    from agent_desk.store import (
        key_for_existing,
        remove_conversion_leftovers,
        take_backup,
        write_marker,
    )

    context = _context(args)
    profile = context.profile
    keys = context.key_store()
    with _converting(profile, "encrypted"):
        state = state_of(profile.db_path)
        if state is FileState.OPAQUE:
            # Encrypted already: a run stopped after the store (a kill, a power cut) may have
            # left backups or set-aside copies in clear, and `.converting` files. Finish it.
            key = key_for_existing(profile.db_path, profile.backup_dir, keys)
            assert key is not None
            plain = _in_state(profile, FileState.PLAIN)
            removed = remove_conversion_leftovers(profile.data_dir)
            if not plain and not removed:
                raise AgentDeskError(
                    f"{profile.db_path} is encrypted already, and so are its backups; nothing to do"
                )
            done, in_clear = _convert(profile, plain, None, key)
            write_marker(profile.db_path, key, context.clock.now())
            print(
                "the database was encrypted already: encrypted the backups and copies an "
                f"earlier run left in clear ({done}){_leftovers_note(removed)}; "
                f"key in {keys.where()}"
            )
            _say_in_clear(in_clear)
            return 0
        if state is not FileState.PLAIN:
            raise AgentDeskError(f"{profile.db_path} is not a plain SQLite database; nothing to do")
        removed = remove_conversion_leftovers(profile.data_dir)
        saved = take_backup(
            profile.db_path, profile.backup_dir, context.clock.now(), "before-encrypt"
        )
        key = keys.load() or keys.create()
        # The backup just taken too: no copy stays in clear.
        done, in_clear = _convert(profile, _in_state(profile, FileState.PLAIN), None, key)
        write_marker(profile.db_path, key, context.clock.now())
    print(
        f"encrypted {done} database files (backup taken first: {saved})"
        f"{_leftovers_note(removed)}; key in {keys.where()}"
    )
    _say_in_clear(in_clear)
    return 0


def decrypt_cmd(args: argparse.Namespace) -> int:
    from agent_desk.dbfile import FileState, state_of
    from agent_desk.dbkey import KeyMissing
    from agent_desk.store import remove_conversion_leftovers, take_backup, write_marker

    context = _context(args)
    profile = context.profile
    keys = context.key_store()
    with _converting(profile, "decrypted"):
        state = state_of(profile.db_path)
        if state is FileState.PLAIN:
            # Plain already: finish what a run stopped after the store left encrypted.
            encrypted = _in_state(profile, FileState.OPAQUE)
            removed = remove_conversion_leftovers(profile.data_dir)
            if not encrypted and not removed:
                raise AgentDeskError(
                    f"{profile.db_path} is not encrypted, nor are its backups; nothing to do"
                )
            key = keys.load()
            if key is None and encrypted:
                raise KeyMissing(path=str(encrypted[0]), key_file=str(keys.key_file))
            done, failed = _convert(profile, encrypted, key, None)
            _say_not_decrypted(failed)
            write_marker(profile.db_path, None, context.clock.now())
            print(
                "the database was plain already: decrypted the backups and copies an earlier "
                f"run left encrypted ({done}){_leftovers_note(removed)}"
            )
            return 0
        if state is not FileState.OPAQUE:
            raise AgentDeskError(f"{profile.db_path} is not an encrypted database; nothing to do")
        key = keys.load()
        if key is None:
            raise KeyMissing(path=str(profile.db_path), key_file=str(keys.key_file))
        removed = remove_conversion_leftovers(profile.data_dir)
        saved = take_backup(
            profile.db_path, profile.backup_dir, context.clock.now(), "before-decrypt", key
        )
        done, failed = _convert(profile, _in_state(profile, FileState.OPAQUE), key, None)
        write_marker(profile.db_path, None, context.clock.now())
    print(
        f"decrypted {done} database files (backup taken first: {saved})"
        f"{_leftovers_note(removed)}; the customer data is now readable by anyone who can read "
        "the profile folder"
    )
    _say_not_decrypted(failed)
    return 0


def key_import_cmd(args: argparse.Namespace) -> int:
    from agent_desk.dbfile import FileState, state_of
    from agent_desk.dbkey import parse_recovery
    from agent_desk.store import opens_with, write_marker

    context = _context(args)
    profile = context.profile
    text = sys.stdin.readline()
    try:
        key = parse_recovery(text)
    except ValueError as exc:
        raise AgentDeskError("that is not a recovery key (64 hex digits, dashes allowed)") from exc
    db = profile.db_path
    from agent_desk.store import newest_backup

    # The key must open what it is for: the store, or (store gone) its newest encrypted backup.
    # Without either there is nothing to prove it against, so a stored key is never replaced.
    newest = newest_backup(profile.backup_dir)
    target = db if state_of(db) is FileState.OPAQUE else newest
    if target is not None and state_of(target) is FileState.OPAQUE:
        if not opens_with(target, key):
            raise AgentDeskError(f"this key does not open {target}; nothing was changed")
    elif context.key_store().load() is not None:
        raise AgentDeskError(
            "this profile has its key and no encrypted database to check another against; "
            "nothing was changed"
        )
    where = context.key_store().put(key)
    if state_of(db) is FileState.OPAQUE:
        write_marker(db, key, context.clock.now())
    print(f"key kept in {where}")
    return 0


def key_export_cmd(args: argparse.Namespace) -> int:
    """The recovery key on standard output, once per run, with the line that says where it
    belongs; the privacy service checks the role and writes the audit row."""
    services = _open_services(args)
    try:
        text = services.privacy.recovery_key(args.actor)
    finally:
        services.close()
    print(text)
    print(
        "Keep this recovery key offline (on paper or a removable drive in the branch safe), "
        "never on this PC or the share: with it, anyone holding a copy of this desk's files "
        "can read every customer. 'agent-desk db key import' puts it back."
    )
    return 0
