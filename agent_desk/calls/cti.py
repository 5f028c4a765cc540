"""The local CTI channel: softphones and PBX scripts call `agent-desk ring|answer|hangup`.

The running app already listens on a per-profile local socket (the single-instance guard); this
source adds three commands to it. The client side is what the CLI sub-commands run: it must stay
light (no SQLAlchemy), because a softphone starts it on every incoming call.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from typing import Any

from agent_desk.calls.events import EVENT_KINDS, RingEvent, RingSink

Handler = Callable[[dict[str, Any]], dict[str, Any]]
CALLER_MAX = 64
CALL_ID_MAX = 64


def event_from_message(message: dict[str, Any]) -> RingEvent:
    """A socket message as an event; anything odd is trimmed rather than trusted."""
    kind = str(message.get("cmd", ""))
    if kind not in EVENT_KINDS:
        raise ValueError(f"not a CTI command: {kind!r}")
    caller = str(message.get("caller") or "").strip()[:CALLER_MAX]
    call_id = str(message.get("call_id") or "").strip()[:CALL_ID_MAX] or None
    return RingEvent(kind=kind, caller=caller, call_id=call_id, source="cti")


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
        return self._sink.handle_event(event_from_message(message))


def message_for(kind: str, caller: str | None = None, call_id: str | None = None) -> dict[str, Any]:
    message: dict[str, Any] = {"cmd": kind}
    if caller:
        message["caller"] = caller
    if call_id:
        message["call_id"] = call_id
    return message
