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
    "config.unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "The settings file {file} cannot be read ({problem}). Branch IT must make it readable "
        "for every user of this computer.",
    ),
    "config.locked": QT_TRANSLATE_NOOP(
        "Errors",
        "Branch IT set this for every user of this computer ({path}); ask branch IT to change it.",
    ),
    "agent_no.format": QT_TRANSLATE_NOOP(
        "Errors", "An agent number is 1 to 16 digits 0-9 (no letters, spaces or full-width digits)."
    ),
    "agent_no.taken": QT_TRANSLATE_NOOP("Errors", "Agent number {agent_no} already exists."),
    "name.required": QT_TRANSLATE_NOOP("Errors", "Please enter a name."),
    "name.control": QT_TRANSLATE_NOOP(
        "Errors", "A name cannot hold tabs, line breaks or other invisible characters."
    ),
    "role.unknown": QT_TRANSLATE_NOOP("Errors", "Unknown role."),
    "password.short": QT_TRANSLATE_NOOP(
        "Errors", "A password needs at least {minimum} characters."
    ),
    "password.mismatch": QT_TRANSLATE_NOOP("Errors", "The two passwords differ."),
    "permission": QT_TRANSLATE_NOOP("Errors", "You do not have permission to do this."),
    "disk.full": QT_TRANSLATE_NOOP(
        "Errors",
        "This computer's disk is full, so nothing was saved. What you typed is still here; "
        "free some disk space (or tell branch IT) and save again.",
    ),
    "config.secret_in_location": QT_TRANSLATE_NOOP(
        "Errors",
        "A password does not belong in the share location: it would be written to the "
        "settings file. Remove it from the location and type it in the Password field.",
    ),
    "config.secret": QT_TRANSLATE_NOOP(
        "Errors",
        "{key} is a secret and does not belong in the settings file. The share password is "
        "kept in the system's password store: an administrator enters it in File > Share "
        "settings…. Remove the line from the file.",
    ),
    "share.no_keyring": QT_TRANSLATE_NOOP(
        "Errors",
        "No password store works on this PC, so the share password cannot be kept; use a "
        "mounted share or a folder path (see README). The settings were not changed.",
    ),
    "share.keyring_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "The system's password store did not keep the share password ({detail}); the share "
        "settings were not changed.",
    ),
    "share.keyring_unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "The password of the share {location} cannot be read: no password store works on this "
        "PC. Mount the share and use its folder path, or ask branch IT to set up a password "
        "store (see README).",
    ),
    "share.no_password": QT_TRANSLATE_NOOP(
        "Errors",
        "No password of user {username} for the share {location} is stored on this PC; an "
        "administrator types it in File > Share settings….",
    ),
    "config.unknown_key": QT_TRANSLATE_NOOP(
        "Errors", "{key} is not a setting AgentDesk knows. Check its spelling or remove it."
    ),
    "config.out_of_range": QT_TRANSLATE_NOOP(
        "Errors", "{key} must be at least {minimum} and at most {maximum}."
    ),
    "config.too_small": QT_TRANSLATE_NOOP("Errors", "{key} must be at least {minimum}."),
    "config.wrong_type": QT_TRANSLATE_NOOP(
        "Errors", "{key} has a value of the wrong kind (for example text where a number belongs)."
    ),
    "config.not_finite": QT_TRANSLATE_NOOP("Errors", "{key} must be a number (not nan or inf)."),
    "config.control_character": QT_TRANSLATE_NOOP(
        "Errors", "{key} cannot hold tabs, line breaks or other invisible characters."
    ),
    "config.choice": QT_TRANSLATE_NOOP("Errors", "{key} must be one of: {choices}."),
    "config.key_file_relative": QT_TRANSLATE_NOOP(
        "Errors",
        "{key} must be an absolute path (such as /srv/agentdesk/keys/desk.key): a relative one "
        "depends on the folder AgentDesk is started from.",
    ),
    "config.quoted_key": QT_TRANSLATE_NOOP(
        "Errors",
        "{key} is written as one quoted key with a dot in it, which is not that setting. "
        "Write the part before the last dot as a [table] and the rest as the key.",
    ),
    "auth.disabled": QT_TRANSLATE_NOOP(
        "Errors", "This account is disabled. Ask an administrator to enable it."
    ),
    "password.same": QT_TRANSLATE_NOOP("Errors", "Choose a password different from the old one."),
    "setup.done": QT_TRANSLATE_NOOP(
        "Errors", "This desk is already set up; an administrator adds the accounts."
    ),
    "db.busy": QT_TRANSLATE_NOOP(
        "Errors",
        "The database is busy with another program, so nothing was saved. What you typed is "
        "still here; save again in a moment.",
    ),
}


def describe(error: AgentDeskError) -> str:
    """The error in the user's words; the service's English message if no text is known."""
    template = MESSAGES.get(str(error.params.get("reason") or error.code))
    if template is None:
        return error.message
    text = _fill(QCoreApplication.translate(CONTEXT, template), error)
    if (
        error.code == "config.invalid"
        and error.params.get("file")
        and error.params.get("reason") != "config.unreadable"
    ):
        # A problem in a settings file: which file and line, so branch IT can fix it there.
        where = QCoreApplication.translate("Errors", "In {file}, line {line}:").format(
            file=error.params["file"], line=error.params.get("line") or "?"
        )
        text = f"{where} {text}"
    return text


def describe_from(messages: dict[str, str], context: str, error: AgentDeskError) -> str:
    """The error from a ui module's own texts (lupdate context `context`), else `describe`.

    Areas keep their reasons next to their widgets; this is the one lookup they all share.
    """
    template = messages.get(str(error.params.get("reason") or error.code))
    if template is None:
        return describe(error)
    return _fill(QCoreApplication.translate(context, template), error)


def _fill(text: str, error: AgentDeskError) -> str:
    """The error's parameters put in; the text as it is if a translation names one it lacks."""
    try:
        return text.format(**error.params)
    except (KeyError, IndexError):
        return text


def translate(key: str, **params: object) -> str:
    return QCoreApplication.translate(CONTEXT, MESSAGES[key]).format(**params)
