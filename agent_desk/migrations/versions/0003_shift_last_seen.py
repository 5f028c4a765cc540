"""shifts: last_seen_at, the running app's heartbeat

Revision ID: 0003_shift_last_seen
Revises: 0002_customers
Create Date: 2026-11-27 01:00:00

A shift left open (the desk crashed, the agent went home) and closed headlessly the next day
must end when the desk was last seen, or its online time counts the night.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_shift_last_seen"
down_revision = "0002_customers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("shifts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_seen_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("shifts", schema=None) as batch_op:
        batch_op.drop_column("last_seen_at")
