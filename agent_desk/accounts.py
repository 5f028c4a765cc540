"""Accounts: who may log in, with which role, and the lockout after wrong passwords."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from agent_desk import audit
from agent_desk.clock import Clock
from agent_desk.errors import AccountLocked, AuthError, NotFound, ValidationError
from agent_desk.models import Agent
from agent_desk.models.agents import ROLES
from agent_desk.models.engine import SessionFactory
from agent_desk.passwords import hash_password, verify_password
from agent_desk.policy import Policy

MIN_PASSWORD_LENGTH = 6


@dataclass(frozen=True)
class AgentInfo:
    id: int
    public_id: str
    agent_no: str
    name: str
    role: str

    @property
    def is_supervisor(self) -> bool:
        return self.role in ("supervisor", "admin")


def _info(agent: Agent) -> AgentInfo:
    return AgentInfo(agent.id, agent.public_id, agent.agent_no, agent.name, agent.role)


class AccountService:
    def __init__(self, sessions: SessionFactory, clock: Clock, policy: Policy) -> None:
        self._sessions = sessions
        self._clock = clock
        self._zone = policy.zone  # lockout times are shown in the branch's time
        self._max_failed = int(policy.get("accounts.max_failed_logins", 5))
        self._lockout = timedelta(minutes=float(policy.get("accounts.lockout_minutes", 5)))

    def has_admin(self) -> bool:
        with self._sessions() as session:
            count = session.scalar(
                select(func.count())
                .select_from(Agent)
                .where(Agent.role == "admin", Agent.active.is_(True))
            )
            return bool(count)

    def create(
        self, agent_no: str, name: str, role: str, password: str, actor: str = ""
    ) -> AgentInfo:
        agent_no, name = agent_no.strip(), name.strip()
        if not agent_no or not agent_no.isalnum() or len(agent_no) > 16:
            raise ValidationError(
                "agent_no", "an agent number is 1-16 letters or digits", reason="agent_no.format"
            )
        if not name:
            raise ValidationError("name", "a name is required", reason="name.required")
        if role not in ROLES:
            raise ValidationError(
                "role", f"role must be one of {', '.join(ROLES)}", reason="role.unknown"
            )
        _check_password(password)
        try:
            with self._sessions.begin() as session:
                agent = Agent(
                    agent_no=agent_no,
                    name=name,
                    role=role,
                    password_hash=hash_password(password),
                    created_at=self._clock.now(),
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

    def login(self, agent_no: str, password: str) -> AgentInfo:
        now = self._clock.now()
        with self._sessions.begin() as session:
            agent = session.scalar(select(Agent).where(Agent.agent_no == agent_no.strip()))
            if agent is None or not agent.active:
                audit.record(session, self._clock, agent_no.strip()[:16], "login.unknown")
                raise AuthError()
            if agent.locked_until and agent.locked_until > now:
                audit.record(session, self._clock, agent.agent_no, "login.refused_locked")
                raise AccountLocked(until=_local(agent.locked_until, self._zone))
            if not verify_password(password, agent.password_hash):
                agent.failed_logins += 1
                if agent.failed_logins >= self._max_failed:
                    agent.locked_until = now + self._lockout
                    agent.failed_logins = 0
                    audit.record(
                        session,
                        self._clock,
                        agent.agent_no,
                        "login.lockout",
                        detail=f"until {agent.locked_until.isoformat()}",
                    )
                    locked = AccountLocked(until=_local(agent.locked_until, self._zone))
                else:
                    audit.record(
                        session,
                        self._clock,
                        agent.agent_no,
                        "login.failed",
                        detail=f"attempt {agent.failed_logins}",
                    )
                    locked = None
            else:
                agent.failed_logins = 0
                agent.locked_until = None
                audit.record(session, self._clock, agent.agent_no, "login.ok")
                return _info(agent)
        # Raised after the commit: the failed attempt and any lockout must be stored.
        raise locked or AuthError()

    def change_password(self, agent_no: str, new_password: str, actor: str = "") -> None:
        _check_password(new_password)
        with self._sessions.begin() as session:
            agent = session.scalar(select(Agent).where(Agent.agent_no == agent_no))
            if agent is None:
                raise NotFound(f"no agent {agent_no}")
            agent.password_hash = hash_password(new_password)
            agent.failed_logins = 0
            agent.locked_until = None
            audit.record(session, self._clock, actor or agent_no, "user.passwd", agent_no)

    def list(self) -> list[AgentInfo]:
        with self._sessions() as session:
            return [_info(a) for a in session.scalars(select(Agent).order_by(Agent.agent_no))]

    def get(self, agent_no: str) -> AgentInfo:
        with self._sessions() as session:
            agent = session.scalar(select(Agent).where(Agent.agent_no == agent_no))
            if agent is None:
                raise NotFound(f"no agent {agent_no}")
            return _info(agent)


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
