"""Errors the user can act on.

Services raise these with a stable code and parameters; the UI turns the code into words in the
agent's language, the CLI prints the English message on one line. No traceback reaches a user.
"""

from __future__ import annotations

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


class ConfigError(AgentDeskError):
    code = "config.invalid"


class AuthError(AgentDeskError):
    code = "auth.failed"
    template = "Wrong agent number or password."


class AccountLocked(AuthError):
    code = "auth.locked"
    template = "This account is locked after too many wrong passwords until {until}."


class NotFound(AgentDeskError):
    code = "not_found"


class PermissionDenied(AgentDeskError):
    code = "permission"
    template = "You do not have permission to {detail}."
