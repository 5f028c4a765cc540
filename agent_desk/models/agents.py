from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from agent_desk.access import ROLES
from agent_desk.models.base import Base, PublicIdMixin, UTCDateTime

__all__ = ["ROLES", "Agent"]


class Agent(PublicIdMixin, Base):
    """A person who logs in: agent number (工号), name, role and password hash."""

    __tablename__ = "agents"
    __table_args__ = (
        CheckConstraint("role IN ('agent', 'supervisor', 'admin')", name="role"),
        CheckConstraint("failed_logins >= 0", name="failed_logins"),
        CheckConstraint("length(agent_no) > 0", name="agent_no_not_empty"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agent_no: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16), default="agent")
    password_hash: Mapped[str] = mapped_column(String(256))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Accounts are disabled, never deleted: calls, cases and the audit log keep their author.
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Set when an administrator resets the password: the next login must choose a new one.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
