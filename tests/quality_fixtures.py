"""Calls in a real store for the quality-review tests: answered (and complaint) calls of given
agents at given times, written as the desk would have saved them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from agent_desk.models import Agent, Call


def agent_id(services, agent_no: str) -> int:
    with services.store.sessions() as s:
        return s.query(Agent.id).filter(Agent.agent_no == agent_no).scalar()


def add_calls(
    services,
    agent_no: str,
    start: datetime,
    count: int,
    *,
    complaints: int = 0,
    outcome: str = "answered",
    every: timedelta = timedelta(minutes=30),
    cti: str | None = None,
) -> list[str]:
    """`count` calls of the agent from `start`, the first `complaints` of them complaints;
    the calls' public ids."""
    aid = agent_id(services, agent_no)
    made = []
    with services.store.sessions.begin() as s:
        for i in range(count):
            ring = start + i * every
            call = Call(
                agent_id=aid,
                ring_started_at=ring,
                answered_at=ring + timedelta(seconds=5) if outcome == "answered" else None,
                ended_at=ring + timedelta(minutes=3),
                outcome=outcome,
                category="complaint" if i < complaints else "inquiry",
                cti_call_id=cti,
                subject="宽带资费",
                question="包月多少钱",
                answer="99 元",
            )
            s.add(call)
            s.flush()
            made.append(call.public_id)
    return made


MONDAY_W48 = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)  # 09:00 Monday 2026-W48 in Shanghai
