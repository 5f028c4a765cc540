"""F2: the desk phone rings and there is no CTI; the number is optional."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class RingDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The desk phone rings"))
        self.setObjectName("ringDialog")
        self.number = QLineEdit()
        self.number.setObjectName("ringNumber")
        self.number.setMaxLength(64)
        self.number.setPlaceholderText(self.tr("Caller's number, if the phone shows one"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start the countdown"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Number (optional; Enter starts the countdown):")))
        layout.addWidget(self.number)
        layout.addWidget(buttons)
        self.number.setFocus()

    def caller(self) -> str:
        return self.number.text().strip()
