"""A whole day at the desk without friction (issue 15), what each stumble looked like on screen.

Walked as a new agent in Chinese at 1366x768 under a real X server: closing the window mid-call
quit at once and the status bar said 通话中 after a restart while the banner said 等待来电;
"Call now" on a reminder left the last caller's card up; the form did not fit and kept its
scroll; messages stayed after the fix; 需跟进 did not tick 需要跟进; satisfaction was bare
numbers; no hint for a missing sign-off; a long complaint pushed the deadlines out of the case
window; a double-click opened two; the card went stale; the new-case dialog said 投诉事项 for a
suggestion and did not prefill the caller; Qt's file dialog spoke English; the state was only in
the status bar; a supervisor who only supervises had CTI rings taken; 13 keys for one call.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTableView,
    QWidget,
)

from agent_desk.calls.events import RingEvent
from agent_desk.customers import CustomerChanges, PhoneInput
from agent_desk.ui.call_controller import Stage
from agent_desk.ui.case_dialog import CaseDialog, OpenCaseDialog
from agent_desk.ui.main_window import MainWindow
from tests.ui.conftest import asking_on_close
from tests.unit.test_shift_summary import PlainRenderer

KNOWN = "13800138000"


@pytest.fixture
def agent(services):
    services.accounts.create("1001", "王小明", "agent", "password1")
    return services.accounts.login("1001", "password1")


@pytest.fixture
def customer(services):
    return services.customers.create(
        CustomerChanges(name="张三", phones=(PhoneInput(KNOWN, "手机"),)), actor="1001"
    )


def open_window(qtbot, services, agent, ui_settings, size=(1366, 698), **kwargs) -> MainWindow:
    window = MainWindow(services.context, agent, ui_settings, services, **kwargs)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def ring(window, caller=KNOWN, call_id="pbx-1"):
    reply = window.call_controller.handle_event(RingEvent("ring", caller, call_id, "cti"))
    assert reply["ok"], reply
    return reply["call"]


def card_filled(qtbot, window):
    panel = window.customer_panel
    qtbot.waitUntil(lambda: panel.card.pages.currentWidget() is not panel.card.waiting)


def on_screen(widget: QWidget, scroll: QScrollArea) -> bool:
    """The whole widget lies inside its scroll area's visible part."""
    top = widget.mapTo(scroll.viewport(), QPoint(0, 0)).y()
    return widget.isVisible() and top >= 0 and top + widget.height() <= scroll.viewport().height()


# --- 1. closing mid-call ----------------------------------------------------------------------


def test_closing_mid_call_asks_keeps_the_call_and_the_draft_and_a_restart_agrees(
    qtbot, services, agent, ui_settings, language, clock, monkeypatch
):
    language("zh_CN")
    services.shifts.renderer = PlainRenderer()
    window = open_window(qtbot, services, agent, ui_settings)
    public_id = ring(window)
    window.call_desk.answer()
    window.call_desk.form.question.setPlainText("宽带三天断线")
    clock.advance(30)
    asked = []
    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[1]) or answer[0])
    with asking_on_close(QApplication.instance()):
        window.close()
        assert asked and window.isVisible()  # asked, and "back to the call" kept it open
        assert window.call_controller.stage is Stage.TALKING
        answer[0] = QMessageBox.StandardButton.Close
        closed_at = clock.now()
        window.close()
    assert not window.isVisible()
    call = services.calls.get(public_id)
    assert (call.outcome, call.ended_at, call.saved_at) == ("answered", closed_at, None)
    (draft,) = services.calls.pending_drafts(agent.id)
    assert draft.record.question == "宽带三天断线"
    shift = services.shifts.current(agent.id)
    periods = services.shifts.periods(shift.id)
    assert all(p.ended_at is not None and p.ended_at <= closed_at for p in periods)

    clock.advance(600)  # AgentDesk is started again ten minutes later
    again = open_window(qtbot, services, agent, ui_settings)
    banner, state = again.call_desk.banner, again.call_desk.banner.state_view
    assert banner.caller_label.text() == "等待来电"
    assert state.text() == "示闲 00:00:00"
    assert again.shift_desk.state_label.text() == "示闲"  # the status bar agrees
    assert again.call_desk.form.restore_bar.isVisible()
    again.call_desk.form.restore_offered()
    assert state.text().startswith("话后处理")
    assert again.shift_desk.state_label.text() == "话后处理"
    assert again.call_desk.form.question.toPlainText() == "宽带三天断线"


