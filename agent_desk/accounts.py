"""Accounts: who may log in, with which role, the lockout after wrong passwords, and their
administration (add, disable/enable, reset a password, change a role; never delete).

Logging in reveals nothing: an unknown agent number costs the same scrypt work as a wrong
password, gets the same message, and is locked out after as many tries as a real account.
Every try is in the audit log, committed even though the login fails. Administration is for
accounts whose role may manage accounts (`agent_desk/access.py`); each change, and each
refused or failed one, is audited with actor and target.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from agent_desk import audit
from agent_desk.access import ROLES, Permission, allows, require
from agent_desk.agent_numbers import audit_actor, check_agent_no, has_hidden_characters
from agent_desk.audit import AuditService
from agent_desk.clock import Clock
from agent_desk.dbfile import DB_ERRORS, FileState, connect, state_of
from agent_desk.errors import (
    AccountDisabled,
    AccountLocked,
    AgentDeskError,
    AuthError,
    NotFound,
    ValidationError,
)
from agent_desk.models import Agent, AuditEvent
from agent_desk.models.engine import SessionFactory
from agent_desk.passwords import UNKNOWN_ACCOUNT_HASH, hash_password, verify_password
from agent_desk.policy import Policy

MIN_PASSWORD_LENGTH = 6


@dataclass(frozen=True)
class AgentInfo:
    id: int
    public_id: str
    agent_no: str
    name: str
    role: str
    active: bool = True
    must_change_password: bool = False
    locked_until: datetime | None = None

    @property
    def is_supervisor(self) -> bool:
        """Supervisor or administrator: may see and handle other agents' work."""
        return allows(self.role, Permission.HANDLE_OTHERS_CASES)

    def may(self, permission: Permission) -> bool:
        return self.active and allows(self.role, permission)


def _info(agent: Agent) -> AgentInfo:
    return AgentInfo(
        agent.id,
        agent.public_id,
        agent.agent_no,
        agent.name,
        agent.role,
        bool(agent.active),
        bool(agent.must_change_password),
        agent.locked_until,
    )


