"""Quality review: a call's recording link and the supervisor's review of a sampled call."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from agent_desk.models.base import Base, PublicIdMixin, UTCDateTime


class Recording(Base):
    """Where a call's recording is: a file baresip's sndfile wrote (merged to one stereo file,
    linked by the call's SIP Call-ID) or one a PBX wrote, named by `phone.recording_pattern`."""

    __tablename__ = "recordings"
    __table_args__ = (CheckConstraint("source IN ('baresip', 'pattern')", name="source"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), unique=True)
    path: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(16))
    linked_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CallHourCount(Base):
    """Answered calls per agent and hour of ring (UTC, `YYYY-MM-DD HH`), kept by triggers on
    `calls` (migration 0011): the weekly sample knows how many calls each agent answered in
    each hour without reading a week of calls (agent_desk/quality/sampling.py)."""

    __tablename__ = "call_hour_counts"

    agent_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hour: Mapped[str] = mapped_column(String(13), primary_key=True)
    answered: Mapped[int] = mapped_column(Integer, default=0)


class QualityReview(PublicIdMixin, Base):
    """A supervisor's 1-10 score of one call; a re-score replaces it (revision + 1, audited)."""

    __tablename__ = "quality_reviews"
    __table_args__ = (
        CheckConstraint("score BETWEEN 1 AND 10", name="score"),
        CheckConstraint("revision >= 1", name="revision"),
        Index("ix_quality_reviews_agent_week", "agent_id", "week"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The call in this store, or None for a call drawn from the share (migration 0012), whose
    # facts the review then keeps itself in the call_* columns below.
    call_id: Mapped[int | None] = mapped_column(ForeignKey("calls.id"), unique=True)
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))  # whose call it was
    # the reviewer's account here, None for a review taken from the share (another desk's
    # supervisor, who need not have an account on this desk): reviewer_no says who
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    reviewer_no: Mapped[str | None] = mapped_column(String(16))
    week: Mapped[str] = mapped_column(String(8))  # ISO week of the call, YYYY-Www
    score: Mapped[int] = mapped_column(Integer)
    criteria_json: Mapped[str] = mapped_column(Text, default="{}")
    comment: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=1)
    scored_at: Mapped[datetime] = mapped_column(UTCDateTime)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The call's facts, kept by every review scored since 0012 (a share call has no row in
    # `calls` here): its public id, agent, branch, ring time and category.
    call_public_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    call_agent_no: Mapped[str | None] = mapped_column(String(16))
    call_agent_name: Mapped[str | None] = mapped_column(String(100))
    call_branch: Mapped[str | None] = mapped_column(String(32))
    call_ring_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    call_category: Mapped[str | None] = mapped_column(String(32))


class QueuedCall(Base):
    """A call of a review queue drawn from the share (agent_desk/quality/branch.py): what
    calls.csv said of it, so it can be opened and scored on a desk that does not hold it."""

    __tablename__ = "quality_queue"

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[str] = mapped_column(String(64), unique=True)  # the desk's public call id
    week: Mapped[str] = mapped_column(String(8))
    branch: Mapped[str] = mapped_column(String(32))
    agent_no: Mapped[str] = mapped_column(String(16))
    agent_name: Mapped[str] = mapped_column(String(100))
    ring_started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    category: Mapped[str] = mapped_column(String(32))
    greeting_given: Mapped[bool] = mapped_column(Boolean)
    signoff_given: Mapped[bool] = mapped_column(Boolean)
    phone_call_id: Mapped[str] = mapped_column(String(200))
    drawn_at: Mapped[datetime] = mapped_column(UTCDateTime)
