"""The manual key: without CTI the agent presses F2 when the desk phone rings."""

from __future__ import annotations

from typing import Any

from agent_desk.calls.events import RingEvent, RingSink


class ManualSource:
    name = "manual"

    def __init__(self) -> None:
        self._sink: RingSink | None = None

    def start(self, sink: RingSink) -> None:
        self._sink = sink

    def stop(self) -> None:
        self._sink = None

    def ring(self, number: str = "") -> dict[str, Any]:
        return self._send(RingEvent("ring", caller=number.strip()[:64], source=self.name))

    def answer(self) -> dict[str, Any]:
        return self._send(RingEvent("answer", source=self.name))

    def hang_up(self) -> dict[str, Any]:
        return self._send(RingEvent("hangup", source=self.name))

    def _send(self, event: RingEvent) -> dict[str, Any]:
        if self._sink is None:
            return {"ok": False, "error": "not ready"}
        return self._sink.handle_event(event)
