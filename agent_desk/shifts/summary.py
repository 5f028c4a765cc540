"""The per-shift summary and calls.csv, from the store, checked against the shipped contract.

`resources/schema/shift_summary.schema.json` (version 2) is what supervisor reports read, so
the dict built here is validated against it before anything is queued; every figure comes from
`agent_desk.shifts.figures`, the one definition the CSV, the reports and the demo use too.
Counts and sums sit beside each average and percentage so reports can add shifts up exactly.
Times are written in the branch's zone (`Policy.zone`), whatever zone the PC is set to.

No Qt here: the report (HTML and PDF) is drawn by a `SummaryRenderer` the composition root
injects; this module only writes summary.json and calls.csv.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, tzinfo
from functools import cache
from typing import Any, Protocol

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from agent_desk.clock import iso as iso  # re-exported
from agent_desk.clock import to_local as to_local  # re-exported
from agent_desk.codes import clean_code
from agent_desk.config import BranchConfig
from agent_desk.errors import AgentDeskError
from agent_desk.models import Agent, Call, Callback, Case, Shift, StatusPeriod
from agent_desk.models.cases import KINDS
from agent_desk.phones import mask
from agent_desk.policy import Policy
from agent_desk.shifts.calls_csv import CallLine, write_calls_csv
from agent_desk.shifts.figures import (
    CallbackFacts,
    CallFacts,
    call_figures,
    callback_figures,
    grace,
    ms_between,
    time_figures,
)
from agent_desk.shifts.layout import shift_folder as shift_folder  # re-exported
from agent_desk.shifts.schema import SCHEMA_NAME, SCHEMA_VERSION, schema_for

LANGUAGES = ("zh_CN", "en")


class SummaryRenderer(Protocol):
    """Draws the human-readable report; the Qt implementation lives in agent_desk.ui."""

    def render(self, summary: dict[str, Any], language: str) -> tuple[bytes, bytes]:
        """(HTML, PDF) of the report in `language` ("zh_CN" or "en")."""


def report_language(renderer: SummaryRenderer, language: str) -> str:
    """The language the renderer can really write (`language_for`, when it has one): a summary
    says the language its report is in, not the one that was asked for."""
    language_for = getattr(renderer, "language_for", None)
    return language_for(language) if callable(language_for) else language


class SummaryInvalid(AgentDeskError):
    code = "summary.invalid"
    template = "The shift summary does not match its schema ({detail}); nothing was queued."


# --- time helpers -------------------------------------------------------------------------------


def zone_name(zone: tzinfo) -> str:
    return str(getattr(zone, "key", None) or zone.tzname(None) or "")


# --- calls --------------------------------------------------------------------------------------


def shift_calls(session: Session, shift: Shift, end: datetime) -> list[Call]:
    """This agent's calls that rang inside the shift window (or were already tied to it)."""
    in_window = and_(
        Call.agent_id == shift.agent_id,
        Call.ring_started_at >= shift.started_at,
        Call.ring_started_at < end,
    )
    return list(
        session.scalars(
            select(Call)
            .where(or_(in_window, Call.shift_id == shift.id))
            .order_by(Call.ring_started_at, Call.id)
        )
    )


def call_facts(call: Call) -> CallFacts:
    """What a stored call contributes: the monotonic measurements when there are some, else
    the wall-clock differences."""
    answered_inbound = call.direction == "inbound" and call.outcome == "answered"
    delay: int | None = None
    if answered_inbound:
        delay = (
            call.answer_delay_ms
            if call.answer_delay_ms is not None
            else ms_between(call.ring_started_at, call.answered_at)
        )
    if call.ring_duration_ms is not None:
        ring = call.ring_duration_ms
    elif call.answered_at is not None:
        ring = ms_between(call.ring_started_at, call.answered_at)
    else:
        ring = ms_between(call.ring_started_at, call.ended_at)
    return CallFacts(
        direction=call.direction,
        outcome=call.outcome,
        answer_delay_ms=delay,
        ring_ms=max(0, ring),
        talk_ms=ms_between(call.answered_at, call.ended_at),
        wrapup_ms=ms_between(call.ended_at, call.wrapup_ended_at or call.saved_at),
        category=call.category or "",
        resolution=call.resolution or "",
        satisfaction=call.satisfaction,
        greeting=bool(call.greeting_given),
        signoff=bool(call.signoff_given),
    )


# --- cases and callbacks ------------------------------------------------------------------------


def _in(when: datetime | None, start: datetime, end: datetime) -> bool:
    return when is not None and start <= when < end


