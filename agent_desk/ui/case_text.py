"""Words for the case and callback codes the services return, in the agent's language.

Services speak in codes ("in_progress", "case.invalid_transition"); this module is the one place
that turns them into text, so lupdate finds every string and the `cases` area translates them.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from agent_desk.errors import AgentDeskError
from agent_desk.ui.error_text import describe as describe_common

CONTEXT = "CaseText"

KIND_LABELS: dict[str, str] = {
    "complaint": QT_TRANSLATE_NOOP("CaseText", "Complaint"),
    "report": QT_TRANSLATE_NOOP("CaseText", "Report"),
    "inquiry": QT_TRANSLATE_NOOP("CaseText", "Pending inquiry"),
    "suggestion": QT_TRANSLATE_NOOP("CaseText", "Suggestion"),
    "repair": QT_TRANSLATE_NOOP("CaseText", "Repair"),
    "callback": QT_TRANSLATE_NOOP("CaseText", "Callback"),
}

STATUS_LABELS: dict[str, str] = {
    "received": QT_TRANSLATE_NOOP("CaseText", "Received"),
    "assigned": QT_TRANSLATE_NOOP("CaseText", "Assigned"),
    "in_progress": QT_TRANSLATE_NOOP("CaseText", "In progress"),
    "replied": QT_TRANSLATE_NOOP("CaseText", "Replied"),
    "closed": QT_TRANSLATE_NOOP("CaseText", "Closed"),
    "reopened": QT_TRANSLATE_NOOP("CaseText", "Reopened"),
    "pending": QT_TRANSLATE_NOOP("CaseText", "Pending"),
    "done": QT_TRANSLATE_NOOP("CaseText", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("CaseText", "Cancelled"),
}

EVENT_LABELS: dict[str, str] = {
    "opened": QT_TRANSLATE_NOOP("CaseText", "Opened"),
    "status": QT_TRANSLATE_NOOP("CaseText", "State change"),
    "note": QT_TRANSLATE_NOOP("CaseText", "Note"),
    "contact": QT_TRANSLATE_NOOP("CaseText", "Contact with customer"),
    "department_reply": QT_TRANSLATE_NOOP("CaseText", "Department reply"),
    "edit": QT_TRANSLATE_NOOP("CaseText", "Details changed"),
    "assigned": QT_TRANSLATE_NOOP("CaseText", "Re-assigned"),
    "decision": QT_TRANSLATE_NOOP("CaseText", "Decision"),
    "customer_told": QT_TRANSLATE_NOOP("CaseText", "Customer told"),
    "satisfaction": QT_TRANSLATE_NOOP("CaseText", "Satisfaction"),
    "callback": QT_TRANSLATE_NOOP("CaseText", "Callback scheduled"),
    "callback_attempt": QT_TRANSLATE_NOOP("CaseText", "Callback, customer not reached"),
    "callback_cancelled": QT_TRANSLATE_NOOP("CaseText", "Callback cancelled"),
    "deadline_estimated": QT_TRANSLATE_NOOP(
        "CaseText", "Reply deadline estimated Monday-Friday: holiday calendar missing"
    ),
}

DECISION_LABELS: dict[str, str] = {
    "adopted": QT_TRANSLATE_NOOP("CaseText", "Adopted"),
    "not_adopted": QT_TRANSLATE_NOOP("CaseText", "Not adopted"),
}

SEVERITY_LABELS: dict[str, str] = {
    "low": QT_TRANSLATE_NOOP("CaseText", "Low"),
    "normal": QT_TRANSLATE_NOOP("CaseText", "Normal"),
    "high": QT_TRANSLATE_NOOP("CaseText", "High"),
    "urgent": QT_TRANSLATE_NOOP("CaseText", "Urgent"),
}

DEADLINE_LABELS: dict[str, str] = {
    "feedback": QT_TRANSLATE_NOOP("CaseText", "first feedback"),
    "reply": QT_TRANSLATE_NOOP("CaseText", "reply"),
    "callback": QT_TRANSLATE_NOOP("CaseText", "callback"),
}

ERRORS: dict[str, str] = {
    "case.invalid_transition": QT_TRANSLATE_NOOP(
        "CaseText", "Case {number} is {current_label}; it cannot go to {target_label}."
    ),
    "case.close_incomplete": QT_TRANSLATE_NOOP(
        "CaseText", "Case {number} cannot be closed yet: {missing}."
    ),
    "case.received_future": QT_TRANSLATE_NOOP(
        "CaseText", "The received time cannot be in the future."
    ),
    "case.received_naive": QT_TRANSLATE_NOOP("CaseText", "The received time has no time zone."),
    "case.reply_required": QT_TRANSLATE_NOOP(
        "CaseText", "Write down what was replied to the customer."
    ),
    "case.text_required": QT_TRANSLATE_NOOP("CaseText", "The entry is empty."),
    "case.reopen_reason": QT_TRANSLATE_NOOP("CaseText", "Say why the case is reopened."),
    "case.satisfaction_range": QT_TRANSLATE_NOOP("CaseText", "Satisfaction is 1 to 5."),
    "case.decision_unknown": QT_TRANSLATE_NOOP("CaseText", "Choose adopted or not adopted."),
    "case.not_suggestion": QT_TRANSLATE_NOOP("CaseText", "Only a suggestion is decided."),
    "case.decision_first": QT_TRANSLATE_NOOP(
        "CaseText", "Decide the suggestion before telling the customer."
    ),
    "case.kind_unknown": QT_TRANSLATE_NOOP("CaseText", "Unknown case type."),
    "case.severity_unknown": QT_TRANSLATE_NOOP("CaseText", "Unknown severity."),
    "case.field_readonly": QT_TRANSLATE_NOOP("CaseText", "This field cannot be changed."),
    "case.error": QT_TRANSLATE_NOOP("CaseText", "The case could not be saved: {detail}"),
    "calendar.unknown_year": QT_TRANSLATE_NOOP(
        "CaseText",
        "The holiday calendar for {year} is not known. Ask branch IT to add it to holidays.toml.",
    ),
    "callback.closed": QT_TRANSLATE_NOOP("CaseText", "This callback is already finished."),
    "callback.due_naive": QT_TRANSLATE_NOOP("CaseText", "The due time has no time zone."),
    "callback.due_past": QT_TRANSLATE_NOOP(
        "CaseText", "This time has already passed. Choose when to call the customer back."
    ),
    "callback.purpose_required": QT_TRANSLATE_NOOP("CaseText", "Write what the callback is about."),
    "callback.target_required": QT_TRANSLATE_NOOP(
        "CaseText", "A callback is for a customer or a case."
    ),
    "callback.snooze_range": QT_TRANSLATE_NOOP("CaseText", "Snooze between 1 minute and 24 hours."),
    "callback.outcome_required": QT_TRANSLATE_NOOP("CaseText", "Record the outcome of the call."),
    "callback.reason_required": QT_TRANSLATE_NOOP("CaseText", "Say why the callback is cancelled."),
    "matter.required": QT_TRANSLATE_NOOP("CaseText", "Describe the matter."),
}

MISSING_LABELS: dict[str, str] = {
    "the customer's satisfaction": QT_TRANSLATE_NOOP("CaseText", "the customer's satisfaction"),
    "a root cause": QT_TRANSLATE_NOOP("CaseText", "a root cause"),
    "an improvement measure": QT_TRANSLATE_NOOP("CaseText", "an improvement measure"),
    "the decision (adopted / not adopted)": QT_TRANSLATE_NOOP(
        "CaseText", "the decision (adopted / not adopted)"
    ),
    "telling the customer the decision": QT_TRANSLATE_NOOP(
        "CaseText", "telling the customer the decision"
    ),
}


# The person, the matter and the type, as each kind of case calls them: a suggestion has no
# 投诉事项 and a repair no 投诉类别. (Their own context: "Suggestion" here is 建议内容, not the
# kind's name.)
KIND_CONTEXT = "CaseKind"
PERSON_LABELS: dict[str, str] = {
    "complaint": QT_TRANSLATE_NOOP("CaseKind", "Complainant"),
    "report": QT_TRANSLATE_NOOP("CaseKind", "Reported by"),
    "inquiry": QT_TRANSLATE_NOOP("CaseKind", "Asked by"),
    "suggestion": QT_TRANSLATE_NOOP("CaseKind", "Suggested by"),
    "repair": QT_TRANSLATE_NOOP("CaseKind", "Repair requested by"),
}
MATTER_LABELS: dict[str, str] = {
    "complaint": QT_TRANSLATE_NOOP("CaseKind", "Complaint"),
    "report": QT_TRANSLATE_NOOP("CaseKind", "Matter reported"),
    "inquiry": QT_TRANSLATE_NOOP("CaseKind", "Question"),
    "suggestion": QT_TRANSLATE_NOOP("CaseKind", "Suggestion"),
    "repair": QT_TRANSLATE_NOOP("CaseKind", "Fault"),
}
TYPE_LABELS: dict[str, str] = {
    "complaint": QT_TRANSLATE_NOOP("CaseKind", "Complaint type"),
    "report": QT_TRANSLATE_NOOP("CaseKind", "Report type"),
    "inquiry": QT_TRANSLATE_NOOP("CaseKind", "Question type"),
    "suggestion": QT_TRANSLATE_NOOP("CaseKind", "Suggestion type"),
    "repair": QT_TRANSLATE_NOOP("CaseKind", "Fault type"),
}
TYPE_HINTS: dict[str, str] = {
    "complaint": QT_TRANSLATE_NOOP("CaseKind", "e.g. billing"),
    "report": QT_TRANSLATE_NOOP("CaseKind", "e.g. fraud"),
    "inquiry": QT_TRANSLATE_NOOP("CaseKind", "e.g. tariffs"),
    "suggestion": QT_TRANSLATE_NOOP("CaseKind", "e.g. opening hours"),
    "repair": QT_TRANSLATE_NOOP("CaseKind", "e.g. no signal"),
}


def _by_kind(table: dict[str, str], kind: str) -> str:
    return QCoreApplication.translate(KIND_CONTEXT, table.get(kind, table["complaint"]))


def person_label(kind: str) -> str:
    return _by_kind(PERSON_LABELS, kind)


def matter_label(kind: str) -> str:
    return _by_kind(MATTER_LABELS, kind)


def type_label(kind: str) -> str:
    return _by_kind(TYPE_LABELS, kind)


def type_hint(kind: str) -> str:
    return _by_kind(TYPE_HINTS, kind)


FIELD_LABELS: dict[str, str] = {
    "complainant": QT_TRANSLATE_NOOP("CaseText", "Complainant"),
    "contact": QT_TRANSLATE_NOOP("CaseText", "Contact number"),
    "matter": QT_TRANSLATE_NOOP("CaseText", "Matter"),
    "product": QT_TRANSLATE_NOOP("CaseText", "Product or service"),
    "case_type": QT_TRANSLATE_NOOP("CaseText", "Type"),
    "severity": QT_TRANSLATE_NOOP("CaseText", "Severity"),
    "department": QT_TRANSLATE_NOOP("CaseText", "Responsible department"),
}


def field_change(line: str) -> str:
    """ "severity: normal → high" from the log, with the field (and a severity) in words."""
    name, sep, change = line.partition(": ")
    if not sep or name not in FIELD_LABELS:
        return line
    if name == "severity":
        old, arrow, new = change.partition(" → ")
        change = f"{severity_label(old)}{arrow}{severity_label(new)}" if arrow else change
    return f"{tr(FIELD_LABELS[name])}: {change}"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_label(kind: str) -> str:
    return tr(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def status_label(status: str) -> str:
    return tr(STATUS_LABELS[status]) if status in STATUS_LABELS else status


def event_label(kind: str) -> str:
    return tr(EVENT_LABELS[kind]) if kind in EVENT_LABELS else kind


def decision_label(decision: str | None) -> str:
    return tr(DECISION_LABELS[decision]) if decision in DECISION_LABELS else ""


def severity_label(code: str) -> str:
    return tr(SEVERITY_LABELS[code]) if code in SEVERITY_LABELS else code


def deadline_label(name: str) -> str:
    return tr(DEADLINE_LABELS[name]) if name in DEADLINE_LABELS else name


def describe(error: AgentDeskError) -> str:
    """The error in the agent's language; falls back to the shared error texts."""
    key = str(error.params.get("reason") or error.code)
    template = ERRORS.get(key)
    if template is None:
        return describe_common(error)
    params = dict(error.params)
    params["current_label"] = status_label(str(params.get("current", "")))
    params["target_label"] = status_label(str(params.get("target", "")))
    fields = params.get("fields")
    if isinstance(fields, list):
        sep = QCoreApplication.translate("CaseText", ", ")
        params["missing"] = sep.join(
            tr(MISSING_LABELS[f]) if f in MISSING_LABELS else f for f in fields
        )
    try:
        return tr(template).format(**params)
    except (KeyError, IndexError):
        return error.message


def relative(deadline: datetime | None, now: datetime) -> str:
    """ "in 3 h", "overdue 2 d" — how far a deadline is, rounded for a glance."""
    if deadline is None:
        return ""
    delta = deadline - now
    span = abs(delta)
    if span < timedelta(hours=1):
        amount = QCoreApplication.translate("CaseText", "{n} min").format(
            n=max(1, int(span.total_seconds() // 60))
        )
    elif span < timedelta(days=2):
        amount = QCoreApplication.translate("CaseText", "{n} h").format(
            n=int(span.total_seconds() // 3600)
        )
    else:
        amount = QCoreApplication.translate("CaseText", "{n} d").format(n=span.days)
    if delta < timedelta(0):
        return QCoreApplication.translate("CaseText", "overdue {amount}").format(amount=amount)
    return QCoreApplication.translate("CaseText", "in {amount}").format(amount=amount)


def local_text(when: datetime | None, zone: object) -> str:
    if when is None:
        return ""
    return when.astimezone(zone).strftime("%Y-%m-%d %H:%M")  # type: ignore[arg-type]
