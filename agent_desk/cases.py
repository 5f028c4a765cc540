"""Cases (工单): complaints, reports, inquiries, suggestions and repairs, and their follow-up log.

A case moves through explicit states; anything else is refused with `InvalidTransition`, so a
complaint can never jump from "received" to "closed" without the reply the customer is owed.
Every change is a `case_events` row written in the same transaction as the change itself, so
the follow-up log is the case's history and can be shown to a supervisor as evidence.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from agent_desk import audit
from agent_desk.access import Permission, require
from agent_desk.accounts import AgentInfo
from agent_desk.clock import Clock
from agent_desk.codes import clean_code, host_desk_code
from agent_desk.errors import AgentDeskError, NotFound, PermissionDenied, ValidationError
from agent_desk.models import Agent
from agent_desk.models.cases import KINDS, STATUSES, Case, CaseEvent
from agent_desk.models.engine import SessionFactory
from agent_desk.models.outbox import OutboxItem
from agent_desk.phones import mask, mask_text
from agent_desk.policy import Policy
from agent_desk.spreadsheet import safe_cell
from agent_desk.workdays import DeadlinePolicy, Deadlines, WorkCalendar

log = logging.getLogger(__name__)

# Number prefixes, from the Chinese name of each kind: 投诉 举报 咨询 建议 报修.
PREFIXES: dict[str, str] = {
    "complaint": "TS",
    "report": "JB",
    "inquiry": "ZX",
    "suggestion": "JY",
    "repair": "BX",
}

# The workflow. Anything not listed here is refused.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "received": ("assigned",),
    "assigned": ("in_progress",),
    "in_progress": ("replied",),
    "replied": ("closed",),
    "closed": ("reopened",),
    "reopened": ("assigned", "in_progress"),
}
OPEN_STATUSES = ("received", "assigned", "in_progress", "replied", "reopened")
SEVERITIES = ("low", "normal", "high", "urgent")
DECISIONS = ("adopted", "not_adopted")
EVENT_KINDS = (
    "opened",
    "status",
    "note",
    "contact",
    "department_reply",
    "edit",
    "assigned",
    "decision",
    "customer_told",
    "satisfaction",
    "callback",
    "callback_attempt",
    "callback_cancelled",
    "deadline_estimated",
)
# A satisfaction of 1-5; at or below this the customer is dissatisfied and the case reopens.
DISSATISFIED_AT_MOST = 2
DUE_SOON = timedelta(hours=4)


class CaseError(AgentDeskError):
    code = "case.error"


class InvalidTransition(CaseError):
    code = "case.invalid_transition"
    template = "Case {number} is {current}; it cannot go to {target}. Allowed next: {allowed}."


class ClosingRuleError(CaseError):
    """Closing refused because something the regulations require is missing."""

    code = "case.close_incomplete"
    template = "Case {number} cannot be closed yet: {missing}."


@dataclass(frozen=True)
class CaseInfo:
    id: int
    public_id: str
    number: str
    kind: str
    status: str
    customer_id: int | None
    call_id: int | None
    created_by_id: int | None
    assignee_id: int | None
    assignee_name: str
    received_at: datetime
    opened_at: datetime | None
    complainant: str
    contact: str
    matter: str
    product: str
    case_type: str
    severity: str
    department: str
    points_by: datetime | None
    feedback_by: datetime | None
    reply_by: datetime | None
    first_feedback_at: datetime | None
    replied_at: datetime | None
    closed_at: datetime | None
    satisfaction: int | None
    root_cause: str
    improvement: str
    decision: str | None
    customer_told_at: datetime | None

    @property
    def is_open(self) -> bool:
        return self.status != "closed"

    def actions(self) -> frozenset[str]:
        """What can be done to the case in its state: the case window offers only these.

        The workflow methods still check for themselves; this is so the agent is not shown a
        button that can only be refused.
        """
        allowed = TRANSITIONS.get(self.status, ())
        open_suggestion = self.kind == "suggestion" and self.is_open
        names = {"note"}
        if self.is_open:
            names |= {"contact", "department_reply", "save_details", "callback"}
        if "assigned" in allowed or self.status in ("assigned", "in_progress"):
            names.add("assign")  # an assigned case can be handed to someone else
        for name, target in (
            ("start", "in_progress"),
            ("reply", "replied"),
            ("close", "closed"),
            ("reopen", "reopened"),
        ):
            if target in allowed:
                names.add(name)
        if self.status == "closed":
            names.add("verdict")
        if open_suggestion and self.decision is None:
            names |= {"adopt", "reject"}
        if open_suggestion and self.decision is not None and self.customer_told_at is None:
            names.add("told")
        return frozenset(names)

    def open_deadlines(self) -> list[tuple[str, datetime]]:
        """Deadlines still to be met, as (name, when): feedback until given, reply until sent."""
        if self.status == "closed":
            return []
        out: list[tuple[str, datetime]] = []
        if self.replied_at is None:
            if self.feedback_by is not None and self.first_feedback_at is None:
                out.append(("feedback", self.feedback_by))
            if self.reply_by is not None:
                out.append(("reply", self.reply_by))
        return sorted(out, key=lambda item: item[1])

    @property
    def next_deadline(self) -> datetime | None:
        pending = self.open_deadlines()
        return pending[0][1] if pending else None

    def overdue(self, now: datetime) -> list[str]:
        """Names of the deadlines missed by `now` (still open and past due)."""
        return [name for name, when in self.open_deadlines() if when < now]

    def is_overdue(self, now: datetime) -> bool:
        return bool(self.overdue(now))

    @property
    def points_late(self) -> bool:
        """True when the complaint points were recorded after their 5-minute limit."""
        return (
            self.points_by is not None
            and self.opened_at is not None
            and self.opened_at > self.points_by
        )


@dataclass(frozen=True)
class CaseEventInfo:
    id: int
    case_id: int
    at: datetime
    actor_id: int | None
    actor_name: str
    kind: str
    from_status: str | None
    to_status: str | None
    text: str


def _info(case: Case, assignee_name: str = "", opened_at: datetime | None = None) -> CaseInfo:
    return CaseInfo(
        id=case.id,
        public_id=case.public_id,
        number=case.number,
        kind=case.kind,
        status=case.status,
        customer_id=case.customer_id,
        call_id=case.call_id,
        created_by_id=case.created_by_id,
        assignee_id=case.assignee_id,
        assignee_name=assignee_name,
        received_at=case.received_at,
        opened_at=opened_at,
        complainant=case.complainant,
        contact=case.contact,
        matter=case.matter,
        product=case.product,
        case_type=case.case_type,
        severity=case.severity,
        department=case.department,
        points_by=case.points_by,
        feedback_by=case.feedback_by,
        reply_by=case.reply_by,
        first_feedback_at=case.first_feedback_at,
        replied_at=case.replied_at,
        closed_at=case.closed_at,
        satisfaction=case.satisfaction,
        root_cause=case.root_cause,
        improvement=case.improvement,
        decision=case.decision,
        customer_told_at=case.customer_told_at,
    )


def _opened_at_subquery() -> Any:
    return (
        select(func.min(CaseEvent.at))
        .where(CaseEvent.case_id == Case.id, CaseEvent.kind == "opened")
        .correlate(Case)
        .scalar_subquery()
    )


class CaseService:
    """Opens cases, moves them through the workflow and keeps their follow-up log."""

    def __init__(
        self,
        sessions: SessionFactory,
        clock: Clock,
        policy: Policy,
        calendar: WorkCalendar | None = None,
        number_prefix: str = "",
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._policy = policy
        # Put before every case number (training's "LX-": practice cases never look real).
        self.number_prefix = number_prefix
        self.calendar = calendar or WorkCalendar.load()
        self.deadlines = DeadlinePolicy(policy.data, self.calendar)
        self._dissatisfied = int(policy.get("cases.dissatisfied_at_most", DISSATISFIED_AT_MOST))
        self.due_soon = timedelta(
            hours=float(policy.get("cases.due_soon_hours", DUE_SOON.total_seconds() / 3600))
        )

    # --- opening ------------------------------------------------------------------------------

    def compute_deadlines(self, kind: str, received_at: datetime) -> Deadlines:
        _check_kind(kind)
        return self.deadlines.compute(kind, received_at)

    def open_case(
        self,
        kind: str,
        *,
        actor: AgentInfo,
        received_at: datetime | None = None,
        customer_id: int | None = None,
        call_id: int | None = None,
        complainant: str = "",
        contact: str = "",
        matter: str = "",
        product: str = "",
        department: str = "",
        session: Session | None = None,
    ) -> CaseInfo:
        """Open a case with its number and deadlines; received_at defaults to now.

        When opened from a call, pass the call's ring or answer time as `received_at`, so the
        5-minute limit for recording the complaint points runs from the call, and the call's
        `session`, so the call record and its complaint commit together or not at all.
        """
        _check_kind(kind)
        now = self._clock.now()
        received = received_at or now
        if received.tzinfo is None:
            raise ValidationError(
                "received_at", "the received time needs a time zone", reason="case.received_naive"
            )
        if received > now + timedelta(minutes=1):
            raise ValidationError(
                "received_at", "the received time is in the future", reason="case.received_future"
            )
        deadlines = self.deadlines.compute(kind, received, strict=False)
        day = deadlines.received_at.date()  # the local day names the number

        def insert(session: Session) -> CaseInfo:
            number = _next_number(session, kind, day, self.number_prefix)
            case = Case(
                number=number,
                kind=kind,
                status="received",
                customer_id=customer_id,
                call_id=call_id,
                created_by_id=actor.id,
                assignee_id=None,
                received_at=received,
                complainant=complainant.strip(),
                contact=contact.strip(),
                matter=matter.strip(),
                product=product.strip(),
                department=department.strip(),
                points_by=deadlines.points_by,
                feedback_by=deadlines.feedback_by,
                reply_by=deadlines.reply_by,
            )
            session.add(case)
            session.flush()
            _event(session, case, now, actor, "opened", None, "received", matter.strip())
            if deadlines.estimated_because:
                _event(
                    session,
                    case,
                    now,
                    actor,
                    "deadline_estimated",
                    text=deadlines.estimated_because,
                )
            audit.record(session, self._clock, actor.agent_no, "case.open", number, kind)
            return _info(case, "", now)

        if session is not None:  # part of a bigger save (a call record and its complaint)
            return insert(session)
        for attempt in range(5):
            try:
                with self._sessions.begin() as own:
                    return insert(own)
            except IntegrityError:
                # Another desk process took the same number between our read and write.
                log.warning("case number clash, retrying (attempt %d)", attempt + 1)
        raise CaseError("could not allocate a case number; try again")

    # --- reading ------------------------------------------------------------------------------

    def get(self, case_id: int) -> CaseInfo:
        with self._sessions() as session:
            return self._load_info(session, case_id)

    def timeline(self, case_id: int) -> list[CaseEventInfo]:
        """The follow-up log, oldest first (the order it happened)."""
        with self._sessions() as session:
            rows = session.execute(
                select(CaseEvent, Agent.name)
                .outerjoin(Agent, Agent.id == CaseEvent.actor_id)
                .where(CaseEvent.case_id == case_id)
                .order_by(CaseEvent.at, CaseEvent.id)
            ).all()
            return [
                CaseEventInfo(
                    e.id,
                    e.case_id,
                    e.at,
                    e.actor_id,
                    name or "",
                    e.kind,
                    e.from_status,
                    e.to_status,
                    e.text,
                )
                for e, name in rows
            ]

    def list_cases(
        self,
        *,
        agent_id: int | None = None,
        kinds: Iterable[str] | None = None,
        statuses: Iterable[str] | None = None,
        department: str | None = None,
        include_closed: bool = False,
        customer_id: int | None = None,
        limit: int = 2000,
    ) -> list[CaseInfo]:
        """Cases sorted by the nearest open deadline (none last).

        `agent_id` limits to the agent's own: assigned to them, or opened by them and not yet
        assigned to anyone. None means everyone's (a supervisor's view).
        """
        with self._sessions() as session:
            query = select(Case, Agent.name, _opened_at_subquery()).outerjoin(
                Agent, Agent.id == Case.assignee_id
            )
            if agent_id is not None:
                query = query.where(
                    or_(
                        Case.assignee_id == agent_id,
                        (Case.assignee_id.is_(None)) & (Case.created_by_id == agent_id),
                    )
                )
            if kinds:
                query = query.where(Case.kind.in_(list(kinds)))
            if statuses:
                query = query.where(Case.status.in_(list(statuses)))
            elif not include_closed:
                query = query.where(Case.status != "closed")
            if department:
                query = query.where(Case.department == department)
            if customer_id is not None:
                query = query.where(Case.customer_id == customer_id)
            query = query.order_by(Case.reply_by, Case.id).limit(limit)
            infos = [_info(c, name or "", opened) for c, name, opened in session.execute(query)]
        far = datetime.max.replace(tzinfo=infos[0].received_at.tzinfo) if infos else None
        return sorted(infos, key=lambda i: (i.next_deadline or far, i.id))

    def departments(self) -> list[str]:
        with self._sessions() as session:
            return [
                d
                for d in session.scalars(
                    select(Case.department).where(Case.department != "").distinct()
                )
            ]

    def overdue(self, *, agent_id: int | None = None) -> list[CaseInfo]:
        now = self._clock.now()
        return [c for c in self.list_cases(agent_id=agent_id) if c.is_overdue(now)]

    def deadline_state(self, case: CaseInfo) -> str:
        """ "overdue", "due_soon", "ok" or "none" under the service clock."""
        now = self._clock.now()
        deadline = case.next_deadline
        if deadline is None:
            return "none"
        if deadline < now:
            return "overdue"
        if deadline - now <= self.due_soon:
            return "due_soon"
        return "ok"

    # --- workflow -----------------------------------------------------------------------------

    def assign(
        self, case_id: int, *, actor: AgentInfo, assignee_id: int | None = None, text: str = ""
    ) -> CaseInfo:
        """Give the case to an agent (the actor by default); received/reopened → assigned.

        Re-assigning an assigned or in-progress case changes the owner without a state change.
        """
        with self._sessions.begin() as session:
            case = self._case(session, case_id)
            target = assignee_id or actor.id
            agent = session.get(Agent, target)
            if agent is None:
                raise NotFound(f"no agent with id {target}")
            if case.status in ("assigned", "in_progress"):
                others = actor.may(Permission.HANDLE_OTHERS_CASES)
                if target != actor.id and not others and case.assignee_id != actor.id:
                    raise PermissionDenied("re-assign someone else's case")
                case.assignee_id = target
                _event(session, case, self._clock.now(), actor, "assigned", text=agent.name)
            else:
                self._move(session, case, "assigned", actor, text or agent.name)
                case.assignee_id = target
            return self._load_info(session, case.id)

    def start(self, case_id: int, *, actor: AgentInfo, text: str = "") -> CaseInfo:
        """Work begins: assigned/reopened → in_progress."""
        with self._sessions.begin() as session:
            case = self._case(session, case_id)
            self._move(session, case, "in_progress", actor, text)
            if case.assignee_id is None:
                case.assignee_id = actor.id
            return self._load_info(session, case.id)

    def reply(self, case_id: int, *, actor: AgentInfo, text: str) -> CaseInfo:
        """The final reply to the customer was given: in_progress → replied."""
        if not text.strip():
            raise ValidationError("text", "say what was replied", reason="case.reply_required")
        with self._sessions.begin() as session:
            case = self._case(session, case_id)
            self._move(session, case, "replied", actor, text.strip())
            now = self._clock.now()
            case.replied_at = now
            if case.first_feedback_at is None:
                case.first_feedback_at = now  # the reply is also the first word to the customer
            return self._load_info(session, case.id)

    def close(
        self,
        case_id: int,
        *,
        actor: AgentInfo,
        satisfaction: int | None = None,
        root_cause: str = "",
        improvement: str = "",
        text: str = "",
    ) -> CaseInfo:
        """replied → closed, with what the regulations require of each kind.

        A complaint needs the customer's satisfaction (1-5), a root cause and an improvement
        measure; a suggestion needs its decision and the customer told. A dissatisfied
        customer (satisfaction <= 2 by default) reopens the complaint at once: the close and
        the reopen are both in the log, and the case goes back into the flow.
        """
        if satisfaction is not None and not 1 <= int(satisfaction) <= 5:
            raise ValidationError(
                "satisfaction", "satisfaction is 1 to 5", reason="case.satisfaction_range"
            )
        with self._sessions.begin() as session:
            case = self._case(session, case_id)
            missing: list[str] = []
            if case.kind == "complaint":
                if satisfaction is None:
                    missing.append("the customer's satisfaction")
                if not root_cause.strip():
                    missing.append("a root cause")
                if not improvement.strip():
                    missing.append("an improvement measure")
            if case.kind == "suggestion":
                if case.decision is None:
                    missing.append("the decision (adopted / not adopted)")
                if case.customer_told_at is None:
                    missing.append("telling the customer the decision")
            allowed = TRANSITIONS.get(case.status, ())
            if "closed" not in allowed:
                raise _invalid(case, "closed")
            if missing:
                raise ClosingRuleError(
                    number=case.number, missing=", ".join(missing), fields=missing
                )
            now = self._clock.now()
            case.satisfaction = satisfaction if satisfaction is not None else case.satisfaction
            case.root_cause = root_cause.strip() or case.root_cause
            case.improvement = improvement.strip() or case.improvement
            summary = _close_summary(satisfaction, root_cause, improvement, text)
            self._move(session, case, "closed", actor, summary)
            case.closed_at = now
            if satisfaction is not None and satisfaction <= self._dissatisfied:
                self._reopen(session, case, actor, f"★{satisfaction}/5")
            return self._load_info(session, case.id)

    def record_satisfaction(
        self, case_id: int, *, actor: AgentInfo, satisfaction: int, text: str = ""
    ) -> CaseInfo:
        """The customer's verdict after closing (e.g. on a callback); dissatisfied reopens."""
        if not 1 <= int(satisfaction) <= 5:
            raise ValidationError(
                "satisfaction", "satisfaction is 1 to 5", reason="case.satisfaction_range"
            )
        with self._sessions.begin() as session:
            case = self._case(session, case_id)
            case.satisfaction = satisfaction
            _event(
                session,
                case,
                self._clock.now(),
                actor,
                "satisfaction",
                text=f"{satisfaction}/5 {text}".strip(),
            )
            if case.status == "closed" and satisfaction <= self._dissatisfied:
                self._reopen(session, case, actor, f"★{satisfaction}/5")
            return self._load_info(session, case.id)

    def reopen(self, case_id: int, *, actor: AgentInfo, reason: str) -> CaseInfo:
        """closed → reopened, e.g. the customer calls again about the same matter."""
        if not reason.strip():
            raise ValidationError(
                "reason", "say why the case is reopened", reason="case.reopen_reason"
            )
        with self._sessions.begin() as session:
            case = self._case(session, case_id)
            self._reopen(session, case, actor, reason.strip())
            return self._load_info(session, case.id)

    # --- follow-up log ------------------------------------------------------------------------

    def add_note(self, case_id: int, *, actor: AgentInfo, text: str) -> CaseEventInfo:
        return self._log(case_id, actor, "note", text)

    def record_contact(
        self, case_id: int, *, actor: AgentInfo, text: str, at: datetime | None = None
    ) -> CaseEventInfo:
        """A contact with the customer; the first one is the progress feedback (24 h rule)."""
        return self._log(case_id, actor, "contact", text, at=at, feedback=True)

    def record_department_reply(
        self, case_id: int, *, actor: AgentInfo, department: str, text: str
    ) -> CaseEventInfo:
        label = f"[{department.strip()}] " if department.strip() else ""
        return self._log(case_id, actor, "department_reply", label + text.strip())

    def update_details(self, case_id: int, *, actor: AgentInfo, **fields: Any) -> CaseInfo:
        """Edit the descriptive fields; each change is logged as "field: old → new"."""
        editable = (
            "complainant",
            "contact",
            "matter",
            "product",
            "case_type",
            "severity",
            "department",
        )
        unknown = set(fields) - set(editable)
        if unknown:
            raise ValidationError(
                sorted(unknown)[0], "this field cannot be edited", reason="case.field_readonly"
            )
        if "severity" in fields and fields["severity"] not in SEVERITIES:
            raise ValidationError(
                "severity",
                f"severity is one of {', '.join(SEVERITIES)}",
                reason="case.severity_unknown",
            )
        with self._sessions.begin() as session:
            case = self._case(session, case_id)
            if case.status == "closed":
                raise _invalid(case, "edited")
            changes = []
            for name, value in fields.items():
                value = str(value).strip()
                old = getattr(case, name)
                if value != old:
                    setattr(case, name, value)
                    shown_old = mask(old) if name == "contact" else old
                    shown_new = mask(value) if name == "contact" else value
                    changes.append(f"{name}: {shown_old} → {shown_new}")
            if changes:
                _event(session, case, self._clock.now(), actor, "edit", text="\n".join(changes))
            return self._load_info(session, case.id)

    def decide_suggestion(
        self, case_id: int, *, actor: AgentInfo, decision: str, text: str = ""
    ) -> CaseInfo:
        if decision not in DECISIONS:
            raise ValidationError(
                "decision", "adopted or not_adopted", reason="case.decision_unknown"
            )
        with self._sessions.begin() as session:
            case = self._case(session, case_id)
            if case.kind != "suggestion":
                raise CaseError(
                    "only a suggestion is decided", reason="case.not_suggestion", number=case.number
                )
            if case.status == "closed":
                raise _invalid(case, "decided")
            case.decision = decision
            _event(
                session,
                case,
                self._clock.now(),
                actor,
                "decision",
                text=f"{decision} {text}".strip(),
            )
            return self._load_info(session, case.id)

    def record_customer_told(self, case_id: int, *, actor: AgentInfo, text: str = "") -> CaseInfo:
        """The customer was told the suggestion's decision (also a contact with them)."""
        with self._sessions.begin() as session:
            case = self._case(session, case_id)
            if case.kind == "suggestion" and case.decision is None:
                raise CaseError(
                    "decide the suggestion before telling the customer",
                    reason="case.decision_first",
                    number=case.number,
                )
            now = self._clock.now()
            case.customer_told_at = now
            if case.first_feedback_at is None:
                case.first_feedback_at = now
            _event(session, case, now, actor, "customer_told", text=text.strip())
            return self._load_info(session, case.id)

    # --- daily archive ------------------------------------------------------------------------

    def day_records(self, day: date, session: Session | None = None) -> list[dict[str, Any]]:
        """The cases received or changed on `day` (local), phone numbers masked."""
        zone = self.deadlines.zone
        start = datetime.combine(day, time()).replace(tzinfo=zone)
        end = start + timedelta(days=1)

        def collect(s: Session) -> list[dict[str, Any]]:
            touched = select(CaseEvent.case_id).where(CaseEvent.at >= start, CaseEvent.at < end)
            cases = s.scalars(
                select(Case)
                .where(
                    or_(
                        (Case.received_at >= start) & (Case.received_at < end),
                        Case.id.in_(touched),
                    )
                )
                .order_by(Case.number)
            ).all()
            names = {i: no for i, no in s.execute(select(Agent.id, Agent.agent_no))}
            # Every case's log in one query rather than one per case: this runs at shift close.
            events: dict[int, list[CaseEvent]] = {case.id: [] for case in cases}
            for event in s.scalars(
                select(CaseEvent)
                .where(CaseEvent.case_id.in_(events))
                .order_by(CaseEvent.at, CaseEvent.id)
            ):
                events[event.case_id].append(event)
            return [_archive_row(case, events[case.id], names, zone) for case in cases]

        if session is not None:
            return collect(session)
        with self._sessions() as own:
            return collect(own)

    def queue_daily_archive(
        self,
        day: date,
        branch_code: str,
        session: Session | None = None,
        desk: str | None = None,
    ) -> list[str]:
        """Queue the day's case records (CSV + JSON, numbers masked) in the outbox.

        Files go to `archive/<branch>/<YYYY-MM-DD>/<desk>/cases.csv|json`: every desk of a
        branch keeps its own database, so the desk's code (`desk.code`, given by the caller;
        the PC's host name when not) keeps two desks' archives of one day apart on the share.
        Both codes are cleaned by `clean_code`, as in the shifts' tree.

        Called at shift close (inside the shift's transaction when `session` is given) and by
        `agent-desk archive`. Re-queueing the same day replaces a still-pending file and adds
        a numbered revision when the earlier one was already sent, so nothing on the share is
        overwritten silently. Returns the queued relative paths.
        """
        desk_name = clean_code(desk, "desk") if desk else host_desk_code()
        if session is not None:
            return self._queue_archive(session, day, branch_code, desk_name)
        with self._sessions.begin() as own:
            return self._queue_archive(own, day, branch_code, desk_name)

    def archive_day(
        self, actor: AgentInfo | None, day: date, branch_code: str, desk: str | None = None
    ) -> list[str]:
        """The day's archive queued by a person (Tools menu, `agent-desk archive`): for
        supervisors and administrators; a refusal is audited, the archive too (and a failed
        one, in a transaction of its own)."""
        refusals = audit.AuditService(self._sessions, self._clock)
        require(actor, Permission.ARCHIVE, refusals, f"case.archive {day.isoformat()}")
        assert actor is not None
        desk_name = clean_code(desk, "desk") if desk else host_desk_code()
        with (
            refusals.attempt(actor.agent_no, "case.archive", day.isoformat()),
            self._sessions.begin() as session,
        ):
            paths = self._queue_archive(session, day, branch_code, desk_name)
            audit.record(
                session, self._clock, actor.agent_no, "case.archive", day.isoformat(), branch_code
            )
            return paths

    def _queue_archive(self, session: Session, day: date, branch_code: str, desk: str) -> list[str]:
        branch = clean_code(branch_code, "UNSET")
        folder = f"archive/{branch}/{day.isoformat()}/{desk}"
        rows = self.day_records(day, session)
        now = self._clock.now()
        files = {
            "cases.csv": ("cases_csv", _csv_bytes(rows)),
            "cases.json": (
                "cases_json",
                json.dumps(
                    {"branch": branch, "desk": desk, "day": day.isoformat(), "cases": rows},
                    ensure_ascii=False,
                    indent=1,
                ).encode("utf-8"),
            ),
        }
        queued = []
        for name, (kind, content) in files.items():
            path = f"{folder}/{name}"
            existing = session.scalar(select(OutboxItem).where(OutboxItem.relative_path == path))
            if existing is not None and existing.status == "pending":
                existing.content = content
                existing.size = len(content)
                existing.sha256 = hashlib.sha256(content).hexdigest()
                queued.append(path)
                continue
            if existing is not None:
                stem, _, ext = name.rpartition(".")
                n = 2
                while True:
                    candidate = f"{folder}/{stem}.{n}.{ext}"
                    if (
                        session.scalar(
                            select(OutboxItem.id).where(OutboxItem.relative_path == candidate)
                        )
                        is None
                    ):
                        path = candidate
                        break
                    n += 1
            session.add(
                OutboxItem(
                    kind=kind,
                    relative_path=path,
                    content=content,
                    size=len(content),
                    sha256=hashlib.sha256(content).hexdigest(),
                    status="pending",
                    created_at=now,
                )
            )
            queued.append(path)
        audit.record(
            session,
            self._clock,
            "system",
            "cases.archive",
            day.isoformat(),
            f"{len(rows)} cases",
        )
        return queued

    # --- internals ----------------------------------------------------------------------------

    def _case(self, session: Session, case_id: int) -> Case:
        case = session.get(Case, case_id)
        if case is None:
            raise NotFound(f"no case with id {case_id}")
        return case

    def _load_info(self, session: Session, case_id: int) -> CaseInfo:
        session.flush()
        row = session.execute(
            select(Case, Agent.name, _opened_at_subquery())
            .outerjoin(Agent, Agent.id == Case.assignee_id)
            .where(Case.id == case_id)
        ).first()
        if row is None:
            raise NotFound(f"no case with id {case_id}")
        case, name, opened = row
        return _info(case, name or "", opened)

    def _move(
        self, session: Session, case: Case, target: str, actor: AgentInfo, text: str = ""
    ) -> None:
        if target not in TRANSITIONS.get(case.status, ()):
            raise _invalid(case, target)
        previous = case.status
        case.status = target
        _event(session, case, self._clock.now(), actor, "status", previous, target, text)

    def _reopen(self, session: Session, case: Case, actor: AgentInfo, reason: str) -> None:
        self._move(session, case, "reopened", actor, reason)
        case.closed_at = None
        case.replied_at = None  # a new reply is owed
        audit.record(session, self._clock, actor.agent_no, "case.reopen", case.number, reason)

    def _log(
        self,
        case_id: int,
        actor: AgentInfo,
        kind: str,
        text: str,
        at: datetime | None = None,
        feedback: bool = False,
    ) -> CaseEventInfo:
        if not text.strip():
            raise ValidationError("text", "the entry is empty", reason="case.text_required")
        with self._sessions.begin() as session:
            case = self._case(session, case_id)
            when = at or self._clock.now()
            if feedback and case.first_feedback_at is None:
                case.first_feedback_at = when
            event = _event(session, case, when, actor, kind, text=text.strip())
            return CaseEventInfo(
                event.id, case.id, event.at, actor.id, actor.name, kind, None, None, event.text
            )


