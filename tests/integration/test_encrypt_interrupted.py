"""`db encrypt` / `db decrypt` stopped in the middle (kill -9, a power cut), on real files.

The review killed `db encrypt` after it had converted the store: the backups stayed plain
SQLite with every customer's number readable, `.converting` files stayed in `backups/`,
`db check` said only "encryption: SQLCipher", and running `db encrypt` again refused ("not a
plain SQLite database; nothing to do"). Now the store is converted last, a second run finishes
whatever an earlier one left, `db check` names it, and the start removes the `.converting`
files.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from agent_desk.dbfile import FileState, state_of
from agent_desk.dbkey import KeyStore
from agent_desk.paths import Profile
from agent_desk.store import convert
from tests.conftest import ADMIN_NO, ADMIN_PASSWORD, REPO, run_as_admin, run_cli
from tests.integration.app_process import AppProcess

pytestmark = pytest.mark.integration

NUMBER = "13912300007"  # one customer's number, to look for in the files


def _admin(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    done = run_as_admin(*args, profile=profile)
    assert done.returncode == 0, (args, done.stderr)
    return done


def _with_customers(profile: Path, tmp_path: Path, count: int, notes: int = 5) -> None:
    book = tmp_path / "book.csv"
    rows = (f"客户{i},139123{i:05d},0,{'备注' * notes}" for i in range(count))
    book.write_text("name,phone,vip,notes\n" + "\n".join(rows) + "\n", encoding="utf-8")
    _admin("customer", "import", str(book), profile=profile)
    book.unlink()


def _key(profile: Path) -> str:
    key = KeyStore.for_profile(Profile.at(profile).config_dir, "").load()
    assert key is not None
    return key


def _database_files(profile: Path) -> list[Path]:
    data = profile / "data"
    return sorted(
        p
        for p in data.rglob("agent_desk*.db*")
        if ".converting" not in p.name and not p.name.endswith(("-wal", "-shm", "-journal"))
    )


def _leftovers(profile: Path) -> list[Path]:
    return sorted((profile / "data").rglob("*.converting*"))


def _in_clear(profile: Path) -> list[Path]:
    return [
        p
        for p in (profile / "data").rglob("*")
        if p.is_file() and NUMBER.encode() in p.read_bytes()
    ]


def _plain_profile_with_backups(
    profile: Path, tmp_path: Path, count: int = 50, notes: int = 5
) -> Path:
    _with_customers(profile, tmp_path, count, notes)
    _admin("db", "backup", profile=profile)
    _admin("db", "decrypt", profile=profile)
    db = profile / "data" / "agent_desk.db"
    assert all(state_of(p) is FileState.PLAIN for p in _database_files(profile))
    return db


def test_encrypt_run_again_finishes_what_a_run_stopped_after_the_store_left(profile_dir, tmp_path):
    db = _plain_profile_with_backups(profile_dir, tmp_path)
    # Where the review's kill left it: the store converted (first, as it was), nothing else;
    # a `.converting` copy of a backup and its journal in backups/.
    convert(db, None, _key(profile_dir))
    backups = profile_dir / "data" / "backups"
    manual = next(backups.glob("*-manual.db"))
    partial = manual.with_name(manual.name + ".converting")
    partial.write_bytes(os.urandom(8192))
    partial.with_name(partial.name + "-journal").write_bytes(os.urandom(4096))
    assert _in_clear(profile_dir)

    check = run_cli("db", "check", profile=profile_dir)
    assert check.returncode == 0, check.stderr  # the store itself is healthy
    assert "encryption: SQLCipher" in check.stdout
    assert "not encrypted: 2 (" in check.stderr and manual.name in check.stderr
    assert "run 'agent-desk db encrypt' to finish" in check.stderr
    assert "interrupted 'db encrypt' or 'db decrypt': 2 (" in check.stderr

    done = _admin("db", "encrypt", profile=profile_dir)
    assert "encrypted already" in done.stdout and "left in clear (2)" in done.stdout
    assert "removed the unfinished copies an interrupted run left (2)" in done.stdout
    assert all(state_of(p) is FileState.OPAQUE for p in _database_files(profile_dir))
    assert _leftovers(profile_dir) == [] and _in_clear(profile_dir) == []

    check = run_cli("db", "check", profile=profile_dir)
    assert check.returncode == 0 and check.stderr == "", check.stderr
    again = run_as_admin("db", "encrypt", profile=profile_dir)
    assert again.returncode == 2 and "nothing to do" in again.stderr


def test_decrypt_run_again_finishes_what_a_run_stopped_after_the_store_left(profile_dir, tmp_path):
    _with_customers(profile_dir, tmp_path, 20)
    _admin("db", "backup", profile=profile_dir)
    db = profile_dir / "data" / "agent_desk.db"
    convert(db, _key(profile_dir), None)
    assert state_of(next((profile_dir / "data" / "backups").glob("*.db"))) is FileState.OPAQUE

    done = _admin("db", "decrypt", profile=profile_dir)
    assert "plain already" in done.stdout
    assert all(state_of(p) is FileState.PLAIN for p in _database_files(profile_dir))
    again = run_as_admin("db", "decrypt", profile=profile_dir)
    assert again.returncode == 2 and "nothing to do" in again.stderr


def test_encrypt_killed_in_the_middle_keeps_the_store_plain_and_a_second_run_finishes(
    profile_dir, tmp_path
):
    # A few MB, so that a conversion takes a while: the kill lands in the middle of the run.
    db = _plain_profile_with_backups(profile_dir, tmp_path, count=1000, notes=100)
    log_file = profile_dir / "logs" / "agent-desk.log"
    offset = log_file.stat().st_size
    argv = [sys.executable, "-m", "agent_desk", "--profile", str(profile_dir)]
    proc = subprocess.Popen(
        [*argv, "db", "encrypt", "--as", ADMIN_NO],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert proc.stdin is not None
    proc.stdin.write(f"{ADMIN_PASSWORD}\n")
    proc.stdin.close()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        with open(log_file, encoding="utf-8") as f:
            f.seek(offset)
            if "converting " in f.read():
                break
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)  # in the first file's conversion
    proc.wait(30)
    assert proc.stdout is not None and proc.stderr is not None
    out = proc.stdout.read()
    proc.stdout.close()
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL and "encrypted" not in out
    assert state_of(db) is FileState.PLAIN  # converted last: the store is as it was

    _admin("db", "encrypt", profile=profile_dir)
    assert all(state_of(p) is FileState.OPAQUE for p in _database_files(profile_dir))
    assert _leftovers(profile_dir) == [] and _in_clear(profile_dir) == []
    check = run_cli("db", "check", profile=profile_dir)
    assert check.returncode == 0 and check.stderr == "", check.stderr


def test_the_start_removes_converting_files_a_killed_run_left(profile_dir, tmp_path):
    _admin("db", "backup", profile=profile_dir)
    data = profile_dir / "data"
    (data / "training" / "backups").mkdir(parents=True)
    left = [
        data / "agent_desk.db.converting",
        data / "backups" / "agent_desk-20260101T000000000000Z-manual.db.converting",
        data / "backups" / "agent_desk-20260101T000000000000Z-manual.db.converting-journal",
        data / "training" / "backups" / "agent_desk-20260101T000000000000Z-daily.db.converting",
    ]
    for path in left:
        path.write_bytes(os.urandom(4096))
    app = AppProcess(profile_dir)
    try:
        app.wait_for_log("removed 4 files left by an interrupted conversion", timeout=60)
    finally:
        app.stop()
    assert _leftovers(profile_dir) == []
    assert run_cli("db", "check", profile=profile_dir).returncode == 0
