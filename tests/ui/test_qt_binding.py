"""The Qt binding itself must not corrupt Python's reference counts.

PySide6 6.12.0 on CPython 3.11 dropped a reference to None on every void call and to True on
every emit of a bool; the app died with 'none_dealloc' after a few thousand label updates, i.e.
within an agent's first hour. This guards any future upgrade of the lock file.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    flag = Signal(bool)


def test_an_hour_of_label_updates_and_signals_leaves_none_and_true_alone(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    received: list[bool] = []
    emitter.flag.connect(received.append)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        label.setText("00:00:01")
        emitter.flag.emit(True)
    del received[:]
    assert abs(sys.getrefcount(None) - none_before) < 50
    assert abs(sys.getrefcount(True) - true_before) < 50
