"""A person's data on request, in the window: import a customer book, export or erase one person.

Where people look for them: Tools › Import customers… (supervisors and administrators), Tools ›
Export a customer's data… and, for administrators, Tools › Erase a customer's data… (each asks
which customer, with the customer search), and the same two on the customer card's "Data
request" button for the customer shown. Only what the account may do is shown; the privacy
service checks the role again and writes the audit log, as for the command line.

The import runs on a worker thread: the dialog shows a progress bar, can cancel (nothing is then
imported), and ends with the report of rows added, updated and refused, with the reasons.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agent_desk.access import Permission
from agent_desk.errors import AgentDeskError
from agent_desk.ui.privacy_text import describe_privacy_error, refusal_text

if TYPE_CHECKING:
    from agent_desk.accounts import AgentInfo
    from agent_desk.privacy import ErasureReport, ImportProgress, ImportReport, PrivacyService
    from agent_desk.services import Services

log = logging.getLogger(__name__)


def _error_text(error: object) -> str:
    if isinstance(error, AgentDeskError):
        return describe_privacy_error(error)
    return QCoreApplication.translate(
        "Privacy", "Something went wrong; the details are in the log file."
    )


# --- import ---------------------------------------------------------------------------------------


class _ImportJob(QObject):
    """Runs one import on a thread of its own; its signals are delivered on the GUI thread."""

    progress = Signal(str, int, int)  # stage, done, total
    finished = Signal(object)  # ImportReport
    failed = Signal(object)  # the exception

    def __init__(self, privacy: PrivacyService, path: Path, actor: Any) -> None:
        super().__init__()
        self._privacy = privacy
        self._path = path
        self._actor = actor
        self._cancel = threading.Event()
        self.thread = threading.Thread(target=self._run, name="customer-import", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def _run(self) -> None:
        def progress(step: ImportProgress) -> None:
            self.progress.emit(step.stage, step.done, step.total)

        try:
            report = self._privacy.import_customers(
                self._path, self._actor, progress, self._cancel.is_set
            )
        except Exception as exc:  # shown as words in the dialog; the detail goes to the log
            if not isinstance(exc, AgentDeskError):
                log.exception("customer import failed")
            self.failed.emit(exc)
            return
        self.finished.emit(report)


class ImportDialog(QDialog):
    """The progress of one import, then its report."""

    def __init__(
        self, privacy: PrivacyService, path: Path, actor: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import customers"))
        self.setMinimumWidth(520)
        self.path = Path(path)
        self.report: ImportReport | None = None
        self.error: object = None
        self.file_label = QLabel(self.tr("Importing {file}").format(file=self.path.name))
        self.file_label.setWordWrap(True)
        self.note = QLabel(
            self.tr(
                "While new and changed customers are written, other saves on this desk wait "
                "(about 15 seconds for 100,000 new customers; for a known book again, a moment): "
                "import a new book when no call is being recorded."
            )
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #6b6b6b;")
        self.stage_label = QLabel(self.tr("Reading the file…"))
        self.stage_label.setObjectName("importStage")
        self.bar = QProgressBar()
        self.bar.setObjectName("importProgress")
        self.bar.setRange(0, 0)  # busy until the number of rows is known
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.refused = QTableWidget(0, 2)
        self.refused.setObjectName("importRefused")
        self.refused.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Why it was refused")])
        self.refused.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.refused.verticalHeader().hide()
        self.refused.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.refused.hide()
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("importClose")
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        layout = QVBoxLayout(self)
        for widget in (self.file_label, self.note, self.stage_label, self.bar, self.summary):
            layout.addWidget(widget)
        layout.addWidget(self.refused, 1)
        layout.addWidget(self.buttons)
        self.job = _ImportJob(privacy, self.path, actor)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)

    def start(self) -> ImportDialog:
        self.job.start()
        return self

    @property
    def running(self) -> bool:
        return self.job.thread.is_alive()

    def cancel(self) -> None:
        if self.running:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.stage_label.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def reject(self) -> None:
        """Escape or the window's close button: a running import is cancelled first."""
        if self.running:
            self.cancel()
            return
        super().reject()

    def _progress(self, stage: str, done: int, total: int) -> None:
        text = {
            "read": self.tr("Reading the file: {done} rows"),
            "check": self.tr("Checking the rows: {done} of {total}"),
            "save": self.tr("Saving the customers: {done} of {total}"),
        }.get(stage, "{done}")
        self.stage_label.setText(text.format(done=f"{done:,}", total=f"{total:,}"))
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)

    def _done(self) -> None:
        self.bar.hide()
        self.note.hide()
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _finished(self, report: ImportReport) -> None:
        self.report = report
        self._done()
        self.stage_label.setText(self.tr("Import finished."))
        self.summary.setText(
            self.tr(
                "{file}: {rows} rows; added {added}, updated {updated}, unchanged {unchanged}, "
                "refused {refused}."
            ).format(
                file=self.path.name,
                rows=f"{report.rows:,}",
                added=f"{report.added:,}",
                updated=f"{report.updated:,}",
                unchanged=f"{report.unchanged:,}",
                refused=f"{len(report.refused):,}",
            )
            + (" " + self.tr("Nothing was imported.") if report.imported == 0 else "")
        )
        self.summary.show()
        if report.refused:
            self.refused.setRowCount(len(report.refused))
            for n, row in enumerate(report.refused):
                self.refused.setItem(n, 0, QTableWidgetItem(str(row.row)))
                self.refused.setItem(n, 1, QTableWidgetItem(refusal_text(row.reason, row.detail)))
            self.refused.resizeColumnToContents(0)
            self.refused.show()

    def _failed(self, error: object) -> None:
        self.error = error
        self._done()
        self.stage_label.setText(self.tr("Nothing was imported."))
        self.summary.setText(_error_text(error))
        self.summary.setStyleSheet("color: #b3261e;")
        self.summary.show()