def log_callback_event(
    session: Session, clock: Clock, case_id: int, actor: AgentInfo, kind: str, text: str
) -> None:
    """Used by the callback service: a callback scheduled, done or cancelled is in the case log.

    kind is "callback" (scheduled), "contact" (done: the customer was reached, which counts as
    the first feedback), "callback_attempt" (not reached) or "callback_cancelled". The text is
    the agent's own words; the UI words the kind in the agent's language.
    """
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(f"no case with id {case_id}")
    now = clock.now()
    if kind == "contact" and case.first_feedback_at is None:
        case.first_feedback_at = now
    _event(session, case, now, actor, kind, text=text)


def _event(
    session: Session,
    case: Case,
    at: datetime,
    actor: AgentInfo,
    kind: str,
    from_status: str | None = None,
    to_status: str | None = None,
    text: str = "",
) -> CaseEvent:
    event = CaseEvent(
        case_id=case.id,
        at=at,
        actor_id=actor.id,
        kind=kind,
        from_status=from_status,
        to_status=to_status,
        text=text,
    )
    session.add(event)
    session.flush()
    return event


def _invalid(case: Case, target: str) -> InvalidTransition:
    allowed = TRANSITIONS.get(case.status, ())
    return InvalidTransition(
        number=case.number,
        current=case.status,
        target=target,
        allowed=", ".join(allowed) or "none",
    )


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValidationError(
            "kind", f"kind is one of {', '.join(KINDS)}", reason="case.kind_unknown", kind=kind
        )


