"""Calls in the store: ring, answer, hang-up, missed calls, the call record and its drafts.

The service keeps the ringing countdowns of this desk in memory (they live on the monotonic
clock, which means nothing across processes) and stores every step in the `calls` table at
once, so a kill -9 in the middle of a call still leaves its ring start and answer delay behind.
Saving the record is one transaction: the fields, the wrap-up end and the removal of the draft
commit together or not at all. A call that rang while the agent was busy and ended unanswered
is abandoned and gets its callback in the same transaction.

What the desk does with a ring (busy, on a break, no shift) is decided in `session.py`; this
module only records.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from agent_desk import audit, phones
from agent_desk.accounts import AgentInfo
from agent_desk.calls.ringing import RingCountdown, RingOutcome, to_ms
from agent_desk.clock import Clock
from agent_desk.errors import (
    AgentDeskError,
    DatabaseBusy,
    LocalDiskFull,
    NotFound,
    ValidationError,
)
from agent_desk.models import Call, Callback, CallDraft, Customer, Shift
from agent_desk.models.calls import CALL_ID_MAX as CALL_ID_MAX  # the phone adapters' limit too
from agent_desk.models.calls import CATEGORIES, RESOLUTIONS
from agent_desk.models.engine import SessionFactory
from agent_desk.policy import Policy

log = logging.getLogger(__name__)

FOLLOW_UP_KINDS = ("case", "callback")
SUBJECT_MAX = 200
NUMBER_MAX = 64
# A call category opens a case of the same kind; "other" has no case workflow of its own.
CASE_KIND_FOR = {
    "complaint": "complaint",
    "report": "report",
    "inquiry": "inquiry",
    "suggestion": "suggestion",
    "repair": "repair",
    "other": "inquiry",
}


class CallStateError(AgentDeskError):
    """The call is not in a state that allows this (saved twice, a record for a missed call)."""

    code = "call.state"


class ShiftNotOpen(AgentDeskError):
    """The shift a ring was to be recorded in was closed first (its close took the store)."""

    code = "call.shift_closed"


class HasId(Protocol):
    @property
    def id(self) -> int: ...


class CaseOpener(Protocol):
    """Where a call that needs a case goes (the cases service)."""

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
        session: Session | None = None,
    ) -> HasId: ...


class CallbackScheduler(Protocol):
    """Where a promised callback and a missed call's callback go (the callbacks service)."""

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
    ) -> HasId: ...

    def for_missed_call(
        self, call_id: int, *, actor: AgentInfo, session: Session | None = None
    ) -> HasId: ...


def check_call_id(call_id: str | None) -> str | None:
    """A phone system's call id, kept whole: stripped, empty is none, too long is refused.

    Cutting it (it was cut at 64 characters) made two calls whose ids share a prefix one call.
    """
    key = (call_id or "").strip()
    if len(key) > CALL_ID_MAX:
        raise ValidationError(
            "call_id",
            f"the call id is {len(key)} characters long; at most {CALL_ID_MAX} are kept",
            reason="call.call_id.too_long",
            maximum=CALL_ID_MAX,
            length=len(key),
        )
    return key or None


@dataclass(frozen=True)
class CallInfo:
    """A call as the UI and other services see it."""

    id: int
    public_id: str
    agent_id: int
    direction: str
    caller_number: str
    caller_normalised: str
    cti_call_id: str | None
    customer_id: int | None
    outcome: str
    ring_started_at: datetime
    answered_at: datetime | None
    ended_at: datetime | None
    wrapup_ended_at: datetime | None
    answer_delay_ms: int | None
    ring_duration_ms: int | None
    within_rule: bool | None
    saved_at: datetime | None
    category: str | None = None
    subject: str = ""
    resolution: str | None = None
    satisfaction: int | None = None
    greeting_given: bool = False
    signoff_given: bool = False
    shift_id: int | None = None
    rang_while_busy: bool = False

    @property
    def saved(self) -> bool:
        return self.saved_at is not None


