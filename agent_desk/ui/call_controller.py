"""The Qt side of the desk's call session: its notices as signals, on the GUI thread.

Every rule about the call lives in `agent_desk.calls.session.DeskSession`; this object only
(1) turns the session's notices into signals the banner, form, card and shift parts listen to,
(2) hands ring events that arrive on another thread (the baresip link) to the GUI thread, and
(3) forwards the phone's link status. Widgets keep calling `ring`, `answer`, `save`… here; each
is the session's.

Signals carry frozen `CallEvent`s (and `SavedCall` for `record_saved`), never ORM objects.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from agent_desk.calls.events import PhoneStatus, RingEvent
from agent_desk.calls.ringing import RingCountdown
from agent_desk.calls.service import CallRecord, SavedCall
from agent_desk.calls.session import (
    Answered,
    CallEvent,
    CustomerLinked,
    DeskSession,
    HungUp,
    Notice,
    Problem,
    Rang,
    RecordSaved,
    RingRefused,
    ScenarioChanged,
    SetAside,
    ShiftChanged,
    Stage,
    StageChanged,
    WaitingCall,
    WrapUpStarted,
)
from agent_desk.calls.training import Scenario
from agent_desk.errors import AgentDeskError

if TYPE_CHECKING:
    from agent_desk.accounts import AgentInfo
    from agent_desk.services import Services

log = logging.getLogger(__name__)

__all__ = ["CallController", "CallEvent", "Stage"]


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
    call_waiting = Signal(object, bool)  # CallEvent that rang while busy; True once it ended
    ring_refused = Signal(object, str)  # AgentDeskError, caller
    shift_changed = Signal(object)  # ShiftInfo: opened by a ring, or a state the call changed
    problem = Signal(object)  # AgentDeskError the agent should read (phone offline, …)
    phone_status_changed = Signal(object)  # PhoneStatus, from the phone's own thread
    _event_from_thread = Signal(object)  # RingEvent, delivered on the GUI thread

    def __init__(
        self,
        services: Services,
        agent: AgentInfo | None,
        *,
        training: bool = False,
        language: str = "zh_CN",
        take_calls: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.clock = services.clock
        self.session = DeskSession(
            services.calls,
            services.clock,
            services.policy,
            agent,
            shifts=None if training else services.shifts,
            training=training,
            language=language,
            take_calls=take_calls,
        )
        self.session.listeners.append(self._notice)
        self._gui_thread = threading.get_ident()
        self._event_from_thread.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        if not training:  # the shift's close asks the session whether a call is at the desk
            services.shifts.busy_checks.append(self.session.busy)
        # A phone asked to answer has a few seconds to say it did; the session tells the agent
        # when it did not (its clock, checked here on the GUI thread).
        self._phone_check = QTimer(self)
        self._phone_check.setInterval(250)
        self._phone_check.timeout.connect(self.session.check_phone)
        self._phone_check.start()

    # --- what widgets read ----------------------------------------------------------------------

    @property
    def agent(self) -> AgentInfo | None:
        return self.session.agent

    @property
    def training(self) -> bool:
        return self.session.training

    @property
    def stage(self) -> Stage:
        return self.session.stage

    @property
    def current(self) -> CallEvent | None:
        return self.session.current

    @property
    def scenario(self) -> Scenario | None:
        return self.session.scenario

    @property
    def last_error(self) -> AgentDeskError | None:
        return self.session.last_error

    # --- the ring sink: any thread --------------------------------------------------------------

    def handle_event(self, event: RingEvent) -> dict[str, Any]:
        """An event from any source. On the GUI thread it is handled now and answered; from a
        source's own thread (baresip) it is queued to the GUI thread."""
        if threading.get_ident() != self._gui_thread:
            self._event_from_thread.emit(event)
            return {"ok": True, "queued": True}
        return self.session.handle_event(event)

    def _deliver(self, event: RingEvent) -> None:
        reply = self.session.handle_event(event)
        if not reply.get("ok"):
            log.warning("%s event from %s not taken: %s", event.kind, event.source, reply)
            if self.session.last_error is not None:
                self.problem.emit(self.session.last_error)

    def phone_status(self, status: PhoneStatus) -> None:
        """The phone link's state; may be called from the phone's thread."""
        self.phone_status_changed.emit(status)

    # --- the agent's actions (the session's) ----------------------------------------------------

    def ring(
        self,
        caller: str,
        call_id: str | None = None,
        source: str = "manual",
        scenario: Scenario | None = None,
        rang_since: float | None = None,
    ) -> CallEvent:
        return self.session.ring(caller, call_id, source, scenario, rang_since)

    def answer(self, call_id: str | None = None, *, from_desk: bool = False) -> CallEvent:
        return self.session.answer(call_id, from_desk=from_desk)

    def hang_up(self, call_id: str | None = None, *, from_desk: bool = False) -> CallEvent:
        return self.session.hang_up(call_id, from_desk=from_desk)

    def countdown(self) -> RingCountdown | None:
        return self.session.countdown()

    def set_customer(self, customer_id: int, name: str) -> None:
        self.session.set_customer(customer_id, name)

    def place_outbound(
        self, number: str, customer_id: int | None = None, callback_id: int | None = None
    ) -> CallEvent:
        return self.session.place_outbound(number, customer_id, callback_id)

    def resume(self, public_id: str) -> CallEvent:
        return self.session.resume(public_id)

    def save(self, record: CallRecord) -> SavedCall:
        return self.session.save(record)

    # --- notices to signals ---------------------------------------------------------------------

    def _notice(self, notice: Notice) -> None:
        match notice:
            case StageChanged(stage):
                self.stage_changed.emit(stage.value)
            case Rang(call):
                self.ring_started.emit(call)
            case Answered(call):
                self.answered.emit(call)
            case HungUp(call):
                self.hung_up.emit(call)
            case WrapUpStarted(call):
                self.wrapup_started.emit(call)
            case RecordSaved(saved):
                self.record_saved.emit(saved)
            case CustomerLinked(call):
                self.customer_changed.emit(call)
            case SetAside(call):
                self.set_aside.emit(call)
            case ScenarioChanged(scenario):
                self.scenario_changed.emit(scenario)
            case WaitingCall(call, ended):
                self.call_waiting.emit(call, ended)
            case RingRefused(error, caller):
                self.ring_refused.emit(error, caller)
            case ShiftChanged(shift):
                self.shift_changed.emit(shift)
            case Problem(error):
                self.problem.emit(error)