def _case_figures(session: Session, agent_id: int, start: datetime, end: datetime) -> dict:
    mine = or_(Case.created_by_id == agent_id, Case.assignee_id == agent_id)
    relevant = or_(
        and_(Case.received_at >= start, Case.received_at < end),
        and_(Case.replied_at >= start, Case.replied_at < end),
        and_(Case.closed_at >= start, Case.closed_at < end),
        and_(Case.reply_by < end, or_(Case.closed_at.is_(None), Case.closed_at >= end)),
    )
    by_kind = {
        kind: {"opened": 0, "replied": 0, "replied_on_time": 0, "closed": 0, "overdue": 0}
        for kind in KINDS
    }
    for case in session.scalars(select(Case).where(mine, relevant)):
        row = by_kind.get(case.kind)
        if row is None:
            continue
        owner = case.assignee_id if case.assignee_id is not None else case.created_by_id
        if case.created_by_id == agent_id and _in(case.received_at, start, end):
            row["opened"] += 1
        if owner != agent_id:
            continue
        if _in(case.replied_at, start, end):
            row["replied"] += 1
            if case.reply_by is None or case.replied_at <= case.reply_by:
                row["replied_on_time"] += 1
        if _in(case.closed_at, start, end):
            row["closed"] += 1
        still_open = case.closed_at is None or case.closed_at >= end
        unanswered = case.replied_at is None or case.replied_at >= end
        if still_open and unanswered and case.reply_by is not None and case.reply_by < end:
            row["overdue"] += 1
    return {"by_kind": by_kind}


def _callback_figures(session: Session, shift: Shift, end: datetime, policy: Policy) -> dict:
    """The callbacks settled since the agent's previous shift ended (or this one started, for a
    first shift) up to this one's end: one that becomes overdue overnight is counted the next
    morning, and none is counted twice (figures.callback_settled_at)."""
    grace_period = grace(policy.get("callbacks.grace_minutes"))
    previous_end = session.scalar(
        select(func.max(Shift.ended_at)).where(
            Shift.agent_id == shift.agent_id,
            Shift.id != shift.id,
            Shift.ended_at <= shift.started_at,
        )
    )
    window_start = previous_end if previous_end is not None else shift.started_at
    rows = session.execute(
        select(Callback.due_at, Callback.done_at).where(
            Callback.agent_id == shift.agent_id,
            Callback.due_at > window_start - grace_period,
            Callback.status != "cancelled",
        )
    )
    facts = [CallbackFacts(due_at, done_at) for due_at, done_at in rows]
    return callback_figures(facts, window_start, end, grace_period)


# --- states -------------------------------------------------------------------------------------


