"""The phone, end to end: sipp → baresip → AgentDesk's banner, and F3 → baresip → sipp's 200 OK.

Runs the same chain as tests/integration/test_phone_baresip.py: baresip from a private config
folder (loopback, no sound card), the real app process logged in with `phone.source baresip`,
and one sipp call at a time. For each call it measures

- INVITE sent (sipp's message trace) → the banner shows the ring (the app's test hook notes
  the time once the banner's slot has run), and
- F3 pressed (the test hook sends the key where the keyboard is) → sipp receives baresip's
  200 OK (sipp's trace),

both on the wall clock of this one machine. Between calls the agent hangs up (F4) and saves the
record, as at a desk. The hooks are read over the app's local socket every 10 ms.

    .venv/bin/python bench/phone.py [--calls 200]

Targets: INVITE → banner p99 <= 100 ms; F3 → 200 OK p99 <= 150 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from agent_desk.local_socket import socket_name  # noqa: E402
from agent_desk.paths import Profile  # noqa: E402
from bench.machine import describe  # noqa: E402
from tests.conftest import run_as_admin  # noqa: E402
from tests.integration.app_process import add_agent, start_logged_in  # noqa: E402
from tests.integration.softphone import Baresip, Sipp, missing  # noqa: E402

RECORD = {
    "category": "inquiry",
    "subject": "宽带资费",
    "question": "包月多少钱",
    "answer": "99 元",
    "resolution": "resolved",
}


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


class Hooks:
    """The app's test hooks over its local socket (a plain AF_UNIX client: no Qt here)."""

    def __init__(self, profile: Path) -> None:
        self.path = socket_name(Profile.at(profile))

    def __call__(self, message: dict) -> dict:
        with socket.socket(socket.AF_UNIX) as client:
            client.settimeout(10)
            client.connect(self.path)
            client.sendall(json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n")
            reply = b""
            while not reply.endswith(b"\n"):
                chunk = client.recv(65536)
                if not chunk:
                    break
                reply += chunk
        return json.loads(reply)

    def wait(self, predicate, timeout: float = 20.0) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            state = self({"cmd": "test.state"})
            if predicate(state):
                return state
            if time.monotonic() > deadline:
                raise RuntimeError(f"the desk did not get there: {state}")
            time.sleep(0.01)


def one_call(hooks: Hooks, phone: Baresip, folder: Path, number: int, last: str | None):
    caller = Sipp(folder / "sipp", "hung_up_by_agent", caller=f"1390000{number:04d}")
    caller.start(f"127.0.0.1:{phone.sip_port}", timeout_s=30)
    try:
        ringing = hooks.wait(lambda s: s["stage"] == "ringing" and s["call"] != last)
        pressed = hooks({"cmd": "test.key", "key": "F3"})
        hooks.wait(lambda s: s["stage"] == "talking")
        deadline = time.monotonic() + 10
        while not caller.received("SIP/2.0 200") and time.monotonic() < deadline:
            time.sleep(0.01)
        hooks({"cmd": "test.key", "key": "F4"})
        hooks.wait(lambda s: s["stage"] == "wrapup")
        hooks({"cmd": "test.fill", "record": RECORD})
        saved = hooks({"cmd": "test.save"})
        if not saved.get("ok"):
            raise RuntimeError(f"record not saved: {saved}")
        if caller.wait(30) != 0:
            raise RuntimeError(f"sipp failed: {caller.errors.read_text(errors='replace')}")
    finally:
        caller.stop()
    seen = caller.messages_seen()
    invite = next(t for t, d, line in seen if d == "sent" and line.startswith("INVITE "))
    ok = next(t for t, d, line in seen if d == "received" and line.startswith("SIP/2.0 200"))
    banner_ms = (ringing["ring_shown_at"] - invite) * 1000
    answer_ms = (ok - pressed["sent_at"]) * 1000
    return banner_ms, answer_ms, ringing["call"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=200)
    args = parser.parse_args()
    if missing():
        print(f"bench/phone.py: {missing()}", file=sys.stderr)
        return 2
    print(describe())
    folder = Path(tempfile.mkdtemp(prefix="ad-phone-"))
    profile = folder / "profile"
    phone = Baresip(folder / "baresip").start()
    app = None
    try:
        add_agent(profile)
        for key, value in (("phone.source", "baresip"), ("phone.baresip.address", phone.address)):
            done = run_as_admin("config", "set", key, value, profile=profile)
            if done.returncode != 0:
                raise SystemExit(f"bench/phone.py: config set {key}: {done.stderr.strip()}")
        app = start_logged_in(profile, folder, hooks=True)
        app.wait_for_log("phone connected: baresip")
        hooks = Hooks(profile)
        banner, answer = [], []
        last = None
        for number in range(args.calls):
            try:
                banner_ms, answer_ms, last = one_call(hooks, phone, folder, number, last)
            except Exception:
                print(f"call {number} failed; the app's log ends:", file=sys.stderr)
                print("\n".join(app.log_text().splitlines()[-40:]), file=sys.stderr)
                raise
            banner.append(banner_ms)
            answer.append(answer_ms)
    finally:
        if app is not None:
            app.stop()
        phone.stop()
        shutil.rmtree(folder, ignore_errors=True)
    for name, values, target in (
        ("INVITE sent -> banner shown", banner, 100),
        ("F3 pressed -> 200 OK at the caller", answer, 150),
    ):
        print(
            f"{name}, {len(values)} calls: p50 {statistics.median(values):.1f} ms, "
            f"p99 {percentile(values, 99):.1f} ms, max {max(values):.1f} ms "
            f"(target p99 <= {target} ms)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
