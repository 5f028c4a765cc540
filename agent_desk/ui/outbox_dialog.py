"""The Outbox (File > Outbox…): every file not on the share yet, with why, and Try again now.

It shows what `SyncService.problems()` returns (failed and conflicting items first, then those
waiting) and never decides anything itself; "Try again now" is the window's Sync now, which
retries failed and conflicting items at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desk.sync import OutboxProblem

STATUS_NAMES = {
    "failed": QT_TRANSLATE_NOOP("OutboxDialog", "failed"),
    "conflict": QT_TRANSLATE_NOOP("OutboxDialog", "conflict"),
    "pending": QT_TRANSLATE_NOOP("OutboxDialog", "waiting"),
}


class OutboxDialog(QDialog):
    def __init__(
        self,
        problems: Callable[[], list[OutboxProblem]],
        retry: Callable[[], None],
        zone: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outboxDialog")
        self.setWindowTitle(self.tr("Outbox"))
        self.resize(900, 420)
        self._problems, self._retry, self._zone = problems, retry, zone
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("outboxTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("State"), self.tr("File on the share"), self.tr("Next try"), self.tr("Why")]
        )
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.retry_button = QPushButton(self.tr("&Try again now"))
        self.retry_button.setObjectName("outboxRetry")
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.retry_button.clicked.connect(self._try_again)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        problems = self._problems()
        self.table.setRowCount(len(problems))
        for row, p in enumerate(problems):
            retry = (
                p.next_attempt_at.astimezone(self._zone).strftime("%m-%d %H:%M")
                if p.next_attempt_at is not None and p.status != "conflict"
                else ""
            )
            state = QCoreApplication.translate("OutboxDialog", STATUS_NAMES.get(p.status, p.status))
            cells = (state, p.relative_path, retry, " ".join(p.reason.split()))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        failed = sum(p.status == "failed" for p in problems)
        conflicts = sum(p.status == "conflict" for p in problems)
        if not problems:
            self.summary.setText(self.tr("Every file is on the share."))
        else:
            self.summary.setText(
                self.tr(
                    "{count} file(s) are not on the share: {failed} failed, {conflicts} "
                    "conflict with a different file there. A failed file is tried again an "
                    "hour after it failed; Try again now (or Sync now) tries every one at once, "
                    "after the cause is removed."
                ).format(count=len(problems), failed=failed, conflicts=conflicts)
            )
        self.retry_button.setEnabled(bool(problems))

    def _try_again(self) -> None:
        self._retry()
