"""Where "the phone is ringing" comes from, behind one small interface.

A ring source (the local CTI channel, the manual F2 key, the training simulator, one day a PBX
adapter) turns whatever it listens to into three events — ring, answer, hang-up — and hands
them to a `RingSink`. The UI implements the sink once (the call controller), so adding a source
never touches a widget. Nothing in this package imports Qt or the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True)
class RingEvent:
    kind: str  # "ring" | "answer" | "hangup"
    caller: str = ""
    call_id: str | None = None  # the CTI's own id; None when the source has none
    source: str = "manual"  # "cti" | "manual" | "training" | a PBX adapter's name
    extra: dict[str, Any] | None = None  # e.g. a training scenario


EVENT_KINDS = ("ring", "answer", "hangup")


class RingSink(Protocol):
    def handle_event(self, event: RingEvent) -> dict[str, Any]:
        """Act on one event; the reply (``{"ok": True, ...}``) goes back to the source."""


class RingSource(Protocol):
    name: str

    def start(self, sink: RingSink) -> None:
        """Begin delivering events to the sink."""

    def stop(self) -> None:
        """Stop delivering events (the window closes, training ends)."""
