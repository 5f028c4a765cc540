"""Installs the call desk into the main window: banner, form, scripts, keys and ring sources.

This is the composition root of issue 4's widgets. It builds the `CallController` (stored as
`window.call_controller`, the hook for the customer card and the callback reminders), connects
the ring sources (CTI socket, F2, training) and adds the Call and Tools menu entries.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from agent_desk.calls.cti import CtiChannel
from agent_desk.calls.manual import ManualSource
from agent_desk.calls.service import CallRecord
from agent_desk.calls.training import TrainingSimulator, load_scenarios
from agent_desk.errors import AgentDeskError
from agent_desk.ui.call_controller import CallController, CallEvent, Stage
from agent_desk.ui.call_form import CallForm, error_message
from agent_desk.ui.ring_banner import RingBanner
from agent_desk.ui.script_panel import ScriptPanel

if TYPE_CHECKING:
    from agent_desk.services import Services
    from agent_desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

TEST_HOOKS_ENV = "AGENT_DESK_TEST_HOOKS"


class CallDesk(QObject):
    """Holds the desk's parts together for the window's lifetime."""

    def __init__(self, window: MainWindow, services: Services) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        training = bool(getattr(window, "training", False))
        self.controller = CallController(services, window.agent, training=training, parent=window)
        self.banner = RingBanner(self.controller)
        self.form = CallForm(self.controller)
        self.scripts = ScriptPanel(self.controller)
        self.manual = ManualSource()
        self.manual.start(self.controller)
        self.cti: CtiChannel | None = None
        self.simulator: TrainingSimulator | None = None

        self.banner.answer_requested.connect(self.answer)
        self.form.category_changed.connect(self.scripts.set_category)
        self.scripts.greeting_marked.connect(
            lambda: self.form.greeting_given.setChecked(self.scripts.greeting_button.isChecked())
        )
        self.scripts.signoff_marked.connect(
            lambda: self.form.signoff_given.setChecked(self.scripts.signoff_button.isChecked())
        )
        self.form.greeting_given.toggled.connect(self.scripts.set_greeting_done)
        self.form.signoff_given.toggled.connect(self.scripts.set_signoff_done)
        self.form.saved.connect(self._on_saved)
        self.controller.hung_up.connect(self._on_hung_up)

        app = QCoreApplication.instance()
        if app is not None:  # quitting mid-call keeps what was typed since the last autosave
            app.aboutToQuit.connect(self.form.autosave)
        guard = getattr(window, "instance_guard", None)
        if guard is not None and window.agent is not None:
            self.cti = CtiChannel(guard.handlers)
            self.cti.start(self.controller)
            if os.environ.get(TEST_HOOKS_ENV) == "1":
                self._install_test_hooks(guard.handlers)
        if training and window.agent is not None:
            self._start_training()

    # --- actions ----------------------------------------------------------------------------

    def ring_manually(self) -> None:
        from agent_desk.ui.ring_dialog import RingDialog

        if self.controller.agent is None or self.controller.stage is not Stage.IDLE:
            return
        began = self.services.clock.monotonic()  # the phone rang when F2 was pressed
        dialog = RingDialog(self.window)
        if not dialog.exec():
            return
        try:
            self.controller.ring(dialog.caller(), None, "manual", None, rang_since=began)
        except AgentDeskError as exc:
            self.window.status.showMessage(error_message(exc), 5000)

    def answer(self) -> None:
        if self.controller.stage is not Stage.RINGING:
            return
        self._report(self.manual.answer())

    def hang_up(self) -> None:
        if self.controller.stage in (Stage.RINGING, Stage.TALKING):
            self._report(self.manual.hang_up())

    def _report(self, reply: dict[str, Any]) -> None:
        """A refused answer or hang-up in the agent's words (a full disk, a busy database)."""
        if not reply.get("ok"):
            error = getattr(self.controller, "last_error", None)
            text = error_message(error) if error is not None else str(reply.get("error", ""))
            self.window.status.showMessage(text, 8000)

    def _on_saved(self, saved: Any) -> None:
        text = QCoreApplication.translate("CallDesk", "Call record saved.")
        if getattr(saved, "follow_up_error", None) is not None:
            text += " " + error_message(saved.follow_up_error)
        self.window.status.showMessage(text, 5000)
        if self.simulator is not None:
            self.simulator.finished()

    def _on_hung_up(self, event: CallEvent) -> None:
        if event.outcome == "abandoned":
            self.window.status.showMessage(
                QCoreApplication.translate(
                    "CallDesk", "The caller hung up before the call was answered."
                ),
                5000,
            )
            if self.simulator is not None:
                self.simulator.finished()

    def _start_training(self) -> None:
        self.simulator = TrainingSimulator(load_scenarios(), self.services.clock)
        self.simulator.start(self.controller)
        self.controller.answered.connect(lambda _event: self.simulator.answered())
        timer = QTimer(self)
        timer.setInterval(500)
        timer.timeout.connect(self.simulator.poll)
        timer.start()
        self.window.setWindowTitle(QCoreApplication.translate("CallDesk", "AgentDesk — TRAINING"))
        log.info("training simulator started with %d scenarios", len(self.simulator.scenarios))

    def open_script_editor(self) -> None:
        from agent_desk.ui.script_editor import ScriptEditorDialog

        agent = self.controller.agent
        if agent is None or not agent.is_supervisor:
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("CallDesk", "Script editor"),
                QCoreApplication.translate("CallDesk", "Only supervisors can edit the scripts."),
            )
            return
        ScriptEditorDialog(self.services.scripts, agent, self.window).exec()
        self.scripts.refresh()

    # --- test hooks (only with AGENT_DESK_TEST_HOOKS=1) -------------------------------------

    def _install_test_hooks(self, handlers: dict[str, Any]) -> None:
        """Let the process tests fill and save the form as the agent would, over the socket."""
        log.warning("test hooks are enabled (%s=1)", TEST_HOOKS_ENV)

        def fill(message: dict[str, Any]) -> dict[str, Any]:
            record = CallRecord.from_json(dict(message.get("record") or {}))
            self.form.load(record)
            self.form._dirty = True
            return {"ok": True}

        def save(_message: dict[str, Any]) -> dict[str, Any]:
            saved = self.form.save()
            if saved is None:
                errors = {k: v.text() for k, v in self.form.errors.items() if v.text()}
                return {"ok": False, "error": "not saved", "errors": errors}
            return {"ok": True, "call": saved.call.public_id}

        def state(_message: dict[str, Any]) -> dict[str, Any]:
            event = self.controller.current
            return {
                "ok": True,
                "stage": self.controller.stage.value,
                "call": event.public_id if event else None,
                "banner": self.banner.ring_text(),
                "banner_customer": self.banner.customer_label.text(),
                "card": self._card_state(),
                "greeting": self.scripts.greeting.text(),
                "restore_offered": self.form.restore_bar.isVisible(),
                "record": self.form.record().to_json(),
            }

        def restore(_message: dict[str, Any]) -> dict[str, Any]:
            self.form.restore_offered()
            return {"ok": True}

        handlers.update(
            {"test.fill": fill, "test.save": save, "test.state": state, "test.restore": restore}
        )

    def _card_state(self) -> dict[str, Any] | None:
        """What the customer card shows (test hooks only): name, last calls and open cases."""
        card = getattr(getattr(self.window, "customer_panel", None), "card", None)
        if card is None:
            return None

        def items(widget: Any) -> list[str]:
            return [widget.item(i).text() for i in range(widget.count())]

        return {
            "name": card.name_label.text() if card.data is not None else "",
            "calls": items(card.calls_list),
            "cases": items(card.cases_list),
        }


