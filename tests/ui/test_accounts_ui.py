"""Accounts in the window: roles at login, user administration, one's own password."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction

from agent_desk.ui.account_steps import ChangePasswordDialog, WorkModeDialog
from agent_desk.ui.main_window import MainWindow
from agent_desk.ui.summary_render import QtSummaryRenderer
from agent_desk.ui.user_admin import AddUserDialog, ResetPasswordDialog, RoleDialog, UsersDialog


@pytest.fixture
def admin(services):
    services.accounts.create("0001", "管理员", "admin", "admin-pw1")
    return services.accounts.login("0001", "admin-pw1")


@pytest.fixture
def supervisor(services):
    services.accounts.create("8001", "陈主管", "supervisor", "boss-pw1")
    return services.accounts.login("8001", "boss-pw1")


@pytest.fixture
def agent(services):
    services.accounts.create("1001", "王小明", "agent", "agent-pw1")
    return services.accounts.login("1001", "agent-pw1")


# --- roles at login ------------------------------------------------------------------------------


def test_a_supervisor_who_only_supervises_opens_no_call_shift(
    qtbot, services, ui_settings, supervisor
):
    window = MainWindow(services.context, supervisor, ui_settings, services, take_calls=False)
    qtbot.addWidget(window)
    assert services.shifts.last() is None
    assert window.shift_desk.state_label.text() == "Supervising, no call shift"
    assert window.shift_desk.start_action.isEnabled()  # may still choose to take calls
    window.shift_desk.start_action.trigger()
    assert services.shifts.last(status="open").agent_no == "8001"


def test_a_supervisor_who_takes_calls_opens_a_shift(qtbot, services, ui_settings, supervisor):
    window = MainWindow(services.context, supervisor, ui_settings, services, take_calls=True)
    qtbot.addWidget(window)
    assert services.shifts.last(status="open").agent_no == "8001"


def test_the_choice_at_login_is_supervise_only_unless_taking_calls_is_chosen(qtbot, supervisor):

    dialog = WorkModeDialog(supervisor)
    qtbot.addWidget(dialog)
    assert dialog.supervise.isChecked()
    assert not dialog.take_calls
    dialog.take.setChecked(True)
    assert dialog.take_calls


def test_a_supervisor_who_just_confirms_the_login_choice_supervises_only(
    qtbot, supervisor, monkeypatch
):
    from agent_desk.ui import account_steps
    from agent_desk.ui.app import _takes_calls

    asked = []
    monkeypatch.setattr(
        account_steps.WorkModeDialog, "exec", lambda self: asked.append(self.windowTitle()) or 1
    )
    assert _takes_calls(supervisor) is False
    assert asked == ["How do you work today?"]


def test_an_agent_is_not_asked_and_takes_calls(agent):
    from agent_desk.ui.app import _takes_calls

    assert _takes_calls(agent) is True  # no dialog: it would block this test


# --- menus by role -------------------------------------------------------------------------------


def _actions(window) -> dict[str, bool]:
    found = {}
    for menu in (window.file_menu, window.tools_menu):
        for action in menu.actions():
            if action.objectName():
                found[action.objectName()] = action.isVisible()
    return found


def test_an_agent_has_no_user_administration_share_settings_or_manual_archive(
    qtbot, services, ui_settings, agent
):
    window = MainWindow(services.context, agent, ui_settings, services)
    qtbot.addWidget(window)
    actions = _actions(window)
    assert actions["changePasswordAction"] is True
    assert "usersAction" not in actions
    assert actions["shareSettings"] is False
    assert actions["archiveAction"] is False


def test_an_administrator_has_user_administration_and_share_settings(
    qtbot, services, ui_settings, admin
):
    window = MainWindow(services.context, admin, ui_settings, services, take_calls=False)
    qtbot.addWidget(window)
    actions = _actions(window)
    assert actions["usersAction"] is True
    assert actions["shareSettings"] is True
    assert actions["archiveAction"] is True


# --- user administration -------------------------------------------------------------------------


def _row(dialog: UsersDialog, agent_no: str) -> list[str]:
    for r in range(dialog.table.rowCount()):
        if dialog.table.item(r, 0).text() == agent_no:
            return [dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
    raise AssertionError(f"{agent_no} not listed")


def test_the_administrator_adds_an_account(qtbot, services, admin):
    add = AddUserDialog(services.accounts, admin)
    qtbot.addWidget(add)
    add.agent_no.setText("1002")
    add.name.setText("李娜")
    add.role.setCurrentIndex(add.role.findData("supervisor"))
    add.password.setText("first-pw1")
    add.confirm.setText("other-pw1")
    add.accept()
    assert add.error.text() == "The two new passwords differ."
    add.confirm.setText("first-pw1")
    add.accept()
    assert add.added is not None and add.added.role == "supervisor"
    users = UsersDialog(services.accounts, admin, services.clock.now)
    qtbot.addWidget(users)
    # The administrator knows the first password: the owner chooses their own at first login.
    assert _row(users, "1002") == ["1002", "李娜", "Supervisor", "Active, must change password"]
    last = services.audit.recent(limit=1)[0]
    assert (last.actor, last.action, last.target) == ("0001", "user.create", "1002")


def test_the_administrator_disables_and_enables_never_deletes(qtbot, services, admin, agent):
    users = UsersDialog(services.accounts, admin, services.clock.now)
    qtbot.addWidget(users)
    users.select("1001")
    assert users.active_button.text() == "&Disable"
    users.active_button.click()
    assert _row(users, "1001")[3] == "Disabled"
    assert "no longer log in" in users.message.text()
    assert users.active_button.text() == "&Enable"
    users.active_button.click()
    assert _row(users, "1001")[3] == "Active"
    actions = [(r.actor, r.action, r.target) for r in services.audit.recent(limit=2)]
    assert actions == [("0001", "user.enable", "1001"), ("0001", "user.disable", "1001")]


def test_the_last_administrator_cannot_disable_themselves(qtbot, services, admin):
    users = UsersDialog(services.accounts, admin, services.clock.now)
    qtbot.addWidget(users)
    users.select("0001")
    users.active_button.click()
    assert users.message.text() == "You cannot disable your own account."
    assert _row(users, "0001")[3] == "Active"


def test_a_reset_password_is_shown_and_must_be_changed_at_the_next_login(
    qtbot, services, admin, agent
):
    reset = ResetPasswordDialog(services.accounts, admin, agent)
    qtbot.addWidget(reset)
    reset.password.setText("temp-pw-9")
    reset.confirm.setText("temp-pw-9")
    reset.accept()
    users = UsersDialog(services.accounts, admin, services.clock.now)
    qtbot.addWidget(users)
    assert _row(users, "1001")[3] == "Active, must change password"
    me = services.accounts.login("1001", "temp-pw-9")
    forced = ChangePasswordDialog(services.accounts, me, forced=True, current_password="temp-pw-9")
    qtbot.addWidget(forced)
    assert not forced.current.isVisible() and forced.current.text() == "temp-pw-9"
    forced.new.setText("temp-pw-9")
    forced.confirm.setText("temp-pw-9")
    forced.accept()
    assert forced.changed is None
    assert forced.error.text() == "Choose a password different from the current one."
    forced.new.setText("mine-pw-9")
    forced.confirm.setText("mine-pw-9")
    forced.accept()
    assert forced.changed is not None and not forced.changed.must_change_password


def test_changing_a_role_of_the_last_administrator_is_refused_with_a_reason(
    qtbot, services, admin, agent
):
    role = RoleDialog(services.accounts, admin, agent)
    qtbot.addWidget(role)
    role.role.setCurrentIndex(role.role.findData("supervisor"))
    role.accept()
    assert services.accounts.get("1001").role == "supervisor"
    own = RoleDialog(services.accounts, admin, admin)
    qtbot.addWidget(own)
    own.role.setCurrentIndex(own.role.findData("agent"))
    own.accept()
    assert "last active administrator" in own.error.text()
    assert services.accounts.get("0001").role == "admin"


def test_a_supervisor_gets_no_list_of_accounts(qtbot, services, supervisor):
    users = UsersDialog(services.accounts, supervisor, services.clock.now)
    qtbot.addWidget(users)
    assert users.table.rowCount() == 0
    assert users.message.text() == "Only an administrator may manage accounts."


def test_everyone_changes_their_own_password_with_the_current_one(qtbot, services, agent):
    dialog = ChangePasswordDialog(services.accounts, agent)
    qtbot.addWidget(dialog)
    dialog.current.setText("wrong-pw1")
    dialog.new.setText("new-pw-123")
    dialog.confirm.setText("new-pw-123")
    dialog.accept()
    assert dialog.changed is None and dialog.error.text()
    dialog.current.setText("agent-pw1")
    dialog.accept()
    assert dialog.changed is not None
    assert services.accounts.login("1001", "new-pw-123")


def test_user_administration_speaks_chinese(qtbot, services, admin, agent, language):
    language("zh_CN")
    users = UsersDialog(services.accounts, admin, services.clock.now)
    qtbot.addWidget(users)
    assert users.windowTitle() == "用户管理"
    assert _row(users, "1001")[2:] == ["坐席", "正常"]
    assert users.add_button.text().startswith("添加")


def test_a_settings_file_problem_at_start_names_file_and_line_in_chinese(tmp_path, language):
    from agent_desk.config import BranchConfig
    from agent_desk.errors import ConfigError
    from agent_desk.ui.error_text import describe

    language("zh_CN")
    path = tmp_path / "config.toml"
    path.write_text('[share]\nlocation = "/srv"\npassword = "x"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        BranchConfig.load(path)
    text = describe(info.value)
    assert str(path) in text and "3" in text and "share.password" in text
    assert "密码库" in text  # where the secret belongs


def test_a_relative_key_file_at_start_is_named_in_chinese_not_a_missing_key(tmp_path, language):
    from agent_desk.config import BranchConfig
    from agent_desk.errors import ConfigError
    from agent_desk.ui.error_text import describe

    language("zh_CN")
    path = tmp_path / "config.toml"
    path.write_text('[database]\nkey_file = "rel3.key"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        BranchConfig.load(path)
    text = describe(info.value)
    assert f"设置文件 {path} 第 2 行" in text and "database.key_file 必须是绝对路径" in text


def test_a_shift_left_open_is_closed_when_its_owner_logs_in_to_supervise_only(
    qtbot, services, ui_settings, supervisor, clock
):
    """A supervisor took calls, quit, and logged in again to supervise only: the old shift
    stayed open with no end, and File > Start a new shift later reopened it."""
    services.shifts.renderer = QtSummaryRenderer()
    old = services.shifts.start(supervisor)
    clock.advance(1800)
    services.shifts.touch(old.id)  # the last heartbeat before quitting
    last_seen = clock.now()
    clock.advance(3600)  # an hour later: within the resume window, logs in to supervise
    window = MainWindow(services.context, supervisor, ui_settings, services, take_calls=False)
    qtbot.addWidget(window)
    closed = services.shifts.get(old.id)
    assert (closed.status, closed.ended_at) == ("closed", last_seen)
    assert window.shift_desk.shift is None
    assert "closed" in window.status.currentMessage()
    clock.advance(7200)
    window.findChild(QAction, "startShift").trigger()
    new = window.shift_desk.shift
    assert new is not None and new.id != old.id and not new.resumed
    assert new.started_at == clock.now()
    window.shift_desk.stop()


# --- review of issue 11: the keyboard starts in the first field; messages that help ------------


def _first_field_cases(services, admin, agent):
    from agent_desk.ui.account_dialogs import LoginDialog, SetupDialog
    from agent_desk.ui.share_settings import ShareSettingsDialog
    from agent_desk.ui.store_loader import StoreLoader

    loader = StoreLoader(services.context)
    loader.services = services
    return [
        (SetupDialog(loader), "agentNo"),
        (LoginDialog(loader), "agentNo"),
        (AddUserDialog(services.accounts, admin), "agentNo"),
        (ResetPasswordDialog(services.accounts, admin, agent), "password"),
        (RoleDialog(services.accounts, admin, agent), "role"),
        (ChangePasswordDialog(services.accounts, agent), "currentPassword"),
        (
            ChangePasswordDialog(services.accounts, agent, forced=True, current_password="x"),
            "newPassword",
        ),
        (WorkModeDialog(agent), "superviseOnly"),
        (ShareSettingsDialog(services.settings, admin), "shareLocation"),
    ]


def test_every_account_dialog_opens_with_the_keyboard_on_its_first_field(
    qtbot, services, admin, agent
):
    """Add account, Reset password, Change role and first start opened on OK: the button box
    was made before the fields."""
    for dialog, first in _first_field_cases(services, admin, agent):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda d=dialog: d.focusWidget() is not None, timeout=2000)
        assert dialog.focusWidget().objectName() == first, type(dialog).__name__
        dialog.hide()


def test_enter_submits_the_first_start_dialog(qtbot, services):
    from PySide6.QtCore import Qt

    from agent_desk.ui.account_dialogs import SetupDialog
    from agent_desk.ui.store_loader import StoreLoader

    loader = StoreLoader(services.context)
    loader.services = services
    dialog = SetupDialog(loader)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("管理员")  # QTest types Latin-1 only
    for field, text in (
        (dialog.agent_no, "0001"),
        (dialog.password, "admin-pw-1"),
        (dialog.confirm, "admin-pw-1"),
    ):
        field.setFocus()
        qtbot.keyClicks(field, text)
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert services.accounts.has_admin()


def _accepting(monkeypatch, cls, fill) -> None:
    """The dialog `cls` opened from the Users dialog is filled by `fill` and OK pressed."""

    def exec_(self):
        fill(self)
        self.accept()
        return self.result()

    monkeypatch.setattr(cls, "exec", exec_)


def test_a_success_in_the_users_dialog_replaces_an_earlier_error(
    qtbot, services, admin, agent, monkeypatch
):
    users = UsersDialog(services.accounts, admin, services.clock.now)
    qtbot.addWidget(users)
    users.select("0001")
    users.active_button.click()
    assert users.message.text() == "You cannot disable your own account."
    users.select("1001")
    _accepting(
        monkeypatch, RoleDialog, lambda d: d.role.setCurrentIndex(d.role.findData("supervisor"))
    )
    users.change_role()
    assert users.message.text() == "1001 王小明 is now Supervisor."
    assert "#b3261e" not in users.message.styleSheet()


def test_the_role_dialog_shows_its_whole_error(qtbot, services, admin):
    own = RoleDialog(services.accounts, admin, admin)
    qtbot.addWidget(own)
    own.show()
    own.role.setCurrentIndex(own.role.findData("agent"))
    own.accept()
    qtbot.waitUntil(lambda: own.error.isVisible())
    qtbot.wait(50)
    assert own.error.height() >= own.error.heightForWidth(own.error.width())
    assert own.error.geometry().bottom() <= own.height()


def test_changing_ones_password_says_so_and_a_wrong_current_one_is_named(
    qtbot, services, ui_settings, agent, monkeypatch
):
    dialog = ChangePasswordDialog(services.accounts, agent)
    qtbot.addWidget(dialog)
    dialog.current.setText("wrong-pw1")
    dialog.new.setText("new-pw-123")
    dialog.confirm.setText("new-pw-123")
    dialog.accept()
    assert dialog.error.text() == "That is not your current password."
    window = MainWindow(services.context, agent, ui_settings, services)
    qtbot.addWidget(window)

    def fill(d):
        d.current.setText("agent-pw1")
        d.new.setText("new-pw-123")
        d.confirm.setText("new-pw-123")

    _accepting(monkeypatch, ChangePasswordDialog, fill)
    window.findChild(QAction, "changePasswordAction").trigger()
    assert window.statusBar().currentMessage() == "Your password was changed."
    window.shift_desk.stop()


def test_the_add_account_dialog_says_the_new_account_chooses_its_own_password(
    qtbot, services, admin
):
    add = AddUserDialog(services.accounts, admin)
    qtbot.addWidget(add)
    assert "first login" in add.intro.text() and not add.intro.isHidden()
