"""Ring sources behind one interface: CTI messages, the training simulator, training kept apart."""

from __future__ import annotations

import random
from typing import Any

import pytest

from agent_desk.calls.cti import CtiChannel, event_from_message
from agent_desk.calls.events import RingEvent
from agent_desk.calls.training import (
    TrainingSimulator,
    load_scenarios,
    open_training_services,
    scenario_of,
    training_profile,
)
from agent_desk.commands.cti import message_for
from agent_desk.errors import AgentDeskError
from agent_desk.ui.autologin import read_credentials


class Sink:
    def __init__(self) -> None:
        self.events: list[RingEvent] = []

    def handle_event(self, event: RingEvent) -> dict[str, Any]:
        self.events.append(event)
        return {"ok": True, "call": "c1"}


def test_cti_channel_adds_ring_answer_hangup_to_the_socket_handlers():
    handlers: dict[str, Any] = {"activate": lambda m: {"ok": True}}
    sink = Sink()
    channel = CtiChannel(handlers)
    channel.start(sink)
    assert set(handlers) == {"activate", "ring", "answer", "hangup"}
    reply = handlers["ring"](message_for("ring", "+86 138 0013 8000", "sip-1"))
    assert reply == {"ok": True, "call": "c1"}
    assert sink.events == [RingEvent("ring", "+86 138 0013 8000", "sip-1", "cti")]
    reply = handlers["ring"]({"cmd": "ring", "caller": "1", "call_id": "x" * 300})
    assert not reply["ok"] and "255" in reply["error"]  # refused with the reason, not cut
    channel.stop()
    assert set(handlers) == {"activate"}


def test_cti_message_fields_are_trimmed_not_trusted():
    event = event_from_message({"cmd": "ring", "caller": " 1" * 100, "call_id": ""})
    assert event.caller == "" and event.call_id is None  # 200 characters is no phone number


def test_a_call_id_is_kept_whole_up_to_255_characters_and_refused_beyond():
    """Ids were cut at 64: two calls whose ids share 64 characters became one call."""
    long_id = "a" * 64 + "-" + "b" * 190
    assert len(long_id) == 255
    assert event_from_message({"cmd": "answer", "call_id": long_id}).call_id == long_id
    with pytest.raises(AgentDeskError) as refused:
        event_from_message({"cmd": "answer", "call_id": long_id + "c"})
    assert refused.value.params["reason"] == "call.call_id.too_long"
    assert "256" in refused.value.message and "255" in refused.value.message


def test_every_training_scenario_has_a_caller_story_category_and_expected_answer():
    scenarios = load_scenarios()
    assert len(scenarios) >= 4
    for scenario in scenarios:
        assert scenario.caller and scenario.story and scenario.expected_answer
        assert scenario.category in ("inquiry", "complaint", "report", "suggestion", "repair")


def test_simulated_caller_rings_after_a_pause_and_gives_up_if_nobody_answers(clock):
    sink = Sink()
    simulator = TrainingSimulator(load_scenarios(), clock, random.Random(4), first_after=5)
    simulator.start(sink)
    assert simulator.poll() is None
    clock.advance(5)
    ring = simulator.poll()
    assert ring is not None and ring.kind == "ring" and ring.source == "training"
    assert scenario_of(ring) is simulator.current
    assert simulator.poll() is None  # one practice call at a time
    clock.advance(40)
    assert simulator.poll().kind == "hangup"
    clock.advance(19)
    assert simulator.poll() is None  # the next call waits 20-90 s
    clock.advance(72)
    assert simulator.poll().kind == "ring"
    simulator.answered()
    clock.advance(600)
    assert simulator.poll() is None  # an answered call is never hung up by the simulator
    assert [e.kind for e in sink.events] == ["ring", "hangup", "ring"]


def test_training_calls_go_to_their_own_database_and_never_to_the_share(services, clock):
    agent = services.accounts.create("1001", "王小明", "agent", "password-1")
    services.config.set("share.location", "smb://files/agentdesk")
    assert training_profile(services.profile).db_path.parent.name == "training"
    training = open_training_services(services.context, agent)
    try:
        call = training.calls.ring("13800138000", agent_id=agent.id)
        assert training.calls.get(call.public_id).agent_id == agent.id
        assert services.calls.recent(agent.id) == []
        assert training.store.path != services.store.path
        assert not training.config.get("share.location")
        assert training.config.path is None
        assert services.config.get("share.location") == "smb://files/agentdesk"
    finally:
        training.close()


def test_autologin_file_is_read_once_and_must_be_private(tmp_path):
    private = tmp_path / "login"
    private.touch(mode=0o600)
    private.write_text("1001\nsecret-pw\n", encoding="utf-8")
    assert read_credentials(private) == ("1001", "secret-pw", True)
    assert not private.exists()
    shared = tmp_path / "shared"
    shared.write_text("1001\nsecret-pw\n", encoding="utf-8")
    shared.chmod(0o644)
    assert read_credentials(shared) is None
    assert not shared.exists()