def _shift_times(session: Session, shift: Shift, end: datetime, zone: tzinfo) -> dict[str, Any]:
    breaks: dict[str, int] = {}
    periods = session.scalars(
        select(StatusPeriod)
        .where(StatusPeriod.shift_id == shift.id)
        .order_by(StatusPeriod.started_at, StatusPeriod.id)
    ).all()
    covered = 0
    for i, period in enumerate(periods):
        # Time no period covers is time the desk was closed (the window closed mid-shift): it
        # is neither online nor a break. A period still open when a later one starts (a crash
        # left it so) ends there: the later state superseded it, and no time is counted twice,
        # so online plus breaks never exceed the shift.
        began = max(period.started_at, shift.started_at)
        ended = min(period.ended_at or end, end)
        if i + 1 < len(periods):
            ended = min(ended, periods[i + 1].started_at)
        length = ms_between(began, ended)
        covered += length
        if period.state == "break":
            reason = period.break_reason or "other"
            breaks[reason] = breaks.get(reason, 0) + length
    offset = to_local(shift.started_at, zone).utcoffset()
    return {
        "started_at": iso(shift.started_at, zone),
        "ended_at": iso(end, zone),
        "utc_offset_minutes": int(offset.total_seconds() // 60) if offset else 0,
        "time_zone": zone_name(zone),
        **time_figures(covered if periods else ms_between(shift.started_at, end), breaks),
    }


def _targets(policy: Policy) -> dict[str, Any]:
    targets = dict(policy.get("targets", {}) or {})
    out: dict[str, Any] = {
        "satisfaction": float(targets.get("satisfaction", 4.5)),
        "resolution_rate": targets.get("resolution_rate"),
        "within_rule_rate": targets.get("within_rule_rate"),
        "greeting_rate": targets.get("greeting_rate"),
        "signoff_rate": targets.get("signoff_rate"),
        "online_hours": float(targets.get("online_hours", 6.0)),
    }
    for key, value in targets.items():  # e.g. satisfaction_floor: extra targets are allowed
        out.setdefault(key, value)
    return out


def _knowledge(
    session: Session, agent_no: str, end: datetime, policy: Policy, zone: tzinfo
) -> dict[str, Any]:
    """The agent's knowledge-base articles first published in the month of the shift's end,
    up to it (month to date: reports take the month's last, never a sum)."""
    from agent_desk.knowledge.service import published_contributions

    local = end.astimezone(zone)
    counts = published_contributions(session, local.date(), zone, upto=end)
    return {
        "month": f"{local:%Y-%m}",
        "published": counts.get(agent_no, 0),
        "monthly_target": int(policy.get("knowledge.monthly_target", 5)),
    }


# --- the summary --------------------------------------------------------------------------------


def build_summary(
    session: Session,
    shift: Shift,
    end: datetime,
    policy: Policy,
    config: BranchConfig,
    now: datetime,
    language: str = "zh_CN",
    zone: tzinfo | None = None,
    calls: list[Call] | None = None,
) -> dict[str, Any]:
    """The summary of `shift` as if it ended at `end`, following resources/schema/README.md.

    Times are in `zone`, the branch's zone (`policy.zone` when not given)."""
    zone = zone or policy.zone
    agent = session.get(Agent, shift.agent_id)
    limit = policy.answer_limit_seconds
    if calls is None:
        calls = shift_calls(session, shift, end)
    return {
        "schema": SCHEMA_NAME,
        "version": SCHEMA_VERSION,
        "shift_id": shift.public_id,
        "generated_at": iso(now, zone),
        "language": language if language in LANGUAGES else "zh_CN",
        "agent": {
            "agent_no": agent.agent_no if agent else "?",
            "name": agent.name if agent else "",
        },
        "branch": {
            "code": clean_code(shift.branch_code, "UNSET"),
            "name": str(config.get("branch.name") or ""),
        },
        "desk": {"code": str(config.get("desk.code"))},
        "shift": _shift_times(session, shift, end, zone),
        "rule": {
            "seconds_per_ring": policy.seconds_per_ring,
            "rings": policy.rings,
            "answer_limit_seconds": limit,
            "callback_grace_minutes": grace(policy.get("callbacks.grace_minutes")).total_seconds()
            / 60,
        },
        "calls": call_figures((call_facts(c) for c in calls), limit),
        "cases": _case_figures(session, shift.agent_id, shift.started_at, end),
        "callbacks": _callback_figures(session, shift, end, policy),
        "targets": _targets(policy),
        "knowledge": _knowledge(session, agent.agent_no if agent else "", end, policy, zone),
    }


@cache
def _validator() -> Any:
    import jsonschema

    schema = schema_for(SCHEMA_VERSION)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@cache
def _quick_check() -> Callable[[dict[str, Any]], bool] | None:
    """The schema's compiled check (`schema.compile_schema`, what reports use) plus the
    checker of its `format`s, or None when the schema has a format the walk cannot reach.
    jsonschema with the format checker took 15 ms a summary, most of a shift close's own work."""
    from agent_desk.shifts.schema import Unsupported, compile_schema

    schema = schema_for(SCHEMA_VERSION)
    try:
        check = compile_schema(schema)
    except Unsupported:
        return None
    formats: list[tuple[tuple[str, ...], str]] = []

    def walk(node: Any, path: tuple[str, ...]) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("format"), str):
                formats.append((path, node["format"]))
            for name, sub in node.get("properties", {}).items():
                walk(sub, (*path, name))

    walk(schema, ())
    if json.dumps(schema).count('"format"') != len(formats):
        return None  # a format elsewhere (in items, say): jsonschema checks it all
    conforms = _validator().format_checker.conforms

    def quick(summary: dict[str, Any]) -> bool:
        if not check(summary):
            return False
        for path, fmt in formats:
            value: Any = summary
            for name in path:
                if not isinstance(value, dict) or name not in value:
                    break
                value = value[name]
            else:
                if not conforms(value, fmt):
                    return False
        return True

    return quick


def validate_summary(summary: dict[str, Any]) -> None:
    """Refuse a summary the supervisor side could not read; raises SummaryInvalid."""
    try:
        # the bytes that go to the share: no NaN or Infinity, which are not JSON
        json.dumps(summary, allow_nan=False)
    except ValueError as exc:
        raise SummaryInvalid(str(exc)) from exc
    quick = _quick_check()
    if quick is not None and quick(summary):
        return  # valid; jsonschema below only to say what is wrong
    error = next(iter(sorted(_validator().iter_errors(summary), key=str)), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top)"
        raise SummaryInvalid(f"{where}: {error.message}")


def summary_bytes(summary: dict[str, Any]) -> bytes:
    """summary.json as published: UTF-8, never NaN or Infinity."""
    return json.dumps(summary, ensure_ascii=False, indent=2, allow_nan=False).encode("utf-8")


# --- calls.csv ----------------------------------------------------------------------------------


def calls_csv(
    session: Session,
    shift: Shift,
    end: datetime,
    policy: Policy,
    zone: tzinfo | None = None,
    calls: list[Call] | None = None,
) -> bytes:
    """One row per call of the shift (see `calls_csv.py`); the caller's number masked."""
    if calls is None:
        calls = shift_calls(session, shift, end)
    lines = (
        CallLine(
            call_id=c.public_id,
            cti_call_id=c.cti_call_id or "",
            caller=mask(c.caller_number or c.caller_normalised),
            ring_started_at=c.ring_started_at,
            answered_at=c.answered_at,
            ended_at=c.ended_at,
            wrapup_ended_at=c.wrapup_ended_at,
            facts=call_facts(c),
        )
        for c in calls
    )
    return write_calls_csv(lines, policy.answer_limit_seconds, zone or policy.zone)
