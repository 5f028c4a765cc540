"""The store refuses bad records: constraints the agent would otherwise see as wrong reports."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, StatementError

from agent_desk.models import Agent, Call, Case, Customer, CustomerPhone, Shift


def _agent(session, clock, no: str = "1001") -> Agent:
    agent = Agent(
        agent_no=no, name="王小明", role="agent", password_hash="x", created_at=clock.now()
    )
    session.add(agent)
    session.flush()
    return agent


def test_times_come_back_aware_in_utc(services, clock):
    beijing = timezone(timedelta(hours=8))
    rang = datetime(2026, 11, 24, 9, 30, tzinfo=beijing)
    with services.store.sessions.begin() as s:
        agent = _agent(s, clock)
        s.add(Call(agent_id=agent.id, ring_started_at=rang))
    with services.store.sessions() as s:
        call = s.scalars(select(Call)).one()
    assert call.ring_started_at == rang
    assert call.ring_started_at.utcoffset() == timedelta(0)
    assert call.ring_started_at.hour == 1


def test_naive_times_are_refused(services, clock):
    with pytest.raises(StatementError), services.store.sessions.begin() as s:
        agent = _agent(s, clock)
        s.add(Call(agent_id=agent.id, ring_started_at=datetime(2026, 11, 24, 9, 30)))
        s.flush()


def test_public_ids_are_uuids_and_unique(services, clock):
    with services.store.sessions.begin() as s:
        a, b = _agent(s, clock, "1001"), _agent(s, clock, "1002")
        assert uuid.UUID(a.public_id) != uuid.UUID(b.public_id)


@pytest.mark.parametrize("satisfaction", [0, 6])
def test_satisfaction_outside_one_to_five_is_refused(services, clock, satisfaction):
    with pytest.raises(IntegrityError), services.store.sessions.begin() as s:
        agent = _agent(s, clock)
        s.add(Call(agent_id=agent.id, ring_started_at=clock.now(), satisfaction=satisfaction))
        s.flush()


def test_unknown_role_and_duplicate_agent_number_are_refused(services, clock):
    with pytest.raises(IntegrityError), services.store.sessions.begin() as s:
        s.add(Agent(agent_no="1", name="x", role="boss", password_hash="x", created_at=clock.now()))
        s.flush()
    with pytest.raises(IntegrityError), services.store.sessions.begin() as s:
        _agent(s, clock, "7")
        _agent(s, clock, "7")


def test_a_closed_shift_must_have_an_end(services, clock):
    with pytest.raises(IntegrityError), services.store.sessions.begin() as s:
        agent = _agent(s, clock)
        s.add(Shift(agent_id=agent.id, branch_code="BR1", started_at=clock.now(), status="closed"))
        s.flush()


def test_foreign_keys_are_enforced(services, clock):
    with pytest.raises(IntegrityError), services.store.sessions.begin() as s:
        s.add(Call(agent_id=999, ring_started_at=clock.now()))
        s.flush()


def test_customer_keeps_several_numbers_and_one_number_once(services, clock):
    with services.store.sessions.begin() as s:
        c = Customer(name="张三", created_at=clock.now(), updated_at=clock.now())
        c.phones = [
            CustomerPhone(raw="138 0013 8000", normalised="13800138000"),
            CustomerPhone(raw="010-6552 9988", normalised="01065529988"),
        ]
        s.add(c)
    with services.store.sessions() as s:
        c = s.scalars(select(Customer)).one()
        assert [p.normalised for p in c.phones] == ["13800138000", "01065529988"]
    with pytest.raises(IntegrityError), services.store.sessions.begin() as s:
        c = s.scalars(select(Customer)).one()
        c.phones.append(CustomerPhone(raw="+86 138 0013 8000", normalised="13800138000"))
        s.flush()


def test_case_kind_and_status_are_checked(services, clock):
    with pytest.raises(IntegrityError), services.store.sessions.begin() as s:
        s.add(Case(number="TS-1", kind="gossip", received_at=clock.now()))
        s.flush()
    with pytest.raises(IntegrityError), services.store.sessions.begin() as s:
        s.add(Case(number="TS-2", kind="complaint", status="forgotten", received_at=clock.now()))
        s.flush()
