"""Times the desk shows in passing (the phone's link, a locked account) are on the branch's
clock from policy, as every other time is (README, "One clock"), not the PC's zone: a desk PC
set to UTC showed "connected since 00:30" for 08:30 in Beijing."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from agent_desk.calls.events import PhoneStatus
from agent_desk.ui.phone_status import PhoneStatusLabel
from agent_desk.ui.user_admin import UsersDialog

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def pc_in_new_york():
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_the_phone_link_time_is_on_the_branch_clock(qtbot, pc_in_new_york):
    label = PhoneStatusLabel("baresip", zone=SHANGHAI)
    qtbot.addWidget(label)
    label.show_status(PhoneStatus("baresip", True, datetime(2026, 12, 2, 0, 30, tzinfo=UTC)))
    assert "08:30" in label.toolTip()


def test_a_locked_account_is_locked_until_a_branch_time(qtbot, services, pc_in_new_york):
    admin = services.accounts.create("0001", "管理员", "admin", "admin-pw1")
    services.accounts.create("1001", "王小明", "agent", "password1")
    for _ in range(5):
        with pytest.raises(Exception):  # noqa: B017 - wrong passwords until the lockout
            services.accounts.login("1001", "wrong-password")
    [info] = [a for a in services.accounts.list() if a.agent_no == "1001"]
    assert info.locked_until is not None
    dialog = UsersDialog(services.accounts, admin, services.clock.now, None, SHANGHAI)
    qtbot.addWidget(dialog)
    expected = info.locked_until.astimezone(SHANGHAI).strftime("%H:%M")
    assert expected != info.locked_until.astimezone().strftime("%H:%M")
    texts = [
        dialog.table.item(r, c).text()
        for r in range(dialog.table.rowCount())
        for c in range(dialog.table.columnCount())
        if dialog.table.item(r, c) is not None
    ]
    assert any(expected in t for t in texts), texts
    assert timedelta(0) < info.locked_until - services.clock.now() <= timedelta(minutes=5)
