"""What follows a login: a new password when an administrator reset it, and for supervisors
and administrators the choice whether to take calls (open a call shift) or only supervise.

Also File > Change my password…, which every account has.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from agent_desk.errors import AgentDeskError, AuthError, ValidationError
from agent_desk.ui.error_text import describe_from

if TYPE_CHECKING:
    from agent_desk.accounts import AccountService, AgentInfo

CONTEXT = "AccountErrors"

# Reasons the account services give, in this area's words (lupdate context AccountErrors).
MESSAGES: dict[str, str] = {
    "password.mismatch": QT_TRANSLATE_NOOP("AccountErrors", "The two new passwords differ."),
    "password.same": QT_TRANSLATE_NOOP(
        "AccountErrors", "Choose a password different from the current one."
    ),
    "user.last_admin": QT_TRANSLATE_NOOP(
        "AccountErrors",
        "This is the last active administrator. Make another account an administrator first.",
    ),
    "user.self": QT_TRANSLATE_NOOP("AccountErrors", "You cannot disable your own account."),
    "user.unknown": QT_TRANSLATE_NOOP("AccountErrors", "There is no account {agent_no}."),
    "setup.admin_first": QT_TRANSLATE_NOOP(
        "AccountErrors", "The first account must be an administrator."
    ),
    "permission": QT_TRANSLATE_NOOP("AccountErrors", "Only an administrator may manage accounts."),
}


def account_error(error: AgentDeskError) -> str:
    return describe_from(MESSAGES, CONTEXT, error)


class ChangePasswordDialog(QDialog):
    """Change one's own password, with the current one. `forced`: right after a login with a
    password an administrator reset; the app does not open until it is changed."""

    def __init__(
        self,
        accounts: AccountService,
        agent: AgentInfo,
        forced: bool = False,
        current_password: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._agent = agent
        self.changed: AgentInfo | None = None
        self.setWindowTitle(self.tr("Change my password"))
        self.setMinimumWidth(380)
        intro = QLabel(
            self.tr(
                "An administrator has set a new password for your account. Choose your own "
                "password before you continue."
            )
            if forced
            else self.tr("Agent {agent_no}: choose a new password.").format(agent_no=agent.agent_no)
        )
        intro.setWordWrap(True)
        self.current = QLineEdit(current_password)
        self.current.setObjectName("currentPassword")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.new = QLineEdit()
        self.new.setObjectName("newPassword")
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirmPassword")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        if not current_password:
            form.addRow(self.tr("Current password:"), self.current)
        form.addRow(self.tr("New password:"), self.new)
        form.addRow(self.tr("New password again:"), self.confirm)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change password"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.new if current_password else self.current).setFocus()

    def _show(self, text: str, field: QLineEdit) -> None:
        self.error.setText(text)
        self.error.show()
        field.setFocus()
        field.selectAll()

    def accept(self) -> None:
        if self.new.text() != self.confirm.text():
            mismatch = ValidationError("password", "", reason="password.mismatch")
            self._show(account_error(mismatch), self.confirm)
            return
        try:
            self.changed = self._accounts.change_own_password(
                self._agent.agent_no, self.current.text(), self.new.text()
            )
        except ValidationError as exc:
            self._show(account_error(exc), self.new)
            return
        except AgentDeskError as exc:
            self.current.clear()
            if type(exc) is AuthError:  # a wrong current password, counted like a failed login
                self._show(self.tr("That is not your current password."), self.current)
            else:  # a lockout (AccountLocked is an AuthError too)
                self._show(account_error(exc), self.current)
            return
        super().accept()


class WorkModeDialog(QDialog):
    """After a supervisor's or administrator's login: take calls (a call shift is opened) or
    only supervise (no shift; File > Start a new shift later if needed)."""

    def __init__(self, agent: AgentInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How do you work today?"))
        self.setMinimumWidth(380)
        intro = QLabel(
            self.tr("Welcome, {name}. Will you take calls at this desk now?").format(
                name=agent.name
            )
        )
        intro.setWordWrap(True)
        self.supervise = QRadioButton(self.tr("&Supervise only (no call shift is opened)"))
        self.supervise.setObjectName("superviseOnly")
        self.take = QRadioButton(self.tr("&Take calls (a call shift is opened and counted)"))
        self.take.setObjectName("takeCalls")
        self.supervise.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.supervise)
        layout.addWidget(self.take)
        layout.addWidget(buttons)

    @property
    def take_calls(self) -> bool:
        return self.take.isChecked()