@dataclass(frozen=True)
class CallRecord:
    """What the agent writes down about a call (the form's content)."""

    category: str | None = None
    subject: str = ""
    question: str = ""
    answer: str = ""
    resolution: str | None = None
    satisfaction: int | None = None
    greeting_given: bool = False
    signoff_given: bool = False
    needs_follow_up: bool = False
    follow_up_kind: str = "case"
    callback_due_at: datetime | None = None
    complex_flag: bool = False
    conflict_flag: bool = False
    customer_id: int | None = None
    # The knowledge-base article whose answer was inserted (public id) and its version.
    kb_article_id: str | None = None
    kb_article_version: int | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["callback_due_at"] = self.callback_due_at.isoformat() if self.callback_due_at else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CallRecord:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        due = values.get("callback_due_at")
        values["callback_due_at"] = datetime.fromisoformat(due) if due else None
        return cls(**values)


@dataclass(frozen=True)
class SavedCall:
    call: CallInfo
    case_id: int | None = None
    callback_id: int | None = None
    follow_up_error: AgentDeskError | None = field(default=None, compare=False)


@dataclass(frozen=True)
class DraftInfo:
    id: int
    agent_id: int
    call_public_id: str | None
    record: CallRecord
    updated_at: datetime
    caller_number: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


def _info(call: Call) -> CallInfo:
    return CallInfo(
        id=call.id,
        public_id=call.public_id,
        agent_id=call.agent_id,
        direction=call.direction,
        caller_number=call.caller_number,
        caller_normalised=call.caller_normalised,
        cti_call_id=call.cti_call_id,
        customer_id=call.customer_id,
        outcome=call.outcome,
        ring_started_at=call.ring_started_at,
        answered_at=call.answered_at,
        ended_at=call.ended_at,
        wrapup_ended_at=call.wrapup_ended_at,
        answer_delay_ms=call.answer_delay_ms,
        ring_duration_ms=call.ring_duration_ms,
        within_rule=call.within_rule,
        saved_at=call.saved_at,
        category=call.category,
        subject=call.subject,
        resolution=call.resolution,
        satisfaction=call.satisfaction,
        greeting_given=call.greeting_given,
        signoff_given=call.signoff_given,
        shift_id=call.shift_id,
        rang_while_busy=call.rang_while_busy,
    )


def complete_record(record: CallRecord) -> CallRecord:
    """What a record implies, filled in: the form shows it and the save stores it.

    - The resolution "follow-up needed" is a follow-up: "needs follow-up" is ticked (the agent
      still chooses a case or a callback; a case by default).
    - A record without a subject takes the first line of the question (at most
      `SUBJECT_MAX` characters), so an ordinary call needs no subject typed.
    """
    changes: dict[str, Any] = {}
    if record.resolution == "follow_up" and not record.needs_follow_up:
        changes["needs_follow_up"] = True
    if not record.subject.strip():
        first = next((line.strip() for line in record.question.splitlines() if line.strip()), "")
        if first:
            changes["subject"] = first[:SUBJECT_MAX]
    return replace(record, **changes) if changes else record


def record_hints(record: CallRecord) -> list[ValidationError]:
    """What the rules ask for but a save does not require: the sign-off (三要: 「再见」结尾) and
    the customer's satisfaction. The form shows them once and saves on the second try."""
    hints: list[ValidationError] = []
    if not record.signoff_given:
        hints.append(
            ValidationError(
                "signoff_given", "the sign-off is not marked given", reason="call.signoff.missing"
            )
        )
    if record.satisfaction is None:
        hints.append(
            ValidationError(
                "satisfaction", "the customer was not asked", reason="call.satisfaction.ask"
            )
        )
    return hints


