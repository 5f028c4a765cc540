"""The knowledge side panel of the call: search as you type, suggestions for the call.

With the search box empty the panel suggests published articles for the call's type and the
words of the customer's question; typing searches every published article. Each search runs
on a worker thread and only the answer to the newest text or question is shown, so the form
never waits for the database. Keys: F5 goes to the search box (showing the panel), Down
moves into the list, Enter in the list inserts the chosen article's answer into the record,
which notes the article and its version; Ctrl+Enter does the same from anywhere in the main
window, the question field included (a window action, `knowledge_ui.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from agent_desk.ui.customer_lookup import BackgroundRunner

if TYPE_CHECKING:
    from agent_desk.knowledge import ArticleHit, ArticleInfo, KnowledgeService

TYPING_PAUSE_MS = 60
# The main window's "Insert the chosen answer" action (knowledge_ui.py): one key from the
# question field, the search box or the list. No other action of the main window uses it.
INSERT_KEYS = ("Ctrl+Return", "Ctrl+Enter")


class KnowledgePanel(QWidget):
    insert_requested = Signal(object)  # ArticleInfo

    def __init__(self, knowledge: KnowledgeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("knowledgePanel")
        self.knowledge = knowledge
        self.hits: list[ArticleHit] = []
        self.mode = "suggest"  # or "search"
        self._category: str | None = None
        self._question = ""

        self.query = QLineEdit()
        self.query.setObjectName("kbQuery")
        self.query.setPlaceholderText(self.tr("Search the knowledge base (F5)"))
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(lambda _t: self.timer.start())
        self.query.returnPressed.connect(self._enter_in_query)
        self.query.installEventFilter(self)
        self.heading = QLabel()
        self.heading.setObjectName("kbHeading")
        self.heading.setStyleSheet("color: #546e7a;")
        self.results = QListWidget()
        self.results.setObjectName("kbResults")
        self.results.setWordWrap(True)
        self.results.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.results.currentRowChanged.connect(self._show_preview)
        self.results.itemActivated.connect(lambda _item: self.insert_current())
        self.preview = QLabel()
        self.preview.setObjectName("kbPreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setMaximumHeight(90)
        self.insert_button = QPushButton(self.tr("Insert answer (Ctrl+Enter)"))
        self.insert_button.setObjectName("kbInsert")
        self.insert_button.setAutoDefault(False)
        self.insert_button.clicked.connect(self.insert_current)
        self.insert_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.query)
        layout.addWidget(self.heading)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.preview)
        layout.addWidget(self.insert_button)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.refresh)
        self.runner = BackgroundRunner("kb-search", self)
        self.runner.done.connect(self._show)
        self.runner.failed.connect(self._failed)
        self._fill("suggest", [])

    # --- what to look for -------------------------------------------------------------------

    def set_context(self, category: str | None, question: str) -> None:
        """The call's type and question changed: new suggestions when nothing is typed."""
        if (category or None, question) == (self._category, self._question):
            return
        self._category, self._question = category or None, question
        if not self.query.text().strip():
            self.timer.start()

    def clear(self) -> None:
        """A new call: no search text, no suggestions yet."""
        self._category, self._question = None, ""
        self.query.blockSignals(True)
        self.query.clear()
        self.query.blockSignals(False)
        self.runner.submit(lambda: None)  # makes a search still running stale
        self._fill("suggest", [])

    def refresh(self) -> None:
        self.timer.stop()
        text = self.query.text()
        kb = self.knowledge
        if text.strip():
            self.runner.submit(lambda: ("search", kb.search(text)))
        else:
            category, question = self._category, self._question
            self.runner.submit(lambda: ("suggest", kb.suggest(category, question)))

    def _show(self, _token: int, result: object) -> None:
        if not result:
            return
        mode, hits = result  # type: ignore[misc]
        self._fill(mode, hits)

    def _failed(self, _token: int, _error: object) -> None:
        self.heading.setText(self.tr("The search failed; see the log."))

    def _fill(self, mode: str, hits: list[ArticleHit]) -> None:
        self.mode = mode
        self.hits = list(hits)
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(hit.title)
            item.setToolTip(hit.snippet)
            self.results.addItem(item)
        if mode == "search":
            self.heading.setText(
                self.tr("Articles found: {count}").format(count=len(hits))
                if hits
                else self.tr("No published article matches.")
            )
        else:
            self.heading.setText(
                self.tr("Suggested for this call") if hits else self.tr("No suggestions yet.")
            )
        if hits:
            self.results.setCurrentRow(0)
        else:
            self._show_preview(-1)

    def _show_preview(self, row: int) -> None:
        hit = self.hits[row] if 0 <= row < len(self.hits) else None
        self.preview.setText(hit.snippet if hit else "")
        self.insert_button.setEnabled(hit is not None)

    # --- using an article -------------------------------------------------------------------

    def current_hit(self) -> ArticleHit | None:
        row = self.results.currentRow()
        return self.hits[row] if 0 <= row < len(self.hits) else None

    def insert_current(self) -> None:
        hit = self.current_hit()
        if hit is None:
            return
        article: ArticleInfo = self.knowledge.get(hit.id)  # one row by key: no wait
        self.insert_requested.emit(article)

    def focus_search(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def _enter_in_query(self) -> None:
        if self.hits:  # Enter reads the list; Ctrl+Enter inserts
            self.results.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.query
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            and self.hits
        ):
            self.results.setFocus()
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = max(0, min(len(self.hits) - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)
