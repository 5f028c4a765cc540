"""`agent-desk demo` as branch IT or a trainer runs it: a filled profile, summaries queued."""

from __future__ import annotations

from tests import dbaccess
from tests.conftest import run_as_admin, run_cli


def test_demo_fills_a_profile_and_queues_every_past_shifts_summary(tmp_path):
    profile = tmp_path / "demo"
    args = ("demo", "--customers", "60", "--calls", "240", "--seed", "2", "--until", "2026-11-20")
    done = run_cli(*args, "--quiet", profile=profile, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "60 customers" in done.stdout and "240 calls" in done.stdout
    assert "demo-1001" in done.stdout  # the demo password is printed once, for the trainer
    assert "closed through ShiftService" in done.stdout
    con = dbaccess.connect(profile / "data" / "agent_desk.db")
    try:
        kinds = {row[0] for row in con.execute("SELECT kind FROM outbox")}
        open_shifts = con.execute("SELECT count(*) FROM shifts WHERE status = 'open'").fetchone()
        shifts, summarised = con.execute(
            "SELECT count(*), count(summary_json) FROM shifts"
        ).fetchone()
        queued = con.execute("SELECT count(*) FROM outbox WHERE kind = 'summary_json'").fetchone()[
            0
        ]
    finally:
        con.close()
    assert "summary_json" in kinds
    assert open_shifts == (0,)
    # A small demo closes every past shift the real way: each one's summary waits in the outbox.
    assert shifts > 1
    assert summarised == queued == shifts

    # The demo made accounts (with a printed password): a second run needs an administrator.
    again = run_cli(*args, profile=profile, timeout=120)
    assert again.returncode == 4
    assert again.stderr.strip().count("\n") == 0  # one line, no traceback
    assert "demo needs an administrator" in again.stderr
    # An administrator (made as at first start: none exists yet) is told the profile is full.
    again = run_as_admin(*args, profile=profile, timeout=120)
    assert again.returncode == 2
    # Review 13 #11: it named the temporary twin (…db.demo-fill) and blamed the customers
    assert "account(s)" in again.stderr and "demo-fill" not in again.stderr
    assert str(profile / "data" / "agent_desk.db") in again.stderr


def test_demo_files_its_shifts_under_the_profiles_branch_code(tmp_path):
    profile = tmp_path / "bj"
    assert run_cli("config", "set", "branch.code", "BJ01", profile=profile).returncode == 0
    assert run_cli("config", "set", "desk.code", "desk-07", profile=profile).returncode == 0
    args = ("demo", "--customers", "40", "--calls", "120", "--seed", "3", "--until", "2026-11-20")
    done = run_cli(*args, "--quiet", profile=profile, timeout=120)
    assert done.returncode == 0, done.stderr
    con = dbaccess.connect(profile / "data" / "agent_desk.db")
    try:
        paths = [row[0] for row in con.execute("SELECT relative_path FROM outbox")]
        branches = {row[0] for row in con.execute("SELECT branch_code FROM shifts")}
    finally:
        con.close()
    assert branches == {"BJ01"}  # not DEMO: the profile says which branch it is
    shift_files = [p for p in paths if not p.startswith(("archive/", "audit/", "kb/"))]
    assert shift_files and all(p.startswith("BJ01/") and "_desk-07_" in p for p in shift_files)
    assert all(
        p.startswith("archive/BJ01/") and "/desk-07/" in p
        for p in paths
        if p.startswith("archive/")
    )
    # the audit log's anchors (issue 11) name the branch and the desk the same way
    assert all(p.startswith("audit/BJ01/desk-07/") for p in paths if p.startswith("audit/"))
    # the demo's proposed articles go to the supervisors of its branch (issue 14)
    assert all(p.startswith("kb/proposals/BJ01/") for p in paths if p.startswith("kb/"))


def test_demo_refuses_a_profile_that_already_has_accounts_with_a_message(tmp_path):
    from tests.integration.app_process import add_agent

    profile = tmp_path / "used"
    add_agent(profile, agent_no="1001")
    args = ("demo", "--customers", "40", "--calls", "120", "--seed", "3", "--until", "2026-11-20")
    refused = run_cli(*args, "--quiet", profile=profile, timeout=120)
    assert refused.returncode == 4 and "demo needs an administrator" in refused.stderr
    done = run_as_admin(*args, "--quiet", profile=profile, timeout=120)
    assert done.returncode == 2
    # The administrator branch IT made first, and agent 1001.
    assert "already has 2 account(s)" in done.stderr and "new, empty profile" in done.stderr
    assert "IntegrityError" not in done.stderr and "unexpected" not in done.stderr
    assert done.stderr.strip().count("\n") == 0


def test_demo_on_a_fresh_profile_files_under_the_branch_code_config_shows(tmp_path):
    """Review 13 #8: `config list` said BR001 but the demo filed every shift under DEMO, so the
    profile's later real shifts (BR001) made the same agents two people."""
    profile = tmp_path / "fresh"
    shown = run_cli("config", "get", "branch.code", profile=profile)
    assert shown.returncode == 0, shown.stderr
    branch = shown.stdout.strip().split()[-1]
    args = ("demo", "--customers", "30", "--calls", "60", "--seed", "4", "--until", "2026-11-20")
    done = run_cli(*args, "--quiet", profile=profile, timeout=120)
    assert done.returncode == 0, done.stderr
    con = dbaccess.connect(profile / "data" / "agent_desk.db")
    try:
        branches = {row[0] for row in con.execute("SELECT branch_code FROM shifts")}
    finally:
        con.close()
    assert branches == {branch} == {"BR001"}


def test_demo_refuses_sizes_and_days_it_cannot_make_before_writing_anything(tmp_path):
    """Review 12c: --customers 99999999999999 grew to 8.8 GB, a huge --calls ended in an
    IndexError, --until 2099-01-01 queued shifts from the future, --until 0001-01-01 ended in
    an OverflowError, --close-days -1 closed 12 of 15 shifts; a refusal left the plain twin
    (demo phone numbers, unencrypted) beside the store."""
    profile = tmp_path / "demo"
    cases = [
        (("--customers", "99999999999999"), "--customers must be between 1 and 10,000,000"),
        (("--customers", "0"), "--customers must be between 1"),
        (("--calls", "10000000000"), "--calls must be between 0 and 50,000,000"),
        (("--close-days", "-1"), "--close-days must be between 0 and 366"),
        (("--until", "2099-01-01"), "--until must be a day from 2000-01-01 to yesterday"),
        (("--until", "0001-01-01"), "--until must be a day from 2000-01-01 to yesterday"),
    ]
    for extra, message in cases:
        refused = run_cli("demo", "--customers", "40", *extra, "--quiet", profile=profile)
        assert refused.returncode == 2, (extra, refused.stderr)
        assert message in refused.stderr, (extra, refused.stderr)
        assert "Error" not in refused.stderr and refused.stderr.strip().count("\n") == 0
        assert not list(profile.rglob("*.demo-fill*")), extra
    # nothing was made: the demo still fills this profile
    done = run_cli("demo", "--customers", "40", "--calls", "120", "--quiet", profile=profile)
    assert done.returncode == 0, done.stderr
