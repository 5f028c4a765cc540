"""A desk left running for a whole shift must not die of PySide6 dropping references to None."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel

from agent_desk.ui.none_guard import protect_none


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_many_void_qt_calls_do_not_exhaust_none(qtbot):
    protect_none()
    label = QLabel()
    qtbot.addWidget(label)
    for i in range(20_000):  # more than None's natural ~5,000 references
        label.setText(str(i % 7))
    assert sys.getrefcount(None) > 1 << 39
