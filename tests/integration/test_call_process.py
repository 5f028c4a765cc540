"""The real app in its own process: a softphone rings it over the CTI channel, the agent
answers, fills and saves the record, and the call is in the store with its answer delay.
And after a kill -9 with a half-filled form, the draft is offered on restart."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from tests import dbaccess
from tests.conftest import REPO, run_cli
from tests.integration.app_process import AppProcess, login_file, start_logged_in

pytestmark = pytest.mark.integration

HOOK = (
    "import json, sys\n"
    "from agent_desk.paths import Profile\n"
    "from agent_desk.ui.single_instance import send_message\n"
    "reply = send_message(Profile.at(sys.argv[1]), json.loads(sys.argv[2]))\n"
    "print(json.dumps(reply, ensure_ascii=False))\n"
)


def hook(profile: Path, message: dict) -> dict:
    """Talk to the app's test hooks from another process, like the CTI commands do."""
    out = subprocess.run(
        [sys.executable, "-c", HOOK, str(profile), json.dumps(message, ensure_ascii=False)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=30,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    return json.loads(out.stdout)


def start(desk: Path, tmp_path: Path) -> AppProcess:
    return start_logged_in(desk, tmp_path, hooks=True)


def stored_call(desk: Path) -> dict:
    con = dbaccess.connect(desk / "data" / "agent_desk.db")
    try:
        cursor = con.execute("SELECT * FROM calls")
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, r, strict=True)) for r in cursor]
    finally:
        con.close()
    assert len(rows) == 1
    return rows[0]


def test_softphone_rings_agent_answers_and_the_saved_record_is_in_the_store(desk, tmp_path):
    app = start(desk, tmp_path)
    try:
        rung = run_cli("ring", "--caller", "+86 138-0013-8000", "--call-id", "sip-42", profile=desk)
        assert rung.returncode == 0, rung.stderr
        app.wait_for_log("ring received")
        state = hook(desk, {"cmd": "test.state"})
        assert state["stage"] == "ringing"
        assert "第 1 声" in state["banner"]
        time.sleep(0.3)
        answered = run_cli("answer", "--call-id", "sip-42", profile=desk)
        assert answered.returncode == 0, answered.stderr
        app.wait_for_log("call answered")
        state = hook(desk, {"cmd": "test.state"})
        assert state["greeting"] == "您好，1001号为您服务，请问有什么可以帮您？"
        record = {
            "category": "inquiry",
            "subject": "宽带资费",
            "question": "包月多少钱",
            "answer": "99 元",
            "resolution": "resolved",
            "satisfaction": 5,
            "greeting_given": True,
            "signoff_given": True,
        }
        assert hook(desk, {"cmd": "test.fill", "record": record})["ok"]
        assert run_cli("hangup", "--call-id", "sip-42", profile=desk).returncode == 0
        saved = hook(desk, {"cmd": "test.save"})
        assert saved["ok"], saved
        app.wait_for_log("call saved")
    finally:
        app.stop()
    call = stored_call(desk)
    assert (call["caller_normalised"], call["cti_call_id"], call["outcome"]) == (
        "13800138000",
        "sip-42",
        "answered",
    )
    assert (call["category"], call["satisfaction"], call["greeting_given"]) == ("inquiry", 5, 1)
    rang = datetime.fromisoformat(call["ring_started_at"])
    picked_up = datetime.fromisoformat(call["answered_at"])
    wall_ms = (picked_up - rang).total_seconds() * 1000
    assert 300 <= call["answer_delay_ms"] < 15_000
    assert abs(call["answer_delay_ms"] - wall_ms) < 50  # monotonic and wall clock agree
    assert call["within_rule"] == 1
    assert call["saved_at"] is not None and call["wrapup_ended_at"] == call["saved_at"]


def test_cti_command_without_a_running_app_exits_3_with_one_line(desk):
    result = run_cli("ring", "--caller", "13800138000", profile=desk)
    assert result.returncode == 3
    assert result.stderr.count("\n") == 1
    assert "not running" in result.stderr


