"""The share settings page: where summaries go, who to connect as, and a connection test.

The location and user name go to config.toml (only these two keys: the file is re-read and the
rest kept as it is on disk); the password goes to the OS keyring and is never shown again (an
empty field keeps the stored one). Only an account that may change settings saves, audited.
"Test connection" writes and removes a probe file on a worker thread, so a share that times
out does not freeze the dialog. A field branch IT locked in the PC's branch file is shown
read-only with the reason, and never saved.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_desk.errors import AgentDeskError
from agent_desk.share import ShareNotConfigured, open_share, parse_location
from agent_desk.ui.sync_worker import describe_share_error

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from agent_desk.access import Actor
    from agent_desk.branch_settings import SettingsService


class _TestResult(QObject):
    done = Signal(str, bool)  # message, ok


class ShareSettingsDialog(QDialog):
    def __init__(
        self, settings: SettingsService, actor: Actor | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._actor = actor
        config = settings.config
        self.setWindowTitle(self.tr("Share settings"))
        # Wide enough for a UNC path and the placeholder example, which were cut off at 262 px.
        self.setMinimumWidth(520)
        self.location = QLineEdit(str(config.get("share.location") or ""))
        self.location.setObjectName("shareLocation")
        self.location.setPlaceholderText(
            self.tr(r"smb://server/share/folder, \\server\share or a folder")
        )
        self.username = QLineEdit(str(config.get("share.username") or ""))
        self.username.setObjectName("shareUsername")
        self.password = QLineEdit()
        self.password.setObjectName("sharePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("unchanged"))
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        self.result_label = QLabel()
        self.result_label.setObjectName("testResult")
        self.result_label.setWordWrap(True)
        note = QLabel(
            self.tr(
                "The password is kept in the system's password store, not in the settings file."
            )
        )
        note.setWordWrap(True)
        self.locked_note = QLabel()
        self.locked_note.setObjectName("lockedNote")
        self.locked_note.setWordWrap(True)
        self._locked = {
            key: field
            for key, field in (("share.location", self.location), ("share.username", self.username))
            if config.is_locked(key)
        }
        for field in self._locked.values():
            field.setReadOnly(True)
        if len(self._locked) == 2:
            reason = self.tr(
                "Branch IT set the location and user name for every user of this computer "
                "({path}); ask branch IT to change them."
            )
        elif "share.location" in self._locked:
            reason = self.tr(
                "Branch IT set the location for every user of this computer ({path}); "
                "ask branch IT to change it."
            )
        else:
            reason = self.tr(
                "Branch IT set the user name for every user of this computer ({path}); "
                "ask branch IT to change it."
            )
        self.locked_note.setText(reason.format(path=config.system.path))
        self.locked_note.setVisible(bool(self._locked))
        form = QFormLayout()
        form.addRow(self.tr("Location:"), self.location)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.locked_note)
        layout.addWidget(note)
        layout.addWidget(self.test_button)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self._tester = _TestResult(self)
        self._tester.done.connect(self._show_result)

    def test_connection(self) -> None:
        location, username = self.location.text().strip(), self.username.text().strip()
        password = self.password.text() or None  # None: the one in the keyring
        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("Testing…"))
        ok_text = self.tr("Connection works: a test file was written and removed.")
        unexpected = self.tr(
            "The test failed with an unexpected problem. The details are in the log for branch IT."
        )

        def work() -> None:
            try:
                open_share(location, username, password).check()
            except AgentDeskError as exc:
                self._tester.done.emit(describe_share_error(exc), False)
            except Exception:  # never let a test crash the dialog
                log.exception("share connection test failed")
                self._tester.done.emit(unexpected, False)
            else:
                self._tester.done.emit(ok_text, True)

        threading.Thread(target=work, name="share-test", daemon=True).start()

    def _show_result(self, message: str, ok: bool) -> None:
        self.test_button.setEnabled(True)
        colour = "#2e7d32" if ok else "#c62828"
        self.result_label.setStyleSheet(f"color: {colour};")
        self.result_label.setText(message)

    def _refuse(self, message: str) -> None:
        self._show_result(message, False)
        self.location.setFocus()

    def accept(self) -> None:
        """Save only a location that can be used and holds no secret; otherwise say why here.

        The dialog stays open with what was typed, the reason under the fields, and the
        location field focused, so a bad entry never ends in config.toml or a crash.
        """
        username = self.username.text().strip()
        location = self.location.text().strip()
        try:
            if location and "share.location" not in self._locked:
                parse_location(location)
            changes = {"share.location": location, "share.username": username}
            unlocked = {key: value for key, value in changes.items() if key not in self._locked}
            self._settings.save_share(self._actor, unlocked, username, self.password.text())
        except ShareNotConfigured:
            self._refuse(
                self.tr(
                    "This location is not complete. Write it as {smb}, {unc} or a folder."
                ).format(smb="smb://server/share/folder", unc=r"\\server\share")
            )
            return
        except AgentDeskError as exc:
            self._refuse(describe_share_error(exc))
            return
        except OSError as exc:
            self._refuse(
                self.tr("The settings could not be saved: {reason}").format(
                    reason=exc.strerror or exc.__class__.__name__
                )
            )
            return
        super().accept()