def validate_record(record: CallRecord, now: datetime) -> list[ValidationError]:
    """Every problem of a record at once, so the form can mark each field."""
    record = complete_record(record)
    problems: list[ValidationError] = []
    if not record.category:
        problems.append(
            ValidationError("category", "choose the call type", reason="call.category.required")
        )
    elif record.category not in CATEGORIES:
        problems.append(
            ValidationError(
                "category", f"unknown call type {record.category}", reason="call.category.unknown"
            )
        )
    subject = record.subject.strip()
    if not subject:
        problems.append(
            ValidationError("subject", "a subject is required", reason="call.subject.required")
        )
    elif len(subject) > SUBJECT_MAX:
        problems.append(
            ValidationError(
                "subject",
                f"at most {SUBJECT_MAX} characters",
                reason="call.subject.too_long",
                maximum=SUBJECT_MAX,
            )
        )
    if not record.question.strip():
        problems.append(
            ValidationError(
                "question", "write down the customer's question", reason="call.question.required"
            )
        )
    if not record.resolution:
        problems.append(
            ValidationError(
                "resolution", "choose how the call ended", reason="call.resolution.required"
            )
        )
    elif record.resolution not in RESOLUTIONS:
        problems.append(
            ValidationError(
                "resolution",
                f"unknown resolution {record.resolution}",
                reason="call.resolution.unknown",
            )
        )
    elif record.resolution == "resolved" and not record.answer.strip():
        problems.append(
            ValidationError("answer", "write down the answer given", reason="call.answer.required")
        )
    if record.resolution == "follow_up" and not record.needs_follow_up:
        problems.append(
            ValidationError(
                "needs_follow_up",
                "a follow-up resolution needs the follow-up box ticked",
                reason="call.follow_up.unticked",
            )
        )
    if record.satisfaction is not None and not 1 <= int(record.satisfaction) <= 5:
        problems.append(
            ValidationError(
                "satisfaction", "satisfaction is 1 to 5", reason="call.satisfaction.range"
            )
        )
    if record.needs_follow_up:
        if record.follow_up_kind not in FOLLOW_UP_KINDS:
            problems.append(
                ValidationError(
                    "follow_up_kind",
                    "a follow-up is a case or a callback",
                    reason="call.follow_up.kind",
                )
            )
        elif record.follow_up_kind == "callback":
            if record.customer_id is None:
                problems.append(
                    ValidationError(
                        "follow_up_kind",
                        "a callback needs a known customer",
                        reason="call.callback.customer_required",
                    )
                )
            if record.callback_due_at is None:
                problems.append(
                    ValidationError(
                        "callback_due_at",
                        "choose when to call back",
                        reason="call.callback_due.required",
                    )
                )
            elif record.callback_due_at <= now:
                problems.append(
                    ValidationError(
                        "callback_due_at",
                        "a callback is due in the future",
                        reason="call.callback_due.past",
                    )
                )
    return problems


