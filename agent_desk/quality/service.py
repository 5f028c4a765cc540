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
  (resources/schema/quality_review.schema.json), queued in the same transaction as the score.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_desk.access import Actor, AuditSink, Permission, require
from agent_desk.audit import record as audit_record
from agent_desk.clock import Clock
from agent_desk.codes import clean_code
from agent_desk.errors import AgentDeskError, PermissionDenied
from agent_desk.models import Agent, Call, OutboxItem, QualityReview, Recording
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
from agent_desk.quality.weeks import week_bounds, week_of

log = logging.getLogger(__name__)

__all__ = ["CRITERIA", "QualityService", "ReviewInfo", "check_score"]

SCHEMA_NAME = "agentdesk.quality_review"
SCHEMA_VERSION = 1
# Each criterion (agent_desk/quality/criteria.py) is scored 1-10 or left out; the overall
# score is the supervisor's own 1-10.
SCORE_MIN, SCORE_MAX = 1, 10
COMMENT_MAX = 4000
QA_FOLDER = "qa"


class Config(Protocol):
    def get(self, name: str) -> Any: ...


class ScoreOutOfRange(AgentDeskError):
    code = "quality.score_range"
    template = "{what} must be a whole number from 1 to 10, not {value}"


class UnknownCall(AgentDeskError):
    code = "quality.unknown_call"
    template = "no call {call_id} in this desk's store"


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
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._policy = policy
        self._config = config
        self._audit = audit

    # --- the supervisor's queue ----------------------------------------------------------------

    @property
    def per_agent(self) -> int:
        return int(self._policy.get("quality.sample_per_agent", 5))

    def sample(self, actor: Actor, week: str, seed: int | None = None) -> list[SampledCall]:
        require(actor, Permission.REVIEW_QUALITY, self._audit, f"qa sample {week}")
        start, end = week_bounds(week, self._policy.zone)
        with self._sessions() as session:
            return draw_sample(session, week, start, end, self.per_agent, seed)

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
        with self._sessions.begin() as session:
            call = session.scalar(select(Call).where(Call.public_id == call_id.strip()))
            if call is None:
                raise UnknownCall(call_id=call_id)
            if call.outcome != "answered":
                raise NotAnswered(call_id=call_id)
            reviewer = self._agent(session, actor)
            agent = session.get(Agent, call.agent_id)
            assert agent is not None
            review = session.scalar(select(QualityReview).where(QualityReview.call_id == call.id))
            replaced = None
            if review is None:
                review = QualityReview(
                    call_id=call.id,
                    agent_id=call.agent_id,
                    reviewer_id=reviewer.id,
                    week=week_of(call.ring_started_at.astimezone(self._policy.zone).date()),
                    score=value,
                    criteria_json=json.dumps(marks, sort_keys=True),
                    comment=comment,
                    revision=1,
                    scored_at=now,
                    acknowledged_at=None,
                )
                session.add(review)
                session.flush()
                action, detail = "quality.score", f"score={value}"
            else:
                replaced = review.score
                review.revision += 1
                review.score = value
                review.criteria_json = json.dumps(marks, sort_keys=True)
                review.comment = comment
                review.reviewer_id = reviewer.id
                review.scored_at = now
                review.acknowledged_at = None
                action = "quality.rescore"
                detail = f"score={replaced}->{value} revision={review.revision}"
            audit_record(session, self._clock, actor.agent_no, action, call.public_id, detail)
            info = _review_info(review, call, agent, reviewer.agent_no, replaced)
            self._queue(session, info, call, now)
        log.info("call %s scored %d (revision %d)", call_id[:8], value, info.revision)
        return info

    def _queue(self, session: Session, info: ReviewInfo, call: Call, now: datetime) -> None:
        branch = str(self._config.get("branch.code") or "")
        document = review_document(info, call, branch, str(self._config.get("branch.name") or ""))
        content = (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        path = (
            f"{QA_FOLDER}/{clean_code(branch, 'UNSET')}/{info.week}/"
            f"{info.review_id}.r{info.revision}.json"
        )
        session.add(
            OutboxItem(
                kind="quality_review",
                relative_path=path,
                content=content,
                size=len(content),
                sha256=hashlib.sha256(content).hexdigest(),
                status="pending",
                attempts=0,
                next_attempt_at=None,
                created_at=now,
            )
        )

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
                .join(Agent, Agent.id == QualityReview.reviewer_id)
                .where(QualityReview.agent_id == agent.id)
                .order_by(QualityReview.scored_at.desc())
            ).all()
            return [_review_info(r, c, agent, reviewer) for r, c, reviewer in rows]

    def acknowledge(self, actor: Actor, review_id: str) -> ReviewInfo:
        """The reviewed agent has seen the review (only they may say so); audited."""
        now = self._clock.now()
        with self._sessions.begin() as session:
            review = session.scalar(
                select(QualityReview).where(QualityReview.public_id == review_id)
            )
            if review is None:
                raise UnknownReview(review_id=review_id)
            agent = session.get(Agent, review.agent_id)
            call = session.get(Call, review.call_id)
            reviewer = session.get(Agent, review.reviewer_id)
            assert agent is not None and call is not None and reviewer is not None
            if agent.agent_no != actor.agent_no:
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
            return _review_info(review, call, agent, reviewer.agent_no)

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
            raise UnknownCall(call_id=call_id)
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
                reviewer = session.get(Agent, review.reviewer_id)
                assert reviewer is not None
                review_info = _review_info(review, call, agent, reviewer.agent_no)
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
                rows = session.execute(
                    select(Call.public_id, QualityReview.score)
                    .join(QualityReview, QualityReview.call_id == Call.id)
                    .where(Call.public_id.in_(wanted[start : start + 500]))
                )
                out.update({str(cid): int(score) for cid, score in rows})
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


def review_document(info: ReviewInfo, call: Call, branch: str, branch_name: str) -> dict[str, Any]:
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
            "ring_started_at": call.ring_started_at.isoformat(),
            "category": call.category or "",
        },
        "agent": {"agent_no": info.agent_no, "name": info.agent_name},
        "reviewer": {"agent_no": info.reviewer_no},
        "score": info.score,
        "criteria": info.criteria,
        "comment": mask_text(info.comment),
        "scored_at": info.scored_at.isoformat(),
    }
