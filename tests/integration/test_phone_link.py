"""The desk's keys reach the desk's call at a real baresip, whatever other calls it has.

The desk session and the real baresip link as the window runs them, without a window: the
link's events are queued and handed to the session on the test's thread (the GUI thread's job
in the app), on a real store. sipp places the calls, each with a Call-ID the test knows.

Before: F3 sent `callfind <id>` then `accept`, and Debian's baresip 1.0.0 answers the *current*
call after putting the *previous* one on hold; when that previous call was still ringing (one
that rang before the desk connected, one the desk refused, a second caller), the hold failed
and nothing was answered, while the desk recorded the call as answered within the rule and F4
then rejected the caller (486). The desk now answers only when baresip says the call is
established, and makes its call baresip's current one with a previous call that can be held.
"""

from __future__ import annotations

import logging
import queue
import time

import pytest

from agent_desk.calls.baresip import BaresipSource
from agent_desk.calls.events import RingEvent
from agent_desk.calls.session import DeskSession, Problem, Stage
from agent_desk.policy import Policy
from tests.integration.softphone import Baresip, Sipp, missing
from tests.unit.test_shift_summary import PlainRenderer

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(missing() is not None, reason=missing() or ""),
]


class LinkedDesk:
    """A desk session driving a real baresip through the link (the window without Qt)."""

    def __init__(self, services, agent, address: str, policy: Policy | None = None) -> None:
        self.services = services
        self.events: queue.Queue[RingEvent] = queue.Queue()
        self.session = DeskSession(
            services.calls,
            services.clock,
            policy or services.policy,
            agent,
            shifts=services.shifts,
        )
        self.heard: list = []
        self.session.listeners.append(self.heard.append)
        self.link = BaresipSource(address, services.clock)
        self.session.phone = self.link

    # the link's sink, on its own thread: queue for the test's thread
    def handle_event(self, event: RingEvent) -> dict:
        self.events.put(event)
        return {"ok": True, "queued": True}

    def start(self) -> LinkedDesk:
        self.link.start(self)
        self.pump(lambda: self.link.status.connected, what="the link to connect")
        return self

    def stop(self) -> None:
        self.link.stop()

    def pump(self, until, timeout: float = 15.0, what: str = "") -> None:
        deadline = time.monotonic() + timeout
        while not until():
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"waited {timeout} s for {what or until}: stage {self.session.stage}, "
                    f"current {self.session.current}, heard {self.heard[-6:]}"
                )
            try:
                event = self.events.get(timeout=0.05)
            except queue.Empty:
                continue
            self.session.handle_event(event)
            if hasattr(self.session, "check_phone"):
                self.session.check_phone()

    def settle(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        self.pump(lambda: time.monotonic() > end, timeout=seconds + 5)

    def current_id(self) -> str | None:
        current = self.session.current
        return current.cti_call_id if current else None

    def problems(self) -> list[str]:
        return [n.error.message for n in self.heard if isinstance(n, Problem)]


@pytest.fixture
def agent(services):
    agent = services.accounts.create("1001", "王小明", "agent", "password-1")
    services.shifts.start(agent, "en")
    return agent


@pytest.fixture
def phone(tmp_path):
    started = Baresip(tmp_path / "baresip").start()
    yield started
    started.stop()


@pytest.fixture
def callers(tmp_path):
    started: list[Sipp] = []

    def call(phone: Baresip, tag: str, caller: str, scenario: str = "hung_up_by_agent") -> Sipp:
        sipp = Sipp(tmp_path / "sipp", scenario, caller=caller)
        sipp.call_id_prefix = f"{tag}-"  # type: ignore[attr-defined]
        sipp.start(f"127.0.0.1:{phone.sip_port}", extra=["-cid_str", f"{tag}-%u-%p@%s"])
        started.append(sipp)
        return sipp

    yield call
    for sipp in started:
        sipp.stop()


@pytest.fixture
def linked(services, agent, phone):
    made: list[LinkedDesk] = []

    def make(policy: Policy | None = None, start: bool = True) -> LinkedDesk:
        desk = LinkedDesk(services, agent, phone.address, policy)
        made.append(desk)
        return desk.start() if start else desk

    yield make
    for desk in made:
        desk.stop()


def got_200(sipp: Sipp) -> bool:
    return sipp.received("SIP/2.0 200")


def wait_for(predicate, timeout: float = 10.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout} s for {what or predicate}")
        time.sleep(0.05)


def answer_what_the_banner_shows(desk: LinkedDesk, sipps: dict[str, Sipp]) -> str:
    """F3 on the call the banner shows: that caller gets 200 OK, the desk says answered."""
    shown = desk.current_id()
    assert shown is not None and desk.session.stage is Stage.RINGING
    desk.session.answer(from_desk=True)
    desk.pump(lambda: desk.session.stage is Stage.TALKING, what="the answer")
    assert desk.current_id() == shown
    (tag,) = [t for t in sipps if shown.startswith(f"{t}-")]
    wait_for(lambda: got_200(sipps[tag]), what=f"200 OK to {tag}")
    others = [t for t in sipps if t != tag]
    assert not any(got_200(sipps[t]) for t in others), "another caller was answered"
    return tag


def test_a_call_that_rang_before_the_desk_connected_does_not_steal_f3(
    services, linked, phone, callers
):
    early = callers(phone, "early", "13900000001")
    phone.wait_for_log("Incoming call")
    desk = linked()
    later = callers(phone, "later", "13108888888")
    sipps = {"early": early, "later": later}
    desk.pump(lambda: len(services.calls.recent(desk.session.agent.id)) == 2, what="2 calls")
    first = answer_what_the_banner_shows(desk, sipps)
    # F4 hangs up the call the desk shows, never the other caller (who would get 486).
    desk.session.hang_up(from_desk=True)
    wait_for(lambda: sipps[first].proc.poll() is not None, what=f"{first}'s BYE")
    assert sipps[first].received("BYE ")
    desk.pump(lambda: desk.session.stage is Stage.RINGING, what="the waiting call")
    second = answer_what_the_banner_shows(desk, {t: s for t, s in sipps.items() if t != first})
    assert {first, second} == {"early", "later"}
    desk.session.hang_up(from_desk=True)
    wait_for(lambda: sipps[second].proc.poll() is not None, what=f"{second}'s BYE")
    answered = [c for c in services.calls.recent(desk.session.agent.id) if c.outcome == "answered"]
    assert len(answered) == 2
    assert not any(s.received("SIP/2.0 486") for s in sipps.values())


def test_a_call_the_desk_refused_still_ringing_does_not_stop_f3(
    services, agent, linked, phone, callers
):
    services.shifts.close(services.shifts.current(agent.id).id, "en", PlainRenderer())
    refuse = Policy({**services.policy.data, "phone": {"ring_without_shift": "refuse"}})
    desk = linked(refuse)
    refused = callers(phone, "refused", "13900000002")
    desk.pump(lambda: any(type(n).__name__ == "RingRefused" for n in desk.heard), what="refusal")
    services.shifts.start(agent, "en")  # the agent starts a shift; the refused call rings on
    taken = callers(phone, "taken", "13108888888")
    desk.pump(lambda: desk.session.stage is Stage.RINGING, what="the ring")
    assert answer_what_the_banner_shows(desk, {"taken": taken, "refused": refused}) == "taken"


def test_a_second_caller_ringing_at_once_does_not_stop_f3(services, linked, phone, callers):
    desk = linked()
    first = callers(phone, "first", "13900000003")
    desk.pump(lambda: desk.session.stage is Stage.RINGING, what="the ring")
    second = callers(phone, "second", "13900000004")
    desk.pump(lambda: bool(desk.session.waiting), what="the second call waiting")
    assert answer_what_the_banner_shows(desk, {"first": first, "second": second}) == "first"


def test_the_desk_says_answered_only_when_the_phone_answered(services, linked, phone, callers):
    desk = linked()
    caller = callers(phone, "one", "13900000005")
    desk.pump(lambda: desk.session.stage is Stage.RINGING, what="the ring")
    phone.kill()  # baresip dies while it rings; the agent presses F3
    desk.pump(lambda: not desk.link.status.connected, what="offline")
    desk.session.answer(from_desk=True)
    assert desk.session.stage is Stage.RINGING
    (call,) = services.calls.recent(desk.session.agent.id)
    assert call.outcome == "ringing" and call.answered_at is None
    assert desk.problems(), "the agent is told the phone did not take the answer"
    caller.stop()


def test_a_call_id_over_255_characters_rings_and_is_answered(services, linked, phone, callers):
    desk = linked()
    tag = "long" + "x" * 300
    caller = callers(phone, tag, "13900000006")
    desk.pump(lambda: desk.session.stage is Stage.RINGING, what="the ring")
    (call,) = services.calls.recent(desk.session.agent.id)
    assert call.cti_call_id and len(call.cti_call_id) <= 255
    desk.session.answer(from_desk=True)
    desk.pump(lambda: desk.session.stage is Stage.TALKING, what="the answer")
    wait_for(lambda: got_200(caller), what="200 OK")


def test_two_desks_on_one_baresip_do_not_flood_and_say_why(services, phone, caplog):
    """ctrl_tcp serves one client; each desk reconnected at once when the other took the link
    over: ~10,600 log lines in 7 s."""
    caplog.set_level(logging.INFO, logger="agent_desk.calls.baresip")
    seen: dict[str, list] = {"a": [], "b": []}
    links = [
        BaresipSource(phone.address, services.clock, on_status=seen[name].append) for name in seen
    ]
    try:
        for link in links:
            link.start(_Quiet())
        time.sleep(7)
    finally:
        for link in links:
            link.stop()
    changes = len(seen["a"]) + len(seen["b"])
    assert changes <= 24, changes  # backoff doubling from 0.25 s: about 9 each in 7 s
    assert len(caplog.records) <= 40, len(caplog.records)
    offline = [s.detail for s in seen["a"] + seen["b"] if not s.connected]
    assert any("another program" in detail for detail in offline), offline


class _Quiet:
    def handle_event(self, event):
        return {"ok": True}


def test_a_phone_that_cannot_open_its_sound_device_is_not_an_answered_call(
    services, agent, tmp_path, callers
):
    """baresip rings, takes `accept` (ctrl_tcp says ok) and sends no 200 OK when its sound
    device cannot be opened: the desk recorded the call as answered within the rule."""
    phone = Baresip(tmp_path / "no-sound")
    phone.write_config()
    config = (phone.root / "config").read_text(encoding="utf-8")
    config = config.replace("audio_player     aubridge,nil", "audio_player     alsa,nosuchcard")
    config = config.replace("module           aubridge.so", "module aubridge.so\nmodule alsa.so")
    phone.files = {"config": config, "accounts": (phone.root / "accounts").read_text()}
    phone.start()
    desk = LinkedDesk(services, agent, phone.address)
    try:
        desk.start()
        caller = callers(phone, "mute", "13900000007")
        desk.pump(lambda: desk.session.stage is Stage.RINGING, what="the ring")
        desk.session.answer(from_desk=True)
        phone.wait_for_log("could not open auplay device")
        desk.settle(1.0)
        assert desk.session.stage is Stage.RINGING and not got_200(caller)
        services.clock.advance(5.1)
        desk.session.check_phone()
        assert [n.error.params.get("reason") for n in desk.heard if isinstance(n, Problem)] == [
            "phone.no_answer"
        ]
        (call,) = services.calls.recent(agent.id)
        assert call.outcome == "ringing" and call.answered_at is None
    finally:
        desk.stop()
        phone.stop()
