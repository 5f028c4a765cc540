"""The real app, started by an agent with a callback already due, reminds them at once."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from agent_desk.clock import SystemClock
from agent_desk.paths import Profile
from agent_desk.services import Services
from tests.integration.app_process import start_logged_in


@pytest.fixture
def desk_with_due_callback(desk: Path) -> Path:
    clock = SystemClock()
    services = Services.open(Profile.at(desk), clock)
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
    return desk


def test_agent_logging_in_with_a_due_callback_is_reminded(desk_with_due_callback, tmp_path):
    app = start_logged_in(desk_with_due_callback, tmp_path)
    try:
        text = app.wait_for_log("callback reminder shown", timeout=30)
        assert "Traceback" not in text
    finally:
        app.stop()
