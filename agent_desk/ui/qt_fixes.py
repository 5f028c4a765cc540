"""Work-arounds for bugs in the Qt binding, installed once when `agent_desk.ui` is imported.

PySide6 6.12.0 returns the bool of `SignalInstance.emit()` without taking a reference to it.
On Python 3.11 True and False are ordinary reference-counted objects, so every emit from Python
code drops one reference to True, and after a few thousand emits (a few hundred calls at a
desk) the interpreter aborts with "bool_dealloc: deallocating True or False". The fix is
probed, not assumed: only when an emit is seen to lose a reference is the missing one added
back, so a fixed PySide6 (or a Python with immortal bools) runs unpatched.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from typing import Any

log = logging.getLogger(__name__)

_installed = False


def _references_lost_by_emit() -> dict[bool, int]:
    """Emit a few times and count the references to True and False that went missing."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        poke = Signal()

    probe = _Probe()
    before = {True: sys.getrefcount(True), False: sys.getrefcount(False)}
    for _ in range(4):
        probe.poke.emit()
    return {value: before[value] - sys.getrefcount(value) for value in (True, False)}


def install() -> None:
    global _installed
    if _installed:
        return
    _installed = True
    from PySide6.QtCore import SignalInstance

    lost = _references_lost_by_emit()
    if not any(count > 0 for count in lost.values()):
        return
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None
    for value, count in lost.items():
        for _ in range(max(0, count)):
            incref(value)  # give back what the probe itself lost

    def emit(self: Any, *args: Any) -> Any:
        result = original(self, *args)
        if result is True or result is False:
            incref(result)  # the reference PySide forgot to take
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    log.info("PySide6 emit() reference fix installed")
