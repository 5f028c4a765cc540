"""The baresip link's pure parts: netstrings both ways, what each ctrl_tcp event means at the
desk, and addresses. The link against the real baresip is in
tests/integration/test_phone_baresip.py."""

from __future__ import annotations

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
