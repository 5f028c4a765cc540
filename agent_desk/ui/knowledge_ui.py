"""Installs the knowledge base into the main window: the call's side panel and the window.

The panel is a dock beside the call columns (Call > Knowledge panel, F9, hides or shows it; it
can be moved or floated, so the call form keeps its room on a 1366x768 screen). F5 shows
it and goes to its search box. The panel follows the call form's type and question, and
Ctrl+Enter (Call > Insert the chosen answer), wherever the cursor is in the window, the
question field included, inserts the chosen suggestion's or result's answer into the form;
pressed again for the same article it adds nothing. Tools > Knowledge base… (Ctrl+Shift+B) opens the
window for proposing, editing, publishing and retiring. At start and after each sync the desk
takes the newest good package from `kb/` on the share (and, on a desk with a supervisor, the
branch's proposals), off the GUI thread, and says in the status bar what it refused or skipped.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from agent_desk.access import Permission
from agent_desk.errors import AgentDeskError
from agent_desk.ui.customer_lookup import BackgroundRunner
from agent_desk.ui.knowledge_panel import INSERT_KEYS, KnowledgePanel

if TYPE_CHECKING:
    from agent_desk.knowledge import ArticleInfo
    from agent_desk.services import Services
    from agent_desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

CONTEXT_PAUSE_MS = 400  # the question is typed by the agent: suggest after a short pause


# Narrower than this (a 1366x768 or 1280x800 screen), the call form needs the dock's width to
# keep every field, the scripts and Save in view (issue 15): the dock steps aside until the agent
# asks for it (F5, F9 or the menu), and comes back on a wider window.
WIDE_ENOUGH = 1440


class _NarrowWindowWatch(QObject):
    """Hides the docked panel on a narrow window and shows it on a wide one, until the agent
    shows or hides it by hand (or the window's saved layout placed it)."""

    def __init__(self, desk: KnowledgeDesk) -> None:
        super().__init__(desk.window)
        self.desk = desk

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        desk = self.desk
        narrow_or_wide = event.type() == QEvent.Type.Resize and not desk.dock.isFloating()
        if narrow_or_wide and not desk.placed_by_hand:
            desk.dock.setVisible(desk.window.width() >= WIDE_ENOUGH)
        return False


class KnowledgeDesk:
    def __init__(self, window: MainWindow, services: Services) -> None:
        self.window = window
        self.services = services
        self.panel = KnowledgePanel(services.knowledge)
        self.dock = QDockWidget(QCoreApplication.translate("KnowledgeUi", "Knowledge base"), window)
        self.dock.setObjectName("knowledgeDock")
        self.dock.setWidget(self.panel)
        self.dock.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.panel.setMinimumWidth(200)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        # Where the agent left it (hidden, floated, the other side): the window's saved state
        # was restored before the dock existed.
        window.restoreDockWidget(self.dock)
        # Qt says "restored" for a fresh window too, so only the agent's own F5/F9 count.
        self.placed_by_hand = False
        self._watch = _NarrowWindowWatch(self)
        window.installEventFilter(self._watch)
        self.window_dialog: Any = None
        self.importer = BackgroundRunner("kb-import", window)
        self.importer.done.connect(self._imported)
        self.importer.failed.connect(self._import_failed)

        desk = getattr(window, "call_desk", None)
        self.form = getattr(desk, "form", None)
        if self.form is not None:
            self.context_timer = QTimer(self.panel)
            self.context_timer.setSingleShot(True)
            self.context_timer.setInterval(CONTEXT_PAUSE_MS)
            self.context_timer.timeout.connect(self._context)
            self.form.question.textChanged.connect(self.context_timer.start)
            self.form.category_changed.connect(lambda _c: self.context_timer.start())
            self.panel.insert_requested.connect(self.insert)
            controller = desk.controller  # type: ignore[union-attr]
            controller.answered.connect(lambda _e: self.panel.clear())
            controller.record_saved.connect(lambda _s: self.panel.clear())

    def _context(self) -> None:
        assert self.form is not None
        self.panel.set_context(self.form.category.currentData(), self.form.question.toPlainText())

    def insert(self, article: ArticleInfo) -> None:
        done = "no_call"
        if self.form is not None:
            done = self.form.insert_answer(article.id, article.version, article.body)
        if done == "no_call":
            text = QCoreApplication.translate(
                "KnowledgeUi", "Answer a call first: the answer goes into its record."
            )
        elif done == "already":
            text = QCoreApplication.translate(
                "KnowledgeUi", "The answer of “{title}” is in the record already; not added again."
            ).format(title=article.title)
        else:
            text = QCoreApplication.translate(
                "KnowledgeUi", "Inserted the answer of “{title}” (version {version})."
            ).format(title=article.title, version=article.version)
        self.window.status.showMessage(text, 5000)

    def insert_chosen(self) -> None:
        """Ctrl+Enter anywhere in the window: the chosen article of the panel, if it shows."""
        if not self.dock.isVisible():  # stepped aside: show what would be inserted first
            self.show_panel()
            return
        self.panel.insert_current()

    def show_panel(self) -> None:
        self.placed_by_hand = True
        self.dock.show()
        self.dock.raise_()
        self.panel.focus_search()

    def open_window(self) -> None:
        from agent_desk.ui.knowledge_window import KnowledgeWindow

        agent = self.window.agent
        if agent is None:
            return
        if self.window_dialog is None:
            self.window_dialog = KnowledgeWindow(self.services.knowledge, agent, self.window)
            self.window_dialog.changed.connect(self.panel.refresh)
        self.window_dialog.show()
        self.window_dialog.raise_()
        self.window_dialog.activateWindow()

    # --- the share's package ----------------------------------------------------------------

    def import_from_share(self) -> None:
        location = str(self.services.config.get("share.location") or "")
        username = str(self.services.config.get("share.username") or "")
        if not location.strip():
            return
        kb = self.services.knowledge
        self.importer.submit(lambda: kb.import_from_share(location, username))

    def _imported(self, _token: int, result: Any) -> None:
        from agent_desk.ui.knowledge_text import refused_text, skipped_text

        if result is None:
            return
        said = []
        if result.name:
            said.append(
                QCoreApplication.translate(
                    "KnowledgeUi",
                    "Knowledge base updated from the share: {new} new, {newer} newer.",
                ).format(new=result.added, newer=result.updated)
            )
        if result.proposals:
            said.append(
                QCoreApplication.translate(
                    "KnowledgeUi", "{count} proposed articles to review (Tools > Knowledge base…)."
                ).format(count=result.proposals)
            )
        said += [skipped_text(s) for s in result.skipped]
        said += [refused_text(r) for r in result.refused]
        if said:
            self.window.status.showMessage(" ".join(said), 15000)
        self.panel.refresh()
        if self.window_dialog is not None:
            self.window_dialog.reload()

    def _import_failed(self, _token: int, error: object) -> None:
        from agent_desk.knowledge import PackageRefused
        from agent_desk.ui.knowledge_text import error_text

        # A refused package is news for the desk; an unreachable share is already shown by
        # the sync's own status, at every sync.
        if isinstance(error, PackageRefused):
            self.window.status.showMessage(error_text(error), 15000)
        else:
            log.info("knowledge package not read from the share: %s", error)

    def after_sync(self, result: Any) -> None:
        """A sync reached the share: take a newer package if one is there."""
        if getattr(result, "error", None) is None:
            self.import_from_share()

    def publish_to_share(self) -> None:
        """A supervisor puts the published articles on the share (kb/), through the outbox."""
        from agent_desk.ui.knowledge_text import error_text

        try:
            path = self.services.knowledge.queue_for_share(
                self.window.agent, *self.services.branch_desk()
            )
        except AgentDeskError as exc:
            self.window.status.showMessage(error_text(exc), 10000)
            return
        runner = getattr(getattr(self.window, "shift_desk", None), "runner", None)
        if runner is not None:
            runner.request(True)
        self.window.status.showMessage(
            QCoreApplication.translate(
                "KnowledgeUi", "The knowledge base is queued for the share ({path})."
            ).format(path=path),
            8000,
        )


def install(window: MainWindow, services: Services) -> None:
    desk = KnowledgeDesk(window, services)
    window.knowledge_desk = desk  # type: ignore[attr-defined]
    toggle = desk.dock.toggleViewAction()
    toggle.setText(QCoreApplication.translate("KnowledgeUi", "Knowledge panel"))
    toggle.setShortcut(QKeySequence("F9"))
    toggle.triggered.connect(lambda: setattr(desk, "placed_by_hand", True))
    find = QAction(QCoreApplication.translate("KnowledgeUi", "Search the knowledge base"), window)
    find.setShortcut(QKeySequence("F5"))  # F8 is the break key
    find.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    find.triggered.connect(desk.show_panel)
    insert = QAction(
        QCoreApplication.translate("KnowledgeUi", "Insert the chosen answer (Ctrl+Enter)"), window
    )
    insert.setShortcuts([QKeySequence(keys) for keys in INSERT_KEYS])
    # The whole window: from the question field too, where the agent is typing.
    insert.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    insert.triggered.connect(desk.insert_chosen)
    window.call_menu.addSeparator()
    window.call_menu.addAction(toggle)
    window.call_menu.addAction(find)
    window.call_menu.addAction(insert)
    open_window = QAction(QCoreApplication.translate("KnowledgeUi", "&Knowledge base…"), window)
    open_window.setShortcut(QKeySequence("Ctrl+Shift+B"))
    open_window.triggered.connect(desk.open_window)
    open_window.setEnabled(window.agent is not None)
    window.tools_menu.addAction(open_window)
    share = QAction(
        QCoreApplication.translate("KnowledgeUi", "Publish the knowledge base to the &share"),
        window,
    )
    share.triggered.connect(desk.publish_to_share)
    share.setEnabled(window.agent is not None and window.agent.may(Permission.PUBLISH_KNOWLEDGE))
    window.tools_menu.addAction(share)

    def follow_sync() -> None:  # the shift desk (and its sync runner) is installed after us
        runner = getattr(getattr(window, "shift_desk", None), "runner", None)
        if runner is not None:
            runner.result.connect(desk.after_sync)

    window.services_attached.connect(follow_sync)
    if window.agent is not None:
        desk.import_from_share()
