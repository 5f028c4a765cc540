"""A ring takes the keyboard: the window comes forward, and F3 or Enter answer from anywhere.

On a ring the main window is raised and activated, restored if it was minimised (keeping it
maximised if it was), and alerted (QApplication.alert: the taskbar flashes on Windows, the
urgency hint on X11), so a ring is never hidden behind another program. While the call rings,
F3 and Enter answer it whichever window of the app has the keyboard — an open callback
reminder, a case, a dialog — instead of pressing that window's buttons: before, Enter in a
reminder recorded its outcome and F3 did nothing while the call went past the three rings.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from agent_desk.ui.call_controller import CallController, CallEvent, Stage

log = logging.getLogger(__name__)

ANSWER_KEYS = (Qt.Key.Key_F3, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RingFocus(QObject):
    def __init__(
        self,
        window: QWidget,
        controller: CallController,
        banner: QWidget,
        answer: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.banner = banner
        self.answer = answer
        self._filtering = False
        controller.ring_started.connect(self.on_ring)
        controller.stage_changed.connect(self._stage_changed)

    def on_ring(self, _event: CallEvent) -> None:
        window = self.window
        state = window.windowState()
        minimised = bool(state & Qt.WindowState.WindowMinimized)
        if minimised:
            window.setWindowState(
                (state & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
            )
        # Already in front with the keyboard: nothing to raise (and nothing to flash).
        if minimised or not window.isActiveWindow() or not window.isVisible():
            window.show()
            window.raise_()
            window.activateWindow()
            QApplication.alert(window, 0)  # until the agent comes to the window
        self.banner.setFocus(Qt.FocusReason.OtherFocusReason)
        self._stage_changed(self.controller.stage.value)
        log.info("window raised and alerted for a ring")

    def _stage_changed(self, stage: str) -> None:
        """The keys are watched app-wide only while a call rings (every event passes here)."""
        app = QApplication.instance()
        ringing = stage == Stage.RINGING.value
        if app is None or ringing == self._filtering:
            return
        if ringing:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._filtering = ringing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and self.controller.stage is Stage.RINGING
            and self.window.isVisible()  # a closed window's call takes no keys
            and not getattr(self.window, "locked", False)  # the lock's password first
            and isinstance(event, QKeyEvent)
            and event.key() in ANSWER_KEYS
            and not event.isAutoRepeat()
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            self.answer()
            return True
        return False