# --- 2. "call now" from a reminder -----------------------------------------------------------


def test_call_now_from_a_reminder_shows_the_customer_called(
    qtbot, services, agent, ui_settings, language, clock, customer
):
    language("zh_CN")
    other = services.customers.create(
        CustomerChanges(name="李四", phones=(PhoneInput("13911112222"),)), actor="1001"
    )
    window = open_window(qtbot, services, agent, ui_settings)
    ring(window)  # 张三 calls first: his card is up
    card_filled(qtbot, window)
    window.call_desk.answer()
    window.call_controller.hang_up()
    window.call_desk.form.question.setPlainText("资费")
    window.call_desk.form.answer.setPlainText("99 元")
    for box, key in ((window.call_desk.form.category, "inquiry"),):
        box.setCurrentIndex(box.findData(key))
    window.call_desk.form.resolution.setCurrentIndex(1)
    window.call_desk.form._hinted = True
    assert window.call_desk.form.save() is not None
    callback = services.callbacks.schedule(
        actor=agent, due_at=clock.now() + timedelta(minutes=1), purpose="回访", customer_id=other.id
    )
    clock.advance(120)
    window.followups.tick()
    reminder = window.followups.reminders[callback.id]
    assert reminder.call_now()
    card = window.customer_panel.card
    qtbot.waitUntil(lambda: card.data is not None and card.data.name == "李四")
    banner = window.call_desk.banner
    assert banner.caller_label.text() == "13911112222"
    assert banner.customer_label.text() == "李四"
    assert "等待来电" not in banner.caller_label.text() + banner.customer_label.text()


# --- 2. the call form fits, starts at the top, focus where typing starts -----------------------

SIZES = [(1366, 698), (1280, 730), (1280, 690)]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_field_the_scripts_and_save_are_in_view_during_a_call(
    qtbot, services, agent, ui_settings, language, lang, size
):
    language(lang)
    window = open_window(qtbot, services, agent, ui_settings, size)
    ring(window)
    window.call_desk.answer()
    form, scripts = window.call_desk.form, window.call_desk.scripts
    form.category.setCurrentIndex(form.category.findData("complaint"))  # the longest prompt
    form.complex_flag.setChecked(True)
    form.conflict_flag.setChecked(True)
    form.resolution.setCurrentIndex(form.resolution.findData("follow_up"))
    QApplication.processEvents()
    call_scroll = window.findChild(QScrollArea, "callScroll")
    script_scroll = window.findChild(QScrollArea, "scriptScroll")
    fields = [
        form.category,
        form.subject,
        form.question,
        form.answer,
        form.resolution,
        form.satisfaction,
        form.greeting_given,
        form.signoff_given,
        form.needs_follow_up,
        form.follow_up_kind,
        form.complex_flag,
        form.conflict_flag,
        form.transfer_clock,
        form.supervisor_clock,
        form.save_button,
    ]
    hidden = [w.objectName() or type(w).__name__ for w in fields if not on_screen(w, call_scroll)]
    assert hidden == []
    parts = [scripts.greeting, scripts.prompt, scripts.signoff, scripts.etiquette]
    assert [p.objectName() for p in parts if not on_screen(p, script_scroll)] == []


