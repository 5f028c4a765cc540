"""The ring banner: who is calling and how much of the three-ring rule is left.

Calm while the first rings sound, amber on the last ring, red once the rule is broken, and then
it keeps counting the delay. The numbers come from the service's countdown on the monotonic
clock; the timer here only repaints, so a busy GUI thread cannot make the count drift. A line
under the caller says what else the agent must know: on a break (answering ends it), another
call waiting, or why a ring was not taken (the shift is closed).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from agent_desk import phones
from agent_desk.calls.ringing import Phase
from agent_desk.errors import AgentDeskError
from agent_desk.ui.call_controller import CallController, CallEvent, Stage
from agent_desk.ui.desk_state_view import DeskStateView

STYLES = {
    "idle": "QFrame#ringBanner { background: #f1f8e9; border-radius: 6px; }",
    Phase.RINGING: "QFrame#ringBanner { background: #e3f2fd; border-radius: 6px; }",
    Phase.LAST_RING: "QFrame#ringBanner { background: #ffb300; border-radius: 6px; }",
    Phase.OVERDUE: "QFrame#ringBanner { background: #c62828; border-radius: 6px; }"
    " QFrame#ringBanner QLabel { color: white; }",
    "talking": "QFrame#ringBanner { background: #e8f5e9; border-radius: 6px; }",
}
REPAINT_MS = 100
REFUSAL_SHOWN_MS = 60_000
SAID_SHOWN_MS = 8_000  # a refused key's reason on the banner
BREAK_NAMES = {
    "meal": QT_TRANSLATE_NOOP("RingBanner", "meal"),
    "rest": QT_TRANSLATE_NOOP("RingBanner", "rest"),
    "training": QT_TRANSLATE_NOOP("RingBanner", "training"),
    "meeting": QT_TRANSLATE_NOOP("RingBanner", "meeting"),
    "other": QT_TRANSLATE_NOOP("RingBanner", "other"),
}


class RingBanner(QFrame):
    answer_requested = Signal()

    def __init__(self, controller: CallController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("ringBanner")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.training_label = QLabel(
            self.tr("TRAINING — practice calls, kept apart from real records")
        )
        self.training_label.setObjectName("trainingBanner")
        self.training_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.training_label.setStyleSheet(
            "background: #6a1b9a; color: white; font-weight: bold; padding: 4px;"
        )
        self.training_label.setVisible(controller.training)
        self.caller_label = QLabel()
        self.caller_label.setTextFormat(Qt.TextFormat.PlainText)  # caller's text
        self.caller_label.setObjectName("callerLabel")
        self.caller_label.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.customer_label = QLabel()
        self.customer_label.setTextFormat(Qt.TextFormat.PlainText)  # caller's text
        self.customer_label.setObjectName("customerLabel")
        self.customer_label.setStyleSheet("font-size: 16px;")
        self.customer_label.setWordWrap(True)  # the idle keys line wraps on a narrow window
        self.note_label = QLabel()
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)  # caller's text
        self.note_label.setObjectName("ringNote")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("font-size: 14px; font-weight: bold;")
        self.note_label.hide()
        self.countdown_label = QLabel()
        self.countdown_label.setObjectName("countdownLabel")
        self.countdown_label.setStyleSheet("font-size: 28px; font-weight: bold;")
        self.countdown_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        # Wide enough for "+120 s late": the figures change every tick, the layout must not.
        self.countdown_label.setMinimumWidth(170)
        self.detail_label = QLabel()
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)  # caller's text
        self.detail_label.setMinimumWidth(280)
        self.detail_label.setMinimumWidth(160)
        self.detail_label.setWordWrap(True)
        self.detail_label.setObjectName("countdownDetail")
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.answer_button = QPushButton(self.tr("Answer (F3 / Enter)"))
        self.answer_button.setObjectName("answerButton")
        self.answer_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.answer_button.clicked.connect(self.answer_requested)

        # One line for who and one for the count, so the call form below keeps the room: the
        # caller and the customer side by side, the note under them only when there is one.
        self.state_view = DeskStateView(controller)
        line = QHBoxLayout()
        line.setSpacing(12)
        line.addWidget(self.caller_label)
        line.addWidget(self.customer_label, 1)
        who = QVBoxLayout()
        who.setSpacing(2)
        who.addLayout(line)
        who.addWidget(self.note_label)
        row = QHBoxLayout()
        row.addLayout(who, 1)
        row.addWidget(self.state_view)
        row.addSpacing(8)
        row.addWidget(self.detail_label)
        row.addWidget(self.countdown_label)
        row.addWidget(self.answer_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 4, 12, 4)
        outer.setSpacing(2)
        outer.addWidget(self.training_label)
        outer.addLayout(row)

        self._timer = QTimer(self)
        self._timer.setInterval(REPAINT_MS)
        self._timer.timeout.connect(self.refresh)
        self._refusal_timer = QTimer(self)
        self._refusal_timer.setSingleShot(True)
        self._refusal_timer.setInterval(REFUSAL_SHOWN_MS)
        self._refusal_timer.timeout.connect(self.refresh)
        # A refused key (F8 while a call rings or its record is unsaved) said on the banner.
        self._said = ""
        self._said_timer = QTimer(self)
        self._said_timer.setSingleShot(True)
        self._said_timer.setInterval(SAID_SHOWN_MS)
        self._said_timer.timeout.connect(self.refresh)
        controller.ring_started.connect(self._on_ring)
        controller.customer_changed.connect(self._show_customer)
        # A call that never rang here (one the agent dialled through the phone, a record restored
        # after a restart) names its number too, not "Waiting for calls".
        controller.answered.connect(self._show_customer)
        controller.wrapup_started.connect(self._show_customer)
        controller.stage_changed.connect(lambda _stage: self.refresh())
        controller.record_saved.connect(lambda _saved: self.refresh())  # saved on the line
        controller.ring_refused.connect(self.show_refusal)
        controller.call_waiting.connect(lambda _event, _ended: self.refresh())
        self.refresh()

    # --- reacting to the call ---------------------------------------------------------------

    def _on_ring(self, event: CallEvent) -> None:
        self._refusal_timer.stop()
        self._show_customer(event)
        self._timer.start()
        self.refresh()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_customer(self, event: CallEvent) -> None:
        self.caller_label.setText(event.caller_number or self.tr("Unknown number"))
        # Empty until the customer card names the caller: the card itself shows the lookup.
        self.customer_label.setText(event.customer_name)

    def refresh(self) -> None:
        stage = self.controller.stage
        event = self.controller.current
        self._show_note(stage, event)
        if (stage is Stage.IDLE or event is None) and self._refusal_timer.isActive():
            self._timer.stop()
            self.answer_button.hide()
            return  # the reason a ring was not taken stays on the banner for a while
        if stage is Stage.IDLE or event is None:
            self._timer.stop()
            if self.controller.session.desk_state().state == "supervising":
                # No call is taken here: the answer keys would only be refused.
                self.caller_label.setText(self.tr("Supervising"))
                self.customer_label.setText(
                    self.tr("To take calls, start a shift (File ▸ Start a new shift).")
                )
            else:
                self.caller_label.setText(self.tr("Waiting for calls"))
                self.customer_label.setText(
                    self.tr("F2: the desk phone rings · F3 or Enter: answer · F4: call ended")
                )
            self.countdown_label.setText("")
            self.detail_label.setText("")
            self.answer_button.hide()
            self._style("idle")
            return
        if stage is Stage.RINGING:
            self.answer_button.show()
            self._show_countdown()
            return
        self.answer_button.hide()
        self._timer.stop()
        # Who the call is with, whichever way it started (a callback's "Call now" never rang).
        self._show_customer(event)
        delay = event.answer_delay_ms
        if event.direction == "outbound":
            self.detail_label.setText(self.tr("Outbound call"))
        elif delay is not None:
            verdict = self.tr("within three rings") if event.within_rule else self.tr("rule broken")
            self.detail_label.setText(
                self.tr("Answered after {seconds} s, {verdict}").format(
                    seconds=f"{delay / 1000:.1f}", verdict=verdict
                )
            )
        # The state and its time are on the state label beside it: no second "On the call".
        self.countdown_label.setText("")
        self._style("talking")

    def _show_note(self, stage: Stage, event: CallEvent | None) -> None:
        notes = []
        if stage is Stage.RINGING and event is not None and event.on_break:
            reason = QCoreApplication.translate("RingBanner", BREAK_NAMES.get(event.on_break, ""))
            notes.append(
                self.tr("You are on a break ({reason}): answering ends the break.").format(
                    reason=reason or event.on_break
                )
            )
        if stage is Stage.TALKING and self.controller.session.record_saved:
            notes.append(
                self.tr("Record saved. The caller is still on the line: F4 when the call ends.")
            )
        waiting = len(self.controller.session.waiting)
        if waiting and stage is not Stage.IDLE:
            notes.append(self.tr("Calls waiting: {n}").format(n=waiting))
        if self._refusal_timer.isActive():
            return
        if self._said_timer.isActive() and stage is not Stage.IDLE:
            notes.append(self._said)
        else:
            self._said_timer.stop()
        self.note_label.setText(" · ".join(notes))
        self.note_label.setVisible(bool(notes))

    def say(self, text: str) -> None:
        """Why a key did nothing, beside the state it is about, for a few seconds."""
        self._said = text
        self._said_timer.start()
        self.refresh()

    def show_refusal(self, error: AgentDeskError, caller: str) -> None:
        """A ring the desk did not take: who called and why, on the banner for a minute."""
        if self.controller.stage is not Stage.IDLE:
            return
        self._refusal_timer.start()
        self.caller_label.setText(
            self.tr("Call from {caller} not taken").format(
                caller=phones.mask(caller) or self.tr("an unknown number")
            )
        )
        if error.params.get("reason") == "call.no_shift":
            reason = self.tr(
                "Your shift is closed. Start a new shift (File ▸ Start a new shift) to take calls."
            )
        elif error.params.get("reason") == "call.supervising":
            reason = self.tr(
                "You are supervising without a call shift, so the call was not taken here. "
                "To take calls, start a shift (File ▸ Start a new shift)."
            )
        else:
            reason = error.message
        self.customer_label.setText("")
        self.note_label.setText(reason)
        self.note_label.show()
        self.countdown_label.setText("")
        self.detail_label.setText("")
        self._style(Phase.OVERDUE)

    def _show_countdown(self) -> None:
        countdown = self.controller.countdown()
        if countdown is None:
            return
        state = countdown.state()
        if state.phase is Phase.OVERDUE:
            self.countdown_label.setText(
                self.tr("+{seconds} s late").format(seconds=f"{state.overdue_ms / 1000:.0f}")
            )
            self.detail_label.setText(
                self.tr("Three-ring rule broken · ring {ring}").format(ring=state.ring)
            )
        else:
            self.countdown_label.setText(
                self.tr("{seconds} s").format(seconds=f"{state.seconds_left:.0f}")
            )
            self.detail_label.setText(
                self.tr("Ring {ring} of {rings}").format(ring=state.ring, rings=state.rings)
            )
        self._style(state.phase)

    def _style(self, key: str) -> None:
        sheet = STYLES.get(key, STYLES["idle"])
        if self.styleSheet() != sheet:
            self.setStyleSheet(sheet)
        self.setProperty("phase", str(key))

    def ring_text(self) -> str:
        """The countdown as shown (used by tests and the accessibility name)."""
        return f"{self.countdown_label.text()} {self.detail_label.text()}".strip()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            self.controller.stage is Stage.RINGING
        ):
            self.answer_requested.emit()
            return
        super().keyPressEvent(event)
