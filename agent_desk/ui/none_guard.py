"""Keep CPython 3.11 alive under PySide6 6.12, which drops a reference to None on void calls.

Measured here (PySide6 6.12.0, CPython 3.11.7): every call of a Qt method returning void from
Python (`QLabel.setText`, `QTableWidgetItem.setData`, ...) decrements None's reference count
without having incremented it. From Python 3.12 None is immortal and this is harmless; on 3.11
None starts near 5,000 references, so a window that refreshes a table every 30 seconds dies
within the hour with "Fatal Python error: none_dealloc".

`protect_none()` gives None a reference count no session can exhaust (2**40), i.e. makes it
as immortal as 3.12 does. It is idempotent and a no-op on 3.12+. The real fix is a Python 3.12+
runtime or a PySide6 without the bug; this guard is called as early as the UI allows.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

_BOOST = 1 << 40
_done = False


def protect_none() -> bool:
    """Make None effectively immortal on CPython < 3.12; True when it acted."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += _BOOST
    _done = True
    log.info("None reference count raised: PySide6 void calls on Python 3.11 drop references")
    return True
