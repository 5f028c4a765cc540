"""Create or edit a customer: name, VIP level, company, numbers, preferences and notes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desk.customers import MAX_VIP_LEVEL, CustomerChanges, CustomerRecord, PhoneInput
from agent_desk.errors import AgentDeskError
from agent_desk.ui.customer_text import error_text

if TYPE_CHECKING:
    from agent_desk.customers import CustomerService


class CustomerEditor(QDialog):
    """One dialog for both: `customer=None` creates (optionally holding a caller's number)."""

    def __init__(
        self,
        customers: CustomerService,
        customer: CustomerRecord | None = None,
        number: str = "",
        actor: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerEditor")
        self.customers = customers
        self.customer = customer
        self.actor = actor
        self.saved: CustomerRecord | None = None
        self.setWindowTitle(self.tr("Edit customer") if customer else self.tr("New customer"))
        self.resize(520, 560)

        self.name = QLineEdit()
        self.name.setObjectName("customerNameEdit")
        self.name.setMaxLength(128)
        self.vip = QSpinBox()
        self.vip.setRange(0, MAX_VIP_LEVEL)
        self.vip.setSpecialValueText(self.tr("Regular"))
        self.company = QLineEdit()
        self.company.setMaxLength(128)
        self.phones = QTableWidget(0, 2)
        self.phones.setObjectName("customerPhones")
        self.phones.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Label")])
        self.phones.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.phones.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = QPushButton(self.tr("Add number"))
        add.clicked.connect(lambda: self.add_phone_row("", ""))
        remove = QPushButton(self.tr("Remove number"))
        remove.clicked.connect(self._remove_phone_row)
        phone_buttons = QHBoxLayout()
        phone_buttons.addWidget(add)
        phone_buttons.addWidget(remove)
        phone_buttons.addStretch(1)
        self.preferences = QPlainTextEdit()
        self.preferences.setTabChangesFocus(True)  # Tab moves on, as in the call form
        self.preferences.setMaximumHeight(70)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab moves on, as in the call form
        self.notes.setMaximumHeight(90)
        self.error = QLabel()
        self.error.setObjectName("customerEditorError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&VIP level"), self.vip)
        form.addRow(self.tr("C&ompany"), self.company)
        phones_box = QVBoxLayout()
        phones_box.addWidget(self.phones)
        phones_box.addLayout(phone_buttons)
        form.addRow(self.tr("Numbers"), phones_box)
        form.addRow(self.tr("&Preferences"), self.preferences)
        form.addRow(self.tr("No&tes"), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        if customer is not None:
            self.name.setText(customer.name)
            self.vip.setValue(customer.vip_level)
            self.company.setText(customer.company)
            self.preferences.setPlainText(customer.preferences)
            self.notes.setPlainText(customer.notes)
            for phone in customer.phones:
                self.add_phone_row(phone.raw, phone.label)
        if number:
            self.add_phone_row(number, "")
        if self.phones.rowCount() == 0:
            self.add_phone_row("", "")
        self.name.setFocus()

    def add_phone_row(self, raw: str, label: str) -> None:
        row = self.phones.rowCount()
        self.phones.insertRow(row)
        self.phones.setItem(row, 0, QTableWidgetItem(raw))
        self.phones.setItem(row, 1, QTableWidgetItem(label))

    def _remove_phone_row(self) -> None:
        row = self.phones.currentRow()
        if row >= 0:
            self.phones.removeRow(row)

    def changes(self) -> CustomerChanges:
        phones = []
        for row in range(self.phones.rowCount()):
            raw_item, label_item = self.phones.item(row, 0), self.phones.item(row, 1)
            raw = raw_item.text() if raw_item else ""
            if raw.strip():
                phones.append(PhoneInput(raw, label_item.text() if label_item else ""))
        return CustomerChanges(
            name=self.name.text(),
            phones=tuple(phones),
            vip_level=self.vip.value(),
            company=self.company.text(),
            preferences=self.preferences.toPlainText(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        try:
            if self.customer is None:
                self.saved = self.customers.create(self.changes(), actor=self.actor)
            else:
                self.saved = self.customers.update(
                    self.customer.id, self.changes(), actor=self.actor
                )
        except AgentDeskError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            field = exc.params.get("field")
            target = {"name": self.name, "phones": self.phones, "company": self.company}.get(
                str(field)
            )
            if target is not None:
                target.setFocus()
            return
        self.accept()
