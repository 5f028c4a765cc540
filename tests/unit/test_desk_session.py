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
    state = session.desk_state()  # the banner's clock agrees with "rang 8 s ago"
    assert (state.state, state.seconds(clock.now())) == ("ringing", 8)
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
    calls: set = field(default_factory=set)  # calls it has in progress

    @property
    def connected(self) -> bool:
        return not self.offline

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

    def has_call(self, call_id):
        return None if self.offline else call_id in self.calls


def phone_event(kind: str, call_id: str, caller: str = "", **extra) -> RingEvent:
    return RingEvent(kind, caller, call_id, "baresip", extra or None)


def test_the_desks_keys_drive_the_phone_the_call_came_from(services, agent, shift):
    session, _ = desk(services, agent)
    session.phone = phone = Phone()
    session.handle_event(phone_event("ring", "sip-1", "13800138000"))
    session.answer(from_desk=True)
    assert session.stage is Stage.RINGING  # asked; not answered until the phone says so
    session.handle_event(phone_event("answer", "sip-1"))  # CALL_ESTABLISHED
    assert session.stage is Stage.TALKING
    session.hang_up(from_desk=True)
    session.handle_event(phone_event("hangup", "sip-1"))
    assert phone.sent == [("accept", "sip-1"), ("hangup", "sip-1")]
    assert session.stage is Stage.WRAPUP


def test_events_from_the_phone_itself_are_not_sent_back_to_it(services, agent, shift):
    session, _ = desk(services, agent)
    session.phone = phone = Phone()
    session.handle_event(phone_event("ring", "sip-1", "13800138000"))
    session.handle_event(phone_event("answer", "sip-1"))
    session.ring("13911112222", None, "manual")  # busy: a desk-phone ring is not the softphone's
    assert phone.sent == []


def test_f3_with_the_phone_offline_is_said_and_the_call_keeps_ringing(
    services, clock, agent, shift
):
    """It used to be recorded as answered within the rule while nobody had answered."""
    session, heard = desk(services, agent)
    session.phone = Phone(offline=True)
    session.handle_event(phone_event("ring", "sip-1", "13800138000"))
    clock.advance(3)
    still = session.answer(from_desk=True)
    assert session.stage is Stage.RINGING and still.outcome == "ringing"
    assert services.calls.get(still.public_id).answered_at is None
    assert heard.of(Problem)[0].error.code == "phone.offline"


def test_a_phone_that_does_not_answer_in_time_is_said_and_f3_tries_again(
    services, clock, agent, shift
):
    """baresip could not open its sound device: no 200 OK, no CALL_ESTABLISHED."""
    session, heard = desk(services, agent)
    session.phone = phone = Phone()
    session.handle_event(phone_event("ring", "sip-1", "13800138000"))
    session.answer(from_desk=True)
    session.answer(from_desk=True)  # pressed twice while asked: sent once
    clock.advance(4.9)
    session.check_phone()
    assert heard.of(Problem) == []
    clock.advance(0.2)
    session.check_phone()
    (problem,) = heard.of(Problem)
    assert problem.error.params["reason"] == "phone.no_answer"
    assert session.stage is Stage.RINGING
    session.answer(from_desk=True)
    assert phone.sent == [("accept", "sip-1"), ("accept", "sip-1")]


def test_a_command_the_phone_did_not_take_is_said(services, agent, shift):
    session, heard = desk(services, agent)
    session.phone = Phone()
    session.handle_event(phone_event("ring", "sip-1", "13800138000"))
    session.answer(from_desk=True)
    reply = session.handle_event(
        phone_event("failed", "sip-1", command="accept", detail="gone", reason="phone.no_call")
    )
    assert reply["ok"] and session.stage is Stage.RINGING
    assert heard.of(Problem)[0].error.params["reason"] == "phone.no_call"
    session.handle_event(phone_event("hangup", "sip-1"))  # the caller had hung up
    (call,) = services.calls.recent(agent.id)
    assert call.outcome == "abandoned" and call.answered_at is None


