"""The scripts beside the call: greeting on answer, the category's prompt, sign-off at wrap-up.

The etiquette reminders (三要 / 三不) stay in view all the time. F6 marks the greeting given and
F7 the sign-off given; both end up in the call record.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from agent_desk import phones
from agent_desk.calls.training import Scenario
from agent_desk.ui.call_controller import CallController, CallEvent, Stage

if TYPE_CHECKING:
    from agent_desk.calls.service import SavedCall

GREETING_KEY = "F6"
SIGNOFF_KEY = "F7"
GREETING_SIZE = 16
SIGNOFF_SIZE = 15


def ui_language() -> str:
    return "zh_CN" if QLocale().name().lower().startswith("zh") else "en"


class ScriptPanel(QWidget):
    greeting_marked = Signal()
    signoff_marked = Signal()

    def __init__(self, controller: CallController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.scripts = controller.services.scripts
        self.config = controller.services.config
        self.language = ui_language()
        self.category = ""
        self.setObjectName("scriptPanel")

        self.greeting = self._text("greetingText", GREETING_SIZE)
        self.greeting_button = QPushButton(
            self.tr("Greeting given ({key})").format(key=GREETING_KEY)
        )
        self.greeting_button.setObjectName("greetingButton")
        self.greeting_button.setCheckable(True)
        self.greeting_button.clicked.connect(self.mark_greeting)
        self.prompt = self._text("promptText", 13)
        self.signoff = self._text("signoffText", SIGNOFF_SIZE)
        self.signoff_button = QPushButton(self.tr("Sign-off given ({key})").format(key=SIGNOFF_KEY))
        self.signoff_button.setObjectName("signoffButton")
        self.signoff_button.setCheckable(True)
        self.signoff_button.clicked.connect(self.mark_signoff)
        self.etiquette = self._text("etiquetteText", 12)
        self.training_story = self._text("trainingStory", 13)

        # Each part is a title line (with its key's button at the right) over its text, with no
        # frame: the four parts and 三要三不 fit a 1366x768 screen during a call.
        self.greeting_box = self._box(self.tr("Greeting"), self.greeting, self.greeting_button)
        self.prompt_box = self._box(self.tr("For this type of call"), self.prompt)
        self.signoff_box = self._box(self.tr("Sign-off"), self.signoff, self.signoff_button)
        self.training_box = self._box(self.tr("Training scenario"), self.training_story)
        self.training_box.setVisible(False)
        self.etiquette_box = self._box(self.tr("Three do's, three don'ts"), self.etiquette)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(6)
        for box in (
            self.training_box,
            self.greeting_box,
            self.prompt_box,
            self.signoff_box,
            self.etiquette_box,
        ):
            layout.addWidget(box)
        layout.addStretch(1)

        QShortcut(QKeySequence(GREETING_KEY), self, self.mark_greeting).setContext(
            Qt.ShortcutContext.WindowShortcut
        )
        QShortcut(QKeySequence(SIGNOFF_KEY), self, self.mark_signoff).setContext(
            Qt.ShortcutContext.WindowShortcut
        )
        controller.ring_started.connect(self._on_ring)
        controller.answered.connect(lambda _e: self.refresh())
        controller.customer_changed.connect(lambda _e: self.refresh())
        controller.wrapup_started.connect(lambda _e: self.refresh())
        controller.stage_changed.connect(lambda _s: self.refresh())
        controller.scenario_changed.connect(self._show_scenario)
        controller.record_saved.connect(self._on_saved)
        self.refresh()

    def _text(self, name: str, size: int) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # {customer_name} is the caller's text
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setStyleSheet(f"font-size: {size}px;")
        return label

    def _box(self, title: str, text: QLabel, button: QPushButton | None = None) -> QFrame:
        box = QFrame()
        heading = QLabel(title)
        heading.setStyleSheet("font-weight: bold; color: #455a64;")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(heading, 1)
        if button is not None:
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # F6 / F7 press it from anywhere
            top.addWidget(button)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(text)
        return box

    # --- content ----------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        agent = self.controller.agent
        event = self.controller.current
        policy = self.controller.services.policy
        reply_days = int(policy.get("deadlines.complaint.reply_working_days", 5))
        now = self.controller.clock.now().astimezone(policy.zone)  # the branch's date
        return {
            "agent_no": agent.agent_no if agent else "",
            "agent_name": agent.name if agent else "",
            "customer_name": event.customer_name if event else "",
            "company": self.config.get("company.name") or "",
            "caller_number": phones.mask(event.caller_number) if event else "",
            "today": now.strftime("%Y-%m-%d"),
            "reply_time": self._reply_date(now, reply_days),
        }

    def _reply_date(self, now: datetime, working_days: int) -> str:
        """The promised answer date in working days (holidays included), as the case counts."""
        calendar = getattr(self.controller.services, "calendar", None)
        try:
            day = calendar.add_workdays(now.date(), working_days, lenient=True)
        except Exception:  # no calendar: a readable promise beats none
            day = (now + timedelta(days=working_days + 2)).date()
        return day.strftime("%m-%d")

    def set_category(self, category: str) -> None:
        self.category = category or ""
        self.refresh()

    def refresh(self) -> None:
        values = self.values()
        stage = self.controller.stage
        self.greeting.setText(self.scripts.text("greeting", self.language, values))
        if self.category:
            self.prompt.setText(
                self.scripts.text("prompt", self.language, values, category=self.category)
            )
        else:
            self.prompt.setText(self.tr("Choose the type of the call to see its prompt."))
        self.signoff.setText(self.scripts.text("signoff", self.language, values))
        self.etiquette.setText(self.scripts.text("etiquette", self.language, values))
        # The script to say now is lit; the other stays plain.
        self._light(self.greeting, stage is Stage.TALKING, GREETING_SIZE)
        self._light(self.signoff, stage is Stage.WRAPUP, SIGNOFF_SIZE)
        active = stage in (Stage.TALKING, Stage.WRAPUP)
        self.greeting_button.setEnabled(active)
        self.signoff_button.setEnabled(active)

    @staticmethod
    def _light(label: QLabel, on: bool, size: int) -> None:
        extra = " background: #e3f2fd; border-radius: 4px;" if on else ""
        sheet = f"font-size: {size}px;{extra}"
        if label.styleSheet() != sheet:
            label.setStyleSheet(sheet)

    def _on_ring(self, _event: CallEvent) -> None:
        self.category = ""
        self.set_greeting_done(False)
        self.set_signoff_done(False)
        self.refresh()

    def _show_scenario(self, scenario: Scenario | None) -> None:
        if scenario is None:
            self.training_box.setVisible(False)
            return
        self.training_story.setText(
            self.tr("{title}\nCaller: {name}\n{story}").format(
                title=scenario.title, name=scenario.customer_name, story=scenario.story
            )
        )
        self.training_box.setVisible(True)

    def _on_saved(self, _saved: SavedCall) -> None:
        scenario = self.controller.scenario
        if scenario is not None:
            self.training_story.setText(
                self.tr("{title}\nA good answer: {expected}").format(
                    title=scenario.title, expected=scenario.expected_answer
                )
            )
        self.category = ""
        self.set_greeting_done(False)
        self.set_signoff_done(False)

    # --- marking ----------------------------------------------------------------------------

    def mark_greeting(self, done: bool = True) -> None:
        if self.controller.stage not in (Stage.TALKING, Stage.WRAPUP):
            return
        self.set_greeting_done(done)
        self.greeting_marked.emit()

    def mark_signoff(self, done: bool = True) -> None:
        if self.controller.stage not in (Stage.TALKING, Stage.WRAPUP):
            return
        self.set_signoff_done(done)
        self.signoff_marked.emit()

    def set_greeting_done(self, done: bool) -> None:
        self.greeting_button.setChecked(done)

    def set_signoff_done(self, done: bool) -> None:
        self.signoff_button.setChecked(done)