def choose_book(parent: QWidget | None) -> Path | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Privacy", "Import customers"),
        "",
        QCoreApplication.translate("Privacy", "Customer books (*.csv *.xlsx)"),
    )
    return Path(path) if path else None


# --- export ---------------------------------------------------------------------------------------


def export_customer(
    privacy: PrivacyService, actor: Any, customer_id: int, parent: QWidget | None = None
) -> Path | None:
    """Ask where, write the person's data there (0600), say what to do with the file."""
    try:
        summary = privacy.person_summary(customer_id, actor)
    except AgentDeskError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Privacy", "Export a customer's data"),
            _error_text(exc),
        )
        return None
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Privacy", "Export a customer's data"),
        f"customer-{summary.id}.json",
        QCoreApplication.translate("Privacy", "JSON files (*.json)"),
    )
    if not path:
        return None
    out = Path(path)
    try:
        # The file dialog has already asked before replacing an existing file.
        data = privacy.export_person_json(customer_id, actor, out, force=True)
    except AgentDeskError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Privacy", "Export a customer's data"),
            _error_text(exc),
        )
        return None
    except OSError as exc:  # a folder that cannot be written: say which and why
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Privacy", "Export a customer's data"),
            QCoreApplication.translate("Privacy", "{path} cannot be written: {reason}").format(
                path=out, reason=exc.strerror or exc
            ),
        )
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Privacy", "Export a customer's data"),
        QCoreApplication.translate(
            "Privacy",
            "Everything stored about {name} was written to {path}: {calls} calls, {cases} "
            "cases, {callbacks} callbacks.\n\nThe file holds the person's data unmasked and "
            "only this computer user can read it. Hand it over securely, then delete it.",
        ).format(
            name=summary.masked_name,
            path=out,
            calls=len(data["calls"]),
            cases=len(data["cases"]),
            callbacks=len(data["callbacks"]),
        ),
    )
    return out


# --- erase ----------------------------------------------------------------------------------------