def test_f4_on_a_ringing_softphone_call_never_rejects_the_caller(services, clock, agent, shift):
    """It sent baresip's hangup (486 Busy to the caller) and counted the call as abandoned by
    the caller within the rule."""
    session, _ = desk(services, agent)
    session.phone = phone = Phone()
    session.handle_event(phone_event("ring", "sip-1", "13800138000"))
    with pytest.raises(CallRefused) as refused:
        session.hang_up(from_desk=True)
    assert refused.value.params["reason"] == "call.ringing_phone"
    assert phone.sent == [] and session.stage is Stage.RINGING
    clock.advance(20)
    session.handle_event(phone_event("hangup", "sip-1"))  # the caller gives up
    (call,) = services.calls.recent(agent.id)
    assert (call.outcome, call.within_rule, call.ring_duration_ms) == ("abandoned", False, 20000)


def test_f4_on_a_ringing_call_with_the_phone_offline_ends_it_at_the_desk(services, agent, shift):
    session, _ = desk(services, agent)
    session.phone = phone = Phone()
    session.handle_event(phone_event("ring", "sip-1", "13800138000"))
    phone.offline = True  # baresip died while it rang: the desk cannot follow the phone
    session.hang_up(from_desk=True)
    assert session.stage is Stage.IDLE and phone.sent == []


def test_the_echo_of_a_hang_up_after_a_waiting_call_came_forward_says_nothing(
    services, agent, shift
):
    session, heard = desk(services, agent)
    session.phone = phone = Phone()
    session.handle_event(phone_event("ring", "sip-a", "13800138000"))
    session.handle_event(phone_event("answer", "sip-a"))
    session.handle_event(phone_event("ring", "sip-b", "13911112222"))
    session.hang_up(from_desk=True)  # F4: the waiting call comes to the banner
    assert session.current.cti_call_id == "sip-b" and session.stage is Stage.RINGING
    reply = session.handle_event(phone_event("hangup", "sip-a"))  # baresip's CALL_CLOSED
    assert reply["ok"] and heard.of(Problem) == [] and session.last_error is None
    assert session.current.cti_call_id == "sip-b" and phone.sent == [("hangup", "sip-a")]


def test_a_phone_hang_up_of_a_ring_the_desk_refused_says_nothing(services, agent):
    session, heard = desk(services, agent)
    session.phone = Phone()
    reply = session.handle_event(phone_event("hangup", "never-rang-here"))
    assert reply["ok"] and heard.of(Problem) == []


def test_a_call_the_phone_answered_that_the_desk_did_not_take_is_said(services, agent, shift):
    session, heard = desk(services, agent)
    session.phone = Phone()
    session.handle_event(phone_event("answer", "refused-1", "13800138000"))
    assert heard.of(Problem)[0].error.code == "call.unrecorded"
    assert "138****8000" in heard.of(Problem)[0].error.message


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


# --- softphones without call ids (MicroSIP, Zoiper) --------------------------------------------


def test_without_ids_a_hang_up_naming_a_missed_callers_number_leaves_the_call_on(
    services, agent, shift
):
    """`ring --caller A; answer A; ring --caller B` (missed while busy); `hangup B` ended A."""
    session, _ = desk(services, agent)
    session.handle_event(cti("ring", "13800138000"))
    session.handle_event(cti("answer", "13800138000"))
    assert session.handle_event(cti("ring", "13911112222"))["waiting"]
    assert session.handle_event(cti("hangup", "13911112222"))["ok"]  # MicroSIP appends B
    assert session.stage is Stage.TALKING
    other = session.handle_event(cti("hangup", "13700000000"))  # nobody's number here
    assert not other["ok"] and session.last_error.params["reason"] == "call.other_call"
    assert session.stage is Stage.TALKING
    assert not session.handle_event(cti("answer", "13700000000"))["ok"]
    session.handle_event(cti("hangup", "13800138000"))
    assert session.stage is Stage.WRAPUP


def test_without_ids_a_missed_ring_from_the_same_number_takes_the_first_hang_up(
    services, agent, shift
):
    session, _ = desk(services, agent)
    session.handle_event(cti("ring", "13800138000"))
    session.handle_event(cti("answer", "13800138000"))
    session.handle_event(cti("ring", "13800138000"))  # the same caller tries a second line
    session.handle_event(cti("hangup", "13800138000"))
    assert session.stage is Stage.TALKING
    session.handle_event(cti("hangup", "13800138000"))
    assert session.stage is Stage.WRAPUP


# --- the shift is never closed under a call ----------------------------------------------------


