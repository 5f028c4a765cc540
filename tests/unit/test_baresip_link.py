"""The baresip link's pure parts: netstrings both ways, what each ctrl_tcp event means at the
desk, and addresses. The link against the real baresip is in
tests/integration/test_phone_baresip.py."""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time

import pytest

from agent_desk.calls.baresip import (
    BaresipSource,
    NetstringError,
    NetstringReader,
    encode,
    parse_address,
)
from agent_desk.calls.events import PhoneUnavailable

# Shaped like the events baresip 1.0.0 sent when sipp called it (see the integration tests).
INCOMING = {
    "event": True,
    "type": "CALL_INCOMING",
    "class": "call",
    "accountaor": "sip:agent@127.0.0.1:5060",
    "direction": "incoming",
    "peeruri": "sip:13108888888@127.0.0.1:5080",
    "peerdisplayname": "张三",
    "id": "1-4242@127.0.0.1",
    "param": "sip:13108888888@127.0.0.1:5080",
}


def test_netstrings_round_trip_in_pieces_and_with_several_per_read():
    one = encode({"command": "accept", "params": "", "token": "1"})
    assert one == b'49:{"command": "accept", "params": "", "token": "1"},'
    two = encode(INCOMING)
    reader = NetstringReader()
    stream = one + two
    got = []
    for i in range(0, len(stream), 7):  # TCP may cut anywhere
        got += list(reader.feed(stream[i : i + 7]))
    assert got == [{"command": "accept", "params": "", "token": "1"}, INCOMING]


@pytest.mark.parametrize(
    "garbage",
    [b"HTTP/1.1 200 OK\r\n", b"5:hello;", b"05:{}   ,", b"3:abc,", b"99999999999:"],
)
def test_what_is_not_ctrl_tcp_drops_the_link(garbage):
    with pytest.raises(NetstringError):
        list(NetstringReader().feed(garbage))


def test_events_become_the_desks_ring_answer_and_hang_up(clock):
    source = BaresipSource("127.0.0.1:4444", clock)
    ring = source.event_of(INCOMING)
    assert (ring.kind, ring.caller, ring.caller_name, ring.call_id, ring.source) == (
        "ring",
        "13108888888",
        "张三",
        "1-4242@127.0.0.1",
        "baresip",
    )
    assert source.event_of({**INCOMING, "type": "CALL_REMOTE_SDP", "class": "other"}) is None
    assert source.event_of({**INCOMING, "type": "CALL_ESTABLISHED"}).kind == "answer"
    assert source.event_of({**INCOMING, "type": "CALL_CLOSED"}).kind == "hangup"
    # A call the desk never saw ring (it rang before the link was up) is not the desk's.
    stranger = {**INCOMING, "id": "other@host"}
    assert source.event_of({**stranger, "type": "CALL_ESTABLISHED"}) is None
    assert source.event_of({**stranger, "type": "CALL_CLOSED"}) is None


def test_calls_the_desk_placed_report_their_id_and_their_end(clock):
    source = BaresipSource("127.0.0.1:4444", clock)
    out = {**INCOMING, "direction": "outgoing", "peeruri": "sip:139@pbx", "id": "f905"}
    assert source.event_of({**out, "type": "CALL_RINGING"}).kind == "dialled"
    assert source.event_of({**out, "type": "CALL_ESTABLISHED"}).kind == "dialled"
    failed = {**out, "id": "never-seen", "type": "CALL_CLOSED", "param": "404 Not Found"}
    assert source.event_of(failed).kind == "hangup"  # a dial that failed ends the desk's call


def test_commands_while_baresip_is_not_connected_say_so(clock):
    source = BaresipSource("127.0.0.1:4444", clock)
    with pytest.raises(PhoneUnavailable) as offline:
        source.accept("1-4242@127.0.0.1")
    assert "127.0.0.1:4444" in offline.value.message
    assert not source.status.connected


@pytest.mark.parametrize(
    ("address", "parsed"),
    [("127.0.0.1:4444", ("127.0.0.1", 4444)), ("[::1]:4444", ("::1", 4444)), ("pc7:1", ("pc7", 1))],
)
def test_addresses(address, parsed):
    assert parse_address(address) == parsed


@pytest.mark.parametrize("address", ["127.0.0.1", ":4444", "host:0", "host:99999", "host:x"])
def test_bad_addresses_are_refused(address):
    with pytest.raises(ValueError):
        parse_address(address)


# --- against a small fake ctrl_tcp server: what baresip itself cannot be made to send ---------


