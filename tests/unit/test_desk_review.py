"""What the fresh-eyes review of issue 15 found in the desk's rules, without a screen.

F8 in wrap-up started a break while the record was unsaved: the banner said 话后处理 and the
status bar 小休, and wrap-up time became break time in the shift's summary. F8 while a call rang
said "finish the current call", though no call was on yet.
"""

from __future__ import annotations

import pytest

from agent_desk.calls.session import CallRefused, Stage
from tests.unit.test_desk_session import RECORD, cti, desk
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


# --- Ctrl+S while the caller is still on the line ------------------------------------------------


def test_saving_during_a_phone_call_keeps_the_call_until_the_phone_says_it_ended(
    services, clock, agent, shift
):
    """Ctrl+S while the caller talked ended the call at the desk; the phone's hang-up later
    was refused (exit 2), and a new ring could reach an agent still talking."""
    session, _ = desk(services, agent)
    call = session.handle_event(cti("ring", "13800138000", "pbx-1"))["call"]
    session.handle_event(cti("answer", call_id="pbx-1"))
    clock.advance(40)
    saved = session.save(RECORD)
    assert saved.call.saved_at is not None
    assert session.stage is Stage.TALKING and session.record_saved  # still on the line
    assert services.calls.get(call).ended_at is None
    assert services.shifts.current(agent.id).state == "on_call"
    second = session.handle_event(cti("ring", "13911112222", "pbx-2"))
    assert second["ok"] and "pbx-2" in session.waiting  # waits: the agent is still talking
    clock.advance(20)
    reply = session.handle_event(cti("hangup", call_id="pbx-1"))
    assert reply["ok"], reply
    ended = services.calls.get(call)
    assert ended.ended_at == clock.now()  # the real end, from the phone
    assert ended.wrapup_ended_at == ended.ended_at  # no wrap-up after a record saved on the line
    assert session.current is not None and session.current.cti_call_id == "pbx-2"  # rings now
    assert session.stage is Stage.RINGING


def test_f4_after_a_record_saved_on_the_line_frees_the_desk(services, clock, agent, shift):
    session, _ = desk(services, agent)
    call = session.handle_event(cti("ring", "13800138000", "pbx-1"))["call"]
    session.handle_event(cti("answer", call_id="pbx-1"))
    session.save(RECORD)
    clock.advance(5)
    session.hang_up(from_desk=True)
    assert session.stage is Stage.IDLE and not session.record_saved
    assert services.calls.get(call).ended_at == clock.now()
    assert services.shifts.current(agent.id).state == "available"
    assert services.calls.pending_drafts(agent.id) == []


def test_a_call_without_a_phone_to_say_its_end_ends_at_the_save(services, agent, shift):
    session, _ = desk(services, agent)
    call = session.ring("13800138000", None, "manual")  # the desk phone and F2: no call id
    session.answer()
    session.save(RECORD)
    assert session.stage is Stage.IDLE
    assert services.calls.get(call.public_id).ended_at is not None


# --- +86 callers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        ("+8613912345678", "13912345678"),
        ("+86 138 0013 8000", "13800138000"),
        ("0086-10-6552-9988", "01065529988"),
        ("010-6552 9988 转 12", "010-6552 9988 转 12"),  # the extension stays
        ("+44 20 7946 0958", "+44 20 7946 0958"),  # a foreign number keeps its country
        ("95588", "95588"),
    ],
)
def test_a_mainland_number_given_with_86_is_written_as_people_write_it(given, shown):
    from agent_desk import phones

    assert phones.shown(given) == shown


def test_a_sip_caller_with_86_rings_and_is_stored_as_its_national_number(services, agent, shift):
    """The banner, the unknown-caller form, the saved customer and the case showed
    +8613912345678; training's caller showed +86 138 0013 8000 beside a card's 13800138000."""
    session, _ = desk(services, agent)
    from agent_desk.calls.caller_id import parse_caller

    header = parse_caller('"李四" <sip:+8613912345678@10.0.0.5:5060;user=phone>')
    ring = cti("ring", header.number, "c2")  # as `agent-desk ring --caller` passes it on
    call = session.handle_event(ring)["call"]
    assert session.current.caller_number == "13912345678"
    assert services.calls.get(call).caller_number == "13912345678"
    session.answer()
    session.hang_up("c2")
    session.save(RECORD)
    training = session.ring("+86 138 0013 8000", None, "training")
    assert training.caller_number == "13800138000"
