"""The baresip softphone as a ring source and a phone the desk drives.

baresip (Debian package `baresip`, also built for Windows and macOS) with its `ctrl_tcp` module
listens on a TCP port (`ctrl_tcp_listen`, 4444 by default) and speaks netstrings
(`<length>:<json>,`) both ways:

- events arrive unasked: `{"event": true, "class": "call", "type": "CALL_INCOMING",
  "direction": "incoming", "peeruri": "sip:13108888888@10.0.0.5", "peerdisplayname": "张三",
  "id": "<the SIP Call-ID>", ...}`, then CALL_ESTABLISHED and CALL_CLOSED (CALL_RINGING and
  CALL_PROGRESS for calls we dial; other types are ignored);
- commands are `{"command": "accept", "params": "", "token": "7"}` and are answered with
  `{"response": true, "ok": true, "data": "...", "token": "7"}`.

What Debian 12's baresip 1.0.0 offers, checked against the running program (`help` over
ctrl_tcp) and its source (modules/menu/menu.c, src/ua.c, modules/ctrl_tcp/ctrl_tcp.c):

- `accept`, `hangup`, `dial`, `listcalls`, `callstat` always; `callfind <Call-ID>`, `line <n>`,
  `hold`, `resume` only while baresip has a call ("command not found" otherwise).
- `accept` and `hangup` act on baresip's *current* call (the last of its list); `callfind` and
  `line` make a call the current one and say so ("setting current call: …", or "call not
  found", with ok still true).
- `accept` first puts the *previous* call (the last but one) on hold. A previous call that is
  still ringing cannot be held, and then nothing is answered — while ctrl_tcp replies ok, as it
  does for every accept. So the desk never trusts the reply: a call is answered when baresip
  sends CALL_ESTABLISHED for it (the session waits for that), and before answering the desk
  chooses the previous call itself: an established call if there is one (held, as a phone does
  when a second call is answered), else a ringing one marked as held first (`hold`: its
  re-INVITE cannot be sent, so nothing reaches that caller, and baresip un-marks it when the
  answered call ends; `resume` clears the mark on the call being answered).
- Each step that selects a call waits for baresip's reply, and the command that acts on the
  current call is only sent once the reply says the right call was selected: a call that ended
  meanwhile makes the command fail visibly instead of landing on another call.
- ctrl_tcp reads a command and its parameters into 1024 bytes: a call whose Call-ID does not
  fit cannot be selected, and commands for it fail with that reason.
- `listcalls` prints each call's line, state and peer, not its Call-ID; `line <n>` then
  `callstat` gives the Call-ID of line n. That is how the link learns, when it (re)connects, of
  calls that rang before it was there (they ring at the desk), calls that are still in progress
  (the desk continues a call it was recording), and calls that ended while it was away.
- ctrl_tcp serves one client: a second one that connects takes the link over.

A SIP Call-ID may be any length; the desk keeps up to 255 characters of a call id, so a longer
one is stored as `sha256:<digest>` (stable, so the events of one call agree) and mapped back
here for the commands.

The link runs on its own plain thread. It says "connected" only after a handshake (`listcalls`
answered within a few seconds): a port that is not ctrl_tcp never looks connected. It
reconnects with exponential backoff, which only starts again from the shortest delay after a
session that stayed healthy for a while, and logs a link that keeps failing once, not at every
try. Commands are taken from the caller's thread (the GUI) under a lock and return at once;
their later steps run on the link thread as baresip's replies come in.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import logging
import random
import re
import socket
import threading
import time
from collections import deque
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from typing import Any

from agent_desk.calls.caller_id import parse_caller
from agent_desk.calls.events import (
    PhoneCommandFailed,
    PhoneStatus,
    PhoneStatusListener,
    PhoneUnavailable,
    RingEvent,
    RingSink,
)
from agent_desk.calls.service import CALL_ID_MAX
from agent_desk.clock import Clock
from agent_desk.config import parse_address

log = logging.getLogger(__name__)

DEFAULT_ADDRESS = "127.0.0.1:4444"
MESSAGE_MAX = 1024 * 1024  # baresip's events are a few hundred bytes; more is not baresip
CONNECT_TIMEOUT = 3.0
REPLY_TIMEOUT = 3.0  # the handshake and every command: a ctrl_tcp that does not answer is none
HEALTHY_AFTER = 20.0  # a session this long starts the backoff again from the shortest delay
BACKOFF_FIRST = 0.25
BACKOFF_MAX = 30.0
LOG_EVERY = 300.0  # a link that keeps failing says so in the log again after this long
SELECT_MAX = 1000  # ctrl_tcp reads "<command> <params>" into 1024 bytes
DIGEST_PREFIX = "sha256:"

Command = tuple[str, str]
Replies = list[dict[str, Any]]
Script = Generator[list[Command], Replies, None]


class NetstringError(ValueError):
    """The stream is not netstrings (or not JSON inside): the link is dropped and remade."""


def encode(message: dict[str, Any]) -> bytes:
    data = json.dumps(message, ensure_ascii=False).encode("utf-8")
    return str(len(data)).encode("ascii") + b":" + data + b","


class NetstringReader:
    """Splits a byte stream into the JSON objects of its netstrings."""

    def __init__(self, limit: int = MESSAGE_MAX) -> None:
        self._buffer = bytearray()
        self._limit = limit

    def feed(self, data: bytes) -> Iterator[dict[str, Any]]:
        self._buffer += data
        while True:
            colon = self._buffer.find(b":")
            if colon == -1:
                if len(self._buffer) > 10:
                    raise NetstringError("no length before the data")
                return
            digits = bytes(self._buffer[:colon])
            if not digits.isdigit() or (len(digits) > 1 and digits.startswith(b"0")):
                raise NetstringError(f"bad netstring length {digits[:12]!r}")
            length = int(digits)
            if length > self._limit:
                raise NetstringError(f"a message of {length} bytes")
            end = colon + 1 + length
            if len(self._buffer) < end + 1:
                return
            if self._buffer[end : end + 1] != b",":
                raise NetstringError("netstring not closed by a comma")
            payload = bytes(self._buffer[colon + 1 : end])
            del self._buffer[: end + 1]
            try:
                message = json.loads(payload)
            except (ValueError, RecursionError) as exc:  # nesting deep enough to overflow
                raise NetstringError(f"not JSON: {str(exc)[:80]}") from exc
            if isinstance(message, dict):
                yield message


def desk_key(sip_id: str) -> str:
    """The id the desk stores for a baresip call: the Call-ID, or its digest when too long."""
    if len(sip_id) <= CALL_ID_MAX:
        return sip_id
    return DIGEST_PREFIX + hashlib.sha256(sip_id.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class PhoneCall:
    """One call as baresip has it."""

    sip_id: str
    incoming: bool
    established: bool = False
    peer_uri: str = ""
    display_name: str = ""
    key: str = field(default="", init=False)

    def __post_init__(self) -> None:
        self.key = desk_key(self.sip_id)


@dataclass(frozen=True)
class ListedCall:
    line: int
    state: str
    on_hold: bool
    peer_uri: str


_LISTED = re.compile(r"^\s*>?\s*\[line (\d+)\]\s+\d+:\d\d:\d\d\s+(\S+)\s+(\(on hold\))?\s*(\S*)")


def parse_listcalls(text: str) -> list[ListedCall]:
    """`listcalls`: one `[line n]  0:00:12  ESTABLISHED  (on hold)  sip:…` per call."""
    listed = []
    for row in text.splitlines():
        match = _LISTED.match(row)
        if match:
            line, state, hold, peer = match.groups()
            listed.append(ListedCall(int(line), state, bool(hold), peer))
    return listed


_STATE = re.compile(r"===== Call debug \((\w+)\) =====")
_PEER = re.compile(r"^\s*peer_uri:\s*(.*?)\s*<([^<>]*)>\s*$", re.MULTILINE)
_ID = re.compile(r"^\s*af=\S*\s+id=(\S+)\s*$", re.MULTILINE)
_DIRECTION = re.compile(r"^\s*direction:\s*(\w+)", re.MULTILINE)


def parse_callstat(text: str) -> PhoneCall | None:
    """`callstat`: the current call's state, peer, Call-ID and direction."""
    state, sip_id = _STATE.search(text), _ID.search(text)
    if state is None or sip_id is None:
        return None
    peer = _PEER.search(text)
    direction = _DIRECTION.search(text)
    return PhoneCall(
        sip_id.group(1),
        incoming=direction is None or direction.group(1).lower() != "outgoing",
        established=state.group(1) == "ESTABLISHED",
        peer_uri=peer.group(2) if peer else "",
        display_name=peer.group(1) if peer else "",
    )


