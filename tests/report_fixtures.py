"""Three hand-made shifts on a share, each built from its own list of calls.

The expected figures in the report tests are worked out by hand from these rows (see the
comments), so a report that averaged percentages, or summed a snapshot, would disagree. The
rows are a compact hand-written form; the share gets the desk's own calls.csv.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

from agent_desk.shifts.demo_summaries import DemoCall, DemoShift, write_shift

HEADER = (
    "started_at,direction,category,number,answered,ring_seconds,talk_seconds,wrapup_seconds,"
    "resolution,satisfaction,greeting,signoff\n"
)

# Agent 2001, BR01, 2 Nov: offered 4, answered 3 (delays 5, 15, 16.5: two within 15 s),
# one abandoned after the rule, one outbound; handled 4, talk 660 + wrap-up 120; resolved 3;
# ratings 5, 3, 4; greeting 4, sign-off 3.
SHIFT_A = HEADER + (
    "2026-11-02T09:10:00+08:00,in,inquiry,138****0001,1,5,100,20,resolved,5,1,1\n"
    "2026-11-02T09:30:00+08:00,in,complaint,139****0002,1,15,300,60,pending,3,1,0\n"
    "2026-11-02T10:00:00+08:00,in,inquiry,137****0003,1,16.5,200,30,resolved,,1,1\n"
    "2026-11-02T10:20:00+08:00,in,repair,136****0004,0,20,0,0,pending,,0,0\n"
    "2026-11-02T11:00:00+08:00,out,inquiry,135****0005,1,0,60,10,resolved,4,1,1\n"
)
# Agent 2001, BR01, 3 Nov: offered 3, answered 2 (delays 3, 10), one abandoned within the rule;
# handled 2, talk 300 + wrap-up 30; resolved 2; ratings 5, 5; greeting 2, sign-off 2.
SHIFT_B = HEADER + (
    "2026-11-03T09:05:00+08:00,in,inquiry,138****0011,1,3,120,30,resolved,5,1,1\n"
    "2026-11-03T09:20:00+08:00,in,suggestion,138****0012,1,10,180,0,resolved,5,1,1\n"
    "2026-11-03T09:40:00+08:00,in,inquiry,138****0013,0,8,0,0,pending,,0,0\n"
)
# Agent 2002, BR02, 2 Nov: offered 2, answered 2 (delays 20, 12: one within); handled 2,
# talk 640 + wrap-up 160; resolved 1; ratings 2, 4; greeting 1, sign-off 2.
SHIFT_C = HEADER + (
    "2026-11-02T13:10:00+08:00,in,inquiry,138****0021,1,20,240,60,pending,2,0,1\n"
    "2026-11-02T13:30:00+08:00,in,complaint,138****0022,1,12,400,100,resolved,4,1,1\n"
)


def read_calls_csv(text: str) -> list[DemoCall]:
    """Calls from the compact hand-written form above (numbers stay masked)."""
    calls = []
    for row in csv.DictReader(io.StringIO(text)):
        calls.append(
            DemoCall(
                started_at=datetime.fromisoformat(row["started_at"]),
                direction=row["direction"],
                category=row["category"],
                number=row["number"],
                answered=row["answered"] == "1",
                ring_seconds=float(row["ring_seconds"]),
                talk_seconds=float(row["talk_seconds"] or 0),
                wrapup_seconds=float(row["wrapup_seconds"] or 0),
                resolved=row["resolution"] == "resolved",
                satisfaction=int(row["satisfaction"]) if row["satisfaction"] else None,
                greeting=row["greeting"] == "1",
                signoff=row["signoff"] == "1",
            )
        )
    return calls


def _shift(
    csv_text: str,
    agent: tuple[str, str],
    branch: tuple[str, str],
    start: str,
    end: str,
    breaks: dict[str, float],
    cases: dict[str, dict[str, int]],
    callbacks: dict[str, int],
    shift_id: str,
) -> DemoShift:
    return DemoShift(
        agent_no=agent[0],
        agent_name=agent[1],
        branch_code=branch[0],
        branch_name=branch[1],
        started_at=datetime.fromisoformat(start),
        ended_at=datetime.fromisoformat(end),
        calls=tuple(read_calls_csv(csv_text)),
        breaks=breaks,
        cases=cases,
        callbacks=callbacks,
        shift_id=shift_id,
    )


def hand_made_shifts() -> list[DemoShift]:
    return [
        # online 8 h - 4200 s = 24600 s
        _shift(
            SHIFT_A,
            ("2001", "张三"),
            ("BR01", "城东营业部"),
            "2026-11-02T09:00:00+08:00",
            "2026-11-02T17:00:00+08:00",
            {"meal": 3600, "rest": 600},
            {
                "complaint": {"opened": 1, "replied": 1, "replied_on_time": 1},
                "inquiry": {"opened": 2, "replied": 1, "closed": 1, "overdue": 1},
            },
            {"due": 2, "done_on_time": 1, "done_late": 1},
            "00000000-0000-4000-8000-00000000000a",
        ),
        # online 4 h - 600 s = 13800 s; the same late inquiry is still overdue at the end
        _shift(
            SHIFT_B,
            ("2001", "张三"),
            ("BR01", "城东营业部"),
            "2026-11-03T09:00:00+08:00",
            "2026-11-03T13:00:00+08:00",
            {"rest": 600},
            {
                "complaint": {"replied": 1, "replied_on_time": 1, "closed": 1},
                "inquiry": {"overdue": 1},
            },
            {"due": 1, "overdue": 1},
            "00000000-0000-4000-8000-00000000000b",
        ),
        # online 8 h - 1800 s = 27000 s
        _shift(
            SHIFT_C,
            ("2002", "李四"),
            ("BR02", "城西营业部"),
            "2026-11-02T13:00:00+08:00",
            "2026-11-02T21:00:00+08:00",
            {"meal": 1800},
            {"complaint": {"opened": 1}},
            {},
            "00000000-0000-4000-8000-00000000000c",
        ),
    ]


def write_hand_made_share(root: Path) -> list[Path]:
    """The three shifts in the share layout; returns their summary.json paths (A, B, C)."""
    return [write_shift(root, shift) for shift in hand_made_shifts()]
