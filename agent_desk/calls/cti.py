"""The local CTI channel: softphones and PBX scripts call `agent-desk ring|answer|hangup`.

The running app already listens on a per-profile local socket (the single-instance guard); this
source adds three commands to it. The caller may be a number or whatever the softphone passes
(a SIP/SIPS/tel URI, with a display name and angle brackets); `caller_id` reads it. A call id is
kept whole up to 255 characters and refused beyond, never cut. The client side is what the CLI
sub-commands run (`agent_desk/commands/cti.py`); it stays light (no SQLAlchemy), because a
softphone starts it on every incoming call.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from typing import Any

from agent_desk.calls.caller_id import parse_caller
from agent_desk.calls.events import EVENT_KINDS, RingEvent, RingSink
from agent_desk.calls.service import check_call_id
from agent_desk.errors import AgentDeskError

Handler = Callable[[dict[str, Any]], dict[str, Any]]


class BadCtiMessage(AgentDeskError):
    code = "cti.bad_message"


def event_from_message(message: dict[str, Any]) -> RingEvent:
    """A socket message as an event; a call id too long to keep whole is refused."""
    kind = str(message.get("cmd", ""))
    if kind not in EVENT_KINDS:
        raise BadCtiMessage(f"not a CTI command: {kind!r}")
    caller = parse_caller(str(message.get("caller") or ""))
    return RingEvent(
        kind=kind,
        caller=caller.number,
        call_id=check_call_id(str(message.get("call_id") or "")),
        source="cti",
        caller_name=caller.name,
    )


class CtiChannel:
    """Registers ring/answer/hangup on the instance guard's handler table."""

    name = "cti"

    def __init__(self, handlers: MutableMapping[str, Handler]) -> None:
        self._handlers = handlers
        self._sink: RingSink | None = None

    def start(self, sink: RingSink) -> None:
        self._sink = sink
        for kind in EVENT_KINDS:
            self._handlers[kind] = self._handle

    def stop(self) -> None:
        for kind in EVENT_KINDS:
            if self._handlers.get(kind) == self._handle:
                del self._handlers[kind]
        self._sink = None

    def _handle(self, message: dict[str, Any]) -> dict[str, Any]:
        if self._sink is None:
            return {"ok": False, "error": "not ready"}
        try:
            event = event_from_message(message)
        except AgentDeskError as exc:
            return {"ok": False, "error": exc.message}
        return self._sink.handle_event(event)
