"""Tools > Users… for administrators: list, add, disable/enable, reset a password, change a role.

Accounts are never deleted (calls, cases and the audit log keep their author). A reset password
must be changed by its owner at the next login. Everything goes through the account service,
which refuses anyone who may not manage accounts and audits each change with actor and target.
`install` also adds File > Change my password…, which every account has.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desk.access import Permission
from agent_desk.errors import AgentDeskError, ValidationError
from agent_desk.ui.account_steps import ChangePasswordDialog, account_error
from agent_desk.ui.dialog_focus import focus_first_field

if TYPE_CHECKING:
    from agent_desk.accounts import AccountService, AgentInfo
    from agent_desk.services import Services


def role_names() -> dict[str, str]:
    return {
        "agent": QCoreApplication.translate("Users", "Agent"),
        "supervisor": QCoreApplication.translate("Users", "Supervisor"),
        "admin": QCoreApplication.translate("Users", "Administrator"),
    }


def _role_box(current: str = "agent") -> QComboBox:
    box = QComboBox()
    box.setObjectName("role")
    for role, name in role_names().items():
        box.addItem(name, role)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


class _Form(QDialog):
    """A small form with an error line; `save()` raises AgentDeskError to stay open."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(380)
        self._shown = False
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:  # the fields were added by the subclass after the buttons
            self._shown = True
            focus_first_field(self.form, self.buttons)

    def accept(self) -> None:
        try:
            self.save()
        except AgentDeskError as exc:
            self.error.setText(account_error(exc))
            self.error.show()
            self.adjustSize()  # room for the whole message, however many lines it takes
            return
        super().accept()


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _check_same(first: QLineEdit, second: QLineEdit) -> None:
    if first.text() != second.text():
        raise ValidationError("password", "the two passwords differ", reason="password.mismatch")


class AddUserDialog(_Form):
    def __init__(
        self, accounts: AccountService, actor: AgentInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("Users", "Add an account"), parent)
        self._accounts, self._actor = accounts, actor
        self.intro.setText(
            QCoreApplication.translate(
                "Users",
                "Agent numbers are 1 to 16 digits 0-9. Give the new colleague this first "
                "password: they choose their own at their first login.",
            )
        )
        self.intro.show()
        self.added: AgentInfo | None = None
        self.agent_no = QLineEdit()
        self.agent_no.setObjectName("agentNo")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.role = _role_box()
        self.password = _password_field("password")
        self.confirm = _password_field("confirm")
        for label, field in (
            (QCoreApplication.translate("Users", "Agent number:"), self.agent_no),
            (QCoreApplication.translate("Users", "Name:"), self.name),
            (QCoreApplication.translate("Users", "Role:"), self.role),
            (QCoreApplication.translate("Users", "Password:"), self.password),
            (QCoreApplication.translate("Users", "Password again:"), self.confirm),
        ):
            self.form.addRow(label, field)

    def save(self) -> None:
        _check_same(self.password, self.confirm)
        self.added = self._accounts.add(
            self._actor,
            self.agent_no.text(),
            self.name.text(),
            str(self.role.currentData()),
            self.password.text(),
        )


class ResetPasswordDialog(_Form):
    def __init__(
        self,
        accounts: AccountService,
        actor: AgentInfo,
        target: AgentInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("Users", "Reset password"), parent)
        self._accounts, self._actor, self._target = accounts, actor, target
        self.intro.setText(
            QCoreApplication.translate(
                "Users",
                "New password for {agent_no} {name}. They must choose their own at the next "
                "login. A lockout is lifted.",
            ).format(agent_no=target.agent_no, name=target.name)
        )
        self.intro.show()
        self.password = _password_field("password")
        self.confirm = _password_field("confirm")
        self.form.addRow(QCoreApplication.translate("Users", "New password:"), self.password)
        self.form.addRow(QCoreApplication.translate("Users", "Password again:"), self.confirm)

    def save(self) -> None:
        _check_same(self.password, self.confirm)
        self._accounts.reset_password(self._actor, self._target.agent_no, self.password.text())


class RoleDialog(_Form):
    def __init__(
        self,
        accounts: AccountService,
        actor: AgentInfo,
        target: AgentInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("Users", "Change role"), parent)
        self._accounts, self._actor, self._target = accounts, actor, target
        self.intro.setText(
            QCoreApplication.translate("Users", "Role of {agent_no} {name}:").format(
                agent_no=target.agent_no, name=target.name
            )
        )
        self.intro.show()
        self.role = _role_box(target.role)
        self.form.addRow(QCoreApplication.translate("Users", "Role:"), self.role)

    def save(self) -> None:
        self._accounts.set_role(self._actor, self._target.agent_no, str(self.role.currentData()))


COLUMNS = ("agent_no", "name", "role", "state")


