"""Realistic, deterministic shift summaries for demos, benchmarks and report tests.

Supervisor reports read what the desks publish to the share; before a center has a month of
real shifts, the report view, its benchmark and its tests need the same shape of data. Every
summary here is built from a list of individual calls through the figures the desk uses
(`agent_desk.shifts.figures`), and the same calls are written as the desk's `calls.csv`
(numbers masked), so every call figure of a demo summary can be recomputed from its CSV.

Share layout written: the desk's (`agent_desk.shifts.layout.shift_folder`), with
`summary.json`, `calls.csv` and a small `report.html`. No Qt here.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from html import escape
from pathlib import Path
from typing import Any

from agent_desk.phones import mask
from agent_desk.shifts.calls_csv import CallLine, write_calls_csv
from agent_desk.shifts.figures import (
    BREAK_REASONS,
    CASE_KINDS,
    CATEGORIES,
    CallFacts,
    call_figures,
    ms,
    time_figures,
)
from agent_desk.shifts.layout import shift_folder
from agent_desk.shifts.schema import SCHEMA_NAME, SCHEMA_VERSION

CALL_CATEGORIES = CATEGORIES
DEFAULT_TARGETS: dict[str, Any] = {
    "satisfaction": 4.5,
    "resolution_rate": 0.9,
    "within_rule_rate": 0.9,
    "greeting_rate": 1.0,
    "signoff_rate": 1.0,
    "online_hours": 6.0,
}
CHINA = timezone(timedelta(hours=8))
CHINA_ZONE_NAME = "Asia/Shanghai"

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

    @property
    def inbound(self) -> bool:
        return self.direction in ("in", "inbound")

    def facts(self) -> CallFacts:
        """The call as the figures see it (the same facts the desk takes from its store)."""
        return CallFacts(
            direction="inbound" if self.inbound else "outbound",
            outcome="answered" if self.answered else "abandoned",
            answer_delay_ms=ms(self.ring_seconds) if self.inbound and self.answered else None,
            ring_ms=ms(self.ring_seconds) or 0,
            talk_ms=ms(self.talk_seconds) or 0,
            wrapup_ms=ms(self.wrapup_seconds) or 0,
            category=self.category,
            resolution="resolved" if self.resolved else "follow_up",
            satisfaction=self.satisfaction,
            greeting=self.greeting,
            signoff=self.signoff,
        )


@dataclass(frozen=True)
class DemoShift:
    agent_no: str
    agent_name: str
    branch_code: str
    branch_name: str
    started_at: datetime  # aware, in the branch's offset
    ended_at: datetime
    calls: tuple[DemoCall, ...]
    breaks: dict[str, float] = field(default_factory=dict)
    cases: dict[str, dict[str, int]] = field(default_factory=dict)
    callbacks: dict[str, int] = field(default_factory=dict)
    shift_id: str = ""
    seconds_per_ring: float = 5.0
    rings: int = 3
    desk_code: str = ""
    generated_at: datetime | None = None  # default: 3 s after the shift ended
    kb_published: int = 0  # knowledge articles first published in the month so far


def _iso(when: datetime) -> str:
    return when.isoformat(timespec="seconds")


def build_summary(shift: DemoShift, targets: dict[str, Any] | None = None) -> dict[str, Any]:
    """The schema-valid summary of one shift, from its calls through the desk's figures."""
    limit = shift.seconds_per_ring * shift.rings
    breaks = {reason: ms(float(shift.breaks.get(reason, 0.0))) or 0 for reason in BREAK_REASONS}
    span = ms((shift.ended_at - shift.started_at).total_seconds()) or 0
    empty_kind = {"opened": 0, "replied": 0, "replied_on_time": 0, "closed": 0, "overdue": 0}
    offset = shift.started_at.utcoffset() or timedelta(0)
    generated = shift.generated_at or shift.ended_at + timedelta(seconds=3)
    return {
        "schema": SCHEMA_NAME,
        "version": SCHEMA_VERSION,
        "shift_id": shift.shift_id,
        "generated_at": _iso(generated),
        "language": "zh_CN",
        "agent": {"agent_no": shift.agent_no, "name": shift.agent_name},
        "branch": {"code": shift.branch_code, "name": shift.branch_name},
        "desk": {"code": shift.desk_code or f"PC{shift.agent_no}"},
        "shift": {
            "started_at": _iso(shift.started_at),
            "ended_at": _iso(shift.ended_at),
            "utc_offset_minutes": int(offset.total_seconds() // 60),
            "time_zone": CHINA_ZONE_NAME,
            **time_figures(span, breaks),
        },
        "rule": {
            "seconds_per_ring": shift.seconds_per_ring,
            "rings": shift.rings,
            "answer_limit_seconds": limit,
            "callback_grace_minutes": 15.0,
        },
        "calls": call_figures((c.facts() for c in shift.calls), limit),
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
        "knowledge": {
            "month": shift.ended_at.strftime("%Y-%m"),
            "published": shift.kb_published,
            "monthly_target": 5,
        },
    }


def call_lines(shift: DemoShift) -> list[CallLine]:
    """The shift's calls as calls.csv rows, with ids derived from the shift's id."""
    namespace = uuid.UUID(shift.shift_id) if shift.shift_id else uuid.NAMESPACE_OID
    lines = []
    for i, c in enumerate(shift.calls):
        facts = c.facts()
        answered_at = c.started_at + timedelta(seconds=c.ring_seconds) if c.answered else None
        ended_at = (
            answered_at + timedelta(seconds=c.talk_seconds)
            if answered_at is not None
            else c.started_at + timedelta(seconds=c.ring_seconds)
        )
        lines.append(
            CallLine(
                call_id=str(uuid.uuid5(namespace, str(i))),
                caller=c.number if "*" in c.number else mask(c.number),
                ring_started_at=c.started_at,
                facts=facts,
                answered_at=answered_at,
                ended_at=ended_at,
                wrapup_ended_at=ended_at + timedelta(seconds=c.wrapup_seconds)
                if c.answered
                else None,
            )
        )
    return lines


def calls_csv_bytes(shift: DemoShift) -> bytes:
    """The per-call CSV published beside a summary, in the desk's format."""
    zone = shift.started_at.tzinfo or CHINA
    return write_calls_csv(call_lines(shift), shift.seconds_per_ring * shift.rings, zone)


def _report_html(summary: dict[str, Any]) -> str:
    calls = summary["calls"]
    rows = "".join(
        f"<tr><th>{escape(k)}</th><td>{escape(str(v))}</td></tr>"
        for k, v in calls.items()
        if not isinstance(v, dict)
    )
    title = (
        f"{summary['branch']['code']}·{summary['agent']['agent_no']} {summary['agent']['name']} "
        f"{summary['shift']['started_at']}"
    )
    return (
        f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title></head><body><h1>{escape(title)}</h1>"
        f"<table>{rows}</table></body></html>\n"
    )


def write_shift(
    root: Path, shift: DemoShift, targets: dict[str, Any] | None = None, extras: bool = True
) -> Path:
    """Write one shift's files into the share layout under `root`; returns its summary.json."""
    summary = build_summary(shift, targets)
    folder = root / shift_folder(summary)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "summary.json"
    path.write_text(
        json.dumps(summary, ensure_ascii=False, indent=1, allow_nan=False), encoding="utf-8"
    )
    if extras:
        (folder / "calls.csv").write_bytes(calls_csv_bytes(shift))
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
    copies: float = 0.0,
) -> int:
    """Write demo shifts in the share layout under `root`; returns how many shifts (copies
    not counted).

    `extras=False` leaves out calls.csv and report.html (the benchmark only needs summaries).
    `copies` is the share of shifts whose folder is also copied, byte for byte, under
    `<root>/copies/` (a backup someone left on the share): a report must count them once.
    """
    root = Path(root)
    pick = random.Random(f"{seed}:copies")
    count = 0
    for shift in demo_shifts(agents=agents, branches=branches, days=days, start=start, seed=seed):
        path = write_shift(root, shift, extras=extras)
        if copies and pick.random() < copies:
            copy = root / "copies" / path.parent.relative_to(root)
            copy.mkdir(parents=True, exist_ok=True)
            for file in path.parent.iterdir():
                (copy / file.name).write_bytes(file.read_bytes())
        count += 1
    return count
