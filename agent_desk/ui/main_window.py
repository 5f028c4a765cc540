"""The main window shell: menus, status bar and the areas the working widgets live in.

The layout follows an agent's minute: the ring banner across the top, the customer on the
left, the call record in the middle, the scripts on the right, follow-ups along the bottom.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from agent_desk import __version__
from agent_desk.context import AppContext
from agent_desk.ui.status_bar import AgentStatusBar
from agent_desk.ui.ui_settings import UiSettings

if TYPE_CHECKING:
    from agent_desk.accounts import AgentInfo
    from agent_desk.services import Services

log = logging.getLogger(__name__)

SLOTS = ("ring_banner", "customer", "call", "script", "followups")
# The application property set while the app quits on a log-off, shutdown or `kill`: the
# window closes without asking (a call on the line is kept as on any close).
TERMINATING = "agentDeskTerminating"

# The three columns scroll on their own when the screen is short (1366x768 branch PCs with a
# taskbar leave about 700 pixels): without it the window's minimum height was taller than the
# screen and the follow-ups and status bar fell off the bottom.
SCROLLED_SLOTS = ("customer", "call", "script")
# Forms held at the column's height (or their minimum) rather than their preferred height.
FITTED_SLOTS = ("customer", "call")


class _FitBox(QWidget):
    """Keeps a form at the scroll area's height, or its minimum height when that is taller.

    QScrollArea sizes a widget whose layout has a visible word-wrapped label at its preferred
    height: on a short screen the call form's notes boxes jumped from 70 to 190 pixels the
    moment a validation message appeared, pushing the rest of the form out of view.
    """

    def __init__(self, child: QWidget, scroll: QScrollArea) -> None:
        super().__init__()
        self._child = child
        self._scroll = scroll
        child.setParent(self)
        child.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        return self._child.minimumSizeHint()

    def sizeHint(self) -> QSize:
        return self._child.minimumSizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._child.setGeometry(self.rect())
        super().resizeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._child and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
            QCoreApplication.postEvent(self._scroll, QEvent(QEvent.Type.LayoutRequest))
        return False


# The working parts of the window, each `module:function(window, services)`. They are
# installed once the store is open, so the shell itself can appear immediately.
INSTALLERS: tuple[str, ...] = (
    "agent_desk.ui.call_desk:install",
    "agent_desk.ui.knowledge_ui:install",  # after call_desk: its panel feeds the call form
    "agent_desk.ui.customers:install",  # after call_desk: uses window.call_controller
    "agent_desk.ui.privacy_actions:install",  # after customers: a button on the card
    "agent_desk.ui.followups:install",
    "agent_desk.ui.reports_view:install",
    "agent_desk.ui.shifts_ui:install",
    "agent_desk.ui.user_admin:install",
    "agent_desk.ui.session_lock:install",  # last: File > Lock / Log out, the idle lock
    "agent_desk.ui.quality_review:install",
)


class MainWindow(QMainWindow):
    services_attached = Signal()
    closing = Signal()  # the window is closing for good (every close check agreed)

    def __init__(
        self,
        context: AppContext,
        agent: AgentInfo | None,
        settings: UiSettings,
        services: Services | None = None,
        parent: QWidget | None = None,
        take_calls: bool = True,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.services: Services | None = None
        self.agent = agent
        # False: a supervisor or administrator chose at login to supervise only (no shift).
        self.take_calls = take_calls
        self.settings = settings
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("AgentDesk"))
        self.resize(1280, 690)  # fits 1366x768 and 1280x800 with a taskbar and title bar
        self.slots: dict[str, QVBoxLayout] = {}
        self.placeholders: dict[str, QLabel] = {}
        # Asked before the window closes; any one returning False keeps it open (a call on).
        self.close_checks: list[Callable[[], bool]] = []
        self._build_central()
        self._build_menus()
        self.status = AgentStatusBar(context.clock.monotonic, self)
        self.setStatusBar(self.status)
        self.status.set_agent(agent)
        if agent is not None and take_calls:
            self.status.start_shift_clock()
        self._show_share_state()
        geometry, state = settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        if services is not None:
            self.attach(services)

    def attach(self, services: Services) -> None:
        """Install the working widgets now that the store is open."""
        self.services = services
        for spec in INSTALLERS:
            module, _, function = spec.partition(":")
            getattr(importlib.import_module(module), function)(self, services)
        self.services_attached.emit()
        log.info("main window ready (%d parts installed)", len(INSTALLERS))

    # --- layout -------------------------------------------------------------------------------

    def _area(self, slot: str, title: str, hint: str) -> QWidget:
        box = QGroupBox(title)
        box.setObjectName(f"{slot}Area")
        layout = QVBoxLayout(box)
        placeholder = QLabel(hint)
        placeholder.setWordWrap(True)
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setStyleSheet("color: #6b6b6b;")
        layout.addWidget(placeholder)
        self.slots[slot] = layout
        self.placeholders[slot] = placeholder
        return box

    def _build_central(self) -> None:
        banner = QFrame()
        banner.setObjectName("ring_bannerArea")
        banner_layout = QVBoxLayout(banner)
        banner_layout.setContentsMargins(0, 0, 0, 0)
        idle = QLabel(self.tr("Waiting for calls. Press F2 when the desk phone rings."))
        idle.setObjectName("idleLabel")
        idle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        idle.setStyleSheet("font-size: 16px; padding: 12px; color: #33691e;")
        banner_layout.addWidget(idle)
        self.slots["ring_banner"] = banner_layout
        self.placeholders["ring_banner"] = idle

        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.addWidget(
            self._area(
                "customer",
                self.tr("Customer"),
                self.tr("The caller's details appear here when a call rings."),
            )
        )
        columns.addWidget(
            self._area(
                "call", self.tr("Call record"), self.tr("Answer a call to start its record.")
            )
        )
        columns.addWidget(
            self._area(
                "script",
                self.tr("Scripts"),
                self.tr("Greeting, prompts and sign-off for the call."),
            )
        )
        columns.setSizes([320, 560, 400])

        rows = QSplitter(Qt.Orientation.Vertical)
        rows.addWidget(columns)
        rows.addWidget(
            self._area(
                "followups",
                self.tr("My follow-ups"),
                self.tr("Cases and callbacks by nearest deadline."),
            )
        )
        rows.setSizes([560, 200])

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(banner)
        layout.addWidget(rows, 1)
        self.setCentralWidget(central)

    def place(self, slot: str, widget: QWidget) -> None:
        """Put a working widget into one of the window's areas, replacing the placeholder."""
        placeholder = self.placeholders.pop(slot, None)
        if placeholder is not None:
            placeholder.hide()
        if slot in SCROLLED_SLOTS:
            scroll = QScrollArea()
            scroll.setObjectName(f"{slot}Scroll")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(_FitBox(widget, scroll) if slot in FITTED_SLOTS else widget)
            widget = scroll
        self.slots[slot].addWidget(widget)

    # --- menus ----------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.call_menu = bar.addMenu(self.tr("&Call"))
        self.tools_menu = bar.addMenu(self.tr("&Tools"))
        self.help_menu = bar.addMenu(self.tr("&Help"))

        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.about_action = QAction(self.tr("&About AgentDesk"), self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About AgentDesk"),
            self.tr("AgentDesk {version}\nA workstation for call-center agents.").format(
                version=__version__
            ),
        )

    def open_settings(self) -> None:
        from agent_desk.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.settings, self).exec()

    def _show_share_state(self) -> None:
        location = self.context.config.get("share.location")
        if location:
            self.status.set_share_state(self.tr("Share: {location}").format(location=location))
        else:
            self.status.set_share_state(self.tr("Share: not configured"))

    # --- window behaviour ---------------------------------------------------------------------

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        for check in self.close_checks:
            if not check():
                event.ignore()
                return
        self.settings.save_window_state(self.saveGeometry(), self.saveState())
        self.closing.emit()
        super().closeEvent(event)
