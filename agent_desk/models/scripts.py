from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from agent_desk.models.base import Base, PublicIdMixin, UTCDateTime


class ScriptTemplate(PublicIdMixin, Base):
    """A greeting, sign-off, category prompt or etiquette reminder, per language."""

    __tablename__ = "script_templates"
    __table_args__ = (
        CheckConstraint("kind IN ('greeting', 'signoff', 'prompt', 'etiquette')", name="kind"),
        UniqueConstraint("kind", "category", "language", name="uq_script_templates_slot"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(16), default="")  # "" = every call type
    language: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(128), default="")
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