class UsersDialog(QDialog):
    """The accounts of this desk, for an administrator."""

    def __init__(
        self,
        accounts: AccountService,
        actor: AgentInfo,
        now: Any = None,
        parent: QWidget | None = None,
        zone: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self._accounts, self._actor = accounts, actor
        self._now = now  # a callable giving the current time (for "locked")
        self._zone = zone  # the branch's (policy); the PC's when not given
        self.setWindowTitle(self.tr("Users"))
        self.resize(640, 420)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Agent number"), self.tr("Name"), self.tr("Role"), self.tr("State")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setObjectName("addUser")
        self.add_button.clicked.connect(self.add_user)
        self.active_button = QPushButton(self.tr("&Disable"))
        self.active_button.setObjectName("toggleActive")
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button = QPushButton(self.tr("&Reset password…"))
        self.reset_button.setObjectName("resetPassword")
        self.reset_button.clicked.connect(self.reset_password)
        self.role_button = QPushButton(self.tr("Change r&ole…"))
        self.role_button.setObjectName("changeRole")
        self.role_button.clicked.connect(self.change_role)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        note = QLabel(
            self.tr(
                "Accounts are never deleted: a disabled account cannot log in, and its calls, "
                "cases and audit entries keep its name."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #6b6b6b;")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.active_button, self.reset_button, self.role_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(note)
        layout.addWidget(close)
        self.rows: list[AgentInfo] = []
        self.refresh()

    # --- the list -----------------------------------------------------------------------------

    def _state(self, info: AgentInfo) -> str:
        parts = [self.tr("Active") if info.active else self.tr("Disabled")]
        now = self._now() if self._now else None
        if info.locked_until is not None and now is not None and info.locked_until > now:
            parts.append(
                self.tr("locked until {time}").format(
                    time=info.locked_until.astimezone(self._zone).strftime("%H:%M")
                )
            )
        if info.must_change_password:
            parts.append(self.tr("must change password"))
        return ", ".join(parts)

    def refresh(self, select: str | None = None) -> None:
        selected = select or (self.selected().agent_no if self.selected() else None)
        try:
            self.rows = self._accounts.accounts(self._actor)
        except AgentDeskError as exc:
            self.rows = []
            self._say(account_error(exc), error=True)
        names = role_names()
        self.table.setRowCount(len(self.rows))
        for r, info in enumerate(self.rows):
            values = (info.agent_no, info.name, names.get(info.role, info.role), self._state(info))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if not info.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(r, c, item)
            if info.agent_no == selected:
                self.table.selectRow(r)
        self._update_buttons()

    def selected(self) -> AgentInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def select(self, agent_no: str) -> None:
        for r, info in enumerate(self.rows):
            if info.agent_no == agent_no:
                self.table.selectRow(r)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        for button in (self.active_button, self.reset_button, self.role_button):
            button.setEnabled(chosen is not None)
        if chosen is not None:
            self.active_button.setText(
                self.tr("&Enable") if not chosen.active else self.tr("&Disable")
            )

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b3261e;" if error else "color: #2e7d32;")
        self.message.setText(text)

    # --- actions ------------------------------------------------------------------------------

    def add_user(self) -> None:
        dialog = AddUserDialog(self._accounts, self._actor, self)
        if dialog.exec() and dialog.added is not None:
            self.refresh(dialog.added.agent_no)
            self._say(self.tr("Account {agent_no} added.").format(agent_no=dialog.added.agent_no))

    def toggle_active(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        try:
            info = self._accounts.set_active(self._actor, chosen.agent_no, not chosen.active)
        except AgentDeskError as exc:
            self._say(account_error(exc), error=True)
            return
        self.refresh(info.agent_no)
        self._say(
            (
                self.tr("{agent_no} can log in again.")
                if info.active
                else self.tr("{agent_no} can no longer log in.")
            ).format(agent_no=info.agent_no)
        )

    def reset_password(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if ResetPasswordDialog(self._accounts, self._actor, chosen, self).exec():
            self.refresh(chosen.agent_no)
            self._say(
                self.tr("New password set for {agent_no}; to be changed at the next login.").format(
                    agent_no=chosen.agent_no
                )
            )

    def change_role(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        dialog = RoleDialog(self._accounts, self._actor, chosen, self)
        if dialog.exec():
            self.refresh(chosen.agent_no)
            role = role_names().get(str(dialog.role.currentData()), "")
            self._say(
                self.tr("{agent_no} {name} is now {role}.").format(
                    agent_no=chosen.agent_no, name=chosen.name, role=role
                )
            )


def install(window: Any, services: Services) -> None:
    """File > Change my password… for whoever is logged in; Tools > Users… for administrators."""
    agent = getattr(window, "agent", None)
    if agent is None:
        return
    change = QAction(QCoreApplication.translate("Users", "Change my &password…"), window)
    change.setObjectName("changePasswordAction")

    def change_password() -> None:
        dialog = ChangePasswordDialog(services.accounts, window.agent, parent=window)
        if dialog.exec() and dialog.changed is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate("Users", "Your password was changed."), 10000
            )

    change.triggered.connect(change_password)
    before = getattr(window, "settings_action", None)
    if before is not None:
        window.file_menu.insertAction(before, change)
    else:
        window.file_menu.addAction(change)
    window.change_password_action = change
    if not agent.may(Permission.MANAGE_ACCOUNTS):
        return
    users = QAction(QCoreApplication.translate("Users", "&Users…"), window)
    users.setObjectName("usersAction")

    def open_users() -> None:
        UsersDialog(
            services.accounts, window.agent, services.clock.now, window, services.policy.zone
        ).exec()

    users.triggered.connect(open_users)
    window.tools_menu.addAction(users)
    window.users_action = users
