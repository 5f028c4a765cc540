"""Who may do what from the command line of a shared desk PC: real processes, a real profile.

Each test starts from what issue 11 found: commands that changed accounts, settings or the
archive without any login.
"""

from __future__ import annotations

import pytest

from tests import dbaccess
from tests.conftest import ADMIN_NO, ADMIN_PASSWORD, run_as_admin, run_cli

pytestmark = pytest.mark.integration

NEEDS_ADMIN = "needs an administrator: --as AGENT_NO, password on standard input"
SET_CODE = ("config", "set", "branch.code", "XX")


@pytest.fixture
def desk(profile_dir):
    """A desk set up by branch IT: the administrator, supervisor 8001 and agent 1001 (made
    in-process: the `user add` command itself is tested in test_cli.py)."""
    from agent_desk.paths import Profile
    from agent_desk.services import Services

    services = Services.open(Profile.at(profile_dir).ensure())
    try:
        for no, role, password in (
            (ADMIN_NO, "admin", ADMIN_PASSWORD),
            ("8001", "supervisor", "boss-pw-1"),
            ("1001", "agent", "pw-1001"),
        ):
            services.accounts.create(no, "x", role, password)
    finally:
        services.close()
    return profile_dir


def _rows(profile, sql: str) -> list[tuple]:
    con = dbaccess.connect(profile / "data" / "agent_desk.db")
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _refused(done, says: str = NEEDS_ADMIN) -> None:
    assert done.returncode == 4, done.stdout + done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert says in done.stderr
    assert "Traceback" not in done.stderr


def test_no_one_makes_themselves_an_administrator_without_logging_in(desk):
    done = run_cli(
        *("user", "add", "--agent-no", "6666", "--name", "x", "--role", "admin"),
        "--password-stdin",
        profile=desk,
        stdin="Sneaky-pw-1\n",
    )
    _refused(done, "user add " + NEEDS_ADMIN)
    assert _rows(desk, "SELECT count(*) FROM agents WHERE agent_no = '6666'") == [(0,)]
    refused = _rows(desk, "SELECT actor, action, target, detail FROM audit_events ORDER BY id")[-1]
    assert refused == ("", "permission.refused", "cli user add", "no --as")


def test_no_one_resets_a_supervisors_password_or_lockout_without_logging_in(desk):
    report = ("report", "--share", str(desk), "--from", "2026-11-01", "--to", "2026-11-02")
    for _ in range(5):  # the supervisor's account is locked by wrong tries
        run_cli(*report, "--out", str(desk / "r.csv"), "--as", "8001", profile=desk, stdin="x\n")
    state = "SELECT locked_until, password_hash FROM agents WHERE agent_no = '8001'"
    locked_before = _rows(desk, state)
    assert locked_before[0][0] is not None
    passwd = ("user", "passwd", "--agent-no", "8001", "--password-stdin")
    done = run_cli(*passwd, profile=desk, stdin="Taken-over-1\n")
    _refused(done, "--as AGENT_NO, password on standard input")
    assert _rows(desk, state) == locked_before
    # An agent may not either.
    done = run_cli(*passwd, "--as", "1001", profile=desk, stdin="pw-1001\nTaken-over-1\n")
    _refused(done, NEEDS_ADMIN)
    assert _rows(desk, state) == locked_before


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("config", "set", "branch.code", "XX"), "config set " + NEEDS_ADMIN),
        (("archive",), "archive needs a supervisor or an administrator"),
        (("shift", "close", "--last", "--agent", "1001"), "shift close needs an account"),
    ],
)
def test_settings_archive_and_closing_a_shift_need_a_login(desk, args, says):
    _refused(run_cli(*args, profile=desk), says)


def test_an_agent_may_not_close_another_agents_shift_and_the_try_is_audited(desk):
    close = ("shift", "close", "--last", "--agent", "8001", "--as", "1001")
    done = run_cli(*close, profile=desk, stdin="pw-1001\n")
    _refused(done, "needs a supervisor or an administrator")
    actor, action, target = _rows(desk, "SELECT actor, action, target FROM audit_events")[-1]
    assert (actor, action, target) == ("1001", "permission.refused", "shift.close 8001")


def test_wrong_passwords_on_the_command_line_count_towards_the_lockout(desk):
    for _ in range(5):
        done = run_cli(*SET_CODE, "--as", ADMIN_NO, profile=desk, stdin="wrong-pw\n")
        assert done.returncode == 4
    _refused(run_as_admin(*SET_CODE, profile=desk), "locked")
    actions = [a for (a,) in _rows(desk, "SELECT action FROM audit_events WHERE actor = '0001'")]
    assert actions[-6:] == ["login.failed"] * 4 + ["login.lockout", "login.refused_locked"]


