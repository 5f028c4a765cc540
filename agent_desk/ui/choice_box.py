"""A choice picked with one digit key: "1 咨询", "2 投诉", … and the focus moves on.

The call form's type, resolution and satisfaction are choices an agent makes with the customer
still talking. Each item is numbered in its text, so the number is what the agent reads; the
digit key picks it and the keyboard goes on to the next field, so an ordinary call takes no
arrow keys or mouse (0 picks the first item, e.g. "not asked").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QWidget


class ChoiceBox(QComboBox):
    picked = Signal(object)  # the item's data, after a digit key picked it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits: dict[str, int] = {}

    def add_choice(self, digit: str | None, text: str, data: Any) -> None:
        """An item with its digit shown before its text ("3 一般"); None: no digit of its own."""
        self.addItem(f"{digit} {text}" if digit else text, data)
        if digit:
            self._digits[digit] = self.count() - 1

    def set_zero(self, index: int = 0) -> None:
        """The digit 0 picks this item (e.g. "not asked"), without showing a number."""
        self._digits["0"] = index

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self._digits.get(event.text())
        if (
            index is not None
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and not self.view().isVisible()
        ):
            self.setCurrentIndex(index)
            self.picked.emit(self.itemData(index))
            self.focusNextChild()
            return
        super().keyPressEvent(event)
