"""The call record form: what was asked, what was answered, how it ended.

A wrap-up timer runs until the record is saved. The form is autosaved as a draft every few
seconds while it changes, so a crash or kill -9 loses at most that much; at start an unsaved
draft is offered back. Invalid input is shown next to its field in the agent's language.
"""

from __future__ import annotations

import logging
from datetime import UTC, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from agent_desk import phones
from agent_desk.calls.ringing import Escalation
from agent_desk.calls.service import (
    CATEGORIES,
    RESOLUTIONS,
    CallRecord,
    DraftInfo,
    complete_record,
)
from agent_desk.errors import AgentDeskError, ValidationError
from agent_desk.ui.call_controller import CallController, CallEvent, Stage
from agent_desk.ui.choice_box import ChoiceBox
from agent_desk.ui.error_text import describe_from
from agent_desk.ui.escalation_view import EscalationView
from agent_desk.ui.phone_status import PHONE_MESSAGES
from agent_desk.ui.status_bar import format_duration

if TYPE_CHECKING:
    from agent_desk.calls.service import SavedCall

log = logging.getLogger(__name__)

AUTOSAVE_MS = 3000
ERRORS = "CallErrors"

# The call record's validation reasons in words; collected by lupdate under "CallErrors".
MESSAGES: dict[str, str] = {
    "call.category.required": QT_TRANSLATE_NOOP("CallErrors", "Choose the type of the call."),
    "call.category.unknown": QT_TRANSLATE_NOOP("CallErrors", "Unknown call type."),
    "call.subject.required": QT_TRANSLATE_NOOP("CallErrors", "Write a short subject."),
    "call.subject.too_long": QT_TRANSLATE_NOOP(
        "CallErrors", "The subject can have at most {maximum} characters."
    ),
    "call.question.required": QT_TRANSLATE_NOOP(
        "CallErrors", "Write down the customer's question."
    ),
    "call.answer.required": QT_TRANSLATE_NOOP(
        "CallErrors", "Write down the answer you gave, or choose another resolution."
    ),
    "call.resolution.required": QT_TRANSLATE_NOOP("CallErrors", "Choose how the call ended."),
    "call.resolution.unknown": QT_TRANSLATE_NOOP("CallErrors", "Unknown resolution."),
    "call.follow_up.unticked": QT_TRANSLATE_NOOP(
        "CallErrors", "A follow-up resolution needs “Needs follow-up” ticked."
    ),
    "call.follow_up.kind": QT_TRANSLATE_NOOP("CallErrors", "A follow-up is a case or a callback."),
    "call.callback.customer_required": QT_TRANSLATE_NOOP(
        "CallErrors", "A callback needs a known customer: match or create the customer first."
    ),
    "call.callback_due.required": QT_TRANSLATE_NOOP("CallErrors", "Choose when to call back."),
    "call.callback_due.past": QT_TRANSLATE_NOOP(
        "CallErrors", "The callback time must be in the future."
    ),
    "call.satisfaction.range": QT_TRANSLATE_NOOP("CallErrors", "Satisfaction is 1 to 5."),
    "call.already_saved": QT_TRANSLATE_NOOP("CallErrors", "This call record is already saved."),
    "call.not_answered": QT_TRANSLATE_NOOP(
        "CallErrors", "Nobody answered this call, so it has no record."
    ),
    "call.no_follow_ups": QT_TRANSLATE_NOOP(
        "CallErrors", "The call is saved, but its follow-up could not be opened."
    ),
    "call.number": QT_TRANSLATE_NOOP("CallErrors", "Enter a number to call."),
    # What the desk session refuses, and the phone it drives.
    "call.no_agent": QT_TRANSLATE_NOOP("CallErrors", "Nobody is logged in at this desk."),
    "call.no_shift": QT_TRANSLATE_NOOP(
        "CallErrors", "Your shift is closed. Start a new shift to take or make calls."
    ),
    "call.supervising": QT_TRANSLATE_NOOP(
        "CallErrors",
        "You are supervising without a call shift. Start a shift (File ▸ Start a new shift) "
        "to take or make calls.",
    ),
    "call.not_ringing": QT_TRANSLATE_NOOP("CallErrors", "No call is ringing."),
    "call.none": QT_TRANSLATE_NOOP("CallErrors", "There is no call at the desk."),
    "call.busy": QT_TRANSLATE_NOOP(
        "CallErrors", "Finish the current call and save its record first."
    ),
    "call.break_ringing": QT_TRANSLATE_NOOP(
        "CallErrors", "A call is ringing: answer it first. F8 takes a break when the desk is free."
    ),
    "call.break_wrapup": QT_TRANSLATE_NOOP(
        "CallErrors", "Save the call record first (Ctrl+S), then press F8 for a break."
    ),
    "call.other_call": QT_TRANSLATE_NOOP(
        "CallErrors", "That is not the call at this desk; nothing was changed."
    ),
    "call.waiting": QT_TRANSLATE_NOOP(
        "CallErrors", "That call rang while you were busy; finish the current call first."
    ),
    "call.call_id.too_long": QT_TRANSLATE_NOOP(
        "CallErrors", "The phone's call id is longer than {maximum} characters."
    ),
    "phone.offline": QT_TRANSLATE_NOOP(
        "CallErrors", "The phone is not connected: answer, hang up or dial on the phone itself."
    ),
    **PHONE_MESSAGES,
}

