"""Who is at the desk: logging out, and the lock after idle minutes (the PC is shared).

A desk left logged in shows its customers, and an administrator's desk Tools > Users, to
whoever walks up. So after `[accounts] lock_after_idle_minutes` without keyboard or mouse (the
policy, 1-120 minutes, 10 by default) the window is covered and asks the logged-in account's
password again; File > Log out hands the desk to someone else, and File > Lock locks it at once.

A call is never lost to a lock: the desk does not lock while a call rings or is being talked
(the next check after the call locks it, if it is still idle), a lock only covers the window
(the form, a wrap-up's unsaved record included, stays as it is under the cover, and its draft
autosave goes on), and logging out is refused until the call's record is saved. Unlocking is
a login (a wrong password counts towards the lockout and is in the audit log, as are the lock,
the unlock and the log-out). No Qt here: the window (`agent_desk/ui/session_lock.py`) feeds
it the input it sees and the call's stage.
"""

from __future__ import annotations

from agent_desk.accounts import AccountService, AgentInfo
from agent_desk.audit import AuditService
from agent_desk.calls.session import Stage
from agent_desk.clock import Clock
from agent_desk.errors import AgentDeskError
from agent_desk.policy import Policy

# While a call is in one of these stages, the desk is in use whatever the keyboard says.
BUSY = frozenset({Stage.RINGING.value, Stage.TALKING.value})


class CallInProgress(AgentDeskError):
    code = "session.call_in_progress"
    template = "Finish the current call and save its record first."


class SessionLock:
    def __init__(
        self,
        accounts: AccountService,
        audit: AuditService,
        clock: Clock,
        policy: Policy,
        agent: AgentInfo,
    ) -> None:
        self._accounts = accounts
        self._audit = audit
        self._clock = clock
        self.agent = agent
        self.limit_seconds = float(policy.get("accounts.lock_after_idle_minutes", 10)) * 60
        self._last_input = clock.monotonic()
        self.locked = False

    @property
    def limit_minutes(self) -> int:
        return round(self.limit_seconds / 60)

    def touched(self) -> None:
        """Keyboard or mouse input at the desk (ignored while locked: that is the lock's)."""
        if not self.locked:
            self._last_input = self._clock.monotonic()

    def idle_seconds(self) -> float:
        return self._clock.monotonic() - self._last_input

    def due(self, stage: str) -> bool:
        """Lock now? Idle long enough, not locked yet, and no call ringing or being talked."""
        return not self.locked and stage not in BUSY and self.idle_seconds() >= self.limit_seconds

    def lock(self, why: str = "idle") -> None:
        if self.locked:
            return
        self.locked = True
        self._audit.record(
            self.agent.agent_no, "session.lock", detail=f"{why} after {self.idle_seconds():.0f} s"
        )

    def unlock(self, password: str) -> AgentInfo:
        """The logged-in account's password again: AuthError, AccountLocked or
        AccountDisabled as at a login (counted, audited), else unlocked."""
        info = self._accounts.login(self.agent.agent_no, password)
        self.locked = False
        self._last_input = self._clock.monotonic()
        self._audit.record(self.agent.agent_no, "session.unlock")
        return info

    def log_out(self, stage: str) -> None:
        """Refused (CallInProgress) while a call rings, is talked or waits for its record."""
        if stage != Stage.IDLE.value:
            raise CallInProgress(stage=stage)
        self._audit.record(self.agent.agent_no, "session.logout", detail=f"locked={self.locked}")
