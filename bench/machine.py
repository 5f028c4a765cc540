"""One line describing the machine a benchmark ran on."""

from __future__ import annotations

import os
import platform


def describe() -> str:
    try:
        from PySide6 import __version__ as qt
    except ImportError:  # pragma: no cover
        qt = "?"
    return (
        f"{platform.node()} {platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, PySide6 {qt}"
    )


def cpu_times() -> tuple[int, int] | None:
    """(all, stolen) CPU ticks since boot from /proc/stat (Linux), else None."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            fields = [int(x) for x in f.readline().split()[1:9]]
    except (OSError, ValueError):
        return None
    return sum(fields), fields[7]


def stolen_since(before: tuple[int, int] | None) -> str:
    """The share of CPU time the host took from this virtual machine since `before`: a run
    with much of it stolen is slower for reasons outside the code, so benchmarks say it."""
    after = cpu_times()
    if before is None or after is None or after[0] <= before[0]:
        return "n/a"
    return f"{100 * (after[1] - before[1]) / (after[0] - before[0]):.0f} %"
