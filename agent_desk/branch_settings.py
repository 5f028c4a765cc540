"""Changing the branch settings: only for those who may, each change (and each refused or
failed one) in the audit log, and only the keys asked for (the file is re-read first).

The window's Share settings and `agent-desk config set` both come through here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from agent_desk.access import Actor, Permission, require
from agent_desk.audit import AuditService
from agent_desk.config import BranchConfig
from agent_desk.errors import AgentDeskError


class SettingsService:
    def __init__(self, config: BranchConfig, audit: AuditService) -> None:
        self.config = config
        self._audit = audit

    def change(self, actor: Actor | None, values: Mapping[str, Any]) -> dict[str, Any]:
        """Set these keys in config.toml (checked as on load); the others stay as on disk."""
        names = ",".join(values)
        require(actor, Permission.CHANGE_SETTINGS, self._audit, f"config.set {names}")
        assert actor is not None
        try:
            stored = self.config.update_file(values)
        except (AgentDeskError, OSError) as exc:
            reason = (
                str(exc.params.get("reason") or exc.code)
                if isinstance(exc, AgentDeskError)
                else exc.__class__.__name__
            )
            self._audit.record(actor.agent_no, "config.set.failed", names, reason)
            raise
        detail = "; ".join(f"{name}={value}" for name, value in stored.items())
        self._audit.record(actor.agent_no, "config.set", names, detail)
        return stored

    def set_share_password(self, actor: Actor | None, username: str, password: str) -> None:
        """The share password goes to the OS keyring, never to a file; the audit says only
        that it changed."""
        from agent_desk.share import set_share_password

        require(actor, Permission.CHANGE_SETTINGS, self._audit, "share.password")
        assert actor is not None
        with self._audit.attempt(actor.agent_no, "share.password", username):
            set_share_password(username, password)
        self._audit.record(actor.agent_no, "share.password", username)
