"""Realistic, deterministic shift summaries for demos, benchmarks and report tests.

Supervisor reports read what the desks publish to the share; before a center has a month of
real shifts, the report view, its benchmark and its tests need the same shape of data. Every
summary here is built from a list of individual calls (also written as `calls.csv`, numbers
masked), so its counts, sums, averages and percentages agree with each other exactly as the
desk's would, and a test can check a report against figures worked out by hand from the CSV.

Share layout written: `<root>/<branch>/<YYYY-MM-DD>/<agent_no>_<YYYYMMDDTHHMM>_<shift-id>/`
with `summary.json`, `calls.csv` and a small `report.html`. No Qt here.
"""

from __future__ import annotations

import csv
import io
import json
import random
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from html import escape
from pathlib import Path
from typing import Any

from agent_desk.phones import mask

SCHEMA_NAME = "agent-desk/shift-summary"
SCHEMA_VERSION = 1
CALL_CATEGORIES = ("inquiry", "complaint", "report", "suggestion", "repair", "other")
CASE_KINDS = ("complaint", "report", "inquiry", "suggestion", "repair")
BREAK_REASONS = ("meal", "rest", "training", "meeting", "other")
CSV_FIELDS = (
    "started_at",
    "direction",
    "category",
    "number",
    "answered",
    "ring_seconds",
    "talk_seconds",
    "wrapup_seconds",
    "resolution",
    "satisfaction",
    "greeting",
    "signoff",
)
DEFAULT_TARGETS: dict[str, Any] = {
    "satisfaction": 4.5,
    "resolution_rate": 0.9,
    "within_rule_rate": 0.9,
    "greeting_rate": 1.0,
    "signoff_rate": 1.0,
    "online_hours": 6.0,
}
CHINA = timezone(timedelta(hours=8))

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
_GIVEN = (
    "伟",
    "芳",
    "娜",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "洋",
    "艳",
    "勇",
    "军",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀英",
    "霞",
    "平",
    "小红",
    "建华",
    "晓东",
    "海燕",
)
_BRANCH_NAMES = (
    "城东营业部",
    "城西营业部",
    "高新区分部",
    "江北分部",
    "南湖分部",
    "开发区分部",
    "滨海分部",
    "北站分部",
)


@dataclass(frozen=True)
class DemoCall:
    """One call as the desk records it; `ring_seconds` is the answer delay when answered."""

    started_at: datetime
    direction: str  # "in" or "out"
    category: str
    number: str
    answered: bool
    ring_seconds: float
    talk_seconds: float = 0.0
    wrapup_seconds: float = 0.0
    resolved: bool = False
    satisfaction: int | None = None
    greeting: bool = False
    signoff: bool = False


@dataclass(frozen=True)
class DemoShift:
    agent_no: str
    agent_name: str
    branch_code: str
    branch_name: str
    started_at: datetime  # aware, in the desk's local offset
    ended_at: datetime
    calls: tuple[DemoCall, ...]
    breaks: dict[str, float] = field(default_factory=dict)
    cases: dict[str, dict[str, int]] = field(default_factory=dict)
    callbacks: dict[str, int] = field(default_factory=dict)
    shift_id: str = ""
    seconds_per_ring: float = 5.0
    rings: int = 3


def _iso(when: datetime) -> str:
    return when.isoformat(timespec="seconds")


def _ratio(part: float, whole: float) -> float | None:
    return round(part / whole, 4) if whole else None


def _avg(total: float, count: int) -> float | None:
    return round(total / count, 2) if count else None


