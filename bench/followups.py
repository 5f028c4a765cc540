"""Follow-ups on a busy desk: the list refresh that runs on the GUI thread, opening a case, the
daily archive. Targets: follow-up refresh <= 100 ms (it runs every 30 s on the GUI thread),
open_case <= 50 ms, a day's archive <= 1 s.

Builds a fresh profile with a year of cases (default 20,000, a few hundred still open) plus
pending callbacks, then times, median of --runs:
- `FollowUpList.refresh()` for one agent and for a supervisor's "everyone's" view (queries +
  the Qt table, offscreen);
- `CaseService.open_case()` (number allocation, deadlines from the PRC calendar, log row);
- `CaseService.queue_daily_archive()` for the last day.

    .venv/bin/python bench/followups.py [--cases 20000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from agent_desk.clock import FakeClock
from agent_desk.models.cases import Callback, Case, CaseEvent
from agent_desk.paths import Profile
from agent_desk.services import Services
from agent_desk.ui.followups import FollowUpList
from bench.machine import describe

KINDS = ("complaint", "report", "inquiry", "suggestion", "repair")
PREFIX = {"complaint": "TS", "report": "JB", "inquiry": "ZX", "suggestion": "JY", "repair": "BX"}


def populate(services: Services, clock: FakeClock, agents: list, count: int) -> None:
    """A year of cases: all closed except the last ~2 weeks; bulk-inserted for speed."""
    rng = random.Random(7)
    end = clock.now()
    start = end - timedelta(days=365)
    step = (end - start) / count
    seq: dict[tuple[str, str], int] = {}
    cases, events = [], []
    deadlines = services.cases.deadlines
    for i in range(count):
        received = start + step * i
        kind = rng.choice(KINDS)
        day = received.astimezone(deadlines.zone).strftime("%Y%m%d")
        n = seq[(kind, day)] = seq.get((kind, day), 0) + 1
        d = deadlines.compute(kind, received, strict=False)
        recent = end - received < timedelta(days=14)
        status = (
            rng.choice(("received", "assigned", "in_progress", "replied")) if recent else "closed"
        )
        owner = rng.choice(agents)
        cases.append(
            {
                "id": i + 1,
                "public_id": f"00000000-0000-0000-0000-{i + 1:012d}",
                "number": f"{PREFIX[kind]}-{day}-{n:04d}",
                "kind": kind,
                "status": status,
                "created_by_id": owner.id,
                "assignee_id": owner.id if status != "received" else None,
                "received_at": received,
                "complainant": "客户",
                "contact": f"138{i:08d}",
                "matter": "宽带断网，要求尽快上门检修",
                "product": "宽带",
                "case_type": "",
                "severity": "normal",
                "department": rng.choice(("网络维护部", "计费部", "营业厅", "")),
                "points_by": d.points_by,
                "feedback_by": d.feedback_by,
                "reply_by": d.reply_by,
                "root_cause": "",
                "improvement": "",
            }
        )
        for k in range(3):
            events.append(
                {
                    "public_id": f"10000000-0000-0000-{k:04d}-{i + 1:012d}",
                    "case_id": i + 1,
                    "at": received + timedelta(minutes=k),
                    "actor_id": owner.id,
                    "kind": ("opened", "note", "contact")[k],
                    "text": "跟进记录",
                }
            )
    with services.store.sessions.begin() as session:
        session.bulk_insert_mappings(Case, cases)
        session.bulk_insert_mappings(CaseEvent, events)
        session.bulk_insert_mappings(
            Callback,
            [
                {
                    "public_id": f"20000000-0000-0000-0000-{i + 1:012d}",
                    "case_id": count - i,
                    "agent_id": rng.choice(agents).id,
                    "due_at": end + timedelta(minutes=rng.randint(-600, 3000)),
                    "purpose": "回访",
                    "status": "pending",
                    "created_at": end,
                }
                for i in range(200)
            ],
        )


def timed(action, runs: int) -> float:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        action()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        clock = FakeClock(datetime(2026, 11, 24, 6, 0, tzinfo=UTC))
        services = Services.open(Profile.at(folder).ensure(), clock)
        try:
            agents = [
                services.accounts.create(f"{1000 + i}", f"坐席{i}", "agent", "secret-pw")
                for i in range(8)
            ]
            boss = services.accounts.create("9001", "主管", "supervisor", "secret-pw")
            t0 = time.perf_counter()
            populate(services, clock, agents, args.cases)
            print(f"populated {args.cases} cases in {time.perf_counter() - t0:.1f} s")
            open_cases = len(services.cases.list_cases())
            mine = FollowUpList(services, agents[0])
            everyone = FollowUpList(services, boss)
            app.processEvents()
            agent_ms = timed(mine.refresh, args.runs)
            boss_ms = timed(everyone.refresh, args.runs)
            open_ms = timed(
                lambda: services.cases.open_case("complaint", actor=agents[0], matter="投诉"),
                args.runs,
            )
            day = clock.now().astimezone(services.cases.deadlines.zone).date()
            archive_ms = timed(
                lambda: services.cases.queue_daily_archive(day, "BR001"), max(1, args.runs // 2)
            )
            today = len(services.cases.day_records(day))
        finally:
            services.close()
    print(f"machine: {describe()}")
    print(f"cases: {args.cases} ({open_cases} open), callbacks pending: 200")
    print(
        f"follow-up refresh, one agent ({len(mine.rows)} rows): {agent_ms:.1f} ms (target <= 100)"
    )
    print(
        f"follow-up refresh, supervisor ({len(everyone.rows)} rows): {boss_ms:.1f} ms"
        " (target <= 100)"
    )
    print(f"open_case: {open_ms:.1f} ms (target <= 50)")
    print(f"daily archive of today ({today} cases): {archive_ms:.1f} ms (target <= 1000)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
