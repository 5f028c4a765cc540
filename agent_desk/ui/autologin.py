"""A test-only way past the login dialog, for the process tests that drive the real app.

`AGENT_DESK_AUTOLOGIN_FILE` names a file with the agent number on the first line and the
password on the second; an optional third line `supervise` logs a supervisor or administrator in
without a call shift (the choice the login otherwise asks for; it defaults to taking calls
here). It is read once and deleted at once, must belong to this user and be unreadable by
others (0600), and is still checked by the normal login with its lockout and audit. No
password ever appears in argv, the environment or a config file.
"""

from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from agent_desk.errors import AgentDeskError

if TYPE_CHECKING:
    from agent_desk.accounts import AgentInfo
    from agent_desk.ui.store_loader import StoreLoader

log = logging.getLogger(__name__)

ENV = "AGENT_DESK_AUTOLOGIN_FILE"


@dataclass(frozen=True)
class AutoLogin:
    agent: AgentInfo
    take_calls: bool


def read_credentials(path: Path) -> tuple[str, str, bool] | None:
    """The agent number, password and whether to take calls, or None when the file is unsafe;
    the file is removed."""
    try:
        info = path.lstat()
        unsafe = (
            not stat.S_ISREG(info.st_mode)
            or info.st_mode & (stat.S_IRWXG | stat.S_IRWXO)
            or (hasattr(os, "getuid") and info.st_uid != os.getuid())
        )
        text = "" if unsafe else path.read_text(encoding="utf-8")
    except OSError as exc:
        log.warning("autologin file unreadable: %s", exc.strerror)
        return None
    finally:
        path.unlink(missing_ok=True)
    if unsafe:
        log.warning("autologin file refused: it must be a private (0600) file of this user")
        return None
    lines = text.splitlines()
    if len(lines) < 2 or not lines[0].strip():
        log.warning("autologin file refused: agent number and password on two lines expected")
        return None
    supervise = len(lines) > 2 and lines[2].strip() == "supervise"
    return lines[0].strip(), lines[1], not supervise


def try_autologin(loader: StoreLoader) -> AutoLogin | None:
    name = os.environ.pop(ENV, "")
    if not name:
        return None
    credentials = read_credentials(Path(name))
    if credentials is None:
        return None
    agent_no, password, take_calls = credentials
    try:
        services = loader.wait()
        agent = services.accounts.login(agent_no, password)
    except AgentDeskError as exc:
        log.warning("autologin failed: %s", exc.message)
        return None
    log.warning("agent %s logged in from an autologin file (test mode)", agent.agent_no)
    return AutoLogin(agent, take_calls)
