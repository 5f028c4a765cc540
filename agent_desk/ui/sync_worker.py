"""Publishing the outbox off the GUI thread, and the words the status bar shows for it.

A `SyncWorker` lives on its own QThread; the GUI asks it to run through a queued signal (a
timer every minute, "Sync now", a shift just closed) and hears back through `finished`. The
share may take seconds to time out; the window never waits for it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QThread, QTimer, Signal

from agent_desk.errors import AgentDeskError

if TYPE_CHECKING:
    from agent_desk.sync import SyncResult, SyncService, SyncState

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
        "Sync", "The share refused the user name or password. Check them in Share settings."
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
}


def describe_share_error(error: AgentDeskError) -> str:
    template = MESSAGES.get(error.code)
    if template is None:
        return error.message
    text = QCoreApplication.translate(CONTEXT, template)
    try:
        return text.format(**error.params)
    except (KeyError, IndexError):
        return text


def state_text(state: SyncState) -> str:
    """ "Share: synced", "Share: 3 waiting", "Share offline since 14:05 (3 waiting)" …"""
    if state.kind == "synced":
        return QCoreApplication.translate("Sync", "Share: synced")
    if state.kind == "offline" and state.offline_since is not None:
        since = state.offline_since.astimezone().strftime("%H:%M")
        return QCoreApplication.translate(
            "Sync", "Share offline since {time} ({count} waiting)"
        ).format(time=since, count=state.waiting)
    if state.kind == "not_configured":
        if not state.waiting:
            return QCoreApplication.translate("Sync", "Share: not configured")
        return QCoreApplication.translate("Sync", "Share not set up ({count} waiting)").format(
            count=state.waiting
        )
    text = QCoreApplication.translate("Sync", "Share: {count} waiting").format(count=state.waiting)
    if state.conflicts:
        text += " · " + QCoreApplication.translate("Sync", "{count} conflicts").format(
            count=state.conflicts
        )
    return text


class SyncWorker(QObject):
    """Runs `SyncService.run` on its own thread; one run at a time (the service guards it)."""

    requested = Signal(bool)  # force
    finished = Signal(object)  # SyncResult
    failed = Signal(str)

    def __init__(self, sync: SyncService) -> None:
        super().__init__()
        self._sync = sync
        self.requested.connect(self._run)

    def _run(self, force: bool) -> None:
        try:
            result = self._sync.run(force=force)
        except Exception as exc:  # a bug must not kill the thread; it is logged and shown
            log.exception("sync failed")
            self.failed.emit(f"{exc.__class__.__name__}: {exc}")
            return
        self.finished.emit(result)


class SyncRunner(QObject):
    """Owns the worker thread and the periodic timer; the window talks to this on the GUI side."""

    result = Signal(object)  # SyncResult

    def __init__(self, sync: SyncService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("agent-desk-sync")
        self.worker = SyncWorker(sync)
        self.worker.moveToThread(self._thread)
        self.worker.finished.connect(self.result)
        self._thread.start()
        self.timer = QTimer(self)
        self.timer.setInterval(PERIOD_MS)
        self.timer.timeout.connect(lambda: self.request(False))
        self.timer.start()

    def request(self, force: bool = False) -> None:
        self.worker.requested.emit(force)

    def stop(self) -> None:
        self.timer.stop()
        self._thread.quit()
        self._thread.wait(15_000)

    def is_running(self) -> bool:
        return self._thread.isRunning()


def result_line(result: SyncResult) -> str:
    return QCoreApplication.translate("Sync", "{sent} sent, {waiting} waiting").format(
        sent=result.sent + result.already_there, waiting=result.remaining
    )
