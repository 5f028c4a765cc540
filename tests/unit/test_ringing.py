"""The three-ring rule and the escalation clocks, measured on an injected clock."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent_desk.calls.ringing import (
    Escalation,
    EscalationClock,
    Phase,
    RingCountdown,
)
from agent_desk.clock import FakeClock
from agent_desk.policy import Policy


@pytest.fixture
def policy() -> Policy:
    return Policy.load()


@pytest.mark.parametrize(
    ("seconds", "within"), [(0.0, True), (14.9, True), (15.0, True), (15.1, False), (40.0, False)]
)
def test_agent_answers_within_three_rings_up_to_fifteen_seconds(
    clock: FakeClock, policy: Policy, seconds: float, within: bool
) -> None:
    countdown = RingCountdown(clock, policy)
    clock.advance(seconds)
    outcome = countdown.answer()
    assert outcome.answered
    assert outcome.delay_ms == round(seconds * 1000)
    assert outcome.within_rule is within


def test_the_banner_turns_amber_on_the_last_ring_and_red_when_the_rule_breaks(
    clock: FakeClock, policy: Policy
) -> None:
    countdown = RingCountdown(clock, policy)
    first = countdown.state()
    assert (first.phase, first.ring, first.rings_left, first.seconds_left) == (
        Phase.RINGING,
        1,
        2,
        15.0,
    )
    clock.advance(5.0)
    assert (countdown.state().phase, countdown.state().ring) == (Phase.RINGING, 2)
    clock.advance(4.9)
    assert countdown.state().phase is Phase.RINGING
    clock.advance(0.1)  # 10.0 s: the third and last ring
    last = countdown.state()
    assert (last.phase, last.ring, last.rings_left) == (Phase.LAST_RING, 3, 0)
    clock.advance(5.0)  # 15.0 s is still within
    assert countdown.state().phase is Phase.LAST_RING
    assert countdown.state().seconds_left == 0
    clock.advance(0.1)
    late = countdown.state()
    assert late.phase is Phase.OVERDUE
    assert late.overdue_ms == 100
    clock.advance(20)  # keeps counting the delay
    assert countdown.state().overdue_ms == 20_100
    assert countdown.state().ring == 8


def test_the_countdown_stops_when_answered(clock: FakeClock, policy: Policy) -> None:
    countdown = RingCountdown(clock, policy)
    clock.advance(7.25)
    countdown.answer()
    clock.advance(60)
    state = countdown.state()
    assert state.phase is Phase.ANSWERED
    assert state.elapsed_ms == 7250
    assert countdown.answer().delay_ms == 7250  # a second answer event changes nothing


@pytest.mark.parametrize(("seconds", "within"), [(9.0, True), (15.0, True), (15.1, False)])
def test_caller_hangs_up_before_the_answer_and_the_ring_time_is_kept(
    clock: FakeClock, policy: Policy, seconds: float, within: bool
) -> None:
    countdown = RingCountdown(clock, policy)
    clock.advance(seconds)
    outcome = countdown.abandon()
    assert not outcome.answered
    assert outcome.delay_ms == round(seconds * 1000)
    assert outcome.within_rule is within
    assert countdown.state().phase is Phase.ABANDONED


def test_a_branch_with_a_slower_ring_cadence_gets_a_longer_limit(clock: FakeClock) -> None:
    policy = Policy({"ring": {"seconds_per_ring": 6.0, "rings": 3}})
    countdown = RingCountdown(clock, policy)
    clock.advance(17.9)
    assert countdown.state().phase is Phase.LAST_RING
    assert countdown.answer().within_rule


def test_complex_question_has_two_minutes_to_be_transferred(
    clock: FakeClock, policy: Policy
) -> None:
    transfer = EscalationClock(Escalation.TRANSFER, clock, policy)
    clock.advance(119.9)
    assert not transfer.state().overdue
    assert transfer.state().seconds_left == pytest.approx(0.1)
    clock.advance(0.1)
    assert transfer.stop() is True
    clock.advance(100)
    assert transfer.state().done and transfer.state().met


def test_conflict_gets_a_supervisor_within_fifteen_minutes_or_shows_overdue(
    clock: FakeClock, policy: Policy
) -> None:
    supervisor = EscalationClock(Escalation.SUPERVISOR, clock, policy)
    assert supervisor.state().limit_ms == 900_000
    clock.advance(900.5)
    assert supervisor.state().overdue_ms == 500
    assert supervisor.stop() is False
    assert supervisor.state().met is False


@settings(max_examples=200, deadline=None)
@given(
    seconds=st.floats(min_value=0, max_value=120, allow_nan=False),
    cadence=st.sampled_from([4.0, 5.0, 6.0]),
    rings=st.integers(min_value=1, max_value=5),
)
def test_verdict_and_phase_agree_for_any_delay_and_cadence(seconds, cadence, rings):
    clock = FakeClock()
    policy = Policy({"ring": {"seconds_per_ring": cadence, "rings": rings}})
    countdown = RingCountdown(clock, policy)
    clock.advance(seconds)
    state = countdown.state()
    limit_ms = round(cadence * rings * 1000)
    assert state.within_rule == (state.elapsed_ms <= limit_ms)
    assert state.ring >= 1 and (state.phase is Phase.OVERDUE) == (state.overdue_ms > 0)
    assert state.seconds_left * 1000 + state.elapsed_ms >= limit_ms or state.overdue_ms > 0
    outcome = countdown.answer()
    assert outcome.within_rule == state.within_rule
    assert outcome.delay_ms == state.elapsed_ms
