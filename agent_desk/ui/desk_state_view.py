"""The agent's state and how long it has lasted, always in view in the banner area.

What the state is comes from the desk session (`DeskSession.desk_state`: available, ringing,
talking, wrap-up, a break with its reason, no shift, supervising); this label only words it and
counts its time once a second, so the banner and the status bar never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from agent_desk.calls.session import DeskState
from agent_desk.ui.call_controller import CallController
from agent_desk.ui.status_bar import format_duration

CONTEXT = "DeskStateView"
STATE_NAMES = {
    "available": QT_TRANSLATE_NOOP("DeskStateView", "Available"),
    "ringing": QT_TRANSLATE_NOOP("DeskStateView", "Ringing"),
    "talking": QT_TRANSLATE_NOOP("DeskStateView", "On a call"),
    "wrapup": QT_TRANSLATE_NOOP("DeskStateView", "Wrap-up"),
    "break": QT_TRANSLATE_NOOP("DeskStateView", "On a break"),
    "no_shift": QT_TRANSLATE_NOOP("DeskStateView", "No open shift"),
    "supervising": QT_TRANSLATE_NOOP("DeskStateView", "Supervising, no call shift"),
    "logged_out": QT_TRANSLATE_NOOP("DeskStateView", "Not logged in"),
}
REASON_NAMES = {
    "meal": QT_TRANSLATE_NOOP("DeskStateView", "meal"),
    "rest": QT_TRANSLATE_NOOP("DeskStateView", "rest"),
    "training": QT_TRANSLATE_NOOP("DeskStateView", "training"),
    "meeting": QT_TRANSLATE_NOOP("DeskStateView", "meeting"),
    "other": QT_TRANSLATE_NOOP("DeskStateView", "other"),
}
COLOURS = {
    "available": "#2e7d32",
    "ringing": "#1565c0",
    "talking": "#1565c0",
    "wrapup": "#6a1b9a",
    "break": "#e65100",
    "no_shift": "#616161",
    "supervising": "#616161",
    "logged_out": "#616161",
}
TIMED = ("available", "ringing", "talking", "wrapup", "break")


def state_text(state: DeskState, seconds: int) -> str:
    """ "On a break (meal) 00:05:12" in the interface language."""
    name = QCoreApplication.translate(CONTEXT, STATE_NAMES.get(state.state, state.state))
    if state.state == "break" and state.break_reason:
        reason = QCoreApplication.translate(
            CONTEXT, REASON_NAMES.get(state.break_reason, state.break_reason)
        )
        name = QCoreApplication.translate("DeskStateView", "{state} ({reason})").format(
            state=name, reason=reason
        )
    if state.state in TIMED and state.since is not None:
        return f"{name} {format_duration(seconds)}"
    return name


class DeskStateView(QLabel):
    def __init__(self, controller: CallController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("deskState")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumWidth(170)
        self._sheet = ""
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        controller.stage_changed.connect(lambda _stage: self.refresh())
        controller.shift_changed.connect(lambda _shift: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        state = self.controller.session.desk_state()
        now = self.controller.clock.now()
        self.setText(state_text(state, state.seconds(now)))
        self.setProperty("state", state.state)
        colour = COLOURS.get(state.state, "#616161")
        sheet = (
            f"QLabel#deskState {{ color: white; background: {colour}; border-radius: 10px;"
            " padding: 3px 10px; font-size: 15px; font-weight: bold; }"
        )
        if sheet != self._sheet:
            self._sheet = sheet
            self.setStyleSheet(sheet)
