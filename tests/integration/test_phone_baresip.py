"""The phone, for real: sipp calls baresip, baresip rings the real AgentDesk, the desk drives it.

baresip (private config folder, loopback ports, aubridge/nil audio), the real app process and
sipp scenarios; the agent's keys are pressed in the app through its test hooks, where the
keyboard is. Before this, the desk could not answer, hang up or dial a softphone at all.
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import run_as_admin
from tests.integration.app_process import AppProcess, query, start_logged_in
from tests.integration.softphone import Baresip, Sipp, missing
from tests.integration.test_call_process import hook

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(missing() is not None, reason=missing() or ""),
]

RECORD = {
    "category": "inquiry",
    "subject": "宽带资费",
    "question": "包月多少钱",
    "answer": "99 元",
    "resolution": "resolved",
    "satisfaction": 5,
    "greeting_given": True,
    "signoff_given": True,
}


@pytest.fixture
def baresip(tmp_path):
    phone = Baresip(tmp_path / "baresip").start()
    yield phone
    phone.stop()


@pytest.fixture
def callers(tmp_path):
    """Every sipp a test starts is stopped when it ends, whatever happened."""
    started: list[Sipp] = []

    def caller(scenario: str, **keys: str) -> Sipp:
        sipp = Sipp(tmp_path / "sipp", scenario, **keys)
        started.append(sipp)
        return sipp

    yield caller
    for sipp in started:
        sipp.stop()


def use_baresip(desk: Path, phone: Baresip, *settings: tuple[str, str]) -> None:
    """The README's two commands, as branch IT types them."""
    for key, value in (
        ("phone.source", "baresip"),
        ("phone.baresip.address", phone.address),
        *settings,
    ):
        done = run_as_admin("config", "set", key, value, profile=desk)
        assert done.returncode == 0, done.stderr


@pytest.fixture
def desk_app(desk, tmp_path, baresip):
    use_baresip(desk, baresip)
    app = start_logged_in(desk, tmp_path, hooks=True)
    try:
        app.wait_for_log("phone connected: baresip")
        yield app
    finally:
        app.stop()


def state(desk: Path) -> dict:
    return hook(desk, {"cmd": "test.state"})


def wait_state(desk: Path, predicate, timeout: float = 20.0) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        current = state(desk)
        if predicate(current):
            return current
        if time.monotonic() > deadline:
            raise AssertionError(f"the desk never got there: {current}")
        time.sleep(0.1)


def press(desk: Path, key: str) -> dict:
    reply = hook(desk, {"cmd": "test.key", "key": key})
    assert reply["ok"], reply
    return reply


def save_record(desk: Path, app: AppProcess) -> None:
    assert hook(desk, {"cmd": "test.fill", "record": RECORD})["ok"]
    saved = hook(desk, {"cmd": "test.save"})
    assert saved["ok"], saved


def calls(desk: Path) -> list[dict]:
    columns = (
        "public_id, caller_number, caller_normalised, cti_call_id, outcome, answer_delay_ms, "
        "ring_duration_ms, within_rule, rang_while_busy, saved_at, shift_id, direction"
    )
    names = [c.strip() for c in columns.split(",")]
    rows = query(desk, f"SELECT {columns} FROM calls ORDER BY id")
    return [dict(zip(names, row, strict=True)) for row in rows]


def test_a_call_from_sipp_rings_at_the_desk_and_f3_answers_the_softphone(
    desk, desk_app, baresip, callers
):
    """Done when: sipp calls baresip, it rings at the desk, F3 answers it, and the record
    shows the masked number and the answer delay."""
    caller = callers("answered", caller="13108888888", display="张三")
    caller.start(f"127.0.0.1:{baresip.sip_port}", pause_ms=1500)
    ringing = wait_state(desk, lambda s: s["stage"] == "ringing")
    assert ringing["banner_caller"] == "13108888888"
    assert ringing["phone"] == "电话：已连接"
    card = wait_state(desk, lambda s: (s["card"] or {}).get("quick_name"))["card"]
    assert card["quick_name"] == "张三"  # the SIP display name, offered for an unknown caller
    time.sleep(0.4)
    press(desk, "F3")
    assert caller.wait(30) == 0, caller.errors.read_text() if caller.errors.exists() else ""
    assert caller.received("SIP/2.0 200")  # baresip answered the caller
    baresip.wait_for_log("Call established")
    wait_state(desk, lambda s: s["stage"] == "wrapup")  # sipp hung up after 1.5 s
    save_record(desk, desk_app)
    log = desk_app.wait_for_log("call saved")
    (call,) = calls(desk)
    assert (call["caller_normalised"], call["outcome"], call["direction"]) == (
        "13108888888",
        "answered",
        "inbound",
    )
    assert call["cti_call_id"].endswith("@127.0.0.1")  # the SIP Call-ID, whole
    assert 400 <= call["answer_delay_ms"] < 10_000 and call["within_rule"] == 1
    assert call["shift_id"] is not None and call["saved_at"] is not None
    assert "131****8888" in log and "13108888888" not in log