class CallService:
    def __init__(
        self,
        sessions: SessionFactory,
        clock: Clock,
        policy: Policy,
        *,
        cases: CaseOpener | None = None,
        callbacks: CallbackScheduler | None = None,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._policy = policy
        self._cases = cases
        self._callbacks = callbacks
        self._countdowns: dict[str, RingCountdown] = {}
        # Called with the call's id once its wrap-up has ended (the record saved and the line
        # dropped, in either order); e.g. the quality review links the call's recording then.
        # A hook that fails is logged: it never undoes or fails the save.
        self.wrapup_ended: list[Callable[[str], object]] = []

    def _wrapup_ended(self, public_id: str) -> None:
        for hook in self.wrapup_ended:
            try:
                hook(public_id)
            except Exception:
                log.exception("after the wrap-up of call %s", public_id)

    # --- the ring ---------------------------------------------------------------------------

    def ring(
        self,
        caller_number: str,
        *,
        agent_id: int,
        cti_call_id: str | None = None,
        rang_since: float | None = None,
        shift_id: int | None = None,
        rang_while_busy: bool = False,
    ) -> CallInfo:
        """A call rings at this desk: store its ring start and start the countdown.

        `rang_since` is the monotonic reading when the ring began, for sources that learn of
        it late (the agent pressed F2, then typed the number shown on the desk phone).
        `rang_while_busy` marks a call that rang while the agent was on another one.
        """
        raw = phones.shown((caller_number or "").strip()[:NUMBER_MAX])  # +86… as 139…
        call_key = check_call_id(cti_call_id)
        mono = self._clock.monotonic()
        started = mono if rang_since is None else min(rang_since, mono)
        countdown = RingCountdown(self._clock, self._policy, started=started)
        with self._sessions.begin() as session:
            # Checked in the ring's own write transaction: a shift's close takes the store the
            # same way, so a ring is either in the shift's summary or in no closed shift at all.
            if (
                shift_id is not None
                and session.scalar(select(Shift.status).where(Shift.id == shift_id)) != "open"
            ):
                raise ShiftNotOpen(f"shift {shift_id} is closed")
            call = Call(
                agent_id=agent_id,
                direction="inbound",
                caller_number=raw,
                caller_normalised=phones.normalise(raw)[:32] if raw else "",
                cti_call_id=call_key,
                shift_id=shift_id,
                ring_started_at=self._clock.now() - timedelta(seconds=mono - started),
                outcome="ringing",
                rang_while_busy=rang_while_busy,
            )
            session.add(call)
            session.flush()
            info = _info(call)
        self._countdowns[info.public_id] = countdown
        log.info(
            "call %s ringing from %s (cti %s)", info.public_id, phones.mask(raw), call_key or "-"
        )
        return info

    def countdown(self, public_id: str) -> RingCountdown | None:
        return self._countdowns.get(public_id)

    def answer(self, public_id: str) -> CallInfo:
        """The agent picked up: store the answer time, delay and the three-ring verdict."""
        with self._sessions.begin() as session:
            call = self._get(session, public_id)
            if call.outcome != "ringing":
                return _info(call)  # a second answer event (desk phone and key) changes nothing
            outcome = self._outcome(call, answered=True)
            call.outcome = "answered"
            call.answered_at = self._clock.now()
            call.answer_delay_ms = outcome.delay_ms
            call.within_rule = outcome.within_rule
            info = _info(call)
        log.info(
            "call %s answered after %d ms (%s)",
            public_id,
            outcome.delay_ms,
            "within the rule" if outcome.within_rule else "rule broken",
        )
        return info

    def hang_up(
        self, public_id: str, *, actor: AgentInfo | None = None, end_unknown: bool = False
    ) -> CallInfo:
        """The line dropped: a ringing call becomes abandoned; an answered one goes to wrap-up.

        A call that rang while the agent was busy and ends unanswered is a missed call: its
        callback (for `actor`, the agent at the desk) is stored in the same transaction.
        `end_unknown` is for a source that cannot tell when such a ring stopped (no call id):
        the call keeps its ring time and gets no ring length.
        """
        with self._sessions.begin() as session:
            call = self._get(session, public_id)
            if call.ended_at is not None:
                return _info(call)
            call.ended_at = self._clock.now()
            if call.saved_at is not None:
                call.wrapup_ended_at = call.ended_at  # saved on the line: no wrap-up after it
            missed = False
            if call.outcome == "ringing":
                call.outcome = "abandoned"
                if end_unknown:
                    call.ended_at = call.ring_started_at
                else:
                    outcome = self._outcome(call, answered=False)
                    call.ring_duration_ms = outcome.delay_ms
                    call.within_rule = outcome.within_rule
                missed = call.rang_while_busy
            if missed and actor is not None and self._callbacks is not None:
                session.flush()
                self._callbacks.for_missed_call(call.id, actor=actor, session=session)
            info = _info(call)
        self._countdowns.pop(public_id, None)
        log.info("call %s ended (%s%s)", public_id, info.outcome, ", missed" if missed else "")
        if info.saved_at is not None:  # saved on the line: the wrap-up ends with the line
            self._wrapup_ended(public_id)
        return info

    def open_call_with(self, agent_id: int, cti_call_id: str) -> CallInfo | None:
        """This agent's call with that phone id whose record is not saved and that has not
        ended (a call in progress when the desk was killed), if any."""
        with self._sessions() as session:
            call = session.scalar(
                select(Call)
                .where(
                    Call.agent_id == agent_id,
                    Call.cti_call_id == cti_call_id,
                    Call.saved_at.is_(None),
                    Call.ended_at.is_(None),
                )
                .order_by(Call.id.desc())
            )
            return _info(call) if call is not None else None

    def end_at_phone(self, agent_id: int, cti_call_id: str) -> CallInfo | None:
        """The phone says a call of this desk ended that no window holds (it was in progress
        when the desk was killed): it ends now, its real end, not when its record is saved."""
        with self._sessions.begin() as session:
            call = session.scalar(
                select(Call)
                .where(
                    Call.agent_id == agent_id,
                    Call.cti_call_id == cti_call_id,
                    Call.saved_at.is_(None),
                    Call.ended_at.is_(None),
                    Call.outcome == "answered",
                )
                .order_by(Call.id.desc())
            )
            if call is None:
                return None
            call.ended_at = self._clock.now()
            info = _info(call)
        log.info("call %s ended at the phone", info.public_id)
        return info

    def end_restored(self, public_id: str) -> CallInfo:
        """A record restored after a crash, whose call the phone does not have (or the desk
        cannot ask): it ended when the desk last knew of it — the draft's last autosave, or the
        answer — not at the save, hours later."""
        with self._sessions.begin() as session:
            call = self._get(session, public_id)
            if call.ended_at is None and call.saved_at is None and call.outcome == "answered":
                last_draft = session.scalar(
                    select(CallDraft.updated_at)
                    .where(CallDraft.call_id == call.id)
                    .order_by(CallDraft.updated_at.desc())
                )
                known = [t for t in (call.answered_at, last_draft) if t is not None]
                call.ended_at = max(known) if known else call.ring_started_at
                log.info("restored call %s ended at %s, when last known", public_id, call.ended_at)
            return _info(call)

    def continue_live(self, public_id: str) -> CallInfo:
        """A restored record whose call the phone still has in progress: it has not ended."""
        with self._sessions.begin() as session:
            call = self._get(session, public_id)
            if call.saved_at is None and call.outcome == "answered":
                call.ended_at = None
            return _info(call)

    def _outcome(self, call: Call, *, answered: bool) -> RingOutcome:
        countdown = self._countdowns.get(call.public_id)
        if countdown is None:
            # Rang in an earlier run of the app: only the wall clock is left to measure with.
            countdown = RingCountdown(
                self._clock,
                self._policy,
                started=self._clock.monotonic()
                - (self._clock.now() - call.ring_started_at).total_seconds(),
            )
        return countdown.answer() if answered else countdown.abandon()

    def place_outbound(
        self,
        number: str,
        *,
        agent_id: int,
        customer_id: int | None = None,
        callback_id: int | None = None,
        shift_id: int | None = None,
    ) -> CallInfo:
        """The agent dials out (from a customer card or a callback); recorded as outbound."""
        raw = (number or "").strip()[:NUMBER_MAX]
        if not phones.normalise(raw):
            raise ValidationError("number", "a number to call is required", reason="call.number")
        now = self._clock.now()
        with self._sessions.begin() as session:
            call = Call(
                agent_id=agent_id,
                direction="outbound",
                caller_number=raw,
                caller_normalised=phones.normalise(raw)[:32],
                customer_id=customer_id,
                shift_id=shift_id,
                ring_started_at=now,
                answered_at=now,
                outcome="answered",
            )
            session.add(call)
            session.flush()
            if callback_id is not None:
                callback = session.get(Callback, callback_id)
                if callback is None:
                    raise NotFound(f"no callback {callback_id}")
                callback.call_id = call.id
            info = _info(call)
        log.info("outbound call %s to %s", info.public_id, phones.mask(raw))
        return info

    def set_customer(self, public_id: str, customer_id: int | None) -> CallInfo:
        with self._sessions.begin() as session:
            call = self._get(session, public_id)
            call.customer_id = customer_id
            return _info(call)

    def set_cti_call_id(self, public_id: str, cti_call_id: str) -> CallInfo:
        """The phone told us its id for a call we placed (an outbound call through baresip)."""
        key = check_call_id(cti_call_id)
        with self._sessions.begin() as session:
            call = self._get(session, public_id)
            if call.cti_call_id is None:
                call.cti_call_id = key
            return _info(call)

    # --- reading ----------------------------------------------------------------------------

    def get(self, public_id: str) -> CallInfo:
        with self._sessions() as session:
            return _info(self._get(session, public_id))

    def recent(self, agent_id: int, limit: int = 20) -> list[CallInfo]:
        with self._sessions() as session:
            query = (
                select(Call)
                .where(Call.agent_id == agent_id)
                .order_by(Call.ring_started_at.desc(), Call.id.desc())
                .limit(limit)
            )
            return [_info(c) for c in session.scalars(query)]

    def record_of(self, public_id: str) -> CallRecord:
        with self._sessions() as session:
            call = self._get(session, public_id)
            return CallRecord(
                category=call.category,
                subject=call.subject,
                question=call.question,
                answer=call.answer,
                resolution=call.resolution,
                satisfaction=call.satisfaction,
                greeting_given=call.greeting_given,
                signoff_given=call.signoff_given,
                needs_follow_up=call.needs_follow_up,
                complex_flag=call.complex_flag,
                conflict_flag=call.conflict_flag,
                customer_id=call.customer_id,
                kb_article_id=call.kb_article_id,
                kb_article_version=call.kb_article_version,
            )

    @staticmethod
    def _get(session: Session, public_id: str) -> Call:
        call = session.scalar(select(Call).where(Call.public_id == public_id))
        if call is None:
            raise NotFound(f"no call {public_id}")
        return call

    # --- the record -------------------------------------------------------------------------

    def validate(self, record: CallRecord) -> list[ValidationError]:
        return validate_record(record, self._clock.now())

    def hints(self, record: CallRecord) -> list[ValidationError]:
        return record_hints(complete_record(record))

    def save_record(
        self, public_id: str, record: CallRecord, *, actor: AgentInfo, on_line: bool = False
    ) -> SavedCall:
        """Save the call record and the follow-up it asks for in one transaction.

        The wrap-up ends at the save. The follow-up (a case or a callback) is created by its own
        service inside the same transaction, linked to the call; if the service refuses it, the
        record is still saved and the error returned so the agent can open it by hand.
        """
        record = complete_record(record)
        problems = self.validate(record)
        if problems:
            first = problems[0]
            first.params["problems"] = problems
            raise first
        now = self._clock.now()
        with self._sessions.begin() as session:
            call = self._get(session, public_id)
            if call.saved_at is not None:
                raise CallStateError(
                    "this call record is already saved", reason="call.already_saved"
                )
            if call.outcome == "abandoned":
                raise CallStateError(
                    "a call nobody answered has no record", reason="call.not_answered"
                )
            if call.outcome == "ringing":  # saved without an answer event (desk phone, no CTI)
                outcome = self._outcome(call, answered=True)
                call.outcome = "answered"
                call.answered_at = now
                call.answer_delay_ms = outcome.delay_ms
                call.within_rule = outcome.within_rule
            if call.ended_at is None and not on_line:
                call.ended_at = now  # `on_line`: the phone says when it ends (hang_up)
            call.category = record.category
            call.subject = record.subject.strip()
            call.question = record.question.strip()
            call.answer = record.answer.strip()
            call.resolution = record.resolution
            call.satisfaction = record.satisfaction
            call.greeting_given = record.greeting_given
            call.signoff_given = record.signoff_given
            call.needs_follow_up = record.needs_follow_up
            call.complex_flag = record.complex_flag
            call.conflict_flag = record.conflict_flag
            call.kb_article_id = record.kb_article_id
            call.kb_article_version = record.kb_article_version
            if record.customer_id is not None:
                call.customer_id = record.customer_id
            call.wrapup_ended_at = now
            call.saved_at = now
            session.execute(delete(CallDraft).where(CallDraft.call_id == call.id))
            audit.record(session, self._clock, actor.agent_no, "call.save", call.public_id)
            info = _info(call)
            # The subject and the question, once: a subject taken from the question's first
            # line is not said twice.
            parts = (call.question,) if call.question.startswith(call.subject) else None
            matter = "\n".join(p for p in parts or (call.subject, call.question) if p)
            # The caller the card matched is the complainant, as the contact is the number.
            complainant = (
                session.scalar(select(Customer.name).where(Customer.id == call.customer_id))
                if call.customer_id is not None
                else None
            ) or ""
            saved = SavedCall(info)
            if record.needs_follow_up:
                saved = self._follow_up_within(session, info, record, matter, actor, complainant)
        self._countdowns.pop(public_id, None)
        log.info(
            "call %s saved (%s, wrap-up %d ms)",
            public_id,
            record.category,
            to_ms(((info.wrapup_ended_at or now) - (info.ended_at or now)).total_seconds()),
        )
        if saved.follow_up_error is not None:
            log.warning(
                "call %s saved but its follow-up failed: %s",
                public_id,
                saved.follow_up_error.message,
            )
        if info.ended_at is not None:  # the line had dropped: the wrap-up ends with the save
            self._wrapup_ended(public_id)
        return saved

    def _follow_up_within(
        self,
        session: Session,
        info: CallInfo,
        record: CallRecord,
        matter: str,
        actor: AgentInfo,
        complainant: str,
    ) -> SavedCall:
        """The follow-up in the call's own transaction, under a savepoint.

        One commit holds the record and its complaint or callback, so a crash or a full disk
        never leaves a saved complaint call without its case. A follow-up the services refuse
        (e.g. no customer for a callback) rolls back alone: the record is saved and the error
        returned, so the agent opens the follow-up by hand. A full disk or a held lock fails
        the whole save, which the form keeps for another try.
        """
        try:
            with session.begin_nested():
                return self._open_follow_up(info, record, matter, actor, complainant, session)
        except (LocalDiskFull, DatabaseBusy):
            raise
        except AgentDeskError as exc:
            return SavedCall(info, follow_up_error=exc)

    def _open_follow_up(
        self,
        info: CallInfo,
        record: CallRecord,
        matter: str,
        actor: AgentInfo,
        complainant: str = "",
        session: Session | None = None,
    ) -> SavedCall:
        if record.follow_up_kind == "callback":
            if self._callbacks is None or record.callback_due_at is None:
                raise CallStateError(
                    "callbacks are not available in this installation",
                    reason="call.no_follow_ups",
                )
            callback = self._callbacks.schedule(
                actor=actor,
                due_at=record.callback_due_at,
                purpose=matter,
                customer_id=info.customer_id,
                agent_id=info.agent_id,
                session=session,
            )
            return SavedCall(info, callback_id=callback.id)
        if self._cases is None:
            raise CallStateError(
                "follow-ups are not available in this installation", reason="call.no_follow_ups"
            )
        case = self._cases.open_case(
            CASE_KIND_FOR.get(info.category or "other", "inquiry"),
            actor=actor,
            received_at=info.ring_started_at,
            customer_id=info.customer_id,
            call_id=info.id,
            complainant=complainant,
            contact=info.caller_number,
            matter=matter,
            session=session,
        )
        return SavedCall(info, case_id=case.id)

    # --- drafts -----------------------------------------------------------------------------

    def save_draft(
        self,
        agent_id: int,
        call_public_id: str | None,
        record: CallRecord,
        extra: dict[str, Any] | None = None,
    ) -> int:
        """Autosave the form: one draft per agent and call, replaced each time."""
        payload = json.dumps({"record": record.to_json(), "extra": extra or {}}, ensure_ascii=False)
        with self._sessions.begin() as session:
            call_id = self._get(session, call_public_id).id if call_public_id else None
            query = select(CallDraft).where(CallDraft.agent_id == agent_id)
            query = query.where(
                CallDraft.call_id == call_id if call_id is not None else CallDraft.call_id.is_(None)
            )
            draft = session.scalar(query)
            if draft is None:
                draft = CallDraft(agent_id=agent_id, call_id=call_id, data_json=payload)
                session.add(draft)
            draft.data_json = payload
            draft.updated_at = self._clock.now()
            session.flush()
            return draft.id

    def pending_drafts(self, agent_id: int) -> list[DraftInfo]:
        """Drafts left by a crash or kill, newest first, for the restore offer at start."""
        with self._sessions() as session:
            rows = session.execute(
                select(CallDraft, Call)
                .outerjoin(Call, Call.id == CallDraft.call_id)
                .where(CallDraft.agent_id == agent_id)
                .order_by(CallDraft.updated_at.desc(), CallDraft.id.desc())
            ).all()
            drafts = []
            for draft, call in rows:
                if call is not None and call.saved_at is not None:
                    continue
                try:
                    data = json.loads(draft.data_json)
                    record = CallRecord.from_json(data.get("record", {}))
                except (ValueError, TypeError):
                    log.warning("draft %d is unreadable; skipped", draft.id)
                    continue
                drafts.append(
                    DraftInfo(
                        id=draft.id,
                        agent_id=draft.agent_id,
                        call_public_id=call.public_id if call else None,
                        record=record,
                        updated_at=draft.updated_at,
                        caller_number=call.caller_number if call else "",
                        extra=dict(data.get("extra") or {}),
                    )
                )
            return drafts

    def discard_draft(self, draft_id: int) -> None:
        with self._sessions.begin() as session:
            session.execute(delete(CallDraft).where(CallDraft.id == draft_id))