CATEGORY_NAMES = {
    "inquiry": QT_TRANSLATE_NOOP("CallForm", "Inquiry"),
    "complaint": QT_TRANSLATE_NOOP("CallForm", "Complaint"),
    "report": QT_TRANSLATE_NOOP("CallForm", "Report"),
    "suggestion": QT_TRANSLATE_NOOP("CallForm", "Suggestion"),
    "repair": QT_TRANSLATE_NOOP("CallForm", "Repair"),
    "other": QT_TRANSLATE_NOOP("CallForm", "Other"),
}
SATISFACTION_NAMES = {
    1: QT_TRANSLATE_NOOP("CallForm", "Very dissatisfied"),
    2: QT_TRANSLATE_NOOP("CallForm", "Dissatisfied"),
    3: QT_TRANSLATE_NOOP("CallForm", "Neutral"),
    4: QT_TRANSLATE_NOOP("CallForm", "Satisfied"),
    5: QT_TRANSLATE_NOOP("CallForm", "Very satisfied"),
}
# What a save only hints at (the sign-off, the customer's satisfaction); collected by lupdate.
HINTS: dict[str, str] = {
    "call.signoff.missing": QT_TRANSLATE_NOOP(
        "CallForm", "The sign-off is not marked: say it and press F7."
    ),
    "call.satisfaction.ask": QT_TRANSLATE_NOOP(
        "CallForm", "Satisfaction was not asked: ask, then press 1–5."
    ),
}
RESOLUTION_NAMES = {
    "resolved": QT_TRANSLATE_NOOP("CallForm", "Resolved on the call"),
    "transferred": QT_TRANSLATE_NOOP("CallForm", "Transferred"),
    "escalated": QT_TRANSLATE_NOOP("CallForm", "Escalated"),
    "follow_up": QT_TRANSLATE_NOOP("CallForm", "Follow-up needed"),
}


def error_message(error: AgentDeskError) -> str:
    """A call error in the agent's language (falls back to the shared error texts)."""
    return describe_from(MESSAGES, ERRORS, error)