def test_the_caller_giving_up_while_it_rings_is_abandoned_within_or_after_the_rule(
    desk, tmp_path, baresip, callers
):
    # One-second rings, two of them (the shortest cadence config.toml allows): the rule is
    # 2 s, so one caller gives up inside it and one after it without the test waiting 15 s.
    use_baresip(desk, baresip, ("ring.seconds_per_ring", "1"), ("ring.rings", "2"))
    app = start_logged_in(desk, tmp_path, hooks=True)
    try:
        app.wait_for_log("phone connected: baresip")
        for pause_ms in (600, 2600):
            caller = callers("cancelled", caller="13911112222")
            caller.start(f"127.0.0.1:{baresip.sip_port}", pause_ms=pause_ms)
            assert caller.wait(30) == 0
            assert caller.received("SIP/2.0 487")
            wait_state(desk, lambda s: s["stage"] == "idle")
        wait_state(desk, lambda s: len(calls(desk)) == 2)
    finally:
        app.stop()
    within, after = calls(desk)
    assert (within["outcome"], within["within_rule"]) == ("abandoned", 1)
    assert (after["outcome"], after["within_rule"]) == ("abandoned", 0)
    assert 500 <= within["ring_duration_ms"] < 1500 < 2500 <= after["ring_duration_ms"]
    summary = run_as_admin("shift", "summary", "--last", "--format", "json", profile=desk)
    assert summary.returncode == 0, summary.stderr
    assert '"abandoned_within_rule": 1' in summary.stdout
    assert '"abandoned_after_rule": 1' in summary.stdout


def test_the_agent_hangs_up_from_the_desk_and_the_caller_gets_bye(desk, desk_app, baresip, callers):
    caller = callers("hung_up_by_agent")
    caller.start(f"127.0.0.1:{baresip.sip_port}")
    wait_state(desk, lambda s: s["stage"] == "ringing")
    press(desk, "Enter")
    wait_state(desk, lambda s: s["stage"] == "talking")
    baresip.wait_for_log("Call established")
    press(desk, "F4")
    assert caller.wait(30) == 0
    assert caller.received("BYE ")  # baresip hung the caller up
    current = wait_state(desk, lambda s: s["stage"] == "wrapup")
    save_record(desk, desk_app)
    (call,) = calls(desk)
    assert call["public_id"] == current["call"] and call["outcome"] == "answered"


def test_a_second_call_while_busy_is_a_missed_call_listed_for_a_callback(
    desk, desk_app, baresip, callers
):
    first = callers("hung_up_by_agent", caller="13108888888")
    first.start(f"127.0.0.1:{baresip.sip_port}")
    wait_state(desk, lambda s: s["stage"] == "ringing")
    press(desk, "F3")
    talking = wait_state(desk, lambda s: s["stage"] == "talking")
    second = callers("cancelled", caller="13911112222", display="李四")
    second.start(f"127.0.0.1:{baresip.sip_port}", pause_ms=1500)
    waiting = wait_state(desk, lambda s: s["waiting"])
    assert waiting["call"] == talking["call"]  # still on the first call
    assert second.wait(30) == 0  # the second caller gave up
    wait_state(desk, lambda s: not s["waiting"])
    press(desk, "F4")
    assert first.wait(30) == 0 and first.received("BYE ")
    wait_state(desk, lambda s: s["stage"] == "wrapup")
    save_record(desk, desk_app)
    answered, missed = calls(desk)
    assert (answered["outcome"], answered["rang_while_busy"]) == ("answered", 0)
    assert (missed["caller_normalised"], missed["outcome"], missed["rang_while_busy"]) == (
        "13911112222",
        "abandoned",
        1,
    )
    assert missed["ring_duration_ms"] >= 1400 and missed["shift_id"] == answered["shift_id"]
    (callback,) = query(
        desk,
        "SELECT cb.status, c.public_id FROM callbacks cb JOIN calls c ON c.id = cb.missed_call_id",
    )
    assert callback == ("pending", missed["public_id"])


