"""File > Log out, File > Lock, and the lock after idle minutes, in the window.

The rules are in `agent_desk/session_lock.py`; this part watches the keyboard and mouse (an
application-wide event filter that only notes the time of input), checks every few seconds
whether the desk should lock, and locks it: every window of the app is covered by a curtain
(nothing under it is closed or changed: a case, the call form, a dialog stay as they were) and
a dialog asks the logged-in account's password, or offers to log out. A call that rings while
the desk is locked is said in that dialog; F3 and Enter do not answer it until the desk is
unlocked (`ring_focus.py` asks `window.locked`). Logging out closes the window the way quitting
does (the shift stays open, as after a quit) and `run_gui` shows the login again.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_desk.errors import AgentDeskError, AuthError
from agent_desk.session_lock import CallInProgress, SessionLock
from agent_desk.ui.dialog_focus import focus_first_field
from agent_desk.ui.error_text import describe

if TYPE_CHECKING:
    from agent_desk.services import Services

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 5_000
# The input that says someone is at the desk.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)
LOG_OUT = 2  # the lock dialog's result when its Log out button was chosen
COVERED = (Qt.WindowType.Window, Qt.WindowType.Dialog)  # not menus, tooltips and the like


def _stage(window: Any) -> str:
    controller = getattr(window, "call_controller", None)
    stage = getattr(controller, "stage", None)
    return str(getattr(stage, "value", stage or "idle"))


class Curtain(QWidget):
    """Covers one window of the app while the desk is locked, following its size."""

    def __init__(self, covered: QWidget) -> None:
        super().__init__(covered)
        self.setObjectName("lockCurtain")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lockCurtain { background: #37474f; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        label = QLabel(QCoreApplication.translate("SessionLock", "AgentDesk is locked."), self)
        label.setStyleSheet("color: white; font-size: 18px;")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        covered.installEventFilter(self)
        self.setGeometry(covered.rect())
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
            self.raise_()
        return False


class LockDialog(QDialog):
    """The logged-in account's password, or Log out. Escape and the close button do nothing."""

    def __init__(self, lock: SessionLock, window: Any, why: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._lock = lock
        self._window = window
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("AgentDesk is locked"))
        self.setMinimumWidth(400)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        agent = lock.agent
        intro = (
            self.tr(
                "The desk was locked after {minutes} minutes without use. {agent_no} {name}: "
                "type your password to go on, or log out to let someone else log in."
            ).format(minutes=lock.limit_minutes, agent_no=agent.agent_no, name=agent.name)
            if why == "idle"
            else self.tr(
                "The desk is locked. {agent_no} {name}: type your password to go on, or log "
                "out to let someone else log in."
            ).format(agent_no=agent.agent_no, name=agent.name)
        )
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.ring_note = QLabel(
            self.tr("A call is ringing: type your password to answer it (F3 or Enter after).")
        )
        self.ring_note.setObjectName("ringNote")
        self.ring_note.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.ring_note.setWordWrap(True)
        self.ring_note.hide()
        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Password:"), self.password)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(
            self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.log_out_button = QPushButton(self.tr("Log out"))
        self.log_out_button.setObjectName("logOutButton")
        self.log_out_button.setAutoDefault(False)
        self.buttons.addButton(self.log_out_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.log_out_button.clicked.connect(self.log_out)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.ring_note)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._shown = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            focus_first_field(self.form, self.buttons)

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.adjustSize()
        self.password.setFocus()

    def accept(self) -> None:
        try:
            self._lock.unlock(self.password.text())
        except AgentDeskError as exc:
            self.password.clear()
            if type(exc) is AuthError:
                self._say(
                    self.tr("That is not the password of {agent_no}.").format(
                        agent_no=self._lock.agent.agent_no
                    )
                )
            else:  # locked out after too many tries, or disabled meanwhile
                self._say(describe(exc))
            return
        super().accept()

    def log_out(self) -> None:
        try:
            self._lock.log_out(_stage(self._window))
        except CallInProgress:
            self._say(
                self.tr(
                    "A call is not finished: its record must be saved first. Unlock to finish it."
                )
            )
            return
        self.done(LOG_OUT)

    def reject(self) -> None:  # Escape: the desk stays locked
        pass

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()


class SessionGuard(QObject):
    """The lock and the log-out of one logged-in window."""

    def __init__(self, window: Any, services: Services) -> None:
        super().__init__(window)
        self.window = window
        self.lock = SessionLock(
            services.accounts, services.audit, services.clock, services.policy, window.agent
        )
        self.dialog: LockDialog | None = None
        self.curtains: list[Curtain] = []
        window.locked = False
        window.logged_out = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        controller = getattr(window, "call_controller", None)
        if controller is not None:
            controller.ring_started.connect(self._ring_while_locked)
        self._build_actions()

    def _build_actions(self) -> None:
        w = self.window
        self.lock_action = QAction(self.tr("&Lock the desk"), w)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.lock_now("by hand"))
        self.log_out_action = QAction(self.tr("Log &out"), w)
        self.log_out_action.setObjectName("logOutAction")
        self.log_out_action.triggered.connect(self.log_out)
        before = getattr(w, "quit_action", None)
        for action in (self.lock_action, self.log_out_action):
            if before is not None:
                w.file_menu.insertAction(before, action)
            else:
                w.file_menu.addAction(action)
        w.lock_action, w.log_out_action = self.lock_action, self.log_out_action

    # --- watching -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.lock.touched()
        return False

    def check(self) -> None:
        if not self.window.isVisible():
            # A window closed (quit, logged out) locks nothing: its lock would cover and block
            # the window of the next login.
            return
        if self.lock.due(_stage(self.window)):
            self.lock_now("idle")

    # --- locking ------------------------------------------------------------------------------

    def lock_now(self, why: str = "idle") -> None:
        if self.lock.locked or getattr(self.window, "logged_out", False):
            return
        self.lock.lock(why)
        self.window.locked = True
        log.info("desk locked (%s) for agent %s", why, self.lock.agent.agent_no)
        self.curtains = [
            Curtain(w)
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w.windowType() in COVERED
        ]
        self.dialog = LockDialog(self.lock, self.window, why, self.window)
        try:
            result = self.dialog.exec()
        finally:
            self.dialog = None
            for curtain in self.curtains:
                curtain.deleteLater()
            self.curtains = []
            self.window.locked = False
        if result == LOG_OUT:
            self._leave()
        else:
            log.info("desk unlocked by agent %s", self.lock.agent.agent_no)

    def _ring_while_locked(self, *_args: object) -> None:
        if self.dialog is not None:
            self.dialog.ring_note.show()
            self.dialog.adjustSize()

    # --- logging out --------------------------------------------------------------------------

    def log_out(self) -> None:
        try:
            self.lock.log_out(_stage(self.window))
        except CallInProgress:
            QMessageBox.information(
                self.window,
                self.tr("Log out"),
                self.tr("Please finish the current call and save its record first."),
            )
            return
        self._leave()

    def _leave(self) -> None:
        """Close the window as quitting does (drafts saved, the phone and sync stopped, the
        shift left open); `run_gui` sees `logged_out` and shows the login again."""
        log.info("agent %s logs out", self.lock.agent.agent_no)
        self.window.logged_out = True
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        QTimer.singleShot(0, self.window.close)


def install(window: Any, services: Services) -> None:
    if getattr(window, "agent", None) is None:
        return  # the selftest's window: nobody to lock out
    window.session_guard = SessionGuard(window, services)
