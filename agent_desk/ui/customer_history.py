"""A customer's timeline, and merging two records of the same person."""

from __future__ import annotations

import html
from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desk.errors import AgentDeskError
from agent_desk.ui.customer_text import error_text, local_time, word

if TYPE_CHECKING:
    from agent_desk.customers import CustomerRecord, CustomerService


class TimelineDialog(QDialog):
    """Calls, cases, suggestions and callbacks of one customer, newest first."""

    def __init__(
        self,
        customers: CustomerService,
        customer_id: int,
        parent: QWidget | None = None,
        zone: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerTimeline")
        record = customers.get(customer_id)
        self.setWindowTitle(self.tr("History of {name}").format(name=record.name))
        self.resize(720, 480)
        self.entries = customers.timeline(customer_id)
        self.table = QTableWidget(len(self.entries), 5)
        self.table.setObjectName("timelineTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("What"),
                self.tr("Subject"),
                self.tr("State"),
                self.tr("Details"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, entry in enumerate(self.entries):
            if entry.kind == "call":
                direction, _, outcome = entry.status.partition("/")
                state = f"{word(direction)} {word(outcome)}"
                title = word(entry.title)
            else:
                state = word(entry.status)
                title = entry.title
            values = (local_time(entry.at, zone), word(entry.kind), title, state, entry.detail)
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        # One line per entry: the date and time wrapped onto two lines in 100-pixel columns.
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not self.entries:
            layout.addWidget(QLabel(self.tr("Nothing recorded for this customer yet.")))
        layout.addWidget(self.table)
        layout.addWidget(buttons)


class MergeDialog(QDialog):
    """Confirm folding `other` into `keep`: its numbers, calls, cases and callbacks move."""

    def __init__(
        self,
        customers: CustomerService,
        keep: CustomerRecord,
        other: CustomerRecord,
        actor: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerMerge")
        self.customers = customers
        self.keep = keep
        self.other = other
        self.actor = actor
        self.merged: CustomerRecord | None = None
        self.setWindowTitle(self.tr("Merge customers"))

        def describe(record: CustomerRecord) -> str:
            numbers = ", ".join(p.raw for p in record.phones) or "—"
            return (
                f"<b>{html.escape(record.name)}</b> {html.escape(record.company)}"
                f"<br>{html.escape(numbers)}"
            )

        text = QLabel(
            self.tr(
                "Keep:<br>{keep}<br><br>Merge into it and retire:<br>{other}<br><br>"
                "All numbers, calls, cases and callbacks of the second record move to the first. "
                "This is recorded in the audit log."
            ).format(keep=describe(keep), other=describe(other))
        )
        text.setObjectName("mergeText")
        text.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("mergeError")
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge"))
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def merge(self) -> None:
        try:
            self.merged = self.customers.merge(self.keep.id, self.other.id, actor=self.actor)
        except AgentDeskError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.accept()
