"""Branch IT's `db` commands on real profiles: check, backups, restore, encrypt and the key.

Each reproduces what went wrong before: a 0-byte database passed `db check` (exit 0, and the
next start offered first-start setup); `db restore` ran while the app wrote to the profile;
a read-only folder or a full disk was called a failed integrity check and offered a restore.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from agent_desk.dbfile import FileState, state_of
from tests import dbaccess
from tests.conftest import ADMIN_NO, ADMIN_PASSWORD, REPO, run_as_admin, run_cli, set_up_admin
from tests.integration.test_share_disks import SKIP as NO_TMPFS
from tests.integration.test_share_disks import fill, tmpfs
from tests.upgrade_fixture import data_differences, make_old_profile

pytestmark = pytest.mark.integration


def add_admin(profile: Path) -> None:
    added = run_cli(
        "user",
        "add",
        "--agent-no",
        "0001",
        "--name",
        "管理员",
        "--role",
        "admin",
        "--password-stdin",
        profile=profile,
        stdin="admin-pw-1\n",
    )
    assert added.returncode == 0, added.stderr


def test_db_check_reports_a_0_byte_database_and_the_newest_backup(profile_dir):
    add_admin(profile_dir)
    backed = run_as_admin("db", "backup", profile=profile_dir)
    assert backed.returncode == 0, backed.stderr
    db = profile_dir / "data" / "agent_desk.db"
    db.write_bytes(b"")
    result = run_cli("db", "check", profile=profile_dir)
    assert result.returncode == 1
    assert "empty (0 bytes)" in result.stderr and backed.stdout.strip() in result.stderr
    assert not result.stdout.startswith("ok")
    assert db.stat().st_size == 0  # kept, never replaced by a new empty store


def test_db_backup_lists_and_restore_chooses_by_number(profile_dir):
    add_admin(profile_dir)
    first = run_as_admin("db", "backup", profile=profile_dir).stdout.strip()
    run_as_admin("user", "add", "--agent-no", "1001", "--name", "王小明", "--password-stdin",
                 profile=profile_dir, stdin="password1\n")  # fmt: skip
    second = run_as_admin("db", "backup", profile=profile_dir).stdout.strip()
    listed = run_as_admin("db", "backup", "--list", profile=profile_dir)
    lines = listed.stdout.splitlines()
    assert [line.split("\t")[0] for line in lines] == ["1", "2"]
    assert lines[0].endswith(second) and lines[1].endswith(first)
    restored = run_as_admin("db", "restore", "2", profile=profile_dir)
    assert restored.returncode == 0, restored.stderr
    con = dbaccess.connect(profile_dir / "data" / "agent_desk.db")
    try:
        assert con.execute("SELECT agent_no FROM agents").fetchall() == [("0001",)]
    finally:
        con.close()
    # The database it replaced was healthy: named for what it is, not "damaged".
    data = profile_dir / "data"
    (aside,) = data.glob("agent_desk.db.replaced-*[0-9Z]")
    assert not list(data.glob("*.damaged-*"))
    assert f"kept as {aside}" in restored.stdout
    # Whatever holds customer data stays private to the OS user (issue 12 made it 0600).
    import stat

    for path in (data / "agent_desk.db", aside, *(data / "backups").glob("*.db")):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_db_restore_refuses_the_profiles_own_database_as_its_source(profile_dir):
    """Review (breaker F8): the live file was moved aside, then was gone as the source: the
    profile had no database, and start-up advised restoring an older backup."""
    add_admin(profile_dir)
    run_as_admin("db", "backup", profile=profile_dir)
    data = profile_dir / "data"
    db = data / "agent_desk.db"

    def files() -> list[str]:  # the WAL and its index come and go with every opening
        return sorted(p.name for p in data.iterdir() if not p.name.endswith(("-wal", "-shm")))

    before = files()
    for source in (db, data / "." / "agent_desk.db"):
        result = run_as_admin("db", "restore", str(source), profile=profile_dir)
        assert result.returncode == 2, result.stdout
        assert "own database, not a backup" in result.stderr
    assert files() == before
    assert run_cli("db", "check", profile=profile_dir).stdout.startswith("ok")


def test_db_restore_refuses_a_database_that_is_not_agentdesks(profile_dir, tmp_path):
    """Review (verify N1b): any SQLite file was restored (the report cache among them); the
    desk was left with no account, and the next `user add` made its author an administrator."""
    import sqlite3

    add_admin(profile_dir)
    other = tmp_path / "reports_index.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE folders (path TEXT PRIMARY KEY)")
    con.commit()
    con.close()
    db = profile_dir / "data" / "agent_desk.db"
    result = run_as_admin("db", "restore", str(other), profile=profile_dir)
    assert result.returncode == 2, result.stdout
    assert "not an AgentDesk database" in result.stderr
    assert not list(db.parent.glob("agent_desk.db.replaced-*"))
    listed = run_as_admin("user", "list", profile=profile_dir)
    assert listed.returncode == 0 and "0001" in listed.stdout


def test_db_restore_refuses_while_agentdesk_runs_on_the_profile(profile_dir):
    add_admin(profile_dir)
    run_as_admin("db", "backup", profile=profile_dir)
    db = profile_dir / "data" / "agent_desk.db"
    before = db.read_bytes()
    lock = QLockFile(str(profile_dir / "data" / "agent-desk.lock"))  # as the running window
    assert lock.tryLock(100)
    try:
        result = run_as_admin("db", "restore", profile=profile_dir)
    finally:
        lock.unlock()
    assert result.returncode == 2
    assert "running" in result.stderr and "not restored" in result.stderr
    assert db.read_bytes() == before
    assert not list(db.parent.glob("*.damaged-*"))


def test_an_old_plain_profile_is_encrypted_with_its_backups_and_keeps_its_data(profile_dir):
    db = make_old_profile(profile_dir)
    checked = run_cli("db", "check", profile=profile_dir)
    assert checked.returncode == 0, checked.stderr
    assert "encryption: off" in checked.stdout
    assert state_of(db) is FileState.PLAIN
    as_admin = ("--as", "0001")  # the first release's administrator, password admin-pass1
    done = run_cli("db", "encrypt", *as_admin, profile=profile_dir, stdin="admin-pass1\n")
    assert done.returncode == 0, done.stderr
    assert state_of(db) is FileState.OPAQUE and data_differences(db) == []
    saved = sorted((profile_dir / "data" / "backups").glob("*.db"))
    assert saved and all(state_of(p) is FileState.OPAQUE for p in saved)
    assert not any(b"13800138000" in p.read_bytes() for p in (db, *saved))
    checked = run_cli("db", "check", profile=profile_dir)
    assert checked.returncode == 0, checked.stderr
    assert "encryption: SQLCipher; key in " in checked.stdout
    back = run_cli("db", "decrypt", *as_admin, profile=profile_dir, stdin="admin-pass1\n")
    assert back.returncode == 0, back.stderr
    assert state_of(db) is FileState.PLAIN and data_differences(db) == []


def test_a_lost_key_is_put_back_from_the_recovery_key(profile_dir):
    from agent_desk.dbkey import KEYRING_SERVICE, recovery_text

    add_admin(profile_dir)
    import keyring

    account = str((profile_dir / "config").resolve())
    key = keyring.get_password(KEYRING_SERVICE, account)
    keyring.delete_password(KEYRING_SERVICE, account)
    lost = run_cli("db", "check", profile=profile_dir)
    assert lost.returncode == 1 and "db key import" in lost.stderr
    wrong = run_cli("db", "key", "import", profile=profile_dir, stdin="ab" * 32 + "\n")
    assert wrong.returncode == 2 and "does not open" in wrong.stderr
    put = run_cli("db", "key", "import", profile=profile_dir, stdin=recovery_text(key) + "\n")
    assert put.returncode == 0, put.stderr
    assert run_cli("db", "check", profile=profile_dir).returncode == 0


def test_without_any_keyring_the_profile_works_from_its_key_file(profile_dir):
    env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    add = run_cli("db", "check", profile=profile_dir, env=env)
    assert add.returncode == 0, add.stderr
    assert f"key in key file {profile_dir.resolve() / 'config' / 'database.key'}" in add.stdout
    assert add.stderr == ""  # the warning goes to the log, once
    again = run_cli("db", "check", profile=profile_dir, env=env)  # every later process is quiet
    assert again.returncode == 0 and again.stderr == ""
    log = (profile_dir / "logs" / "agent-desk.log").read_text(encoding="utf-8")
    assert log.count("no OS keyring is available") == 1


@pytest.mark.skipif(NO_TMPFS is not None, reason=NO_TMPFS or "")
def test_a_read_only_data_folder_is_said_as_such_with_no_restore_offer(tmp_path):
    with tmpfs(tmp_path / "desk", "16m") as desk:
        profile = desk / "profile"
        add_admin(profile)
        assert run_as_admin("db", "backup", profile=profile).returncode == 0
        subprocess.run(["mount", "-o", "remount,ro", str(desk)], check=True)
        result = run_cli("db", "check", profile=profile)
    assert result.returncode == 1
    assert "read-only" in result.stderr
    assert "integrity" not in result.stderr and "restore" not in result.stderr


@pytest.mark.skipif(NO_TMPFS is not None, reason=NO_TMPFS or "")
def test_a_full_disk_at_start_is_said_as_such_with_no_restore_offer(tmp_path):
    from agent_desk.clock import FakeClock
    from agent_desk.errors import LocalDiskFull
    from agent_desk.paths import Profile
    from agent_desk.services import Services

    with tmpfs(tmp_path / "desk", "16m") as desk:
        profile = desk / "profile"
        add_admin(profile)
        assert run_as_admin("db", "backup", profile=profile).returncode == 0
        fill(desk)
        result = run_cli("db", "check", profile=profile)
        with pytest.raises(LocalDiskFull):
            Services.open(Profile.at(profile), FakeClock())
    assert result.returncode == 1
    assert "disk is full" in result.stderr
    assert "integrity" not in result.stderr and "db restore" not in result.stderr


@pytest.mark.skipif(NO_TMPFS is not None, reason=NO_TMPFS or "")
def test_db_encrypt_on_a_disk_too_full_for_the_copy_says_so_and_keeps_the_store(tmp_path):
    with tmpfs(tmp_path / "desk", "48m") as desk:
        profile = desk / "profile"
        add_admin(profile)
        book = desk / "book.csv"  # a store of a few MB, as the review's
        rows = (f"客户{i},1390000{i:04d},0,{'备注' * 100}" for i in range(2000))
        book.write_text("name,phone,vip,notes\n" + "\n".join(rows) + "\n", encoding="utf-8")
        _admin("customer", "import", str(book), profile=profile)
        book.unlink()
        _admin("db", "decrypt", profile=profile)
        store = profile / "data" / "agent_desk.db"
        filler = fill(desk)
        # Room for the backup taken first, not for the encrypted copy as well.
        with open(filler, "r+b") as f:
            f.truncate(max(0, filler.stat().st_size - int(store.stat().st_size * 1.5)))
        done = run_as_admin("db", "encrypt", profile=profile)
        assert done.returncode == 2
        assert "disk is full" in done.stderr and "unexpected error" not in done.stderr
        assert state_of(store) is FileState.PLAIN  # as it was
        filler.unlink()
        check = run_cli("db", "check", profile=profile)
        assert check.returncode == 0 and check.stdout.startswith("ok"), check.stderr


def _admin(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    done = run_as_admin(*args, profile=profile)
    assert done.returncode == 0, (args, done.stderr)
    return done


def test_db_encrypt_leaves_no_plain_copy_of_a_restore_beside_the_store(profile_dir):
    # The review's path: decrypt, restore (the healthy file goes aside), encrypt again.
    add_admin(profile_dir)
    _admin("db", "backup", profile=profile_dir)
    _admin("db", "decrypt", profile=profile_dir)
    _admin("db", "restore", profile=profile_dir)
    data = profile_dir / "data"
    asides = [
        p for p in data.glob("agent_desk.db.replaced-*") if not p.name.endswith(("-wal", "-shm"))
    ]
    assert asides and all(state_of(p) is FileState.PLAIN for p in asides)
    damaged = data / "agent_desk.db.damaged-20260101T000000Z"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x01" * 5000)  # plain and unreadable
    done = _admin("db", "encrypt", profile=profile_dir)
    assert all(state_of(p) is FileState.OPAQUE for p in asides)
    assert "STILL IN CLEAR" in done.stderr and str(damaged) in done.stderr


def test_restoring_a_plain_backup_keeps_an_encrypted_profile_encrypted(profile_dir, tmp_path):
    add_admin(profile_dir)
    _admin("db", "decrypt", profile=profile_dir)
    plain = tmp_path / "plain.db"
    _admin("db", "backup", str(plain), profile=profile_dir)
    _admin("db", "encrypt", profile=profile_dir)
    assert state_of(plain) is FileState.PLAIN
    restored = _admin("db", "restore", str(plain), profile=profile_dir)
    assert "encrypted with this profile's key" in restored.stdout
    db = profile_dir / "data" / "agent_desk.db"
    assert state_of(db) is FileState.OPAQUE
    checked = run_cli("db", "check", profile=profile_dir)
    assert checked.returncode == 0, checked.stderr
    assert "encryption: SQLCipher" in checked.stdout


def test_setting_database_key_file_moves_the_key_out_of_the_copied_folder(profile_dir, tmp_path):
    # PRIVACY.md advises it where no keyring works; it locked the desk out and left the key.
    import stat

    env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    assert run_cli("db", "check", profile=profile_dir, env=env).returncode == 0
    old = profile_dir / "config" / "database.key"
    key = old.read_text(encoding="ascii")
    target = tmp_path / "keys" / "sub" / "desk.key"
    done = run_as_admin(
        "config", "set", "database.key_file", str(target), profile=profile_dir, env=env
    )
    assert done.returncode == 0, done.stderr
    checked = run_cli("db", "check", profile=profile_dir, env=env)
    assert checked.returncode == 0, checked.stderr
    assert f"key in key file {target}" in checked.stdout
    assert not old.exists() and target.read_text(encoding="ascii") == key
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700


def test_a_relative_key_file_is_refused_before_the_key_moves(profile_dir, tmp_path):
    # Accepted before (review-12c): the key went to the folder `config set` ran in, and a
    # start from any other folder said the key was missing.
    env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    assert run_cli("db", "check", profile=profile_dir, env=env).returncode == 0
    old = profile_dir / "config" / "database.key"
    key = old.read_text(encoding="ascii")
    elsewhere = tmp_path / "x"
    elsewhere.mkdir()
    set_up_admin(profile_dir)
    argv = [sys.executable, "-m", "agent_desk", "--profile", str(profile_dir.resolve())]
    argv += ["config", "set", "database.key_file", "rel3.key", "--as", ADMIN_NO]
    done = subprocess.run(
        argv,
        input=f"{ADMIN_PASSWORD}\n",
        capture_output=True,
        text=True,
        timeout=60,
        cwd=elsewhere,
        env={**os.environ, **env, "PYTHONPATH": str(REPO)},
    )
    assert done.returncode == 2, done.stderr
    assert "database.key_file must be an absolute path" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (elsewhere / "rel3.key").exists()
    assert old.read_text(encoding="ascii") == key
    assert run_cli("db", "check", profile=profile_dir, env=env).returncode == 0


def test_a_relative_key_file_written_by_hand_is_named_not_called_a_missing_key(profile_dir):
    env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    assert run_cli("db", "check", profile=profile_dir, env=env).returncode == 0
    config = profile_dir / "config" / "config.toml"
    config.write_text('[database]\nkey_file = "rel3.key"\n', encoding="utf-8")
    checked = run_cli("db", "check", profile=profile_dir, env=env)
    assert checked.returncode == 2
    assert "line 2: database.key_file must be an absolute path" in checked.stderr
    assert "missing" not in checked.stderr


def test_backups_and_the_audit_log_are_listed_in_the_branchs_time_not_the_pcs(profile_dir):
    # A PC set to New York time printed its own times, without a zone (review).
    from datetime import UTC, datetime, timedelta
    from zoneinfo import ZoneInfo

    from agent_desk.store import backup_files

    new_york = {"TZ": "America/New_York"}
    assert run_as_admin("db", "backup", profile=profile_dir).returncode == 0
    (taken,) = backup_files(profile_dir / "data" / "backups")
    branch = taken.taken_at.astimezone(ZoneInfo("Asia/Shanghai"))
    listed = run_as_admin("db", "backup", "--list", profile=profile_dir, env=new_york)
    assert listed.stdout.split("\t")[1] == branch.isoformat(timespec="seconds")
    assert branch.isoformat().endswith("+08:00")

    # --since without an offset is the branch's time too.
    before = (branch - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")
    after = (branch + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")
    audit = run_as_admin("audit", "list", "--since", before, profile=profile_dir, env=new_york)
    rows = [line.split("\t") for line in audit.stdout.splitlines()]
    backed = [row for row in rows if row[3] == "db.backup"]
    assert backed, audit.stdout + audit.stderr
    when = datetime.fromisoformat(backed[0][1])
    assert backed[0][1].endswith("+08:00") and abs(when - taken.taken_at) < timedelta(minutes=1)
    assert when.astimezone(UTC) <= datetime.now(UTC)
    later = run_as_admin("audit", "list", "--since", after, profile=profile_dir, env=new_york)
    assert "db.backup" not in later.stdout


def test_restoring_another_desks_backup_says_it_is_not_this_profiles_key(profile_dir, tmp_path):
    other = tmp_path / "other"
    add_admin(other)
    theirs = _admin("db", "backup", profile=other).stdout.strip()
    add_admin(profile_dir)
    done = run_as_admin("db", "restore", theirs, profile=profile_dir)
    assert done.returncode != 0
    assert "does not open with this profile's key" in done.stderr
    assert "damaged" not in done.stderr.split("key:")[0]


def test_a_reader_that_stops_early_gets_no_error_line(profile_dir):
    """`agent-desk db check | head -0`: the pipe closes before the check has written."""
    argv = [sys.executable, "-m", "agent_desk", "--profile", str(profile_dir), "db", "check"]
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody will read: every write gets EPIPE
    try:
        done = subprocess.run(argv, stdout=write_end, stderr=subprocess.PIPE, timeout=60, cwd=REPO)
    finally:
        os.close(write_end)
    assert b"unexpected error" not in done.stderr and b"BrokenPipe" not in done.stderr
    assert done.returncode == 141
