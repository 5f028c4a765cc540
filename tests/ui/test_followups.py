"""An agent follows up a complaint to its close, and is reminded of a callback when it falls due."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from agent_desk.models.calls import Call
from agent_desk.ui.callback_reminder import CallbackReminder
from agent_desk.ui.case_dialog import CaseDialog, OpenCaseDialog
from agent_desk.ui.followups import DUE_SOON_COLOUR, OVERDUE_COLOUR, FollowUpList, install
from agent_desk.ui.main_window import MainWindow


@pytest.fixture
def agent(services):
    services.accounts.create("1001", "王小明", "agent", "password1")
    return services.accounts.login("1001", "password1")


def background(panel, row: int):
    brush = panel.model.data(panel.model.index(row, 0), Qt.ItemDataRole.BackgroundRole)
    return brush.color() if brush is not None else None


def shown(dialog, *names: str) -> set[str]:
    return {n for n in names if not dialog.buttons[n].isHidden()}


def test_agent_opens_a_complaint_from_a_saved_call_and_follows_it_to_close(
    qtbot, services, agent, clock, language
):
    language("en")
    call = services.calls.place_outbound("13812341234", agent_id=agent.id)
    dialog = OpenCaseDialog(
        services,
        agent,
        call_id=call.id,
        received_at=call.ring_started_at,
        contact=call.caller_number,
    )
    qtbot.addWidget(dialog)
    assert dialog.submit() is None  # the matter is required
    assert dialog.error.text()
    dialog.complainant.setText("李女士")
    dialog.matter.setPlainText("宽带连续三天断网")
    dialog.department.setCurrentText("网络维护部")
    opened = dialog.submit()
    assert opened is not None and opened.call_id == call.id and opened.number.startswith("TS-")

    case = CaseDialog(services, agent, opened.id)
    qtbot.addWidget(case)
    all_buttons = tuple(case.buttons)
    assert shown(case, *all_buttons) == {
        "note",
        "contact",
        "department_reply",
        "assign",
        "save_details",
        "callback",
    }
    assert case.close_box.isHidden()
    case.severity.setCurrentIndex(case.severity.findData("high"))
    qtbot.mouseClick(case.buttons["save_details"], Qt.MouseButton.LeftButton)
    assert services.cases.get(opened.id).severity == "high"

    clock.advance(600)
    case.entry.setPlainText("已联系网络维护部排查")
    qtbot.mouseClick(case.buttons["note"], Qt.MouseButton.LeftButton)
    case.entry.setPlainText("告知客户明天上门检修")
    qtbot.mouseClick(case.buttons["contact"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(case.buttons["assign"], Qt.MouseButton.LeftButton)
    assert services.cases.get(opened.id).assignee_id == agent.id
    assert shown(case, "assign", "start", "reply") == {"assign", "start"}  # re-assign stays
    qtbot.mouseClick(case.buttons["start"], Qt.MouseButton.LeftButton)
    case.entry.setPlainText("光猫故障，已更换")
    qtbot.mouseClick(case.buttons["reply"], Qt.MouseButton.LeftButton)
    assert services.cases.get(opened.id).status == "replied"
    assert not case.close_box.isHidden()

    # Closing without root cause is refused with the reason in words.
    case.satisfaction.setValue(5)
    qtbot.mouseClick(case.buttons["close"], Qt.MouseButton.LeftButton)
    assert "root cause" in case.error.text()
    case.root_cause.setText("光猫老化")
    case.improvement.setText("超过五年的光猫主动更换")
    qtbot.mouseClick(case.buttons["close"], Qt.MouseButton.LeftButton)
    final = services.cases.get(opened.id)
    assert final.status == "closed" and final.satisfaction == 5
    assert shown(case, *all_buttons) == {"note", "reopen", "verdict"}
    texts = [
        case.timeline.topLevelItem(i).text(3) for i in range(case.timeline.topLevelItemCount())
    ]
    assert "已联系网络维护部排查" in texts and "告知客户明天上门检修" in texts
    assert "Closed" in case.header.text()
    assert "Severity: Normal → High" in texts

    # A callback a week later: the customer is unhappy after all, which reopens the case.
    case.verdict.setValue(2)
    qtbot.mouseClick(case.buttons["verdict"], Qt.MouseButton.LeftButton)
    assert services.cases.get(opened.id).status == "reopened"
    assert "Reopened" in case.header.text()


def test_refused_step_is_explained_in_chinese(qtbot, services, agent, language):
    language("zh_CN")
    opened = services.cases.open_case("complaint", actor=agent, matter="投诉")
    case = CaseDialog(services, agent, opened.id)
    qtbot.addWidget(case)
    case.entry.setPlainText("已答复")
    case.reply()  # not offered in this state, called anyway
    assert "不能" in case.error.text() or "无法" in case.error.text()


def test_callback_comes_due_under_the_injected_clock_and_is_shown(
    qtbot, services, agent, clock, language
):
    language("en")
    opened = services.cases.open_case(
        "complaint", actor=agent, matter="话费", contact="13900001111"
    )
    services.cases.record_contact(opened.id, actor=agent, text="已告知进度")
    callback = services.callbacks.schedule(
        actor=agent,
        due_at=clock.now() + timedelta(hours=1),
        purpose="回访处理结果",
        case_id=opened.id,
    )
    panel = FollowUpList(services, agent)
    qtbot.addWidget(panel)
    seen = []
    panel.callback_due.connect(seen.append)
    panel.tick()
    assert seen == [] and panel.reminders == {}
    callback_row = next(r for r in panel.rows if r.type == "callback")
    assert callback_row.state == "ok"

    clock.advance(3600)
    panel.tick()
    assert [c.id for c in seen] == [callback.id]
    reminder = panel.reminders[callback.id]
    assert isinstance(reminder, CallbackReminder) and reminder.isVisible()
    assert "13900001111" in reminder.summary.text() and "回访处理结果" in reminder.summary.text()
    index = next(i for i, r in enumerate(panel.rows) if r.type == "callback")
    assert background(panel, index) == DUE_SOON_COLOUR
    panel.tick()
    assert len(seen) == 1  # reminded once per due time

    reminder.snooze_for.setCurrentIndex(reminder.snooze_for.findData(10))
    assert reminder.snooze()
    clock.advance(9 * 60)
    panel.tick()
    assert len(seen) == 1
    clock.advance(60)
    panel.tick()
    assert len(seen) == 2

    clock.advance(30 * 60)  # 40 minutes past the promised time
    panel.tick()
    index = next(i for i, r in enumerate(panel.rows) if r.type == "callback")
    assert background(panel, index) == OVERDUE_COLOUR
    reminder = panel.reminders[callback.id]
    reminder.outcome.setText("客户确认已恢复")
    assert reminder.record_outcome()
    assert services.callbacks.get(callback.id).status == "done"
    assert all(r.type != "callback" for r in panel.rows)


def test_filters_and_supervisor_sees_everyones(qtbot, services, agent, language):
    language("en")
    boss = services.accounts.create("9001", "张主管", "supervisor", "password1")
    services.cases.open_case("complaint", actor=agent, matter="A", department="计费部")
    services.cases.open_case("inquiry", actor=agent, matter="B", department="营业厅")
    mine = FollowUpList(services, boss)
    qtbot.addWidget(mine)
    assert len(mine.rows) == 2  # everyone's by default
    mine.kind_filter.setCurrentIndex(mine.kind_filter.findData("inquiry"))
    assert [r.subject for r in mine.rows] == ["B"]
    mine.kind_filter.setCurrentIndex(0)
    mine.department_filter.setCurrentIndex(mine.department_filter.findData("计费部"))
    assert [r.subject for r in mine.rows] == ["A"]
    mine.everyone.setChecked(False)
    assert mine.rows == []


def test_follow_ups_sit_in_the_window_with_counts_in_the_status_bar(
    qtbot, services, agent, ui_settings, clock, language
):
    language("en")
    opened = services.cases.open_case("complaint", actor=agent, matter="A")
    clock.advance(25 * 3600)  # the 24-hour feedback is missed
    window = MainWindow(services.context, agent, ui_settings)
    qtbot.addWidget(window)
    panel = install(window, services)
    assert window.slots["followups"].indexOf(panel) >= 0  # in the follow-ups area
    assert "followups" not in window.placeholders
    label = window.status.findChild(QLabel, "followUpStatus")
    assert label.text() == "Follow-ups: 1 overdue, 0 due soon"
    assert panel.rows[0].number == opened.number


def test_call_now_from_the_reminder_places_the_call_and_links_it(
    qtbot, services, agent, clock, language
):
    from agent_desk.ui.call_controller import CallController

    language("en")
    opened = services.cases.open_case(
        "complaint", actor=agent, matter="话费", contact="13900001111"
    )
    callback = services.callbacks.schedule(
        actor=agent, due_at=clock.now(), purpose="回访", case_id=opened.id
    )
    controller = CallController(services, agent)
    panel = FollowUpList(services, agent, call_controller=controller)
    qtbot.addWidget(panel)
    panel.tick()
    reminder = panel.reminders[callback.id]
    assert reminder.call_button.isEnabled()
    assert reminder.call_now()
    reminder.outcome.setText("客户满意")
    assert reminder.record_outcome()
    done = services.callbacks.get(callback.id)
    assert done.status == "done" and done.call_id is not None
    with services.store.sessions() as session:
        call = session.get(Call, done.call_id)
        assert (call.direction, call.caller_number) == ("outbound", "13900001111")


def test_without_a_call_controller_the_reminder_asks_to_dial_by_hand(qtbot, services, agent, clock):
    opened = services.cases.open_case("complaint", actor=agent, matter="x", contact="13900001111")
    services.callbacks.schedule(actor=agent, due_at=clock.now(), purpose="回访", case_id=opened.id)
    panel = FollowUpList(services, agent)
    qtbot.addWidget(panel)
    (reminder,) = [panel.show_reminder(c) for c in services.callbacks.due()]
    assert not reminder.call_button.isEnabled()
    assert not reminder.call_now()


def test_open_a_case_from_the_call_just_saved_via_the_call_menu(
    qtbot, services, agent, ui_settings, language
):
    from agent_desk.calls.service import SavedCall

    language("en")
    window = MainWindow(services.context, agent, ui_settings, services)
    qtbot.addWidget(window)
    controller = window.call_controller  # the call desk is part of every build
    call = services.calls.place_outbound("13812341234", agent_id=agent.id)
    controller.record_saved.emit(SavedCall(call))
    action = next(a for a in window.call_menu.actions() if a.objectName() == "openCaseAction")
    action.trigger()
    dialog = window.followups.open_dialog
    assert dialog.call_id == call.id and dialog.contact.text() == "13812341234"
    dialog.matter.setPlainText("外呼中客户投诉资费")
    opened = dialog.submit()
    assert opened.call_id == call.id
    assert window.followups.case_dialog.case_id == opened.id  # the new case opens for follow-up
