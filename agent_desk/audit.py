"""The audit log: an append-only, hash-chained record of who did what, for 保密.

Two ways in. `record(session, …)` adds a row inside the caller's transaction, so it commits
with the change it describes. `AuditService.record(…)` writes a row in a transaction of its
own: for what must stay even when the action itself fails and rolls back (a refusal, a failed
change of accounts or settings, an export that broke off).

Every row is chained to the one before it (`agent_desk/audit_chain.py`); the chain is built
while the transaction holds SQLite's write lock (BEGIN IMMEDIATE), so two programs writing at
once still make one chain. Triggers refuse UPDATE and DELETE on the table.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from agent_desk.agent_numbers import audit_actor
from agent_desk.audit_anchor import Anchor, AnchorProblem, compare, outbox_anchors, read_anchors
from agent_desk.audit_chain import GENESIS, Broken, first_broken, missing_guards, row_hash
from agent_desk.clock import Clock
from agent_desk.errors import AgentDeskError
from agent_desk.models import Agent, AuditEvent
from agent_desk.models.engine import SessionFactory

ACTOR_LENGTH = 16
TARGET_LENGTH = 128


@dataclass(frozen=True)
class RoleMismatch:
    """An account whose role is not the one the audit log last gave it."""

    agent_no: str
    role: str
    logged_role: str
    row_id: int

    @property
    def message(self) -> str:
        return (
            f"account {self.agent_no} is {self.role} in the accounts table, but the audit "
            f"log's last role change (row {self.row_id}) made it {self.logged_role}"
        )


@dataclass(frozen=True)
class AuditCheck:
    """What `audit verify` found: the chain, the guard triggers, the roles, the anchors."""

    rows: int
    broken: Broken | None
    missing_guards: tuple[str, ...]
    roles: tuple[RoleMismatch, ...]
    anchors: int  # compared with the log
    anchor_problems: tuple[AnchorProblem, ...]
    skipped: tuple[tuple[str, str], ...]  # files under --anchors that are no anchor
    newest_anchor: Anchor | None

    @property
    def ok(self) -> bool:
        return not (self.broken or self.missing_guards or self.roles or self.anchor_problems)


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str
    target: str
    detail: str


def record(
    session: Session, clock: Clock, actor: str, action: str, target: str = "", detail: str = ""
) -> None:
    """Add an audit event inside the caller's transaction, so it commits with the change."""
    last = session.execute(
        select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).first()
    prev_id, prev_hash = (last[0], last[1]) if last else (0, GENESIS)
    row_id = prev_id + 1
    at = clock.now()
    # A typed agent number that could be no account's is kept quoted and escaped.
    actor, target = audit_actor(actor)[:ACTOR_LENGTH], target[:TARGET_LENGTH]
    session.add(
        AuditEvent(
            id=row_id,
            at=at,
            actor=actor,
            action=action,
            target=target,
            detail=detail,
            prev_hash=prev_hash,
            hash=row_hash(prev_hash, row_id, at, actor, action, target, detail),
        )
    )
    session.flush()  # the next row of this transaction chains to this one


class AuditService:
    def __init__(self, sessions: SessionFactory, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def record(self, actor: str, action: str, target: str = "", detail: str = "") -> None:
        """Write one row in a transaction of its own (it stays whatever happens next)."""
        with self._sessions.begin() as session:
            record(session, self._clock, actor, action, target, detail)

    @contextmanager
    def attempt(self, actor: str, action: str, target: str = "") -> Iterator[None]:
        """Around a change whose own transaction writes the success row: when the change
        fails, `<action>.failed` with the reason is written in a transaction of its own."""
        try:
            yield
        except AgentDeskError as exc:
            reason = str(exc.params.get("reason") or exc.code)
            self.record(actor, f"{action}.failed", target, reason)
            raise

    def recent(self, limit: int = 100, action: str | None = None) -> list[AuditRow]:
        with self._sessions() as session:
            query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
            if action:
                query = query.where(AuditEvent.action == action)
            return [_row(e) for e in session.scalars(query)]

    def since(self, when: datetime | None, limit: int | None = None) -> list[AuditRow]:
        """Rows at or after `when` (all rows without it), oldest first."""
        with self._sessions() as session:
            query = select(AuditEvent).order_by(AuditEvent.id)
            if when is not None:
                query = query.where(AuditEvent.at >= when)
            if limit is not None:
                query = query.limit(limit)
            return [_row(e) for e in session.scalars(query)]

    def verify(self) -> tuple[int, Broken | None]:
        """(rows checked, the first row where the chain breaks or None)."""
        with self._sessions() as session:
            result = session.execute(
                text(
                    "SELECT id, at, actor, action, target, detail, prev_hash, hash "
                    "FROM audit_events ORDER BY id"
                )
            )
            count = 0

            def rows() -> Iterator[tuple]:
                nonlocal count
                for row in result:
                    count += 1
                    yield tuple(row)

            broken = first_broken(rows())
            return count, broken

    def check(
        self,
        anchor_folder: Path | None = None,
        branch: str | None = None,
        desk: str | None = None,
    ) -> AuditCheck:
        """The chain, the triggers that keep the table append-only, every account's role
        against the log's last role change for it, and the log against every anchor it can
        read: the outbox's, and those in `anchor_folder` (of `branch` and `desk`)."""
        anchors: list[Anchor] = []
        skipped: list[tuple[str, str]] = []
        if anchor_folder is not None:
            anchors, skipped = read_anchors(anchor_folder, branch, desk)
        count, broken = self.verify()
        with self._sessions() as session:
            triggers = dict(
                session.execute(
                    text(
                        "SELECT name, sql FROM sqlite_master "
                        "WHERE type = 'trigger' AND tbl_name = 'audit_events'"
                    )
                ).all()
            )
            anchors = outbox_anchors(session) + anchors
            problems = compare(session, anchors)
            roles = _role_mismatches(session)
        newest = max(anchors, key=lambda a: a.last_id, default=None)
        return AuditCheck(
            count,
            broken,
            tuple(missing_guards(triggers)),
            tuple(roles),
            len(anchors),
            tuple(problems),
            tuple(skipped),
            newest,
        )


def _role_mismatches(session: Session) -> list[RoleMismatch]:
    """Accounts whose role differs from the one their last `user.create`/`user.role` row
    gives (accounts the log has no such row for, e.g. demo data, are not judged)."""
    logged: dict[str, tuple[str, int]] = {}
    for row_id, action, target, detail in session.execute(
        select(AuditEvent.id, AuditEvent.action, AuditEvent.target, AuditEvent.detail)
        .where(AuditEvent.action.in_(("user.create", "user.role")))
        .order_by(AuditEvent.id)
    ):
        if action == "user.create" and detail.startswith("role="):
            logged[target] = (detail.removeprefix("role="), row_id)
        elif action == "user.role" and "->" in detail:
            logged[target] = (detail.split("->", 1)[1], row_id)
    mismatches = []
    for agent_no, role in session.execute(select(Agent.agent_no, Agent.role).order_by(Agent.id)):
        if agent_no in logged and logged[agent_no][0] != role:
            logged_role, row_id = logged[agent_no]
            mismatches.append(RoleMismatch(agent_no, role, logged_role, row_id))
    return mismatches


def _row(event: AuditEvent) -> AuditRow:
    return AuditRow(event.id, event.at, event.actor, event.action, event.target, event.detail)