def test_a_new_call_starts_at_the_top_with_the_focus_in_the_question(
    qtbot, services, agent, ui_settings, language, customer
):
    language("zh_CN")
    window = open_window(qtbot, services, agent, ui_settings, (1280, 400))  # the form scrolls
    scroll = window.findChild(QScrollArea, "callScroll")
    ring(window)
    card_filled(qtbot, window)
    window.call_desk.answer()
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # the last call ended scrolled down
    window.call_controller.hang_up()
    window.call_controller.save(
        window.call_desk.form.record().__class__(
            category="inquiry", question="资费", answer="99 元", resolution="resolved"
        )
    )
    ring(window, call_id="pbx-2")
    card_filled(qtbot, window)
    window.call_desk.answer()
    assert bar.value() == 0
    assert QApplication.focusWidget() is window.call_desk.form.question


def test_an_unknown_callers_name_takes_the_keyboard_first(
    qtbot, services, agent, ui_settings, language
):
    language("zh_CN")
    window = open_window(qtbot, services, agent, ui_settings)
    ring(window, caller="13911112222")
    card_filled(qtbot, window)
    window.call_desk.answer()
    card = window.customer_panel.card
    assert QApplication.focusWidget() is card.quick_name
    card.quick_name.setText("李四")  # (QTest types ASCII only; the story test types Chinese)
    qtbot.keyClick(card.quick_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: card.data is not None)
    assert QApplication.focusWidget() is window.call_desk.form.question


# --- 4. messages, the implied follow-up, labelled satisfaction, hints --------------------------


@pytest.fixture
def talking(qtbot, services, agent, ui_settings, language):
    language("zh_CN")
    window = open_window(qtbot, services, agent, ui_settings)
    ring(window)
    window.call_desk.answer()
    return window


def test_a_validation_message_goes_as_soon_as_its_field_is_fixed(talking):
    form = talking.call_desk.form
    assert form.save() is None
    assert form.errors["question"].isVisible() and form.errors["category"].isVisible()
    form.question.setPlainText("资费多少")
    assert not form.errors["question"].isVisible()
    assert form.errors["category"].isVisible()  # not fixed yet: still said
    form.category.setCurrentIndex(1)
    assert not form.errors["category"].isVisible()


def test_the_follow_up_resolution_ticks_needs_follow_up(talking):
    form = talking.call_desk.form
    assert not form.needs_follow_up.isChecked()
    form.resolution.setCurrentIndex(form.resolution.findData("follow_up"))
    assert form.needs_follow_up.isChecked() and form.follow_up_kind.isVisible()


def test_satisfaction_is_labelled_and_picked_with_a_digit(qtbot, talking):
    form = talking.call_desk.form
    items = [form.satisfaction.itemText(i) for i in range(form.satisfaction.count())]
    assert items[1:] == ["1 很不满意", "2 不满意", "3 一般", "4 满意", "5 很满意"]
    form.satisfaction.setFocus()
    qtbot.keyClick(form.satisfaction, "4")
    assert form.satisfaction.currentData() == 4
    assert not form.satisfaction.hasFocus()  # the digit moved on
    types = [form.category.itemText(i) for i in range(1, 3)]
    assert types == ["1 咨询", "2 投诉"]


def test_saving_without_the_sign_off_or_satisfaction_hints_once(talking, services):
    form = talking.call_desk.form
    form.question.setPlainText("资费多少")
    form.answer.setPlainText("99 元")
    form.category.setCurrentIndex(form.category.findData("inquiry"))
    form.resolution.setCurrentIndex(form.resolution.findData("resolved"))
    assert form.save() is None
    assert form.hint_label.isVisible()
    assert "结束语" in form.hint_label.text() and "满意度" in form.hint_label.text()
    saved = form.save()  # the second Ctrl+S saves as it is
    assert saved is not None and saved.call.subject == "资费多少"


# --- 5. the case window -----------------------------------------------------------------------


