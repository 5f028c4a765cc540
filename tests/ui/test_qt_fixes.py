"""A desk emits signals all shift long: emitting must never eat references to True/False."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

import agent_desk.ui  # noqa: F401 - installs the fixes


class _Source(QObject):
    plain = Signal()
    carrying = Signal(object)


def test_ten_thousand_emits_leave_the_bools_alone(qapp):
    source = _Source()
    received = []
    source.carrying.connect(received.append)
    before = (sys.getrefcount(True), sys.getrefcount(False))
    for i in range(5000):
        source.plain.emit()
        source.carrying.emit(i)
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
    assert len(received) == 5000
