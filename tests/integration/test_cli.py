"""The command line as branch IT uses it: real processes, real profile folders."""

from __future__ import annotations

import pytest

from tests import dbaccess
from tests.conftest import run_as_admin, run_cli

pytestmark = pytest.mark.integration


def test_version_prints_the_name_and_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip().startswith("agent-desk 0.")


def test_db_check_creates_and_migrates_a_fresh_profile(profile_dir):
    result = run_cli("db", "check", profile=profile_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "ok"
    assert (profile_dir / "data" / "agent_desk.db").exists()


def test_db_check_fails_on_a_damaged_database(profile_dir):
    assert run_cli("db", "check", profile=profile_dir).returncode == 0
    db = profile_dir / "data" / "agent_desk.db"
    data = bytearray(db.read_bytes())
    data[4096:8192] = b"\x00\xff" * 2048  # scribble over a page of the schema
    db.write_bytes(bytes(data))
    result = run_cli("db", "check", profile=profile_dir)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    # Branch IT must read that the check itself failed, not some other trouble.
    assert "integrity check failed" in result.stderr and not result.stdout.startswith("ok")


def test_db_backup_writes_a_consistent_copy(profile_dir, tmp_path):
    added = run_as_admin(
        *("user", "add", "--agent-no", "1001", "--name", "王小明", "--password-stdin"),
        profile=profile_dir,
        stdin="password1\n",
    )
    assert added.returncode == 0, added.stderr
    target = tmp_path / "copy.db"
    result = run_as_admin("db", "backup", str(target), profile=profile_dir)
    assert result.returncode == 0, result.stderr
    key = dbaccess.key_of(profile_dir / "data" / "agent_desk.db")  # encrypted like the store
    assert key is not None and b"SQLite format 3" not in target.read_bytes()[:16]
    with dbaccess.connect(target, key) as con:
        names = con.execute("SELECT name FROM agents ORDER BY agent_no").fetchall()
    assert names == [("管理员",), ("王小明",)]


def test_users_are_added_and_listed_without_the_password_anywhere(profile_dir):
    added = run_as_admin(
        *("user", "add", "--agent-no", "8001", "--name", "陈主管", "--role", "supervisor"),
        "--password-stdin",
        profile=profile_dir,
        stdin="very-secret\n",
    )
    assert added.returncode == 0, added.stderr
    listed = run_as_admin("user", "list", profile=profile_dir)
    assert "8001\t陈主管\tsupervisor\tactive" in listed.stdout
    for folder in ("config", "logs"):
        for path in (profile_dir / folder).rglob("*"):
            if path.is_file():
                assert "very-secret" not in path.read_text(encoding="utf-8", errors="replace")


def test_a_short_password_is_one_clear_line_and_a_non_zero_exit(profile_dir):
    result = run_cli(
        "user",
        "add",
        "--agent-no",
        "1001",
        "--name",
        "王小明",
        "--role",
        "admin",
        "--password-stdin",
        profile=profile_dir,
        stdin="abc\n",
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == "agent-desk: password: a password needs at least 6 characters"


def test_config_set_and_get_for_branch_it_scripts(profile_dir):
    assert run_cli("config", "set", "branch.code", "SH01", profile=profile_dir).returncode == 0
    assert (
        run_cli("config", "set", "ring.seconds_per_ring", "4", profile=profile_dir).returncode == 0
    )
    assert run_cli("config", "get", "branch.code", profile=profile_dir).stdout.strip() == "SH01"
    assert run_cli("config", "get", "ring.rings", profile=profile_dir).stdout.strip() == "3"
    text = (profile_dir / "config" / "config.toml").read_text(encoding="utf-8")
    assert 'code = "SH01"' in text


def test_config_set_refuses_what_would_break_the_desk_and_the_file_stays_readable(profile_dir):
    """The review: `nan` passed every bound and then every ring failed; a carriage return
    in branch.name wrote a config.toml that no command, not even `config set`, could read."""
    for key, value, says in (
        ("ring.seconds_per_ring", "nan", "ring.seconds_per_ring must be a finite number"),
        ("policy.targets.within_rule_rate", "inf", "must be a finite number"),
        ("branch.name", "Shanghai\rEast", "control characters (U+000D found)"),
        ("share.location", "smb://svc:hunter2@[fs01/share", "must not contain a password"),
    ):
        done = run_as_admin("config", "set", key, value, profile=profile_dir)
        assert done.returncode == 2, (key, done.stdout, done.stderr)
        assert says in done.stderr and len(done.stderr.splitlines()) == 1
        assert "hunter2" not in done.stderr
    named = run_as_admin("config", "set", "branch.name", "上海 东区", profile=profile_dir)
    assert named.returncode == 0
    got = run_as_admin("config", "get", "branch.name", profile=profile_dir)
    assert got.returncode == 0 and got.stdout.strip() == "上海 东区"


def test_config_get_and_list_show_the_values_in_force(profile_dir):
    done = run_as_admin(
        "config", "set", "policy.accounts.lockout_minutes", "10", profile=profile_dir
    )
    assert done.returncode == 0, done.stderr
    get = run_as_admin("config", "get", "policy.accounts.max_failed_logins", profile=profile_dir)
    assert (get.returncode, get.stdout.strip()) == (0, "5")
    unknown = run_as_admin("config", "get", "policy.nosuch.key", profile=profile_dir)
    assert unknown.returncode == 2 and "unknown policy value" in unknown.stderr
    listed = run_as_admin("config", "list", profile=profile_dir).stdout.splitlines()
    assert "policy.accounts.lockout_minutes = 10  (config.toml)" in listed
    assert "policy.accounts.max_failed_logins = 5  (policy.toml)" in listed
    assert "ring.rings = 3  (default)" in listed


def test_config_refuses_a_password_key(profile_dir):
    result = run_cli("config", "set", "share.password", "x", profile=profile_dir)
    assert result.returncode != 0
    assert "keyring" in result.stderr


def test_the_profile_can_come_from_the_environment(profile_dir):
    result = run_cli("db", "check", env={"AGENT_DESK_PROFILE": str(profile_dir)})
    assert result.returncode == 0
    assert (profile_dir / "data" / "agent_desk.db").exists()


def test_selftest_saves_a_screenshot_of_the_window(profile_dir, tmp_path):
    shot = tmp_path / "shot.png"
    result = run_cli("--lang", "zh_CN", "selftest", "--screenshot", str(shot), profile=profile_dir)
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert not image.isNull()
    assert image.width() >= 800 and image.height() >= 600


def test_config_refuses_a_key_branch_it_locked_and_lists_where_values_come_from(
    profile_dir, no_branch_file
):
    no_branch_file.write_text(
        'locked = ["share.location"]\n\n[branch]\nname = "上海一分部"\n\n'
        '[share]\nlocation = "/srv/share"\n',
        encoding="utf-8",
    )
    refused = run_cli("config", "set", "share.location", "/tmp/x", profile=profile_dir)
    assert refused.returncode == 2
    assert refused.stderr == (
        f"agent-desk: share.location is locked by branch IT in {no_branch_file}; "
        "ask branch IT to change it there\n"
    )
    assert run_cli("config", "get", "share.location", profile=profile_dir).stdout == "/srv/share\n"
    assert run_cli("config", "set", "branch.code", "SH01", profile=profile_dir).returncode == 0
    listed = run_cli("config", "list", profile=profile_dir).stdout.splitlines()
    assert f"share.location = /srv/share  (locked by branch IT: {no_branch_file})" in listed
    assert f"branch.name = 上海一分部  (branch IT: {no_branch_file})" in listed
    assert "branch.code = SH01  (config.toml)" in listed
    assert "ring.rings = 3  (default)" in listed