def build_summary(shift: DemoShift, targets: dict[str, Any] | None = None) -> dict[str, Any]:
    """The schema-valid summary of one shift, computed from its calls like the desk does."""
    limit = shift.seconds_per_ring * shift.rings
    inbound = [c for c in shift.calls if c.direction == "in"]
    answered = [c for c in inbound if c.answered]
    abandoned = [c for c in inbound if not c.answered]
    handled = answered + [c for c in shift.calls if c.direction == "out"]
    delays = [c.ring_seconds for c in answered]
    talk = sum(c.talk_seconds for c in handled)
    wrapup = sum(c.wrapup_seconds for c in handled)
    rated = [c.satisfaction for c in handled if c.satisfaction is not None]
    greeting = sum(1 for c in handled if c.greeting)
    signoff = sum(1 for c in handled if c.signoff)
    resolved = sum(1 for c in handled if c.resolved)
    within = sum(1 for d in delays if d <= limit)
    breaks = {reason: float(shift.breaks.get(reason, 0.0)) for reason in BREAK_REASONS}
    break_total = sum(breaks.values())
    duration = (shift.ended_at - shift.started_at).total_seconds()
    empty_kind = {"opened": 0, "replied": 0, "replied_on_time": 0, "closed": 0, "overdue": 0}
    offset = shift.started_at.utcoffset() or timedelta(0)
    return {
        "schema": SCHEMA_NAME,
        "version": SCHEMA_VERSION,
        "shift_id": shift.shift_id,
        "generated_at": _iso(shift.ended_at.astimezone(UTC) + timedelta(seconds=3)),
        "language": "zh_CN",
        "agent": {"agent_no": shift.agent_no, "name": shift.agent_name},
        "branch": {"code": shift.branch_code, "name": shift.branch_name},
        "shift": {
            "started_at": _iso(shift.started_at),
            "ended_at": _iso(shift.ended_at),
            "utc_offset_minutes": int(offset.total_seconds() // 60),
            "online_seconds": max(0.0, duration - break_total),
            "break_seconds": break_total,
            "break_by_reason": breaks,
        },
        "rule": {
            "seconds_per_ring": shift.seconds_per_ring,
            "rings": shift.rings,
            "answer_limit_seconds": limit,
        },
        "calls": {
            "offered": len(inbound),
            "answered": len(answered),
            "outbound": len(shift.calls) - len(inbound),
            "abandoned_within_rule": sum(1 for c in abandoned if c.ring_seconds <= limit),
            "abandoned_after_rule": sum(1 for c in abandoned if c.ring_seconds > limit),
            "answered_within_rule": within,
            "answered_within_rule_pct": _ratio(within, len(answered)),
            "answer_delay_sum_seconds": round(sum(delays), 3),
            "answer_delay_avg_seconds": _avg(sum(delays), len(delays)),
            "answer_delay_max_seconds": max(delays) if delays else None,
            "talk_seconds": round(talk, 3),
            "wrapup_seconds": round(wrapup, 3),
            "handled": len(handled),
            "handle_avg_seconds": _avg(talk + wrapup, len(handled)),
            "by_category": {
                cat: sum(1 for c in handled if c.category == cat) for cat in CALL_CATEGORIES
            },
            "resolved_on_call": resolved,
            "resolution_pct": _ratio(resolved, len(handled)),
            "satisfaction_sum": sum(rated),
            "satisfaction_count": len(rated),
            "satisfaction_avg": _avg(sum(rated), len(rated)),
            "greeting_given": greeting,
            "signoff_given": signoff,
            "greeting_pct": _ratio(greeting, len(handled)),
            "signoff_pct": _ratio(signoff, len(handled)),
        },
        "cases": {
            "by_kind": {kind: {**empty_kind, **shift.cases.get(kind, {})} for kind in CASE_KINDS}
        },
        "callbacks": {
            "due": 0,
            "done_on_time": 0,
            "done_late": 0,
            "overdue": 0,
            **shift.callbacks,
        },
        "targets": dict(targets or DEFAULT_TARGETS),
    }


def calls_csv_text(calls: Iterable[DemoCall]) -> str:
    """The per-call CSV published beside a summary; numbers are masked (138****1234)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for c in calls:
        writer.writerow(
            [
                _iso(c.started_at),
                c.direction,
                c.category,
                c.number if "*" in c.number else mask(c.number),
                int(c.answered),
                c.ring_seconds,
                c.talk_seconds,
                c.wrapup_seconds,
                "resolved" if c.resolved else "pending",
                "" if c.satisfaction is None else c.satisfaction,
                int(c.greeting),
                int(c.signoff),
            ]
        )
    return out.getvalue()


def read_calls_csv(text: str) -> list[DemoCall]:
    """Calls back from a `calls.csv` (numbers stay masked), e.g. a hand-written test fixture."""
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


def shift_folder(summary: dict[str, Any]) -> str:
    """`<branch>/<YYYY-MM-DD>/<agent_no>_<YYYYMMDDTHHMM>_<shift-id>` for one summary."""
    start = datetime.fromisoformat(summary["shift"]["started_at"])
    return (
        f"{summary['branch']['code']}/{start:%Y-%m-%d}/"
        f"{summary['agent']['agent_no']}_{start:%Y%m%dT%H%M}_{summary['shift_id']}"
    )


def _report_html(summary: dict[str, Any]) -> str:
    calls = summary["calls"]
    rows = "".join(
        f"<tr><th>{escape(k)}</th><td>{escape(str(v))}</td></tr>"
        for k, v in calls.items()
        if not isinstance(v, dict)
    )
    title = (
        f"{summary['agent']['agent_no']} {summary['agent']['name']} "
        f"{summary['shift']['started_at']}"
    )
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"</head><body><h1>{escape(title)}</h1><table>{rows}</table></body></html>"
    )


def write_shift(
    root: Path, shift: DemoShift, targets: dict[str, Any] | None = None, extras: bool = True
) -> Path:
    """Write one shift's files into the share layout under `root`; returns its summary.json."""
    summary = build_summary(shift, targets)
    folder = root / shift_folder(summary)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "summary.json"
    path.write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    if extras:
        (folder / "calls.csv").write_text(calls_csv_text(shift.calls), encoding="utf-8")
        (folder / "report.html").write_text(_report_html(summary), encoding="utf-8")
    return path


# --- the generator ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Agent:
    agent_no: str
    name: str
    branch: int
    within_rule: float  # chance an answered call meets the three-ring rule
    satisfaction: float  # mean rating
    resolution: float
    compliance: float  # chance greeting/sign-off are marked
    diligence: float  # chance a follow-up is on time
    pace: float  # calls per online hour


def _agents(rng: random.Random, count: int, branches: int) -> list[_Agent]:
    out = []
    for i in range(count):
        name = _SURNAMES[i % len(_SURNAMES)] + _GIVEN[(i * 7 + i // len(_SURNAMES)) % len(_GIVEN)]
        out.append(
            _Agent(
                agent_no=str(1001 + i),
                name=name,
                branch=i % branches,
                within_rule=rng.uniform(0.78, 0.99),
                satisfaction=rng.uniform(3.9, 4.85),
                resolution=rng.uniform(0.78, 0.97),
                compliance=rng.uniform(0.9, 1.0),
                diligence=rng.uniform(0.7, 1.0),
                pace=rng.uniform(5.0, 9.0),
            )
        )
    return out


def _branch(index: int) -> tuple[str, str]:
    name = _BRANCH_NAMES[index % len(_BRANCH_NAMES)]
    if index >= len(_BRANCH_NAMES):
        name += str(index // len(_BRANCH_NAMES) + 1)
    return f"BR{index + 1:03d}", name


def _number(rng: random.Random) -> str:
    if rng.random() < 0.8:
        return f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"
    return f"0{rng.choice(('10', '21', '755', '571'))}{rng.randrange(10**7, 10**8)}"


def _calls(
    rng: random.Random, agent: _Agent, start: datetime, online_hours: float, limit: float
) -> tuple[DemoCall, ...]:
    offered = max(1, int(rng.gauss(agent.pace * online_hours, 4)))
    outbound = rng.randrange(0, 6)
    span = max(60.0, online_hours * 3600)
    calls = []
    for i in range(offered + outbound):
        inbound = i < offered
        when = start + timedelta(seconds=rng.uniform(0, span))
        cat = rng.choices(CALL_CATEGORIES, weights=(60, 12, 3, 5, 15, 5))[0]
        if inbound and rng.random() < 0.04:
            ring = round(rng.uniform(3, 40), 1)
            calls.append(DemoCall(when, "in", cat, _number(rng), False, ring))
            continue
        if not inbound:
            ring = 0.0
        elif rng.random() < agent.within_rule:
            ring = round(rng.uniform(1.0, limit), 1)
        else:
            ring = round(rng.uniform(limit + 0.1, limit * 3), 1)
        rating = None
        if rng.random() < 0.55:
            rating = min(5, max(1, round(rng.gauss(agent.satisfaction, 0.6))))
        calls.append(
            DemoCall(
                when,
                "in" if inbound else "out",
                cat,
                _number(rng),
                True,
                ring,
                talk_seconds=round(rng.uniform(60, 420), 1),
                wrapup_seconds=round(rng.uniform(10, 90), 1),
                resolved=rng.random() < agent.resolution,
                satisfaction=rating,
                greeting=rng.random() < agent.compliance,
                signoff=rng.random() < agent.compliance,
            )
        )
    calls.sort(key=lambda c: c.started_at)
    return tuple(calls)


def _cases(rng: random.Random, agent: _Agent) -> dict[str, dict[str, int]]:
    out = {}
    for kind, rate in zip(CASE_KINDS, (1.2, 0.2, 1.5, 0.4, 1.0), strict=True):
        opened = int(rng.expovariate(1 / rate)) if rng.random() < 0.8 else 0
        replied = int(rng.expovariate(1 / rate)) if rng.random() < 0.8 else 0
        on_time = sum(1 for _ in range(replied) if rng.random() < agent.diligence)
        out[kind] = {
            "opened": opened,
            "replied": replied,
            "replied_on_time": on_time,
            "closed": min(replied, int(rng.expovariate(1 / rate))),
            "overdue": int(rng.random() > agent.diligence and rng.random() < 0.5),
        }
    return out


def _callbacks(rng: random.Random, agent: _Agent) -> dict[str, int]:
    due = rng.randrange(0, 5)
    on_time = late = overdue = 0
    for _ in range(due):
        roll = rng.random()
        if roll < agent.diligence:
            on_time += 1
        elif roll < (1 + agent.diligence) / 2:
            late += 1
        else:
            overdue += 1
    return {"due": due, "done_on_time": on_time, "done_late": late, "overdue": overdue}


def demo_shifts(
    *, agents: int, branches: int, days: int, start: date, seed: int
) -> Iterable[DemoShift]:
    """Every agent works a day shift each day; about one in twelve also does an evening shift.

    That gives a 300-agent center about 10,000 shifts in a month, the size the report
    benchmark is specified for. Same arguments, same shifts, byte for byte.
    """
    rng = random.Random(seed)
    people = _agents(rng, agents, max(1, branches))
    limit = 15.0
    for day in range(days):
        today = start + timedelta(days=day)
        for agent in people:
            code, bname = _branch(agent.branch)
            plans = [(9, 8.0)]
            if rng.random() < 0.08:
                plans.append((18, 4.0))
            for hour, hours in plans:
                begin = datetime(
                    today.year, today.month, today.day, hour, rng.randrange(0, 10), tzinfo=CHINA
                )
                end = begin + timedelta(hours=hours, minutes=rng.randrange(0, 20))
                breaks = {
                    "meal": float(rng.randrange(1800, 3600)) if hours >= 6 else 0.0,
                    "rest": float(rng.randrange(300, 1500)),
                    "training": float(rng.choice((0, 0, 0, 1800))),
                    "meeting": float(rng.choice((0, 0, 900))),
                    "other": float(rng.randrange(0, 300)),
                }
                online = (end - begin).total_seconds() - sum(breaks.values())
                yield DemoShift(
                    agent_no=agent.agent_no,
                    agent_name=agent.name,
                    branch_code=code,
                    branch_name=bname,
                    started_at=begin,
                    ended_at=end,
                    calls=_calls(rng, agent, begin, online / 3600, limit),
                    breaks=breaks,
                    cases=_cases(rng, agent),
                    callbacks=_callbacks(rng, agent),
                    shift_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                )


def write_demo_summaries(
    root: Path,
    *,
    agents: int,
    branches: int,
    days: int,
    start: date,
    seed: int,
    extras: bool = True,
) -> int:
    """Write demo shifts in the share layout under `root`; returns how many summaries.

    `extras=False` leaves out calls.csv and report.html (the benchmark only needs summaries).
    """
    root = Path(root)
    count = 0
    for shift in demo_shifts(agents=agents, branches=branches, days=days, start=start, seed=seed):
        write_shift(root, shift, extras=extras)
        count += 1
    return count
