"""The call in progress at this desk, and the one place other parts of the window hook into it.

Every ring source (CTI socket, F2, training) delivers its events here (`handle_event`); the
banner, form and script panel listen to the signals; the customer card calls `set_customer`
and `place_outbound`. Timing is never kept here: the countdown lives on the service clock.

Signals carry frozen `CallEvent`s (and `SavedCall` for `record_saved`), never ORM objects.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from agent_desk import phones
from agent_desk.calls.events import RingEvent
from agent_desk.calls.ringing import RingCountdown
from agent_desk.calls.service import CallInfo, CallRecord, SavedCall
from agent_desk.calls.training import Scenario, scenario_of
from agent_desk.errors import AgentDeskError

if TYPE_CHECKING:
    from agent_desk.accounts import AgentInfo
    from agent_desk.services import Services

log = logging.getLogger(__name__)


class Stage(StrEnum):
    IDLE = "idle"
    RINGING = "ringing"
    TALKING = "talking"
    WRAPUP = "wrapup"  # after the hang-up, until the record is saved


@dataclass(frozen=True)
class CallEvent:
    """What colleagues' widgets learn about the call (never an ORM object)."""

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


class CallController(QObject):
    ring_started = Signal(object)  # CallEvent
    answered = Signal(object)  # CallEvent
    hung_up = Signal(object)  # CallEvent (outcome "abandoned" when nobody answered)
    wrapup_started = Signal(object)  # CallEvent
    record_saved = Signal(object)  # SavedCall
    customer_changed = Signal(object)  # CallEvent with the customer set
    stage_changed = Signal(str)  # Stage
    set_aside = Signal(object)  # CallEvent in wrap-up, interrupted by a new ring: save a draft
    scenario_changed = Signal(object)  # training Scenario | None

    def __init__(
        self,
        services: Services,
        agent: AgentInfo | None,
        *,
        training: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.agent = agent
        self.training = training
        self.clock = services.clock
        self.stage = Stage.IDLE
        self.current: CallEvent | None = None
        self.scenario: Scenario | None = None
        # The error behind the last refused event, so the desk can word it in the agent's
        # language (the reply itself carries English for CTI scripts).
        self.last_error: AgentDeskError | None = None

    # --- ring source sink -------------------------------------------------------------------

    def handle_event(self, event: RingEvent) -> dict[str, Any]:
        """One event from any ring source; the reply goes back to a CTI caller."""
        self.last_error = None
        try:
            if event.kind == "ring":
                call = self.ring(event.caller, event.call_id, event.source, scenario_of(event))
            elif event.kind == "answer":
                call = self.answer(event.call_id)
            elif event.kind == "hangup":
                call = self.hang_up(event.call_id)
            else:
                return {"ok": False, "error": f"unknown event {event.kind}"}
        except AgentDeskError as exc:
            self.last_error = exc
            return {"ok": False, "error": exc.message}
        return {"ok": True, "call": call.public_id if call else None}

    # --- the call ---------------------------------------------------------------------------

    def ring(
        self,
        caller: str,
        call_id: str | None = None,
        source: str = "manual",
        scenario: Scenario | None = None,
        rang_since: float | None = None,
    ) -> CallEvent:
        if self.agent is None:
            raise AgentDeskError("nobody is logged in at this desk")
        if self.stage is Stage.RINGING and self.current is not None:
            log.info("a new ring replaces call %s, which was not answered", self.current.public_id)
            self.hang_up(None)
        if self.stage is Stage.TALKING:
            raise AgentDeskError("busy: the agent is on another call")
        if self.stage is Stage.WRAPUP and self.current is not None:
            # The desk phone rings whatever the wrap-up: never lose the ring. The unsaved
            # record is kept as a draft and offered back once the new call is saved.
            log.info("call %s set aside as a draft for a new ring", self.current.public_id)
            self.set_aside.emit(self.current)
        info = self.services.calls.ring(
            caller, agent_id=self.agent.id, cti_call_id=call_id, rang_since=rang_since
        )
        self.current = self._event(info, source=source)
        self.scenario = scenario
        self._set_stage(Stage.RINGING)
        log.info(
            "ring received: call %s from %s via %s%s",
            info.public_id,
            phones.mask(caller) or "unknown number",
            source,
            " (training)" if self.training else "",
        )
        self.scenario_changed.emit(scenario)
        self.ring_started.emit(self.current)
        return self.current

    def answer(self, call_id: str | None = None) -> CallEvent | None:
        event = self._match(call_id)
        if event is None or self.stage is not Stage.RINGING:
            if event is not None:
                return event  # already answered: the desk phone and F3 both reported it
            raise AgentDeskError("no call is ringing")
        info = self.services.calls.answer(event.public_id)
        self.current = self._event(info, base=event)
        self._set_stage(Stage.TALKING)
        log.info(
            "call answered: %s after %d ms (%s)",
            info.public_id,
            info.answer_delay_ms or 0,
            "within the rule" if info.within_rule else "rule broken",
        )
        self.answered.emit(self.current)
        return self.current

    def hang_up(self, call_id: str | None = None) -> CallEvent | None:
        event = self._match(call_id)
        if event is None or self.stage in (Stage.IDLE, Stage.WRAPUP):
            if event is not None:
                return event
            raise AgentDeskError("no call to hang up")
        info = self.services.calls.hang_up(event.public_id)
        self.current = self._event(info, base=event)
        log.info("call hung up: %s (%s)", info.public_id, info.outcome)
        self.hung_up.emit(self.current)
        if info.outcome == "abandoned":
            self._finish()
        else:
            self._set_stage(Stage.WRAPUP)
            self.wrapup_started.emit(self.current)
        return self.current

    def countdown(self) -> RingCountdown | None:
        if self.current is None:
            return None
        return self.services.calls.countdown(self.current.public_id)

    def set_customer(self, customer_id: int, name: str) -> None:
        """The customer card matched (or created) the caller: link them to the call."""
        if self.current is None:
            return
        try:
            self.services.calls.set_customer(self.current.public_id, customer_id)
        except AgentDeskError as exc:
            log.warning("could not link customer %s: %s", customer_id, exc.message)
            return
        self.current = replace(self.current, customer_id=customer_id, customer_name=name)
        self.customer_changed.emit(self.current)

    def place_outbound(
        self, number: str, customer_id: int | None = None, callback_id: int | None = None
    ) -> CallEvent:
        """The agent calls a customer (card or callback reminder); recorded as outbound."""
        if self.agent is None:
            raise AgentDeskError("nobody is logged in at this desk")
        if self.stage is not Stage.IDLE:
            raise AgentDeskError("busy: finish the current call first")
        info = self.services.calls.place_outbound(
            number, agent_id=self.agent.id, customer_id=customer_id, callback_id=callback_id
        )
        self.current = self._event(info, source="outbound")
        self.scenario = None
        self._set_stage(Stage.TALKING)
        log.info("outbound call placed: %s", info.public_id)
        self.answered.emit(self.current)
        return self.current

    def resume(self, public_id: str) -> CallEvent:
        """Continue the record of a call after a restart (the draft was restored)."""
        info = self.services.calls.get(public_id)
        self.current = self._event(info, source="restored")
        self._set_stage(Stage.WRAPUP)
        self.wrapup_started.emit(self.current)
        return self.current

    def save(self, record: CallRecord) -> SavedCall:
        """Save the record of the current call (raises ValidationError for the form)."""
        if self.current is None or self.agent is None:
            raise AgentDeskError("there is no call to save")
        if self.current.customer_id is not None and record.customer_id is None:
            record = replace(record, customer_id=self.current.customer_id)
        saved = self.services.calls.save_record(self.current.public_id, record, actor=self.agent)
        log.info(
            "call saved: %s (%s, answer delay %s ms)",
            saved.call.public_id,
            saved.call.category,
            saved.call.answer_delay_ms,
        )
        self.record_saved.emit(saved)
        self._finish()
        return saved

    # --- helpers ----------------------------------------------------------------------------

    def _match(self, call_id: str | None) -> CallEvent | None:
        if self.current is None:
            return None
        if call_id and self.current.cti_call_id and call_id != self.current.cti_call_id:
            raise AgentDeskError(f"call {call_id} is not the call at this desk")
        return self.current

    def _event(
        self, info: CallInfo, *, source: str = "", base: CallEvent | None = None
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
        )

    def _finish(self) -> None:
        self.current = None
        self.scenario = None
        self._set_stage(Stage.IDLE)

    def _set_stage(self, stage: Stage) -> None:
        self.stage = stage
        self.stage_changed.emit(stage.value)
