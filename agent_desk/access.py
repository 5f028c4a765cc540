"""Who may do what: the one table of permissions by role.

The desk PC is often shared under one OS account, so AgentDesk's own accounts are the boundary.
Services check an actor against this table (and audit a refusal); the window shows only what
the agent may use; every `agent-desk` sub-command declares the permission it needs when it is
registered (`agent_desk/commands/registry.py`). No other module decides by role name.

Roles build on each other: a supervisor may do all an agent may, an administrator all a
supervisor may.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from agent_desk.errors import PermissionDenied

ROLES = ("agent", "supervisor", "admin")


class Permission(StrEnum):
    # Every account.
    TAKE_CALLS = "take_calls"
    HANDLE_CASES = "handle_cases"
    CHANGE_OWN_PASSWORD = "change_own_password"
    READ_SETTINGS = "read_settings"
    # Supervisors and administrators.
    HANDLE_OTHERS_CASES = "handle_others_cases"  # re-assign a case, another agent's callback
    READ_REPORTS = "read_reports"
    ARCHIVE = "archive"
    CLOSE_OTHER_SHIFT = "close_other_shift"
    EDIT_SCRIPTS = "edit_scripts"
    REVIEW_QUALITY = "review_quality"
    PUBLISH_KNOWLEDGE = "publish_knowledge"
    EXPORT_CUSTOMER_DATA = "export_customer_data"
    IMPORT_CUSTOMER_DATA = "import_customer_data"  # the branch's customer book (issue 12)
    # Administrators.
    ERASE_CUSTOMER_DATA = "erase_customer_data"
    MANAGE_ACCOUNTS = "manage_accounts"
    CHANGE_SETTINGS = "change_settings"
    BACKUP = "backup"
    RESTORE = "restore"
    MANAGE_KEYS = "manage_keys"  # the database key: export, encrypt, decrypt
    READ_AUDIT = "read_audit"


_AGENT = frozenset(
    {
        Permission.TAKE_CALLS,
        Permission.HANDLE_CASES,
        Permission.CHANGE_OWN_PASSWORD,
        Permission.READ_SETTINGS,
    }
)
_SUPERVISOR = _AGENT | {
    Permission.HANDLE_OTHERS_CASES,
    Permission.READ_REPORTS,
    Permission.ARCHIVE,
    Permission.CLOSE_OTHER_SHIFT,
    Permission.EDIT_SCRIPTS,
    Permission.REVIEW_QUALITY,
    Permission.PUBLISH_KNOWLEDGE,
    Permission.EXPORT_CUSTOMER_DATA,
    Permission.IMPORT_CUSTOMER_DATA,
}
_ADMIN = _SUPERVISOR | {
    Permission.ERASE_CUSTOMER_DATA,
    Permission.MANAGE_ACCOUNTS,
    Permission.CHANGE_SETTINGS,
    Permission.BACKUP,
    Permission.RESTORE,
    Permission.MANAGE_KEYS,
    Permission.READ_AUDIT,
}

PERMISSIONS: dict[str, frozenset[Permission]] = {
    "agent": _AGENT,
    "supervisor": _SUPERVISOR,
    "admin": _ADMIN,
}

# Roles whose login opens a call shift at once. Supervisors and administrators may take calls
# too, but choose to at login (or later with File > Start a new shift).
SHIFT_AT_LOGIN = frozenset({"agent"})

# How a refusal names who is needed (the CLI's one line; the README's command table).
NEEDS_TEXT = {
    "agent": "an account",
    "supervisor": "a supervisor or an administrator",
    "admin": "an administrator",
}


class Actor(Protocol):
    @property
    def agent_no(self) -> str: ...

    @property
    def role(self) -> str: ...


@dataclass(frozen=True)
class SetUpActor:
    """Whoever runs a command on a profile that has no account yet (branch IT setting the
    desk up). Only the command line's dispatcher makes one, after checking there is no
    account; it may do what an administrator may, and the first account it makes must be an
    administrator (`AccountService.set_up`)."""

    agent_no: str = ""
    name: str = "setup"
    role: str = "admin"
    active: bool = True
    must_change_password: bool = False

    def may(self, permission: Permission) -> bool:
        return allows(self.role, permission)


SETUP = SetUpActor()


class AuditSink(Protocol):
    """Where refusals are written: the audit service, in a transaction of its own."""

    def record(self, actor: str, action: str, target: str = "", detail: str = "") -> None: ...


def allows(role: str | None, permission: Permission) -> bool:
    return permission in PERMISSIONS.get(role or "", frozenset())


def shift_at_login(role: str | None) -> bool:
    """Whether a login with this role opens a call shift without asking."""
    return role in SHIFT_AT_LOGIN


def least_role(permission: Permission) -> str:
    """The first role (agent, supervisor, admin) that has the permission."""
    for role in ROLES:
        if permission in PERMISSIONS[role]:
            return role
    raise ValueError(f"no role has {permission}")  # pragma: no cover - the table covers all


def needs_text(permission: Permission) -> str:
    """'an administrator', 'a supervisor or an administrator' or 'an account'."""
    return NEEDS_TEXT[least_role(permission)]


def require(
    actor: Actor | None,
    permission: Permission,
    audit: AuditSink | None = None,
    target: str = "",
) -> None:
    """Refuse (PermissionDenied) unless the actor's role has the permission.

    A refusal is written to the audit log first, in its own transaction, so it stays even
    though the action fails.
    """
    role = getattr(actor, "role", None)
    if allows(role, permission):
        return
    if audit is not None:
        audit.record(
            getattr(actor, "agent_no", "") or "",
            "permission.refused",
            target or permission.value,
            f"role={role or 'none'} needs={permission.value}",
        )
    raise PermissionDenied(
        permission.value.replace("_", " "),
        reason="permission",
        permission=permission.value,
        needs=least_role(permission),
        role=role or "",
    )
