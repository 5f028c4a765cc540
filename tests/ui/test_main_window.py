"""The main window and the account dialogs, as an agent sees them, in both languages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from agent_desk.ui.account_dialogs import LoginDialog, SetupDialog
from agent_desk.ui.main_window import SLOTS, MainWindow
from agent_desk.ui.store_loader import StoreLoader


def ready_loader(services) -> StoreLoader:
    loader = StoreLoader(services.context)
    loader.services = services
    return loader


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_main_window_speaks_chinese_with_zh_cn(qtbot, services, ui_settings, language):
    language("zh_CN")
    services.accounts.create("1001", "王小明", "agent", "password1")
    agent = services.accounts.login("1001", "password1")
    window = MainWindow(services.context, agent, ui_settings, services)
    qtbot.addWidget(window)
    window.show()
    assert _menu_titles(window)[0] == "文件(&F)"
    assert window.status.agent_label.text() == "工号 1001 王小明"
    assert window.findChild(QLabel, "idleLabel").text().startswith("等待来电")
    assert window.status.shift_label.text().startswith("本班 00:00:0")


def test_main_window_speaks_english_with_en(qtbot, services, ui_settings, language):
    language("en")
    window = MainWindow(services.context, None, ui_settings, services)
    qtbot.addWidget(window)
    assert _menu_titles(window) == ["&File", "&Call", "&Tools", "&Help"]
    assert window.status.agent_label.text() == "Not logged in"
    assert window.status.share_label.text() == "Share: not configured"


def test_the_window_has_a_place_for_every_working_widget(qtbot, services, ui_settings):
    window = MainWindow(services.context, None, ui_settings, services)
    qtbot.addWidget(window)
    assert set(window.slots) == set(SLOTS)
    widget = QLabel("banner")
    window.place("ring_banner", widget)
    assert window.slots["ring_banner"].indexOf(widget) >= 0  # in the banner area, not anywhere
    assert widget.window() is window
    assert "ring_banner" not in window.placeholders


def test_the_shift_clock_counts_from_login(qtbot, services, ui_settings, clock):
    services.accounts.create("1001", "王小明", "agent", "password1")
    agent = services.accounts.login("1001", "password1")
    window = MainWindow(services.context, agent, ui_settings, services)
    qtbot.addWidget(window)
    clock.advance(3725)
    window.status._tick()
    assert window.status.shift_label.text() == "Shift 01:02:05"


def test_first_start_creates_the_administrator(qtbot, services):
    dialog = SetupDialog(ready_loader(services))
    qtbot.addWidget(dialog)
    dialog.agent_no.setText("8001")
    dialog.name.setText("陈主管")
    dialog.password.setText("admin-pw-1")
    dialog.confirm.setText("admin-pw-2")
    dialog.buttons.accepted.emit()
    assert dialog.error.isVisibleTo(dialog)
    assert "differ" in dialog.error.text()
    assert not services.accounts.has_admin()
    dialog.confirm.setText("admin-pw-1")
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert services.accounts.has_admin()
    assert dialog.agent.role == "admin"


def test_login_with_a_wrong_password_explains_and_keeps_the_dialog_open(qtbot, services, language):
    language("zh_CN")
    services.accounts.create("1001", "王小明", "agent", "password1")
    dialog = LoginDialog(ready_loader(services))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.agent_no, "1001")
    qtbot.keyClicks(dialog.password, "nope")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.error.text() == "工号或密码错误。"
    assert dialog.password.text() == ""
    assert dialog.agent is None
    qtbot.keyClicks(dialog.password, "password1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.agent is not None and dialog.agent.agent_no == "1001"


def test_the_language_setting_is_remembered(qtbot, ui_settings):
    from agent_desk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ui_settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.accept()
    assert ui_settings.language == "zh_CN"


def test_login_typed_before_the_store_is_open_goes_through_when_it_opens(qtbot, profile):
    from agent_desk.context import AppContext
    from agent_desk.services import Services

    setup = Services.open(profile)
    setup.accounts.create("1001", "王小明", "agent", "password1")
    setup.close()
    loader = StoreLoader(AppContext.load(profile))
    dialog = LoginDialog(loader)
    qtbot.addWidget(dialog)
    dialog.agent_no.setText("1001")
    dialog.password.setText("password1")
    dialog.buttons.accepted.emit()  # the store is not open yet
    assert not dialog.buttons.isEnabled()
    loader.start()
    qtbot.waitUntil(lambda: dialog.agent is not None, timeout=10_000)
    assert dialog.agent.agent_no == "1001"
    loader.wait().close()


def test_standard_buttons_speak_chinese_too(qtbot, language):
    from PySide6.QtWidgets import QDialogButtonBox

    language("zh_CN")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"


def test_the_windows_carry_the_agentdesk_icon_and_name_the_menu_entry(qapp):
    from agent_desk import DESKTOP_ID
    from agent_desk.ui.app import make_application

    app = make_application()
    assert app is qapp
    assert app.desktopFileName() == DESKTOP_ID  # taskbars match the window to the menu entry
    icon = app.windowIcon()
    assert not icon.isNull()
    image = icon.pixmap(32, 32).toImage()
    assert image.pixelColor(16, 4).blue() > 150  # the blue tile of resources/icons/agentdesk.svg


def test_with_nobody_logged_in_the_window_shows_no_records(qtbot, services, ui_settings, clock):
    """`selftest --screenshot` builds the window with nobody logged in: its picture listed
    everyone's overdue follow-ups (names, case numbers, callback purposes)."""
    from datetime import timedelta

    from PySide6.QtWidgets import QComboBox, QTableView

    services.accounts.create("1001", "王小明", "agent", "password1")
    agent = services.accounts.login("1001", "password1")
    opened = services.cases.open_case(
        "complaint", actor=agent, matter="张三投诉话费", department="计费部"
    )
    services.callbacks.schedule(
        actor=agent, due_at=clock.now() + timedelta(hours=1), purpose="回访张三", case_id=opened.id
    )
    clock.advance(3 * 3600)  # overdue now
    window = MainWindow(services.context, None, ui_settings, services)
    qtbot.addWidget(window)
    window.show()
    assert window.findChild(QTableView, "followUpTable") is not None
    for table in window.findChildren(QTableView):
        assert table.model() is None or table.model().rowCount() == 0, table.objectName()
    departments = window.findChild(QComboBox, "departmentFilter")
    assert [departments.itemText(i) for i in range(departments.count())] == ["All departments"]
