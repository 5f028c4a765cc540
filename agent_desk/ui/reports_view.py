"""Tools → Reports… in the main window, for supervisors and administrators only.

Kept apart from the Reports window itself (`reports_window.py`) so that an agent's desk, which
never gets the action, never pays for importing QtCharts and the report code at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from agent_desk.access import Permission

if TYPE_CHECKING:
    from agent_desk.services import Services


def install(window: Any, services: Services) -> None:
    """Add the action for a supervisor or administrator; agents never see it."""
    agent = getattr(window, "agent", None)
    if agent is None or not agent.may(Permission.READ_REPORTS):
        return
    action = QAction(QCoreApplication.translate("ReportsDialog", "&Reports…"), window)
    action.setObjectName("reportsAction")

    def open_reports() -> None:
        from agent_desk.ui.reports_window import ReportsDialog

        dialog = getattr(window, "reports_dialog", None)
        if dialog is None:
            dialog = ReportsDialog(services, window.agent, window)
            window.reports_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    action.triggered.connect(open_reports)
    window.tools_menu.addAction(action)
    window.reports_action = action
