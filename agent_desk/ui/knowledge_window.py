"""The knowledge base window: propose, edit, publish and retire articles, and read their history.

Keyboard first: Ctrl+F the filter box, Ctrl+N a new article, Ctrl+S save (an agent's new
article is proposed; a supervisor's save of an existing one is an edit), Ctrl+P publish,
Ctrl+R retire, Ctrl+H the history of the chosen article. A duplicate title is refused with the
existing article named; a supervisor is offered to merge the text into it, an agent to open it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from agent_desk.access import Permission
from agent_desk.calls.service import CATEGORIES
from agent_desk.errors import AgentDeskError, ValidationError
from agent_desk.knowledge import BODY_MAX, DuplicateTitle
from agent_desk.ui.call_form import CATEGORY_NAMES
from agent_desk.ui.knowledge_text import error_text

if TYPE_CHECKING:
    from agent_desk.accounts import AgentInfo
    from agent_desk.knowledge import ArticleInfo, KnowledgeService

STATUS_NAMES = {
    "proposed": QT_TRANSLATE_NOOP("KnowledgeWindow", "proposed"),
    "published": QT_TRANSLATE_NOOP("KnowledgeWindow", "published"),
    "retired": QT_TRANSLATE_NOOP("KnowledgeWindow", "retired"),
}


def status_name(status: str) -> str:
    return QCoreApplication.translate("KnowledgeWindow", STATUS_NAMES.get(status, status))


class KnowledgeWindow(QDialog):
    changed = Signal()

    def __init__(
        self, knowledge: KnowledgeService, agent: AgentInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("knowledgeWindow")
        self.setWindowTitle(self.tr("Knowledge base"))
        self.resize(980, 600)
        self.knowledge = knowledge
        self.agent = agent
        self.supervisor = agent.may(Permission.PUBLISH_KNOWLEDGE)
        self.articles: list[ArticleInfo] = []
        self.current: ArticleInfo | None = None

        self.status_filter = QComboBox()
        self.status_filter.setObjectName("kbStatusFilter")
        self.status_filter.addItem(self.tr("All"), None)
        for status in ("proposed", "published", "retired"):
            self.status_filter.addItem(status_name(status), status)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.filter = QLineEdit()
        self.filter.setObjectName("kbFilter")
        self.filter.setPlaceholderText(self.tr("Filter by title (Ctrl+F)"))
        self.filter.textChanged.connect(lambda _t: self._fill_list())
        self.list = QListWidget()
        self.list.setObjectName("kbArticles")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentRowChanged.connect(self._choose)

        self.title = QLineEdit()
        self.title.setObjectName("kbTitle")
        self.title.setMaxLength(200)
        self.categories: dict[str, QCheckBox] = {}
        cats = QHBoxLayout()
        for key in CATEGORIES:
            box = QCheckBox(QCoreApplication.translate("CallForm", CATEGORY_NAMES[key]))
            box.setObjectName(f"kbCategory_{key}")
            self.categories[key] = box
            cats.addWidget(box)
        self.tags = QLineEdit()
        self.tags.setObjectName("kbTags")
        self.tags.setPlaceholderText(self.tr("Tags, separated by spaces or commas"))
        self.body = QPlainTextEdit()
        self.body.setObjectName("kbBody")
        self.body.setTabChangesFocus(True)
        self.body.textChanged.connect(self._count)
        self.counter = QLabel()
        self.counter.setObjectName("kbCounter")
        self.info = QLabel()
        self.info.setObjectName("kbInfo")
        self.info.setStyleSheet("color: #546e7a;")
        self.error = QLabel()
        self.error.setObjectName("kbError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.share_status = QLabel()  # what the desk refused from the share (supervisors)
        self.share_status.setObjectName("kbShareStatus")
        self.share_status.setWordWrap(True)
        self.share_status.setStyleSheet("color: #c62828;")
        self.history = QListWidget()
        self.history.setObjectName("kbHistory")
        self.history.setMaximumHeight(110)
        self.history.itemActivated.connect(self._show_version)

        self.new_button = QPushButton(self.tr("&New (Ctrl+N)"))
        self.save_button = QPushButton(self.tr("&Save (Ctrl+S)"))
        self.save_button.setObjectName("kbSave")
        self.publish_button = QPushButton(self.tr("&Publish (Ctrl+P)"))
        self.publish_button.setObjectName("kbPublish")
        self.retire_button = QPushButton(self.tr("&Retire (Ctrl+R)"))
        self.retire_button.setObjectName("kbRetire")
        for button in (self.new_button, self.save_button, self.publish_button, self.retire_button):
            button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_article)
        self.save_button.clicked.connect(self.save)
        self.publish_button.clicked.connect(self.publish)
        self.retire_button.clicked.connect(self.retire)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        top = QHBoxLayout()
        top.addWidget(self.status_filter)
        top.addWidget(self.filter, 1)
        left_layout.addLayout(top)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.share_status)
        right = QWidget()
        form = QFormLayout(right)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Call types"), cats)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Answer"), self.body)
        form.addRow("", self.counter)
        form.addRow(self.info)
        form.addRow(self.error)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.publish_button, self.retire_button):
            buttons.addWidget(button)
        form.addRow(buttons)
        form.addRow(self.tr("History"), self.history)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([320, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        for keys, slot in (
            ("Ctrl+F", self.filter.setFocus),
            ("Ctrl+N", self.new_article),
            ("Ctrl+S", self.save),
            ("Ctrl+P", self.publish),
            ("Ctrl+R", self.retire),
            ("Ctrl+H", self.history.setFocus),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
        self.reload()
        self.new_article()

    # --- the list ---------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        self.articles = self.knowledge.articles(self.status_filter.currentData())
        self._fill_list(select)
        self._share_news()

    def _share_news(self) -> None:
        """The files of kb/ on the share this desk refused, newest first: a supervisor fixes
        or removes them."""
        from agent_desk.ui.knowledge_text import refused_text

        refused = self.knowledge.refused_files(3) if self.supervisor else []
        self.share_status.setText("\n".join(refused_text(r) for r in refused))
        self.share_status.setVisible(bool(refused))

    def _fill_list(self, select: str | None = None) -> None:
        wanted = self.filter.text().strip().casefold()
        self.list.blockSignals(True)
        self.list.clear()
        shown = [a for a in self.articles if wanted in a.title.casefold()]
        row_to_select = -1
        for row, article in enumerate(shown):
            item = QListWidgetItem(f"{article.title}  [{status_name(article.status)}]")
            item.setData(Qt.ItemDataRole.UserRole, article.id)
            self.list.addItem(item)
            if article.id == select:
                row_to_select = row
        self.list.blockSignals(False)
        self._shown = shown
        if row_to_select >= 0:
            self.list.setCurrentRow(row_to_select)

    def _choose(self, row: int) -> None:
        if 0 <= row < len(self._shown):
            self.show_article(self.knowledge.get(self._shown[row].id))

    def show_article(self, article: ArticleInfo) -> None:
        self.current = article
        self.title.setText(article.title)
        for key, box in self.categories.items():
            box.setChecked(key in article.categories)
        self.tags.setText(" ".join(article.tags))
        self.body.setPlainText(article.body)
        self.info.setText(
            self.tr("{status}, version {version}, by {author}").format(
                status=status_name(article.status),
                version=article.version,
                author=article.author_no,
            )
        )
        self.error.clear()
        self.history.clear()
        for version in self.knowledge.history(article.id):
            item = QListWidgetItem(
                self.tr("v{version} {status} {when} by {who}").format(
                    version=version.version,
                    status=status_name(version.status),
                    when=version.saved_at.strftime("%Y-%m-%d %H:%M"),
                    who=version.saved_by_no,
                )
            )
            if version.variant:  # another desk's text of this version, not taken
                item.setText(
                    self.tr("{line} (other desk's text, not taken)").format(line=item.text())
                )
            item.setData(Qt.ItemDataRole.UserRole, version.body)
            item.setToolTip(version.body[:500])
            self.history.addItem(item)
        self._buttons()

    def _show_version(self, item: QListWidgetItem) -> None:
        QMessageBox.information(self, item.text(), str(item.data(Qt.ItemDataRole.UserRole)))

    def new_article(self) -> None:
        self.current = None
        self.list.clearSelection()
        self.title.clear()
        for box in self.categories.values():
            box.setChecked(False)
        self.tags.clear()
        self.body.clear()
        self.history.clear()
        self.error.clear()
        self.info.setText(
            self.tr("A new article is proposed; a supervisor publishes it.")
            if not self.supervisor
            else self.tr("A new article is proposed; publish it when it is right.")
        )
        self._buttons()
        self.title.setFocus()

    def _buttons(self) -> None:
        current = self.current
        editable = current is None or (self.supervisor and current.status != "retired")
        for widget in (self.title, self.tags, self.body, *self.categories.values()):
            widget.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.publish_button.setEnabled(
            self.supervisor and current is not None and current.status != "published"
        )
        self.retire_button.setEnabled(
            self.supervisor and current is not None and current.status != "retired"
        )

    def _count(self) -> None:
        length = len(self.body.toPlainText().strip())
        self.counter.setText(f"{length:,} / {BODY_MAX:,}")
        self.counter.setStyleSheet("color: #c62828;" if length > BODY_MAX else "")

    # --- actions ----------------------------------------------------------------------------

    def _fields(self) -> tuple[str, str, list[str], list[str]]:
        cats = [key for key, box in self.categories.items() if box.isChecked()]
        tags = self.tags.text().replace("，", " ").replace(",", " ").split()
        return self.title.text(), self.body.toPlainText(), cats, tags

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        title, body, cats, tags = self._fields()
        try:
            if self.current is None:
                saved = self.knowledge.propose(self.agent, title, body, cats, tags)
            else:
                saved = self.knowledge.edit(
                    self.agent, self.current.id, title=title, body=body, categories=cats, tags=tags
                )
        except DuplicateTitle as exc:
            self._duplicate(exc, body, cats, tags)
            return
        except AgentDeskError as exc:
            self._refused(exc)
            return
        self._done(saved)

    def _duplicate(self, exc: DuplicateTitle, body: str, cats: list[str], tags: list[str]) -> None:
        self._refused(exc)
        existing = str(exc.params["existing_id"])
        name = str(exc.params["existing_title"])
        if self.supervisor:
            answer = QMessageBox.question(
                self,
                self.tr("Duplicate title"),
                self.tr(
                    "An article titled “{title}” exists already. Merge this text into it?"
                ).format(title=name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            try:
                merged = self.knowledge.merge_into(self.agent, existing, body, cats, tags)
            except AgentDeskError as error:
                self._refused(error)
                return
            self._done(merged)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Duplicate title"),
            self.tr(
                "An article titled “{title}” exists already. Open it instead? (A supervisor "
                "can merge your text into it.)"
            ).format(title=name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.show_article(self.knowledge.get(existing))

    def publish(self) -> None:
        if self.current is None or not self.publish_button.isEnabled():
            return
        self._change(lambda: self.knowledge.publish(self.agent, self.current.id))  # type: ignore[union-attr]

    def retire(self) -> None:
        if self.current is None or not self.retire_button.isEnabled():
            return
        self._change(lambda: self.knowledge.retire(self.agent, self.current.id))  # type: ignore[union-attr]

    def _change(self, action: object) -> None:
        try:
            saved = action()  # type: ignore[operator]
        except AgentDeskError as exc:
            self._refused(exc)
            return
        self._done(saved)

    def _done(self, saved: ArticleInfo) -> None:
        self.reload(select=saved.id)
        self.show_article(saved)
        self.error.setStyleSheet("color: #2e7d32;")
        self.error.setText(
            self.tr("Saved: {status}, version {version}.").format(
                status=status_name(saved.status), version=saved.version
            )
        )
        self.changed.emit()

    def _refused(self, exc: AgentDeskError) -> None:
        self.error.setStyleSheet("color: #c62828;")
        self.error.setText(error_text(exc))
        if isinstance(exc, ValidationError):
            target = {"title": self.title, "body": self.body, "tags": self.tags}.get(exc.field)
            if target is not None:
                target.setFocus()
