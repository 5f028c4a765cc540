"""`QualityService`: the supervisor's weekly review queue, scoring, and the agent's
acknowledgement; every change audited and published to the share through the outbox.

Rules (one place):
- sampling and scoring need `review_quality` (supervisors, administrators); an agent reads and
  acknowledges only reviews of their own calls;
- a score is a whole number 1-10 (`ScoreOutOfRange` otherwise), of an answered call;
- scoring a call that already has a review **replaces** it: the revision goes up by one, the
  old and new scores go to the audit log (`quality.rescore`), the acknowledgement is cleared
  (the agent acknowledges the new one), and the new revision is published as its own file, so
  the share never has a file overwritten; readers keep the newest revision of each review;
- each review is published as `qa/<branch>/<ISO week>/<review id>.r<revision>.json`
  (resources/schema/quality_review.schema.json), queued in the same transaction as the score;
- the week's queue comes from the shift summaries on the share when one is set (branch.py:
  every agent of every desk), else from this store; one drawing rule (sampling.choose);
- a call drawn from the share is kept in `quality_queue`, so it can be scored here: its review
  keeps the call's facts itself (no row in `calls`) and is published for the agent's branch;
- nobody scores their own call (`OwnCall`, refused and audited like any refusal);
- the agent's desk takes the reviews of its calls from `qa/` (`reviews_from_share`), and an
  acknowledgement travels back as `<review id>.r<revision>.ack` beside the review.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from agent_desk.access import Actor, AuditSink, Permission, require
from agent_desk.audit import record as audit_record
from agent_desk.clock import Clock
from agent_desk.codes import clean_code
from agent_desk.errors import AgentDeskError, PermissionDenied
from agent_desk.models import Agent, Call, OutboxItem, QualityReview, QueuedCall, Recording
from agent_desk.models.engine import SessionFactory
from agent_desk.phones import mask_text
from agent_desk.policy import Policy
from agent_desk.quality.criteria import CRITERIA
from agent_desk.quality.recordings import (
    RecordingNameRefused,
    closest_dump,
    link_dump,
    linked_stamp,
    one_side,
    pattern_path,
)
from agent_desk.quality.sampling import SampledCall, draw_sample
from agent_desk.quality.weeks import normal_week, week_bounds, week_of

if TYPE_CHECKING:
    from agent_desk.quality.branch import ShiftLoader
    from agent_desk.reports.rows import Skipped

log = logging.getLogger(__name__)

__all__ = ["CRITERIA", "QualityService", "ReviewInfo", "check_score"]

SCHEMA_NAME = "agentdesk.quality_review"
SCHEMA_VERSION = 1
# Each criterion (agent_desk/quality/criteria.py) is scored 1-10 or left out; the overall
# score is the supervisor's own 1-10.
SCORE_MIN, SCORE_MAX = 1, 10
COMMENT_MAX = 4000
QA_FOLDER = "qa"
ACK_SCHEMA_NAME = "agentdesk.quality_ack"
ACK_SUFFIX = ".ack"


class Config(Protocol):
    def get(self, name: str) -> Any: ...


class ScoreOutOfRange(AgentDeskError):
    code = "quality.score_range"
    template = "{what} must be a whole number from 1 to 10, not {value}"


class UnknownCall(AgentDeskError):
    code = "quality.unknown_call"
    template = (
        "no call {call_id} in this desk's store nor in a review queue drawn here from the "
        "share (draw the week's queue first: qa sample --week YYYY-Www)"
    )


class OwnCall(PermissionDenied):
    code = "quality.own_call"
    template = "You may not review your own call {detail}: another supervisor reviews it."


class NotAnswered(AgentDeskError):
    code = "quality.not_answered"
    template = "call {call_id} was not answered: only answered calls are reviewed"


class UnknownReview(AgentDeskError):
    code = "quality.unknown_review"
    template = "no review {review_id}"


class CommentTooLong(AgentDeskError):
    code = "quality.comment_too_long"
    template = "the comment has {length} characters; at most 4000"


@dataclass(frozen=True)
class ReviewInfo:
    review_id: str
    call_id: str
    agent_no: str
    agent_name: str
    reviewer_no: str
    week: str
    score: int
    criteria: dict[str, int]
    comment: str
    revision: int
    scored_at: datetime
    acknowledged_at: datetime | None
    replaced: int | None = None  # the score this one replaced (a re-score), else None


@dataclass(frozen=True)
class Queue:
    """A week's review queue and where it came from."""

    week: str  # normalised: 2026-W48
    seed: int | str
    calls: list[SampledCall]
    source: str  # "share" (the summaries' calls.csv on the share) or "local" (this desk)
    skipped: tuple[Skipped, ...] = ()  # files on the share that added no calls, with why


