"""How fast a ring reaches the agent.

1. In process: a CTI ring event handled by the call desk (call row stored, countdown started,
   banner and script panel repainted, signals out) and the hang-up after it, p50/p99 over N
   rings on a real SQLite store with the real main window (offscreen).
2. Out of process: `agent-desk ring` as a softphone runs it, from process start to exit with
   the app's reply (the CLI path must stay light), median and max over M runs against a
   running app.

    .venv/bin/python bench/ring.py [--rings 1000] [--cli 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.machine import describe  # noqa: E402


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def in_process(rings: int) -> list[float]:
    from PySide6.QtWidgets import QApplication

    from agent_desk.calls.events import RingEvent
    from agent_desk.paths import Profile
    from agent_desk.services import Services
    from agent_desk.ui.main_window import MainWindow
    from agent_desk.ui.ui_settings import UiSettings

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        profile = Profile.at(folder).ensure()
        services = Services.open(profile)
        services.accounts.create("1001", "王小明", "agent", "password1")
        agent = services.accounts.login("1001", "password1")
        window = MainWindow(services.context, agent, UiSettings(profile), services)
        window.show()
        app.processEvents()
        controller = window.call_controller
        times = []
        for i in range(rings):
            start = time.perf_counter()
            controller.handle_event(
                RingEvent("ring", caller=f"1380013{i % 10000:04d}", call_id=str(i))
            )
            window.call_desk.banner.repaint()
            times.append((time.perf_counter() - start) * 1000)
            controller.handle_event(RingEvent("hangup", call_id=str(i)))
            app.processEvents()
        window.close()
        services.close()
    return times


def out_of_process(runs: int) -> list[float]:
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        base = [sys.executable, "-m", "agent_desk", "--profile", folder]
        subprocess.run(
            [*base, "user", "add", "--agent-no", "1001", "--name", "王小明", "--password-stdin"],
            input="password1\n",
            text=True,
            check=True,
            capture_output=True,
            env=env,
            cwd=REPO,
        )
        login = Path(folder) / "login"
        login.touch(mode=0o600)
        login.write_text("1001\npassword1\n", encoding="utf-8")
        app = subprocess.Popen(
            base,
            env={**env, "AGENT_DESK_AUTOLOGIN_FILE": str(login)},
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            log = Path(folder) / "logs" / "agent-desk.log"
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                if log.exists() and "main window shown" in log.read_text(encoding="utf-8"):
                    break
                time.sleep(0.1)
            times = []
            for i in range(runs):
                start = time.perf_counter()
                subprocess.run(
                    [*base, "ring", "--caller", "13800138000", "--call-id", f"b{i}"],
                    check=True,
                    capture_output=True,
                    env=env,
                    cwd=REPO,
                )
                times.append((time.perf_counter() - start) * 1000)
                subprocess.run(
                    [*base, "hangup", "--call-id", f"b{i}"],
                    check=True,
                    capture_output=True,
                    env=env,
                    cwd=REPO,
                )
        finally:
            app.terminate()
            app.wait(10)
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rings", type=int, default=1000)
    parser.add_argument("--cli", type=int, default=20)
    args = parser.parse_args()
    print(describe())
    handled = in_process(args.rings)
    print(
        f"ring handled in the app (store + countdown + banner), {args.rings} rings: "
        f"p50 {percentile(handled, 50):.2f} ms, p99 {percentile(handled, 99):.2f} ms, "
        f"max {max(handled):.2f} ms"
    )
    if args.cli:
        cli = out_of_process(args.cli)
        print(
            f"`agent-desk ring` process start to reply, {args.cli} runs: "
            f"median {statistics.median(cli):.0f} ms, max {max(cli):.0f} ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
