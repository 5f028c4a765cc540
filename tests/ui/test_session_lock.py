"""A shared desk: whoever walks up to a logged-in desk left alone finds it locked; File > Log out
hands it to the next person; a call is never lost by either.

Before: no Log out, no lock, no idle timeout: an administrator's desk left alone gave anyone
Tools > Users.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from agent_desk.calls.events import RingEvent
from agent_desk.ui.call_controller import Stage
from agent_desk.ui.main_window import MainWindow
from agent_desk.ui.session_lock import Curtain, LockDialog


@pytest.fixture
def admin(services):
    services.accounts.create("0001", "管理员", "admin", "admin-pw-1")
    return services.accounts.login("0001", "admin-pw-1")


@pytest.fixture
def window(qtbot, services, ui_settings, admin, language):
    language("en")
    win = MainWindow(services.context, admin, ui_settings, services, take_calls=True)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.shift_desk.stop()


def _while_locked(qtbot, steps):
    """Run `steps(dialog)` once the lock dialog is up (its exec() blocks the caller)."""
    seen = {}

    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LockDialog) and dialog.isVisible():
            seen["dialog"] = dialog
            try:
                steps(dialog)
            except BaseException as exc:  # reported after exec() returns
                seen["error"] = exc
                dialog.done(QDialog.DialogCode.Accepted)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def _ring(window, call_id="pbx-1"):
    reply = window.call_controller.handle_event(RingEvent("ring", "13800138000", call_id, "cti"))
    assert reply["ok"], reply


def test_an_idle_desk_locks_covers_its_windows_and_only_the_password_opens_it(
    qtbot, window, services, clock
):
    guard = window.session_guard
    other = QDialog(window)  # e.g. Tools > Users left open
    other.setWindowTitle("Users")
    other.show()
    qtbot.addWidget(other)
    clock.advance(9 * 60)
    guard.check()
    assert not window.locked  # 9 minutes: not yet

    def steps(dialog):
        assert window.locked
        covered = {c.parentWidget() for c in window.findChildren(Curtain)}
        covered |= {c.parentWidget() for c in other.findChildren(Curtain)}
        assert {window, other} <= covered
        assert all(c.isVisible() and c.geometry() == c.parentWidget().rect() for c in
                   guard.curtains)  # fmt: skip
        assert dialog.focusWidget() is dialog.password
        assert "10 minutes" in dialog.intro.text()
        dialog.reject()  # Escape
        assert dialog.isVisible()
        dialog.password.setText("guess")
        dialog.accept()
        assert dialog.error.text() == "That is not the password of 0001."
        dialog.password.setText("admin-pw-1")
        dialog.accept()

    clock.advance(60)
    seen = _while_locked(qtbot, steps)
    guard.check()
    assert "error" not in seen, seen.get("error")
    assert "dialog" in seen
    assert not window.locked and guard.curtains == []
    assert other.isVisible()  # nothing under the cover was closed
    actions = [r.action for r in reversed(services.audit.recent(limit=4))]
    assert actions == ["session.lock", "login.failed", "login.ok", "session.unlock"]


def test_input_keeps_the_desk_unlocked(qtbot, window, clock):
    clock.advance(9 * 60)
    qtbot.mouseClick(window.menuBar(), Qt.MouseButton.LeftButton)  # someone is there
    clock.advance(5 * 60)
    window.session_guard.check()
    assert not window.locked


def test_it_does_not_lock_while_a_call_rings_or_is_talked(qtbot, window, clock):
    _ring(window)
    clock.advance(3600)
    window.session_guard.check()
    assert not window.locked
    window.call_desk.answer()
    assert window.call_controller.stage is Stage.TALKING
    clock.advance(3600)
    window.session_guard.check()
    assert not window.locked


def test_a_ring_while_locked_is_said_and_enter_in_the_lock_does_not_answer_it(qtbot, window, clock):
    def steps(dialog):
        assert dialog.ring_note.isHidden()
        _ring(window)
        assert dialog.ring_note.isVisible()
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # nothing typed yet
        assert window.call_controller.stage is Stage.RINGING  # the lock held
        assert dialog.isVisible()
        dialog.password.setText("admin-pw-1")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    clock.advance(600)
    seen = _while_locked(qtbot, steps)
    window.session_guard.check()
    assert "error" not in seen, seen.get("error")
    assert not window.locked
    qtbot.keyClick(window.call_desk.banner, Qt.Key.Key_F3)  # now the agent answers
    assert window.call_controller.stage is Stage.TALKING


def test_a_wrap_up_s_unsaved_record_is_still_there_after_the_lock(qtbot, window, clock):
    _ring(window)
    window.call_desk.answer()
    window.call_desk.hang_up()
    assert window.call_controller.stage is Stage.WRAPUP
    form = window.call_desk.form
    form.question.setPlainText("宽带断网三天")

    def steps(dialog):
        dialog.log_out()  # the record is not saved: no log-out
        assert "must be saved first" in dialog.error.text()
        dialog.password.setText("admin-pw-1")
        dialog.accept()

    clock.advance(600)
    seen = _while_locked(qtbot, steps)
    window.session_guard.check()
    assert "error" not in seen, seen.get("error")
    assert not window.logged_out
    assert window.call_controller.stage is Stage.WRAPUP
    assert form.question.toPlainText() == "宽带断网三天"


def test_log_out_waits_for_the_call_and_then_closes_the_window(
    qtbot, window, services, monkeypatch
):
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    _ring(window)
    window.log_out_action.trigger()
    assert said == ["Please finish the current call and save its record first."]
    assert window.isVisible() and not window.logged_out
    window.call_desk.hang_up()  # the caller gave up: nothing to save
    assert window.call_controller.stage is Stage.IDLE
    window.log_out_action.trigger()
    assert window.logged_out
    qtbot.waitUntil(lambda: not window.isVisible())
    assert services.audit.recent(limit=1)[0].action == "session.logout"


def test_log_out_from_the_lock_dialog(qtbot, window, clock):
    def steps(dialog):
        dialog.log_out_button.click()

    seen = _while_locked(qtbot, steps)
    window.lock_action.trigger()  # File > Lock the desk (Ctrl+L)
    assert "error" not in seen, seen.get("error")
    assert window.logged_out
    qtbot.waitUntil(lambda: not window.isVisible())


def test_nobody_logged_in_has_nothing_to_lock(qtbot, services, ui_settings):
    window = MainWindow(services.context, None, ui_settings, services)
    qtbot.addWidget(window)
    assert getattr(window, "session_guard", None) is None


def test_after_log_out_the_login_comes_back_for_the_next_person(qtbot, profile_dir, monkeypatch):
    """The whole loop of `run_gui`: 1001 logs in, logs out; 0001 logs in at the same desk,
    gets an administrator's window, quits."""
    import argparse
    import signal
    import sys

    from agent_desk.paths import Profile
    from agent_desk.services import Services
    from agent_desk.ui import app as app_module
    from agent_desk.ui.account_dialogs import LoginDialog
    from agent_desk.ui.account_steps import WorkModeDialog

    opened = Services.open(Profile.at(profile_dir).ensure())
    try:
        opened.accounts.create("0001", "管理员", "admin", "admin-pw-1")
        opened.accounts.create("1001", "王小明", "agent", "agent-pw-1")
    finally:
        opened.close()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui sets its own
    monkeypatch.setattr(app_module, "install_translators", lambda *a, **k: [])
    monkeypatch.setattr(app_module, "setup_logging", lambda *a, **k: None)
    term = signal.getsignal(signal.SIGTERM)
    seen: list[str] = []

    def windows():
        return [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]

    def step():
        modal = QApplication.activeModalWidget()
        if isinstance(modal, LoginDialog) and modal.isVisible() and not modal._pending:
            who = ("1001", "agent-pw-1") if not seen else ("0001", "admin-pw-1")
            modal.agent_no.setText(who[0])
            modal.password.setText(who[1])
            seen.append(f"login {who[0]}")
            modal.buttons.accepted.emit()
        elif isinstance(modal, WorkModeDialog) and modal.isVisible():
            seen.append("supervise")
            modal.accept()
        elif modal is None and windows():
            window = windows()[0]
            if window.agent.agent_no == "1001" and "logout" not in seen:
                seen.append("logout")
                window.log_out_action.trigger()
            elif window.agent.agent_no == "0001":
                seen.append(f"users menu {getattr(window, 'users_action', None) is not None}")
                window.close()
                return
        if len(seen) < 20:
            QTimer.singleShot(50, step)

    QTimer.singleShot(50, step)
    try:
        args = argparse.Namespace(profile=str(profile_dir), lang="en", training=False)
        assert app_module.run_gui(args) == 0
    finally:
        signal.signal(signal.SIGTERM, term)
    assert seen == ["login 1001", "logout", "login 0001", "supervise", "users menu True"]
    check = Services.open(Profile.at(profile_dir))
    try:
        rows = [(r.actor, r.action) for r in check.audit.since(None)]
    finally:
        check.close()
    assert ("1001", "session.logout") in rows
    assert rows.index(("1001", "session.logout")) < rows.index(("0001", "login.ok"))
