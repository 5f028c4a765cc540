"""Opens the store on a worker thread so the first window appears at once.

Importing SQLAlchemy, checking the database and migrating it take longer than painting a
window; the agent can type their password meanwhile.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from agent_desk.context import AppContext

if TYPE_CHECKING:
    from agent_desk.services import Services

log = logging.getLogger(__name__)


class StoreLoader(QObject):
    ready = Signal(object)  # Services
    failed = Signal(object)  # the exception, usually an AgentDeskError

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.services: Services | None = None
        self.error: BaseException | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> StoreLoader:
        self._thread = threading.Thread(target=self._run, name="store-loader", daemon=True)
        self._thread.start()
        return self

    @property
    def done(self) -> bool:
        return self.services is not None or self.error is not None

    def _run(self) -> None:
        try:
            from agent_desk.services import Services

            self.services = Services.from_context(self.context)
        except Exception as exc:
            log.exception("opening the store failed")
            self.error = exc
            self.failed.emit(exc)
            return
        self.ready.emit(self.services)

    def wait(self) -> Services:
        """Block until opened (for selftest and the CLI-like paths); re-raises a failure."""
        if self._thread is not None:
            self._thread.join()
        if self.error is not None:
            raise self.error
        assert self.services is not None
        return self.services
