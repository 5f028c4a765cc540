"""A whole day at the desk, the rules without a screen (issue 15): the supervisor who only
supervises, closing the desk mid-call and coming back, breaks in one key, the state the banner
shows with its running time, the record's implied follow-up and its hints, and training that
never mixes with real work. A real store and a fake clock, as everywhere."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from agent_desk.calls.service import CallRecord, complete_record
from agent_desk.calls.session import (
    CallRefused,
    DeskSession,
    RingRefused,
    ShiftChanged,
    Stage,
)
from agent_desk.calls.training import Scenario, TrainingSimulator
from tests.unit.test_desk_session import RECORD, Heard, cti, desk
from tests.unit.test_shift_summary import PlainRenderer


@pytest.fixture
def agent(services):
    return services.accounts.create("1001", "王小明", "agent", "password-1")


@pytest.fixture
def supervisor(services):
    return services.accounts.create("8001", "周主管", "supervisor", "password-8")


@pytest.fixture
def shift(services, agent):
    services.shifts.renderer = PlainRenderer()
    return services.shifts.start(agent, "en")


# --- a supervisor who logged in "supervise only" ------------------------------------------------


def test_a_supervisor_who_only_supervises_has_the_ring_refused_with_the_reason(
    services, supervisor
):
    """The call desk took CTI rings and opened a shift for a supervisor who chose no shift."""
    session, heard = desk(services, supervisor, take_calls=False)
    reply = session.handle_event(cti("ring", "13911112222", "s1"))
    assert not reply["ok"]
    assert session.last_error.params["reason"] == "call.supervising"
    (refused,) = heard.of(RingRefused)
    assert refused.caller == "13911112222"
    assert services.calls.recent(supervisor.id) == []
    assert services.shifts.current(supervisor.id) is None  # never a call without a shift
    with pytest.raises(CallRefused):
        session.place_outbound("13911112222")
    with pytest.raises(CallRefused):
        session.ring("13911112222", None, "manual")


def test_a_supervisor_who_starts_a_shift_takes_calls_from_then_on(services, supervisor):
    session, heard = desk(services, supervisor, take_calls=False)
    opened = services.shifts.start(supervisor, "en")
    session.shift_opened(opened)
    assert heard.of(ShiftChanged)[-1].shift.id == opened.id
    call = session.ring("13911112222", "s1", "cti")
    assert services.calls.get(call.public_id).shift_id == opened.id


# --- closing the desk mid-call, and coming back -------------------------------------------------


def test_closing_the_desk_mid_call_ends_the_call_and_the_state_at_that_moment(
    services, clock, agent, shift
):
    session, _ = desk(services, agent)
    session.ring("13800138000", "pbx-1", "cti")
    clock.advance(3)
    session.answer()
    clock.advance(30)
    closed_at = clock.now()
    kept = session.leave()
    assert kept is not None and kept.public_id == session_call(services, agent).public_id
    call = services.calls.get(kept.public_id)
    assert (call.outcome, call.ended_at, call.saved_at) == ("answered", closed_at, None)
    assert session.stage is Stage.IDLE and session.current is None
    periods = services.shifts.periods(shift.id)
    assert [p.state for p in periods] == ["available", "on_call"]
    assert all(p.ended_at is not None for p in periods)
    assert periods[-1].ended_at == closed_at  # the talk time stops when the desk closes

    clock.advance(600)  # the desk is closed for ten minutes
    resumed = services.shifts.start(agent, "en")
    assert (resumed.id, resumed.resumed, resumed.state) == (shift.id, True, "available")
    assert resumed.state_since == clock.now()
    assert services.calls.get(kept.public_id).ended_at == closed_at  # nothing ran on
    again, _ = desk(services, agent)
    again.resume(kept.public_id)
    assert again.stage is Stage.WRAPUP
    assert services.shifts.current(agent.id).state == "wrap_up"  # banner and state agree
    again.save(RECORD)
    clock.advance(60)
    summary = services.shifts.close(shift.id, "en").summary["shift"]
    span = (clock.now() - shift.started_at).total_seconds()
    assert summary["online_seconds"] == span - 600  # the closed desk is not online time


def session_call(services, agent):
    (call,) = services.calls.recent(agent.id)
    return call


def test_closing_the_desk_while_it_rings_is_a_call_nobody_answered(services, clock, agent, shift):
    session, _ = desk(services, agent)
    event = session.ring("13800138000", "pbx-1", "cti")
    clock.advance(4)
    session.leave()
    call = services.calls.get(event.public_id)
    assert (call.outcome, call.ring_duration_ms) == ("abandoned", 4000)


def test_closing_the_desk_ends_calls_waiting_as_missed_with_their_callback(services, agent, shift):
    session, _ = desk(services, agent)
    session.ring("13800138000", "a", "cti")
    session.answer()
    waiting = session.ring("13911112222", "b", "cti")
    session.leave()
    assert services.calls.get(waiting.public_id).outcome == "abandoned"
    assert len(services.callbacks.pending(agent_id=agent.id)) == 1
    assert session.waiting == {}


def test_a_restart_after_a_crash_mid_call_starts_available_and_ends_the_call_state(
    services, clock, agent, shift
):
    """kill -9 on a call: the on_call period stayed open, the status bar said 通话中 while the
    banner said 等待来电."""
    session, _ = desk(services, agent)
    session.ring("13800138000", "pbx-1", "cti")
    session.answer()
    clock.advance(20)
    services.shifts.touch(shift.id)  # the last heartbeat before the crash
    seen = clock.now()
    clock.advance(300)
    resumed = services.shifts.start(agent, "en")
    assert resumed.state == "available"
    periods = services.shifts.periods(shift.id)
    assert [p.state for p in periods] == ["available", "on_call", "available"]
    assert periods[1].ended_at == seen and periods[2].started_at == clock.now()


def test_closing_an_idle_desk_ends_its_state_too(services, clock, agent, shift):
    session, _ = desk(services, agent)
    clock.advance(60)
    assert session.leave() is None
    assert services.shifts.periods(shift.id)[-1].ended_at == clock.now()


# --- breaks and the state the banner shows ------------------------------------------------------


def test_a_break_starts_and_ends_with_one_key(services, clock, agent, shift):
    session, heard = desk(services, agent)
    session.toggle_break()
    state = services.shifts.current(agent.id)
    assert (state.state, state.break_reason) == ("break", "rest")
    assert heard.of(ShiftChanged)[-1].shift.state == "break"
    clock.advance(300)
    session.toggle_break()
    assert services.shifts.current(agent.id).state == "available"
    session.toggle_break("meal")  # the reason chosen in the menu is the one the key repeats
    session.toggle_break()
    session.toggle_break()
    assert services.shifts.current(agent.id).break_reason == "meal"


def test_no_break_in_the_middle_of_a_call(services, agent, shift):
    session, _ = desk(services, agent)
    session.ring("13800138000", "pbx-1", "cti")
    session.answer()
    with pytest.raises(CallRefused) as refused:
        session.toggle_break()
    assert refused.value.params["reason"] == "call.busy"
    assert services.shifts.current(agent.id).state == "on_call"


def test_the_desk_state_says_what_the_agent_is_doing_and_since_when(services, clock, agent, shift):
    session, _ = desk(services, agent)
    clock.advance(90)
    state = session.desk_state()
    assert (state.state, state.seconds(clock.now())) == ("available", 90)
    session.ring("13800138000", "pbx-1", "cti")
    clock.advance(4)
    assert (session.desk_state().state, session.desk_state().seconds(clock.now())) == (
        "ringing",
        4,
    )
    session.answer()
    clock.advance(61)
    assert (session.desk_state().state, session.desk_state().seconds(clock.now())) == (
        "talking",
        61,
    )
    session.hang_up()
    assert session.desk_state().state == "wrapup"
    session.save(RECORD)
    session.toggle_break("meal")
    clock.advance(120)
    state = session.desk_state()
    assert (state.state, state.break_reason, state.seconds(clock.now())) == ("break", "meal", 120)


def test_the_state_of_a_supervisor_who_only_supervises(services, supervisor):
    session, _ = desk(services, supervisor, take_calls=False)
    assert session.desk_state().state == "supervising"


def test_the_state_after_the_shift_closed(services, agent, shift):
    session, _ = desk(services, agent)
    services.shifts.close(shift.id, "en")
    session.shift_closed()
    assert session.desk_state().state == "no_shift"


# --- the record -----------------------------------------------------------------------------------


def test_the_follow_up_resolution_ticks_needs_follow_up():
    record = complete_record(CallRecord(resolution="follow_up", question="宽带断线"))
    assert record.needs_follow_up and record.follow_up_kind == "case"


def test_a_record_without_a_subject_takes_the_questions_first_line(services):
    record = complete_record(CallRecord(question="  宽带三天断线\n晚上八点以后", subject=""))
    assert record.subject == "宽带三天断线"
    problems = services.calls.validate(
        CallRecord(category="inquiry", question="资费多少", answer="99 元", resolution="resolved")
    )
    assert problems == []


def test_saving_without_the_sign_off_or_satisfaction_gets_hints(services):
    hints = services.calls.hints(
        CallRecord(category="inquiry", question="资费", answer="99", resolution="resolved")
    )
    assert [h.params["reason"] for h in hints] == ["call.signoff.missing", "call.satisfaction.ask"]
    full = CallRecord(
        category="inquiry",
        question="资费",
        answer="99",
        resolution="resolved",
        satisfaction=5,
        signoff_given=True,
    )
    assert services.calls.hints(full) == []


# --- training -------------------------------------------------------------------------------------

SCENARIO = Scenario("资费", "13800000001", "张三", "inquiry", "问资费", "99 元")


def test_the_first_practice_call_rings_20_to_90_seconds_after_the_start(clock):
    """The first training call rang after 5 s; the README says 20–90 s apart."""
    for seed in range(20):
        simulator = TrainingSimulator([SCENARIO], clock, random.Random(seed))
        rang = Heard()
        simulator.start(type("Sink", (), {"handle_event": staticmethod(rang)})())
        start = clock.monotonic()
        while not rang.notices:
            clock.advance(0.5)
            simulator.poll()
        assert 20 <= clock.monotonic() - start <= 90.5


def test_training_cases_are_numbered_apart_from_real_ones(services, agent, profile, clock):
    from agent_desk.calls.training import open_training_services
    from agent_desk.context import AppContext

    real = services.cases.open_case("complaint", actor=agent, matter="真实投诉")
    training = open_training_services(AppContext.load(profile, clock), agent)
    try:
        practice = training.cases.open_case(
            "complaint", actor=training.accounts.get(agent.agent_no), matter="练习投诉"
        )
    finally:
        training.close()
    assert real.number.startswith("TS-")
    assert practice.number.startswith("LX-TS-")
    assert practice.number.removeprefix("LX-") == real.number  # numbered apart, never mixed


def test_the_ring_in_training_uses_the_scenario(services, agent):
    session = DeskSession(
        services.calls, services.clock, services.policy, agent, shifts=None, training=True
    )
    heard = Heard()
    session.listeners.append(heard)
    session.ring("13800000001", None, "training", SCENARIO)
    assert session.desk_state().state == "ringing"
    assert timedelta(0) <= timedelta(seconds=session.desk_state().seconds(services.clock.now()))


def test_a_case_from_a_call_without_a_subject_says_the_question_once(services, agent, shift):
    session, _ = desk(services, agent)
    session.ring("13800138000", "pbx-1", "cti")
    session.answer()
    session.hang_up()
    saved = session.save(
        CallRecord(
            category="complaint",
            question="宽带三天断线\n晚上八点以后",
            answer="已致歉",
            resolution="follow_up",
        )
    )
    case = services.cases.get(saved.case_id)
    assert case.matter == "宽带三天断线\n晚上八点以后"
