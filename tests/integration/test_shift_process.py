"""The real app: logging in opens a shift, the desk phone moves the agent to "on a call" and
wrap-up, a kill -9 and restart continue the same shift, and branch IT closes it headlessly."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import dbaccess
from tests.conftest import run_as_admin, run_cli
from tests.integration.test_call_process import start

pytestmark = pytest.mark.integration


def rows(desk: Path, sql: str) -> list[tuple]:
    con = dbaccess.connect(desk / "data" / "agent_desk.db")
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_the_shift_follows_login_calls_a_crash_and_is_closed_by_branch_it(desk, tmp_path):
    app = start(desk, tmp_path)
    try:
        app.wait_for_log("started for agent 1001")
        assert (
            run_cli("ring", "--caller", "13800138000", "--call-id", "c1", profile=desk).returncode
            == 0
        )
        app.wait_for_log("ring received")
        assert run_cli("answer", "--call-id", "c1", profile=desk).returncode == 0
        app.wait_for_log("call answered")
        assert run_cli("hangup", "--call-id", "c1", profile=desk).returncode == 0
        app.wait_for_log("ended")
    finally:
        app.kill()
    states = [r[0] for r in rows(desk, "SELECT state FROM status_periods ORDER BY id")]
    assert states[:3] == ["available", "on_call", "wrap_up"]

    again = start(desk, tmp_path)
    try:
        again.wait_for_log("resumed for agent 1001")
    finally:
        again.stop()
    assert rows(desk, "SELECT count(*), min(status) FROM shifts") == [(1, "open")]

    closed = run_as_admin("shift", "close", "--last", profile=desk)
    assert closed.returncode == 0, closed.stderr
    assert rows(desk, "SELECT status FROM shifts") == [("closed",)]
    queued = rows(desk, "SELECT kind FROM outbox WHERE shift_id IS NOT NULL ORDER BY id")
    assert [k for (k,) in queued] == ["summary_json", "report_html", "report_pdf", "calls_csv"]
    assert rows(desk, "SELECT count(*) FROM calls WHERE shift_id IS NULL") == [(0,)]
