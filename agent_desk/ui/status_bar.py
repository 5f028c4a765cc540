"""The status bar: who is logged in, how long the shift has run, and the share's state."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

if TYPE_CHECKING:
    from agent_desk.accounts import AgentInfo


def format_duration(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


class AgentStatusBar(QStatusBar):
    def __init__(self, monotonic: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._monotonic = monotonic
        self._shift_started: float | None = None
        self.agent_label = QLabel()
        self.agent_label.setObjectName("agentLabel")
        self.shift_label = QLabel()
        self.shift_label.setObjectName("shiftLabel")
        self.share_label = QLabel()
        self.share_label.setObjectName("shareLabel")
        for label in (self.agent_label, self.shift_label, self.share_label):
            self.addPermanentWidget(label)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.set_agent(None)
        self._tick()

    def set_agent(self, agent: AgentInfo | None) -> None:
        if agent is None:
            self.agent_label.setText(self.tr("Not logged in"))
        else:
            self.agent_label.setText(
                self.tr("Agent {agent_no} {name}").format(agent_no=agent.agent_no, name=agent.name)
            )

    def start_shift_clock(self, started_monotonic: float | None = None) -> None:
        self._shift_started = self._monotonic() if started_monotonic is None else started_monotonic
        self._timer.start()
        self._tick()

    def stop_shift_clock(self) -> None:
        """The shift closed: the clock says so instead of counting on."""
        self._shift_started = None
        self._timer.stop()
        self._tick()

    def set_share_state(self, text: str) -> None:
        self.share_label.setText(text)

    def _tick(self) -> None:
        if self._shift_started is None:
            self.shift_label.setText(self.tr("No shift"))
        else:
            elapsed = format_duration(self._monotonic() - self._shift_started)
            self.shift_label.setText(self.tr("Shift {elapsed}").format(elapsed=elapsed))