def _next_number(session: Session, kind: str, day: date, prefix: str = "") -> str:
    """PREFIX-YYYYMMDD-NNNN, counting per kind and local day (after `prefix`, if any).

    Runs inside a BEGIN IMMEDIATE transaction (see models.engine), so two saves on one desk are
    serialised; the unique constraint catches anything else and the caller retries.
    """
    stem = f"{prefix}{PREFIXES[kind]}-{day.strftime('%Y%m%d')}-"
    last = session.scalar(select(func.max(Case.number)).where(Case.number.like(stem + "%")))
    seq = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{stem}{seq:04d}"


def _close_summary(satisfaction: int | None, root_cause: str, improvement: str, text: str) -> str:
    """Language-neutral: "★4/5 · root cause · improvement · remark" (the UI labels the kind)."""
    parts = [f"★{satisfaction}/5"] if satisfaction is not None else []
    parts += [p.strip() for p in (root_cause, improvement, text) if p.strip()]
    return " · ".join(parts)


ARCHIVE_FIELDS = (
    "number",
    "kind",
    "status",
    "received_at",
    "complainant",
    "contact",
    "matter",
    "product",
    "case_type",
    "severity",
    "department",
    "assignee",
    "points_by",
    "feedback_by",
    "reply_by",
    "first_feedback_at",
    "replied_at",
    "closed_at",
    "satisfaction",
    "root_cause",
    "improvement",
    "decision",
    "customer_told_at",
    "events",
)


