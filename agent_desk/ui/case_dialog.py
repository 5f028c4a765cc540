"""A case's detail: its facts, deadlines, follow-up log, and only the actions its state allows.

Also the dialogs to open a case (by hand or from a saved call) and to schedule a callback. The
dialogs call the case and callback services and show their errors in words; they never hold an
ORM object.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, Qt, QTimeZone, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desk.cases import SEVERITIES, CaseInfo
from agent_desk.errors import AgentDeskError
from agent_desk.models.cases import KINDS
from agent_desk.ui import case_text

if TYPE_CHECKING:
    from agent_desk.accounts import AgentInfo
    from agent_desk.services import Services

log = logging.getLogger(__name__)


def to_qdatetime(when: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(when.timestamp()), QTimeZone.systemTimeZone())


def from_qdatetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def _datetime_edit(when: datetime, name: str) -> QDateTimeEdit:
    """A local date and time to the minute, with a calendar to pick the day."""
    edit = QDateTimeEdit(to_qdatetime(when))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit


def _error_label() -> QLabel:
    """Where a dialog shows, in words, why the service refused."""
    label = QLabel()
    label.setObjectName("error")
    label.setStyleSheet("color: #b71c1c;")
    label.setWordWrap(True)
    return label


def _lay_out_form(
    dialog: QDialog, form: QFormLayout, error: QLabel, ok: str, cancel: str, submit: Any
) -> None:
    """The form, its error line, and OK (which submits) / Cancel, as both small dialogs have."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
    buttons.accepted.connect(submit)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(error)
    layout.addWidget(buttons)


