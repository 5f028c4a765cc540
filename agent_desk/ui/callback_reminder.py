"""The reminder for a due callback: who to call and why, snooze, call now, record the outcome."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_desk.callbacks import CallbackInfo
from agent_desk.errors import AgentDeskError
from agent_desk.ui import case_text
from agent_desk.ui.phone_status import callback_purpose

if TYPE_CHECKING:
    from agent_desk.accounts import AgentInfo
    from agent_desk.services import Services

log = logging.getLogger(__name__)

SNOOZE_MINUTES = (5, 10, 15, 30, 60)


class CallbackReminder(QDialog):
    """Non-modal: the agent may be on another call when the reminder comes."""

    changed = Signal(int)  # callback id

    def __init__(
        self,
        services: Services,
        agent: AgentInfo,
        callback: CallbackInfo,
        call_controller: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callbackReminder")
        self.setModal(False)
        self.services, self.agent = services, agent
        self.callback = callback
        self.call_controller = call_controller
        self.placed_call_id: int | None = None
        zone = services.cases.deadlines.zone
        self.setWindowTitle(self.tr("Callback due"))
        self.setMinimumWidth(380)

        who = callback.customer_name or callback.case_number or "—"
        self.summary = QLabel(
            self.tr("Call back {who} at {number}\nPromised for {when}\nPurpose: {purpose}").format(
                who=who,
                number=callback.number or "—",
                when=case_text.local_text(callback.due_at, zone),
                purpose=callback_purpose(callback, zone) or "—",
            )
        )
        self.summary.setObjectName("summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # the customer's name and number
        self.summary.setWordWrap(True)

        self.snooze_for = QComboBox()
        self.snooze_for.setObjectName("snoozeFor")
        for minutes in SNOOZE_MINUTES:
            self.snooze_for.addItem(self.tr("{n} min").format(n=minutes), minutes)
        self.snooze_button = QPushButton(self.tr("Snooze"))
        self.snooze_button.setObjectName("snoozeButton")
        self.snooze_button.clicked.connect(self.snooze)
        self.call_button = QPushButton(self.tr("Call now"))
        self.call_button.setObjectName("callButton")
        self.call_button.clicked.connect(self.call_now)
        can_call = bool(callback.number) and hasattr(call_controller, "place_outbound")
        self.call_button.setEnabled(can_call)
        if not can_call:
            self.call_button.setToolTip(self.tr("Dial the number on the desk phone."))

        self.outcome = QLineEdit()
        self.outcome.setObjectName("outcome")
        self.outcome.setPlaceholderText(self.tr("What the customer said"))
        self.reached = QCheckBox(self.tr("Customer reached"))
        self.reached.setObjectName("reached")
        self.reached.setChecked(True)
        self.done_button = QPushButton(self.tr("Record outcome"))
        self.done_button.setObjectName("doneButton")
        self.done_button.clicked.connect(self.record_outcome)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # caller's text
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b71c1c;")

        row = QHBoxLayout()
        row.addWidget(self.call_button)
        row.addStretch(1)
        row.addWidget(self.snooze_for)
        row.addWidget(self.snooze_button)
        form = QFormLayout()
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow("", self.reached)
        form.addRow("", self.done_button)
        # Enter never dials: the reminder may pop up while the agent types notes, and the
        # first button (Call now) would have been the default. Enter records the outcome.
        self.call_button.setAutoDefault(False)
        self.snooze_button.setAutoDefault(False)
        self.done_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(self.error)

    def snooze(self) -> bool:
        try:
            self.callback = self.services.callbacks.snooze(
                self.callback.id, actor=self.agent, minutes=self.snooze_for.currentData()
            )
        except AgentDeskError as exc:
            self.error.setText(case_text.describe(exc))
            return False
        self.changed.emit(self.callback.id)
        self.accept()
        return True

    def call_now(self) -> bool:
        place = getattr(self.call_controller, "place_outbound", None)
        if place is None:
            return False
        try:
            event = place(self.callback.number, self.callback.customer_id, self.callback.id)
        except AgentDeskError as exc:
            from agent_desk.ui.call_form import error_message

            # The desk's refusals (a call on, no shift) in the call desk's words and language:
            # the case texts do not know them and fell back to the English detail.
            self.error.setText(error_message(exc))
            return False
        self.error.clear()  # the reason it did not work before is no longer true
        self.placed_call_id = _call_id(self.services, event)
        self.outcome.setFocus()
        return True

    def record_outcome(self) -> bool:
        try:
            self.callback = self.services.callbacks.done(
                self.callback.id,
                actor=self.agent,
                outcome=self.outcome.text(),
                call_id=self.placed_call_id,
                reached=self.reached.isChecked(),
            )
        except AgentDeskError as exc:
            self.error.setText(case_text.describe(exc))
            return False
        self.changed.emit(self.callback.id)
        self.accept()
        return True


def _call_id(services: Services, event: Any) -> int | None:
    """The database id of the call just placed (the controller's event carries its public id)."""
    public_id = getattr(event, "public_id", None)
    calls = getattr(services, "calls", None)
    if public_id is None or calls is None:
        return None
    try:
        return int(calls.get(public_id).id)
    except (AgentDeskError, AttributeError, TypeError, ValueError):
        log.warning("placed call %s not found for the callback", public_id)
        return None
