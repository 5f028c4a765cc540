"""Search as you type: name, pinyin initials (zs → 张三), any part of a number, case number.

Each keystroke restarts a short timer; the search itself runs on a worker thread and only the
answer to the newest text is shown, so typing never waits for the database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desk.customers import SearchHit
from agent_desk.ui.customer_lookup import BackgroundRunner
from agent_desk.ui.customer_text import vip_text, word

if TYPE_CHECKING:
    from agent_desk.customers import CustomerService

TYPING_PAUSE_MS = 60


class CustomerSearchDialog(QDialog):
    """Find a customer. In pick mode (attach a number, merge) the chosen hit is the result."""

    customer_opened = Signal(int)  # open mode: show this customer on the card
    new_customer_requested = Signal(str)  # what was typed, to prefill a name or number

    def __init__(
        self,
        customers: CustomerService,
        pick: bool = False,
        title: str = "",
        exclude: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerSearch")
        self.customers = customers
        self.pick = pick
        self.exclude = exclude
        self.hits: list[SearchHit] = []
        self.chosen: SearchHit | None = None
        self.searched_text = ""
        self.setWindowTitle(title or self.tr("Find a customer"))
        self.resize(640, 460)

        self.query = QLineEdit()
        self.query.setObjectName("customerQuery")
        self.query.setPlaceholderText(
            self.tr("Name, pinyin initials (zs), any part of a number, or a case number")
        )
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self._typed)
        self.query.returnPressed.connect(self.choose)
        self.query.installEventFilter(self)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("customerResults")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Number"), self.tr("Company"), self.tr("Found by")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemActivated.connect(lambda _item: self.choose())
        self.status = QLabel()
        self.status.setObjectName("customerSearchStatus")
        self.buttons = QDialogButtonBox()
        self.choose_button = QPushButton(self.tr("&Choose") if pick else self.tr("&Open"))
        # Enter in the search box chooses (returnPressed); no default button, so it fires once.
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose)
        self.buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.AcceptRole)
        if not pick:
            self.new_button = QPushButton(self.tr("&New customer…"))
            self.new_button.setAutoDefault(False)
            self.new_button.clicked.connect(self._new)
            self.buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.search_now)
        self.runner = BackgroundRunner("customer-search", self)
        self.runner.done.connect(self._show)
        self.runner.failed.connect(self._failed)
        self.query.setFocus()

    # --- searching ----------------------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        self.timer.start()

    def search_now(self) -> None:
        text = self.query.text()
        self.timer.stop()
        if not text.strip():
            self.runner.submit(lambda: [])  # makes any search still running stale
            self._fill("", [])
            return
        self.runner.submit(lambda: (text, self.customers.search(text)))

    def _show(self, _token: int, result: object) -> None:
        if not result:
            return
        text, hits = result  # type: ignore[misc]
        self._fill(text, hits)

    def _failed(self, _token: int, _error: object) -> None:
        self.status.setText(self.tr("The search failed; see the log."))

    def _fill(self, text: str, hits: list[SearchHit]) -> None:
        self.searched_text = text
        self.hits = [h for h in hits if h.id != self.exclude]
        self.table.setRowCount(len(self.hits))
        for row, hit in enumerate(self.hits):
            name = hit.name + (f"  {vip_text(hit.vip_level)}" if hit.vip_level else "")
            found = word(hit.matched)
            if hit.case_number:
                found = f"{hit.case_number}"
            for col, value in enumerate((name, hit.number, hit.company, found)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, hit.id)
                self.table.setItem(row, col, item)
        if self.hits:
            self.table.selectRow(0)
        if not text:
            self.status.setText("")
        elif self.hits:
            self.status.setText(self.tr("Customers shown: {count}").format(count=len(self.hits)))
        else:
            self.status.setText(self.tr("No customer found"))

    # --- choosing -----------------------------------------------------------------------------

    def eventFilter(self, watched: object, event: object) -> bool:
        """Up/Down in the search box move through the results: the hands stay on the keys."""
        if (
            watched is self.query
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            row = self.table.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.table.rowCount():
                self.table.selectRow(row)
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def current_hit(self) -> SearchHit | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.hits):
            return self.hits[row]
        return self.hits[0] if self.hits else None

    def choose(self) -> None:
        if self.timer.isActive() or self.searched_text != self.query.text():
            return  # the results do not belong to the text shown yet
        hit = self.current_hit()
        if hit is None:
            return
        self.chosen = hit
        if not self.pick:
            self.customer_opened.emit(hit.id)
        self.accept()

    def _new(self) -> None:
        self.new_customer_requested.emit(self.query.text().strip())
        self.reject()

    def done(self, result: int) -> None:
        self.timer.stop()
        super().done(result)