class OpenCaseDialog(QDialog):
    """Open a case by hand, or from a call (its id, customer, number and time prefilled)."""

    def __init__(
        self,
        services: Services,
        agent: AgentInfo,
        parent: QWidget | None = None,
        *,
        call_id: int | None = None,
        customer_id: int | None = None,
        received_at: datetime | None = None,
        contact: str = "",
        complainant: str = "",
        kind: str = "complaint",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("openCaseDialog")
        self.services = services
        self.agent = agent
        self.call_id = call_id
        self.customer_id = customer_id
        self.opened: CaseInfo | None = None
        self.setWindowTitle(self.tr("Open a case"))
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for k in KINDS:
            self.kind.addItem(case_text.kind_label(k), k)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.received = _datetime_edit(received_at or services.clock.now(), "received")
        self.complainant = QLineEdit(complainant)
        self.complainant.setObjectName("complainant")
        self.contact = QLineEdit(contact)
        self.contact.setObjectName("contact")
        self.matter = QPlainTextEdit()
        self.matter.setTabChangesFocus(True)  # Tab moves on, as in the call form
        self.matter.setObjectName("matter")
        self.matter.setPlaceholderText(self.tr("What happened, what the customer asks for"))
        self.product = QLineEdit()
        self.product.setObjectName("product")
        self.department = QComboBox()
        self.department.setObjectName("department")
        self.department.setEditable(True)
        self.department.addItem("")
        self.department.addItems(services.cases.departments())
        self.person_label = QLabel()
        self.matter_label = QLabel()
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Received"), self.received)
        form.addRow(self.person_label, self.complainant)
        form.addRow(self.tr("Contact number"), self.contact)
        form.addRow(self.matter_label, self.matter)
        form.addRow(self.tr("Product or service"), self.product)
        form.addRow(self.tr("Responsible department"), self.department)
        if call_id is not None:
            form.addRow(self.tr("From call"), QLabel(str(call_id)))
        self.error = _error_label()
        _lay_out_form(self, form, self.error, self.tr("Open case"), self.tr("Cancel"), self.submit)
        self.kind.currentIndexChanged.connect(self._name_fields)
        self._name_fields()
        # The matter is what is left to type when the caller is filled in already.
        (self.matter if complainant or contact else self.complainant).setFocus()

    def _name_fields(self) -> None:
        """The person and the matter as the chosen kind calls them."""
        kind = self.kind.currentData() or "complaint"
        self.person_label.setText(case_text.person_label(kind))
        self.matter_label.setText(case_text.matter_label(kind))

    def submit(self) -> CaseInfo | None:
        if not self.matter.toPlainText().strip():
            self.error.setText(case_text.tr(case_text.ERRORS["matter.required"]))
            self.matter.setFocus()
            return None
        try:
            self.opened = self.services.cases.open_case(
                self.kind.currentData(),
                actor=self.agent,
                received_at=from_qdatetime(self.received.dateTime()),
                customer_id=self.customer_id,
                call_id=self.call_id,
                complainant=self.complainant.text(),
                contact=self.contact.text(),
                matter=self.matter.toPlainText(),
                product=self.product.text(),
                department=self.department.currentText(),
            )
        except AgentDeskError as exc:
            self.error.setText(case_text.describe(exc))
            return None
        log.info("case opened: %s", self.opened.number)
        self.accept()
        return self.opened


class ScheduleCallbackDialog(QDialog):
    """Promise the customer a call back at a time, for a case or a customer."""

    def __init__(
        self,
        services: Services,
        agent: AgentInfo,
        parent: QWidget | None = None,
        *,
        case_id: int | None = None,
        customer_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleCallbackDialog")
        self.services, self.agent = services, agent
        self.case_id, self.customer_id = case_id, customer_id
        self.scheduled = None
        self.setWindowTitle(self.tr("Schedule a callback"))
        self.due = _datetime_edit(services.clock.now() + timedelta(hours=2), "due")
        self.purpose = QLineEdit()
        self.purpose.setObjectName("purpose")
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("Call back at"), self.due)
        form.addRow(self.tr("Purpose"), self.purpose)
        _lay_out_form(self, form, self.error, self.tr("Schedule"), self.tr("Cancel"), self.submit)

    def submit(self) -> None:
        try:
            self.scheduled = self.services.callbacks.schedule(
                actor=self.agent,
                due_at=from_qdatetime(self.due.dateTime()),
                purpose=self.purpose.text(),
                case_id=self.case_id,
                customer_id=self.customer_id,
            )
        except AgentDeskError as exc:
            self.error.setText(case_text.describe(exc))
            return
        self.accept()


class CaseDialog(QDialog):
    """One case: facts, deadlines, the follow-up log and the actions its state allows."""

    changed = Signal(int)  # case id, after any successful action

    def __init__(
        self, services: Services, agent: AgentInfo, case_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseDialog")
        self.services = services
        self.agent = agent
        self.case_id = case_id
        self.zone = services.cases.deadlines.zone
        self.resize(760, 620)

        self.header = QLabel()
        self.header.setObjectName("header")
        self.header.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.facts = QLabel()
        self.facts.setObjectName("facts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The matter scrolls in its own box: a 3,000-character complaint pushed the deadlines
        # and the actions out of the window.
        self.matter_title = QLabel()
        self.matter_title.setStyleSheet("font-weight: bold;")
        self.matter_view = QPlainTextEdit()
        self.matter_view.setObjectName("matterView")
        self.matter_view.setReadOnly(True)
        self.matter_view.setTabChangesFocus(True)
        self.matter_view.setMaximumHeight(110)
        self.timeline = QTreeWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setRootIsDecorated(False)
        self.timeline.setHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")]
        )

        self.entry = QPlainTextEdit()
        self.entry.setTabChangesFocus(True)  # Tab moves on, as in the call form
        self.entry.setObjectName("entry")
        self.entry.setPlaceholderText(
            self.tr("Note, what the customer was told, the department's reply, the reply…")
        )
        self.entry.setMaximumHeight(90)
        self.entry_department = QLineEdit()
        self.entry_department.setObjectName("entryDepartment")
        self.entry_department.setPlaceholderText(self.tr("Department"))

        self.buttons: dict[str, QPushButton] = {}
        log_row = QHBoxLayout()
        for name, label, slot in (
            ("note", self.tr("Add &note"), self.add_note),
            ("contact", self.tr("Record &contact with customer"), self.record_contact),
            ("department_reply", self.tr("&Department reply"), self.department_reply),
        ):
            log_row.addWidget(self._button(name, label, slot))
        log_row.addWidget(self.entry_department)

        state_row = QHBoxLayout()
        for name, label, slot in (
            ("start", self.tr("S&tart work"), self.start),
            ("reply", self.tr("Record final &reply"), self.reply),
            ("reopen", self.tr("Reopen"), self.reopen),
            ("adopt", self.tr("Adopted"), lambda: self.decide("adopted")),
            ("reject", self.tr("Not adopted"), lambda: self.decide("not_adopted")),
            ("told", self.tr("Customer told"), self.customer_told),
            ("callback", self.tr("Schedule callback…"), self.schedule_callback),
        ):
            state_row.addWidget(self._button(name, label, slot))
        state_row.addStretch(1)

        self.details_box = QGroupBox(self.tr("Handling"))
        self.details_box.setObjectName("detailsBox")
        details = QHBoxLayout(self.details_box)
        self.assignee = QComboBox()
        self.assignee.setObjectName("assignee")
        for person in services.accounts.list():
            self.assignee.addItem(f"{person.agent_no} {person.name}", person.id)
        self.severity = QComboBox()
        self.severity.setObjectName("severity")
        for code in SEVERITIES:
            self.severity.addItem(case_text.severity_label(code), code)
        self.case_type = QLineEdit()
        self.case_type.setObjectName("caseType")
        self.department = QLineEdit()
        self.department.setObjectName("department")
        self.department.setPlaceholderText(self.tr("Responsible department"))
        details.addWidget(QLabel(self.tr("Assignee")))
        details.addWidget(self.assignee)
        details.addWidget(self._button("assign", self.tr("&Assign"), self.assign))
        details.addSpacing(12)
        # Each field keeps its name once filled in: placeholders vanish with the first letter,
        # and the row showed three unnamed values.
        for label, field in (
            (self.tr("Severity"), self.severity),
            ("", self.case_type),  # named after the case's kind (投诉类别, 故障类别, …)
            (self.tr("Department"), self.department),
        ):
            name = QLabel(label)
            name.setBuddy(field)
            if field is self.case_type:
                self.case_type_label = name
            details.addWidget(name)
            details.addWidget(field, 1 if field is not self.severity else 0)
        details.addWidget(self._button("save_details", self.tr("Save"), self.save_details))

        self.close_box = QGroupBox(self.tr("Close the case"))
        self.close_box.setObjectName("closeBox")
        close_form = QFormLayout(self.close_box)
        self.satisfaction = QSpinBox()
        self.satisfaction.setObjectName("satisfaction")
        self.satisfaction.setRange(0, 5)
        self.satisfaction.setSpecialValueText(self.tr("not asked"))
        self.root_cause = QLineEdit()
        self.root_cause.setObjectName("rootCause")
        self.improvement = QLineEdit()
        self.improvement.setObjectName("improvement")
        close_form.addRow(self.tr("Customer &satisfaction (1-5)"), self.satisfaction)
        close_form.addRow(self.tr("Root ca&use"), self.root_cause)
        close_form.addRow(self.tr("&Improvement measure"), self.improvement)
        close_form.addRow("", self._button("close", self.tr("Cl&ose case"), self.close_case))

        # After closing: the customer's verdict from a callback; dissatisfied reopens the case.
        self.verdict_box = QGroupBox(self.tr("Customer's verdict after closing"))
        self.verdict_box.setObjectName("verdictBox")
        verdict = QHBoxLayout(self.verdict_box)
        self.verdict = QSpinBox()
        self.verdict.setObjectName("verdict")
        self.verdict.setRange(1, 5)
        self.verdict.setValue(5)
        verdict.addWidget(QLabel(self.tr("Satisfaction (1-5)")))
        verdict.addWidget(self.verdict)
        verdict.addWidget(
            self._button("verdict", self.tr("Record satisfaction"), self.record_verdict)
        )
        verdict.addStretch(1)

        self.error = _error_label()
        done = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        done.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        done.rejected.connect(self.reject)

        self.timeline.setMinimumHeight(90)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.facts)
        layout.addWidget(self.matter_title)
        layout.addWidget(self.matter_view)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.entry)
        layout.addLayout(log_row)
        layout.addLayout(state_row)
        layout.addWidget(self.details_box)
        layout.addWidget(self.close_box)
        layout.addWidget(self.verdict_box)
        layout.addWidget(self.error)
        # Everything but Close scrolls when the screen is short (1366x768 with a taskbar).
        scroll = QScrollArea()
        scroll.setObjectName("caseScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(done)
        self.reload()
        # Keyboard first: the entry takes the typing, each action has its Alt key.
        self.entry.setFocus()

    def _button(self, name: str, label: str, slot: Any) -> QPushButton:
        button = QPushButton(label)
        button.setObjectName(f"{name}Button")
        button.clicked.connect(slot)
        self.buttons[name] = button
        return button

    # --- showing ------------------------------------------------------------------------------

    def reload(self) -> None:
        case = self.services.cases.get(self.case_id)
        self.case = case
        now = self.services.clock.now()
        self.setWindowTitle(self.tr("Case {number}").format(number=case.number))
        self.header.setText(
            f"{case.number} · {case_text.kind_label(case.kind)} · "
            f"{case_text.status_label(case.status)}"
        )
        lines = [
            self.tr("Received: {when}").format(
                when=case_text.local_text(case.received_at, self.zone)
            ),
            self.tr("{person}: {name}   Contact: {contact}").format(
                person=case_text.person_label(case.kind),
                name=case.complainant or "—",
                contact=case.contact or "—",
            ),
            self.tr("Product or service: {product}   Department: {department}").format(
                product=case.product or "—", department=case.department or "—"
            ),
            self.tr("Assignee: {name}").format(name=case.assignee_name or "—"),
        ]
        self.matter_title.setText(case_text.matter_label(case.kind))
        if self.matter_view.toPlainText() != (case.matter or "—"):
            self.matter_view.setPlainText(case.matter or "—")
        for name, when in (("feedback", case.feedback_by), ("reply", case.reply_by)):
            if when is not None:
                lines.append(
                    self.tr("Deadline for {what}: {when} ({relative})").format(
                        what=case_text.deadline_label(name),
                        when=case_text.local_text(when, self.zone),
                        relative=case_text.relative(when, now)
                        if name in dict(case.open_deadlines())
                        else self.tr("met"),
                    )
                )
        if case.points_late:
            lines.append(self.tr("The complaint points were recorded after the 5-minute limit."))
        if case.decision:
            lines.append(
                self.tr("Decision: {decision}").format(
                    decision=case_text.decision_label(case.decision)
                )
            )
        if case.satisfaction is not None:
            lines.append(self.tr("Satisfaction: {n}/5").format(n=case.satisfaction))
        self.facts.setText("\n".join(lines))

        self.timeline.clear()
        for event in self.services.cases.timeline(self.case_id):
            what = case_text.event_label(event.kind)
            if event.to_status and not event.from_status:  # opened: no arrow from nothing
                what = f"{what}: {case_text.status_label(event.to_status)}"
            elif event.to_status:
                what = f"{what}: {case_text.status_label(event.from_status or '')} → " + (
                    case_text.status_label(event.to_status)
                )
            text = event.text
            if event.kind == "edit":
                text = "\n".join(case_text.field_change(line) for line in text.splitlines())
            if event.kind == "decision":
                code, _, remark = text.partition(" ")
                text = f"{case_text.decision_label(code)} {remark}".strip()
            item = QTreeWidgetItem(
                [case_text.local_text(event.at, self.zone), event.actor_name, what, text]
            )
            self.timeline.addTopLevelItem(item)
        for column in range(3):
            self.timeline.resizeColumnToContents(column)
        self._show_actions(case)

    def _show_actions(self, case: CaseInfo) -> None:
        """Only the buttons the case's state allows (the rule is `CaseInfo.actions`)."""
        allowed = case.actions()
        for name, button in self.buttons.items():
            button.setVisible(name in allowed)
        self.close_box.setVisible("close" in allowed)
        self.verdict_box.setVisible("verdict" in allowed)
        self.details_box.setVisible(case.is_open)
        self.entry_department.setVisible(case.is_open)
        target = case.assignee_id or self.agent.id
        self.assignee.setCurrentIndex(max(0, self.assignee.findData(target)))
        self.severity.setCurrentIndex(max(0, self.severity.findData(case.severity)))
        self.case_type.setText(case.case_type)
        self.case_type.setPlaceholderText(case_text.type_hint(case.kind))
        self.case_type_label.setText(case_text.type_label(case.kind))
        self.department.setText(case.department)
        for widget in (self.root_cause, self.improvement):
            widget.setEnabled(case.kind in ("complaint", "report", "repair"))

    # --- actions ------------------------------------------------------------------------------

    def _run(self, action: Any) -> bool:
        try:
            action()
        except AgentDeskError as exc:
            self.error.setText(case_text.describe(exc))
            return False
        self.error.clear()
        self.entry.clear()
        self.reload()
        self.changed.emit(self.case_id)
        self.entry.setFocus()  # ready for the next entry
        return True

    def _act(self, action: Any, **details: Any) -> bool:
        """Run a case service call on this case as this agent (see `_run`)."""
        return self._run(lambda: action(self.case_id, actor=self.agent, **details))

    def _text(self) -> str:
        return self.entry.toPlainText()

    def add_note(self) -> bool:
        return self._act(self.services.cases.add_note, text=self._text())

    def record_contact(self) -> bool:
        return self._act(self.services.cases.record_contact, text=self._text())

    def department_reply(self) -> bool:
        return self._act(
            self.services.cases.record_department_reply,
            department=self.entry_department.text(),
            text=self._text(),
        )

    def assign(self) -> bool:
        return self._act(self.services.cases.assign, assignee_id=self.assignee.currentData())

    def save_details(self) -> bool:
        return self._act(
            self.services.cases.update_details,
            severity=self.severity.currentData(),
            case_type=self.case_type.text(),
            department=self.department.text(),
        )

    def start(self) -> bool:
        return self._act(self.services.cases.start, text=self._text())

    def reply(self) -> bool:
        return self._act(self.services.cases.reply, text=self._text())

    def close_case(self) -> bool:
        return self._act(
            self.services.cases.close,
            satisfaction=self.satisfaction.value() or None,
            root_cause=self.root_cause.text(),
            improvement=self.improvement.text(),
            text=self._text(),
        )

    def record_verdict(self) -> bool:
        return self._act(
            self.services.cases.record_satisfaction,
            satisfaction=self.verdict.value(),
            text=self._text(),
        )

    def reopen(self) -> bool:
        return self._act(self.services.cases.reopen, reason=self._text())

    def decide(self, decision: str) -> bool:
        return self._act(
            self.services.cases.decide_suggestion, decision=decision, text=self._text()
        )

    def customer_told(self) -> bool:
        return self._act(self.services.cases.record_customer_told, text=self._text())

    def schedule_callback(self) -> None:
        dialog = ScheduleCallbackDialog(
            self.services,
            self.agent,
            self,
            case_id=self.case_id,
            customer_id=self.case.customer_id,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.changed.emit(self.case_id)
