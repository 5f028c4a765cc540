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

The names were checked against baresip 1.0.0 (modules/ctrl_tcp/ctrl_tcp.c, src/event.c,
modules/menu/menu.c): `accept` answers and `hangup` ends baresip's *current* call, so the
desk first makes the right call current with `callfind <Call-ID>` (baresip lists a second
incoming call as the current one). `dial <number>` completes a bare number with the account's
domain. ctrl_tcp serves one client at a time: a second client takes the link over.

Events map to ring / answer / hang-up (and "dialled" for the id of a call the desk placed). The
link runs on its own plain thread, reconnecting with exponential backoff while baresip is not
there; on reconnecting it asks baresip which of the calls it knew still exist, and reports the
others as hung up, so a call is never left ringing at the desk after baresip was restarted.
Commands are written from the caller's thread (the GUI) under a lock and return at once.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import random
import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any

from agent_desk.calls.caller_id import parse_caller
from agent_desk.calls.events import (
    PhoneStatus,
    PhoneStatusListener,
    PhoneUnavailable,
    RingEvent,
    RingSink,
)
from agent_desk.clock import Clock

log = logging.getLogger(__name__)

DEFAULT_ADDRESS = "127.0.0.1:4444"
MESSAGE_MAX = 1024 * 1024  # baresip's events are a few hundred bytes; more is not baresip
CONNECT_TIMEOUT = 3.0
BACKOFF_FIRST = 0.25
BACKOFF_MAX = 5.0

Reply = Callable[[dict[str, Any]], None]


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
            except ValueError as exc:
                raise NetstringError(f"not JSON: {exc}") from exc
            if isinstance(message, dict):
                yield message


def parse_address(address: str) -> tuple[str, int]:
    """HOST:PORT or [IPv6]:PORT; ValueError when it is neither."""
    text = address.strip()
    if text.startswith("["):
        host, sep, port = text[1:].partition("]:")
    else:
        host, sep, port = text.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"{address!r} is not HOST:PORT")
    return host, int(port)