def _archive_row(
    case: Case, events: list[CaseEvent], agents: dict[int, str], zone: Any
) -> dict[str, Any]:
    def iso(value: datetime | None) -> str:
        return value.astimezone(zone).isoformat() if value is not None else ""

    return {
        "number": case.number,
        "kind": case.kind,
        "status": case.status,
        "received_at": iso(case.received_at),
        "complainant": _mask_digits(case.complainant),
        "contact": mask(case.contact),
        "matter": _mask_digits(case.matter),
        "product": _mask_digits(case.product),
        "case_type": case.case_type,
        "severity": case.severity,
        "department": case.department,
        "assignee": agents.get(case.assignee_id, "") if case.assignee_id else "",
        "points_by": iso(case.points_by),
        "feedback_by": iso(case.feedback_by),
        "reply_by": iso(case.reply_by),
        "first_feedback_at": iso(case.first_feedback_at),
        "replied_at": iso(case.replied_at),
        "closed_at": iso(case.closed_at),
        "satisfaction": case.satisfaction if case.satisfaction is not None else "",
        "root_cause": _mask_digits(case.root_cause),
        "improvement": _mask_digits(case.improvement),
        "decision": _mask_digits(case.decision or ""),
        "customer_told_at": iso(case.customer_told_at),
        "events": [
            {
                "at": iso(e.at),
                "by": agents.get(e.actor_id, "") if e.actor_id else "",
                "kind": e.kind,
                "from": e.from_status or "",
                "to": e.to_status or "",
                "text": _mask_digits(e.text),
            }
            for e in events
        ],
    }


def _mask_digits(text: str) -> str:
    """Mask anything in free text that looks like a phone number (138****1234)."""
    return mask_text(text)


def _csv_bytes(rows: list[dict[str, Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(ARCHIVE_FIELDS)
    for row in rows:
        flat = dict(row)
        flat["events"] = "\n".join(
            f"{e['at']} {e['by']} {e['kind']} {e['from']}→{e['to']} {e['text']}".strip()
            for e in row["events"]
        )
        writer.writerow([safe_cell(flat[name]) for name in ARCHIVE_FIELDS])
    # BOM so Excel on a Chinese Windows opens the UTF-8 file correctly.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


__all__ = [
    "KINDS",
    "PREFIXES",
    "STATUSES",
    "TRANSITIONS",
    "CaseError",
    "CaseEventInfo",
    "CaseInfo",
    "CaseService",
    "ClosingRuleError",
    "InvalidTransition",
]
