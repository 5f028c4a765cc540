"""Supervisor report speed: a month of a 300-agent center, about 10,000 shift summaries.

Measures, with the demo generator's summaries in a temporary folder:
- cold: load (list, read, check against the schema, index) + aggregate by agent + grades,
  with an empty local index;
- warm: the same again, the index already filled (median of 3);
- GUI stall: the longest gap between ticks of a 10 ms heartbeat QTimer on the GUI thread while
  the real Reports window loads (cold and warm) and shows the result.
Targets: cold <= 5 s, warm <= 0.5 s, GUI stall <= 100 ms.

"Cold" means a cold index, not a cold disk cache: the files were just written, so the OS still
caches them. Over a branch network the first read of each file costs more; the index is what
makes every later report independent of that.

Usage: .venv/bin/python bench/report.py [--agents 300] [--days 31] [--profile]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine import describe

from agent_desk.accounts import AgentInfo
from agent_desk.clock import SystemClock
from agent_desk.policy import Policy
from agent_desk.reports import ReportQuery, ReportService, aggregate, grade_month, report_table
from agent_desk.shifts.demo_summaries import write_demo_summaries

BOSS = AgentInfo(1, "bench", "9001", "Bench", "supervisor")
START = date(2026, 10, 1)


def report_once(service: ReportService, query: ReportQuery) -> tuple[float, int, int, float]:
    """(wall seconds, summaries used, files read, CPU seconds of the whole process)."""
    t0, c0 = time.perf_counter(), time.process_time()
    result = service.load(BOSS, query)
    report_table(aggregate(result.rows, "agent"), "agent", service.targets(), result.rows)
    grade_month(result.rows, START, service.policy)
    return time.perf_counter() - t0, result.used, result.read, time.process_time() - c0


def gui_stall(share: Path, profile_root: Path, fresh_index: bool) -> tuple[float, float]:
    """(max heartbeat gap, load time) in seconds while the Reports window loads the share."""
    from PySide6.QtCore import QDate, QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from agent_desk.paths import Profile
    from agent_desk.reports import INDEX_FILE
    from agent_desk.services import Services
    from agent_desk.ui.reports_window import ReportsDialog

    app = QApplication.instance() or QApplication([sys.argv[0]])
    services = Services.open(Profile.at(profile_root))
    if fresh_index:
        (services.profile.data_dir / INDEX_FILE).unlink(missing_ok=True)
    dialog = ReportsDialog(services, BOSS)
    dialog.show()
    dialog.folder_edit.setText(str(share))
    dialog.from_edit.setDate(QDate(START.year, START.month, 1))
    dialog.to_edit.setDate(QDate(START.year, START.month, 31))
    app.processEvents()

    clock = QElapsedTimer()
    clock.start()
    gaps: list[int] = []
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(tick)
    loop = QEventLoop()
    dialog.view_ready.connect(lambda: QTimer.singleShot(200, loop.quit))  # and paint it
    dialog._worker.failed.connect(lambda *_: loop.quit())
    heartbeat.start()
    last[0] = clock.elapsed()
    t0 = time.perf_counter()
    dialog.load_button.click()
    loop.exec()
    elapsed = time.perf_counter() - t0 - 0.2
    heartbeat.stop()
    dialog.close()
    services.close()
    if dialog.result is None:
        raise SystemExit("the Reports window failed to load: " + dialog.status_label.text())
    return max(gaps) / 1000, elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--agents", type=int, default=300)
    parser.add_argument("--days", type=int, default=31)
    parser.add_argument("--profile", action="store_true", help="cProfile the cold load")
    args = parser.parse_args()
    load_before = f"{os.getloadavg()[0]:.2f}"
    with tempfile.TemporaryDirectory() as tmp:
        share = Path(tmp) / "share"
        t0 = time.perf_counter()
        count = write_demo_summaries(
            share,
            agents=args.agents,
            branches=8,
            days=args.days,
            start=START,
            seed=1,
            extras=False,
        )
        made = time.perf_counter() - t0
        query = ReportQuery(share, START, date(2026, 10, 31))
        service = ReportService(SystemClock(), Policy.load(), Path(tmp) / "index.db")
        if args.profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.enable()
            report_once(service, query)
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
            (Path(tmp) / "index.db").unlink()
        cold, used, read, cold_cpu = report_once(service, query)
        # a new service each time: what is reused is the index on disk, nothing in memory
        warm_runs = [
            report_once(ReportService(SystemClock(), Policy.load(), Path(tmp) / "index.db"), query)
            for _ in range(3)
        ]
        warm = statistics.median(r[0] for r in warm_runs)
        warm_cpu = statistics.median(r[3] for r in warm_runs)
        assert all(r[2] == 0 for r in warm_runs), "warm runs read files again"
        stall_cold, load_cold = gui_stall(share, Path(tmp) / "profile", fresh_index=True)
        stall_warm, load_warm = gui_stall(share, Path(tmp) / "profile", fresh_index=False)
    print(describe())
    print(f"load average before/after     {load_before} / {os.getloadavg()[0]:.2f}")
    print(f"summaries written             {count:7d}  in {made:.1f} s ({args.agents} agents)")
    print(
        f"cold load + aggregate + grade {cold:7.2f} s  CPU {cold_cpu:.2f} s  "
        f"({read} files read, {used} used)  target <= 5 s"
    )
    print(f"warm (index) median of 3      {warm:7.3f} s  CPU {warm_cpu:.3f} s  target <= 0.5 s")
    print(
        f"GUI stall, cold load          {stall_cold * 1000:7.0f} ms  "
        f"(window load {load_cold:.2f} s)  target <= 100 ms"
    )
    print(
        f"GUI stall, warm load          {stall_warm * 1000:7.0f} ms  "
        f"(window load {load_warm:.2f} s)  target <= 100 ms"
    )


if __name__ == "__main__":
    main()