@dataclass(frozen=True)
class RecordingInfo:
    path: str  # empty when the call has no recording configured or found
    present: bool  # the file is there now
    # "agent" or "caller" when only that side of a baresip pair could be linked (the two
    # files could not be merged), else ""
    only_side: str = ""


@dataclass(frozen=True)
class CallForReview:
    call_id: str
    agent_no: str
    agent_name: str
    ring_started_at: datetime
    answered_at: datetime | None
    ended_at: datetime | None
    category: str
    subject: str
    question: str
    answer: str
    greeting_given: bool
    signoff_given: bool
    recording: RecordingInfo
    review: ReviewInfo | None
    branch: str = ""
    # drawn from the share: the desk knows what calls.csv says, the record stays on the
    # agent's desk (subject, question and answer are empty)
    from_share: bool = False


def check_score(value: object, what: str = "the score") -> int:
    """A whole number 1-10, or ScoreOutOfRange."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ScoreOutOfRange(what=what, value=repr(value))
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ScoreOutOfRange(what=what, value=repr(value)) from None
    if not SCORE_MIN <= number <= SCORE_MAX:
        raise ScoreOutOfRange(what=what, value=number)
    return number


class QualityService:
    def __init__(
        self,
        sessions: SessionFactory,
        clock: Clock,
        policy: Policy,
        config: Config,
        audit: AuditSink,
        shifts: ShiftLoader | None = None,
    ) -> None:
        self._shifts = shifts  # the report service: the share's shifts, each once
        self._sessions = sessions
        self._clock = clock
        self._policy = policy
        self._config = config
        self._audit = audit

    # --- the supervisor's queue ----------------------------------------------------------------

    @property
    def per_agent(self) -> int:
        return int(self._policy.get("quality.sample_per_agent", 5))

    @property
    def complaints_per_agent(self) -> int:
        return int(self._policy.get("quality.complaints_per_agent", 2))

    def share(self) -> str:
        return str(self._config.get("share.location") or "").strip()

    def sample(self, actor: Actor, week: str, seed: int | None = None) -> list[SampledCall]:
        return self.queue(actor, week, seed).calls

    def queue(self, actor: Actor, week: str, seed: int | None = None, local: bool = False) -> Queue:
        """The week's queue: from the shift summaries on the share when one is set (every
        agent of every desk), else (or with `local`) from this desk's store. The same seed and
        the same share (or store) draw the same queue on any desk."""
        require(actor, Permission.REVIEW_QUALITY, self._audit, f"qa sample {week.strip()}")
        name = normal_week(week)
        start, end = week_bounds(name, self._policy.zone)
        key: int | str = name if seed is None else seed
        share = "" if local else self.share()
        if share and self._shifts is not None:
            from agent_desk.quality.branch import draw_branch_sample, week_calls

            username = str(self._config.get("share.username") or "")
            found = week_calls(self._shifts, actor, share, username, start, end, self._policy.zone)
            calls = draw_branch_sample(
                found,
                name,
                key,
                self.per_agent,
                self.complaints_per_agent,
                self._scored_in(name),
            )
            self._remember(name, found.by_agent, calls)
            return Queue(name, key, calls, "share", found.skipped)
        with self._sessions() as session:
            calls = draw_sample(
                session, name, start, end, self.per_agent, seed, self.complaints_per_agent
            )
        return Queue(name, key, calls, "local")

    def _scored_in(self, week: str) -> frozenset[str]:
        """The public ids of the calls scored at this desk for `week`."""
        with self._sessions() as session:
            rows = session.execute(
                select(Call.public_id, QualityReview.call_public_id)
                .select_from(QualityReview)
                .outerjoin(Call, QualityReview.call_id == Call.id)
                .where(QualityReview.week == week)
            )
            return frozenset(str(local or shared) for local, shared in rows)

    def _remember(self, week: str, by_agent: Mapping[Any, Any], calls: list[SampledCall]) -> None:
        """Keep the drawn share calls' facts, so they can be opened and scored here."""
        wanted = {c.call_id for c in calls}
        facts = {c.call_id: c for agent in by_agent.values() for c in agent if c.call_id in wanted}
        now = self._clock.now()
        with self._sessions.begin() as session:
            known = {
                q.call_id: q
                for q in session.scalars(select(QueuedCall).where(QueuedCall.call_id.in_(wanted)))
            }
            for call_id, c in facts.items():
                row = known.get(call_id) or QueuedCall(call_id=call_id)
                row.week = week
                row.branch = c.branch
                row.agent_no = c.agent_no
                row.agent_name = c.agent_name
                row.ring_started_at = c.ring_started_at
                row.answered_at = c.answered_at
                row.ended_at = c.ended_at
                row.category = c.category
                row.greeting_given = c.greeting_given
                row.signoff_given = c.signoff_given
                row.phone_call_id = c.phone_call_id
                row.drawn_at = now
                session.add(row)

    # --- scoring -----------------------------------------------------------------------------

    def score(
        self,
        actor: Actor,
        call_id: str,
        score: object,
        criteria: Mapping[str, object] | None = None,
        comment: str = "",
    ) -> ReviewInfo:
        require(actor, Permission.REVIEW_QUALITY, self._audit, f"qa score {call_id}")
        value = check_score(score)
        marks: dict[str, int] = {}
        for name, mark in (criteria or {}).items():
            if name not in CRITERIA:
                raise AgentDeskError(f"unknown criterion {name}; known: {', '.join(CRITERIA)}")
            if mark is not None and mark != "":
                marks[name] = check_score(mark, name)
        comment = comment.strip()
        if len(comment) > COMMENT_MAX:
            raise CommentTooLong(length=len(comment))
        now = self._clock.now()
        call_id = call_id.strip()
        with self._sessions() as session:
            found = self._call_facts(session, call_id)
        self._not_own(actor, found, call_id)  # refused and audited before the store is written
        with self._sessions.begin() as session:
            facts = self._call_facts(session, call_id)
            reviewer = self._agent(session, actor)
            if facts.call is not None:
                review = session.scalar(
                    select(QualityReview).where(QualityReview.call_id == facts.call.id)
                )
            else:
                review = session.scalar(
                    select(QualityReview).where(QualityReview.call_public_id == call_id)
                )
            replaced = None
            if review is None:
                review = QualityReview(
                    call_id=facts.call.id if facts.call is not None else None,
                    agent_id=facts.agent_id,
                    reviewer_id=reviewer.id,
                    reviewer_no=reviewer.agent_no,
                    week=week_of(facts.ring_started_at.astimezone(self._policy.zone).date()),
                    score=value,
                    criteria_json=json.dumps(marks, sort_keys=True),
                    comment=comment,
                    revision=1,
                    scored_at=now,
                    acknowledged_at=None,
                )
                session.add(review)
                action, detail = "quality.score", f"score={value}"
            else:
                replaced = review.score
                review.revision += 1
                review.score = value
                review.criteria_json = json.dumps(marks, sort_keys=True)
                review.comment = comment
                review.reviewer_id = reviewer.id
                review.reviewer_no = reviewer.agent_no
                review.scored_at = now
                review.acknowledged_at = None
                action = "quality.rescore"
                detail = f"score={replaced}->{value} revision={review.revision}"
            review.call_public_id = facts.call_id
            review.call_agent_no = facts.agent_no
            review.call_agent_name = facts.agent_name
            review.call_branch = facts.branch
            review.call_ring_started_at = facts.ring_started_at
            review.call_category = facts.category
            session.flush()
            audit_record(session, self._clock, actor.agent_no, action, facts.call_id, detail)
            info = _review_info_of(review, facts, reviewer.agent_no, replaced)
            self._queue(session, info, facts, now)
        log.info("call %s scored %d (revision %d)", call_id[:8], value, info.revision)
        return info

    def _call_facts(self, session: Session, call_id: str) -> _CallFacts:
        """The call to score: this store's own, else one of a queue drawn from the share."""
        call = session.scalar(select(Call).where(Call.public_id == call_id))
        own_branch = str(self._config.get("branch.code") or "")
        if call is not None:
            if call.outcome != "answered":
                raise NotAnswered(call_id=call_id)
            agent = session.get(Agent, call.agent_id)
            assert agent is not None
            return _CallFacts(
                call.public_id,
                agent.agent_no,
                agent.name,
                own_branch,
                call.ring_started_at,
                call.category or "",
                call,
                agent.id,
            )
        queued = session.scalar(select(QueuedCall).where(QueuedCall.call_id == call_id))
        if queued is None:
            raise UnknownCall(call_id=call_id)
        return _CallFacts(
            queued.call_id,
            queued.agent_no,
            queued.agent_name,
            queued.branch,
            queued.ring_started_at,
            queued.category,
            None,
            None,
        )

    def _not_own(self, actor: Actor, facts: _CallFacts, call_id: str) -> None:
        """A reviewer may not score their own call (refused and audited, as any refusal)."""
        own_branch = str(self._config.get("branch.code") or "")
        if facts.agent_no != actor.agent_no:
            return
        if facts.call is None and own_branch and facts.branch and facts.branch != own_branch:
            return  # the same number in another branch is another agent
        self._audit.record(actor.agent_no, "permission.refused", f"qa score {call_id}", "own call")
        raise OwnCall(call_id, reason="quality.own_call")

    def _queue(self, session: Session, info: ReviewInfo, facts: _CallFacts, now: datetime) -> None:
        own = str(self._config.get("branch.code") or "")
        branch = facts.branch or own
        name = str(self._config.get("branch.name") or "") if branch == own else ""
        document = review_document(info, facts.ring_started_at, facts.category, branch, name)
        content = (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        path = (
            f"{QA_FOLDER}/{clean_code(branch, 'UNSET')}/{info.week}/"
            f"{info.review_id}.r{info.revision}.json"
        )
        session.add(OutboxItem.waiting("quality_review", path, content, now))

    # --- the agent's side ----------------------------------------------------------------------

    def reviews_of(self, actor: Actor, agent_no: str | None = None) -> list[ReviewInfo]:
        """The reviews of an agent's calls, newest first: one's own, or anyone's for a
        supervisor."""
        agent_no = agent_no or actor.agent_no
        if agent_no != actor.agent_no:
            require(actor, Permission.REVIEW_QUALITY, self._audit, f"reviews of {agent_no}")
        with self._sessions() as session:
            agent = session.scalar(select(Agent).where(Agent.agent_no == agent_no))
            if agent is None:
                return []
            rows = session.execute(
                select(QualityReview, Call, Agent.agent_no)
                .join(Call, Call.id == QualityReview.call_id)
                .outerjoin(Agent, Agent.id == QualityReview.reviewer_id)
                .where(QualityReview.agent_id == agent.id)
                .order_by(QualityReview.scored_at.desc())
            ).all()
            return [
                _review_info(r, c, agent, reviewer or r.reviewer_no or "")
                for r, c, reviewer in rows
            ]

    def acknowledge(self, actor: Actor, review_id: str) -> ReviewInfo:
        """The reviewed agent has seen the review (only they may say so); audited."""
        now = self._clock.now()
        with self._sessions.begin() as session:
            review = session.scalar(
                select(QualityReview).where(QualityReview.public_id == review_id)
            )
            if review is None:
                raise UnknownReview(review_id=review_id)
            agent = session.get(Agent, review.agent_id) if review.agent_id else None
            call = session.get(Call, review.call_id) if review.call_id else None
            if agent is None or call is None or agent.agent_no != actor.agent_no:
                raise PermissionDenied(
                    "acknowledge another agent's review", reason="quality.not_own"
                )
            if review.acknowledged_at is None:
                review.acknowledged_at = now
                audit_record(
                    session,
                    self._clock,
                    actor.agent_no,
                    "quality.acknowledge",
                    call.public_id,
                    f"revision={review.revision}",
                )
                self._queue_ack(session, review, actor.agent_no, now)
            return _review_info(review, call, agent, self._reviewer_no(session, review))

    def _queue_ack(
        self, session: Session, review: QualityReview, agent_no: str, now: datetime
    ) -> None:
        """The acknowledgement travels to the share beside the review it acknowledges:
        `qa/<branch>/<week>/<review id>.r<revision>.ack` (not .json: readers of reviews pass it
        by; agent_desk/quality/published.py marks the review acknowledged)."""
        branch = str(self._config.get("branch.code") or "")
        document = {
            "schema": ACK_SCHEMA_NAME,
            "version": SCHEMA_VERSION,
            "review_id": review.public_id,
            "revision": review.revision,
            "agent_no": agent_no,
            "acknowledged_at": now.isoformat(),
        }
        content = (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        path = (
            f"{QA_FOLDER}/{clean_code(review.call_branch or branch, 'UNSET')}/{review.week}/"
            f"{review.public_id}.r{review.revision}{ACK_SUFFIX}"
        )
        session.add(OutboxItem.waiting("quality_ack", path, content, now))

    @staticmethod
    def _reviewer_no(session: Session, review: QualityReview) -> str:
        reviewer = session.get(Agent, review.reviewer_id) if review.reviewer_id else None
        return reviewer.agent_no if reviewer is not None else review.reviewer_no or ""

    def reviews_from_share(self, weeks: int = 8) -> int:
        """Take the reviews of this desk's calls that a supervisor's desk published on the
        share (`qa/`, the last `weeks` weeks) into the store, so the agent sees and
        acknowledges them here; how many were new or newer. A review already here at the
        same or a newer revision is left as it is. Cheap: only those weeks' folders are read,
        and only reviews of calls in this store are taken."""
        from agent_desk.quality.published import reviews_in
        from agent_desk.reports.files import open_location

        share = self.share()
        if not share:
            return 0
        zone = self._policy.zone
        today = self._clock.now().astimezone(zone).date()
        files = open_location(share, str(self._config.get("share.username") or ""))
        docs: list[tuple[str, int, dict[str, Any]]] = []
        try:
            found, skipped = reviews_in(files, today - timedelta(weeks=weeks), today, zone)
            for s in skipped:
                log.info("quality review on the share skipped %s: %s", s.path, s.reason)
            with self._sessions() as session:
                ids = [r.call_id for r in found]
                here: set[str] = set()
                for i in range(0, len(ids), 500):
                    here.update(
                        session.scalars(
                            select(Call.public_id).where(Call.public_id.in_(ids[i : i + 500]))
                        )
                    )
                taken = {
                    r.public_id: r.revision
                    for r in session.scalars(
                        select(QualityReview).where(
                            QualityReview.public_id.in_([r.review_id for r in found])
                        )
                    )
                }
            for r in found:
                if r.call_id in here and taken.get(r.review_id, 0) < r.revision:
                    try:
                        docs.append((r.call_id, r.revision, json.loads(files.read(r.path))))
                    except (OSError, ValueError) as exc:
                        log.info("quality review %s not read: %s", r.path, exc)
        finally:
            close = getattr(files, "close", None)
            if close is not None:
                close()
        count = 0
        for call_id, revision, doc in docs:
            if self._take(call_id, revision, doc):
                count += 1
        if count:
            log.info("%d quality reviews taken from the share", count)
        return count

    def _take(self, call_id: str, revision: int, doc: dict[str, Any]) -> bool:
        with self._sessions.begin() as session:
            call = session.scalar(select(Call).where(Call.public_id == call_id))
            if call is None:
                return False
            scored_at = datetime.fromisoformat(str(doc["scored_at"]))
            row = session.scalar(select(QualityReview).where(QualityReview.call_id == call.id))
            if row is not None and row.public_id == doc["review_id"]:
                if row.revision >= revision:
                    return False
            elif row is not None and row.scored_at >= scored_at:
                return False  # scored here later than that review: this desk's stands
            reviewer_no = str(doc["reviewer"]["agent_no"])
            reviewer = session.scalar(select(Agent).where(Agent.agent_no == reviewer_no))
            if row is None:
                row = QualityReview(call_id=call.id, agent_id=call.agent_id)
                session.add(row)
            row.public_id = str(doc["review_id"])
            row.reviewer_id = reviewer.id if reviewer is not None else None
            row.reviewer_no = reviewer_no
            row.week = str(doc["week"])
            row.score = int(doc["score"])
            row.criteria_json = json.dumps(doc.get("criteria") or {}, sort_keys=True)
            row.comment = str(doc.get("comment") or "")
            row.revision = revision
            row.scored_at = scored_at
            row.acknowledged_at = None
            row.call_public_id = call.public_id
            row.call_ring_started_at = call.ring_started_at
            row.call_category = call.category or ""
            row.call_branch = str(doc["branch"]["code"])
            audit_record(
                session,
                self._clock,
                reviewer_no,
                "quality.received",
                call.public_id,
                f"score={row.score} revision={revision} from the share",
            )
            return True

    # --- the review window -----------------------------------------------------------------------

    def call_for_review(self, actor: Actor, call_id: str) -> CallForReview:
        """A call with its record, recording and review, for the review window: a supervisor
        any call, an agent their own."""
        with self._sessions() as session:
            owner = session.scalar(
                select(Agent.agent_no)
                .join(Call, Call.agent_id == Agent.id)
                .where(Call.public_id == call_id.strip())
            )
        if owner is None:
            return self._share_call_for_review(actor, call_id.strip())
        if owner != actor.agent_no:  # refused and audited before the store is written
            require(actor, Permission.REVIEW_QUALITY, self._audit, f"review {call_id}")
        with self._sessions.begin() as session:
            call = session.scalar(select(Call).where(Call.public_id == call_id.strip()))
            if call is None:
                raise UnknownCall(call_id=call_id)
            agent = session.get(Agent, call.agent_id)
            assert agent is not None
            recording = self._recording(session, call, agent)
            review = session.scalar(select(QualityReview).where(QualityReview.call_id == call.id))
            review_info = None
            if review is not None:
                review_info = _review_info(review, call, agent, self._reviewer_no(session, review))
            return CallForReview(
                call_id=call.public_id,
                agent_no=agent.agent_no,
                agent_name=agent.name,
                ring_started_at=call.ring_started_at,
                answered_at=call.answered_at,
                ended_at=call.ended_at,
                category=call.category or "",
                subject=call.subject,
                question=call.question,
                answer=call.answer,
                greeting_given=call.greeting_given,
                signoff_given=call.signoff_given,
                recording=recording,
                review=review_info,
            )

    def _share_call_for_review(self, actor: Actor, call_id: str) -> CallForReview:
        """A call of a queue drawn from the share: what calls.csv said of it, its review if
        scored here, and the recording when `phone.recording_pattern` names a file the desk
        can reach; the record's text stays on the agent's desk."""
        require(actor, Permission.REVIEW_QUALITY, self._audit, f"review {call_id}")
        with self._sessions() as session:
            queued = session.scalar(select(QueuedCall).where(QueuedCall.call_id == call_id))
            if queued is None:
                raise UnknownCall(call_id=call_id)
            review = session.scalar(
                select(QualityReview).where(QualityReview.call_public_id == call_id)
            )
            facts = _CallFacts(
                queued.call_id,
                queued.agent_no,
                queued.agent_name,
                queued.branch,
                queued.ring_started_at,
                queued.category,
                None,
                None,
            )
            review_info = None
            if review is not None:
                review_info = _review_info_of(review, facts, self._reviewer_no(session, review))
            recording = self._pattern_recording(
                queued.phone_call_id or queued.call_id, queued.ring_started_at, queued.agent_no
            )
            return CallForReview(
                call_id=queued.call_id,
                agent_no=queued.agent_no,
                agent_name=queued.agent_name,
                ring_started_at=queued.ring_started_at,
                answered_at=queued.answered_at,
                ended_at=queued.ended_at,
                category=queued.category,
                subject="",
                question="",
                answer="",
                greeting_given=queued.greeting_given,
                signoff_given=queued.signoff_given,
                recording=recording,
                review=review_info,
                branch=queued.branch,
                from_share=True,
            )

    def _pattern_recording(self, name: str, ring: datetime, agent_no: str) -> RecordingInfo:
        """The file `phone.recording_pattern` names for a call (a PBX's shared folder)."""
        folder = str(self._config.get("phone.recording_folder") or "").strip()
        pattern = str(self._config.get("phone.recording_pattern") or "").strip()
        if not folder or not pattern:
            return RecordingInfo("", False)
        day = ring.astimezone(self._policy.zone).date().isoformat()
        try:
            path = pattern_path(folder, pattern, call_id=name, day=day, agent_no=agent_no)
        except (RecordingNameRefused, AgentDeskError) as exc:
            log.warning("no recording name for call %s: %s", name[:8], exc)
            return RecordingInfo("", False)
        return RecordingInfo(str(path), path.is_file())

    def link_recording(self, call_id: str) -> RecordingInfo:
        """Link a call to its recording now: the desk calls it when a call's wrap-up ends
        (CallService.wrapup_ended), so baresip's folder may be rotated before the weekly
        review; a call not linked then (a PBX that writes its file later) is linked when it is
        opened for review."""
        if not str(self._config.get("phone.recording_folder") or "").strip():
            return RecordingInfo("", False)  # no recordings at this desk: nothing to write
        with self._sessions.begin() as session:
            call = session.scalar(select(Call).where(Call.public_id == call_id))
            if call is None:
                raise UnknownCall(call_id=call_id)
            agent = session.get(Agent, call.agent_id)
            assert agent is not None
            return self._recording(session, call, agent)

    def scores_of(self, actor: Actor, call_ids: list[str]) -> dict[str, int]:
        """call id → its current score, for the calls of `call_ids` already reviewed (the
        queue marks them)."""
        require(actor, Permission.REVIEW_QUALITY, self._audit, "qa queue")
        wanted = [c.strip() for c in call_ids]
        out: dict[str, int] = {}
        with self._sessions() as session:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                # a call of this desk (by its row) or one drawn from the share (by its id)
                rows = session.execute(
                    select(Call.public_id, QualityReview.call_public_id, QualityReview.score)
                    .select_from(QualityReview)
                    .outerjoin(Call, QualityReview.call_id == Call.id)
                    .where(or_(Call.public_id.in_(chunk), QualityReview.call_public_id.in_(chunk)))
                )
                out.update({str(local or shared): int(score) for local, shared, score in rows})
        return out

    def _recording(self, session: Session, call: Call, agent: Agent) -> RecordingInfo:
        """The linked file, linking it first when the settings name one."""
        link = session.scalar(select(Recording).where(Recording.call_id == call.id))
        if link is not None:
            return RecordingInfo(link.path, Path(link.path).is_file(), one_side(link.path))
        folder = str(self._config.get("phone.recording_folder") or "").strip()
        if not folder or call.answered_at is None:
            return RecordingInfo("", False)
        pattern = str(self._config.get("phone.recording_pattern") or "").strip()
        now = self._clock.now()
        if pattern:
            day = call.ring_started_at.astimezone(self._policy.zone).date().isoformat()
            try:
                path = pattern_path(
                    folder,
                    pattern,
                    call_id=call.cti_call_id or call.public_id,
                    day=day,
                    agent_no=agent.agent_no,
                )
            except (RecordingNameRefused, AgentDeskError) as exc:
                log.warning("no recording name for call %s: %s", call.public_id[:8], exc)
                return RecordingInfo("", False)
            if not path.is_file():  # a PBX may write it later: not linked yet
                return RecordingInfo(str(path), False)
            session.add(Recording(call_id=call.id, path=str(path), source="pattern", linked_at=now))
            return RecordingInfo(str(path), True)
        if str(self._config.get("phone.source") or "") != "baresip":
            return RecordingInfo("", False)
        linked = session.scalars(select(Recording.path).where(Recording.source == "baresip"))
        taken = {stamp for stamp in map(linked_stamp, linked) if stamp}
        pair = closest_dump(Path(folder), call.answered_at, None, taken)
        if pair is None:
            return RecordingInfo("", False)
        made = link_dump(pair, call.public_id)
        if made is None:
            return RecordingInfo("", False)
        session.add(Recording(call_id=call.id, path=str(made), source="baresip", linked_at=now))
        log.info("call %s linked to its recording %s", call.public_id[:8], made.name)
        return RecordingInfo(str(made), made.is_file(), one_side(str(made)))

    @staticmethod
    def _agent(session: Session, actor: Actor) -> Agent:
        agent = session.scalar(select(Agent).where(Agent.agent_no == actor.agent_no))
        if agent is None:
            raise PermissionDenied("review without an account", reason="quality.no_account")
        return agent


@dataclass(frozen=True)
class _CallFacts:
    """What a review needs of its call, from this store or from a queue drawn from the share."""

    call_id: str
    agent_no: str
    agent_name: str
    branch: str
    ring_started_at: datetime
    category: str
    call: Call | None  # the row in this store, None for a share call
    agent_id: int | None


def _review_info_of(
    review: QualityReview, facts: _CallFacts, reviewer_no: str, replaced: int | None = None
) -> ReviewInfo:
    return ReviewInfo(
        review_id=review.public_id,
        call_id=facts.call_id,
        agent_no=facts.agent_no,
        agent_name=facts.agent_name,
        reviewer_no=reviewer_no,
        week=review.week,
        score=review.score,
        criteria=dict(json.loads(review.criteria_json or "{}")),
        comment=review.comment,
        revision=review.revision,
        scored_at=review.scored_at,
        acknowledged_at=review.acknowledged_at,
        replaced=replaced,
    )


def _review_info(
    review: QualityReview, call: Call, agent: Agent, reviewer_no: str, replaced: int | None = None
) -> ReviewInfo:
    return ReviewInfo(
        review_id=review.public_id,
        call_id=call.public_id,
        agent_no=agent.agent_no,
        agent_name=agent.name,
        reviewer_no=reviewer_no,
        week=review.week,
        score=review.score,
        criteria=dict(json.loads(review.criteria_json or "{}")),
        comment=review.comment,
        revision=review.revision,
        scored_at=review.scored_at,
        acknowledged_at=review.acknowledged_at,
        replaced=replaced,
    )


def review_document(
    info: ReviewInfo, ring_started_at: datetime, category: str, branch: str, branch_name: str
) -> dict[str, Any]:
    """What goes to the share (resources/schema/quality_review.schema.json). The share is read
    by every desk: phone, ID and card numbers typed into the comment are masked
    (agent_desk/phones.py `mask_text`, as exports and the archive do); the desk keeps the
    comment as typed."""
    return {
        "schema": SCHEMA_NAME,
        "version": SCHEMA_VERSION,
        "review_id": info.review_id,
        "revision": info.revision,
        "branch": {"code": branch, "name": branch_name},
        "week": info.week,
        "call": {
            "call_id": info.call_id,
            "ring_started_at": ring_started_at.isoformat(),
            "category": category,
        },
        "agent": {"agent_no": info.agent_no, "name": info.agent_name},
        "reviewer": {"agent_no": info.reviewer_no},
        "score": info.score,
        "criteria": info.criteria,
        "comment": mask_text(info.comment),
        "scored_at": info.scored_at.isoformat(),
    }