class AccountService:
    def __init__(
        self,
        sessions: SessionFactory,
        clock: Clock,
        policy: Policy,
        audit_log: AuditService | None = None,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit_log or AuditService(sessions, clock)
        self._zone = policy.zone  # lockout times are shown in the branch's time
        self._max_failed = int(policy.get("accounts.max_failed_logins", 5))
        self._lockout = timedelta(minutes=float(policy.get("accounts.lockout_minutes", 5)))

    # --- questions asked before anyone is logged in -------------------------------------------

    def has_admin(self) -> bool:
        with self._sessions() as session:
            return _active_admins(session) > 0

    def has_accounts(self) -> bool:
        with self._sessions() as session:
            return bool(session.scalar(select(func.count()).select_from(Agent)))

    # --- creating accounts --------------------------------------------------------------------

    def set_up(self, agent_no: str, name: str, password: str, role: str = "admin") -> AgentInfo:
        """First start: the administrator, made without a login while there is none."""
        with self._audit.attempt("", "user.create", agent_no.strip()):
            if role != "admin":
                raise ValidationError(
                    "role",
                    "the first account made must be an administrator (--role admin)",
                    reason="setup.admin_first",
                )
            return self._create(agent_no, name, "admin", password, actor=None, first=True)

    def add(
        self, actor: AgentInfo | None, agent_no: str, name: str, role: str, password: str
    ) -> AgentInfo:
        """An administrator adds an account."""
        require(actor, Permission.MANAGE_ACCOUNTS, self._audit, f"user.create {agent_no}")
        assert actor is not None
        with self._audit.attempt(actor.agent_no, "user.create", agent_no.strip()):
            # The administrator knows this password: its owner chooses their own first.
            return self._create(
                agent_no, name, role, password, actor=actor.agent_no, must_change=True
            )

    def create(
        self, agent_no: str, name: str, role: str, password: str, actor: str = ""
    ) -> AgentInfo:
        """Make an account without asking who wants it: for code that sets a profile up
        (tests, demo data). People's requests come through `set_up` or `add`."""
        return self._create(agent_no, name, role, password, actor=actor or None)

    def _create(
        self,
        agent_no: str,
        name: str,
        role: str,
        password: str,
        actor: str | None,
        first: bool = False,
        must_change: bool = False,
    ) -> AgentInfo:
        agent_no, name = check_agent_no(agent_no), name.strip()
        if not name:
            raise ValidationError("name", "a name is required", reason="name.required")
        if has_hidden_characters(name):
            raise ValidationError(
                "name", "a name cannot hold control characters", reason="name.control"
            )
        _check_role(role)
        _check_password(password)
        try:
            with self._sessions.begin() as session:
                if first and _active_admins(session):
                    raise ValidationError(
                        "agent_no",
                        "this desk is already set up; an administrator adds accounts",
                        reason="setup.done",
                    )
                agent = Agent(
                    agent_no=agent_no,
                    name=name,
                    role=role,
                    password_hash=hash_password(password),
                    created_at=self._clock.now(),
                    must_change_password=must_change,
                )
                session.add(agent)
                session.flush()
                audit.record(
                    session, self._clock, actor or agent_no, "user.create", agent_no, f"role={role}"
                )
                return _info(agent)
        except IntegrityError:
            raise ValidationError(
                "agent_no",
                f"agent number {agent_no} already exists",
                reason="agent_no.taken",
                agent_no=agent_no,
            ) from None

    # --- logging in ---------------------------------------------------------------------------

    def login(self, agent_no: str, password: str) -> AgentInfo:
        """The account, or AuthError / AccountLocked / AccountDisabled.

        Every path runs scrypt once and commits its audit row before the error is raised.
        """
        agent_no = agent_no.strip()[: audit.ACTOR_LENGTH]
        now = self._clock.now()
        error: AgentDeskError | None = None
        with self._sessions.begin() as session:
            agent = session.scalar(select(Agent).where(Agent.agent_no == agent_no))
            stored = agent.password_hash if agent is not None else UNKNOWN_ACCOUNT_HASH
            right = verify_password(password, stored) and agent is not None
            if agent is None:
                error = self._unknown(session, agent_no, now)
            elif agent.locked_until and agent.locked_until > now:
                audit.record(session, self._clock, agent_no, "login.refused_locked")
                error = AccountLocked(until=_local(agent.locked_until, self._zone))
            elif not right:
                agent.failed_logins += 1
                if agent.failed_logins >= self._max_failed:
                    agent.locked_until = now + self._lockout
                    agent.failed_logins = 0
                    audit.record(
                        session,
                        self._clock,
                        agent_no,
                        "login.lockout",
                        detail=f"until {agent.locked_until.isoformat()}",
                    )
                    error = AccountLocked(until=_local(agent.locked_until, self._zone))
                else:
                    audit.record(
                        session,
                        self._clock,
                        agent_no,
                        "login.failed",
                        detail=f"attempt {agent.failed_logins}",
                    )
                    error = AuthError()
            elif not agent.active:
                audit.record(session, self._clock, agent_no, "login.disabled")
                error = AccountDisabled()
            else:
                agent.failed_logins = 0
                agent.locked_until = None
                audit.record(session, self._clock, agent_no, "login.ok")
                info = _info(agent)
        # Raised after the commit: the try, its count and any lockout must be stored.
        if error is not None:
            raise error
        return info

    def _unknown(self, session: Session, agent_no: str, now: datetime) -> AgentDeskError:
        """An agent number with no account: counted and locked out like a real one, from the
        audit log, so the answers cannot tell the two apart."""
        rows = session.execute(
            select(AuditEvent.action, AuditEvent.at)
            .where(
                AuditEvent.actor == audit_actor(agent_no)[: audit.ACTOR_LENGTH],
                AuditEvent.action.in_(("login.unknown", "login.lockout")),
            )
            .order_by(AuditEvent.id.desc())
            .limit(self._max_failed)
        ).all()
        tries = 0
        for action, at in rows:
            if action == "login.lockout":
                until = at + self._lockout
                if until > now:
                    audit.record(session, self._clock, agent_no, "login.refused_locked")
                    return AccountLocked(until=_local(until, self._zone))
                break
            tries += 1
        if tries + 1 >= self._max_failed:
            until = now + self._lockout
            audit.record(
                session, self._clock, agent_no, "login.lockout", detail=f"until {until.isoformat()}"
            )
            return AccountLocked(until=_local(until, self._zone))
        audit.record(session, self._clock, agent_no, "login.unknown", detail=f"attempt {tries + 1}")
        return AuthError()

    # --- passwords ----------------------------------------------------------------------------

    def change_own_password(self, agent_no: str, old_password: str, new_password: str) -> AgentInfo:
        """Everyone: with the current password (a wrong one counts like a failed login)."""
        _check_password(new_password)
        if new_password == old_password:
            raise ValidationError(
                "password", "choose a password different from the old one", reason="password.same"
            )
        me = self.login(agent_no, old_password)
        with (
            self._audit.attempt(me.agent_no, "user.passwd", me.agent_no),
            self._sessions.begin() as session,
        ):
            agent = self._agent(session, me.agent_no)
            agent.password_hash = hash_password(new_password)
            agent.must_change_password = False
            audit.record(session, self._clock, me.agent_no, "user.passwd", me.agent_no)
            return _info(agent)

    def reset_password(
        self, actor: AgentInfo | None, agent_no: str, new_password: str
    ) -> AgentInfo:
        """An administrator sets a new password: the user must change it at the next login.

        Also lifts a lockout. Resetting one's own password is a change of one's own password.
        """
        require(actor, Permission.MANAGE_ACCOUNTS, self._audit, f"user.reset_password {agent_no}")
        assert actor is not None
        with self._audit.attempt(actor.agent_no, "user.reset_password", agent_no):
            _check_password(new_password)
            with self._sessions.begin() as session:
                agent = self._agent(session, agent_no)
                agent.password_hash = hash_password(new_password)
                agent.must_change_password = agent.agent_no != actor.agent_no
                agent.failed_logins = 0
                agent.locked_until = None
                audit.record(
                    session, self._clock, actor.agent_no, "user.reset_password", agent.agent_no
                )
                return _info(agent)

    # --- administration -----------------------------------------------------------------------

    def set_active(self, actor: AgentInfo | None, agent_no: str, active: bool) -> AgentInfo:
        """Disable or enable an account (never delete: history keeps its author)."""
        action = "user.enable" if active else "user.disable"
        require(actor, Permission.MANAGE_ACCOUNTS, self._audit, f"{action} {agent_no}")
        assert actor is not None
        with (
            self._audit.attempt(actor.agent_no, action, agent_no),
            self._sessions.begin() as session,
        ):
            agent = self._agent(session, agent_no)
            if not active:
                if agent.agent_no == actor.agent_no:
                    raise ValidationError(
                        "agent_no", "you cannot disable your own account", reason="user.self"
                    )
                self._keep_an_admin(session, agent)
            if bool(agent.active) != active:
                agent.active = active
                audit.record(session, self._clock, actor.agent_no, action, agent.agent_no)
            return _info(agent)

    def set_role(self, actor: AgentInfo | None, agent_no: str, role: str) -> AgentInfo:
        require(actor, Permission.MANAGE_ACCOUNTS, self._audit, f"user.role {agent_no}")
        assert actor is not None
        with self._audit.attempt(actor.agent_no, "user.role", agent_no):
            _check_role(role)
            with self._sessions.begin() as session:
                agent = self._agent(session, agent_no)
                if agent.role == role:
                    return _info(agent)
                if agent.role == "admin":
                    self._keep_an_admin(session, agent)
                before, agent.role = agent.role, role
                audit.record(
                    session,
                    self._clock,
                    actor.agent_no,
                    "user.role",
                    agent.agent_no,
                    f"{before}->{role}",
                )
                return _info(agent)

    def accounts(self, actor: AgentInfo | None) -> list[AgentInfo]:
        """Every account, disabled ones too, for an administrator."""
        require(actor, Permission.MANAGE_ACCOUNTS, self._audit, "user.list")
        return self.list()

    def mirror(self, agent: AgentInfo) -> AgentInfo:
        """A copy of an account from another store (training's own database): the same id,
        number, name and role, so practice calls have their agent; it can never log in."""
        with self._sessions.begin() as session:
            existing = session.get(Agent, agent.id)
            if existing is not None:
                return _info(existing)
            copy = Agent(
                id=agent.id,
                public_id=agent.public_id,
                agent_no=agent.agent_no,
                name=agent.name,
                role=agent.role,
                password_hash="!copy-cannot-log-in",
                created_at=self._clock.now(),
            )
            session.add(copy)
            session.flush()
            audit.record(session, self._clock, agent.agent_no, "user.mirror", agent.agent_no)
            return _info(copy)

    def list(self) -> list[AgentInfo]:
        with self._sessions() as session:
            return [_info(a) for a in session.scalars(select(Agent).order_by(Agent.agent_no))]

    def get(self, agent_no: str) -> AgentInfo:
        with self._sessions() as session:
            agent = session.scalar(select(Agent).where(Agent.agent_no == agent_no))
            if agent is None:
                raise NotFound(f"no agent {agent_no}")
            return _info(agent)

    def _agent(self, session: Session, agent_no: str) -> Agent:
        agent = session.scalar(select(Agent).where(Agent.agent_no == agent_no.strip()))
        if agent is None:
            raise NotFound(f"no account {agent_no}", reason="user.unknown", agent_no=agent_no)
        return agent

    def _keep_an_admin(self, session: Session, agent: Agent) -> None:
        """The last active administrator can be neither disabled nor given another role."""
        if agent.role == "admin" and agent.active and _active_admins(session) <= 1:
            raise ValidationError(
                "role",
                "this is the last active administrator; make another one first",
                reason="user.last_admin",
            )


def _active_admins(session: Session) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(Agent)
            .where(Agent.role == "admin", Agent.active.is_(True))
        )
        or 0
    )


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValidationError(
            "role", f"role must be one of {', '.join(ROLES)}", reason="role.unknown"
        )


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            "password",
            f"a password needs at least {MIN_PASSWORD_LENGTH} characters",
            reason="password.short",
            minimum=MIN_PASSWORD_LENGTH,
        )


def _local(when: datetime, zone: tzinfo) -> str:
    """In the branch's zone, as every time is shown (not the PC's)."""
    return when.astimezone(zone).strftime("%H:%M:%S")


def check_password_in(
    db_path: Path, agent_no: str, password: str, key: str | None = None
) -> AgentInfo:
    """The account of `agent_no` in another database file (a backup), read-only, or AuthError.

    For putting a backup back when the desk's own database is too damaged to open: nothing
    can be counted or audited there, so the backup's own account must let the person in.
    """
    agent_no = agent_no.strip()
    row = None
    try:
        plain = state_of(db_path) is FileState.PLAIN  # a backup from before encryption
        con = connect(db_path, None if plain else key, readonly=True)
        try:
            row = con.execute(
                "SELECT id, public_id, agent_no, name, role, password_hash, active "
                "FROM agents WHERE agent_no = ?",
                (agent_no,),
            ).fetchone()
        finally:
            con.close()
    except DB_ERRORS:
        row = None
    stored = row[5] if row else UNKNOWN_ACCOUNT_HASH
    if not verify_password(password, stored) or row is None:
        raise AuthError()
    if not row[6]:
        raise AccountDisabled()
    return AgentInfo(row[0], row[1], row[2], row[3], row[4], True)
