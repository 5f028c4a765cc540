"""My follow-ups: cases and callbacks by nearest deadline, with reminders when callbacks are due.

Overdue rows are red and due-soon rows amber, the counts sit in the status bar, and a timer
re-checks every half minute. The timer only wakes the check: "now" always comes from the
service clock, so tests move a FakeClock and call `tick()` instead of waiting.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_desk.access import Permission
from agent_desk.callbacks import CallbackInfo
from agent_desk.cases import KINDS, STATUSES, CaseInfo
from agent_desk.errors import AgentDeskError
from agent_desk.ui import case_text
from agent_desk.ui.callback_reminder import CallbackReminder
from agent_desk.ui.case_dialog import CaseDialog, OpenCaseDialog
from agent_desk.ui.phone_status import callback_purpose

if TYPE_CHECKING:
    from agent_desk.accounts import AgentInfo
    from agent_desk.services import Services

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 30_000
OVERDUE_COLOUR = QColor("#ffcdd2")
DUE_SOON_COLOUR = QColor("#ffe0b2")


@dataclass(frozen=True)
class FollowUpRow:
    """One line of the list: a case or a callback, reduced to what the table shows."""

    type: str  # "case" | "callback"
    id: int
    deadline: datetime | None
    state: str  # overdue | due | due_soon | ok | none
    kind: str
    number: str
    status: str
    subject: str
    department: str
    owner: str


class FollowUpModel(QAbstractTableModel):
    """The rows as a table model: only the rows on screen are ever turned into text."""

    HEADERS = (
        QT_TRANSLATE_NOOP("FollowUpList", "Deadline"),
        QT_TRANSLATE_NOOP("FollowUpList", "Time left"),
        QT_TRANSLATE_NOOP("FollowUpList", "Type"),
        QT_TRANSLATE_NOOP("FollowUpList", "Number"),
        QT_TRANSLATE_NOOP("FollowUpList", "State"),
        QT_TRANSLATE_NOOP("FollowUpList", "Matter / purpose"),
        QT_TRANSLATE_NOOP("FollowUpList", "Department / owner"),
    )
    COLOURS: ClassVar[dict[str, QColor]] = {
        "overdue": OVERDUE_COLOUR,
        "due": DUE_SOON_COLOUR,
        "due_soon": DUE_SOON_COLOUR,
    }

    def __init__(self, zone: Any, now: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self._now = now
        self.rows: list[FollowUpRow] = []

    def set_rows(self, rows: list[FollowUpRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("FollowUpList", self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # The tooltip shows a matter or purpose the column cuts off.
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self.COLOURS.get(row.state)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.UserRole:
            return row.state
        return None

    def _text(self, row: FollowUpRow, column: int) -> str:
        if column == 0:
            return case_text.local_text(row.deadline, self.zone)
        if column == 1:
            return case_text.relative(row.deadline, self._now())
        if column == 2:
            return case_text.kind_label(row.kind)
        if column == 3:
            return row.number
        if column == 4:
            return case_text.status_label(row.status)
        if column == 5:
            return row.subject
        return row.department


class FollowUpList(QWidget):
    """The follow-up table with its filters; emits `counts_changed(overdue, due_soon)`."""

    counts_changed = Signal(int, int)
    callback_due = Signal(object)  # CallbackInfo, once per reminder time
    case_changed = Signal(int)  # case id: opened or changed in one of its dialogs
    callback_changed = Signal(int)  # callback id: its result recorded or snoozed in a reminder

    def __init__(
        self,
        services: Services,
        agent: AgentInfo | None,
        parent: QWidget | None = None,
        call_controller: Any = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followUpList")
        self.services = services
        self.agent = agent
        self.call_controller = call_controller
        self.zone = services.cases.deadlines.zone
        self.rows: list[FollowUpRow] = []
        self.reminders: dict[int, CallbackReminder] = {}
        self.case_dialogs: dict[int, CaseDialog] = {}  # one window per case
        self._reminded: set[tuple[int, datetime]] = set()
        # Due callbacks waiting for the reminder on screen to be dealt with: at login an agent
        # with four overdue callbacks got four windows stacked on top of each other.
        self.queued: list[int] = []
        self.tray: QSystemTrayIcon | None = None

        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(self.tr("All types"), "")
        for kind in (*KINDS, "callback"):
            self.kind_filter.addItem(case_text.kind_label(kind), kind)
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("stateFilter")
        self.state_filter.addItem(self.tr("All open"), "")
        self.state_filter.addItem(self.tr("Overdue"), "overdue")
        self.state_filter.addItem(self.tr("Due soon"), "due_soon")
        for status in STATUSES:
            self.state_filter.addItem(case_text.status_label(status), status)
        self.department_filter = QComboBox()
        self.department_filter.setObjectName("departmentFilter")
        self.department_filter.addItem(self.tr("All departments"), "")
        self.everyone = QCheckBox(self.tr("Everyone's"))
        self.everyone.setObjectName("everyone")
        supervisor = agent is not None and agent.is_supervisor
        self.everyone.setVisible(supervisor)
        self.everyone.setChecked(supervisor)
        self.new_case_button = QPushButton(self.tr("New case…"))
        self.new_case_button.setObjectName("newCaseButton")
        # The same as Call ▸ Open a case…: say its key where the mouse lands.
        self.new_case_button.setToolTip(
            QKeySequence("Ctrl+Shift+K").toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.new_case_button.setEnabled(agent is not None)
        self.new_case_button.clicked.connect(lambda: self.open_new_case())
        for combo in (self.kind_filter, self.state_filter, self.department_filter):
            combo.currentIndexChanged.connect(self.refresh)
        self.everyone.toggled.connect(self.refresh)

        self.model = FollowUpModel(self.zone, services.clock.now, self)
        self.table = QTableView()
        self.table.setObjectName("followUpTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Every column but the matter is sized to its texts in the agent's language: fixed
        # widths cut English to "Pending..." and "epartment / own".
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        # Enter or a double-click (activated covers both; doubleClicked as well opened two).
        self.table.activated.connect(lambda index: self.open_row(index.row()))

        filters = QHBoxLayout()
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.state_filter)
        filters.addWidget(self.department_filter)
        filters.addWidget(self.everyone)
        filters.addStretch(1)
        filters.addWidget(self.new_case_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table)

        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.tick)
        self.refresh()

    # --- data ---------------------------------------------------------------------------------

    def _scope(self) -> int | None:
        """Whose follow-ups: everyone's for a supervisor who asks, else the agent's own."""
        assert self.agent is not None  # nobody logged in sees none (`collect`)
        if self.agent.is_supervisor and self.everyone.isChecked():
            return None
        return self.agent.id

    def _case_row(self, case: CaseInfo) -> FollowUpRow:
        return FollowUpRow(
            "case",
            case.id,
            case.next_deadline,
            self.services.cases.deadline_state(case),
            case.kind,
            case.number,
            case.status,
            case.matter.splitlines()[0] if case.matter else "",
            " / ".join(x for x in (case.department, case.assignee_name) if x),
            case.assignee_name,
        )

    def _callback_row(self, cb: CallbackInfo) -> FollowUpRow:
        return FollowUpRow(
            "callback",
            cb.id,
            cb.due_at,
            self.services.callbacks.deadline_state(cb),
            "callback",
            cb.case_number or cb.customer_name or cb.number,
            cb.status,
            callback_purpose(cb, self.zone),
            cb.agent_name,
            cb.agent_name,
        )

    def collect(self) -> list[FollowUpRow]:
        if self.agent is None:  # the selftest's window: nobody logged in sees no records
            return []
        scope = self._scope()
        kind = self.kind_filter.currentData() or ""
        state = self.state_filter.currentData() or ""
        department = self.department_filter.currentData() or ""
        rows: list[FollowUpRow] = []
        if kind != "callback":
            statuses = [state] if state in STATUSES else None
            cases = self.services.cases.list_cases(
                agent_id=scope,
                kinds=[kind] if kind else None,
                statuses=statuses,
                department=department or None,
            )
            rows += [self._case_row(c) for c in cases]
        if kind in ("", "callback") and state not in STATUSES and not department:
            rows += [self._callback_row(c) for c in self.services.callbacks.pending(agent_id=scope)]
        if state == "overdue":
            rows = [r for r in rows if r.state == "overdue"]
        elif state == "due_soon":
            rows = [r for r in rows if r.state in ("due_soon", "due")]
        far = datetime.max.replace(tzinfo=self.services.clock.now().tzinfo)
        return sorted(rows, key=lambda r: (r.deadline or far, r.type, r.id))

    def refresh(self) -> None:
        try:
            self._refresh_departments()
            self.rows = self.collect()
        except AgentDeskError as exc:
            log.warning("follow-ups not refreshed: %s", exc.message)
            return
        self.model.set_rows(self.rows)
        overdue = sum(1 for r in self.rows if r.state == "overdue")
        soon = sum(1 for r in self.rows if r.state in ("due_soon", "due"))
        self.counts_changed.emit(overdue, soon)

    def _refresh_departments(self) -> None:
        if self.agent is None:
            return
        known = {self.department_filter.itemData(i) for i in range(self.department_filter.count())}
        for department in self.services.cases.departments():
            if department not in known:
                self.department_filter.addItem(department, department)

    # --- reminders ----------------------------------------------------------------------------

    def tick(self) -> None:
        """The timer's check. A failure (e.g. the database busy) is logged and retried on the
        next tick instead of interrupting the agent every 30 seconds."""
        try:
            self.refresh()
            self.check_due()
        except Exception:
            log.exception("follow-up check failed; retrying at the next tick")

    def check_due(self) -> list[CallbackInfo]:
        """Remind the agent of each callback whose time (or snooze) has come, once per time.

        While a call rings or is in progress the reminders wait (queued) until its record is
        saved: a reminder must never take the keyboard from a ringing call or its record.
        """
        if self.agent is None:
            return []
        fresh = []
        for callback in self.services.callbacks.due(agent_id=self.agent.id):
            key = (callback.id, callback.remind_at)
            if key in self._reminded:
                continue
            self._reminded.add(key)
            fresh.append(callback)
            if self._on_a_call() or any(r.isVisible() for r in self.reminders.values()):
                if callback.id not in self.queued:
                    self.queued.append(callback.id)
            else:
                self.show_reminder(callback)
            self.callback_due.emit(callback)
        return fresh

    def _on_a_call(self) -> bool:
        return str(getattr(self.call_controller, "stage", "idle")) != "idle"

    def _show_next_queued(self) -> None:
        """The agent closed a reminder (or saved a call): show the next due callback still
        pending, if any."""
        if self._on_a_call() or any(r.isVisible() for r in self.reminders.values()):
            return
        while self.queued:
            callback = self.services.callbacks.get(self.queued.pop(0))
            if callback.status == "pending":
                self.show_reminder(callback)
                return

    def show_reminder(self, callback: CallbackInfo) -> CallbackReminder:
        old = self.reminders.pop(callback.id, None)
        if old is not None:
            old.close()
        reminder = CallbackReminder(
            self.services, self.agent, callback, self.call_controller, self.window()
        )
        reminder.changed.connect(lambda _id: self.refresh())
        reminder.changed.connect(self.callback_changed)
        reminder.finished.connect(lambda _result: QTimer.singleShot(0, self._show_next_queued))
        self.reminders[callback.id] = reminder
        if callback.id in self.queued:
            self.queued.remove(callback.id)
        if self._on_a_call():
            # Opened by hand mid-call (from the list): it appears without taking the keyboard
            # away from the call.
            reminder.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        reminder.show()
        window = self.window()
        if not window.isActiveWindow() and QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                icon = window.windowIcon()
                if icon.isNull():
                    icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
                self.tray = QSystemTrayIcon(icon, self)
                self.tray.messageClicked.connect(reminder.raise_)
                self.tray.show()
            self.tray.showMessage(
                self.tr("Callback due"),
                self.tr("Call back {who}: {purpose}").format(
                    who=callback.customer_name or callback.case_number or callback.number,
                    purpose=callback_purpose(callback, self.zone),
                ),
                QSystemTrayIcon.MessageIcon.Information,
            )
        log.info("callback reminder shown: %s", callback.id)
        return reminder

    def focus_list(self) -> None:
        """Ctrl+Shift+F: the keyboard goes to the list, on its first row; Enter opens it."""
        self.table.setFocus()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.selectRow(0)

    # --- opening ------------------------------------------------------------------------------

    def open_row(self, index: int) -> QWidget | None:
        if self.agent is None or not 0 <= index < len(self.rows):
            return None
        row = self.rows[index]
        if row.type == "case":
            return self.open_case(row.id)
        callback = self.services.callbacks.get(row.id)
        return self.show_reminder(callback)

    def open_case(self, case_id: int) -> CaseDialog:
        """The case's window, or the one already open for it brought to the front."""
        dialog = self.case_dialogs.get(case_id)
        if dialog is not None and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        dialog = CaseDialog(self.services, self.agent, case_id, self.window())
        dialog.changed.connect(lambda _id: self.refresh())
        dialog.changed.connect(self.case_changed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None, c=case_id: self.case_dialogs.pop(c, None))
        dialog.setModal(False)
        dialog.show()
        self.case_dialogs[case_id] = dialog
        self.case_dialog = dialog
        return dialog

    def open_new_case(self, **prefill: Any) -> OpenCaseDialog | None:
        if self.agent is None:
            return None
        dialog = OpenCaseDialog(self.services, self.agent, self.window(), **prefill)
        dialog.accepted.connect(self._case_opened)
        dialog.setModal(False)
        dialog.show()
        self.open_dialog = dialog
        return dialog

    def _case_opened(self) -> None:
        self.refresh()
        opened = getattr(self.open_dialog, "opened", None)
        if opened is not None:
            self.case_changed.emit(opened.id)
            self.open_case(opened.id)


