from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from agent_desk.models.base import Base, PublicIdMixin, UTCDateTime


class Customer(PublicIdMixin, Base):
    __tablename__ = "customers"
    __table_args__ = (CheckConstraint("vip_level BETWEEN 0 AND 5", name="vip_level"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128), index=True)
    # Pinyin initials of the name ("zs" for 张三) so agents can search as they type.
    name_initials: Mapped[str] = mapped_column(String(64), default="", index=True)
    vip_level: Mapped[int] = mapped_column(Integer, default=0)
    company: Mapped[str] = mapped_column(String(128), default="")
    preferences: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Set when this record was merged into another; history is moved, the row stays as a pointer.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    phones: Mapped[list[CustomerPhone]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomerPhone.id"
    )


class CustomerPhone(Base):
    """One of a customer's numbers, as typed and normalised for screen-pop lookup."""

    __tablename__ = "customer_phones"
    __table_args__ = (
        UniqueConstraint("customer_id", "normalised", name="uq_customer_phones_customer_number"),
        Index("ix_customer_phones_normalised", "normalised"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    raw: Mapped[str] = mapped_column(String(64))
    normalised: Mapped[str] = mapped_column(String(32))
    label: Mapped[str] = mapped_column(String(32), default="")

    customer: Mapped[Customer] = relationship(back_populates="phones")
