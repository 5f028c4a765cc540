"""What the fresh-eyes review of issue 15 found in the desk's rules, without a screen.

F8 in wrap-up started a break while the record was unsaved: the banner said 话后处理 and the
status bar 小休, and wrap-up time became break time in the shift's summary. F8 while a call rang
said "finish the current call", though no call was on yet.
"""

from __future__ import annotations

import pytest

from agent_desk.calls.session import CallRefused, Stage
from tests.unit.test_desk_session import RECORD, desk
from tests.unit.test_shift_summary import PlainRenderer


@pytest.fixture
def agent(services):
    return services.accounts.create("1001", "王小明", "agent", "password-1")


@pytest.fixture
def shift(services, agent):
    services.shifts.renderer = PlainRenderer()
    return services.shifts.start(agent, "en")


def test_no_break_before_the_call_record_is_saved(services, clock, agent, shift):
    session, _ = desk(services, agent)
    session.ring("13800138000", "pbx-1", "cti")
    session.answer()
    session.hang_up("pbx-1")
    assert session.stage is Stage.WRAPUP
    with pytest.raises(CallRefused) as refused:
        session.toggle_break()
    assert refused.value.params["reason"] == "call.break_wrapup"
    with pytest.raises(CallRefused):
        session.start_break("meal")  # the state menu is refused the same way
    assert services.shifts.current(agent.id).state == "wrap_up"
    assert session.desk_state().state == "wrapup"  # the banner and the status bar agree
    clock.advance(20)
    session.save(RECORD)
    session.toggle_break()  # saved: now F8 takes the break
    assert services.shifts.current(agent.id).state == "break"
    periods = services.shifts.periods(shift.id)
    wrap_up = next(p for p in periods if p.state == "wrap_up")
    assert (wrap_up.ended_at - wrap_up.started_at).total_seconds() == 20


def test_no_break_in_the_wrap_up_of_a_restored_record(services, clock, agent, shift):
    first, _ = desk(services, agent)
    call = first.ring("13800138000", "pbx-1", "cti")
    first.answer()
    first.leave()  # the window closed mid-call; the record is a draft
    services.shifts.start(agent, "en")
    again, _ = desk(services, agent)
    again.resume(call.public_id)
    assert again.stage is Stage.WRAPUP
    with pytest.raises(CallRefused) as refused:
        again.toggle_break()
    assert refused.value.params["reason"] == "call.break_wrapup"
    assert services.shifts.current(agent.id).state == "wrap_up"


def test_f8_while_a_call_rings_says_it_rings(services, agent, shift):
    session, _ = desk(services, agent)
    session.ring("13800138000", "pbx-1", "cti")
    with pytest.raises(CallRefused) as refused:
        session.toggle_break()
    assert refused.value.params["reason"] == "call.break_ringing"
    assert services.shifts.current(agent.id).state == "available"
