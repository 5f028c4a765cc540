"""Callbacks (回访): calling a customer back at an agreed time, reminded before it is due.

The agent is reminded `[callbacks] remind_before_minutes` (default 10) before the time promised
to the customer, so the call can be made *at* that time; a callback is *due* from then (or from
the end of a snooze) until it is done. It is done on time when done by the promised time plus
`[callbacks] grace_minutes` (default 15; the rule is `agent_desk.shifts.figures.
callback_on_time`, the one the shift summary counts with), and *overdue* once it is still not
done then. Snoozing moves the reminder, never the promise, so a snoozed callback still turns
overdue on time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from agent_desk import audit
from agent_desk.access import Permission
from agent_desk.accounts import AgentInfo
from agent_desk.cases import log_callback_event
from agent_desk.clock import Clock
from agent_desk.errors import AgentDeskError, NotFound, PermissionDenied, ValidationError
from agent_desk.models import Agent, Call
from agent_desk.models.cases import Callback, Case
from agent_desk.models.customers import Customer, CustomerPhone
from agent_desk.models.engine import SessionFactory
from agent_desk.policy import Policy
from agent_desk.shifts.figures import DEFAULT_REMIND_BEFORE_MINUTES, callback_on_time, grace

DUE_SOON = timedelta(minutes=15)  # amber in "My follow-ups" this long before the reminder
MAX_SNOOZE = timedelta(hours=24)
# How far in the past a new callback may be due (a dialog left open, clocks a little apart).
PAST_DUE_TOLERANCE = timedelta(minutes=10)


class CallbackError(AgentDeskError):
    code = "callback.error"


class CallbackClosed(CallbackError):
    code = "callback.closed"
    template = "This callback is already {status}."


@dataclass(frozen=True)
class CallbackInfo:
    id: int
    public_id: str
    case_id: int | None
    case_number: str
    customer_id: int | None
    customer_name: str
    number: str  # the number to call: the customer's first phone, else the case contact
    agent_id: int | None
    agent_name: str
    due_at: datetime
    snoozed_until: datetime | None
    purpose: str
    status: str
    done_at: datetime | None
    outcome: str
    call_id: int | None
    created_at: datetime
    overdue_at: datetime  # the promised time plus the grace period
    remind_from: datetime | None = None  # the promised time less the reminder's lead
    # A call that rang while the agent was busy and was not answered; purpose is then empty
    # and the window words it in the agent's language.
    missed_call_id: int | None = None
    missed_at: datetime | None = None

    @property
    def remind_at(self) -> datetime:
        """When the agent is (next) reminded: the end of a snooze, else ahead of the due time."""
        return self.snoozed_until or self.remind_from or self.due_at

    @property
    def done_on_time(self) -> bool | None:
        """Done by the promised time plus the grace period; None while not done."""
        if self.status != "done" or self.done_at is None:
            return None
        return self.done_at <= self.overdue_at

    def is_due(self, now: datetime) -> bool:
        return self.status == "pending" and self.remind_at <= now

    def is_overdue(self, now: datetime) -> bool:
        return self.status == "pending" and now > self.overdue_at


class CallbackService:
    def __init__(self, sessions: SessionFactory, clock: Clock, policy: Policy) -> None:
        self._sessions = sessions
        self._clock = clock
        self.zone = policy.zone
        minutes = policy.get("callbacks.grace_minutes")
        if minutes is None:  # a branch override from before the grace period had its name
            minutes = policy.get("callbacks.overdue_after_minutes")
        self.grace = grace(minutes)
        self.overdue_after = self.grace
        lead = policy.get("callbacks.remind_before_minutes", DEFAULT_REMIND_BEFORE_MINUTES)
        self.remind_before = timedelta(minutes=float(lead))

    def schedule(
        self,
        *,
        actor: AgentInfo,
        due_at: datetime,
        purpose: str,
        customer_id: int | None = None,
        case_id: int | None = None,
        agent_id: int | None = None,
        session: Session | None = None,
    ) -> CallbackInfo:
        """Promise the customer a call at `due_at`; the agent defaults to the actor.

        Given a `session` (the call record being saved), the callback is part of that one
        transaction: the record and its promised callback commit together or not at all.
        """
        if due_at.tzinfo is None:
            raise ValidationError(
                "due_at", "the due time needs a time zone", reason="callback.due_naive"
            )
        if customer_id is None and case_id is None:
            raise ValidationError(
                "customer_id",
                "a callback is for a customer or a case",
                reason="callback.target_required",
            )
        if due_at < self._clock.now() - PAST_DUE_TOLERANCE:
            # A promise to call back is in the future; days ago is a mistyped date.
            raise ValidationError(
                "due_at", "the callback time has already passed", reason="callback.due_past"
            )
        if not purpose.strip():
            raise ValidationError(
                "purpose", "say what the callback is about", reason="callback.purpose_required"
            )

        def insert(session: Session) -> CallbackInfo:
            nonlocal customer_id
            if case_id is not None:
                case = session.get(Case, case_id)
                if case is None:
                    raise NotFound(f"no case with id {case_id}")
                customer_id = customer_id or case.customer_id
            if customer_id is not None and session.get(Customer, customer_id) is None:
                raise NotFound(f"no customer with id {customer_id}")
            owner = agent_id or actor.id
            if session.get(Agent, owner) is None:
                raise NotFound(f"no agent with id {owner}")
            callback = Callback(
                case_id=case_id,
                customer_id=customer_id,
                agent_id=owner,
                due_at=due_at,
                purpose=purpose.strip(),
                status="pending",
                created_at=self._clock.now(),
            )
            session.add(callback)
            session.flush()
            self._trace(
                session,
                callback,
                actor,
                "callback.schedule",
                "callback",
                f"{due_at.astimezone(self.zone):%Y-%m-%d %H:%M} {purpose.strip()}",
            )
            return self._info(session, callback)

        if session is not None:
            return insert(session)
        with self._sessions.begin() as own:
            return insert(own)

    def for_missed_call(
        self, call_id: int, *, actor: AgentInfo, session: Session | None = None
    ) -> CallbackInfo:
        """A call missed while the agent was busy is listed to be called back, due at once.

        The callback goes to the agent the call rang for, to the caller's customer record when
        the screen pop matched one, else to the missed call (its number is the one to call).
        One missed call gets one callback, however often this is asked.
        """

        def insert(session: Session) -> CallbackInfo:
            call = session.get(Call, call_id)
            if call is None:
                raise NotFound(f"no call with id {call_id}")
            existing = session.scalar(select(Callback).where(Callback.missed_call_id == call_id))
            if existing is not None:
                return self._info(session, existing)
            callback = Callback(
                customer_id=call.customer_id,
                missed_call_id=call.id,
                agent_id=call.agent_id,
                due_at=self._clock.now(),
                purpose="",
                status="pending",
                created_at=self._clock.now(),
            )
            session.add(callback)
            session.flush()
            self._trace(session, callback, actor, "callback.missed_call", "callback", "")
            return self._info(session, callback)

        if session is not None:
            return insert(session)
        with self._sessions.begin() as own:
            return insert(own)

    def get(self, callback_id: int) -> CallbackInfo:
        with self._sessions() as session:
            return self._info(session, self._callback(session, callback_id))

    def pending(
        self, *, agent_id: int | None = None, customer_id: int | None = None
    ) -> list[CallbackInfo]:
        """Pending callbacks, earliest promise first; agent_id None means everyone's."""
        with self._sessions() as session:
            query = select(Callback).where(Callback.status == "pending")
            if agent_id is not None:
                query = query.where(Callback.agent_id == agent_id)
            if customer_id is not None:
                query = query.where(Callback.customer_id == customer_id)
            return self._infos(session, query.order_by(Callback.due_at, Callback.id))

    def for_customer(self, customer_id: int, limit: int = 200) -> list[CallbackInfo]:
        """All of a customer's callbacks, newest promise first (for the customer's timeline)."""
        with self._sessions() as session:
            return self._infos(
                session,
                select(Callback)
                .where(Callback.customer_id == customer_id)
                .order_by(Callback.due_at.desc(), Callback.id.desc())
                .limit(limit),
            )

    def due(self, *, agent_id: int | None = None) -> list[CallbackInfo]:
        """Pending callbacks whose reminder time has come (`remind_before` ahead of the due
        time, or a snooze over) under the clock."""
        now = self._clock.now()
        with self._sessions() as session:
            query = select(Callback).where(
                Callback.status == "pending",
                or_(
                    (Callback.snoozed_until.is_(None))
                    & (Callback.due_at <= now + self.remind_before),
                    Callback.snoozed_until <= now,
                ),
            )
            if agent_id is not None:
                query = query.where(Callback.agent_id == agent_id)
            return self._infos(session, query.order_by(Callback.due_at, Callback.id))

    def overdue(self, *, agent_id: int | None = None) -> list[CallbackInfo]:
        now = self._clock.now()
        with self._sessions() as session:
            query = select(Callback).where(
                Callback.status == "pending", Callback.due_at < now - self.overdue_after
            )
            if agent_id is not None:
                query = query.where(Callback.agent_id == agent_id)
            return self._infos(session, query.order_by(Callback.due_at, Callback.id))

    def on_time(self, done_at: datetime, due_at: datetime) -> bool:
        return callback_on_time(done_at, due_at, self.grace)

    def deadline_state(self, callback: CallbackInfo) -> str:
        """ "overdue" (past due + grace), "due" (reminded), "due_soon" (the reminder within
        15 min) or "ok"."""
        now = self._clock.now()
        if callback.status != "pending":
            return "none"
        if callback.is_overdue(now):
            return "overdue"
        if callback.is_due(now):
            return "due"
        if callback.remind_at - now <= DUE_SOON:
            return "due_soon"
        return "ok"

    def snooze(self, callback_id: int, *, actor: AgentInfo, minutes: float) -> CallbackInfo:
        delay = timedelta(minutes=float(minutes))
        if delay <= timedelta(0) or delay > MAX_SNOOZE:
            raise ValidationError(
                "minutes", "snooze between 1 minute and 24 hours", reason="callback.snooze_range"
            )
        with self._sessions.begin() as session:
            callback = self._open(session, callback_id, actor)
            callback.snoozed_until = self._clock.now() + delay
            audit.record(
                session,
                self._clock,
                actor.agent_no,
                "callback.snooze",
                str(callback.id),
                f"{minutes} min",
            )
            return self._info(session, callback)

    def done(
        self,
        callback_id: int,
        *,
        actor: AgentInfo,
        outcome: str,
        call_id: int | None = None,
        reached: bool = True,
    ) -> CallbackInfo:
        """The call back was made; `reached` False records an attempt but keeps it pending."""
        if not outcome.strip():
            raise ValidationError(
                "outcome", "record the outcome of the call", reason="callback.outcome_required"
            )
        with self._sessions.begin() as session:
            callback = self._open(session, callback_id, actor)
            now = self._clock.now()
            if reached:
                callback.status = "done"
                callback.done_at = now
                callback.outcome = outcome.strip()
            else:
                stamp = now.isoformat(timespec="minutes")
                callback.outcome = (
                    f"{callback.outcome}\n{stamp} not reached: {outcome.strip()}".strip()
                )
            if call_id is not None:
                callback.call_id = call_id
            self._trace(
                session,
                callback,
                actor,
                "callback.done" if reached else "callback.attempt",
                "contact" if reached else "callback_attempt",
                outcome.strip(),
            )
            return self._info(session, callback)

    def cancel(self, callback_id: int, *, actor: AgentInfo, reason: str) -> CallbackInfo:
        if not reason.strip():
            raise ValidationError(
                "reason", "say why the callback is cancelled", reason="callback.reason_required"
            )
        with self._sessions.begin() as session:
            callback = self._open(session, callback_id, actor)
            callback.status = "cancelled"
            callback.outcome = reason.strip()
            callback.done_at = self._clock.now()
            self._trace(
                session, callback, actor, "callback.cancel", "callback_cancelled", reason.strip()
            )
            return self._info(session, callback)

    # --- internals ----------------------------------------------------------------------------

    def _callback(self, session: Session, callback_id: int) -> Callback:
        callback = session.get(Callback, callback_id)
        if callback is None:
            raise NotFound(f"no callback with id {callback_id}")
        return callback

    def _open(self, session: Session, callback_id: int, actor: AgentInfo) -> Callback:
        callback = self._callback(session, callback_id)
        if callback.status != "pending":
            raise CallbackClosed(status=callback.status)
        if callback.agent_id not in (None, actor.id) and not actor.may(
            Permission.HANDLE_OTHERS_CASES
        ):
            raise PermissionDenied("change another agent's callback")
        return callback

    def _trace(
        self,
        session: Session,
        callback: Callback,
        actor: AgentInfo,
        action: str,
        case_event: str,
        text: str,
    ) -> None:
        """What a change leaves behind: a line in its case's log (if any) and an audit event."""
        if callback.case_id is not None:
            log_callback_event(session, self._clock, callback.case_id, actor, case_event, text)
        audit.record(session, self._clock, actor.agent_no, action, str(callback.id))

    def _info(self, session: Session, callback: Callback) -> CallbackInfo:
        session.flush()
        return self._infos(session, select(Callback).where(Callback.id == callback.id))[0]

    def _infos(self, session: Session, query: Any) -> list[CallbackInfo]:
        """One query for a whole list: case number, customer, first phone and agent joined."""
        first_phone = (
            select(CustomerPhone.raw)
            .where(CustomerPhone.customer_id == Callback.customer_id)
            .order_by(CustomerPhone.id)
            .limit(1)
            .correlate(Callback)
            .scalar_subquery()
        )
        missed = aliased(Call)
        full = (
            query.add_columns(
                Case.number,
                Case.contact,
                Customer.name,
                Agent.name,
                first_phone,
                missed.caller_number,
                missed.ring_started_at,
            )
            .outerjoin(Case, Case.id == Callback.case_id)
            .outerjoin(Customer, Customer.id == Callback.customer_id)
            .outerjoin(Agent, Agent.id == Callback.agent_id)
            .outerjoin(missed, missed.id == Callback.missed_call_id)
        )
        return [
            CallbackInfo(
                id=cb.id,
                public_id=cb.public_id,
                case_id=cb.case_id,
                case_number=case_number or "",
                customer_id=cb.customer_id,
                customer_name=customer_name or "",
                number=phone or contact or missed_number or "",
                agent_id=cb.agent_id,
                agent_name=agent_name or "",
                due_at=cb.due_at,
                snoozed_until=cb.snoozed_until,
                purpose=cb.purpose,
                status=cb.status,
                done_at=cb.done_at,
                outcome=cb.outcome,
                call_id=cb.call_id,
                created_at=cb.created_at,
                overdue_at=cb.due_at + self.grace,
                remind_from=cb.due_at - self.remind_before,
                missed_call_id=cb.missed_call_id,
                missed_at=missed_at,
            )
            for (
                cb,
                case_number,
                contact,
                customer_name,
                agent_name,
                phone,
                missed_number,
                missed_at,
            ) in session.execute(full)
        ]
