"""Installs the call desk into the main window: banner, form, scripts, keys and ring sources.

The composition root of the call's widgets. It builds the `CallController` (the Qt bridge of
the desk session, stored as `window.call_controller`, the hook for the customer card and the
callback reminders), starts the ring sources the setting `phone.source` chooses
(`agent_desk.calls.sources`), and adds the Call and Tools menu entries. The rules are in the
session; the keys here only say "the agent answered / hung up" (`from_desk`), which drives the
phone when the desk controls one.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from agent_desk.calls.sources import DeskSources, build_sources, source_kind
from agent_desk.errors import AgentDeskError
from agent_desk.ui.call_controller import CallController, CallEvent, Stage
from agent_desk.ui.call_form import CallForm, error_message
from agent_desk.ui.main_window import TERMINATING
from agent_desk.ui.phone_status import PhoneStatusLabel, waiting_text
from agent_desk.ui.ring_banner import RingBanner
from agent_desk.ui.ring_focus import RingFocus
from agent_desk.ui.script_panel import ScriptPanel
from agent_desk.ui.shifts_ui import report_language

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
        self.controller = CallController(
            services,
            window.agent,
            training=training,
            language=report_language(),
            take_calls=bool(getattr(window, "take_calls", True)),
            parent=window,
        )
        self.banner = RingBanner(self.controller)
        self.form = CallForm(self.controller)
        self.scripts = ScriptPanel(self.controller)
        guard = getattr(window, "instance_guard", None)
        kind = source_kind(services.config.get("phone.source"), training)
        self.sources: DeskSources = build_sources(
            kind,
            clock=services.clock,
            handlers=guard.handlers if guard is not None else None,
            baresip_address=services.config.get("phone.baresip.address"),
            on_status=self.controller.phone_status,
        )
        self.phone_label = PhoneStatusLabel(
            kind, getattr(guard, "refused", None), zone=services.policy.zone
        )
        window.status.addPermanentWidget(self.phone_label)
        self.controller.phone_status_changed.connect(self.phone_label.show_status)
        self.focus = RingFocus(window, self.controller, self.banner, self.answer)

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
        self.controller.answered.connect(self._focus_for_call)
        self.controller.customer_changed.connect(self._customer_known)
        self.controller.hung_up.connect(self._on_hung_up)
        self.controller.call_waiting.connect(self._on_waiting)
        self.controller.problem.connect(self._show_error)
        window.services_attached.connect(self._hook_card)
        self._left = False

        close_checks = getattr(window, "close_checks", None)
        if close_checks is not None:
            close_checks.append(self.confirm_close)
        closing = getattr(window, "closing", None)
        if closing is not None:
            closing.connect(self.leave)
        app = QCoreApplication.instance()
        if app is not None:  # quitting mid-call keeps what was typed since the last autosave
            app.aboutToQuit.connect(self.leave)
            app.aboutToQuit.connect(self.sources.stop)
        if window.agent is not None:
            self.sources.follow(self.controller.session)
            self.sources.start(self.controller)
            if guard is not None and os.environ.get(TEST_HOOKS_ENV) == "1":
                from agent_desk.ui.call_test_hooks import install_test_hooks

                install_test_hooks(self, guard.handlers)
            if self.sources.simulator is not None:
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
            self._show_error(exc)

    def answer(self) -> None:
        """F3, Enter or the banner's button: the agent answers (the phone too, if driven)."""
        if self.controller.stage is not Stage.RINGING:
            return
        try:
            self.controller.answer(None, from_desk=True)
        except AgentDeskError as exc:
            self._show_error(exc)

    def hang_up(self) -> None:
        """F4: the call ended (the agent hangs the phone up too, if driven)."""
        if self.controller.stage not in (Stage.RINGING, Stage.TALKING):
            return
        try:
            self.controller.hang_up(None, from_desk=True)
        except AgentDeskError as exc:
            self._show_error(exc)

    # --- where the keyboard goes -------------------------------------------------------------

    def _card(self) -> Any:
        return getattr(getattr(self.window, "customer_panel", None), "card", None)

    def _focus_for_call(self, _event: CallEvent) -> None:
        """A call starts where typing starts: the name of an unknown caller on the card, else
        the customer's question (the form put the focus there already)."""
        card = self._card()
        if card is not None and card.pages.currentWidget() is card.unknown_page:
            card.quick_name.setFocus()
            card.quick_name.selectAll()

    def _hook_card(self) -> None:
        panel = getattr(self.window, "customer_panel", None)
        filled = getattr(panel, "card_filled", None)
        if filled is not None:
            filled.connect(self._card_filled)

    def _card_filled(self, data: object) -> None:
        """The lookup answered after the agent picked up: an unknown caller's name comes first,
        unless the agent has started typing the question."""
        if data is None and self.controller.stage is Stage.TALKING:
            form = self.form
            if form.question.hasFocus() and not form.question.toPlainText():
                self._focus_for_call(self.controller.current)  # type: ignore[arg-type]

    def _customer_known(self, _event: CallEvent) -> None:
        """The unknown caller was saved as a customer: on to the question."""
        card = self._card()
        if self.controller.stage is Stage.TALKING and card is not None and card.hasFocus():
            self.form.question.setFocus()
        elif card is not None and self.controller.stage is Stage.TALKING:
            focused = QApplication.focusWidget()
            if focused is not None and card.isAncestorOf(focused):
                self.form.question.setFocus()

    # --- closing the window ------------------------------------------------------------------

    def confirm_close(self) -> bool:
        """Closing the window during a call asks first; the call and its notes are kept."""
        app = QCoreApplication.instance()
        if self.controller.stage is Stage.IDLE or (app is not None and app.property(TERMINATING)):
            return True
        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("CallDesk", "A call is in progress"),
            QCoreApplication.translate(
                "CallDesk",
                "A call is in progress. If you close AgentDesk now, the call ends at the desk "
                "at this moment, its record is kept as a draft and offered when you start "
                "again, and your state stops counting.\n\nClose AgentDesk anyway?",
            ),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Close

    def leave(self) -> None:
        """The window closes (or the app quits): keep the notes as a draft, then let the desk
        session end the call and the agent's state at this moment."""
        if self._left or self.controller.agent is None:
            return
        self._left = True
        if self.controller.stage in (Stage.TALKING, Stage.WRAPUP):
            self.form.autosave(force=True)
        kept = self.controller.session.leave()
        if kept is not None:
            log.info("call %s kept as a draft as the desk closed", kept.public_id)

    def _show_error(self, error: AgentDeskError) -> None:
        """A refused answer or hang-up, or a phone that did not take a command, in words."""
        self.window.status.showMessage(error_message(error), 8000)

    def _on_saved(self, saved: Any) -> None:
        text = QCoreApplication.translate("CallDesk", "Call record saved.")
        if getattr(saved, "follow_up_error", None) is not None:
            text += " " + error_message(saved.follow_up_error)
        self.window.status.showMessage(text, 5000)

    def _on_hung_up(self, event: CallEvent) -> None:
        if event.outcome == "abandoned":
            self.window.status.showMessage(
                QCoreApplication.translate(
                    "CallDesk", "The caller hung up before the call was answered."
                ),
                5000,
            )

    def _on_waiting(self, event: CallEvent, ended: bool) -> None:
        self.window.status.showMessage(waiting_text(event, ended), 15000)
        followups = getattr(self.window, "followups", None)
        if ended and followups is not None:
            followups.refresh()

    def _start_training(self) -> None:
        simulator = self.sources.simulator
        assert simulator is not None
        timer = QTimer(self)
        timer.setInterval(500)
        timer.timeout.connect(simulator.poll)
        timer.start()
        self.window.setWindowTitle(QCoreApplication.translate("CallDesk", "AgentDesk — TRAINING"))
        log.info("training simulator started with %d scenarios", len(simulator.scenarios))

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