class FakeCtrl:
    """A TCP server on loopback that behaves as told, for input baresip never sends."""

    def __init__(self, behaviour: str) -> None:
        self.behaviour = behaviour
        self.connections = 0
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.2)
        self.address = f"127.0.0.1:{self.server.getsockname()[1]}"
        self._stop = threading.Event()
        self._clients: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self.server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            self._clients.append(client)
            threading.Thread(target=self._talk, args=(client,), daemon=True).start()

    def _talk(self, client: socket.socket) -> None:
        with contextlib.suppress(OSError):
            if self.behaviour == "close":  # accepts and hangs up at once
                client.close()
                return
            if self.behaviour == "deep":  # a netstring nested deep enough to overflow
                payload = b"[" * 30_000 + b"]" * 30_000
                client.sendall(str(len(payload)).encode() + b":" + payload + b",")
            reader = NetstringReader()
            while not self._stop.is_set():
                data = client.recv(65536)
                if not data:
                    return
                if self.behaviour == "silent":  # a port that takes bytes and never answers
                    continue
                for message in reader.feed(data):
                    reply = {"response": True, "ok": True, "data": "", "token": message["token"]}
                    if message["command"] == "listcalls":
                        reply["data"] = "\n--- Active calls (0) ---\n\n"
                    client.sendall(encode(reply))

    def close(self) -> None:
        self._stop.set()
        self.server.close()
        for client in self._clients:
            with contextlib.suppress(OSError):
                client.close()


@pytest.fixture
def fake_ctrl():
    made: list[FakeCtrl] = []

    def make(behaviour: str) -> FakeCtrl:
        made.append(FakeCtrl(behaviour))
        return made[-1]

    yield make
    for server in made:
        server.close()


class Statuses:
    def __init__(self) -> None:
        self.seen: list = []

    def __call__(self, status) -> None:
        self.seen.append(status)


def run_link(address: str, clock, seconds: float, **kwargs) -> tuple[BaresipSource, Statuses]:
    statuses = Statuses()
    link = BaresipSource(address, clock, on_status=statuses, **kwargs)
    link.start(_Quiet())
    time.sleep(seconds)
    return link, statuses


class _Quiet:
    def handle_event(self, event):
        return {"ok": True}


def test_a_netstring_nested_deep_enough_to_overflow_is_not_ctrl_tcp():
    payload = b"[" * 30_000 + b"]" * 30_000
    with pytest.raises(NetstringError):
        list(NetstringReader().feed(str(len(payload)).encode() + b":" + payload + b","))


def test_the_link_survives_a_stack_overflowing_message_and_keeps_trying(fake_ctrl, clock, caplog):
    """It killed the link's thread: the status stayed 'connected' and no ring came again."""
    server = fake_ctrl("deep")
    link, _ = run_link(server.address, clock, 1.5, backoff=(0.1, 0.2))
    try:
        assert link._thread is not None and link._thread.is_alive()
        assert not link.status.connected
        assert "not a ctrl_tcp stream" in link.status.detail
        assert server.connections >= 2  # it tried again
    finally:
        link.stop()


def test_a_port_that_is_not_ctrl_tcp_never_shows_connected(fake_ctrl, clock):
    """phone.baresip.address set to baresip's SIP TCP port: 'Phone: connected' forever."""
    server = fake_ctrl("silent")
    link, statuses = run_link(server.address, clock, 3.6)  # the handshake waits 3 s
    try:
        assert not any(s.connected for s in statuses.seen)
        assert "no reply" in link.status.detail and server.address in link.status.detail
    finally:
        link.stop()


def test_a_server_that_hangs_up_at_once_is_not_hammered(fake_ctrl, clock, caplog):
    """11,058 log lines in 5 s: the backoff was reset by every TCP connect."""
    server = fake_ctrl("close")
    caplog.set_level(logging.INFO, logger="agent_desk.calls.baresip")
    link, statuses = run_link(server.address, clock, 4.0)
    link.stop()
    assert server.connections <= 6  # 0.25 s doubling: about 5 tries in 4 s
    assert not any(s.connected for s in statuses.seen)
    assert len(caplog.records) <= 3, [r.getMessage() for r in caplog.records]


def test_a_healthy_ctrl_tcp_connects_after_its_handshake(fake_ctrl, clock):
    server = fake_ctrl("healthy")
    link, statuses = run_link(server.address, clock, 1.0)
    try:
        assert link.status.connected and server.connections == 1
        assert [s.connected for s in statuses.seen] == [True]
    finally:
        link.stop()
