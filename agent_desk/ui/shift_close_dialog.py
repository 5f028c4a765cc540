"""Close shift…: the summary as it will be published, for the agent to confirm.

The preview is the same report the supervisor will read. Confirming closes the shift and
queues its files in one transaction on a worker thread (the PDF takes a moment to draw).
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agent_desk.errors import AgentDeskError
from agent_desk.ui.summary_render import QtSummaryRenderer, build_html
from agent_desk.ui.sync_worker import describe_share_error

if TYPE_CHECKING:
    from agent_desk.shifts import ClosedShift, ShiftInfo, ShiftService
    from agent_desk.ui.call_controller import CallController

log = logging.getLogger(__name__)


class _Closer(QObject):
    done = Signal(object)  # ClosedShift
    failed = Signal(str)


class ShiftCloseDialog(QDialog):
    def __init__(
        self,
        shifts: ShiftService,
        shift: ShiftInfo,
        language: str,
        parent: QWidget | None = None,
        calls: CallController | None = None,
    ) -> None:
        super().__init__(parent)
        self._shifts = shifts
        self._shift = shift
        self._language = language
        self.closed: ClosedShift | None = None
        self.setWindowTitle(self.tr("Close shift"))
        self.resize(720, 640)  # fits a 768-pixel screen with a taskbar
        self.summary: dict[str, Any] = shifts.summary(shift.id, language)
        self.preview = QTextBrowser()
        self.preview.setObjectName("summaryPreview")
        self.preview.setHtml(build_html(self.summary, language))
        intro = QLabel(
            self.tr(
                "Check your shift summary. Closing the shift sends it to the share for "
                "your supervisor."
            )
        )
        intro.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("closeError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(
            self.tr("Close shift"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button.setObjectName("confirmClose")
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._closer = _Closer(self)
        self._closer.done.connect(self._on_closed)
        self._closer.failed.connect(self._on_failed)
        # A call can ring (and be answered with F3) while this dialog is open: the preview
        # follows it, and the shift does not close while the call is at the desk.
        self._calls = calls
        if calls is not None:
            calls.stage_changed.connect(self._refresh)

    def _busy_text(self) -> str:
        return self.tr(
            "A call is at the desk. Finish it and save its record, then close the shift."
        )

    def _refresh(self, *_args: object) -> None:
        if self.closed is not None or not self.close_button.isEnabled():
            return
        try:
            self.summary = self._shifts.summary(self._shift.id, self._language)
        except AgentDeskError as exc:
            log.warning("shift preview not refreshed: %s", exc.message)
            return
        self.preview.setHtml(build_html(self.summary, self._language))

    def confirm(self) -> None:
        busy = self._calls.session.busy() if self._calls is not None else None
        if busy is not None:
            self.error_label.setText(self._busy_text())
            return
        self.close_button.setEnabled(False)
        self.error_label.setText(self.tr("Closing the shift…"))
        shifts, shift_id, language = self._shifts, self._shift.id, self._language
        unexpected = self.tr(
            "The shift could not be closed because of an unexpected problem; it is still open "
            "and nothing was queued. The details are in the log for branch IT."
        )

        busy_text = self._busy_text()

        def work() -> None:
            try:
                closed = shifts.close(shift_id, language, QtSummaryRenderer())
            except AgentDeskError as exc:
                if exc.params.get("reason") == "call.busy":  # a ring came as it was closing
                    self._closer.failed.emit(busy_text)
                else:
                    self._closer.failed.emit(describe_share_error(exc))
            except Exception:
                log.exception("closing shift %s failed", shift_id)
                self._closer.failed.emit(unexpected)
            else:
                self._closer.done.emit(closed)

        threading.Thread(target=work, name="shift-close", daemon=False).start()

    def _on_closed(self, closed: ClosedShift) -> None:
        self.closed = closed
        self.accept()

    def _on_failed(self, message: str) -> None:
        self.close_button.setEnabled(True)
        self._refresh()
        self.error_label.setText(
            self.tr("The shift was not closed: {reason}").format(reason=message)
        )
