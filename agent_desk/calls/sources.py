"""The desk's ring sources, chosen by the setting `phone.source`.

- `manual`: the desk phone rings and the agent presses F2 (no CTI).
- `cti` (the default): softphones and PBX scripts run `agent-desk ring|answer|hangup`.
- `baresip`: the baresip softphone over its ctrl_tcp link (`phone.baresip.address`); the desk's
  keys answer, hang up and dial it.
- `training`: the practice-call simulator (also `agent-desk --training`).

F2 works in every mode, as the fallback when the phone link is down. The CTI commands are only
taken in `cti` mode; in the others they are refused with the reason, so a second source can
never ring the same call twice.
"""

from __future__ import annotations

import logging
from collections.abc import MutableMapping
from dataclasses import dataclass, field
from typing import Any

from agent_desk.calls.baresip import DEFAULT_ADDRESS, BaresipSource
from agent_desk.calls.cti import CtiChannel, Handler
from agent_desk.calls.events import EVENT_KINDS, PhoneControl, PhoneStatusListener, RingSink
from agent_desk.calls.manual import ManualSource
from agent_desk.calls.session import Answered, DeskSession, HungUp, Notice, RecordSaved
from agent_desk.calls.training import Scenario, TrainingSimulator, load_scenarios
from agent_desk.clock import Clock

log = logging.getLogger(__name__)

SOURCE_KINDS = ("manual", "cti", "baresip", "training")
DEFAULT_SOURCE = "cti"


def source_kind(configured: str | None, training: bool = False) -> str:
    """The source to use: training when asked for on the command line, else the setting."""
    if training:
        return "training"
    kind = (configured or DEFAULT_SOURCE).strip().lower()
    if kind not in SOURCE_KINDS:
        log.warning("phone.source %r is not one of %s; using %s", kind, SOURCE_KINDS, "cti")
        return DEFAULT_SOURCE
    return kind


@dataclass
class DeskSources:
    kind: str
    manual: ManualSource
    cti: CtiChannel | None = None
    baresip: BaresipSource | None = None
    simulator: TrainingSimulator | None = None
    handlers: MutableMapping[str, Handler] | None = None
    _refusing: dict[str, Handler] = field(default_factory=dict)

    @property
    def phone(self) -> PhoneControl | None:
        """The phone the desk's keys drive, if the source is one."""
        return self.baresip

    def start(self, sink: RingSink) -> None:
        self.manual.start(sink)
        for source in (self.cti, self.baresip, self.simulator):
            if source is not None:
                source.start(sink)
        if self.cti is None and self.handlers is not None:
            for kind in EVENT_KINDS:
                self._refusing[kind] = self._refuse
                self.handlers[kind] = self._refuse
        log.info("ring source: %s (F2 for the desk phone as well)", self.kind)

    def stop(self) -> None:
        for source in (self.cti, self.baresip, self.simulator):
            if source is not None:
                source.stop()
        self.manual.stop()
        if self.handlers is not None:
            for kind, handler in self._refusing.items():
                if self.handlers.get(kind) == handler:
                    del self.handlers[kind]
        self._refusing.clear()

    def follow(self, session: DeskSession) -> None:
        """Hand the session the phone to drive, and let the simulator follow the call."""
        session.phone = self.phone
        if self.simulator is not None:
            session.listeners.append(self._training_notice)

    def _training_notice(self, notice: Notice) -> None:
        simulator = self.simulator
        if simulator is None:
            return
        if isinstance(notice, Answered) and notice.call.source == simulator.name:
            simulator.answered()
        elif isinstance(notice, RecordSaved) or (
            isinstance(notice, HungUp) and notice.call.outcome == "abandoned"
        ):
            simulator.finished()

    def _refuse(self, message: dict[str, Any]) -> dict[str, Any]:
        return {
            "ok": False,
            "error": f"this desk takes its calls from {self.kind} (setting phone.source), "
            f"not from {message.get('cmd')} commands",
        }


def build_sources(
    kind: str,
    *,
    clock: Clock,
    handlers: MutableMapping[str, Handler] | None = None,
    baresip_address: str | None = None,
    on_status: PhoneStatusListener | None = None,
    scenarios: list[Scenario] | None = None,
) -> DeskSources:
    """The sources of one desk. `handlers` is the local socket's command table (CTI)."""
    sources = DeskSources(kind=kind, manual=ManualSource(), handlers=handlers)
    if kind == "cti" and handlers is not None:
        sources.cti = CtiChannel(handlers)
    elif kind == "baresip":
        sources.baresip = BaresipSource(
            baresip_address or DEFAULT_ADDRESS, clock, on_status=on_status
        )
    elif kind == "training":
        sources.simulator = TrainingSimulator(
            load_scenarios() if scenarios is None else scenarios, clock
        )
    return sources
