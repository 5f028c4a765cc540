"""The screen-pop lookup, off the GUI thread.

The ring countdown repaints every few hundred milliseconds; a lookup against a million
customers (or a database busy with a save) must never make it stutter. One worker thread runs
lookups in order; a newer ring makes older answers stale, and stale answers are dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class BackgroundRunner(QObject):
    """Runs a function on one worker thread and hands the result back on the GUI thread.

    `done(token, result)` or `failed(token, error)` is emitted from the worker; Qt queues it to
    this object's (GUI) thread. Only the newest token's answer is delivered.
    """

    done = Signal(int, object)
    failed = Signal(int, object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._token = 0
        self.destroyed.connect(lambda *_: self._pool.shutdown(wait=False, cancel_futures=True))

    @property
    def token(self) -> int:
        return self._token

    def submit(self, work: Callable[[], Any]) -> int:
        self._token += 1
        token = self._token
        self._pool.submit(self._run, token, work)
        return token

    def _run(self, token: int, work: Callable[[], Any]) -> None:
        if token != self._token:
            return  # a newer request came in while this one waited
        try:
            result = work()
        except Exception as exc:  # reported to the view, which shows words, not a traceback
            log.exception("background work failed")
            self.failed.emit(token, exc)
            return
        if token == self._token:
            self.done.emit(token, result)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
