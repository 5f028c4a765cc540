from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from agent_desk.models.base import Base, UTCDateTime


class AuditEvent(Base):
    """Who did what and when: logins, lockouts, exports, edits.

    Append-only: SQLite triggers (migration 0005) refuse UPDATE and DELETE, and each row is
    hash-chained to the one before it (`agent_desk/audit_chain.py`), so a changed or removed
    row is found by `agent-desk audit verify`.
    """

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    # The agent number, "" for the system or nobody logged in.
    actor: Mapped[str] = mapped_column(String(16), default="", index=True)
    action: Mapped[str] = mapped_column(String(48), index=True)
    target: Mapped[str] = mapped_column(String(128), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
