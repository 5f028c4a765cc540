from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from agent_desk.models.base import Base, PublicIdMixin, UTCDateTime

STATES = ("available", "on_call", "wrap_up", "break")
BREAK_REASONS = ("meal", "rest", "training", "meeting", "other")


class Shift(PublicIdMixin, Base):
    """From login to close; its summary is frozen as JSON when it closes."""

    __tablename__ = "shifts"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'closed')", name="status"),
        CheckConstraint(
            "(status = 'open' AND ended_at IS NULL)"
            " OR (status = 'closed' AND ended_at IS NOT NULL)",
            name="closed_has_end",
        ),
        Index("ix_shifts_agent_started", "agent_id", "started_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    branch_code: Mapped[str] = mapped_column(String(32))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The running app's heartbeat: when a shift left open is closed later (headless, the next
    # morning), it ends when the desk was last seen, not when branch IT happened to close it.
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(8), default="open", index=True)
    summary_json: Mapped[str | None] = mapped_column(Text)


class StatusPeriod(Base):
    """One stretch of one agent state inside a shift; periods make online and break time exact."""

    __tablename__ = "status_periods"
    __table_args__ = (
        CheckConstraint("state IN ('available', 'on_call', 'wrap_up', 'break')", name="state"),
        CheckConstraint(
            "(state = 'break' AND break_reason IN ('meal', 'rest', 'training', 'meeting', 'other'))"
            " OR (state != 'break' AND break_reason IS NULL)",
            name="break_reason",
        ),
        Index("ix_status_periods_shift_started", "shift_id", "started_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id", ondelete="CASCADE"))
    state: Mapped[str] = mapped_column(String(16))
    break_reason: Mapped[str | None] = mapped_column(String(16))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
