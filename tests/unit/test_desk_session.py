"""Every rule of the call at the desk, without a screen: the desk session on a real store and a
fake clock (14.9 s / 15.1 s, never sleeping)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

import pytest

from agent_desk.calls.events import PhoneUnavailable, RingEvent
from agent_desk.calls.service import CallRecord
from agent_desk.calls.session import (
    Answered,
    CallRefused,
    DeskSession,
    HungUp,
    Problem,
    Rang,
    RecordSaved,
    RingRefused,
    SetAside,
    ShiftChanged,
    Stage,
    StageChanged,
    WaitingCall,
    WrapUpStarted,
)
from agent_desk.policy import Policy
from tests.unit.test_shift_summary import PlainRenderer

RECORD = CallRecord(
    category="inquiry", subject="资费", question="多少钱", answer="99 元", resolution="resolved"
)


@pytest.fixture
def agent(services):
    return services.accounts.create("1001", "王小明", "agent", "password-1")


@pytest.fixture
def shift(services, agent):
    services.shifts.renderer = PlainRenderer()
    return services.shifts.start(agent, "en")


@dataclass
class Heard:
    notices: list = field(default_factory=list)

    def __call__(self, notice) -> None:
        self.notices.append(notice)

    def kinds(self) -> list[str]:
        return [type(n).__name__ for n in self.notices]

    def of(self, kind: type) -> list:
        return [n for n in self.notices if isinstance(n, kind)]


def desk(services, agent, policy: Policy | None = None, **kwargs) -> tuple[DeskSession, Heard]:
    session = DeskSession(
        services.calls,
        services.clock,
        policy or services.policy,
        agent,
        shifts=services.shifts,
        **kwargs,
    )
    heard = Heard()
    session.listeners.append(heard)
    return session, heard


def cti(kind: str, caller: str = "", call_id: str | None = None) -> RingEvent:
    return RingEvent(kind, caller=caller, call_id=call_id, source="cti")


# --- the three-ring rule through the desk ----------------------------------------------------


@pytest.mark.parametrize(("seconds", "within"), [(14.9, True), (15.0, True), (15.1, False)])
def test_agent_answers_within_three_rings_up_to_15_seconds(
    services, clock, agent, shift, seconds, within
):
    session, heard = desk(services, agent)
    assert session.handle_event(cti("ring", "13800138000", "pbx-1"))["ok"]
    clock.advance(seconds)
    reply = session.handle_event(cti("answer", call_id="pbx-1"))
    call = services.calls.get(reply["call"])
    assert (call.answer_delay_ms, call.within_rule) == (round(seconds * 1000), within)
    assert session.stage is Stage.TALKING
    assert heard.kinds()[:4] == ["StageChanged", "ScenarioChanged", "Rang", "StageChanged"]
    assert isinstance(heard.notices[-1], Answered)


def test_the_call_goes_from_ringing_to_wrap_up_to_saved_and_idle(services, clock, agent, shift):
    session, heard = desk(services, agent)
    session.ring("13800138000", "pbx-1", "cti")
    session.answer()
    clock.advance(60)
    session.hang_up("pbx-1")
    assert session.stage is Stage.WRAPUP
    saved = session.save(RECORD)
    assert saved.call.shift_id == shift.id
    assert session.stage is Stage.IDLE and session.current is None
    stages = [n.stage for n in heard.of(StageChanged)]
    assert stages == [Stage.RINGING, Stage.TALKING, Stage.WRAPUP, Stage.IDLE]
    assert [type(n) for n in heard.notices if isinstance(n, HungUp | WrapUpStarted)] == [
        HungUp,
        WrapUpStarted,
    ]
    assert isinstance(heard.of(RecordSaved)[0], RecordSaved)


def test_caller_giving_up_at_14_9_s_is_abandoned_within_the_rule(services, clock, agent, shift):
    session, _ = desk(services, agent)
    call = session.ring("13800138000", "pbx-1", "cti")
    clock.advance(14.9)
    session.handle_event(cti("hangup", call_id="pbx-1"))
    stored = services.calls.get(call.public_id)
    assert (stored.outcome, stored.ring_duration_ms, stored.within_rule) == (
        "abandoned",
        14900,
        True,
    )
    assert session.stage is Stage.IDLE
    assert services.callbacks.pending(agent_id=agent.id) == []  # only busy rings get callbacks


# --- a second ring while busy ----------------------------------------------------------------


def test_a_second_call_while_talking_is_missed_counted_and_listed_for_a_callback(
    services, clock, agent, shift
):
    """It was refused (exit 2) and recorded nowhere."""
    session, heard = desk(services, agent)
    session.ring("13800138000", "pbx-1", "cti")
    session.answer()
    clock.advance(5)
    reply = session.handle_event(cti("ring", "13911112222", "pbx-2"))
    assert reply["ok"] and reply["waiting"]
    assert session.current.cti_call_id == "pbx-1" and session.stage is Stage.TALKING
    assert list(session.waiting) == ["pbx-2"]
    clock.advance(15.1)
    assert session.handle_event(cti("hangup", call_id="pbx-2"))["ok"]  # the caller gave up
    assert session.current.cti_call_id == "pbx-1" and session.stage is Stage.TALKING
    missed = services.calls.get(reply["call"])
    assert (missed.outcome, missed.rang_while_busy) == ("abandoned", True)
    assert (missed.ring_duration_ms, missed.within_rule) == (15100, False)
    assert missed.shift_id == shift.id
    (callback,) = services.callbacks.pending(agent_id=agent.id)
    assert (callback.missed_call_id, callback.number) == (missed.id, "13911112222")
    assert callback.due_at == clock.now()
    assert [n.ended for n in heard.of(WaitingCall)] == [False, True]
    summary = services.shifts.summary(shift.id, "en")
    assert summary["calls"]["offered"] == 2
    assert summary["calls"]["abandoned_after_rule"] == 1


def test_a_busy_ring_without_a_call_id_is_recorded_at_once(services, clock, agent, shift):
    session, heard = desk(services, agent)
    session.ring("13800138000", None, "manual")
    session.answer()
    reply = session.handle_event(cti("ring", "13911112222"))
    assert reply["ok"] and session.waiting == {}
    missed = services.calls.get(reply["call"])
    assert (missed.outcome, missed.rang_while_busy, missed.ring_duration_ms) == (
        "abandoned",
        True,
        None,
    )
    assert len(services.callbacks.pending(agent_id=agent.id)) == 1
    assert heard.of(WaitingCall)[0].ended


def test_a_waiting_call_still_ringing_comes_to_the_banner_when_the_call_ends(
    services, clock, agent, shift
):
    session, heard = desk(services, agent)
    session.ring("13800138000", "pbx-1", "cti")
    session.answer()
    clock.advance(4)
    second = session.ring("13911112222", "pbx-2", "cti")
    clock.advance(8)
    session.hang_up("pbx-1")
    assert session.stage is Stage.RINGING and session.current.public_id == second.public_id
    assert isinstance(heard.notices[-1], Rang)
    assert heard.of(SetAside)[0].call.cti_call_id == "pbx-1"  # its record kept as a draft
    clock.advance(2)
    answered = session.answer("pbx-2")
    assert (answered.answer_delay_ms, answered.within_rule) == (10_000, True)  # from its ring
    assert services.callbacks.pending(agent_id=agent.id) == []  # answered: nothing to return


def test_two_calls_ringing_at_once_keep_the_first_on_the_banner(services, agent, shift):
    session, _ = desk(services, agent)
    first = session.ring("13800138000", "a", "cti")
    session.ring("13911112222", "b", "cti")
    assert session.current.public_id == first.public_id and list(session.waiting) == ["b"]
    session.hang_up("a")  # the first caller gave up: the second rings on the banner
    assert session.current.cti_call_id == "b" and session.stage is Stage.RINGING


def test_the_same_ring_reported_twice_is_one_call(services, agent, shift):
    session, _ = desk(services, agent)
    one = session.handle_event(cti("ring", "13800138000", "pbx-1"))
    two = session.handle_event(cti("ring", "13800138000", "pbx-1"))
    assert one["call"] == two["call"]
    assert len(services.calls.recent(agent.id)) == 1


def test_a_call_id_sharing_64_characters_is_another_call(services, agent, shift):
    """Ids were cut at 64 characters: another id with the same start answered the call."""
    session, _ = desk(services, agent)
    mine = "x" * 64 + "-mine"
    session.ring("13800138000", mine, "cti")
    reply = session.handle_event(cti("answer", call_id="x" * 64 + "-other"))
    assert not reply["ok"] and "not the call at this desk" in reply["error"]
    assert session.stage is Stage.RINGING
    assert services.calls.get(session.current.public_id).cti_call_id == mine


# --- breaks and shifts -------------------------------------------------------------------------


def test_a_ring_during_a_break_says_so_and_answering_ends_the_break(services, agent, shift):
    services.shifts.set_state(shift.id, "break", "meal")
    session, heard = desk(services, agent)
    event = session.ring("13800138000", "pbx-1", "cti")
    assert event.on_break == "meal"
    assert services.shifts.current(agent.id).state == "break"  # ringing does not end it
    session.answer()
    assert services.shifts.current(agent.id).state == "on_call"
    assert heard.of(ShiftChanged)[-1].shift.state == "on_call"
    session.hang_up()
    assert services.shifts.current(agent.id).state == "wrap_up"
    session.save(RECORD)
    assert services.shifts.current(agent.id).state == "available"


def test_a_record_saved_during_a_break_does_not_end_the_break(services, agent, shift):
    session, _ = desk(services, agent)
    session.ring("13800138000", "pbx-1", "cti")
    session.answer()
    session.hang_up()
    services.shifts.set_state(shift.id, "break", "rest")  # the agent went on a break first
    session.save(RECORD)
    assert services.shifts.current(agent.id).state == "break"


def test_a_ring_after_the_shift_closed_opens_a_new_shift_for_the_call(
    services, clock, agent, shift
):
    """After 结束班次 the window still took calls, saved with no shift and in no summary."""
    clock.advance(3600)
    services.shifts.close(shift.id, "en")
    clock.advance(60)
    session, heard = desk(services, agent)
    call = session.ring("13800138000", "pbx-1", "cti")
    new_shift = services.shifts.current(agent.id)
    assert new_shift is not None and new_shift.id != shift.id
    assert heard.of(ShiftChanged)[0].shift.id == new_shift.id
    session.answer()
    session.hang_up()
    saved = session.save(RECORD)
    assert saved.call.shift_id == new_shift.id == services.calls.get(call.public_id).shift_id
    assert services.shifts.summary(new_shift.id, "en")["calls"]["answered"] == 1


def test_with_the_refuse_policy_a_ring_after_the_shift_is_refused_with_the_reason(
    services, clock, agent, shift
):
    services.shifts.close(shift.id, "en")
    policy = Policy({**services.policy.data, "phone": {"ring_without_shift": "refuse"}})
    session, heard = desk(services, agent, policy)
    reply = session.handle_event(cti("ring", "13800138000", "pbx-1"))
    assert not reply["ok"] and "shift is closed" in reply["error"]
    assert session.last_error.params["reason"] == "call.no_shift"
    (refused,) = heard.of(RingRefused)
    assert refused.caller == "13800138000"
    assert services.calls.recent(agent.id) == [] and session.stage is Stage.IDLE
    assert services.shifts.current(agent.id) is None
    with pytest.raises(CallRefused):
        session.place_outbound("13800138000")


def test_a_call_the_agent_places_with_no_shift_opens_one(services, agent, shift):
    services.shifts.close(shift.id, "en")
    session, _ = desk(services, agent)
    call = session.place_outbound("139 0000 1111")
    assert services.calls.get(call.public_id).shift_id == services.shifts.current(agent.id).id


def test_training_desks_take_calls_without_a_shift(services, agent):
    session, _ = desk(services, agent, training=True)
    call = session.ring("13800138000", None, "training")
    assert call.training and services.shifts.current(agent.id) is None


def test_nobody_logged_in_refuses_the_ring(services):
    session, heard = desk(services, None)
    reply = session.handle_event(cti("ring", "13800138000"))
    assert not reply["ok"] and session.last_error.params["reason"] == "call.no_agent"
    assert isinstance(heard.notices[0], RingRefused)


# --- the phone the desk drives -----------------------------------------------------------------


@dataclass
class Phone:
    """A phone that records what the desk told it (the real baresip is tested end to end)."""

    name: str = "baresip"
    offline: bool = False
    sent: list = field(default_factory=list)

    def _send(self, *command) -> None:
        if self.offline:
            raise PhoneUnavailable("baresip at 127.0.0.1:4444 is not connected")
        self.sent.append(command)

    def accept(self, call_id):
        self._send("accept", call_id)

    def hang_up(self, call_id):
        self._send("hangup", call_id)

    def dial(self, number):
        self._send("dial", number)


def test_the_desks_keys_drive_the_phone_the_call_came_from(services, agent, shift):
    session, _ = desk(services, agent)
    session.phone = phone = Phone()
    session.handle_event(RingEvent("ring", "13800138000", "sip-1", "baresip"))
    session.answer(from_desk=True)
    session.handle_event(RingEvent("answer", call_id="sip-1", source="baresip"))  # confirmed
    session.hang_up(from_desk=True)
    session.handle_event(RingEvent("hangup", call_id="sip-1", source="baresip"))
    assert phone.sent == [("accept", "sip-1"), ("hangup", "sip-1")]
    assert session.stage is Stage.WRAPUP


def test_events_from_the_phone_itself_are_not_sent_back_to_it(services, agent, shift):
    session, _ = desk(services, agent)
    session.phone = phone = Phone()
    session.handle_event(RingEvent("ring", "13800138000", "sip-1", "baresip"))
    session.handle_event(RingEvent("answer", call_id="sip-1", source="baresip"))
    session.ring("13911112222", None, "manual")  # busy: a desk-phone ring is not the softphone's
    assert phone.sent == []


def test_an_offline_phone_is_said_and_the_desk_still_records_the_key(services, clock, agent, shift):
    session, heard = desk(services, agent)
    session.phone = Phone(offline=True)
    session.handle_event(RingEvent("ring", "13800138000", "sip-1", "baresip"))
    clock.advance(3)
    answered = session.answer(from_desk=True)
    assert answered.answer_delay_ms == 3000 and session.stage is Stage.TALKING
    assert heard.of(Problem)[0].error.code == "phone.offline"


def test_an_outbound_call_dials_through_the_phone_and_learns_its_id(services, agent, shift):
    session, _ = desk(services, agent)
    session.phone = phone = Phone()
    call = session.place_outbound("+86 139 0000 1111")
    assert phone.sent == [("dial", "13900001111")]
    session.handle_event(RingEvent("dialled", call_id="sip-out-1", source="baresip"))
    assert services.calls.get(call.public_id).cti_call_id == "sip-out-1"
    session.handle_event(RingEvent("hangup", call_id="sip-out-1", source="baresip"))
    assert session.stage is Stage.WRAPUP


def test_a_phone_that_cannot_dial_refuses_the_outbound_call(services, agent, shift):
    session, _ = desk(services, agent)
    session.phone = Phone(offline=True)
    with pytest.raises(PhoneUnavailable):
        session.place_outbound("13900001111")
    assert services.calls.recent(agent.id) == [] and session.stage is Stage.IDLE


def test_a_ring_in_wrap_up_sets_the_record_aside(services, agent, shift):
    session, heard = desk(services, agent)
    session.ring("13800138000", "a", "cti")
    session.answer()
    session.hang_up()
    session.ring("13911112222", "b", "cti")
    assert heard.of(SetAside)[0].call.cti_call_id == "a"
    assert session.current.cti_call_id == "b" and session.stage is Stage.RINGING


def test_a_caller_id_name_is_offered_with_the_call(services, agent, shift):
    session, heard = desk(services, agent)
    session.handle_event(RingEvent("ring", "+8613108888888", "s", "cti", caller_name="张三"))
    rang = heard.of(Rang)[0].call
    assert (rang.caller_name, rang.normalised) == ("张三", "13108888888")


def test_missed_calls_keep_their_callback_when_asked_twice(services, clock, agent, shift):
    session, _ = desk(services, agent)
    session.ring("13800138000", "a", "cti")
    session.answer()
    missed = session.ring("13911112222", "b", "cti")
    session.hang_up("b")
    call = services.calls.get(missed.public_id)
    again = services.callbacks.for_missed_call(call.id, actor=agent)
    assert [c.id for c in services.callbacks.pending(agent_id=agent.id)] == [again.id]
    assert again.due_at <= clock.now() + timedelta(seconds=1)
