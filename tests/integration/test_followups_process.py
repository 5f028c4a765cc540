"""The real app, started by an agent with a callback already due, reminds them at once."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from agent_desk.clock import SystemClock
from agent_desk.paths import Profile
from agent_desk.services import Services
from tests.conftest import run_cli
from tests.integration.app_process import AppProcess


def login_file(tmp_path: Path, agent_no: str, password: str) -> Path:
    path = tmp_path / "autologin"
    path.touch(mode=0o600)  # private before the password is written
    path.write_text(f"{agent_no}\n{password}\n", encoding="utf-8")
    return path


@pytest.fixture
def desk_with_due_callback(profile_dir: Path) -> Path:
    added = run_cli(
        "user",
        "add",
        "--agent-no",
        "1001",
        "--name",
        "王小明",
        "--password-stdin",
        profile=profile_dir,
        stdin="agent-pw-1\n",
    )
    assert added.returncode == 0, added.stderr
    clock = SystemClock()
    services = Services.open(Profile.at(profile_dir), clock)
    try:
        agent = services.accounts.get("1001")
        case = services.cases.open_case(
            "complaint", actor=agent, matter="宽带断网", contact="13812341234"
        )
        services.callbacks.schedule(
            actor=agent, due_at=clock.now() - timedelta(minutes=1), purpose="回访", case_id=case.id
        )
    finally:
        services.close()
    return profile_dir


def test_agent_logging_in_with_a_due_callback_is_reminded(desk_with_due_callback, tmp_path):
    app = AppProcess(
        desk_with_due_callback,
        "--lang",
        "zh_CN",
        env={"AGENT_DESK_AUTOLOGIN_FILE": str(login_file(tmp_path, "1001", "agent-pw-1"))},
    )
    try:
        app.wait_for_log("main window shown for agent 1001", timeout=60)
        text = app.wait_for_log("callback reminder shown", timeout=30)
        assert "Traceback" not in text
    finally:
        app.stop()
