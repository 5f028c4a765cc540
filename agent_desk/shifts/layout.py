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
    started = datetime.fromisoformat(summary["shift"]["started_at"])
    desk = (summary.get("desk") or {}).get("code") or "desk"
    return "/".join(
        (
            clean_code(summary["branch"]["code"], "UNSET"),
            started.strftime("%Y-%m-%d"),
            f"{clean_code(summary['agent']['agent_no'])}_{started.strftime('%Y%m%dT%H%M')}_"
            f"{clean_code(desk, 'desk')}_{summary['shift_id']}",
        )
    )
