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
    assert "already has customers" in again.stderr