def install(window: MainWindow, services: Services) -> None:
    desk = CallDesk(window, services)
    window.call_controller = desk.controller  # type: ignore[attr-defined]
    window.call_desk = desk  # type: ignore[attr-defined]
    window.place("ring_banner", desk.banner)
    window.place("call", desk.form)
    window.place("script", desk.scripts)

    ring = QAction(QCoreApplication.translate("CallDesk", "The desk phone rings…"), window)
    ring.setShortcut(QKeySequence("F2"))
    ring.triggered.connect(desk.ring_manually)
    answer = QAction(QCoreApplication.translate("CallDesk", "Answer"), window)
    answer.setShortcut(QKeySequence("F3"))
    answer.triggered.connect(desk.answer)
    hang_up = QAction(QCoreApplication.translate("CallDesk", "Call ended"), window)
    hang_up.setShortcut(QKeySequence("F4"))
    hang_up.triggered.connect(desk.hang_up)
    greeting = QAction(QCoreApplication.translate("CallDesk", "Greeting given (F6)"), window)
    greeting.triggered.connect(desk.scripts.mark_greeting)
    signoff = QAction(QCoreApplication.translate("CallDesk", "Sign-off given (F7)"), window)
    signoff.triggered.connect(desk.scripts.mark_signoff)
    save = QAction(QCoreApplication.translate("CallDesk", "Save the call record (Ctrl+S)"), window)
    save.triggered.connect(desk.form.save)
    for action in (ring, answer, hang_up):
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        window.call_menu.addAction(action)
    window.call_menu.addSeparator()
    for action in (greeting, signoff, save):
        window.call_menu.addAction(action)

    editor = QAction(QCoreApplication.translate("CallDesk", "&Script editor…"), window)
    editor.triggered.connect(desk.open_script_editor)
    editor.setEnabled(window.agent is not None and window.agent.is_supervisor)
    window.tools_menu.addAction(editor)

    if window.agent is not None:
        desk.form.offer_drafts()
