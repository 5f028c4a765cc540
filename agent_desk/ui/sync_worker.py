"""Publishing the outbox off the GUI thread, and the words the status bar shows for it.

A `SyncRunner` owns a worker thread; the GUI asks it to run (a timer every minute, "Sync now",
a shift just closed) and hears back through its `result` signal. The
share may take seconds to time out; the window never waits for it.
"""

from __future__ import annotations

import logging
import queue
import threading
from datetime import tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal

from agent_desk.clock import zone_named
from agent_desk.errors import AgentDeskError
from agent_desk.ui.error_text import describe_from

if TYPE_CHECKING:
    from agent_desk.sync import SyncService, SyncState

log = logging.getLogger(__name__)

CONTEXT = "Sync"
PERIOD_MS = 60_000

MESSAGES = {
    "share.not_configured": QT_TRANSLATE_NOOP(
        "Sync", "No share is set up yet. Ask branch IT, or set it in File > Share settings."
    ),
    "share.unreachable": QT_TRANSLATE_NOOP(
        "Sync", "The share {location} cannot be reached. Summaries wait here and are sent later."
    ),
    "share.auth": QT_TRANSLATE_NOOP(
        "Sync",
        "The share refused the user name or password. It is not tried again until the share "
        "settings or the password change (File > Share settings…), so the share's account is "
        "not locked out.",
    ),
    "share.item": QT_TRANSLATE_NOOP(
        "Sync",
        "{path} cannot be written to the share ({detail}). It is marked as failed; the other "
        "files are still sent. Please tell branch IT.",
    ),
    "share.read_only": QT_TRANSLATE_NOOP(
        "Sync",
        "The share {location} does not accept files (read-only or no permission). "
        "Summaries wait here; please tell branch IT.",
    ),
    "share.full": QT_TRANSLATE_NOOP(
        "Sync", "The share {location} is full. Summaries wait here; please tell branch IT."
    ),
    "share.conflict": QT_TRANSLATE_NOOP(
        "Sync",
        "A different file already exists on the share at {path}. It was not overwritten; "
        "please tell your supervisor.",
    ),
    "disk.full": QT_TRANSLATE_NOOP(
        "Sync", "This computer's disk is full. Nothing was lost; free some space and try again."
    ),
    "shift.closed": QT_TRANSLATE_NOOP("Sync", "The shift started at {started} is already closed."),
    "shift.break_reason": QT_TRANSLATE_NOOP("Sync", "Please choose the reason for the break."),
    "summary.invalid": QT_TRANSLATE_NOOP(
        "Sync",
        "The shift summary could not be checked against its format ({detail}). The shift stays "
        "open; please tell branch IT.",
    ),
}


def describe_share_error(error: AgentDeskError) -> str:
    """Words for the share's and the shift's errors; anything else as the app describes it."""
    return describe_from(MESSAGES, CONTEXT, error)


def state_text(state: SyncState, zone: tzinfo | None = None) -> str:
    """ "Share: synced", "Share: 3 waiting", "Share offline since 14:05 (3 waiting)" …, times
    in the branch's zone."""
    if state.kind == "synced":
        return QCoreApplication.translate("Sync", "Share: synced")
    if state.kind == "offline" and state.offline_since is not None:
        since = state.offline_since.astimezone(zone or zone_named()).strftime("%H:%M")
        return QCoreApplication.translate(
            "Sync", "Share offline since {time} ({count} waiting)"
        ).format(time=since, count=state.waiting)
    if state.kind == "refused":
        return QCoreApplication.translate(
            "Sync", "Share refused the user name or password: not retried until it changes"
        ) + _counts(state)
    if state.kind == "no_password":
        return QCoreApplication.translate(
            "Sync", "Share: no password for it can be read on this PC"
        ) + _counts(state)
    if state.kind == "not_configured":
        if not state.waiting:
            return QCoreApplication.translate("Sync", "Share: not configured")
        return QCoreApplication.translate("Sync", "Share not set up ({count} waiting)").format(
            count=state.waiting
        )
    text = QCoreApplication.translate("Sync", "Share: {count} waiting").format(count=state.waiting)
    return text + _counts(state, waiting=False)


def _counts(state: SyncState, waiting: bool = True) -> str:
    """ " · 3 waiting · 1 conflicts · 1 failed", the parts that are not zero."""
    parts = []
    if waiting and state.waiting:
        parts.append(
            QCoreApplication.translate("Sync", "{count} waiting").format(count=state.waiting)
        )
    if state.conflicts:
        parts.append(
            QCoreApplication.translate("Sync", "{count} conflicts").format(count=state.conflicts)
        )
    if state.failed:
        parts.append(
            QCoreApplication.translate("Sync", "{count} failed").format(count=state.failed)
        )
    return "".join(" · " + part for part in parts)


class SyncRunner(QObject):
    """Runs `SyncService.run` on a worker thread; the window asks through `request()`.

    A plain daemon thread with a queue rather than a QThread: a window that is destroyed
    without being closed (tests, a crash dialog) must not take the process down with
    "QThread destroyed while running", and quitting must never wait on a share that hangs.
    Signals emitted from the thread reach the GUI thread queued.
    """

    result = Signal(object)  # SyncResult
    failed = Signal(str)

    def __init__(self, sync: SyncService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sync = sync
        self._requests: queue.Queue[bool | None] = queue.Queue()
        self._thread = threading.Thread(target=self._loop, name="agent-desk-sync", daemon=True)
        self._thread.start()
        self.timer = QTimer(self)
        self.timer.setInterval(PERIOD_MS)
        self.timer.timeout.connect(lambda: self.request(False))
        self.timer.start()

    def request(self, force: bool = False) -> None:
        self._requests.put(force)

    def _loop(self) -> None:
        while True:
            force = self._requests.get()
            if force is None:
                return
            # Requests that piled up while a run was going are one run (forced if any was).
            while not self._requests.empty():
                more = self._requests.get_nowait()
                if more is None:
                    return
                force = force or more
            try:
                outcome = self._sync.run(force=force)
            except Exception:  # a bug must not end the thread; logged and shown
                log.exception("sync failed")
                text = QCoreApplication.translate(
                    "Sync", "Sync stopped on an unexpected problem; details are in the log."
                )
                if not self._emit(self.failed, text):
                    return
                continue
            if not self._emit(self.result, outcome):
                return

    def _emit(self, signal: Any, value: object) -> bool:
        try:
            signal.emit(value)
        except RuntimeError:  # the window and this object are gone
            return False
        return True

    def stop(self, timeout: float = 5.0) -> None:
        self.timer.stop()
        self._requests.put(None)
        self._thread.join(timeout)

    def is_running(self) -> bool:
        return self._thread.is_alive()