def test_a_long_complaint_keeps_the_deadlines_and_actions_in_reach(qtbot, services, agent):
    opened = services.cases.open_case("complaint", actor=agent, matter="断网" * 1500)
    dialog = CaseDialog(services, agent, opened.id)
    qtbot.addWidget(dialog)
    dialog.resize(760, 620)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.minimumSizeHint().height() <= 698
    scroll = dialog.findChild(QScrollArea, "caseScroll")
    assert "Deadline" in dialog.facts.text() or "时限" in dialog.facts.text()
    assert on_screen(dialog.facts, scroll)
    assert dialog.matter_view.toPlainText().startswith("断网断网")


def test_double_clicking_a_case_opens_one_window(qtbot, services, agent, ui_settings, language):
    language("zh_CN")
    services.cases.open_case("complaint", actor=agent, matter="话费")
    window = open_window(qtbot, services, agent, ui_settings)
    table = window.followups.findChild(QTableView, "followUpTable")
    index = table.model().index(0, 3)
    # What a double-click makes the view say (QAbstractItemView::mouseDoubleClickEvent):
    table.doubleClicked.emit(index)
    table.activated.emit(index)
    table.activated.emit(index)  # and Enter on the same row while its window is open
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, CaseDialog)]
    assert len([w for w in shown if w.isVisible()]) == 1


def test_the_card_follows_a_case_changed_in_its_window(
    qtbot, services, agent, ui_settings, language, customer
):
    language("zh_CN")
    opened = services.cases.open_case(
        "suggestion", actor=agent, matter="延长营业时间", customer_id=customer.id
    )
    window = open_window(qtbot, services, agent, ui_settings)
    window.customer_panel.show_customer(customer.id)
    card = window.customer_panel.card
    lines = [card.cases_list.item(i).text() for i in range(card.cases_list.count())]
    assert any(opened.number in line for line in lines)
    dialog = window.followups.open_case(opened.id)
    assert dialog.assign()  # received → assigned
    texts = [card.cases_list.item(i).text() for i in range(card.cases_list.count())]
    assert any(opened.number in t and "已受理" not in t for t in texts), texts


def test_the_new_case_dialog_names_its_fields_by_kind_and_holds_the_caller(
    qtbot, services, agent, ui_settings, language, customer
):
    language("zh_CN")
    window = open_window(qtbot, services, agent, ui_settings)
    ring(window)
    card_filled(qtbot, window)
    window.call_desk.answer()
    action = next(a for a in window.call_menu.actions() if a.objectName() == "openCaseAction")
    action.trigger()
    dialog: OpenCaseDialog = window.followups.open_dialog
    assert (dialog.complainant.text(), dialog.contact.text()) == ("张三", KNOWN)
    assert dialog.customer_id == customer.id
    dialog.kind.setCurrentIndex(dialog.kind.findData("suggestion"))
    assert (dialog.person_label.text(), dialog.matter_label.text()) == ("建议人", "建议内容")
    dialog.kind.setCurrentIndex(dialog.kind.findData("repair"))
    assert dialog.matter_label.text() == "报修内容"
    dialog.kind.setCurrentIndex(dialog.kind.findData("complaint"))
    assert (dialog.person_label.text(), dialog.matter_label.text()) == ("投诉人", "投诉事项")


def test_a_repair_case_has_a_fault_type_not_a_complaint_type(qtbot, services, agent, language):
    language("zh_CN")
    opened = services.cases.open_case("repair", actor=agent, matter="宽带无信号")
    dialog = CaseDialog(services, agent, opened.id)
    qtbot.addWidget(dialog)
    assert dialog.case_type_label.text() == "故障类别"
    assert "投诉" not in dialog.case_type.placeholderText()


# --- Qt's own dialogs ---------------------------------------------------------------------------


