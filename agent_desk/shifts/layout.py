"""Where a shift's files go on the share: one definition for the desk and the demo.

`<branch>/<YYYY-MM-DD>/<agent_no>_<YYYYMMDDTHHMM>_<desk>_<shift-id>/` with `summary.json`,
`report.html`, `report.pdf` and `calls.csv`; the date and time are the shift's start in the
branch's zone, as written in the summary. Branch and desk codes go through `clean_code`, the
same cleaning the case archive's tree (`archive/<branch>/<day>/<desk>/`) uses. The desk is in
the shift folder's name rather than a folder of its own, so a report lists one folder per day
of a branch, not one per desk and day.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from agent_desk.codes import clean_code

SUMMARY_FILE = "summary.json"


def shift_folder(summary: dict[str, Any]) -> str:
    desk = (summary.get("desk") or {}).get("code") or "desk"
    return shift_folder_of(
        summary["branch"]["code"],
        summary["shift"]["started_at"],
        summary["agent"]["agent_no"],
        desk,
        summary["shift_id"],
    )


def shift_folder_of(branch: str, started_at: str, agent_no: str, desk: str, shift_id: str) -> str:
    """The folder of a shift from its parts (`started_at` ISO 8601 in the branch's zone)."""
    s = datetime.fromisoformat(started_at)
    day = f"{s.year:04d}-{s.month:02d}-{s.day:02d}"  # strftime costs a report's de-duplication
    return "/".join(
        (
            clean_code(branch, "UNSET"),
            day,
            f"{clean_code(agent_no)}_{day.replace('-', '')}T{s.hour:02d}{s.minute:02d}_"
            f"{clean_code(desk or 'desk', 'desk')}_{shift_id}",
        )
    )


def is_own_path(path: str, folder: str) -> bool:
    """Whether `path` (a summary found on the share, under whatever root the report was given,
    with / or \\) is the file the desk wrote: its last folders are the shift's own `folder`
    (at least the shift folder itself, and as many of its parents as the path holds)."""
    parts = [p for p in path.replace("\\", "/").split("/") if p]
    if len(parts) < 2 or parts[-1] != SUMMARY_FILE:
        return False
    mine = folder.split("/")
    tail = parts[:-1][-len(mine) :]
    return len(tail) >= 1 and tail == mine[-len(tail) :]
