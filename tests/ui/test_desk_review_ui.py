"""What the fresh-eyes review of issue 15 still found at the desk, as the agent saw it.

In English at 1280 pixels the call record was wider than its column: Resolution, Subject and
Save were cut at the right edge and the form scrolled sideways as the focus moved, and the next
call started scrolled sideways. In Chinese, choosing 预约回访 widened the row past the column.
The save hint stayed after F7 and a satisfaction digit had done what it asked.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from agent_desk.calls.events import RingEvent
from agent_desk.calls.service import CallRecord
from agent_desk.customers import CustomerChanges, PhoneInput
from tests.ui.test_desk_day_ui import KNOWN, on_screen, open_window, ring


@pytest.fixture
def agent(services):
    services.accounts.create("1001", "王小明", "agent", "password1")
    return services.accounts.login("1001", "password1")


@pytest.fixture
def customer(services):
    return services.customers.create(
        CustomerChanges(name="张三", phones=(PhoneInput(KNOWN, "手机"),)), actor="1001"
    )


SIZES = [(1366, 698), (1280, 730), (1280, 690)]


def across(widget: QWidget, scroll: QScrollArea) -> bool:
    """The widget's whole width lies inside its scroll area's visible part."""
    left = widget.mapTo(scroll.viewport(), QPoint(0, 0)).x()
    return left >= 0 and left + widget.width() <= scroll.viewport().width()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_call_form_fits_its_column_across_with_a_callback_time(
    qtbot, services, agent, ui_settings, language, lang, size
):
    language(lang)
    window = open_window(qtbot, services, agent, ui_settings, size)
    ring(window)
    window.call_desk.answer()
    form = window.call_desk.form
    form.category.setCurrentIndex(form.category.findData("complaint"))
    form.resolution.setCurrentIndex(form.resolution.findData("follow_up"))
    form.follow_up_kind.setCurrentIndex(form.follow_up_kind.findData("callback"))  # 预约回访
    form.complex_flag.setChecked(True)
    form.conflict_flag.setChecked(True)
    QApplication.processEvents()
    scroll = window.findChild(QScrollArea, "callScroll")
    assert scroll.widget().width() <= scroll.viewport().width()  # nothing to scroll sideways
    fields = [
        form.question,
        form.answer,
        form.category,
        form.resolution,
        form.satisfaction,
        form.subject,
        form.greeting_given,
        form.signoff_given,
        form.needs_follow_up,
        form.follow_up_kind,
        form.callback_due,
        form.complex_flag,
        form.conflict_flag,
        form.transfer_clock,
        form.supervisor_clock,
        form.save_button,
    ]
    assert form.callback_due.isVisible()
    cut = [w.objectName() or type(w).__name__ for w in fields if not across(w, scroll)]
    assert cut == []
    below = [w.objectName() or type(w).__name__ for w in fields if not on_screen(w, scroll)]
    assert below == []
    # Every choice reads whole: the combo is as wide as its longest choice wants.
    for box in (form.category, form.resolution, form.satisfaction, form.follow_up_kind):
        assert box.width() >= box.sizeHint().width(), box.objectName()


def test_a_new_call_starts_scrolled_to_the_top_left(
    qtbot, services, agent, ui_settings, language, customer
):
    language("en")
    window = open_window(qtbot, services, agent, ui_settings, (900, 400))  # scrolls both ways
    scroll = window.findChild(QScrollArea, "callScroll")
    ring(window)
    window.call_desk.answer()
    across_bar, down_bar = scroll.horizontalScrollBar(), scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: across_bar.maximum() > 0 and down_bar.maximum() > 0)
    across_bar.setValue(across_bar.maximum())  # the last call ended scrolled sideways
    down_bar.setValue(down_bar.maximum())
    window.call_controller.hang_up()
    window.call_controller.save(
        CallRecord(category="inquiry", question="fee", answer="99", resolution="resolved")
    )
    ring(window, call_id="pbx-2")
    window.call_desk.answer()
    assert (across_bar.value(), down_bar.value()) == (0, 0)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_save_hint_goes_part_by_part_as_f7_and_a_digit_do_what_it_asked(
    qtbot, services, agent, ui_settings, language, lang
):
    language(lang)
    window = open_window(qtbot, services, agent, ui_settings)
    ring(window)
    window.call_desk.answer()
    form = window.call_desk.form
    form.question.setPlainText("fee")
    form.answer.setPlainText("99")
    form.category.setCurrentIndex(form.category.findData("inquiry"))
    form.resolution.setCurrentIndex(form.resolution.findData("resolved"))
    assert form.save() is None
    both = form.hint_label.text()
    assert form.hint_label.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F7)  # the sign-off said
    assert form.signoff_given.isChecked()
    left = form.hint_label.text()
    assert form.hint_label.isVisible() and left != both
    assert ("F7" not in left) and ("1–5" in left)
    form.satisfaction.setFocus()
    qtbot.keyClick(form.satisfaction, "4")  # satisfaction asked
    assert form.satisfaction.currentData() == 4
    assert not form.hint_label.isVisible()
    assert form.save() is not None  # nothing left to hint: the next Ctrl+S saves


def test_f8_in_wrap_up_is_refused_with_the_reason_on_the_banner_and_the_states_agree(
    qtbot, services, agent, ui_settings, language
):
    language("zh_CN")
    window = open_window(qtbot, services, agent, ui_settings)
    ring(window)
    window.call_desk.answer()
    window.call_controller.hang_up()
    banner, status = window.call_desk.banner, window.shift_desk.state_label
    assert banner.state_view.text().startswith("话后处理")
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert banner.state_view.text().startswith("话后处理")
    assert status.text() == "话后处理"  # no break behind the banner's back
    assert banner.note_label.isVisible()
    assert "保存" in banner.note_label.text() and "F8" in banner.note_label.text()
    assert services.shifts.current(agent.id).state == "wrap_up"


def test_while_a_call_rings_the_status_bar_says_ringing_and_f8_says_why_not(
    qtbot, services, agent, ui_settings, language
):
    language("zh_CN")
    window = open_window(qtbot, services, agent, ui_settings)
    ring(window)
    banner, status = window.call_desk.banner, window.shift_desk.state_label
    assert banner.state_view.text().startswith("振铃")
    assert status.text() == "振铃"
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert "振铃" in banner.note_label.text() or "来电" in banner.note_label.text()
    assert "结束当前通话" not in banner.note_label.text()  # there is no call on yet
    window.call_desk.answer()
    assert status.text() == "通话中"


def test_ctrl_s_while_the_caller_is_on_the_line_saves_and_keeps_the_call(
    qtbot, services, agent, ui_settings, language
):
    language("zh_CN")
    window = open_window(qtbot, services, agent, ui_settings)
    public_id = ring(window)
    window.call_desk.answer()
    form = window.call_desk.form
    form.question.setPlainText("fee")
    form.answer.setPlainText("99")
    form.category.setCurrentIndex(form.category.findData("inquiry"))
    form.resolution.setCurrentIndex(form.resolution.findData("resolved"))
    form.satisfaction.setCurrentIndex(form.satisfaction.findData(5))
    form.signoff_given.setChecked(True)
    form.greeting_given.setChecked(True)
    qtbot.keyClick(form.question, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert services.calls.get(public_id).saved_at is not None
    banner = window.call_desk.banner
    assert banner.state_view.text().startswith("通话中")  # the caller is still on the line
    assert window.shift_desk.state_label.text() == "通话中"
    assert "F4" in banner.note_label.text()
    reply = window.call_controller.handle_event(RingEvent("hangup", "", "pbx-1", "cti"))
    assert reply["ok"], reply  # the phone's hang-up is accepted
    assert banner.state_view.text().startswith("示闲")
    assert window.shift_desk.state_label.text() == "示闲"


def test_call_now_during_a_call_says_why_in_chinese_and_the_reason_goes_once_it_works(
    qtbot, services, agent, ui_settings, language, clock, customer
):
    from datetime import timedelta

    language("zh_CN")
    window = open_window(qtbot, services, agent, ui_settings)
    callback = services.callbacks.schedule(
        actor=agent,
        due_at=clock.now() + timedelta(minutes=1),
        purpose="回访",
        customer_id=customer.id,
    )
    clock.advance(120)
    window.followups.tick()
    reminder = window.followups.reminders[callback.id]  # open when a call comes
    ring(window, caller="13911112222")
    window.call_desk.answer()
    assert not reminder.call_now()
    said = reminder.error.text()
    assert said and "busy" not in said and "请先" in said
    window.call_controller.hang_up()
    window.call_controller.save(
        CallRecord(category="inquiry", question="fee", answer="99", resolution="resolved")
    )
    assert reminder.call_now()
    assert reminder.error.text() == ""


def test_a_supervisor_who_only_supervises_is_not_told_how_to_answer(
    qtbot, services, ui_settings, language
):
    language("zh_CN")
    services.accounts.create("8001", "周主管", "supervisor", "password8")
    supervisor = services.accounts.login("8001", "password8")
    window = open_window(qtbot, services, supervisor, ui_settings, take_calls=False)
    banner = window.call_desk.banner
    assert "F3" not in banner.customer_label.text()  # no answer keys that would be refused
    assert "开始新班次" in banner.customer_label.text()
    window.shift_desk.start_shift()
    banner.refresh()
    assert "F3 或回车：接听" in banner.customer_label.text()


def test_tab_from_an_unknown_callers_name_goes_to_the_question_not_the_number(
    qtbot, services, agent, ui_settings, language
):
    language("zh_CN")
    window = open_window(qtbot, services, agent, ui_settings)
    ring(window, caller="13911112222")
    card = window.customer_panel.card
    qtbot.waitUntil(lambda: card.pages.currentWidget() is not card.waiting)
    window.call_desk.answer()
    assert QApplication.focusWidget() is card.quick_name
    qtbot.keyClicks(card.quick_name, "Li Si")
    qtbot.keyClick(card.quick_name, Qt.Key.Key_Tab)
    form = window.call_desk.form
    assert QApplication.focusWidget() is form.question
    qtbot.keyClicks(form.question, "fee")
    qtbot.keyClick(form.question, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.answer  # the form's own order is kept
    assert card.quick_number.text() == "13911112222"
    card.quick_number.setFocus()
    qtbot.keyClicks(card.quick_number, "abc")  # not a number: not taken
    assert card.quick_number.text() == "13911112222"


def test_the_card_drops_a_callback_once_its_result_is_recorded(
    qtbot, services, agent, ui_settings, language, clock, customer
):
    from datetime import timedelta

    language("zh_CN")
    window = open_window(qtbot, services, agent, ui_settings)
    callback = services.callbacks.schedule(
        actor=agent,
        due_at=clock.now() + timedelta(minutes=1),
        purpose="确认退款",
        customer_id=customer.id,
    )
    clock.advance(120)
    window.followups.tick()
    reminder = window.followups.reminders[callback.id]
    assert reminder.call_now()
    card = window.customer_panel.card
    qtbot.waitUntil(lambda: card.data is not None and card.data.name == "张三")

    def lines():
        return [card.callbacks_list.item(i).text() for i in range(card.callbacks_list.count())]

    qtbot.waitUntil(lambda: any("确认退款" in t for t in lines()))
    reminder.outcome.setText("已确认")
    assert reminder.record_outcome()
    qtbot.waitUntil(lambda: not any("确认退款" in t for t in lines()), timeout=3000)


def test_the_draft_bar_is_reached_with_alt_keys(qtbot, services, agent, ui_settings, language):
    language("zh_CN")
    window = open_window(qtbot, services, agent, ui_settings)
    ring(window)
    window.call_desk.answer()
    window.call_desk.form.question.setPlainText("宽带断线")
    window.call_desk.form.autosave(force=True)
    window.call_controller.session.leave()  # as the window closing mid-call does
    again = open_window(qtbot, services, agent, ui_settings)
    form = again.call_desk.form
    qtbot.waitUntil(form.restore_bar.isVisible)
    assert "(&R)" in form.restore_button.text() and "(&X)" in form.discard_button.text()
    qtbot.keyClick(again, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: form.question.toPlainText() == "宽带断线")  # an animated click
