"""The desk's call session: what a ring does, and the call from ring to saved record.

One `DeskSession` per window. It takes ring events from any source (`handle_event`, the
`RingSink` every source delivers to) and the agent's keys (answer, hang up, dial, save), keeps
the stage — idle, ringing, talking, wrap-up — and tells its listeners every change as a
`Notice`. It holds every rule about the call at the desk, in one place, with no Qt:

- A ring while the agent is on a call (or while another tracked call rings) is never refused
  or dropped: it is stored at once as a call that rang while busy. If its caller gives up, it
  is a missed call: abandoned with its ring time (so it counts in the shift's abandoned
  figures) and listed for a callback. If it still rings when the desk is free again, it comes
  to the banner, its delay counted from its first ring. A source without call ids cannot say
  when such a ring stops, so it is recorded at once, with its ring time and no ring length.
- A ring during a break rings as usual and says the agent is on a break; answering it ends
  the break.
- With no open shift (closed with "Close shift…"), a ring opens a new shift, or is refused with
  the reason when the policy says `[phone] ring_without_shift = "refuse"`: never a call
  without a shift. The same holds for a call the agent places. A supervisor or administrator
  who logged in to supervise only (no shift) has every ring refused with the reason until
  they start a shift.
- Breaks: one key starts a break (the reason last chosen, rest by default) and ends it; no
  break starts while a call rings or is on, or before its record is saved (refused with the
  reason, not queued: the wrap-up is not break time).
- Closing the desk (`leave`: the window closes, the PC logs off) asks first in the UI; then
  the call ends at the desk at that moment (its record stays a draft, offered at the next
  start), calls waiting are missed calls, and the agent's state ends then too: nothing runs
  on while the desk is down.
- `desk_state` is what the agent is doing and since when, for the banner.
- The agent's state in the shift follows the call: on a call, wrap-up, available again (a
  record saved later, from a break, does not end the break).
- The agent's keys drive the phone when the call came from a phone the desk controls
  (baresip): answering accepts it there, hanging up hangs it up, dialling dials through it.
  Such a call is answered when the phone says it is (never on the key alone): a phone that is
  offline, has lost the call, refuses, or does not answer within `PHONE_WAIT` seconds is said,
  and the call keeps ringing at the desk. F4 on a call that still rings does not reject the
  caller (the phone would send "busy", and the desk would count it as the caller giving up):
  a ringing call ends when its caller hangs up. Only with the phone offline does F4 end a
  ringing call at the desk, as the agent's word that the ringing stopped.
- Events the phone sends about calls the desk does not hold (a ring it refused, the echo of a
  hang-up it asked for) change nothing and say nothing; a call the desk recorded before it was
  restarted gets its real end when the phone reports it, and is continued when the phone still
  has it in progress.
- Without call ids (MicroSIP, Zoiper), a softphone's `answer`/`hangup` may name the caller's
  number: one that is not the current caller's never ends or answers the current call, and a
  hang-up for a number that rang while the agent was busy is that missed call's.

The session runs on one thread (the GUI thread; the Qt bridge hands events over to it).
Time comes from the injected clock.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from agent_desk import phones
from agent_desk.calls.events import (
    PhoneCommandFailed,
    PhoneControl,
    PhoneUnavailable,
    RingEvent,
)
from agent_desk.calls.ringing import RingCountdown
from agent_desk.calls.service import (
    CallInfo,
    CallRecord,
    CallService,
    SavedCall,
    ShiftNotOpen,
    check_call_id,
)
from agent_desk.calls.training import Scenario, scenario_of
from agent_desk.clock import Clock
from agent_desk.errors import AgentDeskError
from agent_desk.policy import CHOICES, Policy

if TYPE_CHECKING:
    from agent_desk.accounts import AgentInfo
    from agent_desk.shifts import ShiftInfo

log = logging.getLogger(__name__)

RING_WITHOUT_SHIFT = CHOICES["phone.ring_without_shift"]
PHONE_WAIT = 5.0  # seconds the phone has to say it answered before the agent is told it did not
# The phone's commands in the agent's words (for "The phone did not … the call").
COMMAND_WORDS = {"accept": "answer", "hangup": "hang up", "dial": "dial"}
DEFAULT_BREAK = "rest"


class Stage(StrEnum):
    IDLE = "idle"
    RINGING = "ringing"
    TALKING = "talking"
    WRAPUP = "wrapup"  # after the hang-up, until the record is saved


class CallRefused(AgentDeskError):
    """The desk cannot do that with the call now; `reason` says why, for the agent's words."""

    code = "call.refused"


class UnrecordedCall(AgentDeskError):
    """The phone has a call the desk never saw ring (answered there before the desk was up)."""

    code = "call.unrecorded"
    template = (
        "The phone has a call {state} that the desk did not see ring ({caller}); "
        "it is not recorded at the desk."
    )


