"""The per-shift summary: computed from the store, checked against the shipped contract.

`resources/schema/shift_summary.schema.json` is what supervisor reports read, so the dict built
here is validated against it before anything is queued; `resources/schema/README.md` defines
every field, and the code below follows those definitions line by line. Counts and sums sit
beside each average and percentage so reports can add shifts up exactly.

No Qt here: the report (HTML and PDF) is drawn by a `SummaryRenderer` the composition root
injects; this module only writes summary.json and calls.csv.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime, tzinfo
from functools import cache
from typing import Any, Protocol

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from agent_desk.config import BranchConfig
from agent_desk.errors import AgentDeskError
from agent_desk.models import Agent, Call, Callback, Case, Shift, StatusPeriod
from agent_desk.models.calls import CATEGORIES
from agent_desk.models.cases import KINDS
from agent_desk.models.shifts import BREAK_REASONS
from agent_desk.paths import resource
from agent_desk.phones import mask
from agent_desk.policy import Policy

SCHEMA_NAME = "agent-desk/shift-summary"
SCHEMA_VERSION = 1
LANGUAGES = ("zh_CN", "en")


class SummaryRenderer(Protocol):
    """Draws the human-readable report; the Qt implementation lives in agent_desk.ui."""

    def render(self, summary: dict[str, Any], language: str) -> tuple[bytes, bytes]:
        """(HTML, PDF) of the report in `language` ("zh_CN" or "en")."""


class SummaryInvalid(AgentDeskError):
    code = "summary.invalid"
    template = "The shift summary does not match its schema ({detail}); nothing was queued."


# --- time helpers -------------------------------------------------------------------------------


def to_local(when: datetime, zone: tzinfo | None) -> datetime:
    """In `zone`, or in the desk's own zone (with its daylight saving) when None."""
    return when.astimezone(zone) if zone is not None else when.astimezone()


def iso(when: datetime, zone: tzinfo | None) -> str:
    return to_local(when, zone).isoformat(timespec="seconds")


def _seconds(start: datetime | None, end: datetime | None) -> float:
    if start is None or end is None:
        return 0.0
    return max(0.0, (end - start).total_seconds())


def _r(value: float) -> float:
    return round(value, 3)


def _pct(part: int, whole: int) -> float | None:
    return round(part / whole, 6) if whole else None


def _in(when: datetime | None, start: datetime, end: datetime) -> bool:
    return when is not None and start <= when < end


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


def answer_delay_seconds(call: Call) -> float | None:
    """The monotonic measurement when there is one, else the wall-clock difference."""
    if call.answered_at is None and call.answer_delay_ms is None:
        return None
    if call.answer_delay_ms is not None:
        return call.answer_delay_ms / 1000
    return _seconds(call.ring_started_at, call.answered_at)


def ring_seconds(call: Call) -> float:
    if call.ring_duration_ms is not None:
        return call.ring_duration_ms / 1000
    return _seconds(call.ring_started_at, call.ended_at)


def within_rule(call: Call, limit: float) -> bool | None:
    """A delay equal to the limit is within the rule (15.0 s passes, 15.001 s does not)."""
    delay = answer_delay_seconds(call)
    if delay is None:
        return None
    return delay <= limit


def _call_figures(calls: list[Call], limit: float) -> dict[str, Any]:
    inbound = [c for c in calls if c.direction == "inbound"]
    answered = [c for c in inbound if c.outcome == "answered"]
    abandoned = [c for c in inbound if c.outcome == "abandoned"]
    outbound = [c for c in calls if c.direction == "outbound"]
    handled = answered + outbound
    delays = [answer_delay_seconds(c) or 0.0 for c in answered]
    within = sum(1 for c in answered if within_rule(c, limit))
    talk = sum(_seconds(c.answered_at, c.ended_at) for c in handled)
    wrapup = sum(_seconds(c.ended_at, c.wrapup_ended_at or c.saved_at) for c in handled)
    by_category = dict.fromkeys(CATEGORIES, 0)
    for c in handled:
        by_category[c.category if c.category in by_category else "other"] += 1
    ratings = [c.satisfaction for c in handled if c.satisfaction is not None]
    resolved = sum(1 for c in handled if c.resolution == "resolved")
    greeting = sum(1 for c in handled if c.greeting_given)
    signoff = sum(1 for c in handled if c.signoff_given)
    return {
        "offered": len(inbound),
        "answered": len(answered),
        "outbound": len(outbound),
        "abandoned_within_rule": sum(1 for c in abandoned if ring_seconds(c) <= limit),
        "abandoned_after_rule": sum(1 for c in abandoned if ring_seconds(c) > limit),
        "answered_within_rule": within,
        "answered_within_rule_pct": _pct(within, len(answered)),
        "answer_delay_sum_seconds": _r(sum(delays)),
        "answer_delay_avg_seconds": _r(sum(delays) / len(delays)) if delays else None,
        "answer_delay_max_seconds": _r(max(delays)) if delays else None,
        "talk_seconds": _r(talk),
        "wrapup_seconds": _r(wrapup),
        "handled": len(handled),
        "handle_avg_seconds": _r((talk + wrapup) / len(handled)) if handled else None,
        "by_category": by_category,
        "resolved_on_call": resolved,
        "resolution_pct": _pct(resolved, len(handled)),
        "satisfaction_sum": sum(ratings),
        "satisfaction_count": len(ratings),
        "satisfaction_avg": round(sum(ratings) / len(ratings), 4) if ratings else None,
        "greeting_given": greeting,
        "signoff_given": signoff,
        "greeting_pct": _pct(greeting, len(handled)),
        "signoff_pct": _pct(signoff, len(handled)),
    }


# --- cases and callbacks ------------------------------------------------------------------------


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


