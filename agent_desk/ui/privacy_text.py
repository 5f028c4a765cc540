"""The store's safety and privacy errors in the agent's language: missing database, read-only
folder, missing or wrong key. (Translation area `privacy`.)"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from agent_desk.errors import AgentDeskError
from agent_desk.ui.error_text import describe_from

CONTEXT = "Privacy"

MESSAGES: dict[str, str] = {
    "db.missing": QT_TRANSLATE_NOOP(
        "Privacy",
        "The database {path} is missing, although this desk had one. Nothing was created in "
        "its place. {backup_hint}",
    ),
    "db.read_only": QT_TRANSLATE_NOOP(
        "Privacy",
        "The data folder {path} is read-only, so AgentDesk cannot record anything. Nothing was "
        "changed; ask branch IT to make the folder writable for this user.",
    ),
    "db.key_missing": QT_TRANSLATE_NOOP(
        "Privacy",
        "The database {path} is encrypted and its key was not found (neither in the system "
        "keyring nor in {key_file}). Ask branch IT to put the recovery key back with "
        "'agent-desk db key import'; nothing was changed.",
    ),
    "db.key_wrong": QT_TRANSLATE_NOOP(
        "Privacy",
        "The database {path} cannot be opened with the key found {where}: it belongs to another "
        "desk. Ask branch IT to put this desk's recovery key back with "
        "'agent-desk db key import'; nothing was changed.",
    ),
}


def describe_store_error(error: AgentDeskError) -> str:
    return describe_from(MESSAGES, CONTEXT, error)