@dataclass(frozen=True)
class DeskState:
    """What the agent is doing, for the banner: available, ringing, talking, wrapup, break (with
    its reason), no_shift, supervising (no shift, by choice at login) or logged_out."""

    state: str
    since: datetime | None = None
    break_reason: str | None = None

    def seconds(self, now: datetime) -> int:
        """Whole seconds in this state at `now` (0 when it has no start)."""
        if self.since is None:
            return 0
        return max(0, int((now - self.since).total_seconds()))


@dataclass(frozen=True)
class CallEvent:
    """The call at the desk as listeners see it (never an ORM object)."""

    public_id: str
    caller_number: str
    normalised: str
    direction: str = "inbound"
    cti_call_id: str | None = None
    source: str = "manual"
    customer_id: int | None = None
    customer_name: str = ""
    outcome: str = "ringing"
    answer_delay_ms: int | None = None
    within_rule: bool | None = None
    training: bool = False
    caller_name: str = ""  # the display name the phone passed, offered for an unknown caller
    on_break: str | None = None  # the break reason when it rang during a break
    rang_while_busy: bool = False
    ring_started_at: datetime | None = None  # its first ring, also for a call that waited


# --- what listeners are told ---------------------------------------------------------------


@dataclass(frozen=True)
class StageChanged:
    stage: Stage


@dataclass(frozen=True)
class Rang:
    call: CallEvent


@dataclass(frozen=True)
class Answered:
    call: CallEvent


@dataclass(frozen=True)
class HungUp:
    call: CallEvent  # outcome "abandoned" when nobody answered


@dataclass(frozen=True)
class WrapUpStarted:
    call: CallEvent


@dataclass(frozen=True)
class RecordSaved:
    saved: SavedCall


@dataclass(frozen=True)
class CustomerLinked:
    call: CallEvent


@dataclass(frozen=True)
class SetAside:
    call: CallEvent  # in wrap-up, interrupted by a new ring: its record is kept as a draft


@dataclass(frozen=True)
class ScenarioChanged:
    scenario: Scenario | None


@dataclass(frozen=True)
class WaitingCall:
    """A call rang while the agent was busy (`ended` False) or its caller gave up (True)."""

    call: CallEvent
    ended: bool


@dataclass(frozen=True)
class RingRefused:
    """A ring the desk did not take (no open shift by policy, nobody logged in)."""

    error: AgentDeskError
    caller: str


@dataclass(frozen=True)
class ShiftChanged:
    shift: ShiftInfo  # a shift opened by a ring, or a state the call changed


@dataclass(frozen=True)
class Problem:
    """Something the agent should read but that did not stop the call (phone offline…)."""

    error: AgentDeskError


Notice = (
    StageChanged
    | Rang
    | Answered
    | HungUp
    | WrapUpStarted
    | RecordSaved
    | CustomerLinked
    | SetAside
    | ScenarioChanged
    | WaitingCall
    | RingRefused
    | ShiftChanged
    | Problem
)
Listener = Callable[[Notice], None]


class ShiftPort(Protocol):
    """What the session needs of the shift service."""

    def current(self, agent_id: int) -> ShiftInfo | None: ...

    def start(self, agent: AgentInfo, language: str = "zh_CN") -> ShiftInfo: ...

    def set_state(
        self, shift_id: int, state: str, break_reason: str | None = None
    ) -> ShiftInfo: ...

    def suspend(self, shift_id: int) -> None: ...


