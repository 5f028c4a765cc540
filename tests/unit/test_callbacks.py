"""Callbacks (回访): due, snoozed, overdue and done, under an injected clock."""

from __future__ import annotations

from datetime import timedelta

import pytest

from agent_desk.accounts import AgentInfo
from agent_desk.callbacks import CallbackClosed
from agent_desk.errors import PermissionDenied, ValidationError
from agent_desk.services import Services


@pytest.fixture
def agent(services: Services) -> AgentInfo:
    return services.accounts.create("1001", "张三", "agent", "secret1")


@pytest.fixture
def case(services: Services, agent: AgentInfo):
    return services.cases.open_case(
        "complaint", actor=agent, matter="网络故障", contact="13812341234"
    )


def test_callback_is_reminded_ten_minutes_ahead_and_overdue_after_the_grace(
    services, agent, case, clock
) -> None:
    cb = services.callbacks.schedule(
        actor=agent,
        due_at=clock.now() + timedelta(hours=2),
        purpose="回访处理结果",
        case_id=case.id,
    )
    assert cb.number == "13812341234" and cb.case_number == case.number
    assert services.callbacks.due(agent_id=agent.id) == []
    state = services.callbacks.deadline_state
    clock.advance(2 * 3600 - 26 * 60)  # the reminder in 16 minutes: nothing to flag yet
    assert state(services.callbacks.get(cb.id)) == "ok"
    clock.advance(60)  # the reminder in 15 minutes: amber in "My follow-ups"
    assert state(services.callbacks.get(cb.id)) == "due_soon"
    clock.advance(15 * 60 - 1)
    assert services.callbacks.due() == []
    clock.advance(1)  # 10 minutes before the promised time: remind, so the call is on time
    assert [c.id for c in services.callbacks.due(agent_id=agent.id)] == [cb.id]
    assert state(services.callbacks.get(cb.id)) == "due"
    clock.advance(10 * 60 + 15 * 60)  # the promised time plus the 15-minute grace
    assert services.callbacks.overdue() == []
    clock.advance(1)
    assert [c.id for c in services.callbacks.overdue()] == [cb.id]
    assert services.callbacks.deadline_state(services.callbacks.get(cb.id)) == "overdue"
    # The case log shows the callback was promised.
    promised = services.cases.timeline(case.id)[-1]
    assert (promised.kind, promised.text) == ("callback", "2026-11-24 11:00 回访处理结果")


def test_a_callback_done_just_after_its_time_counts_on_time_in_the_summary(
    services, agent, case, clock
) -> None:
    """The reminder used to come at the due time, so a call made 20 s later was late."""
    from tests.unit.test_shift_summary import PlainRenderer

    shift = services.shifts.start(agent)
    due = clock.now() + timedelta(hours=1)
    made = [
        services.callbacks.schedule(
            actor=agent, due_at=due + timedelta(minutes=i), purpose=f"回访{i}", case_id=case.id
        )
        for i in range(3)
    ]
    clock.set(due - timedelta(minutes=10))
    assert [c.id for c in services.callbacks.due(agent_id=agent.id)] == [made[0].id]
    clock.set(due + timedelta(seconds=20))  # reminded 10 min ago; called 20 s after the time
    services.callbacks.done(made[0].id, actor=agent, outcome="已解决")
    clock.set(due + timedelta(minutes=1, seconds=15 * 60))  # the second at its grace's end
    services.callbacks.done(made[1].id, actor=agent, outcome="已解决")
    clock.set(due + timedelta(minutes=2, seconds=15 * 60 + 1))  # the third 1 s after it
    services.callbacks.done(made[2].id, actor=agent, outcome="已解决")
    assert [services.callbacks.get(c.id).done_on_time for c in made] == [True, True, False]
    clock.advance(600)
    summary = services.shifts.close(shift.id, "en", PlainRenderer()).summary
    assert summary["callbacks"] == {"due": 3, "done_on_time": 2, "done_late": 1, "overdue": 0}
    assert summary["rule"]["callback_grace_minutes"] == 15


