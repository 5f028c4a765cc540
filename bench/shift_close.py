"""Closing a shift of 500 calls: from "Close" to its files in the outbox (target <= 300 ms).

Builds a fresh profile with one agent, an 8-hour shift with breaks and 500 calls, then times
`ShiftService.close()` — summary, schema check, HTML + PDF report (Qt, offscreen), calls.csv and
the outbox rows, in one transaction — with the real Qt renderer. Median of 5 closes, each on its
own fresh copy of the shift. Prints the machine it ran on.

    .venv/bin/python bench/shift_close.py [--calls 500] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from agent_desk.clock import FakeClock
from agent_desk.models import Call
from agent_desk.paths import Profile
from agent_desk.services import Services
from agent_desk.ui.summary_render import QtSummaryRenderer, ensure_gui_application
from bench.machine import describe


def open_services(folder: str, clock: FakeClock, plain: bool) -> Services:
    """The store as a desk has it (SQLCipher-encrypted), or plain SQLite for comparison."""
    if not plain:
        return Services.open(Profile.at(folder).ensure(), clock)
    from agent_desk.context import AppContext
    from agent_desk.store import open_store

    context = AppContext.load(Profile.at(folder).ensure(), clock)
    profile = context.profile
    return Services(context, open_store(profile.db_path, profile.backup_dir, clock))


def one_close(calls: int, renderer: QtSummaryRenderer, plain: bool = False) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as folder:
        clock = FakeClock(datetime(2026, 11, 24, 1, 0, tzinfo=UTC))
        services = open_services(folder, clock, plain)
        try:
            agent = services.accounts.create("1001", "王小明", "agent", "secret-pw")
            shift = services.shifts.start(agent)
            start = clock.now()
            with services.store.sessions.begin() as session:
                for n in range(calls):
                    ring = start + timedelta(seconds=50 * n)
                    session.add(
                        Call(
                            agent_id=agent.id,
                            direction="inbound" if n % 10 else "outbound",
                            caller_number=f"1380013{n:04d}",
                            ring_started_at=ring,
                            answered_at=ring + timedelta(seconds=n % 25),
                            answer_delay_ms=(n % 25) * 1000,
                            ended_at=ring + timedelta(seconds=30),
                            wrapup_ended_at=ring + timedelta(seconds=45),
                            outcome="answered" if n % 17 else "abandoned",
                            category=("inquiry", "complaint", "repair", "other")[n % 4],
                            resolution="resolved" if n % 9 else "follow_up",
                            satisfaction=1 + n % 5,
                            greeting_given=True,
                            signoff_given=n % 3 > 0,
                        )
                    )
            for reason in ("meal", "rest"):
                clock.advance(3 * 3600)
                services.shifts.set_state(shift.id, "break", reason)
                clock.advance(1800)
                services.shifts.set_state(shift.id, "available")
            clock.advance(3600)
            began = time.perf_counter()
            closed = services.shifts.close(shift.id, "zh_CN", renderer)
            elapsed = time.perf_counter() - began
            return elapsed, sum(f.size for f in closed.files)
        finally:
            services.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--plain", action="store_true", help="an unencrypted store, for comparison")
    args = parser.parse_args()
    ensure_gui_application()
    renderer = QtSummaryRenderer()
    one_close(10, renderer, args.plain)  # warm up: imports, fonts, the schema validator
    times = []
    size = 0
    for _ in range(args.runs):
        elapsed, size = one_close(args.calls, renderer, args.plain)
        times.append(elapsed)
    print(describe())
    store = "plain SQLite" if args.plain else "SQLCipher"
    print(f"shift close with {args.calls} calls, {args.runs} runs, {store} store")
    print(
        f"  median {statistics.median(times) * 1000:.0f} ms, "
        f"min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms"
    )
    print(
        f"  files queued: {size / 1024:.0f} KiB (summary.json, report.html, report.pdf, calls.csv)"
    )
    target = 0.300
    verdict = "OK" if statistics.median(times) <= target else "OVER TARGET"
    print(f"  target <= {target * 1000:.0f} ms: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
