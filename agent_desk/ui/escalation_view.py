"""The transfer clock (complex question, 2 minutes) and supervisor clock (conflict, 15 minutes)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from agent_desk.calls.ringing import Escalation, EscalationClock
from agent_desk.clock import Clock
from agent_desk.policy import Policy


def _mmss(ms: int) -> str:
    seconds = max(0, round(ms / 1000))
    return f"{seconds // 60}:{seconds % 60:02d}"


class EscalationView(QWidget):
    """One clock: hidden until started; a button records that the escalation happened."""

    def __init__(
        self, kind: Escalation, clock: Clock, policy: Policy, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self._clock = clock
        self._policy = policy
        self.running: EscalationClock | None = None
        self.setObjectName(f"{kind.value}Clock")
        self.label = QLabel()
        self.label.setWordWrap(True)  # a long clock text wraps instead of widening the form
        self.done_button = QPushButton(
            self.tr("Transferred") if kind is Escalation.TRANSFER else self.tr("Supervisor came")
        )
        self.done_button.clicked.connect(self.mark_done)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.done_button)
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        self.hide()

    def start(self) -> None:
        if self.running is None:
            self.running = EscalationClock(self.kind, self._clock, self._policy)
        self._timer.start()
        self.show()
        self.refresh()

    def reset(self) -> None:
        self.running = None
        self._timer.stop()
        self.hide()

    def mark_done(self) -> None:
        if self.running is not None:
            self.running.stop()
        self._timer.stop()
        self.refresh()

    def refresh(self) -> None:
        if self.running is None:
            return
        state = self.running.state()
        what = (
            self.tr("Transfer the complex question")
            if self.kind is Escalation.TRANSFER
            else self.tr("Get a supervisor for the conflict")
        )
        if state.done:
            text = (
                self.tr("{what}: done after {time}, in time")
                if state.met
                else self.tr("{what}: done after {time}, late")
            ).format(what=what, time=_mmss(state.elapsed_ms))
            color = "#2e7d32" if state.met else "#c62828"
        elif state.overdue:
            text = self.tr("{what}: overdue by {time}").format(
                what=what, time=_mmss(state.overdue_ms)
            )
            color = "#c62828"
        else:
            text = self.tr("{what} within {time}").format(
                what=what, time=_mmss(round(state.seconds_left * 1000))
            )
            color = "#e65100" if state.seconds_left < 30 else "#37474f"
        self.label.setText(text)
        self.label.setStyleSheet(f"color: {color}; font-weight: bold;")
        self.done_button.setEnabled(not state.done)
