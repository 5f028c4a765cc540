"""calls: whole call ids, calls missed while busy, and callbacks that return them

Revision ID: 0004_phone_calls
Revises: 0003_shift_last_seen
Create Date: 2026-11-28 00:00:00

A phone system's call id (a SIP Call-ID) can be long; it was cut at 64 characters, so two
calls with the same first 64 characters matched each other. A call that rings while the agent
is on another one is kept (rang_while_busy) and, if nobody answers it, gets a callback whose
target is that missed call when the caller is not a known customer.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_phone_calls"
down_revision = "0003_shift_last_seen"
branch_labels = None
depends_on = None

OLD_TARGET = "case_id IS NOT NULL OR customer_id IS NOT NULL"
NEW_TARGET = OLD_TARGET + " OR missed_call_id IS NOT NULL"


def upgrade() -> None:
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.alter_column(
            "cti_call_id",
            existing_type=sa.String(length=64),
            type_=sa.String(length=255),
            existing_nullable=True,
        )
        batch_op.add_column(
            sa.Column("rang_while_busy", sa.Boolean(), server_default="0", nullable=False)
        )
    with op.batch_alter_table("callbacks", schema=None) as batch_op:
        batch_op.add_column(sa.Column("missed_call_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_callbacks_missed_call_id_calls"), "calls", ["missed_call_id"], ["id"]
        )
        batch_op.drop_constraint(batch_op.f("ck_callbacks_has_target"), type_="check")
        batch_op.create_check_constraint("has_target", NEW_TARGET)


def downgrade() -> None:
    # Callbacks that only return a missed call have no target the older schema allows.
    op.execute(
        "DELETE FROM callbacks WHERE case_id IS NULL AND customer_id IS NULL"
    )
    with op.batch_alter_table("callbacks", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_callbacks_has_target"), type_="check")
        batch_op.create_check_constraint("has_target", OLD_TARGET)
        batch_op.drop_constraint(
            batch_op.f("fk_callbacks_missed_call_id_calls"), type_="foreignkey"
        )
        batch_op.drop_column("missed_call_id")
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.drop_column("rang_while_busy")
        batch_op.alter_column(
            "cti_call_id",
            existing_type=sa.String(length=255),
            type_=sa.String(length=64),
            existing_nullable=True,
        )
