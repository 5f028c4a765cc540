"""The shift in the window: agent state, breaks, "Close shift…", the share and its status.

`install(window, services)` starts (or resumes) the agent's shift, shows the state the desk
session gives the agent as the call goes (on a call, wrap-up, available again; a shift a ring
opened after "Close shift…"), offers breaks with their reason in the Call menu, and runs the
outbox sync on its own thread with a status-bar label. Training sessions never open shifts or
publish.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from agent_desk.access import Permission
from agent_desk.errors import AgentDeskError
from agent_desk.shifts import BREAK_REASONS
from agent_desk.ui.summary_render import QtSummaryRenderer
from agent_desk.ui.sync_worker import SyncRunner, describe_share_error, state_text

if TYPE_CHECKING:
    from datetime import datetime

    from agent_desk.calls.session import DeskSession
    from agent_desk.services import Services
    from agent_desk.shifts import ShiftInfo
    from agent_desk.sync import SyncResult
    from agent_desk.ui.outbox_dialog import OutboxDialog

log = logging.getLogger(__name__)

# Sync problems that will not go away by waiting: said in the status bar, not only its tooltip.
NEEDS_A_PERSON = (
    "share.conflict",
    "share.read_only",
    "share.full",
    "share.auth",
    "share.no_password",
    "share.keyring_unreadable",
    "disk.full",
)


def _state_names() -> dict[str, str]:
    return {
        "available": QCoreApplication.translate("Shifts", "Available"),
        "on_call": QCoreApplication.translate("Shifts", "On a call"),
        "wrap_up": QCoreApplication.translate("Shifts", "Wrap-up"),
        "break": QCoreApplication.translate("Shifts", "On a break"),
    }


def _reason_names() -> dict[str, str]:
    return {
        "meal": QCoreApplication.translate("Shifts", "Meal"),
        "rest": QCoreApplication.translate("Shifts", "Rest"),
        "training": QCoreApplication.translate("Shifts", "Training"),
        "meeting": QCoreApplication.translate("Shifts", "Meeting"),
        "other": QCoreApplication.translate("Shifts", "Other"),
    }


def report_language() -> str:
    return "zh_CN" if QLocale().name().lower().startswith("zh") else "en"


HEARTBEAT_MS = 60_000
BREAK_KEY = "F8"


class ShiftDesk(QObject):
    def __init__(self, window: Any, services: Services) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.training = bool(getattr(window, "training", False))
        self.shift: ShiftInfo | None = None
        services.shifts.renderer = QtSummaryRenderer()
        self.state_label = QLabel()
        self.state_label.setObjectName("agentStateLabel")
        window.status.addPermanentWidget(self.state_label)
        self._build_actions()
        self.runner: SyncRunner | None = None
        if not self.training:
            self.runner = SyncRunner(services.sync, self)
            self.runner.result.connect(self._show_sync)
            self.runner.failed.connect(self._sync_crashed)
            closing = getattr(window, "closing", None)
            if closing is not None:  # only once every close check agreed (a call may stay)
                closing.connect(self.stop)
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(self.stop)
            self._show_state_text()
            self.runner.request(False)
        else:
            window.status.set_share_state(self.tr("Training: nothing is published"))
        if window.agent is not None and not self.training and getattr(window, "take_calls", True):
            self.start_shift()
        elif window.agent is not None and not self.training:
            self._close_left_open()
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self.heartbeat)
        self._heartbeat.start()
        self._refresh()
        # The calls part may be installed after this one; hook it once all parts are in.
        window.services_attached.connect(self._hook_calls)
        self._hooked = False
        self._hook_calls()

    # --- menus --------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        w = self.window
        self.sync_action = QAction(self.tr("S&ync now"), w)
        self.sync_action.setObjectName("syncNow")
        self.sync_action.triggered.connect(self.sync_now)
        self.outbox_action = QAction(self.tr("&Outbox…"), w)
        self.outbox_action.setObjectName("outbox")
        self.outbox_action.setToolTip(self.tr("Files not on the share yet, with why"))
        self.outbox_action.triggered.connect(self.open_outbox)
        self.outbox_dialog: OutboxDialog | None = None
        self.share_action = QAction(self.tr("S&hare settings…"), w)
        self.share_action.setObjectName("shareSettings")
        self.share_action.triggered.connect(self.open_share_settings)
        agent = getattr(w, "agent", None)
        self.share_action.setVisible(agent is not None and agent.may(Permission.CHANGE_SETTINGS))
        self.close_action = QAction(self.tr("&Close shift…"), w)
        self.close_action.setObjectName("closeShift")
        self.close_action.triggered.connect(self.close_shift)
        self.start_action = QAction(self.tr("Start a &new shift"), w)
        self.start_action.setObjectName("startShift")
        self.start_action.triggered.connect(self.start_shift)
        before = getattr(w, "settings_action", None)
        for action in (
            self.start_action,
            self.close_action,
            self.sync_action,
            self.outbox_action,
            self.share_action,
        ):
            if before is not None:
                w.file_menu.insertAction(before, action)
            else:
                w.file_menu.addAction(action)
        if before is not None:
            w.file_menu.insertSeparator(before)

        menu = w.call_menu.addMenu(self.tr("My &state"))
        menu.setObjectName("stateMenu")
        self.state_group = QActionGroup(w)
        self.available_action = QAction(self.tr("&Available"), w)
        self.available_action.setObjectName("stateAvailable")
        self.available_action.setCheckable(True)
        self.available_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.available_action.triggered.connect(lambda: self.set_state("available"))
        self.state_group.addAction(self.available_action)
        menu.addAction(self.available_action)
        menu.addSeparator()
        self.break_actions: dict[str, QAction] = {}
        labels = {
            "meal": self.tr("Break: &meal"),
            "rest": self.tr("Break: &rest"),
            "training": self.tr("Break: &training"),
            "meeting": self.tr("Break: m&eeting"),
            "other": self.tr("Break: &other"),
        }
        for reason in BREAK_REASONS:
            action = QAction(labels[reason], w)
            action.setObjectName(f"break_{reason}")
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, r=reason: self.set_state("break", r))
            self.state_group.addAction(action)
            menu.addAction(action)
            self.break_actions[reason] = action
        # One key starts a break (the reason last chosen, rest at first) and ends it.
        menu.addSeparator()
        self.break_key = QAction(self.tr("Break / back (F8)"), w)
        self.break_key.setObjectName("breakKey")
        self.break_key.setShortcut(QKeySequence(BREAK_KEY))
        self.break_key.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.break_key.triggered.connect(self.toggle_break)
        menu.addAction(self.break_key)
        w.addAction(self.break_key)  # the key works with the menu closed

    # --- shift and states ---------------------------------------------------------------------

    def start_shift(self) -> None:
        agent = self.window.agent
        if agent is None or self.training:
            return
        self.window.take_calls = True  # a supervisor who starts a shift takes calls from now
        try:
            self.shift = self.services.shifts.start(agent, report_language())
        except AgentDeskError as exc:
            QMessageBox.warning(self.window, self.tr("Shift"), describe_share_error(exc))
            return
        # The status bar's shift clock counts from the real start (a resumed shift included).
        clock = self.services.clock
        elapsed = (clock.now() - self.shift.started_at).total_seconds()
        self.window.status.start_shift_clock(clock.monotonic() - max(0.0, elapsed))
        session = self._session()
        if session is not None:
            session.shift_opened(self.shift)  # the desk takes calls in it from now
        log.info(
            "shift %s %s for agent %s",
            self.shift.public_id,
            "resumed" if self.shift.resumed else "started",
            agent.agent_no,
        )
        self._refresh()

    def _close_left_open(self) -> None:
        """Supervising only: a call shift of this account still open from an earlier session
        is closed at its last activity (README, "Shifts"), so it is not continued later."""
        try:
            closed = self.services.shifts.close_left_open(self.window.agent, report_language())
        except AgentDeskError as exc:
            log.warning("the shift left open was not closed: %s", exc.message)
            return
        if closed is not None:
            self.window.status.showMessage(
                self.tr(
                    "Your call shift left open since {time} was closed there; its summary is "
                    "queued for the share."
                ).format(time=self._branch_time(closed.shift.ended_at)),
                15000,
            )

    def _branch_time(self, when: datetime) -> str:
        """HH:MM on the branch's clock (policy), whatever the PC's zone (README, "One clock")."""
        return when.astimezone(self.services.policy.zone).strftime("%H:%M")

    def _session(self) -> DeskSession | None:
        controller = getattr(self.window, "call_controller", None)
        return getattr(controller, "session", None)

    def set_state(self, state: str, reason: str | None = None) -> None:
        """The state menu: a break with its reason, or available again. The desk session
        decides (no break in the middle of a call) and tells everyone what changed."""
        session = self._session()
        if self.shift is None or session is None:
            self._refresh()
            return
        try:
            if state == "break" and reason is not None:
                session.start_break(reason)
            else:
                session.end_break()
        except AgentDeskError as exc:
            self._refused(exc)
        self._refresh()

    def toggle_break(self) -> None:
        """F8: a break starts, or the break ends."""
        session = self._session()
        if session is None or self.training:
            return
        try:
            session.toggle_break()
        except AgentDeskError as exc:
            self._refused(exc)
        self._refresh()

    def _refused(self, error: AgentDeskError) -> None:
        from agent_desk.ui.call_form import error_message

        text = error_message(error)
        self.window.status.showMessage(text, 8000)
        desk = getattr(self.window, "call_desk", None)
        if desk is not None:
            desk.banner.say(text)  # beside the state it is about (wrap-up, ringing)

    def _refresh(self) -> None:
        shift = self.shift
        has_shift = shift is not None and shift.is_open
        self.close_action.setEnabled(has_shift)
        self.start_action.setEnabled(
            not has_shift and self.window.agent is not None and not self.training
        )
        self.start_action.setVisible(not has_shift)
        for action in self.state_group.actions():
            action.setEnabled(has_shift)
        self.break_key.setEnabled(has_shift)
        if not has_shift:
            supervising = self.window.agent is not None and not getattr(
                self.window, "take_calls", True
            )
            text = self.tr("No open shift")
            if supervising:
                text = self.tr("Supervising, no call shift")
            self.state_label.setText(text if not self.training else "")
            for action in self.state_group.actions():
                action.setChecked(False)
            return
        names = _state_names()
        text = names.get(shift.state or "available", shift.state or "")
        if shift.state == "break" and shift.break_reason:
            text = self.tr("Break: {reason}").format(
                reason=_reason_names().get(shift.break_reason, shift.break_reason)
            )
            self.break_actions[shift.break_reason].setChecked(True)
        elif shift.state == "available":
            self.available_action.setChecked(True)
        else:
            for action in self.state_group.actions():
                action.setChecked(False)
        session = self._session()
        if session is not None and session.desk_state().state == "ringing":
            # A ring is not a state of the shift, but the banner says 振铃: so does this.
            text = QCoreApplication.translate("Shifts", "Ringing")
        self.state_label.setText(text)

    # --- following the call in progress -------------------------------------------------------

    def _hook_calls(self) -> None:
        """The desk session changes the agent's state with the call (and opens a shift for a
        ring after the shift closed); this only shows what it did."""
        controller = getattr(self.window, "call_controller", None)
        if controller is None or self._hooked:
            return
        self._hooked = True
        changed = getattr(controller, "shift_changed", None)
        if changed is not None:
            changed.connect(self._shift_changed)
        stage_changed = getattr(controller, "stage_changed", None)
        if stage_changed is not None:
            stage_changed.connect(lambda _stage: self._refresh())

    def _shift_changed(self, shift: ShiftInfo) -> None:
        opened = self.shift is None or self.shift.id != shift.id
        self.shift = shift
        if opened:
            clock = self.services.clock
            elapsed = (clock.now() - shift.started_at).total_seconds()
            self.window.status.start_shift_clock(clock.monotonic() - max(0.0, elapsed))
            log.info("shift %s started by a call for agent %s", shift.public_id, shift.agent_no)
        self._refresh()

    # --- closing ------------------------------------------------------------------------------

    def close_shift(self) -> None:
        from agent_desk.ui.shift_close_dialog import ShiftCloseDialog

        if self.shift is None or not self.shift.is_open:
            return
        controller = getattr(self.window, "call_controller", None)
        stage = str(getattr(controller, "stage", "idle"))
        if stage not in ("idle", "Stage.IDLE"):
            QMessageBox.information(
                self.window,
                self.tr("Close shift"),
                self.tr("Please finish the current call and save its record first."),
            )
            return
        dialog = ShiftCloseDialog(
            self.services.shifts, self.shift, report_language(), self.window, controller
        )
        if dialog.exec() and dialog.closed is not None:
            self.shift = dialog.closed.shift
            self.window.status.stop_shift_clock()
            session = self._session()
            if session is not None:
                session.shift_closed(self.shift)
            self._refresh()
            self.window.status.showMessage(
                self.tr("Shift closed. Its summary is queued for the share."), 10000
            )
            if self.runner is not None:
                self.runner.request(True)

    # --- the share ----------------------------------------------------------------------------

    def sync_now(self) -> None:
        if self.runner is None:
            return
        self.window.status.set_share_state(self.tr("Share: sending…"))
        self.runner.request(True)

    def open_outbox(self) -> None:
        """File > Outbox…: what is not on the share, with why; Try again now is Sync now."""
        from agent_desk.ui.outbox_dialog import OutboxDialog

        if self.outbox_dialog is None:
            self.outbox_dialog = OutboxDialog(
                self.services.sync.problems, self.sync_now, self.services.policy.zone, self.window
            )
        self.outbox_dialog.refresh()
        self.outbox_dialog.show()
        self.outbox_dialog.raise_()

    def open_share_settings(self) -> None:
        from agent_desk.ui.share_settings import ShareSettingsDialog

        dialog = ShareSettingsDialog(self.services.settings, self.window.agent, self.window)
        if dialog.exec():
            self.services.sync.use_backend(None)
            self.sync_now()

    def _show_state_text(self) -> None:
        self.window.status.set_share_state(
            state_text(self.services.sync.state(), self.services.policy.zone)
        )

    def _show_sync(self, result: SyncResult) -> None:
        if result.busy:
            return
        label = self.window.status.share_label
        label.setText(state_text(result.state, self.services.policy.zone))
        tip = describe_share_error(result.error) if result.error else ""
        if result.state.failed or result.state.conflicts:
            tip = (tip + "\n" if tip else "") + self.tr("See File > Outbox… for each file and why.")
        label.setToolTip(tip)
        if self.outbox_dialog is not None and self.outbox_dialog.isVisible():
            self.outbox_dialog.refresh()
        if result.error is not None and result.error.code in NEEDS_A_PERSON:
            self.window.status.showMessage(describe_share_error(result.error), 15000)

    def _sync_crashed(self, message: str) -> None:
        self.window.status.share_label.setToolTip(message)

    def heartbeat(self) -> None:
        """Tell the store the desk is alive, so a shift closed later ends when it was last used."""
        if self.shift is None or self.training:
            return
        try:
            self.services.shifts.touch(self.shift.id)
        except AgentDeskError as exc:  # a busy or full disk: the next beat tries again
            log.warning("shift heartbeat not stored: %s", exc.message)

    def stop(self) -> None:
        self.heartbeat()
        if self.runner is not None and self.runner.is_running():
            self.runner.stop()


def install(window: QWidget, services: Services) -> None:
    window.shift_desk = ShiftDesk(window, services)  # type: ignore[attr-defined]
