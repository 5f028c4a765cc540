"""The audit log: an append-only record of who did what, for supervisors and for 保密."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_desk.clock import Clock
from agent_desk.models import AuditEvent
from agent_desk.models.engine import SessionFactory


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    actor: str
    action: str
    target: str
    detail: str


def record(
    session: Session, clock: Clock, actor: str, action: str, target: str = "", detail: str = ""
) -> None:
    """Add an audit event inside the caller's transaction, so it commits with the change."""
    session.add(
        AuditEvent(at=clock.now(), actor=actor, action=action, target=target, detail=detail)
    )


class AuditService:
    def __init__(self, sessions: SessionFactory, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def record(self, actor: str, action: str, target: str = "", detail: str = "") -> None:
        with self._sessions.begin() as session:
            record(session, self._clock, actor, action, target, detail)

    def recent(self, limit: int = 100, action: str | None = None) -> list[AuditRow]:
        with self._sessions() as session:
            query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
            if action:
                query = query.where(AuditEvent.action == action)
            return [
                AuditRow(e.at, e.actor, e.action, e.target, e.detail)
                for e in session.scalars(query)
            ]