def test_an_administrator_changes_settings_and_it_is_audited(desk):
    done = run_as_admin("config", "set", "branch.code", "SH01", profile=desk)
    assert done.returncode == 0, done.stderr
    assert _rows(desk, "SELECT actor, action, detail FROM audit_events")[-1] == (
        ADMIN_NO,
        "config.set",
        "branch.code=SH01",
    )


def test_a_reset_password_must_be_changed_before_anything_else(desk):
    passwd = ("user", "passwd", "--agent-no", "1001", "--password-stdin")
    reset = run_as_admin(*passwd, profile=desk, stdin="Temp-pw-1\n")
    assert reset.returncode == 0, reset.stderr
    done = run_cli("shift", "summary", "--last", "--as", "1001", profile=desk, stdin="Temp-pw-1\n")
    _refused(done, "1001 must change its password first")
    changed = run_cli(*passwd, "--as", "1001", profile=desk, stdin="Temp-pw-1\nMine-now-1\n")
    assert changed.returncode == 0, changed.stderr
    done = run_cli("shift", "summary", "--last", "--as", "1001", profile=desk, stdin="Mine-now-1\n")
    assert done.returncode == 2 and "no shift yet" in done.stderr  # past the login


def test_disable_enable_and_roles_from_the_command_line(desk):
    assert run_as_admin("user", "disable", "--agent-no", "1001", profile=desk).returncode == 0
    done = run_cli("shift", "summary", "--last", "--as", "1001", profile=desk, stdin="pw-1001\n")
    _refused(done, "disabled")
    assert run_as_admin("user", "enable", "--agent-no", "1001", profile=desk).returncode == 0
    role = ("user", "role", "--agent-no", "1001", "--role", "supervisor")
    assert run_as_admin(*role, profile=desk).returncode == 0
    listed = run_as_admin("user", "list", profile=desk).stdout
    assert "1001\tx\tsupervisor\tactive" in listed


def test_audit_verify_names_the_first_changed_row_and_exits_1(desk):
    assert run_cli("audit", "verify", profile=desk).returncode == 0
    con = dbaccess.connect(desk / "data" / "agent_desk.db")
    try:  # someone with the file: drops the trigger and rewrites who did it
        con.execute("DROP TRIGGER audit_events_no_update")
        con.execute("UPDATE audit_events SET actor = '9999' WHERE id = 3")
        con.commit()
    finally:
        con.close()
    done = run_cli("audit", "verify", profile=desk)
    assert done.returncode == 1
    assert done.stderr.strip().startswith("agent-desk: audit row 3 (")
    assert "changed" in done.stderr


def test_a_rewritten_log_fails_audit_verify_against_the_anchors_on_the_share(desk, tmp_path):
    """The review's attack end to end: the log rewritten by someone with the key who put the
    triggers back, and 1001 made an administrator; the anchor the shift close sent to the
    share does not match any more, nor does 1001's role."""
    from agent_desk.paths import Profile
    from agent_desk.services import Services
    from tests.unit.test_audit_anchors import _rewrite_failed_logins, _with_the_triggers_put_back

    services = Services.open(Profile.at(desk))
    try:
        services.shifts.start(services.accounts.get("1001"))
    finally:
        services.close()
    share = tmp_path / "share"
    share.mkdir()
    assert run_as_admin("config", "set", "share.location", str(share), profile=desk).returncode == 0
    assert run_cli("user", "list", "--as", "1001", profile=desk, stdin="wrong\n").returncode == 4
    closed = run_cli("shift", "close", "--last", "--as", "1001", profile=desk, stdin="pw-1001\n")
    assert closed.returncode == 0, closed.stderr
    assert run_cli("sync", profile=desk).returncode == 0
    ok = run_cli("audit", "verify", "--anchors", str(share / "audit"), profile=desk)
    assert ok.returncode == 0, ok.stderr
    assert "matches 2 anchors" in ok.stdout  # the outbox's record and the share's copy

    services = Services.open(Profile.at(desk))
    try:

        def attack(con) -> None:
            _rewrite_failed_logins(con)
            con.execute("DELETE FROM outbox WHERE kind = 'audit_anchor'")
            con.execute("UPDATE agents SET role = 'admin' WHERE agent_no = '1001'")

        _with_the_triggers_put_back(services, attack)
    finally:
        services.close()
    done = run_cli("audit", "verify", "--anchors", str(share / "audit"), profile=desk)
    assert done.returncode == 1
    assert "account 1001 is admin in the accounts table" in done.stderr
    assert "does not match audit row" in done.stderr
    assert "Traceback" not in done.stderr