def test_baresip_killed_and_restarted_mid_shift_reconnects_and_nothing_is_lost(
    desk, desk_app, baresip, callers
):
    first = callers("answered")
    first.start(f"127.0.0.1:{baresip.sip_port}", pause_ms=500)
    wait_state(desk, lambda s: s["stage"] == "ringing")
    press(desk, "F3")
    assert first.wait(30) == 0
    wait_state(desk, lambda s: s["stage"] == "wrapup")
    save_record(desk, desk_app)

    second = callers("hung_up_by_agent", caller="13922223333")
    second.start(f"127.0.0.1:{baresip.sip_port}", timeout_s=20)
    wait_state(desk, lambda s: s["stage"] == "ringing")
    press(desk, "F3")
    wait_state(desk, lambda s: s["stage"] == "talking")
    baresip.kill()  # the softphone crashes mid-call
    offline = wait_state(desk, lambda s: s["phone"].startswith("电话：离线"))
    assert offline["stage"] == "talking"  # the record of the call in progress stays
    second.stop()
    baresip.start()  # same ports, as a restarted softphone
    desk_app.wait_for_log("no longer has call")  # the call died with the old baresip
    wait_state(desk, lambda s: s["phone"] == "电话：已连接" and s["stage"] == "wrapup")
    save_record(desk, desk_app)

    third = callers("answered", caller="13933334444")
    third.start(f"127.0.0.1:{baresip.sip_port}", pause_ms=300)
    wait_state(desk, lambda s: s["stage"] == "ringing")
    press(desk, "F3")
    assert third.wait(30) == 0 and third.received("SIP/2.0 200")
    wait_state(desk, lambda s: s["stage"] == "wrapup")
    save_record(desk, desk_app)
    saved = calls(desk)
    assert [c["caller_normalised"] for c in saved] == ["13108888888", "13922223333", "13933334444"]
    assert all(c["saved_at"] is not None and c["outcome"] == "answered" for c in saved)
    assert desk_app.log_text().count("phone connected: baresip") == 2


def test_an_outbound_call_from_the_desk_dials_through_baresip(desk, tmp_path, callers):
    customer = callers("answering_machine")
    phone = Baresip(tmp_path / "baresip-out", dial_domain=f"127.0.0.1:{customer.port}").start()
    customer.start(pause_ms=0)
    try:
        use_baresip(desk, phone)
        app = start_logged_in(desk, tmp_path, hooks=True)
        try:
            app.wait_for_log("phone connected: baresip")
            dialled = hook(desk, {"cmd": "test.dial", "number": "139 0000 1111"})
            assert dialled["ok"], dialled
            phone.wait_for_log("Call established")
            press(desk, "F4")
            assert customer.wait(30) == 0
            assert any(
                d == "received" and line.startswith("INVITE sip:13900001111@")
                for _, d, line in customer.messages_seen()
            )
            wait_state(desk, lambda s: s["stage"] == "wrapup")
            save_record(desk, app)
        finally:
            app.stop()
    finally:
        phone.stop()
    (call,) = calls(desk)
    assert (call["direction"], call["caller_normalised"]) == ("outbound", "13900001111")
    assert call["cti_call_id"]  # baresip's id for the call it placed


def test_the_readmes_baresip_config_starts_baresip_and_the_desk_connects(tmp_path, clock):
    """The README's config and accounts, as branch IT would copy them (ports made free)."""
    from agent_desk.calls.baresip import BaresipSource
    from tests.integration.test_softphone_recipes import RECIPES

    phone = Baresip(tmp_path / "readme-baresip")
    config = "\n".join(RECIPES["baresip-config-linux"])
    config = config.replace("0.0.0.0:5060", f"127.0.0.1:{phone.sip_port}")
    config = config.replace("127.0.0.1:4444", phone.address)
    account = RECIPES["baresip-accounts"][0].replace("pbx.example.com", "127.0.0.1:9")
    phone.files = {"config": config + "\n", "accounts": account + "\n"}
    phone.start()
    link = BaresipSource(phone.address, clock)
    try:
        link.start(_Quiet())
        deadline = time.monotonic() + 10
        while not link.status.connected and time.monotonic() < deadline:
            time.sleep(0.05)
        assert link.status.connected, link.status
    finally:
        link.stop()
        phone.stop()
    assert "ctrl_tcp: failed" not in phone.log_text()


