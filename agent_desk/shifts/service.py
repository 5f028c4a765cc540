"""Shifts and agent states: from login to close, and what the agent was doing meanwhile.

A shift opens when an agent logs in (a restart after a crash picks the open one up again) and
closes when the agent confirms its summary. Inside it, every change of state (available, on a
call, wrap-up, break with a reason) closes one `StatusPeriod` and opens the next, so online time
and break time by reason are sums of stored periods, not estimates.

Closing is one transaction: the shift gets its end, the summary is computed and frozen, and its
files (summary.json, the report as HTML and PDF, calls.csv) are queued in the outbox. A kill -9
at any moment leaves either an open shift or a closed one with everything queued.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from agent_desk import audit
from agent_desk.accounts import AgentInfo
from agent_desk.audit_anchor import queue_anchor
from agent_desk.clock import Clock
from agent_desk.codes import clean_code
from agent_desk.config import BranchConfig
from agent_desk.errors import AgentDeskError, NotFound, ValidationError
from agent_desk.models import Agent, Call, OutboxItem, Shift, StatusPeriod
from agent_desk.models.engine import SessionFactory
from agent_desk.models.shifts import BREAK_REASONS, STATES
from agent_desk.policy import Policy
from agent_desk.share import LocalDiskFull, is_disk_full
from agent_desk.shifts.figures import MAX_SECONDS
from agent_desk.shifts.summary import (
    SummaryRenderer,
    build_summary,
    calls_csv,
    report_language,
    shift_calls,
    shift_folder,
    summary_bytes,
    to_local,
    validate_summary,
)

log = logging.getLogger(__name__)

# Run inside the closing transaction, after the summary is queued: (session, shift, now).
CloseHook = Callable[[Session, Shift, datetime], None]
# A shift is at most a day long (the summary's bounds): a desk left running for days closes
# its shift at the 24-hour mark, and what came after belongs to the next shift.
MAX_SHIFT = timedelta(seconds=MAX_SECONDS)


def daily_archive_hook(
    cases: object, zone: tzinfo | None = None, desk: Callable[[], str] | None = None
) -> CloseHook | None:
    """The cases' daily archive, queued in the closing transaction for each day the shift
    touched (a shift over midnight archives both days), under this desk's code (`desk`).
    None when the cases service has none."""
    queue = getattr(cases, "queue_daily_archive", None)
    if queue is None:
        return None
    # The archive's days are the cases' days: the branch's zone.
    day_zone = zone or getattr(getattr(cases, "deadlines", None), "zone", None)

    def hook(session: Session, shift: Shift, now: datetime) -> None:
        first = (shift.started_at.astimezone(day_zone)).date()
        last = (shift.ended_at or now).astimezone(day_zone).date()
        day = first
        while day <= last:
            queue(day, shift.branch_code, session=session, desk=desk() if desk else None)
            day += timedelta(days=1)

    return hook


class ShiftClosed(AgentDeskError):
    code = "shift.closed"
    template = "The shift started at {started} is already closed."


class NoOpenShift(AgentDeskError):
    code = "shift.none_open"
    template = "There is no open shift{detail}."


@dataclass(frozen=True)
class ShiftInfo:
    id: int
    public_id: str
    agent_id: int
    agent_no: str
    branch_code: str
    started_at: datetime
    ended_at: datetime | None
    status: str
    state: str | None  # the current state of an open shift
    break_reason: str | None
    resumed: bool = False  # True when start() picked up a shift left open
    state_since: datetime | None = None  # when the current state began (its period's start)

    @property
    def is_open(self) -> bool:
        return self.status == "open"


@dataclass(frozen=True)
class PeriodInfo:
    state: str
    break_reason: str | None
    started_at: datetime
    ended_at: datetime | None


@dataclass(frozen=True)
class QueuedFile:
    kind: str
    relative_path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class ClosedShift:
    shift: ShiftInfo
    summary: dict[str, Any]
    files: tuple[QueuedFile, ...]


# (kind, file name) of what a closed shift publishes, in queueing order.
SHIFT_FILES = (
    ("summary_json", "summary.json"),
    ("report_html", "report.html"),
    ("report_pdf", "report.pdf"),
    ("calls_csv", "calls.csv"),
)


class ShiftService:
    def __init__(
        self,
        sessions: SessionFactory,
        clock: Clock,
        policy: Policy,
        config: BranchConfig,
        zone: tzinfo | None = None,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._policy = policy
        self._config = config
        self._zone = zone or policy.zone  # the branch's zone, whatever the PC's is
        # Set by the composition root (GUI and CLI): the Qt report renderer.
        self.renderer: SummaryRenderer | None = None
        self.close_hooks: list[CloseHook] = []
        # Called after the closing transaction has committed (the backup after a shift close).
        self.after_close: list[Callable[[ClosedShift], None]] = []
        # Asked inside the closing transaction whether the shift may close now: the desk's call
        # session says why not while a call rings, is on or in wrap-up (never a shift closed
        # under a live call, nor a summary without it).
        self.busy_checks: list[Callable[[], AgentDeskError | None]] = []

    # --- opening and states -------------------------------------------------------------------

    def start(self, agent: AgentInfo, language: str = "zh_CN") -> ShiftInfo:
        """The agent's open shift, or a new one: a restart after a crash continues the shift.

        A shift whose desk has been quiet longer than the policy's resume window (the PC died
        last night) is not continued: it is closed at its last activity, its summary queued,
        and a new shift starts, so neither day's online time counts the night.
        """
        self._close_stale_shift(agent, language)
        now = self._clock.now()
        with self._sessions.begin() as session:
            shift = session.scalar(
                select(Shift)
                .where(Shift.agent_id == agent.id, Shift.status == "open")
                .order_by(Shift.started_at.desc())
                .limit(1)
            )
            if shift is not None:
                self._resume_periods(session, shift, now)
                audit.record(session, self._clock, agent.agent_no, "shift.resume", shift.public_id)
                return self._info(session, shift, resumed=True)
            shift = Shift(
                agent_id=agent.id,
                # The code names share folders: cleaned the one way every tree cleans it.
                branch_code=clean_code(str(self._config.get("branch.code") or ""), "UNSET"),
                started_at=now,
                status="open",
            )
            session.add(shift)
            session.flush()
            session.add(StatusPeriod(shift_id=shift.id, state="available", started_at=now))
            self._claim_calls_between_shifts(session, shift)
            audit.record(session, self._clock, agent.agent_no, "shift.start", shift.public_id)
            session.flush()
            log.info("shift %s started for agent %s", shift.public_id, agent.agent_no)
            return self._info(session, shift)

    def close_left_open(self, agent: AgentInfo, language: str = "zh_CN") -> ClosedShift | None:
        """A supervisor or administrator logs in to supervise only: a call shift of theirs
        still open (they took calls, then quit) is closed at its last activity, its summary
        queued, as a restart after the resume window does. Left open, it would be continued
        by File > Start a new shift hours later, counting the supervising as online time."""
        with self._sessions() as session:
            shift_id = session.scalar(
                select(Shift.id)
                .where(Shift.agent_id == agent.id, Shift.status == "open")
                .order_by(Shift.started_at.desc())
                .limit(1)
            )
        if shift_id is None:
            return None
        closed = self.close(shift_id, language, at_last_seen=True)
        log.info(
            "shift %s of %s left open: closed at %s as its owner supervises only",
            closed.shift.public_id,
            agent.agent_no,
            closed.shift.ended_at,
        )
        return closed

    @staticmethod
    def _resume_periods(session: Session, shift: Shift, now: datetime) -> None:
        """The desk starts again on a shift left open: its state starts again from now.

        Closing the window ended the state then (`suspend`); after a crash or a kill the state
        it was in is ended where the desk was last seen. Either way nothing ran on while the
        desk was down. A break goes on (the agent ends it with the break key); a call or its
        wrap-up does not, since the call desk starts idle (a restored draft puts it into
        wrap-up again), so the state and the call desk agree.
        """
        last = session.scalar(
            select(StatusPeriod)
            .where(StatusPeriod.shift_id == shift.id)
            .order_by(StatusPeriod.started_at.desc(), StatusPeriod.id.desc())
            .limit(1)
        )
        if last is not None and last.ended_at is None:
            last.ended_at = min(max(_last_seen(session, shift), last.started_at), now)
        on_break = last is not None and last.state == "break"
        session.add(
            StatusPeriod(
                shift_id=shift.id,
                state="break" if on_break else "available",
                break_reason=last.break_reason if on_break and last is not None else None,
                started_at=now,
            )
        )
        session.flush()

    def suspend(self, shift_id: int) -> None:
        """The desk closes (the window, a log-off): the current state ends now, and none runs
        while the desk is down; the shift stays open for the next start."""
        now = self._clock.now()
        with self._sessions.begin() as session:
            shift = session.get(Shift, shift_id)
            if shift is None or shift.status != "open":
                return
            current = _current_period(session, shift.id)
            if current is not None:
                current.ended_at = max(now, current.started_at)
            shift.last_seen_at = now
        log.info("shift %s: the desk closed; its state ended at %s", shift_id, now)

    def _close_stale_shift(self, agent: AgentInfo, language: str) -> None:
        if self.renderer is None:
            return  # no way to write its report here; it is resumed as before
        window = timedelta(hours=float(self._policy.get("shifts.resume_within_hours", 4)))
        with self._sessions() as session:
            shift = session.scalar(
                select(Shift)
                .where(Shift.agent_id == agent.id, Shift.status == "open")
                .order_by(Shift.started_at.desc())
                .limit(1)
            )
            if shift is None or self._clock.now() - _last_seen(session, shift) <= window:
                return
            stale_id, public_id = shift.id, shift.public_id
        closed = self.close(stale_id, language, at_last_seen=True)
        log.info(
            "shift %s of agent %s left open since %s: closed there, a new shift starts",
            public_id,
            agent.agent_no,
            closed.shift.ended_at,
        )

    @staticmethod
    def _claim_calls_between_shifts(session: Session, shift: Shift) -> None:
        """Calls that rang at the desk after the agent's last shift closed (the window stays
        open and the softphone keeps ringing) belong to no shift's window; the next shift
        takes them, so they reach a summary instead of never being reported."""
        previous_end = session.scalar(
            select(func.max(Shift.ended_at)).where(
                Shift.agent_id == shift.agent_id, Shift.status == "closed"
            )
        )
        if previous_end is None:
            return
        session.execute(
            update(Call)
            .where(
                Call.agent_id == shift.agent_id,
                Call.shift_id.is_(None),
                Call.ring_started_at >= previous_end,
                Call.ring_started_at < shift.started_at,
            )
            .values(shift_id=shift.id)
            .execution_options(synchronize_session=False)
        )

    def set_state(self, shift_id: int, state: str, break_reason: str | None = None) -> ShiftInfo:
        """End the current period and begin one in `state`; the same state again is a no-op."""
        if state not in STATES:
            raise ValidationError("state", f"unknown state {state!r}", reason="shift.state")
        if state == "break":
            if break_reason not in BREAK_REASONS:
                raise ValidationError(
                    "break_reason", "a break needs a reason", reason="shift.break_reason"
                )
        else:
            break_reason = None
        now = self._clock.now()
        with self._sessions.begin() as session:
            shift = self._open_shift(session, shift_id)
            current = _current_period(session, shift.id)
            if current is not None and (current.state, current.break_reason) == (
                state,
                break_reason,
            ):
                return self._info(session, shift)
            if current is not None:
                current.ended_at = max(now, current.started_at)
            session.add(
                StatusPeriod(
                    shift_id=shift.id, state=state, break_reason=break_reason, started_at=now
                )
            )
            session.flush()
            return self._info(session, shift)

    # --- reading ------------------------------------------------------------------------------

    def get(self, shift_id: int) -> ShiftInfo:
        with self._sessions() as session:
            shift = session.get(Shift, shift_id)
            if shift is None:
                raise NotFound(f"no shift {shift_id}")
            return self._info(session, shift)

    def current(self, agent_id: int) -> ShiftInfo | None:
        with self._sessions() as session:
            shift = session.scalar(
                select(Shift)
                .where(Shift.agent_id == agent_id, Shift.status == "open")
                .order_by(Shift.started_at.desc())
                .limit(1)
            )
            return None if shift is None else self._info(session, shift)

    def last(self, status: str | None = None, agent_no: str | None = None) -> ShiftInfo | None:
        """The most recently started shift (of one status / one agent), for the CLI's --last."""
        with self._sessions() as session:
            query = select(Shift).order_by(Shift.started_at.desc(), Shift.id.desc()).limit(1)
            if status:
                query = query.where(Shift.status == status)
            if agent_no:
                query = query.join(Agent, Agent.id == Shift.agent_id).where(
                    Agent.agent_no == agent_no
                )
            shift = session.scalar(query)
            return None if shift is None else self._info(session, shift)

    def periods(self, shift_id: int) -> list[PeriodInfo]:
        with self._sessions() as session:
            rows = session.scalars(
                select(StatusPeriod)
                .where(StatusPeriod.shift_id == shift_id)
                .order_by(StatusPeriod.started_at, StatusPeriod.id)
            )
            return [PeriodInfo(p.state, p.break_reason, p.started_at, p.ended_at) for p in rows]

    def summary(self, shift_id: int, language: str = "zh_CN") -> dict[str, Any]:
        """The frozen summary of a closed shift, or a preview (as if closed now) of an open one."""
        with self._sessions() as session:
            shift = session.get(Shift, shift_id)
            if shift is None:
                raise NotFound(f"no shift {shift_id}")
            if shift.status == "closed" and shift.summary_json:
                return json.loads(shift.summary_json)
            end = max(self._clock.now(), shift.started_at)
            return build_summary(
                session,
                shift,
                end,
                self._policy,
                self._config,
                self._clock.now(),
                language,
                self._zone,
            )

    # --- closing ------------------------------------------------------------------------------

    def touch(self, shift_id: int) -> None:
        """The running desk is alive: remember when, so a later headless close ends here."""
        with self._sessions.begin() as session:
            session.execute(
                update(Shift)
                .where(Shift.id == shift_id, Shift.status == "open")
                .values(last_seen_at=self._clock.now())
            )

    def close(
        self,
        shift_id: int,
        language: str = "zh_CN",
        renderer: SummaryRenderer | None = None,
        *,
        at_last_seen: bool = False,
    ) -> ClosedShift:
        """Close the shift and queue its files: one transaction, all or nothing.

        `at_last_seen` is for a shift left open and closed later without the app (branch IT's
        `shift close --last`): it ends at the desk's last heartbeat or last recorded activity,
        whichever is later, instead of now.
        """
        renderer = renderer or self.renderer
        if renderer is None:
            raise AgentDeskError("no report renderer is set up to write the shift report")
        try:
            return self._close(shift_id, language, renderer, at_last_seen)
        except LocalDiskFull:  # the engine's translation of SQLITE_FULL
            log.error("shift %s not closed: the local disk is full", shift_id)
            raise
        except OperationalError as exc:
            if is_disk_full(exc):
                log.error("shift %s not closed: the local disk is full", shift_id)
                raise LocalDiskFull(str(exc.orig)) from exc
            raise

    def _close(
        self, shift_id: int, language: str, renderer: SummaryRenderer, at_last_seen: bool
    ) -> ClosedShift:
        now = self._clock.now()
        log.info("closing shift %s", shift_id)
        with self._sessions.begin() as session:
            shift = self._open_shift(session, shift_id)
            for check in self.busy_checks:
                busy = check()
                if busy is not None:
                    log.info("shift %s not closed: %s", shift_id, busy.message)
                    raise busy
            end = max(now, shift.started_at)
            if at_last_seen:
                end = min(end, _last_seen(session, shift))
            if end - shift.started_at > MAX_SHIFT:
                log.warning(
                    "shift %s ran %s; closed at its 24-hour mark",
                    shift.public_id,
                    end - shift.started_at,
                )
                end = shift.started_at + MAX_SHIFT
            current = _current_period(session, shift.id)
            if current is not None:
                current.ended_at = max(end, current.started_at)
            shift.ended_at = end
            shift.status = "closed"
            # Calls recorded without a shift are claimed by the window they rang in.
            session.execute(
                update(Call)
                .where(
                    Call.agent_id == shift.agent_id,
                    Call.shift_id.is_(None),
                    Call.ring_started_at >= shift.started_at,
                    Call.ring_started_at < end,
                )
                .values(shift_id=shift.id)
                .execution_options(synchronize_session=False)
            )
            calls = shift_calls(session, shift, end)
            language = report_language(renderer, language)
            summary = build_summary(
                session, shift, end, self._policy, self._config, now, language, self._zone, calls
            )
            validate_summary(summary)
            summary_file = summary_bytes(summary)
            html, pdf = renderer.render(summary, language)
            csv_bytes = calls_csv(session, shift, end, self._policy, self._zone, calls)
            shift.summary_json = summary_file.decode("utf-8")
            folder = shift_folder(summary)
            contents = {
                "summary_json": summary_file,
                "report_html": html,
                "report_pdf": pdf,
                "calls_csv": csv_bytes,
            }
            queued: list[QueuedFile] = []
            for kind, name in SHIFT_FILES:
                content = contents[kind]
                item = OutboxItem(
                    shift_id=shift.id,
                    kind=kind,
                    relative_path=f"{folder}/{name}",
                    content=content,
                    size=len(content),
                    sha256=hashlib.sha256(content).hexdigest(),
                    status="pending",
                    attempts=0,
                    next_attempt_at=None,
                    created_at=now,
                )
                session.add(item)
                queued.append(QueuedFile(kind, item.relative_path, item.size, item.sha256))
            for hook in self.close_hooks:
                hook(session, shift, now)
            agent_no = summary["agent"]["agent_no"]
            audit.record(session, self._clock, agent_no, "shift.close", shift.public_id)
            # The audit log's newest row goes to the share too: a record out of the desk's
            # reach that `audit verify` compares the log with later.
            queue_anchor(
                session,
                now,
                branch=shift.branch_code,
                agent_no=agent_no,
                shift_public_id=shift.public_id,
                desk=summary["desk"]["code"],  # the desk's code, as its shift folders say
            )
            session.flush()
            info = self._info(session, shift)
        log.info("shift %s closed; %d files queued", info.public_id, len(queued))
        closed = ClosedShift(info, summary, tuple(queued))
        for listener in self.after_close:
            try:
                listener(closed)
            except Exception:  # the shift is closed and committed; a listener cannot undo it
                log.exception("after closing shift %s", info.public_id)
        return closed

    # --- helpers ------------------------------------------------------------------------------

    def _open_shift(self, session: Session, shift_id: int) -> Shift:
        shift = session.get(Shift, shift_id)
        if shift is None:
            raise NotFound(f"no shift {shift_id}")
        if shift.status != "open":
            started = to_local(shift.started_at, self._zone).strftime("%Y-%m-%d %H:%M")
            raise ShiftClosed(started=started)
        return shift

    def _info(self, session: Session, shift: Shift, resumed: bool = False) -> ShiftInfo:
        agent = session.get(Agent, shift.agent_id)
        current = _current_period(session, shift.id) if shift.status == "open" else None
        return ShiftInfo(
            id=shift.id,
            public_id=shift.public_id,
            agent_id=shift.agent_id,
            agent_no=agent.agent_no if agent else "",
            branch_code=shift.branch_code,
            started_at=shift.started_at,
            ended_at=shift.ended_at,
            status=shift.status,
            state=current.state if current else None,
            break_reason=current.break_reason if current else None,
            resumed=resumed,
            state_since=current.started_at if current else None,
        )


def _current_period(session: Session, shift_id: int) -> StatusPeriod | None:
    return session.scalar(
        select(StatusPeriod)
        .where(StatusPeriod.shift_id == shift_id, StatusPeriod.ended_at.is_(None))
        .order_by(StatusPeriod.started_at.desc(), StatusPeriod.id.desc())
        .limit(1)
    )


def _last_seen(session: Session, shift: Shift) -> datetime:
    """The last moment the desk is known to have been in use during an open shift."""
    moments = [shift.started_at, shift.last_seen_at]
    moments.append(
        session.scalar(
            select(func.max(StatusPeriod.started_at)).where(StatusPeriod.shift_id == shift.id)
        )
    )
    for column in (Call.ring_started_at, Call.ended_at, Call.wrapup_ended_at, Call.saved_at):
        moments.append(
            session.scalar(
                select(func.max(column)).where(
                    Call.agent_id == shift.agent_id, Call.ring_started_at >= shift.started_at
                )
            )
        )
    return max(m for m in moments if m is not None)
