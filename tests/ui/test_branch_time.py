"""One clock: every time is shown and reported in the branch's zone, whatever the PC's zone.

On a desk PC left on another zone, a case's card said 12-08 15:59 where the follow-up list
said 23:59, and a callback booked for 10:37 was listed at 18:37.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDateTime

from agent_desk.calls.events import RingEvent
from agent_desk.calls.service import CallRecord
from agent_desk.customers import CustomerChanges, PhoneInput
from agent_desk.ui.main_window import MainWindow
from tests.conftest import run_cli
from tests.unit.test_shift_summary import PlainRenderer

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture(params=["America/New_York", "UTC"])
def pc_zone(request) -> Iterator[str]:
    """The PC's own zone is not the branch's (as on a desk set up abroad or left on UTC)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    assert datetime(2026, 12, 8, 12, tzinfo=UTC).astimezone().utcoffset() != timedelta(hours=8)
    yield request.param
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.fixture
def window(qtbot, services, ui_settings, language, pc_zone):
    language("en")
    services.accounts.create("1001", "王小明", "agent", "password1")
    agent = services.accounts.login("1001", "password1")
    win = MainWindow(services.context, agent, ui_settings, services)
    qtbot.addWidget(win)
    win.show()
    return win


def test_a_callback_booked_for_10_37_is_10_37_everywhere(window, services, clock, qtbot):
    zhang = services.customers.create(
        CustomerChanges(name="张三", phones=[PhoneInput("138 0013 8000", "手机")])
    )
    window.call_controller.handle_event(
        RingEvent("ring", caller="13800138000", call_id="pbx-1", source="cti")
    )
    qtbot.waitUntil(lambda: window.call_controller.current.customer_id == zhang.id, timeout=5000)
    clock.advance(3)
    window.call_desk.answer()
    clock.advance(60)
    window.call_controller.hang_up(None)
    form = window.call_desk.form
    form.load(
        CallRecord(
            category="inquiry",
            subject="回访",
            question="宽带断线",
            answer="明天回电",
            resolution="follow_up",
            satisfaction=4,
            needs_follow_up=True,
            follow_up_kind="callback",
            greeting_given=True,
            signoff_given=True,  # a complete record: the save hint has nothing to ask
        )
    )
    form.callback_due.setDateTime(QDateTime(datetime(2026, 11, 25, 10, 37)))  # as typed
    assert form.save() is not None
    [callback] = services.callbacks.pending()
    assert callback.due_at.astimezone(SHANGHAI) == datetime(2026, 11, 25, 10, 37, tzinfo=SHANGHAI)
    card = window.customer_panel.card
    window.customer_panel.show_customer(zhang.id)
    qtbot.waitUntil(lambda: card.callbacks_list.count() > 0, timeout=5000)
    assert card.callbacks_list.item(0).text().startswith("2026-11-25 10:37")
    follow_ups = window.followups
    follow_ups.refresh()
    row = next(i for i, r in enumerate(follow_ups.rows) if r.type == "callback")
    shown = {
        follow_ups.model.data(follow_ups.model.index(row, c))
        for c in range(follow_ups.model.columnCount())
    }
    assert "2026-11-25 10:37" in shown
    # Loading the record back shows the same wall-clock time in the form.
    form.load(
        CallRecord(needs_follow_up=True, follow_up_kind="callback", callback_due_at=callback.due_at)
    )
    assert form.callback_due.dateTime().toPython() == datetime(2026, 11, 25, 10, 37)


def test_a_deadline_ends_at_23_59_on_the_card_as_in_the_list(window, services, qtbot):
    agent = window.agent
    zhang = services.customers.create(
        CustomerChanges(name="张三", phones=[PhoneInput("138 0013 8000", "手机")])
    )
    case = services.cases.open_case(
        "inquiry", actor=agent, matter="话费", contact="13800138000", customer_id=zhang.id
    )
    local_reply_by = case.reply_by.astimezone(SHANGHAI)
    assert local_reply_by.time().isoformat() == "23:59:59"
    card = window.customer_panel.card
    window.customer_panel.show_customer(zhang.id)
    qtbot.waitUntil(lambda: card.cases_list.count() > 0, timeout=5000)
    assert f"{local_reply_by:%Y-%m-%d} 23:59" in card.cases_list.item(0).text()
    follow_ups = window.followups
    follow_ups.refresh()
    row = next(i for i, r in enumerate(follow_ups.rows) if r.type == "case")
    shown = {
        follow_ups.model.data(follow_ups.model.index(row, c))
        for c in range(follow_ups.model.columnCount())
    }
    assert f"{local_reply_by:%Y-%m-%d} 23:59" in shown


def test_a_shift_summary_and_its_folder_are_in_the_branch_zone(services, clock, pc_zone):
    agent = services.accounts.create("1001", "王小明", "agent", "password1")
    clock.set(datetime(2026, 11, 24, 16, 30, tzinfo=UTC))  # 00:30 on the 25th in Beijing
    shift = services.shifts.start(agent)
    clock.advance(3600)
    closed = services.shifts.close(shift.id, "en", PlainRenderer())
    summary = closed.summary
    assert summary["shift"]["started_at"] == "2026-11-25T00:30:00+08:00"
    assert summary["generated_at"] == "2026-11-25T01:30:00+08:00"
    assert summary["shift"]["time_zone"] == "Asia/Shanghai"
    assert closed.files[0].relative_path.split("/")[1] == "2026-11-25"


def test_deadlines_from_the_command_line_are_branch_time_on_a_pc_elsewhere(tmp_path):
    done = run_cli(
        "deadlines",
        "--kind",
        "complaint",
        "--received",
        "2026-09-30T17:00",
        "--json",
        profile=tmp_path / "p",
        env={"TZ": "America/New_York"},
    )
    assert done.returncode == 0, done.stderr
    assert '"reply_by": "2026-10-13T23:59:59+08:00"' in done.stdout
