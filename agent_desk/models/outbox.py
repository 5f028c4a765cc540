from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from agent_desk.models.base import Base, PublicIdMixin, UTCDateTime


class OutboxItem(PublicIdMixin, Base):
    """A file waiting to be published to the share.

    The content lives in the database so that closing a shift and queueing its files is one
    transaction: a kill -9 can never leave a closed shift without its summary. An item the
    share can never take (a name too long, a link in its way) is `failed` with the reason in
    `last_error`; the others still go.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint("status IN ('pending', 'sent', 'conflict', 'failed')", name="status"),
        Index("ix_outbox_status_next", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int | None] = mapped_column(ForeignKey("shifts.id"))
    kind: Mapped[str] = mapped_column(String(24))  # summary_json, report_html, calls_csv, ...
    relative_path: Mapped[str] = mapped_column(String(512), unique=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    @classmethod
    def waiting(cls, kind: str, relative_path: str, content: bytes, now: datetime) -> OutboxItem:
        """A file queued for the share now: its size and checksum from its bytes, not yet
        tried (the one shape every queueing service writes)."""
        return cls(
            kind=kind,
            relative_path=relative_path,
            content=content,
            size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            status="pending",
            attempts=0,
            next_attempt_at=None,
            created_at=now,
        )


class ShareRefusal(Base):
    """The share refused the user name or password: no logon is tried again with the same
    location, user name and password (which could lock the share's service account), only
    after one of them changes. The three are kept as a salted scrypt fingerprint, never as
    they are."""

    __tablename__ = "share_refusals"

    id: Mapped[int] = mapped_column(primary_key=True)
    location: Mapped[str] = mapped_column(String(512))
    username: Mapped[str] = mapped_column(String(256))
    salt: Mapped[str] = mapped_column(String(32))
    fingerprint: Mapped[str] = mapped_column(String(64))
    refused_at: Mapped[datetime] = mapped_column(UTCDateTime)
    detail: Mapped[str] = mapped_column(Text, default="")
