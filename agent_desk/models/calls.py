from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from agent_desk.models.base import Base, PublicIdMixin, UTCDateTime

CATEGORIES = ("inquiry", "complaint", "report", "suggestion", "repair", "other")
# A phone system's own call id (a SIP Call-ID, a PBX's unique id) is kept and matched whole.
CALL_ID_MAX = 255
RESOLUTIONS = ("resolved", "transferred", "escalated", "follow_up")


class Call(PublicIdMixin, Base):
    """One contact: when it rang, when it was answered, what was asked and answered."""

    __tablename__ = "calls"
    __table_args__ = (
        CheckConstraint("direction IN ('inbound', 'outbound')", name="direction"),
        CheckConstraint("outcome IN ('ringing', 'answered', 'abandoned')", name="outcome"),
        CheckConstraint(
            "satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5", name="satisfaction"
        ),
        CheckConstraint(
            "category IS NULL OR category IN "
            "('inquiry', 'complaint', 'report', 'suggestion', 'repair', 'other')",
            name="category",
        ),
        CheckConstraint(
            "resolution IS NULL OR resolution IN "
            "('resolved', 'transferred', 'escalated', 'follow_up')",
            name="resolution",
        ),
        CheckConstraint("answer_delay_ms IS NULL OR answer_delay_ms >= 0", name="answer_delay"),
        Index("ix_calls_agent_ring", "agent_id", "ring_started_at"),
        Index("ix_calls_customer_ring", "customer_id", "ring_started_at"),
        Index("ix_calls_shift", "shift_id"),
        # The weekly quality sample reads each agent's answered calls of a week from this
        # index alone (agent_desk/quality/sampling.py): no table row is touched.
        Index(
            "ix_calls_answered_agent_ring",
            "agent_id",
            "ring_started_at",
            sqlite_where=text("outcome = 'answered'"),
        ),
        Index(
            "ix_calls_answered_complaint",
            "agent_id",
            "ring_started_at",
            sqlite_where=text("outcome = 'answered' AND category = 'complaint'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    shift_id: Mapped[int | None] = mapped_column(ForeignKey("shifts.id"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    cti_call_id: Mapped[str | None] = mapped_column(String(CALL_ID_MAX), index=True)
    direction: Mapped[str] = mapped_column(String(8), default="inbound")
    caller_number: Mapped[str] = mapped_column(String(64), default="")
    caller_normalised: Mapped[str] = mapped_column(String(32), default="")
    ring_started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    wrapup_ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Measured on the monotonic clock, so a wall-clock jump cannot change the verdict.
    answer_delay_ms: Mapped[int | None] = mapped_column(Integer)
    ring_duration_ms: Mapped[int | None] = mapped_column(Integer)
    within_rule: Mapped[bool | None] = mapped_column(Boolean)
    outcome: Mapped[str] = mapped_column(String(16), default="ringing")
    category: Mapped[str | None] = mapped_column(String(16))
    subject: Mapped[str] = mapped_column(String(200), default="")
    question: Mapped[str] = mapped_column(Text, default="")
    answer: Mapped[str] = mapped_column(Text, default="")
    resolution: Mapped[str | None] = mapped_column(String(16))
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    greeting_given: Mapped[bool] = mapped_column(Boolean, default=False)
    signoff_given: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_follow_up: Mapped[bool] = mapped_column(Boolean, default=False)
    complex_flag: Mapped[bool] = mapped_column(Boolean, default=False)
    conflict_flag: Mapped[bool] = mapped_column(Boolean, default=False)
    saved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Rang while the agent was on another call: unanswered, it is a missed call with a callback.
    rang_while_busy: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # The knowledge-base article whose answer the agent inserted, and which version of it.
    kb_article_id: Mapped[str | None] = mapped_column(String(36))
    kb_article_version: Mapped[int | None] = mapped_column(Integer)


class CallDraft(Base):
    """The call form as last autosaved, so a crash or kill -9 loses at most a few seconds."""

    __tablename__ = "call_drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    call_id: Mapped[int | None] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"))
    data_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
