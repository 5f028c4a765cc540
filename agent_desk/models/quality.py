"""Quality review: a call's recording link and the supervisor's review of a sampled call."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
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
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id"), unique=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"))  # whose call it was
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    week: Mapped[str] = mapped_column(String(8))  # ISO week of the call, YYYY-Www
    score: Mapped[int] = mapped_column(Integer)
    criteria_json: Mapped[str] = mapped_column(Text, default="{}")
    comment: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=1)
    scored_at: Mapped[datetime] = mapped_column(UTCDateTime)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