def test_the_shift_does_not_close_while_a_call_rings_is_on_or_in_wrap_up(services, agent, shift):
    """Close shift… confirmed while a call was on: 'offered 5 answered 4' in summary.json, the
    call in calls.csv with no end, the banner still on the call."""
    session, _ = desk(services, agent)
    services.shifts.busy_checks.append(session.busy)
    session.ring("13800138000", "a", "cti")
    for step in (lambda: None, session.answer, session.hang_up):
        step()
        with pytest.raises(CallRefused) as refused:
            services.shifts.close(shift.id, "en")
        assert refused.value.params["reason"] == "call.busy"
        assert services.shifts.current(agent.id).id == shift.id
    session.save(RECORD)
    closed = services.shifts.close(shift.id, "en")
    assert (closed.summary["calls"]["offered"], closed.summary["calls"]["answered"]) == (1, 1)


def test_a_ring_stored_just_after_its_shift_closed_goes_to_a_new_shift(services, agent, shift):
    """The desk read the shift as open, then the close took the store first."""

    class Stale:
        def __init__(self) -> None:
            self.first = True

        def current(self, agent_id):
            if self.first:
                self.first = False
                return shift  # as read a moment before the close committed
            return services.shifts.current(agent_id)

        def start(self, agent, language="zh_CN"):
            return services.shifts.start(agent, language)

        def set_state(self, shift_id, state, break_reason=None):
            return services.shifts.set_state(shift_id, state, break_reason)

    services.shifts.close(shift.id, "en")
    session = DeskSession(services.calls, services.clock, services.policy, agent, shifts=Stale())
    call = session.ring("13800138000", "a", "cti")
    stored = services.calls.get(call.public_id)
    assert stored.shift_id not in (None, shift.id)
    assert services.shifts.current(agent.id).id == stored.shift_id


# --- a restart in the middle of a call -------------------------------------------------------


def _killed_mid_call(services, clock, agent) -> str:
    """A call answered through the phone, its record autosaved after 30 s, then kill -9."""
    session, _ = desk(services, agent)
    session.phone = Phone()
    session.handle_event(phone_event("ring", "sip-1", "13800138000"))
    session.handle_event(phone_event("answer", "sip-1"))
    clock.advance(30)
    public_id = session.current.public_id
    services.calls.save_draft(agent.id, public_id, RECORD)
    clock.advance(3600)  # the desk comes back an hour later
    return public_id


def test_a_restored_record_ends_when_last_known_not_when_saved(services, clock, agent, shift):
    public_id = _killed_mid_call(services, clock, agent)
    saved_draft_at = services.calls.pending_drafts(agent.id)[0].updated_at
    session, _ = desk(services, agent)
    session.phone = Phone()  # the phone no longer has the call
    session.resume(public_id)
    assert session.stage is Stage.WRAPUP
    clock.advance(120)
    saved = session.save(RECORD)
    assert saved.call.ended_at == saved_draft_at  # not the save, two minutes later


def test_a_call_the_phone_still_has_goes_on_after_a_restart_and_ends_when_it_does(
    services, clock, agent, shift
):
    public_id = _killed_mid_call(services, clock, agent)
    session, heard = desk(services, agent)
    session.phone = Phone(calls={"sip-1"})
    session.handle_event(phone_event("live", "sip-1", "13800138000"))  # the link connected
    assert heard.of(Problem) == []
    session.resume(public_id)  # the agent restores the record
    assert session.stage is Stage.TALKING
    clock.advance(60)
    session.handle_event(phone_event("hangup", "sip-1"))
    assert session.stage is Stage.WRAPUP
    assert services.calls.get(public_id).ended_at == clock.now()


def test_the_phone_ends_a_call_whose_record_was_not_restored_yet(services, clock, agent, shift):
    public_id = _killed_mid_call(services, clock, agent)
    session, heard = desk(services, agent)
    session.phone = Phone(calls={"sip-1"})
    session.handle_event(phone_event("live", "sip-1", "13800138000"))
    clock.advance(45)
    assert session.handle_event(phone_event("hangup", "sip-1"))["call"] == public_id
    assert services.calls.get(public_id).ended_at == clock.now()
    assert heard.of(Problem) == [] and session.stage is Stage.IDLE


def test_a_call_in_progress_the_desk_never_recorded_is_said(services, agent, shift):
    session, heard = desk(services, agent)
    session.phone = Phone(calls={"x"})
    session.handle_event(phone_event("live", "x", "13800138000", incoming=True))
    assert heard.of(Problem)[0].error.code == "call.unrecorded"