def test_qts_file_dialog_speaks_chinese(qtbot, language, tmp_path):
    language("zh_CN")
    (tmp_path / "folder").mkdir()
    dialog = QFileDialog(None, "选择", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(
        lambda: (
            dialog.findChild(QWidget, "treeView")
            .model()
            .rowCount(dialog.findChild(QWidget, "treeView").rootIndex())
            > 0
        )
    )
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    words = [re.sub(r"\(&.\)", "", t) for t in labels]  # "查找范围(&L)：" has its key letter
    english = [t for t in words if re.search("[A-Za-z]{2,}", t)]
    assert english == []
    view = dialog.findChild(QWidget, "treeView")
    kinds = {view.model().index(r, 2, view.rootIndex()).data() for r in range(1)}
    assert kinds == {"文件夹"}
    from agent_desk.ui.qt_texts import qt_texts

    assert [s for _c, s, _d, t in qt_texts() if t == s] == []


# --- 3. the state in the banner, breaks in one key ----------------------------------------------


def test_the_state_and_its_time_are_in_the_banner_and_f8_takes_a_break(
    qtbot, services, agent, ui_settings, language, clock
):
    language("zh_CN")
    window = open_window(qtbot, services, agent, ui_settings)
    state = window.call_desk.banner.state_view
    clock.advance(90)
    state.refresh()
    assert state.text() == "示闲 00:01:30"
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert state.text() == "小休（休息） 00:00:00"
    assert window.shift_desk.state_label.text() == "小休：休息"
    clock.advance(300)
    state.refresh()
    assert state.text() == "小休（休息） 00:05:00"
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert state.text() == "示闲 00:00:00"
    ring(window)
    assert state.text().startswith("振铃")
    window.call_desk.answer()
    assert state.text().startswith("通话中")


# --- the supervisor who only supervises ---------------------------------------------------------


def test_a_supervisor_supervising_only_has_the_ring_refused_on_the_banner(
    qtbot, services, ui_settings, language
):
    language("zh_CN")
    services.accounts.create("8001", "周主管", "supervisor", "password8")
    supervisor = services.accounts.login("8001", "password8")
    window = open_window(qtbot, services, supervisor, ui_settings, take_calls=False)
    reply = window.call_controller.handle_event(RingEvent("ring", KNOWN, "s1", "cti"))
    assert not reply["ok"]
    banner = window.call_desk.banner
    assert banner.caller_label.text() == "来自 138****8000 的来电未受理"
    assert "开始新班次" in banner.note_label.text()
    assert services.shifts.current(supervisor.id) is None
    assert banner.state_view.text() == "主管工作，未开班"
    window.shift_desk.start_shift()
    assert window.call_controller.handle_event(RingEvent("ring", KNOWN, "s2", "cti"))["ok"]


# --- 4. an ordinary known-caller call in at most nine command keys ------------------------------


def test_an_ordinary_known_caller_call_takes_at_most_nine_keys(
    qtbot, services, agent, ui_settings, language, customer
):
    language("zh_CN")
    window = open_window(qtbot, services, agent, ui_settings)
    public_id = ring(window)
    card_filled(qtbot, window)
    keys = 0

    def press(key, modifier=Qt.KeyboardModifier.NoModifier):
        nonlocal keys
        keys += 1
        qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)

    def type_text(text):
        qtbot.keyClicks(QApplication.focusWidget(), text)

    press(Qt.Key.Key_F3)  # answer
    press(Qt.Key.Key_F6)  # greeting given
    type_text("broadband fee")
    press(Qt.Key.Key_Tab)
    type_text("99 yuan a month")
    press(Qt.Key.Key_Tab)  # to the type
    press("1")  # 1 咨询, on to the resolution
    press("1")  # 1 当场解决, on to the satisfaction
    press("5")  # 5 很满意
    window.call_controller.hang_up("pbx-1")  # the caller hangs up (the phone says so)
    press(Qt.Key.Key_F7)  # sign-off given
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # save
    saved = services.calls.get(public_id)
    assert saved.saved_at is not None, window.call_desk.form.general_error.text()
    assert (saved.category, saved.resolution, saved.satisfaction) == ("inquiry", "resolved", 5)
    assert saved.greeting_given and saved.signoff_given and saved.subject == "broadband fee"
    assert keys <= 9
