"""The customer card: who is calling, what is open with them, and what the agent can do next.

It has three faces: waiting (nothing rang yet or the lookup is running), a known customer, and
an unknown number with the two ways to make it known (a new customer holding the number, or
the number attached to an existing customer found by name).
"""

from __future__ import annotations

from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agent_desk.customers import CustomerCardData
from agent_desk.ui.customer_text import local_time, vip_text, word

if TYPE_CHECKING:
    from agent_desk.customers import CustomerService


def _list(name: str) -> QListWidget:
    """A compact list whose lines wrap instead of scrolling sideways."""
    widget = QListWidget()
    widget.setObjectName(name)
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setSelectionMode(QListWidget.SelectionMode.NoSelection)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return widget


def _section(title: str) -> QLabel:
    label = QLabel(title)
    label.setStyleSheet("font-weight: bold; margin-top: 6px;")
    return label


# What a typed number may hold: digits, the signs numbers are written with, an extension.
NUMBER_TEXT = r"[0-9０-９+＋ ()（）./#*\-]*(?:\s*(?:转|分机|ext\.?|x)\s*[0-9]*)?"


class CustomerCard(QWidget):
    """Shows a `CustomerCardData`; asks the window (through signals) to act on it."""

    call_requested = Signal(str, int)  # number, customer id
    new_customer_requested = Signal(str)  # the unknown number
    quick_create_requested = Signal(str, str)  # name, number typed in the card's own form
    attach_requested = Signal(str)  # the unknown number
    edit_requested = Signal(int)
    timeline_requested = Signal(int)

    def __init__(
        self,
        customers: CustomerService | None = None,
        parent: QWidget | None = None,
        zone: tzinfo | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("customerCard")
        self.customers = customers
        self.zone = zone  # the branch's: times read the same as in the follow-up list
        self.data: CustomerCardData | None = None
        self.unknown_number = ""
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._build_waiting()
        self._build_known()
        self._build_unknown()
        self.show_waiting()

    # --- pages --------------------------------------------------------------------------------

    def _build_waiting(self) -> None:
        self.waiting = QLabel(self.tr("The caller's details appear here when a call rings."))
        self.waiting.setObjectName("customerWaiting")
        self.waiting.setWordWrap(True)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setStyleSheet("color: #6b6b6b;")
        self.pages.addWidget(self.waiting)

    def _build_known(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        header = QHBoxLayout()
        self.name_label = QLabel()
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)  # caller's text
        self.name_label.setObjectName("customerName")
        self.name_label.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.vip_label = QLabel()
        self.vip_label.setTextFormat(Qt.TextFormat.PlainText)  # caller's text
        self.vip_label.setObjectName("customerVip")
        self.vip_label.setStyleSheet(
            "background: #b8860b; color: white; border-radius: 4px; padding: 1px 6px;"
        )
        header.addWidget(self.name_label)
        header.addWidget(self.vip_label)
        header.addStretch(1)
        layout.addLayout(header)
        self.header_row = header  # other parts add their buttons at its right end (`add_button`)
        self.company_label = QLabel()
        self.company_label.setTextFormat(Qt.TextFormat.PlainText)  # caller's text
        self.company_label.setObjectName("customerCompany")
        self.numbers_label = QLabel()
        self.numbers_label.setTextFormat(Qt.TextFormat.PlainText)  # caller's text
        self.numbers_label.setObjectName("customerNumbers")
        self.numbers_label.setWordWrap(True)
        self.numbers_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes_label = QLabel()
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)  # caller's text
        self.notes_label.setObjectName("customerNotes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet("color: #5d4037;")
        for widget in (self.company_label, self.numbers_label, self.notes_label):
            layout.addWidget(widget)
        layout.addWidget(_section(self.tr("Last calls")))
        self.calls_list = _list("customerCalls")
        layout.addWidget(self.calls_list, 2)
        layout.addWidget(_section(self.tr("Open cases")))
        self.cases_list = _list("customerCases")
        layout.addWidget(self.cases_list, 1)
        layout.addWidget(_section(self.tr("Due callbacks")))
        self.callbacks_list = _list("customerCallbacks")
        layout.addWidget(self.callbacks_list, 1)
        buttons = QHBoxLayout()
        self.call_button = QPushButton(self.tr("Dia&l"))
        self.call_button.setObjectName("customerCallButton")
        self.call_button.setToolTip(self.tr("Call this customer's first number"))
        self.call_button.clicked.connect(self._call)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(lambda: self._emit_id(self.edit_requested))
        self.timeline_button = QPushButton(self.tr("Histor&y…"))
        self.timeline_button.clicked.connect(lambda: self._emit_id(self.timeline_requested))
        for button in (self.call_button, self.edit_button, self.timeline_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.known_page = page
        self.pages.addWidget(page)

    def _build_unknown(self) -> None:
        """A new-customer form already holding the number, right in the card.

        The agent can type the caller's name while talking, without a dialog covering the call
        record; focus is never taken on ring, so Enter still answers the call.
        """
        page = QFrame()
        layout = QVBoxLayout(page)
        self.unknown_label = QLabel()
        self.unknown_label.setTextFormat(Qt.TextFormat.PlainText)  # caller's text
        self.unknown_label.setObjectName("customerUnknown")
        self.unknown_label.setWordWrap(True)
        self.unknown_label.setStyleSheet("font-size: 15px;")
        layout.addWidget(self.unknown_label)
        form = QFormLayout()
        self.quick_name = QLineEdit()
        self.quick_name.setObjectName("customerQuickName")
        self.quick_name.setMaxLength(128)
        self.quick_name.setPlaceholderText(self.tr("The caller's name"))
        self.quick_name.returnPressed.connect(self._quick_save)
        self.quick_number = QLineEdit()
        self.quick_number.setObjectName("customerQuickNumber")
        self.quick_number.setMaxLength(64)
        # Off the Tab path, and only what numbers are written with: Tab from the name (the
        # question's rhythm) put the answer into the number and replaced the caller's number.
        self.quick_number.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.quick_number.setValidator(
            QRegularExpressionValidator(QRegularExpression(NUMBER_TEXT), self.quick_number)
        )
        form.addRow(self.tr("Name"), self.quick_name)
        form.addRow(self.tr("Number"), self.quick_number)
        layout.addLayout(form)
        self.quick_error = QLabel()
        self.quick_error.setTextFormat(Qt.TextFormat.PlainText)  # caller's text
        self.quick_error.setObjectName("customerQuickError")
        self.quick_error.setWordWrap(True)
        self.quick_error.setStyleSheet("color: #b71c1c;")
        self.quick_error.hide()
        layout.addWidget(self.quick_error)
        self.quick_save_button = QPushButton(self.tr("&Save as a new customer"))
        self.quick_save_button.setObjectName("customerQuickSave")
        self.quick_save_button.clicked.connect(self._quick_save)
        self.new_button = QPushButton(self.tr("More &details…"))
        self.new_button.setObjectName("customerNewButton")
        self.new_button.setToolTip(self.tr("The full customer form, with this number"))
        self.new_button.clicked.connect(
            lambda: self.new_customer_requested.emit(self.quick_number.text())
        )
        self.attach_button = QPushButton(self.tr("&Attach the number to a customer…"))
        self.attach_button.setObjectName("customerAttachButton")
        self.attach_button.clicked.connect(
            lambda: self.attach_requested.emit(self.quick_number.text())
        )
        layout.addWidget(self.quick_save_button)
        layout.addWidget(self.new_button)
        layout.addWidget(self.attach_button)
        layout.addStretch(1)
        self.unknown_page = page
        self.pages.addWidget(page)

    def _quick_save(self) -> None:
        self.quick_create_requested.emit(self.quick_name.text(), self.quick_number.text())

    def show_quick_error(self, text: str) -> None:
        self.quick_error.setText(text)
        self.quick_error.setVisible(bool(text))

    # --- what the card shows ------------------------------------------------------------------

    def show_waiting(self, number: str = "") -> None:
        self.data = None
        self.unknown_number = ""
        if number:
            self.waiting.setText(self.tr("Looking up {number}…").format(number=number))
        else:
            self.waiting.setText(self.tr("The caller's details appear here when a call rings."))
        self.pages.setCurrentWidget(self.waiting)

    def show_unknown(self, number: str, name: str = "") -> None:
        """The new-customer form with the number, and the name the phone passed, if any
        (selected, so typing replaces it)."""
        self.data = None
        self.unknown_number = number
        self.unknown_label.setText(
            self.tr("{number} is not a known customer's number.").format(number=number)
            if number
            else self.tr("The caller's number is not shown.")
        )
        self.quick_name.setText(name)
        self.quick_name.selectAll()
        self.quick_number.setText(number)
        self.show_quick_error("")
        self.attach_button.setEnabled(bool(number))
        self.pages.setCurrentWidget(self.unknown_page)

    def show_result(self, number: str, data: CustomerCardData | None, name: str = "") -> None:
        """The answer of a screen-pop lookup: a card, or the unknown-number choices."""
        if data is None:
            self.show_unknown(number, name)
        else:
            self.show_card(data)

    def show_card(self, data: CustomerCardData) -> None:
        self.data = data
        self.unknown_number = ""
        self.name_label.setText(data.name)
        vip = vip_text(data.vip_level)
        self.vip_label.setText(vip)
        self.vip_label.setVisible(bool(vip))
        self.company_label.setText(data.company)
        self.company_label.setVisible(bool(data.company))
        # On screen the agent sees full numbers (they may need to read one back); masking is
        # for what leaves the database.
        self.numbers_label.setText(
            "  ".join(f"{p.raw} ({p.label})" if p.label else p.raw for p in data.phones)
            or self.tr("No number on file")
        )
        notes = "\n".join(t for t in (data.preferences, data.notes) if t)
        self.notes_label.setText(notes)
        self.notes_label.setVisible(bool(notes))
        self.calls_list.clear()
        for call in data.last_calls:
            rule = ""
            if call.within_rule is False:
                rule = " " + self.tr("(rule broken)")
            self.calls_list.addItem(
                f"{local_time(call.at, self.zone)}  {word(call.direction)} {word(call.outcome)}"
                f"  {word(call.category)}  {call.subject}{rule}".rstrip()
            )
        if not data.last_calls:
            self.calls_list.addItem(self.tr("No calls yet"))
        self.cases_list.clear()
        for case in data.open_cases:
            due = (
                self.tr("reply by {time}").format(time=local_time(case.reply_by, self.zone))
                if case.reply_by
                else ""
            )
            self.cases_list.addItem(
                f"{case.number}  {word(case.status)}  {due}  {case.matter[:40]}".rstrip()
            )
        if not data.open_cases:
            self.cases_list.addItem(self.tr("No open cases"))
        self.callbacks_list.clear()
        for callback in data.due_callbacks:
            text = f"{local_time(callback.due_at, self.zone)}  {callback.purpose}"
            if callback.overdue:
                text = self.tr("OVERDUE") + "  " + text
            self.callbacks_list.addItem(text)
        if not data.due_callbacks:
            self.callbacks_list.addItem(self.tr("No callbacks due"))
        self.call_button.setEnabled(bool(data.phones))
        self.pages.setCurrentWidget(self.known_page)

    def refresh(self) -> None:
        """Read the shown customer again (after an edit, a merge or a saved call)."""
        if self.data is not None and self.customers is not None:
            self.show_card(self.customers.card(self.data.id))

    def add_button(self, button: QWidget) -> None:
        """A small button of another part of the window (the data-request menu), at the right
        of the name: the row of Dial, Edit and History has no room left in a narrow column."""
        self.header_row.addWidget(button)

    # --- actions ------------------------------------------------------------------------------

    def _emit_id(self, signal: Signal) -> None:
        if self.data is not None:
            signal.emit(self.data.id)

    def _call(self) -> None:
        if self.data is None or not self.data.phones:
            return
        number = self.data.matched_number or self.data.phones[0].raw
        for phone in self.data.phones:
            if phone.normalised == self.data.matched_number:
                number = phone.raw
        self.call_requested.emit(number, self.data.id)