class CallForm(QWidget):
    saved = Signal(object)  # SavedCall
    category_changed = Signal(str)

    def __init__(self, controller: CallController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.services = controller.services
        self.clock = controller.clock
        self._dirty = False
        self._loading = False
        # What the last failed autosave said, shown until an autosave works again.
        self._autosave_error = ""
        self._stage_started: float | None = None
        self._offered: list[DraftInfo] = []
        self._shown_problems: set[str] = set()  # fields whose message is on screen
        self._hinted = False  # the save hints (sign-off, satisfaction) were shown for this call
        self._shown_hints: set[str] = set()  # the reasons of the hint parts on screen
        # The knowledge article whose answer was inserted: (public id, version).
        self._kb_used: tuple[str, int] | None = None
        self.setObjectName("callForm")
        self._build()
        controller.answered.connect(self._on_answered)
        controller.wrapup_started.connect(self._on_wrapup)
        controller.hung_up.connect(self._on_hung_up)
        controller.record_saved.connect(self._on_saved)
        controller.set_aside.connect(lambda _event: self.autosave(force=True))
        controller.stage_changed.connect(lambda _s: self._refresh_timer())
        controller.customer_changed.connect(lambda _e: self._changed())
        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave)
        self._autosave.start()
        self._tick = QTimer(self)
        self._tick.setInterval(500)
        self._tick.timeout.connect(self._refresh_timer)
        self._tick.start()
        self.set_editable(False)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.restore_bar = QFrame()
        self.restore_bar.setObjectName("restoreBar")
        self.restore_bar.setStyleSheet("QFrame#restoreBar { background: #fff8e1; }")
        self.restore_label = QLabel()
        self.restore_label.setTextFormat(Qt.TextFormat.PlainText)  # caller's text
        self.restore_label.setWordWrap(True)
        # Alt+R / Alt+X: the bar is reached from the keyboard (it needed the mouse).
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setObjectName("restoreDraftButton")
        self.restore_button.clicked.connect(self.restore_offered)
        self.discard_button = QPushButton(self.tr("Discard (&X)"))
        self.discard_button.clicked.connect(self.discard_offered)
        bar = QHBoxLayout(self.restore_bar)
        bar.addWidget(self.restore_label, 1)
        bar.addWidget(self.restore_button)
        bar.addWidget(self.discard_button)
        self.restore_bar.hide()

        self.timer_label = QLabel()
        self.timer_label.setObjectName("wrapupTimer")
        self.timer_label.setStyleSheet("font-size: 15px; color: #37474f;")

        # Digits pick the choices and move on: the numbers are part of what the agent reads.
        self.category = ChoiceBox()
        self.category.addItem(self.tr("— choose —"), None)
        for digit, key in enumerate(CATEGORIES, start=1):
            self.category.add_choice(
                str(digit), QCoreApplication.translate("CallForm", CATEGORY_NAMES[key]), key
            )
        self.subject = QLineEdit()
        self.subject.setMaxLength(200)
        self.subject.setPlaceholderText(self.tr("The question's first line, if left empty"))
        self.question = QPlainTextEdit()
        self.question.setTabChangesFocus(True)
        self.answer = QPlainTextEdit()
        self.answer.setTabChangesFocus(True)
        for box in (self.question, self.answer):
            box.setMinimumHeight(56)
        self.resolution = ChoiceBox()
        self.resolution.addItem(self.tr("— choose —"), None)
        for digit, key in enumerate(RESOLUTIONS, start=1):
            self.resolution.add_choice(
                str(digit), QCoreApplication.translate("CallForm", RESOLUTION_NAMES[key]), key
            )
        self.satisfaction = ChoiceBox()
        self.satisfaction.addItem(self.tr("not asked"), None)
        self.satisfaction.set_zero(0)
        for score in range(1, 6):
            self.satisfaction.add_choice(
                str(score), QCoreApplication.translate("CallForm", SATISFACTION_NAMES[score]), score
            )
        self.greeting_given = QCheckBox(self.tr("Greeting given (F6)"))
        self.signoff_given = QCheckBox(self.tr("Sign-off given (F7)"))
        self.needs_follow_up = QCheckBox(self.tr("Needs follow-up"))
        self.follow_up_kind = QComboBox()
        self.follow_up_kind.addItem(self.tr("Open a case"), "case")
        self.follow_up_kind.addItem(self.tr("Schedule a callback"), "callback")
        self.callback_due = QDateTimeEdit()
        self.callback_due.setCalendarPopup(True)
        self.callback_due.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.complex_flag = QCheckBox(self.tr("Complex question (transfer within 2 minutes)"))
        self.conflict_flag = QCheckBox(self.tr("Customer conflict (supervisor within 15 minutes)"))
        self.transfer_clock = EscalationView(
            Escalation.TRANSFER, self.clock, self.services.policy, self
        )
        self.supervisor_clock = EscalationView(
            Escalation.SUPERVISOR, self.clock, self.services.policy, self
        )
        self.general_error = QLabel()
        self.general_error.setTextFormat(Qt.TextFormat.PlainText)  # caller's text
        self.general_error.setObjectName("generalError")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet("color: #c62828;")
        # What the rules ask for but a save does not need (sign-off, satisfaction): said once.
        self.hint_label = QLabel()
        self.hint_label.setObjectName("saveHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: #e65100; font-weight: bold;")
        self.hint_label.hide()
        self.save_button = QPushButton(self.tr("Save record (Ctrl+S)"))
        self.save_button.setObjectName("saveCallButton")
        self.save_button.clicked.connect(self.save)

        # One screen on a 1366x768 desk: the two texts first (the focus starts in the question),
        # then the choices two to a row, the checks and the escalations one row each, and Save.
        # The tab order is the reading order.
        self.errors: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)  # a row of the follow-up and one per escalation fit 698 px
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        wide = (
            ("question", self.tr("Customer's question"), self.question),
            ("answer", self.tr("Answer given"), self.answer),
        )
        for row, (name, label, widget) in enumerate(wide):
            widget.setObjectName(name)
            grid.addWidget(self._label(label, widget), row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self._with_error(name, widget), row, 1, 1, 3)
            grid.setRowStretch(row, 1)
        pairs = (
            (
                ("category", self.tr("Type"), self.category),
                ("resolution", self.tr("Resolution"), self.resolution),
            ),
            (
                ("satisfaction", self.tr("Satisfaction"), self.satisfaction),
                ("subject", self.tr("Subject"), self.subject),
            ),
        )
        for row, pair in enumerate(pairs, start=len(wide)):
            for column, (name, label, widget) in enumerate(pair):
                widget.setObjectName(name)
                grid.addWidget(self._label(label, widget), row, column * 2)
                grid.addWidget(self._with_error(name, widget), row, column * 2 + 1)
        # The ticks on one line, the follow-up's kind and callback time on their own line under
        # them: in one row with the ticks, 预约回访's time widened the form past its column.
        ticks = QHBoxLayout()
        ticks.addWidget(self.greeting_given)
        ticks.addWidget(self.signoff_given)
        ticks.addWidget(self.needs_follow_up)
        ticks.addStretch(1)
        follow_up = QHBoxLayout()
        follow_up.addWidget(self.follow_up_kind)
        follow_up.addWidget(self.callback_due)
        follow_up.addStretch(1)
        checks = QVBoxLayout()
        checks.setSpacing(2)
        checks.addLayout(ticks)
        checks.addLayout(follow_up)
        self.needs_follow_up.setObjectName("needs_follow_up")
        row = len(wide) + len(pairs)
        grid.addWidget(self._with_error("needs_follow_up", checks), row, 0, 1, 4)
        for name in ("follow_up_kind", "callback_due_at"):
            row += 1
            grid.addWidget(self._error_label(name), row, 0, 1, 4)
        # One escalation a line: side by side they were wider than the column in English.
        flags = QVBoxLayout()
        flags.setSpacing(2)
        flags.addWidget(self.complex_flag)
        flags.addWidget(self.conflict_flag)
        grid.addLayout(flags, row + 1, 0, 1, 4)
        grid.addWidget(self.transfer_clock, row + 2, 0, 1, 4)
        grid.addWidget(self.supervisor_clock, row + 3, 0, 1, 4)

        bottom = QHBoxLayout()
        messages = QVBoxLayout()
        messages.addWidget(self.general_error)
        messages.addWidget(self.hint_label)
        bottom.addLayout(messages, 1)
        bottom.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addWidget(self.restore_bar)
        layout.addWidget(self.timer_label)
        layout.addLayout(grid, 1)
        layout.addLayout(bottom)
        self._set_tab_order()

        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        for signal in (
            self.category.currentIndexChanged,
            self.subject.textChanged,
            self.question.textChanged,
            self.answer.textChanged,
            self.resolution.currentIndexChanged,
            self.satisfaction.currentIndexChanged,
            self.greeting_given.toggled,
            self.signoff_given.toggled,
            self.needs_follow_up.toggled,
            self.follow_up_kind.currentIndexChanged,
            self.callback_due.dateTimeChanged,
            self.complex_flag.toggled,
            self.conflict_flag.toggled,
        ):
            signal.connect(self._changed)
        self.category.currentIndexChanged.connect(
            lambda _i: self.category_changed.emit(self.category.currentData() or "")
        )
        self.resolution.currentIndexChanged.connect(self._show_implied)
        self.needs_follow_up.toggled.connect(self._follow_up_visibility)
        self.follow_up_kind.currentIndexChanged.connect(self._follow_up_visibility)
        self.complex_flag.toggled.connect(
            lambda on: self.transfer_clock.start() if on else self.transfer_clock.reset()
        )
        self.conflict_flag.toggled.connect(
            lambda on: self.supervisor_clock.start() if on else self.supervisor_clock.reset()
        )
        self._follow_up_visibility()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        # "Customer's question" on two lines leaves the choices their whole width at 1280 px.
        label.setWordWrap(True)
        return label

    def relink_tab_order(self) -> None:
        """The form's own order again after another widget was put before the question."""
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        order = self._tab_order()
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def _tab_order(self) -> tuple[QWidget, ...]:
        return (
            self.question,
            self.answer,
            self.category,
            self.resolution,
            self.satisfaction,
            self.subject,
            self.greeting_given,
            self.signoff_given,
            self.needs_follow_up,
            self.follow_up_kind,
            self.callback_due,
            self.complex_flag,
            self.conflict_flag,
            self.save_button,
        )

    def _error_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"{name}Error")
        label.setStyleSheet("color: #c62828;")
        label.setWordWrap(True)
        label.hide()
        self.errors[name] = label
        return label

    def _with_error(self, name: str, widget: QWidget | QHBoxLayout | QVBoxLayout) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if isinstance(widget, QWidget):
            layout.addWidget(widget)
        else:
            layout.addLayout(widget)
        layout.addWidget(self._error_label(name))
        return box

    def _follow_up_visibility(self) -> None:
        on = self.needs_follow_up.isChecked()
        self.follow_up_kind.setVisible(on)
        self.callback_due.setVisible(on and self.follow_up_kind.currentData() == "callback")

    # --- the record -------------------------------------------------------------------------

    def record(self) -> CallRecord:
        due = None
        if self.needs_follow_up.isChecked() and self.follow_up_kind.currentData() == "callback":
            # The time typed is the branch's wall-clock time (10:37 Beijing time), not the PC's.
            typed = self.callback_due.dateTime().toPython().replace(tzinfo=None)
            due = typed.replace(tzinfo=self.services.policy.zone).astimezone(UTC)
        event = self.controller.current
        return CallRecord(
            category=self.category.currentData(),
            subject=self.subject.text(),
            question=self.question.toPlainText(),
            answer=self.answer.toPlainText(),
            resolution=self.resolution.currentData(),
            satisfaction=self.satisfaction.currentData(),
            greeting_given=self.greeting_given.isChecked(),
            signoff_given=self.signoff_given.isChecked(),
            needs_follow_up=self.needs_follow_up.isChecked(),
            follow_up_kind=self.follow_up_kind.currentData() or "case",
            callback_due_at=due,
            complex_flag=self.complex_flag.isChecked(),
            conflict_flag=self.conflict_flag.isChecked(),
            customer_id=event.customer_id if event else None,
            kb_article_id=self._kb_used[0] if self._kb_used else None,
            kb_article_version=self._kb_used[1] if self._kb_used else None,
        )

    def load(self, record: CallRecord) -> None:
        self._loading = True
        try:
            self.category.setCurrentIndex(max(0, self.category.findData(record.category)))
            self.subject.setText(record.subject)
            self.question.setPlainText(record.question)
            self.answer.setPlainText(record.answer)
            self.resolution.setCurrentIndex(max(0, self.resolution.findData(record.resolution)))
            self.satisfaction.setCurrentIndex(
                max(0, self.satisfaction.findData(record.satisfaction))
            )
            self.greeting_given.setChecked(record.greeting_given)
            self.signoff_given.setChecked(record.signoff_given)
            self.needs_follow_up.setChecked(record.needs_follow_up)
            self.follow_up_kind.setCurrentIndex(
                max(0, self.follow_up_kind.findData(record.follow_up_kind))
            )
            due = record.callback_due_at or (self.clock.now() + timedelta(days=1))
            local = due.astimezone(self.services.policy.zone).replace(tzinfo=None)
            self.callback_due.setDateTime(QDateTime(local))
            self.complex_flag.setChecked(record.complex_flag)
            self.conflict_flag.setChecked(record.conflict_flag)
            self._kb_used = (
                (record.kb_article_id, record.kb_article_version or 1)
                if record.kb_article_id
                else None
            )
        finally:
            self._loading = False
        self._follow_up_visibility()

    def clear(self) -> None:
        self.load(CallRecord())
        self.transfer_clock.reset()
        self.supervisor_clock.reset()
        self.show_errors([])
        self.show_hints([])
        self._hinted = False
        self._dirty = False

    def insert_answer(self, article_id: str, version: int, answer: str) -> str:
        """A knowledge article's answer goes into "Answer given" (below what is there) and the
        record notes the article and version: "inserted". "already" when that text is in the
        answer already (a second press adds nothing); "no_call" when there is no call."""
        if not self.answer.isEnabled():
            return "no_call"
        current = self.answer.toPlainText().rstrip()
        self._kb_used = (article_id, version)
        if answer.strip() and answer.strip() in current:
            return "already"
        self.answer.setPlainText(f"{current}\n{answer}" if current else answer)
        self._changed()
        return "inserted"

    def set_editable(self, editable: bool) -> None:
        """Fields take input only while there is a call to write down."""
        for widget in (
            self.category,
            self.subject,
            self.question,
            self.answer,
            self.resolution,
            self.satisfaction,
            self.greeting_given,
            self.signoff_given,
            self.needs_follow_up,
            self.follow_up_kind,
            self.callback_due,
            self.complex_flag,
            self.conflict_flag,
            self.save_button,
        ):
            widget.setEnabled(editable)

    def show_errors(self, problems: list[ValidationError]) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.general_error.clear()
        self._shown_problems = {p.field for p in problems}
        for problem in problems:
            label = self.errors.get(problem.field)
            if label is None:
                self.general_error.setText(error_message(problem))
                continue
            if not label.text():
                label.setText(error_message(problem))
                label.show()

    def _reveal(self, widget: QWidget) -> None:
        """Scroll the message into view: on a short screen the form scrolls in its column, and
        Ctrl+S with the problem below the fold looked as if nothing happened."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            label = self.errors.get(widget.objectName())
            if label is not None and not label.isHidden():
                parent.ensureWidgetVisible(label)
            parent.ensureWidgetVisible(widget)

    def _recheck(self) -> None:
        """A message goes as soon as its field is put right (messages are not added while the
        agent types: only the next save says what else is missing)."""
        if not self._shown_problems:
            return
        problems = self.services.calls.validate(self.record())
        still = [p for p in problems if p.field in self._shown_problems]
        if {p.field for p in still} != self._shown_problems:
            general = self.general_error.text()
            self.show_errors(still)
            if general and general == self._autosave_error:
                self.general_error.setText(general)

    def _show_implied(self, *_args: object) -> None:
        """What the record implies shows at once: 需跟进 ticks 需要跟进."""
        if self._loading:
            return
        implied = complete_record(self.record())
        if implied.needs_follow_up and not self.needs_follow_up.isChecked():
            self.needs_follow_up.setChecked(True)

    def show_hints(self, hints: list[ValidationError]) -> None:
        self._shown_hints = {str(h.params.get("reason") or "") for h in hints}
        texts = []
        for hint in hints:
            reason = str(hint.params.get("reason") or "")
            texts.append(QCoreApplication.translate("CallForm", HINTS.get(reason, hint.message)))
        if texts:
            texts.append(self.tr("Press Ctrl+S again to save as it is."))
        self.hint_label.setText(" ".join(texts))
        self.hint_label.setVisible(bool(texts))

    def save(self) -> SavedCall | None:
        if self.controller.current is None or self.controller.session.record_saved:
            return None  # nothing to write down (saved while the caller is still on the line)
        record = self.record()
        problems = self.services.calls.validate(record)
        self.show_errors(problems)
        if problems:
            # The first problem on screen, in the form's own order (the question comes first).
            order = [w.objectName() for w in self._tab_order()]
            field = min(
                (p.field for p in problems),
                key=lambda f: order.index(f) if f in order else len(order),
            )
            target = self.findChild(QWidget, field)
            if target is not None:
                target.setFocus()
                self._reveal(target)
            elif self.general_error.text():
                self._reveal(self.general_error)
            return None
        hints = self.services.calls.hints(record)
        if hints and not self._hinted:
            # Said once per call: the next Ctrl+S saves as it is.
            self._hinted = True
            self.show_hints(hints)
            target = self.findChild(QWidget, hints[-1].field)
            if isinstance(target, ChoiceBox):
                target.setFocus()  # a digit now picks the satisfaction
            return None
        try:
            saved = self.controller.save(record)
        except ValidationError as exc:
            self.show_errors(list(exc.params.get("problems") or [exc]))
            return None
        except AgentDeskError as exc:
            self.general_error.setText(error_message(exc))
            return None
        if saved.follow_up_error is not None:
            log.warning("follow-up not opened: %s", saved.follow_up_error.message)
        self.saved.emit(saved)
        return saved

    # --- reacting to the call ---------------------------------------------------------------

    def _on_answered(self, _event: CallEvent) -> None:
        self.restore_bar.hide()
        self.clear()
        self.set_editable(True)
        self._stage_started = self.clock.monotonic()
        self._refresh_timer()
        self.scroll_to_top()
        self.question.setFocus()  # where typing starts (the call desk may choose the card)

    def scroll_to_top(self) -> None:
        """A new call starts at the top left of the form, whatever the last one scrolled to."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.verticalScrollBar().setValue(0)
            parent.horizontalScrollBar().setValue(0)  # and at the left (a narrow window)

    def _on_wrapup(self, _event: CallEvent) -> None:
        self.set_editable(True)
        self._stage_started = self.clock.monotonic()
        self._refresh_timer()

    def _on_hung_up(self, event: CallEvent) -> None:
        if event.outcome == "abandoned":
            self.clear()
            self.set_editable(False)

    def _on_saved(self, _saved: object) -> None:
        self.clear()
        self.set_editable(False)
        self._stage_started = None
        QTimer.singleShot(0, self.offer_drafts)  # a record set aside by this call comes back

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self._dirty = True
            self._recheck()
            self._recheck_hints()

    def _recheck_hints(self) -> None:
        """Each part of the save hint goes as soon as it is done (F7, a satisfaction digit);
        no part comes back while the agent works: only a save hints."""
        if self.hint_label.isHidden():
            return
        shown = self._shown_hints
        still = [
            h
            for h in self.services.calls.hints(self.record())
            if str(h.params.get("reason") or "") in shown
        ]
        self.show_hints(still)

    def _refresh_timer(self) -> None:
        stage = self.controller.stage
        if stage is Stage.IDLE or self._stage_started is None:
            self.timer_label.setText(self.tr("No call in progress."))
            return
        elapsed = format_duration(self.clock.monotonic() - self._stage_started)
        if stage is Stage.TALKING:
            self.timer_label.setText(self.tr("On the call for {time}").format(time=elapsed))
        elif stage is Stage.WRAPUP:
            self.timer_label.setText(
                self.tr("Wrap-up {time} — save the record to finish").format(time=elapsed)
            )
        else:
            self.timer_label.setText(self.tr("Ringing…"))

    # --- drafts -----------------------------------------------------------------------------

    def autosave(self, force: bool = False) -> None:
        event = self.controller.current
        agent = self.controller.agent
        if not (self._dirty or force) or event is None or agent is None:
            return
        if self.controller.stage not in (Stage.TALKING, Stage.WRAPUP):
            return
        if self.controller.session.record_saved:
            return  # its record is saved: no draft of the cleared form
        try:
            self.services.calls.save_draft(
                agent.id,
                event.public_id,
                self.record(),
                extra={"customer_name": event.customer_name},
            )
        except AgentDeskError as exc:
            # The agent must know the notes are not safe yet (full disk, busy database).
            log.warning("autosave failed: %s", exc.message)
            self._autosave_error = error_message(exc)
            self.general_error.setText(self._autosave_error)
            return
        if self._autosave_error and self.general_error.text() == self._autosave_error:
            self.general_error.clear()
        self._autosave_error = ""
        self._dirty = False
        log.info("call draft autosaved for call %s", event.public_id)

    def offer_drafts(self) -> None:
        agent = self.controller.agent
        if agent is None:
            return
        drafts = [d for d in self.services.calls.pending_drafts(agent.id) if d.call_public_id]
        self._offered = drafts
        if not drafts:
            self.restore_bar.hide()
            return
        newest = drafts[0]
        when = newest.updated_at.astimezone(self.services.policy.zone).strftime("%H:%M")
        self.restore_label.setText(
            self.tr(
                "The record of a call from {number} was not saved (last change {time}). Restore it?"
            ).format(number=phones.mask(newest.caller_number) or "—", time=when)
        )
        self.restore_bar.show()
        log.info("draft offered for call %s", newest.call_public_id)

    def restore_offered(self) -> None:
        if not self._offered or self.controller.stage is not Stage.IDLE:
            return  # one call at a time: finish the current one first
        draft = self._offered.pop(0)
        assert draft.call_public_id is not None
        try:
            self.controller.resume(draft.call_public_id)
        except AgentDeskError as exc:
            self.general_error.setText(error_message(exc))
            return
        name = str(draft.extra.get("customer_name") or "")
        if draft.record.customer_id is not None:
            self.controller.set_customer(draft.record.customer_id, name)
        self.load(draft.record)
        self.set_editable(True)
        self.restore_bar.hide()
        self._dirty = False
        log.info("draft restored for call %s", draft.call_public_id)

    def discard_offered(self) -> None:
        for draft in self._offered:
            self.services.calls.discard_draft(draft.id)
        self._offered = []
        self.restore_bar.hide()
