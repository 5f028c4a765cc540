"""A call from ring to saved record: the three-ring verdict, abandoned calls, drafts, follow-ups."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from agent_desk.calls.service import CallRecord, CallStateError
from agent_desk.errors import ValidationError
from agent_desk.models import Call, CallDraft, Customer


@pytest.fixture
def agent(services):
    return services.accounts.create("1001", "王小明", "agent", "password-1")


def good_record(**changes: Any) -> CallRecord:
    base = CallRecord(
        category="inquiry",
        subject="宽带资费",
        question="包月套餐多少钱？",
        answer="每月 99 元",
        resolution="resolved",
        satisfaction=5,
        greeting_given=True,
        signoff_given=True,
    )
    return CallRecord(**{**base.__dict__, **changes})


def test_answered_at_14_9_seconds_is_stored_within_the_rule(services, clock, agent):
    call = services.calls.ring("+86 138-0013-8000", agent_id=agent.id, cti_call_id="pbx-1")
    assert (call.caller_normalised, call.outcome) == ("13800138000", "ringing")
    clock.advance(14.9)
    answered = services.calls.answer(call.public_id)
    assert (answered.answer_delay_ms, answered.within_rule) == (14900, True)
    assert answered.answered_at == call.ring_started_at + timedelta(seconds=14.9)


def test_answered_at_15_1_seconds_breaks_the_rule(services, clock, agent):
    call = services.calls.ring("13800138000", agent_id=agent.id)
    clock.advance(15.1)
    answered = services.calls.answer(call.public_id)
    assert (answered.answer_delay_ms, answered.within_rule) == (15100, False)


@pytest.mark.parametrize(("seconds", "within"), [(8.0, True), (21.0, False)])
def test_caller_hanging_up_first_is_an_abandoned_call_with_its_ring_time(
    services, clock, agent, seconds, within
):
    call = services.calls.ring("010-6552 9988", agent_id=agent.id)
    clock.advance(seconds)
    ended = services.calls.hang_up(call.public_id)
    assert ended.outcome == "abandoned"
    assert ended.ring_duration_ms == seconds * 1000
    assert ended.within_rule is within
    assert ended.answer_delay_ms is None
    with pytest.raises(CallStateError):
        services.calls.save_record(call.public_id, good_record(), actor=agent)


def test_saving_the_record_stores_every_field_and_ends_the_wrap_up(services, clock, agent):
    call = services.calls.ring("13800138000", agent_id=agent.id)
    clock.advance(3)
    services.calls.answer(call.public_id)
    clock.advance(120)
    services.calls.hang_up(call.public_id)
    clock.advance(45)
    saved = services.calls.save_record(call.public_id, good_record(), actor=agent).call
    assert saved.saved_at == clock.now()
    assert saved.wrapup_ended_at == clock.now()
    assert saved.wrapup_ended_at - saved.ended_at == timedelta(seconds=45)
    record = services.calls.record_of(call.public_id)
    assert record.question == "包月套餐多少钱？"
    assert (record.greeting_given, record.signoff_given, record.satisfaction) == (True, True, 5)
    with pytest.raises(CallStateError):
        services.calls.save_record(call.public_id, good_record(), actor=agent)


def test_every_problem_of_a_record_is_reported_by_field(services, agent):
    problems = services.calls.validate(
        CallRecord(category="gossip", subject="", question=" ", satisfaction=7)
    )
    reasons = {(p.field, p.params["reason"]) for p in problems}
    assert reasons == {
        ("category", "call.category.unknown"),
        ("subject", "call.subject.required"),
        ("question", "call.question.required"),
        ("resolution", "call.resolution.required"),
        ("satisfaction", "call.satisfaction.range"),
    }


def test_resolved_call_needs_the_answer_given(services, agent):
    problems = services.calls.validate(good_record(answer=""))
    assert [p.params["reason"] for p in problems] == ["call.answer.required"]
    assert services.calls.validate(good_record(answer="", resolution="transferred")) == []


def test_an_invalid_save_changes_nothing(services, clock, agent):
    call = services.calls.ring("13800138000", agent_id=agent.id)
    services.calls.answer(call.public_id)
    with pytest.raises(ValidationError) as raised:
        services.calls.save_record(call.public_id, good_record(subject="长" * 201), actor=agent)
    assert raised.value.field == "subject"
    assert services.calls.get(call.public_id).saved_at is None


def test_a_failing_save_rolls_back_as_one_transaction(services, clock, agent):
    """A customer id that does not exist fails the foreign key: nothing of the save stays."""
    call = services.calls.ring("13800138000", agent_id=agent.id)
    services.calls.answer(call.public_id)
    services.calls.save_draft(agent.id, call.public_id, good_record(subject="half"))
    with pytest.raises(IntegrityError):  # the foreign key, not some unrelated bug
        services.calls.save_record(call.public_id, good_record(customer_id=999_999), actor=agent)
    after = services.calls.get(call.public_id)
    assert (after.saved_at, after.category, after.subject) == (None, None, "")
    assert len(services.calls.pending_drafts(agent.id)) == 1


def test_saving_removes_the_draft_in_the_same_transaction(services, clock, agent):
    call = services.calls.ring("13800138000", agent_id=agent.id)
    services.calls.answer(call.public_id)
    services.calls.save_draft(agent.id, call.public_id, good_record(subject="draft 1"))
    services.calls.save_draft(agent.id, call.public_id, good_record(subject="draft 2"))
    drafts = services.calls.pending_drafts(agent.id)
    assert [d.record.subject for d in drafts] == ["draft 2"]  # replaced, not piled up
    assert drafts[0].call_public_id == call.public_id
    services.calls.save_record(call.public_id, good_record(), actor=agent)
    assert services.calls.pending_drafts(agent.id) == []
    with services.store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(CallDraft)) == 0


def test_draft_round_trips_the_callback_time(services, clock, agent):
    due = clock.now() + timedelta(days=1)
    record = good_record(needs_follow_up=True, follow_up_kind="callback", callback_due_at=due)
    services.calls.save_draft(agent.id, None, record, extra={"caller": "138"})
    (draft,) = services.calls.pending_drafts(agent.id)
    assert draft.record == record
    assert draft.extra == {"caller": "138"}
    services.calls.discard_draft(draft.id)
    assert services.calls.pending_drafts(agent.id) == []


def test_desk_phone_answered_without_an_answer_event_is_answered_at_save(services, clock, agent):
    call = services.calls.ring("13800138000", agent_id=agent.id)
    clock.advance(4)
    saved = services.calls.save_record(call.public_id, good_record(), actor=agent).call
    assert (saved.outcome, saved.answer_delay_ms, saved.within_rule) == ("answered", 4000, True)


def test_outbound_call_from_a_customer_card_is_recorded_as_outbound(services, clock, agent):
    call = services.calls.place_outbound("0086 139 0000 1111", agent_id=agent.id)
    assert (call.direction, call.caller_normalised, call.outcome) == (
        "outbound",
        "13900001111",
        "answered",
    )
    assert call.within_rule is None
    with pytest.raises(ValidationError):
        services.calls.place_outbound("   ", agent_id=agent.id)


def test_needs_follow_up_opens_a_case_linked_to_the_call(services, clock, agent):
    call = services.calls.ring("13800138000", agent_id=agent.id)
    services.calls.answer(call.public_id)
    saved = services.calls.save_record(
        call.public_id,
        good_record(category="complaint", resolution="follow_up", needs_follow_up=True),
        actor=agent,
    )
    case = services.cases.get(saved.case_id)
    assert (case.kind, case.call_id, case.contact) == ("complaint", saved.call.id, "13800138000")
    assert case.received_at == call.ring_started_at


def test_callback_follow_up_needs_a_customer_and_a_future_time(services, clock, agent):
    with services.store.sessions.begin() as session:
        customer = Customer(name="李女士", created_at=clock.now(), updated_at=clock.now())
        session.add(customer)
        session.flush()
        customer_id = customer.id
    calls = services.calls
    call = calls.ring("13800138000", agent_id=agent.id)
    calls.answer(call.public_id)
    record = good_record(needs_follow_up=True, follow_up_kind="callback")
    reasons = {p.params["reason"] for p in calls.validate(record)}
    assert reasons == {"call.callback.customer_required", "call.callback_due.required"}
    due = clock.now() + timedelta(hours=2)
    saved = calls.save_record(
        call.public_id,
        good_record(
            needs_follow_up=True,
            follow_up_kind="callback",
            callback_due_at=due,
            customer_id=customer_id,
        ),
        actor=agent,
    )
    callback = services.callbacks.get(saved.callback_id)
    assert (callback.due_at, callback.customer_id, callback.agent_id) == (
        due,
        customer_id,
        agent.id,
    )


def test_calls_may_leave_the_shift_empty_and_are_found_by_agent_and_time(services, agent):
    call = services.calls.ring("13800138000", agent_id=agent.id)
    with services.store.sessions() as session:
        row = session.scalar(select(Call).where(Call.public_id == call.public_id))
        assert row.shift_id is None
    assert [c.public_id for c in services.calls.recent(agent.id)] == [call.public_id]


def test_ring_reported_late_by_the_f2_key_counts_from_when_it_began(services, clock, agent):
    began = clock.monotonic()
    clock.advance(6)  # the agent typed the number shown on the desk phone
    call = services.calls.ring("13800138000", agent_id=agent.id, rang_since=began)
    assert call.ring_started_at == clock.now() - timedelta(seconds=6)
    clock.advance(9.5)
    answered = services.calls.answer(call.public_id)
    assert (answered.answer_delay_ms, answered.within_rule) == (15500, False)


def test_follow_up_opens_a_real_complaint_case_and_a_real_callback(services, clock, agent):
    """The link to the cases and callbacks services as they are registered in Services."""
    call = services.calls.ring("13800138000", agent_id=agent.id)
    services.calls.answer(call.public_id)
    saved = services.calls.save_record(
        call.public_id,
        good_record(category="complaint", resolution="follow_up", needs_follow_up=True),
        actor=agent,
    )
    assert saved.follow_up_error is None
    case = services.cases.get(saved.case_id)
    assert (case.kind, case.call_id) == ("complaint", saved.call.id)

    with services.store.sessions.begin() as session:
        customer = Customer(name="李女士", created_at=clock.now(), updated_at=clock.now())
        session.add(customer)
        session.flush()
        customer_id = customer.id
    second = services.calls.ring("13900001111", agent_id=agent.id)
    services.calls.answer(second.public_id)
    due = clock.now() + timedelta(days=1)
    saved = services.calls.save_record(
        second.public_id,
        good_record(
            needs_follow_up=True,
            follow_up_kind="callback",
            callback_due_at=due,
            customer_id=customer_id,
        ),
        actor=agent,
    )
    assert saved.follow_up_error is None
    callback = services.callbacks.get(saved.callback_id)
    assert (callback.customer_id, callback.due_at) == (customer_id, due)


def test_a_complaint_from_a_known_callers_call_names_them_as_the_complainant(
    services, clock, agent
):
    """The case detail and the daily archive show who complained, not an empty field."""
    with services.store.sessions.begin() as session:
        customer = Customer(name="张三", created_at=clock.now(), updated_at=clock.now())
        session.add(customer)
        session.flush()
        customer_id = customer.id
    call = services.calls.ring("13800138000", agent_id=agent.id)
    services.calls.set_customer(call.public_id, customer_id)
    services.calls.answer(call.public_id)
    record = good_record(category="complaint", resolution="follow_up", needs_follow_up=True)
    saved = services.calls.save_record(call.public_id, record, actor=agent)
    case = services.cases.get(saved.case_id)
    assert (case.complainant, case.customer_id, case.contact) == (
        "张三",
        customer_id,
        "13800138000",
    )
    unknown = services.calls.ring("13911112222", agent_id=agent.id)
    services.calls.answer(unknown.public_id)
    saved = services.calls.save_record(unknown.public_id, record, actor=agent)
    assert services.cases.get(saved.case_id).complainant == ""