def new_case_prefill(window: Any, services: Services, saved: Any) -> dict[str, Any]:
    """What a new case already holds: the call on the line (or the one just saved, if it has
    no follow-up yet) and the caller the customer card shows."""
    prefill: dict[str, Any] = {}
    controller = getattr(window, "call_controller", None)
    current = getattr(controller, "current", None)
    call = getattr(saved, "call", None)
    if current is not None:
        try:
            call = services.calls.get(current.public_id)
        except AgentDeskError:
            call = None
    elif getattr(saved, "case_id", None) is not None:
        call = None  # the saved call has its case already
    if call is not None:
        prefill.update(
            call_id=call.id,
            customer_id=call.customer_id,
            received_at=call.ring_started_at,
            contact=call.caller_number,
        )
    card = getattr(getattr(window, "customer_panel", None), "card", None)
    data = getattr(card, "data", None)
    if data is not None and prefill.get("customer_id") in (None, data.id):
        prefill["customer_id"] = data.id
        prefill["complainant"] = data.name
        if not prefill.get("contact"):
            number = data.matched_number or (data.phones[0].raw if data.phones else "")
            for phone in data.phones:
                if phone.normalised == data.matched_number:
                    number = phone.raw
            prefill["contact"] = number
    return prefill


class FollowUpStatus(QLabel):
    """The counts in the status bar: red when anything is overdue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpStatus")
        self.show_counts(0, 0)

    def show_counts(self, overdue: int, due_soon: int) -> None:
        self.setText(
            QCoreApplication.translate(
                "FollowUpStatus", "Follow-ups: {overdue} overdue, {soon} due soon"
            ).format(overdue=overdue, soon=due_soon)
        )
        colour = "#b71c1c" if overdue else ("#e65100" if due_soon else "#33691e")
        self.setStyleSheet(f"color: {colour}; padding: 0 6px;")


def install(window: Any, services: Services) -> FollowUpList:
    """Place the list in the "followups" slot, its counts in the status bar, and the menu items."""
    panel = FollowUpList(services, window.agent, window)
    window.place("followups", panel)
    status = FollowUpStatus(window)
    window.status.addPermanentWidget(status)
    panel.counts_changed.connect(status.show_counts)
    panel.refresh()
    window.followups = panel

    last_call: dict[str, Any] = {}

    def connect_calls() -> None:
        controller = getattr(window, "call_controller", None)
        panel.call_controller = controller
        saved = getattr(controller, "record_saved", None)
        if saved is not None:
            saved.connect(lambda result: (last_call.update(saved=result), panel.refresh()))
        stage = getattr(controller, "stage_changed", None)
        if stage is not None:  # reminders that waited for the call come once it is saved
            stage.connect(lambda value: value == "idle" and panel._show_next_queued())

    window.services_attached.connect(connect_calls)
    connect_calls()

    def new_case() -> None:
        panel.open_new_case(**new_case_prefill(window, services, last_call.get("saved")))

    # The customer card shows the customer's open cases: it follows every change.
    customer_panel = getattr(window, "customer_panel", None)
    if customer_panel is not None:
        panel.case_changed.connect(lambda _id: customer_panel.refresh_card())
        # and its callbacks due: a recorded result left 待回访 on the card until the next ring.
        panel.callback_changed.connect(lambda _id: customer_panel.refresh_card())

    go = QAction(QCoreApplication.translate("FollowUpList", "Go to my &follow-ups"), window)
    go.setObjectName("goToFollowUps")
    go.setShortcut(QKeySequence("Ctrl+Shift+F"))
    go.triggered.connect(panel.focus_list)
    window.call_menu.addAction(go)

    action = QAction(QCoreApplication.translate("FollowUpList", "Open a &case…"), window)
    action.setObjectName("openCaseAction")
    action.setShortcut(QKeySequence("Ctrl+Shift+K"))
    action.setEnabled(window.agent is not None)
    action.triggered.connect(new_case)
    window.call_menu.addAction(action)

    archive = QAction(
        QCoreApplication.translate("FollowUpList", "Queue today's case &archive"), window
    )
    archive.setObjectName("archiveAction")
    # Done at every shift's close anyway; by hand for supervisors and administrators only.
    archive.setVisible(window.agent is not None and window.agent.may(Permission.ARCHIVE))

    def queue_archive() -> None:
        day = services.clock.now().astimezone(panel.zone).date()
        try:
            paths = services.cases.archive_day(
                window.agent,
                day,
                services.config.get("branch.code"),
                desk=services.config.get("desk.code"),
            )
        except AgentDeskError as exc:
            window.status.showMessage(case_text.describe(exc), 10_000)
            return
        window.status.showMessage(
            QCoreApplication.translate(
                "FollowUpList", "{n} archive files queued for the share"
            ).format(n=len(paths)),
            10_000,
        )

    archive.triggered.connect(queue_archive)
    window.tools_menu.addAction(archive)
    if window.agent is not None:
        panel.timer.start()
        QTimer.singleShot(0, panel.check_due)
    return panel
