"""Words for the customer views: codes from the services turned into the agent's language."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from agent_desk.clock import zone_named
from agent_desk.errors import AgentDeskError
from agent_desk.ui.error_text import describe_from

CONTEXT = "CustomerText"

WORDS: dict[str, str] = {
    # call categories
    "inquiry": QT_TRANSLATE_NOOP("CustomerText", "Inquiry"),
    "complaint": QT_TRANSLATE_NOOP("CustomerText", "Complaint"),
    "report": QT_TRANSLATE_NOOP("CustomerText", "Report"),
    "suggestion": QT_TRANSLATE_NOOP("CustomerText", "Suggestion"),
    "repair": QT_TRANSLATE_NOOP("CustomerText", "Repair"),
    "other": QT_TRANSLATE_NOOP("CustomerText", "Other"),
    # call direction and outcome
    "inbound": QT_TRANSLATE_NOOP("CustomerText", "Inbound"),
    "outbound": QT_TRANSLATE_NOOP("CustomerText", "Outbound"),
    "answered": QT_TRANSLATE_NOOP("CustomerText", "answered"),
    "abandoned": QT_TRANSLATE_NOOP("CustomerText", "abandoned"),
    "ringing": QT_TRANSLATE_NOOP("CustomerText", "ringing"),
    # case states
    "received": QT_TRANSLATE_NOOP("CustomerText", "Received"),
    "assigned": QT_TRANSLATE_NOOP("CustomerText", "Assigned"),
    "in_progress": QT_TRANSLATE_NOOP("CustomerText", "In progress"),
    "replied": QT_TRANSLATE_NOOP("CustomerText", "Replied"),
    "closed": QT_TRANSLATE_NOOP("CustomerText", "Closed"),
    "reopened": QT_TRANSLATE_NOOP("CustomerText", "Reopened"),
    # callback states
    "pending": QT_TRANSLATE_NOOP("CustomerText", "Pending"),
    "done": QT_TRANSLATE_NOOP("CustomerText", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("CustomerText", "Cancelled"),
    # timeline kinds
    "call": QT_TRANSLATE_NOOP("CustomerText", "Call"),
    "case": QT_TRANSLATE_NOOP("CustomerText", "Case"),
    "callback": QT_TRANSLATE_NOOP("CustomerText", "Callback"),
    # how a search hit matched
    "name": QT_TRANSLATE_NOOP("CustomerText", "name"),
    "initials": QT_TRANSLATE_NOOP("CustomerText", "initials"),
    "number": QT_TRANSLATE_NOOP("CustomerText", "number"),
}

# Errors of the customer service, by reason or code (the shared ones live in error_text).
ERRORS: dict[str, str] = {
    "customer.name_long": QT_TRANSLATE_NOOP("CustomerText", "A name has at most 128 characters."),
    "customer.vip_level": QT_TRANSLATE_NOOP(
        "CustomerText", "The VIP level is a number from 0 to {maximum}."
    ),
    "customer.company_long": QT_TRANSLATE_NOOP(
        "CustomerText", "A company name has at most 128 characters."
    ),
    "customer.phone_invalid": QT_TRANSLATE_NOOP(
        "CustomerText", "“{number}” is not a phone number."
    ),
    "customer.phone_twice": QT_TRANSLATE_NOOP(
        "CustomerText", "The number {number} is listed twice."
    ),
    "customer.duplicate_phone": QT_TRANSLATE_NOOP(
        "CustomerText", "The number {number} already belongs to {other_name}."
    ),
    "customer.not_found": QT_TRANSLATE_NOOP("CustomerText", "This customer no longer exists."),
    "customer.merged": QT_TRANSLATE_NOOP(
        "CustomerText", "This record was merged into another customer."
    ),
    "customer.merge_self": QT_TRANSLATE_NOOP(
        "CustomerText", "Choose two different customers to merge."
    ),
    "name.required": QT_TRANSLATE_NOOP("CustomerText", "Please enter the customer's name."),
}


def word(code: str | None) -> str:
    if not code:
        return ""
    text = WORDS.get(code)
    return QCoreApplication.translate(CONTEXT, text) if text else code


def error_text(error: AgentDeskError) -> str:
    return describe_from(ERRORS, CONTEXT, error)


def local_time(when: datetime | None, zone: tzinfo | None = None) -> str:
    """Stored UTC shown in the branch's time (`Policy.zone`), whatever the PC's zone is: the
    card and the follow-up list must say the same 23:59 of a deadline."""
    if when is None:
        return ""
    return when.astimezone(zone or zone_named()).strftime("%Y-%m-%d %H:%M")


def vip_text(level: int) -> str:
    if level <= 0:
        return ""
    return QCoreApplication.translate("CustomerText", "VIP {level}").format(level=level)