def _callback_figures(session: Session, agent_id: int, start: datetime, end: datetime) -> dict:
    due = list(
        session.scalars(
            select(Callback).where(
                Callback.agent_id == agent_id,
                Callback.due_at >= start,
                Callback.due_at < end,
                Callback.status != "cancelled",
            )
        )
    )
    done = [c for c in due if c.done_at is not None and c.done_at < end]
    on_time = sum(1 for c in done if c.done_at <= c.due_at)
    return {
        "due": len(due),
        "done_on_time": on_time,
        "done_late": len(done) - on_time,
        "overdue": len(due) - len(done),
    }


# --- states -------------------------------------------------------------------------------------


def _shift_times(
    session: Session, shift: Shift, end: datetime, zone: tzinfo | None
) -> dict[str, Any]:
    breaks = dict.fromkeys(BREAK_REASONS, 0.0)
    periods = session.scalars(
        select(StatusPeriod)
        .where(StatusPeriod.shift_id == shift.id)
        .order_by(StatusPeriod.started_at, StatusPeriod.id)
    ).all()
    covered, reached = 0.0, shift.started_at
    for period in periods:
        began = max(period.started_at, shift.started_at)
        ended = min(period.ended_at or end, end)
        # Time no period covers is time the desk was closed (the window closed mid-shift): it
        # is neither online nor a break.
        covered += _seconds(max(began, reached), ended)
        reached = max(reached, ended)
        if period.state != "break":
            continue
        reason = period.break_reason if period.break_reason in breaks else "other"
        breaks[reason] += _seconds(began, ended)
    total_break = sum(breaks.values())
    span = _seconds(shift.started_at, end) if not periods else covered
    offset = to_local(shift.started_at, zone).utcoffset()
    return {
        "started_at": iso(shift.started_at, zone),
        "ended_at": iso(end, zone),
        "utc_offset_minutes": int(offset.total_seconds() // 60) if offset else 0,
        "online_seconds": _r(max(0.0, span - total_break)),
        "break_seconds": _r(total_break),
        "break_by_reason": {k: _r(v) for k, v in breaks.items()},
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
    """The summary of `shift` as if it ended at `end`, following resources/schema/README.md."""
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
        "branch": {"code": shift.branch_code, "name": str(config.get("branch.name") or "")},
        "shift": _shift_times(session, shift, end, zone),
        "rule": {
            "seconds_per_ring": policy.seconds_per_ring,
            "rings": policy.rings,
            "answer_limit_seconds": limit,
        },
        "calls": _call_figures(calls, limit),
        "cases": _case_figures(session, shift.agent_id, shift.started_at, end),
        "callbacks": _callback_figures(session, shift.agent_id, shift.started_at, end),
        "targets": _targets(policy),
    }


@cache
def _validator() -> Any:
    import jsonschema

    schema = json.loads(resource("schema", "shift_summary.schema.json").read_text("utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def validate_summary(summary: dict[str, Any]) -> None:
    """Refuse a summary the supervisor side could not read; raises SummaryInvalid."""
    error = next(iter(sorted(_validator().iter_errors(summary), key=str)), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top)"
        raise SummaryInvalid(f"{where}: {error.message}")


_UNSAFE = re.compile(r"[^0-9A-Za-z._-]+")


def _safe(part: str) -> str:
    return _UNSAFE.sub("_", part).strip("._") or "_"


def shift_folder(summary: dict[str, Any]) -> str:
    """`<branch>/<YYYY-MM-DD>/<agent_no>_<shift-start>_<shift-id>`, dates in the desk's time."""
    started = datetime.fromisoformat(summary["shift"]["started_at"])
    return "/".join(
        (
            _safe(summary["branch"]["code"]),
            started.strftime("%Y-%m-%d"),
            f"{_safe(summary['agent']['agent_no'])}_{started.strftime('%Y%m%dT%H%M')}_"
            f"{summary['shift_id']}",
        )
    )


# --- calls.csv ----------------------------------------------------------------------------------

CSV_COLUMNS = (
    "call_id",
    "cti_call_id",
    "direction",
    "caller",
    "ring_started_at",
    "answered_at",
    "ended_at",
    "wrapup_ended_at",
    "answer_delay_seconds",
    "within_rule",
    "outcome",
    "category",
    "resolution",
    "satisfaction",
    "greeting_given",
    "signoff_given",
)


def _flag(value: bool | None) -> str:
    return "" if value is None else ("1" if value else "0")


def calls_csv(
    session: Session,
    shift: Shift,
    end: datetime,
    policy: Policy,
    zone: tzinfo | None = None,
    calls: list[Call] | None = None,
) -> bytes:
    """One row per call of the shift; the caller's number masked (138****1234).

    UTF-8 with a byte-order mark so spreadsheet programs on Chinese Windows read it right.
    """
    limit = policy.answer_limit_seconds
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for c in shift_calls(session, shift, end) if calls is None else calls:
        delay = answer_delay_seconds(c) if c.outcome == "answered" else None
        writer.writerow(
            (
                c.public_id,
                c.cti_call_id or "",
                c.direction,
                mask(c.caller_number or c.caller_normalised),
                iso(c.ring_started_at, zone),
                iso(c.answered_at, zone) if c.answered_at else "",
                iso(c.ended_at, zone) if c.ended_at else "",
                iso(c.wrapup_ended_at, zone) if c.wrapup_ended_at else "",
                "" if delay is None else f"{delay:.3f}",
                _flag(None if delay is None else delay <= limit),
                c.outcome,
                c.category or "",
                c.resolution or "",
                "" if c.satisfaction is None else str(c.satisfaction),
                _flag(c.greeting_given),
                _flag(c.signoff_given),
            )
        )
    return out.getvalue().encode("utf-8-sig")
