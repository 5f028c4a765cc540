"""Supervisor report speed: a month of a 300-agent center (about 10,000 shift summaries), and
a year of it (about 120,000, with 5 % of the shift folders copied a second time on the share).

Measures, with the demo generator's summaries in a temporary folder:
- cold: load (list, read, check against the schema, index) + aggregate by agent + grades,
  with an empty local index;
- warm: the same again, the index already filled (median of 3);
- GUI stall: the longest gap between ticks of a 10 ms heartbeat QTimer on the GUI thread while
  the real Reports window loads (cold and warm) and shows the result.
Targets: cold <= 5 s, warm <= 0.5 s, GUI stall <= 100 ms.

`--year`: 300 agents for 365 days with 5 % duplicate copies, one report over the whole year
(aggregate by agent, the grade of all twelve months), each shift counted once. The loads run in
a child process so its peak memory (ru_maxrss) is the report's alone. Targets: cold <= 15 s,
warm <= 1 s, peak memory <= 1 GB. `--share DIR` reuses summaries written before (writing
120,000 files takes minutes).

"Cold" means a cold index, not a cold disk cache: the files were just written, so the OS still
caches them. Over a branch network the first read of each file costs more; the index is what
makes every later report independent of that.

Usage: .venv/bin/python bench/report.py [--agents 300] [--days 31] [--profile]
       .venv/bin/python bench/report.py --year [--share DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine import cpu_times, describe, stolen_since

from agent_desk.accounts import AgentInfo
from agent_desk.clock import SystemClock
from agent_desk.policy import Policy
from agent_desk.reports import (
    ReportQuery,
    ReportService,
    aggregate,
    aggregate_agent_months,
    grade_month,
    grade_period,
    report_table,
)
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


YEAR = (date(2026, 1, 1), date(2026, 12, 31))


def _children_cpu() -> float:
    """CPU seconds of the worker processes that have ended (agent_desk/reports/parsing.py)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def year_once(service: ReportService, query: ReportQuery) -> dict[str, float]:
    t0, c0, w0 = time.perf_counter(), time.process_time(), _children_cpu()
    result = service.load(BOSS, query)
    # as `agent-desk report --by agent` does: the agents and their months in one pass
    agents, agent_months = aggregate_agent_months(result.rows, result.month_sums)
    report_table(agents, "agent", service.targets(), result.rows)
    grade_period(
        result.rows,
        query.date_from,
        query.date_to,
        service.policy,
        result.review_averages,
        agent_months,
    )
    return {
        "wall": time.perf_counter() - t0,
        "cpu": time.process_time() - c0,
        "workers_cpu": _children_cpu() - w0,
        "used": result.used,
        "read": result.read,
        "copies": result.copies,
        "files": result.files,
        "skipped": len(result.skipped),
    }


def measure_year(share: Path, index: Path) -> None:
    """In a child process: cold, then warm three times; prints JSON with the peak memory."""
    index.unlink(missing_ok=True)
    query = ReportQuery(share, *YEAR)
    cold = year_once(ReportService(SystemClock(), Policy.load(), index), query)
    warm = [year_once(ReportService(SystemClock(), Policy.load(), index), query) for _ in range(3)]
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    worker_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(
        json.dumps(
            {"cold": cold, "warm": warm, "peak_mb": peak_kb / 1024, "worker_mb": worker_kb / 1024}
        )
    )


def year(share_arg: str | None) -> None:
    load_before = f"{os.getloadavg()[0]:.2f}"
    ticks = cpu_times()
    with tempfile.TemporaryDirectory() as tmp:
        share = Path(share_arg) if share_arg else Path(tmp) / "share"
        made = 0.0
        if not share_arg:
            t0 = time.perf_counter()
            write_demo_summaries(
                share, agents=300, branches=8, days=365, start=YEAR[0], seed=1, extras=False,
                copies=0.05,
            )  # fmt: skip
            made = time.perf_counter() - t0
        files = sum(1 for _ in share.rglob("summary.json"))
        child = subprocess.run(
            [sys.executable, __file__, "--measure-year", str(share), str(Path(tmp) / "i.db")],
            capture_output=True,
            text=True,
            check=True,
        )
        figures = json.loads(child.stdout.strip().splitlines()[-1])
    cold, warm = figures["cold"], figures["warm"]
    median = statistics.median(w["wall"] for w in warm)
    print(describe())
    print(f"load average before/after     {load_before} / {os.getloadavg()[0]:.2f}")
    print(f"CPU stolen by the host        {stolen_since(ticks):>7s}  (a shared VM: slower runs)")
    print(f"summary files on the share    {files:7d}  (written in {made:.0f} s)")
    print(
        f"shifts used / identical copies {cold['used']:6d} / {cold['copies']}  "
        f"({cold['skipped']} skipped)"
    )
    print(
        f"cold load + aggregate + grade {cold['wall']:7.2f} s  CPU {cold['cpu']:.2f} s "
        f"+ workers {cold['workers_cpu']:.2f} s  ({cold['read']} files read)  target <= 15 s"
    )
    print(
        f"warm (index) median of 3      {median:7.3f} s  "
        f"CPU {statistics.median(w['cpu'] for w in warm):.3f} s  target <= 1 s"
    )
    print(
        f"peak memory (child process)   {figures['peak_mb']:7.0f} MB  target <= 1024 MB  "
        f"(each of its workers <= {figures['worker_mb']:.0f} MB)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--agents", type=int, default=300)
    parser.add_argument("--days", type=int, default=31)
    parser.add_argument("--profile", action="store_true", help="cProfile the cold load")
    parser.add_argument("--year", action="store_true", help="the 120,000-summary case")
    parser.add_argument("--share", help="with --year: summaries already written there")
    parser.add_argument("--measure-year", nargs=2, metavar=("SHARE", "INDEX"), help="internal")
    args = parser.parse_args()
    if args.measure_year:
        measure_year(Path(args.measure_year[0]), Path(args.measure_year[1]))
        return
    if args.year:
        year(args.share)
        return
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