def test_snooze_moves_the_reminder_but_not_the_promise(services, agent, case, clock) -> None:
    cb = services.callbacks.schedule(
        actor=agent, due_at=clock.now(), purpose="回访", case_id=case.id
    )
    assert [c.id for c in services.callbacks.due()] == [cb.id]
    services.callbacks.snooze(cb.id, actor=agent, minutes=10)
    assert services.callbacks.due() == []
    clock.advance(10 * 60)
    assert [c.id for c in services.callbacks.due()] == [cb.id]
    services.callbacks.snooze(cb.id, actor=agent, minutes=25)
    clock.advance(6 * 60)  # 16 min after the promised time, past its grace, still snoozed
    assert services.callbacks.due() == []
    assert [c.id for c in services.callbacks.overdue()] == [cb.id]
    with pytest.raises(ValidationError):
        services.callbacks.snooze(cb.id, actor=agent, minutes=0)


def test_done_records_the_outcome_and_call_and_counts_as_case_feedback(
    services, agent, case, clock
) -> None:
    cb = services.callbacks.schedule(
        actor=agent, due_at=clock.now(), purpose="回访", case_id=case.id
    )
    with pytest.raises(ValidationError):
        services.callbacks.done(cb.id, actor=agent, outcome="")
    done = services.callbacks.done(cb.id, actor=agent, outcome="客户满意")
    assert (done.status, done.outcome, done.done_at) == ("done", "客户满意", clock.now())
    assert services.callbacks.due() == [] and services.callbacks.overdue() == []
    assert services.cases.get(case.id).first_feedback_at == clock.now()
    assert services.cases.timeline(case.id)[-1].kind == "contact"
    with pytest.raises(CallbackClosed):
        services.callbacks.snooze(cb.id, actor=agent, minutes=5)


def test_attempt_without_reaching_the_customer_keeps_it_pending(services, agent, case, clock):
    cb = services.callbacks.schedule(
        actor=agent, due_at=clock.now(), purpose="回访", case_id=case.id
    )
    after = services.callbacks.done(cb.id, actor=agent, outcome="无人接听", reached=False)
    assert after.status == "pending" and "无人接听" in after.outcome
    assert services.cases.get(case.id).first_feedback_at is None


def test_a_callback_needs_a_customer_or_case(services, agent, clock) -> None:
    with pytest.raises(ValidationError):
        services.callbacks.schedule(actor=agent, due_at=clock.now(), purpose="x")


def test_agents_see_their_own_and_cannot_close_anothers(services, agent, case, clock) -> None:
    other = services.accounts.create("1002", "李四", "agent", "secret1")
    boss = services.accounts.create("9001", "王主管", "supervisor", "secret1")
    cb = services.callbacks.schedule(
        actor=agent, due_at=clock.now(), purpose="回访", case_id=case.id, agent_id=other.id
    )
    assert services.callbacks.due(agent_id=agent.id) == []
    assert [c.id for c in services.callbacks.due(agent_id=other.id)] == [cb.id]
    with pytest.raises(PermissionDenied):
        services.callbacks.done(cb.id, actor=agent, outcome="x")
    assert services.callbacks.cancel(cb.id, actor=boss, reason="客户已来电").status == "cancelled"


def test_callback_for_a_customer_dials_their_first_number(services, agent, clock) -> None:
    from agent_desk.models.customers import Customer, CustomerPhone

    with services.store.sessions.begin() as session:
        customer = Customer(name="赵六", created_at=clock.now(), updated_at=clock.now())
        customer.phones.append(CustomerPhone(raw="0755-8888 6666", normalised="075588886666"))
        session.add(customer)
        session.flush()
        customer_id = customer.id
    cb = services.callbacks.schedule(
        actor=agent, due_at=clock.now(), purpose="账单解释", customer_id=customer_id
    )
    assert (cb.customer_name, cb.number, cb.case_id) == ("赵六", "0755-8888 6666", None)
    services.callbacks.done(cb.id, actor=agent, outcome="已解释")
    assert [c.id for c in services.callbacks.for_customer(customer_id)] == [cb.id]
    assert services.callbacks.pending(customer_id=customer_id) == []
