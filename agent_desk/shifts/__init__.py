"""Shifts: from login to close, the figures of a shift, its summary and the files it publishes.

- `service`: `ShiftService`, the shift's life (start, states, close in one transaction);
- `figures`: every figure of a shift defined once (summary, calls.csv, reports, grade, demo);
- `summary`: the summary and calls.csv of a shift in the store;
- `schema`: the shift-summary contract and its fast check;
- `demo_summaries`: realistic summaries for demos, benchmarks and tests.
"""

from agent_desk.models.shifts import BREAK_REASONS, STATES
from agent_desk.shifts.service import (
    SHIFT_FILES,
    ClosedShift,
    CloseHook,
    NoOpenShift,
    PeriodInfo,
    QueuedFile,
    ShiftClosed,
    ShiftInfo,
    ShiftService,
    daily_archive_hook,
)

__all__ = [
    "BREAK_REASONS",
    "SHIFT_FILES",
    "STATES",
    "CloseHook",
    "ClosedShift",
    "NoOpenShift",
    "PeriodInfo",
    "QueuedFile",
    "ShiftClosed",
    "ShiftInfo",
    "ShiftService",
    "daily_archive_hook",
]
