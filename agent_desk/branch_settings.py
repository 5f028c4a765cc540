"""Changing the branch settings: only for those who may, each change (and each refused or
failed one) in the audit log, and only the keys asked for (the file is re-read first).

The window's Share settings and `agent-desk config set` both come through here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agent_desk.access import Actor, Permission, require
from agent_desk.audit import AuditService
from agent_desk.config import BranchConfig
from agent_desk.errors import AgentDeskError

if TYPE_CHECKING:
    from agent_desk.dbkey import KeyStore


class SettingsService:
    def __init__(self, config: BranchConfig, audit: AuditService) -> None:
        self.config = config
        self._audit = audit

    def change(self, actor: Actor | None, values: Mapping[str, Any]) -> dict[str, Any]:
        """Set these keys in config.toml (checked as on load); the others stay as on disk."""
        names = ",".join(values)
        require(actor, Permission.CHANGE_SETTINGS, self._audit, f"config.set {names}")
        assert actor is not None
        moved = old = None
        try:
            if "database.key_file" in values:
                # The key goes where the setting says before the setting does, or the desk would
                # look for it there and be locked out; the old file goes once both are saved.
                # Checked first: a value the file would refuse (a relative path) moves nothing.
                target = self.config.check("database.key_file", values["database.key_file"])
                old = self._key_store(self.config.get("database.key_file") or "")
                moved = old.move_file_to(target or "")
            stored = self.config.update_file(values)
        except (AgentDeskError, OSError) as exc:
            if moved is not None and old is not None and old.key_file.exists():
                moved.drop_file()  # the setting was not saved: the key stays where it was
            reason = (
                str(exc.params.get("reason") or exc.code)
                if isinstance(exc, AgentDeskError)
                else exc.__class__.__name__
            )
            self._audit.record(actor.agent_no, "config.set.failed", names, reason)
            raise
        if moved is not None and old is not None:
            old.drop_file()  # out of the folder that is copied with the data
        detail = "; ".join(f"{name}={value}" for name, value in stored.items())
        self._audit.record(actor.agent_no, "config.set", names, detail)
        return stored

    def _key_store(self, key_file: str) -> KeyStore:
        from agent_desk.dbkey import KeyStore

        assert self.config.path is not None
        return KeyStore.for_profile(Path(self.config.path).parent, key_file)

    def set_share_password(self, actor: Actor | None, username: str, password: str) -> None:
        """The share password goes to the OS keyring, never to a file; the audit says only
        that it changed. Without a working keyring (or when it fails) nothing is kept and a
        ShareError says why."""
        from agent_desk.share import set_share_password

        require(actor, Permission.CHANGE_SETTINGS, self._audit, "share.password")
        assert actor is not None
        with self._audit.attempt(actor.agent_no, "share.password", username):
            set_share_password(username, password)
        self._audit.record(actor.agent_no, "share.password", username)

    def save_share(
        self, actor: Actor | None, values: Mapping[str, Any], username: str, password: str
    ) -> None:
        """Share settings (`values`: the unlocked of share.location and share.username) and a
        new password ("" keeps the stored one) as one change. The keyring is checked first: an
        smb:// share with a user name, or a typed password, on a PC where no keyring works is
        refused before any setting changes; the password is kept before the settings, and put
        back as it was if they then cannot be saved."""
        from agent_desk import share

        location = str(values.get("share.location", self.config.get("share.location")) or "")
        if password or share.needs_password(location, username):
            target = f"config.set {','.join(values)}" if values else "share.password"
            require(actor, Permission.CHANGE_SETTINGS, self._audit, target)
            assert actor is not None
            with self._audit.attempt(actor.agent_no, "share.password", username):
                share.check_password_store()
        if password:
            previous = share.stored_share_password(username)
            self.set_share_password(actor, username, password)
        try:
            if values:
                self.change(actor, values)
        except BaseException:
            if password:
                with contextlib.suppress(Exception):  # the settings' error is the one to tell
                    share.set_share_password(username, previous or "")
            raise