class EraseDialog(QDialog):
    """Who will be erased (masked), the request it answers, a deliberate confirmation."""

    def __init__(
        self, privacy: PrivacyService, actor: Any, customer_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self.setWindowTitle(self.tr("Erase a customer's data"))
        self.setMinimumWidth(480)
        self._privacy = privacy
        self._actor = actor
        self.customer_id = customer_id
        self.result_report: ErasureReport | None = None
        summary = privacy.person_summary(customer_id, actor)
        self.who = QLabel(
            self.tr(
                "Customer {id}: {name}, numbers {numbers}; {calls} calls, {cases} cases, "
                "{callbacks} callbacks."
            ).format(
                id=summary.id,
                name=summary.masked_name,
                numbers=", ".join(summary.masked_numbers) or "-",
                calls=summary.calls,
                cases=summary.cases,
                callbacks=summary.callbacks,
            )
        )
        self.who.setObjectName("eraseWho")
        self.who.setWordWrap(True)
        explain = QLabel(
            self.tr(
                "The name, numbers and notes, and the free text of this person's calls, cases "
                "and callbacks are removed for good. The calls and cases stay, without personal "
                "data, so shift summaries and reports stay true. Copies already on the share "
                "and in backups are not reached: see PRIVACY.md."
            )
        )
        explain.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("eraseReason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. deletion request of 2026-12-01, letter no. 7"))
        self.sure = QCheckBox(self.tr("I understand that this cannot be undone"))
        self.sure.setObjectName("eraseSure")
        form = QFormLayout()
        form.addRow(self.tr("Request"), self.reason)
        self.error = QLabel()
        self.error.setObjectName("eraseError")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(self.tr("&Erase"))
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setAutoDefault(False)
        self.erase_button.setEnabled(False)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.clicked.connect(self.erase)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.reason, self.sure):
            signal = widget.textChanged if isinstance(widget, QLineEdit) else widget.toggled
            signal.connect(self._allow)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.sure)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _allow(self) -> None:
        self.erase_button.setEnabled(bool(self.reason.text().strip()) and self.sure.isChecked())

    def erase(self) -> None:
        if not self.erase_button.isEnabled():
            return
        try:
            self.result_report = self._privacy.erase_person(
                self.customer_id, self._actor, self.reason.text()
            )
        except AgentDeskError as exc:
            self.error.setText(_error_text(exc))
            self.error.show()
            return
        self.accept()

    def result_text(self) -> str:
        report = self.result_report
        if report is None:
            return ""
        removed, kept = report.removed, report.kept
        return self.tr(
            "Customer {id} was erased: name and notes, {phones} numbers, the free text of {calls} "
            "calls, {cases} cases and {callbacks} callbacks, {drafts} drafts; {outbox} files "
            "waiting for the share were cleaned.\n\nKept without personal data: {kept_calls} "
            "calls, {kept_cases} cases, {kept_callbacks} callbacks."
        ).format(
            id=report.customer_id,
            phones=removed["phones"],
            calls=removed["calls"],
            cases=removed["cases"],
            callbacks=removed["callbacks"],
            drafts=removed["drafts"],
            outbox=removed["outbox_files"],
            kept_calls=kept["calls"],
            kept_cases=kept["cases"],
            kept_callbacks=kept["callbacks"],
        )


# --- in the window ---------------------------------------------------------------------------