class DeskSession:
    def __init__(
        self,
        calls: CallService,
        clock: Clock,
        policy: Policy,
        agent: AgentInfo | None,
        *,
        shifts: ShiftPort | None = None,
        training: bool = False,
        language: str = "zh_CN",
        take_calls: bool = True,
    ) -> None:
        self.calls = calls
        self.clock = clock
        self.agent = agent
        self.shifts = shifts
        self.training = training
        # False: a supervisor or administrator chose at login to supervise only (no shift).
        self.take_calls = take_calls
        self.language = language  # of the summary of a shift a ring opens
        self.without_shift = str(policy.get("phone.ring_without_shift", "open"))
        if self.without_shift not in RING_WITHOUT_SHIFT:
            log.warning(
                "[phone] ring_without_shift = %r is not known; using open", self.without_shift
            )
            self.without_shift = "open"
        self.phone: PhoneControl | None = None
        self.stage = Stage.IDLE
        self.current: CallEvent | None = None
        self.scenario: Scenario | None = None
        # Calls that rang while the agent was busy and still ring, by the phone's call id.
        self.waiting: dict[str, CallEvent] = {}
        self.listeners: list[Listener] = []
        # The error behind the last refused event, for the agent's words (replies are English).
        self.last_error: AgentDeskError | None = None
        # Calls the phone was asked to answer: call id -> the monotonic deadline for its word.
        self._asked: dict[str, float] = {}
        # The current call's record was saved while the caller was still on the line.
        self.record_saved = False
        # Calls of this desk the phone still had in progress when it (re)connected, not yet
        # continued at the desk (the agent restores their record).
        self._live_at_phone: set[str] = set()
        # Missed calls without a call id during the current call, by number: a softphone's
        # hang-up naming that number is theirs, not the current call's.
        self._missed_numbers: Counter[str] = Counter()
        # Set while a ring is being recorded, so a shift is not closed under it.
        self._recording = False
        self.stage_since = clock.now()
        self.break_reason = DEFAULT_BREAK  # what the break key starts: the reason last chosen
        # The agent's shift as last seen by the desk (its state for the banner).
        self.shift: ShiftInfo | None = None
        if shifts is not None and agent is not None and not training:
            self.shift = shifts.current(agent.id)

    # --- the ring sink ------------------------------------------------------------------------

    def handle_event(self, event: RingEvent) -> dict[str, Any]:
        """One event from any ring source; the reply goes back to it (a CTI command's exit)."""
        self.last_error = None
        call: CallEvent | None
        try:
            if event.kind == "ring":
                call = self.ring(
                    event.caller,
                    event.call_id,
                    event.source,
                    scenario_of(event),
                    caller_name=event.caller_name,
                )
                if call.rang_while_busy:
                    return {"ok": True, "call": call.public_id, "waiting": True}
            elif event.kind in ("answer", "hangup") and self._untracked(event):
                return self._untracked_phone_event(event)
            elif event.kind == "answer":
                call = self.answer(event.call_id, caller=event.caller)
            elif event.kind == "hangup":
                call = self.hang_up(event.call_id, caller=event.caller)
            elif event.kind == "dialled":
                call = self.dialled(event.call_id)
            elif event.kind == "live":
                call = self.live(event)
            elif event.kind == "failed":
                call = self.phone_failed(event)
            else:
                return {"ok": False, "error": f"unknown event {event.kind}"}
        except AgentDeskError as exc:
            self.last_error = exc
            return {"ok": False, "error": exc.message}
        return {"ok": True, "call": call.public_id if call else None}

    # --- the call -----------------------------------------------------------------------------

    def ring(
        self,
        caller: str,
        call_id: str | None = None,
        source: str = "manual",
        scenario: Scenario | None = None,
        rang_since: float | None = None,
        caller_name: str = "",
    ) -> CallEvent:
        try:
            agent = self._agent()
            key = check_call_id(call_id)
            if key is not None:
                if self.current is not None and self.current.cti_call_id == key:
                    return self.current  # the phone told us twice
                if key in self.waiting:
                    return self.waiting[key]
            shift = self._shift_for_call(agent)
        except AgentDeskError as exc:
            log.warning("ring from %s refused: %s", phones.mask(caller) or "?", exc.message)
            self._tell(RingRefused(exc, caller))
            raise
        busy = self.stage is Stage.TALKING or (
            self.stage is Stage.RINGING
            and key is not None
            and self.current is not None
            and self.current.cti_call_id is not None
        )
        self._recording = True  # until the call is on the banner (or waiting): see busy()
        try:
            if busy:
                return self._ring_while_busy(agent, caller, key, source, caller_name, shift)
            if self.stage is Stage.RINGING and self.current is not None:
                # Without call ids a new ring means the earlier one stopped unseen.
                log.info(
                    "a new ring replaces call %s, which was not answered", self.current.public_id
                )
                self.hang_up(None)
            if self.stage is Stage.WRAPUP and self.current is not None:
                # The desk phone rings whatever the wrap-up: never lose the ring. The unsaved
                # record is kept as a draft and offered back once the new call is saved.
                log.info("call %s set aside as a draft for a new ring", self.current.public_id)
                self._tell(SetAside(self.current))
            info, shift = self._record_ring(
                agent, caller, key, shift, rang_since=rang_since, rang_while_busy=False
            )
            on_break = shift.break_reason if shift is not None and shift.state == "break" else None
            event = self._event(info, source=source, caller_name=caller_name, on_break=on_break)
            self._start_ringing(event, scenario)
            return event
        except AgentDeskError as exc:
            if isinstance(exc, CallRefused | ShiftNotOpen):  # the shift closed under the ring
                log.warning("ring from %s refused: %s", phones.mask(caller) or "?", exc.message)
                self._tell(RingRefused(exc, caller))
            raise
        finally:
            self._recording = False

    def _start_ringing(self, event: CallEvent, scenario: Scenario | None) -> None:
        self.current = event
        self.scenario = scenario
        self._set_stage(Stage.RINGING)
        log.info(
            "ring received: call %s from %s via %s%s%s",
            event.public_id,
            phones.mask(event.caller_number) or "unknown number",
            event.source,
            " (training)" if self.training else "",
            f" during a break ({event.on_break})" if event.on_break else "",
        )
        self._tell(ScenarioChanged(scenario))
        self._tell(Rang(event))

    def _ring_while_busy(
        self,
        agent: AgentInfo,
        caller: str,
        key: str | None,
        source: str,
        caller_name: str,
        shift: ShiftInfo | None,
    ) -> CallEvent:
        info, shift = self._record_ring(agent, caller, key, shift, rang_while_busy=True)
        event = self._event(info, source=source, caller_name=caller_name)
        log.info(
            "call %s from %s rang while the agent was busy (call %s)",
            info.public_id,
            phones.mask(caller) or "unknown number",
            self.current.public_id if self.current else "-",
        )
        if key is not None:
            self.waiting[key] = event
            self._tell(WaitingCall(event, ended=False))
            return event
        ended = self.calls.hang_up(info.public_id, actor=agent, end_unknown=True)
        event = self._event(ended, base=event)
        if event.normalised:
            self._missed_numbers[event.normalised] += 1
        log.info("missed call %s listed for a callback", ended.public_id)
        self._tell(WaitingCall(event, ended=True))
        return event

    def _record_ring(
        self,
        agent: AgentInfo,
        caller: str,
        key: str | None,
        shift: ShiftInfo | None,
        *,
        rang_since: float | None = None,
        rang_while_busy: bool,
    ) -> tuple[CallInfo, ShiftInfo | None]:
        """Store the ring in its shift. A shift closed a moment ago (its close took the store
        first) is never the call's: the ring goes to a new shift, or is refused by policy."""
        for attempt in (1, 2):
            try:
                info = self.calls.ring(
                    caller,
                    agent_id=agent.id,
                    cti_call_id=key,
                    rang_since=rang_since,
                    shift_id=shift.id if shift is not None else None,
                    rang_while_busy=rang_while_busy,
                )
            except ShiftNotOpen:
                if attempt == 2:
                    raise
                log.info("the shift closed while the ring was being recorded")
                shift = self._shift_for_call(agent)
                continue
            return info, shift
        raise AssertionError("unreachable")

    def busy(self) -> AgentDeskError | None:
        """Why the shift must not be closed now (a call rings, is on or in wrap-up), or None.

        Read by the shift's close inside its write transaction: a ring that is being recorded
        then either waits for the close (and goes to a new shift) or is seen here.
        """
        if self._recording or self.stage is not Stage.IDLE or self.waiting:
            return CallRefused(
                "a call is at the desk: finish it and save its record first", reason="call.busy"
            )
        return None

    def answer(
        self, call_id: str | None = None, *, from_desk: bool = False, caller: str = ""
    ) -> CallEvent:
        key = check_call_id(call_id)
        if key is not None and key in self.waiting:
            raise CallRefused(
                f"call {key} rang while the agent was busy; finish the current call first",
                reason="call.waiting",
            )
        event = self._match(key, caller)
        if event is None:
            raise CallRefused("no call is ringing", reason="call.not_ringing")
        if self.stage is not Stage.RINGING:
            return event  # already answered: the desk phone and F3 both reported it
        if from_desk and self._drives(event):
            self._ask_phone_to_answer(event)
            return event  # answered when the phone says so ("answer" from it)
        if event.cti_call_id is not None:
            self._asked.pop(event.cti_call_id, None)
        info = self.calls.answer(event.public_id)
        self.current = self._event(info, base=event)
        self._set_stage(Stage.TALKING)
        log.info(
            "call answered: %s after %d ms (%s)",
            info.public_id,
            info.answer_delay_ms or 0,
            "within the rule" if info.within_rule else "rule broken",
        )
        self._shift_follows("on_call")
        self._tell(Answered(self.current))
        return self.current

    def hang_up(
        self, call_id: str | None = None, *, from_desk: bool = False, caller: str = ""
    ) -> CallEvent:
        key = check_call_id(call_id)
        if key is not None and key in self.waiting:
            return self._waiting_ended(key)
        missed = self._missed_hang_up(key, caller)
        if missed is not None:
            return missed
        event = self._match(key, caller)
        if event is None:
            raise CallRefused("no call to hang up", reason="call.none")
        if self.stage in (Stage.IDLE, Stage.WRAPUP):
            return event
        if from_desk and self._drives(event):
            phone = self.phone
            assert phone is not None
            if self.stage is Stage.RINGING and phone.connected:
                raise CallRefused(
                    "the call is still ringing: F3 answers it; it ends when the caller hangs up",
                    reason="call.ringing_phone",
                )
            if self.stage is Stage.TALKING:
                self._tell_phone("hang_up", event)
        if event.cti_call_id is not None:
            self._asked.pop(event.cti_call_id, None)
        self._missed_numbers.clear()
        info = self.calls.hang_up(event.public_id, actor=self.agent)
        self.current = self._event(info, base=event)
        log.info("call hung up: %s (%s)", info.public_id, info.outcome)
        self._tell(HungUp(self.current))
        ended = self.current
        if self.record_saved:
            self._shift_follows("available")  # its record was saved on the line: done
            self._finish()
        elif info.outcome == "abandoned":
            self._finish()
        else:
            self._set_stage(Stage.WRAPUP)
            self._shift_follows("wrap_up")
            self._tell(WrapUpStarted(self.current))
        self._ring_next_waiting()
        return ended

    def _waiting_ended(self, key: str) -> CallEvent:
        event = self.waiting.pop(key)
        info = self.calls.hang_up(event.public_id, actor=self.agent)
        ended = self._event(info, base=event)
        log.info("missed call %s listed for a callback", info.public_id)
        self._tell(WaitingCall(ended, ended=True))
        return ended

    def _ring_next_waiting(self) -> None:
        """The desk is free again: the longest-waiting call still ringing comes to the banner."""
        if not self.waiting or self.stage in (Stage.RINGING, Stage.TALKING):
            return
        key = next(iter(self.waiting))
        event = self.waiting.pop(key)
        if self.stage is Stage.WRAPUP and self.current is not None:
            log.info("call %s set aside as a draft for a waiting call", self.current.public_id)
            self._tell(SetAside(self.current))
        self._start_ringing(event, None)

    def dialled(self, call_id: str | None) -> CallEvent | None:
        """The phone names the call the desk placed through it (its id, for the hang-up)."""
        key = check_call_id(call_id)
        event = self.current
        if key is None or event is None or event.direction != "outbound":
            return event
        if event.cti_call_id is None:
            info = self.calls.set_cti_call_id(event.public_id, key)
            self.current = replace(event, cti_call_id=info.cti_call_id)
        return self.current

    def countdown(self) -> RingCountdown | None:
        if self.current is None:
            return None
        return self.calls.countdown(self.current.public_id)

    def set_customer(self, customer_id: int, name: str) -> None:
        """The customer card matched (or created) the caller: link them to the call."""
        if self.current is None:
            return
        try:
            self.calls.set_customer(self.current.public_id, customer_id)
        except AgentDeskError as exc:
            log.warning("could not link customer %s: %s", customer_id, exc.message)
            return
        self.current = replace(self.current, customer_id=customer_id, customer_name=name)
        self._tell(CustomerLinked(self.current))

    def place_outbound(
        self, number: str, customer_id: int | None = None, callback_id: int | None = None
    ) -> CallEvent:
        """The agent calls a customer (card, callback, missed call); dialled through the
        phone when the desk drives one, and recorded as outbound."""
        agent = self._agent()
        if self.stage is not Stage.IDLE:
            raise CallRefused("busy: finish the current call first", reason="call.busy")
        shift = self._shift_for_call(agent)
        if self.phone is not None:
            self.phone.dial(phones.normalise(number) or number.strip())
        info = self.calls.place_outbound(
            number,
            agent_id=agent.id,
            customer_id=customer_id,
            callback_id=callback_id,
            shift_id=shift.id if shift is not None else None,
        )
        self.current = self._event(info, source=self.phone.name if self.phone else "outbound")
        self.scenario = None
        self._set_stage(Stage.TALKING)
        log.info("outbound call placed: %s", info.public_id)
        self._shift_follows("on_call")
        self._tell(Answered(self.current))
        return self.current

    def resume(self, public_id: str) -> CallEvent:
        """Continue the record of a call after a restart (the draft was restored).

        A call the phone still has in progress goes on (talking, ended when the phone says);
        one it no longer has ended when the desk last knew of it (the record's last autosave),
        not at the save.
        """
        info = self.calls.get(public_id)
        key = info.cti_call_id
        live = key is not None and (key in self._live_at_phone or self._phone_has(key))
        if live:
            self._live_at_phone.discard(key or "")
            info = self.calls.continue_live(public_id)
        else:
            info = self.calls.end_restored(public_id)
        phone = self.phone
        source = phone.name if live and phone is not None else "restored"
        self.current = self._event(info, source=source)
        self._set_stage(Stage.WRAPUP)
        self._tell(WrapUpStarted(self.current))
        if live:
            log.info("call %s continues: the phone still has it", public_id)
            self._set_stage(Stage.TALKING)
            self._shift_follows("on_call")
        else:
            self._shift_follows("wrap_up")
        return self.current

    def live(self, event: RingEvent) -> CallEvent | None:
        """The phone has this call in progress (found when its link (re)connected)."""
        key = check_call_id(event.call_id)
        current = self.current
        if key is None:
            return current
        if current is not None and current.cti_call_id == key:
            if self.stage is Stage.WRAPUP and current.source == "restored":
                info = self.calls.continue_live(current.public_id)
                self.current = self._event(info, base=replace(current, source=event.source))
                log.info("call %s continues: the phone still has it", current.public_id)
                self._set_stage(Stage.TALKING)
                self._shift_follows("on_call")
            return self.current
        if self.agent is not None and self.calls.open_call_with(self.agent.id, key) is not None:
            self._live_at_phone.add(key)  # continued when the agent restores its record
            log.info("the phone still has a call of this desk (%s)", key[:16])
            return current
        incoming = bool((event.extra or {}).get("incoming", True))
        who = phones.mask(event.caller) or event.caller_name or "unknown number"
        log.warning("the phone has a call the desk did not record, from %s", who)
        self._tell(
            Problem(
                UnrecordedCall(
                    state="in progress" if incoming else "it placed",
                    caller=who,
                    incoming=incoming,
                )
            )
        )
        return current

    def phone_failed(self, event: RingEvent) -> CallEvent | None:
        """A command the desk sent the phone did not take (its call gone, the link lost…)."""
        extra = dict(event.extra or {})
        command = str(extra.get("command", ""))
        detail = str(extra.get("detail", ""))
        key = event.call_id
        if key is not None:
            self._asked.pop(key, None)
        error: AgentDeskError
        if extra.get("code") == PhoneUnavailable.code:
            error = PhoneUnavailable(detail)
        else:
            error = PhoneCommandFailed(
                command=COMMAND_WORDS.get(command, command),
                detail=detail,
                reason=str(extra.get("reason") or "phone.failed"),
            )
        log.warning("phone: %s not done: %s", command, detail)
        self._tell(Problem(error))
        current = self.current
        if (
            command == "dial"
            and current is not None
            and current.direction == "outbound"
            and current.cti_call_id is None
            and self.stage is Stage.TALKING
        ):
            return self.hang_up(None)  # the phone never placed it: the call ends at the desk
        return current

    def check_phone(self) -> None:
        """Tell the agent about a phone that did not answer in time (called every moment)."""
        now = self.clock.monotonic()
        for key, deadline in list(self._asked.items()):
            if now < deadline:
                continue
            del self._asked[key]
            current = self.current
            if current is None or current.cti_call_id != key or self.stage is not Stage.RINGING:
                continue
            log.warning(
                "the phone did not answer call %s within %g s", current.public_id, PHONE_WAIT
            )
            self._tell(
                Problem(
                    PhoneCommandFailed(
                        command="answer",
                        detail=f"it did not say it answered within {PHONE_WAIT:g} s",
                        reason="phone.no_answer",
                    )
                )
            )

    def save(self, record: CallRecord) -> SavedCall:
        """Save the record of the current call (raises ValidationError for the form)."""
        if self.current is None or self.agent is None:
            raise CallRefused("there is no call to save", reason="call.none")
        if self.record_saved:
            raise CallRefused("this call record is already saved", reason="call.already_saved")
        if self.current.customer_id is not None and record.customer_id is None:
            record = replace(record, customer_id=self.current.customer_id)
        # A call the phone reports (it has a call id) stays on the line until the phone says it
        # ended, or F4: Ctrl+S while the caller still talks saves the record and keeps the call.
        on_line = self.stage is Stage.TALKING and self.current.cti_call_id is not None
        saved = self.calls.save_record(
            self.current.public_id, record, actor=self.agent, on_line=on_line
        )
        log.info(
            "call saved: %s (%s, answer delay %s ms)",
            saved.call.public_id,
            saved.call.category,
            saved.call.answer_delay_ms,
        )
        if on_line:
            self.record_saved = True
            self.current = self._event(saved.call, base=self.current)
            log.info("call %s saved on the line: it ends when the phone says", saved.call.public_id)
            self._tell(RecordSaved(saved))
            return saved
        self._shift_follows("available")
        self._tell(RecordSaved(saved))
        self._finish()
        self._ring_next_waiting()
        return saved

    # --- rules about the shift ----------------------------------------------------------------

    def _shift_for_call(self, agent: AgentInfo) -> ShiftInfo | None:
        """The open shift a call belongs to: opened by the call, or the call is refused."""
        if self.shifts is None or self.training:
            return None
        shift = self.shifts.current(agent.id)
        if shift is not None:
            self.shift = shift
            return shift
        if not self.take_calls:
            raise CallRefused(
                "supervising only, with no shift: start a shift to take calls",
                reason="call.supervising",
            )
        if self.without_shift == "refuse":
            raise CallRefused(
                "the shift is closed: start a new shift to take calls", reason="call.no_shift"
            )
        shift = self.shifts.start(agent, self.language)
        log.info("a call came with no open shift: shift %s started for it", shift.public_id)
        self.shift = shift
        self._tell(ShiftChanged(shift))
        return shift

    def shift_opened(self, shift: ShiftInfo) -> None:
        """The agent started (or resumed) a shift: the desk takes calls in it from now."""
        self.take_calls = True
        self.shift = shift
        self._tell(ShiftChanged(shift))

    def shift_closed(self, closed: ShiftInfo | None = None) -> None:
        """The agent closed the shift (File ▸ Close shift…)."""
        self.shift = closed
        if closed is not None:
            self._tell(ShiftChanged(closed))

    # --- breaks ---------------------------------------------------------------------------------

    def toggle_break(self, reason: str | None = None) -> ShiftInfo:
        """The break key: on a break it ends it; otherwise it starts one with `reason` (the
        reason last chosen when none is given). A reason chosen while on a break switches."""
        shift = self._open_shift()
        if shift.state == "break" and (reason is None or reason == shift.break_reason):
            return self.end_break()
        return self.start_break(reason or self.break_reason)

    def start_break(self, reason: str) -> ShiftInfo:
        shift = self._open_shift()
        # One state at a time: a break in wrap-up turned the wrap-up into break time while the
        # banner still said wrap-up. It is refused with the reason, never queued.
        if self.stage is Stage.RINGING:
            raise CallRefused("a call is ringing: answer it first", reason="call.break_ringing")
        if self.stage is Stage.TALKING:
            raise CallRefused("finish the call before a break", reason="call.busy")
        if self.stage is Stage.WRAPUP:
            raise CallRefused("save the call record before a break", reason="call.break_wrapup")
        changed = self._set_shift_state(shift, "break", reason)
        self.break_reason = reason
        log.info("break started (%s)", reason)
        return changed

    def end_break(self) -> ShiftInfo:
        shift = self._open_shift()
        if shift.state != "break":
            return shift
        state = "available"
        if self.stage is Stage.TALKING:
            state = "on_call"
        elif self.stage is Stage.WRAPUP:
            state = "wrap_up"
        changed = self._set_shift_state(shift, state, None)
        log.info("break ended (%s)", shift.break_reason)
        return changed

    def _open_shift(self) -> ShiftInfo:
        if self.shifts is None or self.training:
            raise CallRefused("training desks have no shift", reason="call.no_shift")
        agent = self._agent()
        shift = self.shifts.current(agent.id)
        if shift is None:
            raise CallRefused("no open shift: start a shift first", reason="call.no_shift")
        return shift

    def _set_shift_state(self, shift: ShiftInfo, state: str, reason: str | None) -> ShiftInfo:
        assert self.shifts is not None
        changed = self.shifts.set_state(shift.id, state, reason)
        self.shift = changed
        self._tell(ShiftChanged(changed))
        return changed

    # --- the desk as a whole --------------------------------------------------------------------

    def desk_state(self) -> DeskState:
        """What the agent is doing now and since when (the banner shows it with its time)."""
        if self.agent is None:
            return DeskState("logged_out")
        if self.stage is Stage.RINGING:  # a waiting call has rung since its first ring
            first = self.current.ring_started_at if self.current is not None else None
            return DeskState("ringing", min(first, self.stage_since) if first else self.stage_since)
        if self.stage is Stage.TALKING:
            return DeskState("talking", self.stage_since)
        if self.stage is Stage.WRAPUP:
            return DeskState("wrapup", self.stage_since)
        if self.training or self.shifts is None:
            return DeskState("available", self.stage_since)
        shift = self.shift
        if shift is None or not shift.is_open:
            return DeskState("no_shift" if self.take_calls else "supervising")
        if shift.state == "break":
            return DeskState("break", shift.state_since, shift.break_reason)
        return DeskState("available", shift.state_since or self.stage_since)

    def leave(self) -> CallEvent | None:
        """The desk closes now (the agent confirmed closing the window, or the PC logs off).

        A call on the line ends at the desk at this moment (its record is kept: the form saves
        it as a draft first, and it is offered at the next start); a call still ringing was not
        answered here; calls waiting are missed calls with their callback. The agent's state
        ends now too, so nothing runs on while the desk is down. Returns the answered call kept
        for its record, if any.
        """
        kept: CallEvent | None = None
        event = self.current
        try:
            if event is not None and self.stage in (Stage.RINGING, Stage.TALKING):
                info = self.calls.hang_up(event.public_id, actor=self.agent)
                event = self._event(info, base=event)
                log.info("the desk closed during call %s (%s)", info.public_id, info.outcome)
            if event is not None and event.outcome == "answered" and not self.record_saved:
                kept = event
            for key in list(self.waiting):
                self._waiting_ended(key)
        except AgentDeskError as exc:
            log.warning("the call could not be ended as the desk closed: %s", exc.message)
        if self.stage is not Stage.IDLE:
            self._finish()
        if self.shifts is not None and self.agent is not None and not self.training:
            try:
                shift = self.shifts.current(self.agent.id)
                if shift is not None:
                    self.shifts.suspend(shift.id)
            except AgentDeskError as exc:
                log.warning("the agent's state was not ended as the desk closed: %s", exc.message)
        return kept

    def _shift_follows(self, state: str) -> None:
        """The agent's state follows the call (on a call, wrap-up, available again)."""
        if self.shifts is None or self.training or self.agent is None:
            return
        try:
            shift = self.shifts.current(self.agent.id)
            self.shift = shift
            if shift is None or shift.state == state:
                return
            if state == "available" and shift.state not in ("on_call", "wrap_up"):
                return  # a record saved later (e.g. from a break) does not end the break
            if state == "on_call" and shift.state == "break":
                log.info("answering ends the break (%s)", shift.break_reason)
            changed = self.shifts.set_state(shift.id, state)
        except AgentDeskError as exc:
            log.warning("agent state not changed to %s: %s", state, exc.message)
            self._tell(Problem(exc))
            return
        self.shift = changed
        self._tell(ShiftChanged(changed))

    # --- helpers ------------------------------------------------------------------------------

    def _agent(self) -> AgentInfo:
        if self.agent is None:
            raise CallRefused("nobody is logged in at this desk", reason="call.no_agent")
        return self.agent

    def _drives(self, event: CallEvent) -> bool:
        """Does the desk drive the phone this call is on (its keys are sent to it)?"""
        phone = self.phone
        return phone is not None and event.source == phone.name and bool(event.cti_call_id)

    def _phone_has(self, key: str) -> bool:
        phone = self.phone
        has_call = getattr(phone, "has_call", None)
        return bool(has_call(key)) if has_call is not None else False

    def _ask_phone_to_answer(self, event: CallEvent) -> None:
        phone = self.phone
        key = event.cti_call_id
        assert phone is not None and key is not None
        now = self.clock.monotonic()
        if self._asked.get(key, now) > now:
            return  # asked already; its answer is on the way
        try:
            phone.accept(key)
        except (PhoneUnavailable, PhoneCommandFailed) as exc:
            log.warning("phone %s: answer not sent: %s", phone.name, exc.message)
            self._tell(Problem(exc))
            return
        self._asked[key] = now + PHONE_WAIT
        log.info("the phone was asked to answer call %s", event.public_id)

    def _tell_phone(self, command: str, event: CallEvent) -> None:
        phone = self.phone
        if phone is None or event.source != phone.name:
            return
        try:
            if command == "accept":
                phone.accept(event.cti_call_id)
            else:
                phone.hang_up(event.cti_call_id)
        except (PhoneUnavailable, PhoneCommandFailed) as exc:
            log.warning("phone %s: %s not sent: %s", phone.name, command, exc.message)
            self._tell(Problem(exc))

    def _untracked(self, event: RingEvent) -> bool:
        """An answer or hang-up from the phone the desk drives, about a call it does not hold."""
        phone = self.phone
        if phone is None or event.source != phone.name or not event.call_id:
            return False
        current = self.current
        held = current is not None and current.cti_call_id == event.call_id
        return not held and event.call_id not in self.waiting

    def _untracked_phone_event(self, event: RingEvent) -> dict[str, Any]:
        key = event.call_id or ""
        if event.kind == "hangup":
            self._live_at_phone.discard(key)
            if self.agent is not None:
                ended = self.calls.end_at_phone(self.agent.id, key)
                if ended is not None:
                    log.info("call %s ended at the phone (its record is not open)", ended.public_id)
                    return {"ok": True, "call": ended.public_id}
            # A ring the desk refused, or the echo of a hang-up the desk asked for.
            return {"ok": True, "call": None, "ignored": True}
        log.warning("the phone answered a call the desk did not take (%s)", key[:16])
        self._tell(
            Problem(
                UnrecordedCall(
                    state="answered on the phone",
                    caller=phones.mask(event.caller) or "unknown number",
                    incoming=True,
                )
            )
        )
        return {"ok": True, "call": None, "ignored": True}

    def _missed_hang_up(self, key: str | None, caller: str) -> CallEvent | None:
        """A softphone without call ids hangs up a missed call by its number: not the current
        call, whose caller is someone else (or the same number, once its missed rings are)."""
        if key is not None or not caller:
            return None
        number = phones.normalise(caller)
        if not number or self._missed_numbers[number] <= 0:
            return None
        self._missed_numbers[number] -= 1
        log.info("hang-up of a missed call from %s: the current call goes on", phones.mask(number))
        return self.current

    def _match(self, key: str | None, caller: str = "") -> CallEvent | None:
        current = self.current
        if current is None:
            return None
        if key and current.cti_call_id and key != current.cti_call_id:
            raise CallRefused(f"call {key} is not the call at this desk", reason="call.other_call")
        if key is None and caller:
            number = phones.normalise(caller)
            if number and current.normalised and number != current.normalised:
                raise CallRefused(
                    f"the call from {phones.mask(number)} is not the call at this desk",
                    reason="call.other_call",
                )
        return current

    def _event(
        self,
        info: CallInfo,
        *,
        source: str = "",
        base: CallEvent | None = None,
        caller_name: str = "",
        on_break: str | None = None,
    ) -> CallEvent:
        return CallEvent(
            public_id=info.public_id,
            caller_number=info.caller_number,
            normalised=info.caller_normalised,
            direction=info.direction,
            cti_call_id=info.cti_call_id,
            source=base.source if base else source,
            customer_id=info.customer_id,
            customer_name=base.customer_name if base else "",
            outcome=info.outcome,
            answer_delay_ms=info.answer_delay_ms,
            within_rule=info.within_rule,
            training=self.training,
            caller_name=base.caller_name if base else caller_name,
            on_break=base.on_break if base else on_break,
            rang_while_busy=info.rang_while_busy,
            ring_started_at=info.ring_started_at,
        )

    def _finish(self) -> None:
        self.current = None
        self.record_saved = False
        self.scenario = None
        self._set_stage(Stage.IDLE)

    def _set_stage(self, stage: Stage) -> None:
        self.stage = stage
        self.stage_since = self.clock.now()
        self._tell(StageChanged(stage))

    def _tell(self, notice: Notice) -> None:
        for listener in list(self.listeners):
            listener(notice)
