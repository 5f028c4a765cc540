"""A ring takes the keyboard and the screen: over a reminder, a minimised window, a closed shift.

Before: a ring during a callback reminder left the keyboard with the reminder (Enter recorded
its outcome, F3 did nothing, the call went to 18.5 s); a minimised window stayed hidden with no
alert; after "Close shift…" the window still took calls, saved with no shift.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from agent_desk.calls.cti import CtiChannel
from agent_desk.calls.events import RingEvent
from agent_desk.commands.cti import message_for
from agent_desk.ui.call_controller import Stage
from agent_desk.ui.followups import FollowUpList
from agent_desk.ui.main_window import MainWindow
from tests.unit.test_shift_summary import PlainRenderer


@pytest.fixture
def agent(services):
    services.accounts.create("1001", "王小明", "agent", "password1")
    return services.accounts.login("1001", "password1")


@pytest.fixture
def window(qtbot, services, ui_settings, agent, language):
    language("en")
    win = MainWindow(services.context, agent, ui_settings, services)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def ring(window, caller="13800138000", call_id="pbx-1"):
    reply = window.call_controller.handle_event(RingEvent("ring", caller, call_id, "cti"))
    assert reply["ok"], reply
    return reply["call"]


def open_reminder(window, services, agent, clock):
    opened = services.cases.open_case("complaint", actor=agent, matter="话费", contact="139")
    services.cases.record_contact(opened.id, actor=agent, text="已告知进度")
    callback = services.callbacks.schedule(
        actor=agent, due_at=clock.now() + timedelta(minutes=5), purpose="回访", case_id=opened.id
    )
    clock.advance(600)
    panel = window.findChild(FollowUpList)
    panel.tick()
    reminder = panel.reminders[callback.id]
    reminder.activateWindow()
    reminder.outcome.setFocus()
    return reminder


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_F3])
def test_a_ring_during_a_reminder_is_answered_with_enter_or_f3(
    qtbot, window, services, agent, clock, key
):
    reminder = open_reminder(window, services, agent, clock)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is reminder)  # it has the keyboard
    reminder.outcome.setText("客户不在")
    public_id = ring(window)
    clock.advance(2.5)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # the ring took the keyboard
    qtbot.keyClick(reminder.outcome, key)  # where the agent was typing
    assert window.call_controller.stage is Stage.TALKING
    assert services.calls.get(public_id).answer_delay_ms == 2500
    assert reminder.callback.status == "pending"  # Enter did not record the outcome
    assert services.callbacks.get(reminder.callback.id).status == "pending"


def test_enter_in_the_reminder_itself_still_records_its_outcome_when_nothing_rings(
    qtbot, window, services, agent, clock
):
    reminder = open_reminder(window, services, agent, clock)
    reminder.outcome.setText("客户满意")
    qtbot.keyClick(reminder.outcome, Qt.Key.Key_Return)
    assert services.callbacks.get(reminder.callback.id).status == "done"


def test_a_ring_brings_a_minimised_window_back_and_alerts(qtbot, window, monkeypatch):
    alerts = []
    real_alert = QApplication.alert

    def spy(widget, msec=0):  # records, then lets Qt do it
        alerts.append((widget, msec))
        real_alert(widget, msec)

    monkeypatch.setattr(QApplication, "alert", spy)
    window.showMaximized()
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    ring(window)
    assert not window.isMinimized()
    assert window.windowState() & Qt.WindowState.WindowMaximized  # back as it was
    assert alerts == [(window, 0)]
    assert window.call_desk.banner.hasFocus() or QApplication.focusWidget() in (
        None,
        window.call_desk.banner,
    )


def test_after_closing_the_shift_a_ring_opens_a_new_one(window, services, agent, clock):
    desk = window.shift_desk
    first = desk.shift
    clock.advance(3600)
    services.shifts.close(first.id, "en", PlainRenderer())
    desk.shift = services.shifts.get(first.id)
    desk._refresh()
    assert desk.state_label.text() == "No open shift"
    clock.advance(60)
    public_id = ring(window)
    assert desk.shift.id != first.id and desk.shift.is_open
    assert call_shift(services, public_id) == desk.shift.id
    assert desk.state_label.text() == "Ringing"  # as the banner says, while it rings


def call_shift(services, public_id: str) -> int | None:
    from sqlalchemy import text

    with services.store.sessions() as session:
        return session.execute(
            text("SELECT shift_id FROM calls WHERE public_id = :p"), {"p": public_id}
        ).scalar()


def test_a_call_id_sharing_its_first_64_characters_does_not_answer_the_call(window, services):
    """Ids were cut at 64 characters: another id with the same start answered the call."""
    handlers = {}
    CtiChannel(handlers).start(window.call_controller)
    prefix = "asterisk-" + "7" * 55
    assert handlers["ring"](message_for("ring", "13800138000", prefix + "-call-A"))["ok"]
    reply = handlers["answer"](message_for("answer", None, prefix + "-call-B"))
    assert not reply["ok"]
    assert window.call_controller.stage is Stage.RINGING


def test_with_the_refuse_policy_the_banner_says_why_a_ring_was_not_taken(
    qtbot, services, ui_settings, agent, language, clock
):
    language("en")
    services.config.set("phone.source", "cti")
    services.config._data.setdefault("policy", {})["phone"] = {"ring_without_shift": "refuse"}
    from agent_desk.context import AppContext
    from agent_desk.policy import Policy

    services.policy = Policy.load(services.config)
    window = MainWindow(
        AppContext(services.profile, clock, services.config, services.policy),
        agent,
        ui_settings,
        services,
    )
    qtbot.addWidget(window)
    window.show()
    shift = window.shift_desk.shift
    services.shifts.close(shift.id, "en", PlainRenderer())
    reply = window.call_controller.handle_event(RingEvent("ring", "13800138000", "x", "cti"))
    assert not reply["ok"]
    banner = window.call_desk.banner
    assert banner.caller_label.text() == "Call from 138****8000 not taken"
    assert "Start a new shift" in banner.note_label.text()
    assert services.calls.recent(agent.id) == []


def test_a_linphone_from_address_pops_the_right_customer_number(qtbot, window, services):
    """Linphone's "$FROM" is a SIP address: it became 13108888888192168110."""
    handlers = {}
    CtiChannel(handlers).start(window.call_controller)
    reply = handlers["ring"](
        message_for("ring", '"张三" <sip:+8613108888888@10.0.0.5:5060;user=phone>', "lin-1")
    )
    assert reply["ok"], reply
    call = services.calls.get(reply["call"])
    assert (call.caller_number, call.caller_normalised) == (
        "13108888888",
        "13108888888",
    )  # +86 as written here
    card = window.customer_panel.card
    qtbot.waitUntil(lambda: card.pages.currentWidget() is card.unknown_page, timeout=5000)
    assert card.quick_name.text() == "张三"  # offered as the unknown caller's name
    assert phones_mask(call.caller_number) == "131****8888"


def phones_mask(number: str) -> str:
    from agent_desk.phones import mask

    return mask(number)


def test_a_ring_is_answered_with_f3_even_behind_a_modal_dialog(qtbot, window, services, clock):
    """A dialog the agent had open (settings, a message) must not keep the ring from F3."""
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    dialog = QDialog(window)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    public_id = ring(window)
    clock.advance(1.5)
    qtbot.keyClick(field, Qt.Key.Key_F3)
    assert window.call_controller.stage is Stage.TALKING
    assert services.calls.get(public_id).answer_delay_ms == 1500
    assert dialog.isVisible()  # what the agent had open stays as it was
    dialog.reject()
