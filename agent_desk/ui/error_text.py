"""Turning service errors into words in the agent's language.

Services raise errors with a code (or a `reason` for field validation) and parameters; the
English template of each lives here too so lupdate collects it for translation.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from agent_desk.errors import AgentDeskError

CONTEXT = "Errors"

MESSAGES: dict[str, str] = {
    "auth.failed": QT_TRANSLATE_NOOP("Errors", "Wrong agent number or password."),
    "auth.locked": QT_TRANSLATE_NOOP(
        "Errors", "Too many wrong passwords. The account is locked until {until}."
    ),
    "db.network_path": QT_TRANSLATE_NOOP(
        "Errors",
        "The database {path} is on a network drive ({fstype}). It can only be kept safe on a "
        "local disk; ask branch IT to choose a local profile folder.",
    ),
    "db.corrupt": QT_TRANSLATE_NOOP(
        "Errors", "The database {path} is damaged ({detail}). {backup_hint}"
    ),
    "config.invalid": QT_TRANSLATE_NOOP("Errors", "The branch settings are invalid: {detail}"),
    "agent_no.format": QT_TRANSLATE_NOOP("Errors", "An agent number is 1 to 16 letters or digits."),
    "agent_no.taken": QT_TRANSLATE_NOOP("Errors", "Agent number {agent_no} already exists."),
    "name.required": QT_TRANSLATE_NOOP("Errors", "Please enter a name."),
    "role.unknown": QT_TRANSLATE_NOOP("Errors", "Unknown role."),
    "password.short": QT_TRANSLATE_NOOP(
        "Errors", "A password needs at least {minimum} characters."
    ),
    "password.mismatch": QT_TRANSLATE_NOOP("Errors", "The two passwords differ."),
    "permission": QT_TRANSLATE_NOOP("Errors", "You do not have permission to do this."),
}


def describe(error: AgentDeskError) -> str:
    key = str(error.params.get("reason") or error.code)
    template = MESSAGES.get(key)
    if template is None:
        return error.message
    text = QCoreApplication.translate(CONTEXT, template)
    try:
        return text.format(**error.params)
    except (KeyError, IndexError):
        return text


def translate(key: str, **params: object) -> str:
    return QCoreApplication.translate(CONTEXT, MESSAGES[key]).format(**params)