class PrivacyActions(QObject):
    """The menu entries and the card's button, for one logged-in account."""

    erased = Signal(int)  # customer id

    def __init__(self, window: Any, services: Services, agent: AgentInfo) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.agent = agent
        self.import_dialog: ImportDialog | None = None
        self.last_message = ""

    @property
    def privacy(self) -> PrivacyService:
        return self.services.privacy

    # Import

    def import_book(self, path: Path | None = None) -> ImportDialog | None:
        path = path or choose_book(self.window)
        if path is None:
            return None
        dialog = ImportDialog(self.privacy, path, self.agent, self.window)
        self.import_dialog = dialog
        dialog.open()
        return dialog.start()

    # Export and erase, of a chosen customer

    def _pick(self, title: str, then: Any) -> Any:
        from agent_desk.ui.customer_search import CustomerSearchDialog

        dialog = CustomerSearchDialog(
            self.services.customers, pick=True, title=title, parent=self.window
        )
        dialog.accepted.connect(lambda: dialog.chosen is not None and then(dialog.chosen.id))
        dialog.open()
        return dialog

    def export_chosen(self) -> Any:
        return self._pick(
            QCoreApplication.translate("Privacy", "Export a customer's data: find the customer"),
            self.export,
        )

    def erase_chosen(self) -> Any:
        return self._pick(
            QCoreApplication.translate("Privacy", "Erase a customer's data: find the customer"),
            self.erase,
        )

    def export(self, customer_id: int) -> Path | None:
        return export_customer(self.privacy, self.agent, customer_id, self.window)

    def erase(self, customer_id: int) -> EraseDialog | None:
        try:
            dialog = EraseDialog(self.privacy, self.agent, customer_id, self.window)
        except AgentDeskError as exc:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("Privacy", "Erase a customer's data"),
                _error_text(exc),
            )
            return None
        dialog.accepted.connect(lambda: self._erased(dialog))
        dialog.open()
        return dialog

    def _erased(self, dialog: EraseDialog) -> None:
        self.last_message = dialog.result_text()
        self.erased.emit(dialog.customer_id)
        QMessageBox.information(
            self.window,
            QCoreApplication.translate("Privacy", "Erase a customer's data"),
            self.last_message,
        )

    # The customer on the card

    def shown_customer(self) -> int | None:
        panel = getattr(self.window, "customer_panel", None)
        data = getattr(getattr(panel, "card", None), "data", None)
        return getattr(data, "id", None)


def install(window: Any, services: Services) -> PrivacyActions | None:
    """Tools › Import customers…, Export / Erase a customer's data…, and the card's button."""
    agent = getattr(window, "agent", None)
    if agent is None or not agent.may(Permission.EXPORT_CUSTOMER_DATA):
        return None
    actions = PrivacyActions(window, services, agent)
    window.privacy_actions = actions
    menu = window.tools_menu
    menu.addSeparator()
    if agent.may(Permission.IMPORT_CUSTOMER_DATA):
        imp = QAction(QCoreApplication.translate("Privacy", "&Import customers…"), window)
        imp.setObjectName("importCustomersAction")
        imp.triggered.connect(lambda: actions.import_book())
        menu.addAction(imp)
        window.import_customers_action = imp
    exp = QAction(QCoreApplication.translate("Privacy", "E&xport a customer's data…"), window)
    exp.setObjectName("exportCustomerAction")
    exp.triggered.connect(actions.export_chosen)
    menu.addAction(exp)
    window.export_customer_action = exp
    may_erase = agent.may(Permission.ERASE_CUSTOMER_DATA)
    if may_erase:
        era = QAction(QCoreApplication.translate("Privacy", "Erase a customer's &data…"), window)
        era.setObjectName("eraseCustomerAction")
        era.triggered.connect(actions.erase_chosen)
        menu.addAction(era)
        window.erase_customer_action = era
    panel = getattr(window, "customer_panel", None)
    if panel is not None:
        button = QToolButton()
        button.setObjectName("dataRequestButton")
        button.setText(QCoreApplication.translate("Privacy", "Data request"))
        button.setToolTip(
            QCoreApplication.translate(
                "Privacy", "Export or erase this customer's data (a PIPL request)"
            )
        )
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        card_menu = QMenu(button)
        this_export = card_menu.addAction(
            QCoreApplication.translate("Privacy", "Export this customer's data…")
        )
        this_export.setObjectName("exportThisCustomerAction")
        this_export.triggered.connect(
            lambda: (cid := actions.shown_customer()) is not None and actions.export(cid)
        )
        if may_erase:
            this_erase = card_menu.addAction(
                QCoreApplication.translate("Privacy", "Erase this customer's data…")
            )
            this_erase.setObjectName("eraseThisCustomerAction")
            this_erase.triggered.connect(
                lambda: (cid := actions.shown_customer()) is not None and actions.erase(cid)
            )
        button.setMenu(card_menu)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter stays the ring's
        panel.card.add_button(button)
        window.data_request_button = button

        def after_erase(customer_id: int) -> None:
            if actions.shown_customer() == customer_id:
                panel.card.show_waiting()

        actions.erased.connect(after_erase)
    return actions