def test_audit_list_is_for_administrators_and_masks_numbers(desk):
    from agent_desk.paths import Profile
    from agent_desk.services import Services

    services = Services.open(Profile.at(desk))
    try:
        services.audit.record("1001", "customer.export", "c-1", "来电 13800138000")
    finally:
        services.close()
    by_supervisor = run_cli("audit", "list", "--as", "8001", profile=desk, stdin="boss-pw-1\n")
    _refused(by_supervisor, "audit list " + NEEDS_ADMIN)
    listed = run_as_admin("audit", "list", "--since", "2000-01-01", profile=desk)
    assert listed.returncode == 0, listed.stderr
    assert "138****8000" in listed.stdout and "13800138000" not in listed.stdout
    assert "\t1001\tcustomer.export\tc-1\t" in listed.stdout


def test_a_new_profile_needs_no_login_and_its_first_account_is_an_administrator(profile_dir):
    agent = ("user", "add", "--agent-no", "1001", "--name", "x", "--password-stdin")
    done = run_cli(*agent, profile=profile_dir, stdin="Agent-pw-1\n")
    assert done.returncode == 2 and "must be an administrator" in done.stderr
    assert run_cli("config", "set", "branch.code", "SH01", profile=profile_dir).returncode == 0
    first = ("user", "add", "--agent-no", ADMIN_NO, "--name", "x", "--role", "admin")
    done = run_cli(*first, "--password-stdin", profile=profile_dir, stdin=f"{ADMIN_PASSWORD}\n")
    assert done.returncode == 0, done.stderr
    _refused(run_cli("config", "set", "branch.code", "SH02", profile=profile_dir))


def test_a_damaged_database_is_restored_by_an_administrator_of_the_backup(desk, tmp_path):
    backup = tmp_path / "good.db"
    assert run_as_admin("db", "backup", str(backup), profile=desk).returncode == 0
    db = desk / "data" / "agent_desk.db"
    data = bytearray(db.read_bytes())
    data[4096:8192] = b"\x00\xff" * 2048
    db.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    # A damaged file is no "new profile": nothing runs without an account.
    _refused(run_cli("db", "restore", str(backup), profile=desk), "db restore " + NEEDS_ADMIN)
    _refused(run_cli("db", "backup", str(tmp_path / "x.db"), profile=desk))
    done = run_cli("db", "restore", str(backup), "--as", "1001", profile=desk, stdin="pw-1001\n")
    _refused(done, "db restore " + NEEDS_ADMIN)
    done = run_as_admin("db", "restore", str(backup), profile=desk)
    assert done.returncode == 0, done.stderr
    assert _rows(desk, "SELECT actor, action FROM audit_events")[-1] == (ADMIN_NO, "db.restore")


def test_a_crafted_as_cannot_plant_a_line_in_audit_list(desk):
    """`printf 'x\\n' | config list --as $'0001\\tlogin.ok\\n99'` showed a line that looked
    like a successful administrator login."""
    done = run_cli("config", "list", "--as", "0001\tlogin.ok\n99", profile=desk, stdin="x\n")
    assert done.returncode == 4
    listed = run_as_admin("audit", "list", profile=desk)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    rows = _rows(desk, "SELECT count(*) FROM audit_events")[0][0]
    assert len(lines) == rows - 1  # every row one line (the listing's own row comes after)
    for line in lines:
        fields = line.split("\t")
        assert len(fields) == 6 and fields[0].isdigit(), line
    crafted = next(line for line in lines if "\\t" in line)
    assert crafted.split("\t")[2:4] == ['"0001\\tlogin.ok\\', "login.unknown"]


def test_new_accounts_take_ascii_digits_and_choose_their_own_password(desk):
    for look_alike in ("１００２", "a1002"):
        done = run_as_admin(
            *("user", "add", "--agent-no", look_alike, "--name", "x", "--password-stdin"),
            profile=desk,
            stdin="Agent-pw-2\n",
        )
        assert done.returncode == 2
        assert "an agent number is 1 to 16 digits 0-9" in done.stderr
    made = run_as_admin(
        *("user", "add", "--agent-no", "1002", "--name", "x", "--password-stdin"),
        profile=desk,
        stdin="Agent-pw-2\n",
    )
    assert made.returncode == 0, made.stderr
    assert "1002 chooses a new password at the first login" in made.stdout
    done = run_cli("config", "list", "--as", "1002", profile=desk, stdin="Agent-pw-2\n")
    _refused(done, "1002 must change its password first")
    passwd = ("user", "passwd", "--agent-no", "1002", "--password-stdin", "--as", "1002")
    assert run_cli(*passwd, profile=desk, stdin="Agent-pw-2\nMy-own-pw-2\n").returncode == 0
    done = run_cli("config", "list", "--as", "1002", profile=desk, stdin="My-own-pw-2\n")
    assert done.returncode == 0, done.stderr
