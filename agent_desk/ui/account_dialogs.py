"""The first-start setup dialog (create the admin) and the login dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from agent_desk.errors import AgentDeskError, ValidationError
from agent_desk.ui.dialog_focus import focus_first_field
from agent_desk.ui.error_text import describe, translate
from agent_desk.ui.store_loader import StoreLoader

if TYPE_CHECKING:
    from agent_desk.accounts import AccountService, AgentInfo


class _AccountDialog(QDialog):
    """Shown while the store may still be opening; a submit waits for it without freezing."""

    def __init__(self, loader: StoreLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self.agent: AgentInfo | None = None
        self.startup_error: BaseException | None = None
        self._pending = False
        self._shown = False
        self.setMinimumWidth(340)  # room for a longer error message than "wrong password"
        loader.ready.connect(self._store_ready)
        loader.failed.connect(self._store_failed)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:  # the fields were added by the subclass after the buttons
            self._shown = True
            focus_first_field(self.form, self.buttons)

    def show_error(self, text: str, field: QLineEdit | None = None) -> None:
        self.error.setText(text)
        self.error.show()
        self.adjustSize()
        if field is not None:
            field.setFocus()
            field.selectAll()

    @property
    def accounts(self) -> AccountService | None:
        return self._loader.services.accounts if self._loader.services else None

    def _submit(self) -> None:
        if self._loader.error is not None:
            self._store_failed(self._loader.error)
            return
        accounts = self.accounts
        if accounts is None:
            self._pending = True
            self.buttons.setEnabled(False)
            self.show_error(self.tr("Opening the database…"))
            return
        self.submit(accounts)

    def _store_ready(self, _services: object) -> None:
        if self._pending:
            self._pending = False
            self.buttons.setEnabled(True)
            self.error.hide()
            self.submit(self.accounts)  # type: ignore[arg-type]

    def _store_failed(self, error: BaseException) -> None:
        self.startup_error = error
        self.reject()

    def submit(self, accounts: AccountService) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class SetupDialog(_AccountDialog):
    """First start: nobody can log in until an administrator exists."""

    def __init__(self, loader: StoreLoader, parent: QWidget | None = None) -> None:
        super().__init__(loader, parent)
        self.setWindowTitle(self.tr("Set up AgentDesk"))
        self.intro.setText(
            self.tr(
                "Welcome. Create the administrator account for this desk. "
                "The administrator can add agents and supervisors."
            )
        )
        self.agent_no = QLineEdit()
        self.agent_no.setObjectName("agentNo")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("Agent number:"), self.agent_no)
        self.form.addRow(self.tr("Name:"), self.name)
        self.form.addRow(self.tr("Password:"), self.password)
        self.form.addRow(self.tr("Password again:"), self.confirm)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create administrator")
        )

    def submit(self, accounts: AccountService) -> None:
        if self.password.text() != self.confirm.text():
            self.show_error(translate("password.mismatch"), self.confirm)
            return
        try:
            self.agent = accounts.set_up(
                self.agent_no.text(), self.name.text(), self.password.text()
            )
        except ValidationError as exc:
            fields = {"agent_no": self.agent_no, "name": self.name, "password": self.password}
            self.show_error(describe(exc), fields.get(exc.field))
            return
        self.accept()


class LoginDialog(_AccountDialog):
    def __init__(self, loader: StoreLoader, parent: QWidget | None = None) -> None:
        super().__init__(loader, parent)
        self.setWindowTitle(self.tr("Log in to AgentDesk"))
        self.intro.setText(self.tr("Enter your agent number and password."))
        # The button says what it does rather than a bare OK.
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.agent_no = QLineEdit()
        self.agent_no.setObjectName("agentNo")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("Agent number:"), self.agent_no)
        self.form.addRow(self.tr("Password:"), self.password)
        self.agent_no.setFocus(Qt.FocusReason.OtherFocusReason)
        self.typed_password = ""

    def submit(self, accounts: AccountService) -> None:
        try:
            self.agent = accounts.login(self.agent_no.text(), self.password.text())
        except AgentDeskError as exc:
            self.password.clear()
            self.show_error(describe(exc), self.password)
            return
        # Kept only for the forced change right after: the reset password is the current one.
        self.typed_password = self.password.text() if self.agent.must_change_password else ""
        self.accept()
