"""What an agent on a common branch PC (1366x768, 1280x800, taskbar showing) sees and types.

These are the stumbles found by looking at the real window in both languages: a window taller
than the screen, actions with no key, texts left in English.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from agent_desk.ui.main_window import MainWindow

# 768 pixels minus a Windows taskbar (40) and a title bar (~30).
USABLE_HEIGHT_AT_1366X768 = 698


@pytest.fixture
def agent(services):
    services.accounts.create("1001", "王小明", "agent", "password1")
    return services.accounts.login("1001", "password1")


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_desk_fits_a_1366x768_screen_with_a_taskbar(
    qtbot, services, ui_settings, language, agent, lang
):
    language(lang)
    window = MainWindow(services.context, agent, ui_settings, services)
    qtbot.addWidget(window)
    window.show()
    minimum = window.minimumSizeHint()
    assert minimum.height() <= USABLE_HEIGHT_AT_1366X768
    assert minimum.width() <= 1280


def test_every_menu_entry_speaks_chinese(qtbot, services, ui_settings, language, agent):
    """Tools ▸ Customers… / New customer… / Merge… stayed English: tr() on a variable gave
    lupdate the context 'panel' while Qt looked them up under 'CustomerPanel'."""
    language("zh_CN")
    window = MainWindow(services.context, agent, ui_settings, services)
    qtbot.addWidget(window)
    english = []
    menus = [window.file_menu, window.call_menu, window.tools_menu, window.help_menu]
    while menus:
        menu = menus.pop()
        for action in menu.actions():
            if action.menu() is not None:
                menus.append(action.menu())
            text = action.text().replace("&", "")
            if text and not any("\u4e00" <= ch <= "\u9fff" for ch in text):
                english.append(text)
    assert english == []


# One word for one thing across the app, as a call center says it: the reports said 客服代表
# where the desk and the shift summary said 坐席, and the callback dialog said 回电 for 回访.
PREFERRED_TERMS = {"客服代表": "坐席", "客服专员": "坐席", "回电": "回访", "案件": "工单"}


def test_chinese_uses_one_word_for_agent_callback_and_case():
    import xml.etree.ElementTree as ET
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "resources" / "i18n"
    found = []
    for ts in sorted(folder.glob("*_zh_CN.ts")):
        for message in ET.parse(ts).iter("message"):
            text = message.findtext("translation") or ""
            found += [(ts.name, term, text) for term in PREFERRED_TERMS if term in text]
    assert found == []


def test_case_counts_in_the_reports_chart_have_whole_number_ticks(qtbot):
    from PySide6.QtCharts import QBarSet, QValueAxis

    from agent_desk.ui.reports_window import _bar_chart

    opened = QBarSet("opened")
    opened.append([6, 6, 2, 7, 7])
    chart = _bar_chart("cases", [opened], list("abcde"), 0, 7, counts=True)
    axis = next(a for a in chart.axes() if isinstance(a, QValueAxis))
    assert axis.labelFormat() == "%d"
    assert axis.tickInterval() == 2
    assert axis.max() == 8


def test_ctrl_s_on_a_short_screen_scrolls_to_the_first_problem(qtbot, services, ui_settings, agent):
    """The call form scrolls in its column on a 768-pixel screen; a refused save must bring the
    first problem into view, not leave the agent looking at the bottom of the form."""
    from PySide6.QtWidgets import QScrollArea

    window = MainWindow(services.context, agent, ui_settings, services)
    qtbot.addWidget(window)
    window.resize(1366, 420)  # shorter than any desk: the form (which fits 1366x768) scrolls
    window.show()
    controller = window.call_controller
    controller.ring("13800138000")
    controller.answer()
    controller.hang_up()
    scroll = window.findChild(QScrollArea, "callScroll")
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    bar.setValue(bar.maximum())
    qtbot.keyClick(window.focusWidget(), "s", modifier=Qt.KeyboardModifier.ControlModifier)
    assert bar.value() < bar.maximum() // 2  # the question, the form's first field, is near the top


def test_the_case_windows_handling_fields_keep_their_names_once_filled(qtbot, services, agent):
    """Severity, type and department were unnamed boxes whose placeholder vanished once filled."""
    from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QLineEdit

    from agent_desk.ui.case_dialog import CaseDialog

    opened = services.cases.open_case(
        "suggestion", actor=agent, matter="增加网点", department="财务部"
    )
    dialog = CaseDialog(services, agent, opened.id)
    qtbot.addWidget(dialog)
    box = dialog.findChild(QGroupBox, "detailsBox")
    buddies = {label.buddy() for label in box.findChildren(QLabel)}
    fields = box.findChildren(QLineEdit) + box.findChildren(QComboBox)
    assert all(f in buddies for f in fields if f.objectName() != "assignee")


def test_the_login_button_says_log_in_in_chinese(qtbot, services, language):
    from PySide6.QtWidgets import QDialogButtonBox

    from agent_desk.ui.account_dialogs import LoginDialog, SetupDialog
    from agent_desk.ui.store_loader import StoreLoader

    language("zh_CN")
    loader = StoreLoader(services.context)
    loader.services = services
    login = LoginDialog(loader)
    setup = SetupDialog(loader)
    qtbot.addWidget(login)
    qtbot.addWidget(setup)
    ok = QDialogButtonBox.StandardButton.Ok
    assert login.buttons.button(ok).text() == "登录"
    assert setup.buttons.button(ok).text() == "创建管理员"


def test_tab_leaves_every_notes_box_in_the_case_and_customer_windows(qtbot, services, agent):
    """Tab typed a tab character into the case matter, case entry and customer notes, so the
    keyboard could not move past them."""
    from PySide6.QtWidgets import QPlainTextEdit

    from agent_desk.ui.case_dialog import CaseDialog, OpenCaseDialog
    from agent_desk.ui.customer_editor import CustomerEditor

    opened = services.cases.open_case("complaint", actor=agent, matter="投诉")
    dialogs = [
        CaseDialog(services, agent, opened.id),
        OpenCaseDialog(services, agent),
        CustomerEditor(services.customers),
    ]
    trapped = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        trapped += [
            (type(dialog).__name__, edit.objectName())
            for edit in dialog.findChildren(QPlainTextEdit)
            if not edit.tabChangesFocus()
        ]
    assert trapped == []


def test_follow_up_columns_show_whole_english_words(qtbot, services, ui_settings, language, agent):
    """Fixed column widths cut 'Pending inquiry' to 'Pending...' in English."""
    from PySide6.QtWidgets import QTableView

    language("en")
    services.cases.open_case("inquiry", actor=agent, matter="opening hours")
    window = MainWindow(services.context, agent, ui_settings, services)
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    table = window.findChild(QTableView, "followUpTable")
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    metrics = table.fontMetrics()
    model = table.model()
    for column in (2, 4):
        text = model.index(0, column).data()
        assert table.columnWidth(column) >= metrics.horizontalAdvance(text), text


def test_the_script_editor_names_languages_not_codes(qtbot, services):
    from agent_desk.ui.script_editor import ScriptEditorDialog

    services.accounts.create("8001", "主管", "supervisor", "password1")
    supervisor = services.accounts.login("8001", "password1")
    dialog = ScriptEditorDialog(services.scripts, supervisor)
    qtbot.addWidget(dialog)
    labels = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert labels
    assert not [label for label in labels if "zh_CN" in label]
    assert any(label.startswith("[简体中文]") for label in labels)


def test_overdue_callbacks_come_one_reminder_at_a_time(qtbot, services, agent, clock):
    """At login, four overdue callbacks opened four reminder windows on top of each other."""
    from datetime import timedelta

    from agent_desk.ui.followups import FollowUpList

    ids = []
    for number in ("13900001111", "13900002222", "13900003333"):
        opened = services.cases.open_case("complaint", actor=agent, matter="话费", contact=number)
        services.cases.record_contact(opened.id, actor=agent, text="已告知进度")
        callback = services.callbacks.schedule(
            actor=agent, due_at=clock.now() + timedelta(hours=1), purpose="回访", case_id=opened.id
        )
        ids.append(callback.id)
    clock.advance(7200)
    panel = FollowUpList(services, agent)
    qtbot.addWidget(panel)
    panel.tick()
    visible = [i for i, r in panel.reminders.items() if r.isVisible()]
    assert visible == [ids[0]]
    assert panel.queued == ids[1:]

    panel.reminders[ids[0]].reject()  # the agent closes it (Esc)
    qtbot.waitUntil(lambda: ids[1] in panel.reminders and panel.reminders[ids[1]].isVisible())
    assert panel.queued == [ids[2]]

    services.callbacks.done(ids[2], actor=agent, outcome="已联系")
    panel.reminders[ids[1]].reject()
    qtbot.wait(50)
    assert not any(r.isVisible() for r in panel.reminders.values())  # done elsewhere: skipped
    assert panel.queued == []


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_menu_entry_has_a_key(qtbot, services, ui_settings, language, lang):
    """A mnemonic (Alt path), a shortcut, or the key written in its text (F6, F7, Ctrl+S)."""
    language(lang)
    services.accounts.create("8001", "主管", "supervisor", "password1")
    supervisor = services.accounts.login("8001", "password1")
    window = MainWindow(services.context, supervisor, ui_settings, services)
    qtbot.addWidget(window)
    keyless = []
    menus = [window.file_menu, window.call_menu, window.tools_menu, window.help_menu]
    while menus:
        for action in menus.pop().actions():
            if action.menu() is not None:
                menus.append(action.menu())
            if action.isSeparator() or "&" in action.text() or not action.shortcut().isEmpty():
                continue
            if "(F" not in action.text() and "Ctrl+" not in action.text():
                keyless.append(action.text())
    assert keyless == []


def test_a_validation_message_does_not_stretch_the_notes_boxes_on_a_short_screen(
    qtbot, services, ui_settings, agent
):
    """The notes boxes jumped from 70 to 190 px when a message appeared, pushing the form down."""
    from PySide6.QtWidgets import QPlainTextEdit

    from agent_desk.ui.call_form import CallForm

    window = MainWindow(services.context, agent, ui_settings, services)
    qtbot.addWidget(window)
    window.resize(1366, 420)  # shorter than any desk: the form (which fits 1366x768) scrolls
    window.show()
    controller = window.call_controller
    controller.ring("13800138000")
    controller.answer()
    controller.hang_up()
    question = window.findChild(QPlainTextEdit, "question")
    qtbot.wait(50)
    before = question.height()
    window.findChild(CallForm).save()
    qtbot.wait(50)
    assert question.height() <= before + 5


def test_a_cases_first_line_says_opened_without_an_arrow_from_nothing(qtbot, services, agent):
    from agent_desk.ui.case_dialog import CaseDialog

    opened = services.cases.open_case("complaint", actor=agent, matter="话费")
    dialog = CaseDialog(services, agent, opened.id)
    qtbot.addWidget(dialog)
    first = dialog.timeline.topLevelItem(0).text(2)
    assert "→" not in first and first.endswith("Received")


def test_a_reminder_due_during_a_call_waits_until_the_record_is_saved(
    qtbot, services, ui_settings, agent, clock
):
    """A reminder took focus mid-call and its first button, Call now, answered Enter; then a
    reminder on screen kept the keyboard from a ring. Now it waits for the saved record."""
    from datetime import timedelta

    from agent_desk.calls.service import CallRecord
    from agent_desk.ui.followups import FollowUpList

    opened = services.cases.open_case(
        "complaint", actor=agent, matter="话费", contact="13900001111"
    )
    services.cases.record_contact(opened.id, actor=agent, text="已告知进度")
    callback = services.callbacks.schedule(
        actor=agent, due_at=clock.now() + timedelta(minutes=5), purpose="回访", case_id=opened.id
    )
    window = MainWindow(services.context, agent, ui_settings, services)
    qtbot.addWidget(window)
    window.show()
    window.call_controller.ring("13800138000")
    window.call_controller.answer()
    clock.advance(600)
    panel = window.findChild(FollowUpList)
    panel.tick()
    assert callback.id not in panel.reminders and panel.queued == [callback.id]
    window.call_controller.hang_up()
    panel.tick()
    assert callback.id not in panel.reminders  # wrap-up: the record is still being written
    window.call_desk.form.load(
        CallRecord(
            category="inquiry",
            subject="话费",
            question="余额",
            answer="50 元",
            resolution="resolved",
            satisfaction=5,
            signoff_given=True,
        )
    )
    assert window.call_desk.form.save() is not None
    qtbot.waitUntil(lambda: callback.id in panel.reminders, timeout=2000)
    reminder = panel.reminders[callback.id]
    assert reminder.isVisible()
    qtbot.keyClick(reminder.call_button, Qt.Key.Key_Return)
    assert reminder.placed_call_id is None  # Enter did not dial
    assert not reminder.call_button.autoDefault() and reminder.done_button.isDefault()


def test_the_chinese_shift_summary_writes_seconds_and_percent_the_chinese_way(
    qapp, services, clock
):
    """It said "0.8 s" and "100.0 %" in the middle of Chinese text."""
    from agent_desk.ui.summary_render import build_html

    agent = services.accounts.create("1002", "李娜", "agent", "password1")
    shift = services.shifts.start(agent)
    clock.advance(3600)
    summary = services.shifts.summary(shift.id, "zh_CN")
    summary["calls"]["answer_delay_avg_seconds"] = 0.8
    html = build_html(summary, "zh_CN")
    assert "0.8 秒" in html and "0.8 s" not in html
    assert " %" not in html
