"""Errors the user can act on.

Services raise these with a stable code and parameters; the UI turns the code into words in the
agent's language, the CLI prints the English message on one line. No traceback reaches a user.
"""

from __future__ import annotations

import errno
from typing import Any


class AgentDeskError(Exception):
    code = "error"
    template = "{detail}"

    def __init__(self, detail: str = "", **params: Any) -> None:
        self.params: dict[str, Any] = {"detail": detail, **params}
        super().__init__(self.message)

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError):
            return str(self.params.get("detail") or self.code)


class ValidationError(AgentDeskError):
    """Bad input for one field; `field` names it so the UI can show the message beside it."""

    code = "invalid"
    template = "{field}: {detail}"

    def __init__(self, field: str, detail: str, **params: Any) -> None:
        super().__init__(detail, field=field, **params)

    @property
    def field(self) -> str:
        return str(self.params["field"])


class NetworkDatabaseRefused(AgentDeskError):
    code = "db.network_path"
    template = (
        "The database {path} is on a network drive ({fstype}). SQLite cannot keep it safe there; "
        "choose a local profile folder."
    )


class CorruptDatabase(AgentDeskError):
    code = "db.corrupt"
    template = "The database {path} failed its integrity check ({detail}). {backup_hint}"


class DatabaseMissing(CorruptDatabase):
    """The profile had a database (its marker says so), and the file is gone."""

    code = "db.missing"
    template = (
        "The database {path} is missing, although this profile had one; nothing was created in "
        "its place. {backup_hint}"
    )


class StoreReadOnly(AgentDeskError):
    """The data folder cannot be written (permissions, a read-only mount): no restore helps."""

    code = "db.read_only"
    template = (
        "The data folder {path} is read-only, so AgentDesk cannot record anything there. "
        "Nothing was changed; ask branch IT to make it writable for this user."
    )


class ConfigError(AgentDeskError):
    code = "config.invalid"


class ConfigLocked(ConfigError):
    """Branch IT fixed this setting for every user of the PC in the branch file."""

    code = "config.locked"
    template = "{key} is locked by branch IT in {path}; ask branch IT to change it there"

    def __init__(self, key: str, path: str) -> None:
        super().__init__("", key=key, path=path)


class AuthError(AgentDeskError):
    code = "auth.failed"
    template = "Wrong agent number or password."


class AccountLocked(AuthError):
    code = "auth.locked"
    template = "This account is locked after too many wrong passwords until {until}."


class AccountDisabled(AuthError):
    """The right password for an account an administrator has disabled (only its owner,
    who knows the password, ever learns that it exists)."""

    code = "auth.disabled"
    template = "This account is disabled; ask an administrator."


class NotFound(AgentDeskError):
    code = "not_found"


class PermissionDenied(AgentDeskError):
    code = "permission"
    template = "You do not have permission to {detail}."


class LocalDiskFull(AgentDeskError):
    """The desk's own disk (where the database lives) is full: nothing can be recorded."""

    code = "disk.full"
    template = (
        "The local disk is full, so AgentDesk cannot record this ({detail}). Nothing was lost; "
        "free some disk space and try again."
    )


class DatabaseBusy(AgentDeskError):
    """Another program held the database's write lock longer than the busy timeout.

    Raised instead of SQLite's "database is locked" so that a save says "try again" in the
    agent's language and the form keeps what was typed; the transaction was rolled back.
    """

    code = "db.busy"
    template = (
        "The database is busy with another program ({detail}). Nothing was saved and nothing "
        "was lost; try again in a moment."
    )


def is_disk_full(exc: BaseException) -> bool:
    """SQLite's "database or disk is full" (SQLITE_FULL) or an OS "no space left"."""
    text = str(exc).lower()
    return (
        "database or disk is full" in text
        or "no space left" in text
        or (isinstance(exc, OSError) and exc.errno == errno.ENOSPC)
    )