class _Quiet:
    def handle_event(self, event):
        return {"ok": True}


def test_a_call_that_rang_before_the_desk_started_rings_at_the_desk_and_f3_answers_it(
    desk, tmp_path, baresip, callers
):
    """One ringing call AgentDesk never saw (it rang before the app started) made every F3
    after it answer nothing: baresip held that call and ctrl_tcp replied ok."""
    use_baresip(desk, baresip)
    early = callers("hung_up_by_agent", caller="13900000001")
    early.start(f"127.0.0.1:{baresip.sip_port}")
    baresip.wait_for_log("Incoming call")
    app = start_logged_in(desk, tmp_path, hooks=True)
    try:
        app.wait_for_log("phone connected: baresip")
        ringing = wait_state(desk, lambda s: s["stage"] == "ringing")
        assert ringing["banner_caller"] == "13900000001"  # the early call rings at the desk
        later = callers("hung_up_by_agent", caller="13108888888")
        later.start(f"127.0.0.1:{baresip.sip_port}")
        wait_state(desk, lambda s: s["waiting"])
        press(desk, "F3")
        wait_state(desk, lambda s: s["stage"] == "talking")
        deadline = time.monotonic() + 10
        while not early.received("SIP/2.0 200") and time.monotonic() < deadline:
            time.sleep(0.1)
        assert early.received("SIP/2.0 200") and not later.received("SIP/2.0 200")
        press(desk, "F4")
        assert early.wait(30) == 0 and early.received("BYE ")
        # The later caller, still waiting, comes to the banner (the record is set aside).
        wait_state(desk, lambda s: s["stage"] == "ringing" and s["banner_caller"] == "13108888888")
        press(desk, "F3")
        wait_state(desk, lambda s: s["stage"] == "talking")
        press(desk, "F4")
        assert later.wait(30) == 0 and later.received("SIP/2.0 200")
        assert not any(s.received("SIP/2.0 486") for s in (early, later))
    finally:
        app.stop()


def test_after_kill_9_mid_call_the_restored_record_follows_the_call_baresip_still_has(
    desk, tmp_path, baresip, callers
):
    """The live call was orphaned, and the restored draft ended when it was saved."""
    use_baresip(desk, baresip)
    app = start_logged_in(desk, tmp_path, hooks=True)
    caller = callers("answered", caller="13108888888")
    try:
        app.wait_for_log("phone connected: baresip")
        caller.start(f"127.0.0.1:{baresip.sip_port}", pause_ms=20_000)
        wait_state(desk, lambda s: s["stage"] == "ringing")
        press(desk, "F3")
        wait_state(desk, lambda s: s["stage"] == "talking")
        assert hook(desk, {"cmd": "test.fill", "record": {"subject": "停电"}})["ok"]
        app.wait_for_log("call draft autosaved")
    finally:
        app.kill()
    again = start_logged_in(desk, tmp_path, hooks=True)
    try:
        again.wait_for_log("phone connected: baresip")
        again.wait_for_log("draft offered for call")
        assert hook(desk, {"cmd": "test.restore"})["ok"]
        state = wait_state(desk, lambda s: s["stage"] == "talking")  # baresip still has it
        assert state["record"]["subject"] == "停电"
        assert caller.wait(60) == 0  # the caller hangs up after 20 s
        wait_state(desk, lambda s: s["stage"] == "wrapup")
        ended = time.time()
        time.sleep(2)
        save_record(desk, again)
    finally:
        again.stop()
    ((ended_at, saved_at),) = query(desk, "SELECT ended_at, saved_at FROM calls")
    ended_at, saved_at = (datetime.fromisoformat(t) for t in (ended_at, saved_at))
    assert abs(ended_at.timestamp() - ended) < 1.5  # when the caller hung up, not the save
    assert (saved_at - ended_at).total_seconds() >= 1.5