def _selected(reply: dict[str, Any]) -> bool:
    """Did `callfind`/`line` make the call current? (Both reply ok when it was not found.)"""
    return bool(reply.get("ok")) and str(reply.get("data", "")).startswith("setting current call")


def _is_event(message: dict[str, Any]) -> bool:
    return message.get("event") in (True, "true")


@dataclass
class _Running:
    """A command of the desk in progress: its steps, and the replies to the current one."""

    command: str  # "accept" | "hangup" | "dial" | "sync"
    key: str | None
    script: Script
    expected: int = 0
    replies: Replies = field(default_factory=list)
    sent_at: float = 0.0


class BaresipSource:
    """Ring source and phone control over baresip's ctrl_tcp."""

    name = "baresip"

    def __init__(
        self,
        address: str,
        clock: Clock,
        *,
        on_status: PhoneStatusListener | None = None,
        backoff: tuple[float, float] = (BACKOFF_FIRST, BACKOFF_MAX),
        healthy_after: float = HEALTHY_AFTER,
        reply_timeout: float = REPLY_TIMEOUT,
    ) -> None:
        self.address = address
        self._clock = clock
        self._on_status = on_status
        self._backoff = backoff
        self._healthy_after = healthy_after
        self._reply_timeout = reply_timeout
        self._sink: RingSink | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        # Guards the socket for writers, the calls, the commands in progress and the outbox.
        self._lock = threading.RLock()
        self._sock: socket.socket | None = None
        self._ready = False  # the handshake is done: commands are taken
        self._tokens = itertools.count(1)
        self._pending: dict[str, _Running] = {}  # token -> the command awaiting its reply
        self._queue: deque[_Running] = deque()
        self._active: _Running | None = None
        self._calls: dict[str, PhoneCall] = {}  # by Call-ID: baresip's calls as last known
        self._known_at_sync: set[str] = set()
        self._closed_during_sync: set[str] = set()
        self._outbox: list[RingEvent] = []  # delivered once the lock is let go
        self._last_logged = float("-inf")
        self.status = PhoneStatus(self.name, False, clock.now(), "not started")

    # --- RingSource ---------------------------------------------------------------------------

    def start(self, sink: RingSink) -> None:
        self._sink = sink
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name="baresip-link", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._drop("stopped", deliver=False)
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        self._sink = None

    # --- PhoneControl -------------------------------------------------------------------------

    @property
    def connected(self) -> bool:
        return self.status.connected

    def accept(self, call_id: str | None) -> None:
        with self._lock:
            call = self._call_for(call_id, "answer")
            self._start(_Running("accept", call.key, self._accept(call)))

    def hang_up(self, call_id: str | None) -> None:
        with self._lock:
            call = self._call_for(call_id, "hang up")
            self._start(_Running("hangup", call.key, self._hang_up(call)))

    def dial(self, number: str) -> None:
        if not number.strip():
            raise PhoneUnavailable("no number to dial")
        with self._lock:
            self._check_ready()
            self._start(_Running("dial", None, self._dial(number.strip())))

    def has_call(self, call_id: str | None) -> bool | None:
        """Whether baresip has this call in progress (None while the link is down)."""
        with self._lock:
            if not self._ready:
                return None
            call = self._by_key(call_id)
            return call is not None and call.established

    # --- the commands' steps ------------------------------------------------------------------

    def _accept(self, call: PhoneCall) -> Script:
        others = [c for c in self._calls.values() if c.sip_id != call.sip_id]
        if others:
            # The call before ours in baresip's list is held when ours is answered: make it
            # one that can be held (a call in progress), or one already marked as held.
            def rank(c: PhoneCall) -> int:
                return 2 if c.established else 1 if c.incoming else 0

            previous = max(reversed(others), key=rank)
            replies = yield [("callfind", previous.sip_id)]
            if _selected(replies[0]) and not previous.established:
                yield [("hold", "")]
        replies = yield [("callfind", call.sip_id)]
        if not _selected(replies[0]):
            raise self._gone(call, "answer")
        yield [("resume", ""), ("accept", "")]

    def _hang_up(self, call: PhoneCall) -> Script:
        replies = yield [("callfind", call.sip_id)]
        if not _selected(replies[0]):
            raise self._gone(call, "hang up")
        yield [("hangup", "")]

    def _dial(self, number: str) -> Script:
        replies = yield [("dial", number)]
        if not replies[0].get("ok"):
            raise PhoneCommandFailed(
                command="dial",
                detail=f"baresip: {str(replies[0].get('data', '')).strip() or 'refused'}",
                reason="phone.refused",
            )

    def _sync(self) -> Script:
        """The handshake, and what baresip has: calls that rang, are live or ended meanwhile."""
        self._known_at_sync = set(self._calls)
        self._closed_during_sync = set()
        replies = yield [("listcalls", "")]
        if not replies[0].get("ok"):
            detail = str(replies[0].get("data", "")).strip()
            raise PhoneUnavailable(
                f"baresip's ctrl_tcp answered, but not to listcalls ({detail}): "
                "is `module_app menu.so` in its config?"
            )
        found: dict[str, PhoneCall] = {}
        for listed in parse_listcalls(str(replies[0].get("data", ""))):
            replies = yield [("line", str(listed.line)), ("callstat", "")]
            if not _selected(replies[0]):
                continue  # it ended meanwhile
            call = parse_callstat(str(replies[1].get("data", "")))
            if call is not None:
                found[call.sip_id] = call
        self._reconcile(found)

    def _reconcile(self, found: dict[str, PhoneCall]) -> None:
        """After a (re)connect: baresip's calls against the ones the link knew."""
        for sip_id in sorted(self._known_at_sync - set(found)):
            gone = self._calls.pop(sip_id, None)
            if gone is not None:
                log.info("baresip no longer has call %s: it ended", gone.key[:16])
                self._emit(RingEvent("hangup", call_id=gone.key, source=self.name))
        for sip_id, call in found.items():
            if sip_id in self._closed_during_sync:
                continue
            known = self._calls.get(sip_id)
            if known is None:
                self._calls[sip_id] = call
                kind = "ring" if call.incoming and not call.established else "live"
                log.info("baresip has call %s (%s): %s", call.key[:16], kind, "the desk takes it")
                self._emit(self._event(kind, call))
            elif call.established and not known.established:
                known.established = True
                self._emit(self._event("answer" if known.incoming else "dialled", known))

    def _event(self, kind: str, call: PhoneCall) -> RingEvent:
        caller = parse_caller(call.peer_uri)
        return RingEvent(
            kind,
            caller=caller.number,
            call_id=call.key,
            source=self.name,
            caller_name=call.display_name.strip() or caller.name,
            extra={"incoming": call.incoming},
        )

    # --- running commands ---------------------------------------------------------------------

    def _check_ready(self) -> None:
        if self._sock is None:
            raise PhoneUnavailable(f"baresip at {self.address} is not connected")
        if not self._ready:
            raise PhoneUnavailable(f"baresip at {self.address} is still connecting")

    def _by_key(self, call_id: str | None) -> PhoneCall | None:
        if not call_id:
            return None
        return next((c for c in self._calls.values() if c.key == call_id), None)

    def _call_for(self, call_id: str | None, command: str) -> PhoneCall:
        self._check_ready()
        call = self._by_key(call_id)
        if call is None:
            raise PhoneCommandFailed(
                command=command, detail="baresip has no such call now", reason="phone.no_call"
            )
        if len(call.sip_id) > SELECT_MAX:
            raise PhoneCommandFailed(
                command=command,
                detail=f"its SIP Call-ID has {len(call.sip_id)} characters, more than baresip's "
                "ctrl_tcp can take in a command",
                reason="phone.id_too_long",
            )
        return call

    def _gone(self, call: PhoneCall, command: str) -> PhoneCommandFailed:
        return PhoneCommandFailed(
            command=command, detail="baresip no longer has the call", reason="phone.no_call"
        )

    def _start(self, running: _Running) -> None:
        """Queue a command; the first step goes out now if nothing else is in progress."""
        self._queue.append(running)
        if self._active is None:
            self._next(raise_first=True)

    def _next(self, raise_first: bool = False) -> None:
        """Start the next queued command (with the lock held)."""
        while self._active is None and self._queue:
            running = self._queue.popleft()
            self._active = running
            try:
                self._step(running, None)
            except (PhoneUnavailable, PhoneCommandFailed) as exc:
                self._active = None
                if raise_first and running.command != "sync":
                    raise
                self._failed(running, exc)

    def _step(self, running: _Running, replies: Replies | None) -> None:
        """Advance a command by one step: send its next batch, or finish it."""
        try:
            batch = next(running.script) if replies is None else running.script.send(replies)
        except StopIteration:
            self._active = None
            if running.command == "sync":
                self._ready = True
            return
        running.replies = []
        running.expected = len(batch)
        running.sent_at = time.monotonic()
        self._write(running, batch)

    def _write(self, running: _Running, batch: list[Command]) -> None:
        sock = self._sock
        if sock is None:
            raise PhoneUnavailable(f"baresip at {self.address} is not connected")
        data = b""
        for command, params in batch:
            token = str(next(self._tokens))
            self._pending[token] = running
            data += encode({"command": command, "params": params, "token": token})
            level = logging.DEBUG if running.command == "sync" else logging.INFO
            log.log(level, "baresip <- %s%s (token %s)", command, " …" if params else "", token)
        try:
            sock.sendall(data)
        except OSError as exc:
            raise PhoneUnavailable(f"baresip at {self.address}: {exc}") from exc

    def _reply(self, message: dict[str, Any]) -> None:
        """A reply from baresip (on the link thread, with the lock held)."""
        running = self._pending.pop(str(message.get("token", "")), None)
        if not message.get("ok"):
            log.info("baresip said no: %s", str(message.get("data", "")).strip()[:200])
        if running is None or running is not self._active:
            return
        running.replies.append(message)
        if len(running.replies) < running.expected:
            return
        try:
            self._step(running, running.replies)
        except (PhoneUnavailable, PhoneCommandFailed) as exc:
            self._active = None
            self._failed(running, exc)
        self._next()

    def _failed(self, running: _Running, error: PhoneUnavailable | PhoneCommandFailed) -> None:
        log.warning("baresip: %s not done: %s", running.command, error.message)
        if running.command == "sync":
            raise _LinkBroken(error.message)
        params = {k: v for k, v in error.params.items() if k != "detail"}
        self._emit(
            RingEvent(
                "failed",
                call_id=running.key,
                source=self.name,
                extra={
                    "command": running.command,
                    "detail": str(error.params.get("detail", "")),
                    "code": error.code,
                    **params,
                },
            )
        )

    def _overdue(self) -> bool:
        active = self._active
        return active is not None and time.monotonic() - active.sent_at > self._reply_timeout

    # --- the link thread ----------------------------------------------------------------------

    def _run(self) -> None:
        delay = self._backoff[0]
        while not self._stopping.is_set():
            began = time.monotonic()
            try:
                reason, handshook = self._session()
            except Exception as exc:  # never let the link thread die: the phone would go quiet
                log.exception("the baresip link failed")
                reason, handshook = f"unexpected error: {exc}", False
            self._drop(reason)
            if self._stopping.is_set():
                break
            self._set_status(False, reason)
            if handshook and time.monotonic() - began >= self._healthy_after:
                delay = self._backoff[0]
            # Full jitter keeps several desks from knocking on a restarted phone at once.
            self._stopping.wait(delay * (0.5 + random.random() / 2))
            delay = min(delay * 2, self._backoff[1])

    def _session(self) -> tuple[str, bool]:
        """One connection: connect, handshake, read until it ends. (why it ended, handshook)"""
        try:
            host, port = parse_address(self.address)
            sock = socket.create_connection((host, port), timeout=CONNECT_TIMEOUT)
        except (OSError, ValueError) as exc:
            return str(exc), False
        sock.settimeout(0.25)
        try:
            with self._lock:
                self._sock = sock
                self._ready = False
                self._queue.appendleft(_Running("sync", None, self._sync()))
                if self._active is None:
                    self._next()
        except _LinkBroken as exc:
            return str(exc), False
        finally:
            self._flush()
        reader = NetstringReader()
        while not self._stopping.is_set():
            with self._lock:
                ready, overdue = self._ready, self._overdue()
            if ready and not self.status.connected:
                self._set_status(True, "")
            if overdue:
                what = "answer" if ready else "answer its handshake (listcalls)"
                return (
                    f"no reply from {self.address} within {self._reply_timeout:g} s: baresip's "
                    f"ctrl_tcp did not {what}; is it the ctrl_tcp_listen port?"
                ), ready
            try:
                data = sock.recv(65536)
            except TimeoutError:
                continue
            except OSError as exc:
                return str(exc), ready
            if not data:
                if ready:
                    return (
                        "baresip closed the link: it stopped, or another program connected to "
                        "its ctrl_tcp, which serves one program at a time"
                    ), True
                return (
                    f"{self.address} closed the connection without answering: not baresip's "
                    "ctrl_tcp, or another program holds it"
                ), False
            try:
                for message in reader.feed(data):
                    self._dispatch(message)
            except NetstringError as exc:
                log.warning("baresip sent something that is not ctrl_tcp: %s", exc)
                return f"not a ctrl_tcp stream ({exc})", ready
            except _LinkBroken as exc:
                return str(exc), False
            finally:
                self._flush()
        return "stopped", False

    def _drop(self, reason: str, deliver: bool = True) -> None:
        with self._lock:
            sock, self._sock = self._sock, None
            self._ready = False
            running = [r for r in (self._active, *self._queue) if r is not None]
            self._active = None
            self._queue.clear()
            self._pending.clear()
            for item in running:
                if item.command != "sync" and deliver:
                    self._failed(item, PhoneUnavailable(f"the link to baresip was lost: {reason}"))
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        if deliver:
            self._flush()
        else:
            with self._lock:
                self._outbox.clear()

    def _dispatch(self, message: dict[str, Any]) -> None:
        with self._lock:
            if message.get("response") in (True, "true"):
                self._reply(message)
                return
            if not _is_event(message):
                return
            event = self.event_of(message)
            if event is not None:
                self._emit(event)

    def event_of(self, message: dict[str, Any]) -> RingEvent | None:
        """The desk's event for one baresip event (None for those the desk ignores)."""
        kind = str(message.get("type", ""))
        sip_id = str(message.get("id") or "")
        outgoing = message.get("direction") == "outgoing"
        if not sip_id:
            return None
        with self._lock:
            known = self._calls.get(sip_id)
            if kind == "CALL_INCOMING" and not outgoing:
                call = PhoneCall(
                    sip_id,
                    incoming=True,
                    peer_uri=str(message.get("peeruri") or ""),
                    display_name=str(message.get("peerdisplayname") or ""),
                )
                self._calls[sip_id] = call
                return self._event("ring", call)
            if kind in ("CALL_RINGING", "CALL_PROGRESS", "CALL_ESTABLISHED") and outgoing:
                if known is None:
                    known = PhoneCall(
                        sip_id, incoming=False, peer_uri=str(message.get("peeruri") or "")
                    )
                    self._calls[sip_id] = known
                known.established = known.established or kind == "CALL_ESTABLISHED"
                return RingEvent("dialled", call_id=known.key, source=self.name)
            if kind == "CALL_ESTABLISHED" and known is not None:
                known.established = True
                return RingEvent("answer", call_id=known.key, source=self.name)
            if kind == "CALL_CLOSED":
                self._closed_during_sync.add(sip_id)
                self._calls.pop(sip_id, None)
                if known is not None or outgoing:
                    # An outgoing call that failed before it had an id at the desk (404, busy)
                    # closes the call the desk placed.
                    return RingEvent("hangup", call_id=desk_key(sip_id), source=self.name)
            return None

    def _emit(self, event: RingEvent) -> None:
        with self._lock:
            self._outbox.append(event)

    def _flush(self) -> None:
        """Hand the queued events to the desk, never with the lock held."""
        with self._lock:
            events, self._outbox = self._outbox, []
        sink = self._sink
        for event in events:
            if sink is None:
                return
            log.info("baresip -> %s (call %s)", event.kind, (event.call_id or "-")[:16])
            try:
                sink.handle_event(event)
            except Exception:  # the link must survive a desk that failed on one event
                log.exception("the desk failed on a baresip %s event", event.kind)

    def _set_status(self, connected: bool, detail: str) -> None:
        old = self.status
        if old.connected == connected and old.detail == detail:
            return
        first = old.detail == "not started"
        # "offline since" is when the link went, not the last retry.
        since = self._clock.now() if connected != old.connected or first else old.since
        self.status = PhoneStatus(self.name, connected, since, detail)
        now = time.monotonic()
        if connected:
            log.info("phone connected: baresip at %s", self.address)
            self._last_logged = float("-inf")
        elif old.connected or first or now - self._last_logged >= LOG_EVERY:
            log.warning("phone offline: baresip at %s: %s", self.address, detail)
            self._last_logged = now
        if self._on_status is not None:
            self._on_status(self.status)


class _LinkBroken(Exception):
    """The handshake failed: the connection is dropped and tried again later."""