def _is_event(message: dict[str, Any]) -> bool:
    return message.get("event") in (True, "true")


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
    ) -> None:
        self.address = address
        self._clock = clock
        self._on_status = on_status
        self._backoff = backoff
        self._sink: RingSink | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._lock = threading.Lock()  # guards _sock for writers and the pending replies
        self._sock: socket.socket | None = None
        self._tokens = itertools.count(1)
        self._pending: dict[str, Reply] = {}
        self._calls: set[str] = set()  # calls baresip told us of that have not closed
        self.status = PhoneStatus(self.name, False, clock.now(), "not started")

    # --- RingSource ---------------------------------------------------------------------------

    def start(self, sink: RingSink) -> None:
        self._sink = sink
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name="baresip-link", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._drop()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        self._sink = None

    # --- PhoneControl -------------------------------------------------------------------------

    def accept(self, call_id: str | None) -> None:
        self._send_for_call(call_id, "accept")

    def hang_up(self, call_id: str | None) -> None:
        self._send_for_call(call_id, "hangup")

    def dial(self, number: str) -> None:
        if not number.strip():
            raise PhoneUnavailable("no number to dial")
        self._send([("dial", number.strip(), None)])

    def _send_for_call(self, call_id: str | None, command: str) -> None:
        batch: list[tuple[str, str, Reply | None]] = []
        if call_id:
            batch.append(("callfind", call_id, None))  # make it baresip's current call
        batch.append((command, "", None))
        self._send(batch)

    def _send(self, batch: list[tuple[str, str, Reply | None]]) -> None:
        with self._lock:
            sock = self._sock
            if sock is None:
                raise PhoneUnavailable(f"baresip at {self.address} is not connected")
            data = b""
            for command, params, reply in batch:
                token = str(next(self._tokens))
                if reply is not None:
                    self._pending[token] = reply
                data += encode({"command": command, "params": params, "token": token})
                log.info("baresip <- %s%s (token %s)", command, " …" if params else "", token)
            try:
                sock.sendall(data)
            except OSError as exc:
                raise PhoneUnavailable(f"baresip at {self.address}: {exc}") from exc

    # --- the link thread ----------------------------------------------------------------------

    def _run(self) -> None:
        delay = self._backoff[0]
        while not self._stopping.is_set():
            try:
                host, port = parse_address(self.address)
                sock = socket.create_connection((host, port), timeout=CONNECT_TIMEOUT)
            except (OSError, ValueError) as exc:
                self._set_status(False, str(exc))
                # Full jitter keeps several desks from knocking on a restarted phone at once.
                self._stopping.wait(delay * (0.5 + random.random() / 2))
                delay = min(delay * 2, self._backoff[1])
                continue
            delay = self._backoff[0]
            sock.settimeout(None)
            with self._lock:
                self._sock = sock
            self._set_status(True, "")
            self._reconcile()
            reason = self._read(sock)
            self._drop()
            if not self._stopping.is_set():
                self._set_status(False, reason)

    def _read(self, sock: socket.socket) -> str:
        reader = NetstringReader()
        while not self._stopping.is_set():
            try:
                data = sock.recv(65536)
            except OSError as exc:
                return str(exc)
            if not data:
                return "baresip closed the connection"
            try:
                for message in reader.feed(data):
                    self._dispatch(message)
            except NetstringError as exc:
                log.warning("baresip sent something that is not ctrl_tcp: %s", exc)
                return f"not a ctrl_tcp stream ({exc})"
        return "stopped"

    def _drop(self) -> None:
        with self._lock:
            sock, self._sock = self._sock, None
            self._pending.clear()
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _reconcile(self) -> None:
        """After a reconnect: calls baresip no longer has (it was restarted) have ended."""
        for call_id in sorted(self._calls):

            def gone(reply: dict[str, Any], call_id: str = call_id) -> None:
                found = reply.get("ok") and "not found" not in str(reply.get("data", ""))
                if not found and call_id in self._calls:
                    log.info("baresip no longer has call %s: it ended", call_id[:16])
                    self._calls.discard(call_id)
                    self._deliver(RingEvent("hangup", call_id=call_id, source=self.name))

            try:
                self._send([("callfind", call_id, gone)])
            except PhoneUnavailable:
                return

    def _dispatch(self, message: dict[str, Any]) -> None:
        if message.get("response") in (True, "true"):
            with self._lock:
                reply = self._pending.pop(str(message.get("token", "")), None)
            if not message.get("ok"):
                log.warning("baresip refused a command: %s", message.get("data", ""))
            if reply is not None:
                reply(message)
            return
        if not _is_event(message):
            return
        event = self.event_of(message)
        if event is not None:
            self._deliver(event)

    def event_of(self, message: dict[str, Any]) -> RingEvent | None:
        """The desk's event for one baresip event (None for those the desk ignores)."""
        kind = str(message.get("type", ""))
        call_id = str(message.get("id") or "") or None
        outgoing = message.get("direction") == "outgoing"
        if kind == "CALL_INCOMING" and not outgoing:
            caller = parse_caller(str(message.get("peeruri") or ""))
            name = str(message.get("peerdisplayname") or "").strip() or caller.name
            if call_id:
                self._calls.add(call_id)
            return RingEvent(
                "ring",
                caller=caller.number,
                call_id=call_id,
                source=self.name,
                caller_name=name,
            )
        if kind in ("CALL_RINGING", "CALL_PROGRESS", "CALL_ESTABLISHED") and outgoing:
            if call_id:
                self._calls.add(call_id)
            return RingEvent("dialled", call_id=call_id, source=self.name)
        known = call_id is not None and call_id in self._calls
        if kind == "CALL_ESTABLISHED" and known:
            return RingEvent("answer", call_id=call_id, source=self.name)
        if kind == "CALL_CLOSED" and (known or outgoing):
            # An outgoing call that failed before it had an id at the desk (404, busy) closes
            # the call the desk placed; an incoming call the desk never saw ring is not ours.
            if call_id:
                self._calls.discard(call_id)
            return RingEvent("hangup", call_id=call_id, source=self.name)
        return None

    def _deliver(self, event: RingEvent) -> None:
        sink = self._sink
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
        if connected:
            log.info("phone connected: baresip at %s", self.address)
        elif old.connected or first:
            log.warning("phone offline: baresip at %s: %s", self.address, detail)
        if self._on_status is not None:
            self._on_status(self.status)