def test_kill_during_a_half_filled_form_offers_the_draft_on_restart(desk, tmp_path):
    app = start(desk, tmp_path)
    try:
        assert run_cli("ring", "--caller", "010-6552 9988", profile=desk).returncode == 0
        app.wait_for_log("ring received")
        assert run_cli("answer", profile=desk).returncode == 0
        app.wait_for_log("call answered")
        half = {"category": "repair", "subject": "整栋楼停电", "question": "什么时候来电"}
        assert hook(desk, {"cmd": "test.fill", "record": half})["ok"]
        app.wait_for_log("call draft autosaved")
    finally:
        app.kill()
    again = start(desk, tmp_path)
    try:
        again.wait_for_log("draft offered for call")
        assert hook(desk, {"cmd": "test.state"})["restore_offered"]
        assert hook(desk, {"cmd": "test.restore"})["ok"]
        state = hook(desk, {"cmd": "test.state"})
        assert state["stage"] == "wrapup"
        assert (state["record"]["subject"], state["record"]["category"]) == ("整栋楼停电", "repair")
    finally:
        again.stop()


def test_training_mode_rings_practice_calls_that_never_reach_the_real_records(desk, tmp_path):
    app = AppProcess(
        desk,
        "--training",
        env={
            "AGENT_DESK_AUTOLOGIN_FILE": str(login_file(tmp_path, "1001", "agent-pw-1")),
            "AGENT_DESK_TEST_HOOKS": "1",
        },
    )
    try:
        app.wait_for_log("training simulator started", timeout=60)
        started = time.monotonic()
        # The README promises the first practice call 20-90 s after the start: time to settle.
        app.wait_for_log("ring received", timeout=100)
        assert time.monotonic() - started >= 19.0  # 20 s from the simulator's start, polled
        assert "(training)" in app.log_text()
        state = hook(desk, {"cmd": "test.state"})
        assert state["stage"] == "ringing"
    finally:
        app.stop()
    real = dbaccess.connect(desk / "data" / "agent_desk.db")
    practice = dbaccess.connect(desk / "data" / "training" / "agent_desk.db")
    try:
        assert real.execute("SELECT count(*) FROM calls").fetchone() == (0,)
        assert practice.execute("SELECT count(*) FROM calls").fetchone() == (1,)
    finally:
        real.close()
        practice.close()


def test_the_cti_command_stays_light_for_softphones(desk):
    """A softphone starts `agent-desk ring` on every call: no database layer is imported."""
    argv = [sys.executable, "-X", "importtime", "-m", "agent_desk", "--profile", str(desk)]
    result = subprocess.run(
        [*argv, "ring", "--caller", "13800138000"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 3
    imported = {line.split("|")[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    assert "agent_desk.ui.single_instance" in imported
    assert not {name for name in imported if name.startswith(("sqlalchemy", "alembic"))}
    assert "PySide6.QtWidgets" not in imported


def test_a_terminate_signal_saves_the_half_filled_form_before_quitting(desk, tmp_path):
    app = start(desk, tmp_path)
    try:
        assert run_cli("ring", "--caller", "010-6552 9988", profile=desk).returncode == 0
        app.wait_for_log("ring received")
        assert run_cli("answer", profile=desk).returncode == 0
        app.wait_for_log("call answered")
        typed = {"category": "repair", "subject": "电梯困人", "question": "几点能到"}
        assert hook(desk, {"cmd": "test.fill", "record": typed})["ok"]
        app.proc.terminate()  # a log-off sends SIGTERM, before the next autosave tick
        assert app.proc.wait(20) == 0
        app.wait_for_log("terminate signal: quitting cleanly")
    finally:
        app.stop()
    again = start(desk, tmp_path)
    try:
        again.wait_for_log("draft offered for call")
        assert hook(desk, {"cmd": "test.restore"})["ok"]
        state = hook(desk, {"cmd": "test.state"})
        assert (state["record"]["subject"], state["record"]["question"]) == ("电梯困人", "几点能到")
    finally:
        again.stop()
