"""Where "the phone is ringing" comes from, behind one small interface.

A ring source (the local CTI channel, the manual F2 key, the baresip softphone, the training
simulator, one day a PBX adapter) turns whatever it listens to into a few events — ring,
answer, hang-up, and for calls the desk placed, "dialled" — and hands them to a `RingSink`.
The desk session is that sink (through the Qt bridge, which moves events from a source's own
thread to the GUI thread), so adding a source never touches a widget.

A source that can also drive the phone (answer it, hang it up, dial) is a `PhoneControl`; the
desk's keys use it. Nothing in this package imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from agent_desk.errors import AgentDeskError


@dataclass(frozen=True)
class RingEvent:
    # "ring" | "answer" | "hangup" | "dialled"; from a phone the desk drives also "live" (the
    # phone still has this call in progress, found when its link (re)connected) and "failed"
    # (a command the desk sent did not take: `extra` has "command" and "detail").
    kind: str
    caller: str = ""  # the number (or a SIP URI's user part) as the source gave it
    call_id: str | None = None  # the phone system's own id; None when the source has none
    source: str = "manual"  # "cti" | "manual" | "training" | "baresip" | a PBX adapter's name
    extra: dict[str, Any] | None = None  # e.g. a training scenario
    caller_name: str = ""  # a display name the phone passed (offered for an unknown caller)


# What the CTI commands may send; the others only come from a phone the desk drives.
EVENT_KINDS = ("ring", "answer", "hangup")
ALL_EVENT_KINDS = (*EVENT_KINDS, "dialled", "live", "failed")


class RingSink(Protocol):
    def handle_event(self, event: RingEvent) -> dict[str, Any]:
        """Act on one event; the reply (``{"ok": True, ...}``) goes back to the source."""
        ...


class RingSource(Protocol):
    name: str

    def start(self, sink: RingSink) -> None:
        """Begin delivering events to the sink."""
        ...

    def stop(self) -> None:
        """Stop delivering events (the window closes, training ends)."""
        ...


class PhoneUnavailable(AgentDeskError):
    """The phone the desk drives cannot take a command now (not connected)."""

    code = "phone.offline"
    template = "The phone is not connected ({detail})."


class PhoneCommandFailed(AgentDeskError):
    """The phone did not do what the desk asked: the call is gone from it, it refused the
    command, or it did not answer in time. `reason` says which, for the agent's words."""

    code = "phone.failed"
    template = "The phone did not {command} the call: {detail}."


@dataclass(frozen=True)
class PhoneStatus:
    """How the link to the phone is, for the status bar."""

    source: str
    connected: bool
    since: datetime  # aware UTC: connected since / offline since
    detail: str = ""  # why it is offline (connection refused, …), for the tooltip and log


PhoneStatusListener = Callable[[PhoneStatus], None]


class PhoneControl(Protocol):
    """A phone the desk can drive. Commands return at once: a phone that cannot take one
    raises `PhoneUnavailable` (not connected) or `PhoneCommandFailed` (it has no such call);
    one that fails later says so with a "failed" event, and what it did with "answer" and
    "hangup" events. They may be called from the GUI thread while the phone's own thread reads
    its events."""

    name: str

    @property
    def connected(self) -> bool:
        """Whether the phone takes commands now."""
        ...

    def accept(self, call_id: str | None) -> None: ...

    def hang_up(self, call_id: str | None) -> None: ...

    def dial(self, number: str) -> None: ...
