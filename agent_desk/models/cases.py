from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from agent_desk.models.base import Base, PublicIdMixin, UTCDateTime

KINDS = ("complaint", "report", "inquiry", "suggestion", "repair")
STATUSES = ("received", "assigned", "in_progress", "replied", "closed", "reopened")


class Case(PublicIdMixin, Base):
    """A work order (工单) with its deadlines; its history is the CaseEvent log."""

    __tablename__ = "cases"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('complaint', 'report', 'inquiry', 'suggestion', 'repair')", name="kind"
        ),
        CheckConstraint(
            "status IN ('received', 'assigned', 'in_progress', 'replied', 'closed', 'reopened')",
            name="status",
        ),
        CheckConstraint(
            "satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5", name="satisfaction"
        ),
        CheckConstraint(
            "decision IS NULL OR decision IN ('adopted', 'not_adopted')", name="decision"
        ),
        Index("ix_cases_status_reply_by", "status", "reply_by"),
        Index("ix_cases_customer", "customer_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)  # e.g. TS-20261124-0007
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="received")
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    call_id: Mapped[int | None] = mapped_column(ForeignKey("calls.id"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    complainant: Mapped[str] = mapped_column(String(128), default="")
    contact: Mapped[str] = mapped_column(String(64), default="")
    matter: Mapped[str] = mapped_column(Text, default="")
    product: Mapped[str] = mapped_column(String(128), default="")
    case_type: Mapped[str] = mapped_column(String(64), default="")
    severity: Mapped[str] = mapped_column(String(16), default="normal")
    department: Mapped[str] = mapped_column(String(64), default="", index=True)
    points_by: Mapped[datetime | None] = mapped_column(UTCDateTime)
    feedback_by: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reply_by: Mapped[datetime | None] = mapped_column(UTCDateTime)
    first_feedback_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    replied_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    root_cause: Mapped[str] = mapped_column(Text, default="")
    improvement: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str | None] = mapped_column(String(16))
    customer_told_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class CaseEvent(PublicIdMixin, Base):
    """One line of a case's follow-up log: a state change, note, contact or department reply."""

    __tablename__ = "case_events"
    __table_args__ = (Index("ix_case_events_case_at", "case_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    kind: Mapped[str] = mapped_column(String(24))
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text, default="")


class Callback(PublicIdMixin, Base):
    """A scheduled call back to a customer (回访), on a case or on its own."""

    __tablename__ = "callbacks"
    __table_args__ = (
        CheckConstraint("status IN ('pending', 'done', 'cancelled')", name="status"),
        CheckConstraint(
            "case_id IS NOT NULL OR customer_id IS NOT NULL OR missed_call_id IS NOT NULL",
            name="has_target",
        ),
        Index("ix_callbacks_status_due", "status", "due_at"),
        # The screen pop shows a caller's due callbacks on every ring.
        Index("ix_callbacks_customer", "customer_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    snoozed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    purpose: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="pending")
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    outcome: Mapped[str] = mapped_column(Text, default="")
    call_id: Mapped[int | None] = mapped_column(ForeignKey("calls.id"))
    # The call missed while the agent was busy that this callback returns (its number is the
    # one to call when the caller is not a known customer).
    missed_call_id: Mapped[int | None] = mapped_column(ForeignKey("calls.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
